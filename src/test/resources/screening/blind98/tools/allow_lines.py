# ALLOW lines (no personal data)
PLACE = """\
Het gezin is in 2024 van Amsterdam-Noord naar Almere Poort verhuisd.
Vader werkt op een akkerbouwbedrijf tussen Ens en Kraggenburg.
Moeder is opgegroeid in Creil en kent daar nog veel mensen.
oma woont in Rutten, 15 min fietsen
Incident vond plaats bij de haven van Urk.
De jongens zijn in Bant op de voetbal.
Tante woont in Espel en kan bijspringen in de weekenden.
Vader verblijft 's zomers in Tollebeek bij collega's.
Zus woont in Nagele, vlak bij de school.
Schoolreisje naar Schokland ging niet door vanwege het gedrag.
Moeder en de kinderen logeren in Luttelgeest.
De familie van vader komt uit Marknesse.
Verhuizing naar Zeewolde staat gepland voor het voorjaar.
Vader heeft een vaste baan in Dronten.
Gezin woont nu in Swifterbant, daarvoor Biddinghuizen.
Moeder wil terug naar Lelystad-Haven, daar voelde ze zich veilig.
Na het incident liep J. door Almere Hout naar huis.
Vader neemt de jongens mee naar de Oostvaardersplassen om te fotograferen.
Ze vonden de jongen om 23.00 uur in het Horsterwold.
Dagje Walibi als beloning is met de mentor afgesproken.
Gezin woont in de Muziekwijk, flat aan het water.
Moeder heeft een huurwoning in de Filmwijk gekregen.
Kinderen spelen buiten in de Stedenwijk tot laat in de avond.
Vriendengroep hangt rond in Tussen de Vaarten.
Het gezin woont in de Danswijk sinds 2021.
Oudste zit op een kamer in de Literatuurwijk.
In de Regenboogbuurt is overlast van jongeren gemeld.
Moeder woont in de Atolwijk, vader in de Zuiderzeewijk.
boswijk - veel ruzie met buren over de tuin
Gezin is verhuisd van de Waterwijk naar de Kustwijk.
Vader is na de scheiding naar Emmeloord gegaan.
Moeders familie woont in Paramaribo en in Nickerie.
Oma is terug naar Kumasi in Ghana.
Vader werkt seizoenswerk, komt uit de buurt van Kaunas (Litouwen).
De familie komt uit Opole in Polen.
Gezin is gevlucht uit Aleppo via Turkije.
Vader vist vanaf IJmuiden en Harlingen, ma tot vr weg.
Grootouders wonen in Almere Haven, vlakbij de dijk.
Ze gaan elke zomer naar Accra.
Jongste logeert bij familie in Almere Buiten.
Moeder werkt in Almere Stad bij een supermarkt.
Gezin woont sinds kort in Lelystad, daarvoor in Amsterdam-Zuidoost.
Kinderen gaan in de herfstvakantie naar Hoorn en Enkhuizen.
Moeder is geboren in Damascus en opgegroeid in Homs.
Vader heeft een vaste plek op de markt in Emmeloord.
Ze reizen wekelijks naar Kampen voor de kerk.
EMMELOORD / MARKNESSE / ENS - zelfde regio, veel sociale controle
Oma heeft een chalet op een camping bij Zeewolde.
Een deel van de familie woont in Huizen en Blaricum.
Ook in Noordoostpolder-breed is er zorg over de jongerengroep.
"""

INSTITUTION = """\
Moeder is bevallen in het Flevoziekenhuis.
De tweeling lag een week op de couveuseafdeling van St Jansdal.
Kind is aangemeld bij GGZ Centraal (Flevoland).
Triade Vitree biedt ambulante gezinsbegeleiding.
Vitree heeft de woonplek in Lelystad opgezegd.
Melding is doorgezet naar Veilig Thuis Flevoland.
De William Schrikker Stichting voert de OTS uit.
Wijkteam De Schoor heeft de regie in Almere.
Goed Wonen Zeewolde overweegt een huisuitzetting.
Centrada heeft een gesprek gepland over de huurachterstand.
De Alliantie regelt een andere woning in Almere Poort.
Ymere heeft de oude woning in Amsterdam verhuurd.
Politie Midden-Nederland heeft een zorgmelding gemaakt.
Oudste zit op het Baken Park Lyceum.
De middelste gaat naar Echnaton in Almere Haven.
Jongen volgt vmbo op het Oostvaarders College.
Zus zit op het Arte College in Almere Buiten.
Emelwerda College meldt verzuim.
Het Zuyderzee College in Emmeloord doet mee aan het gesprek.
Ichthus College Dronten heeft een zorgadviesteam ingeschakeld.
Vader verblijft in de PI Lelystad.
Gesprek met de reclassering (Reclassering Nederland) over verlof.
De kinderen gaan naar de Christelijke Basisschool De Rank.
Moeder is aangemeld bij Kwintes voor begeleid wonen.
Kind staat op de wachtlijst bij Karakter.
De jeugdige is bekend bij Youké.
Pleegzorg via Vitree staat klaar voor een crisisplaatsing.
Verslavingszorg Tactus is betrokken bij vader.
Moeder gaat naar de Voedselbank Almere.
Consultatiebureau GGD Flevoland ziet de baby wekelijks.
Kind is in behandeling bij het Emma Kinderziekenhuis.
Het Prinses Máxima Centrum houdt broertje onder controle.
Vader heeft hulp van Leger des Heils in Lelystad.
De Raad voor de Kinderbescherming doet een onderzoek.
Rechtbank Midden-Nederland heeft de OTS uitgesproken.
Zorggroep Almere doet de huisartsenzorg.
Kraamzorg De Waarden heeft acht dagen zorg verleend.
Verloskundigenpraktijk Polderkind heeft de zwangerschap begeleid.
Het gezin kerkt bij de Hersteld Hervormde Gemeente op Urk.
De Ghanese kerk in Almere Haven biedt steun.
Jongen voetbalt bij SV Urk, twee keer per week.
Vader gaat op vrijdag naar de Syrische moskee in Lelystad.
De kinderen gaan naar het Vluchtelingenwerk spreekuur.
Schuldhulp loopt via Plangroep in Almere.
Jeugdarts van GGD Flevoland is positief over de ontwikkeling.
Meisje sport bij Atletiekvereniging Almere '90.
De Sint Maartenskliniek doet de revalidatie.
Het Antonius Ziekenhuis in Emmeloord heeft de buikpijn onderzocht.
Broer woont bij Kwintes Beschermd Wonen.
MEE IJsseloevers ondersteunt moeder met de administratie.
"""

EVENT_DATE = """\
Incident op 14-11-2026: vader kwam onder invloed thuis.
Huisbezoek vond plaats op 03-12-2026.
Zorgmelding politie d.d. 22-10-2026.
Baby had op 17-09-2026 de hielprik, zonder bijzonderheden.
Opname moeder in de kliniek op 2 november 2026.
Gesprek met school op 2026-11-26.
VHT-bespreking gepland op do 10-12-2026.
Vader komt op 18/12/2026 met verlof uit de PI.
Consultatiebureau 4 weken na de bevalling (12-10-2026): gewicht goed.
Uitzetting aangezegd per 01-02-2027.
Melding VT ontvangen op 9 okt. 2026.
Zitting rechtbank op 20-01-2027 over verlenging OTS.
AD 38+1 bij de controle op 14 september 2026, daarna overdracht aan de JGZ.
Vorige bespreking: 30-06-2026.
Evaluatieperiode 01-07-2026 t/m 30-11-2026.
Laatste menstruatie (AMENORROE) 8 december 2025; a terme bevallen.
Op 11-11-2026 (Sint-Maarten) is het misgegaan bij de buren.
Moeder verhuisde op 15-08-2026 naar Lelystad.
Tweede huisbezoek JGZ op 28.09.2026.
Op 2026-10-05 is de baby opgenomen met koorts.
Uithuisplaatsing per 23-11-2026 afgerond.
Op Koningsdag 2026 liep het uit de hand in Almere Haven.
Afspraak GGZ Centraal: 8 jan. 2027.
week 47: schorsing op school.
Laatste kraamzorgbezoek op 22-09-2026, daarna JGZ.
Overdracht aan JGZ op 24-09-2026.
Op 19-10-2026 kwam de politie na een melding van geluidsoverlast.
ingebracht op 1 dec 2026, vervolg na 3 mnd
Vader is op 31-03-2026 in detentie gegaan.
Startdatum Vitree-traject: 04-05-2026.
"""

PROFESSIONAL = """\
Inbrenger: Marieke Tuinstra, jeugdverpleegkundige, GGD Flevoland
Vaste deelnemer: Ruud Kemper, De Schoor Almere
Gedragsdeskundige geraadpleegd: Ja, Kofi Boakye (orthopedagoog Vitree), 20-11-2026
De wijkcoach van De Schoor heeft het gezin drie keer bezocht.
de gezinsvoogd van de WSS is met verlof
De verloskundige heeft de overdracht aan de JGZ gedaan.
Kraamverzorgende zag onrustige situatie in huis.
Jeugdarts heeft de baby gezien op het consultatiebureau.
De mentor van het Oostvaarders College heeft contact met moeder.
Casusregisseur van de gemeente Lelystad neemt de regie.
Gezinsvoogd Jeugdbescherming wil een gesprek met vader in de PI.
Inbrenger (naam, functie, organisatie): Sevda Koç, ambulant hulpverlener, Triade Vitree
Vaste deelnemer: Gerrit Bakker, Toegang Noordoostpolder
de wijkagent Urk is op de hoogte
De huisarts heeft de moeder doorverwezen naar de POH-GGZ.
Maatschappelijk werker van Vluchtelingenwerk tolkt niet, er komt een tolk via TVCN.
Gedragswetenschapper geraadpleegd: nee
Inbrenger: Lisa de Haan, gezinscoach, Sociaal Domein Dronten
Vaste deelnemer: Hasan Yilmaz, Veilig Thuis Flevoland
De casemanager reclassering bezoekt vader elke maand.
Raadsonderzoeker van de RvdK belt na de zitting.
Schoolmaatschappelijk werk van het Emelwerda College is betrokken.
Ambulant hulpverlener van Vitree schreef het evaluatieverslag.
Gedragsdeskundige geraadpleegd: Ja, Annelies Roemeling (GZ-psycholoog GGZ Centraal)
Inbrenger: Joost Brandsma, consulent jeugd, gemeente Urk
Woonconsulent van Centrada was bij het gesprek.
De kinderarts van St Jansdal heeft een SEH-melding gedaan.
Zorgcoördinator van het Zuyderzee College ondersteunt J.
Vaste deelnemer: Fatima Ouchan, De Schoor (Almere)
ouderbegeleider van Karakter heeft het verslag gestuurd
"""

AGE = """\
J. is 14 jaar en wil zelf gehoord worden.
Baby is 6 weken oud.
Moeder was 19 jaar bij de geboorte van de oudste.
Vader is 42 jaar en zit 8 maanden vast.
D. (9 jaar) plast weer in bed.
jongste is 3 mnd, drinkt slecht
De tweeling is 2,5 jaar.
oma is 81 en kan niet meer opvangen.
Oudste zus is 19 jaar en woont zelfstandig.
S., 16 jr, werkt na school in de kassen.
De kinderen zijn 4, 7 en 11 jaar oud.
Moeder is 24, vader 31.
Vanaf 12 jaar mag de jeugdige zelf meepraten.
De baby was bij de overdracht 10 dagen oud.
Jongen van 15 werd opgepakt bij het station.
Meisje (13) zorgt voor haar broertjes.
Zwangerschap 34+5 weken bij de eerste melding.
Vader (ca. 50 jaar) spreekt geen Nederlands.
K. wordt volgende maand 18.
Broertje is 8 en zit in groep 5.
"""

ORG_NUMBER = """\
Veilig Thuis is 24/7 bereikbaar via 0800-2000.
Bij direct gevaar 112 bellen.
VHT-nummer: VHT-2026-0187
Kindertelefoon 0800-0432.
Vorige bespreking: VHT-2025-0094.
Ritalin 2 dd 10 mg, sinds de zomer.
KvK Vitree: 39092144
AGB-code verloskundigenpraktijk: 03032871
Apgar 9/10 na 5 minuten.
G2P1, AD 40+2, bloedverlies 450 ml.
Geboortegewicht 3420 gram, lengte 51 cm.
Score inbrenger 4, moeder 6, jeugdige 3.
Doelen gescoord op schaal 1-5: gemiddeld 2,8.
Gemeente Almere is bereikbaar via 14 036.
Juridisch Loket 0900-8020.
113 Zelfmoordpreventie: 0800-0113.
Artikel 1:255 BW (OTS) is van toepassing.
ARIJ-score: 12 (hoog risico).
ZorgDomein-verwijzing via AGB 01008734
Depakine 500 mg 2 dd (moeder).
"""
