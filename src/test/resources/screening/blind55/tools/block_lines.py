# Hand-written BLOCK lines for blind55. «…» marks a span. {BSN}/{IBAN…} are filled by gen_sentences.py.
NAME = r"""
Oma «Fien» uit Heerlerheide past op de woensdag op de kinderen.
opa «sjra» zegt alleen: 'ich wèt 't neet, jóng'
Vader «Luciano Pontarelli» werkt in ploegendienst bij een distributiecentrum in Born.
VOLGENS BUURVROUW «MESTROM» WAS ER OM 02:10 GESCHREEUW IN DE WONING.
Moeder heeft contact met haar ex «Dariusz».
«Kowalczyk» (stiefvader) weigert mee te werken aan het huisbezoek.
Tante «Gülay» neemt de jongste mee naar Aken als het escaleert.
MELDER: «J.W.M. Vrijens», buurman, bellend vanaf eigen toestel.
betrokkene 2: «SCHOONBROOD, RAYMOND» (vader)
«Wiebkes» moeder belde ons om 14.00 in paniek.
Broer «Angelo» (19) zit sinds de zomer in de PI.
oom «Hay» rijdt de kinderen naar school in Kerkrade.
Stiefmoeder «Anke Brüggemann» woont met vader in Herzogenrath.
In het gesprek noemde J. steeds «Mirela», een nicht uit het woonwagenkamp.
De heer «Dautzenberg» (opa mz) heeft de sleutel van de woning.
Mw. «Ortmans-Bemelmans» wil niet dat de kinderen bij vader slapen.
Contact met vriend van moeder, «Rudi», is volgens moeder 'verbroken'.
De kinderen noemen hem «ome Jos» maar hij is geen familie. Hij heet «Jos Wetzels».
«Zeynep» (zus, 17) vangt de kleine op na school.
Met «Stanisław» zijn geen afspraken te maken, hij spreekt alleen Pools.
fam. «Lardinois» uit Vaals heeft zich als netwerk aangemeld.
Oma «Mia Coenen» overleed in september, sindsdien gaat het bergaf.
«Ramazan»s auto stond om 23:45 voor de deur.
| Broer | «Luca» | 8 jaar | woont bij moeder |
| Stiefvader | «Houben» | 41 | heeft gezag niet |
Vriendin van M., «Noor Claessens», deed het verhaal bij de mentor.
B. logeert veel bij «Ilse» (vriendin van moeder) in Meerssen.
Ex-partner «Patrick Janssen» heeft een contactverbod sinds augustus.
"Hae is väöl te vaak dronke," zegt oma «Lies» over haar zoon.
Vader en zijn broer «Erkan» hebben samen een garage in Brunssum.
Moeder en «Dragan» (partner) hebben om de week ruzie, zegt de buurvrouw.
zie mail van «Roel Pinckaers» (buurtsportcoach) van 3/11
Schoolmaatschappelijk werker «Schmetz» (Sintermeertencollege) ziet verslechtering.
Jeugdarts dr. «Vroemen»: groeicurve vlakt af.
Dhr. «Savelberg», mentor op het Arcus, ziet blauwe plekken.
Gezinsvoogd «Esther Meulenberg» is met verlof, waarnemer onbekend.
De huisarts, dokter «Hermans-Bogaers», heeft de jeugdige verwezen.
Na overleg met «Wendy» van de JGZ besloten een melding te doen.
«Peggy Stassen» (leerplicht) heeft proces-verbaal opgemaakt.
Opvang bij nicht «Kübra» in Landgraaf kan maximaal een week.
«Jupp» (opa vz, Aachen) spreekt alleen Duits en Plat.
In de Duitse Jugendamt-brief wordt de moeder «Sabine Krings» genoemd.
«Joana» (10) is het zusje, niet op de kaart want woont bij vader in Vise.
De baby heet «Mila-Rose».
«Xhemajli»: zo heet de familie waar vader onderdak vindt.
Ze noemt haar stiefvader «Benny» en is bang voor hem.
Moeder (1988) en «Marcel» zijn sinds 2022 uit elkaar.
Buurjongen «Dylan» (16) heeft de politie gebeld.
OPGEHOUDEN PERSOON: «PALUMBO, Giuseppe», geb.jaar 1979
verdachte «Y. Demirci» is aangehouden en overgebracht naar bureau Heerlen.
Slachtoffer volgens BVH: «Melissa Lambrichts».
Zus «Chantal» is zelf ook bekend bij Veilig Thuis.
De grootouders, «Frans» en «Ria Notermans», zijn bereid te helpen.
«Fons» en «Annie» (grootouders) willen de kinderen wel opnemen.
Bij oma «Wiesje» in Simpelveld gaat het goed, zegt S.
Tijdens het huisbezoek kwam «Sjoerdje Kleuskens» (zus van moeder) binnen.
Aan «Tomasz» is gevraagd de alcoholtest te doen; hij weigerde.
De jongens spelen vaak bij de familie «Bonten» om de hoek.
ouders gescheiden. vader «Ralf» woont in Übach-Palenberg.
«Ayla» (baby) werd opgenomen op de afdeling kindergeneeskunde.
Opname van «Nino» in Zuyderland, zie ontslagbrief.
Patiënt: «Nina Smeets», 3 mnd, ontslagen naar huis met moeder.
«S. Gorissen» (moeder) belt niet terug.
Oom «Bogdan» uit Krakau komt in de kerstvakantie.
Oma «Grazyna» (moederskant) heeft dementie.
De dochter van de buren, «Lotte», is vaak oppas.
«Kevser» en haar man zijn al jaren gescheiden.
moeder zegt dat «Quintus» niet de vader is.
KIND 2: «ROMY» (6 JR)
Vriend van vader, «Nico Bex», levert volgens de buren drugs.
«Carlo»'s ex-vrouw heeft eenhoofdig gezag.
Oma «Resi» in Eupen is telefonisch gesproken.
«Lambert Frijns» (opa) heeft een strafblad voor geweld.
Vader «Ömer» is in Turkije voor begrafenis.
«Anouk» en haar vriend «Bram» (beiden studenten) wonen boven de familie.
Stiefbroer «Jayden» (14) dreigt met een mes.
Oma «Trautje» spreekt Limburgs met de kinderen.
Buurvrouw mevr. «Kicken» heeft de politie gebeld.
De Belgische grootmoeder «Godelieve» wil voogd worden.
«Beckers» zegt dat hij niet drinkt.
Het zusje (heet «Elif») huilde tijdens het gesprek.
«Ronald» (ex van moeder) stond aan de deur, dronken.
Vader: «Dimitri Goffin», Lanaken.
«Hadewych» is de vriendin van moeder bij wie ze slaapt.
Tante «Marie-José» in Maasmechelen is een veilige plek.
In de klas zit hij naast zijn neef «Enzo».
Volgens nichtje «Giulia» wordt er thuis veel geslagen.
Halfbroer «Ruben Kurvers» zit in een JJI.
Met «Gianni» en «Rocco» (neven) spreekt vader af in Chevremont.
De opa van moederskant, «Willy Paffen», is mijnwerker geweest.
Gesprek met pleegmoeder «Karin Heuts» op 5-11.
Cousin «Sead» neemt de kinderen mee naar Duitsland.
Moeders nieuwe vriend (naam: «Marvin») logeert er vaak.
Oom «Ferdi Smeets» is de voogd-kandidaat.
Oma spreekt over haar zoon als 'der «Jüppke»'.
«Dilan» heeft moeder geslagen, zegt de zus.
Dochter «Ivy» (9) vertelde het op de BSO.
«PIETERS» IS BEKEND BIJ POLITIE (OPIUMWET).
Pleegvader «Hub» heeft nog geen VOG.
Mama van «Yasmine» (klasgenote) maakt zich ook zorgen.
"""

BIRTHDATE = r"""
geb. «14-03-2013» te Heerlen
Jeugdige: S. («07-11-2012»)
GEBOORTEDATUM SLACHTOFFER: «20-04-2015»
Het meisje is geboren op «3 juni 2019» in het Laurentius.
gebdat: «2011-09-30»
| Zusje | R. | «16.02.2017» |
moeder geb. «12/8/1990»
Kind 1: geb «04-01-'14»
D.o.B. «19 Jan 2016» (Duits paspoort)
Geboren op «1 mei 2010» in Aken.
Jeugdige (voorletter en geboortejaar): T. «23-10-2011»
geb.dat. vader «08-06-1985»
Baby geboren «2026-01-17», prematuur 33 wk.
Geburtsdatum: «05.09.2018»
broertje werd geboren op «29-12-2020»
geb. «17 feb. '12»
Oma zegt: jarig op «2 november 1958», dus bijna 68.
pt. geb. «20250614»
"""

ID_NUMBER = r"""
BVH-registratienummer: «PL2300-2026123456»
ProMIS-nummer «2026458821»
Zuyderland patiëntnummer «7104382»
patnr MUMC+ «2451806»
Cliëntnr. Mondriaan: «M-880214»
dossiernummer JB Limburg «JBL-26-04417»
Raad zaaknr. «RVK-MT-2026-11834»
V-nummer vader: «2907735114»
Leerlingnr. Bernardinus «230417»
Paspoort moeder: «NW7K41R82»
Personalausweis vader: «L01X84C7T»
Veilig Thuis dossier: «VTZL-2026-08812»
Kenmerk CAK «CK2210948» (eigen bijdrage)
Polisnummer CZ «419283775», zie brief.
"""

ADDRESS = r"""
Het gezin woont op de «Akerstraat 188a», Heerlen.
Vader verblijft op «Kerkraderweg 31» bij zijn broer.
Oma woont «Op de Vos 4» in Gulpen.
ADRES INCIDENT: «DORPSSTRAAT 12-B» LANDGRAAF
ze zijn verhuisd naar de «Heistraat 7 bis» in Brunssum.
Moeder en kinderen zitten tijdelijk «Markt 52-2» (boven de snackbar).
adres opa: «Rijksweg Zuid 140», Geleen
Bezoek afgelegd op «Sint Pieterskade 9» in Maastricht.
| Vader | «Hoofdstraat 77 hs», Schinveld |
«Kloosterweg 3A» is het adres van de pleeggezin-kandidaat.
Wohnt jetzt «Roermonder Straße 211», Herzogenrath.
"""

POSTCODE = r"""
postcode «6411 AB» volgens de GBA.
Gezin verhuisd naar «6372CK» (Landgraaf).
Moeder staat ingeschreven op «6221 tz».
PC «6163 BN» Geleen
| postcode | «6461 HL» |
oma woont in «6271AH»
Vader woont in Lanaken, post gaat naar «6281 BX» bij oma
Retour naar postcode «6291 EC».
Adresgegevens: «6432 KW» Hoensbroek, huisnr. onbekend
PC OMA «6343AP» (Klimmen)
Nieuwe PC «6214 XA» (studentenhuis).
"""

BSN = r"""
BSN: «{BSN:plain}»
bsn jeugdige «{BSN:dots}»
Burgerservicenummer moeder «{BSN:spaces}»
BSN kind 2 = «{BSN:dash}»
| BSN | «{BSN:plain}» |
Opgevraagd bij de GBA: «{BSN8}»
sofi/bsn vader «{BSN:plain}»
BSN vader (volgens CAK-brief) «{BSN:dots}»
Identiteit vastgesteld, bsn «{BSN:spaces}».
«{BSN:plain}» is het BSN van de baby.
BSN NR: «{BSN:dots}»
"""

PHONE = r"""
Moeder is bereikbaar op «06-28173645».
tel oma «045-5712839»
Vader (Aken) belt vanaf «+49 241 5583921».
Oom in Lanaken: «+32 89 715344»
06 van de vriend: «0612 948 307»
Terugbelnummer melder «043-3257184».
BEL MOEDER: «+31 6 39271548»
Nieuw nummer stiefvader «0031 6 44 18 29 07»
«046 - 4381920» (vaste lijn oma, Sittard)
Tante: «+31628390174»
| Telefoon | «06 51 47 82 93» |
"""

EMAIL = r"""
mail moeder: «sandra.hoenen1984@gmail.com»
Vader mailt vanaf «ralle.k@gmx.de».
contactadres opa «j.dautzenberg@ziggo.nl»
Zus is bereikbaar via «chantalleke_87@hotmail.com»
E-mail vader: «giuseppe.pal@outlook.com»
Stuur kopie naar «famvdborne@kpnmail.nl» (ouders)
«mike.meessen@student.maastrichtuniversity.nl» is de huisgenoot van moeder.
Moeder schreef ons vanaf «lieke-heerlen@live.nl».
De Belgische oma: «godelieve.vroonen@telenet.be»
"""

IBAN = r"""
Toeslagen worden gestort op «{IBAN:NL:compact}» (rekening vader).
IBAN moeder «{IBAN:NL:grouped}»
Kindgebonden budget gaat naar «{IBAN:NL:lower}».
Kostgeld naar oma: «{IBAN:NL:grouped}»
Rekening vader in Duitsland: «{IBAN:DE:grouped}»
Belgische rekening tante: «{IBAN:BE:grouped}»
Huurachterstand, rekeningnr. huurder «{IBAN:NL:compact}»
IBAN stiefvader: «{IBAN:NL:grouped}»
Poolse rekening oom «{IBAN:PL:grouped}»
"""

URL = r"""
Filmpje staat op «https://www.tiktok.com/@sjonnie_hlrn_045»
Facebook moeder: «https://www.facebook.com/daniela.rossi.1987»
zie insta van J.: «instagram.com/limburgse.lotte_»
Vader post op «https://www.youtube.com/@RalfKrautRap»
Snapchat: «snapchat.com/add/mila.k2011»
Profiel stiefvader: «https://nl.linkedin.com/in/marco-schaepkens-4b8a21»
"""
