# Hand-written lines for blind21. Spans in BLOCK lines are marked with «…». {BSN}/{IBAN} filled by gen_sentences.py
NAME = """Volgens de leerkracht zat «Bram» op 12-11 met een blauwe plek bij de gymles, hij zei dat hij gevallen was.
«Kim» (zus, 17) vangt de tweeling op als moeder nachtdienst heeft bij de kas in De Lier.
moeder heeft contact met haar broer «Tomasz» in Poznan, verder geen netwerk hier
Opa «Jan Molenaar» is bereid om de jongens op woensdag op te halen in Vlaardingen.
«Fleur» wil niet meer naar huis, zegt ze tegen de mentor. - Ze verblijft nu bij tante in Schiedam.
Gesprek gehad met dhr. «Smit» (buurman), hij hoorde vaak geschreeuw tot diep in de nacht
Het gezin «Kowalczyk» woont sinds 2021 in Naaldwijk, vader werkt via het uitzendbureau in de tomatenkas.
«LOTTE» GEEFT AAN DAT ZE BANG IS VOOR DE NIEUWE VRIEND VAN MOEDER
oma «Trees» kookt 3x per week voor de kinderen, dat is een belangrijke kracht
wijkteam Schiedam-Noord: mevrouw «Hoek» (moeder) belde huilend op maandagochtend
«Daan» en «Mees» zijn afgelopen weekend bij vader in Maassluis geweest, overdracht verliep rommelig
«Daan» en zijn broertje zijn afgelopen weekend bij vader in Maassluis geweest
Vader «Georgi Petrov» werkt op de veiling in Honselersdijk en is weinig thuis.
«Ivanka» (moeder) spreekt weinig Nederlands, gesprek via tolk Bulgaars, ze zei alleen 'ne znam'
De kinderen logeren beurtelings bij opa in Monster en bij tante «Marta» in Poznan.
Fw: verslag HB — «Merel» was erbij en zat de hele tijd op haar telefoon
«Andreea Popescu» (moeder) heeft aangegeven dat ze terug wil naar Iasi met de kinderen
Vader (Eritrese achtergrond) laat zich bijstaan door zijn neef «Yonas».
de school van «Jip» meldt dat hij sinds de herfstvakantie 9 dagen afwezig is
Stiefvader «Ricardo Lopes» heeft een contactverbod opgelegd gekregen.
«Soraya» (moeder, Hindostaanse achtergrond) woont met de kinderen in bij haar ouders in Vlaardingen-West.
Volgens nani «Kamla» slaat vader de oudste met een slipper als hij boos is.
De ex-partner, «R. Ramsaran», staat nog ingeschreven op het adres van moeder.
In het gesprek kwam naar voren dat «Winter» (achternaam van stiefvader) veel schulden heeft.
Oom «Dirk de Wit» uit 's-Gravenzande wil wel als netwerkpersoon optreden.
«Roos» vertelt dat papa de deur op slot doet als mama weg wil
Buurvrouw «Gerda Zwart» heeft op 3 november Veilig Thuis gebeld.
«ANIA» (12) WIL NIET DAT HAAR VADER WEET DAT ZE MET DE MENTOR PRAAT
kinderen: «Kacper» (9), «Zuzanna» (6), beiden op basisschool in Maassluis
kinderen: «Kacper» (9) en een zusje (6), beiden op basisschool in Maassluis
Moeders vriend «Piotr» rijdt de kinderen soms zonder gordel naar school.
fam. «Blom» heeft aangegeven niet mee te werken aan een huisbezoek
«Esmeralda Tavares» (tante, Kaapverdisch) is het vaste opvangadres in Rotterdam-West.
Ik heb «Ayaan» gesproken op school; hij zegt dat het thuis 'gewoon normaal' is.
Vader en «Kees Kok» (zijn vriend en werkgever in de tuinbouw) drinken na het werk samen.
Gespreksverslag tolk: mama «Tsega» vertelt dat ze in Eritrea haar eerste man heeft verloren.
«Wijk» (achternaam vader) was niet bereikbaar, voicemail ingesproken
Ouders (Bulgaars) hebben een oudere zoon, «Stoyan», die in Sofia woont.
Volgens de mentor gaat «Bogdan» na school rechtstreeks naar de kas om mee te werken.
Hallo collega, zoals besproken: de moeder van de kinderen, «Magdalena Nowak», is gisteren vertrokken.
vz: «M. Brouwer» (vader) weigert de gezinscoach binnen te laten
Broer «Nelson» (19) heeft een verleden met drugs in Rotterdam-Noord.
Volgens «Merel de Boer» (buurmeisje) hoort ze vaak gehuil vanuit de slaapkamer.
«Mihai»'s vader werkt in Duitsland en komt eens per 6 weken naar Vlaardingen.
«Rajesh Ramdhan» (vader) neemt geen contact op met de school.
geen contact met bio vader («Samuel»), woont vermoedelijk in Lissabon
In haar tekening staat oma «Wanda» in het huis van de goede dingen.
De wijkverpleegkundige «Ingrid Versteeg» zag tijdens het consult een brandwond op de arm.
Politie (jeugd- en zedenzaken) spreekt eerst met «Elif», daarna met moeder.
Mw. «Van der Kolk» van leerplicht heeft proces-verbaal opgemaakt.
«JOAO» (vader) zegt: eu não bati nele, hij heeft niet geslagen volgens hem
«Sanne»s vriend zit in een jeugdinrichting.
De halfzus, «Amira», heeft haar eigen begeleiding bij Lucertis.
Moeder (1990) en vader (1988) en de baby, «Otis», wonen in een huurwoning van Woonplus.
Namens verslavingszorg: «Hendrik Kuiper» volgt een ambulant traject bij Antes.
«bram smit» zit in groep 7 op de Prinses Julianaschool en mag daar niet opgehaald worden door vader
volgens «KIM BROUWER» (moeder) zijn de ruzies voorbij sinds vader weg is
Beste allen, in de bijlage het verslag; «Fleur Molenaar» heeft het gesprek met de gezinsvoogd gehad.
Tante «Daniela» uit Timisoara komt in de zomervakantie.
Vrienden van vader: «Lucas», «Kevin» en een zekere '«Boris»', komen vaak 's nachts langs.
Grootvader «Radu Ionescu» is in 2024 overleden, sindsdien zorgt moeder alleen.
«Anouska» (moeder) zegt: 'Ik heb genoeg aan mijn hoofd'.
De kinderen van «Senait Tesfay» gaan naar de Dalton basisschool in Schiedam.
Eerder contact met de gezinsvoogd mevrouw «Dekker» verliep moeizaam.
«Jurgen» (vriend van moeder) is 3 maanden geleden ingetrokken in het huis.
«Mees» ligt vaak op de bank tot 12 uur 's middags, zegt hij zelf.
Moeder geeft aan dat «Piet Hoek» (haar vader) een alcoholprobleem heeft.
De jongste, «Liwia», is 4 en gaat naar de peuteropvang in De Lier.
Zorg om het contact tussen «Aisha» en haar oudere vriend uit Rotterdam-Zuid.
Nadat «Hristo» in de cel zat is moeder met de kinderen verhuisd.
Vaders broer, «Vasile», woont in bij het gezin sinds februari.
Stem van de ouders: «Kamlesh» (vader) vindt dat de school overdrijft.
Ouders «J. Visser» en «M. Visser» willen meewerken aan een gezinsplan.
Uit gesprek met «Vincent» (broer, 21): 'hier kan het niet meer'.
VT-melding door «Bas van Wijk» (oud-buurman) over verwaarlozing.
Moeder vertelt over haar ex «Luis Semedo», die nog steeds berichten stuurt.
Jongste kind «Jesse» zit op de kinderopvang van Kinderopvang Westland.
«Natalia Wiśniewska» (moeder) werkt in nachtploegen in een distributiecentrum in Maasdijk.
Kind noemt vaak oom «Bartek» als iemand bij wie hij zich veilig voelt.
vader «Emil Dimitrov» is sinds mei werkloos na een conflict met de uitzendbureau-coördinator
De nieuwe partner, «Stijn Boer», heeft twee eigen kinderen die om het weekend komen.
«YARA» HEEFT DE KLASSE-AKTIVITEIT GEMIST OMDAT ZE OP HAAR BROERTJES MOEST PASSEN
Moeder heeft eerder gewoond bij haar neef «Dawit» in Rotterdam-West.
«Fatima Amrani» (jeugdarts) adviseert nader onderzoek naar groeiachterstand.
«Oliwia» vertelt: 'mama płacze co noc', moeder huilt elke nacht.
«Lotte Winter» (moeder) heeft een nieuwe baan in Naaldwijk.
Zus «Ileana» heeft moeder naar de huisarts gebracht.
vader «P. Zwart» was op 14-10 onder invloed bij het ophalen van de kinderen
Moeder staat ingeschreven bij haar zus «Priya» in Schiedam-Oost, maar slaapt daar niet.
Kinderen: «Jip» (8) en een broertje (5), beiden in Hoek van Holland op school.
In het netwerkberaad waren oma «Corrie», een buurvrouw en de voetbaltrainer aanwezig.
Buurman «Ton Kok» heeft de kinderen meerdere keren 's avonds laat buiten zien spelen.
De jongens gaan graag naar opa «Kees» in Monster.
«Milena» (moeder) heeft schulden bij een Bulgaarse bemiddelaar.
«Marian Popa» (stiefvader) is bekend bij de politie wegens huiselijk geweld.
«Rohan» (16) heeft een bijbaan bij de supermarkt in Vlaardingen.
Moeder en «Rutger» (haar broer) hebben al jaren ruzie over de erfenis.
Melding gedaan door juf «Annemiek» van groep 4.
Moeder noemt haar tante «Djamila» als steunfiguur, woont in Den Haag.
«Tessa» (15) is sinds 2 weken zoek geweest; politie heeft haar teruggevonden in Utrecht.
""".strip().split('\n')

BIRTHDATE = """Jeugdige: B., geboren «14-03-2013»
geb. datum J.: «02/09/2011»
Moeder is geboren op «7 januari 1992» in Poznan.
zoon (geb. «23-05-2014») zit in groep 8
Baby geboren op «19-11-2025», te vroeg, 34 weken.
Vader (°«12.04.1987») werkt in de kas.
DOB jongste: «2016-08-30»
Zus is jarig op «4 februari 2009», wordt dan 17.
Geboortedatum van de jeugdige: «31-12-2010» (verjaardag op oudejaarsdag).
de oudste, geboren «3 juli 2008», woont zelfstandig
Jeugdige(n): M., «08-10-2012»
MOEDER GEBOREN «21-06-1994» IN SOFIA
stiefvader geb «5-5-1985»
In het paspoort van L. staat als geboortedatum «16 mei 2015».
Geboren: «27-02-2017» in het Franciscus Vlietland.
Jongste is van «11-09-2019», valt onder de peuteropvang.
Tweeling geboren «1-4-2020», beide in het Erasmus MC.
geboortedag vader «29 november 1983» (Asmara)
""".strip().split('\n')

ID_NUMBER = """Dossiernummer Veilig Thuis: «VT-R-2025-88412»
clientnummer wijkteam «WT-SCH-40761»
Paspoort moeder: «NXK8R21P4»
Zaaknummer bij Jeugdbescherming: «JBRR-2024-17733»
Verblijfsdocument vader: «V09482214»
ID-kaart moeder (Pools): «CAJ 482115»
Bulgaarse persoonskaart: «648391027»
Dossier Lucertis: «LUC 209-4471»
Cliëntnr. Antes verslavingszorg: «AN-558201»
leerlingnummer van de jongste: «LLN 7740219»
Politie registratienummer van de aangifte tegen vader: «PL1700-2026-118842»
Zorgverzekering pasnummer kind: «ZK 6604 1193 2»
Rijbewijs stiefvader: «5812009473»
GGD dossier jeugdige: «JGZ-RW-0091847»
""".strip().split('\n')

ADDRESS = """Adres gezin: «Mathenesserdijk 214b», Rotterdam
vader woont nu op «Nieuwe Haven 31», Schiedam
Moeder is verhuisd naar «Westlandseweg 88-A» in Vlaardingen.
Oma woont op de «Noordvliet 12» in Maassluis.
tijdelijk verblijf: «Burg. Elsenweg 5» in Naaldwijk (huisje van de werkgever)
Opa in Monster, «Havenstraat 47», is het opvangadres.
ADRES: «ZWARTEWEG 102 ZW.», 'S-GRAVENZANDE
De kinderen verblijven bij tante op de «Bergweg 190 3e etage» in Rotterdam-Noord.
Pensionadres van vader: «Prins Hendrikstraat 9 kamer 4», Hoek van Holland
huurwoning «Hof van Delftweg 63», Schiedam
Moeder en kinderen wonen in op de «Kerkstraat 18» in De Lier.
""".strip().split('\n')

POSTCODE = """Postcode gezin: «3027 KD»
moeder staat ingeschreven op postcode «3131 XN» Vlaardingen
Nieuwe postcode na verhuizing: «3142AL»
oma woont in «2681 PB» Monster
PC van vader: «2691 ET»
Woonadres in «3037 BM» Rotterdam (Noord).
Brief teruggekomen van «2671 GV» Naaldwijk.
Opvang bij opa, postcode «3151 HR» Hoek van Holland
«3119 AS» Schiedam — adres van de nieuwe partner
INGESCHREVEN OP «2678 AD» DE LIER
Post gaat naar postcode «3023 ZT»
""".strip().split('\n')

BSN = """BSN jeugdige: «{BSN}»
bsn moeder «{BSN}»
Vaders burgerservicenummer: «{BSN}»
BSN van de baby is «{BSN}», nog niet doorgegeven aan JGZ
Burgerservicenr. oudste: «{BSN}»
BSN: «{BSN}» (stiefvader)
In de beschikking staat BSN «{BSN}».
BSN K.: «{BSN}»
Het BSN van het kind («{BSN}») stond in de mail.
BSN MOEDER «{BSN}»
sofinr/bsn vader «{BSN}»
""".strip().split('\n')

PHONE = """Moeder bereikbaar op «06-41287735»
tel. vader: «+48 512 883 204» (Polen)
Bel oma op «010-4738821»
Nummer van de tante: «0174 628 114»
telefoon stiefvader «+359 88 741 2290»
06 van moeder is gewijzigd naar «06 19 44 72 08»
Whatsapp jeugdige: «+31 6 2873 4401»
Vader heeft een nieuw nummer, «0610583327».
Contactpersoon netwerk: opa, «0174-213509»
De buurvrouw gaf haar nummer: «010 - 473 22 91».
Tel. zus in Boekarest: «+40 721 447 309»
""".strip().split('\n')

EMAIL = """Mail van moeder: «kasia.nowak92@gmail.com»
vader mailt vanaf «georgi.petrov.bg@abv.bg»
Reactie van oma via «t.molenaar@kpnmail.nl»
Jeugdige heeft mailadres «bramsmit2011@hotmail.com» opgegeven.
Van: «andreea.popescu88@yahoo.com» Verzonden: dinsdag
Cc: «ramsaran.sunita@outlook.com»
Het e-mailadres van stiefvader is «r.lopes.cv@live.nl».
E-mail tante: «marta.k@wp.pl»
mail ouders: «fam.dewit.sgz@ziggo.nl»
""".strip().split('\n')

IBAN = """Rekeningnummer moeder: «{IBAN}»
Vader betaalt de alimentatie niet meer naar «{IBAN}».
Schuldhulp: rekening van gezin «{IBAN}»
IBAN vader (Pools): «{IBANPL}»
Toeslag wordt gestort op «{IBAN}»
rek.nr oma «{IBAN}»
Bulgaarse rekening van vader: «{IBANBG}»
Huur wordt afgeschreven van «{IBAN}»
Beschermingsbewind: leefgeld naar «{IBAN}»
""".strip().split('\n')

URL = """Instagram van de jeugdige: «https://www.instagram.com/lotte_winter_2011»
Facebook moeder: «https://www.facebook.com/ivanka.petrova.5831»
vader post filmpjes op «https://www.tiktok.com/@bogdan.kas.westland»
TikTok van J.: «tiktok.com/@jipdeboer08»
Snapchat van oudste: «https://www.snapchat.com/add/mees.hoek11»
LinkedIn stiefvader: «https://www.linkedin.com/in/stijn-boer-3b9a1177»
""".strip().split('\n')

PLACE = """Het gezin is in 2022 van Plovdiv naar Naaldwijk verhuisd.
Vader werkt in Poeldijk en slaapt doordeweeks in Wateringen.
De kinderen gaan naar school in Schiedam-Noord.
Moeder is opgegroeid in Paramaribo en kwam op haar twaalfde naar Rotterdam.
Oma woont in Maasland, vlak bij de kerk.
Omdat het gezin van Vlaardingen naar Maassluis is verhuisd, gaat de zaak over naar het wijkteam daar.
Zomers gaan ze vaak naar Kaapverdië (Praia) bij de familie.
Het oudste kind woont in Boekarest bij een tante.
De familie komt uit Asmara en via Ethiopië naar Nederland.
Jongste gaat naar de peuteropvang in Honselersdijk.
vader verblijft nu in Kwintsheul bij een collega
Moeder wil verhuizen naar Delfshaven omdat daar haar familie woont.
Wekelijks naar de markt in Vlaardingen-Oost met moeder.
De jeugdige hangt rond in Spangen en het Bospolder.
Oom woont in Wrocław, vader rijdt er regelmatig heen.
Ze hebben eerder in Ter Heijde en Monster gewoond.
Familie van vaders kant komt uit Suriname, district Nickerie.
Moeder gaat elk voorjaar naar Roemenië voor de seizoensarbeid.
Contact met de familie in Gdańsk verloopt via videobellen.
Zoon heeft een vriendengroep in Oud-Mathenesse.
het gezin verbleef enkele weken in de noodopvang in Hoogvliet
Vakantie in Burgas, Bulgarije; de kinderen kwamen bruin en blij terug.
De jeugdige zit op een school in Rotterdam-Noord (Liskwartier).
In 's-Gravenzande is het gezin bekend bij de buurtsportcoach.
VADER IS TERUGGEKEERD NAAR VARNA
De vader woont in Delft, de kinderen zien hem om het weekend.
Ze zwemt bij het zwembad in Maassluis-West.
Vroeger woonden ze in Schiedam-Kethel, nu in Woudhoek.
De jongste is geboren in Lissabon.
Moeder is alleen met de kinderen naar Hoek van Holland vertrokken na de ruzie.
Bezoekregeling vindt plaats in Rotterdam-Centrum.
Het gezin heeft familie in Den Hoorn en in Schipluiden.
Oma woont in Kralingen.
Sinds de zomer woont vader in Brielle.
Ze hebben familie in Hindostaanse gemeenschap in Den Haag-Transvaal.
Vader werkt afwisselend in Westland en in het Noordland.
Jongen speelt voetbal in Vlaardingen-Holy.
Het gezin komt oorspronkelijk uit Constanța.
Moeder denkt aan terugkeer naar Lublin.
de kinderen logeren soms in Rozenburg
Zorg dat er iemand in Maasdijk beschikbaar is voor de nachten.
De tante woont in Pijnacker en is bereid te helpen.
Het kind reist alleen met de tram van Blijdorp naar school.
Grootouders wonen in Wijk bij Duurstede.
De jeugdige wil terug naar Hillegersberg waar ze vroeger woonde.
Gezin heeft eerder in Zwartewaal gewoond.
Moeder gaat naar een taalcursus in Nieuwland (Schiedam).
Vader komt uit Santo Antão, een eiland van Kaapverdië.
Na de scheiding verhuisde moeder naar Heenvliet.
De kinderen fietsen iedere dag van Naaldwijk naar Honselersdijk.
""".strip().split('\n')

INSTITUTION = """Moeder is aangemeld bij Antes voor haar alcoholgebruik.
De jeugdige zit op het Lentiz Maasland College in Maassluis.
Veilig Thuis Rotterdam Rijnmond heeft de melding doorgezet naar het wijkteam.
Vader is in behandeling bij Bouman GGZ.
Het gezin wordt ondersteund door Stichting Thuis in Schiedam.
De kinderen gaan naar de Koningin Julianaschool in Naaldwijk.
Schuldhulp loopt via het Kredietbank Rotterdam.
De zoon voetbalt bij VV Westlandia.
Jongste gaat naar de Willem de Zwijgerschool in Vlaardingen.
Moeder ontvangt hulp van Stek Jeugdhulp.
De jeugdige zit op het Schravenlant in Schiedam.
Gezinsvoogd van Jeugdbescherming west is betrokken.
Vader werkt via uitzendbureau Otto Workforce in de tuinbouw.
Moeder werkt bij Koppert in Berkel.
Pleeggezin geregeld via Enver.
De baby is opgenomen geweest in het Sophia Kinderziekenhuis.
Het oudste kind zit op het Hoeksch Lyceum.
Contact met Woonplus over huurachterstand.
Vader bezoekt de moskee Mevlana in Rotterdam-West.
Moeder bezoekt de Poolse katholieke kerk in Schiedam.
Begeleiding door Levvel is gestart.
Juf van de Jan Ligthartschool signaleert veel verzuim.
De kinderen sporten bij Hockeyclub Hoek.
Het gezin staat ingeschreven bij Woonzorg Nederland.
Moeder heeft een uitkering via de Sociale Dienst Drechtsteden... nee, via de gemeente Westland.
Jeugdige is aangemeld bij Youz voor behandeling.
De huisarts verwijst naar Parnassia.
Vader werkt bij Van der Lans Kwekerijen in De Lier.
De jongste zit op CBS De Wijngaard.
De oudste krijgt bijles via Stichting de Meeuw.
Moeder is geholpen door het Leger des Heils in Rotterdam-Noord.
Het gezin bezoekt de Roemeens-orthodoxe kerk in Rotterdam.
Leerplicht van de gemeente Vlaardingen heeft een gesprek ingepland.
De jongen zit bij Scouting Hoek van Holland.
Het politieteam Schiedam heeft een zorgmelding gemaakt.
Vader is gecontroleerd door de Arbeidsinspectie bij een tuinder in Monster.
Moeder werkt via Flexwerk Westland in de sla-kas.
Het kind is onderzocht door het Ikazia Ziekenhuis.
Er is contact met de Raad voor de Kinderbescherming Rotterdam.
De zoon zit op het Groen van Prinstererlyceum in Vlaardingen.
Brede school De Singel heeft het gezin doorverwezen.
De school Sint Jozef in Maassluis meldde zorgen.
Het Franciscus Vlietland heeft de eerste hulp gegeven.
De kinderen gaan op vrijdag naar de Bibliotheek Schiedam voor huiswerkbegeleiding.
Jongste zit op kinderdagverblijf De Kleine Boer in Wateringen.
De jeugdige traint bij Zwemvereniging De Zwart.
Moeder krijgt budgetcoaching van Humanitas.
Contact met het Jeugd Sportfonds is gelegd.
Vader werkt bij Hoogendoorn Growth Management.
Het ziekenhuis Van Weel-Bethesda heeft gemeld.
""".strip().split('\n')

EVENT_DATE = """Op 14-10-2026 is de politie ter plaatse geweest.
Huisbezoek gepland op 22-10-2026.
Melding bij Veilig Thuis op 03-09-2026.
Op 1 november is het gezin verhuisd.
Opname van moeder op 17-08-2026.
Zitting bij de rechtbank op 12 december 2026.
Consultatiebureau-afspraak op 21-11-2026.
Op 5-10-2026 werd het kind met blauwe plekken naar school gestuurd.
Netwerkberaad gehouden op 30-09-2026.
Eerste gesprek wijkteam op 2 oktober 2026.
ZORGMELDING POLITIE 11-10-2026
Op 28 september heeft school gebeld.
Evaluatiemoment gepland op 19-01-2027.
Op 09-11-2026 is de jongste naar de huisarts geweest.
Het incident vond plaats in de nacht van 25 op 26 oktober.
Vader is op 13-07-2026 gearresteerd.
Moeder kwam op 2026-10-04 terug uit Roemenië.
Overdracht aan de GI per 01-12-2026.
Crisisopname jeugdige op 8 augustus 2026.
Schoolverzuim sinds 15-09-2026.
Op 24-12-2025 is moeder naar de opvang gegaan.
Bevalling in het Erasmus MC op 02-02-2026; geen complicaties.
De baby had op 19-03-2026 haar eerste controle.
Verhoor bij zedenzaken op 27-10-2026.
Contactverbod vader in werking vanaf 16-10-2026.
Laatste huisbezoek: 7 november.
Op 31-10-2026 is de melding besproken in het MDO.
Moeder start op 04-01-2027 met behandeling.
Leerplichtzitting op 18-11-2026.
Huisbezoek 20-10-2026 met tolk Pools.
""".strip().split('\n')

PROFESSIONAL = """Inbrenger: Mirjam Verkerk, casemanager, wijkteam Vlaardingen
Vaste deelnemer: Erwin Schouten, Veilig Thuis Rotterdam Rijnmond
Gedragsdeskundige geraadpleegd: Ja, Karin Bosman (gedragswetenschapper wijkteam Schiedam)
De jeugdarts van de GGD Rotterdam-Rijnmond is op de hoogte.
Gezinsvoogd van Jeugdbescherming west heeft het overgenomen.
De leerplichtambtenaar heeft een gesprek gehad met moeder.
De wijkagent heeft de situatie bekeken.
De mentor van de jeugdige is bezorgd over het verzuim.
De verslavingsarts van Antes stelt een traject voor.
Inbrenger: Thijs van Leeuwen, gezinscoach, wijkteam Westland
Vaste deelnemer: Nadia Bakker, wijkteam Maassluis
De rechercheur van jeugd- en zedenzaken neemt contact op met school.
De huisarts heeft een verwijzing gegeven naar de GGZ.
De consulent van het uitzendbureau heeft de huisvesting van vader geregeld.
Gedragswetenschapper geraadpleegd: Ja, Lennart Hofman, Jeugdbescherming west
Het wijkteam Rotterdam-Noord voert de regie.
De schuldhulpverlener maakt een plan met moeder.
De tolk Bulgaars was aanwezig bij het gesprek.
Inbrenger: Sevda Aksoy, jeugdconsulent, gemeente Schiedam
Vaste deelnemer: Maarten de Graaf, Jeugdbescherming west
De intern begeleider van de basisschool ziet vooruitgang.
De gezinsvoogd overweegt een ondertoezichtstelling.
De medewerker van Veilig Thuis adviseert een veiligheidsplan.
INBRENGER: R. DE JONG, CASEMANAGER, WIJKTEAM HOEK VAN HOLLAND
De kraamverzorgende heeft zorgen geuit over de hygiëne.
Jeugdverpleegkundige van het CJG komt wekelijks langs.
Vaste deelnemer: Wouter Meijer, gemeente Vlaardingen
De behandelaar van Lucertis doet diagnostiek.
Inbrenger: Marleen van Rijn, ambulant hulpverlener, Stek Jeugdhulp
De zedenrechercheur adviseert een studioverhoor.
""".strip().split('\n')

AGE = """De jeugdige is 14 jaar en zit in de tweede klas.
Moeder is 34 jaar oud.
Oudste zoon (17) wil zelfstandig wonen.
De baby is 4 maanden oud.
De tweeling is 8 jaar.
Vader is 52 jaar en werkt fulltime.
Jongste kind is net 2 geworden.
De jeugdige (15 jaar) heeft een bijbaan.
Oma is 78 jaar en niet meer mobiel.
De zus is 11 jaar en draagt veel zorg.
Het meisje van 13 spijbelt.
Zoon van 16 jaar gebruikt cannabis.
Moeder was 19 jaar toen haar eerste kind geboren werd.
Kinderen van 3, 6 en 9 jaar.
De jeugdige wordt binnenkort 18.
Broer (21) woont nog thuis.
Kind van 7 jaar is vaak alleen thuis.
De jongen van 12 zit in groep 8.
Het meisje is 10 weken oud.
Opa van 81 past soms op.
""".strip().split('\n')

ORG_NUMBER = """Veilig Thuis is bereikbaar via 0800-2000.
Bel bij acuut gevaar 112.
KvK-nummer van het uitzendbureau: 24398212.
AGB-code van de huisartsenpraktijk: 01012345.
Casusnummer VHT-2026-0117.
Medicatie: 20 mg methylfenidaat, 2x per dag.
SDQ-score jeugdige: 24.
Politie geen spoed: 0900-8844.
Kindertelefoon: 0800-0432.
Veiligheidsscore inbrenger: 3 op 10.
VHT-2025-0234 is de vorige bespreking.
De Raad heeft het rapport onder nummer VHT-2026-0041 aangeleverd.
Gemeente Westland, klantcontact 14 0174.
Vorige bespreking: VHT-2026-0089.
ARIJ-score: hoog risico.
KvK uitzendbureau Westland: 27264052.
Gemeente Schiedam: 14 010.
Dosis lorazepam 1 mg voor de nacht.
Luisterlijn: 088-0767000.
Zorgverzekeraar: UZOVI 3311.
""".strip().split('\n')
