#!/usr/bin/env python3
"""Generates ../cards/card-01..60.txt and cards.tsv from scenarios.py (fixed seed). 01-45 CLEAN, 46-60 DIRTY (2 items)."""
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scenarios import S
from common import *
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.join(HERE, '..', 'cards')
rng = random.Random(1997)
ORG = {'Den Haag': ['CJG Den Haag', 'Veilig Thuis Haaglanden', 'Jeugdbescherming west'],
       'Westland': ['Jeugdteam Westland', 'Veilig Thuis Haaglanden'], 'Zoetermeer': ['Jeugdteam Zoetermeer', 'Jeugdbescherming west'],
       'Delft': ['Jeugdteam Delft', 'Jeugdbescherming west'], 'Rijswijk': ['Wijkteam Rijswijk', 'Veilig Thuis Haaglanden'],
       'Leidschendam-Voorburg': ['Jeugdteam Leidschendam-Voorburg', 'Veilig Thuis Haaglanden']}
FUNC = {'CJG': 'jeugd- en gezinsprofessional', 'Veilig': 'casemanager', 'Jeugdb': 'jeugdbeschermer', 'Jeugdt': 'gezinscoach', 'Wijkt': 'casemanager'}
PROS = ['Floor Verhagen', 'Mounir Achahbar', 'Renske de Geus', 'Rajesh Kalloe', 'Ellen Hooijmans', 'Bart Zwinkels', 'Gül Kılıç',
        'Tessa Molenkamp', 'Sander Ruijgrok', 'Nathalie Nahar', 'Joyce Bergwijn', 'Karin Warmerdam', 'Yusra Akalay',
        'Hendrik Sluimer', 'Marjolein Vreugdenhil', 'Dineke Zuurbier', 'Priscilla Wong Loi Sing', 'Thijs Lagerwerf',
        'Samira Tahiri-Boom', 'Oleksandr Bondar']
VASTE = ['Corine Hagenbeek', 'Erik-Jan Noordam', 'Latifa Mourabit', 'Wim de Zeeuw', 'Vanessa Kromowidjojo', 'Pieter Buurman']
GEDRAG = ['Ilse Koornneef (GZ-psycholoog)', 'Stefan Breedijk (orthopedagoog)', 'Anouk Terpstra (gedragswetenschapper)',
          'Rutger Vlasblom (orthopedagoog generalist)']
CANON = ['Datum', 'Soort inbreng', 'Jeugdige (voorletter en geboortejaar)', 'Inbrenger', 'Vaste deelnemer', 'Verantwoordelijke gemeente',
         'Gedragsdeskundige geraadpleegd', 'Geïnformeerd en gesproken', 'Instemming betrokkenen', 'Vraag aan het VeiligheidsTeam',
         'Gezinssamenstelling', 'Wat is er nu onveilig', 'Patroon', 'Krachten en beschermende factoren', 'Risicofactoren',
         'Stem van de jeugdige', 'Stem van ouders en verzorgers', 'Visie van de inbrenger', 'Veiligheidsscore', 'Betrokken hulpverlening',
         'Persoonsgegevens']
SYN = ['Datum inbreng', 'Type inbreng', 'Jeugdige(n)', 'Inbrenger (naam, functie, organisatie)', 'Vaste deelnemer', 'Gemeente',
       'Gedragswetenschapper geraadpleegd', 'Wie is wanneer geïnformeerd', 'Instemming', 'Vraag aan het VHT', 'Gezinssamenstelling',
       'Zorgen', 'Patroon uit het verleden', 'Krachten', 'Risicofactoren', 'Wat zegt de jeugdige', 'Stem van ouders', 'Visie inbrenger',
       'Score', 'Betrokken hulpverlening', 'Persoonsgegevens']
KEYS = ['datum', 'soort', 'jeugdige', 'inbrenger', 'vaste', 'gemeente', 'gedrag', 'geinf', 'instemming', 'vraag', 'gezin', 'zorgen',
        'patroon', 'krachten', 'risico', 'stemj', 'stemo', 'visie', 'score', 'hulp', 'pg']
INITIALS = list('ABDEFHIJKLMNORSTYZ') + ['Th', 'IJ', 'Ch']
MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']
ACTIONS = ['netwerkberaad binnen twee weken', 'veiligheidsplan ondertekenen met ouders en steunfiguren', 'dagelijks contact met een steunfiguur',
           'afspraak: bij ruzie gaan de kinderen naar de afgesproken opvangplek', 'intake behandeling binnen vier weken',
           'wekelijks huisbezoek (onaangekondigd mag)', 'school meldt elk verzuim dezelfde dag', 'evaluatie in het VHT over zes weken']

def fmt_date(d, m, style):
    if style == 0: return '%02d-%02d-2026' % (d, m)
    if style == 1: return '2026-%02d-%02d' % (m, d)
    if style == 2: return '%d %s 2026' % (d, MONTHS[m - 1])
    if style == 3: return '%d-%d-2026' % (d, m)
    return '%02d/%02d/2026' % (d, m)

def label(name, style, n):
    if style == 'num': return '%d. %s:' % (n, name)
    if style == 'caps': return name.upper()
    if style == 'lower': return name.lower() + ':'
    if style == 'bare': return name
    return name + ':'

def build(i):
    s = S[(i - 1) % 15]; variant = (i - 1) // 15; dirty = i > 45
    ini = rng.sample(INITIALS, 3)
    Y = [x + '.' for x in ini]
    ys = s['years']
    ages = [2026 - y for y in ys]
    m_year = rng.randint(1982, min(1996, ys[-1] - 18 if ys[-1] - 18 >= 1982 else 1996))
    m_year = min(m_year, min(ys) - 18); v_year = m_year - rng.randint(0, 6)
    sub = {'M': str(m_year), 'V': str(v_year)}
    for k in range(3):
        sub['Y%d' % (k + 1)] = Y[k]
        if k < len(ys): sub['y%d' % (k + 1)] = str(ys[k]); sub['A%d' % (k + 1)] = str(ages[k])
    def f(t): return t.format(**sub)
    day, mon = rng.randint(2, 28), rng.choice([11, 12])
    dstyle = rng.randint(0, 4)
    date = fmt_date(day, mon, dstyle)
    soort = ['Eerste inbreng', 'Vervolgbespreking', rng.choice(['Monitoring', 'Overdracht']), rng.choice(['Eerste inbreng', 'Vervolgbespreking'])][variant]
    if s['key'] == 'drugs-monster' and variant == 0: soort = 'Monitoring'
    lstyle = rng.choice(['plain', 'num', 'caps', 'lower', 'bare', 'plain'])
    labels = rng.choice([CANON, SYN, [rng.choice(p) for p in zip(CANON, SYN)]])
    orgs = ORG[s['gem']]; org = orgs[variant % len(orgs)]
    func = next(v for k, v in FUNC.items() if org.startswith(k))
    inbrenger = rng.choice(PROS); vaste = rng.choice(VASTE)
    sec = {}
    sec['datum'] = [date]
    sec['soort'] = [soort + (' (vorige bespreking VHT-2026-%04d)' % rng.randint(10, 400) if soort in ('Vervolgbespreking', 'Monitoring') else '')]
    if soort == 'Overdracht':
        sec['soort'] = ['Overdracht %s -> %s, met instemming van ouders' % (rng.choice(['Veilig Thuis', 'GI']), 'Toegang')]
    jl = ['%s (%d)' % (Y[k], ys[k]) for k in range(len(ys))]
    if len(jl) > 1 and rng.random() < 0.5:
        jl = [jl[0]] + [rng.choice(['broertje ', 'zusje ', '']) + x for x in jl[1:]]
        sec['jeugdige'] = jl
    else:
        sec['jeugdige'] = [', '.join(jl)]
    sec['inbrenger'] = ['%s, %s, %s' % (inbrenger, func, org)]
    sec['vaste'] = ['%s, %s' % (vaste, orgs[0])]
    sec['gemeente'] = [s['gem']]
    if rng.random() < 0.6:
        sec['gedrag'] = ['Ja, %s, %s' % (rng.choice(GEDRAG), fmt_date(max(1, day - 3), mon, 3))]
    sec['geinf'] = ['Moeder: gesproken op %s (huisbezoek in %s).' % (fmt_date(max(1, day - 5), mon, rng.randint(0, 4)), s['place']),
                    '%s: gesproken op school op %s.' % (Y[0], fmt_date(max(1, day - 4), mon, 0)) if ages[0] >= 4 else 'JGZ Haaglanden is op de hoogte.',
                    rng.choice(['Vader: telefonisch geïnformeerd.', 'Vader is per brief geïnformeerd.', 'Veilig Thuis Haaglanden is geïnformeerd.'])]
    nee = (i % 7 == 3)
    if nee:
        sec['instemming'] = ['Nee. Vader stemt niet in; hij wil geen bespreking buiten het gezin.',
                             'Verantwoording inbrenger: de onveiligheid is zo ernstig dat ik de kaart toch inbreng; moeder stemt wel in.']
    else:
        sec['instemming'] = [rng.choice(['Ja, beide ouders stemmen in.', 'Ja, ouders en %s weten ervan en stemmen in.' % Y[0], 'ja (mondeling, %s)' % date])]
    sec['vraag'] = [s['vraag']]
    gez = f(s['gezin'])
    if rng.random() < 0.4:
        rows = ['| rol | geboortejaar | woont |', '| moeder | %s | %s |' % (m_year, s['place'])]
        rows += ['| %s | %d | thuis |' % (Y[k], ys[k]) for k in range(len(ys))]
        sec['gezin'] = [gez] + rows
    else:
        sec['gezin'] = [gez]
    sec['zorgen'] = ['- ' + f(z) for z in s['zorgen']]
    if rng.random() < 0.7: sec['patroon'] = [f(s['patroon'])]
    sec['krachten'] = [rng.choice(['- ', '* ', '']) + f(k) for k in s['krachten']]
    sec['risico'] = [f(s['risico'])]
    if max(ages) >= 12 or rng.random() < 0.8:
        sec['stemj'] = [f(x) for x in s['stemj']]
    sec['stemo'] = [f(x) for x in s['stemo']]
    sec['visie'] = [f(s['visie'])]
    sc = {'inbrenger': rng.randint(2, 5), 'moeder': rng.randint(3, 8), 'school': rng.randint(3, 7), 'vader': rng.randint(2, 8)}
    st = rng.randint(0, 2)
    if st == 0: sec['score'] = [', '.join('%s: %d' % kv for kv in sc.items())]
    elif st == 1: sec['score'] = ['| wie | score 0-10 |'] + ['| %s | %d |' % kv for kv in sc.items()]
    else: sec['score'] = ['Inbrenger: %d. Moeder: %d. %s: %d.' % (sc['inbrenger'], sc['moeder'], Y[0], rng.randint(2, 6))]
    sec['hulp'] = [s['hulp']]
    sec['pg'] = [rng.choice(['n.v.t.', '-', 'niet invullen bij inbreng'])]
    extras = []
    if rng.random() < 0.6:
        extras.append(('Veiligheidsplan (Signs of Safety)', ['| Wat gaat goed | Waar maken we ons zorgen over | Wat moet er gebeuren |',
                       '| %s | %s | %s |' % (f(s['krachten'][0]), f(s['zorgen'][0]), rng.choice(ACTIONS)),
                       '| %s | %s | %s |' % (f(s['krachten'][1]), f(s['zorgen'][1]), rng.choice(ACTIONS))]))
    if rng.random() < 0.5:
        extras.append(('Netwerk (steunfiguren)', ['- ' + n for n in s['net']]))
    if s['key'] in ('ots-ypenburg', 'scheiding-tanthof', 'marokkaans-schilderswijk', 'lvb-meerzicht') or rng.random() < 0.15:
        extras.append(('Samenvatting verzoekschrift (concept)', [
            'De Raad verzoekt de kinderrechter van de rechtbank Den Haag %s onder toezicht te stellen van Jeugdbescherming west voor de duur van twaalf maanden (art. 1:255 BW).' % Y[0],
            rng.choice(['Tevens wordt een machtiging uithuisplaatsing verzocht voor de duur van drie maanden (art. 1:265b BW).',
                        'Een machtiging uithuisplaatsing (art. 1:265b BW) wordt op dit moment niet verzocht.']),
            'Grond: de ontwikkeling van de jeugdige wordt ernstig bedreigd en vrijwillige hulp is onvoldoende geaccepteerd.']))
    if soort == 'Vervolgbespreking' and rng.random() < 0.6:
        extras.append(('Advies', ['VHT %s: %s' % (fmt_date(max(1, day - 14 if day > 14 else day), 10, 0), rng.choice(ACTIONS))]))
    specials = []
    pool = [('PROPERTY title', 'Veiligheidskaart %s (%d) - %s' % (Y[0], ys[0], soort)),
            ('PROPERTY company', org),
            ('HEADER', 'VHK - VERTROUWELIJK - %s' % s['gem'].upper()),
            ('FOOTER', rng.choice(['Pagina 1 van 3', 'Veilig Thuis Haaglanden 0800-2000 | bij direct gevaar 112', 'versie %s' % date])),
            ('COMMENT author=%s' % rng.choice(['Voorzitter VHT (Zi2T)', 'Gedragswetenschapper ' + orgs[0], 'Teamleider ' + org]),
             rng.choice(['Graag de score van school nog toevoegen.', 'Is de vader ook gehoord?', 'Concreter maken: wat zag school?'])),
            ('ALT', 'Tekening van %s: drie huizen, in het huis van de zorgen staat een boze man.' % Y[0]),
            ('TRACKED-DELETION', 'Inbrenger: %d.' % rng.randint(3, 6)),
            ('FOOTNOTE', rng.choice(['Zie art. 1:255 BW (ondertoezichtstelling).', 'Scores volgens de schaalvraag van Signs of Safety (0 = onveilig, 10 = veilig).'])),
            ('MAIL-SUBJECT', 'Inbreng VHK %s (%d) %s - %s' % (Y[0], ys[0], s['gem'], soort)),
            ('MAIL-BODY', 'Beste voorzitter,\nHierbij de veiligheidskaart voor de bespreking. Ouders zijn geïnformeerd.\nMet vriendelijke groet,\n%s' % (func + ', ' + org)),
            ('FILENAME', 'VHK_%s_%s%d_2026%02d%02d.docx' % (s['gem'].replace(' ', ''), ini[0], ys[0], mon, day))]
    for tag, txt in pool:
        if rng.random() < 0.35: specials.append((tag, txt))
    return s, sec, extras, specials, labels, lstyle, Y, ys

def render(sec, extras, specials, labels, lstyle, extras_before='score'):
    pre = [sp for sp in specials if sp[0].split()[0] in ('PROPERTY', 'HEADER', 'FILENAME', 'MAIL-SUBJECT')]
    post = [sp for sp in specials if sp not in pre]
    out = []
    for tag, txt in pre: out += ['[%s]' % tag, txt, '']
    n = 0
    mid = [sp for sp in post if sp[0].split()[0] in ('COMMENT', 'ALT')]
    for k, key in enumerate(KEYS):
        if key == 'pg':
            for name, lines in extras: out += [name + ':'] + lines + ['']
        if key not in sec: continue
        n += 1
        out += [label(labels[k], lstyle, n)] + sec[key] + ['']
        if key == 'zorgen' and mid:
            for tag, txt in mid: out += ['[%s]' % tag, txt, '']
        if key == 'score' and any(sp[0] == 'TRACKED-DELETION' for sp in post):
            out += ['[TRACKED-DELETION]', next(t for g, t in post if g == 'TRACKED-DELETION'), '']
    for tag, txt in post:
        if tag.split()[0] in ('COMMENT', 'ALT', 'TRACKED-DELETION'): continue
        out += ['[%s]' % tag, txt, '']
    while out and out[-1] == '': out.pop()
    return '\n'.join(out) + '\n'

drng = random.Random(4797)
def dirty_ops(idx, Y, ys):
    """Returns list of (cat, value, place, op). op = ('sec', key, line) | ('special', tag, text) | ('jeug', old, new)."""
    bsn = new_bsn(drng); bsn2 = new_bsn(drng)
    iban1 = group4(new_iban(drng, 'NL', 'RABO')); iban2 = new_iban(drng, 'NL', 'INGB')
    D = {
     0: [('NAME', 'Kishan Raghoebier', 'body (Gezinssamenstelling)', ('sec', 'gezin', 'Vader heet Kishan Raghoebier en is bekend bij de reclassering.')),
         ('PHONE', '06-41557392', 'footer', ('special', 'FOOTER', 'Bij vragen: moeder 06-41557392'))],
     1: [('NAME', 'Yvonne Zaalberg', 'comment author', ('special', 'COMMENT author=Yvonne Zaalberg', 'Ik ben de zus van moeder, graag mijn rol als steunfiguur toevoegen.')),
         ('BIRTHDATE', '12-05-2020', 'cover value (Jeugdige)', ('jeug', '%s (2020)' % Y[1], '%s (12-05-2020)' % Y[1]))],
     2: [('NAME', 'Çakır', 'table row (Gezinssamenstelling)', ('sec', 'gezin', '| oom | Çakır | Rijswijk |')),
         ('EMAIL', 'e.cakir77@hotmail.com', 'mail body', ('special', 'MAIL-BODY', 'Beste voorzitter,\nDe oom wil graag meedenken, zijn mail is e.cakir77@hotmail.com.\nGroet, CJG Den Haag'))],
     3: [('NAME', 'Nadia Bouchtaoui', 'mail subject', ('special', 'MAIL-SUBJECT', 'VHK inbreng gezin Nadia Bouchtaoui (spoed)')),
         ('ADDRESS', 'Hobbemastraat 204', 'body (Wie is wanneer geïnformeerd)', ('sec', 'geinf', 'Huisbezoek bij moeder gedaan op de Hobbemastraat 204.'))],
     4: [('NAME', 'Veselin', 'body (Stem van ouders)', ('sec', 'stemo', 'Vader (Veselin, via tolk): "Wij doen ons best, maar de baas bepaalt de uren."')),
         ('BSN', bsn, 'footnote', ('special', 'FOOTNOTE', 'BSN van moeder (voor de aanvraag zorgverzekering): %s' % bsn))],
     5: [('NAME', 'TOMASZEWSKI', 'header', ('special', 'HEADER', 'VHK GEZIN TOMASZEWSKI - WESTLAND - VERTROUWELIJK')),
         ('IBAN', iban1, 'body (Risicofactoren)', ('sec', 'risico', 'Loon van moeder wordt gestort op %s, stiefvader heeft de pinpas.' % iban1))],
     6: [('NAME', 'Ubah', 'alt text', ('special', 'ALT', 'Tekening van Ubah: een huis met een moeder in bed.')),
         ('POSTCODE', '2533 RB', 'body (Wat is er nu onveilig)', ('sec', 'zorgen', '- Woning in 2533 RB is volgens Staedion te klein voor vier personen.'))],
     7: [('NAME', 'Habtom Tekle', 'tracked deletion', ('special', 'TRACKED-DELETION', 'Vader Habtom Tekle weigert elk contact.')),
         ('ID_NUMBER', 'VTH-2026-204418', 'body (Betrokken hulpverlening)', ('sec', 'hulp', 'Veilig Thuis dossier VTH-2026-204418.'))],
     8: [('NAME', 'Iyer', 'property (title)', ('special', 'PROPERTY title', 'Safety card Iyer family - VHT')),
         ('URL', 'https://www.linkedin.com/in/rohan-iyer-hg', 'comment text', ('special', 'COMMENT author=CJG Den Haag', 'Father profile: https://www.linkedin.com/in/rohan-iyer-hg'))],
     9: [('NAME', 'Grietje Knoester', 'table row (Netwerk)', ('extra', 'Netwerk (steunfiguren)', '| tante | Grietje Knoester | Scheveningen |')),
         ('PHONE', '070-3556081', 'table row (Veiligheidsplan)', ('extra', 'Veiligheidsplan (Signs of Safety)', '| opa is er bij nood | moeder drinkt als vader weg is | opa bellen: 070-3556081 |'))],
     10: [('NAME', 'Bleeker', 'body (Visie inbrenger)', ('sec', 'visie', 'Mevrouw Bleeker van Middin deelt deze zorg.')),
          ('BIRTHDATE', '14-08-2026', 'body (Gezinssamenstelling)', ('sec', 'gezin', 'Baby %s is geboren op 14-08-2026 in het LangeLand Ziekenhuis.' % Y[0]))],
     11: [('NAME', 'Esra', 'file name', ('special', 'FILENAME', 'VHK_Delft_Esra_20261201.docx')),
          ('POSTCODE', '2625 BX', 'footer', ('special', 'FOOTER', 'Retouradres moeder: 2625 BX Delft'))],
     12: [('NAME', 'Ruud', 'comment text', ('special', 'COMMENT author=Jeugdteam Leidschendam-Voorburg', 'Ruud (vader) wil zelf ook een reactie geven op de kaart.')),
          ('ID_NUMBER', 'YZ-0557812', 'mail subject', ('special', 'MAIL-SUBJECT', 'Aanvulling kaart, Youz cliëntnr YZ-0557812'))],
     13: [('BSN', bsn2, 'body (Persoonsgegevens)', ('sec', 'pg', 'BSN jeugdige: %s' % bsn2)),
          ('URL', 'instagram.com/jaylano.070', 'body (Stem van de jeugdige)', ('sec', 'stemj', '%s laat zien wat ze post op instagram.com/jaylano.070 en zegt dat ze zich daar vrij voelt.' % Y[0]))],
     14: [('NAME', 'Ilona Sas', 'body (Krachten)', ('sec', 'krachten', '- Vriendin Ilona Sas wil de kinderen opvangen.')),
          ('IBAN', iban2, 'tracked deletion', ('special', 'TRACKED-DELETION', 'Huur wordt betaald van %s (rekening vader).' % iban2))],
    }
    return D[idx]

os.makedirs(OUT, exist_ok=True)
tsv = ['file\texpect\tnotes']
for i in range(1, 61):
    s, sec, extras, specials, labels, lstyle, Y, ys = build(i)
    notes = '-'
    if i > 45:
        items = dirty_ops(i - 46, Y, ys)
        for cat, val, place, op in items:
            if op[0] == 'sec':
                if op[1] == 'pg': sec['pg'] = [op[2]]
                else: sec.setdefault(op[1], []).append(op[2])
            elif op[0] == 'extra':
                for name, lines in extras:
                    if name == op[1]: lines.append(op[2]); break
                else: extras.append((op[1], [op[2]]))
            elif op[0] == 'jeug':
                sec['jeugdige'] = [x.replace(op[1], op[2]) for x in sec['jeugdige']]
                assert any(op[2] in x for x in sec['jeugdige'])
            else:
                specials = [sp for sp in specials if sp[0].split()[0] != op[1].split()[0]] + [(op[1], op[2])]
        notes = '; '.join('%s "%s" @ %s' % (c, v, p) for c, v, p, _ in items)
    text = render(sec, extras, specials, labels, lstyle)
    with open(os.path.join(OUT, 'card-%02d.txt' % i), 'w', encoding='utf-8', newline='\n') as fh: fh.write(text)
    tsv.append('card-%02d.txt\t%s\t%s' % (i, 'DIRTY' if i > 45 else 'CLEAN', notes))
with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh: fh.write('\n'.join(tsv) + '\n')
print('wrote 60 cards')
