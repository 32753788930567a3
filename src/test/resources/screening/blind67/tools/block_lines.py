# Hand-written BLOCK lines for blind set 67. «…» marks a span. {BSN:fmt} and {IBAN:CC:BANK:fmt} are filled
# by gen_sentences.py with seeded random, valid numbers (the filled value is the span).
NAME = r'''
[x] agressie in gezin - vader «Krzysztof» slaat met deur, kinderen horen het
[ ] contact met school ok; mentor noemt «Agnieszka Pawlak» als enige die belt
datum;gesprek;met wie;afspraak — 12-10-2026;huisbezoek;«Ionuț Popescu»;nieuwe afspraak wk 44
14-10;tel;moeder + «Florina»;zij zoekt kamer in Haps
Zus «Zsófia» (17) past 's nachts op de kleintjes als moeder dienst heeft bij de slachterij.
Moeder noemt de nieuwe vriend steeds «Gergő», achternaam weet ze niet.
«LAKATOS ILDIKÓ» - tolk geregeld via het wijkteam
[onleesbaar] … oma «Mie» wil wel oppassen maar ~~is te oud~~ heeft zelf zorg nodig
Opa «Driek» zegt: "Dè kènde nie maken, da jong slaon."
tante «hanneke» haalt de kinderen op woensdag uit school
Volgens buurvrouw «Riet Swinkels» is het vaker misgegaan op het erf.
dhr. «Verstegen» (oom) runt de melkveehouderij in Odiliapeel waar vader werkt
«Bertus» en «Harrie» (ooms) willen niet dat de kinderen naar pleegzorg gaan.
De stiefvader, «Hüseyin Yavuz», ontkent het incident.
moeder («Zeynep») was bang om naar huis te gaan
«Emre»'s broer heeft de politie gebeld.
«Elif Güneş» - tante aan moederszijde - biedt tijdelijk onderdak in Oss-Noord.
[x] netwerk in beeld: oma «Fatma Aslan», buurman, de imam
Vader «Mustafa Kılıç» komt niet naar de afspraken.
Moeder «Youssra» heeft een contactverbod ten aanzien van haar ex.
gesprek met «Anouar el Khattabi» (ex-partner) op politiebureau Oss
«Hamza»s vrienden uit de Schadewijk halen hem 's avonds op.
«SAMIRA CHAARA» BELT STEEDS DE SCHOOL
oom «Nordin Boutaleb» is bereid om het veiligheidsplan mee te ondertekenen
De woonwagen van «Tinus Hanegraaf» staat naast die van het gezin.
«Grad» (opa) is de familieoudste op het kamp en heeft het laatste woord.
standplaats gedeeld met fam. «Gerrits», die staan er sinds de zomer niet meer
Moeder wil niet dat «Nelleke Peters» nog bij de kinderen komt.
vader en ome «Sjaak» hebben ruzie gehad over geld, hij had een mes bij zich
De pleegouders, «Johan» en «Marieke van den Elzen», hebben aangegeven te stoppen.
Jeugdige logeert nu bij «Hanneke van Kempen» in Wanroij.
«Mieke van Lieshout» (buurvrouw) hoorde geschreeuw rond middernacht.
«v. Gemert» (oma van vaderskant) woont in Gemert en past op.
Opa «van Uden» heeft een verleden met huiselijk geweld.
«Van Boxmeer», de nieuwe partner van moeder, heeft een strafblad.
Moeder en «Merel» (zus, 23) hebben geen contact meer.
«Iris» (vriendin van L.) heeft de foto's doorgestuurd.
«Linde» zegt tegen de mentor dat ze niet naar huis wil.
«Fleur» is het halfzusje van K., ze woont bij haar vader in Cuijk.
mw. «Verbakel» van het wijkteam Uden belde op 9-11 dat de kinderen alleen thuis waren
De jeugdarts, dr. «Schuurmans», heeft de blauwe plekken gezien.
Gezinsvoogd «Wendela Kroes» heeft de kinderen op 3-11 gezien.
wijkagent «Vermeulen» kent het gezin goed
«Bogdan» en «Radu» (huisgenoten flexwoning) zijn gehoord door de politie.
Vader deelt de kamer met «Marek Nowicki» en nog twee collega's.
Geïnformeerd: oom «Pavel Dvořák» (werkt bij de eierverwerker in Uden)
| moeder «Dorota Zielińska» | 1990 | Heesch |
| «Szymański» (stiefvader) | 1984 | Uden |
OUDERS: «KRZYSZTOF» EN «MAŁGORZATA DUDEK»
«dudek» heeft het niet over zijn drankgebruik gehad
Leerkracht vertelde dat «Bartek» zijn lunch deelt met J.
Vader («István Farkas») werkt via het uitzendbureau in Boxmeer.
«Bence» (broer, 15) zit op het Elzendaal College en spijbelt.
moeder «Gheorghița» spreekt geen Nederlands; tolk Roemeens geregeld
«Alina Stanciu», de ex van vader, stuurt dreigende berichten.
«Munteanu» en zijn vrouw wonen in de caravan achter de loods.
Betreft: gezin «Balogh», 3 kinderen, flexwoning Vorstengrafdonk
Zoon «Ábel» (16) heeft een bijbaantje bij de kippenslachterij.
Geïnformeerd: «A.J.H. van der Donk» (vader), telefonisch.
«M.C. Rovers-Bosch» heeft het ouderlijk gezag.
vader ~~belde niet~~ «J.W. Hermens» belde terug op 4-11
oma «Doortje van der Meer» woont in Megen, [onleesbaar] elke dag
De kinderen noemen hem "opa «Piet»", hij zit in een rolstoel.
«TOON VAN DE VEN» (OPA) WIL DE KINDEREN OPVANGEN OP DE BOERDERIJ
oma «Trui» uit Mill kookt elke zondag voor het gezin
Moeder («Ans») en haar zus («Corrie») wisselen de zorg af.
«Nelis van Dinther» heeft de kinderen op de trekker laten rijden zonder toezicht.
Vriend van vader: «Wim Hurkmans», lid van dezelfde motorclub.
«Stijn»'s moeder is in augustus opgenomen bij GGZ Oost Brabant.
Na het incident sliep «Luuk» bij een klasgenoot in Zeeland.
«Sem» (broertje, 6) plast weer in bed.
«Daan» en «Thijs» (tweeling, 9) zijn vaak alleen thuis.
«Jesse» zijn vader heeft een alcoholverbod.
Oom «Ricardo» neemt de jongens mee naar het kamp in Berghem.
Moeder is bang voor «Dennis van Grinsven», haar ex.
Ex-partner «Kevin de Laat» heeft een straatverbod voor de Ruwaard.
«Chantal» (moeder) heeft geen vaste woonplek, slaapt bij vrienden in Ussen.
Mevrouw «Tielemans» (buurvrouw) heeft de politie gebeld.
De kinderen waren bij de familie «Van Lith» toen het gebeurde.
«Laura van Heesch» (tante) wil logeeradres zijn.
«P. Verhoeven» (oom) heeft eerder een melding gehad.
Handgeschreven: "bel [onleesbaar] «Marja» vóór vrijdag"
opa «Gerard Rijkers» is ~~gisteren~~ op 10-11 overleden [onleesbaar]
Contactpersoon netwerk: «Yvonne Smulders», buurvrouw
Op school vertelde «Jens» dat hij klappen krijgt.
Wijkverpleegkundige van Vivent, «Inge Claassen», komt 3x per week.
De broer van moeder, «Anton», heeft hier niets mee te maken volgens vader.
BUURMAN «HENDRIKS» HOORDE KINDEREN HUILEN
«Liesbeth» zus van vader, woont in Gassel
Vader («Martijn Kuipers») zegt dat het incident overdreven wordt.
[x] vader «Aydın» aanwezig bij gesprek [ ] moeder aanwezig
zoontje «Yusuf» (4) zat in de auto
«Rachid» (oudste broer) heeft de kinderen weggehaald bij vader.
Moeder heeft een relatie met «Tomasz», die bij haar intrekt.
De opa van «Kaja» komt uit Wrocław om te helpen.
Gesprek met moeder en «Wiktoria» (dochter, 15) op school.
«Kacper» heeft op TikTok filmpjes van de ruzie gezet.
«Natalia» is 14 en zorgt voor haar broertjes als moeder werkt.
Vader «Ferenc» had een breuk in zijn hand na de vechtpartij.
Grootmoeder «Erzsébet» woont in Hongarije en belt dagelijks.
'''

BIRTHDATE = r'''
Jeugdige: L. («14-08-2013»)
Moeder is geboren op «3 januari 1992» in Boekel.
geb. «27/12/2009», 4 VWO Udens College
kind;geb;school — K.;«17-3-2014»;basisschool in Heesch
[x] geboortedatum jongste bekend: «08-02-2017»
De baby werd op «30 september 2026» geboren in Bernhoven, 5 weken te vroeg.
GEBOREN «22-07-2010» TE OSS
oma (geb «02-05-1958») heeft dementie
D. («19 augustus 2013») zit in groep 8
geboortedatum jeugdige [onleesbaar] «11-1-2015»
dob «2016-04-30»
N. geb. «9 okt. '12», woont bij vader
Vader: «15.03.1988», Pools, werkt in Vorstengrafdonk
jongste: * «04-11-2019» (ster = geboortedatum)
geb.datum: «20120618»
Zoon is jarig op «5 juni 2011», geboren in Roemenië.
T. (geboren «1 mei 2014») heeft diabetes type 1.
Geb. dat. moeder: «12 nov 1995»
'''

ID_NUMBER = r'''
cliëntnr. Novadic-Kentron: «NK-228417» (vader)
patiëntnummer Bernhoven «6104382»
Veilig Thuis dossier «VT-BN-26-41883» (moeder)
leerlingnummer «204417» Zwijsen College
polisnr. zorgverzekering vader «84412093-01»
ID-kaart moeder: «IU7H3KP29»
paspoortnummer vader «EN4728193» (Roemeens)
huurdersnummer BrabantWonen «400218-03»
klantnummer Mooiland van moeder: «M-0092216»
CJIB-zaak «6000 2261 4483 1102» staat op naam van vader
registratienr. Idris «ID/77-40913»
Maasziekenhuis Pantein patnr: «MZ 318 024»
BVH politie «PL2100-2026381177» (aangifte moeder)
dossier «JBB-2026-55302» Jeugdbescherming (K.)
'''

ADDRESS = r'''
Gezin woont sinds augustus op «Heescheweg 88 kamer 4», een flexwoning.
adres: «KRUISSTRAAT 14A», Oss
Moeder verblijft tijdelijk bij haar zus op «Kapelstraat 7-b» in Uden.
woonwagen op «Kampweg 7» (standplaats van de familie)
Vader woont op «Molenstraat 112 bis», Cuijk.
oma woont op de boerderij, «Zandstraat 41», Boekel
datum;gesprek;met wie;afspraak — 02-11-2026;huisbezoek «Spoorlaan 23»;moeder;volgende keer op kantoor
[x] huisbezoek gedaan - «Walstraat 3 hs»
De flexwoning aan de «Vorstengrafdonk 130-12» is overvol (11 personen).
«Steenstraat 5a» in Boxmeer is het adres van de nieuwe vriend
opvang bij tante, «Hoofdstraat 216» Veghel
'''

POSTCODE = r'''
postcode «5342 BK» Oss
Gezin is verhuisd naar «5402GA» (Uden).
moeder woont in «5831 cw» Boxmeer
Pc: «5461XK»
adres vader bekend, pc «5432 AB»
[ ] woonadres gecontroleerd — «5361 HM» klopt niet volgens BRP
5 nov;huisbezoek;moeder;«5421 RT» Gemert
OMA WOONT IN «5481 LZ» SCHIJNDEL
De oppas woont in «5373AD», Herpen.
Brief naar «5427 ev» Boekel kwam retour.
postcode nieuw: «5391 ja» Nuland
'''

BSN = r'''
BSN vader: «{BSN:plain}»
bsn K. «{BSN:dots}»
Burgerservicenummer moeder «{BSN:space}»
sofinr. (oud) oma: «{BSN:8}»
«{BSN:dash}» is het bsn van de jongste
[x] BSN gecheckt in BRP: «{BSN:plain}»
datum;gesprek;met wie;afspraak — 3-11;BRP-check;«{BSN:plain}»;geen inschrijving
BSN L. = «{BSN:dots}» (graag niet verspreiden)
Moeder heeft BSN «{BSN:space}» maar geen DigiD.
BSN: «{BSN:8}»
BURGERSERVICENUMMER «{BSN:plain}»
'''

PHONE = r'''
Moeder is bereikbaar op «06-38214657».
tel vader «+48 512 334 908» (Polen)
oma: «0412-645 218»
Bel buurvrouw bij nood: «06 1744 2093»
«0413 27 81 55» vast nummer opa, Veghel
datum;gesprek;met wie;afspraak — 28-10;tel «0485-579 302»;tante;terugbellen
Vader belt steeds van een ander nummer, laatst «+40 741 228 316».
[x] telefoonnummer moeder gewijzigd: «0031 6 4281 7730»
mobiel jeugdige «06-1185 3920»
TEL. OOM: «0492 - 36 55 14»
«+316-22940185» is het whatsapp-nummer van de ex
'''

EMAIL = r'''
mail moeder: «kasia.dudek93@gmail.com»
Vader reageert alleen op «ionut.popescu.ro@yahoo.com».
«mamavanlinde@hotmail.nl» stuurde de foto's
contact oma via «b.verstegen@kpnmail.nl»
[x] e-mail ouders vastgelegd: «zeynep.s1990@outlook.com»
Ex-partner mailde vanaf «DENNISVG@LIVE.NL» naar school.
tante: «hanneke.vk@ziggo.nl»
datum;gesprek;met wie;afspraak — 06-11;mail;«tinus.hanegraaf@home.nl»;geen reactie
De jeugdige mailde de mentor vanaf «linde.2011@icloud.com».
'''

IBAN = r'''
Toeslagen worden gestort op «{IBAN:NL:RABO:grp}» (rekening vader).
rekening moeder «{IBAN:NL:INGB:plain}»
Vader maakt geld over naar Polen: «{IBAN:PL::grp}»
IBAN oma «{IBAN:NL:ABNA:grp}» voor het kostgeld
schuldhulp: rekening «{IBAN:NL:SNSB:plain}» geblokkeerd
[x] rekeningnummer opgegeven: «{IBAN:NL:TRIO:grp}»
De loonstrook van vader noemt «{IBAN:RO::plain}».
Kinderbijslag ging naar «{IBAN:HU::grp}» (rekening in Hongarije)
iban moeder: «{IBAN:NL:ASNB:low}»
'''

URL = r'''
TikTok van L.: «https://www.tiktok.com/@linde.uden2011»
facebook moeder «www.facebook.com/ildiko.lakatos.92»
Stiefvader plaatst filmpjes op «https://www.youtube.com/@DikkeDennis0412».
[x] social media gecheckt: «instagram.com/tinus_woonwagen_oss»
Zoon is te vinden via «https://www.snapchat.com/add/kacper.x.veghel».
De jeugdige verkoopt spullen via «https://www.vinted.nl/member/88214093-natalia14».
'''
