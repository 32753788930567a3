# Hand-written ALLOW lines for blind55.
PLACE = r"""
Oma woont in Wahlwiller, vlak bij de kerk.
Vader werkt in Aken en slaapt doordeweeks in Herzogenrath.
Het gezin is vorig jaar van Meezenbroek naar Heerlerheide verhuisd.
De kinderen logeren vaak in Epen.
Incidentlocatie: Bleijerheide, Kerkrade.
Moeder is opgegroeid in Eys en Nijswiller.
Tante woont in Mechelen (Gulpen-Wittem), niet het Belgische Mechelen.
J. fietst elke dag van Bocholtz naar Simpelveld.
Familie komt oorspronkelijk uit Abruzzo en Sardinië.
Opa vz werkte ondergronds in Hoensbroek.
PLAATS DELICT: SCHINVELD
Moeder wil terug naar Slenaken, daar voelt ze zich veilig.
Zondags naar de familie in Noorbeek.
Vader is vertrokken naar Maasmechelen.
De oudste zit op kamers in Wittevrouwenveld.
In Malberg en Pottenberg is geen passende woning beschikbaar.
Ze zijn gevlucht van Mariaberg naar Caberg.
Het gezin woont sinds kort in Ubachsberg.
Klimmen of Hulsberg: moeder weet het nog niet.
Schin op Geul, Houthem en Valkenburg worden als opties genoemd.
De kerstvakantie brengen ze door in Berg en Terblijt.
Opa zit in een verpleeghuis in Bunde.
Vader vist graag bij Elsloo en Urmond.
Zus woont in Born, broer in Obbicht.
Naar Susteren en Echt rijdt geen bus op zondag.
Ze komen uit Amby, later naar Heer verhuisd.
Borgharen en Itteren liepen in 2021 onder water; het gezin ook.
Moeder heeft een volkstuin in Ulestraten.
Schimmert, Banholt en Mheer: allemaal dorpen waar opa gewerkt heeft.
vader is naar Polen (Katowice) voor werk.
Moeder heeft familie in Ankara en Izmir.
De Roma-familie woont op een standplaats in Landgraaf.
Hij spijbelt en hangt rond in Chevremont.
Moeder reist heen en weer tussen Heerlen en Aken.
Oma woont in Vise, net over de grens.
Met de trein naar Luik voor de rechtszaak van vader.
Kinderen gaan elke zomer naar Calabrië.
Het weekend bij vader in Übach-Palenberg verloopt rustig.
Oom woont in Lanaken.
Moeder woonde eerder in Geleen en Stein.
De jongen loopt weg naar Beek en slaapt daar bij vrienden.
Margraten, Eijsden en Gulpen liggen te ver van school.
Het gezin is in de vakantie naar Voerendaal verhuisd.
Stiefvader komt uit Nuth.
onderbanken (nu beekdaelen) heeft een eigen wijkteam.
Ze wonen boven een kapperszaak in het centrum van Sittard.
Vader zit in de opvang in Meerssen.
Moeder noemt Wittem 'het dorp van vroeger'.
Kind logeert bij de grootouders in Eupen.
GEZIN WOONT IN BRUNSSUM-NOORD.
"""

INSTITUTION = r"""
Opname in Zuyderland Heerlen, afdeling kindergeneeskunde.
De baby is in het Maastricht UMC+ geboren na een spoedsectio.
J. zit op het Bernardinuscollege in Heerlen.
Moeder is in behandeling bij Mondriaan.
Vader volgt een traject bij Levanto voor schulden.
Na school gaat M. naar Xonar voor dagbehandeling.
Broertje gaat naar een orthopedagogisch dagcentrum van Koraal.
Radar begeleidt de oudste zoon (LVB).
Melding is binnengekomen bij Veilig Thuis Zuid-Limburg.
Jeugdbescherming Limburg (voorheen BJZ) heeft de OTS uitgevoerd.
De Raad voor de Kinderbescherming Maastricht doet onderzoek.
Meander Jeugdgezondheidszorg ziet het kind op het consultatiebureau.
GGD Zuid Limburg heeft de vaccinaties gecontroleerd.
Gezin krijgt ambulante hulp van Impuls.
Wonen Limburg dreigt met ontruiming.
Woonpunt heeft een urgentieverklaring afgegeven.
Weller heeft de woning laten ontruimen na een brand.
Politie Limburg, basisteam Parkstad, heeft een zorgmelding opgemaakt.
M. doet de opleiding Zorg en Welzijn bij Arcus College.
Het Sintermeertencollege meldt veel verzuim.
Sint-Maartenscollege Maastricht heeft een leerling-bespreking gehouden.
Opgenomen in Zuyderland Sittard-Geleen na een val.
De zus zit op het Charlemagne College in Landgraaf.
Het Sophianum in Gulpen biedt een rustige plek.
Trajectum College heeft een time-out gegeven.
Stella Maris College in Meerssen zegt dat ze slim is.
In het Laurentius ziekenhuis werd een botscan gemaakt.
Opa is ooit in het Sint-Jansgasthuis in Weert behandeld.
Moeder bezoekt de moskee aan de rand van Heerlen.
Vader is lid van schutterij Sint Sebastianus.
De kinderen zitten bij harmonie Sint Cecilia.
Het jongste kind gaat naar kinderopvang Humankind.
Het Ronald McDonald Huis in Maastricht bood onderdak.
Beek en Bos, de BSO, merkt weinig op.
De Kinderbescherming in Aken (Jugendamt Städteregion) is geïnformeerd.
Het CAW in Genk kent de tante.
Huisartsenpraktijk De Linde in Hoensbroek heeft het kind gezien.
Vader is in detentie in PI Sittard.
Moeder zit tijdelijk in de vrouwenopvang van Xonar.
De Rechtbank Limburg, locatie Maastricht, heeft de OTS verlengd.
Hij is aangemeld bij Vincent van Gogh voor verslavingszorg.
Het Sint-Laurentiusziekenhuis is niet betrokken; het gaat om Zuyderland.
Hij zit op voetbalclub Roda JC jeugd.
St. Jozefschool in Schinveld: geen bijzonderheden.
Basisschool De Spoorzoeker wil een gesprek.
De zorgcoördinator van het Graaf Huyn College is op de hoogte.
MUMC+ kinder- en jeugdpsychiatrie heeft een wachtlijst.
Het Maaslandziekenhuis (Zuyderland Sittard) was het eerste aanspreekpunt.
Vader volgt de cursus bij Stichting Mikado.
Kerkgemeenschap Sint Pancratius steunt met voedsel.
"""

EVENT_DATE = r"""
Op 14-03-2026 werd J. opgenomen in Zuyderland.
Zorgmelding van 02-11-2026, tijdstip 23:47.
Incidentdatum: 2026-10-18
Ontslag uit het ziekenhuis op 21 oktober 2026.
Vorige bespreking VHT: 07-04-2026.
Het huisbezoek was op 3/11 om 10.00 uur.
De baby was op 12.09.2026 voor het eerst op het consultatiebureau.
Carnavalsmaandag (16-02-2026) escaleerde de ruzie.
Aanhouding vader op do 29-10-'26.
Uithuisplaatsing per 01-12-2026.
Zitting rechtbank: 20 november 2026, 09:30.
De melding bij VT dateert van 5 mei 2025.
2e consultatiebureaubezoek baby: 08-10-2026
GEBEURD OP 17-09-2026 OM 01:15 UUR.
Moeder is op 11-11-2026 verhuisd (elfde van de elfde).
Afgesproken evaluatie: wk 49.
Schoolverzuim vanaf 2 september 2026.
Het kind is op 26-06-2026 van school geschorst.
Opnameperiode: 19-08-2026 t/m 23-08-2026.
Gesprek met de Raad gepland op 1 december.
Datum zorgmelding: 2026.10.04
Kinderen zaten in de opvang van 24-12 tot 02-01.
OTS loopt af op 30-04-2027.
Intake Mondriaan: 15/10/2026.
Vaccinatie 11 maanden baby gehad op 10-11-2026.
Tweede melding kwam op 13-7-2026 binnen.
Vader kwam op 2026-11-19 vrij uit de PI.
De verjaardag van oma (vorige week zaterdag) liep uit de hand.
Huisarts zag hem op 28 okt. met een gebroken pols.
ontslagbrief d.d. 22-10-2026
"""

PROFESSIONAL = r"""
Inbrenger: Maud Lemmens, gezinscoach, Sociaal Team Heerlen
Vaste deelnemer: Ruud Pluijmen, Jeugdbescherming Limburg
Gedragsdeskundige geraadpleegd: ja, Ingrid Ploumen, orthopedagoog Xonar
De jeugdarts van Meander heeft de groei gecontroleerd.
De gezinsvoogd van Jeugdbescherming Limburg is op de hoogte.
Volgens de mentor van het Sintermeertencollege gaat het slecht.
De wijkagent van Kerkrade-West kent het gezin.
De kinderarts van Zuyderland heeft een SEH-rapport gemaakt.
De SEH-arts van het MUMC+ twijfelt aan de verklaring.
Inbrenger (naam, functie, organisatie): Yusuf Aktaş, casemanager, Veilig Thuis Zuid-Limburg
Vaste deelnemer: Bianca Hoen, Toegang Landgraaf
Gedragswetenschapper geraadpleegd: Tom Quaedvlieg (GZ-psycholoog Koraal), 12-11-2026
De raadsonderzoeker van de RvdK Maastricht heeft beide ouders gesproken.
De ambulant hulpverlener van Impuls komt twee keer per week.
De leerplichtambtenaar van Parkstad heeft een gesprek gepland.
Verpleegkundige JGZ heeft het bezoek afgezegd.
De psychiater van Mondriaan start met medicatie.
De schuldhulpverlener van Levanto heeft een budgetplan gemaakt.
Een tolk Pools was aanwezig via de tolkentelefoon.
De huisarts in Gulpen is ingelicht.
De consulent van Woonpunt belde over de huurachterstand.
De zorgcoördinator van het Bernardinuscollege meldt verzuim.
Inbrenger: Sanne Vrancken, jeugdconsulent, gemeente Sittard-Geleen
Vaste deelnemer: Marco Spronck, Veilig Thuis Zuid-Limburg
De verbalisant (Politie Limburg) schrijft dat vader onder invloed was.
De maatschappelijk werker van de SEH belde Veilig Thuis.
De voogd van de Jeugdbescherming is ziek; een collega neemt waar.
De kraamverzorgende was er dagelijks tot dag 8.
De ervaringsdeskundige van Radar zit bij het netwerkberaad.
De Duitse Jugendamt-medewerker is via mail geïnformeerd.
"""

AGE = r"""
J. is 14 jaar en zit in de tweede klas.
Baby is 3 maanden oud.
De jongste is net 2 geworden.
Moeder (34) is zelf onder toezicht gesteld geweest.
Vader is 52, opa 79.
Hij wordt in maart 16.
De tweeling is zes jaar.
Zus van 17 draagt veel zorg.
Het kind is 8 weken, geboren te vroeg.
Broer (19) woont op zichzelf.
Leeftijd jeugdige: 13 jaar en 4 maanden.
Oma is 81 en slecht ter been.
Kinderen: 11, 9 en 4 jaar.
J. (12) moet gehoord worden.
Stiefvader is veertig en heeft een kind van 20 uit een eerdere relatie.
De oudste wordt volgend jaar 18; er is een 18-/18+ plan nodig.
Het meisje van vijftien slaapt slecht.
Jeugdige is 10 jaar, maar gedraagt zich als een 6-jarige.
De baby is inmiddels 11 maanden.
Moeder was 16 toen ze zwanger werd.
"""

ORG_NUMBER = r"""
Bij acuut gevaar: bel 112.
Veilig Thuis is 24/7 bereikbaar via 0800-2000.
Kindertelefoon: 0800-0432.
Melding in VHT-systeem onder VHT-2026-0187.
Vorige bespreking: VHT-2025-0311.
Methylfenidaat 3 dd 10 mg, melatonine 1 mg a.n.
Ontslagmedicatie: paracetamol 4 dd 250 mg, ibuprofen 3 dd 200 mg.
Veiligheidsscore inbrenger 3, moeder 7, J. 4.
ARIJ-score: 14 (hoog risico).
KvK Xonar: 14628913
AGB-code praktijk: 01050234
Huurachterstand € 2.340,-.
Promillage bij blaastest: 0,92.
Zorgmelding met code F14 (huiselijk geweld) en E38 (overlast).
Zuyderland polikliniek kinderen: 088 459 7777
Gemeente Heerlen: 14 045
Vader slikt quetiapine 50 mg 1 dd.
Opname duurde 4 dagen; 2 nachten op de IC.
De Luisterlijn: 088 0767 000
Sertraline 50 mg, 1x per dag, start 20-10.
"""
