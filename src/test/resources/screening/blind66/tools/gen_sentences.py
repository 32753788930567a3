#!/usr/bin/env python3
"""Generates ../sentences.tsv for blind set 66. Fixed seeds; re-running reproduces the file byte for byte."""
import os, random, re
from common import make_bsn, make_nl_iban, make_iban, group4, digits, fails_elf

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(6601)

# ------------------------------------------------------------------ NAMES (first, surname) all invented combinations
NAMES = [
    # Spakenburg / Bunschoten / Eemland Dutch, church families
    ('Gijsbertje', 'Koelewijn'), ('Hendrikus', 'de Graaf'), ('Aaltje', 'Hartog'), ('Teunis', 'van Twillert'),
    ('Jantine', 'Ruitenbeek'), ('Evertjan', 'Schuurman'), ('Willemijntje', 'Hoolwerf'), ('Rijk', 'Kok'),
    ('Geertruida', 'de Jong'), ('Lubbert', 'Zeldenrust'), ('Maartje', 'Bos'), ('Klaasje', 'van Hell'),
    ('Dirk-Jan', 'Muijs'), ('Petertje', 'Zwanenburg'), ('Gerritje', 'Blokhuis'), ('Hein', 'Lokhorst'),
    ('Elbertha', 'Veldhuizen'), ('Cornelis', 'van den Heuvel'), ('Jacomijn', 'Boeve'), ('Arie', 'Hopman'),
    # Eritrean
    ('Yonas', 'Ghebremariam'), ('Selam', 'Tesfamichael'), ('Filmon', 'Berhane'), ('Mehret', 'Andemariam'),
    ('Ruta', 'Habtemichael'), ('Dawit', 'Kidane'), ('Eden', 'Woldegiorgis'), ('Natnael', 'Asmerom'),
    # Syrian
    ('Rahaf', 'Al-Khatib'), ('Yazan', 'Haddad'), ('Nour', 'Darwish'), ('Mhd', 'Al-Masri'), ('Ghina', 'Kassab'),
    ('Bashar', 'Al-Hamwi'), ('Rasha', 'Shaheen'), ('Tarek', 'Qassem'),
    # Moroccan (Soesterkwartier)
    ('Ilyas', 'Boukhrissi'), ('Hajar', 'Azzouzi'), ('Soufiane', 'El Yaakoubi'), ('Ikram', 'Ouled Ali'),
    ('Nordin', 'Bouhaddou'), ('Khadija', 'Lamrini'), ('Achraf', 'Tahiri'), ('Salma', 'Benchekroun'),
    ('Zakaria', 'Aarab'), ('Meriem', 'el Mourabit'),
    # military families Soesterberg, other Dutch
    ('Ruud', 'Schimmelpenninck'), ('Sanne', 'Ketelaar'), ('Jurre', 'Oostveen'), ('Marloes', 'Verhoef-Pater'),
    ('Thijmen', 'ter Beek'), ('Esmee', 'van Ravenswaaij'), ('Romy', 'Hilhorst'), ('Daan', 'Stoel'),
    ('Kelly', 'Nagtegaal'), ('Bram', 'van de Wetering'), ('Jolanda', 'Kraaijeveld'), ('Wessel', 'den Besten'),
    # blended family Amersfoort/Utrecht, young parents
    ('Shanaya', 'Wijnberg'), ('Dylano', 'Brouwer'), ('Quincy', 'Pengel'), ('Chayenne', 'Rijkaart'),
    ('Mees', 'Valkenier'), ('Lotte', 'Wolters'), ('Jayden', 'Eijkelenboom'), ('Naomi', 'Oudshoorn'),
    # Turkish, Surinamese, Antillean, others
    ('Emre', 'Kılıçaslan'), ('Zehra', 'Doğan'), ('Merve', 'Aksoy'), ('Rishi', 'Jagessar'), ('Xaviera', 'Lo-A-Njoe'),
    ('Ivanildo', 'Statia'), ('Gregorio', 'Sillé'), ('Katarzyna', 'Nowicka'), ('Tomasz', 'Wiśniewski'),
    ('Olena', 'Bondarenko'), ('Mariam', 'Hassan Abdi'), ('Farhad', 'Noorzai'), ('Shirin', 'Rezaei'),
    ('Adebayo', 'Okonkwo'), ('Thanh', 'Nguyen Van'), ('Liang', 'Zhou'), ('Cosmin', 'Ionescu'),
    # names that are words / look like places
    ('Hoop', 'Vrolijk'), ('Roos', 'Leeuwenburgh'), ('Storm', 'Zomer'), ('Bloem', 'Amersfoorter'),
    ('Zon', 'Winter'), ('Eva', 'Scherpenzeel'), ('Sem', 'Baarn'), ('Luuk', 'Nijkerk'),
    ('Fenneke', 'Hooglander'), ('Aart', 'Leusink'), ('Hanna', 'de Soete'), ('Otto', 'Achterberg'),
    ('Wim', 'van Woudenberg'), ('Trudy', 'Eemnes'), ('Krijn', 'Stoutjesdijk'), ('Lijntje', 'Spaan'),
    ('Berendina', 'Schothorst-Bakker'),
]
assert len(NAMES) == 100, len(NAMES)

FEM = set(['Gijsbertje', 'Aaltje', 'Jantine', 'Willemijntje', 'Geertruida', 'Maartje', 'Klaasje', 'Petertje', 'Gerritje', 'Elbertha', 'Jacomijn', 'Selam', 'Mehret', 'Ruta', 'Eden', 'Rahaf', 'Nour', 'Ghina', 'Rasha', 'Hajar', 'Ikram', 'Khadija', 'Salma', 'Meriem', 'Sanne', 'Marloes', 'Esmee', 'Romy', 'Kelly', 'Jolanda', 'Shanaya', 'Chayenne', 'Lotte', 'Naomi', 'Zehra', 'Merve', 'Xaviera', 'Katarzyna', 'Olena', 'Mariam', 'Shirin', 'Hoop', 'Roos', 'Bloem', 'Zon', 'Eva', 'Fenneke', 'Hanna', 'Trudy', 'Lijntje', 'Berendina'])

def kin(f, m, v):
    return v if f in FEM else m

def poss(n):
    return n + ("'" if n[-1] in 'sxz' else ("'s" if n[-1] in 'aeiouy' else 's'))

# each template: f(first, sur) -> (sentence, [spans])
T = [
    lambda f, s: ('Moeder %s %s is om 07.40 met de bus naar Meander gegaan.' % (f, s), ['%s %s' % (f, s)]),
    lambda f, s: ('mw. %s belde het wijkteam, klonk angstig' % s, [s]),
    lambda f, s: ('Stiefvader (dhr. %s) was niet aanwezig bij het MDO.' % s, [s]),
    lambda f, s: ('%s zit in groep 7 en heeft geen vriendjes meer in de wijk.' % f, [f]),
    lambda f, s: ('%s moeder wil niet dat de school contact zoekt met vader.' % poss(f), [f]),
    lambda f, s: ('| halfbroer | %s | 2013 | woont bij vader in Utrecht |' % f, [f]),
    lambda f, s: ('GEZIN %s - zorgen over verwaarlozing' % s.upper(), [s.upper()]),
    lambda f, s: ('%s, %s (vader) verscheen niet ter zitting.' % (s.upper(), f.upper()), ['%s, %s' % (s.upper(), f.upper())]),
    lambda f, s: ('%s %s vangt de kinderen op na schooltijd in Spakenburg' % (kin(f, 'opa', 'oma'), f.lower()), [f.lower()]),
    lambda f, s: ('Aanwezig: moeder, %s %s, gezinsvoogd JB Gelderland, jeugdarts.' % (kin(f, 'oom', 'tante'), f), [f]),
    lambda f, s: ('De buurvrouw, mevrouw %s, heeft de politie gebeld.' % s, [s]),
    lambda f, s: ('vlgns %s %s (ex-partner) is er geen contact meer' % (f[0] + '.', s), ['%s %s' % (f[0] + '.', s)]),
    lambda f, s: ('Actiehouder: %s (wijkcoach Indebuurt033) neemt contact op met de school.' % f, [f]),
    lambda f, s: ('Mevrouw %s van het Sociaal Wijkteam heeft het gezin dinsdag bezocht.' % s, [s]),
    lambda f, s: ('de minderjarige %s %s verblijft thans in een gezinshuis' % (f, s), ['%s %s' % (f, s)]),
    lambda f, s: ('Belanghebbende: %s %s, de vader van de minderjarige.' % (f, s), ['%s %s' % (f, s)]),
    lambda f, s: ('gesprek met %s en %s op het schoolplein, beiden huilden' % (f, kin(f, 'zijn vriend', 'haar vriendin')), [f]),
    lambda f, s: ('Fam. %s is bekend bij de kerkelijke diaconie.' % s, [s]),
    lambda f, s: ('%s %s %s wil pleegouder worden (netwerkpleeggezin)' % (kin(f, 'oom', 'tante'), f, s), ['%s %s' % (f, s)]),
    lambda f, s: ('%s van moeder, %s, slaapt er soms; geen VOG bekend.' % (kin(f, 'Vriend', 'Vriendin'), f), [f]),
    lambda f, s: ('dictaat: moeder zegt dat %s haar heeft geslagen, uitwerken svp' % f, [f]),
    lambda f, s: ('Vader: "%s is mijn oudste, die mag alles weten."' % f, [f]),
    lambda f, s: ('RvdK: De Raad heeft gesproken met de heer %s, die zegt dat hij niet drinkt.' % s, [s]),
    lambda f, s: ('Re: VHK - mail van %s over de omgangsregeling' % f, [f]),
    lambda f, s: ('%s %s (buurman) ziet de kinderen vaak buiten tot laat.' % (f, s), ['%s %s' % (f, s)]),
    lambda f, s: (kin(f, 'Broertje', 'Zusje') + ' %s is vorige week bij de huisarts geweest met blauwe plekken.' % f, [f]),
    lambda f, s: ('oudste %s heet %s, werkt %s' % (kin(f, 'zoon', 'dochter'), f, kin(f, 'op de vissersboot van zijn oom', 'bij de bakker in de Kerkstraat')), [f]),
    lambda f, s: ('%s %s %s is %s in de kerk.' % (kin(f, 'Opa', 'Oma'), f, s, kin(f, 'ouderling', 'actief')), ['%s %s' % (f, s)]),
    lambda f, s: ('ex van moeder (%s) heeft een contactverbod sinds oktober' % s, [s]),
    lambda f, s: ('%s %s zegt dat de kinderen bij hem/haar veilig zijn.' % (f[0] + '.', s), ['%s %s' % (f[0] + '.', s)]),
    lambda f, s: ('Dhr %s werkt bij Defensie in Soesterberg, veel weg.' % s, [s]),
    lambda f, s: ('Overleg met %s (vader) en de gezinsvoogd gepland.' % f, [f]),
    lambda f, s: ('- %s (%s, 15) past vaak op' % (f, kin(f, 'neef', 'nichtje')), [f]),
    lambda f, s: ('ALLE KINDEREN WONEN BIJ %s.' % f.upper(), [f.upper()]),
]

def name_lines():
    out = []
    idx = list(range(100))
    rng.shuffle(idx)
    for k, i in enumerate(idx):
        f, s = NAMES[i]
        sent, spans = T[k % len(T)](f, s)
        out.append(('BLOCK', 'NAME', spans, sent))
    return out

# ------------------------------------------------------------------ other BLOCK categories
def birth_lines():
    L = [
        ('geb. 14-03-2012 te Amersfoort', '14-03-2012'),
        ('Jeugdige: S. (03-11-2014)', '03-11-2014'),
        ('moeder is geboren op 9 juni 2007 en was dus 17 bij de bevalling', '9 juni 2007'),
        ('Geboortedatum: 2016-02-29', '2016-02-29'),
        ('| zoon | Y. | 12/08/2013 | Kattenbroek |', '12/08/2013'),
        ('GEBOREN 21.04.2011 TE ASMARA', '21.04.2011'),
        ('baby kwam op 5 sept. 2025 in Meander ter wereld', '5 sept. 2025'),
        ('de minderjarige, geboren op 17 januari 2010 te Nijkerk, verblijft bij', '17 januari 2010'),
        ('gebdat 20120306', '20120306'),
        ('DOB 7-1-2015 (volgens verblijfsvergunning)', '7-1-2015'),
        ('Broertje D. (geb. 30-jul-2019) gaat naar de peuteropvang', '30-jul-2019'),
        ('vader is van 02-10-1986, moeder van 1990', '02-10-1986'),
        ('geboren 11 okt \'09, eerste kind van dit gezin', "11 okt '09"),
        ('Jeugdige(n): M. (2013), R. (24-12-2016)', '24-12-2016'),
        ('zij is jarig op 8 mei, geboren in 2008, dus net 18 - let op geboortedatum 08-05-2008', '08-05-2008'),
        ('Geb.datum jongste: 1 maart 2024', '1 maart 2024'),
        ('verzoekster stelt dat de minderjarige is geboren op 13-6-2012', '13-6-2012'),
        ('RvdK: betrokkene (geboren 26/09/1998) heeft zelf in de jeugdzorg gezeten', '26/09/1998'),
    ]
    return [('BLOCK', 'BIRTHDATE', [sp], s) for s, sp in L]

def id_lines():
    r = random.Random(6602)
    v = lambda n: digits(r, n)
    L = []
    a = 'VT-%s-%s' % ('2025', v(6)); L.append(('Veilig Thuis dossiernummer %s (melding buurvrouw)' % a, a))
    a = v(7); L.append(('cliëntnr Lister %s' % a, a))
    a = 'Z%s' % v(8); L.append(('patiëntnummer Meander: %s, opname kinderafdeling' % a, a))
    a = 'C/16/%s / JE RK 25-%s' % (v(6), v(4)); L.append(('Zaaknummer rechtbank: %s' % a, a))
    a = v(6); L.append(('Ll.nr %s (Corderius), verzuim gemeld bij leerplicht' % a, a))
    a = 'V-nr %s' % v(10); L.append(('vreemdelingennummer moeder: %s' % a[5:], a[5:]))
    a = 'NX%s' % v(7); L.append(('paspoort vader %s ligt bij oma in Eritrea' % a, a))
    a = v(8); L.append(('Kenmerk RvdK-onderzoek: %s, rapport volgt' % a, a))
    a = 'JBG-%s' % v(6); L.append(('dossier %s (Jeugdbescherming Gelderland) overdracht naar Utrecht' % a, a))
    a = 'IDK %s' % v(9); L.append(('ID-kaart moeder: %s, verlopen' % a[4:], a[4:]))
    a = v(10); L.append(('polisnr zorgverzekering kind %s staat nog op naam van vader' % a, a))
    a = 'PL%s' % v(6); L.append(('registratienummer politie %s (aangifte mishandeling)' % a, a))
    a = v(9); L.append(('GGZ Centraal - clientnummer vader %s (niet doorsturen)' % a, a))
    a = 'DEF%s' % v(6); L.append(('registratienr. Defensie van vader %s, zit op uitzending' % a, a))
    return [('BLOCK', 'ID_NUMBER', [sp], s) for s, sp in L]

def address_lines():
    L = [
        ('Moeder woont nu Kattenbroekerweg 112, boven de fietsenzaak', 'Kattenbroekerweg 112'),
        ('adres: Oude Schans 41a, Spakenburg', 'Oude Schans 41a'),
        ('Vader verblijft bij zijn broer op de Soesterweg 318-II in Amersfoort', 'Soesterweg 318-II'),
        ('| verblijf | Leusderweg 77 bis | sinds aug |', 'Leusderweg 77 bis'),
        ('WOONADRES GROOTOUDERS: KAMPSTRAAT 9, SOESTERBERG', 'KAMPSTRAAT 9'),
        ('de kinderen slapen soms bij oma op Dorpsstraat 3 in Hoogland', 'Dorpsstraat 3'),
        ('Nieuwe woning via Portaal: Leusderkwartierlaan 26 hs', 'Leusderkwartierlaan 26 hs'),
        ('ex-partner woont Biltstraat 204 C in Utrecht, vlakbij school', 'Biltstraat 204 C'),
        ('Moeder is verhuisd naar de Kerkstraat 18 in Nijkerk (bij haar zus)', 'Kerkstraat 18'),
        ('huisbezoek gedaan op Stoutenburgerlaan 5, boerderij van de opa', 'Stoutenburgerlaan 5'),
        ('Vd. woont sinds de scheiding op Barneveldseweg 61-3', 'Barneveldseweg 61-3'),
    ]
    return [('BLOCK', 'ADDRESS', [sp], s) for s, sp in L]

def postcode_lines():
    L = [
        ('Postcode gezin 3823 KP', '3823 KP'),
        ('verhuisd naar 3751BT (Spakenburg)', '3751BT'),
        ('moeder woont nu in 3769 eg soesterberg', '3769 eg'),
        ('| vader | 3832 RH Leusden | omgang 1x per 2 wk |', '3832 RH'),
        ('Oma heeft postcode 3861 XN, dat is in Nijkerk dacht ik', '3861 XN'),
        ('ADRES VADER ONBEKEND, ALLEEN POSTCODE 3742 MJ', '3742 MJ'),
        ('Gezin woont in 3814, nl 3814 TW (Soesterkwartier)', '3814 TW'),
        ('post naar 3931ZL', '3931ZL'),
        ('nieuwe woning de Alliantie: 3825 GK, gezin verhuist 1-2', '3825 GK'),
        ('pc 3755 lh, bij de haven', '3755 lh'),
        ('de minderjarige verblijft bij belanghebbende te 3721 AW Bilthoven', '3721 AW'),
    ]
    return [('BLOCK', 'POSTCODE', [sp], s) for s, sp in L]

def bsn_lines():
    r = random.Random(6603)
    b = [make_bsn(r) for _ in range(9)] + [make_bsn(r, eight=True), make_bsn(r)]
    dotted = lambda x: '%s.%s.%s' % (x[:4], x[4:6], x[6:])
    spaced = lambda x: '%s %s %s' % (x[:3], x[3:6], x[6:])
    dashed = lambda x: '%s-%s-%s' % (x[:3], x[3:6], x[6:])
    v = [b[0], dotted(b[1]), spaced(b[2]), dashed(b[3]), b[4], b[5], dotted(b[6]), b[7], spaced(b[8]), b[9], b[10]]
    S = [
        'BSN jeugdige: %s', 'bsn moeder %s (nodig voor de aanvraag)', 'Burgerservicenummer: %s',
        '| BSN | %s |', 'sofinummer vader %s - staat nog in het oude systeem', 'BSN %s (baby, nog geen zorgverzekering)',
        'graag BSN %s gebruiken in de beschikking', '%s = bsn van oudste dochter', 'BSN OUDSTE: %s',
        'Bsn (8 cijfers, oud): %s', 'Persoonsgegevens: S., BSN %s, overdracht GI',
    ]
    return [('BLOCK', 'BSN', [x], s % x) for s, x in zip(S, v)]

def phone_lines():
    L = [
        ('moeder bereikbaar op 06-14837265, na 16 uur', '06-14837265'),
        ('Tel vader: +31 6 2378 9014', '+31 6 2378 9014'),
        ('oma Spakenburg 033-2986471 (vaste lijn)', '033-2986471'),
        ('| tel | 0031 6 41 07 93 28 |', '0031 6 41 07 93 28'),
        ('jeugdige heeft nieuw nummer: 0639071254', '0639071254'),
        ('BEL VADER NIET OP 06 - 58 02 13 47, HIJ IS AGRESSIEF', '06 - 58 02 13 47'),
        ('buurvrouw wil teruggebeld worden: (033) 465 02 19', '(033) 465 02 19'),
        ('tante in Nijkerk, tel. 033-2450876', '033-2450876'),
        ('WhatsApp moeder +32 470 12 34 56 (Belgisch nummer)', '+32 470 12 34 56'),
        ('vader (Utrecht) 030 - 271 44 09', '030 - 271 44 09'),
        ('telefoon ex +316-19203847', '+316-19203847'),
    ]
    return [('BLOCK', 'PHONE', [sp], s) for s, sp in L]

def email_lines():
    L = [
        ('mail moeder: spakenburgmeisje92@hotmail.com', 'spakenburgmeisje92@hotmail.com'),
        ('vader reageert alleen op j.vandervelde.1984@gmail.com', 'j.vandervelde.1984@gmail.com'),
        ('| e-mail | yonas.teklit@outlook.com |', 'yonas.teklit@outlook.com'),
        ('Van: mama.ilyas.amf@live.nl', 'mama.ilyas.amf@live.nl'),
        ('mail oma: hgvdbrink@kpnmail.nl (leest ze 1x per week)', 'hgvdbrink@kpnmail.nl'),
        ('CC aan stiefvader: R.Schoonhoven-marine@mindef-prive.nl ??', 'R.Schoonhoven-marine@mindef-prive.nl'),
        ('jeugdige mailt zelf vanaf lisa2011xx@icloud.com', 'lisa2011xx@icloud.com'),
        ('e-mailadres moeder: noor_darwish_033@yahoo.com', 'noor_darwish_033@yahoo.com'),
        ('stuur de kaart niet naar famvanbeek.soest@ziggo.nl', 'famvanbeek.soest@ziggo.nl'),
    ]
    return [('BLOCK', 'EMAIL', [sp], s) for s, sp in L]

def iban_lines():
    r = random.Random(6604)
    a = make_nl_iban(r, 'RABO'); b = make_nl_iban(r, 'INGB'); c = make_nl_iban(r, 'ABNA'); d = make_nl_iban(r, 'SNSB')
    e = make_nl_iban(r, 'TRIO'); f = make_nl_iban(r, 'ASNB'); g = make_iban(r, 'BE', 12); h = make_nl_iban(r, 'BUNQ')
    i = make_iban(r, 'DE', 18)
    L = [
        ('kinderbijslag gaat naar %s (rekening vader)' % a, a),
        ('IBAN moeder %s' % group4(b), group4(b)),
        ('| rekening | %s | beslag |' % c, c),
        ('Kredietbank: schuldhulp via rek. %s' % group4(d).lower(), group4(d).lower()),
        ('Oma maakt geld over naar %s voor de boodschappen' % e, e),
        ('IBAN: %s (op naam van beide ouders)' % group4(f), group4(f)),
        ('vader heeft een Belgische rekening %s' % group4(g), group4(g)),
        ('Alimentatie storten op %s' % h, h),
        ('toeslagen lopen via Duitse rekening %s van de oom' % group4(i), group4(i)),
    ]
    return [('BLOCK', 'IBAN', [sp], s) for s, sp in L]

def url_lines():
    L = [
        ('Jeugdige zet filmpjes op tiktok.com/@spakenburgsmeisje_x', 'tiktok.com/@spakenburgsmeisje_x'),
        ('vader dreigt via facebook.com/ruud.eemland.7 met foto\'s', 'facebook.com/ruud.eemland.7'),
        ('insta van moeder: https://www.instagram.com/nour.amf033/', 'https://www.instagram.com/nour.amf033/'),
        ('Snapchat oudste: snapchat.com/add/yazan_h2010', 'snapchat.com/add/yazan_h2010'),
        ('stiefvader verkoopt spullen via marktplaats.nl/u/dirkjan-muijs/18822', 'marktplaats.nl/u/dirkjan-muijs/18822'),
        ('zie YouTube-kanaal van de zus: www.youtube.com/@kelly_vlogt_leusden', 'www.youtube.com/@kelly_vlogt_leusden'),
    ]
    return [('BLOCK', 'URL', [sp], s) for s, sp in L]

# ------------------------------------------------------------------ ALLOW
PLACE = [
    'Gezin is vorig jaar van Spakenburg naar Bunschoten-Zuid verhuisd.', 'vader werkt in de haven van Eemdijk',
    'Opa woont op een boerderij bij Stoutenburg.', 'weekendopvang bij de tante in Achterveld',
    'moeder komt oorspronkelijk uit Renswoude', 'De kinderen fietsen elke dag van Maarn naar school.',
    'Kerk in Maarsbergen, hele familie gaat er zondags heen', 'vader verblijft tijdelijk in Doorn',
    'Uitstapje naar Lage Vuursche liep uit de hand', 'oudste dochter logeert in Hollandsche Rading',
    'crisisopname in Den Dolder', 'moeder heeft een kamer in Huis ter Heide gevonden',
    'Gezin verhuist naar Zeist in februari.', 'Jeugdige loopt weg naar Bosch en Duin (bos).',
    'Familie zit op de Veluwe, o.a. in Putten en Ermelo.', 'vader werkt in Hoevelaken bij een transportbedrijf',
    'netwerk van moeder zit in Terschuur en Zwartebroek', 'Scouting-kamp in Voorthuizen',
    'moeder werkte als schoonmaker in Emmeklooster (Emmeloord)', 'de jongen hangt rond in Isselt bij de industrie',
    'pleeggezin woont in De Hoef', 'VADER VERBLIJFT IN ASMARA, ERITREA', 'familie in Aleppo en Homs (Syrië)',
    'oom woont in Nador, Marokko', 'Gezin woont in Kattenbroek', 'Vathorst, nieuwbouw, weinig netwerk',
    'School in Nieuwland, moeder werkt in Schothorst', 'Liendert: veel overlast bij de flat volgens de wijkagent',
    'Randenbroek', 'jeugdige sport in Hooglanderveen', 'moeder fietst naar haar werk in Eemnes',
    'vader woont in Baarn, kinderen om het weekend', 'Verhuizing van Soest naar Soesterberg gepland',
    'Gezin is vanuit Scherpenzeel doorverwezen.', 'In Woudenberg is geen passend pleeggezin.',
    'GEZIN WOONT IN HOOGLAND', 'de kinderen zijn in Leusden ingeschreven', 'Nijkerkerveen - bij de oma',
    'Soesterkwartier: ouders zijn hier goed bekend bij de moskee', 'vader is teruggekeerd naar Damascus',
    'Gezin komt uit Barneveld, net over de grens van de regio', 'Jongste verblijft in Amersfoort-Noord bij pleegouders',
    'kamp in Ede', 'moeder wil terug naar Den Helder, waar de marine zit', 'uitzending vader: Litouwen',
    'vakantie in Turkije (Kayseri) is uitgelopen', 'Hulp via Utrecht-Overvecht (oude wijk vader)',
    'opvang in Rhenen', 'de familie kwam via Ter Apel naar Amersfoort', 'oma woont in Elspeet, zeer gelovig',
]
INST = [
    'Opname kinderafdeling Meander Medisch Centrum.', 'Moeder in behandeling bij GGZ Centraal',
    'Lister begeleidt vader (beschermd wonen).', 'Youké doet de ambulante gezinsbehandeling',
    'Timon biedt de kamertraining', 'Lindenhout heeft een gezinshuisplek aangeboden',
    'Jeugdbescherming Gelderland voert de OTS uit.', 'SAVE team Eemland is betrokken sinds de zomer',
    'Melding bij Veilig Thuis Utrecht gedaan door school', 'Raad voor de Kinderbescherming Utrecht start onderzoek',
    'zitting bij de Rechtbank Midden-Nederland, locatie Utrecht', 'De Alliantie heeft een huisuitzetting aangekondigd',
    'Portaal zoekt een andere woning', 'Woonstichting Leusden meldt overlast', 'Politie Midden-Nederland, basisteam Eemland',
    'Sociaal Wijkteam Amersfoort (team Noord)', 'Indebuurt033 heeft een maatje geregeld', 'CJG Amersfoort consultatiebureau',
    'jeugdige zit op het Johan van Oldenbarnevelt Gymnasium', 'Corderius College: veel verzuim gemeld', 'Het Element, vmbo-t',
    'Guido de Brès in Rotterdam? nee, de Guido in Amersfoort', 'broer zit op het Farel College', 'Van Lodenstein College (Amersfoort)',
    'Prisma College, praktijkonderwijs', 'dagbesteding bij Kwintijn', 'De Amerpoort begeleidt de oudste zoon',
    'Het Hooghe Landt in Vathorst', 'Meander', 'De Regenboogschool', 'Moskee Al Fath in het Soesterkwartier',
    'Hersteld Hervormde Kerk Spakenburg, de diaconie helpt met geld', 'Gereformeerde Gemeente in Bunschoten',
    'Oude Kerk Soest', 'Wilhelmina Kinderziekenhuis (UMC Utrecht)', 'Prinses Máxima Centrum', 'Altrecht (Utrecht)',
    'Emergis nee: Centrum Maliebaan (verslavingszorg)', 'Vluchtelingenwerk Midden-Nederland', 'COA Amersfoort',
    'Defensie maatschappelijk werk (Soesterberg)', 'Karakter kinder- en jeugdpsychiatrie', 'Reinaerde',
    "'s Heeren Loo, locatie Ermelo", 'Leger des Heils Amersfoort (opvang)', 'De Kinderkamer, peuteropvang',
    'voetbal bij VV Spakenburg', 'IJsselmeervogels, jeugdafdeling', 'Bibliotheek Eemland (taalcafé)', 'Veilig Thuis Gooi en Vechtstreek',
]
EVENT = [
    'Incident op 14-03-2026 (politie ter plaatse).', 'Zitting was op 02-11-2026, beschikking volgt.',
    'MDO van 17 november 2026, locatie Meander', 'opname 5 sept. 2026 (na overdosis)', 'Melding VT ontvangen 2026-10-08',
    'Huisbezoek 12/10/2026 - niemand thuis', 'de OTS loopt tot 24-06-2027', 'Machtiging uithuisplaatsing verleend op 03-09-2026.',
    'ingang OTS: 1 januari 2026', 'Consultatiebureau 6-11-2026: baby groeit goed', 'MDO wo 25/11 14.00 uur',
    'Verhuizing gepland 1 maart', 'Op 28 oktober sloeg vader de deur in.', 'Eerste inbreng VHT 10-11-2026',
    'Uitzending vader van 15-01-2026 t/m 30-06-2026', 'sinds het incident van 17-03-2026 geen contact met vader',
    'Rapport RvdK d.d. 21-10-2026', 'Zitting mondelinge behandeling: 9 december 2026 om 10.30 uur',
    'Evaluatie veiligheidsplan 2026-12-15', 'Aangifte 30-9-2026', 'Schorsing school 04.11.2026 tot 06.11.2026',
    'de baby had op 13 okt. 2026 de 4-maandenprik', 'Kerstvakantie: 19-12 t/m 3-1', 'Ramadan 2026: moeder kon minder',
    'Vader is op 15 augustus 2026 teruggekeerd uit Litouwen.', 'Bezoekregeling in Kattenbroek, elke za 10-12',
    'Afgelopen week (wk 47) drie keer politie', 'eind 2025 verhuisd', 'Herhaalbespreking op 08-01-2027',
    'Spoedzitting 11 november 2026 (kinderrechter)',
]
PROF = [
    'De jeugdarts van de GGD heeft de baby gezien.', 'gezinsvoogd Jeugdbescherming Gelderland', 'de wijkagent van Liendert',
    'Inbrenger: Marieke van Dam, gezinscoach, Sociaal Wijkteam Amersfoort',
    'Vaste deelnemer: Hasan Yilmazer, Sociaal Wijkteam Amersfoort',
    'Gedragsdeskundige geraadpleegd: ja, Ingrid Kamphuis (orthopedagoog GZ, Youké)',
    'Inbrenger: Tesfit Gebru, casemanager, Veilig Thuis Utrecht', 'Vaste deelnemer: Anouk Terlouw, Jeugdbescherming Gelderland',
    'de raadsonderzoeker', 'mentor van het Corderius', 'huisarts in Spakenburg', 'Aanwezig: voorzitter VHT, gezinsvoogd, jeugdarts, notulist',
    'ambulant hulpverlener van Lister', 'de kinderrechter', 'advocaat van moeder', 'SAVE-werker', 'IB-er van de basisschool',
    'verloskundige', 'kraamverzorgende', 'Actiehouder: gezinsvoogd', 'Actiehouder: wijkcoach', 'de dominee',
    'imam van de moskee', 'maatschappelijk werker Defensie', 'Gedragswetenschapper geraadpleegd: Ja, Bart Hoogendijk, GZ-psycholoog Timon',
    'Vaste deelnemer: Fiona Kerkhof, SAVE team Eemland', 'Inbrenger: Samira Ouarti, jeugdconsulent, CJG Amersfoort',
    'casemanager van COA', 'de notulist', 'leerplichtambtenaar Amersfoort',
]
AGE = [
    'jeugdige is 14 jaar', 'moeder is 17 en woont nog bij haar ouders', 'vader was 19 toen de baby kwam', 'baby, 4 mnd',
    'S. (2011), nu 15 jaar', 'oudste is 16, jongste 2', 'ELF KINDEREN, VAN 1 TOT 22 JAAR', 'tweeling van 8',
    'broertje (6) plast weer in bed', 'oma is 81 en slecht ter been', 'de minderjarige is thans 13 jaar oud',
    'moeder (1999)', 'vader (1983) en stiefmoeder (1991)', 'Y. (2009) wordt in maart 18', 'kinderen van 3, 5 en 9 jaar',
    'jongen van twaalf', 'meisje, 15 jr', 'moeder was 16 bij eerste zwangerschap', '17-jarige moeder', 'pasgeborene (10 dagen)',
]
def org_lines():
    r = random.Random(6605)
    kvk1 = fails_elf(r); kvk2 = fails_elf(r); agb = fails_elf(r)
    return [
        'Veilig Thuis: 0800-2000', 'bij nood 112 bellen', 'Kindertelefoon 0800-0432', 'Zaaknummer VHT-2026-0117',
        'VHT-2026-0088 (vervolg)', 'KvK Indebuurt033: %s' % kvk1, 'AGB-code praktijk: %s' % agb, 'KvK %s (Youké)' % kvk2,
        'methylfenidaat 2 dd 10 mg', 'ARIJ-score 3 (hoog)', 'Score inbrenger 3, moeder 7', '113 Zelfmoordpreventie: 0800-0113',
        'Gemeente Amersfoort, 14 033', 'Huurachterstand € 2.450', 'buslijn 17 naar Vathorst', 'bijna 40 uur verzuim',
        'wk 46', 'Artikel 1:255 BW', 'art. 1:265b BW (machtiging uithuisplaatsing)', 'Politie geen spoed: 0900-8844',
    ]

def allow_lines():
    out = []
    for cat, L in (('PLACE', PLACE), ('INSTITUTION', INST), ('EVENT_DATE', EVENT), ('PROFESSIONAL', PROF),
                   ('AGE', AGE), ('ORG_NUMBER', org_lines())):
        out += [('ALLOW', cat, [], s) for s in L]
    return out

def main():
    rows = (name_lines() + birth_lines() + id_lines() + address_lines() + postcode_lines() + bsn_lines() +
            phone_lines() + email_lines() + iban_lines() + url_lines() + allow_lines())
    random.Random(66).shuffle(rows)
    with open(os.path.join(HERE, '..', 'sentences.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('id\texpect\tcategory\tspans\tsentence\n')
        for n, (e, c, sp, s) in enumerate(rows, 1):
            fh.write('B66-%03d\t%s\t%s\t%s\t%s\n' % (n, e, c, ' || '.join(sp) if sp else '-', s))
    print('wrote', len(rows))

if __name__ == '__main__':
    main()
