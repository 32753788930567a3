# Hand-written BLOCK lines for blind set 17. Format: CATEGORY<TAB>sentence, spans marked with «...».
# Placeholders {BSN9:fmt} / {BSN8} / {IBAN:CC:BANK:fmt} are filled by gen_sentences.py with seeded random values.
LINES = r"""
NAME	«Ad» mag niet meer alleen met de kleintjes naar het strand bij Vlissingen sinds hij daar in augustus dronken in slaap viel.
NAME	«Roos» vertelt op school dat ze 's nachts de deur van haar kamer op slot draait omdat stiefvader binnenloopt.
NAME	«Bram» heeft de afgelopen weken drie keer de politie gebeld toen moeder en haar vriend ruzie kregen in de keuken.
NAME	«Hoop» (zusje van J.) slaapt sinds de zomer bij oma in Kloetinge en wil niet meer terug naar huis.
NAME	«Ben» is de oudste zoon en draagt eigenlijk de zorg voor de vier jongere kinderen als moeder weer opgenomen is.
NAME	«Mees» zegt tegen de juf dat papa "de lepel" gebruikt als hij straf krijgt.
NAME	volgens buurman «Vink» staan de kinderen regelmatig om half elf 's avonds nog buiten op de galerij.
NAME	Moeder heeft contact met haar zus, mw. «Visser», die in Goes woont en twee middagen per week oppast.
NAME	vader is teruggegaan naar zijn ouders, fam. «De Wit», op de boerderij bij Kapelle.
NAME	Opa «Koning» rijdt de kinderen elke ochtend naar school en is de enige die weet waar de sleutel van het medicijnkastje ligt.
NAME	De nieuwe vriend van moeder, «Zeeman», heeft een contactverbod in een eerdere relatie gehad.
NAME	Tante «Ineke van Goes» wil de kinderen tijdelijk opvangen maar haar man is daar tegen.
NAME	Oom «Breda» (broer van vader) is veroordeeld voor huiselijk geweld en komt nog steeds over de vloer.
NAME	ex-partner van moeder: «Sander Zeeland», zit momenteel in de PI Vught.
NAME	de opa van moederskant heet «Tholen» en woont op Sint Philipsland, heeft geen contact meer met het gezin.
NAME	Buurvrouw «Ommen» belde het wijkteam omdat ze de baby al twee dagen hoorde huilen.
NAME	moeder werkt bij haar schoonzus, «Marleen van Houten», in de bloemenkwekerij.
NAME	«Tesfay» durft niet te vertellen aan zijn vader dat hij een onvoldoende heeft, bang voor klappen.
NAME	Moeder («Senait Ghebremariam») spreekt Tigrinya, gesprek gevoerd met tolk via de telefoon.
NAME	Vader «Yonas» komt alleen in het weekend thuis omdat hij in de kassen in het Westland werkt.
NAME	oom «Awet Tekle» is de contactpersoon voor de familie in Eritrea en regelt het geld.
NAME	De oudste dochter «Helen» (17) is na een ruzie vertrokken naar een vriendin in Amersfoort.
NAME	Broer «Mebrahtu» heeft volgens school een mes meegenomen naar de les.
NAME	«Agnieszka» zegt dat ze haar moeder niet meer wakker kreeg toen die op de bank lag met een lege fles wodka.
NAME	Vader, «Paweł Kowalczyk», werkt via een uitzendbureau en woont in een huis met acht andere arbeiders.
NAME	oma «Małgorzata» komt over uit Poznań om te helpen maar spreekt geen Nederlands.
NAME	«Krzysztof» (vriend van vader) is erbij geweest toen de deur werd ingetrapt.
NAME	De kinderen noemen de nieuwe partner "wujek «Zbyszek»", hij slaapt sinds september in het huis.
NAME	gesprek met mevrouw «Nowicka» gevoerd in het Pools met hulp van de tolkentelefoon.
NAME	«Dimitrov» (vader) weigert elk contact met het wijkteam en zegt dat de kinderen naar Bulgarije gaan.
NAME	«Ivanka Petrova» (moeder) werkt 's nachts in een distributiecentrum, de kinderen zijn dan alleen.
NAME	Oom «Stoyan» heeft de paspoorten van het gezin in zijn bezit.
NAME	«Radka» (13) past op haar drie broertjes en gaat daardoor niet naar school.
NAME	MW. «GEORGIEVA» WIL GEEN HULP, ZEGT DAT ZE HET ZELF REDT.
NAME	Familie «Bajramović» woont met drie generaties in een woonwagen op het kamp bij Nieuwegein.
NAME	«Dragan» is de oudste broer en neemt de beslissingen voor moeder, ook over school.
NAME	volgens neef «Sead Ramadani» is de 15-jarige dochter uitgehuwelijkt aan een jongen uit België.
NAME	«Lagrené» (grootvader) heeft veel gezag in de familie en bepaalt of hulp binnen mag komen.
NAME	de vader van de baby, «Django Weiss», is niet bekend bij de Toegang maar wel bij de politie.
NAME	«Pattiasina» (opa) woont in de Molukse wijk in Culemborg en is de steun voor moeder.
NAME	Moeder is in gesprek met haar tante «Nona Latuheru» over tijdelijk wonen in de wijk in Tiel.
NAME	«Ferry Tuhumury» (stiefvader) gebruikt cocaïne volgens de verslavingsarts.
NAME	«Sahetapy» heeft een kort lontje, zegt moeder, en slaat met zijn vuist op tafel.
NAME	broertje «jopie» is 's ochtends vaak zonder ontbijt op school.
NAME	De kinderen zijn bij tante «Wattimena» in Vught ondergebracht na de melding.
NAME	«Hendrik van der Kooij» (vader) wil geen hulpverlening omdat het volgens hem "in de familie moet blijven".
NAME	Moeder («Jacoba van der Kooij-Bogerd») heeft elf kinderen, de jongste is 7 maanden.
NAME	«Marinus» (16) krijgt van vader straf met de riem, ook op zondag na de kerk.
NAME	ouderling «Kodde» van de gemeente heeft het gezin geadviseerd geen jeugdzorg toe te laten.
NAME	De oudste dochter, «Geertje», doet het hele huishouden en stopt met school na de zomer.
NAME	«Leendert» en «Adriaan» (tweeling, 9) vertellen dezelfde dingen over de kelder.
NAME	oma «Verhage-van Dalen» wil de kinderen opvangen op de boerderij in 's-Heerenhoek.
NAME	grootvader «Cornelis Wisse» overleed in oktober, sindsdien is vader niet meer aanspreekbaar.
NAME	«Pieternella» is naar haar oom gestuurd in Yerseke omdat ze "ongehoorzaam" was.
NAME	gesprek met dhr. «Van 't Westeinde» op de boerderij, hij stond niet open voor het advies.
NAME	«Maatje» (14) zegt dat ze geen telefoon mag hebben en dat haar post wordt gelezen.
NAME	Moeder heeft steun aan haar schoonzus «Willemijntje Polderman».
NAME	«Tjoa» (vader) heeft schulden bij familie in Den Haag.
NAME	oma «non» (moeder van moeder) woont in bij het gezin en is dementerend.
NAME	De kinderen zijn gewend bij tante «Lien Soedarmo» te eten als vader laat thuis is.
NAME	«Rustiani» belt de kinderen elke avond vanuit Jakarta.
NAME	Vader «Erwin van Kampen» is Indisch, zijn vader zat in het Jappenkamp, volgens hem "praten we niet over".
NAME	«Yvonne Sutanto» (moeder) is ontslagen en durft dat niet aan haar man te vertellen.
NAME	Opa «Robbie Lumban Tobing» wil niet dat de Raad erbij komt.
NAME	«Jasper» (12) is op 2 november door de politie thuisgebracht na een inbraak in een schuur in Hilversum.
NAME	zus «Noor» en broertje «Siem» slapen samen op een matras in de woonkamer.
NAME	«Fleur» gaf aan dat ze zich op het toilet opsluit als mama gaat schreeuwen.
NAME	Moeders vriendin «Chantal» heeft de kinderen een week bij zich gehad toen moeder in de kliniek zat.
NAME	«Kees Zeeman» (opa) heeft een alcoholprobleem maar past wel elke woensdag op.
NAME	De buren, fam. «Hoogerwerf», hebben meerdere keren geklaagd bij de corporatie.
NAME	mentor meldt dat «Lotte» een kras op haar arm had en zei dat de kat het had gedaan.
NAME	«Daan»s vader kwam dronken op de sportdag in Baarn.
NAME	«Tomasz»' moeder zegt dat hij niet meer mag logeren bij zijn vader.
NAME	«Dewi»'s oma heeft gebeld met het consultatiebureau omdat de baby niet aankomt.
NAME	VADER «MARCEL DE WIT» HEEFT EEN LOPEND STRAFRECHTELIJK ONDERZOEK.
NAME	Gezinssamenstelling | moeder | «Esther Breda» | (1988)
NAME	| stiefvader | «Kowalski, Artur» | woont in sinds 2025 |
NAME	Gesproken met moeder en haar nieuwe partner «R. van Goes» op het kantoor van het wijkteam in Goes.
NAME	Ook «J.C. Tholen-Koning» (oma mz) is bij het gesprek aanwezig geweest.
NAME	wijkagent meldt dat «Stefan» (broer, 19) drugs verkoopt vanuit de schuur achter het huis.
NAME	Mevrouw «Smits» van het wijkteam belde op 12-11 met de mededeling dat moeder de afspraak afzegde.
NAME	de jeugdarts, dhr. «Rozendaal», heeft de blauwe plekken op de rug gezien en gefotografeerd.
NAME	Leerplichtambtenaar «Annemiek Goedhart» heeft proces-verbaal opgemaakt wegens verzuim.
NAME	Huisarts «Tromp» uit Middelburg weigert informatie te delen zonder toestemming van moeder.
NAME	De verslavingsarts van Emergis, dokter «Karimi», wil moeder laten opnemen.
NAME	Zoals «Liesbeth» van de GGZ al zei: vader is niet stabiel genoeg voor de omgang.
NAME	dictaat: gesproken met moeder, ja, en daarna met «Wessel», haar oudste, die zat boven op zijn kamer, wilde eerst niet praten
NAME	ivm ziekte «henk» (opa) kan er niemand oppassen op dinsdag
NAME	mail van tante «anja» ontvangen, zij maakt zich grote zorgen over de hygiëne
NAME	Moeders ex «Dennis Vink» heeft een straatverbod maar is gezien bij de school in Kattenbroek.
NAME	«Milan» (buurjongen, 16) neemt de jongste mee naar de hangplek bij het station.
NAME	Tussen «Gert-Jan» en moeder is het in oktober uit gegaan; hij dreigt nu met zelfmoord.
NAME	«Oksana» (moeder) is in 2022 gevlucht uit Charkiv en heeft nachtmerries.
NAME	Vader belt dagelijks met zijn broer «Levan», die hem aanspoort de kinderen mee te nemen.
NAME	gesprek gehad met «Fenna», vriendin van moeder, die vermoedt dat moeder weer gebruikt
NAME	De vriend van «Sanne» (15) is 23 en haalt haar op met de auto na school.
NAME	«Kasia» heeft haar zus «Ola» verteld dat stiefvader aan haar zit.
NAME	Moeders eerste man, «Mustafa Alić», is in 2019 uitgezet naar Bosnië.
NAME	In het tienergesprek noemde «Yara» haar moeder "de baas" en haar vader "de afwezige".
NAME	Afspraak: «Wim» (opa vz) haalt de kinderen op vrijdag op en brengt ze zondag om 18.00 terug.
BIRTHDATE	J. is geboren op «14-03-2012» in het ADRZ.
BIRTHDATE	geb. «3 sept. 2015», Amersfoort
BIRTHDATE	Geboortedatum moeder: «22/07/1990»
BIRTHDATE	Jeugdige: R. («09.11.2013»)
BIRTHDATE	broertje T. werd op «2 februari 2019» geboren, te vroeg, bij 31 weken.
BIRTHDATE	GEB. «11-08-2008» TE TERNEUZEN
BIRTHDATE	dob «2016-05-27»
BIRTHDATE	oudste zus geb «4/1/'07»
BIRTHDATE	| M. | «17-12-2014» | groep 7 |
BIRTHDATE	vader is van «19 mei 1984», moeder iets jonger
BIRTHDATE	Geboren «28-okt-2017» (prematuur), nu onder controle bij de kinderarts.
BIRTHDATE	D.o.B.: «20120604»
BIRTHDATE	de baby is «zeven januari 2026» geboren, thuisbevalling zonder verloskundige
BIRTHDATE	S. («1-7-2011») heeft een stem gegeven via een brief.
BIRTHDATE	Gebdat jeugdige «30.04.2010»
BIRTHDATE	zusje A. is op «13 dec. 2018» geboren en heeft een hartafwijking
BIRTHDATE	Tweeling L. en K., beiden geboren «05-02-2020».
BIRTHDATE	moeder geb. «8 aug '93» in Sofia
ID_NUMBER	Cliëntnummer Emergis: «E-2026-448817»
ID_NUMBER	dossiernummer Veilig Thuis Zeeland «VTZ 2026-03391» (moeder)
ID_NUMBER	het kenmerk van de Raad is «RvdK/MN/77412-26».
ID_NUMBER	patiëntnr. UMC «7281934»
ID_NUMBER	Leerlingnummer vader (VAVO): «109384» volgens school
ID_NUMBER	Paspoort moeder nr. «NW4R8KT21» is kwijt, zegt ze
ID_NUMBER	ID-kaart Bulgarije: «648213779»
ID_NUMBER	V-nummer moeder «3087612445»
ID_NUMBER	zaaknr rechtbank Midden-Nederland «C/16/571203 / JE RK 26-884»
ID_NUMBER	«CJG-AMF-009182» (dossier bij CJG Amersfoort)
ID_NUMBER	polisnummer zorgverzekering vader: «ZK 4471 0923 88»
ID_NUMBER	reg. nr. politie (BVH): «PL0900-2026481127»
ID_NUMBER	vreemdelingennr. «2209-118-743» van oom staat op de brief van de IND
ID_NUMBER	cliënt Tactus/Brijder: nr. «BR 84412»
ADDRESS	Moeder woont nu bij haar zus op de «Badhuisstraat 114a» in Vlissingen.
ADDRESS	Vader heeft een kamer op «Kanaalweg 23-bis», Utrecht.
ADDRESS	huisbezoek gedaan op «Noordweg 9» te Middelburg
ADDRESS	Oma woont op de «Singel 201 hs», in de binnenstad van Amersfoort.
ADDRESS	KINDEREN VERBLIJVEN OP «DORPSSTRAAT 38» IN KAPELLE
ADDRESS	het huis aan de «Axelsestraat 57 A» is door de corporatie ontruimd
ADDRESS	| adres vader | «Langestraat 3» | Hilversum |
ADDRESS	Nieuwe woning: «Vrouwjuttenland 12-2», vanaf december.
ADDRESS	Kinderen zijn aangetroffen in een caravan achter «Zeedijk 4» in Breskens.
ADDRESS	vader woont sinds kort op het woonwagenkamp, «Kampweg 16», samen met zijn broer
ADDRESS	post wordt nog bezorgd op «Havenstraat 88 bus 2», maar daar woont niemand meer
POSTCODE	postcode moeder «4381 BG»
POSTCODE	Oma (Terneuzen, «4531HV») heeft de kinderen in de vakantie.
POSTCODE	verhuisd naar «3817 pz» Amersfoort
POSTCODE	| postcode | «1211 GK» |
POSTCODE	Vader woont in «4461 ED» Goes, bij zijn nieuwe vriendin.
POSTCODE	Brief van de deurwaarder gaat naar «3532 AB» (oude adres).
POSTCODE	PC: «4501XS»
POSTCODE	Moeder en kinderen zijn opgevangen in «3511 LT», dichtbij het station.
POSTCODE	tante woont in «1271 RA» Huizen
POSTCODE	de woning in «4511 CZ» Oostburg staat op naam van opa
POSTCODE	postcode jeugdige: «3822 TA»
BSN	BSN jeugdige: «{BSN9:plain}»
BSN	bsn moeder «{BSN9:dots}»
BSN	Het BSN van vader («{BSN9:spaces}») staat op de beschikking.
BSN	burgerservicenummer baby: «{BSN9:plain}»
BSN	| BSN | «{BSN9:dash}» |
BSN	sofinr. oma (oud) «{BSN8}»
BSN	BSN R. «{BSN9:spaces}» (zie brief SVB)
BSN	«{BSN9:plain}» is het bsn van de oudste, graag doorgeven aan de GI
BSN	BSN: «{BSN9:dots}»
BSN	In het systeem van de gemeente staat moeder onder «{BSN9:plain}».
BSN	bsn vader «{BSN9:dash}» klopt niet met wat hij zelf opgeeft
PHONE	Moeder is bereikbaar op «06-48127795».
PHONE	tel. vader «+31 6 19 82 44 07»
PHONE	oma: «0118-612947» (vast nummer, Middelburg)
PHONE	Bel tante gerust: «0031 6 5521 8804»
PHONE	Vader heeft een Pools nummer: «+48 601 228 914»
PHONE	nummer van de buurvrouw: «(0113) 218 437»
PHONE	TEL «033-4618277» (oma, Amersfoort)
PHONE	de jeugdige heeft een eigen mobiel: «0657381204»
PHONE	| telefoon moeder | «06 1184 3322» |
PHONE	moeder belt met een Bulgaars nummer «+359 88 741 2290»
PHONE	Stiefvader: «035-6284019», alleen na 18.00 uur
EMAIL	Moeder mailt vanaf «ivanka.petrova88@gmail.com».
EMAIL	vader: «h.vanderkooij@kpnmail.nl»
EMAIL	Oma stuurde op 2 november een mail van «oma.trees.goes@hotmail.com» met foto's van de blauwe plek.
EMAIL	mail tante: «lien_soedarmo@ziggo.nl»
EMAIL	jeugdige gebruikt «xx.roosje.xx2011@outlook.com» voor school
EMAIL	EMAIL VADER «PAWEL.K1987@WP.PL»
EMAIL	contact via «senait.g@yahoo.com» (moeder)
EMAIL	| e-mail | «ferry.tuhumury@live.nl» |
EMAIL	stiefvader schreef vanaf «djangow@hotmail.nl» een dreigmail aan school
IBAN	Moeder vraagt of de toeslag naar «{IBAN:NL:INGB:grouped}» kan (rekening van oma).
IBAN	rekening vader: «{IBAN:NL:RABO:compact}»
IBAN	IBAN «{IBAN:NL:ABNA:grouped}» t.n.v. oom
IBAN	Het kindgebonden budget gaat naar «{IBAN:PL:-:grouped}», de Poolse rekening van vader.
IBAN	beslag gelegd op «{IBAN:NL:SNSB:compact}»
IBAN	| IBAN moeder | «{IBAN:NL:TRIO:grouped}» |
IBAN	geld wordt overgemaakt naar «{IBAN:BG:-:compact}» (familie in Bulgarije)
IBAN	iban tante «{IBAN:NL:RBRB:lower}»
IBAN	Budgetbeheer betaalt huur vanaf «{IBAN:NL:ASNB:grouped}».
URL	Vader plaatst filmpjes van de kinderen op «https://www.tiktok.com/@pawel_k_zeeland».
URL	insta van de jeugdige: «instagram.com/roos.tje_vlissingen»
URL	Moeder verkoopt spullen via «https://www.facebook.com/ivanka.petrova.3321».
URL	SNAPCHAT ZOON: «snapchat.com/add/bram2012xx»
URL	De oudste heeft een YouTube-kanaal: «https://www.youtube.com/@helen_tesfay»
URL	stiefvader heeft een profiel op «linkedin.com/in/ferry-tuhumury-8a1b2c»
"""
