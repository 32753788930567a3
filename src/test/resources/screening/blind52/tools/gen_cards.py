#!/usr/bin/env python3
"""Generate ../cards/card-01.txt .. card-60.txt and cards.tsv for blind set 52 (fixed seed, reproducible)."""
import os, random

R = random.Random(520052)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'cards')

PROS = [  # (name, function, organisation) -- invented professionals, used only in cover fields
    ('Marjan Wolthuis', 'gezinscoach', 'Sociaal Team Emmen'), ('Hidde Venema', 'medewerker onderzoek', 'Veilig Thuis Drenthe'),
    ('Ilona Brouwer-Kiers', 'gezinsvoogd', 'Jeugdbescherming Noord'), ('Rachid Azzouzi', 'jeugdconsulent', 'gemeente Assen'),
    ('Petra Zuidhof', 'consulent jeugd', 'gemeente Hoogeveen'), ('Femke de Roos', 'casemanager', 'gemeente Coevorden'),
    ('Wouter Lamberts', 'jeugdconsulent', 'gemeente Borger-Odoorn'), ('Nathalie Siahaya', 'gezinswerker', 'gemeente Midden-Drenthe'),
    ('Gerrit Timmer', 'casemanager', 'Veilig Thuis Drenthe'), ('Kübra Aslan', 'jeugdconsulent', 'gemeente Stadskanaal'),
    ('Rianne Kooi', 'gezinscoach', 'gemeente Veendam'), ('Sipke Hornstra', 'gezinsvoogd', 'Jeugdbescherming Noord'),
    ('Yara Haddad', 'jeugdprofessional', 'gemeente Meppel'), ('Marco Bijlsma', 'consulent', 'gemeente Westerwolde'),
]
VASTE = [('Elske Boonstra', 'Sociaal Team Emmen'), ('Jorrit Scholte', 'Veilig Thuis Drenthe'), ('Anja Medema', 'Jeugdbescherming Noord'),
         ('Tjeerd Ploeg', 'gemeente Assen'), ('Leonie Haverkamp', 'gemeente Hoogeveen'), ('Dennis Ubels', 'gemeente Coevorden')]
GEDRAG = [('Saskia Lanjouw-Meijer', 'orthopedagoog-generalist'), ('Arjen Dost', 'GZ-psycholoog'), ('Mirjam Faber', 'gedragswetenschapper')]
GEM = {'Sociaal Team Emmen': 'Emmen', 'gemeente Assen': 'Assen', 'gemeente Hoogeveen': 'Hoogeveen', 'gemeente Coevorden': 'Coevorden',
       'gemeente Borger-Odoorn': 'Borger-Odoorn', 'gemeente Midden-Drenthe': 'Midden-Drenthe', 'gemeente Stadskanaal': 'Stadskanaal',
       'gemeente Veendam': 'Veendam', 'gemeente Meppel': 'Meppel', 'gemeente Westerwolde': 'Westerwolde'}
PLACES = {'Emmen': ['Angelslo', 'Emmerhout', 'Bargeres', 'Emmermeer', 'Klazienaveen', 'Schoonebeek', 'Erica', 'Weiteveen'],
          'Assen': ['Pittelo', 'Kloosterveen', 'Lariks', 'Peelo'], 'Hoogeveen': ['Krakeel', 'Hollandscheveld', 'Elim'],
          'Coevorden': ['Sleen', 'Dalen', 'Zweeloo', 'Aalden'], 'Borger-Odoorn': ['Borger', 'Exloo', 'Odoorn', 'Valthe', 'Nieuw-Buinen'],
          'Midden-Drenthe': ['Beilen', 'Westerbork', 'Smilde'], 'Stadskanaal': ['Musselkanaal', 'Onstwedde'], 'Veendam': ['Wildervank'],
          'Meppel': ['Nijeveen', 'Havelte'], 'Westerwolde': ['Ter Apel', 'Vlagtwedde', 'Sellingen']}
INITIALS = list('ABDEFGHIJKLMNRSTYZ')
FAMTYPE = ['boer', 'azc', 'sinti', 'grens', 'moluks', 'vnn']
ZORGEN = {
 'boer': ['Vader drinkt na het melken en wordt dan dreigend tegen moeder; de kinderen horen dat.',
          'Op {d1} heeft vader de deur van de deel ingetrapt, volgens school was {y} de volgende dag stil en angstig.',
          'Opa (van vaderskant) zegt alleen \'wat mot ie d\'r van zeggen\' en komt niet tussenbeide.'],
 'azc': ['Het gezin verblijft in het azc; moeder is somber en komt haar bed niet uit.',
         'Op {d1} was er een vechtpartij in de gezamenlijke keuken; {y} stond ernaast.',
         'Vader slaat volgens de COA-medewerker de oudste met een riem. Tolk Arabisch was bij het gesprek.'],
 'sinti': ['Kinderen gaan onregelmatig naar school; leerplicht heeft een proces-verbaal overwogen.',
           'Op {d1} heeft de politie na een ruzie op de standplaats een zorgmelding gemaakt.',
           'De oudste dochter zou worden uitgehuwelijkt; de familie ontkent dit.'],
 'grens': ['Vader woont in Duitsland (Emlichheim) en houdt zich niet aan de omgangsregeling.',
           'Op {d1} heeft vader {y} niet teruggebracht; politie Noord-Nederland en de Duitse politie hebben overlegd.',
           'Moeder is bang dat vader met de kinderen verdwijnt naar familie bij Meppen.'],
 'moluks': ['Spanningen in de familie rond de scheiding; moeder voelt zich buitengesloten door de gemeenschap.',
            'Op {d1} is vader na een ruzie met een mes het huis uitgegaan; {y} belde 112.',
            'Oom (aan vaderskant) oefent druk uit op moeder om de melding in te trekken.'],
 'vnn': ['Moeder gebruikt (vlgs. VNN) dagelijks cannabis en af en toe speed; zorg voor de baby wisselend.',
         'Op {d1} werd moeder onder invloed aangetroffen met {y} op de arm.',
         'mw. heeft methadon 60 mg, i.o.m. VNN wordt dit afgebouwd; terugval ivm stress.'],
}
KRACHTEN = ['Moeder zoekt zelf hulp en houdt afspraken met het Sociaal Team aan.', 'Oma (in {p}) is een veilige plek voor de kinderen.',
            'School (OBS De Dobbestee) is een stabiele factor en heeft goed contact met moeder.', 'Vader erkent het probleem en staat op de wachtlijst bij VNN.',
            'De kinderen zitten op voetbal bij VV Sleen en hebben vrienden in het dorp.', 'Vluchtelingenwerk Noord-Nederland begeleidt moeder en zij volgt taalles.',
            'Het netwerk vanuit de Molukse kerk in Hoogeveen wil meedenken.', 'Buurvrouw uit {p} vangt de kinderen op als het escaleert.']
RISICO = ['Alcoholgebruik vader, financiële zorgen (huurachterstand bij Lefier).', 'Onzekere verblijfsstatus, trauma, weinig netwerk in Nederland.',
          'Verslaving moeder, wisselende partners, geen vaste dagstructuur.', 'Conflictscheiding over de grens, geen afspraken over omgang.',
          'Geïsoleerd wonen buiten het dorp, gesloten familiecultuur.', 'Schulden, beperkte vaardigheden, eerdere meldingen bij Veilig Thuis Drenthe.']
STEMO = ['Moeder: "Ik wil gewoon rust voor de kinderen."', 'Vader: \'Ik heb hum nooit wat gedaan, dat zeggen ze maar.\'',
         'Vader via tolk: "In ons land doen we het zo, maar ik wil leren."', 'Moeder: "Ik stop ermee, echt, maar niet van de ene op de andere dag."',
         'Opa (Drents): \'Wat mot ie mit al die hulp, wij redden ons wel.\'', 'Moeder: "Ik ben bang dat de familie me verstoot."']
VRAAG = ['Is vrijwillige hulp nog voldoende of adviseert het VHT een raadsonderzoek?', 'Advies over de veiligheid van de baby bij moeder thuis.',
         'Welke vervolgstap adviseert het VHT nu vader de omgang niet nakomt?', 'Moet de Raad voor de Kinderbescherming worden ingeschakeld?',
         'Advies over de overdracht van Veilig Thuis Drenthe naar het Sociaal Team.']
HULP = ['Sociaal Team Emmen, GGZ Drenthe, JGZ Drenthe', 'VNN, Veilig Thuis Drenthe, huisarts', 'COA, Vluchtelingenwerk Noord-Nederland, Nidos',
        'Jeugdbescherming Noord, Accare, Esdal College', 'Lentis, Cosis, Domesta', 'Treant (Scheper Ziekenhuis), kraamzorg, JGZ']
SPECIAL_CLEAN = [('[HEADER]', 'VEILIGHEIDSKAART - VERTROUWELIJK - {G}'), ('[FOOTER]', 'Versie {d0} - alleen voor VHT Drenthe'),
                 ('[COMMENT author=Gedragswetenschapper Jeugdbescherming Noord]', 'Graag concreter maken: wat zag school en wanneer?'),
                 ('[ALT]', 'Drie huizen-tekening van {y}: het huis van de zorgen is zwart.'), ('[PROPERTY title]', 'VHK {y} - {S}'),
                 ('[PROPERTY company]', 'Sociaal Team Emmen'), ('[TRACKED-DELETION]', 'Inbrenger: 5.'),
                 ('[FOOTNOTE]', 'Bron: zorgmelding Politie Noord-Nederland, basisteam Zuidoost-Drenthe.'),
                 ('[MAIL-SUBJECT]', 'Aanmelding VHT {S}, {G}'), ('[MAIL-BODY]', 'Hierbij de kaart voor het VHT, graag inplannen. Met vriendelijke groet, {org}.'),
                 ('[FILENAME]', 'VHK_{G}_{yf}_{d0f}.docx')]

DIRTY = [  # (cat, value, place)
 ('NAME', 'Roelie Hadderingh', 'body (Onveiligheid)'), ('PHONE', '06-27391548', 'footer'),
 ('BSN', '214508675', 'table row (Gezinssamenstelling)'), ('NAME', 'Wubbo', 'comment text'),
 ('NAME', 'Ketelaar', 'comment author'), ('POSTCODE', '7824 JR', 'header'),
 ('EMAIL', 'senait.tekle83@gmail.com', 'mail body'), ('NAME', 'Tekle', 'file name'),
 ('BIRTHDATE', '12-02-2013', 'cover value (Jeugdige)'), ('ADDRESS', 'Hoofdweg 211', 'body (Stem van ouders)'),
 ('NAME', 'ZARGHUNA', 'mail subject'), ('ID_NUMBER', '3318720045', 'footnote', 'V-nr '),
 ('IBAN', 'NL22RABO0318471126', 'body (Risicofactoren)'), ('NAME', 'Rosalinde Franz', 'property (title)'),
 ('NAME', 'lolo', 'alt text', 'oom '), ('URL', 'facebook.com/lolo.franz.22', 'tracked deletion'),
 ('NAME', 'Brüggemann', 'property (company)'), ('PHONE', '+49 171 4409812', 'body (Krachten)'),
 ('NAME', 'Semuel Latumahina', 'body (Krachten)'), ('BIRTHDATE', '9 maart 2011', 'footnote', 'oudste geb. '),
 ('NAME', 'Tehupeiory-Lesnussa', 'table row (Gezinssamenstelling)'), ('POSTCODE', '9405 KN', 'body (Onveiligheid)'),
 ('NAME', 'Gerrit-Jan Seinen', 'tracked deletion'), ('ID_NUMBER', '7340128', 'body (Onveiligheid)', 'cliëntnr. VNN '),
 ('NAME', 'Zainab', 'cover value (Wie is wanneer geïnformeerd)'), ('EMAIL', 'mw.bajaber@hotmail.com', 'header'),
 ('NAME', 'Tamuna Kvaratskhelia', 'mail body'), ('ADDRESS', 'Statenweg 87b', 'footer'),
 ('NAME', 'Eshuis', 'body (Stem van de jeugdige)', 'de buurvrouw, mw. '), ('BSN', '163.842.954', 'mail subject'),
]

def vhtnr():
    while True:
        n = R.randint(10, 199); d = '02026%04d' % n
        if (sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])) % 11: return n

def dstr(day, month):
    return '%02d-%02d-2026' % (day, month)

def rday():
    return R.choice([d for d in range(1, 29) if d != 6])

def card(i, dirty_items):
    pro = R.choice(PROS); vaste = next((v for v in VASTE if v[1] == pro[2]), R.choice(VASTE)); gem = GEM.get(pro[2], R.choice(list(GEM.values())))
    ft = FAMTYPE[i % len(FAMTYPE)]
    month = R.choice([10, 11, 12]); day = rday()
    d0 = dstr(day, month); d1 = dstr(rday(), month - 1)
    soort = R.choice(['Eerste inbreng', 'Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Overdracht'])
    n = R.choice([1, 1, 2, 3]); ys = sorted(R.sample(range(2009, 2026), n))
    ins = R.sample(INITIALS, n); youth = ['%s. (%d)' % (a, b) for a, b in zip(ins, ys)]
    y0 = youth[0].split(' ')[0]; p = R.choice(PLACES.get(gem, ['Emmen']))
    style = R.choice(['plain', 'num', 'caps', 'lower'])
    secs = []
    def add(label, lines): secs.append([label, list(lines)])
    add('Datum inbreng', [d0 if R.random() < .7 else '%d-%d-2026' % (day, month)])
    add(R.choice(['Soort inbreng', 'Type inbreng']), [soort + (' (VHT-2026-%04d)' % vhtnr() if soort != 'Eerste inbreng' else '')])
    add(R.choice(['Jeugdige', 'Jeugdige(n)', 'Jeugdige (voorletter en geboortejaar)']), youth)
    add('Inbrenger', ['%s, %s, %s' % pro])
    add('Vaste deelnemer', ['%s, %s' % vaste])
    add(R.choice(['Gemeente', 'Verantwoordelijke gemeente']), [gem])
    if R.random() < .5:
        g = R.choice(GEDRAG); add('Gedragsdeskundige geraadpleegd', ['Ja, %s (%s), op %s' % (g[0], g[1], dstr(rday(), month - 1))])
    add(R.choice(['Wie is wanneer geïnformeerd', 'Geïnformeerd en gesproken']),
        ['Moeder: gesproken op %s (huisbezoek in %s).' % (dstr(rday(), month - 1), p),
         '%s: gesproken op school, in bijzijn van de mentor.' % y0 if 2026 - ys[0] >= 8 else 'Vader: telefonisch gesproken.',
         'Veilig Thuis Drenthe is op de hoogte.'])
    if R.random() < .75:
        add(R.choice(['Instemming', 'Instemming betrokkenen']), ['Ja, ouders stemmen in met bespreking in het VHT.'])
    else:
        add('Instemming', ['Nee. Vader wil geen bespreking ("ik hoef hum niet").',
                           'Rechtvaardiging inbrenger: de veiligheid van %s is in het geding, daarom toch ingebracht.' % y0])
    add(R.choice(['Vraag aan het VHT', 'Hulpvraag aan het VHT', 'Vraag aan het VeiligheidsTeam']), [R.choice(VRAAG)])
    gz = ['| moeder | (%d) | woont in %s |' % (R.randint(1975, 2000), p), '| vader | (%d) | %s |' % (R.randint(1970, 1998), R.choice(['woont in Emlichheim', 'verblijft in het azc', 'woont in ' + p, 'onbekend']))]
    gz += ['| jeugdige | %s | %d jaar |' % (y, 2026 - b) for y, b in zip(youth, ys)]
    add('Gezinssamenstelling', gz)
    add(R.choice(['Wat is er nu onveilig', 'Zorgen', 'Onveiligheid']), ['- ' + z.format(d1=d1, y=y0) for z in ZORGEN[ft]])
    if R.random() < .4: add('Patroon', ['Sinds 2023 twee eerdere meldingen bij Veilig Thuis Drenthe.'])
    add(R.choice(['Krachten', 'Krachten en beschermende factoren']), [k.format(p=p) for k in R.sample(KRACHTEN, 2)])
    add('Risicofactoren', [R.choice(RISICO)])
    if max(2026 - b for b in ys) >= 12 or R.random() < .5:
        old = [(y, 2026 - b) for y, b in zip(youth, ys)]
        add(R.choice(['Stem van de jeugdige', 'Wat zegt de jeugdige']),
            ['%s (%d jaar): "%s"' % (y.split(' ')[0], a, R.choice(['Ik wil dat het stopt.', 'Thuis is het soms eng.', 'Ik wil bij oma wonen.', 'Het gaat wel.']))
             if a >= 4 else '%s is %d jaar; geobserveerd tijdens het huisbezoek.' % (y.split(' ')[0], a) for y, a in old])
    add(R.choice(['Stem van ouders', 'Stem van ouders en verzorgers']), R.sample(STEMO, 2))
    add(R.choice(['Visie inbrenger', 'Visie van de inbrenger']), ['De veiligheid is onvoldoende geborgd; vrijwillige hulp komt niet op gang.'])
    add(R.choice(['Score', 'Veiligheidsscore']), ['Inbrenger: %d. Moeder: %d.' % (R.randint(2, 6), R.randint(4, 8))])
    add('Betrokken hulpverlening', [R.choice(HULP)])
    add('Persoonsgegevens', [R.choice(['n.v.t.', '-', 'niet invullen bij inbreng'])])

    fmt = dict(G=gem, d0=d0, y=y0, S=soort, org=pro[2], yf=y0.rstrip('.') + str(ys[0]), d0f='2026%02d%02d' % (month, day))
    pre = [];
    post = []
    for tag, txt in R.sample(SPECIAL_CLEAN, R.randint(1, 3)):
        (pre if tag in ('[HEADER]', '[PROPERTY title]', '[PROPERTY company]', '[FILENAME]', '[MAIL-SUBJECT]', '[MAIL-BODY]') else post).append([tag, txt.format(**fmt)])
    notes = []
    for item in dirty_items:
        cat, val, place = item[:3]
        notes.append('%s "%s" @ %s' % (cat, val, place))
        val = (item[3] if len(item) > 3 else '') + val
        if place.startswith('body') or place.startswith('cover value'):
            lab = place[place.index('(') + 1:-1]
            sec = next(s for s in secs if s[0].lower() in (lab.lower(), ) or (lab == 'Onveiligheid' and s[0] in ('Wat is er nu onveilig', 'Zorgen', 'Onveiligheid'))
                       or (lab == 'Krachten' and s[0].startswith('Krachten')) or (lab == 'Stem van ouders' and s[0].startswith('Stem van ouders'))
                       or (lab == 'Jeugdige' and s[0].startswith('Jeugdige')) or (lab == 'Stem van de jeugdige' and s[0] in ('Stem van de jeugdige', 'Wat zegt de jeugdige'))
                       or (lab == 'Wie is wanneer geïnformeerd' and s[0] in ('Wie is wanneer geïnformeerd', 'Geïnformeerd en gesproken')))
            txt = {'NAME': 'Ook besproken met %s (netwerk).' % val, 'ADDRESS': 'Zij woont nu op %s.' % val, 'PHONE': 'vader bereikbaar op %s' % val,
                   'IBAN': 'huur wordt betaald van %s' % val, 'POSTCODE': 'nieuwe woning in %s' % val, 'ID_NUMBER': 'moeder bekend onder %s' % val,
                   'BIRTHDATE': 'broertje B. (%s)' % val}[cat]
            sec[1].append(txt)
        elif place.startswith('table row'):
            next(s for s in secs if s[0] == 'Gezinssamenstelling')[1].append('| %s | %s | netwerk |' % ('BSN' if cat == 'BSN' else 'oma', val))
        elif place == 'comment author':
            post.append(['[COMMENT author=%s]' % val, 'Klopt dit wel? Graag nagaan bij school.'])
        else:
            tag = {'header': '[HEADER]', 'footer': '[FOOTER]', 'comment text': '[COMMENT author=Sociaal Team Emmen]', 'alt text': '[ALT]',
                   'property (title)': '[PROPERTY title]', 'property (company)': '[PROPERTY company]', 'tracked deletion': '[TRACKED-DELETION]',
                   'footnote': '[FOOTNOTE]', 'mail subject': '[MAIL-SUBJECT]', 'mail body': '[MAIL-BODY]', 'file name': '[FILENAME]'}[place]
            txt = {'header': 'VHK GEZIN - %s', 'footer': 'contact gezin: %s', 'comment text': 'Is dit dezelfde %s als in de vorige melding?',
                   'alt text': 'Foto van de tekening, %s staat er ook op', 'property (title)': 'Veiligheidskaart %s', 'property (company)': '%s',
                   'tracked deletion': 'zie ook %s', 'footnote': 'Gegevens: %s (uit het COA-dossier).', 'mail subject': 'VHK inbreng %s',
                   'mail body': 'Hierbij de kaart. Moeder wil een kopie via %s.', 'file name': 'VHK_%s_20261130.docx'}[place] % val
            (pre if tag in ('[HEADER]', '[PROPERTY title]', '[PROPERTY company]', '[FILENAME]', '[MAIL-SUBJECT]', '[MAIL-BODY]') else post).append([tag, txt])
    out = []
    for tag, txt in pre: out += [tag, txt, '']
    for k, (label, lines) in enumerate(secs, 1):
        lab = {'plain': label, 'num': '%d. %s' % (k, label), 'caps': label.upper(), 'lower': label.lower()}[style] + ':'
        out += [lab] + lines + ['']
        if post and R.random() < .3:
            tag, txt = post.pop(0); out += [tag, txt, '']
    for tag, txt in post: out += [tag, txt, '']
    return '\n'.join(out).rstrip('\n') + '\n', '; '.join(notes) if notes else '-'

os.makedirs(OUT, exist_ok=True)
rows = ['file\texpect\tnotes']
for i in range(1, 61):
    items = DIRTY[(i - 46) * 2:(i - 46) * 2 + 2] if i >= 46 else []
    text, notes = card(i, items)
    with open(os.path.join(OUT, 'card-%02d.txt' % i), 'w', encoding='utf-8', newline='\n') as fh: fh.write(text)
    rows.append('card-%02d.txt\t%s\t%s' % (i, 'DIRTY' if items else 'CLEAN', notes))
with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh: fh.write('\n'.join(rows) + '\n')
