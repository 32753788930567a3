# Hand-written ALLOW lines for blind72 (no personal data).
PLACE = r'''
Vader woont sinds de scheiding in Laren, moeder is in Almen gebleven.
De kinderen logeren in de vakanties bij de grootouders in Eefde.
gezin is verhuisd van Wilp naar Emst komma dat was in de zomer punt
Oom woont in Oene en heeft daar een melkveebedrijf.
Moeder werkt in de kassen bij Teuge.
J. fietst elke dag van Bathmen naar Deventer.
Het vakantiepark ligt tussen Epse en Joppe.
De familie komt oorspronkelijk uit Harfsen.
Opa en oma wonen in Vorden, de tante in Hengelo (Gld).
Vader is opgegroeid in Baak en Steenderen.
Het kerkelijk netwerk zit in Voorst en Empe.
M. zat eerder op school in Tonden.
Het gezin verhuisde van Heeten naar Nieuw Heeten.
Ze hebben een caravan op een camping bij Wesepe.
pleeggezin woont in Diepenveen
Oma heeft een huis in Lettele, vlak bij de kerk.
Vader logeert bij kennissen in Okkenbroek.
Schalkhaar is volgens moeder de enige plek waar ze rust heeft.
Moeder is opgegroeid in de Rivierenwijk en wil daar niet weg.
In Keizerslanden wordt K. lastiggevallen door oudere jongens.
Het gezin woont in Zandweerd, vlak bij de IJssel.
De kinderen gaan naar school in Borgele.
Tante woont in De Hoven, aan de overkant van de rivier.
Broer woont in Colmschate en komt weinig.
De familie uit het Waterkwartier is bekend bij de wijkagent.
Leesten en De Mars zijn de wijken waar het gezin eerder woonde.
Oma woont in Warnsveld en rijdt zelf nog auto.
Moeder is met de baby naar Gorssel gegaan.
VADER WOONT IN BARCHEM, MOEDER IN LOCHEM.
Het gezin is afkomstig uit Eritrea en woonde eerst in een azc in Zweeloo.
De oom woont in Asmara; de vader zit nog in Khartoum.
Vader is geboren in Ambon, moeder in Tiel; ze wonen nu in Deventer.
Moeder reist elk jaar naar Nador in Marokko.
De familie van vader woont in Kayseri en Konya.
Leuvenheim en Eerbeek liggen te ver uit elkaar voor de dagelijkse opvang.
De pleegouders wonen in Klarenbeek en Terwolde.
Het gezin woont in Twello, maar moeder werkt in Apeldoorn.
In Vaassen zijn geen plekken meer bij de kinderopvang.
Olst-Wijhe valt onder het werkgebied van Veilig Thuis IJsselland.
Raalte en Heino worden door de wijkagent samen gedaan.
L. hangt vaak rond bij het station in Zutphen en bij de Welle in Deventer.
broer zit in Duitsland komma ergens bij Bocholt punt
Vader heeft een tijd in Antwerpen gewoond.
Moeder wil terug naar Brummen omdat haar zus daar woont.
De kinderen mogen met oma mee naar Schiermonnikoog.
we zitten in de Stedendriehoek komma dus Deventer Zutphen Apeldoorn punt
Grootouders wonen in Hoog Soeren.
De familie is verhuisd naar Posterenk, een buurtschap bij Voorst.
Moeder verblijft tijdelijk in de opvang in Ede.
Het gezin is in de zomer naar Wijhe verhuisd.
'''

INSTITUTION = r'''
J. zit in 3 havo op het Etty Hillesum Lyceum, locatie De Boxbergen.
K. gaat naar het Baudartius College in Zutphen.
De oudste zit op het Isendoorn College in Warnsveld.
Het Stedelijk Zutphen heeft verzuim gemeld bij de leerplicht.
M. is aangemeld bij de Alexander Hegius in Deventer.
Zus zit op het Ludgercollege in Doetinchem.
De kleintjes gaan naar basisschool Sint Jozef.
Moeder werkt in de schoonmaak bij Carmel College Salland.
Baby is opgenomen in het Deventer Ziekenhuis.
De SEH van Gelre ziekenhuizen Zutphen heeft een melding gedaan.
Vader is in behandeling bij Dimence in Deventer.
Moeder krijgt EMDR bij GGNet in Warnsveld.
Tactus verslavingszorg begeleidt vader ambulant.
M. woont op een leefgroep van Pluryn.
Trajectum doet de diagnostiek bij vader (LVB).
Jeugdbescherming Overijssel voert de OTS uit.
Jeugdbescherming Gelderland is betrokken bij het jongste kind.
Veilig Thuis IJsselland heeft de melding doorgezet.
Veilig Thuis Noord- en Oost-Gelderland doet het onderzoek.
De Raad voor de Kinderbescherming Zwolle start een beschermingsonderzoek.
Sociaal Team Deventer heeft de regie.
Het Sociaal Wijkteam Zutphen biedt praktische hulp.
Ieder1 heeft de huurachterstand gemeld.
Woonbedrijf ieder1 wil de woning laten ontruimen.
Rentree begeleidt moeder bij haar psychiatrische klachten.
Politie Oost-Nederland heeft de zorgmelding gemaakt.
Moeder volgt een opleiding bij Saxion.
JGZ van de GGD IJsselland doet de consulten.
Het CJG Zutphen heeft de baby in zorg.
De Kinderopvang Humanitas in Colmschate ziet dat de peuter vaak honger heeft.
Vluchtelingenwerk Oost Nederland helpt bij de gezinshereniging.
Het COA heeft het gezin in Zutphen gehuisvest.
De Molukse kerk in Deventer heeft een netwerkberaad georganiseerd.
De hersteld hervormde gemeente in Barchem biedt steun.
De Ulu Camii in de Rivierenwijk is een steunbron voor vader.
Moskee Al Ummah in Deventer heeft een imam die bemiddelt.
Het Leger des Heils in Zutphen verzorgt de maaltijden.
SVMK Sociale Raadslieden helpt met de schulden.
DE STADSBANK OOST NEDERLAND DOET DE SCHULDHULP.
Moeder krijgt hulp van Jonge Moeders Deventer.
Het Wilhelmina Kinderziekenhuis heeft de baby onderzocht.
Het Sophia Kinderziekenhuis gaf een second opinion.
Baby gaat naar peuteropvang De Hoge Hoed.
Ambiq doet de behandeling van L.
Karakter is gevraagd voor diagnostiek.
Moeder gaat naar de Ambiq-locatie in Apeldoorn.
De Stentor schreef over het incident, het Zorg- en Veiligheidshuis IJsselland is ingeschakeld.
De Raad van Kerken in Lochem wil helpen met vervoer.
Het Dr. Leo Kannerhuis in Doorwerth is gevraagd voor advies.
Antonius Gasthuis zorgt voor de dagbesteding van opa.
'''

EVENT_DATE = r'''
Op 14-11-2026 is de politie voor de derde keer geweest.
consult 14 maanden op 03-02-2026 dubbele punt gewicht P50 komma lengte P25 punt
Vaccinatie BMR gegeven op 12 februari 2026 (consult 14 mnd).
De zorgmelding is van 2 november 2026.
Huisbezoek was op dinsdag 17-11-2026 om 10.00 uur.
op 11 november 2026 is de baby opgenomen komma dat was een dinsdag punt
Het huisverbod ging in op 13-10-2026 en loopt tot 23-10-2026.
Incident 21/09/2026: vader sloeg met zijn vuist door de ruit.
Consult 4 maanden op 29-09-2026: groeicurve afbuigend, van P50 naar P15.
Bespreking in het VHT gepland op donderdag 3 december 2026.
Aanmelding Jonge Moeders was op 2026-08-31.
De overdracht van de kraamzorg naar het CJG was op 14 maart 2026.
Op vijf oktober tweeduizend zesentwintig heeft moeder gebeld punt
De BOS-beschikking loopt af op 12-12-2026.
Het incident op de camping vond plaats op 30-07-2026.
Op 9 april 2026 is K. ingeschreven bij de nieuwe school.
In week 45 is er een netwerkberaad geweest.
Vader is op 01-10-2026 vrijgelaten.
De hielprik werd gedaan op 19-03-2026 (consult in het ziekenhuis).
Op 28 oktober 2026 heeft Veilig Thuis het onderzoek afgerond.
Vanaf 1 januari 2027 gaat de voogdij over.
Rond kerst 2025 is de situatie geëscaleerd.
Eerste consult consultatiebureau was op 22-04-2026.
De OTS is uitgesproken op 15-09-2026 voor een jaar.
Laatste contact met de gezinsvoogd was op 12 nov.
VACCINATIE MENINGOKOKKEN ACWY OP 10-11-2026.
De ruzie was op 31 december 2025 rond middernacht.
Moeder kreeg op 04-08-2026 de sleutel van de nieuwe woning.
Het gesprek bij de rechtbank Overijssel was op 24-11-2026.
Op zondag 15 november 2026 stond J. bij de pleegouders op de stoep.
'''

PROFESSIONAL = r'''
De jeugdarts van de GGD heeft de groei besproken met moeder.
Inbrenger: Ingrid Wansink, gezinscoach, Sociaal Team Deventer
Vaste deelnemer: Rachid Azzouz, Sociaal Wijkteam Zutphen
Gedragsdeskundige geraadpleegd: Marloes ten Have, orthopedagoog Jeugdbescherming Overijssel
De gezinsvoogd van Jeugdbescherming Gelderland is op de hoogte gebracht.
Inbrenger dubbele punt Niels Brouwer komma casemanager komma Veilig Thuis IJsselland
de wijkagent van Rivierenwijk weet ervan
De verloskundige heeft zorgen over de hechting.
De jeugdverpleegkundige van het CJG ziet moeder elke twee weken.
Vaste deelnemer: Esra Güler, Veilig Thuis Noord- en Oost-Gelderland
Gedragswetenschapper geraadpleegd: ja, Bart Wennink (GZ-psycholoog Pluryn)
De mentor van school heeft de signalen gemeld.
De huisarts heeft vader doorverwezen naar Tactus.
Raadsonderzoeker van de RvdK doet het onderzoek.
De kraamverzorgster zag dat moeder de baby liet huilen.
De ambulant hulpverlener van Rentree komt twee keer per week.
Inbrenger: Saskia Klein Velderman, jeugdconsulent, gemeente Lochem
De leerplichtambtenaar van Zutphen heeft een proces-verbaal opgemaakt.
De pleegzorgbegeleider merkt dat D. terugvalt na bezoek.
de imam van de moskee bemiddelt tussen de families
De ouderling van de kerk komt wekelijks langs.
Vaste deelnemer: Tim Haverkamp, gemeente Voorst
De woonconsulent van ieder1 heeft een gesprek gehad.
De tolk Tigrinya was aanwezig bij het gesprek.
De behandelaar van Dimence geeft aan dat vader stabiel is.
Inbrenger: Nadia Bouzidi, jeugdbeschermer, Jeugdbescherming Overijssel
De kinderarts van Gelre Zutphen ziet geen medische verklaring.
De schuldhulpverlener van de Stadsbank is gestart.
Gedragsdeskundige geraadpleegd: Lotte Huisman, gedragswetenschapper Sociaal Team Deventer, op 10-11-2026
De bewindvoerder beheert het leefgeld.
'''

AGE = r'''
J. is 14 jaar en zit in de tweede klas.
Moeder was zestien bij de geboorte van haar eerste kind.
De baby is nu 14 maanden en loopt nog niet.
Peuter van 2,5 jaar praat nauwelijks.
Vader is 47 en moeder 29.
oudste zoon is 17 komma bijna 18 punt
De pleegzus is twaalf jaar.
Oma is 82 en kan niet meer oppassen.
K. wordt volgende maand 13.
De tweeling is 8 jaar.
Moeder is 19 en woont in een Kamertraining-huis.
Zoon van 15 wordt opgevangen door de buurt.
De jongste is 6 weken oud.
Volgens vader is hij 16, de papieren zeggen 17.
L. (15) zegt dat ze niet meer naar huis wil.
Baby van 9 maanden zit op P3 voor gewicht.
De jongens zijn 10, 12 en 14 jaar.
MOEDER IS 34, VADER 38.
Het zusje is net vier geworden.
R. is 11, maar gedraagt zich als een kind van 7.
'''

ORG_NUMBER = r'''
Veilig Thuis is 24/7 bereikbaar op 0800-2000.
Bij acuut gevaar belt moeder 112.
Het VHT-nummer is VHT-2026-0187.
KvK-nummer van de pleegzorgaanbieder: 41027315.
AGB-code van de praktijk: 94012385.
methylfenidaat 2 dd 10 mg
Vader gebruikt 60 mg methadon per dag.
De Kinderlijn is gratis via 0800-0432.
Het Sociaal Team Deventer is bereikbaar op 14 0570.
gemeente Zutphen via 14 0575
De score op de ARIJ was 3 van de 10.
Huurachterstand is € 4.350,-.
Op de EPDS scoorde moeder 16 punten.
Vader kreeg een boete van € 450 van het CJIB.
Vorige VHT-casus: VHT-2025-0093.
Groeicurve: gewicht P25, lengte P50, hoofdomtrek P75.
Paracetamol 240 mg zetpil, 3 keer daags.
Baby drinkt 6 x 150 ml per dag.
De crisisdienst jeugd is bereikbaar via 0800-9844.
VHT-2026-0211 was de eerste bespreking, nu vervolg.
'''
