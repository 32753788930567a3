#!/usr/bin/env python3
"""Generate ../cards/card-01.txt .. card-60.txt and cards.tsv for blind set 39 (fixed seed 39)."""
import os, random, sys, datetime
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scenarios import SCEN
from numgen import bsn, iban

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'cards')
rng = random.Random(3900)

GEM = {'hg-katwijk': 'Katwijk', 'baby-lisse': 'Lisse', 'seizoen-noordwijkerhout': 'Noordwijk', 'eer-alphen': 'Alphen aan den Rijn',
       'verslaving-leiden': 'Leiden', 'eritrea-oegstgeest': 'Oegstgeest', 'psychose-leiderdorp': 'Leiderdorp',
       'ots-teylingen': 'Teylingen', 'loverboy-voorschoten': 'Voorschoten', 'schulden-hillegom': 'Hillegom',
       'afghaans-wassenaar': 'Wassenaar', 'kaapverdisch-leiden': 'Leiden', 'lvb-kaag': 'Kaag en Braassem',
       'turks-zoeterwoude': 'Zoeterwoude', 'iran-noordwijk': 'Noordwijk'}
TEAM = {'Katwijk': 'Sociaal Team Katwijk', 'Leiden': 'Jeugd- en gezinsteam Leiden', 'Oegstgeest': 'Jeugd- en gezinsteam Oegstgeest',
        'Teylingen': 'Team Jeugd Teylingen'}
def team(g): return TEAM.get(g, 'Toegang ' + g)

# invented professionals (cover fields only)
PROF = ['Marleen Dekkers', 'Jasper Onderwater', 'Hafsa Amezyane', 'Rutger Kieviet', 'Gülşen Arslanoğlu', 'Tessa van Bohemen',
        'Nelleke Bakels', 'Omar Lachgar', 'Ilona Verbiest', 'Sietse Hoekwater', 'Carla Nederpelt', 'Bart Overdijkink',
        'Nienke Plugge', 'Dewi Wirjosentono', 'Eline Stuifbergen', 'Tarik Azmani', 'Monique Ruijgrok', 'Rens Groeneveld']
FUNC = ['jeugdconsulent', 'gezinscoach', 'casusregisseur', 'gezinsvoogd', 'medewerker Veilig Thuis', 'jeugdprofessional']
GW = ['Femke Luijendijk, orthopedagoog-generalist', 'Dr. Karim Mansouri, GZ-psycholoog', 'Annemiek Tol, gedragswetenschapper']

LABELS = {
 'datum': ['Datum', 'Datum inbreng'], 'soort': ['Soort inbreng', 'Type inbreng'],
 'jeugdige': ['Jeugdige (voorletter en geboortejaar)', 'Jeugdige(n)', 'Jeugdige'],
 'inbrenger': ['Inbrenger', 'Inbrenger (naam, functie, organisatie)'], 'vaste': ['Vaste deelnemer', 'Vaste deelnemer'],
 'gemeente': ['Verantwoordelijke gemeente', 'Gemeente'], 'gw': ['Gedragsdeskundige geraadpleegd', 'Gedragswetenschapper geraadpleegd'],
 'geinf': ['Geïnformeerd en gesproken', 'Wie is wanneer geïnformeerd'], 'instemming': ['Instemming betrokkenen', 'Instemming'],
 'vraag': ['Vraag aan het VeiligheidsTeam', 'Vraag aan het VHT', 'Hulpvraag aan het VHT'], 'experts': ['Uit te nodigen experts', 'Experts'],
 'gezin': ['Gezinssamenstelling'], 'zorgen': ['Wat is er nu onveilig', 'Zorgen', 'Onveiligheid'], 'patroon': ['Patroon', 'Patroon uit het verleden'],
 'krachten': ['Krachten en beschermende factoren', 'Krachten'], 'risico': ['Risicofactoren'],
 'stemj': ['Stem van de jeugdige', 'Wat zegt de jeugdige'], 'stemo': ['Stem van ouders en verzorgers', 'Stem van ouders'],
 'visie': ['Visie van de inbrenger', 'Visie inbrenger'], 'score': ['Veiligheidsscore', 'Score'],
 'hulp': ['Betrokken hulpverlening'], 'pg': ['Persoonsgegevens'],
}
MON = ['jan.', 'feb.', 'mrt.', 'apr.', 'mei', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.']
DAG = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo']

def fmt_date(d, style):
    if style == 0: return d.strftime('%d-%m-%Y')
    if style == 1: return d.strftime('%Y-%m-%d')
    if style == 2: return '%d %s %d' % (d.day, MON[d.month - 1], d.year)
    if style == 3: return '%s %d/%d/%d' % (DAG[d.weekday()], d.day, d.month, d.year)
    return '%d-%d-%d' % (d.day, d.month, d.year)

def build(scen, idx, style):
    g = GEM[scen['key']]
    base = datetime.date(2026, 10, 12) + datetime.timedelta(days=rng.randint(0, 50))
    ev = sorted(base - datetime.timedelta(days=rng.randint(3, 30)) for _ in range(3))
    ds = rng.randint(0, 4)
    D = {'D%d' % (i + 1): fmt_date(e, (ds + i) % 4 if ds != 3 else 0) for i, e in enumerate(ev)}
    soort = rng.choice(['Eerste inbreng', 'Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Overdracht'])
    youths = scen['youths']
    ylines = ['%s (%d)' % y for y in youths]
    p1, p2 = rng.sample(PROF, 2)
    org = team(g) if rng.random() < 0.6 else rng.choice(['Veilig Thuis Hollands Midden', 'Jeugdbescherming west', team(g)])
    parts = []
    def sec(key, lines, alt=None):
        labs = LABELS[key]
        lab = labs[alt if alt is not None else rng.randrange(len(labs))]
        parts.append(['sec', key, lab, list(lines)])
    def blk(tag, lines): parts.append(['blk', tag, list(lines)])
    init0 = youths[0][0]
    if rng.random() < 0.5: blk('PROPERTY title', ['Veiligheidskaart %s (%d) - %s' % (init0, youths[0][1], soort)])
    if rng.random() < 0.5: blk('HEADER', [rng.choice(['Vertrouwelijk | VeiligheidsTeam | %s' % g, 'VeiligheidsTeam Hollands Midden | vertrouwelijk',
                                                       'Zorg- en Veiligheidshuis Hollands Midden - casusoverleg'])])
    sec('datum', [fmt_date(base, ds)])
    stext = soort
    if soort in ('Vervolgbespreking', 'Monitoring'): stext += ' (eerder besproken als VHT-2026-%04d)' % rng.randint(10, 190)
    if soort == 'Overdracht': stext += rng.choice([' van Veilig Thuis Hollands Midden naar %s' % team(g), ' van Jeugdbescherming west naar %s, via het VHT' % team(g)])
    sec('soort', [stext])
    sec('jeugdige', ylines if rng.random() < 0.5 else [', '.join(ylines)])
    func = {'Veilig Thuis Hollands Midden': 'medewerker Veilig Thuis', 'Jeugdbescherming west': 'jeugdbeschermer'}.get(org) or rng.choice(FUNC[:3] + FUNC[5:])
    sec('inbrenger', ['%s, %s, %s' % (p1, func, org)])
    sec('vaste', ['%s, %s' % (p2, team(g) if rng.random() < 0.7 else 'Veilig Thuis Hollands Midden')])
    sec('gemeente', [g])
    if rng.random() < 0.6: sec('gw', ['Ja, %s (%s), op %s' % (rng.choice(GW), rng.choice(['Cardea', 'Curium-LUMC', team(g)]), D['D3'])])
    if 'geinf' in scen: sec('geinf', [l.format(**D) for l in scen['geinf']])
    else: sec('geinf', ['Moeder: huisbezoek %s, uitgebreid gesproken.' % D['D3'],
                  '%s: %s apart gesproken op school (met de vertrouwenspersoon).' % (init0, D['D2']),
                  rng.choice(['Vader: telefonisch gesproken.', 'Vader: brief gestuurd, niet gereageerd.', 'Wijkagent en school zijn op de hoogte.'])])
    c = rng.random()
    if c < 0.7: inst = [rng.choice(['Ja. Ouders hebben op het huisbezoek mondeling ingestemd met bespreking (gepseudonimiseerd).', 'ja, akkoord ouders + jeugdige'])]
    elif c < 0.85: inst = ['Nee.', 'Reden: vader wil geen bemoeienis van "instanties".',
                            'Verantwoording inbrenger: de veiligheid van de kinderen weegt zwaarder; bespreking is gepseudonimiseerd.']
    else: inst = ['Gedeeltelijk: moeder ja, vader nee (wil eerst een advocaat spreken).',
                  'Verantwoording inbrenger: zonder advies van het VHT kan het plan niet verder.']
    if 'instemming' in scen: inst = scen['instemming']
    sec('instemming', inst)
    sec('vraag', [scen['vraag']])
    if rng.random() < 0.4: sec('experts', [rng.choice(['Wijkagent basisteam Leiden-Noord', 'Jeugdarts GGD Hollands Midden', 'Behandelaar Rivierduinen', 'Leerplichtambtenaar'])])
    if rng.random() < 0.35:
        blk('COMMENT author=' + rng.choice(['Voorzitter VHT', 'Vaste deelnemer %s' % team(g), 'Gedragswetenschapper Cardea']),
            [rng.choice(['Bron van de letselinformatie graag vermelden (SEH of huisarts?).', 'Is de Raad al geïnformeerd?', 'Score van de jeugdige ontbreekt nog.'])])
    if rng.random() < 0.5:
        sec('gezin', [scen['gezin']])
    else:
        sec('gezin', ['| Rol | Geboortejaar |'] + ['| jeugdige %s | %d |' % y for y in youths] + ['Toelichting: ' + scen['gezin']])
    z = [l.format(**D) for l in scen['zorgen']]
    if rng.random() < 0.5: z = ['- ' + l for l in z]
    sec('zorgen', z)
    if rng.random() < 0.4: blk('FOOTNOTE', ['Bron: samenvatting politiemutaties, opgevraagd via het Zorg- en Veiligheidshuis op %s.' % D['D3']])
    if rng.random() < 0.7: sec('patroon', [scen['patroon']])
    sec('krachten', [scen['krachten']])
    sec('risico', [scen['risico']])
    oldest = 2026 - min(y[1] for y in youths)
    if oldest >= 8 or rng.random() < 0.6:
        sec('stemj', ['%s: %s' % (i, scen['stemj'][i]) for i, _ in youths])
    if rng.random() < 0.3:
        blk('ALT', ['Foto van een tekening van %s (%d): een gezin onder een paraplu, een grote figuur staat buiten in de regen.' % (youths[-1][0], youths[-1][1])])
    sec('stemo', [scen['stemo']])
    sec('visie', [scen['visie']])
    si, so, sj = scen['score']
    if rng.random() < 0.5:
        s = 'Score inbrenger %s / ouders %s' % (si, so or 'niet gegeven')
        if sj: s += ' / %s %s' % (init0, sj)
        sec('score', [s])
    else:
        rows = ['| Wie | Score |', '| inbrenger | %s |' % si, '| ouders | %s |' % (so or '-')]
        if sj: rows.append('| %s | %s |' % (init0, sj))
        sec('score', rows)
    if rng.random() < 0.4: blk('TRACKED-DELETION', [rng.choice(['Score inbrenger eerder %d, bijgesteld na collegiaal overleg.' % (int(si) + 1), 'Vader is bekend bij de politie.', 'Oma kan niet worden ingezet.'])])
    sec('hulp', [scen['hulp']])
    if rng.random() < 0.5: sec('pg', [rng.choice(['n.v.t.', '-', 'niet invullen bij inbreng'])])
    if rng.random() < 0.5: blk('FOOTER', [rng.choice(['Bij acuut gevaar: 112. Politie geen spoed: 0900-8844.', 'Pagina 1 van 2 - versie %s' % D['D3'],
                                                       'Veilig Thuis: 0800-2000 (24/7, gratis)'])])
    if rng.random() < 0.3: blk('PROPERTY company', [rng.choice(['Gemeente ' + g, 'Veilig Thuis Hollands Midden', 'Jeugdbescherming west'])])
    if rng.random() < 0.5:
        blk('MAIL-SUBJECT', ['Inbreng VHK %s(%d) %s - %s' % (init0, youths[0][1], g, soort)])
        blk('MAIL-BODY', ['Beste voorzitter,', 'Hierbij de veiligheidskaart voor de bespreking van %s. Graag inplannen.' % rng.choice(['dinsdag', 'donderdag']),
                          'Met vriendelijke groet, vaste deelnemer %s' % team(g)])
    if rng.random() < 0.4: blk('FILENAME', ['VHK_%s_%s%d_%s.docx' % (g.replace(' ', ''), init0.rstrip('.'), youths[0][1], base.strftime('%Y%m%d'))])
    return parts

def style_label(lab, style, n):
    if style == 'caps': return lab.upper() + ':'
    if style == 'lower': return lab.lower()
    if style == 'num': return '%d. %s:' % (n, lab)
    return lab + ':'

def render(parts, style):
    out = []; n = 0
    for p in parts:
        if p[0] == 'sec':
            n += 1
            out.append(style_label(p[2], style, n)); out.extend(p[3]); out.append('')
        else:
            out.append('[%s]' % p[1]); out.extend(p[2]); out.append('')
    return '\n'.join(out).rstrip('\n') + '\n'

def find_sec(parts, key):
    for p in parts:
        if p[0] == 'sec' and p[1] == key: return p
    return None

def inject(parts, op):
    kind = op[0]
    if kind == 'sec':        # append a line to a section (create it if missing)
        _, key, text = op
        p = find_sec(parts, key)
        if p is None:
            p = ['sec', key, LABELS[key][0], []]; parts.append(p)
        p[3].append(text)
    elif kind == 'replace':  # replace text inside a section
        _, key, old, new = op
        p = find_sec(parts, key)
        p[3] = [l.replace(old, new) for l in p[3]]
        assert any(new in l for l in p[3]), op
    elif kind == 'blk':      # add or replace a special block
        _, tag, lines = op
        for p in parts:
            if p[0] == 'blk' and p[1] == tag:
                p[2] = lines; return
        pos = rng.randrange(len(parts) + 1)
        parts.insert(pos, ['blk', tag, lines])

def r_bsn(fmt): return bsn(rng, fmt)

def dirty_plan():
    b1, b2 = r_bsn('dots'), r_bsn('plain')
    ib = iban(rng, 'NL', 'RABO', 'grouped')
    return [
     [('NAME', 'Wendy Ravensteijn', 'body (Wat is er nu onveilig)', ('sec', 'zorgen', 'Melder is de zus van moeder, Wendy Ravensteijn, die de kinderen die nacht ophaalde.')),
      ('PHONE', '06-28371946', 'mail body', ('blk', 'MAIL-BODY', ['Beste voorzitter,', 'Moeder is bereikbaar op 06-28371946, liefst na 15.00 uur.', 'Groet, vaste deelnemer']))],
     [('BIRTHDATE', '12-02-2013', 'cover value (Jeugdige)', ('replace', 'jeugdige', '(2013)', '(12-02-2013)')),
      ('ADDRESS', 'Breestraat 112-A', 'footer', ('blk', 'FOOTER', ['Huisbezoek: Breestraat 112-A, bel twee keer aanbellen']))],
     [('NAME', 'Bouchra', 'comment author', ('blk', 'COMMENT author=Bouchra', ['Dit klopt niet, ik heb nooit geslagen.'])),
      ('BSN', b1, 'table row (Gezinssamenstelling)', ('sec', 'gezin', '| BSN jeugdige | %s |' % b1))],
     [('NAME', 'HAASNOOT', 'header', ('blk', 'HEADER', ['VHK FAM. HAASNOOT - VERTROUWELIJK'])),
      ('EMAIL', 'opa.zuiderwijk@ziggo.nl', 'mail body', ('blk', 'MAIL-BODY', ['Hoi,', 'Opa wil de kaart ook ontvangen: opa.zuiderwijk@ziggo.nl', 'Groet']))],
     [('ID_NUMBER', 'PL1600-2026304417', 'body (Wat is er nu onveilig)', ('sec', 'zorgen', 'Zie politiemutatie PL1600-2026304417 (vrijdagnacht).')),
      ('POSTCODE', '2223 GT', 'property (company)', ('blk', 'PROPERTY company', ['Gezin 2223 GT Katwijk']))],
     [('NAME', 'Tesfay', 'alt text', ('blk', 'ALT', ['Foto van de kamer van Tesfay, met matras op de grond.'])),
      ('URL', 'https://www.tiktok.com/@fili_oegstgeest', 'body (Stem van de jeugdige)', ('sec', 'stemj', 'Zij verwijst naar haar filmpjes op https://www.tiktok.com/@fili_oegstgeest.'))],
     [('NAME', 'Nowak', 'file name', ('blk', 'FILENAME', ['VHK_Nowak_Noordwijkerhout_def.docx'])),
      ('IBAN', ib, 'footnote', ('blk', 'FOOTNOTE', ['Loon wordt gestort op %s (rekening vader).' % ib]))],
     [('NAME', 'Grietje', 'tracked deletion', ('blk', 'TRACKED-DELETION', ['Oma Grietje kan niet worden ingezet.'])),
      ('PHONE', '071-5219934', 'body (Krachten en beschermende factoren)', ('sec', 'krachten', 'Vader is overdag bereikbaar op 071-5219934.'))],
     [('NAME', 'Sultani', 'mail subject', ('blk', 'MAIL-SUBJECT', ['Inbreng VHK fam. Sultani (Wassenaar)'])),
      ('BIRTHDATE', '3 maart 2013', 'body (Gezinssamenstelling)', ('sec', 'gezin', 'P. is geboren op 3 maart 2013 in Herat.'))],
     [('NAME', 'Kerem', 'body (Stem van ouders)', ('sec', 'stemo', 'Oom Kerem zegt dat de familie dit zelf oplost.')),
      ('ID_NUMBER', 'cliëntnummer Rivierduinen 55102983', 'comment text', ('blk', 'COMMENT author=Vaste deelnemer', ['Moeder staat bekend onder cliëntnummer Rivierduinen 55102983.']))],
     [('NAME', 'Schrama', 'body (Wat is er nu onveilig)', ('sec', 'zorgen', 'Mevrouw Schrama van het wijkteam heeft de kinderen die avond opgehaald.')),
      ('ADDRESS', 'Vijf Meiplein 18', 'property (title)', ('blk', 'PROPERTY title', ['VHK Vijf Meiplein 18 Leiden']))],
     [('NAME', 'Tavares', 'table row (Gezinssamenstelling)', ('sec', 'gezin', '| oom (netwerk) | Tavares |')),
      ('POSTCODE', '2314 BE', 'header', ('blk', 'HEADER', ['Gezin woonachtig 2314 BE - vertrouwelijk']))],
     [('NAME', 'Mahsa', 'footnote', ('blk', 'FOOTNOTE', ['Informatie van de buurvrouw, Mahsa, die vertaalde.'])),
      ('EMAIL', 'y.hanim2012@hotmail.com', 'comment text', ('blk', 'COMMENT author=Voorzitter VHT', ['Jeugdige mailt zelf vanaf y.hanim2012@hotmail.com, niet gebruiken.']))],
     [('NAME', 'Guus van Rijn', 'body (Risicofactoren)', ('sec', 'risico', 'Nieuwe partner Guus van Rijn heeft een verleden van huiselijk geweld.')),
      ('URL', 'https://www.facebook.com/jolien.vanrijn.9', 'tracked deletion', ('blk', 'TRACKED-DELETION', ['Moeder schreef op https://www.facebook.com/jolien.vanrijn.9 over de scheiding.']))],
     [('BSN', b2, 'body (Persoonsgegevens)', ('sec', 'pg', 'BSN: %s' % b2)),
      ('NAME', 'Ayaan', 'cover value (Jeugdige)', ('replace', 'jeugdige', 'X. (2016)', 'Ayaan (2016)'))],
    ]

# which scenario each DIRTY card uses (must fit the injections)
DIRTY_SCEN = ['hg-katwijk', 'verslaving-leiden', 'eer-alphen', 'baby-lisse', 'hg-katwijk', 'eritrea-oegstgeest',
              'seizoen-noordwijkerhout', 'schulden-hillegom', 'afghaans-wassenaar', 'turks-zoeterwoude', 'kaapverdisch-leiden',
              'kaapverdisch-leiden', 'turks-zoeterwoude', 'ots-teylingen', 'iran-noordwijk']
STYLES = ['plain', 'plain', 'caps', 'lower', 'num']

def main():
    os.makedirs(OUT, exist_ok=True)
    bykey = {s['key']: s for s in SCEN}
    tsv = ['file\texpect\tnotes']
    plan = dirty_plan()
    for i in range(1, 61):
        style = rng.choice(STYLES)
        if i <= 45:
            scen = SCEN[(i - 1) % len(SCEN)]
            parts = build(scen, i, style)
            notes = '-'
        else:
            scen = bykey[DIRTY_SCEN[i - 46]]
            if scen['key'] == 'verslaving-leiden':  # birth year 2013 is needed for the BIRTHDATE injection
                scen = dict(scen, youths=[('J.', 2013), ('T.', 2014), ('L.', 2020)])
            parts = build(scen, i, style)
            items = plan[i - 46]
            for it in items: inject(parts, it[3])
            notes = '; '.join('%s "%s" @ %s' % (c, v, pl) for c, v, pl, _ in items)
        with open(os.path.join(OUT, 'card-%02d.txt' % i), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write(render(parts, style))
        tsv.append('card-%02d.txt\t%s\t%s' % (i, 'CLEAN' if i <= 45 else 'DIRTY', notes))
    with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(tsv) + '\n')
    print('wrote 60 cards')

main()
