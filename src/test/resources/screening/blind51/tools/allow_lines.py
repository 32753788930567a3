PLACE = """Gezin is in 2024 van Amsterdam-Noord naar Almere Poort verhuisd.
Vader werkt in de kassen bij Luttelgeest.
moeder gaat elke week naar haar zus in Ens
Oma woont in Nagele, vlak bij de kerk.
Het gezin komt oorspronkelijk uit Bant.
De kinderen logeren vaak in Espel bij de boerderij van familie.
Vader heeft werk gevonden in Rutten, op een akkerbouwbedrijf.
Verhuizing naar Tollebeek gepland na de zomer.
Creil en Marknesse vallen onder hetzelfde wijkteam.
Het gezin woonde eerst in Kraggenburg, daarna in Emmeloord.
S. gaat met de bus van Swifterbant naar Dronten.
Biddinghuizen: veel seizoenswerkers, weinig voorzieningen voor jongeren.
moeder wil terug naar Zeewolde waar haar netwerk zit
Almere Haven, flat bij het water: veel overlast in de buurt.
Vader logeert in Lelystad-Haven op een boot.
Het incident was in De Wissel, de wijk in Emmeloord.
Muziekwijk en Filmwijk horen allebei bij Almere Stad.
Gezin woont in de Stripheldenbuurt, Almere Buiten.
De school staat in de Kruidenwijk.
Atolwijk - Zuiderzeewijk - Waterwijk: drie verhuizingen in twee jaar.
Boswijk, Lelystad: nieuwe huurwoning sinds augustus.
ALMERE HOUT, TINY HOUSE OP HET ERF VAN KENNISSEN
vader verblijft in Urk bij zijn broer aan boord
Familie van moeder woont in Paramaribo en Nickerie.
Grootouders wonen op Curaçao (Willemstad).
De kerkgemeenschap komt samen in Almere Buiten, de meeste leden komen uit Kumasi en Accra.
Vader is opgegroeid in Lagos, moeder in Enugu.
Gezin is gevlucht uit Herat via Iran en Turkije.
Vader komt uit Aleppo, moeder uit Homs.
Seizoenswerkers komen uit Poznań en Wrocław.
Moeder is geboren in Constanța, Roemenië.
oom woont in Kaunas (Litouwen)
Familie heeft een restaurant in Emmeloord, de grootouders komen uit Wenzhou.
Noordoostpolder heeft geen eigen crisisopvang; uitwijk naar Zwolle.
Flevoland is voor moeder nog een vreemde provincie.
De kinderen gaan in de zomer naar Ghana.
Vader reist voor werk tussen Urk, IJmuiden en Harlingen.
Na de scheiding is moeder naar Almere Stad gegaan, vader bleef in Amsterdam-Zuidoost.
Het gezin woont buiten het dorp, tussen Ens en Schokland.
Luttelgeest en Marknesse hebben elk een eigen basisschool.
Sinds de verhuizing naar Dronten-Noord geen contact meer met het oude netwerk.
moeder fietst naar Kampen voor haar werk
De jongste zat eerst in het AZC in Dronten, daarna Lelystad.
Bezoek aan oma in Kampereiland gaat niet door.
Het gezin heeft familie in Harderwijk en Elburg.
Almere Oosterwold: zelfbouwwoning nog niet af, gezin woont in een caravan.
Lelystad Zuid (Warande), nieuwbouw.
De vader verblijft deels in Duitsland (Emsland).
De kinderen gaan naar de camping in Biddinghuizen tijdens de vakantie.
In Nagele en Tollebeek is weinig openbaar vervoer.
""".strip().split('\n')

INSTITUTION = """S. is opgenomen geweest in St Jansdal Lelystad.
Controle bij de kinderarts in het Flevoziekenhuis.
Moeder heeft een behandeling bij GGZ Centraal in Almere.
Vader staat op de wachtlijst bij Kwintes voor begeleid wonen.
Triade Vitree biedt ambulante hulp aan het gezin.
Vitree heeft de intake gedaan op de Jeugd-GGZ.
J. gaat naar de dagbehandeling van Intermetzo.
Jeugdbescherming Gelderland voert de OTS uit.
Veilig Thuis Flevoland heeft de melding in onderzoek.
Moeder heeft een plek in de opvang van De Schoor.
Wijkteam Almere heeft de regie.
Zorggroep Almere: consultatiebureau en huisarts.
Het Centrum Jeugd en Gezin Lelystad volgt de baby.
Huurachterstand bij Ymere, gesprek over een betalingsregeling.
Centrada wil de woning ontbinden wegens overlast.
Mercatus heeft een urgentie-aanvraag afgewezen.
de Alliantie heeft een ontruimingsvonnis aangevraagd
Politie Midden-Nederland, basisteam Flevoland-Oost, is bekend met het gezin.
J. zit op de Prins Willem-Alexander school.
M. zit in havo 3 op het Emmaus College.
Het Baken Trinitas heeft een leerplichtmelding gedaan.
Oostvaarders College: veel verzuim sinds september.
De oudste zit op het Helen Parkhurst.
Montessori Lyceum Flevoland meldt zorgen over zelfbeschadiging.
Het Baken Almere: zorgoverleg op school met moeder.
Isala in Zwolle heeft de schedelfoto gemaakt.
De kinderen gaan naar de Pinksterkerk in Almere, een Ghanese gemeente.
Vader gaat naar de moskee in Lelystad.
Moeder heeft hulp bij Vluchtelingenwerk Flevoland.
Het COA heeft het gezin een woning in Lelystad toegewezen.
Schuldhulp via de gemeente Noordoostpolder.
GGD Flevoland heeft een zorgmelding gedaan.
De Raad voor de Kinderbescherming doet onderzoek.
De kinderrechter in Lelystad heeft een OTS uitgesproken.
Moeder volgt de cursus bij Humanitas.
De oudste gaat naar de voetbalclub in Urk (SV Urk).
Vader was lid van de visserijcoöperatie; nu werkloos.
De Stichting Leergeld betaalt de schoolreis.
Reclassering Nederland begeleidt vader.
Moeder is in behandeling bij Tactus voor alcohol.
J. gaat naar bloemschikclub De Roos in het buurthuis.
Het Thuis-team van de GGZ komt drie keer per week.
Het huis van Hoop (inloop van de kerk) is elke woensdag open.
De Zonnebloem-school in Almere Buiten heeft een plek voor J.
De oudste zit op het Zuyderzee College in Emmeloord.
De jongste gaat naar peuteropvang Het Klavertje in Marknesse.
De huisartsenpraktijk in Ens kent het gezin al lang.
Aeres MBO Dronten: stage van de oudste stopgezet.
Ipse de Bruggen begeleidt de broer met een beperking.
Leger des Heils Flevoland heeft een ambulant traject.
""".strip().split('\n')

EVENT_DATE = """Huisbezoek op 14-3-2026 door het wijkteam.
Melding bij Veilig Thuis op 02/08/2026.
Opname in St Jansdal op 9 december 2025.
Zitting kinderrechter: 2026-11-27.
Gesprek met school op 21-01-2026.
Politie kwam op 17.10.2026 na een melding van buren.
Op 3 sept. 2026 is de OTS ingegaan.
| overleg netwerk | 28-02-2026 | moeder, oma, wijkteam |
Controle consultatiebureau baby: 5 november 2026.
Laatste incident: 30-4-'26, vader was dronken.
verhuizing op 11 jan 2026
Evaluatie plan: 20260712
Uitzetting gepland op 1 maart 2027.
Scan in het Flevoziekenhuis op 07-09-2026
Zorgoverleg school 16 juni 2026
Intake GGZ Centraal op 2-5-2026, tweede gesprek 12 mei.
Afspraak bij de jeugdarts van de GGD: 12 augustus 2026.
INCIDENT 24/12/2025 (KERSTAVOND), POLITIE TER PLAATSE
Datum VHT-bespreking: do 10-12-2026.
Eerdere bespreking in het VHT op 18-06-2026.
De baby had op 22-10-2026 haar 4-wekenconsult.
Week 47: moeder niet thuis bij drie huisbezoeken.
Op 1-12-2026 is vader weer ingetrokken.
Na het Suikerfeest (maart 2026) escaleerde het.
Tussen 4 en 9 november 2026 geen school.
Start Triade Vitree: 06-01-2026.
ontruimingsvonnis d.d. 19-11-2026
Kraamzorg gestopt op 14 oktober 2026.
Op 15-08-2026 kwam het gezin terug uit Ghana.
ma 30-11: crisisdienst gebeld door moeder
""".strip().split('\n')

PROFESSIONAL = """Inbrenger: Marloes Terpstra, gezinscoach, Wijkteam Almere
Vaste deelnemer: Hüseyin Kaplan, Wijkteam Almere
Gedragsdeskundige geraadpleegd: Ja, Jorien Mulder (orthopedagoog Triade Vitree), 2-12-2026
De gezinsvoogd van Jeugdbescherming Gelderland is aanwezig bij het VHT.
de jeugdarts van de GGD Flevoland heeft de baby gezien
Wijkagent van Urk is op de hoogte.
Inbrenger (naam, functie, organisatie): Kofi Asamoah, casemanager, Veilig Thuis Flevoland
Vaste deelnemer: Ingrid Zwart, gemeente Noordoostpolder
De mentor van school heeft het gesprek met J. gevoerd.
Huisarts in Emmeloord heeft de verwijzing gegeven.
Gedragswetenschapper geraadpleegd: Nasrin Rahimi, GZ-psycholoog, Wijkteam Dronten
De schuldhulpverlener van de gemeente zit bij het netwerkberaad.
Inbrenger: Rik de Graaf, ambulant hulpverlener, Vitree
Vaste deelnemer: Sanne Bosma-Jansen, Centrum Jeugd en Gezin Lelystad
De behandelaar van GGZ Centraal ziet moeder elke twee weken.
Trajectbegeleider van Kwintes doet de huisbezoeken bij vader.
Inbrenger: Yaw Mensah, jeugdconsulent, gemeente Zeewolde
de verloskundige heeft zorgen over de zwangerschap
Zorgcoördinator van het Oostvaarders College belt moeder wekelijks.
Vaste deelnemer: Esther Koolhaas, Veilig Thuis Flevoland
Maatschappelijk werker van het COA is op de hoogte.
Gedragsdeskundige geraadpleegd: Ja, Wouter Stam (gedragswetenschapper JB Gelderland) op 27-11-2026
Inbrenger: Lisanne Kramer, gezinsvoogd, Jeugdbescherming Gelderland
De tolk (Dari) was aanwezig bij het huisbezoek.
Vaste deelnemer: Mohamed Ouali, Wijkteam Lelystad
beschermingsbewindvoerder beheert het geld van moeder
Inbrenger: Claudia Sno, medewerker Toegang, gemeente Dronten
De kinderarts van St Jansdal heeft een SCAN-consult gevraagd.
Vaste deelnemer: Ruben Hakvoort, gemeente Urk
Intern begeleider van de Prins Willem-Alexander school heeft de zorgen gemeld.
""".strip().split('\n')

AGE = """J. is 14 jaar en wil niet meer naar huis.
Baby (8 weken) slaapt in de kinderwagen.
De drie kinderen zijn 3, 6 en 11 jaar.
moeder is 19 en was 17 bij de eerste zwangerschap
Oudste broer (17) helpt in het restaurant.
M. (15 jr) spreekt het best Engels van het gezin.
Vader is 52, moeder 34.
Zus van 12 zorgt voor de jongste.
De tweeling is net 2 geworden.
Y. is ongeveer 16; exacte leeftijd onbekend volgens het COA.
Baby van 4 maanden, groeicurve stagneert.
Oma is 81 en kan niet meer oppassen.
Kinderen van 9 en 13 jaar zijn getuige van het geweld.
J. (bijna 18) wil op kamers.
S. is 7 maar gedraagt zich als een kleuter.
De jongste (5) plast weer in bed.
Vader heeft op zijn 14e al op de kotter gewerkt.
Stiefbroer van 21 woont tijdelijk in.
ZOON VAN 10 JAAR BELT ZELF 112
De kinderen (6 en 8) spreken thuis Twi en Engels.
""".strip().split('\n')

ORG_NUMBER = """Veilig Thuis is 24/7 bereikbaar via 0800-2000.
Bij acuut gevaar: 112.
Kindertelefoon: 0800-0432.
AGB-code huisartsenpraktijk: 01-0734412.
Zaaknummer VHT: VHT-2026-0118
VHT-nummer VHT-2026-0203 (vervolg)
Ritalin 10 mg, 2 x per dag.
ARIJ-score 14 (hoog).
Scores: inbrenger 3, moeder 7, J. 4.
Week 49 volgende evaluatie.
Gemeente Lelystad, algemeen nummer 14 0320.
Politie geen spoed: 0900-8844.
Meldcode stap 5 doorlopen, afwegingskader score 2.
Dosering methadon 60 mg per dag.
De wachtlijst bij de Jeugd-GGZ is 26 weken.
Schuld ca. € 14.300 bij 9 schuldeisers.
Huurachterstand: 4 maanden, € 3.480.
Cursus Ouderschap 8 bijeenkomsten, bijeenkomst 5 gemist.
Artikel 1:255 BW (OTS) is van toepassing.
Hulplijn Sensoor: 0900-0767.
""".strip().split('\n')
