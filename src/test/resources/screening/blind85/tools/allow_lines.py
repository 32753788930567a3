# ALLOW lines for blind85 (no personal data). One per entry: CATEGORY<TAB>text
ALLOW = r"""
PLACE	Gezin is in de zomer van Boekelo naar Wesselerbrink verhuisd.
PLACE	Vader werkt in Lonneker, moeder in Usselo.
PLACE	De kinderen gaan om het weekend naar Delden.
PLACE	opvang bij de zus van moeder in Weerselo
PLACE	Saasveld en Deurningen vallen onder Dinkelland, dus ander wijkteam.
PLACE	Oma woont in Hertme, een gehucht bij Borne.
PLACE	Zenderen – Bornerbroek – Almelo: de dagelijkse busroute van de jeugdige.
PLACE	Vader heeft een tijdelijke kamer in Wierden.
PLACE	Jeugdige traint in Enter, twee keer per week.
PLACE	Moeder komt oorspronkelijk uit Markelo, vader uit Goor.
PLACE	Na de scheiding bleef vader in Diepenheim wonen.
PLACE	AMBT DELDEN / BECKUM: GEEN NETWERK AANWEZIG
PLACE	Incident vond plaats in Overdinkel, vlak bij de grens.
PLACE	de familie van vader woont verspreid over Lattrop en Ootmarsum
PLACE	logeeradres in Vasse (bij kennissen van de kerk)
PLACE	ZORGMELDING GLANERBRUG, DIENSTDOENDE EENHEID BT ENSCHEDE-ZUID
PLACE	Het gezin woonde eerder in Stroinslanden, nu in Deppenbroek.
PLACE	Moeder gaat graag wandelen in Pathmos en Twekkelerveld.
PLACE	Sinds de verhuizing naar Roombeek gaat het beter op school.
PLACE	vader verblijft bij een vriend in Boswinkel
PLACE	Jongste gaat naar de opvang in Hasseler Es, oudste naar school in Berflo Es.
PLACE	Woning in Groot Driene is te klein voor zes personen.
PLACE	Slangenbeek: veel meldingen van overlast in de straat, volgens de wijkagent.
PLACE	De familie is van Kerkelanden naar het Nieuwstraatkwartier verhuisd.
PLACE	Vriendengroep van de jeugdige hangt in De Riet rond.
PLACE	Schelfhorst, Windmolenbroek en Aalderinkshoek: drie verhuizingen in twee jaar.
PLACE	Vader komt uit Gronau en werkt in Nordhorn.
PLACE	Moeder vluchtte in 2015 uit Aleppo via Turkije.
PLACE	Familie van vader komt uit Midyat, in het zuidoosten van Turkije.
PLACE	grootouders (Molukse wijk Wierden) zijn de vaste opvang
PLACE	vader vertrekt regelmatig weken naar Ambon
PLACE	Oom heeft een bedrijf in Losser en een huis in Denekamp.
PLACE	Rijssen, Holten en Nijverdal: het netwerk woont allemaal binnen 15 km.
PLACE	Vriezenveen of Tubbergen: moeder twijfelt nog waar ze wil wonen.
PLACE	Bij Haaksbergen is een time-out plek gevonden op een zorgboerderij.
PLACE	Oldenzaal (binnenstad) – hier wonen de grootouders van moederskant.
PLACE	Vader is opgegroeid in Hengelo en moeder in Borne.
PLACE	De hangplek is bij het winkelcentrum in Wesselerbrink.
PLACE	De kinderen zwemmen in Hengelo (Ov).
PLACE	Moeder heeft familie in Münster en in Bad Bentheim.
PLACE	Het gezin overweegt terug te gaan naar Qamishli.
PLACE	opa en oma wonen in Neede, net over de grens met de Achterhoek
PLACE	wekelijkse omgang bij vader in Bentelo
PLACE	Jeugdige loopt weg naar Twekkelo en slaapt dan in een schuur.
PLACE	Vader zat tot vorig jaar in Duitsland (Emsland) voor werk.
PLACE	Moeder noemt Almelo 'een nieuwe start'.
PLACE	Zus woont in Enschede-Noord, broer in Hengelo-Zuid.
PLACE	opvang via het netwerk in Hoge Hexel en Daarle
PLACE	De moeder heeft familie in Fleringen en Albergen.
PLACE	LOCATIE INCIDENT: PARKEERPLAATS BIJ HET STATION HENGELO
INSTITUTION	Moeder is opgenomen geweest op de PAAZ van Medisch Spectrum Twente.
INSTITUTION	Bevalling in ZGT Almelo, kraamzorg via de Kraamzorg Twente.
INSTITUTION	Mediant (FACT-team) ziet vader sinds augustus.
INSTITUTION	Jeugdige staat op de wachtlijst bij Karakter Enschede.
INSTITUTION	Jarabee biedt ambulante gezinsbehandeling.
INSTITUTION	Jeugdbescherming Overijssel voert de OTS uit.
INSTITUTION	Veilig Thuis Twente heeft de melding doorgezet naar het wijkteam.
INSTITUTION	Wijkracht (jongerenwerk) kent de jeugdige van het buurthuis.
INSTITUTION	Domijn heeft een huurachterstand gemeld bij de gemeente.
INSTITUTION	Ons Huis wil een gedragsaanwijzing opleggen.
INSTITUTION	Welbions biedt een andere woning aan in Hengelo.
INSTITUTION	Politie basisteam Enschede-Zuid heeft een zorgmelding opgemaakt.
INSTITUTION	Oudste zit op Het Stedelijk Lyceum (locatie Zuid).
INSTITUTION	Jeugdige is overgestapt naar het Bonhoeffer College.
INSTITUTION	ROC van Twente: de jeugdige volgt een opleiding tot kapper.
INSTITUTION	Zus studeert aan Saxion en woont op kamers.
INSTITUTION	de jongste gaat naar de Ariënsschool
INSTITUTION	Broer zit op het Pius X College in Almelo.
INSTITUTION	Reformatorisch onderwijs: Jacobus Fruytier, locatie Rijssen.
INSTITUTION	Ouders willen de kinderen naar het Canisius in Almelo.
INSTITUTION	Kerkelijk netwerk: Hersteld Hervormde Gemeente Rijssen.
INSTITUTION	De familie kerkt bij de Syrisch-Orthodoxe kerk in Hengelo.
INSTITUTION	Moeder bezoekt de vrouwengroep van de Turkse moskee in Hengelo.
INSTITUTION	Molukse Evangelische Kerk (GIMT) biedt steun.
INSTITUTION	Tactus (verslavingszorg) heeft vader in beeld.
INSTITUTION	Moeder verblijft in de vrouwenopvang van Sterk Huis.
INSTITUTION	Jeugdige heeft begeleiding via Avanti? Nee: via Aveleijn, i.v.m. LVB.
INSTITUTION	Vader werkt bij Twence op de afvalverwerking.
INSTITUTION	De Raad voor de Kinderbescherming, locatie Zwolle, doet onderzoek.
INSTITUTION	Rechtbank Overijssel, locatie Almelo, heeft de zitting gepland.
INSTITUTION	GGD Twente (JGZ) ziet de baby op het consultatiebureau.
INSTITUTION	Het Roessingh behandelt de jongste na het ongeluk.
INSTITUTION	Crisisdienst Jeugd Twente is twee keer uitgerukt.
INSTITUTION	Moeder doet mee met Humanitas Thuisadministratie.
INSTITUTION	De Ambelt (speciaal onderwijs) meldt veel verzuim.
INSTITUTION	Via Stichting Present is het huis opgeknapt.
INSTITUTION	Zorgboerderij De Hoop in Haaksbergen biedt dagbesteding.
INSTITUTION	Jeugdige speelt bij voetbalclub Rigtersbleek.
INSTITUTION	KENTER JEUGDHULP IS BETROKKEN (GEZINSHUIS)
INSTITUTION	De Twentse Zorgcentra hebben oma opgenomen in Losser.
INSTITUTION	Kinder- en jeugdpsychiatrie Karakter Hengelo doet diagnostiek.
INSTITUTION	basisschool De Wilgen? Nee, De Vlinder, Deppenbroek.
INSTITUTION	Zus zit op het Assink Lyceum in Haaksbergen.
INSTITUTION	Moeder werkt bij Carintreggeland in de thuiszorg.
INSTITUTION	Vluchtelingenwerk Oost Nederland begeleidt de statushouders.
INSTITUTION	COA heeft het gezin in 2023 gekoppeld aan Enschede.
INSTITUTION	Het Erasmus (Almelo) meldt de jeugdige als verzuimer.
INSTITUTION	Leerplicht Regio Twente is ingeschakeld.
INSTITUTION	Eerder diagnostiek bij het Dr. Leo Kannerhuis.
INSTITUTION	Bij het Thomas a Kempis College (Zwolle) ging het eerder mis.
EVENT_DATE	Incident 14-09-2026 om 22:47, E33 huiselijke twist, rol jeugdige: getuige.
EVENT_DATE	zorgmelding opgemaakt 03-11-2026, doorgestuurd door de wijkagent op 05-11
EVENT_DATE	Uithuisplaatsing op 12-03-2012 (eerste kind), nu opnieuw zorgen.
EVENT_DATE	OTS uitgesproken op 21.04.2026 voor de duur van een jaar.
EVENT_DATE	Rapportageperiode: 1 mei 2026 t/m 31 oktober 2026.
EVENT_DATE	Huisbezoek di 10/11/2026, 16:30 uur, samen met de jeugdverpleegkundige.
EVENT_DATE	Op 2026-10-28 is er opnieuw politie geweest.
EVENT_DATE	SEH-bezoek 7 okt. '26 (pols gebroken, val van de trap volgens moeder)
EVENT_DATE	Baby gezien op het consultatiebureau op 04-06-2026 (8-wekencontact).
EVENT_DATE	Evaluatie veiligheidsplan: 18 november 2026
EVENT_DATE	in de nacht van 31-10 op 1-11 (Halloween) liep de ruzie uit de hand
EVENT_DATE	ProKid-signaal van 19-08-2026, 03:12, kleur rood
EVENT_DATE	Zitting kinderrechter 3 december 2026 om 09:30.
EVENT_DATE	Gezin kwam op 14-02-2016 aan in Nederland (azc Almelo).
EVENT_DATE	datum melding VT: 26-09-26
EVENT_DATE	Sinds Koningsdag 2026 woont vader weer thuis.
EVENT_DATE	Netwerkberaad gehouden op do 22-10-2026 in de kerkzaal.
EVENT_DATE	Week 46: twee keer verzuim gemeld door school.
EVENT_DATE	Op 11-11-2011 eerste melding bij het toenmalige AMK.
EVENT_DATE	opname Mediant van 02-07-2026 tot en met 16-07-2026
EVENT_DATE	Laatste contact met vader: 29 augustus jl.
EVENT_DATE	Verhuizing gepland op 15-1-2027 (sleuteloverdracht).
EVENT_DATE	Overleg met school op 20261105 (zie verslag).
EVENT_DATE	Tijdens de kermis in Rijssen (juli) is de jeugdige opgepakt.
EVENT_DATE	Ramadan 2026: meer spanning in huis volgens moeder.
EVENT_DATE	Huisverbod opgelegd op 09-09-2026, verlengd op 19-09-2026.
EVENT_DATE	De vorige halfjaarrapportage is van 30-04-2026.
EVENT_DATE	Tweede kerstdag 2025 was het eerste incident.
EVENT_DATE	Geboorte van de baby (juni 2026) gaf extra stress.
EVENT_DATE	MAANDAG 02-11-2026 21:05 UUR MELDING VIA 112 (BUREN)
PROFESSIONAL	De wijkagent van Velve-Lindenhof heeft de zorgmelding doorgestuurd.
PROFESSIONAL	jeugdbeschermer JBO stelt de halfjaarrapportage op
PROFESSIONAL	De jeugdarts van GGD Twente zag de jongste op 6 november.
PROFESSIONAL	Gezinsvoogd en gedragswetenschapper JBO zijn het eens over het advies.
PROFESSIONAL	Inbrenger: Lieke Brouwer, jeugdbeschermer, Jeugdbescherming Overijssel
PROFESSIONAL	Vaste deelnemer: Hatice Arslan, Veilig Thuis Twente
PROFESSIONAL	Gedragsdeskundige geraadpleegd: ja, Rutger Smeenk (GZ-psycholoog Jarabee), 12-11-2026
PROFESSIONAL	Inbrenger: Ruben Nollen, casusregisseur wijkteam Hengelo
PROFESSIONAL	Vaste deelnemer: Dewi Tomasouw, Toegang gemeente Enschede
PROFESSIONAL	Inbrenger (naam, functie, organisatie): Sanne Groothuis, gezinscoach, Wijkracht
PROFESSIONAL	Vaste deelnemer: Yvonne Reinders, sociaal team Almelo
PROFESSIONAL	Gedragswetenschapper geraadpleegd: Nicole Wessels, orthopedagoog JBO
PROFESSIONAL	Inbrenger: Fatih Yavuz, jeugd- en gezinswerker, gemeente Rijssen-Holten
PROFESSIONAL	Vaste deelnemer: Maarten ter Beek, Veilig Thuis Twente
PROFESSIONAL	Inbrenger: Christel Ooms, medewerker onderzoek, Veilig Thuis Twente
PROFESSIONAL	Gedragsdeskundige geraadpleegd: nee (wel gepland voor de vervolgbespreking)
PROFESSIONAL	de huisarts verwees naar de POH-GGZ
PROFESSIONAL	Schoolmaatschappelijk werker van het ROC is op de hoogte.
PROFESSIONAL	Zorgcoördinator van de school heeft het MDO georganiseerd.
PROFESSIONAL	De casusregisseur van Veilig Thuis belt moeder elke week.
PROFESSIONAL	Kinderarts MST heeft het letsel beoordeeld.
PROFESSIONAL	ambulant hulpverlener Jarabee komt 2x per week
PROFESSIONAL	Raadsonderzoeker RvdK heeft de ouders uitgenodigd.
PROFESSIONAL	Jeugdverpleegkundige JGZ: groeicurve buigt af.
PROFESSIONAL	De predikant van de gemeente is betrokken als vertrouwenspersoon.
PROFESSIONAL	Leerplichtambtenaar heeft een proces-verbaal overwogen.
PROFESSIONAL	Tolk Arabisch (via de tolkentelefoon) was aanwezig.
PROFESSIONAL	Contactpersoon Vluchtelingenwerk begeleidt moeder naar afspraken.
PROFESSIONAL	Behandelaar Tactus: vader is nu 6 weken clean.
PROFESSIONAL	DE MENTOR EN DE AFDELINGSLEIDER ZIJN GEÏNFORMEERD
AGE	Jeugdige is 14 jaar en zit in 2 vmbo.
AGE	de jongste is 7 mnd, de oudste 11 jr
AGE	vader (42) en moeder (36) zijn 4 jaar uit elkaar
AGE	15-jarige wil zelf niets meer met de hulpverlening
AGE	Zus is net 18 geworden en mag zelf kiezen.
AGE	Baby van 10 weken, moeder zelf pas 19.
AGE	D. is 12 en moet volgens de regel gehoord worden.
AGE	Kinderen van 3, 5 en 8 jaar.
AGE	JONGSTE IS 4, VALT ONDER HET CONSULTATIEBUREAU
AGE	opa is 81 en kan niet meer bijspringen
AGE	De 16-jarige zoon gaat zelf naar Mediant-jeugd.
AGE	Leeftijd jeugdige: 13 (bijna 14)
AGE	Oudste (17) vertrekt binnenkort naar begeleid wonen.
AGE	tweeling van 6, beide in groep 3
AGE	M. (9) plast sinds het incident weer in bed.
AGE	Moeder was 16 toen ze haar eerste kind kreeg.
AGE	Het meisje is elf jaar en zorgt voor haar broertjes.
AGE	stiefbroer, 20 jaar, woont op zichzelf in Enschede
AGE	Een kind van 2,5 jaar alleen thuis gelaten.
AGE	L. wordt in maart 15.
ORG_NUMBER	Veilig Thuis: 0800-2000 (24/7)
ORG_NUMBER	Bij acuut gevaar: 112; politie geen spoed: 0900-8844
ORG_NUMBER	Gemeente Enschede bereikbaar via 14 053
ORG_NUMBER	Wijkteam Hengelo: 14 074
ORG_NUMBER	VHT-dossier VHT-2026-0119 (vervolg op VHT-2025-0231)
ORG_NUMBER	KvK Jarabee 06089275
ORG_NUMBER	AGB-code praktijk 94057120
ORG_NUMBER	Kindertelefoon 0800-0432 is aan de jeugdige gegeven.
ORG_NUMBER	Methylfenidaat 3 dd 10 mg, sinds september 20 mg 's ochtends.
ORG_NUMBER	Veiligheidsscore inbrenger: 3, moeder: 7, jeugdige: 2
ORG_NUMBER	Politie-incidentcode E33 / F31, prioriteit 2
ORG_NUMBER	Huurachterstand € 2.840,- (zes maanden)
ORG_NUMBER	Zelfmoordpreventie 113 of 0800-0113 doorgegeven.
ORG_NUMBER	Artikel 1:255 BW (OTS), artikel 1:265b BW (machtiging UHP)
ORG_NUMBER	Gemeente Almelo 14 0546, vraag naar het sociaal team.
ORG_NUMBER	KvK-nummer kerkgenootschap 40077412
ORG_NUMBER	ARIJ-uitkomst: 4 risicofactoren, 1 beschermende factor
ORG_NUMBER	Wachtlijst Karakter: ca. 14 weken (stand week 45)
ORG_NUMBER	Juridisch Loket 0900-8020 voor moeder (echtscheiding)
ORG_NUMBER	SDQ-score 21 (verhoogd), CBCL T-score 68
"""
