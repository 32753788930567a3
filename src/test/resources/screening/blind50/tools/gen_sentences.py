#!/usr/bin/env python3
"""Generate sentences.tsv for blind set 50 (fixed seed). Run from anywhere."""
import os, random, re
R = random.Random(5050)
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def elf(d):
    if len(d) == 8: d = '0' + d
    if len(d) != 9: return False
    return sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8]) == 0 or \
        (sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])) % 11 == 0
def bsn(n=9):
    while True:
        d = ''.join(R.choice('0123456789') for _ in range(n))
        if d[0] != '0' and elf(d): return d
def noelf(n=8):
    while True:
        d = str(R.randint(10**(n-1), 10**n - 1))
        if not elf(d.zfill(9) if n == 8 else d) and not elf(d): return d
def iban(cc, bank, n):
    acct = ''.join(R.choice('0123456789') for _ in range(n))
    base = bank + acct
    num = ''.join(str(int(c, 36)) for c in base + cc + '00')
    chk = 98 - int(num) % 97
    return '%s%02d%s' % (cc, chk, base)
def grp(s): return ' '.join(s[i:i+4] for i in range(0, len(s), 4))

B = []  # (cat, sentence, [spans])
def b(cat, sent, *spans): B.append((cat, sent, list(spans)))
A = []
def a(cat, sent): A.append((cat, sent))

# ---------------- NAME (100)
N = [
("Oma Gerritdina Nijkamp zegt: 'wiej doot dat nooit zo, de jongen mot gewoon luustern'.", 'Gerritdina Nijkamp'),
("ZORGEN -> vader (Harm-Jan) slaat met de riem, aldus J.", 'Harm-Jan'),
("Müller, Jens - stiefvader, woont deels in Gronau", 'Müller, Jens'),
("mw. Lohuis-Kampboer (oma mz) vangt de kinderen op na schooltijd", 'Lohuis-Kampboer'),
("- broer Berend (2009) zit op de vrachtwagen bij oom", 'Berend'),
("Gesproken met Aho Barsom, oom van vaderszijde, in de kerk aan de Boddenkampstraat.", 'Aho Barsom'),
("Kübra heeft blauwe plekken op de bovenarm, zegt dat haar broer dat deed", 'Kübra'),
("tante ria woont om de hoek en 'oet alles in de gaten'", 'ria'),
("SCHULTE-BRINKMANN, HEIKE | moeder | Nordhorn", 'SCHULTE-BRINKMANN, HEIKE'),
("Volgens Wattimena (opa) is er thuis 'gin probleem, dat hebt wiej zelf op'", 'Wattimena'),
("dhr. G.J. ter Haar, ouderling, heeft met vader gesproken over de straffen", 'G.J. ter Haar'),
("Emre's vader was op het bureau in Hengelo na de vechtpartij", 'Emre'),
("De zus van moeder, Aaltje, wil niet dat de kinderen bij haar slapen.", 'Aaltje'),
("vriend van moeder = Dennis Olthof, 34 jr, drinkt veel", 'Dennis Olthof'),
("Lekatompessy, Maria (moeder) | aanwezig bij gesprek", 'Lekatompessy, Maria'),
("Zoon Yakub Gabriel is bang voor de neven uit Hengelo", 'Yakub Gabriel'),
("ex-partner Marco zit sinds de zomer in de woonwagen bij zijn moeder", 'Marco'),
("Buurvrouw mevr. Oude Luttikhuis belde 's nachts de politie", 'Oude Luttikhuis'),
("-> oma Trui past op, maar die is zelf slecht ter been", 'Trui'),
("Hüseyin Kaya (schoonvader) bepaalt wat er in huis gebeurt", 'Hüseyin Kaya'),
("zorgformulier school: 'Lieke komt vaak zonder ontbijt en te laat'", 'Lieke'),
("Terhorst, Sven — leerling groep 7, vader van de jeugdige is zijn oom", 'Terhorst, Sven'),
("MOEDER WIL NIET DAT JANNES NOG BIJ OPA SLAAPT", 'JANNES'),
("Pattiasina (de buurman) heeft de jongste uit het water gehaald", 'Pattiasina'),
("Vader zegt over zijn broer Gert: 'dat is ene van de slechtste'", 'Gert'),
("familie Morsink uit de buurtschap biedt opvang aan", 'Morsink'),
("E. Hofste, grootvader, heeft de voogdij-aanvraag ondertekend", 'E. Hofste'),
("Nesrin belde huilend vanaf het station in Almelo", 'Nesrin'),
("Gesprek met moeder en haar nieuwe vriend Rüdiger op 12 nov.", 'Rüdiger'),
("Opa Willem Kolkman komt elke zondag na de kerk langs.", 'Willem Kolkman'),
("Dictaat: moeder vertelt dat Ilse, de oudste, zichzelf snijdt sinds de zomervakantie", 'Ilse'),
("broertje thijmen (2019) ging mee naar de ZGT-poli", 'thijmen'),
("Vader noemt zijn schoonmoeder 'die Slagman' en wil haar niet over de vloer", 'Slagman'),
("Tuhumury-Sahetapy, Johanna | oma | mantelzorg", 'Tuhumury-Sahetapy, Johanna'),
("Rijssense kerkenraad: br. Pluimers heeft het gezin bezocht", 'Pluimers'),
("Meisje zegt: 'Dewi mag niet weten dat ik dit vertel'", 'Dewi'),
("neef Ricardo Wagenaar woont op hetzelfde kamp en dreigt met de hond", 'Ricardo Wagenaar'),
("mevrouw Yavuz, de moeder, spreekt weinig Nederlands; tolk geregeld", 'Yavuz'),
("VADER: BARSOUM, GABRIEL (geb. Midyat)", 'BARSOUM, GABRIEL'),
("Stiefmoeder Anja wil de kinderen 'nie meer in huus'", 'Anja'),
("melding van de buren: Bennie schreeuwt iedere avond tegen de kinderen", 'Bennie'),
("- moeder -> nieuwe relatie met Thorsten Heller uit Bad Bentheim", 'Thorsten Heller'),
("Afgesproken dat Oom Hendrik niet meer alleen met de meisjes is.", 'Hendrik'),
("In het zorgformulier staat dat Fenna zich terugtrekt in de pauzes.", 'Fenna'),
("juf meldt: Mats vertelt over slaan met een houten lepel", 'Mats'),
("Oude Wesselink, Bertus (oom) | boerderij Lattrop | geen contact", 'Oude Wesselink, Bertus'),
("Moeder en Sevda (zus van moeder) kwamen samen naar het wijkteam.", 'Sevda'),
("hr. Klein Gunnewiek, werkgever van vader, heeft hem ontslagen na de aanhouding", 'Klein Gunnewiek'),
("Jurre wil alleen praten als de hond erbij mag", 'Jurre'),
("oma manuhutu kookt op vrijdag voor het hele gezin", 'manuhutu'),
("Het vriendje van L., Levi Brookhuis, verspreidde de foto's.", 'Levi Brookhuis'),
("Vader: 'Daniël mot zich gewoon gedragen, dan is er niks an de hand'.", 'Daniël'),
("ex van moeder (Kevin-Jan) heeft een contactverbod", 'Kevin-Jan'),
("Dhr. Haarman (buurman) heeft het geschreeuw gefilmd", 'Haarman'),
("Grootmoeder Lamia Isa regelt de financiën van het gezin", 'Lamia Isa'),
("- zus Roos (2008) is het huis uit, woont bij vriend", 'Roos'),
("Moeder zegt dat Wolbers haar ex-man nog steeds geld leent", 'Wolbers'),
("Voorlopige afspraak: Gerdien haalt de kinderen op woensdag op.", 'Gerdien'),
("WEBER, KLAUS, Vater, Jugendamt informiert", 'WEBER, KLAUS'),
("Vader (Arjan Wessel) ontkent alles en wil een second opinion", 'Arjan Wessel'),
("Elif vertelt dat haar vader haar telefoon afpakt en controleert", 'Elif'),
("dochter van de buren, Merel, is de enige vriendin", 'Merel'),
("Boer Nijhuis uit Manderveen heeft de jongen op het erf laten werken", 'Nijhuis'),
("Tessa's moeder stuurde een boze app naar de mentor", 'Tessa'),
("vriendin van moeder, Chantal Kappert, zegt dat het 'al jaren zo gaat'", 'Chantal Kappert'),
("Aanvulling: de stiefbroer heet Luuk en is 17.", 'Luuk'),
("oom Ilyas Malke dreigde bij de bruiloft in Hengelo met een mes", 'Ilyas Malke'),
("K. zegt dat Bram hem uitscheldt voor 'mietje'", 'Bram'),
("Voortman (vader) werkt in ploegendienst bij de fabriek", 'Voortman'),
("huisarts meldt: patiënte Anneke Lubbers verscheen met verwondingen aan de pols", 'Anneke Lubbers'),
("Sinan haalt zijn zusje niet meer op van school", 'Sinan'),
("Moeder: 'Ik heb d'r gin zin an dat Jolanda zich overal mee bemoeit'", 'Jolanda'),
("Opa Bernard Kleissen heeft de jongens leren jagen", 'Bernard Kleissen'),
("gezinsleden: moeder, S. (2012), stiefvader Ronald", 'Ronald'),
("- Lisa (zus, 19) wil de jongste in huis nemen", 'Lisa'),
("de heer A.H. Oude Vrielink, grootvader, is door de gemeente aangeschreven", 'A.H. Oude Vrielink'),
("Noah zegt dat hij niet meer naar papa's huis wil", 'Noah'),
("Uit het verslag: Kaya, Melek (moeder) weigert het huisbezoek", 'Kaya, Melek'),
("Schipper van de woonboot, ome Henk, heeft de jongen eruit gezet", 'Henk'),
("DOCHTER SANNE SLAAPT BIJ EEN VRIENDIN", 'SANNE'),
("moeder wil niet dat Zweers (de ex) de kinderen nog ziet", 'Zweers'),
("Moeder en Dirk-Jan zijn gescheiden sinds maart", 'Dirk-Jan'),
("Gesprek met Stefanie Brinkhuis, de pleegmoeder, verliep goed", 'Stefanie Brinkhuis'),
("Nanlohy (zwager) heeft de politie gebeld na de ruzie op de camping", 'Nanlohy'),
("Yusuf heeft volgens de mentor een mes mee naar school genomen", 'Yusuf'),
("Vriend van de familie, Hennie Scholten, is uit beeld", 'Hennie Scholten'),
("moeder heeft via Rianne gehoord dat vader weer drinkt", 'Rianne'),
("vader zegt 'oe kom ie d'r bie' toen Mirjam hem ermee confronteerde", 'Mirjam'),
("De pleegzus Joyce heeft vaker weglopen in Borne gemeld", 'Joyce'),
("Tante Ş. Aydoğan (Almelo) is bereid om te helpen", 'Ş. Aydoğan'),
("grootouders Bosch (vz) hebben ruzie met het hele gezin", 'Bosch'),
("Zwager Timo Bruggink heeft een alcoholslot", 'Timo Bruggink'),
("M. vertelt over 'oma Dina' die haar zou slaan met de pantoffel", 'Dina'),
("gesproken met Jeroen (vader) en zijn moeder in Vriezenveen", 'Jeroen'),
("Brief van de huisbaas over de familie Lammerink: geluidsoverlast", 'Lammerink'),
("Volgens Esther, de vriendin van moeder, wordt er gedronken vanaf de middag.", 'Esther'),
("mentor noemt Niels Kuipers als degene die J. bedreigt", 'Niels Kuipers'),
("Lotte's oma heeft vorige week aangifte gedaan", 'Lotte'),
("ÇELIK, ZEYNEP | zus | woont bij tante", 'ÇELIK, ZEYNEP'),
("Buurjongen Gijs Oldenhof heeft de kinderen drugs aangeboden", 'Gijs Oldenhof'),
]
assert len(N) == 100, len(N)
for s, sp in N: b('NAME', s, sp)

# ---------------- BIRTHDATE (18)
BD = [
("Jeugdige: R. (14-03-2012)", '14-03-2012'), ("geb. 2-9-2014, groep 7 Sint Jozefschool", '2-9-2014'),
("Geboortedatum jongste: 17.01.2020", '17.01.2020'), ("geboren op 5 juni 2011 in het MST", '5 juni 2011'),
("Geburtsdatum: 23.11.2013 (laut Jugendamt)", '23.11.2013'), ("gebdat 2015-08-30", '2015-08-30'),
("broertje is geb. 9 okt '17", "9 okt '17"), ("dob 04/07/2010", '04/07/2010'),
("| geboortedatum | 28-2-2009 |", '28-2-2009'), ("Vader geboren 11-12-1985 te Midyat", '11-12-1985'),
("GEB. 20 MEI 2016", '20 MEI 2016'), ("de baby is op 3 november 2025 geboren, 2 weken te vroeg", '3 november 2025'),
("- J. -> 19-04-13", '19-04-13'), ("verwijsbrief: pt. geb. 07-08-2011, m.", '07-08-2011'),
("Moeder is van 1 jan. 1990", '1 jan. 1990'), ("zorgformulier: geboortedatum leerling 20110316", '20110316'),
("T. (jarig 12/12/2012, wordt 14)", '12/12/2012'), ("oudste zoon geboren 29 febr. 2012", '29 febr. 2012'),
]
for s, sp in BD: b('BIRTHDATE', s, sp)

# ---------------- ID_NUMBER (14)
ids = [
("Dossiernummer Veilig Thuis Twente: VT-TW-{}".format(noelf(6)), None),
("cliëntnr Jarabee {}".format(noelf(7)), None),
("patiëntnummer MST {} (moeder)".format(noelf(7)), None),
("Zaaknr. Jugendamt Grafschaft Bentheim: 51.{}/2026".format(noelf(5)), None),
("paspoort vader NX{}K4".format(noelf(6)), None),
("ID-kaart moeder: IR{}".format(noelf(7)), None),
("Leerlingnummer op het zorgformulier: {}".format(noelf(6)), None),
("kenmerk Domijn huurdossier D-{}".format(noelf(6)), None),
("Registratienr. Dimence: DIM{}".format(noelf(6)), None),
("pvnr politie {} (aangifte moeder)".format('PL0600-2026' + noelf(6)), None),
("verblijfsdocument vader, V-nummer {}".format(noelf(10)), None),
("Polisnummer Menzis van het gezin: {}".format(noelf(9)), None),
("JB Overijssel dossier {} / gezinsvoogdij".format('JBO-' + noelf(5)), None),
("WMO-beschikking nr. {} op naam van oma".format(noelf(8)), None),
]
for s, _ in ids:
    m = re.search(r'(VT-TW-\d+|\d{7}(?= \(moeder\))|51\.\d+/2026|NX\d+K4|IR\d+|D-\d+|DIM\d+|PL0600-2026\d+|JBO-\d+|\d{6,})', s)
    b('ID_NUMBER', s, m.group(1))

# ---------------- ADDRESS (11)
AD = [("Moeder woont nu Gronausestraat 512 in Enschede.", 'Gronausestraat 512'),
("adres oma: Haarstraat 41a Rijssen", 'Haarstraat 41a'),
("Vader verblijft op Wooldriksweg 233-2 bij een vriend", 'Wooldriksweg 233-2'),
("woonwagen staat op Stroinkslanden 17, standplaats", 'Stroinkslanden 17'),
("| adres | Deldenerstraat 288 | Hengelo |", 'Deldenerstraat 288'),
("Huisbezoek Wierdensestraat 116 (bovenwoning)", 'Wierdensestraat 116'),
("VADER: OLDENZAALSESTRAAT 89 B", 'OLDENZAALSESTRAAT 89 B'),
("ze zitten tijdelijk bij oma aan de Enterstraat 7, Rijssen", 'Enterstraat 7'),
("nieuw adres na de scheiding -> Molenstraat 14 in Vriezenveen", 'Molenstraat 14'),
("Vater wohnt Enscheder Str. 61, Gronau", 'Enscheder Str. 61'),
("post gaat naar boddenkampstraat 90", 'boddenkampstraat 90'),
]
for s, sp in AD: b('ADDRESS', s, sp)

# ---------------- POSTCODE (11)
PC = [("postcode moeder 7545 KP", '7545 KP'), ("woont in 7461AB Rijssen", '7461AB'), ("| pc | 7553 RX |", '7553 RX'),
("Adres bekend, postcode 7601 gk", '7601 gk'), ("oma: 7576 HM Oldenzaal", '7576 HM'), ("PC 7442HT NIJVERDAL", '7442HT'),
("nieuwe woning via Welbions, 7555 ZD", '7555 ZD'), ("vader staat ingeschreven op 7511JM", '7511JM'),
("brief kwam retour: 7681 xb", '7681 xb'), ("Zorgformulier: postcode leerling 7471 BN", '7471 BN'),
("moeder -> 7521 TC (bij vriendin)", '7521 TC')]
for s, sp in PC: b('POSTCODE', s, sp)

# ---------------- BSN (11)
def fm(d, k):
    if k == 'dots': return '%s.%s.%s' % (d[:4], d[4:6], d[6:]) if len(d) == 9 else d
    if k == 'sp': return '%s %s %s' % (d[:3], d[3:6], d[6:])
    if k == 'dash': return '%s-%s-%s' % (d[:3], d[3:6], d[6:])
    return d
BS = ["BSN jeugdige {}", "bsn moeder: {}", "| BSN | {} |", "Burgerservicenummer vader {}", "bsn van oma {}",
      "verwijsbrief: BSN pt. {}", "BSN {} (broertje)", "sofi/bsn: {}", "{} = bsn van de baby", "BSN-nr {} staat op de beschikking",
      "BSN (oud, 8 cijfers): {}"]
kinds = ['', '', 'sp', 'dots', 'dash', '', 'sp', '', 'dash', 'dots', '']
for i, t in enumerate(BS):
    d = bsn(8 if i == 10 else 9); v = fm(d, kinds[i]); b('BSN', t.format(v), v)

# ---------------- PHONE (11)
PH = [("Moeder bereikbaar op 06-{}".format(noelf(8)), None), ("tel vader 053 {} {}".format(R.randint(400,499), R.randint(1000,9999)), None),
("oma: 0548-{}".format(R.randint(510000,529999)), None), ("Vater: +49 2562 {}".format(R.randint(10000,99999)), None),
("| tel | 074 {} |".format(R.randint(2400000,2599999)), None), ("bellen via +31 6 {} {}".format(R.randint(1000,9999), R.randint(1000,9999)), None),
("nummer van de ex: 0031 6 {}".format(noelf(8)), None), ("0546-{} (vaste lijn oma in Almelo)".format(R.randint(810000,869999)), None),
("Tante belt steeds vanaf 06 {} {} {} {}".format(R.randint(10,99), R.randint(10,99), R.randint(10,99), R.randint(10,99)), None),
("tel. 0541 {}, opa in Denekamp".format(R.randint(350000,359999)), None), ("mobiel buurman (06){}".format(noelf(8)), None)]
for s, _ in PH:
    m = re.search(r'(\(06\)\d+|06-\d+|06 \d\d \d\d \d\d \d\d|053 \d+ \d+|0548-\d+|\+49 2562 \d+|074 \d+|\+31 6 \d+ \d+|0031 6 \d+|0546-\d+|0541 \d+)', s)
    b('PHONE', s, m.group(1))

# ---------------- EMAIL (9)
EM = ["mailadres moeder: {}", "vader mailt vanaf {}", "| e-mail | {} |", "Oma wil de kaart op {} ontvangen",
      "ex-partner stuurt berichten vanaf {}", "E-Mail Vater: {}", "contact tante via {}", "zorgformulier: mail ouders {}", "{} (privé vader)"]
EV = ["lindaterhuurne79@gmail.com", "h.haverkate@hotmail.nl", "sevgi.ozkan@outlook.com", "trui.olde.bolhaar@kpnmail.nl",
      "dennie_tukker@live.nl", "thorsten.kemper@web.de", "melek.barsom85@gmail.com", "fam.hesselink@ziggo.nl", "rik.vd.vegt@planet.nl"]
for t, v in zip(EM, EV): b('EMAIL', t.format(v), v)

# ---------------- IBAN (9)
IB = [iban('NL', 'RABO', 10), grp(iban('NL', 'INGB', 10)), iban('NL', 'ABNA', 10).lower(), grp(iban('DE', '', 18)),
      grp(iban('NL', 'SNSB', 10)), iban('NL', 'TRIO', 10), grp(iban('NL', 'RBRB', 10)), iban('DE', '', 18), grp(iban('NL', 'ASNB', 10))]
IT = ["uitkering moeder gaat naar {}", "IBAN vader: {}", "rekening oma {}", "Kindergeld auf Konto {}", "| iban | {} |",
      "schuldsanering: rekening {} staat op naam van de ex", "Bijdrage opvang overmaken naar {} (oom)", "Konto Mutter {}", "zakgeld J. op {}"]
for t, v in zip(IT, IB): b('IBAN', t.format(v), v)

# ---------------- URL (6)
UR = [("TikTok van J.: https://www.tiktok.com/@lynn.tukker2012", 'https://www.tiktok.com/@lynn.tukker2012'),
("vader plaatst filmpjes op youtube.com/@harmvanderkolk-trekkers", 'youtube.com/@harmvanderkolk-trekkers'),
("Facebook moeder -> facebook.com/sandra.lohuis.98", 'facebook.com/sandra.lohuis.98'),
("insta oudste: instagram.com/ilayda_enschede_053", 'instagram.com/ilayda_enschede_053'),
("Snapchat van de vriend: snapchat.com/add/kevinrijssen07", 'snapchat.com/add/kevinrijssen07'),
("stiefvader heeft een site: www.klusbedrijf-gerritsen-wierden.nl/over-gerrit", 'www.klusbedrijf-gerritsen-wierden.nl/over-gerrit')]
for s, sp in UR: b('URL', s, sp)

# ================= ALLOW
PL = ["Gezin verhuisd van Borne naar Losser.", "Vader werkt in de kassen bij Delden.", "Opa woont nog op de boerderij in Lattrop.",
"De school staat in Velve-Lindenhof.", "Moeder groeide op in Deppenbroek, later Pathmos.", "J. zit op voetbal in Enter.",
"Tante woont in Hoge Hexel.", "De woonwagen stond eerst in Goor, nu in Markelo.", "familie komt oorspronkelijk uit Midyat (Tur Abdin)",
"Vakantie bij familie in Ambon.", "Vader pendelt naar Nordhorn.", "Oma woont in Gronau, net over de grens.", "oom -> Bad Bentheim",
"Ze logeren bij familie in Vasse.", "Incident gebeurde op de kermis in Wierden.", "Moeder heeft een kamer in De Magneet? nee, in Twekkelerveld.",
"Pleeggezin in Beuningen (Ov.)", "J. fietst dagelijks van Manderveen naar Vriezenveen.", "De jongens spelen bij de schutterij in Weerselo.",
"gezin woont buiten Daarle", "vader vist bij Boekelo", "Moeder werkt in Lonneker bij de bakker.", "Geesteren -> Tubbergen -> Almelo, 3 verhuizingen in een jaar",
"Moeder wil terug naar Lemelerveld.", "familie in Haaksbergen en Eibergen", "Stiefvader komt uit Staphorst.", "Grootouders in Rijssen, kerkelijk meelevend.",
"Ouders hebben ruzie gehad op de markt in Oldenzaal.", "Broer woont in Hellendoorn.", "Ze is weggelopen naar Nijverdal.", "Vader zit in Raalte bij zijn broer.",
"zomer op de camping in Denekamp", "J. zit op de bus naar Ootmarsum.", "Vader is geboren in Diyarbakır.", "Moeder komt uit Bocholt.",
"Opa werkt nog op het land in Reutum.", "De kinderen logeren in Harbrinkhoek.", "familie van vader in Saparua", "Verhuizing naar Hengelo-Noord gepland.",
"Ze woonden eerder in Kreis Borken, Ahaus.", "Tante woont in Glanerbrug.", "Vader gaat naar de moskee in Hengelo.", "weekendverblijf in Overdinkel",
"Oma is verhuisd naar Enschede-Zuid.", "J. traint in Almelo-De Riet.", "Moeder zit in een opvang buiten Twente, in Zwolle.",
"Gezin uit Mardin, sinds 1998 in Enschede.", "Broer volgt een opleiding in Deventer.", "De jongste logeert in Langeveen.", "vader rijdt op Münster en Osnabrück"]
for s in PL: a('PLACE', s)

INS = ["Opname op de kinderafdeling van Medisch Spectrum Twente.", "Moeder is in behandeling bij Mediant.", "J. staat op de wachtlijst bij Karakter.",
"Jarabee biedt ambulante gezinsbegeleiding.", "Ambiq is betrokken voor de LVB-ondersteuning.", "Aveleijn biedt logeeropvang.",
"ZGT Almelo heeft de SEH-melding gedaan.", "ZGT Hengelo, poli kindergeneeskunde", "Dimence: vader in ambulante verslavingszorg? nee, Tactus.",
"J. zit op het Pius X College in Almelo.", "De jongste gaat naar de Sint Jozef school.", "Bonhoeffer College, locatie Van der Waalslaan",
"Het Stedelijk Lyceum heeft een zorgmelding gedaan.", "De Ludgerusschool in Losser meldt verzuim.", "Jugendamt Grafschaft Bentheim is op de hoogte.",
"Kreis Borken, Jugendamt, heeft informatie gedeeld.", "Veilig Thuis Twente heeft de melding doorgezet.", "Jeugdbescherming Overijssel voert de OTS uit.",
"Wijkracht organiseert de buurtmoedergroep.", "Sociaal Wijkteam Enschede, team Oost", "Domijn heeft een huisuitzetting aangekondigd.",
"Welbions stelt een urgentie voor.", "Woonbedrijf Rijssen bemiddelt bij de burenruzie.", "Politie Oost-Nederland, basisteam Enschede-Noord",
"Raad voor de Kinderbescherming, locatie Zwolle", "Rechtbank Overijssel, zittingsplaats Almelo", "J. zit bij Reggesteyn in Rijssen.",
"De Noordik in Almelo heeft een time-out gegeven.", "Het Assink Lyceum meldt schoolverzuim.", "Twents Carmel College, locatie De Thij",
"Mosterdzaadje? nee: Syrisch-Orthodoxe Kerk Mor Ephrem in Enschede", "Moskee Fatih in Hengelo", "Hersteld Hervormde Kerk Rijssen",
"Gereformeerde Gemeente in Nederland, Rijssen-Noord", "Voetbalvereniging Sportclub Enschede", "v.v. Rijssen", "Praktijkschool De Spindel",
"Saxion-studentenpsycholoog heeft doorverwezen.", "Carintreggeland: wijkverpleging bij oma.", "Tactus Verslavingszorg in Enschede",
"Ambulante zorg via Accare? nee, via Karakter Almelo.", "Roessingh revalidatie voor broertje", "Elker biedt opvoedondersteuning.",
"JGZ Twente (GGD) voert het huisbezoek uit.", "Humanitas Twente: maatje voor moeder", "Het Erve Hulsbeek? nee, Stichting Jeugdwerk Hengelo",
"Kinderdagverblijf De Roos in Borne", "Zorgboerderij De Hoop bij Hellendoorn", "Vrouwenopvang Twente (Blijf)", "Lorentz Lyceum? nee, Lorentz Casimir in Hengelo"]
# replace the hesitation lines with cleaner ones (keep the style mix but avoid fake institutions)
INS = [x for x in INS if '? nee' not in x] + ["Dimence begeleidt vader bij de medicatie.", "Syrisch-Orthodoxe Kerk Mor Ephrem in Enschede heeft de priester gestuurd.",
"Accare is niet betrokken, Karakter Almelo wel.", "Stichting Jeugdwerk Hengelo heeft J. in beeld.", "Het Erasmus in Almelo meldt verzuim."]
for s in INS: a('INSTITUTION', s)
PL2 = [x for x in PL if '? nee' not in x]
if len(PL2) < 50:
    PL2.append("Moeder heeft een kamer in De Magneet.")
A = [x for x in A if x[0] != 'PLACE']
for s in PL2: a('PLACE', s)

EV_ = ["Incident op 14-11-2026 rond 23.00 uur.", "Huisbezoek di 17/11/2026.", "Aangifte gedaan op 2-10-2026.", "Opname MST van 3 t/m 9 oktober 2026.",
"Eerste bespreking VHT: 2026-10-20", "Zitting rechtbank op 19 januari 2027", "baby: consultatiebureau 12-10-2026 (8 weken-controle)",
"Geboorte van de baby verwacht rond 15 februari 2027.", "Ruzie op 1e kerstdag 2025, politie ter plaatse.", "schorsing 27-05-2026 t/m 29-05-2026",
"wk 46: gesprek met ouders", "Op 11-11-2026 (Sint-Maarten) ging het mis.", "ondertoezichtstelling loopt af op 30-04-2027",
"Vertrouwensarts gesproken op 16.11.2026", "Brand in de woning op 7 juli 2026", "Crisisopname 22-08-2026, ontslag 05-09-2026",
"verwijsbrief d.d. 10-11-2026", "Zorgformulier ingevuld 2 nov. 2026", "Overleg Jugendamt am 13.10.2026", "Carnaval 2026: vader aangehouden in Oldenzaal.",
"Paasvuur Espelo 2026: J. had alcohol op.", "Melding VT binnengekomen vrijdag 9 oktober 2026 om 16.45.", "Schoolverzuim sinds 01-09-2026",
"Bezoek aan Gronau op 24/10/26", "Kraamweek afgesloten op 18-11-2026.", "Rapportage d.d. 2026-11-02", "huisuitzetting gepland 15 december 2026",
"Koningsdag 2026: ruzie bij de vrijmarkt", "Uitslag onderzoek MST op 20-11-2026", "Evaluatie na 3 maanden, maart 2027"]
for s in EV_: a('EVENT_DATE', s)

PRO = ["De jeugdarts van de GGD Twente heeft J. gezien.", "gezinsvoogd van Jeugdbescherming Overijssel is op de hoogte", "Huisarts heeft verwezen naar Karakter.",
"Inbrenger: Anouk Schothorst, gezinscoach, Sociaal Wijkteam Enschede", "Vaste deelnemer: Rutger Lansink, Veilig Thuis Twente",
"Gedragsdeskundige geraadpleegd: ja, Ceren Akbaş, orthopedagoog Jarabee", "De mentor van het Pius X heeft het zorgformulier ingevuld.",
"Wijkagent Hengelo-Zuid is betrokken.", "Ouderling van de kerk heeft het gezin bezocht.", "Consulent van Domijn kwam mee op huisbezoek.",
"Jugendamt-Mitarbeiterin aus Nordhorn nam telefonisch Kontakt auf.", "kraamverzorgster signaleerde de blauwe plekken", "De IB'er van de Sint Jozef school belde.",
"Inbrenger: Wouter Dijkhuis, jeugdconsulent, gemeente Rijssen-Holten", "Vaste deelnemer: Saskia Pelgrim, Sociaal Wijkteam Enschede",
"Gedragswetenschapper geraadpleegd: Thijs Roerink (GZ-psycholoog, Ambiq)", "De behandelaar van Mediant is gebeld.", "maatschappelijk werker ZGT deed de melding",
"Casemanager van Veilig Thuis Twente heeft overleg gehad met de school.", "Tolk Turks via Tolk- en Vertaalcentrum", "De imam heeft bemiddeld tussen de families.",
"Begeleider woonwagenzaken van de gemeente is aangeschoven.", "Ambulant hulpverlener van Aveleijn komt 2x per week.", "Vaste deelnemer: Marloes Haverkamp, Toegang Almelo",
"Inbrenger: Jorik Vrielink, jeugd- en gezinswerker, Wijkracht Hengelo", "De verloskundige van de praktijk in Borne maakt zich zorgen.",
"Schoolmaatschappelijk werk van het Bonhoeffer College is betrokken.", "Jeugdverpleegkundige JGZ Twente doet het consultatiebureau.",
"Inbrenger: Dilan Çiftçi, raadsonderzoeker, Raad voor de Kinderbescherming", "De voogd van Jeugdbescherming Overijssel neemt over."]
for s in PRO: a('PROFESSIONAL', s)

AG = ["J. is 14 jaar.", "jongste 8 mnd", "Moeder is 19 en alleen.", "broer van 17 woont thuis", "Vader (42 jr) werkloos.", "baby 6 weken oud",
"Meisje van 13 zegt dat ze bang is.", "Oma, 78, kan niet meer oppassen.", "leeftijd jeugdige: 15", "K. (9 jaar) plast weer in bed.",
"Tweeling van 4.", "J. wordt volgende maand 16.", "Moeder was 16 toen ze zwanger raakte.", "Stiefvader is twintig jaar ouder dan moeder.",
"jongen (12) fietst alleen naar Enschede", "Zus is 21 en studeert.", "de jongste is bijna 3", "Opa is 80 geworden.", "Dochter (11) zorgt voor de kleintjes.",
"L. is op 4 maart jarig en wordt dan 13."]
for s in AG: a('AGE', s)

ORG = ["Veilig Thuis: 0800-2000, 24/7 bereikbaar.", "Bij acuut gevaar 112 bellen.", "Kindertelefoon 0800-0432 aan J. gegeven.", "Politie geen spoed 0900-8844",
"Zaak is bekend als VHT-2026-0188.", "Eerdere bespreking VHT-2025-0093.", "KvK Jarabee: {}".format(noelf(8)), "AGB-code praktijk {}".format(noelf(8)),
"methylfenidaat 3 dd 10 mg", "Score ouders 6, inbrenger 3.", "113 Zelfmoordpreventie: 0800-0113", "schuld bij Domijn ca. € 4.300",
"Zorgformulier versie 2.3", "Melatonine 1 mg voor de nacht", "ARIJ-score: hoog risico", "Wachtlijst 14 weken.", "Rijssen-Holten gemeentenummer 1742",
"Vragenlijst SDQ totaal 22", "KvK Woonbedrijf Rijssen {}".format(noelf(8)), "Bus 74 Enschede-Glanerbrug, 4x per uur"]
for s in ORG: a('ORG_NUMBER', s)

from collections import Counter
print(Counter(c for c, _ in A))
rows = [('BLOCK', c, ' || '.join(sp), s) for c, s, sp in B] + [('ALLOW', c, '-', s) for c, s in A]
R.shuffle(rows)
with open(os.path.join(HERE, 'sentences.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, r in enumerate(rows, 1):
        fh.write('B50-%03d\t%s\t%s\t%s\t%s\n' % ((i,) + r))
print(len(rows))
