# Hand-written ALLOW lines ({KVK}, {AGB} filled with numbers that fail the 11-check)
PLACE = r'''
Het gezin woont sinds 2019 in Staphorst, daarvoor in IJsselmuiden.
vader komt oorspronkelijk uit Genemuiden, moeder uit Kampen
oma woont in Ouderkerk aan den IJssel, 15 minuten fietsen
De kinderen logeren soms in Elspeet bij familie.
VERHUISD VAN NUNSPEET NAAR HARDERWIJK IN DE ZOMER
Wekelijks naar de kerk in Rijnsburg.
vader vaart vanaf Urk, vangstgebied Noordzee en Kanaal
Moeder is geboren in Asmara (Eritrea) en kwam via Sudan.
het gezin vluchtte uit Homs, daarna twee jaar Libanon
Molukse wijk in Capelle aan den IJssel, sinds drie generaties.
Oom woont op Ambon en tante op Seram.
Grootouders wonen in Lekkerkerk, aan de dijk.
familie in Stolwijk, Haastrecht en Schoonhoven
Het gezin is verhuisd binnen Gouda, van Bloemendaal naar Goverwelle.
jeugdige zit op school in Bodegraven, het gezin woont in Nieuwerbrug
vader werkt in Waddinxveen bij een kwekerij
Katwijk aan Zee, de Zuid-Boulevard, is waar J. 's avonds rondhangt.
Nieuwe woning in Alphen aan den Rijn, wijk Kerk en Zanen.
De familie komt uit Barneveld en Voorthuizen.
Moeder wil terug naar Krimpen aan den IJssel.
Logeeradres in Hoevelaken, bij een gezin uit de kerk.
de jongste gaat naar de peuterspeelzaal in Zwartebroek
VADER HEEFT WERK IN SCHERPENZEEL
Het gezin woont in Kootwijkerbroek, een kerkdorp tussen Barneveld en Voorthuizen.
zus woont in Rouveen, broer in De Wijk
ouders trouwden in Hasselt (Ov.) in 2004
vriendenkring zit vooral in Ederveen en Lunteren
Moeder spreekt af in Oud-Beijerland met haar zus.
Oudste zoon werkt in IJmuiden op een trawler.
Vakantie in Zeeland, bij Yerseke en Tholen.
vader vertrok na de ruzie naar Dirksland
De kinderen gaan naar opvang in Moordrecht.
Nieuwe huurwoning in Reeuwijk-Brug.
Tante woont in Hazerswoude-Dorp en heeft een boerderij.
gezin uit Boskoop, sinds kort in Hazerswoude-Rijndijk
Moeder groeide op in Aleppo, vader in Idlib.
Vader heeft familie in Keren en Mendefera.
Ze wonen in de Griend, bij het haventje van Krimpen.
logeeradres bij familie in Sint Philipsland
Oma en opa wonen in Emmeloord, in de Noordoostpolder.
GEZIN WOONT IN MIDDELHARNIS, VADER WERKT IN ROTTERDAM-ZUID
Moeder haalt boodschappen in Ede omdat het daar goedkoper is.
Gevlucht via Turkije en Griekenland; aangekomen in Ter Apel.
Ze zijn daarna opgevangen in het azc in Zoetermeer.
het jongste kind verblijft tijdelijk in Opheusden
vader rijdt elke dag naar Veenendaal en terug
In Katwijk-Noord zijn meerdere zorgmeldingen over het gezin gedaan.
Kinderen spelen in de Hoge Veluwe, moeder zit dan thuis.
Tante woont in Vollenhove, aan de Zuiderzee.
familie van vader woont verspreid over Tigray en Khartoum
'''
INSTITUTION = r'''
J. zit op het Van Lodenstein College in Amersfoort.
Basisschool Koningin Wilhelmina in Elspeet heeft het verzuim gemeld.
De kinderen gaan naar de Johannes Calvijnschool.
A. zit op de Guido de Brès in Rotterdam.
Hersteld Hervormde Gemeente Barneveld, diaconie helpt met huur.
Eleos heeft in 2025 een traject gedaan met moeder.
Timon biedt sinds oktober gezinsbegeleiding.
Aanmelding bij Youké is in behandeling.
Lindenhout (pleegzorg) zoekt een plek in de regio.
Gereformeerde Gemeente in Nederland, Urk-Oost.
Het consultatiebureau in Katwijk ziet de baby elke maand.
Groene Hart Ziekenhuis, afdeling kindergeneeskunde, heeft de jongste opgenomen.
Moeder is bekend bij Ipse de Bruggen.
het Wilhelmina Kinderziekenhuis heeft de röntgenfoto's beoordeeld
Dr. Sophia Kinderziekenhuis: consult op 2 november.
De jeugdige zit op de Pieter Zandt scholengemeenschap in Kampen.
Driestar College Gouda, afdeling praktijkonderwijs.
De Hoeksteen (reformatorische basisschool) heeft een zorgmelding gedaan.
Sociaal Team Gouda is in gesprek met het gezin.
Gezinshuis van De Hoop ggz in Dordrecht.
De Hoop biedt een bed voor vader in de verslavingszorg.
Moeder gaat naar de Evangelische Gemeente De Ark.
Molukse Evangelische Kerk in Capelle heeft een pastoraal gesprek gehad.
Vluchtelingenwerk Oost-Nederland begeleidt het gezin.
Het Rode Kruis heeft vader geholpen met het terugvinden van familie.
Jeugdbescherming west heeft de ondertoezichtstelling.
Veilig Thuis Hollands Midden heeft een onderzoek gestart.
Kinderopvang 't Kabouterhuis meldt slechte hygiëne.
J. zit op de Christelijke Scholengemeenschap Willem de Zwijger in Papendrecht.
Eben-Haëzerschool Lekkerkerk, groep 6.
Ds. Ledeboerschool heeft de ouders uitgenodigd.
De Ichthus in Staphorst: leerkracht maakt zich zorgen.
Het Comenius College (Capelle) meldt verzuim.
Rivierduinen Kinderen en Jeugd heeft een intake gedaan.
GGZ Centraal, locatie Ermelo.
Moeder krijgt hulp van Stichting Schuldhulpmaatje Barneveld.
de politie basisteam Veluwe-West reed twee keer uit
Huisartsenpraktijk De Rank in Urk is betrokken.
Zorgboerderij De Vlinderhof biedt dagbesteding aan de oudste.
Pro Parentis heeft een orthopedagoog ingezet.
Het Berechja College op Urk heeft contact gehad.
Logeerhuis Johannes Hospitium Vleuten, alleen ter vergelijking genoemd.
Ronald McDonald Huis Sophia, moeder verbleef er twee nachten.
De 's Heeren Loo heeft een plek voor de zoon met een beperking.
Gemeente Bodegraven-Reeuwijk is de verantwoordelijke gemeente.
Raad voor de Kinderbescherming, regio Midden-Nederland.
Stichting Gave heeft het gezin bezocht.
De Reformatorische Wegwijzer heeft een folder gegeven.
Jeugdzorg plus instelling Het Poortje is genoemd als optie.
Kerkelijke diakonie van de Hersteld Hervormde Kerk Ouderkerk betaalt de huur.
'''
EVENT_DATE = r'''
Op 14-10-2026 heeft de politie een zorgmelding gemaakt.
huisbezoek 03-11-2026, vader niet thuis
Opname in het Groene Hart Ziekenhuis op 22 september 2026.
BIDDAG 11-03-2026: J. kwam niet op school
Dankdag 4 november, vader sloeg de jongste tijdens het eten.
De belijdenisdienst was op 12 april 2026.
Consultatiebureau baby: 2 weken (15-09-2026), 4 weken (29-09-2026) en 8 weken (27-10-2026)
Gesprek met het CJG op 2026-10-08.
Zitting kinderrechter 17/11/2026.
VHT-bespreking eerder op di 6 okt.
Melding Veilig Thuis 19-8-2026 om 22.40
Het incident was op 30-10-'26 na de catechisatie.
Ouders zijn getrouwd op 21 mei 2004 in Staphorst.
Sinds 01-09-2026 staat de oudste niet meer ingeschreven op school.
moeder belde op 5 november, vreugdevuur-avond, zeer angstig
Op tweede pinksterdag 2026 is vader vertrokken.
op 09.10.2026 kwam de wijkagent langs
Evaluatie veiligheidsplan: 24-11-2026.
Uithuisplaatsing van de oudste op 1 juli 2026.
bevalling op 18-08-2026, kraamzorg tot 26-08-2026
Het verzuimgesprek op de Johannes Calvijnschool was op 13 oktober.
Bezoek ouderling en dominee op zaterdag 7-11.
Bij de heilig avondmaal-viering (4 okt.) was er ruzie na de dienst.
Kerstfeest van de zondagsschool (22-12-2025) werd afgezegd.
Verlof tot 28 februari 2027, daarna evaluatie.
Vaccinatie 14 maanden van de jongste gemist (was gepland 03-06-2026).
wk 47: gesprek met ouders, wk 49: terugkoppeling
Op 12-1-2026 meldde school voor het eerst zorgen.
Afspraak bij Youké op 2 december 2026 om 10.00 uur.
Moeder werd op 8 juni 2026 opgenomen en op 3 juli ontslagen.
'''
PROFESSIONAL = r'''
Inbrenger: Geertje Mulder, jeugdconsulent, CJG Katwijk
Vaste deelnemer: Arjan Verbeek, Sociaal Team Gouda
Gedragsdeskundige geraadpleegd: Ja, drs. Marieke van Schothorst, orthopedagoog Timon
de jeugdverpleegkundige van de GGD heeft het gezin bezocht
de ouderling van de wijk is op de hoogte gebracht
De dominee heeft het gesprek met vader voorbereid.
de diaken regelt de boodschappen samen met Eleos
Huisarts heeft een verwijzing gegeven.
De IB'er van de reformatorische school maakt zich zorgen.
Inbrenger (naam, functie, organisatie): Rachid Bouali, gezinscoach, Sociaal Team Alphen
Vaste deelnemer: Heleen Schouten, Toegang Barneveld
gezinsvoogd van Jeugdbescherming west
De jeugdarts heeft de groeicurve bekeken.
Gedragswetenschapper geraadpleegd: Lotte Dijkhuizen, GZ-psycholoog Youké, op 28-10-2026
de mentor van J. heeft het gesprek bijgewoond
Tolk Tigrinya via tolkentelefoon ingezet.
wijkagent Urk is geïnformeerd
De pleegzorgbegeleider van Lindenhout is betrokken.
Inbrenger: Daan Veldhuis, casemanager, Veilig Thuis IJsselland
de kraamverzorgster meldde dat moeder niet uit bed komt
VASTE DEELNEMER: SANNE OOSTERHOF, WIJKTEAM NUNSPEET
de schoolmaatschappelijk werker van het Driestar College belde
jeugd-GGZ behandelaar van Rivierduinen adviseert diagnostiek
Inbrenger: Fatima El Idrissi, jeugdprofessional, CJG Krimpen aan den IJssel
de predikant en de kerkenraad zijn niet ingelicht op verzoek van moeder
Vaste deelnemer: Jan-Willem Kok, Sociaal Team Staphorst
de consulent van Vluchtelingenwerk regelt de tolk
Gedragsdeskundige geraadpleegd: nee, volgt na de bespreking
De raadsonderzoeker van de RvdK neemt deel aan de VHT-bespreking.
de bewindvoerder heeft het budget verlaagd
'''
AGE = r'''
J. is 14 jaar en de oudste van negen.
Moeder is 38 en is zwanger van het tiende kind.
de jongste is 7 maanden
T. (16 jr) wil uit huis.
vader is 52, moeder 41
Tweeling van 9 jaar.
H. is pas 11 maar draagt zorg voor vier jongere kinderen.
oma (82) kan niet meer opvangen
Baby van 3 weken, moeder 19 jaar.
DE KINDEREN ZIJN 2, 4, 5, 7, 9, 11 EN 13 JAAR.
A. is 17 jaar, bijna meerderjarig.
Leeftijd jeugdige: 12 jaar en 4 maanden.
zoon van 15 werkt zaterdags bij de visafslag
moeder was 17 toen het eerste kind werd geboren
J. (13) kan goed verwoorden wat er thuis gebeurt.
oudste broer is 21 en woont op kamers
Jongste: 18 maanden, nog borstvoeding.
vader (ca. 45 jaar) spreekt geen Nederlands
De kinderen variëren in leeftijd van 1 tot 16 jaar.
Pleegkind van 6 jaar, sinds 2 jaar in het gezin.
'''
ORG_NUMBER = r'''
Veilig Thuis is 24/7 bereikbaar via 0800-2000.
Bij acuut gevaar altijd 112 bellen.
Kindertelefoon: 0800-0432.
Eleos, KvK {KVK}.
AGB-code huisartsenpraktijk {AGB}
Zaaknummer VHT-2026-0117 (vervolg op VHT-2026-0058).
Stichting Timon KvK-nr. {KVK}
methylfenidaat 3 dd 10 mg
Veiligheidsscore inbrenger 3, moeder 6, vader 8.
ARIJ-score 14 (hoog risico).
AGB {AGB} (Youké, zorgaanbieder)
Landelijk nummer Lindenhout: 088-{L7}
Slachtofferhulp Nederland 0900-0101.
Meldcode stap 5: afwegingskader, 3 van de 5 vragen met ja beantwoord.
Diaconie Gereformeerde Gemeente, ANBI/RSIN {RSIN}
Huurachterstand € 2.340, regeling bij de woningcorporatie.
De Luisterlijn 088-0767000.
Gemeente Staphorst: 14 0522.
Medicatie: sertraline 50 mg 1dd, melatonine 1 mg.
Kamer van Koophandel {KVK} (Stichting Gave)
'''
