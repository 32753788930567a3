#!/usr/bin/env python3
"""Generate ../cards/card-01..60.txt and cards.tsv for blind set 54 (fixed seed; reproducible)."""
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scenarios import GEMEENTEN, PROFS, FAMILIES
import gen_sentences as GS   # reuses bsn()/iban() helpers (module re-generates sentences.tsv identically)
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CD = os.path.join(HERE, 'cards')
rng = random.Random(5460)
GS.rng = random.Random(9054)

KIND_GEM = {'boer': ['Berkelland', 'Bronckhorst', 'Oost Gelre', 'Lochem'], 'randstad': ['Bronckhorst', 'Lochem', 'Berkelland', 'Montferland'],
            'duits': ['Aalten', 'Oude IJsselstreek', 'Zevenaar', 'Montferland'], 'turks': ['Doetinchem'], 'pools': ['Oost Gelre', 'Berkelland', 'Aalten'],
            'bulgaars': ['Oost Gelre', 'Winterswijk', 'Berkelland'], 'syrisch': ['Winterswijk'], 'samengesteld': ['Oude IJsselstreek', 'Doetinchem', 'Montferland'],
            'baby': ['Duiven', 'Westervoort', 'Zevenaar', 'Doetinchem'], 'zat': ['Doetinchem', 'Winterswijk', 'Oost Gelre', 'Lochem', 'Zevenaar']}
SCHOOL = {'Doetinchem': 'het Ulenhof College', 'Winterswijk': 'het Gerrit Komrij College', 'Oost Gelre': 'het Marianum',
          'Lochem': 'het Staring College', 'Zevenaar': 'het Liemers College', 'Berkelland': 'het Assink Lyceum',
          'Oude IJsselstreek': 'het Almende College', 'Aalten': 'het Ludger College', 'Bronckhorst': 'het Baudartius College',
          'Montferland': 'het Liemers College', 'Duiven': 'het Liemers College', 'Westervoort': 'het Candea College'}
CLUBS = ['VV Grol', 'SV Halle', 'Longa \'30', 'VV Rekken', 'SV Zelos', 'SKVW', 'Ajax B', 'VV Gendringen']
LABELS = {
 'datum': ['Datum', 'Datum inbreng'], 'soort': ['Soort inbreng', 'Type inbreng'], 'jeugdige': ['Jeugdige (voorletter en geboortejaar)', 'Jeugdige', 'Jeugdige(n)'],
 'inbrenger': ['Inbrenger', 'Inbrenger (naam, functie, organisatie)'], 'vaste': ['Vaste deelnemer'], 'gemeente': ['Verantwoordelijke gemeente', 'Gemeente'],
 'gedrag': ['Gedragsdeskundige geraadpleegd', 'Gedragswetenschapper geraadpleegd'], 'geinf': ['Geïnformeerd en gesproken', 'Wie is wanneer geïnformeerd'],
 'instemming': ['Instemming betrokkenen', 'Instemming'], 'vraag': ['Vraag aan het VeiligheidsTeam', 'Vraag aan het VHT', 'Hulpvraag aan het VHT'],
 'experts': ['Uit te nodigen experts', 'Experts'], 'gezin': ['Gezinssamenstelling'], 'zorgen': ['Wat is er nu onveilig', 'Zorgen', 'Onveiligheid'],
 'patroon': ['Patroon', 'Patroon uit het verleden'], 'krachten': ['Krachten en beschermende factoren', 'Krachten'], 'risico': ['Risicofactoren'],
 'stemj': ['Stem van de jeugdige', 'Wat zegt de jeugdige'], 'stemo': ['Stem van ouders en verzorgers', 'Stem van ouders'],
 'visie': ['Visie van de inbrenger', 'Visie inbrenger'], 'score': ['Veiligheidsscore', 'Score'], 'hulp': ['Betrokken hulpverlening'],
 'pg': ['Persoonsgegevens'],
}
NOTE_NAME = {'zorgen': 'Onveiligheid', 'gezin': 'Gezinssamenstelling', 'stemo': 'Stem van ouders', 'stemj': 'Stem van de jeugdige',
             'krachten': 'Krachten', 'hulp': 'Betrokken hulpverlening', 'geinf': 'Wie is wanneer geïnformeerd', 'pg': 'Persoonsgegevens'}

def date(m=None, lo=1, hi=28):
    if m is None:
        m = rng.choice([10, 11]); hi = 19 if m == 11 else hi
    d = rng.choice([x for x in range(lo, hi + 1) if x != 6])
    f = rng.choice(['%02d-%02d-2026', '%d-%d-2026', '2026-%02d-%02d', '%02d/%02d/2026'])
    return f % ((m, d) if f.startswith('2026') else (d, m))

# DIRTY items: card number -> list of (category, value, place, action)
def dirty_items():
    b1 = GS.fmt_bsn('dots'); b2 = GS.fmt_bsn('plain'); i1 = GS.iban('NL', 'RABO', 'grouped'); i2 = GS.iban('DE', '-', 'compact')
    return {
     46: [('NAME', 'Gerwin Heutink', 'body (Onveiligheid)', ('body', 'zorgen', 'Vader Gerwin Heutink ontkent dat hij geslagen heeft.')),
          ('PHONE', '06-29471853', 'mail body', ('block', 'MAIL-BODY', 'Hoi, moeder vraagt of je haar wilt terugbellen op 06-29471853. Groet, vaste deelnemer'))],
     47: [('NAME', 'Sümeyye Aydoğdu', 'comment author', ('comment', 'Sümeyye Aydoğdu', 'Dit klopt niet, ik heb nooit gezegd dat hij slaat.')),
          ('BIRTHDATE', '11-04-2013', 'cover value (Jeugdige)', ('cover', 'S. (11-04-2013)'))],
     48: [('ADDRESS', 'Slotlaan 19', 'footer', ('block', 'FOOTER', 'Retour: Slotlaan 19, Zevenaar - pagina 1')),
          ('NAME', 'KLEIN HESSELINK', 'header', ('block', 'HEADER', 'VHK GEZIN KLEIN HESSELINK - VERTROUWELIJK'))],
     49: [('BSN', b1, 'tracked deletion', ('block', 'TRACKED-DELETION', 'BSN jeugdige: ' + b1)),
          ('NAME', 'Wojciech', 'body (Stem van ouders)', ('body', 'stemo', 'Partner Wojciech: "Ik werk alleen, ik weet van niks."'))],
     50: [('EMAIL', 'anke.groothuis@live.nl', 'mail body', ('block', 'MAIL-BODY', 'Doorgestuurd van: anke.groothuis@live.nl\nMoeder stuurt haar reactie op de kaart mee.')),
          ('NAME', 'Wamelink', 'file name', ('block', 'FILENAME', 'VHK_Wamelink_eerste_inbreng_def.docx'))],
     51: [('POSTCODE', '7131 XK', 'footer', ('block', 'FOOTER', 'Gezin verhuist naar 7131 XK per december')),
          ('NAME', 'Yousef Al-Hamwi', 'table row (Gezinssamenstelling)', ('table', 'gezin', '| oom | Yousef Al-Hamwi | woont in Aalten |'))],
     52: [('IBAN', i1, 'footnote', ('block', 'FOOTNOTE', '1 Leefgeld wordt gestort op ' + i1 + ' (bewindvoerder).')),
          ('NAME', 'gerritje', 'body (Krachten)', ('body', 'krachten', 'oma gerritje kump elke dag even kieken.'))],
     53: [('URL', 'https://www.facebook.com/ronald.tenbrinke.58', 'comment text', ('comment', 'Veilig Thuis Noord- en Oost-Gelderland', 'Zie ook de posts van vader op https://www.facebook.com/ronald.tenbrinke.58')),
          ('NAME', 'Ronald ten Brinke', 'mail subject', ('block', 'MAIL-SUBJECT', 'RE: kaart Ronald ten Brinke, graag inplannen'))],
     54: [('ID_NUMBER', '2210583', 'body (Betrokken hulpverlening)', ('body', 'hulp', 'GGNet (cliëntnummer vader 2210583).')),
          ('NAME', 'Dragomir', 'alt text', ('block', 'ALT', 'Foto van de slaapkamer, gemaakt door Dragomir'))],
     55: [('PHONE', '+49 2871 41 93 07', 'body (Stem van ouders)', ('body', 'stemo', 'Vader wil liever gebeld worden: +49 2871 41 93 07.')),
          ('BIRTHDATE', '3 februari 2012', 'body (Gezinssamenstelling)', ('body', 'gezin', 'De oudste is geboren op 3 februari 2012 in Bocholt.'))],
     56: [('EMAIL', 'l.ebbekink@outlook.com', 'mail body', ('block', 'MAIL-BODY', 'Kun je de kaart ook naar moeder sturen (l.ebbekink@outlook.com)? Dank, vaste deelnemer')),
          ('NAME', 'Lisanne Ebbekink', 'property (title)', ('block', 'PROPERTY title', 'Veiligheidskaart Lisanne Ebbekink'))],
     57: [('BSN', b2, 'body (Persoonsgegevens)', ('body', 'pg', 'BSN: ' + b2)),
          ('NAME', 'Jannes', 'body (Stem van de jeugdige)', ('body', 'stemj', 'Broer Jannes zegt: "Ik wil hier weg."'))],
     58: [('ADDRESS', 'Grotestraat 84-2', 'mail body', ('block', 'MAIL-BODY', 'Huisbezoek is op Grotestraat 84-2, bel aan bij de achterdeur.')),
          ('ID_NUMBER', 'JBG-2025-31178', 'header', ('block', 'HEADER', 'Dossier JBG-2025-31178 - vertrouwelijk'))],
     59: [('POSTCODE', '7102bw', 'body (Wie is wanneer geïnformeerd)', ('body', 'geinf', 'Brief aan moeder gestuurd, 7102bw.')),
          ('BIRTHDATE', '2011-09-14', 'tracked deletion', ('block', 'TRACKED-DELETION', 'J. (2011-09-14)'))],
     60: [('IBAN', i2, 'mail body', ('block', 'MAIL-BODY', 'Vader vraagt de kinderbijslag over te maken naar ' + i2 + '.')),
          ('NAME', 'Huinink', 'property (company)', ('block', 'PROPERTY company', 'Loonbedrijf Huinink'))],
    }

def label(key, style, n):
    l = rng.choice(LABELS[key])
    if style == 'caps': l = l.upper()
    elif style == 'lower': l = l.lower()
    if style == 'num': l = '%d. %s' % (n, l)
    return l + ':'

def build(i, dirty):
    fam = FAMILIES[(i * 7) % 10] if i <= 45 else FAMILIES[rng.randrange(10)]
    kind = fam['kind']; G = rng.choice(KIND_GEM[kind]); places = GEMEENTEN[G]
    P = rng.choice(places); Q = rng.choice([p for v in GEMEENTEN.values() for p in v if p != P])
    letters = rng.sample('ABDEFHJLMNRSTVYZ', 2); J, K = letters[0] + '.', letters[1] + '.'
    if kind == 'baby': Y1, Y2 = rng.choice([2025, 2026]), 0
    else: Y1 = rng.randint(2009, 2015); Y2 = min(Y1 + rng.randint(2, 6), 2024)
    A1, A2 = 2026 - Y1, 2026 - Y2
    sub = lambda s: s.replace('{J}', J).replace('{K}', K).replace('{Y1}', str(Y1)).replace('{Y2}', str(Y2)).replace('{P}', P).replace('{Q}', Q).replace('{G}', G)
    pr = rng.sample(PROFS, 3)
    pf = lambda p: '%s, %s, %s' % (p[0], p[1], p[2].replace('{G}', G))
    style = rng.choice(['plain', 'plain', 'num', 'caps', 'lower'])
    soort = rng.choice(['Eerste inbreng', 'Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Overdracht'])
    if soort in ('Vervolgbespreking', 'Monitoring'): soort += ' (eerder besproken als VHT-2026-%04d)' % rng.choice([31, 57, 87, 104, 139, 162])
    jeug = '%s (%d)' % (J, Y1) + ('' if kind == 'baby' else '\n%s (%d)' % (K, Y2) if rng.random() < .7 or A2 >= 12 else '')
    has_k = '\n' in jeug
    S = {}
    S['datum'] = date(12) if rng.random() < .5 else date(11, 20, 28)
    S['soort'] = soort; S['jeugdige'] = jeug; S['inbrenger'] = pf(pr[0]); S['vaste'] = pf(pr[1]).split(',')[0] + ',' + pf(pr[1]).split(',', 2)[2]
    S['gemeente'] = G
    gd = rng.choice([p for p in PROFS if p[1] in ('orthopedagoog', 'GZ-psycholoog', 'gedragswetenschapper') and p not in pr[:2]])
    if rng.random() < .6: S['gedrag'] = 'Ja, %s (%s), op %s' % (gd[0], gd[1], date())
    S['geinf'] = '\n'.join(['Moeder: gesproken op %s (huisbezoek in %s).' % (date(), P), 'Vader: telefonisch gesproken op %s.' % date(),
                            '%s: gesproken op %s op school, met de mentor erbij.' % (J, date()) if A1 >= 8 else '%s: gezien bij het huisbezoek.' % J])
    if rng.random() < .8: S['instemming'] = rng.choice(['Ja, beide ouders stemmen in.', 'Ja. Ouders en %s weten ervan en stemmen in.' % J, 'ja (mondeling, %s)' % date()])
    else: S['instemming'] = 'Nee. Reden: vader weigert elk contact met hulpverlening.\nOnderbouwing inbrenger: de veiligheid van %s is in het geding; inbreng zonder instemming is nodig om te adviseren over vervolgstappen. Moeder is geïnformeerd.' % J
    S['vraag'] = sub(fam['vraag'])
    if rng.random() < .3: S['experts'] = rng.choice(['Jeugdarts GGD', 'Gedragswetenschapper Jeugdbescherming Gelderland', 'Behandelaar GGNet', 'Zorgcoördinator school'])
    gz = sub(fam['gezin'])
    if rng.random() < .4:
        gz += '\n| rol | geboortejaar | woont in |\n|---|---|---|\n| %s | %d | %s |' % (J, Y1, P) + ('\n| %s | %d | %s |' % (K, Y2, rng.choice([P, Q])) if Y2 else '')
    S['gezin'] = gz
    zorgen = '\n'.join('- ' + sub(z) for z in fam['zorgen'])
    extra = rng.random()
    if kind == 'zat' or extra < .25:
        d = date(); zorgen += ('\nUit het ZAT-verslag van %s (%s):\nAanwezig: mentor, zoco, leerplicht, SMW, jeugdverpleegkundige GGD.\nAfwezig: wijkagent (afgemeld).\n'
            'Besproken leerlingen:\n1. %s (%d), %s: zie boven\n2. (overige leerlingen niet relevant voor deze kaart)\n'
            'Actiepunten: mentor belt ouders vóór %s; zoco meldt bij het Sociaal Team, deadline %s.') % (d, sub(SCHOOL[G]), J, Y1, 'klas 3' if A1 < 16 else 'klas 5', date(12), date(12))
    elif extra < .5:
        zorgen += '\nSignaal jeugdtrainer %s (doorgestuurd door de club, %s): "%s kwam weer met een dik oog op de training. Ik zeg oe, dit is niet de eerste keer."' % (rng.choice(CLUBS), date(), J)
    S['zorgen'] = zorgen
    if rng.random() < .6: S['patroon'] = sub(fam['patroon'])
    S['krachten'] = sub(fam['krachten']); S['risico'] = sub(fam['risico'])
    if kind == 'baby' or A1 < 4: S['stemj'] = sub(fam['stemj']) if kind == 'baby' else '%s (%d jaar) is jong; geobserveerd bij het huisbezoek.' % (J, A1)
    elif A1 >= 12 or (has_k and A2 >= 12) or rng.random() < .7:
        S['stemj'] = '%s (%d jaar): %s' % (J, A1, sub(fam['stemj'])) + ('\n%s (%d jaar) tekende de Drie Huizen; in het huis van de zorgen staat een boze man.' % (K, A2) if has_k else '')
    S['stemo'] = sub(fam['stemo']); S['visie'] = sub(fam['visie'])
    sc = (rng.randint(2, 5), rng.randint(5, 8), rng.randint(3, 7))
    S['score'] = rng.choice(['Inbrenger: %d. Moeder: %d. %s: %d.' % (sc[0], sc[1], J, sc[2]),
                             '| wie | score |\n|---|---|\n| inbrenger | %d |\n| moeder | %d |\n| %s | %d |' % (sc[0], sc[1], J, sc[2]),
                             'inbrenger %d, ouders %d (schaal 0-10)' % (sc[0], sc[1])])
    S['hulp'] = sub(fam['hulp'])
    S['pg'] = rng.choice(['n.v.t.', '-', 'niet invullen bij inbreng'])
    blocks_pre, blocks_post, comments = [], [], []
    if rng.random() < .5: blocks_pre.append(('HEADER', rng.choice(['VHK - VERTROUWELIJK - %s' % G.upper(), 'Veiligheidskaart %s (%d) - %s' % (J, Y1, G)])))
    if rng.random() < .4: blocks_pre.insert(0, ('PROPERTY title', 'Veiligheidskaart %s (%d) - %s' % (J, Y1, soort.split(' (')[0])))
    if rng.random() < .3: blocks_pre.insert(0, ('PROPERTY company', pr[0][2].replace('{G}', G)))
    if rng.random() < .4: blocks_pre.insert(0, ('FILENAME', 'VHK_%s_%s%d_%s.docx' % (G.replace(' ', ''), J[0], Y1, rng.choice(['def', 'v2', 'concept', 'inbreng']))))
    if rng.random() < .3: blocks_pre.insert(0, ('MAIL-SUBJECT', rng.choice(['Aanmelding VHK %s%d' % (J[0], Y1), 'RE: kaart voor di-overleg', 'FW: VHK %s ter screening' % G])))
    if rng.random() < .4: comments.append(('COMMENT author=' + rng.choice(['Vaste deelnemer %s' % G, 'Voorzitter VHT', 'Gedragswetenschapper Jeugdbescherming Gelderland', 'Teamleider Sociaal Team']),
                                           rng.choice(['Graag concreter: wat is er precies gezien en wanneer?', 'Score van %s nog navragen.' % J, 'Wiej mot hier nog even naar kieken (citaat opa, laten staan?)'])))
    if rng.random() < .3: comments.append(('ALT', 'Tekening van %s: drie huizen, het huis van de zorgen is zwart.' % J))
    if rng.random() < .3: comments.append(('TRACKED-DELETION', 'Inbrenger: %d.' % (sc[0] + 1)))
    if rng.random() < .3: comments.append(('FOOTNOTE', '1 ARIJ afgenomen op %s door de inbrenger.' % date()))
    if rng.random() < .4: blocks_post.append(('FOOTER', rng.choice(['Pagina 1 van 2', 'Veilig Thuis: 0800-2000 | bij direct gevaar: 112', 'Sociaal Team %s - 14 0314' % G])))
    if rng.random() < .3: blocks_post.append(('MAIL-BODY', 'Beste voorzitter,\nHierbij de kaart van %s (%d) voor de bespreking. Ouders zijn geïnformeerd.\nMet vriendelijke groet,\nvaste deelnemer %s' % (J, Y1, pr[1][2].replace('{G}', G))))
    notes = '-'
    if dirty:
        its = dirty
        for cat, val, place, act in its:
            if act[0] == 'body': S[act[1]] = S.get(act[1], '') + ('\n' if S.get(act[1]) else '') + act[2] if act[1] != 'pg' else act[2]
            elif act[0] == 'cover': S['jeugdige'] = J + act[1][2:]
            elif act[0] == 'table': S[act[1]] += '\n| rol | naam | opmerking |\n' + act[2]
            elif act[0] == 'comment': comments.append(('COMMENT author=' + act[1], act[2]))
            elif act[0] == 'block':
                for lst in (blocks_pre, blocks_post, comments):
                    lst[:] = [b for b in lst if b[0] != act[1]]
                (blocks_pre if act[1] in ('HEADER', 'PROPERTY title', 'PROPERTY company', 'FILENAME', 'MAIL-SUBJECT') else blocks_post if act[1] in ('FOOTER', 'MAIL-BODY') else comments).append((act[1], act[2]))
        notes = '; '.join('%s "%s" @ %s' % (c, v, p) for c, v, p, _ in its)
    order = ['datum', 'soort', 'jeugdige', 'inbrenger', 'vaste', 'gemeente', 'gedrag', 'geinf', 'instemming', 'vraag', 'experts',
             'gezin', 'zorgen', 'patroon', 'krachten', 'risico', 'stemj', 'stemo', 'visie', 'score', 'hulp', 'pg']
    out = ['[%s]\n%s\n' % b for b in blocks_pre]
    n = 0
    for k in order:
        if k not in S: continue
        n += 1
        out.append('%s\n%s\n' % (label(k, style, n), S[k]))
        if k == 'zorgen' and comments:
            out.extend('[%s]\n%s\n' % b for b in comments)
    out.extend('[%s]\n%s\n' % b for b in blocks_post)
    return '\n'.join(out), notes

def main():
    os.makedirs(CD, exist_ok=True)
    D = dirty_items()
    rows = ['file\texpect\tnotes']
    for i in range(1, 61):
        text, notes = build(i, D.get(i))
        with open(os.path.join(CD, 'card-%02d.txt' % i), 'w', encoding='utf-8', newline='\n') as fh: fh.write(text)
        rows.append('card-%02d.txt\t%s\t%s' % (i, 'CLEAN' if i <= 45 else 'DIRTY', notes))
    with open(os.path.join(CD, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh: fh.write('\n'.join(rows) + '\n')
    print('wrote 60 cards')
if __name__ == '__main__': main()
