#!/usr/bin/env python3
"""Generate ../cards/card-01..60.txt and ../cards/cards.tsv (fixed seed 860)."""
import os, random, re, sys, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scenarios import S
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'cards')
rng = random.Random(860)

def elfproef(d):
    if len(d) == 8: d = '0' + d
    s = sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])
    return s % 11 == 0
def bsn():
    while True:
        d = ''.join(str(rng.randint(0, 9)) for _ in range(9))
        if d[0] != '0' and elfproef(d): return d
def iban(cc, bank, n):
    acct = bank + ''.join(str(rng.randint(0, 9)) for _ in range(n))
    num = ''.join(str(int(c, 36)) for c in acct + cc + '00')
    return '%s%02d%s' % (cc, 98 - int(num) % 97, acct)
def g4(s): return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))

MON = ['jan.', 'feb.', 'mrt.', 'apr.', 'mei', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.']
DAG = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo']
def fmt(d, k):
    k %= 5
    if k == 0: return '%02d-%02d-%d' % (d.day, d.month, d.year)
    if k == 1: return d.isoformat()
    if k == 2: return '%d %s %d' % (d.day, MON[d.month - 1], d.year)
    if k == 3: return '%s %d-%d-%d' % (DAG[d.weekday()], d.day, d.month, d.year)
    return '%02d/%02d/%d' % (d.day, d.month, d.year)

LABELS = {
 0: ['Datum', 'Soort inbreng', 'Jeugdige (voorletter en geboortejaar)', 'Inbrenger', 'Vaste deelnemer', 'Verantwoordelijke gemeente',
     'Gedragsdeskundige geraadpleegd', 'Geïnformeerd en gesproken', 'Instemming betrokkenen', 'Vraag aan het VeiligheidsTeam',
     'Gezinssamenstelling', 'Wat is er nu onveilig', 'Patroon', 'Krachten en beschermende factoren', 'Risicofactoren',
     'Stem van de jeugdige', 'Stem van ouders en verzorgers', 'Visie van de inbrenger', 'Veiligheidsscore', 'Betrokken hulpverlening'],
 1: ['Datum inbreng', 'Type inbreng', 'Jeugdige(n)', 'Inbrenger (naam, functie, organisatie)', 'Vaste deelnemer', 'Gemeente',
     'Gedragswetenschapper geraadpleegd', 'Wie is wanneer geïnformeerd', 'Instemming', 'Vraag aan het VHT',
     'Gezinssamenstelling', 'Zorgen', 'Patroon uit het verleden', 'Krachten', 'Risicofactoren',
     'Wat zegt de jeugdige', 'Stem van ouders', 'Visie inbrenger', 'Score', 'Betrokken hulpverlening'],
}
KEYS = ['datum', 'soort', 'jeugdige', 'inb', 'vaste', 'gem', 'gd', 'inf', 'inst', 'vraag', 'gezin', 'zorgen', 'patroon', 'krachten',
        'risico', 'stemj', 'stemo', 'visie', 'score', 'hulp']

def label(style, i):
    base = LABELS[style % 2][i]
    if style == 2: return '%d. %s:' % (i + 1, base)
    if style == 3: return base.upper() + ':'
    if style == 4: return base.lower()
    return base + ':'

ZVH = ["Besluit 1. Veiligheidsplan wordt binnen twee weken met moeder en netwerk opgesteld. Eigenaar: Veilig Thuis ZHZ.",
       "Besluit 2. Politie basisteam Drechtsteden legt een huisbezoek af na de vrijlating. Eigenaar: wijkagent.",
       "Besluit 3. School wordt geïnformeerd over het contactverbod. Eigenaar: zorgcoördinator school.",
       "Besluit 4. Terugkoppeling in het ZVH-casusoverleg over zes weken. Eigenaar: procesregisseur ZVH."]
ZVH_GEN = ["Besluit 1. Veiligheidsplan actualiseren met gezin en netwerk. Eigenaar: inbrenger.",
       "Besluit 2. Jeugdige wordt apart gesproken, zonder ouders erbij. Eigenaar: vaste deelnemer.",
       "Besluit 3. Huisarts en school worden met toestemming van ouders geïnformeerd. Eigenaar: inbrenger.",
       "Besluit 4. Evaluatie over zes weken in het ZVH-casusoverleg. Eigenaar: procesregisseur ZVH."]
ACTIES = ["Actie 1: veiligheidsplan actualiseren met het netwerk. Eigenaar: inbrenger.",
          "Actie 2: jeugdige spreken zonder ouders erbij. Eigenaar: gezinsvoogd / casemanager.",
          "Actie 3: terugkoppeling in het VHT in week 3 van 2027. Eigenaar: vaste deelnemer."]
SOORT = ['Eerste inbreng', 'Vervolgbespreking (eerder besproken als VHT-2026-0{:03d})', 'Monitoring', 'Overdracht (naar Toegang)', 'Eerste inbreng']

def build(n, sc, v):
    """Return list of entries: ('sec', key, label, [lines]) or ('blk', tag, text)."""
    cd = dt.date(2026, 10, 5) + dt.timedelta(days=(n * 17) % 75)
    while cd.weekday() > 4 or cd.day == 6: cd += dt.timedelta(days=1)
    def back(k):
        d = cd - dt.timedelta(days=k)
        while d.day == 6: d -= dt.timedelta(days=1)
        return d
    d0, d1, d2 = back(21 + n % 9), back(10 + n % 4), back(4)
    ds = dict(d0=fmt(d0, n), d1=fmt(d1, n + 1), d2=fmt(d2, n + 2))
    style = v % 5
    soort = SOORT[(n + v) % 5]
    if '{' in soort:
        k = 40 + n * 7
        while elfproef('2026%04d' % k): k += 1   # keep VHT numbers from passing the 11-check (see README)
        soort = soort.format(k)
    vals = dict(datum=fmt(cd, n + v), soort=soort, jeugdige='\n'.join(sc['youth']), inb=sc['inb'], vaste=sc['vaste'], gem=sc['gem'],
                gd=sc['gd'].format(**ds) if sc['gd'] else None, inf=sc['inf'].format(**ds), inst=sc['inst'], vraag=sc['vraag'],
                gezin=sc['gezin'], zorgen=sc['zorgen'].format(**ds), patroon=sc['patroon'], krachten=sc['krachten'],
                risico=sc['risico'], stemj=sc['stemj'], stemo=sc['stemo'], visie=sc['visie'], score=sc['score'], hulp=sc['hulp'])
    if v % 3 == 1:   # table for Gezinssamenstelling
        rows = ['| Jeugdige | Geboortejaar | Verblijft |', '|---|---|---|']
        for y in sc['youth']:
            m = re.search(r'([A-Z]{1,2}\.) \((\d{4})\)', y)
            rows.append('| %s | %s | thuis |' % (m.group(1), m.group(2)))
        vals['gezin'] = vals['gezin'] + '\n' + '\n'.join(rows)
    if v % 2 == 1:   # score table
        rows = ['| Wie | Score (0-10) |']
        for part in re.findall(r'(\S+?): (\d+)\.', sc['score']):
            rows.append('| %s | %s |' % (part[0].strip(), part[1]))
        vals['score'] = '\n'.join(rows)
    first = sc['youth'][0].split()[0] + sc['youth'][0].split()[-1].strip('()')
    E = []
    if v % 4 == 0: E.append(('blk', 'FILENAME', 'VHK_%s_%s_%s.docx' % (sc['gem'].replace(' ', '-'), first.replace('.', ''), cd.strftime('%Y%m%d'))))
    if v % 3 == 0: E.append(('blk', 'PROPERTY title', 'Veiligheidskaart %s - %s' % (sc['youth'][0], soort.split(' (')[0])))
    if v % 5 == 2: E.append(('blk', 'PROPERTY company', sc['inb'].split(', ')[-1]))
    if v % 2 == 0: E.append(('blk', 'HEADER', 'VHK - VERTROUWELIJK - %s' % sc['gem'].upper()))
    if v % 4 == 3: E.append(('blk', 'MAIL-SUBJECT', 'Inbreng VHK %s, gemeente %s' % (sc['youth'][0], sc['gem'])))
    for i, k in enumerate(KEYS):
        if vals[k] is None: continue
        E.append(('sec', k, label(style, i), vals[k].split('\n')))
        if k == 'zorgen' and v % 3 == 2:
            E.append(('blk', 'COMMENT author=Gedragswetenschapper ' + sc['vaste'].split(', ')[-1], 'Graag feitelijker: wat is gezien, door wie, wanneer?'))
        if k == 'stemj' and v % 4 == 1:
            E.append(('blk', 'ALT', 'Drie Huizen-tekening van %s, huis van de zorgen in het zwart.' % sc['youth'][0]))
        if k == 'score' and v % 3 != 1:
            E.append(('blk', 'TRACKED-DELETION', 'Inbrenger: %d.' % (3 + n % 4)))
        if k == 'krachten' and sc.get('letter') and v % 2 == 1:
            E.append(('blk', 'FOOTNOTE', 'Uit de brief van de kerkenraad/school: zie Psalm 23 en Matteüs 18 (aangehaald door de schrijvers).'))
    if sc.get('zvh') or soort.startswith('Vervolg') or soort.startswith('Monitoring'):
        lines = ZVH if sc.get('zvh') else (ZVH_GEN if v % 2 == 0 else ACTIES)
        E.append(('sec', 'afspraken', 'Afspraken en actiepunten:', ['Casusoverleg ZVH Zuid-Holland Zuid, %s. Besluitenlijst:' % fmt(d2, 2)] + lines
                  if lines is not ACTIES else list(lines)))
    if v % 2 == 0:
        E.append(('sec', 'borging', 'Borgingsafspraken:', ['Bij acute onveiligheid: 112. Advies en melding: Veilig Thuis 0800-2000. Jeugdige kan ook bellen met de Kindertelefoon 0800-0432.']))
    pg = ['n.v.t.', '-', 'niet invullen bij inbreng', None][(n + v) % 4]
    if pg: E.append(('sec', 'pg', 'Persoonsgegevens:', [pg]))
    if v % 3 == 2: E.append(('blk', 'FOOTER', '%s | pagina 1 van 2 | Veilig Thuis ZHZ 0800-2000' % sc['inb'].split(', ')[-1]))
    if sc.get('letter') and v % 2 == 0:
        E.append(('blk', 'MAIL-BODY', 'Bijgaand de kaart. In de bijlage ook de brief die het gezin ons gaf:\n"%s"\nMet vriendelijke groet, vaste deelnemer %s' % (sc['letter'], sc['vaste'].split(', ')[-1])))
    elif v % 4 == 2:
        E.append(('blk', 'MAIL-BODY', 'Goedemorgen voorzitter, hierbij de VHK voor de bespreking. Graag inplannen. Groet, vaste deelnemer %s' % sc['vaste'].split(', ')[-1]))
    return E

def render(E):
    out = []
    for e in E:
        if e[0] == 'blk': out.append('[%s]\n%s' % (e[1], e[2]))
        else: out.append('%s\n%s' % (e[2], '\n'.join(e[3])))
    return '\n\n'.join(out) + '\n'

def sec(E, key):
    return next(e for e in E if e[0] == 'sec' and e[1] == key)
def blk(E, tag, text, pos=None):
    E.insert(len(E) if pos is None else pos, ('blk', tag, text))

# DIRTY items per card: (cat, value, place, injector)
def add_line(key, text):
    def f(E): sec(E, key)[3].append(text)
    return f
def add_blk(tag, text, pos=None):
    def f(E): blk(E, tag, text, pos)
    return f
def replace_in(key, old, new):
    def f(E):
        s = sec(E, key)
        s[3][:] = [l.replace(old, new) for l in s[3]]
        assert any(new in l for l in s[3]), (key, old)
    return f

B1, B2 = bsn(), bsn()
B2D = '.'.join([B2[:4], B2[4:6], B2[6:]])
I1 = g4(iban('NL', 'RABO', 10)); I2 = iban('NL', 'INGB', 10)
DIRTY = {
 46: [('NAME', 'Gerrit-Jan', 'body (Wat is er nu onveilig)', add_line('zorgen', '- Oudste broer Gerrit-Jan (22) heeft vader een keer tegengehouden.')),
      ('NAME', 'A. Schipper', 'mail body', add_blk('MAIL-BODY', 'Brief kerkenraad bijgevoegd. Hoogachtend, namens de kerkenraad, ouderling A. Schipper'))],
 47: [('PHONE', '06-41902275', 'footer', add_blk('FOOTER', 'Bij vragen moeder bellen: 06-41902275')),
      ('URL', 'https://www.instagram.com/s.wielwijk10', 'body (Wat is er nu onveilig)', add_line('zorgen', 'Hij laat geld en merkkleding zien op https://www.instagram.com/s.wielwijk10'))],
 48: [('NAME', 'Ramon Mastenbroek', 'comment author', add_blk('COMMENT author=Ramon Mastenbroek', 'Dit klopt niet, ik drink niet bij de omgang.', 3)),
      ('ADDRESS', 'Burgemeester Jansenlaan 151', 'body (Gezinssamenstelling)', add_line('gezin', 'Vader woont op Burgemeester Jansenlaan 151, Kort Ambacht.'))],
 49: [('NAME', 'Mustafa Arslan', 'tracked deletion', add_blk('TRACKED-DELETION', 'opa (vz) Mustafa Arslan bepaalt alles in huis')),
      ('BSN', B1, 'table row (Gezinssamenstelling)', add_line('gezin', '| Z. | 2012 | bsn %s |' % B1))],
 50: [('BIRTHDATE', '14-08-2026', 'cover value (Jeugdige)', replace_in('jeugdige', 'N. (2026)', 'N. (14-08-2026)')),
      ('ID_NUMBER', 'RIV-5520913', 'footnote', add_blk('FOOTNOTE', 'Patiëntnummer baby Beatrixziekenhuis: RIV-5520913'))],
 51: [('EMAIL', 'ania.nowak92@onet.pl', 'mail body', add_blk('MAIL-BODY', 'Moeder wil de kaart per mail: ania.nowak92@onet.pl')),
      ('POSTCODE', '3356 LK', 'header', add_blk('HEADER', 'VHK Papendrecht - gezin 3356 LK - vertrouwelijk', 0))],
 52: [('NAME', 'Marrigje', 'property (title)', add_blk('PROPERTY title', 'Veiligheidskaart R. (2012) - moeder Marrigje', 0)),
      ('IBAN', I1, 'body (Risicofactoren)', add_line('risico', 'Vaste lasten lopen via rekening moeder %s, vaak rood.' % I1))],
 53: [('NAME', 'Tesfamariam', 'file name', add_blk('FILENAME', 'VHK_Dordrecht_Tesfamariam_Y2013.docx', 0)),
      ('PHONE', '+31 6 1845 3307', 'comment text', add_blk('COMMENT author=Sociaal Wijkteam Dordrecht', 'Tolk kan vader bereiken op +31 6 1845 3307', 8))],
 54: [('NAME', 'Melvin Troost', 'body (Afspraken en actiepunten)', add_line('afspraken', 'Besluit 5. Contactverbod voor Melvin Troost bij het OM aanvragen. Eigenaar: politie.')),
      ('ADDRESS', 'Weteringsingel 27', 'footnote', add_blk('FOOTNOTE', 'Moeder en kinderen verblijven tijdelijk op Weteringsingel 27 (geheim houden).'))],
 55: [('EMAIL', 'pap.c.2016@gmail.com', 'mail subject', add_blk('MAIL-SUBJECT', 'FW: VHK C. (2016) - reactie vader via pap.c.2016@gmail.com', 0)),
      ('BIRTHDATE', '3 mei 2016', 'alt text', add_blk('ALT', 'Tekening van C., geb. 3 mei 2016, ouders met boze monden.'))],
 56: [('URL', 'tiktok.com/@ina.gorcum.11', 'body (Wat is er nu onveilig)', add_line('zorgen', 'Filmpjes van zelfbeschadiging op tiktok.com/@ina.gorcum.11')),
      ('ID_NUMBER', 'LC-2026-55418', 'comment text', add_blk('COMMENT author=Lucertis', 'Aanmelding staat onder cliëntnr. LC-2026-55418', 10))],
 57: [('NAME', 'VAN HOUWELINGEN', 'header', add_blk('HEADER', 'VHK GEZIN VAN HOUWELINGEN - VERTROUWELIJK', 0)),
      ('BSN', B2D, 'footer', add_blk('FOOTER', 'P. bsn %s' % B2D))],
 58: [('POSTCODE', '4142 AE', 'mail body', add_blk('MAIL-BODY', 'Tijdelijk opvangadres bij opa: 4142 AE, daar kunnen A. en M. terecht.')),
      ('NAME', 'Romano', 'body (Gezinssamenstelling)', replace_in('gezin', 'Vriend van moeder (1993)', 'Vriend van moeder, Romano (1993),'))],
 59: [('PHONE', '+40 745 310 288', 'body (Stem van ouders)', add_line('stemo', 'Vader is bereikbaar via +40 745 310 288.')),
      ('IBAN', I2, 'tracked deletion', add_blk('TRACKED-DELETION', 'Alimentatie naar %s' % I2))],
 60: [('BIRTHDATE', '17.05.2012', 'table row (Gezinssamenstelling)', add_line('gezin', '| T. | 17.05.2012 | thuis |')),
      ('NAME', 'Nilda', 'body (Krachten)', add_line('krachten', 'Vooral tante Nilda in Dubbeldam is er altijd.'))],
}

os.makedirs(OUT, exist_ok=True)
rows = []
for n in range(1, 61):
    sc = S[(n - 1) % 15]
    v = (n - 1) // 15 + (n * 7) % 5
    E = build(n, sc, v)
    notes = '-'
    if n in DIRTY:
        for _, _, _, inj in DIRTY[n]: inj(E)
        notes = '; '.join('%s "%s" @ %s' % (c, val, pl) for c, val, pl, _ in DIRTY[n])
    text = render(E)
    with open(os.path.join(OUT, 'card-%02d.txt' % n), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(text)
    rows.append('card-%02d.txt\t%s\t%s' % (n, 'DIRTY' if n in DIRTY else 'CLEAN', notes))
with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('file\texpect\tnotes\n' + '\n'.join(rows) + '\n')
print('cards written')
