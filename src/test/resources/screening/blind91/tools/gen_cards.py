# -*- coding: utf-8 -*-
"""Generate ../cards/card-01..60.txt and cards.tsv for blind set 91 (seed 91). 15 scenarios x 4 renderings;
rendering 4 of scenario i is DIRTY card 45+i with two injected items."""
import os, random
import scenarios as SC, numbers as N

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'cards')
rng = random.Random(91)
YEAR = 2026

LABELS = {  # key: (canonical, synonym)
 'datum': ('Datum', 'Datum inbreng'), 'soort': ('Soort inbreng', 'Type inbreng'),
 'jeugdige': ('Jeugdige (voorletter en geboortejaar)', 'Jeugdige(n)'), 'inbrenger': ('Inbrenger', 'Inbrenger (naam, functie, organisatie)'),
 'vaste': ('Vaste deelnemer', 'Vaste deelnemer'), 'gemeente': ('Verantwoordelijke gemeente', 'Gemeente'),
 'gedrag': ('Gedragsdeskundige geraadpleegd', 'Gedragswetenschapper geraadpleegd'),
 'geinf': ('Geïnformeerd en gesproken', 'Wie is wanneer geïnformeerd'), 'instemming': ('Instemming betrokkenen', 'Instemming'),
 'vraag': ('Vraag aan het VeiligheidsTeam', 'Hulpvraag aan het VHT'), 'experts': ('Uit te nodigen experts', 'Experts'),
 'gezin': ('Gezinssamenstelling', 'Gezinssamenstelling'), 'zorgen': ('Wat is er nu onveilig', 'Zorgen'),
 'patroon': ('Patroon', 'Patroon uit het verleden'), 'krachten': ('Krachten en beschermende factoren', 'Krachten'),
 'risico': ('Risicofactoren', 'Risicofactoren'), 'sj': ('Stem van de jeugdige', 'Wat zegt de jeugdige'),
 'so': ('Stem van ouders en verzorgers', 'Stem van ouders'), 'visie': ('Visie van de inbrenger', 'Visie inbrenger'),
 'score': ('Veiligheidsscore', 'Score'), 'hulp': ('Betrokken hulpverlening', 'Betrokken hulpverlening'),
 'afspraken': ('Afspraken en actiepunten', 'Afspraken en actiepunten'), 'uitkomst': ('Uitkomst gesprek', 'Uitkomst gesprek'),
 'pg': ('Persoonsgegevens', 'Persoonsgegevens'),
}
COVER = ['datum', 'soort', 'jeugdige', 'inbrenger', 'vaste', 'gemeente', 'gedrag', 'geinf', 'instemming', 'vraag', 'experts']
MAIN = ['gezin', 'zorgen', 'patroon', 'krachten', 'risico', 'sj', 'so', 'visie', 'score', 'hulp', 'afspraken', 'uitkomst', 'pg']
MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']
DAYS = [(16, 11), (17, 11), (19, 11), (23, 11), (24, 11), (26, 11), (30, 11), (1, 12), (3, 12), (7, 12), (8, 12), (10, 12)]
SOORT = ['Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Overdracht']
VRAGEN = [
 'Is het vrijwillig kader nog passend, of adviseert het VHT een interventiegesprek met de Raad voor de Kinderbescherming?',
 'Welke afspraken zijn minimaal nodig om de veiligheid de komende zes weken te borgen?',
 'Graag advies over de vervolgstap: melding Veilig Thuis, verzoek raadsonderzoek of doorgaan met het plan van aanpak?',
 'Kan het VHT meedenken over een passende behandelplek en wie regie neemt?',
 'Overdracht: is het VHT het eens met overdracht naar de Raad voor de Kinderbescherming (verzoek tot onderzoek)?',
]

def fmt_date(d, m, style):
    if style == 0: return '%02d-%02d-%d' % (d, m, YEAR)
    if style == 1: return '%d-%02d-%02d' % (YEAR, m, d)
    if style == 2: return '%d %s %d' % (d, MONTHS[m - 1], YEAR)
    return '%02d/%02d/%d' % (d, m, YEAR)

def label(key, style, num):
    l = LABELS[key][1 if style in (1, 2) else 0]
    if style == 2: return '%d. %s:' % (num, l)
    if style == 3: return l.upper() + ':'
    if style == 4: return l.lower()
    return l + ':'

def build(si, v):
    s = SC.S[si]
    style = (si + v) % 5
    soort = SOORT[(si + v) % 4] if v < 3 else SOORT[(si + 1) % 4]
    d, m = DAYS[(si * 3 + v) % len(DAYS)]
    pro = SC.PROS[(si + v * 5) % len(SC.PROS)]
    org = s['team'] if (si + v) % 3 else ('Veilig Thuis Groningen' if si % 2 else 'Jeugdbescherming Noord')
    vaste = SC.VASTE[(si + v) % len(SC.VASTE)]
    years = [int(j[-5:-1]) for j in s['jeugd']]
    oldest = YEAR - min(years)
    first = s['jeugd'][0].split()[0]
    secs = {}
    secs['datum'] = [fmt_date(d, m, (si + v) % 4)]
    secs['soort'] = [soort if style != 4 else soort.lower()]
    secs['jeugdige'] = list(s['jeugd']) if v != 1 else ['; '.join(s['jeugd'])]
    secs['inbrenger'] = ['%s, %s, %s' % (pro[0], pro[1], org)]
    secs['vaste'] = ['%s, %s' % (vaste, org)]
    secs['gemeente'] = [s['gem'] if s['gem'] != 'Groningen' else rng.choice(['Groningen', 'Gemeente Groningen', 'Groningen (stad)'])]
    if v != 2:
        g = SC.GEDRAG[(si + v) % len(SC.GEDRAG)]
        secs['gedrag'] = ['Ja, %s, op %s' % (g, fmt_date(max(d - 3, 1), m, 0))]
    pd = fmt_date(max(d - 5, 1), m, 2 if v == 1 else 0)
    gi = ['Moeder: gesproken op %s (huisbezoek in %s).' % (pd, s['plaats'])]
    if oldest >= 12: gi.append('%s: gesproken op school, in bijzijn van de mentor.' % first)
    gi.append('Vader/partner: %s.' % rng.choice(['telefonisch gesproken', 'gesproken met tolk', 'schriftelijk geïnformeerd, niet bereikbaar']))
    gi.append(rng.choice(['De huisarts is op de hoogte.', 'Veilig Thuis Groningen is geïnformeerd.', 'School is op de hoogte van de inbreng.']))
    secs['geinf'] = gi
    if (si + v) % 4 == 3:
        secs['instemming'] = ['Nee. Vader stemt niet in ("ik wil niet dat jullie over ons praten").',
            'Verantwoording inbrenger: de veiligheid van de kinderen weegt zwaarder; moeder stemt wel in en vader is hierover geïnformeerd.']
    elif (si + v) % 4 == 2:
        secs['instemming'] = ['Gedeeltelijk: moeder ja, vader nee (geen reactie). Inbrenger brengt in omdat de zorgen acuut zijn.']
    else:
        secs['instemming'] = ['Ja, ouders stemmen in' + (' en %s weet ervan.' % first if oldest >= 12 else '.')]
    secs['vraag'] = [VRAGEN[4] if soort == 'Overdracht' else VRAGEN[(si + v) % 4]]
    if v == 0: secs['experts'] = [rng.choice(['Jeugdarts GGD Groningen', 'Gedragswetenschapper Jeugdbescherming Noord', 'Raad voor de Kinderbescherming (regio Noord)', 'Aandachtsfunctionaris UMCG'])]
    # main part
    tbl = (si + v) % 2 == 0 or (v == 3 and si == 2)
    if tbl:
        gz = ['| rol | geboortejaar | bijzonderheden |'] + ['| %s | %s | %s |' % (r, y, b or '-') for r, y, b in s['gezin']]
    else:
        gz = ['; '.join('%s (%s)%s' % (r, y, ', ' + b if b else '') for r, y, b in s['gezin']) + '.']
    secs['gezin'] = gz
    z = list(s['zorgen'])
    if soort in ('Vervolgbespreking', 'Monitoring'): z.append('Sinds de vorige bespreking: ' + s['update'])
    secs['zorgen'] = ['- ' + x for x in z] if style in (0, 3) else z
    if v == 2 or soort == 'Overdracht':
        secs['patroon'] = ['Samenvatting raadsonderzoek (Raad voor de Kinderbescherming, locatie Groningen):',
            'Onderzoek naar aanleiding van zorgen over de veiligheid; gesproken met ouders, school en huisarts.',
            '+----------------------------------------------------------+',
            '| CONCLUSIE: de ontwikkeling van de jeugdige(n) wordt      |',
            '| ernstig bedreigd; vrijwillige hulp is onvoldoende        |',
            '| geaccepteerd. Advies: verzoek ondertoezichtstelling.     |',
            '+----------------------------------------------------------+']
    else:
        secs['patroon'] = [rng.choice(['Eerdere melding bij Veilig Thuis Groningen in 2023, afgesloten met een veiligheidsplan.',
            'Geen eerdere meldingen bekend.', 'Sinds 2021 wisselend hulpverlening, telkens voortijdig gestopt.'])]
    secs['krachten'] = list(s['krachten'])
    secs['risico'] = list(s['risico'])
    if oldest >= 12 or v != 1:
        secs['sj'] = [s['sj']]
    secs['so'] = [s['so']]
    secs['visie'] = [s['visie']]
    si1, si2 = 2 + (si + v) % 4, 5 + (si * 7 + v) % 4
    if tbl:
        secs['score'] = ['| wie | score |', '| inbrenger | %d |' % si1, '| moeder | %d |' % si2] + (['| %s | %d |' % (first, si1 + 1)] if oldest >= 12 else [])
    else:
        secs['score'] = ['Inbrenger: %d. Moeder: %d.%s' % (si1, si2, (' %s: %d.' % (first, si1 + 1)) if oldest >= 12 else '')]
    secs['hulp'] = [s['hulp']]
    if 'WIJ' in s['team'] or v == 1:
        secs['afspraken'] = ['Plan van aanpak (%s), evaluatie in week %d:' % (s['team'], 49 + v),
            'Doel 1: de kinderen zijn thuis veilig; bij spanning gaan zij naar het afgesproken netwerkadres.',
            'Doel 2: ouders werken mee aan %s.' % rng.choice(['een veiligheidsplan met het netwerk', 'behandeling bij de betrokken GGZ', 'het budgetplan en de schuldhulp']),
            'Doel 3: school meldt verzuim dezelfde dag aan de WIJ.',
            'Risico\'s: zie R1-R3; bij een nieuw incident direct overleg met Veilig Thuis Groningen.']
    if v == 0 and si % 3 == 0:
        secs['uitkomst'] = ['Nog niet besproken.']
    secs['pg'] = [rng.choice(['n.v.t.', '-', 'niet invullen bij inbreng', 'N.v.t. (intake)'])]
    jdesc = s['jeugd'][0].replace(' ', '')
    specials = {}
    specials['top'] = []
    if v % 2 == 0: specials['top'].append(('PROPERTY title', 'Veiligheidskaart %s - %s' % (s['jeugd'][0], soort)))
    if v == 1: specials['top'].append(('PROPERTY company', rng.choice(['WIJ Groningen', 'Gemeente Groningen', 'Veilig Thuis Groningen', 'Jeugdbescherming Noord'])))
    specials['top'].append(('HEADER', rng.choice(['VHK - VERTROUWELIJK - %s', 'Veiligheidskaart %s | vertrouwelijk', 'VHT Groningen - %s'])
        % s['gem'].upper() if style == 3 else 'Veiligheidskaart - vertrouwelijk - %s' % s['gem']))
    specials['zorgen'] = [('COMMENT author=' + rng.choice(['Gedragswetenschapper WIJ Groningen', 'Jeugdarts GGD Groningen', 'Voorzitter VHT', 'Teamleider Veilig Thuis Groningen']),
        rng.choice(['Kun je het incident concreter maken: wat is er gezien, door wie?', 'Graag datum van de laatste politiemelding toevoegen.', 'Wat is de rol van het netwerk hierin?']))] if v != 2 else []
    specials['score'] = [('TRACKED-DELETION', 'Inbrenger: %d.' % (si1 + 1))] if v == 1 else []
    specials['sj'] = [('ALT', 'Tekening van %s: het huis van goede dingen, het huis van zorgen en het huis van dromen.' % first)] if 'sj' in secs and v == 0 else []
    specials['hulp'] = [('FOOTNOTE', rng.choice(['Zie ook het verslag van het netwerkberaad.', 'ARIJ ingevuld op %s.' % fmt_date(max(d - 2, 1), m, 0), 'Score volgens Signs of Safety (0-10).']))] if v != 1 else []
    specials['end'] = [('FOOTER', 'Pagina 1 van 3 - %s' % s['team'])]
    if v == 2 or si % 4 == 0:
        specials['end'] += [('MAIL-SUBJECT', 'VHK %s %s ter bespreking' % (s['gem'], jdesc)),
            ('MAIL-BODY', 'Beste voorzitter,\nBijgaand de veiligheidskaart voor het VHT. Graag inplannen op dinsdag.\nMet vriendelijke groet,\n%s, %s' % (pro[1], org)),
            ('FILENAME', 'VHK_%s_%s_%d%02d%02d.docx' % (s['gem'].replace(' ', ''), jdesc.replace('.', '').replace('(', '').replace(')', ''), YEAR, m, d))]
    return dict(secs=secs, specials=specials, style=style)

def render(card):
    secs, sp, style = card['secs'], card['specials'], card['style']
    out = []
    for tag, text in sp['top']: out += ['[%s]' % tag, text, '']
    if style in (0, 3): out += ['VOORBLAD' if style == 3 else 'Voorblad', '']
    num = 0
    for part, keys in (('cover', COVER), ('main', MAIN)):
        if part == 'main' and style in (0, 3): out += ['VEILIGHEIDSKAART' if style == 3 else 'Veiligheidskaart', '']
        for k in keys:
            if k not in secs: continue
            num += 1
            out.append(label(k, style, num))
            out += secs[k]
            out.append('')
            for tag, text in sp.get(k, []): out += ['[%s]' % tag, text, '']
    for tag, text in sp['end']: out += ['[%s]' % tag, text, '']
    return '\n'.join(out).rstrip('\n') + '\n'

numrng = random.Random(9101)
BSN_A = N.bsn(numrng); BSN_B = N.fmt_bsn(N.bsn(numrng), 'dots'); IBAN_A = N.fmt_iban(N.iban(numrng, 'RABO'), 'grouped')
# (category, value, place, where, text containing value)
DIRTY = [
 [('NAME', 'Tijs Doornbosch', 'body (Gezinssamenstelling)', 'gezin', 'Huisgenoot Tijs Doornbosch heeft op 20-11-2026 de WIJ gebeld.'),
  ('PHONE', '06-19384752', 'mail body', 'MAIL-BODY', 'Beste voorzitter,\nHierbij de kaart. Moeder is het best bereikbaar op 06-19384752.\nGroet, gezinscoach WIJ')],
 [('ADDRESS', 'Eenumerweg 12', 'header', 'HEADER', 'VHK gezin Eenumerweg 12 Loppersum - VERTROUWELIJK'),
  ('NAME', 'Harmke Mulderij', 'comment author', 'COMMENT author=Harmke Mulderij', 'Ik wil dat hier staat dat wij ook slachtoffer zijn van de gaswinning.')],
 [('BSN', BSN_A, 'table row (Gezinssamenstelling)', 'gezin', '| Y. | 2013 | BSN %s |' % BSN_A),
  ('NAME', 'Nour Al-Kassab', 'property (title)', 'PROPERTY title', 'VHK fam. Nour Al-Kassab Vinkhuizen')],
 [('EMAIL', 'lin.familie.haren@163.com', 'footer', 'FOOTER', 'Kopie aan ouders: lin.familie.haren@163.com'),
  ('BIRTHDATE', '3-5-2011', 'cover value (Jeugdige)', 'jeugdige', 'L. (3-5-2011)')],
 [('NAME', 'Shaquille Lourens', 'body (Wat is er nu onveilig)', 'zorgen', 'De ex-partner, Shaquille Lourens, stond op 12-11-2026 bij de school.'),
  ('URL', 'https://www.facebook.com/shaq.lourens.599', 'footnote', 'FOOTNOTE', 'Dreigende berichten staan op https://www.facebook.com/shaq.lourens.599')],
 [('IBAN', IBAN_A, 'mail body', 'MAIL-BODY', 'Beste voorzitter,\nMoeder vroeg of de tegemoetkoming naar %s kan.\nGroet, jeugdconsulent' % IBAN_A),
  ('NAME', 'Tonnie Smeenge', 'tracked deletion', 'TRACKED-DELETION', 'Buurman Tonnie Smeenge heeft de scheuren gemeld.')],
 [('POSTCODE', '9736 PK', 'footer', 'FOOTER', 'Retour: 9736 PK Groningen'),
  ('NAME', 'Kimberly', 'alt text', 'ALT', 'Foto van Kimberly met A. op schoot in de woonkamer')],
 [('ID_NUMBER', 'PL0100-2026417723', 'body (Wat is er nu onveilig)', 'zorgen', 'Politie-registratie PL0100-2026417723 (ontmanteling kwekerij).'),
  ('NAME', 'Evert Boersma', 'mail subject', 'MAIL-SUBJECT', 'VHK Uithuizen - gezin Evert Boersma - spoed')],
 [('URL', 'https://www.instagram.com/elinnn.050', 'body (Stem van de jeugdige)', 'sj', 'E. liet haar profiel zien: https://www.instagram.com/elinnn.050'),
  ('PHONE', '+31 6 47 20 19 38', 'comment text', 'COMMENT author=Mentor Dr. Aletta Jacobs College', 'De man die haar ophaalt belt vanaf +31 6 47 20 19 38.')],
 [('NAME', 'Huisman', 'file name', 'FILENAME', 'VHK_fam_Huisman_Hoogkerk_def.docx'),
  ('BIRTHDATE', '11-09-2018', 'table row (Gezinssamenstelling)', 'gezin', '| T. | geb. 11-09-2018 | - |')],
 [('NAME', 'Hoving', 'body (Gezinssamenstelling)', 'gezin', 'G. woont nu bij de grootouders (fam. Hoving) in Ten Boer.'),
  ('ID_NUMBER', 'dossiernr. 8830271', 'footnote', 'FOOTNOTE', 'Lentis dossiernr. 8830271 (moeder).')],
 [('ADDRESS', 'Dorpsstraat 31a', 'body (Wat is er nu onveilig)', 'zorgen', 'De woning aan de Dorpsstraat 31a wordt mogelijk ontruimd.'),
  ('EMAIL', 'vader.zuidhorn84@gmail.com', 'header', 'HEADER', 'Veiligheidskaart - vertrouwelijk - reactie ouders via vader.zuidhorn84@gmail.com')],
 [('NAME', 'Abrehet Tesfamariam', 'mail body', 'MAIL-BODY', 'Beste voorzitter,\nMoeder (Abrehet Tesfamariam) heeft de kaart met de tolk gelezen.\nGroet, WIJ-consulent'),
  ('PHONE', '050-3187724', 'body (Krachten en beschermende factoren)', 'krachten', 'Oom (050-3187724) vangt H. op als het thuis escaleert.')],
 [('NAME', 'Bram Veldkamp', 'property (company)', 'PROPERTY company', 'Bram Veldkamp'),
  ('POSTCODE', '9715 HZ', 'body (Gezinssamenstelling)', 'gezin', 'Zus studeert in Zwolle, post gaat naar 9715 HZ.')],
 [('NAME', 'Wendeline Stoter', 'comment text', 'COMMENT author=Gedragswetenschapper Sociaal Team', 'Oma Wendeline Stoter in Bedum is bereid de tweeling op te vangen.'),
  ('BSN', BSN_B, 'mail subject', 'MAIL-SUBJECT', 'VHK Winsum V. en W. (bsn moeder %s)' % BSN_B)],
]

def inject(card, items):
    for cat, val, place, where, text in items:
        assert val in text or val in where, (val, text)
        if where in card['secs']:
            lst = card['secs'][where]
            pre = [i for i, x in enumerate(lst) if text.startswith('| ') and x.startswith(text.split(' | ')[0] + ' | ')]
            if where == 'jeugdige': lst[0] = text
            elif pre: lst[pre[0]] = text      # table row: replace the row of the same person
            else: lst.append(text)
        elif where.startswith('COMMENT') or where in ('TRACKED-DELETION', 'ALT', 'FOOTNOTE'):
            card['specials']['zorgen'] = card['specials'].get('zorgen', []) + [(where, text)]
        elif where in ('PROPERTY title', 'PROPERTY company', 'HEADER'):
            card['specials']['top'] = [x for x in card['specials']['top'] if x[0] != where] + [(where, text)]
        else:
            card['specials']['end'] = [x for x in card['specials']['end'] if x[0] != where] + [(where, text)]

os.makedirs(OUT, exist_ok=True)
rows = []
for n in range(1, 61):
    if n <= 45: si, v = (n - 1) % 15, (n - 1) // 15
    else: si, v = n - 46, 3
    card = build(si, v)
    notes = '-'
    if n > 45:
        items = DIRTY[si]
        if si in (1, 4):  # make sure the table/section used exists
            pass
        inject(card, items)
        notes = '; '.join('%s "%s" @ %s' % (c, val, p) for c, val, p, w, t in items)
    with open(os.path.join(OUT, 'card-%02d.txt' % n), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(render(card))
    rows.append('card-%02d.txt\t%s\t%s' % (n, 'CLEAN' if n <= 45 else 'DIRTY', notes))
with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('file\texpect\tnotes\n' + '\n'.join(rows) + '\n')
print('60 cards')
