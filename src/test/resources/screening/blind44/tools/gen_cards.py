#!/usr/bin/env python3
# Generates ../cards/card-01..60.txt and cards.tsv byte for byte (seed 4444). All content invented.
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from vhknumbers import bsn, iban, spaced
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.join(HERE, '..', 'cards')
rng = random.Random(4444)

AUTHORS = [  # (inbrenger, vaste deelnemer, gemeente, town)
 ('Gerdien Vos-Klein, jeugd- en gezinswerker, wijkteam Kampen', 'Erwin Smeenk, wijkteam Kampen', 'Kampen', 'IJsselmuiden'),
 ('Hamid Rahimi, jeugdconsulent, sociaal team Noordoostpolder', 'Jolanda Brink, sociaal team Noordoostpolder', 'Noordoostpolder', 'Emmeloord'),
 ('Klaasje Hakvoort, gezinscoach, wijkteam Urk', 'Albertine Visscher, wijkteam Urk', 'Urk', 'Urk'),
 ('Ruud Schuurman, casemanager, Veilig Thuis IJsselland', 'Monique Dijkhuis, Veilig Thuis IJsselland', 'Zwolle', 'Zwolle'),
 ('Annet Ter Beek, jeugdprofessional, wijkteam Hardenberg', 'Jan-Willem Zwiers, wijkteam Hardenberg', 'Hardenberg', 'Dedemsvaart'),
 ('Yara Haddou, gezinscoach, wijkteam Raalte', 'Bennie Kamphuis, wijkteam Raalte', 'Raalte', 'Heino'),
 ('Sietske Bruins, jeugdconsulent, gemeente Staphorst', 'Wim Prins, gemeente Staphorst', 'Staphorst', 'Rouveen'),
 ('Kasia Nowak, ambulant hulpverlener, wijkteam Hellendoorn', 'Rik Kolkman, wijkteam Hellendoorn', 'Hellendoorn', 'Nijverdal'),
 ('Lambert Hulleman, consulent jeugd, sociaal team Steenwijkerland', 'Fenna de Haan, sociaal team Steenwijkerland', 'Steenwijkerland', 'Vollenhove'),
 ('Berend-Jan Kok, jeugdconsulent, Toegang Ommen', 'Ingrid Boerman, Toegang Ommen', 'Ommen', 'Ommen'),
 ('Thijs Bosscher, gezinsvoogd, Jeugdbescherming Overijssel', 'Naima Bouzid, Jeugdbescherming Overijssel', 'Zwartewaterland', 'Genemuiden'),
 ('Marit Stoevenbelt, jeugdprofessional, wijkteam Dalfsen', 'Willem Oosterhuis, Toegang Dalfsen', 'Dalfsen', 'Lemelerveld'),
 ('Ali Rezaei, casemanager, Veilig Thuis IJsselland', 'Monique Dijkhuis, Veilig Thuis IJsselland', 'Olst-Wijhe', 'Wijhe'),
]
GEDRAG = ['Marloes Keuter, orthopedagoog GZ, Jeugdbescherming Overijssel', 'Dirk-Jan Ooms, GZ-psycholoog wijkteam Zwolle',
          'Hennie Timmerman, gedragswetenschapper sociaal team Noordoostpolder', None, None]
FAMILIES = [
 # (youth list [(init, year, kin)], composition, concerns, strengths, risks, voice_parent, school)
 dict(kids=[('G.',2010,'zoon'),('A.',2012,'dochter'),('T.',2015,'zoon'),('H.',2019,'dochter')], ctx='reformed',
      comp='Vader (1978), moeder (1982) en acht kinderen; vier wonen nog thuis, de vier oudsten zijn getrouwd of werken buiten de deur.',
      zorg=['Vader slaat de jongens met de riem "als straf, zo staat het er".', 'School (Johannes Calvijnschool) ziet striemen bij T. na de gymles op 3-11-2026.'],
      kracht='Gezin is ingebed in de Gereformeerde Gemeente; de ouderling komt wekelijks. Moeder zoekt hulp.',
      risico='Grote gezinsbelasting, vader overspannen, geen hulp van buiten de kerk gewenst.',
      ouder='Vader: "Wie zijn kind liefheeft, kastijdt het." Moeder: "Ik wil niet dat het zo doorgaat."'),
 dict(kids=[('K.',2011,'zoon'),('J.',2016,'dochter')], ctx='urk',
      comp='Vader (1984, visser, twee weken op zee), moeder (1987), K. (2011) en J. (2016). Opa en oma van vaderskant wonen twee huizen verder.',
      zorg=['Moeder drinkt als vader op zee is; K. zorgt dan voor J.', 'Op 9 oktober 2026 vond K. moeder onwel in de keuken en belde 112.'],
      kracht='Sterk netwerk in de kerk en de familie; opa neemt de kinderen mee naar de haven.',
      risico='Alcohol, schaamte ("op Urk praot je d\'r niet over"), vader lang afwezig.',
      ouder='Moeder: "Ik red het wel." Vader: "As ik thuus bin is d\'r niks an de hand."'),
 dict(kids=[('R.',2013,'dochter'),('M.',2017,'zoon'),('S.',2021,'dochter')], ctx='syrisch',
      comp='Moeder (1990), vader (1983), R. (2013), M. (2017) en S. (2021). Statushouders sinds 2022, eerst in het azc in Zwolle.',
      zorg=['Vader dreigt moeder mee te nemen naar Syrië als zij scheidt.', 'R. tolkt bij artsen en instanties en verzuimt daardoor.'],
      kracht='Moeder volgt taalles en heeft contact met de moskee in Kampen; R. doet het goed op school.',
      risico='Oorlogstrauma vader, geldzorgen, sociaal isolement.',
      ouder='Moeder (via tolk Arabisch): "Ik wil rust voor mijn kinderen." Vader: "Dit is een zaak binnen het gezin."'),
 dict(kids=[('Y.',2012,'zoon'),('F.',2014,'dochter')], ctx='eritrees',
      comp='Moeder (1988), Y. (2012) en F. (2014). Vader woont in Ethiopië; een neef (1999) woont in.',
      zorg=['Y. wordt thuis geslagen met een stok als hij te laat thuiskomt.', 'Moeder heeft herbelevingen en ligt dagen op bed.'],
      kracht='De Eritrees-orthodoxe gemeenschap in Zwolle helpt met eten; F. heeft een goede band met de juf.',
      risico='PTSS moeder, taalbarrière, geen netwerk buiten de gemeenschap.',
      ouder='Moeder (via tolk Tigrinya): "Bij ons is slaan opvoeden, maar ik wil leren hoe het hier moet."'),
 dict(kids=[('N.',2015,'dochter'),('O.',2018,'zoon')], ctx='pools',
      comp='Moeder (1992), vriend van moeder (1989), N. (2015) en O. (2018). Vader woont in Polen (Wrocław), geen contact.',
      zorg=['De vriend van moeder is agressief als hij gedronken heeft; op 24-10-2026 politie ter plaatse.', 'Kinderen zijn \'s nachts alleen thuis als moeder in de nachtploeg werkt.'],
      kracht='Moeder werkt hard en wil het beste voor de kinderen; N. gaat graag naar school.',
      risico='Onregelmatige diensten via uitzendbureau, huisvesting gekoppeld aan werk, alcohol.',
      ouder='Moeder: "Ik moet werken, anders geen huis." Vriend: "Ik doe niks verkeerd."'),
 dict(kids=[('D.',2010,'dochter'),('V.',2013,'zoon')], ctx='bulgaars',
      comp='Moeder (1991), vader (1986), D. (2010) en V. (2013). Wonen met nog een gezin in één woning.',
      zorg=['D. is sinds de herfstvakantie niet meer op school geweest.', 'Mogelijke uitbuiting: vader moet een "schuld" afbetalen aan de werkgever.'],
      kracht='Ouders zijn betrokken en willen dat de kinderen Nederlands leren.',
      risico='Overbewoning, afhankelijkheid van werkgever, taal.',
      ouder='Vader (via tolk Bulgaars): "We zijn hier voor een beter leven, niet voor problemen."'),
 dict(kids=[('L.',2011,'dochter'),('B.',2014,'zoon'),('E.',2020,'dochter')], ctx='moluks',
      comp='Moeder (1985), vader (1980), L. (2011), B. (2014) en E. (2020). Grote familie in de Molukse wijk.',
      zorg=['Vader is bij ruzie handtastelijk naar moeder; de kinderen zagen het op 1 november 2026.', 'B. vecht op school en zegt "bij ons lossen we het zelf op".'],
      kracht='Familie staat klaar; de kerk (GIM) is een belangrijke steun; L. is sterk en praat open.',
      risico='Geweld in de relatie, loyaliteit aan de familie, werkloosheid vader.',
      ouder='Moeder: "Ik wil het binnen de familie houden." Vader: "Ik heb een fout gemaakt."'),
 dict(kids=[('P.',2009,'zoon')], ctx='salland',
      comp='Vader (1970, melkveehouder), moeder overleden in 2024, P. (2009). Oom woont op het erf.',
      zorg=['P. zegt dat hij "der gin zin meer an hef".', 'Vader drinkt \'s avonds alleen in de stal; er zijn geweren op het erf.'],
      kracht='P. heeft een goede band met de mentor en speelt in de fanfare.',
      risico='Rouw, suïcidale uitspraken, wapens in huis, sociaal isolement op de boerderij.',
      ouder='Vader: "Wi\'j redt ons wel, dat hebb\'n wi\'j altied edaon."'),
 dict(kids=[('C.',2024,'zoon')], ctx='baby',
      comp='Moeder (2004), vader (2001), C. (2024). Wonen in een huurwoning van Openbaar Belang.',
      zorg=['C. had op 10-11-2026 een onverklaarde breuk in de arm (Isala).', 'Ouders geven wisselende verklaringen.'],
      kracht='Ouders komen naar alle afspraken van het consultatiebureau.',
      risico='Jonge ouders, LVB-vermoeden vader, stress door schulden.',
      ouder='Moeder: "Hij is van de bank gerold, echt waar."'),
 dict(kids=[('I.',2016,'dochter'),('W.',2018,'zoon')], ctx='scheiding',
      comp='Moeder (1986) met I. (2016) en W. (2018) in Steenwijk; vader (1983) in Meppel met nieuwe partner.',
      zorg=['Vechtscheiding; overdrachten eindigen in geschreeuw voor de deur.', 'I. heeft buikpijn en wil niet naar vader.'],
      kracht='Beide ouders houden van de kinderen; oma van moederskant is een rustpunt.',
      risico='Ouders praten slecht over elkaar, lopende rechtszaak over de omgang.',
      ouder='Moeder: "Hij houdt zich nooit aan de afspraken." Vader: "Zij zet de kinderen tegen mij op."'),
]
SOORT = ['Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Overdracht']
DATES = ['03-11-2026', '2026-11-10', '17 november 2026', 'di 24-11-2026', '01-12-2026', '8 december 2026', '12-11-2026', '2026-10-27']
VRAAG = ['Is vrijwillige hulp nog passend of adviseert het VHT een beschermingsonderzoek door de Raad?',
         'Advies gevraagd: welke partij neemt de regie en wat moet er minimaal in het veiligheidsplan?',
         'Is een interventiegesprek met de Raad voor de Kinderbescherming nodig?',
         'Graag meedenken: zijn de afspraken uit het borgingsplan voldoende om af te schalen?']
HULP = ['wijkteam, huisarts, school, GGD IJsselland', 'Dimence, Accare, wijkteam, Mercatus (huurachterstand)',
        'Eleos, Jeugdbescherming Overijssel, Reformatorisch College Zwolle', 'Tactus, deltaWonen, schoolmaatschappelijk werk',
        'Trajectum, Saxenburgh, sociaal team, VluchtelingenWerk', 'Isala (kinderarts), consultatiebureau, kraamzorg']
VOICE = {
 'reformed': '"Ik ben bang als vader boos wordt, maar ik mag er niet over praten van hem." (gesproken op school)',
 'urk': '"As mem drinkt gaot ik met J. naar opa." K. wil niet dat vader het hoort.',
 'syrisch': 'R. zegt dat ze moe is van het tolken en graag gewoon naar school wil.',
 'eritrees': 'Y.: "Ik wil niet meer geslagen worden. Ik ben geen klein kind meer."',
 'pools': 'N. (via schoolmaatschappelijk werker): "Ik ben \'s nachts bang als mama weg is."',
 'bulgaars': 'D. zegt dat ze op haar broertje moet passen en dat school "niet voor haar is".',
 'moluks': 'L.: "Ik wil dat papa en mama stoppen met vechten. Ik zorg voor B. en E."',
 'salland': 'P.: "Pa zeg niks, ik zeg niks. Zo gaot dat hier."',
 'baby': 'C. is 2 jaar; geobserveerd bij huisbezoek: schrikachtig bij harde geluiden.',
 'scheiding': 'I. tekende zichzelf tussen twee huizen met een dikke regenwolk erboven.',
}

def build(n, fam, auth, soort, date, special, extra):
    """extra: dict place -> list of lines added (for DIRTY items)."""
    inbr, vast, gem, town = auth
    cy = int([p for p in date.replace('-', ' ').split() if len(p) == 4 and p.isdigit()][0])
    kids = fam['kids']
    L = []
    if 'file' in special or 'file' in extra:
        L += ['[FILENAME]', extra.get('file', ['VHK_%s_%s%d_%s.docx' % (gem.replace(' ', ''), kids[0][0][0], kids[0][1], n)])[0], '']
    if 'title' in special or 'title' in extra:
        L += ['[PROPERTY title]', extra.get('title', ['Veiligheidskaart %s (%d) - %s' % (kids[0][0], kids[0][1], soort)])[0], '']
    if 'company' in special:
        L += ['[PROPERTY company]', gem if n % 2 else 'Jeugdbescherming Overijssel', '']
    if 'mail' in special or 'subj' in extra or 'mailbody' in extra:
        L += ['[MAIL-SUBJECT]', extra.get('subj', ['VHK %s %s - graag inplannen' % (kids[0][0], soort.lower())])[0], '']
        L += ['[MAIL-BODY]', 'Beste voorzitter,', 'Hierbij de kaart voor het VHT. Instemming is besproken, zie voorblad.'] + extra.get('mailbody', []) + ['Met vriendelijke groet, vaste deelnemer ' + gem, '']
    if 'header' in special or 'header' in extra:
        L += ['[HEADER]', extra.get('header', ['VEILIGHEIDSKAART - VERTROUWELIJK - ' + gem.upper()])[0], '']
    tab = n % 3 == 0
    def sec(label, lines):
        L.append(('%d. ' % (len([x for x in L if isinstance(x, str) and x.endswith(':')]) + 1) if n % 4 == 1 else '') + label + ':')
        L.extend(lines); L.append('')
    up = n % 7 == 3
    sec('DATUM INBRENG' if up else 'Datum inbreng', [date])
    sec('Soort inbreng' if n % 2 else 'Type inbreng', [soort + (' (eerder VHT-2026-0%d)' % (100 + n * 7) if soort != 'Eerste inbreng' else '')])
    sec('Jeugdige(n)' if len(kids) > 1 else 'Jeugdige', ['%s (%d)' % (k[0], k[1]) for k in kids] + extra.get('jeugdige', []))
    sec('Inbrenger (naam, functie, organisatie)' if n % 2 else 'Inbrenger', [inbr])
    sec('Vaste deelnemer', [vast])
    sec('Verantwoordelijke gemeente' if n % 3 else 'Gemeente', [gem])
    g = GEDRAG[n % len(GEDRAG)]
    if g: sec('Gedragsdeskundige geraadpleegd', ['Ja, ' + g])
    sec('Wie is wanneer geïnformeerd' if n % 2 else 'Geïnformeerd en gesproken',
        ['Ouders: gesproken op %s (huisbezoek in %s).' % (date, town), '%s: gesproken op school in week %d.' % (kids[0][0], 40 + n % 8),
         'Ouderling/dominee niet geïnformeerd (ouders willen dat niet).' if fam['ctx'] == 'reformed' else 'Huisarts is op de hoogte.'])
    if n % 6 == 5:
        sec('Instemming betrokkenen', ['Nee. Vader weigert ("de overheid heeft niks met ons gezin te maken").',
            'Reden inbreng toch: de veiligheid van de kinderen is acuut in het geding; moeder is wel ingelicht. Ik breng zonder instemming in om escalatie te voorkomen.'])
    else:
        sec('Instemming', ['Ja, ouders stemmen in' + (', en ' + kids[0][0] + ' ook.' if cy - kids[0][1] >= 12 else '.')])
    sec('Vraag aan het VHT' if n % 2 else 'Hulpvraag aan het VHT', [VRAAG[n % len(VRAAG)]])
    if 'comment' in special or 'comment_text' in extra or 'comment_author' in extra:
        L += ['[COMMENT author=%s]' % extra.get('comment_author', ['Voorzitter VHT'])[0], extra.get('comment_text', ['Graag de vraag concreter maken.'])[0], '']
    gz = [fam['comp']]
    if tab:
        gz += ['| kind | geboortejaar | school/opvang |'] + ['| %s %s | %d | %s |' % (k[2], k[0], k[1],
               'baby' if cy - k[1] < 4 else ('voortgezet onderwijs' if cy - k[1] >= 12 else 'basisschool')) for k in kids]
    gz += extra.get('table', [])
    sec('Gezinssamenstelling', gz)
    sec('Wat is er nu onveilig' if n % 3 == 1 else ('Zorgen' if n % 3 == 2 else 'Onveiligheid'), ['- ' + z for z in fam['zorg']] + extra.get('zorgen', []))
    if 'footnote' in special or 'footnote' in extra:
        L += ['[FOOTNOTE]', extra.get('footnote', ['Bron: zorgmelding politie basisteam IJsselland.'])[0], '']
    if n % 2: sec('Patroon', ['Sinds 2023 bekend bij Veilig Thuis IJsselland; eerder veiligheidsplan in 2024.'])
    sec('Krachten en beschermende factoren' if n % 2 else 'Krachten', [fam['kracht']] + extra.get('krachten', []))
    sec('Risicofactoren', [fam['risico']])
    if any(cy - k[1] >= 12 for k in kids) or fam['ctx'] in ('baby', 'scheiding'):
        sec('Stem van de jeugdige' if n % 2 else 'Wat zegt de jeugdige', [VOICE[fam['ctx']]])
        if 'alt' in special or 'alt' in extra:
            L += ['[ALT]', extra.get('alt', ['Tekening van %s: drie huizen, het huis van de zorgen is grijs.' % kids[-1][0]])[0], '']
    sec('Stem van ouders en verzorgers' if n % 2 else 'Stem van ouders', [fam['ouder']] + extra.get('ouders', []))
    sec('Visie van de inbrenger' if n % 2 else 'Visie inbrenger', ['De zorgen zijn ernstig en de afspraken worden niet nagekomen; zonder extra stappen blijft het onveilig.' if n % 2 else 'Er is beweging, maar het is nog te pril om af te schalen.'] + extra.get('visie', []))
    sc = 2 + n % 5
    sec('Veiligheidsscore' if n % 2 else 'Score', ['Inbrenger: %d. Ouders: %d.' % (sc, min(10, sc + 3))])
    if 'tracked' in special or 'tracked' in extra:
        L += ['[TRACKED-DELETION]', extra.get('tracked', ['Inbrenger: %d.' % (sc + 1)])[0], '']
    sec('Betrokken hulpverlening', [HULP[n % len(HULP)]] + extra.get('hulp', []))
    if n % 5 == 0: sec('Persoonsgegevens', ['niet invullen bij inbreng'])
    elif n % 5 == 2: sec('Persoonsgegevens', ['n.v.t.'])
    if 'footer' in special or 'footer' in extra:
        L += ['[FOOTER]', extra.get('footer', ['Pagina 1 van 2 - VHT IJsselland/Flevoland-Noord'])[0], '']
    return '\n'.join(L).rstrip('\n') + '\n'

SPECIALS = ['file', 'title', 'company', 'mail', 'header', 'comment', 'footnote', 'alt', 'tracked', 'footer']
b2 = random.Random(4445)
BS = [bsn(b2), bsn(b2)]
IB = spaced(iban(b2, 'NL', 'RABO'))
DIRTY = [  # per card: two items (cat, value, place, extra-key, line)
 [('NAME', 'Gerrit-Jan', 'table row (Gezinssamenstelling)', 'table', '| zoon Gerrit-Jan | 2010 | Guido de Brès |'),
  ('PHONE', '0529-483120', 'footer', 'footer', 'Contact vader: 0529-483120')],
 [('NAME', 'Lubbert Pasterkamp', 'comment author', 'comment_author', 'Lubbert Pasterkamp'),
  ('POSTCODE', '8321 BG', 'header', 'header', 'VHK gezin Urk 8321 BG')],
 [('BIRTHDATE', '12-04-2013', 'cover value (Jeugdige)', 'jeugdige', 'R. geb. 12-04-2013'),
  ('NAME', 'Omar Al-Sayed', 'body (Stem van ouders)', 'ouders', 'Oom Omar Al-Sayed zegt dat de familie het zelf oplost.')],
 [('NAME', 'Saba', 'alt text', 'alt', 'Tekening gemaakt door Saba (12), huis met slot'),
  ('ID_NUMBER', 'cliëntnr. Eleos E-508812', 'body (Betrokken hulpverlening)', 'hulp', 'cliëntnr. Eleos E-508812')],
 [('EMAIL', 'k.nowicka.zwolle@wp.pl', 'mail body', 'mailbody', 'Moeder wil een kopie op k.nowicka.zwolle@wp.pl'),
  ('NAME', 'Tomasz', 'body (Zorgen)', 'zorgen', '- Tomasz (vriend van moeder) sloeg de deur in op 24-10-2026.')],
 [('BSN', BS[0], 'tracked deletion', 'tracked', 'BSN D.: ' + BS[0]),
  ('NAME', 'PETKOVA', 'mail subject', 'subj', 'VHK gezin PETKOVA Emmeloord - spoed')],
 [('NAME', 'Stella Tuhumury', 'property (title)', 'title', 'VHK Stella Tuhumury Marknesse'),
  ('ADDRESS', 'Sumatrastraat 17', 'body (Krachten)', 'krachten', 'Opa woont om de hoek (Sumatrastraat 17) en vangt op.')],
 [('URL', 'https://www.instagram.com/pietertje_heino09', 'footnote', 'footnote', 'Zie filmpje: https://www.instagram.com/pietertje_heino09'),
  ('NAME', 'Arend Nijboer', 'body (Visie inbrenger)', 'visie', 'Oom Arend Nijboer heeft de geweren inmiddels meegenomen.')],
 [('IBAN', IB, 'body (Betrokken hulpverlening)', 'hulp', 'Budgetbeheer via rekening ' + IB),
  ('NAME', 'Kaylee', 'file name', 'file', 'VHK_Kaylee_Emmeloord_nov.docx')],
 [('NAME', 'de Leeuw', 'body (Zorgen)', 'zorgen', '- De nieuwe partner van vader, mevrouw de Leeuw, scheldt de kinderen uit.'),
  ('PHONE', '06-19283746', 'comment text', 'comment_text', 'Moeder vraagt of we haar bellen op 06-19283746')],
 [('NAME', 'Abraham', 'comment text', 'comment_text', 'Bedoel je Abraham of de jongste?'),
  ('BIRTHDATE', '3 maart 2015', 'tracked deletion', 'tracked', 'T. geboren 3 maart 2015')],
 [('ID_NUMBER', 'JBO-2026-73301', 'header', 'header', 'Zaak JBO-2026-73301 - vertrouwelijk'),
  ('NAME', 'Jelle Kramer', 'table row (Gezinssamenstelling)', 'table', '| opa Jelle Kramer | - | woont naast het gezin |')],
 [('NAME', 'Maryam', 'body (Stem van ouders)', 'ouders', 'Maryam (moeder) wil de kaart eerst lezen met de tolk.'),
  ('URL', 'facebook.com/yonas.haile.zwolle', 'mail body', 'mailbody', 'Vader dreigt via facebook.com/yonas.haile.zwolle')],
 [('BSN', BS[1][:3] + '.' + BS[1][3:6] + '.' + BS[1][6:], 'footer', 'footer', 'bsn ' + BS[1][:3] + '.' + BS[1][3:6] + '.' + BS[1][6:]),
  ('NAME', 'Wiśniewski', 'body (Visie inbrenger)', 'visie', 'Ik heb contact gehad met de heer Wiśniewski (werkgever) over de huisvesting.')],
 [('ADDRESS', 'Dorpsstraat 44', 'footnote', 'footnote', 'Oma woont Dorpsstraat 44, Staphorst'),
  ('EMAIL', 'h.brinkman.rouveen@gmail.com', 'comment text', 'comment_text', 'Vader mailt steeds vanaf h.brinkman.rouveen@gmail.com')],
]

DIRTY_FAM = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1, 3, 4, 0]
rows = []
for n in range(1, 61):
    fam = FAMILIES[(n * 7) % len(FAMILIES)] if n <= 45 else FAMILIES[DIRTY_FAM[n - 46]]
    auth = AUTHORS[(n * 5) % len(AUTHORS)]
    soort = SOORT[n % 4] if n % 3 else 'Eerste inbreng'
    date = DATES[n % len(DATES)]
    special = set(rng.sample(SPECIALS, 3 + n % 3))
    extra = {}; notes = '-'
    if n > 45:
        items = DIRTY[n - 46]
        for cat, val, place, key, line in items:
            extra.setdefault(key, []).append(line)
        notes = '; '.join('%s "%s" @ %s' % (c, v, p) for c, v, p, k, l in items)
    text = build(n, fam, auth, soort, date, special, extra)
    with open(os.path.join(OUT, 'card-%02d.txt' % n), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(text)
    rows.append('card-%02d.txt\t%s\t%s' % (n, 'DIRTY' if n > 45 else 'CLEAN', notes))
with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('file\texpect\tnotes\n' + '\n'.join(rows) + '\n')
