# Hand-written ALLOW lines for blind set 63 (no personal data; hard negatives on purpose).
PLACE = r"""
Moeder is met de kinderen van Tiel naar Est verhuisd, een dorp van een paar honderd inwoners.
Vader werkt in de boomgaarden tussen Ingen en Maurik.
De kinderen logeren in de herfstvakantie in Buren.
Oma woont in Beesd, vlak bij het station.
Het gezin zat eerder in een opvang in Tricht.
jongste gaat naar de peuteropvang in Rumpt
Sinds de scheiding woont vader in Enspijk, moeder in Deil.
Vriend van moeder komt uit Haaften.
De seizoenswerkers slapen in containers op een bedrijf in Varik.
politie reed uit naar Ophemert na een melding over geschreeuw
Opa en oma wonen in Wadenoijen en hebben een fruitbedrijf.
De woonboot lag tot juni in de haven van Zoelen, daarna bij Kapel-Avezaath.
school en sportclub liggen in Erichem
Moeder fietst dagelijks van Eck en Wiel naar haar werk.
Vader huurt een kamer in Ravenswaaij.
HETEREN – RANDWIJK – HEMMEN: drie verhuizingen in één jaar
De familie van vader woont in Andelst en IJzendoorn.
Het gezin woonde eerder in Kesteren en daarvoor in Opheusden.
Kinderen zitten in Zetten op school, moeder werkt in Elst.
stiefvader komt uit Bemmel, zijn ex woont in Huissen
Jongste zoon gaat elke zaterdag met oom vissen bij Wijk bij Duurstede.
Moeder heeft familie in Leerdam en in Vianen.
De kinderen gingen met de bus van Asperen naar Heukelum.
Het incident vond plaats op de dijk tussen Echteld en Ochten.
Dodewaard is te klein, zegt moeder: "iedereen kent ons daar."
In Lienden is een zomerkamp voor de seizoenskinderen.
vader wil terug naar Polen (Opole), moeder wil in Geldermalsen blijven
De familie van moeder komt uit Constanța in Roemenië.
Vader is geboren en getogen in Diyarbakır; de kinderen kennen Turkije alleen van vakanties.
De familie is in 2015 gevlucht uit Mosul (Irak) en woonde eerst in een azc in Heumensoord.
Moeder is opgegroeid in Bandabou, Curaçao, en kwam op haar negentiende naar Nederland.
Het restaurant van het gezin staat in de binnenstad van Culemborg.
wijk Tiel-Oost, Passewaaij en De Hoven: moeder kent overal mensen
De kinderen spelen vaak in de wijk Terweijde in Culemborg.
oom woont in Tiel West, vlakbij het station
moeder heeft een vriendin in Guangzhou (China) die ze elke dag belt
Vader vertrok in augustus naar Suceava, Roemenië.
De woonboot ligt nu in de jachthaven bij Heerewaarden.
De kinderen zijn voor de zomer bij familie in Batman (Turkije) geweest.
Betuwe en Rivierenland: gezin verhuisde binnen de regio zes keer.
Oudste dochter loopt stage in Arnhem, de jongste zit in Nijmegen op school.
Vader woont in Kerk-Avezaath, op loopafstand van de kinderen.
Ze zijn vaak bij oma in Kuilenburg – zo noemt oma Culemborg nog steeds.
Moeder wil verhuizen naar Amersfoort of Utrecht, weg uit de Betuwe.
Vader is gesignaleerd in Kootwijkerbroek en in Lunteren.
Kinderen zijn met de kerk op kamp geweest in Ede.
De jongste gaat naar zwemles in Neerijnen.
Het gezin heeft een volkstuin in Meteren.
oma verhuist van Herwijnen naar Hellouw
Familie in Waardenburg, Tuil en Opijnen vangt om beurten op.
""".strip().split('\n')

INSTITUTION = r"""
De jongste is op de spoedeisende hulp van Ziekenhuis Rivierenland Tiel gezien.
Oudste zit op het Koningin Wilhelmina College in Culemborg, 3 havo.
Lingecollege meldt veel verzuim sinds de herfstvakantie.
Middelste gaat naar de Anne Frankschool.
Moeder is aangemeld bij Kwadraad voor schuldhulp en maatschappelijk werk.
Lindenhout biedt ambulante gezinsbegeleiding, twee keer per week.
Entrea Lindenhout heeft een crisisplek aangeboden in Nijmegen.
Pluryn begeleidt moeder in het kader van beschermd wonen.
De oudste staat op de wachtlijst bij Karakter voor diagnostiek.
Vader is in behandeling bij Pro Persona (verslavingszorg).
Yulius heeft de intake gedaan voor de middelste.
Jeugdbescherming Gelderland voert de ondertoezichtstelling uit.
Veilig Thuis Gelderland-Zuid heeft het onderzoek afgerond.
Sociaal Team Tiel is betrokken sinds voorjaar 2026.
Wijkteam Culemborg heeft de casusregie.
KleurrijkWonen heeft een huisuitzetting aangekondigd wegens huurachterstand.
Poort6 stuurde een waarschuwingsbrief over overlast.
Thius biedt een andere woning aan in Wijk bij Duurstede.
Oma woont in een aanleunwoning van Woonzorg.
Stichting Mozaïek helpt moeder met de Nederlandse taal.
Politie Oost-Nederland basisteam Rivierenland heeft een zorgmelding gemaakt.
Baby is na de bevalling in Rijnstate (Arnhem) gebleven vanwege onthouding.
Ziekenhuis Gelderse Vallei in Ede heeft een vermoeden van kindermishandeling gemeld.
De jongens zitten op de Prins Willem-Alexanderschool.
Oudste dochter gaat naar het Christelijk College Nassau-Veluwe in Harderwijk.
Dr. Nassau College (Assen) heeft het leerlingdossier overgedragen.
zoon zit op de Prins Willem-Alexander school, groep 7
Het gezin gaat naar de Ulu Camii (moskee) in Tiel.
De middelste voetbalt bij SV TEC in Tiel.
Moeder werkt bij de Chinese stichting Wah Kiu voor ouderen.
Het Camphusianum in Gorinchem zoekt contact met het wijkteam.
ggz: Pro Persona, Karakter en Yulius hebben elk een deel gedaan
GGD Gelderland-Zuid, afdeling JGZ, ziet de baby op het consultatiebureau.
De Raad voor de Kinderbescherming, locatie Arnhem, doet een raadsonderzoek.
Rechtbank Gelderland, locatie Arnhem, heeft een voorlopige OTS uitgesproken.
Het Leger des Heils biedt maatschappelijke opvang in Tiel.
De Voedselbank Tiel levert elke donderdag een pakket.
Vluchtelingenwerk Oost-Nederland begeleidt de gezinshereniging.
Moeder gaat naar de Pinkstergemeente in Culemborg.
De kinderen gaan naar de Sint Janschool (katholiek) in Tiel.
Het IND-loket in Zevenaar heeft de verblijfsvergunning verlengd.
Pluryn Hoenderloo Groep: de oudste zat daar eerder in een leefgroep.
Het UMC Utrecht heeft de second opinion gedaan.
ROC Rivor in Tiel biedt de oudste een plek in de entreeopleiding.
Scholengemeenschap Lek en Linge in Culemborg.
De jongste is gezien in het Radboudumc in Nijmegen.
Fruitteeltbedrijf met seizoenswerkers is aangesloten bij de NFO.
Het uitzendbureau regelt de huisvesting van de Poolse en Roemeense werkers.
Het gezin krijgt hulp van de Kredietbank Rivierenland.
Het Diakonessenhuis in Utrecht heeft de jongste onderzocht.
""".strip().split('\n')

EVENT_DATE = r"""
Op 13-6-2026 heeft de politie de woonboot bezocht na een melding.
Huisbezoek gepland op 04.11.2026 om 10.00 uur.
Incident: 21-02-2026, vader sloeg de deur in.
Zitting rechtbank Gelderland: 2026-08-30.
Opname Ziekenhuis Rivierenland van 17 juli 2026 tot 19 juli 2026.
De baby had op 3/9/2026 het consult bij het consultatiebureau (4 weken).
verhuizing naar de caravan: 19 JAN 2026
op 9 maart '26 melding Veilig Thuis Gelderland-Zuid
Uithuisplaatsing op 2026-12-01, bij netwerkpleeggezin.
Moeder is 25-10-2026 gestart bij Kwadraad.
Netwerkberaad op 8-okt-2026 in Geldermalsen.
Laatste schoolbezoek: 20260704 (rapportgesprek).
[18:22] Moeder: afspraak morgen 07-12-2026 bij de huisarts?
Hielprik van de baby op 24 feb. 2026, daarna 8 weken-controle.
Omgangsmoment 11 - 04 - 2026 ging mis.
Gezinsvoogd is op 2 augustus 2026 gewisseld.
Uitvoeringsverzoek OTS ingegaan 30-01-2026.
De kinderen zijn op Koningsdag (27 april) met oma naar Tiel geweest.
Plukseizoen loopt van half augustus tot eind oktober.
Tweede Kerstdag vorig jaar escaleerde het thuis.
Zorgmelding politie week 44.
Sinds suikerfeest (20-3) is vader niet meer thuis geweest.
Vorige VHT-bespreking: di 6 oktober 2026.
Rapport Raad verwacht eind januari 2027.
Schorsing school van 1 t/m 5 november 2026.
De melding kwam binnen op vrijdag 13-11, 16.40 uur.
Consultatiebureau zag de baby op 12-05-2026, 29-06-2026 en 07-09-2026.
Zitting bij de kinderrechter verplaatst naar 14 oktober 2026.
Ramadan en de schoolvakantie vielen dit jaar samen.
Kort geding omgang op 16-12-2026, locatie Arnhem.
""".strip().split('\n')

PROFESSIONAL = r"""
Inbrenger: Karin Stolk, jeugd- en gezinswerker, Sociaal Team Tiel
Vaste deelnemer: Hasan Erkoç, Wijkteam Culemborg
Gedragsdeskundige geraadpleegd: Ja, Marloes ter Beek (orthopedagoog, Sociaal Team Tiel), 12-11-2026
De jeugdarts van de GGD heeft de baby gewogen.
gezinsvoogd van Jeugdbescherming Gelderland is op vakantie
De wijkagent van basisteam Rivierenland kent het gezin al jaren.
De mentor van het Lingecollege maakt zich zorgen.
Ambulant hulpverlener van Lindenhout komt twee keer per week.
Casemanager van Veilig Thuis Gelderland-Zuid heeft moeder gesproken.
Raadsonderzoeker van de RvdK is betrokken.
Huisarts in Geldermalsen heeft een verwijzing gegeven.
De kinderarts van Rijnstate heeft letsel vastgesteld.
De tolk Pools was via de telefoon aanwezig.
De advocaat van cliënte heeft een brief gestuurd.
de advocaat van de wederpartij reageert niet
Schuldhulpverlener van Kwadraad heeft een budgetplan gemaakt.
Inbrenger: Wendy van der Velde, gezinscoach, Wijkteam Culemborg
Vaste deelnemer: Tjeerd Hoogstraten, Sociaal Team Tiel
Gedragswetenschapper geraadpleegd: Anouk Brenninkmeijer, GZ-psycholoog, Jeugdbescherming Gelderland
Inbrenger (naam, functie, organisatie): Ilse Gerritsen, jeugdbeschermer, Jeugdbescherming Gelderland
Vaste deelnemer: Robin Terlouw, Veilig Thuis Gelderland-Zuid
De verloskundige uit Tiel heeft zorgen gemeld over de baby.
De consulent van KleurrijkWonen belde over de huurachterstand.
intern begeleider van de basisschool heeft gesproken met moeder
Verpleegkundige van de JGZ doet een extra huisbezoek.
De psychiater van Pro Persona heeft medicatie voorgeschreven.
De trajectbegeleider van Pluryn is niet bereikbaar.
De leerplichtambtenaar van Tiel heeft een proces-verbaal opgemaakt.
Zorgcoördinator van het Koningin Wilhelmina College is aangesloten.
gedragswetenschapper Sociaal Team Tiel heeft meegelezen
""".strip().split('\n')

AGE = r"""
J. (2011) is nu 15 jaar.
Baby is 6 weken oud.
De jongste is twee, de oudste elf.
moeder is 19 en was 16 bij de eerste bevalling
Stiefzus (16) en halfbroer (9) wonen om de week bij vader.
L. wordt in maart 12.
Vader is 43, moeder 27.
Oma is in de 70 en kan niet meer opvangen.
oudste zoon is 18 geworden en woont nu zelfstandig
K. (8 jaar) slaapt bij oma.
Tweeling van 4 maanden.
Drie kinderen: 3, 7 en 14 jaar.
De jongste is net 1 jaar en loopt nog niet.
Moeder (1994) is 32.
De kinderen zijn 5 en 6; de stiefkinderen 10 en 13.
Vader kwam op zijn 17e naar Nederland.
Jeugdige (16) werkt in het weekend in het restaurant.
Baby is 10 dagen oud bij de melding.
De middelste (ca. 9 jaar) heeft geen verblijfsvergunning.
S. (2020) is nu 6 jaar.
""".strip().split('\n')

ORG_NUMBER = r"""
Veilig Thuis is 24/7 bereikbaar via 0800-2000.
Bij acuut gevaar: 112.
De Kindertelefoon: 0800-0432.
KvK-nummer van de stichting voor naschoolse opvang: 51284377
AGB-code huisartsenpraktijk: 01054213
VHT-2026-0117 (vervolgbespreking)
Eerdere bespreking: VHT-2025-0098.
Methylfenidaat 2 dd 10 mg, melatonine 3 mg.
ARIJ-score: veiligheid 3, risico hoog.
Schuld ca. € 14.800, huurachterstand 4 maanden.
113 Zelfmoordpreventie: 0800-0113.
Veiligheidsscore inbrenger 4, moeder 7.
Juridisch Loket: 0900-8020.
Sociaal Team Tiel bereikbaar via 14 0344.
Gemeente Culemborg 14 0345.
Alcoholpromillage vader bij aanhouding: 1,9.
Kinderbijslag: € 297 per kwartaal per kind (indicatie).
Zaak in weekoverzicht VHT wk 48, agendapunt 7.
Signs of Safety-schaal: 2 (moeder) en 6 (school).
Uren verzuim sinds september: 46, leerplicht meldt dit.
""".strip().split('\n')
