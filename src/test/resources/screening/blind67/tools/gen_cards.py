#!/usr/bin/env python3
"""Generate ../cards/card-01..60.txt and cards.tsv from scenarios.py (fixed seed 6767).
card i uses scenario (i-1) % 15 and variant (i-1) // 15; variant 3 (cards 46-60) is DIRTY with 2 items."""
import os, sys, random
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scenarios import S
from numgen import bsn, iban

rng = random.Random(6767)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'cards')

LABELS = [  # style -> key -> label
 dict(datum='Datum', soort='Soort inbreng', jeugdige='Jeugdige (voorletter en geboortejaar)', inbr='Inbrenger',
      vaste='Vaste deelnemer', gem='Verantwoordelijke gemeente', gedrag='Gedragsdeskundige geraadpleegd',
      inf='Geïnformeerd en gesproken', inst='Instemming betrokkenen', vraag='Vraag aan het VeiligheidsTeam',
      gezin='Gezinssamenstelling', zorgen='Wat is er nu onveilig', patroon='Patroon', krachten='Krachten en beschermende factoren',
      risico='Risicofactoren', stemj='Stem van de jeugdige', stemo='Stem van ouders en verzorgers', visie='Visie van de inbrenger',
      score='Veiligheidsscore', hulp='Betrokken hulpverlening', pg='Persoonsgegevens', advies='Advies'),
 dict(datum='Datum inbreng', soort='Type inbreng', jeugdige='Jeugdige(n)', inbr='Inbrenger (naam, functie, organisatie)',
      vaste='Vaste deelnemer', gem='Gemeente', gedrag='Gedragswetenschapper geraadpleegd', inf='Wie is wanneer geïnformeerd',
      inst='Instemming', vraag='Hulpvraag aan het VHT', gezin='Gezinssamenstelling', zorgen='Zorgen', patroon='Patroon uit het verleden',
      krachten='Krachten', risico='Risicofactoren', stemj='Wat zegt de jeugdige', stemo='Stem van ouders', visie='Visie inbrenger',
      score='Score', hulp='Betrokken hulpverlening', pg='Persoonsgegevens', advies='Afspraken en actiepunten'),
]
ORDER = ['datum', 'soort', 'jeugdige', 'inbr', 'vaste', 'gem', 'gedrag', 'inf', 'inst', 'vraag', 'gezin', 'zorgen', 'patroon',
         'krachten', 'risico', 'stemj', 'stemo', 'visie', 'score', 'hulp', 'advies', 'pg']

def label(key, style, n):
    base = LABELS[style % 2][key]
    if style == 2: return '%d. %s:' % (n, base)
    if style == 3: return base.upper() + ':'
    if style == 4: return base.lower()
    return base + ':'

SOORT = ['Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Eerste inbreng']
MONTHS = {'10': 'okt', '11': 'nov', '12': 'dec'}

def add_days(d, n):  # d = dd-mm-2026, simple calendar for oct-dec 2026
    dd, mm, yy = int(d[:2]), int(d[3:5]), int(d[6:])
    dim = {10: 31, 11: 30, 12: 31}
    dd += n
    while dd > dim[mm]:
        dd -= dim[mm]; mm += 1
    if mm > 12: mm = 12; dd = 28
    return '%02d-%02d-%d' % (dd, mm, yy)

HANDS = [
 ['Transcriptie handgeschreven notitie inbrenger:', '"[onleesbaar] ~~spreek~~ sprak met moeder, zij ~~wil~~ wil nu wel meewerken. [onleesbaar] volgende week opnieuw."'],
 ['(uitgetypt van briefje, handschrift inbrenger)', 'ouders ~~ontkennen~~ erkennen de zorgen deels / school [onleesbaar] bellen / VHT vragen naar ~~OTS~~ vrijwillig kader?'],
 ['Handgeschreven aantekening na huisbezoek (overgenomen):', '- sfeer gespannen, ~~kinderen~~ jongste sliep / [onleesbaar] / afspraak: bellen bij escalatie 112, anders Veilig Thuis 0800-2000'],
]

# DIRTY items per scenario index: (cat, value, place, where, text); where = ('sec', key) | ('block', TAG) | ('row', key) | ('cover', key)
def dirty_items():
    b1, b2 = bsn(rng, 'dots'), bsn(rng, 'plain')
    ib = iban(rng, 'NL', 'RABO', 'grp')
    return {
     0: [('NAME', 'Serkan', 'table row (Gezinssamenstelling)', ('row', 'gezin'), '| oom Serkan | 1979 | Oss-Noord, vangt B. op |'),
         ('PHONE', '06-51937224', 'mail body', ('block', 'MAIL-BODY'), 'Hierbij de kaart. Moeder is het best bereikbaar op 06-51937224 (na 16 uur).\nMet groet, gezinsregisseur Toegang Oss')],
     1: [('NAME', 'Joanna Krawczyk', 'comment author', ('block', 'COMMENT author=Joanna Krawczyk'), 'tolk: klopt dit met wat moeder zei?'),
         ('ADDRESS', 'Vorstengrafdonk 41 unit 7', 'body (Onveiligheid)', ('sec', 'zorgen'), '- de woning (Vorstengrafdonk 41 unit 7) is bij de brandweer gemeld')],
     2: [('NAME', 'Bennie', 'body (Krachten)', ('sec', 'krachten'), 'Ome Bennie (broer van vader) is de bemiddelaar tussen de families.'),
         ('BIRTHDATE', '11-06-2010', 'cover value (Jeugdige)', ('cover', 'jeugdige'), 'T. (11-06-2010)')],
     3: [('NAME', 'Hein Verhoeven', 'footnote', ('block', 'FOOTNOTE'), '1) Het geweer is tijdelijk in bewaring bij de buurman, Hein Verhoeven.'),
         ('IBAN', ib, 'body (Risicofactoren)', ('sec', 'risico'), 'Achterstand op de bedrijfsrekening %s loopt op.' % ib)],
     4: [('NAME', 'Mihaela', 'alt text', ('block', 'ALT'), 'Foto van de slaapkamer, links het bed van Mihaela (nicht) en de wieg van A.'),
         ('POSTCODE', '5831 GK', 'footer', ('block', 'FOOTER'), 'JGZ Land van Cuijk - huisbezoekadres 5831 GK')],
     5: [('NAME', 'Azzaoui', 'tracked deletion', ('block', 'TRACKED-DELETION'), 'De dreiging komt volgens moeder van de familie Azzaoui.'),
         ('URL', 'https://www.instagram.com/h_ussen.0412', 'body (Onveiligheid)', ('sec', 'zorgen'), '- H. laat op https://www.instagram.com/h_ussen.0412 geld en kleding zien')],
     6: [('NAME', 'Kata', 'body (Onveiligheid)', ('sec', 'zorgen'), '- Z. slaapt als het misgaat bij haar vriendin Kata, maar die ouders weten het niet'),
         ('EMAIL', 'z.horvath.veghel@gmail.com', 'mail body', ('block', 'MAIL-BODY'), 'Z. wil graag zelf een kopie ontvangen op z.horvath.veghel@gmail.com.\nGroet, jeugdconsulent Meierijstad')],
     7: [('NAME', 'ROOIJAKKERS', 'header', ('block', 'HEADER'), 'VHK GEZIN ROOIJAKKERS - VERTROUWELIJK'),
         ('BIRTHDATE', '4 maart 2015', 'table row (Gezinssamenstelling)', ('row', 'gezin'), '| L. | geb. 4 maart 2015 | week-weekregeling |')],
     8: [('NAME', 'Gonny', 'comment text', ('block', 'COMMENT author=Toegang Bernheze'), 'Tante Gonny uit Vinkel wil ook het signaleringsplan hebben.'),
         ('BSN', b1, 'body (Persoonsgegevens)', ('sec', 'pg'), 'BSN moeder: ' + b1)],
     9: [('NAME', 'Ricky', 'body (Stem van de jeugdige)', ('sec', 'stemj'), 'E.: "Ricky is de enige die naar me luistert."'),
         ('URL', 'https://www.tiktok.com/@rickyboekel86', 'comment text', ('block', 'COMMENT author=Jeugdconsulent Boekel'), 'Profiel van de man: https://www.tiktok.com/@rickyboekel86')],
     10: [('NAME', 'Rutten', 'property (company)', ('block', 'PROPERTY company'), 'Fam. Rutten'),
          ('ID_NUMBER', 'cliëntnr. ORO 558127', 'body (Betrokken hulpverlening)', ('sec', 'hulp'), 'ORO (cliëntnr. ORO 558127), JGZ, kraamzorg.')],
     11: [('NAME', 'Sandra', 'mail subject', ('block', 'MAIL-SUBJECT'), 'Overdracht VHK R. en S. - moeder Sandra akkoord'),
          ('PHONE', '0413-258 671', 'body (Krachten)', ('sec', 'krachten'), 'Oma in Zeeland (NB) is altijd bereikbaar: 0413-258 671.')],
     12: [('BIRTHDATE', '17-02-2013', 'file name', ('block', 'FILENAME'), 'VHK_Grave_P_17-02-2013_def.docx'),
          ('POSTCODE', '5361 EJ', 'body (Gezinssamenstelling)', ('sec', 'gezin'), 'Gezin woont in 5361 EJ, dicht bij de Maas.')],
     13: [('BSN', b2, 'footer', ('block', 'FOOTER'), 'VT BNO - intern - bsn W. ' + b2),
          ('ID_NUMBER', 'VTBN-2026-118853', 'property (title)', ('block', 'PROPERTY title'), 'Kopie VT-dossier VTBN-2026-118853 W.')],
     14: [('EMAIL', 'oma.berghem54@kpnmail.nl', 'body (Stem van ouders)', ('sec', 'stemo'), 'Oma mailt de school vanaf oma.berghem54@kpnmail.nl.'),
          ('ADDRESS', 'Kerkstraat 9a', 'header', ('block', 'HEADER'), 'VHK - grootouders Kerkstraat 9a - niet verspreiden')],
    }

def clean_blocks(sc, i, first_y, date):
    y = '%s (%d)' % (sc['youths'][0][0].replace('baby ', ''), sc['youths'][0][1])
    pool = [
     ('PROPERTY title', 'Veiligheidskaart %s - %s' % (y, sc['gem'])),
     ('HEADER', 'VERTROUWELIJK - VHT Noordoost-Brabant - %s' % sc['gem']),
     ('FOOTER', '%s | versie %d | pagina 1 van 3' % (sc['org'], i % 4 + 1)),
     ('COMMENT author=Vaste deelnemer %s' % sc['gem'], 'Stem van de jeugdige nog aanvullen met het gesprek op school?'),
     ('ALT', 'Tekening Drie Huizen van %s, het huis van de dromen is geel.' % y),
     ('PROPERTY company', sc['org']),
     ('TRACKED-DELETION', 'Inbrenger: %d.' % (i % 5 + 3)),
     ('FOOTNOTE', '1) Informatie van de school is gecheckt bij de zorgcoördinator op %s.' % date),
     ('MAIL-SUBJECT', 'VHK %s - %s - %s' % (y, sc['town'], SOORT[(i - 1) // 15])),
     ('MAIL-BODY', 'Goedemorgen,\nBijgaand de veiligheidskaart voor het VHT. Graag inplannen.\nMet vriendelijke groet,\n%s' % sc['org']),
     ('FILENAME', 'VHK_%s_%s%d_%s.docx' % (sc['town'].replace(' ', ''), y[0], sc['youths'][0][1], date.replace('-', ''))),
    ]
    k = 3 + i % 3
    start = (i * 4) % len(pool)
    return [pool[(start + j) % len(pool)] for j in range(k)]

def build(i, sc, dirty):
    v = (i - 1) // 15
    style = i % 5
    base = add_days(sc['informed'][-1][0], 2 + v * 7 if v < 3 else 4)
    date = base
    soort = SOORT[v]
    if sc['key'] == 'uden' and v != 3: soort = 'Overdracht'
    sec = {}
    youths = ['%s (%d)' % (y[0], y[1]) for y in sc['youths']]
    if i % 4 == 0 and len(youths) > 1: youths = [', '.join(youths)]
    datum = date if i % 3 else '%s %s 2026' % (int(date[:2]), MONTHS[date[3:5]])
    sec['datum'] = [datum]
    sec['soort'] = [soort + ('' if v == 0 or v == 3 else ' (vorige bespreking VHT-2026-%04d)' % (100 + i * 3))]
    sec['jeugdige'] = youths
    sec['inbr'] = [sc['inbr']]
    sec['vaste'] = [sc['vaste']]
    sec['gem'] = [sc['gem']]
    if sc['gedrag']: sec['gedrag'] = [sc['gedrag']]
    if i % 3 == 1:
        sec['inf'] = ['datum;gesprek;met wie;afspraak'] + [';'.join(r) for r in sc['informed']]
    else:
        sec['inf'] = ['%s: %s, %s (%s).' % (r[2][0].upper() + r[2][1:], r[1], r[0], r[3]) for r in sc['informed']]
    sec['inst'] = [sc['instem']]
    sec['vraag'] = [sc['vraag']]
    if i % 2 == 0 or dirty and any(w == ('row', 'gezin') for _, _, _, w, _ in dirty):
        sec['gezin'] = ['| rol | geboortejaar | woont / school |'] + ['| %s | %s | %s |' % g for g in sc['gezin']]
    else:
        sec['gezin'] = ['; '.join('%s (%s), %s' % g for g in sc['gezin']) + '.']
    if i % 3 == 0:
        sec['zorgen'] = ['Signalenlijst:'] + ['[%s] %s' % ('x' if t else ' ', z) for t, z in sc['zorgen']]
    else:
        sec['zorgen'] = ['- ' + z for t, z in sc['zorgen'] if t]
    sec['patroon'] = [sc['patroon']]
    sec['krachten'] = [sc['krachten']]
    sec['risico'] = [sc['risico']]
    sec['stemj'] = list(sc['stemj'])
    sec['stemo'] = [sc['stemo']]
    sec['visie'] = [sc['visie']] + (HANDS[i % 7 % 3] if i % 3 == 2 else [])
    sec['score'] = [sc['score'] + ' (schaal 0-10)']
    sec['hulp'] = [sc['hulp']]
    if v in (1, 2):
        sec['advies'] = ['Advies VHT d.d. %s: veiligheidsplan aanscherpen, evaluatie over 6 weken.' % add_days(date, -7 if v == 1 else -14)]
    if i % 4 == 1:
        sec['pg'] = [['n.v.t.', '-', 'niet invullen bij inbreng'][i % 3]]
    blocks_before, blocks_after = [], []
    if dirty:
        for cat, val, place, where, text in dirty:
            if where[0] == 'sec':
                sec.setdefault(where[1], []).append(text)
            elif where[0] == 'row':
                sec[where[1]].append(text)
            elif where[0] == 'cover':
                y0 = '%s (%d)' % (sc['youths'][0][0], sc['youths'][0][1])
                sec[where[1]] = [x.replace(y0, text) for x in sec[where[1]]]
            else:
                blocks_after.append((where[1], text))
        blocks = [b for b in clean_blocks(sc, i, youths[0], date) if b[0] not in {t for t, _ in blocks_after}][:2] + blocks_after
    else:
        blocks = clean_blocks(sc, i, youths[0], date)
    out = []
    top = [b for b in blocks if b[0].startswith(('PROPERTY', 'HEADER', 'FILENAME', 'MAIL-SUBJECT'))]
    rest = [b for b in blocks if b not in top]
    for tag, text in top:
        out += ['[%s]' % tag, text, '']
    n = 0
    for key in ORDER:
        if key not in sec: continue
        n += 1
        out += [label(key, style, n)] + sec[key] + ['']
        if key == 'zorgen':
            for tag, text in rest:
                if tag.startswith(('COMMENT', 'ALT', 'TRACKED')):
                    out += ['[%s]' % tag, text, '']
    for tag, text in rest:
        if not tag.startswith(('COMMENT', 'ALT', 'TRACKED')):
            out += ['[%s]' % tag, text, '']
    return '\n'.join(out).rstrip('\n') + '\n'

os.makedirs(OUT, exist_ok=True)
D = dirty_items()
rows = []
for i in range(1, 61):
    sc = S[(i - 1) % 15]
    dirty = D[(i - 1) % 15] if i > 45 else None
    text = build(i, sc, dirty)
    with open(os.path.join(OUT, 'card-%02d.txt' % i), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(text)
    notes = '; '.join('%s "%s" @ %s' % (c, val, p) for c, val, p, _, _ in dirty) if dirty else '-'
    rows.append('card-%02d.txt\t%s\t%s' % (i, 'DIRTY' if dirty else 'CLEAN', notes))
with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('file\texpect\tnotes\n' + '\n'.join(rows) + '\n')
print('wrote 60 cards')
