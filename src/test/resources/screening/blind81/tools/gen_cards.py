#!/usr/bin/env python3
"""Generate ../cards/card-01..60.txt and cards.tsv from scenarios.py (fixed seed 8181)."""
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scenarios import S, PROS, GEDRAG
from common import make_bsn, fmt_bsn, make_iban, fmt_iban
rng = random.Random(8181)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'cards')
INITIALS = ['J.', 'D.', 'S.', 'L.', 'R.', 'M.', 'T.', 'K.', 'N.', 'E.', 'B.', 'F.', 'A.', 'Th.', 'IJ.', 'Ch.', 'W.', 'G.', 'P.', 'V.']
LABELS = [
 {'datum': 'Datum', 'soort': 'Soort inbreng', 'jeugdige': 'Jeugdige (voorletter en geboortejaar)', 'inbrenger': 'Inbrenger',
  'vaste': 'Vaste deelnemer', 'gemeente': 'Verantwoordelijke gemeente', 'gedrag': 'Gedragsdeskundige geraadpleegd',
  'geinf': 'Geïnformeerd en gesproken', 'inst': 'Instemming betrokkenen', 'vraag': 'Vraag aan het VeiligheidsTeam',
  'gezin': 'Gezinssamenstelling', 'zorgen': 'Wat is er nu onveilig', 'patroon': 'Patroon', 'krachten': 'Krachten en beschermende factoren',
  'risico': 'Risicofactoren', 'stemj': 'Stem van de jeugdige', 'stemo': 'Stem van ouders en verzorgers', 'visie': 'Visie van de inbrenger',
  'score': 'Veiligheidsscore', 'hulp': 'Betrokken hulpverlening', 'pg': 'Persoonsgegevens'},
 {'datum': 'Datum inbreng', 'soort': 'Type inbreng', 'jeugdige': 'Jeugdige(n)', 'inbrenger': 'Inbrenger (naam, functie, organisatie)',
  'vaste': 'Vaste deelnemer', 'gemeente': 'Gemeente', 'gedrag': 'Gedragswetenschapper geraadpleegd',
  'geinf': 'Wie is wanneer geïnformeerd', 'inst': 'Instemming', 'vraag': 'Hulpvraag aan het VHT',
  'gezin': 'Gezinssamenstelling', 'zorgen': 'Zorgen', 'patroon': 'Patroon uit het verleden', 'krachten': 'Krachten',
  'risico': 'Risicofactoren', 'stemj': 'Wat zegt de jeugdige', 'stemo': 'Stem van ouders', 'visie': 'Visie inbrenger',
  'score': 'Score', 'hulp': 'Betrokken hulpverlening', 'pg': 'Persoonsgegevens'},
]
ORDER = ['datum', 'soort', 'jeugdige', 'inbrenger', 'vaste', 'gemeente', 'gedrag', 'geinf', 'inst', 'vraag',
         'gezin', 'zorgen', 'patroon', 'krachten', 'risico', 'stemj', 'stemo', 'visie', 'score', 'hulp', 'pg']
MONTHS = ['jan.', 'feb.', 'mrt.', 'apr.', 'mei', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.']
DAYS = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo']

import datetime
def fmt_date(d, k):
    if k == 0: return d.strftime('%d-%m-%Y')
    if k == 1: return d.strftime('%Y-%m-%d')
    if k == 2: return '%s %d %s %d' % (DAYS[d.weekday()], d.day, MONTHS[d.month - 1], d.year)
    if k == 3: return '%d/%d/%d' % (d.day, d.month, d.year)
    return '%d-%d-%d' % (d.day, d.month, d.year)

# DIRTY items per card 46..60: (cat, value, place, hook, text)   hook: where to put text
def dirty_items():
    b1 = fmt_bsn(make_bsn(rng), 'dots'); b2 = make_bsn(rng)
    i1 = fmt_iban(make_iban(rng, 'NL', 'RABO'), 'grp'); i2 = make_iban(rng, 'NL', 'INGB')
    return {
     46: [('NAME', 'Jolanda Rijkhoek', 'comment author', 'comment_author', 'Jolanda Rijkhoek'),
          ('PHONE', '06-52 81 44 09', 'footer', 'footer', 'Bij vragen: moeder 06-52 81 44 09')],
     47: [('BIRTHDATE', '17-08-2011', 'cover value (Jeugdige)', 'jeugdige0', '{A} (17-08-2011)'),
          ('EMAIL', 'kim.vd.bosch@ziggo.nl', 'mail body', 'mail_body', 'Goedemiddag,\nbijgaand de kaart. Moeder wil een kopie op kim.vd.bosch@ziggo.nl.\nMet groet, de inbrenger')],
     48: [('NAME', 'Sjaak', 'body (Krachten)', 'krachten', 'Opa Sjaak haalt de kinderen op woensdag uit school.'),
          ('BSN', b1, 'tracked deletion', 'tracked', 'BSN {A}: ' + b1)],
     49: [('ADDRESS', 'Kerkgracht 58', 'header', 'header', 'VHK - huisbezoek Kerkgracht 58 - VERTROUWELIJK'),
          ('NAME', 'DIMITROVA', 'property (title)', 'prop_title', 'VHK gezin DIMITROVA 2026')],
     50: [('POSTCODE', '1784 PB', 'footer', 'footer', 'Retour: 1784 PB Den Helder'),
          ('NAME', 'Kacper', 'table row (Gezinssamenstelling)', 'gezin', '| Halfbroer | Kacper | 2004 | woont in Gdańsk |')],
     51: [('IBAN', i1, 'footnote', 'footnote', 'Huur wordt geïncasseerd van ' + i1 + '.'),
          ('NAME', 'Nathalie Pronk-Zeeman', 'mail subject', 'mail_subject', 'VHK inbreng - moeder Nathalie Pronk-Zeeman')],
     52: [('URL', 'instagram.com/zeemeeuw_tx_2011', 'body (Zorgen)', 'zorgen', '{A} zet foto\'s van thuis op instagram.com/zeemeeuw_tx_2011.'),
          ('ID_NUMBER', 'VT-dossier 2026-088412', 'header', 'header', 'Ref. VT-dossier 2026-088412')],
     53: [('NAME', 'Berendsen', 'file name', 'filename', 'VHK_Berendsen_Wieringerwerf_def.docx'),
          ('BIRTHDATE', 'geb. 30-5-2012', 'alt text', 'alt', 'Foto van {A} (geb. 30-5-2012) bij de voordeur')],
     54: [('PHONE', '+359 87 614 2290', 'body (Stem van ouders)', 'stemo', 'Vader is alleen bereikbaar op +359 87 614 2290.'),
          ('NAME', 'Ekaterina', 'comment text', 'comment_text', 'Ekaterina (zus van moeder) wil ook gehoord worden.')],
     55: [('NAME', 'Gerard Zwaan', 'property (company)', 'prop_company', 'Visserijbedrijf Gerard Zwaan'),
          ('EMAIL', 'mariska1988tx@gmail.com', 'footnote', 'footnote', 'Moeder mailt vanaf mariska1988tx@gmail.com.')],
     56: [('ADDRESS', 'Hoofdstraat 12a', 'body (Geïnformeerd en gesproken)', 'geinf', 'Moeder: huisbezoek Hoofdstraat 12a, op {d2}.'),
          ('BSN', b2, 'table row (Persoonsgegevens)', 'pg', '| BSN | ' + b2 + ' |')],
     57: [('NAME', 'luuk', 'body (Stem van de jeugdige)', 'stemj', '{A}: "luuk uit mijn klas weet het ook."'),
          ('ID_NUMBER', 'leerlingnummer 20413377', 'body (Zorgen)', 'zorgen', 'Leerplicht: melding DUO onder leerlingnummer 20413377.')],
     58: [('URL', 'https://www.facebook.com/mo.bouchtaoui.98', 'mail body', 'mail_body', 'Hallo voorzitter,\nvader dreigt op https://www.facebook.com/mo.bouchtaoui.98 met filmpjes.\nGroet, Jeugdbescherming'),
          ('POSTCODE', '1744GJ', 'mail subject', 'mail_subject', 'VHK 1744GJ Sint Maartensbrug - ter bespreking')],
     59: [('IBAN', i2, 'body (Risicofactoren)', 'risico', 'Toeslagen op ' + i2 + ' zijn stopgezet.'),
          ('NAME', 'Roelofsen', 'body (Geïnformeerd en gesproken)', 'geinf', 'Sergeant Roelofsen (collega van vader) op {d2} gesproken.')],
     60: [('NAME', 'Yasmina', 'tracked deletion', 'tracked', 'Yasmina (vriendin van {B}) was erbij.'),
          ('PHONE', '0223-53 18 64', 'header', 'header', 'Oma bereikbaar: 0223-53 18 64')],
    }

HARMLESS = {
 'header': ['VHK - VERTROUWELIJK - {GEM}', 'VEILIGHEIDSKAART | {GEM} | {SOORT}', 'Vertrouwelijk - alleen voor het VHT'],
 'footer': ['Pagina 1 van 3 - Zi2T VHT NHN', 'Defensie BMW - intern gebruik', 'Versie 2, {DATE}', 'Veilig Thuis is bereikbaar via 0800-2000'],
 'comment': [('Gedragswetenschapper Zeestad', 'Is de score van moeder gevraagd?'), ('Voorzitter VHT (Zi2T)', 'Graag de vraag concreter maken.'),
             ('BMW Defensie', 'Commandant is geïnformeerd, niet over de inhoud.'), ('Leerplicht RBL', 'PV volgt apart, niet bijvoegen.')],
 'alt': ['Drie-huizentekening van {A}: het huis van de zorgen heeft een boot ervoor.', 'Foto van de Zr.Ms. Karel Doorman in de haven van Den Helder.',
         'Genogram (alleen rollen en geboortejaren).'],
 'prop_title': ['Veiligheidskaart {A} ({Y0})', 'VHK {GEM} {SOORT}'],
 'prop_company': ['Zeestad', 'Ministerie van Defensie', 'Veilig Thuis Noord-Holland Noord', 'Gemeente Hollands Kroon', 'Gemeente Texel'],
 'tracked': ['Inbrenger: 5.', 'Moeder wil geen hulp.', 'Vader is op de Zr.Ms. De Ruyter.'],
 'footnote': ['Zie ook VHT-2026-0042.', 'Verzuimuren volgens de schooladministratie, peildatum {DATE}.', 'ARIJ ingevuld door de inbrenger.'],
 'mail_subject': ['VHK ter bespreking VHT - {A} ({Y0})', 'Inbreng VHT {GEM} - {SOORT}'],
 'mail_body': ['Goedemorgen,\nbijgevoegd de veiligheidskaart voor de bespreking van {DAY}.\nMet vriendelijke groet,\n{ROLE}'],
 'filename': ['VHK_{GEMF}_{AF}{Y0}_v2.docx', 'Veiligheidskaart {A} ({Y0}).docx'],
}
TAGS = {'header': '[HEADER]', 'footer': '[FOOTER]', 'alt': '[ALT]', 'prop_title': '[PROPERTY title]', 'prop_company': '[PROPERTY company]',
        'tracked': '[TRACKED-DELETION]', 'footnote': '[FOOTNOTE]', 'mail_subject': '[MAIL-SUBJECT]', 'mail_body': '[MAIL-BODY]', 'filename': '[FILENAME]'}

def build(i, dirty):
    sc = S[(i - 1) % 15]; var = (i - 1) // 15
    style = rng.randint(0, 3)
    lab = LABELS[style % 2]
    pro = PROS[(sc['pro'] + var * 2) % len(PROS)] if (var and sc is not S[6]) else PROS[sc['pro']]
    ini = rng.sample(INITIALS, 3)
    ys = [k[0] for k in sc['kids']]
    base = datetime.date(2026, 9, 1) + datetime.timedelta(days=rng.randint(0, 95))
    d1 = base - datetime.timedelta(days=rng.randint(5, 30)); d2 = base - datetime.timedelta(days=rng.randint(1, 4)); d3 = base - datetime.timedelta(days=rng.randint(1, 6))
    dk = rng.randint(0, 4)
    soort = 'Overdracht' if (sc is S[6]) else rng.choice(['Eerste inbreng', 'Eerste inbreng', 'Vervolgbespreking', 'Monitoring'])
    if soort in ('Vervolgbespreking', 'Monitoring'): soort_txt = '%s (eerder besproken als VHT-2026-%04d)' % (soort, rng.randint(10, 180))
    elif soort == 'Overdracht': soort_txt = 'Overdracht (Jeugdbescherming -> Toegang)'
    else: soort_txt = soort
    A, B, C = ini
    yr = base.year
    ages = [yr - y for y in ys]
    rep = {'{A}': A, '{B}': B, '{C}': C, '{Y0}': str(ys[0]), '{Y1}': str(ys[1]) if len(ys) > 1 else '', '{Y2}': str(ys[2]) if len(ys) > 2 else '',
           '{g0}': str(ages[0]), '{g1}': str(ages[1]) if len(ages) > 1 else '', '{d1}': fmt_date(d1, dk), '{d2}': fmt_date(d2, (dk + 1) % 5),
           '{d3}': fmt_date(d3, dk), '{GEM}': pro[2].upper() if style == 3 else pro[2], '{SOORT}': soort, '{DATE}': fmt_date(base, dk),
           '{DAY}': rng.choice(['dinsdag', 'donderdag']), '{ROLE}': pro[0].split(', ')[1], '{GEMF}': pro[2].replace(' ', ''), '{AF}': A.rstrip('.')}
    def R(t):
        for k, v in rep.items(): t = t.replace(k, v)
        return t
    kids = [n + ' (' + str(y) + ')' for n, y in zip(ini, ys)]
    sec = {
     'datum': [fmt_date(base, dk)], 'soort': [soort_txt], 'jeugdige': kids, 'inbrenger': [pro[0]], 'vaste': [pro[1]], 'gemeente': [pro[2]],
     'gedrag': [R(rng.choice(GEDRAG))],
     'geinf': [R('Moeder: gesproken op {d2} (huisbezoek).'), R('{A}: gesproken op {d3}' + (' op school.' if ages[0] >= 4 else ' (geobserveerd).')),
               rng.choice(['Vader: telefonisch gesproken, hij zat aan boord.', 'Vader: per brief geïnformeerd.', 'Vader: via tolk gesproken.', 'Huisarts is op de hoogte.'])],
     'vraag': [R(sc['vraag'])], 'gezin': R(sc['gezin']).split('\n'), 'zorgen': [R(z) for z in sc['zorgen']], 'patroon': [R(sc['patroon'])],
     'krachten': [R(sc['krachten'])], 'risico': [R(sc['risico'])], 'stemj': [R(z) for z in sc['stemj']], 'stemo': [R(sc['stemo'])],
     'visie': [R(sc['visie'])], 'hulp': [R(sc['hulp'])], 'pg': [rng.choice(['-', 'n.v.t.', 'niet invullen bij inbreng', 'N.v.t. (intake)'])],
    }
    if rng.random() < 0.2:
        sec['inst'] = [rng.choice(['Nee. Vader weigert bespreking omdat hij vreest voor zijn functie bij Defensie.', 'Nee. Moeder wil niet dat "de hele gemeente" meekijkt.', 'Nee, stiefvader weigert; moeder twijfelt.']),
                       'Verantwoording inbrenger: de veiligheid van de kinderen weegt zwaarder; ouders zijn hierover geïnformeerd.']
    else:
        sec['inst'] = [rng.choice(['Ja, ouders stemmen in; ' + A + ' weet ervan.', 'Ja (moeder en vader), mondeling op ' + fmt_date(d2, dk) + '.', 'Ja.'])]
    s1, s2 = rng.randint(2, 5), rng.randint(5, 8)
    if rng.random() < 0.5: sec['score'] = ['Inbrenger: %d. Moeder: %d. %s: %d.' % (s1, s2, A, rng.randint(2, 7))]
    else: sec['score'] = ['| wie | score |', '| Inbrenger | %d |' % s1, '| Ouders | %d |' % s2]
    if sc['kids'][0][0] >= 2024 and len(sc['kids']) == 1: pass
    blocks = {}
    for key in rng.sample(list(HARMLESS), rng.randint(3, 6)):
        blocks[key] = rng.choice(HARMLESS[key])
    items = dirty or []
    for cat, val, place, hook, text in items:
        text = R(text)
        if hook in ('header', 'footer', 'alt', 'prop_title', 'prop_company', 'tracked', 'footnote', 'mail_subject', 'mail_body', 'filename'):
            blocks[hook] = text
        elif hook == 'comment_author':
            blocks['comment'] = (text, 'Kan dit nog vandaag weg?')
        elif hook == 'comment_text':
            blocks['comment'] = ('Inbrenger', text)
        elif hook == 'jeugdige0':
            sec['jeugdige'][0] = text
        elif hook == 'pg':
            sec['pg'] = ['| Naam jeugdige | n.v.t. |', text]
        else:
            sec[hook].append(text)
    out = []
    def blk(k):
        if k in blocks:
            v = blocks[k]
            if k == 'comment': out.append('[COMMENT author=%s]\n%s\n' % (R(v[0]), R(v[1])))
            else: out.append('%s\n%s\n' % (TAGS[k], R(v)))
    for k in ('filename', 'prop_title', 'prop_company', 'mail_subject', 'mail_body', 'header'): blk(k)
    for n, key in enumerate(ORDER, 1):
        if key == 'patroon' and rng.random() < 0.3: continue
        if key == 'hulp' and rng.random() < 0.15:
            blk('footnote'); continue
        if key == 'pg' and rng.random() < 0.3 and key not in [it[3] for it in items]: continue
        label = lab[key]
        if style == 2: label = '%d. %s:' % (n, label)
        elif style == 3: label = label.upper()
        else: label = label + ':'
        if style == 1 and rng.random() < 0.2: label = label.lower()
        out.append(label + '\n' + '\n'.join(sec[key]) + '\n')
        if key == 'zorgen': blk('comment')
        if key == 'stemj': blk('alt')
        if key == 'score': blk('tracked')
        if key == 'hulp': blk('footnote')
    blk('footer')
    if 'comment' in blocks and not any(o.startswith('[COMMENT') for o in out): pass
    return '\n'.join(out)

def main():
    os.makedirs(OUT, exist_ok=True)
    D = dirty_items()
    rows = []
    for i in range(1, 61):
        items = D.get(i)
        text = build(i, items)
        with open(os.path.join(OUT, 'card-%02d.txt' % i), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write(text)
        notes = '; '.join('%s "%s" @ %s' % (c, v, p) for c, v, p, _, _ in items) if items else '-'
        rows.append('card-%02d.txt\t%s\t%s' % (i, 'DIRTY' if items else 'CLEAN', notes))
    with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('file\texpect\tnotes\n' + '\n'.join(rows) + '\n')
main()
