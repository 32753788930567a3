#!/usr/bin/env python3
"""Generate ../cards/card-01..60.txt and cards.tsv (fixed seed). 01-45 CLEAN, 46-60 DIRTY (2 items each)."""
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scenarios import S
import numgen

rng = random.Random(8282)
nrng = random.Random(8283)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'cards')

# professionals (invented) -- only used in Inbrenger / Vaste deelnemer / Gedragsdeskundige
INB = {
 'Terneuzen': [('Sanne Verhage', 'casemanager', 'Wijkteam Terneuzen'), ('Esra Kılıç', 'jeugdbeschermer', 'Jeugdbescherming West'),
               ('Hicham Laamiri', 'aandachtsfunctionaris', 'Veilig Thuis Zeeland')],
 'Sluis': [('Ruben de Bruijne', 'casusregisseur', 'Sociaal team Sluis'), ('Annelies Vandamme-Dees', 'gezinscoach', 'Sociaal team Sluis')],
 'Kapelle': [('Marloes Flikweert', 'jeugdconsulent', 'CJG Kapelle')],
 'Vlissingen': [('Koen Dobbelaar', 'gezinscoach', 'CJG Vlissingen'), ('Nadia Bouzerda', 'casemanager', 'Veilig Thuis Zeeland')],
 'Goes': [('Inge Quaak', 'jeugdconsulent', 'Wijkteam Goes')],
 'Hulst': [('Judith Kodde', 'casusregisseur', 'Sociaal Team Hulst')],
 'Borsele': [('Lieke Nijsse', 'consulent jeugd', 'gemeente Borsele')],
 'Middelburg': [('Daan Meulblok', 'jeugdprofessional', 'Wijkteam Middelburg')],
 'Veere': [('Sietske Huijsman', 'consulent', 'gemeente Veere')],
 'Reimerswaal': [('Mehmet Ali Tunç', 'jeugdconsulent', 'gemeente Reimerswaal')],
 'Noord-Beveland': [('Carola Moerland', 'consulent jeugd', 'gemeente Noord-Beveland')],
}
VD = {'Terneuzen': 'Arno Kielstra, Wijkteam Terneuzen', 'Sluis': 'Hilde Lernout-Bakx, Sociaal team Sluis',
      'Kapelle': 'Wendy Oreel, CJG Kapelle', 'Vlissingen': 'Bram Tuinman, gemeente Vlissingen',
      'Goes': 'Yvonne Spruijt, Wijkteam Goes', 'Hulst': 'Pascal Verdurmen, Sociaal Team Hulst',
      'Borsele': 'Marjan Dijkwel, gemeente Borsele', 'Middelburg': 'Saïd Amghar, Wijkteam Middelburg',
      'Veere': 'Jolanda Kleinepier, gemeente Veere', 'Reimerswaal': 'Erwin Heijboer, gemeente Reimerswaal',
      'Noord-Beveland': 'Tamara Sonke, gemeente Noord-Beveland'}
GD = ['Mirjam Boone, orthopedagoog Juvent', 'Tessa Risseeuw, GZ-psycholoog Wijkteam', 'Jeroen Vlaswinkel, gedragswetenschapper Jeugdbescherming West']

LABELS = {
 'datum': ['Datum inbreng', 'Datum'], 'soort': ['Soort inbreng', 'Type inbreng'],
 'jeugdige': ['Jeugdige(n)', 'Jeugdige', 'Jeugdige (voorletter en geboortejaar)'],
 'inbrenger': ['Inbrenger', 'Inbrenger (naam, functie, organisatie)'], 'vaste': ['Vaste deelnemer'],
 'gemeente': ['Gemeente', 'Verantwoordelijke gemeente'], 'gedrag': ['Gedragsdeskundige geraadpleegd', 'Gedragswetenschapper geraadpleegd'],
 'geinf': ['Wie is wanneer geïnformeerd', 'Geïnformeerd en gesproken'], 'instemming': ['Instemming', 'Instemming betrokkenen'],
 'vraag': ['Vraag aan het VHT', 'Hulpvraag aan het VHT', 'Vraag aan het VeiligheidsTeam'], 'gezin': ['Gezinssamenstelling'],
 'zorgen': ['Wat is er nu onveilig', 'Zorgen', 'Onveiligheid'], 'patroon': ['Patroon', 'Patroon uit het verleden'],
 'krachten': ['Krachten', 'Krachten en beschermende factoren'], 'risico': ['Risicofactoren'],
 'stemj': ['Stem van de jeugdige', 'Wat zegt de jeugdige'], 'stemo': ['Stem van ouders', 'Stem van ouders en verzorgers'],
 'visie': ['Visie inbrenger', 'Visie van de inbrenger'], 'score': ['Score', 'Veiligheidsscore'],
 'hulp': ['Betrokken hulpverlening'], 'uitkomst': ['Afspraken en actiepunten', 'Advies'], 'borging': ['Borgingsafspraken'],
 'pg': ['Persoonsgegevens'],
}
MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']

def fmt_date(d, m, y, style):
    if style == 0: return '%02d-%02d-%d' % (d, m, y)
    if style == 1: return '%d-%d-%d' % (d, m, y)
    if style == 2: return '%d-%02d-%02d' % (y, m, d)
    if style == 3: return '%d %s %d' % (d, MONTHS[m - 1], y)
    return '%02d/%02d/%d' % (d, m, y)

def build(n, sc, clean=True):
    r = random.Random(1000 + n)
    gem = sc['gem']
    d, m = r.randint(3, 27), r.choice([10, 11, 12])
    ds = r.randint(0, 4)
    date = fmt_date(d, m, 2026, ds)
    soort = ['Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Overdracht'][n % 4]
    inb = r.choice(INB[gem])
    kids = sc['kids']
    ages = [2026 - y for _, y in kids]
    B = []  # blocks: ('S', key, lines) / ('X', tag, text)
    def S_(key, lines): B.append(['S', key, list(lines)])
    S_('datum', [date])
    S_('soort', [soort + (' (vervolg op VHT-2026-%04d)' % (40 + n) if soort != 'Eerste inbreng' else '')] +
       (['Overdracht van Veilig Thuis Zeeland naar de lokale toegang, met instemming van ouders.'] if soort == 'Overdracht' else []))
    kl = []
    for i, (ini, y) in enumerate(kids):
        kl.append(('%s (%d)' % (ini, y)) if i == 0 else ('%s %s (%d)' % (r.choice(['broertje', 'zusje', 'en', '']), ini, y)).strip())
    S_('jeugdige', kl)
    S_('inbrenger', ['%s, %s, %s' % inb])
    S_('vaste', [VD[gem]])
    S_('gemeente', [gem])
    if r.random() < 0.5:
        S_('gedrag', ['Ja, %s, op %s' % (r.choice(GD), fmt_date(max(1, d - 2), m, 2026, 0))])
    k0 = kids[0][0]
    gi = ['Moeder: gesproken op %s (huisbezoek).' % fmt_date(max(1, d - 3), m, 2026, r.randint(0, 4)),
          '%s: gesproken op school op %s, in bijzijn van de mentor.' % (k0, fmt_date(max(1, d - 2), m, 2026, 0)),
          'Vader: telefonisch, %s.' % fmt_date(max(1, d - 4), m, 2026, 1)]
    if gem == 'Sluis':
        gi = ['De mama: gesproken op %s.' % fmt_date(max(1, d - 3), m, 2026, 0),
              'De papa: telefonisch gesproken op %s (Belgisch gsm-nummer bekend bij inbrenger).' % fmt_date(max(1, d - 2), m, 2026, 1),
              '%s: gesproken op %s.' % (k0, fmt_date(max(1, d - 1), m, 2026, 0))]
    S_('geinf', gi)
    if n % 7 == 3 and soort != 'Overdracht':
        S_('instemming', ['Nee. Vader wil niet dat het gezin besproken wordt ("dat is onze zaak").',
                          'Onderbouwing inbrenger: de veiligheid van de kinderen weegt zwaarder; moeder is wel geïnformeerd.'])
    elif gem == 'Sluis':
        S_('instemming', ['Ja, de mama en de papa gaan akkoord met bespreking.'])
    else:
        S_('instemming', [r.choice(['Ja, ouders stemmen in.', 'Ja (mondeling, bij huisbezoek).', 'ja, beide ouders akkoord'])])
    S_('vraag', [sc['vraag']])
    S_('gezin', [sc['gezin']])
    S_('zorgen', ['- ' + z for z in sc['zorgen']])
    if r.random() < 0.7: S_('patroon', [sc['patroon']])
    S_('krachten', [sc['krachten']])
    S_('risico', [sc['risico']])
    if max(ages) >= 12 or r.random() < 0.8: S_('stemj', [sc['stemj']])
    S_('stemo', [sc['stemo']])
    S_('visie', [sc['visie']])
    S_('score', [sc['score']])
    S_('hulp', [sc['hulp']])
    if n % 3 == 0:  # ZAT minutes style
        S_('uitkomst', ['ZAT-overleg %s, kort verslag:' % fmt_date(max(1, d - 5), m, 2026, 0),
                        '| partner | actie | wanneer |',
                        '| school (zorgcoördinator) | z.s.m. contact %s | wk %d |' % ('mama' if gem == 'Sluis' else 'moeder', 45 + n % 4),
                        '| %s | huisbezoek + veiligheidsplan bespreken | binnen 2 weken |' % inb[2],
                        '| jeugdarts GGD | groei en gewicht %s volgen | volgende consult |' % kids[-1][0],
                        'afgesproken: inbrenger stuurt kaart via vaste deelnemer naar voorzitter VHT.',
                        'nb: tolk regelen voor volgend gesprek.'])
    if n % 5 == 1:
        S_('borging', ['Ouders weten dat ze Veilig Thuis kunnen bellen (0800-2000) en bij acuut gevaar 112.'])
    pgv = r.choice([None, 'n.v.t.', '-', 'niet invullen bij inbreng'])
    if pgv: S_('pg', [pgv])
    # special blocks
    X = []
    org = inb[2]
    if n % 2 == 0: X.append(['X', 'HEADER', 'VHK - VERTROUWELIJK - %s' % gem.upper()])
    if n % 3 == 1: X.append(['X', 'FOOTER', 'Veiligheidskaart %s (%d) - versie %d' % (kids[0][0], kids[0][1], 1 + n % 3)])
    if n % 4 == 2: X.append(['X', 'COMMENT author=%s' % r.choice(['Gedragswetenschapper ' + org, 'Voorzitter VHT', 'Jeugdarts GGD Zeeland']),
                             'Graag concreter: wat is er precies gezien en wanneer?'])
    if n % 5 == 0: X.append(['X', 'ALT', 'Tekening van %s: drie huizen, het huis van de zorgen is het grootst.' % kids[-1][0]])
    if n % 4 == 0: X.append(['X', 'PROPERTY title', 'Veiligheidskaart %s (%d) - %s' % (kids[0][0], kids[0][1], soort)])
    if n % 6 == 1: X.append(['X', 'PROPERTY company', org])
    if n % 3 == 2: X.append(['X', 'TRACKED-DELETION', 'Inbrenger: %d.' % r.randint(2, 7)])
    if n % 7 == 0: X.append(['X', 'FOOTNOTE', 'Bron: zorgmelding politie basisteam Zeeuws-Vlaanderen, doorgestuurd door Veilig Thuis Zeeland.'])
    if n % 2 == 1:
        X.append(['X', 'MAIL-SUBJECT', 'Inbreng VHK %s (%d) %s' % (kids[0][0], kids[0][1], gem)])
        X.append(['X', 'MAIL-BODY', 'Hierbij de kaart voor de bespreking. Graag inplannen.\nMet vriendelijke groet,\n%s, %s' % (inb[1], org)])
        X.append(['X', 'FILENAME', 'VHK_%s_%s%d_v%d.docx' % (gem.replace(' ', ''), kids[0][0].rstrip('.'), kids[0][1], 1 + n % 4)])
    return B, X

def render(n, B, X, style):
    r = random.Random(2000 + n)
    out = []
    pre = [x for x in X if x[1] in ('PROPERTY title', 'PROPERTY company', 'HEADER', 'FILENAME')]
    post = [x for x in X if x not in pre]
    labels = {}
    for x in pre: out.append('[%s]\n%s\n' % (x[1], x[2]))
    cnt = 0
    mid = [x for x in post if x[1].startswith('COMMENT') or x[1] in ('ALT', 'TRACKED-DELETION')]
    for b in B:
        if b[0] == 'X': out.append('[%s]\n%s\n' % (b[1], b[2])); continue
        cnt += 1
        lab = r.choice(LABELS[b[1]])
        labels[b[1]] = lab
        if style == 'numbered': L = '%d. %s:' % (cnt, lab)
        elif style == 'caps': L = lab.upper() + ':'
        elif style == 'lower': L = lab.lower()
        else: L = lab + ':'
        out.append(L + '\n' + '\n'.join(b[2]) + '\n')
        if b[1] in ('zorgen', 'score', 'stemj') and mid:
            x = mid.pop(0); out.append('[%s]\n%s\n' % (x[1], x[2]))
    for x in mid: out.append('[%s]\n%s\n' % (x[1], x[2]))
    for x in post:
        if x[1] in ('FOOTER', 'FOOTNOTE', 'MAIL-SUBJECT', 'MAIL-BODY'): out.append('[%s]\n%s\n' % (x[1], x[2]))
    return '\n'.join(out), labels

# DIRTY items: (category, value, kind, where, text)  kind: body/table/X
bsn1 = numgen.fmt_bsn(numgen.bsn(nrng), 'dot'); bsn2 = numgen.bsn(nrng)
iban1 = numgen.fmt_iban(numgen.iban(nrng, 'NL', 'RABO'), 'grp'); rrn1 = numgen.rrn(nrng, 1993, 11, 4, False)
ITEMS = [
 ('NAME', 'Gerrit-Jan Sinke', 'body', 'krachten', 'Opa Gerrit-Jan Sinke haalt de kinderen twee keer per week op.'),
 ('PHONE', '06-31729485', 'X', 'MAIL-BODY', 'Moeder is bereikbaar op 06-31729485, liefst na 17 uur.\nMet vriendelijke groet,\ngezinscoach'),
 ('BIRTHDATE', '17-06-2018', 'body', 'jeugdige', 'F. geb. 17-06-2018'),
 ('NAME', 'Griet Vanlerberghe', 'X', 'COMMENT author=Griet Vanlerberghe', 'Dit klopt niet, ik ben niet akkoord met deze tekst.'),
 ('BSN', bsn1, 'X', 'FOOTER', 'Dossier gezin - BSN moeder %s' % bsn1),
 ('NAME', 'Adriana', 'body', 'stemo', 'Adriana (moeder) zegt dat ze het niet meer aankan.'),
 ('ADDRESS', 'Walstraat 74', 'body', 'zorgen', '- Vader staat regelmatig voor de deur op de Walstraat 74.'),
 ('EMAIL', 'sanne.bosdijk1990@gmail.com', 'X', 'MAIL-BODY', 'Moeder vraagt de kaart ook naar sanne.bosdijk1990@gmail.com te sturen.\nGroet, casemanager'),
 ('NAME', 'Jaap Wisse', 'table', 'gezin', '| oom | Jaap Wisse | steunfiguur, woont in Yerseke |'),
 ('POSTCODE', '4462 GH', 'X', 'HEADER', 'VHK gezin 4462 GH Goes - vertrouwelijk'),
 ('NAME', 'Dušan Mirković', 'X', 'TRACKED-DELETION', 'Stiefvader Dušan Mirković belde boos op naar school.'),
 ('IBAN', iban1, 'body', 'risico', 'Beslag gelegd op rekening %s.' % iban1),
 ('NAME', 'KOWALCZYK', 'X', 'MAIL-SUBJECT', 'VHK fam. KOWALCZYK - inbreng'),
 ('URL', 'https://www.instagram.com/nina.vls_2010', 'X', 'FOOTNOTE', 'Foto\'s staan op https://www.instagram.com/nina.vls_2010'),
 ('NAME', 'Ljubica', 'X', 'ALT', 'Tekening van de jongste: oma Ljubica met de hond.'),
 ('ID_NUMBER', 'JBW-2026-7718', 'body', 'hulp', 'Jeugdbescherming West, cliëntnummer JBW-2026-7718.'),
 ('NAME', 'Van Cadsand', 'X', 'PROPERTY title', 'Veiligheidskaart gezin Van Cadsand'),
 ('PHONE', '+32 471 93 28 05', 'body', 'geinf', 'De papa is nogmaals gebeld op +32 471 93 28 05.'),
 ('NAME', 'Anouk_Verpoorten', 'X', 'FILENAME', 'VHK_Anouk_Verpoorten_def.docx'),
 ('BIRTHDATE', '3 maart 2018', 'body', 'stemj', 'G. (geboren 3 maart 2018) wil zelf bij het gesprek zijn.'),
 ('NAME', 'Kristof', 'body', 'visie', 'Ook de nieuwe vriend van de mama, Kristof, moet betrokken worden.'),
 ('ADDRESS', 'Kerkstraat 5-A', 'table', 'gezin', '| oma | Kerkstraat 5-A, Philippine | opvang in het weekend |'),
 ('NAME', 'de Schipper', 'body', 'zorgen', '- Buurvrouw mevrouw de Schipper hoorde gegil in de nacht.'),
 ('BSN', bsn2, 'body', 'pg', 'BSN jeugdige: %s' % bsn2),
 ('NAME', 'Hatem', 'X', 'COMMENT author=Jeugdarts GGD Zeeland', 'Hatem (stiefvader) was bij het consult aanwezig en nam het woord.'),
 ('POSTCODE', '4401 BR', 'body', 'gezin', 'Vader staat ingeschreven in 4401 BR.'),
 ('NAME', 'PAUWELS', 'X', 'HEADER', 'VEILIGHEIDSKAART FAM. PAUWELS - VERTROUWELIJK'),
 ('ID_NUMBER', rrn1, 'X', 'FOOTNOTE', 'Rijksregisternummer van de papa: %s (via OCMW).' % rrn1),
 ('NAME', 'jantje', 'body', 'krachten', 'Grote broer jantje (19) helpt veel mee in huis.'),
 ('BIRTHDATE', '2014-09-30', 'X', 'TRACKED-DELETION', 'Jeugdige: Q. (2014-09-30)'),
]
PLACE_OF = {'HEADER': 'header', 'FOOTER': 'footer', 'ALT': 'alt text', 'PROPERTY title': 'property (title)',
            'TRACKED-DELETION': 'tracked deletion', 'FOOTNOTE': 'footnote', 'MAIL-SUBJECT': 'mail subject',
            'MAIL-BODY': 'mail body', 'FILENAME': 'file name'}

def main():
    os.makedirs(OUT, exist_ok=True)
    rows = []
    styles = ['plain', 'numbered', 'caps', 'lower', 'plain']
    for n in range(1, 61):
        sc = S[(n - 1) % len(S)]
        B, X = build(n, sc)
        notes = '-'
        if n > 45:
            its = ITEMS[(n - 46) * 2:(n - 46) * 2 + 2]
            pend = []
            for cat, val, kind, where, text in its:
                if kind in ('body', 'table'):
                    blk = next((b for b in B if b[0] == 'S' and b[1] == where), None)
                    if blk is None:
                        blk = ['S', where, []]; B.append(blk)
                    if where == 'pg': blk[2] = [text]
                    else: blk[2].append(text)
                    pend.append((cat, val, kind, where))
                else:
                    tag = where
                    X = [x for x in X if x[1] != tag and not (tag.startswith('COMMENT') and x[1].startswith('COMMENT'))
                         and not (tag == 'MAIL-BODY' and x[1] == 'MAIL-BODY')]
                    X.append(['X', tag, text])
                    if tag.startswith('COMMENT'):
                        pl = 'comment author' if val in tag else 'comment text'
                    else:
                        pl = PLACE_OF[tag]
                    pend.append((cat, val, 'X', pl))
            text, labels = render(n, B, X, styles[n % 5])
            nl = []
            for cat, val, kind, where in pend:
                if kind == 'X': pl = where
                elif where == 'jeugdige': pl = 'cover value (Jeugdige)'
                else: pl = '%s (%s)' % ('table row' if kind == 'table' else 'body', labels[where])
                nl.append('%s "%s" @ %s' % (cat, val, pl))
            notes = '; '.join(nl)
        else:
            text, labels = render(n, B, X, styles[n % 5])
        with open(os.path.join(OUT, 'card-%02d.txt' % n), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write(text)
        rows.append('card-%02d.txt\t%s\t%s' % (n, 'CLEAN' if n <= 45 else 'DIRTY', notes))
    with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('file\texpect\tnotes\n' + '\n'.join(rows) + '\n')

main()
