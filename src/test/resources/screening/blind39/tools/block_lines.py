# BLOCK lines for blind set 39. «…» marks a span. {BSN:fmt} and {IBAN:cc:bank:fmt} are filled by gen_sentences.py.
NAME = r"""
Op 03-11-2026 omstreeks 22:15 uur werd melder «Sandra Haasnoot» gehoord in haar woning te Katwijk.
VERDACHTE: «OUWEHAND, PIETER JAN» - relatie tot betrokkene: stiefvader
betrokkene 2, «Ilse van der Plas», verklaarde dat zij door haar partner bij de keel was gepakt.
Relatie tot jeugdige | ex-partner van moeder | «Rachid Bouzid»
Volgens melder was «Kees» (buurman) die nacht ook in de woning.
Mw. «Zwaan» gaf aan geen aangifte te willen doen.
oma «trees» haalt de kinderen op woensdag uit school
ZSM-overleg 14-10: zaak tegen «Hoogervorst» (vader) afgedaan met een strafbeschikking.
«Meerburg»s dochter zat op de trap toen de agenten aanbelden.
Proces-verbaal van verhoor verdachte «D.J. van Egmond», opgemaakt te Leiden.
Naam verdachte: «Yusuf Aksoy» (relatie: biologische vader)
De gezinsvoogd vraagt oom «Mehmet Güneş» als netwerkpersoon voor het plan.
Moeder «Senait Tesfamariam» spreekt Tigrinya; gesprek met tolk gevoerd.
broer «Yonas» (17) wordt door iedereen genoemd als steunfiguur
Vader «Paweł Nowak» werkt via een uitzendbureau in de kassen bij Noordwijkerhout.
«Agnieszka» belde om 07.10 uur, ze was volgens de meldkamer in paniek.
tante «Małgorzata Dąbrowska» woont in Lisse en kan zo nodig opvang bieden
Moeder (1988) heet «Parisa Rezaei» en woont sinds 2019 in Nederland.
Vader «Dariush» is in september teruggekeerd uit Iran.
Grootvader «Habibullah Noorzai» heeft volgens de familie het laatste woord.
«Zarghuna» (moeder) mag van haar schoonfamilie niet alleen naar buiten.
Melder: mevr. «A. Kortekaas», buurvrouw, hoorde een kind gillen.
Vader, «Fortes», is bekend bij de politie in verband met handel in harddrugs.
Moeder «Djenifer Tavares Semedo» zegt dat de kinderen bang zijn voor haar broer.
Ex-partner «Ricardo Lopes» heeft sinds half september een contactverbod.
wijkagent belde: «Monteiro» staat weer voor de deur bij moeder
MELDER: DHR. «VAN DUYN», BUURMAN, HOORDE GESCHREEUW UIT DE BOVENWONING
zus van moeder, «jolanda guijt», wil niet meer betrokken worden
«Guijt» en zijn zwager zijn op 01-11-2026 aangehouden na een vechtpartij.
Betrokkene 3: «Warmerdam, Nicole», relatie tot jeugdige: moeder
Op verzoek van «Kortekaas-Vooijs» (oma moederszijde) is de overdracht verplaatst.
Aangever «Bram Ravensbergen» verklaarde dat zijn dochter was geslagen door de vriend van moeder.
mevrouw «Verdegaal» van het wijkteam belde dat moeder niet thuis gaf
De kinderarts, dr. «Heemskerk», zag op de SEH blauwe plekken op beide bovenarmen.
Gesproken met meester «Jeroen» van groep 6, die zich zorgen maakt over de hygiëne.
Juf «Anouk Parlevliet» (mentor) heeft het verzuim gemeld bij de leerplicht.
«Hogewoning» (opa) rijdt de jongens elke dag naar school in Sassenheim.
Stiefvader «Ronald Schaap» ontkent elk geweld.
Broertje «Milan» (2019) slaapt bij moeder in bed.
«Sem» en «Jesse» (tweeling, 2017) zijn getuige geweest van het incident.
nichtje «Fenna van Tol» past soms op, zij is 15
Buurvrouw «Hennie» heeft de politie gebeld.
«Ahmed Zerouali» (vader) wil een omgangsregeling via de rechter.
Moeder, «Nadia Belhaj», werkt in de nachtdienst in het distributiecentrum.
«Lahrach» senior wordt omschreven als dominant en kort aangebonden.
De oudste, «Imane», zorgt 's avonds voor haar broertjes.
Betrokkene «Fatiha Ouchan» verklaarde dat ze geen geld kreeg van haar man.
«Kılıç», de oom, bracht moeder na het incident naar het Alrijne.
Vader «Ercan Yavuz» zit sinds 28 oktober in voorlopige hechtenis.
Neef «Burak» (21) gebruikt en dealt vanuit de schuur.
Oma «Hatice Şahin» woont in bij het gezin sinds de dood van opa.
Gezin | vader | «Abraham Ghebremedhin» | 1982
Halfbroer «Kidane» verblijft in een AZC en komt in de weekenden.
«Abrehet» (moeder) wil niet dat de jeugdarts thuis komt.
De vader, «Mehari Haile», wordt in de familie 'Abba' genoemd.
«Zieliński» (vriend van moeder) verblijft regelmatig in de woning, niet ingeschreven.
De kinderen noemen hem ome «Grzegorz».
Moeders collega «Kasia Wiśniewska» heeft haar na het incident opgevangen.
BETROKKENE: «KOWALCZYK, TOMASZ» - VERDACHTE VAN MISHANDELING
Vader «Kamran Hosseini» heeft een psychiatrische voorgeschiedenis in Iran.
Tante «Shirin» uit Den Haag is meermaals ingeschakeld.
«Ahmadi» (stiefvader) is met Perzisch Nieuwjaar weer ingetrokken.
«Wahidullah» is de oudste broer van vader en bepaalt veel in het gezin.
Moeder «Farishta Popal» heeft zelf een verblijfsvergunning asiel.
Oma «Bibi Gul Sultani» spreekt alleen Dari.
dhr. «Ouwehand» (opa) wil de kinderen voorlopig niet meer zien.
«Sanne» (moeder) heeft de afspraken uit het veiligheidsplan ondertekend.
Vader was met «Dennis Zwanenburg» aan het drinken op de avond van het incident.
Ex «Sjaak» heeft volgens moeder nog steeds de sleutel van de woning.
Opa en oma «Van der Plas-Heemskerk» houden de kinderen tijdelijk bij zich.
Op verzoek van «Marloes» (stiefmoeder) is er een extra gesprek gepland.
moeder zegt dat «rico» (vriend) nooit alleen met de kinderen is
DE HEER «W.A. MEERBURG» IS OP DE HOOGTE GEBRACHT VAN DE MELDING.
Zorgen over de vriend van «Lotte», een jongen van 19 uit Rijnsburg.
«Lotte van Egmond»s vader heeft haar telefoon afgepakt.
Volgens «Romano» (broer, 16) wordt er thuis veel geblowd.
Verklaring buurman «T. Hoogeveen»: "Ik hoor het elke week, altijd 's nachts."
De vader van «Noah», «Jeffrey», heeft geen gezag.
oom «ricardo» brengt volgens moeder drugs mee naar huis
Moeder is bevriend met «Samira Tahiri», die de kinderen soms opvangt.
«Oussama» (broer) zit in de JJI.
Opvang door oom «Redouan Azzouzi» in Oegstgeest is afgesproken.
Moeder «Sevgi» spreekt goed Nederlands, vader niet.
«Tunç» (vader) weigert hulp van het wijkteam.
Verdachte «Cem Erdoğan» is na verhoor heengezonden.
Vader, «Nelson Gomes Varela», werkt als matroos en is maanden weg.
«Ivanilda» (oma) woont in Rotterdam en is niet op de hoogte.
Zuster «Dalia Semedo» van Cardea bracht het meisje naar de crisisopvang.
Meisje vertelt dat «Jair» (stiefbroer) haar in de badkamer opsloot.
Betrokkene «S. Guijt-Zwaan» verklaarde geen drank te hebben gedronken.
Op 17-10-2026 heeft «Hans van Duyn» (opa) aangifte gedaan van bedreiging.
contactpersoon netwerk: «Wilma Hoogervorst» (tante)
«Petra» van de Stek-groep heeft het meisje op donderdag gesproken.
De mentor, meneer «Kuijt», had de kneuzingen ook gezien.
De huisarts van het gezin, dokter «Vreeswijk», weet niet van het geweld.
Jeugdige noemt juf «Esmée» als veilige volwassene.
Vader «Abdelkrim Boutaleb» staat onder curatele.
«ELKADI» (VADER) IS NIET VERSCHENEN OP DE ZITTING.
Relatie tot betrokkene: buurjongen «Kevin Heemskerk», 19 jaar
Ex-partner «Yared Mebrahtu» heeft de moeder via Facebook bedreigd.
"""

BIRTHDATE = r"""
betrokkene 1, geb. «14-03-2012» te Leiden, verklaarde dat zij niet naar huis durfde.
Jeugdige: S. («21-07-2013»)
Geboortedatum verdachte: «1985-02-09»
BETROKKENE 2 GEB. «03.11.2014» TE KATWIJK
Z. is geboren op «9 augustus 2016» in het LUMC, na een zware bevalling.
d.o.b. moeder «27/01/1990»
De jongste is op «12 mei '19» geboren in Alrijne Leiderdorp.
broertje A. (geb. «2-6-2021»)
| Geboortedatum | «19-12-2009» |
moeder, geboren «07 10 1991» te Kabul
betrokkene geb. «20120830», woonachtig bij vader
De baby is op «4 jan. 2026» geboren, bij 36 weken.
GEBOORTEDATUM: «11-SEP-2011»
Vader (geb. «16-4-86») heeft geen vaste woon- of verblijfplaats.
DOB «2015-10-05», nationaliteit Eritrees
geboortedatum zus: «30.06.'17»
Y. werd op «28 februari 2014» geboren in Mindelo, Kaapverdië.
Geb.dat. jeugdige: «5/11/2012»
"""

ID_NUMBER = r"""
Mutatienummer politie: «PL1600-2026271934»
BVH-registratie «2026-0419377», proces-verbaal van aangifte opgemaakt.
parketnummer vader «10/283417-26»
Zaaknummer Veilig Thuis Hollands Midden: «VTHM-26-08812»
cliëntnr Rivierduinen moeder «RD-4471902»
patiëntnummer LUMC van de jeugdige: «Z2841193»
Dossier Cardea «C-2026-11873» (oudste zoon)
V-nummer vader: «2718830455»
Moeder heeft bij Portaal huurdersnummer «0047719» en een betalingsachterstand.
Leerling-ID op het Fioretti: «LL-882017»
paspoortnr. moeder «NX7K42D91» (ligt bij de schoonfamilie)
kenmerk Jeugdbescherming west «JBW-19283-A»
pv nr «2026-331087-2» (huiselijk geweld, 2e melding dit jaar)
Brijder, cliëntnummer «B 302 117», dagbehandeling vader
"""

ADDRESS = r"""
Op 02-11-2026 omstreeks 01:30 uur ter plaatse gekomen op de «Kooilaan 118-B» te Leiden.
Jeugdige woont nu bij opa op «Heereweg 271» in Lisse.
adres vader: «Sumatrastraat 43 hs», Leiden
PLAATS DELICT: «VOORSTRAAT 9A», KATWIJK
| Adres | «Lange Voort 62-3» |
Moeder is verhuisd naar «Engelendaal 14 bis» in Leiderdorp.
Melding kwam vanuit de woning aan de «Hoofdstraat 188» in Sassenheim.
Vader verblijft tijdelijk op de «Morsweg 207-II».
Pension aan de «Kerkstraat 31c» in Noordwijk, met zes Poolse arbeiders op één verdieping.
Ex woont om de hoek, «Raadhuisstraat 77», Alphen aan den Rijn.
de kinderen slapen bij de oom aan de «Oosterstraat 3» in Hillegom
"""

POSTCODE = r"""
Woning van moeder: postcode «2315 RV», Leiden.
pc «2222AB» Katwijk (bovenwoning van oma)
PC: «2161 CT» LISSE
Vader woont in «2181 hk» Hillegom
| Postcode | «2171 VX» |
Ex-partner staat ingeschreven op «2201 NL» in Noordwijk, maar verblijft elders.
Tante woont in Voorhout, «2215 RJ».
verhuizing naar «2402 EZ» (Alphen) per 1 december
Oma woont in «2351PX» Leiderdorp.
Jeugdige verblijft in het weekend op «2241 KM» Wassenaar bij vader.
POSTCODE WONING «2334 BN»
"""

BSN = r"""
BSN jeugdige: «{BSN:plain}»
bsn moeder «{BSN:dots}»
Burgerservicenummer vader: «{BSN:space}»
| BSN | «{BSN:dash}» |
Op het formulier van de Raad stond het nummer «{BSN:plain}» van de jongste.
BETROKKENE 1, BSN «{BSN:plain}»
bsn van oma (oude inschrijving, 8 cijfers): «{BSN:8}»
Volgens de BRP-bevraging heeft de baby bsn «{BSN:dots}».
BSN's kinderen: «{BSN:plain}» en «{BSN:plain}»
sofi/bsn stiefvader «{BSN:space}»
Nummer uit de BRP: «{BSN:plain}» (moeder)
"""

PHONE = r"""
Melder bereikbaar op «06-41827365».
mobiel moeder «+31 6 1938 4472»
tel vader «0031 6 5820 1147»
Oma is bereikbaar via «071-5128803».
Poolse oom: «+48 601 772 349»
| Telefoon | «06 2219 4875» |
Bel na 17.00 uur naar «0252-418830» (thuis bij de tante in Lisse).
Nummer van de ex: «+316-44120938»
Buurvrouw wil teruggebeld worden op «(0172) 43 29 18».
Moeder heeft een nieuw nummer, «0638417720».
TELEFOON VADER «06-19 88 37 41»
"""

EMAIL = r"""
Moeder mailt vanaf «sandra.haasnoot84@gmail.com».
mail vader: «p.ouwehand@ziggo.nl»
Reactie van oma via «trees.vanderplas@kpnmail.nl»
| E-mail | «yusuf.aksoy1979@hotmail.com» |
Berichten gingen naar «zwaantje_katwijk@live.nl».
E-mailadres ex-partner: «r.bouzid@outlook.com»
Gezinsvoogd stuurde het plan naar «nowak.pawel@wp.pl».
Moeder gebruikt «parisa.r.1988@yahoo.com» voor contact met school.
De jongen stuurde zijn verhaal vanaf «senaitsbro2009@gmail.com».
"""

IBAN = r"""
Leefgeld wordt overgemaakt op «{IBAN:NL:RABO:grouped}».
IBAN moeder: «{IBAN:NL:INGB:plain}»
toeslagen gaan naar rekening «{IBAN:NL:ABNA:grouped}» van vader
| Rekeningnummer | «{IBAN:NL:SNSB:plain}» |
Vader stort op een Poolse rekening: «{IBAN:PL:-:grouped}».
Kinderbijslag komt binnen op «{IBAN:NL:TRIO:lower}».
OMA BETAALT DE HUUR VAN «{IBAN:NL:BUNQ:plain}»
Rekening van oom in België: «{IBAN:BE:-:grouped}»
Schuldhulp ziet betalingen vanaf «{IBAN:NL:ASNB:grouped}» (stiefvader).
"""

URL = r"""
Bedreigingen gepost op «https://www.instagram.com/lotte.vegmond_07/».
Vader heeft een profiel: «https://www.facebook.com/ercan.yavuz.5563»
TikTok van de jeugdige: «tiktok.com/@imane.ktw»
filmpje van de vechtpartij staat op «https://www.youtube.com/@guijt_brothers»
moeder verkoopt spullen via «https://www.marktplaats.nl/u/sandra-h-katwijk/31877492/»
Snapchat oudste: «snapchat.com/add/romano.2010»
"""
