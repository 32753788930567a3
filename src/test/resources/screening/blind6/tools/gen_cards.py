#!/usr/bin/env python3
"""Builds ../cards/card-01.txt … card-60.txt and ../cards/cards.tsv (fixed seed 66).
card-01..45 CLEAN, card-46..60 DIRTY (items from DIRTY below, 30 in all)."""
import datetime as dt, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scenarios import SC
from regions import R, SPECIAL_AUTHORS

rnd = random.Random(66)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'cards')
MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']
MSHORT = ['jan.', 'feb.', 'mrt.', 'apr.', 'mei', 'jun.', 'jul.', 'aug.', 'sept.', 'okt.', 'nov.', 'dec.']
DAYS = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo']
def fmt(d, style):
    return [lambda: d.strftime('%d-%m-%Y'), lambda: d.strftime('%Y-%m-%d'), lambda: '%d %s %d' % (d.day, MONTHS[d.month-1], d.year),
            lambda: '%s %d %s %d' % (DAYS[d.weekday()], d.day, MSHORT[d.month-1], d.year), lambda: d.strftime('%d/%m/%Y'),
            lambda: '%d-%d-%d' % (d.day, d.month, d.year)][style % 6]()

LABELS = {  # key: (canonical, synonym)
 'datum': ('Datum', 'Datum inbreng'), 'soort': ('Soort inbreng', 'Type inbreng'),
 'jeugdige': ('Jeugdige (voorletter en geboortejaar)', 'Jeugdige(n)'), 'inbrenger': ('Inbrenger', 'Inbrenger (naam, functie, organisatie)'),
 'vaste': ('Vaste deelnemer', 'Vaste deelnemer'), 'gemeente': ('Verantwoordelijke gemeente', 'Gemeente'),
 'gw': ('Gedragsdeskundige geraadpleegd', 'Gedragswetenschapper geraadpleegd'), 'geinf': ('Geïnformeerd en gesproken', 'Wie is wanneer geïnformeerd'),
 'instemming': ('Instemming betrokkenen', 'Instemming'), 'vraag': ('Vraag aan het VeiligheidsTeam', 'Hulpvraag aan het VHT'),
 'experts': ('Uit te nodigen experts', 'Experts'), 'gezin': ('Gezinssamenstelling', 'Gezinssamenstelling'),
 'zorgen': ('Wat is er nu onveilig', 'Zorgen'), 'patroon': ('Patroon', 'Patroon uit het verleden'),
 'krachten': ('Krachten en beschermende factoren', 'Krachten'), 'risico': ('Risicofactoren', 'Risicofactoren'),
 'stemj': ('Stem van de jeugdige', 'Wat zegt de jeugdige'), 'stemo': ('Stem van ouders en verzorgers', 'Stem van ouders'),
 'visie': ('Visie van de inbrenger', 'Visie inbrenger'), 'score': ('Veiligheidsscore', 'Score'),
 'betrokken': ('Betrokken hulpverlening', 'Betrokken hulpverlening'), 'advies': ('Advies', 'Advies'),
 'afspraken': ('Afspraken en actiepunten', 'Afspraken en actiepunten'), 'borging': ('Borgingsafspraken', 'Borgingsafspraken'),
 'terecht': ('Waar kunnen ouders en jeugdige terecht', 'Waar kunnen ouders en jeugdige terecht'), 'pg': ('Persoonsgegevens', 'Persoonsgegevens'),
}
ALT_LABELS = {'zorgen': 'Onveiligheid', 'jeugdige': 'Jeugdige', 'vraag': 'Vraag aan het VHT'}
FRL = ['Burgum', 'Grou', 'Wolvega', 'Joure', 'Franeker', 'Dokkum', 'Balk', 'Stiens', 'Makkum', 'Gorredijk', 'Kollum', 'Workum']
INITIALS = ['A.', 'B.', 'D.', 'E.', 'F.', 'H.', 'I.', 'J.', 'K.', 'L.', 'M.', 'N.', 'O.', 'R.', 'S.', 'T.', 'Y.', 'Z.', 'IJ.', 'Ch.', 'Sh.', 'G.']

def label(key, style, num):
    canon, syn = LABELS[key]
    if style == 0: s = canon
    elif style == 1: s = syn
    elif style == 2: s = '%d. %s' % (num, syn if num % 2 else canon)
    elif style == 3: s = canon.upper()
    else: s = ALT_LABELS.get(key, syn).lower() if key != 'gw' else syn.lower()
    return s if style == 4 and num % 3 == 0 else s + ':'

# ------------------------------------------------------------------ dirty items per card (46..60)
# (category, value, place, injection); injection: ('sec', key, line) | ('row', key, line) | ('cover', line) | ('special', tag, text)
DIRTY = {
 46: [('NAME', 'Oksana', 'body (Stem van ouders)', ('sec', 'stemo', 'Oma Oksana (via de telefoon): "Ik kan ze niet elke week nemen."')),
      ('PHONE', '06-19 44 82 07', 'footer', ('special', 'FOOTER', 'Bij vragen: moeder bereikbaar op 06-19 44 82 07'))],
 47: [('NAME', 'Zhang Wei', 'comment author', ('special', 'COMMENT author=Zhang Wei', 'Klopt dit? Ik heb dit niet zo gezegd.')),
      ('BIRTHDATE', '11-02-{ya}', 'cover value (Jeugdige)', ('cover', '{A} (11-02-{ya})'))],
 48: [('NAME', 'Koopmans', 'mail subject', ('special', 'MAIL-SUBJECT', 'Inbreng VHT - gezin Koopmans - graag inplannen')),
      ('EMAIL', 'blondie_1987@hotmail.com', 'mail body', ('special', 'MAIL-BODY', 'Beste voorzitter, moeder wil een kopie ontvangen op blondie_1987@hotmail.com. Met vriendelijke groet, vaste deelnemer'))],
 49: [('BSN', '125 320 863', 'footnote', ('special', 'FOOTNOTE', '1 BSN jeugdige 125 320 863, opgevraagd bij school.')),
      ('NAME', 'Sietske', 'body (Krachten)', ('sec', 'krachten', 'Tante Sietske uit Sneek komt in het weekend helpen.'))],
 50: [('ADDRESS', 'Hooghiemstraplein 12', 'header', ('special', 'HEADER', 'VHK gezin - Hooghiemstraplein 12 - vertrouwelijk')),
      ('NAME', 'Chiara', 'tracked deletion', ('special', 'TRACKED-DELETION', 'Stiefzus Chiara (2009) woont ook in huis.'))],
 51: [('URL', 'https://www.snapchat.com/add/lil.s2011', 'comment text', ('special', 'COMMENT author=Gedragswetenschapper VHT', 'Zie ook zijn Snap: https://www.snapchat.com/add/lil.s2011 (openbaar).')),
      ('NAME', 'Achterberg', 'body (Zorgen)', ('sec', 'zorgen', '- Achterberg (buurman) heeft gedreigd de kinderen iets aan te doen.'))],
 52: [('ID_NUMBER', 'cliëntnr. 2026-118204', 'body (Betrokken hulpverlening)', ('sec', 'betrokken', 'Jeugd-GGZ, cliëntnr. 2026-118204.')),
      ('NAME', 'Sun-hee', 'alt text', ('special', 'ALT', 'Foto: Sun-hee en haar broertje bij de speeltuin'))],
 53: [('IBAN', 'NL82BUNQ6583370935', 'body (Risicofactoren)', ('sec', 'risico', 'Vader leent geld van kennissen; zij storten op NL82BUNQ6583370935.')),
      ('NAME', 'Papadopoulos', 'property (title)', ('special', 'PROPERTY title', 'VHK Papadopoulos eerste inbreng'))],
 54: [('BIRTHDATE', '4 mei {ya}', 'body (Geïnformeerd en gesproken)', ('sec', 'geinf', '{A} (geb. 4 mei {ya}) is zelf ook gesproken.')),
      ('PHONE', '+31 6 5521 0893', 'mail body', ('special', 'MAIL-BODY', 'Goedemorgen, vader wil teruggebeld worden op +31 6 5521 0893. Groet, casusregisseur'))],
 55: [('POSTCODE', '8931 AK', 'footer', ('special', 'FOOTER', 'Correspondentieadres gezin: 8931 AK Leeuwarden')),
      ('NAME', 'Kazlauskas', 'table row (Gezinssamenstelling)', ('row', 'gezin', '| nieuwe partner moeder | Kazlauskas | 1984 |'))],
 56: [('EMAIL', 'k.dijkstra.mama@ziggo.nl', 'comment text', ('special', 'COMMENT author=Vaste deelnemer', 'Moeder mailt zelf vanaf k.dijkstra.mama@ziggo.nl, graag niet reageren.')),
      ('ID_NUMBER', 'parketnummer 16/118823-26', 'body (Patroon)', ('sec', 'patroon', 'Strafzaak tegen vader loopt (parketnummer 16/118823-26).'))],
 57: [('BSN', '931842396', 'tracked deletion', ('special', 'TRACKED-DELETION', 'BSN: 931842396')),
      ('NAME', 'Henk', 'body (Krachten)', ('sec', 'krachten', 'opa Henk haalt de kinderen twee middagen uit school.'))],
 58: [('URL', 'instagram.com/dana_vldg', 'footnote', ('special', 'FOOTNOTE', '2 De filmpjes staan op instagram.com/dana_vldg.')),
      ('ADDRESS', 'Noordsingel 87b', 'body (Gezinssamenstelling)', ('sec', 'gezin', 'Vader woont sinds de zomer op Noordsingel 87b.'))],
 59: [('BIRTHDATE', '{ya}-07-09', 'file name', ('special', 'FILENAME', 'VHK_{ya}-07-09_monitoring.docx')),
      ('NAME', 'Ayaan', 'mail body', ('special', 'MAIL-BODY', 'Hoi, hierbij de kaart van Ayaan, zoals besproken. Groet, jeugdconsulent'))],
 60: [('NAME', 'Eerdmans', 'header', ('special', 'HEADER', 'Veiligheidskaart fam. Eerdmans')),
      ('POSTCODE', '2563 PL', 'body (Onveiligheid)', ('sec', 'zorgen', '- Vader is gezien in de straat van moeder (2563 PL).'))],
}

def build(n):
    sc = SC[(n - 1) % len(SC)]
    reg = R[(n * 7 + n // 15) % len(R)]
    style = n % 5
    cy = 2026
    date = dt.date(2026, 10, 5) + dt.timedelta(days=rnd.randint(0, 65))
    dstyle = rnd.randint(0, 5)
    ev = lambda lo, hi: fmt(date - dt.timedelta(days=rnd.randint(lo, hi)), rnd.randint(0, 5))
    D1, D2 = ev(12, 30), ev(2, 10)
    D3 = fmt(date + dt.timedelta(days=rnd.randint(40, 90)), rnd.randint(0, 5))
    inits = rnd.sample(INITIALS, 3)
    ages = [rnd.randint(lo, hi) for lo, hi in sc['ages']]
    yrs = [cy - a for a in ages]
    A, B = inits[0], inits[1]
    sub = dict(A=A, B=B, a=ages[0], b=ages[1] if len(ages) > 1 else '', ya=yrs[0], yb=yrs[1] if len(yrs) > 1 else '',
               m=rnd.randint(1981, 1996) if sc['key'] != 'tienermoeder' else rnd.randint(1978, 1988),
               v=rnd.randint(1975, 1994), s=rnd.randint(1978, 1995), D1=D1, D2=D2, D3=D3, **{k: reg[k] for k in
               ('P1', 'P2', 'SCHOOL', 'ZKH', 'GGZ', 'VT', 'GI', 'RVDK')})
    if sc['key'] == 'tienermoeder': sub['yb'] = yrs[1]
    f = lambda s: s.format(**sub)
    soort = sc.get('soort') or ('Vervolgbespreking' if n % 6 == 0 else 'Eerste inbreng')
    # author
    org = reg['team']; name, role = reg['inb']
    if n % 4 == 2:
        name, role, kind = SPECIAL_AUTHORS[(n // 4) % len(SPECIAL_AUTHORS)]
        org = {'Veilig Thuis': reg['VT'] if 'Veilig' in reg['VT'] else 'Veilig Thuis Utrecht', 'RvdK': reg['RVDK'], 'VHT': 'VeiligheidsTeam (Zi2T)'}[kind]
        if kind == 'Veilig Thuis' and 'Samen Veilig' in org: org = 'Samen Veilig Midden-Nederland (Veilig Thuis)'
    if sc['key'] == 'ots_einde': name, role, org = ['Wendelien Schaap', 'Bart Kuijpers', 'Mehtap Aksoy', 'Jorieke Pals'][n // 15], 'jeugdbeschermer', reg['GI']
    sec = []  # list of [key, lines]
    youth = ['%s (%d)' % (A, yrs[0])] + (['%s %s (%d)' % ('broertje' if i == 1 and n % 2 else '', [B, inits[2]][i - 1], y) for i, y in enumerate(yrs[1:], 1)] if len(yrs) > 1 else [])
    youth = [y.strip() for y in youth]
    if sc['key'] == 'tienermoeder': youth = ['%s (%d)' % (A, yrs[0]), 'baby %s (%d)' % (B, yrs[1])]
    if len(yrs) == 3: youth = ['%s (%d), %s (%d) en %s (%d)' % (A, yrs[0], B, yrs[1], inits[2], yrs[2])]
    sec.append(['datum', [fmt(date, dstyle)]])
    sec.append(['soort', [soort if n % 3 else '  '.join(('☒ ' if o == soort else '☐ ') + o for o in ('Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Overdracht'))]])
    sec.append(['jeugdige', youth])
    sec.append(['inbrenger', ['%s, %s, %s' % (name, role, org)]])
    team0 = reg['team']
    VASTE_SPECIAL = {'Veilig Thuis': 'Hester Wijnands', 'RvdK': 'Gerben Altena', 'VHT': 'Mariska Donkers'}
    if n % 4 == 2 and sc['key'] != 'ots_einde': reg = dict(reg, vast=VASTE_SPECIAL[kind], team=org)
    if sc['key'] == 'ots_einde': reg = dict(reg, vast='Jolanda Brouwers', team=org)
    sec.append(['vaste', ['%s (%s)' % (reg['vast'], reg['team']) if n % 2 else '%s, %s' % (reg['vast'], reg['team'])]])
    sec.append(['gemeente', [reg['gem']]])
    if reg['gw'] and n % 3 != 1: sec.append(['gw', ['Ja, %s, op %s' % (reg['gw'], D2)]])
    elif n % 3 == 1: sec.append(['gw', ['Nee, nog niet; gepland voor de bespreking.']])
    geinf = ['Moeder: gesproken op %s (huisbezoek in %s).' % (D2, reg['P1'])]
    if ages[0] >= 12 and sc['key'] != 'eer': geinf.append('%s: apart gesproken op %s, op school.' % (A, ev(1, 9)))
    if sc['key'] == 'eer': geinf = ['%s: gesproken op %s op school, samen met de mentor.' % (A, D2), 'Ouders: bewust niet geïnformeerd (advies LEC EGG en gedragswetenschapper).']
    if sc['key'] in ('vt_raad',): geinf.append('Vader: uitgenodigd op %s, niet verschenen.' % ev(5, 15))
    elif sc['key'] != 'eer': geinf.append('Vader: telefonisch op %s.' % ev(1, 12))
    geinf.append(['Huisarts en school zijn op de hoogte.', 'De jeugdarts is geïnformeerd.', '%s is op de hoogte van de inbreng.' % reg['VT'], 'Mentor geïnformeerd per telefoon.'][n % 4])
    sec.append(['geinf', geinf])
    if sc['key'] == 'eer':
        inst = ['Nee. Reden: ouders zijn niet gevraagd, omdat dit het risico voor %s vergroot.' % A,
                'Onderbouwing inbrenger: de veiligheid van %s weegt zwaarder; %s stemt zelf wel in met de inbreng.' % (A, A)]
    elif sc['key'] == 'vt_raad':
        inst = ['Nee.', 'Reden: ouders weigeren elk contact met de hulpverlening.', 'Onderbouwing: gezien de ernst van het geweld en de zorgmijding breng ik de kaart toch in; ouders zijn hierover per brief geïnformeerd.']
    elif n % 7 == 3:
        inst = ['Gedeeltelijk: moeder ja, vader nee (wil "geen bemoeienis").', 'Onderbouwing inbrenger: de zorgen over de kinderen zijn zo groot dat ik de kaart toch inbreng; vader is hiervan op de hoogte.']
    else:
        inst = [['Ja', 'Ja, beide ouders en %s stemmen in.' % A, 'ja, mondeling gegeven op %s' % D2, 'Ja (moeder en vader), %s weet ervan.' % A][n % 4]]
    sec.append(['instemming', inst])
    sec.append(['vraag', [f(sc['vraag'])]])
    if n % 3 == 0: sec.append(['experts', [['Jeugdarts GGD en de zorgcoördinator van school.', 'Iemand van %s.' % reg['GGZ'], 'Raadsonderzoeker %s' % reg['RVDK']][n % 9 // 3]]])
    gezin = [f(x) for x in sc['gezin']]
    if n % 4 == 0 and sc['key'] != 'tienermoeder':  # table form
        gezin = ['| rol | geboortejaar | woont |', '|---|---|---|'] + \
                ['| moeder | %s | thuis |' % sub['m']] + (['| stiefvader | %s | thuis |' % sub['s']] if '{s}' in sc['gezin'][0] else []) + \
                (['| vader | %s | thuis |' % sub['v']] if sc['gezin'][0].startswith('Vader ({v}),') or ', vader ({v})' in sc['gezin'][0] else []) + \
                ['| jeugdige %s | %s | thuis |' % (A, yrs[0])] + \
                (['| jeugdige %s | %s | thuis |' % (B, yrs[1])] if len(yrs) > 1 else []) + [gezin[-1]] if len(gezin) > 1 else gezin
    sec.append(['gezin', gezin])
    sec.append(['zorgen', [f(x) for x in sc['zorgen']]])
    if sc.get('patroon'): sec.append(['patroon', [f(x) for x in sc['patroon']]])
    kr = [f(x) for x in sc['krachten']]
    if n % 5 == 1:
        kr.append('Familie van %s in %s (Friesland) wil helpen, maar woont ver weg; zij bellen wekelijks.' % (['vader', 'moeder'][n % 2], FRL[n % len(FRL)]))
    sec.append(['krachten', kr])
    sec.append(['risico', [f(x) for x in sc['risico']]])
    if not (max(ages) < 8 and n % 2 == 0): sec.append(['stemj', [f(x) for x in sc['stemj']]])
    sec.append(['stemo', [f(x) for x in sc['stemo']]])
    sec.append(['visie', [f(x) for x in sc['visie']]])
    sc_lines = [f(x) for x in sc['score']]
    if n % 3 == 1: sc_lines = ['| wie | score |'] + ['| %s | %s |' % tuple(x.split(': ')) for x in sc_lines]
    elif n % 3 == 2: sc_lines = [', '.join(sc_lines) + ' (0 = onveilig, 10 = veilig)']
    sec.append(['score', sc_lines])
    sec.append(['betrokken', ['%s, %s, %s, huisarts.' % (team0, reg['GGZ'], reg['SCHOOL'][0].upper() + reg['SCHOOL'][1:] if reg['SCHOOL'][0] != "'" else reg['SCHOOL'])]])
    if soort == 'Vervolgbespreking':
        sec.append(['advies', ['Uitkomst inbreng VHT d.d. %s: veiligheidsplan aanscherpen met netwerk; %s sluit aan bij vervolg.' % (ev(30, 50), reg['VT'])]])
        sec.append(['afspraken', ['- Netwerkberaad binnen 3 weken (inbrenger).', '- Terugkoppeling aan de voorzitter VHT na het beraad.']])
    if sc['key'] == 'ots_einde':
        sec.append(['borging', ['%s neemt de regie over per %s; huisbezoek elke 6 weken tot de zomer.' % (team0, D3), 'Bij terugval belt moeder zelf de Toegang; de zus van moeder is achterwacht.']])
        sec.append(['terecht', ['%s (regie na overdracht); Veilig Thuis 0800-2000; bij acuut gevaar 112.' % team0]])
    pg = [None, '-', 'n.v.t.', 'niet invullen bij inbreng', 'N.v.t. (intake)'][n % 5]
    if pg: sec.append(['pg', [pg]])
    # special blocks (clean)
    specials = []
    kinds = rnd.sample(['HEADER', 'FOOTER', 'COMMENT', 'ALT', 'PROPERTY title', 'PROPERTY company', 'TRACKED-DELETION', 'FOOTNOTE', 'MAIL-SUBJECT', 'MAIL-BODY', 'FILENAME'], 3)
    for k in kinds:
        if k == 'HEADER': specials.append(('top', 'HEADER', ['VERTROUWELIJK - Veiligheidskaart - %s' % reg['gem'], 'VHK %s (%d) - %s' % (A, yrs[0], soort)][n % 2]))
        if k == 'FOOTER': specials.append(('end', 'FOOTER', 'Pagina 1 van %d - %s - versie %s' % (rnd.randint(3, 5), org, fmt(date, 0))))
        if k == 'COMMENT': specials.append(('zorgen', 'COMMENT author=' + ['Voorzitter VHT (Zi2T)', 'Gedragswetenschapper VHT', 'Vaste deelnemer ' + reg['team'], 'Casusregisseur VHT'][n % 4],
                                            ['Kun je concreter maken wat er op %s precies gebeurde?' % D1, 'Graag ook de stem van vader toevoegen.', 'Is %s hierover al geïnformeerd?' % reg['VT'], 'Let op: zonder stem van de jeugdige kunnen we niet plannen.'][n % 4]))
        if k == 'ALT': specials.append(('stemj', 'ALT', 'Tekening van %s (%s jaar): drie huizen, het huis van de zorgen is rood gekleurd.' % (A, ages[0]) if ages[0] >= 4 else 'Foto van de slaapplek in de woonkamer (geen personen in beeld).'))
        if k == 'PROPERTY title': specials.append(('top', 'PROPERTY title', 'Veiligheidskaart %s (%d) - %s' % (A, yrs[0], reg['gem'])))
        if k == 'PROPERTY company': specials.append(('top', 'PROPERTY company', org))
        if k == 'TRACKED-DELETION': specials.append(('score', 'TRACKED-DELETION', 'Inbrenger: %d' % rnd.randint(2, 6)))
        if k == 'FOOTNOTE': specials.append(('zorgen', 'FOOTNOTE', '1 ARIJ afgenomen op %s; uitkomst besproken met de gedragswetenschapper.' % D2))
        if k == 'MAIL-SUBJECT': specials.append(('top', 'MAIL-SUBJECT', 'VHK %s - %s %s (%d) - %s' % (reg['gem'], soort.lower(), A, yrs[0], fmt(date, 0))))
        if k == 'MAIL-BODY': specials.append(('end', 'MAIL-BODY', 'Beste voorzitter, bijgaand de veiligheidskaart voor de bespreking van %s. Graag ontvangstbevestiging. Met vriendelijke groet, vaste deelnemer %s' % (
            fmt(date + dt.timedelta(days=8), 3), reg['team'])))
        if k == 'FILENAME': specials.append(('top', 'FILENAME', 'VHK_%s_%s%d_%s.docx' % (reg['gem'].replace(' ', '-'), A.rstrip('.'), yrs[0], date.strftime('%Y%m%d'))))
    notes = '-'
    if n in DIRTY:
        items = []
        for cat, val, place, inj in DIRTY[n]:
            if inj[0] == 'special':
                pos = 'top' if inj[1] in ('HEADER', 'PROPERTY title', 'MAIL-SUBJECT', 'FILENAME') else ('end' if inj[1] in ('FOOTER', 'MAIL-BODY') else 'visie')
                specials = [s for s in specials if s[1].split(' ')[0] != inj[1].split(' ')[0]]
                specials.append((pos, inj[1], f(inj[2])))
            elif inj[0] == 'cover':
                for s in sec:
                    if s[0] == 'jeugdige': s[1][0] = f(inj[1]); break
            else:
                hit = [s for s in sec if s[0] == inj[1]]
                if not hit: sec.insert(-1, [inj[1], []]); hit = [s for s in sec if s[0] == inj[1]]
                hit[0][1].append(f(inj[2]))
            items.append('%s "%s" @ %s' % (cat, f(val), place))
        notes = '; '.join(items)
    # render
    out = []
    for pos, tag, text in specials:
        if pos == 'top': out += ['[%s]' % tag, text, '']
    for i, (key, lines) in enumerate(sec, 1):
        out.append(label(key, style, i))
        out += lines
        out.append('')
        for pos, tag, text in specials:
            if pos == key: out += ['[%s]' % tag, text, '']
        if key == 'zorgen' and style in (0, 3) and n % 2: out[-1:] = ['', 'VEILIGHEIDSKAART' if style == 3 else '']
    for pos, tag, text in specials:
        if pos == 'end' or (pos not in ('top',) and pos not in [k for k, _ in sec]): out += ['[%s]' % tag, text, '']
    return '\n'.join(out).rstrip('\n') + '\n', notes

rows = []
for n in range(1, 61):
    text, notes = build(n)
    with open(os.path.join(OUT, 'card-%02d.txt' % n), 'w', encoding='utf-8', newline='\n') as fh: fh.write(text)
    rows.append('card-%02d.txt\t%s\t%s' % (n, 'CLEAN' if n <= 45 else 'DIRTY', notes))
with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('file\texpect\tnotes\n' + '\n'.join(rows) + '\n')
print('wrote 60 cards')
