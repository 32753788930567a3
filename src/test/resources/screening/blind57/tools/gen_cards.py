#!/usr/bin/env python3
"""Generates ../cards/card-01..60.txt and cards.tsv for blind set 57 (fixed seed, reproducible)."""
import os, random, re
R = random.Random(575757)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'cards')

def bsn():
    while True:
        d = [R.randint(0, 9) for _ in range(9)]
        if d[0] == 0: continue
        if (sum(w * x for w, x in zip(range(9, 1, -1), d[:8])) - d[8]) % 11 == 0: return ''.join(map(str, d))
def iban(bank):
    acc = ''.join(str(R.randint(0, 9)) for _ in range(10))
    num = ''.join(str(int(c, 36)) for c in bank + acc + 'NL00')
    return 'NL%02d%s%s' % (98 - int(num) % 97, bank, acc)

AUTHORS = [  # (inbrenger line, vaste deelnemer line, gemeente, org short)
 ('Gerjanne Mulder, jeugdconsulent, Sociaal Wijkteam Dordrecht', 'Hasan Yıldırım, Sociaal Wijkteam Dordrecht', 'Dordrecht', 'Sociaal Wijkteam Dordrecht'),
 ('Samira el Idrissi, gezinscoach, Sociaal Wijkteam Zwijndrecht', 'Wendy Kortland, Sociaal Wijkteam Zwijndrecht', 'Zwijndrecht', 'Sociaal Wijkteam Zwijndrecht'),
 ('Teun Kraak, casemanager, Veilig Thuis Zuid-Holland Zuid', 'Ingrid Pals, Veilig Thuis Zuid-Holland Zuid', 'Papendrecht', 'Veilig Thuis ZHZ'),
 ('M. Boeve, jeugdconsulent, gemeente Molenlanden', 'Arjen Slingerland, gemeente Molenlanden', 'Molenlanden', 'Toegang Molenlanden'),
 ('Esther van Rees, jeugdbeschermer, Jeugdbescherming West', 'Kofi Mensah, Jeugdbescherming West', 'Sliedrecht', 'Jeugdbescherming West'),
 ('Nathalie Domburg, gezinscoach, Sociaal Team Hendrik-Ido-Ambacht', 'Pim Ouwerkerk, Sociaal Team Hendrik-Ido-Ambacht', 'Hendrik-Ido-Ambacht', 'Sociaal Team HIA'),
 ('Rukiye Aslan, jeugdconsulent, Sociaal Team Alblasserdam', 'Jolien Stam, Sociaal Team Alblasserdam', 'Alblasserdam', 'Sociaal Team Alblasserdam'),
 ('Hugo Terlouw, regisseur jeugd, gemeente Gorinchem', 'Fenna Brouwer, gemeente Gorinchem', 'Gorinchem', 'Toegang Gorinchem'),
 ('Lidewij Snoek, jeugdconsulent, gemeente Hardinxveld-Giessendam', 'Bert Hakkesteegt, gemeente Hardinxveld-Giessendam', 'Hardinxveld-Giessendam', 'Toegang Hardinxveld-Giessendam'),
 ('Ayaan Warsame, jeugdbeschermer, Jeugdbescherming West', 'Kofi Mensah, Jeugdbescherming West', 'Dordrecht', 'Jeugdbescherming West'),
]
GEDRAG = ['drs. Anke de Vries-Bos, orthopedagoog Jeugdbescherming West', 'Ruud Verbaan, GZ-psycholoog, Enver',
          'Marleen Tieleman, gedragswetenschapper Sociaal Wijkteam Dordrecht', 'Yusuf Kaya, orthopedagoog generalist']

# scenarios: dict of section -> list of lines; {I}=initial, {Y}=youth year, {J}=youth 2, {JY}
SC = [
 dict(tag='reformatorisch gezin, Molenlanden',
  gezin=['| rol | wie | opmerking |', '|---|---|---|', '| moeder | (1984) | thuis, 10 kinderen |', '| vader | (1980) | melkveehouder |',
         '| jeugdige | {I}. ({Y}) | oudste thuiswonende dochter |', '| overig | 9 broers en zussen | tussen 1 en 19 jaar |'],
  zorgen=['{I}. zorgt voor de jongste kinderen, ook \'s nachts; moeder is sinds de laatste bevalling somber.',
          'Op {D1} meldde de Johannes Calvijnschool dat {I}. in de klas in slaap viel.', 'Vader is veel op het land en ziet de spanning niet.'],
  krachten=['Sterk netwerk vanuit de Gereformeerde Gemeente in Streefkerk; de diaconie helpt met boodschappen.', 'Ouders zijn betrokken en willen het goed doen.'],
  risico=['Postnatale depressie moeder, groot gezin, geen hulp "van buiten" gewenst, overbelasting oudste.'],
  stemj=['{I}.: "Ik vind het niet erg om te helpen, maar ik wil ook naar school."'],
  stemo=['Moeder: "Ik schaam me dat het zo loopt." Vader: "We redden ons met de kerk."'],
  visie=['Zonder behandeling voor moeder bij Eleos blijft {I}. de zorg dragen; dit is te zwaar voor een kind.'],
  hulp=['Eleos (ambulant, Hoornaar), huisarts, JGZ, diaconie.']),
 dict(tag='Pools arbeidsmigrantengezin, flexwoning',
  gezin=['Moeder (1991), vader (1989), {I}. ({Y}), broertje {J}. ({JY}). Gezin woont in een flexwoning in Sliedrecht met andere arbeiders.'],
  zorgen=['Op {D1} politie-inzet na ruzie onder invloed tussen vader en een huisgenoot; {J}. was erbij.',
          'Vader drinkt na de werkdag in de kas, moeder werkt nachtdiensten bij een distributiecentrum in Gorinchem.'],
  krachten=['Moeder regelt veel zelf, de kinderen gaan naar school (Insula College, basisschool in Sliedrecht).', 'Tolk Pools via het wijkteam beschikbaar.'],
  risico=['Alcoholgebruik vader, krappe en onveilige huisvesting, afhankelijkheid van uitzendbureau (werk = huis).'],
  stemj=['{I}. (via tolk): "Ik wil dat papa stopt met drinken, ik wil niet terug naar Polen."'],
  stemo=['Moeder: "Als we het huis kwijt zijn, zijn we alles kwijt." Vader erkent "soms te veel" te drinken.'],
  visie=['Eigen woonruimte en verslavingszorg (De Hoop ggz) zijn nodig; ik vraag het VHT naar de inzet van het uitzendbureau.'],
  hulp=['Sociaal Wijkteam, De Hoop ggz (intake gepland), school, Drechtsteden Sociale Dienst.']),
 dict(tag='Eritrees statushoudersgezin, Sterrenburg',
  gezin=['- moeder (1990)', '- vader (1983), sinds 2023 via gezinshereniging in Nederland', '- {I}. ({Y})', '- {J}. ({JY})'],
  zorgen=['{I}. vertelde op {D1} aan de mentor dat vader haar met een riem slaat als ze te laat thuis is.',
          'Moeder durft niet te spreken zonder vader erbij; tolk Tigrinya nodig.'],
  krachten=['Ouders willen dat de kinderen slagen op school.', 'Contact met de Eritrees-orthodoxe kerk in Rotterdam en met VluchtelingenWerk.'],
  risico=['Fysiek straffen als opvoedingsnorm, oorlogstrauma vader, taalbarrière, isolement moeder.'],
  stemj=['{I}.: "Ze doen het omdat ze van ons houden, maar ik wil het niet meer."'],
  stemo=['Vader: "In Eritrea is dit normaal, hier zeggen ze dat het verboden is. Ik wil leren."'],
  visie=['Vader staat open; ik zie ruimte voor een vrijwillig traject met een cultuursensitieve hulpverlener.'],
  hulp=['VluchtelingenWerk, school, Sociaal Wijkteam, huisarts, Lucertis (screening trauma {I}.).']),
 dict(tag='Antilliaans gezin, Crabbehof',
  gezin=['Moeder (1993) met {I}. ({Y}) en {J}. ({JY}). De vader van {J}. komt onregelmatig; de vader van {I}. woont op Curaçao.'],
  zorgen=['Ex-partner staat sinds {D1} weer regelmatig voor de deur, dreigt en trapt tegen de deur.',
          'Moeder heeft een huurachterstand bij Trivire; ontruiming dreigt.', '{I}. verzuimt (LVS: code VZ-2, 38 uur ongeoorloofd).'],
  krachten=['Oma (in Crabbehof) is een stevig vangnet.', 'Moeder zoekt zelf hulp en belde Veilig Thuis.'],
  risico=['Huiselijk geweld in het verleden, schulden, geen contactverbod, verzuim.'],
  stemj=['{I}.: "Ik blijf thuis om mama te beschermen."'],
  stemo=['Moeder: "Ik wil dat hij wegblijft, maar de politie doet niks."'],
  visie=['Een contactverbod en schuldhulp zijn nodig; ik vraag advies over de inzet van Veilig Thuis en de Kredietbank.'],
  hulp=['Sociaal Wijkteam Dordrecht, Veilig Thuis, Kredietbank Drechtsteden, Da Costa school, wijkagent.']),
 dict(tag='schippersgezin',
  gezin=['Vader (1978) en moeder (1981) varen op een vrachtschip (Rijn, Antwerpen). {I}. ({Y}) woont doordeweeks in het schippersinternaat in Dordrecht; {J}. ({JY}) vaart mee.'],
  zorgen=['Op {D1} kwam {I}. niet terug in het internaat; gevonden bij de haven van Werkendam.',
          'Jongste {J}. is leerplichtig maar staat niet ingeschreven op een school aan de wal.'],
  krachten=['Ouders bellen het internaat elke dag.', 'Grootouders in Hardinxveld-Giessendam zijn beschikbaar in weekenden.'],
  risico=['Weinig zicht op {J}. aan boord, heimwee en wegloopgedrag {I}., vaders alcoholgebruik aan boord (gemeld door internaat).'],
  stemj=['{I}.: "Ik mis de boot. In het internaat ben ik alleen."'],
  stemo=['Moeder: "Een schipperskind hoort bij het schip." Vader wil geen bemoeienis.'],
  visie=['Onderwijs voor {J}. moet geregeld worden; de leerplichtambtenaar is ingeschakeld.'],
  hulp=['Schippersinternaat, leerplicht, JGZ, Sociaal Team Hardinxveld-Giessendam.']),
 dict(tag='Bulgaars gezin, Zwijndrecht',
  gezin=['Moeder (1995), stiefvader (1990), {I}. ({Y}), halfzusje {J}. ({JY}). Oom van stiefvader woont in.'],
  zorgen=['{I}. tolkt bij instanties en mist daardoor lessen.', 'Op {D1} werd {J}. (baby) met een hoofdwond gezien in het Albert Schweitzer ziekenhuis; uitleg wisselt.'],
  krachten=['Moeder komt trouw naar het consultatiebureau.', 'Ouders accepteren een tolk Bulgaars.'],
  risico=['Onverklaard letsel baby, inwonende volwassenen, geldzorgen, werk via koppelbaas.'],
  stemj=['{I}.: "Ik weet niet wat er gebeurd is, ik was op school."'],
  stemo=['Moeder: "Ze viel van de bank." Stiefvader: "Ik was aan het werk."'],
  visie=['Het letsel is niet verklaard; ik vraag of een onderzoek door Veilig Thuis en de Raad nodig is.'],
  hulp=['ASZ (kinderarts, forensisch consult), JGZ, Sociaal Wijkteam Zwijndrecht, Veilig Thuis.']),
 dict(tag='verslaving moeder, Papendrecht',
  gezin=['Moeder (1988), {I}. ({Y}). Vader is uit beeld. Oma (moederskant) woont in Oud-Alblas.'],
  zorgen=['Moeder gebruikt cocaïne en alcohol; op {D1} lag ze onder invloed op de bank toen {I}. thuiskwam.'],
  krachten=['Oma is beschikbaar en wil {I}. opvangen.', 'Moeder meldde zichzelf aan bij De Hoop ggz.'],
  risico=['Middelengebruik, eerdere terugval, weinig structuur, geen vaste inkomsten.'],
  stemj=['{I}.: "Ik wil bij oma wonen tot mama beter is."'],
  stemo=['Moeder: "Ik wil het echt, maar ik ben bang dat ze {I}. afpakken."'],
  visie=['Tijdelijk wonen bij oma met een veiligheidsplan is mijns inziens de beste route.'],
  hulp=['De Hoop ggz, huisarts, Willem de Zwijger College, Sociaal Team Papendrecht.']),
 dict(tag='scheiding en loyaliteit, HIA',
  gezin=['Moeder (1985) met {I}. ({Y}) en {J}. ({JY}) in Hendrik-Ido-Ambacht; vader (1983) in Puttershoek met nieuwe partner.'],
  zorgen=['Ouders maken ruzie bij de overdrachten; op {D1} escaleerde het op het schoolplein van de Willem de Zwijger College-locatie.', 'De kinderen worden als boodschapper gebruikt.'],
  krachten=['Beide ouders houden van de kinderen en komen op afspraken.'],
  risico=['Vechtscheiding, loyaliteitsconflict, lange juridische procedure.'],
  stemj=['{I}.: "Ik wil niet kiezen. Ik wil dat ze normaal doen."'],
  stemo=['Moeder: "Hij houdt zich niet aan de regeling." Vader: "Zij zet de kinderen tegen mij op."'],
  visie=['Kinderen uit de Knel en een ouderschapsplan via de rechtbank Rotterdam zijn aangewezen.'],
  hulp=['Sociaal Team HIA, Kinderen uit de Knel (Enver), school.']),
 dict(tag='psychiatrie vader, Gorinchem',
  gezin=['Vader (1979) en moeder (1982), {I}. ({Y}), {J}. ({JY}).'],
  zorgen=['Vader is psychotisch geweest en werd op {D1} opgenomen bij Yulius; hij is nu thuis en slikt zijn medicatie niet.', 'Moeder houdt de kinderen binnen uit angst.'],
  krachten=['Moeder is alert en belt hulp. De kinderen gaan graag naar Christelijk Lyceum Oude Hoven en de basisschool.'],
  risico=['Niet-behandelde psychose, wapens (kapmes) in huis gezien, sociaal isolement.'],
  stemj=['{I}.: "Als papa raar doet, ga ik naar mijn kamer en zet ik muziek op."'],
  stemo=['Moeder: "Ik hou van hem, maar ik ben bang." Vader wilde niet in gesprek.'],
  visie=['Een crisisplan met Yulius en afspraken over de veiligheid van de kinderen zijn nodig.'],
  hulp=['Yulius (FACT), huisarts, Beatrixziekenhuis (psychiatrie), Sociaal Team Gorinchem.']),
 dict(tag='tienermoeder, Alblasserdam',
  gezin=['Jeugdige moeder {I}. ({Y}) met baby {J}. ({JY}). Vriend (20) woont niet in. Moeder van {I}. woont in Alblasserdam.'],
  zorgen=['Baby groeit slecht (CB {D1}: onder de lijn); {I}. gaat uit en laat de baby bij wisselende oppassers.'],
  krachten=['{I}. komt op afspraken bij het consultatiebureau en houdt van haar kind.', 'Kraamzorg van Rivas was positief.'],
  risico=['Jonge leeftijd, geen startkwalificatie, wisselende oppas, licht verstandelijke beperking vermoed.'],
  stemj=['{I}.: "Ik ben een goede moeder, iedereen doet alsof ik het niet kan."'],
  stemo=['Moeder van {I}.: "Ik help waar ik kan, maar ik werk fulltime."'],
  visie=['Een moeder-kindhuis of intensieve thuisbegeleiding moet besproken worden.'],
  hulp=['JGZ, Rivas, Sociaal Team Alblasserdam, Stichting Timon (wachtlijst).']),
 dict(tag='gewelddadige jongere, Dordrecht-Wielwijk',
  gezin=['Moeder (1980), {I}. ({Y}), zus {J}. ({JY}). Vader woont in Rotterdam.'],
  zorgen=['{I}. is agressief naar moeder; op {D1} gooide hij een stoel door de ruit.', 'LVS: 4 incidenten (code INC-2), schorsing Insula College.'],
  krachten=['{I}. voetbalt bij ASWH en luistert naar zijn trainer.', 'Moeder blijft in contact met school.'],
  risico=['Escalerende agressie, omgang met oudere jongens in Wielwijk, mogelijk middelengebruik.'],
  stemj=['{I}.: "Mijn moeder begint altijd. Ik wil naar mijn vader."'],
  stemo=['Moeder: "Ik ben bang voor mijn eigen zoon."'],
  visie=['Multisysteemtherapie (MST) via Enver; Bureau Halt is al betrokken geweest.'],
  hulp=['Enver, Bureau Halt, school, wijkagent Wielwijk.']),
 dict(tag='ouderenzorg en verwaarlozing, Giessenburg',
  gezin=['Vader (1970), alleenstaand, {I}. ({Y}). Oma (vaderskant, 84) woont in.'],
  zorgen=['Huis is vervuild; op {D1} trof de wijkverpleging geen eten aan. {I}. zorgt voor oma.'],
  krachten=['Vader werkt en is trouw; de buren in Giessenburg letten op.'],
  risico=['Verwaarlozing, overbelasting jeugdige mantelzorger, geen hulp voor oma.'],
  stemj=['{I}.: "Papa doet zijn best, maar er is gewoon te veel."'],
  stemo=['Vader: "Oma wil niet naar een tehuis, dat heb ik beloofd."'],
  visie=['Indicatie voor oma via de Wlz en steun voor {I}. als jonge mantelzorger.'],
  hulp=['Wijkverpleging, huisarts, Sociaal Team Molenlanden, school.']),
]
LABSETS = [
 ['Datum', 'Soort inbreng', 'Jeugdige (voorletter en geboortejaar)', 'Inbrenger', 'Vaste deelnemer', 'Verantwoordelijke gemeente', 'Gedragsdeskundige geraadpleegd',
  'Geïnformeerd en gesproken', 'Instemming betrokkenen', 'Vraag aan het VeiligheidsTeam', 'Gezinssamenstelling', 'Wat is er nu onveilig', 'Krachten en beschermende factoren',
  'Risicofactoren', 'Stem van de jeugdige', 'Stem van ouders en verzorgers', 'Visie van de inbrenger', 'Veiligheidsscore', 'Betrokken hulpverlening', 'Persoonsgegevens'],
 ['1. Datum inbreng:', '2. Type inbreng:', '3. Jeugdige(n):', '4. Inbrenger (naam, functie, organisatie):', '5. Vaste deelnemer:', '6. Gemeente:', '7. Gedragswetenschapper geraadpleegd:',
  '8. Wie is wanneer geïnformeerd:', '9. Instemming:', '10. Hulpvraag aan het VHT:', '11. Gezinssamenstelling:', '12. Zorgen:', '13. Krachten:',
  '14. Risicofactoren:', '15. Wat zegt de jeugdige:', '16. Stem van ouders:', '17. Visie inbrenger:', '18. Score:', '19. Betrokken hulpverlening:', 'Persoonsgegevens:'],
 ['DATUM', 'SOORT INBRENG', 'JEUGDIGE', 'INBRENGER', 'VASTE DEELNEMER', 'GEMEENTE', 'GEDRAGSDESKUNDIGE GERAADPLEEGD', 'GEÏNFORMEERD EN GESPROKEN', 'INSTEMMING',
  'VRAAG AAN HET VHT', 'GEZINSSAMENSTELLING', 'ONVEILIGHEID', 'KRACHTEN', 'RISICOFACTOREN', 'STEM VAN DE JEUGDIGE', 'STEM VAN OUDERS', 'VISIE INBRENGER', 'SCORE',
  'BETROKKEN HULPVERLENING', 'PERSOONSGEGEVENS'],
 ['datum:', 'type inbreng:', 'jeugdige:', 'inbrenger:', 'vaste deelnemer:', 'verantwoordelijke gemeente:', 'gedragswetenschapper geraadpleegd:', 'wie is wanneer geinformeerd:',
  'instemming:', 'vraag aan het vht:', 'gezinssamenstelling:', 'wat is er nu onveilig:', 'krachten:', 'risicofactoren:', 'wat zegt de jeugdige:', 'stem van ouders:',
  'visie van de inbrenger:', 'veiligheidsscore:', 'betrokken hulpverlening:', 'persoonsgegevens:'],
]
INITS = 'ABCDEFGHJKLMNPRSTWYZ'
SOORT = ['Eerste inbreng', 'Eerste inbreng', 'Vervolgbespreking (eerder VHT-2026-0{n:03d})', 'Monitoring', 'Overdracht (Veilig Thuis -> Toegang)']
VRAAG = ['Is vrijwillige hulp nog voldoende of adviseert het VHT een raadsonderzoek?', 'Welke hulp is nodig om de onveiligheid binnen 3 maanden te stoppen?',
         'Advies gevraagd over de inzet van een veiligheidsplan en wie daarin welke rol heeft.', 'Graag meedenken: is een intervention gesprek met de Raad aangewezen?']

def fmt_date(d, m, style):
    if style == 0: return '%02d-%02d-2026' % (d, m) if d != 6 else '6-%d-2026' % m
    if style == 1: return '2026-%02d-%02d' % (m, d)
    if style == 2: return '%d %s 2026' % (d, ['', 'jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'][m])
    return '%d/%d/2026' % (d, m)

DIRTY_ITEMS = []  # filled below: (category, value, place, how to insert)
def dirty_plan():
    b1, b2 = bsn(), bsn()
    i1 = iban('RABO'); i1g = ' '.join(i1[i:i+4] for i in range(0, len(i1), 4)); i2 = iban('INGB')
    plan = [
     [('NAME', 'Adriaantje', 'body (Zorgen)'), ('PHONE', '06-29480317', 'mail body')],
     [('BSN', b1[:4] + '.' + b1[4:6] + '.' + b1[6:], 'persoonsgegevens'), ('NAME', 'VAN WINGERDEN', 'header')],
     [('NAME', 'Katarzyna Wiśniewska', 'table row (Gezinssamenstelling)'), ('POSTCODE', '3364 BV', 'footer')],
     [('NAME', 'Tesfay', 'comment author'), ('ADDRESS', 'Burgemeester de Raadtsingel 61', 'comment text')],
     [('BIRTHDATE', '23-04-2013', 'cover value (Jeugdige)'), ('NAME', 'Gijsbert-Jan', 'alt text')],
     [('EMAIL', 'xiomara.c@hotmail.com', 'mail body'), ('NAME', 'Girigorie', 'mail subject')],
     [('NAME', 'Huibregtse', 'property (company)'), ('ID_NUMBER', 'JBW/26/00871', 'footnote')],
     [('NAME', 'Cornelia', 'tracked deletion'), ('IBAN', i1g, 'body (Risicofactoren)')],
     [('NAME', 'Ivanov', 'file name'), ('PHONE', '+359 87 624 1193', 'body (Stem van ouders)')],
     [('URL', 'https://www.tiktok.com/@rinske_aan_boord', 'body (Zorgen)'), ('NAME', 'Rinske', 'property (title)')],
     [('NAME', 'dokter Pruijssers'.split()[1], 'body (Betrokken hulpverlening)'), ('BSN', b2, 'table row (Persoonsgegevens)')],
     [('ADDRESS', 'Merwedestraat 204', 'body (Gezinssamenstelling)'), ('NAME', 'Dirk-Jan', 'body (Stem van de jeugdige)')],
     [('NAME', 'Maarten-Jan den Besten', 'cover value (Geïnformeerd)'), ('ID_NUMBER', '7720418', 'comment text')],
     [('IBAN', i2, 'mail body'), ('NAME', 'fam. Kooiman'.split()[1], 'footer')],
     [('NAME', 'Shurandy', 'WhatsApp'), ('BIRTHDATE', '7-12-2011', 'body (Gezinssamenstelling)')],
    ]
    return plan

def make_card(i, R):
    sc = SC[(i * 7) % len(SC)]
    au = AUTHORS[i % len(AUTHORS)]
    labs = LABSETS[i % 4]
    I = INITS[(i * 3) % len(INITS)]; J = INITS[(i * 5 + 7) % len(INITS)]
    if J == I: J = 'Q'
    Y = R.choice([2009, 2010, 2011, 2012, 2013, 2014]); JY = R.choice([2016, 2018, 2020, 2022, 2025])
    if sc['tag'].startswith('tienermoeder'): Y = R.choice([2009, 2010]); JY = 2026
    m = R.choice([9, 10, 11]); d = R.randint(1, 28)
    ds = R.randint(0, 3)
    datum = '%d-%d-2026' % (R.randint(1, 28), 12) if R.random() < .3 else fmt_date(R.randint(1, 28), 11, ds)
    D1 = fmt_date(d, m, (ds + 1) % 4)
    sub = lambda s: s.replace('{I}', I).replace('{J}', J).replace('{Y}', str(Y)).replace('{JY}', str(JY)).replace('{D1}', D1)
    L = []
    def sec(k, lines):
        L.append(labs[k]); L.extend(sub(x) for x in lines); L.append('')
    pre = []
    if i % 3 == 0: pre += ['[FILENAME]', 'VHK_%s_%s%d_%s.docx' % (au[2].replace(' ', ''), I, Y, '2026'), '']
    if i % 4 == 1: pre += ['[PROPERTY title]', 'Veiligheidskaart %s. (%d)' % (I, Y), '']
    if i % 5 == 2: pre += ['[PROPERTY company]', au[3], '']
    if i % 2 == 0: pre += ['[HEADER]', R.choice(['VERTROUWELIJK - VHT Zuid-Holland Zuid', 'Veiligheidskaart - niet doorsturen', 'VHK %s' % au[2].upper()]), '']
    if i % 6 == 5: pre += ['[MAIL-SUBJECT]', 'Inbreng VHK %s. (%d) %s' % (I, Y, au[2]), '', '[MAIL-BODY]',
                           'Beste voorzitter, hierbij de kaart voor de bespreking. Groet, %s' % au[3], '']
    L.extend(pre)
    sec(0, [datum])
    while True:
        n = R.randint(10, 300); d8 = '20260%03d' % n
        if sum(w * int(x) for w, x in zip(range(9, 1, -1), '0' + d8[:7])) % 11 != int(d8[7]) % 11: break
    soort = R.choice(SOORT).format(n=n)
    sec(1, [soort])
    sec(2, ['{I}. ({Y})'] + (['{J}. ({JY})'] if '{J}' in ' '.join(sc['gezin']) else []))
    sec(3, [au[0]]); sec(4, [au[1]]); sec(5, [au[2]])
    if i % 3 != 1: sec(6, ['Ja, ' + R.choice(GEDRAG) + ', op ' + fmt_date(R.randint(1, 28), m, 0)])
    inf = ['Moeder: gesproken op %s (huisbezoek).' % fmt_date(R.randint(1, 28), m, ds), '{I}.: gesproken op school, in bijzijn van de mentor.']
    if i % 7 == 3: inf = ['WhatsApp [%02d:%02d] appcontact met moeder over de bespreking (WhatsApp, %s)' % (R.randint(8, 21), R.randint(0, 59), fmt_date(R.randint(1, 28), m, 0)),
                         'vader telefonisch gesproken', '{I}. zelf gesproken, kent de kaart']
    sec(7, inf)
    if i % 5 == 4:
        sec(8, ['Nee. Vader weigert. Reden: hij wil geen "bemoeienis van de gemeente".', 'Rechtvaardiging inbrenger: de onveiligheid is ernstig en moeder stemt wel in; bespreking is nodig om de kinderen te beschermen.'])
    else:
        sec(8, ['Ja, ouders en jeugdige stemmen in met bespreking in het VHT.'])
    sec(9, [R.choice(VRAAG)])
    sec(10, sc['gezin'])
    z = list(sc['zorgen'])
    if i % 4 == 2: z = ['S: ' + z[0], 'O: ' + (z[1] if len(z) > 1 else 'geen letsel gezien'), 'E: zorgen over basisveiligheid', 'P: bespreken in VHT']
    sec(11, z)
    sec(12, sc['krachten']); sec(13, sc['risico'])
    sec(14, sc['stemj'])
    sec(15, sc['stemo']); sec(16, sc['visie'])
    sc1, sc2 = R.randint(2, 5), R.randint(5, 8)
    sec(17, ['Inbrenger: %d. Moeder: %d. %s.: %d.' % (sc1, sc2, I, R.randint(2, 7))] if i % 2 else ['| wie | score |', '| inbrenger | %d |' % sc1, '| ouders | %d |' % sc2])
    if i % 4 == 0: L += ['[TRACKED-DELETION]', 'Inbrenger: %d.' % (sc1 + 1), '']
    if i % 5 == 3: L += ['[COMMENT author=%s]' % R.choice(['Voorzitter VHT', 'Jeugdarts GGD ZHZ', au[3], 'Gedragswetenschapper']), R.choice(['Score nog afstemmen met moeder.', 'Is school geïnformeerd?', 'Graag de vraag scherper.']), '']
    sec(18, sc['hulp'])
    if i % 6 == 1: L += ['[FOOTNOTE]', 'Zie ook de Meldcode (5 stappen) en de werkwijze VHT.', '']
    if i % 5 == 0: L += ['[ALT]', 'Drie huizen-tekening van %s. (%d jaar)' % (I, 2026 - Y), '']
    L.append(labs[19]); L.append(R.choice(['n.v.t.', '-', 'niet invullen bij inbreng'])); L.append('')
    if i % 3 == 2: L += ['[FOOTER]', R.choice(['Versie 2.1 - sjabloon Zuid-Holland Zuid', 'Pagina 1 van 3', 'Vertrouwelijk: alleen voor deelnemers VHT']), '']
    return L, I

def insert(L, cat, val, place, I):
    """Inserts a dirty item at the given place. Returns the (possibly edited) list."""
    def after_label(keys, line):
        for k, x in enumerate(L):
            from unicodedata import normalize
            n = x.lower().strip().rstrip(':')
            if any(key in n for key in keys) and len(x) < 60 and '|' not in x:
                L.insert(k + 1, line); return
        raise SystemExit('label not found %r' % keys)
    ctx = {
     'NAME': {'body (Zorgen)': (['zorgen', 'onveilig'], '%s (zusje) is bij de ruzie tussen de ouders geweest.' % val),
              'header': None, 'table row (Gezinssamenstelling)': (['gezinssamenstelling'], '| moeder | %s | 1991 |' % val),
              'comment author': None, 'alt text': None, 'mail subject': None, 'property (company)': None, 'tracked deletion': None,
              'file name': None, 'property (title)': None, 'body (Betrokken hulpverlening)': (['betrokken hulpverlening'], 'huisarts %s (praktijk aan de dijk)' % val),
              'body (Stem van de jeugdige)': (['stem van de jeugdige', 'wat zegt de jeugdige'], 'Broer %s zegt dat hij ook bang is.' % val),
              'cover value (Geïnformeerd)': (['geinformeerd', 'geïnformeerd'], 'Vader %s: telefonisch gesproken.' % val), 'footer': None, 'WhatsApp': None},
    }
    if place in ('header', 'footer'):
        L += ['[%s]' % place.upper(), ('Gezin %s - vertrouwelijk' % val) if cat == 'NAME' else 'Retouradres: %s Sliedrecht' % val, '']
    elif place == 'comment author':
        L += ['[COMMENT author=%s]' % val, 'Klopt dit wel?', '']
    elif place == 'comment text':
        L += ['[COMMENT author=Voorzitter VHT]', ('Moeder woont nu aan de %s, klopt dat?' % val) if cat == 'ADDRESS' else 'patnr ASZ %s even checken' % val, '']
    elif place == 'alt text':
        L += ['[ALT]', 'Foto van %s met de kinderen op het erf' % val, '']
    elif place == 'mail subject':
        L[0:0] = ['[MAIL-SUBJECT]', 'VHK gezin %s - inbreng' % val, '']
    elif place == 'mail body':
        L[0:0] = ['[MAIL-BODY]', {'PHONE': 'Moeder is bereikbaar op %s als jullie vragen hebben.', 'EMAIL': 'Moeder wil een kopie op %s.',
                                  'IBAN': 'Declaratie tolk gaat naar %s (rekening van vader).'}[cat] % val, '']
    elif place.startswith('property'):
        L[0:0] = ['[PROPERTY %s]' % place[10:-1], ('VHK %s' % val) if 'title' in place else 'Bouwbedrijf %s' % val, '']
    elif place == 'tracked deletion':
        L += ['[TRACKED-DELETION]', 'Oma %s wil geen contact meer.' % val, '']
    elif place == 'footnote':
        L += ['[FOOTNOTE]', 'Zaak bij JBW: %s' % val, '']
    elif place == 'file name':
        L[0:0] = ['[FILENAME]', 'VHK_%s_%s.docx' % (val, I), '']
    elif place == 'persoonsgegevens':
        for k, x in enumerate(L):
            if x.lower().strip().rstrip(':') == 'persoonsgegevens': L[k + 1] = 'BSN jeugdige: %s' % val
    elif place == 'table row (Persoonsgegevens)':
        for k, x in enumerate(L):
            if x.lower().strip().rstrip(':') == 'persoonsgegevens': L[k + 1] = '| BSN | %s |' % val
    elif cat == 'NAME' and place == 'WhatsApp':
        after_label(['zorgen', 'onveilig'], 'WhatsApp-bericht aan moeder, [22:41] %s: ik kom je halen of je wil of niet' % val)
    elif cat == 'NAME':
        keys, line = ctx['NAME'][place]; after_label(keys, line)
    elif cat == 'ADDRESS':
        after_label(['gezinssamenstelling'], 'Vader woont sinds de zomer op %s.' % val)
    elif cat == 'BIRTHDATE' and place.startswith('cover'):
        for k, x in enumerate(L):
            if re.fullmatch(re.escape(I) + r'\. \(\d{4}\)', x.strip()):
                L[k] = '%s. (%s)' % (I, val); break
        else: raise SystemExit('no youth line')
    elif cat == 'BIRTHDATE':
        after_label(['gezinssamenstelling'], 'Halfbroer, geb. %s, woont bij vader.' % val)
    elif cat == 'IBAN':
        after_label(['risicofactoren'], 'Moeder betaalt schulden van vader af via %s.' % val)
    elif cat == 'PHONE':
        after_label(['stem van ouders'], 'Vader (via tolk, gebeld op %s): "Ik kom terug in december."' % val)
    elif cat == 'URL':
        after_label(['zorgen', 'onveilig'], 'Filmpjes van thuis staan op %s.' % val)
    else:
        raise SystemExit('no rule %s %s' % (cat, place))
    return L

os.makedirs(OUT, exist_ok=True)
plan = dirty_plan()
rows = []
for i in range(1, 61):
    L, I = make_card(i, R)
    notes = '-'
    if i >= 46:
        items = plan[i - 46]
        for cat, val, place in items: L = insert(L, cat, val, place, I)
        norm_place = lambda p: 'body (Zorgen)' if p == 'WhatsApp' else ('table row (Persoonsgegevens)' if False else p)
        notes = '; '.join('%s "%s" @ %s' % (c, v, norm_place(p)) for c, v, p in items)
    while L and L[-1] == '': L.pop()
    with open(os.path.join(OUT, 'card-%02d.txt' % i), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(L) + '\n')
    rows.append('card-%02d.txt\t%s\t%s' % (i, 'CLEAN' if i <= 45 else 'DIRTY', notes))
with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('file\texpect\tnotes\n' + '\n'.join(rows) + '\n')
print('ok')
