#!/usr/bin/env python3
"""Generate ../cards/card-01.txt .. card-60.txt and ../cards/cards.tsv (fixed seed 1818, reproducible).
01-45 CLEAN, 46-60 DIRTY with exactly 2 items each (see DIRTY below)."""
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scenarios import MUNI, PROS, VASTE, GEDRAG, SCEN

rng = random.Random(1818)
CDIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'cards')
YEAR = 2026

def elfproef(d):
    if len(d) == 8: d = '0' + d
    return (sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])) % 11 == 0

def new_bsn():
    while True:
        d = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(8))
        if elfproef(d): return d

def new_iban(bank):
    bban = bank + ''.join(str(rng.randint(0, 9)) for _ in range(10))
    num = ''.join(str(int(c, 36)) for c in bban + 'NL00')
    s = 'NL%02d' % (98 - int(num) % 97) + bban
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))

BSN1, BSN2 = new_bsn(), new_bsn()
BSN2f = BSN2[:4] + '.' + BSN2[4:6] + '.' + BSN2[6:]
IBAN1 = new_iban('RABO')

# (card, category, value, place, text)  -- text contains the value literally
DIRTY = {
 46: [('NAME', 'Kwadwo Appiah', 'comment author', 'Ik ben het niet eens met wat hier over mij staat, ik sla mijn kinderen niet.'),
      ('ADDRESS', 'Karspeldreef 1207', 'footnote', 'Opa mz woont op Karspeldreef 1207, daar kunnen de kinderen terecht.')],
 47: [('NAME', 'Ifeoma', 'body (Zorgen)', 'Volgens tante Ifeoma is stiefvader ook bij haar handtastelijk geweest.'),
      ('POSTCODE', '1325 KR', 'footer', 'Retouradres gezin: 1325 KR Almere')],
 48: [('NAME', 'Rafaela Costa', 'property (title)', 'Veiligheidskaart Rafaela Costa - inbreng nov'),
      ('EMAIL', 'marco.lima.zaandam@gmail.com', 'body (Stem van ouders)', 'Vader wil het verslag per mail op marco.lima.zaandam@gmail.com.')],
 49: [('NAME', 'Hemraj', 'table row (Gezinssamenstelling)', '| opa mz | Hemraj | Amsterdam Noord | steunfiguur |'),
      ('ID_NUMBER', 'cliëntnummer 7730215', 'body (Betrokken hulpverlening)', 'Levvel: aangemeld onder cliëntnummer 7730215.')],
 50: [('NAME', 'SARMOEDJIE', 'header', 'VHK FAMILIE SARMOEDJIE - VERTROUWELIJK'),
      ('BSN', BSN1, 'tracked deletion', 'BSN moeder ' + BSN1)],
 51: [('NAME', 'Jikke', 'alt text', 'Foto: Jikke (zus van moeder) met de kinderen op het schoolplein'),
      ('URL', 'https://www.instagram.com/fleur.emmen14', 'body (Zorgen)', 'Ze post foto\'s van de wonden op https://www.instagram.com/fleur.emmen14.')],
 52: [('NAME', 'Mariia', 'mail subject', 'VHK Mariia - inbreng VHT Westerwolde'),
      ('PHONE', '+380 50 771 2384', 'body (Geïnformeerd)', 'Vader: via WhatsApp-bellen op +380 50 771 2384 gesproken.')],
 53: [('BIRTHDATE', '13-09-2026', 'body (Gezinssamenstelling)', 'De baby is geboren op 13-09-2026 in het Ommelander Ziekenhuis.'),
      ('IBAN', IBAN1, 'footnote', 'Kraamzorg wordt betaald via rekening ' + IBAN1 + ' van vader.')],
 54: [('NAME', 'Gerrie', 'body (Krachten)', 'Buurvrouw Gerrie kookt twee keer per week voor de jongens.'),
      ('EMAIL', 'w.hoving1974@ziggo.nl', 'mail body', 'PS: moeder vroeg de kaart ook te sturen naar w.hoving1974@ziggo.nl.')],
 55: [('NAME', 'Lindsey', 'body (Zorgen)', 'Een vriendin, Lindsey, heeft de politie gebeld.'),
      ('ADDRESS', 'Navolaan 58', 'comment text', 'Let op: de vriend woont op Navolaan 58 bij zijn moeder.')],
 56: [('POSTCODE', '9521BK', 'file name', 'VHK_9521BK_Nieuw-Buinen_inbreng.docx'),
      ('NAME', 'Wessel', 'body (Stem van de jeugdige)', 'Ze zegt dat haar neef Wessel de enige is die weet hoe het thuis is.')],
 57: [('NAME', 'Chukwuemeka', 'body (Stem van ouders)', 'Oom Chukwuemeka sprak namens vader: "Wij lossen dit in de familie op."'),
      ('BIRTHDATE', '21-06-2011', 'cover value (Jeugdige)', None)],
 58: [('URL', 'https://www.facebook.com/dewi.soekhram.73', 'body (Zorgen)', 'Vader plaatst berichten over moeder op https://www.facebook.com/dewi.soekhram.73.'),
      ('ID_NUMBER', 'PL0900-2026412205', 'comment text', 'Aangifte moeder bekend onder PL0900-2026412205.')],
 59: [('BSN', BSN2f, 'body (Persoonsgegevens)', 'BSN: ' + BSN2f),
      ('NAME', 'Roelie', 'footer', 'Opgesteld na overleg met oma Roelie')],
 60: [('NAME', 'Kojo Mensah-Bonsu', 'mail body', 'Doorgestuurd bericht van: Kojo Mensah-Bonsu, vader. "Ik wil bij het gesprek zijn."'),
      ('PHONE', '075-6402918', 'table row (Gezinssamenstelling)', '| vader | Amsterdam Zuidoost | tel. 075-6402918 |')],
}

INITIALS = ['A.', 'B.', 'C.', 'D.', 'E.', 'F.', 'G.', 'H.', 'J.', 'K.', 'L.', 'M.', 'N.', 'O.', 'P.', 'R.', 'S.', 'T.',
            'Y.', 'Z.', 'Ch.', 'Th.', 'IJ.', 'Sh.']
SOORT = ['Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Overdracht']
MONTHS = ['jan.', 'feb.', 'mrt.', 'apr.', 'mei', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.']
DAYS = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo']
import datetime

def fmt_date(d, k):
    if k == 0: return d.strftime('%d-%m-%Y')
    if k == 1: return d.strftime('%Y-%m-%d')
    if k == 2: return '%s %d %s %d' % (DAYS[d.weekday()], d.day, MONTHS[d.month - 1], d.year)
    if k == 3: return '%d/%d/%d' % (d.day, d.month, d.year)
    return d.strftime('%d.%m.%Y')

LABELS = {  # key: (canonical, synonym)
 'datum': ('Datum', 'Datum inbreng'), 'soort': ('Soort inbreng', 'Type inbreng'),
 'jeugdige': ('Jeugdige (voorletter en geboortejaar)', 'Jeugdige(n)'), 'inbrenger': ('Inbrenger', 'Inbrenger (naam, functie, organisatie)'),
 'vaste': ('Vaste deelnemer', 'Vaste deelnemer'), 'gemeente': ('Verantwoordelijke gemeente', 'Gemeente'),
 'gedrag': ('Gedragsdeskundige geraadpleegd', 'Gedragswetenschapper geraadpleegd'),
 'geinf': ('Geïnformeerd en gesproken', 'Wie is wanneer geïnformeerd'), 'inst': ('Instemming betrokkenen', 'Instemming'),
 'vraag': ('Vraag aan het VeiligheidsTeam', 'Vraag aan het VHT'), 'experts': ('Uit te nodigen experts', 'Experts'),
 'gezin': ('Gezinssamenstelling', 'Gezinssamenstelling'), 'zorgen': ('Wat is er nu onveilig', 'Zorgen'),
 'patroon': ('Patroon', 'Patroon uit het verleden'), 'krachten': ('Krachten en beschermende factoren', 'Krachten'),
 'risico': ('Risicofactoren', 'Risicofactoren'), 'stemj': ('Stem van de jeugdige', 'Wat zegt de jeugdige'),
 'stemo': ('Stem van ouders en verzorgers', 'Stem van ouders'), 'visie': ('Visie van de inbrenger', 'Visie inbrenger'),
 'score': ('Veiligheidsscore', 'Score'), 'hulp': ('Betrokken hulpverlening', 'Betrokken hulpverlening'),
 'advies': ('Advies', 'Advies'), 'borging': ('Borgingsafspraken', 'Borgingsafspraken'), 'pg': ('Persoonsgegevens', 'Persoonsgegevens'),
}
PLACE_KEY = {'Zorgen': 'zorgen', 'Stem van ouders': 'stemo', 'Gezinssamenstelling': 'gezin', 'Betrokken hulpverlening': 'hulp',
             'Geïnformeerd': 'geinf', 'Krachten': 'krachten', 'Stem van de jeugdige': 'stemj', 'Persoonsgegevens': 'pg'}

def build(i):
    sc = SCEN[(i - 1) % len(SCEN)]
    var = (i - 1) // len(SCEN)
    m = MUNI[sc['muni']]
    dirty = DIRTY.get(i, [])
    dplaces = {d[2]: d for d in dirty}
    cdate = datetime.date(YEAR, 10, 1) + datetime.timedelta(days=rng.randint(0, 75))
    dfmt = rng.randint(0, 4)
    style = rng.choice(['canon', 'syn', 'num', 'caps', 'lower', 'canon', 'syn'])
    inits = rng.sample(INITIALS, 3)
    kids = [(inits[k], YEAR - age, age) for k, (age, _) in enumerate(sc['kids'])]
    vals = {'A': kids[0][0], 'AY': str(kids[0][1])}
    if len(kids) > 1: vals.update(B=kids[1][0], BY=str(kids[1][1]))
    if len(kids) > 2: vals.update(C=kids[2][0], CY=str(kids[2][1]))
    oldest = max(a for _, _, a in kids)
    vals['MY'] = str(YEAR - oldest - rng.randint(20, 34)); vals['FY'] = str(int(vals['MY']) - rng.randint(-2, 8))
    vals.update(P0=m['places'][0], P1=m['places'][1], P2=m['places'][2], VT=m['vt'], GI=m['gi'], TEAM=m['team'], POL=m['pol'])
    d1 = cdate - datetime.timedelta(days=rng.randint(5, 30))
    vals['D1'] = fmt_date(d1, rng.randint(0, 4))
    F = lambda s: s.format(**vals)
    soort = SOORT[(i + var) % 4]
    pro = PROS[(i * 7) % len(PROS)]
    vaste = VASTE[(i * 3) % len(VASTE)]
    team = m['team']
    if soort == 'Overdracht':
        soort_txt = rng.choice(['Overdracht %s -> %s' % (m['vt'], team), 'Overdracht %s -> %s' % (m['gi'], team),
                                'Overdracht %s -> Raad voor de Kinderbescherming' % team])
    elif soort in ('Vervolgbespreking', 'Monitoring'):
        soort_txt = '%s (eerdere bespreking VHT-%d-%04d)' % (soort, YEAR - rng.randint(0, 1), rng.randint(10, 480))
    else:
        soort_txt = soort
    org = rng.choice([team, m['vt'], m['gi']]) if soort != 'Eerste inbreng' else team
    if pro[1] in ('jeugdbeschermer', 'gezinsvoogd'): org = m['gi']
    elif pro[1] == 'casusregisseur': org = m['vt']
    secs = []  # list of (key, [lines]) ; special blocks as ('[X]', [lines])
    def lab(k):
        c, s = LABELS[k]
        t = c if style in ('canon', 'caps', 'lower') else s
        if style == 'caps': return t.upper()
        if style == 'lower': return t.lower() + ':'
        return t + ':'
    jlines = ['%s (%d)' % (a, y) for a, y, _ in kids]
    if 'cover value (Jeugdige)' in dplaces:
        v = dplaces['cover value (Jeugdige)'][1]
        jlines[0] = '%s (%s)' % (kids[0][0], v)
    blocks = []
    if i % 3 == 0: blocks.append(('[PROPERTY title]', ['Veiligheidskaart %s (%s) - %s' % (kids[0][0], kids[0][1], soort)]))
    if i % 5 == 1: blocks.append(('[FILENAME]', ['VHK_%s_%s%s_%s.docx' % (sc['muni'], kids[0][0].rstrip('.'), kids[0][1], cdate.strftime('%Y%m%d'))]))
    if i % 4 == 2: blocks.append(('[HEADER]', ['VHK - VERTROUWELIJK - %s' % sc['muni'].upper()]))
    if i % 7 == 3: blocks.append(('[PROPERTY company]', ['Gemeente %s' % sc['muni']]))
    if i % 6 == 4: blocks.append(('[MAIL-SUBJECT]', ['Inbreng VHK %s (%s) %s' % (kids[0][0], kids[0][1], sc['muni'])]))
    if i % 6 == 4 or i % 8 == 5: blocks.append(('[MAIL-BODY]', ['Beste voorzitter,', 'Bijgaand de kaart voor het VHT. Instemming is besproken met ouders.',
                                                            'Groet, %s %s' % (pro[1], team)]))
    for place, (cat, val, pl, text) in dplaces.items():
        tag = {'comment author': None, 'footnote': '[FOOTNOTE]', 'footer': '[FOOTER]', 'property (title)': '[PROPERTY title]',
               'header': '[HEADER]', 'tracked deletion': '[TRACKED-DELETION]', 'alt text': '[ALT]', 'mail subject': '[MAIL-SUBJECT]',
               'mail body': '[MAIL-BODY]', 'comment text': None, 'file name': '[FILENAME]'}.get(pl, 'x')
        if tag and tag != 'x':
            blocks = [b for b in blocks if b[0] != tag]
            blocks.append((tag, [text]))
    add = lambda k, lines: secs.append((k, lines))
    for b in blocks:
        if b[0] in ('[PROPERTY title]', '[FILENAME]', '[HEADER]', '[PROPERTY company]', '[MAIL-SUBJECT]', '[MAIL-BODY]'): add(b[0], b[1])
    add('datum', [fmt_date(cdate, dfmt)])
    add('soort', [soort_txt])
    add('jeugdige', jlines)
    add('inbrenger', ['%s, %s, %s' % (pro[0], pro[1], org)])
    add('vaste', ['%s, %s' % (vaste, team)])
    add('gemeente', [sc['muni']])
    if i % 3 != 1:
        gd = GEDRAG[i % len(GEDRAG)]
        add('gedrag', ['Ja, %s, op %s' % (gd, fmt_date(cdate - datetime.timedelta(days=3), 0))] if i % 2 else ['Nee'])
    gi = []
    gi.append('Moeder: gesproken op %s (huisbezoek).' % fmt_date(cdate - datetime.timedelta(days=rng.randint(3, 9)), rng.randint(0, 4)))
    if 'vader' in sc['gezin'] or 'Vader' in sc['gezin']:
        gi.append('Vader: telefonisch gesproken op %s.' % fmt_date(cdate - datetime.timedelta(days=rng.randint(3, 9)), 0))
    for a, y, age in kids:
        if age >= 6: gi.append('%s: gesproken op %s, op school.' % (a, fmt_date(cdate - datetime.timedelta(days=rng.randint(2, 12)), 0)))
    if 'body (Geïnformeerd)' in dplaces: gi.append(dplaces['body (Geïnformeerd)'][3])
    add('geinf', gi)
    r = (i * 5 + var) % 7
    if r == 0:
        add('inst', ['Nee. Vader geeft geen toestemming; hij wil geen "bemoeienis van instanties".',
                     'Verantwoording inbrenger: de onveiligheid is zodanig dat bespreking zonder instemming nodig is; vader is hierover geïnformeerd.'])
    elif r == 1:
        add('inst', ['Gedeeltelijk: moeder stemt in, vader is niet bereikbaar geweest.', 'Verantwoording inbrenger: vader is drie keer gebeld en aangeschreven.'])
    else:
        add('inst', [rng.choice(['Ja, ouders stemmen in.', 'Ja', 'ja, moeder en vader akkoord met bespreking', 'Ja, ook de jeugdige weet ervan.'])])
    add('vraag', [F(sc['vraag'])])
    if i % 4 == 0: add('experts', [rng.choice(['Jeugdarts GGD', 'Gedragswetenschapper %s' % m['gi'], 'Wijkagent %s' % m['pol'], 'Geen'])])
    # Gezinssamenstelling: prose or table
    gz = [F(sc['gezin'])]
    if i % 3 == 2 or 'table row (Gezinssamenstelling)' in dplaces:
        gz = ['| rol | geboortejaar | woont |', '| moeder | %s | %s |' % (vals['MY'], m['places'][0])]
        for a, y, _ in kids: gz.append('| jeugdige %s | %d | thuis |' % (a, y))
        if 'table row (Gezinssamenstelling)' in dplaces: gz.append(dplaces['table row (Gezinssamenstelling)'][3])
    if 'body (Gezinssamenstelling)' in dplaces: gz.append(dplaces['body (Gezinssamenstelling)'][3])
    add('gezin', gz)
    z = ['- ' + F(x) for x in sc['zorgen']]
    if 'body (Zorgen)' in dplaces: z.append('- ' + dplaces['body (Zorgen)'][3])
    add('zorgen', z)
    if 'comment text' in dplaces: add('[COMMENT author=%s]' % ('Gedragswetenschapper ' + team), [dplaces['comment text'][3]])
    elif 'comment author' in dplaces: add('[COMMENT author=%s]' % dplaces['comment author'][1], [dplaces['comment author'][3]])
    elif i % 4 == 1: add('[COMMENT author=%s]' % rng.choice(['Voorzitter VHT', 'Gedragswetenschapper ' + team, 'Jeugdarts GGD']),
                         [rng.choice(['Kun je concreter maken wat school zag, en wanneer?', 'Graag de score van de jeugdige toevoegen.',
                                      'Is vader ook gehoord?'])])
    if soort != 'Eerste inbreng' or i % 2: add('patroon', [F(sc['patroon'])])
    k = [F(sc['krachten'])]
    if 'body (Krachten)' in dplaces: k.append(dplaces['body (Krachten)'][3])
    add('krachten', k)
    add('risico', [F(sc['risico'])])
    sj = [F(x) for x in sc['stemj']]
    if 'body (Stem van de jeugdige)' in dplaces: sj.append(dplaces['body (Stem van de jeugdige)'][3])
    if sj: add('stemj', sj)
    if '[ALT]' in dict(blocks): add('[ALT]', dict(blocks)['[ALT]'])
    elif sj and i % 5 == 2: add('[ALT]', ['Tekening van %s (%d): drie huizen, het huis van de dromen is het grootst.' % (kids[-1][0], kids[-1][1])])
    so = [F(sc['stemo'])]
    if 'body (Stem van ouders)' in dplaces: so.append(dplaces['body (Stem van ouders)'][3])
    add('stemo', so)
    add('visie', [F(sc['visie'])])
    s_inb, s_ouder, s_j = sc['score']
    if i % 2:
        sc_lines = ['Inbrenger: %d. Ouders: %d.%s' % (s_inb, s_ouder, (' %s: %d.' % (kids[0][0], s_j)) if s_j else '')]
    else:
        sc_lines = ['| wie | score |', '| inbrenger | %d |' % s_inb, '| ouder(s) | %d |' % s_ouder] + (['| %s | %d |' % (kids[0][0], s_j)] if s_j else [])
    add('score', sc_lines)
    if '[TRACKED-DELETION]' in dict(blocks): add('[TRACKED-DELETION]', dict(blocks)['[TRACKED-DELETION]'])
    elif i % 5 == 3: add('[TRACKED-DELETION]', ['Inbrenger: %d.' % (s_inb + 1)])
    h = [F(sc['hulp'])]
    if 'body (Betrokken hulpverlening)' in dplaces: h.append(dplaces['body (Betrokken hulpverlening)'][3])
    add('hulp', h)
    if '[FOOTNOTE]' in dict(blocks): add('[FOOTNOTE]', dict(blocks)['[FOOTNOTE]'])
    elif i % 6 == 1: add('[FOOTNOTE]', ['Bron: zorgmelding %s d.d. %s.' % (m['pol'], vals['D1'])])
    if soort in ('Vervolgbespreking', 'Monitoring') and i % 2 == 0:
        add('advies', ['Advies VHT vorige bespreking: veiligheidsplan opstellen met netwerk; evaluatie over 6 weken.'])
        add('borging', ['Ouders en jeugdige kunnen terecht bij %s (%s) en bij acute onveiligheid 112.' % (team, m['num'])])
    if 'body (Persoonsgegevens)' in dplaces: add('pg', [dplaces['body (Persoonsgegevens)'][3]])
    elif i % 3 == 0: add('pg', [rng.choice(['n.v.t.', '-', 'niet invullen bij inbreng'])])
    if '[FOOTER]' in dict(blocks): add('[FOOTER]', dict(blocks)['[FOOTER]'])
    elif i % 5 == 4: add('[FOOTER]', ['Pagina 1 - %s - vertrouwelijk' % team])
    out = []
    n = 0
    for key, lines in secs:
        if key.startswith('['):
            out.append(key); out.extend(lines); out.append(''); continue
        label = lab(key)
        if style == 'num': n += 1; label = '%d. %s' % (n, label)
        out.append(label); out.extend(lines); out.append('')
    notes = '; '.join('%s "%s" @ %s' % (c, v, p) for c, v, p, _ in dirty) if dirty else '-'
    return '\n'.join(out).rstrip('\n') + '\n', ('DIRTY' if dirty else 'CLEAN'), notes

os.makedirs(CDIR, exist_ok=True)
rows = ['file\texpect\tnotes']
for i in range(1, 61):
    text, exp, notes = build(i)
    with open(os.path.join(CDIR, 'card-%02d.txt' % i), 'w', encoding='utf-8', newline='\n') as fh: fh.write(text)
    rows.append('card-%02d.txt\t%s\t%s' % (i, exp, notes))
with open(os.path.join(CDIR, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh: fh.write('\n'.join(rows) + '\n')
print('wrote 60 cards')
