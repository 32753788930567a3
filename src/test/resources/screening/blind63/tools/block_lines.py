# Hand-written BLOCK lines for blind set 63. «…» marks a span. Placeholders {BSN:style} / {IBAN:cc:bank:style}
# are filled by gen_sentences.py with random valid numbers (fixed seed).
NAME = r"""
Moeder «Agnieszka Wiśniewska» werkt van juni tot oktober bij een fruitteler in Zoelen.
vader («Marek») plukt peren in Geldermalsen en is pas na achten thuis
Dhr. «Ionuț Popescu» is zijn contract bij de kwekerij kwijtgeraakt en slaapt nu in een stacaravan.
[03-11-2026 21:14] «Shurenska»: yu ta bon? kom nu naar huis 🙏 [gebed-emoji]
De rninderjarige verblijft thans bij cliënte, rnevrouw «Kozlowska», te Ti el.
Namens mijn cliënte, mevrouw «E. Dumitrescu», verzoek ik u de omgangsregeling op te schorten.
wederpartij, de heer «Y. Aksoy», houdt zich sinds augustus niet aan de omgangsregeling
Oma «Emine» past op de kinderen als moeder in de Kringloop in Tiel werkt.
Oom «Rojhat» (broer van vader) heeft gedreigd de kinderen mee te nemen naar Turkije.
Vader «Haider Al-Jubouri» spreekt weinig Nederlands; bij gesprekken een tolk Arabisch.
De kinderen helpen na school in het restaurant van oom «Wei Chen» aan de Lingedijk.
«LIANG MEI» (MOEDER) WIL GEEN TOLK, ZOON VERTAALT
Tata «Roderick Martis» heeft geen gezag en woont sinds 2024 weer op Curaçao.
Het gezin woont op een woonboot bij Ochten; vader «Gerrit-Jan» regelt alles zelf en laat niemand aan boord.
Kinderen: «Noor» en «Sem Verhoef», stiefzus «Lotte Brinkman», halfbroer «Jayden de Ruiter».
stiefvader «Van Bommel» kookt en brengt de kinderen naar de Anne Frankschool
«Janssens» (stiefmoeder) wil niet bij het netwerkberaad zijn.
«Ramona»'s vriend slaapt er sinds de zomer en is dan dronken.
«Emre»'s broer zit op het Lingecollege en heeft daar ook problemen.
buurvrouw «Tineke» belde 112 toen ze glas hoorde breken
Volgens «Hendriksen» (buurman aan de dijk) is er bijna elke avond geschreeuw.
ex-partner «Rick van Kooten» mag niet bij de woonboot komen (contactverbod tot 1-3-2027).
cliënte is de moeder van de minderjarige en de ex-partner van de heer «Sch oonderwoerd»
rnevr. «H. Ver-heul» verklaarde tegenover de politie dat zij niets had gezien.
Betreft: omgangsregeling minderjarige, zaak «Koçak» / «Ya1çın»
moeder «Sevgi Karatas-Gul» heeft de kinderen op 12-10 bij haar zus in Culemborg gebracht
Mevrouw «Gülsüm Aksoy-Erdoğan» vraagt of de omgang begeleid kan worden.
[22:41] «Berfin»: hij staat weer voor de deur 😡😡 [boos-emoji] wat moet ik doen
«Welat» (oudste zoon, 19) grijpt in als vader gaat slaan.
mama «Zahraa» durft niet alleen naar de huisarts
de zoon van «Hussein Kadhim» is geschorst van het Koningin Wilhelmina College
Bij de vorige uithuisplaatsing woonden de kinderen bij tante «Ruqaya» in Nijmegen.
«Xiaoling Zhou» (oudste dochter) vertaalt voor moeder bij de huisarts.
Vader «Chen Jun» werkt zeven dagen per week in de keuken; de kinderen zijn 's avonds alleen boven het restaurant.
buurjongen «danny zhou» heeft de politie gebeld
Oma «Giselle Wawoe» zorgt voor de twee jongsten; zij zegt "mi yu mester bai skol".
«Rignald Cijntje», tata di e yunan, belt elke week vanuit Willemstad.
Moeder en vriendin «Anushka Maduro» zijn samen op stap gegaan, kinderen alleen thuis.
«Sherwin» (vriend van moeder) is bekend bij de politie basisteam Rivierenland.
Op de woonboot wonen ook opa «Bertus» en zijn hond.
opa «teunis van ingen» laat de kinderen achter de tractor op de dijk rijden
fam. «Van Buren» (schoonfamilie) woont in Maurik en wil de kinderen opvangen.
De ex van moeder, «Dirk-Jan Verwoerd», heeft haar op 4-9 bij de Jumbo in Geldermalsen belaagd.
«Hanneke van Tuijl», de moeder van de stiefkinderen, is niet geïnformeerd.
«Arie» (stiefopa) heeft een wapenvergunning en bewaart geweren in de schuur.
Tante «Jannie» uit Beesd is de enige uit het netwerk die nog komt.
«Ria van Mourik» (buurvrouw) is contactpersoon in het veiligheidsplan.
volgens «Gijs den Hartog» (voetbaltrainer van de jongste) komt de jongen vaak hongerig op de training
«Merel» zit in groep 6 en plast sinds de scheiding weer in bed.
«Linde» en haar stiefbroer «Mees» hebben ruzie gehad met een mes.
"Wij gaan naar «Fleur» haar vader," zei de jongste.
jeugdarts dr. «Pieters» van Ziekenhuis Rivierenland zag blauwe plekken op beide armen
Mevrouw «Stam» van Kwadraad belde op maandag dat de deur niet werd opengedaan.
gezinsvoogd «Sandra Kuipers» (Jeugdbescherming Gelderland) is ziek, vervanging onbekend
Dhr. «Bakırcı» van het Sociaal Team Tiel heeft het huisbezoek afgezegd.
De wijkagent, «Ruud Kwakernaak», kent het gezin al jaren.
Gesprek met «Bartosz Kowalczyk» en zijn vriendin gevoerd op de camping in Lienden.
«Magdalena» (moeder) spreekt Pools en een beetje Duits, geen Nederlands.
«Krzysztof Lewandowski-Nowak» is volgens het uitzendbureau vertrokken naar Polen.
de dochter «Oliwia» wil niet terug naar Polen, zegt ze tegen de mentor
«Łukasz» (stiefbroer, 17) past 's nachts op de kleintjes in de caravan.
Moeder «Ionela Stan» en oom «Florin Munteanu» delen één kamer met vier kinderen.
«MĂDĂLINA GEORGESCU» - MOEDER - GEEN VASTE WOONPLEK
de oudste, «Bianca», brengt de jongste naar de opvang in Kesteren
Volgens «Costel» (vader) is slaan in Roemenië normaal opvoeden.
Tolk via telefoon, gesprek met «Andreea Matei» (tante) over opvang.
| broer | «Kacper» | 14 jaar | Opheusden |
| Moeder | «Songül Şahin» | tolk nodig |
| stiefvader | «DE BRUIN, ROB» |
Vader | «Ömer Aslan» | gezag: ja
Aanwezig: moeder, stiefvader «Wim» en oma «Teuntje», gezinsvoogd.
ter info: «Kadir» (vader) zit vanaf vandaag in de PI, zegt moeder
«Elif» en «Burak» zijn de kinderen van de nieuwe partner van vader.
mw «Güneş» gaf aan dat ze vader vanaf nu niet meer binnenlaat
«zana» (neef van vader) brengt drugs mee naar huis, zegt de oudste
[09:03] Mama: «Dilan» is niet naar school geweest 😢 [huilend-emoji]
[09:05] «Rojda»: ik ga haar halen 👍 [duim-emoji]
De minderjarige heeft op 2 oktober het huis van cliënt, de heer «Tekin», verlaten.
Cliënte verzet zich tegen het verzoek van de wederpartij, de heer «M. van Wijk-Schipper», tot uitbreiding van de omgang.
Wij verwijzen naar de e-mail van mr. «Verbeek», advocaat van de wederpartij.
VADER «MUSTAFA AL-SAADI» HEEFT EEN STRAATVERBOD
Het jongste kind van «Evert» is in Rijnstate opgenomen geweest.
Hr. «Mulder» (eigenaar fruitbedrijf) stelt de caravan beschikbaar.
Moeder en «Schipper» (nieuwe partner) wonen samen op de woonboot in Heteren.
Na de zitting bij de rechtbank Gelderland is «Jurgen» (stiefvader) vertrokken.
«Esthela» (oma, Curaçao) komt in december drie maanden over.
De jeugdige zegt: "mama en «Giovanni» schreeuwen de hele nacht."
moeder belt steeds met «Lin Yan» (vriendin uit het restaurant), ook midden in de nacht
«A.J. van Beusekom» (stiefvader) weigert mee te werken aan het veiligheidsplan.
fam «Van Est» woont op de boerderij naast het gezin
Stiefzus «Sophie Verhoef-Brinkman» (16) zegt dat zij alles hoort.
Bij overdracht: gezinsvoogd «Petra Lagerwey» was aanwezig bij de zitting.
«Ayaan» (3) is blind aan één oog sinds de val van de trap.
De peuter, «Yara», zat alleen in de auto voor de Action in Culemborg.
«PIOTR» en «ALEKSANDRA» zijn de ouders; beiden werken in de kassen.
oma «Geertruida Hol» neemt de kinderen vanaf vrijdag op.
De heer «Niculescu» heeft de kinderen op 1 november niet teruggebracht na het weekend.
«Brenda» (moeder, 28) wordt begeleid door Pluryn, beschermd wonen.
Vriend van moeder, «Ricardo Bonifacio», is op 14-11 door de politie meegenomen.
mw. «Roelofsen» (oma vaderskant) heeft een omgangsverzoek ingediend bij de rechtbank.
""".strip().split('\n')

BIRTHDATE = r"""
Moeder geboren op «13-6-1994» in Tiel.
geb. «04.11.2012» (jongste)
Jeugdige: J. («21-02-2011»)
D.o.b. vader: «1987-08-30»
De minderjarige, geboren «17 juli 2014» te Culemborg, verblijft bij cliënte.
Geboortedatum: «3/9/2016»
| baby | «12-05-2026» | 6 mnd |
GEB. «19 JAN 2013» TE GELDERMALSEN
kind werd op «9 maart '15» geboren, in de auto op de A15
oudste dochter (geb. «2010-12-01») wil bij oma wonen
Oma werd «25-10-1961» geboren in Willemstad (Curaçao).
Stiefzus geboren «8-okt-2009»
dob: «20160704»
[18:22] Mama: K. is vandaag jarig, geboren «07-12-2017» ❤️ [hart-emoji]
L. (geb. «24 feb. 2019») gaat naar de peuteropvang in Est.
geboren: «11 - 04 - 2012»
De zoon, geboren op «2 augustus 2010», is de oudste uit het eerste huwelijk.
Broertje: S. («30-01-2020»)
""".strip().split('\n')

ID_NUMBER = r"""
Zaaknummer rechtbank Gelderland: «C/05/412877 / FA RK 26-1983»
cliëntnummer Lindenhout «LH-2061174»
Ons kenmerk: «KLK/2026/0318-Ak»
dossiernummer VT «VTGZ-26-004417»
patiëntnummer Ziekenhuis Rivierenland «3381092»
leerlingnummer «104577» (Lingecollege)
paspoortnr. moeder «NXK8F21P4»
ID-kaart vader: «IRQ 10472219»
V-nummer «2471038856» (IND)
registratienr. Pluryn «PL-0094412»
De jeugdige staat bij Karakter ingeschreven onder «K-26-07713».
polisnummer zorgverzekering «88217460»
Uw kenmerk «MvW/26/112» — namens cliënte
rijbewijsnummer vader «5201847730»
""".strip().split('\n')

ADDRESS = r"""
Moeder woont nu op «Waalbandijk 14a» in Dodewaard.
adres oma: «Achterstraat 31» Asperen
Het gezin verhuisde naar «Stationsstraat 7-II» in Culemborg.
vader slaapt in een caravan op het erf «Lingedijk 112» bij Heukelum
De woonboot ligt aan de «Waalkade 2» (ligplaats) in Tiel.
STIEFVADER: «KERKSTRAAT 9 B», HETEREN
cliënte is woonachtig aan de «Dorpsstraat 44» te Zetten
| adres | «Hoogeind 3» Echteld |
Seizoenswerkers wonen op «Tielerweg 201» in Ophemert.
Oom woont op «Ambachtstraat 18 hs» Culemborg.
moeder: 'we zitten nu op de «Rijksstraatweg 56-bis», bij mijn zus'
""".strip().split('\n')

POSTCODE = r"""
postcode moeder: «4001 LS»
Vader is verhuisd naar «4101BJ» Culemborg.
Opa woont in «4191 ka» Geldermalsen.
| postcode | «6658 DA» |
Het gezin staat ingeschreven op «4043 JR» Opheusden.
postadres: 4000 Tiel, nee: «4005 EH»
Oma verhuisde naar Beesd, «4153 AB».
WOONBOOT LIGPLAATS «6669 MR» DODEWAARD
[20:10] Moeder: nieuw adres is «6666 LB» Heteren 🏠 [huis-emoji]
cliënte: «4031ND» Ingen
Vriend woont in «6671 XC» Zetten.
""".strip().split('\n')

BSN = r"""
BSN moeder: «{BSN:plain}»
bsn jongste «{BSN:dots}»
Burgerservicenummer vader «{BSN:spaces}»
| BSN | «{BSN:plain}» |
De minderjarige (BSN «{BSN:plain}») staat niet ingeschreven.
sofinr./BSN oma «{BSN:dashes}»
[10:15] Moeder: hier zijn bsn van mij «{BSN:plain}» 🙏
BSN: «{BSN:8}» - 8 cijfers, zo staat het op de oude brief van de gemeente
de jongste heeft bsn «{BSN:dots}» gekregen na de inschrijving in Tiel
burgerservicenr. baby «{BSN:plain}»
nummer gemeente (BSN) «{BSN:spaces}» - stiefvader
""".strip().split('\n')

PHONE = r"""
Moeder is bereikbaar op «06-38127745».
tel vader «+31 6 51 20 47 83»
[08:12] Tata: bel mi «06 2239 8410» 📞 [telefoon-emoji]
Oma (Curaçao): «+599 9 561 2034»
mobiel stiefvader «0644102917»
| telefoon | «0344-617293» |
Vader belt vanaf een Pools nummer: «+48 512 337 906».
neem contact op met oom «0031 6 1947 2286»
Woonboot heeft geen vast nummer, vader: «06-1077 3921»
buurvrouw «(0345) 57 12 08» belde 112
Moeder (Roemeens nummer) «+40 741 228 905»
""".strip().split('\n')

EMAIL = r"""
Moeder mailt vanaf «agnieszka.w1994@gmail.com».
e-mail vader: «haider.jubouri77@hotmail.com»
[21:30] Mama: stuur het naar «shurenska.yu@outlook.com» aub 🙏
Cliënte is bereikbaar via «e.dumitrescu.tiel@yahoo.com».
stiefvader «rob.debruin.bemmel@ziggo.nl»
| e-mail | «gerritjan.woonboot@kpnmail.nl» |
Vader schreef op 3-11 vanaf «chenjun.restaurant88@gmail.com».
mail oma: «teuntje.hol@live.nl»
Oudste dochter: «xiaoling.z2009@icloud.com»
""".strip().split('\n')

IBAN = r"""
Rekening moeder: «{IBAN:NL:RABO:grouped}»
IBAN vader «{IBAN:NL:INGB:compact}»
[19:02] Moeder: kan je geld storten op «{IBAN:NL:ABNA:grouped}» 🙏
Vader laat loon storten op een Poolse rekening «{IBAN:PL:-:grouped}».
| IBAN | «{IBAN:NL:SNSB:compact}» |
Leefgeld via de Kredietbank naar «{IBAN:NL:TRIO:lower}»
Oma (Roemenië) rekening «{IBAN:RO:BTRL:grouped}»
Stiefvader betaalt alimentatie van «{IBAN:NL:RABO:compact}».
rekeningnr cliënte «{IBAN:NL:BUNQ:grouped}» (beslag)
""".strip().split('\n')

URL = r"""
Stiefzus zet filmpjes op «https://www.tiktok.com/@lottebrinkman_06».
Facebook vader: «facebook.com/marek.kowal.3107»
[23:50] Dochter: hij heeft foto's op «instagram.com/berfin.tiel_» gezet 😭
Oom verkoopt spullen via «https://www.marktplaats.nl/u/rojhat-k/27731904/».
Snapchat oudste: «https://www.snapchat.com/add/welat_tl»
Moeder heeft een eigen site: «www.nagelsdoorshurenska.nl/over-mij»
""".strip().split('\n')
