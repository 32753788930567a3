# -*- coding: utf-8 -*-
"""Generate ../cards/card-01..60.txt and cards.tsv (seed 4701). Run: python3 tools/gen_cards.py"""
import os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
import numbers as N
from scenarios import S, AUTHORS, VASTE, GEDRAG, GEMEENTE

rng = random.Random(4701)
OUT = os.path.join(HERE, '..', 'cards')

LABELS = {  # key: (canonical, synonym)
 'datum': ('Datum', 'Datum inbreng'), 'soort': ('Soort inbreng', 'Type inbreng'),
 'jeugdige': ('Jeugdige (voorletter en geboortejaar)', 'Jeugdige(n)'),
 'inbrenger': ('Inbrenger (naam, functie, organisatie)', 'Inbrenger'), 'vaste': ('Vaste deelnemer', 'Vaste deelnemer'),
 'gemeente': ('Verantwoordelijke gemeente', 'Gemeente'), 'gedrag': ('Gedragsdeskundige geraadpleegd', 'Gedragswetenschapper geraadpleegd'),
 'geinf': ('Geïnformeerd en gesproken', 'Wie is wanneer geïnformeerd'), 'instemming': ('Instemming betrokkenen', 'Instemming'),
 'vraag': ('Vraag aan het VeiligheidsTeam', 'Hulpvraag aan het VHT'), 'gezin': ('Gezinssamenstelling', 'Gezinssamenstelling'),
 'zorgen': ('Wat is er nu onveilig', 'Zorgen'), 'patroon': ('Patroon', 'Patroon uit het verleden'),
 'krachten': ('Krachten en beschermende factoren', 'Krachten'), 'risico': ('Risicofactoren', 'Risicofactoren'),
 'stemj': ('Stem van de jeugdige', 'Wat zegt de jeugdige'), 'stemo': ('Stem van ouders en verzorgers', 'Stem van ouders'),
 'visie': ('Visie van de inbrenger', 'Visie inbrenger'), 'score': ('Veiligheidsscore', 'Score'),
 'hulp': ('Betrokken hulpverlening', 'Betrokken hulpverlening'), 'pg': ('Persoonsgegevens', 'Persoonsgegevens'),
}
ORDER = ['datum', 'soort', 'jeugdige', 'inbrenger', 'vaste', 'gemeente', 'gedrag', 'geinf', 'instemming', 'vraag',
         'gezin', 'zorgen', 'patroon', 'krachten', 'risico', 'stemj', 'stemo', 'visie', 'score', 'hulp', 'pg']
MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']
DAYS = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag']

# DIRTY items per card 46..60: (CATEGORY, value, place, key where inserted, text with {v})
BSN1 = N.fmt_bsn(N.bsn(rng), '.'); BSN2 = N.bsn(rng)
IB1 = N.group4(N.iban_be(rng)); IB2 = N.iban_nl(rng, 'TRIO')
RR1 = N.rrn(rng, 2015)
DIRTY = [
 [('NAME', 'Jorien Vercammen', 'body (Krachten)', 'krachten', 'Tante Jorien Vercammen in Zelzate is een vaste opvangplek.'),
  ('PHONE', '0472 61 38 05', 'mail body', 'MAIL-BODY', 'Moeder is bereikbaar op 0472 61 38 05, liefst na 17 u.')],
 [('NAME', 'Dragoș', 'table row (Gezinssamenstelling)', 'gezin', '| vriend moeder | Dragoș | woont in de caravan |'),
  ('ID_NUMBER', 'V-nr 3398120456', 'footnote', 'FOOTNOTE', 'Moeder: V-nr 3398120456, in aanvraag bij de IND.')],
 [('BIRTHDATE', '04/02/2010', 'cover value (Jeugdige)', 'jeugdige', 'E. ° 04/02/2010'),
  ('NAME', 'Sofie De Meyer', 'comment author', 'COMMENT-AUTHOR', 'Sofie De Meyer')],
 [('ADDRESS', 'Westkolkstraat 19', 'body (Zorgen)', 'zorgen', 'De overdrachten gebeuren nu ook aan de woning van vader, Westkolkstraat 19.'),
  ('EMAIL', 'vader.sasvangent@gmail.com', 'mail subject', 'MAIL-SUBJECT', 'FW: bericht van vader.sasvangent@gmail.com over de overdracht')],
 [('NAME', 'KOÇAK', 'header', 'HEADER', 'VHK GEZIN KOÇAK - VERTROUWELIJK'),
  ('BSN', BSN1, 'tracked deletion', 'TRACKED-DELETION', 'BSN Y.: ' + BSN1)],
 [('NAME', 'Brecht', 'body (Stem van de jeugdige)', 'stemj', 'R. noemt de partner van moeder bij naam: Brecht.'),
  ('URL', 'https://www.instagram.com/brecht_vdb_88', 'comment text', 'COMMENT', 'Zie ook zijn profiel https://www.instagram.com/brecht_vdb_88')],
 [('POSTCODE', '8300', 'footer', 'FOOTER', 'Adres moeder: 8300 Knokke-Heist (zie dossier)'),
  ('NAME', 'Jasper', 'alt text', 'ALT', 'Foto van B. met zijn vader Jasper op het strand.')],
 [('NAME', 'Vandewalle', 'file name', 'FILENAME', 'VHK_Vandewalle_K2009_overdracht.docx'),
  ('PHONE', '06-41972236', 'body (Stem van ouders)', 'stemo', 'Moeder vraagt om contact via 06-41972236.')],
 [('ID_NUMBER', RR1, 'body (Patroon)', 'patroon', 'Rijksregisternummer F. in het Belgische dossier: ' + RR1 + '.'),
  ('NAME', 'Lotte Vanderheyden', 'property (title)', 'PROPERTY title', 'VHK Lotte Vanderheyden - concept')],
 [('NAME', 'Kenzo', 'body (Zorgen)', 'zorgen', 'De vriend heet Kenzo en heeft een auto met Belgische nummerplaat.'),
  ('BIRTHDATE', '23-08-2008', 'mail body', 'MAIL-BODY', 'H. is geboren op 23-08-2008, dus net meerderjarig.')],
 [('IBAN', IB1, 'body (Risicofactoren)', 'risico', 'Het loon van vader wordt gestort op ' + IB1 + ' van de werkgever-huisbaas.'),
  ('NAME', 'Radostina', 'comment text', 'COMMENT', 'Moeder heet Radostina, dat mag er niet in.')],
 [('NAME', 'Marijke Ingelbrecht', 'property (company)', 'PROPERTY company', 'Marijke Ingelbrecht'),
  ('ADDRESS', 'Nieuwstraat 33', 'body (Gezinssamenstelling)', 'gezin', 'Pleeggezin woont op de Nieuwstraat 33 in Oostburg.')],
 [('EMAIL', 'z.mama2022@hotmail.be', 'body (Stem van ouders)', 'stemo', 'Moeder stuurde haar verhaal ook per mail (z.mama2022@hotmail.be).'),
  ('NAME', 'Lucienne', 'body (Krachten)', 'krachten', 'Oma Lucienne komt elke dag langs.')],
 [('BSN', BSN2, 'mail body', 'MAIL-BODY', 'Ter info BSN van G.: ' + BSN2),
  ('NAME', 'Hendrickx', 'table row (Veiligheidsscore)', 'score', '| trainer Hendrickx | 6 |')],
 [('IBAN', IB2, 'footnote', 'FOOTNOTE', 'Bijstand moeder loopt via ' + IB2 + '.'),
  ('NAME', 'Serkan', 'tracked deletion', 'TRACKED-DELETION', 'Vader Serkan heeft gedreigd V. mee te nemen.')],
]

def card_date(i):
    d = 10 + (i * 3) % 18; m = 11 if i % 2 else 12
    st = i % 5
    if st == 0: return '%02d-%02d-2026' % (d, m), d, m
    if st == 1: return '%02d/%02d/2026' % (d, m), d, m
    if st == 2: return '2026-%02d-%02d' % (m, d), d, m
    if st == 3: return '%s %d %s 2026' % (DAYS[i % 5], d, MONTHS[m - 1]), d, m
    return '%d/%d/2026' % (d, m), d, m

def label(key, style, n):
    lab = LABELS[key][style % 2]
    if style == 2: return '%d. %s:' % (n, lab)
    if style == 3: return lab.upper() + ':'
    if style == 4: return lab.lower()
    return lab + ':'

def make(i):
    sc = S[(i - 1) % len(S)]
    A, B = sc['youths'][0][0], (sc['youths'][1][0] if len(sc['youths']) > 1 else '')
    f = lambda s: s.replace('{A}', A).replace('{B}', B)
    au = AUTHORS[(i * 5) % len(AUTHORS)]
    gem = GEMEENTE[au[2]]
    datestr, d, m = card_date(i)
    style = i % 5
    soort_i = i % 7
    if soort_i in (0, 1, 2, 3): soort = 'Eerste inbreng'
    elif soort_i == 4: soort = 'Vervolgbespreking (vorige bespreking VHT-2026-%04d)' % (30 + i)
    elif soort_i == 5: soort = 'Monitoring'
    else: soort = 'Overdracht (Veilig Thuis Zeeland -> Toegang %s)' % gem
    y = {k: [] for k in ORDER}
    y['datum'] = [datestr]
    y['soort'] = [soort]
    y['jeugdige'] = ['%s (%d)' % (a, b) for a, b in sc['youths']]
    y['inbrenger'] = ['%s, %s, %s' % au]
    y['vaste'] = [VASTE[i % len(VASTE)]]
    y['gemeente'] = [gem]
    if i % 3 == 0: y['gedrag'] = [GEDRAG[i % len(GEDRAG)] + (', op %d-%d-2026' % (max(d - 2, 1), m) if GEDRAG[i % len(GEDRAG)] != 'Nee' else '')]
    y['geinf'] = ['Ouder(s): gesproken op %d-%d-2026 (huisbezoek).' % (max(d - 3, 1), m),
                  ('%s: gesproken op school op %d/%d/2026.' % (A, max(d - 4, 1), m)) if sc['youths'][0][1] < 2021
                  else ('%s: gezien tijdens het huisbezoek.' % A)]
    if i % 4 == 1: y['geinf'].append('Het CLB aan Belgische kant is geïnformeerd (met toestemming van moeder).')
    if i % 6 == 2:
        y['instemming'] = ['Nee. Vader weigert elke bespreking ("ge moogt dat nie doorgeven").',
                           'Onderbouwing inbrenger: de veiligheid van de kinderen weegt zwaarder; moeder stemt wel in en vader is hierover geïnformeerd.']
    else:
        y['instemming'] = ['Ja, ouders stemmen in met bespreking in het VHT.' + (' %s weet ervan.' % A if i % 2 else '')]
    y['vraag'] = [sc['vraag']]
    y['gezin'] = [f(sc['gezin'])]
    if i % 4 == 0:
        y['gezin'] += ['| rol | geboortejaar | woonplaats |'] + ['| jeugdige %s | %d | %s |' % (a, b, gem) for a, b in sc['youths']]
    y['zorgen'] = f(sc['zorgen']).split('\n')
    if i % 2: y['patroon'] = [f(sc['patroon'])]
    y['krachten'] = [f(sc['krachten'])]
    y['risico'] = [f(sc['risico'])]
    y['stemj'] = f(sc['stemj']).split('\n')
    y['stemo'] = [f(sc['stemo'])]
    y['visie'] = [f(sc['visie'])]
    y['score'] = [f(sc['score'])]
    if i % 3 != 1: y['hulp'] = [sc['hulp']]
    if i % 5 == 0: y['pg'] = [['n.v.t.', '-', 'niet invullen bij inbreng'][i % 3]]
    sp = {}
    sp['PROPERTY title'] = 'Veiligheidskaart %s (%d) - %s' % (A, sc['youths'][0][1], soort.split(' (')[0])
    if i % 3 == 0: sp['HEADER'] = 'VHK - VERTROUWELIJK - %s' % gem.upper()
    if i % 4 == 2: sp['FOOTER'] = 'Pagina 1 van 3 - Veiligheidskaart %s' % gem
    if i % 5 == 1: sp['COMMENT'] = ('Gedragswetenschapper %s' % au[2], 'Kan de concrete datum van het laatste incident erbij?')
    if i % 4 == 3: sp['ALT'] = ('Tekening van %s: drie huizen, het huis van de zorgen is donker gekleurd.' % A) if sc['youths'][0][1] < 2021 else 'Ecogram van het netwerk rond het gezin, alleen rollen vermeld.'
    if i % 6 == 4: sp['TRACKED-DELETION'] = 'Inbrenger: 4.'
    if i % 7 == 3: sp['FOOTNOTE'] = 'Score op een schaal van 0 (onveilig) tot 10 (veilig), Signs of Safety.'
    if i % 5 == 3: sp['MAIL-SUBJECT'] = 'Inbreng VHT %s - %s (%d)' % (gem, A, sc['youths'][0][1])
    if i % 5 == 3: sp['MAIL-BODY'] = 'Beste voorzitter, hierbij de kaart voor de bespreking. Met vriendelijke groet, %s %s' % (au[1], au[2])
    if i % 3 == 2: sp['FILENAME'] = 'VHK_%s_%s%d_2026%02d%02d.docx' % (gem, A.rstrip('.'), sc['youths'][0][1], m, d)
    if i % 8 == 5: sp['PROPERTY company'] = au[2]
    notes = '-'
    if i > 45:
        items = DIRTY[i - 46]; notes = []
        for cat, val, place, where, text in items:
            notes.append('%s "%s" @ %s' % (cat, val, place))
            if where in y: y[where].append(text)
            elif where == 'COMMENT-AUTHOR': sp['COMMENT'] = (text, 'Klopt de score van de jeugdige nog?')
            elif where == 'COMMENT' and 'COMMENT' in sp: sp['COMMENT'] = (sp['COMMENT'][0], sp['COMMENT'][1] + ' ' + text)
            elif where == 'COMMENT': sp['COMMENT'] = ('Voorzitter VHT', text)
            else: sp[where] = text
        notes = '; '.join(notes)
    out = []
    for tag in ('FILENAME', 'MAIL-SUBJECT', 'MAIL-BODY', 'PROPERTY title', 'PROPERTY company', 'HEADER'):
        if tag in sp: out += ['[%s]' % tag, sp[tag], '']
    for n, k in enumerate(ORDER, 1):
        if not y[k]: continue
        out += [label(k, style, n)] + y[k] + ['']
        if k == 'zorgen' and 'COMMENT' in sp:
            out += ['[COMMENT author=%s]' % sp['COMMENT'][0], sp['COMMENT'][1], '']
        if k == 'stemj' and 'ALT' in sp: out += ['[ALT]', sp['ALT'], '']
        if k == 'score' and 'TRACKED-DELETION' in sp: out += ['[TRACKED-DELETION]', sp['TRACKED-DELETION'], '']
    for tag in ('FOOTNOTE', 'FOOTER'):
        if tag in sp: out += ['[%s]' % tag, sp[tag], '']
    return '\n'.join(out).rstrip('\n') + '\n', notes

os.makedirs(OUT, exist_ok=True)
rows = ['file\texpect\tnotes']
for i in range(1, 61):
    text, notes = make(i)
    with open(os.path.join(OUT, 'card-%02d.txt' % i), 'w', encoding='utf-8', newline='\n') as fh: fh.write(text)
    rows.append('card-%02d.txt\t%s\t%s' % (i, 'CLEAN' if i <= 45 else 'DIRTY', notes))
with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh: fh.write('\n'.join(rows) + '\n')
print('60 cards')
