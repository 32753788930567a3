#!/usr/bin/env python3
"""Generate ../cards/card-01..60.txt and cards.tsv (fixed seed 46046, reproducible)."""
import os, random, datetime
HERE = os.path.dirname(os.path.abspath(__file__))
S = {}; exec(open(os.path.join(HERE, 'scenarios.py'), encoding='utf-8').read(), S)
SCEN = S['SCEN']
from numbers_gen import NumGen, elfproef
R = random.Random(46046)
NG = NumGen(46047)
OUT = os.path.join(HERE, '..', 'cards')

ORG_OF_GEM = {
 'Leeuwarden': 'Sociaal Wijkteam Leeuwarden', 'Ameland': 'Gemeente Ameland, team Sociaal Domein',
 'Heerenveen': 'Gemeente Heerenveen, team Jeugd', 'Súdwest-Fryslân': 'Sociaal Team Súdwest-Fryslân',
 'Smallingerland': 'Gebiedsteam Smallingerland', 'Noardeast-Fryslân': 'Gebiedsteam Noardeast-Fryslân',
 'Terschelling': 'Gemeente Terschelling, Loket Sociaal Domein', 'De Fryske Marren': 'Sociaal Team De Fryske Marren',
 'Waadhoeke': 'Gebiedsteam Waadhoeke', 'Tytsjerksteradiel': 'Toegang Tytsjerksteradiel',
 'Achtkarspelen': 'Gebiedsteam Achtkarspelen', 'Harlingen': 'Sociaal Team Harlingen',
 'Schiermonnikoog': 'Gemeente Schiermonnikoog, jeugdconsulent',
}
INBR = ['Hinke Wijma', 'Alie Feenstra-Kloosterman', 'Wouter Sybesma', 'Naima Ouchan', 'Rixt Hiemstra', 'Jurjen Kramer',
        'Dilan Arslan', 'Tineke van Aalst', 'Ewout de Haan', 'Marijke Boonstra', 'Klaas Jan Rienstra', 'Samira Benhaddou',
        'Ieke Wassenaar', 'Goitom Berhane', 'Petra Jongsma']
VASTE = ['Folkert Haitsma', 'Ruurd Zwart', 'Marieke Hettema', 'Jelle Kooistra', 'Anneke Procee', 'Lútsen Kalma', 'Grytsje Dam']
GEDRAG = ['Jorien Algra, orthopedagoog', 'Wietske Boonstra, GZ-psycholoog', 'Ties Hoogeveen, gedragswetenschapper']
FUNC = ['gezinscoach', 'casemanager', 'jeugdconsulent', 'procesregisseur', 'maatschappelijk werker', 'jeugd- en gezinswerker']
OTHER_ORG = ['Veilig Thuis Friesland', 'Jeugdbescherming Noord']

LABELS = {  # key: (canonical, synonym)
 'datum': ('Datum', 'Datum inbreng'), 'soort': ('Soort inbreng', 'Type inbreng'),
 'jeugdige': ('Jeugdige (voorletter en geboortejaar)', 'Jeugdige(n)'),
 'inbrenger': ('Inbrenger', 'Inbrenger (naam, functie, organisatie)'), 'vaste': ('Vaste deelnemer', 'Vaste deelnemer'),
 'gemeente': ('Verantwoordelijke gemeente', 'Gemeente'), 'gedrag': ('Gedragsdeskundige geraadpleegd', 'Gedragswetenschapper geraadpleegd'),
 'geinf': ('Geïnformeerd en gesproken', 'Wie is wanneer geïnformeerd'), 'instemming': ('Instemming betrokkenen', 'Instemming'),
 'vraag': ('Vraag aan het VeiligheidsTeam', 'Hulpvraag aan het VHT'), 'experts': ('Uit te nodigen experts', 'Experts'),
 'gezin': ('Gezinssamenstelling', 'Gezinssamenstelling'), 'zorgen': ('Wat is er nu onveilig', 'Zorgen'),
 'patroon': ('Patroon', 'Patroon uit het verleden'), 'krachten': ('Krachten en beschermende factoren', 'Krachten'),
 'risico': ('Risicofactoren', 'Risicofactoren'), 'stemj': ('Stem van de jeugdige', 'Wat zegt de jeugdige'),
 'stemo': ('Stem van ouders en verzorgers', 'Stem van ouders'), 'visie': ('Visie van de inbrenger', 'Visie inbrenger'),
 'score': ('Veiligheidsscore', 'Score'), 'betr': ('Betrokken hulpverlening', 'Betrokken hulpverlening'),
 'advies': ('Advies', 'Advies'), 'borging': ('Borgingsafspraken', 'Borgingsafspraken'), 'pg': ('Persoonsgegevens', 'Persoonsgegevens'),
}
PLACE_NAME = {'zorgen': 'Zorgen', 'krachten': 'Krachten', 'risico': 'Risicofactoren', 'stemj': 'Stem van de jeugdige',
              'stemo': 'Stem van ouders', 'gezin': 'Gezinssamenstelling', 'betr': 'Betrokken hulpverlening', 'jeugdige': 'Jeugdige'}
MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']

def fmt_date(d, style):
    if style == 0: return d.strftime('%d-%m-%Y')
    if style == 1: return d.strftime('%Y-%m-%d')
    if style == 2: return '%d %s %d' % (d.day, MONTHS[d.month - 1], d.year)
    if style == 3: return '%d-%d-%d' % (d.day, d.month, d.year)
    return d.strftime('%d/%m/%Y')

# DIRTY items per card: list of (category, value, place-key, text with the value)
BSN1 = NG.bsn('eight'); BSN2 = NG.bsn('dots'); IBAN1 = NG.iban('RABO', 'group')
DIRTY = {
 46: [('NAME', 'Wobbe Sikkema', 'zorgen', 'Buurman Wobbe Sikkema heeft de politie gebeld en wil getuigen.'),
      ('PHONE', '06-19283746', 'mail body', 'Moeder vraagt of het VHT haar wil bellen op 06-19283746.')],
 47: [('BIRTHDATE', '23-02-2011', 'jeugdige', 'J. (23-02-2011)'),
      ('NAME', 'Brechtje', 'comment author', 'Brechtje (moeder)')],
 48: [('NAME', 'Khaled', 'stemo', 'Vader Khaled zegt via de tolk dat hij wil leren hoe het anders kan.'),
      ('ID_NUMBER', 'V-nummer 3302918475', 'footnote', 'Gegevens COA: V-nummer 3302918475 (vader).')],
 49: [('NAME', 'KOWALSKA', 'header', 'VHK GEZIN KOWALSKA – HEERENVEEN – VERTROUWELIJK'),
      ('ADDRESS', 'Fok 38', 'risico', 'Het huis van het uitzendbureau aan de Fok 38 is overbewoond.')],
 50: [('NAME', 'Hoitinga', 'property (title)', 'VHK L. Hoitinga - Eerste inbreng'),
      ('EMAIL', 'lieke.snits10@hotmail.com', 'stemj', 'L. mailde haar verhaal vanaf lieke.snits10@hotmail.com aan de mentor.')],
 51: [('NAME', 'Reinder Bouwhuis', 'tracked deletion', 'Ex-partner Reinder Bouwhuis'),
      ('POSTCODE', '9202 NK', 'footer', 'Retouradres gezin: 9202 NK Drachten')],
 52: [('NAME', 'Jappie', 'krachten', 'Omke Jappie uit Kollum neemt H. mee naar zijn werk in de haven.'),
      ('URL', 'https://www.instagram.com/h.dokkum_09/', 'alt text', 'Schermafbeelding van https://www.instagram.com/h.dokkum_09/ met foto van een mes.')],
 53: [('NAME', 'Fokke', 'mail subject', 'Inbreng VHK F. (2017) – gezin Fokke – Terschelling'),
      ('BSN', BSN1, 'gezin', '| vader | 1991 | BSN %s |' % BSN1)],
 54: [('NAME', 'Selam Woldu', 'stemj', 'M. noemt Selam Woldu haar beste vriendin; bij haar slaapt ze als ze wegloopt.'),
      ('ID_NUMBER', 'VTF-2026-20917', 'betr', 'Veilig Thuis Friesland (dossier VTF-2026-20917).')],
 55: [('BIRTHDATE', '3 maart 2024', 'gezin', 'B. is geboren op 3 maart 2024 in de Tjongerschans.'),
      ('IBAN', IBAN1, 'footnote', 'Vergoeding opvang grootouders naar %s.' % IBAN1)],
 56: [('NAME', 'Wierda', 'gezin', '| vader | Wierda | 1981 | gezag |'),
      ('EMAIL', 'heit.franeker@outlook.com', 'mail body', 'Vader wil de kaart ook ontvangen op heit.franeker@outlook.com.')],
 57: [('NAME', 'Ruurdtsje', 'comment text', 'Stiefmoeder heet Ruurdtsje, niet meenemen in de kaart?'),
      ('ADDRESS', 'Pastorijstraat 14 A', 'zorgen', 'P. slaapt sinds die nacht in een schuur achter Pastorijstraat 14 A in Burgum.')],
 58: [('NAME', 'Dijkman', 'file name', 'VHK_Achtkarspelen_Dijkman_C2016.docx'),
      ('PHONE', '0511-541903', 'krachten', 'Tante in Kollum is bereikbaar op 0511-541903.')],
 59: [('BIRTHDATE', '12-5-2011', 'gezin', 'Z. (geb. 12-5-2011) woont nu bij oma.'),
      ('URL', 'tiktok.com/@zz.harns2011', 'comment text', 'Z. post hierover op tiktok.com/@zz.harns2011, school volgt het.')],
 60: [('BSN', BSN2, 'header', 'VHK U. (2013) – bsn %s – Schiermonnikoog' % BSN2),
      ('POSTCODE', '9166 PA', 'gezin', 'Ouders en U. wonen in 9166 PA, het dorp.')],
}
SPECIAL = {'header': '[HEADER]', 'footer': '[FOOTER]', 'alt text': '[ALT]', 'property (title)': '[PROPERTY title]',
           'tracked deletion': '[TRACKED-DELETION]', 'footnote': '[FOOTNOTE]', 'mail subject': '[MAIL-SUBJECT]',
           'mail body': '[MAIL-BODY]', 'file name': '[FILENAME]', 'comment text': None, 'comment author': None}

def place_str(key, text):
    if key in PLACE_NAME:
        if key == 'jeugdige': return 'cover value (Jeugdige)'
        if key == 'gezin' and text.startswith('|'): return 'table row (Gezinssamenstelling)'
        return 'body (%s)' % PLACE_NAME[key]
    return key

def make_card(i):
    sc = SCEN[(i - 1) % len(SCEN)]
    use = (i - 1) // len(SCEN)            # 0..3
    dirty = DIRTY.get(i, [])
    dplace = {}
    for cat, val, key, text in dirty: dplace.setdefault(key, []).append((cat, val, text))
    day = datetime.date(2026, 10, 5) + datetime.timedelta(days=R.randint(0, 66))
    ds = R.randint(0, 4)
    d1 = day - datetime.timedelta(days=R.randint(8, 30))
    d2 = day - datetime.timedelta(days=R.randint(1, 7))
    style = R.choice(['canon', 'syn', 'num', 'caps', 'lower'])
    soort = ['Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Overdracht'][use]
    if soort == 'Overdracht' and sc['gem'] not in ('Leeuwarden',):
        soort_txt = 'Overdracht (Veilig Thuis Friesland -> %s)' % ORG_OF_GEM[sc['gem']]
    elif soort == 'Overdracht':
        soort_txt = 'Overdracht (Jeugdbescherming Noord -> Sociaal Wijkteam Leeuwarden, via het VHT)'
    elif soort == 'Vervolgbespreking':
        while True:   # VHT case numbers chosen so that they do not pass the 11-check
            vn = R.randint(10, 180)
            if not elfproef('2026%04d' % vn): break
        soort_txt = 'Vervolgbespreking (eerder besproken als VHT-2026-%04d)' % vn
    else:
        soort_txt = soort
    org = ORG_OF_GEM[sc['gem']]
    if use == 3: org = 'Jeugdbescherming Noord' if sc['gem'] == 'Leeuwarden' else 'Veilig Thuis Friesland'
    inbr = '%s, %s, %s' % (INBR[(i * 7) % len(INBR)], R.choice(FUNC), org)
    vaste = '%s, %s' % (VASTE[(i * 3) % len(VASTE)], org)
    youth = sc['youth']
    year = day.year
    blocks = []    # list of (label-key or None, lines) ; label-key None = special block text
    sec = []
    def add(key, lines):
        if isinstance(lines, str): lines = [lines]
        sec.append((key, list(lines)))
    def special(tag, text):
        sec.append((None, [tag, text]))
    # --- top special blocks
    init0, y0 = youth[0]; init0 = init0.split()[-1]
    top = R.sample(['title', 'header', 'filename', 'company'], R.randint(1, 3))
    if 'property (title)' in dplace: top = [t for t in top if t != 'title'] + ['title']
    if 'header' in dplace: top = [t for t in top if t != 'header'] + ['header']
    if 'file name' in dplace: top = [t for t in top if t != 'filename'] + ['filename']
    for t in top:
        if t == 'title':
            special('[PROPERTY title]', dplace['property (title)'][0][2] if 'property (title)' in dplace else
                    'Veiligheidskaart %s (%d) - %s' % (init0, y0, soort))
        elif t == 'header':
            special('[HEADER]', dplace['header'][0][2] if 'header' in dplace else
                    R.choice(['VHK – VERTROUWELIJK – %s' % sc['gem'].upper(), 'VeiligheidsTeam Fryslân | vertrouwelijk',
                              'Vertrouwelijk: alleen voor deelnemers VHT']))
        elif t == 'filename':
            special('[FILENAME]', dplace['file name'][0][2] if 'file name' in dplace else
                    'VHK_%s_%s%d_%s.docx' % (sc['gem'].replace(' ', '-').replace('ú', 'u').replace('â', 'a'), init0.rstrip('.'), y0, day.strftime('%Y%m%d')))
        elif t == 'company':
            special('[PROPERTY company]', org)
    # --- cover
    add('datum', fmt_date(day, ds))
    add('soort', soort_txt)
    jl = ['%s (%d)' % yy for yy in youth]
    if 'jeugdige' in dplace: jl[0] = dplace['jeugdige'][0][2]
    add('jeugdige', jl if R.random() < 0.6 else ', '.join(jl))
    add('inbrenger', inbr)
    add('vaste', vaste)
    add('gemeente', sc['gem'])
    if R.random() < 0.5:
        g = R.choice(GEDRAG)
        add('gedrag', R.choice(['Ja, %s, op %s' % (g, fmt_date(d2, 0)), '%s (%s)' % (g, fmt_date(d2, 3))]))
    ages = [(lab, year - y) for lab, y in youth]
    first = 'Vader' if 'Moeder overleden' in sc['gezin'] else 'Moeder'
    geinf = ['%s: gesproken op %s (huisbezoek in %s).' % (first, fmt_date(d2, ds), sc['town'])]
    if first == 'Moeder' and 'vader' in sc['gezin'].lower() and 'onbekend' not in sc['gezin']:
        geinf.append(R.choice(['Vader: telefonisch gesproken op %s.' % fmt_date(d2 - datetime.timedelta(days=1), 3),
                               'Heit: sprutsen op %s, hy wit derfan.' % fmt_date(d2, 0)]))
    for lab, a in ages:
        if a >= 8:
            geinf.append('%s (%d jaar): gesproken op %s op school.' % (lab.split()[-1], a, fmt_date(d2, 4)))
    geinf.append(R.choice(['De huisarts is op de hoogte.', 'School is geïnformeerd.', 'De jeugdarts van de GGD weet van de inbreng.']))
    add('geinf', geinf)
    if i % 7 == 3:
        add('instemming', ['Nee. Vader wil niet dat het gezin besproken wordt ("it giet gjinien wat oan").',
                           'Verantwoording inbrenger: de veiligheid van de kinderen is in het geding en vrijwillige hulp loopt vast; '
                           'ouders zijn geïnformeerd over de inbreng en krijgen de uitkomst.'])
    else:
        add('instemming', R.choice(['Ja, ouders stemmen in met bespreking in het VHT.', 'Ja (mondeling, %s).' % fmt_date(d2, 0),
                                    'Ja. Mem en heit binne it der mei iens.']))
    add('vraag', sc['vraag'])
    if R.random() < 0.3:
        add('experts', R.choice(['Kinderarts MCL', 'GZ-psycholoog Kinnik', 'Jurist Veilig Thuis Friesland']))
    # --- main
    gez = [sc['gezin']]
    if style in ('num', 'caps') or 'gezin' in dplace:
        rows = ['| rol | geboortejaar | woont |']
        for lab, y in youth: rows.append('| %s | %d | thuis |' % (lab, y))
        gez = [sc['gezin']] + rows
    for cat, val, text in dplace.get('gezin', []): gez.append(text)
    add('gezin', gez)
    z = [('- ' if style != 'lower' else '') + t.format(d1=fmt_date(d1, ds)) for t in sc['zorgen']]
    for cat, val, text in dplace.get('zorgen', []): z.append(text)
    add('zorgen', z)
    if 'comment text' in dplace or 'comment author' in dplace:
        if 'comment author' in dplace: special('[COMMENT author=%s]' % dplace['comment author'][0][2], 'Dit klopt niet, het was anders.')
        if 'comment text' in dplace: special('[COMMENT author=Gedragswetenschapper %s]' % org, dplace['comment text'][0][2])
    elif R.random() < 0.5:
        special('[COMMENT author=%s]' % R.choice(['Voorzitter VHT', 'Gedragswetenschapper %s' % org, 'Vaste deelnemer %s' % sc['gem']]),
                R.choice(['Graag concreter: wat zag school precies, en wanneer?', 'Score van moeder nog navragen.',
                          'Is de jeugdige zelf gesproken? Graag toevoegen.']))
    if R.random() < 0.7: add('patroon', sc['patroon'])
    k = [sc['krachten']] + [t for c, v, t in dplace.get('krachten', [])]
    add('krachten', k)
    add('risico', [sc['risico']] + [t for c, v, t in dplace.get('risico', [])])
    if sc['stemj']:
        add('stemj', sc['stemj'] + [t for c, v, t in dplace.get('stemj', [])])
    if 'alt text' in dplace:
        special('[ALT]', dplace['alt text'][0][2])
    elif R.random() < 0.4:
        special('[ALT]', 'Tekening van %s (%d): drie huizen, het huis van de zorgen is grijs.' % (init0, y0))
    add('stemo', [sc['stemo']] + [t for c, v, t in dplace.get('stemo', [])])
    add('visie', sc['visie'])
    si, so, sj = R.randint(2, 5), R.randint(4, 8), R.randint(2, 6)
    if style in ('num', 'syn') :
        add('score', ['| Inbrenger | %d |' % si, '| Ouders | %d |' % so] + (['| %s | %d |' % (init0, sj)] if sc['stemj'] else []))
    else:
        add('score', 'Inbrenger: %d. Ouders: %d.%s' % (si, so, (' %s: %d.' % (init0, sj)) if sc['stemj'] else ''))
    if 'tracked deletion' in dplace:
        special('[TRACKED-DELETION]', dplace['tracked deletion'][0][2])
    elif R.random() < 0.4:
        special('[TRACKED-DELETION]', 'Inbrenger: %d.' % (si + 1))
    add('betr', [sc['betr']] + [t for c, v, t in dplace.get('betr', [])])
    if soort == 'Vervolgbespreking':
        add('advies', 'Vorige keer: veiligheidsplan met netwerk opstellen en over zes weken terugkoppelen.')
    if soort == 'Monitoring':
        add('borging', 'Wekelijks contact met de inbrenger; bij een nieuw incident direct Veilig Thuis Friesland (0800-2000).')
    if 'footnote' in dplace:
        special('[FOOTNOTE]', dplace['footnote'][0][2])
    elif R.random() < 0.4:
        special('[FOOTNOTE]', 'Bron: zorgmelding politie Noord-Nederland van %s.' % fmt_date(d1, 0))
    pgc = R.choice([None, '-', 'n.v.t.', 'niet invullen bij inbreng', 'N.v.t. (intake)'])
    if pgc: add('pg', pgc)
    if 'footer' in dplace:
        special('[FOOTER]', dplace['footer'][0][2])
    elif R.random() < 0.5:
        special('[FOOTER]', R.choice(['Veiligheidskaart VHT Fryslân – versie %d' % R.randint(1, 4), 'Pagina 1 van 3',
                                      'Vertrouwelijk – niet doorsturen zonder toestemming']))
    if 'mail subject' in dplace or R.random() < 0.4:
        special('[MAIL-SUBJECT]', dplace['mail subject'][0][2] if 'mail subject' in dplace else
                'Inbreng VHK %s (%d) %s – %s' % (init0, y0, sc['gem'], soort))
    if 'mail body' in dplace or R.random() < 0.4:
        body = 'Goeie, hierbij de kaart voor de bespreking van volgende week. Groetnis, vaste deelnemer %s.' % org
        if 'mail body' in dplace: body = 'Goedemorgen, hierbij de kaart. ' + dplace['mail body'][0][2] + ' Groet, vaste deelnemer.'
        special('[MAIL-BODY]', body)
    # --- render
    out = []; n = 0
    for key, lines in sec:
        if key is None:
            out.append(lines[0]); out.append(lines[1]); out.append(''); continue
        can, syn = LABELS[key]; n += 1
        if style == 'canon': lab = can + ':'
        elif style == 'syn': lab = syn + ':'
        elif style == 'num': lab = '%d. %s:' % (n, can)
        elif style == 'caps': lab = can.upper() + ':'
        else: lab = syn.lower()
        out.append(lab); out.extend(lines); out.append('')
    text = '\n'.join(out).rstrip('\n') + '\n'
    notes = '; '.join('%s "%s" @ %s' % (c, v, place_str(k, t)) for c, v, k, t in dirty) if dirty else '-'
    return text, ('DIRTY' if dirty else 'CLEAN'), notes

def main():
    os.makedirs(OUT, exist_ok=True)
    rows = ['file\texpect\tnotes']
    for i in range(1, 61):
        text, exp, notes = make_card(i)
        with open(os.path.join(OUT, 'card-%02d.txt' % i), 'w', encoding='utf-8', newline='\n') as fh: fh.write(text)
        rows.append('card-%02d.txt\t%s\t%s' % (i, exp, notes))
    with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh: fh.write('\n'.join(rows) + '\n')
    print('wrote 60 cards')
main()
