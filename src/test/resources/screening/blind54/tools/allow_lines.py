# Hand-written ALLOW lines for blind set 54 (no personal data).
PLACE = """Het gezin woont sinds de zomer in Zelhem, daarvoor in Hummelo.
Vader is opgegroeid in Keijenborg en werkt nu in Halle.
Oma woont nog in Vorden, vlak bij de kerk.
de kinderen fietsen elke dag van Wichmond naar Vorden
Moeder komt uit Baak, de familie van vader uit Steenderen.
Verhuisd van Amsterdam-Noord naar een boerderij bij Bronckhorst.
Tante woont in Laren (Gld), niet in Laren NH.
Opvang geregeld bij de zus van moeder in Almen.
J. voetbalt in Barchem en traint ook in Ruurlo.
Vader werkt bij een loonbedrijf in Harfsen.
In Rekken heeft de familie nog een stuk land.
Het gezin is vanuit Haarlo naar Borculo verhuisd.
Geesteren en Gelselaar: daar wonen de ooms van moederskant.
De school van het jongste kind staat in Mariënvelde.
Oom melkt in Zieuwent, opa woont in Harreveld.
Vader is geboren in Meddo en heeft nooit ergens anders gewoond.
Zomervakantie doorgebracht in Kotten bij de grens.
gezin woont in het buitengebied tussen Ratum en Woold
Moeder werkt in de zorg in Bredevoort.
In IJzerlo is de familie bekend, iedereen weet het.
Het erf ligt aan de rand van Heelweg.
Westendorp is klein, de buren letten op.
Oma verhuist van Gaanderen naar een aanleunwoning in Terborg.
De ex van moeder woont in Wehl, tien minuten verderop.
Loil en Azewijn: daar liggen de twee pleeggezinnen uit het netwerk.
Vader werkt op de steenfabriek bij Lobith.
Gezin is uit Tolkamer vertrokken na de brand.
Herwen, Pannerden en Zevenaar: drie plekken waar de kinderen slapen.
VADER WOONT IN DE HUET, MOEDER IN OVERSTEGEN.
Na de scheiding woont moeder in Dichteren, vader bij zijn ouders in Silvolde.
Het gezin kwam in 2023 uit Aleppo via Ter Apel naar Winterswijk.
Vader werkt in Bocholt, de kinderen gaan in Dinxperlo naar school.
De familie van moeder woont in Isselburg en Anholt.
Beide ouders komen uit de regio Plovdiv en werken tijdelijk in Groenlo.
Moeder woont in Lichtenvoorde, vader in Gendringen, de kinderen in Ulft.
Het vakantieadres van opa is in Sivas (Turkije); ze gaan er ieder jaar heen.
De familie verhuisde van Zoetermeer naar het buitengebied van Eibergen.
J. logeert vaak in Neede bij de oma van zijn vriend.
zijn zus woont in Duiven, de andere zus in Westervoort
Wehl, Didam, Zevenaar: moeder heeft in drie jaar op drie plekken gewoond.
Vader rijdt elke dag naar Lochem voor zijn werk.
ouders hebben in Varsseveld een tweede huis gekocht
Moeder kwam uit Wrocław voor het seizoenswerk en bleef.
Hengelo (Gld) is waar de vader van de jongste woont.
Het kamp van vader is in Polen, bij Opole.
De wijk Heelweg-Oost kent veel jonge gezinnen.
Gezin komt oorspronkelijk uit Almere-Haven.
De oudste studeert in Arnhem en komt alleen in het weekend naar Aalten.
Moeder wil terug naar Deventer, waar haar moeder woont.
Ze gaan met de Pasen naar familie in Schöppingen.""".split('\n')

INSTITUTION = """J. zit op het Gerrit Komrij College in Winterswijk.
Aangemeld bij het Ulenhof College, locatie Doetinchem.
De jongste gaat naar de Sint Jozef school.
Zorgen gemeld door de Christoffelschool.
De Dr. Ariënsschool heeft de ouders uitgenodigd.
Oudste zit op het Marianum in Groenlo.
Het Assink Lyceum signaleerde schoolverzuim.
J. is met spoed opgenomen in het Slingeland Ziekenhuis.
SKB Winterswijk (Santiplein) heeft de verwondingen gezien.
Moeder is onder behandeling bij Gelre Zutphen.
Bevalling in Rijnstate Zevenaar, kraamzorg via Sensire.
Vader is aangemeld bij GGNet voor zijn somberheid.
De jongste woont doordeweeks op een groep van Pluryn.
Estinea begeleidt moeder bij de huishouding.
Zozijn biedt logeeropvang in het weekend.
Sensire Jeugdgezondheidszorg ziet de baby elke maand.
Vader is in behandeling bij Iriszorg voor zijn alcoholgebruik.
Melding bij Veilig Thuis Noord- en Oost-Gelderland.
Jeugdbescherming Gelderland voert de OTS uit.
Het Sociaal Team Doetinchem heeft het gezin in beeld.
Buurtzorg Jong komt twee keer per week.
Sité Woondiensten dreigt met ontruiming.
ProWonen heeft een overlastdossier geopend.
Wonion wil een gesprek over de huurachterstand.
Woonstichting De Woonplaats biedt een andere woning aan.
Politie Oost-Nederland, basisteam Achterhoek-West, heeft een zorgmelding gemaakt.
J. volgt een opleiding bij het Graafschap College.
Sint Ludger heeft de leerling doorverwezen naar het ZAT.
Melding via de huisartsenpraktijk in Zieuwent.
de moskee in De Huet helpt met voedselpakketten
De Protestantse Gemeente Aalten houdt een oogje in het zeil.
Vader traint bij VV Grol en kent daar iedereen.
J. speelt bij SV Halle.
Ze bezoeken de Ulu Camii in Doetinchem.
Schuldhulp via Stichting Schuldhulpmaatje Achterhoek.
Kinderopvang bij Humankind in Zelhem.
Het Ludgercollege in Doetinchem heeft J. geschorst.
Zorgboerderij De Hoop in Lievelde neemt J. twee dagen op.
Aanmelding bij Karakter Doetinchem loopt.
GGD Noord- en Oost-Gelderland doet het onderzoek.
Rechtbank Gelderland, locatie Zutphen, heeft de OTS uitgesproken.
De Raad voor de Kinderbescherming, regio Oost-Nederland, is gevraagd.
Stichting Thuis in de Achterhoek biedt maatjes.
J. is op de wachtlijst bij Lindenhout.
vader werkt bij Vion in Groenlo
Moeder werkt in de bloemenwinkel De Roos aan de markt.
Het COA in Winterswijk heeft het gezin overgedragen aan de gemeente.
Moeder bezoekt Inloophuis De Kapel in Doetinchem.
Bureau Halt Oost-Nederland heeft een taakstraf opgelegd.
Vluchtelingenwerk Oost Nederland helpt met de gezinshereniging.""".split('\n')

EVENT_DATE = """Op 14-03-2026 was er een incident in de schuur.
Melding Veilig Thuis ontvangen op 02-06-2026.
ZAT-overleg van 12-11-2026: leerling besproken.
De politie kwam op 28-02-2026 na een melding van de buren.
opname Slingeland 17/08/2026, ontslag twee dagen later
Huisbezoek gepland op 3 december 2026.
Sinds 21 sept 2025 woont vader niet meer thuis.
Het consult bij het consultatiebureau was op 05-06-2026.
De baby had op 9-11-2026 de controle van acht weken.
OTS uitgesproken op 2025-10-23 voor een jaar.
Schorsing van 1 tot en met 3 april 2026.
Evaluatie VHT op dinsdag 24-11-2026.
Ontruiming aangekondigd voor 15.01.2027.
Uithuisplaatsing met spoed op 26 december 2025.
Trainer meldde het op za 7-11 na de wedstrijd.
Op 12-12-2025 is moeder opgenomen bij GGNet.
Bespreking in het VHT op do 19 november.
Leerplicht heeft op 30-9-2026 een proces-verbaal opgemaakt.
Gesprek met de Raad op 4 mei 2026.
Sinds 20260605 geen contact meer met vader (datum logboek).
Eerste melding in het systeem staat op 23-10-2024.
Vechtpartij na carnaval, op 4 maart 2025.
Op 1 apr '26 is J. weggelopen.
Verhuizing per 1-1-2027.
De brand op de boerderij was op 13 juli 2025.
Verslag van het ZAT van 08-10-2026 is bijgevoegd.
Kermis Groenlo (Zomercarnaval) 2026: daar ging het mis.
Zitting rechtbank 10.12.2026 om 10.30 uur.
De aangifte is op 27-10-2026 gedaan bij het bureau in Doetinchem.
Het intakegesprek bij Pluryn is op 16/11/2026 geweest.""".split('\n')

PROFESSIONAL = """Inbrenger: Hanneke Ooink, jeugdconsulent, Sociaal Team Doetinchem
Vaste deelnemer: Berend Harbers, Sociaal Team Doetinchem
Gedragsdeskundige geraadpleegd: Aysel Koçak, orthopedagoog, Jeugdbescherming Gelderland
Inbrenger: Ruud Tiemessen, gezinsvoogd, Jeugdbescherming Gelderland
Vaste deelnemer: Marieke Klein Holkenborg, Veilig Thuis Noord- en Oost-Gelderland
De jeugdarts van de GGD heeft J. gezien.
gezinsvoogd van Jeugdbescherming belt morgen terug
De mentor en de zorgcoördinator waren aanwezig.
Aanwezig: mentor, zoco, leerplichtambtenaar, schoolmaatschappelijk werk, jeugdverpleegkundige.
Afwezig: wijkagent (met bericht).
De huisarts is op de hoogte gebracht.
Trainer JO15 heeft het signaal doorgegeven aan het bestuur.
De kraamverzorgende van Sensire zag de blauwe plek.
De wijkagent van Winterswijk-Oost is betrokken.
Actiepunt zorgcoördinator: contact met leerplicht voor vrijdag.
De behandelaar van GGNet adviseert een gezinsgesprek.
Schoolmaatschappelijk werker neemt contact op met moeder.
De ambulant begeleider van Estinea komt op maandag.
Inbrenger: Selin Yavuz, casemanager, Veilig Thuis Noord- en Oost-Gelderland
Vaste deelnemer: Wouter Lansink, gemeente Oost Gelre
Gedragswetenschapper geraadpleegd: Jolanda Rensink-Bos, GZ-psycholoog Sociaal Team Doetinchem
De beschermingsonderzoeker van de Raad is aangesloten.
de jeugdconsulent van de gemeente Aalten belde met vader
De tolk Arabisch was via de telefoon aanwezig.
Actiepunten: mentor belt ouders vóór 20-11; zoco meldt bij leerplicht.
De consulent van Sité Woondiensten is bereid mee te denken.
De verpleegkundig specialist van het Slingeland heeft het gemeld.
De voorzitter van het VHT vraagt om een aanvulling.
Inbrenger: Thijs Bouwmeester, jeugdregisseur, gemeente Montferland
De wijkverpleegkundige van Buurtzorg Jong komt dagelijks.""".split('\n')

AGE = """J. is 14 jaar en zit in 2 havo.
De baby is 8 weken oud.
Oma is 82 en woont nog zelfstandig op het erf.
broertje van 6, zusje van 3
De kinderen zijn 11, 9 en 4 jaar.
M. (15 jaar) wil zelf gehoord worden.
Vader is 47, moeder 31.
Leeftijd jeugdige: 16 jaar.
De jongste is anderhalf.
J. (13) voetbalt al sinds zijn zesde.
Opa is in de tachtig en spreekt alleen Achterhoeks.
Moeder was 17 toen ze zwanger raakte.
D. wordt in maart 12.
De tweeling is 7 jaar oud.
halfbroer van 19 woont nog thuis
De jongen van 10 zorgt voor zijn zusjes.
Kind is nu 2 jaar en 3 maanden.
Zus is 21 en woont in Arnhem.
J. werd op zijn 12e voor het eerst gepest.
Leeftijden: 17, 15, 12, 8 en 5.""".split('\n')

ORG_NUMBER = """Veilig Thuis is bereikbaar via 0800-2000.
Bij direct gevaar altijd 112 bellen.
KvK Sociaal Team: 09185673.
AGB-code praktijk 94012355
Casenummer VHT-2026-0142.
Bel de Kindertelefoon: 0800-0432.
Zorgmelding politie via 0900-8844.
113 Zelfmoordpreventie is met J. besproken (0800-0113).
Methylfenidaat 2 dd 10 mg, sinds de zomer.
ARIJ-score 7 van 10.
Gemeentelijk nummer 14 0314 voor het Sociaal Team.
KvK-nummer zorgboerderij 08123458.
AGB 01234567 (Slingeland)
Vervolg op VHT-2025-0387.
Week 47: evaluatie.
Score inbrenger 4, moeder 7.
Quetiapine 25 mg voor de nacht.
Artikel 1:255 BW is van toepassing.
KvK 09145670 Stichting Thuis in de Achterhoek
Vervolgbespreking van VHT-2026-0042.""".split('\n')
