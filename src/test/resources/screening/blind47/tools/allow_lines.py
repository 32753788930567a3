# -*- coding: utf-8 -*-
# ALLOW lines for blind47 (no personal data: places, institutions, event dates, roles, ages, organisation numbers).
PLACE = r"""
Moeder is met de kinderen van Zelzate naar Terneuzen verhuisd.
Vader woont in Sluis, de kinderen in Oostburg.
De familie van vader komt uit Koewacht, aan de Belgische kant.
J. gaat naar school in Hulst en traint in Clinge.
Het gezin woonde tot vorig jaar in Sint-Niklaas (BE).
Oma woont in Graauw, dat is twintig minuten fietsen.
Weekendregeling: zaterdag in Kloosterzande, zondag terug naar Axel.
Vader werkt in de haven van Gent en slaapt door de week in Sas van Gent.
Moeder is opgegroeid in Hengstdijk.
de kinderen zijn in de zomer bij familie in Kayseri (Turkije)
Incident vond plaats op de kermis in Sint Jansteen.
Vader rijdt dagelijks op en neer naar Antwerpen.
Stiefvader komt uit Overslag, de grens loopt dwars door het dorp.
moeder wil terug naar Westdorpe waar haar netwerk zit
T. heeft een bijbaantje in Biervliet.
De oma's wonen allebei in Hoek.
J. heeft in Schoondijke zijn zwemdiploma gehaald.
Gezin verbleef in de zomer op een camping in Cadzand.
Vader logeert bij een kennis in Retranchement.
Moeder werkt als schoonmaakster in Groede.
De kinderen zijn een week in Nieuwvliet geweest met de scouts.
Familie van moeder woont in Knokke (BE).
De seizoenarbeiders slapen in containers bij Philippine.
Vader is uit Roemenië gekomen voor het plukseizoen.
De moeder heeft familie in Sofia en Plovdiv.
Het gezin komt oorspronkelijk uit Aardenburg.
ijzendijke - daar woont de rest van de familie
Moeder is naar Breskens gevlucht, naar een vakantiehuisje.
Vader verblijft in het opvanghuis in Gent.
De jongste is geboren in Brugge, de oudste in Terneuzen.
Zaterdag voetbal in Zuiddorpe, zondag naar de moskee in Terneuzen.
beide ouders komen uit Zeeuws-Vlaanderen, West-Zeeuws-Vlaanderen om precies te zijn
Het gezin pendelt tussen Wachtebeke en Westdorpe.
De kinderen gaan naar school in Eede.
Oom en tante wonen in Lamswaarde.
Vader is na de scheiding naar Vlissingen verhuisd.
Moeder overweegt te verhuizen naar Middelburg of Goes.
De jongens zijn opgegroeid in Sint-Kruis en Maldegem.
Familie uit Afyon en Konya komt in de zomer logeren.
Vader heeft een kamer in Evergem.
Het gezin heeft eerder in Lokeren en Temse gewoond.
Moeder wil naar haar zus in Eeklo.
Vakantie bij de grootouders in Oostende.
Ze zijn in 2024 vanuit Poznań naar Zeeland gekomen.
Het incident was op de parkeerplaats bij de Westerschelde.
J. wil na de zomer naar Kapellebrug om bij de paarden te werken.
Vader woont in Heikant, moeder in Nieuw-Namen.
Het gezin woont in de wijk Zuidlandia in Terneuzen.
Zus studeert in Leuven en komt in het weekend naar Clinge.
Moeder gaat elke vrijdag naar de markt in Zelzate.
"""
INSTITUTION = r"""
J. is opgenomen op de kinderafdeling van ZorgSaam in Terneuzen.
Verwijzing naar Emergis voor de angstklachten van moeder.
Juvent biedt ambulante gezinsbegeleiding.
Porthos gaat de jongste begeleiden (autisme).
Intervizier is betrokken bij de schulden en het gedrag van de oudste.
Veilig Thuis Zeeland heeft de melding aangenomen.
Jeugdbescherming West voert de ondertoezichtstelling uit.
CJG Zeeuws-Vlaanderen heeft het gezin aangemeld.
Woongoed Zeeuws-Vlaanderen dreigt met ontruiming.
Clientenbelang Zeeland ondersteunt moeder bij het gesprek.
De baby werd onderzocht in AZ Sint-Jan Brugge.
Het letselonderzoek is gedaan in het UZ Gent.
Het Vertrouwenscentrum Kindermishandeling in Gent is ingelicht.
Kind en Gezin volgt de baby op via het consultatiebureau in Zelzate.
Het CLB van de school in Assenede heeft een zorgoverleg belegd.
T. zit op het Zeldenrust-Steelantcollege in Terneuzen.
De jongste gaat naar basisschool Sint-Vincentius.
J. zit op het Reynaertcollege in Hulst.
Het Sint-Eloois College meldt veel afwezigheden.
Ouders gaan samen naar de kerk van de Heilige Willibrordus.
Vader bezoekt de Turkse moskee Ayasofya in Terneuzen.
De kinderen zitten bij de scouting Sint-Jozef.
J. speelt voetbal bij VV Clinge.
Moeder zit in de vrouwenopvang van Stichting Juvent.
Het OCMW van Zelzate betaalt het leefloon.
Vader is geholpen door het CAW Oost-Vlaanderen.
Vluchthuis in Gent heeft plaats voor moeder en de kinderen.
De rechtbank Zeeland-West-Brabant, locatie Middelburg, heeft de OTS uitgesproken.
De jeugdrechtbank Gent behandelt de Belgische kant.
De politie Zeeuws-Vlaanderen, basisteam Terneuzen, heeft een zorgmelding gemaakt.
Lokale politie Regio Puyenbroeck is ook ingelicht.
De Raad voor de Kinderbescherming, regio Zeeland, doet onderzoek.
Vader staat op de wachtlijst bij Tactus.
De huisarts stuurt door naar het Antonius Ziekenhuis Sluis.
De jongste gaat naar kinderdagverblijf De Hoop in Axel.
Moeder heeft hulp gekregen via de Voedselbank Zeeuws-Vlaanderen.
Het Ronald McDonald Huis in Gent heeft opgevangen tijdens de opname.
Vader werkt bij de Dow in Terneuzen.
Het schoolbestuur Onderwijsgroep Perspectief is ingelicht.
J. zit op de Sint Willibrordusschool in Hulst.
De Adriaen Janszschool heeft zorgen over de hygiëne.
Het MFC Sint-Gregorius in Gent biedt dagopvang.
Het Jongerenwelzijn (Agentschap Opgroeien) in Brussel is gevraagd mee te denken.
Aanmelding bij Sint-Vincentius vzw voor kortverblijf.
Zorgsaam Zeeuws-Vlaanderen, locatie De Honte, heeft een spoedconsult gedaan.
Het Centrum voor Geestelijke Gezondheidszorg Eclips in Gent biedt therapie.
Familiehuis Sint-Jan heeft het gezin een weekend opgevangen.
GGD Zeeland doet het vaccinatieonderzoek.
Wijkteam Hulst / Sluis heeft de regie.
De Kindertelefoon en Awel zijn met J. besproken.
"""
EVENT_DATE = r"""
Op 14/03/2026 heeft de politie ingegrepen na een melding van de buren.
Huisbezoek gedaan op donderdag 5 november 2026.
De baby was op 02-12-2026 op het consultatiebureau.
Zorgoverleg CLB op 21/09/2026.
J. is op 2026-10-07 opgenomen op de kinderafdeling.
Moeder is den 3de november naar het vluchthuis vertrokken.
Op 11.01.2026 werd er een contactverbod opgelegd.
De ondertoezichtstelling loopt van 19-02-2026 tot 19-02-2027.
Het incident was op Allerheiligen, 1 november.
In de kerstvakantie (21/12 tot 4/1) verblijven de kinderen bij vader.
Laatste zitting jeugdrechtbank: 28/2/2026.
Op zaterdag 16 mei 2026 was de ruzie op de kermis.
Aanmelding Veilig Thuis: 30-06-2026.
Het gezin is verhuisd op 1 september 2026.
Bespreking VHT op di 17 nov. 2026, 9.30 u.
Tijdens het Suikerfeest van 2026 liep het uit de hand.
Gesprek met moeder op 12 okt. 2026 in het CJG.
Evaluatie gepland in week 49.
Vader is op 9/10/2026 vrijgelaten.
Na de paasvakantie van 2026 ging J. weer naar school.
De meldcode is doorlopen op 16-7-2026.
Uithuisplaatsing in de nacht van 4 op 5 augustus 2026.
Op 27/04/2026 (Koningsdag) was vader dronken.
Controle op het consultatiebureau op 20-06-2026: groeicurve stilgevallen.
Op maandag 9/11 kwam de brief van de rechtbank.
Op 19 februari 2026 is de OTS uitgesproken.
Op 3 mei 2026 heeft de kleine het ziekenhuis verlaten.
verslag zorgoverleg 2026-11-24
De vorige inbreng was op 15-09-2026.
Op 5 augustus 2026 werd de caravan ontruimd.
"""
PROFESSIONAL = r"""
Inbrenger: Saskia Dobbelaere, jeugdconsulent, CJG Zeeuws-Vlaanderen
Vaste deelnemer: Marco Verplancke, team Toegang Terneuzen
Gedragsdeskundige geraadpleegd: Ja, Ilse Vandamme (orthopedagoog Juvent), 12-11-2026
De gezinsvoogd van Jeugdbescherming West is op de hoogte.
De jeugdarts van de GGD Zeeland heeft de baby gezien.
De CLB-medewerker van de school in Assenede belde bezorgd.
De consulente van Kind en Gezin is twee keer langs geweest.
De wijkagent van Hulst heeft vader aangesproken.
De huisarts in Oostburg is ingelicht.
De leerkracht van het eerste leerjaar maakt zich zorgen.
De maatschappelijk werker van het OCMW Zelzate begeleidt moeder.
De casemanager van Veilig Thuis Zeeland neemt contact op met vader.
De raadsonderzoeker van de RvdK doet het onderzoek.
De consulent van de sociale dienst Belgische kant is op de hoogte gebracht.
De vertrouwensarts van het VK Gent heeft de foto's bekeken.
Inbrenger (naam, functie, organisatie): Kemal Arslan, gezinscoach, Toegang Hulst
Vaste deelnemer: Annelies Van Wesemael, Veilig Thuis Zeeland
Gedragswetenschapper geraadpleegd: Jeroen Minnaert, GZ-psycholoog, Emergis
De ambulant begeleider van Porthos komt wekelijks.
De zorgcoördinator van het Zeldenrust heeft de les aangepast.
De verloskundige heeft de melding gedaan.
De kraamverzorgster zag dat de baby niet aankwam.
De bewindvoerder regelt de vaste lasten.
De tolk van het Tolkcentrum was telefonisch aanwezig.
De pleegzorgbegeleider van Juvent ziet het gezin om de week.
De jeugdconsulent van de Vlaamse sociale dienst jeugdrechtbank is betrokken.
De voorzitter van het VHT heeft de kaart gelezen.
De ouderconsulent van Clientenbelang Zeeland is mee geweest naar de zitting.
De leerplichtambtenaar van de gemeente Terneuzen heeft een proces-verbaal opgemaakt.
Inbrenger: Rabia Çetinkaya, jeugdverpleegkundige, GGD Zeeland
"""
AGE = r"""
J. is 14 jaar en wil bij vader wonen.
De baby is 7 weken oud.
de kleine is 3 en praat nog weinig
T. (16) werkt in de vakanties bij de fruitteelt.
Moeder was 17 toen de oudste werd geboren.
D. wordt in maart 12 en moet dan zelf gehoord worden.
Beide kinderen zijn onder de 6.
De oudste broer is 19 en woont op kot.
J. is 15 jaar, de jongste 8 maanden.
Vader is 52, moeder 29.
L. is vorige week 13 geworden.
Stiefbroer van 17 jaar woont ook in huis.
K. (9 jaar) zit in het derde leerjaar.
De tweeling is 4 jaar.
Oma is 81 en kan niet meer opvangen.
Jeugdige van 11, bijna 12.
De kleine van anderhalf zat alleen in bad.
meisje 10j, jongen 6j
J. is sinds haar twaalfde in beeld bij het CLB.
De jongen is 16 en rijdt al brommer zonder rijbewijs.
"""
ORG_NUMBER = r"""
Bij acuut gevaar: 112; Veilig Thuis: 0800-2000.
In België kan J. bellen naar 1712 of naar Awel (102).
KBO-nummer van de vzw: {KBO}
Zaaknummer van het VHT: VHT-2026-0117.
AGB-code van de praktijk: {AGB}
KvK-nummer van Juvent: {KVK}
Moeder krijgt methylfenidaat 2 dd 10 mg voor de jongste.
Veiligheidsscore inbrenger: 3, moeder 6, J. 4.
De Kindertelefoon is te bereiken via 0800-0432.
Zelfmoordlijn België 1813 besproken met de oudste.
Huurachterstand van 4.350 euro bij Woongoed.
Vorige bespreking: VHT-2025-0208.
Tele-Onthaal (106) is bekend bij moeder.
Ondernemingsnummer CAW: {KBO}
AGB zorgverlener Emergis: {AGB}
KvK van het loonbedrijf: {KVK}
Urgentiecode 3 bij de woningcorporatie.
Vader drinkt 12 pintjes per dag volgens eigen zeggen.
Het gemeentelijk nummer van Terneuzen is 14 0115.
Zorgsaam afdeling kindergeneeskunde werkt met triagecategorie U2.
"""
