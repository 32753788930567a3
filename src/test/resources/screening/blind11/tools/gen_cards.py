#!/usr/bin/env python3
"""Builds ../cards/card-01..60.txt and cards.tsv from scenarios.txt (43 hand-written scenarios; cards 44-60 are
follow-ups of scenarios 1-17). Fixed seed 11. Dirty items (cards 46-60) are hand-written in DIRTY below."""
import os, random, re
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'cards')
rnd = random.Random(11)

def load():
    scen, cur = [], None
    for line in open(os.path.join(HERE, 'scenarios.txt'), encoding='utf-8'):
        line = line.rstrip('\n')
        if not line.strip():
            cur = None; continue
        k, v = line.split(': ', 1) if ': ' in line else (line.rstrip(':'), '')
        if cur is None:
            cur = {}; scen.append(cur)
        cur[k] = v.replace('\\n', '\n')
    for s in scen:
        s['youths'] = [(a.strip().split(':')[0], int(a.strip().split(':')[1])) for a in s['y'].split(',')]
    return scen

TOEGANG = {
 'Roosendaal': ('Sanne Verschuren, casemanager, Toegang Roosendaal', 'Wendy Kuijpers, Toegang Roosendaal'),
 'Bergen op Zoom': ('Youssef Amrani, procesregisseur, Toegang Bergen op Zoom', 'Hanneke Dingemans, Toegang Bergen op Zoom'),
 'Etten-Leur': ('Ellen van Geel, gezinscoach, Toegang Etten-Leur', 'Rob Schoenmakers, Toegang Etten-Leur'),
 'Moerdijk': ('Kees Rasenberg, jeugdconsulent, Toegang Moerdijk', 'Miranda Hendrikx, Toegang Moerdijk'),
 'Halderberge': ('Astrid Nuijten, casemanager, wijkteam Halderberge', 'Dion Peeters, Toegang Halderberge'),
 'Rucphen': ('Patricia Lok, consulent jeugd, Toegang Rucphen', 'Germaine Wouters, Toegang Rucphen'),
 'Steenbergen': ('Joyce Adriaansen, jeugdconsulent, Toegang Steenbergen', 'Erik van Loon, Toegang Steenbergen'),
 'Woensdrecht': ('Mehmet Bulut, procesregisseur, Toegang Woensdrecht', 'Loes Withagen, Toegang Woensdrecht'),
 'Zundert': ('Chantal Vermunt, casemanager, Toegang Zundert', 'Bart Jochems, Toegang Zundert'),
}
VT = [('Ingrid Ruijs, casemanager, Veilig Thuis West-Brabant', 'Frank Mastboom, Veilig Thuis West-Brabant'),
      ('Naima Chentouf, medewerker onderzoek, Veilig Thuis West-Brabant', 'Frank Mastboom, Veilig Thuis West-Brabant'),
      ('Tessa Brouwers, casemanager VT West-Brabant', 'Ilse Rijkers, Veilig Thuis West-Brabant')]
GI = [('Priya Ramdas, jeugdbeschermer, Jeugdbescherming Brabant', 'Marjolein Hack, Jeugdbescherming Brabant'),
      ('Remco de Klerk, gezinsvoogd, William Schrikker Stichting', 'Anouk Verbeek, William Schrikker Stichting')]
GEDRAG = ['Ja, gedragswetenschapper Toegang, op {d}', 'Ja, Marloes Huijgens (gedragswetenschapper), op {d}',
          'Nee', 'Ja - orthopedagoog VT West-Brabant, telefonisch {d}', 'ja, in het teamoverleg van {d}']

STYLES = {
 'canon': {'datum': 'Datum', 'soort': 'Soort inbreng', 'jeugdige': 'Jeugdige (voorletter en geboortejaar)',
           'inbrenger': 'Inbrenger (naam, functie, organisatie)', 'vaste': 'Vaste deelnemer', 'gemeente': 'Verantwoordelijke gemeente',
           'gedrag': 'Gedragsdeskundige geraadpleegd', 'geinf': 'Geïnformeerd en gesproken', 'instemming': 'Instemming betrokkenen',
           'vraag': 'Vraag aan het VeiligheidsTeam', 'gezin': 'Gezinssamenstelling', 'zorgen': 'Wat is er nu onveilig',
           'patroon': 'Patroon uit het verleden', 'krachten': 'Krachten en beschermende factoren', 'risico': 'Risicofactoren',
           'stemj': 'Stem van de jeugdige', 'stemo': 'Stem van ouders en verzorgers', 'visie': 'Visie van de inbrenger',
           'score': 'Veiligheidsscore', 'hulp': 'Betrokken hulpverlening', 'advies': 'Advies', 'pg': 'Persoonsgegevens'},
 'syn': {'datum': 'Datum inbreng', 'soort': 'Type inbreng', 'jeugdige': 'Jeugdige(n)', 'inbrenger': 'Inbrenger',
         'vaste': 'Vaste deelnemer', 'gemeente': 'Gemeente', 'gedrag': 'Gedragswetenschapper geraadpleegd',
         'geinf': 'Wie is wanneer geïnformeerd', 'instemming': 'Instemming', 'vraag': 'Vraag aan het VHT', 'gezin': 'Gezinssamenstelling',
         'zorgen': 'Zorgen', 'patroon': 'Patroon', 'krachten': 'Krachten', 'risico': 'Risicofactoren', 'stemj': 'Wat zegt de jeugdige',
         'stemo': 'Stem van ouders', 'visie': 'Visie inbrenger', 'score': 'Score', 'hulp': 'Betrokken hulpverlening',
         'advies': 'Afspraken en actiepunten', 'pg': 'Persoonsgegevens'},
 'mix': {'datum': 'Datum', 'soort': 'Soort inbreng', 'jeugdige': 'Jeugdige', 'inbrenger': 'Inbrenger', 'vaste': 'Vaste deelnemer',
         'gemeente': 'Gemeente', 'gedrag': 'Gedragsdeskundige geraadpleegd', 'geinf': 'Wie is wanneer geïnformeerd',
         'instemming': 'Instemming betrokkenen', 'vraag': 'Hulpvraag aan het VHT', 'gezin': 'Gezinssamenstelling',
         'zorgen': 'Onveiligheid', 'patroon': 'Patroon', 'krachten': 'Krachten', 'risico': 'Risicofactoren',
         'stemj': 'Stem van de jeugdige', 'stemo': 'Stem van ouders', 'visie': 'Visie inbrenger', 'score': 'Veiligheidsscore',
         'hulp': 'Betrokken hulpverlening', 'advies': 'Uitkomst gesprek', 'pg': 'Persoonsgegevens'},
}
ORDER = ['datum', 'soort', 'jeugdige', 'inbrenger', 'vaste', 'gemeente', 'gedrag', 'geinf', 'instemming', 'vraag',
         'gezin', 'zorgen', 'patroon', 'krachten', 'risico', 'stemj', 'stemo', 'visie', 'score', 'hulp', 'advies', 'pg']

def label(style, key, n, deco):
    lab = STYLES[style][key]
    if deco == 'upper': lab = lab.upper()
    if deco == 'lower': lab = lab.lower()
    if deco == 'num': lab = '%d. %s' % (n, lab)
    return lab + ('' if deco == 'lower' and n % 2 else ':')

DATES = [(16, 11), (17, 11), (18, 11), (19, 11), (20, 11), (23, 11), (24, 11), (25, 11), (26, 11), (27, 11), (30, 11),
         (1, 12), (2, 12), (3, 12), (4, 12)]
MONTHS = {11: 'november', 12: 'december'}
def fmt_date(d, m, k):
    return [f'{d}-{m}-2026', f'2026-{m}-{d:02d}', f'{d} {MONTHS[m]} 2026', f'{d}/{m}/2026', f'{d:02d}-{m}-2026',
            f'{d} {MONTHS[m][:3]}. 2026'][k % 6]

def geinf(s, d, m, k):
    lines = []
    pd = max(d - 3, 1) if d > 3 else d
    pm = m if d > 3 else m
    lines.append(rnd.choice(['Moeder: gesproken op %d-%d-2026 (huisbezoek).', 'Ouders samen gesproken op %d-%d-2026, op kantoor.',
                             'Moeder telefonisch op %d-%d-2026, daarna face to face.', 'Vader en moeder los van elkaar gesproken, laatst op %d-%d-2026.'])
                 % (pd, pm))
    for ini, yr in s['youths']:
        if 2026 - yr >= 12:
            lines.append(rnd.choice(['%s: zelf gesproken op school (%d-%d-2026).', '%s: gesprek bij ons op kantoor, %d-%d-2026.',
                                     '%s is op %d-%d-2026 alleen gesproken, zonder ouders erbij.']) % (ini, max(pd - 1, 1), pm))
    lines.append(rnd.choice(['School is geïnformeerd.', 'Huisarts op de hoogte gebracht.', 'De jeugdverpleegkundige is ingelicht.',
                             'Wijkagent weet van de inbreng.', 'Betrokken hulpverleners zijn per mail geïnformeerd.']))
    return '\n'.join(lines)

CONSENT_YES = ['Ja, ouders stemmen in met bespreking in het VHT.', 'Ja. Moeder en vader hebben mondeling ingestemd.',
               'Ja, alle betrokkenen (ook de jeugdige) zijn akkoord.', 'Ja – akkoord gegeven tijdens het huisbezoek.',
               'ja, ouders weten dat de kaart naar het VeiligheidsTeam gaat']
CONSENT_NO = {
 7: 'Nee. Reden: ouders zijn bewust niet geïnformeerd omdat dit het risico voor M. vergroot.\nVerantwoording inbrenger: de veiligheid van M. weegt zwaarder; M. zelf stemt in. Besproken met de gedragswetenschapper.',
 16: 'Nee, vader weigert; moeder wel akkoord.\nVerantwoording: de kinderen zijn niet in beeld bij hulpverlening en het verzuim duurt te lang. Ik breng daarom toch in.',
 27: 'Nee: moeder weigert omdat zij bang is dat de kinderen worden weggehaald.\nVerantwoording inbrenger: acuut risico, ik breng zonder instemming in en heb moeder dit uitgelegd.',
 33: 'Nee. Ouders willen niet dat het VHT meekijkt ("wij zijn geen probleemgezin").\nVerantwoording: de medische situatie van P. is zorgelijk, daarom toch inbreng.',
 34: 'Gedeeltelijk: moeder ja, vader niet bereikt.\nVerantwoording: moeder is het slachtoffer en heeft ingestemd; vader informeren vergroot de dreiging.',
}
MAILS = [
 'Van: vaste deelnemer Toegang\nAan: secretariaat VHT\nOnderwerp: FW: VHK inbreng\n\nHierbij de kaart, met de inbrenger doorgenomen.\n\nMet vriendelijke groet,\nvaste deelnemer Toegang {g}',
 '---------- Doorgestuurd bericht ----------\nGraag inplannen voor de eerstvolgende dinsdag.\nGroet, vaste deelnemer VHT namens {g}',
 'Beste voorzitter,\n\nIn de bijlage de veiligheidskaart. Ouders zijn op de hoogte.\n\nMvg,\nteam Jeugd {g}',
 'Doorgestuurd vanuit de teamsmailbox. Kaart is gescreend op persoonsgegevens.\n-- \nprocesregisseur | Toegang {g}',
]
HEADERS = ['VERTROUWELIJK - Veiligheidskaart', 'VHT West-Brabant West | vertrouwelijk', 'Veiligheidskaart (versie {v})',
           'VHK {g} - niet verspreiden']
FOOTERS = ['Pagina 1 van 3', 'Format VHK versie 2026', 'Zi2T / VHT - vertrouwelijk', 'Gemaakt met de Word-sjabloon Veiligheidskaart']

DIRTY = {  # card: [(category, value, place, injection, where)]
 46: [('NAME', 'Giselle Martis', 'body (Gezinssamenstelling)', 'De nieuwe vriend van moeder heet Giselle Martis (vriendin, inwonend).', 'app:gezin'),
      ('PHONE', '06-52190837', 'footer', 'Bij vragen moeder bellen: 06-52190837', 'footer')],
 47: [('NAME', 'Harcharan', 'comment author', 'Klopt dit met wat oma zei?', 'comment:Harcharan'),
      ('BIRTHDATE', '12-03-2011', 'cover value (Jeugdige)', None, 'jeug:12-03-2011')],
 48: [('NAME', 'Władysław Kowalczyk', 'header', 'Gezin Władysław Kowalczyk - VERTROUWELIJK', 'header'),
      ('BSN', '{BSN}', 'tracked deletion', 'BSN jeugdige: {BSN}', 'trackdel')],
 49: [('NAME', 'Aziz ben Moussa', 'mail body', 'Vader (Aziz ben Moussa) belde vanochtend nog boos op.', 'mailbody'),
      ('EMAIL', 'soraya.bm84@hotmail.com', 'body (Stem van ouders)', 'Moeder mailde (soraya.bm84@hotmail.com): "Ik wil alles op papier."', 'app:stemo')],
 50: [('NAME', 'Jesús Krosendijk', 'property (title)', 'VHK Jesús Krosendijk eerste inbreng', 'title'),
      ('ADDRESS', 'Kadestraat 17', 'body (Risicofactoren)', 'Wonen boven het café aan de Kadestraat 17, veel overlast.', 'app:risico')],
 51: [('NAME', 'Esther Soeperman', 'footnote', 'Informatie afkomstig van buurvrouw Esther Soeperman.', 'footnote'),
      ('POSTCODE', '4702 ZK', 'footer', 'Retour: 4702 ZK', 'footer')],
 52: [('NAME', 'Céline', 'body (Stem van de jeugdige)', '"Céline is mijn beste vriendin, bij haar kan ik slapen."', 'app:stemj'),
      ('URL', 'https://www.instagram.com/jayden.kross04/', 'body (Zorgen)', 'Filmpje staat op https://www.instagram.com/jayden.kross04/ (account van de vriend).', 'app:zorgen')],
 53: [('NAME', 'Ferenc Lakatos', 'mail subject', 'FW: kaart Ferenc Lakatos - graag dinsdag', 'mailsubj'),
      ('ID_NUMBER', 'VT-2025-088413', 'body (Patroon)', 'Eerder dossier bij Veilig Thuis: VT-2025-088413.', 'app:patroon')],
 54: [('NAME', 'Ouarda', 'comment text', 'Ouarda (tante) wil ook gebeld worden, nog doen!', 'comment:Gedragswetenschapper'),
      ('BIRTHDATE', '3 juli 2017', 'body (Gezinssamenstelling)', 'De oudste is geboren op 3 juli 2017 in het Lievensberg.', 'app:gezin')],
 55: [('NAME', 'Mirjam van Steenhoven-Cijntje', 'file name', 'VHK_Mirjam van Steenhoven-Cijntje_overdracht.docx', 'filename'),
      ('IBAN', '{IBAN}', 'body (Risicofactoren)', 'Schulden lopen via rekening {IBAN} van moeder.', 'app:risico')],
 56: [('NAME', 'Tjong', 'table row (Gezinssamenstelling)', '| Opa mz | Tjong | 1951 | woont in Paramaribo |', 'app:gezin'),
      ('PHONE', '+599 9 688 4410', 'body (Krachten)', 'Tante op Curaçao is bereikbaar via +599 9 688 4410.', 'app:krachten')],
 57: [('NAME', 'Rosalba', 'alt text', 'Tekening gemaakt door Rosalba: het huis van de zorgen.', 'alt'),
      ('EMAIL', 'mo.asbai@gmail.com', 'comment text', 'vader wil stukken op mo.asbai@gmail.com', 'comment:Toegang')],
 58: [('POSTCODE', '4791 TR', 'body (Krachten)', 'Oma woont in 4791 TR, op loopafstand.', 'app:krachten'),
      ('BSN', '{BSN}', 'body (Gezinssamenstelling)', 'BSN moeder {BSN}', 'app:gezin')],
 59: [('ADDRESS', 'Pastoor van Akenstraat 8', 'header', 'Gezin wonend Pastoor van Akenstraat 8', 'header'),
      ('ID_NUMBER', 'RvdK 26-041772', 'mail body', 'Zaaknummer Raad: RvdK 26-041772 (vader).', 'mailbody')],
 60: [('BIRTHDATE', '2010-09-08', 'table row (Jeugdige)', '| X. | 2010-09-08 | 4 havo |', 'app:jeugdige'),
      ('URL', 'tiktok.com/@xandra.b2010', 'body (Zorgen)', 'Pleegmoeder vond filmpjes van X. op tiktok.com/@xandra.b2010.', 'app:zorgen')],
}

def elfproef(d):
    s = sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8]); return s % 11 == 0
def bsn():
    while True:
        d = str(rnd.randint(1, 9)) + ''.join(str(rnd.randint(0, 9)) for _ in range(8))
        if elfproef(d): return d
def iban():
    body = 'RABO' + ''.join(str(rnd.randint(0, 9)) for _ in range(10))
    num = ''.join(str(int(c, 36)) for c in body + 'NL00')
    return 'NL%02d%s' % (98 - int(num) % 97, body)

def build(i, s, follow):
    style = ['canon', 'syn', 'mix'][i % 3]
    deco = ['plain', 'num', 'plain', 'upper', 'lower', 'plain', 'num'][i % 7]
    g = s['g']
    d, m = DATES[i % len(DATES)]
    date = fmt_date(d, m, i)
    soort = 'Eerste inbreng'
    if follow:
        soort = ['Vervolgbespreking', 'Monitoring', 'Vervolgbespreking', 'Overdracht (Veilig Thuis naar Toegang)',
                 'Monitoring', 'Overdracht van GI naar Toegang (einde OTS)'][i % 6]
    if soort.startswith('Overdracht (Veilig'):
        inb, vaste = VT[i % 3]
    elif soort.startswith('Overdracht van GI'):
        inb, vaste = GI[i % 2]
    elif i % 5 == 1 and g in ('Roosendaal', 'Bergen op Zoom', 'Etten-Leur', 'Woensdrecht'):
        inb, vaste = VT[i % 3]
    elif follow and i % 4 == 0:
        inb, vaste = GI[i % 2]
    else:
        inb, vaste = TOEGANG[g]
    youths = s['youths']
    jl = '\n'.join('%s (%d)' % y for y in youths) if i % 2 else ', '.join('%s (%d)' % y for y in youths)
    f = {}
    f['title_youth'] = '%s (%d)' % youths[0]
    f['datum'] = date; f['soort'] = soort; f['jeugdige'] = jl; f['inbrenger'] = inb; f['vaste'] = vaste
    f['gemeente'] = g if i % 4 else 'Gemeente ' + g
    if i % 3 != 2: f['gedrag'] = GEDRAG[i % 5].format(d='%d-%d-2026' % (max(d - 2, 1), m))
    f['geinf'] = geinf(s, d, m, i)
    sidx = s['idx']
    f['instemming'] = CONSENT_NO.get(sidx) if sidx in CONSENT_NO and not follow else CONSENT_YES[i % 5]
    f['vraag'] = s['vr'] if not follow else rnd.choice(['Is het huidige kader nog passend? ', 'Graag advies over afschalen of opschalen. ',
                                                       'Kan het VHT meekijken of de borging voldoende is? ']) + s['vr']
    gz = s['gz']
    if i % 6 == 3:  # table variant
        rows = ['| gezinslid | geboortejaar | woont |', '|---|---|---|'] + ['| %s | %d | thuis |' % y for y in youths]
        gz = gz + '\n' + '\n'.join(rows)
    f['gezin'] = gz
    f['zorgen'] = s['oz']
    if follow:
        f['zorgen'] = rnd.choice(['Stand van zaken sinds de vorige bespreking: ', 'Update: ', 'Sinds het VHT-advies: ',
                                  'Actueel (na vorige inbreng): ']) + rnd.choice([
            'afspraken uit het veiligheidsplan worden deels nagekomen.', 'er is een nieuw incident geweest, zie hieronder.',
            'de situatie is stabieler, maar de zorgen zijn niet weg.', 'hulp is gestart, ouders haken af en toe af.',
            'de jeugdige is inmiddels veiliger, het netwerk doet mee.']) + '\nOorspronkelijke zorgen:\n' + s['oz']
    if s.get('pt', '-') != '-': f['patroon'] = s['pt']
    f['krachten'] = s['kr']; f['risico'] = s['rf']
    f['stemj'] = s['sj']; f['stemo'] = s['so']; f['visie'] = s['vi']
    f['score'] = s['sc'] if i % 4 != 2 else '\n'.join('- ' + p.strip() for p in s['sc'].rstrip('.').split(','))
    f['hulp'] = s['bh']
    if follow:
        f['advies'] = rnd.choice(['VHT {d}: veiligheidsplan opstellen met netwerk, over 8 weken terug in het VHT.',
                                  'Advies VHT ({d}): interventiegesprek met de Raad voor de Kinderbescherming; kaart eerst naar de RvdK-mailbox.',
                                  'Uitkomst eerdere bespreking ({d}): vrijwillige hulp voortzetten, monitoring via de Toegang.']).format(
                                      d=['13-10-2026', '20 oktober 2026', 'wk 42', '2026-10-08'][i % 4])
    pgv = ['', '-', 'n.v.t.', 'niet invullen bij inbreng', 'N.v.t. (intake)'][i % 5]
    if pgv: f['pg'] = pgv
    return f, style, deco

def render(i, f, style, deco, g, specials):
    out = []
    if 'filename' in specials: out += ['[FILENAME]', specials['filename'], '']
    out += ['[PROPERTY title]', specials.get('title', 'Veiligheidskaart %s - %s' % (f['title_youth'], f['soort'])), '']
    if i % 4 == 0: out += ['[PROPERTY company]', f['inbrenger'].split(', ')[-1], '']
    out += ['[HEADER]', specials.get('header', HEADERS[i % 4].format(v=i % 3 + 1, g=g)), '']
    if 'mailsubj' in specials or i % 3 == 0:
        out += ['[MAIL-SUBJECT]', specials.get('mailsubj', ['VHK ter bespreking VHT', 'FW: inbreng VeiligheidsTeam %s' % g, 'kaart voor dinsdag'][i % 3]), '']
    if 'mailbody' in specials or i % 3 == 0:
        mb = MAILS[i % 4].format(g=g)
        if 'mailbody' in specials: mb = specials['mailbody'] + '\n' + mb
        out += ['[MAIL-BODY]', mb, '']
    n = 0
    for key in ORDER:
        if key not in f or key == 'title_youth': continue
        if key == 'stemj' and f.get(key) is None: continue
        n += 1
        out.append(label(style, key, n, deco))
        out.append(f[key])
        out.append('')
        if key == 'zorgen' and 'comment' in specials:
            a, t = specials['comment']
            out += ['[COMMENT author=%s]' % a, t, '']
        elif key == 'zorgen' and i % 5 == 2:
            out += ['[COMMENT author=Gedragswetenschapper Toegang %s]' % g, 'Kun je concreter maken wat school precies zag?', '']
        if key == 'stemj' and ('alt' in specials or i % 6 == 5):
            out += ['[ALT]', specials.get('alt', 'Foto van het werkblad Drie Huizen.'), '']
        if key == 'score' and ('trackdel' in specials or i % 7 == 1):
            out += ['[TRACKED-DELETION]', specials.get('trackdel', 'Inbrenger: 5.'), '']
        if key == 'hulp' and 'footnote' in specials:
            out += ['[FOOTNOTE]', specials['footnote'], '']
    if i % 8 == 3 and 'footnote' not in specials:
        out += ['[FOOTNOTE]', 'Zie ook het veiligheidsplan van het gezin (versie oktober).', '']
    out += ['[FOOTER]', specials.get('footer', FOOTERS[i % 4])]
    return '\n'.join(out) + '\n'

def main():
    scen = load()
    for k, s in enumerate(scen, 1): s['idx'] = k
    assert len(scen) >= 43
    tsv = ['file\texpect\tnotes']
    os.makedirs(OUT, exist_ok=True)
    for i in range(1, 61):
        follow = i > 43
        s = scen[i - 1] if not follow else scen[i - 44]
        f, style, deco = build(i, s, follow)
        specials = {}
        notes = []
        for cat, val, place, inj, where in DIRTY.get(i, []):
            if '{BSN}' in val:
                v = bsn(); val = val.replace('{BSN}', v); inj = inj.replace('{BSN}', v)
            if '{IBAN}' in val:
                v = iban(); val = val.replace('{IBAN}', v); inj = inj.replace('{IBAN}', v)
            notes.append('%s "%s" @ %s' % (cat, val, place))
            if where.startswith('app:'):
                key = where[4:]
                if key not in f: f[key] = inj
                else: f[key] = f[key] + '\n' + inj
            elif where.startswith('jeug:'):
                ini = s['youths'][0][0]
                f['jeugdige'] = f['jeugdige'].replace('%s (%d)' % s['youths'][0], '%s (%s)' % (ini, where[5:]), 1)
            elif where.startswith('comment:'):
                a = where[8:]
                specials['comment'] = (a, inj) if inj != val or a != val else (a, inj)
                if cat == 'NAME' and place == 'comment author': specials['comment'] = (val, inj)
            else:
                specials[where] = inj
        text = render(i, f, style, deco, s['g'], specials)
        open(os.path.join(OUT, 'card-%02d.txt' % i), 'w', encoding='utf-8').write(text)
        tsv.append('card-%02d.txt\t%s\t%s' % (i, 'DIRTY' if notes else 'CLEAN', '; '.join(notes) if notes else '-'))
    open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8').write('\n'.join(tsv) + '\n')

main()
