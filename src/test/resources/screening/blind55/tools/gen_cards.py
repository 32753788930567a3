#!/usr/bin/env python3
"""Generate ../cards/card-01..60.txt and cards.tsv for blind55 (fixed seed)."""
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scenarios import SCEN, POLICE, ONTSLAG
from gen_sentences import new_bsn, fmt_bsn, new_iban, fmt_iban  # reuses its rng state deterministically
import gen_sentences as G

G.rng.seed(5502)
rng = random.Random(5555)
YEAR = 2026
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'cards')

MUNI = [  # gemeente, places, police team, hospital, toegang name
 ('Heerlen', ['Heerlerheide', 'Meezenbroek', 'Hoensbroek', 'Heerlerbaan'], 'Parkstad-Heerlen', 'Zuyderland Heerlen', 'Sociaal Team Heerlen'),
 ('Kerkrade', ['Chevremont', 'Bleijerheide', 'Terwinselen', 'Holz'], 'Kerkrade', 'Zuyderland Heerlen', 'Wijkteam Kerkrade'),
 ('Landgraaf', ['Schaesberg', 'Nieuwenhagen', 'Ubach over Worms'], 'Landgraaf', 'Zuyderland Heerlen', 'Sociaal Team Landgraaf'),
 ('Brunssum', ['Brunssum-Noord', 'Rumpen', 'Treebeek'], 'Brunssum-Onderbanken', 'Zuyderland Heerlen', 'Team Jeugd Brunssum'),
 ('Sittard-Geleen', ['Sittard', 'Geleen', 'Born', 'Obbicht', 'Munstergeleen'], 'Westelijke Mijnstreek', 'Zuyderland Sittard-Geleen', 'Sociaal Team Sittard-Geleen'),
 ('Stein', ['Elsloo', 'Urmond', 'Berg aan de Maas'], 'Westelijke Mijnstreek', 'Zuyderland Sittard-Geleen', 'Toegang Stein'),
 ('Beek', ['Spaubeek', 'Genhout', 'Neerbeek'], 'Westelijke Mijnstreek', 'Zuyderland Sittard-Geleen', 'Toegang Beek'),
 ('Maastricht', ['Malberg', 'Pottenberg', 'Wittevrouwenveld', 'Mariaberg', 'Caberg', 'Amby', 'Heer', 'Borgharen', 'Itteren'], 'Maastricht-West', 'Maastricht UMC+', 'Sociaal Domein Maastricht'),
 ('Meerssen', ['Bunde', 'Ulestraten', 'Geulle'], 'Heuvelland', 'Maastricht UMC+', 'Toegang Meerssen'),
 ('Valkenburg aan de Geul', ['Houthem', 'Schin op Geul', 'Berg en Terblijt'], 'Heuvelland', 'Maastricht UMC+', 'Toegang Valkenburg aan de Geul'),
 ('Gulpen-Wittem', ['Gulpen', 'Wittem', 'Epen', 'Mechelen', 'Slenaken', 'Eys', 'Wahlwiller', 'Nijswiller'], 'Heuvelland', 'Maastricht UMC+', 'Toegang Gulpen-Wittem'),
 ('Vaals', ['Vaals', 'Lemiers', 'Vijlen'], 'Heuvelland', 'Maastricht UMC+', 'Toegang Vaals'),
 ('Simpelveld', ['Bocholtz', 'Ubachsberg', 'Simpelveld'], 'Kerkrade', 'Zuyderland Heerlen', 'Toegang Simpelveld'),
 ('Eijsden-Margraten', ['Eijsden', 'Margraten', 'Banholt', 'Mheer', 'Noorbeek'], 'Heuvelland', 'Maastricht UMC+', 'Toegang Eijsden-Margraten'),
 ('Voerendaal', ['Klimmen', 'Ubachsberg', 'Kunrade'], 'Parkstad-Heerlen', 'Zuyderland Heerlen', 'Toegang Voerendaal'),
 ('Beekdaelen', ['Nuth', 'Schinveld', 'Hulsberg', 'Schimmert', 'Amstenrade'], 'Brunssum-Onderbanken', 'Zuyderland Heerlen', 'Sociaal Team Beekdaelen'),
]
PROS = ['Noortje Heuts', 'Bart Wolters', 'Saskia Crombach', 'Hüseyin Çakır', 'Ilona Dreessen', 'Maurice Habets',
        'Agnieszka Nowicka', 'Ramon Leenders', 'Priscilla Mertens', 'Jeroen Gulikers', 'Samira Bouzid', 'Geert Vonken',
        'Daniëlle Frissen', 'Luc Lemmens', 'Ingeborg Schoenmakers', 'Kenan Arslan', 'Astrid Peters', 'Wim Eurlings']
ROLES = ['casemanager', 'gezinscoach', 'jeugdconsulent', 'aandachtsfunctionaris', 'gezinsvoogd', 'medewerker Veilig Thuis']
GDS = ['orthopedagoog Xonar', 'GZ-psycholoog Koraal', 'gedragswetenschapper Jeugdbescherming Limburg', 'orthopedagoog Radar']
INITS = [c + '.' for c in 'ABDEFGHIJKLMNRSTVWYZ'] + ['Th.', 'Ch.', 'IJ.']
MONTHS = ['jan.', 'feb.', 'mrt.', 'apr.', 'mei', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.']

LABELS = {  # key: (canonical, synonyms)
 'datum': ['Datum', 'Datum inbreng'], 'soort': ['Soort inbreng', 'Type inbreng'],
 'jeugdige': ['Jeugdige (voorletter en geboortejaar)', 'Jeugdige', 'Jeugdige(n)'],
 'inbrenger': ['Inbrenger', 'Inbrenger (naam, functie, organisatie)'], 'vaste': ['Vaste deelnemer'],
 'gemeente': ['Verantwoordelijke gemeente', 'Gemeente'], 'gds': ['Gedragsdeskundige geraadpleegd', 'Gedragswetenschapper geraadpleegd'],
 'geinf': ['Geïnformeerd en gesproken', 'Wie is wanneer geïnformeerd'], 'instemming': ['Instemming betrokkenen', 'Instemming'],
 'vraag': ['Vraag aan het VeiligheidsTeam', 'Vraag aan het VHT', 'Hulpvraag aan het VHT'], 'experts': ['Uit te nodigen experts', 'Experts'],
 'gezin': ['Gezinssamenstelling'], 'zorgen': ['Wat is er nu onveilig', 'Zorgen', 'Onveiligheid'],
 'patroon': ['Patroon', 'Patroon uit het verleden'], 'krachten': ['Krachten en beschermende factoren', 'Krachten'],
 'risico': ['Risicofactoren'], 'stemj': ['Stem van de jeugdige', 'Wat zegt de jeugdige'],
 'stemo': ['Stem van ouders en verzorgers', 'Stem van ouders'], 'visie': ['Visie van de inbrenger', 'Visie inbrenger'],
 'score': ['Veiligheidsscore', 'Score'], 'hulp': ['Betrokken hulpverlening'], 'pg': ['Persoonsgegevens'],
}
PLACE_NAME = {'datum': 'Datum', 'jeugdige': 'Jeugdige', 'gezin': 'Gezinssamenstelling', 'zorgen': 'Zorgen', 'krachten': 'Krachten',
              'stemo': 'Stem van ouders', 'stemj': 'Stem van de jeugdige', 'visie': 'Visie inbrenger', 'risico': 'Risicofactoren',
              'pg': 'Persoonsgegevens', 'hulp': 'Betrokken hulpverlening'}

def fdate(d, m, style):
    if style == 0: return '%02d-%02d-%d' % (d, m, YEAR)
    if style == 1: return '%d-%02d-%02d' % (YEAR, m, d)
    if style == 2: return '%d %s %d' % (d, MONTHS[m - 1], YEAR)
    if style == 3: return '%d/%d/%d' % (d, m, YEAR)
    return '%02d.%02d.%d' % (d, m, YEAR)

# DIRTY items per card 46..60: (category, value, place-key, line template or None)
BSNS = [new_bsn(), new_bsn()]
IBAN1 = fmt_iban(new_iban('NL'), 'grouped')
DIRTY = {
 46: [('NAME', 'Marcello Russo', 'body:zorgen', 'Volgens de buren is {A} vaak bij Marcello Russo, een vriend van de partner.'),
      ('PHONE', '06-47129380', 'mail body', 'Beste voorzitter, bijgaand de kaart. Moeder vroeg of jullie haar direct bellen: 06-47129380. Groet, {ROLE} {TEAM}')],
 47: [('BIRTHDATE', '12-05-{YA}', 'cover:jeugdige', None),
      ('EMAIL', 'rianne.en.bert1979@gmail.com', 'footer', 'Reactie ouders naar rianne.en.bert1979@gmail.com')],
 48: [('NAME', 'Giel', 'comment text', 'Is opa Giel al gevraagd voor het netwerkberaad?'),
      ('ADDRESS', 'Schaesbergerweg 103b', 'header', 'VHK - Schaesbergerweg 103b - VERTROUWELIJK')],
 49: [('NAME', 'Hanneke Offermans', 'comment author', 'Graag de score van moeder apart vermelden.'),
      ('BSN', fmt_bsn(BSNS[0], 'dots'), 'tracked deletion', 'BSN jeugdige ' + fmt_bsn(BSNS[0], 'dots'))],
 50: [('NAME', 'KNOPS', 'header', 'VEILIGHEIDSKAART GEZIN KNOPS - NIET VERSPREIDEN'),
      ('URL', 'https://www.instagram.com/heerlense_rebel2011', 'body:zorgen', 'Filmpjes staan op https://www.instagram.com/heerlense_rebel2011 (account van {A}).')],
 51: [('NAME', 'Aslı Karataş', 'mail subject', 'VHK ter bespreking - Aslı Karataş - {GEM}'),
      ('POSTCODE', '6419 CR', 'mail body', 'Goedemorgen, hierbij de kaart. Gezin is net verhuisd (6419 CR). Met vriendelijke groet, {ROLE}')],
 52: [('NAME', 'Wladek', 'alt text', 'Tekening van {A}: Wladek met een fles in zijn hand, huis van de zorgen.'),
      ('IBAN', IBAN1, 'footnote', 'Leefgeld wordt gestort op ' + IBAN1 + ' (bewindvoering).')],
 53: [('NAME', 'Vanessa Ernes', 'property (title)', 'Veiligheidskaart Vanessa Ernes - concept'),
      ('ID_NUMBER', '6218840', 'body:zorgen', 'Zuyderland patiëntnummer 6218840 (SEH-bezoek {A}).')],
 54: [('NAME', 'Hennekens', 'property (company)', 'Fam. Hennekens (privé-laptop)'),
      ('PHONE', '+32 474 81 29 36', 'body:stemo', 'Moeder is in België te bereiken op +32 474 81 29 36.')],
 55: [('NAME', 'Luigi', 'table:gezin', '| oom mz | Luigi | woont boven het gezin |'),
      ('BIRTHDATE', '3 okt. {YB}', 'body:gezin', '{B} is geboren op 3 okt. {YB}, te vroeg.')],
 56: [('NAME', 'Rachelle Bastiaens', 'file name', 'VHK Rachelle Bastiaens 12-11.docx'),
      ('EMAIL', 'mamavanjay@live.nl', 'body:stemo', 'Moeder stuurde haar reactie per mail (mamavanjay@live.nl).')],
 57: [('NAME', 'Sjeng Vaessen', 'body:krachten', 'Opa Sjeng Vaessen komt elke dag koken.'),
      ('ADDRESS', 'Kasteelstraat 22', 'footer', 'Huisbezoek: Kasteelstraat 22 - pagina 1 van 2')],
 58: [('NAME', 'Tülay', 'tracked deletion', 'Tante Tülay wil de kinderen opvangen.'),
      ('URL', 'tiktok.com/@zoe.lgr', 'comment text', 'Zie ook tiktok.com/@zoe.lgr - filmpje van de ruzie.')],
 59: [('NAME', 'Pascal Moonen', 'body:visie', 'Besproken met Pascal Moonen (wijkagent), hij deelt de zorg.'),
      ('ID_NUMBER', 'PL2300-2026334719', 'body:zorgen', 'BVH-registratie PL2300-2026334719 (door school aangeleverd).')],
 60: [('NAME', 'Nadia Ouaali', 'mail body', 'Hoi, kaart van het gezin van Nadia Ouaali in de bijlage. Groet, {ROLE}'),
      ('BSN', BSNS[1], 'body:pg', 'BSN: ' + BSNS[1])],
}

def render(i):
    sc = SCEN[(i - 1) % len(SCEN)]
    muni = MUNI[(i * 7) % len(MUNI)]
    gem, places, team, hosp, toeg = muni
    place = rng.choice(places)
    inits = rng.sample(INITS, 3)
    kids = sc['kids']
    ys = [YEAR - a for a, in [(k[1],) for k in kids]]
    shift = rng.choice([0, 0, 1]) if min(k[1] for k in kids) >= 13 else 0
    ys = [y - shift for y in ys]
    if kids[0][1] == kids[-1][1] and len(kids) == 2: inits = inits  # twins share year
    mon = rng.choice([10, 11, 12]); day = rng.randint(1, 27)
    dstyle = rng.randint(0, 4)
    D0 = fdate(day, mon, dstyle)
    d1 = rng.randint(1, 25); s1 = rng.randint(0, 4)
    D1 = fdate(d1, mon - 1, s1); D1E = fdate(d1 + 3, mon - 1, s1)
    D2 = fdate(rng.randint(1, 28), mon - 1, 0)
    sub = dict(A=inits[0], B=inits[1], C=inits[2], YA=ys[0], YB=ys[1] if len(ys) > 1 else '', YC=ys[2] if len(ys) > 2 else '',
               GA=YEAR - ys[0], GB=(YEAR - ys[1]) if len(ys) > 1 else '', YM=ys[0] - rng.randint(22, 33), YP=ys[0] - rng.randint(24, 38),
               PLACE=place, D1=D1, D1E=D1E, D2=D2, TEAM=team, HOSP=hosp, GEM=gem, ROLE='', BTXT='')
    if len(kids) > 1: sub['BTXT'] = ', %s (%s)' % (inits[1], ys[1])
    sub['REASON'] = 'ondervoeding, gewichtsverlies 9 procent' if kids[0][1] == 0 else 'tweedegraads brandwond rechterarm, 4 procent TVO'
    prof = rng.sample(PROS, 3)
    role = rng.choice(ROLES)
    sub['ROLE'] = role
    org = toeg if 'Veilig' not in role and role != 'gezinsvoogd' else ('Veilig Thuis Zuid-Limburg' if 'Veilig' in role else 'Jeugdbescherming Limburg')
    f = lambda s: s.format(**sub)
    style = ['plain', 'numbered', 'caps', 'lower', 'syn', 'plain'][i % 6]
    n = [0]
    def lab(key):
        opts = LABELS[key]
        l = opts[-1] if style == 'syn' else opts[rng.randint(0, len(opts) - 1)] if style == 'plain' else opts[0]
        if style == 'caps': l = l.upper()
        if style == 'lower': l = l.lower()
        if style == 'numbered': n[0] += 1; l = '%d. %s' % (n[0], l)
        return l + ('' if style == 'lower' and i % 4 == 0 else ':')
    dirty = DIRTY.get(i, [])
    extra = {}  # place -> text
    for cat, val, plc, tpl in dirty:
        extra.setdefault(plc, []).append(f(tpl) if tpl else None)
    notes = []
    for cat, val, plc, tpl in dirty:
        v = f(val)
        if plc.startswith('body:'): p = 'body (%s)' % PLACE_NAME[plc[5:]]
        elif plc.startswith('table:'): p = 'table row (%s)' % PLACE_NAME[plc[6:]]
        elif plc.startswith('cover:'): p = 'cover value (%s)' % PLACE_NAME[plc[6:]]
        else: p = plc
        notes.append('%s "%s" @ %s' % (cat, v, p))
    secs = []
    def sec(key, lines):
        lines = list(lines) + [x for x in extra.get('body:' + key, [])] + [x for x in extra.get('table:' + key, [])]
        secs.append(lab(key)); secs.extend(lines); secs.append('')
    out = []
    def special(tag, text):
        out.append(tag); out.append(text); out.append('')
    clean = not dirty
    # special blocks before the cover
    if 'file name' in extra: special('[FILENAME]', extra['file name'][0])
    elif rng.random() < 0.4: special('[FILENAME]', 'VHK_%s_%s%s_%d%02d%02d.docx' % (gem.replace(' ', ''), inits[0].rstrip('.'), ys[0], YEAR, mon, day))
    if 'mail subject' in extra: special('[MAIL-SUBJECT]', extra['mail subject'][0])
    elif rng.random() < 0.4: special('[MAIL-SUBJECT]', 'VHK %s (%s) - %s - ter bespreking' % (inits[0], ys[0], gem))
    if 'mail body' in extra: special('[MAIL-BODY]', extra['mail body'][0])
    elif rng.random() < 0.3: special('[MAIL-BODY]', 'Beste voorzitter,\nHierbij de veiligheidskaart voor het VHT. Ouders zijn op de hoogte.\nMet vriendelijke groet,\n%s, %s' % (role, org))
    if 'property (title)' in extra: special('[PROPERTY title]', extra['property (title)'][0])
    elif rng.random() < 0.5: special('[PROPERTY title]', 'Veiligheidskaart %s (%s) - %s' % (inits[0], ys[0], gem))
    if 'property (company)' in extra: special('[PROPERTY company]', extra['property (company)'][0])
    elif rng.random() < 0.3: special('[PROPERTY company]', org)
    if 'header' in extra: special('[HEADER]', extra['header'][0])
    elif rng.random() < 0.6: special('[HEADER]', 'VHK - VERTROUWELIJK - %s' % gem.upper())
    # cover
    soort = rng.choice(['Eerste inbreng', 'Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Overdracht'])
    if soort in ('Vervolgbespreking', 'Monitoring'): soort += ' (eerder besproken onder VHT-2026-%04d)' % rng.randint(20, 300)
    if soort == 'Overdracht': soort += ' (Veilig Thuis -> Toegang %s)' % gem
    sec('datum', [D0]); sec('soort', [soort])
    if 'cover:jeugdige' in extra:
        jl = ['%s (%s)' % (inits[0], f('12-05-{YA}'))] + ['%s (%s)' % (inits[k], ys[k]) for k in range(1, len(kids))]
    else:
        jl = ['%s (%s)' % (inits[k], ys[k]) for k in range(len(kids))]
        if len(kids) > 1 and rng.random() < 0.3: jl = [', '.join(jl)]
    sec('jeugdige', jl)
    sec('inbrenger', ['%s, %s, %s' % (prof[0], role, org)])
    sec('vaste', ['%s, %s' % (prof[1], rng.choice([toeg, 'Veilig Thuis Zuid-Limburg', 'Jeugdbescherming Limburg']))])
    sec('gemeente', [gem])
    if rng.random() < 0.6: sec('gds', ['Ja, %s (%s), op %s' % (prof[2], rng.choice(GDS), D2)])
    sec('geinf', [f('Moeder: gesproken op {D2} (huisbezoek in {PLACE}).'),
                  f('{A}: gesproken op {D2}' + (' op school, mentor erbij.' if kids[0][1] >= 4 else ', geobserveerd thuis.')),
                  'Partner/vader: telefonisch gesproken; ' + rng.choice(['Veilig Thuis is op de hoogte.', 'de huisarts is geïnformeerd.', 'school weet van de inbreng.'])])
    if sc.get('nee'):
        sec('instemming', ['Nee.', f('Reden: op verzoek van {A} zijn ouders nog niet geïnformeerd; bespreken vergroot het risico voor {A}.'),
                           'Verantwoording inbrenger: acute dreiging; zonder advies van het VHT kan ik de veiligheid niet borgen. Besproken met de gedragsdeskundige.'])
    else:
        sec('instemming', [rng.choice(['Ja, ouders en jeugdige stemmen in.', 'Ja (mondeling, bij huisbezoek).', 'JA - moeder en vader akkoord met bespreking in het VHT.'])])
    sec('vraag', [sc['vraag']])
    if rng.random() < 0.3: sec('experts', [rng.choice(['Jeugdarts GGD Zuid Limburg', 'Aandachtsfunctionaris Zuyderland', 'Leerplichtambtenaar', 'Gedragsdeskundige Xonar'])])
    # main
    sec('gezin', [f(sc['gezin'])])
    zl = []
    for z in sc['zorgen']:
        if z == '@POLICE': zl.append(f(POLICE))
        elif z == '@ONTSLAG': zl.append(f(ONTSLAG))
        else: zl.append('- ' + f(z))
    sec('zorgen', zl)
    if 'comment text' in extra or 'comment author' in extra:
        author = 'Hanneke Offermans' if 'comment author' in extra else 'Voorzitter VHT'
        txt = (extra.get('comment text') or extra.get('comment author'))[0]
        secs.extend(['[COMMENT author=%s]' % author, txt, ''])
    elif rng.random() < 0.5:
        secs.extend(['[COMMENT author=%s]' % rng.choice(['Gedragsdeskundige Xonar', 'Vaste deelnemer %s' % gem, 'Voorzitter VHT']),
                     rng.choice(['Graag concreter: wat zag school precies en wanneer?', 'Score van de jeugdige ontbreekt nog?', 'Is het netwerk al gevraagd?']), ''])
    sec('patroon', [f(sc['patroon'])])
    sec('krachten', [f(sc['krachten'])])
    sec('risico', [f(sc['risico'])])
    sec('stemj', [f(x) for x in sc['stemj']])
    if 'alt text' in extra: secs.extend(['[ALT]', extra['alt text'][0], ''])
    elif rng.random() < 0.4 and YEAR - ys[0] >= 3: secs.extend(['[ALT]', f('Tekening van {A} ({GA} jaar): drie huizen; het huis van de zorgen is zwart.'), ''])
    sec('stemo', [f(sc['stemo'])])
    sec('visie', [f(sc['visie'])])
    sec('score', [f(sc['score'])])
    if 'tracked deletion' in extra: secs.extend(['[TRACKED-DELETION]', extra['tracked deletion'][0], ''])
    elif rng.random() < 0.4: secs.extend(['[TRACKED-DELETION]', 'Inbrenger %d.' % rng.randint(2, 7), ''])
    sec('hulp', [f(sc['hulp'])])
    if 'footnote' in extra: secs.extend(['[FOOTNOTE]', extra['footnote'][0], ''])
    elif rng.random() < 0.3: secs.extend(['[FOOTNOTE]', f('Bron: zorgmelding Politie Limburg, basisteam {TEAM}, d.d. {D1}.'), ''])
    if 'body:pg' in extra: sec('pg', [])
    elif rng.random() < 0.5: sec('pg', [rng.choice(['n.v.t.', '-', 'niet invullen bij inbreng'])])
    if 'footer' in extra: secs.extend(['[FOOTER]', extra['footer'][0], ''])
    elif rng.random() < 0.5: secs.extend(['[FOOTER]', 'Veiligheidskaart %s (%s) - versie %s - pagina 1 van 3' % (inits[0], ys[0], D0), ''])
    text = '\n'.join(out + secs).rstrip('\n') + '\n'
    return text, ('; '.join(notes) if notes else '-')

os.makedirs(OUT, exist_ok=True)
rows = []
for i in range(1, 61):
    text, notes = render(i)
    with open(os.path.join(OUT, 'card-%02d.txt' % i), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(text)
    rows.append('card-%02d.txt\t%s\t%s' % (i, 'CLEAN' if i <= 45 else 'DIRTY', notes))
with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('file\texpect\tnotes\n' + '\n'.join(rows) + '\n')
print('60 cards')
