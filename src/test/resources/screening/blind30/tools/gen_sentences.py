#!/usr/bin/env python3
"""Generates ../sentences.tsv (fixed seed). Run: python3 tools/gen_sentences.py"""
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import make_bsn, make_iban, group4, not_elf

rng = random.Random(3030)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sentences.tsv')
rows = []  # (expect, category, [spans], sentence)
def B(cat, spans, s): rows.append(('BLOCK', cat, spans if isinstance(spans, list) else [spans], s))
def A(cat, s): rows.append(('ALLOW', cat, [], s))

# ------------------------------------------------------------------ NAME (100)
N = [
 ('Teunis Verhoef', 'moeder zegt dat Teunis Verhoef gisteren weer voor de deur stond punt'),
 ('Dirkje', 'oma Dirkje uit Sliedrecht haalt de kinderen op dinsdag op van school'),
 ('Leendert de Bruijn', 'Vader (Leendert de Bruijn) weigert contact met het wijkteam.'),
 ('Kloos', 'Fam. Kloos heeft de voordeur niet opengedaan bij het huisbezoek.'),
 ('marrigje', 'tante marrigje past soms op komma maar drinkt zelf ook veel'),
 ('Edson Fortes', 'Stiefvader Edson Fortes is sinds oktober weer in beeld.'),
 ('Djenifer', 'Djenifer (zus van moeder) vangt J. op als het thuis escaleert.'),
 ('Nelsa Semedo', 'Moeder, Nelsa Semedo, geeft aan dat zij geen hulp wil van Jeugdbescherming west.'),
 ('LOPES TAVARES', 'GEZIN LOPES TAVARES - GEEN INSTEMMING ONTVANGEN'),
 ('Ailton', 'Ailton (oudste broer, 19) woont nog thuis en blowt dagelijks.'),
 ('Shurandy', 'Volgens school heeft Shurandy het jongere kind geslagen op het plein.'),
 ('Rignaldo Martina', 'Ex-partner Rignaldo Martina heeft een contactverbod sinds de zomer.'),
 ('Isenia', 'Dhr. Isenia is de biologische vader van beide kinderen.'),
 ('Giselle', "Giselle's vriend slaapt er een paar nachten per week."),
 ('Cijntje', 'mw cijntje gebeld ivm afspraak; ze nam niet op. -> bedoeld: mw. Cijntje'),
 ('Hodan Warsame', 'Hodan Warsame (moeder) spreekt weinig Nederlands, tolk geregeld.'),
 ('Abdirahman', 'Vader Abdirahman verblijft deels in Birmingham bij familie.'),
 ('Faadumo', 'oma faadumo zorgt overdag voor de baby -> Faadumo'),
 ('Jama', 'Meneer Jama zegt dat zijn vrouw overdrijft.'),
 ('Ayaan', '[14:02] Ayaan: ik wil niet naar huis vanavond'),
 ('Emre Kılıç', 'Emre Kılıç, de nieuwe partner van moeder, heeft een strafblad.'),
 ('Zeynep', 'Zeynep (12) vertelt dat papa boos wordt om kleine dingen.'),
 ('Aksoy', 'Familie Aksoy is al bekend bij Veilig Thuis sinds 2022.'),
 ('Burak', 'burak haalt zijn zusje soms niet op van de opvang'),
 ('Elif Şahin', 'Tante Elif Şahin uit Zwijndrecht biedt aan om logeerplek te zijn.'),
 ('Zarmina Ahmadzai', 'Moeder Zarmina Ahmadzai heeft PTSS-klachten na de vlucht.'),
 ('Farid Noorzai', 'FARID NOORZAI (VADER) HEEFT HET HUIS VERLATEN NA RUZIE'),
 ('Gulalai', 'gulalai is het nichtje dat soms komt tolken'),
 ('Mirwais', 'De oudste, Mirwais, moet van vader voor zijn zussen zorgen.'),
 ('Oksana Kovalenko', 'Oksana Kovalenko (moeder) werkt in de kassen in Westmaas.'),
 ('Bohdan', 'Bohdan is met de andere kinderen uit Charkiv gevlucht.'),
 ('Mykola Shevchuk', 'opa mykola shevchuk is in Oekraïne gebleven -> Mykola Shevchuk'),
 ('Iryna', 'Iryna (ex van vader) heeft nog contact met de jongste.'),
 ('Tkachenko', 'Mevr. Tkachenko heeft de afspraak twee keer afgezegd.'),
 ('Sterk', 'Dhr. Sterk wil niet dat de kinderen naar Rivas gaan.'),
 ('Boer', 'Volgens mw. Boer is er niets aan de hand thuis.'),
 ('Baan', 'Opa Baan heeft de kinderen uit huis gehaald na de ruzie.'),
 ('van Wijngaarden', 'buurvrouw van Wijngaarden belde de politie om 23.40 uur'),
 ('Gerrit', 'Gerrit (stiefvader) gebruikt cocaïne in het weekend.'),
 ('Adrie Kloosterman', 'Moeders vriend Adrie Kloosterman slaapt er regelmatig.'),
 ('Willemijn', 'Willemijn zegt op school dat ze bang is voor haar vader.'),
 ('Kees', 'opa kees rijdt de kinderen dronken naar de sportclub'),
 ('Jaap', 'Jaap (oom) heeft eerder een taakstraf gehad wegens geweld.'),
 ('Verhoef-Kraaijeveld', 'Moeder (mw. Verhoef-Kraaijeveld) wil eerst met haar advocaat praten.'),
 ('A.J. de Bruijn', 'Brief gestuurd aan A.J. de Bruijn, zonder reactie.'),
 ('Sanne', "Sanne's vader is niet in beeld."),
 ('Marinus', 'Het buurjongetje Marinus zag hoe vader moeder duwde.'),
 ('Lotte Baan', 'Lotte Baan (halfzus, 17) wil de jongste kinderen bij zich nemen.'),
 ('Hanneke', 'Vriendin van moeder, Hanneke, is aanwezig geweest bij het netwerkberaad.'),
 ('Bas Sterk', 'BAS STERK (STIEFBROER) BEDREIGT MOEDER VIA WHATSAPP -> Bas Sterk'),
 ('Gijs', 'kind vertelt dat gijs hem opsluit in de schuur'),
 ('Dominique', '[21:17] moeder: Dominique is weer weggelopen ik weet niet waar ze is'),
 ('Nadia', 'Hoi, Nadia heeft vandaag niet gegeten op school. Groet, de mentor'),
 ('Yusuf', 'yusuf van het wijkteam belde over de ruzie van gisteravond'),
 ('Annelies Kloos', 'Mw. Annelies Kloos van Sterk Huis heeft de kinderen gezien.'),
 ('Janssen', 'De jeugdarts, mevrouw Janssen, maakt zich zorgen over het gewicht.'),
 ('Ramon', 'Gezinsvoogd Ramon van Jeugdbescherming west heeft een spoedmachtiging aangevraagd.'),
 ('Pieternel de Waal', 'Besproken met Pieternel de Waal (Youz) op 3 november.'),
 ('Hamid', 'Meester Hamid van groep 7 ziet blauwe plekken op de armen.'),
 ('Van der Sluijs', 'Dr. Van der Sluijs (kinderarts) vindt de verklaring niet passend.'),
 ('Yara', 'Yara en haar moeder slapen nu bij een vriendin.'),
 ('Anouk', 'De nieuwe vriendin van vader (Anouk) heeft zelf twee kinderen.'),
 ('Sergio', 'Sergio is de vader van de jongste en heeft geen gezag.'),
 ('Tavares', 'Mevrouw Tavares zegt dat ze de kinderen nooit slaat.'),
 ('Dos Santos', 'Grootvader Dos Santos woont in Praia en stuurt geld.'),
 ('Nilton Gomes', 'vriend van de moeder nilton gomes heeft het kind geslagen -> Nilton Gomes'),
 ('Jurgen', '[09:41] Jurgen: als je de kinderen meeneemt maak ik je af'),
 ('Maria da Luz', 'Maria da Luz (oma) zorgt drie dagen per week voor de baby.'),
 ('Chaïma', 'Chaïma heeft op Instagram gezet dat ze zich wil doden.'),
 ('Omar Hersi', 'Broer van moeder, Omar Hersi, bemoeit zich met de opvoeding.'),
 ('Ladan', 'ladan wordt volgens de klas besneden in de zomervakantie'),
 ('Abdi', 'ABDI (VADER) WIL NIET MEEWERKEN AAN HET PLAN'),
 ('Halima', 'De vrouw van oom, Halima, is ook in huis.'),
 ('Şükrü', 'Opa Şükrü legt de regels op, vader durft niets te zeggen.'),
 ('Özdemir', 'Mevrouw Özdemir heeft de kinderen ingeschreven op een andere school.'),
 ('Merve Yıldız', 'Nicht Merve Yıldız kan tolken en is vertrouwenspersoon.'),
 ('Hakan', 'Hakan, de ex van moeder, dreigt de kinderen mee te nemen naar Turkije.'),
 ('Sadia', "Sadia's oudste zoon zit in de jeugdgevangenis in Rotterdam."),
 ('Noorullah', 'Noorullah (vader) heeft zich gemeld bij de huisarts met depressie.'),
 ('Parwana', 'moeder parwana huilt veel zegt de juf punt dat is nieuw'),
 ('Taras', 'Taras (stiefvader) heeft een tijdelijke baan in Gorinchem.'),
 ('Kateryna', 'Kateryna en de kinderen wonen in een opvanglocatie.'),
 ('Olha Melnyk', 'Olha Melnyk, moeder, heeft toestemming gegeven voor de bespreking.'),
 ('Dmytro', 'dmytro zegt dat mama s nachts schreeuwt komma hij slaapt slecht'),
 ('de Bruin', 'Zus van vader (mw. de Bruin) heeft eerder pleegzorg gedaan.'),
 (['Wim', 'Corrie'], 'Wim en Corrie zijn de opa en oma van vaderskant.'),
 ('Corrie', 'Corrie biedt aan om de kinderen in het weekend te nemen.'),
 ('Bram van der Giessen', 'Overleg gehad met Bram van der Giessen (vader) over de omgang.'),
 ('Mees', 'Mees (9) plast weer in bed sinds vader weg is.'),
 ('Sem', "Sem's broertje wordt vaak alleen gelaten."),
 ('Ilse', 'Reactie van Ilse: "Ik laat me niet vertellen hoe ik mijn kind moet opvoeden."'),
 ('Klaas', 'Klaas uit Numansdorp is volgens moeder de vader van de baby.'),
 ('J. Verhoef', 'Afschrift aan J. Verhoef (vader), per post.'),
 ('T.M. Boer', 'T.M. Boer tekent niet voor akkoord.'),
 ('Rosalie', 'Rosalie en haar vriend zijn samen bij het gesprek geweest.'),
 ('Thijs', 'thijs heeft een mes meegenomen naar school zegt de mentor'),
 ('Esmée', 'Esmée wil niet meer naar het weekend bij vader.'),
 ('Hoop', 'Mw. Hoop (oma) is bereid de kinderen op te vangen.'),
 ('Roos', 'Roos (zus, 16) neemt de zorg over als moeder drinkt.'),
 ('Sarita Pinas', 'Sarita Pinas, buurvrouw, heeft het geschreeuw gehoord.'),
]
assert len(N) == 100, len(N)
def lit(sp, s):
    if sp in s: return sp
    i = s.lower().find(sp.lower()); assert i >= 0, (sp, s); return s[i:i + len(sp)]
for sp, s in N:
    if ' -> ' in s: s = s.split(' -> ')[0]
    sp = sp if isinstance(sp, list) else [sp]
    B('NAME', [lit(x, s) for x in sp], s)

# ------------------------------------------------------------------ BIRTHDATE (18)
BD = [
 ('14-03-2012', 'J. is geboren op 14-03-2012 in het Albert Schweitzer ziekenhuis.'),
 ('3 juni 2015', 'geboortedatum zoon: 3 juni 2015'),
 ('21/11/2010', 'Geb. 21/11/2010, groep 8 van de basisschool.'),
 ('2013-07-09', 'dob 2013-07-09 (volgens het inschrijfformulier)'),
 ('09.02.2019', 'Jongste, geb. 09.02.2019, bezoekt de peuteropvang.'),
 ('twaalf mei tweeduizend veertien', 'de jongen is geboren op twaalf mei tweeduizend veertien punt'),
 ('17 08 2011', 'geboren 17 08 2011 dat klopt volgens moeder'),
 ('30-10-2013', 'Jeugdige: R. (30-10-2013)'),
 ('5-1-16', 'Gebdat. baby: 5-1-16'),
 ('22 sept. 2009', 'Oudste zus (geb. 22 sept. 2009) woont bij oma.'),
 ('19980412', 'Moeder is geboren 19980412 in Mogadishu.'),
 ('1 februari 2017', 'M. werd op 1 februari 2017 geboren in Gorinchem.'),
 ('27-apr-1985', 'Vader geb. 27-apr-1985, Kaapverdië'),
 ('08/12/2020', '| jongste | geb. 08/12/2020 | thuis |'),
 ('4 juli 2012', 'Geboortedatum: 4 juli 2012'),
 ('11-9-2008', 'GEBOREN 11-9-2008 TE DORDRECHT'),
 ('zes maart 2018', 'zusje is geboren op zes maart 2018 in het Beatrixziekenhuis'),
 ('16 jan. 14', 'Broertje D. is jarig en geboren op 16 jan. 14.'),
]
for sp, s in BD: B('BIRTHDATE', sp, s)

# ------------------------------------------------------------------ ID_NUMBER (14)
ID = [
 ('VT-2025-118734', 'Dossiernummer Veilig Thuis: VT-2025-118734'),
 ('4471892', 'cliëntnr Yulius 4471892 (moeder)'),
 ('7730219', 'Patiëntnummer ASZ moeder 7730219'),
 ('JBW/26/04417', 'Zaak bij Jeugdbescherming west onder JBW/26/04417.'),
 ('NTK3F7PL2', 'Paspoort vader nr. NTK3F7PL2 (ligt bij de advocaat)'),
 ('IRX84QD61', 'ID-kaart moeder: IRX84QD61'),
 ('2810447391', 'vader heeft V-nummer 2810447391 bij de IND'),
 ('C/10/662811', 'zaaknummer rechtbank C/10/662811 (ondertoezichtstelling van de jongste)'),
 ('18830', 'leerlingnr. 18830 op het Da Vinci College'),
 ('RV-90027716', 'Dossier Rivas RV-90027716 moet nog worden opgevraagd.'),
 ('vier vier acht twee zeven nul', 'het dossiernummer bij Enver is vier vier acht twee zeven nul'),
 ('ZHZ-DGJ-556301', 'JGZ-dossier kind (DG&J): ZHZ-DGJ-556301'),
 ('K-0093712', 'Registratienummer Raad: K-0093712'),
 ('2026-31877-B', 'Ref. 2026-31877-B bij het wijkteam is het kenmerk van moeder.'),
]
for sp, s in ID: B('ID_NUMBER', sp, s)

# ------------------------------------------------------------------ ADDRESS (11)
AD = [
 ('Oranjelaan 214', 'Moeder woont sinds kort op Oranjelaan 214, Dordrecht.'),
 ('Karel Doormanweg 7A', 'Adres vader: Karel Doormanweg 7A, Zwijndrecht'),
 ('Merwedestraat 31-b', 'De kinderen verblijven bij oma op Merwedestraat 31-b in Sliedrecht.'),
 ('Voorstraat 88 rood', 'huisbezoek op voorstraat 88 rood 3e verdieping -> Voorstraat'),
 ('Kerkstraat 12', 'oom woont kerkstraat 12 in Ouddorp -> Kerkstraat'),
 ('Langeweg 140', 'Nieuw adres: Langeweg 140 te Hardinxveld-Giessendam.'),
 ('Rijksstraatweg 55 C', 'Vader verblijft op Rijksstraatweg 55 C (kamer).'),
 ('Burgemeester de Jonghweg 3', 'Opa en oma: Burgemeester de Jonghweg 3, Middelharnis'),
 ('Groene Kruisweg 410', 'ADRES MOEDER GROENE KRUISWEG 410 SPIJKENISSE -> Groene'),
 ('Haringvlietplein 9', 'moeder woont op haringvlietplein 9 komma eerste etage -> Haringvliet'),
 ('Nieuwstraat 2-4', '| verblijf | Nieuwstraat 2-4 | Brielle |'),
]
for sp, s in AD:
    if ' -> ' in s:
        s = s.split(' -> ')[0]
        if sp not in s:  # dictated lower case / caps: span as written
            idx = s.lower().find(sp.lower()); sp = s[idx:idx + len(sp)]
    B('ADDRESS', sp, s)

# ------------------------------------------------------------------ POSTCODE (11)
PC = [
 ('3311 KX', 'Postcode moeder 3311 KX'),
 ('3331LB', 'Vader woont in 3331LB Zwijndrecht.'),
 ('3361 hk', 'pc 3361 hk sliedrecht'),
 ('3351 AB', 'Nieuwe woning in 3351 AB, Papendrecht.'),
 ('4201 GR', 'Oma (Gorinchem, 4201 GR) kan de kinderen opvangen.'),
 ('3262ZT', 'ADRES ONBEKEND, ALLEEN POSTCODE 3262ZT'),
 ('3241 CM', 'Middelharnis 3241 CM is het adres van de stiefvader.'),
 ('3253 AS', 'in Ouddorp komma postcode 3253 AS'),
 ('3221 kp', 'moeder verhuist naar 3221 kp hellevoetsluis'),
 ('3201 TE', '| oom | 3201 TE | Spijkenisse |'),
 ('3231 BN', 'Post naar 3231 BN Brielle komt terug.'),
]
for sp, s in PC: B('POSTCODE', sp, s)

# ------------------------------------------------------------------ BSN (11)
bsn = [make_bsn(rng) for _ in range(10)] + [make_bsn(rng, 8)]
fmt_bsn = [bsn[0], bsn[1][:4] + '.' + bsn[1][4:6] + '.' + bsn[1][6:], bsn[2][:3] + ' ' + bsn[2][3:6] + ' ' + bsn[2][6:],
           bsn[3], bsn[4][:3] + '-' + bsn[4][3:6] + '-' + bsn[4][6:], bsn[5], bsn[6], bsn[7][:4] + ' ' + bsn[7][4:6] + ' ' + bsn[7][6:],
           bsn[8], bsn[9], bsn[10]]
BS = [
 'BSN jeugdige: {}', 'bsn moeder {}', 'burgerservicenummer vader {} (uit de brief van de gemeente)', 'BSN: {}',
 'sofinr {} van de baby staat op het formulier', 'moeder haar bsn is {} punt', '| BSN | {} |',
 'Het burgerservicenummer {} hoort bij de jongste.', 'BSN OUDSTE: {}', 'kind (bsn {}) staat nog ingeschreven in Oekraïne',
 'oud bsn {} van opa (acht cijfers)',
]
for f, t in zip(fmt_bsn, BS): B('BSN', f, t.format(f))

# ------------------------------------------------------------------ PHONE (11)
PH = [
 ('06-41873260', 'Moeder is bereikbaar op 06-41873260.'),
 ('06 29 88 14 07', 'tel vader 06 29 88 14 07'),
 ('+31 6 18305572', 'Oma belt vanaf +31 6 18305572.'),
 ('0031647720931', 'oom (0031647720931) wil graag betrokken worden'),
 ('078-6147392', 'Vaste lijn van het gezin: 078-6147392'),
 ('(0184) 428 519', 'Opa Sliedrecht: (0184) 428 519'),
 ('0187 48 66 31', 'oma in ouddorp 0187 48 66 31 komma alleen overdag'),
 ('+380 67 441 2983', 'Vader (in Oekraïne) +380 67 441 2983 via WhatsApp'),
 ('06 - 5310 2274', 'nummer van de vriend is 06 - 5310 2274'),
 ('+238 991 4502', 'Moeder belt met haar zus in Kaapverdië op +238 991 4502.'),
 ('0618772045', '[16:03] jongere stuurt nummer van zijn broer: 0618772045'),
]
for sp, s in PH: B('PHONE', sp, s)

# ------------------------------------------------------------------ EMAIL (9)
EM = [
 ('nelsa.lt84@gmail.com', 'Moeder mailt vanaf nelsa.lt84@gmail.com'),
 ('papa.dordt@hotmail.com', 'e-mail vader papa.dordt@hotmail.com'),
 ('oksana_k1990@ukr.net', 'Contact via oksana_k1990@ukr.net (moeder).'),
 ('verhoef.gezin@kpnmail.nl', 'Mail naar verhoef.gezin@kpnmail.nl is onbestelbaar.'),
 ('h.warsame@outlook.com', 'Moeder: h.warsame@outlook.com'),
 ('xx_chaima_xx@live.nl', 'het meisje heeft mail gestuurd van xx_chaima_xx@live.nl'),
 ('emrekilic61@icloud.com', 'Partner van moeder: emrekilic61@icloud.com'),
 ('sterkfamilie@ziggo.nl', 'EMAIL OUDERS: sterkfamilie@ziggo.nl'),
 ('farid.nz@yahoo.com', 'vader zijn e-mail is farid.nz@yahoo.com'),
]
for sp, s in EM: B('EMAIL', sp, s)

# ------------------------------------------------------------------ IBAN (9)
banks = ['RABO', 'INGB', 'ABNA', 'SNSB', 'ASNB', 'TRIO', 'BUNQ', 'KNAB', 'RBRB']
ib = [make_iban(rng, b) for b in banks]
IBF = [ib[0], group4(ib[1]), ib[2], group4(ib[3]).lower(), ib[4], group4(ib[5]), ib[6], ib[7], group4(ib[8])]
IBT = [
 'Rekening moeder: {}', 'Vader betaalt alimentatie vanaf {}.', 'iban oma {} (voor leefgeld)',
 'rekeningnummer {} staat op naam van de oudste zoon', 'Toeslagen worden gestort op {}.',
 'IBAN VADER {}', 'bewindvoerder maakt leefgeld over naar {} van moeder', '| IBAN | {} |',
 'moeder noemt het nummer {} punt',
]
for f, t in zip(IBF, IBT): B('IBAN', f, t.format(f))

# ------------------------------------------------------------------ URL (6)
UR = [
 ('https://www.tiktok.com/@ailton.dordt', 'Broer zet filmpjes op https://www.tiktok.com/@ailton.dordt'),
 ('instagram.com/zeynep.k_2011', 'Instagram van het meisje: instagram.com/zeynep.k_2011'),
 ('https://www.facebook.com/teunis.verhoef.58', 'vader dreigt op https://www.facebook.com/teunis.verhoef.58'),
 ('snapchat.com/add/bohdan_zhz', 'Snapchat jongen: snapchat.com/add/bohdan_zhz'),
 ('www.youtube.com/@farid_noorzai_vlogs', 'Vader heeft filmpjes van de kinderen op www.youtube.com/@farid_noorzai_vlogs gezet.'),
 ('https://x.com/mama_van_drie_zhz', 'Moeder klaagt over de GI op https://x.com/mama_van_drie_zhz'),
]
for sp, s in UR: B('URL', sp, s)

# ------------------------------------------------------------------ ALLOW PLACE (50)
PL = [
 'Moeder is opgegroeid in Heinenoord en verhuisde later naar Strijen.',
 'Vader werkt in Puttershoek bij een transportbedrijf.',
 'De opvang in Numansdorp heeft geen plek meer.',
 'oma woont in klaaswaal komma tien minuten fietsen',
 'Het gezin woonde eerder in Mijnsheerenland.',
 'J. gaat naar de voetbal in Westmaas.',
 'Goudswaard is voor moeder te ver zonder auto.',
 "Stad aan 't Haringvliet: daar woont de zus van vader.",
 'Den Bommel en Ooltgensplaat hebben geen eigen huisarts meer.',
 'De familie komt oorspronkelijk uit Kaapverdië (Santiago).',
 'Vader is in Curaçao geboren en in Dordrecht opgegroeid.',
 'Moeder vluchtte via Turkije en Griekenland naar Ter Apel.',
 'Oom woont in Kandahar, opa in Kabul.',
 'Het gezin komt uit Charkiv en kwam via Polen naar Gorinchem.',
 'De vader verblijft tijdelijk in Hargeisa.',
 'ZWIJNDRECHT, WIJK WALBURG: veel overlast in de portiek.',
 'ze wonen in crabbehof punt dat is bij de vogelbuurt',
 'Vader heeft een kamer in Sterrenburg.',
 'De kinderen logeren in Wielwijk bij de zus van moeder.',
 'Het incident vond plaats in het Weizigtpark.',
 'Moeder is naar de opvang in Oud-Beijerland gegaan.',
 "De school staat in 's-Gravendeel.",
 'Het gezin is van Middelharnis naar Sommelsdijk verhuisd.',
 'Vakantie bij familie in Ouddorp, Goeree-Overflakkee.',
 'Vader woont in Hellevoetsluis, moeder in Spijkenisse.',
 'In Brielle is een nieuwe gezinshuislocatie.',
 'Oma komt uit Boven-Hardinxveld.',
 'Vader werkt op een scheepswerf in Hardinxveld-Giessendam.',
 'Naar Papendrecht verhuisd in de herfst.',
 'De vriend van moeder woont in Alblasserdam.',
 'Zwijndrecht-Noord, Heerjansdam en Hendrik-Ido-Ambacht vallen onder het wijkteam.',
 'Moeder wil terug naar Kyiv als het kan.',
 'Oudste zoon verblijft bij een vriend in Lekkerkerk.',
 'ze gaan elke zomer naar izmir',
 'DE JONGSTE LOGEERT IN ZUID-BEIJERLAND',
 'De zus van vader woont in Nieuw-Beijerland.',
 'Werkzaam in de kassen bij Maasdam.',
 'Oom heeft een stacaravan in Zuidland.',
 'Opa woont in Rockanje, aan de kust.',
 'Vader staat ingeschreven in Abbenbroek maar is daar nooit.',
 'Op de camping in Oostvoorne is het incident gebeurd.',
 'Moeder noemt Willemstad als veilige plek.',
 'Het meisje sliep in Gorinchem-Oost bij een vriendinnetje.',
 'Eerder gewoond in Lopikerkapel en Schoonhoven.',
 'De familie van moeder woont in Mindelo en Lissabon.',
 'Mogadishu en later Nairobi, daarna Nederland.',
 'vader komt uit sliedrecht-baanhoek',
 'Het AZC in Dordrecht-Dubbeldam is de eerste opvang geweest.',
 'Oma verhuist naar Piershil om dichtbij te zijn.',
 'Tante woont in Nieuwendijk en oom in Werkendam.',
]
for s in PL: A('PLACE', s)

# ------------------------------------------------------------------ ALLOW INSTITUTION (50)
IN = [
 'Opname in het Albert Schweitzer ziekenhuis, locatie Dordwijk.',
 'Vader is behandeld in het Beatrixziekenhuis in Gorinchem.',
 'Van Weel-Bethesda in Dirksland heeft de SEH-melding gedaan.',
 'moeder staat op de wachtlijst bij yulius komma al vier maanden',
 'Rivas Zorggroep levert de kraamzorg.',
 'Enver biedt een gezinshuisplek aan.',
 'Youz doet de diagnostiek bij de oudste.',
 'Sterk Huis biedt opvang en traumabehandeling.',
 'Veilig Thuis Zuid-Holland Zuid heeft de melding onderzocht.',
 'Jeugdbescherming west voert de OTS uit.',
 'DIENST GEZONDHEID & JEUGD (JGZ) VOLGT DE BABY',
 'De Prins Willem-Alexander school meldt verzuim.',
 'Leerplicht van de Sociale Dienst Drechtsteden is ingeschakeld.',
 'Het Da Vinci College heeft een zorgadviesteam gehouden.',
 'De Willem van Oranjeschool in Oud-Beijerland kent het gezin.',
 'Melding via de Raad voor de Kinderbescherming, regio Rotterdam-Dordrecht.',
 'Rechtbank Rotterdam, locatie Dordrecht, heeft de OTS uitgesproken.',
 'Politie eenheid Rotterdam, basisteam Drechtsteden, reed uit.',
 'Het Leger des Heils regelt de begeleiding van vader.',
 'De William Schrikker Stichting was eerder betrokken.',
 'Moeder gaat naar de moskee Ulu Camii in Dordrecht.',
 'Vader zit bij de Pinkstergemeente in Zwijndrecht.',
 'Het wijkteam Sliedrecht heeft de regie.',
 'De GGZ Breburg heeft de oudste eerder behandeld.',
 'Tactus verslavingszorg ziet vader twee keer per maand.',
 'Bouman GGZ heeft een intake gepland.',
 'De Hoop ggz in Dordrecht heeft een plek voor vader.',
 'Moeder krijgt hulp van de Kredietbank Drechtsteden.',
 'Woonkracht10 wil het gezin uitzetten wegens overlast.',
 'Trivire heeft de woning aangeboden.',
 'Het COA begeleidt de statushouders.',
 'Vluchtelingenwerk helpt met de gezinshereniging.',
 'Het Oranjehuis biedt geen plek, dus Fier is gevraagd.',
 'Kinderopvang Prokino in Papendrecht ziet de jongste.',
 'De voetbalclub SV Heinenoord is een steun voor J.',
 'Ipse de Bruggen biedt logeeropvang.',
 'Syndion en Gemiva zijn benaderd voor dagbesteding.',
 'Het Maasstad Ziekenhuis heeft de baby opgenomen.',
 'Het Erasmus MC-Sophia heeft de röntgenfoto beoordeeld.',
 'Humanitas Thuisadministratie helpt moeder met de post.',
 'SOS Kinderdorpen is gevraagd voor een gezinshuis.',
 'De Kindertelefoon en Stichting Korrelatie zijn genoemd aan J.',
 'CJG Hoeksche Waard heeft de zorg overgedragen.',
 'Het Gemini College in Ridderkerk meldt zorgen.',
 'Sophia Revalidatie doet de fysiotherapie.',
 'Het Johannes Fontanus College in Barneveld is de oude school.',
 'St. Augustinus in Dordrecht is de kerk van oma.',
 'Albert Schweitzer kinderafdeling belde Veilig Thuis.',
 'Openbare basisschool De Regenboog heeft een melding gedaan.',
 'Wielwijk Actief en Stichting Schuldhulpmaatje zijn betrokken.',
]
for s in IN: A('INSTITUTION', s)

# ------------------------------------------------------------------ ALLOW EVENT_DATE (30)
EV = [
 'Op 14-03-2026 is de politie ter plaatse geweest.',
 'Huisbezoek 3 juni 2026 om 10.00 uur.',
 'Melding VT ontvangen 21/11/2026.',
 'Opname baby in het ziekenhuis op 2026-07-09.',
 'netwerkberaad is op twaalf november om half tien',
 'Consultatiebureau: controle 17 08 2026, groei goed.',
 'Zitting rechtbank 30-10-2026, uitspraak volgt.',
 'Incident 5-1-26: moeder met hoofdwond naar de SEH.',
 'Schorsing op school van 22 sept. t/m 26 sept.',
 'Bespreking VHT dinsdag 8 december 2026.',
 'Op 1 februari kwam de eerste zorgmelding binnen.',
 'Uithuisplaatsing op 27-apr-2026 (spoed).',
 'mail van school ontvangen op 8/12 komma om 14:22',
 'Gesprek met moeder op 4 juli jl.',
 'Verhuisd per 11-9-2026.',
 'Huisverbod opgelegd 6 maart, verlengd tot 3 april.',
 'Vervolgbespreking gepland in week 51.',
 'Op 16 jan. is de OTS verlengd met een jaar.',
 'De baby had op 20-10-2026 de 4-maandencontrole.',
 'MDO op vrijdag 13-11-2026 bij Youz.',
 'Aangifte gedaan op 2 november 2026 bij het bureau.',
 'Gesproken met J. op 29-09 op school.',
 'Eind OTS: 31-12-2026.',
 'Op Koningsdag 2026 liep het thuis uit de hand.',
 'sinds de herfstvakantie gaat hij niet meer naar school',
 'Tweede melding 2026-10-02, eerste in maart 2025.',
 'Opname Yulius van 12 t/m 19 oktober.',
 'Evaluatie veiligheidsplan op 24.11.2026.',
 'GEZIEN OP 9 OKTOBER DOOR DE JEUGDARTS',
 'Op tweede kerstdag 2025 is er geslagen.',
]
for s in EV: A('EVENT_DATE', s)

# ------------------------------------------------------------------ ALLOW PROFESSIONAL (30)
PR = [
 'Inbrenger: Marieke Hooijdonk, jeugdconsulent, Sociaal Team Dordrecht',
 'Vaste deelnemer: Sevgi Arslan, Veilig Thuis Zuid-Holland Zuid',
 'Gedragsdeskundige geraadpleegd: ja, Joost Blokland (orthopedagoog Enver), op 12-11-2026',
 'Inbrenger: R. van Vliet, gezinsvoogd, Jeugdbescherming west',
 'Vaste deelnemer: Koen Stolk (wijkteam Zwijndrecht)',
 'De jeugdarts van Dienst Gezondheid & Jeugd ziet de baby maandelijks.',
 'gezinsvoogd van jeugdbescherming west komt mee naar het gesprek',
 'De wijkagent van Sliedrecht kent het gezin.',
 'De mentor heeft de zorgen gedeeld met de zorgcoördinator.',
 'Huisarts is op de hoogte en verwijst naar de POH-GGZ.',
 'De kinderarts van het Beatrixziekenhuis twijfelt aan het verhaal.',
 'Een aandachtsfunctionaris van Rivas heeft de melding gedaan.',
 'de casemanager van het wijkteam neemt contact op met de school',
 'Raadsonderzoeker van de RvdK sluit aan bij de bespreking.',
 'Tolk Dari is geregeld via het tolkencentrum.',
 'De psychiater van Yulius ziet moeder eens per twee weken.',
 'Gedragswetenschapper geraadpleegd: Dilara Koç, gedragswetenschapper wijkteam Papendrecht, 10-11-2026',
 'Inbrenger (naam, functie, organisatie): Frank Groenendijk, casusregisseur, Veilig Thuis ZHZ',
 'De ambulant hulpverlener van Sterk Huis komt twee keer per week.',
 'Verloskundige en kraamverzorgende zijn betrokken geweest.',
 'DE SCHOOLMAATSCHAPPELIJK WERKER HEEFT DE MELDCODE GEVOLGD',
 'De jeugdverpleegkundige belde met de huisarts.',
 'bewindvoerder van moeder regelt de schulden',
 'De reclasseringswerker van vader is niet bereikbaar.',
 'De intern begeleider van de Prins Willem-Alexander school doet mee.',
 'Vaste deelnemer: Lieke Baars, Sociaal Team Hoeksche Waard',
 'Het JGZ-team Goeree-Overflakkee houdt contact met moeder.',
 'Een ervaringsdeskundige van Sterk Huis begeleidt moeder.',
 'De voorzitter van het VHT plant de bespreking.',
 'Inbrenger: Youssef el Idrissi, jeugdconsulent, Sociaal Team Gorinchem',
]
for s in PR: A('PROFESSIONAL', s)

# ------------------------------------------------------------------ ALLOW AGE (20)
AG = [
 'J. is 14 jaar en zit in de tweede klas.',
 'de baby is zeven weken oud',
 'Moeder was 17 toen de oudste werd geboren.',
 'Vader (41) heeft een verleden van verslaving.',
 'Zusje D. (2016) is 10 jaar.',
 'Oma is 78 en kan niet meer tillen.',
 'Het meisje wordt volgende maand 16.',
 'S. is 11 jaar en 4 maanden.',
 'Kinderen van 3, 6 en 9 jaar.',
 'JONGEN VAN 13, ZIT THUIS SINDS DE ZOMER',
 'de oudste is achttien geworden komma woont nog thuis',
 'Moeder (1992) is 34 jaar.',
 'Broer van 19 jaar woont op kamers.',
 'Baby M. (2026) is drie maanden.',
 'Op 8-jarige leeftijd kwam hij in Nederland.',
 'De kinderen zijn twaalf en vijftien.',
 'K. (2010) is bijna 16 jaar.',
 'Vader is 52, moeder 29.',
 'De jongste is anderhalf.',
 'Oudste dochter (24) is niet betrokken.',
]
for s in AG: A('AGE', s)

# ------------------------------------------------------------------ ALLOW ORG_NUMBER (20)
kvk = [not_elf(rng, 8) for _ in range(2)]
agb = not_elf(rng, 8)
OR = [
 'Veilig Thuis is 24/7 bereikbaar op 0800-2000.',
 'Bij direct gevaar: 112.',
 'Politie zonder spoed: 0900-8844.',
 'Kindertelefoon 0800-0432 is aan J. gegeven.',
 '113 zelfmoordpreventie: 0800-0113.',
 'VHT-casenummer VHT-2026-0317.',
 'KvK-nummer gezinshuis: %s' % kvk[0],
 'AGB-code van de zorgaanbieder: %s' % agb,
 'Moeder gebruikt 20 mg citalopram per dag.',
 'Veiligheidsscore inbrenger 3, moeder 7.',
 'Schuld bij de woningcorporatie: 4.280 euro.',
 'Verzuim 46 uur sinds de zomervakantie.',
 'ARIJ-score: hoog risico, 7 van de 11 factoren.',
 'Week 49 is de deadline voor de kaart.',
 'Jeugdwet art. 2.4 (OTS) is van toepassing.',
 'Het wijkteam heeft een caseload van 28 gezinnen.',
 'Kvk %s (Stichting gezinshuis Hoeksche Waard)' % kvk[1],
 'Meldcode stap 5: afweging gemaakt op 3 punten.',
 'Politie-registratie BVH-melding 2026 nr. onbekend; zie VHT-2026-0402.',
 'Alcoholpromillage vader bij aanhouding: 1,4.',
]
for s in OR: A('ORG_NUMBER', s)

# ------------------------------------------------------------------ write
rng.shuffle(rows)
with open(OUT, 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, (e, c, sp, s) in enumerate(rows, 1):
        fh.write('B30-%03d\t%s\t%s\t%s\t%s\n' % (i, e, c, ' || '.join(sp) if sp else '-', s))
print('wrote', len(rows))
