# -*- coding: utf-8 -*-
# Hand-written BLOCK lines for blind set 13. «…» marks a span. {BSN}, {BSN8}, {IBAN:XXXX} are filled by gen_sentences.py.
NAME = r"""
di 3/11 gebeld met tanta «Marisela» over opvang van de kinderen, zij kan deze maand niet
wo 4/11 huisbezoek Tarwewijk, «Shurwin» (vriend van moeder) lag op de bank en bemoeide zich met het gesprek
Moeder zegt dat «Ramkisoensing» (ex-partner) weer bij het Afrikaanderplein is gezien.
oom «radjesh» brengt de jongens naar school als moeder nachtdienst heeft
MW. «BOUTAHAR» WIL NIET DAT SCHOOL NOG CONTACT OPNEEMT MET VADER
Gesproken met dhr. «Jagessar» (opa van moederskant) in de galerij van de flat.
«Kenzo» zijn vader zit sinds de zomer vast.
«Djaimy»'s moeder belde maandagavond huilend naar het wijkteam.
ma «Ingrid» heeft nog een sleutel van de woning en komt onaangekondigd binnen
Contactverbod opgelegd aan «Nadia Ait Ouaali» na het incident van 12 oktober.
pa «Eduardo» komt sinds augustus niet meer op de omgangsafspraken
volgens «Kowsar» (buurvrouw) is er 's nachts vaak gegil te horen
Afspraak met «J. van der Hoeven» (grootvader) verzet naar volgende week.
oma «v/d Graaf» past op dinsdag en donderdag op de tweeling
Moeder is ingetrokken bij «'t Jong», haar nieuwe vriend uit Vlaardingen.
Broer «Mustafa» (19) woont nog thuis en slaapt in de woonkamer.
Het gezin «Soekhlal-Mahabier» is in 2024 uit Paramaribo naar Den Haag gekomen.
«Tamara» (nicht van moeder) haalt R. op van de kinderopvang.
whatsapp moeder 22:14: "«gino» zegt dat hij me kapot maakt als ik naar de politie ga"
omu «Errol» woont in Nickerie en wil de kinderen wel opvangen.
tanta «Yolanda» heeft zelf de school in Schiedam-Oost gebeld.
Stiefvader «Dennis Verhoef» weigert ieder gesprek met het wijkteam.
VADER «MOHAMED EL FASSI» HEEFT EEN GEBIEDSVERBOD VOOR DE WIJK
De kinderen logeren bij «Zoraida» als moeder is opgenomen.
Moeder noemt haar ex alleen "«Chucky»", zijn echte naam wil ze niet geven.
«Rinus» (opa, 68) drinkt en rijdt daarna de kinderen naar voetbal.
Afgesproken dat «Asha» (zus, 17) niet meer alleen op de baby past.
nicht «Keila Semedo» neemt de meisjes op zondag mee naar de kerk
Vader «Varela» kwam onder invloed naar het oudergesprek op school.
| vader | «DOS SANTOS, ADILSON» | verblijft in Kaapverdië |
«Hanane»'s vriend heeft de wijkagent uitgescholden.
De oppas, «Nazia Bibi», heeft de blauwe plekken op de armen gezien.
oom «Zeeshan Chaudhry» beheert het geld van het gezin en geeft moeder zakgeld
fam. «Qureshi» wil niet meer meewerken aan het veiligheidsplan.
Moeder heeft ruzie met «Rukhsana» over geld dat zij zou hebben geleend.
dhr «Akhtar» belde twee keer met dreigende taal naar de balie
overleg met oma «sientje» gepland na de herfstvakantie
«Kees» (opa) brengt de kinderen elke woensdag naar zwemles in Zuidwijk.
ome «Har» en tante «Riek» zijn het vaste vangnet in het weekend
Moeder woont sinds maart samen met «Rob de Klerk».
Buurman «Tinus» heeft op 2 november de politie gebeld.
Volgens «Kuiper» (buurman boven) wordt er dagelijks geschreeuwd.
Oom «Schipper» heeft zelf een verleden bij de reclassering.
De nieuwe partner van moeder, «Maasdam», heeft drie kinderen uit een eerdere relatie.
dhr. «Van Rhoon» is de biologische vader maar heeft nooit gezag gehad.
mevrouw «Hoogvliet» (oma) wil de kinderen niet meer opvangen
Oma woont bij «Delfgaauw» in huis, een kennis van de kerk.
«Tiziri» (zus van moeder) tolkt bij de gesprekken omdat moeder weinig Nederlands spreekt.
oom «Massinissa» uit Nador belt vader dagelijks over "de eer van de familie"
«Itto» (grootmoeder) woont in het Rifgebergte en komt ieder jaar drie maanden over.
Vader «Amzil» ontkent iedere vorm van geweld.
Moeder is bang voor haar zwager «Yuba Ait Bouzid».
tante «dihya» is de enige die vader durft aan te spreken
| stiefvader | «Jurmaine Croes» | woont sinds 2025 in het gezin |
Moeder heeft contact met «Sharlon» verbroken, hij stuurt nog steeds berichten.
oom «Shurendy Lacle» is in beeld bij de reclassering Rotterdam.
«Jandino» (halfbroer, 20) dealt volgens school vanuit de woning.
"als «Giovanni» weer komt bel ik 112" zegt moeder
Tanta «Roshayra» woont op Aruba en is bereid de meiden op te vangen.
Vader «Rigmar Geerman» is na de mishandeling naar Curaçao vertrokken.
De moeder van «Yuliska» wil geen contact met het wijkteam.
ma «Esmeralda» en pa «Roelly» maken ruzie over de verdeling van de zorg
oom «Marciano Doelwijt» heeft een lange reeks geweldsincidenten
Moeder heeft een relatie met «Gyliano», de vader van haar jongste.
De vader, «R.J. Belfor», woont in Hoogvliet en ziet de kinderen om het weekend.
Oma «Karsters» woont in de Beverwaard en kookt iedere dag voor de kinderen.
«Kasanpawiro» (stiefvader) weigert een drugstest.
gesproken met «Ruthmila» (tante) op de stoep voor de woning
Grootvader «Haakmat» is ernstig ziek opgenomen.
«SEDNEY-NELOM» HEEFT DE KINDEREN NIET OPGEHAALD VAN SCHOOL
Vader «Baldew» is in oktober verhuisd naar zijn broer in Den Haag.
Moeder «Sunita Ramlal» wil dat de kinderen bij haar zus in Transvaal gaan wonen.
mausi «Kamla» zorgt voor het eten als moeder werkt
Gesprek met nana «Dewkoemar» bleek niet mogelijk vanwege zijn dementie.
De ex van moeder, «Harish Kalka», heeft een huisverbod gekregen.
«Priscilla» (moeder) heeft de intake bij Parnassia afgezegd.
Mw. «Van Es-Bakker» kwam zelf naar de balie van het wijkteam.
«Bertus v.d. Wiel» (oom) heeft de jongens meegenomen naar de caravan.
Jongste broer «Jordy» wordt vaak buiten op straat gezien na 23:00.
moeder «chantal» wil geen hulp van het wijkteam meer
De zus van vader, «Marja ter Horst», vangt de kinderen in het weekend op.
gesproken met oom «Marco van 't Hof» over de afspraken in het plan
«Marvin» (broer, 22) gebruikt dagelijks en zit in de woning.
| oma mz | «Tineke Verbeek» | past 2 middagen per week op |
DHR. «DE GIER» WIL DE KINDEREN NIET MEER ZIEN
Vader verblijft bij zijn vriendin «Melissa» in Spijkenisse.
Volgens moeder heeft «Nelsy» (ex) haar op 30 september geduwd.
«Ailton» (halfbroer) is in 2025 gearresteerd voor een steekpartij.
Moeder gaat volgende week met «Euclides Fortes» trouwen.
Tante «Djenifer Monteiro» wil de kinderen tijdelijk in huis nemen.
«Brito» (stiefvader) is de enige met een inkomen.
Volgens de leerkracht wordt S. opgehaald door «Hamza» (neef).
«Ayesha» (moeder) geeft aan dat ze de situatie niet meer aankan.
vader «sana ullah» heeft de paspoorten van de kinderen ingenomen
Moeder vertelt dat «Malik» (ex) dreigt de kinderen mee te nemen naar Pakistan.
De zus van moeder, «Fatima-Zahra», gaat mee naar het gesprek in Maasstad.
Vader, «Soufiane Amrioui», staat bekend bij de politie voor huiselijk geweld.
Oma «Bouchra» woont drie portieken verderop.
«Anir» (neef) is de vertrouwenspersoon van de oudste.
"«mo» kom je vanavond?" stond er op de telefoon van de dochter
"""
BIRTHDATE = r"""
geb. «14-03-2012» in het Ikazia
jongste geboren op «3/8/2019» in het Maasstad Ziekenhuis
geboortedatum: «2013.10.22»
gebdatum «07-11-'09»
Jeugdige: D. («22-06-2016»)
geboren op vrijdag «4 mei 2018» in Paramaribo
GEB.DAT. «19 SEPT 2010»
dob «2011/04/17»
moeder is geb. «1-1-1990» (datum volgens verblijfsdocument)
| geboortedatum | «30-10-2008» |
jongste is gebooren «17 augustus 2016» in het Franciscus Vlietland
geb «20151103» (zo staat het in het schoolsysteem)
gb. «9-12-13» te Dordrecht
werd op «2 februari 2020» te vroeg geboren in het Sophia
Z. (geb. «28.05.2014») zit in groep 8
baby geboren «12/11/2025», thuisbevalling
vader geboren «06-06-1991» in Tanger
oudste geboren «13 sep. '12» in Willemstad (Curaçao)
"""
ID_NUMBER = r"""
cliëntnummer VT RR: «VT-2026-118743»
dossiernr. Youz «8830217»
patiëntnummer Erasmus MC «4471902-3»
zaaknr. rechtbank: «C/10/694218 / JE RK 26-1183»
BVH-registratienummer politie «PL1700-2026198342»
paspoortnummer vader «NXC4K7R81»
(nr. «58213976» bij Flexus Jeugdplein)
V-nummer moeder «2814409377»
onderwijsnummer / leerlingnr «104877234»
huurcontract Woonstad nr. «HC-0087731»
relatienummer Zilveren Kruis «188204637»
uitkeringsnummer Werk en Inkomen: «W&I-3320914»
«KB-2026-04412» is het dossiernummer bij de Kredietbank Rotterdam
verblijfspas moeder «W72K9D1F3», geldig tot 2028
"""
ADDRESS = r"""
moeder woont nu op «Hillevliet 112b»
verhuisd naar «Putselaan 47-III», Rotterdam
adres vader: «HOEFKADE 903» Den Haag
huisbezoek «Vaanweg 22 bg» Rotterdam-Zuid
oma woont «Wolphaertsbocht 318A»
| adres | «Krispijnseweg 14» | Dordrecht |
zij verblijft bij haar zus aan de «Billitonlaan 61» in Vlaardingen
de woning aan de «2e Van Leeuwenhoekstraat 9-rood» is volgens Woonstad vervuild
nieuw adres: «Broersvest 105 C», Schiedam
vader staat ingeschreven op «Wouwermanstraat 27» maar woont er niet
gezin woont in «Beijerlandselaan 203-02»
"""
POSTCODE = r"""
postcode nieuwe woning «3074 GK»
moeder is verhuisd naar «2525ck» (Schilderswijk)
pc «3117 TR»
| postcode | «3132 BH» |
vader staat ingeschreven op «3318 AX» Dordrecht
oma woont in «3083RL», vlakbij het winkelcentrum
POSTCODE: «2526 MK»
brief verstuurd naar «3081 kp»
volgens de BRP woont tante op «3273 AJ» Westmaas
Vader: «3241 LM» Middelharnis, sinds september
adres onbekend, alleen de postcode «3025 EW» is bekend
"""
BSN = r"""
BSN jeugdige: «{BSN}»
bsn moeder «{BSN.}»
| BSN | «{BSN }» |
burgerservicenummer vader: «{BSN-}»
bsn «{BSN8}» volgens een brief van de SVB uit 2009
sofinummer (oud) «{BSN}»
bsn van de baby is «{BSN}»
«{BSN}» (bsn oudste)
BSN-nr. «{BSN.}»
Burgerservicenr: «{BSN }»
bsn oma («{BSN}») opgevraagd bij de gemeente
"""
PHONE = r"""
moeder bereikbaar op «06-28417733»
tel. vader «+31 6 13 57 92 04»
oma: «010-4869213»
tante in Den Haag «070 388 14 52»
vast nummer «(010) 2914467»
oom in Suriname «+597 8812345»
tanta op Curaçao: «+599 9 5123456»
whatsapp nr vader «0031612349876»
nieuwe nummer moeder «06 3952 8810»
| telefoon | «078-6143922» |
bel moeder liever niet op «0643118902» want vader leest mee
"""
EMAIL = r"""
mail moeder: «shanice.krolis90@gmail.com»
vader mailt vanaf «r.jagessar@hotmail.com»
e-mail oma «oma.riek1952@ziggo.nl»
| e-mail | «yuliska_croes@outlook.com» |
contact via «bouchra.amzil@live.nl» (moeder)
stiefvader: «dennisverhoef78@kpnmail.nl»
moeder gebruikt «mamavan3schatjes@hotmail.nl» voor de school
mail van tante kwam van «keila.semedo@yahoo.com»
e-mailadres vader «imran.qureshi.010@gmail.com»
"""
IBAN = r"""
rekeningnummer moeder «{IBAN:ABNA}»
iban vader «{IBAN:INGB}»
toeslag wordt gestort op «{IBAN:RABO:s}»
| IBAN | «{IBAN:SNSB:s}» |
huur wordt afgeschreven van «{IBAN:ASNB}»
oom maakt geld over vanaf «{IBAN:BUNQ:l}»
rek.nr. «{IBAN:KNAB:s}» (op naam van oma)
kinderbijslag SVB naar «{IBAN:TRIO}»
moeder heeft een Belgische rekening: «{IBAN:BE:s}»
"""
URL = r"""
TikTok van de oudste: «https://www.tiktok.com/@shaq_zuid010»
vader post filmpjes op «https://www.instagram.com/gino.delf_010/»
facebook moeder «www.facebook.com/priscilla.vanes.3»
snapchat van de dochter: «snapchat.com/add/yuli.croes09»
«https://x.com/rigmarG_599» is het account van vader
youtube kanaal van stiefvader «https://www.youtube.com/@KasanpawiroMusic»
"""
