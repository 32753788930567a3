#!/usr/bin/env python3
"""Generates ../cards/card-01.txt .. card-60.txt and ../cards/cards.tsv for blind set 22.
Fixed seed; re-running reproduces the files byte for byte. 01-45 CLEAN, 46-60 DIRTY (2 items each)."""
import os, random

R = random.Random(2260)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'cards')

def bsn():
    while True:
        d = [R.randint(0, 9) for _ in range(8)]
        if d[0] == 0: continue
        s = sum(w * x for w, x in zip(range(9, 1, -1), d)) % 11
        if s < 10: return ''.join(map(str, d + [s]))

def elf(d):
    if len(d) == 8: d = '0' + d
    return (sum(w * int(x) for w, x in zip(range(9, 1, -1), d[:8])) - int(d[8])) % 11 == 0

def iban(bank):
    acct = '5' + ''.join(str(R.randint(0, 9)) for _ in range(9))
    num = int(''.join(str(int(c, 36)) for c in bank + acct + 'NL00'))
    return 'NL%02d%s' % (98 - num % 97, bank + acct)

# (gemeente, village/neighbourhood for prose, toegang name)
GEM = [('Helmond', 'Brouwhuis', 'Toegang Helmond'), ('Eindhoven', 'Woensel-Noord', 'Toegang Eindhoven (WIJeindhoven)'),
       ('Oss', 'Berghem', 'Toegang Oss'), ('Meierijstad', 'Veghel', 'Toegang Meierijstad'),
       ('Land van Cuijk', 'Boxmeer', 'Toegang Land van Cuijk'), ('Venlo', 'Blerick', 'Toegang Venlo'),
       ('Venray', 'Oostrum', 'Toegang Venray'), ('Gemert-Bakel', 'De Mortel', 'Toegang Gemert-Bakel'),
       ('Deurne', 'Liessel', 'Toegang Deurne'), ('Boekel', 'Venhorst', 'Toegang Boekel'),
       ('Maashorst', 'Uden', 'Toegang Maashorst'), ('Tilburg', 'Reeshof', 'Toegang Tilburg (Twern/Contourdetwern)'),
       ("'s-Hertogenbosch", 'Rosmalen', 'Toegang \'s-Hertogenbosch'), ('Land van Cuijk', 'Mill', 'Toegang Land van Cuijk'),
       ('Gemert-Bakel', 'Handel', 'Toegang Gemert-Bakel'), ('Land van Cuijk', 'Sint Anthonis', 'Toegang Land van Cuijk'),
       ('Meierijstad', 'Sint-Oedenrode', 'Toegang Meierijstad'), ('Boekel', 'Boekel', 'Toegang Boekel')]
PROF = [('Sanne Bakx', 'casemanager'), ('Ilham Achahbar', 'gezinscoach'), ('Ruud Vervoort', 'jeugdconsulent'),
        ('Merve Aksoy', 'ambulant hulpverlener'), ('Twan Rovers', 'casusregisseur'), ('Nicole van Bree', 'jeugdbeschermer'),
        ('Hasna Zaghdoudi', 'gezinsvoogd'), ('Wim Lathouwers', 'raadsonderzoeker'), ('Eline Craenmehr', 'jeugdverpleegkundige'),
        ('Bas Timmermans', 'gezinscoach'), ('Dilan Ekinci', 'casemanager'), ('Marloes Gerrits', 'jeugdconsulent'),
        ('Ferdi Sahin', 'casusregisseur'), ('Judith Vos-Claassen', 'jeugdbeschermer')]
VASTE = ['Peter Spierings', 'Anja van Bussel', 'Hanneke Donkers', 'Said Bouhalhoul', 'Monique Lenssen', 'Gert Hurkmans']
GEDR = ['Karin Smulders (orthopedagoog)', 'Jeroen Kusters (GZ-psycholoog)', 'Yvonne Habets (gedragswetenschapper)']
ORGS = ['Jeugdbescherming Brabant', 'William Schrikker Stichting', 'Veilig Thuis Brabant Zuidoost',
        'Veilig Thuis Brabant Noordoost', 'Raad voor de Kinderbescherming', 'Veilig Thuis Limburg-Noord', None, None, None]
INITS = list('ABDEFHIJKLMNORSTYZ')
SOORT = ['Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Overdracht', 'Eerste inbreng', 'Eerste inbreng']
ZORG = [
 'Vader is op {d1} aangehouden na huiselijk geweld; {k} zag dat moeder werd geslagen.',
 'Moeder gebruikt cocaïne en is op {d1} met de kinderen op de SEH van het Catharina Ziekenhuis beland.',
 '{k} kwam op {d1} met een blauw oog op school; de intern begeleider deed een melding bij Veilig Thuis.',
 'Op {d1} is er op het kamp gevochten; de kinderen stonden erbij.',
 'Ouders maken al jaren ruzie over de omgang; {k} wordt steeds meer in het conflict getrokken.',
 'Er is sprake van eergerelateerde dreiging vanuit de familie van vader; {k} is bang om uitgehuwelijkt te worden.',
 'Moeder is op {d1} opgenomen bij GGZ Oost Brabant (crisisdienst); er is niemand die de zorg voor de kinderen structureel overneemt.',
 'De baby is op {d1} met een schedelfractuur opgenomen in het Maxima MC; de verklaring van ouders past niet bij het letsel.',
 '{k} verzuimt al sinds de herfstvakantie en zwerft \'s nachts door {plaats}.',
 'Vader dreigt de kinderen mee te nemen naar het buitenland; het paspoort van {k} is zoek.',
 'Er is een huurachterstand van vijf maanden; de woningcorporatie heeft een ontruiming aangezegd voor {d1}.',
 'Stiefvader heeft {k} op {d1} door de kamer geduwd; {k} liep daarbij een snee op.',
]
KRACHT = ['Moeder zoekt zelf hulp en houdt zich aan de afspraken met de GI.',
          'Oma mz in {plaats} is een vaste, veilige plek; de kinderen slapen daar in het weekend.',
          'Vader heeft een vaste baan en is betrokken bij school.',
          '{k} heeft een goede band met de mentor en sport bij de voetbalclub.',
          'De familie op de standplaats biedt opvang als het thuis escaleert.',
          'Moeder spreekt inmiddels goed Nederlands en volgt een taaltraject.',
          'De imam van de moskee in {plaats} wordt door vader vertrouwd en is bereid mee te denken.',
          'Ouders erkennen de zorgen en werken mee aan een veiligheidsplan (Signs of Safety).']
RISICO = ['Middelengebruik, schulden, isolement.', 'LVB bij moeder, beperkt netwerk, taalbarrière.',
          'Eerdere meldingen bij Veilig Thuis (2021, 2023), geweld in de relatie.',
          'Trauma na de vlucht, onzekere verblijfsstatus, krappe huisvesting.',
          'Psychiatrische problematiek vader, wisselende opvang, verzuim.',
          'Conflictscheiding, loyaliteitsconflict, dreiging vanuit de familie.']
VRAAG = ['Is vrijwillige hulp nog voldoende, of adviseert het VHT een interventiegesprek met de Raad voor de Kinderbescherming?',
         'Advies gevraagd over de noodzaak van een verzoek tot ondertoezichtstelling.',
         'Welke stappen zijn nodig om de OTS verantwoord af te sluiten en over te dragen aan de Toegang?',
         'Hoe kunnen we het netwerk inzetten zodat een uithuisplaatsing voorkomen wordt?',
         'Graag meedenken over een veiligheidsplan nu er eergerelateerde dreiging speelt.',
         'Is het zicht op de veiligheid van de baby voldoende?']
STEMJ = ['"Ik wil gewoon dat het thuis rustig is."', '"Als papa boos wordt ga ik naar boven."',
         '"Ik wil niet naar een pleeggezin, ik wil bij oma blijven."', '"Niemand luistert naar mij."',
         'wil er niet over praten; tekende bij het Drie Huizen-werkblad een huis met een dichte deur.',
         '"Het is thuis beter sinds de hulp er is, maar ik ben nog steeds bang als er gedronken wordt."']
STEMO = ['Moeder: "Ik doe alles voor mijn kinderen, maar ik kan het niet alleen."',
         'Vader: "Het wordt allemaal overdreven, er is niks aan de hand."',
         'Moeder (via tolk Arabisch): "Ik ben bang voor de familie van mijn man."',
         'Ouders zijn het niet eens met de zorgen maar willen wel praten.',
         'Vader (via tolk Tarifit): "Mijn kinderen horen bij mij."',
         'Moeder: "Ik wil dat de kinderen thuis blijven, ik werk mee met Jeugdbescherming."']
VISIE = ['De veiligheid is onvoldoende gewaarborgd; zonder dwingend kader verwacht ik geen verandering.',
         'Er is voldoende zicht; vrijwillige hulp kan worden voortgezet met een strak veiligheidsplan.',
         'Ik maak me ernstig zorgen over de jongste kinderen; een raadsonderzoek lijkt nodig.',
         'Er zijn positieve ontwikkelingen, maar de situatie is kwetsbaar.']
HULP = ['GGZ Oost Brabant, Novadic-Kentron, huisarts.', 'Jeugdbescherming Brabant (OTS), Sterk Huis, school.',
        'Reinier van Arkel, Lunetzorg, Vluchtelingenwerk.', 'Dichterbij, JGZ, wijkagent.',
        'De Hondsberg (observatie), Herlaarhof (consult), GGD.', 'William Schrikker Stichting, MEE, Kredietbank.']

# DIRTY items: (cat, value, place, kind, text with {v})
DIRTY = [
 [('NAME', 'Rachid Amrani', 'body (Onveiligheid)', 'sec:zorgen', 'Vader ({v}) is op de hoogte van de melding en ontkent.'),
  ('PHONE', '06-38271940', 'mail body', 'blk:MAIL-BODY', 'Hierbij de kaart. Moeder is bereikbaar op {v} als jullie vragen hebben.')],
 [('BSN', None, 'table row (Gezinssamenstelling)', 'sec:gezin', 'kind | A. | BSN {v}'),
  ('NAME', 'Gerdie van Dinther', 'comment author', 'comauthor', 'Moet dit er nog in?')],
 [('NAME', 'Mien Verhoeven', 'header', 'blk:HEADER', 'VHK fam. {v} - VERTROUWELIJK'),
  ('POSTCODE', '5427 EB', 'footer', 'blk:FOOTER', 'Retour: {v} Boekel')],
 [('ADDRESS', 'Kapelstraat 14', 'body (Krachten)', 'sec:krachten', 'Oma woont om de hoek, op de {v}, en kan altijd bijspringen.'),
  ('IBAN', None, 'footnote', 'blk:FOOTNOTE', 'Kinderbijslag gaat naar {v}.')],
 [('NAME', 'Hodan Abdi Warsame', 'property (title)', 'blk:PROPERTY title', 'Veiligheidskaart {v} en kinderen'),
  ('BIRTHDATE', '14-05-2012', 'cover value (Jeugdige)', 'cover:jeugdige', 'S. ({v})')],
 [('EMAIL', 'bulut.sevgi@hotmail.com', 'mail subject', 'blk:MAIL-SUBJECT', 'VHK inbreng, reactie moeder via {v}'),
  ('NAME', 'Sevgi', 'body (Stem van de jeugdige)', 'sec:stemj', '{v} wil dat haar broertje ook gehoord wordt.')],
 [('ID_NUMBER', 'C/01/398211 / JE RK 26-871', 'body (Vraag aan het VHT)', 'sec:vraag', 'Zie beschikking zaaknummer {v}.'),
  ('NAME', 'Tinus Raijmakers', 'tracked deletion', 'blk:TRACKED-DELETION', 'Opa {v} (standplaats Gemert) wil de kinderen opvangen.')],
 [('URL', 'https://www.tiktok.com/@dilshad.brz', 'body (Risicofactoren)', 'sec:risico', 'Broer plaatst dreigende filmpjes op {v}.'),
  ('NAME', 'Bahar Barzani', 'alt text', 'blk:ALT', 'Foto van {v} met de kinderen bij de rechtbank.')],
 [('NAME', 'Van Kemenade', 'body (Stem van ouders)', 'sec:stemo', 'Volgens {v} (buurman) was vader die avond dronken.'),
  ('PHONE', '0492 - 41 38 27', 'comment text', 'comtext', 'Gebeld met oma via {v}, zij bevestigt het verhaal.')],
 [('NAME', 'Nadia El Ouali', 'file name', 'blk:FILENAME', 'VHK_{v}_Venlo_20261127.docx'),
  ('ID_NUMBER', '01/173552-26', 'body (Patroon)', 'sec:patroon', 'Vader heeft een strafzaak lopen (parketnummer {v}).')],
 [('BSN', None, 'property (company)', 'blk:PROPERTY company', 'Toegang Venray - BSN {v}'),
  ('NAME', 'Harrie', 'table row (Score)', 'sec:score', 'Opa {v} | 7')],
 [('ADDRESS', 'Deken van Miertstraat 2a', 'footer', 'blk:FOOTER', 'Gezin woont {v}, Helmond'),
  ('NAME', 'Yusuf Korkmaz', 'cover value (Geïnformeerd)', 'cover:geinf', '{v} (vader): gesproken op 24-11-2026.')],
 [('EMAIL', 'f.ouaali1988@gmail.com', 'body (Geïnformeerd)', 'sec:geinf', 'Moeder heeft de kaart per mail ontvangen op {v}.'),
  ('NAME', 'Driek', 'footnote', 'blk:FOOTNOTE', 'Oom {v} heeft de melding indertijd gedaan.')],
 [('IBAN', None, 'body (Betrokken hulpverlening)', 'sec:hulp', 'Budgetbeheer op rekening {v}.'),
  ('NAME', 'Khalid Azarkan', 'mail body', 'blk:MAIL-BODY', 'Ik heb {v} (stiefvader) nog niet kunnen spreken, volgt.')],
 [('NAME', 'VAN DE LAAR', 'body (Gezinssamenstelling)', 'sec:gezin', 'GEZIN {v}: moeder, stiefvader en twee kinderen.'),
  ('BIRTHDATE', '3 maart 2016', 'comment text', 'comtext', 'L. is geboren op {v}, niet 2015.')],
]

LABELS = {  # key: list of label variants
 'datum': ['Datum inbreng:', 'Datum:', 'DATUM INBRENG', '1. Datum inbreng:'],
 'soort': ['Soort inbreng:', 'Type inbreng:', 'SOORT INBRENG:'],
 'jeugdige': ['Jeugdige (voorletter en geboortejaar):', 'Jeugdige:', 'Jeugdige(n):'],
 'inbrenger': ['Inbrenger:', 'Inbrenger (naam, functie, organisatie):'],
 'vaste': ['Vaste deelnemer:'], 'gemeente': ['Verantwoordelijke gemeente:', 'Gemeente:'],
 'gedrag': ['Gedragsdeskundige geraadpleegd:', 'Gedragswetenschapper geraadpleegd:'],
 'geinf': ['Geïnformeerd en gesproken:', 'Wie is wanneer geïnformeerd:'],
 'instemming': ['Instemming betrokkenen:', 'Instemming:'],
 'vraag': ['Vraag aan het VeiligheidsTeam:', 'Vraag aan het VHT:', 'Hulpvraag aan het VHT:'],
 'gezin': ['Gezinssamenstelling:', 'GEZINSSAMENSTELLING'],
 'zorgen': ['Wat is er nu onveilig:', 'Zorgen:', 'Onveiligheid:'],
 'patroon': ['Patroon:', 'Patroon uit het verleden:'],
 'krachten': ['Krachten en beschermende factoren:', 'Krachten:'],
 'risico': ['Risicofactoren:', 'RISICOFACTOREN:'],
 'stemj': ['Stem van de jeugdige:', 'Wat zegt de jeugdige:'],
 'stemo': ['Stem van ouders en verzorgers:', 'Stem van ouders:'],
 'visie': ['Visie van de inbrenger:', 'Visie inbrenger:'],
 'score': ['Veiligheidsscore:', 'Score:'],
 'hulp': ['Betrokken hulpverlening:'],
 'pg': ['Persoonsgegevens:'],
}
ORDER = ['datum', 'soort', 'jeugdige', 'inbrenger', 'vaste', 'gemeente', 'gedrag', 'geinf', 'instemming', 'vraag',
         'gezin', 'zorgen', 'patroon', 'krachten', 'risico', 'stemj', 'stemo', 'visie', 'score', 'hulp', 'pg']
MON = ['sep', 'okt', 'nov', 'dec']

def make_card(n, dirty):
    g = R.choice(GEM); gem, plaats, toeg = g
    prof, func = R.choice(PROF); org = R.choice(ORGS) or toeg
    month = R.choice([9, 10, 11, 12]); day = R.randint(1, 28)
    datum = R.choice(['%02d-%02d-2026' % (day, month), '2026-%02d-%02d' % (month, day), '%d-%d-2026' % (day, month)])
    ev = lambda: '%d-%d-2026' % (R.randint(1, day if day > 1 else 1), month) if R.random() < .5 else '%d-%d-2026' % (R.randint(1, 28), max(7, month - 1))
    nk = R.choice([1, 1, 2, 2, 3])
    kids = []
    used = set()
    for _ in range(nk):
        i = R.choice([x for x in INITS if x not in used]); used.add(i)
        kids.append((i, R.randint(2008, 2025)))
    kids.sort(key=lambda x: x[1])
    k0 = kids[0][0] + '.'
    oldest_age = 2026 - kids[0][1]
    my = R.randint(1978, 1998)
    S = {}
    S['datum'] = [datum]
    vnr = R.randint(3, 140)
    while elf('2026%04d' % vnr): vnr += 1
    so = R.choice(SOORT)
    S['soort'] = [so + ('' if R.random() < .6 or so == 'Eerste inbreng' else ' (eerder besproken als VHT-2026-%04d)' % vnr)]
    S['jeugdige'] = ['%s. (%d)' % k for k in kids] if R.random() < .5 else [', '.join('%s. (%d)' % k for k in kids)]
    S['inbrenger'] = ['%s, %s, %s' % (prof, func, org)]
    S['vaste'] = ['%s, %s' % (R.choice(VASTE), toeg)]
    S['gemeente'] = [gem]
    if R.random() < .6: S['gedrag'] = ['Ja, %s, op %s' % (R.choice(GEDR), ev())]
    S['geinf'] = ['Moeder: gesproken op %s (huisbezoek in %s).' % (ev(), plaats),
                  'Vader: telefonisch op %s.' % ev()] + (['%s: gesproken op school op %s.' % (k0, ev())] if oldest_age >= 8 else [])
    if R.random() < .8:
        S['instemming'] = ['Ja, ouders stemmen in met bespreking in het VHT.']
    else:
        S['instemming'] = ['Nee. Vader weigert omdat hij de hulpverlening wantrouwt.',
                           'Onderbouwing inbrenger: gezien de ernst van de zorgen breng ik de kaart toch in; ouders zijn hierover geïnformeerd.']
    S['vraag'] = [R.choice(VRAAG)]
    rows = ['rol | voorletter | geboortejaar', 'moeder | - | %d' % my, 'vader | - | %d' % (my - R.randint(0, 8))]
    rows += ['kind | %s. | %d' % k for k in kids]
    S['gezin'] = rows if R.random() < .5 else ['Moeder (%d), vader (%d), %s. Ouders wonen in %s.' % (
        my, my - 3, ' en '.join('%s. (%d)' % k for k in kids), plaats)]
    z = R.sample(ZORG, 2)
    S['zorgen'] = ['- ' + t.format(d1=ev(), k=k0, plaats=plaats) for t in z]
    if R.random() < .5: S['patroon'] = ['Sinds %d meerdere meldingen bij Veilig Thuis; eerder een OTS van 2 jaar.' % R.randint(2016, 2023)]
    S['krachten'] = [t.format(k=k0, plaats=plaats) for t in R.sample(KRACHT, 2)]
    S['risico'] = [R.choice(RISICO)]
    if oldest_age >= 12 or R.random() < .5:
        S['stemj'] = ['%s (%d jaar): %s' % (k0, oldest_age, R.choice(STEMJ))]
    S['stemo'] = [R.choice(STEMO)]
    S['visie'] = [R.choice(VISIE)]
    S['score'] = ['wie | score', 'inbrenger | %d' % R.randint(2, 6), 'moeder | %d' % R.randint(4, 8)]
    if oldest_age >= 12: S['score'].append('%s | %d' % (k0, R.randint(2, 7)))
    S['hulp'] = [R.choice(HULP)]
    S['pg'] = [R.choice(['n.v.t.', '-', 'niet invullen bij inbreng'])]
    pre = []; mid = {}; post = []
    # harmless special blocks
    if R.random() < .5: pre.append(('[FILENAME]', 'VHK_%s_%s_%s.docx' % (gem.replace(' ', '').replace("'", ''), k0.rstrip('.') + str(kids[0][1]), datum)))
    if R.random() < .4: pre.append(('[MAIL-SUBJECT]', 'Inbreng VHT %s - %s' % (gem, S['soort'][0].split(' (')[0])))
    if R.random() < .4: pre.append(('[MAIL-BODY]', 'Goedemorgen, bijgaand de veiligheidskaart van %s ter bespreking. Groet, %s' % (k0, org)))
    if R.random() < .5: pre.append(('[PROPERTY title]', 'Veiligheidskaart %s (%d) - %s' % (k0, kids[0][1], S['soort'][0].split(' (')[0])))
    if R.random() < .3: pre.append(('[PROPERTY company]', org))
    if R.random() < .6: pre.append(('[HEADER]', 'VHK - VERTROUWELIJK - %s' % gem.upper()))
    if R.random() < .4: mid['zorgen'] = [('[COMMENT author=Gedragswetenschapper %s]' % toeg, 'Graag concreter: wat zag school precies?')]
    if R.random() < .3: mid.setdefault('stemj' if 'stemj' in S else 'krachten', []).append(('[ALT]', 'Tekening Drie Huizen: huis van de dromen met een grote tuin.'))
    if R.random() < .4: mid.setdefault('score', []).append(('[TRACKED-DELETION]', 'inbrenger | %d' % R.randint(2, 8)))
    if R.random() < .3: mid.setdefault('risico', []).append(('[FOOTNOTE]', 'Bron: zorgmelding politie basisteam, %s.' % ev()))
    if R.random() < .5: post.append(('[FOOTER]', 'Veilig Thuis 0800-2000 | bij direct gevaar 112'))
    notes = '-'
    if dirty:
        items = []
        for cat, val, place, kind, text in dirty:
            if val is None:
                val = bsn() if cat == 'BSN' else iban(R.choice(['RABO', 'INGB', 'ABNA', 'SNSB']))
                if place.startswith('footnote'): val = ' '.join(val[i:i + 4] for i in range(0, len(val), 4))
            line = text.replace('{v}', val)
            items.append('%s "%s" @ %s' % (cat, val, place))
            if kind.startswith('sec:'):
                S.setdefault(kind[4:], []).append(line)
            elif kind.startswith('cover:'):
                key = kind[6:]
                if key == 'jeugdige': S['jeugdige'] = [line] + ['%s. (%d)' % k for k in kids[1:]]
                else: S[key].insert(0, line)
            elif kind == 'comauthor':
                mid.setdefault('zorgen', []).append(('[COMMENT author=%s]' % val, line))
            elif kind == 'comtext':
                mid.setdefault('krachten', []).append(('[COMMENT author=%s, %s]' % (func, org), line))
            else:
                tag = '[' + kind[4:] + ']'
                blocks = post if tag == '[FOOTER]' else (pre if tag in ('[HEADER]', '[FILENAME]', '[MAIL-SUBJECT]', '[MAIL-BODY]', '[PROPERTY title]', '[PROPERTY company]') else None)
                if blocks is None:
                    mid.setdefault(R.choice(['zorgen', 'krachten', 'visie']), []).append((tag, line))
                else:
                    blocks[:] = [b for b in blocks if b[0] != tag] + [(tag, line)]
        notes = '; '.join(items)
    out = []
    for tag, t in pre: out += [tag, t, '']
    for key in ORDER:
        if key not in S: continue
        out.append(R.choice(LABELS[key]))
        out += S[key]; out.append('')
        for tag, t in mid.get(key, []): out += [tag, t, '']
    for tag, t in post: out += [tag, t, '']
    return '\n'.join(out).rstrip('\n') + '\n', notes

os.makedirs(OUT, exist_ok=True)
rows = []
for n in range(1, 61):
    text, notes = make_card(n, DIRTY[n - 46] if n >= 46 else None)
    with open(os.path.join(OUT, 'card-%02d.txt' % n), 'w', encoding='utf-8', newline='\n') as fh: fh.write(text)
    rows.append('card-%02d.txt\t%s\t%s' % (n, 'DIRTY' if n >= 46 else 'CLEAN', notes))
with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('file\texpect\tnotes\n' + '\n'.join(rows) + '\n')
print('60 cards')
