# ALLOW lines for blind set 94 ({KVK}/{AGB} are filled with 8-digit numbers that FAIL the 11-check).
PLACE = r"""
Gezin is in 2024 van Kroeven naar Langdonk verhuisd.
Vader werkt in een DC op het Logistiek Park Moerdijk.
Oma woont in Achtmaal, vlak bij de Belgische grens.
opvang tijdelijk bij familie in Wernhout
De kinderen logeren in de herfstvakantie vaak in Made.
MOEDER IS OPGEGROEID IN HOEVEN EN BOSSCHENHOOFD
Tante woont in Standdaarbuiten, oom in Fijnaart.
vader verblijft doordeweeks op een camping bij Heijningen
Verhuizing naar Willemstad staat gepland voor januari.
school in Wouw, voetbal in Heerle
Familie zit verspreid over Nispen, Essen en Kalmthout.
Vader woont over de grens in Wuustwezel (B).
M. fietst elke dag van Lepelstraat naar Bergen op Zoom.
opa en oma in Galder, tante in Strijbeek
Gezin woonde eerder in Meer (B), nu in Zundert.
Na de scheiding is moeder naar Prinsenbeek gegaan.
Lage Zwaluwe - tijdelijk chalet op een vakantiepark
Gezin komt uit Asmara (Eritrea), via het azc in Gilze naar Breda.
Vader komt uit Homs, moeder uit Aleppo.
De familie van moeder woont in Plovdiv, Bulgarije.
Vader pendelt tussen Breda en Katowice.
Hoge Vucht, portiekflat, 3e etage zonder lift
Wijk: Haagse Beemden, vlak bij het winkelcentrum
Het gesprek vond plaats in de bibliotheek in Princenhage.
moeder wil terug naar de Heuvel, daar heeft ze haar netwerk
In Tuinzigt speelt hij veel op straat met oudere jongens.
Vader sliep afwisselend in Brabantpark en Doornbos-Linie.
Belcrum of Boeimeer: moeder twijfelt waar ze wil wonen.
Jongste gaat naar de peuterspeelzaal in Bavel.
Oom heeft een manege in Ulvenhout.
Moeder heeft een woning gekregen in de Slotjes, Oosterhout.
Teteringen, Terheijden en Made: daar slaapt vader wisselend.
Vader woont in Schijf, gemeente Rucphen.
Gageldonk is een wijk waar ze zich niet veilig voelt.
De jongens hangen rond bij de Warande in Bergen op Zoom.
halsteren: moeder / steenbergen: vader
Gezin is van Zevenbergen naar Klundert verhuisd.
Drimmelen, jachthaven: vader woont op een boot.
Oudenbosch: oma. Rijsbergen: oom.
Familie van vader woont in Antwerpen en Brussel.
Vader is teruggekeerd naar Gaziantep (Turkije).
De zomer doorgebracht in Nador, Marokko.
Moeder komt uit Sofia en werkt sinds 2021 in West-Brabant.
Ze wonen in Etten-Leur, wijk Schoenmakershoek.
Oom werkt in de kassen bij Dinteloord.
Bosschenhoofd -> Roosendaal, elke dag met de bus
Moeder logeert bij een vriendin in Ginneken.
De jongen werd 's nachts aangetroffen op het station van Lage Zwaluwe.
Vader rijdt vrachtwagen tussen Moerdijk en Gdańsk.
Ouders komen uit Damascus en wonen nu in Roosendaal-West.
"""

INSTITUTION = r"""
Opname op de kinderafdeling van het Amphia, locatie Molengracht.
Bravis Ziekenhuis Roosendaal: SEH-bezoek na val van de trap
M. zit op het Graaf Engelbertlyceum, 3 havo.
Onze Lieve Vrouwelyceum heeft het verzuim gemeld bij leerplicht.
Mencia de Mendoza Lyceum - mentor maakt zich zorgen
Stedelijk Gymnasium Breda, klas 2, cijfers kelderen
Sint-Oelbertgymnasium in Oosterhout: zorgcoördinator betrokken
Vader werkt als burgermedewerker bij de KMA Breda.
Moeder heeft een schoonmaakbaan in het Chassé Theater.
J. traint bij de jeugdopleiding van NAC Breda.
GGZ Westelijk Noord-Brabant (Halsteren): moeder in behandeling
Prisma begeleidt vader ambulant (LVB).
Surplus doet het maatschappelijk werk en de budgetcoaching.
Sovak: logeeropvang voor de zoon met autisme
Juvent, ambulante gezinsbehandeling, gestart in week 41
Veilig Thuis West-Brabant heeft een onderzoek gestart.
Jeugdbescherming Brabant: voorlopige ondertoezichtstelling
Aanmelding via Toegang Breda, team Noord-Oost.
Alwel is een ontruimingsprocedure gestart wegens huurachterstand.
Woonstichting Etten-Leur biedt een urgentie aan.
Laurentius Wonen heeft drie overlastmeldingen ontvangen.
Politie Zeeland-West-Brabant, basisteam Breda, deed een huisbezoek.
Wijkteam Breda Noord-Oost en wijkteam Haagse Beemden overleggen over de overdracht.
KDV De Kleine Reus heeft het signaleringsformulier ingevuld.
BSO Klein Ulvenhout meldt dat de kinderen vaak niet opgehaald worden.
De imam van de El Feth moskee heeft tussen de ouders bemiddeld.
De Eritrees-orthodoxe kerk in Breda is een steun voor moeder.
Vader zoekt rust in de Sint-Antoniuskathedraal.
Second opinion in het ZNA Koningin Paola Kinderziekenhuis in Antwerpen.
Vader is in het AZ Klina in Brasschaat opgenomen geweest.
Raad voor de Kinderbescherming, locatie Breda, doet onderzoek.
Rechtbank Zeeland-West-Brabant heeft een spoedmachtiging afgegeven.
Gezin verbleef eerst op de COA-locatie in Dongen.
VluchtelingenWerk Zuid-Nederland helpt met post en toeslagen.
Stichting Leergeld Breda betaalt de zwemles.
Novadic-Kentron: vader in behandeling voor cocaïnegebruik
Moeder en kinderen zitten in de crisisopvang van Safegroup.
GGD West-Brabant, afdeling jeugdgezondheidszorg, is betrokken.
MEE ondersteunt bij de aanvraag voor de Wlz.
KBS Sint Joseph in Zundert heeft een zorgoverleg gepland.
Broertje gaat naar de Fatimaschool.
KDV Dikkertje Dap meldt vermoeden van verwaarlozing.
Vader volgt een taalcursus bij De Nieuwe Veste.
Oudste studeert aan Curio Prinsentuin in Oosterhout.
Zus studeert aan Avans in Breda.
Oma woont in een verpleeghuis van Tante Louise in Bergen op Zoom.
Opa zit in een verpleeghuis van Groenhuysen.
Bravis locatie Bergen op Zoom, polikliniek kindergeneeskunde
Leger des Heils biedt vader een plek in de nachtopvang.
Stichting Jarige Job regelt een verjaardagsbox voor de jongste.
"""

EVENT_DATE = r"""
Incident op 14-10-2026 rond 22.30 uur, politie ter plaatse.
Huisbezoek do 29/10 samen met de JGZ.
Opname Amphia van 3 t/m 7 november 2026.
VT-melding ontvangen 2026-09-17.
Verzonden: woensdag 11 november 2026 16:42
Consult consultatiebureau baby op 18-11-2026 (8-wekenconsult)
Zitting rechtbank: 24 nov. '26
Op 12.10.2026 heeft vader de deur ingetrapt.
Vorige VHT-bespreking 01-09-2026, VHT-2026-0187.
Laatste contact met vader: 20261102 (zie mailwisseling)
Kraambezoek op 02-11-2026; baby 5 dagen oud, alles goed.
Aanhouding vader op 31-10-2026 (Halloween).
Schorsing van school van 5 t/m 9 oktober.
Start gezinsbehandeling per 1-12-2026.
Huiselijk geweld-incident 17/09/2026, kinderen waren thuis.
Spoeduithuisplaatsing op zaterdag 7 nov. 2026 om 23.15 u.
Intake Prisma 2026-10-05
Signaal op de opvang: 13-11-2026, 08.15 uur bij het brengen
Overleg met school op 4 november jl.
Carnaval 2026 in het Kielegat was het laatste weekend bij vader.
Op Koningsdag 27-04-2026 is vader aangehouden.
zorgmelding politie 22-08-26
Eerste VT-melding dateert van 12-3-2019.
Hielprik afgenomen op 30-10-2026.
Scheiding uitgesproken op 15 januari 2021.
Gezinshereniging: aankomst op Schiphol 03-05-2022.
Vaccinaties 14 maanden gehaald op 10/11/2026.
Ouders zijn op 8-8-2008 in Nador getrouwd.
Wk 46: twee keer niet opgehaald van de opvang.
Onderwerp: RE: FW: verslag MDO 19-11-2026
"""

PROFESSIONAL = r"""
Inbrenger: Sanne Rijkers, casemanager, Toegang Breda
Vaste deelnemer: Hamza Oulad Ali, Veilig Thuis West-Brabant
Gedragsdeskundige geraadpleegd: ja, drs. Petra Lambregts (orthopedagoog Juvent), 9-11-2026
de gezinsvoogd van Jeugdbescherming Brabant belt de ouders
jeugdverpleegkundige GGD West-Brabant heeft de baby gewogen
De aandachtsfunctionaris van de kinderopvang heeft de meldcode doorlopen.
Pedagogisch medewerker groep Dolfijnen zag blauwe plekken op de rug.
Wijkagent Hoge Vucht is op de hoogte.
Met vriendelijke groet, casemanager Toegang Breda | team Noord-Oost
Inbrenger (naam, functie, organisatie): Gijs van Heesch, jeugdconsulent, Toegang Zundert
Vaste deelnemer: Mirjam Dekkers-Oerlemans (Jeugdbescherming Brabant)
Gedragswetenschapper geraadpleegd: dr. Aylin Koç, GZ-psycholoog Toegang Breda
Kinderarts Amphia heeft een skeletscan aangevraagd.
IB'er van de basisschool belde de jeugdarts.
De schoolmaatschappelijk werker ziet M. wekelijks.
De huisarts in Etten-Leur verwijst moeder naar GGZ WNB.
Leerplichtambtenaar gemeente Oosterhout heeft proces-verbaal opgemaakt.
Tolk Tigrinya via de tolkendienst bij elk gesprek
Casemanager Sovak en de ambulant begeleider van Prisma zijn aangesloten.
Voorzitter VHT (Zi2T) vraagt om aanvulling van de kaart.
Verloskundige heeft haar zorgen gemeld bij Veilig Thuis.
De kraamverzorgende zag vader onder invloed.
Teamleider kinderopvang en locatiemanager tekenen het formulier.
Wijkconsulent van Alwel meldt geluidsoverlast.
Jurist van de Raad voor de Kinderbescherming sluit aan.
Inbrenger: Fenna Broos, gezinscoach, wijkteam Etten-Leur
Vaste deelnemer: Karim Bouzian, Toegang Roosendaal
Mentor 2 vmbo heeft een gesprek gehad met M.
De reclasseringswerker van vader is niet bereikbaar.
Ambulant hulpverlener Juvent en GZ-psycholoog GGZ WNB overleggen.
"""

AGE = r"""
M. is 14 jaar en zorgt voor de jongere kinderen.
baby van 6 weken, huilt veel
Moeder (31) heeft zelf in de jeugdzorg gezeten.
Jongste 22 mnd, loopt nog niet.
Kinderen van 3, 5, 7, 9, 11 en 15 jaar
Vader is 19 jaar ouder dan moeder.
OUDSTE IS 17, WORDT IN MAART 18
D. (9 jr) plast weer in bed.
Tweeling van 4 jaar, groep 1.
Opa is 78 en dementerend.
leeftijd jongste: 11 maanden
Zus is pas 12 en heeft een vriend van 20.
Moeder was 16 toen ze zwanger raakte van de oudste.
Halfbroer (23) woont zelfstandig.
J. wordt volgende maand 16 en wil dan bij vader wonen.
Kind van 2,5 jaar op het kinderdagverblijf, 3 dagdelen.
zwangerschap 32 weken, geen controles geweest
Stiefvader, eind 40, werkloos.
Tienermoeder (17) met een baby van 4 mnd.
Kinderen zijn tussen de 1 en 13 jaar oud.
"""

ORG_NUMBER = r"""
Veilig Thuis 0800-2000 is gebeld door de opvang.
Bij acuut gevaar 112 bellen (staat in het veiligheidsplan).
Zaaknummer VHT: VHT-2026-0219
KvK Kinderopvang De Kleine Reus: {KVK}
AGB-code huisartsenpraktijk: {AGB}
Kindertelefoon 0800-0432 besproken met M.
Wijkteam bereikbaar via 14 076.
Politie, geen spoed: 0900-8844
Medicatie: methylfenidaat 2 dd 10 mg
Score inbrenger 3, moeder 7, Veilig Thuis 4
Huurachterstand € 4.380,-
Kinderbijslag ca. € 310 per kwartaal
Meldcode stap 3 van 5 afgerond.
Sertraline 50 mg 1 dd (moeder)
Vervolg op VHT-2025-0348, bespreking nr. 2
Signaleringsformulier versie 4.2 (2025)
113 Zelfmoordpreventie: 0800-0113
Groep van 14 kinderen, 3 pm'ers, BKR 1:5
Kamer 4.12, afdeling 3C, Amphia Molengracht
Wachtlijst Sovak: 26 weken
"""
