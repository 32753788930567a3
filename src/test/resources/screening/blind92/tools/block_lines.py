# BLOCK lines for blind92. «…» marks a span. {BSN:fmt} and {IBAN:cc:bank:fmt} are filled by gen_sentences.py.
NAME = r'''
ZVH casusoverleg - actiehouder: moeder «Tavares» belt zelf de school in Feijenoord
afspraak: «Djamila» gaat t/m vrijdag logeren bij haar tante in Pendrecht
TOLK: moeder zegt dat «Ivo» 's nachts niet thuiskomt en zij weet niet waar hij is.
MOEDER (via tolk): «Maria de Fátima» is mijn zus, zij helpt met de kinderen.
HV: Klopt het dat «Nelson» de vader van de jongste is?
Vader «Kleber Semedo» zit sinds week 40 in de PI.
oma nha «Bia» past op na schooltijd (Kaapverdisch, tolk Portugees)
actiehouder: Wijkteam Charlois, contact met fam. «Monteiro-Lopes» over huurachterstand
zus «Kátia» (17) neemt veel zorgtaken over
«Jandira Fortes» wil niet dat vader de kinderen ophaalt
Broer «Edson» dealt volgens de wijkagent vanuit de woning.
«LOPES VARELA, ANTÓNIO» - vader, gezag, geen contact
Opa «Zezinho» uit Praia verblijft sinds augustus in het gezin.
moeder's vriend «Rudsel» komt dagelijks, kinderen zijn bang voor hem
Tante «Ethline Martis» uit Hillesluis heeft aangeboden om S. op te vangen.
«Girigorie» (vader) weigert contact met de jeugdbeschermer.
TOLK: hij zegt dat «Shurendy» de auto had, niet hij.
afspraak: «mw. Cijntje» brengt de kinderen zelf naar de opvang
actiehouder: Politie Rotterdam | onderwerp: aangifte tegen «Jurick Koeiman»
Stiefvader «Rojer» is eerder veroordeeld voor geweld tegen een ex.
«Djaimy» (halfbroer, 19) slaapt op de bank in de woonkamer.
De nieuwe partner van moeder, «Ruthmilda Pieternella», is zwanger.
Oom «Glenroy» regelt het geld, moeder heeft geen eigen rekening.
«Jagessar» (vader) zegt dat hij alleen een tik heeft gegeven.
moeder «Sharda» wil terug naar haar ouders in Hoogvliet
Nani «Kalawatie» woont in bij het gezin en slaapt bij de kinderen op de kamer.
«R. Mahabier» (oom vaderszijde) heeft gedreigd de kinderen mee te nemen naar Suriname.
«Tjon-A-Joe» (stiefvader) gebruikt cannabis, ook als de kinderen thuis zijn
Vader «Romano Wijngaarde» is na de aanhouding op 3 november heengezonden.
«Zeefuik, Ivanildo» | oom | zorgt om de week voor vervoer naar school
Moeders ex «Pengel» mag volgens het contactverbod niet in Zuidwijk komen.
tante «sita» komt elke zondag, dan is het rustig in huis
Overgrootmoeder «Sastrodikromo» is vorige maand overleden; dat raakt J. erg.
«Soekimin» (buurman) belde de politie na het geschreeuw.
Actiehouder: moeder. Zij vraagt «Wirjo» (broer) om mee te gaan naar het gesprek.
TOLK: mevrouw zegt: «Desislava» werkt bij de kassen in de nacht.
MOEDER (via tolk): «Stoyan» drinkt na het werk, dan wordt hij boos.
Vader «Georgi Ivanov» werkt via een uitzendbureau in het Westland.
«Petrova» (moeder) spreekt geen Nederlands en geen Engels.
Oudste zus «Radostina» tolkt thuis voor moeder, ook bij de huisarts.
Buurvrouw «Dimitrova» uit hetzelfde pension zag de kinderen alleen op straat.
«STOYANOVA MILENA» | moeder | woont op een kamer met 6 andere arbeiders
TOLK: de man zegt dat «Plamen» niet zijn zoon is.
Moeder «Agnieszka» werkt in ploegendienst in het distributiecentrum in Ridderkerk.
vader «Tomasz Zieliński» is terug naar Polen, geen contact sinds de zomer
«Nowakowska» (oma) komt in december over uit Gdańsk.
Broer «Kacper» (16) spijbelt en hangt rond het metrostation in Spijkenisse.
HV vraagt: weet «Paweł» van het contactverbod?
«Dąbrowski» (stiefvader) zou de kinderen hebben opgesloten in de slaapkamer.
Moeder «Wiśniewska» wil niet dat het consultatiebureau langskomt.
TOLK: ze zegt dat «Bartek» haar heeft geslagen, maar ze wil geen aangifte.
afspraak: «Kowalczyk» (vader) levert zijn sleutel in bij de verhuurder
Vader «Mustafa Aksoy» heeft een eigen bedrijf in Barendrecht.
«Şahin» (oom) heeft vader onder druk gezet om de kinderen mee te nemen.
Anneanne «Hatun» helpt met eten koken, ze woont twee portieken verderop.
moeder «Esra Yavuz-Doğan» wil scheiden, familie is tegen
Broer «Emre» heeft foto's van zijn zus doorgestuurd in een groepsapp.
«KILIÇ» (vader) heeft 3 keer in de wijk met een mes gezwaaid volgens buurtbewoners.
afspraak: «Özdemir» (grootvader) komt niet meer langs zolang het contactverbod loopt
TOLK (Turks): mevrouw zegt dat «Fadime» de enige is bij wie ze terecht kan.
«Bouzerda» (vader) is in oktober uitgezet uit de woning van Woonstad.
Moeder «Naima El Khattabi» heeft een tijdelijk huisverbod tegen vader laten opleggen.
Tante «Loubna» haalt de meisjes op dinsdag op.
«Achahbar» (stiefvader) bemoeit zich met alles, ook met de kleding van de meisjes.
Oudste broer «Yassine» (20) houdt toezicht op zijn zussen, ook buitenshuis.
actiehouder: moeder + «Khadija» (zus van moeder)
«Ouarghi» (vader) is opgenomen in de kliniek na een psychose.
jeugdige zegt: "«Soufiane» heeft mijn telefoon afgepakt"
Moeders vriendin «Hanane Bakkali» uit Bloemhof is de steunfiguur.
Vader «Kees Hoogerwerf» werkt op de containerterminal op de Maasvlakte.
«Slingerland» (opa) heeft een botter in de haven van Oud-Beijerland.
moeder «Mariëlle» zit thuis met een burn-out, drinkt veel wijn
Broer «Dylan» (14) zit veel te gamen en slaapt overdag.
Vader «Verbrugge» heeft een wapenvergunning en een jachtgeweer thuis.
Zus «Demi van der Sluis» verhuist naar Heinenoord en neemt de baby mee.
«HOOGERWERF, RONNIE» (oom, woont in het voorhuis)
Opa «Arie» drinkt en rijdt dan met de kinderen in de auto.
De ex van moeder, «Sven Krijgsman», stuurt dreigberichten.
tante «gerda» en oom «wim» zijn het netwerk, verder niemand
«Barendrecht» (oma van moederszijde) woont in Heerjansdam.
«Ridderhof» (stiefvader) is bekend bij Antes vanwege gokproblemen.
«Noëlla»s vader is niet in beeld; zij weet niet wie het is.
«Kevin»s moeder wil zelf bij het overleg zijn.
Via «Jurgen»s broer komt het geld binnen, dat is onduidelijk.
«Yavuz»' neef heeft de kinderen naar Turkije meegenomen in de zomer.
Notulen ZVH: mevr. «Bakkali» (zie boven) niet uitnodigen i.v.m. veiligheid moeder
«H.J. Kranenburg» (grootvader) heeft voogdij aangevraagd.
«C.M. Lopes» - tante, opvangadres bij crisis
Gesprek met «E. Şahin» (oom) gepland, tolk aanwezig.
De wijkregisseur «Mirjam de Graaf» van het Wijkteam Carnisse belde op 12-11 over de melding.
Volgens jeugdverpleegkundige «Saskia Meulenbroek» groeit de baby slecht.
Gezinsvoogd «Rachid Lamrini» (WSG) heeft de moeder gisteren gesproken.
Na het overleg met Dhr. «Verkerk» van Havensteder is de ontruiming uitgesteld.
mail van «Ingrid» (schoolmaatschappelijk werk Zuidwijk): L. was weer niet op school
«Willemijn» van Youz heeft de behandeling afgesloten.
Overgedragen aan «J. Valstar», politie basisteam Maashaven.
Moeder noemt «Hoop» haar steun, een vriendin uit de kerk.
«Storm» (broertje, 4) heeft blauwe plekken op zijn bovenarm.
Vader «Roos» (achternaam) werkt als sjorder in de Waalhaven.
TOLK: ze zegt dat «Ilona» de sleutel heeft, de vriendin van de buurman.
'''

BIRTHDATE = r'''
TOLK: moeder zegt dat S. geboren is op «14-06-2013» in Sofia.
Geb. «3 maart 2012» (Maasstad Ziekenhuis)
J. («21-09-2014»), zus A. (2016)
geboortedatum vader: «1985-11-02»
HV: Wat is de geboortedatum van de baby? MOEDER (via tolk): «7 januari 2026».
D.o.b. «09/04/2011» (Cape Verde)
Baby werd op «30.10.2025» geboren in het Ikazia, 6 weken te vroeg.
Jongste geb. «2-2-'22», onder controle bij Sophia
«12 OKT 2010» GEBOREN TE RIDDERKERK
R. | «05-08-2012» | 8e groep
moeder (geb. «17 febr. 1994») heeft zelf een verleden in de jeugdzorg
Geboren: «20150716»
zoon K. geboren «29-5-2009» te Willemstad (Curaçao)
afspraak: moeder levert geboortebewijs aan (geb. «11.12.2018»)
M. («26 juli 2013»)
TOLK: hij zegt zijn dochter is geboren op «8 mei 2017», in Polen, in Łódź.
dob vader «13/03/1979»
N. werd «negen juni 2016» geboren, thuisbevalling in Pendrecht.
'''

ID_NUMBER = r'''
cliëntnummer Youz: «Y-2218471»
Patiëntnummer Maasstad «6034127» meesturen met de verwijzing.
parketnummer «10/713455-26» (zaak tegen vader)
BVH-registratienummer «PL1700-2026412298» (melding huiselijk geweld)
Woonstad huurcontract nr. «WS-0441-87215», huurachterstand € 2.400
TOLK: mevrouw heeft paspoort nummer «SP4817722» van Bulgarije laten zien.
PESEL moeder: «94071203581»
V-nummer vader «2614773012»
afspraak: dossiernr. VT «VTRR-26-08831» opvragen bij Veilig Thuis
zaaknr. «ZVH-RR-2026-1187» (casus gezin, zie Justitieel Casusoverleg)
leerlingnummer Wolfert: «148829»
ID «7731 04 92» (identiteitskaart moeder, Kaapverdië)
Polisnummer zorgverzekeraar vader: «ZK 402 716 553 0»
kenmerk CAK eigen bijdrage «4418-2207-19» van oma
'''

ADDRESS = r'''
Gezin woont op «Putselaan 214-B» in Hillesluis, drie hoog zonder lift.
Vader verblijft nu op «Wolphaertsbocht 87a» bij een vriend.
Adres oma: «Groene Hilledijk 301», Bloemhof.
afspraak: huisbezoek «Slaghekstraat 19 hs» op donderdag 10:00
«PRETORIALAAN 144-III» (Afrikaanderwijk)
Arbeiders wonen in een pand aan de «Dorpsstraat 12» in Oud-Beijerland.
| Adres | «Smeetsland 56» |
Moeder is verhuisd naar «Oldegaarde 1033» (Zuidwijk).
TOLK: ze zegt dat ze nu woont in «Spinozaweg 410», bij haar nicht.
Stiefvader heeft een bovenwoning aan de «Katendrechtse Lagedijk 478 B».
Kinderen slapen bij opa op de «Havenstraat 7» in Pernis.
'''

POSTCODE = r'''
postcode «3073 KM» (Rotterdam-Zuid)
Nieuw adres in «3085HB», moeder wil niet dat vader het weet.
Gezin staat ingeschreven op «2992 LT» Barendrecht, maar woont er niet.
| Postcode | «3201 RC» |
TOLK: de postcode is «3192 ZP», Hoogvliet.
Vader staat ingeschreven op postcode «2986 wn» in Ridderkerk.
afspraak: brief naar «3262 GA» (woonadres oma)
Opvangadres: pc «3076 ET»
POSTCODE «3083 XV» NIET DOORGEVEN AAN VADER
Brief kwam terug van «3207 ks» (onbekend op adres).
oma woont in «3089 NJ», bij de Waalhaven
'''

BSN = r'''
BSN moeder: «{BSN:plain}»
bsn J. «{BSN:dots}»
BSN kind: «{BSN:spaces}» (zie aanvraag PGB)
TOLK: mevrouw leest het burgerservicenummer voor: «{BSN:plain}».
| BSN | «{BSN:dashes}» |
Burgerservicenummer vader «{BSN:plain}»
sofinummer oma «{BSN:eight}» (oude brief van de SVB)
afspraak: CJG zoekt het BSN op («{BSN:dots}») voor de aanmelding
«{BSN:plain}» (bsn baby)
BSN van stiefvader is «{BSN:spaces}», hij staat niet ingeschreven in Rotterdam.
Aanvraag Jeugdwet: BSN «{BSN:plain}», zie bijlage
'''

PHONE = r'''
Moeder is bereikbaar op «06-18273645».
Tel. opa: «010-4857263»
TOLK: het nummer van haar zus in Bulgarije is «+359 88 731 4426».
Vader heeft een Pools nummer: «+48 512 334 908».
afspraak: moeder belt vrijdag vanaf «0181-624875»
Tante in Curaçao: «+599 9 563 2841»
Oma (Kaapverdië) «+238 991 23 45»
mobiel broer «0644 81 27 39»
«(010) 292 47 18» (buurvrouw, steunfiguur)
whatsapp moeder «+31 6 4172 5590»
Nummer stiefvader «0186 - 573 921», niet doorgeven aan moeder
'''

EMAIL = r'''
Moeder mailt vanaf «m.tavares.fortes@gmail.com».
e-mail vader: «georgi.ivanov79@abv.bg»
afspraak: verslag naar «ruthmilda.p@hotmail.com» (moeder)
TOLK: ze geeft haar mailadres: «agnieszka.kow@wp.pl».
| E-mail | «sharda_jagessar@outlook.com» |
«kilic.ahmet.34@hotmail.nl» (vader, voor de uitnodiging)
mail van opa («k.hoogerwerf@ziggo.nl») over de oppas
Oom reageert alleen via «glenroy.m@live.nl».
school heeft de brief gestuurd naar «bouzerda1981@gmail.com»
'''

IBAN = r'''
Leefgeld gaat naar rekening «{IBAN:NL:INGB:grouped}» van moeder.
IBAN vader: «{IBAN:NL:RABO:compact}»
afspraak: kinderbijslag voortaan op «{IBAN:NL:ABNA:grouped}»
TOLK: hij stuurt geld naar de rekening «{IBAN:BG:UNCR:compact}» in Bulgarije.
Huur wordt afgeschreven van «{IBAN:NL:SNSB:grouped}» (rekening oma).
| IBAN | «{IBAN:NL:BUNQ:compact}» |
Moeder betaalt schuld af vanaf «{IBAN:PL:-:grouped}» (Poolse rekening).
rek.nr. oom «{IBAN:NL:TRIO:lower}»
zakgeld J. op «{IBAN:NL:KNAB:grouped}»
'''

URL = r'''
Facebook van vader: «https://www.facebook.com/kleber.semedo.3»
TikTok-account van J.: «tiktok.com/@djamilinha_rtdm»
Stiefvader zet filmpjes op «https://www.instagram.com/jurick_010_zuid/».
afspraak: politie kijkt naar «snapchat.com/add/kacperr2009»
TOLK: ze zegt dat de foto's op «https://vk.com/plamen.stoyanov88» staan.
Zus verkoopt kleding via «www.facebook.com/groups/radostinashop»
'''
