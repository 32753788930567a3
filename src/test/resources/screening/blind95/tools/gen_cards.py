#!/usr/bin/env python3
"""Generate ../cards/card-01..60.txt and ../cards/cards.tsv for blind set 95 (fixed seed, reproducible).
01-45 CLEAN, 46-60 DIRTY with exactly two personal-data items each."""
import os, random

HERE = os.path.dirname(os.path.abspath(__file__))
CDIR = os.path.join(HERE, '..', 'cards')
R = random.Random(9502)

def bsn(rng):
    while True:
        d = [rng.randint(0, 9) for _ in range(9)]
        if d[0] == 0: continue
        if (sum(w * x for w, x in zip(range(9, 1, -1), d[:8])) - d[8]) % 11 == 0: return ''.join(map(str, d))

def iban(rng, bank):
    acct = ''.join(str(rng.randint(0, 9)) for _ in range(10))
    num = ''.join(str(int(c, 36)) for c in bank + acct + 'NL00')
    return 'NL%02d%s%s' % (98 - int(num) % 97, bank, acct)

# (inbrenger, organisation, gemeente, vaste deelnemer) -- professionals' names appear only in cover fields
PROS = [
 ('Anneke Dijkhuis, jeugd- en gezinswerker', 'Sociaal Wijkteam Leeuwarden', 'Leeuwarden', 'Marco Slagter, Sociaal Wijkteam Leeuwarden'),
 ('Fatima Zahra Idrissi, casemanager', 'Veilig Thuis Friesland', 'Leeuwarden', 'Gert-Jan Pool, Veilig Thuis Friesland'),
 ('Ruben Tuinstra, gezinsvoogd', 'Jeugdbescherming Noord', 'Smallingerland', 'Carla Smeding, Jeugdbescherming Noord'),
 ('Esther Nijholt, gebiedsteammedewerker', 'Gebiedsteam Heerenveen', 'Heerenveen', 'Dirk Kloosterman, Gebiedsteam Heerenveen'),
 ('Mirjam Lettinga, jeugdconsulent', 'Team Sociaal Domein Súdwest-Fryslân', 'Súdwest-Fryslân', 'Hans Koopmans, gemeente Súdwest-Fryslân'),
 ('Samira Bouzid, ouder- en kindadviseur', 'Gebiedsteam Waadhoeke', 'Waadhoeke', 'Linda Haagsma, Gebiedsteam Waadhoeke'),
 ('Koen Wassenaar, jeugdprofessional', 'Sociaal Team Noardeast-Fryslân', 'Noardeast-Fryslân', 'Ingrid Bruinsma, Sociaal Team Noardeast-Fryslân'),
 ('Petra Gorter, casemanager', 'Gebiedsteam De Fryske Marren', 'De Fryske Marren', 'Albert Spoelstra, gemeente De Fryske Marren'),
 ('Hanneke Ploegsma, jeugd- en gezinscoach', 'Sociaal Team Weststellingwerf', 'Weststellingwerf', 'Roel Mulder, Sociaal Team Weststellingwerf'),
 ('Desiree Sambo, casemanager', 'Sociaal Wijkteam Leeuwarden', 'Leeuwarden', 'Marco Slagter, Sociaal Wijkteam Leeuwarden'),
 ('Bert Huisman, gezinsvoogd', 'Jeugdbescherming Noord', 'Tytsjerksteradiel', 'Carla Smeding, Jeugdbescherming Noord'),
 ('Trudy Bakema, jeugd- en gezinswerker', 'Gemeente Ameland', 'Ameland', 'Marieke Visscher, gemeente Ameland'),
 ('Ahmed El Khayari, jeugdconsulent', 'Gebiedsteam Harlingen', 'Harlingen', 'Jolanda Wester, gemeente Harlingen'),
 ('Renske van Zwol, jeugdprofessional', 'Sociaal Team Achtkarspelen', 'Achtkarspelen', 'Theo Schaafsma, Sociaal Team Achtkarspelen'),
]
GEDRAG = ['Ja, Lotte Kamminga (gedragswetenschapper), op {d}', 'Ja, orthopedagoog van het team, op {d}',
          'Nee, nog niet', 'Ja, Hamid Rezaei (GZ-psycholoog Jeugdbescherming Noord), {d}', '-']

# family scenarios: (gezin, zorgen, patroon, krachten, risico, stem_ouders, visie, hulp, place)
SC = [
 ("Moeder ({m}), vader ({v}), {J} ({y1}) en {K} ({y2}). Melkveebedrijf in Wirdum; pake en beppe wonen op hetzelfde erf.",
  "- Vader drinkt 's avonds na het melken; twee keer geweld naar moeder gezien door {J}.\n- {K} komt met blauwe plekken op school (Goutum).\n- Op {e1} politie ter plaatse na ruzie in de melkstal.",
  "Sinds de overname van het bedrijf in 2021 financiële druk; eerdere melding Veilig Thuis Friesland in 2023.",
  "'Pake' en 'beppe' zijn een veilige plek. {J} voetbalt bij de club in Wirdum. Moeder zoekt zelf hulp.",
  "Alcohol, schulden op het bedrijf, isolement op het platteland, wapenvergunning (jacht).",
  "Vader: \"It giet wol, wy rêde ús sels.\" Moeder: \"Ik wil dat hij stopt met drinken, niet dat hij weggaat.\"",
  "memo visie ik denk dat vrijwillig nog kan als vader meedoet aan behandeling bij GGZ Friesland anders interventiegesprek",
  "Sociaal Wijkteam Leeuwarden, GGZ Friesland (verslavingszorg), huisarts Wirdum, LTO-bedrijfscoach.", 'Wirdum'),
 ("Moeder ({m}), {J} ({y1}), {K} ({y2}). Statushouders uit Eritrea, sinds 2022 in Heechterp-Schieringen. Vader is in Ethiopië achtergebleven.",
  "- Moeder is depressief en ligt overdag op bed; {J} zorgt voor {K}.\n- {J} verzuimt op school (Piter Jelles).\n- Op {e1} is {K} alleen buiten aangetroffen om 22:30.",
  "Moeder heeft eerder traumaklachten gehad na de vlucht via Libië.",
  "Sterke band tussen de kinderen. De Eritrese kerk in Leeuwarden biedt steun. Moeder wil Nederlands leren.",
  "Trauma moeder, taalbarrière, klein netwerk, parentificatie van {J}.",
  "Moeder (via tolk Tigrinya): \"Ik ben moe, ik wil dat mijn kinderen goed naar school gaan.\"",
  "De basiszorg voor {K} is onvoldoende; traumabehandeling moeder is nodig en {J} moet ontlast worden.",
  "Vluchtelingenwerk Noord-Nederland, GGZ Friesland (trauma), JGZ GGD Fryslân, Sociaal Wijkteam Leeuwarden.", 'Leeuwarden'),
 ("Vader ({v}), moeder ({m}), {J} ({y1}), {K} ({y2}). Uit Syrië (Homs), sinds 2020 in Heechterp. Oom van vader woont in Bilgaard.",
  "- Vader slaat {J} als straf; {J} vertelde dat op school.\n- Oudste dochter wordt onder druk gezet om te trouwen.\n- Op {e1} melding bij Veilig Thuis Friesland door de mentor.",
  "Strenge opvoeding, vader ziet slaan als normaal.",
  "Moeder wil leren hoe het anders kan. De imam van de moskee wil meedenken. {J} heeft een goede vriendin.",
  "Oorlogstrauma, werkloosheid vader, druk vanuit de familie, krappe woning van Elkien.",
  "Vader: \"In mijn land voedt een vader zo op.\" Moeder: \"Ik wil geen ruzie in huis.\"",
  "Er is sprake van fysieke mishandeling en dreigende uithuwelijking. Een beschermingsonderzoek door de Raad lijkt nodig.",
  "Veilig Thuis Friesland, Sociaal Wijkteam Leeuwarden, school (mentor), Elkien.", 'Heechterp-Schieringen'),
 ("Moeder ({m}) met {J} ({y1}) en {K} ({y2}). Familie komt van Curaçao; vader van {K} woont in Drachten en ziet de kinderen wisselend.",
  "- Wisselende partners van moeder in huis.\n- {J} blowt en is op {e1} met een mes op zak aangehouden.\n- {K} is vaak tot laat buiten in Bilgaard.",
  "Sinds 2024 twee zorgmeldingen via politie Noord-Nederland.",
  "Moeder is warm en betrokken. Tante op Curaçao belt dagelijks. {J} doet mee aan een boksproject in Camminghaburen.",
  "Drugsgebruik {J}, schulden, wisselende woonplekken.",
  "Moeder: \"Mijn zoon is niet slecht, hij zit met de verkeerde jongens.\"",
  "Het gezin heeft een vaste structuur en intensieve begeleiding nodig; jeugdreclassering overwegen.",
  "Sociaal Wijkteam Leeuwarden, Reik, Halt, politie Noord-Nederland (wijkagent).", 'Bilgaard'),
 ("Vader ({v}), moeder ({m}), {J} ({y1}), {K} ({y2}). Vader komt uit Polen en werkt in ploegendienst bij een zuivelfabriek in Leeuwarden; moeder is Fries.",
  "- Vader werkt nachten; overdag slaapt hij en zijn de kinderen zonder toezicht.\n- Op {e1} is {K} met een brandwond naar de SEH van het MCL gebracht.\n- Ruzies over geld, vader gooit met spullen.",
  "Geen eerdere meldingen.",
  "Beide ouders houden van de kinderen. De Poolse kerkgemeenschap in Drachten helpt. {J} zit op zwemles.",
  "Ploegendienst, taal, alcohol in het weekend, weinig netwerk in Friesland.",
  "Vader (via tolk Pools): \"Ik werk voor mijn gezin.\" Moeder: \"Ik sta er alleen voor.\"",
  "Toezicht op de jongste is onvoldoende. Een veiligheidsplan met het netwerk is haalbaar.",
  "Sociaal Wijkteam Leeuwarden, MCL (kinderarts), JGZ.", 'Leeuwarden'),
 ("Moeder ({m}), stiefvader ({v}), {J} ({y1}), {K} ({y2}). Gezin woont in Nes op Ameland; stiefvader werkt in de zomer in de horeca.",
  "- Stiefvader is dreigend als hij gedronken heeft, vooral na het seizoen.\n- {J} heeft op {e1} gezegd dat ze niet naar huis wil.\n- Hulp op het eiland is beperkt; de boot maakt spoedhulp lastig.",
  "Na vorige winter ook meldingen; in de zomer rustiger.",
  "Sterke eilandgemeenschap, de buurvrouw is een vaste opvangplek. {J} zit op de muziekvereniging.",
  "Seizoenswerk, alcohol, isolement in de winter, afstand tot hulpverlening.",
  "Moeder: \"Op het eiland kent iedereen je, ik schaam me.\" Stiefvader: \"Het valt allemaal wel mee.\"",
  "Netwerk op het eiland is sterk; inzetten op een veiligheidsplan met vaste afspraken voor de winterperiode.",
  "Gemeente Ameland, huisarts Nes, Kinnik (ambulant, via de boot), politie Noord-Nederland.", 'Ameland'),
 ("Vader ({v}), moeder ({m}), {J} ({y1}). Gescheiden sinds 2024; {J} woont bij moeder in Sneek (Snits) en om het weekend bij vader in Bolsward.",
  "- Vechtscheiding: {J} wordt als boodschapper gebruikt.\n- Op {e1} escalatie bij de overdracht op het station van Sneek.\n- {J} heeft buikpijnklachten en verzuimt.",
  "Eerdere mediation afgebroken.",
  "Beide ouders willen het beste voor {J}. {J} heeft een goede band met de juf en zit op hockey.",
  "Loyaliteitsconflict, procedures bij de rechtbank, dreigende berichten over en weer.",
  "Moeder: \"Hij houdt zich nooit aan de afspraken.\" Vader: \"Zij zet {J} tegen mij op.\"",
  "De strijd tussen ouders is onveilig voor {J}; Kinderen uit de Knel en een ouderschapsplan via de rechter.",
  "Team Sociaal Domein Súdwest-Fryslân, Antonius Sneek (kinderarts), school.", 'Sneek'),
 ("Moeder ({m}), {J} ({y1}), {K} ({y2}), baby {L} ({y3}). Vader van de baby heeft een contactverbod.",
  "- Moeder is na de bevalling in Nij Smellinghe somber en vergeet voedingen.\n- Vader van de baby komt ondanks het verbod langs (gezien op {e1}).\n- Woning in Drachten is vervuild.",
  "Moeder groeide zelf op in een pleeggezin.",
  "Moeder accepteert kraamzorg en het consultatiebureau. {J} is zorgzaam voor de baby.",
  "Postpartum depressie, huiselijk geweld in het verleden, vervuiling.",
  "Moeder: \"Ik heb hulp nodig, maar ik wil mijn kinderen houden.\"",
  "De veiligheid van de baby staat onder druk; dagelijkse ondersteuning en een crisisplan zijn nodig.",
  "JGZ GGD Fryslân, Nij Smellinghe (kinderarts), GGZ Friesland, Jeugdbescherming Noord.", 'Drachten'),
 ("Vader ({v}), {J} ({y1}), {K} ({y2}). Moeder is overleden in 2023. Het gezin woont in Franeker; oma woont in Dronryp.",
  "- Vader is somber en drinkt; kinderen zorgen voor zichzelf.\n- {J} heeft op {e1} een suïcidale uitspraak gedaan op school.\n- Er staat al weken geen eten in huis.",
  "Sinds het overlijden van moeder gaat het bergafwaarts.",
  "Oma in Dronryp kookt drie keer per week. {J} en {K} hebben steun aan elkaar.",
  "Rouw, alcohol, isolement, schulden.",
  "Vader: \"Ik mis haar elke dag, ik weet niet hoe het verder moet.\"",
  "De zorg voor de kinderen en de veiligheid van {J} vragen om snelle inzet van GGZ en het netwerk.",
  "Gebiedsteam Waadhoeke, huisarts Franeker, 113 (veiligheidsplan {J}), Kinnik.", 'Franeker'),
 ("Moeder ({m}), stiefvader ({v}), {J} ({y1}). Gezin woont op een woonboot bij Grou.",
  "- {J} wordt thuis vastgezet en mag niet naar buiten.\n- Stiefvader controleert de telefoon van moeder.\n- Op {e1} heeft de buurman geschreeuw gehoord en Veilig Thuis Friesland gebeld.",
  "Moeder had eerder een gewelddadige relatie.",
  "{J} zit op een sportclub in Akkrum en heeft daar een goede trainer.",
  "Dwingende controle, isolement, afhankelijkheid moeder.",
  "Moeder: \"Het is goed zo.\" Stiefvader wil niet praten.",
  "Er is sprake van dwingende controle; veiligheid van moeder en {J} moet eerst geborgd.",
  "Veilig Thuis Friesland, Fier, Sociaal Wijkteam Leeuwarden.", 'Grou'),
 ("Vader ({v}), moeder ({m}), {J} ({y1}), {K} ({y2}). Gezin woont in Dokkum; oom heeft een kwekerij in Marrum.",
  "- {J} heeft autisme en ontploft thuis; moeder is op {e1} geslagen.\n- {K} trekt zich terug en eet slecht.\n- Ouders zijn uitgeput.",
  "Eerder MEE-ondersteuning; gestopt in 2025.",
  "Ouders werken goed samen met school (Dockinga College). Oom in Marrum biedt logeerweekenden.",
  "Overbelasting ouders, agressie {J}, wachtlijst Accolade.",
  "Moeder: \"We houden het zo niet vol.\" Vader: \"We willen {J} niet kwijt.\"",
  "Logeeropvang en specialistische behandeling zijn nodig om escalatie te voorkomen.",
  "Sociaal Team Noardeast-Fryslân, Accolade, MEE Friesland, Dockinga College.", 'Dokkum'),
 ("Moeder ({m}), {J} ({y1}). Vader onbekend. Moeder woont in Wolvega en werkt in een zorginstelling.",
  "- {J} wordt online benaderd door een oudere man; op {e1} bleek ze naaktfoto's te hebben gestuurd.\n- {J} gaat 's nachts weg.",
  "-",
  "Moeder is alert en heeft zelf gemeld. {J} heeft een band met haar mentor.",
  "Loverboy-signalen, sociale media, nachtelijk weglopen.",
  "Moeder: \"Ik ben doodsbang dat ik haar kwijtraak.\"",
  "Direct zedenpolitie en Fier betrekken; veiligheidsplan met moeder en school.",
  "Sociaal Team Weststellingwerf, politie Noord-Nederland (zeden), Fier, school.", 'Wolvega'),
 ("Vader ({v}), moeder ({m}), {J} ({y1}), {K} ({y2}). Het gezin woont in Harlingen; vader is visser.",
  "- Vader is wekenlang op zee; moeder heeft dan paniekaanvallen.\n- {K} bleef op {e1} alleen thuis toen moeder werd opgenomen.\n- {J} moet veel zorgtaken doen.",
  "Moeder had eerder een opname in 2022 bij GGZ Friesland.",
  "Vader is betrokken als hij thuis is. Zus van vader woont in Harlingen.",
  "Psychische klachten moeder, afwezigheid vader, weinig steun.",
  "Moeder: \"Als hij weg is, lukt het me niet.\" Vader: \"Ik kan mijn werk niet opgeven.\"",
  "Crisisplan en netwerkopvang nodig voor de periodes dat vader op zee is.",
  "Gebiedsteam Harlingen, GGZ Friesland, huisarts Harlingen.", 'Harlingen'),
 ("Moeder ({m}), vader ({v}), {J} ({y1}), {K} ({y2}). Gezin woont in Buitenpost; vader heeft een loonbedrijf.",
  "- Vader slaat met de vlakke hand en knijpt.\n- {J} vertelt op {e1} aan de juf dat ze bang is voor vader.\n- Moeder bagatelliseert.",
  "Vader groeide zelf op met slaan.",
  "Moeder is bereid om afspraken te maken. Beppe in Kollum is betrokken.",
  "Strenge opvoedingsstijl, stress door het bedrijf, ontkenning.",
  "Vader: \"Een tik heeft nog nooit kwaad gekund.\"",
  "Fysieke mishandeling vraagt om een veiligheidsplan met duidelijke bodemeisen.",
  "Sociaal Team Achtkarspelen, school, Veilig Thuis Friesland.", 'Buitenpost'),
 ("Moeder ({m}), {J} ({y1}), {K} ({y2}). Gezin woont in Joure; moeder heeft een LVB.",
  "- De woning is vervuild, er zijn ongedierte en schimmel.\n- {K} heeft op {e1} met luizen en koorts op school gezeten.\n- Moeder wordt financieel uitgebuit door een kennis.",
  "Sinds 2021 betrokkenheid van het gebiedsteam.",
  "Moeder is lief voor de kinderen en doet wat ze kan. Buurvrouw helpt met boodschappen.",
  "LVB moeder, financiële uitbuiting, vervuiling.",
  "Moeder: \"Ik weet niet hoe ik het moet schoonhouden.\"",
  "Dagelijkse ondersteuning in de thuissituatie is nodig; bewindvoering aanvragen.",
  "Gebiedsteam De Fryske Marren, MEE Friesland, JGZ.", 'Joure'),
]
PRO_FOR = [[0, 9], [0, 1, 9], [0, 1, 9], [1, 9], [0, 1], [11], [4], [2, 10], [5], [0, 1], [6], [8, 1], [12], [13], [7]]
LETTERS = 'ABDEFGHIJKLMNRSTWY'
SOORT = ['Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Overdracht']
LABELS = {  # variants (plain, synonym, caps)
 'datum': ['Datum', 'Datum inbreng'], 'soort': ['Soort inbreng', 'Type inbreng'],
 'jeugdige': ['Jeugdige (voorletter en geboortejaar)', 'Jeugdige', 'Jeugdige(n)'],
 'inbrenger': ['Inbrenger', 'Inbrenger (naam, functie, organisatie)'], 'vaste': ['Vaste deelnemer'],
 'gemeente': ['Verantwoordelijke gemeente', 'Gemeente'], 'gedrag': ['Gedragsdeskundige geraadpleegd', 'Gedragswetenschapper geraadpleegd'],
 'geinf': ['Geïnformeerd en gesproken', 'Wie is wanneer geïnformeerd'], 'instemming': ['Instemming betrokkenen', 'Instemming'],
 'vraag': ['Vraag aan het VeiligheidsTeam', 'Vraag aan het VHT', 'Hulpvraag aan het VHT'],
 'gezin': ['Gezinssamenstelling'], 'zorgen': ['Wat is er nu onveilig', 'Zorgen', 'Onveiligheid'], 'patroon': ['Patroon', 'Patroon uit het verleden'],
 'krachten': ['Krachten en beschermende factoren', 'Krachten'], 'risico': ['Risicofactoren'],
 'stemj': ['Stem van de jeugdige', 'Wat zegt de jeugdige'], 'stemo': ['Stem van ouders en verzorgers', 'Stem van ouders'],
 'visie': ['Visie van de inbrenger', 'Visie inbrenger'], 'score': ['Veiligheidsscore', 'Score'],
 'hulp': ['Betrokken hulpverlening'], 'pg': ['Persoonsgegevens'],
}
MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']

def fmt_date(rng, d, m, y=2026):
    if d == 6: d = 7  # keep '06-' (mobile-phone shape) out of clean text
    f = rng.randint(0, 4)
    if f == 0: return '%02d-%02d-%d' % (d, m, y)
    if f == 1: return '%d-%02d-%02d' % (y, m, d)
    if f == 2: return '%d %s %d' % (d, MONTHS[m - 1], y)
    if f == 3: return '%d/%d/%d' % (d, m, y)
    return '%d.%d.%d' % (d, m, y)

def label(rng, key, n, style):
    lab = rng.choice(LABELS[key])
    if style == 1: lab = '%d. %s' % (n, lab)
    if style == 2: lab = lab.upper()
    if style == 3: lab = lab.lower()
    return lab + ':'

STEMJ_TXT = [
 "{J} ({a} jaar): \"Als papa boos is ga ik naar mijn kamer. Ik wil dat het thuis rustig is.\"",
 "{J} ({a} jaar) is gesproken met de Drie Huizen; in het huis van de dromen woont iedereen samen zonder ruzie.",
 "{J} ({a} jaar): \"Ik wil niet meer alles alleen doen. Ik wil gewoon naar school.\"",
 "{J} ({a} jaar) wil niet dat er iets verandert, maar zegt ook: \"Het is wel eng soms.\"",
 "memo {j} zegt dat ze bang is als er geschreeuwd wordt en dat ze dan naar haar kamer gaat ze is {aw} jaar",
 "{J} ({a} jaar) tekende een huis met een dikke wolk erboven en zei: \"Dat is als mama huilt.\"",
]
WORDNUM = {1: 'een', 2: 'twee', 3: 'drie', 4: 'vier', 5: 'vijf', 6: 'zes', 7: 'zeven', 8: 'acht', 9: 'negen', 10: 'tien',
           11: 'elf', 12: 'twaalf', 13: 'dertien', 14: 'veertien', 15: 'vijftien', 16: 'zestien'}

def make_card(i, rng):
    k = (i - 1) % len(SC)
    sc = SC[k]
    pro = PROS[rng.choice(PRO_FOR[k])]
    style = rng.randint(0, 3)
    mon = rng.randint(9, 12)
    day = rng.randint(1, 28)
    J, K, L = rng.sample(LETTERS, 3)
    J += '.'; K += '.'; L += '.'
    y1 = rng.randint(2009, 2019); y2 = min(2024, y1 + rng.randint(2, 6)); y3 = 2026
    m = rng.randint(1980, 1998); v = m - rng.randint(-2, 6)
    e1 = fmt_date(rng, rng.randint(1, 28), mon - rng.randint(1, 2))
    fill = dict(J=J, K=K, L=L, j=J.lower(), y1=y1, y2=y2, y3=y3, m=m, v=v, e1=e1)
    youths = ['%s (%d)' % (J, y1)]
    if '{K}' in sc[0]: youths.append('%s (%d)' % (K, y2))
    if '{L}' in sc[0]: youths.append('baby %s (%d)' % (L, y3))
    soort = SOORT[rng.randint(0, 3)] if i % 3 else 'Eerste inbreng'
    if soort != 'Eerste inbreng': soort += ' (eerder besproken als VHT-2026-%04d)' % rng.randint(10, 200)
    datum = fmt_date(rng, day, mon)
    out = []; n = [0]
    def sec(key, text):
        n[0] += 1
        out.append(label(rng, key, n[0], style)); out.append(text.format(**fill)); out.append('')
    specials = []
    place = sc[8]
    if rng.random() < 0.5: specials.append(('[PROPERTY title]', 'Veiligheidskaart %s (%d) - %s' % (J, y1, soort.split(' (')[0])))
    if rng.random() < 0.4: specials.append(('[PROPERTY company]', pro[1]))
    if rng.random() < 0.6: specials.append(('[HEADER]', rng.choice(['VHK - VERTROUWELIJK - %s' % pro[2].upper(), 'Veiligheidskaart | VeiligheidsTeam Fryslân', 'Vertrouwelijk - niet doorsturen'])))
    for s in specials: out += [s[0], s[1], '']
    sec('datum', datum)
    sec('soort', soort)
    sec('jeugdige', '\n'.join(youths))
    sec('inbrenger', '%s, %s' % pro[:2])
    sec('vaste', pro[3])
    sec('gemeente', pro[2] + (' (%s)' % rng.choice(['Ljouwert', 'Fryslân'])) * (pro[2] == 'Leeuwarden' and rng.random() < 0.3))
    if rng.random() < 0.7: sec('gedrag', rng.choice(GEDRAG).format(d=fmt_date(rng, max(1, day - 3), mon)))
    geinf = ['Moeder: gesproken op %s (huisbezoek in %s).' % (fmt_date(rng, max(1, day - 5), mon), place),
             '%s: gesproken op %s op school.' % (J, fmt_date(rng, max(1, day - 4), mon))]
    if '{v}' in sc[0] or 'Vader' in sc[0]: geinf.append('Vader: telefonisch gesproken, week %d.' % rng.randint(36, 50))
    geinf.append(rng.choice(['De jeugdarts van de GGD is op de hoogte.', 'School is geïnformeerd.', 'Huisarts is geïnformeerd.']))
    sec('geinf', '\n'.join(geinf))
    if rng.random() < 0.8:
        sec('instemming', rng.choice(['Ja, ouders stemmen in met bespreking in het VHT.', 'Ja.', 'Ja, ook %s weet ervan.' % J]))
    else:
        sec('instemming', 'Nee. Vader weigert omdat hij geen bemoeienis wil. Rechtvaardiging inbrenger: de veiligheid van %s is in het geding; ouders zijn geïnformeerd dat de casus toch wordt ingebracht.' % J)
    sec('vraag', rng.choice(['Is vrijwillige hulp nog voldoende of adviseert het VHT een interventiegesprek met de Raad?',
                             'Advies gevraagd over een passend veiligheidsplan en wie regie neemt.',
                             'Graag advies: is opschaling naar Jeugdbescherming Noord nodig?',
                             'Welke hulp is nodig om de veiligheid binnen 6 weken te borgen?']))
    if rng.random() < 0.3: sec('gezin', '| rol | geboortejaar |\n| moeder | {m} |\n| %s | {y1} |' % J)
    else: sec('gezin', sc[0])
    sec('zorgen', sc[1])
    if rng.random() < 0.3:
        out += ['[COMMENT author=%s]' % rng.choice(['Voorzitter VHT', 'Gedragswetenschapper ' + pro[1], 'Vaste deelnemer ' + pro[1]]),
                rng.choice(['Graag concreter: wat is er precies gezien en wanneer?', 'Is de school al gesproken?', 'Score van de jeugdige ontbreekt nog.']), '']
    if sc[2] != '-' and rng.random() < 0.7: sec('patroon', sc[2])
    sec('krachten', sc[3])
    sec('risico', sc[4])
    age = 2026 - y1
    if age >= 12 or rng.random() < 0.6:
        t = rng.choice(STEMJ_TXT)
        sec('stemj', t.replace('{a}', str(age)).replace('{aw}', WORDNUM.get(age, str(age))))
        if rng.random() < 0.25: out += ['[ALT]', 'Tekening van %s (%d jaar): drie huizen, het huis van de zorgen is grijs.' % (J, age), '']
    sec('stemo', sc[5])
    if rng.random() < 0.3:
        chat = ['Uit de Teams-chat van het MDO (%s):' % datum,
                '[14:03] Jeugdarts GGD: groei en ontwikkeling in orde, wel zorgen over de hygiëne',
                '[14:06] Mentor school: verzuim neemt toe sinds de herfstvakantie',
                '[14:09] %s: ik neem het mee naar het VHT' % pro[0].split(', ')[1].capitalize()]
        sec('visie', sc[6] + '\n' + '\n'.join(chat))
    else:
        sec('visie', sc[6])
    s1, s2 = rng.randint(2, 6), rng.randint(4, 8)
    sec('score', rng.choice(['Inbrenger: %d. Moeder: %d.' % (s1, s2), '| inbrenger | %d |\n| ouders | %d |' % (s1, s2), 'inbrenger %d / ouders %d / school %d' % (s1, s2, rng.randint(2, 6))]))
    if rng.random() < 0.3: out += ['[TRACKED-DELETION]', 'Inbrenger: %d.' % (s1 + 1), '']
    if rng.random() < 0.8 or i > 45: sec('hulp', sc[7])
    if rng.random() < 0.3: out += ['[FOOTNOTE]', rng.choice(['Zie ook het verslag van het netwerkberaad in %s.' % place, 'ARIJ afgenomen op %s.' % fmt_date(rng, max(1, day - 7), mon)]), '']
    sec('pg', rng.choice(['-', 'n.v.t.', 'niet invullen bij inbreng']))
    if rng.random() < 0.4: out += ['[FOOTER]', rng.choice(['Pagina 1 van 3', 'VeiligheidsTeam - Consultatie & Advies', 'Versie %s' % datum]), '']
    pre = []
    if rng.random() < 0.5:
        pre += ['[MAIL-SUBJECT]', 'Inbreng VHT %s %s (%d)' % (pro[2], J, y1), '']
        pre += ['[MAIL-BODY]', 'Beste voorzitter, hierbij de kaart van %s (%d) voor de bespreking. Groet, %s' % (J, y1, pro[1]), '']
    if rng.random() < 0.6: pre += ['[FILENAME]', 'VHK_%s_%s%d_%d%02d%02d.docx' % (pro[2].replace(' ', '-'), J[0], y1, 2026, mon, day), '']
    return pre + out

# DIRTY items: (category, value, place, how) -- how: 'sec:<key>' appends to a section, or a special block
DIRTY = [
 [('NAME', 'Tsjerk Wijbenga', 'body (Gezinssamenstelling)', 'sec:gezin', 'Vader heet Tsjerk Wijbenga en werkt op het erf.'),
  ('PHONE', '06-19 38 27 45', 'mail body', 'block:[MAIL-BODY]', 'Vader is bereikbaar op 06-19 38 27 45.')],
 [('NAME', 'Selamawit', 'comment text', 'block:[COMMENT author=Voorzitter VHT]', 'Selamawit (moeder) wil alleen met vrouwelijke tolk.'),
  ('BSN', None, 'table row (Gezinssamenstelling)', 'sec:gezin', '| BSN moeder | {v} |')],
 [('NAME', 'Haddad', 'header', 'block:[HEADER]', 'VHK gezin Haddad - Heechterp'),
  ('BIRTHDATE', '14-02-2013', 'cover value (Jeugdige)', 'sec:jeugdige', 'geboortedatum oudste: 14-02-2013')],
 [('NAME', 'Giovanni Winklaar', 'property (title)', 'block:[PROPERTY title]', 'Veiligheidskaart Giovanni Winklaar'),
  ('ADDRESS', 'Aldlânsdyk 212', 'body (Zorgen)', 'sec:zorgen', '- Op Aldlânsdyk 212 is de politie vaker geweest.')],
 [('NAME', 'Bartek Zieliński', 'comment author', 'authorblock', 'Dit klopt niet, ik heb nooit geslagen. Ik wil dit eruit.'),
  ('IBAN', None, 'footnote', 'block:[FOOTNOTE]', 'Loon vader gaat naar {v}.')],
 [('NAME', 'Hiltje', 'body (Krachten)', 'sec:krachten', "Op Ameland is 'beppe Hiltje' elke dag in de buurt."),
  ('POSTCODE', '9163 HK', 'footer', 'block:[FOOTER]', 'Retour: 9163 HK Nes')],
 [('NAME', 'WIEBREN HOEKSEMA', 'mail subject', 'block:[MAIL-SUBJECT]', 'INBRENG VHT - WIEBREN HOEKSEMA / SNEEK'),
  ('EMAIL', 'w.hoeksema.snits@gmail.com', 'body (Stem van ouders en verzorgers)', 'sec:stemo', 'Vader wil alles per mail: w.hoeksema.snits@gmail.com')],
 [('NAME', 'Baukje', 'alt text', 'block:[ALT]', 'Foto: Baukje met de baby op de arm in Nij Smellinghe'),
  ('ID_NUMBER', 'NS-88102734', 'body (Betrokken hulpverlening)', 'sec:hulp', 'Nij Smellinghe patiëntnummer baby NS-88102734.')],
 [('NAME', 'Rients', 'tracked deletion', 'block:[TRACKED-DELETION]', 'Rients (vader) belde dronken naar school.'),
  ('URL', 'https://www.facebook.com/rients.franeker.45', 'body (Zorgen)', 'sec:zorgen', '- Vader plaatst berichten op https://www.facebook.com/rients.franeker.45')],
 [('NAME', 'Wytske', 'file name', 'filename', 'VHK_Grou_Wytske_woonboot.docx'),
  ('PHONE', '0566 62 18 93', 'body (Krachten)', 'sec:krachten', 'De buurman (0566 62 18 93) heeft een sleutel.')],
 [('NAME', 'Dijkstra-Elzinga', 'property (company)', 'block:[PROPERTY company]', 'Kwekerij Dijkstra-Elzinga, Marrum'),
  ('BIRTHDATE', 'acht mei tweeduizend dertien', 'body (Stem van de jeugdige)', 'sec:stemj', 'memo ze is geboren op acht mei tweeduizend dertien en ze wil niet naar huis')],
 [('NAME', 'tjitske', 'body (Stem van de jeugdige)', 'sec:stemj', "memo tjitske zei ik wil niet dat 'mem' nog met hem praat"),
  ('ADDRESS', 'Pijlsweerdstraat 4-C', 'mail body', 'block:[MAIL-BODY]', 'Post graag naar Pijlsweerdstraat 4-C, gezin woont daar tijdelijk.')],
 [('NAME', 'Sytske Hoekstra', 'footer', 'block:[FOOTER]', 'Opgesteld met moeder, Sytske Hoekstra'),
  ('BSN', None, 'body (Gezinssamenstelling)', 'sec:gezin', 'Jeugdige BSN {v}.')],
 [('NAME', 'Marek', 'body (Visie van de inbrenger)', 'sec:visie', '[14:11] Gezinsvoogd JBN: Marek (vriend van moeder) mag niet meer in huis komen'),
  ('ID_NUMBER', 'VTF-26-204417', 'header', 'block:[HEADER]', 'Veilig Thuis Friesland dossier VTF-26-204417')],
 [('NAME', 'Hylke Sikkema', 'table row (Gezinssamenstelling)', 'sec:gezin', '| vader | Hylke Sikkema | 1984 |'),
  ('POSTCODE', '8401AK', 'mail subject', 'block:[MAIL-SUBJECT]', 'Inbreng VHT gezin 8401AK Gorredijk')],
]

LABELKEY = {l.lower(): k for k, v in LABELS.items() for l in v}
import re, unicodedata
def nkey(line):
    s = unicodedata.normalize('NFKD', line)
    s = ''.join(c for c in s if not unicodedata.combining(c)).lower().strip()
    s = re.sub(r'^\d+[.)]\s*', '', s); s = re.sub(r'\s*:\s*$', '', s)
    s2 = {unicodedata.normalize('NFKD', k).encode('ascii', 'ignore').decode(): v for k, v in LABELKEY.items()}
    return s2.get(s)

def inject(lines, how, text):
    if how.startswith('sec:'):
        key = how[4:]
        for idx, l in enumerate(lines):
            if nkey(l) == key:
                j = idx + 1
                while j < len(lines) and lines[j].strip(): j += 1
                lines.insert(j, text); return lines
        raise SystemExit('section %s missing' % key)
    if how == 'filename':
        return ['[FILENAME]', text, ''] + [l for l in _strip_block(lines, '[FILENAME]')]
    if how == 'authorblock':
        return lines + ['[COMMENT author=%s]' % text_author, text, '']
    tag = how[6:]
    return _strip_block(lines, tag) + [tag, text, '']

def _strip_block(lines, tag):
    out = []; skip = False
    for l in lines:
        if l == tag: skip = True; continue
        if skip:
            if l == '': skip = False
            continue
        out.append(l)
    return out

os.makedirs(CDIR, exist_ok=True)
tsv = ['file\texpect\tnotes']
for i in range(1, 61):
    rng = random.Random(95000 + i)
    lines = make_card(i, rng)
    notes = '-'
    if i > 45:
        items = DIRTY[i - 46]
        parts = []
        for cat, val, place, how, text in items:
            if val is None:
                val = bsn(rng) if cat == 'BSN' else iban(rng, rng.choice(['RABO', 'INGB', 'ABNA']))
                if cat == 'BSN' and i % 2: val = '%s.%s.%s' % (val[:4], val[4:6], val[6:])
            text = text.replace('{v}', val)
            if how.startswith('sec:stemj') and not any(nkey(l) == 'stemj' for l in lines):
                how = 'sec:stemo'; place = 'body (Stem van ouders en verzorgers)'
            text_author = val
            lines = inject(lines, how, text)
            parts.append('%s "%s" @ %s' % (cat, val, place))
        notes = '; '.join(parts)
    while lines and lines[-1] == '': lines.pop()
    with open(os.path.join(CDIR, 'card-%02d.txt' % i), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(lines) + '\n')
    tsv.append('card-%02d.txt\t%s\t%s' % (i, 'CLEAN' if i <= 45 else 'DIRTY', notes))
with open(os.path.join(CDIR, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('\n'.join(tsv) + '\n')
print('60 cards written')
