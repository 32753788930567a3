#!/usr/bin/env python3
"""Builds ../cards/card-01..60.txt and cards.tsv (fixed seed 10). Python 3 standard library."""
import os, random, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scenarios import SCENARIOS

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'cards')
rng = random.Random(10)

def elfproef(d):
    if len(d) == 8: d = '0' + d
    return (sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])) % 11 == 0
def bsn():
    while True:
        d = str(rng.randint(100000000, 999999999))
        if elfproef(d): return d
def iban(cc, bban):
    num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
    return cc + '%02d' % (98 - int(num) % 97) + bban

# city: (gemeente, org of inbrenger, vaste deelnemer org, wijken, hospital, ggz, GI, school, VT)
CITIES = [
 ('Amsterdam', 'Buurtteam Zuidoost', 'Ouder- en Kindteam Zuidoost', ['de Bijlmer', 'Holendrecht', 'Gaasperdam'], 'Amsterdam UMC locatie AMC', 'Arkin', 'Jeugdbescherming Regio Amsterdam', 'het Cornelius Haga Lyceum', 'Veilig Thuis Amsterdam-Amstelland'),
 ('Rotterdam', 'Wijkteam Feijenoord', 'Wijkteam Feijenoord', ['Feijenoord', 'Afrikaanderwijk', 'Tarwewijk'], 'het Maasstad Ziekenhuis', 'Antes', 'Jeugdbescherming Rotterdam Rijnmond', 'het Zadkine', 'Veilig Thuis Rotterdam Rijnmond'),
 ('Den Haag', 'Jeugdteam Transvaal', 'Centrum Jeugd en Gezin Den Haag', ['Transvaal', 'de Schilderswijk', 'Moerwijk'], 'HMC Westeinde', 'Parnassia', 'Jeugdbescherming west', 'de Johan de Witt-scholengroep', 'Veilig Thuis Haaglanden'),
 ('Utrecht', 'Buurtteam Overvecht', 'Buurtteam Jeugd en Gezin Utrecht', ['Overvecht', 'Kanaleneiland', 'Zuilen'], 'het Diakonessenhuis', 'Altrecht', 'Samen Veilig Midden-Nederland', 'het Sint-Gregorius College', 'Veilig Thuis Utrecht'),
 ('Eindhoven', 'WIJeindhoven Woensel', 'WIJeindhoven', ['Woensel-West', 'Doornakkers', 'Strijp'], 'het Catharina Ziekenhuis', 'GGzE', 'Jeugdbescherming Brabant', 'het Van Maerlantlyceum', 'Veilig Thuis Zuidoost-Brabant'),
 ('Tilburg', 'Toegang Tilburg Noord', 'Toegang Jeugd Tilburg', ['Tilburg Noord', 'de Reeshof', 'Korvel'], 'het Elisabeth-TweeSteden Ziekenhuis', 'GGZ Breburg', 'William Schrikker Stichting', 'het Koning Willem I College', 'Veilig Thuis Midden-Brabant'),
 ('Groningen', 'WIJ Selwerd', 'WIJ Groningen', ['Selwerd', 'Paddepoel', 'Beijum'], 'het Martini Ziekenhuis', 'Lentis', 'Jeugdbescherming Noord', 'het Menso Alting', 'Veilig Thuis Groningen'),
 ('Zwolle', 'Sociaal Wijkteam Holtenbroek', 'Sociaal Wijkteam Zwolle', ['Holtenbroek', 'Diezerpoort', 'Stadshagen'], 'Isala', 'Dimence', 'Jeugdbescherming Overijssel', 'de Thorbecke Scholengemeenschap', 'Veilig Thuis IJsselland'),
 ('Arnhem', 'Sociaal Wijkteam Presikhaaf', 'Sociale Wijkteams Arnhem', ['Presikhaaf', 'Klarendal', 'Malburgen'], 'Rijnstate', 'Pro Persona', 'Jeugdbescherming Gelderland', 'het Stedelijk Gymnasium Arnhem', 'Veilig Thuis Gelderland-Midden'),
 ('Maastricht', 'Sociaal Wijkteam Noordoost', 'Sociale Wijkteams Maastricht', ['Malberg', 'Pottenberg', 'Mariaberg'], 'het MUMC+', 'Mondriaan', 'Jeugdbescherming Limburg', 'het Sint-Maartenscollege', 'Veilig Thuis Zuid-Limburg'),
]
INBRENGERS = ['Noura Bakkali', 'Jeffrey Kartoredjo', 'Lisanne Mulder', 'Mehtap Uysal', 'Kwame Asante', 'Marieke de Graaff',
  'Yusuf Durmaz', 'Sharon Zeegelaar', 'Iris Hofstede', 'Faisal Rahimi', 'Ewa Mazur', 'Thijs Koolhaas', 'Sanne Brugman',
  'Rodney Martis', 'Hayat Zerouali', 'Pieter-Bas Nijland', 'Mirjam Ketelaar', 'Dilan Kurt', 'Chantal Lo-A-Njoe',
  'Arjen Vlietstra']
ROLES = ['jeugdconsulent', 'gezinscoach', 'casemanager', 'wijkteammedewerker jeugd', 'jeugdprofessional', 'procesregisseur']
VASTE = ['Anne-Fleur Dijkman', 'Hicham Tahiri', 'Renate Hulshof', 'Okan Yüce', 'Gerdien Wolters', 'Ruud Spaargaren',
  'Nadia Ramsaran', 'Bert Hooijer', 'Sylvana Eleonora', 'Marco Brouns']
GEDRAG = ['Jorien Pasman (orthopedagoog-generalist)', 'Abdel Bouhali (GZ-psycholoog)', 'Femke Terlouw (gedragswetenschapper)', 'Kim Nguyen (orthopedagoog)']
DATES = ['%d-%d-2026', '%02d-%02d-2026', '2026-%02d-%02d', '%d %s 2026', 'di %d %s 2026', '%02d/%02d/2026']
MONTHS = {10: 'oktober', 11: 'november', 12: 'december'}
MON_S = {10: 'okt.', 11: 'nov.', 12: 'dec.'}
INITIALS = ['A.', 'B.', 'D.', 'E.', 'F.', 'H.', 'I.', 'J.', 'K.', 'L.', 'M.', 'N.', 'O.', 'R.', 'S.', 'T.', 'Y.', 'Z.', 'Ch.', 'IJ.', 'Sh.', 'Kh.']
SOORT = ['Eerste inbreng', 'Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Overdracht']

STYLES = [
 dict(datum='Datum', soort='Soort inbreng', jeugd='Jeugdige (voorletter en geboortejaar)', inbr='Inbrenger', vaste='Vaste deelnemer', gem='Verantwoordelijke gemeente', gedrag='Gedragsdeskundige geraadpleegd', geinf='Geïnformeerd en gesproken', inst='Instemming betrokkenen', vraag='Vraag aan het VeiligheidsTeam', gezin='Gezinssamenstelling', zorg='Wat is er nu onveilig', krach='Krachten en beschermende factoren', risk='Risicofactoren', stemj='Stem van de jeugdige', stemo='Stem van ouders en verzorgers', visie='Visie van de inbrenger', score='Veiligheidsscore', betr='Betrokken hulpverlening', pg='Persoonsgegevens'),
 dict(datum='Datum inbreng', soort='Type inbreng', jeugd='Jeugdige(n)', inbr='Inbrenger (naam, functie, organisatie)', vaste='Vaste deelnemer', gem='Gemeente', gedrag='Gedragswetenschapper geraadpleegd', geinf='Wie is wanneer geïnformeerd', inst='Instemming', vraag='Vraag aan het VHT', gezin='Gezinssamenstelling', zorg='Zorgen', krach='Krachten', risk='Risicofactoren', stemj='Wat zegt de jeugdige', stemo='Stem van ouders', visie='Visie inbrenger', score='Score', betr='Betrokken hulpverlening', pg='Persoonsgegevens'),
 dict(datum='Datum inbreng', soort='Soort inbreng', jeugd='Jeugdige', inbr='Inbrenger', vaste='Vaste deelnemer', gem='Gemeente', gedrag='Gedragsdeskundige geraadpleegd', geinf='Geïnformeerd en gesproken', inst='Instemming betrokkenen', vraag='Hulpvraag aan het VHT', gezin='Gezinssamenstelling', zorg='Onveiligheid', krach='Krachten', risk='Risicofactoren', stemj='Stem van de jeugdige', stemo='Stem van ouders en verzorgers', visie='Visie inbrenger', score='Veiligheidsscore', betr='Betrokken hulpverlening', pg='Persoonsgegevens'),
]
ORDER = ['datum', 'soort', 'jeugd', 'inbr', 'vaste', 'gem', 'gedrag', 'geinf', 'inst', 'vraag', 'gezin', 'zorg', 'patroon', 'krach', 'risk', 'stemj', 'stemo', 'visie', 'score', 'betr', 'pg']
PATRONEN = ['Eerdere melding bij Veilig Thuis in 2024, afgesloten met een veiligheidsplan.', 'Geen eerdere meldingen bekend.',
  'Sinds 2022 wisselend hulpverlening; telkens afgehaakt na enkele maanden.', 'Moeder is zelf opgegroeid met geweld; vader heeft een justitieel verleden.']

def label(style_set, variant, key, n):
    lab = style_set[key] if key != 'patroon' else 'Patroon'
    if variant == 'num': return '%d. %s:' % (n, lab)
    if variant == 'caps': return lab.upper() + ':'
    if variant == 'lower': return lab.lower()
    if variant == 'paren': return '%d) %s' % (n, lab)
    return lab + ':'

def fmt_date(i, d, m):
    f = DATES[i % len(DATES)]
    if '%s' in f: return f % (d, MONTHS[m] if f.startswith('%d') else MON_S[m])
    if f.startswith('2026'): return f % (m, d)
    return f % (d, m)

def build(i):
    c = CITIES[(i - 1) % 10]
    gem, org, vorg, wijken, zh, ggz, gi, school, vt = c
    sc = SCENARIOS[(i - 1) if i <= 40 else (i - 41)]
    st = STYLES[i % 3]
    variant = ['plain', 'num', 'caps', 'plain', 'lower', 'paren', 'plain'][i % 7]
    d, m = rng.randint(1, 28), rng.choice([10, 11, 12])
    datum = fmt_date(i, d, m)
    soort = SOORT[i % 5]
    ny = 1 if i % 3 else 2
    years = sorted(rng.sample(range(2008, 2026), ny))
    ini = rng.sample(INITIALS, ny)
    youths = ['%s (%d)' % (a, y) for a, y in zip(ini, years)]
    a, b = ini[0], ini[-1]
    if 'baby' in sc[3] or '3 maanden' in sc[3]:
        years = [2026]; youths = ['%s (%d)' % (a, years[0])]; b = a
    sub = lambda t: t.replace('{a}', a).replace('{b}', b)
    inbr_name = INBRENGERS[(i * 7) % 20]
    inbr = '%s, %s, %s' % (inbr_name, ROLES[i % 6], org if i % 4 else gi if soort != 'Overdracht' else vt)
    vaste = '%s, %s' % (VASTE[i % 10], vorg)
    mo, va = rng.randint(1975, 1998), rng.randint(1970, 1995)
    if i % 4 == 0:
        gezin = ['| rol | geboortejaar | woont |', '| moeder | %d | %s |' % (mo, gem), '| vader | %d | %s |' % (va, rng.choice(['elders in ' + gem, 'in ' + wijken[2], 'onbekend']))] + \
                ['| jeugdige %s | %s | bij moeder |' % (x.split(' ')[0], x.split(' ')[1].strip('()')) for x in youths]
    else:
        gezin = ['Moeder (%d), %s (%d); %s. Het gezin woont in %s.' % (mo, rng.choice(['vader', 'stiefvader', 'partner van moeder']), va, ' en '.join(youths), wijken[0])]
    geinf = ['Moeder: gesproken op %s (huisbezoek in %s).' % (fmt_date(i + 1, max(1, d - 3), m), wijken[0]),
             '%s: gesproken op school, in bijzijn van de mentor.' % a,
             '%s is geïnformeerd.' % rng.choice(['De huisarts', 'De jeugdarts GGD', vt, 'De intern begeleider'])]
    if i % 6 == 0:
        inst = ['Nee. Vader weigert toestemming; hij wil geen bemoeienis van "de instanties".',
                'Verantwoording inbrenger: gezien de ernst van de zorgen breng ik de kaart toch in; vader is hierover geïnformeerd.']
    elif i % 6 == 3:
        inst = ['Gedeeltelijk: moeder stemt in, vader niet.', 'Reden vader: hij voelt zich niet gehoord. Verantwoording: de veiligheid van %s gaat voor; inbreng gebeurt anoniem.' % a]
    else:
        inst = [rng.choice(['Ja, beide ouders stemmen in.', 'Ja, moeder en %s weten ervan en stemmen in.' % a, 'Ja (mondeling, %s).' % fmt_date(i + 2, d, m)])]
    zorg = [sub(sc[0]), 'Familie van moeder woont in %s; %s is op de hoogte via %s.' % (wijken[1], school, rng.choice(['de zorgcoördinator', 'de mentor', 'de schoolmaatschappelijk werker']))]
    score_v = rng.randint(2, 6)
    if i % 5 == 2:
        score = ['| wie | score |', '| inbrenger | %d |' % score_v, '| moeder | %d |' % (score_v + 3), '| %s | %d |' % (a, max(1, score_v - 1))]
    else:
        score = ['Inbrenger: %d. Moeder: %d. %s: %d.' % (score_v, score_v + 2, a, max(1, score_v - 1))]
    sec = {
     'datum': [datum], 'soort': [soort + (' (vorige bespreking VHT-2026-%04d)' % (100 + i + elfproef('2026%04d' % (100 + i))) if soort != 'Eerste inbreng' else '')],
     'jeugd': youths, 'inbr': [inbr_name + ', ' + inbr.split(', ', 1)[1]], 'vaste': [vaste], 'gem': [gem],
     'gedrag': ['Ja, ' + GEDRAG[i % 4] + ', op ' + fmt_date(i + 3, max(1, d - 1), m)] if i % 3 == 1 else None,
     'geinf': geinf, 'inst': inst, 'vraag': [sub(sc[6])], 'gezin': gezin, 'zorg': zorg,
     'patroon': [PATRONEN[i % 4]] if i % 2 else None,
     'krach': [sub(sc[1])], 'risk': [sub(sc[2])], 'stemj': [sub(sc[3])], 'stemo': [sub(sc[4])], 'visie': [sub(sc[5])],
     'score': score, 'betr': ['%s, %s, %s, %s.' % (org, zh, ggz, gi)],
     'pg': [['-', 'n.v.t.', 'niet invullen bij inbreng', 'N.v.t. (intake)'][i % 4]] if i % 5 else None,
    }
    blocks = {
     'title': '[PROPERTY title]\nVeiligheidskaart %s - %s' % (youths[0], soort),
     'header': '[HEADER]\nVHK %s - VERTROUWELIJK' % gem.upper(),
     'footer': '[FOOTER]\nVersie %d - opgesteld door %s' % (i % 3 + 1, org),
     'comment': '[COMMENT author=Gedragswetenschapper %s]\nKan de vraag concreter? Wat moet er over zes weken anders zijn?' % org,
     'alt': '[ALT]\nTekening van %s: drie huizen, het huis van de zorgen is het grootst.' % a,
     'tracked': '[TRACKED-DELETION]\nInbrenger: %d.' % (score_v + 1),
     'footnote': '[FOOTNOTE]\nBron: verslag van %s d.d. %s.' % (school, fmt_date(i + 4, max(1, d - 5), m)),
     'subj': '[MAIL-SUBJECT]\nInbreng VHK %s - %s' % (youths[0], gem),
     'body': '[MAIL-BODY]\nBeste voorzitter,\nHierbij de kaart voor bespreking. Graag bevestiging van ontvangst.\nMet vriendelijke groet,\nvaste deelnemer %s' % vorg,
     'file': '[FILENAME]\nVHK_%s_%s%d_%s.docx' % (gem.replace(' ', ''), a.replace('.', ''), years[0], '2026%02d%02d' % (m, d)),
    }
    return dict(sec=sec, blocks=blocks, st=st, variant=variant, a=a, youths=youths)

def render(card, extra_sec=None, extra_blocks=None, cover_jeugd=None, gezin_row=None):
    sec, st, variant = card['sec'], card['st'], card['variant']
    extra_sec = extra_sec or {}
    out = []
    bl = dict(card['blocks']); bl.update(extra_blocks or {})
    pre = [k for k in ('file', 'title', 'header', 'subj', 'body') if k in bl]
    for k in pre: out.append(bl[k]); out.append('')
    n = 0
    for key in ORDER:
        vals = sec.get(key)
        if vals is None: continue
        vals = list(vals)
        if key == 'jeugd' and cover_jeugd: vals = cover_jeugd
        if key == 'gezin' and gezin_row:
            vals = vals + [gezin_row] if vals[0].startswith('|') else vals + ['| ' + gezin_row.strip('| ')]
        if key in extra_sec: vals = vals + [extra_sec[key]]
        n += 1
        out.append(label(st, variant, key, n))
        out.extend(vals); out.append('')
        if key == 'zorg' and 'comment' in bl: out.append(bl['comment']); out.append('')
        if key == 'stemj' and 'alt' in bl: out.append(bl['alt']); out.append('')
        if key == 'score' and 'tracked' in bl: out.append(bl['tracked']); out.append('')
    for k in ('footnote', 'footer'):
        if k in bl: out.append(bl[k]); out.append('')
    return '\n'.join(out).rstrip() + '\n'

def drop(card, keep):
    card['blocks'] = {k: v for k, v in card['blocks'].items() if k in keep}

KEEPSETS = [('title', 'header'), ('file', 'subj', 'body'), ('comment', 'tracked'), ('alt', 'footer'), ('footnote',),
            ('header', 'comment', 'footer'), ('subj', 'body', 'alt'), ('tracked', 'footnote', 'title'), (), ('file',)]

B1, B2 = bsn(), bsn()
IB = iban('NL', 'RABO' + ''.join(str(rng.randint(0, 9)) for _ in range(10)))
IBG = ' '.join(IB[k:k + 4] for k in range(0, len(IB), 4))
BSN2 = B2[:4] + '.' + B2[4:6] + '.' + B2[6:]
# DIRTY items per card: list of (cat, value, place, how)
DIRTY = {
 46: [('NAME', 'Nordin Azzouzi', 'mail subject', ('block', 'subj', '[MAIL-SUBJECT]\nInbreng VHK gezin Nordin Azzouzi (vader) - spoed')),
      ('PHONE', '06-19283746', 'mail body', ('block', 'body', '[MAIL-BODY]\nBeste voorzitter,\nHierbij de kaart. Vader is bereikbaar op 06-19283746 als jullie vragen hebben.\nGroet, vaste deelnemer'))],
 47: [('NAME', 'Kübra', 'body (Zorgen)', ('sec', 'zorg', 'Kübra (zus van moeder) heeft de kinderen na het incident opgehaald.')),
      ('BIRTHDATE', '14-09-2026', 'cover value (Jeugdige)', ('cover', None, None))],
 48: [('NAME', 'Ramon Wijngaarde', 'comment author', ('block', 'comment', '[COMMENT author=Ramon Wijngaarde]\nIk ben het niet eens met wat hier over mij staat.')),
      ('BSN', B1, 'footnote', ('block', 'footnote', '[FOOTNOTE]\nBSN jeugdige ' + B1 + ' (nodig voor de aanvraag).'))],
 49: [('NAME', 'Boateng', 'header', ('block', 'header', '[HEADER]\nVHK FAM. Boateng - VERTROUWELIJK')),
      ('ADDRESS', 'Meerkoetstraat 19', 'footer', ('block', 'footer', '[FOOTER]\nRetour: Meerkoetstraat 19, Zwolle'))],
 50: [('NAME', 'Wiktoria Zielińska', 'property (title)', ('block', 'title', '[PROPERTY title]\nVeiligheidskaart Wiktoria Zielińska')),
      ('URL', 'https://www.instagram.com/wiktoria.z.2011', 'body (Stem van de jeugdige)', ('sec', 'stemj', 'Zie ook haar posts op https://www.instagram.com/wiktoria.z.2011'))],
 51: [('NAME', 'Samatar', 'table row (Gezinssamenstelling)', ('row', None, '| oom | Samatar | woont in bij het gezin |')),
      ('POSTCODE', '2571 KD', 'mail body', ('block', 'body', '[MAIL-BODY]\nBeste voorzitter,\nLet op: het gezin is net verhuisd naar 2571 KD.\nGroet, vaste deelnemer'))],
 52: [('ADDRESS', 'Reigerbos 311', 'tracked deletion', ('block', 'tracked', '[TRACKED-DELETION]\nHet gezin woont op Reigerbos 311.')),
      ('EMAIL', 'papa.dex@hotmail.com', 'comment text', ('block', 'comment', '[COMMENT author=Toegang]\nVader wil de kaart ontvangen via papa.dex@hotmail.com'))],
 53: [('NAME', 'Zhang', 'file name', ('block', 'file', '[FILENAME]\nVHK_Utrecht_Zhang_2014.docx')),
      ('ID_NUMBER', 'cliëntnr. 4471920', 'body (Betrokken hulpverlening)', ('sec', 'betr', 'Bekend bij de GGZ onder cliëntnr. 4471920.'))],
 54: [('NAME', 'Jeroen Smulders', 'comment text', ('block', 'comment', '[COMMENT author=Inbrenger]\nJeroen Smulders (stiefvader) heeft de kaart ook gelezen.')),
      ('IBAN', IBG, 'footnote', ('block', 'footnote', '[FOOTNOTE]\nAlimentatie wordt overgemaakt naar ' + IBG + '.'))],
 55: [('NAME', 'Habiba', 'alt text', ('block', 'alt', '[ALT]\nFoto van Habiba met haar broertje bij de moskee')),
      ('PHONE', '+31 6 5512 0934', 'comment text', ('block', 'comment', '[COMMENT author=Vaste deelnemer]\nMoeder graag bellen op +31 6 5512 0934.'))],
 56: [('NAME', 'Koen Veldhuis', 'body (Stem van ouders en verzorgers)', ('sec', 'stemo', 'Koen Veldhuis (vader) wil dat het VHT weet dat hij niet drinkt.')),
      ('BIRTHDATE', '7-9-2016', 'body (Gezinssamenstelling)', ('sec', 'gezin', 'Het jongste kind is geboren op 7-9-2016.'))],
 57: [('NAME', 'Sadia Noorzai', 'footer', ('block', 'footer', '[FOOTER]\nOpgesteld i.s.m. Sadia Noorzai (moeder)')),
      ('BSN', BSN2, 'tracked deletion', ('block', 'tracked', '[TRACKED-DELETION]\nBSN moeder: ' + BSN2))],
 58: [('NAME', 'Kenrick', 'mail body', ('block', 'body', '[MAIL-BODY]\nBeste voorzitter,\nKenrick (de vader) weet dat de kaart wordt ingebracht.\nGroet, vaste deelnemer')),
      ('EMAIL', 'sunshine.mama2@gmail.com', 'comment text', ('block', 'comment', '[COMMENT author=Inbrenger]\nMoeder mailt vanaf sunshine.mama2@gmail.com, graag cc.'))],
 59: [('BIRTHDATE', '2 februari 2012', 'footnote', ('block', 'footnote', '[FOOTNOTE]\nJeugdige is geboren op 2 februari 2012 in Kabul.')),
      ('URL', 'tiktok.com/@mo.bijlmer010', 'body (Zorgen)', ('sec', 'zorg', 'Filmpjes van de ruzie staan op tiktok.com/@mo.bijlmer010.'))],
 60: [('POSTCODE', '6224 AT', 'header', ('block', 'header', '[HEADER]\nVHK - gezin uit 6224 AT - vertrouwelijk')),
      ('ID_NUMBER', 'dossiernummer 2026-JBL-55817', 'body (Zorgen)', ('sec', 'zorg', 'Bij de GI bekend onder dossiernummer 2026-JBL-55817.'))],
}
SECMAP = {}
os.makedirs(OUT, exist_ok=True)
rows = []
for i in range(1, 61):
    card = build(i)
    drop(card, KEEPSETS[i % 10])
    if i <= 45:
        text = render(card); rows.append(('card-%02d.txt' % i, 'CLEAN', '-'))
    else:
        es, eb, cj, gr = {}, {}, None, None
        notes = []
        for cat, val, place, (how, key, txt) in DIRTY[i]:
            if how == 'block': eb[key] = txt
            elif how == 'sec': es[key] = txt
            elif how == 'cover':
                cj = ['%s (%s)' % (card['a'], val)] + card['youths'][1:]
            elif how == 'row': gr = txt
            notes.append('%s "%s" @ %s' % (cat, val, place))
        text = render(card, es, eb, cj, gr)
        rows.append(('card-%02d.txt' % i, 'DIRTY', '; '.join(notes)))
    with open(os.path.join(OUT, 'card-%02d.txt' % i), 'w', encoding='utf-8') as fh: fh.write(text)
with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8') as fh:
    fh.write('file\texpect\tnotes\n')
    for r in rows: fh.write('\t'.join(r) + '\n')
print('cards written')
