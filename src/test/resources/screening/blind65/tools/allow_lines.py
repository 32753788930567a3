# Hand-written ALLOW lines for blind set 65 (no personal data).
PLACE = r"""
Moeder is opgegroeid in Oudorp en woont nu in De Mare.
Gezin verhuisd van Huiswaard naar Overdie, nog geen nieuwe school gevonden.
Vader werkt in de kassen tussen Zijdewind en Oudkarspel.
pt. aangetroffen bij het station van Heiloo
Oma woont in Groet, vlak bij Schoorl.
Het gezin is naar Bergen (NH) verhuisd om dichter bij de grootouders te wonen.
Zomer op de camping in Petten en Callantsoog, daarna terug naar Julianadorp.
Jongen fietst dagelijks van Warmenhuizen naar Schagen.
Tante woont in Sint Maarten, het dorp bij Schagen, niet het eiland.
Familie vz woont in Willemstad (Curaçao).
Moeder logeert tijdelijk in Abbekerk bij een vriendin.
VADER WOONT IN TWISK, MOEDER IN OPMEER.
Kinderen gaan om het weekend naar Spanbroek.
De seizoenwerkers wonen op een park tussen Hauwert en Wognum.
Oudste zoon zit op kamers in Zwaag.
De jongste gaat naar de peuteropvang in Blokker.
Zowel Venhuizen als Oosterleek vallen onder het jeugdteam Drechterland.
Vader heeft werk gevonden in Winkel.
Neef woont in Nibbixwoud, de zus van vader in Lambertschaag.
Crisisopvang geregeld in Oostwoud voor het weekend.
Moeder neemt niet meer de bus vanuit Den Oever sinds het incident.
Gezin woont op een boerderij buiten Middenmeer, richting Slootdorp.
Tijdelijke woning in Kolhorn, daarna mogelijk Wieringerwerf.
pt. liep weg richting Tuitjenhorn, teruggevonden bij De Stolpen.
Vader rijdt dagelijks op en neer naar Hippolytushoef.
Moeder en kinderen wonen in De Cocksdorp, school in Den Burg.
Broer werkt in de haven van Oudeschild.
Ze komen uit Klaipėda en wonen nu in Anna Paulowna.
Vader zit in Suceava (Roemenië) en komt pas in maart terug.
Familie mz woont in Kayseri, familie vz in Nador.
Gezin is in 2019 uit Paramaribo gekomen, eerst naar Nieuw Den Helder.
't Zand, Breezand en Anna Paulowna horen bij de gemeente Hollands Kroon.
Moeder werkt in Broek op Langedijk, de kinderen gaan naar school in Sint Pancras.
Woning in de Kersenboogerd is te klein voor vijf personen.
Overplaatsing naar de Grote Waal, kind blijft op dezelfde school.
Vader heeft een kamer in Enkhuizen, bij de Drommedaris in de buurt.
Jongste logeert bij de grootouders in Medemblik.
Ze gingen met de veerboot naar Den Helder en daarna met de trein naar Castricum.
Andijk en Wervershoof zijn sinds 2011 onderdeel van de gemeente Medemblik.
dochter werkt in Egmond aan Zee in een strandpaviljoen
Zoon verblijft in een gezinshuis in Egmond-Binnen.
Moeder wil terug naar Gdańsk als de oogst voorbij is.
Vader is gestationeerd op Curaçao, marinebasis Parera.
Schoolgaand in Heerhugowaard, woonachtig in de gemeente Dijk en Waard.
Opvang bij kennissen in Schoorldam.
grootouders wonen in Hem en in Hoogwoud
tante in Ursem, oom in Rustenburg
Vader woont in Wieringerwerf, moeder in Lutjewinkel.
Ze zijn verhuisd van Purmerend naar Limmen.
De jongste zit op de peuterspeelzaal in Koedijk.
""".strip('\n').split('\n')

INSTITUTION = r"""
Opname op de kinderafdeling van Noordwest Ziekenhuisgroep, locatie Alkmaar.
SEH Dijklander Ziekenhuis Hoorn heeft het Forensisch Medisch Centrum ingeschakeld.
Verwijzing naar GGZ Noord-Holland-Noord, afdeling jeugd.
Parlan biedt ambulante gezinsbegeleiding, drie keer per week.
Kenter Jeugdhulp doet de diagnostiek.
Triversum heeft de intake gepland voor na de kerst.
Melding bij Veilig Thuis Noord-Holland Noord is gedaan door school.
Jeugdbescherming Regio Amsterdam voert de OTS uit.
Moeder en kinderen verblijven in de opvang van Zaffier.
Woonwaard dreigt met ontruiming vanwege de huurachterstand.
Woonstichting Den Helder biedt een laatste-kansovereenkomst aan.
Wooncompagnie wil meewerken aan een urgentieverklaring.
Politie Noord-Holland, basisteam Kop van Noord-Holland, was ter plaatse.
CJG Alkmaar en Jeugdteam Alkmaar zijn allebei betrokken geweest.
Vader valt onder het MARSK; Defensie is op de hoogte.
De Koninklijke Marine geeft vader geen verlof tot de Zr.Ms. Karel Doorman terug is.
Brijder Verslavingszorg behandelt moeder in Alkmaar.
Zoon zit op het Willem Blaeu in Alkmaar, vmbo-t.
Dochter zit op het Jan Arentsz, locatie Langedijk.
Oudste volgt de opleiding teelt en groen bij het Clusius College in Hoorn.
Regius College Schagen meldt veel verzuim bij de leerplicht.
Het Huygens College in Heerhugowaard heeft een zorgoverleg gepland.
Scholengemeenschap Werenfridus is op de hoogte van de situatie.
OSG West-Friesland: de mentor ziet geen verandering.
De Viersprong heeft MST aangeboden.
Doorverwezen naar het Emma Kinderziekenhuis voor een second opinion.
Het Murmellius Gymnasium biedt een aangepast rooster.
Op het Petrus Canisius College is een vertrouwenspersoon betrokken.
Het Martinuscollege in Grootebroek meldt dat de jongen slaapt in de les.
Zus zit op het Oscar Romero in Hoorn.
Oom is bestuurslid van de Marokkaanse moskee in Den Helder.
Moeder gaat naar de Poolse mis in de Cyriacus en Franciscus in Hoorn.
Huisartsenpost Alkmaar belde na middernacht.
Raad voor de Kinderbescherming, vestiging Alkmaar, doet het onderzoek.
Rechtbank Noord-Holland, locatie Alkmaar, heeft de OTS verlengd.
Veiligheidshuis Noord-Holland Noord bespreekt het gezin in het casusoverleg.
Spoed4Jeugd heeft de crisisinterventie gedaan.
Esdégé-Reigersdaal biedt logeeropvang in het weekend.
MEE & de Wering helpt met de aanvraag.
GGD Hollands Noorden doet de jeugdgezondheidszorg.
Moeder wordt behandeld in het Antoni van Leeuwenhoek.
Stichting Present Alkmaar helpt met de verhuizing.
Bureau Halt heeft een taakstraf opgelegd.
Humanitas Thuisadministratie helpt met de post.
Hij traint twee keer per week bij Hollandia in Hoorn.
TESO geeft het gezin korting op de overtocht.
Kinderboerderij in de Hout is een vaste uitjesplek met de pleegzorgwerker.
Leger des Heils Den Helder regelt de voedselpakketten.
Het gezin kerkt bij de Hersteld Hervormde Gemeente in Andijk.
Dochter zit bij scouting Sint Willibrordus in Heiloo.
""".strip('\n').split('\n')

EVENT_DATE = r"""
Op 14-06-2011 kwam de eerste melding binnen bij het toenmalige AMK.
> Op 3 nov. 2026 om 09:12 schreef Jeugdteam Alkmaar:
Opname Triversum van 2026-10-19 t/m 2026-11-02.
23:55 melding binnen, 00:20 ter plaatse (nacht van 14 op 15-11-2026)
Consultatiebureau: groeicontrole op 12 oktober 2026 goed, volgende op 9 november.
Baby gezien op het consultatiebureau op 30-09-2026, gewicht op de lijn.
Vader vertrok op 02-09-2026 op uitzending, terug verwacht 15-03-2027.
Datum incident: 06.11.2026
Ontslag uit het Dijklander op ma 26 okt.
Zitting rechtbank: 17-12-2026 om 10:30 uur.
Episode P76 depressie sinds 01-03-2024.
Laatste consult 4/11/26, daarvoor 12/8/26.
Verhuizing gepland op 1 december 2026.
Huisbezoek d.d. 05-11-2026 samen met de gezinsvoogd.
Aangifte gedaan op 29 oktober jl.
Moeder is in april 2013 drie weken opgenomen geweest.
Sinds de start van de oogst (half april 2026) werkt moeder zes dagen per week.
Melding VT ontvangen 20261103, triage 20261104.
Crisisplaatsing 31-10-2026 02:15 uur, beëindigd 03-11-2026.
Het overlijden van opa op 12-01-2025 was een breekpunt in het gezin.
Gesprek op school: dinsdag 10 november, 8:30 uur.
VHT-bespreking 24-11-2026 (wk 48).
Zwangerschapscontrole op 16-10-2026: 28 weken, alles goed.
Verlengde OTS ingegaan per 01-07-2026.
Inentingen baby op 7 oktober gegeven.
Laatste boot naar Texel was om 21:30, moeder kwam pas op 9-11 terug.
Geheimhouding opgeheven op 2-11-2026, zie brief RvdK.
Eerste afspraak bij Parlan: 18 nov 2026.
ICPC Z12 geregistreerd op 22-09-2026.
Op 11-11-2026, Sint-Maarten, liep de jongen weg tijdens het lampionnen lopen.
""".strip('\n').split('\n')

PROFESSIONAL = r"""
Inbrenger: Lisette Molenkamp, gezinsvoogd, Jeugdbescherming Regio Amsterdam
Vaste deelnemer: Arjen Oudeman, Jeugdteam Alkmaar
Gedragsdeskundige geraadpleegd: ja, Marloes Ketelaar (orthopedagoog Parlan), 3-11-2026
Inbrenger (naam, functie, organisatie): Hakan Yurt, casemanager, Veilig Thuis Noord-Holland Noord
Vaste deelnemer: Wendela Smeenge, CJG Den Helder
de jeugdarts van de GGD Hollands Noorden heeft de baby gezien
gezinsvoogd JBRA heeft moeder gisteren gebeld
De huisarts in Wervershoof verwijst door naar Triversum.
De bedrijfsmaatschappelijk werker van de Koninklijke Marine is bij het gesprek.
03:10 dienstdoende medewerker Spoed4Jeugd draagt over aan de dagdienst.
Met collegiale groet, de waarnemend huisarts
Geachte collega,
Wijkagent Den Burg was aanwezig bij het huisbezoek.
De IB'er van de school en de mentor hebben de zorgen gedeeld.
Kinderarts NWZ Den Helder: geen aanwijzingen voor toegebracht letsel.
Orthopedagoog Kenter heeft een intelligentieonderzoek afgenomen.
Telefonische tolk Pools aanwezig via de tolkendienst.
Dienstdoende psychiater GGZ NHN heeft pt. beoordeeld.
Verslavingsarts Brijder is gevraagd mee te denken.
Consulent Woonwaard wil aansluiten bij het netwerkberaad.
Raadsonderzoeker RvdK neemt contact op met beide ouders.
Jeugdverpleegkundige JGZ ziet de baby maandelijks.
POH-GGZ van de praktijk heeft drie gesprekken gevoerd.
Gedragswetenschapper geraadpleegd: Jeroen Hartog, GZ-psycholoog, Jeugdteam Heerhugowaard
Inbrenger: Yvonne Krom, jeugdconsulent, Gemeente Texel
Vaste deelnemer: Koen Bijvoet, Veilig Thuis NHN
Vaste deelnemer: Samira Bennani, Jeugdteam Hoorn
Inbrenger: Dorien Lakeman, ambulant hulpverlener, Parlan
De verloskundige uit Schagen heeft zorgen over de zwangerschap.
Mentor Regius College heeft 's avonds nog gebeld.
""".strip('\n').split('\n')

AGE = r"""
pt. 15 jr, eerder bekend bij Spoed4Jeugd
Baby van 6 weken, moeder 19 jaar.
Jongste is net 3 geworden.
Oudste (17) zorgt voor de jongere kinderen.
M. is 14 jaar en 3 maanden.
Leeftijden kinderen: 2, 5 en 11.
Jongen van ca. 16 jr aangetroffen op het station
PT. IS 13 JAAR EN ZIT NOG IN GROEP 8
Vader is 52, moeder 34.
Kind is in februari 9 geworden.
T. (2010) wordt volgend jaar 17.
Tweeling van 4 maanden.
Moeder was zelf 15 toen ze zwanger raakte.
18-jarige broer woont nog thuis.
Meisje van 12, oogt jonger.
zwangerschapsduur 31 weken, moeder 22 jr
De kinderen zijn 7 en 9; beiden op dezelfde basisschool.
Leeftijd pt.: 16 jaar en 11 maanden.
oma is 81 en kan niet meer oppassen
Zoon is 10,5 jaar.
""".strip('\n').split('\n')

ORG_NUMBER = r"""
Veilig Thuis: 0800-2000 (dag en nacht).
Bij direct gevaar 112 bellen.
Kindertelefoon 0800-0432.
113 Zelfmoordpreventie: 0800-0113.
KvK Parlan 37084415
AGB-code huisartsenpraktijk: 01054418
VHT-2026-0117 (vervolg op VHT-2026-0042)
Methylfenidaat 3 dd 10 mg, sinds september.
Score inbrenger 3, moeder 6, jeugdige 4.
Gemeente Den Helder via 14 0223.
Huurachterstand € 2.340,-, betalingsregeling € 150 per maand.
ICPC P76, P74 en Z20 op de probleemlijst.
ARIJ-veiligheidstaxatie: 14 punten.
SDQ totaalscore 21 (verhoogd).
Artikel 1:255 BW (OTS) is van toepassing.
Vader is ingescheept op Zr.Ms. Holland (P840).
Diazepam 5 mg zo nodig, max 2x daags.
Jeugdwet artikel 2.3, lid 1.
Post aan Veilig Thuis NHN via Postbus 2053.
Week 46 netwerkberaad, week 48 VHT.
""".strip('\n').split('\n')
