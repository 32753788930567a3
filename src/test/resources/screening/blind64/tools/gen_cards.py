#!/usr/bin/env python3
"""Generate ../cards/card-01..60.txt and cards.tsv (fixed seed 6464; byte-for-byte reproducible)."""
import os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from scenarios import S
from numbers_gen import Gen

rnd = random.Random(6464)
gen = Gen(6402)
OUT = os.path.join(HERE, '..', 'cards')

ORG = {
 'Nieuwegein': ['Lokaal Team Nieuwegein'], 'Houten': ['Buurtteam Houten'], 'IJsselstein': ['Lokaal Team IJsselstein'],
 'Woerden': ['Samen Veilig Midden-Nederland', 'Sociaal Team Woerden'], 'Krimpenerwaard': ['Sociaal Team Krimpenerwaard'],
 'Montfoort': ['Youké Pleegzorg', 'Samen Veilig Midden-Nederland'], 'Vijfheerenlanden': ['Lokaal Team Vijfheerenlanden', 'Veilig Thuis Utrecht'],
 'Lopik': ['Lokaal Team Lopik'], 'Schoonhoven': ['Sociaal Team Krimpenerwaard'], 'Oudewater': ['Lokaal Team Oudewater'],
}
GEMEENTE = {'Schoonhoven': 'Krimpenerwaard'}
PROS = ['Wendy Kerkhof', 'Hasan Öncel', 'Marjolein Kuiper', 'Nadia Bouchtaoui', 'Corine Oskam', 'Ruud Terlouw',
        'Annemiek Roodenburg', 'Thijs Brouwer', 'Iris Rozendaal-Pek', 'Lhoussaine Amajjoud', 'Gülsen Arıkan',
        'Pieter-Bas Hoogerwerf', 'Esther Nijenhuis', 'Sandra Kromowidjojo', 'Mariska van Eijsden', 'Kwasi Amponsah',
        'Joyce Tjon-A-Fat', 'Bram de Kloet', 'Samira Lamrini', 'Marieke van Hemert', 'Dewi Soerodimedjo', 'Tessa Lagendijk']
FUNC = ['jeugdconsulent', 'gezinscoach', 'casusregisseur', 'gezinsvoogd', 'jeugdreclasseerder', 'buurtteammedewerker',
        'medewerker Veilig Thuis', 'pleegzorgbegeleider', 'jeugd- en gezinswerker']
GW = ['orthopedagoog', 'GZ-psycholoog', 'gedragswetenschapper']
LABELS = {  # canonical / synonyms, chosen per card
 'datum': ['Datum', 'Datum inbreng'], 'soort': ['Soort inbreng', 'Type inbreng'],
 'jeugdige': ['Jeugdige (voorletter en geboortejaar)', 'Jeugdige', 'Jeugdige(n)'],
 'inbrenger': ['Inbrenger', 'Inbrenger (naam, functie, organisatie)'], 'vaste': ['Vaste deelnemer'],
 'gemeente': ['Verantwoordelijke gemeente', 'Gemeente'], 'gw': ['Gedragsdeskundige geraadpleegd', 'Gedragswetenschapper geraadpleegd'],
 'geinf': ['Geïnformeerd en gesproken', 'Wie is wanneer geïnformeerd'], 'instemming': ['Instemming betrokkenen', 'Instemming'],
 'vraag': ['Vraag aan het VeiligheidsTeam', 'Vraag aan het VHT', 'Hulpvraag aan het VHT'], 'experts': ['Uit te nodigen experts', 'Experts'],
 'gezin': ['Gezinssamenstelling'], 'zorgen': ['Wat is er nu onveilig', 'Zorgen', 'Onveiligheid'], 'patroon': ['Patroon', 'Patroon uit het verleden'],
 'krachten': ['Krachten en beschermende factoren', 'Krachten'], 'risico': ['Risicofactoren'],
 'stemj': ['Stem van de jeugdige', 'Wat zegt de jeugdige'], 'stemo': ['Stem van ouders en verzorgers', 'Stem van ouders'],
 'visie': ['Visie van de inbrenger', 'Visie inbrenger'], 'score': ['Veiligheidsscore', 'Score'],
 'betrokken': ['Betrokken hulpverlening'], 'borging': ['Borgingsafspraken'], 'pg': ['Persoonsgegevens'],
}
ORDER = ['datum', 'soort', 'jeugdige', 'inbrenger', 'vaste', 'gemeente', 'gw', 'geinf', 'instemming', 'vraag', 'experts',
         'gezin', 'zorgen', 'patroon', 'krachten', 'risico', 'stemj', 'stemo', 'visie', 'score', 'betrokken', 'borging', 'pg']
DAYS = [2, 3, 4, 5, 9, 10, 11, 12, 13, 16, 17, 18, 19, 20, 23, 24, 25, 26, 27, 30]
MONTHS_NL = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']

def fmt_date(d, m, style):
    if style == 0: return '%02d-%02d-2026' % (d, m)
    if style == 1: return '%d-%d-2026' % (d, m)
    if style == 2: return '2026-%02d-%02d' % (m, d)
    if style == 3: return '%d %s 2026' % (d, MONTHS_NL[m - 1])
    return '%02d/%02d/2026' % (d, m)

def phone_note(sc, d, m):
    t = rnd.choice(['09', '10', '13', '14', '15'])
    return ['Gespreksverslag telefonisch %s' % fmt_date(d, m, 0),
            '%s:02 Inbr.: uitleg over de bespreking in het VHT en de kaart zonder namen.' % t,
            '%s:04 %s: "Wie krijgen dat allemaal te lezen?"' % (t, sc.get('ouder', 'Moeder')),
            '%s:05 Inbr.: alleen de deelnemers van het VHT, zonder namen of adres.' % t,
            '%s:09 %s: "Goed. Maar ik wil de kaart eerst zien."' % (t, sc.get('ouder', 'Moeder')),
            '%s:11 Afspraak: kaart wordt binnen 5 werkdagen besproken met ouders. Einde gesprek %s:13.' % (t, t)]

def school_mail(sc):
    school = rnd.choice(['Cals College', 'Anna van Rijn College', 'Oosterlicht College', 'Kalsbeek College', 'Minkema College', 'Johan de Witt'])
    return ['Doorgestuurd bericht',
            'Van: Zorgteam %s' % school,
            'Onderwerp: RE: zorgen leerling (zonder naam)',
            'Automatisch antwoord: ik ben afwezig tot en met vrijdag 11 december. Voor dringende zaken over leerlingen kunt u de receptie van school bellen.',
            '> Wij zien de leerling sinds de herfstvakantie vaker te laat en zonder gymspullen. Vandaag huilde de leerling in de les.',
            'Met vriendelijke groet,', 'Zorgcoördinator onderbouw', '%s | afdeling leerlingzorg' % school,
            'Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Bent u niet de bedoelde ontvanger, verwijder het bericht dan en informeer de afzender. Aan dit bericht kunnen geen rechten worden ontleend.']

def jr_plan():
    return ['Plan van aanpak jeugdreclassering (SMART):',
            'Doel 1: jongere is binnen 6 weken elke schooldag aanwezig op de opvangvoorziening (check: verzuimregistratie, wekelijks).',
            'Doel 2: jongere blowt vóór 1 februari 2027 niet meer op doordeweekse dagen (urinecontrole 1x per 2 weken).',
            'Doel 3: jongere is om 22:00 thuis; moeder geeft overtredingen dezelfde avond door.',
            'Schaalvraag (0-10) motivatie jongere: 4; moeder: 7; jeugdreclasseerder: 5.',
            '| doel | nu | over 3 mnd |', '| schoolbezoek | 2 | 7 |', '| middelen | 3 | 6 |', '| thuis op tijd | 4 | 8 |']

def foster_table():
    return ['Pleegzorgrapportage, netwerk van herkomst (rollen):',
            '| rol | geboortejaar | bijzonderheden |', '| biologische moeder | 1994 | omgang 1x per 2 weken, begeleid |',
            '| oma van moederskant | 1962 | houdt zich aan afspraken |',
            "| oudste oom van moederskant | - | door de kinderen 'de lange oom' genoemd, komt onaangekondigd mee |",
            '| jongste oom van moederskant | - | woont in Vreeswijk, geen bezwaar |',
            "| tante (zus van moeder) | - | 'de tante met de hond', rijdt moeder naar de omgang |",
            '| pleegvader | 1970 | |', '| pleegmoeder | 1972 | |', '| eigen zoon pleegouders | 2004 | woont nog thuis |']

def build(i, sc, dirty=None):
    """Return list of blocks (list of (kind, label_key or tag, lines))."""
    r = rnd
    lab = {k: r.choice(v) for k, v in LABELS.items()}
    style = r.choice(['plain', 'plain', 'num', 'caps', 'lower'])
    d = r.choice(DAYS); m = r.choice([11, 12]) if d < 5 else 11
    ds = r.choice([0, 1, 2, 3, 4])
    gem = GEMEENTE.get(sc['gem'], sc['gem'])
    orgs = ORG.get(sc['gem'], ['Lokaal Team ' + sc['gem']])
    org = r.choice(orgs)
    inb, vd, gwn = r.sample(PROS, 3)
    soort = r.choice(['Eerste inbreng', 'Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Overdracht'])
    vals = {}
    vals['datum'] = [fmt_date(d, m, ds)]
    if soort in ('Vervolgbespreking', 'Monitoring'):
        vals['soort'] = ['%s (eerder besproken als VHT-2026-%04d)' % (soort, r.randint(10, 140))]
    elif soort == 'Overdracht':
        vals['soort'] = ['Overdracht van Veilig Thuis Utrecht naar ' + orgs[0]]
    else:
        vals['soort'] = [soort]
    ys = sc['y']
    vals['jeugdige'] = ['%s (%d)' % (a, b) for a, b, _ in ys] if r.random() < 0.5 else [', '.join('%s %s (%d)' % (c, a, b) for a, b, c in ys)]
    vals['inbrenger'] = ['%s, %s, %s' % (inb, r.choice(FUNC), org)]
    vals['vaste'] = ['%s, %s' % (vd, org)]
    vals['gemeente'] = [gem]
    if r.random() < 0.6:
        vals['gw'] = ['Ja, %s (%s %s), op %s' % (gwn, r.choice(GW), org, fmt_date(max(2, d - 3), m, 0))]
    inf = [sc.get('ouder', 'Moeder') + ': gesproken op %s (huisbezoek in %s).' % (fmt_date(max(2, d - 5), m, ds), sc['place'])]
    for a, b, c in ys:
        if 2026 - b >= 8: inf.append('%s: gesproken op %s op school.' % (a, fmt_date(max(2, d - 4), m, ds)))
    inf.append(r.choice(['Vader is telefonisch geïnformeerd.', 'De huisarts is op de hoogte.', 'Veilig Thuis is geïnformeerd.']))
    if r.random() < 0.4: inf += phone_note(sc, max(2, d - 2), m)
    vals['geinf'] = inf
    if r.random() < 0.75:
        vals['instemming'] = [r.choice(['Ja, ouders stemmen in met bespreking in het VHT.', 'Ja. Jeugdige is ook op de hoogte en stemt in.', 'ja (mondeling, zie verslag)'])]
    else:
        vals['instemming'] = ['Nee. Een van de ouders wil niet dat de situatie in het VHT besproken wordt.',
                              'Reden inbrenger om toch in te brengen: de veiligheid van de kinderen staat op het spel en er is advies nodig over de vervolgstappen; ouders zijn hierover geïnformeerd.']
    vals['vraag'] = [r.choice(['Is vrijwillige hulp nog voldoende of adviseert het VHT een interventiegesprek met de Raad voor de Kinderbescherming?',
                               'Welke aanvullende afspraken zijn nodig om de veiligheid te borgen?',
                               'Graag advies over het perspectief en de juiste route (vrijwillig of gedwongen kader).',
                               'Advies gevraagd over de overdracht en wie de regie neemt.'])]
    if r.random() < 0.3: vals['experts'] = [r.choice(['Raad voor de Kinderbescherming', 'Jeugdarts GGD regio Utrecht', 'Altrecht (volwassenen-GGZ)'])]
    vals['gezin'] = [sc['gezin']] + (foster_table() if 'Pleeggezin' in sc['gezin'] else [])
    bullet = r.choice(['- ', '* ', '', '• '])
    vals['zorgen'] = [bullet + z for z in sc['zorgen']]
    if r.random() < 0.7: vals['patroon'] = [sc['patroon']]
    vals['krachten'] = [bullet + z for z in sc['krachten']]
    vals['risico'] = [bullet + z for z in sc['risico']] if r.random() < 0.6 else [', '.join(x.rstrip('.') for x in sc['risico']) + '.']
    if r.random() < 0.95 or max(2026 - b for _, b, _ in ys) >= 12: vals['stemj'] = sc['stemj'].split('\n')
    vals['stemo'] = [sc['stemo']]
    vals['visie'] = [sc['visie']] + (jr_plan() if 'jeugdreclassering' in sc['betrokken'] else [])
    s1, s2 = r.randint(2, 5), r.randint(4, 8)
    vals['score'] = [r.choice(['Inbrenger: %d. Moeder: %d.' % (s1, s2), '| wie | score |\n| inbrenger | %d |\n| ouders | %d |' % (s1, s2), 'inbrenger %d / ouders %d (schaal 0-10)' % (s1, s2)])]
    vals['betrokken'] = [sc['betrokken']]
    if r.random() < 0.4: vals['borging'] = ['Evaluatie over 6 weken in het VHT; inbrenger houdt regie.', 'Ouders kunnen bij acute zorgen Veilig Thuis bellen (0800-2000) of 112.']
    vals['pg'] = [r.choice(['n.v.t.', '-', 'niet invullen bij inbreng'])]
    blocks = []
    ini = '/'.join(a for a, b, _ in ys); yr = min(b for _, b, _ in ys)
    specials = {
     'property': ('[PROPERTY title]', ['Veiligheidskaart %s (%d) - %s' % (ys[0][0], ys[0][1], soort)]),
     'company': ('[PROPERTY company]', [org]),
     'header': ('[HEADER]', [r.choice(['VHK - VERTROUWELIJK - ', 'Veiligheidskaart | ', 'VEILIGHEIDSTEAM LEKSTROOM - ']) + gem.upper()]),
     'footer': ('[FOOTER]', [r.choice(['Pagina 1 van 3 - %s' % org, 'Versie 2 (%s)' % fmt_date(d, m, 3), 'Vertrouwelijk: alleen voor deelnemers VHT'])]),
     'filename': ('[FILENAME]', ['VHK_%s_%s%d_%s.docx' % (gem.replace(' ', ''), ys[0][0].rstrip('.'), ys[0][1], fmt_date(d, m, 2).replace('-', ''))]),
     'subject': ('[MAIL-SUBJECT]', ['Inbreng VHT %s - %s (%d)' % (gem, ys[0][0], ys[0][1])]),
     'body': ('[MAIL-BODY]', ['Beste collega,', 'In de bijlage de kaart voor de bespreking. Graag inplannen.'] + (school_mail(sc) if r.random() < 0.4 else ['Groet, ' + org])),
    }
    cover = ['datum', 'soort', 'jeugdige', 'inbrenger', 'vaste', 'gemeente', 'gw', 'geinf', 'instemming', 'vraag', 'experts']
    pre = [k for k in ['property', 'company', 'header', 'filename'] if r.random() < 0.6]
    post = [k for k in ['footer', 'subject', 'body'] if r.random() < 0.6]
    for k in pre: blocks.append(('special',) + specials[k])
    n = 0
    comment_at = r.choice(['zorgen', 'visie', 'krachten', 'score'])
    for k in ORDER:
        if k not in vals: continue
        n += 1
        L = lab[k]
        if style == 'num': L = '%d. %s' % (n, L)
        elif style == 'caps': L = L.upper()
        elif style == 'lower': L = L.lower()
        blocks.append(('sec', k, L, list(vals[k])))
        if k == comment_at and r.random() < 0.6:
            blocks.append(('special', '[COMMENT author=%s]' % r.choice(['Voorzitter VHT', 'Gedragswetenschapper ' + org, 'Vaste deelnemer ' + org]),
                           [r.choice(['Kun je dit concreter maken: wat zag je zelf?', 'Score van vader ontbreekt nog.', 'Graag de bron van deze informatie vermelden.'])]))
        if k == 'score' and r.random() < 0.4:
            blocks.append(('special', '[TRACKED-DELETION]', ['Inbrenger: %d.' % (s1 + 1)]))
        if k == 'stemj' and r.random() < 0.3:
            blocks.append(('special', '[ALT]', ['Tekening van %s: drie huizen, het huis van de zorgen is het grootst.' % ys[-1][0]]))
        if k == 'zorgen' and r.random() < 0.3:
            blocks.append(('special', '[FOOTNOTE]', ['Bron: zorgmelding Politie Midden-Nederland en informatie van school.']))
    for k in post: blocks.append(('special',) + specials[k])
    return blocks

def render(blocks):
    out = []
    for b in blocks:
        if b[0] == 'special':
            out.append(b[1]); out.extend(b[2]); out.append('')
        else:
            out.append(b[2] + ':' if not b[2].endswith(')') or True else b[2]); out.extend(b[3]); out.append('')
    return '\n'.join(out).rstrip('\n') + '\n'

SECMAP = {'zorgen': 'Onveiligheid', 'gezin': 'Gezinssamenstelling', 'visie': 'Visie inbrenger', 'stemj': 'Stem van de jeugdige',
          'risico': 'Risicofactoren', 'betrokken': 'Betrokken hulpverlening', 'krachten': 'Krachten', 'stemo': 'Stem van ouders',
          'pg': 'Persoonsgegevens', 'score': 'Score', 'jeugdige': 'Jeugdige'}

def inject(blocks, place, text, value):
    """place: ('sec', key, mode) or ('special', tag). Returns the place note."""
    kind = place[0]
    if kind == 'sec':
        key, mode = place[1], place[2]
        for b in blocks:
            if b[0] == 'sec' and b[1] == key:
                if mode in ('replace', 'cover'): b[3][:] = [text]
                else: b[3].append(text)
        if mode == 'cover': return 'cover value (%s)' % SECMAP[key]
        if mode == 'row': return 'table row (%s)' % SECMAP[key]
        return 'body (%s)' % SECMAP[key]
    tag = place[1]
    names = {'[HEADER]': 'header', '[FOOTER]': 'footer', '[ALT]': 'alt text', '[FOOTNOTE]': 'footnote', '[TRACKED-DELETION]': 'tracked deletion',
             '[MAIL-SUBJECT]': 'mail subject', '[MAIL-BODY]': 'mail body', '[FILENAME]': 'file name', '[PROPERTY title]': 'property (title)',
             '[PROPERTY company]': 'property (company)'}
    if tag.startswith('[COMMENT'):
        if 'author' in place[2]:
            blocks.append(('special', '[COMMENT author=%s]' % value, [text])); return 'comment author'
        blocks.append(('special', '[COMMENT author=Voorzitter VHT]', [text])); return 'comment text'
    for j, b in enumerate(blocks):
        if b[0] == 'special' and b[1] == tag:
            blocks[j] = ('special', tag, [text]); break
    else:
        blocks.append(('special', tag, [text]))
    return names[tag]
blocks_ref = []

def dirty_items():
    b1, b2 = gen.bsn('plain'), gen.bsn('dots')
    i1, i2 = gen.iban('NL_RABO_grouped'), gen.iban('NL_INGB_compact')
    return {
     46: [('NAME', 'Mustafa Doğan', ('sec', 'zorgen', 'add'), 'Op 2-11-2026 heeft oom Mustafa Doğan de deur van de slaapkamer ingetrapt.'),
          ('PHONE', '06-19384756', ('special', '[MAIL-BODY]'), 'Beste collega, de kaart zit in de bijlage. Moeder is het best bereikbaar op 06-19384756 na 17:00.')],
     47: [('NAME', 'Kees van de Molenkade', ('sec', 'gezin', 'row'), '| oudoom | - | Kees van de Molenkade, heeft het jachtgeweer geleend |'),
          ('ADDRESS', 'Achterbroek 23', ('special', '[FOOTER]'), 'Huisbezoek: Achterbroek 23, Lekkerkerk')],
     48: [('BIRTHDATE', '12-04-2012', ('sec', 'jeugdige', 'cover'), 'J. (12-04-2012), M. (2019)'),
          ('EMAIL', 'jovelyn.m.reyes@gmail.com', ('special', '[COMMENT', 'text'), 'Moeder wil de kaart ontvangen op jovelyn.m.reyes@gmail.com')],
     49: [('NAME', 'Nour Haddad', ('special', '[COMMENT', 'author'), 'ik ben het niet eens met deze zin'),
          ('BSN', b1, ('special', '[FOOTNOTE]'), 'Gegevens uit de BRP-check, BSN vader %s.' % b1)],
     50: [('NAME', 'Sarmi', ('special', '[ALT]'), 'Foto van mbah Sarmi met D. bij de gamelanles.'),
          ('POSTCODE', '3437 VK', ('special', '[HEADER]'), 'VHK - VERTROUWELIJK - 3437 VK NIEUWEGEIN')],
     51: [('ID_NUMBER', 'SVMN-26-05518', ('sec', 'visie', 'add'), 'Zie ook het rapport onder zaaknummer SVMN-26-05518.'),
          ('NAME', 'Anouk Verweij', ('special', '[MAIL-BODY]'), 'Hoi, Anouk Verweij van de jeugdreclassering heeft de kaart al gezien. Groet.')],
     52: [('URL', 'https://www.instagram.com/kofi_vianen010', ('special', '[FOOTNOTE]'), 'Filmpje stond op https://www.instagram.com/kofi_vianen010 (inmiddels offline).'),
          ('NAME', 'Efua', ('sec', 'stemj', 'add'), 'Efua (vriendin van E.) zegt dat E. bij haar mag slapen.')],
     53: [('IBAN', i1, ('sec', 'risico', 'add'), 'Vader laat de melkgeld-uitbetaling op zijn eigen rekening %s zetten.' % i1),
          ('NAME', 'Bremmer-Vonk', ('special', '[PROPERTY title]'), 'VHK gezin Bremmer-Vonk - concept')],
     54: [('NAME', 'Tariq', ('special', '[TRACKED-DELETION]'), 'Broer Tariq (2008) woont op een kamer van Kwintes.'),
          ('PHONE', '+963 944 218 377', ('sec', 'betrokken', 'row'), '| familie in Syrië | +963 944 218 377 |')],
     55: [('NAME', 'KNOTTER', ('special', '[HEADER]'), 'VEILIGHEIDSKAART FAM. KNOTTER - VERTROUWELIJK'),
          ('BIRTHDATE', '2 nov 2013', ('sec', 'gezin', 'add'), 'F. is geboren op 2 nov 2013 in het St. Antonius.')],
     56: [('NAME', 'Arslan-Uçar', ('special', '[MAIL-SUBJECT]'), 'Spoed: kaart fam. Arslan-Uçar voor dinsdag'),
          ('ID_NUMBER', '8812406', ('special', '[FOOTNOTE]'), 'Letselverslag Groene Hart, patiëntnr. 8812406.')],
     57: [('NAME', 'Rosalie', ('special', '[FILENAME]'), 'VHK_Rosalie_Oudewater_def.docx'),
          ('ADDRESS', 'Waardsedijk 210', ('sec', 'zorgen', 'add'), 'De jongens zijn op 20-11-2026 gevlucht naar het huis van een klasgenoot aan de Waardsedijk 210.')],
     58: [('NAME', 'Nel', ('sec', 'krachten', 'add'), 'Oma Nel haalt de kinderen op woensdag uit school.'),
          ('BSN', b2, ('sec', 'pg', 'replace'), 'BSN jeugdige: %s' % b2)],
     59: [('NAME', 'Ilse Kortland', ('special', '[PROPERTY company]'), 'Ilse Kortland'),
          ('URL', 'facebook.com/sanne.hoefnagel.90', ('sec', 'stemo', 'add'), 'Moeder deelt alles op facebook.com/sanne.hoefnagel.90, ook foto\'s van de kinderen.')],
     60: [('IBAN', i2, ('special', '[MAIL-BODY]'), 'Graag de reiskosten van moeder vergoeden op %s.' % i2),
          ('NAME', 'Yasmina', ('special', '[FOOTER]'), 'Concept - Yasmina mag dit niet zien')],
    }

DIRTY_SC = {46: 0, 47: 5, 48: 3, 49: 2, 50: 6, 51: 4, 52: 8, 53: 5, 54: 2, 55: 9, 56: 10, 57: 11, 58: 1, 59: 9, 60: 7}

def main():
    os.makedirs(OUT, exist_ok=True)
    rows = ['file\texpect\tnotes']
    items = dirty_items()
    for i in range(1, 61):
        sc = S[DIRTY_SC[i]] if i in DIRTY_SC else S[(i - 1) % len(S)]
        blocks = build(i, sc)
        notes = '-'
        if i >= 46:
            ns = []
            for cat, val, place, text in items[i]:
                where = inject(blocks, place, text, val)
                ns.append('%s "%s" @ %s' % (cat, val, where))
            notes = '; '.join(ns)
        with open(os.path.join(OUT, 'card-%02d.txt' % i), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write(render(blocks))
        rows.append('card-%02d.txt\t%s\t%s' % (i, 'CLEAN' if i <= 45 else 'DIRTY', notes))
    with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(rows) + '\n')
    print('wrote 60 cards')

main()
