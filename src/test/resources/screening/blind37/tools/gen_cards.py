#!/usr/bin/env python3
"""Generate ../cards/card-01..60.txt and cards.tsv for blind set 37 (fixed seeds, reproducible)."""
import os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from scenarios import SCEN
OUT = os.path.join(HERE, '..', 'cards')
rng = random.Random(370037)

GEM = {
 'Zaanstad': ['Zaandam', 'Wormerveer', 'Krommenie', 'Assendelft', 'Westzaan', 'Koog aan de Zaan', 'Zaandijk'],
 'Purmerend': ['Purmerend', 'Middenbeemster', 'Zuidoostbeemster', 'Purmerend (Weidevenne)'],
 'Edam-Volendam': ['Edam', 'Volendam'],
 'Waterland': ['Monnickendam', 'Marken', 'Ilpendam', 'Broek in Waterland'],
 'Wormerland': ['Wormer', 'Jisp'],
 'Oostzaan': ['Oostzaan'],
 'Landsmeer': ['Landsmeer'],
}
OTHER_TOWNS = ['Hoorn', 'Alkmaar', 'Amsterdam-Noord', 'Beverwijk', 'Heerhugowaard', 'Haarlem', 'De Rijp', 'Uitgeest']
PRIMARY = ['basisschool De Windwijzer', 'Sint Vincentiusschool', 'Rembrandtschool', 'Frans Halsschool', 'Prins Clausschool',
           'Multatulischool', 'OBS De Tweemaster', 'Kindcentrum Het Zaanse Pad', 'Koningin Sophieschool', 'Sint Jozefschool']
SECONDARY = ['Saenredam College', 'Bertrand Russell College', 'Jan van Egmond Lyceum', 'Don Bosco College', 'Pascal College',
           'Trias VMBO', 'Compaen VMBO', 'Da Vinci College']
FUNCS = ['intern begeleider', 'zorgcoördinator', 'leerplichtambtenaar', 'mentor', 'schoolmaatschappelijk werker',
         'IB\'er onderbouw', 'zorgcoördinator onderbouw', 'directeur-IB']
INB_NAMES = ['Marieke Zonneveld', 'Özlem Aksoy', 'Rik Hoogeboom', 'Nadia Benjelloun', 'Wilma Koopmans-Dekker',
             'Kwadwo Frimpong', 'Sabine Laan', 'Jurgen Stolp', 'Anita Ramsaran', 'Els de Graaf-Buis', 'Tomasz Lewandowski',
             'Mirjam Oud', 'Dennis Koeman', 'Yvonne Zwart', 'Hatice Güneş', 'Robbert-Jan Pronk', 'Ingeborg Teeuw',
             'Fenna Lont', 'Khadija Azzouzi', 'Pim Dekker']
VASTE = {'Zaanstad': 'Carla Wijnands, Sociaal Wijkteam Zaanstad', 'Purmerend': 'Ruud van Wieringen, Toegang Purmerend',
         'Edam-Volendam': 'Marga Schilpzand, Toegang Edam-Volendam', 'Waterland': 'Joke Boon, Sociaal Team Waterland',
         'Wormerland': 'Hans Sijm, Sociaal Team Wormerland', 'Oostzaan': 'Anke Rustenburg, Sociaal Team Oostzaan',
         'Landsmeer': 'Oğuz Yavuz, Sociaal Team Landsmeer'}
GEDRAG = ['Lotte Hoefnagel (orthopedagoog samenwerkingsverband Zaanstreek)', 'drs. Evert Brink (GZ-psycholoog Spirit)',
          'Naima Chaara (gedragswetenschapper Sociaal Wijkteam Zaanstad)', 'Bea van Ommen (orthopedagoog Zaandelta)']
LETTERS = 'ABDEFGHIJKLMNRSTVYZ'
MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']
MON3 = ['jan.', 'feb.', 'mrt.', 'apr.', 'mei', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.']
DAYS = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo']
import datetime

def fmt(d, style):
    return [lambda: d.strftime('%d-%m-%Y'), lambda: d.strftime('%Y-%m-%d'), lambda: '%d %s %d' % (d.day, MONTHS[d.month - 1], d.year),
            lambda: '%s %s' % (DAYS[d.weekday()], d.strftime('%d-%m-%Y')), lambda: d.strftime('%d/%m/%Y'),
            lambda: '%d-%d-%d' % (d.day, d.month, d.year), lambda: '%d %s %d' % (d.day, MON3[d.month - 1], d.year)][style]()

LABELS = {
 'datum': ['Datum', 'Datum inbreng'], 'soort': ['Soort inbreng', 'Type inbreng'],
 'jeugdige': ['Jeugdige (voorletter en geboortejaar)', 'Jeugdige(n)'], 'inbrenger': ['Inbrenger', 'Inbrenger (naam, functie, organisatie)'],
 'vaste': ['Vaste deelnemer', 'Vaste deelnemer'], 'gemeente': ['Verantwoordelijke gemeente', 'Gemeente'],
 'gedrag': ['Gedragsdeskundige geraadpleegd', 'Gedragswetenschapper geraadpleegd'],
 'geinf': ['Geïnformeerd en gesproken', 'Wie is wanneer geïnformeerd'], 'instemming': ['Instemming betrokkenen', 'Instemming'],
 'vraag': ['Vraag aan het VeiligheidsTeam', 'Vraag aan het VHT'], 'experts': ['Uit te nodigen experts', 'Experts'],
 'gezin': ['Gezinssamenstelling', 'Gezinssamenstelling'], 'zorgen': ['Wat is er nu onveilig', 'Zorgen'],
 'patroon': ['Patroon', 'Patroon uit het verleden'], 'krachten': ['Krachten en beschermende factoren', 'Krachten'],
 'risico': ['Risicofactoren', 'Risicofactoren'], 'stemj': ['Stem van de jeugdige', 'Wat zegt de jeugdige'],
 'stemo': ['Stem van ouders en verzorgers', 'Stem van ouders'], 'visie': ['Visie van de inbrenger', 'Visie inbrenger'],
 'score': ['Veiligheidsscore', 'Score'], 'hulp': ['Betrokken hulpverlening', 'Betrokken hulpverlening'],
 'pg': ['Persoonsgegevens', 'Persoonsgegevens'],
}
ORDER = ['datum', 'soort', 'jeugdige', 'inbrenger', 'vaste', 'gemeente', 'gedrag', 'geinf', 'instemming', 'vraag', 'experts',
         'gezin', 'zorgen', 'patroon', 'krachten', 'risico', 'stemj', 'stemo', 'visie', 'score', 'hulp', 'pg']
SCHOOL_EXTRA = [
 'Verzuimoverzicht | wk {wk}: 6 uur | wk {wk2}: 9 uur | totaal dit schooljaar: 37 uur',
 'OPP vastgesteld op {d3}; uitstroomprofiel vmbo-basis, met extra begeleiding in de trajectklas.',
 'Uit het rapport (groep {g}): "werkhouding wisselend, concentratie zwak na het weekend".',
 'Leerkracht en IB\'er zien de leerling dagelijks; het zorgteam heeft de casus op {d3} besproken.',
 'Cijfers dalen: rekenen van 7 naar 4,5, Nederlands van 6,8 naar 5,1 (rapport 1).',
 'Absentieregister: 11 keer te laat in wk {wk} t/m wk {wk2}, meestal op maandag.',
]

def card(n, inj=None):
    inj = inj or {}
    r = random.Random(1000 + n)
    sc = SCEN[(n * 7) % len(SCEN)]
    gem = list(GEM)[(n * 3) % len(GEM)]
    town = r.choice(GEM[gem]); town2 = r.choice(OTHER_TOWNS)
    style = n % 5
    syn = 1 if style in (1, 3) else 0
    year = 2026
    cdate = datetime.date(2026, 11, 2) + datetime.timedelta(days=r.randint(0, 40))
    ev = sorted(cdate - datetime.timedelta(days=r.randint(3, 70)) for _ in range(3))
    ds = [fmt(d, r.randint(0, 6)) for d in ev]
    inits = r.sample(LETTERS, 3)
    ages = sc['ages']
    v = {'town': town, 'town2': town2, 'd1': ds[0], 'd2': ds[1], 'd3': ds[2], 'wk': cdate.isocalendar()[1] - 3,
         'wk2': cdate.isocalendar()[1] - 1, 'g': r.randint(3, 8), 'school': r.choice(SECONDARY if max(sc['ages']) >= 12 else PRIMARY)}
    for i, k in enumerate('ABC'):
        v[k] = inits[i]
        if i < len(ages):
            v[k.lower()] = ages[i] if ages[i] else r.randint(2, 8)
            v['y' + k.lower()] = year - ages[i]
    oldest = max(ages)
    v['ym'] = year - oldest - r.randint(22, 34); v['yf'] = v['ym'] - r.randint(-2, 6); v['yf2'] = v['yf'] + r.randint(-3, 3)
    S = lambda t: t.format(**v)
    inb_name = INB_NAMES[n % len(INB_NAMES)]
    func = FUNCS[n % len(FUNCS)]
    org = v['school'] if func != 'leerplichtambtenaar' else 'Leerplicht ' + (gem if gem != 'Edam-Volendam' else 'Edam-Volendam')
    if n % 6 == 0:
        func, org = 'gezinscoach', 'Sociaal Wijkteam ' + gem
    if sc.get('baby'):
        func, org = 'jeugdverpleegkundige', 'GGD Zaanstreek-Waterland (JGZ)'
    soort_i = n % 4 if n % 3 else 0
    soort = ['Eerste inbreng', 'Vervolgbespreking (eerder: VHT-2026-0%03d)' % r.randint(10, 240), 'Monitoring',
             'Overdracht Toegang -> Veilig Thuis'][soort_i]
    if soort_i == 3:
        func, org = 'casemanager', 'Sociaal Wijkteam ' + gem
    youth = ['%s. (%d)' % (v[k], v['y' + k.lower()]) for k in 'ABC'[:len(ages)]]
    jeug = youth if n % 2 else [', '.join(youth)]
    if 'jeugdige' in inj: jeug = [inj['jeugdige'].format(**v)] + youth[1:]
    sec = {}
    sec['datum'] = [fmt(cdate, [0, 1, 2, 3, 4][n % 5])]
    sec['soort'] = [soort]
    sec['jeugdige'] = jeug
    sec['inbrenger'] = ['%s, %s, %s' % (inb_name, func, org)]
    sec['vaste'] = [VASTE[gem]]
    sec['gemeente'] = [gem]
    if n % 3 == 0:
        sec['gedrag'] = ['Ja, %s, op %s' % (GEDRAG[n % len(GEDRAG)], ds[2])]
    elif n % 3 == 1:
        sec['gedrag'] = ['Nee']
    ws = r.choice(['in een oudergesprek op school', 'bij een huisbezoek', 'telefonisch', 'op school, met tolk'])
    sec['geinf'] = ['Moeder: gesproken op %s (%s).' % (ds[2], ws)]
    if ages[0] >= 8:
        sec['geinf'].append('%s.: gesproken op %s door de %s.' % (v['A'], ds[1], r.choice(['mentor', 'IB\'er', 'vertrouwenspersoon', 'zorgcoördinator'])))
    sec['geinf'].append(r.choice(['Vader: telefonisch geïnformeerd op %s.' % ds[2], 'Vader is niet bereikt (twee keer gebeld, brief gestuurd).',
                                 'Veilig Thuis is geïnformeerd over de inbreng.', ('Stiefvader en moeder samen gesproken op %s.' if 'stiefvader' in sc['gezin'] else 'Moeder en vader samen gesproken op %s.') % ds[2]]))
    if sc.get('consent_no'):
        sec['geinf'] = ['Ouders: bewust nog niet geïnformeerd (zie Instemming), in overleg met Veilig Thuis.',
                        '%s.: gesproken op %s en %s door de vertrouwenspersoon.' % (v['A'], ds[1], ds[2])]
    if sc.get('consent_no') or n % 11 == 5:
        sec['instemming'] = ['Nee. Reden: de ouders zijn (nog) niet geïnformeerd / weigeren bespreking.',
                             'Verantwoording inbrenger: de veiligheid van de jeugdige weegt zwaarder; zonder advies van het VHT kunnen we niet verantwoord verder. Bespreking gebeurt gepseudonimiseerd.']
    else:
        sec['instemming'] = [r.choice(['Ja, ouders stemmen in met bespreking in het VHT.', 'Ja (mondeling, oudergesprek %s).' % ds[2],
                                      'Ja, moeder en %s. weten ervan en stemmen in.' % v['A']])]
    sec['vraag'] = [S(sc['vraag'])]
    if n % 4 == 2:
        sec['experts'] = [r.choice(['Jeugdarts GGD Zaanstreek-Waterland', 'Leerplichtambtenaar', 'Gedragswetenschapper Spirit', 'Wijkagent Basisteam Zaanstreek'])]
    if n % 3 == 2:
        rows = ['Rol | Geboortejaar | Groep/Klas', 'Moeder | %d | -' % v['ym']]
        if 'vader' in sc['gezin'].lower() or 'partner' in sc['gezin'].lower(): rows.append('Vader/partner | %d | -' % v['yf'])
        for k in 'ABC'[:len(ages)]:
            a = ages['ABC'.index(k)]
            kl = 'groep %d' % (a - 4) if 4 <= a <= 11 else ('klas %d' % (a - 11) if a >= 12 else 'geen school')
            rows.append('%s. | %d | %s' % (v[k], v['y' + k.lower()], kl))
        sec['gezin'] = rows + ['Woonplaats: %s.' % town]
    else:
        sec['gezin'] = [S(sc['gezin'])]
    sec['zorgen'] = S(sc['zorgen']).split('\n') + ([] if sc.get('baby') else [S(r.choice(SCHOOL_EXTRA))])
    if n % 2: sec['patroon'] = [S(sc['patroon'])]
    sec['krachten'] = [S(sc['krachten'])]
    sec['risico'] = [S(sc['risico'])]
    if oldest >= 12 or n % 4 != 3: sec['stemj'] = S(sc['stemj']).split('\n')
    sec['stemo'] = [S(sc['stemo'])]
    sec['visie'] = [S(sc['visie'])]
    if n % 2:
        sec['score'] = ['Wie | Score (0-10)'] + ['%s | %s' % (S(a), b) for a, b in sc['score']]
    else:
        sec['score'] = ['. '.join('%s: %s' % (S(a), b) for a, b in sc['score']) + '.']
    sec['hulp'] = [S(sc['hulp'])]
    if soort_i == 3 or n % 5 == 4:
        sec['pg'] = [['n.v.t.', '-', 'niet invullen bij inbreng', 'N.v.t. (intake)'][n % 4]]
    for key, lines in inj.get('append', []):
        sec.setdefault(key, []).extend(lines)
    # special blocks
    def lab(key):
        t = LABELS[key][syn]
        if style == 2: t = '%d. %s' % (ORDER.index(key) + 1, t)
        if style == 3: t = t.upper()
        if style == 4: return t.lower()
        return t + ':'
    out = []
    role = func
    blocks = {
     'title': inj.get('title', 'Veiligheidskaart %s. (%d) - %s' % (v['A'], v['ya'], soort.split(' (')[0])),
     'company': inj.get('company', org),
     'header': inj.get('header', r.choice(['VERTROUWELIJK - VHK %s' % gem.upper(), 'Veiligheidskaart | %s | vertrouwelijk' % gem, 'VHK Zaanstreek-Waterland'])),
     'footer': inj.get('footer', r.choice(['Pagina 1 van 3', 'versie %s' % ds[2], 'Format VHK 2026 - niet wijzigen'])),
     'comment_author': inj.get('comment_author', r.choice(['Zorgcoördinator', 'IB\'er', 'Voorzitter VHT', 'Gedragswetenschapper ' + gem, 'Leerplicht ' + gem])),
     'comment': inj.get('comment', r.choice(['Verzuimcijfers nog checken in het register.', 'Graag concreter: wat zag de juf precies?', 'Is vader al gesproken?'])),
     'alt': inj.get('alt', 'Groeicurve van het consultatiebureau (schermafdruk).' if sc.get('baby') else 'Tekening van %s. (%d jaar): drie huizen, in het huis van de zorgen een donkere wolk.' % (v['A'], v['a'])),
     'trackdel': inj.get('trackdel', r.choice(['Inbrenger: 5.', 'Moeder heeft volgens school', 'groep %d' % v['g']])),
     'footnote': inj.get('footnote', r.choice(['Bron: verzuimregister school, peildatum %s.' % ds[2], 'Zie ook het OPP van %s.' % ds[1], 'Score volgens de schaal 0-10 van de VHK.'])),
     'subject': inj.get('subject', 'VHK %s %s. (%d) - %s' % (soort.split(' (')[0].lower(), v['A'], v['ya'], gem)),
     'mailbody': inj.get('mailbody', 'Beste voorzitter,\nBijgaand de kaart voor bespreking in het VHT. Ouders zijn geïnformeerd (zie de kaart).\nMet vriendelijke groet,\n%s, %s' % (role, org)),
     'filename': inj.get('filename', 'VHK_%s_%s%d_%s.docx' % (gem.replace(' ', ''), v['A'], v['ya'], cdate.strftime('%Y%m%d'))),
    }
    use = set(inj.get('force', []))
    pick = r.sample(['title', 'company', 'header', 'footer', 'comment', 'alt', 'trackdel', 'footnote', 'mail', 'filename'], 4)
    use |= set(pick)
    if 'mail' in use or 'subject' in use or 'mailbody' in use:
        out += ['[MAIL-SUBJECT]', blocks['subject'], '', '[MAIL-BODY]', blocks['mailbody'], '']
    if 'filename' in use: out += ['[FILENAME]', blocks['filename'], '']
    if 'title' in use: out += ['[PROPERTY title]', blocks['title'], '']
    if 'company' in use: out += ['[PROPERTY company]', blocks['company'], '']
    if 'header' in use: out += ['[HEADER]', blocks['header'], '']
    for key in ORDER:
        if key not in sec: continue
        out.append(lab(key)); out += sec[key]; out.append('')
        if key == 'zorgen' and ('comment' in use or 'comment_author' in use):
            out += ['[COMMENT author=%s]' % blocks['comment_author'], blocks['comment'], '']
        if key == 'stemj' and 'alt' in use: out += ['[ALT]', blocks['alt'], '']
        if key == 'score' and 'trackdel' in use: out += ['[TRACKED-DELETION]', blocks['trackdel'], '']
        if key == 'risico' and 'footnote' in use: out += ['[FOOTNOTE]', blocks['footnote'], '']
    if 'alt' in use and 'stemj' not in sec: out += ['[ALT]', blocks['alt'], '']
    if 'footer' in use: out += ['[FOOTER]', blocks['footer'], '']
    return '\n'.join(out).rstrip('\n') + '\n', v

# ------------------------------------------------------------------ dirty items (value, category, place, injection)
def elf(d):
    if len(d) == 8: d = '0' + d
    return (sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])) % 11 == 0
def bsn(n):
    while True:
        d = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(n - 1))
        if elf(d): return d
def iban_nl(bank):
    acct = ''.join(str(rng.randint(0, 9)) for _ in range(10)); bban = bank + acct
    num = ''.join(str(int(c, 36)) for c in bban + 'NL00')
    ib = 'NL%02d' % (98 - int(num) % 97) + bban
    return ' '.join(ib[i:i + 4] for i in range(0, len(ib), 4))
b1 = bsn(9); b1 = b1[:4] + '.' + b1[4:6] + '.' + b1[6:]
b2 = bsn(8)
ib = iban_nl('RABO')

DIRTY = {
 46: [('NAME', 'Efua Boateng', 'body (Gezinssamenstelling)', {'append': [('gezin', ['Moeder heet Efua Boateng en spreekt Twi en Engels.'])]}),
      ('PHONE', '06-39184720', 'mail body', {'force': ['mail'], 'mailbody': 'Beste voorzitter,\nHierbij de kaart. Moeder is te bereiken op 06-39184720 als er vragen zijn.\nGroet, IB\'er'})],
 47: [('NAME', 'WIŚNIEWSKI', 'header', {'force': ['header'], 'header': 'VHK GEZIN WIŚNIEWSKI - VERTROUWELIJK'}),
      ('BIRTHDATE', '14-08-2013', 'cover value (Jeugdige)', {'jeugdige': '{A}. (14-08-2013)'})],
 48: [('NAME', 'Henk-Jan Kwakman', 'comment author', {'force': ['comment'], 'comment_author': 'Henk-Jan Kwakman'}),
      ('ADDRESS', 'Zuideinde 41', 'body (Zorgen)', {'append': [('zorgen', ['De kinderen slapen sinds kort bij een kennis op Zuideinde 41 in Oostzaan.'])]})],
 49: [('EMAIL', 'k.ouahabi@ziggo.nl', 'footnote', {'force': ['footnote'], 'footnote': 'Verslag oudergesprek ook gemaild naar k.ouahabi@ziggo.nl.'}),
      ('NAME', 'Jantje', 'table row (Gezinssamenstelling)', {'append': [('gezin', ['Oma Jantje | 1951 | woont in Jisp, past op'])]})],
 50: [('BSN', b1, 'tracked deletion', {'force': ['trackdel'], 'trackdel': 'BSN jeugdige %s' % b1}),
      ('NAME', 'Yonas', 'body (Stem van de jeugdige)', {'append': [('stemj', ['Broer Yonas zegt dat het thuis "gewoon normaal" is.'])]})],
 51: [('POSTCODE', '1503 GL', 'footer', {'force': ['footer'], 'footer': 'Retour: 1503 GL Zaandam'}),
      ('NAME', 'Tuinman', 'body (Geïnformeerd en gesproken)', {'append': [('geinf', ['Buurvrouw mw. Tuinman is als informant gesproken.'])]})],
 52: [('IBAN', ib, 'body (Risicofactoren)', {'append': [('risico', ['Toeslagen komen binnen op %s, vader heeft daar toegang toe.' % ib])]}),
      ('NAME', 'Shanti', 'alt text', {'force': ['alt'], 'alt': 'Foto van de tekening die Shanti voor de juf maakte.'})],
 53: [('URL', 'https://www.instagram.com/nadia.elidrissi.zaandam', 'mail body', {'force': ['mail'], 'mailbody': 'Beste voorzitter,\nZie ook de foto\'s die moeder deelt: https://www.instagram.com/nadia.elidrissi.zaandam\nGroet, zorgcoördinator'}),
      ('NAME', 'Abdelkader', 'body (Stem van ouders en verzorgers)', {'append': [('stemo', ['Abdelkader (vader) wil eerst met de imam praten.'])]})],
 54: [('ID_NUMBER', '4419207', 'body (Betrokken hulpverlening)', {'append': [('hulp', ['Spirit, cliëntnr. 4419207 (moeder).'])]}),
      ('NAME', 'Veerman', 'property (title)', {'force': ['title'], 'title': 'VHK gezin Veerman - concept'})],
 55: [('PHONE', '+31 6 2074 5513', 'comment text', {'force': ['comment'], 'comment': 'Opa belt vaak zelf: +31 6 2074 5513, is dat bruikbaar?'}),
      ('NAME', 'Barbara Mooij', 'property (company)', {'force': ['company'], 'company': 'Barbara Mooij'})],
 56: [('NAME', 'Tesfalem', 'file name', {'force': ['filename'], 'filename': 'VHK_Tesfalem_def.docx'}),
      ('BIRTHDATE', '2 februari 2011', 'body (Gezinssamenstelling)', {'append': [('gezin', ['Halfbroer (woont niet meer thuis) is geboren op 2 februari 2011 in Asmara.'])]})],
 57: [('NAME', 'Ilse Veerman-Kroon', 'mail subject', {'force': ['mail'], 'subject': 'inbreng VHK - moeder Ilse Veerman-Kroon'}),
      ('ID_NUMBER', 'JBRA-2026-10233', 'footer', {'force': ['footer'], 'footer': 'zaak JBRA-2026-10233'})],
 58: [('EMAIL', 'papa.ramlal@gmail.com', 'body (Stem van ouders en verzorgers)', {'append': [('stemo', ['Vader wil alles op papa.ramlal@gmail.com ontvangen.'])]}),
      ('NAME', 'Sunil Ramlal', 'tracked deletion', {'force': ['trackdel'], 'trackdel': 'vader Sunil Ramlal'})],
 59: [('ADDRESS', 'Dorpsstraat 612', 'table row (Gezinssamenstelling)', {'append': [('gezin', ['Opa | woont Dorpsstraat 612, Assendelft | -'])]}),
      ('URL', 'tiktok.com/@kofi.mensah.zdm', 'footnote', {'force': ['footnote'], 'footnote': 'Filmpje van de ruzie staat op tiktok.com/@kofi.mensah.zdm'})],
 60: [('NAME', 'Emre', 'body (Wat is er nu onveilig)', {'append': [('zorgen', ['Oudere neef Emre haalt hem op en rijdt zonder rijbewijs.'])]}),
      ('BSN', b2, 'body (Persoonsgegevens)', {'append': [('pg', ['BSN: %s' % b2])]})],
}

def merge(items):
    inj = {'append': [], 'force': []}
    for _, _, _, d in items:
        for k, val in d.items():
            if k in ('append', 'force'): inj[k] += val
            else: inj[k] = val
    return inj

os.makedirs(OUT, exist_ok=True)
tsv = ['file\texpect\tnotes']
for n in range(1, 61):
    if n <= 45:
        txt, _ = card(n); notes = '-'; exp = 'CLEAN'
    else:
        items = DIRTY[n]
        txt, _ = card(n, merge(items)); exp = 'DIRTY'
        notes = '; '.join('%s "%s" @ %s' % (c, val, p) for c, val, p, _ in items)
    with open(os.path.join(OUT, 'card-%02d.txt' % n), 'w', encoding='utf-8', newline='\n') as fh: fh.write(txt)
    tsv.append('card-%02d.txt\t%s\t%s' % (n, exp, notes))
with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh: fh.write('\n'.join(tsv) + '\n')
print('cards written')
