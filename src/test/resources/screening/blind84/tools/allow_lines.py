# Hand-written ALLOW lines for blind84.
PLACE = """Gezin woont sinds 2023 in Westwijk, vlak bij het winkelcentrum.
Moeder is opgegroeid in Bovenkerk en kent daar iedereen.
De kinderen gaan naar opa en oma in Nes aan de Amstel.
Vader huurt een chalet in Waverveen.
Family relocated from Bangalore to Amstelveen in 2024.
J. fietst elke dag van Abcoude naar school.
Oom werkt in de kassen in Rijsenhout.
Moeder zoekt woonruimte in Vijfhuizen of Cruquius.
Vader verblijft in de opvang in Lijnden.
Ze zijn verhuisd van Burgerveen naar Weteringbrug.
Opa woont in Halfweg, oma in Boesingheliede.
Incident vond plaats bij het Schiphol Plaza.
De moeder komt uit Kumasi, Ghana; de vader uit Takoradi.
Het gezin woonde tot 2022 in Charkiv en daarna kort in Przemyśl.
Familie in Paramaribo en Nickerie wordt ingeschakeld.
Logeeradres in Vrouwentroost (gem. Haarlemmermeer).
Jongen hangt rond bij station Duivendrecht.
Moeder werkt in een nagelstudio in Keizer Karelpark.
The family spends summers in Osaka and Kyoto.
Zus studeert in Tel Aviv, broer in Haifa.
Grootouders wonen in Leeds, Yorkshire.
Vader pendelt tussen Hoofddorp en Houston.
Melding kwam uit Bankras-Kostverloren.
Het gezin woont in Elsrijk, in een portiekflat.
Kinderen sporten in Randwijck bij de hockeyclub.
Moeder is verhuisd naar Groenelaan.
Sinds de zomer wonen ze in Middenhoven.
Tante woont in De Kwakel, vlak bij de kassen.
Gezin is verhuisd naar Legmeer, Uithoorn.
Jeugdige hangt veel rond in Zijdelwaard.
Oma woont in Kudelstaart aan de Westeinderplassen.
Opa heeft een woonark in het Oosteinde van Aalsmeer.
Het gezin woont in Floriande, eengezinswoning.
Verhuisd van Toolenburg naar Overbos in september.
Vader woont in Graan voor Visch, bij de vijver.
Moeder en kinderen wonen in Getsewoud, Nieuw-Vennep.
Vader werkt in Badhoevedorp en slaapt soms in Zwanenburg.
Ze zijn vaak bij familie in Diemen-Zuid.
Ouder-Amstel heeft de woning aangeboden.
de jongen is gezien in Ouderkerk aan de Amstel en Amstelhoek
VADER WOONT IN ROZENBURG (HAARLEMMERMEER), NIET IN ZUID-HOLLAND
Moeder komt uit Mijdrecht, vader uit Wilnis.
Het gezin heeft in Lisse en Hillegom gewoond.
Logeren bij een tante in Leimuiden.
De oudste zit op kamers in Utrecht, de jongste in Kyiv.
Dochter liep weg naar Amsterdam-Zuidoost (Bijlmer).
vakantie in Suriname (Commewijne) liep uit tot eind oktober
Grootmoeder woont in Mumbai, grootvader in Pune.
Vader is vaak in Jeruzalem voor familie.
Gezin komt uit Odesa, verblijft nu in Hoofddorp-Centrum."""

INSTITUTION = """Opname op de SEH van Ziekenhuis Amstelland.
Moeder is bevallen in het Spaarne Gasthuis Hoofddorp.
Doorverwijzing naar Amsterdam UMC, locatie AMC.
Behandeling bij Arkin (verslavingszorg) is gestart.
J. staat op de wachtlijst bij Levvel.
Crisisopname bij De Bascule, locatie Duivendrecht.
Jeugdbescherming Regio Amsterdam voert de OTS uit.
Veilig Thuis Amsterdam-Amstelland heeft een onderzoek gestart.
Melding is doorgezet naar Veilig Thuis Kennemerland.
Eigen Haard dreigt met ontruiming vanwege overlast.
Ymere heeft een urgentieverklaring afgewezen.
Politie basisteam Amstelland heeft een zorgmelding gemaakt.
Zorgcoördinator van het Amstelveen College meldt verzuim.
Keizer Karel College heeft een leerplichtmelding gedaan.
Hermann Wesselink College biedt een time-outplek.
Haarlemmermeer Lyceum, locatie Hoofddorp, zorgteam is betrokken.
The International School of Amsterdam counselor joined the meeting.
Broertje ligt in het Emma Kinderziekenhuis.
Ouders verblijven in het Ronald McDonald Huis bij het AMC.
Behandeling in het Prinses Máxima Centrum, Utrecht.
Vader is bekend bij het Leger des Heils.
Kinderen gaan naar de Sint Jozefschool in Hoofddorp.
Moeder krijgt hulp van Vluchtelingenwerk Nederland.
Oekraïense opvang via het Rode Kruis.
Gezin bezoekt de Hindoe-tempel in Amsterdam-Zuidoost.
Zondags naar de Ghanese Pinksterkerk (Church of Pentecost) in Duivendrecht.
Synagoge Amstelveen biedt steun aan het gezin.
Zorgteam van de Amsterdam International Community School.
Jeugdarts GGD Amsterdam en GGD Kennemerland hebben overlegd.
Schiphol Group heeft het bedrijfsmaatschappelijk werk ingeschakeld.
KLM Health Services volgt de vader na het incident.
Raad voor de Kinderbescherming regio Noord-Holland doet onderzoek.
Rechtbank Amsterdam heeft de OTS uitgesproken.
Samen DOEN Amstelveen is betrokken.
Jeugd- en gezinsteam Haarlemmermeer neemt de regie.
Oma woont in het Dr. Sarphatihuis in Amsterdam.
Broer zit bij Altra, onderwijs en jeugdhulp.
Kinderen zitten op OBS De Kwikstaart in Uithoorn.
J. volgt dagbehandeling bij Triversum.
Jeugdige is aangemeld bij Spirit Jeugd en Opvoedhulp.
Crisisdienst Jeugd (Spoed4Jeugd) is langs geweest.
Oekraïense school ISK Amstelveen meldt zorgen.
Moeder wordt begeleid door Cordaan.
Vader volgt een cursus bij De Waag.
Ze gaan naar de bibliotheek Amstelland voor taalles.
Kinderen sporten bij Legmeervogels en RKDES.
De Stichting Schuldhulpmaatjes Haarlemmermeer helpt.
Huisartsenpraktijk De Ronde Venen verwees door.
Moeder is aangemeld bij GGZ inGeest, locatie Hoofddorp.
Vader is onder behandeling in het Antoni van Leeuwenhoek."""

EVENT_DATE = """Incident on March 3rd at the school gate, father shouting.
Zorgteam meeting on Tuesday, November 17th, 2026.
Opname 12-10-2026, ontslag 30-10-2026.
Politie was ter plaatse op 14/09/2026 om 23:40.
Eerste gesprek Levvel: 2026-09-01.
Melding VT ontvangen op 5 oktober 2026.
Intake De Bascule op 3-11-2026, startdatum behandeling 17-11-2026.
Consultatiebureau 28-10-2026: gewicht onder de curve.
Baby kwam op 21-10-2026 voor de 4-wekencontrole.
The counselor spoke with the student on Sept 22nd and Oct 6th.
Vlucht uit Oekraïne: aankomst 11 maart 2022 via Przemyśl.
Aanmelding bij de ISK op 01-09-2025.
Schorsing van 2 t/m 4 november (Amstelveen College).
Huisbezoek dinsdag 10/11 om 14.00 uur.
Verhoor bij de politie op 27-10-2026.
OTS loopt af per 1-3-2027.
Vervolgbespreking VHT gepland op do 3 december 2026.
Crisisopname in de nacht van 8 op 9 november 2026.
Scheiding uitgesproken op 15 mei 2025.
Laatste contact met vader: Diwali 2026 (8 november).
Tijdens Keti Koti (1 juli) liep het uit de hand.
Medication review on Oct. 29, 2026 at Levvel.
ONTSLAGDATUM: 30-10-2026
Verhuizing naar Hoofddorp gepland in week 49.
Eerste melding in 2019, tweede in 2024, derde op 30-09-2026.
Gesprek met school op 17.08.2026, na de zomervakantie.
Follow-up appointment: 12/01/2027 (dd/mm).
Kindcheck op de SEH van 13-11-2026, na val van de trap.
Rechtbank: zitting op 22 januari 2027.
Zwangerschapscontrole 19-11-2026, 30 weken."""

PROFESSIONAL = """Inbrenger: Marloes Verkerk, zorgcoördinator, Amstelveen College
Vaste deelnemer: Ruben Kastelein, Samen DOEN Amstelveen
Gedragsdeskundige geraadpleegd: Ja, Yasmina Boulahrouz, orthopedagoog Levvel, op 10-11-2026
De jeugdarts van de GGD heeft het kind gezien.
The school counselor and the mentor met with both parents.
Gezinsvoogd van Jeugdbescherming Regio Amsterdam is op de hoogte.
Behandelend psychiater Levvel adviseert opname.
Regiebehandelaar De Bascule schreef de ontslagbrief.
Casemanager Veilig Thuis Kennemerland neemt contact op.
De wijkagent van basisteam Amstelland kent het gezin.
Inbrenger (naam, functie, organisatie): Sanne Wijffels, jeugdconsulent, Jeugd- en gezinsteam Haarlemmermeer
Vaste deelnemer: Thijs Hoekstra, Veilig Thuis Amsterdam-Amstelland
Gedragswetenschapper geraadpleegd: Dr. Anand Mohan, GZ-psycholoog, Levvel
de verpleegkundig specialist van de crisisafdeling belde
Huisarts en POH-GGZ zijn geïnformeerd.
Consulent van Vluchtelingenwerk heeft getolkt.
Onze leerplichtambtenaar is op de hoogte gebracht.
Bedrijfsmaatschappelijk werker van Schiphol sprak met vader.
The homeroom teacher noticed changes in behavior since September.
De kraamverzorgende zag blauwe plekken bij moeder.
Jeugdverpleegkundige JGZ doet een extra huisbezoek.
Trajectbegeleider van Altra is betrokken.
Inbrenger: Ingrid van Dalsum-Achterberg, gezinsmanager, Jeugdbescherming Regio Amsterdam
Vaste deelnemer: Koen Breedveld, gemeente Uithoorn
Raadsonderzoeker van de Raad doet onderzoek.
Tolk Oekraïens via het tolkcentrum bij elk gesprek.
GZ-psycholoog Arkin doet diagnostiek bij moeder.
Maatschappelijk werker van het Spaarne Gasthuis belde.
Onze schoolmaatschappelijk werker stuurt door naar het wijkteam.
MENTOR EN AFDELINGSLEIDER ZIJN BIJ HET GESPREK GEWEEST."""

AGE = """J. is 15 jaar en zit in 4 havo.
The student is 14 years old and in grade 9.
Broertje is 7, zusje 3 maanden.
Moeder was 17 toen ze zwanger raakte.
Vader (52) is veel ouder dan moeder (31).
Oma is 81 en slecht ter been.
Jongste is 18 maanden, kan nog niet praten.
Op 13-jarige leeftijd eerste opname.
Bij aanvang behandeling was patiënt 14 jaar en 2 maanden.
De tweeling is 9.
Age at discharge: 16.
Baby is 6 weken oud.
Zus is bijna 18 en wil dan uit huis.
M. wordt in januari 12.
Halfbroer van 24 woont in Rotterdam.
Oom (40) is de enige steun in NL.
patiënt, 15 jr, havo-3, eerste episode
Kinderen zijn 4, 6 en 11 jaar.
JEUGDIGE IS 16 JAAR, WIL ZELF GEHOORD WORDEN.
Sinds haar 12e loopt ze regelmatig weg."""

ORG_NUMBER = """Veilig Thuis is 24/7 bereikbaar via 0800-2000.
Bij direct gevaar: 112.
Kindertelefoon: 0800-0432.
113 Zelfmoordpreventie: 0800-0113.
AGB-code Levvel: 73730717
KvK Stichting De Bascule: 41201943
Diagnose: F90.0 (ADHD), F43.1 (PTSS).
DSM-5: 309.81 posttraumatische stressstoornis.
Medicatie: methylfenidaat 18 mg 1dd, melatonine 3 mg.
Sertraline 50 mg 1dd, na 4 weken 75 mg.
Quetiapine 25 mg a.n. bij onrust.
DBC-zorgproduct 140301 (kort, diagnostiek).
VHT-2026-0187 (vervolgbespreking)
SDQ totaalscore 24, CRIES-13 score 38.
Veiligheidsscore inbrenger 3, moeder 7, J. 2.
Tijdelijke opvang Oekraïners: leefgeld 260 euro per maand.
Zorgverzekeraar Zilveren Kruis, UZOVI 3311.
ICD-10 Z62.0, Z63.8.
Wachttijd Levvel ca. 14 weken, De Bascule 9 weken.
GGD Amsterdam, afdeling JGZ: 020-555 5961."""
