# Hand-written ALLOW lines for blind62 (no personal data).
PLACE = """Het gezin woonde eerst in Uddel en daarna in Garderen.
Vader werkt bij een loonbedrijf in Kootwijkerbroek.
moeder is opgegroeid in Epe, haar ouders wonen nu in Vaassen
Verhuisd van Zevenhuizen naar De Maten (beide Apeldoorn).
De kinderen logeren in de vakantie in Putten.
Oma woont in Hoenderloo, op loopafstand van het bos.
VADER VERBLIJFT SINDS DE ZOMER IN HATTEM.
De politie reed vanuit Ede naar Wekerom.
Het gezin kerkt in Elspeet, de school is in Nunspeet.
Moeder wil verhuizen naar Renswoude of Scherpenzeel.
Opvang tijdelijk in Harskamp bij netwerk van vader.
tante woont in Achterveld, oom in Hoevelaken
Ze komen oorspronkelijk uit Keren in Eritrea.
Vader is geboren in Homs en vluchtte via Turkije en Griekenland.
Familie van moeder woont in Praia op Santiago (Kaapverdië).
De grootouders van vaderskant wonen in Mogadishu.
Oma is in 1958 vanuit Nederlands-Indië naar Nederland gekomen.
Het woonwagencentrum ligt aan de rand van Apeldoorn-Zuid.
Zoon verblijft doordeweeks in Otterlo.
De tweeling gaat naar de opvang in Osseveld.
Kinderen zijn na schooltijd vaak in Zuidbroek bij de speeltuin.
moeder zoekt werk in Wezep of Oldebroek
De oudste jongen werkt in de bollen bij Hulshorst.
Het gezin heeft een caravan staan in Vierhouten.
Vader rijdt dagelijks naar Doornspijk voor zijn werk.
Moeder heeft familie in Oosterwolde (Gld).
De kinderen zijn ondergebracht in Wapenveld.
Zus studeert in Zwolle en komt in het weekend naar Heerde.
Op zondag gaat het gezin naar de kerk in Beekbergen.
Oom heeft een garage in Loenen.
Opa en oma wonen in Lunteren, vlakbij het centrum.
Het incident gebeurde op de parkeerplaats in Voorthuizen.
Jongste broer zit op de peuterspeelzaal in Ermelo.
VERHUISD VAN BARNEVELD NAAR NIJKERK.
Zij zijn in 2017 in Ede komen wonen.
De buurtbewoners in Elburg maken zich zorgen.
Moeder is vorige maand met de kinderen naar Harderwijk vertrokken.
Vader werkt in de haven van Rotterdam en slaapt daar soms.
Het gezin kwam via het azc in Zeist naar de Veluwe.
De zus van moeder woont in Lisboa.
Oom woont in Aleppo, contact via WhatsApp.
Ze gaan met Pasen naar familie in Hargeisa (Somaliland).
De vader komt uit Asmara, de moeder uit Mendefera.
Het meisje fietst elke dag van Uddel naar Apeldoorn.
Ze verblijven tijdelijk in een vakantiepark bij Garderen.
Moeder groeide op in Scherpenzeel en verhuisde later naar Putten.
De oudste dochter woont nu in Barneveld-Noord.
Het hele gezin was op bezoek in Epe toen het gebeurde.
Vader brengt de kinderen 's zomers naar Kaapverdië.
Grootmoeder komt oorspronkelijk uit Bandung.
"""

INSTITUTION = """Jeugdige is op 12-11-2026 gezien op de SEH van Gelre ziekenhuizen Apeldoorn.
Kinderarts van Ziekenhuis Gelderse Vallei volgt de groei.
Moeder is opgenomen geweest bij St Jansdal in Harderwijk.
G. zit op het Van Lodenstein College in Barneveld.
De oudste zoon gaat naar het Guido de Brès in Apeldoorn.
Behandeling van de middelste via Karakter Ede.
Vader krijgt ambulante hulp van GGNet in Apeldoorn.
Moeder is aangemeld bij Pro Persona.
Jeugdige woont op een groep van Pluryn.
De broer met een verstandelijke beperking woont bij 's Heeren Loo in Ermelo.
Timon begeleidt het gezin met ambulante hulp.
JEUGDBESCHERMING GELDERLAND HEEFT DE OTS UITGEVOERD.
Melding gedaan bij Veilig Thuis Noord-Oost Gelderland.
Veilig Thuis Gelderland-Midden heeft de melding overgedragen.
Het Centrum Jeugd en Gezin Apeldoorn heeft het consultatiebureau overgenomen.
Politie Oost-Nederland, basisteam Apeldoorn, deed de zorgmelding.
De woning is van Woonstede.
De Goede Woning heeft een huisbezoek gedaan wegens overlast.
Uwoon heeft een huurachterstand gemeld.
Moeder heeft gesprekken bij Eleos in Ede.
De oudste dochter studeert aan de Driestar in Gouda.
De kinderen gaan naar de Prinses Julianaschool.
Jongste zit in groep 3 van de Koningin Wilhelmina school.
De Johannes Calvijnschool heeft een zorgmelding gedaan.
J. volgt onderwijs op het Jacobus Fruytier in Apeldoorn.
Christelijk College Groevenbeek heeft de leerplichtambtenaar ingeschakeld.
Leerling zit op het Pieter Zandt in Kampen.
het meisje gaat naar de Koning Willem-Alexanderschool in Nunspeet
Moeder bezoekt het inloophuis van de Hersteld Hervormde Kerk.
De kerkenraad van de Gereformeerde Gemeente in Nederland is op de hoogte.
Het gezin is lid van de Oud Gereformeerde Gemeente.
Vluchtelingenwerk Oost Nederland begeleidt de inburgering.
Het COA heeft het gezin uit het azc geplaatst.
De moskee aan de Arnhemseweg heeft hulp aangeboden.
Eritrese kerk in Apeldoorn kent het gezin.
Stichting De Hoop in Dordrecht heeft een intake gepland.
Het Leger des Heils in Apeldoorn biedt nachtopvang.
MEE Veluwe ondersteunt vader met de administratie.
RvdK Oost-Nederland heeft een onderzoek gestart.
Rechtbank Gelderland, locatie Zutphen, behandelt het verzoek.
De Kinderombudsman is niet ingeschakeld.
GGD Noord- en Oost-Gelderland doet de jeugdgezondheidszorg.
GGD Gelderland-Midden heeft het kind op het consultatiebureau gezien.
Het Radboudumc in Nijmegen heeft een second opinion gegeven.
Het Kinder- en Jeugdtraumacentrum van het UMC Utrecht doet de traumascreening.
Zoon is gezien bij het Emma Kinderziekenhuis.
Sportvereniging Sparta Nijkerk is een vrijplaats voor de jongen.
De muziekvereniging Excelsior in Lunteren is haar uitlaatklep.
Voedselbank Ede levert wekelijks een pakket.
Kerkelijke Bijstand (Diaconie Hersteld Hervormde gemeente) betaalt de huur voor november.
"""

EVENT_DATE = """Op 14-02-2026 werd moeder met letsel naar de huisarts gebracht.
Huisbezoek op 03-11-2026 om 10:15 uur.
Mutatie d.d. 21-10-2026, 23:47 uur, huiselijk geweld.
consult 2 wk op 06-01-2026, hielprik afgenomen op 09-12-2025
Zorgmelding politie 17/09/2026.
De OTS loopt af op 1 maart 2027.
VHT-bespreking gepland op di 15 dec.
Opname op de SEH: 2026-10-04.
Vader werd op 28-08-2026 aangehouden.
Incident op eerste kerstdag, 25-12-2025, volgens buren.
Laatste contact met moeder: wo 25/11/26.
BIJ DE RECHTBANK OP 09.12.2026 OM 13:30.
Consult 11 maanden: 12-05-2026, gewicht 8,9 kg.
De baby is op 30-10-2026 voor de 4-maandenprik geweest.
Huisuitzetting stond gepland voor 2 oktober 2026.
Ouders zijn op 12-03-2009 getrouwd in de kerk van Kootwijkerbroek.
Ze kwamen op 03-04-2019 aan in Ter Apel.
De verlovingsdatum 1-6-2025 was het begin van de spanning.
Moeder werd op 19 november 2026 ontslagen uit de kliniek.
wk 47: overleg met school over verzuim
Het Suikerfeest (30-03-2025) verliep volgens moeder rustig.
Op Biddag (11-03-2026) bleven de kinderen thuis.
Intakegesprek bij Karakter op 08/10/2026.
Melding VT binnengekomen 2026-11-02 09:12.
Op Hemelvaartsdag was er opnieuw ruzie.
Politie ter plaatse om 02:15 uur op zaterdag 7 november.
De doop van de jongste was op 5 juli 2026.
Vorige evaluatie op 16-06-2026, volgende op 16-12-2026.
Verhuizing naar het chalet op 1 september 2026.
De begrafenis van opa was op 23-10-2026, daarna escaleerde het.
"""

PROFESSIONAL = """Inbrenger: Marieke Hazeleger, jeugd- en gezinswerker, CJG Apeldoorn
Vaste deelnemer: Rutger Pasveer, Toegang Barneveld
Gedragsdeskundige geraadpleegd: ja, Esther Wolbers (GZ-psycholoog Timon), 10-11-2026
Inbrenger (naam, functie, organisatie): Kidane Woldu, casemanager, Veilig Thuis Gelderland-Midden
Vaste deelnemer: Naima Achahbar, Sociaal Team Ede
Gedragswetenschapper geraadpleegd: Joost Haverkamp, orthopedagoog, Jeugdbescherming Gelderland
De jeugdarts van de GGD heeft de groeicurve bekeken.
De wijkagent van Barneveld kent het gezin.
Gezinsvoogd van Jeugdbescherming Gelderland is aanwezig bij de bespreking.
de jeugdverpleegkundige zag moeder op het consultatiebureau
Verbalisant: hoofdagent, basisteam Apeldoorn-Noord.
Volgens de predikant van de plaatselijke gemeente is er geen sprake van geweld.
De ouderling van de wijk heeft het gezin wekelijks bezocht.
De leerkracht van groep 4 signaleerde de blauwe plekken.
Tolk Tigrinya via het Tolk- en Vertaalcentrum.
De kinderarts in Ede wil het kind over drie maanden terugzien.
Maatschappelijk werker van het AZC heeft het gezin begeleid.
Casemanager van het sociaal team Putten neemt de regie.
Huisarts van het gezin is geïnformeerd.
De zorgcoördinator van het Van Lodenstein College wil meedenken.
DE INTERNE BEGELEIDER VAN DE BASISSCHOOL IS OP DE HOOGTE.
Raadsonderzoeker van de RvdK sluit aan bij het interventiegesprek.
Woonconsulent van Uwoon meldde overlast.
De dominee heeft met vader gesproken.
Leerplichtambtenaar van de gemeente Ede is betrokken.
Ambulant hulpverlener van Timon komt twee keer per week.
Woonwagenconsulent van de gemeente Apeldoorn bemiddelt.
Vaste deelnemer: Thijs Ouwehand, Veilig Thuis Noord-Oost Gelderland
Inbrenger: Hanneke Brouwers-Kamp, jeugdconsulent, Toegang Nunspeet
Gedragsdeskundige geraadpleegd: nee, nog niet (gepland wk 50)
"""

AGE = """De oudste zoon is 17 jaar, de jongste 2.
Jongste is 8 maanden oud.
Moeder is 42 jaar en heeft elf kinderen.
De tweeling is 4 jaar.
Baby van 6 weken, geboren met 36 weken.
vader (51) en moeder (39)
Jeugdige is veertien.
De oudste dochter wordt in maart 18.
KINDEREN VAN 2, 5, 7, 9 EN 13 JAAR.
Oma is 83 en woont zelfstandig.
Het meisje is 11 jaar en 3 maanden.
Broertje van anderhalf wordt niet gevaccineerd.
Moeder was 16 toen ze zwanger raakte van de oudste.
Jongen van 15 met een LVB.
Zuigeling (10 wk) met slechte groei.
De kinderen zijn tussen de 3 en de 16 jaar oud.
Stiefvader is twintig jaar ouder dan moeder.
Ze is bijna 12, dus haar stem telt volgend jaar verplicht mee.
De jongste is 22 maanden, de oudste 19 jaar.
Zoon van 13 zorgt 's nachts voor zijn broertjes.
"""

ORG_NUMBER = """Veilig Thuis is 24/7 bereikbaar via 0800-2000.
Bij acuut gevaar: 112.
Kindertelefoon 0800-0432.
VHT-2026-0187 (vervolg op VHT-2026-0092)
KvK Timon: 41180883
Methylfenidaat 2 dd 10 mg.
Lengte P10, gewicht P3, hoofdomtrek P25.
Vaccinatie DKTP-Hib-HepB en Pneu op 3 mnd gegeven.
Score ARIJ: 7 risicofactoren, 2 beschermende factoren.
Veiligheidsscore inbrenger 3 van 10.
Politie geen spoed: 0900-8844.
AGB-code praktijk: 01052243
Huurachterstand € 3.480,-.
Gewicht 4,21 kg (-1,5 SD), lengte 55 cm.
Consultcode C-11M, volgende C-14M.
Juridisch Loket 0900-8020.
Vitamine K 150 microgram per dag tot 12 weken.
113 Zelfmoordpreventie: 0800-0113.
VTV GGD-score SDQ: 21 (verhoogd).
Kerkelijke bijdrage € 40 per maand, schulden ca. € 12.000.
"""
