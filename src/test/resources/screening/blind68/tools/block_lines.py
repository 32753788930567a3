# -*- coding: utf-8 -*-
# BLOCK lines for blind68. Spans marked with «…». {BSN:fmt} and {IBAN:BANK:fmt} are filled by gen_sentences.py.
NAME = r'''
Oma «Grietje» woont nog in de boerderij bij Eenrum, zij kan de jongens opvangen.
opa «harm» zegt steeds 'hou dij goud' als hij belt, dat is zijn manier
Bijzonderheden: moeder noemt «Wubbo Hofstede» (haar broer) als steunfiguur.
vader «Eppo Dijkhuis» is sinds de zomer uit huis
Volgens «Wieringa» (buurman) was er vrijdag weer geschreeuw te horen.
mw. «Klaassien Boelens-Zuidema» heeft de zorg voor de kleinkinderen overgenomen
"Moi, ik bin «Aaltje», de oma, ik kin nait meer" zo begon de voicemail
ex-partner «Jens Hinrichs» woont in Leer (Ostfriesland) en heeft geen omgang
«Sven Ostendorf» heeft via WhatsApp gedreigd het meisje mee te nemen naar Emden.
Tante «Hilje» uit Warffum brengt zaterdag eten langs.
Toestemming ouders: ja, getekend door «R. Oosterhuis»
«TESFAY MEBRAHTU» (vader) VERBLIJFT DEELS IN AMSTERDAM
moeder «Selam» spreekt Tigrinya, tolk via telefoon geregeld
broertje «yonas» 9 jr doet het goed op school
Gesproken met «Helen Habte», nicht van moeder, zij tolkt soms ongevraagd.
«Filmon»'s klasgenoten pesten hem om zijn accent
Vader «Ahmad Al-Khatib» werkt bij een slachterij in Groningen.
«Rahaf» (zus, 19) past 's avonds op de kleintjes
ik heb met «Khaled Darwish» gebeld, de oom, die wil niet meewerken
«Lina Kassab-Haddad» staat op het huurcontract van de wisselwoning
Buurvrouw mevrouw «Steenhuis» heeft Veilig Thuis gebeld.
de heer «Menno Schuringa» is de nieuwe partner van moeder
Agrarisch bedrijf staat op naam van opa «Roelf Venema» en vader samen.
«Berend» (vader) heeft de koeien verkocht om de bank te betalen
«Derk-Jan»s moeder belde huilend naar school.
fam. «Woltjer» uit Bedum vangt de kinderen op als het thuis escaleert
«hendrikje elzinga» zegt dat ze niks van geweld weet
mevr «Sikkema» (moeder van vriendin) heeft J. een nacht opgevangen
Volgens «Medema» van het Sociaal Team is er een wachtlijst van zes weken.
De jeugdconsulent, mevrouw «Ritsema», kwam op 3-11 op huisbezoek.
schoolmaatschappelijk werker «Gerrit Tuinstra» signaleerde verwondingen aan de arm
Ik heb «Dirkje Stel» van Elker gesproken, zij herkent het beeld.
«Thorsten Gerdes» is de biologische vader, woonachtig in Aurich
«Heike Frerichs» (oma vaderskant) wil de jongen in Duitsland laten wonen.
«Omar» en «Yazan» slapen samen op één matras in de woonkamer
Jongste broer «Hamoudi» heeft nachtmerries sinds de tocht via Libië.
«Rima» (moeder) zegt "ik ben alleen, mijn man is nog in Idlib"
Leerling: «Senait Kidane» | groep 7 | Bijzonderheden: veel verzuim
Naam ouder/verzorger: «Tsega Ghebremedhin»
Kind-naam op het formulier: «Aron Mehari», graag doorhalen bij inbreng.
«KNOL, ANNIE» — grootmoeder, mantelzorger
Contactpersoon opvang: «Jakobus (Koos) Meijering»
oom «Tonnis» heeft een vuurwapenvergunning en jaagt in de Onlanden
de buren, «Wim en Gerda Lubbers», hebben de politie gebeld
«Geert Rozema» en «Sientje Rozema» (grootouders) hebben een claim bij het IMG lopen
meneer «Huizinga» zei dat hij 'de kinderen niet meer wil zien'
Oud-partner «Ilse Bolhuis» heeft een contactverbod.
«jantje»  oma  zegt ze kin nait meer slapen van de scheuren
hij noemt zijn vader alleen '«Klaas»', nooit papa
Aanwezig bij gesprek: moeder, vader, «Annet Drenth» (zus moeder)
volgens «tamara» de oudste zus gaat het mis als vader drinkt
moeder sprak over «Kevin Timmer», haar ex, die nog een sleutel heeft
«J. Hoekstra» (buurman) heeft de jongen opgevangen na het incident
Grootouders «Nienhuis» wonen in een wisselwoning in Loppersum.
«Priscilla» belde mij dat ze bang is voor haar vriend
«Mustafa Aydoğan» is de stiefvader van de meisjes
tante «Gülşen» komt uit Emmen om te helpen
«Daniël Wolthuis»: 'ik heb niks gedaan, ze liegt'
De kinderen logeren bij «Brouwer», een vriend van vader in Tolbert.
«Simone van der Veen-Pool» (moeder) geeft toestemming voor bespreking
ingesproken door software: moeder zegt dat «fem kea» de jongste heeft geslagen
voicemail transcript: hallo met «jaap noordhoff» ik bel over de kinderen van mijn dochter bel me terug
dictaat: gesprek gehad met vader «harry de vrieze» hij is erg boos over de versterking van het huis
«Anita» schrijft: ik ben zo moe van alles de kinderen snappe niet waarom we weer moeten verhuizen
Beste mevrouw, ik ben de moeder van «Levi» en ik wil zeggen dat het niet klopt wat school zegt.
groetjes «Mandy» (moeder van R. en S.)
Getekend voor akkoord: «H.J. Wiersema»
«WIERSEMA» (vader) WEIGERT ELKE MEDEWERKING
Pleeggezin «Van Dellen» in Zuidhorn kan de baby tijdelijk opnemen.
«'t Hart» (opa) rijdt de kinderen naar school in Winsum
moeder en «Sjaak ter Horst» hebben een knipperlichtrelatie
oma «Geesje» overleed in oktober, sindsdien is vader somber
«Marijke Oldenhuis» van de buurtsportcoach zag blauwe plekken
Melding kwam van «Esther de Haan», juf van groep 5.
Vriendin «Chayenne» heeft filmpjes van de ruzie op haar telefoon.
«Tjeerd»: "Ik wil gewoon bij pap wonen"
«MERVE» (ZUS) HEEFT HET GESPREK VERTAALD
Buurman «Kremer» hoorde 's nachts glas breken.
ouders «Johan» en «Wendy» zijn het oneens over de omgang
«Bartosz Nowak» werkt als seizoenskracht bij de boer en woont in de caravan op het erf
Met «Mirjam Feenstra» (moeder) afgesproken dat zij de kinderen niet meer alleen laat.
«Grietje Zijlstra-Wubs» beheert het geld van het gezin.
«Dennis» (stiefvader, 34) heeft een taakstraf lopen
«Patricia Kuipers» belde om 02.00 uur met de politie.
opa «albert» uit uithuizermeeden heeft alzheimer, oma zorgt voor hem
«Natasja Schreuder» en haar nieuwe vriend zijn naar Delfzijl verhuisd.
Bericht van «Sandra Jonker»: 'de kinderen zijn veilig bij mij'
«Wessel» zit volgens moeder in een jeugdinrichting
de pleegmoeder, «Ingrid Smeenge», wil de plaatsing beëindigen
«Rinus Kamminga» (vader) heeft schulden bij de Rabobank en de veevoerleverancier.
Gesprek met «Evelien» (de zus van vader) op 14 oktober.
«Mebrahtu» (vader) zegt dat hij in Eritrea nooit zo is behandeld
mevrouw «Zwiers» van de buurtapp heeft de melding gedaan
de kinderen noemen «Ronald Bakema» 'ome Ronnie'
«Feike»'s moeder is weer opgenomen
Via «Nadia» (buurvrouw) hoorden we dat vader terug is uit Duitsland.
zoon van «Gert-Jan Lutgers» is 14 en doet aan trekkertrekken
ik heb «Marianne» gezegd dat het zo niet kan. ze moet nu kiezen
Vader «Frerik Dijkema» heeft de schade aan het huis zelf proberen te repareren.
'«Sjoukje» is de enige die naar me luistert' zei J. huilend
'''
BIRTHDATE = r'''
J. geb. «14-02-2012» in Delfzijl
Geboortedatum kind: «3 maart 2015»
Jeugdige: S. («21-09-2013»)
dob «2011-07-30» volgens oude DOB in het systeem
broertje is geboren op «elf juli twintig zeventien» zegt moeder in de voicemail
Geb.datum: «09.12.2016»
moeder (geboren «17/4/1990») heeft zelf in de jeugdzorg gezeten
Naam: - | Geboortedatum: «1-11-2010» | School: Het Hogeland College
de baby is «4 okt. 2025» geboren in het Martini Ziekenhuis
vader geb. «12 jan '88» te Emden
Geboren: «29-08-14»
GEBOREN OP «23 MEI 2012» TE UITHUIZEN
de jongste werd op «30 dec 2019» geboren, te vroeg
Bijzonderheden: volgens de Eritrese papieren geboren op «15-10-2016», moeder twijfelt
Geboorte: «20150607»
oma noemt «7-5-'09» steeds als de geboortedag van haar kleinzoon
R. (geb. «2 februari 2014») zit in groep 8
geboortedatum «18 09 2018»
'''
ID_NUMBER = r'''
cliëntnummer Lentis: «LNT-448261»
Dossiernummer Veilig Thuis Groningen «VTG-2026-118734»
patiëntnr UMCG «7713520»
Accare dossier «A-26-30981» (graag niet vermelden)
zaaknummer rechtbank «C/18/219456 / JE RK 26-412»
IMG-schadenummer «IMG-0471182» staat op naam van vader
V-nummer moeder «8123456790»
Leerlingnummer: «2017334» (Lauwers College)
Paspoortnummer vader (Eritrees) «P03981274»
registratienr. Elker «EL26-07719»
polisnummer zorgverzekering kind «M 4412 7703»
het dossier «JBN 25-0981-K» bij Jeugdbescherming Noord is nog open
kenmerk NCG: «NCG/VST/2026/33871» op de brief aan moeder
Rijbewijsnummer vader «5519024183» staat op de kopie in de map
'''
ADDRESS = r'''
Gezin woont in een wisselwoning aan de «Wolddijk 12a», Loppersum.
adres oma: «Hoofdstraat 71», Middelstum
vader verblijft bij zijn broer op «Schoolstraat 3-B» in Grootegast
de boerderij aan de «Oude Dijk 8» in Kloosterburen staat te koop
Bijzonderheden: nieuw adres «Molenweg 14 II», Marum
OPGEVANGEN OP «KERKSTRAAT 22» UITHUIZERMEEDEN
ex woont «Norderstraße 45» in Emden
moeder logeert op «de Singel 103 rd» in Delfzijl bij een vriendin
schade aan het huis op «Stationsweg 9» is door het IMG erkend
ik woon nu op «zuiderkade 5b» in appingedam en het is daar ook niet fijn
Adres: «Leeksterweg 140» (Tolbert)
'''
POSTCODE = r'''
postcode gezin: «9932 AB»
Adres onbekend, postcode «9951CK» (Winsum)
moeder gaf «9981 hz» op als nieuwe postcode
Woonplaats: Bedum | Postcode: «9781 EN»
Vader is verhuisd naar «26721» Emden
VOLGENS HET HUURCONTRACT POSTCODE «9901 GT»
postcode van de wisselwoning is «9919KS» volgens de brief van de NCG
oma (postcode «9351 AV», Leek) kan de kinderen opvangen
de opa woont in «9965pl» en wil contact
ingesproken: de post komt op «9843 VR» maar ze wonen er niet meer
Toestemming ouders: ja | Postcode: «9972 RE»
'''
BSN = r'''
BSN jeugdige: «{BSN:plain}»
bsn moeder «{BSN:dots}»
Burgerservicenummer vader: «{BSN:spaces}»
Op de IMG-aanvraag staat «{BSN:plain}», dat is het BSN van oma.
BSN «{BSN:dashes}» (jongste)
Bijzonderheden: BSN kind «{BSN:plain8}»
bsn «{BSN:spaces}» van de baby staat op de verwijsbrief
Naam: - | BSN: «{BSN:plain}» | Groep 6
het burgerservicenummer van de vader «{BSN:dots}» is bekend bij het Sociaal Team
ingesproken: bsn is «{BSN:plain}»
zoon (bsn: «{BSN:plain}») staat ingeschreven in Zuidhorn
'''
PHONE = r'''
moeder is bereikbaar op «06-43817265»
Tel. oma: «0595-412873» (Warffum)
vader in Duitsland: «+49 491 3847261»
bel de tante op «+31 6 1928 3746»
ingesproken: bel me terug op «06 27 38 41 95» alsjeblieft
TEL VADER «0031 6 48127390»
Telefoonnummer ouders: «050-3184726»
zij heeft een nieuw nummer «+316-59203847»
Bijzonderheden: bij nood bellen «0596 628491» (buurvrouw)
nummer van de pleegvader «(0594) 512738»
mijn nummer is «0612839405» u mag altijd belle
'''
EMAIL = r'''
mail moeder: «sanne.dijkstra1987@hotmail.com»
Vader mailt vanaf «t.gerdes@web.de»
E-mailadres ouders: «fam.venema.kloosterburen@gmail.com»
Zij stuurde de foto's via «lieke_2010@live.nl»
contact via «b.nowak.pl@wp.pl» (Pools)
oma mailt soms naar school via «aaltje.boelens@ziggo.nl»
Bijzonderheden: ouders alleen bereikbaar via «hofstede.melkvee@kpnmail.nl»
u kunt mij ook mailen op «mandy.rozema@outlook.com»
ex-partner: «sven.o@gmx.de»
'''
IBAN = r'''
IBAN moeder: «{IBAN:NL:RABO:grouped}»
Het IMG keert uit op rekening «{IBAN:NL:INGB:compact}»
vader wil dat de kinderbijslag naar «{IBAN:NL:ABNA:grouped}» gaat
rekeningnummer oma «{IBAN:NL:SNSB:lower}»
Bijzonderheden: eigen bijdrage van «{IBAN:NL:RABO:compact}»
de Duitse rekening van vader «{IBAN:DE::grouped}»
op naam van de boerderij: «{IBAN:NL:RABO:grouped}»
ik heb geld overgemaakt naar «{IBAN:NL:BUNQ:compact}» voor de huur
IBAN ex-partner «{IBAN:NL:TRIO:grouped}»
'''
URL = r'''
moeder plaatst filmpjes op «https://www.tiktok.com/@jaylinn_uithuizen»
Facebook vader: «facebook.com/harm.dijkhuis.1979»
De oudste zit op «instagram.com/tess.x.winsum»
vader heeft een inzamelingsactie: «https://www.doneeractie.nl/help-boer-venema»
«www.youtube.com/@freriksvlog» heeft video's van de kinderen
snapchat oom: «snapchat.com/add/yazan_dlz»
'''
