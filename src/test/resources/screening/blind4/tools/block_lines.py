# Hand-written BLOCK lines for blind set 4. Each personal-data span is marked with «…» (markers are removed
# by gen_sentences.py; the marked text becomes the span). One category per line.
NAME = r"""
Gezinssamenstelling: moeder «Elizângela» (1991), M. (2014) en halfbroer E. (2019); vader woont op Kaapverdië.
Opa «Tavares» haalt de kinderen op woensdag op van school.
tante «djenifer» vangt de meiden op als het thuis escaleert
Volgens «Lopes Semedo» is er sinds de zomer geen geweld meer geweest.
Mw. «Monteiro-Fortes» gaf aan dat zij de sleutel van de woning heeft ingeleverd.
vader (1984) en zijn vriend «Edson» gebruiken samen in de schuur
Afgesproken met «Kwame» dat hij niet meer onder invloed bij de kinderen komt.
Netwerk: oom «Kofi Appiah» (Almere) en de pastor van de kerk.
Moeder «Akosua Boateng-Mensah» spreekt voldoende Nederlands, tolk niet nodig.
Gespr. met dhr. «Owusu» op 12-11 over de schulden.
De nieuwe partner van moeder, «Chinedu», heeft volgens L. een mes in huis.
| Oma | «Ngozi Eze» | woont in Dordrecht, dagelijks contact |
Broer «Oluwaseun» (2008) verblijft deels bij een vriend in Arnhem.
«ADEYEMI» WIL GEEN CONTACT MET HULPVERLENING
Gezinssamenstelling: vader «Latumahina» (1979), moeder (1982), J. (2013), S. (2016).
oma «Tuhumury» woont in de Molukse wijk in Tiel en is een belangrijke steunfiguur
De oudste broer «Dani Pattipeilohy» is in beeld bij de reclassering.
Mevr. «Sahertian» wil niet dat de kinderen bij vader slapen.
Vader «Nguyen Van Minh» werkt lange dagen in het nagelsalon van een kennis.
Moeder («Thi Lan») is in oktober teruggekomen uit Ho Chi Minhstad.
Afspraak bij «Tran» thuis verzet naar volgende week.
Oma «Pham» vindt dat de kinderen te veel gamen; zij wil helpen met de opvoeding.
vader «kovács bence» belt dagelijks met de kinderen via WhatsApp
Moeder «Szabó Réka» (1993) heeft een Hongaarse nationaliteit.
De vriendin van vader, «Eszter», past regelmatig op.
Zus van moeder «Horváth» heeft aangeboden dat de kinderen bij haar mogen logeren.
Gesproken met moeder «Inês Gonçalves» en haar broer over het netwerkberaad.
Vader «João» is niet bereikbaar en zit mogelijk in Lissabon.
Moeder «Larissa Souza de Oliveira» wil terug naar Brazilië met de kinderen.
Fam. «dos Santos» is recent verhuisd binnen Arnhem.
vader «Mustafa Al-Obaidi» stemt niet in met bespreking
De vriendin van moeder, «Zahra Al-Jubouri», woont tijdelijk in.
De broer van vader, «Haidar», is in 2025 gedetineerd geweest.
Gezinssamenstelling: moeder «Rojda» (1990), R. (2012), D. (2015) en baby A. (2026).
«Berfin» (tante) is contactpersoon voor school.
Vader (1981) en zijn broer «Şivan» runnen samen een kapperszaak.
Neef «Zana Barzani» heeft de politie gebeld.
Moeder «Shirin Rezaei» is in behandeling bij de huisarts voor depressie.
Dhr. «Mohammadi» gaf aan dat hij zijn vrouw niet slaat maar "alleen duwt".
de ex van moeder («farhad») staat regelmatig voor de deur
Oma «Parisa Hosseini» is in november uit Teheran gekomen voor drie maanden.
Gezin «Weiss» woont op het woonwagencentrum in Venlo.
Oom «Rosenberg» heeft de kinderen meegenomen naar de kermis zonder toestemming.
Vader «Lalo» heeft een contactverbod, maar komt toch op het terrein.
| Tante | «Mimi Wagner» | steunfiguur, wil mee naar het netwerkberaad |
Opa «Sjeng» en oma «Truus» wonen in Kerkrade, vlak bij de school.
Vader heeft ruzie met zijn broer «Jeu» over de erfenis.
mam's vriend «hub» drinkt bijna elke avond
Opa «Meulenberg» brengt de jongens naar de voetbal in Simpelveld.
Dhr. «Schrijnemakers» (stiefvader) heeft aangegeven mee te willen werken.
Moeder heeft gebroken met haar zus «Bemelmans-Habets».
«G.H.M. Crombach» (vader) heeft de brief van de gemeente niet opengemaakt.
Tante «Pieternella» uit Yerseke wil de kinderen in de vakantie opvangen.
Gesprek gehad met «Krijn» en zijn moeder over de dreigementen.
Volgens opa «Minnaard» slaat vader de kinderen met een riem.
Mw. «E.M. Kodde-de Kam» heeft zich gemeld als pleegouder in het netwerk.
de buurvrouw, mevr. «Cijsouw», hoort veel geschreeuw
Vader «Koppejan» zat in de cel ten tijde van de melding.
Contact met dhr. «v. Belzen» (grootvader) loopt via de kerkenraad.
Oom «Huibregtse» heeft een boerderij in Kapelle waar J. mag helpen.
Moeder «Jacoba de Pagter» wil niet dat de school iets doorgeeft.
Vader «Te Lintelo» werkt in ploegendienst in Doetinchem.
Oma «Oude Wesselink» woont twee straten verder en komt dagelijks.
Gezin «ten Brinke-Nijenhuis» is al langer bekend bij het wijkteam.
Gesprek op school met vader «H. J. Hulshof» en de mentor.
Stiefmoeder «Ria Lubbers» heeft G. uit huis gezet.
Buurman «Slotboom» bracht de kinderen 's nachts naar oma.
Het zusje «Merel» (2018) zegt dat ze bang is voor papa.
«Lente» heeft de politie gebeld toen moeder buiten westen lag.
De halfbroer «Beer» is sinds september uit huis.
vriendin van moeder «Zomer» past soms 's avonds op
«Job» is de vader van de baby; hij is 19 en woont bij zijn ouders.
Zusje «Vlinder» (2020) slaapt nog steeds bij moeder in bed.
«Chanel» (zus) heeft zelf een kind en kan niet opvangen.
Oom «Kenzo» rijdt zonder rijbewijs met de kinderen achterin.
Peettante «Mercedes» heeft geld geleend aan moeder.
Stiefbroer «Dior» (2009) heeft J. geslagen met een stok.
Vader «Van Hulst» heeft de omgangsregeling via de rechter afgedwongen.
Moeder is na de scheiding weer «Van Goes» gaan heten.
Opa «Kampen» (vaderskant) ziet de kinderen eens per maand.
De nieuwe partner, dhr. «van Ommen», heeft een strafblad.
Oma «Van Dalfsen» belt steeds met school om informatie op te vragen.
Gezin «Haas» heeft een huurachterstand van vier maanden.
Wij hebben «Kraai» (vader) gevraagd om mee te doen aan het netwerkberaad.
«Snoek» ontkent dat hij de kinderen heeft geslagen.
Volgens moeder heeft «Vink» beloofd op te houden met blowen.
Buurman «Appel» heeft de melding gedaan bij de wijkagent.
VADER «RAMON IN 'T VELD» IS NIET OP DE AFSPRAAK GEKOMEN
Tante «Op 't Roodt» (Maastricht) is bereid tot logeeropvang.
«vd Velde» (moeders ex) komt nog regelmatig langs, tegen de afspraken in.
Mw. «Lekahena-de Vries» is de grootmoeder van moederskant.
Vader «MANUHUTU, JOHAN» heeft de kinderen na de zitting niet teruggebracht.
De kinderen zien «Gabriela»'s moeder als oma.
«Bence»s broer heeft vader in de auto bedreigd.
| Moeder | «Adilsa» | (1989), Kaapverdische achtergrond |
Reactie van «Zainab»: "ik wil geen pottenkijkers in mijn huis"
"Ik ben klaar met hem," zei «Ama» over haar ex.
mail van mevr. «Asante»: zij trekt de toestemming voor bespreking in
T.a.v. de heer «Yaw Darko»: uitnodiging netwerkberaad 3 december.
Mama «Darya» en haar zus zijn gevlucht uit Erbil.
"""

BIRTHDATE = r"""
T. is op «05-06-'14» geboren en is nu 12; zij zit in groep 8.
Jeugdige: S. («za 17 mei 2014»), broertje K. (2019)
geb. «14/03/2012» in het Adrz Vlissingen
Baby A. is geboren op «maandag 14 september 2026» in het ZorgSaam in Terneuzen.
J. (°«02/03/2016») woont bij moeder.
Geboortedatum oudste: «11 jan 2013»
M., geboren «29-02-2016», is het middelste kind.
DOB R.: «2012.11.04» (uit het paspoort van moeder gehaald)
Jeugdige(n): D. («8.2.13») en L. (2017)
GEBOORTEDATUM: «17 SEPT 2011»
zij is «negentien juli tweeduizendveertien» geboren, dus ze wordt komende zomer 13
geb.dat. «09122013» (volgens school)
Kind is geboren d.d. «3-11-2026», bij 36 weken, opname neonatologie Gelre Apeldoorn.
N. werd op «woensdag 2 oktober 2013» geboren in Brazilië en kwam in 2019 naar Nederland.
| geboortedatum | «2015-07-21» |
R. (12 jr, geb. «1 mei '14») spreekt Portugees en Nederlands
broertje (geb «23/9/19») gaat naar de peuteropvang
Uw cliënt, geboren «12 december 2012», is aangemeld bij de jeugd-GGZ.
"""

ID_NUMBER = r"""
vreemdelingennummer vader: «3104 5587 21»
Dossiernummer Veilig Thuis Zeeland: «VTZ-26-004417»
Patiëntnummer ZorgSaam «Z1284467» (opname SEH 4 nov.)
MRN Maastricht UMC+: «4093372»
Zaak bij de rechtbank Gelderland onder nummer «C/05/438812 / JE RK 26-1187»
parketnummer «03/227154-26» (mishandeling door vader)
ID-kaart moeder: «IVR8K2JP4»
Rijbewijsnummer vader «5298731064» ingevorderd
SVB-klantnummer «K 402 771 963» (kinderbijslag stopgezet)
klantnummer woningcorporatie: «0074 3391-02» (huurachterstand)
Cliënt-ID Jeugdbescherming Gelderland «JBG-118304»
«26-00931-NID» is het dossiernummer bij Nidos voor de jongen
Polisnummer zorgverzekering moeder «Z-4471.882.03» (premieachterstand)
Pasnummer verblijfsvergunning «W18247763» verlopen op 1 december
"""

ADDRESS = r"""
Moeder woont sinds oktober op «Kaaistraat 3A» in Vlissingen.
adres oma: «Noordweg 112-B», Middelburg
Vader verblijft bij een vriend aan de «Sint Jozefstraat 14» in Hulst.
Huisbezoek op «Burg. de Withstraat 19 rd» afgezegd door moeder.
De kinderen slapen bij tante op de «Prof. Zeemanstraat 6».
woont in een chalet, «Recreatiepark De Vogelzang 88», Venray
ADRES VADER: «HOOGSTRAAT 1B» SITTARD
p/a «Achter de Hoven 9» (postadres moeder)
Vader is ingeschreven op «Weverstraat 5 kamer 3» in Doetinchem.
Nieuwe woning van het gezin: «Pastoor van Kesselstraat 27-II», Nijmegen
De politie is naar «Mgr. Nolensplein 4» gegaan, waar vader tijdelijk woont.
"""

POSTCODE = r"""
Moeder is verhuisd naar «4461 HK» Goes.
postcode vader: «6411ek»
(«6861 XT» Oosterbeek) adres staat in het systeem
Verhuizing naar «7001 BZ», in de wijk Overstegen.
PC: «4531GJ»
oma woont in «6291 AR» Vaals, net over de grens met Aken
| postcode | «8261 JW» |
Brief verstuurd naar moeder, «4301 CN» ZIERIKZEE
postcode «5913 ML» klopt niet meer, vader is vertrokken
na de uithuisplaatsing woont vader in «7545 RM»
moeders nieuwe adres valt onder «6532 TV» Nijmegen
"""

BSN = r"""
BSN moeder: «441205069»
bsn J. «8694.79.167»
burgerservicenummer baby: «73186545»
BSN-nr vader «586-255-771»
sofinummer (oud) «289 445 760»
«103113010» (bsn jongste)
B.S.N. «426 53 86 51»
Burgerservicenr. stiefvader «553263730»
bij SVB bekend onder BSN «518.511.121»
| BSN | «888195060» |
bsn: «323469978», graag doorgeven aan de RvdK bij overdracht
"""

PHONE = r"""
Moeder is bereikbaar op «06 48 27 19 30».
tel. oma: «0113-572891»
bel vader via «+31 (0)6 21 54 87 09»
Tante belt vanuit Kaapverdië: «+238 991 23 45»
opa: «045 - 571 28 39»
Mobiel nummer moeder gewijzigd: «06.33.81.72.46»
Vader heeft nu een Belgisch nummer: «+32 470 58 12 93»
Telefoon: «0031-6-19437755» (alleen WhatsApp)
bij nood: buurvrouw «0543-518207»
het nummer van de nieuwe vriend van moeder is «0647915382»
Vader belt vanaf «026 364 8817» (thuis van zijn moeder)
"""

EMAIL = r"""
Mail van moeder kwam van «kwameama.boateng@gmail.com».
E-mail vader: «jpfortes84@hotmail.nl»
oma mailt vanaf «wisse.familie@zeelandnet.nl»
contact via «mamavanj.en.s@live.nl»
Vader stuurt berichten vanaf «bence.kovacs@freemail.hu».
E-MAIL MOEDER: «THI.LAN.NGUYEN@OUTLOOK.COM»
stiefvader: «rene_heerlen_1979@kpnmail.nl»
Moeder vroeg de kaart te mailen naar «larissa.souza.br@yahoo.com.br».
oom heeft gemaild vanaf «latu.tiel@ziggo.nl» over de opvang
"""

IBAN = r"""
Kinderbijslag wordt gestort op «NL35ABNA1489568887».
rek.nr. moeder «NL64 RABO 3705 3086 93»
Alimentatie gaat naar «nl34ingb3141534722»
IBAN vader: «NL03 SNSB 3802 6872 24»
Betaling voor het kamp terugboeken op «NL56TRIO4919577809».
| IBAN | «NL81ASNB4113993774» |
Moeder stort maandelijks geld naar familie: «PT38 0035 4264 8780 2921 0867 3»
Hongaarse rekening van vader «HU70 1171 9384 0376 1575 0619 8959»
Toeslagen terugbetalen vanaf «NL21KNAB5644477445» (rekening oma)
"""

URL = r"""
Moeder plaatst filmpjes van de kinderen op «tiktok.com/@mamaelizangela_»
Instagram van de oudste: «https://www.instagram.com/rojda.x.2012»
vader verkoopt spullen van de kinderen via «www.vinted.nl/member/88412337-larisouza»
zie «https://www.facebook.com/profile.php?id=100087743215522» (profiel vader)
YouTube-kanaal van stiefvader: «youtube.com/@sjengvlogtlimburg»
Moeder vraagt donaties via «linktr.ee/helpmamatuhu»
"""
