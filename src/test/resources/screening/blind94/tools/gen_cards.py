#!/usr/bin/env python3
"""Generate ../cards/card-01.txt … card-60.txt and cards.tsv for blind set 94 (fixed seed 9460)."""
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scenarios import S

def elf(d):
    if len(d) == 8: d = '0' + d
    return len(d) == 9 and (sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])) % 11 == 0

rng = random.Random(9460)
CDIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'cards')

PROS = {
 'Breda': (['Noortje van Ham, casemanager jeugd, Toegang Breda', 'Lars Verdaasdonk, gezinscoach, wijkteam Breda Noord-Oost',
            'Soufiane Bakkali, jeugdconsulent, wijkteam Haagse Beemden'],
           'Youssef Ait Bouhou, Toegang Breda', 'Mariska Dolmans, orthopedagoog-generalist, Toegang Breda'),
 'Roosendaal': (['Hatice Güler, casemanager, Toegang Roosendaal', 'Bram Jochems, gezinsspecialist, Toegang Roosendaal'],
                'Ellen Hopmans, Toegang Roosendaal', 'Ruben Frijters, GZ-psycholoog, Toegang Roosendaal'),
 'Moerdijk': (['Kasia Lewandowska-de Rooij, jeugdprofessional, Toegang Moerdijk', 'Femke Raaijmakers, casemanager, Toegang Moerdijk'],
              'Wouter Kools, Toegang Moerdijk', 'Ingrid Suijkerbuijk, gedragswetenschapper, Toegang Moerdijk'),
 'Etten-Leur': (['Marloes Havermans, gezinscoach, Toegang Etten-Leur', 'Ayoub Chaara, jeugdconsulent, Toegang Etten-Leur'],
                'Nathalie Leijten, Toegang Etten-Leur', 'Jeroen Broekmans, orthopedagoog, Toegang Etten-Leur'),
 'Zundert': (['Gijs Vermunt, jeugdconsulent, Toegang Zundert', 'Lieke Aerts-Jansen, casemanager, Toegang Zundert'],
             'Toon Segeren, Toegang Zundert', 'Margot Wijnen, gedragswetenschapper, Toegang Zundert'),
 'Bergen op Zoom': (['Nadia Haddouchi, casemanager, Toegang Bergen op Zoom', 'Stijn Hoebeek, jeugdprofessional, Toegang Bergen op Zoom'],
                    'Corine Dingemanse, Toegang Bergen op Zoom', 'Yvonne Riemens, GZ-psycholoog, Toegang Bergen op Zoom'),
 'Oosterhout': (['Joyce Smolders, gezinscoach, Toegang Oosterhout', 'Mehmet Toprak, casemanager jeugd, Toegang Oosterhout'],
                'Hanneke Timmers, Toegang Oosterhout', 'Pieter Oomen-Kox, orthopedagoog, Toegang Oosterhout'),
 'Steenbergen': (['Eline Vogels, jeugdprofessional, Toegang Steenbergen', 'Rik van Loenhout, casemanager, Toegang Steenbergen'],
                 'Sabine Matthijssen, Toegang Steenbergen', 'Dennis Luijk, gedragswetenschapper, Toegang Steenbergen'),
 'Rucphen': (['Anouk Huijgens, casemanager, Toegang Rucphen', 'Ferry Nuijens, gezinscoach, Toegang Rucphen'],
             'Marjolein Koevoets, Toegang Rucphen', 'Sevda Aslan, orthopedagoog, Toegang Rucphen'),
 'Drimmelen': (['Niels Verschueren, jeugdconsulent, Toegang Drimmelen', 'Kirsten de Kort, casemanager, Toegang Drimmelen'],
               'Hans Vermeulen-Tak, Toegang Drimmelen', 'Lotte Smeekens, gedragswetenschapper, Toegang Drimmelen'),
}
VT = ('Esra Yavuz, medewerker onderzoek, Veilig Thuis West-Brabant', 'Marco Goossens, Veilig Thuis West-Brabant')
JBB = ('Thijs Rombouts, jeugdbeschermer, Jeugdbescherming Brabant', 'Saskia Willems-Paantjens, Jeugdbescherming Brabant')

LAB = {  # key: (canonical, synonym)
 'datum': ('Datum', 'Datum inbreng'), 'soort': ('Soort inbreng', 'Type inbreng'),
 'jeugdige': ('Jeugdige (voorletter en geboortejaar)', 'Jeugdige(n)'), 'inbrenger': ('Inbrenger', 'Inbrenger (naam, functie, organisatie)'),
 'vaste': ('Vaste deelnemer', 'Vaste deelnemer'), 'gemeente': ('Verantwoordelijke gemeente', 'Gemeente'),
 'gedrag': ('Gedragsdeskundige geraadpleegd', 'Gedragswetenschapper geraadpleegd'),
 'geinf': ('Geïnformeerd en gesproken', 'Wie is wanneer geïnformeerd'), 'instemming': ('Instemming betrokkenen', 'Instemming'),
 'vraag': ('Vraag aan het VeiligheidsTeam', 'Hulpvraag aan het VHT'), 'experts': ('Uit te nodigen experts', 'Experts'),
 'gezin': ('Gezinssamenstelling', 'Gezinssamenstelling'), 'zorgen': ('Wat is er nu onveilig', 'Zorgen'),
 'patroon': ('Patroon', 'Patroon uit het verleden'), 'krachten': ('Krachten en beschermende factoren', 'Krachten'),
 'risico': ('Risicofactoren', 'Risicofactoren'), 'stemj': ('Stem van de jeugdige', 'Wat zegt de jeugdige'),
 'stemo': ('Stem van ouders en verzorgers', 'Stem van ouders'), 'visie': ('Visie van de inbrenger', 'Visie inbrenger'),
 'score': ('Veiligheidsscore', 'Score'), 'hulp': ('Betrokken hulpverlening', 'Betrokken hulpverlening'),
 'advies': ('Advies', 'Advies'), 'borging': ('Borgingsafspraken', 'Borgingsafspraken'), 'pg': ('Persoonsgegevens', 'Persoonsgegevens'),
}
NAMES = {'zorgen': 'Wat is er nu onveilig', 'gezin': 'Gezinssamenstelling', 'stemo': 'Stem van ouders en verzorgers',
         'stemj': 'Stem van de jeugdige', 'risico': 'Risicofactoren', 'krachten': 'Krachten en beschermende factoren',
         'visie': 'Visie van de inbrenger', 'score': 'Veiligheidsscore', 'jeugdige': 'Jeugdige'}
MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']
DAYS = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo']
INITS = ['M.', 'S.', 'D.', 'J.', 'N.', 'A.', 'Y.', 'R.', 'L.', 'K.', 'E.', 'T.', 'F.', 'I.', 'Z.', 'B.', 'H.', 'O.', 'G.', 'Th.', 'Ch.', 'IJ.']

def label(key, style, n):
    c, s = LAB[key]
    t = c if style in ('canon', 'caps', 'lower') else s
    if key == 'vraag' and style == 'num': t = 'Vraag aan het VHT'
    if style == 'caps': t = t.upper()
    if style == 'lower': return t.lower()
    if style == 'num': return '%d. %s:' % (n, t)
    return t + ':'

def fmt_date(day, month, style):
    import datetime
    d = datetime.date(2026, month, day)
    if style == 0: return '%02d-%02d-2026' % (day, month)
    if style == 1: return '2026-%02d-%02d' % (month, day)
    if style == 2: return '%d %s 2026' % (day, MONTHS[month - 1])
    return '%s %d-%d-2026' % (DAYS[d.weekday()], day, month)

def mail_thread(gem, soort, who, subj, dates):
    d1, d2, d3 = dates
    return [
     'Goedemiddag,',
     'Hierbij de aangepaste kaart. Opmerkingen van de vaste deelnemer zijn verwerkt; mijn antwoorden staan hieronder in HOOFDLETTERS.',
     'Met vriendelijke groet,', 'casemanager jeugd | Toegang %s' % gem, 'bereikbaar ma-di-do',
     '-----Oorspronkelijk bericht-----',
     'Van: Vaste deelnemer Toegang %s' % gem, 'Verzonden: %s 14:02' % d1, 'Aan: casemanager jeugd Toegang %s' % gem,
     'Onderwerp: FW: FW: %s' % subj,
     '> Is de stem van %s al opgehaald?' % who, 'JA, ZIE KAART. GESPROKEN OP SCHOOL.',
     '> Instemming van ouders expliciet vermelden.', 'STAAT ER NU IN, ZIE INSTEMMING.',
     '> Graag geen namen in de bijlage, alleen voorletter en geboortejaar.', 'AANGEPAST.',
     'Van: Functionele postbus VHT (Zi2T)', 'Verzonden: %s 09:41' % d2, 'Aan: Vaste deelnemer Toegang %s' % gem,
     'Onderwerp: FW: %s' % subj, 'Kaart retour ter aanvulling, zie opmerkingen.',
     'Van: casemanager jeugd Toegang %s' % gem, 'Verzonden: %s 16:55' % d3, 'Onderwerp: %s' % subj,
     'Graag bespreken in het VHT.',
     'Dit bericht kan vertrouwelijke informatie bevatten en is uitsluitend bestemd voor de geadresseerde. '
     'Bent u niet de geadresseerde, verwijder het bericht dan en informeer de afzender. Aan dit bericht kunnen geen rechten worden ontleend.']

def build(i, sc, dirty):
    gem = sc['gem']
    n_y = len(sc['years'])
    ini = rng.sample(INITS, 4)
    sub = dict(A=ini[0], B=ini[1], C=ini[2], D=ini[3])
    f = lambda t: t.format(**sub)
    style = ['canon', 'syn', 'num', 'caps', 'lower', 'canon', 'syn'][i % 7]
    month = 12 if i % 4 == 3 else 11
    day = rng.randint(1, 4) if month == 12 else rng.randint(12, 27)
    dstyle = i % 4
    datum = fmt_date(day, month, dstyle)
    if sc.get('overdracht'):
        soort = 'Overdracht'
    else:
        soort = ['Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Eerste inbreng'][i % 4]
    soort_lines = [soort]
    if soort in ('Vervolgbespreking', 'Monitoring'):
        while True:
            vnr = rng.randint(40, 260)
            if not elf('2026%04d' % vnr): break  # keep the VHT number from looking like an 8-digit BSN
        soort_lines.append('Vervolg op VHT-2026-%04d (besproken op %d-%d-2026).' % (vnr, rng.randint(1, 28), rng.randint(8, 10)))
    if soort == 'Overdracht':
        soort_lines.append('GI -> Toegang (einde OTS), via het VHT.')
    yl = ['%s (%d)' % (ini[k], y) for k, y in enumerate(sc['years'])]
    jeug = [', '.join(yl)] if i % 2 else yl
    if sc.get('overdracht'): inb, vaste = JBB
    elif soort == 'Monitoring' and i % 8 == 2: inb, vaste = VT
    else:
        p = PROS[gem]; inb = p[0][i % len(p[0])]; vaste = p[1]
    gedrag = PROS[gem][2]
    oldest = ini[0]
    dd = lambda k: '%d-%d-2026' % (max(1, day - k), month) if day - k >= 1 else '%d-%d-2026' % (28, month - 1)
    geinf = ['Moeder: gesproken op %s (huisbezoek).' % dd(3)]
    if sc['years'][0] <= 2014: geinf.append('%s: gesproken op %s op school.' % (oldest, dd(2)))
    if not sc.get('novader'): geinf.append(['Vader: telefonisch geïnformeerd op %s.' % dd(4), 'Vader: niet bereikt, brief gestuurd op %s.' % dd(4)][i % 2])
    if sc.get('consent_no'):
        inst = ['Nee.', 'Reden: moeder is bang dat vader erachter komt en dat de situatie escaleert; vader is bewust niet gevraagd.',
                'Verantwoording inbrenger: de veiligheid van de kinderen weegt zwaarder; het VHT werkt gepseudonimiseerd en moeder weet van de bespreking.']
        geinf.append('Vader: bewust niet geïnformeerd (zie instemming).')
    elif i % 5 == 0:
        inst = ['Ja, mondeling gegeven door beide ouders op %s.' % dd(3)]
    else:
        inst = ['Ja, ouders en %s weten van de bespreking in het VHT.' % oldest]
    C = {}
    C['datum'] = [datum]; C['soort'] = soort_lines; C['jeugdige'] = jeug; C['inbrenger'] = [inb]; C['vaste'] = [vaste]
    C['gemeente'] = [gem]
    if i % 3 != 1: C['gedrag'] = ['Ja, %s, op %s' % (gedrag, dd(5)) if i % 2 else gedrag]
    C['geinf'] = geinf; C['instemming'] = inst; C['vraag'] = [f(sc['vraag'])]
    if i % 4 == 3: C['experts'] = ['Jeugdarts GGD West-Brabant; gedragswetenschapper van Juvent.']
    C['gezin'] = [f(x) for x in sc['gezin']]; C['zorgen'] = [f(x) for x in sc['zorgen']]
    if i % 3: C['patroon'] = [f(sc['patroon'])]
    C['krachten'] = [f(sc['krachten'])]; C['risico'] = [f(sc['risico'])]; C['stemj'] = [f(x) for x in sc['stemj']]
    C['stemo'] = [f(sc['stemo'])]; C['visie'] = [f(sc['visie'])]; C['score'] = [f(x) for x in sc['score']]
    C['hulp'] = [f(sc['hulp'])]
    if soort in ('Vervolgbespreking', 'Monitoring'):
        C['advies'] = ['Vorig advies: veiligheidsplan aanscherpen, netwerk uitbreiden, evaluatie na 6 weken.']
        C['borging'] = ['Ouders en %s kunnen terecht bij de Toegang en bij Veilig Thuis (0800-2000); bij acuut gevaar 112.' % oldest]
    if i % 3 != 2: C['pg'] = [['-', 'n.v.t.', 'niet invullen bij inbreng'][i % 3]]
    subj = 'VHK %s %s (%d) - Toegang %s' % (soort.lower(), oldest, sc['years'][0], gem)
    B = {}
    if i % 2 == 0: B['FILENAME'] = ['VHK %s %s%d wk%d.docx' % (gem, oldest.rstrip('.'), sc['years'][0], 41 + i % 9)]
    if i % 3 == 0: B['PROPERTY title'] = ['Veiligheidskaart %s (%d) - %s' % (oldest, sc['years'][0], soort)]
    if i % 5 == 1: B['PROPERTY company'] = [inb.split(', ')[-1]]
    if i % 2 == 1: B['HEADER'] = ['VHK - VERTROUWELIJK - %s' % gem.upper()]
    if i % 2 == 1 or i % 5 == 0:
        B['MAIL-SUBJECT'] = ['RE: FW: FW: ' + subj]
        B['MAIL-BODY'] = mail_thread(gem, soort, oldest, subj, [fmt_date(max(1, day - 1), month, 3), fmt_date(max(1, day - 3), month, 2),
                                                                 fmt_date(max(1, day - 4), month, 0)])
    if i % 3 == 0: B['COMMENT'] = ('Vaste deelnemer Toegang %s' % gem if i % 2 else 'Voorzitter VHT (Zi2T)',
                                   ['Graag concreter: wat zag school precies en wanneer?'])
    if i % 4 == 1: B['ALT'] = ['Drie Huizen-tekening van %s: het huis van de zorgen is zwart gekleurd.' % oldest]
    if i % 3 == 2: B['TRACKED-DELETION'] = ['Inbrenger: %d.' % rng.randint(3, 6)]
    if i % 4 == 2: B['FOOTNOTE'] = ['Bron: verslag school en zorgmelding politie, zie Betrokken hulpverlening.']
    if i % 2 == 0: B['FOOTER'] = ['Pagina 1 van 3 - versie %s - niet doorsturen zonder instemming' % datum]
    notes = []
    for cat, val, place, act in dirty:
        kind = act[0]
        if kind == 'sec': C.setdefault(act[1], []).append(f(act[2]))
        elif kind == 'jeugdige': C['jeugdige'] = [f(act[1])]
        elif kind == 'comment_author': B['COMMENT'] = (act[1], [act[2]])
        elif kind == 'comment_text': B['COMMENT'] = ('Gedragswetenschapper Toegang %s' % gem, [f(act[1])])
        elif kind == 'mailbody':
            B['MAIL-SUBJECT'] = B.get('MAIL-SUBJECT', ['RE: FW: FW: ' + subj])
            mb = B.get('MAIL-BODY') or mail_thread(gem, soort, oldest, subj, ['9 november 2026', '6 november 2026', '5 november 2026'])
            B['MAIL-BODY'] = mb[:13] + [f(act[1])] + mb[13:]
        elif kind == 'subject':
            B['MAIL-SUBJECT'] = [act[1]]
            B.setdefault('MAIL-BODY', ['Goedemorgen,', 'In de bijlage de kaart voor het VHT.', 'Met vriendelijke groet,', 'casemanager Toegang %s' % gem])
        else: B[kind] = [f(act[1])]
        notes.append('%s "%s" @ %s' % (cat, val, place))
    # render
    out = []
    def blk(tag, lines): out.append('[%s]\n%s' % (tag, '\n'.join(lines)))
    for tag in ['FILENAME', 'PROPERTY title', 'PROPERTY company', 'MAIL-SUBJECT', 'MAIL-BODY', 'HEADER']:
        if tag in B: blk(tag, B[tag])
    order = ['datum', 'soort', 'jeugdige', 'inbrenger', 'vaste', 'gemeente', 'gedrag', 'geinf', 'instemming', 'vraag', 'experts',
             'gezin', 'zorgen', 'patroon', 'krachten', 'risico', 'stemj', 'stemo', 'visie', 'score', 'hulp', 'advies', 'borging', 'pg']
    n = 0
    for k in order:
        if k not in C: continue
        n += 1
        out.append(label(k, style, n) + '\n' + '\n'.join(C[k]))
        if k == 'zorgen' and 'COMMENT' in B: blk('COMMENT author=%s' % B['COMMENT'][0], B['COMMENT'][1])
        if k == 'risico' and 'FOOTNOTE' in B: blk('FOOTNOTE', B['FOOTNOTE'])
        if k == 'stemj' and 'ALT' in B: blk('ALT', B['ALT'])
        if k == 'score' and 'TRACKED-DELETION' in B: blk('TRACKED-DELETION', B['TRACKED-DELETION'])
    if 'FOOTER' in B: blk('FOOTER', B['FOOTER'])
    return '\n\n'.join(out) + '\n', notes

def bsn(n=9):
    while True:
        d = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(n - 1))
        if elf(d): return d

def iban(cc, bank):
    dg = lambda k: ''.join(str(rng.randint(0, 9)) for _ in range(k))
    if cc == 'NL':
        while True:
            acc = str(rng.randint(1, 9)) + dg(9)
            if sum((10 - i) * int(c) for i, c in enumerate(acc)) % 11 == 0: break
        bban = bank + acc
    else:
        first = str(rng.randint(1, 9)) + dg(9); bban = first + '%02d' % (int(first) % 97 or 97)
    num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
    return cc + '%02d' % (98 - int(num) % 97) + bban

def grp(s): return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))

def dirty_specs():
    b1 = bsn(); b1 = b1[:4] + '.' + b1[4:6] + '.' + b1[6:]
    b2 = bsn(8)
    i1 = grp(iban('NL', 'RABO')); i2 = grp(iban('BE', ''))
    return [
     [('NAME', 'Yasmina Bouzidi', 'body (Wat is er nu onveilig)', ('sec', 'zorgen', 'Moeder zoekt steun bij haar zus Yasmina Bouzidi, maar die wordt door vader weggestuurd.')),
      ('PHONE', '06-28 93 14 07', 'mail body', ('mailbody', 'MOEDER IS ALLEEN OVERDAG BEREIKBAAR OP 06-28 93 14 07.'))],
     [('BIRTHDATE', '14-03-2011', 'cover value (Jeugdige)', ('jeugdige', '{A} (14-03-2011), {B} (2016)')),
      ('NAME', 'Gerrit-Jan Huijbregts', 'comment author', ('comment_author', 'Gerrit-Jan Huijbregts', 'Vader vraagt of dit stuk aangepast kan worden.'))],
     [('ADDRESS', 'Heksenwiel 41', 'table row (Gezinssamenstelling)', ('sec', 'gezin', '| verblijfadres | Heksenwiel 41 | sinds augustus |')),
      ('EMAIL', 'nadia.b1990@hotmail.com', 'mail body', ('mailbody', '> Kopie ook naar moeder sturen? JA, NAAR nadia.b1990@hotmail.com'))],
     [('BSN', b1, 'footnote', ('FOOTNOTE', 'Aanmelding JGZ voor {C} onder BSN %s.' % b1)),
      ('NAME', 'Lenie Kuijpers', 'tracked deletion', ('TRACKED-DELETION', 'De buurvrouw, Lenie Kuijpers, past soms op.'))],
     [('POSTCODE', '4873 BW', 'footer', ('FOOTER', 'Retour bij niet-bestelling: postbus gezin 4873 BW Etten-Leur')),
      ('NAME', 'Zbigniew', 'body (Stem van ouders en verzorgers)', ('sec', 'stemo', 'Vader Zbigniew wil alleen in het Pools praten.'))],
     [('IBAN', i2, 'body (Risicofactoren)', ('sec', 'risico', 'Vader betaalt geen alimentatie; moeder gaf rekening %s op voor de beslaglegging.' % i2)),
      ('NAME', 'Wuyts', 'mail subject', ('subject', 'RE: FW: FW: VHK vervolg fam. Wuyts - Zundert'))],
     [('URL', 'https://www.instagram.com/kareem_boz_0164', 'body (Stem van de jeugdige)', ('sec', 'stemj', '{A} laat filmpjes zien op https://www.instagram.com/kareem_boz_0164 (openbaar profiel).')),
      ('NAME', 'AL-HOMSI', 'header', ('HEADER', 'VHK GEZIN AL-HOMSI - VERTROUWELIJK'))],
     [('ID_NUMBER', '7741209', 'property (title)', ('PROPERTY title', 'Veiligheidskaart JGZ-cliënt 7741209')),
      ('PHONE', '+31 6 4127 0983', 'footnote', ('FOOTNOTE', 'Stiefvader belt steeds vanaf +31 6 4127 0983.'))],
     [('NAME', 'Anouk Brouwers', 'alt text', ('ALT', 'Foto: {A} met haar moeder Anouk Brouwers bij de dierenarts.')),
      ('BIRTHDATE', '22-6-2013', 'body (Gezinssamenstelling)', ('sec', 'gezin', 'Moeder noemt als geboortedatum van {A}: geb. 22-6-2013.'))],
     [('EMAIL', 'jvd.broek76@ziggo.nl', 'footer', ('FOOTER', 'Reacties van grootmoeder via jvd.broek76@ziggo.nl')),
      ('NAME', 'Vasil', 'table row (Veiligheidsscore)', ('sec', 'score', '| Vasil (vader van {A}) | 9 |'))],
     [('NAME', 'Dingemans', 'file name', ('FILENAME', 'VHK_Dingemans_Steenbergen_def.docx')),
      ('ADDRESS', 'Blauwstraat 88', 'body (Krachten en beschermende factoren)', ('sec', 'krachten', '{A} kan altijd terecht bij een tante op de Blauwstraat 88.'))],
     [('BSN', b2, 'table row (Gezinssamenstelling)', ('sec', 'gezin', '| {C} | BSN | %s |' % b2)),
      ('NAME', 'Khadija', 'comment text', ('comment_text', 'Buurvrouw Khadija heeft de brandweer gebeld, graag opnemen.'))],
     [('ID_NUMBER', 'VT-2026-044817', 'mail subject', ('subject', 'RE: FW: FW: VT-dossier VT-2026-044817 - inbreng VHT')),
      ('POSTCODE', '4921 RT', 'body (Wat is er nu onveilig)', ('sec', 'zorgen', 'Vader heeft een tweede adres opgegeven in 4921 RT (Made).'))],
     [('NAME', 'Wiktoria Zielińska', 'body (Wat is er nu onveilig)', ('sec', 'zorgen', '- [x] gesprek met pleegtante Wiktoria Zielińska over de omgang')),
      ('URL', 'facebook.com/stefan.vanbavel.3110', 'footnote', ('FOOTNOTE', 'Moeder plaatst berichten over de zaak op facebook.com/stefan.vanbavel.3110 (profiel van haar vriend).'))],
     [('IBAN', i1, 'tracked deletion', ('TRACKED-DELETION', 'Vader stort leefgeld op %s.' % i1)),
      ('NAME', 'Lambrechts', 'body (Visie van de inbrenger)', ('sec', 'visie', 'Afgestemd met mevrouw Lambrechts van Surplus over de schulden.'))],
    ]

def main():
    os.makedirs(CDIR, exist_ok=True)
    specs = dirty_specs()
    rows = ['file\texpect\tnotes']
    for i in range(1, 61):
        sc = S[(i - 1) % 15]
        dirty = specs[i - 46] if i >= 46 else []
        text, notes = build(i, sc, dirty)
        fn = 'card-%02d.txt' % i
        with open(os.path.join(CDIR, fn), 'w', encoding='utf-8', newline='\n') as fh: fh.write(text)
        rows.append('%s\t%s\t%s' % (fn, 'DIRTY' if notes else 'CLEAN', '; '.join(notes) if notes else '-'))
    with open(os.path.join(CDIR, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh: fh.write('\n'.join(rows) + '\n')
    print('wrote 60 cards')

main()
