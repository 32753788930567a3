# Hand-written ALLOW lines for blind set 96 (no personal data).
PLACE = r"""
Pleegplaats: Apeldoorn, wijk Zevenhuizen.
Gezin is vorig jaar verhuisd van Epe naar Emst.
Oma woont in Heerde, de ex van moeder in Wapenveld.
vader werkt in Hattem, moeder in Vaassen
De kinderen gaan 's zomers naar een kamp in Hoenderloo.
Opvang mogelijk in Hoog Soeren bij familie.
Vader heeft tijdelijk een kamer in Radio Kootwijk.
Moeder reed met de kinderen van Teuge naar Twello zonder rijbewijs.
J. loopt vaak weg naar Okkenbroek en slaapt dan in een schuur.
Oom woont in Diepenveen, tante in Schalkhaar.
Het gezin komt uit Welsum; de grootouders wonen in Marle.
PLEEGPLAATS: DEVENTER, KEIZERSLANDEN
Vanuit Colmschate fietst M. elke dag naar school in het centrum.
In de Rivierenwijk zijn meerdere gezinnen uit dezelfde familie.
Moeder wil weg uit Voorstad; ze voelt zich er niet veilig.
Het gezin woonde tot 2024 in Borgele en daarna in Platvoet.
Zutphen, Waterkwartier: buurtbemiddeling loopt al een jaar.
Zus van moeder woont in De Hoven (Zutphen), niet De Hoven in Deventer.
Ouders komen oorspronkelijk uit Uddel en Garderen.
Vader rijdt als chauffeur tussen Loenen en Eerbeek.
opa en oma in Empe hebben een boerderij met kippen
de kinderen logeren bij familie in Terwolde en Wilp
Vader is naar Klarenbeek verhuisd.
Het gezin is van Osseveld naar Kerschoten verhuisd.
Moeder en de baby verblijven tijdelijk in Ugchelen.
Beekbergen en Lieren: daar wonen veel kerkleden van de familie.
VADER VERBLIJFT IN ORDEN, MOEDER IN MATENVELD
Broer woont in Zuidbroek, zus in De Maten.
Gezin kwam in 2021 vanuit Damascus via Ter Apel naar Apeldoorn.
Vader is gevlucht uit Kabul en via Griekenland en Duitsland gekomen.
Familie van moeder woont in Ambon en in Capelle aan den IJssel.
Opa is in 1951 met de KNIL-militairen naar kamp Lunetten in Vught gekomen.
Vader gaat elk jaar een maand naar Kayseri.
De grootouders wonen in Bathmen en Lochem.
Gorssel en Eefde: daar ligt de boerderij van de oom.
Moeder fietst van Olst naar Wijhe voor haar werk.
zoon verblijft bij familie in Voorst, gemeente Voorst
Op de Veluwe tussen Elspeet en Uddel heeft het gezin geen buren.
broer zit in Zwolle, zus in Raalte
De oudste dochter woont al in Almelo, de tweede in Hengelo (Ov).
vader verblijft deels in Bremen (Duitsland) voor werk
Heerde, Epe en Hattem vallen onder een ander wijkteam dan Apeldoorn.
Na de brand is het gezin opgevangen in Brummen.
Familie in Herat en Mazar-e Sharif vraagt om geld.
KINDEREN ZIJN NAAR LOCHEM GEBRACHT DOOR DE POLITIE
Zus is naar Ede verhuisd, dicht bij de Gereformeerde Gemeente daar.
Vanuit Hoenderloo is het 20 minuten naar Apeldoorn.
Vader heeft eerder in Schaarsbergen en Havelte gediend.
Moeder komt uit Izmir, vader uit Konya.
De familie gaat elke zomer naar Soest en Amersfoort.
""".strip().split('\n')

INSTITUTION = r"""
J. is opgenomen geweest in Gelre ziekenhuizen, locatie Apeldoorn.
Moeder is in behandeling bij GGNet in Warnsveld.
Vader heeft een traject bij Dimence in Deventer.
K. woont op een groep van Pluryn in Hoenderloo (de Hoenderloo Groep).
's Heeren Loo in Ermelo heeft een crisisplek aangeboden.
Ambulante hulp via Entrea Lindenhout is gestart.
Melding bij Veilig Thuis Noord- en Oost-Gelderland op 2 november.
VEILIG THUIS IJSSELLAND HEEFT DE ZAAK OVERGEDRAGEN AAN DE GI
Jeugdbescherming Gelderland vraagt een OTS aan.
Jeugdbescherming Overijssel is voogd over de oudste.
CJG Apeldoorn doet het opvoedondersteuningstraject.
Wijkteam Deventer Midden-Zuid heeft procesregie.
De Woonmensen dreigt met ontruiming vanwege overlast.
Ieder1 zoekt een andere woning voor moeder.
Politie Oost-Nederland, basisteam Apeldoorn, heeft een zorgmelding gemaakt.
J. zit op het Etty Hillesum Lyceum, locatie Het Vlier.
De oudste zit op het Alexander Hegius in Deventer.
S. gaat naar het Veluws College Walterbosch.
Christelijk Lyceum Apeldoorn meldt verzuim sinds week 38.
Alle kinderen zitten op de Guido de Brès in Apeldoorn (reformatorisch).
Baby is na de bevalling in het Deventer Ziekenhuis overgeplaatst naar de kinderafdeling van Gelre Zutphen.
Fysiotherapie en revalidatie via Sint Jozef in Deventer.
Uitstapje met school naar Paleis Het Loo is niet doorgegaan door het incident.
Vader is eerder gelegerd geweest op de Johannes Post-kazerne in Havelte.
Vader is chauffeur bij de Koning Willem III-kazerne, niet bij de Bernhardkazerne.
Moeder werkt in ploegendienst in het DC van Kruidvat in Heteren.
D. gaat naar de Koningin Wilhelminaschool in Epe.
Beide kinderen zitten op de Johannes Calvijnschool.
Broertje gaat naar de Koning Davidschool in Uddel.
De familie is lid van de Hersteld Hervormde Kerk in Uddel.
Moeder gaat naar de Ulu Camii in Deventer, vader niet.
Het gezin kerkt bij de Gereformeerde Gemeente in Nederland, Apeldoorn-Zuid.
De Molukse kerk (GIM) in Deventer biedt steun.
Kinder- en jeugdpsychiatrie van Gelre Apeldoorn heeft J. gezien.
Leger des Heils in Apeldoorn verzorgt de dagopvang voor vader.
Tactus verslavingszorg heeft vader in beeld.
Iriszorg biedt een plek in de maatschappelijke opvang in Deventer.
Stichting Tactus en Dimence werken samen in het FACT-team.
VluchtelingenWerk Oost Nederland begeleidt het gezin bij inburgering.
COA Zutphen heeft het gezin tot augustus gehuisvest.
De Raad voor de Kinderbescherming, vestiging Zwolle, doet het onderzoek.
Rechtbank Gelderland, locatie Zutphen, heeft de OTS uitgesproken.
Karakter in Apeldoorn doet de diagnostiek.
Behandeling loopt via Karakter, locatie Zutphen.
Bartiméus Sonneheerdt ondersteunt het slechtziende broertje.
Sportvereniging AGOVV en de judoclub in Twello zijn een plek waar J. het goed doet.
De Wilhelminakerk in Deventer heeft voedselpakketten.
Stadsbank Oost Nederland is schuldhulpverlener.
MEE Veluwe ondersteunt moeder met haar licht verstandelijke beperking.
Vader is in 2019 geobserveerd in het Pieter Baan Centrum in Almere.
""".strip().split('\n')

EVENT_DATE = r"""
Pleegdatum: 14-09-2026, tussen 08.30 en 12.00 uur.
Het incident vond plaats op 03-11-2026 rond etenstijd.
Op 21.10.2026 is de politie ter plaatse geweest.
Huisbezoek gedaan op 2026-11-18.
MUTATIE D.D. 07-11-2026 23:45 UUR
Afspraak bij het consultatiebureau voor de baby: 12 mei 2026, daarna 16-6-2026.
Opname van moeder van 2 t/m 9 oktober 2026.
De zitting bij de rechtbank is op do 26 nov. 2026.
Vader is op 17/10/2026 uitgezonden.
Melding VT ontvangen 20261104.
Ouders zijn getrouwd op 5 juni 2008 in de kerk in Uddel.
Vader is in 2023 verhuisd; sindsdien geen contact.
Gesprek met de leerplichtambtenaar op ma 9-11 om 10.00u.
Op 30 september 2026 werd J. van school gehaald door de politie.
Laatste ruzie: zaterdag 31 oktober 2026, in de nacht.
De baby had op 15-10-2026 een blauwe plek op het oor, gezien op het consultatiebureau.
Hielprik en kraambezoek verliepen normaal (week 36).
De familie kwam op 04-04-2021 aan in Nederland.
Eerste melding bij Veilig Thuis: 12-1-2025, tweede 3-7-2026.
Ouderavond op 8 oktober; moeder was niet aanwezig.
ZITTINGSDATUM 03 12 2026
Moeder is op 1 november 2026 uit huis gegaan.
Opgenomen in crisis op 19/11, ontslag 24/11.
Proces-verbaal opgemaakt op 16 november 2026 te Apeldoorn.
Dodenherdenking 4 mei was voor opa (KNIL) een zware dag.
Op Koningsdag is er geslagen in de tuin, aldus buren.
Tijdens de Ramadan (maart 2026) liep het thuis uit de hand.
Suikerfeest 2026: vader kwam onverwacht terug.
Vanaf 1 januari 2027 wordt het budget door de gemeente overgenomen.
Het Heilig Avondmaal op 29 november is voor vader een reden om te stoppen met drinken.
""".strip().split('\n')

PROFESSIONAL = r"""
Verbalisant: de leerplichtambtenaar van de gemeente Apeldoorn.
Inbrenger: Harm Ruiterkamp, casemanager, CJG Apeldoorn
Vaste deelnemer: Selma Bozkurt, Veilig Thuis IJsselland
Gedragsdeskundige geraadpleegd: Jorien Leemreize, orthopedagoog Entrea Lindenhout, op 10-11-2026
De jeugdarts van de GGD Noord- en Oost-Gelderland heeft de baby gezien.
Gezinsvoogd van Jeugdbescherming Overijssel neemt deel aan het overleg.
De wijkagent van Apeldoorn-Zuid kent het gezin.
Ouderling en predikant van de gemeente zijn op de hoogte.
De huisarts in Twello heeft verwezen naar GGNet.
De intern begeleider van de basisschool belde.
Vaste deelnemer: Niels Haverkort, Toegang Voorst
De verloskundige uit Vaassen heeft zorgen gemeld.
inbrenger: Fatma Kılıç, jeugdconsulent, Wijkteam Deventer-Oost
De mentor van het Etty Hillesum zag striemen op de armen.
Gedragswetenschapper geraadpleegd: Maarten Spijkerman (GZ-psycholoog Pluryn), per telefoon
De casemanager van het COA heeft het gezin overgedragen.
De tolk Dari was aanwezig bij het huisbezoek.
Huisarts en praktijkondersteuner GGZ zijn betrokken.
De bewindvoerder beheert de financiën van moeder.
Inbrenger: Wendy Tehupeiory-de Groot, gezinsvoogd, Jeugdbescherming Gelderland
De casemanager van Dimence en de psychiater van GGNet overleggen samen.
Vaste deelnemer: Ruben Latuny, wijkteam Apeldoorn-Noord
De bedrijfsmaatschappelijk werker van Defensie heeft contact met vader.
De teamleider van het distributiecentrum heeft moeder vrij gegeven.
Gedragsdeskundige geraadpleegd: ja, de gedragswetenschapper van het wijkteam, 4 nov.
De zorgcoördinator van de Guido de Brès is betrokken.
Jeugdverpleegkundige CJG Apeldoorn doet de huisbezoeken.
Inbrenger: Aylin Çetin, medewerker Veilig Thuis Noord- en Oost-Gelderland
De aandachtsfunctionaris kindermishandeling van Gelre ziekenhuizen deed de melding.
De leerplichtambtenaar van de regio Stedendriehoek heeft een proces-verbaal opgemaakt.
""".strip().split('\n')

AGE = r"""
J. is 14 jaar en zit in de tweede klas.
Moeder is 19, de baby 3 maanden.
VADER (41) WEIGERT MEDEWERKING
De kinderen zijn 1, 3, 4, 6, 8, 9, 11, 13 en 15 jaar.
De jongste is zeven weken oud.
Oudste zoon (17) wordt over vier maanden meerderjarig.
Betrokkene 2, leerplichtig, 15 jaar, verzuimt structureel.
D. is bijna 12 en wordt dus binnenkort gehoord.
opa is 82 en slecht ter been
M. (16 jr) wil niet meer thuis wonen.
Halfbroer van 23 woont nog thuis.
kind van 5 jr alleen thuis aangetroffen
De tweeling van 8 slaapt op één kamer.
Moeder was 16 toen het eerste kind kwam.
K. is 13; zijn stem is in de kaart opgenomen.
Drie kinderen onder de vier.
S. wordt in maart 18; verlengde jeugdhulp is besproken.
baby 10 dagen oud, kraamzorg gestopt
Ex-partner is rond de 35, precieze leeftijd onbekend.
Kinderen tussen 2 en 16 jaar, negen in totaal.
""".strip().split('\n')

ORG_NUMBER = r"""
Bij acute onveiligheid: 112 bellen.
Veilig Thuis is 24/7 bereikbaar op 0800-2000.
De Kindertelefoon (0800-0432) is met J. besproken.
113 Zelfmoordpreventie: 0800-0113 staat in het veiligheidsplan.
Politie geen spoed: 0900-8844.
KvK-nummer van het gezinshuis: 41039286.
AGB-code van de behandelaar: 94-012345.
VHT-nummer: VHT-2026-0187 (vervolg op VHT-2025-0231).
Medicatie: methylfenidaat 3 dd 10 mg, melatonine 1 mg.
Score op de ARIJ: 7 risicofactoren, 2 beschermende.
Schuld bij de Belastingdienst ca. € 14.300.
Verzuim: 86 uur ongeoorloofd sinds de zomervakantie.
Kinderbijslag: € 288 per kwartaal per kind.
Gemeente Apeldoorn, algemeen nummer 14 055.
Sensoor (0900-0767) staat als luisterlijn in het plan van moeder.
Wijkteams Deventer bereikbaar via het gemeentenummer 14 0570.
Artikel 21 Leerplichtwet, zie artikel 2 lid 1.
Huur € 742 per maand, achterstand 3 maanden.
Veiligheidsscore inbrenger 3, moeder 6, J. 2.
Gezinshuis staat in het KvK-register onder 77215390.
""".strip().split('\n')
