#!/usr/bin/env python3
"""Generate ../cards/card-01..60.txt and cards.tsv for blind set 29 (fixed seed, byte-for-byte reproducible)."""
import os, random
R = random.Random(292929)
HERE = os.path.dirname(os.path.abspath(__file__))
CD = os.path.join(HERE, '..', 'cards')

def bsn():
    while True:
        d = [R.randint(0, 9) for _ in range(8)]
        if d[0] == 0: continue
        last = sum(w * x for w, x in zip(range(9, 1, -1), d)) % 11
        if last < 10: return ''.join(map(str, d + [last]))

def iban(cc, bank, n):
    acc = bank + ''.join(str(R.randint(0, 9)) for _ in range(n))
    num = ''.join(str(int(c, 36)) for c in acc + cc + '00')
    return cc + '%02d' % (98 - int(num) % 97) + acc

GEM = ['Assen', 'Emmen', 'Hoogeveen', 'Meppel', 'Coevorden', 'Stadskanaal', 'Veendam', 'Midden-Groningen', 'Tynaarlo',
       'Aa en Hunze', 'Borger-Odoorn', 'Westerveld', 'Midden-Drenthe']
VILL = {'Assen': 'Pittelo', 'Emmen': 'Klazienaveen', 'Hoogeveen': 'Krakeel', 'Meppel': 'Havelte', 'Coevorden': 'Dalen',
        'Stadskanaal': 'Musselkanaal', 'Veendam': 'Wildervank', 'Midden-Groningen': 'Hoogezand', 'Tynaarlo': 'Zuidlaren',
        'Aa en Hunze': 'Gieten', 'Borger-Odoorn': 'Exloo', 'Westerveld': 'Dwingeloo', 'Midden-Drenthe': 'Westerbork'}
PROS = ['Roel Akkerman, wijkcoach', 'Sietske Boerema, jeugdconsulent', 'Dragan Petrović, gezinscoach',
        'Farah Nadeem, casemanager', 'Hennie Oldenhuis, jeugdprofessional', 'Tjitske Veenstra, wijkcoach',
        'Marco de Vries, gezinsmanager', 'Lotte Brinkman, jeugdconsulent', 'Yusuf Demirci, wijkcoach',
        'Ineke Steenbergen, casemanager']
VD = ['Anouk Hamstra', 'Gert-Jan Snijders', 'Wendy Oosting', 'Pieter Bakker', 'Saskia Dijkema']
GD = ['Maaike Talsma (orthopedagoog)', 'Erwin Kramer (GZ-psycholoog)']
FAM = ['Pools', 'Bulgaars', 'Roemeens', 'Syrisch', 'Afghaans', 'Jemenitisch', 'Nederlands', 'Nederlands']
ZORG = ['- Vader drinkt en is dan agressief; de kinderen zien dit.', '- Moeder is somber en komt soms dagen niet uit bed.',
        '- Ruzies tussen ouders, op {d1} kwam de politie na een melding van de buren.',
        '- Schoolverzuim van de oudste, leerplicht is betrokken.', '- Stiefvader dreigt met geweld als er hulp komt.',
        '- Baby wordt onregelmatig gevoed, consultatiebureau ziet stilstand in de groei.',
        '- Oudste zorgt voor de jongere kinderen en verzuimt daardoor.', '- Oud trauma van de vlucht; vader heeft nachtmerries en slaat dan.',
        '- Drugs in huis, door de politie gevonden op {d1}.']
KRACHT = ['Moeder zoekt zelf hulp en houdt afspraken na.', 'Tante in {v} is een vaste opvangplek.',
          'De kinderen gaan graag naar school en hebben vriendjes in het dorp.', 'Vader heeft werk en wil meewerken aan een plan.',
          'Oma komt elke dag langs en kookt.', 'De moskee in {g} ondersteunt het gezin.', 'Oudste sport bij de voetbalclub in {v}.']
RISK = ['Schulden', 'krappe huurwoning', 'taalbarrière', 'geen netwerk in Nederland', 'alcoholgebruik vader',
        'psychische klachten moeder', 'verblijfsstatus onzeker', 'sociaal isolement op het platteland', 'werkloosheid']
HULP = ['Treant (kinderarts)', 'Wilhelmina Ziekenhuis Assen', 'Martini Ziekenhuis', 'GGZ Drenthe', 'Lentis', 'Accare',
        'Yorneo', 'Elker', 'Veilig Thuis Drenthe', 'Jeugdbescherming Noord', 'COA Ter Apel', 'Icare JGZ', 'GGD Drenthe',
        'Vincent van Gogh', 'Cosis', 'Humanitas Drenthe']
SOORT = ['Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Eerste inbreng', 'Eerste inbreng']

def date(y=2026, mo=None):
    while True:
        d = R.randint(1, 28); m = mo or R.randint(9, 11)
        s = '%02d-%02d-%d' % (d, m, y)
        if not s.startswith('06'): return s

def vht(i):
    n = 100 + 7 * i
    while True:
        d = '2026%04d' % n
        if (sum(w * int(x) for w, x in zip(range(8, 1, -1), d[:7])) - int(d[7])) % 11: return n
        n += 1

def card(i, dirty):
    g = GEM[i % len(GEM)]; v = VILL[g]
    d0 = date(mo=11); d1 = date(mo=10); d2 = date(mo=11)
    inits = R.sample('ABDEHJKLMNORSTWYZ', 3)
    ny = R.randint(1, 3)
    years = sorted(R.sample(range(2008, 2025), ny))
    youths = ['%s. (%d)' % (inits[k], years[k]) for k in range(ny)]
    fam = FAM[i % len(FAM)]
    pro = PROS[i % len(PROS)]
    org = 'Toegang ' + g if i % 3 else 'Sociaal Team ' + g
    if i % 7 == 0: org = 'Veilig Thuis Drenthe'; 
    if i % 11 == 0: org = 'Jeugdbescherming Noord'
    inst = R.choice(['ja', 'ja', 'ja', 'nee'])
    blocks = {}
    blocks['fn'] = '[FILENAME]\nVHK_%s_%s%d_%s.docx' % (g.replace(' ', ''), inits[0], years[0], d0.replace('-', ''))
    caps = i % 4 == 0
    L = (lambda s: s.upper()) if caps else (lambda s: s)
    P = []
    P.append('[HEADER]\nVHK %s - vertrouwelijk - %s gezin' % (g, fam))
    P.append(L('Datum inbreng:') + '\n' + d0)
    P.append(L('Soort inbreng:') + '\n' + SOORT[i % 5] + ('' if SOORT[i % 5] == 'Eerste inbreng' else ', vervolg op VHT-2026-%04d' % vht(i)))
    P.append(L('Jeugdige(n):') + '\n' + '\n'.join(youths))
    P.append(L('Inbrenger:') + '\n' + pro + ', ' + org)
    P.append(L('Vaste deelnemer:') + '\n' + VD[i % len(VD)] + ', ' + org)
    P.append(L('Gemeente:') + '\n' + g)
    if i % 2: P.append('Gedragsdeskundige geraadpleegd:\n' + GD[i % 2] + ', ' + d1)
    inf = 'ma: hb %s in %s\npa: tel. gesproken %s\n%s: gesproken op school %s' % (d1, v, d2, inits[0], d2)
    P.append(L('Wie is wanneer geïnformeerd:') + '\n' + inf)
    if inst == 'ja':
        P.append(L('Instemming:') + '\nJa, ouders en %s stemmen in.' % inits[0])
    else:
        P.append(L('Instemming:') + '\nNee. Vader weigert elke bemoeienis. Inbrenger brengt toch in: kinderen lopen acuut risico, advies VHT nodig voor vervolgstap.')
    P.append(L('Vraag aan het VHT:') + '\nIs vrijwillig kader nog voldoende of is een interventiegesprek met de Raad nodig?')
    P.append('[COMMENT author=Voorzitter VHT]\nscore ouders ontbreekt nog?')
    rows = ['| rol | geboortejaar |', '| moeder | %d |' % R.randint(1978, 1998), '| vader | %d |' % R.randint(1975, 1995)]
    rows += ['| %s | %d |' % (youths[k].split('.')[0] + '.', years[k]) for k in range(ny)]
    P.append(L('Gezinssamenstelling:') + '\n' + '\n'.join(rows) + ('\n%s gezin, in 2016 via Ter Apel naar %s gekomen.' % (fam, g) if fam in ('Syrisch', 'Afghaans', 'Jemenitisch')
              else '\n%s gezin, arbeidsmigratie, sinds 2018 in %s.' % (fam, g))
             if fam != 'Nederlands' else L('Gezinssamenstelling:') + '\n' + '\n'.join(rows) + '\nGezin woont al generaties in %s.' % v)
    P.append(L('Wat is er nu onveilig:') + '\n' + '\n'.join(z.format(d1=d1) for z in R.sample(ZORG, 3)))
    P.append('[FOOTNOTE]\nMelding politie Drenthe, basisteam %s.' % g)
    P.append(L('Krachten:') + '\n' + ' '.join(k.format(v=v, g=g) for k in R.sample(KRACHT, 2)))
    P.append(L('Risicofactoren:') + '\n' + ', '.join(R.sample(RISK, 3)) + '.')
    age = 2026 - years[0]
    stem = '%s (%d jaar): "Ik wil dat het thuis rustig is. Bij oma in %s voel ik me veilig."' % (inits[0], age, v)
    if age >= 12 or i % 3 == 0:
        P.append(L('Stem van de jeugdige:') + '\n' + stem)
        P.append('[ALT]\nTekening van %s: drie huizen, huis van de zorgen zwart.' % inits[0])
    P.append(L('Stem van ouders:') + '\nMoeder: "Ik wil hulp, maar niet dat ze de kinderen weghalen."\nVader: "Het valt wel mee."')
    P.append(L('Visie inbrenger:') + '\nDe veiligheid is onvoldoende; er is een plan nodig met het netwerk in %s.' % v)
    P.append(L('Score:') + '\nInbrenger: %d. Moeder: %d. %s: %d.' % (R.randint(2, 5), R.randint(5, 8), inits[0], R.randint(2, 6)))
    P.append('[TRACKED-DELETION]\nInbrenger: 6.')
    P.append('Betrokken hulpverlening:\n' + ', '.join(R.sample(HULP, 3)) + ', VT 0800-2000.')
    P.append('Persoonsgegevens:\nniet invullen bij inbreng')
    P.append('[FOOTER]\nVeiligheidsTeam Drenthe - pagina 1')
    P.append('[PROPERTY company]\n' + org)
    P.append('[MAIL-SUBJECT]\nInbreng VHT %s %s' % (g, youths[0]))
    P.append('[MAIL-BODY]\nHierbij de kaart voor het VHT. Groet, ' + pro.split(',')[0])
    return blocks['fn'], P, inits, v, g

def ins(P, label, text):
    for j, b in enumerate(P):
        if b.split('\n', 1)[0].lower().endswith(label.lower()):
            P[j] = b + '\n' + text; return
    raise KeyError(label)

def put_block(P, tag, text):
    for j, b in enumerate(P):
        if b.startswith(tag):
            P[j] = tag + '\n' + text; return
    P.append(tag + '\n' + text)

B1, B2 = bsn(), bsn()
IB1 = iban('NL', 'RABO', 10); IB2 = iban('PL', '', 24)
DIRTY = [
 [('NAME', 'hadders', 'body (Zorgen)', lambda P, c: ins(P, 'onveilig:', '- pa (hadders) heeft jachtgeweer in de schuur')),
  ('PHONE', '06-28410937', 'mail body', lambda P, c: put_block(P, '[MAIL-BODY]', 'kaart bijgevoegd, ma bereikbaar op 06-28410937'))],
 [('NAME', 'Wiktoria', 'table row (Gezinssamenstelling)', lambda P, c: ins(P, 'gezinssamenstelling:', '| zus Wiktoria | 2004 |')),
  ('BSN', B1, 'footnote', lambda P, c: put_block(P, '[FOOTNOTE]', 'bsn oudste ' + B1))],
 [('BIRTHDATE', '17-04-2013', 'cover value (Jeugdige)', lambda P, c: ins(P, 'jeugdige(n):', 'oudste is van 17-04-2013')),
  ('NAME', 'Stoyanov', 'header', lambda P, c: put_block(P, '[HEADER]', 'VHK gezin Stoyanov - vertrouwelijk'))],
 [('NAME', 'Geesje Kuipers', 'comment author', lambda P, c: P.append('[COMMENT author=Geesje Kuipers]\nklopt niet wat hier staat')),
  ('ADDRESS', 'Hoofdstraat 61', 'body (Krachten)', lambda P, c: ins(P, 'krachten:', 'Oma woont op Hoofdstraat 61, Borger.'))],
 [('EMAIL', 'ma.zwiers@hotmail.com', 'comment text', lambda P, c: put_block(P, '[COMMENT author=Voorzitter VHT]', 'ma mailt zelf: ma.zwiers@hotmail.com')),
  ('NAME', 'Omid', 'body (Stem van ouders)', lambda P, c: ins(P, 'stem van ouders:', 'Omid (oom): "Ik neem ze mee naar huis."'))],
 [('POSTCODE', '7823 PK', 'footer', lambda P, c: put_block(P, '[FOOTER]', 'retour: 7823 PK Emmen')),
  ('NAME', 'dimitrova', 'body (Risicofactoren)', lambda P, c: ins(P, 'risicofactoren:', 'ex van pa (dimitrova) bedreigt het gezin'))],
 [('IBAN', IB1, 'body (Risicofactoren)', lambda P, c: ins(P, 'risicofactoren:', 'schulden; toeslag gaat naar ' + IB1)),
  ('NAME', 'Lubbers', 'property (title)', lambda P, c: P.insert(0, '[PROPERTY title]\nVHK Lubbers nov'))],
 [('ID_NUMBER', '3098812', 'body (Betrokken hulpverlening)', lambda P, c: ins(P, 'betrokken hulpverlening:', 'Martini 3098812 (kinderafdeling)')),
  ('NAME', 'Ahmadi', 'file name', lambda P, c: put_block(P, '[FILENAME]', 'VHK_Ahmadi_nov.docx'))],
 [('URL', 'facebook.com/radu.ionescu.77', 'body (Zorgen)', lambda P, c: ins(P, 'onveilig:', '- pa zet foto\'s van de kinderen op facebook.com/radu.ionescu.77')),
  ('NAME', 'Mariana', 'alt text', lambda P, c: put_block(P, '[ALT]', 'Foto: Mariana met de baby'))],
 [('NAME', 'Tiesinga', 'tracked deletion', lambda P, c: put_block(P, '[TRACKED-DELETION]', 'stiefvader Tiesinga')),
  ('PHONE', '0592-314470', 'body (Stem van ouders)', lambda P, c: ins(P, 'stem van ouders:', 'oma: bellen via 0592-314470'))],
 [('NAME', 'Saleh', 'mail subject', lambda P, c: put_block(P, '[MAIL-SUBJECT]', 'inbreng gezin Saleh')),
  ('BSN', B2, 'cover value (Wie is wanneer geïnformeerd)', lambda P, c: ins(P, 'geïnformeerd:', 'moeder (bsn ' + B2 + ') gesproken'))],
 [('NAME', 'gosia', 'body (Zorgen)', lambda P, c: ins(P, 'onveilig:', '- oudste zegt: "gosia (zus) wordt geslagen"')),
  ('IBAN', IB2, 'footnote', lambda P, c: put_block(P, '[FOOTNOTE]', 'pa maakt geld over naar ' + IB2))],
 [('NAME', 'Wubs', 'property (company)', lambda P, c: put_block(P, '[PROPERTY company]', 'Wubs Transport')),
  ('BIRTHDATE', 'twee juli 2016', 'body (Gezinssamenstelling)', lambda P, c: ins(P, 'gezinssamenstelling:', 'jongste is van twee juli 2016'))],
 [('NAME', 'Fatima', 'body (Krachten)', lambda P, c: ins(P, 'krachten:', "Fatima's zus helpt met boodschappen.")),
  ('ID_NUMBER', 'WZA 771402', 'comment text', lambda P, c: put_block(P, '[COMMENT author=Voorzitter VHT]', 'opname WZA 771402?'))],
 [('NAME', 'Henk Drenth', 'body (Visie inbrenger)', lambda P, c: ins(P, 'visie inbrenger:', 'Opa Henk Drenth kan tijdelijk opvangen.')),
  ('URL', 'https://www.tiktok.com/@oliwka.k', 'mail body', lambda P, c: put_block(P, '[MAIL-BODY]', 'zie ook https://www.tiktok.com/@oliwka.k'))],
]

os.makedirs(CD, exist_ok=True)
rows = []
for i in range(1, 61):
    fn, P, inits, v, g = card(i, i > 45)
    notes = '-'
    if i > 45:
        items = DIRTY[i - 46]
        for it in items: it[3](P, None)
        notes = '; '.join('%s "%s" @ %s' % (c, val, pl) for c, val, pl, _ in items)
    text = fn + '\n\n' + '\n\n'.join(P) + '\n'
    if i > 45 and 'VHK_Ahmadi' in text:
        text = text.replace(fn + '\n\n', '', 1)
    with open(os.path.join(CD, 'card-%02d.txt' % i), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(text)
    rows.append('card-%02d.txt\t%s\t%s' % (i, 'CLEAN' if i <= 45 else 'DIRTY', notes))
with open(os.path.join(CD, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('file\texpect\tnotes\n' + '\n'.join(rows) + '\n')
print('cards written')
