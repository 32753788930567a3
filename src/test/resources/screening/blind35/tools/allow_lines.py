# Hand-written ALLOW lines for blind35.
PLACE = r"""
Moeder is met de kinderen van Elst naar Velp verhuisd.
Vader werkt in Ede en slaapt soms in Bennekom.
Gezin woont sinds 2023 in Malden, daarvoor in Heumen.
Opa en oma wonen in Groesbeek, vlak bij de Duitse grens.
J. fietst elke dag van Overasselt naar school in Wijchen.
Logeeradres in Lunteren is besproken en goedgekeurd.
De familie komt oorspronkelijk uit Kaapverdië (Santiago).
Vader is gevlucht via Libië en Italië, moeder via Soedan.
Broer woont in Beuningen, de zus in Ooij.
ALLE KINDEREN NAAR SCHOOL IN DOORWERTH
Moeder wil terug naar Heelsum omdat haar netwerk daar zit.
fam. komt uit Herat (Afghanistan), sinds 2019 in NL
Weekend bij vader in Dieren, doordeweeks in Rheden.
Gemeente: Renkum (Oosterbeek)
Incident vond plaats op het station van Veenendaal-De Klomp.
Rhenen / Achterberg – woonwagenstandplaats, gezin woont er al generaties.
vader verblijft tijdelijk in Barneveld bij een kennis
De kinderen gingen in de zomer naar Mogadishu.
| Woonplaats | Bemmel |
Moeder werkt in een kas in Huissen.
Oom woont in Homs, de rest van de familie in Aleppo.
Nieuwe woning in Nijmegen-Lindenholt, wijk Zwanenveld.
Gezin woont in Arnhem-Presikhaaf, daarvoor Malburgen.
opvang in Wageningen (Noordwest) is mogelijk
Molukse wijk in Tiel / Culemborg: netwerk van vader zit daar.
Moeder is opgegroeid in Asmara en heeft in Khartoum gewoond.
J. voetbalt in Elst en zit op school in Arnhem-Zuid.
Vader is in Kabul geboren en in Mazar-e-Sharif opgegroeid.
Beide ouders komen uit Praia.
Moeder en kinderen zitten in de opvang in Nijmegen-Dukenburg.
Vakantie in Turkije (Konya), terugkeer onzeker.
Gesprek vond plaats in Oosterbeek, op neutrale grond.
De jongste gaat naar de opvang in Velp-Zuid.
Klarendal en Geitenkamp: wijken waar J. rondhangt.
Grootouders wonen in Hengelo (Gld).
Omgang bij vader vindt plaats in Malden, ophalen in Heumen.
Verhuizing van Ede-Veldhuizen naar Ede-Zuid gepland.
ouders wonen gescheiden: moeder Groesbeek, vader Nijmegen
Familie in Eindhoven en Tilburg kan niet helpen.
Elst (Gld), niet Elst (Utr) – let op bij de verwijzing.
Woonwagenkamp in Lunteren? Nee, in Ede-West.
Moeder wil naar haar zus in Londen verhuizen.
Zus van vader woont in Minneapolis.
tante woont in Leersum, oom in Amerongen
Gezin verhuisd van Bennekom naar Wageningen-Hoog.
Grootvader woont in Lisboa, komt niet meer naar NL.
Vader is teruggekeerd naar Ambon voor de begrafenis.
Kinderen verblijven in Wijchen, Hernen en Bergharen afwisselend.
De zus van moeder woont in Ermelo.
Zwangerschapscontroles in Veenendaal, bevalling in Ede.
"""
INSTITUTION = r"""
Opname op de kinderafdeling van Rijnstate Arnhem.
Baby ligt in het Amalia kinderziekenhuis (Radboudumc).
Moeder in behandeling bij Pro Persona, locatie Wolfheze.
J. staat op de wachtlijst bij Karakter Nijmegen.
Dagbehandeling via Entrea Lindenhout.
Wonen in een groep van Pluryn in Groesbeek.
Zus woont bij 's Heeren Loo in Ermelo.
Vader krijgt begeleiding van Siza.
Casus besproken met Jeugdbescherming Gelderland.
Melding bij Veilig Thuis Gelderland-Midden (de tweede dit jaar).
Overdracht van Veilig Thuis Gelderland-Zuid naar het sociaal wijkteam.
Vivare heeft een huurachterstand gemeld.
Talis stuurt een woonconsulent mee op huisbezoek.
Portaal heeft de woning laten inspecteren.
Moeder en kinderen tijdelijk bij Intermetzo (crisisopvang).
Ziekenhuis Gelderse Vallei heeft een SEH-melding gedaan.
Kinderen zitten op de Sint Jozefschool in Wijchen.
J. zit op het Stedelijk Gymnasium Nijmegen, broer op het Olympus College.
B. gaat naar het Dominicus College.
School: Pieter Zandt (Veenendaal)
Moeder heeft een intake bij IrisZorg.
Vader is in behandeling bij Tactus.
Gesprek bij de Raad voor de Kinderbescherming Arnhem.
Zitting bij de rechtbank Gelderland, locatie Arnhem.
Kerk: Gereformeerde Gemeente in Barneveld.
Vader bezoekt de Ayasofya moskee in Ede.
Eritrees-orthodoxe kerk in Nijmegen biedt steun.
Molukse Evangelische Kerk in Tiel is belangrijk netwerk.
Oma komt bij het Leger des Heils (dagbesteding) in Arnhem.
Kinderen naar de Humanitas Thuisadministratie? Nee, schuldhulp via Rijnconnect.
Begeleiding door MEE Gelderse Poort.
J. zit op het Marnix College in Ede.
Jongste gaat naar kinderopvang Kinderstralen.
Voetbalclub NEC voetbalacademie heeft J. begeleid.
Vluchtelingenwerk Oost Nederland regelt de gezinshereniging.
COA locatie Zeist was de eerste opvang.
Het Amalia (KinderAmalia?) en Rijnstate hebben beide gezien.
Karakter Ede, afdeling Jonge Kind.
Zus zit op de Johannes Fontanusschool in Barneveld.
Behandeling bij de Riethorst Stromenland? Nee, GGZ Centraal in Ede.
J. doet mee aan Sterk Huis? Nee: Lindenhout Huiselijk Geweld team.
Moeder krijgt ondersteuning van Moviera.
Aanmelding bij het Expertisecentrum Kindermishandeling (Lindenhout).
Zorg via Driestroom in Elst.
Dagbesteding bij de Hoenderloo Groep? Is gesloten, nu Pluryn.
Pleegzorg via Entrea Lindenhout, pleeggezin in Malden.
Kind zit op de Mariaschool in Oosterbeek.
Psychiater van Pro Persona Jeugd (Arnhem) betrokken.
Schuldhulp via Plangroep in Nijmegen.
Maxima? Nee: Radboudumc en Sint Maartenskliniek.
"""
EVENT_DATE = r"""
Op 14-06-2026 belde de school over een blauwe plek.
MDO gepland op dinsdag 3 november, 09:30 uur, kamer 2.14.
Aangifte gedaan op 28-2-2026.
Moeder werd op 12 mei 2026 opgenomen bij Pro Persona.
datum huisbezoek: 2026-10-07
Melding VT Gelderland-Midden d.d. 19/08/2026.
Zitting kinderrechter op 22-01-2027 om 13:45.
Incident op 1-9-2026: vader sloeg de deur in.
Op 30 april jl. (Koningsdag) escaleerde het thuis.
OTS loopt af per 05-12-2026.
Baby op 11-11-2026 gezien bij het consultatiebureau (12 weken).
Intake Karakter 17.10.2026
Politie ter plaatse 2026-09-23 om 23:10 uur.
Laatste melding: 3 maart 2026.
Evaluatie MDO wk 46 (12 nov.)
Geboorte werd op 7-8-2026 gemeld bij VT door het ziekenhuis.
Verjaardagsfeest op 9 augustus liep uit de hand.
Crisisplaatsing 24/10/2026, terug thuis 31/10/2026.
MDO VERSLAG 27-10-2026
Controle van de baby op 20260915 bij de jeugdarts.
Bespreking VHT op do 19-11-2026.
eerste kerstdag ruzie, politie kwam niet
Schorsing J. van 2 t/m 4 december 2026.
Moeder is op 13-4-2026 uit het AZC naar Ede verhuisd.
verslag_MDO_2026-11-03.docx (bijlage)
Op 15 oktober 2026 kwam de gezinshereniging rond.
Aanmelding Intermetzo 2 juni 2026, plaatsing 9 juni.
Vader op 21-3-2026 aangehouden in Arnhem.
Ramadan / Suikerfeest: spanning thuis volgens school.
Rapportage Raad ontvangen 18-09-26.
"""
PROFESSIONAL = r"""
Inbrenger: Ilse Verhoef, gezinscoach, Sociaal Wijkteam Ede
Vaste deelnemer: Sandra Keijzer, Veilig Thuis Gelderland-Midden
Gedragsdeskundige geraadpleegd: Yasmina Boukhari, orthopedagoog Entrea Lindenhout
Aanwezig MDO: jeugdarts GGD Gelderland-Zuid, IB'er, gezinsvoogd, wijkagent.
De gezinsvoogd van Jeugdbescherming Gelderland neemt contact op met vader.
actie: jeugdverpleegkundige plant extra consult.
Besproken met de behandelaar van Pro Persona.
Voorzitter MDO: teamleider wijkteam Nijmegen-Dukenburg.
Tolk Tigrinya via de tolkentelefoon.
De kinderarts van Rijnstate heeft geen letsel gezien.
Vaste deelnemer: Johan Hermsen-Ploeg, Toegang gemeente Renkum
Inbrenger (naam, functie, organisatie): Mirjam Tilburgs, jeugdconsulent, Team Jeugd Wijchen
Gedragswetenschapper geraadpleegd: Kerem Aydoğan, GZ-psycholoog Karakter
De wijkagent van Elst is geïnformeerd.
Mentor en zorgcoördinator van school waren aanwezig.
Maatschappelijk werker van het ziekenhuis heeft gebeld.
De verloskundige meldde zorgen na de bevalling.
Schuldhulpverlener van de gemeente heeft de stukken.
Raadsonderzoeker heeft het onderzoek afgerond.
Woonconsulent van Vivare gaat mee.
IB-er + leerkracht groep 5 hebben gesprek gehad.
Inbrenger: Fenna Rademaker, casusregisseur, Veilig Thuis Gelderland-Zuid
Vaste deelnemer: Abdel Maalouf, sociaal wijkteam Arnhem
Huisarts verwijst naar de POH-jeugd.
De pleegzorgwerker van Entrea Lindenhout is betrokken.
Actie gedragswetenschapper: advies over traumabehandeling.
Trajectbegeleider Pluryn blijft betrokken.
Vaste deelnemer: Lotte Brinkman-Uçar, Jeugdbescherming Gelderland
Zorgcoördinator van Intermetzo ondersteunt moeder.
Gedragsdeskundige geraadpleegd: ja, Peter-Paul Jansen (GZ-psycholoog, Pluryn), 10-11-2026
"""
AGE = r"""
J. is 14 jaar en wil zelf gehoord worden.
Broertje is 6 maanden, zusje 3 jaar.
Moeder was 17 bij de geboorte van haar eerste kind.
Vader is 52, moeder 34.
jeugdige (15 jr) rookt en blowt
Oma is 81 en kan niet meer helpen.
De baby is nu 10 weken oud.
Jongste is 4, oudste 16.
K. wordt in maart 18; overdracht naar volwassenenzorg.
Op haar twaalfde is ze al een keer weggelopen.
Zus van 19 woont op kamers.
S. (13) wil niet meer naar huis.
Neefje van 8 logeert vaak.
Moeder is 23 en heeft drie kinderen.
Leeftijd jeugdige: 11 jaar en 9 maanden.
vader (40+) heeft een alcoholprobleem
Broer van 21 is uit huis.
D. is 9, vraagt om hulp bij huiswerk.
Tweeling van 2 jaar.
Oom (ca. 30 jaar) woont tijdelijk in.
"""
ORG_NUMBER = r"""
Veilig Thuis: 0800-2000 (gratis, 24/7).
Bij acuut gevaar: bel 112.
Agendapunt 4.2 – besluitenlijst
Schuld bij Vivare: € 3.480,-
KvK Entrea Lindenhout: 41050932
AGB-code praktijk: 94062117
Zaak VHT-2026-0187 (vervolgbespreking).
Ritalin 2 dd 10 mg.
Kamer 2.14, aanvang 09:30 uur.
Score inbrenger 4, moeder 7.
Kindertelefoon 0800-0432.
Tolkentelefoon 088-2555222
Huurachterstand 5 maanden (€ 2.650).
113 Zelfmoordpreventie is met J. besproken.
Besluit 3/7: veiligheidsplan aanpassen.
Consult baby 2,9 kg bij 4 weken.
VHT-2026-0203 eerder besproken op dinsdag.
Gemeente Ede: 14 0318.
Sessie 5 van 12 Signs of Safety.
Boete CJIB? Nee, openstaand bedrag € 1.215 bij de Belastingdienst.
"""
