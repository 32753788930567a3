# Hand-written BLOCK lines for blind33. Spans marked with «...». {BSNx}/{IBANx} filled by gen_sentences.py.
NAME = r"""
Naam moeder: «Sevgi Yurtsever»
Naam vader: «KARIMI, Bilal» (ouderlijk gezag, woont in IJmuiden)
Geb.datum moeder onbekend, naam moeder «Agnieszka Wróblewska-Nowak»
moeder (1990) | vader (1987) | broer «Emre» (2009) | zus J. (2016)
Tel. contact gehad met oma «Trees» over de opvang in Velsen-Noord
oma «trees» wil wel oppassen maar is zelf ziek
dhr. «Zwart» (buurman) hoorde gegil rond 23.00 uur
Volgens «Kramer» is de deur al weken niet open geweest.
«Schouten» belde terug, hij ontkent alles
fam. «van Velsen» woont naast het gezin in Driehuis
«Duin» (stiefvader) heeft een contactverbod
De heer «Koning» is de nieuwe partner van moeder.
«Visser» heeft de kinderen opgehaald bij school, niet afgesproken
mw. «El Haddaoui» van het Sociaal Wijkteam Haarlem belde om 9.15 uur
Mevrouw «Dekker» van Kenter heeft het plan doorgesproken met moeder.
gezinsvoogd «Ruud Smeenk» is op 4-11 op huisbezoek geweest
Jeugdarts dr. «Bakırcı» zag blauwe plekken op de bovenarm
«Fatima»s oom komt elke vrijdag uit Beverwijk
«Mehmet»s broer is net uit detentie
«Yusuf» (broertje) wordt gepest op school
broertje «yusuf» zegt dat papa slaat
«ZEYNEP» wil niet meer naar huis
VADER: «HAKAN ÖZDEMIR» – GEEN GEZAG
Ouders: «Marta» en «Paweł» (beide Pools, spreken weinig Nederlands)
«Paweł Kowalczyk» werkt bij Tata Steel in ploegendienst
tante «Gosia» uit Heemskerk vangt de meiden soms op
«Dimitar Petrov» (vader) verblijft deels in Bulgarije
Moeder «Radka» heeft geen eigen inkomen
«Stoyanova» (moeder) was niet bij het gesprek
«Shurendy Martis» (vader) komt uit Curaçao
Oma «Maritza» op Curaçao wil de jongste in huis nemen
«R.F. Martina» is de biologische vader van de oudste
«Yaël Isenia» (halfzus, 19) woont zelfstandig in Haarlem-Noord
Vader «Ahmad Al-Khatib» kwam in 2015 via Turkije naar Nederland
Moeder «Rasha» draagt de zorg alleen sinds vader vertrok
«al-khatib» weigert mee te werken aan het plan
«Kinan» (13) tolkt voor zijn moeder, dat is niet wenselijk
Omi «Jannie Schouten-Bos» helpt met de was
opa «Kees» is in september overleden, rouw speelt mee
ex-partner «Dennis de Koning» heeft een straatverbod
neef «Berkay» bracht hem naar de Kinderopvang
«Ilse» (vriendin van moeder) is netwerkpersoon
Netwerk: «Ilona Duin», «Marco Duin» (zus en zwager)
Buurvrouw «Hennie» belt steeds de politie
«H. Kramer» is als netwerkpersoon aangemeld
«J.P. van der Velde» is pleegvader in Castricum
Pleegouders «Ria» en «Gert» in Akersloot willen door
«Noor» (7) heeft een wond aan de hand
Broer «Sem» slaapt bij vrienden
«SEM» KOMT NIET MEER THUIS
Zus «Lotte» heeft moeder naar de SEH gebracht
Vriendje «Daan» zou foto's hebben doorgestuurd
Mails gaan via «Mustafa» (oom) want ouders lezen geen Nederlands
«Kadir Yurtsever» is eigenaar van de snackbar aan de Kennemerlaan
zie verslag; «Aylin» zegt dat het beter gaat
Vriendin «Esra Çınar» vangt moeder op na incidenten
«Özdemir» liet weten dat hij een advocaat neemt
dhr «ozdemir» belt dagelijks naar de school
«Bouchra Amrani» (moeder) werkt als schoonmaakster in Zandvoort
Vader «Rachid» zit in Marokko voor familiezaken
«Amrani» wil zelf met de Raad praten
kinderen: «Ilyas», «Nora» en «Salma» – alle drie op de Brederode basisschool
«Salma» (9) vertelt over slaan met de slipper
opa «Abdelkader» is de sleutelfiguur in de familie
«Wojciech» (stiefvader) drinkt veel in het weekend
Stiefvader «Wojtek» heeft een taakstraf
«Iwona»s kinderen worden opgevangen in Overveen
«Kasia Zielińska» is de oudste dochter uit een eerdere relatie
«Georgi» (16) heeft een eigen kamer bij oma
«BORISLAVA IVANOVA» – moeder, niet bereikbaar
«Ivanov» is in Varna, contact via WhatsApp
«Nikolai»'s vriendin is zwanger
«Jurgen Zwart» belt mij vanmiddag terug
vader («J. Zwart») heeft het niet eens met het advies
oom «Theo Visser» uit Limmen kan de jongens ophalen
opa en oma «Visser-Schouten» zijn vaste oppas
Mw. «M.A. Koning-de Vries» (grootmoeder) heeft voogdij aangevraagd
stiefmoeder «Chantal» wil niet betrokken worden
«CHANTAL» SCHREEUWDE TEGEN DE JEUGDARTS
Zoon «Jayden» is verwezen naar GGZ inGeest
«Jayden»s vader is onbekend
De «Ramdin»s zijn verhuisd binnen Haarlem
«Nalini Ramdin» (tante) regelt de financiën
Het gezin «Ouali» is bekend bij Veilig Thuis Kennemerland
de familie «Benhaddou» uit Heemskerk is netwerk
«Benhaddou» junior zou drugs verkopen
moeders nieuwe vriend heet «Ricardo»
«Ricardo Pinto» (nieuwe vriend) is niet bij de politie bekend
Bij «Merel» thuis is het rustig volgens school
«Merel»s moeder wil geen contact met de school
jeugdige (2012), roepnaam «Sjors»
«Olga» en «Taras» zijn de grootouders in Oekraïne
«Mariusz»: „ik laat mijn kinderen niet afpakken”
Vanaf 1/12 woont «Dilan» bij haar vader
«Dilan Aksoy» heeft een eigen hulpverlener bij Kenter
«Lina» vertelde de juf in Santpoort over het slaan
oom «Hassan» is tolk tijdens gesprekken
«Hassan Al-Masri» is wettelijk vertegenwoordiger
«Tijn» en «Fenna» hebben dezelfde vader
Moeder noemt hem «Rens», officieel heet hij anders
""".strip('\n').split('\n')

BIRTHDATE = r"""
Geb.datum: «03-11-2014»
Geboortedatum moeder: «3 nov. '88»
geb. «2014-11-03» te Haarlem
Jeugdige: S. («03/11/14»)
dob jongste: «12.06.2019»
Kind geboren op «21 februari 2017» in het Spaarne Gasthuis
GEBOREN «07-09-2010» TE BEVERWIJK
Moeder is geboren op «14 juli 1993»
geboortedatum vader «19870522»
| Naam | geb. | «5-1-2012» |
broertje D. («30-08-2021»)
Geb.: «9 mrt 2016»
oudste (geb. «2 aug. '09»)
G.d. «11/4/2013»
Gebdat. jongste «28-dec-2020»
zoon werd op «1 mei 2011» geboren in Curaçao
Jeugdige(n): A. («17-03-2012»), M. (2015)
Geb.datum kind: «drie oktober tweeduizendveertien»
""".strip('\n').split('\n')

ID_NUMBER = r"""
Cliëntnr. Kenter: «K-2024-118734»
Client nr kenter «1187 3412»
dossiernummer VT Kennemerland: «VTK-55127-B»
Patiëntnr. Spaarne Gasthuis «7730418»
zaaknr. JBN «JB-N 662019»
Kenmerk Raad: «RK 24/3318»
pasp.nr. moeder «NV8KC71P2»
ID-kaart vader: «IRL49J5X6»
Registratienummer GGZ inGeest «GI0093821»
Leerlingnr. «4402871» (Ichthus Lyceum)
Cliëntnummer (gedicteerd): «twee vier zeven zeven nul één»
V-nummer moeder «2817345561»
dossier «ZB-40913» bij Zorgbalans
huurdersnr. Pre Wonen «PW 0318842»
""".strip('\n').split('\n')

ADDRESS = r"""
Adres: «Kennemerstraat 14-rd»
Adres moeder: «Planetenweg 211 A», IJmuiden
gezin woont aan de «Kerkweg 8» in Heemskerk
Vader verblijft op «Zeeweg 77-II» in IJmuiden
ADRES: «VELSERSTRAAT 3 ZW»
oma woont «Rijksweg 112» Limmen
Opvang bij tante op «de Schoterweg 42b»
woonachtig «Duinvlietstraat 19» Haarlem-Oost
post naar «Hoogeweg 23 hs» Spaarndam
| adres | «Breesaap 6» | Velsen-Zuid |
de woning op «Lange Nieuwstraat 301-3» is van Woningbedrijf Velsen
""".strip('\n').split('\n')

POSTCODE = r"""
Postcode: «1971 HK»
pc «1942KT» Beverwijk
adres moeder … «2015 cl» Haarlem
| postcode | «2104 RV» |
woont nu in «1911 AB» Uitgeest
PC+hnr: «1962AR» 24
gezin verhuisd naar «2041 PD»
POSTCODE «1901 EW» CASTRICUM
verblijfadres vader: «2031AN»
post via oma, «1969 XT»
nieuw adres in «2121 ed» Bennebroek
""".strip('\n').split('\n')

BSN = r"""
BSN moeder: «{BSN0}»
bsn kind «{BSN1:dots}»
BSN: «{BSN2:spaces}»
Burgerservicenr. vader «{BSN3:dash}» staat in het systeem
BSN jongste «{BSN4}» (opgevraagd bij gemeente)
| BSN | «{BSN5}» |
burgerservicenummer «{BSN6:spaces}»
BSN «{BSN7:8}» (oude inschrijving)
bsn oudste: «{BSN8:dots}»
SoFi/BSN vader «{BSN9}»
nummer opgegeven door moeder: «{BSN10}»
""".strip('\n').split('\n')

PHONE = r"""
Tel. moeder: «06-38172264»
mob vader «06 417 55 302»
bereikbaar op «+31 6 2219 4871»
Oma: «0255-518734»
tel «023 - 531 77 42»
| telefoon | «0251 24 88 19» |
nummer van tante «+316-50998137»
Bellen via «0031 6 1293 4410»
vader heeft nieuw nummer: «0647718823»
Tel. buurvrouw «(023) 5267713»
«+359 88 412 7765» (vader in Bulgarije)
""".strip('\n').split('\n')

EMAIL = r"""
Mail moeder: «sevgi.y88@hotmail.com»
e-mail vader «pawel.kowalczyk1987@gmail.com»
contact via «radka.stoyanova@abv.bg»
E-MAIL: «DUINTJE_IJMUIDEN@LIVE.NL»
stuur naar «m.amrani-haarlem@outlook.com»
mailadres oma «trees.schouten@ziggo.nl»
| e-mail | «shurendy.m@gmail.com» |
vader mailt vanaf «kinan.rasha.alkhatib@yahoo.com»
cc aan «jurgenzwart71@kpnmail.nl»
""".strip('\n').split('\n')

IBAN = r"""
IBAN moeder: «{IBAN0}»
Rekeningnr. vader «{IBAN1}»
Kinderbijslag naar «{IBAN2}»
| rekening | «{IBAN3}» |
alimentatie wordt gestort op «{IBAN4}»
IBAN «{IBAN5}» (rekening oma)
betaling via «{IBAN6}»
rek.nr. stiefvader: «{IBAN7}»
Bulgaarse rekening vader: «{IBAN8}»
""".strip('\n').split('\n')

URL = r"""
Insta moeder: «https://www.instagram.com/sevgi_y.88»
TikTok van zoon: «tiktok.com/@emre.ijm2009»
Facebook vader «https://facebook.com/dimitar.petrov.7712»
Snap: «snapchat.com/add/zeynep.hlm»
Moeder verkoopt spullen op «www.marktplaats.nl/u/chantal-vdkoning/2291774»
YouTube-kanaal jeugdige «youtube.com/@jaydenbvw»
""".strip('\n').split('\n')

ALL = {'NAME': NAME, 'BIRTHDATE': BIRTHDATE, 'ID_NUMBER': ID_NUMBER, 'ADDRESS': ADDRESS, 'POSTCODE': POSTCODE,
       'BSN': BSN, 'PHONE': PHONE, 'EMAIL': EMAIL, 'IBAN': IBAN, 'URL': URL}
