#!/usr/bin/env python3
"""Generate ../cards/card-01.txt .. card-60.txt and cards.tsv (fixed seed). Run: python3 gen_cards.py"""
import os, random
from scenarios import SCEN
import numgen

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'cards')
rng = random.Random(20261919)

LABELS = {
 'datum': ['Datum', 'Datum inbreng'], 'soort': ['Soort inbreng', 'Type inbreng'],
 'jeugdige': ['Jeugdige (voorletter en geboortejaar)', 'Jeugdige(n)', 'Jeugdige'],
 'inbrenger': ['Inbrenger', 'Inbrenger (naam, functie, organisatie)'], 'vaste': ['Vaste deelnemer', 'Vaste deelnemer'],
 'gemeente': ['Verantwoordelijke gemeente', 'Gemeente'],
 'gedrag': ['Gedragsdeskundige geraadpleegd', 'Gedragswetenschapper geraadpleegd'],
 'geinf': ['Geïnformeerd en gesproken', 'Wie is wanneer geïnformeerd'],
 'instemming': ['Instemming betrokkenen', 'Instemming'],
 'vraag': ['Vraag aan het VeiligheidsTeam', 'Hulpvraag aan het VHT', 'Vraag aan het VHT'],
 'experts': ['Uit te nodigen experts', 'Experts'],
 'gezin': ['Gezinssamenstelling', 'Gezinssamenstelling'], 'zorgen': ['Wat is er nu onveilig', 'Zorgen', 'Onveiligheid'],
 'patroon': ['Patroon', 'Patroon uit het verleden'], 'krachten': ['Krachten en beschermende factoren', 'Krachten'],
 'risico': ['Risicofactoren', 'Risicofactoren'], 'stemj': ['Stem van de jeugdige', 'Wat zegt de jeugdige'],
 'stemo': ['Stem van ouders en verzorgers', 'Stem van ouders'], 'visie': ['Visie van de inbrenger', 'Visie inbrenger'],
 'score': ['Veiligheidsscore', 'Score'], 'hulp': ['Betrokken hulpverlening', 'Betrokken hulpverlening'],
 'pg': ['Persoonsgegevens', 'Persoonsgegevens'],
}
PROFS = [('Nadia El Bouchtaoui', 'casemanager'), ('Pieter-Jan Akkermans', 'jeugdconsulent'), ('Kübra Yavuz', 'gezinscoach'),
 ('Wendy van Meel', 'jeugdconsulent'), ('Dagmara Nowicka', 'casemanager'), ('Robbe Verstraeten', 'gezinscoach'),
 ('Mustafa Kocabaş', 'consulent jeugd'), ('Eline Vroegindeweij', 'casemanager'), ('Joyce Adriaansen', 'gezinscoach'),
 ('Ingrid Tuijtelaars', 'jeugdconsulent'), ('Lars Mathijssen', 'casemanager'), ('Hatice Bulut', 'gezinscoach'),
 ('Anouk Rijsdijk', 'jeugdconsulent'), ('Youssra Haddouchi', 'casemanager'), ('Sanne Verhoeven', 'consulent jeugd'),
 ('Koen Dirven', 'jeugdconsulent'), ('Marije Zegers', 'casemanager'), ('Abdelhak Riffi', 'gezinscoach')]
GEDRAG = [('Bart Segeren', 'gedragswetenschapper'), ('Ilona Vermunt', 'orthopedagoog'), ('Ferhat Kurt', 'GZ-psycholoog'),
 ('Els Kouwenberg', 'gedragswetenschapper')]
OTHER_ORG = [('Veilig Thuis West-Brabant', 'casusregisseur'), ('Jeugdbescherming Brabant', 'gezinsvoogd')]
COMMENT_AUTHORS = ['Gedragswetenschapper Toegang', 'Voorzitter VHT (Zi2T)', 'Veilig Thuis West-Brabant',
                   'Jeugdarts GGD West-Brabant', 'Toegang Jeugd', 'Jeugdbescherming Brabant']
COMMENTS = ['Graag concreter: wat zag school precies, en wanneer?', 'Score jeugdige nog navragen.',
            'Is vader ook gesproken? Graag aanvullen.', 'Zorgen en risico\'s lopen door elkaar, splitsen?',
            'Let op: ALLEEN INITIALEN GEBRUIKEN.', 'Krachten zijn nog erg algemeen.']
ALTS = ['Tekening van {Y} ({yr}): drie huizen, in het huis van de zorgen staat een grote boze pop.',
        'Foto van het werkblad Drie Huizen, ingevuld door {Y} ({yr}).', 'Afbeelding: weegschaal met zorgen en krachten.']
DIALECT = ['Oma (in het Brabants): "Da kan zo nie langer, die kiendjes motte gewoon hun eige bed hebben."',
           'Vader: "Ge mot nie denken da\'k m\'n eige kinderen nie kan opvoeje."',
           'Opa: "Wij hebben d\'r altijd gestaon voor die jong, da blijft zo."',
           'Moeder: "Ik zeg \'t oe eerlijk, ik ben op."']
MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']
DOW = ['ma', 'di', 'wo', 'do', 'vr']

def lab(key, style):
    names = LABELS[key]
    if style == 0: l = names[0]
    elif style == 3: l = names[0].upper()
    else: l = names[min(1, len(names) - 1)] if key != 'vraag' else names[rng.choice([1, 2])]
    if style == 4: return l.lower()
    return l + ':'

def fmt_date(d, m, kind):
    if kind == 0: return '%02d-%02d-2026' % (d, m)
    if kind == 1: return '2026-%02d-%02d' % (m, d)
    if kind == 2: return '%d %s 2026' % (d, MONTHS[m - 1])
    import datetime
    return '%s %d-%d-2026' % (['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'][datetime.date(2026, m, d).weekday()], d, m)

def render(sc, n, extras, dirty_cover=None):
    style = rng.choice([0, 1, 2, 3, 4])
    m = 11; d = rng.randint(10, 28)
    soort = rng.choice(['Eerste inbreng', 'Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Overdracht'])
    Y = sc['youths'][0][1]; yr = sc['youths'][0][2]
    prof = rng.choice(PROFS)
    org = ('Toegang Jeugd ' if rng.random() < 0.5 else 'Toegang ') + sc['gem']
    if rng.random() < 0.2: org, role = rng.choice(OTHER_ORG); prof = (prof[0], role)
    vaste = rng.choice([p for p in PROFS if p != prof])
    out = []
    def block(tag, text): out.extend([tag, text, ''])
    # leading special blocks
    for tag, text in extras.get('pre', []): block(tag, text)
    if rng.random() < 0.4 and not any(t == '[FILENAME]' for t, _ in extras.get('pre', [])):
        block('[FILENAME]', 'VHK_%s_%s%d_2026%02d%02d.docx' % (sc['gem'].replace(' ', ''), Y[0], yr, m, d))
    if rng.random() < 0.4 and not any(t == '[PROPERTY title]' for t, _ in extras.get('pre', [])):
        block('[PROPERTY title]', 'Veiligheidskaart %s (%d) - %s' % (Y, yr, soort))
    if rng.random() < 0.3: block('[PROPERTY company]', 'Gemeente ' + sc['gem'])
    if rng.random() < 0.5 and not any(t == '[HEADER]' for t, _ in extras.get('pre', [])):
        block('[HEADER]', rng.choice(['VHK - VERTROUWELIJK - %s', 'Veiligheidskaart | %s | alleen voor VHT',
                                      'VEILIGHEIDSKAART WEST-BRABANT WEST (%s)']) % sc['gem'].upper())
    num = [0]
    def sec(key, lines):
        num[0] += 1
        l = lab(key, style)
        out.append(('%d. ' % num[0] + l) if style == 2 else l)
        out.extend(lines); out.append('')
    if style == 3 or rng.random() < 0.3: out.extend(['VOORBLAD', ''])
    sec('datum', [fmt_date(d, m, rng.randint(0, 3))])
    sv = soort
    if soort == 'Vervolgbespreking': sv = 'Vervolgbespreking (eerder besproken als VHT-2026-%04d)' % rng.randint(20, 400)
    if soort == 'Overdracht': sv = rng.choice(['Overdracht Veilig Thuis -> Toegang', 'Overdracht Jeugdbescherming Brabant -> Toegang'])
    if soort == 'Monitoring': sv = 'Monitoring (na advies VHT-2026-%04d)' % rng.randint(20, 400)
    sec('soort', [sv])
    jl = dirty_cover if dirty_cover else ['%s%s (%d)' % ((lbl + ' ') if lbl else '', i, y) for lbl, i, y in sc['youths']]
    sec('jeugdige', jl)
    sec('inbrenger', ['%s, %s, %s' % (prof[0], prof[1], org)])
    sec('vaste', ['%s, Toegang %s' % (vaste[0], sc['gem']) if rng.random() < 0.7 else '%s, Veilig Thuis West-Brabant' % vaste[0]])
    sec('gemeente', [sc['gem']])
    if rng.random() < 0.6:
        g = rng.choice(GEDRAG)
        sec('gedrag', ['Ja, %s (%s), op %d-%d-2026' % (g[0], g[1], max(1, d - 3), m)])
    gi = [sc.get('ouder', 'Moeder') + ': gesproken op %d-%d-2026 (huisbezoek in %s).' % (max(1, d - 5), m, sc['plaats'])]
    for lbl, i, y in sc['youths']:
        if 2026 - y >= 8: gi.append('%s: apart gesproken op %d-%d-2026.' % (i, max(1, d - 4), m))
    gi.append(rng.choice([sc.get('weiger', 'Vader') + ' telefonisch geïnformeerd.', 'School is op de hoogte.', 'De jeugdarts van de GGD is geïnformeerd.']))
    sec('geinf', gi)
    c = rng.random()
    if c < 0.7: inst = ['Ja, ouders stemmen in met bespreking in het VHT.']
    elif c < 0.9: inst = ['Nee. ' + sc.get('weiger', 'Vader') + ' wil geen bespreking ("ik heb niks met de gemeente te maken").',
                          'Toelichting inbrenger: de veiligheid van de kinderen weegt zwaarder; bespreking is nodig om de volgende stap te bepalen.']
    else: inst = ['Gedeeltelijk: de jeugdige wel, ' + sc.get('weiger', 'vader').lower() + ' niet.', 'Toelichting inbrenger: de gezaghebbende ouder is niet bereikbaar geweest; bespreking gaat door in belang van de jeugdige.']
    sec('instemming', inst)
    sec('vraag', [sc['vraag']])
    if rng.random() < 0.3: sec('experts', [rng.choice(['Jeugdarts GGD West-Brabant', 'Gedragswetenschapper Juzt', 'Casusregisseur Veilig Thuis'])])
    if style == 3 or rng.random() < 0.3: out.extend(['VEILIGHEIDSKAART', ''])
    if rng.random() < 0.4:
        rows = ['| rol | geboortejaar | woont in |', '|---|---|---|']
        for lbl, i, y in sc['youths']: rows.append('| %s | %d | %s |' % (i, y, sc['plaats']))
        rows.append('| moeder/verzorger | zie hieronder | %s |' % sc['plaats'])
        sec('gezin', rows + extras.get('gezin_rows', []) + [sc['gezin']] + extras.get('gezin', []))
    else:
        sec('gezin', [sc['gezin']] + extras.get('gezin_rows', []) + extras.get('gezin', []))
    z = ['- ' + x for x in sc['zorgen']] if rng.random() < 0.5 else [' '.join(sc['zorgen'])]
    sec('zorgen', z + extras.get('zorgen', []))
    if 'comment' in extras: block('[COMMENT author=%s]' % extras['comment'][0], extras['comment'][1])
    elif rng.random() < 0.4: block('[COMMENT author=%s %s]' % (rng.choice(COMMENT_AUTHORS), sc['gem']), rng.choice(COMMENTS))
    if rng.random() < 0.7 or 'patroon' in extras: sec('patroon', [sc['patroon']] + extras.get('patroon', []))
    sec('krachten', [sc['krachten']] + extras.get('krachten', []))
    sec('risico', [sc['risico']])
    sec('stemj', [sc['stemj']] + extras.get('stemj', []))
    if 'alt' in extras: block('[ALT]', extras['alt'])
    elif rng.random() < 0.4: block('[ALT]', rng.choice(ALTS).format(Y=Y, yr=yr))
    so = [sc['stemo']] + extras.get('stemo', [])
    if rng.random() < 0.4: so.append(rng.choice(DIALECT))
    sec('stemo', so)
    sec('visie', [sc['visie']])
    if rng.random() < 0.4:
        sec('score', ['| wie | score (0-10) |', '|---|---|'] + ['| %s | %d |' % s for s in sc['scores']])
    else:
        sec('score', [' '.join('%s: %d.' % s for s in sc['scores'])])
    if 'tracked' in extras: block('[TRACKED-DELETION]', extras['tracked'])
    elif rng.random() < 0.3: block('[TRACKED-DELETION]', 'Inbrenger: %d.' % (sc['scores'][0][1] + 1))
    if rng.random() < 0.8 or 'hulp' in extras: sec('hulp', [sc['hulp']] + extras.get('hulp', []))
    if 'pg' in extras: sec('pg', extras['pg'])
    elif rng.random() < 0.7:
        sec('pg', [rng.choice(['n.v.t.', '-', 'niet invullen bij inbreng'])])
    if 'footnote' in extras: block('[FOOTNOTE]', extras['footnote'])
    elif rng.random() < 0.3: block('[FOOTNOTE]', 'Schaal 0-10: 0 = kind is niet veilig, 10 = voldoende veilig om de zaak te sluiten.')
    if 'footer' in extras: block('[FOOTER]', extras['footer'])
    elif rng.random() < 0.5: block('[FOOTER]', '%s | vertrouwelijk | pagina 1 van 2' % org)
    ms = extras.get('mail_subject', 'Aanmelding VHT %s - %s%d - %s' % (sc['gem'], Y[0], yr, soort))
    mb = extras.get('mail_body', 'Beste voorzitter,\nHierbij de kaart van %s (%d) voor de bespreking. Graag inplannen.\nMet vriendelijke groet,\nvaste deelnemer %s' % (Y, yr, 'Toegang ' + sc['gem']))
    if rng.random() < 0.5 or 'mail_subject' in extras or 'mail_body' in extras:
        block('[MAIL-SUBJECT]', ms); block('[MAIL-BODY]', mb)
    return '\n'.join(out).rstrip('\n') + '\n'

r2 = random.Random(4619)
bsn1 = numgen.bsn(r2); bsn2 = numgen.fmt_bsn(numgen.bsn(r2), 'dots')
iban1 = numgen.fmt_iban(numgen.iban(r2, 'NL', 'RABO'), 'g')

# DIRTY cards: (scenario index, extras, notes, optional cover lines)
DIRTY = [
 (0, {'zorgen': ['Oom Yusuf Karaca (broer van vader) bemoeit zich met de opvoeding en dreigt moeder.'],
      'mail_body': 'Beste voorzitter,\nKaart in de bijlage. Moeder is het best bereikbaar op 06-29447103.\nGroet, vaste deelnemer Toegang Roosendaal'},
  'NAME "Yusuf Karaca" @ body (Zorgen); PHONE "06-29447103" @ mail body', None),
 (1, {'comment': ('Toegang Bergen op Zoom', 'Opa Frans belde vanochtend nog, hij wil bij het VHT aanwezig zijn.'),
      'pg': ['BSN jeugdige: ' + bsn1]},
  'NAME "Frans" @ comment text; BSN "%s" @ body (Persoonsgegevens)' % bsn1, None),
 (2, {'pre': [('[HEADER]', 'VHK GEZIN HOPMANS - ETTEN-LEUR - VERTROUWELIJK')]},
  'NAME "HOPMANS" @ header; BIRTHDATE "11-02-2025" @ cover value (Jeugdige)', ['Z. (11-02-2025)']),
 (3, {'alt': 'Foto van het werkblad, met in de hoek geschreven: "voor Oumaima van K."',
      'footer': 'Retour bij onbestelbaar: dewolfjes.essen@telenet.be'},
  'NAME "Oumaima" @ alt text; EMAIL "dewolfjes.essen@telenet.be" @ footer', None),
 (4, {'comment': ('Wiesje Adriaens', 'Is dit de laatste versie?'),
      'gezin': ['Oom woont op de Kalsdonksestraat 88 in Roosendaal en is de vaste logeerplek.']},
  'NAME "Wiesje Adriaens" @ comment author; ADDRESS "Kalsdonksestraat 88" @ body (Gezinssamenstelling)', None),
 (5, {'gezin_rows': ['| Kowalski | buurman | Sprundel |'],
      'footnote': 'Vergoeding reiskosten naar rekening ' + iban1 + ' (vader).'},
  'NAME "Kowalski" @ table row (Gezinssamenstelling); IBAN "%s" @ footnote' % iban1, None),
 (6, {'pre': [('[PROPERTY title]', 'Veiligheidskaart fam. Van Gurp - Welberg')],
      'stemj': ['J. verwijst naar zijn filmpjes: tiktok.com/@sjonnie_welberg09']},
  'NAME "Van Gurp" @ property (title); URL "tiktok.com/@sjonnie_welberg09" @ body (Stem van de jeugdige)', None),
 (7, {'tracked': 'Vader Bram is bij de overdracht aanwezig geweest.',
      'mail_subject': 'Aanmelding VHT Woensdrecht, gezin uit 4641 VN'},
  'NAME "Bram" @ tracked deletion; POSTCODE "4641 VN" @ mail subject', None),
 (8, {'mail_subject': 'VHK Zundert - Ibtissam en R. - spoed',
      'patroon': ['Zie ook Veilig Thuis dossiernr. VT-WB-2026-204417.']},
  'NAME "Ibtissam" @ mail subject; ID_NUMBER "VT-WB-2026-204417" @ body (Patroon)', None),
 (11, {'stemo': ['Moeder Goedele Peeters (telefonisch): "Ik kom ze halen als het moet."'],
       'gezin_rows': ['| H. | geb. 3-9-2013 | pleeggezin |']},
  'NAME "Goedele Peeters" @ body (Stem van ouders); BIRTHDATE "3-9-2013" @ table row (Gezinssamenstelling)', None),
 (12, {'pre': [('[FILENAME]', 'VHK_Klundert_Oprins_C2012_def.docx')],
       'krachten': ['Moeder is bereikbaar op +32 3 667 21 09 en wil bij een crisis komen.']},
  'NAME "Oprins" @ file name; PHONE "+32 3 667 21 09" @ body (Krachten)', None),
 (13, {'footer': 'Opgesteld na overleg met tante Senna, Oudenbosch',
       'mail_body': 'Beste voorzitter,\nBSN van P. staat erbij voor de overdracht: %s.\nGroet, Toegang Halderberge' % bsn2},
  'NAME "Senna" @ footer; BSN "%s" @ mail body' % bsn2, None),
 (14, {'pre': [('[PROPERTY company]', 'Derya Bulut')],
       'comment': ('Toegang Zundert', 'Campingbeheerder mailt vanaf r.nuyts1979@gmail.com, zie bijlage.')},
  'NAME "Derya Bulut" @ property (company); EMAIL "r.nuyts1979@gmail.com" @ comment text', None),
 (10, {'footnote': 'Informatie van de buurman, Jan-Willem van Gool.',
       'mail_body': 'Beste voorzitter,\nVader deelt alles op https://www.facebook.com/rosalie.deckers.520 (account van zijn vriendin).\nGroet, Toegang Bergen op Zoom'},
  'NAME "Jan-Willem van Gool" @ footnote; URL "https://www.facebook.com/rosalie.deckers.520" @ mail body', None),
 (9, {'hulp': ['Curio, cliëntnummer 55102387 (trajectbegeleiding N.).'],
      'footer': 'Toegang Jeugd Roosendaal - correspondentie gezin: 4707 ZP'},
  'ID_NUMBER "cliëntnummer 55102387" @ body (Betrokken hulpverlening); POSTCODE "4707 ZP" @ footer', None),
]

os.makedirs(OUT, exist_ok=True)
rows = []
order = list(range(len(SCEN))) * 3
rng.shuffle(order)
for n in range(1, 46):
    sc = SCEN[order[n - 1]]
    with open(os.path.join(OUT, 'card-%02d.txt' % n), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(render(sc, n, {}))
    rows.append(('card-%02d.txt' % n, 'CLEAN', '-'))
for k, (si, ex, notes, cover) in enumerate(DIRTY):
    n = 46 + k
    with open(os.path.join(OUT, 'card-%02d.txt' % n), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(render(SCEN[si], n, ex, cover))
    rows.append(('card-%02d.txt' % n, 'DIRTY', notes))
with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('file\texpect\tnotes\n')
    for r in rows: fh.write('\t'.join(r) + '\n')
print(len(rows), 'cards')
