#!/usr/bin/env python3
"""Generate ../cards/card-01..60.txt and cards.tsv from scenarios.py (fixed seed 1313).
card-01..45 CLEAN (15 scenarios x 3 variants), card-46..60 DIRTY (one more variant each, 2 injected items)."""
import os, random, re, sys, datetime as dt
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from scenarios import REGIONS, PEOPLE, VASTE, GEDRAG, SCEN

def elfproef(d):
    if len(d) == 8: d = '0' + d
    s = sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])
    return s % 11 == 0 and d != '000000000'

def mod97_check(country, bban):
    num = ''.join(str(int(c, 36)) for c in bban + country + '00')
    return '%02d' % (98 - int(num) % 97)

rng = random.Random(1313)
OUT = os.path.join(HERE, '..', 'cards')
MON = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']
MONS = ['jan.', 'feb.', 'mrt.', 'apr.', 'mei', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.']
DAG = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo']
INITIALS = list('ABDEFGHIJKLMNRSTVYZ') + ['IJ', 'Ch', 'Th']

def fdate(d, style):
    if style == 0: return d.strftime('%d-%m-%Y')
    if style == 1: return d.strftime('%Y-%m-%d')
    if style == 2: return '%d %s %d' % (d.day, MON[d.month - 1], d.year)
    if style == 3: return '%s %d/%d' % (DAG[d.weekday()], d.day, d.month)
    if style == 4: return '%d %s %d' % (d.day, MONS[d.month - 1], d.year)
    return '%s %d-%d-%d' % (DAG[d.weekday()], d.day, d.month, d.year)

def rand_date(lo, hi):
    while True:
        d = lo + dt.timedelta(days=rng.randint(0, (hi - lo).days))
        if d.weekday() < 5 and d.month != 6: return d

LABELS = {  # canonical, synonym
 'datum': ['Datum', 'Datum inbreng'], 'soort': ['Soort inbreng', 'Type inbreng'],
 'jeugdige': ['Jeugdige (voorletter en geboortejaar)', 'Jeugdige(n)'], 'inbrenger': ['Inbrenger', 'Inbrenger (naam, functie, organisatie)'],
 'vaste': ['Vaste deelnemer', 'Vaste deelnemer'], 'gemeente': ['Verantwoordelijke gemeente', 'Gemeente'],
 'gedrag': ['Gedragsdeskundige geraadpleegd', 'Gedragswetenschapper geraadpleegd'],
 'geinf': ['Geïnformeerd en gesproken', 'Wie is wanneer geïnformeerd'], 'instemming': ['Instemming betrokkenen', 'Instemming'],
 'vraag': ['Vraag aan het VeiligheidsTeam', 'Hulpvraag aan het VHT'], 'experts': ['Uit te nodigen experts', 'Experts'],
 'gezin': ['Gezinssamenstelling', 'Gezinssamenstelling'], 'zorgen': ['Wat is er nu onveilig', 'Zorgen'],
 'patroon': ['Patroon', 'Patroon uit het verleden'], 'krachten': ['Krachten en beschermende factoren', 'Krachten'],
 'risico': ['Risicofactoren', 'Risicofactoren'], 'stemj': ['Stem van de jeugdige', 'Wat zegt de jeugdige'],
 'stemo': ['Stem van ouders en verzorgers', 'Stem van ouders'], 'visie': ['Visie van de inbrenger', 'Visie inbrenger'],
 'score': ['Veiligheidsscore', 'Score'], 'hulp': ['Betrokken hulpverlening', 'Betrokken hulpverlening'],
 'pg': ['Persoonsgegevens', 'Persoonsgegevens'],
}
ORDER = ['datum', 'soort', 'jeugdige', 'inbrenger', 'vaste', 'gemeente', 'gedrag', 'geinf', 'instemming', 'vraag', 'experts',
         'gezin', 'zorgen', 'patroon', 'krachten', 'risico', 'stemj', 'stemo', 'visie', 'score', 'hulp', 'pg']

def label(key, style, n):
    lab = LABELS[key][style % 2]
    if style == 2: return '%d. %s:' % (n, lab)
    if style == 3: return lab.upper() + ':'
    if style == 4: return lab.lower()
    return lab + ':'

REGION_CYCLE = ['rdam', 'haag', 'schiedam', 'rdam', 'dordt', 'vlaard', 'hw', 'rdam', 'go', 'haag', 'dordt', 'rdam', 'haag', 'hw', 'rdam', 'go', 'vlaard']

def build(idx, scen_i, variant):
    sc = SCEN[scen_i]
    reg_key = REGION_CYCLE[(scen_i * 3 + variant * 5 + idx) % len(REGION_CYCLE)]
    R = REGIONS[reg_key]
    cdate = rand_date(dt.date(2026, 10, 1), dt.date(2026, 12, 11))
    cy = cdate.year
    shift = 0 if sc.get('noshift') or variant >= 3 else variant - 1
    yrs = [y + shift for y in sc['yrs']]
    yrs = [min(y, cy) for y in yrs]
    ini = rng.sample(INITIALS, 3)
    if len(set(sc['yrs'])) < len(sc['yrs']):   # twins
        yrs = [yrs[0]] * len(yrs)
    wijk = rng.choice(R['WIJK'])
    ev = sorted({rand_date(cdate - dt.timedelta(days=60), cdate - dt.timedelta(days=3)) for _ in range(4)})
    while len(ev) < 3: ev.append(ev[-1])
    st = rng.sample([0, 1, 2, 3, 4, 5], 3)
    v = dict(GEM=R['GEM'], WIJK=wijk, TEAM=rng.choice(R['TEAM']), VT=R['VT'], GI=R['GI'], ZKH=rng.choice(R['ZKH']),
             CORP=rng.choice(R['CORP']), POL=R['POL'], GGD=R['GGD'], SCHOOL=rng.choice(R['SCHOOL']),
             D1=fdate(ev[0], st[0]), D2=fdate(ev[1], st[1]), D3=fdate(ev[2], st[2]),
             m=cy - rng.randint(28, 44), v=cy - rng.randint(30, 50))
    for k, (i, y) in enumerate(zip(ini, yrs + [None] * 3)):
        L = 'ABC'[k]
        v[L] = i + '.'
        if y: v[L.lower()] = str(cy - y); v['y' + L.lower()] = str(y)
    if scen_i == 10: v['m'] = str(cy - 72)
    f = lambda s: s.format(**v)
    name, role = rng.choice(PEOPLE[reg_key])
    org = v['TEAM'][0].upper() + v['TEAM'][1:] if variant != 2 else R['VT']
    soort = ['Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Eerste inbreng'][variant]
    if variant == 1 and scen_i % 4 == 0: soort = 'Overdracht'
    S = {}
    S['datum'] = [fdate(cdate, rng.choice([0, 1, 2, 5]))]
    if soort == 'Overdracht':
        S['soort'] = ['Overdracht (%s -> Toegang %s)' % (R['VT'], R['GEM'])]
    elif soort in ('Vervolgbespreking', 'Monitoring'):
        S['soort'] = ['%s (eerdere inbreng VHT-2026-%04d)' % (soort, rng.choice([n for n in (12, 27, 45, 58, 73, 91, 104, 119) if not elfproef('2026%04d' % n)]))]
    else:
        S['soort'] = [soort]
    kin = ['', 'broer ', 'zus ', 'broertje ', 'zusje ']
    S['jeugdige'] = [('' if k == 0 else rng.choice(kin[1:])) + '%s (%s)' % (v['ABC'[k]], y) for k, y in enumerate(yrs)]
    S['inbrenger'] = ['%s, %s, %s' % (name, role, org)]
    S['vaste'] = ['%s, %s' % (VASTE[reg_key], org)]
    S['gemeente'] = [R['GEM']]
    if rng.random() < 0.6:
        S['gedrag'] = ['Ja, %s (gedragswetenschapper %s), op %s' % (rng.choice(GEDRAG), org, fdate(ev[-1], 0))]
    zorger = sc.get('zorger', 'Moeder')
    gi = ['%s: gesproken op %s (huisbezoek in %s).' % (zorger, v['D2'], wijk)]
    if int(v.get('a', 0)) >= 8: gi.append('%s: gesproken op %s op school.' % (v['A'], v['D3']))
    if zorger == 'Vader': gi.append('Moeder: telefonisch gesproken (Curaçao) op %s.' % v['D1'])
    elif zorger == 'Oma': gi.append('Moeder: via WhatsApp-bellen gesproken op %s.' % v['D1'])
    else: gi.append(rng.choice(['Vader: telefonisch gesproken op %s.' % v['D1'], 'Vader: niet bereikt, brief gestuurd op %s.' % v['D2'],
                          'Oma: gesproken bij het netwerkberaad op %s.' % v['D3']]))
    gi.append(rng.choice(['De jeugdverpleegkundige van %s is op de hoogte.' % v['GGD'], 'De wijkagent (%s) is geïnformeerd.' % v['POL'],
                          'De mentor van %s is op de hoogte.' % v['SCHOOL']]))
    S['geinf'] = gi
    r = rng.random()
    if r < 0.7: S['instemming'] = ['Ja, ouders stemmen in met bespreking in het VHT.' + (' %s weet ervan.' % v['A'] if int(v.get('a', 0)) >= 12 else '')]
    elif r < 0.88: S['instemming'] = ['Nee. Vader wil geen bespreking "met allemaal instanties".',
                                      'Verantwoording inbrenger: de zorgen over de veiligheid van de kinderen wegen zwaarder; ouders zijn hierover op %s geïnformeerd.' % v['D3']]
    else: S['instemming'] = ['Gedeeltelijk: moeder stemt in, vader wil eerst met zijn advocaat overleggen.', 'Verantwoording inbrenger: bespreking is nodig om escalatie te voorkomen.']
    S['vraag'] = [f(sc['vraag'])]
    if rng.random() < 0.5: S['experts'] = [rng.choice(['Raad voor de Kinderbescherming %s' % ('Rotterdam' if reg_key != 'haag' else 'Den Haag'),
                                                      'Gedragswetenschapper %s' % R['VT'], 'Jeugdarts %s' % v['GGD'], 'Wijkagent %s' % v['POL']])]
    g = f(sc['gezin'])
    if rng.random() < 0.35:
        S['gezin'] = ['| gezinslid | geboortejaar | woont |', '|---|---|---|', '| moeder | %s | thuis |' % v['m']] + \
            ['| %s | %s | thuis |' % (v['ABC'[k]], y) for k, y in enumerate(yrs)] + [g]
    else:
        S['gezin'] = [g]
    S['zorgen'] = f(sc['zorgen']).split('\n')
    if rng.random() < 0.7: S['patroon'] = [f(sc['patroon'])]
    S['krachten'] = [f(sc['krachten'])]
    S['risico'] = [f(sc['risico'])]
    S['stemj'] = [f(sc['stemj'])]
    S['stemo'] = [f(sc['stemo'])]
    S['visie'] = [f(sc['visie'])]
    S['score'] = [f(sc['score'])]
    S['hulp'] = [f(sc['hulp'])]
    pg = rng.choice([None, '-', 'n.v.t.', 'niet invullen bij inbreng', 'N.v.t. (intake)'])
    if pg: S['pg'] = [pg]
    lstyle = rng.choice([0, 0, 1, 1, 2, 3, 4])
    ymin = min(yrs)
    specials = {
     'PROPERTY title': 'Veiligheidskaart %s (%d) - %s' % (v['A'], ymin, soort),
     'PROPERTY company': org,
     'HEADER': rng.choice(['VHK - VERTROUWELIJK - %s' % R['GEM'].upper(), 'Veiligheidskaart VHT %s' % R['GEM'], 'VERTROUWELIJK | alleen voor het VHT']),
     'FOOTER': rng.choice(['Versie %s - %s' % (fdate(cdate, 0), org), 'Pagina 1 van 3', 'Bij acuut gevaar: 112. Veilig Thuis: 0800-2000.']),
     'COMMENT': ('Gedragswetenschapper %s' % org, rng.choice(['Graag concreter: wat zag school precies, en wanneer?', 'Score van vader ontbreekt nog.',
                  'Is de stem van %s met %s zelf besproken?' % (v['A'], v['A']), 'Netwerkberaad van %s toevoegen.' % v['D2']])),
     'ALT': 'Foto van een kindertekening van %s (%s jaar): een flat met een regenwolk erboven en een zon ernaast.' % (v['A'], v['a']),
     'TRACKED-DELETION': rng.choice(['Inbrenger: 5.', 'Vader werkt niet mee.', 'Eerste inbreng']),
     'FOOTNOTE': 'Zie verslag netwerkberaad van %s.' % v['D2'],
     'MAIL-SUBJECT': 'Inbreng VHT %s - %s (%d) - %s' % (R['GEM'], v['A'], ymin, soort),
     'MAIL-BODY': 'Beste voorzitter, hierbij de kaart van %s (%d) voor de bespreking. Graag inplannen op een dinsdag. Met vriendelijke groet, vaste deelnemer %s' % (v['A'], ymin, org),
     'FILENAME': 'VHK_%s_%s%d_%s.docx' % (R['GEM'].replace(' ', '-'), v['A'].rstrip('.'), ymin, cdate.strftime('%Y%m%d')),
    }
    chosen = set(rng.sample(sorted(specials), rng.randint(3, 6)))
    return dict(S=S, specials=specials, chosen=chosen, lstyle=lstyle, v=v, R=R, cdate=cdate)

def render(c):
    S, sp, ch = c['S'], c['specials'], c['chosen']
    out = []
    for k in ['FILENAME', 'MAIL-SUBJECT', 'MAIL-BODY', 'PROPERTY title', 'PROPERTY company', 'HEADER']:
        if k in ch: out += ['[%s]' % k, sp[k], '']
    n = 0
    for key in ORDER:
        if key not in S: continue
        n += 1
        if key == 'gezin' and 'uitkomst' in S: pass
        out.append(label(key, c['lstyle'], n))
        out += S[key]
        out.append('')
        if key == 'zorgen' and 'COMMENT' in ch:
            out += ['[COMMENT author=%s]' % sp['COMMENT'][0], sp['COMMENT'][1], '']
        if key == 'stemj' and 'ALT' in ch:
            out += ['[ALT]', sp['ALT'], '']
        if key == 'score' and 'TRACKED-DELETION' in ch:
            out += ['[TRACKED-DELETION]', sp['TRACKED-DELETION'], '']
        if key == 'hulp' and 'FOOTNOTE' in ch:
            out += ['[FOOTNOTE]', sp['FOOTNOTE'], '']
    if 'FOOTER' in ch: out += ['[FOOTER]', sp['FOOTER'], '']
    t = '\n'.join(out).rstrip('\n') + '\n'
    return t.replace(' is 0 jaar', ' is nog geen jaar oud').replace('(0 jaar)', '(baby)')

# ---- DIRTY injections: (category, value, place, how)
def inject(c, cat, value, place, text=None):
    S, sp, ch = c['S'], c['specials'], c['chosen']
    t = text or value
    if place.startswith('body ('):
        sec = {'Zorgen': 'zorgen', 'Gezinssamenstelling': 'gezin', 'Stem van ouders': 'stemo', 'Krachten': 'krachten',
               'Risicofactoren': 'risico', 'Betrokken hulpverlening': 'hulp', 'Persoonsgegevens': 'pg'}[place[6:-1]]
        if sec == 'pg': S['pg'] = [t]
        else: S[sec].append(t)
    elif place == 'table row (Gezinssamenstelling)':
        S['gezin'] = [l for l in S['gezin'] if not l.startswith('|')]
        S['gezin'] = ['| gezinslid | naam | geboortejaar |', '|---|---|---|', t] + S['gezin']
    elif place == 'cover value (Jeugdige)':
        S['jeugdige'][0] = t
    elif place == 'comment author':
        ch.add('COMMENT'); sp['COMMENT'] = (t, 'Klopt dit? Zo heb ik het niet gezegd.')
    elif place == 'comment text':
        ch.add('COMMENT'); sp['COMMENT'] = (sp['COMMENT'][0] if 'Gedrag' in sp['COMMENT'][0] else 'Gedragswetenschapper', t)
    else:
        key = {'header': 'HEADER', 'footer': 'FOOTER', 'alt text': 'ALT', 'property (title)': 'PROPERTY title', 'tracked deletion': 'TRACKED-DELETION',
               'footnote': 'FOOTNOTE', 'mail subject': 'MAIL-SUBJECT', 'mail body': 'MAIL-BODY', 'file name': 'FILENAME'}[place]
        ch.add(key); sp[key] = t

def gen_bsn(sep=''):
    while True:
        d = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(8))
        if elfproef(d): return d[:4] + sep + d[4:6] + sep + d[6:] if sep else d

def gen_iban():
    while True:
        acc = ''.join(str(rng.randint(0, 9)) for _ in range(10))
        if acc[0] != '0' and sum((10 - i) * int(x) for i, x in enumerate(acc)) % 11 == 0: break
    s = 'NL' + mod97_check('NL', 'ABNA' + acc) + 'ABNA' + acc
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))

def dirty_items(i, c):
    v = c['v']; A = v['A']; ya = v['ya']
    b1, b2 = gen_bsn(), gen_bsn('.')
    iban = gen_iban()
    T = {
     46: [('NAME', 'Rajesh Bhagwandin', 'comment author', None),
          ('PHONE', '06-19283746', 'body (Stem van ouders)', 'Moeder wil teruggebeld worden op 06-19283746, alleen overdag.')],
     47: [('NAME', 'Djamilla', 'body (Zorgen)', 'Volgens de buurvrouw neemt Djamilla (zus van moeder) de kinderen mee naar feestjes tot diep in de nacht.'),
          ('BSN', b1, 'footer', 'bsn %s' % b1)],
     48: [('BIRTHDATE', '11-02-%s' % ya, 'cover value (Jeugdige)', '%s (11-02-%s)' % (A, ya)),
          ('NAME', 'Bhoelai', 'header', 'VHK gezin Bhoelai - vertrouwelijk')],
     49: [('NAME', 'Mireille', 'mail body', 'Hoi, tanta Mireille belde net nog, zij kan de kinderen niet meer opvangen. Kaart in de bijlage. Groet, vaste deelnemer'),
          ('ADDRESS', 'Slaghekstraat 41b', 'body (Gezinssamenstelling)', 'Vader woont sinds de scheiding op Slaghekstraat 41b bij een vriend.')],
     50: [('NAME', 'MONTEIRO', 'property (title)', 'VHK MONTEIRO - %s (%s)' % (A, ya)),
          ('POSTCODE', '3082 VN', 'footer', 'retour: 3082 VN')],
     51: [('NAME', 'Quincy Wernet', 'table row (Gezinssamenstelling)', '| stiefvader | Quincy Wernet | %s |' % v['v']),
          ('EMAIL', 'quincy.w010@gmail.com', 'mail body', 'Beste voorzitter, stiefvader wil de kaart zelf ook ontvangen op quincy.w010@gmail.com. Kan dat? Groet, vaste deelnemer')],
     52: [('NAME', 'Fouzia', 'tracked deletion', 'Moeder (Fouzia) wil geen hulp.'),
          ('ID_NUMBER', 'dossiernummer VT 2026-55817', 'footnote', 'Zie Veilig Thuis, dossiernummer VT 2026-55817.')],
     53: [('NAME', 'Nusrat Parveen', 'alt text', 'Foto van de woonkamer, gemaakt door Nusrat Parveen (oma)'),
          ('PHONE', '+31 6 4410 2297', 'comment text', 'Vader is alleen bereikbaar op +31 6 4410 2297, niet op het vaste nummer.')],
     54: [('NAME', 'Kraaijenoord', 'file name', 'VHK_Kraaijenoord_%s%s.docx' % (A.rstrip('.'), ya)),
          ('BIRTHDATE', '3 maart %s' % ya, 'body (Gezinssamenstelling)', '%s is geboren op 3 maart %s in het Maasstad.' % (A, ya))],
     55: [('NAME', 'ronald', 'body (Krachten)', 'oom ronald (broer van moeder) kan in noodsituaties bellen en komt dan direct.'),
          ('URL', 'https://www.instagram.com/ronnie_zuid.010/', 'comment text', 'Let op: vader zet filmpjes op https://www.instagram.com/ronnie_zuid.010/')],
     56: [('NAME', 'Shivani', 'mail subject', 'Inbreng VHT - Shivani en broertje - graag snel'),
          ('IBAN', iban, 'body (Risicofactoren)', 'Kinderbijslag gaat naar de rekening van vader (%s), moeder heeft geen toegang.' % iban)],
     57: [('NAME', 'Van der Staaij', 'body (Stem van ouders)', 'Opa Van der Staaij zegt dat het gezin geen bemoeienis nodig heeft.'),
          ('ID_NUMBER', 'patiëntnummer 7719043', 'body (Betrokken hulpverlening)', 'Kinderarts (patiëntnummer 7719043).')],
     58: [('NAME', 'YUSUF OUKILI', 'header', 'DOSSIER YUSUF OUKILI - NIET DOORSTUREN'),
          ('ADDRESS', 'Groene Hilledijk 271-A', 'tracked deletion', 'Huisbezoek Groene Hilledijk 271-A, 2e etage.')],
     59: [('NAME', 'Zaalman', 'footer', 'Kaart fam. Zaalman, versie 2'),
          ('BSN', b2, 'body (Persoonsgegevens)', 'BSN jeugdige: %s' % b2)],
     60: [('POSTCODE', '2526 XH', 'tracked deletion', 'Moeder is verhuisd naar 2526 XH.'),
          ('EMAIL', 'fam.elidrissi@hotmail.com', 'footnote', 'Ouders willen de kaart ontvangen via fam.elidrissi@hotmail.com.')],
    }
    return T[i]

def main():
    os.makedirs(OUT, exist_ok=True)
    rows = []
    for i in range(1, 61):
        if i <= 45: scen_i, variant = (i - 1) % 15, (i - 1) // 15
        else: scen_i, variant = (i - 46) % 15, 3
        c = build(i, scen_i, variant)
        notes = '-'
        if i > 45:
            items = dirty_items(i, c)
            for cat, val, place, text in items: inject(c, cat, val, place, text)
            notes = '; '.join('%s "%s" @ %s' % (cat, val, place) for cat, val, place, _ in items)
        with open(os.path.join(OUT, 'card-%02d.txt' % i), 'w', encoding='utf-8') as fh:
            fh.write(render(c))
        rows.append('card-%02d.txt\t%s\t%s' % (i, 'CLEAN' if i <= 45 else 'DIRTY', notes))
    with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8') as fh:
        fh.write('file\texpect\tnotes\n' + '\n'.join(rows) + '\n')
    print('60 cards written')

if __name__ == '__main__':
    main()
