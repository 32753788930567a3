#!/usr/bin/env python3
"""Generates ../cards/card-01.txt .. card-60.txt and cards.tsv (fixed seed)."""
import os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from scenarios import THEMES, PROFS, VASTE, GEDRAG, PLACES, COMMENT_AUTHORS
from common import bsn, iban, fmt_iban, elfproef
rng = random.Random(4201)
OUT = os.path.join(HERE, '..', 'cards')
AGES = {'hg': (8, 15), 'baby': (0, 0), 'crim': (14, 17), 'psy': (10, 16), 'ver': (6, 13), 'eer': (14, 17), 'verw': (5, 13),
        'verslaving': (7, 14), 'seks': (4, 6), 'huis': (9, 15), 'pleeg': (8, 13), 'radi': (13, 16)}
MONTHS = ['jan.', 'feb.', 'mrt.', 'apr.', 'mei', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.']
INITIALS = 'ABDEFHIJKLMNRSTYZ'
LABELS = [  # canonical, synonym
 ('datum', 'Datum', 'Datum inbreng'), ('soort', 'Soort inbreng', 'Type inbreng'),
 ('jeugdige', 'Jeugdige (voorletter en geboortejaar)', 'Jeugdige(n)'), ('inbrenger', 'Inbrenger', 'Inbrenger (naam, functie, organisatie)'),
 ('vaste', 'Vaste deelnemer', 'Vaste deelnemer'), ('gemeente', 'Verantwoordelijke gemeente', 'Gemeente'),
 ('gedrag', 'Gedragsdeskundige geraadpleegd', 'Gedragswetenschapper geraadpleegd'),
 ('geinf', 'Geïnformeerd en gesproken', 'Wie is wanneer geïnformeerd'), ('instemming', 'Instemming betrokkenen', 'Instemming'),
 ('vraag', 'Vraag aan het VeiligheidsTeam', 'Vraag aan het VHT'), ('experts', 'Uit te nodigen experts', 'Experts'),
 ('gezin', 'Gezinssamenstelling', 'Gezinssamenstelling'), ('zorgen', 'Wat is er nu onveilig', 'Zorgen'),
 ('patroon', 'Patroon', 'Patroon uit het verleden'), ('krachten', 'Krachten en beschermende factoren', 'Krachten'),
 ('risico', 'Risicofactoren', 'Risicofactoren'), ('stemj', 'Stem van de jeugdige', 'Wat zegt de jeugdige'),
 ('stemo', 'Stem van ouders en verzorgers', 'Stem van ouders'), ('visie', 'Visie van de inbrenger', 'Visie inbrenger'),
 ('score', 'Veiligheidsscore', 'Score'), ('hulp', 'Betrokken hulpverlening', 'Betrokken hulpverlening'),
 ('advies', 'Advies', 'Advies'), ('borging', 'Borgingsafspraken', 'Borgingsafspraken'), ('pg', 'Persoonsgegevens', 'Persoonsgegevens'),
]
def d(day, month, year=2026, style=0):
    if style == 0: return '%02d-%02d-%d' % (day, month, year)
    if style == 1: return '%d-%d-%d' % (day, month, year)
    if style == 2: return '%d-%02d-%02d' % (year, month, day)
    if style == 3: return '%d %s %d' % (day, MONTHS[month - 1], year)
    return '%02d/%02d/%d' % (day, month, year)
def day(): return rng.choice([x for x in range(1, 29) if x != 6])

DIRTY = {
 46: [('NAME', 'Akosua', 'body (Zorgen)', 'Buurvrouw Akosua hoort bijna elke avond geschreeuw.'),
      ('PHONE', '+233 54 210 7789', 'mail body', 'Beste voorzitter, vader is alleen bereikbaar in Ghana op +233 54 210 7789. Groet, vaste deelnemer.')],
 47: [('BSN', '{BSN}', 'table row (Gezinssamenstelling)', 'Jeugdige | BSN {BSN} | woont bij moeder'),
      ('NAME', 'ODUYA', 'header', 'VEILIGHEIDSKAART FAM. ODUYA - VERTROUWELIJK')],
 48: [('NAME', 'Sandra Tjon Sie Fat', 'comment author', 'Ik heb dit even aangevuld vanuit het gesprek.'),
      ('ADDRESS', 'Tussen Meer 96-2', 'body (Risicofactoren)', 'Krappe tweekamerwoning op Tussen Meer 96-2, vocht en schimmel.')],
 49: [('BIRTHDATE', '21-10-2013', 'cover value (Jeugdige)', '{Y} (21-10-2013)'),
      ('EMAIL', 'mama.jayvano@gmail.com', 'footnote', 'Moeder wil de kaart ontvangen op mama.jayvano@gmail.com.')],
 50: [('NAME', 'Marek Zając', 'tracked deletion', 'Stiefvader Marek Zając (1986) woont sinds de zomer in.'),
      ('IBAN', '{IBAN}', 'mail body', 'Hoi, de leefgeldrekening van moeder is {IBAN}, graag doorgeven aan Samen DOEN. Groet')],
 51: [('POSTCODE', '1103 TV', 'footer', 'Retouradres gezin: 1103 TV Amsterdam'),
      ('NAME', 'Ramlal', 'body (Krachten)', 'Opa Ramlal haalt de kinderen elke woensdag uit school.')],
 52: [('URL', 'https://www.instagram.com/ama.bijlmer020', 'body (Stem van de jeugdige)', 'Ze laat haar account zien: https://www.instagram.com/ama.bijlmer020 - daar krijgt ze berichten van onbekenden.'),
      ('NAME', 'Efosa', 'alt text', 'Foto van de tekening die Efosa maakte: een huis met een grote zwarte wolk.')],
 53: [('ID_NUMBER', 'JB-2025-774102', 'property (title)', 'VHK dossier JB-2025-774102 - Vervolgbespreking'),
      ('NAME', 'Karataş', 'body (Stem van ouders)', 'Dhr. Karataş: "Ik laat mijn gezin niet kapotmaken door instanties."')],
 54: [('PHONE', '06-52817744', 'comment text', 'Moeder belt liever op haar nieuwe nummer 06-52817744, niet via de school.'),
      ('NAME', 'Mohamed Amrioui', 'mail subject', 'VHK Mohamed Amrioui - spoed graag inplannen')],
 55: [('NAME', 'Kenneth', 'file name', 'VHK_Kenneth_Gaasperdam_20261117.docx'),
      ('BIRTHDATE', '3 maart 1968', 'body (Gezinssamenstelling)', 'Oma van moederszijde, geboren 3 maart 1968, woont in bij het gezin.')],
 56: [('ADDRESS', 'Karspeldreef 1121 A-3', 'table row (Gezinssamenstelling)', 'Vader | Karspeldreef 1121 A-3 | omgang eens per twee weken'),
      ('NAME', 'Tesfay', 'comment text', 'Klopt het dat oom Tesfay nog steeds bij het gezin slaapt?')],
 57: [('EMAIL', 'lisa.wirjo1989@hotmail.com', 'mail body', 'Fw: bericht van moeder (lisa.wirjo1989@hotmail.com): ik ga akkoord met de bespreking.'),
      ('POSTCODE', '1188 BZ', 'body (Gezinssamenstelling)', 'Vader woont sinds de scheiding in 1188 BZ, bij zijn nieuwe partner.')],
 58: [('BSN', '{BSN}', 'footnote', 'BSN van de jongste volgens de aanmelding: {BSN}.'),
      ('NAME', 'Blessing Okafor', 'body (Wat is er nu onveilig)', 'De vriendin van moeder, Blessing Okafor, neemt de kinderen mee naar feesten tot diep in de nacht.')],
 59: [('NAME', 'Marieke', 'body (Visie van de inbrenger)', 'Ik heb dit afgestemd met Marieke van het Mundus College; zij ziet hetzelfde.'),
      ('ID_NUMBER', '8837261', 'body (Betrokken hulpverlening)', 'Arkin, cliëntnummer 8837261 (moeder)')],
 60: [('URL', 'https://www.facebook.com/princess.owusu.77', 'tracked deletion', 'Moeder plaatst foto\'s van de kinderen op https://www.facebook.com/princess.owusu.77'),
      ('IBAN', '{IBAN}', 'table row (Veiligheidsscore)', 'Leefgeld | {IBAN} | beheerd door bewindvoerder')],
}
SECKEY = {'Zorgen': 'zorgen', 'Risicofactoren': 'risico', 'Krachten': 'krachten', 'Stem van de jeugdige': 'stemj', 'Stem van ouders': 'stemo',
          'Gezinssamenstelling': 'gezin', 'Wat is er nu onveilig': 'zorgen', 'Visie van de inbrenger': 'visie', 'Betrokken hulpverlening': 'hulp',
          'Veiligheidsscore': 'score'}

def build(no, theme, prof, dirty):
    fill = {}
    gemeente = prof[3]; org = prof[2]
    place = rng.choice(PLACES[gemeente])
    m = rng.choice([9, 10, 11, 12]) if no % 5 else rng.choice([10, 11])
    cd = day(); dstyle = rng.randrange(5)
    datum = d(cd, m, style=dstyle)
    ev = (day(), m - 1)
    D1 = d(ev[0], ev[1], style=rng.choice([0, 1, 3]))
    lo, hi = AGES[theme['key']]
    age = rng.randint(lo, hi); year = 2026 - age
    letters = rng.sample(INITIALS, 3)
    Y = letters[0] + '.'
    youths = ['%s (%d)' % (Y, year)]
    sib = None
    if theme['key'] not in ('baby', 'seks') and rng.random() < 0.7:
        sy = min(2025, year + rng.randint(2, 6)); sib = ('%s. (%d)' % (letters[1], sy), 2026 - sy)
        youths.append(rng.choice(['zusje ', 'broertje ', '']) + sib[0])
    fmt = lambda t: t.replace('{Y}', Y).replace('{D1}', D1).replace('{AGE}', str(age))
    soort = rng.choice(['Eerste inbreng', 'Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Overdracht'])
    style = rng.randrange(5)
    def L(key):
        t = next(x for x in LABELS if x[0] == key)
        lab = t[1] if style in (0, 3) else t[2]
        if style == 3: lab = lab.upper()
        if style == 4: return lab.lower()
        return lab + ':'
    mother_y = year - rng.randint(20, 36); father_y = mother_y - rng.randint(-2, 8)
    origin = rng.choice(['Surinaams-Hindostaanse', 'Creools-Surinaamse', 'Javaans-Surinaamse', 'Ghanese', 'Nigeriaanse', 'Antilliaanse',
                         'Marokkaans-Berberse', 'Turkse', 'Eritrese', 'Poolse', 'Nederlandse'])
    sec = {}
    sec['datum'] = [datum]; sec['soort'] = [soort + ({'Vervolgbespreking': ' (eerder VHT-2026-00%d)' % rng.choice([x for x in range(10, 99) if not elfproef('202600%d' % x)]), 'Overdracht': ' (Veilig Thuis -> OKT)'}.get(soort, ''))]
    sec['jeugdige'] = youths
    sec['inbrenger'] = ['%s, %s, %s' % prof[:3]]
    sec['vaste'] = ['%s, %s' % (VASTE[org], org)]
    sec['gemeente'] = [gemeente + (' (stadsdeel %s)' % ('Zuidoost' if place in ('de Bijlmer', 'Gaasperdam', 'Holendrecht', 'Venserpolder', 'Kraaiennest', 'Reigersbos') else 'Nieuw-West') if gemeente == 'Amsterdam' else '')]
    if rng.random() < 0.6:
        sec['gedrag'] = ['Ja, %s, op %s' % (rng.choice(GEDRAG), d(max(1, cd - 3) if cd - 3 != 6 else 5, m))]
    inf = ['Moeder: gesproken op %s (huisbezoek in %s).' % (d(max(1, cd - 5) if cd - 5 != 6 else 7, m, style=2), place)]
    if theme['key'] == 'eer': inf = ['Moeder en vader: nog niet geïnformeerd (zie instemming).']
    if age >= 8: inf.append('%s: gesproken op school op %s, met de mentor erbij.' % (Y, d(max(1, cd - 4) if cd - 4 != 6 else 8, m)))
    inf.append(rng.choice(['Vader: telefonisch gesproken, met tolk.', 'Vader is geïnformeerd per brief.', 'De jeugdarts van de GGD is op de hoogte.']))
    sec['geinf'] = inf
    if theme['key'] == 'eer' or rng.random() < 0.12:
        sec['instemming'] = ['Nee. Reden: ouders zijn (nog) niet geïnformeerd omdat dit de veiligheid van %s kan vergroten.' % Y,
                             'Onderbouwing inbrenger: het risico op escalatie is te groot om eerst toestemming te vragen; afgestemd met Veilig Thuis.']
    else:
        sec['instemming'] = [rng.choice(['Ja, ouders stemmen in met bespreking in het VHT.', 'Ja (moeder en vader, mondeling op huisbezoek).', 'Ja, ouders en %s weten ervan.' % Y])]
    sec['vraag'] = [fmt(theme['vraag'])]
    if rng.random() < 0.4: sec['experts'] = [rng.choice(['Jeugdarts GGD Amsterdam', 'Behandelaar Arkin', 'Wijkagent basisteam', 'Zorgcoördinator school'])]
    gz = 'Moeder (%d), vader (%d), %s' % (mother_y, father_y, ', '.join(youths)) + '. Gezin van %s afkomst, woont in %s.' % (origin, place)
    sec['gezin'] = [gz] if no % 3 else ['Rol | geboortejaar | woont', 'moeder | %d | %s' % (mother_y, place), 'vader | %d | %s' % (father_y, rng.choice(['Paramaribo', 'Accra', 'Lagos', 'Almere', 'Diemen', 'Utrecht'])),
                                       '%s | %d | bij moeder' % (Y, year)] + (['%s | %s | bij moeder' % (sib[0][:2], sib[0][4:8])] if sib else [])
    sec['zorgen'] = ['- ' + fmt(z) for z in theme['zorgen']]
    if rng.random() < 0.7: sec['patroon'] = [fmt(theme['patroon'])]
    sec['krachten'] = [fmt(theme['krachten'])]
    sec['risico'] = [fmt(theme['risico'])]
    if age >= 12 or rng.random() < 0.8:
        sj = [fmt(theme['stemj'])] if age >= 4 or theme['key'] == 'baby' else ['%s is %d jaar; geobserveerd tijdens het huisbezoek.' % (Y, age)]
        if age < 4 and theme['key'] != 'baby': sj = ['%s is %d jaar; geobserveerd tijdens het huisbezoek: speelt rustig, zoekt moeder op.' % (Y, age)]
        if sib and sib[1] >= 12: sj.append('%s (%d jaar) zegt dat het thuis "soms goed en soms heel slecht" is.' % (sib[0][:2], sib[1]))
        sec['stemj'] = sj
    elif sib and sib[1] >= 12:
        sec['stemj'] = ['%s (%d jaar): "Ik wil dat iemand helpt."' % (sib[0][:2], sib[1])]
    sec['stemo'] = [fmt(theme['stemo'])]
    sec['visie'] = [fmt(theme['visie'])]
    sc = 'Inbrenger: %d. Moeder: %d.' % (rng.randint(2, 5), rng.randint(4, 8)) + (' %s: %d.' % (Y, rng.randint(2, 6)) if age >= 8 else '')
    sec['score'] = [sc] if no % 4 else ['wie | score', 'inbrenger | %d' % rng.randint(2, 5), 'moeder | %d' % rng.randint(5, 8)]
    sec['hulp'] = [theme['hulp']]
    if soort in ('Vervolgbespreking', 'Monitoring'):
        sec['advies'] = ['VHT %s: veiligheidsplan aanscherpen, evaluatie over zes weken.' % d(max(1, cd - 14) if cd - 14 not in (6,) else 5, m)]
        sec['borging'] = ['OKT blijft betrokken; bij acute onveiligheid 112 of Veilig Thuis 0800-2000.']
    if rng.random() < 0.6: sec['pg'] = [rng.choice(['n.v.t.', '-', 'niet invullen bij inbreng'])]
    top, mid, end = [], {}, []
    if rng.random() < 0.5: top.append(('[FILENAME]', 'VHK_%s_%s%d_2026%02d%02d.docx' % (place.replace(' ', ''), Y[0], year, m, cd)))
    if rng.random() < 0.5: top.append(('[PROPERTY title]', 'Veiligheidskaart %s (%d) - %s' % (Y, year, soort)))
    if rng.random() < 0.4: top.append(('[PROPERTY company]', org))
    if rng.random() < 0.6: top.append(('[HEADER]', 'VHK - VERTROUWELIJK - %s' % gemeente.upper()))
    if rng.random() < 0.6: mid['zorgen'] = ('[COMMENT author=%s]' % rng.choice(COMMENT_AUTHORS), 'Graag concreter: wat zag de school precies op %s?' % D1)
    if rng.random() < 0.4: mid['stemj'] = ('[ALT]', 'Tekening van %s (%d jaar): drie huizen, het huis van de zorgen is rood.' % (Y, age))
    if rng.random() < 0.5: mid['score'] = ('[TRACKED-DELETION]', 'Inbrenger: %d.' % rng.randint(2, 7))
    if rng.random() < 0.4: mid['risico'] = ('[FOOTNOTE]', 'Bron: zorgmelding politie basisteam, %s.' % D1)
    if rng.random() < 0.5: end.append(('[FOOTER]', 'Pagina 1 van 3 - VHT Amsterdam-Amstelland'))
    if rng.random() < 0.6: end.append(('[MAIL-SUBJECT]', 'VHK %s (%d) %s - graag inplannen' % (Y, year, soort.lower())))
    if rng.random() < 0.5: end.append(('[MAIL-BODY]', 'Beste voorzitter, hierbij de kaart van %s. Ouders zijn geïnformeerd. Groet, vaste deelnemer %s' % (Y, org)))
    notes = []
    for cat, val, plc, text in dirty:
        if '{BSN}' in text:
            b = bsn(rng); val = b; text = text.replace('{BSN}', b)
        if '{IBAN}' in text:
            ib = fmt_iban(iban(rng, 'NL', rng.choice(['INGB', 'RABO', 'ABNA'])), rng.choice(['sp', 'c'])); val = ib; text = text.replace('{IBAN}', ib)
        text = text.replace('{Y}', Y)
        notes.append('%s "%s" @ %s' % (cat, val, plc))
        if plc.startswith('body (') or plc.startswith('table row ('):
            k = SECKEY[plc[plc.index('(') + 1:-1]]
            if k not in sec: sec[k] = []
            if plc.startswith('table row') and '|' not in ''.join(sec[k]):
                sec[k] = ['onderdeel | waarde | toelichting'] + [x.replace('|', '/') for x in sec[k]]
            sec[k].insert(1 if len(sec[k]) > 1 else len(sec[k]), text)
        elif plc == 'cover value (Jeugdige)': sec['jeugdige'][0] = text
        elif plc == 'comment author': mid['krachten'] = ('[COMMENT author=%s]' % val, text)
        elif plc == 'comment text': mid['krachten'] = ('[COMMENT author=%s]' % rng.choice(COMMENT_AUTHORS), text)
        else:
            tag = {'header': '[HEADER]', 'footer': '[FOOTER]', 'alt text': '[ALT]', 'tracked deletion': '[TRACKED-DELETION]', 'footnote': '[FOOTNOTE]',
                   'mail subject': '[MAIL-SUBJECT]', 'mail body': '[MAIL-BODY]', 'file name': '[FILENAME]', 'property (title)': '[PROPERTY title]',
                   'property (company)': '[PROPERTY company]'}[plc]
            top = [t for t in top if t[0] != tag]; end = [t for t in end if t[0] != tag]
            (top if tag in ('[FILENAME]', '[PROPERTY title]', '[PROPERTY company]', '[HEADER]') else end).append((tag, text))
            if tag in ('[ALT]', '[TRACKED-DELETION]', '[FOOTNOTE]'):
                end.pop(); mid[{'[ALT]': 'stemj', '[TRACKED-DELETION]': 'score', '[FOOTNOTE]': 'risico'}[tag]] = (tag, text)
    out = []
    for tag, text in top: out += [tag, text, '']
    numbered = style == 2; n = 0
    for t in LABELS:
        k = t[0]
        if k not in sec: continue
        n += 1
        lab = L(k)
        if numbered: lab = '%d. %s' % (n, lab)
        out += [lab] + sec[k] + ['']
        if k in mid: out += [mid[k][0], mid[k][1], '']
    for tag, text in end: out += [tag, text, '']
    return '\n'.join(out).rstrip('\n') + '\n', notes

rows = []
for no in range(1, 61):
    theme = THEMES[(no * 7) % len(THEMES)]
    prof = PROFS[(no * 5) % len(PROFS)]
    text, notes = build(no, theme, prof, DIRTY.get(no, []))
    with open(os.path.join(OUT, 'card-%02d.txt' % no), 'w', encoding='utf-8', newline='\n') as fh: fh.write(text)
    rows.append('card-%02d.txt\t%s\t%s' % (no, 'DIRTY' if no > 45 else 'CLEAN', '; '.join(notes) if notes else '-'))
with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('file\texpect\tnotes\n' + '\n'.join(rows) + '\n')
print('60 cards')
