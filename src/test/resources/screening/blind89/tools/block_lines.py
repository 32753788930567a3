# BLOCK lines for blind89. Format: CATEGORY<TAB>sentence; personal data marked with «...».
# {BSN} and {IBAN} are filled by gen_sentences.py with random valid numbers (fixed seed).
BLOCK = """
NAME	Oma «Lakshmi» is sinds oktober over uit Chennai en past overdag op de kleine.
NAME	vader werkt bij een chipmachinebouwer, moeder «Priya Raghunathan» is thuis met de tweeling
NAME	«Arjun» (broer, 16) brengt A. elke ochtend met de fiets naar de ISE.
NAME	Volgens «Venkatesh» is er 'niks aan de hand', hij wil geen hulp van buiten.
NAME	«SRINIVASAN» WEIGERT ELK CONTACT MET HET WIJKTEAM
NAME	De moeder van vader, «Kamala Iyer», woont sinds de zomer in bij het gezin in Meerhoven.
NAME	«Wei» (vader) spreekt weinig Nederlands, tolk Mandarijn aangevraagd.
NAME	«Zhang Lihua» is de tante in Veldhoven die opvang kan bieden.
NAME	Moeder «Chen Xiaoyu» belde huilend naar de huisartsenpost.
NAME	dhr. «Li» zegt dat zijn vrouw overdrijft en dat het een cultuurding is
NAME	Stiefvader «Huang Jun» heeft sinds het incident een contactverbod.
NAME	«Yuxuan» (zus, 15) zorgt 's avonds alleen voor de jongere kinderen.
NAME	«Kim Min-jun» werkt bij een toeleverancier in Veldhoven en is de helft van de maand in Taiwan.
NAME	Moeder «Park Ji-yeon» wil niet dat de familie in Seoel iets hoort.
NAME	«Seo-yeon» vertelt dat ze 's nachts niet durft te slapen.
NAME	Oom «Lee Dong-hyun» heeft het gezin geld geleend en wil het nu terug.
NAME	«João Pereira» (vader) is in september zonder afscheid vertrokken naar Porto.
NAME	Avó «Conceição» spreekt alleen Portugees, dochter tolkt.
NAME	moeder «Inês Carvalho» is bereid het veiligheidsplan te tekenen
NAME	«Tiago» en «Rafael» (broers) slapen bij de buren als het thuis escaleert.
NAME	Vriend van moeder, «Rui Magalhães», is bekend bij de politie Oost-Brabant.
NAME	«Alejandro Ruiz Gómez» is sinds augustus de nieuwe partner van moeder.
NAME	«Lucía» (zus, 17) wil bij haar vriend in Tilburg gaan wonen.
NAME	Abuela «Mercedes» komt met kerst uit Valencia en blijft zes weken.
NAME	dhr. «Sánchez» belde gisteren boos naar de mentor
NAME	«Nerea Fernández de la Torre» (moeder) werkt vier dagen op de TU/e-campus.
NAME	"Hedde gij «Sjaak» nog gezien?" vroeg moeder aan de buurvrouw.
NAME	Opa «Harrie» zee: ge moet die jongen gewoon z'n gang laten gaan, houdoe.
NAME	tante «Mien» uit Mierlo past op de kinderen op woensdagmiddag
NAME	«Driek van den Heuvel» (buurman) hoorde het geschreeuw door de muur.
NAME	de buurvrouw, «Netje», heeft om 23.10 uur de politie gebeld
NAME	Vader «Wim Swinkels» drinkt volgens moeder elke dag vanaf de middag.
NAME	«Ties» (broertje) zee tegen de juf dat papa 'kwaaie' was.
NAME	«Hanneke van Gerwen» (oma mz) wil de kinderen tijdelijk in huis nemen in Geldrop.
NAME	fam. «Vlemmix» woont naast het gezin en helpt met boodschappen.
NAME	«Jo-Anne Kuijpers» (moeder) heeft in de Kempen een groot netwerk van zussen.
NAME	Oom «Berrie» heeft een café in Bladel en neemt de jongen mee naar zijn werk.
NAME	ouders «Rien» en «Dorien» zijn sinds de zomer van 2024 gescheiden
NAME	opa «sjef» haalt de kinderen op di en do op van school
NAME	«MARTIENS» belde om 17.00 uur boos naar het wijkteam.
NAME	Oom «Gerrit-Jan Biemans» uit Hapert wil niks meer met het gezin te maken hebben.
NAME	Opa «Nol» rijdt elke zaterdag met de jongens naar de training.
NAME	mw. «v.d. Sande» (moeder) werd in de supermarkt in Veldhoven aangesproken door de politie
NAME	Toezeggingen van «A.M.J. Coolen» (vader) zijn niet nagekomen.
NAME	«H. Teurlings» heeft de kinderen zonder afspraak opgehaald bij de BSO.
NAME	«Sanne Meulendijks» (zus van moeder) biedt opvang in Waalre.
NAME	«Emine Kaya» (oma) woont twee straten verder in Woensel-Noord.
NAME	Vader «Hüseyin» zegt dat hij alleen 'een tik' heeft gegeven.
NAME	Oom «Çelik» verdedigt vader tegenover het wijkteam.
NAME	«Zeynep» wil niet dat haar vader weet dat ze met ons praat.
NAME	«Burak Şahin» (broer, 19) is de enige die vader kan kalmeren.
NAME	«Elif» en «Mert» (tweeling, 9) slapen sinds vorige week bij opa en oma.
NAME	Moeder «Gülsüm Arslan» spreekt beperkt Nederlands; tolk Turks geregeld via de gemeente.
NAME	Vader: «KOÇ, SERKAN» | gezag: ja | contact: wisselend
NAME	ex van moeder, «Tolga», staat regelmatig 's nachts voor de deur
NAME	«Naima El Khattabi» (moeder) werkt in de nachtdienst bij een distributiecentrum in Son.
NAME	Vader «Abdelkader» is na het incident bij zijn broer in Tongelre gaan wonen.
NAME	«Soufiane» (broer, 17) heeft zelf 112 gebeld.
NAME	Oma «Rkia» heeft de zorg voor de jongste twee overgenomen.
NAME	fam. «Ait Haddou» staat volledig achter vader.
NAME	tante «Khadija Ouazzani» wil graag een rol in het netwerkplan.
NAME	neef «ayoub» zou volgens school rond het station dealen
NAME	«Ben Moussa» kwam onaangekondigd de kinderen ophalen.
NAME	«Hafsa» (zus, 14) is sinds de herfstvakantie niet meer op school geweest.
NAME	«Yassin»s vader belde gisteravond dronken naar de groep.
NAME	Moeder «Helen Tesfay» kwam in 2019 via Ter Apel naar Eindhoven.
NAME	«Kidane» (vader) verblijft nog in een kamp in Ethiopië.
NAME	oom «Yonas Mebrahtu» helpt met tolken in het Tigrinya
NAME	«Selam» zorgt na school voor haar drie jongere broertjes.
NAME	«Awet»s juf maakt zich zorgen over blauwe plekken op zijn armen.
NAME	«Saba Ghebremedhin» (tante) woont in Woensel-Zuid en is beschikbaar als netwerk.
NAME	Mevrouw «Verhoeven-Claassen» van GGzE heeft de diagnose gesteld.
NAME	Jeugdarts dr. «Ramaekers» zag het kind op 3-11-2026 op het spreekuur.
NAME	«Marloes» van het wijkteam Dommelregio heeft moeder gisteren gebeld.
NAME	Gezinsvoogd «Pieter Habraken» is vanaf januari met zwangerschapsverlof, vervanging volgt.
NAME	volgens pm'er «Dewi» (groep Vlinder) was J. al de hele dag onrustig
NAME	21:47 SPW «K. Aerts» heeft de VIM-melding ingevoerd, GL-2 was getuige.
NAME	«Lotte» (vriendin van J.) weet van de zelfbeschadiging.
NAME	Buurjongen «Stijn Vermeer» heeft filmpjes van J. rondgestuurd.
NAME	Ex-partner van moeder, «Rob Derks», is in 2025 veroordeeld voor mishandeling.
NAME	Moeder zegt dat «Kees» nooit meer binnenkomt.
NAME	"«Romy» moet gewoon luisteren," zegt vader.
NAME	Oma «Drieka» uit Reusel wil wel, maar is zelf ziek.
NAME	«Fleur»'s moeder heeft de ouders van J. op Instagram bedreigd.
NAME	«Roos» (zus, 13) heeft aan de mentor verteld wat er thuis gebeurt.
NAME	| Vader | «Frank Hendrikx» | 1984 | gezag |
NAME	| broer | «Milan» | 2012 | woont thuis |
NAME	MOEDER «SANDRA VAN ASTEN» WIL GEEN HULP MEER, ZIE MAIL
NAME	Hoi, even snel: «Nadia» is gisteren weer weggelopen. Gr.
NAME	punt nieuwe regel vader «Erik Willems» komma 41 jaar komma werkt in ploegendienst punt
NAME	De heer «van Son» woont al jaren niet meer in Son en Breugel.
NAME	Oma «Van Nuenen» woont in Nuenen, vlak bij het Van Goghkerkje.
NAME	Vader is volgens «J.P.H. van Rooij» (zijn werkgever) al weken niet op het werk geweest.
NAME	Contact met «B. Gevers» (ex-schoonvader) is verboden door de rechter.
NAME	Stiefmoeder «Mieke de Bruijn» heeft J. buitengesloten.
NAME	«anjali» (zus) zit op het Summa en wil op kamers
NAME	Vader en «Ji-ho» (zoon, 12) hebben ruzie over gamen tot 's nachts.
NAME	Het gezin «Smulders-Aarts» is bekend bij Veilig Thuis sinds 2022.
NAME	Jeugdige zit in de klas bij «Daan» die hem elke dag uitscheldt.
NAME	Kapper en vriend des huizes «Fernando» zag de blauwe plek als eerste.
BIRTHDATE	J. is geboren op «14-03-2012» in het Catharina Ziekenhuis.
BIRTHDATE	geb. «3/9/2014» (Máxima MC Veldhoven), prematuur
BIRTHDATE	Geboortedatum: «2013-11-22»
BIRTHDATE	DOB «08.02.2011», nationality Indian
BIRTHDATE	«12 juni 2015» geboren, de jongste van vier
BIRTHDATE	Jeugdige: L. («27-08-2013»)
BIRTHDATE	moeder geb. «19 okt '87», in Nederland sinds 2018
BIRTHDATE	vader (geb. «2-1-1985») werkt in ploegen bij een logistiek bedrijf in Best
BIRTHDATE	gebdat «20100716» volgens de leerlingadministratie
BIRTHDATE	Zoon werd op «5 mei 2016» geboren, acht weken te vroeg.
BIRTHDATE	| geb.datum | «30-04-2012» |
BIRTHDATE	DATE OF BIRTH «11 JAN 2014» (PASPOORT)
BIRTHDATE	broertje D. (geboren «1-12-2019») gaat naar de peuteropvang
BIRTHDATE	oma is op «7 maart 1958» geboren en woont in Bergeijk
BIRTHDATE	Jeugdige: S. («04/06/2010»), 2e klas
BIRTHDATE	de baby is op «21.09.2025» geboren in het Máxima MC
BIRTHDATE	geb «9-7-13» dus nu 13 jr
BIRTHDATE	Birth date kid: «3 May 2014» (moeder schrijft in het Engels)
ID_NUMBER	cliëntnr GGzE «GZE-448213»
ID_NUMBER	patiëntnummer Catharina Ziekenhuis: «7730418»
ID_NUMBER	Dossiernummer Veilig Thuis Zuidoost-Brabant «VT-ZOB-2026-31877»
ID_NUMBER	Kempenhaeghe patnr «K0945512», controle epilepsie
ID_NUMBER	leerlingnummer ISE «ISE-20915»
ID_NUMBER	paspoort moeder (India) «Z4471928», verloopt volgend jaar
ID_NUMBER	V-nummer vader «3308915746»
ID_NUMBER	zaaknr Lumens «LU/26/08841»
ID_NUMBER	huurdersnummer Woonbedrijf «WB-0311765» (achterstand huur)
ID_NUMBER	polisnr zorgverzekering «PZ 881 204 77» is per 1 januari beëindigd
ID_NUMBER	NIE van moeder (Spanje): «X4419283L»
ID_NUMBER	studentnummer Summa «2318467»
ID_NUMBER	rechtbank Oost-Brabant, zaak «JE RK 26-2031»
ID_NUMBER	Verblijfsdocument vader nr «YX84R21K7», geldig tot 2027
ADDRESS	Gezin woont aan de «Kruisstraat 118b» in Woensel-Zuid.
ADDRESS	«Boschdijk 402» (3 hoog, geen lift)
ADDRESS	opa woont op de «Hoogstraat 27-A», Gestel
ADDRESS	Vader verblijft op de «Aalsterweg 211» in Stratum.
ADDRESS	adres: «Strijpsestraat 64 bis»
ADDRESS	Moeder en kinderen zitten tijdelijk op «Kloosterdreef 12» in Woensel-Noord.
ADDRESS	«Floralaan Oost 90» is het adres van de ex-partner
ADDRESS	| adres | «Vestdijk 250» |
ADDRESS	woont bij tante in de «eindhovenseweg 77» in waalre
ADDRESS	Oma (Nuenen), «Berg 14», heeft een logeerkamer.
ADDRESS	NIEUW ADRES VANAF MAANDAG: «WOENSELSE MARKT 3A»
POSTCODE	postcode «5612 AZ», tweede verdieping
POSTCODE	Moeder is verhuisd naar «5641KL».
POSTCODE	pc «5502 hb» veldhoven
POSTCODE	| postcode | «5581 CE» |
POSTCODE	Vader woont in «5691 EB» Son en zegt dat niemand dat mag weten.
POSTCODE	oma woont in «5531 NP» Bladel
POSTCODE	Nieuwe woning van 'thuis in «5625 XR».
POSTCODE	Post van de rechtbank ging naar «5653 MT» in plaats van naar het nieuwe adres.
POSTCODE	POSTCODE «5521 KD» EERSEL
POSTCODE	postcode ex-partner: «5684 ZH» (Best)
POSTCODE	Adresgegevens: «5616 LV» Eindhoven
BSN	BSN J.: «{BSN}»
BSN	bsn moeder «{BSN}» (nodig voor de toeslagen)
BSN	burgerservicenummer «{BSN}»
BSN	Sofi/BSN vader «{BSN}» volgens de uitkeringsinstantie
BSN	| BSN | «{BSN}» |
BSN	graag BSN «{BSN}» doorzetten naar de GI
BSN	BSN «{BSN}» — oude inschrijving in Veldhoven
BSN	Zus heeft bsn «{BSN}».
BSN	«{BSN}» is het BSN van de baby
BSN	BSN (uit BRP) «{BSN}»
BSN	moeder, BSN «{BSN}», staat nog ingeschreven bij oma
PHONE	Moeder bereikbaar op «06-28471930» (na 16 uur).
PHONE	tel vader «+31 6 41 98 27 03»
PHONE	Oma: «040-2813377»
PHONE	vaste lijn «(040) 251 88 12»
PHONE	buurvrouw «0031 6 1290 4481» belt als het misgaat
PHONE	Indian number of father: «+91 98450 12345»
PHONE	Moeder belt via «+82 10-4471-2290» (Koreaans nummer)
PHONE	Avó via WhatsApp «+351 912 448 301»
PHONE	Opa in Eersel: «0497-581244»
PHONE	| tel | «06 1938 2265» |
PHONE	BEL OOM OP «+316 27719044»
EMAIL	Mail moeder: «priya.r1987@gmail.com»
EMAIL	buurman mailt vanaf «sjaakvdheuvel@hotmail.com»
EMAIL	vader: «kim.mj@naver.com»
EMAIL	J. mailde vanaf «zeynep.k2011@outlook.com» naar de mentor
EMAIL	«joao.pereira.pt@sapo.pt» (vader, Portugal)
EMAIL	Moeder heeft een mailadres: «helen.tesfay@yahoo.com».
EMAIL	contact zus «lucia_rg@hotmail.es»
EMAIL	verslag gaat naar «familie.swinkels@ziggo.nl»
EMAIL	Vader wil alles op «w.chen@qq.com» ontvangen.
IBAN	Leefgeld wordt gestort op «{IBAN}» (rekening oma).
IBAN	rekening moeder «{IBAN}»
IBAN	IBAN «{IBAN}» t.n.v. vader
IBAN	| IBAN | «{IBAN}» |
IBAN	Kinderbijslag gaat naar «{IBAN}», niet naar moeder.
IBAN	bank vader in Portugal: «{IBAN}»
IBAN	iban ex-partner «{IBAN}»
IBAN	Oom in Valencia stuurt geld vanaf «{IBAN}».
IBAN	Schuldhulp Lumens wil «{IBAN}» als budgetrekening.
URL	instagram van J.: «https://www.instagram.com/zeyneppp.k_/»
URL	Vader post filmpjes op «tiktok.com/@sjaak_kempen040»
URL	«https://www.facebook.com/joao.pereira.7712» (profiel vader)
URL	LinkedIn vader: «linkedin.com/in/venkatesh-srini-4a21»
URL	Moeder deelt foto's van de kinderen op «https://weibo.com/u/5518827713».
URL	snapchat broer: «snapchat.com/add/ayoub_ehv040»
"""
