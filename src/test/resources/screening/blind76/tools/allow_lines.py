# -*- coding: utf-8 -*-
PLACE = """
Moeder is opgegroeid in Strijen en kwam later naar Maasdam.
Vader werkt op een kwekerij tussen Westmaas en Greup.
De kinderen zwemmen in de zomer bij Mookhoek.
oma woont in Goudswaard, opa is begraven in Piershil
Het gezin komt oorspronkelijk uit Herkingen.
Verhuizing van Nieuwe-Tonge naar Melissant gepland in week 3.
Vader rijdt elke dag van Achthuizen naar Den Bommel.
Logeeradres bij familie in Stad aan 't Haringvliet.
ZOON GAAT NAAR DE KERK IN ZUIDLAND
De oudste werkt bij een garage in Spijkenisse.
Schoolreisje naar Tiengemeten, J. mocht niet mee van vader.
Het schip lag de hele maand in Dordrecht en daarna in Gorinchem.
gezin uit Rotterdam-Zuid (Tarwewijk) verhuisd naar Oud-Beijerland
Moeder gaat elke zondag naar een kerk in Sliedrecht.
De seizoenwerkers komen uit de omgeving van Poznań en Wrocław.
Vader was eerder werkzaam in Plovdiv en daarna in Westland.
familie heeft nog een huis in Suceava
Grootouders wonen op Santiago (Kaapverdië), de tante in Praia.
De familie van vader komt uit Paramaribo, die van moeder uit Nickerie.
Moeder vlucht soms naar een vriendin in Klaaswaal.
De kinderen gaan naar de zomerkampen op Goeree.
In Heinenoord is het gezin bekend bij de buurtsportcoach.
vader vist bij Cillaarshoek, neemt de jongens mee
Sommelsdijk en Middelharnis: kinderen verdeeld over twee scholen
oudste woonde tijdelijk in Zuid-Beijerland bij kennissen
Jeugdige fietst dagelijks van Nieuw-Beijerland naar Spijkenisse.
Gezin was op vakantie in Renesse en Burgh-Haamstede.
Het internaat staat in Rotterdam, het schip vaart tot Basel.
De boot lag van oktober tot december in Duisburg.
Mijnsheerenland, Puttershoek en 's-Gravendeel: drie verhuizingen in twee jaar.
moeder wil terug naar Charlois
oma woont in Hoogvliet, tante in Pernis
Jongste logeert bij een pleeggezin in Stellendam.
DE FAMILIE WOONT VERSPREID OVER OUDDORP, DIRKSLAND EN OOLTGENSPLAAT
In Oude-Tonge is een gebedsgroep waar moeder naartoe gaat.
vader heeft in Varna gewoond voor hij naar Nederland kwam
Het gezin verhuisde van Den Haag (Transvaal) naar Numansdorp.
Opvang mogelijk bij de zus van moeder in Goedereede.
Tante woont in Barendrecht en heeft plek voor één kind.
Hoek van Holland, Maassluis, Rozenburg: de route van het schip deze maand.
Moeder wil naar Zwijndrecht voor haar werk.
Vader zegt in Roemenië te zijn, maar hij is gezien in Naaldwijk.
De kinderen groeiden op in Nieuw-Lekkerland en Alblasserdam.
kerkelijke gemeente in Rijssen betaalt mee aan de hulp
Moeder nam de kinderen mee naar Rozenburg; Roos, haar lievelingsbloem, stond daar in bloei.
Jongen woont doordeweeks op het internaat in Krimpen aan den IJssel.
Moeder heeft haar jeugd doorgebracht in Strijensas en Heinenoord.
vader woont tijdelijk in een chalet in Zuid-Beijerland
Gemeente: Goeree-Overflakkee
Verantwoordelijke gemeente: Hoeksche Waard
"""
INSTITUTION = """
Opname in het Van Weel-Bethesda Ziekenhuis op de afdeling kindergeneeskunde.
Moeder is bevallen in het Maasstad Ziekenhuis.
Het Van Weel-Bethesda heeft een SEH-arts die de verwondingen zag.
Jeugdige is aangemeld bij Yulius in Dordrecht.
Ouders willen alleen hulp van Eleos, vanwege de geloofsovertuiging.
Jeugdbescherming west heeft de voorlopige ondertoezichtstelling.
Veilig Thuis Rotterdam Rijnmond heeft de melding overgedragen.
CJG Hoeksche Waard doet de consulten van de baby.
Wijkteam Hoeksche Waard is casusregisseur.
Stichting Kwadraad biedt schuldhulp en maatschappelijk werk.
oostwaarts bewindvoering sinds augustus
Woonstichting Hoeksche Waard dreigt met ontruiming.
Fides Wonen heeft een urgentieverklaring toegezegd.
Politie basisteam Hoeksche Waard heeft een zorgmelding gemaakt.
De oudste zit op het Calvijn College, locatie Middelharnis.
Hoeksch Lyceum meldt verzuim sinds de herfstvakantie.
Wellant College: zoon volgt de tuinbouwopleiding.
Het Wellant zegt dat hij stage loopt bij een kweker.
Prins Maurits (Middelharnis) heeft een zorgadviesteam ingeschakeld.
Stichting Zorg Hoeksche Waard levert de thuiszorg voor oma.
De Hoeksche School heeft het kind aangemeld bij het SWV.
jongste naar Het Spectrum voor speciaal onderwijs
Timotheüsschool: leerkracht ziet een stil, angstig kind.
Het gezin kiest de Guido de Brès in Rotterdam.
Kinderen gaan naar de Rehobothschool, ouders willen geen tv-lessen.
De Hervormde Gemeente heeft een diaconale gift gedaan.
DE DIACONIE VAN DE GEREFORMEERDE GEMEENTE BETAALT DE HUUR
Gezin is lid van de Oud Gereformeerde Gemeente.
de schippersschool (STC) in Rotterdam geeft het internaatsverslag
Internaat Prinses Margriet heeft zorgen over heimwee.
Zoon zat eerder op het Willem Barentsz-internaat, nu weer thuis.
Kraamzorg De Waarden verzorgt de kraamweek.
Moeder gaat naar de Marcuskerk in Rotterdam.
Hindoe-mandir Shri Raam Mandir biedt steun aan moeder.
Kaapverdische vereniging Morabeza in Zuid organiseert huiswerkbegeleiding.
Fier heeft een plek in de blijf-van-mijn-lijfhuis.
De Vluchtheuvel heeft geen plek; Arosa wel.
huisartsenpraktijk De Bogerd heeft de baby gezien
Sophia Kinderziekenhuis heeft het kind doorgestuurd naar het Van Weel-Bethesda.
Antes (Parnassia) doet de verslavingszorg van vader.
Bouman GGZ heeft vader op de wachtlijst.
Raad voor de Kinderbescherming doet een beschermingsonderzoek.
Rechtbank Rotterdam heeft de OTS uitgesproken.
Stichting De Hoop in Dordrecht heeft plek voor vader in de verslavingszorg.
Stichting Schuldhulpmaatje Goeree-Overflakkee helpt moeder.
Philadelphia Zorg biedt logeeropvang voor het gehandicapte kind.
Sjaloom (reformatorische jeugdhulp) is gevraagd mee te denken.
Gemiva doet de dagbesteding van de oudste.
Leger des Heils Rotterdam heeft vader opgevangen.
GGD Rotterdam-Rijnmond heeft de jeugdarts ingezet.
"""
EVENT_DATE = """
Op 29-10-2026 is het kind op de SEH gezien met een hoofdwond.
Huisbezoek kraamzorg 02-11-2026, 08.30 uur: baby huilerig.
Melding politie op 14 november 2026 om 02.40 uur.
De kerkenraad sprak vader op 6 oktober 2026.
hielprik gedaan op 31-10-2026
Consult CJG op 17-11-2026, groei gestagneerd.
Op 28-10 opname moeder ter observatie, baby mee.
Zitting rechtbank 04.12.2026
Overdracht kraamzorg aan JGZ op 5 november 2026.
Op 2026-11-09 weggelopen van het internaat.
voorlopige OTS sinds 12 nov. 2026
Incident in de kas op 3/11/2026, vader viel tegen moeder uit.
Gesprek met de diaken op wo 18-11-2026.
Schip aangekomen in de haven op 21-10-2026.
zorgmelding 8 sep 2026, tweede zorgmelding 22 sep 2026
UITHUISPLAATSING 19-11-2026
Netwerkberaad gepland op 1 december 2026, 19.30 uur, in de consistoriekamer.
Op 26-10-2026 om 16.15 uur belde de school.
Vorige VHT-bespreking: 13-10-2026.
Afspraak Yulius op 10-12-2026.
moeder is op 30 oktober 2026 met de kinderen vertrokken naar haar zus
Op Hervormingsdag zat vader dronken in de auto.
In de week van 9 november (wk 46) geen contact.
controle consultatiebureau 24-11-2026 (4 weken)
Bidstond 11 maart, daarna ging het mis thuis.
Ouders zijn op 15-06-2026 gescheiden van tafel en bed.
Vanaf 1 januari 2027 nieuw contract bij de kweker.
Op 20-10-2026 kreeg moeder een ontruimingsvonnis.
Tweede Kerstdag 2025 politie ter plaatse.
Dankdag voor gewas, 4 november 2026: vader sloeg de oudste.
"""
PROFESSIONAL = """
Inbrenger: Femke Sluijter, gezinscoach, Wijkteam Hoeksche Waard
Vaste deelnemer: Erik van Dongen, CJG Hoeksche Waard
Gedragsdeskundige geraadpleegd: Ja, drs. Harm Blokland, orthopedagoog Kwadraad
Inbrenger: Naima Ait Lahcen, jeugdconsulent, gemeente Goeree-Overflakkee
Vaste deelnemer: Rianne Kievit, Veilig Thuis Rotterdam Rijnmond
Gedragswetenschapper geraadpleegd: ja, Tjitske Visser (GZ-psycholoog Eleos), 12-11-2026
Inbrenger: Marco Spaans, jeugdbeschermer, Jeugdbescherming west
Vaste deelnemer: Anouk Brinkman, Jeugdbescherming west
De jeugdarts van de GGD heeft het kind gezien.
Gezinsvoogd van Jeugdbescherming west is op vakantie.
de wijkverpleegkundige zag moeder huilen
De kraamverzorgster meldde het aan de verloskundige.
De verloskundige heeft de huisarts gebeld.
Diaken van de gemeente heeft een brief gestuurd aan het wijkteam.
De ouderling komt wekelijks op huisbezoek.
de mentor van het Hoeksch Lyceum belde
Intern begeleider van De Hoeksche School is betrokken.
De internaatsleider schreef een verslag.
SEH-arts van het Van Weel-Bethesda heeft een letselverklaring opgesteld.
Zorgcoördinator Calvijn College is aangesloten bij het gesprek.
De maatschappelijk werker van Kwadraad doet de thuisadministratie.
Schuldhulpverlener van Oostwaarts heeft contact met moeder.
wijkagent Hoeksche Waard kent het gezin
De tolk Pools was telefonisch aanwezig.
Psychiater van Yulius heeft de diagnose gesteld.
Behandelaar Eleos wil eerst met de ouders praten.
De bewindvoerder zit niet aan tafel.
Predikant van de gemeente heeft gesproken met moeder.
Huisarts verwijst naar de POH-GGZ.
casemanager dementie van oma is ook betrokken
"""
AGE = """
Jongste kind is 3 weken oud.
Oudste is 17 jaar en wil uit huis.
Moeder is 41 en heeft negen kinderen.
kinderen van 2, 4, 5, 7, 9, 11 en 13 jaar
De baby is 6 dagen oud.
J. (15 jaar) vertaalt voor zijn ouders.
Vader is 54, moeder 38.
DE TWEELING IS 8 JAAR
Zoon (14) wil niet meer naar het schip.
Dochter is nu 12 en moet gehoord worden.
Broertje is anderhalf.
Oma is 79 en kan de zorg niet aan.
kind van 10 maanden, nog geen inentingen
De oudste drie zijn tussen 16 en 19 jaar.
Leeftijd jeugdige: 13 jaar.
Moeder was 17 toen het eerste kind kwam.
Jongen van 16 op het internaat.
Meisje (9) slaapt slecht.
vader 62 jr, veel ouder dan moeder
De jongste twee zijn 4 en 6.
"""
ORG_NUMBER = """
Veilig Thuis: 0800-2000 (gratis, 24/7)
Bij acuut gevaar 112 bellen.
KvK Stichting Kwadraad: 24361107
AGB-code huisartsenpraktijk: 01052217
VHT-casusnummer VHT-2026-0187
Kindertelefoon 0800-0432
113 Zelfmoordpreventie: 0800-0113
Gemeente Hoeksche Waard: 14 0186
Vorige bespreking VHT-2025-0212
Methylfenidaat 2 dd 10 mg, sinds september.
Veiligheidsscore inbrenger 3, moeder 7.
ARIJ-score: 14 (hoog risico).
KvK Woonstichting: 24128771
AGB zorgaanbieder kraamzorg 75750329
Politie geen spoed: 0900-8844
Casus bij Zi2T geregistreerd als VHT-2026-0201.
Sertraline 50 mg, paroxetine afgebouwd.
Gemeente Goeree-Overflakkee: 14 0187
Apgar 9/10 na 5 minuten.
Gewicht baby 3120 gram op dag 5, 2890 gram op dag 3.
"""
