#!/usr/bin/env python3
"""Generates ../cards/card-01.txt .. card-60.txt and cards.tsv for blind set 66. Fixed seed 6660."""
import os, random
from common import make_bsn, make_nl_iban, group4

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'cards')
rng = random.Random(6660)

GEM = ['Amersfoort', 'Leusden', 'Soest', 'Baarn', 'Bunschoten', 'Nijkerk', 'Woudenberg', 'Eemnes']
PLACES = {
    'Amersfoort': ['Kattenbroek', 'Nieuwland', 'Vathorst', 'Soesterkwartier', 'Liendert', 'Schothorst', 'Randenbroek', 'Hoogland', 'Hooglanderveen'],
    'Leusden': ['Achterveld', 'Stoutenburg', 'Leusden-Zuid'], 'Soest': ['Soesterberg', 'Soest-Zuid', 'Den Dolder'],
    'Baarn': ['Lage Vuursche', 'Eembrugge'], 'Bunschoten': ['Spakenburg', 'Eemdijk', 'Bunschoten'],
    'Nijkerk': ['Nijkerkerveen', 'Hoevelaken'], 'Woudenberg': ['Maarsbergen', 'Renswoude', 'Scherpenzeel'], 'Eemnes': ['Eemnes', 'Hollandsche Rading'],
}
# professionals (cover fields only): invented
PROS = [
    ('Marit Schouten', 'gezinscoach', 'Sociaal Wijkteam Amersfoort'), ('Youssra Bakkali', 'jeugdconsulent', 'CJG Amersfoort'),
    ('Gerben Wijnands', 'casemanager', 'Veilig Thuis Utrecht'), ('Dewi Sastrowidjojo', 'gezinsvoogd', 'Jeugdbescherming Gelderland'),
    ('Annemiek Versteeg', 'SAVE-werker', 'SAVE team Eemland'), ('Hilde Roodbeen', 'jeugdconsulent', 'Sociaal Domein Leusden'),
    ('Tesfay Mebrahtu', 'wijkcoach', 'Indebuurt033'), ('Karin Heijkoop', 'jeugdverpleegkundige', 'JGZ Amersfoort'),
    ('Joris Vlastuin', 'raadsonderzoeker', 'Raad voor de Kinderbescherming Utrecht'), ('Nadia el Idrissi', 'casemanager', 'Toegang Soest'),
    ('Wouter Bleijenberg', 'consulent jeugd', 'Gemeente Bunschoten'), ('Femke Hardeman', 'gezinscoach', 'Sociaal Team Nijkerk'),
]
VASTE = [('Remco Lagerweij', 'Sociaal Wijkteam Amersfoort'), ('Saskia de Vlieger', 'Veilig Thuis Utrecht'),
         ('Hamid Azarkan-Smit', 'Jeugdbescherming Gelderland'), ('Ellen Rozendaal', 'SAVE team Eemland'),
         ('Pieter Bouwhuis', 'Gemeente Leusden'), ('Gonneke Stam', 'Toegang Soest / Baarn')]
GEDRAG = ['Linda Verweij (GZ-psycholoog, Youké)', 'dr. Koen Meulenbelt (orthopedagoog-generalist, Lindenhout)',
          'Amal Chahboun (gedragswetenschapper, JB Gelderland)', 'Jet Brinkman (gedragsdeskundige, Sociaal Wijkteam Amersfoort)']

FAM = [
    ('vissersgezin', 'Vader (1979) is visser en is doordeweeks op zee, moeder (1982) zorgt voor {n} kinderen. Het gezin is kerkelijk betrokken (Gereformeerde Gemeente).'),
    ('statushouders Eritrea', 'Moeder (1994) is met twee kinderen via gezinshereniging uit Eritrea gekomen; vader (1988) kwam in 2021 via Ter Apel. Gezin woont sinds 2023 in {p}.'),
    ('statushouders Syrie', 'Ouders (1985, 1990) zijn in 2016 uit Syrië gevlucht. Moeder spreekt weinig Nederlands; tolk via Vluchtelingenwerk Midden-Nederland.'),
    ('Marokkaans gezin', 'Moeder (1987) en vader (1981), beide opgegroeid in het Soesterkwartier, grote familie in de wijk. Opa en oma wonen in Nador.'),
    ('militair gezin', 'Vader (1984) is beroepsmilitair, vaak op uitzending (laatst Litouwen). Moeder (1989) staat er dan alleen voor in {p}.'),
    ('samengesteld gezin', 'Moeder (1990) met twee kinderen uit eerste relatie woont in {p}; stiefvader (1986) brengt een zoon mee die om de week in Utrecht bij zijn moeder is.'),
    ('jonge ouders', 'Moeder (2007) en vader (2006) zijn jong ouder geworden; ze wonen bij de ouders van moeder in {p}.'),
]
CONCERN = [
    'Vader drinkt in het weekend en is dan dreigend; op {d1} is de politie (basisteam Eemland) ter plaatse geweest na een ruzie.',
    'Moeder is somber en komt haar bed nauwelijks uit; de kinderen komen te laat of niet op school.',
    'De oudste heeft blauwe plekken op de bovenarm, gezien door de mentor op {d1}. Uitleg wisselt.',
    'Huiselijk geweld tussen ouders, kinderen zijn getuige. Melding Veilig Thuis Utrecht op {d1}.',
    'De baby groeit slecht (consultatiebureau {d1}); ouders missen afspraken.',
    'Jeugdige loopt weg en blijft nachten weg; op {d1} door de politie thuisgebracht uit Utrecht.',
    'Strenge lijfstraffen "omdat dat in de Bijbel staat"; jongste vertelde het op school op {d1}.',
    'Vader heeft PTSS na uitzending en schiet uit zijn slof bij harde geluiden; op {d1} heeft hij een deur ingetrapt.',
    'Schulden en dreigende huisuitzetting (brief van de woningcorporatie d.d. {d1}); geen eten in huis.',
    'Oudste dochter wordt onder druk gezet om te trouwen; zij vertelde het op {d1} aan de vertrouwenspersoon.',
]
STRENGTHS = ['Moeder zoekt zelf hulp en houdt zich aan afspraken.', 'Sterk kerkelijk netwerk; de diaconie helpt praktisch.',
             'De kinderen hebben een goede band met hun grootouders in {p}.', 'Vader wil hulp voor zijn PTSS (Defensie maatschappelijk werk).',
             'School ({s}) is alert en heeft goed contact met moeder.', 'De moskee in het Soesterkwartier biedt een vaste plek voor de jongens.',
             'Jeugdige sport drie keer per week bij {club}.']
RISKS = ['alcohol, schulden, geïsoleerd', 'taalbarrière, trauma, kleine woning', 'veel kinderen, krappe woning, vader vaak weg',
         'psychiatrie moeder, geen netwerk', 'jonge ouders, licht verstandelijke beperking, wisselende relaties', 'uitzendingen, PTSS, agressie']
SCHOOLS = ['Corderius College', 'Het Element', 'Guido de Brès', 'Farel College', 'Van Lodenstein College', 'Prisma College',
           'Johan van Oldenbarnevelt Gymnasium', 'Het Hooghe Landt', 'Kwintijn', 'Meridiaan College']
CLUBS = ['VV Spakenburg', 'IJsselmeervogels', 'Hvv Hooglandia', 'SO Soest', 'Quick 1890']
HELP = ['Youké (ambulant)', 'Lister', 'GGZ Centraal', 'Timon', 'Lindenhout', 'Jeugdbescherming Gelderland', 'SAVE team Eemland',
        'Sociaal Wijkteam Amersfoort', 'Indebuurt033', 'CJG Amersfoort', 'Meander Medisch Centrum (kinderarts)', 'De Amerpoort',
        'de Alliantie', 'Portaal', 'Woonstichting Leusden', 'Vluchtelingenwerk Midden-Nederland', 'Defensie maatschappelijk werk']

LABELS = {  # style -> label texts in order
    'plain': ['Datum', 'Soort inbreng', 'Jeugdige (voorletter en geboortejaar)', 'Inbrenger', 'Vaste deelnemer', 'Verantwoordelijke gemeente',
              'Gedragsdeskundige geraadpleegd', 'Geïnformeerd en gesproken', 'Instemming betrokkenen', 'Vraag aan het VeiligheidsTeam',
              'Gezinssamenstelling', 'Wat is er nu onveilig', 'Patroon', 'Krachten en beschermende factoren', 'Risicofactoren',
              'Stem van de jeugdige', 'Stem van ouders en verzorgers', 'Visie van de inbrenger', 'Veiligheidsscore', 'Betrokken hulpverlening',
              'Afspraken en actiepunten', 'Persoonsgegevens'],
    'syn': ['Datum inbreng', 'Type inbreng', 'Jeugdige(n)', 'Inbrenger (naam, functie, organisatie)', 'Vaste deelnemer', 'Gemeente',
            'Gedragswetenschapper geraadpleegd', 'Wie is wanneer geïnformeerd', 'Instemming', 'Vraag aan het VHT',
            'Gezinssamenstelling', 'Zorgen', 'Patroon uit het verleden', 'Krachten', 'Risicofactoren',
            'Wat zegt de jeugdige', 'Stem van ouders', 'Visie inbrenger', 'Score', 'Betrokken hulpverlening', 'Advies', 'Persoonsgegevens'],
}
KEYS = ['datum', 'soort', 'jeugdige', 'inbrenger', 'vaste', 'gemeente', 'gedrag', 'geinf', 'instemming', 'vraag', 'gezin', 'zorgen',
        'patroon', 'krachten', 'risico', 'stemj', 'stemo', 'visie', 'score', 'betrokken', 'afspraken', 'pg']


def d(day, month, fmt):
    return fmt.format(dd=day, mm=month, d=int(day), m=int(month))

FMTS = ['{dd}-{mm}-2026', '2026-{mm}-{dd}', '{d}-{m}-2026', '{dd}/{mm}/2026', '{dd}.{mm}.2026']


def make_card(i, dirty_items):
    r = random.Random(6660 + i)
    gem = GEM[i % len(GEM)]
    p = r.choice(PLACES[gem])
    pro = PROS[i % len(PROS)]; vaste = VASTE[(i * 5) % len(VASTE)]
    fmt = FMTS[i % len(FMTS)]
    month = '%02d' % r.choice([10, 11, 11, 12])
    day = '%02d' % r.randint(2, 27)
    datum = d(day, month, fmt)
    d1 = d('%02d' % r.randint(1, 28), '%02d' % r.randint(7, 9), fmt)
    d2 = d('%02d' % r.randint(1, 28), '%02d' % (int(month) - 1 if int(month) > 10 else 9), fmt)
    fam_kind, fam_text = FAM[i % len(FAM)]
    letters = r.sample('ABDEFHJKLMNRSTYZ', 4)
    nkids = r.choice([1, 2, 2, 3]) if fam_kind != 'vissersgezin' else r.choice([4, 5, 6])
    if fam_kind == 'jonge ouders':
        years = [r.choice([2024, 2025, 2026])]
    else:
        years = sorted(r.sample(range(2008, 2024), min(nkids, 4)))
    kids = ['%s. (%d)' % (letters[k], y) for k, y in enumerate(years)]
    ages = [2026 - y for y in years]
    soort = ['Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Overdracht'][i % 4]
    style = 'syn' if i % 3 == 0 else 'plain'
    lab = dict(zip(KEYS, LABELS[style]))
    if i % 5 == 0:
        lab = {k: v.upper() for k, v in lab.items()}
    elif i % 7 == 0:
        lab = {k: v.lower() for k, v in lab.items()}
    school = r.choice(SCHOOLS); club = r.choice(CLUBS)
    sec = {}
    sec['datum'] = [datum]
    sec['soort'] = [soort + ((' (eerder besproken als VHT-2026-%04d)' % (40 + i)) if soort != 'Eerste inbreng' else '')]
    sec['jeugdige'] = kids if i % 2 else [', '.join(kids)]
    sec['inbrenger'] = ['%s, %s, %s' % pro]
    sec['vaste'] = ['%s, %s' % vaste]
    sec['gemeente'] = [gem]
    sec['gedrag'] = ['Ja, %s, op %s' % (GEDRAG[i % len(GEDRAG)], d2)] if i % 4 != 1 else ['Nee, volgt na bespreking']
    sec['geinf'] = ['Moeder: gesproken op %s bij huisbezoek in %s.' % (d2, p),
                    'Vader: telefonisch op %s.' % d2,
                    'Oudste jeugdige: gesproken op school (%s) in bijzijn van de mentor.' % school]
    if i % 9 == 4:
        sec['instemming'] = ['Nee. Vader wil niet dat het gezin besproken wordt ("wij lossen het in de kerk op").',
                             'Verantwoording inbrenger: de veiligheid van de kinderen is in het geding; ouders zijn geïnformeerd dat de kaart toch wordt ingebracht.']
    else:
        sec['instemming'] = ['Ja, ouders en jeugdige(n) vanaf 12 jaar stemmen in.']
    sec['vraag'] = ['Welke hulp is nodig om de baby veilig thuis te laten opgroeien?'] if fam_kind == 'jonge ouders' else [r.choice(['Is vrijwillige hulp nog toereikend of is een interventiegesprek met de Raad nodig?',
                              'Advies gevraagd over de verlenging van de OTS en de machtiging uithuisplaatsing.',
                              'Hoe borgen we de veiligheid tijdens de uitzending van vader?',
                              'Overdracht naar de Toegang na afloop van de maatregel: wat is er nog nodig?'])]
    n = len(kids)
    sec['gezin'] = [fam_text.format(n=max(n, 4) if fam_kind == 'vissersgezin' else n, p=p),
                    '| rol | jeugdige | leeftijd |', '|---|---|---|'] + ['| kind | %s | %d jaar |' % (k, a) for k, a in zip(kids, ages)]
    conc = [c for c in CONCERN if ('baby' in c) == (fam_kind == 'jonge ouders') or 'Huiselijk' in c]
    c1, c2 = r.sample(conc, 2)
    sec['zorgen'] = ['- ' + c1.format(d1=d1), '- ' + c2.format(d1=d2)]
    pat = ['Eerdere meldingen bij Veilig Thuis Utrecht in 2022 en 2024.']
    if i % 3 == 1:
        pat += ['Uittreksel beschikking Rechtbank Midden-Nederland, kinderrechter, mondelinge behandeling op %s:' % d2,
                '"De kinderrechter stelt de minderjarige onder toezicht van de gecertificeerde instelling Jeugdbescherming Gelderland, '
                'verleent een machtiging tot uithuisplaatsing in een voorziening voor verblijf voor de duur van drie maanden, '
                'en wijst het meer of anders verzochte af. Verzoekster (de Raad) heeft ter zitting toegelicht dat de belanghebbenden '
                'onvoldoende zicht bieden op de veiligheid van de minderjarige."']
    if i % 3 == 2:
        pat += ['Samenvatting Raad voor de Kinderbescherming Utrecht: De Raad heeft gesproken met moeder, vader en de jeugdige. '
                'Moeder erkent de zorgen gedeeltelijk. Vader ontkent. De Raad concludeert dat de ontwikkeling van de jeugdige '
                'ernstig wordt bedreigd en dat een OTS noodzakelijk is.']
    sec['patroon'] = pat
    sec['krachten'] = [r.choice(STRENGTHS).format(p=p, s=school, club=club), r.choice(STRENGTHS).format(p=p, s=school, club=club)]
    sec['risico'] = [r.choice(RISKS)]
    stem = []
    for k, a in zip(kids, ages):
        if a >= 12:
            stem.append('%s (%d jaar): "%s"' % (k.split(' ')[0], a, r.choice([
                'Thuis is het soms eng, maar ik wil niet weg.', 'Ik wil gewoon naar school en voetbal.', 'Papa is anders sinds hij terug is.',
                'Ik schaam me, de hele kerk weet het.', 'Ik pas altijd op mijn broertjes, ik heb geen tijd voor mezelf.'])))
        elif a >= 4:
            stem.append('%s (%d jaar) tekende de Drie Huizen; in het huis van de zorgen staat "ruzie".' % (k.split(' ')[0], a))
        else:
            stem.append('%s is %d jaar; observatie: lacht, zoekt moeder op.' % (k.split(' ')[0], a))
    sec['stemj'] = stem
    sec['stemo'] = ['Moeder: "We doen ons best, maar het is te veel."', 'Vader: "Bemoei je er niet mee."']
    sec['visie'] = ['De zorgen zijn ernstig en nemen toe. Zonder duidelijke afspraken is de veiligheid niet geborgd.']
    sec['score'] = ['Inbrenger: %d. Moeder: %d. Jeugdige: %d.' % (r.randint(2, 5), r.randint(5, 8), r.randint(3, 7))]
    sec['betrokken'] = [', '.join(r.sample(HELP, 4)) + '; school: %s.' % school]
    sec['afspraken'] = ['Verslag MDO %s (%s)' % (d2, r.choice(['Meander', 'Sociaal Wijkteam Amersfoort, Stadhuisplein', 'JB Gelderland, locatie Amersfoort'])),
                        'Aanwezig: gezinsvoogd JB Gelderland, jeugdarts GGD regio Utrecht, mentor ' + school + ', ambulant hulpverlener Youké, notulist.',
                        'Afwezig met bericht: huisarts.',
                        'Besluiten:',
                        '1. Veiligheidsplan wordt geactualiseerd. Actiehouder: gezinsvoogd.',
                        '2. Aanmelding bij Lister voor vader. Actiehouder: inbrenger.',
                        '3. Evaluatie op %s. Actiehouder: voorzitter.' % d(day, '12' if month != '12' else '12', fmt)]
    sec['pg'] = [r.choice(['n.v.t.', '-', 'niet invullen bij inbreng'])]
    special = {'pre': [], 'after_zorgen': [], 'after_score': [], 'end': []}
    special['pre'].append(('[FILENAME]', 'VHK_%s_%s_%s.docx' % (gem, letters[0] + str(years[0]), datum.replace('/', '').replace('.', '-'))))
    if i % 2 == 0:
        special['pre'].append(('[PROPERTY title]', 'Veiligheidskaart %s - %s' % (kids[0], soort)))
    if i % 3 == 0:
        special['pre'].append(('[PROPERTY company]', pro[2]))
    special['pre'].append(('[HEADER]', 'VERTROUWELIJK - VHT Eemland - %s' % gem))
    if i % 2 == 1:
        special['after_zorgen'].append(('[COMMENT author=Voorzitter VHT]', 'Kun je het incident van %s concreter maken? Wie was erbij?' % d1))
    if i % 4 == 0:
        special['after_zorgen'].append(('[FOOTNOTE]', 'Bron: politiemutatie basisteam Eemland en verslag school.'))
    if i % 3 == 2:
        special['after_score'].append(('[TRACKED-DELETION]', 'Inbrenger: 6.'))
    if i % 5 == 3:
        special['after_score'].append(('[ALT]', 'Foto van de Drie Huizen-tekening van %s' % kids[-1]))
    if i % 6 == 1:
        special['end'].append(('[MAIL-SUBJECT]', 'VHK %s ter bespreking VHT (%s)' % (kids[0], gem)))
        special['end'].append(('[MAIL-BODY]', 'Beste voorzitter, hierbij de kaart voor de bespreking. Met vriendelijke groet, vaste deelnemer %s.' % vaste[1]))
    special['end'].append(('[FOOTER]', 'VHT Eemland | pagina 1 van 2 | versie %s' % datum))

    # dirty insertion
    for cat, val, place, how in dirty_items:
        if how[0] == 'sec':
            key, line = how[1], how[2]
            sec[key].append(line)
        elif how[0] == 'block':
            tag, text = how[1], how[2]
            where = 'end' if tag in ('[FOOTER]', '[MAIL-SUBJECT]', '[MAIL-BODY]') else ('pre' if tag in ('[HEADER]', '[FILENAME]', '[PROPERTY title]', '[PROPERTY company]') else 'after_zorgen')
            special[where].append((tag, text))
        elif how[0] == 'replace_file':
            special['pre'][0] = ('[FILENAME]', how[1])

    forced = {h[1] for _, _, _, h in dirty_items if h[0] == 'sec'}
    out = []
    for tag, text in special['pre']:
        out += [tag, text, '']
    for idx, key in enumerate(KEYS):
        if key == 'gedrag' and key not in forced and i % 10 == 7:
            continue
        if key == 'patroon' and key not in forced and i % 8 == 5:
            continue
        if key == 'afspraken' and key not in forced and soort == 'Eerste inbreng':
            continue
        if key == 'betrokken' and key not in forced and i % 11 == 3:
            continue
        label = lab[key]
        if i % 4 == 2:
            label = '%d. %s' % (idx + 1, label)
        out.append(label + ':')
        out += sec[key]
        out.append('')
        if key == 'zorgen':
            for tag, text in special['after_zorgen']:
                out += [tag, text, '']
        if key == 'score':
            for tag, text in special['after_score']:
                out += [tag, text, '']
    for tag, text in special['end']:
        out += [tag, text, '']
    return '\n'.join(out).rstrip('\n') + '\n'


def dirty_plan():
    r = random.Random(6661)
    bsn1 = make_bsn(r); bsn2 = make_bsn(r, eight=True)
    ib = make_nl_iban(r, 'RABO')
    bsn1d = '%s.%s.%s' % (bsn1[:4], bsn1[4:6], bsn1[6:])
    P = [
        [('NAME', 'Gerritdina Hoolwerf-Koelewijn', 'body (Gezinssamenstelling)', ('sec', 'gezin', 'Moeder is Gerritdina Hoolwerf-Koelewijn; zij heeft de zorg voor alle kinderen.')),
         ('PHONE', '06-27193864', 'header', ('block', '[HEADER]', 'VHK Spakenburg - contact moeder 06-27193864'))],
        [('NAME', 'Habtom', 'comment text', ('block', '[COMMENT author=Gedragsdeskundige]', 'Heeft Habtom zelf ook iets gezegd over de klappen?')),
         ('BIRTHDATE', '14-02-2013', 'cover value (Jeugdige)', ('sec', 'jeugdige', 'oudste: 14-02-2013'))],
        [('NAME', 'Rawan', 'body (Stem van de jeugdige)', ('sec', 'stemj', 'Rawan (zus, 16) zegt dat vader haar telefoon afpakt.')),
         ('EMAIL', 'rawan.amf2009@gmail.com', 'mail body', ('block', '[MAIL-BODY]', 'Moeder vraagt de uitnodiging te sturen naar rawan.amf2009@gmail.com (mail van dochter).'))],
        [('NAME', 'Ouazzani-Tahri', 'property (company)', ('block', '[PROPERTY company]', 'Fam. Ouazzani-Tahri')),
         ('ADDRESS', 'Soesterweg 402', 'body (Wat is er nu onveilig)', ('sec', 'zorgen', '- Politie kwam op de Soesterweg 402 na melding van de buren.'))],
        [('NAME', 'KAPITEIN, MARCO', 'table row (Gezinssamenstelling)', ('sec', 'gezin', '| vader | KAPITEIN, MARCO | militair |')),
         ('URL', 'instagram.com/marco_kpt_1nl', 'footnote', ('block', '[FOOTNOTE]', 'Dreigende berichten van vader via instagram.com/marco_kpt_1nl'))],
        [('NAME', 'Dunya', 'alt text', ('block', '[ALT]', 'Tekening van Dunya: het huis van de zorgen')),
         ('POSTCODE', '3815 LG', 'footer', ('block', '[FOOTER]', 'Retour: postbus gezin 3815 LG'))],
        [('NAME', 'dirkje', 'body (Krachten en beschermende factoren)', ('sec', 'krachten', 'oma dirkje in Eemdijk is een veilige plek voor de kinderen.')),
         ('BSN', bsn1d, 'body (Betrokken hulpverlening)', ('sec', 'betrokken', 'aanmelding Lister loopt op BSN %s' % bsn1d))],
        [('NAME', 'Ter Haar', 'mail subject', ('block', '[MAIL-SUBJECT]', 'VHK gezin Ter Haar, spoed')),
         ('ID_NUMBER', 'JBG-2025-77314', 'body (Patroon)', ('sec', 'patroon', 'Dossier JB Gelderland JBG-2025-77314 loopt sinds 2025.'))],
        [('NAME', 'Selamawit', 'tracked deletion', ('block', '[TRACKED-DELETION]', 'moeder Selamawit wil niet dat de school het weet')),
         ('IBAN', group4(ib), 'body (Risicofactoren)', ('sec', 'risico', 'Beslag op rekening %s, geen leefgeld.' % group4(ib)))],
        [('NAME', 'Achterberg', 'body (Afspraken en actiepunten)', ('sec', 'afspraken', '4. Mevr. Achterberg (SAVE) belt moeder. Actiehouder: SAVE.')),
         ('BIRTHDATE', '3 juli 2009', 'body (Stem van de jeugdige)', ('sec', 'stemj', 'Jeugdige, geboren 3 juli 2009, wil niet terug naar huis.'))],
        [('NAME', 'Van Ginkel', 'file name', ('replace_file', 'VHK_Van Ginkel_Leusden_def.docx')),
         ('PHONE', '033-4617720', 'body (Geïnformeerd en gesproken)', ('sec', 'geinf', 'Oma gebeld op 033-4617720.'))],
        [('NAME', 'Ahmad', 'body (Visie van de inbrenger)', ('sec', 'visie', 'Ik maak me vooral zorgen om Ahmad, de jongste.')),
         ('BSN', bsn2, 'property (title)', ('block', '[PROPERTY title]', 'VHK kind bsn %s' % bsn2))],
        [('NAME', 'Jansje', 'body (Stem van ouders en verzorgers)', ('sec', 'stemo', 'Moeder: "Jansje zorgt voor de kleintjes als ik werk."')),
         ('POSTCODE', '3752 AK', 'body (Gezinssamenstelling)', ('sec', 'gezin', 'Grootouders wonen in 3752 AK.'))],
        [('NAME', 'Wiśniewska', 'comment author', ('block', '[COMMENT author=A. Wiśniewska]', 'klopt dit nog?')),
         ('EMAIL', 'marcel.eemnes@hotmail.com', 'body (Instemming betrokkenen)', ('sec', 'instemming', 'Vader heeft per mail ingestemd (marcel.eemnes@hotmail.com).'))],
        [('ADDRESS', 'Dorpsstraat 27a', 'body (Wat is er nu onveilig)', ('sec', 'zorgen', '- Vader verblijft bij zijn broer op de Dorpsstraat 27a in Hoogland.')),
         ('ID_NUMBER', 'C/16/551203 / JE RK 26-118', 'body (Patroon)', ('sec', 'patroon', 'Beschikking zaaknummer C/16/551203 / JE RK 26-118.'))],
    ]
    return P


def main():
    os.makedirs(OUT, exist_ok=True)
    plan = dirty_plan()
    rows = ['file\texpect\tnotes']
    for i in range(1, 61):
        items = plan[i - 46] if i >= 46 else []
        text = make_card(i, items)
        fn = 'card-%02d.txt' % i
        with open(os.path.join(OUT, fn), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write(text)
        if items:
            notes = '; '.join('%s "%s" @ %s' % (c, v, p) for c, v, p, _ in items)
            rows.append('%s\tDIRTY\t%s' % (fn, notes))
        else:
            rows.append('%s\tCLEAN\t-' % fn)
    with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(rows) + '\n')
    print('wrote 60 cards')

if __name__ == '__main__':
    main()
