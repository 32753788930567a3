#!/usr/bin/env python3
"""Generate ../cards/card-01..60.txt and cards.tsv (fixed seed 78). 01-45 CLEAN, 46-60 DIRTY (2 items each)."""
import os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from scenarios import S
rng = random.Random(7878)
OUT = os.path.join(HERE, '..', 'cards')

PROS = {  # invented professionals, only used in cover fields
 'Jeugdhulp Zoetermeer': [('Marloes Verbeek', 'jeugdconsulent'), ('Ricardo Isenia', 'casemanager'), ('Anita Jhinkoe', 'gezinscoach')],
 'Sociaal Team Alphen': [('Hüseyin Aksoy', 'jeugdconsulent'), ('Wouter van Dam', 'casemanager'), ('Petra Zonneveld', 'gezinscoach')],
 'Sociaal Team Gouda': [('Fatima Benhaddi', 'jeugdconsulent'), ('Erik Molenaar', 'casemanager')],
 'Sociaal Team Bodegraven-Reeuwijk': [('Leonie Hak', 'gezinscoach'), ('Stefan Oskam', 'jeugdconsulent')],
 'Sociaal Team Waddinxveen': [('Ingrid Boere', 'casemanager'), ('Ravi Gangaram', 'jeugdconsulent')],
 'Sociaal Team Nieuwkoop': [('Margriet Vink', 'jeugdconsulent')],
 'Jeugdteam Leiden': [('Noura Amzil', 'jeugdprofessional'), ('Bart Kuijt', 'gezinscoach')],
 'Jeugd- en Gezinsteam Katwijk': [('Hanneke Guijt', 'jeugdconsulent')],
 'Sociaal Team Woerden': [('Daan Hoogland', 'casemanager')],
 'Sociaal Team Zuidplas': [('Shirley Pinas', 'jeugdconsulent')],
}
VASTE = {'Jeugdhulp Zoetermeer': 'Nasrin Hosseini', 'Sociaal Team Alphen': 'Jeroen Tas', 'Sociaal Team Gouda': 'Miranda Kool',
 'Sociaal Team Bodegraven-Reeuwijk': 'Koen Verhoef', 'Sociaal Team Waddinxveen': 'Esther Baars', 'Sociaal Team Nieuwkoop': 'Arjen Bol',
 'Jeugdteam Leiden': 'Yvonne Spaans', 'Jeugd- en Gezinsteam Katwijk': 'Lex Varkevisser', 'Sociaal Team Woerden': 'Carla Pos',
 'Sociaal Team Zuidplas': 'Gijs Overbeek'}
GEDRAG = ['Rianne Brouwer (orthopedagoog)', 'Jolanda Sarmo (GZ-psycholoog)', 'Tarik Oulad (gedragswetenschapper)']

LABELS = [  # style 0 canonical, 1 synonyms, 2 numbered, 3 CAPS, 4 lower case
 ['Datum', 'Soort inbreng', 'Jeugdige (voorletter en geboortejaar)', 'Inbrenger', 'Vaste deelnemer', 'Verantwoordelijke gemeente',
  'Gedragsdeskundige geraadpleegd', 'Geïnformeerd en gesproken', 'Instemming betrokkenen', 'Vraag aan het VeiligheidsTeam',
  'Gezinssamenstelling', 'Wat is er nu onveilig', 'Patroon', 'Krachten en beschermende factoren', 'Risicofactoren',
  'Stem van de jeugdige', 'Stem van ouders en verzorgers', 'Visie van de inbrenger', 'Veiligheidsscore', 'Betrokken hulpverlening', 'Persoonsgegevens'],
 ['Datum inbreng', 'Type inbreng', 'Jeugdige(n)', 'Inbrenger (naam, functie, organisatie)', 'Vaste deelnemer', 'Gemeente',
  'Gedragswetenschapper geraadpleegd', 'Wie is wanneer geïnformeerd', 'Instemming', 'Hulpvraag aan het VHT',
  'Gezinssamenstelling', 'Zorgen', 'Patroon uit het verleden', 'Krachten', 'Risicofactoren',
  'Wat zegt de jeugdige', 'Stem van ouders', 'Visie inbrenger', 'Score', 'Betrokken hulpverlening', 'Persoonsgegevens'],
]
def style_labels(st):
    base = LABELS[st % 2]
    if st == 2: return ['%d. %s' % (i + 1, l) for i, l in enumerate(LABELS[1])]
    if st == 3: return [l.upper() for l in LABELS[0]]
    if st == 4: return [l.lower() for l in LABELS[1]]
    return base

SOORT = ['Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Overdracht', 'Eerste inbreng']
MONTHS = ['okt.', 'nov.']

def build(n, sc, dirty=None):
    st = n % 5
    L = style_labels(st)
    day = 3 + (n * 7) % 25
    month = 10 + n % 2
    date = ['%02d-%02d-2026' % (day, month), '2026-%02d-%02d' % (month, day), '%d %s 2026' % (day, 'oktober' if month == 10 else 'november'),
            '%d/%d/2026' % (day, month)][n % 4]
    d1 = '%d-%d-2026' % (max(1, day - 9), month - (1 if day < 12 else 0))
    pro, fn = PROS[sc['team']][n % len(PROS[sc['team']])]
    soort = SOORT[n % 5]
    if soort == 'Vervolgbespreking': soort += ' (eerder besproken als VHT-2026-%04d)' % (40 + n * 3)
    if soort == 'Overdracht': soort += ' (Veilig Thuis Hollands Midden -> %s)' % sc['team']
    youth = ', '.join('%s %s (%d)' % (r, i, y) if k else '%s (%d)' % (i, y) for k, (i, y, r) in enumerate(sc['youth']))
    sec = []  # list of [label, lines] or ['[TAG]', lines]
    def add(lab, *lines): sec.append([lab, list(lines)])
    if n % 3 == 0: add('[PROPERTY title]', 'Veiligheidskaart %s - %s' % (sc['youth'][0][0] + ' (%d)' % sc['youth'][0][1], sc['gem']))
    if n % 4 == 1: add('[FILENAME]', 'VHK_%s_%s%d_%s.docx' % (sc['gem'].replace(' ', ''), sc['youth'][0][0][0], sc['youth'][0][1], '2026%02d%02d' % (month, day)))
    if n % 2 == 0: add('[HEADER]', ['VERTROUWELIJK - VHT HOLLANDS MIDDEN', 'Veiligheidskaart | %s' % sc['team'], 'vhk %s - niet doorsturen' % sc['gem'].lower()][n % 3])
    add(L[0], date); add(L[1], soort); add(L[2], youth)
    add(L[3], '%s, %s, %s' % (pro, fn, sc['team'])); add(L[4], '%s, %s' % (VASTE[sc['team']], sc['team']))
    add(L[5], sc['gem'])
    if n % 3 != 2: add(L[6], 'Ja, %s, %s' % (GEDRAG[n % 3], d1) if n % 2 else 'Nee')
    add(L[7], 'Moeder: gesproken op %s (huisbezoek in %s).' % (d1, sc['wijk']),
        '%s: gesproken op school, met de mentor erbij.' % sc['youth'][0][0], 'De huisarts is geïnformeerd.')
    if n % 7 == 3:
        add(L[8], 'Nee. Reden: vader wil geen bespreking in een team.', 'Verantwoording inbrenger: de veiligheid van de kinderen gaat voor; moeder stemt wel in.')
    else:
        add(L[8], ['Ja, beide ouders.', 'Ja, moeder en jeugdige(n) stemmen in.', 'ja (mondeling, %s)' % d1][n % 3])
    add(L[9], sc['visie'].split('. ')[-1])
    if n % 3 == 1:
        rows = ['| rol | geboortejaar | woont in |', '|---|---|---|']
        for i, y, r in sc['youth']: rows.append('| %s %s | %d | %s |' % (r, i, y, sc['wijk']))
        rows.append('| moeder | zie tekst | %s |' % sc['wijk'])
        add(L[10], *rows, sc['gezin'])
    else:
        add(L[10], sc['gezin'])
    z = [x.format(d1=d1) for x in sc['zorg']]
    add(L[11], *(['- ' + x for x in z] if n % 2 else z))
    if n % 4 == 0: add('[COMMENT author=Voorzitter VHT]', 'Graag concreet maken: wie zag wat, wanneer?')
    if n % 5 == 2: add(L[12], 'Eerdere zorgmelding in 2024, afgesloten na een veiligheidsplan.')
    add(L[13], sc['kracht']); add(L[14], sc['risico'])
    add(L[15], sc['jong'])
    if n % 6 == 5: add('[ALT]', 'Tekening jeugdige: drie huizen, het huis van de zorgen is rood gekleurd.')
    add(L[16], sc['ouder']); add(L[17], sc['visie'])
    s1, s2 = 2 + n % 4, 5 + n % 3
    add(L[18], 'Inbrenger: %d. Moeder: %d.' % (s1, s2) if n % 2 else '| wie | score |\n| inbrenger | %d |\n| ouder | %d |' % (s1, s2))
    if n % 5 == 4: add('[TRACKED-DELETION]', 'Inbrenger: %d.' % (s1 + 1))
    add(L[19], sc['hulp'])
    if n % 6 == 1: add('[FOOTNOTE]', 'Zie afspraken VHT-2026-%04d; Veilig Thuis bereikbaar via 0800-2000.' % (12 + n))
    add(L[20], ['n.v.t.', '-', 'niet invullen bij inbreng'][n % 3])
    if n % 3 == 2: add('[FOOTER]', 'Pagina 1 van 2 - %s - gebruik alleen voor het VHT' % sc['team'])
    if n % 8 == 6: add('[MAIL-SUBJECT]', 'Inbreng VHT %s - %s' % (date, sc['gem'])); add('[MAIL-BODY]', 'Beste voorzitter, hierbij de kaart voor de bespreking. Met vriendelijke groet, %s %s' % (fn, sc['team']))
    return sec, L

def find(sec, lab):
    for s in sec:
        if s[0] == lab: return s
    raise KeyError(lab)

def render(sec):
    out = []
    for lab, lines in sec:
        out.append(lab if lab.startswith('[') else lab + ':')
        out.extend(lines); out.append('')
    return '\n'.join(out).rstrip('\n') + '\n'

# DIRTY items per card: (category, value, place, injector)
def body(idx, tmpl):
    def f(sec, L, v): find(sec, L[idx])[1].append(tmpl % v)
    return f
def block(tag, tmpl):
    def f(sec, L, v):
        try: find(sec, tag)[1].append(tmpl % v)
        except KeyError: sec.append([tag, [tmpl % v]])
    return f
def author(v):
    def f(sec, L, _): sec.insert(12, ['[COMMENT author=%s]' % v, ['Klopt dit wel? Ik zie het anders.']])
    return f
def cover_jeugdige(tmpl):
    def f(sec, L, v): find(sec, L[2])[1][0] = tmpl % v
    return f
def table_row(tmpl):
    def f(sec, L, v): find(sec, L[10])[1].insert(0, tmpl % v)
    return f

def bsn(r):
    while True:
        d = str(r.randint(1, 9)) + ''.join(str(r.randint(0, 9)) for _ in range(8))
        if (sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])) % 11 == 0: return d
def iban(r, bank, grouped):
    acc = str(r.randint(1000000000, 9999999999))
    chk = 98 - int(''.join(str(int(c, 36)) for c in bank + acc + 'NL00')) % 97
    s = 'NL%02d%s%s' % (chk, bank, acc)
    return ' '.join(s[i:i + 4] for i in range(0, 18, 4)) if grouped else s
b1, b2 = bsn(rng), bsn(rng); b2 = b2[:4] + '.' + b2[4:6] + '.' + b2[6:]
i1, i2 = iban(rng, 'RABO', True), iban(rng, 'INGB', False)

DIRTY = {
 46: [('NAME', 'Shakira Doelwijt', 'body (Zorgen)', body(11, 'Buurvrouw %s heeft de ruzie gehoord.')),
      ('PHONE', '06-47182935', 'footer', block('[FOOTER]', 'bij vragen moeder bellen: %s'))],
 47: [('BSN', b1, 'table row (Gezinssamenstelling)', table_row('| jeugdige | bsn %s | |')),
      ('NAME', 'Rahul', 'comment text', block('[COMMENT author=Gedragswetenschapper]', 'Is %s de oom of de stiefvader?'))],
 48: [('NAME', 'Hamidullah Noorzai', 'comment author', author('Hamidullah Noorzai')),
      ('BIRTHDATE', '12-03-2012', 'cover value (Jeugdige)', cover_jeugdige('F. (%s), S. (2015)'))],
 49: [('ADDRESS', 'Eisenhowerlaan 23', 'body (Gezinssamenstelling)', body(10, 'Het gezin woont aan de %s.')),
      ('EMAIL', 'h.alsaadi1975@gmail.com', 'mail body', block('[MAIL-BODY]', 'Reactie van vader graag naar %s sturen.'))],
 50: [('IBAN', i1, 'footnote', block('[FOOTNOTE]', 'Huur wordt betaald vanaf %s.')),
      ('NAME', 'WANG', 'table row (Gezinssamenstelling)', table_row('| VADER | %s | restaurant |'))],
 51: [('POSTCODE', '2742 RK', 'header', block('[HEADER]', 'Gezin, %s Waddinxveen')),
      ('NAME', 'Thijmen', 'body (Stem van de jeugdige)', body(15, 'M. zegt dat stiefbroer %s haar beschermt.'))],
 52: [('URL', 'https://www.instagram.com/rignald_wheelz', 'alt text', block('[ALT]', 'Screenshot van %s')),
      ('NAME', 'Kees-Jan Brouwer', 'property (title)', block('[PROPERTY title]', 'VHK gezin %s'))],
 53: [('ID_NUMBER', 'RD-771934', 'tracked deletion', block('[TRACKED-DELETION]', 'cliëntnr. Rivierduinen %s')),
      ('PHONE', '0172-521930', 'body (Krachten)', body(13, 'Buurvrouw is bereikbaar op %s.'))],
 54: [('NAME', 'Yasmin', 'file name', block('[FILENAME]', 'VHK_Leiden_%s_def.docx')),
      ('BIRTHDATE', '3 juli 2010', 'body (Gezinssamenstelling)', body(10, 'Moeder noemt de geboortedatum van de oudste: %s.'))],
 55: [('EMAIL', 'kiki.vanderwel@hotmail.com', 'mail subject', block('[MAIL-SUBJECT]', 'FW: bericht van %s')),
      ('NAME', 'Sandra', 'mail body', block('[MAIL-BODY]', 'Ik heb %s (zus van moeder) ook in de cc gezet.'))],
 56: [('NAME', 'De Bruijn', 'property (company)', block('[PROPERTY company]', 'Fam. %s')),
      ('ADDRESS', 'Kerkstraat 14a', 'footer', block('[FOOTER]', 'Adres vader: %s, Sluipwijk'))],
 57: [('BSN', b2, 'footnote', block('[FOOTNOTE]', 'BSN jongste: %s')),
      ('NAME', 'Hein', 'body (Krachten)', body(13, 'Opa %s haalt de kinderen op woensdag op.'))],
 58: [('ID_NUMBER', 'VTHM-2025-11873', 'body (Risicofactoren)', body(14, 'Eerder bekend bij Veilig Thuis onder dossiernummer %s.')),
      ('URL', 'tiktok.com/@yvie.zzz', 'mail body', block('[MAIL-BODY]', 'De filmpjes staan op %s'))],
 59: [('IBAN', i2, 'mail body', block('[MAIL-BODY]', 'Moeder vraagt of de bijdrage naar %s kan.')),
      ('POSTCODE', '2332KD', 'table row (Gezinssamenstelling)', table_row('| halfbroer | pc %s | Leiden |'))],
 60: [('NAME', 'P. Ramsoekh', 'cover value (Jeugdige)', cover_jeugdige('%s (2015)')),
      ('PHONE', '+31 6 1938 2740', 'comment text', block('[COMMENT author=Inbrenger]', 'Nieuwe partner: %s'))],
}
# scenario for each dirty card (values must fit the story)
DSC = {46: 0, 47: 0, 48: 3, 49: 4, 50: 5, 51: 6, 52: 7, 53: 4, 54: 9, 55: 9, 56: 12, 57: 10, 58: 14, 59: 9, 60: 13}

os.makedirs(OUT, exist_ok=True)
tsv = ['file\texpect\tnotes']
for n in range(1, 61):
    if n <= 45:
        sc = S[(n - 1) % len(S)]
        sec, L = build(n, sc)
        tsv.append('card-%02d.txt\tCLEAN\t-' % n)
    else:
        sc = S[DSC[n]]
        sec, L = build(n, sc)
        notes = []
        for cat, val, place, inj in DIRTY[n]:
            inj(sec, L, val)
            notes.append('%s "%s" @ %s' % (cat, val, place))
        tsv.append('card-%02d.txt\tDIRTY\t%s' % (n, '; '.join(notes)))
    with open(os.path.join(OUT, 'card-%02d.txt' % n), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(render(sec))
with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('\n'.join(tsv) + '\n')
print('60 cards')
