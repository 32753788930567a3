# Hand-written ALLOW lines (no personal data).
PLACE = r"""
Gezin is verhuisd van Beerta naar Nieuwolda.
vader werkt in Wagenborgen bij de zorginstelling
opa komt oorspronkelijk uit Zuidbroek
Moeder groeide op in Muntendam, later Meeden.
kinderen gaan naar school in Noordbroek
Oma woont nog in Harkstede, vlak bij het meer.
verhuisd naar Ten Boer na de versterking
Broer zit op kamers in Bedum.
Vader pendelt tussen Ter Apelkanaal en Emmen.
1. Leerling woont sinds kort in Blijham.
Contact met de familie in Wedde en Onstwedde.
ZANDBERG - wisselwoning geplaatst achter de kerk
Het gezin kampeerde deze zomer bij Harpel.
vader zit in een caravan in Veele
Betrokkene 1 verblijft in Jipsinghuizen, bij een werkgever.
opgegroeid in Pekela, zoals ze zelf zegt
Mutatie: ruzie op straat in Bellingwolde.
Moeder heeft familie in Vlagtwedde en Sellingen.
Ze waren op vakantie in Bulgarije (Plovdiv).
vader is gevlucht uit Syrië, via Turkije en Griekenland
Familie woont nog deels in Eritrea en Ethiopië.
Oom woont in Leer, Ostfriesland.
Tante werkt in Bunde, net over de grens.
Gezin komt uit Opwierde, nu wisselwoning in Tuikwerd.
wijk Noorderhoogebrug, Delfzijl
De school staat in Loppersum.
moeder heeft werk gevonden in Uithuizen
Kinderen logeren bij familie in Appingedam.
Vader verhuist naar Kiel-Windeweer.
Oude Pekela -> Nieuwe Pekela, verhuizing in mei
Wonen sinds 2023 in Slochteren, daarvoor Siddeburen.
In Hoogezand-Sappemeer is geen plek op de BSO.
Moeder gaat wekelijks naar Musselkanaal voor werk.
Midwolda / Finsterwolde: beide opa's en oma's
oudste woont bij vrienden in Scheemda
Gezin woonde eerder in Gdańsk en daarna in Winschoten.
vader rijdt op vrachtwagen naar Polen en Roemenië
de familie is naar Duitsland vertrokken (Oost-Friesland)
WINSCHOTEN-NOORD, flat aan de rand van de wijk
kinderen zwemmen in Veendam
Vader zit vast in Zwolle.
moeder verblijft tijdelijk in Stadskanaal
Broer zit in Groningen (stad), wijk Beijum.
Mutatie Oldambt: vechtpartij bij de haven van Delfzijl.
oma in Termunten wil helpen
ze is uit Ter Apel doorgestuurd naar het AZC in Musselkanaal
familie in Farmsum en Heveskes
Stiefvader komt uit Weiwerd.
op bezoek bij familie in Emden
Het gezin zit in Hoogezand, wijk Gorecht.
""".strip().split('\n')

INSTITUTION = r"""
Leerling zit op het Dr. Aletta Jacobs College in Hoogezand.
Oudste doet de opleiding bij het Winkler Prins in Veendam.
Ubbo Emmius, locatie Stadskanaal: verzuimmelding gedaan.
Dollard College meldt dat hij drie weken niet is geweest.
zus zit op het Reitdiep College
Bevalling in het Martini Ziekenhuis, daarna naar huis.
baby gaat naar Wilhelmina kinderopvang, 2 dagen
Menso Alting heeft een zorgplan opgesteld.
Ommelander Ziekenhuis Groningen (Scheemda): SEH-bezoek met pols.
UMCG kinder-EHBO heeft letsel gezien en VT ingelicht.
Accare Winschoten start traumabehandeling.
Lentis (Jonx) doet diagnostiek bij moeder.
GGZ Drenthe heeft vader in zorg (Assen).
VNN Winschoten: vader heeft intake gehad.
Jeugdbescherming Noord heeft de OTS.
Veilig Thuis Groningen heeft een onderzoek gestart.
WIJ Groningen is betrokken bij de oudste.
Sociaal Team Oldambt doet de schuldhulp.
Kwartier Zuid (Veendam) neemt de gezinsbegeleiding over.
Acantus regelt de urgentie voor een woning.
oma woont in een complex van Woonzorg Nederland
Zorggroep Meander biedt thuiszorg aan opa.
Politie Noord-Nederland, team Oldambt, maakte de zorgmelding.
School valt onder OOG (Openbaar Onderwijs Groningen).
VCPO Noord-Groningen heeft de leerplicht ingeschakeld.
Nationaal Coördinator Groningen heeft het huis afgekeurd.
Instituut Mijnbouwschade Groningen betaalt de wisselwoning.
De kinderen zitten op de Koningin Wilhelminaschool in Hoogezand.
Basisschool De Vlonder meldt verzuim.
Rechtbank Noord-Nederland, locatie Groningen, behandelt het verzoek.
Raad voor de Kinderbescherming Groningen doet onderzoek.
Leger des Heils Noord biedt beschermd wonen.
Vader bidt in de moskee in Winschoten.
Moeder zit in het koor van de Gereformeerde Kerk Vrijgemaakt.
oudste voetbalt bij VV Pekelder Boys
Het Hogeland College in Uithuizen meldt verzuim.
COA-locatie Musselkanaal begeleidde het gezin tot de woning.
VluchtelingenWerk Noord-Nederland helpt bij gezinshereniging.
Humanitas Thuisadministratie doet de post.
Kredietbank Groningen neemt het bewind over.
Jeugdarts van GGD Groningen zag groeiachterstand.
Cosis (voorheen Noorderbrug) begeleidt moeder.
Elker zorgt voor ambulante jeugdhulp.
Yorneo heeft een pleeggezin gevonden.
de Trajectum-groep in Zuidlaren
Moeder krijgt hulp van Interakt Contour.
Voedselbank Oldambt levert elke vrijdag een pakket.
het Ommelander Ziekenhuis verwees naar het UMCG
Prins Claus School (so) heeft een plek per augustus.
Pieter Smitschool in Wagenborgen wil verwijzen.
""".strip().split('\n')

EVENT_DATE = r"""
[12-03-26 14:02] IB'er: moeder is niet op de afspraak verschenen.
Mutatie d.d. 14-03-2026 23:40 uur: huiselijk geweld.
Op 3 februari 2026 aangifte gedaan.
Huisbezoek op 2026-02-17 samen met de wijkagent.
Opname in de kliniek op 11.01.2026.
Zorgmelding school ontvangen 09-02-2026.
1. Op 20-01-2026 kwam de leerling huilend binnen.
Baby had consultatiebureau op 5-3-2026 (groeicurve vlak).
Verhuisd naar de wisselwoning op 1 oktober 2025.
Incident op 23/02/2026 in de supermarkt.
VHT-bespreking gepland op di 24-3-2026.
OTS uitgesproken op 15-12-2025.
Politie ter plaatse op 28 feb. 2026.
Vader aangehouden op 01-03-2026, heengezonden 02-03-2026.
Kennismaking op 4/3/'26 met het Sociaal Team.
Laatste contact met vader: kerst 2025.
Schade-opname NCG: 12 november 2025.
Huisarts zag moeder op 19.02.26 met blauw oog.
Datum melding VT: 2026-03-02
Sinds week 9 geen contact meer.
Gesprek leerplicht op vrijdag 13 maart 2026.
Crisisopvang van 22-02-2026 t/m 25-02-2026.
Het kind is op 7 januari 2026 weer naar school gegaan.
Ontslag uit het UMCG op 30-1-2026.
Evaluatie veiligheidsplan 31-03-2026.
[15-03-26 21:10] VT: bericht ontvangen, ik bel morgen.
Vechtpartij 16-02-2026 bij de haven.
Tolkgesprek op 10-02-2026 (Tigrinya).
Zitting rechtbank 14-04-2026.
verhuisdatum: 1 mei 2026
""".strip().split('\n')

PROFESSIONAL = r"""
Inbrenger: Marjolein Veltkamp, gezinscoach, Sociaal Team Oldambt
Vaste deelnemer: Sjoerd Meijering, Veilig Thuis Groningen
Gedragsdeskundige geraadpleegd: Ja, Annemiek Tiesinga, orthopedagoog Accare
Inbrenger: Yusuf Karaca, jeugdbeschermer, Jeugdbescherming Noord
Vaste deelnemer: Hilda Bakema-Luiten, WIJ Groningen
Gedragswetenschapper geraadpleegd: Nee
de IB'er van de school heeft de zorgmelding gemaakt
[12-03-26 14:05] gezinsvoogd JBN: ik zit in een zitting, bel om 4
[12-03-26 14:07] Wijkagent team Oldambt: huis is leeg, buren weten niks
de jeugdverpleegkundige van GGD Groningen was bij het huisbezoek
Melder: leerkracht groep 7
Verbalisant: hoofdagent team Oldambt
De huisarts in Scheemda belt het Sociaal Team.
De casusregisseur van Veilig Thuis is op de hoogte.
Ambulant begeleider van Kwartier Zuid gaat twee keer per week.
De tolk Tigrinya was telefonisch aanwezig.
de psychiater van Lentis schreef medicatie voor
Mentor en zorgcoördinator van het Dollard College zijn betrokken.
Consulent schuldhulp van de Kredietbank heeft het dossier.
De verloskundige heeft zorgen over de baby.
gedragswetenschapper van het Sociaal Team las de kaart mee
Vaste deelnemer: Nadia Boulahrouz, Sociaal Team Oldambt
Inbrenger (naam, functie, organisatie): Gert-Jan Wubs, IB'er, OBS De Bongerd (OOG)
Gedragsdeskundige geraadpleegd: Ja, Renske Heuving (GZ-psycholoog, Elker)
de woonconsulent van Acantus meldde geluidsoverlast
Maatschappelijk werker van het COA heeft de familie begeleid.
De leerplichtambtenaar van Oldambt heeft een proces-verbaal opgemaakt.
[14-03-26 09:20] IB'er: melding naar VT is verstuurd
de arts van het AZC zag littekens
Voorzitter VHT belt de Raad.
""".strip().split('\n')

AGE = r"""
Jongen van 14 jaar, rookt al twee jaar.
Moeder is 19 en had haar eerste kind op 16.
de tweeling is 6
T. (10 jaar) komt zonder eten naar school.
Oma is 82 en kan de kinderen niet meer opvangen.
Broertje van 3 maanden.
vader (44) werkt in ploegen
Oudste, 17, wil op kamers.
1. Leerling, 8 jaar, plast weer in de broek.
Baby, 6 weken oud, ligt in de box.
Betrokkene 1: man, ca. 35 jaar
Kinderen zijn 2, 5 en 11 jaar.
Opa (76) spreekt alleen Gronings.
jeugdige is twaalf en mag meepraten
L. is 15 jaar en wil niet naar huis.
Zus van 21 woont in Groningen.
vader is begin veertig
Meisje, 13 jaar, heeft een oudere vriend van 19.
moeder (29) en vriend (24)
A. wordt volgende maand 18.
""".strip().split('\n')

ORG_NUMBER = r"""
Veilig Thuis: 0800-2000
Bij acuut gevaar: 112
Kindertelefoon 0800-0432
113 Zelfmoordpreventie gebeld: 0800-0113
Politie (geen spoed): 0900-8844
VHT-2026-0031 (vervolg op eerste inbreng)
zaak VHT-2025-0147 is gesloten
KvK Sociaal Team: 61284172
AGB-code Accare: 73730311
AGB huisartsenpraktijk 01054812
methylfenidaat 3 dd 10 mg
Veiligheidsscore 3 (inbrenger), moeder 7
ARIJ: risico 9, beschermend 4
Schuld ca. 23.450 euro bij 14 schuldeisers.
Gemeente Oldambt: 14 0597
KvK-nr Kwartier Zuid 01095381
Wisselwoning nr. 47 op het tijdelijke terrein.
Promille 1,8 volgens de blaastest.
Lijn 73 naar Winschoten rijdt niet 's avonds.
De fysio gaf 12 behandelingen.
""".strip().split('\n')
