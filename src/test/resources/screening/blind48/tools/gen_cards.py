#!/usr/bin/env python3
"""Generate ../cards/card-01..60.txt and cards.tsv for blind set 48 (fixed seed; byte-for-byte reproducible)."""
import os, random
HERE = os.path.dirname(os.path.abspath(__file__))
exec(open(os.path.join(HERE, 'card_parts.py'), encoding='utf-8').read())
from numgen import make_bsn, make_iban
OUT = os.path.join(HERE, '..', 'cards')
rng = random.Random(480048)
nrng = random.Random(4800)   # numbers for dirty items

LABELS = {
 'datum': ['Datum', 'Datum inbreng'], 'soort': ['Soort inbreng', 'Type inbreng'],
 'jeugdige': ['Jeugdige (voorletter en geboortejaar)', 'Jeugdige', 'Jeugdige(n)'],
 'inbrenger': ['Inbrenger', 'Inbrenger (naam, functie, organisatie)'], 'vaste': ['Vaste deelnemer'],
 'gemeente': ['Verantwoordelijke gemeente', 'Gemeente'], 'gedrag': ['Gedragsdeskundige geraadpleegd', 'Gedragswetenschapper geraadpleegd'],
 'geinf': ['Geïnformeerd en gesproken', 'Wie is wanneer geïnformeerd'], 'instemming': ['Instemming betrokkenen', 'Instemming'],
 'vraag': ['Vraag aan het VeiligheidsTeam', 'Vraag aan het VHT', 'Hulpvraag aan het VHT'], 'experts': ['Uit te nodigen experts', 'Experts'],
 'gezin': ['Gezinssamenstelling'], 'zorgen': ['Wat is er nu onveilig', 'Zorgen', 'Onveiligheid'], 'patroon': ['Patroon', 'Patroon uit het verleden'],
 'krachten': ['Krachten en beschermende factoren', 'Krachten'], 'risico': ['Risicofactoren'],
 'stemj': ['Stem van de jeugdige', 'Wat zegt de jeugdige'], 'stemo': ['Stem van ouders en verzorgers', 'Stem van ouders'],
 'visie': ['Visie van de inbrenger', 'Visie inbrenger'], 'score': ['Veiligheidsscore', 'Score'], 'hulp': ['Betrokken hulpverlening'],
 'pg': ['Persoonsgegevens'],
}
ORDER = ['datum', 'soort', 'jeugdige', 'inbrenger', 'vaste', 'gemeente', 'gedrag', 'geinf', 'instemming', 'vraag', 'experts',
         'gezin', 'zorgen', 'patroon', 'krachten', 'risico', 'stemj', 'stemo', 'visie', 'score', 'hulp', 'pg']
EXTRA = {  # harmless tricky lines, added at random to body sections of all cards
 'zorgen': ['Melding gedaan via het Veilig Thuis-nummer 0800-2000 op een zondag.', 'De huisarts in Puttershoek verwees naar de SEH van Van Weel-Bethesda.',
            'Het Jeroen Bosch Ziekenhuis zag op 03-11-2026 geen botbreuken.', 'Verzuim gemeld bij de leerplichtambtenaar van de Regio Rivierenland.'],
 'krachten': ['Het gezin gaat naar de Hersteld Hervormde Kerk in Nederhemert.', 'De jeugdige zit op de Koningin Wilhelmina school en heeft daar een maatje.',
              'Sportvereniging in Velddriel biedt gratis lidmaatschap via het Jeugdfonds Sport & Cultuur.', 'Moeder kan terecht bij de moskee in Zaltbommel voor praktische steun.'],
 'risico': ['Wachtlijst Yulius (16 weken).', 'Huurachterstand bij Fien Wonen van 2.740 euro.', 'Wachttijd GGZ Oost Brabant ongeveer 12 weken.',
            'Vader heeft in de Sint Maartenskliniek gelegen en kan niet werken.'],
 'hulp': ['Lievegoed (ambulant)', 'Kleurrijk Wonen (wijkconsulent)', 'Rivierenland Ziekenhuis Tiel (kinderarts)', 'Woonkracht10 (sociaal beheer)'],
}
SOORT = ['Eerste inbreng', 'Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Overdracht']
DATES = ['%02d-%02d-2026' % (d, m) for m, ds in ((11, range(2, 28)), (12, range(1, 11))) for d in ds if True]

def card_date(i):
    return DATES[(i * 7) % len(DATES)]

def minus(date, k):
    d, m, y = map(int, date.split('-'))
    d -= k
    while d < 1: m -= 1; d += 30
    return '%02d-%02d-%d' % (d, m, y)

def label(key, style):
    l = rng.choice(LABELS[key])
    if style == 'caps': return l.upper() + ':'
    if style == 'lower': return l.lower()
    return l + ':'

def build(i, sc, dirty_items):
    style = rng.choice(['plain', 'num', 'caps', 'plain', 'lower'])
    pro = rng.choice([p for p in PROS if p[3] == sc['gem']] or PROS)
    date = card_date(i)
    year = 2026
    soort = rng.choice(SOORT)
    ys = sc['youths']
    first = ys[0]
    v = {}
    v['datum'] = [rng.choice([date, date.replace('-', '/'), '2026-%s-%s' % (date[3:5], date[:2])])]
    if soort in ('Vervolgbespreking', 'Monitoring'):
        v['soort'] = ['%s (eerdere bespreking VHT-2026-%04d)' % (soort, rng.randint(100, 499))]
    elif soort == 'Overdracht':
        v['soort'] = ['Overdracht (%s)' % rng.choice(['Veilig Thuis -> Toegang', 'Toegang -> Raad voor de Kinderbescherming', 'GI -> Toegang, einde OTS'])]
    else:
        v['soort'] = [soort]
    v['jeugdige'] = ['%s%s (%d)' % ('' if n == 0 else r + ' ', ini, y) for n, (ini, y, r) in enumerate(ys)]
    v['inbrenger'] = ['%s, %s, %s' % pro[:3]]
    v['vaste'] = [VASTE.get(sc['gem'], VASTE['Tiel'])]
    v['gemeente'] = [sc['gem']]
    if rng.random() < 0.7: v['gedrag'] = [rng.choice(GEDRAG).format(d=minus(date, 6))]
    inf = ['Moeder: gesproken op %s (huisbezoek in %s).' % (minus(date, rng.randint(3, 9)), sc['plaats'])]
    if year - first[1] >= 8:
        inf.append('%s: gesproken op %s, op school.' % (first[0], minus(date, rng.randint(2, 8))))
    inf.append(rng.choice(['Vader: telefonisch op %s.' % minus(date, 10), 'Vader is per brief geïnformeerd op %s.' % minus(date, 12),
                           'Stiefvader weigerde een gesprek (%s).' % minus(date, 5)]))
    v['geinf'] = inf
    if rng.random() < 0.75:
        v['instemming'] = [rng.choice(['Ja.', 'Ja, ouders en %s stemmen in.' % first[0], 'ja, mondeling op het huisbezoek'])]
    else:
        v['instemming'] = ['Nee. Vader weigert instemming omdat hij vindt dat er geen zorgen zijn.',
                           'Verantwoording inbrenger: de veiligheid van %s weegt zwaarder; bespreking is nodig om de juiste route te kiezen.' % first[0]]
    v['vraag'] = [sc['vraag']]
    if rng.random() < 0.4: v['experts'] = [rng.choice(['Jeugdarts GGD', 'Gedragswetenschapper GI', 'Medewerker Raad voor de Kinderbescherming', 'Verslavingsarts'])]
    v['gezin'] = list(sc['gezin'])
    z = list(sc['zorgen'])
    if rng.random() < 0.7: z += [''] + sc['chron']
    v['zorgen'] = z
    if rng.random() < 0.7: v['patroon'] = [sc['patroon']]
    v['krachten'] = [sc['krachten']]
    v['risico'] = [sc['risico']]
    v['stemj'] = list(sc['stemj'])
    v['stemo'] = list(sc['stemo'])
    v['visie'] = [sc['visie']]
    s = sc['scores']
    v['score'] = ['Inbrenger: %d. Moeder: %d.%s' % (s[0], s[1], '' if s[2] is None else ' %s: %d.' % (first[0], s[2]))]
    v['hulp'] = [sc['hulp']]
    v['pg'] = [rng.choice(['n.v.t.', '-', 'niet invullen bij inbreng'])]
    for k, pool in EXTRA.items():
        if rng.random() < 0.6: v[k] = v[k] + [rng.choice(pool)]
    # harmless special blocks
    blocks = {'pre': [], 'post': []}
    if rng.random() < 0.5: blocks['pre'].append(('FILENAME', 'VHK_%s_%s%d_%s.docx' % (sc['gem'].replace(' ', ''), first[0][0], first[1], '2026' + date[3:5] + date[:2])))
    if rng.random() < 0.5: blocks['pre'].append(('PROPERTY title', 'Veiligheidskaart %s (%d) - %s' % (first[0], first[1], soort)))
    if rng.random() < 0.4: blocks['pre'].append(('PROPERTY company', pro[2]))
    if rng.random() < 0.6: blocks['pre'].append(('HEADER', rng.choice(['VHK - VERTROUWELIJK - %s' % sc['gem'].upper(), 'Rapportage t.b.v. VeiligheidsTeam - niet verspreiden'])))
    mid = {}
    if rng.random() < 0.5: mid['zorgen'] = ('COMMENT author=%s' % rng.choice(['Gedragswetenschapper ' + pro[2], 'Voorzitter VHT (Zi2T)', 'Jeugdarts GGD']),
                                           rng.choice(['Graag concreter: wat is er precies gezien en wanneer?', 'Is de Raad al geïnformeerd?', 'Klopt de volgorde van de tijdlijn?']))
    if rng.random() < 0.4: mid['stemj'] = ('ALT', 'Tekening Drie Huizen van %s (%d jaar)' % (first[0], year - first[1]))
    if rng.random() < 0.4: mid['score'] = ('TRACKED-DELETION', 'Inbrenger: %d.' % (s[0] + 1))
    if rng.random() < 0.4: mid['visie'] = ('FOOTNOTE', rng.choice(['Zie rapport Raad voor de Kinderbescherming d.d. %s.' % minus(date, 14), 'Bron: leerlingdossier, verzuimregistratie schooljaar 2026-2027.']))
    if rng.random() < 0.4: blocks['post'].append(('FOOTER', 'VeiligheidsTeam - pagina 1 van 3 - versie %s' % date))
    if rng.random() < 0.5:
        blocks['post'].append(('MAIL-SUBJECT', 'VHK %s %s (%d) - %s' % (sc['gem'], first[0], first[1], soort)))
        blocks['post'].append(('MAIL-BODY', 'Beste voorzitter, hierbij de kaart ter bespreking. Instemming: zie voorblad. Met vriendelijke groet, vaste deelnemer %s' % sc['gem']))
    # dirty items
    notes = []
    for cat, val, place, how, text in dirty_items:
        t = text.format(v=val)
        if how.startswith('sec:'):
            k = how[4:]
            v.setdefault(k, []); v[k].append(t)
        elif how.startswith('cover:'):
            v[how[6:]] = [t] + v[how[6:]][1:]
        elif how.startswith('pre:'):
            blocks['pre'] = [b for b in blocks['pre'] if b[0] != how[4:]] + [(how[4:], t)]
        elif how.startswith('post:'):
            blocks['post'] = [b for b in blocks['post'] if b[0] != how[5:]] + [(how[5:], t)]
        elif how.startswith('mid:'):
            k, tag = how[4:].split('|')
            mid[k] = (tag.format(v=val), t)
        notes.append('%s "%s" @ %s' % (cat, val, place))
    out = []
    for tag, t in blocks['pre']: out += ['[%s]' % tag, t, '']
    for n, k in enumerate(ORDER, 1):
        if k not in v: continue
        lab = label(k, style)
        if style == 'num': lab = '%d. %s' % (n, lab)
        out += [lab] + v[k] + ['']
        if k in mid: out += ['[%s]' % mid[k][0], mid[k][1], '']
    for tag, t in blocks['post']: out += ['[%s]' % tag, t, '']
    return '\n'.join(out).rstrip('\n') + '\n', '; '.join(notes)

def bsn(eight=False): return make_bsn(nrng, eight)
B1, B2 = bsn(), bsn(True)
I1 = make_iban(nrng, 'NL', 'RABO'); I1 = ' '.join(I1[k:k + 4] for k in range(0, len(I1), 4))
I2 = make_iban(nrng, 'RO')
B1 = '%s.%s.%s' % (B1[:4], B1[4:6], B1[6:])
D = {  # card -> (scenario index, [items])
 46: (0, [('NAME', 'Adriaan Kraaijenbrink', 'body (Zorgen)', 'sec:zorgen', '1.4 Vader, de heer {v}, ontkent alles.'),
          ('PHONE', '0186 - 62 41 93', 'body (Krachten)', 'sec:krachten', 'Opa in Westmaas is bereikbaar op {v} als back-up.')]),
 47: (1, [('NAME', 'Fatiha', 'body (Stem van de jeugdige)', 'sec:stemj', 'Y.: "Mijn zus {v} haalt me soms op van school."'),
          ('ID_NUMBER', 'VTGZ-2026-118734', 'mail subject', 'post:MAIL-SUBJECT', 'Aanmelding VHK Zaltbommel, dossier {v}')]),
 48: (2, [('BIRTHDATE', '13-06-2013', 'cover value (Jeugdige)', 'cover:jeugdige', 'E. ({v})'),
          ('IBAN', I1, 'footnote', 'mid:visie|FOOTNOTE', 'Leefgeld wordt gestort op {v} (rekening moeder).')]),
 49: (3, [('PHONE', '+48 512 774 093', 'comment text', 'mid:zorgen|COMMENT author=Sociaal Team Maasdriel', 'Vader in Polen is bereikbaar op {v}, moeten we hem bellen?'),
          ('NAME', 'Wiesława', 'table row (Gezinssamenstelling)', 'sec:gezin', '| oma | {v} | woont in Polen |')]),
 50: (4, [('POSTCODE', '3297AK', 'cover value (Gemeente)', 'cover:gemeente', 'Hoeksche Waard ({v})'),
          ('NAME', 'Kees Ouwerkerk', 'body (Visie van de inbrenger)', 'sec:visie', 'Overlegd met de wijkagent, {v}; hij kent de partner.')]),
 51: (5, [('ID_NUMBER', 'C/05/419263 / JE RK 26-1127', 'body (Patroon)', 'sec:patroon', 'Lopend verzoek VOTS, rekestnummer {v}.'),
          ('ADDRESS', 'Waalbandijk 117', 'header', 'pre:HEADER', 'VHK gezin {v}, Beneden-Leeuwen - VERTROUWELIJK')]),
 52: (6, [('BIRTHDATE', '21 mei 2009', 'body (Gezinssamenstelling)', 'sec:gezin', 'R., geboren {v}, is de oudste.'),
          ('URL', 'facebook.com/marian.stanescu.77', 'footnote', 'mid:visie|FOOTNOTE', 'De dreigementen staan op {v} (openbaar profiel oom).')]),
 53: (7, [('NAME', 'Ria van Zuijlen', 'comment author', 'mid:zorgen|COMMENT author={v}', 'Dit klopt niet, ik heb hem nooit geslagen.'),
          ('EMAIL', 'r.vanzuijlen73@hotmail.com', 'footer', 'post:FOOTER', 'reactie ouder via {v}')]),
 54: (8, [('URL', 'https://www.instagram.com/iris_zb_2008', 'alt text', 'mid:stemj|ALT', 'Screenshot van het profiel {v} met de berichten van de jongens')]),
 55: (9, [('NAME', 'Van Heesewijk', 'property (title)', 'pre:PROPERTY title', 'Veiligheidskaart gezin {v} - Numansdorp'),
          ('ADDRESS', 'Hoogstraat 14a', 'body (Wat is er nu onveilig)', 'sec:zorgen', '- Woning aan de {v} is volgens Woonkracht10 onbewoonbaar.')]),
 56: (10, [('NAME', 'Yildirim', 'file name', 'pre:FILENAME', 'VHK_Tiel_{v}_Z_20261117.docx'),
           ('PHONE', '06-51938274', 'mail body', 'post:MAIL-BODY', 'Beste voorzitter, bij vragen kunt u moeder bellen op {v}. Groet, vaste deelnemer Tiel')]),
 57: (11, [('NAME', 'Kortlever', 'property (company)', 'pre:PROPERTY company', 'Fam. {v}'),
           ('BSN', B2, 'body (Persoonsgegevens)', 'cover:pg', 'BSN jeugdige {v}')]),
 58: (3, [('IBAN', I2, 'body (Risicofactoren)', 'sec:risico', 'Stiefvader stuurt zijn loon naar rekening {v} in Roemenië.'),
          ('EMAIL', 'mihaela.r87@yahoo.ro', 'body (Stem van ouders)', 'sec:stemo', 'Moeder reageerde per mail ({v}): "Ik wil een ander huis."')]),
 59: (0, [('BIRTHDATE', '4-3-2016', 'table row (Gezinssamenstelling)', 'sec:gezin', '| broertje | {v} | - | thuis |'),
          ('POSTCODE', '3291 CK', 'footer', 'post:FOOTER', 'Retouradres gezin: {v} Strijen')]),
 60: (1, [('NAME', 'KARIMA', 'header', 'pre:HEADER', 'VHK - {v} - VERTROUWELIJK'),
          ('NAME', 'Annie', 'tracked deletion', 'mid:score|TRACKED-DELETION', 'Buurvrouw {v} zegt dat het thuis wel goed gaat.')]),
}
D[54][1].append(('BSN', B1, 'tracked deletion', 'mid:score|TRACKED-DELETION', 'BSN minderjarige: {v}'))

os.makedirs(OUT, exist_ok=True)
rows = ['file\texpect\tnotes']
for i in range(1, 61):
    if i <= 45:
        text, notes = build(i, SCEN[(i - 1) % len(SCEN)], [])
        exp, notes = 'CLEAN', '-'
    else:
        si, items = D[i]
        text, notes = build(i, SCEN[si], items)
        exp = 'DIRTY'
    with open(os.path.join(OUT, 'card-%02d.txt' % i), 'w', encoding='utf-8', newline='\n') as fh: fh.write(text)
    rows.append('card-%02d.txt\t%s\t%s' % (i, exp, notes))
with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh: fh.write('\n'.join(rows) + '\n')
print('wrote 60 cards')
