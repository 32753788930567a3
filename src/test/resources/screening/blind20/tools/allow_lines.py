# Hand-written ALLOW lines for blind set 20 (no personal data; professionals by role or in cover fields only).
PLACE = r"""
Gezin is in 2024 van Spijkenisse naar Drachten verhuisd.
mdr groeide op in Herat, vdr in Mazar-e Sharif
Oma woont in Jelsum, 10 min fietsen.
Vader werkt in de kassen bij Oud-Beijerland.
Kinderen logeren soms in Melissant bij familie van vdr.
pt. kwam per ambulance uit Wommels
Sinds de zomer wonen ze in Camminghaburen.
De familie heeft een huis in Hanoi en gaat elk jaar terug.
Oom woont in Numansdorp en kan niet opvangen.
Moeder komt uit Davao, Filipijnen.
Eerder opvangadres in Simonshaven viel af.
NA ONTRUIMING IN HEECHTERP TIJDELIJK IN DE NACHTOPVANG
Vdr is in Sana'a opgegroeid, familie zit nu in Aden.
Gezin woont in Tinga, Sneek, dicht bij school.
jongste zit op de peuteropvang in Akkrum
Broer woont in Augustinusga en heeft zelf drie kinderen.
Vader vertrekt elke zomer 6 weken naar Lahore.
Na de scheiding verhuisde mdr naar Dirksland.
Het gezin kwam via het azc in Burgum naar Grou.
Tante in Tjerkgaast is het netwerkadres in het veiligheidsplan.
Kinderen gaan elk weekend naar vdr in Genemuiden.
In Stadshagen is geen plek op de BSO.
Familie van mdr woont in Isfahan en Shiraz.
Sinds 2023 in Hellevoetsluis, daarvoor Rotterdam-Zuid.
De oudste zit op kamers in Deventer (Zandweerd).
mdr wil terug naar Heerenveen, dichter bij haar zus
Zomerkamp op Ameland ging goed volgens mdr.
Oma komt uit Ho Chi Minhstad en spreekt geen Nederlands.
Vdr rijdt op de lijn Kampen–Zwolle als buschauffeur.
Gezin verbleef 3 maanden in Ter Apel en daarna in Leeuwarden.
Ze gaan naar de markt in Middelharnis.
Sommelsdijk en Ooltgensplaat: beide opvangplekken vielen af.
Kinderen zijn opgegroeid in Quetta en Islamabad.
Vader vertrok na de ruzie naar Sibrandabuorren.
Moeder werkt in een zorgcentrum in Joure.
GEZIN WOONT IN DE WIKEN, DRACHTEN
De kinderen fietsen van Hurdegaryp naar school in Leeuwarden.
Verhuizing naar Piershil gepland voor februari.
Familie woont verspreid: Manilla, Cebu, Dubai.
opa en oma wonen in Idskenhuizen
Eerder gewoond in Colmschate, daarna Bathmen.
De zus van mdr zit in Kabul en belt dagelijks.
Vakantie was in Rockanje, daarna nog een week in Brielle.
Vdr is werkzaam in de haven van Harlingen.
Netwerk in Sint Annaparochie en Franeker.
Gezin is afkomstig uit Taiz, Jemen.
Ze wonen op de grens van Oudehaske en Joure.
Mdr gaat elke vrijdag naar de moskee in Zwolle-Zuid.
De jongste zat eerst op een peuterspeelzaal in Heinenoord.
Gesprek vond plaats bij oma in Wergea.
"""

INSTITUTION = r"""
pt. opgenomen op de kinderafdeling van het MCL
SEH Tjongerschans verwees door naar de kinderarts.
Skeletonderzoek verricht in het Isala Zwolle.
Advies gevraagd aan het LECK (Landelijk Expertisecentrum Kindermishandeling).
Mdr wordt behandeld bij GGZ Friesland, afdeling Kinnik voor de oudste.
De baby is gezien in het Van Weel-Bethesda Ziekenhuis in Dirksland.
oudste zit op het Etty Hillesum Lyceum
Jeugdbescherming Noord is betrokken sinds de OTS.
Zaak ligt bij de Rechtbank Noord-Nederland, locatie Leeuwarden.
Vdr volgt een traject bij Verslavingszorg Noord Nederland.
Broer zit op het Thomas a Kempis College in Zwolle.
Gesprek gevoerd op kinderopvang De Wâldsang.
Melding gedaan bij Veilig Thuis Friesland.
Zus gaat naar CSG Liudger in Drachten.
Veilig Thuis IJsselland heeft het onderzoek afgerond.
Mdr krijgt begeleiding van Dimence, team moeder en kind.
Kinderen gaan naar de Prins Maurits in Middelharnis.
Politie Noord-Nederland, basisteam Leeuwarden, heeft een zorgmelding gemaakt.
Het Antonius Sneek heeft de bevalling begeleid.
Gezin ontvangt hulp van Vluchtelingenwerk Noord-Nederland.
Vdr is aangemeld bij Tactus voor zijn gokprobleem.
de GGD Fryslân, jeugdgezondheidszorg, ziet de baby maandelijks
Jongste gaat naar basisschool De Bolster in Grou.
Nij Smellinghe: opname van moeder op de afdeling psychiatrie
SC Heerenveen Voetbalschool: zoon traint er 2x per week.
Raad voor de Kinderbescherming, locatie Zwolle, voert het onderzoek uit.
Deventer Ziekenhuis heeft letsel gedocumenteerd.
Mdr zit in de vrouwenopvang van het Leger des Heils in Leeuwarden.
Oudste zit bij het Bogerman in Sneek.
De tweeling zit op de Greijdanus in Zwolle.
Zus is aangemeld bij Accare voor diagnostiek.
Jeugdbescherming Rotterdam Rijnmond heeft de voogdij.
Spijkenisse Medisch Centrum: SEH-bezoek gedocumenteerd.
Vdr zit in de PI Leeuwarden.
Hulp via het Sociaal Team Kampen is gestart.
Gemeente Súdwest-Fryslân financiert de gezinscoach.
Kinderen gaan naar de opvang van Kinderwoud.
Huisarts verwees naar het Sophia Kinderziekenhuis voor second opinion.
Kinderen zitten op zwemles bij De Blauwe Golf in Leeuwarden.
Zoon zit in de jeugdinrichting Het Poortje in Groningen.
Kerkelijke steun via de Martinikerk in Sneek.
Mdr volgt taallessen bij Friesland College.
Trajectum is gevraagd voor advies vanwege de LVB van vdr.
Woningcorporatie Elkien heeft een huisuitzetting aangekondigd.
Gebiedsteam Smallingerland heeft procesregie.
Zoon zit op het Helinium in Hellevoetsluis.
Stichting Kinderopvang Friesland: plaatsing op het kinderdagverblijf.
CJG Rijnmond jeugdverpleegkundige kwam op huisbezoek.
Gezin is lid van de Filipijnse gemeenschap van de Sint-Bonifatiuskerk Leeuwarden.
De Raad van State-uitspraak over de verblijfsvergunning volgt nog.
"""

EVENT_DATE = r"""
SEH-bezoek op 12-02-2024, skeletonderzoek 13-02-2024
Eerste melding Veilig Thuis op 3-3-2013, toen J. (2013) nog een baby was
4-wekenconsult consultatiebureau 19/06/2025
Huisbezoek do 8 okt. '26 om 14.00 uur
Aangifte gedaan op 2026-09-14.
Zitting kinderrechter: 17 november 2026
opname kinderafdeling 23-3 t/m 27-3-2015 (pt. toen 6 wk)
OTS uitgesproken op 01.12.2025 voor één jaar
Eerste echo 10-05-2025, 20-wekenecho niet geweest
Politie-inzet op 31/12/2025 rond de jaarwisseling.
Incident op 14-07-2022 tijdens vakantie (val van trampoline).
Overleg met LECK op dinsdag 6-10-2026
Schorsing school van 02-11-2026 tot 06-11-2026
Verhuizing op 1 april 2026 naar de nieuwe woning
Laatste contact met vdr: 28/08/2026
Crisisplaatsing 19-05-2012 (broer), teruggeplaatst 2013
VT-onderzoek afgerond 2026-10-30, overdracht aan Sociaal Team
Gesprek school op 5 nov. 2026
Vaccinatie gemist op 11 11 2025 en 9 12 2025
Kraamweek van 24-8-2025 tot en met 31-8-2025
Huisverbod opgelegd 17-06-2026, verlengd tot 14-07-2026
Opname mdr in de GGZ op 3-1-2026
Inbreng VHT gepland wk 47, di 17-11-2026
datum SEH 2026-06-09, tijd 03.40 uur
Evaluatie veiligheidsplan 15-12-2026
Vorig VHT-overleg: 22 sep 2026
Controle verloskundige gepland op 20-01-2027.
Rapport kinderarts ontvangen 04.11.2026
Melding kinderopvang op 9-3-2026 na blauwe plek op wang.
Aangetekende brief woningcorporatie 13 okt 2026
"""

PROFESSIONAL = r"""
Inbrenger: Marrit Hoekstra, jeugdconsulent, Sociaal Team Leeuwarden
Vaste deelnemer: Anand Ramdas, Gebiedsteam Smallingerland
Gedragsdeskundige geraadpleegd: Lotte Nijenhuis, orthopedagoog GZ, Sociaal Team Deventer
de kinderarts van het MCL heeft het letsel beoordeeld
jeugdverpleegkundige GGD Fryslân bezocht het gezin
gezinsvoogd van Jeugdbescherming Noord is op de hoogte gebracht
De forensisch arts van het LECK keek mee naar de foto's.
pedagogisch medewerker kinderopvang meldde de blauwe plekken
Verloskundige praktijk in Heerenveen begeleidt de zwangerschap.
SEH-arts en dienstdoend kinderarts: geen passende verklaring.
Radioloog beoordeelde het skeletonderzoek.
De aandachtsfunctionaris van de opvang is betrokken.
Inbrenger: Thu Trang Pham, casemanager, Veilig Thuis IJsselland
Vaste deelnemer: Jorrit Bergsma, Sociaal Team Kampen
Gedragsdeskundige geraadpleegd: Faranak Rahimi, GZ-psycholoog, Jeugdbescherming Noord
wijkagent van basisteam Sneek is op de hoogte
de mentor en de zorgcoördinator van school zijn gesproken
huisarts is geïnformeerd over de zorgen
Medisch maatschappelijk werker van het Isala sprak met moeder.
Kraamverzorgende zag de situatie in de kraamweek.
Inbrenger: Rodel Castillo, jeugd- en gezinsbeschermer, William Schrikker Stichting
Vaste deelnemer: Esmee van Dam, Veilig Thuis Rotterdam Rijnmond
Gedragsdeskundige geraadpleegd: Hidde Postmus, gedragswetenschapper GI
De tolk Dari (via tolkencentrum) was bij het gesprek.
casemanager VT + gedragswetenschapper samen op huisbezoek
De raadsonderzoeker van de RvdK voert het gesprek met vader.
de IB'er van de basisschool heeft de signalen gemeld
Ambulant hulpverlener van Elker start na de kerst.
Inbrenger: Wiebke Smid-Nauta, wijkverpleegkundige, gebiedsteam Heerenveen
Vaste deelnemer: Saïd Ouahabi, Sociaal Wijkteam Zwolle
"""

AGE = r"""
pt. 9 mnd, bij opname 7,8 kg
Oudste is 16, jongste 3 jaar.
mdr (31) is 24 weken zwanger
Baby van 6 weken met een fractuur van het dijbeen
broer 14 jr, zus 11 jr, tweeling 4 jr
Vader is 52, veel ouder dan moeder.
zoon wordt in maart 18, verlengde jeugdhulp loopt
Kinderen van 2, 5 en 8 jaar aanwezig bij het incident.
ZWANGERSCHAP 36 WK, MDR 19 JAAR
Peuter (2,5 jaar) is nog niet zindelijk en praat weinig.
Oma is 78 en kan de zorg niet meer aan.
J. (2013) is nu 13 en mag zelf meepraten.
De jongste is net 1 geworden.
Stiefbroer (22) woont niet meer thuis.
Meisje van 12 zorgt voor haar broertjes.
Leeftijd bij aankomst in NL: 9 en 11 jaar.
mdr was 17 toen de oudste werd geboren
Pasgeborene (10 dagen) nog in het ziekenhuis.
Tweede kind is 7 maanden, komt maandelijks bij het consultatiebureau.
Zoon (15) weigert naar school te gaan.
"""

ORG_NUMBER = r"""
Veilig Thuis bereikbaar via 0800-2000, ook 's nachts.
Bij acuut gevaar 112 bellen (afspraak veiligheidsplan).
VHT-2026-0187, vervolg op VHT-2026-0093
Kindertelefoon 0800-0432 meegegeven aan de oudste.
113 Zelfmoordpreventie: 0800-0113
Paracetamol 4 dd 240 mg zetpil, Apgar 9/10
Fractuur oud: callusvorming, geschat 10-14 dagen
KvK-nummer kinderopvang: 51937824
AGB-code huisartsenpraktijk 01058273
Gewicht 3.240 gram, lengte 50 cm, hoofdomtrek 34 cm
ARIJ-score: 4 risicofactoren, 2 beschermende
Veiligheidsscore inbrenger 3, mdr 7, oudste 4
Schuld bij Belastingdienst circa € 14.500
Methylfenidaat 2 dd 10 mg voor de oudste
Hb 6,1 mmol/l, ferritine laag
Toeslagen: € 412 per maand kindgebonden budget
Gewicht onder P3, lengte P10
Groeicurve: -2,3 SD gewicht naar leeftijd
Juridisch Loket 0900-8020 voor de echtscheiding
Team Jeugd bereikbaar op 14 058, keuze 3
"""
