# Hand-written BLOCK lines for blind62. Spans marked with «...». Placeholders {BSNn}/{IBANn} filled by gen_sentences.py.
NAME = """Betrokkene 1: «VAN DE KOLK, Gijsbert» (vader), aangetroffen in de schuur.
Betrokkene 2: «Hendrikje van de Kolk-Schuurman», echtgenote, verklaart niets gezien te hebben.
Verbalisant sprak met de oudste zoon «Teunis» op de oprit.
MUTATIETEKST: melder «KOUDIJS» belde 112 om 23:14 uur ivm ruzie bij de buren.
oma «aaltje» past op de kleintjes als moeder naar de kerk gaat
Br. «Evert Ruitenberg» (ouderling) heeft het gezin namens de kerkenraad bezocht.
«Willempje» (9) vertelde de juf dat vader haar met de riem slaat.
De «Van 't Klooster»s wonen sinds kort op de boerderij naast het gezin.
Zus «Maria-Johanna» zorgt feitelijk voor de vijf jongsten.
vader zegt dat «Gerrit» de oudste 'wel een pak slaag verdient'
Volgens buurvrouw «Jannetje Schuurman» hoort zij 's avonds vaak gegil.
«G.J. van den Brink» is de grootvader van vaderskant en beslist veel in het gezin.
Ds. «Hoogvliet» sprak de ouders aan na de dienst, schrijft de ouderling.
'De broeder «van den Brink» heeft mij in vertrouwen verteld dat hij de kinderen tuchtigt', aldus de predikant.
«Teunis»' klasgenoten op het Van Lodenstein College merkten blauwe plekken op.
«Aaltje»s moeder wil geen hulp van buiten de gemeente.
| Oom | «Hendrik-Jan Koudijs» | vaste oppas op zaterdag |
GEZIN «RUITENBERG» IS BEKEND BIJ DE WIJKAGENT.
Mw. «Schuurman-van Ee» van de Eleos-poli belde over de afspraak van moeder.
De jeugdverpleegkundige, «Margreet Hardeman», zag het kind op 3 november.
wijkagent «Dijkhuis» heeft de ouders op het bureau in Barneveld gesproken
Gezinsvoogd «S. Bouwhuis» van Jeugdbescherming Gelderland was niet bij het huisbezoek.
De assistente van huisarts dr. «Lammers» meldde dat moeder de afspraak afzegde.
vader «Yonas» werkt in de kassen in Barneveld en komt pas laat thuis
«Senait Ghebrehiwet» (moeder) spreekt Tigrinya, tolk via de telefoon geregeld.
Betrokkene 3: «TESFAMARIAM, Haben», geb. Asmara, minderjarig.
De oom van moeder, «Kidane», heeft de kinderen tijdelijk opgevangen.
«Ammar Al-Sabbagh» (vader) kwam in 2019 via Ter Apel naar Ede.
moeder «rawan» wil terug naar haar zus in Duitsland
Broertje «Yazan» slaapt bij de oma in de woonkamer.
De familie «Hamwi» uit de flat ernaast heeft de politie gebeld.
Tante «Lubna» tolkt voor moeder bij het consultatiebureau, dat is niet wenselijk.
«Djamila Lopes Tavares» is de moeder van de jongste twee.
Vader «Ailton» verblijft deels in Rotterdam, deels in Apeldoorn.
«SEMEDO» staat als hoofdhuurder op het contract bij De Goede Woning.
Oma «Nha Bia» komt uit Kaapverdië over om te helpen.
«Hodan Warsame» (moeder) volgt taalles in Zuidbroek.
vader «abdirahman» heeft geen contact meer met het gezin
Oudste zus «Ubah» (19) wil de zorg voor de kleintjes overnemen.
De schoonmoeder, mevrouw «Farah», woont in Engeland en belt dagelijks.
«Rinus Grevers» (opa) voert het hoogste woord op het woonwagencentrum.
Moeder «Jopie» wil geen bemoeienis van 'die lui van de gemeente'.
Neef «Nelis Wassink» heeft volgens school een mes bij zich gehad.
FAM. «GREVERS-BOLDER» WEIGERT MEDEWERKING AAN HUISBEZOEK.
Oom «Bertus» regelt de kinderen naar school in Osseveld met de bus.
Oma «Lientje Pattiwael» (Indisch) vangt de kinderen op in De Maten.
volgens oma «Nonnie»: 'bij ons praatte je er niet over, dat was schande'
«Pattiwael» blijft de vaste opvang en heeft een sleutel van het huis.
Tante «Ria de Queljoe» heeft zelf een verleden met geweld in de relatie.
«Sanne» zit bij M. in de klas en heeft het aan haar moeder verteld.
ex-partner van moeder, «Ruud Hofstede», heeft een contactverbod.
«R. Hofstede» komt toch nog langs volgens de buren.
De nieuwe vriend, «Ronald», heeft drie kinderen uit een eerder huwelijk.
Vriendin van moeder «Esmeralda» past 's nachts op.
«Brouwer» (stiefvader) is vaker aangehouden voor rijden onder invloed.
«HENDRIKJE» (5 JR) KOMT REGELMATIG ZONDER ONTBIJT OP SCHOOL.
Jeugdige heeft het contact met vriend «Luuk van Dalen» verbroken.
C. noemt «Dirkje» als vertrouwenspersoon in de buurt.
oudste broer «wouter» heeft een eigen woning in Nunspeet
Met «Gijsje» (meisje, 7) is gesproken op school.
Vader noemt zijn broer «Hannes» 'de enige die ik vertrouw'.
ouderling «Van der Hoef» bezocht het gezin met de wijkouderling
De diaken, br. «Mulderij», regelt de financiële steun vanuit de gemeente.
Tijdens het huisbezoek was ook de zwager, «Aart Boonzaaijer», aanwezig.
«Boonzaaijer» heeft zich volgens moeder 'bemoeid met de opvoeding'.
Het meisje «Geertruida» (roepnaam «Truus») verblijft bij een gastgezin.
«Lammert» en «Klaasje» zijn de tweeling uit het tweede huwelijk.
Vader ontkent dat hij «Evertje» heeft geslagen.
Buurjongen «Jesse Vlastuin» heeft de jongste meegenomen naar de ijsbaan zonder toestemming.
Stiefmoeder «Gerdien» heeft de dagelijkse zorg.
«Wilma Jansen-Doornbos» is als netwerkpersoon aangewezen in het veiligheidsplan.
Pleegmoeder «Hennie» (netwerkpleeggezin in Elspeet) wil stoppen.
De opa van moederskant, «Arie Kieviet», is in oktober overleden.
«Kieviet» sr. liet een erfenisconflict na binnen de familie.
Betrokkene 2: «Abrha, Mebrat» (moeder), 34 jr.
Ex «Mohammed Y.» (ex-partner) mag het kind niet ophalen bij de opvang.
«Mohammed» (ex) dreigt via WhatsApp.
Casemanager «Ilse Bronkhorst» van het wijkteam belde op maandag met de school.
Leerkracht juf «Annelies» van groep 5 maakt zich zorgen.
De maatschappelijk werker van Eleos, «Jorien», heeft het gezin aangemeld.
Vader had op de «Grevers»-plaats een ruzie met zijn broer.
«Evert-Jan» (16) wil niet meer naar huis na de kerkdienst.
In de brief van de kerkenraad: 'Zuster «Hendrikje» is een zwakke vrouw en wij bidden voor haar.'
Dhr. «Van Asselt» (buurman) heeft de politie gebeld om 02:40 uur.
«van asselt» zag vader met een stuk hout in de tuin staan
Schoolleider «Gerritsen» van de Johannes Calvijnschool wil een gesprek.
«Nienke Top» is de nieuwe partner van vader en is zwanger.
Oom «Stoffer» haalt de jongens op zaterdag op voor het werk op de boerderij.
Moeder wil dat «Grietje» (14) stopt met school om mee te helpen in het huishouden.
«Feven» (12) vertaalt alles voor haar ouders, ook bij de huisarts.
«Dawit» en «Ruta» gaan naar de Prinses Julianaschool.
Opa «Hagos» woont nog in Eritrea en stuurt geld op.
Moeders zus, «Nour Al-Shami», woont in Harderwijk.
De man van het AZC-begeleidingsteam, meneer «Kassab», vertaalde.
«Sharmarke» (broer, 17) heeft een strafzaak lopen.
vader «Tavares» wil zijn naam niet op papier
Naast moeder was ook «Keesje Visscher» (buurvrouw) aanwezig bij het gesprek.
Onderwijsassistente «Tineke» heeft de blauwe plek gefotografeerd.
Betrokkene 1: «Abdullahi Hirsi Nuur», 41 jr, Somalische nationaliteit.
Als vertrouwenspersoon noemt J. de jeugdouderling «Jan-Willem Brons».
"""

BIRTHDATE = """Jeugdige: G. («14-02-2013»)
Het meisje is geboren op «3 maart 2017» in Ede.
geb. «21-7-'15» te Barneveld
Geboortedatum broertje: «2019-06-08»
Betrokkene 1: vader, geboren «11-09-1981» te Kootwijkerbroek.
| dochter 3 | «04.12.2020» | groep 2 |
D.o.b. vader «17/05/1988»
GEBOREN «9 JANUARI 2012» TE ASMARA
moeder werd op «2 november 1993» in Damascus geboren
Kindvolgsysteem: geboortedatum «20250614», AD 38+2 wk.
Zuigeling S. geb. «28 sept. 2025», gewicht bij geboorte 3120 g.
De jongste werd vorige kerst, «25-12-2024», geboren, volgens moeder thuis.
jeugdige(n): E. («12.10.2010») en W. (2016)
Geb.dat. «6 apr '14»
dob: «1-3-2009»
De tweeling is geboren op «30-01-2018».
Opa (geb. «1951-08-19») woont in bij het gezin.
Geboortedatum: «veertien mei 2011»
"""

ID_NUMBER = """Registratienummer BVH: «PL0600-2026318745» (huiselijk geweld)
Cliëntnummer Pluryn «PLR-448201»
Veilig Thuis dossiernr «VT-NOG-2026-04417» (moeder)
zaaknummer JBG «JBG/26/08813»
patiëntnummer Gelre «7720145»
BSN onbekend, V-nummer vader «2718340556»
Leerlingnummer op het Van Lodenstein College: «LN-30417»
kenmerk «2026/MUT/55183» bij de politie Oost-Nederland
paspoortnummer moeder «NW8K2R7P4»
Verblijfsvergunning document «EU9348712» (zoon)
Dossier Karakter «K-0981234» (oudste dochter)
Polisnummer zorgverzekering «ZV-60031829» (gezin)
GGNet cliënt «nr. 553102-B»
Registratie kindvolgsysteem JGZ: «KVS-2025-118742»
"""

ADDRESS = """Betrokkenen woonachtig «Stationsstraat 14A», Barneveld.
Huisbezoek op «Koningin Julianalaan 7» in Putten, vader niet thuis.
het gezin zit nu in een chalet op «Krimweg 103-12» (Kootwijkerbroek)
Opa woont op «Hoofdstraat 221» in Epe, daar gaan de kinderen naartoe.
Melding van geweld op adres «Laan van Osseveld 301 bis».
WOONWAGENSTANDPLAATS «ZWOLSEWEG 184-D», APELDOORN
Moeder is met de kinderen naar «Ericaweg 9» in Ermelo vertrokken.
| adres | «Sportlaan 46-II» |
De oom woont op «Dorpsstraat 2» in Lunteren.
Politie ter plaatse «Vaassenseweg 12 hs» om 21:37 uur.
vader verblijft bij een vriend aan de «Zuiderzeestraatweg 512» in Oldebroek
"""

POSTCODE = """Gezin verhuisd naar «3771 KR» Barneveld.
postcode: «7322pm»
woont in «3861 AH» Nijkerk bij zijn tante
VERBLIJFADRES MOEDER: «8081 GZ» ELBURG
Postcode ex-partner «6731BT», Otterlo.
De grootouders zitten in «3781 BE» (Voorthuizen).
| postcode | «7361 EZ» |
Tante heeft een huis in «3741 Ll», vlakbij het station.
Volgens de huurder staat het gezin ingeschreven op «8071 ZW».
Opvangadres moeder en kinderen: «6711 HV» Ede
vader staat nog ingeschreven op «3842 XB» in Harderwijk
"""

BSN = """BSN jeugdige: «{BSN1}»
bsn moeder «{BSN2}»
Burgerservicenummer vader: «{BSN3}»
BSN oma (voor de WLZ-aanvraag): «{BSN4}»
| BSN | «{BSN5}» |
Sofinummer / BSN van het middelste kind staat op het formulier: «{BSN6}»
bsn: «{BSN7}» (oudste zoon)
Het BSN «{BSN8}» hoort bij de jongste.
BSN VADER «{BSN9}»
burgerservicenr «{BSN10}» van de moeder
Aangevraagd bij de SVB onder nummer «{BSN11}» (BSN moeder).
"""

PHONE = """Moeder bereikbaar op «06-38817402».
tel vader «06 51 27 93 08»
Oma (Epe): «0578-621947»
nummer van de tante in Damascus: «+963 944 218 507»
BEREIKBAAR VIA «+31 6 2970 4413» (NA 18:00)
Melder belde vanaf «0342-418839» (vaste lijn buren).
| telefoon | «(055) 521 40 86» |
vader heeft een nieuw nummer: «+316-41203876»
Bel de buurvrouw op «0318 59 44 17» als moeder niet opneemt.
Gsm neef: «0031 6 11829364»
Somalisch nummer van opa: «+252 61 5538201»
"""

EMAIL = """Mail moeder: «hendrikjevdkolk@hotmail.com»
Vader mailt via «g.ruitenberg1979@kpnmail.nl».
contact oma: «lientje.pattiwael@ziggo.nl»
E-MAIL VADER: «AMMAR.SABBAGH88@GMAIL.COM»
| e-mail | «djamila.tavares@outlook.com» |
Het meisje heeft een account «feven.tes2012@gmail.com» dat vader controleert.
Ex-partner stuurt dreigmails vanaf «ruud_h_apd@live.nl».
De ouderling schrijft vanaf «e.ruitenberg@solcon.nl» namens de kerkenraad.
moeder gebruikt «hodan.w@yahoo.com» voor het contact met school
"""

IBAN = """Leefgeld wordt gestort op «{IBAN1}» (rekening moeder).
Rekeningnummer vader: «{IBAN2}»
IBAN oma: «{IBAN3}»
| rekening | «{IBAN4}» |
zakgeld van de oudste gaat naar «{IBAN5}»
BEWINDVOERDER BETAALT HUUR VIA «{IBAN6}»
Moeder laat de toeslag storten op «{IBAN7}» van haar zus.
De schuldeiser noemt de rekening «{IBAN8}» van vader.
Kinderbijslag komt binnen op «{IBAN9}».
"""

URL = """Oudste dochter plaatst filmpjes op «https://www.tiktok.com/@hendrikje.kolk»
Vader heeft een openbaar profiel: «facebook.com/ammar.sabbagh.ede»
Instagram van de ex: «https://instagram.com/ruud_hofstede_apd»
«www.youtube.com/@familiegrevers» (vlogs woonwagenkamp met de kinderen)
Snapchat jeugdige: «snapchat.com/add/feven_t12»
De vriend van moeder verkoopt spullen via «https://www.marktplaats.nl/u/ronald-brouwer/2210874»
"""
