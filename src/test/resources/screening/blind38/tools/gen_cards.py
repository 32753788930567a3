#!/usr/bin/env python3
"""Generate ../cards/card-01..60.txt and cards.tsv for blind set 38 (fixed seed 3838; byte-for-byte reproducible)."""
import os, random, datetime
HERE = os.path.dirname(os.path.abspath(__file__))
ns = {}
exec(open(os.path.join(HERE, 'scenarios.py'), encoding='utf-8').read(), ns)
SCEN = ns['SCEN']
rng = random.Random(3838)
OUT = os.path.join(HERE, '..', 'cards')
YEAR = 2026

MUNI = [  # gemeente, toegang, villages/wijken, hospital
 ('Eindhoven', 'WIJeindhoven', ['Woensel', 'Stratum', 'Gestel', 'Tongelre', 'Strijp', 'Meerhoven'], 'Catharina Ziekenhuis'),
 ('Helmond', 'Toegang Helmond', ['Brandevoort', 'Stiphout', 'Mierlo-Hout', 'Rijpelberg'], 'Elkerliek ziekenhuis'),
 ('Veldhoven', 'Toegang Veldhoven', ['Zeelst', 'Meerveldhoven', 'Oerle'], 'Máxima MC'),
 ('Best', 'Sociaal Team Best', ['Best'], 'Catharina Ziekenhuis'),
 ('Son en Breugel', 'Toegang Son en Breugel', ['Son', 'Breugel'], 'Catharina Ziekenhuis'),
 ('Geldrop-Mierlo', 'Toegang Geldrop-Mierlo', ['Geldrop', 'Mierlo', 'Zesgehuchten'], 'Anna Ziekenhuis'),
 ('Nuenen', 'Toegang Nuenen', ['Nuenen', 'Gerwen', 'Nederwetten'], 'Catharina Ziekenhuis'),
 ('Valkenswaard', 'Toegang Valkenswaard', ['Dommelen', 'Borkel en Schaft'], 'Máxima MC'),
 ('Waalre', 'Toegang Waalre', ['Aalst', 'Waalre'], 'Máxima MC'),
 ('Bergeijk', 'Toegang Bergeijk', ['Westerhoven', 'Riethoven', 'Luyksgestel'], 'Máxima MC'),
 ('Eersel', 'Toegang Eersel', ['Duizel', 'Steensel', 'Knegsel', 'Vessem'], 'Máxima MC'),
 ('Bladel', 'Toegang Bladel', ['Hapert', 'Hoogeloon', 'Casteren'], 'Máxima MC'),
 ('Reusel-De Mierden', 'Toegang Reusel-De Mierden', ['Reusel', 'Hooge Mierde', 'Lage Mierde', 'Hulsel'], 'Máxima MC'),
 ('Deurne', 'Sociaal Team Deurne', ['Vlierden', 'Liessel', 'Neerkant', 'Helenaveen'], 'Elkerliek ziekenhuis'),
 ('Asten', 'Toegang Asten', ['Asten', 'Heusden', 'Ommel'], 'Elkerliek ziekenhuis'),
 ('Someren', 'Toegang Someren', ['Lierop', 'Someren-Eind', 'Someren-Heide'], 'Elkerliek ziekenhuis'),
 ('Gemert-Bakel', 'Toegang Gemert-Bakel', ['Bakel', 'Milheeze', 'De Rips', 'Handel', 'De Mortel', 'Elsendorp'], 'Elkerliek ziekenhuis'),
 ('Laarbeek', 'Toegang Laarbeek', ['Beek en Donk', 'Aarle-Rixtel', 'Lieshout', 'Mariahout'], 'Elkerliek ziekenhuis'),
]
PROS = ['Marieke Bekkers', 'Jeroen Hoppenbrouwers', 'Samira Bouchtaoui', 'Tim van Gerven', 'Esra Yavuz', 'Lieke Maas',
        'Bart Geenen', 'Kirsten van Rooij', 'Ravi Ramcharan', 'Dorien Sanders', 'Hanneke Prinsen', 'Yusuf Koçak',
        'Inge Spierings', 'Femke van Dooren', 'Wouter Sleegers', 'Agnieszka Lewandowska', 'Martijn van Bussel',
        'Loes Timmermans', 'Nicole Vogels', 'Said Amrouch', 'Marjolein Kerkhofs', 'Paul van der Zanden', 'Carla Beks']
VASTE = ['Geert Mutsaers', 'Ingrid Tielemans', 'Mohamed Ouchan', 'Petra van Vlerken', 'Rik Donkers', 'Suzan Lathouwers']
GEDRAG = ['Evelien Panhuijsen (orthopedagoog GZ)', 'Hugo Rutten (GZ-psycholoog)', 'Ayla Demirtaş (orthopedagoog)']
FUNC = ['jeugdconsulent', 'casemanager', 'gezinscoach', 'jeugdprofessional', 'procesregisseur']
OTHER_ORG = [('gezinsmanager', 'Veilig Thuis Zuidoost-Brabant'), ('gezinsvoogd', 'Jeugdbescherming Brabant'),
             ('jeugdverpleegkundige', 'GGD Brabant-Zuidoost'), ('jeugdarts', 'GGD Brabant-Zuidoost'),
             ('ambulant hulpverlener', 'Combinatie Jeugdzorg'), ('medisch maatschappelijk werker', 'Máxima MC')]
MAAND = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']
MND = ['jan.', 'feb.', 'mrt.', 'apr.', 'mei', 'jun.', 'jul.', 'aug.', 'sept.', 'okt.', 'nov.', 'dec.']
DAG = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo']

def fmt(d, style=None):
    s = style if style is not None else rng.randrange(6)
    if s == 0: return d.strftime('%d-%m-%Y')
    if s == 1: return d.strftime('%Y-%m-%d')
    if s == 2: return '%d %s %d' % (d.day, MAAND[d.month - 1], d.year)
    if s == 3: return '%s %d %s %d' % (DAG[d.weekday()], d.day, MND[d.month - 1], d.year)
    if s == 4: return '%d/%d/%d' % (d.day, d.month, d.year)
    return d.strftime('%d.%m.%Y')

LABELS = {
 'datum': ['Datum', 'Datum inbreng'], 'soort': ['Soort inbreng', 'Type inbreng'],
 'jeugdige': ['Jeugdige (voorletter en geboortejaar)', 'Jeugdige', 'Jeugdige(n)'],
 'inbrenger': ['Inbrenger', 'Inbrenger (naam, functie, organisatie)'], 'vaste': ['Vaste deelnemer'],
 'gemeente': ['Verantwoordelijke gemeente', 'Gemeente'], 'gedrag': ['Gedragsdeskundige geraadpleegd', 'Gedragswetenschapper geraadpleegd'],
 'geinf': ['Geïnformeerd en gesproken', 'Wie is wanneer geïnformeerd'], 'instemming': ['Instemming betrokkenen', 'Instemming'],
 'vraag': ['Vraag aan het VeiligheidsTeam', 'Vraag aan het VHT', 'Hulpvraag aan het VHT'], 'experts': ['Uit te nodigen experts', 'Experts'],
 'gezin': ['Gezinssamenstelling'], 'zorgen': ['Wat is er nu onveilig', 'Zorgen', 'Onveiligheid'], 'patroon': ['Patroon', 'Patroon uit het verleden'],
 'krachten': ['Krachten en beschermende factoren', 'Krachten'], 'risico': ['Risicofactoren'],
 'stemj': ['Stem van de jeugdige', 'Wat zegt de jeugdige'], 'stemo': ['Stem van ouders en verzorgers', 'Stem van ouders'],
 'visie': ['Visie van de inbrenger', 'Visie inbrenger'], 'score': ['Veiligheidsscore', 'Score'],
 'hulp': ['Betrokken hulpverlening'], 'pg': ['Persoonsgegevens'],
}
INITIALS = list('ABDEFHJKLMNRSTVYZ') + ['Th', 'Ch', 'IJ']

def label(key, style, n):
    l = rng.choice(LABELS[key])
    if style == 'caps': l = l.upper()
    elif style == 'lower': l = l.lower()
    if style == 'numbered': l = '%d. %s' % (n, l)
    return l if style == 'nocolon' else l + ':'

def build(i, sc, extra):
    """Return (text, info). extra: dict of dirty injections (may be empty)."""
    g, toegang, villages, hosp = rng.choice(MUNI)
    P = rng.choice(villages)
    cdate = datetime.date(YEAR, 9, 1) + datetime.timedelta(days=rng.randrange(95))
    evs = sorted(cdate - datetime.timedelta(days=rng.randrange(3, 80)) for _ in range(3))
    ages = sc['ages']
    inits = rng.sample(INITIALS, len(ages))
    years = [YEAR - a for a in ages]
    v = dict(G=g, P=P, H=hosp, d1=fmt(evs[0]), d2=fmt(evs[1]), d3=fmt(evs[2]), A0=rng.randint(2, 5),
             m=YEAR - rng.randint(26, 44), v=YEAR - rng.randint(28, 50))
    for k, (ini, a, y) in enumerate(zip(inits, ages, years)):
        v['JKL'[k]] = ini; v['ABC'[k]] = a; v['Y%d' % (k + 1)] = y
    F = lambda s: s.format(**v)
    style = rng.choice(['plain', 'plain', 'numbered', 'caps', 'lower', 'nocolon'])
    if rng.random() < 0.45:
        func, org = rng.choice(OTHER_ORG)
    else:
        func, org = rng.choice(FUNC), toegang
    pro = rng.choice(PROS)
    soort = sc.get('soort') or rng.choice(['Eerste inbreng', 'Eerste inbreng', 'Vervolgbespreking'])
    if soort == 'Vervolgbespreking':
        soort += ' (vervolg op VHT-2026-%04d)' % rng.randint(10, 250)
    jeug = ['%s. (%d)' % (inits[0], years[0])] + ['%s %s. (%d)' % (sc['rel'][k], inits[k], years[k]) for k in range(1, len(ages))]
    if 'jeugdige' in extra: jeug = [extra['jeugdige'].replace('{J}', inits[0])] + jeug[1:]
    nee = rng.random() < 0.2
    if nee:
        inst = F('Nee. Vader stemt niet in met bespreking; hij vindt dat de hulpverlening overdrijft. Moeder stemt wel in.\n'
                 'Verantwoording inbrenger: gezien de ernst van de zorgen breng ik de casus toch in. Vader is hierover op {d3} geïnformeerd.')
    else:
        inst = rng.choice(['Ja, beide ouders stemmen in.', 'Ja. Ouders en {J}. zijn akkoord met bespreking in het VHT.' if max(ages) >= 8 else 'Ja, ouders akkoord.',
                           'ja, moeder akkoord (mondeling), vader akkoord per mail', 'Ja, ouders weten dat de kaart naar het VHT gaat.'])
        inst = F(inst)
    geinf = F(rng.choice(['Moeder: gesproken op {d2} (huisbezoek).\nVader: telefonisch op {d3}.\nJeugdarts GGD geïnformeerd.'] if max(ages) < 4 else ['Moeder: gesproken op {d2} (huisbezoek).\nVader: telefonisch op {d3}.\n{J}.: gesproken op school op {d3}.',
                          'Ouders samen gesproken op {d3} op kantoor in {G}; {J}. apart gesproken op {d2}.',
                          '- moeder {d2}\n- vader {d3} (tel.)\n- {J}. {d3}, in bijzijn van mentor\n- huisarts geïnformeerd']))
    sec = []  # (key, value)
    sec += [('datum', fmt(cdate, rng.choice([0, 1, 2, 3, 4]))), ('soort', soort), ('jeugdige', '\n'.join(jeug)),
            ('inbrenger', '%s, %s, %s' % (pro, func, org)), ('vaste', '%s, %s' % (rng.choice(VASTE), toegang)),
            ('gemeente', g)]
    if rng.random() < 0.5:
        sec.append(('gedrag', 'Ja, %s, op %s' % (rng.choice(GEDRAG), v['d3'])))
    sec += [('geinf', geinf), ('instemming', inst), ('vraag', F(sc['vraag']))]
    if rng.random() < 0.4:
        sec.append(('experts', F(rng.choice(['kinderarts {H}', 'wijkagent {G}', 'jeugdarts GGD Brabant-Zuidoost', 'orthopedagoog van Dommelregio']))))
    sec += [('gezin', F(sc['gezin'])), ('zorgen', F(sc['zorgen']))]
    if rng.random() < 0.7: sec.append(('patroon', F(sc['patroon'])))
    sec += [('krachten', F(sc['krachten'])), ('risico', F(sc['risico']))]
    older = max(ages) >= 12
    if older or rng.random() < 0.8 or 'stemj' in extra.get('add', {}):
        sec.append(('stemj', F(sc['stemj'])))
    sec += [('stemo', F(sc['stemo'])), ('visie', F(sc['visie']))]
    si, so = sc['score']
    if rng.random() < 0.5:
        sc_txt = '| Wie | Score |\n| Inbrenger | %d |\n| Ouders | %d |' % (si, so)
    else:
        sc_txt = 'Inbrenger: %d. Ouders: %d.' % (si, so)
    if older: sc_txt += '\n%s.: %d' % (inits[0], max(1, si - 1))
    sec.append(('score', sc_txt))
    if rng.random() < 0.8: sec.append(('hulp', F(sc['hulp'])))
    if rng.random() < 0.6: sec.append(('pg', rng.choice(['n.v.t.', '-', 'niet invullen bij inbreng'])))
    add = extra.get('add', {})
    sec = [(k, val + ('\n' + add[k] if k in add else '')) for k, val in sec]
    # special blocks (harmless unless overridden by extra)
    J, Y = inits[0], years[0]
    harmless = {
     'prop_title': 'Veiligheidskaart %s. (%d) - %s' % (J, Y, soort.split(' (')[0]),
     'prop_company': org,
     'header': rng.choice(['VERTROUWELIJK - VHK %s' % g.upper(), 'Veiligheidskaart | %s | versie 2' % g, 'VHT Zuidoost-Brabant - niet doorsturen']),
     'footer': rng.choice(['Pagina 1 van 3', 'Sjabloon VHK v2026-03', 'Opgesteld door %s' % org]),
     'comment_author': rng.choice(['Vaste deelnemer %s' % toegang, 'Gedragswetenschapper %s' % org, 'Voorzitter VHT']),
     'comment_text': F(rng.choice(['Graag concreter: wat is er op {d1} precies gebeurd?', 'Score van {J}. ontbreekt nog?', 'Is de huisarts geïnformeerd?'])),
     'alt': F(rng.choice(['Tekening van {J}. ({A} jaar): drie huizen, het huis van de zorgen is grijs.', 'Ecogram van het netwerk (zonder namen).', 'Foto van het veiligheidsplan op het whiteboard.'])),
     'tracked': 'Inbrenger: %d.' % min(10, si + 1),
     'footnote': F(rng.choice(['Bron: ontslagbrief {H} d.d. {d1}; patiëntnummer weggelaten.', 'Zie verslag MDO van {d2}.', 'Score volgens Signs of Safety, 0 = onveilig, 10 = veilig.'])),
     'mail_subject': F(rng.choice(['Inbreng VHK {J}{Y1} {G}', 'VHK {G} ter bespreking', 'RE: kaart {J}. ({Y1}) voor dinsdag'])),
     'mail_body': F(rng.choice(['Beste voorzitter,\nBijgaand de kaart voor bespreking. Instemming is besproken.\nMet vriendelijke groet,\n' + func + ', ' + org,
                                'Hoi, hierbij de VHK van {J}. Graag inplannen op donderdag.\nGroet, vaste deelnemer ' + toegang])),
     'filename': F(rng.choice(['VHK_{J}{Y1}_{G}.docx', 'Veiligheidskaart {J} {Y1} def.docx', 'VHK-' + cdate.strftime('%Y%m%d') + '_{G}.docx'])),
    }
    chosen = set(rng.sample(sorted(harmless), rng.randint(3, 6)))
    for k in extra:
        if k in harmless: chosen.add(k)
    blk = {k: extra.get(k, harmless[k]) for k in chosen}
    out = []
    def special(tag, key):
        if key in blk: out.append('%s\n%s\n' % (tag, blk[key]))
    special('[FILENAME]', 'filename'); special('[MAIL-SUBJECT]', 'mail_subject'); special('[MAIL-BODY]', 'mail_body')
    special('[PROPERTY title]', 'prop_title'); special('[PROPERTY company]', 'prop_company'); special('[HEADER]', 'header')
    for n, (k, val) in enumerate(sec, 1):
        if k == 'gezin' and 'gezin_row' in extra:
            val += '\n' + extra['gezin_row']
        out.append('%s\n%s\n' % (label(k, style, n), val))
        if k == 'zorgen' and 'comment_author' in blk:
            out.append('[COMMENT author=%s]\n%s\n' % (blk['comment_author'], blk['comment_text'] if 'comment_text' in blk else harmless['comment_text']))
        elif k == 'zorgen' and 'comment_text' in blk:
            out.append('[COMMENT author=%s]\n%s\n' % (harmless['comment_author'], blk['comment_text']))
        if k == 'stemj': special('[ALT]', 'alt')
        if k == 'score': special('[TRACKED-DELETION]', 'tracked')
    if 'alt' in blk and not any(k == 'stemj' for k, _ in sec): special('[ALT]', 'alt')
    special('[FOOTNOTE]', 'footnote'); special('[FOOTER]', 'footer')
    return '\n'.join(out), dict(J=J, Y=Y, g=g)

DIRTY = [  # card 46..60: list of (cat, value, place, injection)
 [('NAME', 'SWINKELS', 'header', {'header': 'VHK GEZIN SWINKELS - VERTROUWELIJK'}),
  ('PHONE', '06-51873306', 'body (Stem van ouders)', {'add': {'stemo': 'Moeder is het best bereikbaar op 06-51873306.'}})],
 [('NAME', 'Ilse van Asten', 'comment author', {'comment_author': 'Ilse van Asten'}),
  ('BIRTHDATE', '11-02-{Y1}', 'cover value (Jeugdige)', {'jeugdige': '{J}. (11-02-{Y1})'})],
 [('NAME', 'Krasimir', 'table row (Gezinssamenstelling)', {'gezin_row': '| vader | Krasimir | woont in Helmond |'}),
  ('BSN', '{BSN}', 'footnote', {'footnote': 'BSN jeugdige volgens verwijzing: {BSN}'})],
 [('ADDRESS', 'Leenderweg 176', 'body (Zorgen)', {'add': {'zorgen': 'Politie kwam ter plaatse aan de Leenderweg 176.'}}),
  ('NAME', 'Joanna Wiśniewska', 'mail body', {'mail_body': 'Beste voorzitter,\nMoeder (Joanna Wiśniewska) weet dat de kaart komt.\nGroet, casemanager'})],
 [('EMAIL', 'deepa.krishnan.home@gmail.com', 'mail body', {'mail_body': 'Hi, mother asked to send the outcome to deepa.krishnan.home@gmail.com.\nGroet, jeugdconsulent'}),
  ('NAME', 'Karthik', 'body (Stem van de jeugdige)', {'add': {'stemj': 'He also said: "My cousin Karthik knows everything."'}})],
 [('POSTCODE', '5701 PT', 'footer', {'footer': 'Retour: 5701 PT Helmond'}),
  ('NAME', 'Hendriks', 'property (title)', {'prop_title': 'Veiligheidskaart fam. Hendriks'})],
 [('ID_NUMBER', '3318047', 'body (Zorgen)', {'add': {'zorgen': 'Kopregel ontslagbrief: patiëntnummer 3318047, afd. kindergeneeskunde.'}}),
  ('NAME', 'Jiahui Zhang', 'tracked deletion', {'tracked': 'Moeder Jiahui Zhang gaf een 7.'})],
 [('URL', 'https://www.instagram.com/sami.haddad_08', 'comment text', {'comment_text': 'Zie ook zijn account https://www.instagram.com/sami.haddad_08 (openbaar).'}),
  ('NAME', 'Rami Haddad', 'body (Krachten)', {'add': {'krachten': 'Oom Rami Haddad tolkt en helpt met de post.'}})],
 [('IBAN', '{IBAN}', 'body (Risicofactoren)', {'add': {'risico': 'Huurachterstand, betalingen lopen via {IBAN}.'}}),
  ('NAME', 'Wim', 'alt text', {'alt': 'Tekening: opa Wim en de hond in het huis van de goede dingen.'})],
 [('BIRTHDATE', '2-9-{Y1}', 'footnote', {'footnote': 'Jeugdige geb. 2-9-{Y1} volgens de huisartsbrief.'}),
  ('NAME', 'ÇAKIR', 'mail subject', {'mail_subject': 'VHK fam. ÇAKIR - spoed'})],
 [('NAME', 'Sanne Verhoeven', 'file name', {'filename': 'VHK_Sanne Verhoeven_def.docx'}),
  ('PHONE', '0492-428817', 'comment text', {'comment_text': 'Oma belt zelf, vaste lijn 0492-428817.'})],
 [('BSN', '{BSN_DOT}', 'body (Gezinssamenstelling)', {'gezin_row': 'BSN moeder: {BSN_DOT}'}),
  ('NAME', 'Magdalena Nowicka', 'property (company)', {'prop_company': 'Schoonmaakbedrijf Magdalena Nowicka'})],
 [('ID_NUMBER', 'VT-ZOB-2026-204417', 'mail subject', {'mail_subject': 'RE: melding VT-ZOB-2026-204417'}),
  ('EMAIL', 'j.vanderlinden@zonnet.nl', 'footer', {'footer': 'Contact ouders: j.vanderlinden@zonnet.nl'})],
 [('URL', 'tiktok.com/@bloemetje_gemert', 'body (Stem van de jeugdige)', {'add': {'stemj': 'Ze laat haar filmpjes zien op tiktok.com/@bloemetje_gemert.'}}),
  ('ADDRESS', 'Ridderplein 9a', 'tracked deletion', {'tracked': 'Adres gezin: Ridderplein 9a'})],
 [('POSTCODE', '5591 AZ', 'body (Gezinssamenstelling)', {'gezin_row': 'Gezin woont in 5591 AZ (Heeze).'}),
  ('NAME', 'Elif', 'cover value (Jeugdige)', {'jeugdige': 'Elif ({Y1})'})],
]

def bsn():
    while True:
        d = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(8))
        if (sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])) % 11 == 0:
            return d

def iban_nl(bank):
    bban = bank + ''.join(str(rng.randint(0, 9)) for _ in range(10))
    num = ''.join(str(int(c, 36)) for c in bban + 'NL00')
    return 'NL%02d%s' % (98 - int(num) % 97, bban)

def subst(obj, m):
    if isinstance(obj, str):
        for k, val in m.items(): obj = obj.replace(k, val)
        return obj
    if isinstance(obj, dict): return {k: subst(x, m) for k, x in obj.items()}
    if isinstance(obj, (list, tuple)): return type(obj)(subst(x, m) for x in obj)
    return obj

os.makedirs(OUT, exist_ok=True)
BYKEY = {s['key']: s for s in SCEN}
DIRTY_SCEN = ['criminele-uitbuiting', 'tiener-zelfbeschadiging', 'bulgaars-verwaarlozing', 'pools-alcohol', 'expat-discipline',
              'overdracht-scheiding', 'baby-letsel', 'syrisch-trauma', 'medische-verwaarlozing', 'huiselijk-geweld',
              'mantelzorg-kind', 'ots-einde', 'lvb-zwanger', 'chinees-druk', 'eergerelateerd']
order = list(range(15)) * 3
rng.shuffle(order)
rows = []
for i in range(1, 61):
    sc = SCEN[order[i - 1]] if i <= 45 else BYKEY[DIRTY_SCEN[i - 46]]
    if i <= 45:
        text, info = build(i, sc, {})
        rows.append('card-%02d.txt\tCLEAN\t-' % i)
    else:
        d = bsn(); b = iban_nl('RABO')
        m = {'{Y1}': str(YEAR - sc['ages'][0]), '{BSN}': d, '{BSN_DOT}': '%s.%s.%s' % (d[:4], d[4:6], d[6:]), '{IBAN}': '%s %s %s %s %s' % (b[:4], b[4:8], b[8:12], b[12:16], b[16:])}
        items = subst(DIRTY[i - 46], m)
        extra = {}
        for cat, val, place, inj in items:
            for k, x in inj.items():
                if k == 'add': extra.setdefault('add', {}).update(x)
                else: extra[k] = x
        if 'jeugdige' in extra and max(sc['ages']) < 12:
            sc = dict(sc)  # keep as is; ages are fine either way
        text, info = build(i, sc, extra)
        rows.append('card-%02d.txt\tDIRTY\t%s' % (i, '; '.join('%s "%s" @ %s' % (c, v, p) for c, v, p, _ in items)))
    with open(os.path.join(OUT, 'card-%02d.txt' % i), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(text)
with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('file\texpect\tnotes\n' + '\n'.join(rows) + '\n')
print('wrote 60 cards')
