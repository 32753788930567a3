# -*- coding: utf-8 -*-
PLACE = r"""
Moeder is met de kinderen van Laak naar Moerwijk verhuisd.
oma woont in Loosduinen, vader in Kijkduin
J. hangt na school rond in het Zuiderpark
Gezin komt oorspronkelijk uit Paramaribo en Nickerie.
de kinderen gaan in de zomer naar Willemstad (Curaçao)
VADER WOONT NU IN RIJSWIJK, MOEDER IN WATERINGEN
zwemles in Bouwlust, voetbal in Vrederust
opa komt uit Scheveningen-Dorp, oude vissersfamilie
Tante woont in Morgenstond en kan niet elke dag komen.
Vader werkt in de kassen in het Westland, rond Honselersdijk.
ze zijn via Sofia en Plovdiv naar Den Haag gekomen
moeder is geboren in Asmara en kwam via Libië en Italië
fam. heeft jaren in Mogadishu en daarna Nairobi gewoond
de jongste logeert in Leidschendam, de oudste in Voorburg
J. fietst van Ypenburg naar Leyenburg voor het sporten
Woning in Transvaal is te klein (3 kamers, 7 personen).
oma's flat in Mariahoeve heeft geen lift
ruzie op straat in Duindorp, buren bemoeien zich
de familie gaat elk jaar naar Nador en Al Hoceima
vader verblijft tijdelijk in Gdańsk voor werk
moeder wil terug naar Kayseri, bij haar familie
kinderen spelen in Rustenburg bij het speeltuintje
Schilderswijk-Noord, Schilderswijk-Oost: beide adressen in beeld bij politie
J. zegt dat hij naar Escamp wil, "daar zijn mijn vrienden"
De Uithof: J. skiet daar met school, gaat goed
Vader is na de scheiding naar Zoetermeer en daarna Delft gegaan.
opa en oma zijn terug naar Bandabou op Curaçao
via tolk: moeder komt uit Hargeisa (Somaliland)
Ze wonen nu in Den Haag Zuidwest, niet ver van Morgenstond.
Moerwijk-Oost, het Hertenrade deel, veel overlast in de portiek
de tweeling slaapt 's weekends in Wateringse Veld
J. wil naar Turkije (Konya) met oom in de zomervakantie
vader woont tijdelijk in Antwerpen
gezin verhuist naar Pijnacker; wijkteam daar is ingelicht
moeder kwam als kind uit Sint-Maarten naar Den Haag
Overdracht van Delft naar Den Haag: gezin woont nu in Laakkwartier.
Zus studeert in Leiden, komt in de weekenden naar huis.
Nani komt uit Suriname, district Saramacca
Opvang bij familie in Zoeterwoude geregeld.
oma (mzk) woont in Rotterdam-Zuid, Charlois
De kinderen gaan in de vakantie naar Varna.
Gezin woonde eerder in Ede en daarvoor in Tilburg.
Vader is uit huis en verblijft in Scheveningen-Haven.
moeder loopt met de kinderwagen naar Kijkduin, "om even weg te zijn"
J. woont bij vader in Nootdorp, de weekenden bij moeder
Kinderen gaan naar de Haagse Markt met oma
familie in Bonaire en Aruba, niemand in NL behalve een tante
vader woont in Poznań, kinderen zien hem via videobellen
Zorgen over verblijf in Houtwijk en Waldeck
het gezin kwam uit Eritrea via Ethiopië (Shire kamp)
"""
INSTITUTION = r"""
J. is op 2-11-2026 opgenomen in het Juliana Kinderziekenhuis.
Baby ligt op de NICU van het Haga; consult bij de kinderarts van Antoniushove
Bronovo verloskunde heeft zorgen geuit na de bevalling
Youz heeft een intake gedaan voor J.
Parnassia (FACT-team) behandelt moeder
Reinier de Graaf, SEH: gebroken pols, verklaring past niet bij letsel
MELDING DOOR VEILIG THUIS HAAGLANDEN
Jeugdbescherming west voert de OTS uit.
CJG Den Haag, locatie Transvaal, ziet de baby op het consultatiebureau
Sociaal Wijkteam Schilderswijk heeft procesregie
Haag Wonen dreigt met ontruiming vanwege achterstand
Staedion heeft overlastmeldingen ontvangen
Vestia en Xtra: nog geen urgentie voor grotere woning
Stichting Mooi (welzijn) begeleidt vader bij werk zoeken
politie Eenheid Den Haag, bureau Hoefkade, deed huisbezoek
Stichting Boog doet het buurtwerk in Laak
J. zit op de Mgr. Nolensschool, groep 6
broer zit op het Haags Montessori Lyceum
zus haalt goede cijfers op Christelijk Gymnasium Sorghvliet
de jongste gaat naar de Ibn-i Sina school
Johannes Fonds heeft de schoolspullen betaald
Sophia Kinderziekenhuis heeft een second opinion gedaan
HMC Westeinde: moeder was daar op de SEH na de mishandeling
De Hindoe tempel in Transvaal (Shri Ram Mandir) is steun voor moeder
Moeder gaat naar de Mevlana moskee en heeft daar steun.
De As-Soennah moskee organiseert huiswerkbegeleiding.
J. voetbalt bij HVV Laakkwartier
het Rode Kruis heeft de familie in Ter Apel geholpen
COA-locatie Den Haag: gezin verbleef daar tot februari.
Raad voor de Kinderbescherming (regio Haaglanden) is gevraagd aan te sluiten.
Rechtbank Den Haag heeft de OTS verlengd.
Xtra gezinscoach stopt per januari
Haaglanden Medisch Centrum, locatie Antoniushove, kinderpoli
Juliana Kinderziekenhuis: SCAN-team ingeschakeld
GGD Haaglanden, jeugdarts, heeft groeicurve bekeken
De Haagse Hogeschool: zus volgt daar een opleiding
ROC Mondriaan: broer is gestopt met de opleiding
Haags Juridisch Loket helpt moeder met de scheiding
Humanitas Thuisadministratie komt wekelijks
Stichting Jeugdformaat doet de dagbehandeling
Kessler Stichting: vader sliep in de nachtopvang
Perspektief (vrouwenopvang) heeft plek voor moeder
IMC Weekendschool in de Schilderswijk, J. gaat daar graag heen
Florence wijkverpleging komt twee keer per week
De Prins Willem-Alexanderschool in Rijswijk weigert J. niet, maar heeft geen plek.
Kinderdagverblijf Het Thuis van de Hoop (KDV)
De Roos van Scheveningen (buurthuis) biedt een maaltijd.
Het Marnix? nee: het Maerlant-Lyceum, havo 3
Kinderpoli Leyenburg (HagaZiekenhuis) ziet J. voor astma
Sint Antoniusschool in Loosduinen, groep 4
"""
EVENT_DATE = r"""
Op 14-10-2026 was er een incident bij de voordeur.
huisbezoek di 3 nov. 2026 met tolk Tigrinya
Politie kwam op 28-09-2026 om 02:10 uur.
baby had consult op 17-11-2026, groei ok
Opname Parnassia: 2026-08-19 t/m 2026-09-02
vorige VHT-bespreking op 1-10-2026
[19:42] screenshot van 22-11-2026 doorgestuurd door school
melding VT binnen op 9 okt 2026
Zitting rechtbank: 8 december 2026
Op Koningsdag was J. uren zoek op de vrijmarkt
Incident op Offerfeest (mei 2026), vader sloeg oom
Op Divali 2026 ruzie bij nani thuis
Keti Koti (1 juli) was er een vechtpartij op straat
Eerste kerstdag 2025 politie-inzet
De vorige melding dateert van 12-03-2024.
Huisbezoek op 07-11-2026 afgezegd
laatste contact met vader: wk 44
intake Youz 2026-10-29
Rond 15 augustus 2026 is moeder met de kinderen vertrokken naar Bulgarije.
SEH-bezoek 30/10/2026, 23:15
Dinsdag 24 november 2026 is er een veiligheidsplan gemaakt.
groepsgesprek 19-11 met school en wijkteam
Overdracht op 1 december 2026 besproken.
Sinds 5 september 2026 woont J. bij oma.
Kraamzorg gestopt op 5-10-2026, daarna CJG-consult op 19-10-2026
Voorval 11-11-2026, Sint Maarten, buurkinderen aan de deur
Na de Suikerfeest-viering op 30-03-2025 escaleerde het
schorsing op 4-11-2026 (3 dagen)
Op 13 november 2026 uit de Kessler nachtopvang gezet.
ontruiming gepland op 12-01-2027
"""
PROFESSIONAL = r"""
De jeugdarts van GGD Haaglanden heeft zorgen.
gezinsvoogd van Jeugdbescherming west is afwezig tot januari
Inbrenger: Naima Bouzerda, jeugd- en gezinswerker, Sociaal Wijkteam Schilderswijk
Vaste deelnemer: Ruud Bakhuis, Veilig Thuis Haaglanden
Gedragsdeskundige geraadpleegd: Ja, Sevda Kılınç (orthopedagoog Youz), op 25-11-2026
Inbrenger: Ramesh Autar, casemanager, Jeugdbescherming west
Vaste deelnemer: Marjolein Dekker-Visser, CJG Den Haag
de wijkagent van bureau Hoefkade is op de hoogte
De tolk Arabisch was telefonisch aanwezig.
maatschappelijk werker van het Juliana heeft gebeld
IB'er van de Mgr. Nolensschool deelt de zorgen
de huisarts heeft doorverwezen naar Youz
verloskundige Bronovo meldde onrust in huis
Gedragswetenschapper geraadpleegd: Ja, dr. Kwame Asante, GZ-psycholoog Parnassia
Inbrenger: Lieke van den Heuvel-Asruf, gezinscoach, CJG Den Haag
Vaste deelnemer: Ayşe Karataş, Sociaal Wijkteam Escamp
de tolk Tigrinya (via tolkencentrum) vertaalde het gesprek
schuldhulpverlener van de gemeente is aangehaakt
mentor van het Haags Montessori Lyceum heeft het gesprek bijgewoond
jeugdverpleegkundige CJG ziet de baby elke twee weken
Casemanager van Xtra stopt met het gezin.
De kinderarts van HMC ziet geen medische verklaring.
De SCAN-arts heeft het letsel beoordeeld.
Inbrenger: Thijs Noordermeer, jeugdbeschermer, Jeugdbescherming west
Vaste deelnemer: Fatiha El Mourabit, Veilig Thuis Haaglanden
woonconsulent van Staedion wil een keukentafelgesprek
Raadsonderzoeker RvdK is betrokken
psychiater van Parnassia ziet moeder maandelijks
jongerenwerker van Stichting Boog kent J. goed
ambulant hulpverlener Jeugdformaat start in week 50
"""
AGE = r"""
J. is 14 jaar en zorgt voor zijn broertjes.
baby van 7 weken, veel huilen
de jongste is 3 jr, de oudste 16
zus (17) wil op kamers
Moeder was 16 toen ze zwanger raakte.
VADER IS 52, VEEL OUDER DAN MOEDER (29)
oma is 78 en kan het niet meer aan
J. is twaalf, broertje negen
tweeling van 4 maanden
halfbroer, 19 jaar, woont nog thuis
J. (15 jr) wil niet naar huis
kinderen zijn 2, 5 en 11 jaar oud
nani is ruim 80 maar nog heel helder
de nieuwe partner van vader is 23
Meisje van 13 met een vriend van 20: zorgen over loverboy
broertje is 8 jaar en plast weer in bed
Moeder is 34 en werkt in de schoonmaak.
J. (12) moet tolken voor moeder
opa is 71 en vaart nog mee
baby is 10 dagen oud
"""
ORG_NUMBER = r"""
Veilig Thuis is 24/7 bereikbaar via 0800-2000.
bij direct gevaar: 112
Kindertelefoon 0800-0432 is met J. besproken
113 Zelfmoordpreventie: 0800-0113
VHT-2026-0417 (vorige bespreking)
KvK Stichting Boog: 41152720
AGB-code huisartsenpraktijk: 01054381
Gemeente Den Haag: 14 070
Juridisch Loket: 0900-8020
methylfenidaat 3 dd 10 mg
ARIJ-score: 14 punten, hoog risico
Veiligheidsscore 3 (inbrenger), 6 (moeder)
huurachterstand € 4.312,00
VHT-2025-0288 is afgesloten
Politie: 0900-8844
Meldcode stap 5 is gezet.
medicatie: risperidon 0,5 mg 2dd
wk 49 bespreking in het VHT
zaak VHT-2026-0501 gekoppeld aan broer
AGB-code Youz: 22220893
"""
