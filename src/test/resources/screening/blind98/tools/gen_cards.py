#!/usr/bin/env python3
"""Generate ../cards/card-01..60.txt and cards.tsv from scenarios.py (fixed seed)."""
import os, random
HERE = os.path.dirname(os.path.abspath(__file__))
G = {}; exec(open(os.path.join(HERE, 'scenarios.py'), encoding='utf-8').read(), G); S = G['S']
rng = random.Random(9898)
OUT = os.path.join(HERE, '..', 'cards'); os.makedirs(OUT, exist_ok=True)

def iban_nl(bank):
    body = bank + ''.join(str(rng.randint(0, 9)) for _ in range(10))
    num = ''.join(str(int(c, 36)) for c in body + 'NL00')
    return 'NL%02d%s' % (98 - int(num) % 97, body)
def bsn():
    while True:
        d = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(8))
        if (sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])) % 11 == 0: return d

def elf(d):
    if len(d) == 8: d = '0' + d
    return (sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])) % 11 == 0
def vhtnr(n):
    while elf('2026%04d' % n): n += 1
    return n
LABELS = [  # style 0 canonical, 1 synonyms, 2 numbered, 3 caps/lower mix
 dict(datum='Datum', soort='Soort inbreng', jeugd='Jeugdige (voorletter en geboortejaar)', inb='Inbrenger', vd='Vaste deelnemer',
      gem='Verantwoordelijke gemeente', gd='Gedragsdeskundige geraadpleegd', inf='Geïnformeerd en gesproken', inst='Instemming betrokkenen',
      vraag='Vraag aan het VeiligheidsTeam', gezin='Gezinssamenstelling', zorgen='Wat is er nu onveilig', patroon='Patroon',
      krachten='Krachten en beschermende factoren', risico='Risicofactoren', stemj='Stem van de jeugdige', stemo='Stem van ouders en verzorgers',
      visie='Visie van de inbrenger', score='Veiligheidsscore', hulp='Betrokken hulpverlening'),
 dict(datum='Datum inbreng', soort='Type inbreng', jeugd='Jeugdige(n)', inb='Inbrenger (naam, functie, organisatie)', vd='Vaste deelnemer',
      gem='Gemeente', gd='Gedragswetenschapper geraadpleegd', inf='Wie is wanneer geïnformeerd', inst='Instemming', vraag='Vraag aan het VHT',
      gezin='Gezinssamenstelling', zorgen='Zorgen', patroon='Patroon uit het verleden', krachten='Krachten', risico='Risicofactoren',
      stemj='Wat zegt de jeugdige', stemo='Stem van ouders', visie='Visie inbrenger', score='Score', hulp='Betrokken hulpverlening'),
 None,
 dict(datum='DATUM', soort='SOORT INBRENG', jeugd='JEUGDIGE', inb='INBRENGER', vd='VASTE DEELNEMER', gem='GEMEENTE',
      gd='GEDRAGSDESKUNDIGE GERAADPLEEGD', inf='geïnformeerd en gesproken', inst='instemming', vraag='hulpvraag aan het VHT',
      gezin='gezinssamenstelling', zorgen='ONVEILIGHEID', patroon='patroon', krachten='KRACHTEN', risico='risicofactoren',
      stemj='STEM VAN DE JEUGDIGE', stemo='stem van ouders', visie='VISIE INBRENGER', score='VEILIGHEIDSSCORE', hulp='betrokken hulpverlening'),
]
ORDER = ['datum', 'soort', 'jeugd', 'inb', 'vd', 'gem', 'gd', 'inf', 'inst', 'vraag', 'gezin', 'zorgen', 'patroon', 'krachten',
         'risico', 'stemj', 'stemo', 'visie', 'score', 'hulp']

def dates(v, si):
    day = 3 + (si * 5 + v * 7) % 24
    if v == 3: day = min(day, 18)
    month = [10, 11, 11, 12][v]
    card = (2026, month, day)
    d1 = (day - 2 if day > 4 else 1); d2 = max(1, day - 1) if day > 2 else 1
    d0 = max(1, day - 9) if day > 10 else day + 3
    m0 = month if day > 10 else month - 1
    return card, '%02d-%02d-2026' % (d1, month), '%d-%d-2026' % (d2, month), '%02d-%02d-2026' % (d0, m0)

def fmt_card_date(c, v):
    y, m, d = c
    return ['%02d-%02d-%d' % (d, m, y), '%d-%02d-%02d' % (y, m, d), '%d/%d/%d' % (d, m, y),
            '%d %s %d' % (d, ['', '', '', '', '', '', '', '', '', '', 'oktober', 'november', 'december'][m], y)][v]

SOORT = ['Eerste inbreng', 'Vervolgbespreking (eerder: VHT-2026-0{n})', 'Monitoring', 'Overdracht']
ROLE_AUTH = ['Voorzitter VHT', 'Gedragswetenschapper De Schoor', 'Jeugdarts GGD Flevoland', 'Vaste deelnemer Veilig Thuis Flevoland',
             'Teamleider Triade Vitree', 'Toegang Noordoostpolder']
COMMENTS = ['Graag concreter: wat zag de kraamzorg precies?', 'Score van de jeugdige nog vragen.', 'Is het netwerk gevraagd mee te denken?',
            'Past dit binnen de vraag aan het VHT?', 'Datum van het laatste incident aanvullen.', 'Tolk geregeld voor de bespreking?']

def build(i, si, v, dirty=None):
    s = S[si]; st = LABELS[v] if v != 2 else None
    L = dict(LABELS[1]) if st is None else st
    card, d1, d2, d0 = dates(v, si)
    fill = lambda t: t.replace('{d0}', d0).replace('{d1}', d1).replace('{d2}', d2)
    init, year = s['kids'][0][0], s['kids'][0][1]
    jeugd = ['%s (%d)' % (k[0], k[1]) if n == 0 else '%s %s (%d)' % ({'zoon': 'broer', 'dochter': 'zus', 'baby': 'baby'}[k[2]], k[0], k[1])
             for n, k in enumerate(s['kids'])]
    vals = dict(datum=[fmt_card_date(card, v)], soort=[SOORT[v].replace('{n}', '%03d' % vhtnr(40 + si * 3))],
                jeugd=jeugd, inb=[s['inb']], vd=[s['vd']], gem=[s['gem']], gd=[fill(s['gd'])] if s['gd'] else None,
                inf=[fill(x) for x in s['inf']], inst=[s['inst']], vraag=[s['vraag']], gezin=list(s['gezin']),
                zorgen=[fill(x) for x in s['zorgen']], patroon=[s['patroon']], krachten=list(s['krachten']),
                risico=[s['risico']], stemj=list(s['stemj']), stemo=[s['stemo']], visie=[s['visie']],
                score=list(s['score']), hulp=[s['hulp']])
    if v == 1: vals['krachten'] = ['- ' + x for x in vals['krachten']]
    if v == 3: vals['score'] = ['| wie | score |'] + ['| %s | %s |' % tuple(x.split(': ')) for x in vals['score']]
    if v == 1: vals['zorgen'].append('Sinds de vorige bespreking is de situatie niet wezenlijk veranderd.')
    if v == 2: vals['zorgen'].append('Monitoring: afspraken worden deels nagekomen.')
    specials = {}
    specials['HEADER'] = ['VHK - VERTROUWELIJK - %s' % s['gem'].upper(), 'Veiligheidskaart %s (%d)' % (init, year), 'VHT Flevoland - niet doorsturen'][(i + v) % 3]
    if i % 2 == 0: specials['FOOTER'] = 'Versie %d, opgeslagen %s' % (v + 1, fmt_card_date(card, 0))
    if i % 3 == 0: specials['PROPERTY title'] = 'Veiligheidskaart %s (%d) - %s' % (init, year, SOORT[v].split(' (')[0])
    if i % 4 == 1: specials['PROPERTY company'] = s['inb'].split(', ')[-1]
    if i % 3 == 1: specials['FILENAME'] = 'VHK_%s_%s%d_v%d.docx' % (s['gem'].replace(' ', ''), init.rstrip('.'), year, v + 1)
    if i % 5 == 2:
        specials['MAIL-SUBJECT'] = 'Inbreng VHK %s (%d) %s' % (init, year, s['gem'])
        specials['MAIL-BODY'] = 'Beste voorzitter,\nBijgaand de kaart voor de bespreking. Graag inplannen.\nMet vriendelijke groet,\nvaste deelnemer %s' % s['vd'].split(', ')[-1]
    comment = (ROLE_AUTH[i % 6], COMMENTS[(i + si) % 6]) if i % 2 == 1 else None
    alt = 'Tekening van %s: drie huizen, het huis van de zorgen met een donkere wolk.' % init if i % 4 == 2 else None
    tracked = vals['score'][0] if i % 3 == 2 else None
    foot = 'Bron: gesprek met de jeugdarts, zie ook het verslag van het consultatiebureau.' if i % 5 == 4 else None
    hand = s.get('hand')
    pers = ['n.v.t.', '-', 'niet invullen bij inbreng', None][i % 4]
    # dirty injections
    if dirty:
        for kind, arg in dirty:
            if kind == 'append': vals[arg[0]].append(arg[1])
            elif kind == 'replace':
                vals[arg[0]] = [x.replace(arg[1], arg[2]) for x in vals[arg[0]]]
            elif kind == 'special': specials[arg[0]] = arg[1]
            elif kind == 'comment': comment = arg
            elif kind == 'alt': alt = arg
            elif kind == 'tracked': tracked = arg
            elif kind == 'foot': foot = arg
            elif kind == 'pers': pers = arg
    out = []
    for k in ('FILENAME', 'PROPERTY title', 'PROPERTY company', 'MAIL-SUBJECT', 'MAIL-BODY', 'HEADER'):
        if k in specials: out += ['[%s]' % k, specials[k], '']
    n = 0
    for key in ORDER:
        if vals.get(key) is None: continue
        n += 1
        lab = L[key] + ':'
        if v == 2: lab = '%d. %s' % (n, lab)
        if v == 3 and key in ('inf', 'gezin', 'patroon'): lab = L[key]  # no colon
        out += [lab] + vals[key] + ['']
        if key == 'zorgen' and comment: out += ['[COMMENT author=%s]' % comment[0], comment[1], '']
        if key == 'stemj' and alt: out += ['[ALT]', alt, '']
        if key == 'score' and tracked: out += ['[TRACKED-DELETION]', tracked, '']
        if key == 'hulp' and foot: out += ['[FOOTNOTE]', foot, '']
    if hand:
        out += ['Handtekening ouders:', 'Handtekening vader: ........................   datum: ..........',
                'Handtekening moeder: .......................   datum: ..........', '']
    if pers is not None:
        out += ['Persoonsgegevens:'] + pers.split('\n') + ['']
    if 'FOOTER' in specials: out += ['[FOOTER]', specials['FOOTER'], '']
    return '\n'.join(out).rstrip('\n') + '\n'

B1, B2 = bsn(), bsn()
B2d = B2[:4] + '.' + B2[4:6] + '.' + B2[6:]
IB = iban_nl('RABO'); IBg = ' '.join(IB[i:i + 4] for i in range(0, len(IB), 4))
DIRTY = {  # card -> list of (category, value, place, injection)
 46: [('BIRTHDATE', '16-09-2026', 'body (Wat is er nu onveilig)', ('append', ('zorgen', 'Baby geboren 16-09-2026, 3480 gram, Apgar 9/10.'))),
      ('NAME', 'Marvin Doelwijk', 'comment author', ('comment', ('Marvin Doelwijk', 'Ik ben de vader, ik wil dit niet in de kaart.')))],
 47: [('NAME', 'HAKVOORT', 'header', ('special', ('HEADER', 'VHK GEZIN HAKVOORT - URK - VERTROUWELIJK'))),
      ('PHONE', '0527-612948', 'mail body', ('special', ('MAIL-BODY', 'Beste voorzitter,\nVader is alleen in het weekend bereikbaar, op 0527-612948.\nGroet, Toegang Noordoostpolder')))],
 48: [('ID_NUMBER', '14.337.901-C', 'body (Gezinssamenstelling)', ('append', ('gezin', 'Registratienummer vader in de PI: 14.337.901-C.'))),
      ('NAME', 'Roy', 'tracked deletion', ('tracked', 'Vader (Roy) belt de kinderen elke zondag vanuit de PI.'))],
 49: [('NAME', 'Adwoa Boateng', 'body (Krachten en beschermende factoren)', ('append', ('krachten', 'Tante Adwoa Boateng in Almere Haven vangt de kinderen op.'))),
      ('URL', 'https://www.instagram.com/k.owusu_2011', 'footnote', ('foot', 'K. deelt filmpjes op https://www.instagram.com/k.owusu_2011'))],
 50: [('NAME', 'Miglė', 'cover value (Jeugdige)', ('replace', ('jeugd', 'M. (2014)', 'Miglė (2014)'))),
      ('ADDRESS', 'Kamperweg 48-3', 'body (Wat is er nu onveilig)', ('append', ('zorgen', 'Chalet op het bedrijfsterrein aan de Kamperweg 48-3, Emmeloord.')))],
 51: [('NAME', 'Hiba', 'table row (Wat is er nu onveilig)', ('replace', ('zorgen', '2. A. mag', '2. Hiba mag'))),
      ('BSN', B1, 'body (Persoonsgegevens)', ('pers', 'BSN A.: ' + B1))],
 52: [('NAME', 'Dylan Moesman', 'mail subject', ('special', ('MAIL-SUBJECT', 'VHK Dylan Moesman - Dronten - spoed'))),
      ('EMAIL', 'd.moesman09@gmail.com', 'mail body', ('special', ('MAIL-BODY', 'Hoi,\nT. mailt zelf ook: d.moesman09@gmail.com\nGroet, Sociaal Domein Dronten')))],
 53: [('POSTCODE', '3892 KT', 'footer', ('special', ('FOOTER', 'Retouradres: 3892 KT Zeewolde'))),
      ('IBAN', IBg, 'body (Wat is er nu onveilig)', ('append', ('zorgen', 'Huur werd tot mei betaald van rekening %s.' % IBg)))],
 54: [('NAME', 'Hilda Karsters', 'body (Gezinssamenstelling)', ('append', ('gezin', 'Oma heet Hilda Karsters en woont in Almere Buiten.'))),
      ('BIRTHDATE', '07-03-2012', 'cover value (Jeugdige)', ('replace', ('jeugd', 'D. (2012)', 'D. (07-03-2012)')))],
 55: [('NAME', 'Kimberly', 'property (title)', ('special', ('PROPERTY title', 'Veiligheidskaart Kimberly en kinderen'))),
      ('PHONE', '06-38 27 11 04', 'body (Stem van ouders en verzorgers)', ('append', ('stemo', 'Moeder vraagt om contact via 06-38 27 11 04.')))],
 56: [('NAME', 'Kasia', 'alt text', ('alt', 'Foto van P. en haar moeder Kasia op de boerderij.')),
      ('POSTCODE', '8316 PA', 'body (Gezinssamenstelling)', ('append', ('gezin', 'Woning in 8316 PA, bij het bedrijf.')))],
 57: [('URL', 'https://www.tiktok.com/@c.vanes.08', 'body (Wat is er nu onveilig)', ('append', ('zorgen', 'De vriend plaatst filmpjes van C. op https://www.tiktok.com/@c.vanes.08'))),
      ('ID_NUMBER', 'JBG-20220871', 'file name', ('special', ('FILENAME', 'VHK_Almere_JBG-20220871_C2008.docx')))],
 58: [('NAME', 'Kapitein', 'footer', ('special', ('FOOTER', 'Gezin Kapitein - niet verspreiden'))),
      ('BIRTHDATE', '18-08-2021', 'footnote', ('foot', 'G. is geboren op 18-08-2021 in het Flevoziekenhuis.'))],
 59: [('NAME', 'Joey Raaphorst', 'body (Wat is er nu onveilig)', ('append', ('zorgen', 'De nieuwe partner heet Joey Raaphorst.'))),
      ('ADDRESS', 'Karveel 30-12', 'comment text', ('comment', ('Vaste deelnemer Veilig Thuis Flevoland', 'Moeder woont nu op Karveel 30-12, klopt dat?')))],
 60: [('BSN', B2d, 'footnote', ('foot', 'BSN moeder (voor de verloskundige administratie): ' + B2d)),
      ('EMAIL', 'l.dewaard1994@live.nl', 'tracked deletion', ('tracked', 'Contact moeder: l.dewaard1994@live.nl'))],
}
rows = ['file\texpect\tnotes']
for i in range(1, 61):
    si, v = (i - 1) % 15, (i - 1) // 15
    d = DIRTY.get(i)
    txt = build(i, si, v, [x[3] for x in d] if d else None)
    with open(os.path.join(OUT, 'card-%02d.txt' % i), 'w', encoding='utf-8', newline='\n') as fh: fh.write(txt)
    rows.append('card-%02d.txt\t%s\t%s' % (i, 'DIRTY' if d else 'CLEAN', '; '.join('%s "%s" @ %s' % x[:3] for x in d) if d else '-'))
with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh: fh.write('\n'.join(rows) + '\n')
print('60 cards')
