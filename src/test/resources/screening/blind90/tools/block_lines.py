# -*- coding: utf-8 -*-
# Hand-written BLOCK lines for blind90. Spans are marked with «...». {BSN:fmt} and {IBAN:cc} placeholders are
# filled by gen_sentences.py with seeded random values (BSN 11-check, IBAN mod-97).
NAME = r"""
02:14 (RH) moeder belt crisisdienst: «Sjra» (vriend van moeder) zou de zoon geslagen hebben.
Ik verklaar het volgende: zaterdagavond kwam «Dennis Vankan» zonder te bellen onze woning binnen.
23:40 TL - jeugdige wil niet naar huis zolang opa «Wiel» daar slaapt.
Tante «Graziella Marchetti» uit Heerlen-Noord biedt tijdelijk opvang aan.
OMA «KOWALCZYK» IS NIET BEREIKBAAR, TELEFOON STAAT UIT.
07:05 (JvM) overdracht nachtdienst: «Yusuf» (broer, 19) heeft vannacht 3x gebeld.
Ik verklaar dat «Jordy» mij met een riem op mijn rug heeft geslagen.
vriendin van moeder, «marieke lemmens», heeft de kinderen opgehaald
De buurman, dhr. «Sijstermans», hoorde gegil en belde 112.
01:55 KB: vader («Hakan Yüksel») staat voor de deur van de afdeling en wil zijn dochter meenemen.
Gezin | vader «Bèr Frijns» (1979) | moeder (1983) | L. (2012)
«Zbigniew» (oom) rijdt de kinderen elke zondag naar de Poolse mis in Brunssum.
mw. «Hendriks» van het wijkteam Kerkrade-West belde om 09:10 met nieuwe zorgen.
Ik verklaar verder dat «Ricardo Esposito» een mes uit de la pakte.
ex van moeder = «Marcel Dautzenberg», contactverbod sinds oktober
04:30 (ST) jeugdige vertelt over «Zora», haar nicht van 16, die ook bij de woonwagens woont.
«Pelzer» (stiefvader) ontkent alles, zegt dat jeh dat neet kan bewijzen.
Oma «Mia» uit Bocholtz is de enige die echt naar het meisje omkijkt.
16:20 tel. contact met moeder, zij noemt de nieuwe vriend alleen «Rambo», echte naam onbekend.
Broer «Mateusz» (22) woont sinds kort weer thuis en drinkt veel.
GEEN CONTACT MET «KLEIJNEN» TOEGESTAAN (VADER), ZIE UITSPRAAK RECHTBANK
Ik verklaar: ik ken «Angelo» al vanaf de basisschool, hij dealt bij het station.
«Thei Ramakers» (opa van vaderskant) heeft een verleden bij de mijn en is erg streng.
00:12 MvdL: «Django» (broer) heeft jeugdige opgehaald uit de huiskamer van de crisisopvang. Politie ter plaatse.
moeders nieuwe partner heet «Sven Hoffmann», woont in Herzogenrath
11:45 (AP) gesprek gehad met «Fatma» (moeder) over de veiligheidsafspraken.
Wie zijn er in huis: moeder, «Lei» (partner), jeugdige, twee honden.
Ik verklaar dat de heer «Offermans» van hiernaast ons vaker heeft horen ruziën.
Zus «Anna-Lena» (17) heeft een eigen kamer bij de oma in Aken.
«de Bruijn» (leerkracht van groep 7) maakte zich zorgen over blauwe plekken.
22:05 jeugdige belt zelf, huilend, zegt dat «Noah» (stiefbroer) haar bedreigt.
Neef «Giuseppe» zit in de PI Sittard.
«VROEMEN, ROGER» - biologische vader, gezag: nee
De oma «Bemelmans-Lardinois» wil het gezag niet overnemen.
03:50 (RH) Nachtdienst: «Esra» slaapt op de bank bij de crisispost, rustig.
Ik verklaar het volgende. Mijn zoon «Milan» is veertien en heeft mij gisteren geduwd.
Oom «Jeu» heeft een jachtgeweer in huis, zegt jeugdige.
Het vriendje, «Luuk», komt dagelijks over de vloer en gebruikt.
MELDING VIA BUURVROUW «NATASCHA WIJNANDS»
moeder en «Sandro» (ex) hebben samen een ouderschapsplan gemaakt
09:00 (KB) ochtendoverdracht: «Ilse» (moeder) was vannacht onder invloed.
Dhr. «R. Schröder» (opa, Würselen) wil geen contact met de Nederlandse instanties.
«Rocco» en «Tiziana», beide broer en zus van vader, helpen met de opvang.
Volgens «Gerards» van de jeugdbescherming is de OTS verlengd.
ik verklaar dat «Bram» me 's nachts berichten stuurt dat hij me komt halen
14:10 huisbezoek (JvM): «Agnieszka» (moeder) spreekt alleen Pools, tolk via telefoon.
De kinderen slapen bij «Trees» (oudtante) in Simpelveld.
Gezinssamenstelling: moeder, stiefvader «Patrick», zoon B. (2013), zoon R. (2016)
«Yılmaz» senior (opa) heeft volgens moeder veel invloed op de beslissingen in het gezin.
21:35 (ST) «Dewi» (vriendin jeugdige) meldt dat jeugdige foto's van snijwonden heeft geplaatst.
Ik heb gezien hoe «Kelvin Nijsten» zijn hond schopte en daarna zijn vriendin.
«nowak» (vader) was niet bij de zitting
Het meisje noemt de nieuwe vriend van mama steeds ome «Frenk».
«Fabio» (15, broer) loopt weg als het thuis escaleert.
vader heeft contact met «Mehmet Aksoy», die hem zou bedreigen over een schuld
06:40 (MvdL) moeder vraagt of «Chantal» (zus van moeder) de kinderen mag ophalen, akkoord na overleg.
Ik verklaar dat ik op de avond van het incident samen was met «Stefan Kurvers» en diens broer.
Gesprek met «Hannelore» (oma moederskant) in het Duits gevoerd.
DE FAMILIE «SPRONCK» IS AL JAREN BEKEND IN DE WIJK
mevrouw «Wiśniewska» (moeder) zegt: "ich kan dat neet meer alleen"
«Sven» en «Jip» spelen vaak bij de buren als het thuis onrustig is.
Moeders ex-man «Ton Ubachs» woont nog in Landgraaf.
12:30 (AP) «Selin» (zus, 13) ook gesproken, vertelt hetzelfde verhaal.
Ik verklaar dat «Dylan» mij de telefoon afpakte en de simkaart brak.
Vader «Luigi Di Benedetto» werkte tot de sluiting in de kolenmijn en is nu arbeidsongeschikt.
«Maessen» (buurman) heeft de sleutel van het huis.
broertje «finn» moest lachen toen de politie kwam, zegt jeugdige
Contact tussen moeder en «Kim» (nieuwe partner) verloopt grimmig.
18:55 (TL) «Jamila» (moeder) belt: "hij is weer terug, help ons".
Hulpvraag van «Kasper» (vader): meer omgang met zijn dochter.
«GRABOWSKI» (OOM) HEEFT DE KINDEREN MEEGENOMEN NAAR POLEN
Ik verklaar het volgende: ik woon samen met «Nicole» en haar twee kinderen.
«Huub» (opa) is vorige maand overleden, sindsdien is moeder somber.
Zus van vader, «Ramona Lagrené», woont op hetzelfde woonwagenkamp.
10:20 (KB) school (Sint-Michiel) belt: «Senna» zat vandaag met een bloedlip in de klas.
De moeder van «Lotte» weet van niets, volgens jeugdige.
«Ümit» (oom) komt uit Turkije over om te "praten" met de jeugdige.
vriend jeugdige: «Rens Coenen», zit ook in de groep van Sjamaan
Oma «Fien» uit Klimmen kookt elke dag voor de kinderen.
02:50 (RH) «Jordan» (ex van jeugdige) stond om 02:40 aan de overkant van de afdeling.
Ik verklaar dat mevrouw «Loneke Brouns» mij heeft uitgescholden.
Vader «A. Karaca» zegt dat hij met de imam wil praten.
stiefzus «laura» is ook bang voor vader
«Marcos» (schoonvader) zou de jeugdige hebben aangeraakt, zegt ze.
09:35 (MvdL) «Yvonne» (pleegmoeder) is uitgeput, vraagt om respijt.
«Claudia»'s moeder (vriendin van jeugdige) heeft haar twee nachten opgevangen.
Vader heeft een nieuwe relatie met «Elke Boosten» uit Hoensbroek.
«Wielders» (ex-partner van moeder) is vorige week vrijgelaten.
17:15 (ST) telefonisch overleg met «Robin» (vader), hij stemt in met opname.
Oom «Sjeng» heeft moeder geld geleend en eist het nu terug.
«PIOTR» (BROER) IS VORIGE WEEK UIT HUIS GEZET
Ik verklaar dat «Marvin Gulpers» mij al twee jaar lastigvalt.
«van der Zalm» (meneer, bovenbuurman) maakt regelmatig melding van geschreeuw.
20:45 (JvM) «Gianni» (broer) komt jeugdige bezoeken, bezoek verloopt goed.
«Şahin» (vader) accepteert geen hulp van vrouwelijke hulpverleners.
Volgens «Roel» (vriend van vader) is vader een goede vader.
Ik verklaar dat «Tamara» mij met een fles op mijn hoofd sloeg.
«Nilüfer» (moeder) heeft een inburgeringstraject in Heerlen.
Opa «Lambert» heeft dementie en woont in bij het gezin.
08:25 (AP) «Jessica» (moeder) komt niet opdagen voor het gesprek.
"""
BIRTHDATE = r"""
L. is geboren op «14-03-2012» in het Zuyderland in Heerlen.
geb. «9 okt. 2009»
moeder, geboren «22 juni '81», is sinds vorig jaar alleenstaand
Jeugdige: G. («17-02-2013»)
GEB.DAT. «17-08-2008»
DOB «06/12/2011» volgens het Duitse formulier
Geburtsdatum: «19.03.2012»
ur. «07.05.2014» (Polse geboorteakte)
zoon werd op «5 september 2014» geboren in het MUMC+
geboortedatum: «28.02.2010»
broertje geb «4-4-16»
Jeugdige R. (*«11-10-2015»)
03:10 (RH) pt. geb. «2011-08-29», aangemeld via SEH Zuyderland
Zusje is op «1 mei 2017» geboren, te vroeg, in Sittard.
«20130605» (geboortedatum uit het systeem van school)
Vader geboren «3/7/1980» in Kerkrade.
ik verklaar dat ik geboren ben op «12 november 1993» te Brunssum
Jeugdige (geboren «30-1-2016») zit op de Jenaplanschool.
"""
ID_NUMBER = r"""
cliëntnummer Mondriaan: «M-2261947»
02:40 (KB) patiëntnummer MUMC+ «4481937», opgenomen op de KA.
Zuyderland patnr «Z8830172»
Veilig Thuis dossiernummer «VTZL-2025-18844» (eerder gezin)
BVH-registratienummer politie: «PL2300-2026211874»
Personalausweis vader: «L01X00T47»
paspoortnummer moeder «NW8K41P22»
V-nummer van moeder is «2784559130»
leerlingnummer Charlemagne College «112093»
huurdersnummer Wonen Limburg «100447213»
Ik verklaar dat mijn verblijfsdocument nummer «Y77120938» heeft.
zaaknummer Jeugdzorg Zuid-Limburg: «JZL/26/4412»
De jeugdige staat bij Koraal ingeschreven onder cliëntnr. «K-559203».
klantnummer CAK «7715209».
"""
ADDRESS = r"""
Gezin woont sinds de zomer op de «Akerstraat 212A» in Kerkrade.
Ik verklaar dat ik woon op de «Kloosterraderstraat 47» te Kerkrade.
Oma woont «Rumpenerstraat 9-II», Brunssum.
21:15 (TL) politie ter plaatse «Ambyerstraat Noord 133», Maastricht
adres vader: «Limbrichterstraat 18b» Sittard
Vriend van moeder woont op «Dr. Poelsstraat 6», boven de kapper.
ADRES: «SCHAESBERGERWEG 112 A», LANDGRAAF
Jeugdige slaapt vaak bij tante, «Heerlerbaan 301».
oom woont op de «Rijksweg Centrum 54» in Geleen
Moeder is verhuisd naar de «Nieuwstraat 41-1» in Hoensbroek.
Feestje was op de «Brusselseweg 290 bus 3», bij vrienden van de jeugdige.
"""
POSTCODE = r"""
moeder woont nu in «6412 AB» Heerlen
postcode oma: «6461EC»
Adres bekend bij VT, postcode «6371 xk»
Vader is verhuisd naar «6225 tr» Maastricht (Wittevrouwenveld).
02:05 (RH) ambulance naar «6431 GN» Hoensbroek
«6135EL» Sittard
PC: «6301 BJ» (Valkenburg)
Ik verklaar dat ik woonachtig ben te «6369 AR» Simpelveld.
Gezin | woonplaats Nuth | postcode «6361 HG»
tante, «6271 CK» Gulpen
POSTCODE VADER «6444 BW»
"""
BSN = r"""
BSN jeugdige: «{BSN:plain}»
bsn moeder «{BSN:dots}»
03:30 (KB) opname SEH, bsn «{BSN:spaces}» doorgegeven aan de crisisdienst
Burgerservicenummer vader: «{BSN:plain}»
sofi/bsn oma «{BSN:dash}»
De jeugdige is ingeschreven onder «{BSN:plain}» (BSN) bij de gemeente Heerlen.
Ik verklaar dat mijn burgerservicenummer «{BSN:dots}» is.
BSN: «{BSN:eight}»
broertje: «{BSN:plain}»
BSN ZUS «{BSN:spaces}»
bsn van de baby («{BSN:plain}») staat nog niet in het systeem van de JGZ
"""
PHONE = r"""
moeder bereikbaar op «06-38271954»
22:50 (ST) vader belt vanaf «+31 6 4419 2087», weigert naam van zijn vriendin te geven
tel. oma: «045-5721983»
Ik verklaar dat ik gebeld werd vanaf nummer «06 21 77 40 39».
oom in Aken: «+49 241 5583917»
Telefoonnummer vriend van moeder: «0031 6 17 29 44 81»
vaste lijn gezin «(043) 3624718»
Tante in Polen bellen via «+48 512 447 093»
vader: «046-4519328» (na 18.00 uur)
TEL. BUURVROUW «0612983340»
Herzogenrath, opa: «0049 2406 81734»
"""
EMAIL = r"""
mail moeder: «sandra.knops82@gmail.com»
Ik verklaar dat ik de bedreigingen ontving op «dj.limburg.boyz@hotmail.com».
vader mailt vanaf «m.yuksel1977@outlook.com»
E-MAIL OMA «MARIETTE.JANSSEN@KPNMAIL.NL»
contact via «rocco_esp@libero.it» (oom in Italië)
Jeugdige gebruikt «kleine.zora2011@gmail.com» voor school.
01:30 (RH) moeder stuurt screenshots vanaf «tamara-heerlen@live.nl»
mailadres ex-partner «thijs.p@ziggo.nl»
Vader stuurt alles via «krueger.heike@web.de».
"""
IBAN = r"""
Kinderbijslag wordt gestort op «{IBAN:NL:grouped}» (rekening van oma).
IBAN vader «{IBAN:NL:compact}»
Moeder vraagt om het geld over te maken naar «{IBAN:DE:grouped}» (rekening van haar broer in Aken).
rek.nr. oom in Polen: «{IBAN:PL:compact}»
Ik verklaar dat er geld is overgemaakt naar «{IBAN:NL:compact}».
Huur wordt betaald vanaf «{IBAN:NL:grouped}»
TOESLAGEN NAAR «{IBAN:NL:compact}»
bankrekening jeugdige: «{IBAN:NL:lower}»
vader betaalt alimentatie vanaf «{IBAN:BE:grouped}» (Belgische bank)
"""
URL = r"""
jeugdige post filmpjes op «https://www.tiktok.com/@zora.limburg.11»
Facebook moeder: «https://www.facebook.com/jessica.nijsten.5»
Ik verklaar dat de foto's op «instagram.com/dennis_vk_045» zijn gezet.
03:20 (KB) jeugdige deelt live-stream op «https://www.twitch.tv/fabio_esposito_06»
Snapchat ex: «snapchat.com/add/jordanheerlen»
vader heeft een eigen site: «www.bertfrijns-klusbedrijf.nl/over-mij»
"""
