# «...» marks a span. Placeholders {BSN9},{BSN8},{IBAN:cc:bank:n},{IBANG...} filled by gen_sentences.py
NAME = """Jeugdreclasseerder heeft «Dawid» op 3-11 gesproken over de winkeldiefstal.
MOEDER «AGNIESZKA WÓJCIAK» VERSCHEEN NIET OP DE ZITTING
[vert.: moeder ondertekent met «Małgorzata Kęsik»]
oma «Trees» uit Belfeld vangt de jongens op na school
opa «Sjra» van de boerderij in Meterik wil niet meer dat ze komen
mam zeet: «Lei» mot dao weg (Venloos, letterlijk genoteerd)
Halt-afdoening voor «Kacper Zieliński», taakstraf 12 uur bij de gemeentewerf.
«Ionuț» (broer, 19) werkt via uitzendbureau op Trade Port West.
vader «Florin Dumitrescu» heeft geen vaste verblijfplaats in Venlo
«Mehari» en zijn moeder wonen sinds 2023 in Venray.
Tante «Saba Tesfamariam» tolkt soms, dat is niet wenselijk.
Contact met «Ahmad Al-Khatib» (oom) verloopt via WhatsApp.
Fam. «Latumahina» uit Tegelen is zeer betrokken bij de kerk.
opa «Nanlohy» vertelt de kinderen over Ambon
«Jürgen Schmitz» (ex-partner, Kaldenkirchen) heeft omgangsrecht.
De Duitse oma, Frau «Hildegard Peters» uit Nettetal, haalt J. op.
Volgens «Rosita» (buurvrouw) wordt er 's nachts geschreeuwd.
«Lăcătuș» senior zou de meisjes uithuwelijken, aldus school.
neef «Sorin» is 17 en rijdt zonder rijbewijs
Ik heb «Van den Beuken» gebeld, hij nam niet op.
«VERSTRAELEN, HENDRIKUS» | vader | gezag: ja
| stiefvader | «Bart Hendrikx» | woont in |
mw. «Geurts-Peeters» (pleegmoeder) is overbelast
Moeders vriend «Rob» slaapt er 3 nachten per week.
«Rob» zijn broer deelt drugs uit in Blerick-Noord, zegt J.
«Femke»s vader wil geen contact met VT
dhr «Pouls» van de buurt heeft de politie gebeld
Met «Tinus» van de manege is afgesproken dat D. er mag helpen.
broertje «Jens» (9) slaapt slecht sinds het incident
zus «Noor» loopt stage bij de kapper en is veel weg
«Marieke Janssen-Hermkens» stuurde foto's van blauwe plekken.
De heer «Ł. Nowakowski» weigert het gesprek zonder tolk.
Wijkagent «Coenen» heeft melding gedaan (basisteam Venlo).
Mevrouw «Smedts» van het wijkteam belde op dinsdag.
casemanager «Inge» heeft het plan nog niet rondgestuurd
J. zegt dat «Thijs» en «Luuk» hem hebben geslagen bij het station.
Aangifte tegen «Milan Peulen» (medeverdachte) loopt nog.
Ouders: «Ewa» en «Tomasz», beiden werkzaam in de kassen in Sevenum.
«Paweł»'s werkgever regelt ook de woning, via een bemiddelaar.
Oom «Yonas» uit Gennep wil de voogdij.
«Haftom Berhane» is volgens moeder de vader van het jongste kind.
«Rahaf» (zus, 16) zorgt voor de kleintjes als moeder werkt
buurman «Harrie» heeft een sleutel
«GERRIT VAN DER LINDEN» IS OVERLEDEN, OMA IS ALLEEN
oma en opa «Verheijen» nemen de kinderen elk weekend mee naar Lottum
Het neefje, «Demi Kusters», is ook bij het incident geweest.
«Roos» (7) wil niet meer naar papa.
«Bram van Dijk-Lenssen» is de nieuwe partner van moeder.
Mail van «Sanne» (juf groep 6): D. huilde de hele ochtend.
de huisarts, dokter «Kessels», wil eerst zelf met moeder praten
Halt-medewerker «Esther» heeft de ouders gesproken op 4 nov.
pap «Wim» drinkt weer, zegt de jongste
«Jan-Willem» en «Mariëlle» zijn gescheiden sinds 2024
SLACHTOFFER: «KEVIN MOONEN» (16), LETSEL AAN GEZICHT
vriendin «Shanaya» heeft de filmpjes rondgestuurd
Ex van moeder («Dragoș») staat onder toezicht in Roemenië.
«Claudia Stoica» is de tante bij wie de kinderen nu logeren.
Vader («M. Hamoud») zit in het AZC in Venlo.
«fatima» heeft haar moeder naar VieCuri gebracht
Betrokkene «Karol Mazur» is op 12-10 aangehouden, zie PV.
Oma «Wies» zegt dat ze het niet meer trekt.
«Silvester» is de peetoom en woont in Helden.
Schoolmaatschappelijk werk noemt «Anouk» als vertrouwenspersoon van J.
de moeder van «Tygo» is bang van de vader
«Stevens» heeft de kinderen bij het zwembad opgehaald, zonder toestemming.
stiefmoeder «Birgit» uit Nettetal spreekt geen Nederlands
Halt-formulier, veld Ouder/verzorger: «Dorota Kamińska»
«Gijs Kurvers» (voetbaltrainer) maakt zich zorgen over de blauwe plekken.
Verdachte: «Jayden Wijnen», Halt-afdoening aangeboden.
«Pieter» (opa) heeft een hartinfarct gehad, dat speelt mee.
buurvrouw «Truus Vullings» heeft J. gevonden op de stoep
Onze kinderen «Zuzanna» en «Olek» gaan naar school in Blerick [vert.: zinsbouw aangepast]
[vert.: in het origineel staat «Kasia», verkleinvorm van Katarzyna]
«Grzegorz» [vert.: de echtgenoot] werkt nachtdiensten bij een distributiecentrum
«Vasile Rusu» heeft beloofd te stoppen met drinken.
Tante «Anna-Maria» uit Reuver is pleegouder geworden.
kinderen spelen bij «Hanneke» de oppas in Kessel
«Ayoub» (broer) zit in de jeugdgevangenis.
Moeder wil niet dat «Raf» nog langskomt.
«Mohammad Alsayed» (vader) is in 2022 vanuit Aleppo gekomen.
J. noemt zijn vriend «Fenna» als steun.
«Teun» en «Sem» van de buurt pesten hem.
«Petronella» (overgrootmoeder) woont in zorgcentrum Sint Jozef.
Opvoedondersteuner «Kim» ziet verbetering.
MOEDER SPREEKT MET «MARCELLA» (ZUS) OVER DE SITUATIE
ex-partner «Ruud Vermeeren» heeft een straatverbod
«Jolanda»'s nieuwe vriend heeft een strafblad
Vader heet «Serkan», hij woont bij zijn ouders in Venlo-Oost.
«Lotte Nabben» (stiefzus) is 14 en wil mee naar het gesprek.
gesprek met «Yvonne» van de buurtvereniging over de overlast
«Gabriela» uit Roemenië is de oppas, ze is 15.
stiefbroer «Nick» (20) is de dader volgens J.
«Klaassen» senior heeft een tuinderij in America.
Jeugdreclasseerder mw. «Daniëlle Wijers» adviseert ITB-Harde Kern.
«Frans-Jozef» (oom) was erbij toen het gebeurde.
de gebroeders «Hoeymakers» worden genoemd als vrienden van J.
«Dieter» uit Kaldenkirchen, de nieuwe man van moeder, is 'streng'
«Teklemariam» (vader) is in Eritrea achtergebleven.
Kinderen: «Nina», «Yara» en «Mila», allemaal basisschool
«Kowalczyk», ojciec, [vert.: = vader] werkt nu in Duitsland""".split('\n')

BIRTHDATE = """D. is geboren op «14-03-2011» in VieCuri Venlo.
Gebdat. jeugdige: «07/09/2012»
geb. «3 juni 2010» te Nowy Sącz [vert.: plaatsnaam Pools]
Jeugdige: K. («22-12-2013»)
GEBOORTEDATUM VERDACHTE: «2009-05-17»
| Geboortedatum | «12.02.2014» |
broertje werd «8 okt. 2018» geboren, te vroeg
dob «19/04/09»
Moeder is geboren «1 januari 1988» in Timișoara.
Halt-formulier, geb.datum: «20100611»
J. (geb «5-8-'12») heeft geen diploma's
vader geboren op «30 maart 1979» in Damascus
geboren: «17 sept 2015»
[vert.: data van geboorte van de kinderen: «2 lutego 2014»]
S. is «12 mei 2016» geboren, een week na de verhuizing.
Geb.: «04-11-2008» (meerderjarig per 4-11)
oudste (geb. «28/2/2011») woont bij opa
GEBOREN «09-09-2017» TE VENRAY""".split('\n')

ID_NUMBER = """Parketnummer «03-728115-26» (winkeldiefstal Blerick).
Halt-registratienr. «HLT-LNG-2026-04417»
cliëntnummer Koraal: «K2093381»
PV-nummer «PL2300-2026184213» (basisteam Venlo)
Dossiernr. Jeugdbescherming «WSS-558120» - moeder weet dit nummer.
patiëntnummer VieCuri «7710294»
Leerlingnummer Valuas: «VAL-33817»
V-nummer «7402188191» (IND) van vader
paspoortnummer moeder: «EY4817236» [vert.: Pools paspoort]
ID-kaart vader «CBZ391KP7» (Roemeens)
registratie jeugdreclassering «JR-NML-8812» staat open
zaaknummer rechtbank «C/03/338190 / JE RK 26-771»
Kenmerk Veilig Thuis melding «VTLN-2026-119384»
Polisnummer zorgverzekering jeugdige «582910473-02»""".split('\n')

ADDRESS = """Moeder woont nu op de «Kaldenkerkerweg 212a», bovenwoning.
Vader verblijft bij zijn broer, «Maasboulevard 17», Venlo.
Adres Halt-formulier: «Hogeweg 88», Venlo
[vert.: adres in Polen: «ul. Krakowska 14/3»]
Het gezin is verhuisd naar «Deken van Oppensingel 41-B».
J. slaapt bij opa op de «Grubbenvorsterweg 7»
KINDEREN VERBLIJVEN OP «LOMMERTERWEG 29» TE BLERICK
Flexwoning Trade Port, «Celsiusweg 11 unit 4»
| adres | «Helmondstraat 6» | Venray |
oma woont in «Baarlosestraat 102», Maasbree
Opvang bij tante op «Pastoor Vullinghsplein 3 bis»""".split('\n')

POSTCODE = """Postcode moeder: «5912 AK»
Verhuisd naar «5801DT» Venray.
adres (zie dossier), «5931 tz» Tegelen
[vert.: Polish zip: «33-300» Nowy Sącz]
Woonachtig in «5961 NP» Horst, bij opa en oma.
| postcode | «5988 BB» |
VADER: «41334» NETTETAL
Gezin staat ingeschreven op «5981 GH» (Panningen).
post naar «5953 AE» Reuver, schrijft moeder
«5854 pn» Bergen L, noteerde de wijkagent
Briefadres van vader: «5831 CS» Boxmeer""".split('\n')

BSN = """BSN jeugdige: «{BSN9}»
bsn moeder «{BSN9d}»
Halt-formulier BSN: «{BSN9s}»
BSN broer (D.): «{BSN9h}» (nog niet gecontroleerd)
| BSN | «{BSN9}» |
Burgerservicenummer vader «{BSN8}»
[vert.: moeder noemde haar BSN: «{BSN9}»]
J. heeft BSN «{BSN9d}», staat op zijn ID-kaart
bsn: «{BSN9}» (uit SIS)
BSN «{BSN9s}» behoort bij het jongste kind
BSN-nr oma «{BSN9}»""".split('\n')

PHONE = """Moeder is bereikbaar op «06-41872230».
Tel. vader: «+48 601 223 917» (Pools nummer)
Tel «06 19 88 43 07» van oma
opa belt vanaf «077-3514482»
| telefoon | «0478-552917» |
Duits nummer van ex: «+49 2157 812240»
bel mam «0612774491» na 17:00
[vert.: telefoon van mij is «+48 512 880 113»]
Nr. stiefvader: «+31 6 5512 0394»
Oom in Venray, «(0478) 58 12 36»
telefoon tante «0031 6 2287 1140»""".split('\n')

EMAIL = """Mail van moeder kwam van «agnieszka.wojciak84@gmail.com».
vader mailt via «florin.dumi77@yahoo.ro»
E-mail ouders: «fam.verstraelen@ziggo.nl»
[vert.: moeder gaf als e-mail «gosia.kesik@wp.pl»]
| e-mail | «jw.hendrikx@hotmail.com» |
J. stuurde screenshots vanaf «kacperz2009@outlook.com»
contact ex via «j.schmitz-nettetal@web.de»
Oma's adres: «trees.heldens@kpnmail.nl»
Stiefvader: «b.hendrikx.tuinbouw@gmail.com»""".split('\n')

IBAN = """Kinderbijslag gaat naar «{IBAN:NL:RABO}» van vader.
Rekening moeder: «{IBANG:NL:INGB}»
[vert.: konto w Polsce «{IBANG:PL:-:24}»]
Leefgeld via «{IBAN:NL:ABNA}» (bewindvoerder stort)
| IBAN | «{IBAN:NL:SNSB}» |
Duitse rekening van ex «{IBANG:DE:-:18}»
Halt-boete betaald vanaf «{IBAN:NL:BUNQ}»
iban oma «{IBANl:NL:TRIO}»
Vader laat loon storten op «{IBANG:RO:RNCB:16}»""".split('\n')

URL = """TikTok van J.: «https://www.tiktok.com/@dawid_blerick077»
Filmpjes staan op «instagram.com/kacper.zielinski.09»
Vader: «https://www.facebook.com/florin.dumitrescu.5512»
Snapchat-profiel «snapchat.com/add/shanaya_vlo»
moeder verkoopt spullen via «https://www.marktplaats.nl/u/agnieszka-w/18822931/»
youtube-kanaal broer: «https://www.youtube.com/@lei_tegele_gaming»""".split('\n')
