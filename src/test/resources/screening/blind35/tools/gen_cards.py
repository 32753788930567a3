#!/usr/bin/env python3
"""Generate ../cards/card-01..60.txt and cards.tsv for blind35 (fixed seeds, reproducible)."""
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scenarios import S, PROS, VASTE, GEDRAG
def elf(d):
    if len(d) == 8: d = '0' + d
    return (sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])) % 11 == 0

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'cards')
rng = random.Random(3535)

def bsn():
    while True:
        d = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(8))
        if elf(d): return d

def iban(bank):
    acc = ''.join(str(rng.randint(0, 9)) for _ in range(10))
    num = ''.join(str(int(c, 36)) for c in bank + acc + 'NL00')
    return 'NL%02d%s%s' % (98 - int(num) % 97, bank, acc)

LABELS = [  # canonical, synonyms, numbered, CAPS, lower
 dict(datum='Datum', soort='Soort inbreng', jeugdige='Jeugdige (voorletter en geboortejaar)', inbrenger='Inbrenger', vaste='Vaste deelnemer',
      gemeente='Verantwoordelijke gemeente', gedrag='Gedragsdeskundige geraadpleegd', geinf='Geïnformeerd en gesproken', inst='Instemming betrokkenen',
      vraag='Vraag aan het VeiligheidsTeam', gezin='Gezinssamenstelling', zorgen='Wat is er nu onveilig', patroon='Patroon', krachten='Krachten en beschermende factoren',
      risico='Risicofactoren', stemj='Stem van de jeugdige', stemo='Stem van ouders en verzorgers', visie='Visie van de inbrenger', score='Veiligheidsscore',
      hulp='Betrokken hulpverlening', advies='Advies'),
 dict(datum='Datum inbreng', soort='Type inbreng', jeugdige='Jeugdige(n)', inbrenger='Inbrenger (naam, functie, organisatie)', vaste='Vaste deelnemer',
      gemeente='Gemeente', gedrag='Gedragswetenschapper geraadpleegd', geinf='Wie is wanneer geïnformeerd', inst='Instemming',
      vraag='Hulpvraag aan het VHT', gezin='Gezinssamenstelling', zorgen='Zorgen', patroon='Patroon uit het verleden', krachten='Krachten',
      risico='Risicofactoren', stemj='Wat zegt de jeugdige', stemo='Stem van ouders', visie='Visie inbrenger', score='Score',
      hulp='Betrokken hulpverlening', advies='Advies'),
]
ORDER = ['datum', 'soort', 'jeugdige', 'inbrenger', 'vaste', 'gemeente', 'gedrag', 'geinf', 'inst', 'vraag', 'gezin', 'zorgen', 'patroon',
         'krachten', 'risico', 'stemj', 'stemo', 'visie', 'score', 'hulp', 'advies']

def label(style, key, n):
    base = LABELS[style % 2][key]
    if style == 2: return '%d. %s:' % (n, base)
    if style == 3: return base.upper() + ':'
    if style == 4: return base.lower()
    return base + ':'

DATES = ['03-11-2026', '2026-11-05', '10-11-2026', 'di 17 nov. 2026', '19/11/2026', '24-11-2026', '2026-11-26', '01-12-2026', 'do 3 dec. 2026', '08-12-2026']
SOORT = ['Eerste inbreng', 'Vervolgbespreking', 'Eerste inbreng', 'Monitoring', 'Eerste inbreng', 'Overdracht']
INST = ['Ja, beide ouders en de jeugdige(n) van 12+ stemmen in met bespreking in het VHT.',
        'Ja (mondeling, huisbezoek 29-10-2026).',
        'Nee. Vader weigert elke bemoeienis. Reden: hij vindt dat er niets aan de hand is. Verantwoording inbrenger: de veiligheid van de kinderen weegt zwaarder; vader is hierover op 30-10-2026 geïnformeerd.',
        'Gedeeltelijk: moeder ja, vader nee (wil niet dat de kaart naar de Raad gaat). Verantwoording inbrenger: er is acute zorg, bespreking is nodig.',
        'ja']
VRAAG = ['Is vrijwillige hulp nog passend of adviseert het VHT een interventiegesprek met de Raad voor de Kinderbescherming?',
         'Welke voorwaarden zijn nodig om de veiligheid binnen het vrijwillig kader te borgen?',
         'Graag advies over de inzet van specialistische hulp en de regie.',
         'Is een verzoek tot onderzoek bij de Raad aangewezen?']

def mdo(sc, n):
    i1, i2 = ['IV', 'BN', 'NH', 'RL', 'CO', 'TB'][n % 6], ['JA', 'GGD', 'MT', 'SK'][n % 4]
    return ['Uit MDO-verslag d.d. %s (kamer %d.%02d, 09:30-10:45):' % (['27-10-2026', '2026-10-29', '4 nov.'][n % 3], n % 4 + 1, n + 3),
            'Aanwezig: inbrenger (%s), jeugdarts GGD, IB\'er school, gezinsvoogd (adviserend), wijkagent.' % sc['org'],
            'Agendapunt 1: veiligheid thuis. Agendapunt 2: schulden (€ %d.%03d). Agendapunt 3: netwerk.' % (1 + n % 9, ((n * 37) % 20) * 50),
            'Besluit: kaart inbrengen bij het VHT.',
            'actie: %s plant huisbezoek met tolk; actie: %s vraagt informatie op bij school.' % (i1, i2)]

def build(n, sc, style, dirty):
    """dirty: dict place -> text to insert/override."""
    out = []
    def blk(tag, text): out.extend([tag, text, ''])
    kids = sc['kids']
    k0 = kids[0][0]
    blk('[PROPERTY title]', dirty.get('property (title)', 'Veiligheidskaart %s (%d) - %s' % (k0, kids[0][1], sc['gem'])))
    if n % 3 == 0 or 'property (company)' in dirty: blk('[PROPERTY company]', dirty.get('property (company)', sc['org']))
    if n % 2 == 0 or 'file name' in dirty:
        blk('[FILENAME]', dirty.get('file name', 'VHK_%s_%s%d_v%d.docx' % (sc['gem'].replace(' ', ''), k0[0], kids[0][1], n % 4 + 1)))
    if n % 4 == 1 or 'mail subject' in dirty:
        blk('[MAIL-SUBJECT]', dirty.get('mail subject', 'Inbreng VHK %s %s (%d)' % (sc['gem'], k0, kids[0][1])))
    blk('[HEADER]', dirty.get('header', 'VERTROUWELIJK - VHK - %s' % sc['gem'].upper()))
    year = 2026
    date = DATES[n % len(DATES)]
    pro = PROS[n % len(PROS)]
    vals = {
      'datum': date,
      'soort': SOORT[n % len(SOORT)] + ('' if SOORT[n % len(SOORT)] == 'Eerste inbreng' else ' (VHT-2026-0%03d)' % (100 + n * 3)),
      'jeugdige': dirty.get('cover value (Jeugdige)', '\n'.join('%s%s (%d)' % ('' if i == 0 else r + ' ', k, y) for i, (k, y, r) in enumerate(kids))),
      'inbrenger': '%s, %s, %s' % (pro[0], pro[1], sc['org']),
      'vaste': '%s, %s' % (VASTE[n % len(VASTE)], sc['org'] if n % 2 else 'Veilig Thuis Gelderland-' + ('Midden' if sc['gem'] in ('Ede', 'Arnhem', 'Renkum', 'Rheden', 'Veenendaal', 'Barneveld', 'Wageningen', 'Rhenen') else 'Zuid')),
      'gemeente': sc['gem'],
      'gedrag': 'Ja, %s, op 28-10-2026' % GEDRAG[n % 3] if n % 3 != 2 else 'Nee',
      'geinf': 'Moeder: gesproken op 28-10-2026 (huisbezoek in %s).\nVader: telefonisch op 30-10-2026.\n%s: gesproken op school in bijzijn van de mentor.' % (sc['town'], k0),
      'inst': INST[n % len(INST)],
      'vraag': VRAAG[n % len(VRAAG)],
      'gezin': sc['gezin'] + ('\n' + '\n'.join('| %s | %s | %d |' % (r, k, y) for k, y, r in kids) if n % 2 else ''),
      'zorgen': '\n'.join(('- ' if n % 2 else '') + z for z in sc['zorgen']) + ('\n' + '\n'.join(mdo(sc, n)) if n % 3 == 1 else ''),
      'patroon': 'Eerdere melding bij Veilig Thuis in 2024, afgesloten na een veiligheidsplan.' if n % 2 else '',
      'krachten': sc['krachten'],
      'risico': sc['risico'],
      'stemj': sc['stemj'],
      'stemo': sc['stemo'],
      'visie': sc['visie'],
      'score': ('Inbrenger: %d. Moeder: %d. %s: %d.' % (3 + n % 3, 6 + n % 3, k0, 2 + n % 5)) if n % 2 else '| inbrenger | %d |\n| ouders | %d |\n| %s | %d |' % (4, 7, k0, 3 + n % 4),
      'hulp': sc['hulp'],
      'advies': '\n'.join(mdo(sc, n)) if n % 3 == 2 else '',
    }
    if 'table row (Gezinssamenstelling)' in dirty: vals['gezin'] += '\n' + dirty['table row (Gezinssamenstelling)']
    for p, key in (('body (Zorgen)', 'zorgen'), ('body (Krachten)', 'krachten'), ('body (Stem van ouders)', 'stemo'),
                   ('body (Advies)', 'advies'), ('body (Betrokken hulpverlening)', 'hulp')):
        if p in dirty: vals[key] = (vals[key] + '\n' if vals[key] else '') + dirty[p]
    for i, key in enumerate(ORDER, 1):
        if not vals[key]: continue
        out.extend([label(style, key, i), vals[key], ''])
        if key == 'zorgen' and (n % 5 == 0 or 'comment text' in dirty or 'comment author' in dirty):
            blk('[COMMENT author=%s]' % dirty.get('comment author', ['Gedragswetenschapper ' + sc['org'], 'Voorzitter VHT', 'Jeugdarts GGD'][n % 3]),
                dirty.get('comment text', 'Graag concreter: wat is er precies gezien en door wie?'))
        if key == 'stemj' and (n % 4 == 2 or 'alt text' in dirty):
            blk('[ALT]', dirty.get('alt text', 'Tekening van %s: drie huizen, het huis van de zorgen is het grootst.' % k0))
        if key == 'score' and (n % 3 == 0 or 'tracked deletion' in dirty):
            blk('[TRACKED-DELETION]', dirty.get('tracked deletion', 'Inbrenger: %d.' % (2 + n % 4)))
        if key == 'risico' and (n % 4 == 3 or 'footnote' in dirty):
            blk('[FOOTNOTE]', dirty.get('footnote', 'Bron: MDO-verslag en politiemutatie; zie ook het verslag van de jeugdarts.'))
    if n % 3 == 0:
        out.extend(['Persoonsgegevens:', ['n.v.t.', '-', 'niet invullen bij inbreng'][n % 2 + (n % 5 == 0)], ''])
    blk('[FOOTER]', dirty.get('footer', 'Pagina 1 van 3 - %s - gepseudonimiseerd' % sc['org']))
    if n % 4 == 1 or 'mail body' in dirty:
        blk('[MAIL-BODY]', dirty.get('mail body', 'Beste voorzitter,\nHierbij de kaart van %s (%d) voor de bespreking. Graag inplannen.\nMet vriendelijke groet,\n%s, %s' % (k0, kids[0][1], pro[1], sc['org'])))
    return '\n'.join(out).rstrip('\n') + '\n'

B1, B2 = bsn(), bsn()
I1 = iban('RABO')
DIRTY = [  # (category, value, place, text)
 [('NAME', 'Tsegereda', 'body (Zorgen)', 'Moeder (Tsegereda) wil dat de jongste bij de oom gaat wonen.'),
  ('PHONE', '06-29471830', 'mail body', 'Beste voorzitter,\nBij vragen kunt u moeder bellen: 06-29471830.\nGroet, gezinscoach')],
 [('NAME', 'Latumahina', 'header', 'VHK FAM. Latumahina - VERTROUWELIJK'),
  ('BIRTHDATE', '11-03-2011', 'cover value (Jeugdige)', 'D. (11-03-2011)')],
 [('NAME', 'Gul Ahmad Sherzad', 'table row (Gezinssamenstelling)', '| vader | Gul Ahmad Sherzad | 1990 |'),
  ('ID_NUMBER', 'patiëntnummer 8830176', 'footnote', 'Radboudumc, patiëntnummer 8830176 (baby), verslag SEH.')],
 [('NAME', 'Hanneke Spaan', 'comment author', 'Is dit al met school besproken?'),
  ('POSTCODE', '6602 XT', 'footer', 'Retour: 6602 XT Wijchen')],
 [('NAME', 'Floor', 'body (Krachten)', 'Vriendin Floor (moeder van een klasgenoot) biedt opvang.'),
  ('BSN', B1, 'tracked deletion', 'BSN jeugdige ' + B1)],
 [('NAME', 'ALVES TAVARES', 'file name', 'VHK_Velp_ALVES TAVARES_def.docx'),
  ('EMAIL', 'm.alvestavares@gmail.com', 'body (Stem van ouders)', 'Moeder stuurde haar reactie per mail (m.alvestavares@gmail.com).')],
 [('NAME', 'Frits', 'comment text', 'Kan oom Frits niet als netwerkpersoon in het plan?'),
  ('ADDRESS', 'Rijksstraatweg 118', 'body (Zorgen)', 'Vader slaapt nu bij zijn broer op Rijksstraatweg 118 in Malden.')],
 [('NAME', 'Nurdan Yiğit', 'mail subject', 'Inbreng VHK gezin Nurdan Yiğit'),
  ('IBAN', I1, 'body (Betrokken hulpverlening)', 'Budgetbeheer via rekening ' + I1 + ' (moeder).')],
 [('NAME', 'Geurtsen', 'property (title)', 'VHK Geurtsen Barneveld'),
  ('URL', 'https://www.instagram.com/gerrit.geurtsen.barneveld', 'footnote', 'Zie bericht van vader op https://www.instagram.com/gerrit.geurtsen.barneveld')],
 [('NAME', 'Liban', 'alt text', 'Foto van Liban met de scooter van de oudere jongens.'),
  ('ID_NUMBER', 'PL0600-2026451177', 'body (Zorgen)', 'Politie registreerde de diefstal onder PL0600-2026451177.')],
 [('NAME', 'Kaan', 'body (Stem van ouders)', 'Vader: "Kaan moet leren dat geld niet vanzelf komt."'),
  ('PHONE', '026-3847195', 'header', 'VHK Bemmel - contact moeder 026-3847195')],
 [('NAME', 'Kassab', 'property (company)', 'Fam. Kassab (thuis-pc)'),
  ('BIRTHDATE', 'geb. 23-07-2014', 'body (Zorgen)', 'I. (geb. 23-07-2014) liep op 29-09 weg.')],
 [('NAME', 'Zoltan', 'body (Advies)', 'Afspraak: Zoltan (oom) wordt uitgenodigd voor het netwerkberaad.'),
  ('BSN', B2, 'table row (Gezinssamenstelling)', '| BSN O. | %s |' % B2)],
 [('NAME', 'G. Hoeksema', 'tracked deletion', 'Pleegmoeder G. Hoeksema heeft gebeld.'),
  ('EMAIL', 'pleeggezin.malden@outlook.com', 'mail body', 'Reactie pleegouders volgt via pleeggezin.malden@outlook.com.')],
 [('NAME', 'Marit', 'footer', 'VHK U. en broer - opgesteld met Marit (zus vader)'),
  ('ADDRESS', 'Cuneraweg 205', 'comment text', 'Respijt kan bij oma, Cuneraweg 205, Rhenen.')],
]

os.makedirs(OUT, exist_ok=True)
rows = []
for n in range(1, 61):
    sc = S[(n - 1) % 15]
    style = (n * 7) % 5
    dirty, notes = {}, '-'
    if n > 45:
        items = DIRTY[n - 46]
        for cat, val, place, text in items:
            if place == 'comment author':
                dirty['comment author'] = val; dirty['comment text'] = text
            else:
                dirty[place] = text
        notes = '; '.join('%s "%s" @ %s' % (c, v, p) for c, v, p, t in items)
    if n <= 45 and n % 15 == 0 and n % 2:
        pass
    text = build(n, sc, style, dirty)
    with open(os.path.join(OUT, 'card-%02d.txt' % n), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(text)
    rows.append('card-%02d.txt\t%s\t%s' % (n, 'DIRTY' if n > 45 else 'CLEAN', notes))
with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('file\texpect\tnotes\n' + '\n'.join(rows) + '\n')
print('60 cards')
