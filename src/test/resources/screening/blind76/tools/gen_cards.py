#!/usr/bin/env python3
"""Generate ../cards/card-01..60.txt and cards.tsv (seed 76)."""
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scenarios import S
from numgen import bsn, iban
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'cards')
rng = random.Random(7676)

LAB = {  # key: (canonical, synonym)
 'datum': ('Datum', 'Datum inbreng'), 'soort': ('Soort inbreng', 'Type inbreng'),
 'jeugd': ('Jeugdige (voorletter en geboortejaar)', 'Jeugdige(n)'), 'inbr': ('Inbrenger', 'Inbrenger (naam, functie, organisatie)'),
 'vaste': ('Vaste deelnemer', 'Vaste deelnemer'), 'gem': ('Verantwoordelijke gemeente', 'Gemeente'),
 'gedr': ('Gedragsdeskundige geraadpleegd', 'Gedragswetenschapper geraadpleegd'),
 'geinf': ('Geïnformeerd en gesproken', 'Wie is wanneer geïnformeerd'), 'inst': ('Instemming betrokkenen', 'Instemming'),
 'vraag': ('Vraag aan het VeiligheidsTeam', 'Hulpvraag aan het VHT'), 'gezin': ('Gezinssamenstelling', 'Gezinssamenstelling'),
 'zorgen': ('Wat is er nu onveilig', 'Zorgen'), 'patroon': ('Patroon', 'Patroon uit het verleden'),
 'krachten': ('Krachten en beschermende factoren', 'Krachten'), 'risico': ('Risicofactoren', 'Risicofactoren'),
 'stemj': ('Stem van de jeugdige', 'Wat zegt de jeugdige'), 'stemo': ('Stem van ouders en verzorgers', 'Stem van ouders'),
 'visie': ('Visie van de inbrenger', 'Visie inbrenger'), 'score': ('Veiligheidsscore', 'Score'),
 'hulp': ('Betrokken hulpverlening', 'Betrokken hulpverlening'), 'pg': ('Persoonsgegevens', 'Persoonsgegevens'),
}
PROS = {
 'Hoeksche Waard': [('Femke Sluijter', 'gezinscoach', 'Wijkteam Hoeksche Waard'), ('Youssef El Idrissi', 'jeugdconsulent', 'Wijkteam Hoeksche Waard'),
                    ('Marloes Hoek', 'jeugdverpleegkundige', 'CJG Hoeksche Waard'), ('Sietske Boonstra', 'jeugdbeschermer', 'Jeugdbescherming west'),
                    ('Radjesh Mangal', 'casemanager', 'Veilig Thuis Rotterdam Rijnmond')],
 'Goeree-Overflakkee': [('Naima Ait Lahcen', 'jeugdconsulent', 'gemeente Goeree-Overflakkee'), ('Gert-Jan Tieleman', 'gezinscoach', 'Wijkteam Goeree-Overflakkee'),
                        ('Ingrid Slingerland', 'jeugdbeschermer', 'Jeugdbescherming west'), ('Baukje Terpstra', 'casemanager', 'Veilig Thuis Rotterdam Rijnmond')],
}
VASTE = {'Hoeksche Waard': ['Erik van Dongen, CJG Hoeksche Waard', 'Ilse Koppenol, Wijkteam Hoeksche Waard'],
         'Goeree-Overflakkee': ['Hanneke Mastenbroek, gemeente Goeree-Overflakkee', 'Rianne Kievit, Veilig Thuis Rotterdam Rijnmond']}
GEDR = ['Ja, drs. Harm Blokland (orthopedagoog, Kwadraad)', 'Ja, Tjitske Visser, GZ-psycholoog Eleos', 'Nee', 'ja, Mirjam Stolk (gedragswetenschapper Jeugdbescherming west)']
SOORT = ['Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Overdracht', 'Eerste inbreng']
DATES = ['17-11-2026', '2026-11-19', '24-11-2026', 'di 1 dec. 2026', '03/12/2026', '2026-12-08', '10-12-2026', '26-11-2026']

def label(key, style, n):
    can, syn = LAB[key]
    lab = can if style in (0, 2) else syn
    if style == 3: lab = lab.upper()
    if style == 4: lab = lab.lower()
    if style == 2: lab = '%d. %s' % (n, lab)
    return lab + ':'

def build(i, s, dirty):
    """dirty: list of (mode, target, text)."""
    sc = S[s]; v = (i - 1) // 12; style = (i * 7) % 5
    gem = sc['gemeente']; pro = PROS[gem][(i + v) % len(PROS[gem])]
    soort = SOORT[v]; date = DATES[i % len(DATES)]
    parts = []; n = [0]
    def sec(key, lines):
        n[0] += 1
        lines = list(lines) + [t for (m, k, t) in dirty if m == 'section' and k == key]
        parts.append(label(key, style, n[0]) + '\n' + '\n'.join(lines))
    def blk(tag, text): parts.append('[%s]\n%s' % (tag, text))
    specials = list(sc['special']) + [(k, t) for (m, k, t) in dirty if m == 'block']
    for tag, text in specials:
        if tag.startswith(('PROPERTY', 'FILENAME', 'HEADER', 'MAIL-SUBJECT')): blk(tag, text)
    if not any(t.startswith('MAIL-SUBJECT') for t, _ in specials) and i % 3 == 0:
        blk('MAIL-SUBJECT', 'VHK %s %s - %s' % (sc['jeugd'][0], gem, soort))
    sec('datum', [date])
    soortline = soort
    if soort in ('Vervolgbespreking', 'Monitoring'): soortline += ' (eerder besproken als VHT-2026-%04d)' % (100 + i * 3)
    if soort == 'Overdracht': soortline += ' van %s naar Wijkteam %s' % ('Veilig Thuis Rotterdam Rijnmond', gem)
    sec('soort', [soortline])
    jl = list(sc['jeugd']) + [t for (m, k, t) in dirty if m == 'cover' and k == 'jeugd']
    sec('jeugd', jl if style != 1 else [', '.join(jl)])
    sec('inbr', ['%s, %s, %s' % pro])
    sec('vaste', [VASTE[gem][i % 2]])
    sec('gem', [gem])
    if i % 2: sec('gedr', [GEDR[i % 4]])
    sec('geinf', ['Moeder: gesproken op 12-11-2026 (huisbezoek in %s).' % sc['plaats'],
                  'Vader/partner: telefonisch op 13-11-2026.' if i % 3 else 'Vader: niet bereikt (drie pogingen, laatste 14-11-2026).',
                  '%s: gesproken op 16-11-2026 op school.' % sc['jeugd'][0]])
    if i % 9 == 4:
        sec('inst', ['Nee. Vader stemt niet in; hij wil geen bemoeienis van buiten de familie.',
                     'Verantwoording inbrenger: de veiligheid van de kinderen weegt zwaarder; ouders zijn geïnformeerd dat de casus toch wordt ingebracht.'])
    else:
        sec('inst', ['Ja, ouders stemmen in met bespreking in het VHT.'])
    sec('vraag', [sc['vraag']])
    sec('gezin', sc['gezin'])
    sec('zorgen', ['- ' + z for z in sc['zorgen']] if style != 3 else sc['zorgen'])
    for tag, text in specials:
        if tag.startswith(('COMMENT', 'ALT')): blk(tag, text)
    if i % 4 or any(k == 'patroon' for (m, k, t) in dirty): sec('patroon', [sc['patroon']])
    sec('krachten', [sc['krachten']])
    sec('risico', [sc['risico']])
    sec('stemj', sc['stemj'])
    sec('stemo', sc['stemo'])
    sec('visie', [sc['visie']])
    if style in (0, 3): sec('score', ['| ' + x.replace(': ', ' | ') + ' |' for x in sc['score']])
    else: sec('score', ['. '.join(sc['score']) + '.'])
    for tag, text in specials:
        if tag.startswith(('TRACKED-DELETION', 'FOOTNOTE', 'MAIL-BODY')): blk(tag, text)
    sec('hulp', [sc['hulp']])
    pg = [t for (m, k, t) in dirty if m == 'pg']
    if pg or i % 3 != 1: sec('pg', pg or [['n.v.t.', '-', 'niet invullen bij inbreng'][i % 3]])
    for tag, text in specials:
        if tag.startswith(('FOOTER', 'PROPERTY company')): blk(tag, text)
    return '\n\n'.join(parts) + '\n'

# DIRTY cards 46..60: two items each: (cat, value, place, mode, target, text with {v})
B1, B2 = bsn(rng), bsn(rng)
I1 = iban(rng, 'NL', 'RABO', True); I2 = iban(rng, 'PL', '', False)
DIRTY = {
 46: [('NAME', 'Kornelis Verhoeff', 'mail body', 'block', 'MAIL-BODY', 'Met christelijke groet, namens de diaconie, br. {v}, diaken'),
      ('NAME', 'Geertruida', 'body (Stem van de jeugdige)', 'section', 'stemj', '{v} zegt zelf dat ze wil blijven.')],
 47: [('PHONE', '06-39184472', 'footer', 'block', 'FOOTER', 'bij vragen moeder bellen: {v}'),
      ('NAME', 'Tomasz Wiśniewski', 'body (Zorgen)', 'section', 'zorgen', '- Vader ({v}) werd op 7-11 door de politie meegenomen.')],
 48: [('BSN', B1, 'body (Persoonsgegevens)', 'pg', 'pg', 'BSN jeugdige: {v}'),
      ('NAME', 'Velikova', 'comment author', 'block', 'COMMENT author=M. Velikova', 'Ik ben het niet eens met de zorgen.')],
 49: [('ADDRESS', 'Lindenlaan 19', 'header', 'block', 'HEADER', 'Gezin {v}, \'s-Gravendeel'),
      ('BIRTHDATE', '21-04-2012', 'cover value (Jeugdige)', 'cover', 'jeugd', 'M. geb. {v}')],
 50: [('NAME', 'Dirk-Willem de Vos', 'file name', 'block', 'FILENAME', 'VHK_schip_{v}_concept.docx'),
      ('EMAIL', 'schipper.devos@gmail.com', 'mail body', 'block', 'MAIL-BODY', 'Reactie van vader via {v}: "Wij hebben niets te verbergen."')],
 51: [('NAME', 'Nelson Semedo Tavares', 'tracked deletion', 'block', 'TRACKED-DELETION', 'Vader {v} heeft een contactverbod.'),
      ('URL', 'https://www.instagram.com/edy.zuid010', 'body (Risicofactoren)', 'section', 'risico', 'E. plaatst filmpjes met wapens op {v}')],
 52: [('IBAN', I1, 'footnote', 'block', 'FOOTNOTE', 'Nani betaalt de huur vanaf {v}.'),
      ('NAME', 'Sunil', 'body (Stem van ouders)', 'section', 'stemo', 'Vader {v}: "Niemand buiten de familie hoeft dit te weten."')],
 53: [('NAME', 'Wilma Kroon', 'alt text', 'block', 'ALT', 'Foto: kraamverzorgster {v} met de baby op de weegschaal.'),
      ('POSTCODE', '3241 KG', 'mail subject', 'block', 'MAIL-SUBJECT', 'kraamoverdracht {v} Middelharnis spoed')],
 54: [('NAME', 'Hendrika', 'table row (Gezinssamenstelling)', 'section', 'gezin', '| Oudste zus | {v} | 22 jaar, woont in Ouddorp |'),
      ('ID_NUMBER', 'Eleos cliëntnr. 7310442', 'comment text', 'block', 'COMMENT author=Wijkteam Goeree-Overflakkee', 'Aanmelding loopt onder {v}.')],
 55: [('PHONE', '+31 6 1290 7734', 'property (title)', 'block', 'PROPERTY title', 'VHK F. - vader {v}'),
      ('NAME', 'Ruud Bakker', 'body (Krachten)', 'section', 'krachten', 'Ook de nieuwe partner, {v}, wil meedenken.')],
 56: [('ID_NUMBER', 'dossiernr. JBW-2026-51877', 'body (Patroon)', 'section', 'patroon', 'Eerder bij Jeugdbescherming west onder {v}.'),
      ('NAME', 'SCHOT', 'header', 'block', 'HEADER', 'VHK FAM. {v} - SOMMELSDIJK')],
 57: [('BIRTHDATE', '8 mei 2013', 'body (Gezinssamenstelling)', 'section', 'gezin', 'O. is geboren op {v} in het Van Weel-Bethesda.'),
      ('EMAIL', 'moeder.goudswaard81@hotmail.com', 'property (company)', 'block', 'PROPERTY company', '{v}')],
 58: [('NAME', 'Maatje van den Berge', 'comment author', 'block', 'COMMENT author=Maatje van den Berge', 'Graag de brief van de diaconie meesturen.'),
      ('IBAN', iban(rng, 'NL', 'INGB', False), 'body (Krachten)', 'section', 'krachten', 'Diaconie maakt leefgeld over op {v}.')],
 59: [('POSTCODE', '3295BK', 'footer', 'block', 'FOOTER', 'retour: {v} Strijensas'),
      ('NAME', 'Stefan', 'mail body', 'block', 'MAIL-BODY', 'Tolk Pools gebeld. Moeder zegt dat {v} (vader) niet meer drinkt.')],
 60: [('BSN', B2[:4] + '.' + B2[4:6] + '.' + B2[6:], 'mail body', 'block', 'MAIL-BODY', 'Bijlage: aanmelding leerplicht met bsn {v}.'),
      ('ADDRESS', 'Spuidijk 4', 'body (Zorgen)', 'section', 'zorgen', '- D. is gezien op {v} in een schuur bij de kas.')],
}
os.makedirs(OUT, exist_ok=True)
rows = []
for i in range(1, 61):
    s = (i - 1) % 12
    if i in DIRTY:
        items = DIRTY[i]
        # keep scenario consistent with content of the dirty item
        s = {46: 0, 47: 1, 48: 2, 49: 3, 50: 4, 51: 5, 52: 6, 53: 7, 54: 8, 55: 9, 56: 10, 57: 11, 58: 0, 59: 1, 60: 2}[i]
        dirty = [(m, k, t.replace('{v}', val)) for (cat, val, place, m, k, t) in items]
        notes = '; '.join('%s "%s" @ %s' % (cat, val, place) for (cat, val, place, m, k, t) in items)
        rows.append('card-%02d.txt\tDIRTY\t%s' % (i, notes))
    else:
        dirty = []; rows.append('card-%02d.txt\tCLEAN\t-' % i)
    with open(os.path.join(OUT, 'card-%02d.txt' % i), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(build(i, s, dirty))
with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('file\texpect\tnotes\n' + '\n'.join(rows) + '\n')
print('60 cards')
