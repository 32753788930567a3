# Hand-written BLOCK lines for blind42. «…» marks a span. {BSN}, {BSN8}, {BSNDOT}, {BSNSP}, {IBAN:XX:BANK:fmt} filled by gen_sentences.py
NAME = r"""
[14:02] Moeder: «Shanice» is ff bij d'r tante, ik haal haar morgen wel
Oma «Gerrie» (moederszijde) wil niet dat vader nog langskomt.
voicememo vader, uitgetypt: "ja die «Kwabena» komt hier gewoon binnen snap je, zonder te bellen"
Fw: gesprek met mw. «Asantewaa Owusu-Mensah» verzet naar dinsdag 10 uur
broertje «Bobo» slaapt sinds het incident bij de buren
«Princess» (zus, 16 jr) past vaak 's avonds op de kleintjes
Tante «Chandrika Jagesar» uit Slotervaart haalt de kinderen van school.
Vader «Rigoberto» heeft sinds de zomer geen contact meer gehad.
De nieuwe vriend van moeder, «Dariusz Wojtaszek», woont er half in.
mevrouw «Bouchra Ouchen» (buurvrouw) heeft de politie gebeld
[21:47] «Nana Yaw»: ik kom de kinderen niet halen, zeg dat maar tegen d'r
GEZINSSAMENSTELLING: MOEDER «ESTHER ADJEI-BOATENG», 3 KINDEREN
Ouders | «Radjkoemar» en «Sunita» | gescheiden
wrm belt «Mitchell» steeds om 2 uur 's nachts? vraagt moeder in de app
«Soedamah»s oudste zoon zit nu in de opvang in Osdorp.
oom «Fikri» neemt J. mee naar de moskee op vrijdag
Stiefvader «Kemal Arslanoğlu» ontkent het slaan.
«Yohannes Tesfamariam» is de halfbroer van moeder, woont in Geuzenveld.
Opa «Wim» kan niet meer oppassen vanwege zijn hart.
«agnieszka» (moeder) spreekt weinig Nederlands, tolk Pools geregeld
Volgens «Kromowidjojo» (ex van moeder) is er geen probleem.
dhr. «Tjon-A-Fat» belde boos naar de school
via «Lesley-Ann»: moeder slaapt overdag en de kleine zit alleen
De buurman, «Henk Schoonderwoerd», hoort bijna elke nacht geschreeuw.
Moeder noemt haar vriend papa «Kojo».
zus «Naomi-Grace» (19) wil de kinderen in huis nemen
«Mbali» en «Chinedu» zijn de twee oudste kinderen van vader uit een eerdere relatie.
Vader: "«Aziz» is mijn neef, die mag gewoon blijven slapen"
Ex-partner «Roel van Beek-Dijkstra» heeft een contactverbod.
ff terugkoppeling van «Ilse» van het OKT: moeder heeft de afspraak gemist
«SEKOU» (broer, 17) DEALT VOLGENS SCHOOL
Moeder: ik heb «Precious» gezegd ze moet haar telefoon inleveren 😡
Gesproken met mevrouw «Linthorst» van het wijkteam Zuidoost.
oma «Hennie» en opa «Dries» willen de kinderen niet meer opvangen
dochter «Rukhsana» (14) vertelt over slaan met de slipper
De grootmoeder, «Mariam Bah», is in juni overleden; sindsdien meer ruzie.
«Jaïra» zegt dat ze niet meer naar huis wil
vader «Andile Moyo» is gedetineerd in de PI.
«G. Ramsaran» (oom) regelt de financiën van moeder
«Milano»'s vrienden hangen bij het winkelcentrum rond
tante «Efua» komt uit Kumasi over om te helpen
M. logeert bij «Ayan», een vriendin van school.
Moeder wil niet dat «Wendell» nog op bezoek komt.
«Kowalczyk» (vader) is per 1 oktober weer in Polen
buurvrouw «Riet» van 3-hoog hoort de kinderen huilen
dictafoon: moeder zegt de vriend heet eh «Stanley» of «Stanny», weet het niet precies
Gesprek met «Yasmina» (zus van moeder) op het kantoor van Samen DOEN.
J. wordt opgehaald door oom «Loek»
«Femke de Haan-Vrolijk» (pleegmoeder) heeft haar zorgen gemaild.
[09:13] Vader: «Dion» is gister niet thuisgekomen, weet niet waar die is
broer «Ebo» (21) heeft een enkelband
Mentor meldt dat «Tiago» vaak met blauwe plekken komt.
Tante | «Soenita Mahabier» | Bijlmer, vangt op in weekenden
«ABDELKADER» (VADER) WEIGERT GESPREK
moeder vertelt dat «Tamara» (oudste) haar slaat bij ruzie
«Ramon Statia» is de biologische vader van de jongste.
De kinderen noemen de vriendin van vader tante «Doortje».
Oma aan vaderskant, «Hatice Şahin», woont boven de familie.
«Solomon» (nieuwe partner) is volgens de kinderen 'streng met de riem'
«Kofi Asamoah-Darko» ontkent alles in het gesprek met de Raad.
Gisteren was «Ruth» (vriendin moeder) dronken bij het ophalen.
halfzus «Anouschka» is 16 en zorgt voor de baby
«Jermaine» (vader jongste) wordt door de politie gezocht.
de heer «Van Lier» (de buurman) heeft filmpjes gemaakt.
Broertje «Jayden-Lee» zegt: papa gooit met stoelen.
«Selam» is de oudste dochter, ze woont bij een tante in Duivendrecht.
Vriend van moeder «Marvin 'Mace' Koster» is dealer volgens de politie.
Oom «Bashir» wil de jongens 'opvoeden' in Marokko.
«Mehwish» en «Tariq» zijn de ouders van baby Z. (2026).
Fam. «Dwarkasing» heeft al een keer eerder een VT-melding gehad.
«tinus» (opa) heeft alzheimer, kan niet opvangen
volgens «Magdalena» (zus moeder) drinkt moeder sinds de scheiding
Vader «Eric-John Bouterse-Lie» heeft gezag en weigert toestemming.
M. wordt gepest door «Dewi» en «Lisanne» uit de klas.
«Gloria» (oma, Paramaribo) belt elke week met de kinderen.
Pleegvader «Jos Eelman» wil stoppen met de plaatsing.
Tante «Ama» heeft de kinderen drie weken in huis gehad.
De vriend van «Chantal» dreigt met een mes.
Stiefmoeder «Iwona» zet de kinderen 's avonds buiten de deur.
[22:31] «Bobby» ❤️: doe niet zo moeilijk ik kom gwn
Kind vertelt: «Rafael» doet pijn aan mama.
Vader wil dat «Yaw Mensah» (zijn broer) de voogdij krijgt.
«Faisal» (13) zegt dat hij zich schaamt voor de ruzies thuis.
Wijkagent meldt dat «Quincy» betrokken was bij een steekpartij.
«Mevlüde» (oma) spreekt alleen Turks en is mantelzorger.
de vriendin van vader, «Kiki Nelom», heeft de baby een tik gegeven
familie «Boateng» uit Kraaiennest is in beeld bij de politie.
Jeugdarts: «Lotte» heeft een achterstand in de groei.
«Winston» (opa) bepaalt alles in huis volgens moeder.
onduidelijk of «Zainab» nog bij vader woont
«Elvira Martis» (moeder) heeft zelf in de jeugdzorg gezeten.
broer van moeder «Anand» heeft een tijdelijk huisverbod
VADER: IK WIL DAT «KWAME» HIER WEG IS VOOR DE KERST
Mevr. «Akyeampong» (moeder) is zwanger van de vierde.
«Ilona» van Levvel heeft het traject gestopt.
"Mama «Gifty» zorgt voor ons als mama weg is," zegt de jongste.
«Ezra» (2e kind) heeft ernstig astma en mist medicatie.
Contact met «Haile» (oom) loopt via WhatsApp.
Gezin | moeder «Nadia» (1991), vader «Hamid» (1988) | Slotermeer
ik heb «Wanjiru» gevraagd of ze wil meedenken in het netwerkberaad
"""
BIRTHDATE = r"""
J. (geb. «14-03-2012») woont bij moeder
Geboortedatum baby: «03/09/2025»
Kind is geboren op «17 augustus 2014» in het AMC.
DOB «2011-06-28» (volgens moeder)
M. («2.11.2013») en D. (2016)
geb. «12 jan '15» te Paramaribo
[10:05] Moeder: ze is jarig op «22-7-2010» hoor, niet 2011
Gebdat. jongste: «30.04.2019»
jeugdige | geboren «9 mei 2012» | Osdorp
verjaardag vader «08-11-1984», dan wil hij de kinderen zien
GEBOREN «01-01-2013» (PAPIEREN GHANA)
dictafoon: de baby is geboren op «vijf juni tweeduizendvijfentwintig»
Z. is geboren op «2025-12-24», vroeg, 34 weken.
geboortedatum: «19 sept. 2009»
K. (°«27-02-2016»)
S. (d.o.b. «11/10/2012») zit op het Calvijn
geb.dat moeder «6-6-1990»
Jeugdige: «15-08-2011»
"""
ID_NUMBER = r"""
dossiernummer JBRA: «JB-2026-114839»
patiëntnummer OLVG «3082746»
Cliëntnummer Arkin «ARK-559201-C»
Vader heeft een V-nummer bij de IND: «V 3348 1190»
paspoort moeder (Ghana) «G2748193»
Ref. Levvel: «LV20264417»
OKT-dossier «OKT/NW/88214»
Id-kaart nr. «IVR9L2K47»
zaaknummer Raad «RvdK 26.07713»
BovenIJ patientnr «0774215»
politie registratie (BVH) «PL1300-2026411782»
Huurcontractnr Eigen Haard «EH-0921-5573»
Klantnummer Samen DOEN: «SD 40288»
Uitkering, klantnr. Werk en Inkomen «1200884731»
"""
ADDRESS = r"""
Moeder woont op de «Pieter Calandlaan 412-3» in Osdorp.
Vader is verhuisd naar «Ganzenhoefstraat 27 A-2».
adres: «Meer en Vaart 180 huis»
Oma woont «Jan Tooropstraat 61-H», daar zijn de kinderen vaak.
De jongen slaapt op de «Kraaiennest 88, 1e verdieping».
Nieuw adres (Ymere): «Hoptillestraat vijfendertig, 3-hoog»
tijdelijk: «Bijlmerdreef 1033B», bij een vriend
WOONADRES VADER «LEEUWENDALERSWEG 23-2»
Fw: moeder is per 1/12 op «Dorpsstraat 14a» in Ouder-Amstel
Adres | «Kastelenstraat 150» | Amstelveen
incident gebeurde thuis, «Reigersbos 17 zwart»
"""
POSTCODE = r"""
postcode moeder «1069 KX»
Vader woont in «1104AR», bij zijn nieuwe vriendin.
pc: «1112 VZ» Diemen
[11:20] Moeder: nieuwe postcode is «1064 TG» 👍
Postcode | «1187 HL»
oma woont in «1102ck», Bijlmer
POSTCODE OMA «1107 DB»
adres onbekend, wel postcode «1066 RW»
Tante (Duivendrecht, «1115BK»)
Postcode vader volgens BRP: «1183 NG».
pakketje kwam aan op «1068 ZS» (moeder)
"""
BSN = r"""
BSN jeugdige: «{BSN}»
bsn moeder «{BSNDOT}»
Burgerservicenr. vader «{BSNSP}»
Jeugdige | BSN «{BSN}» | Geuzenveld
[08:54] Moeder: dit is het bsn van de kleine «{BSN}»
BSN oma (oude inschrijving): «{BSN8}»
sofi/bsn «{BSNDASH}»
BSN BABY: «{BSN}»
Fw: graag het bsn «{BSN}» toevoegen aan de aanvraag
burgerservicenummer broertje «{BSNDOT}»
D. bsn «{BSN}»
"""
PHONE = r"""
telefoon moeder «06-28451973»
Vader is bereikbaar op «+597 8541207» (Suriname).
[15:40] Oma: bel me op «+233 24 581 6620» als er iets is
06: «0641938275» (tante)
mob. vader «06 17 48 92 03»
Tel | «+31 6 4927 1836»
Moeder heeft een nieuw nummer: «0031 6 55403218»
BEL OOM OP «06-39920418»
Opa (Ghana): «+233 20 774 3158»
Vriend van moeder «+316 84120573»
vaste lijn oma «020-6174529»
"""
EMAIL = r"""
mail moeder: «shanelle.k1992@gmail.com»
Fw: van «kofi.mensah.ams@hotmail.com» (vader)
E-mail vader «r.jagessar77@outlook.com»
contact | «princess_b2009@icloud.com»
Moeder mailde vanaf «mamavan3kids@live.nl»
oma: «hennie.vandijk@kpnmail.nl»
VADER MAILT VANAF «DARIUSZ.W@WP.PL»
Stiefvader «yusuf.arslanoglu@ziggo.nl» stuurde een boze mail.
[19:02] Moeder: mijn mail is «naomi.akyeampong@yahoo.com» ok?
"""
IBAN = r"""
huur wordt betaald van rekening «{IBAN:NL:INGB:sp}» (moeder)
IBAN vader «{IBAN:NL:ABNA:c}»
Kinderbijslag naar «{IBAN:NL:RABO:sp}»
Rekening oma: «{IBAN:NL:SNSB:c}»
[13:12] Moeder: stort maar op «{IBAN:NL:BUNQ:sp}» 🙏
Vader (Polen) IBAN «{IBAN:PL:10202892:sp}»
rekeningnr. «{IBAN:NL:TRIO:lc}» (beschermingsbewindvoerder heeft het overgenomen)
IBAN | «{IBAN:NL:ASNB:c}»
Toeslagen gaan naar rekening «{IBAN:BE:539:c}» van de ex.
"""
URL = r"""
Vader zet filmpjes op «https://www.tiktok.com/@kwame_ams020»
insta van Princess: «instagram.com/princess.bijlmer»
Moeder verkoopt spullen via «https://www.facebook.com/marketplace/profile/100087712345»
snap van de oudste «snapchat.com/add/sekou.b17»
Fw: kijk naar «https://www.youtube.com/@DionDrillNW» (filmpjes met wapens)
profiel vriend moeder «www.facebook.com/stanley.koster.1988»
"""
