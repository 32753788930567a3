#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate ../cards/card-01.txt .. card-60.txt and cards.tsv (fixed seed 9060)."""
import os, random, sys, datetime
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from common import make_bsn, fmt_bsn, make_iban, fmt_iban
from themes import THEMES
OUT = os.path.join(HERE, '..', 'cards')
rng = random.Random(9060)

PROS = {  # municipality -> list of (inbrenger, vaste deelnemer, org)
 'Heerlen': [('Maud Lenssen, jeugdconsulent', 'Bas Ortmans', 'Sociaal Team Heerlen'), ('Karim Bouzidi, casemanager', 'Lieke Houben', 'Veilig Thuis Zuid-Limburg')],
 'Kerkrade': [('Ellen Paffen, wijkcoach', 'Patrick Coumans', 'Gemeente Kerkrade (team Jeugd)'), ('Özlem Arslan, jeugdbeschermer', 'Dirk Vaessen', 'Jeugdzorg Zuid-Limburg')],
 'Brunssum': [('Nathalie Rademakers, gezinscoach', 'Sander Quaedvlieg', 'Gemeente Brunssum')],
 'Landgraaf': [('Joanna Mazur, wijkcoach', 'Rik Schobben', 'Sociaal Team Landgraaf')],
 'Sittard-Geleen': [('Tim Jacobs, jeugdconsulent', 'Anouk Daemen', 'Gemeente Sittard-Geleen'), ('Carla Meertens, casemanager', 'Yasmina El Amrani', 'Veilig Thuis Zuid-Limburg')],
 'Maastricht': [('Laura Bastiaens, buurtteammedewerker', 'Jeroen Mertens', 'Buurtteam Maastricht'), ('Sanne Pinckaers, jeugdbeschermer', 'Mustafa Doğan', 'Jeugdzorg Zuid-Limburg')],
 'Vaals': [('Kathrin Lemmens, jeugdconsulent', 'Pim Hermens', 'Team Jeugd Vaals')],
 'Voerendaal': [('Marjolein Huppertz, gezinscoach', 'Frank Gulikers', 'Gemeente Voerendaal')],
 'Simpelveld': [('Gert Pluijmen, jeugdconsulent', 'Ilona Kerckhoffs', 'Gemeente Simpelveld')],
 'Beekdaelen': [('Vera Smeets-Debets, wijkcoach', 'Koen Habets', 'Gemeente Beekdaelen')],
 'Valkenburg aan de Geul': [('Merel Sprenger, casemanager', 'Jan-Willem Voncken', 'Team Jeugd Valkenburg aan de Geul')],
 'Gulpen-Wittem': [('Roy Kurvers, jeugdconsulent', 'Ine Ploumen', 'Gemeente Gulpen-Wittem')],
}
GEDRAGS = ['Dr. Mieke Eussen, GZ-psycholoog, Mondriaan', 'Hamza Azzouzi, orthopedagoog, Jeugdzorg Zuid-Limburg',
           'Sabine Erens, gedragswetenschapper, Koraal', 'drs. Thijs Moonen, gedragsdeskundige, Veilig Thuis Zuid-Limburg']
MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']
INITIALS = 'ABCDEFGHIJKLMNOPQRSTUVWXY'

LAB = {
 'A': dict(datum='Datum', soort='Soort inbreng', jeugdige='Jeugdige (voorletter en geboortejaar)', inbrenger='Inbrenger',
           vaste='Vaste deelnemer', gemeente='Verantwoordelijke gemeente', gedrag='Gedragsdeskundige geraadpleegd',
           geinf='Geïnformeerd en gesproken', instemming='Instemming betrokkenen', vraag='Vraag aan het VeiligheidsTeam',
           experts='Uit te nodigen experts', gezin='Gezinssamenstelling', zorgen='Wat is er nu onveilig', patroon='Patroon',
           krachten='Krachten en beschermende factoren', risico='Risicofactoren', stemj='Stem van de jeugdige',
           stemo='Stem van ouders en verzorgers', visie='Visie van de inbrenger', score='Veiligheidsscore',
           hulp='Betrokken hulpverlening', pg='Persoonsgegevens'),
 'B': dict(datum='Datum inbreng', soort='Type inbreng', jeugdige='Jeugdige(n)', inbrenger='Inbrenger (naam, functie, organisatie)',
           vaste='Vaste deelnemer', gemeente='Gemeente', gedrag='Gedragswetenschapper geraadpleegd',
           geinf='Wie is wanneer geïnformeerd', instemming='Instemming', vraag='Hulpvraag aan het VHT', experts='Experts',
           gezin='Gezinssamenstelling', zorgen='Zorgen', patroon='Patroon uit het verleden', krachten='Krachten',
           risico='Risicofactoren', stemj='Wat zegt de jeugdige', stemo='Stem van ouders', visie='Visie inbrenger',
           score='Score', hulp='Betrokken hulpverlening', pg='Persoonsgegevens'),
}
ORDER = ['datum', 'soort', 'jeugdige', 'inbrenger', 'vaste', 'gemeente', 'gedrag', 'geinf', 'instemming', 'vraag', 'experts',
         '#Veiligheidskaart', 'gezin', 'zorgen', 'patroon', 'krachten', 'risico', 'stemj', 'stemo', 'visie', 'score', 'hulp', 'pg']

def fmt_date(d, style):
    if style == 0: return '%02d-%02d-%d' % (d.day, d.month, d.year)
    if style == 1: return d.isoformat()
    if style == 2: return '%d %s %d' % (d.day, MONTHS[d.month - 1], d.year)
    if style == 3: return '%d-%d-%d' % (d.day, d.month, d.year)
    return '%02d/%02d/%d' % (d.day, d.month, d.year)

def build(n, theme, variant, dirty=None):
    dirty = dirty or {}
    muni = theme['muni']
    inbr, vaste, org = rng.choice(PROS[muni])
    card_date = datetime.date(2026, 11, 2) + datetime.timedelta(days=rng.randint(0, 38))
    cy = card_date.year
    ds = rng.randint(0, 4)
    d1 = card_date - datetime.timedelta(days=rng.randint(15, 40))
    d2 = card_date - datetime.timedelta(days=rng.randint(6, 12))
    d3 = card_date - datetime.timedelta(days=rng.randint(2, 5))
    ini = []
    for (i0, idx, age) in theme['youth']:
        ini.append(i0 if variant == 0 else INITIALS[(INITIALS.index(i0) + 3 * variant + idx) % len(INITIALS)])
    # avoid duplicate initials
    for k in range(1, len(ini)):
        while ini[k] in ini[:k]: ini[k] = INITIALS[(INITIALS.index(ini[k]) + 1) % len(INITIALS)]
    ages = [a for (_, _, a) in theme['youth']]
    v = dict(J=ini[0], jy=cy - ages[0], ja=ages[0], d1=fmt_date(d1, ds), d2=fmt_date(d2, ds), d3=fmt_date(d3, ds),
             mo=cy - rng.randint(31, 44), va=cy - rng.randint(34, 50))
    if len(ini) > 1: v.update(Z=ini[1], zy=cy - ages[1], za=ages[1])
    if len(ini) > 2: v.update(Y=ini[2], yy=cy - ages[2])
    f = lambda s: s.format(**v)
    soort = dirty.get('soort') or ['Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Eerste inbreng', 'Overdracht'][(n + variant) % 5]
    if soort == 'Vervolgbespreking': soort_txt = 'Vervolgbespreking (eerder besproken als VHT-2026-%04d)' % rng.randint(10, 240)
    elif soort == 'Overdracht': soort_txt = 'Overdracht (Veilig Thuis Zuid-Limburg -> Toegang %s)' % muni
    else: soort_txt = soort
    youths = ['%s. (%d)' % (ini[i], cy - ages[i]) for i in range(len(ini))]
    consent_no = (n % 7 == 3)
    inst = (['Nee. Vader weigert bespreking ("dat is onze zaak").', 'Reden inbrenger: de zorgen zijn ernstig en de kinderen zijn niet veilig; bespreking zonder instemming is daarom nodig. Moeder stemt wel in.']
            if consent_no else [rng.choice(['Ja, ouders stemmen in.', 'Ja, beide ouders en de jeugdige weten van de bespreking.', 'Ja (moeder), vader is geïnformeerd en heeft geen bezwaar.'])])
    sec = {
     'datum': [fmt_date(card_date, ds)], 'soort': [soort_txt], 'jeugdige': youths,
     'inbrenger': ['%s, %s' % (inbr, org)], 'vaste': ['%s, %s' % (vaste, org)], 'gemeente': [muni],
     'gedrag': ['Ja, %s, op %s' % (rng.choice(GEDRAGS), f('{d3}'))] if rng.random() < 0.6 else None,
     'geinf': [f(x) for x in theme['geinf']], 'instemming': inst, 'vraag': [f(theme['vraag'])],
     'experts': [rng.choice(['Kinder- en jeugdpsychiater MUMC+', 'Raad voor de Kinderbescherming', 'Veilig Thuis Zuid-Limburg', 'GGD Zuid-Limburg (jeugdarts)'])] if rng.random() < 0.4 else None,
     'gezin': [f(x) for x in theme['gezin']], 'zorgen': [f(x) for x in theme['zorgen']],
     'patroon': [f(x) for x in theme['patroon']] if rng.random() < 0.8 else None,
     'krachten': [f(x) for x in theme['krachten']], 'risico': [f(x) for x in theme['risico']],
     'stemj': [f(x) for x in theme['stemj']], 'stemo': [f(x) for x in theme['stemo']], 'visie': [f(x) for x in theme['visie']],
     'score': [f(x) for x in theme['score']], 'hulp': [f(x) for x in theme['hulp']],
     'pg': [rng.choice(['n.v.t.', '-', 'niet invullen bij inbreng'])] if rng.random() < 0.6 else None,
    }
    for key, line in dirty.get('add', []):
        sec[key] = (sec[key] or []) + [f(line)]
    for key, lines in dirty.get('set', []):
        sec[key] = lines
    style = ['A', 'B', 'A-num', 'A-caps', 'B-lower', 'B-num'][(n * 5 + variant) % 6]
    labs = LAB[style[0]]
    out = []
    specials = dirty.get('specials', {})
    pool = {
     'FILENAME': 'VHK_%s_%s%d_%s.docx' % (muni.replace(' ', ''), ini[0], cy - ages[0], card_date.strftime('%Y%m%d')),
     'PROPERTY title': 'Veiligheidskaart %s - %s' % (youths[0], soort),
     'PROPERTY company': org,
     'HEADER': rng.choice(['VERTROUWELIJK - VHK %s' % muni.upper(), 'Veiligheidskaart %s' % ' / '.join(youths), 'VHT Zuid-Limburg | vertrouwelijk']),
     'FOOTER': rng.choice(['Bij acuut gevaar: 112. Veilig Thuis: 0800-2000.', 'Pagina 1 van 3 - %s' % org, 'Versie %s' % fmt_date(card_date, ds)]),
     'ALT': 'Tekening van %s. (%d jaar) met de Drie Huizen; het huis van de zorgen is donker gekleurd.' % (ini[-1], ages[-1]),
     'FOOTNOTE': rng.choice(['Zie ook de rapportage van de crisisdienst van %s.' % f('{d1}'), 'Score volgens de schaal van Signs of Safety (0-10).', 'Bron: zorgmelding Politie Limburg van %s.' % f('{d1}')]),
     'TRACKED-DELETION': rng.choice(['Inbrenger: 5.', 'Opname in Zuyderland overwogen.', 'Gezin is al bekend bij Veilig Thuis.']),
     'MAIL-SUBJECT': 'Inbreng VHK %s - %s - %s' % (youths[0], muni, soort),
     'MAIL-BODY': 'Beste voorzitter,\nHierbij de kaart van %s voor de bespreking. De kaart is met de inbrenger gescreend.\nMet vriendelijke groet,\nvaste deelnemer %s' % (youths[0], org),
    }
    comment = ('Gedragswetenschapper %s' % org, rng.choice(['Graag concreter: wat zag school precies?', 'Kloppen de data in de dienstrapportage?', 'Score van de jeugdige ontbreekt nog.']))
    chosen = rng.sample(['FILENAME', 'PROPERTY title', 'PROPERTY company', 'HEADER', 'FOOTER', 'ALT', 'FOOTNOTE', 'TRACKED-DELETION', 'MAIL-SUBJECT', 'MAIL-BODY', 'COMMENT'], rng.randint(3, 6))
    for t in specials:
        if t not in chosen: chosen.append(t)
    def special(t):
        if t == 'COMMENT':
            a, txt = specials.get('COMMENT', comment)
            return ['[COMMENT author=%s]' % a, txt, '']
        return ['[%s]' % t, specials.get(t, pool[t]), '']
    for t in ['MAIL-SUBJECT', 'MAIL-BODY', 'FILENAME', 'PROPERTY title', 'PROPERTY company', 'HEADER']:
        if t in chosen: out += special(t)
    if style.endswith('lower'): out += ['voorblad', '']
    else: out += ['VOORBLAD' if 'caps' in style else 'Voorblad', '']
    num = 0
    for key in ORDER:
        if key.startswith('#'):
            out += [key[1:].upper() if 'caps' in style else key[1:], '']; continue
        if sec.get(key) is None: continue
        if key == 'stemj' and not sec[key]: continue
        num += 1
        lab = labs[key]
        if 'caps' in style: lab = lab.upper()
        if 'lower' in style: lab = lab.lower()
        if 'num' in style: lab = '%d. %s' % (num, lab)
        out.append(lab if style == 'B-lower' else lab + ':')
        out += sec[key]
        out.append('')
        if key == 'zorgen' and 'COMMENT' in chosen: out += special('COMMENT')
        if key == 'stemj' and 'ALT' in chosen: out += special('ALT')
        if key == 'score' and 'TRACKED-DELETION' in chosen: out += special('TRACKED-DELETION')
        if key == 'hulp' and 'FOOTNOTE' in chosen: out += special('FOOTNOTE')
    if 'FOOTER' in chosen: out += special('FOOTER')
    return '\n'.join(out).rstrip('\n') + '\n'

# 30 DIRTY items over cards 46..60: (theme index, dirty spec, notes)
B1 = make_bsn(random.Random(4690)); B2 = fmt_bsn(make_bsn(random.Random(5890)), 'dots')
IB = fmt_iban(make_iban(random.Random(5490), 'NL'), 'grouped')
DIRTY = [
 (0, dict(add=[('zorgen', '{d2} 03:15 (KB) Ludo Crombach (vriend moeder) komt verhaal halen op de crisispost.')],
          specials={'MAIL-BODY': 'Beste voorzitter,\nHierbij de kaart. Moeder is bereikbaar op 06-19472830.\nGroet, vaste deelnemer'}),
  'NAME "Ludo Crombach" @ body (Wat is er nu onveilig); PHONE "06-19472830" @ mail body'),
 (1, dict(set=[('jeugdige', ['S. (12-05-2012)', 'M. (2017)'])], specials={'COMMENT': ('Wendy Geurts', 'Ik ben de moeder, klopt de score?')}),
  'BIRTHDATE "12-05-2012" @ cover value (Jeugdige); NAME "Wendy Geurts" @ comment author'),
 (2, dict(add=[('gezin', 'Vader en B. wonen op de Pancratiusstraat 14, boven de snackbar.')], specials={'HEADER': 'VHK FAM. KUIJPERS - VERTROUWELIJK'}),
  'ADDRESS "Pancratiusstraat 14" @ body (Gezinssamenstelling); NAME "KUIJPERS" @ header'),
 (3, dict(add=[('gezin', '| moeder | Ewa | 1988 |')], specials={'FOOTNOTE': 'BSN van K. (voor de tolkendienst): %s' % B1}),
  'NAME "Ewa" @ table row (Gezinssamenstelling); BSN "%s" @ footnote' % B1),
 (4, dict(specials={'TRACKED-DELETION': 'Gesproken met oom Marco Smeets in Elsloo.', 'FOOTER': 'Retour: 6415 RK Heerlen'}),
  'NAME "Marco Smeets" @ tracked deletion; POSTCODE "6415 RK" @ footer'),
 (5, dict(add=[('stemo', 'Vader (Hüseyin) wil alleen met een mannelijke hulpverlener praten.')],
          specials={'MAIL-BODY': 'Beste voorzitter,\nVragen aan moeder kunnen via kim.vandewal@hotmail.com (buurvrouw).\nGroet, vaste deelnemer'}),
  'NAME "Hüseyin" @ body (Stem van ouders); EMAIL "kim.vandewal@hotmail.com" @ mail body'),
 (6, dict(add=[('hulp', 'Veilig Thuis Zuid-Limburg, dossiernr. VTZL-2026-30417.')], specials={'FILENAME': 'VHK_Vaals_Bartels_L2016.docx'}),
  'ID_NUMBER "dossiernr. VTZL-2026-30417" @ body (Betrokken hulpverlening); NAME "Bartels" @ file name'),
 (7, dict(add=[('stemj', 'R. stuurde een filmpje via https://www.tiktok.com/@kapster.r.heerlen')],
          specials={'ALT': 'Foto: Nando (neef) en R. bij de woonwagen.'}),
  'URL "https://www.tiktok.com/@kapster.r.heerlen" @ body (Stem van de jeugdige); NAME "Nando" @ alt text'),
 (8, dict(add=[('risico', 'Uitkering van moeder wordt gestort op %s (rekening van een vriend).' % IB)],
          specials={'PROPERTY title': 'VHK baby N. - moeder Chiara Russo'}),
  'IBAN "%s" @ body (Risicofactoren); NAME "Chiara Russo" @ property (title)' % IB),
 (9, dict(add=[('krachten', 'Oma in Aken wil helpen, bereikbaar op +49 2407 559183.')],
          specials={'COMMENT': ('Gedragswetenschapper Gemeente Simpelveld', 'Overleg met Hella Krings (oma) nodig?')}),
  'PHONE "+49 2407 559183" @ body (Krachten en beschermende factoren); NAME "Hella Krings" @ comment text'),
 (10, dict(add=[('gezin', 'H. geb. 3 maart 2018, P. jonger.')], specials={'MAIL-SUBJECT': 'VHK Schinveld - vader Dragan - spoed'}),
  'BIRTHDATE "3 maart 2018" @ body (Gezinssamenstelling); NAME "Dragan" @ mail subject'),
 (11, dict(add=[('geinf', 'Huisbezoek op de Hoofdstraat 77 in Kerkrade op {d2}.')], specials={'FOOTNOTE': 'Informatie van buurvrouw Ans Jongen.'}),
  'ADDRESS "Hoofdstraat 77" @ body (Geïnformeerd en gesproken); NAME "Ans Jongen" @ footnote'),
 (12, dict(set=[('pg', ['BSN: %s' % B2])], add=[('patroon', 'Eerder benaderd door S. Heuts (22), volgens de politie.')]),
  'BSN "%s" @ body (Persoonsgegevens); NAME "S. Heuts" @ body (Patroon)' % B2),
 (13, dict(add=[('zorgen', 'MIRJAM GIELEN (PLEEGMOEDER) MAAKT ZICH GROTE ZORGEN.')], specials={'MAIL-BODY': 'Beste voorzitter,\nG. woont nu weer bij moeder, 6301 KT Valkenburg.\nGroet, vaste deelnemer'}),
  'NAME "MIRJAM GIELEN" @ body (Wat is er nu onveilig); POSTCODE "6301 KT" @ mail body'),
 (14, dict(specials={'FOOTNOTE': 'Zie het profiel van vader: facebook.com/patrick.gerardu.9', 'TRACKED-DELETION': 'patiëntnummer Zuyderland 7730518'}),
  'URL "facebook.com/patrick.gerardu.9" @ footnote; ID_NUMBER "patiëntnummer Zuyderland 7730518" @ tracked deletion'),
]

os.makedirs(OUT, exist_ok=True)
rows = []
n = 0
for variant in range(3):
    for ti, th in enumerate(THEMES):
        n += 1
        open(os.path.join(OUT, 'card-%02d.txt' % n), 'w', encoding='utf-8', newline='\n').write(build(n, th, variant))
        rows.append(('card-%02d.txt' % n, 'CLEAN', '-'))
for ti, spec, notes in DIRTY:
    n += 1
    th = THEMES[ti]
    # dirty lines may use {d2}; resolved inside build via the same formatter
    spec = dict(spec)
    text = build(n, th, 0, spec)
    open(os.path.join(OUT, 'card-%02d.txt' % n), 'w', encoding='utf-8', newline='\n').write(text)
    rows.append(('card-%02d.txt' % n, 'DIRTY', notes))
with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('file\texpect\tnotes\n')
    for r in rows: fh.write('\t'.join(r) + '\n')
print(n, 'cards')
