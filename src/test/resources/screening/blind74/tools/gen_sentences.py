#!/usr/bin/env python3
"""Generates ../sentences.tsv for blind set 74. Fixed seeds; re-run reproduces byte for byte."""
import os, random
R = random.Random(7401)
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.join(HERE, '..', 'sentences.tsv')

def bsn():
    while True:
        d = [R.randint(0, 9) for _ in range(8)]
        if d[0] == 0: continue
        s = sum(w * x for w, x in zip(range(9, 1, -1), d)) % 11
        if s < 10: return ''.join(map(str, d + [s]))

def iban(bank, cc='NL'):
    acc = ''.join(str(R.randint(0, 9)) for _ in range(10))
    bban = bank + acc
    num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
    return cc + '%02d' % (98 - int(num) % 97) + bban

rows = []
def B(cat, sent, *spans): rows.append(('BLOCK', cat, ' || '.join(spans), sent))
def A(cat, sent): rows.append(('ALLOW', cat, '-', sent))

# ---------------- NAME (100)
N = [
("Sjoukje belt elke avond met haar moeder in Dokkum.", "Sjoukje"),
("vader wytse drinkt sinds de oogst weer meer, aldus moeder", "wytse"),
("Oom Auke Hoekstra haalt de jongens soms op van school.", "Auke Hoekstra"),
("Hiltsje (moeder, 1989) wil geen contact met het gebiedsteam.", "Hiltsje"),
("Tsjerk is de oudste broer en woont op het erf bij de ouders.", "Tsjerk"),
("GEZIN DIJKSTRA - HUISBEZOEK GEANNULEERD", "DIJKSTRA"),
("12-10 14:05 tel. contact met mw. Wiersma, zij huilt veel (AdV)", "Wiersma"),
("Volgens Bouma is er geen alcohol meer in huis.", "Bouma"),
("pake Jelle Sikkema komt dagelijks langs met de trekker", "Jelle Sikkema"),
("beppe Durkje past op de kleine als moeder werkt", "Durkje"),
("Mem fan Sytske seit dat der gjin rûzje mear is.", "Sytske"),
("Heit Hindrik wol net mei it wyk-team prate.", "Hindrik"),
("Broertje Jildou? nee: zusje Jildou (2019) slaapt bij moeder in bed.", "Jildou"),
("Rixt heeft de pleegzorgbegeleider gebeld over de bezoekregeling.", "Rixt"),
("Pleegvader J.H. Kuipers geeft aan dat de plaatsing onder druk staat.", "J.H. Kuipers"),
("Pleegmoeder Anneke de Vries-Terpstra is moe en overweegt te stoppen.", "Anneke de Vries-Terpstra"),
("Jurjen zit sinds september thuis zonder school.", "Jurjen"),
("de leerplichtambtenaar heeft Douwe Zijlstra (vader) opgeroepen voor verhoor", "Douwe Zijlstra"),
("Proces-verbaal opgemaakt tegen dhr. Van der Meer wegens luxe verzuim.", "Van der Meer"),
("Verzuimregistratie toont 86 lesuren afwezig voor Sietske, ongeoorloofd.", "Sietske"),
("moeder Femke Postma verklaarde dat de vakantie in Turkije al geboekt was", "Femke Postma"),
("Meindert zou volgens de mentor op het Dockinga College drugs verkopen.", "Meindert"),
("(mw. K.) overleg gehad met Gerbrich van de pleeggezinnen, zij vindt het te zwaar", "Gerbrich"),
("Stiefvader Ruurd Tjeerdsma is veroordeeld voor mishandeling in 2019.", "Ruurd Tjeerdsma"),
("Ex-partner Klaas Jan Wijbenga dreigt via WhatsApp.", "Klaas Jan Wijbenga"),
("Buurman Lolle waarschuwde de politie na geschreeuw.", "Lolle"),
("Tante Aukje uit Burgum wil als netwerkpleeggezin worden onderzocht.", "Aukje"),
("Yfke en Marrit (tweeling) slapen op één kamer met vader.", "Yfke", "Marrit"),
("Wytze's vriendin zou ook in de woning verblijven.", "Wytze"),
("Oebeles moeder heeft de school niet ingelicht.", "Oebele"),
("HALBERTSMA, GRIETJE - moeder - geen gezag", "HALBERTSMA, GRIETJE"),
("Vader (H. Dijkstra) heeft gezag samen met moeder.", "H. Dijkstra"),
("mw anne-marie westra belde om 16.30 boos naar het wijkteam", "anne-marie westra"),
("De familie Feenstra woont al drie generaties op de boerderij.", "Feenstra"),
("Moeder Shurenska Martina uit Heechterp durft niet naar huis.", "Shurenska Martina"),
("Vader Jurgen Isenia zit in Curaçao en heeft geen contact.", "Jurgen Isenia"),
("Oma Mercedes zorgt overdag voor de drie kinderen.", "Mercedes"),
("Ruthsela heeft een nieuwe vriend, volgens buren een 'gevaarlijke gast'.", "Ruthsela"),
("Kenrick (broer, 17) is aangehouden bij een steekincident in Heechterp.", "Kenrick"),
("dhr. Statia Winklaar kwam niet opdagen bij het netwerkberaad", "Statia Winklaar"),
("Moeder Rasha Al-Khatib spreekt weinig Nederlands; tolk Arabisch nodig.", "Rasha Al-Khatib"),
("Vader Mahmoud heeft nog familie in Homs.", "Mahmoud"),
("Oudste zoon Omar Haddad (2008) werkt in de kas in Berlikum.", "Omar Haddad"),
("Het gezin Alhamwi woont sinds 2022 in Camminghaburen.", "Alhamwi"),
("Bushra (tante) komt vaak en slaat de kinderen volgens R.", "Bushra"),
("Moeder Senait Tesfamariam heeft een verblijfsvergunning sinds 2023.", "Senait Tesfamariam"),
("vader yonas woont in een azc in Ter Apel", "yonas"),
("Nog gesproken met Mehari, de neef die tolkt voor het gezin.", "Mehari"),
("FAM. GEBREMEDHIN HEEFT HET GESPREK AFGEZEGD", "GEBREMEDHIN"),
("Kidane zegt dat zijn broer hem slaat met een riem.", "Kidane"),
("Vader Marco Pietersma woont met de kinderen in een chalet op het vakantiepark.", "Marco Pietersma"),
("Parkbeheerder meldt dat Chantal de kinderen 's nachts alleen laat.", "Chantal"),
("Jayden en Dean spelen tot laat buiten op het park.", "Jayden", "Dean"),
("Moeders vriend 'Rocky' (eigenlijk Roelof Kamminga) dealt vanuit het chalet.", "Rocky", "Roelof Kamminga"),
("boer Gerrit Jan Hoogeveen laat de kinderen op de trekker rijden zonder toezicht", "Gerrit Jan Hoogeveen"),
("De melkveehouder (dhr. Sipma) weigert hulp in huis.", "Sipma"),
("Moeder Janke Sipma-Bergsma is uitgeput na de tweede miskraam.", "Janke Sipma-Bergsma"),
("Knecht Piotr Nowak woont op het erf en drinkt met vader.", "Piotr Nowak"),
("Pleegkind Luuk (2014) en pleegkind Noah (2017) zitten sinds juni samen in één gezin.", "Luuk", "Noah"),
("Biologische moeder van Noah, Esmee Bakker, heeft omgang 1x per maand.", "Esmee Bakker"),
("Luuks vader zit in de PI Leeuwarden.", "Luuk"),
("Jonge moeder Demi Kooistra (19) woont begeleid bij Kinnik.", "Demi Kooistra"),
("Baby Liv is op het consultatiebureau te licht bevonden.", "Liv"),
("De vader van de baby, Ricardo, komt ondanks het contactverbod langs.", "Ricardo"),
("Demi's moeder Petra wil de baby in huis nemen.", "Demi", "Petra"),
("vriendin Kim Hofstra mag niet meer op de groep komen", "Kim Hofstra"),
("mevrouw Van der Veen van het Sociaal Wijkteam belde: het is weer mis", "Van der Veen"),
("Jeugdarts Dr. Hettinga van de GGD ziet blauwe plekken.", "Hettinga"),
("Ik heb het besproken met meester Bauke van de Sint Bonifatiusschool.", "Bauke"),
("Juf Nynke meldt dat de kleuter zonder jas en ontbijt op school komt.", "Nynke"),
("Gezinsvoogd E. Koopmans (JBN) neemt de zaak over per 1 december.", "E. Koopmans"),
("Wijkagent Harm Veenstra is op de hoogte.", "Harm Veenstra"),
("15-10 (mw. K.): gebeld met Swaantje, de schoonzus, zij ziet het ook", "Swaantje"),
("09:10 huisbezoek met Ype (AdV) - niemand thuis", "Ype"),
("De pleegzorgwerker, Marieke Holwerda, stuurt de chronologie na.", "Marieke Holwerda"),
("Chronologie: 2021 plaatsing bij fam. Tolsma in Grou, 2023 breakdown.", "Tolsma"),
("2024: doorplaatsing naar pleeggezin Yntema in Stiens.", "Yntema"),
("2025: terug naar crisispleeggezin Van Kammen-Nauta te Franeker.", "Van Kammen-Nauta"),
("Pleegbroer Siebe (22) is inmiddels zelfstandig in Harlingen.", "Siebe"),
("| Moeder | Baukje Rienstra | gezag |", "Baukje Rienstra"),
("| Broer | T. Rienstra | 16 jr |", "T. Rienstra"),
("Gezinssamenstelling: vader Pieter, moeder Ytsje, kinderen S. (2012) en A. (2015)", "Pieter", "Ytsje"),
("ALBERDA, moeder, heeft zelf jeugdhulp gehad", "ALBERDA"),
("moeder heet eigenlijk Geartsje maar noemt zich Gea", "Geartsje", "Gea"),
("ouders Folkertsma en Van Dellen zijn in een vechtscheiding verwikkeld", "Folkertsma", "Van Dellen"),
("Hylkje zegt: 'heit slacht mem as er dronken is'.", "Hylkje"),
("Vriend van vader, Nico de Jong, heeft een wapen thuis.", "Nico de Jong"),
("Opa en oma Visser nemen de telefoon niet op.", "Visser"),
("Mw. A. Boonstra (buurvrouw) heeft het filmpje aan de politie gegeven.", "A. Boonstra"),
("De leerling, Thijs Brouwer, was 14 dagen afwezig zonder melding.", "Thijs Brouwer"),
("Roos heeft zich gesneden en zit op de Kinnik-crisisopvang.", "Roos"),
("Hope (halfzus, 8) woont bij de ex-partner van vader.", "Hope"),
("Groetjes, ook namens Jorrit en Baukje (de pleegouders)", "Jorrit", "Baukje"),
("Vader Tjitte de Boer heeft op 3-11 de pleegouders bedreigd.", "Tjitte de Boer"),
("Jan-Willem Smeding is de nieuwe partner van moeder.", "Jan-Willem Smeding"),
("Zus Naomi Francisca woont in Rotterdam en wil helpen.", "Naomi Francisca"),
("MOEDER LISANNE STRIKWERDA WEIGERT HUISBEZOEK", "LISANNE STRIKWERDA"),
("Aangifte gedaan door Marit Hiemstra tegen haar ex-partner.", "Marit Hiemstra"),
("Oom Haile bracht het kind naar de SEH van het MCL.", "Haile"),
("ds. Wiebren Kalsbeek van de kerk in Anjum biedt onderdak aan de jongen.", "Wiebren Kalsbeek"),
]
assert len(N) == 100, len(N)
for s, *sp in N: B('NAME', s, *sp)

# ---------------- BIRTHDATE (18)
BD = [
("geb. 14-03-2012, woont bij pleeggezin", "14-03-2012"),
("Jeugdige: J. (07-11-2013)", "07-11-2013"),
("Geboortedatum: 2011-06-22", "2011-06-22"),
("De baby is geboren op 2 augustus 2025 in het MCL.", "2 augustus 2025"),
("pleegkind geboren 19/9/2016 te Drachten", "19/9/2016"),
("moeder (geb. 30.01.2006) woont begeleid", "30.01.2006"),
("Gebdat. 5 jan. '14", "5 jan. '14"),
("| S. | 12-12-2010 | 3e klas Piter Jelles |", "12-12-2010"),
("D.O.B. 20140418 (uit het dossier van de school)", "20140418"),
("Berne op 11 maaie 2015 yn Dokkum.", "11 maaie 2015"),
("Hij is op 3-4-2009 geboren en is dus bijna 18.", "3-4-2009"),
("zusje A. (geb 01 09 2019)", "01 09 2019"),
("Vader is geboren op 27 okt 1984 in Willemstad.", "27 okt 1984"),
("GEBOREN: 08-02-2017", "08-02-2017"),
("Jeugdige(n): T. (16-5-2011) en L. (2014)", "16-5-2011"),
("de tweeling is geboren op 9 december 2018", "9 december 2018"),
("jarig op 21-07-2013, wordt dit jaar 13 jr", "21-07-2013"),
("Geboortedatum pleegkind: 4-okt-2015", "4-okt-2015"),
]
for s, sp in BD: B('BIRTHDATE', s, sp)

# ---------------- ID_NUMBER (14)
ID = [
("cliëntnummer Kinnik 4417093", "4417093"),
("Patiëntnr MCL: 7720158", "7720158"),
("Dossier VT Friesland 2026-118734 (melding vader)", "2026-118734"),
("leerlingnummer 203391 op het Friesland College", "203391"),
("Zaaknummer rechtbank: C/17/198842 / JE RK 26-412", "C/17/198842 / JE RK 26-412"),
("V-nummer moeder 2716543098", "2716543098"),
("paspoort NW7K2P9R1 ligt bij de oom", "NW7K2P9R1"),
("ID-kaart IRH83LD02 van vader is verlopen", "IRH83LD02"),
("Ons kenmerk LPA/2026/0813-Z (proces-verbaal leerplicht)", "LPA/2026/0813-Z"),
("polisnummer zorgverzekering 58.220.417", "58.220.417"),
("clientnr. Elker: EL-55120", "EL-55120"),
("Het registratienummer bij Jeugdbescherming Noord is JBN-993104.", "JBN-993104"),
("Pleegzorgdossier 6610-48 wordt overgedragen", "6610-48"),
("DUO onderwijsnummer 1048 2239 7 van de leerling", "1048 2239 7"),
]
for s, sp in ID: B('ID_NUMBER', s, sp)

# ---------------- ADDRESS (11)
AD = [
("Moeder woont aan de Bilgaardpark 214 in Leeuwarden.", "Bilgaardpark 214"),
("adres: Tesselschadestraat 9-b, Leeuwarden", "Tesselschadestraat 9-b"),
("Vader verblijft op Haniastraat 31a sinds de scheiding.", "Haniastraat 31a"),
("het gezin is verhuisd naar de Hoofdstraat West 88 in Kollum", "Hoofdstraat West 88"),
("adres vakantiepark: Badweg 12, chalet 47 (Ee)", "Badweg 12, chalet 47"),
("De boerderij staat aan de Miedweg 3 te Wouterswoude.", "Miedweg 3"),
("Pleeggezin: Rengerslaan 140 Leeuwarden", "Rengerslaan 140"),
("Woont bij oma op de Zuiderburen 17-II", "Zuiderburen 17-II"),
("IEPENLAAN 6 HUIS 2, BURGUM", "IEPENLAAN 6 HUIS 2"),
("begeleid wonen, kamer op de Arendstuin 25 k3", "Arendstuin 25 k3"),
("Heit wennet no oan de Skoalstrjitte 4 yn Grou.", "Skoalstrjitte 4"),
]
for s, sp in AD: B('ADDRESS', s, sp)

# ---------------- POSTCODE (11)
PC = [("postcode 8921 KM", "8921 KM"), ("woonachtig in 9101AV Dokkum", "9101AV"), ("| 9251 GJ | Burgum |", "9251 GJ"),
("Nieuw adres vader: postcode 8862XR, huisnummer volgt", "8862XR"), ("pc 9291 hb kollum", "9291 hb"),
("Moeder is verhuisd naar 9203 TM (De Trisken).", "9203 TM"), ("post voor de pleegouders naar 9001 ZB", "9001 ZB"),
("9285 RC BUITENPOST", "9285 RC"), ("Postkoade 8932 BN, Leeuwarden", "8932 BN"),
("brief teruggekomen: 9231GP onbekend", "9231GP"), ("de oma woont in 9051 LE Stiens", "9051 LE")]
for s, sp in PC: B('POSTCODE', s, sp)

# ---------------- BSN (11)
bs = [bsn() for _ in range(11)]
fm = [lambda b: b, lambda b: b[:4]+'.'+b[4:6]+'.'+b[6:], lambda b: b[:3]+' '+b[3:6]+' '+b[6:], lambda b: b[:3]+'-'+b[3:6]+'-'+b[6:]]
BS = ["BSN {}", "bsn moeder: {}", "Burgerservicenummer jeugdige {}", "sofinr {} (staat in de beschikking)",
      "| BSN | {} |", "BSN pleegkind {} graag niet doorsturen", "bsn van vader is {}", "{} = BSN baby",
      "BSN: {} (uit aanvraag Jeugdwet)", "Graach it BSN fan mem: {}", "BURGERSERVICENUMMER {}"]
for i, t in enumerate(BS):
    v = fm[i % 4](bs[i]); B('BSN', t.format(v), v)

# ---------------- PHONE (11)
def mob(): return '06' + ''.join(str(R.randint(0, 9)) for _ in range(8))
ph = []
m = mob(); ph.append(("Moeder is bereikbaar op " + m, m))
m = mob(); v = m[:2] + '-' + m[2:]; ph.append(("tel vader " + v, v))
m = mob(); v = '+31 6 ' + m[2:4] + ' ' + m[4:7] + ' ' + m[7:]; ph.append(("Pleegmoeder belt vanaf " + v, v))
m = mob(); v = '0031' + m[1:]; ph.append(("tante in het buitenland, nr " + v, v))
v = '058-' + ''.join(str(R.randint(0, 9)) for _ in range(7)); ph.append(("vaste lijn oma: " + v, v))
v = '(0519) ' + ''.join(str(R.randint(0, 9)) for _ in range(6)); ph.append(("Boerderij " + v + ", na 19 uur", v))
m = mob(); v = m[:2] + ' ' + m[2:4] + ' ' + m[4:6] + ' ' + m[6:8] + ' ' + m[8:]; ph.append(("WhatsApp moeder: " + v, v))
m = mob(); v = '+316' + m[2:]; ph.append(("nieuw nummer ex: " + v, v))
v = '0512-' + ''.join(str(R.randint(0, 9)) for _ in range(6)); ph.append(("Telefoan heit " + v, v))
m = mob(); ph.append(("| Telefoon | " + m + " |", m))
v = '+599 9 ' + ''.join(str(R.randint(0, 9)) for _ in range(3)) + ' ' + ''.join(str(R.randint(0, 9)) for _ in range(4)); ph.append(("vader op Curaçao: " + v, v))
for s, sp in ph: B('PHONE', s, sp)

# ---------------- EMAIL (9)
EM = [("mail moeder: sjoukje.hoekstra87@hotmail.com", "sjoukje.hoekstra87@hotmail.com"),
("vader mailt vanaf wytse_dijkstra@gmail.com naar school", "wytse_dijkstra@gmail.com"),
("Pleegouders: fam.tolsma@ziggo.nl", "fam.tolsma@ziggo.nl"),
("e-mail: mamademi2006@outlook.com", "mamademi2006@outlook.com"),
("Stuur de brief naar r.alkhatib@live.nl", "r.alkhatib@live.nl"),
("Contact tante via senait.t@yahoo.com", "senait.t@yahoo.com"),
("MAIL VADER: MPIETERSMA@KPNMAIL.NL", "MPIETERSMA@KPNMAIL.NL"),
("ex-partner stuurt dreigmails vanaf kingkenrick@gmail.com", "kingkenrick@gmail.com"),
("boerderij.sipma@hetnet.nl (moeder leest dit)", "boerderij.sipma@hetnet.nl")]
for s, sp in EM: B('EMAIL', s, sp)

# ---------------- IBAN (9)
banks = ['RABO', 'INGB', 'ABNA', 'SNSB', 'ASNB', 'TRIO', 'BUNQ', 'KNAB', 'RBRB']
IB = ["Kinderbijslag gaat naar {}", "rekening moeder {}", "pleegvergoeding op {}", "IBAN vader: {}",
      "| IBAN | {} |", "schuldhulp: beslag op {}", "Betaal it leefjild oer op {}", "iban {} (oma)", "toeslag wordt gestort op {}"]
for i, t in enumerate(IB):
    v = iban(banks[i])
    if i in (1, 4): v = ' '.join(v[j:j+4] for j in range(0, len(v), 4))
    if i == 7: v = v.lower()
    B('IBAN', t.format(v), v)

# ---------------- URL (6)
UR = [("filmpje staat op tiktok.com/@sjoukje_dkm", "tiktok.com/@sjoukje_dkm"),
("Facebook vader: facebook.com/wytse.dijkstra.758", "facebook.com/wytse.dijkstra.758"),
("zie insta van moeder https://www.instagram.com/demi.k_2006/", "https://www.instagram.com/demi.k_2006/"),
("snapchat.com/add/kenrick-hcp (dreigberichten)", "snapchat.com/add/kenrick-hcp"),
("Vader verkoopt spullen via www.marktplaats.nl/u/marco-pietersma/9930127", "www.marktplaats.nl/u/marco-pietersma/9930127"),
("Moeder vlogt op youtube.com/@hiltsjesdei", "youtube.com/@hiltsjesdei")]
for s, sp in UR: B('URL', s, sp)

# ---------------- PLACE (50)
PL = ["Het gezin woont in Wirdum.", "Oma woont in Goutum, vlak bij de kerk.", "Verhuisd van Jirnsum naar Akkrum.",
"Vader werkt in Wergea bij een loonbedrijf.", "Zomer 2025 logeerde J. in Warten.", "Moeder wil terug naar Hurdegaryp.",
"De school in Marssum belde over het verzuim.", "Jelsum en Britsum vallen onder het gebiedsteam Leeuwarden-Noord.",
"Incident op de kermis in Koarnwert.", "Pleeggezin woont in Sibrandabuorren.", "Trein gemist in Feanwâlden, kwam pas om 22 uur thuis.",
"Boerderij ligt tussen Wouterswoude en Ee.", "In Anjum is er geen busverbinding meer na 19 uur.", "Op de boot van Holwerd naar Ameland weggelopen.",
"Tante woont in Ternaard.", "Voetbal in Metslawier op zaterdag.", "Verhuizing naar Oosternijkerk gepland.",
"Het vakantiepark ligt bij Paesens-Moddergat.", "Vader vist vaak bij Wierum.", "Moeder is opgegroeid in Heechterp.",
"De jongen hangt rond in Schieringen bij het winkelcentrum.", "Nieuwe woning in Bilgaard via de corporatie.",
"Schoolwisseling van Vrijheidswijk naar Huizum.", "In Camminghaburen is een buurtsportcoach actief.",
"Afspraak in Oldegalileën bij het wijkcentrum.", "Achter de Hoven: rustige buurt, weinig sociale controle.",
"Broer woont in Kollum, zus in Damwâld.", "MOEDER VERHUIST NAAR DRACHTEN, WIJK DE WIKEN", "tijdelijk bij vriendin in De Trisken",
"fan Grou nei Stiens ferhuze", "Berlikum is voor de kinderen vertrouwd.", "Vader zit in Franeker in de opvang.",
"Harlingen: veerhaven, daar is hij aangetroffen door de KMar.", "Surhuisterveen en Buitenpost hebben elk een eigen team.",
"Familie woont verspreid over Dokkum, Burgum en Ee.", "Vader is in Syrië geboren en via Turkije gekomen.",
"Moeder komt uit Eritrea, de oom woont in Ethiopië.", "De grootouders wonen op Curaçao en Bonaire.",
"Zomervakantie naar Polen, terug via Duitsland.", "In Friesland is de wachtlijst 14 weken.",
"Noardeast-Fryslân heeft de zaak overgedragen aan Leeuwarden.", "Ee en Anjum liggen aan de dijk, weinig voorzieningen.",
"Vader gaat elke week naar Ter Apel voor zijn broer.", "Het kamp was bij Oranjewoud, vlak bij Heerenveen.",
"Moeder werkt in Joure bij een distributiecentrum.", "Ze zijn in Wijnjewoude bij vrienden ondergedoken.",
"Jongen is aangetroffen in Sneek, 's nachts op straat.", "Zus logeert in Oudega (Smallingerland).", "verhuisd naar Lemmer, maar school blijft in Drachten",
"Fan Wjelsryp nei Tsjom mei de bus, dat is te fier."]
for s in PL: A('PLACE', s)

# ---------------- INSTITUTION (50)
IN = ["Opname op de kinderafdeling van het MCL.", "Controle bij Antonius Sneek, polikliniek kindergeneeskunde.", "Bevalling in Nij Smellinghe Drachten.",
"Verwezen naar de Tjongerschans voor een echo.", "Aanmelding bij GGZ Friesland, afdeling jeugd.", "Kinnik biedt begeleid wonen voor jonge moeders.",
"Accare heeft de diagnostiek gedaan.", "Reik doet de opvoedondersteuning thuis.", "Elker heeft een ambulant traject gestart.",
"Jeugdhulp Friesland heeft een wachtlijst van 10 weken.", "Jeugdbescherming Noord voert de OTS uit.", "Veilig Thuis Friesland heeft de melding onderzocht.",
"Het Sociaal Wijkteam Leeuwarden heeft procesregie.", "gebiedsteam Noardeast-Fryslân neemt het over", "Partoer organiseert de buurtbemiddeling.",
"Elkien heeft een huurachterstand gemeld.", "Woonfriesland dreigt met ontruiming.", "Thús Wonen biedt een urgentiewoning aan.",
"Politie Noord-Nederland, basisteam Leeuwarden, is betrokken.", "Leerling zit op Piter Jelles.", "Vader volgde een opleiding bij het Friesland College.",
"De mentor van het Dockinga College maakt zich zorgen.", "Lauwers College in Buitenpost meldt verzuim.", "Drachtster Lyceum: schorsing van 2 dagen.",
"Moeder studeert aan NHL Stenden.", "De kleuter gaat naar de Sint Bonifatiusschool.", "Christelijk Gymnasium Beyers Naudé vraagt om een overleg.",
"PIETER JELLES (NIJLÂN) HEEFT DE LEERPLICHT INGESCHAKELD", "Het Leger des Heils Friesland heeft een bed in de nachtopvang.", "Fier Fryslân biedt de opvang, niet het Centrum Seksueel Geweld.",
"Verslavingszorg Noord Nederland (VNN) is gestart met vader.", "Raad voor de Kinderbescherming locatie Leeuwarden doet onderzoek.", "Rechtbank Noord-Nederland, locatie Leeuwarden, zitting gepland.",
"COA-locatie Burgum heeft het gezin eerder opgevangen.", "Vluchtelingenwerk Noord Nederland helpt met de papieren.", "De moskee in Leeuwarden biedt huiswerkbegeleiding.",
"Het Bolwerk? nee, bedoeld is Zorgboerderij It Lyts Pleats.", "Kinderdagverblijf Thuis ligt vlak bij het station.", "Stichting De Hoop doet de verslavingszorg.",
"VV Dokkum, het voetbalteam van de oudste.", "Sportvereniging Rap en Rein is een veilige plek voor S.", "MFC De Skalm in Hurdegaryp",
"GGD Fryslân, jeugdgezondheidszorg, ziet het kind op 4 jaar.", "Huisartsenpraktijk Bilgaard doet de somatische controle.", "Zienn begeleidt het pleeggezin? Nee, Spirit? Nee: het is De Bonte Hoek.",
"Ziekenhuis Tjongerschans en Nij Smellinghe hebben gegevens gedeeld.", "Wilhelmina Kinderziekenhuis in Utrecht voor een second opinion.", "Juliana Kinderziekenhuis heeft het kind gezien.",
"Stichting Sint Jozef? Nee, het is Sint Anthony Gasthuis in Sloten.", "Pleegzorg van Jeugdhulp Friesland doet de matching."]
for s in IN: A('INSTITUTION', s)

# ---------------- EVENT_DATE (30)
ED = ["Melding ontvangen op 14-10-2026.", "Huisbezoek 03-11-2026 om 10.30 uur.", "Op 2026-09-17 is vader aangehouden.",
"Zitting kinderrechter op 24 november 2026.", "di 10 nov '26 netwerkberaad in Dokkum", "ma 19/10 14:00 overleg school (AdV)",
"Plaatsing bij crisispleeggezin op 01-06-2025.", "Opname MCL van 12-08-2026 t/m 15-08-2026.", "Verzuim gemeld op 9 september 2026, proces-verbaal 30-09-2026.",
"Geboorte van de baby was een week te vroeg; eerste controle 4-3-2026.", "Consultatiebureau 12-04-2026: gewicht p3.",
"Op 18-02-2013 is de eerste melding gedaan (oude zaak).", "06-10-2026 09:15 telefonisch overleg met de gezinsvoogd", "Breakdown pleeggezin op 30 april 2024.",
"Wk 46 evaluatie, wk 50 tweede evaluatie.", "Sinds Sinterklaas 2025 geen contact.", "Na de herfstvakantie (wk 43) weer naar school.",
"Jarig geweest op 14-10 (feestje afgezegd).", "Op 11 novimber 2026 is it petear west.", "20261105_verslag_huisbezoek.docx",
"Ingangsdatum OTS: 15-01-2026, einddatum 15-01-2027.", "Incident in de nacht van 31-12 op 1-1.", "Verhoor leerplicht 2 okt. 2026.",
"Datum inbreng: 17-11-2026", "Opname moeder in Nij Smellinghe op 22-09-2026 wegens oververmoeidheid.",
"12/11/2026 huisbezoek samen met wijkagent", "Laatste schooldag was 3 juli 2026.", "OP 28-10-2026 AANGIFTE BIJ DE POLITIE",
"Kerst 2025 bij oma in Kollum gevierd, daar ging het mis.", "Vader is op 5-11-2026 vrijgelaten."]
for s in ED: A('EVENT_DATE', s)

# ---------------- PROFESSIONAL (30)
PR = ["Inbrenger: Ilse van Gorkum, gezinscoach, Sociaal Wijkteam Leeuwarden", "Vaste deelnemer: Hessel Rijpma, Veilig Thuis Friesland",
"Gedragsdeskundige geraadpleegd: Ja, dr. Amina Boukhari (GZ-psycholoog Jeugdhulp Friesland)", "Inbrenger (naam, functie, organisatie): Ruben Okafor, gezinsvoogd, Jeugdbescherming Noord",
"Vaste deelnemer: Trijntje Schaafsma, gebiedsteam Noardeast-Fryslân", "De jeugdarts van de GGD heeft het kind gezien.", "gezinsvoogd van Jeugdbescherming Noord is per 1-11 gewisseld",
"De leerplichtambtenaar van de gemeente Leeuwarden heeft een proces-verbaal opgemaakt.", "Wijkagent basisteam Leeuwarden is geïnformeerd.",
"De mentor en de zorgcoördinator van het Lauwers College waren aanwezig.", "Pleegzorgbegeleider heeft de chronologie gestuurd.",
"Kraamverzorgende meldt zorgen over de hygiëne.", "De huisarts heeft doorverwezen naar de kinderarts.", "De tolk Tigrinya was telefonisch aanwezig.",
"Ambulant hulpverlener van Reik komt 2x per week.", "(AdV) en (mw. K.) deden samen het huisbezoek.", "De casemanager dementie van oma is op de hoogte.",
"Schuldhulpverlener van de gemeente heeft een budgetplan gemaakt.", "Gebiedsteammedewerker Dokkum belt maandag terug.", "Medewerker statushouders van Vluchtelingenwerk begeleidt het gezin.",
"de parkbeheerder heeft het gebiedsteam gebeld", "Jeugdverpleegkundige van de GGD Fryslân doet de huisbezoeken.", "Raadsonderzoeker van de RvdK start in december.",
"GEDRAGSWETENSCHAPPER JEUGDHULP FRIESLAND IS GERAADPLEEGD", "De voorzitter van het VHT vraagt om aanvulling.", "Consulent Elkien heeft het huurcontract besproken.",
"Begeleider begeleid wonen (Kinnik) ziet moeder dagelijks.", "Inbrenger: Jan Eelke Dijkhuis, leerplichtambtenaar, gemeente Noardeast-Fryslân",
"Vaste deelnemer: Oksana Melnyk, Sociaal Wijkteam Leeuwarden", "Gedragswetenschapper geraadpleegd: ja, orthopedagoog van Accare"]
for s in PR: A('PROFESSIONAL', s)

# ---------------- AGE (20)
AG = ["J. is 14 jaar.", "de baby is 3 mnd", "Moeder is 19 jaar en woont begeleid.", "Pleegkinderen van 9 en 12 jaar.", "Vader (42) heeft geen werk.",
"DE JONGEN IS 16 EN ZIT NIET OP SCHOOL", "Oma is 78 en kan het niet meer aan.", "Het meisje is tolve jier.", "Leeftijd: 7 jr", "Kinderen van 2, 5 en 8 jaar.",
"Bijna 18: overgang naar volwassenenzorg.", "peuter van 2,5 jr", "Hij is 15 jaar en 3 maanden.", "De tweeling wordt volgende maand 6.",
"S. (2012) is nu 14.", "broertje D. (2019), 7 jaar", "leeftijd moeder 34", "een kind van 11 met een licht verstandelijke beperking",
"Oudste (17) zorgt voor de jongsten.", "Pleegkind is 10 jaar, woont er sinds zijn 6e."]
for s in AG: A('AGE', s)

# ---------------- ORG_NUMBER (20)
ON = ["Veilig Thuis: 0800-2000.", "Bij acuut gevaar 112 bellen.", "Kindertelefoon 0800-0432", "113 Zelfmoordpreventie: 0800-0113",
"Gemeente Leeuwarden: 14 058", "Noardeast-Fryslân: 14 0519", "KvK-nummer zorgaanbieder: 01098765", "AGB-code praktijk 94-012346",
"VHT-2026-0117 (vervolg op VHT-2025-0094)", "methylfenidaat 3 dd 10 mg", "risperidon 0,5 mg voor de nacht", "ARIJ-score: 7 risicofactoren",
"Veiligheidsscore inbrenger 3, moeder 6", "86 lesuren ongeoorloofd verzuim, 12 keer te laat", "Boete leerplicht: 100 euro per ouder",
"huurachterstand € 2.340", "Politie geen spoed: 0900-8844", "Bus 51 van Leeuwarden naar Dokkum", "Artikel 2 lid 1 Leerplichtwet", "Meldcode stap 5: besluit melden"]
for s in ON: A('ORG_NUMBER', s)

R2 = random.Random(7402); R2.shuffle(rows)
with open(OUT, 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, (e, c, sp, s) in enumerate(rows, 1):
        fh.write('B74-%03d\t%s\t%s\t%s\t%s\n' % (i, e, c, sp, s))
print(len(rows))
