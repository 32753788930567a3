#!/usr/bin/env python3
"""Generates ../cards/card-01..60.txt and cards.tsv (fixed seed). Run: python3 gen_cards.py"""
import os, random
R = random.Random(6060)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'cards')
GEM = [('Zaanstad', 'Sociaal Wijkteam Zaanstad', ['Poelenburg', 'Peldersveld', 'Kogerveld', 'Rosmolenwijk', 'Koog aan de Zaan', 'Zaandijk', 'Wormerveer', 'Krommenie', 'Assendelft', 'Westzaan']),
       ('Haarlemmermeer', 'Loket Haarlemmermeer', ['Toolenburg', 'Graan voor Visch', 'Overbos', 'Nieuw-Vennep', 'Badhoevedorp', 'Zwanenburg', 'Lisserbroek', 'Abbenes', 'Rijsenhout']),
       ('Wormerland', 'Sociaal Team Wormerland', ['Wormer', 'Jisp', 'Wijdewormer', 'Spijkerboor'])]
PROFS = ['Marieke Tuinman, jeugdconsulent', 'Bram Oosterveld, gezinscoach', 'Nadia Bouzidi, casemanager', 'Olusegun Bakare, casemanager',
         'Femke Schipper, gezinsvoogd', 'Harpreet Kaur, jeugdconsulent', 'Ruud Molenkamp, wijkcoach', 'Tessa Vlaming, gezinsvoogd',
         'Ilker Yavuz, jeugdconsulent', 'Astrid Nijboer, raadsonderzoeker']
VASTE = ['Reza Ahmadi', 'Gerrit-Jan Hoekstra', 'Priscilla Asante', 'Wendela Koopman', 'Jurre Dekker']
GEDRAG = ['Chantal Pinas (orthopedagoog, Levvel)', 'Sevda Koç (GZ-psycholoog, Spirit)', 'Maarten Rijpkema (gedragswetenschapper JBRA)']
ORGS_INB = {'Zaanstad': ['Sociaal Wijkteam Zaanstad', 'Veilig Thuis Zaanstreek-Waterland', 'Jeugdbescherming Regio Amsterdam'],
            'Haarlemmermeer': ['Loket Haarlemmermeer', 'Veilig Thuis Kennemerland', 'Jeugdbescherming Regio Amsterdam'],
            'Wormerland': ['Sociaal Team Wormerland', 'Veilig Thuis Zaanstreek-Waterland']}
SCHOOL = ['het Pascal College', 'het Saenredam College', 'het Herbert Vissers College', 'de Dr. Nassau school', 'het Haarlemmermeer Lyceum',
          'het Hanze College', 'het Montessori Lyceum Herman Jordan', 'het Zaanlands Lyceum', 'het Regio College']
HOSP = ['het Zaans Medisch Centrum', 'het Spaarne Gasthuis Hoofddorp', 'het Spaarne Gasthuis Haarlem', 'Dijklander Purmerend']
CARE = ['Levvel', 'Parlan', 'Spirit', 'GGZ inGeest', 'De Brijder', 'Blijf Groep']
HOUSING = ['Parteon', 'Rochdale', 'Ymere']
FAM = [
 ('Turks gezin in Poelenburg', 'Vader werkt in de haven van Westzaan; oma (1958) woont in bij het gezin.', 'Vader: "Bij ons wordt niet geslagen, dat is vroeger."'),
 ('Koerdisch gezin', 'Moeder spreekt vooral Kurmanci; een tolk was aanwezig.', 'Moeder (via tolk): "Ik wil rust in huis, niet meer schreeuwen."'),
 ('Ghanees gezin', 'Het gezin gaat wekelijks naar een pinkstergemeente in Amsterdam-Zuidoost.', 'Vader: "We will do what is needed, but the children must respect us."'),
 ('Nigeriaans gezin', 'Moeder is in 2023 met de kinderen uit Lagos gekomen.', 'Moeder: "In Nigeria the whole family helps. Here I am alone."'),
 ('Indiaas expatgezin', 'Beide ouders werken in de IT bij Schiphol; geen netwerk in Nederland.', 'Father: "We did not know this is not allowed in the Netherlands."'),
 ('Braziliaans expatgezin', 'Vader werkt als grondsteward op Schiphol, veel nachtdiensten.', 'Mãe: "Eu só quero que os meninos fiquem bem."'),
 ('Surinaams-Hindostaans gezin', 'Nani woont in en kookt voor het hele gezin.', 'Moeder: "Bij ons zeg je niks tegen buiten, dat is sharm (schaamte)."'),
 ('Romagezin', 'Het gezin woont op een woonwagenlocatie; veel familie op dezelfde locatie.', 'Vader: "Wij regelen het in de familie, de school hoeft niet alles te weten."'),
 ('gezin op een caravanpark', 'Het gezin woont sinds de huisuitzetting in een stacaravan op een recreatiepark.', 'Moeder: "Het is hier krap, maar we zijn tenminste samen."'),
 ('Nederlands gezin', 'Opa en oma van moederszijde wonen in Krommenie en helpen veel.', 'Vader: "Ik heb een kort lontje, dat weet ik. Ik wil hulp."'),
]
LETTERS = 'ABDEFHIJKLMNRSTYZ'
def lab(name, i, style):
    if style == 0: return name + ':'
    if style == 1: return '%d. %s:' % (i, name)
    if style == 2: return name.upper()
    return name.lower() + ':'
def card(n, dirty):
    g, team, places = R.choice(GEM)
    pl = R.choice(places)
    fam, netw, stemo = FAM[n % len(FAM)]
    style = R.randrange(4)
    day = R.randint(5, 20); mon = R.choice([10, 11, 12])
    datum = '%02d-%02d-2026' % (day, mon)
    kids = []
    for k in range(R.choice([1, 1, 2, 2, 3])):
        kids.append((R.choice(LETTERS) + '.', R.randint(2009, 2025)))
    kids.sort(key=lambda x: x[1])
    org = R.choice(ORGS_INB[g])
    inb = R.choice(PROFS) + ', ' + org
    vaste = R.choice(VASTE) + ', ' + org
    soort = R.choice(['Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Overdracht'])
    school = R.choice(SCHOOL); hosp = R.choice(HOSP); care = R.choice(CARE); house = R.choice(HOUSING)
    k0 = kids[0]
    S = []  # list of (label, [lines]) or ('[TAG]', text)
    S.append(('Datum inbreng', [datum]))
    S.append(('Type inbreng', [soort + (' (vervolg op VHT-2026-%04d)' % R.randint(10, 300) if soort != 'Eerste inbreng' else '')]))
    S.append(('Jeugdige(n)', ['%s (%d)' % k for k in kids]))
    S.append(('Inbrenger', [inb]))
    S.append(('Vaste deelnemer', [vaste]))
    S.append(('Gemeente', [g]))
    if R.random() < 0.6: S.append(('Gedragsdeskundige geraadpleegd', ['Ja, ' + R.choice(GEDRAG) + ', op %02d-%02d-2026' % (max(1, day - 2), mon)]))
    S.append(('Wie is wanneer geïnformeerd', ['Ouders: gesproken op %02d-%02d-2026 (huisbezoek in %s).' % (max(1, day - 4), mon, pl),
                                             '%s: gesproken op school (%s), in bijzijn van de mentor.' % (k0[0], school)]))
    if R.random() < 0.8: S.append(('Instemming', ['Ja, ouders en %s stemmen in met bespreking in het VHT.' % k0[0]]))
    else: S.append(('Instemming', ['Nee. Vader wil geen bespreking ("alles is opgelost").', 'Onderbouwing inbrenger: de onveiligheid is acuut en vrijwillige hulp loopt vast; bespreking is nodig voor advies over een raadsonderzoek.']))
    S.append(('Vraag aan het VHT', [R.choice(['Is vrijwillige hulp nog voldoende, of is een verzoek tot onderzoek bij de Raad voor de Kinderbescherming nodig?',
                                             'Welke borging is nodig nu het gezin naar %s verhuist?' % R.choice(['Wijdewormer', 'Lisserbroek', 'Abbenes', 'Nauerna', 'Jisp']),
                                             'Advies gevraagd over de inzet van %s naast het wijkteam.' % care])]))
    ages = ', '.join('%s (%d)' % k for k in kids)
    S.append(('Gezinssamenstelling', ['%s: moeder (%d), vader (%d), %s. %s' % (fam.capitalize(), R.randint(1978, 1996), R.randint(1972, 1994), ages, netw)]))
    S.append(('Wat is er nu onveilig', ['- Op %02d-%02d-2026 zorgmelding van Politie Noord-Holland na ruzie in de woning in %s.' % (R.randint(1, 28), mon - 1, pl),
                                       '- %s verzuimt op %s (%d uur ongeoorloofd in periode 1).' % (k0[0], school, R.randint(12, 60)),
                                       '- Huurachterstand bij %s, ontruiming dreigt.' % house]))
    if R.random() < 0.5:
        rows = ['OKR-export %s (leerlingdossier, kolommen DAT | CODE | NOTITIE):' % school]
        for _ in range(R.randint(2, 4)):
            rows.append('%02d-%02d-26 | %s | %s' % (R.randint(1, 28), R.choice([mon - 2, mon - 1]), R.choice(['VZM', 'ABS', 'GSP', 'ZT', 'LPL']),
                        R.choice(['14u ongeoorl.', 'mentor gesprek ll, huilt', 'ouders niet versch.', 'doorverw. SMW', 'melding leerplicht Zaanstad', 'blauwe plek arm, ll zegt gevallen'])))
        S.append(('Patroon', rows))
    if R.random() < 0.4:
        S.append(('[COMMENT author=%s]' % R.choice(['Sociaal Wijkteam Zaanstad', 'Jeugdarts GGD', 'Gedragswetenschapper Levvel']), 'dictaat nog niet nagelezen, interpunctie volgt'))
    if R.random() < 0.5: S.append(('[COMMENT author=Voorzitter VHT]', 'Graag concreter: wie was erbij en wat zag de politie?'))
    S.append(('Krachten', ['Ouders komen afspraken na met %s. %s is welkom bij een vriendin in %s.' % (care, k0[0], R.choice(['Zaandijk', 'Oostzaan', 'Vijfhuizen', 'Cruquius', 'Zwaanshoek', 'Beinsdorp', 'Buitenkaag', 'Weteringbrug']))]))
    S.append(('Risicofactoren', ['Schulden, beperkt netwerk in Nederland, wisselende diensten van vader, eerdere opname van moeder in %s.' % hosp]))
    stem = []
    for k in kids:
        a = int(datum[-4:]) - k[1]
        if a >= 8: stem.append('%s (%d jaar): "%s"' % (k[0], a, R.choice(['Ik wil gewoon dat papa en mama geen ruzie maken.', 'Thuis is het oké, maar soms ga ik liever naar mijn nicht.', 'I don\'t want to go back to the old house.', 'Ik vertel het alleen aan de mentor.'])))
        else: stem.append('%s (%d jaar) geobserveerd tijdens het huisbezoek: speelt rustig, zoekt steun bij moeder.' % (k[0], a))
    S.append(('Stem van de jeugdige', stem))
    so = [stemo]
    if R.random() < 0.5:
        so.append('ingesproken na huisbezoek: ' + R.choice(['moeder zegt dat het sinds de zomer beter gaat maar dat vader nog steeds veel drinkt in het weekend en dat ze dan met de kinderen naar haar zus in %s gaat' % R.choice(['zaandijk', 'krommenie', 'wormer', 'nieuw-vennep']),
            'vader zegt dat hij niet snapt waarom de school zich ermee bemoeit hij slaat niet hij schreeuwt alleen soms moeder knikt maar zegt niks',
            'moeder zegt dat de oudste vaak tot laat buiten is in poelenburg en dat ze niet weet met wie ze wil hulp van het wijkteam maar niet van jeugdbescherming']))
    S.append(('Stem van ouders', so))
    S.append(('Visie inbrenger', ['De basisveiligheid is wisselend. Zonder extra hulp verwacht ik een nieuwe escalatie.']))
    S.append(('Score', ['Inbrenger: %d. Moeder: %d. %s: %d.' % (R.randint(2, 6), R.randint(5, 8), k0[0], R.randint(2, 7))]))
    S.append(('Betrokken hulpverlening', ['%s, %s, jeugdarts GGD Zaanstreek-Waterland, %s (zorgteam).' % (team, care, school)]))
    S.append(('Persoonsgegevens', [R.choice(['-', 'n.v.t.', 'niet invullen bij inbreng'])]))
    pre = []
    if R.random() < 0.5: pre.append(('[FILENAME]', 'VHK_%s_%s%d_%s.docx' % (g, k0[0][0], k0[1], datum[6:] + datum[3:5] + datum[:2])))
    if R.random() < 0.5: pre.append(('[PROPERTY title]', 'Veiligheidskaart %s (%d) - %s' % (k0[0], k0[1], soort)))
    if R.random() < 0.5: pre.append(('[HEADER]', 'VHK - VERTROUWELIJK - ' + g.upper()))
    post = []
    if R.random() < 0.4: post.append(('[FOOTER]', 'Veiligheidskaart %s | versie %d' % (org, R.randint(1, 4))))
    if R.random() < 0.3: post.append(('[FOOTNOTE]', 'Zie ook het verslag van het zorgteam van %s.' % school))
    if R.random() < 0.3: post.append(('[MAIL-SUBJECT]', 'VHK %s (%d) inbreng %s' % (k0[0], k0[1], datum)))
    S = pre + S + post
    notes = '-'
    if dirty:
        S, notes = inject(n, S, k0)
    txt = []
    for i, (l, v) in enumerate(S, 1):
        if l.startswith('['): txt.append(l + '\n' + v + '\n')
        else: txt.append(lab(l, i, style) + '\n' + '\n'.join(v) + '\n')
    return '\n'.join(txt), notes
DIRTY = [  # card 46..60: two items each (category, value, place, how)
 [('NAME', 'emine kılıç', 'body (Zorgen)', 'zorgen:dictaat huisbezoek moeder zegt dat tante emine kılıç de kinderen slaat als moeder nachtdienst heeft ze durft het niet tegen vader te zeggen'), ('PHONE', '06-31842276', 'mail body', 'mailbody:Moeder wil teruggebeld worden op 06-31842276.')],
 [('BIRTHDATE', '19-03-{Y}', 'cover value (Jeugdige)', 'jeugdige:-'), ('NAME', 'kwabena', 'comment text', 'comment:vader kwabena belde net, hij komt niet')],
 [('ADDRESS', 'Zilverschoonweg 31', 'body (Gezinssamenstelling)', 'gezin:Het gezin woont op de Zilverschoonweg 31 in Zaandam.'), ('NAME', 'Obi', 'table row (Score)', 'score:| Obi (vader) | 7 |')],
 [('EMAIL', 'priya.venkat@gmail.com', 'mail body', 'mailbody:Cc moeder: priya.venkat@gmail.com'), ('ID_NUMBER', 'SG-HFD-2026-55871', 'footer', 'footer:patiëntnummer Spaarne Gasthuis SG-HFD-2026-55871')],
 [('NAME', 'SANTOS', 'header', 'header:VHK GEZIN SANTOS - VERTROUWELIJK'), ('IBAN', None, 'body (Risicofactoren)', 'risico:Beslag op rekening ')],
 [('BSN', None, 'tracked deletion', 'deletion:BSN jeugdige '), ('NAME', 'Radjesh', 'body (Stem van ouders)', 'stemo:Vader Radjesh: "Ham log sab thik kar denge."')],
 [('POSTCODE', '1507 WT', 'footer', 'footer:Retour: 1507 WT Zaandam'), ('NAME', 'Florica', 'alt text', 'alt:Foto van Florica met de baby voor de wagen')],
 [('URL', 'https://www.tiktok.com/@rikkie.caravan', 'body (Zorgen)', 'zorgen:- Filmpjes van de ruzies staan op https://www.tiktok.com/@rikkie.caravan'), ('NAME', 'Hans Duinmeijer', 'comment author', 'commentauthor:Hans Duinmeijer')],
 [('NAME', 'Anouk Vermaat', 'property (company)', 'company:Anouk Vermaat'), ('BIRTHDATE', '8 juni {Y}', 'body (Stem van de jeugdige)', 'stem:{I} vertelt dat ze op 8 juni {Y} geboren is in Istanbul.')],
 [('PHONE', '+31 6 2019 4455', 'cover value (Wie is wanneer geïnformeerd)', 'geinf:Vader gebeld op +31 6 2019 4455.'), ('NAME', 'kübra', 'file name', 'filename:VHK_Zaanstad_kübra_def.docx')],
 [('NAME', 'Onyeka', 'mail subject', 'subject:VHK Onyeka - inbreng'), ('ID_NUMBER', 'JBRA-2026-90412', 'body (Betrokken hulpverlening)', 'hulp:Jeugdbescherming Regio Amsterdam, dossier JBRA-2026-90412.')],
 [('NAME', 'Gonçalves', 'footnote', 'footnote:Informatie afkomstig van buurvrouw Gonçalves.'), ('ADDRESS', 'Venneperweg 455', 'table row (Gezinssamenstelling)', 'gezin:| woonadres | Venneperweg 455 |')],
 [('NAME', 'Dirk Jan Vlieger', 'tracked deletion', 'deletion:opa Dirk Jan Vlieger'), ('EMAIL', 'vlieger.wormer@kpnmail.nl', 'body (Krachten)', 'krachten:Opa is bereikbaar via vlieger.wormer@kpnmail.nl en helpt mee.')],
 [('NAME', 'Meryem Aslan', 'body (Persoonsgegevens)', 'pg:Naam jeugdige: Meryem Aslan'), ('POSTCODE', '1544HL', 'body (Persoonsgegevens)', 'pg:Adres: 1544HL Zaandijk')],
 [('NAME', 'Suresh', 'property (title)', 'title:Veiligheidskaart Suresh - eerste inbreng'), ('BSN', None, 'body (Visie inbrenger)', 'visie:Aanvraag bij het Loket staat op BSN ')],
]
SECKEY = {'zorgen': 'Wat is er nu onveilig', 'jeugdige': 'Jeugdige(n)', 'gezin': 'Gezinssamenstelling', 'score': 'Score', 'risico': 'Risicofactoren',
          'stemo': 'Stem van ouders', 'stem': 'Stem van de jeugdige', 'geinf': 'Wie is wanneer geïnformeerd', 'hulp': 'Betrokken hulpverlening',
          'krachten': 'Krachten', 'pg': 'Persoonsgegevens', 'visie': 'Visie inbrenger'}
def bsn9():
    while True:
        d = str(R.randint(1, 9)) + ''.join(str(R.randint(0, 9)) for _ in range(8))
        if sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) % 11 == int(d[8]): return d
def ibannl():
    while True:
        acc = ''.join(str(R.randint(0, 9)) for _ in range(10))
        if acc[0] != '0' and sum((10 - i) * int(c) for i, c in enumerate(acc)) % 11 == 0: break
    bban = 'INGB' + acc
    num = ''.join(str(int(c, 36)) for c in bban + 'NL00')
    s = 'NL%02d%s' % (98 - int(num) % 97, bban)
    return ' '.join(s[i:i+4] for i in range(0, len(s), 4))
def inject(n, S, k0):
    items = DIRTY[n - 46]; notes = []
    S = list(S)
    for cat, val, place, how in items:
        kind, text = how.split(':', 1)
        if val: val = val.replace('{Y}', str(k0[1]))
        text = text.replace('{Y}', str(k0[1])).replace('{I}', k0[0])
        if val is None:
            val = bsn9() if cat == 'BSN' else ibannl()
            text = text + val + ('.' if cat == 'BSN' else ' van moeder.')
        if kind in SECKEY:
            key = SECKEY[kind]
            for j, (l, v) in enumerate(S):
                if l == key:
                    if kind == 'jeugdige': v = [v[0].split(' ')[0] + ' (' + val + ')'] + v[1:]; text = v[0]
                    elif kind == 'pg': v = [x for x in v if x not in ('-', 'n.v.t.', 'niet invullen bij inbreng')] + [text]
                    else: v = v + [text]
                    S[j] = (l, v)
        else:
            tag = {'mailbody': '[MAIL-BODY]', 'comment': '[COMMENT author=Mentor %s]' % 'school', 'header': '[HEADER]', 'footer': '[FOOTER]',
                   'deletion': '[TRACKED-DELETION]', 'alt': '[ALT]', 'company': '[PROPERTY company]', 'filename': '[FILENAME]',
                   'subject': '[MAIL-SUBJECT]', 'footnote': '[FOOTNOTE]', 'title': '[PROPERTY title]'}.get(kind)
            S = [x for x in S if x[0] != tag]
            if kind == 'commentauthor': S.insert(len(S) // 2, ('[COMMENT author=%s]' % text, 'Dit klopt niet, wij hebben juist veel gedaan.'))
            elif kind in ('header', 'filename', 'title', 'company'): S.insert(0, (tag, text))
            else: S.append((tag, text))
        notes.append('%s "%s" @ %s' % (cat, val, place))
    return S, '; '.join(notes)
os.makedirs(OUT, exist_ok=True)
rows = ['file\texpect\tnotes']
for n in range(1, 61):
    t, notes = card(n, n >= 46)
    with open(os.path.join(OUT, 'card-%02d.txt' % n), 'w', encoding='utf-8', newline='\n') as fh: fh.write(t)
    rows.append('card-%02d.txt\t%s\t%s' % (n, 'DIRTY' if n >= 46 else 'CLEAN', notes))
with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh: fh.write('\n'.join(rows) + '\n')
print('60 cards')
