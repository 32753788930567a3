#!/usr/bin/env python3
"""Generate ../cards/card-01..60.txt and cards.tsv for blind68 (fixed seed; reproducible byte for byte)."""
import os, random, re, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from scenarios import SCEN
from gen_sentences import bsn, fmt_bsn, iban, fmt_iban

OUT = os.path.join(HERE, '..', 'cards')
LABELS = {
 'datum': ['Datum', 'Datum inbreng'], 'soort': ['Soort inbreng', 'Type inbreng'],
 'jeugdige': ['Jeugdige (voorletter en geboortejaar)', 'Jeugdige', 'Jeugdige(n)'],
 'inbrenger': ['Inbrenger', 'Inbrenger (naam, functie, organisatie)'], 'vaste': ['Vaste deelnemer'],
 'gemeente': ['Verantwoordelijke gemeente', 'Gemeente'], 'gedrag': ['Gedragsdeskundige geraadpleegd', 'Gedragswetenschapper geraadpleegd'],
 'geinf': ['Geïnformeerd en gesproken', 'Wie is wanneer geïnformeerd'], 'instemming': ['Instemming betrokkenen', 'Instemming'],
 'vraag': ['Vraag aan het VeiligheidsTeam', 'Vraag aan het VHT', 'Hulpvraag aan het VHT'],
 'gezin': ['Gezinssamenstelling'], 'zorgen': ['Wat is er nu onveilig', 'Zorgen', 'Onveiligheid'],
 'patroon': ['Patroon', 'Patroon uit het verleden'],
 'krachten': ['Krachten en beschermende factoren', 'Krachten'], 'risico': ['Risicofactoren'],
 'stemj': ['Stem van de jeugdige', 'Wat zegt de jeugdige'], 'stemo': ['Stem van ouders en verzorgers', 'Stem van ouders'],
 'visie': ['Visie van de inbrenger', 'Visie inbrenger'], 'score': ['Veiligheidsscore', 'Score'],
 'hulp': ['Betrokken hulpverlening'], 'pg': ['Persoonsgegevens'],
}
ORDER = ['datum', 'soort', 'jeugdige', 'inbrenger', 'vaste', 'gemeente', 'gedrag', 'geinf', 'instemming', 'vraag',
         'gezin', 'zorgen', 'patroon', 'krachten', 'risico', 'stemj', 'stemo', 'visie', 'score', 'hulp', 'pg']
PROS = {
 'Eemsdelta': [('Marleen Tichelaar, jeugdconsulent, Sociaal Team Eemsdelta', 'Ruud Kiewiet, Sociaal Team Eemsdelta'),
               ('Samira Ouchan, casemanager, Veilig Thuis Groningen', 'Bert Luitjens, Veilig Thuis Groningen')],
 'Het Hogeland': [('Gea Bruining, gezinscoach, Sociaal Team Het Hogeland', 'Harmen Pastoor, Sociaal Team Het Hogeland'),
                  ('Yusuf Karaman, gezinsvoogd, Jeugdbescherming Noord', 'Nynke Altena, Jeugdbescherming Noord')],
 'Westerkwartier': [('Jolien Doddema, jeugd- en gezinscoach, Sociaal Team Westerkwartier', 'Erik Haikens, Sociaal Team Westerkwartier'),
                    ('Petra Spanjer-Ekens, gezinsvoogd, Jeugdbescherming Noord', 'Nynke Altena, Jeugdbescherming Noord')],
 'Groningen': [('Tamara Lesterhuis, buurtwerker jeugd, WIJ Groningen', 'Ferdi Kuilema, WIJ Groningen'),
               ('Ilona Grasdijk, jeugdverpleegkundige, GGD Groningen', 'Ferdi Kuilema, WIJ Groningen')],
 'Midden-Groningen': [('Roelie Kamps, jeugdconsulent, Sociaal Team Midden-Groningen', 'Dick Wassenaar, Sociaal Team Midden-Groningen'),
                      ('Samira Ouchan, casemanager, Veilig Thuis Groningen', 'Bert Luitjens, Veilig Thuis Groningen')],
}
GEDRAG = ['Ja, Lotte Brands (orthopedagoog, Elker)', 'Ja, Wendelien Staghouwer (gz-psycholoog, Jeugdbescherming Noord)',
          'Nee', 'Ja, Maarten Ubbens (gedragswetenschapper Sociaal Team)']
MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']

def ddate(rng, day, month, style):
    if style == 0: return '%02d-%02d-2026' % (day, month)
    if style == 1: return '2026-%02d-%02d' % (month, day)
    if style == 2: return '%d %s 2026' % (day, MONTHS[month - 1])
    return '%d-%d-2026' % (day, month)

def label(key, style, i, rng):
    lab = rng.choice(LABELS[key])
    if style == 'caps': lab = lab.upper()
    elif style == 'lower': lab = lab.lower()
    if style == 'num': lab = '%d. %s' % (i, lab)
    return lab + ('' if style == 'caps' and rng.random() < 0.5 else ':')

def dictation(text):
    t = text.lower()
    t = re.sub(r'[.,:;"!?()]', '', t)
    return 'dictaat inbrenger (spraakherkenning) ' + re.sub(r'\s+', ' ', t).strip()

LETTERS = [
 "Brief van moeder, letterlijk overgenomen: 'ik wil ook wat zeggen. iedereen praat over ons maar niemand vraagt hoe het met mij gaat. ik hou van mijn kinderen en ik doe echt me best. het huis is een puinhoop en ik slaap bijna niet. ik wil gewoon hulp die blijft en niet elke keer een ander. sorry voor de fouten'",
 "Moeder schreef zelf (zo overgenomen): 'Ik ben het er niet mee eens dat er staat dat ik niet goed zorg. Ik ben geen slechte moeder!! Het komt door alles wat er gebeurt met het huis en het geld. De kinderen weten dat ik er altijd ben. Ik wil dat u dat ook opschrijft.'",
 "Vader stuurde een brief: 'wij hebben het moeilijk dat klopt, maar we zijn geen slechte ouders. ik werk me kapot en dan krijg je dit. ik wil een gesprek met iemand die ons snapt en niet alleen maar papiere'",
]

def build(n, sc, rng, dirty=None):
    d = {'sec': {}, 'table': {}, 'blocks': [], 'cover_j': None, 'author': None}
    if dirty:
        for it in dirty:
            kind = it[3]
            if kind == 'sec': d['sec'].setdefault(it[4], []).append(it[5])
            elif kind == 'table': d['table'].setdefault(it[4], []).append(it[5])
            elif kind == 'block': d['blocks'].append((it[4], it[5]))
            elif kind == 'cover_j': d['cover_j'] = it[4]
            elif kind == 'author': d['author'] = (it[4], it[5])
    style = rng.choice(['plain', 'plain', 'num', 'caps', 'lower'])
    variant = rng.choice(['std', 'std', 'form', 'dictation', 'letter'])
    gem = sc['gem']
    inbr, vaste = rng.choice(PROS[gem])
    month = 11
    day = rng.choice([10, 12, 13, 16, 17, 19, 20, 23, 24, 25, 26, 27])
    dstyle = rng.randrange(4)
    cdate = ddate(rng, day, month, dstyle)
    soort = rng.choice(['Eerste inbreng', 'Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Overdracht'])
    def vht(y, lo, hi):
        while True:
            k = '%d0%03d' % (y, rng.randint(lo, hi))
            if sum(w * int(c) for w, c in zip(range(9, 1, -1), '0' + k[:7])) % 11 != int(k[7]) % 11: return 'VHT-%s-%s' % (k[:4], k[4:])
    if soort == 'Vervolgbespreking': soort += ' (vorige bespreking %s)' % vht(2026, 100, 450)
    if soort == 'Monitoring': soort += ', ' + vht(2025, 700, 990)
    if soort == 'Overdracht' and sc['key'] == 'pleeg': soort = 'Overdracht (Jeugdbescherming Noord naar Sociaal Team)'
    elif soort == 'Overdracht': soort = 'Overdracht (Veilig Thuis Groningen naar Sociaal Team %s)' % gem
    jlines = ['%s%s (%d)' % ((lab + ' ') if lab else '', ini, y) for lab, ini, y in sc['youths']]
    if d['cover_j']: jlines[0] = d['cover_j']
    ages = [2026 - y for _, _, y in sc['youths']]
    pd = max(1, day - rng.randint(2, 6))
    if pd in (6, 7): pd = 8
    pm = month
    geinf = ['Ouders: gesproken op %s (huisbezoek in %s).' % (ddate(rng, pd, pm, dstyle), sc['plaats'])]
    if max(ages) >= 12:
        geinf.append('%s: gesproken op %s, alleen, op school.' % (sc['youths'][0][1], ddate(rng, max(1, pd - 1), pm, dstyle)))
    geinf.append(rng.choice(['De huisarts is geïnformeerd.', 'School is telefonisch op de hoogte gebracht.', 'Veilig Thuis Groningen is op de hoogte.']))
    if rng.random() < 0.8:
        inst = rng.choice(['Ja, ouders stemmen in met bespreking in het VHT.', 'Ja. Ouders en jeugdige weten ervan en zijn akkoord.',
                           'ja, mondeling akkoord van beide ouders'])
    else:
        inst = ('Nee. Reden: vader wil niet dat er "met instanties over ons" gepraat wordt.\n'
                'Verantwoording inbrenger: de zorgen over de veiligheid van de kinderen wegen zwaarder; ouders zijn geïnformeerd dat de kaart anoniem wordt besproken.')
    sec = {
     'datum': [cdate], 'soort': [soort], 'jeugdige': jlines, 'inbrenger': [inbr], 'vaste': [vaste], 'gemeente': [gem],
     'gedrag': [rng.choice(GEDRAG)], 'geinf': geinf, 'instemming': inst.split('\n'), 'vraag': [sc['vraag']],
     'gezin': [sc['gezin']], 'zorgen': sc['zorgen'].split('\n'), 'krachten': [sc['krachten']], 'risico': [sc['risico']],
     'stemj': [sc['stemj']], 'stemo': [sc['stemo']], 'visie': [sc['visie']], 'score': [sc['score']], 'hulp': [sc['hulp']],
     'pg': [rng.choice(['n.v.t.', '-', 'niet invullen bij inbreng'])],
    }
    if variant == 'dictation': sec['visie'] = [dictation(sc['visie'])]
    if variant == 'letter': sec['stemo'] = [sc['stemo'], rng.choice(LETTERS)]
    if variant == 'form':
        sec['hulp'] += ['Bijzonderheden: overdracht besproken met ouders, ouders hebben het formulier gezien.',
                        'Toestemming ouders: ja', 'Toestemming jeugdige (12+): ' + ('ja' if max(ages) >= 12 else 'n.v.t.')]
    if rng.random() < 0.3:
        sec['patroon'] = [rng.choice(['Eerder betrokken: Veilig Thuis Groningen in 2023 (melding afgesloten).',
                                      'Patroon van spanning rond feestdagen en rond brieven van het IMG.',
                                      'Moeder groeide zelf op met huiselijk geweld.'])]
    if max(ages) < 12 and rng.random() < 0.3 and not dirty: del sec['stemj']
    if rng.random() < 0.4 and 'gedrag' in sec and not dirty: del sec['gedrag']
    for k, v in d['sec'].items(): sec[k] = sec.get(k, []) + v
    # table rendering for Score / Gezinssamenstelling sometimes
    tables = {}
    if rng.random() < 0.4 or 'score' in d['table']:
        tables['score'] = ['wie | score'] + ['%s | %s' % tuple(p.strip().split(': ')) for p in sc['score'].rstrip('.').split('. ')]
    if rng.random() < 0.3 or 'gezin' in d['table']:
        tables['gezin'] = ['rol | geboortejaar'] + ['%s | %d' % ((lab or 'jeugdige') + ' ' + ini, y) for lab, ini, y in sc['youths']]
    if 'pg' in d['table']:
        tables['pg'] = []
        sec['pg'] = []
    for k, v in d['table'].items(): tables[k] = tables.get(k, []) + v
    out = []
    blocks = list(d['blocks'])
    harmless = [('FILENAME', 'VHK_%s_%s%d_2026%02d%02d.docx' % (gem.replace(' ', '-'), sc['youths'][0][1].rstrip('.'), sc['youths'][0][2], month, day)),
                ('PROPERTY title', 'Veiligheidskaart %s (%d) - %s' % (sc['youths'][0][1], sc['youths'][0][2], soort.split(' (')[0].split(',')[0])),
                ('PROPERTY company', rng.choice(['Gemeente ' + gem, 'Sociaal Team', 'Jeugdbescherming Noord', 'Veilig Thuis Groningen'])),
                ('HEADER', 'Veiligheidskaart - vertrouwelijk - gemeente ' + gem),
                ('MAIL-SUBJECT', 'Aanmelding VHT %s (%d), %s' % (sc['youths'][0][1], sc['youths'][0][2], gem)),
                ('MAIL-BODY', 'Beste voorzitter,\nHierbij de veiligheidskaart voor bespreking. Graag inplannen op een dinsdag.\nMet vriendelijke groet,\nvaste deelnemer ' + vaste.split(', ')[1])]
    tags = {t for t, _ in blocks}
    pre = [b for b in harmless if b[0] not in tags and rng.random() < 0.55] + [b for b in blocks if b[0] in ('FILENAME', 'PROPERTY title', 'PROPERTY company', 'HEADER', 'MAIL-SUBJECT', 'MAIL-BODY')]
    for t, txt in pre:
        out += ['[%s]' % t, txt, '']
    i = 0
    for k in ORDER:
        if k not in sec: continue
        i += 1
        out.append(label(k, style, i, rng))
        out += sec[k]
        if k in tables: out += tables[k]
        out.append('')
        if k == 'zorgen' and (d['author'] or rng.random() < 0.3):
            a, txt = d['author'] if d['author'] else (rng.choice(['Sociaal Team', 'Voorzitter VHT', 'Jeugdarts GGD Groningen']), 'Graag concreter: wat zagen de kinderen precies?')
            out += ['[COMMENT author=%s]' % a, txt, '']
        if k == 'score':
            for t, txt in blocks:
                if t == 'TRACKED-DELETION': out += ['[TRACKED-DELETION]', txt, '']
            if not any(t == 'TRACKED-DELETION' for t, _ in blocks) and rng.random() < 0.3:
                out += ['[TRACKED-DELETION]', 'Inbrenger: %d.' % rng.randint(2, 7), '']
        if k == 'stemj':
            for t, txt in blocks:
                if t == 'ALT': out += ['[ALT]', txt, '']
            if not any(t == 'ALT' for t, _ in blocks) and rng.random() < 0.3:
                out += ['[ALT]', 'Tekening van %s: drie huizen, het huis van de zorgen is grijs.' % sc['youths'][0][1], '']
    for t, txt in blocks:
        if t in ('FOOTNOTE', 'COMMENT'):
            out += ['[FOOTNOTE]' if t == 'FOOTNOTE' else txt[0], txt if t == 'FOOTNOTE' else txt[1], '']
    fn = [t for t, _ in blocks if t == 'FOOTNOTE']
    if not fn and rng.random() < 0.3:
        out += ['[FOOTNOTE]', 'Score op een schaal van 0 (onveilig) tot 10 (voldoende veilig).', '']
    ft = [txt for t, txt in blocks if t == 'FOOTER']
    out += ['[FOOTER]', ft[0] if ft else rng.choice(['Vertrouwelijk - alleen voor het VeiligheidsTeam', 'Pagina 1 van 3', 'Sjabloon VHK versie 2026'])]
    return '\n'.join(out) + '\n'

def dirty_items(rng):
    B = lambda f='plain': fmt_bsn(bsn(rng, 8), 'plain') if f == 'plain8' else fmt_bsn(bsn(rng), f)
    I = lambda bank, f: fmt_iban(iban(rng, 'NL', bank), f)
    b1, b2 = B('dots'), B('plain8'); i1, i2 = I('RABO', 'grouped'), I('INGB', 'compact')
    # (cat, value, place, kind, arg1, arg2)
    return {
     46: [('NAME', 'Wubbe Oosterveld', 'body (Zorgen)', 'sec', 'zorgen', 'Buurman Wubbe Oosterveld heeft het incident gefilmd.'),
          ('PHONE', '06-28419375', 'comment text', 'author', 'Sociaal Team', 'moeder belt terug via 06-28419375')],
     47: [('BIRTHDATE', '03-04-2012', 'cover value (Jeugdige)', 'cover_j', 'T. (03-04-2012)', None),
          ('NAME', 'Hennie', 'mail body', 'block', 'MAIL-BODY', 'Beste voorzitter,\nHierbij de kaart. Oma Hennie is bij het gesprek geweest.\nGroet, Sociaal Team')],
     48: [('BSN', b1, 'footer', 'block', 'FOOTER', 'BSN oudste: ' + b1),
          ('NAME', 'Abrehet', 'table row (Gezinssamenstelling)', 'table', 'gezin', 'tante Abrehet | 1979')],
     49: [('ADDRESS', 'Emmastraat 17', 'body (Gezinssamenstelling)', 'sec', 'gezin', 'Wonen nu op Emmastraat 17 in Delfzijl.'),
          ('EMAIL', 'rahel.g.dlz@gmail.com', 'mail body', 'block', 'MAIL-BODY', 'Beste voorzitter,\nouders vragen om de uitkomst te mailen naar rahel.g.dlz@gmail.com\nGroet, Sociaal Team Eemsdelta')],
     50: [('NAME', 'Folkert Wubs', 'comment author', 'author', 'Folkert Wubs', 'Klopt dit wel? Ik ben de opa.'),
          ('POSTCODE', '9983 PT', 'header', 'block', 'HEADER', 'VHK gezin 9983 PT - vertrouwelijk')],
     51: [('IBAN', i1, 'footnote', 'block', 'FOOTNOTE', 'Schuldhulp loopt via rekening ' + i1 + '.'),
          ('NAME', 'Gezina', 'body (Stem van ouders)', 'sec', 'stemo', "Brief van moeder: 'ik ben Gezina en ik wil dat iedereen weet dat ik me kinderen nooit iets zou doen.'")],
     52: [('URL', 'https://www.instagram.com/lotte.uithuizermeeden', 'alt text', 'block', 'ALT', 'Screenshot van https://www.instagram.com/lotte.uithuizermeeden met berichten van onbekende mannen'),
          ('NAME', 'KLUNDER', 'property (title)', 'block', 'PROPERTY title', 'Veiligheidskaart fam. KLUNDER - concept')],
     53: [('ID_NUMBER', 'VTG-2026-204117', 'tracked deletion', 'block', 'TRACKED-DELETION', 'dossiernr. Veilig Thuis VTG-2026-204117'),
          ('PHONE', '+49 4921 928374', 'body (Betrokken hulpverlening)', 'sec', 'hulp', 'Vader in Emden: +49 4921 928374')],
     54: [('NAME', 'Edzo_Mulder', 'file name', 'block', 'FILENAME', 'VHK_Edzo_Mulder_def.docx'),
          ('BIRTHDATE', '30 sept. 2009', 'body (Gezinssamenstelling)', 'sec', 'gezin', 'D. is geboren op 30 sept. 2009 in het Delfzicht ziekenhuis.')],
     55: [('BSN', b2, 'table row (Persoonsgegevens)', 'table', 'pg', 'BSN | ' + b2),
          ('NAME', 'Tesfalem', 'mail subject', 'block', 'MAIL-SUBJECT', 'spoed: kaart Tesfalem ivm zorgen pa')],
     56: [('ADDRESS', 'Hoofdstraat West 44', 'footer', 'block', 'FOOTER', 'Retour: Hoofdstraat West 44, Uithuizen'),
          ('EMAIL', 'pietjekuipers77@hotmail.com', 'body (Stem van ouders)', 'sec', 'stemo', 'Moeder wil alles op de mail: pietjekuipers77@hotmail.com')],
     57: [('NAME', 'geertje', 'body (Krachten)', 'sec', 'krachten', 'oma geertje komt elke dag langs'),
          ('IBAN', i2, 'mail body', 'block', 'MAIL-BODY', 'Beste voorzitter,\nAls bijlage de kaart. Bijdrage oma graag terug op ' + i2 + '.\nGroet, Sociaal Team')],
     58: [('POSTCODE', '9844 TK', 'property (company)', 'block', 'PROPERTY company', 'Melkveebedrijf Noorderhoeve, 9844 TK'),
          ('NAME', 'Ayham', 'footnote', 'block', 'FOOTNOTE', 'Ayham (neef) tolkte tijdens het huisbezoek.')],
     59: [('ID_NUMBER', 'IMG-0388217', 'body (Zorgen)', 'sec', 'zorgen', 'De schademelding IMG-0388217 is afgewezen, sindsdien escaleert het.'),
          ('BIRTHDATE', '12.02.2014', 'tracked deletion', 'block', 'TRACKED-DELETION', 'R. (12.02.2014)')],
     60: [('NAME', 'Dieuwke Smidt', 'header', 'block', 'HEADER', 'Kaart gezin Dieuwke Smidt'),
          ('PHONE', '06 19 28 47 35', 'table row (Veiligheidsscore)', 'table', 'score', 'moeder (06 19 28 47 35) | 5')],
    }

DIRTY_SCEN = {46: 'aardbeving', 47: 'aardbeving', 48: 'eritrea', 49: 'eritrea', 50: 'oma_gronings', 51: 'lvb', 52: 'puber',
              53: 'duitsland', 54: 'puber', 55: 'eritrea', 56: 'huisvesting', 57: 'ggz_vader', 58: 'boer', 59: 'ggz_vader', 60: 'baby'}

def main():
    rng = random.Random(6800)
    os.makedirs(OUT, exist_ok=True)
    items = dirty_items(random.Random(680))
    bykey = {s['key']: s for s in SCEN}
    rows = ['file\texpect\tnotes']
    for n in range(1, 61):
        if n <= 45:
            sc = SCEN[(n - 1) % len(SCEN)]
            text = build(n, sc, rng)
            rows.append('card-%02d.txt\tCLEAN\t-' % n)
        else:
            sc = bykey[DIRTY_SCEN[n]]
            text = build(n, sc, rng, items[n])
            rows.append('card-%02d.txt\tDIRTY\t%s' % (n, '; '.join('%s "%s" @ %s' % it[:3] for it in items[n])))
        with open(os.path.join(OUT, 'card-%02d.txt' % n), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write(text)
    with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(rows) + '\n')
    print('60 cards')

if __name__ == '__main__':
    main()
