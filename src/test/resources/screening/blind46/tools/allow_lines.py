# Hand-written ALLOW lines for blind46 (no personal data).
PLACE = r"""
Moeder is opgegroeid in Wommels en verhuisde op haar 18e naar Ljouwert.
Vader werkt in de haven van Harlingen, de kinderen wonen in Franeker.
Het gezin woonde eerder in Jirnsum en daarna in Akkrum.
Pake en beppe wonen in Tytsjerk, een kwartier fietsen.
J. gaat na de zomer naar een school in Grou.
Mem komt oorspronkelijk uit Oudega (Smallingerland), heit uit Wirdum.
De oudste zit op kamers in Wergea en komt in het weekend naar huis.
Familie woont verspreid over Easterein, Dronryp en Stiens.
Eerder woonachtig in Menaam, sinds 2024 in Sexbierum.
Beppe woont in Hollum, de rest van de familie in Nes.
Vader vaart vanuit West-Terschelling, moeder werkt in Midsland.
Het gezin woont op Vlieland; school is in Oost-Vlieland, voortgezet onderwijs aan de wal in Harlingen.
Op Schiermonnikoog is geen politiepost, de wijkagent komt vanuit Dokkum.
De kinderen wisselen tussen Ballum en Buren, afhankelijk van de week.
Vader verblijft tijdelijk in Snits bij een vriend.
Moeder wil verhuizen naar Drachtsen, dichter bij haar zus.
Het gezin is in 2023 van Aleppo via Turkije naar Leeuwarden gekomen.
Vader komt uit Keren in Eritrea, moeder uit Asmara.
Vader pendelt tussen Poznań en Heerenveen voor het werk.
It Hearrenfean is voor moeder te ver zonder auto.
Ze wonen in de wijk Heechterp-Schieringen.
De ruzie was op het plein in Bilgaard, niet thuis.
J. hangt veel rond in Camminghaburen en op het station.
De familie komt uit Jorwert, een klein dorp zonder bus op zondag.
Moeder is bang voor de weg tussen Joure en Sneek 's avonds.
Vakantie bij familie in Kollum en in Buitenpost.
Het gezin woont in Burgum, vader werkt in Drachten.
Op zondag gaan ze naar Bolsward, naar de kerk.
Hij zit in een woongroep in Oranjewoud.
Het incident gebeurde in het centrum van Dokkum tijdens de markt.
Moeder heeft een caravan op een camping in Makkum.
Vader wil terug naar Homs zodra het kan.
De boot van Lauwersoog naar Schiermonnikoog ging niet door de storm.
De familie vierde Suikerfeest in Groningen bij een neef van vader.
Uithuisplaatsing in Gorredijk of in Wolvega is besproken.
Vanuit Hindeloopen is de reistijd naar de kliniek anderhalf uur.
Moeder overweegt terug te gaan naar Gdańsk.
Broer woont in Eelde, zus in Frankfurt.
Het kind logeert af en toe in Damwâld.
De weekendouder woont in Beetsterzwaag.
Vader is uit huis en slaapt in Marssum.
Ze verhuizen van Oosterend naar Hoorn op Terschelling.
Sinds het voorjaar woont moeder in Lemmer (De Fryske Marren).
Contact met de familie in Addis Abeba loopt via de telefoon.
Stiefvader komt uit Sint Annaparochie.
Voor de overdracht rijden ze naar Garyp.
J. wil op stage in Leeuwarden-Noord.
Het gezin woonde tot vorig jaar in Warns en in Koudum.
De jongste gaat naar de peuteropvang in Bitgum.
Vader heeft een volkstuin bij Huizum.
"""

INSTITUTION = r"""
Moeder is in het MCL bevallen en daarna opgenomen op de MPU.
Het Antonius Sneek heeft de SEH-arts laten kijken naar de blauwe plekken.
Opname van moeder in de Tjongerschans, afdeling psychiatrie.
De jongste is op de kinderafdeling van Nij Smellinghe onderzocht.
Moeder is in behandeling bij GGZ Friesland, ambulant team Ljouwert.
J. heeft een traject bij Kinnik (jeugd-GGZ) gehad van 2023 tot 2025.
Elker begeleidt vader met agressieregulatie.
Jeugdbescherming Noord voert de OTS uit sinds augustus.
Veilig Thuis Friesland heeft de melding in onderzoek genomen.
Sociaal Wijkteam Leeuwarden Oost is regievoerder.
Elkien en WoonFriesland overleggen over een andere woning.
Accolade heeft een huurachterstand gemeld bij het wijkteam.
Vader zit in Het Bolwerk (Forensische zorg) voor dagbehandeling.
De Skalm in Leeuwarden biedt dagbehandeling voor de jongste.
J. zit op de Pieter Jelles Troelstra school en doet het daar goed.
De kinderen gaan naar basisschool Sint Jozef in Sneek.
Het Dr. Algra ziekenhuis is tegenwoordig onderdeel van het MCL.
Moeder gaat naar de moskee aan de rand van de stad, daar vindt ze steun.
De vrouwen van de Eritrees-orthodoxe kerk in Leeuwarden helpen met koken.
J. zit op CSG Liudger in Drachten.
De oudste zit op het Bogerman in Sneek.
Het kind gaat naar het Comenius College in Leeuwarden.
Vader volgt inburgering bij het Friesland College.
Het COA Leeuwarden heeft het gezin eerder opgevangen.
VluchtelingenWerk Noord-Nederland helpt met de post.
De Kredietbank Nederland is ingeschakeld voor de schulden.
Zienn begeleidt moeder bij de schulden en het huishouden.
Reik Leeuwarden heeft een maatje voor J. gevonden.
Fier biedt opvang voor moeder en kinderen.
Moeder is bekend bij Verslavingszorg Noord Nederland (VNN).
J. heeft hulp bij Jeugdhulp Friesland, locatie Heerenveen.
De Raad voor de Kinderbescherming Leeuwarden doet een beschermingsonderzoek.
De rechtbank Noord-Nederland, locatie Leeuwarden, behandelt het verzoek.
Politie Noord-Nederland, basisteam Leeuwarden, kwam ter plaatse.
De wijkagent van basisteam Waddeneilanden is op de hoogte.
Het consultatiebureau van GGD Fryslân ziet de baby elke maand.
Stichting Philadelphia biedt begeleid wonen aan moeder.
J. voetbalt bij vv Nes op Ameland.
De kinderen zitten bij korfbalvereniging Wêz Handich in Burgum.
MEE Friesland helpt moeder met de LVB-aanvragen.
J. is aangemeld bij Jonx voor de wachtlijst.
Kinderopvang Tinten in Sneek meldt verzuim.
Het Dockinga College in Dokkum biedt J. huiswerkbegeleiding.
Moeder is aangemeld bij Stichting Ambiq voor LVB-hulp.
Het Nordwin College heeft J. aangemeld voor een entreeopleiding.
De huisartsenpost Heerenveen is twee keer gebeld.
Sint Anthony Gasthuis in Sneek biedt dagbesteding aan beppe.
Humanitas Thuisadministratie komt elke week.
Het Frysk Lyceum in Ljouwert heeft de ouders uitgenodigd.
De Pieter Stuyvesantschool heeft een zorgmelding gedaan.
"""

EVENT_DATE = r"""
Op 14-10-2026 is de politie ter plaatse geweest na een melding van de buren.
Huisbezoek 3/11, moeder en J. aanwezig, vader niet.
Opname MCL 2026-09-22, ontslag 2026-09-29.
Het incident was op zondag 18 oktober 2026 rond 22.00 uur.
Volgende bespreking VHT: do 26 nov. 2026, 09.30 uur.
De baby had op 02-11-2026 de controle op het consultatiebureau, gewicht stabiel.
Zitting kinderrechter op 8 december 2026 in Leeuwarden.
Melding Veilig Thuis Friesland d.d. 21.09.2026.
Vanaf 1 januari 2027 loopt de OTS af.
Op 12 oktober zijn de kinderen met de boot van 14.30 naar de wal gebracht.
Gesprek met J. op school op woensdag 4-11-2026.
Inbreng besproken met gedragswetenschapper op 29/10/2026.
De uithuisplaatsing ging in op 2-7-2026.
Sinds 15 augustus 2026 is er een tijdelijk huisverbod.
Op Koningsdag was er een vechtpartij op de camping.
Het laatste omgangsmoment was op 31-10-2026 in Leeuwarden.
Huisverbod opgelegd 05.11.2026, verlengd tot 26.11.2026.
Zorgmelding politie 20261019, vader onder invloed.
Schoolverzuim gemeld in week 43 en 44.
Eerste contact wijkteam: 7 sept. 2026.
De kinderen zijn tussen 24-10-2026 en 1-11-2026 bij pake en beppe geweest.
Evaluatie veiligheidsplan gepland op 17-12-2026.
ma 9 nov '26: overleg met school en GGD.
Overdracht van JBN naar het wijkteam per 01-02-2027.
Vader is op 6 oktober 2026 vrijgelaten uit het huis van bewaring.
Opnamedatum moeder GGZ: 13-08-2026.
Op 11 november (Sint Maarten) liep J. weg.
Verhoor op de zedenpolitie op 27 oktober 2026.
Tijdens de herfststorm van 24 oktober lag de veerdienst stil.
De baby kreeg op 10-11-2026 de hielprik-herhaling.
"""

PROFESSIONAL = r"""
De jeugdarts van GGD Fryslân heeft J. gezien.
gezinsvoogd van Jeugdbescherming Noord is op de hoogte
Inbrenger: Hinke Wijma, gezinscoach, Sociaal Wijkteam Leeuwarden
Vaste deelnemer: Folkert Haitsma, Sociaal Wijkteam Leeuwarden
Gedragsdeskundige geraadpleegd: Jorien Algra, orthopedagoog, Kinnik
De mentor van het Piter Jelles heeft de zorgen gemeld.
De wijkagent van Nes heeft gesproken met vader.
Inbrenger: Samira Benhaddou, casemanager, Veilig Thuis Friesland
Vaste deelnemer: Ruurd Zwart, gemeente Súdwest-Fryslân
De huisarts in Kollum kent het gezin al jaren.
Bedrijfsarts van de slachterij heeft vader ziek gemeld.
De verloskundige op Terschelling heeft de zorgen gedeeld.
De jeugdverpleegkundige komt elke week bij moeder thuis.
Gedragswetenschapper geraadpleegd: Ja, Wietske Boonstra (GZ-psycholoog, Elker), op 30-10-2026
De trajectbegeleider van Fier heeft contact met moeder.
De tolk Tigrinya is via het wijkteam geregeld.
De schuldhulpverlener van de gemeente Smallingerland heeft een plan gemaakt.
De IB'er van de basisschool in Joure ziet veel verzuim.
Inbrenger: Tomasz Nowicki, jeugdconsulent, gemeente Heerenveen
De klinisch psycholoog van GGZ Friesland adviseert traumabehandeling.
Vaste deelnemer: Marieke Hettema, Veilig Thuis Friesland
De reclasseringswerker van vader is uitgenodigd.
De coördinator van de Eritrese kerk bemiddelt.
De casemanager van het COA kent het gezin nog.
De pleegzorgwerker van Jeugdhulp Friesland belde na het weekend.
De kinderarts van het MCL heeft letselonderzoek gedaan.
De verpleegkundige van de SEH in Sneek heeft een melding gedaan.
Inbrenger (naam, functie, organisatie): Abeba Haile, maatschappelijk werker, gemeente Leeuwarden
Vaste deelnemer: Jelle Kooistra, Jeugdbescherming Noord
De vertrouwensarts van Veilig Thuis is geconsulteerd.
"""

AGE = r"""
J. is 14 jaar en zit in de tweede klas.
De jongste is nu 8 maanden en kruipt nog niet.
Moeder is 19 en had zelf jeugdhulp tot haar 18e.
Vader (41) werkt in ploegendienst.
De tweeling is 6 jaar.
J. wordt in maart 16 en wil dan zelfstandig wonen.
Beppe is 78 en slecht ter been.
Ze was 11 toen de oorlog in Syrië begon.
Het kind is 3 weken oud en huilt veel.
K. (9 jaar) slaapt bij moeder in bed.
De oudste is net 18 geworden en woont nog thuis.
Moeder was 16 bij de geboorte van de oudste.
J. (15) zegt dat hij al twee jaar blowt.
De kinderen zijn 4, 7 en 12 jaar oud.
Pake wurdt 80 yn febrewaris.
D. is 17 jaar en 10 maanden, de overgang naar 18+ komt eraan.
Het broertje van 5 gaat naar groep 2.
De baby van 10 weken had een bult op het hoofd.
J. is 13 en heeft een vriend van 19.
Mem is 34, heit 38.
"""

ORG_NUMBER = r"""
Veilig Thuis is bereikbaar via 0800-2000, ook 's nachts.
Bij acuut gevaar moeder laten bellen met 112.
De Kindertelefoon, 0800-0432, is met J. besproken.
Politie geen spoed: 0900-8844.
Zaaknummer VHT: VHT-2026-0117.
Vorige bespreking VHT-2025-0388, toen advies vrijwillig kader.
Methylfenidaat 2 dd 10 mg, sinds september.
Veiligheidsscore inbrenger 3, moeder 6, J. 4.
KvK Stichting Kinnik: 41001234
AGB-code huisartsenpraktijk: 01052746
Huurachterstand € 2.340, maandhuur € 712.
De boot van 14.30 en terug met de sneldienst van 17.45.
Gemeente Leeuwarden is bereikbaar via 14 058.
Moeder kreeg quetiapine 50 mg voor de nacht.
ARIJ-score hoog op 9 van de 14 items.
Schuld bij het CJIB ongeveer € 4.100.
Sertraline 100 mg 1 dd, sinds 2025.
113 Zelfmoordpreventie: 0800-0113, met J. doorgenomen.
Wachttijd Kinnik 14 weken, plek per week 6 van 2027.
Het team is overdag bereikbaar op 088 229 9111.
"""
