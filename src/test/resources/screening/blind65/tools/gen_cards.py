#!/usr/bin/env python3
"""Generate ../cards/card-01.txt .. card-60.txt and cards.tsv (fixed seed 6565)."""
import os, random
from scenarios import S
from common import elfproef, gen_bsn, fmt_bsn, gen_iban, fmt_iban

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'cards')
rng = random.Random(6565)

KEYS = ['datum', 'soort', 'jeugdige', 'inb', 'vaste', 'gemeente', 'gedrag', 'geinf', 'inst', 'vraag', 'gezin', 'zorgen',
        'patroon', 'krachten', 'risico', 'stemj', 'stemo', 'visie', 'score', 'betrokken', 'pg']
CANON = ['Datum', 'Soort inbreng', 'Jeugdige (voorletter en geboortejaar)', 'Inbrenger', 'Vaste deelnemer',
         'Verantwoordelijke gemeente', 'Gedragsdeskundige geraadpleegd', 'Geïnformeerd en gesproken', 'Instemming betrokkenen',
         'Vraag aan het VeiligheidsTeam', 'Gezinssamenstelling', 'Wat is er nu onveilig', 'Patroon',
         'Krachten en beschermende factoren', 'Risicofactoren', 'Stem van de jeugdige', 'Stem van ouders en verzorgers',
         'Visie van de inbrenger', 'Veiligheidsscore', 'Betrokken hulpverlening', 'Persoonsgegevens']
SYN = ['Datum inbreng', 'Type inbreng', 'Jeugdige(n)', 'Inbrenger (naam, functie, organisatie)', 'Vaste deelnemer', 'Gemeente',
       'Gedragswetenschapper geraadpleegd', 'Wie is wanneer geïnformeerd', 'Instemming', 'Vraag aan het VHT',
       'Gezinssamenstelling', 'Zorgen', 'Patroon uit het verleden', 'Krachten', 'Risicofactoren', 'Wat zegt de jeugdige',
       'Stem van ouders', 'Visie inbrenger', 'Score', 'Betrokken hulpverlening', 'Persoonsgegevens']
SYN2 = list(SYN); SYN2[9] = 'Hulpvraag aan het VHT'; SYN2[11] = 'Onveiligheid'; SYN2[2] = 'Jeugdige'

def labels(style):
    if style == 0: return [l + ':' for l in CANON]
    if style == 1: return [l + ':' for l in SYN]
    if style == 2: return ['%d. %s:' % (i + 1, l) for i, l in enumerate(SYN2)]
    if style == 3: return [l.upper() + ':' for l in CANON]
    return [l.lower() for l in SYN2]

MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']
MABBR = ['jan.', 'feb.', 'mrt.', 'apr.', 'mei', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.']
def fdate(m, d, f):
    if f == 0: return '%02d-%02d-2026' % (d, m)
    if f == 1: return '2026-%02d-%02d' % (m, d)
    if f == 2: return '%d %s 2026' % (d, MONTHS[m - 1])
    if f == 3: return '%d %s 2026' % (d, MABBR[m - 1])
    return '%d-%d-2026' % (d, m)

SOORT = ['Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Eerste inbreng']
MAILS = [
    'Beste voorzitter,\n\nHierbij de kaart, gescreend met de inbrenger.\n\n> Op {mq} schreef Jeugdteam {gem}:\n> Kaart aangepast, initialen en geboortejaren staan erin.\n>\n>> Graag nog de stem van de jeugdige toevoegen.\n\nMet vriendelijke groet,\nvaste deelnemer {gem}',
    'Goedemorgen,\n\nZie bijlage. Vraag: kan dit nog in de planning van week 49?\n\n-----Doorgestuurd bericht-----\n> Op {mq} schreef Veilig Thuis Noord-Holland Noord:\n> Wij sluiten graag aan.\n\nGroet, het secretariaat',
    'Hoi,\n\nkaart in de bijlage, ivm crisis van afgelopen nacht (Spoed4Jeugd) graag snel.\n\n> Op {mq} schreef de dienstdoende medewerker Spoed4Jeugd:\n> 02:40 pt. opgevangen, mvr rustig, overdracht naar dagdienst.\n\nmvg, vaste deelnemer',
]
FOOTNOTES = [
    'Uit de verwijsbrief van de huisarts: "Geachte collega, graag uw aandacht voor dit gezin. Episode P76 sinds 2024. Met collegiale groet, de huisarts."',
    'Bron: overdrachtsnotitie Spoed4Jeugd, nachtdienst; telegramstijl overgenomen.',
    'ICPC-codes volgens verwijzing: P74, Z12.',
]

def build(idx, sc, v, style):
    L = labels(style)
    date_m = [10, 11, 12, 12][v]; date_d = 3 + (idx * 5) % 24
    card_date = fdate(date_m, date_d, idx % 5)
    d0 = fdate(date_m - 1 if date_m > 1 else 1, 1 + (idx * 7) % 27, (idx + 1) % 5)
    e1 = fdate(date_m - 1, 2 + (idx * 3) % 26, (idx + 2) % 5)
    sub = lambda t: t.replace('{d0}', d0).replace('{e1}', e1)
    soort = SOORT[v]
    if v == 1:
        n = 40 + idx
        while elfproef('2026%04d' % n): n += 1   # keep VHT numbers from looking like an 8-digit BSN
        soort += ' (vervolg op VHT-2026-%04d)' % n
    if v == 2 and sc['vraag'].startswith('Overdracht'): soort = 'Overdracht'
    secs = {}
    secs['datum'] = [card_date]
    secs['soort'] = [soort]
    secs['jeugdige'] = list(sc['kids']) if idx % 2 else [', '.join(sc['kids'])]
    secs['inb'] = [sc['inb']]
    secs['vaste'] = [sc['vaste']]
    secs['gemeente'] = [sc['gem']]
    if sc['gedrag']: secs['gedrag'] = [sub(sc['gedrag'])]
    secs['geinf'] = [sub(x) for x in sc['geinf']]
    secs['inst'] = [sc['inst']]
    secs['vraag'] = [sc['vraag']]
    secs['gezin'] = [sc['gezin']]
    if idx % 3 == 0:
        secs['gezin'] += ['| Kind | Geboortejaar |'] + ['| %s | %s |' % (k.split()[-2], k.split()[-1].strip('()')) for k in sc['kids']]
    z = [sub(x) for x in sc['zorgen']]
    secs['zorgen'] = ['- ' + x for x in z] if idx % 2 else z
    if v == 1: secs['zorgen'].append('Sinds de vorige bespreking: afspraken deels nagekomen.')
    if v == 2: secs['zorgen'].append('Spoed4Jeugd nachtdienst %s 01:55: melding school/politie, pt. thuis aangetroffen, mvr ivm onrust gesproken, geen acute onveiligheid.' % e1)
    secs['patroon'] = [sc['patroon']]
    secs['krachten'] = [sc['krachten']]
    secs['risico'] = [sc['risico']]
    if sc['stemj'] and not (v == 1 and max(sc['years']) >= 2026 - 11 and min(sc['years']) > 2026 - 12 and idx % 2):
        secs['stemj'] = list(sc['stemj'])
    secs['stemo'] = [sc['stemo']]
    secs['visie'] = [sc['visie']]
    if idx % 4 == 1:
        secs['score'] = ['| Wie | Score |'] + ['| %s | %s |' % tuple(p.strip().rstrip('.').split(': ')) for p in sc['score'].split('. ') if ': ' in p]
    else:
        secs['score'] = [sc['score']]
    secs['betrokken'] = [sc['betrokken']]
    pgv = ['-', 'n.v.t.', 'niet invullen bij inbreng', None][idx % 4]
    if pgv: secs['pg'] = [pgv]
    blocks = {}   # position key -> list of (tag, text)
    def blk(pos, tag, text): blocks.setdefault(pos, []).append((tag, text))
    if idx % 3 == 0: blk('top', '[FILENAME]', 'VHK_%s_%s_2026%02d%02d.docx' % (sc['gem'].replace(' (NH)', '').replace(' ', '_'), sc['kids'][0].split()[-2].rstrip('.') + sc['kids'][0][-5:-1], date_m, date_d))
    if idx % 2 == 0: blk('top', '[PROPERTY title]', 'Veiligheidskaart %s - %s' % (sc['kids'][0], SOORT[v]))
    if idx % 5 == 1: blk('top', '[PROPERTY company]', sc['inb'].split(', ')[-1])
    if idx % 4 == 3:
        blk('top', '[MAIL-SUBJECT]', 'FW: VHK %s %s ter bespreking' % (sc['gem'], sc['kids'][0]))
        blk('top', '[MAIL-BODY]', MAILS[idx % 3].replace('{mq}', '3 nov. 2026 om 1%d:%02d' % (idx % 8, (idx * 7) % 60)).replace('{gem}', sc['gem']))
    blk('top', '[HEADER]', ['VHK - VERTROUWELIJK - %s' % sc['gem'].upper(), 'Veiligheidskaart | %s' % sc['gem'], 'vertrouwelijk, niet doorsturen'][idx % 3])
    if idx % 2 == 1: blk('zorgen', '[COMMENT author=%s]' % ['Vaste deelnemer ' + sc['gem'], 'Voorzitter VHT', 'Gedragswetenschapper'][idx % 3], ['Kun je dit feitelijker maken? Wie zag wat?', 'Is de school hiervan op de hoogte?', 'Graag datum van de melding erbij.'][idx % 3])
    if sc['stemj'] and idx % 4 == 2: blk('stemj', '[ALT]', 'Tekening van %s: drie huizen, in het huis van de dromen een hond.' % sc['kids'][0].split()[-2])
    if idx % 3 == 1: blk('score', '[TRACKED-DELETION]', 'Inbrenger: %d.' % (1 + idx % 8))
    if idx % 3 == 2: blk('betrokken', '[FOOTNOTE]', FOOTNOTES[idx % 3])
    if idx % 2 == 0: blk('end', '[FOOTER]', 'Pagina 1 van 3 - versie %d - %s' % (v + 1, card_date))
    return L, secs, blocks

def render(L, secs, blocks):
    out = []
    for tag, text in blocks.get('top', []): out += [tag, text, '']
    for i, k in enumerate(KEYS):
        if k not in secs: continue
        out += [L[i]] + secs[k] + ['']
        for tag, text in blocks.get(k, []): out += [tag, text, '']
    for tag, text in blocks.get('end', []): out += [tag, text, '']
    return '\n'.join(out).rstrip('\n') + '\n'

# DIRTY injections: (category, value, place, kind, where, text); text contains the value
def D():
    bsn1 = fmt_bsn(gen_bsn(rng), 'dots'); bsn2 = gen_bsn(rng)
    ib1 = fmt_iban(gen_iban(rng, 'NL', 'RABO'), 'grouped'); ib2 = fmt_iban(gen_iban(rng, 'PL', ''), 'grouped')
    return [
     [('NAME', 'Henk Zeilmaker', 'body (Wat is er nu onveilig)', 'sec', 'zorgen', 'Op 2-11 trapte stiefvader Henk Zeilmaker de deur in.'),
      ('PHONE', '06-47281936', 'footer', 'blk', 'end', '[FOOTER]|Bij vragen moeder bellen: 06-47281936')],
     [('BIRTHDATE', '18-05-2013', 'cover value (Jeugdige)', 'sec', 'jeugdige', 'geboortedatum N.: 18-05-2013'),
      ('EMAIL', 'romy.dekker.tx@gmail.com', 'mail body', 'blk', 'top', '[MAIL-BODY]|Beste,\n\nMoeder wil de kaart ook ontvangen op romy.dekker.tx@gmail.com.\n\n> Op 4 nov. 2026 schreef Gemeente Texel:\n> Akkoord.')],
     [('NAME', 'Jolien Zwaan', 'comment author', 'blk', 'zorgen', '[COMMENT author=Jolien Zwaan]|Klopt dit wel? Ik was er zelf bij.'),
      ('BSN', bsn1, 'property (title)', 'blk', 'top', '[PROPERTY title]|VHK A. (2011) BSN ' + bsn1)],
     [('ADDRESS', 'Sluisdijkstraat 88', 'body (Gezinssamenstelling)', 'sec', 'gezin', 'Gezin woont op de Sluisdijkstraat 88, tweede verdieping.'),
      ('NAME', 'Yusuf Güler', 'tracked deletion', 'blk', 'score', '[TRACKED-DELETION]|Score van oom Yusuf Güler: 6.')],
     [('POSTCODE', '1827 HP', 'header', 'blk', 'top', '[HEADER]|VHK Alkmaar 1827 HP'),
      ('ID_NUMBER', 'VT-2026-229013', 'footnote', 'blk', 'betrokken', '[FOOTNOTE]|Dossiernummer Veilig Thuis: VT-2026-229013.')],
     [('IBAN', ib1, 'table row (Risicofactoren)', 'sec', 'risico', '| Schuld | Rekening moeder |\n| Woonwaard | ' + ib1 + ' |'),
      ('NAME', 'Bogdan', 'mail subject', 'blk', 'top', '[MAIL-SUBJECT]|VHK zoon van Bogdan, spoed')],
     [('URL', 'https://www.instagram.com/naomi.mercera_07', 'alt text', 'blk', 'stemj', '[ALT]|Screenshot van https://www.instagram.com/naomi.mercera_07'),
      ('NAME', 'de Ruijter', 'table row (Gezinssamenstelling)', 'sec', 'gezin', '| Oom | de Ruijter | steunfiguur |')],
     [('NAME', 'Ayla', 'file name', 'blk', 'top', '[FILENAME]|VHK_Ayla_Medemblik_def.docx'),
      ('PHONE', '0224-298157', 'body (Krachten en beschermende factoren)', 'sec', 'krachten', 'Oom is 24/7 bereikbaar op 0224-298157.')],
     [('NAME', 'Gerrit', 'comment text', 'blk', 'zorgen', '[COMMENT author=Vaste deelnemer Jeugdteam Heiloo]|Heb je toestemming van Gerrit om dit op te schrijven?'),
      ('BIRTHDATE', '09-10-1988', 'body (Gezinssamenstelling)', 'sec', 'gezin', 'Moeder is geboren op 09-10-1988.')],
     [('EMAIL', 'd.vanderschoot@quicknet.nl', 'footer', 'blk', 'end', '[FOOTER]|Reacties moeder: d.vanderschoot@quicknet.nl'),
      ('BSN', bsn2, 'body (Persoonsgegevens)', 'sec', 'pg', 'BSN Z.: ' + bsn2)],
     [('NAME', 'Raymond', 'header', 'blk', 'top', '[HEADER]|VHK gezin van Raymond - Schagen'),
      ('ADDRESS', 'Dorpsstraat 31', 'mail body', 'blk', 'top', '[MAIL-BODY]|Hoi,\n\nkaart in de bijlage.\n\n> Op 5 nov. 2026 schreef moeder:\n> Ik woon nu op Dorpsstraat 31 in Tuitjenhorn.')],
     [('NAME', 'Jacoba Schouten-Kaag', 'footnote', 'blk', 'betrokken', '[FOOTNOTE]|Informatie van grootmoeder Jacoba Schouten-Kaag.'),
      ('POSTCODE', '1823AM', 'file name', 'blk', 'top', '[FILENAME]|VHK_1823AM_v3.docx')],
     [('ID_NUMBER', 'TRV-558120', 'body (Betrokken hulpverlening)', 'sec', 'betrokken', 'Triversum, cliëntnummer TRV-558120.'),
      ('IBAN', ib2, 'mail body', 'blk', 'top', '[MAIL-BODY]|Goedemiddag,\n\n> Op 6 nov. 2026 schreef vader:\n> Stuur het geld naar ' + ib2 + '\n\nGroet, vaste deelnemer')],
     [('URL', 'https://www.tiktok.com/@milan.venhuizen', 'body (Stem van de jeugdige)', 'sec', 'stemj', 'B. verwijst naar het filmpje op https://www.tiktok.com/@milan.venhuizen'),
      ('NAME', 'Marjolein', 'property (title)', 'blk', 'top', '[PROPERTY title]|Kaart gezin Marjolein')],
     [('PHONE', '+48 601 552 918', 'comment text', 'blk', 'zorgen', '[COMMENT author=Voorzitter VHT]|Vader belt steeds vanaf +48 601 552 918, moet dat erin?'),
      ('NAME', 'Vaičiulis', 'table row (Veiligheidsscore)', 'sec', 'score', '| Vader (Vaičiulis) | 5 |')],
    ]

rows = []
for i in range(1, 46):
    sc = S[(i - 1) % 15]; v = (i - 1) // 15
    L, secs, blocks = build(i, sc, v, (i * 2 + v) % 5)
    open(os.path.join(OUT, 'card-%02d.txt' % i), 'w', encoding='utf-8', newline='\n').write(render(L, secs, blocks))
    rows.append(('card-%02d.txt' % i, 'CLEAN', '-'))
dirty = D()
for j, i in enumerate(range(46, 61)):
    sc = S[j]
    L, secs, blocks = build(i, sc, 3, (i + 1) % 5)
    notes = []
    for cat, val, place, kind, where, text in dirty[j]:
        if kind == 'sec':
            secs.setdefault(where, []).extend(text.split('\n'))
        else:
            tag, body = text.split('|', 1)
            lst = blocks.setdefault(where, [])
            lst[:] = [b for b in lst if b[0] != tag]   # replace a clean block of the same kind
            lst.append((tag, body))
        notes.append('%s "%s" @ %s' % (cat, val, place))
    open(os.path.join(OUT, 'card-%02d.txt' % i), 'w', encoding='utf-8', newline='\n').write(render(L, secs, blocks))
    rows.append(('card-%02d.txt' % i, 'DIRTY', '; '.join(notes)))
with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('file\texpect\tnotes\n')
    for r in rows: fh.write('\t'.join(r) + '\n')
print(len(rows), 'cards')
