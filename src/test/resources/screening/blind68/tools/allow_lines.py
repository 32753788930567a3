# -*- coding: utf-8 -*-
# ALLOW lines for blind68 (no personal data of the family).
PLACE = r'''
Gezin is in 2024 verhuisd van Den Horn naar Noordhorn.
vader is opgegroeid in Oldehove, moeder in Niehove
De jongens spelen voetbal in Feerwerd en Ezinge.
oma woont in Garnwerd vlak bij het Reitdiep
Wisselwoning staat in Loppersum, het eigen huis in Wirdum wordt versterkt.
moeder werkt in een kaasfabriek in Oostwold
Bijzonderheden: J. gaat met de schoolbus van Lettelbert naar Leek.
het gezin woonde eerder in Midwolde, daarna in Nuis
de tante in Niebert heeft een paardenstal
OPVANG BIJ FAMILIE IN OPENDE
Vader heeft een loods in Visvliet, daar slaapt hij soms.
De kinderen gingen vroeger naar de peuterspeelzaal in Kommerzijl.
moeder is uit Lauwerzijl weggegaan na de scheiding
Schoolreisje naar de zeehondencrèche in Pieterburen ging niet door.
vader heeft een melkveebedrijf tussen Usquert en Rottum
de schade aan het huis in Stedum is door de aardbeving van Huizinge ontstaan
woonplaats: Garrelsweer
Woltersum, Thesinge en Garmerwolde vallen onder de gemeente Groningen
De boerderij ligt bij Bierum, de dichtstbijzijnde winkel is in Spijk.
oom en tante wonen in Godlinze en Holwierde
moeder is na het incident naar een vriendin in Farmsum gegaan
de jongste zit op een speciale school in Tjuchem
Vader woont tijdelijk in Hoogezand, zijn broer in Sappemeer.
Gezin komt oorspronkelijk uit Asmara (Eritrea) en woont sinds 2022 in Delfzijl.
ouders zijn gevlucht uit Aleppo en via Turkije in Ter Apel aangekomen
de vader van de kinderen woont in Emden, net over de grens
Ex-partner is verhuisd naar Leer in Ostfriesland.
Omgang vond plaats in Aurich, bij de oma van vaderskant.
OPA EN OMA WONEN IN ZOUTKAMP, OOM IN NIEKERK
kind fietst elke dag van Doezum naar Grootegast
Bijzonderheden: de kinderen logeren in het weekend in Aduard.
moeder is opgegroeid in Baflo en wil daar terug
we zijn verhuisd van uithuizen naar uithuizermeeden ivm de versterking
Het gezin woont in de Delfzijlse wijk Noord, in een flat van de woningcorporatie.
De wisselwoningen staan aan de rand van Appingedam.
vader werkt in de Eemshaven en is vaak weg
moeder gaat graag naar Winsum, daar woont haar vriendin
Tolbert is een dorp bij Leek, daar woont de oudste nu
de kinderen zijn in Marum en in Zuidhorn op school geweest
Middelstum en Eenrum zijn in het gesprek genoemd als mogelijke plek voor pleegzorg.
oma vertelde dat ze 'uut Ten Boer' komt en nooit ergens anders heeft gewoond
Warffum: daar gaan ze naar het Op Roakeldais-festival
Familie in Syrië (Homs) is niet bereikbaar.
Moeder wil naar haar zus in Duitsland, ergens bij Oldenburg.
Kinderen gaan om de week naar vader in Bedum.
Er is weer wat hoop: een gastgezin in Kloosterburen wil de jongste opvangen
Uitstapje naar Lauwersoog met de Sociaal Team-vrijwilliger.
vader rijdt vee naar de veemarkt in Leeuwarden
De familie komt uit het Westerkwartier en woont nu in Groningen-Stad (Selwerd).
Het gezin heeft twee jaar in Eritrea en een jaar in Soedan (Khartoum) gewoond.
'''
INSTITUTION = r'''
J. is opgenomen geweest in het Martini Ziekenhuis.
moeder heeft een afspraak bij Lentis Jonx in Groningen
Doorverwezen naar Accare, locatie Groningen.
de baby ligt op de neonatologie van het UMCG (Beatrix Kinderziekenhuis)
vader krijgt behandeling bij Verslavingszorg Noord Nederland
Ommelander Ziekenhuis Groningen heeft een SEH-melding gedaan.
School: Dr. Aletta Jacobs College, Hoogezand
Hij zit op het Willem Lodewijk Gymnasium en het gaat daar slecht
zus gaat naar het Praedinius Gymnasium
Gomarus College in Groningen heeft zorgen geuit over verzuim.
Zernike College (Haren) meldt dat zij vaak te laat komt.
Het Hogeland College in Uithuizen heeft een zorgadviesteam ingeschakeld.
Lauwers College Buitenpost: J. zit in de Entree-klas.
ze doet een opleiding aan het Terra in Winsum
Noorderpoort Delfzijl heeft haar inschrijving gepauzeerd.
Elker biedt ambulante gezinsbegeleiding.
Jeugdbescherming Noord heeft een OTS-verzoek voorbereid.
Melding via Veilig Thuis Groningen.
WIJ Groningen (team Selwerd) is betrokken
Sociaal Team Westerkwartier heeft de regie.
Politie Noord-Nederland, basisteam Eemsdelta, heeft twee incidenten geregistreerd.
Wierden en Borgen heeft een huurachterstand gemeld.
Acantus biedt een andere woning in Delfzijl aan.
oma woont in een appartement van Woonzorg Nederland
Cosis ondersteunt vader vanwege zijn LVB.
Ambiq biedt logeeropvang voor de jongste.
IMG heeft de schade aan het huis erkend maar nog niet uitbetaald.
De NCG heeft het huis ingedeeld in het versterkingsprogramma.
Instituut Mijnbouwschade Groningen heeft een spoedprocedure gestart
Nationaal Coördinator Groningen regelt de wisselwoning.
Het Wilhelmina Ziekenhuis Assen heeft hem gezien na de val.
Lentis Jonx Jeugd & Jongeren doet diagnostiek naar een hechtingsstoornis.
UMCG Kinderpsychiatrie heeft een second opinion gegeven.
De Kinderombudsman is door moeder aangeschreven.
Humanitas Thuisadministratie helpt met de post
De Voedselbank Eemsdelta levert elke week een pakket.
Vluchtelingenwerk Noord Nederland begeleidt de gezinshereniging.
COA heeft het gezin in 2023 gehuisvest
GGD Groningen (JGZ) ziet de baby op het consultatiebureau.
Stichting Boer & Zorg biedt gesprekken aan vanwege de financiële stress.
LTO Noord heeft vader doorverwezen naar een vertrouwenspersoon voor boeren.
Rabobank heeft de kredietfaciliteit van het bedrijf opgezegd.
Raad voor de Kinderbescherming regio Noord-Nederland is geïnformeerd.
Rechtbank Noord-Nederland, locatie Groningen, heeft de OTS uitgesproken.
Moskee in Delfzijl biedt een plek voor de vader om te praten.
de Martinikerk-diaconie heeft de energierekening een keer betaald
Kerk in Middelstum (Hippolytuskerk) organiseert huiswerkbegeleiding.
voetbalclub VV Winsum heeft contributie kwijtgescholden via het Jeugdfonds Sport & Cultuur
OBS De Wilster in Zuidhorn: leerkracht maakt zich zorgen
CBS De Roos in Leek: groep 4, juf maakt zich zorgen
'''
EVENT_DATE = r'''
Op 12-10-2026 werd de politie gebeld na ruzie in de wisselwoning.
huisbezoek gedaan op 3 november 2026
Opname in Lentis Jonx van 14-09-2026 tot 02-10-2026.
Bijzonderheden: overdracht gesprek gepland op 24/11/2026.
de aardbeving van 16 augustus 2012 (Huizinge) heeft het huis beschadigd
IMG-besluit ontvangen op 2026-10-19.
ingesproken: het incident was op drie november rond half acht
VHT-bespreking gepland op dinsdag 1 december 2026.
de baby is op 5-11-2026 op het consultatiebureau gewogen, 4 weken
Consult jeugdarts op 29-10-26, groeicurve stabiel.
Vader is op 30.09.2026 aangehouden in Emden.
BESPREKING MET MOEDER 10-11-2026, 14.00 UUR
Toestemming ouders: ja, mondeling gegeven op 13-11-2026
de verhuizing naar de wisselwoning was op 1-4-2025
Zitting kinderrechter: 17 december 2026, 09.30 uur.
Ingeschreven op school per 25-08-2025.
op 2 februari 2026 was het laatste contact met de ex-partner
Sinds 09-09-2026 gaat J. niet meer naar school.
Melding Veilig Thuis ontvangen op 4 oktober 2026.
De bank heeft op 20-10-2026 een aanmaning gestuurd.
Kraambezoek op 07.11.2026 door de jeugdverpleegkundige.
Vaccinatie op 19-11-2026 gemist.
Schouw van het huis door de NCG op 11 maart 2025.
Geboortefeest van de baby (7 weken oud) gevierd op 31-10-2026 — volgens moeder liep het daar uit de hand.
Uithuisplaatsing van 22-07-2026 t/m 05-08-2026 bij crisispleeggezin.
Gesprek op school (di 17-11) met mentor en moeder.
De evaluatie in week 48 wordt verschoven naar 8 december.
Verjaardag van oma op 12-03: dan komt de hele familie samen, dat is een spanningsmoment.
Koningsdag 2026 ging het mis na een feest in Uithuizen.
Incident kerstavond 2025 staat in het politieverslag.
'''
PROFESSIONAL = r'''
Inbrenger: Femke Boersma, gezinsvoogd, Jeugdbescherming Noord
Vaste deelnemer: Roel Hoekzema, Sociaal Team Westerkwartier
Gedragsdeskundige geraadpleegd: ja, Annemiek Staal (orthopedagoog Elker), 9-11-2026
Inbrenger: Hamid Benyahia, casemanager, Veilig Thuis Groningen
Vaste deelnemer: Marit de Groot-Sieders, WIJ Groningen
de jeugdarts van de GGD heeft de baby gezien
gezinsvoogd van Jeugdbescherming Noord is op de hoogte
De wijkagent van Politie Noord-Nederland heeft een huisbezoek gedaan.
de mentor van het Hogeland College belde
Bijzonderheden: IB'er van de school is geïnformeerd.
Casemanager van het IMG heeft de spoedprocedure ingezet.
de bewonersbegeleider van de NCG regelt de verhuizing
Ambulant hulpverlener van Elker komt twee keer per week.
Verpleegkundig specialist van Accare heeft medicatie voorgeschreven.
De behandelaar bij Lentis vindt opname niet nodig.
consulent van Wierden en Borgen heeft aan de deur gestaan
Vluchtelingenwerk-begeleider helpt met de papieren.
schuldhulpverlener van de gemeente Het Hogeland is ingeschakeld
De huisarts in Zuidhorn schreef een verwijzing.
De kinderrechter heeft om een raadsonderzoek gevraagd.
RAADSONDERZOEKER RVDK NOORD-NEDERLAND BEZOCHT HET GEZIN
de verloskundige heeft zorgen over het gewicht van de baby
Inbrenger (naam, functie, organisatie): Wilco Hummel, jeugdconsulent, gemeente Eemsdelta
Gedragswetenschapper geraadpleegd: nee
maatschappelijk werker van het UMCG heeft de melding gedaan
tolk Tigrinya via het tolkencentrum aanwezig
erfbetreder van LTO Noord heeft met vader gesproken
Jeugdverpleegkundige JGZ doet het vervolgbezoek.
wijkverpleegkundige komt dagelijks voor oma
Vaste deelnemer: Karin Veldhuis-Bos, Veilig Thuis Groningen
'''
AGE = r'''
J. is 14 jaar en wil bij oma wonen.
broertje van 7 heeft nachtmerries
de baby is 6 weken oud
Jeugdige: S. (2012), 14 jr
moeder is 19 en was 17 toen het eerste kind kwam
oma is 81 en spreekt alleen Gronings
Bijzonderheden: kind is 3 jaar, nog niet zindelijk.
vader (43) drinkt sinds het IMG-traject meer
De tweeling is 10 en slaapt in één kamer in de wisselwoning.
OUDSTE IS 17, WORDT IN MAART 18
ze wordt volgende maand 12 en dan moet ze gehoord worden
kinderen van 4, 8 en 11 jaar
Dochter (16) werkt in het weekend bij de boer.
baby van vijf maanden huilt veel, zegt moeder
ingesproken: de jongen is dertien en zit thuis
J. is op 9 mei jarig en wordt dan 15.
Nichtje van 2 logeert vaak.
ex-partner is 38 en woont in Duitsland
D. (2019) is nu 7 jaar
zoon is 20 en woont nog thuis, hij helpt op het bedrijf
'''
ORG_NUMBER = r'''
Veilig Thuis is 24/7 bereikbaar via 0800-2000.
bij acuut gevaar 112 bellen
Kindertelefoon 0800-0432 staat op zijn kamer op een briefje.
VHT-kenmerk: VHT-2026-0187
Vervolg op VHT-2025-0933.
KvK Elker: {KVK}
AGB-code praktijk: {AGB}
Medicatie: methylfenidaat 2 dd 10 mg
vader gebruikt 40 mg methadon per dag via VNN
Schuld bij de bank is ongeveer € 84.000.
Veiligheidsscore: inbrenger 3, moeder 6, J. 2
Moeder heeft de IMG-informatielijn gebeld, wachttijd 40 minuten.
Gemeente Westerkwartier via 14 0594
113 Zelfmoordpreventie is met haar besproken.
De NCG-vergoeding bedraagt € 30.000 voor verduurzaming.
huur is € 612 per maand
Week 47 en 48 wordt er niet gebeld vanwege de versterking
Leerplicht: 46 uur ongeoorloofd verzuim
ARIJ-score: hoog risico
bel 0800-1351 (Juridisch Loket) bij vragen over de omgang
'''
