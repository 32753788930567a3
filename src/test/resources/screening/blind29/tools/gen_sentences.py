#!/usr/bin/env python3
"""Generate ../sentences.tsv for blind set 29 (fixed seed; re-run reproduces the file byte for byte)."""
import os, random

R = random.Random(2929)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'sentences.tsv')

def bsn():
    while True:
        d = [R.randint(0, 9) for _ in range(8)]
        if d[0] == 0: continue
        s = sum(w * x for w, x in zip(range(9, 1, -1), d))
        last = s % 11
        if last < 10:
            return ''.join(map(str, d + [last]))

def iban(cc, bank, nacc):
    acc = bank + ''.join(str(R.randint(0, 9)) for _ in range(nacc))
    num = ''.join(str(int(c, 36)) for c in acc + cc + '00')
    chk = 98 - int(num) % 97
    return cc + '%02d' % chk + acc

def grp(s):
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))

B = []  # (category, spans list, sentence)
A = []  # (category, sentence)

# ---------------------------------------------------------------- NAME (100)
NAMES = [
 (['kacper', 'zuzia', 'oliwka'], 'kids: kacper, zuzia, oliwka - alle 3 thuis bij ma'),
 (['Trees'], 'oma Trees past op de jongste als ma nachtdienst heeft'),
 (['Hadders'], 'Hadders zelf (pa) wil niet praten over de ruzie'),
 (['geert'], 'geert (vriend van ma) slaapt er 3-4 nachten p/w'),
 (['Wubs'], 'Buurvrouw mevr. Wubs hoorde geschreeuw en belde de politie.'),
 (['Ionuț'], "Ionuț's vader zit in Roemenië voor werk"),
 (['dimitar'], 'dimitar (17) neemt zorg voor broertjes over, te veel'),
 (['Zwiers'], 'Fam. Zwiers woont al 20 jr in het dorp, bekend bij iedereen'),
 (['Bas Tiesinga'], 'Stiefvader Bas Tiesinga heeft een contactverbod sinds okt.'),
 (['Nour'], 'ma zegt dat Nour (zus van pa) de kinderen soms meeneemt naar Assen'),
 (['"Mimi"'], 'kleinste wordt thuis "Mimi" genoemd, is erg teruggetrokken'),
 (['Ahmad Zai'], 'vader: Ahmad Zai, spreekt Dari, tolk nodig'),
 (['KUIPERS'], 'GESPREK MET KUIPERS (OPA) GAAT NIET DOOR'),
 (['lubbers'], 'afspr. met lubbers verzet, pa was ziek'),
 (['Mulder'], 'volgens Mulder (buurman) zijn de kinderen vaak alleen thuis'),
 (['Drenth'], 'Vader (Drenth) werkt in ploegendienst bij de suikerfabriek.'),
 (['Gosia'], 'Gosia ziet haar moeder alleen in het weekend.'),
 (['Wojciech'], 'hb gedaan, Wojciech was dronken, gesprek afgebroken'),
 (['Stoyan'], 'Stoyan en ma hebben weer ruzie gehad om geld'),
 (['yasmin'], 'yasmin is stil op school, wil niet naar huis na de les'),
 (['Abdulrahman'], 'Abdulrahman (oom) heeft tijdelijk de zorg in Hoogezand'),
 (['Khadija'], 'Khadija kookt voor het hele gezin, ze is pas 13'),
 (['Wim'], 'opa wim rijdt de kids naar school in Zuidlaren'),
 (['j. hadders'], 'melding door j. hadders, oom van moederskant'),
 (['R. Tiesinga'], 'Gesprek met dhr. R. Tiesinga (opa) op 12-11: wil helpen met vervoer.'),
 (['Anja Lubbers-Drenth'], 'Moeder: Anja Lubbers-Drenth'),
 (['Piotr', 'Agnieszka'], 'ouders piotr en agnieszka, beiden werkzaam in de kassen'),
 (['Rahima'], "Rahima's oudste zoon zit in Kabul"),
 (['Samir'], 'samir (ex van ma) stond weer voor de deur, 2x deze week'),
 (['Fenna'], 'Tante Fenna uit Gieten is het vangnet.'),
 (['"Jantje"'], 'pa noemt de jongste "Jantje", zijn lievelingetje, de andere kids voelen zich achtergesteld'),
 (['Harm'], 'harm is weer opgenomen (pa), 3e keer dit jaar'),
 (['Wubs'], 'Wubs zei: ik sla nooit mijn kinderen'),
 (['Elif'], 'broertjes + Elif (vriendin zus) logeren vaak'),
 (['Mohammed Al-Ahdal'], 'Vader Mohammed Al-Ahdal heeft status, moeder nog niet.'),
 (['Fatima'], 'fatima wil terug naar haar tante, zegt ze'),
 (['Ghulam'], 'ghulam (opa) beslist alles in huis'),
 (['Radu'], 'Radu is 2 dgn niet thuis geweest, ma wist niet waar'),
 (['Zwiers'], 'Juf vertelde dat Zwiers (moeder) dronken op het schoolplein stond'),
 (['Marieke'], 'buurvrouw marieke vangt de kinderen na school op'),
 (['Gerrit Mulder'], 'GERRIT MULDER (STIEFVADER) WEIGERT HULP'),
 (['Ewa'], 'Ewa en de kinderen zijn naar de opvang gegaan'),
 (['Nadia'], 'nadia heeft blauwe plekken op arm, zegt gevallen'),
 (['Milen'], 'milen heeft een enkelband'),
 (['Sanne'], 'Jeugdige zegt dat Sanne (vriendin) haar eten geeft'),
 (['Lubbers'], 'contact met pa Lubbers loopt via advocaat'),
 (['Kuipers'], "Kuipers' nieuwe vriendin is zwanger"),
 (['Hamid'], 'Hamid (17) is de tolk van het gezin'),
 (['Ali'], 'Ali werkt zwart, geld gaat naar familie in Sana\'a'),
 (['Daria'], 'Daria zit in groep 7 en mist veel'),
 (['Henk', 'Tineke'], 'opa Henk en oma Tineke willen pleegouder worden'),
 (['Amina'], 'Zus Amina (19) woont in Emmen en kan opvangen.'),
 (['Tiesinga'], 'de vriend van ma heet Tiesinga, verder onbekend'),
 (['Kowalczyk'], 'fam. Kowalczyk is terug uit Polen sinds sept.'),
 (['Ivanova'], 'Mevrouw Ivanova is zwanger, 28 wk'),
 (['Popescu'], 'POPESCU (VADER) IS VERTROKKEN NAAR DUITSLAND'),
 (['Al-Hamdani'], 'vader Al-Hamdani wil geen vrouwelijke hulpverlener'),
 (['Rasuli'], 'Rasuli werd in okt. aangehouden door de politie'),
 (['Hadders'], 'gesprek ma + Hadders gepland, pa komt waarschijnlijk niet'),
 (['Jelle'], 'ex-partner Jelle heeft gedreigd met meenemen van de kinderen'),
 (['Sjaak'], 'Oom Sjaak levert drugs, zegt de oudste'),
 (['Lina'], 'Lina slaapt bij de buren als het thuis misgaat'),
 (['Marta'], 'marta (13) schrijft in haar schrift dat ze dood wil'),
 (['Bogdan'], 'bogdan drinkt sinds ontslag bij de vleesfabriek'),
 (['Ivo'], 'Ivo heeft geen contact meer met zijn moeder'),
 (['Leila'], 'Leila is met haar moeder uit het azc vertrokken'),
 (['Omar'], 'omar slaat zijn broertje volgens school'),
 (['Yousef'], 'Pa (Yousef) werkt op een kippenboerderij in Borger.'),
 (['Denise'], 'Vriendin Denise van moeder is ook bekend bij VT'),
 (['Roelf'], 'roelf (pa) heeft een jachtgeweer in huis!!'),
 (['Annie'], 'Oma annie uit Exloo kan niet meer, ze is 81'),
 (['Stefan'], 'Stefan kwam aan het einde van het gesprek binnen en werd boos'),
 (['Katarzyna'], 'Katarzyna spreekt geen Nederlands, dochter tolkt'),
 (['Zainab'], 'zainab mag niet naar buiten van haar broer'),
 (['Hasan'], 'Hasan (broer) controleert telefoon van de meisjes'),
 (['Jannes'], 'mail van school: Jannes is 3x te laat deze week'),
 (['Klaas Kuipers'], 'Grootvader van moederszijde: Klaas Kuipers'),
 (['Mustafa'], 'gesprek met Mustafa geweest, ontkent alles'),
 (['"Bolle"'], 'de oudste wordt op school "Bolle" genoemd, wordt gepest'),
 (['Mila'], 'Mila (4) gaat naar de peuteropvang in Veendam'),
 (['Drenth'], 'Overleg met mw. Drenth van het wijkteam: zij ziet de kinderen wekelijks.'),
 (['Hendriks'], 'Jeugdarts Hendriks belde over de groeicurve van de baby.'),
 (['Wiebenga'], 'huisarts wiebenga wil een verwijzing naar Accare'),
 (['sami', 'mira'], 'kids: sami (9), mira (6)'),
 (['Mihai', 'Elena'], 'MIHAI EN ELENA WONEN BIJ DE OUDERS VAN MA'),
 (['Jan-Willem'], 'Jan-Willem (pa) is opgenomen bij GGZ Drenthe'),
 (['Tamara'], 'Tamara haalt de kinderen niet meer op'),
 (['Wubs'], 'Getuige: Wubs, buurman links'),
 (['Noor'], 'Noor heeft vanuit huis een filmpje gedeeld van de ruzie'),
 (['Hilal'], 'ma noemt Hilal "mijn kleine prinses"'),
 (['Spiros'], 'spiros (vriend van de oudste) dealt volgens de politie'),
 (['Ilse Zwiers'], 'Gesprek met tante (Ilse Zwiers) bij haar thuis.'),
 (['Tahmina'], 'tahmina schrijft in het Dari dat ze bang is'),
 (['Nikolai'], 'Nikolai heeft de voogdij aangevraagd in Bulgarije'),
 (['Joop'], 'ex van oma, Joop, woont weer in huis'),
 (['Dirk'], 'ook Dirk (halfbroer, 21) is bekend met drugs'),
 (['Aisha'], 'met aisha afgesproken dat zij de nachten niet alleen is'),
 (['Lubbers'], 'kopie van dit verslag niet naar Lubbers sturen i.v.m. dreiging'),
 (['Tomasz'], 'Tomasz belde dronken naar school om de kinderen op te halen'),
 (['"Sjonnie"'], 'vriend van pa, "Sjonnie", logeert er met zijn honden'),
]
for s, t in NAMES: B.append(('NAME', s, t))

# ---------------------------------------------------------------- BIRTHDATE (18)
BD = [
 ('14-03-2012', 'oudste is van 14-03-2012'),
 ('drie mei tweeduizend vijftien', 'de jongste is van drie mei tweeduizend vijftien (zegt ma)'),
 ('12 juni 2010', 'geboren 12 juni 2010 in Damascus'),
 ('2-9-2019', 'geb. 2-9-2019, kind is klein voor leeftijd'),
 ('30/11/2013', 'Geboortedatum: 30/11/2013'),
 ('2014-08-21', 'DOB 2014-08-21'),
 ('17 jan. 2016', 'K. (17 jan. 2016) zit in groep 6'),
 ('11.04.2011', 'zoon is van 11.04.2011, 15 jaar dus'),
 ('negen december 2017', 'baby 2: negen december 2017'),
 ('28-2-08', 'oudste geb. 28-2-08, zit op het Dr. Nassau College'),
 ('05 10 2015', 'geboortedatum jongste 05 10 2015'),
 ('23 augustus 1991', 'moeder is geboren op 23 augustus 1991 in Ploiești'),
 ('7-7-2020', 'A. (7-7-2020)'),
 ('20120119', 'gebdat 20120119'),
 ('1 februari 2013', 'R. is 1 februari 2013 geboren, in het azc in Ter Apel'),
 ('19-10-2018', 'GEBOREN 19-10-2018'),
 ('eenendertig maart 2011', 'de oudste is van eenendertig maart 2011'),
 ('4 nov 2014', 'jarig: ja, 4 nov 2014 geboren'),
]
for v, t in BD: B.append(('BIRTHDATE', [v], t))

# ---------------------------------------------------------------- ID_NUMBER (14)
IDS = [
 ('4471902', 'Martini 4471902, opname kinderafdeling'),
 ('W-882140', 'WZA W-882140 (dochter, SEH)'),
 ('T1187733', 'bekend bij treant, T1187733'),
 ('Z-2026-11482', 'dossier VT Drenthe Z-2026-11482'),
 ('ACC 55012', 'accare ACC 55012 (intake gedaan)'),
 ('V-nr 3394 1177 2', 'vader heeft V-nr 3394 1177 2 bij COA'),
 ('EK7492H15', 'paspoort moeder EK7492H15 ligt bij de ex'),
 ('LN 20448', 'leerlingnr. LN 20448'),
 ('JBN-44719', 'Jeugdbescherming Noord JBN-44719'),
 ('PL4418802', 'Poolse ID-kaart: PL4418802'),
 ('YOR/7731', 'yorneo YOR/7731, kamertraining'),
 ('clientnr 600281', 'Lentis clientnr 600281 (moeder)'),
 ('88410273', 'patiëntnummer van de jongste bij het UMCG: 88410273'),
 ('2026/04471', 'politiezaak 2026/04471 (mishandeling pa)'),
]
for v, t in IDS: B.append(('ID_NUMBER', [v], t))

# ---------------------------------------------------------------- ADDRESS (11)
AD = [
 ('Vaart Zuidzijde 41', 'woont Vaart Zuidzijde 41, Assen (boven de winkel)'),
 ('Hoofdstraat 212a', 'adres: Hoofdstraat 212a Emmen'),
 ('Schutstraat 9', 'ma verblijft bij vriendin op Schutstraat 9 in Hoogeveen'),
 ('Navolaan 17-2', 'navolaan 17-2 stadskanaal, flat zonder lift'),
 ('Stationsweg 88', 'Oma woont Stationsweg 88, Zuidlaren.'),
 ('Kerkstraat 3', 'nieuw adres pa: Kerkstraat 3 Veendam'),
 ('Prinsengracht 26 B', 'huisbezoek Prinsengracht 26 B Meppel gedaan'),
 ('Kapelstraat 14', 'KAPELSTRAAT 14, COEVORDEN'),
 ('Hoofdweg 301', 'gezin zit nu op hoofdweg 301 in Nieuw-Amsterdam'),
 ('Zuiderdiep 150', 'kinderen slapen bij oom, Zuiderdiep 150 Valthermond'),
 ('Molenstraat 7', 'adres | Molenstraat 7, Gieten'),
]
for v, t in AD: B.append(('ADDRESS', [v], t))

# ---------------------------------------------------------------- POSTCODE (11)
PC = [
 ('9401 HK', 'pc 9401 HK'), ('7811cv', 'ma zit nu in 7811cv'), ('7902 AL', 'postcode 7902 AL (oma)'),
 ('9641KR', 'nieuwe woning 9641KR, sleutel 1-12'), ('9501 TD', 'Post gaat naar 9501 TD, niet naar huis'),
 ('7941 BN', 'postcode | 7941 BN'), ('9471 AB', 'vader ingeschreven op 9471 AB Zuidlaren'),
 ('7741 CD', 'POSTCODE 7741 CD'), ('9611 ht', 'pc 9611 ht (tijdelijk)'), ('9561 AA', 'brieven naar 9561 AA ter apel'),
 ('7887 XL', 'opa en oma: 7887 XL'),
]
for v, t in PC: B.append(('POSTCODE', [v], t))

# ---------------------------------------------------------------- BSN (11)
BSNT = ['bsn {}', 'BSN moeder: {}', 'burgerservicenr oudste {}', '{} (bsn jongste)', 'sofi/bsn pa {}',
        'BSN {}', 'bsn baby {} - aangevraagd via gemeente', 'bsn: {}', 'BSN van de zus is {}', 'bsn stiefvader {}',
        'nummer bij gemeente {} (bsn)']
for i, t in enumerate(BSNT):
    v = bsn()
    if i == 1: v = v[:4] + '.' + v[4:6] + '.' + v[6:]
    elif i == 3: v = v[:3] + ' ' + v[3:6] + ' ' + v[6:]
    elif i == 5: v = v[:3] + '-' + v[3:6] + '-' + v[6:]
    elif i == 8:
        while True:
            d = [R.randint(0, 9) for _ in range(8)]
            if d[0] and (sum(w * x for w, x in zip(range(8, 1, -1), d[:7])) - d[7]) % 11 == 0:
                v = ''.join(map(str, d)); break
    B.append(('BSN', [v], t.format(v)))

# ---------------------------------------------------------------- PHONE (11)
PH = [('06-41927730', 'ma bereikbaar op 06-41927730'), ('0592-371884', 'oma 0592-371884'),
      ('+48 601 448 219', 'pa (Polen) +48 601 448 219'), ('06 18 44 02 71', 'tel vriend 06 18 44 02 71'),
      ('0591 648213', 'Vast nummer: 0591 648213'), ('+359 88 741 2290', 'oom in Bulgarije: +359 88 741 2290'),
      ('0528-27 41 93', 'buurvrouw 0528-27 41 93 (bellen bij nood)'), ('+31 6 5521 8890', 'nieuw nr. pa +31 6 5521 8890'),
      ('0599 614 772', 'tante 0599 614 772'), ('+40 722 318 405', 'ex belt uit Roemenië vanaf +40 722 318 405'),
      ('0031 6 27718840', 'WhatsApp moeder 0031 6 27718840')]
for v, t in PH: B.append(('PHONE', [v], t))

# ---------------------------------------------------------------- EMAIL (9)
EM = [('kasia.w1987@gmail.com', 'mail ma: kasia.w1987@gmail.com'),
      ('stoyan_iv@abv.bg', 'pa mailt vanaf stoyan_iv@abv.bg'),
      ('hadders.familie@hotmail.nl', 'hadders.familie@hotmail.nl (oma leest mee)'),
      ('rahimarasuli88@outlook.com', 'E-mail moeder: rahimarasuli88@outlook.com'),
      ('mulder-gerrit@kpnmail.nl', 'stiefvader: mulder-gerrit@kpnmail.nl'),
      ('elenapop.ro@yahoo.com', 'brief ook naar elenapop.ro@yahoo.com sturen'),
      ('zwiers1979@ziggo.nl', 'zwiers1979@ziggo.nl is het adres van pa'),
      ('yasmin.2011@hotmail.com', 'dochter mailt school via yasmin.2011@hotmail.com'),
      ('tiesinga.b@home.nl', 'contact ex: tiesinga.b@home.nl')]
for v, t in EM: B.append(('EMAIL', [v], t))

# ---------------------------------------------------------------- IBAN (9)
IB = []
v = iban('NL', 'RABO', 10); IB.append((v, 'kinderbijslag gaat naar ' + v))
v = grp(iban('NL', 'INGB', 10)); IB.append((v, 'rek.nr moeder ' + v))
v = iban('PL', '', 24); IB.append((v, 'pa stuurt geld naar ' + v))
v = grp(iban('BG', 'UNCR', 14)); IB.append((v, 'IBAN oom (BG): ' + v))
v = grp(iban('RO', 'BTRL', 16)); IB.append((v, 'rekening in Roemenië ' + v))
v = iban('NL', 'ABNA', 10).lower(); IB.append((v, 'iban ' + v + ' (op naam van oma)'))
v = grp(iban('NL', 'SNSB', 10)); IB.append((v, 'Toeslagen naar ' + v + ', niet van ma'))
v = iban('NL', 'ASNB', 10); IB.append((v, 'Betaling bewindvoering: ' + v))
v = grp(iban('NL', 'BUNQ', 10)); IB.append((v, 'stiefvader leent geld, rekening ' + v))
for v, t in IB: B.append(('IBAN', [v], t))

# ---------------------------------------------------------------- URL (6)
UR = [('https://www.tiktok.com/@zuzia.k_2012', 'oudste post filmpjes op https://www.tiktok.com/@zuzia.k_2012'),
      ('facebook.com/anja.lubbers.5', 'ma schelt ex uit op facebook.com/anja.lubbers.5'),
      ('instagram.com/hamid_emmen17', 'insta van zoon: instagram.com/hamid_emmen17'),
      ('https://vk.com/bogdan.kow', 'pa: https://vk.com/bogdan.kow'),
      ('www.snapchat.com/add/mila.hadders', 'snap: www.snapchat.com/add/mila.hadders'),
      ('https://www.youtube.com/@stoyanvlogs', 'vader vlogt over de zaak op https://www.youtube.com/@stoyanvlogs')]
for v, t in UR: B.append(('URL', [v], t))

# ---------------------------------------------------------------- PLACE (50)
PL = ['verhuisd van Eext naar Anloo', 'ma komt uit Gasselte', 'zomer bij oma in Exloo', 'gezin woonde eerder in Dalen',
 'school in Oosterhesselen', 'oudste werkt in Zweeloo op de boerderij', 'Havelte: daar woont de zus van pa',
 'gevlucht uit Aleppo via Turkije', 'ze komen uit Herat', 'familie in Taiz (Jemen)', 'zomer naar Plovdiv',
 'pa werkt in Kraków', 'eerder gewoond in Constanța', 'via Ter Apel naar Emmen', 'opgegroeid in Klazienaveen',
 'ma woont nu in Borger', 'VERHUIST NAAR WESTERBORK', 'kerst in Nieuw-Amsterdam bij familie', 'ze logeren in Coevorden',
 'vakantie in Sofia was onrustig', 'kind zat in Schoonebeek op school', 'broer woont in Hoogezand-Sappemeer',
 'tijdelijk in Veendam bij vrienden', 'naar Zuidlaren op kamp', 'oma komt uit Tynaarlo', 'wijk Pittelo, Assen',
 'Angelslo (Emmen) is de wijk', 'zit in Bargeres', 'in de Krakeel in Hoogeveen', 'Ze wonen in Gieten, vlak bij de brink',
 'pa verblijft in Duitsland, bij Meppen', 'naar Stadskanaal verhuisd in de zomer', 'hun dorp: Wildervank',
 'Meppel centrum', 'vader naar Lublin voor begrafenis', 'familie zit in Kandahar en Kabul', 'komen uit Idlib',
 'ma is geboren in Bucureşti', 'oom woont in Varna', 'Vriendin woont in Eelde', 'vakantie Ameland', 'ze waren in Roden',
 'Peize', 'kampeerweekend in Schoonoord', 'naar Odoorn voor de voetbal', 'Noord-Sleen', 'wonen aan de rand van Annen',
 'familie in Sana\'a en Aden', 'vanuit Wrocław naar Drenthe gekomen', 'jongste logeert in Orvelte']
for t in PL: A.append(('PLACE', t))

# ---------------------------------------------------------------- INSTITUTION (50)
INS = ['Treant locatie Emmen (kinderafdeling)', 'opname Wilhelmina Ziekenhuis Assen', 'SEH martini ziekenhuis',
 'intake GGZ Drenthe', 'Lentis (moeder, ambulant)', 'accare wachtlijst 14 wk', 'Yorneo kamertraining', 'Elker (MST)',
 'melding bij Veilig Thuis Drenthe', 'jeugdbescherming noord heeft de OTS', 'COA Ter Apel', 'azc Emmen',
 'Dr. Nassau College', 'CS Vincent van Gogh (Assen)', 'Menso Alting school', 'Esdal College', 'Terra Assen',
 'RSG Wolfsbos Hoogeveen', 'Ulbe van Houten school', 'obs Prinses Margriet', 'Beatrixschool in Gieten',
 'Willem Lodewijk Gymnasium', 'Ubbo Emmius', 'Dollard College', 'De Kei (SO)', 'Vitalis College',
 'Cosis (ondersteuning)', "Kinderopvang 't Kaboutertje", 'Humanitas Drenthe', 'Leger des Heils (Noord)',
 'Moskee Assalam', 'Poolse kerk in Emmen (mis op zondag)', 'Domesta (woningbouw)', 'Actium', 'Woonservice Drenthe',
 'Lefier', 'Politie Drenthe, basisteam Assen', 'Rechtbank Noord-Nederland', 'Raad voor de Kinderbescherming Groningen',
 'Icare JGZ', 'GGD Drenthe', 'UMCG (Beatrix Kinderziekenhuis)', 'Verslavingszorg Noord Nederland', 'Vanboeijen',
 'Cosis en De Trans', 'vv Titan in Emmen', 'Sportclub Borger', 'Zuidlaarder voetbalclub',
 'CJG Hoogeveen', 'Stichting Zorgkompas']
for t in INS: A.append(('INSTITUTION', t))

# ---------------------------------------------------------------- EVENT_DATE (30)
EV = ['melding VT op 14-03-2026', 'huisbezoek 3 november 2026', 'politie was er op 12-10-2026 om 23.40', 'opname 2026-09-21',
 'zitting rechtbank 11/12/2026', 'consultatiebureau 2-11-2026: baby groeit goed', 'OTS verlengd per 17-07-2026',
 'ruzie was op vrijdag 23 okt.', 'netwerkberaad do 19-11', 'laatste contact met pa 28-2-2026',
 'Koningsdag: pa dronken in het dorp', 'na de herfstvakantie gaat het slechter', 'gesprek school ma 9/11', 'wk 46 HB',
 'incident 31-8-2026 (schoolreis)', 'intake accare 20 januari 2026', 'huisarts 1 oktober', 'Ramadan periode rustiger',
 'vlucht vanuit Syrië in 2015, Nederland in 2016', 'aangifte 04-11-2026', 'eerste melding: maart 2023',
 'VHT-bespreking op 24-11-2026 om 9.30', 'ontslag uit de kliniek 15-10-26', 'baby 2 wkn controle op 27-10-2026',
 'jarig geweest vorige week, feestje ging mis', 'suikerfeest 2026 was fijn volgens de kids', 'zitting 08-12-2026',
 'kraamzorg tot 19-9', 'verhuizing gepland 1-1-2027', 'brand in de woning, 5 november 2026']
for t in EV: A.append(('EVENT_DATE', t))

# ---------------------------------------------------------------- PROFESSIONAL (30)
PR = ['Inbrenger: Roel Akkerman, wijkcoach, Toegang Emmen', 'Vaste deelnemer: Sietske Boerema, gemeente Assen',
 'Gedragsdeskundige geraadpleegd: Farah Nadeem, orthopedagoog Elker', 'de jeugdarts van de GGD',
 'gezinsvoogd van Jeugdbescherming Noord', 'wijkagent Coevorden', 'huisarts', 'de mentor van de oudste',
 'de IB-er van de basisschool', 'tolk Dari via de tolkentelefoon', 'casemanager COA', 'kraamverzorgende',
 'JGZ-verpleegkundige', 'behandelaar GGZ Drenthe', 'psychiater Lentis', 'ambulant hulpverlener Yorneo',
 'schoolmaatschappelijk werk', 'leerplichtambtenaar', 'bewindvoerder', 'jeugdverpleegkundige Icare',
 'Inbrenger: Dragan Petrović, gezinscoach, Sociaal Team Coevorden', 'Vaste deelnemer: Hennie Oldenhuis, Veilig Thuis Drenthe',
 'Gedragsdeskundige geraadpleegd: ja, GZ-psycholoog van Accare', 'raadsonderzoeker RvdK',
 'de wijkcoach (ik)', 'verloskundige', 'kinderarts van het Martini', 'de begeleider van Cosis', 'woonconsulent Domesta',
 'INBRENGER: TJITSKE VEENSTRA, JEUGDCONSULENT, GEMEENTE MIDDEN-DRENTHE']
for t in PR: A.append(('PROFESSIONAL', t))

# ---------------------------------------------------------------- AGE (20)
AG = ['oudste 14 jr', 'kids: 3, 7 en 11 jaar', 'baby 6 wkn', 'M. (2012) is 14', 'jongste net 2', 'zoon 17, bijna 18',
 'ma is 23', 'pa 41 jaar', 'opa 78', 'J. (2014), 12 jaar, groep 8', 'tweeling van 9', 'zwanger 30 weken',
 'de oudste wordt 16 in maart', 'kind van 4 mnd', 'broertje (2019)', 'moeder (1992)', 'zus 19 jr, woont zelfstandig',
 'jongste is 8 maanden', 'oudste is 13 en zegt dat ze 15 is', 'Leeftijden 5, 8, 10 en 15']
for t in AG: A.append(('AGE', t))

# ---------------------------------------------------------------- ORG_NUMBER (20)
ON = ['VT 0800-2000 gebeld', 'ma belt 112 bij dreiging', 'Kindertelefoon 0800-0432 gegeven aan de oudste',
 'VHT-2026-0417', 'vervolg op VHT-2025-0233', '113 bij suïcidale gedachten', 'methylfenidaat 10 mg 2 dd',
 'score 3/10', 'ARIJ: hoog risico', 'schuld ca. 14.500 euro', 'KvK Elker 01081423', 'AGB-code 94057231',
 'blaastest 0,8 promille', 'VT Drenthe 0800 2000', 'huiselijk geweld: 20 meldingen in wijk per jaar',
 'huurachterstand 4 mnd (ca. 2600 euro)', 'politie 0900-8844', 'gewicht baby P3', 'sertraline 50 mg', 'EDPS 17 punten']
for t in ON: A.append(('ORG_NUMBER', t))

def literal(sp, t):
    # spans are written in their dictionary form; take the substring exactly as it is written in the line
    if sp in t: return sp
    k = t.lower().find(sp.lower())
    assert k >= 0, (sp, t)
    return t[k:k + len(sp)]
B = [(c, [literal(x, t) for x in s], t) for c, s, t in B]
rows = [(c, ' || '.join(s), t) for c, s, t in B] + [(c, None, t) for c, t in A]
R.shuffle(rows)
with open(OUT, 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, (c, s, t) in enumerate(rows, 1):
        fh.write('B29-%03d\t%s\t%s\t%s\t%s\n' % (i, 'ALLOW' if s is None else 'BLOCK', c, '-' if s is None else s, t))
print('wrote', len(rows))
