#!/usr/bin/env python3
"""Generate ../cards/card-01..60.txt and cards.tsv (fixed seed 9393). python3 tools/gen_cards.py"""
import os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from scenarios import T, AUTHORS, GEDRAG
from gen_sentences import bsn, iban, group

LABELS = {
 'datum': ['Datum', 'Datum inbreng'], 'soort': ['Soort inbreng', 'Type inbreng'],
 'jeugdige': ['Jeugdige (voorletter en geboortejaar)', 'Jeugdige', 'Jeugdige(n)'],
 'inbrenger': ['Inbrenger', 'Inbrenger (naam, functie, organisatie)'], 'vaste': ['Vaste deelnemer'],
 'gemeente': ['Verantwoordelijke gemeente', 'Gemeente'], 'gedrag': ['Gedragsdeskundige geraadpleegd', 'Gedragswetenschapper geraadpleegd'],
 'geinf': ['Geïnformeerd en gesproken', 'Wie is wanneer geïnformeerd'], 'instemming': ['Instemming betrokkenen', 'Instemming'],
 'vraag': ['Vraag aan het VeiligheidsTeam', 'Vraag aan het VHT', 'Hulpvraag aan het VHT'],
 'gezin': ['Gezinssamenstelling'], 'zorgen': ['Wat is er nu onveilig', 'Zorgen', 'Onveiligheid'],
 'patroon': ['Patroon', 'Patroon uit het verleden'], 'krachten': ['Krachten en beschermende factoren', 'Krachten'],
 'risico': ['Risicofactoren'], 'stemj': ['Stem van de jeugdige', 'Wat zegt de jeugdige'],
 'stemo': ['Stem van ouders en verzorgers', 'Stem van ouders'], 'visie': ['Visie van de inbrenger', 'Visie inbrenger'],
 'score': ['Veiligheidsscore', 'Score'], 'hulp': ['Betrokken hulpverlening'], 'advies': ['Advies'],
 'pg': ['Persoonsgegevens'],
}
INITIALS = 'ABCDEFGHIJKLMNOPRSTVWYZ'

def render_label(lab, style, n):
    if style == 'caps': return lab.upper()
    if style == 'lower': return lab.lower() + ':'
    if style == 'num': return '%d. %s:' % (n, lab)
    return lab + ':'

# DIRTY cards: two items each: (CAT, value, place, where, line containing value)
def dirty_specs(rng):
    b1, b2 = bsn(rng), bsn(rng)
    i1 = group(iban(rng, 'NL', 'RABO', 10))
    return {
     46: [('NAME', 'Kayleigh', 'body (Wat is er nu onveilig)', 'zorgen', 'Vriendin Kayleigh heeft de vechtpartij gefilmd.'),
          ('PHONE', '06-51873302', 'footer', 'FOOTER', 'Bij vragen moeder bellen: 06-51873302')],
     47: [('NAME', 'HOOGSTRATEN', 'header', 'HEADER', 'VHK GEZIN HOOGSTRATEN – VERTROUWELIJK'),
          ('BIRTHDATE', '17-08-2011', 'cover value (Jeugdige)', 'jeugdige', None)],
     48: [('BSN', b1[:4] + '.' + b1[4:6] + '.' + b1[6:], 'table row (Gezinssamenstelling)', 'gezin', '| BSN oudste | %s |' % (b1[:4] + '.' + b1[4:6] + '.' + b1[6:])),
          ('NAME', 'Wiesje', 'comment author', 'COMMENT', None)],
     49: [('ADDRESS', 'Bredaseweg 411', 'body (Gezinssamenstelling)', 'gezin', 'Het gezin woont boven de snackbar op Bredaseweg 411.'),
          ('EMAIL', 'tamtam.reeshof@gmail.com', 'mail body', 'MAIL-BODY', 'Beste voorzitter, moeder wil de kaart zelf ontvangen op tamtam.reeshof@gmail.com. Groet, wijkteam')],
     50: [('NAME', 'Mirela Dumitru', 'mail subject', 'MAIL-SUBJECT', 'Inbreng VHT – Mirela Dumitru en dochter – spoed'),
          ('ID_NUMBER', 'dossiernr. JBB-2026-40718', 'footnote', 'FOOTNOTE', 'Zie ook dossiernr. JBB-2026-40718 bij de gezinsvoogd.')],
     51: [('POSTCODE', '5045 PK', 'footer', 'FOOTER', 'Postadres gezin: 5045 PK Tilburg'),
          ('NAME', 'Brekelmans', 'body (Visie van de inbrenger)', 'visie', 'Ik sluit me aan bij wat mevrouw Brekelmans van het wijkteam op 10-11 zei: het is niet langer vol te houden.')],
     52: [('IBAN', i1, 'body (Risicofactoren)', 'risico', 'Loon vader wordt gestort op %s, daar heeft moeder geen toegang toe.' % i1),
          ('NAME', 'Farah', 'file name', 'FILENAME', 'VHK_Farah_H2012_20261118.docx')],
     53: [('URL', 'https://www.instagram.com/jaylano.st', 'body (Stem van de jeugdige)', 'stemj', 'Hij verwijst zelf naar zijn account https://www.instagram.com/jaylano.st "daar zie je wie ik ben".'),
          ('NAME', 'Tjeu van Beers', 'property (title)', 'PROPERTY title', 'Veiligheidskaart Tjeu van Beers – concept')],
     54: [('PHONE', '+238 991 24 57', 'comment text', 'COMMENT', 'Oma in Kaapverdië is bereikbaar op +238 991 24 57, navragen of zij kan helpen.'),
          ('NAME', 'Edmilson', 'alt text', 'ALT', 'Foto van de tekening die Edmilson voor zijn moeder maakte')],
     55: [('BIRTHDATE', '3 mei 2015', 'footnote', 'FOOTNOTE', 'Jongste geboren op 3 mei 2015, te vroeg, in het ETZ.'),
          ('NAME', 'Gerrit-Jan', 'tracked deletion', 'TRACKED-DELETION', 'Gerrit-Jan (oom) wil niet meer helpen.')],
     56: [('EMAIL', 'oma.soeti@kpnmail.nl', 'body (Krachten en beschermende factoren)', 'krachten', 'Oma houdt school op de hoogte via oma.soeti@kpnmail.nl.'),
          ('NAME', 'Soetinah', 'table row (Gezinssamenstelling)', 'gezin', '| oma mz | Soetinah | 1950 |')],
     57: [('ID_NUMBER', 'cliëntnr. GGz Breburg 77120459', 'body (Betrokken hulpverlening)', 'hulp', 'Aangemeld bij GGz Breburg, cliëntnr. GGz Breburg 77120459.'),
          ('PHONE', '013-5839204', 'property (company)', 'PROPERTY company', 'Huisartsenpraktijk Hilvarenbeek 013-5839204')],
     58: [('ADDRESS', 'Hoge Ham 118', 'header', 'HEADER', 'Standplaats Hoge Ham 118 – VERTROUWELIJK'),
          ('NAME', 'Mien', 'body (Stem van ouders en verzorgers)', 'stemo', 'Oma Mien: "Wij lossen het zelf op, dat doen we altijd."')],
     59: [('BSN', b2, 'mail body', 'MAIL-BODY', 'Beste voorzitter, voor de aanvraag: BSN jongste %s. Met vriendelijke groet, Team Jeugd' % b2),
          ('NAME', 'Ewa', 'body (Stem van de jeugdige)', 'stemj', 'Ewa, de vriendin van {I}., zegt dat {I}. vaak huilt in de pauze.')],
     60: [('URL', 'facebook.com/ilona.kowalska.391', 'comment text', 'COMMENT', 'Moeder plaatst foto\'s van de kinderen op facebook.com/ilona.kowalska.391, bespreken?'),
          ('POSTCODE', '5141GK', 'cover value (Gemeente)', 'gemeente', None)],
    }

DIRTY_THEME = {46: 'scheiding', 47: 'zat', 48: 'verwijs', 49: 'baby', 50: 'roemeens', 51: 'somalisch', 52: 'somalisch',
               53: 'antilliaans', 54: 'kaapverdie', 55: 'carnaval', 56: 'indisch', 57: 'verwijs', 58: 'woonwagen', 59: 'pools', 60: 'pools'}
GEM = {'Udenhout': 'Tilburg', 'Stokhasselt': 'Tilburg', 'Tilburg-Noord': 'Tilburg', 'Reeshof': 'Tilburg'}
REGIONAL = ('Veilig Thuis', 'Jeugdbescherming', 'GGD', 'Toegang Jeugd')

def card(n, rng, spec):
    keys = list(T)
    tkey = DIRTY_THEME.get(n, keys[(n - 1) % len(keys)])
    th = T[tkey]
    tgem = GEM.get(th['place'], th['place'])
    cands = [a for a in AUTHORS if a[2] == tgem or any(r in a[0] for r in REGIONAL)]
    if tkey == 'zat': cands = [a for a in cands if 'GGD' in a[0] or 'Toegang' in a[0] or a[2] == tgem]
    auth, vaste, _ = rng.choice(cands)
    gem = tgem
    year = 2027 if rng.random() < 0.15 else 2026
    month = 1 if year == 2027 else rng.choice([11, 12, 12])
    day = rng.randint(17 if month == 11 else 1, 28)
    dfmt = rng.choice(['%02d-%02d-%d', '%d-%d-%d', '%d/%02d/%d', 'iso', 'long'])
    MN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']
    if dfmt == 'iso': dstr = '%d-%02d-%02d' % (year, month, day)
    elif dfmt == 'long': dstr = '%d %s %d' % (day, MN[month - 1], year)
    else: dstr = dfmt % (day, month, year)
    # youths: shift initials / years a little per card
    kids = []
    for (ini, by) in th['kids']:
        if n <= 45 and by < 2025: by += rng.choice([-1, 0, 0, 1])
        if 12 < n <= 45: ini = rng.choice(INITIALS)
        kids.append((ini, by))
    I, J = kids[0][0], (kids[1][0] if len(kids) > 1 else kids[0][0])
    A = (rng.randint(2, 9) if kids[0][1] >= 2025 else year - kids[0][1])
    B = (year - kids[1][1]) if len(kids) > 1 else A
    fmt = lambda s: s.replace('{I}', I).replace('{J}', J).replace('{A}', str(A)).replace('{B}', str(B))
    soort = rng.choice(['Eerste inbreng', 'Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Overdracht'])
    style = rng.choice(['plain', 'plain', 'num', 'caps', 'lower'])
    kin = ['zus', 'broertje', 'zusje', 'broer']
    jeug = ['%s. (%d)' % kids[0]] + ['%s %s. (%d)' % (rng.choice(kin), k, y) for k, y in kids[1:]]
    if spec and spec[0] == 'jeugdige': jeug[0] = '%s. (%s)' % (kids[0][0], spec[1])
    sec = []
    sec.append(('datum', dstr)); sec.append(('soort', soort + (' (na VHT-%d-%04d)' % (year - 1 if month < 3 else year, rng.choice([112, 87, 203, 41, 156])) if soort != 'Eerste inbreng' else '')))
    sec.append(('jeugdige', '\n'.join(jeug)))
    sec.append(('inbrenger', auth)); sec.append(('vaste', vaste))
    sec.append(('gemeente', gem))
    g = rng.choice(GEDRAG)
    if g: sec.append(('gedrag', 'Ja, ' + g + (', op %d-%d-%d' % (max(1, day - 3), month, year) if rng.random() < .5 else '')))
    who = ['Moeder: gesproken op %d-%d-%d (huisbezoek).' % (max(1, day - rng.randint(2, 9)), month, year),
           '%s.: gesproken op school, in bijzijn van de mentor.' % I if A >= 8 else '%s.: geobserveerd tijdens huisbezoek.' % I,
           rng.choice(['Vader: telefonisch gesproken.', 'Vader is per brief geïnformeerd.', 'De huisarts is op de hoogte.', 'Veilig Thuis is geïnformeerd.'])]
    sec.append(('geinf', '\n'.join(who)))
    if rng.random() < 0.2:
        ins = ('Nee. Ouders weigeren; zij willen geen bemoeienis van "instanties". Ik breng de casus toch in omdat de zorgen '
               'over de veiligheid van de kinderen te groot zijn om te wachten (verantwoording inbrenger).')
    else:
        ins = rng.choice(['Ja, ouders stemmen in.', 'Ja, moeder en %s. stemmen in met bespreking in het VHT.' % I, 'ja (mondeling, %d-%d)' % (max(1, day - 1), month)])
    sec.append(('instemming', ins))
    sec.append(('vraag', th['vraag']))
    if rng.random() < 0.5:
        gez = fmt(th['parents'] + ', ' + ', '.join('%s. (%d)' % k for k in kids) + '. Het gezin woont in %s.' % th['place'])
    else:
        gez = '| rol | geboortejaar |\n' + '\n'.join('| %s |' % p.strip().replace(' (', ' | ').rstrip(')') for p in th['parents'].split(',')) + '\n' + \
              '\n'.join('| %s. | %d |' % k for k in kids) + '\nWoonplaats: %s' % th['place']
    sec.append(('gezin', gez))
    z = [fmt(x) for x in th['zorgen']]
    sec.append(('zorgen', '\n'.join('- ' + x for x in z) if rng.random() < .6 else ' '.join(z)))
    if rng.random() < .7: sec.append(('patroon', fmt(th['patroon'])))
    sec.append(('krachten', fmt(th['krachten']))); sec.append(('risico', fmt(th['risico'])))
    sec.append(('stemj', fmt(th['stemj'])))
    sec.append(('stemo', fmt(th['stemo']))); sec.append(('visie', fmt(th['visie'])))
    si, sm = rng.randint(2, 6), rng.randint(4, 8)
    sc = rng.choice(['Inbrenger: %d. Moeder: %d.' % (si, sm) + (' %s.: %d.' % (I, rng.randint(2, 7)) if A >= 12 else ''),
                     '| inbrenger | %d |\n| ouders | %d |' % (si, sm)])
    sec.append(('score', sc))
    if rng.random() < .8: sec.append(('hulp', fmt(th['hulp'])))
    if soort != 'Eerste inbreng' and rng.random() < .6:
        sec.append(('advies', 'Vorige bespreking: advies om het veiligheidsplan aan te scherpen; evaluatie in week %d.' % (rng.randint(2, 6) if year == 2027 else rng.randint(49, 52))))
    pgv = rng.choice([None, 'n.v.t.', '-', 'niet invullen bij inbreng'])
    if pgv: sec.append(('pg', pgv))
    # extras
    org = auth.split(', ')[-1]
    Y = kids[0][1]
    extras = {
     'HEADER': rng.choice(['VEILIGHEIDSKAART – VERTROUWELIJK – %s' % gem.upper(), 'VHK %s. (%d) vertrouwelijk' % (I, Y)]),
     'FOOTER': rng.choice(['Veilig Thuis Midden-Brabant: 0800-2000 | pagina 1', 'Bij direct gevaar: 112', 'Sjabloon VHK versie 3.2']),
     'COMMENT': ('Gedragswetenschapper ' + org, rng.choice(['Graag concreter: wat zag je precies en wanneer?', 'Score van %s. nog navragen.' % I, 'Consent goed vastgelegd?'])),
     'ALT': 'Drie Huizen-tekening van %s. (%s)' % (I, 'baby, observatie' if A < 2 else '%d jaar' % A),
     'PROPERTY title': 'Veiligheidskaart %s. (%d) – %s' % (I, Y, soort),
     'PROPERTY company': org,
     'TRACKED-DELETION': 'Inbrenger: %d.' % min(9, si + 1),
     'FOOTNOTE': 'Schaal 0-10: 0 = acuut onveilig, 10 = voldoende veilig.',
     'MAIL-SUBJECT': 'Inbreng VHT %s%d %s' % (I, Y, gem),
     'MAIL-BODY': 'Beste voorzitter, bijgaand de kaart voor de bespreking. Met vriendelijke groet, %s' % org,
     'FILENAME': 'VHK_%s_%s%d_%d%02d%02d.docx' % (gem.replace(' ', '-'), I, Y, year, month, day),
    }
    chosen = set(rng.sample(sorted(extras), rng.randint(2, 6)))
    items = dirty_specs(random.Random(900 + n)).get(n, []) if n > 45 else []
    append = {}
    for cat, val, place, where, line in items:
        if where in LABELS:
            if where == 'jeugdige' or where == 'gemeente': continue
            append.setdefault(where, []).append(fmt(line))
        elif where == 'COMMENT':
            chosen.add('COMMENT')
            if place == 'comment author': extras['COMMENT'] = ('moeder (Wiesje)' if val == 'Wiesje' else val, 'Ik ben het niet eens met de score.')
            else: extras['COMMENT'] = (extras['COMMENT'][0], line)
        else:
            chosen.add(where); extras[where] = fmt(line)
    # special values in cover fields
    for cat, val, place, where, line in items:
        if where == 'jeugdige':
            sec = [(k, ('%s. (%s)' % (I, val)) + v[v.index(')') + 1:] if k == 'jeugdige' else v) for k, v in sec]
        if where == 'gemeente':
            sec = [(k, v + ' (gezin woont in %s)' % val if k == 'gemeente' else v) for k, v in sec]
    out = []
    for t in ('FILENAME', 'MAIL-SUBJECT', 'MAIL-BODY', 'PROPERTY title', 'PROPERTY company', 'HEADER'):
        if t in chosen: out.append('[%s]\n%s\n' % (t, extras[t]))
    for i, (k, v) in enumerate(sec, 1):
        if k in append: v = v + '\n' + '\n'.join(append[k])
        out.append('%s\n%s\n' % (render_label(rng.choice(LABELS[k]), style, i), v))
        if k == 'stemj' and 'ALT' in chosen: out.append('[ALT]\n%s\n' % extras['ALT'])
        if k == 'zorgen' and 'COMMENT' in chosen: out.append('[COMMENT author=%s]\n%s\n' % extras['COMMENT'])
        if k == 'score':
            if 'TRACKED-DELETION' in chosen: out.append('[TRACKED-DELETION]\n%s\n' % extras['TRACKED-DELETION'])
            if 'FOOTNOTE' in chosen: out.append('[FOOTNOTE]\n%s\n' % extras['FOOTNOTE'])
    if 'FOOTER' in chosen: out.append('[FOOTER]\n%s\n' % extras['FOOTER'])
    notes = '; '.join('%s "%s" @ %s' % (c, v, p) for c, v, p, _, _ in items) if items else '-'
    return '\n'.join(out), notes

def main():
    rng = random.Random(9393)
    cdir = os.path.join(HERE, '..', 'cards')
    rows = ['file\texpect\tnotes']
    for n in range(1, 61):
        text, notes = card(n, rng, None if n != 47 else ('jeugdige', '17-08-2011'))
        with open(os.path.join(cdir, 'card-%02d.txt' % n), 'w', encoding='utf-8', newline='\n') as fh: fh.write(text)
        rows.append('card-%02d.txt\t%s\t%s' % (n, 'CLEAN' if n <= 45 else 'DIRTY', notes))
    with open(os.path.join(cdir, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh: fh.write('\n'.join(rows) + '\n')
    print('wrote 60 cards')

if __name__ == '__main__':
    main()
