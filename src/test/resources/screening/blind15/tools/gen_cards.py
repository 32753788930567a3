#!/usr/bin/env python3
"""Builds ../cards/card-01..60.txt and cards.tsv from scenarios.py (fixed seed)."""
import os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from scenarios import S, W, V
sys.path.pop(0)
import gen_sentences as _g  # reuse the number generators (own rng below)

rng = random.Random(4615)
OUT = os.path.join(HERE, '..', 'cards')
YEAR = 2026
INITIALS = [['M', 'S', 'N', 'H'], ['F', 'Y', 'R', 'E'], ['Z', 'L', 'T', 'I'], ['A', 'D', 'K', 'O'],
            ['B', 'J', 'W', 'U'], ['Ch', 'IJ', 'Th', 'G']]
CARD_DATES = ['24-11-2026', '2026-11-25', 'do 26 november 2026', '27/11/2026', '30.11.2026', 'ma 30-11-2026',
              '1 december 2026', '2026-12-02', '03-12-2026', 'vr 4 dec. 2026', '25-11-2026', '26/11/2026']
INFO_DATES = ['16-11-2026', '17 nov.', '18-11-2026', '2026-11-19', '19/11', 'vr 20 november', '23-11-2026']
LABELS = [  # key, canonical, synonym
 ('datum', 'Datum inbreng', 'Datum'), ('soort', 'Soort inbreng', 'Type inbreng'),
 ('jeugdige', 'Jeugdige (voorletter en geboortejaar)', 'Jeugdige(n)'),
 ('inbrenger', 'Inbrenger (naam, functie, organisatie)', 'Inbrenger'), ('vaste', 'Vaste deelnemer', 'Vaste deelnemer'),
 ('gemeente', 'Verantwoordelijke gemeente', 'Gemeente'),
 ('gedrag', 'Gedragsdeskundige geraadpleegd', 'Gedragswetenschapper geraadpleegd'),
 ('geinf', 'Geïnformeerd en gesproken', 'Wie is wanneer geïnformeerd'),
 ('instemming', 'Instemming betrokkenen', 'Instemming'),
 ('vraag', 'Vraag aan het VeiligheidsTeam', 'Hulpvraag aan het VHT'), ('experts', 'Uit te nodigen experts', 'Experts'),
 ('gezin', 'Gezinssamenstelling', 'Gezinssamenstelling'), ('zorgen', 'Wat is er nu onveilig', 'Zorgen'),
 ('patroon', 'Patroon uit het verleden', 'Patroon'), ('krachten', 'Krachten en beschermende factoren', 'Krachten'),
 ('risico', 'Risicofactoren', 'Risicofactoren'), ('stemj', 'Stem van de jeugdige', 'Wat zegt de jeugdige'),
 ('stemo', 'Stem van ouders en verzorgers', 'Stem van ouders'), ('visie', 'Visie van de inbrenger', 'Visie inbrenger'),
 ('score', 'Veiligheidsscore', 'Score'), ('hulp', 'Betrokken hulpverlening', 'Betrokken hulpverlening'),
 ('borging', 'Waar kunnen ouders en jeugdige terecht', 'Waar kunnen ouders en jeugdige terecht'),
 ('pg', 'Persoonsgegevens', 'Persoonsgegevens'),
]
COVER = {'datum', 'soort', 'jeugdige', 'inbrenger', 'vaste', 'gemeente', 'gedrag', 'geinf', 'instemming', 'vraag', 'experts'}
GEDRAG = ['Ja, drs. Marloes Tuin, gedragswetenschapper William Schrikker Stichting, op {d}',
          'Ja, Ruben Oldenburger (orthopedagoog, Veilig Thuis), {d}', 'Nee, gepland na de bespreking.',
          'Ja, gedragswetenschapper van het team, Shanti Ramdin, op {d}', 'Ja, Femke Jansma (GZ-psycholoog Accare), {d}']
PG = ['n.v.t.', '-', 'niet invullen bij inbreng', 'N.v.t. (intake)']
BORGING = ['Bij acuut gevaar: 112. Veilig Thuis: 0800-2000 (dag en nacht). De Kindertelefoon: 0800-0432.',
           'Ouders kunnen terecht bij de huisarts en bij de jeugdprofessional; buiten kantoortijd bij de crisisdienst via 112.',
           'Jeugdige kan terecht bij de mentor en de vertrouwenspersoon op school; ouders bij de Toegang (14 + netnummer gemeente).']

def vht_no(n):
    k = 40 + n
    d = '02026%04d' % k   # avoid a case number whose digits pass the BSN 11-check
    while sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8]) in range(-99, 999, 11):
        k += 1; d = '02026%04d' % k
    return k

def fmt_kid(i, init, y):
    return '%s. (%d)' % (init, y)

def build(n, sc, v, dirty=None):
    si = S.index(sc)
    inits = INITIALS[(si + v) % len(INITIALS)]
    shift = [0, 1, -1, 0][v]
    years = []
    for (y,) in sc['kids']:
        yy = y + shift
        if y >= 2024 or yy < 2010 or yy > 2023: yy = y
        years.append(yy)
    if sc['origin'] == 'Ghanees': years[2] = years[1]   # twins
    keys = 'ABCD'
    sub = {}
    for k, init, y in zip(keys, inits, years):
        sub[k] = init + '.'
        sub['y' + k] = str(y); sub['a' + k] = str(YEAR - y)
    def f(t):
        for k in sorted(sub, key=len, reverse=True):
            t = t.replace('{%s}' % k, sub[k])
        return t.replace('..', '.')
    wkey = sc['writers'][v % 2]
    wname, wrole, worg = W[wkey]
    date = CARD_DATES[n % len(CARD_DATES)]
    if sc['gem'] == 'Medemblik' and v in (0, 3):
        soort = 'Overdracht (William Schrikker Stichting -> Sociaal Team Medemblik)'
    else:
        soort = ['Eerste inbreng', 'Vervolgbespreking (eerder besproken als VHT-2026-%04d)' % vht_no(n),
                 'Monitoring', 'Eerste inbreng'][v]
    style = (n + si) % 4   # 0 canonical, 1 numbered synonyms, 2 ALL CAPS, 3 cover as table
    kidlist = [fmt_kid(i, inits[i], y) for i, y in enumerate(years)]
    ds = INFO_DATES[(n) % len(INFO_DATES)], INFO_DATES[(n + 2) % len(INFO_DATES)], INFO_DATES[(n + 4) % len(INFO_DATES)]
    geinf = ['Moeder: gesproken op %s%s.' % (ds[0], ' met tolk' if sc['origin'] in ('Afghaans', 'Somalisch', 'Chinees', 'Vietnamees', 'Nigeriaans') else ''),
             '%s: gesproken op %s op school.' % (kidlist[0].split(' ')[0], ds[1]),
             'Vader / partner: %s op %s.' % (['telefonisch gesproken', 'uitgenodigd, niet verschenen', 'gesproken bij huisbezoek'][n % 3], ds[2])]
    if v == 2: geinf.append('De kaart is op %s met moeder doorgenomen; reactie binnen 5 werkdagen.' % ds[1])
    consent_no = (n % 7 == 3)
    if consent_no:
        instem = ['Nee. Moeder stemt niet in: zij is bang dat de kinderen uit huis worden geplaatst.',
                  'Onderbouwing inbrenger: de zorgen zijn ernstig en acuut; zonder advies van het VHT kunnen de kinderen onvoldoende beschermd worden. Moeder is hierover op %s geïnformeerd.' % ds[0]]
    else:
        instem = [['Ja, ouders stemmen in met bespreking in het VHT.', 'Ja, moeder en vader hebben ingestemd; %s weet van de bespreking.' % sub['A'],
                   'Ja (mondeling, %s).' % ds[1]][n % 3]]
    body = {
        'datum': [date], 'soort': [soort], 'jeugdige': kidlist, 'inbrenger': ['%s, %s, %s' % (wname, wrole, worg)],
        'vaste': [V[sc['gem']]], 'gemeente': [sc['gem']], 'gedrag': [GEDRAG[n % len(GEDRAG)].format(d=ds[2])],
        'geinf': geinf, 'instemming': instem, 'vraag': [f(sc['vraag'])], 'experts': [f(sc['experts'])],
        'gezin': [f(sc['gezin'])], 'zorgen': ['- ' + f(z) for z in sc['zorgen']], 'patroon': [f(sc['patroon'])],
        'krachten': [f(sc['krachten'])], 'risico': [f(sc['risico'])], 'stemj': [f(sc['stemj'])],
        'stemo': [f(sc['stemo'])], 'visie': [f(sc['visie'])], 'score': [f(sc['score'])], 'hulp': [f(sc['hulp'])],
        'borging': [BORGING[n % 3]], 'pg': [PG[n % 4]],
    }
    if n % 5 == 1:   # Gezinssamenstelling as a table
        rows = ['| rol | geboortejaar | woont in gezin |', '| moeder | %s | ja |' % f(sc['gezin']).split('Moeder (')[1][:4]
                if 'Moeder (' in f(sc['gezin']) else '| moeder | - | ja |']
        for kl in kidlist: rows.append('| %s | %s | ja |' % (kl.split(' ')[0], kl.split('(')[1][:4]))
        body['gezin'] = [f(sc['gezin'])] + rows
    if n % 6 == 2:   # Score as a table
        body['score'] = ['| wie | score |'] + ['| %s | %s |' % tuple(p.strip().rsplit(' ', 1)) for p in f(sc['score']).rstrip('.').split(',') if ' ' in p.strip() and p.strip().rsplit(' ', 1)[1].isdigit()]
    specials = {}
    tagset = [
        ('PROPERTY title', 'Veiligheidskaart %s - %s' % (kidlist[0], soort.split(' (')[0])),
        ('HEADER', 'VHK - VERTROUWELIJK - %s' % sc['gem'].upper()),
        ('FOOTER', 'Opgesteld door %s, %s - versie %d - pagina 1 van 3' % (wrole, worg, v + 1)),
        ('COMMENT author=Voorzitter VHT', 'Graag bij Krachten aanvullen wat er al goed gaat, en wie dat ziet.'),
        ('ALT', 'Drie Huizen-tekening van %s (%s jaar): huis van de zorgen, huis van de goede dingen, huis van de dromen.' % (sub['A'], sub['aA'])),
        ('TRACKED-DELETION', 'Inbrenger: %d.' % (rng.randint(2, 7))),
        ('FOOTNOTE', 'Zie het verslag van het multidisciplinair overleg van %s; opgesteld door de zorgcoördinator.' % ds[0]),
        ('MAIL-SUBJECT', 'VHK %s %s%s - aanmelding VHT %s' % (sc['gem'], inits[0], years[0], date)),
        ('MAIL-BODY', 'Beste voorzitter,\n\nHierbij de veiligheidskaart van %s voor de bespreking. Instemming is besproken, zie de kaart.\n\nMet vriendelijke groet,\n%s\n%s\nT 0800-2000 (algemeen nummer)\n\nDit bericht is uitsluitend bestemd voor de geadresseerde. Is dit bericht niet voor u bestemd, verwijder het dan en informeer de afzender.\nThis e-mail is intended solely for the addressee.' % (kidlist[0], wrole, worg)),
        ('FILENAME', 'VHK_%s_%s%s_%s.docx' % (sc['gem'].replace(' ', '-'), inits[0].replace('IJ', 'IJ'), years[0], '202611%02d' % (20 + n % 10))),
        ('COMMENT author=%s' % worg, 'Tekst aangepast na het gesprek met de gedragswetenschapper.'),
        ('PROPERTY company', worg),
    ]
    pick = rng.sample(range(len(tagset)), 5)
    for i in pick: specials.setdefault(tagset[i][0], tagset[i][1])
    return dict(body=body, specials=specials, style=style, sub=sub, f=f, kidlist=kidlist, years=years, inits=inits)

def render(c, extra_blocks=None, add=None):
    body, specials, style = c['body'], dict(c['specials']), c['style']
    add = add or {}
    extra_blocks = extra_blocks or {}
    for k, t in extra_blocks.items(): specials[k] = t
    out = []
    top = [t for t in ('FILENAME', 'MAIL-SUBJECT', 'MAIL-BODY', 'PROPERTY title', 'PROPERTY company', 'PROPERTY author', 'HEADER') if t in specials]
    for t in top: out += ['[%s]' % t, specials[t], '']
    if style == 3: out += ['VOORBLAD', '']
    num = 0
    for key, canon, syn in LABELS:
        if key not in body: continue
        lines = body[key] + add.get(key, [])
        num += 1
        lab = canon if style in (0, 3) else syn
        if style == 1: lab = '%d. %s:' % (num, syn)
        elif style == 2: lab = lab.upper()
        else: lab = lab + ':'
        if style == 3 and key in COVER:
            out.append('%s | %s' % (canon, ' / '.join(lines)))
            if key == 'experts': out += ['', 'VEILIGHEIDSKAART', '']
            continue
        out.append(lab); out += lines; out.append('')
        if key == 'zorgen':
            for t in [t for t in specials if t.startswith('COMMENT')]: out += ['[%s]' % t, specials[t], '']
        if key == 'stemj' and 'ALT' in specials: out += ['[ALT]', specials['ALT'], '']
        if key == 'score' and 'TRACKED-DELETION' in specials: out += ['[TRACKED-DELETION]', specials['TRACKED-DELETION'], '']
        if key == 'hulp' and 'FOOTNOTE' in specials: out += ['[FOOTNOTE]', specials['FOOTNOTE'], '']
    if 'FOOTER' in specials: out += ['[FOOTER]', specials['FOOTER'], '']
    return '\n'.join(out).rstrip('\n') + '\n'

def main():
    os.makedirs(OUT, exist_ok=True)
    tsv = ['file\texpect\tnotes']
    n = 0
    for v in range(3):
        for sc in S:
            n += 1
            c = build(n, sc, v)
            open(os.path.join(OUT, 'card-%02d.txt' % n), 'w', encoding='utf-8').write(render(c))
            tsv.append('card-%02d.txt\tCLEAN\t-' % n)
    gr = random.Random(4616)
    _g.rng.seed(4617)
    for i, sc in enumerate(S):
        n += 1
        c = build(n, sc, 3)
        A, f = c['sub']['A'], c['f']
        eb, add, items = {}, {}, []
        if i == 0:
            eb['COMMENT author=Gulalai Wardak'] = 'Dit klopt niet, mijn man slaat niet met een riem.'
            eb['MAIL-BODY'] = 'Beste voorzitter,\n\nBijgaand de kaart. Moeder is het best bereikbaar op 06-27193845 (met tolk Dari).\n\nMet vriendelijke groet,\nmedewerker bewonerszaken, COA locatie Assen'
            items = ['NAME "Gulalai Wardak" @ comment author', 'PHONE "06-27193845" @ mail body']
        elif i == 1:
            add['zorgen'] = ['- Tante Hibo in Hargeisa zou de ingreep al hebben geregeld.']
            y = c['years'][0]; bd = '17-05-%d' % y
            c['body']['jeugdige'][0] = '%s (%s)' % (A, bd)
            items = ['NAME "Hibo" @ body (Zorgen)', 'BIRTHDATE "%s" @ cover value (Jeugdige)' % bd]
        elif i == 2:
            eb['FILENAME'] = 'VHK Dmytro Savchenko nov 2026.docx'
            eb['FOOTNOTE'] = 'Gegevens uit het Oekraïense paspoort van moeder, nummer FK 208375, ter controle bij de gemeente.'
            items = ['NAME "Dmytro Savchenko" @ file name', 'ID_NUMBER "FK 208375" @ footnote']
        elif i == 3:
            eb['HEADER'] = 'Veiligheidskaart - moeder Lin Mei - vertrouwelijk'
            add['risico'] = ['Restaurant en woning aan de Hoofdstraat 212a zijn één pand; de kinderen hebben geen eigen kamer.']
            items = ['NAME "Lin Mei" @ header', 'ADDRESS "Hoofdstraat 212a" @ body (Risicofactoren)']
        elif i == 4:
            eb['PROPERTY author'] = 'Ho Van Thanh'
            eb['MAIL-BODY'] = 'Goedemiddag,\n\nMoeder heeft de kaart gelezen en reageert via vanthanh.ho@gmail.com (het adres van haar neef).\n\nMet vriendelijke groet,\nmedewerker onderzoek, Veilig Thuis Flevoland'
            items = ['NAME "Ho Van Thanh" @ property (author)', 'EMAIL "vanthanh.ho@gmail.com" @ mail body']
        elif i == 5:
            eb['TRACKED-DELETION'] = 'Opa Frits Soeters (1941) woont sinds 2023 in.'
            ib = _g.iban('KNAB_grouped')
            add['risico'] = ['Vader laat gokwinsten en leningen storten op %s.' % ib]
            items = ['NAME "Frits Soeters" @ tracked deletion', 'IBAN "%s" @ body (Risicofactoren)' % ib]
        elif i == 6:
            eb['ALT'] = 'Foto van de gebedsdienst: voorganger Yaw Boakye legt zijn handen op het hoofd van %s' % A
            eb['FOOTNOTE'] = 'Filmpje van de dienst stond op https://www.tiktok.com/@nana.ama.zd (inmiddels offline).'
            items = ['NAME "Yaw Boakye" @ alt text', 'URL "https://www.tiktok.com/@nana.ama.zd" @ footnote']
        elif i == 7:
            b = _g.bsn_fmt('plain')
            eb['MAIL-SUBJECT'] = 'VHK Emmen BSN %s - vervolgbespreking' % b
            add['stemo'] = ['Vaders broer Obinna wil ook gehoord worden; hij steunt vader.']
            items = ['BSN "%s" @ mail subject' % b, 'NAME "Obinna" @ body (Stem van ouders)']
        elif i == 8:
            eb['FOOTER'] = 'Bij vragen: vast nummer moeder 0597-418263'
            add['krachten'] = ['Buurman Klaas Dijkema heeft aangeboden de kinderen op te vangen.']
            items = ['PHONE "0597-418263" @ footer', 'NAME "Klaas Dijkema" @ body (Krachten)']
        elif i == 9:
            add['gezin'] = ['| %s | geboren 03-02-2025 | ja |' % A]
            eb['FOOTER'] = 'Retour: Toegang Borger-Odoorn, t.a.v. moeder, 9521 GK Nieuw-Buinen'
            items = ['BIRTHDATE "03-02-2025" @ table row (Gezinssamenstelling)', 'POSTCODE "9521 GK" @ footer']
        elif i == 10:
            eb['MAIL-SUBJECT'] = 'Fwd: safety card Hargreaves children'
            eb['MAIL-BODY'] = '---------- Forwarded message ---------\nFrom: s.hargreaves1982@gmail.com\nSent: Monday, 23 November 2026 21:04\nSubject: safety card\n\nI have read the card. I agree with the meeting but please do not call me at work.\n\nDoorgestuurd door: casemanager, Veilig Thuis Noord-Holland Noord'
            items = ['NAME "Hargreaves" @ mail subject', 'EMAIL "s.hargreaves1982@gmail.com" @ mail body']
        elif i == 11:
            eb['FOOTNOTE'] = 'Informatie van oma (mz) Albertje Koffeman, telefonisch op 9-11-2026.'
            eb['HEADER'] = 'VHK Urk - dossiernr. WSS-2026-47188 - vertrouwelijk'
            items = ['NAME "Albertje Koffeman" @ footnote', 'ID_NUMBER "WSS-2026-47188" @ header']
        elif i == 12:
            add['zorgen'] = ['- De "vriend" plaatst foto\'s van haar op instagram.com/lisa_lely_2010, account op haar naam.']
            eb['COMMENT author=Gedragswetenschapper WSS'] = 'Nummer van de vriend volgens moeder: +31 6 4182 7730. Doorgeven aan de zedenrecherche?'
            items = ['URL "instagram.com/lisa_lely_2010" @ body (Zorgen)', 'PHONE "+31 6 4182 7730" @ comment text']
        elif i == 13:
            add['gezin'] = ['Moeder en kinderen wonen sinds 2025 aan de Nieuwstraat 31-A in Medemblik.']
            b = _g.bsn_fmt('dots')
            eb['TRACKED-DELETION'] = 'BSN %s: %s' % (A, b)
            items = ['ADDRESS "Nieuwstraat 31-A" @ body (Gezinssamenstelling)', 'BSN "%s" @ tracked deletion' % b]
        elif i == 14:
            y = c['years'][0]; bd = '12 mei %d' % y
            c['body']['stemj'][0] = c['body']['stemj'][0].replace('%s (%s jaar)' % (A, c['sub']['aA']), '%s (geb. %s)' % (A, bd), 1)
            assert bd in c['body']['stemj'][0]
            eb['HEADER'] = 'Gezin Zuidlaren 9471 KC - vertrouwelijk'
            items = ['BIRTHDATE "%s" @ body (Stem van de jeugdige)' % bd, 'POSTCODE "9471 KC" @ header']
        txt = render(c, eb, add)
        open(os.path.join(OUT, 'card-%02d.txt' % n), 'w', encoding='utf-8').write(txt)
        tsv.append('card-%02d.txt\tDIRTY\t%s' % (n, '; '.join(items)))
    open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8').write('\n'.join(tsv) + '\n')
    print(n, 'cards')

if __name__ == '__main__':
    main()
