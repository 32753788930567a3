# BLOCK lines for blind85. Spans are marked with «...». Tokens @BSN:style@ and @IBAN:cc:bank:style@ are
# replaced by gen_sentences.py with random numbers (fixed seed) that pass the 11-check / mod-97.
# One line per entry: CATEGORY<TAB>text
BLOCK = r"""
NAME	ProKid-signaal: betrokkene «Yusuf Karataş» (rol: verdachte) aangehouden om 23:40 in Velve-Lindenhof.
NAME	melder is de buurvrouw, mw. «Hendrikje Nijkamp», zij hoorde gegil rond 02:15
NAME	rol: getuige – «Gabriel Barsom» (oom van moeder)
NAME	Oma «Shamiram» past op woensdag op de kinderen, verder niemand uit het netwerk.
NAME	VADER: «AYDIN, SABRI» — GEEN GEZAG
NAME	opa «berend» uit Rijssen wil de kinderen niet meer zien sinds de ruzie over de kerk
NAME	Dhr. «Latuheru» belde de wijkagent zelf om 01:10 op.
NAME	«Ongky» is de nieuwe vriend van moeder, hij slaapt er 4 nachten per week.
NAME	De stiefvader, «Jörg Többen» uit Gronau, is volgens moeder vertrokken.
NAME	«Mareike»s moeder wil niet dat de jeugdbeschermer nog langskomt.
NAME	Tante «Rahaf Al-Hamwi» tolkt bij de gesprekken (geen officiële tolk!!)
NAME	Stand van zaken: contact met vader «Mahmoud» loopt alleen nog via WhatsApp.
NAME	| broer | «Ninos» | 16 jr | woont bij oma in Hengelo |
NAME	volgens «Oude Engberink» (buurman) staat de auto elke nacht op een andere plek
NAME	mw. «G.J. Nijenhuis», de grootmoeder, heeft zelf een brief aan de kinderrechter geschreven.
NAME	Zus «Fenne» (19) neemt de zorg voor de jongste vaak over.
NAME	Afspraak: «Hesselink» (ex van moeder) komt niet meer in de woning.
NAME	In de zorgmelding staat: betrokkene 2: «Wattimena, Yopi».
NAME	«bo» wil alleen praten als ik buiten met haar een rondje loop
NAME	Moeder noemt de nieuwe partner alleen «Dinand», achternaam onbekend bij ons.
NAME	Halfjaarrapportage JBO: vader «Evert Voortman» houdt zich aan de omgangsregeling.
NAME	MELDER: BUURMAN «HARM LEFERINK», TEL. BEKEND BIJ POLITIE
NAME	De kinderen logeren deze week bij tante «Gerdien» in Nijverdal.
NAME	Volgens «Melek» (zus, 14) slaat vader met de riem.
NAME	Mevrouw «Sahetapy» van het wijkteam belde maandag over de huur.
NAME	De jeugdarts, dr. «Kösters», zag blauwe plekken op de bovenarm.
NAME	Overleg gehad met wijkagent «Bruggink» over de afspraken rond de sleutel.
NAME	Oom «Gorgis» uit Hengelo is de sleutelfiguur in het netwerk.
NAME	jongste zoon «Deniz» (3) gaat 2 ochtenden naar de peuteropvang
NAME	«Yakub» en «Malke» zijn de ouders van vader en wonen boven de bakkerij.
NAME	stiefmoeder «Ulrike Brüggemann» (Nordhorn) wil meedoen aan het veiligheidsplan
NAME	verzuim: «Umut» is sinds de herfstvakantie 9 dagen niet op school geweest
NAME	dhr «Assink» (pleegvader) meldt dat het kind 's nachts weer plast.
NAME	In het politiesysteem staat moeder als «Tuhumury-Pattinama».
NAME	Grootvader «Nus» overleed in maart, sindsdien drinkt vader meer.
NAME	fam. «Slotboom» (buren) heeft de kinderen opgevangen na het incident.
NAME	dictaat: vriendin van moeder komma «Jentina» komma weet van het geweld punt
NAME	Gesprek met «Ashur» (15) op school: hij wil niet meer naar huis.
NAME	Ex-partner «Dietmar Hölscher» heeft een contactverbod tot 1 maart.
NAME	«Kerem Şahin», de oudste broer, zit in behandeling.
NAME	Ouders: «Fadi» en «Lina Haddad», statushouders sinds 2016.
NAME	«AALTJE» (OMA MZ) HEEFT GEEN ZICHT OP DE THUISSITUATIE
NAME	De jeugdbeschermer heeft gesproken met «Wessendorf» (vader, woont in Gronau).
NAME	«Nanlohy»'s zus woont in de Molukse wijk en wil helpen.
NAME	Betrokkene 1: «M. Yıldırım», rol: slachtoffer
NAME	zorgmelding: «Şahin, G.» (moeder) weigert aangifte te doen
NAME	broertje «Elias» (2019) is bij het incident wakker geworden.
NAME	«Ilse ten Brinke» is de pleegmoeder sinds juni.
NAME	ik heb «joost» (vriend van moeder) gevraagd de woning te verlaten
NAME	Oom «Semun» wil bemiddelen via de Syrisch-orthodoxe kerk.
NAME	jeugdige zegt: 'mijn vriendin «Noor» weet alles'
NAME	Opa en oma «Haverkate» (vaderskant) zijn de enige vaste steun.
NAME	Vader «Gerrit-Jan Pluimers» zegt dat tucht 'gewoon bij de opvoeding hoort'.
NAME	nicht «Shirin» (23) woont in Schelfhorst en helpt met vervoer
NAME	In de stukken heet vader «Abdulkarim», zelf noemt hij zich «Karim».
NAME	«Stroeve» (de nieuwe vriend) heeft een strafblad voor geweld.
NAME	Aanwezig bij het netwerkberaad: oma, oom «Hanna», de buurvrouw en de dominee.
NAME	De dominee, ds. «Mulderij», wil de kinderen wekelijks zien.
NAME	«Zeynep» vertelde de mentor dat ze deze zomer uitgehuwelijkt wordt.
NAME	vader «Barış Doğan» werkt in ploegendienst bij een slachterij
NAME	Re: zorgmelding — «Ramona Lekatompessy» wordt als melder genoemd.
NAME	moeder «A. Manuputty-de Vries» verblijft in de vrouwenopvang
NAME	De jongen, «Stijn», zegt dat vader hem opsluit in de schuur.
NAME	Volgens school is «Lotte Kamphuis» ook bekend bij het wijkteam.
NAME	«Klein Gunnewiek» (stiefvader) ontkent alles.
NAME	Wijkagent: «T. Olthof» eerder aangehouden voor bedreiging van zijn ex.
NAME	| vader | «Yuhanon Ishak» | Hengelo | geen gezag |
NAME	«Gevriye» (tante) vangt de meisjes op in Hasseler Es.
NAME	De nieuwe vriendin van vader, «Sandra», heeft twee eigen kinderen.
NAME	«Tijhuis» zegt: 'ik heb dat kind nooit aangeraakt'.
NAME	«Janna»'s opa woont op de boerderij en is streng gelovig.
NAME	Contactpersoon netwerk: neef «Osman» (rijdt moeder naar afspraken)
NAME	in het gesprek noemde ze haar biologische vader «Marco», die in Duitsland woont
NAME	Buurjongen «Dylan» deelt filmpjes van de ruzies in een groepsapp.
NAME	BETROKKENE: «GÜLTEN ÖNDER» (MOEDER), ROL: BENADEELDE
NAME	halfbroer «Luuk Wiggers» (17) heeft zelf een jeugdstrafzaak
NAME	Moeder wil dat «Ceylin» bij haar zus in Borne blijft tot de zitting.
NAME	Vader (Nordhorn) en zijn partner «Birgit» hebben de kinderen om het weekend.
NAME	«Tuncay» en «Serkan», de ooms, dreigden vader 'aan te pakken'.
NAME	Gesprek gevoerd met de heer «Velthuis» (grootvader) op 4 november.
NAME	Rapportage: «Nijhuis» heeft de afspraken uit het plan van aanpak niet nagekomen.
NAME	Mentor van «Aylin» maakt zich zorgen over het gewichtsverlies.
NAME	Vader, in de buurt «Abu Yaman» genoemd, ontvangt geen hulpverleners meer.
NAME	Stiefvader «Mehmet Ali Kılıç» staat officieel ingeschreven in Almelo.
NAME	tante «riek» heeft de sleutel en komt elke avond even kijken
NAME	moeder (1988) en haar vriend «Ruud» (1985) wonen sinds kort samen
NAME	Jeugdige: «Sem» (2013)
NAME	«J. Pegge» is de oom die de sleutel van de woning heeft.
NAME	Sinds «Hofste» weg is, is het rustiger in huis, zegt moeder.
NAME	«Gabriëlla» (stiefzus) lokt volgens moeder de ruzies uit.
NAME	In de telefoon van «Nadia» stonden dreigberichten van haar ex.
NAME	De buurman (dhr. «Scholten») filmde het incident vanaf zijn balkon.
NAME	zus van vader: «Layla Al-Mousa»
NAME	Broertje «Thijs» zit in groep 4 en zegt weinig.
NAME	Stem van ouders – «Marleen»: "Ik doe alles voor die jongens."
NAME	'Mama «Nesrin» zegt dat ik moet liegen tegen de juf' (letterlijk, 9 jaar)
NAME	Agent heeft «Brinkhuis» (broer van moeder) telefonisch gesproken.
NAME	Netwerkberaad: aanwezig «Esther» (buurvrouw), «Wilma» (kerk) en moeder.
NAME	Familie «Kurt» is in september verhuisd naar Almelo.
NAME	«Stefan Lansink» is de biologische vader van de twee jongsten.
BIRTHDATE	Betrokkene 1, geb. «14-03-2012», rol: slachtoffer
BIRTHDATE	GEBDAT: «07.11.1991» (moeder)
BIRTHDATE	moeder is geboren op «2 juni 1994» in Gronau
BIRTHDATE	Jeugdige: E. («12-08-2014»)
BIRTHDATE	geboortedatum jongste: «2021-01-30»
BIRTHDATE	d.o.b. vader «19/4/1986»
BIRTHDATE	zoon is op «23 sept. 2016» in het ziekenhuis in Enschede geboren
BIRTHDATE	«08-02-'13» is de geboortedatum van A.
BIRTHDATE	| dochter | geb. «3-7-2019» | groep 4 |
BIRTHDATE	Geb.dat. kind: «20150911»
BIRTHDATE	DOCHTER, GEB «30 DEC 2010», NU OP HET VSO
BIRTHDATE	De tweeling is geboren op «9-10-2017».
BIRTHDATE	H. (geb. «16 mei 2012») zit in de brugklas
BIRTHDATE	vader, geboren «1 januari 1979» in Midyat (Tur Abdin)
BIRTHDATE	Jeugdige(n): R. («2013-06-22») en zusje L. (2016)
BIRTHDATE	baby geboren op «17-1-2024», prematuur (32 weken)
BIRTHDATE	gebdatum oma «11 11 1955», zij is mantelzorger
BIRTHDATE	DOB: «Mar 4, 2015» (Duitse papieren)
ID_NUMBER	ProKid: registratienummer «PL0600-2026041175», kleur oranje
ID_NUMBER	BVH-nr. «2026-118347» betreft vader
ID_NUMBER	cliëntnr. Mediant: «M-482913»
ID_NUMBER	patiëntnummer ziekenhuis «7739215» (SEH-bezoek moeder)
ID_NUMBER	dossier Jeugdbescherming: «JBO-26-07713»
ID_NUMBER	zaaknr VT Twente «VTT-2026-33819»
ID_NUMBER	leerlingnummer «LL204417» (zoon)
ID_NUMBER	V-nummer vader «2907714561»
ID_NUMBER	Personalausweis vader (Gronau): «L01X00T47»
ID_NUMBER	paspoort moeder «NXK7C41P9», verloopt volgend jaar
ID_NUMBER	Zaak rechtbank «C/08/284591 / JE RK 26-731» (OTS-verzoek)
ID_NUMBER	huurdernummer bij de corporatie: «100388412»
ID_NUMBER	Jarabee cliëntnummer «J2026-0471»
ID_NUMBER	polisnr. zorgverzekering moeder «312984076»
ADDRESS	Gezin woont «Oldenzaalsestraat 188-3» in Enschede, 3e verdieping.
ADDRESS	adres vader: «Haaksbergerstraat 412a»
ADDRESS	politie ter plaatse «Deurningerstraat 71 hs» om 21:55
ADDRESS	Oma woont op «Boekelosestraat 9», vlak bij de kinderen.
ADDRESS	pleeggezin: «Gronausestraat 1023», Glanerbrug
ADDRESS	Moeder is verhuisd naar «Enschedesestraat 55-B» in Hengelo.
ADDRESS	| adres | «Wierdensestraat 140» | Almelo |
ADDRESS	VADER VERBLIJFT «GROTESTRAAT 92/2», RIJSSEN
ADDRESS	de kinderen slapen bij oom op «Bornsestraat 33 kamer 4»
ADDRESS	Ex woont tegenwoordig «Wooldriksweg 210 k.12».
ADDRESS	melding betreft woning «Hengelosestraat 505»
POSTCODE	postcode gezin: «7544 GD»
POSTCODE	Vader staat ingeschreven op «7552HK» Hengelo.
POSTCODE	pc «7606 ab» (oma)
POSTCODE	| postcode | «7462 TV» |
POSTCODE	Moeder is verhuisd naar «7573 EZ» Oldenzaal.
POSTCODE	PC NIEUWE WONING: «7621 RH»
POSTCODE	de brief is naar «7581 KT» gestuurd maar kwam retour
POSTCODE	Postcode pleeggezin «7482XM» Haaksbergen
POSTCODE	woonadres valt onder «7442 BL» (Nijverdal)
POSTCODE	kinderen verblijven bij opa, postcode «7461 PD»
POSTCODE	retour afzender «7523 WK» Enschede
BSN	BSN jeugdige: «@BSN:plain@»
BSN	bsn moeder «@BSN:dots@»
BSN	Burgerservicenummer vader: «@BSN:spaces@»
BSN	| BSN | «@BSN:plain@» |
BSN	BSN-nr. zoon «@BSN:dash@»
BSN	«@BSN:plain@» (bsn oma)
BSN	BSN: «@BSN8@»
BSN	ProKid koppelt het kind aan bsn «@BSN:plain@»
BSN	sofinr/BSN dochter «@BSN:dots4@»
BSN	Let op, in het verslag staat het BSN: «@BSN:plain@»
BSN	BURGERSERVICENUMMER «@BSN:spaces@» (JONGSTE)
PHONE	Moeder is bereikbaar op «06-21873406».
PHONE	tel vader «+31 6 4829 1157»
PHONE	oma: «053-4318826» (vast nummer)
PHONE	Melder (buurvrouw) terugbellen op «074 - 291 63 08».
PHONE	vader in Gronau: «+49 2562 718341»
PHONE	nr. oom «0031 6 15 02 77 94»
PHONE	mobiel jeugdige «0624819375»
PHONE	TEL. MOEDER «0546-827713»
PHONE	Bel de pleegmoeder op «(0548) 51 27 09» na 17:00.
PHONE	stiefvader (Nordhorn) mobiel «+49 171 4470392»
PHONE	Ex van moeder belt vanaf «+316 38 52 07 14»
EMAIL	mailadres moeder: «gulten.onder77@hotmail.com»
EMAIL	Vader mailt vanaf «yuhanon.i@gmail.com».
EMAIL	contact oma via «h.nijkamp-rijssen@kpnmail.nl»
EMAIL	e-mail jeugdige «bo.fenne2011@outlook.com»
EMAIL	| e-mail | «dietmar.hoelscher@web.de» |
EMAIL	Pleegvader: «assink.fam@ziggo.nl»
EMAIL	Stiefmoeder schreef vanaf «ulrike.b@gmx.de»
EMAIL	Mail van vader («sabri.aydin1979@live.nl») doorgestuurd naar JBO.
EMAIL	ouders delen het account «haddad.lina.fadi@gmail.com»
IBAN	IBAN moeder «@IBAN:NL:RABO:grp@»
IBAN	rekeningnr. vader: «@IBAN:NL:INGB:compact@»
IBAN	Toeslag wordt gestort op «@IBAN:NL:ABNA:grp@»
IBAN	stiefvader betaalt alimentatie van «@IBAN:DE:-:grp@»
IBAN	| rekening | «@IBAN:NL:SNSB:compact@» |
IBAN	oma leent geld via rekening «@IBAN:NL:TRIO:lower@»
IBAN	Beschermingsbewind: leefgeld op «@IBAN:NL:KNAB:grp@»
IBAN	Vader (Nordhorn) rekening «@IBAN:DE:-:compact@»
IBAN	iban jeugdige «@IBAN:NL:BUNQ:grp@»
URL	Moeder plaatst filmpjes op «https://www.tiktok.com/@gulten.onder77»
URL	Facebook vader: «facebook.com/sabri.aydin.7319»
URL	instagram zus: «instagram.com/melek_enschede_053»
URL	YouTube-kanaal stiefvader: «https://www.youtube.com/@stroeve-twente»
URL	snapchat jeugdige «snapchat.com/add/ashur.b15»
URL	Vader heeft een eigen site: «www.pluimers-klusbedrijf-rijssen.nl/over-gerrit»
"""
