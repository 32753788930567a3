#!/usr/bin/env python3
"""Generates ../sentences.tsv for blind set 75 (fixed seed)."""
import os, random
from common import bsn, nonelf, nl_iban, iban, group
rng = random.Random(7501)
HERE = os.path.dirname(os.path.abspath(__file__))
rows = []
def B(cat, spans, s): rows.append(('BLOCK', cat, ' || '.join(spans), s))
def A(cat, s): rows.append(('ALLOW', cat, '-', s))

# ---------------- NAME: (template, name) ; span = name
NT = [
 "Moeder zegt dat {n} 's avonds vaak bij de buren zit.",
 "oma {n} uit Asenray wil wel oppassen maar is slecht ter been",
 "> Ik heb {n} gisteren nog gezien bij het hek van de school.",
 "Volgens {n} slaat vader alleen 'als het echt neet anders kan'.",
 "ACTIE: gesprek met {n} over de logeerafspraak | JB | wk 47",
 "Oom {n} rijdt met de kermis mee en is van april tot oktober weg.",
 "Buurvrouw {n} belde de politie toen het geschreeuw weer begon.",
 "Gezinssamenstelling: moeder, stiefvader {n} en drie kinderen.",
 "dictaat: ... ja en dan komt {n} dus binnen en dan gaat het mis ...",
 "Tijdens het huisbezoek was ook {n} (vriend van moeder) aanwezig.",
 "Ex-partner {n} heeft een contactverbod sinds de zomer.",
 "Op ma 2 nov. 2026 schreef {n}:",
 "mentor meldt dat {n} niet meer op de training komt",
 "De jeugdige logeert in het weekend bij tante {n} in Heythuysen.",
 "| broer | {n} | 17 jr | woont bij vader |",
 "Waat ich neet snap is dat {n} nog steeds in huis komt, zegt oma.",
 "Mevrouw {n} van het wijkteam heeft de melding doorgezet.",
 "Vader noemt {n} zijn 'rechterhand' bij de zweefmolen.",
 "{n} is de nieuwe vriend van moeder, hij woont in Maaseik.",
 "cc: {n} (zus van moeder)",
 "Gesprek gevoerd met {n}, de oudste zoon, over de nachten.",
 "Het meisje wil niet meer naar {n} toe op woensdag.",
 "zorg ivm {n} die de kinderen ophaalt onder invloed",
 "Actiepunt 3: {n} vragen om als netwerkpersoon te tekenen.",
 "Overleg met dhr. {n} over de schulden is uitgesteld.",
 "Zus {n} slaapt sinds de brand op de bank bij een vriendin.",
 "Het contact met opa {n} verloopt via beeldbellen.",
 "> > {n} gaf aan dat ze bang is voor haar broer.",
 "Volgens de school heeft {n} de jongen bij de poort opgewacht.",
 "De gezinsvoogd heeft {n} als getuige gehoord.",
 "Aanwezig: moeder, {n} (netwerk), mentor, zorgcoördinator.",
 "BUURMAN {n} HEEFT DE KINDEREN OPGEVANGEN",
 "Groeten, {n}",
 "De tweeling en hun neef {n} spelen vaak samen op het plein.",
 "Stiefmoeder {n} wil niet betrokken worden bij het plan.",
 "Ook {n} maakt zich zorgen, zegt de leerkracht.",
 "Vriendin {n} mag volgens moeder alles weten.",
 "moeder wil dat {n} weggaat maar durft het niet te zeggen",
 "Afspraak: {n} brengt de kinderen voortaan naar school.",
 "Het jongste kind noemt {n} 'papa', maar het is de buurman.",
 "volgens {n} is er vorige week met een mes gedreigd",
 "Naar zeggen van {n} drinkt moeder sinds de scheiding weer.",
 "De meldcode is gestart nadat {n} iets vertelde aan de juf.",
 "Bij de overdracht is {n} als vertrouwenspersoon genoemd.",
 "Netwerkberaad: {n} en de pleegouders schuiven aan.",
 "Van: {n}",
 "Broertje {n} heeft een blauwe plek op zijn arm.",
 "Vader heeft ruzie met zijn zwager {n} over geld.",
 "In de app schreef {n} dat ze 'het niet meer trekt'.",
 "Tolk geregeld; {n} (nicht van vader) vertaalt liever niet meer.",
]
NAMES = [
 "Sjeng Hoofs", "Trui Geraets", "Jeu Beijers", "Mieke Vossen-Schreurs", "Harie", "Lei Cuijpers", "Mariëlle Snijders",
 "Fieke", "Dré Smeets", "Jo Kusters", "Bèr Wijnen", "Nelleke van de Venne", "Huub Crombach", "Tinus", "Ellie Janssen-Jacobs",
 "Frans-Jozef Thijssen", "Mia", "Ger Bongers", "Wiel Coenen", "Sjra", "G.H.M. Lenssen", "P.J. van Ool", "Th. Dirkx",
 "KNOOPS", "STEVENS, ROY", "MOONEN", "Jos de Heus", "Karin vd Borne", "Kevin Houben", "Demi", "Jordy Linders",
 "Noor Maessen", "Lotte Op den Kamp", "Yara", "Sem Raedts", "Mohamed El Khattabi", "Khadija", "Ilias Bouzamour",
 "Nadia Amghar", "Youness", "Soufiane El Ouariachi", "Fatiha Benaissa", "Hamza", "Rachid Ait Taleb", "Emre Kılıç",
 "Zeynep Doğan", "Hüseyin", "Büşra Arslan", "Kaan", "Melek Yurtseven", "Oksana Kovalenko", "Bohdan", "Iryna Melnyk",
 "Taras Shevchuk", "Yuliia", "Dmytro Bondarenko", "Olena Tkachenko", "Wouter Vanbrabant", "Jolien Claesen", "Kobe",
 "Lieve Vanderhoven", "Stijn Ooms", "Dirk Schumacher", "Jürgen Heitzer", "Anja Müller-Reinartz", "Lukas", "Birgit Pesch",
 "Manuel Schippers", "Romano Brouwers", "Chantal Hanssen", "Dylano", "Samantha Gerits", "Rocco van der Staay",
 "Priya Raghunathan", "Wei Zhang", "Dr. Anand Krishnan", "Liesbeth Verhoeven-Doodeman", "sjef", "trees", "mo",
 "dewi", "jennifer kessels", "Tom Neer", "Femke Heel", "Bram Thorn", "Linda Echt", "Jan Roggeveen", "Roos Hendrix",
 "Hoop", "Marco Wessem", "van Haelen", "Ingrid de Beegden", "Patrick Maas", "Anouk Vlasman", "Lamin Jallow",
 "Aster Tesfay", "Piotr Nowicki", "Ionuț Popescu", "Dariusz", "Amina Yusuf",
]
assert len(NAMES) == 100
TG = 'xfxxxmfmxmxxxfxmxfmxfmxxxmfmfxxxmxmfxfxxmxxxxxxmmff'[:0] or ''.join(
    'm' if k in (5,7,9,14,18,20,24,26,31,33,39,46,47) else 'f' if k in (1,6,13,16,19,25,27,34,36,48,49) else 'x' for k in range(50))
NG = 'mfmfmmffmxmfmmfmfmmmxxxxmxmfmfmfffmmfmfmmfmmmfmfmffmfmfmfmfmfmmmfmfmmfmfmfxmfmfmxfmfmfmffmxfmfmfmmmf'
assert len(NG) == 100, len(NG)
slots = {g: [k for k in range(50) for _ in (0, 1) if TG[k] == g] for g in 'mfx'}
for g in slots: rng.shuffle(slots[g])
assign = [None] * 100
for i in range(100):
    g = NG[i]
    if g != 'x' and slots[g]: assign[i] = slots[g].pop()
for i in range(100):
    if assign[i] is None:
        pool = slots['x'] if (NG[i] == 'x' or not slots['m'] + slots['f']) else slots['x']
        if not pool: pool = slots['m'] if slots['m'] else slots['f']
        assign[i] = pool.pop()
for g in 'mf':
    for k in slots[g]:
        j = next(j for j in range(100) if NG[j] == 'x' and TG[assign[j]] == 'x')
        assign[j] = k
used = set()
for i, n in enumerate(NAMES):
    t = NT[assign[i]]
    s = t.format(n=n)
    if assign[i] in used and s.startswith('Moeder'): s = s.replace('Moeder', 'Mama', 1)
    used.add(assign[i])
    B('NAME', [n.replace('Dr. ', '')], s)
# a few possessives / special forms replace some
poss = [("Sjeng Hoofs", "Sjengs"), ]
# fix: hand-made possessive / special lines replacing 6 template lines
special = [
 ("Khadija", "Khadija's broer zit in een JJI in Roermond."),
 ("Harie", "Haries dochter doet 't huishouden, 't is neet good zo."),
 ("Kobe", "De moeder van Kobe woont over de grens in Kinrooi."),
 ("Yuliia", "Yuliia’s moeder slaapt slecht sinds het nieuws uit Charkiv."),
 ("sjef", "opa sjef zegt: ich kom auch wel es kieke"),
 ("Hoop", "Vader noemt zijn nieuwe vriendin 'Hoop', dat is echt haar naam, zegt de jeugdige."),
]
for n, s in special:
    for k, r in enumerate(rows):
        if r[2] == n:
            rows[k] = ('BLOCK', 'NAME', n, s)

# ---------------- BIRTHDATE 18
bd = [
 ("14-02-2013", "geb. 14-02-2013, zit in groep 8"),
 ("3 maart 2011", "De jeugdige is geboren op 3 maart 2011 in het Laurentius."),
 ("2012-07-19", "Geboortedatum: 2012-07-19"),
 ("21.11.2009", "J. geb. 21.11.2009 – heeft een eigen kamer bij oma"),
 ("8/5/2016", "dob zusje 8/5/2016"),
 ("12-4-14", "jongste geb 12-4-14, nog geen school"),
 ("A. (17-09-2010)", "Jeugdige: A. (17-09-2010)"),
 ("30 juni '12", "broertje werd 30 juni '12 geboren, te vroeg"),
 ("20150921", "gebdat 20150921 (uit het dossier van de GGD gehaald)"),
 ("1 jan. 2019", "Moeder vertelt dat het jongste kind op 1 jan. 2019 is geboren, 'nieuwjaarsbaby'."),
 ("09-12-1988", "Vader, geboren 09-12-1988, heeft geen vaste woonplaats."),
 ("26-okt-2011", "GEB. 26-OKT-2011".replace("26-OKT-2011", "26-okt-2011")),
 ("5 april 2014", "Zoon is op 5 april 2014 geboren in Heinsberg (D)."),
 ("11/03/2017", "| dochter | 11/03/2017 | basisschool |"),
 ("2 2 2013", "geboortedatum kind 2 2 2013 volgens het Oekraïense paspoort"),
 ("29-2-2012", "Ze is een schrikkeljaarkind: geboren 29-2-2012."),
 ("18.08.2010", "Geburtsdatum laut Schule: 18.08.2010"),
 ("7 sept. 2008", "Oudste zoon (geb. 7 sept. 2008) woont nog thuis."),
]
for sp, s in bd: B('BIRTHDATE', [sp], s)

# ---------------- ID_NUMBER 14
ids = [
 ("JBL-2291837", "dossiernummer bij JBL: JBL-2291837"),
 ("40071925", "cliëntnr. Mondriaan 40071925"),
 ("P-7782931", "patiëntnummer Laurentius P-7782931, opname kinderafdeling"),
 ("VTLN-26-118734", "Veilig Thuis heeft het onder kenmerk VTLN-26-118734 staan (casus van het gezin)."),
 ("NX4K7R2P9", "paspoortnummer vader: NX4K7R2P9"),
 ("EM 381 227 40", "ID-kaart moeder (BE) EM 381 227 40 – ligt bij de gemeente"),
 ("UA-FN338120", "Oekraïens paspoort: UA-FN338120, zoon staat erop bijgeschreven"),
 ("2026-0931-XON", "Xonar zaaknr 2026-0931-XON"),
 ("LLN 117243", "leerlingnummer LLN 117243 (Het Stedelijk Lyceum)"),
 ("8851 2276", "V-nummer van vader is 8851 2276, aanvraag loopt nog"),
 ("RB-550271-K", "Reclassering: registratienummer RB-550271-K"),
 ("K/26/04417", "Koraal clientnummer K/26/04417 – graag niet meer vermelden"),
 ("SJG 0044718", "SJG Weert patnr SJG 0044718, SEH-bezoek na val"),
 ("99120874", "polisnummer zorgverzekeraar 99120874 (moeder)"),
]
for sp, s in ids: B('ID_NUMBER', [sp], s)

# ---------------- ADDRESS 11
ad = [
 ("Kapellerlaan 217b", "Het gezin woont op Kapellerlaan 217b, bovenwoning."),
 ("Hertenerweg 41", "oma woont Hertenerweg 41 in Roermond, daar slapen de kinderen"),
 ("Godsweerdersingel 8-2", "adres vader: Godsweerdersingel 8-2"),
 ("Beekstraat 112", "Nieuw adres: Beekstraat 112, Weert (Wonen Limburg)."),
 ("Graaf Hornelaan 3", "Kermiswagen staat bij opa op het erf, Graaf Hornelaan 3."),
 ("MAASNIELDERWEG 96", "MOEDER VERBLIJFT TIJDELIJK MAASNIELDERWEG 96"),
 ("Steenweg 402", "vriend woont in Maaseik, Steenweg 402, de kinderen gaan er vaak heen"),
 ("Bredeweg 27A", "| vader | Bredeweg 27A | Swalmen |"),
 ("Kloosterstraat 5 kamer 14", "Het Oekraïense gezin zit in het oude klooster, Kloosterstraat 5 kamer 14."),
 ("Oude Heerweg 60", "Stiefvader staat ingeschreven op Oude Heerweg 60 in Nederweert."),
 ("Am Markt 19", "Vater wohnt jetzt in Wassenberg, Am Markt 19."),
]
for sp, s in ad: B('ADDRESS', [sp], s)

# ---------------- POSTCODE 11
pc = [
 ("6043 HK", "postcode moeder 6043 HK"), ("6006NM", "verhuisd naar 6006NM (Weert), zegt de mentor"),
 ("6071 ZR", "Retour aan afzender: 6071 ZR Swalmen"), ("6099 bc", "opa's postcode is 6099 bc"),
 ("6101 RE", "| oma | 6101 RE Echt |"), ("6042KW", "Pakketje van vader kwam aan op 6042KW."),
 ("6095 GP", "Nieuwe woning via Domus, postcode 6095 GP, nog niet ingericht."),
 ("6034 AT", "PC: 6034 AT"), ("6093AD", "moeder wil naar 6093AD, bij haar zus"),
 ("6051 LX", "Post voor het gezin gaat naar 6051 LX Maasbracht."),
 ("6041 MV", "De brief van de rechtbank is op 6041 MV bezorgd, niet op het oude adres."),
]
for sp, s in pc: B('POSTCODE', [sp], s)

# ---------------- BSN 11
def fmt_bsn(d, k):
    return [d, d[:4]+'.'+d[4:6]+'.'+d[6:], d[:3]+' '+d[3:6]+' '+d[6:], d[:3]+'-'+d[3:6]+'-'+d[6:]][k]
bsnt = ["BSN {b}", "bsn jeugdige: {b}", "Burgerservicenummer moeder {b} (staat op de uitdraai)",
        "| BSN | {b} |", "sofi/bsn vader {b}", "BSN zusje {b} – niet in de kaart zetten!",
        "{b} is het BSN van de jongste", "Ouder-BSN (voor de toeslag) {b}", "bsn.nr {b}",
        "In de verwijsbrief stond BSN {b}.", "BSN van oma (voogdijzaak): {b}"]
for i, t in enumerate(bsnt):
    d = bsn(rng, 8 if i == 8 else 9)
    b = d if i == 8 else fmt_bsn(d, i % 4)
    B('BSN', [b], t.format(b=b))

# ---------------- PHONE 11
ph = [
 ("06-28417730", "tel moeder 06-28417730"), ("+31 6 5120 8843", "Vader bereikbaar op +31 6 5120 8843 (alleen whatsapp)."),
 ("0475-338192", "oma vast nummer 0475-338192"), ("(0495) 54 21 08", "Buurvrouw: (0495) 54 21 08"),
 ("0032 89 56 71 40", "Moeder belt vanuit Bree: 0032 89 56 71 40"), ("+49 2452 98813", "Tel. Oma Heinsberg +49 2452 98813"),
 ("0681947265", "NUMMER VRIEND 0681947265"), ("+380 67 284 1953", "Oekraïens nummer moeder +380 67 284 1953"),
 ("06 44 19 82 07", "| stiefvader | 06 44 19 82 07 |"), ("+32 470 18 44 96", "Vader (België) gsm +32 470 18 44 96"),
 ("0031 6 1938 4472", "bel svp terug op 0031 6 1938 4472 ivm de afspraak"),
]
for sp, s in ph: B('PHONE', [sp], s)

# ---------------- EMAIL 9
em = [
 ("sjeng.hoofs1979@gmail.com", "Mail vader: sjeng.hoofs1979@gmail.com"),
 ("kermis.brouwers@hotmail.com", "Correspondentie graag naar kermis.brouwers@hotmail.com"),
 ("oksana.k.ua@ukr.net", "moeder leest mail op oksana.k.ua@ukr.net"),
 ("mamavanmila@live.nl", "Van: mamavanmila@live.nl"),
 ("j.vanool@telenet.be", "Vader (Kinrooi) via j.vanool@telenet.be"),
 ("fam.elkhattabi@outlook.com", "> doorgestuurd naar fam.elkhattabi@outlook.com op verzoek van moeder"),
 ("dre_smeets@kpnmail.nl", "e-mail opa: dre_smeets@kpnmail.nl"),
 ("b.arslan2004@icloud.com", "| zus | b.arslan2004@icloud.com |"),
 ("anja.mueller-r@web.de", "Oma schreibt an anja.mueller-r@web.de"),
]
for sp, s in em: B('EMAIL', [sp], s)

# ---------------- IBAN 9
ib = []
for bank in ['RABO', 'INGB', 'ABNA', 'SNSB', 'KNAB']:
    ib.append(nl_iban(rng, bank))
ib.append(iban(rng, 'BE', ''.join(str(rng.randrange(10)) for _ in range(12))))
ib.append(iban(rng, 'DE', ''.join(str(rng.randrange(10)) for _ in range(18))))
ib.append(nl_iban(rng, 'BUNQ'))
ib.append(iban(rng, 'UA', '322001' + '00000' + ''.join(str(rng.randrange(10)) for _ in range(14))))
ibt = ["Huur wordt betaald van {i}", "IBAN moeder: {i}", "rekening vader {i} (beslag gelegd)",
       "| bankrekening | {i} |", "Kinderbijslag gaat naar {i}, niet naar moeder.",
       "Vader betaalt alimentatie vanaf {i}.", "Konto Oma: {i}", "terugstorten op {i} graag",
       "Oekraïense rekening {i} wordt niet meer gebruikt."]
forms = ['c', 'g', 'c', 'g', 'l', 'g', 'g', 'c', 'c']
for t, i, f in zip(ibt, ib, forms):
    v = i if f == 'c' else group(i) if f == 'g' else i.lower()
    B('IBAN', [v], t.format(i=v))

# ---------------- URL 6
ur = [
 ("https://www.tiktok.com/@dylano.rmd", "Jeugdige post filmpjes op https://www.tiktok.com/@dylano.rmd"),
 ("instagram.com/zeynep.dgn_", "Zus heeft foto's van het incident op instagram.com/zeynep.dgn_ gezet."),
 ("https://www.facebook.com/lei.cuijpers.75", "Vader scheldt op https://www.facebook.com/lei.cuijpers.75"),
 ("www.kermisbrouwers-zweefmolen.nl/familie", "Familiefoto's staan op www.kermisbrouwers-zweefmolen.nl/familie"),
 ("snapchat.com/add/mo_roermond03", "snap van broer: snapchat.com/add/mo_roermond03"),
 ("https://t.me/taras_sh_nl", "Vader is via Telegram te volgen: https://t.me/taras_sh_nl"),
]
for sp, s in ur: B('URL', [sp], s)

# ================= ALLOW
places = [
 "Het gezin is verhuisd van Thorn naar Neer.", "Vader werkt in Horn bij een tuinder.", "In Echt is de situatie rustiger geworden.",
 "Opa en oma wonen in Linne, vlak bij de Maas.", "Moeder is opgegroeid in Haelen en later naar Kessel gegaan.",
 "De kermis staat deze maand in Belfeld, daarna in Baarlo.", "oudste zoon traint in Helden, jongste in Beegden",
 "Kinderen logeren in het weekend in Roggel.", "tante woont in Leveroy, oom in Ell", "Zus verhuist naar Hunsel.",
 "De familie komt oorspronkelijk uit Grathem.", "VADER WOONT NU IN HEEL", "Boot ligt in de jachthaven van Wessem.",
 "moeder fietst elke dag van Panheel naar Maasbracht", "Oma komt uit Herkenbosch, opa uit Vlodrop.",
 "Gezin woont aan de rand van Melick.", "Het gezin woonde eerder in Maria Hoop.", "Vader is geboren in Nador en kwam via Roermond hier.",
 "Wonen in Donderberg, de kinderen gaan in Kapel in 't Zand naar school.", "Nieuwe huurwoning in Oolderveste.",
 "Moeder is vaak bij haar zus in Maasniel.", "Ze wonen nu in Herten, achter de kerk.", "Familie in Asenray heeft een boerderij.",
 "Het gezin woont in Moesel, de grootouders in Fatima.", "oma woont in Keent", "Jongste gaat naar de opvang in Boshoven.",
 "Vader heeft een kamer in Leuken.", "De kinderen spelen veel in Swalmen bij het zwembad.", "Oom woont in Beesel, neef in Reuver.",
 "Moeder is na de scheiding naar Susteren getrokken.", "Stiefvader komt uit Heythuysen.", "Nederweert en Ospel: daar zit de rest van de familie.",
 "Opa woont in Stramproy, vlakbij de Belgische grens.", "Ze zijn via Posterholt en Montfort uiteindelijk in Sint Odiliënberg beland.",
 "Moeder werkt in Baexem, vader in Kelpen-Oler.", "Het kermisgezin overwintert in Buggenum.", "De vader woont in Maaseik (BE).",
 "Oma woont in Neeroeteren, daar gaan ze met de feestdagen heen.", "Vader werkt in Kinrooi en Bree.",
 "De Duitse grootouders wonen in Wassenberg, een tante in Heinsberg.", "Het gezin is gevlucht uit Charkiv en woont nu in Roermond.",
 "Moeder heeft familie in Izmir en in Gaziantep.", "De vader komt uit Al Hoceima, de moeder uit Tanger.",
 "Het academische gezin kwam vanuit Leuven naar Geleen (Brightlands).", "Het gezin woont in Venlo-Zuid, vroeger in Tegelen.",
 "dochter zit bij een pleeggezin in Weert", "zoon ging kamperen in Ardennen met de scouting", "Ze hebben familie in Limburg en in Noord-Brabant.",
 "Vader rijdt de hele zomer door Duitsland en België met de botsauto's.", "Moeder zegt: ich blief in Roggel, dao höb ich mien meensje.",
]
for s in places: A('PLACE', s)
inst = [
 "Opgenomen in het Laurentius Ziekenhuis Roermond op de kinderafdeling.", "SEH-bezoek SJG Weert (Sint Jans Gasthuis).",
 "Doorverwezen naar VieCuri voor een second opinion.", "Moeder is in behandeling bij Mondriaan.", "Zoon krijgt begeleiding van Koraal.",
 "Xonar biedt een plek in de crisisopvang.", "Rubicon doet de ambulante gezinsbegeleiding.", "Jeugdbescherming Limburg heeft een voorlopige OTS.",
 "Veilig Thuis Limburg-Noord heeft het onderzoek afgerond.", "Wonen Limburg dreigt met ontruiming wegens overlast.",
 "Woningstichting Domus biedt een urgentiewoning aan.", "Politie Limburg basisteam Roermond is twee keer ter plaatse geweest.",
 "Basisteam Weert-Cranendonck heeft een zorgmelding gemaakt.", "Dochter zit op het Bisschoppelijk College Roermond.",
 "Zoon gaat naar Het Stedelijk Lyceum, locatie Kapellerlaan.".replace(", locatie Kapellerlaan", ""), "Oudste zit op de Philips van Horne in Weert.",
 "Het Kwadrant Weert biedt een plek in de rebound.", "Scholengemeenschap Sint Ursula Horn heeft een zorgoverleg gepland.",
 "De Wingerd heeft een logeerplek aangeboden.", "Daelzicht begeleidt de oudste dochter (LVB).", "Oma gaat mee met 'De Zonnebloem' op vakantie.",
 "De moeder bezoekt de moskee aan de Roermondse Godsweerd op vrijdag.".replace(" aan de Roermondse Godsweerd", " in Roermond"),
 "Het Oekraïense gezin wordt ondersteund door Vluchtelingenwerk Zuid-Nederland.", "Maatschappelijk werk van ContourdeTwern is betrokken.",
 "Kinderen zitten op basisschool De Kleine Wereld.", "Zoon voetbalt bij RKSV Roermond-Oost.", "Vader is lid van de Bond van Nederlandse Kermisexploitanten.",
 "Aanmelding bij het Centrum voor Jeugd en Gezin Weert.", "Brightlands Campus Greenport is de werkgever van moeder.",
 "Moeder promoveert aan de Universiteit Maastricht.", "Vader werkt bij Chemelot.", "Het Jeugdzorg Limburg-team neemt het over.",
 "Kinderpsychiater van de GGZ Noord- en Midden-Limburg is gevraagd.", "MEE Zuid-Limburg doet de cliëntondersteuning.",
 "De Raad voor de Kinderbescherming, regio Limburg, start een onderzoek.", "Rechtbank Limburg, locatie Roermond, behandelt de OTS.",
 "Het Jugendamt Heinsberg is geïnformeerd.", "Kind en Gezin (Vlaanderen) was eerder betrokken.", "Sint Christoffelkathedraal: vader is er koster.",
 "Stichting Sint Annaklooster in Weert biedt opvang.", "De kinderen gaan naar Harmonie Sint Joseph in Haelen.",
 "Leger des Heils Roermond helpt met voedsel.", "Humanitas Weert zet een thuisadministratie-vrijwilliger in.",
 "Zoon zit bij de scouting Sint-Joris in Echt.", "Het Centrum voor Seksueel Geweld Limburg is ingeschakeld.",
 "St. Anna Ziekenhuis Geldrop deed de traumascreening.", "Moeder werkt bij de Gemeente Roermond als baliemedewerker.",
 "Consultatiebureau van GGD Limburg-Noord ziet de baby.", "Zoon krijgt les op De Maasvallei (SO).", "Kind zit op de Jozefschool in Swalmen.",
]
for s in inst: A('INSTITUTION', s)
ev = [
 "Incident op 12-10-2026, politie ter plaatse om 23.40 uur.", "Opname Laurentius van 3-11-2026 tot 9-11-2026.", "Zorgoverleg school 2026-11-04.",
 "Op ma 2 nov. 2026 is het huisbezoek geweest.", "Melding VT binnen op 14/10/2026.", "SEH-bezoek 28-09-2026 na een val van de trap.",
 "Consultatiebureau: controle baby 17-11-2026, gewicht goed.", "Rechtszitting OTS op 1 december 2026.", "Carnaval 2026: vader was drie dagen weg.",
 "Sinds 11-11 (elfde van de elfde) drinkt vader weer meer.", "Kermis Roermond (Pinksteren) is een drukke periode voor het gezin.",
 "Volgende bespreking: do 26-11-2026.", "Verhuizing gepland op 15 januari 2027.", "Schorsing van school van 20-10-2026 t/m 22-10-2026.",
 "Huisarts zag moeder op 30-10-2026 met blauwe plekken.", "Gezin is op 24-02-2022 uit Oekraïne vertrokken.", "Aankomst in Roermond: 9 maart 2022.",
 "DATUM HUISBEZOEK 2026-10-27", "Evaluatie veiligheidsplan wk 49.", "De zorgmelding is van 5/11/2026.",
 "Overleg met de GI op 19 nov. 2026 om 14.00 uur.", "Ontruimingsvonnis van 07-10-2026.", "Koningsdag was de laatste escalatie.",
 "op 02-11-2026 weer ruzie gehad, buren belden", "Eerste inbreng VHT op 10-11-2026.", "Vader zat van 4-8-2026 tot 18-8-2026 in detentie.",
 "Baby is 6 weken; hielprik gedaan op 22-10-2026.", "Op 31-10-2026 (Halloween) liep het uit de hand.", "Bespreking verplaatst naar 3-12-2026.",
 "Kerstvakantie 2026: kinderen bij oma.",
]
for s in ev: A('EVENT_DATE', s)
pro = [
 "Inbrenger: Ellen Gubbels, jeugdprofessional, Sociaal Wijkteam Roermond", "Vaste deelnemer: Karim Ouaali, Veilig Thuis Limburg-Noord",
 "Gedragsdeskundige geraadpleegd: drs. Marloes Tummers, orthopedagoog Xonar", "De jeugdarts van de GGD heeft het kind gezien.",
 "Gezinsvoogd van Jeugdbescherming Limburg is nog niet toegewezen.", "de huisarts stuurt een verwijsbrief naar de kinderarts",
 "Zorgcoördinator van het Bisschoppelijk College zit bij het overleg.", "Mentor en intern begeleider zijn op de hoogte.",
 "Wijkagent basisteam Roermond gaat langs.", "De SEH-arts van het SJG heeft een melding gedaan.",
 "Inbrenger (naam, functie, organisatie): Ruud Vaessen, gezinscoach, Rubicon", "Vaste deelnemer: Sevda Karaca, Toegang gemeente Weert",
 "Gedragswetenschapper geraadpleegd: Ja, Bart Willems (GZ-psycholoog Koraal)", "De kinderarts van VieCuri denkt aan een groeiachterstand.",
 "Met vriendelijke groet, namens het CJG Weert, de jeugdverpleegkundige", "Behandelaar Mondriaan (psychiater) ziet moeder eens per maand.",
 "Raadsonderzoeker van de RvdK neemt contact op.", "Casemanager Wonen Limburg is gebeld.", "Trajectbegeleider Daelzicht komt wekelijks.",
 "De tolk Oekraïens (via Tolkcontact) was aanwezig.", "INBRENGER: Nicole Schrijnemaekers, jeugdverpleegkundige GGD Limburg-Noord",
 "Vaste deelnemer: Jeroen Mertens, coördinator VHT Midden-Limburg", "De leerplichtambtenaar van Roermond heeft een proces-verbaal opgemaakt.",
 "Maatschappelijk werker van het Laurentius belt moeder.", "De zorgcoördinator van Sint Ursula Horn neemt actiepunt 2.",
 "verpleegkundige van de kinderafdeling maakte zich zorgen", "Gedragsdeskundige geraadpleegd: nee",
 "Vaste deelnemer: Astrid Geurts-Heines, Veilig Thuis Limburg-Noord", "Inbrenger: Hatice Öztürk, schoolmaatschappelijk werker, Het Kwadrant Weert",
 "De reclasseringswerker van vader wordt uitgenodigd.",
]
for s in pro: A('PROFESSIONAL', s)
age = [
 "J. is 14 jaar en zit in 2 havo.", "Broertje is 8, zusje 3.", "Baby van 6 weken.", "moeder is 23 jr", "Vader (41) werkt op de kermis.",
 "DE OUDSTE IS 17 EN WIL HET HUIS UIT", "Ze is pas 12 maar zorgt voor haar broertjes.", "Kind van 4,5 jaar, nog niet zindelijk.",
 "Oma is 78 en kan het niet meer aan.", "De jeugdige wordt in maart 18.", "M. (2011) is 15 jaar.", "tweeling van 10 jr",
 "Jongen (16 jaar) blowt dagelijks.", "Het meisje van 13 slaapt slecht.", "Moeder was 17 toen ze zwanger werd.",
 "Kinderen: 9, 7 en 2 jaar.", "D. (2024) is nu 2.", "Stiefbroer is 19 en woont zelfstandig.", "zusje 11 jr, groep 8", "Leeftijd jeugdige: 15.",
]
for s in age: A('AGE', s)
orgn = []
for t in ["KvK Xonar: {k}", "KvK-nummer Rubicon {k}", "AGB-code huisartsenpraktijk {k}", "AGB {k} (Mondriaan)", "KvK Stichting Daelzicht {k}"]:
    orgn.append(t.format(k=nonelf(rng, 8)))
orgn += [
 "Veilig Thuis is bereikbaar op 0800-2000.", "bij direct gevaar 112 bellen", "Kindertelefoon 0800-0432", "113 Zelfmoordpreventie: 0800-0113",
 "Zaaknummer VHT-2026-0087", "Vervolg op VHT-2025-0214.", "Methylfenidaat 3 dd 10 mg.", "ARIJ-score 3 van 4 risicofactoren.",
 "Veiligheidsscore inbrenger 3, moeder 6.", "Gemeente Roermond: 14 0475", "Politie geen spoed: 0900-8844",
 "Sertraline 50 mg, sinds week 40.", "SDQ totaalscore 22 (verhoogd).", "Artikel 1:255 BW is aan de orde.", "Rijksvoorlichtingsdienst... nee: Sociaal Raadslieden 088-8878787".replace("Rijksvoorlichtingsdienst... nee: ", ""),
]
for s in orgn: A('ORG_NUMBER', s)

assert len(rows) == 400, len(rows)
rng.shuffle(rows)
with open(os.path.join(HERE, '..', 'sentences.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, (e, c, sp, s) in enumerate(rows, 1):
        fh.write('B75-%03d\t%s\t%s\t%s\t%s\n' % (i, e, c, sp, s))
print('ok', len(rows))
