#!/usr/bin/env python3
"""Generates ../cards/card-01.txt .. card-60.txt and cards.tsv. Fixed seed 8383 (cards) and 8302 (BSN/IBAN)."""
import os, random
from scenarios import S
from common import bsn, fmt_bsn, iban, fmt_iban

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'cards')
rng = random.Random(8383)
nrng = random.Random(8302)

ORGS = {  # gemeente -> (team, [(inbrenger, functie)], vaste deelnemer)
 'Doetinchem': ('Sociaal Team Doetinchem', [('Maaike Ebbers', 'consulent jeugd'), ('Hamid Bouzerda', 'gezinscoach')], 'Koen Hermsen'),
 'Winterswijk': ('Sociaal Team Winterswijk', [('Ingrid Te Kolste', 'jeugdconsulent'), ('Daan Veldhorst', 'gezinscoach')], 'Petra Hoitink'),
 'Oost Gelre': ('Sociaal Team Oost Gelre', [('Gijs Wolters', 'Wmo/jeugdconsulent'), ('Nadia Rachidi', 'jeugdconsulent')], 'Annet Rutgers'),
 'Aalten': ('Gemeente Aalten, team jeugd', [('Hetty Rensink', 'Wmo/jeugdconsulent'), ('Ömer Aslan', 'casemanager')], 'Jolien Boschker'),
 'Oude IJsselstreek': ('Sociaal Team Oude IJsselstreek', [('Marleen Hoiting', 'gezinscoach'), ('Rik Geerdink', 'jeugdconsulent')], 'Wendy Peters'),
 'Berkelland': ('Sociaal Team Berkelland', [('Erna Oonk', 'Wmo-consulent'), ('Jesse Nijenhuis', 'jeugdconsulent')], 'Miriam Lansink'),
 'Lochem': ('Gemeente Lochem, team Sociaal Domein', [('Femke Stokkers', 'jeugdconsulent')], 'Arjen Hulshof'),
 'Zutphen': ('Gemeente Zutphen, team jeugd', [('Yasmina El Khayari', 'jeugdconsulent')], 'Gert-Jan Lubbers'),
 'Zevenaar': ('Gemeente Zevenaar, jeugdteam', [('Sanne Kuipers', 'jeugdconsulent'), ('Ruud Verhoeven', 'gezinscoach')], 'Lisette Peters'),
 'Montferland': ('Sociaal Team Montferland', [('Eline Zweers', 'jeugdconsulent')], 'Mark Gerritsen'),
 'Duiven': ('Gemeente Duiven, jeugd', [('Karin Spaan', 'jeugdconsulent')], 'Thijs Arends'),
 'Westervoort': ('Gemeente Westervoort, jeugd', [('Noor Benali', 'jeugdconsulent')], 'Hans Peelen'),
}
OTHER_INBRENGERS = [('Rutger ter Beek', 'jeugdbeschermer', 'Jeugdbescherming Gelderland', 'Monique Geurts, Jeugdbescherming Gelderland'),
                    ('Fenna Elferink', 'medewerker onderzoek', 'Veilig Thuis Noord- en Oost-Gelderland', 'Ilse Bongers, Veilig Thuis Noord- en Oost-Gelderland')]
GEDRAG = ['Elif Kaplan, orthopedagoog', 'Wouter Kolkman, GZ-psycholoog', 'Lianne Bekkers, gedragswetenschapper']

LABELS = {
 'A': ['Datum', 'Soort inbreng', 'Jeugdige (voorletter en geboortejaar)', 'Inbrenger', 'Vaste deelnemer', 'Verantwoordelijke gemeente',
       'Gedragsdeskundige geraadpleegd', 'Geïnformeerd en gesproken', 'Instemming betrokkenen', 'Vraag aan het VeiligheidsTeam',
       'Gezinssamenstelling', 'Wat is er nu onveilig', 'Patroon', 'Krachten en beschermende factoren', 'Risicofactoren',
       'Stem van de jeugdige', 'Stem van ouders en verzorgers', 'Visie van de inbrenger', 'Veiligheidsscore', 'Betrokken hulpverlening',
       'Persoonsgegevens'],
 'B': ['Datum inbreng', 'Type inbreng', 'Jeugdige(n)', 'Inbrenger (naam, functie, organisatie)', 'Vaste deelnemer', 'Gemeente',
       'Gedragswetenschapper geraadpleegd', 'Wie is wanneer geïnformeerd', 'Instemming', 'Hulpvraag aan het VHT',
       'Gezinssamenstelling', 'Zorgen', 'Patroon uit het verleden', 'Krachten', 'Risicofactoren',
       'Wat zegt de jeugdige', 'Stem van ouders', 'Visie inbrenger', 'Score', 'Betrokken hulpverlening', 'Persoonsgegevens'],
}
KEYS = ['datum', 'soort', 'jeugdige', 'inbrenger', 'vaste', 'gemeente', 'gedrag', 'geinf', 'instemming', 'vraag', 'gezin', 'zorgen',
        'patroon', 'krachten', 'risico', 'stemj', 'stemo', 'visie', 'score', 'hulp', 'pg']
MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']
DAYS = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo']

def label(style, i, key):
    base = LABELS['B' if style in ('B', 'D') else 'A'][KEYS.index(key)]
    if style == 'C': return '%d. %s:' % (i, base)
    if style == 'D': return base.upper()
    if style == 'E': return base.lower() + ':'
    return base + ':'

def fmt_date(d, m, f):
    import datetime
    wd = DAYS[datetime.date(2026, m, d).weekday()]
    return [ '%02d-%02d-2026' % (d, m), '2026-%02d-%02d' % (m, d), '%s %d %s 2026' % (wd, d, MONTHS[m - 1]), '%d/%d/2026' % (d, m)][f]

# DIRTY items: card number -> list of (category, value, place, target, text with {v})
def dirty_spec():
    b1 = bsn(nrng); b2 = fmt_bsn(bsn(nrng), '.')
    ib = fmt_iban(iban(nrng, 'RABO'), 'g')
    return {
     46: [('NAME', 'Wilma Hengeveld', 'body (Stem van ouders)', 'stemo', 'Moeder (Wilma Hengeveld) vulde de score zelf in.'),
          ('PHONE', '06-51730284', 'footer', 'FOOTER', 'Terugbellen moeder: {v}')],
     47: [('BIRTHDATE', '18-06-2015', 'cover value (Jeugdige)', 'jeugdige_replace', 'L. ({v})'),
          ('NAME', 'Markus Terhaar', 'comment author', 'COMMENTAUTHOR', '{v} (vader)')],
     48: [('BSN', b1, 'footnote', 'FOOTNOTE', 'BSN R.: {v} (staat ook in het schoolsysteem).'),
          ('NAME', 'AL-HAMWI', 'header', 'HEADER', 'VHK GEZIN {v} – ZUTPHEN – VERTROUWELIJK')],
     49: [('ADDRESS', 'Zwiepseweg 61', 'body (Gezinssamenstelling)', 'gezin', 'Het gezin woont aan de {v} in Lochem.'),
          ('EMAIL', 'y.tesfamariam@gmail.com', 'mail body', 'MAILBODY', 'Moeder wil de kaart ook ontvangen op {v}.')],
     50: [('NAME', 'Dominggus', 'alt text', 'ALT', 'Tekening van {v} (16): een huis met een gebroken raam.'),
          ('IBAN', ib, 'body (Risicofactoren)', 'risico', 'Gokwinsten en leningen lopen via rekening {v}.')],
     51: [('POSTCODE', '7071 PZ', 'footer', 'FOOTER', 'Post voor het gezin: standplaats, {v} Ulft'),
          ('NAME', 'Kaatje', 'body (Krachten)', 'krachten', 'Oma {v} is het aanspreekpunt op het kamp.')],
     52: [('NAME', 'Hoftink', 'table row (Gezinssamenstelling)', 'gezin', '| {v} | stiefvader | 1979 | werkt in ploegen |'),
          ('URL', 'instagram.com/n.hoftink_2011', 'body (Wat is er nu onveilig)', 'zorgen', 'N. plaatst foto\'s van haar armen op {v}.')],
     53: [('ID_NUMBER', 'patiëntnummer SKB 3308817', 'tracked deletion', 'TRACKED', 'B. ({v}) is op de SEH gezien.'),
          ('NAME', 'Danny Ormel', 'mail subject', 'MAILSUBJECT', 'Inbreng VHT baby B. – vader {v}')],
     54: [('NAME', 'Sophie', 'file name', 'FILENAME', 'VHK_Didam_{v}_K2016_def.docx'),
          ('PHONE', '0316-229471', 'body (Krachten)', 'krachten', 'Oma in Loil is altijd bereikbaar ({v}).')],
     55: [('BIRTHDATE', '3 maart 2012', 'body (Gezinssamenstelling)', 'gezin', 'G. is geboren op {v} in Neede.'),
          ('NAME', 'Hennie', 'comment text', 'COMMENT', '{v} (moeder) belde vandaag dat ze toch wil meedoen.')],
     56: [('NAME', 'Wolters-Nijhuis', 'property (title)', 'TITLE', 'Veiligheidskaart fam. {v} – Borculo'),
          ('EMAIL', 'marian.wn@kpnmail.nl', 'body (Stem van ouders)', 'stemo', 'Moeder wil alle verslagen per mail: {v}.')],
     57: [('ADDRESS', 'Zonnebloemstraat 14', 'mail body', 'MAILBODY', 'Z. wil na 18 naar een kamer, nu nog thuis op de {v}.'),
          ('BSN', b2, 'persoonsgegevens', 'PG', 'BSN O.: {v}')],
     58: [('NAME', 'Jolanda Klompenhouwer', 'body (Betrokken hulpverlening)', 'hulp', 'Behandelaar GGNet: mw. {v}, zij belt moeder wekelijks.'),
          ('ID_NUMBER', '5517204', 'footnote', 'FOOTNOTE', 'Dossiernummer GGNet X.: {v}')],
     59: [('URL', 'https://www.facebook.com/ria.menting.5', 'comment text', 'COMMENT', 'Moeder plaatst foto\'s van de kinderen op {v}, check dit.'),
          ('POSTCODE', '7161XR', 'body (Gezinssamenstelling)', 'gezin', 'Adres buitengebied, postcode {v}.')],
     60: [('PHONE', '+31 6 1882 4093', 'mail body', 'MAILBODY', 'Partner van moeder wil gebeld worden op {v}.'),
          ('NAME', 'Gerard Roerink', 'tracked deletion', 'TRACKED', 'Partner van moeder ({v}) weigert elk contact.')],
    }

def build(n, dirty):
    sc = S[(n - 1) % 15]
    variant = (n - 1) // 15            # 0..3
    style = 'ABCDE'[(n + variant) % 5]
    gem = sc['gem']
    team, inbs, vaste = ORGS[gem]
    m = rng.choice([11, 12]); d = rng.randint(12, 28) if m == 11 else rng.randint(1, 18)
    datum = fmt_date(d, m, rng.randint(0, 3))
    soort = ['Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Overdracht'][variant]
    if sc['youth'][0][0] == 'Z.' and variant == 0: soort = 'Overdracht'
    if soort == 'Overdracht' and sc['youth'][0][0] == 'Z.':
        inb = '%s, %s, %s' % OTHER_INBRENGERS[0][:3]; vd = OTHER_INBRENGERS[0][3]
        soort_txt = 'Overdracht (Jeugdbescherming Gelderland -> %s, einde OTS)' % team
    elif soort == 'Overdracht':
        inb = '%s, %s, %s' % OTHER_INBRENGERS[1][:3]; vd = OTHER_INBRENGERS[1][3]
        soort_txt = 'Overdracht (Veilig Thuis -> %s)' % team
    else:
        nm, fn = inbs[n % len(inbs)]
        inb = '%s, %s, %s' % (nm, fn, team); vd = '%s, %s' % (vaste, team)
        soort_txt = soort + ('' if soort == 'Eerste inbreng' else ' (eerder besproken als VHT-2026-%04d)' % (40 + n))
    jeug = []
    for ini, yr, rel in sc['youth']:
        jeug.append('%s%s (%d)' % (rel, ini, yr))
    v = {}
    v['datum'] = [datum]
    v['soort'] = [soort_txt]
    v['jeugdige'] = jeug
    v['inbrenger'] = [inb]
    v['vaste'] = [vd]
    v['gemeente'] = [gem]
    if n % 3 != 0:
        v['gedrag'] = ['Ja, %s, op %s' % (GEDRAG[n % 3], '%02d-%02d-2026' % (max(1, d - 2), m))]
    v['geinf'] = ['Ouders: gesproken op %02d-%02d-2026 (keukentafelgesprek in %s).' % (max(1, d - 5), m, sc['place']),
                  '%s: gesproken op school op %02d-%02d-2026.' % (sc['youth'][0][0], max(1, d - 4), m),
                  'De huisarts is telefonisch geïnformeerd.']
    if n % 7 == 3:
        v['instemming'] = ['Nee. Een van de ouders weigert bespreking ("da\'s oonze eigen zaak").',
                           'Onderbouwing inbrenger: de zorgen over de veiligheid van de kinderen wegen zwaarder; de ouder is hierover geïnformeerd.']
    elif n % 7 == 5:
        v['instemming'] = ['Gedeeltelijk: een ouder stemt in, de andere ouder was niet bereikbaar.',
                           'Onderbouwing: inbreng is nodig omdat het incident recent is; die ouder krijgt de kaart na de bespreking.']
    else:
        v['instemming'] = ['Ja, ouders en %s weten van de bespreking en stemmen in.' % sc['youth'][0][0]]
    v['vraag'] = [sc['vraag']]
    v['gezin'] = list(sc['gezin'])
    v['zorgen'] = ['- ' + z for z in sc['zorgen']] if style in 'AC' else list(sc['zorgen'])
    if soort != 'Eerste inbreng':
        v['zorgen'].append('Sinds de vorige bespreking (week %d) is er een veiligheidsplan; dat wordt deels nageleefd.' % rng.randint(30, 44))
    if sc['patroon'] != ['-'] or n % 2: v['patroon'] = list(sc['patroon'])
    v['krachten'] = list(sc['krachten'])
    v['risico'] = list(sc['risico'])
    v['stemj'] = list(sc['stemj'])
    v['stemo'] = list(sc['stemo'])
    v['visie'] = list(sc['visie'])
    v['score'] = [sc['score']] if n % 4 else ['| wie | score |'] + ['| %s | %s |' % tuple(x.strip().rsplit(' ', 1)) for x in sc['score'].rstrip('.').split(',')]
    v['hulp'] = list(sc['hulp'])
    v['pg'] = [['n.v.t.', '-', 'niet invullen bij inbreng', 'N.v.t. (intake)'][n % 4]]
    ini0, yr0 = sc['youth'][0][0], sc['youth'][0][1]
    tag = ini0 + ' (%d)' % yr0
    specials = {
     'TITLE': 'Veiligheidskaart %s – %s' % (tag, soort),
     'COMPANY': team,
     'HEADER': 'VHK - VERTROUWELIJK - %s' % gem.upper(),
     'FOOTER': '%s | versie %d | pagina 1 van 3' % (team, variant + 1),
     'COMMENTAUTHOR': 'Gedragsdeskundige %s' % team,
     'COMMENT': 'Graag concreter beschrijven wat er op %02d-%02d-2026 is gebeurd.' % (max(1, d - 6), m),
     'ALT': 'Tekening van %s: drie huizen, het huis van de zorgen is rood gekleurd.' % ini0,
     'TRACKED': 'Inbrenger: %d.' % rng.randint(2, 6),
     'FOOTNOTE': 'Bron: verwijsbrief huisarts en verslag keukentafelgesprek.',
     'MAILSUBJECT': 'Inbreng VHT %s %s' % (tag, gem),
     'MAILBODY': 'Hierbij de kaart voor de bespreking. Met vriendelijke groet, %s' % (inb.split(', ', 1)[1]),
     'FILENAME': 'VHK_%s_%s%d_2026%02d%02d.docx' % (gem.replace(' ', ''), ini0.rstrip('.'), yr0, m, d),
     'PG': None,
    }
    order = ['TITLE', 'COMPANY', 'FILENAME', 'MAILSUBJECT', 'MAILBODY', 'HEADER', 'COMMENT', 'ALT', 'TRACKED', 'FOOTNOTE', 'FOOTER']
    use = set(rng.sample(order, 4)) | {'HEADER'}
    notes = []
    for cat, val, place, target, txt in dirty:
        t = txt.replace('{v}', val)
        if target == 'jeugdige_replace':
            v['jeugdige'][0] = t
        elif target == 'PG':
            v['pg'] = ['Naam jeugdige: niet invullen bij inbreng', t]
        elif target.isupper():
            if target == 'COMMENTAUTHOR': use.add('COMMENT')
            else: use.add(target)
            specials[target] = t
        else:
            v[target].append(t)
        notes.append('%s "%s" @ %s' % (cat, val, place))
    L = []
    def block(tag, text): L.extend([tag, text, ''])
    if 'TITLE' in use: block('[PROPERTY title]', specials['TITLE'])
    if 'COMPANY' in use: block('[PROPERTY company]', specials['COMPANY'])
    if 'FILENAME' in use: block('[FILENAME]', specials['FILENAME'])
    if 'MAILSUBJECT' in use: block('[MAIL-SUBJECT]', specials['MAILSUBJECT'])
    if 'MAILBODY' in use: block('[MAIL-BODY]', specials['MAILBODY'])
    if 'HEADER' in use: block('[HEADER]', specials['HEADER'])
    L += ['VOORBLAD' if style == 'D' else 'Voorblad', '']
    i = 0
    for key in KEYS:
        if key not in v: continue
        i += 1
        if key == 'gezin': L += ['VEILIGHEIDSKAART' if style == 'D' else 'Veiligheidskaart', '']
        if key == 'pg': L += ['Persoonsgegevens' + ('' if style == 'D' else ':') if style != 'E' else 'persoonsgegevens:'] + v['pg'] + ['']; continue
        L.append(label(style, i, key))
        L += v[key]
        L.append('')
        if key == 'zorgen' and 'COMMENT' in use:
            block('[COMMENT author=%s]' % specials['COMMENTAUTHOR'], specials['COMMENT'])
        if key == 'stemj' and 'ALT' in use: block('[ALT]', specials['ALT'])
        if key == 'score' and 'TRACKED' in use: block('[TRACKED-DELETION]', specials['TRACKED'])
        if key == 'hulp' and 'FOOTNOTE' in use: block('[FOOTNOTE]', specials['FOOTNOTE'])
    if soort in ('Vervolgbespreking', 'Monitoring'):
        L += ['Advies:' if style != 'D' else 'ADVIES', 'Vorig advies VHT: gezinscoaching en een veiligheidsplan; evaluatie na zes weken.', '']
    if 'FOOTER' in use: block('[FOOTER]', specials['FOOTER'])
    return '\n'.join(L).rstrip('\n') + '\n', notes

os.makedirs(OUT, exist_ok=True)
D = dirty_spec()
rows = []
for n in range(1, 61):
    text, notes = build(n, D.get(n, []))
    with open(os.path.join(OUT, 'card-%02d.txt' % n), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(text)
    rows.append('card-%02d.txt\t%s\t%s' % (n, 'DIRTY' if notes else 'CLEAN', '; '.join(notes) if notes else '-'))
with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('file\texpect\tnotes\n' + '\n'.join(rows) + '\n')
print('wrote 60 cards')
