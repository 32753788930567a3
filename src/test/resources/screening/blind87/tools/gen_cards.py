#!/usr/bin/env python3
"""Generate ../cards/card-01.txt .. card-60.txt and cards.tsv from scenarios.py with fixed seeds."""
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scenarios import S

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'cards')
rnd = random.Random(8787)

MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober',
          'november', 'december']
DAYS = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo']

# label styles: 0 canonical, 1 synonym, 2 numbered, 3 ALL CAPS, 4 lower case without colon
LAB = {
 'datum': ['Datum', 'Datum inbreng', 'Datum inbreng', 'DATUM', 'datum'],
 'soort': ['Soort inbreng', 'Type inbreng', 'Soort inbreng', 'TYPE INBRENG', 'soort inbreng'],
 'jeugdige': ['Jeugdige (voorletter en geboortejaar)', 'Jeugdige(n)', 'Jeugdige', 'JEUGDIGE(N)', 'jeugdige'],
 'inbrenger': ['Inbrenger (naam, functie, organisatie)', 'Inbrenger', 'Inbrenger', 'INBRENGER', 'inbrenger'],
 'vaste': ['Vaste deelnemer'] * 3 + ['VASTE DEELNEMER', 'vaste deelnemer'],
 'gemeente': ['Verantwoordelijke gemeente', 'Gemeente', 'Verantwoordelijke gemeente', 'GEMEENTE', 'gemeente'],
 'gedrag': ['Gedragsdeskundige geraadpleegd', 'Gedragswetenschapper geraadpleegd', 'Gedragsdeskundige geraadpleegd',
            'GEDRAGSDESKUNDIGE GERAADPLEEGD', 'gedragswetenschapper geraadpleegd'],
 'geinf': ['Geïnformeerd en gesproken', 'Wie is wanneer geïnformeerd', 'Wie is wanneer geïnformeerd',
           'GEÏNFORMEERD EN GESPROKEN', 'wie is wanneer geinformeerd'],
 'instemming': ['Instemming betrokkenen', 'Instemming', 'Instemming betrokkenen', 'INSTEMMING', 'instemming'],
 'vraag': ['Vraag aan het VeiligheidsTeam', 'Vraag aan het VHT', 'Hulpvraag aan het VHT', 'VRAAG AAN HET VHT',
           'vraag aan het vht'],
 'experts': ['Uit te nodigen experts', 'Experts', 'Uit te nodigen experts', 'EXPERTS', 'experts'],
 'gezin': ['Gezinssamenstelling', 'Gezinssamenstelling', 'Gezinssamenstelling', 'GEZINSSAMENSTELLING',
           'gezinssamenstelling'],
 'zorgen': ['Wat is er nu onveilig', 'Zorgen', 'Onveiligheid', 'WAT IS ER NU ONVEILIG', 'zorgen'],
 'patroon': ['Patroon', 'Patroon uit het verleden', 'Patroon', 'PATROON', 'patroon uit het verleden'],
 'krachten': ['Krachten en beschermende factoren', 'Krachten', 'Krachten en beschermende factoren', 'KRACHTEN',
              'krachten'],
 'risico': ['Risicofactoren', 'Risicofactoren', 'Risicofactoren', 'RISICOFACTOREN', 'risicofactoren'],
 'stemj': ['Stem van de jeugdige', 'Wat zegt de jeugdige', 'Stem van de jeugdige', 'STEM VAN DE JEUGDIGE',
           'wat zegt de jeugdige'],
 'stemo': ['Stem van ouders en verzorgers', 'Stem van ouders', 'Stem van ouders en verzorgers', 'STEM VAN OUDERS',
           'stem van ouders'],
 'visie': ['Visie van de inbrenger', 'Visie inbrenger', 'Visie van de inbrenger', 'VISIE INBRENGER',
           'visie inbrenger'],
 'score': ['Veiligheidsscore', 'Score', 'Veiligheidsscore', 'VEILIGHEIDSSCORE', 'score'],
 'hulp': ['Betrokken hulpverlening'] * 3 + ['BETROKKEN HULPVERLENING', 'betrokken hulpverlening'],
 'advies': ['Advies', 'Afspraken en actiepunten', 'Advies', 'ADVIES', 'uitkomst gesprek'],
 'borging': ['Borgingsafspraken', 'Borgingsafspraken', 'Borgingsafspraken', 'BORGINGSAFSPRAKEN', 'borgingsafspraken'],
 'terecht': ['Waar kunnen ouders en jeugdige terecht'] * 3 + ['WAAR KUNNEN OUDERS EN JEUGDIGE TERECHT',
                                                              'waar kunnen ouders en jeugdige terecht'],
 'pg': ['Persoonsgegevens'] * 3 + ['PERSOONSGEGEVENS', 'persoonsgegevens'],
}

def fmt_date(d, m, style):
    import datetime
    wd = DAYS[datetime.date(2026, m, d).weekday()]
    return ['%02d-%02d-2026' % (d, m), '2026-%02d-%02d' % (m, d), '%d %s 2026' % (d, MONTHS[m - 1]),
            '%s %d/%d/2026' % (wd, d, m), '%d-%d-2026' % (d, m)][style]

def build(n, dirty=None):
    """Return (text) for card n. dirty: dict place-key -> extra line(s)."""
    dirty = dirty or {}
    sc = S[(n - 1) % len(S)]
    v = (n - 1 + (n - 1) // len(S)) % 5   # variant 0..4, each scenario gets all five
    st = (n * 3 + v) % 5             # label style
    numbered = st == 2
    colon = st != 4
    m = rnd.choice([11, 11, 11, 12])
    d = rnd.randint(16, 27) if m != 12 else rnd.randint(1, 4)
    date = fmt_date(d, m, rnd.randint(0, 4))
    soort = ['Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Overdracht', 'Eerste inbreng'][v]
    y0 = min(y for _, _, y in sc['youth'])
    main = sc['youth'][0]
    idx = [0]

    lines = []
    def lab(key):
        idx[0] += 1
        t = LAB[key][st]
        if numbered: t = '%d. %s' % (idx[0], t)
        return t + (':' if colon else '')
    def sec(key, body):
        lines.append(lab(key))
        lines.extend(body if isinstance(body, list) else [body])
        lines.append('')
    def special(tag, text):
        lines.append(tag); lines.extend(text if isinstance(text, list) else [text]); lines.append('')

    init = main[1]; yr = main[2]
    org = sc['inbr'].split(', ')[-1].split(' (')[0]
    # --- specials before the cover
    if 'filename' in dirty: special('[FILENAME]', dirty['filename'])
    elif v in (0, 3): special('[FILENAME]', 'VHK_%s_%s%d_2026%02d%02d.docx' % (sc['muni'].replace(' ', ''), init.rstrip('.'), yr, m, d))
    if 'title' in dirty: special('[PROPERTY title]', dirty['title'])
    elif v in (1, 4): special('[PROPERTY title]', 'Veiligheidskaart %s (%d) - %s' % (init, yr, soort))
    if 'company' in dirty: special('[PROPERTY company]', dirty['company'])
    elif v == 2: special('[PROPERTY company]', org)
    if 'mail_subject' in dirty: special('[MAIL-SUBJECT]', dirty['mail_subject'])
    elif v in (0, 2): special('[MAIL-SUBJECT]', '%s VHT %s - %s (%d)' % (soort, sc['muni'], init, yr))
    if 'mail_body' in dirty: special('[MAIL-BODY]', dirty['mail_body'])
    elif v in (0, 3):
        special('[MAIL-BODY]', ['Beste voorzitter,', 'Hierbij de kaart (%s) van %s, graag inplannen op dinsdag of donderdag.' % (soort.lower(), date),
                                'Groet, vaste deelnemer %s' % org])
    if 'header' in dirty: special('[HEADER]', dirty['header'])
    elif v != 4: special('[HEADER]', ['VHK - VERTROUWELIJK - %s' % sc['muni'].upper(),
                                      '%s | overdrachtsdocument' % org, 'VEILIGHEIDSKAART - %s' % sc['area'],
                                      'Vertrouwelijk, niet doorsturen'][v])
    # --- Voorblad
    if v in (1, 3): lines.extend(['VOORBLAD' if st == 3 else 'Voorblad', ''])
    sec('datum', date)
    if soort == 'Vervolgbespreking':
        sec('soort', 'Vervolgbespreking (eerder besproken als VHT-2026-%04d)' % (30 + n))
    elif soort == 'Overdracht':
        sec('soort', 'Overdracht (%s naar Veilig Thuis Utrecht, met instemming)' % org)
    else:
        sec('soort', soort)
    ylines = ['%s%s (%d)' % ((r + ' ') if r else '', i, y) for r, i, y in sc['youth']]
    if 'jeugdige' in dirty: ylines[0] = dirty['jeugdige']
    sec('jeugdige', ylines)
    sec('inbrenger', sc['inbr'])
    sec('vaste', sc['vaste'])
    sec('gemeente', sc['muni'] + ('' if sc['muni'] != 'Utrecht' else ' (wijk %s)' % sc['area']))
    if sc['gedrag'] and v != 2:
        sec('gedrag', 'Ja, %s, op %d-%d-2026' % (sc['gedrag'], max(1, d - 1), m))
    geinf = ['Moeder: gesproken op %d-%d-2026 (huisbezoek in %s).' % (max(1, d - 3), m, sc['area']),
             'Vader: telefonisch op %d-%d-2026.' % (max(1, d - 2), m)]
    for r, i, y in sc['youth']:
        if 2026 - y >= 8: geinf.append('%s: gesproken op school op %d-%d-2026, met de mentor erbij.' % (i, max(1, d - 2), m))
    geinf.append(['Veilig Thuis Utrecht is geïnformeerd.', 'De jeugdarts van de GGD is op de hoogte.', 'School is op de hoogte.',
                  'De huisarts is geïnformeerd.', 'Samen Veilig is geïnformeerd.'][v])
    sec('geinf', geinf)
    if v == 4:
        sec('instemming', ['Nee. Vader stemt niet in: "Ik wil niet dat er over ons gepraat wordt."',
                           'Reden om toch in te brengen (inbrenger): de zorgen zijn ernstig en nemen toe; moeder stemt wel in. Vader is hierover op %d-%d-2026 geïnformeerd.' % (max(1, d - 1), m)])
    else:
        sec('instemming', ['Ja, ouders stemmen in met bespreking in het VHT.', 'Ja.', 'Ja, moeder en vader hebben ingestemd; %s weet ervan.' % init,
                           'Ja, ook met de overdracht (schriftelijk, %d-%d-2026).' % (max(1, d - 4), m)][v])
    sec('vraag', sc['vraag'])
    if v in (1, 3): sec('experts', ['Kinderarts WKZ (op afroep)', 'Gedragswetenschapper Samen Veilig', 'wijkagent', 'Leerplicht Utrecht', '-'][(n + v) % 5])
    # --- Veiligheidskaart
    if v in (1, 3): lines.extend(['VEILIGHEIDSKAART' if st == 3 else 'Veiligheidskaart', ''])
    if v % 2 == 0:
        g = ['Genogram in woorden: ' + sc['gen']]
    else:
        g = ['| rol | geboortejaar | woont in |', '|---|---|---|'] + ['| %s | %s | %s |' % r for r in sc['rows']]
    if 'gezin_row' in dirty: g.append(dirty['gezin_row'])
    sec('gezin', g)
    z = ['- ' + t for t in sc['zorgen']]
    if v in (0, 2, 4) or 'app' in dirty:
        z.append('WhatsApp (doorgestuurd met toestemming):')
        z.extend(sc['app'])
        if 'app' in dirty: z.append(dirty['app'])
    if 'zorgen' in dirty: z.append(dirty['zorgen'])
    sec('zorgen', z)
    if 'comment_text' in dirty: special('[COMMENT author=Gedragswetenschapper %s]' % org, dirty['comment_text'])
    elif 'comment_author' in dirty: special('[COMMENT author=%s]' % dirty['comment_author'], 'Klopt, dit is ook bij school bekend.')
    elif v in (1, 2): special('[COMMENT author=Voorzitter VHT (Zi2T)]', ['Graag de SMART-doelen concreter.', 'Wie doet wat, voor wanneer?'][v - 1])
    if v != 3: sec('patroon', sc['patroon'])
    sec('krachten', [sc['krachten']] + ([dirty['krachten']] if 'krachten' in dirty else []))
    sec('risico', [sc['risico']] + ([dirty['risico']] if 'risico' in dirty else []))
    sj = list(sc['stemj'])
    if 'stemj' in dirty: sj.append(dirty['stemj'])
    sec('stemj', sj)
    if 'alt' in dirty: special('[ALT]', dirty['alt'])
    elif v in (0, 4): special('[ALT]', 'Tekening van %s: drie huizen (zorgen, goed, dromen), gemaakt op school.' % init)
    sec('stemo', sc['stemo'] + ([dirty['stemo']] if 'stemo' in dirty else []))
    sec('visie', sc['visie'])
    a, b, c = sc['score']
    sec('score', ['| wie | score |', '|---|---|', '| inbrenger | %s |' % a, '| ouder | %s |' % b, '| %s |' % c.replace(': ', ' | ')]
        if v == 1 else 'Inbrenger: %s. Moeder: %s. %s.' % (a, b, c))
    if 'tracked' in dirty: special('[TRACKED-DELETION]', dirty['tracked'])
    elif v in (0, 3): special('[TRACKED-DELETION]', 'Inbrenger: %d.' % (int(a) + 1))
    sec('hulp', [sc['hulp']] + ([dirty['hulp']] if 'hulp' in dirty else []))
    if 'footnote' in dirty: special('[FOOTNOTE]', dirty['footnote'])
    elif v in (2, 4): special('[FOOTNOTE]', 'Score op de schaal 0-10 (Signs of Safety); 0 = direct onveilig, 10 = voldoende veilig.')
    # --- Uitkomst / Borging
    if v in (1, 2):
        lines.extend(['Uitkomst inbreng VHT', ''])
        sec('advies', ['Advies VHT (%s): veiligheidsplan aanscherpen met SMART-doelen, evaluatie over 8 weken.' % ('VHT-2026-%04d' % (30 + n))])
    if v in (0, 1, 3):
        lines.extend(['BORGINGSPLAN' if st == 3 else 'Borgingsplan', ''])
        sec('borging', ['SMART-doel %d: %s' % (k + 1, t) for k, t in enumerate(sc['smart'])])
        sec('terecht', 'Buurtteam (maandag t/m vrijdag), Veilig Thuis 0800-2000, bij direct gevaar 112.')
    if v != 0:
        sec('pg', ['n.v.t.', '-', 'niet invullen bij inbreng', 'N.v.t. (intake)', '-'][v])
    if 'footer' in dirty: special('[FOOTER]', dirty['footer'])
    elif v in (1, 3, 4): special('[FOOTER]', 'Pagina 1 van 2 - versie %s' % date)
    while lines and lines[-1] == '': lines.pop()
    return '\n'.join(lines) + '\n'

# ---------------------------------------------------------------- dirty items
def elf_ok(dg):
    if len(dg) == 8: dg = '0' + dg
    return (sum(w * int(c) for w, c in zip(range(9, 1, -1), dg[:8])) - int(dg[8])) % 11 == 0
def bsn(k=9):
    while True:
        dg = str(rnd.randint(1, 9)) + ''.join(str(rnd.randint(0, 9)) for _ in range(k - 1))
        if elf_ok(dg): return dg
def iban(country, bank, nd):
    bban = bank + ''.join(str(rnd.randint(0, 9)) for _ in range(nd))
    num = ''.join(str(int(c, 36)) for c in bban + country + '00')
    return '%s%02d%s' % (country, 98 - int(num) % 97, bban)
def grp(s): return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))

def dirty_specs():
    b50 = bsn(); b59 = bsn(8)
    b50f = b50[:4] + '.' + b50[4:6] + '.' + b50[6:]
    pl = grp(iban('PL', '', 24)); nl = iban('NL', 'RABO', 10)
    return {
     46: [('comment_author', 'Thomas Verkerk', 'NAME', 'Thomas Verkerk', 'comment author'),
          ('header', 'VHK - bij nood opa bellen: 06-39184752', 'PHONE', '06-39184752', 'header')],
     47: [('jeugdige', 'O. (03-04-2012)', 'BIRTHDATE', '03-04-2012', 'cover value (Jeugdige)'),
          ('app', '[20:11] oom Maher: ik weet waar ze is, ik haal haar', 'NAME', 'Maher', 'body (Zorgen)')],
     48: [('footnote', 'Schouw Portaal: Kapelweg 68, ingang achterom.', 'ADDRESS', 'Kapelweg 68', 'footnote'),
          ('gezin_row', '| buurman Kees Pronk | - | Ondiep (helpt met de hond) |', 'NAME', 'Kees Pronk', 'table row (Gezinssamenstelling)')],
     49: [('footer', 'Post voor moeder tijdelijk naar 3562 XT (oma)', 'POSTCODE', '3562 XT', 'footer'),
          ('krachten', 'Buurvrouw Bouchra kookt op woensdag voor de kinderen.', 'NAME', 'Bouchra', 'body (Krachten)')],
     50: [('tracked', 'BSN Z.: ' + b50f, 'BSN', b50f, 'tracked deletion'),
          ('mail_body', ['Beste voorzitter,', 'Bijgaand de kaart. Vader heeft gevraagd of Abdessamad (zijn broer) ook mag meelezen; dat heb ik geweigerd.', 'Groet, vaste deelnemer Buurtteam'],
           'NAME', 'Abdessamad', 'mail body')],
     51: [('stemo', 'Moeder wil reacties op de kaart ontvangen via m.vanderhulst88@ziggo.nl.', 'EMAIL', 'm.vanderhulst88@ziggo.nl', 'body (Stem van ouders)'),
          ('title', 'Veiligheidskaart fam. Vink - inbreng VHT', 'NAME', 'Vink', 'property (title)')],
     52: [('footnote', 'Alimentatie van vader komt binnen op ' + pl + ' (rekening van moeder in Polen).', 'IBAN', pl, 'footnote'),
          ('stemj', 'K.: "Wojtek, mijn vriend, helpt me met de boodschappen."', 'NAME', 'Wojtek', 'body (Stem van de jeugdige)')],
     53: [('alt', 'Screenshot van https://www.instagram.com/e.zuilen_2011 met de gestolen spullen.', 'URL', 'https://www.instagram.com/e.zuilen_2011', 'alt text'),
          ('comment_text', 'Oom Cengiz Aydoğan belde school om E. op te halen; school heeft geweigerd.', 'NAME', 'Cengiz Aydoğan', 'comment text')],
     54: [('mail_body', ['Hoi voorzitter,', 'Moeder is alleen bereikbaar via de buurvrouw: +31 6 2041 7788.', 'Gr. Buurtteam Lunetten'], 'PHONE', '+31 6 2041 7788', 'mail body'),
          ('hulp', 'Buurtteam dossiernr. BT-UTR-558812.', 'ID_NUMBER', 'BT-UTR-558812', 'body (Betrokken hulpverlening)')],
     55: [('stemj', 'T. (geb. 12-06-2024) is op het consultatiebureau gewogen: 10,1 kg.', 'BIRTHDATE', '12-06-2024', 'body (Stem van de jeugdige)'),
          ('gezin_row', '| oma | 1976 | Loerikseweg 22, Houten |', 'ADDRESS', 'Loerikseweg 22', 'table row (Gezinssamenstelling)')],
     56: [('filename', 'VHK_Zeist_Tesfamariam_20261118.docx', 'NAME', 'Tesfamariam', 'file name'),
          ('risico', 'Schulden; aflossing loopt via ' + nl + ' (vader).', 'IBAN', nl, 'body (Risicofactoren)')],
     57: [('zorgen', '- V-nummer stiefvader 8812346071 (IND), verblijf onzeker.', 'ID_NUMBER', '8812346071', 'body (Zorgen)'),
          ('mail_subject', 'Fw: bericht van n.vdberg2012@hotmail.com - OTS IJsselstein', 'EMAIL', 'n.vdberg2012@hotmail.com', 'mail subject')],
     58: [('zorgen', '- Het filmpje staat nog op tiktok.com/@b.maarssen13.', 'URL', 'tiktok.com/@b.maarssen13', 'body (Zorgen)'),
          ('header', 'VHK FAM. HEIJBOER - VERTROUWELIJK', 'NAME', 'HEIJBOER', 'header')],
     59: [('footnote', 'BSN moeder (oude verblijfsvergunning): ' + b59, 'BSN', b59, 'footnote'),
          ('stemo', 'Moeder: "Ghaliya, mijn zus, mag O. komen halen als het thuis misgaat."', 'NAME', 'Ghaliya', 'body (Stem van ouders)')],
     60: [('mail_subject', 'Inbreng VHT J. (2019) - 3553 CK', 'POSTCODE', '3553 CK', 'mail subject'),
          ('tracked', 'Oma bereikbaar op 030-2447719', 'PHONE', '030-2447719', 'tracked deletion')],
    }

def main():
    os.makedirs(OUT, exist_ok=True)
    specs = dirty_specs()
    rows = []
    for n in range(1, 61):
        if n <= 45:
            text = build(n); rows.append(('card-%02d.txt' % n, 'CLEAN', '-'))
        else:
            items = specs[n]
            dd = {}
            for key, txt, *_ in items: dd[key] = txt
            text = build(n, dd)
            rows.append(('card-%02d.txt' % n, 'DIRTY', '; '.join('%s "%s" @ %s' % (c, val, pl) for _, _, c, val, pl in items)))
        with open(os.path.join(OUT, 'card-%02d.txt' % n), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write(text)
    with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('file\texpect\tnotes\n')
        for r in rows: fh.write('\t'.join(r) + '\n')
    print('wrote 60 cards')

main()
