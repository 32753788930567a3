# -*- coding: utf-8 -*-
"""Builds cards/card-01.txt … card-60.txt and cards/cards.tsv for blind set 8 (fixed seed 8).
card-01..34: first use of scenarios 1..34; card-35..45: second use (Vervolgbespreking/Monitoring) of scenarios 1..11;
card-46..60: second use of scenarios 15..29 with 2 hand-placed personal-data items each (DIRTY)."""
import os, random, datetime as dt
from scenarios import S

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'cards')
R = random.Random(8)

TOEGANG = {
 'Roosendaal': (['Anouk Verbraak, jeugdconsulent', 'Hicham Ouahabi, casusregisseur'], "Gwen Jongeneelen, CVC'er Toegang Roosendaal"),
 'Bergen op Zoom': (['Femke Rijkers, gezinscoach', 'Orlando Vyent, jeugdprofessional'], 'Ruud Scheepers, Toegang Bergen op Zoom'),
 'Etten-Leur': (['Priscilla Doelwijt, jeugdprofessional', 'Maarten Snijders, casusregisseur'], 'Ineke Broeders, CVC Etten-Leur/Zundert'),
 'Moerdijk': (['Linda Boomaars, gezinscoach', 'Erik Timmers, jeugdconsulent'], 'Saskia Ligtvoet, Toegang Moerdijk'),
 'Halderberge': (['Naima Azaaj, casemanager', 'Dirk Hoendervangers, jeugdprofessional'], 'Jeroen de Jongh, Toegang Halderberge'),
 'Rucphen': (['Mirjam Vrolijks, jeugdconsulent', 'Kim Hendrikx, gezinscoach'], 'Wendy Pols, Toegang Rucphen'),
 'Steenbergen': (['Petra Uijtdewilligen, casusregisseur', 'Joyce van Oers, jeugdprofessional'], 'Koen Moerenhout, Toegang Steenbergen'),
 'Woensdrecht': (['Esther Dorst, gezinscoach', 'Rachid Moumen, jeugdconsulent'], 'Wouter de Korte, Toegang Woensdrecht'),
 'Zundert': (['Manon Jacobs, jeugdprofessional', 'Stijn Lauwerijssen, casusregisseur'], 'Ineke Broeders, CVC Etten-Leur/Zundert'),
}
ORGS = {
 'VT': (['Sandra Kop, medewerker onderzoek', 'Youri Dekkers, aandachtsfunctionaris', 'Carolien Bax, casemanager'],
        'Ellen Mathijssen-Fransen, Veilig Thuis West-Brabant', 'Veilig Thuis West-Brabant'),
 'JBB': (['Gijs Maas, jeugdbeschermer', 'Latifa Amghar, jeugdbeschermer', 'Renate Vermunt, jeugdbeschermer'],
         'Anja Pijnenburg, Jeugdbescherming Brabant', 'Jeugdbescherming Brabant'),
 'WSS': (['Cynthia Rustwijk, jeugdbeschermer', 'Bart Willemsen, gezinsmanager'], 'Hanneke Bogers, William Schrikker Stichting',
         'William Schrikker Stichting'),
 'LdH': (['Ricardo Zimmerman, jeugdreclasseerder', 'Eline Schalken, voogd'], 'Miranda Goossen, Leger des Heils JB&R',
         'Leger des Heils JB&R'),
 'GGD': (['Ingrid Kools, jeugdarts', 'Mehtap Öncel, jeugdverpleegkundige', 'Floor Akkermans, jeugdverpleegkundige'], None, 'GGD West-Brabant'),
 'Politie': (['Marco van Houdt, brigadier jeugd en zeden'], None, 'politie Zeeland-West-Brabant'),
 'RvdK': (['Jacqueline Tol, raadsonderzoeker'], 'Anja Pijnenburg, Jeugdbescherming Brabant', 'Raad voor de Kinderbescherming, locatie Breda'),
}
GEDRAG = ['Karin Smolders, gedragswetenschapper SPRING', 'Joris Wagemakers, orthopedagoog Veilig Thuis',
          'Hilde Claassen, GZ-psycholoog Jeugdbescherming Brabant', 'Nynke Hoornstra, gedragswetenschapper WSS',
          'Fatiha Bensaïd, gedragswetenschapper Toegang']

DAYS = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag']
MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']
MSHORT = ['jan.', 'feb.', 'mrt.', 'apr.', 'mei', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.']

def fdate(d, style, short=False):
    if style == 0: return d.strftime('%d-%m-%Y')
    if style == 1: return d.strftime('%Y-%m-%d')
    if style == 2: return '%d %s %d' % (d.day, MONTHS[d.month - 1], d.year) if not short else '%d %s' % (d.day, MONTHS[d.month - 1])
    if style == 3: return '%s %d %s %d' % (DAYS[d.weekday()][:2], d.day, MSHORT[d.month - 1], d.year) if not short else '%s %d %s' % (DAYS[d.weekday()][:2], d.day, MSHORT[d.month - 1])
    if style == 4: return '%d/%d/%d' % (d.day, d.month, d.year)
    if style == 5: return d.strftime('%d.%m.%Y')
    if style == 6: return '%s %d %s %d' % (DAYS[d.weekday()], d.day, MONTHS[d.month - 1], d.year)
    if style == 7: return '%s (wk %d)' % (d.strftime('%d-%m-%Y'), d.isocalendar()[1]) if not short else d.strftime('%d-%m-%Y')

KEYS = ['datum', 'soort', 'jeugdige', 'inbrenger', 'vaste', 'gemeente', 'gedrag', 'geinf', 'instemming', 'vraag', 'experts',
        'gezin', 'zorgen', 'patroon', 'krachten', 'risico', 'stemj', 'stemo', 'visie', 'score', 'hulp', 'advies', 'borging',
        'terecht', 'pg']
STYLES = {
 'A': ['Datum:', 'Soort inbreng:', 'Jeugdige (voorletter en geboortejaar):', 'Inbrenger:', 'Vaste deelnemer:',
       'Verantwoordelijke gemeente:', 'Gedragsdeskundige geraadpleegd:', 'Geïnformeerd en gesproken:', 'Instemming betrokkenen:',
       'Vraag aan het VeiligheidsTeam:', 'Uit te nodigen experts:', 'Gezinssamenstelling:', 'Wat is er nu onveilig:', 'Patroon:',
       'Krachten en beschermende factoren:', 'Risicofactoren:', 'Stem van de jeugdige:', 'Stem van ouders en verzorgers:',
       'Visie van de inbrenger:', 'Veiligheidsscore:', 'Betrokken hulpverlening:', 'Advies:', 'Borgingsafspraken:',
       'Waar kunnen ouders en jeugdige terecht:', 'Persoonsgegevens:'],
 'B': ['Datum inbreng:', 'Type inbreng:', 'Jeugdige(n):', 'Inbrenger (naam, functie, organisatie):', 'Vaste deelnemer:',
       'Gemeente:', 'Gedragswetenschapper geraadpleegd:', 'Wie is wanneer geïnformeerd:', 'Instemming:', 'Vraag aan het VHT:',
       'Experts:', 'Gezinssamenstelling:', 'Zorgen:', 'Patroon uit het verleden:', 'Krachten:', 'Risicofactoren:',
       'Wat zegt de jeugdige:', 'Stem van ouders:', 'Visie inbrenger:', 'Score:', 'Betrokken hulpverlening:',
       'Afspraken en actiepunten:', 'Borgingsafspraken:', 'Waar kunnen ouders en jeugdige terecht:', 'Persoonsgegevens:'],
 'D': ['DATUM INBRENG', 'SOORT INBRENG', 'JEUGDIGE(N)', 'INBRENGER', 'VASTE DEELNEMER', 'VERANTWOORDELIJKE GEMEENTE',
       'GEDRAGSDESKUNDIGE GERAADPLEEGD', 'GEÏNFORMEERD EN GESPROKEN', 'INSTEMMING BETROKKENEN', 'HULPVRAAG AAN HET VHT',
       'UIT TE NODIGEN EXPERTS', 'GEZINSSAMENSTELLING', 'ONVEILIGHEID', 'PATROON', 'KRACHTEN EN BESCHERMENDE FACTOREN',
       'RISICOFACTOREN', 'STEM VAN DE JEUGDIGE', 'STEM VAN OUDERS EN VERZORGERS', 'VISIE VAN DE INBRENGER', 'VEILIGHEIDSSCORE',
       'BETROKKEN HULPVERLENING', 'UITKOMST GESPREK', 'BORGINGSAFSPRAKEN', 'WAAR KUNNEN OUDERS EN JEUGDIGE TERECHT', 'PERSOONSGEGEVENS'],
 'E': ['datum:', 'soort inbreng:', 'jeugdige:', 'inbrenger:', 'vaste deelnemer:', 'gemeente:', 'gedragswetenschapper geraadpleegd:',
       'wie is wanneer geinformeerd:', 'instemming:', 'hulpvraag aan het vht:', 'experts:', 'gezinssamenstelling:', 'onveiligheid:',
       'patroon:', 'krachten:', 'risicofactoren:', 'stem van de jeugdige:', 'stem van ouders:', 'visie inbrenger:', 'score:',
       'betrokken hulpverlening:', 'afspraken en actiepunten:', 'borgingsafspraken:', 'waar kunnen ouders en jeugdige terecht:',
       'persoonsgegevens:'],
 'F': ['Datum inbreng :', 'Soort  inbreng', 'Jeugdige(n) :', 'Inbrenger', 'Vaste deelnemer', 'Verantwoordelijke Gemeente',
       'Gedragswetenschapper geraadpleegd', 'Geinformeerd en gesproken', 'Instemming betrokkenen', 'Vraag aan het Veiligheidsteam',
       'Uit te nodigen experts', 'Gezinssamenstelling', 'Wat is er nu onveilig?', 'Patroon uit het verleden',
       'Krachten en beschermende factoren', 'Risicofactoren', 'Stem van de jeugdige', 'Stem van ouders en verzorgers',
       'Visie van de inbrenger', 'Veiligheidsscore', 'Betrokken hulpverlening', 'Uitkomst gesprek', 'Borgingsafspraken',
       'Waar kunnen ouders en jeugdige terecht', 'Persoonsgegevens'],
}
# 'Wat is er nu onveilig?' keeps a question mark as people type it; the harness ignores only a trailing colon, so use the plain form:
STYLES['F'][KEYS.index('zorgen')] = 'Wat is er nu onveilig'

def numbered(style, sep='.'):
    out, n = [], 0
    for k, lab in zip(KEYS, STYLES[style]):
        n += 1
        out.append('%d%s %s' % (n, sep, lab))
    return out
STYLES['C'] = numbered('B')
STYLES['G'] = numbered('A', ')')

UPDATES = ['Sinds de vorige bespreking zijn de afspraken deels nagekomen; de zorgen hieronder zijn actueel.',
           'Update: de afgesproken hulp is gestart, maar de onveiligheid is nog niet weg.',
           'Na het advies van het VHT is met ouders gesproken; hieronder wat er nu nog speelt.',
           'Stand van zaken: weinig veranderd sinds de eerste inbreng.',
           'Update na de vorige bespreking: de situatie is wisselend, zie de punten hieronder.']
COMMENTS = ['Vraag nog scherper maken: wat wil je aan het eind van de bespreking weten?', 'Is de andere ouder ook gehoord?',
            'Graag feitelijker: hoe vaak en sinds wanneer?', 'Score van de jeugdige ook opnemen?', 'Akkoord zo, kan naar de voorzitter.',
            'Let op: oude informatie uit 2024 weghalen.']
FOOTERS = ['Pagina 1 van 3 – format Veiligheidskaart 2026', 'Niet verspreiden zonder overleg met de inbrenger',
           'VHT West-Brabant West – Consultatie & Advies', 'versie 2 – gepseudonimiseerd']

def wkday(d):
    """Move a Saturday/Sunday back to the Friday before (professionals do not work in the weekend here)."""
    return d - dt.timedelta(days=d.weekday() - 4) if d.weekday() >= 5 else d

def vht_day(d):
    """First Tuesday or Thursday at least a week after d (VHT meets on Tuesday and Thursday mornings)."""
    d = d + dt.timedelta(days=7)
    while d.weekday() not in (1, 3): d += dt.timedelta(days=1)
    return d

def kid_str(kids, fmt):
    items = ['%s%s (%d)' % ((d + ' ') if d else '', i, y) for i, y, d in kids]
    if fmt == 0: return items
    if fmt == 1: return [', '.join(items)]
    return ['- ' + x for x in items]

def inform_lines(s, d, ds, fmt):
    out = []
    for who, back, how in s['inform']:
        dd = fdate(wkday(d - dt.timedelta(days=back)), ds, short=True)
        if fmt == 0: out.append('%s: gesproken op %s (%s).' % (who, dd, how))
        elif fmt == 1: out.append('%s – %s (%s)' % (dd, who, how))
        else: out.append('- %s, %s, d.d. %s' % (who, how, dd))
    return out

def score_lines(sc, fmt, delta=0):
    items = list(sc.items())
    if delta: items[0] = (items[0][0], max(1, min(9, items[0][1] + delta)))
    if fmt == 0: return [' '.join('%s: %d.' % kv for kv in items)]
    if fmt == 1: return ['| %s | %d |' % kv for kv in items]
    return [' – '.join('%s %d/10' % (k.lower() if k in ('Inbrenger', 'Moeder', 'Vader') else k, v) for k, v in items)]

def author(s, use):
    if s['org'] == 'Toegang':
        inbs, vaste = TOEGANG[s['gemeente']]
        return inbs[use % len(inbs)] + ', Toegang ' + s['gemeente'], vaste
    inbs, vaste, orgname = ORGS[s['org']]
    if vaste is None: vaste = TOEGANG[s['gemeente']][1]
    return inbs[use % len(inbs)] + ', ' + orgname, vaste

def build(n, si, use, dirty=None):
    """use 0 = first inbreng, 1 = follow-up. dirty: dict of injections."""
    s = S[si]
    dirty = dirty or {}
    style = 'ABCDEFG'[(n * 3 + si) % 7]
    L = dict(zip(KEYS, STYLES[style]))
    ds = (n + si) % 8
    base = dt.date(2026, 9, 14) + dt.timedelta(days=(si * 3) % 50)
    base = wkday(base)
    d = base if use == 0 else wkday(min(base + dt.timedelta(days=24 + (n % 12)), dt.date(2026, 12, 4)))
    year = d.year
    kids = s['kids']
    old = [y for _, y, _ in kids if year - y >= 12]
    special_org = s['key'] in ('einde-ots', 'rvdk-overdracht')
    if use == 0:
        soort = 'Overdracht' if special_org else ('Monitoring' if s['key'] == 'terugplaatsing-monitoring' else 'Eerste inbreng')
    else:
        soort = 'Monitoring' if (n % 3 == 0 or s['key'] == 'terugplaatsing-monitoring') else 'Vervolgbespreking'
        if special_org and s['key'] == 'einde-ots': soort = 'Overdracht'
    inb, vaste = author(s, use)
    if n % 4 == 2: inb = inb.replace(', ', ' – ', 1)
    blocks_before, blocks_after = [], []
    secs = []   # list of (key, [lines]) in order; special blocks as ('[', [lines])
    def add(k, lines):
        if lines: secs.append((k, lines))
    add('datum', [fdate(d, ds)])
    soort_line = soort
    add('soort', [soort_line])
    add('jeugdige', dirty.get('jeugdige') or kid_str(kids, n % 3))
    add('inbrenger', [inb])
    add('vaste', [vaste])
    add('gemeente', [s['gemeente']])
    if n % 5 != 3:
        g = GEDRAG[(n + si) % len(GEDRAG)]
        add('gedrag', ['Ja, %s, op %s' % (g, fdate(wkday(d - dt.timedelta(days=8)), ds, short=True))] if n % 3 else ['Ja, intern besproken met de gedragswetenschapper van de eigen organisatie.'])
    add('geinf', inform_lines(s, d, ds, n % 3) + dirty.get('geinf', []))
    c, ctext = s['consent']
    add('instemming', ['%s. %s' % (c, ctext)] if n % 2 else [c + '.', ctext])
    add('vraag', [s['vraag']])
    if s.get('experts'): add('experts', [s['experts']])
    if style in ('F', 'D'): secs.append(('[PART]', ['VEILIGHEIDSKAART']))
    add('gezin', s['gezin'] + dirty.get('gezin', []))
    z = list(s['zorgen'])
    if use == 1: z = [UPDATES[(n + si) % len(UPDATES)]] + z
    add('zorgen', z + dirty.get('zorgen', []))
    for blk in dirty.get('after_zorgen', []): secs.append(('[', blk))
    if s.get('patroon'): add('patroon', [s['patroon']] + dirty.get('patroon', []))
    bullets = n % 2 == 0
    add('krachten', [('- ' + x) if bullets else x for x in s['krachten']] + dirty.get('krachten', []))
    add('risico', [('- ' + x) if bullets else x for x in s['risico']] + dirty.get('risico', []))
    young_only = not old
    if not (young_only and n % 4 == 0 and not dirty):
        add('stemj', dirty.get('stemj_replace') or s['stemj'])
    add('stemo', s['stemo'] + dirty.get('stemo', []))
    add('visie', [s['visie']])
    add('score', score_lines(s['score'], n % 3, delta=(1 if use == 1 and n % 2 else 0)))
    add('hulp', [s['hulp']])
    if use == 1:
        if style in ('F', 'D'): secs.append(('[PART]', ['UITKOMST INBRENG VHT']))
        add('advies', ['VHT %s: %s' % (fdate(vht_day(base), ds, short=True), s['advies'])])
    if soort == 'Overdracht':
        add('borging', ['Afspraken uit het veiligheidsplan blijven gelden; signalen van terugval zijn samen met het gezin benoemd.',
                        'Evaluatie door de nieuwe casusregisseur na drie maanden.'])
        add('terecht', ['Toegang %s (casusregisseur), huisarts; bij acute zorgen Veilig Thuis 0800-2000 of 112.' % s['gemeente']])
    pgv = dirty.get('pg')
    if pgv: secs.append(('pg', pgv[0])); secs.extend(pgv[1:])
    else:
        v = n % 5
        if v == 1: secs.append(('pg', ['n.v.t.']))
        elif v == 2: secs.append(('pg', ['niet invullen bij inbreng']))
        elif v == 3: secs.append(('pg', ['-'])); secs.extend([('@Naam jeugdige:', ['-']), ('@Geboortedatum:', ['-']), ('@BSN:', ['-']), ('@Adres:', ['-'])])
        elif v == 4: secs.append(('pg', ['N.v.t. (intake)']))
    # ---- special blocks (harmless in CLEAN cards)
    k0 = kids[0][0] + str(kids[0][1])
    pool = [
      ('PROPERTY title', ['Veiligheidskaart %s (%d) – %s' % (kids[0][0], kids[0][1], soort.split(' (')[0])]),
      ('PROPERTY company', ['Gemeente ' + s['gemeente'] if s['org'] == 'Toegang' else author(s, use)[0].split(', ')[-1]]),
      ('HEADER', ['VERTROUWELIJK – gepseudonimiseerd – %s' % s['gemeente'].upper()]),
      ('FOOTER', [FOOTERS[(n + si) % len(FOOTERS)]]),
      ('COMMENT', ['Vaste deelnemer', COMMENTS[(n * 7 + si) % len(COMMENTS)]]),
      ('ALT', ['Tekening Drie Huizen van %s (%d jaar)' % (kids[0][0], year - kids[0][1])]),
      ('TRACKED-DELETION', ['Inbrenger: %d.' % max(1, list(s['score'].values())[0] - 1)]),
      ('FOOTNOTE', ['Zie ook het veiligheidsplan van %s.' % fdate(wkday(d - dt.timedelta(days=30)), ds)]),
      ('MAIL-SUBJECT', ['VHK %s (%d) – %s – %s' % (kids[0][0], kids[0][1], soort.split(' (')[0], s['gemeente'])]),
      ('MAIL-BODY', ['Beste voorzitter,', 'Hierbij de veiligheidskaart voor de bespreking. De instemming staat in de kaart.',
                     'Met vriendelijke groet,', 'vaste deelnemer ' + (s['org'] if s['org'] != 'Toegang' else 'Toegang ' + s['gemeente'])]),
      ('FILENAME', ['VHK_%s_%s_%s.docx' % (s['gemeente'].replace(' ', ''), k0.replace('.', ''), d.strftime('%Y%m%d'))]),
    ]
    r = random.Random(1000 + n)
    chosen = r.sample(pool, 1 + n % 3)
    if dirty: chosen = [b for b in chosen if b[0] not in dirty.get('replace_blocks', ())]
    chosen += dirty.get('blocks', [])
    top = [b for b in chosen if b[0] in ('PROPERTY title', 'PROPERTY company', 'HEADER', 'FILENAME', 'MAIL-SUBJECT', 'MAIL-BODY')]
    mid = [b for b in chosen if b[0] in ('COMMENT', 'ALT', 'TRACKED-DELETION')]
    bot = [b for b in chosen if b[0] in ('FOOTER', 'FOOTNOTE')]
    def render_block(b):
        tag, lines = b
        if tag == 'COMMENT':
            who = lines[0]
            if who == 'Vaste deelnemer': who = 'Vaste deelnemer ' + (ORGS[s['org']][2] if s['org'] in ORGS else 'Toegang ' + s['gemeente'])
            return ['[COMMENT author=%s]' % who] + lines[1:]
        return ['[%s]' % tag] + lines
    out = []
    for b in top: out += render_block(b) + ['']
    if style in ('F', 'D'): out += ['VOORBLAD', '']
    midpos = {'zorgen': 'COMMENT', 'score': 'TRACKED-DELETION', 'stemj': 'ALT'}
    for k, lines in secs:
        if k == '[PART]': out += lines + ['']; continue
        if k == '[': out += lines + ['']; continue
        if k.startswith('@'): out += [k[1:]] + lines + ['']; continue
        out += [L[k]] + lines + ['']
        for b in mid:
            if midpos.get(k) == b[0]: out += render_block(b) + ['']
    placed = {b[0] for b in mid if b[0] in midpos.values() and any(midpos.get(k) == b[0] for k, _ in secs)}
    for b in mid:
        if b[0] not in placed: out += render_block(b) + ['']
    for b in bot: out += render_block(b) + ['']
    return '\n'.join(out).rstrip('\n') + '\n'

# ------------------------------------------------------------------ DIRTY injections (30 items)
D = {}
def dirty(n, si, items, **inj): D[n] = (si, items, inj)

dirty(46, 14, ['NAME "Kenrick" @ body (Wat is er nu onveilig)', 'PHONE "06-38 12 77 45" @ comment text'],
      zorgen=['De partner van moeder (Kenrick) ontkent alles en wil de mentor spreken.'],
      blocks=[('COMMENT', ['Vaste deelnemer', 'Vader van D. is bereikbaar op 06-38 12 77 45, ook voor het interventiegesprek.'])])
dirty(47, 15, ['NAME "I. Verbeeck" @ header', 'BIRTHDATE "17-08-2015" @ cover value (Jeugdige)'],
      jeugdige=['L. (17-08-2015)', 'C. (2018)'], replace_blocks=('HEADER',),
      blocks=[('HEADER', ['VHK kinderen van I. Verbeeck – Steenbergen – vertrouwelijk'])])
dirty(48, 16, ['NAME "Van Loon" @ body (Stem van ouders en verzorgers)', 'ADDRESS "Canadalaan 31" @ mail subject'],
      stemo=['Vader (Van Loon) schrijft vanuit de PI dat hij "alles gaat regelen" als hij vrijkomt.'], replace_blocks=('MAIL-SUBJECT',),
      blocks=[('MAIL-SUBJECT', ['VHK IJ./Q. – na huisbezoek Canadalaan 31 – graag agenderen'])])
dirty(49, 17, ['NAME "Griet Wuyts" @ comment author', 'ID_NUMBER "85.11.04-217.70" @ body (Gezinssamenstelling)'],
      gezin=['Rijksregisternummer vader (voor de Belgische procedure): 85.11.04-217.70'],
      blocks=[('COMMENT', ['Griet Wuyts', 'Dit klopt niet, de kinderen zijn bij ons altijd op tijd terug.'])])
dirty(50, 18, ['NAME "Roovers" @ mail body', 'BSN "201915248" @ body (Persoonsgegevens)'], replace_blocks=('MAIL-BODY',),
      blocks=[('MAIL-BODY', ['Beste voorzitter,', 'Moeder (mw. Roovers) is akkoord met de bespreking; kaart in de bijlage.', 'Groet,', 'raadsonderzoeker RvdK'])],
      pg=[['ingevuld i.v.m. overdracht'], ('@BSN:', ['201915248'])])
dirty(51, 19, ['NAME "Feyza" @ alt text', 'EMAIL "feyza.k2010@hotmail.com" @ comment text'],
      blocks=[('ALT', ['Echofoto van Feyza, 12 weken']),
              ('COMMENT', ['Jeugdverpleegkundige GGD', 'F. wil alleen via feyza.k2010@hotmail.com bereikt worden, niet via de post.'])],
      replace_blocks=('ALT', 'COMMENT'))
dirty(52, 20, ['NAME "Jhinkoe" @ property (title)', 'URL "instagram.com/priya.jh_09" @ body (Wat is er nu onveilig)'],
      zorgen=['Broer zet foto\'s van haar met tekst op instagram.com/priya.jh_09 om haar "te waarschuwen".'],
      blocks=[('PROPERTY title', ['Veiligheidskaart fam. Jhinkoe – Etten-Leur'])], replace_blocks=('PROPERTY title',))
dirty(53, 21, ['BIRTHDATE "12-02-2009" @ file name', 'IBAN "NL19 TRIO 0385 6776 13" @ body (Risicofactoren)'],
      risico=['H. maakte in oktober € 600 over aan de vriend, vanaf NL19 TRIO 0385 6776 13.'],
      blocks=[('FILENAME', ['VHK_Moerdijk_H_12-02-2009_18min.docx'])], replace_blocks=('FILENAME',))
dirty(54, 22, ['POSTCODE "4731 DV" @ tracked deletion', 'PHONE "+380 67 412 8830" @ body (Geïnformeerd en gesproken)'],
      geinf=['Vader (in Oekraïne, +380 67 412 8830) is via WhatsApp geïnformeerd.'],
      blocks=[('TRACKED-DELETION', ['Woonadres moeder tot augustus: 4731 DV Oudenbosch'])], replace_blocks=('TRACKED-DELETION',))
dirty(55, 23, ['NAME "IONESCU" @ header', 'POSTCODE "4715 RK" @ body (Gezinssamenstelling)'],
      gezin=['Postcode van het park: 4715 RK.'],
      blocks=[('HEADER', ['GEZIN IONESCU – RUCPHEN – VHT'])], replace_blocks=('HEADER',))
dirty(56, 24, ['NAME "Esmee" @ body (Stem van de jeugdige)', 'BIRTHDATE "02-04-1989" @ body (Gezinssamenstelling)'],
      gezin=['Geboortedatum moeder volgens de beschikking: 02-04-1989.'],
      stemj_replace=['Esmee: "Ik vind het fijn thuis. Als papa drinkt, weet ik wat ik moet doen."'])
dirty(57, 25, ['NAME "frans" @ body (Krachten en beschermende factoren)', 'ADDRESS "Zoomweg 27a" @ body (Wat is er nu onveilig)'],
      krachten=['opa frans haalt de kinderen elke dag van school.'],
      zorgen=['Vorige week stond moeder \'s avonds aan de deur van Zoomweg 27a en bonkte op de ramen.'])
dirty(58, 26, ['NAME "Tavares" @ table row (Gezinssamenstelling)', 'EMAIL "fam.semedo@sapo.pt" @ mail body'],
      gezin=['| stiefvader | Tavares | 1985 | werkt bij hetzelfde bedrijf |'],
      blocks=[('MAIL-BODY', ['Beste voorzitter,', 'Ouders willen de kaart ook per mail ontvangen: fam.semedo@sapo.pt', 'Met vriendelijke groet,', 'Veilig Thuis West-Brabant'])],
      replace_blocks=('MAIL-BODY',))
dirty(59, 27, ['NAME "Abdullahi" @ footer', 'URL "https://www.twitch.tv/abdi_gamez2011" @ alt text'],
      blocks=[('FOOTER', ['Dossier Abdullahi – niet printen']), ('ALT', ['Screenshot van het kanaal https://www.twitch.tv/abdi_gamez2011'])],
      replace_blocks=('FOOTER', 'ALT'))
dirty(60, 28, ['BSN "1854.42.420" @ footnote', 'ID_NUMBER "02/116274-25" @ body (Patroon)'],
      patroon=['Strafzaak tegen vader loopt nog (parketnummer 02/116274-25).'],
      blocks=[('FOOTNOTE', ['BSN E. voor de aanvraag traumabehandeling: 1854.42.420'])], replace_blocks=('FOOTNOTE',))

def main():
    os.makedirs(OUT, exist_ok=True)
    rows = ['file\texpect\tnotes']
    plan = [(n, n - 1, 0) for n in range(1, 35)] + [(n, n - 35, 1) for n in range(35, 46)]
    for n, si, use in plan:
        txt = build(n, si, use)
        open(os.path.join(OUT, 'card-%02d.txt' % n), 'w', encoding='utf-8').write(txt)
        rows.append('card-%02d.txt\tCLEAN\t-' % n)
    for n in range(46, 61):
        si, items, inj = D[n]
        txt = build(n, si, 1, dirty=inj)
        open(os.path.join(OUT, 'card-%02d.txt' % n), 'w', encoding='utf-8').write(txt)
        rows.append('card-%02d.txt\tDIRTY\t%s' % (n, '; '.join(items)))
    open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8').write('\n'.join(rows) + '\n')

if __name__ == '__main__':
    main()
