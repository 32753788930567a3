# BLOCK lines for blind82. Spans are marked with «...». Placeholders {BSN:fmt} and {IBAN:cc:bank:fmt}
# are filled by gen_sentences.py with random valid numbers (fixed seed).
NAME = """
Z.s.m. contact mama «Gülsüm» over de schoolgang.
afgesproken: «Leendert» (opa van moederskant) haalt de kinderen op woensdag op.
De papa, «Jens Verstraete», woont sinds de scheiding terug in Sint-Niklaas.
het bomma «Marie-Jeanne» past soms op in Knokke
Vader «ÖMER KARAKAYA» niet bereikbaar geweest, 3x gebeld.
| Jeugdbescherming West | gesprek met «Vercruysse» (stiefvader) plannen | wk 46 |
Wijkteamcollega «Polderman» zet de melding door naar VT.
Buurvrouw «Neeltje» ziet de jongste vaak alleen op straat spelen.
«Zeynep»'s oudere zus vangt haar op na school.
Tante «Imane Bouzid» wil als netwerkpleeggezin in beeld komen.
De kinesist heeft gezien dat «Seppe» blauwe plekken op de rug had.
dhr. «A.C. Minderhoud» is de grootvader en heeft geen gezag
OCMW Gent kent moeder als «Jolien Vermeersch».
Verslag ZAT: «Ilias» komt niet meer naar de les sinds de herfstvakantie.
«VAN ACKER, LOTTE» (moeder) - geen contact met CLB gewenst
Stiefmoeder «Andreea» spreekt weinig Nederlands, tolk Roemeens nodig.
Oom «Dragan» zou dreigen met meenemen van de kinderen naar Servië.
broertje «kobe» zit op de kinderopvang in Hulst
De ex van mama, «Wout De Clercq», heeft een contactverbod.
Gesprek gehad met «Hüseyin» (vader) op 12-11 in het bijzijn van een tolk.
«Maatje de Kraker» (oma) doet de was en de boodschappen voor het gezin.
mw «Cijsouw» is de pleegmoeder van de oudste
Volgens «Soufiane» gaat het thuis 'prima', maar school ziet iets anders.
Actie CJG: huisbezoek bij fam. «Geschiere» plannen.
«Paweł Zieliński» werkt als seizoenarbeider in de fruitteelt in Kapelle.
Moeder wil niet dat «Agnieszka» (haar zus) iets hoort over de melding.
vriendin van mama, «ilse», heeft de politie gebeld die nacht
«Kornelis» en «Jacoba» (grootouders) zijn lid van de gereformeerde gemeente.
Neef «Burak Şahin» zou drugs dealen vanuit de woning.
Jeugdarts belde met «Sevda» over het gewicht van de baby.
«Dimitar Georgiev» (vriend van moeder) slaapt er regelmatig.
ZAT-afspraak: mentor spreekt «Nisrine» apart na de les.
Het parket in Gent heeft een dossier over de papa, «Marnix Goossens».
«Esmeralda» zegt dat haar papa haar slaat met een riem.
Vader «Stevo Jovanović» woont met de kinderen in een stacaravan.
de grote broer, «Anouar», is vorige maand opgepakt
Dhr. «Weststrate» (buurman) heeft gehoord dat er geschreeuwd werd.
Kindje «Madelief» is 4 maanden en huilt veel volgens het consultatiebureau.
pleegvader «Izaäk van Hecke» wil de plaatsing beëindigen
«Zakaria»'s vader werkt in Antwerpen in de haven.
Mama «Febe» heeft een nieuwe relatie met iemand uit Zelzate.
Oma «Teuntje» belde naar school omdat ze zich zorgen maakt.
Contact met «Yusuf Doğan» (vader) verloopt alleen via de advocaat.
Stiefbroer «Lowie» (17) is agressief naar de jongere kinderen.
«Marinela Nikolić» (moeder) wil hulp bij de opvoeding.
Vriend «Tomas Petrauskas» logeert al weken in het gezin.
«ELIF AKSOY» — moeder — afspraak maandag 9:00
Moeder noemt de ex «Rachid» en is bang voor hem.
Buurman «Dieleman» ziet de kinderen 's avonds laat nog buiten.
Het zusje «Fien» heeft nachtmerries en plast weer in bed.
«Merel» (zus, 19) wil de kinderen tijdelijk opvangen.
Tante «Jacoba Wisse-Sinke» heeft aangeboden te helpen.
Vader heet «Ionuț Popescu» en werkt via een uitzendbureau.
gezinscoach heeft «Khadija» (moeder) gesproken over de boodschappen
Oom «Marinus» neemt de jongens mee op de boot, moeder twijfelt.
Nonkel «Pieter-Jan» komt elke zondag over uit Gent.
«De Pauw» is de naam van de nieuwe partner van moeder.
Peter van de kinderen, «Warre Baert», is bereid om op te vangen.
Grootmoeder «Milica» is de enige die de kinderen kan kalmeren.
afspraak: mw. «Lampert» van Porthos neemt contact op met de verhuurder
«Emre» (15) wil niet meer naar huis.
Stiefvader «Krijn Koppejan» is volgens de school erg streng.
«Iris» (moeder) heeft gisteren weer gedronken, zegt de oudste.
De baby «Yunus» is op de SEH van ZorgSaam gezien met een breuk.
Moeder wil geen contact met «Tuğba», de nieuwe vriendin van vader.
«Sabina Stojković» (tante) woont in hetzelfde woonwagenkamp.
Meneer «Adriaanse» (vader) kwam boos naar het gesprek.
Broer «Hamza El Khattabi» zit in detentie in Middelburg.
«Lena» (oma) heeft de sleutels van de woning.
vader «bartosz» belt steeds naar moeder terwijl dat niet mag
Leerkracht hoorde dat «Jitse» niet meer thuis wil slapen.
«Van de Walle» (de mama) heeft een procedure bij de jeugdrechtbank in Gent.
De zus van moeder, «Ivelina», vertaalt tijdens gesprekken.
tel. gesproken met pleegmoeder «Pieternella» — gaat goed
«Willemijntje» (7) vertelde op school over de ruzie.
Jeugdige wil dat «Ruud Versluijs» (opa) bij het gesprek is.
De ouders «Noura» en «Abdelkader» zijn het niet eens over de aanpak.
Hoofdbehandelaar Emergis, dhr. «Moens», adviseert een opname.
Vriendje «Nand» uit de klas heeft het aan zijn moeder verteld.
Ex-partner «Gijsbert Rijk» heeft de woning vernield.
«Kevser» (moeder) werkt in de nachtdienst bij een schoonmaakbedrijf.
Ook gezien: halfzus «Yentl Vandenbussche» (16).
Opa «Cornelis Jobse» heeft een hartinfarct gehad en valt weg als steun.
De bomma, «Godelieve», is vorige week overleden.
Vader noemt zich «Milorad» maar heet officieel anders.
«Melike» vindt het fijn bij haar tante in Axel.
Moeder «Jasmijn de Feijter» heeft een alcoholprobleem.
Vanuit Scalda meldt de mentor dat «Ruben Mosselman» (stiefbroer) dreigt.
«lotte» en «warre» mogen van mama niet meer naar de papa.
Afspraken per partner: Juvent start traject met «Dirk-Jan».
«Goossens» en «Verhulst» (beide ouders) zijn tegen een OTS.
De buurjongen «Siebe» speelt veel bij het gezin.
«Hamelink» (stiefvader) heeft een eerdere veroordeling.
Zus «Salma» zegt dat vader haar telefoon afpakt.
Moeder heeft contact met «Boogaert», een oom die in Breskens woont.
«Izabela» (moeder) is zwanger van het derde kind.
Een vriend van vader, «Koen Molhoek», heeft wapens in huis volgens de melding.
Schoonzus «Dilek» helpt met het huishouden.
«Jolien» (moeder) is deze week opgenomen bij Emergis.
Overleg met meester «Rinus» heeft niets opgeleverd.
"""

BIRTHDATE = """
J. («14-03-2013») zit in groep 8.
geb. «03/11/2014» in ZorgSaam Terneuzen
Geboortedatum jongste: «22.06.2022».
Moeder is geboren op «7 september 1991» in Sint-Niklaas.
Jeugdige: L. («2012-08-19»)
| Zoon | «9-1-2016» | groep 6 De Rank |
dob «04 02 2017»
Vader werd op «12 mei '88» geboren in Turkije.
Baby A. geboren «1 oktober 2026» te Goes, prematuur.
Geboortedatum kindje: «20260817»
GEB. «15-NOV-2010» - VWO Zeldenrust-Steelantcollege
Zusje geboren op «30/4/19».
Gebdat. oudste: «11-12-2009»
De papa (° «23.05.1985») woont in Gent.
K. (°«2-3-2015») gaat naar school in Sluis.
Moeder geboren «18 jan. 1996», dus zelf nog jong.
geboren: «06-07-'14»
Tweeling, beiden geboren «8 augustus 2018».
"""

ID_NUMBER = """
Rijksregisternummer van de papa: «{RRN1}»
cliëntnr Emergis «EM-2026-48817»
Dossiernummer VT Zeeland: «VTZ 26-01173»
patiëntnummer ZorgSaam «ZS4418290»
OCMW-dossier «OCMW/SN/2025/3377» (Sint-Niklaas)
Leerlingnummer van de oudste is «LLN 55021948».
Zaaknr. parket Gent «GE.37.L7.004512/25»
CLB-dossier nr. «CLB-GW-00947»
paspoort moeder: «NX4KR72P1»
Juvent cliënt «J-771302» (stiefzoon)
Identiteitskaart vader: «592-4471339-81»
Kenmerk Jeugdbescherming West van de zus: «JBW/2026/00318».
verblijfsdocument «W09823417» van vader verlopen
Rijksregisternr. kind: «{RRN2}»
"""

ADDRESS = """
Vader woont op de «Axelsestraat 211» in Terneuzen.
Adres oma: «Noordstraat 14a», Hulst.
De familie is verhuisd naar de «Kanaalstraat 63-B» in Sas van Gent.
Moeder zit tijdelijk op «Boulevard de Ruyter 40 bis», Vlissingen.
| verblijfplaats | «Dorpsstraat 7» Oostburg |
Kinderen slapen bij de tante, «Hulsterweg 88» in Clinge.
papa woont nu in Knokke, «Lippenslaan 156 bus 3»
Het gezin woont boven de snackbar, «Lange Noordstraat 51-1» Middelburg.
ADRES: «PAUWENBURGLAAN 12», VLISSINGEN
Vriend van moeder heeft een kamer op «Breskensestraat 33 kamer 4».
Huisbezoek gepland bij oma, «Wilhelminastraat 9A» in Axel.
"""

POSTCODE = """
postcode vader: «4532 BK»
Moeder verhuist naar «4381AD», vlak bij het station.
Gezin woonachtig in «4501 xt» Oostburg.
Nieuw adres bekend, postcode «4461 PZ».
| pc | «4524 CR» |
Oma zit in de aanleunwoning in «4571 GW» Axel.
Briefwisseling voor de papa via «4551 RT» (Sas van Gent).
«4331ML» (pc van de vriend van moeder)
Woont ergens in «4527 JS» Aardenburg, exacte huisnummer onbekend.
PC «4515 AH» IJzendijke
Vader ingeschreven op postcode «4511 KV».
"""

BSN = """
BSN moeder: «{BSN:plain}»
bsn kind «{BSN:dot}»
Burgerservicenummer van de stiefvader is «{BSN:space}».
| BSN | «{BSN:plain}» |
BSN oudste «{BSN:dash}»
sofinr/bsn vader «{BSN:plain8}»
Inschrijving BRP met BSN «{BSN:dot}» (baby)
«{BSN:plain}» (bsn broertje)
BSN: «{BSN:space}» - opa, in verband met Wlz
BSN moeder staat ook in het OCMW-verslag: «{BSN:plain}».
bsn «{BSN:plain8}» (pleegzoon)
"""

PHONE = """
06 van moeder: «06-48213975»
papa belt van een Belgisch nummer: «+32 478 51 62 90»
Tel. oma «0114-318274»
bereikbaar op «0032 496 12 77 43» (nonkel)
Vader nieuw nummer «+31 6 5702 1846»
| tel | «0118 417 925» |
Buurvrouw heeft «06 219 40 588» doorgegeven.
Stiefvader: «(0115) 69 83 41»
GSM mama «0477/29.84.16»
Whatsapp oudste zus: «+316-44190738»
«0113-572946» (vaste lijn gezin)
"""

EMAIL = """
moeder mailt via «gulsum.k1987@hotmail.com»
E-mail papa: «jens.verstraete@telenet.be»
Oudste dochter «madelief_2010@gmail.com» stuurde ons zelf een mail.
mail oma: «m.dekraker@zeelandnet.nl»
Vader reageerde vanaf «stevo.jov@outlook.com» op het verslag.
Contact nieuwe partner: «depauw.kristof@skynet.be»
| e-mail | «ilias.vlissingen04@live.nl» |
Moeder wil contact via «zeynep.aksoy88@yahoo.com».
Stiefvader mailde dreigend vanaf «bertkoppejan@kpnmail.nl».
"""

IBAN = """
Toeslagen gestort op «{IBAN:NL:RABO:grp}» (rekening moeder).
IBAN vader «{IBAN:BE::plain}»
kinderbijslag Groeipakket naar «{IBAN:BE::grp}»
Rekening oma: «{IBAN:NL:INGB:plain}»
| IBAN | «{IBAN:NL:ABNA:grp}» |
Huur wordt afgeschreven van «{IBAN:NL:SNSB:plain}».
moeder heeft een tweede rekening «{IBAN:NL:BUNQ:lower}»
Vader stuurt geld naar Polen: «{IBAN:PL::grp}»
Schuldhulp heeft het nummer «{IBAN:NL:TRIO:plain}» doorgegeven.
"""

URL = """
Filmpjes staan op «https://www.tiktok.com/@zeynep.vls.04»
facebook papa: «facebook.com/marnix.goossens.5281»
Oudste zus plaatst foto's van de baby op «instagram.com/lottevanacker_x»
YouTube-kanaal van stiefvader: «https://youtube.com/@krijnkoppejan»
Snapchat oudste: «https://www.snapchat.com/add/ilias_k7»
Moeder verkoopt spullen via «https://www.2dehands.be/u/jolien-v/84193221/»
"""

ALL = dict(NAME=NAME, BIRTHDATE=BIRTHDATE, ID_NUMBER=ID_NUMBER, ADDRESS=ADDRESS, POSTCODE=POSTCODE, BSN=BSN,
           PHONE=PHONE, EMAIL=EMAIL, IBAN=IBAN, URL=URL)
