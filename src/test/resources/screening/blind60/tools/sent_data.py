# -*- coding: utf-8 -*-
# {{...}} marks a span. <BSN:x> <IBAN:x> are filled by gen_sentences.py
NAME = """moeder zegt dat {{emre}} sinds de herfstvakantie niet meer eet bij het avondeten
huisbezoek poelenburg vader {{serkan}} was niet thuis moeder huilde
LLNR | ABS | {{Yilmaz, Zeynep}} | 14u ongeoorl. | mentor ingelicht
oma {{Gülsüm}} past op als moeder nachtdienst heeft bij Schiphol
"{{dilan}} kom nu naar huis of ik kom je halen" (appje van broer, screenshot via mentor)
Volgens {{Akgündüz}} is er geen geweld meer geweest.
Kwame's oom belde de school; {{Kwame}} mocht niet mee op kamp.
{{OSEI-BONSU}} WIL GEEN CONTACT MET HET WIJKTEAM
tante {{efua}} uit Almere haalt de kinderen soms op
{{Chidinma Okafor}} (zus van moeder) is bereid om de kinderen op te vangen.
Dhr. {{Adeyemi}} ontkent dat hij de jongste heeft geslagen.
vader {{rahul}} werkt in ploegen bij de bagage op schiphol en slaapt overdag
Mother ({{Priya Nair}}) said: "We have nobody here, my family is in Kerala."
{{Ananya}} zegt dat ze bang is als papa schreeuwt in het Hindi
mãe {{Luciana}} fala pouco holandês; tolk geregeld via Tolkcontract
Vader {{Thiago Ribeiro}} werkt als grondsteward, veel wisselende diensten.
"{{Rafa}} não quer ir à escola" aldus moeder bij intake
{{Bhagwandin}} heeft de sleutel van de woning ingeleverd bij Parteon.
nani {{Sita}} woont in bij het gezin sinds het overlijden van nana
ajie {{Kalawatie}} zegt "ham log ke ghar me jhagra nahin hoe" (bij ons thuis geen ruzie)
Moeder {{Reshma Ramsaran-Jagessar}} was niet bereikbaar op de afgesproken tijd.
{{Mahabier}} komt volgens school regelmatig zonder lunch.
fam. {{Lakatos}} verblijft sinds mei op het woonwagenkamp
{{Dragan}} (oom) neemt de jongens mee naar markten in België
Broer {{Marius Stanciu}} is 19 en woont nog thuis.
caravan 14: vader {{Ronnie}} drinkt, buren bellen politie
{{de Boer}} van de caravan ernaast heeft de kinderen een nacht opgevangen.
overleg met mevrouw {{Kroon}} van Levvel: zij doet voorlopig de IB
Gesproken met {{Jeroen Blom}} (jeugdconsulent) over de wachtlijst.
{{Sandra van Zanten}} van het Sociaal Wijkteam Zaanstad heeft de melding doorgezet.
{{Brouwer}} (GGZ inGeest) ziet geen indicatie voor opname.
de jeugdarts dr. {{Hanneke Vos}} heeft op 12-10 de groeicurve besproken
gezinsvoogd {{Erik-Jan Meijer}} belt moeder wekelijks
{{Ayşe}} en {{Hakan}} hebben ruzie over de opvoeding van de jongste
KLAS 2B | {{DEMIR}} | VERZUIM 22U | DOORVERW. LEERPLICHT
{{Mehmet Ali}} zit sinds januari in Turkije bij familie in Konya.
Kurdische schoonfamilie: {{Berivan}} en haar man wonen boven.
dayê {{Rojda}} spreekt alleen Kurmanci
{{Şahin}}'s broer heeft vader bedreigd op het schoolplein.
opa {{cor}} uit Krommenie is de enige die nog contact heeft
buurvrouw {{Ans}} hoort 's nachts geschreeuw door de muur
{{Ans Schouten}} (buurvrouw) wil een verklaring afleggen.
Ex-partner {{Dennis}} heeft een contactverbod, maar stond op 3-11 voor de deur.
ex {{D. Kramer}} woont inmiddels in Purmerend
{{Kramer}} heeft geen gezag over de jongste.
Vriendin {{Lotte}} van J. weet van het snijden.
"{{noor}} zeg niks tegen juf ok" (whatsapp, gezien door mentor)
{{FATIMA EL AMRANI}} (moeder) AFWEZIG BIJ OUDERGESPREK
{{Youssef}}s vader is vorig jaar teruggegaan naar Marokko.
{{Wouters, Ilse}} - stiefmoeder, geen gezag
LL-dossier: {{T. de Graaf}} ouder/verzorger 2 (niet gezaghebbend)
grootouders {{Visser}} in Assendelft willen de kinderen wel in het weekend
{{Jan Piet Visser}} belt iedere avond om te vragen hoe het gaat.
{{Akua Mensah}}, tante, woont in Amsterdam-Zuidoost.
auntie {{ama}} says the children can stay with her for a while
{{Nana Yaw}} (vader) keurt de hulp af, "the church will pray for us"
pastor {{Emmanuel Boateng}} van de kerk begeleidt het gezin
{{Oluwaseun}} heeft volgens moeder "te veel vrijheid gehad in Lagos"
moeder noemt hem {{tunde}} thuis, op school staat hij als T. bekend
{{Ngozi}} is 3 maanden zwanger van de nieuwe partner
nieuwe partner {{Femi Adebayo}} is bekend bij politie (huiselijk geweld, 2024)
{{Van der Laan}} heeft de woning op het Kogerveld onderverhuurd.
{{van 't Hof}} (opa) brengt dagelijks eten langs
{{Lodewijk ter Horst}}, oud-buurman, heeft zich als netwerklid aangemeld.
mw {{Zwaan}} (oma mz) zegt dat het allemaal wel meevalt
Volgens buurman {{Westerveld}} staat de auto al dagen met draaiende motor.
{{Saskia}} belde huilend vanaf het station in Nieuw-Vennep
{{Kevin van Dijk}} (stiefvader) is gestopt met de agressietraining.
MW. {{J.C. BAKKER-DE RUITER}} HEEFT HET GEZAG SINDS 2019
contactpersoon school: moeder ({{Mirjam}})
broertje {{sem}} slaapt bij moeder in bed
{{Daan}} en {{Julia}} (tweeling) zijn op de hoogte van deze bespreking.
{{Anand}} en zijn vrouw werken allebei bij een IT-bedrijf in Hoofddorp.
Father {{Vikram}} says: "In India children listen to the father."
{{Kavitha Subramanian}} (moeder) heeft een visum dat eind 2027 afloopt.
mama {{Gabriela}} e filhos voltam talvez para São Paulo
{{Souza}} (vader) wil de kinderen meenemen naar Brazilië.
Oom {{Joãozinho}} helpt met vervoer naar school.
{{Horvath}} wil niet dat de meiden naar de middelbare school gaan.
zus {{Esmeralda}} (16) is uitgehuwelijkt volgens school, niet bevestigd
Vader ({{Goran}}) ontkent, zegt dat het roddel is uit het kamp.
Ik heb {{Rukiye}} gevraagd haar moeder mee te nemen naar het gesprek.
{{ÇELIK}} (stiefvader) VERBLIJFT ONREGELMATIG IN DE WONING
{{hülya}} wil terug naar haar moeder in Poelenburg
huisbezoek 14:00 {{baran}} lag op de bank met koorts niemand had de huisarts gebeld
{{Tuncay}}, oom van moederszijde, is recent vrijgekomen.
OKR-notitie: {{Ibrahim}} vertelt mentor over klappen met de riem
{{Els}} (pleegmoeder) merkt dat N. na omgang slecht slaapt.
vader en {{Marloes}} (nieuwe partner) hebben een tweede kindje gekregen
{{Petra}} en {{Kees Groot}} — opa en oma — bieden opvang in Wormer.
{{Mevlüt}} heeft als enige nog contact met vader in de gevangenis.
LL {{Aksoy}}, Elif | 3 HAVO | zorgniveau 3 | doorverwezen SMW
toen ik binnenkwam zei {{aylin}} meteen dat papa weg was
stiefbroer {{Rick}} (21) gebruikt cocaïne in het bijzijn van de kinderen
{{Hendriks}} (de pleegvader) wil stoppen per 1 januari.
Net gebeld met {{Sanne}}, moeder van J., ze komt morgen niet.
Re: zorgen om {{Mila}} - graag even bellen
{{Kofi}} zei tegen de meester: "my daddy hits mummy with a shoe"
Mama {{Deepika}} heeft een burn-out en ligt de hele dag in bed.
"{{Shreya}} please call me back" – bericht van vader op voicemail school"""

BIRTHDATE = """moeder zegt dat e. geboren is op {{14-03-2012}} in het spaarne
Jeugdige: R. ({{07-11-2013}})
geb. {{3 mei 2011}}, 2e kind van moeder
GEBDAT {{20100918}} | KLAS 3V | ZORG: JA
DOB: {{2014-06-22}} (from Indian passport)
tweeling geboren {{12/1/2016}} in Zaans Medisch Centrum
zoon is geboren op {{vijf februari 2015}}
LLN geb.dat. {{09.04.2011}}
moeder (geb. {{29-12-1990}}) heeft geen verblijfsstatus
A. werd op {{2 okt. 2012}} geboren in Accra
Geboortedatum {{17 jul '13}}
data de nascimento {{11/08/2014}} conforme o passaporte
kind is geboren {{1-1-2017}} om 03:12 thuis in de caravan
zusje geboren {{24 aug. 2019}} – vader niet erkend
jarig op {{30-04-2010}}, dit jaar geen feestje mocht niet van vader
J. (geb. {{12-11-2012}}) gaat naar het Pascal College
VADER GEBOREN {{05-05-1985}} TE ISTANBUL
baby geboren {{2026-02-08}}, 34 weken, opgenomen neonatologie"""

ID_NUMBER = """leerlingnummer {{204817}} (Saenredam College)
Cliëntnr Levvel: {{LV-2025-118734}}
VT-dossier {{ZW-2026-04417}} (melding vader)
patiëntnummer ZMC {{7731908}}
OKR ID {{L-0039921}} | zorgniveau 2
Jeugdbescherming dossiernr: {{JBRA-88241}}
paspoort moeder: {{NW7K3P4R1}}
V-nummer {{2812947301}} (IND)
kenmerk {{SWZ/2026/3318}} van het wijkteam graag vermelden
pv-nummer politie {{PL1200-2026184402}}
zorgpolis {{552981034}}? niet bekend, navragen
client {{C-774102}} bij GGZ inGeest, intake 11-2026
ID-kaart vader {{IR9R48DB2}} ligt bij de Marechaussee
dossiernummer Parlan {{PAR-24-06120}}"""

ADDRESS = """moeder woont nu op {{Pieter Ghijsenstraat 41}} bij een vriendin
adres vader: {{Hogendijk 212-3}}, Zaandam
huisbezoek op de {{Rosmolenweg 8}} te Zaandam
Gezin verhuisd naar {{Wilhelminaweg 133 A}}, Zwanenburg
caravan staat op {{Kruisweg 1190 standplaats 17}}, Rijsenhout
OMA WOONT OP DE {{LAGEDIJK 95}}
opvang bij tante: {{Dotterbloemstraat 6}} in Nieuw-Vennep
ex-partner zit op de {{Kerkstraat 27 II}}, Wormerveer
post gaat naar {{Graan voor Vischweg 3c}}
de kinderen slapen soms bij oom op de {{Zuiddijk 304}}
{{Toolenburgerplein 62}}, 2e verdieping, geen lift"""

POSTCODE = """postcode vader: {{1507 RL}}
nieuwe woning {{2133AK}} Hoofddorp
pc {{1541 gs}} (Koog aan de Zaan)
Moeder staat ingeschreven op {{1566 JD}}, maar woont er niet.
OKR adresregel: {{1521PX}} Wormerveer
brieven van het Loket naar {{2152 EM}} komen terug
oma (mz) {{1561 BC}} Krommenie
{{1443 VR}} — adres nieuwe partner, niet bevestigd
CARAVANPARK, {{2136 LE}} ZWANENBURG
pleeggezin in {{1531 KZ}}
adres bij oom in {{2131 DM}}"""

BSN = """bsn moeder <BSN:plain>
BSN vader: <BSN:dots>
burgerservicenr. <BSN:space> (van het jongste kind)
LLN | BSN <BSN:plain> | KLAS 1M
sofi/bsn oom <BSN:dash>
BSN-nummer van J. is <BSN:plain>, staat ook op de verwijsbrief
bsn <BSN:eight> (oude inschrijving opa)
Zorgverzekeraar vraagt BSN: <BSN:space>
moeder gaf haar bsn door: <BSN:dots>
burgerservicenummer baby <BSN:plain> aangevraagd 2026
<BSN:plain> (BSN vader volgens de BRP)"""

PHONE = """moeder is bereikbaar op {{06-28461937}}
tel vader {{+31 6 4197 2283}}
bel oma op {{075-6417203}} na 18:00
mobiel tante: {{0612 77 49 02}}
father's number {{+91 98450 31276}} (India, WhatsApp)
número da mãe: {{+55 11 98734-2210}}
OKR: contact ouder 1 {{06 19834752}}
oom {{0031628844017}}
buurvrouw wil gebeld worden: {{023-5627741}}
TEL. {{06-52 18 33 90}} (STIEFVADER)
pleegouders {{0251-672308}}"""

EMAIL = """mail moeder: {{serpil.kaya83@hotmail.com}}
vader mailt vanaf {{rahul.sharma.ams@gmail.com}}
ouder 1 e-mail {{zwaan.fam@ziggo.nl}}
contact tante via {{akosua.mensah@outlook.com}}
mae: {{gabi.souzasilva@yahoo.com.br}}
E-MAIL OUDER: {{DEVI.RAMDIN@KPNMAIL.NL}}
stiefvader {{ronnie1979@live.nl}} reageert niet
oma stuurde vanaf {{oma.truus.krommenie@planet.nl}} een brief
leerling mail {{b.ozdemir2011@gmail.com}} (prive, niet school)"""

IBAN = """toeslagen gaan naar <IBAN:NL:ING:plain> van vader
rek.nr. moeder <IBAN:NL:ABN:spaced>
alimentatie op <IBAN:NL:RABO:spaced> (ex-partner)
IBAN oma: <IBAN:NL:SNS:plain>
conta do pai <IBAN:NL:BUNQ:spaced>
schuldhulp: beslag op <IBAN:NL:KNAB:plain>
kinderbijslag gestort op <IBAN:NL:ASN:lower>
rekening oom (Turkije) <IBAN:TR:plain>
huur wordt betaald vanaf <IBAN:NL:TRIO:spaced>"""

URL = """tiktok van J.: {{https://www.tiktok.com/@zaandamgirl_2012}}
vader zet filmpjes op {{https://www.youtube.com/@kalawatie_vlogs}}
insta {{instagram.com/baran.zaandam}} (foto's met wapen)
Facebook moeder: {{https://www.facebook.com/gabriela.souza.7781}}
snap: {{snapchat.com/add/ayl1n.z}}
profiel stiefvader {{https://www.linkedin.com/in/ronnie-grootveld-4411}}"""

PLACE = """moeder is opgegroeid in Westzaan en kent daar iedereen
huisbezoek assendelft, vader niet aanwezig
Oma woont in Wijdewormer, zo'n tien minuten fietsen.
De kinderen zitten in Jisp op de basisschool.
VADER WERKT IN OOSTZAAN IN DE HAVEN
logeren bij de tante in Zaandijk
het gezin komt oorspronkelijk uit Nauerna
Broer woont in Spijkerboor met zijn vriendin.
verhuisd van Lisserbroek naar Abbenes
Oom heeft een kwekerij in Buitenkaag.
vader rijdt taxi tussen Vijfhuizen en Cruquius
ze hebben een volkstuin bij Boesingheliede
opa en oma in Weteringbrug, bijna 80
Beinsdorp en Zwaanshoek zijn voor moeder te ver met de bus
school in Poelenburg, gezin woont in Peldersveld
gezin woont in de Rosmolenwijk, vader in Kogerveld
jongeren hangen rond bij de Zaanse Schans
Koog aan de Zaan | schoolwissel | wk 45
WORMERVEER - KROMMENIE 2X PER WEEK OMGANG
Toolenburg en Overbos: twee verhuizingen in één jaar
Graan voor Visch, 3e etage
Badhoevedorp – Zwanenburg, vader heeft geen auto
familie in Rijsenhout en Aalsmeer
de moeder komt uit Kumasi, vader uit Takoradi
vader is geboren in Lagos, moeder in Ibadan
gezin komt uit Bangalore (Bengaluru), sinds 2024 in Hoofddorp
família de Belo Horizonte, agora em Nieuw-Vennep
grootouders wonen in Paramaribo-Noord
zomervakantie in Nickerie bij familie
familie van vader zit in Diyarbakır en Van
moeder is opgegroeid in Kayseri
oom woont in Košice (Slowakije)
reist vaak naar Roemenië, Craiova
de kinderen zijn op dit moment in Marokko, Nador
Kaag en Braassem werd genoemd als mogelijke nieuwe woonplek
Haarlemmermeer-Zuid, buiten de bebouwde kom
Wormer en Jisp horen bij Wormerland, niet bij Zaanstad
Het gezin woont in Middelie en wil naar Edam.
Vader werkt in Schiphol-Rijk.
moeder wil terug naar Hindostaans netwerk in Den Haag Transvaal
De jongste logeert in Purmerend bij een vriendin van moeder.
school van zus in Heemskerk
moeder gaat wekelijks naar de markt in Beverwijk
nicht woont in Uitgeest
vader heeft werk in Ouderkerk aan de Amstel
na de brand tijdelijk in Hoofddorp-Centrum
Zaandam-Oost, Zaandam-Zuid, allemaal bekeken
weekend bij opa in Hoorn
oma komt uit Lisse
vader logeert in Sloten"""

INSTITUTION = """opname Zaans Medisch Centrum, afdeling kindergeneeskunde
Spaarne Gasthuis Hoofddorp heeft een Veilig Thuis-melding gedaan.
Dijklander Purmerend, SEH-bezoek na val van de trap
GGZ inGeest, intake jeugd afgerond
Levvel (locatie Zaandam) wachtlijst 14 weken
Parlan heeft de IB overgenomen
Spirit ambulant, gezinsbehandeling gestart
Jeugdbescherming Regio Amsterdam voert de OTS uit
Veilig Thuis Zaanstreek-Waterland neemt het onderzoek op zich
Veilig Thuis Kennemerland sloot de melding af
Sociaal Wijkteam Zaanstad zit aan tafel
Loket Haarlemmermeer heeft de beschikking afgegeven
Parteon dreigt met huisuitzetting
Rochdale heeft een achter-de-voordeur bezoek gedaan
Ymere wil een gesprek over de schuld
Marechaussee Schiphol hield vader aan bij de paspoortcontrole
Politie Noord-Holland, basisteam Zaanstad, zorgmelding
Pascal College: J. zit in havo 3
Saenredam College (Zaandijk), verzuim gemeld
Herbert Vissers College Nieuw-Vennep heeft een zorgteam gehouden
Dr. Nassau school, groep 6
Haarlemmermeer Lyceum, mentor heeft zorgen
Hanze College Oostzaan: praktijkonderwijs
Montessori Lyceum Herman Jordan heeft een plek aangeboden
ZAANS MEDISCH CENTRUM - SPOEDPOLI
Spaarne Gasthuis Haarlem Zuid, kinderpoli
De Zaanse Schans-stichting heeft geen rol
Regio College Zaandam, entree-opleiding
Zaanlands Lyceum, 4 vwo
Bonhoeffer college? nee, Compaen VMBO
Kinderdagverblijf Dikkertje Dap in Assendelft
De Kindertelefoon werd gebeld door L.
Moskee Aya Sofya Zaandam biedt ondersteuning via de imam
Ghanese pinkstergemeente in Amsterdam-Zuidoost
Hindoe-tempel Shri Ram Mandir Zaandam
Stichting Vluchtelingenwerk Noord-Holland begeleidt moeder
Expat Center Amsterdam Area heeft de verblijfsvergunning geregeld
Emma Kinderziekenhuis (Amsterdam UMC) onderzoek naar letsel
Prinses Máxima Centrum heeft de behandeling afgerond
Raad voor de Kinderbescherming, locatie Haarlem
Rechtbank Noord-Holland, zittingsplaats Haarlem
Leger des Heils Zaandam, dagopvang vader
De Brijder verslavingszorg, ambulant
Jellinek, intake vader
Zaanstad Beheer / afdeling Leerplicht
Blijf Groep, opvang moeder en kinderen
William Schrikker Stichting heeft de voogdij
Stichting Sinti en Roma Nederland als intermediair
GGD Zaanstreek-Waterland, jeugdgezondheidszorg
Triade Vitree? nee: Lijn5 begeleidt J."""

EVENT_DATE = """huisbezoek 14-11-2026 om 10:00
Op 07-10-2026 melding bij Veilig Thuis Zaanstreek-Waterland.
opname op 2026-09-12, ontslag 2026-09-19
zitting rechtbank op 15 december 2026
Incident van 03-03-2026: vader sloeg deur in.
OKR | 12-10-26 | gesprek mentor | ouders niet verschenen
consultatiebureau: 4 maanden-controle op 06-11-2026
schorsing van 2-11 t/m 4-11
datum inbreng 01-12-2026
aangifte gedaan op 22/09/2026
Marechaussee hield vader aan op 30-08-2026
Vervolgbespreking gepland op di 12 jan 2027
baby had op 17-11-2026 de hielprik-herhaling
ma 23 nov 2026 telefonisch contact
Op 28 augustus 2026 werd moeder opgenomen.
Evaluatie OTS gepland op 01.02.2027.
Suikerfeest 2026 liep uit de hand volgens buren
Divali (8 november) kwam de hele familie over
verzuim vanaf 2026-10-05
DEADLINE STUKKEN 20-11-2026
op 11 11 2026 was er ruzie op het kamp
moeder belde op 5-10 rond 23:00 de politie
na de kerstvakantie (week 2 van 2027) herstart
ontruiming caravan gepland 15-01-2027
gesprek met J. op 19-11-2026 op school
kraamzorg gestopt op 10-11-2026, daarna JGZ
zorgmelding politie d.d. 06-10-2026
bezoek SEH op 31/10 (Halloween)
VT-onderzoek gestart 1 oktober 2026
kinderen uit huis geplaatst op 13-03-2026"""

PROFESSIONAL = """Inbrenger: Marieke Tuinman, jeugdconsulent, Sociaal Wijkteam Zaanstad
Vaste deelnemer: Reza Ahmadi, Loket Haarlemmermeer
Gedragsdeskundige geraadpleegd: Ja, Chantal Pinas (orthopedagoog, Levvel)
de jeugdarts van de GGD heeft het kind gezien
gezinsvoogd van Jeugdbescherming Regio Amsterdam is op de hoogte
wijkagent Poelenburg kent het gezin
mentor van het Pascal College belde
de IB'er heeft de OKR bijgewerkt
Vaste deelnemer: Gerrit-Jan Hoekstra, Veilig Thuis Zaanstreek-Waterland
Inbrenger: Olusegun Bakare, casemanager, Veilig Thuis Kennemerland
de kinderarts van het Zaans Medisch Centrum
SMW'er van school doet het gesprek met J.
leerplichtambtenaar Zaanstad heeft een proces-verbaal opgemaakt
de huisarts verwijst naar de POH-GGZ
VERLOSKUNDIGE HEEFT ZORGEN GEMELD
de tolk (Portugees) was telefonisch aanwezig
consulent van het expatcentrum
de wijkverpleegkundige komt 2x per week
Gedragswetenschapper geraadpleegd: ja, Sevda Koç, GZ-psycholoog Spirit
Inbrenger (naam, functie, organisatie): Bram Oosterveld, gezinscoach, Loket Haarlemmermeer
vaste deelnemer: Priscilla Asante, Jeugdbescherming Regio Amsterdam
de begeleider van Parlan ziet moeder wekelijks
de woonconsulent van Ymere
casemanager van de Raad voor de Kinderbescherming
de jeugdverpleegkundige JGZ deed de 4-maandencontrole
de psychiater van GGZ inGeest
de zorgcoördinator van het Herbert Vissers College
de marechaussee van Schiphol
de imam van de moskee heeft bemiddeld
de woonwagenconsulent van de gemeente"""

AGE = """zoon is 14 jaar
J. (16) werkt bij de Albert Heijn
Moeder was 17 toen ze zwanger raakte.
baby is 3 maanden oud
het jongste kind is 18 maanden
N. is net 12 geworden
opa is 84 en slecht ter been
leeftijd: 15 jr
zus (19) woont op kamers
tweeling van 7
R. wordt in maart 13
vader is 52 en werkloos
kinderen van 4, 6 en 9 jaar
LEEFTIJD 11
oom (ca. 40) woont in bij het gezin
moeder is 23 jaar en heeft al drie kinderen
de jongste is 2,5
stiefvader is 10 jaar jonger dan moeder
zwangerschap 28 weken
E. is een zestienjarige met een kinderwens"""

ORG_NUMBER = """Veilig Thuis 0800-2000
bij direct gevaar 112 bellen
VHT-2026-0117 (eerdere bespreking)
KvK Levvel 81234560
AGB-code praktijk 94061223
Kindertelefoon 0800-0432
Sociaal Wijkteam Zaanstad 14 075
methylfenidaat 3 dd 10 mg
score ARIJ: 7 risicofactoren
veiligheidsscore 3 / 10
Loket Haarlemmermeer 0900-1852
vervolg op VHT-2025-0398
schuld bij Parteon ca. € 4.350
113 Zelfmoordpreventie (0800-0113) besproken met J.
KVK 34219876 (woonwagencentrum stichting)
risperidon 0,5 mg 1 dd
bus 69 naar Hoofddorp, 45 min reizen
verzuim 48 uur in periode 1
wachttijd Levvel 14 weken, daarna 2x per week 1,5 uur
CITO/IEP-score 78"""
