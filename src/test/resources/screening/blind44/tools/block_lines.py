# -*- coding: utf-8 -*-
# Hand-written BLOCK lines for blind set 44. «...» marks a span. {B0}.. BSN, {I0}.. IBAN (filled by gen_sentences.py)
NAME = r"""
Oudste zoon «Gerrit-Jan» (2009) zit op de Guido de Brès en wil daar weg.
intake hs genoteerd: moeder heet «Hillegonda», vader zegt alleen 'de vrouw'
| «Jannigje» | 2012 | Johannes Calvijnschool |
| «Teunis» | 2014 | Johannes Calvijnschool |
BROERS EN ZUSSEN: «MARRIGJE» EN «HENDRIK», REST VOLGT
Dominee belde: «Wouter Brinkman» (oom van moeder) wil de kinderen opvangen.
ouderling «Van de Kamp» is bij het huisbezoek geweest en was erg stellig
Kerkenraad heeft met «Aart van Dalfsen-Mulder» gesproken over de tucht.
oma «Geertruida» woont in bij het gezin in Genemuiden sinds de herfst
opa «klaas» houdt de jongens op zaterdag bij zich op de boerderij
«Job» (de jongste) plast weer in bed sinds de ruzie in oktober.
«Boaz» is op school stil en eet zijn brood niet op.
Volgens juf had «Thirza» blauwe plekken op de bovenarm.
«Ezra» en «Mirjam» logeren bij een gastgezin via de kerk.
Moeder vertelt dat «Lot» 's nachts over het hek klimt.
«Hosea»'s gedrag op het schoolplein is de laatste weken ontspoord.
«Jesse»s vader komt alleen nog zondags langs.
Zus «Dina» (19) heeft de zorg voor de kleintjes overgenomen.
«Sara» en haar broertje zijn door «Eva» opgehaald.
vader: «Hendrik Jan Slot», melkveehouder te Rutten
Urk: vader is «Jan van Klaas de Vlaskop», zo noemen ze hem op de haven
«Albert Pasterkamp» («Bertus Lange») is de stiefvader
in het dorp heet oom «Kees 'Puut' Kramer», hij vist op de Noordzee
«Romkes, Luitje» is de opa van vaderskant en betaalt de huur
«L. Hoekman» heeft als buurman gezien dat de kinderen buiten stonden
Moeder «Trijntje Baarssen-Woord» wil niet dat school iets doorgeeft.
«'t Ouwe Loosje» (buurvrouw) hoorde gegil om 23.00 uur
fam. «Kapitein» ligt al jaren overhoop met de rest van de familie
Schipper «Meindert Schraal» heeft vader van boord gestuurd.
«Knelis» (Urkers: "die hêt et niet makkelijk") is 16 en werkt al op de kotter
«Rahaf Al-Khatib» is met de kinderen in 2023 via Ter Apel naar Kampen gekomen.
vader «Bashar» wil geen hulp van 'de gemeente', hij vertrouwt alleen de imam
«Haddad» zegt dat zijn broer in Zwolle geld van hem leent
de oudste, «Lamar», tolkt voor haar ouders bij de huisarts
«Yonas Mebrahtu» (neef, 22) woont bij het gezin in op zolder
moeder «Senait» heeft last van herbelevingen (tolk aanwezig)
«ABREHET KIDANE» - moeder - gesprek via Tigrinya-tolk
«Tesfalem» (9) zorgt 's avonds voor zijn zusjes.
«Agnieszka Wiśniewska» werkt in de vleesverwerking in de nachtploeg.
vriend van moeder, «Marek», is per 1 november weer ingetrokken
«Zielińska, Marta» | moeder | spreekt Pools en wat Duits
buurman «Piotr» belde de politie na het geschreeuw
«Ivanka Petrova» is de tante die de kinderen uit Bulgarije haalde.
«Stoyan Dimitrov» (vader) werkt via een uitzendbureau in Emmeloord
«Georgiev» heeft volgens de huisbaas al drie maanden niet betaald.
«Desislava» (15) wil terug naar Plovdiv, naar oma.
«Latuperisa» – familie van vaderskant – woont in de Molukse wijk in Marknesse.
oom «Nus Pattiasina» is de steun en toeverlaat
«Tuhumury» sr. (opa) heeft gezag in de familie, iedereen luistert naar hem
moeder «Wattimena» wil de kinderen bij haar zus in Balkbrug onderbrengen
«Femmy Sahetapy-Lekahena» is de ex van vader
«Nanlohy»s broer kwam verhaal halen bij de school
Zwager «Johnny» heeft vader gisteren geslagen op de parkeerplaats
op 3 okt gesproken met «Jantina Hofman» (moeder)
«Derk» (vader) drinkt sinds hij zijn werk in Nijverdal kwijt is
«Gradus Wolters», de pleegvader, wil stoppen.
meester «Wigboldus» (groep 8) maakt zich zorgen
Mw. «E. Nijenhuis» van het wijkteam heeft de melding gedaan.
dhr. «Ter Horst» (jeugdarts) ziet groeiachterstand
De gezinsvoogd, «Marieke Lenferink», vraagt om uitstel.
«Bakhuis» van Dimence belde terug over de crisisopname
huisarts «Kamphuis» in Ommen heeft moeder doorverwezen
Stem van de jeugdige: «Hanneke» zegt "ik wil gewoon dat papa ophoudt"
MOEDER «ANNIGJE» WIL ALLEEN NOG MET DE DOMINEE PRATEN
Moeder («Gerritdina», 41) heeft een burn-out
de zussen («Aaltje», «Hendrika», «Wilhelmina») slapen met z'n drieën op één kamer
vader «G.J. Mulder» weigert de vaccinaties en het consultatiebureau
Moeders vriend «Richard» heeft een contactverbod (sinds 14-10-2026)
oom «berend» uit Lemele rijdt de kinderen naar school
ex-partner «Sandra Klomp» heeft een WhatsApp-groep over vader gemaakt
«Dirkje» vertelde dat ze van «Henk» niet mag zeggen wat er thuis gebeurt
de vriendin van de oudste, «Lisanne», heeft de schoolmaatschappelijk werker ingelicht
Pleegmoeder «Anja» belde: kind is weggelopen na het bezoek.
buurjongen «Tristan» (17) verkoopt volgens moeder wiet aan de jongste
Betrokkenen: moeder, vader, en «Harm Jan» (16) zelf
«Evertje» wil niet meer naar de catechisatie.
gesprek gevoerd met oma «Hilligje Post» in Vollenhove
«hendrikus» (13): 'ik mag niks zeggen van pa'
«Petrus» noemt zijn vader 'de baas' en is bang voor hem.
Vriend van vader, «Martijn Wessels», komt regelmatig dronken langs.
Zusje «Ruth» is na de val in de IJssel opgenomen geweest.
«Mozes» (4) praat nog nauwelijks.
«Geesje»s juf zag haar huilen bij het hek
Oom «Jakob Bosch» (ouderling in Staphorst) neemt het voor vader op.
«Noach» wordt door zijn broers gepest omdat hij 'anders' is
«Adam» en «Abel» hebben om het kamp gevochten met een mes
vader «R. Kroes» weigert contact met de GI
«Fenna» zit nu op de Pieter Zandt en gaat daar goed
«Obbe» wil bij zijn vader in Tollebeek wonen
pake «Sjoerd» is overleden, sindsdien gaat het mis
«Maaike van 't Hul» is de buurvrouw die de kinderen eten geeft
«Klaassen» (buurman) bedreigde vader met een hooivork
«Ilona Kuipers-de Jong» heeft als stiefmoeder geen gezag
moeders nieuwe vriend heet «Dennis», verder onbekend
«Tamar» (14) schreef een afscheidsbrief op Instagram
de kleine «Benjamin» is ondervoed (consultatiebureau)
Bij thuiskomst zag «Jurriaan» zijn moeder op de grond liggen.
«Henderika Smit-Brouwer», schoonmoeder, bemoeit zich met alles
Gezin «Van der Vegte» is eerder bekend bij Veilig Thuis
«WILLEM» (12) LOOPT WEG NAAR ZIJN OPA
"""
BIRTHDATE = r"""
Jeugdige: J. «14-03-2012»
geb. «3 februari 2013», Dedemsvaart
Geboren op «vrijdag 11 mei 2018» in Isala, te vroeg (32 wk)
M. (geboortedatum «22/08/2010») wil zelf mee naar het VHT
GEBOREN «02-11-2015» TE ZWOLLE
H. is «vijf juli 2014» geboren, de tweeling ook
dob «2016-09-27»
Oudste zus: «29 dec. '08»
D. (* «7-1-2017»)
geboren «zeventien oktober tweeduizend elf» (zo in het handgeschreven formulier)
jongste kind geboortedatum: «1 april 2021»
moeder geb. «12.06.1986» te Plovdiv
vader is geboren op «15 augustus 1979» in Damascus
Jeugdige(n): S. «30-11-2013» en A. (2016)
geboortedatum baby «04-09-2026» (via kraamzorg)
«13-1-'12» geboren, volgens schoolplan
| E. | «21 mrt 2011» | Reformatorisch College Zwolle |
A. werd op «9 september 2019» geboren in Asmara
"""
ID_NUMBER = r"""
cliëntnummer Dimence «D-2044871»
Accare dossier «AC/26/11873»
patientnr Isala «7719203»
zaaknr. Jeugdbescherming Overijssel: «JBO-2026-44817»
Registratienummer Veilig Thuis IJsselland «VTIJ-26-09312»
V-nummer moeder «2938471650»
paspoortnummer vader «NX8K41P07»
leerlingnummer «384402» (Pieter Zandt)
Tactus cliëntcode «TC 558 213»
kenmerk Mercatus huurachterstand «M-778120»
Dossier «ST-11920-B» (Saxenburgh)
rijbewijsnr. «5093318842» ingetrokken
Trajectum-nummer «TR2026.0417»
Eleos clientnr: «E44172»
"""
ADDRESS = r"""
gezin woont «Oude Haven 14a», Urk
adres: «Melkweg 221» Zwolle (flat, 3e verdieping)
moeder verhuisd naar «Burgemeester van Engelenweg twaalf» in Zwolle-Zuid
vader zit bij zijn moeder op «Kanaal Oost drie», Dedemsvaart
Ze wonen boven de bakker aan de «Oudestraat 86-II» in Kampen.
opvang bij tante, «Wijk 5 19» in Giethoorn
«Zuiderzeestraatweg 402-b» – woonwagen achter op het erf
NIEUW ADRES: «GRONINGERSTRAAT 7 A», STEENWIJK
Caravan op de camping? nee, kamer bij «Lange Nering 31» Emmeloord
vriend woont «Pr. Julianastraat 9bis»
«Raalterweg zestig», boerderij achter de kerk (Heino)
"""
POSTCODE = r"""
postcode «8321 NH» (Urk)
pc: «8011ab»
moeder staat ingeschreven op «7772 KG»
Adres onbekend, alleen postcode «8302 XJ» bekend
«8261RS» KAMPEN
Oma in Wijhe, «8131 DC»
opgegeven bij de school: «7701 PM» Dedemsvaart
«8305 BV», Emmeloord, ingeschreven sinds juli
Nieuwe woning deltaWonen, pc «8043 CX»
«7681EN» Vroomshoop, brief teruggekomen
Vader (in Creil): «8315 PE»
"""
BSN = r"""
BSN jeugdige: «{B0}»
bsn moeder «{B1}»
Burgerservicenummer vader «{B2}» (via DigiD gezien)
BSN J.: «{B3}»
sofi/bsn «{B4}» (oude kaart)
BSN «{B5}» bij intake GGD genoteerd
M. bsn: «{B6}»
BSN baby: «{B7}»
bsn van oudste zus «{B8}» staat op de uitnodiging
«{B9}» = bsn van de jongste
BSN-nr. vader: «{B10}»
"""
PHONE = r"""
moeder bereikbaar op «06-38120947»
tel. oma: «0527-612843»
vader: «+31 6 1849 2273»
Nummer buurvrouw «0529 451 206» (in nood)
bel oom via «0031 6 44021958»
vaste lijn boerderij «0572-351984»
«06 2910 4417» (alleen na 17:00)
Poolse nummer vader «+48 512 338 091»
WhatsApp moeder «+31612093385»
dominee gaf nummer van opa: «038-4217730»
Tel: «(0523) 265 017»
"""
EMAIL = r"""
mail moeder: «henderika.kramer78@hotmail.com»
vader mailt vanaf «bashar.k.kampen@gmail.com»
«tessa_urk2011@live.nl» (account van de jeugdige)
Oma: «g.mulder-staphorst@kpnmail.nl»
ex-partner stuurde dreigmails vanaf «darkdennis1990@outlook.com»
e-mail «ag.wisniewska@o2.pl»
«jonas.tesfay@yahoo.com» voor afspraken
contact via «fam.vandervegte@ziggo.nl»
stiefvader: «ricky.bosman@zonnet.nl»
"""
IBAN = r"""
Leefgeld wordt gestort op «{I0}»
IBAN moeder: «{I1}»
rek.nr vader «{I2}» (beslag)
Kinderbijslag gaat naar «{I3}», rekening van oma
Vader stuurt geld naar Polen: «{I4}»
Bulgaarse rekening «{I5}»
zorgtoeslag op «{I6}» terugbetaald
IBAN «{I7}» (gezamenlijke rekening)
bewindvoering: «{I8}»
"""
URL = r"""
filmpje staat op «https://www.tiktok.com/@urker_kotterboy09»
Instagram van J.: «instagram.com/jantien.dalfsen»
vader: «facebook.com/stoyan.dimitrov.3388»
«https://www.youtube.com/@hardenbergvlogs_tim» (zoon post daar ruzies)
profiel op «snapchat.com/add/lotje_giet2012»
«www.linkedin.com/in/marek-zielinski-emmeloord»
"""
