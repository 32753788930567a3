#!/usr/bin/env python3
"""Generate ../cards/card-01..60.txt and cards.tsv (fixed seeds)."""
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scenarios import S, PROS, GEDRAG
from common import make_bsn, fmt_bsn, make_iban, fmt_iban
rng = random.Random(79079)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'cards')
KEYS = ['datum', 'soort', 'jeugdige', 'inbrenger', 'vaste', 'gemeente', 'gedrag', 'geinf', 'instemming', 'vraag', 'experts',
        'gezin', 'zorgen', 'patroon', 'krachten', 'risico', 'stemj', 'stemo', 'visie', 'score', 'hulp', 'pg']
CANON = ['Datum', 'Soort inbreng', 'Jeugdige (voorletter en geboortejaar)', 'Inbrenger', 'Vaste deelnemer', 'Verantwoordelijke gemeente',
         'Gedragsdeskundige geraadpleegd', 'Geïnformeerd en gesproken', 'Instemming betrokkenen', 'Vraag aan het VeiligheidsTeam',
         'Uit te nodigen experts', 'Gezinssamenstelling', 'Wat is er nu onveilig', 'Patroon', 'Krachten en beschermende factoren',
         'Risicofactoren', 'Stem van de jeugdige', 'Stem van ouders en verzorgers', 'Visie van de inbrenger', 'Veiligheidsscore',
         'Betrokken hulpverlening', 'Persoonsgegevens']
SYN = ['Datum inbreng', 'Type inbreng', 'Jeugdige(n)', 'Inbrenger (naam, functie, organisatie)', 'Vaste deelnemer', 'Gemeente',
       'Gedragswetenschapper geraadpleegd', 'Wie is wanneer geïnformeerd', 'Instemming', 'Vraag aan het VHT', 'Experts',
       'Gezinssamenstelling', 'Zorgen', 'Patroon uit het verleden', 'Krachten', 'Risicofactoren', 'Wat zegt de jeugdige',
       'Stem van ouders', 'Visie inbrenger', 'Score', 'Betrokken hulpverlening', 'Persoonsgegevens']
def labels(style):
    if style == 0: return [l + ':' for l in CANON]
    if style == 1: return [l + ':' for l in SYN]
    if style == 2: return ['%d. %s:' % (i + 1, l) for i, l in enumerate(SYN)]
    if style == 3: return [l.upper() + ':' for l in CANON]
    return [l.lower() for l in SYN]
DATES = ['09-11-2026', '10-11-2026', '12-11-2026', '16-11-2026', '17-11-2026', '19-11-2026', '23-11-2026', '24-11-2026',
         '26-11-2026', '30-11-2026', '01-12-2026', '03-12-2026', '2026-11-18', 'do 26 nov. 2026', '11/11/2026']
GEINF = ['2-11-2026', '3 nov.', '04-11-2026', '2026-11-05', '28/10/2026', 'di 27-10', '30-10-2026', '29 okt. 2026']
SOORT = ['Eerste inbreng', 'Vervolgbespreking (eerder besproken als VHT-2026-0%d)', 'Monitoring (VHT-2025-0%d)', 'Overdracht (Veilig Thuis Flevoland naar Wijkteam)']
MUTATIE = """Samenvatting politiemutatie (BVH), overgenomen door inbrenger:
MELDING: F33 HUISELIJKE TWIST / ZORGMELDING JEUGD
PLAATS: {place}
TIJD: {date} 22.48 UUR
BETROKKENEN: {who}
AFLOOP: GEEN AANHOUDING. ZORGMELDING DOOR NAAR VT. ZSM NIET VAN TOEPASSING."""
INSTA = """Berichten die {y} op Instagram/Snapchat stuurde (screenshot via de mentor, letterlijk):
"bro ff chill ik doe niks 😤"
"wollah als ze weer bij mn ma komen dan 🔪🔪"
"ff niet bellen bro mn moeder is hier" (met een duim-omhoog-emoji)"""
SCHORS = """Uit de schorsingsbrief van school (naam van de leerling door inbrenger vervangen door initiaal):
Uw kenmerk: -
Ons kenmerk: (weggelaten)
Betreft: schorsing van {y} voor twee lesdagen
"Geachte ouder(s)/verzorger(s), Hierbij delen wij u mede dat uw zoon/dochter {y} op {date} is geschorst wegens bedreiging van een medeleerling. Hoogachtend, de teamleider onderbouw." """

def build(idx, sc, variant, extra=None):
    extra = extra or {}
    r = random.Random(1000 * idx + variant)
    style = (idx + variant) % 5
    L = dict(zip(KEYS, labels(style)))
    ini = sc['y'][0].split()[-2] if sc['y'][0].split()[-2].endswith('.') else sc['y'][0][:2]
    ini = sc['y'][0].replace('broertje ', '').replace('zus ', '').split(' (')[0]
    date = DATES[(idx * 3 + variant) % len(DATES)]
    pros = PROS[(idx + variant) % len(PROS)]
    ged = GEDRAG[(idx + variant) % len(GEDRAG)]
    soort = SOORT[(idx + variant) % 4]
    if '%d' in soort: soort = soort % r.randint(100, 299)
    V = {}
    V['datum'] = date
    V['soort'] = soort
    V['jeugdige'] = '\n'.join(sc['y'])
    if 'jeugdige' in extra: V['jeugdige'] = extra['jeugdige']
    V['inbrenger'] = pros[0]
    V['vaste'] = pros[1]
    V['gemeente'] = sc['gem']
    if ged: V['gedrag'] = 'Ja, ' + ged + ', op ' + GEINF[(idx + 2) % len(GEINF)]
    g1, g2 = GEINF[(idx + variant) % len(GEINF)], GEINF[(idx + variant + 3) % len(GEINF)]
    V['geinf'] = 'Moeder/ouders: gesproken op %s (huisbezoek).\n%s: gesproken op %s op school.\nDe jeugdarts van de GGD Flevoland is op de hoogte.' % (g1, ini, g2)
    if variant == 1 and idx % 2 == 0:
        V['instemming'] = 'Nee. Vader stemt niet in ("ik wil niet dat ze over ons praten").\nOnderbouwing inbrenger: de zorgen over de veiligheid van de kinderen wegen zwaarder; vader is geïnformeerd dat de kaart toch wordt ingebracht.'
    else:
        V['instemming'] = 'Ja, ouders stemmen in met bespreking in het VHT; %s weet ervan.' % ini
    V['vraag'] = sc['vraag']
    if variant == 2: V['experts'] = 'Jeugdarts GGD Flevoland; gedragswetenschapper Triade Vitree.'
    if variant == 1:
        V['gezin'] = '| rol | geboortejaar |\n|---|---|\n' + '\n'.join('| %s | %s |' % (y.split(' (')[0], y.split('(')[1].rstrip(')')) for y in sc['y']) + '\n' + sc['gezin']
    else:
        V['gezin'] = sc['gezin']
    z = ['- ' + x for x in sc['zorgen']]
    kind = (idx + variant) % 3
    if kind == 0: z.append(MUTATIE.format(place=sc['gem'].upper(), date=GEINF[idx % len(GEINF)].upper(), who='MOEDER, JEUGDIGE %s, PARTNER' % ini))
    elif kind == 1: z.append(INSTA.format(y=ini))
    else: z.append(SCHORS.format(y=ini, date=GEINF[(idx + 1) % len(GEINF)]))
    V['zorgen'] = '\n'.join(z)
    if variant != 2: V['patroon'] = sc['patroon']
    V['krachten'] = sc['krachten']
    V['risico'] = sc['risico']
    V['stemj'] = sc['stemj']
    V['stemo'] = sc['stemo']
    V['visie'] = sc['visie']
    s1, s2 = r.randint(2, 6), r.randint(4, 8)
    V['score'] = ('Inbrenger: %d. Ouders: %d.' % (s1, s2)) if variant != 1 else '| wie | score |\n| inbrenger | %d |\n| ouders | %d |' % (s1, s2)
    V['hulp'] = sc['hulp']
    V['pg'] = ['n.v.t.', '-', 'niet invullen bij inbreng'][variant]
    for k, add in extra.get('append', {}).items():
        V[k] = V[k] + '\n' + add
    blocks_before, blocks_after = [], []
    B = {}
    B['PROPERTY title'] = 'Veiligheidskaart %s - %s' % (sc['y'][0], sc['gem'])
    if variant == 0: B['HEADER'] = 'VHK - VERTROUWELIJK - %s' % sc['gem'].upper()
    if variant == 1: B['FOOTER'] = 'Veiligheidskaart VHT Flevoland, versie %d, pagina 1 van 3' % r.randint(2, 5)
    if variant == 2: B['FILENAME'] = 'VHK_%s_%s%s_%s.docx' % (sc['gem'].replace(' ', ''), ini.rstrip('.'), sc['y'][0].split('(')[1][:4], '20261120')
    if (idx + variant) % 2 == 0: B['MAIL-SUBJECT'] = 'Inbreng VHT %s %s' % (sc['y'][0], sc['gem'])
    if (idx + variant) % 4 == 1: B['MAIL-BODY'] = 'Beste voorzitter,\nHierbij de veiligheidskaart voor de bespreking. Graag inplannen.\nMet vriendelijke groet,\nvaste deelnemer ' + pros[1].split(', ')[-1]
    if variant == 2: B['PROPERTY company'] = pros[0].split(', ')[-1]
    B.update(extra.get('blocks', {}))
    comment = extra.get('comment', ('Gedragswetenschapper ' + sc['gem'], 'Graag concreter: wat zag school precies, en op welke dag?') if variant != 1 else None)
    out = []
    for t in ['FILENAME', 'MAIL-SUBJECT', 'MAIL-BODY', 'PROPERTY title', 'PROPERTY company', 'HEADER']:
        if t in B: out.append('[%s]\n%s\n' % (t, B[t]))
    for k in KEYS:
        if k not in V: continue
        out.append('%s\n%s\n' % (L[k], V[k]))
        if k == 'zorgen' and comment: out.append('[COMMENT author=%s]\n%s\n' % comment)
        if k == 'stemj' and (variant == 0 or 'ALT' in B): out.append('[ALT]\n%s\n' % B.get('ALT', 'Drie Huizen-tekening van %s: het huis van de zorgen is grijs gekleurd.' % ini))
        if k == 'score' and (variant == 2 or 'TRACKED-DELETION' in B): out.append('[TRACKED-DELETION]\n%s\n' % B.get('TRACKED-DELETION', 'Inbrenger: %d.' % (s1 + 1)))
        if k == 'zorgen' and (variant == 1 or 'FOOTNOTE' in B): out.append('[FOOTNOTE]\n%s\n' % B.get('FOOTNOTE', 'Bron: zorgmelding politie basisteam en gesprek met de mentor.'))
    if 'FOOTER' in B: out.append('[FOOTER]\n%s\n' % B['FOOTER'])
    return '\n'.join(out)

brng = random.Random(7907)
def bsn(f): return fmt_bsn(make_bsn(brng, f == 'eight'), f)
def iban(cc, bank, f): return fmt_iban(make_iban(brng, cc, bank), f)
B1, B2 = bsn('dots'), bsn('plain')
I1, I2 = iban('PL', '', 'g'), iban('NL', 'RABO', 'c')
DIRTY = [
 (0, [('NAME', 'Kwabena', 'body (Gezinssamenstelling)')], dict(append={'gezin': 'Oom Kwabena (broer van vader) woont ook in Almere Poort.'}, blocks={'MAIL-BODY': 'Hoi, kaart bijgevoegd. Vragen? Moeder is bereikbaar op 06-27184493.\nGroet, Wijkteam Almere'}), [('PHONE', '06-27184493', 'mail body')]),
 (1, [('NAME', 'Klaas van Jelle de Kuiper', 'body (Krachten)')], dict(append={'krachten': 'Opa, op Urk bekend als Klaas van Jelle de Kuiper, heeft gezag in de familie.'}, blocks={'FOOTER': 'bsn jeugdige %s' % B1}), [('BSN', B1, 'footer')]),
 (2, [('NAME', 'Habtom', 'body (Stem van de jeugdige)')], dict(append={'stemj': 'T. noemt zijn neef Habtom als enige die hij vertrouwt.'}, blocks={'FOOTNOTE': 'V-nummer jeugdige: 2847163029 (IND).'}), [('ID_NUMBER', '2847163029', 'footnote')]),
 (3, [('URL', 'https://www.snapchat.com/add/dwayne_poort036', 'body (Onveiligheid)')], dict(append={'zorgen': 'Snap van de jongen die dreigt: https://www.snapchat.com/add/dwayne_poort036'}, blocks={'TRACKED-DELETION': 'Moeder en kinderen wonen op de Caracasweg 41.'}), [('ADDRESS', 'Caracasweg 41', 'tracked deletion')]),
 (4, [('NAME', 'Dąbrowski', 'property (title)')], dict(blocks={'PROPERTY title': 'Veiligheidskaart gezin Dąbrowski - Dronten', 'MAIL-BODY': 'Vader vraagt of de kinderbijslag naar zijn Poolse rekening kan: %s.\nGroet, jeugdteam Dronten' % I1}), [('IBAN', I1, 'mail body')]),
 (5, [('NAME', 'Marvin Statia', 'comment author')], dict(comment=('Marvin Statia', 'Dit klopt niet, ik heb haar nooit geduwd.'), blocks={'FOOTER': 'Retour: postbus gezin 8224 GE Lelystad'}), [('POSTCODE', '8224 GE', 'footer')]),
 (6, [('ID_NUMBER', 'HP/ZOC/2026-4471', 'body (Onveiligheid)')], dict(append={'zorgen': 'Ons kenmerk (school): HP/ZOC/2026-4471'}, blocks={'MAIL-BODY': 'Graag reactie naar moeder: j.pinas.moeder@gmail.com\nGroet, Wijkteam Almere'}), [('EMAIL', 'j.pinas.moeder@gmail.com', 'mail body')]),
 (7, [('BIRTHDATE', '12-08-2026', 'cover value (Jeugdige)')], dict(jeugdige='L. (2020)\nbaby N. (12-08-2026)', append={'gezin': '| vader | Kojo Mensah-Bakker |'}), [('NAME', 'Kojo Mensah-Bakker', 'table row (Gezinssamenstelling)')]),
 (8, [('NAME', 'Femke', 'alt text')], dict(blocks={'ALT': 'Foto van het briefje dat Femke aan haar zus gaf.', 'HEADER': 'VHK Noordoostpolder - terugbellen ouders 0527-241893'}), [('PHONE', '0527-241893', 'header')]),
 (9, [('NAME', 'Adebayo', 'file name')], dict(blocks={'FILENAME': 'VHK_Almere_Adebayo_20261119.docx'}, comment=('Wijkteam Almere', 'Moeder wil contact via e-mail: bola.adebayo77@hotmail.com')), [('EMAIL', 'bola.adebayo77@hotmail.com', 'comment text')]),
 (10, [('ADDRESS', 'Botter 44-08', 'body (Gezinssamenstelling)')], dict(append={'gezin': 'Vader woont op Botter 44-08 in Lelystad.'}, blocks={'MAIL-SUBJECT': 'Inbreng VHT kinderen Delgado Lelystad'}), [('NAME', 'Delgado', 'mail subject')]),
 (11, [('BSN', B2, 'tracked deletion')], dict(blocks={'TRACKED-DELETION': 'BSN I.: %s' % B2, 'FOOTNOTE': 'Informatie van buurman Harold, die de politie belde.'}), [('NAME', 'Harold', 'footnote')]),
 (12, [('URL', 'https://www.instagram.com/qwenzy.lit', 'alt text')], dict(blocks={'ALT': 'Screenshot van https://www.instagram.com/qwenzy.lit met foto van het wapen'}, comment=('Veilig Thuis Flevoland', 'Navragen bij tante Sharine of de kinderen daar kunnen slapen.')), [('NAME', 'Sharine', 'comment text')]),
 (13, [('NAME', 'Geesje', 'body (Stem van ouders)')], dict(append={'stemo': 'Moeder Geesje: "Ik durf niks te zeggen."', 'gezin': '| E. | geb. 3-4-2011 |'}), [('BIRTHDATE', '3-4-2011', 'table row (Gezinssamenstelling)')]),
 (14, [('IBAN', I2, 'footnote')], dict(blocks={'FOOTNOTE': 'Leefgeld wordt door de bewindvoerder overgemaakt op %s.' % I2}, append={'geinf': 'Moeder gesproken op het tijdelijke adres in 8243PX.'}), [('POSTCODE', '8243PX', 'body (Wie is wanneer geïnformeerd)')]),
]
os.makedirs(OUT, exist_ok=True)
rows = []
n = 0
for variant in range(3):
    for i, sc in enumerate(S):
        n += 1
        open(os.path.join(OUT, 'card-%02d.txt' % n), 'w', encoding='utf-8', newline='\n').write(build(i, sc, variant))
        rows.append(('card-%02d.txt' % n, 'CLEAN', '-'))
for j, (i, it1, extra, it2) in enumerate(DIRTY):
    n += 1
    txt = build(i, S[i], (j % 3), extra)
    open(os.path.join(OUT, 'card-%02d.txt' % n), 'w', encoding='utf-8', newline='\n').write(txt)
    rows.append(('card-%02d.txt' % n, 'DIRTY', '; '.join('%s "%s" @ %s' % x for x in it1 + it2)))
with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('file\texpect\tnotes\n')
    for r in rows: fh.write('\t'.join(r) + '\n')
print('cards', n)
