# Hand-written ALLOW lines for blind set 17. Format: CATEGORY<TAB>sentence.
LINES = r"""
PLACE	Het gezin is in 2024 verhuisd van Ommen naar Goes.
PLACE	Vader werkt in de haven van Vlissingen-Oost en is vaak 12 uur van huis.
PLACE	Moeder is opgegroeid in Tholen en heeft daar nog vriendinnen.
PLACE	De kinderen gaan in de zomer naar familie in Zeeland (NB), vlakbij Uden.
PLACE	Oma woont in Houten, een half uur fietsen.
PLACE	gezin komt oorspronkelijk uit Asmara, via Libië en Italië in 2016 naar Nederland gekomen
PLACE	Vader pendelt tussen Terneuzen en Gent voor zijn werk.
PLACE	De familie van moeder woont in Sluiskil en Sas van Gent.
PLACE	Ze hebben eerder gewoond in Kanaleneiland en daarna in Overvecht.
PLACE	verhuizing naar Vathorst gepland voor januari
PLACE	Moeder gaat met de kinderen naar haar familie in Plovdiv voor de kerst.
PLACE	Vader verblijft afwisselend in Wrocław en in Middelburg.
PLACE	Oom woont in Sint Jansteen, net over de grens bij Hulst.
PLACE	DE KINDEREN ZIJN ONDERGEBRACHT IN IJZENDIJKE.
PLACE	Het gezin woont op een boerderij tussen Kruiningen en Krabbendijke.
PLACE	gezin is onderdeel van een grote familie in Kapelle, Yerseke en Rilland
PLACE	oma woont in de Molukse wijk van Culemborg, tante in Tiel
PLACE	Moeder is geboren in Bandung en op haar vijfde naar Nederland gekomen.
PLACE	Vader is opgegroeid in Soesterkwartier en kent daar iedereen.
PLACE	De jongste logeert vaak in Bunschoten-Spakenburg bij een gastgezin.
PLACE	De tienerdochter hangt rond bij het station in Hilversum en in Bussum.
PLACE	Moeder vindt rust in Blaricum, bij het Gooimeer.
PLACE	Vanuit Eemnes gaan de kinderen met de bus naar school in Baarn.
PLACE	Gezien in Lunetten bij de winkels, volgens de wijkagent.
PLACE	Sinds de scheiding woont vader in Breda en moeder in Vlissingen.
PLACE	verhuisd van Kattenbroek naar Liendert, dichter bij de school
PLACE	Ze gaan elke zondag naar de kerk in Sint-Maartensdijk.
PLACE	Oom en tante wonen in Vrouwenpolder en hebben een camping.
PLACE	De familie komt uit een Roma-nederzetting bij Sliven, in het oosten van Bulgarije.
PLACE	De kinderen zijn op vakantie geweest in Cadzand en Retranchement.
PLACE	Vader is in Zaamslag opgegroeid en wil daar terug naar toe.
PLACE	Moeder heeft een vriendin in Koudekerke die helpt met boodschappen.
PLACE	school ligt in Nieuw-Namen, vlak bij de Belgische grens
PLACE	Opa en oma wonen in Ede, de kinderen gaan er met de trein naartoe.
PLACE	het gezin kwam in 2019 uit Gdańsk naar Oostburg
PLACE	Gezin woont sinds 2021 in Zuilen.
PLACE	De jongen is 's nachts gevonden in Hoograven, ver van huis.
PLACE	moeder wil terug naar Leeuwarden, waar haar netwerk is
PLACE	tante komt uit Amerongen en broer uit Rhenen
PLACE	Vader heeft een baan gevonden in Veenendaal.
PLACE	VADER WOONT IN KORTGENE, MOEDER IN WEMELDINGE.
PLACE	De familie komt oorspronkelijk uit Oost-Java en Ambon.
PLACE	Het gezin woonde tot kort in Ellewoutsdijk, nu in 's-Heerenhoek.
PLACE	Eerder gewoond in Hoogland en Leusden.
PLACE	De kinderen worden in de vakantie opgevangen in Lamswaarde.
PLACE	De jongste is op het strand van Zoutelande gevonden door badgasten.
PLACE	Moeder reist vaak naar Kraków om haar zieke vader te bezoeken.
PLACE	tijdelijke opvang in Driebergen, daarna terug naar Zeist
PLACE	Vader is vanuit Hilversum naar Loosdrecht verhuisd.
PLACE	Het gezin komt uit Keren in Eritrea en heeft familie in Khartoum.
INSTITUTION	Moeder is aangemeld bij De Hoop ggz in Dordrecht voor haar alcoholgebruik.
INSTITUTION	De jongste zit op het Calvijn College in Goes.
INSTITUTION	J. is gezien door de kinderarts van het Admiraal De Ruyter Ziekenhuis in Vlissingen.
INSTITUTION	De bevalling was in het ZorgSaam ziekenhuis in Terneuzen.
INSTITUTION	Behandeling loopt via Centrum Maliebaan in Utrecht (verslavingszorg).
INSTITUTION	Vader is in zorg bij Altrecht, afdeling acute psychiatrie.
INSTITUTION	De oudste zit op het Van Lodenstein College in Amersfoort.
INSTITUTION	S. gaat naar het Farel College, havo 3.
INSTITUTION	De school van de tweeling is de Koningin Wilhelminaschool in Kapelle.
INSTITUTION	Moeder is opgenomen in het Wilhelmina Kinderziekenhuis met de baby.
INSTITUTION	Het Meander Medisch Centrum heeft een melding gedaan bij Veilig Thuis Utrecht.
INSTITUTION	Tergooi MC heeft de SEH-arts laten bellen over de botbreuk.
INSTITUTION	GGZ Centraal heeft vader op de wachtlijst gezet.
INSTITUTION	de jongste zit bij de peuteropvang van Kinderopvang Hoera in Hilversum
INSTITUTION	Eleos (christelijke ggz) is bereid moeder te behandelen.
INSTITUTION	Amerpoort biedt dagbesteding voor de oudste zoon.
INSTITUTION	Samen Veilig Midden-Nederland voert de ondertoezichtstelling uit.
INSTITUTION	Leger des Heils in Middelburg heeft de gezinshuisplek aangeboden.
INSTITUTION	moeder heeft contact met de Molukse Evangelische Kerk in Culemborg
INSTITUTION	Vader gaat naar de Hersteld Hervormde Kerk in Kapelle.
INSTITUTION	De Eritrees-Orthodoxe kerk in Rotterdam is belangrijk voor de familie.
INSTITUTION	Gereformeerde Gemeente Yerseke heeft diaconale hulp gegeven.
INSTITUTION	Zeldenrust-Steelantcollege meldt veel verzuim.
INSTITUTION	Hij zit op het Johan van Oldenbarnevelt Gymnasium, 4e klas.
INSTITUTION	Het Comenius College in Hilversum heeft een zorgteam ingeschakeld.
INSTITUTION	Hoornbeeck College biedt een plek in de entreeopleiding.
INSTITUTION	De oudste zat op het Gerrit Rietveld College maar is uitgeschreven.
INSTITUTION	Lister heeft moeder begeleid naar zelfstandig wonen.
INSTITUTION	verwezen naar Indigo Zeeland voor lichte psychische klachten
INSTITUTION	Tactus heeft geen plek, Brijder wel.
INSTITUTION	politie eenheid Zeeland-West-Brabant, team Walcheren, is bekend met het gezin
INSTITUTION	De Rechtbank Midden-Nederland heeft de zitting gepland.
INSTITUTION	Orionis Walcheren betaalt de bijzondere bijstand.
INSTITUTION	Porthos heeft de uitkering van vader stopgezet.
INSTITUTION	Zeeuwse Gronden heeft het gezin geholpen met opvoedondersteuning.
INSTITUTION	vader zit bij de voetbalclub VV Kloetinge
INSTITUTION	SV Zeelandia Middelburg is een veilige plek voor de jongste.
INSTITUTION	De kinderen gaan naar de Poolse zaterdagschool in Goes.
INSTITUTION	Centrum voor Jeugd en Gezin Amersfoort heeft het consultatiebureau gedaan.
INSTITUTION	Blijf Groep heeft moeder een plek aangeboden in de opvang.
INSTITUTION	R. is doorverwezen naar het Prinses Amalia Kinderziekenhuis.
INSTITUTION	Youké heeft de hulp aan de tienerdochter overgenomen.
INSTITUTION	Diakonessenhuis Utrecht, afdeling kindergeneeskunde, heeft contact opgenomen.
INSTITUTION	De woningcorporatie Woongoed Middelburg dreigt met ontruiming.
INSTITUTION	Het St. Bonifatiuscollege heeft een leerplichtmelding gedaan.
INSTITUTION	Kwintes begeleidt vader in een beschermde woonvorm.
INSTITUTION	Moeder gaat naar de Mescidi Aksa moskee in Amersfoort voor rust.
INSTITUTION	Erfgooiers College heeft een plaats voor de middelste in het praktijkonderwijs.
INSTITUTION	Scalda heeft de opleiding van de oudste gestopt.
INSTITUTION	Jeugdzorg Emergis (KJP) heeft de intake gedaan.
EVENT_DATE	Op 14-03-2026 is de politie ter plaatse geweest na een melding van buren.
EVENT_DATE	Huisbezoek op 22/07/2026 samen met de jeugdarts.
EVENT_DATE	de baby is op 11-08-2026 gezien op het consultatiebureau (gewicht 5200 g)
EVENT_DATE	Zitting bij de kinderrechter op 19 mei 2026.
EVENT_DATE	Opname in de kliniek van 2 feb. tot 30 mrt. 2026.
EVENT_DATE	Melding Veilig Thuis binnengekomen op 2026-05-27.
EVENT_DATE	28-okt-2026: moeder liet de kinderen alleen in de auto op de parkeerplaats.
EVENT_DATE	Op 17-12-2025 is de OTS uitgesproken voor een jaar.
EVENT_DATE	vorige bespreking VHT: 3 sept. 2026
EVENT_DATE	Op zaterdag 30 mei werd vader aangehouden in Goes.
EVENT_DATE	Incident van 4/1/'26: ruzie op straat, de kinderen keken toe.
EVENT_DATE	Gezinsgesprek gepland op dinsdag 8 december 2026, 09.30 uur.
EVENT_DATE	d.d. 20.10.2026 intake bij de verslavingszorg
EVENT_DATE	Week 45: drie keer ongeoorloofd verzuim.
EVENT_DATE	De baby werd op 13 november met spoed opgenomen wegens uitdroging.
EVENT_DATE	OP 05-11-2026 IS MOEDER AANGEHOUDEN VOOR RIJDEN ONDER INVLOED.
EVENT_DATE	Sinds Koningsdag 2026 slaapt vader weer thuis.
EVENT_DATE	De zorgmelding van 09.11.2026 ging over geluidsoverlast.
EVENT_DATE	Moeder is op 1-7-2026 uit de kliniek ontslagen.
EVENT_DATE	Na de kerst 2025 is het contact met vader gestopt.
EVENT_DATE	Evaluatie veiligheidsplan op 30-11-2026.
EVENT_DATE	gesprek met school op 12 okt. jl.
EVENT_DATE	De kinderen zijn op 24 december 2025 door de politie opgehaald.
EVENT_DATE	Op 7 januari 2026 kwam de eerste melding van de kraamzorg binnen.
EVENT_DATE	Suïcidepoging van de oudste op 21-09-2026, daarna opname.
EVENT_DATE	20260918: verslag SEH ontvangen
EVENT_DATE	Eerstvolgende controle bij de kinderarts: 15 januari 2027.
EVENT_DATE	sinds de zomervakantie van 2026 gaat het beter op school
EVENT_DATE	De uithuisplaatsing was op woensdag 2 september 2026.
EVENT_DATE	Vader wordt op 16-12-2026 vrijgelaten uit de PI.
PROFESSIONAL	Inbrenger: Ilse Verburg, jeugdconsulent, Gemeente Goes
PROFESSIONAL	Vaste deelnemer: Thijs Oudshoorn, Sociaal Team Vlissingen
PROFESSIONAL	Gedragsdeskundige geraadpleegd: Ja, Maaike Hogervorst (orthopedagoog GZ) op 4-11-2026
PROFESSIONAL	De jeugdarts van de GGD Zeeland heeft het kind gewogen.
PROFESSIONAL	de gezinsvoogd van Samen Veilig belt wekelijks met moeder
PROFESSIONAL	Verslavingsarts van Centrum Maliebaan adviseert een klinische opname.
PROFESSIONAL	De kinderarts heeft om een second opinion gevraagd.
PROFESSIONAL	Huisarts is bezorgd over het gewicht van de baby.
PROFESSIONAL	Leerplichtambtenaar heeft een gesprek gehad met vader en school.
PROFESSIONAL	De jeugdagent van Politie Utrecht kent de oudste zoon.
PROFESSIONAL	Psychiater van Altrecht stelt een bipolaire stoornis vast bij moeder.
PROFESSIONAL	Inbrenger (naam, functie, organisatie): Bas Terlouw, casemanager, Veilig Thuis Zeeland
PROFESSIONAL	Vaste deelnemer: Eline de Rooij-Kamminga, Toegang Amersfoort
PROFESSIONAL	Gedragswetenschapper geraadpleegd: Ruud Spaargaren (GZ-psycholoog wijkteam Utrecht-Zuid)
PROFESSIONAL	De wijkverpleegkundige komt drie keer per week.
PROFESSIONAL	de IB'er van de basisschool meldt verzuim
PROFESSIONAL	De raadsonderzoeker van de RvdK heeft met moeder gesproken.
PROFESSIONAL	Mentor en zorgcoördinator zijn op de hoogte.
PROFESSIONAL	Het sociaal psychiatrisch verpleegkundige van Emergis komt aan huis.
PROFESSIONAL	De verloskundige zag tekenen van verwaarlozing tijdens de kraamweek.
PROFESSIONAL	Jeugdreclasseerder van Intervence begeleidt de oudste zoon.
PROFESSIONAL	De ambulant begeleider van Kwintes helpt vader met zijn administratie.
PROFESSIONAL	Inbrenger: Noortje Baaijens, gezinscoach, Jeugdteam Hilversum
PROFESSIONAL	Vaste deelnemer: Sevda Kılıç, Sociaal Team Terneuzen
PROFESSIONAL	De wijkagent van Kanaleneiland was erbij.
PROFESSIONAL	schuldhulpverlener van de gemeente is gestart
PROFESSIONAL	De tolk Tigrinya was telefonisch aanwezig.
PROFESSIONAL	De maatschappelijk werker van het ziekenhuis heeft gebeld.
PROFESSIONAL	GEZINSVOOGD EN JEUGDARTS ZIJN HET EENS OVER DE ZORGEN.
PROFESSIONAL	Consulent van de Roma-projecten van de gemeente Nieuwegein is bemiddelaar.
AGE	J. is 14 jaar en zit in de derde klas.
AGE	De tweeling is 9, het jongste kind 7 maanden.
AGE	Moeder is 34 jaar, vader 41.
AGE	De oudste dochter (17) wil op zichzelf gaan wonen.
AGE	Bij de geboorte van haar eerste kind was moeder 16.
AGE	Kinderen van 2, 5, 8, 11 en 13 jaar.
AGE	M. wordt in maart 12, dan is haar stem verplicht.
AGE	de baby is 6 weken oud
AGE	VADER IS 52 EN HEEFT HARTKLACHTEN.
AGE	K. is 15 jaar en is sinds groep 8 niet meer op school geweest.
AGE	Oma is 81 en kan de zorg niet meer aan.
AGE	S. (16 jr) werkt al in de kassen.
AGE	De jongste is net 4 en gaat naar groep 1.
AGE	moeder was 19 toen ze uit Eritrea vertrok
AGE	De broer van 22 woont nog thuis.
AGE	Sinds zijn 11e gebruikt hij cannabis.
AGE	R. is 3½ en praat nog niet.
AGE	De stiefvader is 27 jaar, moeder 38.
AGE	De middelste, 10 jaar oud, mag niet buiten spelen.
AGE	T. wordt volgende week 18 en wil dan geen hulp meer.
ORG_NUMBER	Veilig Thuis is 24/7 bereikbaar op 0800-2000.
ORG_NUMBER	In nood belt moeder 112, dat is met haar besproken.
ORG_NUMBER	Kindertelefoon 0800-0432 is met J. besproken.
ORG_NUMBER	113 Zelfmoordpreventie is besproken met de oudste.
ORG_NUMBER	KvK-nummer zorgaanbieder: 71824513
ORG_NUMBER	AGB-code van de praktijk: 94012378
ORG_NUMBER	Zie VHT-2026-0187 (eerdere bespreking).
ORG_NUMBER	Vervolg op VHT-2025-0093.
ORG_NUMBER	Methadon 60 mg per dag, uitgegeven bij de apotheek.
ORG_NUMBER	Veiligheidsscore inbrenger 3, moeder 7, J. 4.
ORG_NUMBER	Huurachterstand € 4.380, schuld bij Zilveren Kruis € 2.112.
ORG_NUMBER	Lithium 800 mg, spiegel 0,7 mmol/l.
ORG_NUMBER	Gemeente Goes bereikbaar via 14 0113.
ORG_NUMBER	Juridisch Loket 0900-8020 heeft moeder geadviseerd.
ORG_NUMBER	Verzuim 86 uur in schooljaar 2025-2026.
ORG_NUMBER	ARIJ-score 17, hoog risico.
ORG_NUMBER	Politie-noodnummer niet-spoed 0900-8844.
ORG_NUMBER	Anoniem melden via Meld Misdaad Anoniem 0800-7000.
ORG_NUMBER	Ritalin 2 dd 10 mg, voorgeschreven door de kinderarts.
ORG_NUMBER	Postbus 300 van de Raad is het juiste adres voor stukken.
"""
