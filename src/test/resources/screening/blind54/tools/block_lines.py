# Hand-written BLOCK lines for blind set 54. Spans are marked with «...». {BSN:fmt} and {IBAN:cc:bank:fmt} are filled by gen_sentences.py.
NAME = """«Gerrit-Jan» helpt 's avonds met melken en is pas om tien uur klaar met zijn huiswerk.
opa «Hendrik Wissink» zegt: 'wat mos ik doar met, de jongen mot gewoon wark'n'
Besproken lln. 4: «Jorieke Ebbers» (3 havo), verzuim loopt op
Oma «Dinie» past op woensdagmiddag op de kinderen op.
Signaal trainer JO15-2: «Bram Nijenhuis» kwam met een blauwe plek op zijn bovenarm naar de training.
«Emine Karadağ» (moeder) wil geen tolk bij het gesprek.
Vader «Yusuf» draait ploegendiensten bij de vleesverwerker en slaapt overdag.
GEZIN «KLEIN GUNNEWIEK» IS IN DE ZOMER VERHUISD, ZIE VERSLAG.
«Tomasz Wróblewski» (vriend van moeder) verblijft geregeld in de woning.
De buurvrouw, mw. «Te Lintelo», heeft twee keer de politie gebeld.
«Ahmad Al-Khatib» en «Rasha» brachten de kinderen zelf naar de huisartsenpost.
«Nikolai Petrov» deelt een slaapkamer met drie collega's van de fabriek.
«wiebke» (ex van vader, woont in Bocholt) haalt de kinderen om het weekend op
«Hüseyin»s zus wil de kinderen wel opvangen als het thuis escaleert.
tante «Riek» kan sinds haar heupoperatie niet meer rijden
ZAT 12/11 - lln «Daan Roerdink» 2 vmbo-k, 34 uur verzuim, ouders niet bereikt
Fam. «Hulshof» heeft de melkveehouderij vorig jaar verkocht, sindsdien veel spanning.
«Stefan Müller» (stiefvader) rijdt dagelijks heen en weer naar zijn werk over de grens.
Van: «Marleen Eppink» (moeder) - onderwerp: afspraak vrijdag
«Ilona Kowalczyk» spreekt alleen Pools, de oudste dochter tolkt.
«Kaan» speelt in de JO13-1 en mist de laatste weken bijna elke training.
Groet, «Henk» (trainer JO11-3)
«A.H.M. Stortelder» (opa van moederskant) heeft een sleutel van het huis.
«Tijn» zegt dat hij 'gin zin' meer heeft in school.
«ZEYNEP AKBULUT» WIL NIET DAT HAAR MAN WEET DAT ZE HULP ZOEKT
«TER HORST, JOHANNA» – zus van moeder, neemt vaak de kinderen mee
Volgens «Ormel» (buurman) is er 's nachts veel geschreeuw in de schuur.
Gesproken met «Bloemendaal» (oom) over opvang in de herfstvakantie.
broertjes «gijs» en «mats» slapen samen op de onverwarmde zolder
mevrouw «Lammers» van het sociaal team belde om half vier terug.
Jeugdarts dr. «Heijink» heeft de blauwe plekken gefotografeerd.
«Mariusz» rijdt zonder rijbewijs naar zijn werk in Lichtenvoorde.
«Dimitar Georgiev» is de nieuwe partner van moeder sinds augustus.
«Ivanka»'s oudste dochter blijft vaak thuis om op de kleintjes te passen.
«Milan» (16) heeft gezegd dat hij bang is voor zijn stiefvader.
opa «Bernard» en oma «Thea» wonen op het erf in het voorhuis
«Wilma te Winkel» is de pleegmoeder in het netwerk.
Moeder noemt «Hamza Demirtaş» als de persoon die haar bedreigt.
«Ömer» wil niet meer naar de moskee sinds het incident.
Oom «Mesut» brengt de kinderen elke ochtend naar school.
«Lotte Wiggers» is de beste vriendin van J. en weet van de thuissituatie.
«Merel» heeft zich na de ruzie in de wc opgesloten.
buurman «Vink» heeft het geschreeuw opgenomen met zijn telefoon
Overleg met «J.W. Overkamp» (grootvader) gepland, hij wil betrokken blijven.
«Rik Stoltenborg», de ex van moeder, staat regelmatig voor de deur.
«Hetty» (oma vaderskant) spreekt alleen Achterhoeks: 'ik zeg oe, dat kump nooit goed'.
«Kübra» durft niet naar huis na de gymles.
«Stijn Helmink» en J. zijn samen aangehouden bij de Albert Heijn.
«Piotr» en «Agnieszka Zając» werken allebei in de nachtploeg.
«Ewa» (zus van moeder) is vorige week teruggegaan naar Polen.
«Khaled Haddad» (vader) heeft de oorlog in Syrië meegemaakt en slaapt slecht.
«Yara» wil dolgraag op zwemles maar vader vindt het niet nodig.
«Maher», de oudste broer, neemt de vaderrol over als vader weg is.
«Ali Rıza Koç» (grootvader) woont bij het gezin in en bepaalt veel.
dhr. «Tankink» (buurman) heeft de kinderen 's nachts buiten zien lopen.
Moeder heeft contact met «Sevgi», een vriendin uit de moskee.
«Uwe Terhorst» (vader) woont in Anholt en heeft gezag.
Stiefmoeder «Sabine Hüsing» weigert mee te werken.
«Jürgen» belt moeder meerdere keren per dag vanuit Isselburg.
«Joep van Rijswijk» (vader) kocht in 2024 de boerderij en zit nu zonder werk.
«Sjors» (10) heeft op school gezegd dat papa de kat heeft doodgeschopt.
«Annelies Wolbrink» is de moeder van het vriendje bij wie J. vaak slaapt.
oma «mientje» zegt: 'wiej hebt dat vrogger ok gehad, dat gef niks'
«Hennie» (opa) drinkt al jaren en rijdt toch met de trekker.
«Geert Lensink» wil de omgangsregeling aanvechten.
«Jan-Willem» heeft gezegd dat hij zijn dochter 'wel even zal halen'.
«Dirk-Jan Hengeveld» is de nieuwe vriend van moeder, sinds september in huis.
«Marco ter Borg» heeft een contactverbod, maar is gezien bij de school.
«Teuntje» (8) vertelde de juf dat ze 's avonds alleen thuis is.
«Dylan Lankveld» (halfbroer, 19) gebruikt drugs op zijn kamer.
Moeder «Shirley» komt niet op de afspraken bij Buurtzorg Jong.
«Dennis Kuipers» is door de politie meegenomen na de ruzie.
«De Haas» (vader) ontkent alles.
«Radoslav Iliev» is de huisbaas en woont ook in de woning.
«Desislava» heeft haar zoon een week bij een collega ondergebracht.
«Krzysztof Dąbrowski» werd ontslagen na het incident op het werk.
«Cem Aslan» (oom) wil de kinderen meenemen naar Turkije.
«Umut» zit sinds de zomer thuis zonder school.
vader komma «rené» komma zegt dat hij nooit slaat punt nieuwe regel
Met vriendelijke groet, «Ingrid Schutten», moeder van T.
| stiefvader | «Ronnie Klein Wolterink» | woont in Ulft |
| oom | «Gradus» | melkveehouder, helpt op het bedrijf |
3. «Sem Lueb» (2 vwo) – spijbelt, thuis onrust, AP: zoco belt ouders
Doorgestuurd bericht trainer: 'ik zeg oe eerlijk, «Luuk» zien vader stond weer lazarus langs de lijn'
«Nijhof» (ex-partner) heeft de auto van moeder vernield.
mw. «Grotenhuis-Beernink» is de tante die de kinderen opvangt.
De ex, «Patrick», heeft een nieuwe vriendin met twee kinderen.
«Sophie Mulder» (vriendin van J.) maakte zich zorgen en vertelde het aan haar moeder.
«Tim Berentschot» (oom) heeft een strafblad voor geweld.
oma «beppie» uut Meddo kump elke zaoterdag
«Wessel» en «Jens» maken ruzie tot het bloed vloeit.
De kinderen noemen hem ome «Harm» — hij is een vriend van vader.
«MAJA NOWAK» (MOEDER) HEEFT AANGIFTE GEDAAN.
Vriend van moeder, ene «Bogdan», logeert er sinds een maand.
«Lina Haddad» is de tante die in Aalten woont.
«N. Ruesink» (vader) stuurde een boze mail naar de mentor.
Moeder heet op Facebook «Mandy Slütter» en post daar over de kinderen.
Opa «Gait» heeft J. een klap gegeven met de riem, zegt J.
«Fenna»s vader wil dat ze bij hem in Vorden komt wonen.
Dochter «Hiba» (14) draagt de zorg voor de baby.""".split('\n')

BIRTHDATE = """Geb. «14-03-2012», zit in groep 8.
Jeugdige: J. («17-08-2011»)
Ze is geboren op «2 juni 2014» in het Slingeland.
geb.datum «2013/05/09» volgens de school
Zusje is «3-1-2019» geboren, toen zat vader vast.
GEBOORTEDATUM «21 SEPT 2012»
geboortedatum moeder: «30-7-1988»
Oma is van «4 mei 1951» en kan de zorg niet meer aan.
D.o.b. «09.11.2010» (zie oude kaart)
* «12-12-2015» – jongste kind, geboren in Duitsland
Gebdat «20120605»
M. (geb. «28-02-2013») woont om de week bij vader.
| Geboortedatum | «05-06-2016» |
geb «1 apr '12» te Doetinchem
date of birth: «2010-10-23»
werd op «26 december 2013» geboren, twee maanden te vroeg
Geburtsdatum «15.08.2011» (Ausweis in Bocholt afgegeven)
broertje S. is van «7-9-'17», zusje van 2020""".split('\n')

ID_NUMBER = """cliëntnr. Sensire «4410237»
leerlingnummer «118342» (Ulenhof College)
Registratie politie: «PL0600-2026123456»
zaaknr Jeugdbescherming Gelderland «JBG-20417»
patiëntnummer Slingeland «7712094»
paspoortnr moeder «NW8K41PR3»
Personalausweis vader: «L01X00T47»
V-nummer vader «2087145362»
huurdernummer ProWonen «30021876»
GGNet cliëntnummer: «1020446»
dossier «PLU-2025-06613» (Pluryn)
parketnummer «05-123456-26» staat in de brief van het OM
Magister-ID «ULF2025-0871» van de oudste
klantnr. Sité Woondiensten «55102-8»""".split('\n')

ADDRESS = """Moeder woont nu aan de «Terborgseweg 48a» in Doetinchem.
Vader verhuisd naar «Misterweg 6» (Winterswijk).
adres oma: «Beltrumseweg 23», Groenlo
Huisbezoek afgelegd op «Lievelderweg 7-1», de woning was koud.
Vanaf 1 december: «Ruurloseweg 90 A» te Borculo
Vader woont in Bocholt, «Dinxperloer Straße 27».
| adres | «Kapelstraat 14 bis» | Ulft |
KINDEREN VERBLIJVEN BIJ OOM OP «HOOGSTRAAT 112», AALTEN
De zus van moeder woont «Korte Eng 3-II», Zevenaar
post gaat naar «Hamelandlaan 5» (tijdelijk bij een vriendin)
de boerderij ligt aan de «Zuiderlaan 31» in Neede""".split('\n')

POSTCODE = """postcode «7006 KR»
Moeder staat ingeschreven op «7101RT» maar woont daar niet.
PC «7141 BZ» Groenlo
pc «6942gh» Didam
adresgegevens: «7051 HN» Varsseveld
| postcode | «7071 PW» |
Oma woont in «7131 EX» Lichtenvoorde.
POSTCODE «6901 CL» ZEVENAAR
verhuisd naar «7241 VB», Lochem
brieven komen op «7151 AK» binnen, niet bij vader
«7091 MJ» Dinxperlo (grensstraat)""".split('\n')

BSN = """BSN «{BSN:plain}»
bsn moeder «{BSN:dots}»
Burgerservicenummer: «{BSN:spaces}»
Jeugdige J. (2012), BSN «{BSN:plain}»
| BSN | «{BSN:dash}» |
sofinr oma «{BSN:plain8}» (oud nummer)
BSN vader staat op het formulier: «{BSN:dots}»
«{BSN:plain}» (bsn jongste)
BSN: «{BSN:spaces}» zie aanmelding
burgerservicenr. kind «{BSN:plain}»
BSN van stiefvader «{BSN:dots}» staat nog in de mail""".split('\n')

PHONE = """Moeder is bereikbaar op «06-38274615».
tel. oma: «0314-382947»
vader: «0543 517726» (vaste lijn op de boerderij)
Telefoon opa in Groenlo «0544-461983»
Vader belt vanuit Bocholt: «+49 2871 238841»
nummer moeder «+48 512 334 871» (Pools nummer)
Oom in Bulgarije: «+359 88 712 4403»
mobiel vader «0031 6 1739 4822»
06 van J.: «06 1847 5530»
Tel: «+31(0)6-52819374» (stiefmoeder)
bel tante op «0316-529104», zij is overdag thuis""".split('\n')

EMAIL = """Mail moeder: «marleen.eppink73@hotmail.com»
vader mailt vanaf «stortelder.boerderij@kpnmail.nl»
«uwe.terhorst@gmx.de» (vader, Anholt)
e-mail oom: «k.dabrowski88@wp.pl»
Moeder gebruikt «desi.iliev@abv.bg» voor de school.
graag ook cc aan «hennie.wolbrink@ziggo.nl» (opa)
Van: «jorieke2011@gmail.com»
CONTACT MOEDER: «SHIRLEY.LANKVELD@OUTLOOK.COM»
reply-to «khaled.h.syria@yahoo.com»""".split('\n')

IBAN = """Toeslagen komen binnen op «{IBAN:NL:RABO:grouped}».
rekeningnummer moeder «{IBAN:NL:INGB:compact}»
Vader maakt de alimentatie over naar «{IBAN:NL:ABNA:grouped}»
IBAN oma: «{IBAN:NL:SNSB:compact}»
Kindgebonden budget op «{IBAN:NL:TRIO:lower}» (rekening van opa)
Konto vater: «{IBAN:DE:-:grouped}»
rachunek moeder: «{IBAN:PL:-:grouped}»
Loon gaat naar Bulgaarse rekening «{IBAN:BG:-:compact}»
| IBAN | «{IBAN:NL:RABO:compact}» | bewindvoering |""".split('\n')

URL = """Moeder zet filmpjes van de kinderen op «https://www.tiktok.com/@mandy.achterhoek82»
Instagram van J.: «instagram.com/jorieke.e_2011»
Vader dreigt op «https://www.facebook.com/gerritjan.wissink.3» met zelfmoord.
zie «www.youtube.com/@kaan_ulft_vlogs» voor de filmpjes van de ruzie
«https://www.snapchat.com/add/lina.h.aalten» (account van de tante)
Profiel oom: «https://vk.com/dimitar.georgiev.bg»""".split('\n')
