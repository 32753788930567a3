#!/usr/bin/env python3
"""Generate ../cards/card-01..60.txt and cards.tsv (fixed seeds). Run: python3 tools/gen_cards.py"""
import os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from scenarios import SCEN, TOWNS, PROS, FUNCS
from vhnum import bsn, iban, spaced, elf

rng = random.Random(2324)
OUT = os.path.join(HERE, '..', 'cards')
LAB = {  # variants per section
 'datum': ['Datum inbreng:', 'Datum:', 'DATUM INBRENG'], 'soort': ['Soort inbreng:', 'Type inbreng:', 'soort inbreng'],
 'jeugdige': ['Jeugdige (voorletter en geboortejaar):', 'Jeugdige(n):', 'JEUGDIGE'],
 'inbrenger': ['Inbrenger:', 'Inbrenger (naam, functie, organisatie):', 'inbrenger'], 'vaste': ['Vaste deelnemer:', 'VASTE DEELNEMER'],
 'gemeente': ['Verantwoordelijke gemeente:', 'Gemeente:'], 'gedrag': ['Gedragsdeskundige geraadpleegd:', 'Gedragswetenschapper geraadpleegd:'],
 'geinf': ['Geïnformeerd en gesproken:', 'Wie is wanneer geïnformeerd:', 'GEÏNFORMEERD EN GESPROKEN'],
 'instemming': ['Instemming betrokkenen:', 'Instemming:'], 'vraag': ['Vraag aan het VeiligheidsTeam:', 'Vraag aan het VHT:', 'Hulpvraag aan het VHT:'],
 'gezin': ['Gezinssamenstelling:', 'GEZINSSAMENSTELLING'], 'zorgen': ['Wat is er nu onveilig:', 'Zorgen:', 'Onveiligheid:'],
 'patroon': ['Patroon:', 'Patroon uit het verleden:'], 'krachten': ['Krachten en beschermende factoren:', 'Krachten:'],
 'risico': ['Risicofactoren:', 'RISICOFACTOREN'], 'stemj': ['Stem van de jeugdige:', 'Wat zegt de jeugdige:'],
 'stemo': ['Stem van ouders en verzorgers:', 'Stem van ouders:'], 'visie': ['Visie van de inbrenger:', 'Visie inbrenger:'],
 'score': ['Veiligheidsscore:', 'Score:'], 'hulp': ['Betrokken hulpverlening:'], 'pg': ['Persoonsgegevens:'],
}
SOORT = ['Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Overdracht']
DATES = ['%02d-%02d-2026' % (d, m) for m, d in [(9, 8), (9, 22), (10, 6), (10, 20), (11, 3), (11, 17), (11, 24), (12, 1)]]
VRAGEN = ['Is vrijwillige hulp nog voldoende, of is een interventiegesprek met de Raad voor de Kinderbescherming nodig?',
          'Advies gevraagd over de inzet van specialistische hulp en wie de regie neemt.',
          'Welke afspraken zijn nodig om de veiligheid van de jongste kinderen te borgen?',
          'Graag advies: is een zorgmelding bij Veilig Thuis of een verzoek tot onderzoek bij de RvdK passend?']
EXTRA_CLEAN = [  # harmless special blocks
 ('[HEADER]', 'VEILIGHEIDSKAART - VERTROUWELIJK - {T}'), ('[FOOTER]', 'VHT Groene Hart | pagina 1 van 3 | Veilig Thuis 0800-2000'),
 ('[COMMENT author=Gedragswetenschapper {ORG}]', 'Graag concreet: wat zag school en op welke datum?'),
 ('[ALT]', 'Drie Huizen-tekening van {Y}.: het huis van de zorgen heeft een kapotte deur.'),
 ('[PROPERTY company]', '{ORG}'), ('[FOOTNOTE]', 'Zie ook het verslag van het Zorg- en Adviesteam van de school van 12-10-2026.'),
 ('[TRACKED-DELETION]', 'Inbrenger: 5.'), ('[MAIL-SUBJECT]', 'Aanmelding VHK {Y}. ({YR}) - {T}'),
 ('[MAIL-BODY]', 'Beste voorzitter, hierbij de kaart voor de bespreking. Ouders zijn geïnformeerd. Met vriendelijke groet, Toegang {T}'),
 ('[FILENAME]', 'VHK_{TF}_{Y}{YR}_2026.docx'), ('[PROPERTY title]', 'Veiligheidskaart {Y}. ({YR}) - {S}'),
]
b1, b2, b3 = bsn(rng), bsn(rng), bsn(rng, 8)
i1 = spaced(iban(rng, 'NL', 'RABO')); i2 = iban(rng, 'NL', 'INGB')
DIRTY = [  # (cat, value, place, where, text)
 [('NAME', 'Teunis Kodde', 'body (Zorgen)', 'zorgen', '- Volgens de ouderling slaat Teunis Kodde (vader) ook de meisjes.'),
  ('PHONE', '06-18342790', 'footer', '[FOOTER]', 'Bij vragen: moeder 06-18342790')],
 [('BSN', b1, 'table row (Gezinssamenstelling)', 'gezinrow', '| jeugdige | BSN %s |' % b1),
  ('NAME', 'Hendrikje', 'comment text', '[COMMENT author=Toegang]', 'Hendrikje is de oudste, moet die niet ook op de kaart?')],
 [('EMAIL', 'kodde.gezin@solcon.nl', 'mail body', '[MAIL-BODY]', 'Kaart ook naar ouders gestuurd: kodde.gezin@solcon.nl'),
  ('BIRTHDATE', '12-03-2013', 'cover value (Jeugdige)', 'jeugdige', 'geb. 12-03-2013')],
 [('NAME', 'Jannigje Brinkman', 'comment author', 'author', 'Jannigje Brinkman'),
  ('ADDRESS', 'Bovenkerkweg 17', 'body (Gezinssamenstelling)', 'gezin', 'Het gezin woont aan de Bovenkerkweg 17.')],
 [('NAME', 'KAPITEIJN', 'header', '[HEADER]', 'GEZIN KAPITEIJN - VHK'),
  ('POSTCODE', '8321 RK', 'body (Krachten en beschermende factoren)', 'krachten', 'Opa en oma wonen om de hoek (8321 RK).')],
 [('IBAN', i1, 'footnote', '[FOOTNOTE]', 'Diaconie betaalt de huur via %s.' % i1),
  ('NAME', 'Marinus', 'body (Stem van de jeugdige)', 'stemj', 'Broer Marinus (19) zei: "Ik neem ze wel mee naar mijn kamer."')],
 [('NAME', 'Matulessy', 'file name', '[FILENAME]', 'VHK_Matulessy_2026.docx'),
  ('URL', 'https://www.facebook.com/ina.sopacua.77', 'body (Risicofactoren)', 'risico', 'Moeder plaatst berichten over de kinderen op https://www.facebook.com/ina.sopacua.77')],
 [('NAME', 'Senait', 'mail subject', '[MAIL-SUBJECT]', 'VHK gezin Senait - spoed'),
  ('ID_NUMBER', 'V-nummer 2193847561', 'body (Zorgen)', 'zorgen', '- IND-brief gezien met V-nummer 2193847561.')],
 [('BSN', b2, 'tracked deletion', '[TRACKED-DELETION]', 'BSN moeder %s' % b2),
  ('NAME', 'ABRAHA', 'table row (Gezinssamenstelling)', 'gezinrow', '| VADER | ABRAHA | 1976 |')],
 [('NAME', 'Rasha', 'alt text', '[ALT]', 'Foto van Rasha met de kinderen bij het azc'),
  ('PHONE', '+31 6 4472 1093', 'body (Stem van ouders en verzorgers)', 'stemo', 'Moeder wil teruggebeld worden op +31 6 4472 1093.')],
 [('NAME', 'Gijsbert van Holten', 'property (title)', '[PROPERTY title]', 'VHK Gijsbert van Holten okt 2026'),
  ('EMAIL', 'w.v.holten09@gmail.com', 'body (Stem van de jeugdige)', 'stemj', 'W. mailde de mentor vanaf w.v.holten09@gmail.com: "ik wil weg"')],
 [('NAME', 'oma dirkje', 'body (Krachten en beschermende factoren)', 'krachten', 'oma dirkje vangt de baby op als moeder naar de kerk gaat.'),
  ('ID_NUMBER', 'cliëntnr. LH-2207815', 'header', '[HEADER]', 'Lindenhout cliëntnr. LH-2207815')],
 [('BSN', b3, 'mail body', '[MAIL-BODY]', 'Ter info het oude BSN van vader: %s' % b3),
  ('NAME', 'Brinkman-de Wit', 'property (company)', '[PROPERTY company]', 'Fam. Brinkman-de Wit')],
 [('IBAN', i2, 'body (Risicofactoren)', 'risico', 'Beslag op rekening %s van vader.' % i2),
  ('NAME', 'Schuurman', 'footer', '[FOOTER]', 'VHK Schuurman - niet verspreiden')],
 [('BIRTHDATE', '5 februari 2012', 'body (Stem van de jeugdige)', 'stemj', 'Y. (geboren 5 februari 2012) wil zelf bij het gesprek zijn.'),
  ('NAME', 'Aart', 'body (Zorgen)', 'zorgen', '- Stiefvader Aart kijkt mee in alle berichten van Y.')],
]

def vht(n):
    k = 20 + n
    while elf('2026%04d' % k): k += 1
    return k

def pick(k): return rng.choice(LAB[k])

def card(n):
    s = SCEN[(n - 1) % len(SCEN)]
    town, org = TOWNS[(n * 5) % len(TOWNS)]
    inbr = PROS[n % len(PROS)]; vaste = PROS[(n + 7) % len(PROS)]
    kids = s['kids']; y0, yr0 = kids[0]
    date = DATES[n % len(DATES)]
    soort = SOORT[n % 4]
    numbered = n % 5 == 0
    parts = []  # list of (key, label, lines)
    def sec(key, lines, label=None):
        parts.append((key, label or pick(key), lines))
    sec('datum', [date]); sec('soort', [soort + (' (vervolg op VHT-2026-%04d)' % vht(n) if soort != 'Eerste inbreng' else '')])
    sec('jeugdige', ['%s. (%d)' % (k, y) for k, y in kids])
    sec('inbrenger', ['%s, %s, %s' % (inbr, FUNCS[n % len(FUNCS)], org)]); sec('vaste', ['%s, %s' % (vaste, org)])
    sec('gemeente', [town])
    if n % 3: sec('gedrag', ['Ja, gedragswetenschapper van %s, op %s' % (org, DATES[(n + 3) % len(DATES)])])
    sec('geinf', ['Ouders: gesproken op %s (huisbezoek).' % DATES[(n + 5) % len(DATES)], '%s.: gesproken op school in bijzijn van de mentor.' % y0])
    if n % 7 == 3:
        sec('instemming', ['Nee. Vader weigert; hij wil geen bemoeienis "van buiten de kerk".',
                           'Verantwoording inbrenger: de veiligheid van de kinderen weegt zwaarder; ouders zijn hierover geïnformeerd.'])
    else:
        sec('instemming', ['Ja, ouders stemmen in met bespreking in het VHT.'])
    sec('vraag', [VRAGEN[n % len(VRAGEN)]])
    sec('gezin', [s['gezin']])
    sec('zorgen', list(s['zorgen']))
    if n % 2: sec('patroon', ['Sinds 2022 twee eerdere meldingen bij Veilig Thuis Hollands Midden; beide afgesloten na een veiligheidsplan.'])
    sec('krachten', [s['krachten']]); sec('risico', [s['risico']])
    sec('stemj', list(s['stemj'])); sec('stemo', list(s['stemo'])); sec('visie', [s['visie']])
    sec('score', ['Inbrenger: %d. Moeder: %d. Vader: %d.' % (rng.randint(2, 5), rng.randint(4, 8), rng.randint(5, 9))])
    sec('hulp', [s['hulp']])
    if n % 4 == 0: sec('pg', [rng.choice(['n.v.t.', '-', 'niet invullen bij inbreng'])])
    ctx = dict(T=town, ORG=org, Y=y0, YR=yr0, S=soort, TF=town.replace(' ', '-'))
    extras = rng.sample(EXTRA_CLEAN, 3)
    notes = '-'
    items = DIRTY[n - 46] if n > 45 else []
    tail = []
    for cat, val, place, where, text in items:
        if where == 'author':
            extras.append(('[COMMENT author=%s]' % val, 'Klopt dit wel? Zo is het niet gegaan.'))
        elif where.startswith('['):
            extras = [e for e in extras if e[0].split(' ')[0].rstrip(']') != where.split(' ')[0].rstrip(']')]
            extras.append((where, text))
        else:
            for i, (k, lab, lines) in enumerate(parts):
                if where == 'gezinrow' and k == 'gezin': lines.append(text)
                elif k == where: lines.append(text)
    if items: notes = '; '.join('%s "%s" @ %s' % (c, v, p) for c, v, p, _, _ in items)
    out = []
    top = [e for e in extras if e[0].split(' ')[0] in ('[PROPERTY', '[HEADER]', '[FILENAME]', '[MAIL-SUBJECT]', '[MAIL-BODY]')]
    mid = [e for e in extras if e not in top and e[0] not in ('[FOOTER]',)]
    foot = [e for e in extras if e[0] == '[FOOTER]']
    for tag, txt in top: out += [tag, txt.format(**ctx), '']
    for i, (k, lab, lines) in enumerate(parts):
        if numbered: lab = '%d. %s' % (i + 1, lab)
        out += [lab] + lines + ['']
        if k == 'zorgen' and mid:
            for tag, txt in mid: out += [tag.format(**ctx), txt.format(**ctx), '']
    for tag, txt in foot: out += [tag, txt.format(**ctx), '']
    return '\n'.join(out).rstrip('\n') + '\n', notes

rows = ['file\texpect\tnotes']
for n in range(1, 61):
    text, notes = card(n)
    with open(os.path.join(OUT, 'card-%02d.txt' % n), 'w', encoding='utf-8', newline='\n') as fh: fh.write(text)
    rows.append('card-%02d.txt\t%s\t%s' % (n, 'CLEAN' if n <= 45 else 'DIRTY', notes))
with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh: fh.write('\n'.join(rows) + '\n')
print('60 cards')
