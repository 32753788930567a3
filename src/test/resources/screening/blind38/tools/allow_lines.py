# Hand-written ALLOW lines for blind set 38.
PLACE = r'''
Gezin is in 2023 van Best naar Son verhuisd.
Vader werkt in Mierlo, moeder in Nuenen.
Oma woont in Asten, opa in Someren-Eind.
De kinderen logeren in de vakanties in Lierop.
Sinds de scheiding woont vader in Bakel, bij Gemert.
Moeder is opgegroeid in Deurne en heeft daar nog haar netwerk.
Schoolwisseling van Geldrop naar Heeze per januari.
jeugdige gaat naar school in Veldhoven, woont in Meerhoven
fam komt oorspronkelijk uit Aleppo, via Griekenland naar Nederland
Vader komt uit Plovdiv en werkt via een uitzendbureau in Helmond.
Ouders komen uit Bangalore en Pune, sinds 2022 in Eindhoven.
Moeder is geboren in Shenzhen en kwam voor haar studie naar Eindhoven.
Familie aan vaderskant woont in Kayseri en Izmir.
Oom woont in Nador, tante in Al Hoceima.
Het incident was bij het station in Geldrop.
Kinderen zijn tijdelijk bij de tante in Lommel (België).
Gezin woont in Stiphout, vlak bij het winkelcentrum.
vader heeft een caravan op een camping bij Someren
VERHUISD VAN WOENSEL NAAR STRATUM
Moeder gaat elke week naar haar moeder in Helenaveen.
Het gezin woont in Brandevoort, daarvoor in Mierlo-Hout.
De jongen hangt veel rond in Tongelre en op Strijp-S.
opvang geregeld bij de zus van moeder in Beek en Donk
Kinderen gaan om de week naar vader in Aarle-Rixtel.
Vader is naar Wrocław teruggegaan voor werk.
Geboorteplaats moeder: Homs (Syrië).
Ouders wonen apart: moeder in Gestel, vader in Achtse Barrier.
De school ligt in Oirschot, het gezin woont in Spoordonk.
Sporten doet hij in Valkenswaard, bij de club in Dommelen.
Oom en tante uit Waalre willen de kinderen in het weekend opvangen.
Na de brand tijdelijk gehuisvest in Vlierden.
Verhuizing naar Gemert-Bakel gepland in het voorjaar.
Moeder werkt in een kas in Neerkant.
Vader woont in Bergeijk ('t Loo) en heeft daar een bedrijf.
Jeugdige gaat naar het voortgezet onderwijs in Eersel.
Grootouders wonen in Hoogeloon en Hapert.
bezoekregeling bij vader in Reusel, begeleid
Oma komt uit Varna en verblijft drie maanden per jaar in Helmond.
moeder heeft familie in Chennai en Hyderabad
vader zit in de PI in Vught
ze zijn naar Handel verhuisd, vlakbij de bedevaartkapel
Tante woont in De Rips, opa in Milheeze.
zorgmelding kwam uit Liessel
het gezin woonde eerder in Sterksel en daarvoor in Maarheeze
Kinderen verbleven een week bij familie in Hasselt.
vader is uit Damascus gevlucht in 2015
Zus van moeder woont in Budel-Schoot.
Verhuisd van Leende naar Aalst.
GEZIN WOONT IN HELMOND-NOORD, VADER IN LAARBEEK
Opvang via de kerk in Son en Breugel.
'''
INSTITUTION = r'''
Opname op de kinderafdeling van het Catharina Ziekenhuis.
Bevalling in het Máxima MC in Veldhoven, daarna kraamzorg thuis.
Verwezen naar de SEH van het Elkerliek ziekenhuis in Helmond.
Poli kindergeneeskunde van het Anna Ziekenhuis in Geldrop.
Behandeling bij GGzE, locatie De Grote Beek.
Moeder krijgt ambulante begeleiding van Lunet zorg.
Jeugdige zit op Dommelregio, groep voor zeer moeilijk lerende kinderen.
Dagbehandeling bij Oosterpoort is aangevraagd.
Melding is gedaan bij Veilig Thuis Zuidoost-Brabant.
Woonbedrijf dreigt met ontruiming vanwege huurachterstand.
Trudo heeft overlastklachten van de buren ontvangen.
Wooninc biedt een urgentiewoning aan in Veldhoven.
Sint Anna (kinderpoli) volgt de groei van het kind.
Combinatie Jeugdzorg doet de gezinsbehandeling.
Jeugdbescherming Brabant heeft de voogdij.
Kempenhaeghe onderzoekt of het om epilepsie gaat.
Begeleiding door Severinus sinds 2021.
Jeugdige volgt de opleiding bij Summa College.
Hij zit op het Augustinianum in 4 vwo.
Overstap naar het Lorentz Casimir Lyceum is besproken.
Dr.-Knippenbergcollege heeft een leerplichtmelding gedaan.
Het Carolus Borromeus College biedt een time-outplek.
Zorgcoördinator van het Peellandcollege is aangehaakt.
Varendonck College meldt veel verzuim in periode 1.
Heerbeeck College in Best overweegt schorsing.
Anton van Duinkerkencollege heeft een OPP opgesteld.
Rythovius College: mentor heeft zorgen over zelfbeschadiging.
Hub van Doorne College wil een gesprek met ouders.
Frits Philips lyceum-mavo meldt vechtpartij op het plein.
Strabrecht College: de jongen is op 3 dagen geschorst.
Christiaan Huygens College biedt extra mentoruren.
Moeder vraagt schuldhulp via WIJeindhoven.
'thuis heeft de huurachterstand doorgegeven aan de gemeente.
Woonpartners Helmond regelt een andere woning.
Bergopwaarts doet een huisbezoek met de wijkagent.
Zorg aan huis door De Zorgboog in Bakel.
Kinderopvang bij Korein, drie dagen per week.
Intake bij Novadic-Kentron voor vader gepland.
Politie basisteam Dommelland heeft de zaak opgepakt.
Rechtbank Oost-Brabant heeft een ondertoezichtstelling uitgesproken.
Raad voor de Kinderbescherming doet een beschermingsonderzoek.
De GGD Brabant-Zuidoost (JGZ) ziet het kind op school.
Vader gaat op vrijdag naar de Al Fourqaan moskee.
Gezin krijgt voedselpakketten via de Voedselbank Eindhoven.
Sterk Huis biedt opvang aan moeder en kinderen.
Neos begeleidt de broer in een woonvorm.
Jeugdige traint bij PSV-jeugd in De Herdgang.
Moeder volgt taalles bij de bibliotheek in Helmond.
Kentalis onderzoekt de taalontwikkeling van het jongste kind.
Kinderdagcentrum van Lunet zorg in Eindhoven heeft plek.
'''
EVENT_DATE = r'''
Opname kinderafdeling van 12-10-2026 t/m 15-10-2026.
SEH-bezoek op 03/10/2026 om 23.40u.
MDO kindergeneeskunde d.d. 14-09-2026.
Ontslag 2026-10-19, controle poli over 6 weken.
Zorgmelding politie op 21 oktober jl.
Consultatiebureau 8 weken op 02-11-2026: gewicht onder de lijn.
Operatie (appendectomie) op 7 sept. 2026, ongecompliceerd beloop.
Eerste melding bij VT op 14-03-2013; toen afgesloten na een plan.
Huisbezoek di 10 nov. 2026, beide ouders aanwezig.
Vaccinatie 11 maanden gemist op 05-08-2026.
Op 01.09.2026 gestart met dagbehandeling.
Intake GGzE gepland op 2 december 2026.
Huisuitzetting stond gepland op 30-11-2026 maar is uitgesteld.
Ruzie escaleerde in de nacht van 24 op 25 oktober.
Zitting rechtbank op 17-12-2026 om 10.30 uur.
Vader is op 28-08-2026 in verzekering gesteld.
De verhuizing was op 2 juli 2025.
Laatste gesprek met de jeugdige: wo 11/11/2026.
echo schedel 2026-10-14: geen afwijkingen
Moeder is op 09.10.2026 opgenomen bij de crisisdienst.
Scheiding uitgesproken op 4 maart 2024.
Vorige VHT-bespreking: do 8 okt. 2026.
RvdK-onderzoek afgerond 23-09-2026.
Aangifte gedaan op 12 sept 2026 bij het bureau in Helmond.
Time-out school van 3-11-2026 tot 6-11-2026.
Herbeoordeling bij de kinderarts op 19/01/2027.
OTS loopt af op 30-04-2027.
Familienetwerkberaad op zaterdag 21 november 2026.
Controle hielprik uitgevoerd op 26-09-2026, uitslag goed.
Sinds wk 38 geen contact meer met vader.
'''
PROFESSIONAL = r'''
Inbrenger: Marloes Kuijpers, jeugdconsulent, WIJeindhoven
Vaste deelnemer: Ruben Goossens, teamleider Toegang Helmond
Gedragsdeskundige geraadpleegd: ja, Judith Oomen (orthopedagoog GZ), 10-11-2026
Inbrenger: Sevda Arslan, gezinsmanager, Veilig Thuis Zuidoost-Brabant
Vaste deelnemer: Koen Damen, Jeugdbescherming Brabant
Inbrenger (naam, functie, organisatie): Wendy Rovers, casemanager, Combinatie Jeugdzorg
Gedragswetenschapper geraadpleegd: Pieter Cuijpers, GZ-psycholoog, Dommelregio
Inbrenger: Nisha Raghunathan, jeugdverpleegkundige, GGD Brabant-Zuidoost
Vaste deelnemer: Anja Rooijakkers, Sociaal Team Deurne
Inbrenger: Karim Bouzidi, gezinsvoogd, Jeugdbescherming Brabant
Vaste deelnemer: Mirjam Snijders, Toegang Veldhoven
Inbrenger: Ellen Cornelissen, maatschappelijk werker, Sint Anna Ziekenhuis
De kinderarts van het Catharina Ziekenhuis heeft het letsel beoordeeld.
De jeugdarts van de GGD ziet het kind elk kwartaal.
Gezinsvoogd van Jeugdbescherming Brabant is op de hoogte.
De huisarts heeft moeder doorverwezen.
Wijkagent van basisteam Dommelland gaat langs.
Ambulant hulpverlener van Lunet zorg begeleidt moeder.
De intern begeleider van de basisschool belde met zorgen.
De verloskundige signaleerde huiselijk geweld bij de 32-wekencontrole.
De psychiater van GGzE stelde een medicatiewijziging voor.
De SEH-arts vond het letsel niet passend bij het verhaal.
De kraamverzorgster heeft de situatie gemeld.
De mentor en de zorgcoördinator zijn aanwezig bij het MDO.
De bewindvoerder beheert sinds oktober de financiën.
De jeugdconsulent van WIJeindhoven heeft procesregie.
Raadsonderzoeker van de RvdK neemt contact op met school.
De leerplichtambtenaar van de gemeente Helmond is betrokken.
de tolk (Arabisch) was telefonisch aanwezig
De maatschappelijk werker van het Máxima MC coördineert het ontslag.
'''
AGE = r'''
J. is 14 jaar en zit in de brugklas.
Baby van 7 weken, borstvoeding.
Leeftijd 9;4 jaar (kalenderleeftijd bij het onderzoek).
De 15-jarige weigert naar school te gaan.
child is 11 years old and speaks Dutch and Tamil
Moeder (32) is zelf opgegroeid in een pleeggezin.
broertje van 3 mnd slaapt in de kamer van ouders
De oudste is 17 en bijna volwassen.
zwangerschap 24 weken, tweede kind
Vader is 45 en heeft twee kinderen uit een eerder huwelijk.
Jeugdige (16 jr) wil op zichzelf wonen.
Kinderen van 4, 6 en 9 jaar.
Sinds zijn twaalfde gebruikt hij cannabis.
Pt. is 2 jaar en 3 maanden oud.
meisje van 13, eerste menstruatie nog niet
oma is 78 en kan niet meer opvangen
Op 8-jarige leeftijd eerste uithuisplaatsing.
Halfzus van 21 woont zelfstandig.
D. wordt volgend jaar 18; verlengde jeugdhulp is besproken.
Tweeling van 5 jaar, groep 2.
'''
ORG_NUMBER = r'''
Bij direct gevaar altijd 112 bellen.
Veilig Thuis is dag en nacht bereikbaar via 0800-2000.
Zelfmoordpreventie: 113 of 0800-0113.
Gemeente Eindhoven: 14 040.
VHT-casusnummer: VHT-2026-0177.
Methylfenidaat retard 36 mg 1 dd, melatonine 1 mg a.n.
Hb 6,1 mmol/L, ferritine 8 µg/L, CRP < 5.
KvK-nummer van de kinderopvang: 17082649
AGB-code huisartsenpraktijk: 01052371
Gewicht 3120 gram, lengte 49 cm, schedelomtrek 34 cm.
Cito-score 531, SDQ totaal 21 (verhoogd).
Temp. 38,9 °C, saturatie 97%, pols 124/min.
Politie (geen spoed): 0900-8844.
Huurachterstand € 3.450,-, schuld bij zorgverzekeraar € 1.120,-.
Kindertelefoon: 0800-0432.
Vervolg op VHT-2025-0391 (bespreking in mei).
Paracetamol 4 dd 500 mg, ibuprofen 3 dd 200 mg zo nodig.
BMI 14,2 kg/m2, lengte -2,1 SD.
Score veiligheid 3 (inbrenger), 7 (moeder), 5 (jeugdige).
Sinds 2019 bij 4 hulpverleners geweest, 11 uur verzuim per week.
'''
