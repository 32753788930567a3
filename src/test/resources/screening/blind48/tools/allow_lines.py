# ALLOW sentences for blind set 48 (no personal data).
PLACE = r"""
De minderjarige verblijft sinds de zomer bij een netwerkgezin in Strijen.
1.5 De zitting vond plaats in Rotterdam; het gezin woont in de Hoeksche Waard.
Moeder groeide op in Heinenoord en verhuisde later naar Westmaas.
vader werkt in de kassen tussen Goudswaard en Piershil
Tante woont in Zuid-Beijerland, twintig minuten fietsen.
Opa en oma wonen in Nieuw-Beijerland, bij de dijk.
HUISBEZOEK IN HEDEL, GEZIN AANWEZIG
De jongen fietst elke dag van Well naar Ammerzoden naar school.
gezin verhuisd van Rossum naar Heerewaarden
Stiefvader komt oorspronkelijk uit Alem.
Logeeradres in Aalst (Gld) is door de gezinsvoogd bekeken.
de familie heeft een fruitbedrijf in Poederoijen
De minderjarige gaat naar de voetbal in Velddriel.
Vader is met de vrachtwagen onderweg tussen Hurwenen en Tiel.
Het gezin woont op een boerderij buiten Puttershoek.
moeder wil terug naar 's-Gravendeel waar haar familie woont
Zittingsplaats Tiel heeft de zaak aangehouden.
De kinderen zijn opgevangen in Klaaswaal.
Vader verblijft in Mijnsheerenland bij een collega.
De oudste zit op kamers in Nijmegen.
Moeder komt uit Craiova (Roemenië) en woont sinds 2021 in Nederland.
vader pendelt tussen Poznań en Brakel
De familie van vader woont in Berkane, Marokko.
Oma woont in Kayseri en komt twee keer per jaar over.
Het gezin is in 2023 vanuit Slowakije naar Tiel gekomen.
Na de scheiding is vader naar Nederhemert verhuisd.
BROER WOONT IN BENEDEN-LEEUWEN
Het weekendverblijf is in Druten, bij de tante van moeder.
de jongen hangt rond bij de haven van Wamel
Het gezin woont in Maasdriel, in de nieuwbouwwijk.
Moeder werkt in een distributiecentrum in Kerkdriel.
Kinderen gaan naar school in Zaltbommel.
Na het incident is moeder met de kinderen naar Numansdorp gegaan.
de minderjarige wil later in Oud-Beijerland wonen, bij zijn vrienden
Vader verblijft tijdelijk in Duitsland (Kleef).
De vakantie was in Bulgarije bij familie van vader.
Gezin woonde eerder in Zwijndrecht en Dordrecht.
| Woonplaats | Strijensas |
Moeder heeft een volkstuin bij Numansdorp-haven.
Opgroeien in Varik is voor de jongen rustig en veilig.
vader zit in de PI in Nieuwegein
Moeder is opgegroeid in Ophemert en kent daar iedereen.
De zus van vader woont in Wadenoyen.
Het gezin woont op Tiel-Oost, vlak bij het winkelcentrum.
zomerkamp in Ouddorp geregeld via de kerk
De minderjarige loopt weg naar Beesd, naar een vriend.
Moeder rijdt elke dag naar Gorinchem voor haar werk.
Vader heeft een zaak in Geldermalsen.
Opa woont in Dreumel, naast de kerk.
De jongen is gezien bij het station in Culemborg.
""".strip().split('\n')

INSTITUTION = r"""
De minderjarige is op de SEH van het Maasstad Ziekenhuis gezien.
Moeder heeft een afspraak bij Van Weel-Bethesda in Dirksland.
Opname in het Rivierenland Ziekenhuis Tiel na de val.
Het Jeroen Bosch Ziekenhuis heeft een kindermishandelingsprotocol gestart.
vader is in behandeling bij GGZ Oost Brabant
De minderjarige is aangemeld bij Yulius voor traumabehandeling.
Lievegoed biedt de oudste dagbesteding.
Jeugdbescherming west voert de ondertoezichtstelling uit.
Veilig Thuis Rotterdam Rijnmond heeft de melding overgedragen.
VEILIG THUIS GELDERLAND-ZUID DOET ONDERZOEK
Het Sociaal Team Hoeksche Waard heeft de regie.
Wijkteam Zaltbommel is sinds 2025 betrokken.
Fien Wonen dreigt met ontruiming vanwege huurachterstand.
Woonkracht10 heeft een nieuwe woning aangeboden.
Kleurrijk Wonen heeft overlastmeldingen ontvangen.
Stichting Jeugdzorg Tiel biedt ambulante gezinsbegeleiding.
De minderjarige zit op de Koningin Wilhelmina school.
Revalidatie bij de Sint Maartenskliniek loopt door.
Het verzoekschrift is ingediend bij de Rechtbank Rotterdam.
Rechtbank Gelderland, zittingsplaats Tiel, behandelt het verzoek.
Raad voor de Kinderbescherming Dordrecht heeft het onderzoek gedaan.
de jongen zit op het Cambium College in Zaltbommel
De Willem de Zwijgerschool in Oud-Beijerland heeft de zorg gemeld.
Zus gaat naar de Prins Willem-Alexanderschool.
De minderjarige zit op het Hoeksch Lyceum.
Het Wellant College biedt een plek in de groene richting.
vader bezoekt de Gereformeerde Gemeente in Puttershoek
De kinderen gaan naar de Sint-Maartenskerk in Zaltbommel op zondag.
Moeder gaat naar de Ulu Camii in Tiel voor steun.
De imam van de El Fath moskee wil bemiddelen.
De jongen voetbalt bij VV Kerkdriel.
Zus turnt bij Oranje Nassau in Strijen.
Het Juliana Kinderziekenhuis heeft een second opinion gegeven.
MEE Plus Groep ondersteunt moeder met de LVB.
De GGD Zuid-Holland Zuid heeft het consultatiebureau.
GGD Gelderland-Zuid doet de jeugdgezondheidszorg.
Politie eenheid Rotterdam, basisteam Hoeksche Waard, heeft de melding opgenomen.
Het Leger des Heils biedt opvang in Dordrecht.
De Blijf Groep heeft plek in de vrouwenopvang.
Moeder krijgt schuldhulp via de Kredietbank Rivierenland.
Het Anne Frank huis in Tiel (jongerenwerk) kent de jongen.
De jongen zit op de Cornelis Jol school.
De Karel Doorman school heeft verzuim gemeld bij de leerplichtambtenaar.
Opname bij Karakter in Nijmegen is besproken.
Het Radboudumc heeft de metabole screening gedaan.
Kinderopvang De Hoeksche Hummels heeft zorgen gedeeld.
Het Albert Schweitzer ziekenhuis heeft vader behandeld.
De zaak ligt bij het Openbaar Ministerie Oost-Nederland.
Jongerenwerk van Stichting Welzijn West Betuwe kent de minderjarige.
De Van Haren-school in Tiel is speciaal onderwijs.
""".strip().split('\n')

EVENT_DATE = r"""
2.3 Op 12-10-2026 vond de mondelinge behandeling plaats.
Het rapport van de Raad is gedateerd 03-09-2026.
De minderjarige werd op 14 maart 2026 opgenomen in het Maasstad.
zitting verplaatst naar 19-11-2026 om 10.30 uur
Datum incident: 2026-08-21
Op 5 april 2026 heeft de politie de jongen thuisgebracht.
De OTS is uitgesproken op 17-06-2025 voor de duur van een jaar.
verlenging OTS per 17-06-2026
Veilig Thuis ontving de melding op 28/09/2026.
Huisbezoek di 6-10-2026, gezin aanwezig.
De baby is op 02-11-2026 gezien op het consultatiebureau (4 weken).
Opname moeder op 9 oktober 2026 bij Yulius.
Op 1 september 2026 is de jongen gestart op het Cambium College.
De school meldde op 23-09 dat de minderjarige niet verscheen.
Incident 30-10-2026 rond 23.00 uur: ruzie met messen.
Beschikking rechtbank d.d. 26 augustus 2026
Spoedmachtiging uithuisplaatsing verleend op 11-07-2026.
De minderjarige is op 12.08.2026 teruggekeerd naar huis.
ingang VOTS 01-01-2026
Het netwerkberaad is gepland op do 26 nov. 2026.
Evaluatie veiligheidsplan op 2026-12-03.
Sinds 15 mei 2026 geen contact meer met vader.
Op 21-06-2026 vond de eerste melding plaats.
Aangifte gedaan op 04-04-2026 bij politie Zaltbommel.
Hoorzitting kinderrechter op 8-12-2026 (minderjarige 12+ uitgenodigd).
controle baby op 14-10-2026: gewicht goed
Schoolverzuim geregistreerd van 07-09-2026 tot 02-10-2026.
Het gezin kwam op 16 februari 2024 naar Nederland.
Moeder is op 22-10-2026 ontslagen uit Van Weel-Bethesda.
De vorige VHT-bespreking was op 13-10-2026.
""".strip().split('\n')

PROFESSIONAL = r"""
Inbrenger: Hester Langerak, jeugdbeschermer, Jeugdbescherming west
Vaste deelnemer: Robbert Kooiman, Sociaal Team Hoeksche Waard
Gedragsdeskundige geraadpleegd: Ja, Farida Bennani, GZ-psycholoog, Stichting Jeugdzorg Tiel
Inbrenger: Wouter van Eck, casemanager, Wijkteam Zaltbommel
Vaste deelnemer: Iris Timmer, Veilig Thuis Gelderland-Zuid
Inbrenger (naam, functie, organisatie): Selin Yavuz, gezinsvoogd, Jeugdbescherming west
De gezinsvoogd van Jeugdbescherming west heeft het gezin bezocht.
de jeugdarts van de GGD heeft de minderjarige gezien
De kinderrechter heeft de ondertoezichtstelling uitgesproken.
De raadsonderzoeker heeft met beide ouders gesproken.
De behandelaar van Yulius adviseert traumabehandeling.
De intern begeleider van de school deelt de zorgen.
De wijkagent van Zaltbommel kent het gezin.
de huisarts heeft moeder doorverwezen naar de GGZ
De mentor heeft het verzuim gemeld bij de leerplichtambtenaar.
De kinderarts van het Rivierenland Ziekenhuis ziet geen medische oorzaak.
De advocaat van moeder vraagt om aanhouding.
De tolk Pools was aanwezig bij het gesprek.
De consulent van Fien Wonen is op de hoogte.
Verpleegkundige van de JGZ doet de weegmomenten.
de dominee van de hervormde gemeente is vertrouwenspersoon voor vader
De imam heeft aangeboden te bemiddelen.
De pleegzorgwerker van Lievegoed begeleidt het netwerkgezin.
De schoolmaatschappelijk werker heeft een gesprek gehad met de minderjarige.
Gedragswetenschapper geraadpleegd: Ja, Maarten Scheepbouwer (orthopedagoog), op 2-11-2026
De gezinscoach van het Sociaal Team gaat twee keer per week langs.
De bijzondere curator is benoemd door de rechtbank.
de zorgcoördinator van GGZ Oost Brabant neemt deel aan het netwerkberaad
Vaste deelnemer: Nienke Braat, Wijkteam Zaltbommel
De voorzitter van het VHT vraagt om een concretere hulpvraag.
""".strip().split('\n')

AGE = r"""
De minderjarige is 14 jaar en zit in klas 2.
broertje is 3 jaar en gaat naar de peuteropvang
Moeder was 17 toen zij zwanger raakte.
De jongste is 8 maanden oud.
DE MINDERJARIGE (15) WIL GEHOORD WORDEN
Vader is 52 jaar en heeft rugklachten.
De baby is 6 weken.
S. is 12 jaar en wordt dus uitgenodigd voor het kindgesprek.
Opa is 81 en kan niet meer oppassen.
De minderjarige wordt in december 16.
zusje (4 jaar) praat nog weinig
De oudste is net 18 geworden; de OTS is van rechtswege geëindigd.
J. (2011) is nu 15 jaar.
Moeder is 34 jaar.
de tweeling is 9 jaar
De minderjarige is op 18 juli jarig en wordt dan 13.
Tante (26) wil pleegouder worden.
Stiefvader is vijftien jaar ouder dan moeder.
Hij was 11 toen het geweld begon.
Kinderen tussen 2 en 10 jaar in huis.
""".strip().split('\n')

ORG_NUMBER = r"""
Zaaknummer VHT: VHT-2026-0418
Veilig Thuis is bereikbaar via 0800-2000.
Bij acuut gevaar: 112.
Gemeente Zaltbommel is bereikbaar via 14 0418.
Melatonine 1 mg om 20.00 uur, voorgeschreven door de kinderarts.
KvK Stichting Jeugdzorg Tiel 11062387
AGB-code huisartsenpraktijk 01042290
Kindertelefoon 0800-0432
Methylfenidaat 2 dd 10 mg, sinds september.
Veiligheidsscore inbrenger: 3, moeder: 7, minderjarige: 4.
Wachttijd bij Yulius is 14 weken.
Huurachterstand bij Fien Wonen bedraagt 3.420 euro.
KvK Stichting Lievegoed 41187613
VHT-2025-0311 (eerdere bespreking)
113 Zelfmoordpreventie: 0800-0113
Politie geen spoed: 0900-8844
De minderjarige mist 46 uur les dit schooljaar.
Alcoholgebruik vader: 8 tot 10 blikjes per dag.
ARIJ-score: hoog risico (11 van 19 items).
Landelijk nummer Jeugdbescherming west: 088-2000 100
""".strip().split('\n')
