#!/usr/bin/env python3
"""Generate ../cards/card-01..60.txt and cards.tsv from scenarios.py (fixed seed 3400)."""
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scenarios import S
from numgen import bsn, iban

rng = random.Random(3400)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'cards')
os.makedirs(OUT, exist_ok=True)

LABELS = {
 'canon': ['Datum', 'Soort inbreng', 'Jeugdige (voorletter en geboortejaar)', 'Inbrenger', 'Vaste deelnemer', 'Verantwoordelijke gemeente',
           'Gedragsdeskundige geraadpleegd', 'Geïnformeerd en gesproken', 'Instemming betrokkenen', 'Vraag aan het VeiligheidsTeam',
           'Gezinssamenstelling', 'Wat is er nu onveilig', 'Patroon', 'Krachten en beschermende factoren', 'Risicofactoren',
           'Stem van de jeugdige', 'Stem van ouders en verzorgers', 'Visie van de inbrenger', 'Veiligheidsscore', 'Betrokken hulpverlening', 'Persoonsgegevens'],
 'syn':   ['Datum inbreng', 'Type inbreng', 'Jeugdige(n)', 'Inbrenger (naam, functie, organisatie)', 'Vaste deelnemer', 'Gemeente',
           'Gedragswetenschapper geraadpleegd', 'Wie is wanneer geïnformeerd', 'Instemming', 'Vraag aan het VHT',
           'Gezinssamenstelling', 'Zorgen', 'Patroon uit het verleden', 'Krachten', 'Risicofactoren',
           'Wat zegt de jeugdige', 'Stem van ouders', 'Visie inbrenger', 'Score', 'Betrokken hulpverlening', 'Persoonsgegevens'],
}
KEYS = ['datum','soort','jeugd','inb','vaste','gem','gedrag','geinf','inst','vraag','gezin','zorgen','patroon','krachten','risico',
        'stemj','stemo','visie','score','hulp','pg']

def label(style, key, n):
    base = LABELS['syn' if style in ('syn', 'lower') else 'canon'][KEYS.index(key)]
    if style == 'caps': return base.upper() + ':'
    if style == 'lower': return base.lower()
    if style == 'num': return '%d. %s:' % (n, base)
    return base + ':'

SOORT = ['Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Overdracht']
VRAAG = ['Is vrijwillige hulp nog voldoende of adviseert het VHT een interventiegesprek met de Raad voor de Kinderbescherming?',
         'Welke afspraken zijn nodig om de veiligheid op korte termijn te borgen?',
         'Advies gevraagd over opschaling naar een beschermingsonderzoek.',
         'Kan de casus terug naar het vrijwillig kader, en onder welke voorwaarden?']
GEDRAG = ['Ingrid Vreman, orthopedagoog Pro Persona', 'Jeroen Wassink, gedragswetenschapper Sociaal Team',
          'Nadia El Amrani, GZ-psycholoog Jeugdbescherming Gelderland', 'Lieke Bruggink, orthopedagoog generalist']

def pick_date(i):
    m = rng.choice([10, 11, 12]); d = rng.randint(1, 28)
    fmt = rng.choice(['%02d-%02d-2026', '2026-%02d-%02d', '%d/%d/2026', '%d-%d-2026'])
    if fmt.startswith('2026'): return fmt % (m, d)
    return fmt % (d, m)

def card(i, sc, dirty):
    v = (i - 1) // 15
    style = ['canon', 'syn', 'num', 'caps', 'lower'][(i + v) % 5]
    soort = SOORT[(i + v) % 4]
    if i % 7 == 3 and soort == 'Overdracht': soort = 'Vervolgbespreking'
    youth = ' en '.join('%s (%d)' % y for y in sc['youth'])
    first = sc['youth'][0]
    date = pick_date(i)
    inf_dates = ['%d-%d-2026' % (rng.randint(1, 28), rng.choice([9, 10])) for _ in range(3)]
    d = dirty
    L = []
    def add(block_tag, text):
        L.append('[%s]\n%s\n' % (block_tag, text))
    # special harmless blocks
    if 'file name' in d: add('FILENAME', d['file name'])
    elif i % 3 == 0: add('FILENAME', 'VHK_%s_%s%d_%s.docx' % (sc['gem'].replace(' ', ''), first[0].rstrip('.'), first[1], date.replace('/', '-')))
    if 'property (title)' in d: add('PROPERTY title', d['property (title)'])
    elif i % 2 == 0: add('PROPERTY title', 'Veiligheidskaart %s - %s' % (youth, soort))
    if i % 5 == 1: add('PROPERTY company', sc['org'])
    if 'mail subject' in d: add('MAIL-SUBJECT', d['mail subject'])
    elif i % 4 == 0: add('MAIL-SUBJECT', 'FW: VHK %s %s - %s' % (first[0], '(%d)' % first[1], sc['gem']))
    if 'header' in d: add('HEADER', d['header'])
    elif i % 3 != 1: add('HEADER', rng.choice(['VERTROUWELIJK - VHK', 'Veiligheidskaart %s' % sc['gem'], 'VHT Achterhoek - vertrouwelijk', 'vhk versie 2']))
    n = [0]
    def sec(key, lines):
        n[0] += 1
        L.append(label(style, key, n[0]) + '\n' + '\n'.join(lines) + '\n')
    sec('datum', [date])
    sec('soort', [soort + (' (vervolg op VHT-2026-%04d)' % rng.randint(10, 300) if soort != 'Eerste inbreng' else '')])
    sec('jeugd', [d.get('cover value (Jeugdige)', youth)])
    sec('inb', ['%s, %s, %s' % (sc['inb'][0], sc['inb'][1], sc['org'])])
    sec('vaste', [sc['vaste']])
    sec('gem', [sc['gem']])
    if i % 2: sec('gedrag', ['Ja, ' + GEDRAG[i % 4] + ', op ' + inf_dates[0]])
    gi = ['Moeder/ouders: gesproken op %s (huisbezoek in %s).' % (inf_dates[1], sc['place']),
          '%s: gesproken op %s.' % (first[0], inf_dates[2]), 'Huisarts en school zijn telefonisch geïnformeerd.']
    if 'body (Wie is wanneer geïnformeerd)' in d: gi.append(d['body (Wie is wanneer geïnformeerd)'])
    sec('geinf', gi)
    if i % 7 == 3:
        sec('inst', ['Nee. Vader weigert instemming omdat hij geen bemoeienis wil.',
                     'Onderbouwing inbrenger: de zorgen zijn zo ernstig dat bespreking zonder instemming nodig is; vader is hierover geïnformeerd.'])
    else:
        sec('inst', [rng.choice(['Ja, ouders stemmen in.', 'Ja, beide ouders en de jeugdige(n) zijn akkoord.', 'ja (mondeling, bij huisbezoek)'])])
    sec('vraag', [VRAAG[(i + v) % 4]])
    if 'table row (Gezinssamenstelling)' in d:
        sec('gezin', ['| rol | naam | geboortejaar |', d['table row (Gezinssamenstelling)']] + ['| jeugdige | %s | %d |' % y for y in sc['youth']])
    elif v % 2 and style != 'lower':
        sec('gezin', ['| rol | geboortejaar |'] + ['| jeugdige %s | %d |' % y for y in sc['youth']] + [sc['gezin']])
    else:
        sec('gezin', [sc['gezin']] + ([d['body (Gezinssamenstelling)']] if 'body (Gezinssamenstelling)' in d else []))
    z = ['- ' + x for x in sc['zorgen']]
    if 'body (Wat is er nu onveilig)' in d: z.append('- ' + d['body (Wat is er nu onveilig)'])
    sec('zorgen', z)
    if 'comment text' in d or 'comment author' in d:
        add('COMMENT author=%s' % d.get('comment author', 'Voorzitter VHT'), d.get('comment text', 'Graag concreter: wat is er precies gezien en door wie?'))
    elif i % 3 == 2:
        add('COMMENT author=' + rng.choice(['Gedragswetenschapper ' + sc['org'], 'Voorzitter VHT', 'Vaste deelnemer ' + sc['gem']]),
            rng.choice(['Feiten en interpretatie scheiden aub.', 'Datum incident toevoegen?', 'Is de Raad al gebeld?']))
    if v >= 1: sec('patroon', ['Eerdere meldingen bij Veilig Thuis in 2023 en 2025, beide afgesloten na een veiligheidsplan.'])
    k = [sc['krachten']] + ([d['body (Krachten)']] if 'body (Krachten)' in d else [])
    sec('krachten', k)
    r = [sc['risico']] + ([d['body (Risicofactoren)']] if 'body (Risicofactoren)' in d else [])
    sec('risico', r)
    if 'footnote' in d: add('FOOTNOTE', d['footnote'])
    elif i % 4 == 1: add('FOOTNOTE', 'Bron: gesprek met de mentor en verslag van de politie.')
    sj = list(sc['stemj']) + ([d['body (Stem van de jeugdige)']] if 'body (Stem van de jeugdige)' in d else [])
    sec('stemj', sj)
    if 'alt text' in d: add('ALT', d['alt text'])
    elif i % 5 == 2: add('ALT', 'Tekening van %s: drie huizen, het huis van de zorgen is het grootst.' % first[0])
    sec('stemo', [sc['stemo']])
    sec('visie', [sc['visie']])
    s = sc['score']
    if v % 2:
        sec('score', ['| wie | score |', '| inbrenger | %s |' % s[0], '| ouder(s) | %s |' % s[1], '| jeugdige | %s |' % s[2]])
    else:
        sec('score', ['Inbrenger: %s. Ouders: %s. Jeugdige: %s.' % s])
    if 'tracked deletion' in d: add('TRACKED-DELETION', d['tracked deletion'])
    elif i % 4 == 2: add('TRACKED-DELETION', 'Inbrenger: %d.' % (int(s[0]) + 1))
    sec('hulp', [sc['hulp']])
    if 'mail body' in d or i % 3 == 0:
        body = ['Van: %s (%s)' % (sc['org'], sc['inb'][1]), 'Aan: secretariaat VHT', 'Onderwerp: FW: VHK %s (%d)' % first,
                'Datum: %s 09:%02d' % (date, rng.randint(0, 59)), '', 'Hierbij de kaart voor de bespreking. Instemming is besproken.', '',
                '> Van: Veilig Thuis Noord- en Oost-Gelderland, team Triage',
                '> Verzonden: ' + inf_dates[0], '> Graag samen oppakken via het VHT; wij zijn 24/7 bereikbaar via 0800-2000.']
        if 'mail body' in d: body.append(d['mail body'])
        body += ['', 'Met vriendelijke groet,', '%s | %s' % (sc['inb'][1], sc['org'])]
        add('MAIL-BODY', '\n'.join(body))
    if 'body (Persoonsgegevens)' in d:
        sec('pg', [d['body (Persoonsgegevens)']])
    elif i % 3 == 1:
        sec('pg', [rng.choice(['n.v.t.', '-', 'niet invullen bij inbreng'])])
    if 'footer' in d: add('FOOTER', d['footer'])
    elif i % 2: add('FOOTER', 'Pagina 1 van 3 - %s - vertrouwelijk' % sc['org'])
    return '\n'.join(L)

b1 = bsn(rng, sep=''); b2 = bsn(rng, sep='.')
i1 = iban(rng, 'PL', '', 'sp'); i2 = iban(rng, 'NL', 'RABO', 'sp')
DIRTY = {
 46: [('NAME', 'GJ Wolters', 'mail body', '> Op 3 nov. schreef GJ Wolters (vader): ik kom niet naar dat overleg'),
      ('PHONE', '06-39182746', 'body (Krachten)', 'Oma bereikbaar op 06-39182746.')],
 47: [('ADDRESS', 'Misterweg 41', 'body (Wie is wanneer geïnformeerd)', 'Huisbezoek aan de Misterweg 41 te Winterswijk.'),
      ('NAME', 'Hanneke Te Brake', 'comment author', 'Hanneke Te Brake')],
 48: [('NAME', 'Mahmoud Al-Khatib', 'mail subject', 'FW: gezin Mahmoud Al-Khatib - VHK Aalten'),
      ('BSN', b1, 'tracked deletion', 'BSN A.: ' + b1)],
 49: [('BIRTHDATE', '21-06-2014', 'cover value (Jeugdige)', 'M. (21-06-2014) en R. (2016)'),
      ('EMAIL', 'sandra.geverink76@gmail.com', 'mail body', '> Reactie moeder kwam van sandra.geverink76@gmail.com')],
 50: [('ID_NUMBER', 'TC-884210', 'footnote', 'Tactus cliëntnr. TC-884210 (T.)'),
      ('NAME', 'Derk', 'body (Stem van de jeugdige)', 'T.: "Alleen oom Derk snapt me."')],
 51: [('NAME', 'Senait', 'table row (Gezinssamenstelling)', '| moeder | Senait | 1984 |'),
      ('POSTCODE', '7141 DC', 'footer', 'Retour: 7141 DC Groenlo')],
 52: [('NAME', 'Piotr Kowalczyk', 'property (title)', 'VHK K. (2018) - vader Piotr Kowalczyk'),
      ('IBAN', i1, 'body (Risicofactoren)', 'Vader vraagt alimentatie naar zijn Poolse rekening ' + i1 + '.')],
 53: [('URL', 'https://www.facebook.com/jeroen.oltvoort.71', 'body (Wat is er nu onveilig)', 'Vader dreigt op https://www.facebook.com/jeroen.oltvoort.71 met "afrekenen".'),
      ('NAME', 'OLTVOORT', 'header', 'VHK FAM. OLTVOORT - VORDEN')],
 54: [('NAME', 'Johnny', 'alt text', 'Foto van de standplaats met de caravan van Johnny'),
      ('PHONE', '+31 6 28 47 19 03', 'mail body', '> vader belt vanaf +31 6 28 47 19 03, neemt zelden op')],
 55: [('ADDRESS', 'Lindenlaan 14a', 'body (Wat is er nu onveilig)', 'Woning Lindenlaan 14a is vervuild, muizen in de keuken.'),
      ('ID_NUMBER', 'SITE-483920', 'mail subject', 'RE: huurachterstand huurder SITE-483920')],
 56: [('BIRTHDATE', '3 juli 2026', 'body (Gezinssamenstelling)', 'Z. is geboren op 3 juli 2026 in het Slingeland.'),
      ('NAME', 'Demi', 'file name', 'VHK_Doetinchem_Demi_Z2026.docx')],
 57: [('NAME', 'Ayşe Korkut', 'comment text', 'Ayşe Korkut (moeder) wil de kaart eerst zelf lezen.'),
      ('EMAIL', 'o.korkut2011@hotmail.com', 'body (Stem van de jeugdige)', 'O. mailde de mentor vanaf o.korkut2011@hotmail.com: "help me".')],
 58: [('BSN', b2, 'body (Persoonsgegevens)', 'BSN W.: ' + b2),
      ('NAME', 'Dina', 'footnote', 'Oma Dina vangt W. op in Varsseveld.')],
 59: [('URL', 'instagram.com/g_borculo08', 'body (Wat is er nu onveilig)', 'G. plaatst foto\'s van wonden op instagram.com/g_borculo08.'),
      ('POSTCODE', '7271BX', 'header', 'VHK G. (2008) - 7271BX')],
 60: [('IBAN', i2, 'mail body', '> pleegvergoeding graag op ' + i2 + ' (pleegouders)'),
      ('NAME', 'Ten Have', 'body (Krachten)', 'Pleegouders Ten Have in Harfsen bieden stabiliteit.')],
}

rows = []
for i in range(1, 61):
    sc = S[(i - 1) % 15]
    d = {}
    for cat, val, place, text in DIRTY.get(i, []):
        d[place] = text
    with open(os.path.join(OUT, 'card-%02d.txt' % i), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(card(i, sc, d))
    if i in DIRTY:
        rows.append('card-%02d.txt\tDIRTY\t%s' % (i, '; '.join('%s "%s" @ %s' % (c, v, p) for c, v, p, _ in DIRTY[i])))
    else:
        rows.append('card-%02d.txt\tCLEAN\t-' % i)
with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('file\texpect\tnotes\n' + '\n'.join(rows) + '\n')
print('wrote 60 cards')
