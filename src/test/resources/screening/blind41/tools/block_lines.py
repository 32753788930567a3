# Hand-written BLOCK lines for blind41. «…» marks a span. {BSN}, {IBAN_x} are filled by gen_sentences.py.
NAME = r"""
Moeder noemt de nieuwe vriend alleen «Sjeng», hij komt uit Kerkrade-West.
Die Mutter sagt, «Horst» schlägt das Kind wenn er getrunken hat.
oma «Mia» uit Bocholtz haalt de kinderen op woensdag op.
Opa «Harie Quaedvlieg» is op 12-10-2026 opgenomen in Zuyderland.
Gesprek gehad met «Gerda Smeets-Ubachs» (tante van moederskant) over opvang.
vader «Dariusz» werkt in ploegendienst bij Chemelot.
«KOWALCZYK, JANUSZ» | stiefvader | woont sinds augustus in Nuth
Oom «Rocco» (Italiaanse tak, mijnwerkersfamilie) wil graag helpen.
De buurvrouw, mw. «Vroemen», hoorde op 4. Mai 2026 geschreeuw.
«Zeynep» (zus van moeder) spreekt Turks met de kinderen.
«Lieke»s vader wil geen contact met het wijkteam.
Das Kind sagt: Papa «Jürgen» ist immer böse.
Mevr. «Habets» van de overkant belde de politie.
gezin «Ploumen»: moeder, 3 kinderen, hond
vriendin «Senait» (Eritrese, zelfde kerk) vangt J. op.
«Tesfay» is volgens moeder de vader van de jongste.
Die Großmutter «Hildegard Schmitz» wohnt in Aachen-Laurensberg.
«Ahmad Al-Khatib» (oom) is tolk geweest bij het gesprek.
Broer «Milan» (17) blowt op de kamer.
dhr. «Frissen» weigert het huisbezoek.
«JO-ANNE KNUBBEN» MOEDER WEIGERT OOK
Moeder heeft contact gezocht met haar ex «Fabio Castiglione».
Tante «Bep» heeft de sleutel van het huis.
«Renate Lenssen» (buurvrouw) heeft op 2 september de kinderen opgevangen.
Opmerking: «Kübra» wil niet dat vader het weet.
Het oudste kind, «Frenkie», gaat niet naar school.
«Kuijpers» (ex van moeder) beweert dat moeder veel drinkt.
Met opa «Jozef Zelenik» (Sloveense wortels, oud-mijnwerker) gesproken.
Oom «Sef» uit Gulpen wil de jongens een weekend nemen.
«Stijn Wetzels» is de vriend van moeder.
«Cemal Yılmaz» | vader | geen gezag
Der Vater, Herr «Bernd Kreutzer», hat das Gespräch abgebrochen.
«Gosia» (nicht van vader) doet de boodschappen.
«Dawit»s moeder is in Eritrea achtergebleven.
Gesproken met «Marlies» en haar partner.
buurman «Thei» komt elke avond langs met bier.
«A. Heuts» heeft de aangifte gedaan.
De kinderen logeren bij «fam. Schins» in Eys.
«Wiel Huppertz» was de vorige partner van moeder.
zusje «Noëlla» slaapt bij moeder in bed.
mw «Gülsen Demirtaş» — moeder — spreekt beperkt Nederlands
«Ruud Cremers» heeft een contactverbod.
«ELENA» huilt veel op school volgens de leerkracht.
Volgens moeder is «Grzegorz» de enige die haar steunt.
Vaders nieuwe partner «Yvonne Hermkens» heeft zelf drie kinderen.
«Maik» (18, halfbroer) is in Maastricht opgepakt.
De Belgische oma, «Godelieve Vandormael», woont in Tongeren.
oma «trees» wil de kinderen niet meer opvangen
«Leon Janssen» is de biologische vader.
Der Onkel «Klaus» hat Kontakt zum Jugendamt Aachen.
gesprek met «Hamid» (vader) en «Rania» (moeder) via tolk.
Moeder vertelt dat «Jeroen» haar heeft geslagen.
Op het schoolplein zag ik «Ramon Pelzer» met het kind.
de nieuwe vriend «Dragan» slaapt er bijna elke nacht
«Wilma Bemelmans-Dautzenberg» (oma vaderskant) heeft gezag aangevraagd.
«SEVERIJNS» (stiefvader) is bekend bij de politie.
Buurjongen «Nando» neemt het kind mee naar de skatebaan.
vader «Pjotr» zit in Polen voor werk
Mw. «Claessens» is de pleegmoeder.
Vriend van moeder: «Gianni Pirotta».
«Anja» en «Fred» zijn de grootouders.
Het meisje noemt haar tante «Mariëtte» als veilige persoon.
oom «Önder» dreigt met eerwraak
«Rik Vliegen» heeft moeder bedreigd via WhatsApp.
Moeder is gescheiden van «Patrick Coenen».
«Sanne» (zus, 16) zorgt voor de jongere broertjes.
«Luc» heeft volgens school blauwe plekken.
Stiefmoeder «Chantal» wil dat het kind naar internaat gaat.
Die Nachbarin Frau «Offermanns» hat die Polizei gerufen.
«Yusuf Aksoy» | oom | woont bij het gezin
Vader «Firas» komt uit Aleppo.
De zus van vader, «Rasha», is onlangs naar Heerlen verhuisd.
«Jean-Pierre Lhoest» (vader, Belg) heeft gezag.
Tante «Marieke Ramakers» is zwanger.
Hij noemt zijn vader «Pierre».
«Kasia Nowak» (moeder) heeft een burn-out.
Melding van «Nicole Dohmen», buurvrouw.
De jongste, «Jaylin», heeft een eetprobleem.
mevr «Lemmens» uit de flat belt geregeld
Volgens «Bianca» is alles in orde thuis.
«Hans» (opa) zorgt voor vervoer naar school.
«Selam» en «Yonas» zijn de halfzusjes.
De politie heeft «Roy Vrancken» meegenomen op 12.10.2026.
«MARIO» zegt dat hij zijn moeder wil beschermen.
Vader «Wolfgang» weigert te betalen.
Moeder haar vriend «Kai» heeft een drugsverleden.
Het gezin «Theunissen» staat bekend bij Woonpunt.
«Ilse» wil weer bij haar moeder wonen.
«Paul Wolfs» is de voogd zegt moeder, maar dat klopt niet.
«Nadia»'s broer zit vast.
Stiefvader «Marco Bongers» heeft een verleden met geweld.
De oudste zoon «Dennis» is van school gestuurd.
Opa «Jan Mullenders» is dementerend.
«Agnieszka» zorgt voor haar moeder.
Moeder en «Dirk» hebben ruzie over geld.
vader (ex) «Steffen Lauterbach» woont in Herzogenrath.
de jeugdarts hoorde van «Sofie» dat ze gepest wordt
mevrouw «Ortmans» van het wijkteam belde over de woning.
De juf heeft «Thijs» huilend gevonden in de gang.
De jongen noemt zijn oom «Jeu» uit Nuth als steunfiguur.
"""
BIRTHDATE = r"""
geb. «3. Mai 2013», Maastricht
Jeugdige: N. («14-02-2012»)
Geboren am «17.08.2014» in Aachen.
Geboortedatum moeder: «2 december 1988»
M. is geboren op «09/11/2015» in het MUMC+.
dob «2013-07-21»
Vader, geb. «23-3-1979», woont in Brunssum.
«1 april 2016» geboren, dus nu 10 jaar
Gebdat. jongste: «11.1.2019»
Der Junge wurde am «5. Oktober 2011» geboren.
| Geboortedatum | «28-05-2010» |
zusje geboren «15 jan. 2020»
Geb.datum: «20120612»
Jeugdige D. («7-9-2013»)
moeder (geb. «4 maart 1991») zit in de schuldhulp
GEBOREN «12-12-2014» TE HEERLEN
geboortedatum baby: «27 okt '25»
Hij is op «negentien juli 2012» geboren in Sittard.
"""
ID_NUMBER = r"""
cliëntnummer Mondriaan: «MON-448127»
Koraal dossiernr. «K2026-08813»
zaak «JBL-26-4471» (Jeugdbescherming Limburg)
patiëntnr MUMC+ «7712094»
Ausweisnummer der Mutter: «L01X7TK92»
leerlingnummer «30471558» (DUO)
VT-registratienummer «VTZL-2026-19934»
paspoort vader «NX8HF21K7»
Xonar cliënt-ID «XON-11927»
Zuyderland patnr «Z-3360182»
kenmerk politie «PL2300-2026183341»
V-nummer moeder «2987113405»
Belgisch rijksregisternummer «88.04.12-233.61»
huurdernummer Woonpunt «WP-702218»
"""
ADDRESS = r"""
woont op de «Akerstraat 112a» in Heerlen
Adres oma: «Rijksweg Zuid 41» (Geleen)
Die Familie wohnt in der «Hauptstraße 7», Herzogenrath.
Huisbezoek op «Kerkstraat nummer zeventien», Brunssum.
«MARKT 3-B» SIMPELVELD
vader woont nu aan de «Heerlenerweg 220 bus 2»
| Adres | «Holzstraat 45» Kerkrade |
moeder verblijft tijdelijk op «Stationstraat 9 hs» in Valkenburg
«Brusselsestraat 88A» Maastricht is het oude adres
Broer woont op «Putgraaf 14» in Meerssen.
het appartement aan de «Karel de Grotelaan 3-02» (Sittard)
"""
POSTCODE = r"""
postcode «6411 KM» Heerlen
verhuisd naar «6372HE» Landgraaf
pc: «6221 bv»
«6461 XK» KERKRADE
| Postcode | «6191 NT» |
Nieuwe woning in «6443 CD» Brunssum.
Postleitzahl «52134» Herzogenrath (bei den Großeltern)
Oma woont in «6245 AA» Eijsden.
«6301 GB» valkenburg (adres moeder)
opgegeven postcode vader «6131 KX»
«6367 EL» Voerendaal
"""
PHONE = r"""
moeder bereikbaar op «06-41827735»
Tel. oma: «045 - 571 32 90»
vader: «+31 6 2874 1139»
Handy des Vaters: «+49 171 4528830»
«0032 478 12 34 56» (Belgische oom)
bel tante op «043-3621174»
«0614 27 88 30» buurvrouw
tel vader «046 4750012»
«+316-38829104» nieuwe nummer van moeder
WhatsApp jongen: «06 55 19 28 40»
Oma vast nummer «(045) 5234 918»
"""
EMAIL = r"""
mail moeder: «jolanda.knops71@hotmail.com»
vader mailt vanaf «mario.geleen@gmail.com»
«zeynep.korkut@outlook.de» (tante in Aachen)
contact via «fam.wetzels@ziggo.nl»
E-Mail des Vaters: «bernd.kr@web.de»
«lisa2010xx@live.nl» is het adres van de jeugdige
stuur het verslag niet naar «w.huppertz@kpnmail.nl»
moeder gebruikt «selam.tes@yahoo.com»
«sjeng.kerkrade@hotmail.com» stuurt dreigmails
"""
IBAN = r"""
toeslagen worden gestort op «{IBAN_NL1}»
rekening vader: «{IBAN_NL2}»
Konto der Mutter «{IBAN_DE}»
Belgische rekening oma «{IBAN_BE}»
IBAN «{IBAN_NL3}» (moeder, beslag)
alimentatie naar «{IBAN_NL4}»
«{IBAN_NL5}» staat op naam van de jeugdige
huurachterstand, betaald vanaf «{IBAN_NL6}»
rek.nr. «{IBAN_PL}» (vader, Polen)
"""
BSN = r"""
BSN jeugdige: «{BSN1}»
bsn moeder «{BSN2}»
burgerservicenummer vader: «{BSN3}»
| BSN | «{BSN4}» |
BSN «{BSN5}» (broertje)
sofinr. oma «{BSN6}»
«{BSN7}» = bsn van de jongste
BSN des Kindes: «{BSN8}»
bsn «{BSN9}» stond op de verwijsbrief
Jeugdige BSN «{BSN10}»
het BSN van moeder is «{BSN11}»
"""
URL = r"""
vader zet filmpjes op «https://www.tiktok.com/@sjengske_045»
Instagram jeugdige: «instagram.com/lieke.landgraaf»
«https://www.facebook.com/jurgen.kreutzer.52» (profiel vader)
moeder verkoopt spullen via «www.marktplaats.nl/u/jolanda-knops/19283»
Snap van de broer: «snapchat.com/add/milan_045x»
YouTube-kanaal van oom: «https://youtube.com/@RoccoHeerlen»
"""
