# Hand-written BLOCK lines for blind72. «…» marks each span. {bsn:STYLE} / {iban:BANK:STYLE} are filled by gen_sentences.py.
NAME = r'''
«Gerrit-Jan» zegt dat hij de jongens alleen een tik geeft als ze niet luisteren.
Oma «Aaltje» uit Wilp haalt de kinderen elke zondag op voor de kerkdienst.
Volgens «Van 't Erve» is er thuis niks aan de hand, maar school ziet dat anders.
"mn moeder en «jurgen» hebben weer ruzie idk wat ik moet doen" (app van R., 14-11)
«TUHUMURY» | vader | woont apart, komt op zaterdag
Het zusje «Selam» slaapt nog bij moeder in bed.
Buurvrouw «Henny Wolters» hoorde rond drie uur 's nachts gegil vanaf de galerij.
«Yusuf Karataş» (oom van moederskant) wil de kinderen in de zomer meenemen naar Kayseri.
moeder zegt komma dat meneer «Pattie Sina» punt de vader punt niet meer mag komen punt nieuwe regel
«Mehmet Emin» komt elke avond langs en bepaalt wie er binnen mag.
ouders «Berend» en «Jantina» zijn lid van de hersteld hervormde gemeente in Barchem.
Stiefvader «Wouter Klein Gunnewiek» is in september bij het gezin ingetrokken.
Gesprek met «Meryem» (moeder) verliep rustig, tolk niet nodig.
vriendje van moeder heet «dave», verder onbekend
"bro ik ga echt niet terug naar «Sandra» haar huis wsm ga ik naar mn tante" – appje van J.
Pleegmoeder «Ria Hekman» merkt dat D. elke nacht wakker wordt.
«Ghebremedhin» (vader) is nog in Libië, contact via WhatsApp.
Oom «Tesfay» is de enige die in Nederland familie is.
«Rahwa» is op haar zestiende moeder geworden van baby S. (2026).
de vriend van de jeugdige moeder, «kevin», heeft de baby volgens de kraamzorg hardhandig neergelegd
Opa «Hamza» wil niet dat er hulp over de vloer komt.
Gesproken met de heer «Sahetapy» over de afspraken in het veiligheidsplan.
Moeder «Nathalie» woont met de kinderen in een stacaravan op het vakantiepark bij Vaassen.
«Ronnie» (buurman op het park) drinkt met vader tot 's nachts.
Mw. «Wiegman-Slot» van het wijkteam belde dat de voordeur ingetrapt is.
Jeugdarts Dr. «Eshuis» zag blauwe plekken op beide bovenarmen.
«ESRA» (ZUS, 19) VANGT DE KINDEREN OP NA SCHOOL.
«Fenna Mulder» is als netwerkpleegouder in beeld.
«Lukas» (broer, 9) vertelt op school dat papa de tv kapot sloeg.
Vader «Hakan» en moeder «Derya» zijn sinds de zomer gescheiden.
Tante «Dientje Hoogeveen-Kamphuis» wil dat de kinderen bij haar in Heeten komen wonen.
«Omar» en «Bilal» (neven) zijn betrokken bij de bedreiging van K.
«Said El Khattabi» is de nieuwe partner van moeder.
bespreking met «Haverkort» (vader) en zijn advocaat op 4 november.
"«Yara» zegt dat ik overdrijf maar ze heeft ff geen idee" – bericht van L.
De pleegvader, «Henk-Jan Bouwhuis», merkt dat M. eten verstopt.
Kinderen noemen hem ome «Joop» maar hij is geen familie.
«T. Nijenhuis» (grootvader) heeft vroeger zelf in de gevangenis gezeten.
moeder «lisanne» wil de baby niet laten wegen bij het consultatiebureau
Zwager «Freek» woont tijdelijk bij het gezin in Lettele.
«Abdelkader» noemt zijn dochter een schande voor de familie.
Partner: «Mustafa Aydoğan» (46), niet de biologische vader.
vader punt «Renske» zegt dat hij komma ik citeer komma een monster is punt
Oudste zoon «Jurre» (17) zit bij zijn vader in Epe.
«Saartje» (3) wordt vaak door de buren opgehaald van de peuteropvang.
Volgens «Lotus» heeft haar stiefvader haar telefoon in de IJssel gegooid.
De heer «Matulessy» wil niet dat de Raad betrokken raakt.
Bij «Sevgi» thuis slaapt K. als het escaleert.
Ex-partner «Marco Lubberding» heeft een contactverbod sinds de zomer.
"wsm komt «Mo» vanavond weer langs en dan gaat ie stuk" – J. op Snapchat
Oma «Jo» (mz) is dementerend en kan niet meer oppassen.
«Robin ter Braak» (buurjongen) deelde naaktfoto's van L. in een groepsapp.
De kinderen van «Wim» en «Gerda» spelen niet meer buiten.
Vader heet volgens de software «Ruud Lamberink» maar het is «Ruud Lambertink» met t
| Pleegmoeder | «Annemieke» | sinds maart 2026 |
Contact met fam. «Oostendorp» verloopt via de kerkenraad.
Opa «Teun» heeft het geweer uit de schuur gehaald.
«Yohannes» heeft zijn zusje geslagen toen ze niet wilde eten.
«Hasan» (schoonvader) houdt het paspoort van moeder vast.
Mevrouw «Stegeman» is de pleegmoeder bij wie de kinderen in het weekend zijn.
In de chat noemt L. haar vriendje «Niek» en zegt dat hij haar slaat.
«Kübra» (zus, 16) zorgt voor de jongere kinderen als moeder werkt.
«Mohamed Bouzerda» is twee keer aangehouden voor huiselijk geweld.
«Priscilla» (moeder) is verslaafd aan cocaïne.
«Jozef» en «Elly» (grootouders vz) willen de kinderen niet zien.
«Aron» wordt door de oudere jongens in de wijk ingezet als loopjongen.
Gezin «Lankhorst» woont al twintig jaar in Almen.
«Dirkje» (pleegzus) heeft gezien dat er geld uit haar portemonnee verdween.
"mama zei dat ik niet meer naar «Bram» mag lol" – J. over de broer van moeder
Vader «Cor Huizinga» is in 2019 veroordeeld voor mishandeling.
«Daniël» (5) plast weer in bed sinds de verhuizing.
moeder noemt de vader «pieter-bas», ze praat alleen via de advocaat
Tante «Latuconsina» heeft gemeld bij Veilig Thuis.
«Wijnand» belde om half twaalf dronken naar de pleegmoeder.
Grootmoeder «Grietje Schuppert» wil het gezag over de kinderen.
«Ayaan» en haar moeder wonen bij een kennis in Colmschate.
«Filmon» zit sinds oktober niet meer op school.
«Koen» (vriend van moeder) heeft een huisverbod gekregen.
ex van moeder: «s. de Vries-Hengeveld»
Naar «Wessels» (stiefvader) is een brief gestuurd over het huisverbod.
Familie «Brinkhuis» uit Terwolde biedt aan om de kinderen op te vangen.
«Merel» vertelt dat ze zich snijdt als mama boos is.
«Ali Rıza» (opa) bepaalt wie met wie trouwt.
«Zeynep» mag van haar broers niet naar buiten na schooltijd.
Moeder: «Chantal», 22 jaar, woont met de baby bij haar ouders.
"«Senna» is sws niet te vertrouwen" – uit de groepsapp van de klas
«GRADUS» (VADER) HEEFT BEDREIGD DE BOERDERIJ IN BRAND TE STEKEN.
Op verzoek van «Annelies» (pleegmoeder) is de bezoekregeling aangepast.
vader «dirk jan» kan niet lezen en schrijven
Broertje «Kaan» is bang voor zijn vader.
«Sharon» (tienermoeder) is zelf in een pleeggezin opgegroeid.
Volgens de buren heet de man op het park «Bennie».
«Marianne» en «Erwin» krijgen MKT hulp via Rentree.
De kinderen zijn opgevangen door tante «Thea» in Nieuw Heeten.
«Hayat» (moeder) heeft spijt dat ze de politie heeft gebeld.
«Semere» zegt dat hij achttien is, de papieren zeggen zestien.
In haar chat schrijft L. "«Jayden» heeft mn telefoon afgepakt bro".
«Hendrik-Willem» weigert de ouderschapsbemiddeling.
meneer «Boukhrisse» zegt dubbele punt ik sla mijn kinderen nooit punt nieuwe regel
de vriend heet «Tjeerd» of «Sjeerd» komma dat verstond ik niet goed punt
'''

BIRTHDATE = r'''
S. werd op «12-04-2025» geboren in het Deventer Ziekenhuis, na 39 weken.
Geboortedatum baby: «3 februari 2026», consult 4 weken was prima.
Jeugdige: L. («17-08-2011»)
moeder is geboren op «negen maart tweeduizend acht» en was 17 bij de bevalling
geb. «02.11.2013» te Zutphen
Dob «2012-07-21», inschrijving bij het Baudartius College
R. (geboren «5 jan. '14») zit in groep 8.
| Geboortedatum | «14/09/2010» |
Hij is geboren op «1 mei 2009» in Asmara volgens zijn verblijfsdocument.
GEBDAT «20150630» (CJG-kaart)
geboortedatum broertje komma «vier juni 2019» komma volgens moeder
Pleegkind D. («28-2-2017») is in augustus geplaatst.
Vader zegt dat zijn dochter op «11 okt 2012» jarig is en dan wordt ze 14.
consult 14 maanden, geb. «6-9-2024», groeicurve rond P10
Baby geboren «23.12.2025» in Gelre Zutphen, vader onbekend.
K. is geboren op «30 juli 2010» in Deventer.
geb datum moeder «19-03-1991»
J. heeft op de vragenlijst haar geboortedatum ingevuld: «08/01/2011».
'''

ID_NUMBER = r'''
CJG-cliëntnummer «CJG-4417782» staat nog op de groeicurve.
Patiëntnummer Deventer Ziekenhuis: «5530917-2»
Tactus dossiernr. «T2026-03318» (vader, ambulant)
V-nummer van vader: «V 2871 5540 3»
Huurdersnummer bij ieder1: «HN-0093125»
Zaaknummer JBO «JB-OV 26-11873»
leerlingnummer «187734» (Etty Hillesum Lyceum)
Politie Oost-Nederland, registratienummer «PL0600-2026418833»
Dimence patnr «DIM2193375»
Studentnummer Saxion van moeder: «s0489127»
paspoort moeder «NX8KR41P2» ligt bij opa
COA-nummer «COA-7719042» van het gezin
polisnummer zorgverzekering «ZK 6612 0849 7»
kenmerk van de Raad voor de Kinderbescherming: «RvdK-ZW-2026-3381»
'''

ADDRESS = r'''
Het gezin woont aan de «Rijnstraat 47» in de Rivierenwijk.
nieuw adres vader: «Zutphenseweg 112-A», Lochem
Ze zijn verhuisd naar de «Coehoornsingel 18 bis» in Zutphen.
Moeder staat met de caravan op «Wilpsedijk 9 plaats 23».
adres oma dubbele punt «Loubergweg 14» Eerbeek punt
«KERKSTRAAT 3», RAALTE (OPA EN OMA)
| Adres pleeggezin | «Dorpsstraat 88a» Twello |
De politie werd gebeld naar de «Hanzeweg 2-II», de flat van de vriend van moeder.
vader zit nu bij zijn broer op «Laan van Borgele 61»
De schoonfamilie woont aan de «Roggestraat 5 zw».
Moeder heeft een kamer aan de «Leestenseweg 203 k.12» in Zutphen.
'''

POSTCODE = r'''
Postcode oma: «7415 GX».
nieuwe woonplek «7201 kl» Zutphen
Het gezin staat ingeschreven op «8162BR» Epe, maar woont op het park.
| Postcode | «7241 VT» |
vader verhuist naar «7391 eh» Twello
postcode komma «6961 LN» komma nieuwe regel
Post gaat naar «7437AD» Bathmen (adres van opa).
«8121 TM» OLST (ZUS VAN MOEDER)
Pleegouders wonen in «7217 pg» Hengelo (Gld).
Moeder gaf als postcode «7422 ZJ» op bij het sociaal team.
Briefadres vader: «8102 HS» Raalte
'''

BSN = r'''
BSN moeder: «{bsn:plain}»
bsn baby «{bsn:dots}» (nog niet doorgegeven aan de kraamzorg)
burgerservicenummer van J. komma «{bsn:spaces}»
| BSN | «{bsn:plain}» |
K. heeft bsn «{bsn:dash}»
Vader is ingeschreven onder «{bsn:plain}» op het adres van zijn broer.
«{bsn:plain}» staat op het formulier van de Raad.
BSN oud: «{bsn:eight}»
SoFi vader «{bsn:dots}»
BSN PLEEGKIND «{bsn:spaces}»
op het aanmeldformulier stond het bsn van de jeugdige: «{bsn:plain}»
'''

PHONE = r'''
Vader is bereikbaar op «06-41928374».
tel moeder «+31 6 5583 1027»
oma dubbele punt «0570 612 884» punt
Pleegouders: «0575-527139»
Buurvrouw belde vanaf «06 2377 4189».
nummer van de vriend: «+316 18842077»
OPA «0573-251488»
J. heeft een nieuw nummer: «0644712903»
| Tel. | «0571 27 44 19» |
moeder belt soms met «0031 6 4290 1175»
Tante in Eerbeek: «(0313) 47 29 81»
'''

EMAIL = r'''
Mail van vader kwam van «ruud.lamberink71@gmail.com».
moeder mailt vanaf «xX_naomi_Xx@hotmail.com»
e-mail pleegouders: «hekman.familie@kpnmail.nl»
J. stuurt haar huiswerk vanaf «jadejuh2011@outlook.com».
opa dubbele punt «g.schuppert@ziggo.nl» punt
oom mailt met «tesfay.gh@yahoo.com»
| E-mail | «derya.k1990@gmail.com» |
Stiefvader: «bikerbennie@live.nl»
De tienermoeder gebruikt «sharon.t2008@icloud.com» voor afspraken.
'''

IBAN = r'''
Moeder betaalt de huur van de standplaats via {iban:RABO:grouped}.
Het kindgebonden budget gaat naar rekening {iban:INGB:compact} van vader.
iban oma {iban:ABNA:lower}
| Rekening | {iban:SNSB:grouped} |
Leefgeld wordt gestort op {iban:RBRB:compact}.
Vader vraagt om het geld over te maken naar {iban:BUNQ:grouped}.
rekeningnummer moeder komma {iban:ASNB:grouped} komma
Bewindvoering via rekening {iban:TRIO:compact}
Oom stuurt geld naar {iban:KNAB:grouped}.
'''

URL = r'''
J. plaatst filmpjes op «https://www.tiktok.com/@jadejuhh_11».
Profiel van de vriend: «instagram.com/bennie_biker_epe»
vader heeft een Facebook: «https://www.facebook.com/gradus.tenbroeke»
L. heeft een openbaar account «www.instagram.com/lotus.dvtr»
snapchat van het vriendje komma «snapchat.com/add/jaydenx_070» punt
Moeder verkoopt spullen via «https://www.marktplaats.nl/u/priscilla-vd-berg/31882417/».
'''
