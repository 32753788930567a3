#!/usr/bin/env python3
"""Generate ../cards/card-01..60.txt and cards.tsv (fixed seed 2020). Uses scenarios.py."""
import os, random, datetime, re
HERE = os.path.dirname(os.path.abspath(__file__))
CDIR = os.path.join(HERE, '..', 'cards')
ns = {}; exec(open(os.path.join(HERE, 'scenarios.py'), encoding='utf-8').read(), ns)
SCEN = ns['SCEN']
rng = random.Random(2020)

ORG = {'Leeuwarden': 'Sociaal Team Leeuwarden', 'Smallingerland': 'Gebiedsteam Smallingerland',
       'Súdwest-Fryslân': 'Sociaal Team Súdwest-Fryslân', 'Heerenveen': 'Gebiedsteam Heerenveen',
       'Tytsjerksteradiel': 'Sociaal Team Tytsjerksteradiel', 'Zwolle': 'Sociaal Wijkteam Zwolle',
       'Deventer': 'Sociaal Team Deventer', 'Kampen': 'Sociaal Team Kampen', 'Nissewaard': 'Wijkteam Nissewaard',
       'Voorne aan Zee': 'CJG Voorne aan Zee', 'Goeree-Overflakkee': 'CJG Goeree-Overflakkee',
       'Hoeksche Waard': 'Sociaal Team Hoeksche Waard'}
REGION = {'Leeuwarden': 'F', 'Smallingerland': 'F', 'Súdwest-Fryslân': 'F', 'Heerenveen': 'F', 'Tytsjerksteradiel': 'F',
          'Zwolle': 'O', 'Deventer': 'O', 'Kampen': 'O'}
VT = {'F': 'Veilig Thuis Friesland', 'O': 'Veilig Thuis IJsselland', 'Z': 'Veilig Thuis Rotterdam Rijnmond'}
GI = {'F': 'Jeugdbescherming Noord', 'O': 'Jeugdbescherming Overijssel', 'Z': 'Jeugdbescherming west'}
GGD = {'F': 'GGD Fryslân', 'O': 'GGD IJsselland', 'Z': 'CJG Rijnmond'}
PROS = ['Baukje Rienstra', 'Ferhat Kılınç', 'Marloes ten Brinke', 'Sahar Nazari', 'Douwe Kingma', 'Linda Oosterhof',
        'Quang Minh Le', 'Joyce Pattipeilohy', 'Ruben Kloosterman', 'Ayesha Siddiqui', 'Geertje Tolsma', 'Niels Westerhuis',
        'Hanna Mulugeta', 'Wouter van Bruggen', 'Ilona Spoelstra', 'Reinier Kolk', 'Jasmijn Oldenhof', 'Tjeerd Algra',
        'Carmen Villanueva', 'Hamid Sultani', 'Fokje de Jong-Wester', 'Bart Lugtenberg', 'Nienke Hofstee', 'Samira Haddou',
        'Pieterjan Slot', 'Esther Boonstra', 'Dirk-Jan Veldkamp', 'Merel Hilbrands']
FUNC = ['jeugd- en gezinscoach', 'casemanager', 'gezinsvoogd', 'jeugdverpleegkundige', 'wijkcoach', 'jeugdconsulent',
        'maatschappelijk werker', 'procesregisseur']
GEDRAG = ['orthopedagoog', 'GZ-psycholoog', 'gedragswetenschapper', 'orthopedagoog-generalist']
LETTERS = list('ABDEFGHIJKLMNRSTWYZ') + ['Th.', 'IJ.', 'Sj.', 'Ch.']
MON = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec']
MONL = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']
DAG = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo']

def fdate(d, style):
    if style == 0: return d.strftime('%d-%m-%Y')
    if style == 1: return '%d-%d-%d' % (d.day, d.month, d.year)
    if style == 2: return d.strftime('%Y-%m-%d')
    if style == 3: return '%d %s %d' % (d.day, MONL[d.month - 1], d.year)
    if style == 4: return '%s %d %s' % (DAG[d.weekday()], d.day, MON[d.month - 1])
    if style == 5: return d.strftime('%d/%m/%Y')
    return '%d %s %d' % (d.day, MON[d.month - 1], d.year)

LABELS = {
 'datum': ['Datum inbreng', 'Datum'], 'soort': ['Soort inbreng', 'Type inbreng'],
 'jeugdige': ['Jeugdige (voorletter en geboortejaar)', 'Jeugdige(n)', 'Jeugdige'],
 'inbrenger': ['Inbrenger (naam, functie, organisatie)', 'Inbrenger'], 'vaste': ['Vaste deelnemer'],
 'gemeente': ['Verantwoordelijke gemeente', 'Gemeente'], 'gedrag': ['Gedragsdeskundige geraadpleegd', 'Gedragswetenschapper geraadpleegd'],
 'geinf': ['Geïnformeerd en gesproken', 'Wie is wanneer geïnformeerd'], 'instemming': ['Instemming betrokkenen', 'Instemming'],
 'vraag': ['Vraag aan het VeiligheidsTeam', 'Vraag aan het VHT', 'Hulpvraag aan het VHT'],
 'gezin': ['Gezinssamenstelling'], 'zorgen': ['Wat is er nu onveilig', 'Zorgen', 'Onveiligheid'],
 'patroon': ['Patroon', 'Patroon uit het verleden'], 'krachten': ['Krachten en beschermende factoren', 'Krachten'],
 'risico': ['Risicofactoren'], 'stemj': ['Stem van de jeugdige', 'Wat zegt de jeugdige'],
 'stemo': ['Stem van ouders en verzorgers', 'Stem van ouders'], 'visie': ['Visie van de inbrenger', 'Visie inbrenger'],
 'score': ['Veiligheidsscore', 'Score'], 'hulp': ['Betrokken hulpverlening'], 'pg': ['Persoonsgegevens'],
}
ORDER = ['datum', 'soort', 'jeugdige', 'inbrenger', 'vaste', 'gemeente', 'gedrag', 'geinf', 'instemming', 'vraag',
         'gezin', 'zorgen', 'patroon', 'krachten', 'risico', 'stemj', 'stemo', 'visie', 'score', 'hulp', 'pg']

# DIRTY items per card 46..60: (category, value, place, how). how = section key (body/table) or special tag
def bsn():
    while True:
        d = str(rng.randint(1, 6)) + ''.join(str(rng.randint(0, 9)) for _ in range(8))
        s = sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])
        if s % 11 == 0: return d
def iban(bank):
    bban = bank + ''.join(str(rng.randint(0, 9)) for _ in range(10))
    num = ''.join(str(int(c, 36)) for c in bban + 'NL00')
    return 'NL%02d%s' % (98 - int(num) % 97, bban)
def grp(s): return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))

def build(n, sc, muni, town, vil, dirty):
    reg = REGION.get(muni, 'Z')
    d = datetime.date(2026, 9, 28) + datetime.timedelta(days=rng.randint(0, 75))
    ds = rng.randint(0, 6)
    lets = rng.sample(LETTERS, 3)
    v = {'TOWN': town, 'VIL': vil, 'MUNI': muni}
    for k, L, age in zip('ABC', lets, sc['ages'] + [None] * 3):
        v[k] = L if L.endswith('.') else L + '.'
        if age is not None:
            v['Y' + k] = str(d.year - age - (1 if rng.random() < 0.3 and age > 0 else 0)) if age > 0 else str(d.year - rng.choice([0, 1]) if d.month > 3 else d.year - 1)
            v['A' + k] = str(d.year - int(v['Y' + k])) if age > 0 else str(rng.randint(2, 9))
    v['PM'] = str(rng.randint(1984, 2001)); v['PV'] = str(rng.randint(1976, 1998))
    for i in range(1, 4):
        e = d - datetime.timedelta(days=rng.randint(5, 60)) if i < 3 else d + datetime.timedelta(days=rng.randint(10, 40))
        v['E%d' % i] = fdate(e, rng.randint(0, 6) if i != 1 else ds)
    T = lambda s: s.format(**v)
    youths = [v[k] + ' (' + v['Y' + k] + ')' for k in 'ABC' if 'Y' + k in v]
    maxage = max(d.year - int(v['Y' + k]) for k in 'ABC' if 'Y' + k in v)
    style = rng.choice(['plain', 'plain', 'num', 'caps', 'lower', 'nocolon'])
    pick = {k: rng.choice(labs) for k, labs in LABELS.items()}
    soort = 'Overdracht' if sc['key'] == 'gi-ots' else rng.choice(['Eerste inbreng'] * 3 + ['Vervolgbespreking', 'Monitoring'])
    p1, p2, p3 = rng.sample(PROS, 3)
    org = GI[reg] if soort == 'Overdracht' else rng.choice([ORG[muni], ORG[muni], VT[reg]])
    S = {}
    S['datum'] = [fdate(d, ds if ds != 4 else 0)]
    S['soort'] = [soort + (' (vorige bespreking VHT-2026-%04d)' % rng.randint(12, 240) if soort in ('Vervolgbespreking', 'Monitoring') else '')]
    if soort == 'Overdracht': S['soort'] = ['Overdracht %s -> Toegang (%s), einde OTS' % (GI[reg], ORG[muni])]
    S['jeugdige'] = youths if rng.random() < 0.5 else [', '.join(youths)]
    S['inbrenger'] = ['%s, %s, %s' % (p1, rng.choice(FUNC), org)]
    S['vaste'] = ['%s, %s' % (p2, ORG[muni] if rng.random() < 0.7 else VT[reg])]
    S['gemeente'] = [muni]
    if rng.random() < 0.6:
        S['gedrag'] = ['Ja, %s (%s, %s), op %s' % (p3, rng.choice(GEDRAG), org, fdate(d - datetime.timedelta(days=rng.randint(1, 6)), rng.randint(0, 6)))]
    gi = ['Moeder: gesproken op %s (huisbezoek).' % fdate(d - datetime.timedelta(days=rng.randint(2, 9)), rng.randint(0, 6))]
    if sc['key'] not in ('iran', 'zwanger'): gi.append('Vader/partner: telefonisch gesproken op %s.' % fdate(d - datetime.timedelta(days=rng.randint(2, 9)), rng.randint(0, 6)))
    if maxage >= 12: gi.append('%s: apart gesproken op school.' % youths[0].split(' ')[0])
    gi.append(rng.choice(['De jeugdarts van de %s is geïnformeerd.' % GGD[reg], 'De huisarts is op de hoogte.', 'School is geïnformeerd door de inbrenger.', '%s is geïnformeerd.' % VT[reg]]))
    if sc['key'] == 'pakistan': gi = ['%s: gesproken op school (%s), in bijzijn van de vertrouwenspersoon.' % (v['A'], v['E1']), 'Ouders: nog niet geïnformeerd (zie instemming).']
    S['geinf'] = gi
    if sc['key'] == 'pakistan':
        S['instemming'] = ['Nee. Reden: ouders zijn nog niet geïnformeerd omdat dit de veiligheid van %s in gevaar kan brengen.' % v['A'],
                           'Verantwoording inbrenger: bij signalen van huwelijksdwang gaat de veiligheid van de jeugdige voor; %s stemt zelf in.' % v['A']]
    elif rng.random() < 0.15:
        S['instemming'] = ['Nee, vader stemt niet in; hij wil geen bemoeienis.', 'Verantwoording inbrenger: de zorgen zijn dusdanig dat bespreking in het VHT nodig is; moeder stemt wel in.']
    else:
        S['instemming'] = [rng.choice(['Ja, ouders stemmen in.', 'Ja, beide ouders en de jeugdige(n) 12+ stemmen in.', 'ja (mondeling, bij huisbezoek)', 'Ja, moeder stemt in; vader heeft per sms ingestemd.'])]
    S['vraag'] = [T(sc['vraag'])]
    S['gezin'] = [T(sc['gezin'])]
    if rng.random() < 0.4:
        S['gezin'] = ['| rol | geboortejaar | woont |', '|---|---|---|', '| moeder | %s | thuis |' % v['PM']] + \
                     ['| %s | %s | thuis |' % (v[k], v['Y' + k]) for k in 'ABC' if 'Y' + k in v] + [T(sc['gezin']).split('. ', 1)[-1]]
    zl = [T(x) for x in sc['zorgen']]
    S['zorgen'] = ['- ' + x for x in zl] if rng.random() < 0.5 else [' '.join(zl)]
    if rng.random() < 0.7: S['patroon'] = [T(sc['patroon'])]
    S['krachten'] = [T(sc['krachten'])]
    S['risico'] = [T(sc['risico'])]
    if maxage >= 12 or rng.random() < 0.7: S['stemj'] = [T(sc['stemj'])]
    S['stemo'] = [T(sc['stemo'])]
    S['visie'] = [T(sc['visie'])]
    si, so, sj = sc['score']
    if rng.random() < 0.5:
        S['score'] = ['| wie | score |', '|---|---|', '| inbrenger | %d |' % si] + (['| ouder(s) | %d |' % so] if so else []) + (['| %s | %d |' % (v['A'], sj)] if sj else [])
    else:
        S['score'] = ['Inbrenger: %d.' % si + (' Ouders: %d.' % so if so else ' Ouders: niet gevraagd.') + (' %s: %d.' % (v['A'], sj) if sj else '')]
    if rng.random() < 0.8: S['hulp'] = [T(sc['hulp'])]
    if rng.random() < 0.5: S['pg'] = [rng.choice(['n.v.t.', '-', 'niet invullen bij inbreng'])]
    # special blocks
    fn = 'VHK_%s_%s%s_%s.docx' % (muni.replace(' ', '-').replace('ú', 'u').replace('â', 'a'), v['A'].rstrip('.').replace('.', ''), v['YA'], d.strftime('%Y%m%d'))
    spec = {
        'FILENAME': fn,
        'HEADER': rng.choice(['VEILIGHEIDSKAART - VERTROUWELIJK - %s' % muni.upper(), 'Veiligheidskaart VHT %s, vertrouwelijk' % muni, 'VHK %s (%s)' % (v['A'], v['YA'])]),
        'FOOTER': rng.choice(['Versie %d - pagina 1 van 3' % rng.randint(1, 4), 'Sjabloon VHK 2026 v3', '%s | alleen voor VHT-bespreking' % org]),
        'COMMENT': rng.choice(['Gedragswetenschapper %s' % org, 'Vaste deelnemer %s' % ORG[muni], 'Voorzitter VHT']),
        'COMMENTTXT': rng.choice(['Graag de datum van het gesprek met de jeugdige aanvullen.', 'Is de score van moeder recent gevraagd?', 'Kan dit feitelijker?']),
        'ALT': rng.choice(['Drie Huizen-tekening van %s, het huis van de zorgen is grijs' % v['A'], 'Groeicurve %s (kopie JGZ-dossier zonder gegevens)' % v['A'], 'Genogram met rollen en geboortejaren']),
        'PROPTITLE': 'Veiligheidskaart %s (%s) - %s' % (v['A'], v['YA'], soort),
        'COMPANY': org,
        'TRACKED': rng.choice(['Inbrenger: %d.' % min(si + 1, 10), 'Zorgen over school zijn opgelost.', 'Vader woont nog in.']),
        'FOOTNOTE': rng.choice(['Bron: verslag SEH en brief kinderarts, opgevraagd met toestemming.', 'Score volgens de schaal 0-10 van Signs of Safety.', 'Informatie van school van %s.' % v['E2']]),
        'MAILSUBJ': 'Inbreng VHT %s - %s (%s) - %s' % (muni, v['A'], v['YA'], soort.lower()),
        'MAILBODY': 'Beste voorzitter, bijgaand de veiligheidskaart voor de bespreking. Graag inplannen op een dinsdag. Met vriendelijke groet, vaste deelnemer %s' % ORG[muni],
    }
    blocks_pre, blocks_post = [], []
    pre_opts = ['MAIL-SUBJECT', 'MAIL-BODY', 'FILENAME', 'PROPERTY title', 'PROPERTY company', 'HEADER']
    post_opts = ['COMMENT', 'ALT', 'TRACKED-DELETION', 'FOOTNOTE', 'FOOTER']
    chosen = set(rng.sample(pre_opts, rng.randint(1, 4)) + rng.sample(post_opts, rng.randint(1, 3)))
    # dirty items
    extra_sec = {}; dirty_notes = []; dsp = {}
    for cat, val, place, tmpl in dirty:
        text = tmpl.replace('{v}', val)
        text = T(text) if '{' in text else text
        dirty_notes.append('%s "%s" @ %s' % (cat, val, place))
        m = re.match(r'(body|table row|cover value) \((.+)\)', place)
        if m:
            key = {'Wat is er nu onveilig': 'zorgen', 'Gezinssamenstelling': 'gezin', 'Krachten': 'krachten', 'Stem van de jeugdige': 'stemj',
                   'Jeugdige': 'jeugdige', 'Geïnformeerd en gesproken': 'geinf', 'Persoonsgegevens': 'pg', 'Betrokken hulpverlening': 'hulp',
                   'Stem van ouders': 'stemo', 'Risicofactoren': 'risico', 'Score': 'score'}[m.group(2)]
            if key == 'pg': S['pg'] = []
            if key == 'stemj' and key not in S: S['stemj'] = [T(sc['stemj'])]
            if key == 'hulp' and key not in S: S['hulp'] = [T(sc['hulp'])]
            if m.group(1) == 'table row' and not S[key][0].startswith('|'):
                S[key] = S[key] + ['| %s |' % text]
            elif m.group(1) == 'table row':
                S[key] = S[key][:3] + ['| %s |' % text] + S[key][3:]
            elif key == 'jeugdige':
                S[key] = [text]
            else:
                S[key] = S[key] + [text]
        else:
            tag = {'header': 'HEADER', 'footer': 'FOOTER', 'comment text': 'COMMENTTXT', 'comment author': 'COMMENT', 'alt text': 'ALT',
                   'property (title)': 'PROPTITLE', 'property (company)': 'COMPANY', 'tracked deletion': 'TRACKED', 'footnote': 'FOOTNOTE',
                   'mail subject': 'MAILSUBJ', 'mail body': 'MAILBODY', 'file name': 'FILENAME'}[place]
            spec[tag] = text
            chosen.add({'COMMENTTXT': 'COMMENT', 'PROPTITLE': 'PROPERTY title', 'COMPANY': 'PROPERTY company', 'TRACKED': 'TRACKED-DELETION',
                        'MAILSUBJ': 'MAIL-SUBJECT', 'MAILBODY': 'MAIL-BODY'}.get(tag, tag))
    out = []
    def blk(tag, text): out.extend(['[%s]' % tag, text, ''])
    for t in pre_opts:
        if t in chosen:
            blk(t, {'MAIL-SUBJECT': spec['MAILSUBJ'], 'MAIL-BODY': spec['MAILBODY'], 'FILENAME': spec['FILENAME'],
                    'PROPERTY title': spec['PROPTITLE'], 'PROPERTY company': spec['COMPANY'], 'HEADER': spec['HEADER']}[t])
    num = 0
    post_at = {'COMMENT': 'zorgen', 'ALT': 'stemj' if 'stemj' in S else 'gezin', 'TRACKED-DELETION': 'score', 'FOOTNOTE': 'krachten'}
    for key in ORDER:
        if key not in S: continue
        num += 1
        lab = pick[key]
        if style == 'num': lab = '%d. %s:' % (num, lab)
        elif style == 'caps': lab = lab.upper() + ':'
        elif style == 'lower': lab = lab.lower() + ':'
        elif style == 'nocolon': lab = lab
        else: lab = lab + ':'
        out.append(lab); out.extend(S[key] if S[key] else ['']); out.append('')
        for t, after in post_at.items():
            if t in chosen and after == key:
                if t == 'COMMENT': blk('COMMENT author=%s' % spec['COMMENT'], spec['COMMENTTXT'])
                elif t == 'ALT': blk('ALT', spec['ALT'])
                elif t == 'TRACKED-DELETION': blk('TRACKED-DELETION', spec['TRACKED'])
                elif t == 'FOOTNOTE': blk('FOOTNOTE', spec['FOOTNOTE'])
    if 'FOOTER' in chosen: blk('FOOTER', spec['FOOTER'])
    while out and out[-1] == '': out.pop()
    return '\n'.join(out) + '\n', dirty_notes

def main():
    os.makedirs(CDIR, exist_ok=True)
    b1, b2 = bsn(), bsn()
    i1, i2 = iban('RABO'), iban('INGB')
    DIRTY = [
     [('NAME', 'Gerlof', 'body (Wat is er nu onveilig)', 'Oom {v} (broer van vader) was erbij en heeft niet ingegrepen.'),
      ('PHONE', '06-51938274', 'footer', 'Bij vragen: moeder {v}')],
     [('BIRTHDATE', '04-02-2022', 'cover value (Jeugdige)', '{A} ({v}), {B} ({YB})'),
      ('NAME', 'Wahida Noori', 'comment author', '{v}')],
     [('BSN', b1[:4] + '.' + b1[4:6] + '.' + b1[6:], 'table row (Gezinssamenstelling)', 'BSN oudste | {v}'),
      ('NAME', 'Nguyen Thi Hoa', 'alt text', 'Foto: {A} bij buurvrouw {v}, die soms oppast')],
     [('ADDRESS', 'Harlingerstraatweg 58', 'header', 'VHK gezin {v} Leeuwarden'),
      ('EMAIL', 'sahar.rezaei84@gmail.com', 'mail body', 'Beste voorzitter, moeder vraagt of ze de kaart ook krijgt op {v}. Met vriendelijke groet, vaste deelnemer')],
     [('POSTCODE', '7425 KP', 'footer', 'Retouradres gezin: {v} Deventer'),
      ('NAME', 'Mahsa', 'tracked deletion', 'Moeder ({v}) wil niet meer meewerken.')],
     [('IBAN', grp(i1), 'footnote', 'Leefgeld wordt gestort op {v} (rekening van moeder).'),
      ('NAME', 'Marites Aquino', 'property (title)', 'VHK {v} - eerste inbreng')],
     [('URL', 'https://www.tiktok.com/@sana.lwd.09', 'body (Stem van de jeugdige)', '{A} laat filmpjes zien van haar account {v}.'),
      ('ID_NUMBER', 'cliëntnr. 7740215', 'mail subject', 'Inbreng VHT - {v} - spoed')],
     [('NAME', 'ELZINGA', 'header', 'GEZIN {v} - VERTROUWELIJK'),
      ('BIRTHDATE', '16-08-2014', 'body (Gezinssamenstelling)', 'Zoon geb. {v}.')],
     [('PHONE', '+31 6 2093 4418', 'comment text', 'Bel tante even na op {v} voor de opvangafspraak.'),
      ('NAME', 'Geeske Feenstra', 'body (Krachten)', 'Buurvrouw {v} is een vast aanspreekpunt.')],
     [('NAME', 'van der Ploeg', 'property (company)', 'Fam. {v}'),
      ('BSN', b2, 'body (Persoonsgegevens)', 'BSN jeugdige: {v}')],
     [('NAME', 'Sadia', 'file name', 'VHK_Sadia_2013_def.docx'),
      ('POSTCODE', '7421LT', 'body (Geïnformeerd en gesproken)', 'Vader: gesproken op zijn nieuwe adres ({v}).')],
     [('EMAIL', 'thanh.le.kampen@hotmail.com', 'mail body', 'Beste voorzitter, de kaart is ook gedeeld met vader ({v}). Groet, vaste deelnemer'),
      ('NAME', 'Thanh', 'mail subject', 'VHK {v} - vervolgbespreking')],
     [('ADDRESS', 'Voorstraat 31 rd', 'body (Wat is er nu onveilig)', 'Politie werd op {E1} geroepen naar de woning van oma, {v}.'),
      ('ID_NUMBER', 'patiëntnr. 5527130', 'footnote', 'Brief kinderarts, {v}, opgevraagd met toestemming.')],
     [('NAME', 'Jorien Kuipers', 'body (Betrokken hulpverlening)', 'Contact met de nieuwe vriendin van vader, {v}, loopt via de gezinscoach.'),
      ('URL', 'facebook.com/ids.dijkstra.1979', 'alt text', 'Screenshot van {v} met dreigende post')],
     [('IBAN', i2, 'tracked deletion', 'Zorgtoeslag naar {v}'),
      ('NAME', 'Farhad', 'cover value (Geïnformeerd en gesproken)', 'Oom {v} is telefonisch geïnformeerd.')],
    ]
    plan = []
    for i in range(60):
        sc = SCEN[i % len(SCEN)]
        muni, town, vil = sc['towns'][(i // len(SCEN)) % len(sc['towns'])]
        plan.append((sc, muni, town, vil))
    rows = ['file\texpect\tnotes']
    for i, (sc, muni, town, vil) in enumerate(plan, 1):
        dirty = DIRTY[i - 46] if i >= 46 else []
        text, notes = build(i, sc, muni, town, vil, dirty)
        with open(os.path.join(CDIR, 'card-%02d.txt' % i), 'w', encoding='utf-8', newline='\n') as fh: fh.write(text)
        rows.append('card-%02d.txt\t%s\t%s' % (i, 'DIRTY' if dirty else 'CLEAN', '; '.join(notes) if notes else '-'))
    with open(os.path.join(CDIR, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh: fh.write('\n'.join(rows) + '\n')
    print('wrote 60 cards')
main()
