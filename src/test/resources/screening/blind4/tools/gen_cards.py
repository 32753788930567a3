#!/usr/bin/env python3
"""Build ../cards/card-01.txt … card-60.txt and cards.tsv (seed 44). 45 CLEAN, then 15 DIRTY (items in DIRTY below)."""
import datetime as dt, os, random
HERE = os.path.dirname(os.path.abspath(__file__))
exec(open(os.path.join(HERE, 'scenarios.py'), encoding='utf-8').read())
exec(open(os.path.join(HERE, 'regions.py'), encoding='utf-8').read())
rnd = random.Random(44)
OUT = os.path.join(HERE, '..', 'cards')

MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']
MON3 = ['jan.', 'feb.', 'mrt.', 'apr.', 'mei', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.']
DAYS = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo']
DAYL = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag']
def fmt(d, k):
    return [lambda: d.strftime('%d-%m-%Y'), lambda: d.strftime('%Y-%m-%d'), lambda: '%d %s %d' % (d.day, MONTHS[d.month - 1], d.year),
            lambda: '%s %d-%d-%d' % (DAYS[d.weekday()], d.day, d.month, d.year), lambda: '%d/%d/%d' % (d.day, d.month, d.year),
            lambda: '%s %d %s %d' % (DAYL[d.weekday()], d.day, MONTHS[d.month - 1], d.year), lambda: '%d %s %d' % (d.day, MON3[d.month - 1], d.year),
            lambda: d.strftime('%d.%m.%Y')][k % 8]()
def efmt(d, k):  # event dates in the running text, incl. short forms
    return [lambda: d.strftime('%d-%m-%Y'), lambda: '%d %s' % (d.day, MONTHS[d.month - 1]), lambda: d.strftime("%d-%m-'%y"),
            lambda: '%s %d/%d' % (DAYS[d.weekday()], d.day, d.month), lambda: d.strftime('%Y-%m-%d'), lambda: '%d %s %d' % (d.day, MON3[d.month - 1], d.year),
            lambda: '%s %d %s' % (DAYL[d.weekday()], d.day, MONTHS[d.month - 1]), lambda: '%d-%d-%d' % (d.day, d.month, d.year)][k % 8]()

LABELS = {  # key: variants per style 0..5
 'datum': ['Datum:', 'Datum inbreng:', '1. Datum inbreng:', 'DATUM INBRENG', 'datum', 'Datum inbreng :'],
 'soort': ['Soort inbreng:', 'Type inbreng:', '2. Soort inbreng:', 'SOORT INBRENG', 'type inbreng', 'Soort  inbreng:'],
 'jeugd': ['Jeugdige (voorletter en geboortejaar):', 'Jeugdige(n):', '3. Jeugdige(n):', 'JEUGDIGE', 'jeugdige', 'Jeugdige:'],
 'inbr': ['Inbrenger (naam, functie, organisatie):', 'Inbrenger:', '4. Inbrenger:', 'INBRENGER', 'inbrenger', 'Inbrenger (naam, functie, organisatie)'],
 'vd': ['Vaste deelnemer:', 'Vaste deelnemer:', '5. Vaste deelnemer:', 'VASTE DEELNEMER', 'vaste deelnemer', 'Vaste deelnemer'],
 'gem': ['Verantwoordelijke gemeente:', 'Gemeente:', '6. Verantwoordelijke gemeente:', 'GEMEENTE', 'gemeente', 'Verantwoordelijke gemeente'],
 'gd': ['Gedragsdeskundige geraadpleegd:', 'Gedragswetenschapper geraadpleegd:', '7. Gedragsdeskundige geraadpleegd:', 'GEDRAGSWETENSCHAPPER GERAADPLEEGD', 'gedragsdeskundige geraadpleegd', 'Gedragswetenschapper geraadpleegd'],
 'inf': ['Geïnformeerd en gesproken:', 'Wie is wanneer geïnformeerd:', '8. Wie is wanneer geïnformeerd:', 'GEÏNFORMEERD EN GESPROKEN', 'wie is wanneer geinformeerd', 'Geinformeerd en gesproken:'],
 'inst': ['Instemming betrokkenen:', 'Instemming:', '9. Instemming betrokkenen:', 'INSTEMMING', 'instemming betrokkenen', 'Instemming'],
 'vraag': ['Vraag aan het VeiligheidsTeam:', 'Hulpvraag aan het VHT:', '10. Vraag aan het VHT:', 'VRAAG AAN HET VHT', 'vraag aan het veiligheidsteam', 'Hulpvraag aan het VHT'],
 'exp': ['Uit te nodigen experts:', 'Experts:', '11. Uit te nodigen experts:', 'EXPERTS', 'uit te nodigen experts', 'Experts'],
 'gezin': ['Gezinssamenstelling:', 'Gezinssamenstelling:', '12. Gezinssamenstelling:', 'GEZINSSAMENSTELLING', 'gezinssamenstelling', 'Gezinssamenstelling'],
 'zorg': ['Wat is er nu onveilig:', 'Zorgen:', '13. Wat is er nu onveilig:', 'ONVEILIGHEID', 'zorgen', 'Wat is er nu onveilig'],
 'pat': ['Patroon:', 'Patroon uit het verleden:', '14. Patroon uit het verleden:', 'PATROON', 'patroon', 'Patroon uit het verleden'],
 'kr': ['Krachten en beschermende factoren:', 'Krachten:', '15. Krachten en beschermende factoren:', 'KRACHTEN', 'krachten en beschermende factoren', 'Krachten'],
 'ris': ['Risicofactoren:', 'Risicofactoren:', '16. Risicofactoren:', 'RISICOFACTOREN', 'risicofactoren', 'Risicofactoren'],
 'stemj': ['Stem van de jeugdige:', 'Wat zegt de jeugdige:', '17. Stem van de jeugdige:', 'STEM VAN DE JEUGDIGE', 'wat zegt de jeugdige', 'Stem van de jeugdige'],
 'stemo': ['Stem van ouders en verzorgers:', 'Stem van ouders:', '18. Stem van ouders en verzorgers:', 'STEM VAN OUDERS', 'stem van ouders', 'Stem van ouders en verzorgers'],
 'visie': ['Visie van de inbrenger:', 'Visie inbrenger:', '19. Visie van de inbrenger:', 'VISIE INBRENGER', 'visie van de inbrenger', 'Visie inbrenger'],
 'score': ['Veiligheidsscore:', 'Score:', '20. Veiligheidsscore:', 'VEILIGHEIDSSCORE', 'score', 'Veiligheidsscore'],
 'betr': ['Betrokken hulpverlening:', 'Betrokken hulpverlening:', '21. Betrokken hulpverlening:', 'BETROKKEN HULPVERLENING', 'betrokken hulpverlening', 'Betrokken hulpverlening'],
 'adv': ['Advies:', 'Afspraken en actiepunten:', '22. Uitkomst gesprek:', 'ADVIES', 'afspraken en actiepunten', 'Advies'],
 'borg': ['Borgingsafspraken:', 'Borgingsafspraken:', '23. Borgingsafspraken:', 'BORGINGSAFSPRAKEN', 'borgingsafspraken', 'Borgingsafspraken'],
 'terecht': ['Waar kunnen ouders en jeugdige terecht:', 'Waar kunnen ouders en jeugdige terecht:', '24. Waar kunnen ouders en jeugdige terecht:', 'WAAR KUNNEN OUDERS EN JEUGDIGE TERECHT', 'waar kunnen ouders en jeugdige terecht', 'Waar kunnen ouders en jeugdige terecht'],
 'pg': ['Persoonsgegevens:', 'Persoonsgegevens:', '25. Persoonsgegevens:', 'PERSOONSGEGEVENS', 'persoonsgegevens', 'Persoonsgegevens'],
}
INITIALS = ['K.', 'N.', 'E.', 'A.', 'J.', 'S.', 'R.', 'D.', 'M.', 'L.', 'T.', 'Y.', 'B.', 'F.', 'I.', 'Z.', 'G.', 'V.', 'O.', 'H.', 'Ij.', 'Th.', 'Sj.', 'Ch.']
KIN = ['broertje', 'zusje', 'broer', 'zus']

# DIRTY items (card number -> list of (category, value, place, injection)); injection kinds:
#  ('sec', key, line) append a line to a section; ('jeugd', line) replace the first youth line;
#  ('blk', tag, text) add a special block (top for title/company/header/file name/mail, else after the score).
DIRTY = {
 46: [('NAME', 'Kofi', 'body (Krachten)', ('sec', 'kr', 'Oom Kofi haalt de kinderen twee middagen per week op van school.')),
      ('PHONE', '06-29 41 77 05', 'footer', ('blk', 'FOOTER', 'Bij vragen moeder bellen: 06-29 41 77 05'))],
 47: [('NAME', 'LATUPERISA', 'header', ('blk', 'HEADER', 'VHK GEZIN LATUPERISA - VERTROUWELIJK')),
      ('BIRTHDATE', '12-03-2026', 'cover value (Jeugdige)', ('jeugd', '{A} (12-03-2026)'))],
 48: [('NAME', 'Nguyễn Thị Hoa', 'comment author', ('blk', 'COMMENT author=Nguyễn Thị Hoa', 'Wij zijn het niet eens met de score. Dit klopt niet.')),
      ('EMAIL', 'hoa.nguyen88@gmail.com', 'comment text', ('blk', 'COMMENT author=Toegang', 'Moeder wil de definitieve kaart ontvangen op hoa.nguyen88@gmail.com'))],
 49: [('NAME', 'Eszter Varga', 'mail body', ('blk', 'MAIL-BODY', 'Beste voorzitter,\nHierbij de kaart. Moeder (Eszter Varga) weet ervan en heeft ingestemd.\nGroet, vaste deelnemer')),
      ('ADDRESS', 'Nieuwe Burg 14b', 'body (Gezinssamenstelling)', ('sec', 'gezin', 'Het gezin woont sinds de zomer op Nieuwe Burg 14b.'))],
 50: [('NAME', 'Thiago Ribeiro', 'property (title)', ('blk', 'PROPERTY title', 'VHK Thiago Ribeiro en kinderen')),
      ('URL', 'instagram.com/thiago.ribeiro.nl', 'body (Zorgen)', ('sec', 'zorg', 'Vader zet foto\'s van de kinderen in ondergoed op instagram.com/thiago.ribeiro.nl.'))],
 51: [('NAME', 'Rosenberg', 'table row (Gezinssamenstelling)', ('sec', 'gezin', '| oom | Rosenberg | woont op hetzelfde terrein, steunfiguur |')),
      ('BSN', '354315614', 'tracked deletion', ('blk', 'TRACKED-DELETION', 'BSN jongste 354315614'))],
 52: [('NAME', 'Sjra Vossen', 'body (Stem van ouders)', ('sec', 'stemo', 'Opa Sjra Vossen: "Ik sta altijd klaar voor de kinderen."')),
      ('POSTCODE', '6372 BH', 'footer', ('blk', 'FOOTER', 'Retour: 6372 BH Landgraaf'))],
 53: [('NAME', 'Asantewaa', 'file name', ('blk', 'FILENAME', 'VHK_Asantewaa_concept3.docx')),
      ('IBAN', 'NL10BUNQ0210277940', 'body (Risicofactoren)', ('sec', 'ris', 'Beslag gelegd op de rekening van moeder (NL10BUNQ0210277940).'))],
 54: [('NAME', 'Chukwuemeka', 'alt text', ('blk', 'ALT', 'Foto van de tekening die Chukwuemeka maakte van zijn familie')),
      ('ID_NUMBER', 'VTGM-2026-08813', 'footnote', ('blk', 'FOOTNOTE', 'Zie dossiernr. VTGM-2026-08813 bij Veilig Thuis.'))],
 55: [('NAME', 'Nasrin Karimi', 'mail subject', ('blk', 'MAIL-SUBJECT', 'Inbreng VHT - gezin Nasrin Karimi - spoed')),
      ('BIRTHDATE', '3 mei 2014', 'mail body', ('blk', 'MAIL-BODY', 'Beste voorzitter,\nBijgaand de kaart van {A} (geb. 3 mei 2014). Graag spoedig inplannen.\nMet vriendelijke groet, vaste deelnemer'))],
 56: [('NAME', 'Joosse', 'tracked deletion', ('blk', 'TRACKED-DELETION', 'Stiefvader Joosse heeft een contactverbod.')),
      ('PHONE', '0118-634792', 'comment text', ('blk', 'COMMENT author=Wijkteam', 'oma is overdag bereikbaar op 0118-634792'))],
 57: [('EMAIL', 'lekatompessy.fam@ziggo.nl', 'footer', ('blk', 'FOOTER', 'Kopie naar ouders: lekatompessy.fam@ziggo.nl')),
      ('ID_NUMBER', 'cliëntnr. 7734 0192', 'body (Betrokken hulpverlening)', ('sec', 'betr', 'Verslavingszorg (cliëntnr. 7734 0192 van moeder).'))],
 58: [('NAME', 'hêvîn', 'body (Stem van de jeugdige)', ('sec', 'stemj', "Haar vriendin hêvîn zegt dat {A} 's nachts niet thuis slaapt.")),
      ('URL', 'tiktok.com/@hevin.dilan.08', 'comment text', ('blk', 'COMMENT author=Gedragswetenschapper', 'Filmpjes van de meisjes staan op tiktok.com/@hevin.dilan.08'))],
 59: [('BSN', '478 070 184', 'body (Persoonsgegevens)', ('pg', 'BSN jeugdige: 478 070 184')),
      ('POSTCODE', '4331 WK', 'property (company)', ('blk', 'PROPERTY company', 'Gezin woonachtig 4331 WK'))],
 60: [('ADDRESS', 'Haagweg 17-A', 'header', ('blk', 'HEADER', 'VHK - huisbezoek Haagweg 17-A - vertrouwelijk')),
      ('BIRTHDATE', '2015-09-30', 'table row (Gezinssamenstelling)', ('sec', 'gezin', '| geboortedatum oudste | 2015-09-30 |'))],
}
AREA = {'Goes': '0113', 'Heerlen': '045', 'Arnhem': '026', 'Woensdrecht': '0164', 'Terneuzen': '0115', 'Venlo': '077', 'Nijmegen': '024',
        'Enschede': '053', 'Hulst': '0114', 'Horst aan de Maas': '077', 'Apeldoorn': '055', 'Steenbergen': '0167', 'Schouwen-Duiveland': '0111',
        'Echt-Susteren': '0475', 'Winterswijk': '0543', 'Deventer': '0570', 'Reimerswaal': '0113', 'Sittard-Geleen': '046', 'Tiel': '0344',
        'Moerdijk': '0168', 'Vlissingen': '0118', 'Roermond': '0475', 'Ede': '0318', 'Almelo': '0546', 'Berkelland': '0545'}
TOPTAGS = ('PROPERTY', 'HEADER', 'FILENAME', 'MAIL-SUBJECT', 'MAIL-BODY')

def meeting(d):  # VHT meets on Tuesday and Thursday; first one at least a week later
    d = d + dt.timedelta(days=8)
    while d.weekday() not in (1, 3): d += dt.timedelta(days=1)
    return d

def vhtnr(n):
    k = 20 + n
    while True:  # avoid numbers whose 8 digits pass the 11-check
        d = '0' + '2026%04d' % k
        if (sum(w * int(x) for w, x in zip(range(9, 1, -1), d[:8])) - int(d[8])) % 11: break
        k += 1
    return k

def build(n):
    sc = SCEN[(n - 1) % 15]
    reg = REG[(n * 7) % len(REG)]
    mun, town, village, vt, hosp, ggz, jgz, gi, jh, vo, po = reg
    style = (n * 5) % 6
    L = {k: v[style] for k, v in LABELS.items()}
    date = dt.date(2026, 9, 15) + dt.timedelta(days=(n * 37) % 92)
    year = date.year
    inits = rnd.sample(INITIALS, 3)
    kids = []
    for i, off in enumerate(sc['ages']):
        kids.append((inits[i], year - off))
    A, B, C = (kids + [('', 0)] * 3)[0][0], (kids + [('', 0)] * 3)[1][0] if len(kids) > 1 else '', kids[2][0] if len(kids) > 2 else ''
    d1 = date - dt.timedelta(days=rnd.randint(20, 40)); d2 = date - dt.timedelta(days=rnd.randint(6, 18))
    d3 = date + dt.timedelta(days=rnd.randint(60, 90))
    m = year - rnd.randint(30, 41); v = m - rnd.randint(-2, 6); sv = m - rnd.randint(-4, 3)
    if sc['key'] == 'tienermoeder': m = year - rnd.randint(40, 46)
    fill = dict(A=A, B=B, C=C, town=town, village=village, vt=vt, hosp=hosp, ggz=ggz, jgz=jgz, gi=gi, jh=jh, vo=vo, po=po,
                d1=efmt(d1, n), d2=efmt(d2, n + 3), d3=efmt(d3, n + 5), m=m, v=v, sv=sv,
                yA=kids[0][1], yB=kids[1][1] if len(kids) > 1 else '', yC=kids[2][1] if len(kids) > 2 else '', mun=mun)
    F = lambda s: s.format(**fill)
    soort = sc.get('soort') or ['Eerste inbreng', 'Eerste inbreng', 'Vervolgbespreking', 'Eerste inbreng', 'Monitoring'][n % 5]
    if sc.get('soort') == 'Overdracht' and n % 2 == 0: soort = 'Overdracht'
    inbr_name, inbr_role = INBR[(n * 3) % len(INBR)]
    if sc['key'] == 'einde_ots':
        inbr_role = 'jeugdbeschermer, {gi}'
    elif sc['key'] == 'overdracht_vt':
        inbr_role = 'casusregisseur, {vt}'
    parts = []  # (kind, label-or-tag, [lines])
    sec = lambda key, lines: parts.append(('sec', key, list(lines)))
    sec('datum', [fmt(date, n)])
    sec('soort', [soort + ({'Vervolgbespreking': ' (eerdere inbreng VHT-%d-%04d)' % (year, vhtnr(n)), 'Monitoring': ', 3 maanden na advies'}.get(soort, '')
                            if n % 3 else soort[len(soort):])])
    jl = []
    for i, (ini, by) in enumerate(kids):
        jl.append(('%s (%d)' % (ini, by)) if i == 0 else ('%s %s (%d)' % (KIN[(n + i) % 4], ini, by)))
    if n % 4 == 0 and len(jl) > 1: jl = [', '.join(jl)]
    sec('jeugd', jl)
    sec('inbr', ['%s, %s' % (inbr_name, inbr_role.format(mun=mun, vt=vt, jgz=jgz, gi=gi))])
    sec('vd', ['%s, %s' % (VD[n % len(VD)], ['Toegang ' + mun, 'wijkteam ' + mun, vt, 'gemeente ' + mun][n % 4])])
    sec('gem', [mun if n % 5 else 'Gemeente ' + mun])
    if n % 3 != 1:
        sec('gd', ['Ja, %s, op %s' % (GD[n % len(GD)], efmt(d2 + dt.timedelta(days=2), n)) if n % 3 else 'Nee'])
    inf = ['Moeder: gesproken op %s (huisbezoek in %s).' % (efmt(d2, n + 1), town),
           '%s: gesproken op %s op school.' % (A, efmt(d2 + dt.timedelta(days=1), n + 2)) if sc['ages'][0] >= 6 else '%s: geobserveerd tijdens het huisbezoek.' % A,
           'Vader: telefonisch geïnformeerd op %s.' % efmt(d1 + dt.timedelta(days=5), n + 4)]
    if n % 5 == 2: inf.append('%s is op de hoogte gebracht op %s.' % (vt, efmt(d1, n)))
    sec('inf', inf)
    k = n % 7
    if k == 3:
        inst = ['Nee. Vader stemt niet in met bespreking ("ik wil geen bemoeienis"). Verantwoording inbrenger: de zorgen zijn ernstig en langdurig; '
                'vrijwillige hulp komt niet van de grond. Vader is op %s geïnformeerd dat de casus toch wordt ingebracht.' % efmt(d2, n)]
    elif k == 5:
        inst = ['Gedeeltelijk: moeder ja, vader nee (hij vindt dat de hulpverlening overdrijft).',
                'Verantwoording: de veiligheid van de kinderen weegt zwaarder; beide ouders zijn hierover geïnformeerd.']
    else:
        inst = ['Ja, ' + ['ouders stemmen in met bespreking in het VHT.', 'ouders en %s hebben ingestemd.' % A, 'mondeling akkoord van beide ouders.',
                          'betrokkenen zijn akkoord en weten dat alleen voorletter en geboortejaar worden gebruikt.'][n % 4]]
    sec('inst', inst)
    sec('vraag', [F(sc['vraag'])])
    if n % 4 == 1: sec('exp', ['Raad voor de Kinderbescherming', 'Jeugdarts ' + jgz] if n % 8 == 1 else ['Geen'])
    sec('gezin', F(sc['gezin']).split('\n'))
    zl = [F(z) for z in sc['zorgen']]
    sec('zorg', ['- ' + z for z in zl] if n % 2 else zl)
    if n % 5 != 4: sec('pat', [F(sc['patroon'])])
    sec('kr', [F(sc['krachten'])])
    sec('ris', [F(sc['risico'])])
    sj = []
    for i, (ini, by) in enumerate(kids[:len(sc['stemj'])]):
        t = F(sc['stemj'][i])
        sj.append('%s (%d jaar): %s' % (ini, year - by, t) if n % 2 and not t.startswith(ini) else t)
    sec('stemj', sj)
    sec('stemo', [F(sc['stemo'])])
    sec('visie', [F(sc['visie'])])
    scr = [(F(w), s) for w, s in sc['score']]
    if n % 3 == 0:
        sec('score', ['| Wie | Score |'] + ['| %s | %d |' % (w, s) for w, s in scr])
    elif n % 3 == 1:
        sec('score', ['. '.join('%s: %d' % (w, s) for w, s in scr) + '.'])
    else:
        sec('score', ['%s %d/10' % (w, s) for w, s in scr])
    sec('betr', [F(sc['betrokken'])])
    if soort in ('Vervolgbespreking', 'Monitoring'):
        sec('adv', ['Advies VHT %s: netwerkberaad binnen 2 weken; evaluatie over 6 weken.' % efmt(d1, n + 6),
                    'Actie inbrenger: veiligheidsplan bijstellen met ouders.'])
    if sc.get('borging') or soort == 'Overdracht':
        sec('borg', ['Wekelijks contact met het wijkteam de eerste 3 maanden; daarna maandelijks.', 'Bij terugval: direct melden bij ' + vt + ' (0800-2000).'])
        sec('terecht', ['Wijkteam %s (14 %s), huisarts, %s.' % (mun, AREA[mun], jgz)])
    if n % 4 != 3:
        sec('pg', [['-', 'n.v.t.', 'niet invullen bij inbreng', 'N.v.t. (intake)'][n % 4]])
    # harmless special blocks in every card
    blocks = []
    if n % 3 == 0: blocks.append(('PROPERTY title', 'Veiligheidskaart %s (%d) - %s' % (A, kids[0][1], soort)))
    if n % 5 == 1: blocks.append(('PROPERTY company', 'Gemeente ' + mun if n % 2 else vt))
    if n % 2 == 0: blocks.append(('HEADER', ['VERTROUWELIJK - VHK %s' % mun, 'VHK - niet doorsturen zonder toestemming', 'Veiligheidskaart versie %d' % (n % 4 + 1)][n % 3]))
    if n % 4 == 1: blocks.append(('FILENAME', 'VHK_%s_%s%d_%s.docx' % (mun.replace(' ', '-'), A.rstrip('.'), kids[0][1], date.strftime('%Y%m%d'))))
    if n % 6 == 2:
        blocks.append(('MAIL-SUBJECT', 'Inbreng VHT %s%d %s - %s' % (A.rstrip('.'), kids[0][1], soort.lower(), mun)))
        blocks.append(('MAIL-BODY', 'Beste voorzitter,\nBijgevoegd de veiligheidskaart voor de bespreking van %s. De kaart is gescreend met de inbrenger.\n'
                                    'Met vriendelijke groet,\nvaste deelnemer %s' % (efmt(meeting(date), n), 'Toegang ' + mun)))
    low = []
    if n % 3 == 2: low.append(('COMMENT author=Gedragswetenschapper ' + ['Toegang ' + mun, vt, jgz][n % 3], ['Score van %s nog navragen?' % A, 'Kun je concreter maken wat school zag?', 'Klopt de datum van het incident?'][n % 3]))
    if n % 4 == 2: low.append(('ALT', 'Tekening van %s: drie huizen (zorgen, goede dingen, dromen).' % A))
    if n % 5 == 3: low.append(('TRACKED-DELETION', 'Inbrenger: %d.' % (scr[0][1] + 1)))
    if n % 7 == 6: low.append(('FOOTNOTE', 'Score op een schaal van 0 (onveilig) tot 10 (voldoende veilig), Signs of Safety.'))
    if n % 3 == 1: low.append(('FOOTER', ['Pagina 1 van 3', 'VHT - Consultatie en Advies - %s' % date.strftime('%d-%m-%Y'), 'Sjabloon VHK 2026'][n % 3]))
    items = DIRTY.get(n, [])
    for cat, val, place, inj in items:
        if inj[0] == 'sec':
            for p in parts:
                if p[1] == inj[1]: p[2].append(F(inj[2]))
        elif inj[0] == 'jeugd':
            for p in parts:
                if p[1] == 'jeugd': p[2][0] = F(inj[1]) + (p[2][0][p[2][0].index(','):] if ',' in p[2][0] else '')
        elif inj[0] == 'pg':
            if not any(p[1] == 'pg' for p in parts): parts.append(('sec', 'pg', []))
            for p in parts:
                if p[1] == 'pg': p[2][:] = [inj[1]]
        else:
            tag, text = inj[1], F(inj[2])
            tgt = blocks if tag.startswith(TOPTAGS) else low
            base = tag.split(' ')[0]
            if base in ('HEADER', 'FOOTER', 'FILENAME', 'MAIL-SUBJECT', 'MAIL-BODY') or tag.startswith('PROPERTY'):
                for lst in (blocks, low): lst[:] = [b for b in lst if b[0] != tag]
            tgt.append((tag, text))
    out = []
    for tag, text in blocks: out += ['[%s]' % tag, text, '']
    for kind, key, lines in parts:
        out.append(L[key]); out += lines; out.append('')
        if key == 'score':
            for tag, text in low:
                if not tag.startswith('FOOTER') and not tag.startswith('FOOTNOTE'): out += ['[%s]' % tag, text, '']
    for tag, text in low:
        if tag.startswith('FOOTER') or tag.startswith('FOOTNOTE'): out += ['[%s]' % tag, text, '']
    return '\n'.join(out).rstrip('\n') + '\n', items

os.makedirs(OUT, exist_ok=True)
rows = ['file\texpect\tnotes']
for n in range(1, 61):
    text, items = build(n)
    with open(os.path.join(OUT, 'card-%02d.txt' % n), 'w', encoding='utf-8', newline='\n') as fh: fh.write(text)
    notes = '; '.join('%s "%s" @ %s' % (c, v, p) for c, v, p, _ in items) if items else '-'
    rows.append('card-%02d.txt\t%s\t%s' % (n, 'DIRTY' if items else 'CLEAN', notes))
with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh: fh.write('\n'.join(rows) + '\n')
print('60 cards written')
