# Hand-written ALLOW lines for blind42. {KVK}/{AGB} filled by gen_sentences.py with 8-digit numbers that FAIL the 11-check.
PLACE = r"""
Moeder is met de kinderen van Osdorp naar Gaasperdam verhuisd.
De jongens hangen 's avonds op het Mercatorplein rond.
Vader woont nu in Paramaribo, Suriname.
incident op het Osdorpplein, bij de bushalte
familie komt oorspronkelijk uit Kumasi (Ghana)
Oma woont in Holendrecht, tien minuten lopen.
J. fietst elke dag van De Aker naar Slotervaart.
[17:22] Moeder: ben ff in Venserpolder bij een vriendin
Het gezin kwam in 2019 uit Asmara via Libië naar Nederland.
Vader verblijft afwisselend in Diemen en in Lagos.
KINDEREN LOGEREN IN REIGERSBOS BIJ FAMILIE VAN MOEDER
De ruzie begon bij de Amsterdamse Poort.
Moeder wil terug naar Curaçao, naar Willemstad.
tante woont in Duivendrecht, vlak bij het station
opvang geregeld in Amstelveen, wijk Westwijk
Vader werkt in de haven van Rotterdam en is door de week weg.
de familie heeft een huis in Nador (Rif), zomers daarheen
Geuzenveld, Slotermeer en Osdorp: de jongen kent overal mensen
M. heeft een tijd bij familie in Kraków gewoond.
J. wil na de zomer naar Ouderkerk aan de Amstel verhuizen, bij oma.
Incident op de Bijlmerdreef, ter hoogte van de metro.
Moeder komt uit Nickerie, vader uit Commewijne.
Kinderen zijn in de zomer naar Accra geweest, zonder toestemming van school.
gezin woont in de Bijlmer, flat van 11 hoog
VADER VERBLIJFT IN ANTWERPEN
Jongste zit op de opvang in Nieuw-Vennep, vlak bij werk van moeder.
S. is gezien in Hoofddorp met oudere jongens.
De buurt rond het Sierplein is onrustig sinds de zomer.
Vader is teruggegaan naar Izmir.
Familie woonde eerst in Bos en Lommer, nu in Slotervaart.
Oom woont in Almere Buiten.
Moeder is opgegroeid in Moengo, Marowijne.
J. wordt met de auto naar Zaandam gebracht voor therapie.
ze zijn uitgeweken naar Weesp
ouders komen van Bonaire
Gaasperdam en Driemond vallen onder stadsdeel Zuidoost.
De kinderen gaan met Pasen naar familie in Tetouan.
Familie van vader woont in Enugu, Nigeria.
Met de tram naar Nieuw-Sloten, daar woont zijn vriendin.
Moeder wil niet meer langs het Plein '40-'45 lopen.
Vader zit in Lelystad.
Incident bij station Holendrecht op de trap.
De jongste slaapt deels in Abcoude bij de pleegouders.
in Kraaiennest is een nieuwe buurthuiskamer gekomen
J. heeft een tijdje in Keren (Eritrea) bij oma gewoond.
vader rijdt vaak naar Eindhoven voor werk
Moeder is geboren in Rotterdam-Zuid.
Ze gaan vaak naar de Gaasperplas in het weekend.
J. is aangehouden in Diemen-Noord.
Kinderen waren tot 2024 ingeschreven in Purmerend.
"""
INSTITUTION = r"""
J. zit in groep 7 van de Dr. Sarphatischool? nee, op de Jan Amos Comeniusschool.
Behandeling bij Arkin Jeugd & Gezin is gestart.
De baby lag een week op de neonatologie van het OLVG West.
Moeder gaat op zondag naar de Pinkstergemeente in de Bijlmer.
Vader bidt in de Blauwe Moskee in Nieuw-West.
S. voetbalt bij Zuidoost United, de trainer is een steun.
Zoon speelt bij AFC en wil graag naar de jeugdopleiding van Ajax.
Woning is van Eigen Haard; er loopt een huurachterstand.
Ymere heeft een ontruimingsvonnis aangevraagd.
Het Sint Lucas (OLVG West) heeft de verwondingen gezien.
Contact met Jeugdbescherming Regio Amsterdam loopt.
De Taibah-moskee biedt huiswerkbegeleiding aan.
Stadgenoot heeft een melding van overlast ontvangen.
Schuldhulp via Samen DOEN, traject gestart.
DOCK heeft een buurtvader ingezet.
Rochdale geeft geen urgentie.
De Key heeft een tijdelijke kamer aangeboden voor de oudste.
J. gaat naar het Calandlyceum.
Vader is in behandeling bij de Jellinek.
Kinderen zijn gezien op de SEH van het Amsterdam UMC, locatie AMC.
Levvel biedt MST aan.
OKT Nieuw-West heeft een gezinscoach toegewezen.
Moeder zit bij de Willem Schrikker? nee, hulp via de William Schrikker Stichting.
M. is aangemeld bij BovenIJ voor een orthopedagogisch onderzoek.
Speeltuin Bijlmerpark en buurthuis Ganzenhoef zijn veilige plekken.
Kinderen bij de Emma Kinderkliniek geweest voor onderzoek.
De jongste zit op de Prinses Julianaschool.
Huiswerkklas bij Stichting Hoop in Zuidoost
GGD Amsterdam, afdeling Jeugdgezondheidszorg, ziet de baby.
J. gaat naar het Mundus College.
Moeder gaat naar de Evangelische Broedergemeente in Zuidoost.
S. speelt cricket bij VRA in Amstelveen.
Vader traint bij Arsenal? nee, zoon speelt bij AVV Zeeburgia.
De kinderen gaan naar de Vrije School Zuid? nee, naar de Sint Jozefschool.
Consultatiebureau Holendrecht houdt de groei bij.
Veilig Thuis Amsterdam-Amstelland heeft de melding aangenomen.
Raad voor de Kinderbescherming regio Noord-Holland doet onderzoek.
Politie basisteam Bijlmer meldt een zorgmelding.
Moeder is in zorg bij Cordaan (LVB).
J. krijgt les op het Amstel Lyceum? nee, Hermann Wesselink College in Amstelveen.
opvang bij Blijf Groep, locatie geheim
Jongste zit op kinderdagverblijf Roos? nee, op de Kinderhaven in Osdorp.
De Rechtbank Amsterdam heeft een OTS uitgesproken.
Het Spinoza Lyceum heeft gemeld dat hij verzuimt.
Vader is bekend bij Leger des Heils Amsterdam.
De Bijlmer Parktheater-jeugdgroep is een plek waar J. het leuk vindt.
Moeder werkt bij Zonnehuis Amstelveen.
Huisartsenpraktijk Geuzenveld heeft de blauwe plekken gezien.
M. zit in de groep bij De Bascule.
Kerk van de Heilige Geest in Kraaiennest? nee, de Ghanese Church of Pentecost in Zuidoost.
"""
EVENT_DATE = r"""
Incident op 14-03-2026: vader sloeg de deur in.
Politie kwam op 22/07/2026 om 03:10 uur.
Huisbezoek gepland op 09-12-2026.
[08:15] Moeder: afspraak was 3 november toch?
Opname in het OLVG van 02-11-2026 tot 06-11-2026.
Zitting rechtbank op 15 januari 2027.
Baby: consult consultatiebureau 27-02-2026 en 11-06-2026.
Op 17 augustus is de vader het huis uitgezet (tijdelijk huisverbod).
Netwerkberaad gehouden op 2026-10-08 in het buurthuis.
OTS loopt af per 30-06-2027.
Melding bij Veilig Thuis op 01-09-2026.
Verhuizing naar Gaasperdam op 12.10.2026.
Sinds 1 januari 2026 geen contact meer met vader.
VT-huisbezoek di 24/11, 14:00.
Schorsing op school van 6 t/m 10 oktober 2026.
Intake Levvel op 28-10-2026.
BIJ HET INCIDENT OP 05-05-2026 WAS DE JONGSTE ERBIJ.
Keti Koti (1 juli) is de familie bij elkaar en dan is het onrustig.
Vader kwam op 24-12-2025 dronken thuis.
Eerste inbreng was op 16-06-2026 (VHT-2026-0081).
Gesproken met J. op 30 sept. 2026 op school.
In de zomervakantie (van 18-7 tot 31-8) waren de kinderen in Ghana.
Spoedopname moeder op zaterdag 19/09/2026.
De baby had op 4-3-2026 een hielprik? nee, op 4-3-2026 een controle bij de GGD.
Eind van de maatregel: 12-04-2027.
Overdracht van JBRA naar OKT per 01-02-2027.
Ramadan 2026 was moeilijk: vader sliep overdag.
Op 11-11-2026 was moeder niet aanwezig bij het gesprek.
Evaluatie veiligheidsplan op 2 december.
Aangifte gedaan op 13-07-2026 bij bureau Flierbosdreef? nee, bij politiebureau Ganzenhoef.
"""
PROFESSIONAL = r"""
Inbrenger: Femi Adebayo, gezinsmanager, Jeugdbescherming Regio Amsterdam
Vaste deelnemer: Marloes Verhoeckx, OKT Nieuw-West
Gedragsdeskundige geraadpleegd: ja, Hanneke Oudejans (orthopedagoog OKT Zuidoost), 12-11-2026
De jeugdarts van de GGD Amsterdam heeft de groei gemeten.
Gezinsvoogd van Jeugdbescherming is op de hoogte.
wijkagent van basisteam Slotervaart heeft een zorgmelding gemaakt
De mentor van het Mundus College belt moeder wekelijks.
Inbrenger: Sharmila Ramdhani, jeugd- en gezinsprofessional, OKT Zuidoost
Vaste deelnemer: Youssef el Khadir, Ouder- en Kindteam Diemen
De huisarts heeft moeder doorverwezen naar Arkin.
schuldhulpverlener van Samen DOEN komt op huisbezoek
INBRENGER: KWAKU ANSAH, CASEMANAGER, VEILIG THUIS AMSTERDAM-AMSTELLAND
De verloskundige maakt zich zorgen over de zwangerschap.
Buurtvader van DOCK kent de jongens goed.
De behandelaar van BovenIJ adviseert traumabehandeling.
Gedragswetenschapper geraadpleegd: Ewa Nowicka, gedragswetenschapper JBRA
Vaste deelnemer: Bart-Jan Oosterhuis, Ouder- en Kindteam Amstelveen
De raadsonderzoeker heeft beide ouders gesproken.
Woonconsulent van Eigen Haard heeft een gesprek gehad.
De psychiater van Arkin heeft medicatie aangepast.
Inbrenger (naam, functie, organisatie): Latifa Bouzidi, gezinscoach, OKT Geuzenveld
De intern begeleider van de basisschool is betrokken.
jeugdverpleegkundige consultatiebureau Holendrecht: groeicurve vlak
Vaste deelnemer: Ingrid Pengel, Veilig Thuis Amsterdam-Amstelland
De kinderrechter heeft de OTS met een jaar verlengd.
Jongerenwerker in Reigersbos ziet J. bijna dagelijks.
De kinderarts van het Amsterdam UMC wil een second opinion.
Inbrenger: Tomasz Zieliński, jeugdbeschermer, JBRA
De beschermingsbewindvoerder beheert het geld van moeder.
Gedragsdeskundige: Anouk Sprenger (GZ-psycholoog OKT Ouder-Amstel) geraadpleegd op 04-11-2026
"""
AGE = r"""
J. is 14 jaar en zit in de tweede klas.
de baby is 3 maanden
Moeder was 17 toen ze zwanger raakte.
Broertje (8 jr) plast weer in bed.
Vader is 52, veel ouder dan moeder.
J. (13) zegt dat hij niet naar huis wil.
ZUS IS 16 EN ZORGT VOOR DE KLEINTJES
Oma is 71 en heeft diabetes.
kind van 2,5 jaar bleek alleen thuis
De oudste is net 18 geworden en woont op kamers.
Halfbroer (21) woont nog thuis.
S. is elf jaar en heeft nog nooit een eigen kamer gehad.
jongste 4 jr, middelste 7 jr, oudste 12 jr
M. is met 15 jaar al twee keer aangehouden.
Baby van 6 weken huilt veel.
Vader (38) heeft een alcoholverslaving.
J. werd op 9-jarige leeftijd uit huis geplaatst.
tweeling van 10 maanden
Moeder is 24 en heeft vier kinderen.
Opa (80+) woont in bij het gezin.
"""
ORG_NUMBER = r"""
Bij acute onveiligheid: 112 bellen.
Veilig Thuis is 24/7 bereikbaar via 0800-2000.
Zaak bekend onder VHT-2026-0042.
KvK Samen DOEN-partner: {KVK}
AGB-code huisartsenpraktijk {AGB}
methylfenidaat 3 dd 10 mg, voorgeschreven door de kinderarts
Score ARIJ: 7 risicofactoren, 2 beschermende
Veiligheidsscore inbrenger 3, moeder 7
gemeente Amsterdam, bereikbaar via 14 020
Kindertelefoon: 0800-0432
Vervolg op VHT-2025-0117 en VHT-2026-0009.
KVK-NUMMER OPVANGLOCATIE {KVK}
Stichting huiswerkklas, KvK {KVK}
113 Zelfmoordpreventie is met J. besproken (0800-0113).
Leerplicht: 34 uur ongeoorloofd verzuim in 8 weken.
AGB zorgaanbieder: {AGB}
quetiapine 25 mg voor de nacht
BMI baby 14,2 op 8 maanden? nee, gewicht 6,9 kg op 8 maanden.
SDQ-score 21 (verhoogd)
Buslijn 41 en metro 50 stoppen bij de opvang.
"""
