#!/usr/bin/env python3
"""Generate ../cards/card-01..60.txt and cards.tsv with fixed seeds (blind77)."""
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scenarios import S, PROS, GEDRAG
from numbers77 import bsn, iban, elf

rng = random.Random(7760)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'cards')
DAYS = ['2', '3', '4', '9', '10', '11', '12', '13', '16', '17', '18', '19', '20', '23', '24', '25', '26', '27', '30']

LABELS = {  # canonical, synonym
 'datum': ['Datum', 'Datum inbreng'], 'soort': ['Soort inbreng', 'Type inbreng'],
 'jeugdige': ['Jeugdige (voorletter en geboortejaar)', 'Jeugdige(n)'], 'inbrenger': ['Inbrenger', 'Inbrenger (naam, functie, organisatie)'],
 'vaste': ['Vaste deelnemer', 'Vaste deelnemer'], 'gemeente': ['Verantwoordelijke gemeente', 'Gemeente'],
 'gedrag': ['Gedragsdeskundige geraadpleegd', 'Gedragswetenschapper geraadpleegd'],
 'geinf': ['Geïnformeerd en gesproken', 'Wie is wanneer geïnformeerd'], 'instemming': ['Instemming betrokkenen', 'Instemming'],
 'vraag': ['Vraag aan het VeiligheidsTeam', 'Hulpvraag aan het VHT'], 'experts': ['Uit te nodigen experts', 'Experts'],
 'gezin': ['Gezinssamenstelling', 'Gezinssamenstelling'], 'zorgen': ['Wat is er nu onveilig', 'Zorgen'],
 'patroon': ['Patroon', 'Patroon uit het verleden'], 'krachten': ['Krachten en beschermende factoren', 'Krachten'],
 'risico': ['Risicofactoren', 'Risicofactoren'], 'stemj': ['Stem van de jeugdige', 'Wat zegt de jeugdige'],
 'stemo': ['Stem van ouders en verzorgers', 'Stem van ouders'], 'visie': ['Visie van de inbrenger', 'Visie inbrenger'],
 'score': ['Veiligheidsscore', 'Score'], 'betrokken': ['Betrokken hulpverlening', 'Betrokken hulpverlening'],
 'pg': ['Persoonsgegevens', 'Persoonsgegevens'],
}
ORDER = ['datum', 'soort', 'jeugdige', 'inbrenger', 'vaste', 'gemeente', 'gedrag', 'geinf', 'instemming', 'vraag', 'experts',
         'gezin', 'zorgen', 'patroon', 'krachten', 'risico', 'stemj', 'stemo', 'visie', 'score', 'betrokken', 'pg']

def hyphenate(text):
    """PDF copy: break lines and hyphenate some long words."""
    out, col = [], 0
    words = text.split(' ')
    line = ''
    for w in words:
        if len(line) + len(w) > 48 and len(w) > 8:
            k = len(w) // 2
            out.append((line + ' ' + w[:k] + '-').strip()); line = w[k:]
        elif len(line) + len(w) > 48:
            out.append(line.strip()); line = w
        else:
            line += ' ' + w
    out.append(line.strip())
    return out

DIRTY = {
 46: [('NAME', 'Gwendolyn', 'body (Zorgen)', 'zorgen', 'Buurvrouw Gwendolyn zag de kinderen om 23.00 uur nog buiten.'),
      ('PHONE', '06-48213377', 'footer', 'FOOTER', 'Bij vragen: moeder 06-48213377')],
 47: [('NAME', 'Sjaak Poelman', 'comment author', 'COMMENTAUTHOR', 'Klopt dit jaartal wel?'),
      ('BSN', 'BSN', 'tracked deletion', 'TRACKED', 'BSN jeugdige: {v}')],
 48: [('BIRTHDATE', '21-04-2013', 'cover value (Jeugdige)', 'JEUGDIGE', None),
      ('EMAIL', 'mike.verbrugge77@gmail.com', 'mail body', 'MAIL', 'Hi all, see attached. Dad asked to be cc\'d: mike.verbrugge77@gmail.com. Groet, wijkteam')],
 49: [('NAME', 'BELKACEM', 'table row (Gezinssamenstelling)', 'TABLE', '| Vader | BELKACEM | 1979 | Schalkwijk |'),
      ('ADDRESS', 'Amsterdamstraat 77', 'body (Risicofactoren)', 'risico', 'Woning aan de Amsterdamstraat 77 is te klein voor vijf personen.')],
 50: [('POSTCODE', '2037 HK', 'header', 'HEADER', 'VHK – VERTROUWELIJK – gezin 2037 HK'),
      ('NAME', 'Joyce', 'alt text', 'ALT', 'Tekening gemaakt door Joyce, het huis van de dromen')],
 51: [('URL', 'https://www.instagram.com/k.zandvoort_2011_', 'footnote', 'FOOTNOTE', 'Zie de filmpjes op https://www.instagram.com/k.zandvoort_2011_'),
      ('NAME', 'Jeroen Schermer', 'property (title)', 'PROPTITLE', 'VHK Jeroen Schermer - eerste inbreng')],
 52: [('IBAN', 'IBAN', 'mail body', 'MAIL', 'Graag de huurtoeslag terugstorten op {v} (rekening moeder). Met vriendelijke groet, Sociaal Team'),
      ('NAME', 'Hatice', 'body (Stem van ouders)', 'stemo', 'Oma Hatice: "Ik kan niet elke dag oppassen."')],
 53: [('ID_NUMBER', 'dossiernr. JBNH-220771', 'body (Betrokken hulpverlening)', 'betrokken', 'Jeugdbescherming Noord-Holland, dossiernr. JBNH-220771.'),
      ('NAME', 'Mustafa', 'body (Krachten)', 'krachten', 'Oom Mustafa haalt de jongste elke dag uit school.')],
 54: [('NAME', 'Van Rijckevorsel', 'file name', 'FILENAME', 'VHK_Bloemendaal_Van Rijckevorsel_def.docx'),
      ('PHONE', '+31 6 3902 7741', 'comment text', 'COMMENT', 'au pair graag bellen op +31 6 3902 7741, zij weet meer')],
 55: [('NAME', 'Piet Kooistra', 'mail subject', 'SUBJECT', 'Fw: kaart gezin Piet Kooistra (Beverwijk)'),
      ('POSTCODE', '1946ZB', 'body (Gezinssamenstelling)', 'gezin', 'Vader woont apart, postcode 1946ZB.')],
 56: [('BSN', 'BSN', 'body (Persoonsgegevens)', 'pg', 'BSN: {v}'),
      ('NAME', 'Ilse Roodenburg', 'comment text', 'COMMENT', 'Ilse Roodenburg (tante) wil ook gehoord worden.')],
 57: [('EMAIL', 'fam.lammers.heemskerk@ziggo.nl', 'footer', 'FOOTER', 'retour naar fam.lammers.heemskerk@ziggo.nl'),
      ('NAME', 'Mehdi', 'tracked deletion', 'TRACKED', 'Broer Mehdi (19) woont ook nog thuis.')],
 58: [('BIRTHDATE', '3 okt 2015', 'body (Stem van de jeugdige)', 'stemj', 'Ze is geboren op 3 okt 2015 en mist haar vader.'),
      ('ADDRESS', 'Velserduinweg 201', 'mail body', 'MAIL', 'Beste VHT, vader is tijdelijk te vinden op Velserduinweg 201 in IJmuiden. Groet')],
 59: [('URL', 'facebook.com/ozkanfamilie.haarlem', 'body (Patroon)', 'patroon', 'Vader deelt foto\'s van de kinderen op facebook.com/ozkanfamilie.haarlem.'),
      ('ID_NUMBER', 'clientnr. 4471920', 'header', 'HEADER', 'Kenter Jeugdhulp – clientnr. 4471920')],
 60: [('NAME', 'Anouk Stapel', 'property (company)', 'PROPCOMPANY', 'Praktijk Anouk Stapel (moeder)'),
      ('IBAN', 'IBAN', 'footnote', 'FOOTNOTE', '1) Vader betaalt alimentatie vanaf {v}.')],
}

HARMLESS = [
 ('HEADER', 'VEILIGHEIDSKAART – VERTROUWELIJK – VHT ZUID-KENNEMERLAND'),
 ('FOOTER', 'Pagina 1 van 3 – alleen voor gebruik in het VHT'),
 ('COMMENT author=Vaste deelnemer Sociaal Wijkteam Haarlem', 'Graag concreter maken: wat zag school precies?'),
 ('COMMENT author=Gedragswetenschapper Kenter', 'Check: is de score van de jeugdige ook gevraagd?'),
 ('ALT', 'Tekening drie huizen: huis van de zorgen, huis van de goede dingen, huis van de dromen'),
 ('FOOTNOTE', 'Zie verslag van het netwerkberaad, bespreking VHT-2026-0071.'),
 ('TRACKED-DELETION', 'Inbrenger: 5.'),
 ('PROPERTY company', 'Gemeente Haarlem'),
]

def card(n, scen, dirty):
    r = random.Random(7700 + n)
    style = r.choice(['canon', 'syn', 'num', 'caps', 'lower'])
    cand = {'Velsen': [4], 'Bloemendaal': [6, 1], 'Heemstede': [5, 2, 1], 'Zandvoort': [1, 2], 'Beverwijk': [1, 2, 3], 'Heemskerk': [1, 2, 5]}.get(scen['gem'], [0, 1, 2, 3, 5])
    inbr, vaste = PROS[cand[n % len(cand)]]
    day = r.choice(DAYS); month = r.choice(['10', '11'])
    datum = r.choice(['%s-%s-2026' % (day.zfill(2), month), '%s-%s-2026' % (day, month), '2026-%s-%s' % (month, day.zfill(2))])
    if datum.startswith('0'): datum = datum.lstrip('0')
    soort = r.choice(['Eerste inbreng', 'Eerste inbreng', 'Vervolgbespreking', 'Monitoring'])
    if soort != 'Eerste inbreng':
        vn = r.choice([v for v in range(10, 99) if not elf('2026%04d' % v)])
        soort += ' (eerder: VHT-2026-00%d)' % vn
    youth = list(scen['youth'])
    jeug = '\n'.join(('%s (%d)' % y) if i == 0 else ('%s %s (%d)' % ('broer/zus', y[0], y[1])) for i, y in enumerate(youth))
    sec = {}
    sec['datum'] = datum; sec['soort'] = soort; sec['jeugdige'] = jeug
    sec['inbrenger'] = inbr; sec['vaste'] = vaste; sec['gemeente'] = scen['gem']
    if r.random() < 0.5: sec['gedrag'] = 'Ja, ' + r.choice(GEDRAG)
    sec['geinf'] = r.choice([
        'Moeder: huisbezoek op %s-10-2026.\nJeugdige: gesproken op school.\nVader: telefonisch.' % r.choice(DAYS),
        'Afvinklijst: [x] moeder  [x] vader  [ ] jeugdige (te jong)  [x] school\nallen geïnformeerd in week 45',
        'Ouders geïnformeerd in een gezamenlijk gesprek op het wijkteamkantoor; jeugdige apart gesproken.'])
    if r.random() < 0.2:
        sec['instemming'] = 'Nee. Vader weigert. Reden: wantrouwen naar instanties.\nVerantwoording inbrenger: de veiligheid van de kinderen weegt zwaarder; bespreking is nodig om zicht te krijgen.'
    else:
        sec['instemming'] = r.choice(['Ja, beide ouders.', 'Ja (mondeling, 2x gevraagd)', 'ja – ouders weten van de bespreking'])
    sec['vraag'] = r.choice(['Is het vrijwillig kader nog passend of is een beschermingsonderzoek nodig?',
                             'Welke hulp is nodig om de veiligheid te borgen?', 'Graag advies over de inzet van de Raad voor de Kinderbescherming.'])
    if r.random() < 0.4: sec['experts'] = r.choice(['Jeugdarts GGD Kennemerland', 'Kinderarts Spaarne Gasthuis', 'Medewerker Raad voor de Kinderbescherming'])
    gez = [scen['gezin']]
    if r.random() < 0.4:
        gez += ['| Rol | Geboortejaar | Woont |', '| Moeder | zie boven | ' + scen['gem'] + ' |']
    sec['gezin'] = '\n'.join(gez)
    z = scen['zorgen']
    if r.random() < 0.4:
        sec['zorgen'] = 'TRIAGE VT: [x] fysiek geweld  [ ] seksueel geweld  [x] emotionele onveiligheid  [ ] eergerelateerd\n' + '\n'.join('- ' + x for x in z)
    else:
        sec['zorgen'] = '\n'.join('- ' + x for x in z)
    if r.random() < 0.6: sec['patroon'] = scen['patroon']
    sec['krachten'] = scen['krachten']; sec['risico'] = scen['risico']
    yr = int(datum[:4]) if datum.startswith('2026-') else 2026
    if any(yr - y[1] >= 12 for y in youth) or r.random() < 0.6: sec['stemj'] = scen['stemj']
    sec['stemo'] = scen['stemo']
    sec['visie'] = '\n'.join(hyphenate(scen['visie'])) if r.random() < 0.4 else scen['visie']
    sc = r.choice(['Inbrenger: %d. Moeder: %d.' % (r.randint(2, 5), r.randint(5, 8)),
                   'wie;score;datum\ninbrenger;%d;%s\nmoeder;%d;%s' % (r.randint(2, 5), datum, r.randint(4, 8), datum),
                   'Inbrenger %d/10 – jeugdige %d/10' % (r.randint(2, 5), r.randint(1, 6))])
    sec['score'] = sc
    if r.random() < 0.8: sec['betrokken'] = scen['betrokken']
    sec['pg'] = r.choice(['n.v.t.', '-', 'niet invullen bij inbreng'])
    pre, post = [], []
    for h in r.sample(HARMLESS, r.randint(1, 3)):
        (pre if h[0] in ('HEADER', 'PROPERTY company') else post).append(h)
    notes = []
    if dirty:
        for cat, val, place, where, txt in dirty:
            if cat == 'BSN': val = bsn(rng); txt = txt.replace('{v}', val)
            if cat == 'IBAN':
                v = iban(rng, 'NL', rng.choice(['ABNA', 'RABO', 'INGB'])); val = ' '.join(v[i:i+4] for i in range(0, len(v), 4)); txt = txt.replace('{v}', val)
            notes.append('%s "%s" @ %s' % (cat, val, place))
            if where in LABELS: sec[where] = (sec.get(where, '') + '\n' + txt).strip() if where != 'pg' else txt
            elif where == 'JEUGDIGE': sec['jeugdige'] = sec['jeugdige'].replace('(%d)' % youth[0][1], '(%s)' % val, 1)
            elif where == 'TABLE': sec['gezin'] += '\n| Rol | Naam | Jaar | Wijk |\n' + txt
            elif where == 'HEADER': pre.insert(0, ('HEADER', txt))
            elif where == 'FOOTER': post.append(('FOOTER', txt))
            elif where == 'COMMENTAUTHOR': post.append(('COMMENT author=' + val, txt))
            elif where == 'COMMENT': post.append(('COMMENT author=Vaste deelnemer Sociaal Wijkteam Haarlem', txt))
            elif where == 'TRACKED': post.append(('TRACKED-DELETION', txt))
            elif where == 'ALT': post.append(('ALT', txt))
            elif where == 'FOOTNOTE': post.append(('FOOTNOTE', txt))
            elif where == 'PROPTITLE': pre.insert(0, ('PROPERTY title', txt))
            elif where == 'PROPCOMPANY': pre.insert(0, ('PROPERTY company', txt))
            elif where == 'MAIL': pre.insert(0, ('MAIL-BODY', txt)); pre.insert(0, ('MAIL-SUBJECT', 'VHK ter bespreking'))
            elif where == 'SUBJECT': pre.insert(0, ('MAIL-SUBJECT', txt))
            elif where == 'FILENAME': pre.insert(0, ('FILENAME', txt))
    elif r.random() < 0.3:
        pre.insert(0, ('MAIL-BODY', 'Hi VHT, hierbij de kaart. The school counselor will join if needed. Graag bespreken op dinsdag. Kind regards, wijkteam'))
        pre.insert(0, ('MAIL-SUBJECT', 'VHK %s %s' % (youth[0][0], youth[0][1])))
    elif r.random() < 0.3:
        pre.insert(0, ('FILENAME', 'VHK_%s_%s%d_%s.docx' % (scen['gem'], youth[0][0].rstrip('.'), youth[0][1], datum.replace('-', ''))))
    lines = []
    for tag, txt in pre: lines += ['[%s]' % tag, txt, '']
    k = 0
    for key in ORDER:
        if key not in sec: continue
        k += 1
        lab = LABELS[key][0 if style in ('canon', 'caps', 'lower') else 1]
        if style == 'num': lab = '%d. %s' % (k, lab)
        if style == 'caps': lab = lab.upper()
        if style == 'lower': lab = lab.lower()
        lines += [lab + ':', sec[key], '']
    for tag, txt in post: lines += ['[%s]' % tag, txt, '']
    return '\n'.join(lines).rstrip('\n') + '\n', '; '.join(notes) if notes else '-'

os.makedirs(OUT, exist_ok=True)
rows = []
for n in range(1, 61):
    scen = S[(n * 7) % len(S)]
    text, notes = card(n, scen, DIRTY.get(n))
    with open(os.path.join(OUT, 'card-%02d.txt' % n), 'w', encoding='utf-8', newline='\n') as fh: fh.write(text)
    rows.append('card-%02d.txt\t%s\t%s' % (n, 'CLEAN' if n <= 45 else 'DIRTY', notes))
with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('file\texpect\tnotes\n' + '\n'.join(rows) + '\n')
print('60 cards')
