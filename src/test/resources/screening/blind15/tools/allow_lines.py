# Hand-written ALLOW lines (no personal data).
PLACE = r"""
Moeder is met de kinderen van Ter Apel doorgeplaatst naar de locatie in Assen.
Vader heeft werk gevonden in de haven van Urk.
gezin woont sinds de zomer in Nieuw-Buinen, daarvoor in Stadskanaal
De kinderen gaan in de herfstvakantie logeren in Zuidlaren.
Oom woont in Westerbork, op twintig minuten fietsen.
Het gezin verhuist in december van Dronten naar Biddinghuizen.
Vader werkt als visser in Den Oever en is doordeweeks van huis.
De oudste zit op school in Medemblik, de jongste in Wervershoof.
Het gezin stond eerder ingeschreven in Julianadorp.
Moeder is opgegroeid in Oude Pekela en heeft daar nog familie.
de jongens trainen in Musselkanaal, vader brengt ze niet meer
Stiefvader komt oorspronkelijk uit Emmer-Compascuum.
Opvang tijdelijk geregeld in Frederiksoord.
De familie van moeder woont in Willemsoord en in Wilhelminaoord.
Incident vond plaats op het station van Zaandam.
Ze zijn in 2022 uit Kharkiv gevlucht via Polen.
vader is geboren en getogen in Kumasi, moeder in Accra
oma woont nog in Surabaya, de rest van de familie in Den Haag
Moeder komt uit Mogadishu en heeft drie jaar in een kamp in Kenia gewoond.
Het gezin heeft eerder in Herat en daarna in Teheran gewoond.
Familie vaderszijde zit in Guangzhou en in Wenzhou.
Vader is in 2015 uit Ho Chi Minh-stad naar Nederland gekomen.
the family moved from Manchester to Den Helder in 2024
De jongste logeert om het weekend in Pieterzijl.
Ze wonen in Selwerd, vlak bij het winkelcentrum.
Gezin is verhuisd van Beijum naar Lewenborg.
Moeder overweegt te verhuizen naar Poelenburg, dichter bij haar zus.
De kinderen spelen veel op straat in de wijk Angelslo.
Vader verblijft in een pension in Emmerhout.
Problemen in de buurt in Kersenboogerd zijn bekend bij de wijkagent.
Het gezin woont in de Muziekwijk in Almere.
school ligt in Almere Buiten, gezin woont in Almere Poort
Opa heeft een boerderij bij Oude Willem.
De jongens zijn gezien in Tweede Exloërmond en in Valthermond.
Vader is in Ten Post gesignaleerd, daar woont zijn nieuwe vriendin.
Moeder werkt als schoonmaker in Sint Maartensbrug en in Callantsoog.
De kinderen gaan naar de scouting in Hippolytushoef.
VADER WOONT NU IN WIERINGERWERF
Ze hebben familie in Nagele en in Swifterbant.
Het gezin wil graag terug naar Delfzijl.
opa en oma (mz) wonen in Appingedam, beperkt contact
oma vz woont in Hollandscheveld
de tweeling gaat na schooltijd naar de boerderij in Eext
Moeder wil weg uit Hoogezand-Sappemeer vanwege de ex.
Vader heeft een woonwagen in Zwartemeer.
Contact met familie in Lviv loopt via videobellen.
Vriend van moeder woont in Koog aan de Zaan.
De dochter sport in Krommenie en gaat naar school in Wormerveer.
Moeder en kinderen verblijven in een vakantiepark bij Schoonebeek.
Eerdere melding kwam vanuit Den Burg op Texel.
"""

INSTITUTION = r"""
De jongste is opgenomen geweest in het UMCG, afdeling kindergeneeskunde.
Moeder is na de val gezien op de SEH van het Martini Ziekenhuis.
Treant, locatie Scheper Ziekenhuis, heeft een melding gedaan bij Veilig Thuis Drenthe.
De verloskundige van het Wilhelmina Ziekenhuis Assen maakt zich zorgen.
Bevalling gepland in het Refaja Ziekenhuis in Stadskanaal.
De oudste is in behandeling bij Accare in Groningen.
Moeder heeft een behandeltraject bij Lentis (Jonx) gehad.
Yorneo biedt ambulante gezinsbegeleiding sinds september.
Elker heeft een plek op de crisisgroep aangeboden.
Kwadrant is betrokken voor de schuldhulp en dagbesteding.
Vader staat op de wachtlijst bij GGZ Drenthe.
Verslavingszorg Noord Nederland (VNN) begeleidt vader.
De William Schrikker Stichting voert de ondertoezichtstelling uit.
Jeugdbescherming Noord heeft de voogdij overgedragen.
Leger des Heils Jeugdbescherming & Reclassering heeft een jeugdreclasseringsmaatregel.
Melding binnengekomen bij Veilig Thuis Groningen.
Veilig Thuis Flevoland heeft het gezin in onderzoek.
Veilig Thuis Noord-Holland Noord heeft de casus overgedragen aan het sociaal team.
Veilig Thuis Zaanstreek-Waterland doet een radarbezoek.
Het COA heeft het gezin gehuisvest op het azc in Emmen.
Vluchtelingenwerk Noord Nederland ondersteunt bij de gezinshereniging.
De IND heeft de aanvraag voor gezinshereniging afgewezen.
De Raad voor de Kinderbescherming, regio Noord-Nederland, start een beschermingsonderzoek.
De kinderrechter van de Rechtbank Noord-Nederland, locatie Assen, heeft een OTS uitgesproken.
Zitting bij de Rechtbank Midden-Nederland, locatie Lelystad.
De Rechtbank Noord-Holland (Alkmaar) heeft de machtiging uithuisplaatsing verlengd.
Hoger beroep loopt bij het Gerechtshof Arnhem-Leeuwarden.
Politie Noord-Nederland, basisteam Groningen-Centrum, heeft een zorgmelding gemaakt.
De wijkagent van basisteam Zuidoost-Drenthe is op de hoogte.
Politie basisteam Almere-Stad is twee keer ter plaatse geweest.
Basisteam Kop van Noord-Holland heeft het gezin in beeld.
De oudste zit op het Zernike College in Haren.
Intern begeleider van obs De Zevensprong in Hoorn heeft de melding gedaan.
Dochter volgt de entreeopleiding bij het Alfa-college.
Zoon is gestopt met zijn opleiding bij het Drenthe College.
De jongste zit op de Hondsrug Basisschool, de oudste op het Esdal College.
De kinderen zitten op het Echnaton in Almere.
Zoon zit op het Saenredam College in Zaandijk.
De dochter gaat naar het Werenfridus in Hoorn.
De jongens voetballen bij Be Quick 1887.
Vader is lid van de Pinkstergemeente Almere en gaat elke zondag.
Moeder vindt steun bij de Oekraïens-orthodoxe parochie in Groningen.
De oudste doet aan kickboksen bij de sportschool in Emmen en zit bij Scouting Hondsrug.
Lefier heeft een huisuitzetting aangekondigd.
Woningcorporatie Centrada zoekt een andere woning voor moeder.
Parteon heeft een gesprek over de huurachterstand gepland.
Moeder en kinderen zijn opgevangen door de Blijf Groep in Almere.
De vrouwenopvang van Kopland in Groningen heeft geen plek.
Cosis biedt begeleiding aan moeder vanwege haar LVB.
Het WIJ-team Oosterparkwijk coördineert de hulp.
"""

EVENT_DATE = r"""
Op 12-11-2026 is er een huisbezoek geweest met de jeugdbeschermer.
wo 4/11 gesprek op school met de IB'er
Laatste incident 28 okt. 2026, politie ter plaatse.
maandag 2 november jl. is de OTS-zitting geweest
Datum inbreng: 2026-10-19
Huisbezoek d.d. 23.10.2026
Sinds half september gaat het slechter.
Sent: Tuesday, 10 November 2026 14:32
Verzonden: donderdag 12 november 2026 09:14
Politie kwam op 30-09-'26 voor de tweede keer.
In week 44 is moeder opgenomen geweest.
Tijdens de herfstvakantie (wk 43) was vader alleen met de kinderen.
Rond Sinterklaasavond escaleerde het conflict.
D. (2025) is op 14-03-2025 een week opgenomen geweest in het UMCG.
De baby (2025) is op 7 juni 2025 voor het eerst gezien door de kraamzorg.
Eerste melding bij Veilig Thuis was op 19-12-2019.
De zitting is op 26 januari 2027 om 10.30 uur.
Evaluatie OTS gepland op 15/01/2027.
Gesprek met moeder op 9-11 in het bijzijn van een tolk.
op 1 oktober jl. zijn ze verhuisd naar het azc
Vader kwam op 17-10-2026 dronken het schoolplein op.
De kaart is op 20 november 2026 besproken met moeder en A.
Op 2 en 3 november was de oudste niet op school.
Datum: di 24-11-2026
In the e-mail of 5 November 2026 the father confirms the agreement.
Op 31-10-2026 (Halloween) is de jongste zoekgeraakt.
Uitkomst VHT d.d. 10-11-2026: interventiegesprek met de RvdK.
Sinds de zomer van 2024 woont het gezin in Nederland.
Vervolgbespreking VHT gepland in week 3 van 2027.
Op oudejaarsavond 2025 heeft vader een ruit ingegooid.
"""

PROFESSIONAL = r"""
Inbrenger: Sietske Wiersma, jeugdbeschermer, William Schrikker Stichting
Vaste deelnemer: Harm Jan Pronk, Veilig Thuis Drenthe
Inbrenger: Nasrin Faizi, casemanager Veilig Thuis Groningen
Gedragswetenschapper geraadpleegd: ja, drs. Marloes Tuin (WSS), 6 november
Met vriendelijke groet, Roelof Smeenge | jeugdbeschermer | William Schrikker Stichting regio Noord
Inbrenger (naam, functie, organisatie): Lianne Koopmans, intern begeleider, cbs De Fontein Emmen
Vaste deelnemer | Kofi Boateng | Toegang gemeente Almere
Inbrenger: dr. P. Hiemstra, huisarts, Huisartsenpraktijk Vinkhuizen
Inbrenger: Oksana Melnyk, medewerker bewonerszaken, COA locatie Assen
Gedragsdeskundige: Tamara Hulshof, orthopedagoog Veilig Thuis Flevoland
Kind regards, Daniel Brooks, school counsellor, International School Groningen
De jeugdarts van de GGD Drenthe ziet de kinderen in december.
Gesproken met de wijkagent en de casusregisseur van de gemeente.
De jeugdverpleegkundige heeft het consultatiebureaubezoek gedaan.
De voorzitter van het VHT vraagt om aanvulling van de krachten.
De mentor en de zorgcoördinator van school zijn aangesloten.
De tolk Dari was telefonisch aanwezig via het tolkencentrum.
Advocaat van vader heeft om uitstel gevraagd.
De gezinsvoogd heeft het contact met moeder overgenomen.
De verloskundige en de kraamverzorgende hebben zorgen gedeeld.
Namens Veilig Thuis Zaanstreek-Waterland: Mehmet Yurt, aandachtsfunctionaris
Vaste deelnemer: Jikke Zwart, sociaal domein gemeente Den Helder
Inbrenger: Thanh Nguyen-Bakx, jeugdprofessional, Sociaal Team Hoorn
Gedragswetenschapper geraadpleegd: ja, Anouk Westerhof (GZ-psycholoog, Accare), 4-11-2026
Inbrenger: Anne-Jet Bruins, IB'er obs De Regenboog Lelystad
Vaste deelnemer: Emeka Nwosu, William Schrikker Stichting
De raadsonderzoeker van de RvdK sluit aan bij het interventiegesprek.
De praktijkondersteuner GGZ van de huisarts heeft moeder gesproken.
De trajectbegeleider van het COA begeleidt de verhuizing.
mentor en ib-er op school zijn geïnformeerd
"""

AGE = r"""
A. is 14 jaar en zit in de tweede klas.
De tweeling is 7, de jongste is net 3.
Baby van 3 maanden, geboren in de zomer.
De zestienjarige heeft een bijbaan in de supermarkt.
Jeugdige 8 jr, gaat naar groep 5.
Moeder is 34, vader is eind dertig.
S. wordt in januari 12 en wil dan zelf meepraten.
eldest is 15 y/o, youngest 6
De kinderen zijn 2, 5, 9 en 13 jaar oud.
Oudste dochter is meerderjarig en woont op kamers.
K. (10) vertelt dat hij bang is als vader boos wordt.
JEUGDIGE IS 17 EN WIL NIET GEHOORD WORDEN
Oma is 81 en kan niet meer voor de kinderen zorgen.
Zoon van 11 jaar wordt gepest op school.
Het meisje is pas 4 en spreekt nog geen Nederlands.
Moeder was zelf 17 toen de oudste werd geboren.
De jongens van 12 en 14 zorgen 's avonds voor hun zusje.
Peuter van anderhalf.
Vader (52) heeft een hartaanval gehad.
Dochter is bijna 18; verlengde jeugdhulp wordt besproken.
"""

ORG_NUMBER = r"""
Bij acuut gevaar 112 bellen, anders Veilig Thuis op 0800-2000.
De Kindertelefoon (0800-0432) is met de oudste besproken.
Gemeente Groningen is bereikbaar via 14 050.
Gemeente Almere: 14 036.
Gemeente Zaanstad: 14 075, vraag naar het sociaal wijkteam.
Politie zonder spoed: 0900-8844.
Moeder is gewezen op 113 Zelfmoordpreventie.
COA-locatie bereikbaar via het algemene nummer 088 715 7000.
KvK-nummer zorgaanbieder: 41024563
AGB-code jeugdhulpaanbieder 98101230
VHT-zaak VHT-2026-0107 (vervolgbespreking)
Vader gebruikt 40 mg oxazepam per dag.
Huurachterstand bedraagt 3850 euro.
ARIJ-score 8 op veiligheid, 5 op risico.
Schaalvraag veiligheid: 4 (inbrenger), 7 (moeder).
Kamer 1.14 van het Martini is de familiekamer.
De oudste heeft 46 uur ongeoorloofd verzuim dit schooljaar.
Lijn 73 van Qbuzz naar Stadskanaal rijdt niet in het weekend.
Boete van 100 euro van het CJIB voor zwartrijden.
Moeder krijgt 2 dd 50 mg sertraline voorgeschreven.
"""
