#!/usr/bin/env python3
"""Generate ../cards/card-01..60.txt and cards.tsv for blind set 96 (seed 9601). python3 tools/gen_cards.py"""
import os, random, sys, datetime as dt
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from scenarios import S
import numbers as N

rng = random.Random(9601)
OUT = os.path.join(HERE, '..', 'cards')
MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober',
          'november', 'december']
DAYS = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo']

def fdate(d, style):
    if style == 0: return d.strftime('%d-%m-%Y')
    if style == 1: return d.strftime('%Y-%m-%d')
    if style == 2: return '%d %s %d' % (d.day, MONTHS[d.month - 1], d.year)
    if style == 3: return '%s %d-%d-%d' % (DAYS[d.weekday()], d.day, d.month, d.year)
    if style == 4: return d.strftime('%d.%m.%Y')
    return '%d/%d/%d' % (d.day, d.month, d.year)

# professionals (invented) per municipality: inbrengers and vaste deelnemers
PROS = {
 'Apeldoorn': [('Harmke Dijkstra', 'jeugdverpleegkundige', 'CJG Apeldoorn'), ('Orlando Sahetapy', 'casemanager', 'CJG Apeldoorn'),
               ('Femke Oudeman', 'gezinsvoogd', 'Jeugdbescherming Gelderland'), ('Hülya Kaplan', 'medewerker onderzoek', 'Veilig Thuis Noord- en Oost-Gelderland')],
 'Deventer': [('Gijs Wolbers', 'jeugdconsulent', 'Wijkteam Deventer Midden-Zuid'), ('Naima Bouzid', 'casemanager', 'Wijkteam Deventer-Oost'),
              ('Lisanne Scheurink', 'jeugdbeschermer', 'Jeugdbescherming Overijssel'), ('Tarik Yilmazer', 'medewerker', 'Veilig Thuis IJsselland')],
 'Zutphen': [('Mirjam Bolink', 'gezinscoach', 'Wijkteam Zutphen'), ('Stefan Ruesink', 'casemanager', 'Wijkteam Zutphen')],
 'Epe': [('Anneke Kok-Bijl', 'consulent jeugd', 'Sociaal team Epe'), ('Jeroen Slingerland', 'jeugdconsulent', 'Sociaal team Epe')],
 'Voorst': [('Karin Brinkhorst', 'jeugdconsulent', 'Toegang Voorst'), ('Rutger Eijerkamp', 'casemanager', 'Toegang Voorst')],
 'Lochem': [('Ilse Wentink', 'jeugdconsulent', 'Team Jeugd Lochem'), ('Dewi Sopamena', 'jeugdarts', 'GGD Noord- en Oost-Gelderland')],
 'Brummen': [('Thijs Arendsen', 'consulent', 'Sociaal team Brummen'), ('Bernadette Lodeweges', 'jeugdconsulent', 'Sociaal team Brummen')],
 'Olst-Wijhe': [('Margriet Boskamp', 'jeugdconsulent', 'Sociaal team Olst-Wijhe'), ('Youssef Chakir', 'casemanager', 'Sociaal team Olst-Wijhe')],
 'Heerde': [('Petra Haverslag', 'voogd', 'Jeugdbescherming Gelderland'), ('Ahmet Keskin', 'jeugdconsulent', 'Gemeente Heerde, team Jeugd')],
}
VASTE = {
 'Apeldoorn': 'Marjolein Vos-Tjoa, CJG Apeldoorn', 'Deventer': 'Bart Hesselink, Wijkteams Deventer',
 'Zutphen': 'Cora Mulderije, Wijkteam Zutphen', 'Epe': 'Sjoukje Hiemstra, Sociaal team Epe',
 'Voorst': 'Niels Haverkort, Toegang Voorst', 'Lochem': 'Irene Stoltenborg, Team Jeugd Lochem',
 'Brummen': 'Hans Leferink, Sociaal team Brummen', 'Olst-Wijhe': 'Ellen Pouwels, Sociaal team Olst-Wijhe',
 'Heerde': 'Wim Kroeze, Gemeente Heerde',
}
GEDRAG = ['Ja, Laura Middelkamp (orthopedagoog GZ, CJG Apeldoorn), op {D2}', 'Ja, gedragswetenschapper van het team, {D2}',
          'Nee', 'Ja, Koen Verstege (GZ-psycholoog Pluryn), telefonisch op {D2}']
LABELS = {
 'datum': ['Datum inbreng', 'Datum'], 'soort': ['Soort inbreng', 'Type inbreng'],
 'jeugdige': ['Jeugdige(n)', 'Jeugdige (voorletter en geboortejaar)', 'Jeugdige'],
 'inbrenger': ['Inbrenger', 'Inbrenger (naam, functie, organisatie)'], 'vaste': ['Vaste deelnemer'],
 'gemeente': ['Verantwoordelijke gemeente', 'Gemeente'], 'gedrag': ['Gedragsdeskundige geraadpleegd', 'Gedragswetenschapper geraadpleegd'],
 'geinf': ['Geïnformeerd en gesproken', 'Wie is wanneer geïnformeerd'], 'instemming': ['Instemming betrokkenen', 'Instemming'],
 'vraag': ['Vraag aan het VeiligheidsTeam', 'Vraag aan het VHT', 'Hulpvraag aan het VHT'], 'experts': ['Uit te nodigen experts', 'Experts'],
 'gezin': ['Gezinssamenstelling'], 'zorgen': ['Wat is er nu onveilig', 'Zorgen', 'Onveiligheid'],
 'patroon': ['Patroon', 'Patroon uit het verleden'], 'krachten': ['Krachten en beschermende factoren', 'Krachten'],
 'risico': ['Risicofactoren'], 'stemj': ['Stem van de jeugdige', 'Wat zegt de jeugdige'],
 'stemo': ['Stem van ouders en verzorgers', 'Stem van ouders'], 'visie': ['Visie van de inbrenger', 'Visie inbrenger'],
 'score': ['Veiligheidsscore', 'Score'], 'hulp': ['Betrokken hulpverlening'], 'pg': ['Persoonsgegevens'],
}
ORDER = ['datum', 'soort', 'jeugdige', 'inbrenger', 'vaste', 'gemeente', 'gedrag', 'geinf', 'instemming', 'vraag', 'experts',
         'gezin', 'zorgen', 'patroon', 'krachten', 'risico', 'stemj', 'stemo', 'visie', 'score', 'hulp', 'pg']

# DIRTY items per card 46..60: (category, value, place, where, text)
# where: a section key (text appended to that section), 'cover_jeugdige' (replaces youth line), 'table' (row in
# Gezinssamenstelling), or a special tag name (text replaces the clean block).
DIRTY = {
 46: [('NAME', 'Teunis Hardeman', 'mail body', 'MAIL-BODY',
       'Zeer geachte heer, mevrouw,\nMet bezwaard gemoed en na veel gebed neem ik de pen ter hand. Het huisgezin, waarvan wij de zorg ten overstaan van de Heere dragen, '
       'verkeert in grote nood. Wij hebben vader vermaand, doch zulks heeft tot heden geen vrucht gedragen. Moge de Heere u wijsheid schenken.\n'
       'Met eerbiedige groet, uw dienstwillige ouderling Teunis Hardeman, Uddel.'),
      ('ADDRESS', 'Garderenseweg 214', 'footnote', 'FOOTNOTE', 'Het huisbezoek vond plaats aan de Garderenseweg 214, alwaar het gehele gezin aanwezig was.')],
 47: [('NAME', 'ÖZDEMIR', 'header', 'HEADER', 'VHK GEZIN ÖZDEMIR - VERTROUWELIJK'),
      ('PHONE', '06-21459830', 'body (Stem van ouders)', 'stemo', 'Moeder wil graag teruggebeld worden op 06-21459830, alleen overdag.')],
 48: [('BIRTHDATE', '14-02-2014', 'cover value (Jeugdige)', 'cover_jeugdige', 'R. (14-02-2014)\nhalfzusje S. (2020)'),
      ('EMAIL', 'kimmie.zevenhuizen@hotmail.com', 'mail body', 'MAIL-BODY',
       'Hoi, hierbij de kaart. Moeder vroeg of het verslag naar kimmie.zevenhuizen@hotmail.com kan. Groet, vaste deelnemer CJG')],
 49: [('NAME', 'Bas Roelofsen', 'body (Zorgen)', 'zorgen', 'Collega van vader, Bas Roelofsen, heeft de stoel zien vliegen tijdens een videobelgesprek.'),
      ('ID_NUMBER', 'dienstnummer 4711983', 'footnote', 'FOOTNOTE', 'Bedrijfsmaatschappelijk werk Defensie kent vader onder dienstnummer 4711983.')],
 50: [('NAME', 'Al-Hamwi', 'table row (Gezinssamenstelling)', 'table', '| vader | Al-Hamwi | 1975 |'),
      ('URL', 'https://www.instagram.com/lina.dev.2010', 'body (Zorgen)', 'zorgen', 'Op https://www.instagram.com/lina.dev.2010 staan foto\'s van de "verlovingsavond".')],
 51: [('NAME', 'Habiba', 'alt text', 'ALT', 'Tekening van F.: zus Habiba achter het raam met tralies.'),
      ('ID_NUMBER', 'V-nummer 2702815530', 'body (Gezinssamenstelling)', 'gezin', 'Vader staat bij de IND geregistreerd onder V-nummer 2702815530.')],
 52: [('NAME', 'Leatemia', 'body (Krachten)', 'krachten', 'Opa Leatemia is de enige naar wie {J}. luistert.'),
      ('POSTCODE', '7422 HT', 'footer', 'FOOTER', 'Retour bij onbestelbaar: 7422 HT Deventer')],
 53: [('NAME', 'W. Bosgoed', 'property (title)', 'PROPERTY title', 'Veiligheidskaart W. Bosgoed - Epe'),
      ('BSN', 'BSN', 'tracked deletion', 'TRACKED-DELETION', 'BSN jeugdige: {BSN}')],
 54: [('NAME', 'J.W. Verhoef', 'footnote', 'FOOTNOTE', 'Ds. J.W. Verhoef van de hervormde gemeente Terwolde heeft het gesprek voorbereid.'),
      ('PHONE', '0571-277413', 'mail body', 'MAIL-BODY', 'Bijgaand de VHK. Ouders zijn alleen bereikbaar via de vaste lijn 0571-277413. Met vriendelijke groet, Toegang Voorst')],
 55: [('BIRTHDATE', '03-07-2025', 'table row (Gezinssamenstelling)', 'table', '| baby Q. | geb. 03-07-2025 |'),
      ('NAME', 'Kevin', 'comment text', 'COMMENT', 'Partner (Kevin) wil niet dat zijn naam in de kaart komt, graag overal "partner" schrijven.')],
 56: [('NAME', 'E.J. Harmsen', 'body (Zorgen)', 'zorgen', 'Proces-verbaal opgemaakt ten overstaan van E.J. Harmsen, buitengewoon opsporingsambtenaar.'),
      ('ID_NUMBER', 'LPA/2026/0331', 'mail subject', 'MAIL-SUBJECT', 'VHK Brummen C. (2012) - leerplicht PV LPA/2026/0331')],
 57: [('ADDRESS', 'Boxbergerweg 9', 'body (Zorgen)', 'zorgen', 'De ambulance kwam naar de Boxbergerweg 9 in Olst.'),
      ('EMAIL', 'v.tijhof2010@gmail.com', 'comment text', 'COMMENT', 'V. mailt zelf met de mentor via v.tijhof2010@gmail.com, mag dat in de kaart?')],
 58: [('NAME', 'Ricardo', 'file name', 'FILENAME', 'VHK_Apeldoorn_O2013_vader_Ricardo.docx'),
      ('IBAN', 'IBAN', 'body (Stem van ouders)', 'stemo', 'Moeder: "Hij moet de alimentatie gewoon op {IBAN} storten en wegblijven."')],
 59: [('NAME', 'Berendsen', 'property (company)', 'PROPERTY company', 'Pleeggezin Berendsen'),
      ('URL', 'tiktok.com/@xander_wapenveld', 'body (Stem van de jeugdige)', 'stemj', 'Filmpjes van het weglopen staan op tiktok.com/@xander_wapenveld.')],
 60: [('POSTCODE', '7425BX', 'header', 'HEADER', 'VEILIGHEIDSKAART - COLMSCHATE 7425BX'),
      ('BIRTHDATE', '11-5-2016', 'body (Gezinssamenstelling)', 'gezin', 'Y. is geboren op 11-5-2016.')],
}

def label(key, style, n, variant):
    opts = LABELS[key]
    lab = opts[(variant + n) % len(opts)]
    if style == 'num': return '%d. %s:' % (n, lab)
    if style == 'caps': return lab.upper() + ':'
    if style == 'lower': return lab.lower()
    if style == 'plain': return lab
    return lab + ':'

def build(i):
    sc = S[(i - 1) % 15]
    var = (i - 1) // 15
    gem = sc['gem']
    d = dt.date(2026, rng.choice([10, 11, 12]), rng.randint(1, 18))
    while d.weekday() >= 5: d -= dt.timedelta(days=1)   # cards are sent on working days
    d1 = d - dt.timedelta(days=rng.randint(6, 40))
    d2 = d - dt.timedelta(days=rng.randint(1, 5))
    ds = rng.randint(0, 5)
    J, Y = sc['youth'][0]
    A = d.year - Y
    fill = lambda t: t.replace('{J}', J).replace('{Y}', str(Y)).replace('{A}', str(A)).replace(
        '{D1}', fdate(d1, (ds + 1) % 6)).replace('{D2}', fdate(d2, (ds + 2) % 6))
    style = ['colon', 'num', 'caps', 'lower', 'plain'][(i * 7) % 5]
    inb = rng.choice(PROS[gem])
    vnum = rng.randint(10, 250)
    while N.elfproef('2026%04d' % vnum): vnum += 1   # keep VHT numbers from looking like an 8-digit BSN
    soort = ['Eerste inbreng', 'Vervolgbespreking (vervolg op VHT-2026-%04d)' % vnum, 'Monitoring',
             'Overdracht Veilig Thuis -> Toegang'][(i + var) % 4]
    if soort.startswith('Overdracht') and gem == 'Deventer': soort = 'Overdracht Jeugdbescherming Overijssel -> Wijkteam Deventer (einde OTS, via VHT)'
    youths = []
    for k, (ini, yr) in enumerate(sc['youth']):
        youths.append(('%s. (%d)' % (ini, yr)) if k == 0 else ('%s %s. (%d)' % (rng.choice(['broertje', 'zusje', 'zus', '']), ini, yr)).strip())
    if i % 4 == 0: jeug = ', '.join(youths)
    else: jeug = '\n'.join(youths)
    consent_no = (i % 7 == 3)
    if consent_no:
        inst = ('Nee. Vader weigert toestemming omdat hij de hulpverlening wantrouwt.\nRechtvaardiging inbrenger: de veiligheid van de '
                'kinderen weegt zwaarder; ouders zijn op %s geïnformeerd dat de kaart toch wordt ingebracht.' % fdate(d2, 0))
    else:
        inst = rng.choice(['Ja, beide ouders stemmen in; {J}. weet ervan.', 'Ja (mondeling, op {D2}).',
                           'Ja, moeder en {J}. hebben ingestemd. Vader is niet bereikt.', 'ja'])
    geinf = ('Moeder: gesproken op {D2} (huisbezoek).\nVader: telefonisch, {D2}.\n{J}.: gesproken op school op {D2}.\n'
             + rng.choice(['School is op de hoogte.', 'De huisarts is geïnformeerd.', 'Veilig Thuis is geïnformeerd.']))
    gedrag = GEDRAG[(i + var) % 4]
    experts = rng.choice(['', 'Raad voor de Kinderbescherming (consult)', 'Landelijk Knooppunt Huwelijksdwang en Achterlating',
                          'Verslavingsarts Tactus', 'Expertisecentrum Kindermishandeling Gelre', ''])
    vals = {
        'datum': fdate(d, ds), 'soort': soort, 'jeugdige': jeug, 'inbrenger': '%s, %s, %s' % inb,
        'vaste': VASTE[gem], 'gemeente': gem, 'gedrag': gedrag, 'geinf': geinf, 'instemming': inst,
        'vraag': sc['vraag'], 'experts': experts, 'gezin': sc['gezin'], 'zorgen': sc['zorgen'], 'patroon': sc['patroon'],
        'krachten': sc['krachten'], 'risico': sc['risico'], 'stemj': sc['stemj'], 'stemo': sc['stemo'],
        'visie': sc['visie'], 'score': sc['score'], 'hulp': sc['hulp'],
        'pg': rng.choice(['', 'n.v.t.', '-', 'niet invullen bij inbreng']),
    }
    if var % 2 == 1:  # table form of Gezinssamenstelling
        rows = ['| rol | geboortejaar |'] + ['| %s | %d |' % ('jeugdige ' + ini + '.', yr) for ini, yr in sc['youth']]
        vals['gezin'] = vals['gezin'] + '\n' + '\n'.join(rows)
    if A < 12 and var == 2:
        vals['stemj'] = ''  # recommended only; left out once per young-only scenario
    specials = {}
    specials['HEADER'] = rng.choice(['VHK - VERTROUWELIJK - %s' % gem.upper(), 'Veiligheidskaart VHT Stedendriehoek', 'VERTROUWELIJK'])
    if i % 2: specials['FOOTER'] = 'versie %d - pagina 1 van %d' % (var + 1, rng.randint(3, 5))
    if i % 3 == 0: specials['PROPERTY title'] = 'Veiligheidskaart %s. (%d)' % (J, Y)
    if i % 5 == 1: specials['PROPERTY company'] = 'Gemeente %s' % gem
    if i % 3 == 1: specials['COMMENT'] = rng.choice(['Graag concreter: wat heeft school precies gezien?', 'Score van vader nog navragen.',
                                                    'Klopt de datum van de mutatie?'])
    if i % 4 == 2: specials['ALT'] = 'Tekening van %s.: drie huizen, in het huis van de dromen staat een hond.' % J
    if i % 4 == 3: specials['TRACKED-DELETION'] = 'Inbrenger: %d.' % rng.randint(2, 7)
    if sc['letter']: specials['FOOTNOTE'] = 'Uit de brief van de ouderling, ontvangen %s: "%s"' % (fdate(d2, 2), sc['letter'])
    elif i % 5 == 4: specials['FOOTNOTE'] = 'Zie ARIJ-risicotaxatie van %s.' % fdate(d1, 0)
    if i % 3 == 2:
        specials['MAIL-SUBJECT'] = 'VHK %s. (%d) - %s - %s' % (J, Y, soort.split(' (')[0], gem)
        specials['MAIL-BODY'] = 'Beste voorzitter,\nIn de bijlage de veiligheidskaart voor de bespreking. Graag inplannen.\nMet vriendelijke groet,\nvaste deelnemer %s' % VASTE[gem].split(', ')[1]
        specials['FILENAME'] = 'VHK_%s_%s%d_%s.docx' % (gem.replace(' ', ''), J, Y, d.strftime('%Y%m%d'))
    comment_author = rng.choice(['Gedragswetenschapper %s' % inb[2], 'Voorzitter VHT', 'Vaste deelnemer %s' % gem])
    notes = []
    extra = {}
    cover_j = None
    table_rows = []
    for cat, val, place, where, text in DIRTY.get(i, []):
        if cat == 'BSN':
            val = N.fmt_bsn(N.bsn(rng), '.'); text = text.replace('{BSN}', val)
        if cat == 'IBAN':
            val = N.fmt_iban(N.iban_nl(rng, 'INGB'), 'g'); text = text.replace('{IBAN}', val)
        text = fill(text)
        if where == 'cover_jeugdige': vals['jeugdige'] = text
        elif where == 'table': table_rows.append(text)
        elif where in vals: vals[where] = vals[where] + '\n' + text
        else: specials[where] = text
        notes.append('%s "%s" @ %s' % (cat, val, place))
    if table_rows:
        vals['gezin'] = vals['gezin'] + '\n| rol | naam | geboortejaar/-datum |\n' + '\n'.join(table_rows)
    out = []
    for tag in ('FILENAME', 'PROPERTY title', 'PROPERTY company', 'HEADER'):
        if tag in specials: out += ['[%s]' % tag, fill(specials[tag]), '']
    n = 0
    for key in ORDER:
        v = vals[key]
        if key in ('gedrag', 'experts', 'patroon', 'hulp', 'stemj', 'pg') and not v:
            continue
        n += 1
        out += [label(key, style, n, var), fill(v), '']
        if key == 'zorgen' and 'COMMENT' in specials:
            out += ['[COMMENT author=%s]' % comment_author, fill(specials['COMMENT']), '']
        if key == 'stemj' and 'ALT' in specials:
            out += ['[ALT]', fill(specials['ALT']), '']
        if key == 'score' and 'TRACKED-DELETION' in specials:
            out += ['[TRACKED-DELETION]', fill(specials['TRACKED-DELETION']), '']
    for tag in ('FOOTNOTE', 'FOOTER', 'MAIL-SUBJECT', 'MAIL-BODY'):
        if tag in specials: out += ['[%s]' % tag, fill(specials[tag]), '']
    text = '\n'.join(out).rstrip('\n') + '\n'
    return text, ('; '.join(notes) if notes else '-')

os.makedirs(OUT, exist_ok=True)
rows = []
for i in range(1, 61):
    text, notes = build(i)
    with open(os.path.join(OUT, 'card-%02d.txt' % i), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(text)
    rows.append('card-%02d.txt\t%s\t%s' % (i, 'CLEAN' if i <= 45 else 'DIRTY', notes))
with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('file\texpect\tnotes\n' + '\n'.join(rows) + '\n')
print('wrote 60 cards')
