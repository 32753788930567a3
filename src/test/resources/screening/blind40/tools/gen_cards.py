#!/usr/bin/env python3
"""Generate ../cards/card-01..60.txt and cards.tsv (fixed seed, reproducible)."""
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scenarios import S
from numgen import bsn, iban, fmt_bsn

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'cards')
rnd = random.Random(4041)

GEM = [('Venlo', 'wijkteam Venlo'), ('Venray', 'Toegang Venray'), ('Horst aan de Maas', 'wijkteam Horst aan de Maas'),
       ('Peel en Maas', 'Toegang Peel en Maas'), ('Roermond', 'wijkteam Roermond'), ('Weert', 'Toegang Weert'),
       ('Nederweert', 'Toegang Nederweert'), ('Echt-Susteren', 'wijkteam Echt-Susteren'), ('Beesel', 'Toegang Beesel'),
       ('Gennep', 'Toegang Gennep'), ('Bergen (L)', 'Toegang Bergen (L)'), ('Leudal', 'wijkteam Leudal'),
       ('Maasgouw', 'Toegang Maasgouw'), ('Roerdalen', 'Toegang Roerdalen')]
INB = ['Miriam Theelen, gezinscoach', 'Karim Bouhafs, casemanager', 'Anouk Peulen, jeugdconsulent', 'Ruud Stappers, casemanager',
       'Małgosia Nowicka, gezinswerker', 'Hülya Özdemir, jeugdconsulent', 'Sander Wijnhoven, ambulant hulpverlener',
       'Lotte Keijsers, gezinscoach', 'Yassine Azzouzi, casemanager', 'Ingrid Hanssen, jeugdconsulent']
VT = ['Veilig Thuis Limburg-Noord', 'Jeugdbescherming Limburg']
VASTE = ['Peter Gielen', 'Naima Chaouki', 'Jeroen Vestjens', 'Ellen Kessels', 'Ricardo Martens', 'Femke Timmermans']
GEDRAG = ['Hanneke Poels (orthopedagoog)', 'Omar Haddouchi (GZ-psycholoog)', 'Loes Vossen (gedragswetenschapper)', None, None]
SOORT = ['Eerste inbreng', 'Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Overdracht']
INIT = ['J.', 'M.', 'S.', 'A.', 'D.', 'L.', 'N.', 'K.', 'R.', 'E.', 'T.', 'Y.', 'B.', 'Z.', 'I.', 'F.', 'Ö.', 'Ł.', 'Th.', 'Ch.', 'IJ.']
DATES = ['02-11-2026', '2026-11-05', '09/11/2026', 'ma 16 nov. 2026', '19-11-2026', '23-11-2026', '26-11-2026',
         '30-11-2026', '03-12-2026', '2026-12-07', '10-12-2026', 'do 12-11-2026']
D1 = ['17-10-2026', '24 oktober', '2026-10-29', '31-10-2026', '3 november', '08-11-2026', 'za 14/11', '20-10-2026',
      'vrijdag 30 oktober', '11-11-2026 (carnaval)']
LABELS = {
 'datum': ['Datum inbreng', 'Datum', 'DATUM INBRENG', 'datum'],
 'soort': ['Soort inbreng', 'Type inbreng', 'SOORT INBRENG', 'soort inbreng'],
 'jeugdige': ['Jeugdige (voorletter en geboortejaar)', 'Jeugdige(n)', 'JEUGDIGE', 'jeugdige'],
 'inbrenger': ['Inbrenger (naam, functie, organisatie)', 'Inbrenger', 'INBRENGER', 'inbrenger'],
 'vaste': ['Vaste deelnemer', 'Vaste deelnemer', 'VASTE DEELNEMER', 'vaste deelnemer'],
 'gemeente': ['Verantwoordelijke gemeente', 'Gemeente', 'VERANTWOORDELIJKE GEMEENTE', 'gemeente'],
 'gedrag': ['Gedragsdeskundige geraadpleegd', 'Gedragswetenschapper geraadpleegd', 'GEDRAGSDESKUNDIGE GERAADPLEEGD', 'gedragsdeskundige geraadpleegd'],
 'geinf': ['Geïnformeerd en gesproken', 'Wie is wanneer geïnformeerd', 'GEÏNFORMEERD EN GESPROKEN', 'wie is wanneer geinformeerd'],
 'inst': ['Instemming betrokkenen', 'Instemming', 'INSTEMMING BETROKKENEN', 'instemming'],
 'vraag': ['Vraag aan het VeiligheidsTeam', 'Vraag aan het VHT', 'HULPVRAAG AAN HET VHT', 'vraag aan het vht'],
 'gezin': ['Gezinssamenstelling'] * 2 + ['GEZINSSAMENSTELLING', 'gezinssamenstelling'],
 'zorgen': ['Wat is er nu onveilig', 'Zorgen', 'ONVEILIGHEID', 'wat is er nu onveilig'],
 'patroon': ['Patroon', 'Patroon uit het verleden', 'PATROON', 'patroon'],
 'krachten': ['Krachten en beschermende factoren', 'Krachten', 'KRACHTEN', 'krachten'],
 'risico': ['Risicofactoren', 'Risicofactoren', 'RISICOFACTOREN', 'risicofactoren'],
 'stemj': ['Stem van de jeugdige', 'Wat zegt de jeugdige', 'STEM VAN DE JEUGDIGE', 'stem van de jeugdige'],
 'stemo': ['Stem van ouders en verzorgers', 'Stem van ouders', 'STEM VAN OUDERS', 'stem van ouders'],
 'visie': ['Visie van de inbrenger', 'Visie inbrenger', 'VISIE INBRENGER', 'visie van de inbrenger'],
 'score': ['Veiligheidsscore', 'Score', 'VEILIGHEIDSSCORE', 'score'],
 'hulp': ['Betrokken hulpverlening', 'Betrokken hulpverlening', 'BETROKKEN HULPVERLENING', 'betrokken hulpverlening'],
 'pg': ['Persoonsgegevens', 'Persoonsgegevens', 'PERSOONSGEGEVENS', 'persoonsgegevens'],
}
ORDER = ['datum', 'soort', 'jeugdige', 'inbrenger', 'vaste', 'gemeente', 'gedrag', 'geinf', 'inst', 'vraag', 'gezin',
         'zorgen', 'patroon', 'krachten', 'risico', 'stemj', 'stemo', 'visie', 'score', 'hulp', 'pg']

def b1(v): return fmt_bsn(bsn(rnd), 'dots')
DIRTY = {
 46: [('NAME', 'Hanneke Vullings', 'body (Gezinssamenstelling)'), ('PHONE', '06-29 41 87 03', 'mail body')],
 47: [('NAME', 'Marzena', 'comment author'), ('BSN', fmt_bsn(bsn(rnd), 'plain'), 'table row (Gezinssamenstelling)')],
 48: [('BIRTHDATE', '03-09-2012', 'cover value (Jeugdige)'), ('ADDRESS', 'Parkstraat 31', 'footer')],
 49: [('NAME', 'KAYA', 'header'), ('EMAIL', 'ramona.gheorghe91@yahoo.com', 'body (Stem van ouders)')],
 50: [('POSTCODE', '5914 TX', 'footer'), ('NAME', 'Bogusław Zieliński', 'mail subject')],
 51: [('IBAN', None, 'footnote'), ('NAME', 'nelly', 'body (Krachten)')],
 52: [('URL', 'https://www.instagram.com/yaz.rmd.2012', 'body (Stem van de jeugdige)'), ('ID_NUMBER', 'dossiernr. VTLN-2026-20417', 'comment text')],
 53: [('NAME', 'Abdirahman', 'alt text'), ('PHONE', '+49 176 5531 8820', 'tracked deletion')],
 54: [('NAME', 'Guler_Ramazan', 'file name'), ('BIRTHDATE', '14-7-1988', 'body (Gezinssamenstelling)')],
 55: [('NAME', 'Truus Verheijen', 'property (title)'), ('BSN', None, 'mail body')],
 56: [('ADDRESS', 'Kloosterstraat 12b', 'body (Zorgen)'), ('NAME', 'Wim Hendrikx', 'tracked deletion')],
 57: [('NAME', 'Dumitru', 'body (Risicofactoren)'), ('ID_NUMBER', 'patiëntnr. 7740219', 'footnote')],
 58: [('EMAIL', 'bas.coenen.venlo@gmail.com', 'mail body'), ('NAME', 'AL-HAMADI', 'table row (Gezinssamenstelling)')],
 59: [('NAME', 'Els Thijssen', 'comment text'), ('POSTCODE', '6042 kb', 'body (Gezinssamenstelling)')],
 60: [('URL', 'facebook.com/jupp.steegh.71', 'comment text'), ('NAME', 'Jupp', 'body (Stem van ouders)')],
}
DIRTY[51][0] = ('IBAN', ' '.join((lambda v: [v[j:j+4] for j in range(0, len(v), 4)])(iban(rnd, 'NL', 'RABO'))), 'footnote')
DIRTY[55][1] = ('BSN', fmt_bsn(bsn(rnd), 'spaces'), 'mail body')

def card(i):
    sc = S[(i - 1) % 15]
    var = (i - 1) // 15          # 0..3
    style = (i * 7) % 4
    gem, team = GEM[(i * 5) % len(GEM)]
    org = team if i % 4 else VT[i % 2]
    inb = '%s, %s' % (INB[i % len(INB)], org)
    vaste = '%s, %s' % (VASTE[i % len(VASTE)], team)
    gd = GEDRAG[i % len(GEDRAG)]
    date = DATES[i % len(DATES)]
    soort = SOORT[(i + var) % len(SOORT)]
    ini = [INIT[(i * 3 + k) % len(INIT)] for k in range(len(sc['youths']))]
    if len(set(ini)) < len(ini): ini = [x if n == 0 else INIT[(i * 3 + 7 * n) % len(INIT)] for n, x in enumerate(ini)]
    yrs = [y + (var if y < 2024 and var < 2 else 0) for y in sc['youths']]
    ages = [2026 - y for y in yrs]
    m, s = 1978 + (i * 3) % 15, 1975 + (i * 5) % 17
    sub = {'m': m, 's': s, 'd1': D1[i % len(D1)]}
    for k, (x, y, a) in enumerate(zip(ini, yrs, ages)):
        sub['ABC'[k]] = x; sub['y%d' % k] = y; sub['a%d' % k] = a
    f = lambda t: t.format(**sub)
    dirty = {p: (c, v) for c, v, p in DIRTY.get(i, [])}
    jeug = [ '%s (%d)' % (x, y) for x, y in zip(ini, yrs)]
    if 'cover value (Jeugdige)' in dirty:
        jeug[0] = '%s (%s)' % (ini[0], dirty['cover value (Jeugdige)'][1])
    who = ['Moeder: gesproken op %s (huisbezoek, tolk via telefoon).' % D1[(i + 3) % len(D1)],
           '%s: gesproken op school, in bijzijn van de mentor.' % ini[0],
           'Vader/partner: telefonisch gesproken.' if i % 3 else 'Vader: niet bereikt, wel brief gestuurd.']
    consent = 'Ja, ouders stemmen in met bespreking in het VHT.'
    if i % 9 == 4:
        consent = 'Nee. Vader wil niet dat het VHT meekijkt (\"das geht niemand was an\"). Inbrenger brengt toch in: de zorgen zijn ernstig en advies is nodig voor de veiligheid van de kinderen.'
    elif i % 9 == 7:
        consent = 'Gedeeltelijk: moeder ja, vader nee. Inbrenger brengt in omdat het om acute veiligheid gaat.'
    gezin = [f(sc['gezin'])]
    if i % 3 == 0:
        gezin += ['| rol | geboortejaar | woont |', '|---|---|---|', '| moeder | %d | thuis |' % m] + \
                 ['| %s | %d | thuis |' % (x, y) for x, y in zip(ini, yrs)]
    zorgen = ['- ' + f(z) for z in sc['zorgen']]
    sc_in, sc_par, sc_j = sc['score']
    score = 'Inbrenger: %d. Ouders: %d.' % (sc_in, sc_par) + (' %s: %d.' % (ini[0], sc_j) if sc_j else '')
    if i % 4 == 1:
        score = '| wie | score |\n|---|---|\n| inbrenger | %d |\n| ouders | %d |' % (sc_in, sc_par)
    body = {
     'datum': [date], 'soort': [soort + (' (vervolg op VHT-2026-%04d)' % (40 + i) if soort != 'Eerste inbreng' else '')],
     'jeugdige': jeug, 'inbrenger': [inb], 'vaste': [vaste], 'gemeente': [gem],
     'gedrag': ['Ja, %s, op %s' % (gd, D1[(i + 5) % len(D1)])] if gd else None,
     'geinf': who, 'inst': [consent], 'vraag': [f(sc['vraag'])], 'gezin': gezin, 'zorgen': zorgen,
     'patroon': [f(sc['patroon'])] if i % 5 else None, 'krachten': [f(sc['krachten'])], 'risico': [f(sc['risico'])],
     'stemj': [f(x) for x in sc['stemj']], 'stemo': [f(sc['stemo'])], 'visie': [f(sc['visie'])],
     'score': [score], 'hulp': [f(sc['hulp'])] if i % 6 else None,
     'pg': [['n.v.t.', '-', 'niet invullen bij inbreng'][i % 3]] if i % 2 else None,
    }
    # dirty body / table insertions
    sec_of = {'Gezinssamenstelling': 'gezin', 'Stem van ouders': 'stemo', 'Krachten': 'krachten', 'Stem van de jeugdige': 'stemj',
              'Zorgen': 'zorgen', 'Risicofactoren': 'risico'}
    for p, (c, v) in dirty.items():
        if p.startswith('body ('):
            k = sec_of[p[6:-1]]
            line = {'NAME': {'Hanneke Vullings': 'Tante Hanneke Vullings (zus van moeder) woont om de hoek.', 'nelly': 'oma nelly is steun, zij komt elke dag',
                             'Dumitru': 'Oom Dumitru komt vaak drinken in het huis.', 'Jupp': 'Opa Jupp zegt: "Das Kind braucht Ruhe."'}.get(v),
                    'EMAIL': 'Moeder wil de kaart ontvangen op %s.' % v, 'URL': '%s plaatst veel op %s' % (ini[0], v),
                    'BIRTHDATE': 'Moeder is geb. %s.' % v, 'ADDRESS': '- Het incident was thuis aan de %s.' % v,
                    'POSTCODE': 'Vader woont nu op postcode %s.' % v}[c]
            body[k] = (body[k] or []) + [line]
        if p.startswith('table row ('):
            row = {'BSN': '| BSN %s | %s | - |' % (ini[0], v), 'NAME': '| vader | %s | Roermond |' % v}[c]
            if not any(l.startswith('|') for l in body['gezin']):
                body['gezin'] += ['| rol | gegeven | woont |', '|---|---|---|']
            body['gezin'].append(row)
    out = []
    def blk(tag, text): out.extend([tag, text, ''])
    dget = lambda p: dirty[p][1] if p in dirty else None
    fn_name = 'VHK_%s_%s%d_%s.docx' % (gem.replace(' ', '').replace('(', '').replace(')', ''), ini[0].rstrip('.'), yrs[0], ['nov', 'dec'][i % 2])
    if dget('file name'): fn_name = 'VHK_%s_%s.docx' % (dget('file name'), date.replace('/', '-').replace(' ', '-'))
    if i % 3 == 0 or dget('file name'): blk('[FILENAME]', fn_name)
    if i % 4 == 2 or dget('mail subject'):
        blk('[MAIL-SUBJECT]', 'Inbreng VHT %s (%d) - %s' % (ini[0], yrs[0], gem) + (' - fam. %s' % dget('mail subject') if dget('mail subject') else ''))
    if i % 4 == 2 or dget('mail body'):
        mb = 'Beste voorzitter, hierbij de kaart voor de bespreking. Graag in de eerstvolgende ronde.'
        if dget('mail body'):
            mb += {'PHONE': ' Moeder is bereikbaar op %s.', 'BSN': ' BSN van %s voor de Raad: %%s.' % ini[0], 'EMAIL': ' Vader wil cc op %s.'}[dirty['mail body'][0]] % dget('mail body')
        blk('[MAIL-BODY]', mb + '\nMet vriendelijke groet, vaste deelnemer %s' % team)
    if i % 5 == 1 or dget('property (title)'):
        blk('[PROPERTY title]', 'Veiligheidskaart %s (%d)' % (ini[0], yrs[0]) + (' - gezin %s' % dget('property (title)') if dget('property (title)') else ''))
    if i % 7 == 3: blk('[PROPERTY company]', 'Gemeente %s' % gem)
    if i % 2 == 0 or dget('header'):
        blk('[HEADER]', 'VHK - VERTROUWELIJK - %s' % gem.upper() + (' - GEZIN %s' % dget('header') if dget('header') else ''))
    for k in ORDER:
        if body[k] is None: continue
        lab = LABELS[k][style]
        if style == 0 and k in ('datum', 'jeugdige', 'vraag'): lab = '%d. %s:' % (ORDER.index(k) + 1, lab)
        elif style != 3: lab += ':'
        out.append(lab); out.extend(body[k]); out.append('')
        if k == 'zorgen' and (i % 3 == 1 or dget('comment text') or dget('comment author')):
            author = dget('comment author') or ['Gedragswetenschapper %s' % team, 'Voorzitter VHT', 'Jeugdarts GGD Limburg-Noord'][i % 3]
            txt = 'Wat zag school precies en wanneer? Graag concreet.'
            if dget('comment text'):
                c = dirty['comment text'][0]
                txt = {'NAME': 'Is dit dezelfde buurvrouw %s die eerder belde?', 'ID_NUMBER': 'Zie %s voor de eerdere melding.',
                       'URL': 'Vader zet de filmpjes op %s, klopt dat?'}[c] % dget('comment text')
            blk('[COMMENT author=%s]' % author, txt)
        if k == 'stemj' and (i % 4 == 0 or dget('alt text')):
            blk('[ALT]', 'Tekening van %s: drie huizen' % ini[0] + (', met de naam %s erop geschreven' % dget('alt text') if dget('alt text') else ', het huis van zorgen heeft een donkere wolk.'))
        if k == 'score' and (i % 5 == 2 or dget('tracked deletion')):
            t = 'Inbrenger: %d.' % (sc_in + 1)
            if dget('tracked deletion'):
                t = {'PHONE': 'Vader belt vaak vanaf %s.', 'NAME': 'Score van buurman %s: 6.'}[dirty['tracked deletion'][0]] % dget('tracked deletion')
            blk('[TRACKED-DELETION]', t)
        if k == 'hulp' and (i % 6 == 5 or dget('footnote')):
            t = 'Zie ook het verslag van het netwerkberaad in week 44.'
            if dget('footnote'):
                t = {'IBAN': 'Leefgeld gaat via rekening %s.', 'ID_NUMBER': 'Gegevens VieCuri: %s.'}[dirty['footnote'][0]] % dget('footnote')
            blk('[FOOTNOTE]', t)
    if i % 2 == 1 or dget('footer'):
        ft = 'Versie %s - %s' % (date, team)
        if dget('footer'):
            ft = {'ADDRESS': 'Retour: %s', 'POSTCODE': 'Retouradres gezin: %s'}[dirty['footer'][0]] % dget('footer') + ', ' + gem
        blk('[FOOTER]', ft)
    text = '\n'.join(out).rstrip('\n') + '\n'
    notes = '; '.join('%s "%s" @ %s' % (c, v, p) for c, v, p in DIRTY.get(i, [])) or '-'
    return text, notes

rows = ['file\texpect\tnotes']
for i in range(1, 61):
    text, notes = card(i)
    open(os.path.join(OUT, 'card-%02d.txt' % i), 'w', encoding='utf-8', newline='\n').write(text)
    rows.append('card-%02d.txt\t%s\t%s' % (i, 'CLEAN' if i <= 45 else 'DIRTY', notes))
open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n').write('\n'.join(rows) + '\n')
print('60 cards')
