#!/usr/bin/env python3
"""Generate ../cards/card-01..60.txt and cards.tsv (fixed seed 3333; byte-for-byte reproducible)."""
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

HERE = os.path.dirname(os.path.abspath(__file__))
CDIR = os.path.join(HERE, '..', 'cards')
rng = random.Random(3333)

MUNIS = [
 ('Haarlem', 'Sociaal Wijkteam Haarlem', ['Schalkwijk', 'Haarlem-Noord', 'het Rozenprieel', 'Parkwijk', 'Spaarndam', 'de Boerhaavewijk']),
 ('Velsen', 'Sociaal Wijkteam Velsen', ['IJmuiden', 'Driehuis', 'Velserbroek', 'Santpoort-Noord', 'Velsen-Noord', 'Santpoort-Zuid']),
 ('Beverwijk', 'Sociaal Wijkteam Beverwijk', ['Beverwijk', 'Wijk aan Zee']),
 ('Heemskerk', 'Sociaal Wijkteam Heemskerk', ['Heemskerk']),
 ('Castricum', 'Toegang Jeugd Castricum', ['Castricum', 'Limmen', 'Akersloot', 'Bakkum']),
 ('Zandvoort', 'Toegang Zandvoort', ['Zandvoort', 'Bentveld']),
 ('Bloemendaal', 'Jeugdteam Bloemendaal', ['Overveen', 'Aerdenhout', 'Bennebroek', 'Vogelenzang']),
 ('Heemstede', 'Sociaal Wijkteam Heemstede', ['Heemstede']),
 ('Uitgeest', 'Toegang Uitgeest', ['Uitgeest']),
 ('Haarlemmermeer', 'Jeugd- en Gezinsteam Haarlemmermeer', ['Vijfhuizen', 'Cruquius']),
]
PROS = ['Marloes Teeuwen', 'Ayoub Ziani', 'Gülşen Arslan', 'Joost Overmars', 'Annelies Bruin', 'Karin Meijerink',
        'Hamza Bouallouch', 'Sanne Rietveld', 'Bas Houtkamp', 'Marieke de Haan', 'Tugba Şahin', 'Ewa Grabowska',
        'Rutger Spanjaard', 'Lisette Nooij', 'Mirjam Oudshoorn', 'Yasmina Chakor', 'Edwin Plug', 'Floor Zegers',
        'Nadia Hamdaoui', 'Erik-Jan Stam', 'Judith Kerkhoven', 'Sylvana Cijntje', 'Anouk Weeda', 'Ronald Boeree',
        'Hatice Günay', 'Dorien Lagerwey', 'Thijs Heemskerk', 'Wendela van Rhijn', 'Ingrid Groot', 'Mustafa Erkan']
FUNCS = ['jeugdconsulent', 'gezinscoach', 'procesregisseur', 'casemanager', 'jeugd- en gezinswerker', 'consulent jeugd']
GEDRAG = ['orthopedagoog', 'GZ-psycholoog', 'gedragswetenschapper']
ORIGINS = [
 ('Moeder en vader zijn opgegroeid in Konya (Turkije).', 'Tolk Turks bij gesprekken met vader.'),
 ('Ouders komen uit Kayseri; een deel van de familie woont in Heemskerk.', 'Moeder spreekt Nederlands, vader Turks.'),
 ('Moeder komt uit Nador, vader uit Al Hoceima; familie van vader woont in Beverwijk.', 'Gesprekken in het Nederlands en Tarifit (tolk).'),
 ('Familie van moeder woont in Tanger en in Haarlem-Noord.', 'Geen tolk nodig.'),
 ('Ouders komen uit Lublin (Polen); vader werkt in ploegendienst bij Tata Steel.', 'Tolk Pools via Global Talk.'),
 ('Moeder komt uit Gdańsk, stiefvader uit Wrocław; zij wonen sinds 2018 in Nederland.', 'Tolk Pools.'),
 ('Ouders komen uit Plovdiv (Bulgarije) en wonen via een uitzendbureau in een flexwoning.', 'Tolk Bulgaars nodig.'),
 ('Familie komt uit Pazardzhik; vader verblijft deels in Bulgarije.', 'Moeder spreekt Bulgaars en wat Engels.'),
 ('Moeder komt uit Willemstad (Curaçao), wijk Otrobanda; oma woont nog op het eiland.', 'Gesprekken in het Nederlands en Papiaments.'),
 ('Vader komt van Curaçao (Bandabou), moeder is in Haarlem opgegroeid.', 'Geen tolk nodig.'),
 ('Gezin is in 2016 uit Aleppo gevlucht, via Gaziantep naar Nederland; statushouders.', 'Tolk Arabisch.'),
 ('Ouders komen uit Homs; na het AZC in Heerhugowaard kreeg het gezin een woning in de IJmond.', 'Tolk Arabisch bij elk gesprek.'),
 ('Beide ouders zijn in de IJmond geboren en getogen.', ''),
 ('Moeder is opgegroeid in Akersloot, vader in Wijk aan Zee.', ''),
 ('Familie van vader woont al generaties in Spaarndam.', ''),
]
ZORGEN = [
 'Op {d1} heeft de politie een zorgmelding gemaakt na een ruzie tussen ouders; de kinderen waren thuis.',
 'Vader slaat de kinderen met een slipper of riem als straf (verteld door {y} op school).',
 'Moeder drinkt dagelijks; op {d1} lag zij onder invloed op de bank toen de jongste van school kwam.',
 '{y} heeft blauwe plekken op de bovenarm; de kinderarts van het Spaarne Gasthuis vermoedt niet-toevallig letsel.',
 'Huiselijk geweld tussen moeder en haar nieuwe partner; melding bij Veilig Thuis Kennemerland op {d1}.',
 'Ernstige verwaarlozing: geen eten in huis, kind komt zonder jas naar school, luizen die niet behandeld worden.',
 '{y} is sinds de zomervakantie niet meer naar school geweest (Kennemer College).',
 'Ex-partner van moeder houdt zich niet aan het contactverbod en staat regelmatig voor de deur.',
 'Vader gebruikt cocaïne in het weekend; er ligt drugs in de woonkamer.',
 'Dreigende uithuiszetting: Ymere heeft op {d1} een vonnis tot ontruiming gekregen.',
 '{y} heeft zichzelf gesneden en is op {d1} gezien op de SEH van het Rode Kruis Ziekenhuis Beverwijk.',
 'Eergerelateerde druk: {y} mag niet naar buiten na school en wordt gecontroleerd via de telefoon.',
 'Moeder is psychotisch opgenomen bij GGZ inGeest (opname {d1}); de zorg voor de kinderen is niet geregeld.',
 'Ouders strijden al twee jaar over de omgang; de kinderen worden gebruikt als boodschapper.',
 '{y} loopt weg; op {d1} is hij om 03.00 uur door de politie opgehaald in IJmuiden bij de pier.',
]
KRACHTEN = [
 'Moeder houdt veel van de kinderen en wil hulp.', 'Oma in {p2} is een vaste opvangplek.',
 'Vader heeft werk en een vast inkomen.', '{y} heeft een goede band met de mentor.',
 '{y} voetbalt bij Stormvogels en heeft daar een veilige plek.', 'Het gezin is betrokken bij de moskee; de imam is een steunfiguur.',
 'Ouders houden zich aan de afspraken uit het veiligheidsplan van {d0}.', 'Een tante in {p2} wil netwerkpersoon zijn.',
 'Moeder accepteert Kenter Jeugdhulp in huis.', 'De buurvrouw let op en belt bij zorgen.',
 'De kerk (Sint-Agathakerk) helpt met voedselpakketten.', 'Kinderen zijn sociaal en hebben vriendjes.',
 'De mentor van het Mendel College is betrokken en ziet {y} dagelijks.', '{y} gaat graag naar het Coornhert Lyceum.',
 'Het Bonhoeffer College biedt een time-outplek.', 'De IB-er van de Jan Ligthartschool heeft een goede band met moeder.',
 'Opa woont in Driehuis en haalt de kinderen op woensdag op.', '{y} zit op zwemles bij De Heerenduinen in IJmuiden.',
]
RISICO = ['schulden', 'krappe woning', 'alcoholgebruik vader', 'psychische problemen moeder', 'taalbarrière',
          'isolement, weinig netwerk', 'verslaving stiefvader', 'verblijfsstatus onzeker', 'eerdere meldingen bij Veilig Thuis',
          'LVB moeder', 'trauma na de vlucht', 'werkloosheid', 'ploegendienst vader', 'gebrek aan dagstructuur']
VRAAG = ['Is vrijwillige hulp nog voldoende, of adviseert het VHT een raadsonderzoek?',
         'Advies gevraagd over de veiligheid van de jongste kinderen tijdens het weekend bij vader.',
         'Graag advies: is een interventiegesprek met de Raad voor de Kinderbescherming nodig?',
         'Welke hulp is nodig om de veiligheid thuis te borgen nu moeder is opgenomen?',
         'Hoe borgen we de veiligheid na afloop van de OTS (overdracht naar het wijkteam)?',
         'Is er voldoende zicht op de veiligheid, en wie neemt de regie?']
STEMO = ['Moeder: "Ik doe alles voor mijn kinderen, maar ik kan het niet alleen."',
         'Vader: "Er is niks aan de hand, de school overdrijft."',
         'Moeder wil hulp, vader wil geen hulpverlening in huis.',
         'Ouders zijn het eens met de zorgen over het schoolverzuim, niet met de zorgen over geweld.',
         'Moeder: "Sinds hij weg is, is het rustiger."', 'Vader (via tolk): "Ik wil dat mijn kinderen veilig zijn."']
VISIE = ['De onveiligheid is structureel en vrijwillige hulp komt niet van de grond.',
         'Er is voldoende bereidheid, maar te weinig zicht op de veiligheid in de avond.',
         'Zonder dwingend kader verwacht ik herhaling.', 'De veiligheid is op dit moment voldoende, maar wankel.']
HULP = ['Kenter Jeugdhulp (ambulant)', 'GGZ inGeest', 'huisarts', 'JGZ GGD Kennemerland', 'Veilig Thuis Kennemerland',
        'Jeugdbescherming Noord', 'Kwadraad maatschappelijk werk', 'Brijder Verslavingszorg', 'Zorgbalans',
        'MEE & De Wering', 'Dijk en Duin', 'Leger des Heils', 'Triversum', 'schuldhulp gemeente', 'Heliomare',
        'De Hartekamp Groep', 'Spaarne Gasthuis (kinderarts)', 'Pre Wonen (consulent)', 'Ymere (buurtbeheer)']
YOUTH_INIT = list('ABDEFHIJKLMNRSTYZ')

DIRTY = {
 46: [('NAME', 'Sevda', 'body (Onveiligheid)', 'zorg'), ('PHONE', '06-27351908', 'header', None)],
 47: [('ID_NUMBER', '2208 8174', 'table row (Gezinssamenstelling)', None), ('NAME', 'Kerem Aydoğdu', 'comment author', None)],
 48: [('BIRTHDATE', '14-02-2013', 'cover value (Jeugdige)', None), ('EMAIL', 'ouders.yilmaz.ijmuiden@gmail.com', 'mail body', None)],
 49: [('ADDRESS', 'Zeeweg 191-a', 'footer', None), ('NAME', 'Bogdan', 'alt text', None)],
 50: [('BSN', 'BSN', 'tracked deletion', None), ('NAME', 'Marijke Schouten', 'property (title)', None)],
 51: [('POSTCODE', '1947 BR', 'body (Krachten)', None), ('NAME', 'Tsvetanka', 'mail subject', None)],
 52: [('IBAN', 'IBAN', 'footnote', None), ('NAME', 'Ouarda', 'table row (Gezinssamenstelling)', None)],
 53: [('URL', 'https://www.tiktok.com/@kaylee.hlm.2012', 'body (Stem van de jeugdige)', None), ('NAME', 'Rosalia', 'file name', None)],
 54: [('NAME', 'Wim Kramer', 'comment text', None), ('BIRTHDATE', '2011-09-23', 'table row (Gezinssamenstelling)', None)],
 55: [('NAME', 'Hoekstra-Visser', 'property (company)', None), ('PHONE', '0251-749316', 'body (Wie is wanneer geïnformeerd)', None)],
 56: [('ID_NUMBER', 'VTK-2026-338171', 'mail body', None), ('ADDRESS', 'Anegang 17 zw', 'body (Risicofactoren)', None)],
 57: [('NAME', 'KOWALSKA', 'header', None), ('POSTCODE', '2036cd', 'table row (Gezinssamenstelling)', None)],
 58: [('EMAIL', 'fam.duin1979@ziggo.nl', 'comment text', None), ('NAME', 'Mounir', 'body (Stem van ouders)', None)],
 59: [('BSN', 'BSN', 'body (Persoonsgegevens)', None), ('NAME', 'Ioana', 'footnote', None)],
 60: [('NAME', 'Gerda Duin', 'tracked deletion', None), ('URL', 'facebook.com/shurendy.cijntje.77', 'alt text', None)],
}

def pick(l, k=1):
    return rng.sample(l, k) if k > 1 else rng.choice(l)

def date_str(day, month, style):
    mnames = {9: 'sept.', 10: 'okt.', 11: 'nov.', 12: 'dec.'}
    if style == 0: return '%02d-%02d-2026' % (day, month)
    if style == 1: return '%d-%d-2026' % (day, month)
    if style == 2: return '2026-%02d-%02d' % (month, day)
    if style == 3: return '%d %s 2026' % (day, mnames[month])
    if style == 4: return '%02d/%02d/26' % (day, month)
    return '%d %s \'26' % (day, mnames[month])

DAYS = [d for d in range(1, 29) if d not in (6,)]

def make_card(num):
    muni, team, towns = MUNIS[(num * 7) % len(MUNIS)]
    town = pick(towns); p2 = pick([t for m in MUNIS for t in m[2] if t != town])
    month = pick([10, 11, 12]); day = pick(DAYS)
    dstyle = num % 6
    card_date = date_str(day, month, dstyle if dstyle != 4 else 0)
    def ev(): return date_str(pick(DAYS), pick(list(range(9, month))), pick([0, 1, 2, 3, 4, 5]))
    nkids = pick([1, 1, 2, 2, 3])
    years = sorted(rng.sample(range(2008, 2026), nkids))
    inits = rng.sample(YOUTH_INIT, nkids)
    kids = list(zip(inits, years))
    y = kids[0][0] + '.'
    pros = rng.sample(PROS, 3)
    inb_org = pick([team, team, 'Veilig Thuis Kennemerland', 'Jeugdbescherming Noord', team])
    soort = pick(['Eerste inbreng', 'Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Overdracht'])
    style = num % 4   # 0 canonical, 1 synonyms, 2 numbered, 3 caps
    L = {
     'datum': ['Datum', 'Datum inbreng', 'Datum inbreng', 'DATUM'][style],
     'soort': ['Soort inbreng', 'Type inbreng', 'Soort inbreng', 'SOORT INBRENG'][style],
     'jeugd': ['Jeugdige (voorletter en geboortejaar)', 'Jeugdige(n)', 'Jeugdige', 'JEUGDIGE'][style],
     'inbr': ['Inbrenger', 'Inbrenger (naam, functie, organisatie)', 'Inbrenger', 'INBRENGER'][style],
     'vast': ['Vaste deelnemer', 'Vaste deelnemer', 'Vaste deelnemer', 'VASTE DEELNEMER'][style],
     'gem': ['Verantwoordelijke gemeente', 'Gemeente', 'Gemeente', 'GEMEENTE'][style],
     'gedr': ['Gedragsdeskundige geraadpleegd', 'Gedragswetenschapper geraadpleegd', 'Gedragsdeskundige geraadpleegd', 'GEDRAGSDESKUNDIGE GERAADPLEEGD'][style],
     'inf': ['Geïnformeerd en gesproken', 'Wie is wanneer geïnformeerd', 'Geïnformeerd en gesproken', 'GEÏNFORMEERD EN GESPROKEN'][style],
     'inst': ['Instemming betrokkenen', 'Instemming', 'Instemming betrokkenen', 'INSTEMMING'][style],
     'vraag': ['Vraag aan het VeiligheidsTeam', 'Hulpvraag aan het VHT', 'Vraag aan het VHT', 'VRAAG AAN HET VHT'][style],
     'gezin': ['Gezinssamenstelling', 'Gezinssamenstelling', 'Gezinssamenstelling', 'GEZINSSAMENSTELLING'][style],
     'zorg': ['Wat is er nu onveilig', 'Zorgen', 'Onveiligheid', 'WAT IS ER NU ONVEILIG'][style],
     'patr': ['Patroon', 'Patroon uit het verleden', 'Patroon', 'PATROON'][style],
     'kr': ['Krachten en beschermende factoren', 'Krachten', 'Krachten', 'KRACHTEN'][style],
     'risk': ['Risicofactoren', 'Risicofactoren', 'Risicofactoren', 'RISICOFACTOREN'][style],
     'stemj': ['Stem van de jeugdige', 'Wat zegt de jeugdige', 'Stem van de jeugdige', 'STEM VAN DE JEUGDIGE'][style],
     'stemo': ['Stem van ouders en verzorgers', 'Stem van ouders', 'Stem van ouders', 'STEM VAN OUDERS'][style],
     'visie': ['Visie van de inbrenger', 'Visie inbrenger', 'Visie van de inbrenger', 'VISIE INBRENGER'][style],
     'score': ['Veiligheidsscore', 'Score', 'Veiligheidsscore', 'SCORE'][style],
     'hulp': ['Betrokken hulpverlening', 'Betrokken hulpverlening', 'Betrokken hulpverlening', 'BETROKKEN HULPVERLENING'][style],
     'pg': ['Persoonsgegevens', 'Persoonsgegevens', 'Persoonsgegevens', 'PERSOONSGEGEVENS'][style],
    }
    n = [0]
    out = []
    def sec(key, lines):
        lab = L[key]
        if style == 2:
            n[0] += 1; lab = '%d. %s' % (n[0], lab)
        out.append(lab + ':')
        out.extend(lines)
        out.append('')
    def block(tag, text):
        out.append(tag); out.append(text); out.append('')
    dirty = DIRTY.get(num, [])
    places = {d[2]: d for d in dirty}
    def dv(place):
        return places.get(place)

    # --- top special blocks
    fn_kid = '%s%d' % (kids[0][0], kids[0][1])
    if dv('file name'):
        block('[FILENAME]', 'VHK_%s_%s_fam_%s.docx' % (muni, card_date.replace(' ', '').replace('/', '-'), dv('file name')[1]))
    elif num % 3 == 0:
        block('[FILENAME]', 'VHK_%s_%s_%s.docx' % (muni, fn_kid, soort.split()[0].lower()))
    if dv('property (title)'):
        block('[PROPERTY title]', 'Veiligheidskaart gezin %s - %s' % (dv('property (title)')[1], soort))
    elif num % 4 == 1:
        block('[PROPERTY title]', 'Veiligheidskaart %s (%d) - %s' % (y, kids[0][1], soort))
    if dv('property (company)'):
        block('[PROPERTY company]', 'Fam. %s' % dv('property (company)')[1])
    elif num % 5 == 2:
        block('[PROPERTY company]', pick(['Gemeente %s' % muni, 'Veilig Thuis Kennemerland', 'Kenter Jeugdhulp', 'Jeugdbescherming Noord']))
    if dv('header'):
        v = dv('header')[1]
        block('[HEADER]', 'VHK gezin %s - VERTROUWELIJK' % v if v.isupper() else 'VHK %s - bij vragen bellen met moeder %s' % (muni.upper(), v))
    elif num % 2 == 0:
        block('[HEADER]', pick(['VERTROUWELIJK - VHT KENNEMERLAND', 'Veiligheidskaart - %s - %s' % (muni, soort), 'VHK %s' % team.upper(), 'VHT IJmond/Zuid-Kennemerland - intern']))
    if dv('mail subject'):
        block('[MAIL-SUBJECT]', 'VHK inbreng %s gezin van %s' % (card_date, dv('mail subject')[1]))
    elif num % 5 == 0:
        block('[MAIL-SUBJECT]', 'Inbreng VHT %s, %s, %s' % (y + ' (%d)' % kids[0][1], muni, soort))
    if dv('mail body'):
        v = dv('mail body')
        if v[0] == 'EMAIL':
            block('[MAIL-BODY]', 'Hoi, hierbij de kaart. Ouders willen een kopie, hun mailadres is %s. Groet, %s' % (v[1], pros[1]))
        else:
            block('[MAIL-BODY]', 'Beste voorzitter, bijgaand de VHK. Ons dossiernummer bij Veilig Thuis is %s. Met vriendelijke groet, %s' % (v[1], pros[1]))
    elif num % 5 == 1:
        block('[MAIL-BODY]', 'Beste voorzitter, bijgaand de veiligheidskaart voor bespreking op dinsdag. Bij vragen: bel ons team via de algemene lijn 14 023. Groet, vaste deelnemer %s' % muni)

    # --- cover
    sec('datum', [card_date])
    sec('soort', [soort if soort != 'Overdracht' else 'Overdracht (Jeugdbescherming Noord naar %s)' % team])
    jl = []
    for i, (ini, yr) in enumerate(kids):
        if i == 0 and dv('cover value (Jeugdige)'):
            jl.append('%s. (%s)' % (ini, dv('cover value (Jeugdige)')[1]))
        else:
            jl.append(('%s. (%d)' % (ini, yr)) if i == 0 else pick(['broertje ', 'zusje ', '', 'halfbroer ']) + '%s. (%d)' % (ini, yr))
    sec('jeugd', jl)
    sec('inbr', ['%s, %s, %s' % (pros[0], pick(FUNCS), inb_org)])
    sec('vast', ['%s, %s' % (pros[1], team if num % 3 else 'Veilig Thuis Kennemerland')])
    sec('gem', [muni])
    if num % 3 != 2:
        sec('gedr', ['Ja, %s (%s), op %s' % (pros[2], pick(GEDRAG), ev())])
    inf = ['Moeder: gesproken op %s (huisbezoek in %s).' % (ev(), town),
           'Vader: telefonisch op %s%s.' % (ev(), ' met tolk' if num % 2 else ''),
           '%s: gesproken op %s op school.' % (y, ev())]
    if dv('body (Wie is wanneer geïnformeerd)'):
        inf.append('Buurvrouw gebeld op %s.' % dv('body (Wie is wanneer geïnformeerd)')[1])
    sec('inf', inf)
    if num % 8 == 5:
        sec('inst', ['Nee. Vader stemt niet in, hij wil geen bemoeienis van "instanties".',
                     'Onderbouwing inbrenger: de onveiligheid voor de kinderen is zo ernstig dat bespreking zonder instemming nodig is; vader is hierover op %s geïnformeerd.' % ev()])
    else:
        sec('inst', [pick(['Ja.', 'Ja, ouders en %s stemmen in.' % y, 'ja, beide ouders akkoord (mondeling, %s)' % ev()])])
    sec('vraag', [pick(VRAAG)])
    exp = pick(['Kenter Jeugdhulp', 'Veilig Thuis Kennemerland', 'leerplicht gemeente %s' % muni, 'GGZ inGeest', 'Raad voor de Kinderbescherming'])
    if num % 2: sec_lines = ['Uit te nodigen experts:', exp, '']; out.extend(sec_lines)

    # --- main card
    org = pick(ORIGINS)
    moth = pick(range(1978, 1998)); fath = moth - pick([0, 1, 3, 5, 8])
    if num % 3 == 0:
        rows = ['| | moeder | vader | ' + ' | '.join('%s.' % k for k, _ in kids) + ' |',
                '| geboortejaar | %d | %d | ' % (moth, fath) + ' | '.join(str(yy) for _, yy in kids) + ' |',
                '| woonplaats | %s | %s | ' % (town, p2) + ' | '.join(town for _ in kids) + ' |',
                '| gezag | ja | %s | ' % pick(['ja', 'nee']) + ' | '.join('-' for _ in kids) + ' |']
    else:
        rows = ['Moeder (%d), vader (%d), ' % (moth, fath) + ', '.join('%s. (%d)' % k for k in kids) + '.',
                'Vader woont in %s, de kinderen wonen bij moeder in %s.' % (p2, town)]
    rows.append(org[0])
    if dv('table row (Gezinssamenstelling)'):
        c, v = dv('table row (Gezinssamenstelling)')[:2]
        if c == 'ID_NUMBER': rows.append('| Cliëntnr. Kenter | %s |' % v)
        elif c == 'NAME': rows.append('| moeder | %s | (%d) |' % (v, moth))
        elif c == 'BIRTHDATE': rows.append('| Geb.datum %s. | %s |' % (kids[0][0], v))
        elif c == 'POSTCODE': rows.append('| Adres moeder | - | %s |' % v)
    elif num % 4 == 0:
        rows.append('Intakeformulier Kenter (geplakt): Naam moeder: n.v.t. | Geb.datum: n.v.t. | Cliëntnr. Kenter: n.v.t. | Adres: n.v.t.')
    sec('gezin', rows)
    zl = ['- ' + z.format(d1=ev(), y=y) for z in rng.sample(ZORGEN, 2)]
    if dv('body (Onveiligheid)'):
        zl.append('- Moeder vertelt dat ook tante %s de kinderen heeft geslagen.' % dv('body (Onveiligheid)')[1])
    sec('zorg', zl)
    if dv('comment text') or dv('comment author') or num % 3 == 1:
        if dv('comment author'):
            block('[COMMENT author=%s]' % dv('comment author')[1], 'Klopt niet, ik ben nooit gewelddadig geweest.')
        elif dv('comment text'):
            v = dv('comment text')
            txt = 'Navragen bij de buurman, %s, wat hij heeft gezien.' % v[1] if v[0] == 'NAME' else 'Vader wil mails op %s ontvangen.' % v[1]
            block('[COMMENT author=Gedragswetenschapper %s]' % team, txt)
        else:
            block('[COMMENT author=%s]' % pick(['Voorzitter VHT', 'Gedragswetenschapper %s' % team, 'Jeugdarts GGD Kennemerland', 'Vaste deelnemer %s' % muni]),
                  pick(['Graag concreter: wat is er precies gezien, en wanneer?', 'Score van vader ontbreekt nog.', 'Zijn de kinderen zelf gesproken?']))
    if num % 2 == 0:
        sec('patr', [pick(['Eerste melding bij Veilig Thuis op 3 nov. \'14 (oud dossier).', 'Eerdere zorgmelding d.d. 2014-11-03.', 'Melding op 03/11/14, toen afgesloten.', 'Uithuisplaatsing van 12-05-2019 tot 01-09-2019.']), 'Sinds %d %s meldingen bij Veilig Thuis Kennemerland; eerdere OTS afgesloten in %d.' % (pick(range(2017, 2024)), pick(['twee', 'drie', 'vier']), pick(range(2020, 2025)))])
    kl = [k.format(p2=p2, y=y, d0=ev()) for k in rng.sample(KRACHTEN, 2)]
    if dv('body (Krachten)'):
        kl.append('Opa en oma (postcode %s) zijn bereid de kinderen op te vangen.' % dv('body (Krachten)')[1])
    sec('kr', kl)
    rl = [', '.join(rng.sample(RISICO, 3)) + '.']
    if dv('body (Risicofactoren)'):
        rl.append('De woning aan de %s is te klein voor het gezin.' % dv('body (Risicofactoren)')[1])
    sec('risk', rl)
    card_year = 2026
    oldest = card_year - kids[0][1] if kids[0][1] == min(yy for _, yy in kids) else card_year - min(yy for _, yy in kids)
    sj = []
    for ini, yr in kids:
        age = card_year - yr
        if age >= 12:
            sj.append('%s. (%d jaar): "%s"' % (ini, age, pick(['Ik wil gewoon dat het rustig is thuis.', 'Ik ben bang als papa boos wordt.', 'Ik wil bij oma wonen.', 'Niemand luistert naar mij.', 'Het gaat wel, maar ik slaap slecht.'])))
        elif age >= 4:
            sj.append('%s. (%d jaar) is gesproken met de Drie Huizen; in het huis van de zorgen tekende %s. een boze man.' % (ini, age, ini))
        else:
            sj.append('%s. is %d jaar; geobserveerd tijdens het huisbezoek.' % (ini, age))
    if dv('body (Stem van de jeugdige)'):
        sj.append('%s houdt een TikTok bij over thuis: %s' % (y, dv('body (Stem van de jeugdige)')[1]))
    if oldest >= 12 or num % 5 != 3 or dirty:
        sec('stemj', sj)
    if dv('alt text'):
        v = dv('alt text')
        block('[ALT]', 'Tekening van %s: het huis van de zorgen, met %s erin.' % (y, v[1]) if v[0] == 'NAME' else 'Schermafbeelding van het profiel %s' % v[1])
    elif num % 4 == 3:
        block('[ALT]', 'Foto van de Drie Huizen-tekening van %s (%d)' % (y, kids[0][1]))
    so = [pick(STEMO)]
    if org[1]: so.append(org[1])
    if dv('body (Stem van ouders)'):
        so.append('Vader: "%s en ik willen alleen rust voor de kinderen."' % dv('body (Stem van ouders)')[1])
    sec('stemo', so)
    sec('visie', [pick(VISIE)])
    sc = ['Inbrenger: %d. Moeder: %d. Vader: %d.' % (pick(range(2, 6)), pick(range(4, 9)), pick(range(5, 10)))]
    sec('score', sc)
    if dv('tracked deletion'):
        v = dv('tracked deletion')
        if v[0] == 'BSN':
            block('[TRACKED-DELETION]', 'BSN %s: %s' % (y, v[1]))
        else:
            block('[TRACKED-DELETION]', 'Opvang bij oma %s in %s.' % (v[1], p2))
    elif num % 3 == 2:
        block('[TRACKED-DELETION]', 'Inbrenger: %d.' % pick(range(2, 7)))
    sec('hulp', [', '.join(rng.sample(HULP, 3)) + '.'])
    if dv('footnote'):
        v = dv('footnote')
        block('[FOOTNOTE]', 'Kinderbijslag wordt gestort op %s (rekening van oma).' % v[1] if v[0] == 'IBAN' else 'Informatie van de buurvrouw, %s.' % v[1])
    elif num % 4 == 2:
        block('[FOOTNOTE]', pick(['Bron: zorgmelding politie basisteam Kennemerland-Noord, %s.' % ev(), 'Score volgens de ARIJ-methodiek.', 'Zie ook VHT-2025-%04d.' % pick(range(10, 200))]))
    if dv('body (Persoonsgegevens)'):
        sec('pg', ['BSN jeugdige: %s' % dv('body (Persoonsgegevens)')[1]])
    else:
        sec('pg', [pick(['n.v.t.', '-', 'niet invullen bij inbreng'])])
    if dv('footer'):
        block('[FOOTER]', 'Post van de familie naar %s, %s' % (dv('footer')[1], town))
    elif num % 2 == 1:
        block('[FOOTER]', pick(['Veilig Thuis: 0800-2000 | acuut: 112', 'VHT Kennemerland - %s - pagina 1' % card_date, 'Vertrouwelijk, niet doorsturen']))
    return '\n'.join(out).rstrip('\n') + '\n'

# fill generated BSN/IBAN into DIRTY
DIRTY[50][0] = ('BSN', fmt_bsn(make_bsn(rng), 'dots'), 'tracked deletion', None)
DIRTY[59][0] = ('BSN', fmt_bsn(make_bsn(rng), 'spaces'), 'body (Persoonsgegevens)', None)
DIRTY[52][0] = ('IBAN', group4(make_iban(rng, 'NL', 'INGB')), 'footnote', None)

os.makedirs(CDIR, exist_ok=True)
tsv = ['file\texpect\tnotes']
for num in range(1, 61):
    text = make_card(num)
    f = 'card-%02d.txt' % num
    with open(os.path.join(CDIR, f), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(text)
    if num <= 45:
        tsv.append('%s\tCLEAN\t-' % f)
    else:
        tsv.append('%s\tDIRTY\t%s' % (f, '; '.join('%s "%s" @ %s' % (c, v, p) for c, v, p, _ in DIRTY[num])))
with open(os.path.join(CDIR, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('\n'.join(tsv) + '\n')
print('wrote 60 cards')
