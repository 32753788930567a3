#!/usr/bin/env python3
"""Generate ../cards/card-01..60.txt and cards.tsv for blind88 (fixed seed, reproducible)."""
import os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from scenarios import S
from gen_sentences import iban, bsn, grp  # reuse generators (own rng inside that module)
import gen_sentences
gen_sentences.rng.seed(8802)   # separate, fixed stream for card numbers

OUT = os.path.join(HERE, '..', 'cards')
rng = random.Random(8803)

LAB = {
 'datum': ['Datum', 'Datum inbreng'], 'soort': ['Soort inbreng', 'Type inbreng'],
 'jeugd': ['Jeugdige (voorletter en geboortejaar)', 'Jeugdige(n)'],
 'inbr': ['Inbrenger (naam, functie, organisatie)', 'Inbrenger'], 'vaste': ['Vaste deelnemer', 'Vaste deelnemer'],
 'gem': ['Verantwoordelijke gemeente', 'Gemeente'], 'gedrag': ['Gedragsdeskundige geraadpleegd', 'Gedragswetenschapper geraadpleegd'],
 'geinf': ['Geïnformeerd en gesproken', 'Wie is wanneer geïnformeerd'], 'inst': ['Instemming betrokkenen', 'Instemming'],
 'vraag': ['Vraag aan het VeiligheidsTeam', 'Vraag aan het VHT'], 'gezin': ['Gezinssamenstelling', 'Gezinssamenstelling'],
 'zorgen': ['Wat is er nu onveilig', 'Zorgen'], 'patroon': ['Patroon', 'Patroon uit het verleden'],
 'kracht': ['Krachten en beschermende factoren', 'Krachten'], 'risico': ['Risicofactoren', 'Risicofactoren'],
 'stemj': ['Stem van de jeugdige', 'Wat zegt de jeugdige'], 'stemo': ['Stem van ouders en verzorgers', 'Stem van ouders'],
 'visie': ['Visie van de inbrenger', 'Visie inbrenger'], 'score': ['Veiligheidsscore', 'Score'],
 'hulp': ['Betrokken hulpverlening', 'Betrokken hulpverlening'],
}
ORDER = ['datum', 'soort', 'jeugd', 'inbr', 'vaste', 'gem', 'gedrag', 'geinf', 'inst', 'vraag',
         'gezin', 'zorgen', 'patroon', 'kracht', 'risico', 'stemj', 'stemo', 'visie', 'score', 'hulp']
MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']
DAYS = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo']

def fmt_date(d, m, y, style):
    if style == 0: return '%02d-%02d-%d' % (d, m, y)
    if style == 1: return '%d-%d-%d' % (d, m, y)
    if style == 2: return '%d-%02d-%02d' % (y, m, d)
    if style == 3: return '%d %s %d' % (d, MONTHS[m - 1], y)
    if style == 4: return '%02d/%02d/%d' % (d, m, y)
    return '%d %s' % (d, MONTHS[m - 1][:3] + '.')

def label(key, n, style):
    lab = LAB[key][style % 2]
    if style == 2: return '%d. %s:' % (n, lab)
    if style == 3: return lab.upper() + ':'
    if style == 4: return lab.lower()
    return lab + ':'

def build(i, sc, v, inject):
    style = (i * 7 + v) % 5
    m = rng.choice([10, 11, 11, 11]); d = rng.randint(12, 27)
    cd = fmt_date(d, m, 2026, 0 if style != 2 else 2)
    ds = (i + v) % 5
    vals = dict(sc)
    rep = {'d1': fmt_date(d - 3, m, 2026, ds), 'd2': fmt_date(d - 5, m, 2026, (ds + 2) % 5),
           'e1': fmt_date(rng.randint(7, 28), rng.choice([8, 9, 10]), 2026, (ds + 3) % 6)}
    soort = ['Eerste inbreng', 'Vervolgbespreking', 'Monitoring'][v % 3]
    if 'Overdracht' in sc['vraag']: soort = 'Overdracht'
    if 'Monitoring' in sc['vraag']: soort = 'Monitoring'
    sec = {
     'datum': [cd], 'soort': [soort + ('' if soort == 'Eerste inbreng' else ' (eerdere bespreking VHT-2026-00%d)' % (10 + i))],
     'jeugd': list(sc['jeugd']), 'inbr': [sc['inbr']], 'vaste': [sc['vaste']], 'gem': [sc['gem']],
     'gedrag': ['Ja, %s, op %s' % (sc['gedrag'], rep['d2'])] if sc['gedrag'] else (['Nee'] if v == 1 else None),
     'geinf': [x.format(**rep) for x in sc['geinf']], 'inst': [sc['inst']], 'vraag': [sc['vraag']],
     'gezin': list(sc['gezin']), 'zorgen': [x.format(**rep) for x in sc['zorgen']], 'patroon': sc['patroon'] if v != 2 else None,
     'kracht': list(sc['kracht']), 'risico': list(sc['risico']), 'stemj': list(sc['stemj']), 'stemo': list(sc['stemo']),
     'visie': list(sc['visie']), 'score': list(sc['score']), 'hulp': list(sc['hulp']),
    }
    for k, line in inject.get('append', []):
        sec[k] = sec[k] + [line]
    for k, old, new in inject.get('replace', []):
        sec[k] = [x.replace(old, new) for x in sec[k]]
    first = sc['jeugd'][0].split(' (')[0] if '(' in sc['jeugd'][0] else sc['jeugd'][0]
    first = sc['jeugd'][0].split()[-2] if sc['jeugd'][0].count(' ') > 1 else sc['jeugd'][0].split(' (')[0]
    yr = sc['jeugd'][0][-5:-1]
    spec = {
     'FILENAME': 'VHK_%s_%s%s_%s.docx' % (sc['gem'].replace(' ', '-'), first.replace('.', ''), yr, cd.replace('-', '')[:8] if style != 2 else 'def'),
     'PROPERTY title': 'Veiligheidskaart %s (%s) - %s' % (first, yr, soort),
     'PROPERTY company': sc['org'],
     'HEADER': ['VEILIGHEIDSKAART - VERTROUWELIJK - %s' % sc['gem'].upper(), 'VHK %s | %s' % (sc['org'], soort),
                'Vertrouwelijk - alleen voor deelnemers VHT'][v % 3],
     'FOOTER': ['%s | pagina 1 van 3' % sc['org'], 'Gepseudonimiseerd conform werkwijze VHT', 'Bij acuut gevaar: 112 | Veilig Thuis 0800-2000'][v % 3],
     'COMMENT': sc['comment'], 'ALT': sc['alt'],
     'TRACKED-DELETION': 'Inbrenger: %d.' % rng.randint(2, 8),
     'FOOTNOTE': 'Bron: verslag %s, %s.' % (sc['org'], rep['d1']),
     'MAIL-SUBJECT': 'VHK ter bespreking VHT - %s - %s (%s)' % (sc['gem'], first, yr),
     'MAIL-BODY': 'Beste voorzitter, bijgaand de kaart voor de bespreking. Met vriendelijke groet, vaste deelnemer %s' % sc['org'],
    }
    for k, val in inject.get('special', []):
        spec[k] = val
    want = set(inject.get('need', []))
    use = {0: ['PROPERTY title', 'HEADER', 'COMMENT', 'TRACKED-DELETION', 'FOOTER'],
           1: ['FILENAME', 'MAIL-SUBJECT', 'MAIL-BODY', 'ALT', 'FOOTNOTE', 'PROPERTY company'],
           2: ['HEADER', 'ALT', 'COMMENT', 'FOOTNOTE', 'FOOTER', 'MAIL-SUBJECT']}[v % 3]
    use = set(use) | want
    out = []
    for k in ['MAIL-SUBJECT', 'MAIL-BODY', 'FILENAME', 'PROPERTY title', 'PROPERTY company', 'HEADER']:
        if k in use: out += ['[%s]' % k, spec[k], '']
    n = 0
    for k in ORDER:
        if sec.get(k) is None: continue
        n += 1
        out.append(label(k, n, style)); out += sec[k]; out.append('')
        if k == 'zorgen' and 'COMMENT' in use:
            a, t = spec['COMMENT']; out += ['[COMMENT author=%s]' % a, t, '']
        if k == 'stemj' and 'ALT' in use: out += ['[ALT]', spec['ALT'], '']
        if k == 'score' and 'TRACKED-DELETION' in use: out += ['[TRACKED-DELETION]', spec['TRACKED-DELETION'], '']
        if k == 'hulp' and 'FOOTNOTE' in use: out += ['[FOOTNOTE]', spec['FOOTNOTE'], '']
    pg = inject.get('pg') or [None, ['n.v.t.'], ['-'], ['niet invullen bij inbreng']][(i + v) % 4]
    if pg: out += ['Persoonsgegevens:'] + pg + ['']
    if 'FOOTER' in use: out += ['[FOOTER]', spec['FOOTER'], '']
    return '\n'.join(out).rstrip('\n') + '\n'

# DIRTY injections: card 46..60 -> scenario index, list of (category, value, place), inject spec
b1 = bsn(); b1d = b1[:4] + '.' + b1[4:6] + '.' + b1[6:]
b2 = bsn()
ib_de = grp(iban('DE', '', 18)); ib_nl = iban('NL', 'RABO', 10)
DIRTY = [
 (0, [('NAME', 'Rowena', 'body (Stem van ouders)'), ('PHONE', '06-47129930', 'footer')],
  dict(append=[('stemo', 'Buurvrouw Rowena zegt dat ze de jongens vaak opvangt.')], special=[('FOOTER', 'Contact moeder: 06-47129930')], need=['FOOTER'])),
 (1, [('NAME', 'Berkay Yılmazer', 'comment author'), ('BSN', b1d, 'table row (Gezinssamenstelling)')],
  dict(special=[('COMMENT', ('Berkay Yılmazer', 'Klopt de regeling voor de woensdag nog?'))], need=['COMMENT'],
       append=[('gezin', '| BSN L. | %s |' % b1d)])),
 (5, [('ADDRESS', 'Malvert 70-31', 'body (Wat is er nu onveilig)'), ('NAME', 'Tschavo Franz', 'header')],
  dict(append=[('zorgen', 'De baby verblijft soms bij een tante op Malvert 70-31 zonder dat moeder weet wanneer.')],
       special=[('HEADER', 'VHK GEZIN TSCHAVO FRANZ - VERTROUWELIJK'.replace('TSCHAVO FRANZ', 'Tschavo Franz'))], need=['HEADER'])),
 (7, [('BIRTHDATE', '21-02-2011', 'cover value (Jeugdige)'), ('EMAIL', 'kleve.mama82@gmx.de', 'mail body')],
  dict(replace=[('jeugd', 'H. (2011)', 'H. (21-02-2011)')],
       special=[('MAIL-BODY', 'Beste voorzitter, moeder wil de kaart ook ontvangen op kleve.mama82@gmx.de. Groet, vaste deelnemer')], need=['MAIL-BODY'])),
 (7, [('NAME', 'Helmut Kersting', 'property (title)'), ('IBAN', ib_de, 'footnote')],
  dict(special=[('PROPERTY title', 'VHK Helmut Kersting / Groesbeek'), ('FOOTNOTE', 'Alimentatie vader via %s (Sparkasse).' % ib_de)],
       need=['PROPERTY title', 'FOOTNOTE'])),
 (13, [('POSTCODE', '6538 RN', 'footer'), ('NAME', 'Anouk', 'tracked deletion')],
  dict(special=[('FOOTER', 'Retour: Sterker, t.a.v. gezin, 6538 RN Nijmegen'), ('TRACKED-DELETION', 'Score Anouk (moeder): 5')],
       need=['FOOTER', 'TRACKED-DELETION'])),
 (2, [('NAME', 'Shaquille Winklaar', 'table row (Veiligheidsscore)'), ('ID_NUMBER', 'patiëntnummer CWZ 4418820', 'alt text')],
  dict(append=[('score', '| Shaquille Winklaar (stiefvader) | 8 |')], special=[('ALT', 'Letselfoto K., patiëntnummer CWZ 4418820')], need=['ALT'])),
 (3, [('URL', 'https://www.instagram.com/naomi.lindenholt', 'body (Krachten)'), ('NAME', 'Rutten', 'mail subject')],
  dict(append=[('kracht', 'N. deelt haar tekeningen op https://www.instagram.com/naomi.lindenholt en krijgt veel steun.')],
       special=[('MAIL-SUBJECT', 'VHK fam. Rutten / Lindenholt - graag inplannen')], need=['MAIL-SUBJECT'])),
 (4, [('NAME', 'Esra', 'comment text'), ('BIRTHDATE', '30-8-2010', 'body (Gezinssamenstelling)')],
  dict(special=[('COMMENT', ('Orthopedagoog Sterker', 'Esra wil niet dat vader de kaart ziet, let op!'))], need=['COMMENT'],
       replace=[('gezin', 'E. (2010)', 'E. (geb. 30-8-2010)')])),
 (8, [('PHONE', '024-3449172', 'mail body'), ('NAME', 'Mitchell', 'file name')],
  dict(special=[('MAIL-BODY', 'Beste voorzitter, vader is alleen vast bereikbaar op 024-3449172. Groet, Team Jeugd Beuningen'),
                ('FILENAME', 'VHK_Beuningen_Mitchell_Q2019.docx')], need=['MAIL-BODY', 'FILENAME'])),
 (11, [('ID_NUMBER', 'VT-dossier 2026-GZ-40917', 'body (Betrokken hulpverlening)'), ('ADDRESS', 'Heyendaalseweg 301', 'footer')],
  dict(append=[('hulp', 'Veilig Thuis (VT-dossier 2026-GZ-40917).')], special=[('FOOTER', 'Huisbezoek: Heyendaalseweg 301, Nijmegen')], need=['FOOTER'])),
 (10, [('NAME', 'Wilma Arntz', 'cover value (Geïnformeerd en gesproken)'), ('BSN', b2, 'body (Persoonsgegevens)')],
  dict(append=[('geinf', 'Oma Wilma Arntz (Molenhoek): gesproken op 12-11-2026.')], pg=['BSN: %s' % b2])),
 (12, [('NAME', 'Sunita Baldew', 'footnote'), ('IBAN', ib_nl, 'body (Stem van ouders en verzorgers)')],
  dict(special=[('FOOTNOTE', 'Informatie van de zus van moeder, Sunita Baldew.')], need=['FOOTNOTE'],
       append=[('stemo', 'Moeder vraagt of het PGB naar %s kan.' % ib_nl)])),
 (6, [('EMAIL', 'thijs.studentpapa@gmail.com', 'comment text'), ('NAME', 'Floor', 'body (Visie van de inbrenger)')],
  dict(special=[('COMMENT', ('Jeugdarts GGD', 'Vader vraagt verslag te mailen naar thijs.studentpapa@gmail.com'))], need=['COMMENT'],
       append=[('visie', 'Ik merkte dat Floor bij het huisbezoek steeds naar vader keek voordat ze iets zei.')])),
 (14, [('POSTCODE', '6642 BE', 'body (Gezinssamenstelling)'), ('NAME', 'Hüseyin Tekin', 'table row (Veiligheidsscore)')],
  dict(append=[('gezin', 'Moeder verhuist binnenkort naar 6642 BE (Ewijk).'), ('score', '| Hüseyin Tekin (oom) | 7 |')])),
]

os.makedirs(OUT, exist_ok=True)
rows = []
i = 0
for v in range(3):
    for si, sc in enumerate(S):
        i += 1
        with open(os.path.join(OUT, 'card-%02d.txt' % i), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write(build(i, sc, v, {}))
        rows.append(('card-%02d.txt' % i, 'CLEAN', '-'))
for si, items, inj in DIRTY:
    i += 1
    with open(os.path.join(OUT, 'card-%02d.txt' % i), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(build(i, S[si], i % 3, inj))
    rows.append(('card-%02d.txt' % i, 'DIRTY', '; '.join('%s "%s" @ %s' % it for it in items)))
with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('file\texpect\tnotes\n')
    for r in rows: fh.write('\t'.join(r) + '\n')
print('cards', i)
