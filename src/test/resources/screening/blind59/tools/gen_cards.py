#!/usr/bin/env python3
"""Generate ../cards/card-01..60.txt and cards.tsv (fixed seed 5959). Re-running reproduces them byte for byte."""
import os, random
HERE = os.path.dirname(os.path.abspath(__file__))
ns = {}; exec(open(os.path.join(HERE, 'scenarios.py'), encoding='utf-8').read(), ns)
SCEN = {s['key']: s for s in ns['SCEN']}; ORDER = [s['key'] for s in ns['SCEN']]
rnd = random.Random(5959)
OUT = os.path.join(HERE, '..', 'cards')

ORGS = {'JGT': 'Jeugd en Gezin Team Gooi en Vechtstreek', 'VT': 'Veilig Thuis Gooi en Vechtstreek',
        'JBRA': 'Jeugdbescherming Regio Amsterdam', 'GI': 'Jeugdbescherming Regio Amsterdam'}
FUNC = {'JGT': ['jeugd- en gezinscoach', 'gezinswerker', 'casemanager'], 'VT': ['casemanager', 'aandachtsfunctionaris'],
        'JBRA': ['jeugdbeschermer', 'gezinsvoogd'], 'GI': ['jeugdbeschermer', 'gezinsvoogd']}
INBR = ['Hanneke Stolwijk', 'Ruben Lagerwey', 'Femke Dijkhuizen', 'Saskia ter Borg', 'Ilse Kamphorst', 'Mounir Azaoui',
        'Olga Weststrate', 'Jeroen Kuijvenhoven', 'Marit Zegveld', 'Laurens Brinkhorst', 'Esther Valkenburg', 'Tessel Hoogeveen',
        'Niels Rozendaal', 'Anke Timmerije', 'Bart Schreuder']
VASTE = ['Wilma Hoeksma', 'Gijs Terlouw', 'Desirée Kooistra', 'Sander Mulock', 'Petra Uiterwijk']
GEDRAG = ['Dr. Maaike Roelofsen (orthopedagoog-generalist)', 'Hans Veltkamp (GZ-psycholoog)', 'Leonie Baarspul (gedragswetenschapper)']
DATES = ['09-11-2026', '2026-11-10', '12 november 2026', '16-11-2026', '17/11/2026', '19-11-2026', '23-11-2026', '24 nov 2026',
         '2026-11-26', '30-11-2026', '1-12-2026', '3 december 2026', '4-12-2026']
SOORT = ['Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Eerste inbreng']

LABELS = {
 'canon': ['Datum', 'Soort inbreng', 'Jeugdige (voorletter en geboortejaar)', 'Inbrenger', 'Vaste deelnemer', 'Verantwoordelijke gemeente',
           'Gedragsdeskundige geraadpleegd', 'Geïnformeerd en gesproken', 'Instemming betrokkenen', 'Vraag aan het VeiligheidsTeam',
           'Gezinssamenstelling', 'Wat is er nu onveilig', 'Patroon', 'Krachten en beschermende factoren', 'Risicofactoren',
           'Stem van de jeugdige', 'Stem van ouders en verzorgers', 'Visie van de inbrenger', 'Veiligheidsscore', 'Betrokken hulpverlening', 'Persoonsgegevens'],
 'syn': ['Datum inbreng', 'Type inbreng', 'Jeugdige(n)', 'Inbrenger (naam, functie, organisatie)', 'Vaste deelnemer', 'Gemeente',
         'Gedragswetenschapper geraadpleegd', 'Wie is wanneer geïnformeerd', 'Instemming', 'Hulpvraag aan het VHT',
         'Gezinssamenstelling', 'Zorgen', 'Patroon uit het verleden', 'Krachten', 'Risicofactoren',
         'Wat zegt de jeugdige', 'Stem van ouders', 'Visie inbrenger', 'Score', 'Betrokken hulpverlening', 'Persoonsgegevens'],
}
KEYS = ['datum', 'soort', 'jeugdige', 'inbrenger', 'vaste', 'gemeente', 'gedrag', 'geinf', 'instem', 'vraag', 'gezin', 'zorgen',
        'patroon', 'krachten', 'risico', 'stemj', 'stemo', 'visie', 'score', 'hulp', 'pg']
CANON_NAME = dict(zip(KEYS, LABELS['canon']))

def label(style, idx, key):
    base = LABELS['syn' if style in (1, 3) else 'canon'][KEYS.index(key)]
    if style == 2: return '%d. %s:' % (idx, base)
    if style == 3: return base.upper() + ':'
    if style == 4: return base.lower()
    return base + ':'

PG_EMPTY = ['n.v.t.', '-', 'niet invullen bij inbreng', 'N.v.t. (intake)']

def build(i, sc, style, extra, blocks_top, blocks_mid, blocks_end, jeugdige_override=None):
    r = random.Random(1000 + i)
    org = sc['org']; orgname = ORGS[org]
    inbr = INBR[i % len(INBR)]; vaste = VASTE[i % len(VASTE)]
    soort = 'Overdracht' if sc['key'] == 'overdracht-liebergen' else SOORT[i % len(SOORT)]
    datum = DATES[i % len(DATES)]
    jeugd = jeugdige_override or [('%s (%d)' % (a, y)) if n == 0 else ('%s (%d)' % (a, y)) for n, (a, y) in enumerate(sc['youth'])]
    val = {
     'datum': [datum], 'soort': [soort], 'jeugdige': jeugd,
     'inbrenger': ['%s, %s, %s' % (inbr, r.choice(FUNC[org]), orgname)],
     'vaste': ['%s, %s' % (vaste, orgname if r.random() < 0.5 else 'Jeugd en Gezin Team Gooi en Vechtstreek')],
     'gemeente': [sc['gem']],
     'gedrag': ['Ja, %s, op %s' % (GEDRAG[i % 3], '5-11-2026')] if i % 3 != 1 else ['Nee'],
     'geinf': sc['geinf'], 'instem': [sc['instem']], 'vraag': [sc['vraag']], 'gezin': sc['gezin'], 'zorgen': ['- ' + z for z in sc['zorgen']],
     'patroon': sc['patroon'], 'krachten': sc['krachten'], 'risico': sc['risico'], 'stemj': sc['stemj'], 'stemo': sc['stemo'],
     'visie': sc['visie'], 'score': sc['score'], 'hulp': sc['hulp'], 'pg': [PG_EMPTY[i % 4]],
    }
    skip = set()
    if i % 4 == 2: skip.add('patroon')
    if i % 5 == 3: skip.add('gedrag')
    out = []
    for b in blocks_top: out += b + ['']
    for n, k in enumerate(KEYS, 1):
        if k in skip: continue
        out.append(label(style, n, k))
        out += val[k] + extra.get(k, [])
        out.append('')
        if k in blocks_mid:
            for b in blocks_mid[k]: out += b + ['']
    for b in blocks_end: out += b + ['']
    return '\n'.join(out).rstrip('\n') + '\n'

def initials(sc): return ' '.join('%s (%d)' % y for y in sc['youth'])

def std_blocks(i, sc, soort_hint=''):
    """Clean special blocks, chosen per card."""
    top, mid, end = [], {}, []
    ini = initials(sc); gem = sc['gem']
    if i % 3 == 0: top.append(['[PROPERTY title]', 'Veiligheidskaart %s - %s' % (ini, sc['place'])])
    if i % 4 == 1: top.append(['[HEADER]', 'VHK - VERTROUWELIJK - %s' % gem.upper()])
    if i % 5 == 2: top.append(['[PROPERTY company]', ORGS[sc['org']]])
    if i % 2 == 0: mid.setdefault('zorgen', []).append(['[COMMENT author=Gedragswetenschapper %s]' % ('JGT' if sc['org'] == 'JGT' else sc['org']),
                                                      'Graag concreter: wat is er precies gezien en door wie?'])
    if i % 3 == 1: mid.setdefault('score', []).append(['[TRACKED-DELETION]', 'Inbrenger: 5.'])
    if i % 4 == 3: mid.setdefault('stemj', []).append(['[ALT]', 'Tekening drie huizen: huis van de zorgen, huis van de goede dingen, huis van de dromen.'])
    if i % 5 == 0: mid.setdefault('risico', []).append(['[FOOTNOTE]', 'ARIJ-afweging gemaakt op 5-11-2026, zie dossier van de organisatie.'])
    if i % 4 == 0: end.append(['[FOOTER]', 'Veiligheidskaart Gooi en Vechtstreek - vertrouwelijk - pagina 1 van 3'])
    if i % 3 == 2:
        end.append(['[MAIL-SUBJECT]', 'Inbreng VHT %s %s' % (ini, gem)])
        end.append(['[MAIL-BODY]', 'Beste voorzitter,', 'Hierbij de veiligheidskaart voor de bespreking. Graag inplannen.',
                    'Met vriendelijke groet,', 'casemanager ' + ORGS[sc['org']]])
        end.append(['[FILENAME]', 'VHK_%s_%s.docx' % (sc['place'].replace(' ', '-').replace("'", ''), sc['youth'][0][0].rstrip('.') + str(sc['youth'][0][1]))])
    return top, mid, end

# ---- DIRTY cards: (scenario, [(cat, value, place, injection)])
def bsn(r):
    while True:
        d = [r.randint(0, 9) for _ in range(9)]
        if d[0] == 0: continue
        if (sum(w * x for w, x in zip(range(9, 1, -1), d[:8])) - d[8]) % 11 == 0: return ''.join(map(str, d))
def iban(r, bank='RABO'):
    bban = bank + ''.join(str(r.randint(0, 9)) for _ in range(10))
    chk = 98 - int(''.join(str(int(c, 36)) for c in bban + 'NL00')) % 97
    return 'NL%02d%s' % (chk, bban)
R = random.Random(4659)
B1 = bsn(R); I1 = iban(R, 'ASNB')
DIRTY = [
 ('scheiding-laren', [('NAME', 'Valentijn', 'body (Gezinssamenstelling)', ('sec', 'gezin', 'Nieuwe partner van moeder, Valentijn (1979), woont sinds oktober in.')),
                      ('PHONE', '06-28817403', 'footer', ('end', ['[FOOTER]', 'Bij vragen over de overdrachten: vader 06-28817403']))]),
 ('oost-hilversum', [('NAME', 'Ouchan', 'header', ('top', ['[HEADER]', 'VHK fam. Ouchan - Hilversum-Oost - vertrouwelijk'])),
                     ('BSN', B1, 'table row (Gezinssamenstelling)', ('sec', 'gezin', '| Y. | 2010 | BSN %s |' % B1))]),
 ('oekraine-weesp', [('NAME', 'Oksana', 'comment text', ('mid', 'stemo', ['[COMMENT author=Tolk Oekraïens]', 'Oksana (moeder) begreep de vraag over alcohol niet goed.'])),
                     ('EMAIL', 'd.kozak2012@gmail.com', 'mail body', ('end', ['[MAIL-BODY]', 'Beste voorzitter,', 'D. wil zelf meelezen, zijn mail is d.kozak2012@gmail.com.', 'Groet, casemanager JGT']))]),
 ('woonboot-vecht', [('NAME', 'Gerbrand Zwanenburg', 'comment author', ('mid', 'zorgen', ['[COMMENT author=Gerbrand Zwanenburg]', 'Kloppen deze data van de havenmeester?'])),
                     ('BIRTHDATE', '14-05-2015', 'cover value (Jeugdige)', ('cover', ['T. (geb. 14-05-2015)', 'F. (2012)']))]),
 ('baby-huizen', [('NAME', 'Rens', 'alt text', ('mid', 'stemj', ['[ALT]', 'Foto van B. met oom Rens bij het consultatiebureau.'])),
                  ('ADDRESS', 'Havenstraat 61-B', 'body (Gezinssamenstelling)', ('sec', 'gezin', 'Het gezin woont boven de winkel, Havenstraat 61-B.'))]),
 ('zelfbeschadiging-kortenhoef', [('NAME', 'Van Oosterzee', 'property (title)', ('top', ['[PROPERTY title]', 'Veiligheidskaart fam. Van Oosterzee - Kortenhoef'])),
                                  ('URL', 'https://www.tiktok.com/@rr_kortenhoef10', 'body (Wat is er nu onveilig)', ('sec', 'zorgen', '- R. plaatst filmpjes over snijden op https://www.tiktok.com/@rr_kortenhoef10'))]),
 ('huiselijkgeweld-eemnes', [('NAME', 'Wessel', 'tracked deletion', ('mid', 'zorgen', ['[TRACKED-DELETION]', 'Vader (Wessel) was volgens de buren dronken.'])),
                             ('POSTCODE', '3755 BK', 'footer', ('end', ['[FOOTER]', 'Gezin woonachtig 3755 BK Eemnes']))]),
 ('scheiding-laren', [('NAME', 'Marjolein Dekker-Stam', 'mail body', ('end', ['[MAIL-BODY]', 'Beste voorzitter,', 'Bijgaand de kaart.', 'CC: Marjolein Dekker-Stam (advocaat moeder)'])),
                      ('ID_NUMBER', 'JB-26-004417', 'table row (Betrokken hulpverlening)', ('sec', 'hulp', '| dossiernr. JBRA | JB-26-004417 |'))]),
 ('grootouders-nederhorst', [('NAME', 'Grietje', 'footnote', ('mid', 'gezin', ['[FOOTNOTE]', 'Oma Grietje is de enige met een rijbewijs.'])),
                             ('IBAN', I1, 'body (Risicofactoren)', ('sec', 'risico', 'Oma betaalt de schulden van moeder af via %s.' % I1))]),
 ('verslaving-ankeveen', [('NAME', 'Bakkenist', 'file name', ('end', ['[FILENAME]', 'VHK_Bakkenist_sGraveland_nov.docx'])),
                          ('PHONE', '035-6562281', 'mail body', ('end', ['[MAIL-BODY]', 'Oppas (buurvrouw) is bereikbaar op 035-6562281.', 'Groet, casemanager VT']))]),
 ('frans-blaricum', [('NAME', 'Clémence', 'body (Stem van de jeugdige)', ('sec', 'stemj', 'A. vertelt dat haar halfzus Clémence ook bang is voor maman.')),
                     ('BIRTHDATE', '2 februari 1985', 'body (Gezinssamenstelling)', ('sec', 'gezin', 'Moeder is geboren op 2 februari 1985 in Rouen.'))]),
 ('expat-bussum', [('NAME', 'Harrison', 'mail subject', ('end', ['[MAIL-SUBJECT]', 'Inbreng E. Harrison - Bussum'])),
                   ('EMAIL', 'm.harrison.bussum@btinternet.com', 'body (Stem van ouders en verzorgers)', ('sec', 'stemo', 'Vader wil alle post per mail: m.harrison.bussum@btinternet.com'))]),
 ('oost-hilversum', [('NAME', 'Tarik', 'body (Wat is er nu onveilig)', ('sec', 'zorgen', '- De neef van Y., Tarik, ronselt jongens in de wijk.')),
                     ('POSTCODE', '1223 LN', 'header', ('top', ['[HEADER]', 'VHK 1223 LN Hilversum']))]),
 ('oekraine-weesp', [('NAME', 'Bogdan Nazarenko', 'table row (Gezinssamenstelling)', ('sec', 'gezin', '| oom mz | Bogdan Nazarenko | netwerk, Weesp |')),
                     ('ADDRESS', 'Nieuwstraat 23', 'mail body', ('end', ['[MAIL-BODY]', 'Moeder verblijft tijdelijk bij de oom op Nieuwstraat 23, Weesp.']))]),
 ('overdracht-liebergen', [('NAME', 'Ymke', 'cover value (Jeugdige)', ('cover', ['N. (2009), roepnaam Ymke'])),
                           ('BIRTHDATE', '27-12-2009', 'body (Stem van de jeugdige)', ('sec', 'stemj', 'N. (geboren 27-12-2009) wil na haar 18e zelf beslissen over hulp.'))]),
]

rows = []
for i in range(1, 61):
    if i <= 45:
        sc = SCEN[ORDER[(i - 1) % len(ORDER)]]
        style = (i * 7) % 5
        top, mid, end = std_blocks(i, sc)
        text = build(i, sc, style, {}, top, mid, end)
        rows.append(('card-%02d.txt' % i, 'CLEAN', '-'))
    else:
        key, items = DIRTY[i - 46]; sc = SCEN[key]; style = (i * 3) % 5
        extra, top, mid, end, cover = {}, [], {}, [], None
        base_top, base_mid, base_end = std_blocks(i, sc)
        for cat, v, place, inj in items:
            if inj[0] == 'sec': extra.setdefault(inj[1], []).append(inj[2])
            elif inj[0] == 'top': top.append(inj[1])
            elif inj[0] == 'mid': mid.setdefault(inj[1], []).append(inj[2])
            elif inj[0] == 'end': end.append(inj[1])
            elif inj[0] == 'cover': cover = inj[1]
        tags = {b[0] for b in top + end}
        top += [b for b in base_top if b[0] not in tags]; end = [b for b in base_end if b[0] not in tags] + end
        for k, v in base_mid.items():
            if k not in mid: mid[k] = v
        text = build(i, sc, style, extra, top, mid, end, cover)
        rows.append(('card-%02d.txt' % i, 'DIRTY', '; '.join('%s "%s" @ %s' % (c, v, p) for c, v, p, _ in items)))
    with open(os.path.join(OUT, 'card-%02d.txt' % i), 'w', encoding='utf-8', newline='\n') as fh: fh.write(text)
with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('file\texpect\tnotes\n')
    for r in rows: fh.write('\t'.join(r) + '\n')
print('wrote', len(rows))
