#!/usr/bin/env python3
"""Generate cards/card-01..60.txt and cards/cards.tsv for blind set 43 (fixed seed, reproducible)."""
import os, random
HERE = os.path.dirname(os.path.abspath(__file__))
CD = os.path.join(HERE, '..', 'cards')
rnd = random.Random(4343)

GEM = [('Rotterdam', 'Wijkteam Feijenoord', 'Afrikaanderwijk'), ('Rotterdam', 'Wijkteam Charlois', 'Tarwewijk'),
       ('Rotterdam', 'Wijkteam Hillesluis', 'Bloemhof'), ('Rotterdam', 'Wijkteam IJsselmonde', 'Lombardijen'),
       ('Rotterdam', 'Wijkteam Zuidwijk', 'Pendrecht'), ('Rotterdam', 'Wijkteam Hoogvliet', 'Hoogvliet'),
       ('Barendrecht', 'CJG Barendrecht', 'Carnisselande'), ('Ridderkerk', 'Sociaal team Ridderkerk', 'Bolnes'),
       ('Albrandswaard', 'Team Jeugd Albrandswaard', 'Rhoon'), ('Nissewaard', 'Wijkteam Spijkenisse', 'Spijkenisse'),
       ('Rotterdam', 'Wijkteam Rozenburg', 'Rozenburg'), ('Albrandswaard', 'Team Jeugd Albrandswaard', 'Poortugaal'),
       ('Rotterdam', 'Wijkteam Beverwaard', 'Beverwaard'), ('Rotterdam', 'Wijkteam Katendrecht', 'Katendrecht')]
INBR = [('Hanneke Smulders', 'jeugdconsulent'), ('Rachid Bouzamour', 'gezinscoach'), ('Sevda Karaca', 'casemanager'),
        ('Dilek Özkan', 'jeugdconsulent'), ('Pieter-Jan de Bruijn', 'gezinsvoogd'), ('Lisette Oosterom', 'gezinswerker'),
        ('Ivanildo Fortes', 'jeugdconsulent'), ('Romy van Dalen', 'casemanager'), ('Gülşen Arslan', 'gezinscoach'),
        ('Thijs Kerkhof', 'jeugdconsulent'), ('Sandra Wijngaard', 'gezinsvoogd'), ('Karim Achahbar', 'casemanager')]
VASTE = ['Bart Timmermans', 'Joris Pranger', 'Nienke Ravenstein', 'Mohamed Azzouzi', 'Esmée Lindhout', 'Ruud Stoop',
         'Farida Lamrani', 'Wendy Scheurwater']
GEDR = ['Marloes van Dam (orthopedagoog Flexus Jeugdplein)', 'Ilse Verbrugge (GZ-psycholoog Youz)',
        'Jan-Willem Hoek (gedragswetenschapper wijkteam)', 'Sabitri Jagesar (orthopedagoog JBRR)', None, None]
SOORT = ['Eerste inbreng', 'Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Overdracht']
# scenario: (youth list [(initial, year, rel)], parents text, zorgen, patroon, krachten, risico, stemj, stemo, visie, hulp)
SC = [
 ([('R.', 2012, ''), ('L.', 2016, 'broertje')], 'Moeder (1988, Kaapverdiaanse achtergrond), vader (1984)',
  ['Vader is na drankgebruik agressief; op {d1} sloeg hij de deur van de slaapkamer in.', 'R. grijpt in bij ruzies en beschermt L.'],
  'Sinds 2022 drie zorgmeldingen van de politie (basisteam Maashaven).',
  'Moeder is open over de zorgen. Kerkgemeenschap in Feijenoord biedt steun. R. voetbalt bij een club op Zuid.',
  'Alcohol, werkloosheid vader, kleine woning.',
  'R. (14 jaar): "Ik wil gewoon dat papa stopt met drinken." L. (10) tekende een huis met een dichte deur.',
  'Moeder: "Ik wil hulp, maar ik ben bang dat ze de kinderen meenemen." Vader wil niet praten.',
  'De veiligheid is onvoldoende; vrijwillige hulp komt niet op gang.', 'Antes (aanmelding vader), Flexus Jeugdplein, school.'),
 ([('Y.', 2010, '')], 'Moeder (1979), vader (1975), beiden Turkse achtergrond; twee oudere zussen uit huis',
  ['Y. (16) heeft een oudere vriend, zorgen over seksuele uitbuiting.', 'Y. is op {d1} twee nachten vermist geweest.'],
  'Eerder schoolverzuim in 2024, opgelost via leerplicht.',
  'Ouders zijn betrokken en willen meewerken. Y. heeft een goede band met haar mentor.',
  'Loverboyproblematiek, schaamte in de familie, Y. verbergt haar telefoon.',
  'Y. (16 jaar): "Hij is gewoon aardig voor me, jullie snappen het niet."',
  'Vader: "Wij schamen ons, niemand mag het weten." Moeder wil hulp van buiten de wijk.',
  'Risico op uitbuiting is hoog; advies over een veiligheidsplan en eventueel de Raad gevraagd.', 'Politie (zedenrecherche), Enver, school, CJG Rijnmond.'),
 ([('D.', 2025, '')], 'Moeder (2003), partner moeder (1998); vader D. onbekend',
  ['Baby is op {d1} met een onverklaarde blauwe plek gezien bij het consultatiebureau.', 'Moeder laat D. soms alleen met wisselende oppassen.'],
  '-',
  'Moeder komt trouw naar het consultatiebureau. Oma in Oud-Beijerland wil helpen.',
  'Jonge moeder, weinig netwerk, partner met justitieel verleden.',
  'D. is een baby; de jeugdverpleegkundige zag een rustig maar schrikachtig kind.',
  'Moeder: "Ik heb niets gedaan, hij is van de bank gerold."',
  'Letsel bij een baby zonder sluitende verklaring; forensisch-medisch onderzoek is nodig.', 'CJG Rijnmond, Erasmus MC-Sophia (kinderarts), Veilig Thuis Rotterdam Rijnmond.'),
 ([('S.', 2013, ''), ('M.', 2015, 'zusje'), ('A.', 2019, 'broertje')], 'Moeder (1989, Marokkaanse achtergrond), vader (1983)',
  ['Vader dreigt moeder te vermoorden als ze weggaat; op {d1} grepen buren in.', 'De kinderen zijn getuige van huiselijk geweld.'],
  'Eerder, in 2021, een tijdelijk huisverbod.',
  'Moeder heeft een sterke band met haar zus in Ridderkerk. De kinderen gaan graag naar school.',
  'Dreiging, isolement van moeder, schulden.',
  'S. (13 jaar): "Ik slaap met mijn schoenen aan, voor als we weg moeten." M. (11) zegt dat ze niets heeft gezien.',
  'Moeder: "Ik wil weg maar ik weet niet waarheen." Vader: "Het valt allemaal wel mee."',
  'Acuut onveilig voor moeder en kinderen; opvang en strafrechtelijke aanpak nodig.', 'Veilig Thuis Rotterdam Rijnmond, Arosa, politie, school.'),
 ([('K.', 2011, ''), ('P.', 2014, 'broer')], 'Moeder (1986, Poolse achtergrond), stiefvader (1980)',
  ['Stiefvader slaat K. met een riem; letsel gezien door de gymdocent op {d1}.', 'Moeder ontkent en beschermt stiefvader.'],
  'Melding bij Veilig Thuis in 2024, destijds niet bevestigd.',
  'K. vertelt het aan de mentor en durft hulp te vragen. Oma (moederskant) in Gdańsk belt wekelijks.',
  'Taalbarrière, geen netwerk in Nederland, alcoholgebruik stiefvader.',
  'K. (15 jaar): "Als ik iets zeg wordt het erger." P. (12) wil niet praten.',
  'Moeder (met tolk Pools): "Hij voedt op zoals bij ons thuis." Stiefvader weigert een gesprek.',
  'Fysieke mishandeling; een beschermingsmaatregel moet worden overwogen.', 'Jeugdbescherming Rotterdam Rijnmond, school, huisarts.'),
 ([('J.', 2018, ''), ('E.', 2021, 'zusje')], 'Moeder (1995, Antilliaanse achtergrond), vader (1990) in detentie',
  ['Moeder gebruikt cocaïne; de kinderen waren op {d1} s avonds alleen thuis.', 'Verwaarlozing: lege koelkast, geen schone kleren.'],
  'Sinds 2023 wisselend contact met hulpverlening.',
  'Moeder houdt van haar kinderen en erkent het gebruik. Peettante in Hoogvliet helpt af en toe.',
  'Verslaving, wisselende partners, huurachterstand bij Woonstad Rotterdam.',
  'J. (8 jaar) vertelde de juf dat ze soms zelf boterhammen smeert voor E.',
  'Moeder: "Ik stop ermee, ik heb alleen wat tijd nodig."',
  'Basisveiligheid is niet gegarandeerd; de hulp moet verplichtend worden.', 'Antes, Wijkteam, Woonstad Rotterdam, school.'),
 ([('T.', 2009, '')], 'Moeder (1972), vader (1970), Bulgaarse achtergrond, seizoenswerk',
  ['T. (17) moet volwassenen tolken en zorgt voor het huishouden.', 'Op {d1} meldde school dat T. suïcidale uitspraken deed.'],
  '-',
  'T. is slim en ambitieus. De Bulgaarse zelforganisatie in Rotterdam-Zuid kent het gezin.',
  'Overbelasting, slechte huisvesting (kamer bij huisjesmelker), ouders vaak weg.',
  'T. (17 jaar): "Ik kan niet stoppen met zorgen, wie doet het anders."',
  'Moeder: "Ze is sterk, ze redt het wel." Vader was niet bereikbaar.',
  'Zorgen over psychische veiligheid van T.; GGZ-beoordeling nodig.', 'Youz (crisisdienst), school, wijkteam.'),
 ([('N.', 2014, ''), ('B.', 2017, 'broertje')], 'Moeder (1990, Surinaamse achtergrond), ex-partner (1987)',
  ['Vechtscheiding: vader haalt de kinderen niet terug na omgang; op {d1} politie-inzet bij de overdracht.', 'De kinderen worden ingezet in de strijd.'],
  'Scheiding in 2023, sindsdien drie rechtszaken.',
  'Beide ouders zijn betrokken en houden van de kinderen. N. heeft een vriendinnengroep.',
  'Conflict tussen ouders, geen communicatie, loyaliteitsconflict.',
  'N. (12 jaar): "Ik wil niet kiezen, ik wil dat ze ophouden."',
  'Moeder: "Hij luistert niet." Vader: "Zij houdt de kinderen bij mij weg."',
  'Emotionele onveiligheid door de strijd; advies over ouderschapsbemiddeling of de Raad gevraagd.', 'Rechtbank Rotterdam, Flexus Jeugdplein, school.'),
 ([('I.', 2016, '')], 'Moeder (1993), vader (1991), beiden met licht verstandelijke beperking',
  ['Hygiëne thuis is slecht; op {d1} trof de wijkverpleging muizen in de keuken aan.', 'I. komt vaak te laat en zonder ontbijt op school.'],
  'Sinds 2020 wisselende hulp, telkens gestopt.',
  'Ouders zijn lief voor I. en accepteren de hulp van Pameijer.',
  'LVB ouders, schulden, weinig netwerk.',
  'I. (10 jaar): "Thuis is het soms vies, maar ik wil niet weg."',
  'Vader: "We doen ons best." Moeder wil meer praktische hulp.',
  'Opvoedsituatie onder de maat maar herstelbaar met intensieve hulp.', 'Pameijer, Wijkteam, school, Kredietbank Rotterdam.'),
 ([('Z.', 2011, ''), ('H.', 2013, 'zus')], 'Moeder (1981), stiefvader (1978), vader (1979) in Turkije',
  ['Stiefvader kijkt mee als Z. doucht; Z. vertelde dit op {d1} aan de vertrouwenspersoon.', 'Moeder twijfelt aan het verhaal van Z.'],
  '-',
  'Z. heeft de moed gehad het te vertellen. De tante in Barendrecht is een veilige plek.',
  'Mogelijk seksueel grensoverschrijdend gedrag, moeder afhankelijk van stiefvader.',
  'Z. (15 jaar): "Ik wil niet meer thuis wonen zolang hij er is." H. (13) merkt dat er iets is.',
  'Moeder: "Ik weet niet wat ik moet geloven." Stiefvader ontkent.',
  'Ernstige zorgen; stiefvader moet tijdelijk uit huis, aangifte wordt overwogen.', 'Veilig Thuis Rotterdam Rijnmond, Centrum Seksueel Geweld, school.'),
 ([('F.', 2020, ''), ('O.', 2023, 'broertje')], 'Moeder (1997, Kaapverdiaanse achtergrond); vader woont in Lissabon',
  ['Moeder heeft een depressie en ligt veel in bed; de kinderen waren op {d1} niet op de opvang.', 'F. zorgt voor O.'],
  '-',
  'Moeder zoekt zelf hulp bij de huisarts. Buurtmoeders in Bloemhof helpen.',
  'Depressie, alleenstaand, financiële problemen.',
  'F. (6 jaar) zegt dat mama vaak verdrietig is.',
  'Moeder: "Ik wil beter worden voor mijn kinderen."',
  'Risico op verwaarlozing; snelle GGZ-hulp voor moeder en opvang voor de kinderen nodig.', 'Parnassia, CJG Rijnmond, huisarts, kinderopvang.'),
 ([('W.', 2008, '')], 'Moeder (1976), vader (1969), Surinaams-Hindostaanse achtergrond',
  ['W. (18) dreigt te worden uitgehuwelijkt; gesprek met de mentor op {d1}.', 'Familie houdt W. binnen na schooltijd.'],
  '-',
  'W. is goed op school en heeft een vertrouwenspersoon bij het Albeda.',
  'Eergerelateerde druk, isolement, grote familie.',
  'W. (18 jaar): "Ik wil zelf kiezen met wie ik trouw."',
  'Vader: "Dit is een familiezaak." Moeder zegt niets in het bijzijn van vader.',
  'Zorgen over huwelijksdwang; inzet van het Landelijk Knooppunt Huwelijksdwang en Achterlating is gewenst.', 'Politie (eergerelateerd geweld), Veilig Thuis, school.'),
 ([('A.', 2015, ''), ('V.', 2015, 'tweelingbroer')], 'Moeder (1985), vader (1982), Nederlandse familie, al drie generaties op Zuid',
  ['Vader heeft een gokverslaving; ontruiming dreigt per {d1}.', 'Ouders maken dagelijks ruzie, de tweeling hoort alles.'],
  'Eerder schuldhulp in 2019, afgebroken.',
  'Grootouders in Pernis bieden onderdak. De tweeling zit samen op zwemles.',
  'Schulden, gokken, dreigende dakloosheid.',
  'A. en V. (11 jaar): "Papa is altijd op zijn telefoon."',
  'Moeder: "Ik ben het zat." Vader: "Ik ga naar een gokkliniek."',
  'Instabiele situatie; bestaanszekerheid eerst regelen.', 'Kredietbank Rotterdam, Antes, Havensteder, wijkteam.'),
]
LABEL_STYLES = ['plain', 'numbered', 'caps', 'synonym', 'table']
DATES = ['03-11-2026', '10-11-2026', '17-11-2026', '24-11-2026', '01-12-2026', '08-12-2026', '15-12-2026', '2026-11-19', '26-11-2026']
EVD = ['14-10-2026', '2-11-2026', '28-10-2026', '20-10-2026', '5-11-2026', '9-11-2026']

def lab(style, i, canon, syn):
    t = (syn or canon) if style == 'synonym' else canon
    if style == 'numbered': return '%d. %s:' % (i, t)
    if style == 'caps': return t.upper()
    return t + ':'

def card(n, dirty_items=None):
    g, team, wijk = GEM[n % len(GEM)]
    sc = SC[n % len(SC)]
    youths, parents, zorgen, patroon, krachten, risico, stemj, stemo, visie, hulp = sc
    style = LABEL_STYLES[n % len(LABEL_STYLES)]
    date = DATES[n % len(DATES)]
    soort = SOORT[n % len(SOORT)]
    inb, fun = INBR[n % len(INBR)]
    vd = VASTE[n % len(VASTE)]
    ged = GEDR[n % len(GEDR)]
    ev = EVD[n % len(EVD)]
    D = {}  # insertion points for dirty items
    if dirty_items:
        for cat, val, place, txt in dirty_items: D.setdefault(place, []).append(txt)
    out = []
    def block(tag, text): out.extend([tag, text, ''])
    if 'file name' in D: block('[FILENAME]', D['file name'][0])
    else: block('[FILENAME]', 'VHK_%s_%s%d_%s.docx' % (g, youths[0][0].rstrip('.'), youths[0][1], date.replace('-', '')))
    if 'mail subject' in D: block('[MAIL-SUBJECT]', D['mail subject'][0])
    elif n % 3 == 0: block('[MAIL-SUBJECT]', 'Inbreng VHT %s - %s (%d) - %s' % (g, youths[0][0], youths[0][1], soort))
    if 'mail body' in D: block('[MAIL-BODY]', D['mail body'][0])
    elif n % 3 == 0: block('[MAIL-BODY]', 'Beste voorzitter,\n\nBijgaand de veiligheidskaart voor bespreking. Het MDO-verslag van %s is in de kaart verwerkt.\n\nMet vriendelijke groet,\nvaste deelnemer %s' % (ev, team))
    if 'property (title)' in D: block('[PROPERTY title]', D['property (title)'][0])
    else: block('[PROPERTY title]', 'Veiligheidskaart %s (%d) - %s' % (youths[0][0], youths[0][1], soort))
    if n % 4 == 1: block('[PROPERTY company]', team)
    if 'header' in D: block('[HEADER]', D['header'][0])
    else: block('[HEADER]', 'VEILIGHEIDSKAART - VERTROUWELIJK - %s' % g.upper())
    if style == 'table':
        T = lambda c, s, v: out.append('| %s | %s |' % (c, v.replace('\n', ' / ')))
    else:
        def T(c, s, v):
            i = len([x for x in out if x.endswith(':') or x.isupper()]) + 1
            out.extend([lab(style, i, c, s), v, ''])
    jl = '\n'.join(('%s %s (%d)' % (r, ini, y)).strip() for ini, y, r in youths)
    T('Datum', 'Datum inbreng', date)
    T('Soort inbreng', 'Type inbreng', soort)
    jv = jl + ('\n' + D['cover value (Jeugdige)'][0] if 'cover value (Jeugdige)' in D else '')
    T('Jeugdige (voorletter en geboortejaar)', 'Jeugdige(n)', jv)
    T('Inbrenger', 'Inbrenger (naam, functie, organisatie)', '%s, %s, %s' % (inb, fun, team))
    T('Vaste deelnemer', 'Vaste deelnemer', '%s, %s' % (vd, team))
    T('Verantwoordelijke gemeente', 'Gemeente', g)
    if ged: T('Gedragsdeskundige geraadpleegd', 'Gedragswetenschapper geraadpleegd', 'Ja, %s, op %s' % (ged, ev))
    young = youths[0][1] >= 2020
    inf = 'Moeder: gesproken op %s tijdens huisbezoek in %s.\n%s: %s op %s.\nMDO op %s met wijkteam, school, jeugdarts CJG Rijnmond.' % (ev, wijk, youths[0][0], 'geobserveerd tijdens huisbezoek' if young else 'gesproken op school', ev, ev)
    T('Geïnformeerd en gesproken', 'Wie is wanneer geïnformeerd', inf)
    if n % 5 == 2:
        ins = 'Nee. Vader weigert; moeder stemt in. Reden: vader vertrouwt hulpverlening niet. Verantwoording inbrenger: de veiligheid van de kinderen weegt zwaarder, vader is hierover geïnformeerd.'
    else:
        ins = 'Ja, ouders stemmen in met bespreking in het VHT.' if young else 'Ja, ouders en %s weten van de bespreking en stemmen in.' % youths[0][0]
    T('Instemming betrokkenen', 'Instemming', ins)
    T('Vraag aan het VeiligheidsTeam', 'Vraag aan het VHT', 'Wat adviseert het VHT: is vrijwillige hulp voldoende of is een interventiegesprek met de Raad nodig?')
    if n % 2 == 0: T('Uit te nodigen experts', 'Experts', 'gedragswetenschapper JBRR, jeugdarts CJG Rijnmond')
    gz = parents + '; ' + ', '.join('%s (%d)' % (ini, y) for ini, y, r in youths) + '.'
    if style == 'table' or n % 6 == 3 or 'table row (Gezinssamenstelling)' in D:
        if style != 'table': out.extend(['Gezinssamenstelling:', gz, '| rol | geboortejaar | woont |'])
        else:
            T('Gezinssamenstelling', '', gz)
            if 'table row (Gezinssamenstelling)' in D: out.append(D['table row (Gezinssamenstelling)'][0])
        if style != 'table':
            out.append('| moeder | %s | thuis |' % parents.split('(')[1][:4])
            for ini, y, r in youths: out.append('| %s %s | %d | thuis |' % (r or 'jeugdige', ini, y))
            if 'table row (Gezinssamenstelling)' in D: out.append(D['table row (Gezinssamenstelling)'][0])
            out.append('')
    else:
        T('Gezinssamenstelling', '', gz + ('\n' + D['body (Gezinssamenstelling)'][0] if 'body (Gezinssamenstelling)' in D else ''))
    z = '\n'.join('- ' + x.format(d1=ev) for x in zorgen)
    if 'body (Wat is er nu onveilig)' in D: z += '\n- ' + D['body (Wat is er nu onveilig)'][0]
    T('Wat is er nu onveilig', 'Zorgen', z)
    if 'comment text' in D or 'comment author' in D:
        a, t = (D.get('comment author') or ['Gedragswetenschapper'])[0], (D.get('comment text') or ['Graag aanvullen met data.'])[0]
        block('[COMMENT author=%s]' % a, t)
    elif n % 4 == 0:
        block('[COMMENT author=Voorzitter VHT]', 'Is het MDO-verslag van %s volledig? Graag AP-lijst toevoegen.' % ev)
    if patroon != '-': T('Patroon', 'Patroon uit het verleden', patroon)
    T('Krachten en beschermende factoren', 'Krachten', krachten)
    T('Risicofactoren', 'Risicofactoren', risico)
    T('Stem van de jeugdige', 'Wat zegt de jeugdige', stemj + ('\n' + D['body (Stem van de jeugdige)'][0] if 'body (Stem van de jeugdige)' in D else ''))
    if 'alt text' in D: block('[ALT]', D['alt text'][0])
    elif n % 5 == 0: block('[ALT]', 'Tekening van %s: drie huizen (zorgen, goed, dromen).' % youths[0][0])
    T('Stem van ouders en verzorgers', 'Stem van ouders', stemo + ('\n' + D['body (Stem van ouders en verzorgers)'][0] if 'body (Stem van ouders en verzorgers)' in D else ''))
    T('Visie van de inbrenger', 'Visie inbrenger', visie)
    sc_i, sc_m = 2 + n % 4, 5 + n % 3
    T('Veiligheidsscore', 'Score', 'Inbrenger: %d. Moeder: %d.' % (sc_i, sc_m))
    if 'tracked deletion' in D: block('[TRACKED-DELETION]', D['tracked deletion'][0])
    elif n % 3 == 1: block('[TRACKED-DELETION]', 'Inbrenger: %d.' % (sc_i + 1))
    bh = hulp + ('\n' + D['body (Betrokken hulpverlening)'][0] if 'body (Betrokken hulpverlening)' in D else '')
    T('Betrokken hulpverlening', 'Betrokken hulpverlening', bh)
    if 'table row (Betrokken hulpverlening)' in D: out.extend(['| organisatie | contact |', D['table row (Betrokken hulpverlening)'][0], ''])
    if soort == 'Vervolgbespreking' or 'body (Afspraken en actiepunten)' in D:
        ap = ['1. AP: wijkteam plant huisbezoek vóór %s.' % DATES[(n + 2) % len(DATES)],
              '2. AP: gezinsvoogd/jeugdconsulent koppelt terug aan het VHT in week 51.',
              'N.B. volgende evaluatie over zes weken.']
        if 'body (Afspraken en actiepunten)' in D: ap.append(D['body (Afspraken en actiepunten)'][0])
        if style == 'table': out.append('| Afspraken en actiepunten | %s |' % ' / '.join(ap))
        else: out.extend(['Afspraken en actiepunten:'] + ap + [''])
    if 'footnote' in D: block('[FOOTNOTE]', D['footnote'][0])
    elif n % 7 == 0: block('[FOOTNOTE]', 'Bron: MDO-verslag %s, %s.' % (ev, team))
    out.extend(['', 'Persoonsgegevens:', ['n.v.t.', '-', 'niet invullen bij inbreng'][n % 3], ''])
    if 'footer' in D: block('[FOOTER]', D['footer'][0])
    else: block('[FOOTER]', 'VHT Rotterdam-Rijnmond - pagina 1 van 2')
    return '\n'.join(out).rstrip('\n') + '\n'

# DIRTY items: (category, value, place, inserted text)
DIRTY = [
 [('NAME', 'Arlindo Varela', 'mail subject', 'Inbreng VHT - gezin Arlindo Varela - spoed'), ('PHONE', '06-28417730', 'body (Stem van ouders en verzorgers)', 'Moeder vraagt terug te bellen op 06-28417730.')],
 [('NAME', 'Gülay', 'comment author', 'Gülay'), ('BIRTHDATE', '12-04-2010', 'cover value (Jeugdige)', 'geb. 12-04-2010')],
 [('ADDRESS', 'Riederlaan 77b', 'footer', 'Retour: Riederlaan 77b, Rotterdam'), ('NAME', 'Jessy', 'body (Gezinssamenstelling)', 'Nieuwe vriend van moeder heet Jessy.')],
 [('BSN', None, 'footnote', 'BSN jeugdige: {bsn}'), ('NAME', 'Van Wijngaarden', 'body (Wat is er nu onveilig)', 'Buurman Van Wijngaarden hoort elke avond geschreeuw.')],
 [('EMAIL', 'marcia.lucia84@gmail.com', 'mail body', 'Beste voorzitter,\n\nBijgaand de kaart. Moeder wil de uitkomst ontvangen op marcia.lucia84@gmail.com.\n\nMet vriendelijke groet,\nvaste deelnemer'), ('NAME', 'Rosalinda', 'alt text', 'Tekening gemaakt door Rosalinda (oudste): het huis van de zorgen.')],
 [('POSTCODE', '3082 HT', 'header', 'VERTROUWELIJK - gezin postcode 3082 HT'), ('ID_NUMBER', 'cliëntnummer Youz Y-2025-31902', 'body (Betrokken hulpverlening)', 'cliëntnummer Youz Y-2025-31902')],
 [('NAME', 'Ewa Zielińska', 'property (title)', 'VHK Ewa Zielińska - definitief'), ('IBAN', None, 'tracked deletion', 'Bijzondere bijstand overmaken naar {iban}')],
 [('URL', 'https://www.instagram.com/tavi_010_zuid', 'body (Stem van de jeugdige)', 'Zie ook zijn posts: https://www.instagram.com/tavi_010_zuid'), ('NAME', 'Okan', 'table row (Gezinssamenstelling)', '| stiefbroer Okan | ? | soms |')],
 [('NAME', 'Stoyanov', 'file name', 'VHK_Stoyanov_definitief.docx'), ('PHONE', '010 - 419 62 38', 'table row (Betrokken hulpverlening)', '| oma (opvang) | 010 - 419 62 38 |')],
 [('BIRTHDATE', '03.09.1986', 'body (Gezinssamenstelling)', 'Moeder geboren 03.09.1986 in Willemstad.'), ('NAME', 'Ricky', 'comment text', 'Vader (Ricky) kwam te laat op het MDO, dit graag opnemen.')],
 [('NAME', 'Koç', 'header', 'Fam. Koç - Veiligheidskaart'), ('ADDRESS', 'Hillevliet 61-B', 'body (Afspraken en actiepunten)', 'AP: huisbezoek op Hillevliet 61-B op 9-12.')],
 [('ID_NUMBER', 'dossiernr. JBRR 2026-0774-JB', 'mail subject', 'Overdracht dossiernr. JBRR 2026-0774-JB'), ('NAME', 'Dounia', 'body (Stem van ouders en verzorgers)', 'Dounia (zus moeder) zegt dat moeder het niet aankan.')],
 [('NAME', 'Marek', 'footnote', 'Informatie van Marek, de vriend van moeder.'), ('EMAIL', 'jannie.v.d.werf@hetnet.nl', 'comment text', 'Oma wil cc op jannie.v.d.werf@hetnet.nl')],
 [('URL', 'https://www.facebook.com/sandy.pinas.9218', 'body (Wat is er nu onveilig)', 'Vader zet dreigingen op https://www.facebook.com/sandy.pinas.9218'), ('POSTCODE', '3204ER', 'tracked deletion', 'oud adres: 3204ER Spijkenisse')],
 [('BSN', None, 'body (Afspraken en actiepunten)', 'AP: school geeft BSN {bsn} door aan leerplicht.'), ('NAME', 'Reinier de Graaf', 'comment author', 'Reinier de Graaf')],
]

def main():
    sys_random = random.Random(4344)
    def bsn():
        while True:
            d = [sys_random.randint(0, 9) for _ in range(9)]
            if d[0] == 0: continue
            if (sum(w * x for w, x in zip(range(9, 1, -1), d[:8])) - d[8]) % 11 == 0: return ''.join(map(str, d))
    def iban():
        bban = 'RABO' + ''.join(str(sys_random.randint(0, 9)) for _ in range(10))
        chk = 98 - int(''.join(str(int(c, 36)) for c in bban + 'NL00')) % 97
        return 'NL%02d%s' % (chk, bban)
    os.makedirs(CD, exist_ok=True)
    rows = []
    for i in range(1, 61):
        items = None
        if i > 45:
            items = []
            for cat, val, place, txt in DIRTY[i - 46]:
                if cat == 'BSN': val = bsn(); txt = txt.format(bsn=val)
                if cat == 'IBAN': val = iban(); txt = txt.format(iban=val)
                items.append((cat, val, place, txt))
        text = card(i, items)
        if items:
            for cat, val, place, txt in items: assert txt in text or txt.split('\n')[0] in text, (i, place)
        open(os.path.join(CD, 'card-%02d.txt' % i), 'w', encoding='utf-8', newline='\n').write(text)
        notes = '; '.join('%s "%s" @ %s' % (c, v, p) for c, v, p, t in items) if items else '-'
        rows.append('card-%02d.txt\t%s\t%s' % (i, 'DIRTY' if items else 'CLEAN', notes))
    open(os.path.join(CD, 'cards.tsv'), 'w', encoding='utf-8', newline='\n').write('file\texpect\tnotes\n' + '\n'.join(rows) + '\n')
    print('wrote 60 cards')

main()
