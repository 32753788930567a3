#!/usr/bin/env python3
"""Generates ../cards/card-01.txt ... card-60.txt and cards.tsv for blind set 17 (fixed seeds, reproducible)."""
import os, random, datetime
from common import new_bsn, fmt_bsn, new_iban
from scenarios import SCEN

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'cards')
rng = random.Random(1701)

# gemeente, local team, place for home visits, Veilig Thuis region
GEM = [('Vlissingen', 'Sociaal Team Vlissingen', 'Vlissingen', 'Veilig Thuis Zeeland'),
       ('Utrecht', 'Buurtteam Jeugd en Gezin Utrecht', 'Utrecht', 'Veilig Thuis Utrecht'),
       ('Goes', 'Gemeente Goes, team Jeugd', 'Goes', 'Veilig Thuis Zeeland'),
       ('Huizen', 'Jeugd- en Gezinsteam Huizen', 'Huizen', 'Veilig Thuis Gooi en Vechtstreek'),
       ('Kapelle', 'Sociaal Team Kapelle', 'Kapelle', 'Veilig Thuis Zeeland'),
       ('Nieuwegein', 'Jeugdteam Nieuwegein', 'Nieuwegein', 'Veilig Thuis Utrecht'),
       ('Terneuzen', 'Sociaal Team Terneuzen', 'Terneuzen', 'Veilig Thuis Zeeland'),
       ('Nieuwegein', 'Jeugdteam Nieuwegein', 'Nieuwegein', 'Veilig Thuis Utrecht'),
       ('Amersfoort', 'Sociaal Wijkteam Amersfoort', 'Amersfoort', 'Veilig Thuis Utrecht'),
       ('Terneuzen', 'Sociaal Team Terneuzen', 'Terneuzen', 'Veilig Thuis Zeeland'),
       ('Middelburg', 'Sociaal Team Middelburg', 'Middelburg', 'Veilig Thuis Zeeland'),
       ('Utrecht', 'Buurtteam Jeugd en Gezin Utrecht', 'Utrecht', 'Veilig Thuis Utrecht'),
       ('Vlissingen', 'Sociaal Team Vlissingen', 'Vlissingen', 'Veilig Thuis Zeeland'),
       ('Middelburg', 'Sociaal Team Middelburg', 'Middelburg', 'Veilig Thuis Zeeland'),
       ('Soest', 'Sociaal Wijkteam Soest', 'Soest', 'Veilig Thuis Utrecht')]
GI = ['Samen Veilig Midden-Nederland', 'William Schrikker Stichting', 'Leger des Heils Jeugdbescherming & Reclassering']
INBR = ['Mirjam Oosterling', 'Jorrit Kleinepier', 'Hatice Yurtsever', 'Gerben Sinke', 'Liane Moerdijk-Haak',
        'Youssra Benamar', 'Pieter-Jan Bolier', 'Annabel Wijnhoud', 'Dirk Sonnevelt', 'Femke Ruissen',
        'Ruben Alkemade', 'Tineke Quist', 'Lisanne Broekhoven', 'Karim Ouaissa', 'Ellen Schot-Dekker']
FUNC = ['jeugdconsulent', 'gezinscoach', 'casemanager', 'procesregisseur', 'jeugd- en gezinswerker']
VASTE = ['Rianne Cijsouw', 'Maarten Hanse', 'Nadia Choukri', 'Wouter Minderhoud', 'Sietske Boonman',
         'Jeroen Leijnse', 'Ingrid Kosten', 'Bart Oomen']
GEDR = ['Hanneke Sturm (orthopedagoog-generalist)', 'Tjeerd Ossewaarde (GZ-psycholoog)',
        'Anouk Verbeek (gedragswetenschapper)', 'Marloes IJzerman (orthopedagoog)']
EXPERTS = ['verslavingsarts Emergis', 'kinderarts ZorgSaam', 'leerplichtambtenaar', 'jeugdagent (politie jeugd)',
           'psychiater Altrecht', 'huisarts', 'raadsonderzoeker RvdK', 'consulent verslavingszorg Centrum Maliebaan']
MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']
MON3 = ['jan.', 'feb.', 'mrt.', 'apr.', 'mei', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.']
DAYS = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo']

CANON = dict(datum='Datum', soort='Soort inbreng', jeugdige='Jeugdige (voorletter en geboortejaar)', inbrenger='Inbrenger',
             vaste='Vaste deelnemer', gemeente='Verantwoordelijke gemeente', gedrag='Gedragsdeskundige geraadpleegd',
             geinf='Geïnformeerd en gesproken', instemming='Instemming betrokkenen', vraag='Vraag aan het VeiligheidsTeam',
             experts='Uit te nodigen experts', gezin='Gezinssamenstelling', zorgen='Wat is er nu onveilig', patroon='Patroon',
             krachten='Krachten en beschermende factoren', risico='Risicofactoren', stemj='Stem van de jeugdige',
             stemo='Stem van ouders en verzorgers', visie='Visie van de inbrenger', score='Veiligheidsscore',
             hulp='Betrokken hulpverlening', pg='Persoonsgegevens')
SYN = dict(CANON, datum='Datum inbreng', soort='Type inbreng', jeugdige='Jeugdige(n)', inbrenger='Inbrenger (naam, functie, organisatie)',
           gemeente='Gemeente', gedrag='Gedragswetenschapper geraadpleegd', geinf='Wie is wanneer geïnformeerd', instemming='Instemming',
           vraag='Hulpvraag aan het VHT', experts='Experts', zorgen='Zorgen', patroon='Patroon uit het verleden', krachten='Krachten',
           stemj='Wat zegt de jeugdige', stemo='Stem van ouders', visie='Visie inbrenger', score='Score')
SYN2 = dict(SYN, zorgen='Onveiligheid', vraag='Vraag aan het VHT', jeugdige='Jeugdige')

def fdate(d, style):
    if d.day == 6: d = d + datetime.timedelta(days=1)
    if style == 0: return d.strftime('%d-%m-%Y')
    if style == 1: return '%d-%d-%d' % (d.day, d.month, d.year)
    if style == 2: return d.strftime('%Y-%m-%d')
    if style == 3: return '%s %d %s %d' % (DAYS[d.weekday()], d.day, MON3[d.month - 1], d.year)
    if style == 4: return '%d %s %d' % (d.day, MONTHS[d.month - 1], d.year)
    return d.strftime('%d/%m/%Y')

def dirty_items():
    r = random.Random(4617)
    bsn1 = fmt_bsn(new_bsn(r), 'dots'); bsn2 = new_bsn(r, eight=True)
    iban = new_iban(r, 'BG', '-', 'grouped')
    return {
     46: [('NAME', 'Joke Scheele', 'body (Krachten)', ('sec', 'krachten', 'Tante Joke Scheele (zus van moeder) in Koudekerke is de vaste opvang.')),
          ('PHONE', '06-27719042', 'footer', ('blk', 'FOOTER', 'Bij vragen kan ook vader gebeld worden: 06-27719042'))],
     47: [('NAME', 'Luwam Habte', 'comment author', ('blk', 'COMMENT author=Luwam Habte', 'Dit klopt niet, ik sla haar niet elke dag.')),
          ('BIRTHDATE', '11-02-2011', 'cover value (Jeugdige)', ('jeugd', 'S. (11-02-2011)'))],
     48: [('ADDRESS', 'Westhavendijk 41', 'header', ('blk', 'HEADER', 'VHK K. e.a. - Westhavendijk 41 - VERTROUWELIJK')),
          ('NAME', 'Bogusława', 'mail body', ('blk', 'MAIL-BODY', 'Goedemiddag,\nHierbij de kaart. Oma Bogusława komt op 12 december over uit Polen, zij is op de hoogte.\nGroet, jeugdconsulent Goes'))],
     49: [('EMAIL', 'moeder.huizen79@ziggo.nl', 'mail body', ('blk', 'MAIL-BODY', 'Ter info: moeder wil de definitieve kaart zelf ontvangen op moeder.huizen79@ziggo.nl.\nMvg, gezinscoach JGT Huizen')),
          ('NAME', 'Erik Ommen', 'tracked deletion', ('blk', 'TRACKED-DELETION', 'Vader (Erik Ommen) heeft in 2024 een tijdelijk huisverbod gehad.'))],
     50: [('NAME', 'Van der Bijl-Moerland', 'property (title)', ('blk', 'PROPERTY title', 'VHK gezin Van der Bijl-Moerland (Kapelle)')),
          ('POSTCODE', '4421 KM', 'table row (Gezinssamenstelling)', ('sec', 'gezin', '| woonadres | boerderij, 4421 KM |'))],
     51: [('NAME', 'Pattipeilohy', 'property (company)', ('blk', 'PROPERTY company', 'Schoonmaakbedrijf Pattipeilohy')),
          ('ID_NUMBER', 'cliëntnr. 8830417', 'footnote', ('blk', 'FOOTNOTE', 'Opname moeder Altrecht, cliëntnr. 8830417.'))],
     52: [('BSN', bsn1, 'body (Persoonsgegevens)', ('pg', 'BSN: ' + bsn1)),
          ('NAME', 'Djenna', 'alt text', ('blk', 'ALT', 'Foto van Djenna in de wipstoel, gemaakt bij het huisbezoek.'))],
     53: [('NAME', 'Šaban Jovanović', 'comment text', ('blk', 'COMMENT author=Leerplicht', 'Opa Šaban Jovanović heeft gezegd dat het meisje "verloofd" is.')),
          ('URL', 'https://www.tiktok.com/@ivana.nwg', 'body (Zorgen)', ('sec', 'zorgen', 'Op https://www.tiktok.com/@ivana.nwg staan filmpjes van de verlovingsfeest-voorbereiding.'))],
     54: [('NAME', 'Ratna Soewarno', 'body (Krachten)', ('sec', 'krachten', 'Tante Ratna Soewarno woont om de hoek en heeft een sleutel.')),
          ('PHONE', '06 3041 7785', 'mail subject', ('blk', 'MAIL-SUBJECT', 'Inbreng VHK T. (2016) Amersfoort - vader bereikbaar 06 3041 7785'))],
     55: [('IBAN', iban, 'footnote', ('blk', 'FOOTNOTE', 'Loon van vader wordt gestort op ' + iban + ' (rekening in Bulgarije).')),
          ('NAME', 'Petkov', 'file name', ('blk', 'FILENAME', 'VHK_Petkov_Terneuzen_Z2012.docx'))],
     56: [('NAME', 'Ronald', 'body (Zorgen)', ('sec', 'zorgen', 'De partner van moeder, Ronald, ontkent alles.')),
          ('BIRTHDATE', '5 maart 2010', 'body (Stem van de jeugdige)', ('sec', 'stemj', 'C. (geb. 5 maart 2010) wil dit zelf aan de voorzitter vertellen.'))],
     57: [('ADDRESS', 'Gambiadreef 77', 'mail body', ('blk', 'MAIL-BODY', 'Beste voorzitter,\nDe ontruiming van Gambiadreef 77 staat gepland voor januari. Kan dit snel besproken worden?\nGroet, buurtteam Overvecht')),
          ('ID_NUMBER', 'DW-559102', 'comment text', ('blk', 'COMMENT author=Schuldhulpverlening', 'Zaaknummer deurwaarder DW-559102, graag meenemen.'))],
     58: [('URL', 'instagram.com/x.breskens_09', 'body (Zorgen)', ('sec', 'zorgen', 'Via instagram.com/x.breskens_09 wordt hij benaderd door de afpersers.')),
          ('EMAIL', 'xdb2009@hotmail.com', 'footer', ('blk', 'FOOTER', 'Reactie jeugdige graag naar xdb2009@hotmail.com'))],
     59: [('NAME', 'SUTEDJA', 'header', ('blk', 'HEADER', 'VEILIGHEIDSKAART GEZIN SUTEDJA - MIDDELBURG')),
          ('POSTCODE', '4335 HV', 'mail body', ('blk', 'MAIL-BODY', 'Moeder is tijdelijk in de opvang, post via 4335 HV.\nGroet, Sociaal Team Middelburg'))],
     60: [('NAME', 'Hoekstra', 'footnote', ('blk', 'FOOTNOTE', 'Stiefvader Hoekstra heeft een strafblad voor mishandeling (2019).')),
          ('BSN', bsn2, 'tracked deletion', ('blk', 'TRACKED-DELETION', 'bsn A. ' + bsn2))],
    }

def card(i, dirty):
    s_i = (i - 1) % 15; var = (i - 1) // 15
    sc = SCEN[s_i]; r = random.Random(1000 + i)
    gem, team, place, vt = GEM[s_i]
    kids = sc['kids']; ini = [k[0] for k in kids]
    fm = lambda t: t.format(*ini).replace('..', '.')
    labels = [CANON, SYN, SYN2, CANON][var] if r.random() < 0.7 else r.choice([CANON, SYN, SYN2])
    style = r.choice(['plain', 'plain', 'numbered', 'caps', 'lower', 'nocolon'])
    d = datetime.date(2026, 11, 13) + datetime.timedelta(days=r.randint(0, 21))
    dstyle = r.randint(0, 5)
    soort = ['Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Overdracht'][var] if var < 3 else r.choice(['Eerste inbreng', 'Vervolgbespreking'])
    if soort == 'Overdracht' and s_i % 3 == 0:
        org = GI[s_i % 3]; soort_txt = 'Overdracht (%s -> Toegang %s, einde maatregel, via het VHT)' % (org, gem)
    elif soort == 'Overdracht':
        org = vt; soort_txt = 'Overdracht (%s -> %s)' % (vt, team)
    elif soort == 'Vervolgbespreking':
        org = team; soort_txt = 'Vervolgbespreking (eerder besproken als VHT-2026-%04d)' % r.randint(20, 400)
    elif soort == 'Monitoring':
        org = r.choice([team, vt]); soort_txt = 'Monitoring (VHT-2025-%04d)' % r.randint(20, 400)
    else:
        org = r.choice([team, team, vt]); soort_txt = 'Eerste inbreng'
    inbr = INBR[(s_i + 4 * var) % len(INBR)]
    items = dirty_items()[i] if dirty else []
    sec = {}
    def put(key, lines): sec[key] = lines
    jeug = [('%s (%d)' % (k[0], k[1])) for k in kids]
    if r.random() < 0.3 and len(kids) > 1: jeug = ['%s (%d), %s' % (k[0], k[1], k[2]) for k in kids]
    put('datum', [fdate(d, dstyle)]); put('soort', [soort_txt]); put('jeugdige', jeug)
    put('inbrenger', ['%s, %s, %s' % (inbr, FUNC[(i + var) % 5], org)])
    put('vaste', ['%s, %s' % (VASTE[(s_i + var) % len(VASTE)], team if org != vt else vt)])
    put('gemeente', [gem])
    if r.random() < 0.6: put('gedrag', ['Ja, %s, op %s' % (GEDR[i % 4], fdate(d - datetime.timedelta(days=r.randint(2, 9)), dstyle))])
    inf = ['Moeder: gesproken op %s (huisbezoek in %s).' % (fdate(d - datetime.timedelta(days=r.randint(3, 12)), dstyle), place)]
    if any(2026 - k[1] >= 12 for k in kids):
        inf.append('%s: gesproken op %s, op school.' % (kids[0][0], fdate(d - datetime.timedelta(days=r.randint(2, 10)), dstyle)))
    inf.append(r.choice(['Vader: telefonisch gesproken.', 'Vader is per brief geïnformeerd.', 'De huisarts is op de hoogte.', 'School (zorgcoördinator) is geïnformeerd.']))
    put('geinf', inf)
    cons = r.random()
    if cons < 0.65: put('instemming', ['Ja, ouders en jeugdige(n) weten van de bespreking en stemmen in.'])
    elif cons < 0.85: put('instemming', ['Nee. Reden: ' + r.choice(['vader wil geen bemoeienis van "instanties".', 'moeder is bang dat de kinderen uit huis worden geplaatst.', 'ouders zijn niet bereikbaar geweest.']),
                                         'Verantwoording inbrenger: de zorgen zijn zo groot dat bespreking zonder instemming nodig is; ouders zijn hierover geïnformeerd.'])
    else: put('instemming', ['Deels: moeder stemt in, vader niet.', 'Verantwoording: de veiligheid van de kinderen weegt zwaarder; vader is geïnformeerd.'])
    put('vraag', [fm(sc['vraag'])])
    if r.random() < 0.4: put('experts', [', '.join(r.sample(EXPERTS, 2))])
    if r.random() < 0.4:
        rows = ['| rol | geboortejaar |'] + ['| %s | %d |' % (k[2], k[1]) for k in kids]
        put('gezin', [fm(sc['fam'])] + rows)
    else: put('gezin', [fm(sc['fam'])])
    bullet = r.choice(['- ', '* ', '• ', ''])
    put('zorgen', [bullet + fm(z) for z in sc['zorgen']])
    if r.random() < 0.7: put('patroon', [fm(sc['patroon'])])
    put('krachten', [fm(sc['krachten'])]); put('risico', [fm(sc['risico'])])
    stem = ['%s: %s' % (fm(k), fm(v)) for k, v in sc['stemj'].items()]
    if not (all(2026 - k[1] < 12 for k in kids) and r.random() < 0.3): put('stemj', stem)
    put('stemo', [fm(sc['stemo'])]); put('visie', [fm(sc['visie'])])
    if r.random() < 0.4:
        put('score', ['| wie | score |'] + ['| %s | %s |' % tuple(x.strip().rstrip('.').split(': ')) for x in fm(sc['score']).split('. ') if x.strip()])
    else: put('score', [fm(sc['score'])])
    put('hulp', [fm(sc['hulp'])])
    pgv = r.choice([None, 'n.v.t.', '-', 'niet invullen bij inbreng'])
    if pgv: put('pg', [pgv])
    blocks_before, blocks_after = [], []
    # harmless special blocks
    harmless = [('PROPERTY title', 'Veiligheidskaart %s - %s' % (jeug[0].split(',')[0], soort)),
                ('PROPERTY company', org),
                ('HEADER', 'VERTROUWELIJK - VHK - %s' % gem.upper()),
                ('FOOTER', 'Veiligheidskaart versie %d - pagina 1 van 3' % (var + 1)),
                ('FILENAME', 'VHK_%s_%s%d_%s.docx' % (gem, kids[0][0].rstrip('.'), kids[0][1], d.strftime('%Y%m%d'))),
                ('MAIL-SUBJECT', 'Inbreng VHK %s - %s - %s' % (jeug[0].split(',')[0], gem, soort)),
                ('MAIL-BODY', 'Beste voorzitter,\nIn de bijlage de veiligheidskaart voor de bespreking. De vaste deelnemer heeft meegelezen.\nMet vriendelijke groet,\n%s, %s' % (FUNC[i % 5], org)),
                ('COMMENT author=Gedragswetenschapper ' + team, 'Graag concreter beschrijven wat er op de dag van het incident gebeurde.'),
                ('ALT', 'Drie Huizen-tekening van %s' % kids[0][0]),
                ('TRACKED-DELETION', 'Inbrenger: 5.'),
                ('FOOTNOTE', 'Bron: verslag %s, ontvangen na toestemming.' % r.choice(['SEH', 'huisarts', 'school', 'politie (zorgmelding)']))]
    chosen = r.sample(harmless, r.randint(2, 5))
    dtags = {it[3][1].split(' ')[0] for it in items if it[3][0] == 'blk'}
    for tag, txt in chosen:
        if tag.split(' ')[0] in dtags: continue
        (blocks_before if tag.startswith(('PROPERTY', 'HEADER', 'FILENAME', 'MAIL')) else blocks_after).append((tag, txt))
    sec_extra = {}
    for cat, val, plc, how in items:
        if how[0] == 'sec':
            if how[1] == 'stemj' and 'stemj' not in sec: sec['stemj'] = stem
            sec[how[1]] = sec[how[1]] + [how[2]]
        elif how[0] == 'jeugd': sec['jeugdige'] = [how[1]] + sec['jeugdige'][1:]
        elif how[0] == 'pg': sec['pg'] = [how[1]]
        else:
            (blocks_before if how[1].startswith(('PROPERTY', 'HEADER', 'FILENAME', 'MAIL')) else blocks_after).append((how[1], how[2]))
    order = ['datum', 'soort', 'jeugdige', 'inbrenger', 'vaste', 'gemeente', 'gedrag', 'geinf', 'instemming', 'vraag', 'experts',
             'gezin', 'zorgen', 'patroon', 'krachten', 'risico', 'stemj', 'stemo', 'visie', 'score', 'hulp', 'pg']
    out = []
    for tag, txt in blocks_before: out += ['[%s]' % tag, txt, '']
    n = 0
    mid_blocks = blocks_after[:len(blocks_after) // 2]; end_blocks = blocks_after[len(blocks_after) // 2:]
    for key in order:
        if key not in sec: continue
        n += 1
        lab = labels[key]
        if style == 'numbered': lab = '%d. %s:' % (n, lab)
        elif style == 'caps': lab = lab.upper() + ':'
        elif style == 'lower': lab = lab.lower() + ':'
        elif style == 'nocolon': lab = lab
        else: lab = lab + ':'
        if key == 'datum': out += ['VOORBLAD', '']
        if key == 'gezin': out += ['VEILIGHEIDSKAART', '']
        out += [lab] + sec[key] + ['']
        if key == 'zorgen':
            for tag, txt in mid_blocks: out += ['[%s]' % tag, txt, '']
    for tag, txt in end_blocks: out += ['[%s]' % tag, txt, '']
    notes = '; '.join('%s "%s" @ %s' % (c, v, p) for c, v, p, _ in items) if items else '-'
    return '\n'.join(out).rstrip('\n') + '\n', notes

os.makedirs(OUT, exist_ok=True)
rows = ['file\texpect\tnotes']
for i in range(1, 61):
    dirty = i > 45
    text, notes = card(i, dirty)
    with open(os.path.join(OUT, 'card-%02d.txt' % i), 'w', encoding='utf-8', newline='\n') as fh: fh.write(text)
    rows.append('card-%02d.txt\t%s\t%s' % (i, 'DIRTY' if dirty else 'CLEAN', notes))
with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh: fh.write('\n'.join(rows) + '\n')
print('wrote 60 cards')
