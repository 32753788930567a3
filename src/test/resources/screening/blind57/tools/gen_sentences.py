#!/usr/bin/env python3
"""Generates ../sentences.tsv for blind set 57 (fixed seed, reproducible)."""
import os, random
R = random.Random(5757)
HERE = os.path.dirname(os.path.abspath(__file__))

def bsn(n8=False):
    while True:
        d = [R.randint(0, 9) for _ in range(9)]
        if n8: d[0] = 0
        if d[1 if n8 else 0] == 0: continue
        s = sum(w * x for w, x in zip(range(9, 1, -1), d[:8])) - d[8]
        if s % 11 == 0:
            s = ''.join(map(str, d))
            return s[1:] if n8 else s
def iban(cc, bank, L):
    acc = ''.join(str(R.randint(0, 9)) for _ in range(L))
    body = bank + acc
    num = ''.join(str(int(c, 36)) for c in body + cc + '00')
    ck = 98 - int(num) % 97
    return '%s%02d%s' % (cc, ck, body)
def grp(s): return ' '.join(s[i:i+4] for i in range(0, len(s), 4))

B = []  # (cat, [spans], sentence)
def b(cat, sp, s):
    sp = sp if isinstance(sp, list) else [sp]
    out = []
    for x in sp:
        if x not in s:  # take the spelling used in the sentence (lower case, ALL CAPS)
            i = s.lower().find(x.lower()); assert i >= 0, (x, s); x = s[i:i + len(x)]
        out.append(x)
    B.append((cat, out, s))
A = []
def a(cat, s): A.append((cat, s))

# ---------------- NAME (100)
N = [
 ('Hendrika', '[14:32] moeder: Hendrika heeft weer niet gegeten, ik weet het niet meer'),
 ('Gijsbert', 'S: vader (Gijsbert) slaapt slecht sinds ontslag, drinkt "een paar biertjes" per avond'),
 ('Adriaantje', 'adriaantje (zusje, 9) zegt op school dat ze bang is voor papa als hij boos is'),
 ('Teuntje', 'OMA TEUNTJE VANGT DE KINDEREN OP IN BLESKENSGRAAF'),
 ('Maarten-Jan', 'LVS 12-10: Maarten-Jan verwijderd uit de les, code GED-3, ouders gebeld'),
 ('Cornelis', 'Oom Cornelis heeft aangeboden dat J. bij hem op de boerderij mag werken.'),
 ('Van Wingerden', 'Fam. Van Wingerden wil geen hulp van "de wereld", alleen van de kerkenraad.'),
 ('Verhoef', 'ouderling Verhoef is bij het gezin op huisbezoek geweest en maakt zich ook zorgen'),
 ('Jannigje Blokland', 'Moeder: Jannigje Blokland, 11 kinderen, jongste 8 mnd'),
 ('A.C. den Hartog', 'ingezonden door A.C. den Hartog namens de kerkelijke gemeente'),
 ('Pieternella', 'Pieternella (oudste dochter) doet het huishouden en de was, ook doordeweeks.'),
 ('Huibert', '[21:07] vader: Huibert is niet thuis gekomen vannacht'),
 ('Leendert', '[21:09] oma: Leendert zit bij ons, maak je niet druk'),
 ('Neeltje', 'tante neeltje (zus van moeder) brengt de kinderen soms naar school'),
 ('Krijn', 'E: Krijn en vader in conflict over telefoon, escalatie thuis'),
 ('Dirkje', 'O: Dirkje oogt bleek, gewicht P3, geen blauwe plekken gezien'),
 ('Kraaijeveld', 'Volgens Kraaijeveld (buurman) wordt er elke avond geschreeuwd op de boot.'),
 ('Bastiaan van der Giessen', 'Ex-partner Bastiaan van der Giessen heeft een contactverbod.'),
 ('Geertruida', 'geertruida wil niet meer naar de zondagsschool'),
 ('Klaasje', "Klaasje's juf merkt dat ze vaak moe is op maandag."),
 ('Willempje', '| zus | Willempje | 16 | thuis |'),
 ('Teunis', 'Opa Teunis (vaderskant) woont in bij het gezin sinds de brand.'),
 ('Aart', 'Aart heeft de kinderen op 3-11 met de auto opgehaald zonder afspraak.'),
 ('Arie-Willem', 'broer Arie-Willem (19) zit in militaire dienst en is zelden thuis'),
 ('Boender', 'P: overleg met dokter Boender over verwijzing naar Eleos'),
 ('Lagendijk', 'Mw. Lagendijk van het Sociaal Wijkteam belde over de schulden.'),
 ('Sluijter', 'gezinsvoogd Sluijter is ziek, vervanging nog niet geregeld'),
 ('Van Es', 'mentor van Es (Insula College) meldt verzuim van 14 uur'),
 ('Ruijgrok', '[09:15] Ruijgrok wijkteam: ik kom om 11 uur langs'),
 ('Bouman', 'Zie ook het verslag van dhr. Bouman (ambulant hulpverlener).'),
 ('Katarzyna', '[18:44] Katarzyna: please no police, I call you tomorrow'),
 ('Wojciech Zieliński', 'Vader Wojciech Zieliński werkt via uitzendbureau in de kassen, 6 dagen per week.'),
 ('Małgorzata', 'Moeder Małgorzata spreekt weinig Nederlands, tolk Pools ingezet.'),
 ('Kuba', 'kuba (broertje) slaapt op een matras in de woonkamer'),
 ('NOWICKA', 'INTAKE NOWICKA - MOEDER WIL TERUG NAAR POLEN'),
 ('Bartosz Wróbel', 'Stiefvader Bartosz Wróbel is eerder aangehouden voor rijden onder invloed.'),
 ('Agnieszka', "Agnieszka's vriend woont sinds kort in de flexwoning."),
 ('Dąbrowski', 'De heer Dąbrowski huurt de kamers uit aan zes arbeiders.'),
 ('Stoyan', '[23:51] Stoyan: ik ben nie drunk ok'),
 ('Desislava Georgieva', 'Moeder Desislava Georgieva is in week 44 teruggekeerd uit Bulgarije.'),
 ('Yordan', 'Yordan (oom) neemt het geld van moeder in beheer, volgens moeder.'),
 ('Tsvetelina', 'tsvetelina (12) tolkt voor haar ouders bij de huisarts'),
 ('PETROV', 'Gezinssamenstelling PETROV: vader, moeder, 3 kinderen, oom'),
 ('Mariyka', 'Oma Mariyka past op de baby als moeder nachtdienst heeft.'),
 ('Yonas Tesfamariam', 'Vader Yonas Tesfamariam is in 2023 via gezinshereniging gekomen.'),
 ('Selam', 'Selam vertelt dat ze thuis geslagen wordt met een riem.'),
 ('Filmon', 'filmon (broer 17) werkt zwart in een garage'),
 ('Mebrat Habte', 'Moeder: Mebrat Habte, statushouder sinds 2021.'),
 ('Weldemichael', 'Fam. Weldemichael heeft een woning van Trivire in Sterrenburg.'),
 ('Aklilu', '[16:02] Aklilu: mijn vrouw huilt heel de dag'),
 ('Senait', 'Senait (nichtje) heeft de melding gedaan bij de mentor.'),
 ('Jurisca Martina', 'Moeder Jurisca Martina woont met vier kinderen in Crabbehof.'),
 ('Shurandy', 'Shurandy (vader kinderen 2 en 3) komt onregelmatig langs.'),
 ('Rignaldo Isenia', 'Ex-partner Rignaldo Isenia is sinds de zomer uit detentie.'),
 ('Xiomara', '[02:13] Xiomara: hij staat weer voor de deur'),
 ('Sint Jago', 'fam sint jago komt niet op afspraken'),
 ('Chayenne', 'Chayenne heeft een relatie met een jongen van 22.'),
 ('Girigorie', 'Buurvrouw Girigorie hoorde kinderen huilen tot laat in de nacht.'),
 ('Ruthmila', 'S: Ruthmila klaagt over buikpijn, verzuimt veel, slaapt slecht'),
 ('Jacoba', 'Moeder Jacoba vaart mee op het vrachtschip, kinderen in internaat.'),
 ('Barend de Ruiter', 'Schipper Barend de Ruiter (vader) ligt met het schip in Papendrecht.'),
 ('Scheepstra', 'MS "Hoop" van de fam. Scheepstra ligt tot vrijdag aan de kade.'),
 ('Rinske', 'rinske (13) woont doordeweeks in het schippersinternaat'),
 ('Wouter', '[07:40] moeder: Wouter is ziek, hij blijft aan boord'),
 ('Hanna', 'S: Hanna, 15 jr, komt alleen, vraagt om anticonceptie, wil niet dat ouders het weten'),
 ('Marinus', 'Vader Marinus werkt als machinist op de Merwede en is 3 weken weg.'),
 ('Kees Verdoold', 'contactpersoon netwerk: Kees Verdoold (buurman)'),
 ('Jantine', 'jantine en haar vriend hebben de baby alleen gelaten'),
 ('Lotte', 'LVS: Lotte - fysieke agressie op het plein, code INC-2, sanctie gesprek'),
 ('Daan', 'daan heeft juf geschopt (gr 5)'),
 ('Noa', '[15:11] Noa: mam kom je me halen?'),
 ('Sem', 'Sem zit sinds de herfstvakantie thuis zonder school.'),
 ('Tess', 'Stem jeugdige: Tess zegt "ik wil gewoon dat ze stoppen met ruzie"'),
 ('Luuk', 'luuk (stiefbroer) is verhuisd naar zijn vader in Zeeland'),
 ('Mila', 'Moeders vriendin Mila is het vangnet als moeder opgenomen wordt.'),
 ('Jesse', 'Jesse wil niet dat zijn vader weet waar hij is.'),
 ('Gerrit', 'OPA GERRIT IS OVERLEDEN IN SEPTEMBER, SINDSDIEN GAAT HET MIS'),
 ('Pleun', '* broertje Pleun – 6 jaar – gr 3 Da Costa school'),
 ('Maaike Kool', 'Ex: Maaike Kool, heeft omgang 1x per 2 wk.'),
 ('D. Verheij', 'doorverwezen door D. Verheij, jeugdverpleegkundige'),
 ('Evert-Jan', 'Evert-Jan (vader) wil geen hulpverlening in huis.'),
 ('Bram', '[20:20] Bram: hou je bek of ik kom naar je toe'),
 ('Ilse', 'Zus ilse (22) kan eventueel het gezag overnemen.'),
 ('Nienke', 'vriendin Nienke heeft foto’s van de blauwe plekken'),
 ('Haverkamp', 'Behandelaar Haverkamp van Yulius adviseert een opname.'),
 ('Rutger', 'Moeder heeft een nieuwe vriend, Rutger, die bij haar intrekt.'),
 ('Jolanda', '[13:05] Jolanda (moeder): ik ga hier weg met de kinderen'),
 ('Ties', 'LVS 2026 – leerling Ties – niveau E5 lezen, D spelling, zorgniveau 3'),
 ('Gijs', 'gijs loopt weg bij stress, 2x gevonden bij de Kinderdijk-molens'),
 ('Mirjam', 'Met vriendin Mirjam als netwerkpersoon is een plan gemaakt.'),
 ('Anouk', 'Stiefzus Anouk (17) is zwanger en woont in.'),
 ('Van Dijk', 'Huisarts van Dijk heeft een melding bij Veilig Thuis gedaan.'),
 ('Hoogendijk', 'HOOGENDIJK (VADER) WEIGERT HANDTEKENING'),
 ('Sjaak', 'sjaak = vriend van moeder, verblijft er "af en toe"'),
 ('Els', 'Oma Els zegt dat vader de kinderen nooit iets zou doen.'),
 ('Leen', 'Leen, buurvrouw, heeft twee keer de politie gebeld.'),
 ('Hermina', 'Hermina (moeder) is opgenomen bij Eleos, afdeling Hoornaar.'),
 ('Joost Baan', 'Verzonden door Joost Baan (vader) aan de school.'),
 ('Ivanova', 'Mw. Ivanova werkt in de vleesverwerking in Sliedrecht.'),
 ('Merel', 'merel heeft gedreigd zichzelf iets aan te doen'),
]
assert len(N) == 100, len(N)
for sp, s in N: b('NAME', sp, s)

# ---------------- BIRTHDATE (18)
for sp, s in [
 ('14-03-2012', 'geb. 14-03-2012'), ('3-9-2015', 'Jeugdige: H. (3-9-2015)'), ('21.01.2010', 'geboortedatum 21.01.2010'),
 ('2014-07-30', 'DOB 2014-07-30, pt. meldt zich met moeder'), ('12 februari 2018', 'Geboren op 12 februari 2018 in het Beatrixziekenhuis.'),
 ('5 mei 2011', 'zoon is 5 mei 2011 geboren, eerste kind'), ('30/11/2013', 'Gebdat: 30/11/2013'),
 ('08-08-08', 'G. geb 08-08-08'), ('17 okt. 2016', 'broertje M. (geb. 17 okt. 2016)'), ('20130412', 'geboortedatum 20130412 (uit LVS)'),
 ('9 jan \'19', 'Baby werd op 9 jan \'19 thuis geboren.'), ('25-12-2009', 'GEBOREN 25-12-2009'),
 ('1 april 2020', 'Jongste is geboren op 1 april 2020, te vroeg (32 wk).'), ('11-6-1988', 'moeder geboren 11-6-1988'),
 ('02.10.2012', '| Jeugdige | T. | 02.10.2012 |'), ('4-nov-2017', 'dochter, geb. 4-nov-2017'),
 ('18 09 2014', 'geboortedatum 18 09 2014 volgens paspoort'), ('29 feb 2016', 'dochter geboren 29 feb 2016 (schrikkeldag)')]:
    b('BIRTHDATE', sp, s)

# ---------------- ID_NUMBER (14)
for sp, s in [
 ('VT-2026-118734', 'Veilig Thuis dossiernummer VT-2026-118734'), ('4471902', 'cliëntnr. Rivas 4471902'),
 ('0829914', 'patiëntnummer ASZ 0829914'), ('LL-20931', 'leerlingnummer LL-20931 (Insula)'),
 ('JBW/25/04417', 'zaaknr JBW/25/04417 van Jeugdbescherming West'), ('NP83KR7Z1', 'paspoortnr. NP83KR7Z1'),
 ('2819037715', 'moeder heeft V-nummer 2819037715 bij de IND'), ('BG-48201937', 'ID-kaart (Bulgaars) BG-48201937'),
 ('783310042', 'polisnummer 783310042 VGZ'), ('DSD-771204', 'klantnummer Drechtsteden Sociale Dienst: DSD-771204'),
 ('HN 339281', 'Tablis Wonen huurdersnummer HN 339281'), ('220-55198', 'dossier Yulius 220-55198, behandelaar onbekend'),
 ('ER-TP-0937', 'verblijfsdocument Eritrees paspoort ER-TP-0937'), ('2026109875', 'aangifte, PV 2026109875, bij politie Dordrecht')]:
    b('ID_NUMBER', sp, s)

# ---------------- ADDRESS (11)
for sp, s in [
 ('Admiraal de Ruyterweg 112', 'Moeder woont nu Admiraal de Ruyterweg 112 in Dordrecht.'),
 ('Kerkstraat 14a', 'adres opa en oma: Kerkstraat 14a, Streefkerk'),
 ('Bilderdijkstraat 7-II', 'vader verblijft Bilderdijkstraat 7-II (kamer)'),
 ('Damstraat 3', 'Ligplaats / woonadres: Damstraat 3 Hardinxveld'),
 ('Dalemstraat 88', 'HUISBEZOEK DALEMSTRAAT 88 - GEEN GEHOOR'),
 ('Baanhoek 201', 'Nieuw adres fam: Baanhoek 201, Sliedrecht'),
 ('Nieuwe Achterweg 12', '| adres | Nieuwe Achterweg 12 |'),
 ('Oranjelaan 45 bis', 'Ex woont Oranjelaan 45 bis, heeft dus zicht op de school.'),
 ('Karel Doormanweg 9', 'flexwoning Karel Doormanweg 9 (6 Poolse arbeiders)'),
 ('Lange Geer 31', 'Oma woont Lange Geer 31 in Dordt, kinderen mogen daar slapen.'),
 ('Dorpsstraat 151', 'gezin verhuisd naar dorpsstraat 151 (Groot-Ammers)')]:
    b('ADDRESS', sp, s)

# ---------------- POSTCODE (11)
for sp, s in [
 ('3315 GR', 'postcode 3315 GR'), ('3351AB', 'Papendrecht 3351AB'), ('2957 cd', 'pc 2957 cd Nieuw-Lekkerland'),
 ('3363 KL', 'Moeder is verhuisd naar 3363 KL Sliedrecht.'), ('4201 HP', '| PC | 4201 HP |'),
 ('3341XZ', 'WOONPLAATS HIA 3341XZ'), ('2953 BT', 'postcode oma 2953 BT, Alblasserdam'),
 ('3371 VA', 'Vader staat ingeschreven op 3371 VA.'), ('3317 NE', 'Post naar 3317 NE Dordrecht komt terug.'),
 ('2964 AP', 'adres: 2964 AP Groot-Ammers'), ('3334 cg', 'zwijndrecht 3334 cg (nieuwbouw)')]:
    b('POSTCODE', sp, s)

# ---------------- BSN (11)
bs = [bsn() for _ in range(10)] + [bsn(True)]
fmts = [lambda x: x, lambda x: x[:4] + '.' + x[4:6] + '.' + x[6:], lambda x: x[:3] + ' ' + x[3:6] + ' ' + x[6:],
        lambda x: x[:3] + '-' + x[3:6] + '-' + x[6:], lambda x: x]
texts = ['BSN {}', 'bsn jeugdige: {}', 'Sofinr./BSN moeder {}', 'BSN: {} (broertje)', '| BSN | {} |',
         'burgerservicenummer {}', 'BSN KIND {}', 'bsn vader = {}', 'zie bsn {} in Suite', 'S: pt. BSN {}, verwezen door CB',
         'oud BSN (8 cijfers) {}']
for i, (x, t) in enumerate(zip(bs, texts)):
    v = fmts[i % 5](x) if i < 10 else x
    b('BSN', v, t.format(v))

# ---------------- PHONE (11)
for sp, s in [
 ('06-38172940', 'moeder 06-38172940'), ('+31 6 2917 4403', 'vader bereikbaar op +31 6 2917 4403'),
 ('+48 512 883 207', 'oma in Polen: +48 512 883 207'), ('078-6147382', 'tel. thuis 078-6147382'),
 ('0184 415 726', 'Buurvrouw belt vanaf 0184 415 726'), ('+359 88 412 7730', 'vader (Bulgarije) +359 88 412 7730'),
 ('0031 6 48120376', 'tel opa 0031 6 48120376'), ('06 19 73 82 51', '[10:12] moeder: bel me op 06 19 73 82 51'),
 ('0183-622918', 'schipper bereikbaar via 0183-622918 (wal)'), ('(078) 615 92 04', 'Telefoon: (078) 615 92 04'),
 ('0642039917', 'nummer ex: 0642039917')]:
    b('PHONE', sp, s)

# ---------------- EMAIL (9)
for sp, s in [
 ('hendrika.vwingerden@kpnmail.nl', 'mail moeder: hendrika.vwingerden@kpnmail.nl'),
 ('k.nowak1989@gmail.com', 'Contact via k.nowak1989@gmail.com (Engels).'),
 ('yonas.t.asmara@hotmail.com', 'vader e-mail yonas.t.asmara@hotmail.com'),
 ('ms.hoop.scheepvaart@outlook.com', 'Mailadres schip: ms.hoop.scheepvaart@outlook.com'),
 ('jurisca_m@live.nl', 'E: jurisca_m@live.nl'), ('gijsbertdenhartog@zeelandnet.nl', 'reactie gestuurd naar gijsbertdenhartog@zeelandnet.nl'),
 ('stoyan.p88@abv.bg', 'mail: stoyan.p88@abv.bg'), ('oma.teuntje@ziggo.nl', 'Oma mailt via oma.teuntje@ziggo.nl'),
 ('shurandy.rosalia@icloud.com', 'Ex-partner: shurandy.rosalia@icloud.com')]:
    b('EMAIL', sp, s)

# ---------------- IBAN (9)
ib = [iban('NL', 'RABO', 10), iban('NL', 'INGB', 10), iban('NL', 'ABNA', 10), iban('NL', 'SNSB', 10), iban('NL', 'TRIO', 10),
      iban('PL', '', 24), iban('BG', 'UNCR7000', 10), iban('NL', 'BUNQ', 10), iban('BE', '', 12)]
ib[5] = iban('PL', '10902402', 16)
ib[8] = iban('BE', '363', 9)
ibf = [grp(ib[0]), ib[1], grp(ib[2]), ib[3].lower(), grp(ib[4]), grp(ib[5]), ib[6], grp(ib[7]), grp(ib[8])]
for v, t in zip(ibf, ['IBAN moeder {}', 'kinderbijslag naar {}', 'rek.nr vader: {}', 'huur wordt betaald van {}',
                      '| rekening | {} |', 'vader stort geld op {} (Polen)', 'Bulgaarse rekening {}', 'toeslagen op {}',
                      'Belgische rekening oom {}']):
    b('IBAN', v, t.format(v))

# ---------------- URL (6)
for sp, s in [
 ('https://www.tiktok.com/@adriaantje.b09', 'filmpjes op https://www.tiktok.com/@adriaantje.b09'),
 ('instagram.com/selam_x_eri', 'Zie instagram.com/selam_x_eri (openbaar)'),
 ('https://www.facebook.com/wojtek.zielinski.372', 'vader dreigt op https://www.facebook.com/wojtek.zielinski.372'),
 ('snapchat.com/add/maartenjan2011', 'snapchat.com/add/maartenjan2011 - contact met volwassenen'),
 ('www.scheepstra-binnenvaart.nl/familie', 'familiefoto\'s op www.scheepstra-binnenvaart.nl/familie'),
 ('youtube.com/@chayennevlogs', 'vlog over de uithuisplaatsing: youtube.com/@chayennevlogs')]:
    b('URL', sp, s)

# ================= ALLOW
for s in ['Het gezin woont in Streefkerk, aan de dijk.', 'Opa en oma wonen in Ottoland.', 'Vader werkt in de kassen bij Brandwijk.',
 'Kinderen gaan naar school in Wijngaarden.', 'Moeder is opgegroeid in Goudriaan.', 'Oom heeft een boerderij in Noordeloos.',
 'Eleos zit met de kliniek in Hoornaar.', 'Verhuisd van Meerkerk naar Ameide.', 'Tienhoven en Lexmond: daar woont de rest van de familie.',
 'schip ligt in Schelluinen', 'Jeugdige logeert in Boven-Hardinxveld.', 'OUD-ALBLAS', 'Moeder heeft een vriendin in Puttershoek.',
 'Vader is naar Maasdam vertrokken.', 'Kamp in Heinenoord tijdens de zomer.', 'Kinderdijk (molens) is zijn vaste wegloopplek.',
 'gezin woont in Crabbehof', 'Verhuizing van Wielwijk naar Sterrenburg.', 'Stadspolders, portiekflat.', 'Reeland, eengezinswoning',
 'Oma woont in Krispijn.', 'Gezin komt oorspronkelijk uit Hardinxveld-Giessendam.', 'Sliedrecht', 'ZWIJNDRECHT / HIA',
 'Schoolgaand in Papendrecht, wonend in Alblasserdam.', 'Vader werkt in Gorinchem.', 'Giessenburg, boerderij aan de Giessen',
 'Moeder verblijft in Bleskensgraaf bij haar zus.', 'groot-ammers', 'Nieuw-Lekkerland, dijkwoning', 'Opa komt uit Asmara, Eritrea.',
 'Familie woont nog in Plovdiv, Bulgarije.', 'Vader pendelt tussen Poznań en Dordrecht.', 'Kinderen zijn geboren op Curaçao.',
 'Oma woont in Willemstad (Curaçao).', 'Het schip vaart op Duisburg en Antwerpen.', 'Tante woont in Kampen.',
 'Zomervakantie bij familie in Sofia.', 'broer zit in Rotterdam-Zuid', 'Verblijf in AZC Gilze gehad, nu Dordrecht.',
 'Vader woont in Heerjansdam.', 'Moeder is naar Hendrik-Ido-Ambacht verhuisd.', 'Molenlanden', 'Verhuisd naar de Alblasserwaard.',
 'Kinderen spelen bij de haven van Werkendam.', 'Opa woont in Arkel.', 'moeder zoekt werk in Leerdam', 'Kamer in Oud-Beijerland gevonden.',
 'Familie uit Staphorst komt helpen.', 'Kerkdienst in Barneveld bezocht.']:
    a('PLACE', s)
for s in ['Opname Albert Schweitzer ziekenhuis, afd. kinderen.', 'Geboorte in het Beatrixziekenhuis Gorinchem.', 'Rivas kraamzorg ingezet.',
 'Aangemeld bij Yulius, wachtlijst 12 weken.', 'Eleos (reformatorische GGZ) is gestart met moeder.', 'Lucertis kinder- en jeugdpsychiatrie betrokken.',
 'De Hoop ggz, verslavingszorg vader.', 'Enver crisisopvang is geregeld.', 'Jeugdbescherming West heeft de OTS.', 'Veilig Thuis Zuid-Holland Zuid deed onderzoek.',
 'Sociaal Wijkteam Dordrecht heeft regie.', 'Drechtsteden Sociale Dienst regelt de uitkering.', 'Trivire dreigt met ontruiming.',
 'Woonkracht10 huurachterstand.', 'Tablis Wonen zoekt urgente woning.', 'Politie Zuid-Holland-Zuid, basisteam Drechtsteden', 'Johannes Calvijnschool, groep 6',
 'Guido de Brès, 3 vmbo', 'Willem de Zwijger College, klas 2', 'Insula College, havo 4', 'Da Costa school heeft zorgen over verzuim.',
 'Christelijk Lyceum Oude Hoven, Gorinchem', 'Schippersinternaat in Dordrecht', 'Kerkenraad van de Gereformeerde Gemeente neemt contact op.',
 'Hersteld Hervormde Kerk biedt hulp met boodschappen.', 'Eritrees-orthodoxe kerk in Rotterdam.', 'VluchtelingenWerk begeleidt het gezin.',
 'Stichting Timon, kamertraining', 'Raad voor de Kinderbescherming doet onderzoek.', 'Rechtbank Rotterdam, locatie Dordrecht',
 'Kinderdagverblijf De Zonnebloem', 'Peuteropvang Roos en Vlinder', 'Voetbalvereniging ASWH', 'Stichting Thuis in de Drechtsteden',
 'Huis van de Hoop, inloop', 'GGD Zuid-Holland Zuid, JGZ', 'Het Spectrum, speciaal onderwijs', 'Yulius Academie (school bij de kliniek)',
 'Prins Willem-Alexanderschool', 'Koningin Julianaschool Sliedrecht', 'De Hoop ggz (Dordrecht), afdeling jeugd', 'Curium-LUMC, klinische diagnostiek',
 'Sophia Kinderziekenhuis (Rotterdam)', 'Ronald McDonald Huis', 'Stichting Present Dordrecht', 'Leger des Heils, maatschappelijke opvang',
 'Bureau Halt Zuid-Holland Zuid', 'MEE Zuid-Holland Noord', 'Kredietbank Drechtsteden', 'Jongerenwerk Stichting Pro Papendrecht']:
    a('INSTITUTION', s)
for s in ['Incident op 14-03-2026 op school.', 'Huisbezoek 3-9-2026', 'ZSM-melding 21.10.2026', 'Opname 2026-07-30 Yulius',
 'Op 12 februari 2026 is de baby gewogen op het CB.', 'Zitting 5 november 2026', 'Aangifte 30/10/2026', 'Bespreking MDO 18-11-2026 09:30',
 'VT-melding ontvangen op 17 okt. 2026', 'Gezinsgesprek di 1-12-2026', 'Schorsing 19-11-26 t/m 21-11-26', 'Crisis op 2e kerstdag 2025',
 'Week 47: ontruimingsvonnis', 'Op 29-10 vond de overdracht plaats.', 'Consultatiebureau 9 wk: prima gegroeid (10-11-2026)',
 'Laatste contact 25-11-2026 telefonisch.', 'Politie-inzet 1 april 2026 (geen grap)', 'Uithuisplaatsing 11-9-2026', 'HUISBEZOEK 02.11.2026',
 'Ontslag ziekenhuis 2026-11-04', 'SOAP d.d. 13-11-2026', 'Evaluatie OTS 20 januari 2027', '[14:32] op 24-11-2026', 'Bijeenkomst na de biddag voor het gewas (maart)',
 'Kraamweek eindigde op 27-10-2026.', 'Rapportvergadering 15-11-2026', 'Na Pasen 2026 ging het mis.', 'Sint-Maarten (11-11): kinderen liepen tot 22 uur alleen langs de deuren.',
 'LVS-notitie 12-10-2026', 'Voorlopige OTS uitgesproken op 31-10-2026.']:
    a('EVENT_DATE', s)
for s in ['Inbrenger: Gerjanne Mulder, jeugdconsulent, Sociaal Wijkteam Dordrecht', 'Vaste deelnemer: Hasan Yıldırım, Sociaal Wijkteam Dordrecht',
 'Gedragsdeskundige geraadpleegd: drs. Anke de Vries-Bos, orthopedagoog Jeugdbescherming West', 'de jeugdarts van de GGD', 'gezinsvoogd van Jeugdbescherming West',
 'huisarts heeft verwezen', 'POH-GGZ van de praktijk', 'de intern begeleider (IB) van de Johannes Calvijnschool', 'mentor havo 3', 'wijkagent Crabbehof',
 'de casemanager van Veilig Thuis', 'raadsonderzoeker', 'de schuldhulpverlener van de Kredietbank', 'jeugdverpleegkundige CB', 'kinderarts ASZ',
 'Inbrenger: Samira el Idrissi, gezinscoach, Sociaal Wijkteam Zwijndrecht', 'Vaste deelnemer: Teun Kraak, Veilig Thuis Zuid-Holland Zuid',
 'Gedragswetenschapper geraadpleegd: Ja, Ruud Verbaan (GZ-psycholoog, Enver)', 'behandelaar van Eleos', 'trajectbegeleider VluchtelingenWerk',
 'de leerplichtambtenaar', 'ambulant begeleider De Hoop', 'verloskundige', 'kraamverzorgende Rivas', 'de ouderling (namens de kerkenraad)',
 'tolk Tigrinya via de tolkentelefoon', 'consulent Drechtsteden Sociale Dienst', 'de zorgcoördinator van het Insula College', 'wijkverpleegkundige',
 'Inbrenger: M. Boeve, jeugdconsulent, gemeente Molenlanden']:
    a('PROFESSIONAL', s)
for s in ['Jeugdige is 14 jaar.', 'H. (2012), 14 jr', 'jongste 8 mnd', 'broertje (6) zit in groep 3', 'Moeder is 19 jaar.', 'Oudste is 17, jongste is 2.',
 '11 kinderen tussen 1 en 21 jaar', 'K. wordt in maart 16.', 'S: meisje, 15 jr', 'ZWANGER, 16 JAAR', 'baby van 9 weken', 'twee pubers van 13 en 15',
 'Vader (1981) is 45.', 'tweeling van 4', 'Oma is 82 en dement.', 'leeftijd 12;3 jaar', 'nog geen 18', 'J. (2011) wordt 15 deze maand',
 'Zus is meerderjarig (19).', 'Kind is 3,5 jaar en praat nauwelijks.']:
    a('AGE', s)
for s in ['Veilig Thuis 0800-2000', 'Bel 112 bij direct gevaar.', 'Kindertelefoon 0800-0432', '113 Zelfmoordpreventie: 0800-0113', 'VHT-2026-0057',
 'Eerder besproken als VHT-2025-0311.', 'KvK 24383124 (Stichting)', 'AGB-code 94061234', 'methylfenidaat 3 dd 10 mg', 'Score 3/10',
 'SDQ totaal 21 (verhoogd)', 'ARIJ: 4 risicofactoren', 'huurachterstand € 4.350', 'code GED-3 / INC-2 (LVS)', 'Centrale post Rivas 088-0051000',
 'schuld 12.000 euro bij 9 schuldeisers', 'medicatie: sertraline 50 mg 1 dd', 'Politie 0900-8844', '14 078 gemeente Dordrecht', 'Apgar 9/10']:
    a('ORG_NUMBER', s)

# ---------- write
rows = [('BLOCK', c, ' || '.join(sp), s) for c, sp, s in B] + [('ALLOW', c, '-', s) for c, s in A]
R2 = random.Random(57)
R2.shuffle(rows)
with open(os.path.join(HERE, '..', 'sentences.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, r in enumerate(rows, 1):
        fh.write('B57-%03d\t%s\n' % (i, '\t'.join(r)))
print(len(B), len(A))
