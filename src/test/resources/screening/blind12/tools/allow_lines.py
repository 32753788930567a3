# Hand-written ALLOW lines for blind set 12 (no personal data; must pass the screener).
PLACE = r"""
Gezin is in de zomer verhuisd van Staphorst naar IJhorst.
Vader werkt als visser en is door de week op zee vanuit Urk.
moeder komt oorspronkelijk uit Genemuiden, vader uit Hasselt (Ov)
De jongens gaan naar de voetbal in Rijssen, niet in Holten.
Oma woont in Barneveld, vlak bij Voorthuizen.
Het gezin kerkt in Kesteren en woont in Opheusden.
Vakantie wordt altijd doorgebracht in Ouddorp.
Vader heeft werk gevonden bij een kwekerij in Tholen.
moeder en kinderen logeren tijdelijk in Kapelle
Schoolreis ging naar Nunspeet; kinderen bleven een nacht in Elspeet.
De familie van vader woont in Hardinxveld-Giessendam.
Vader rijdt dagelijks van Lekkerkerk naar Sliedrecht.
Het oudste kind zit op kamers in Dokkum.
Tante woont in Kollum, opa en oma in Buitenpost.
Moeder heeft een baan in Joure gevonden.
Incident vond plaats op de markt in Sneek.
De crisisopvang is in Leeuwarden, het gezin woont in Harlingen.
Vader is naar Drachten verhuisd.
GEZIN WOONT IN DE BUURTSCHAP DE KNIPE
Kinderen spelen vaak bij de haven van Bruinisse.
Het gezin komt uit Werkendam en woont nu in Sleeuwijk.
Moeder heeft een vriendin in Nieuw-Lekkerland.
De broers werken in de bollenteelt bij Sint-Annaland.
Opa heeft een boerderij tussen Dalfsen en Nieuwleusen.
Het meisje logeert bij haar zus in Veenendaal.
Vader rijdt vrachtwagen tussen Ede en Wageningen.
| Woonplaats gezin | Elburg |
Zorgmelding kwam uit Oldebroek (wijk Wezep).
Moeder wil terug naar Nijkerk.
De kinderen zijn in de herfstvakantie naar Ameland geweest.
Oom woont in Vlissingen en is schipper.
Het gezin verhuist naar Middelburg.
vader heeft familie in Yerseke en Kruiningen
Gezin woont tegenwoordig in Hoogeveen.
De jongste zit op de crèche in Meppel.
Moeder komt uit Kampen, heeft daar nog familie.
Na de scheiding woont vader in Zwolle-Zuid.
Gezin kwam in 2019 vanuit Aleppo via Turkije naar Nederland.
Vader is opgegroeid in Gdańsk en werkt nu in Harderwijk.
Moeder en kinderen kwamen via Ter Apel in Goes terecht.
Het gezin woont in de Molukse wijk van Elst.
Moeder heeft familie in Capelle aan den IJssel.
Kinderen gaan in de zomer naar familie in Asmara.
Oma woont in Trabzon, vader reist daar vaak heen.
Gezin woont in Garderen (gemeente Barneveld).
De kinderen gaan in Hollandscheveld naar school.
Vader komt uit Sint Jansklooster.
Zorgen gemeld vanuit Wijhe en Olst.
Het gezin verhuisde van Zuidwolde naar De Wijk.
Moeder woont inmiddels in Ermelo, vader in Putten.
"""
INSTITUTION = r"""
De jongens zitten op de Guido de Brès in Rotterdam.
Oudste dochter zit op het Van Lodenstein College in Kesteren.
Moeder is aangemeld bij Eleos (ambulante behandeling).
Jongste zoon zit op Calvijn, locatie Meerpaal.
De zorgcoördinator van het Pieter Zandt in Kampen heeft contact.
De kinderen zitten op De Passage, praktijkonderwijs.
Er is een aanvraag bij Kind en Ouder voor gezinsbehandeling.
Moeder en kinderen verblijven in de vrouwenopvang van De Hoop.
Sterk Huis biedt ambulante hulp na het incident.
Jeugdige is in behandeling bij Accare in Assen.
Karakter doet diagnostiek bij de oudste zoon.
Lentis is betrokken bij moeder (depressie).
Vader heeft werk bij de Hersteld Hervormde Kerk als koster.
Gezin is lid van de Gereformeerde Gemeente in Nederland.
De zondagsschool van de Gereformeerde Gemeente is een belangrijke plek.
Driestar-educatief geeft ondersteuning aan school.
Kinderen hebben geleerd op de Ds. Kohlbruggeschool.
Het gezin krijgt hulp van Stichting Schuldhulpmaatje.
Moeder heeft een behandelplan bij GGZ Centraal.
Het kind is opgenomen in het Sophia Kinderziekenhuis.
Jeugdige wordt begeleid door Jeugdbescherming Gelderland.
Er is contact met Veilig Thuis Zeeland.
Veilig Thuis IJsselland heeft het onderzoek afgerond.
Stiefvader volgt een traject bij Tactus.
Gezin heeft begeleiding van Timon.
De oudste gaat naar de Wartburg, locatie Guido.
Moeder werkt bij de Jumbo in Rijssen.
De vader werkt bij Vion in Apeldoorn.
Opname in het Isala in Zwolle na het ongeval.
De baby wordt gezien in het Admiraal De Ruyter Ziekenhuis.
GGD Zeeland ziet het gezin op het consultatiebureau.
Jeugdverpleegkundige van GGD IJsselland kwam op huisbezoek.
De school, het Reformatorisch College Apeldoorn, is op de hoogte.
Casus is besproken bij Zorg- en Veiligheidshuis IJsselland.
Hulp via Jeugdformaat en Youké is gestopt.
Moeder volgt therapie bij Emergis in Goes.
Dochter zit op het Johannes Calvijn Lyceum.
Vader werkt bij De Vries Bouw in Ede.
De kinderen zitten op de Koning Davidschool.
Gezin kerkt in de Oud Gereformeerde Gemeente in Opheusden.
Oudste doet vmbo op het Greijdanus in Zwolle.
Politie Eenheid Oost-Nederland heeft de melding gedaan.
Raad voor de Kinderbescherming regio Noord-Nederland is ingeschakeld.
De Friesland Zorgverzekeraar heeft de behandeling vergoed.
Jeugdige krijgt ondersteuning van Jeugdhulp Friesland.
Vader heeft een intake gehad bij Verslavingszorg Noord Nederland.
Moeder heeft werk gevonden bij Tinga in Joure.
Jongste zit op cbs Willem van Oranje in Kollum.
Gezin wordt ondersteund vanuit Stichting De Herberg.
Fysiotherapie via Medisch Centrum Leeuwarden.
"""
EVENT_DATE = r"""
Huisbezoek op 12-11-2026 samen met de ouderling.
Op 2026-10-05 melding ontvangen van school.
Incident vond plaats op 3 okt. 2026 na de kerkdienst.
Bespreking in het VHT op di 17 nov. 2026
Gesprek met vader op 19/10/'26.
dankdag (4 nov.) was moeder niet in de kerk
Tijdens biddag op 11 maart ging het mis.
Op zondag 8 november is vader thuis uitgevallen.
Gesprek gepland in week 48.
Datum melding VT: 22.09.2026
Afspraak op ma 30-11 om 10.00 uur
Ouders hebben op 1 december het plan getekend.
kerstvakantie loopt van 19-12-2026 t/m 03-01-2027
Voorjaarsvakantie: 20 t/m 28 februari 2027
Politie kwam op 14/09/2026 ter plaatse.
Onderzoek VT afgerond op 26-okt-2026.
Na de herfstvakantie (wk 43) begon het verzuim.
| Datum incident | 29-08-2026 |
Wijkteam heeft op 2 september 2026 het gezin bezocht.
Rapportage van de Raad ontvangen op 20261104.
Op 17 oktober jl. was er een zitting bij de rechtbank.
Overleg met school vond plaats op do 8 okt.
Belijdenisdienst was op 4 oktober, moeder ging niet.
Gesprek met ouders op 25-11-2026; vader was afwezig.
Na Hemelvaart is de jongste niet meer naar school gegaan.
Vanaf 1 januari 2027 eindigt de ondertoezichtstelling.
Op 16 sept. 2026 meldde de jeugdarts haar zorg.
Zitting rechtbank Overijssel: 09-12-2026, 13.30 uur.
Melding 27 nov '26 - nog geen reactie van ouders.
Evaluatie plan staat gepland op 15 januari 2027.
"""
PROFESSIONAL = r"""
De ouderling heeft het gezin bezocht en zorgen gedeeld.
Gesprek met de mentor van het Van Lodenstein College.
De jeugdarts van de GGD heeft de baby gezien.
De huisarts heeft moeder doorverwezen naar Eleos.
Jeugdbeschermer heeft ouders gesproken.
De kerkelijk werker is betrokken.
Gezinsvoogd vraagt om advies.
De zorgcoördinator van school meldde de zorgen.
De predikant is op de hoogte van het veiligheidsplan.
Gedragswetenschapper van het wijkteam adviseert traumaonderzoek.
Wijkagent heeft ouders aangesproken.
De schoolmaatschappelijk werker heeft een gesprek gehad.
Consulent van Veilig Thuis doet onderzoek.
De diaken helpt met de financiën.
Orthopedagoog van Kind en Ouder doet een observatie.
De bewindvoerder beheert het geld sinds juni.
Casemanager van het sociaal team Tholen is inbrenger.
De intern begeleider van de basisschool ziet verzuim.
JGZ-verpleegkundige heeft de groei gemeten.
Raadsonderzoeker heeft met de kinderen gesproken.
Klinisch psycholoog van Karakter doet diagnostiek.
De leerplichtambtenaar is ingeschakeld.
Kinderarts van het ziekenhuis heeft letsel vastgesteld.
Trajectbegeleider van Sterk Huis heeft contact met vader.
De gezinscoach van het wijkteam Staphorst gaat wekelijks langs.
Psychiater van Lentis heeft medicatie aangepast.
Verloskundige uit Urk heeft zorgen over de pasgeborene.
Jeugdconsulent van de gemeente Rijssen-Holten is betrokken.
De groepsleerkracht van groep 6 heeft signalen gezien.
Pleegzorgwerker van Kind en Ouder begeleidt het pleeggezin.
"""
AGE = r"""
Jongste is 3 jaar en gaat naar de peuterspeelzaal.
Oudste zoon (17) helpt vader op het land.
Tweeling is 9 jaar oud.
Het meisje is twaalf en zit in groep 8.
De jongens van 6 en 8 slapen op één kamer.
moeder is 42, vader 48
Jeugdige (15 jaar) heeft een bijbaan bij de bakker.
Vader is op 19-jarige leeftijd vader geworden.
Baby van 4 maanden drinkt slecht.
Kinderen zijn tussen 2 en 16 jaar oud.
Het jongste kind wordt in april 1 jaar.
M. is 14 jaar en wil niet meer naar catechisatie.
Zoon is zeventien en wil het huis uit.
Broer van 11 zorgt voor de kleintjes.
De oudste dochter van 19 woont in Kampen.
Het meisje van 13 heeft een vriendje van 18.
Moeder werd op haar 20e voor het eerst moeder.
Peuter (2 jr) is vaak alleen gelaten.
Vader is 56 jaar en heeft een hartaandoening.
Kinderen zijn 7, 10 en 12 jaar.
"""
ORG_NUMBER = r"""
Veilig Thuis is bereikbaar op 0800-2000.
Bij acuut gevaar: bel 112.
Kindertelefoon: 0800-0432.
De Luisterlijn: 088 0767 000.
Zelfmoordpreventie: 113 of 0800-0113.
KvK-nummer van de zorgaanbieder: 41233870
AGB-code van de praktijk: 94061273
Artikel 1:255 BW is van toepassing.
Wet op de jeugdzorg art. 2.3
Methylfenidaat 2 dd 10 mg voor de oudste
Toelage van 150 euro per maand via de diaconie.
VHT-zaaknummer: VHT-2026-0117
Score volgens ARIJ: hoog risico (7).
Kosten bewindvoering: 100 euro per maand
Melding via Juridisch Loket: 0900-8020
Hulplijn van Sterk Huis: 088 202 4500
Paracetamol 500 mg max 4x daags
Gemeente Staphorst, tel. 14 0522.
Jeugdwet artikel 7.1.1
Scores tussen 1 en 10, inbrenger geeft 4.
"""
