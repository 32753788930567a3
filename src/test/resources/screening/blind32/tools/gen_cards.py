#!/usr/bin/env python3
"""Generates cards/card-01..60.txt and cards/cards.tsv for blind set 32 (fixed seed)."""
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scenarios import SCEN
from common import make_bsn, make_iban, group4
rng = random.Random(32032)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'cards')
os.makedirs(OUT, exist_ok=True)

GEM = [
 ('Gouda', ['Korte Akkeren', 'Goverwelle', 'Bloemendaal', 'Gouda-Oost'], 'Jeugdteam Gouda'),
 ('Alphen aan den Rijn', ['Boskoop', 'Hazerswoude-Dorp', 'Koudekerk aan den Rijn', 'Benthuizen', 'Aarlanderveen'], 'Stichting Jeugdteams Zuid-Holland Noord'),
 ('Zoetermeer', ['Rokkeveen', 'Meerzicht', 'Seghwaert', 'Oosterheem'], 'Jeugdteam Zoetermeer'),
 ('Bodegraven-Reeuwijk', ['Reeuwijk', 'Nieuwerbrug', 'Driebruggen', 'Bodegraven'], 'Sociaal Team Bodegraven-Reeuwijk'),
 ('Woerden', ['Harmelen', 'Kamerik', 'Zegveld', 'Woerden'], 'Sociaal Team Woerden'),
 ('Waddinxveen', ['Waddinxveen-Zuid', 'Waddinxveen'], 'Jeugdteam Waddinxveen'),
 ('Nieuwkoop', ['Vrouwenakker', 'Langeraar', 'Zevenhoven', 'Noorden'], 'Stichting Jeugdteams Zuid-Holland Noord'),
 ('Krimpenerwaard', ['Schoonhoven', 'Haastrecht', 'Stolwijk', 'Ouderkerk aan den IJssel', 'Lekkerkerk', 'Gouderak'], 'Jeugdteam Krimpenerwaard'),
 ('Krimpen aan den IJssel', ['Krimpen aan den IJssel', 'Kortland'], 'Jeugdteam Krimpen aan den IJssel'),
 ('Zuidplas', ['Moordrecht', 'Zevenhuizen', 'Nieuwerkerk aan den IJssel', 'Moerkapelle'], 'Jeugdteam Zuidplas'),
 ('Kaag en Braassem', ['Roelofarendsveen', 'Rijpwetering', 'Leimuiden'], 'Stichting Jeugdteams Zuid-Holland Noord'),
]
PROS = ['Marloes Verbeek', 'Soufiane Tahiri', 'Gülay Arslan', 'Esther Bouwman', 'Kofi Agyeman', 'Iryna Melnyk', 'Pieter-Jan Hoogeveen',
        'Chantal Sital', 'Wouter Schellekens', 'Nadia Ouchan', 'Ruben Scheer', 'Funmilayo Adeyemi', 'Anke de Ridder', 'Hakim Bensaïd',
        'Jolien Verduijn', 'Sevgi Kılıç', 'Thijs Oostveen', 'Renate Mahabier']
GW = ['Marieke Stolk', 'Dr. Derya Korkut', 'Bart van Steijn', 'Lieke Huisman']
TYPES = ['Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Overdracht']
MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']
DAYS = ['ma', 'di', 'wo', 'do', 'vr']
LABELS = {  # key: (canonical, synonym)
 'datum': ('Datum', 'Datum inbreng'), 'soort': ('Soort inbreng', 'Type inbreng'),
 'jeugdige': ('Jeugdige (voorletter en geboortejaar)', 'Jeugdige(n)'), 'inbrenger': ('Inbrenger', 'Inbrenger (naam, functie, organisatie)'),
 'vaste': ('Vaste deelnemer', 'Vaste deelnemer'), 'gemeente': ('Verantwoordelijke gemeente', 'Gemeente'),
 'gw': ('Gedragsdeskundige geraadpleegd', 'Gedragswetenschapper geraadpleegd'),
 'geinf': ('Geïnformeerd en gesproken', 'Wie is wanneer geïnformeerd'), 'instemming': ('Instemming betrokkenen', 'Instemming'),
 'vraag': ('Vraag aan het VeiligheidsTeam', 'Vraag aan het VHT'), 'experts': ('Uit te nodigen experts', 'Experts'),
 'gezin': ('Gezinssamenstelling', 'Gezinssamenstelling'), 'zorgen': ('Wat is er nu onveilig', 'Zorgen'),
 'patroon': ('Patroon', 'Patroon uit het verleden'), 'krachten': ('Krachten en beschermende factoren', 'Krachten'),
 'risico': ('Risicofactoren', 'Risicofactoren'), 'stemj': ('Stem van de jeugdige', 'Wat zegt de jeugdige'),
 'stemo': ('Stem van ouders en verzorgers', 'Stem van ouders'), 'visie': ('Visie van de inbrenger', 'Visie inbrenger'),
 'score': ('Veiligheidsscore', 'Score'), 'hulp': ('Betrokken hulpverlening', 'Betrokken hulpverlening'),
 'pg': ('Persoonsgegevens', 'Persoonsgegevens'),
}
CHAT_ROLES = ['Jeugdarts GGD', 'Mentor', 'Veilig Thuis', 'Gezinsvoogd JBw', 'Wijkagent', 'IB-er school', 'Consultatiebureau']
CHAT_LINES = ['zag vandaag geen bijzonderheden, kind wel moe', 'ouders niet bereikbaar geweest deze week',
              'afspraak verzet naar volgende week', 'moeder belde zelf, gaf aan dat het rustiger is', 'melding doorgezet, terugkoppeling volgt',
              'kind was op tijd en had brood mee', 'ik sluit aan bij het netwerkberaad', 'verzuim weer opgelopen, 6 uur deze week']

def label(key, style, n):
    lab = LABELS[key][style % 2]
    if style == 2: return '%d. %s:' % (n, lab)
    if style == 3: return lab.upper() + ':'
    if style == 4: return lab.lower()
    return lab + ':'

def fmt_date(d, m, style):
    return ['%02d-%02d-2026' % (d, m), '2026-%02d-%02d' % (m, d), '%s %d %s 2026' % (DAYS[(d + m) % 5], d, MONTHS[m - 1]),
            '%d/%d/2026' % (d, m), '%d-%d-2026' % (d, m)][style]

def build(i, sc, dirty):
    g = GEM[i % len(GEM)]
    gem, places, team = g
    P = places[i % len(places)]
    fill = lambda s: s.replace('{P}', P).replace('{T}', team)
    style = i % 5
    typ = TYPES[(i * 7) % 4]
    d, m = 2 + (i * 5) % 26, 10 + i % 2
    inb = PROS[i % len(PROS)]; vaste = PROS[(i + 5) % len(PROS)]
    orgkind = i % 3
    org, func = [(team, 'jeugd- en gezinsprofessional'), ('Veilig Thuis Hollands Midden', 'casemanager'), ('Jeugdbescherming west', 'jeugdbeschermer')][orgkind]
    out = []; n = [0]
    def sec(key, lines):
        n[0] += 1
        out.append(label(key, style, n[0]))
        out.extend(lines if isinstance(lines, list) else [lines]); out.append('')
    def spec(tag, text): out.extend([tag, text, ''])
    youth = ' en '.join('%s (%d)' % y for y in sc['y'])
    if 'filename' in dirty: spec('[FILENAME]', dirty['filename'])
    elif i % 4 == 0: spec('[FILENAME]', 'VHK_%s_%s%d_2026%02d%02d.docx' % (gem.replace(' ', ''), sc['y'][0][0].rstrip('.'), sc['y'][0][1], m, d))
    if 'mail_subject' in dirty: spec('[MAIL-SUBJECT]', dirty['mail_subject'])
    elif i % 6 == 1: spec('[MAIL-SUBJECT]', 'Inbreng VHT %s - %s' % (typ.lower(), youth))
    if 'mail_body' in dirty: spec('[MAIL-BODY]', dirty['mail_body'])
    elif i % 6 == 1: spec('[MAIL-BODY]', 'Goedemorgen, bijgaand de veiligheidskaart voor de bespreking van %s. Groet, vaste deelnemer %s' % (DAYS[i % 5], team))
    spec('[PROPERTY title]', dirty.get('title', 'Veiligheidskaart %s - %s' % (sc['y'][0][0] + ' (%d)' % sc['y'][0][1], typ)))
    if 'company' in dirty or i % 5 == 3: spec('[PROPERTY company]', dirty.get('company', org))
    spec('[HEADER]', dirty.get('header', ['VERTROUWELIJK - VHT Hollands Midden', 'Veiligheidskaart %s' % gem, 'VHK - niet doorsturen'][i % 3]))
    sec('datum', fmt_date(d, m, i % 5))
    sec('soort', typ)
    jl = ['%s (%d)' % y for y in sc['y']]
    if 'jeugdige' in dirty: jl[0] = dirty['jeugdige']
    sec('jeugdige', jl)
    sec('inbrenger', '%s, %s, %s' % (inb, func, org))
    sec('vaste', '%s, %s' % (vaste, org))
    sec('gemeente', gem)
    if i % 3 == 0: sec('gw', 'Ja, %s (gedragswetenschapper), op %02d-%02d-2026' % (GW[i % 4], max(1, d - 2), m))
    geinf = ['Moeder: gesproken op %02d-%02d-2026 (huisbezoek in %s).' % (max(1, d - 3), m, P),
             '%s: gesproken op school, in bijzijn van de mentor.' % sc['y'][0][0], 'Huisarts is geïnformeerd.']
    if 'geinf' in dirty: geinf.append(dirty['geinf'])
    sec('geinf', geinf)
    if sc.get('consent_no'):
        sec('instemming', ['Nee.', 'Reden: de jeugdige is bang dat bespreking met ouders haar in gevaar brengt.',
                           'Verantwoording inbrenger: er is een acuut veiligheidsrisico; bespreking zonder instemming is noodzakelijk om de jeugdige te beschermen (afgestemd met gedragswetenschapper).'])
    else:
        sec('instemming', ['Ja, ouders stemmen in met bespreking in het VHT.', 'Ja (moeder), vader nog niet gesproken; wel geïnformeerd per brief.', 'Ja, alle betrokkenen.'][i % 3])
    sec('vraag', fill(sc['vraag']))
    if i % 4 == 2: sec('experts', ['Kinderarts Alrijne', 'Gedragswetenschapper Youz', 'LEC EGG', 'Jeugdarts GGD Hollands Midden'][i % 4])
    if i % 3 == 1 or 'table_gezin' in dirty:
        rows = ['| rol | geboortejaar | woont |'] + ['| %s | %d | thuis |' % y for y in sc['y']]
        if 'table_gezin' in dirty: rows.append(dirty['table_gezin'])
        sec('gezin', [fill(sc['gezin']) + dirty.get('gezin', '')] + rows)
    else:
        sec('gezin', fill(sc['gezin']) + dirty.get('gezin', ''))
    z = ['- ' + fill(x) for x in sc['zorgen']]
    if i % 4 == 1 or 'chat' in dirty:
        z.append('Uit de Teams-chat van het netwerkoverleg:')
        for k in range(3):
            z.append('[%02d:%02d] %s: %s' % (9 + k, (i * 7 + k * 11) % 60, CHAT_ROLES[(i + k) % 7], CHAT_LINES[(i + k * 3) % 8]))
        if 'chat' in dirty: z.append(dirty['chat'])
    if 'zorgen' in dirty: z.append(dirty['zorgen'])
    sec('zorgen', z)
    if 'comment' in dirty: spec('[COMMENT author=%s]' % dirty['comment'][0], dirty['comment'][1])
    elif i % 3 == 2: spec('[COMMENT author=%s]' % ['Voorzitter VHT', 'Gedragswetenschapper %s' % team, 'Vaste deelnemer VT HM'][i % 3],
                          ['Graag concreet: wat zag school precies?', 'Is de vader met gezag ook gesproken?', 'Score van de jeugdige ontbreekt nog.'][i % 3])
    if i % 2 == 0: sec('patroon', fill(sc['patroon']))
    sec('krachten', fill(sc['krachten']) + dirty.get('krachten', ''))
    sec('risico', fill(sc['risico']) + dirty.get('risico', ''))
    sec('stemj', fill(sc['stemj']) + dirty.get('stemj', ''))
    if 'alt' in dirty: spec('[ALT]', dirty['alt'])
    elif i % 5 == 4: spec('[ALT]', 'Tekening drie huizen van %s' % sc['y'][-1][0])
    sec('stemo', fill(sc['stemo']) + dirty.get('stemo', ''))
    sec('visie', fill(sc['visie']))
    if 'footnote' in dirty: spec('[FOOTNOTE]', dirty['footnote'])
    elif i % 7 == 3: spec('[FOOTNOTE]', 'Schaal 0-10: 0 = acuut onveilig, 10 = voldoende veilig.')
    if i % 2 == 1: sec('score', ['| wie | score |'] + ['| %s | %d |' % s for s in sc['score']])
    else: sec('score', '. '.join('%s: %d' % s for s in sc['score']) + '.')
    if 'deletion' in dirty: spec('[TRACKED-DELETION]', dirty['deletion'])
    elif i % 4 == 3: spec('[TRACKED-DELETION]', 'Inbrenger: %d.' % (sc['score'][0][1] + 1))
    sec('hulp', fill(sc['hulp']) + dirty.get('hulp', ''))
    if 'pg' in dirty: sec('pg', dirty['pg'])
    elif i % 3 != 2: sec('pg', ['n.v.t.', '-', 'niet invullen bij inbreng'][i % 3])
    if 'footer' in dirty: spec('[FOOTER]', dirty['footer'])
    elif i % 4 == 1: spec('[FOOTER]', 'Versie %d - %s - pagina 1 van 2' % (1 + i % 3, org))
    return '\n'.join(out).rstrip('\n') + '\n'

bsn1 = make_bsn(rng); bsn2 = make_bsn(rng)
iban = make_iban(rng, 'RABO')
D = {  # card number -> (dirty inserts, notes)
46: ({'gezin': ' Oma Gloria Asamoah woont in Zoetermeer.', 'comment': ('Gezinsvoogd JBw', 'oma is bereikbaar op 06-28817345')},
     'NAME "Gloria Asamoah" @ body (Gezinssamenstelling); PHONE "06-28817345" @ comment text'),
47: ({'jeugdige': 'K. (geb. 12-09-2010)', 'footer': 'Kopie naar huisadres: Westhaven 41, Gouda'},
     'BIRTHDATE "12-09-2010" @ cover value (Jeugdige); ADDRESS "Westhaven 41" @ footer'),
48: ({'header': 'VHK GEZIN VERKERK - VERTROUWELIJK', 'table_gezin': '| BSN oudste | %s |' % bsn1},
     'NAME "VERKERK" @ header; BSN "%s" @ table row (Gezinssamenstelling)' % bsn1),
49: ({'mail_body': 'Hoi, moeder wil het verslag ook per mail: m.bogaard82@hotmail.com. Groet, jeugdteam', 'comment': ('Hülya Şahin (moeder)', 'Dit klopt niet, ik heb nooit geslagen')},
     'EMAIL "m.bogaard82@hotmail.com" @ mail body; NAME "Hülya Şahin" @ comment author'),
50: ({'risico': ' Schuld bij de verhuurder; vader betaalt af vanaf %s.' % group4(iban), 'deletion': 'Vader (Driss) gaf zelf een 9.'},
     'IBAN "%s" @ body (Risicofactoren); NAME "Driss" @ tracked deletion' % group4(iban)),
51: ({'stemj': ' Ze laat alles zien op tiktok.com/@dasha_krimpen10.', 'footer': 'retour: 2925 XK Krimpen aan den IJssel'},
     'URL "tiktok.com/@dasha_krimpen10" @ body (Stem van de jeugdige); POSTCODE "2925 XK" @ footer'),
52: ({'title': 'Veiligheidskaart Yasmina El Khattabi', 'footnote': 'VT-dossiernummer 2026-204417 (melding school).'},
     'NAME "Yasmina El Khattabi" @ property (title); ID_NUMBER "2026-204417" @ footnote'),
53: ({'filename': 'VHK_Alphen_Oduya_Chidi_def.docx', 'mail_body': 'Vader is alleen bereikbaar via 0172-419023 (vaste lijn). Groet, VT HM'},
     'NAME "Oduya_Chidi" @ file name; PHONE "0172-419023" @ mail body'),
54: ({'mail_subject': 'inbreng VHT fam. Kooiman - spoed', 'gezin': ' Jongste geboren 3 maart 2022.'},
     'NAME "Kooiman" @ mail subject; BIRTHDATE "3 maart 2022" @ body (Gezinssamenstelling)'),
55: ({'alt': 'Foto van de tekening, met naam Mirela erop', 'geinf': 'Opa gesproken bij hem thuis, Dorpsstraat 118a.'},
     'NAME "Mirela" @ alt text; ADDRESS "Dorpsstraat 118a" @ body (Geïnformeerd en gesproken)'),
56: ({'footnote': 'BSN moeder: %s (nodig voor de beschikking)' % bsn2, 'stemo': ' Oom Hasan zegt dat vader nooit zou slaan.'},
     'BSN "%s" @ footnote; NAME "Hasan" @ body (Stem van ouders)' % bsn2),
57: ({'hulp': ', Cardea (cliëntnummer CRD-558214)', 'chat': '[11:52] Wijkagent: heb vanochtend met buurman Gert-Jan Slingerland gesproken'},
     'ID_NUMBER "CRD-558214" @ body (Betrokken hulpverlening); NAME "Gert-Jan Slingerland" @ body (Wat is er nu onveilig)'),
58: ({'header': 'Gezin woont in 2391 PZ Hazerswoude', 'table_gezin': '| stiefvader Marco | 1988 | thuis |'},
     'POSTCODE "2391 PZ" @ header; NAME "Marco" @ table row (Gezinssamenstelling)'),
59: ({'comment': ('Jeugdarts GGD', 'tante mailt vanaf ama.owusu@gmail.com'), 'krachten': ' de buurvrouw (anja) haalt de kinderen elke dag op.'},
     'EMAIL "ama.owusu@gmail.com" @ comment text; NAME "anja" @ body (Krachten en beschermende factoren)'),
60: ({'deletion': 'Moeder Oksana wil niet dat vader wordt ingelicht.', 'mail_body': 'Zie ook het profiel van vader: https://www.facebook.com/viktor.hnatyuk.31 (openbaar). Groet, VT HM'},
     'NAME "Oksana" @ tracked deletion; URL "https://www.facebook.com/viktor.hnatyuk.31" @ mail body'),
}
rows = []
for c in range(1, 61):
    sc = SCEN[(c * 4) % len(SCEN)] if c > 45 else SCEN[(c - 1) % len(SCEN)]
    dirty, notes = D.get(c, ({}, '-'))
    with open(os.path.join(OUT, 'card-%02d.txt' % c), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(build(c, sc, dirty))
    rows.append('card-%02d.txt\t%s\t%s' % (c, 'DIRTY' if dirty else 'CLEAN', notes))
with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('file\texpect\tnotes\n' + '\n'.join(rows) + '\n')
print('cards written')
