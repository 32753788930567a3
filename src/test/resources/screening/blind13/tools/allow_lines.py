# -*- coding: utf-8 -*-
# Hand-written ALLOW lines for blind set 13. {KVK} and {AGB} are filled by gen_sentences.py with numbers that FAIL the 11-check.
PLACE = r"""
Gezin woont sinds 2019 in de Tarwewijk, daarvoor in Carnisse.
moeder is opgegroeid in Hillesluis en heeft daar nog haar netwerk
Vader verblijft tijdelijk in Pendrecht bij een kennis.
De kinderen gaan naar school in Bloemhof en sporten in Zuidwijk.
huisbezoek gedaan in Lombardijen, woning is schoon en opgeruimd
Oma woont in de Beverwaard, tien minuten met de tram.
Het gezin is in 2023 van Katendrecht naar Oud-Charlois verhuisd.
Vader werkt in de haven bij de Waalhaven en op Heijplaat.
Gezin komt oorspronkelijk uit de Schilderswijk, nu woonachtig in Transvaal.
moeder wil weg uit Moerwijk omdat de ex daar ook woont
Tante woont in Laak en kan de kinderen na school ophalen.
De school van J. ligt in Spoorwijk, vlak bij het Zuiderpark.
Vakantie wordt doorgebracht bij familie in Duindorp.
Moeder heeft een flat in Schiedam-Nieuwland, vader in Kethel.
Oom woont in Groenoord en heeft een eigen bedrijf.
Het gezin verhuist naar Vlaardingen-Holy in januari.
sinds de scheiding woont vader in de Westwijk (Vlaardingen)
De kinderen logeren in het weekend in Babberspolder.
Gezin woont in Krispijn, Dordrecht; oma in Wielwijk.
Moeder heeft urgentie aangevraagd voor een woning in Crabbehof of Sterrenburg.
Grootouders wonen in Strijen en in Mijnsheerenland.
oom heeft een boerderij bij Westmaas, de jongens helpen daar in de zomer
Vader is verhuisd naar Numansdorp, moeder blijft in Puttershoek.
De kinderen zaten eerder op school in 's-Gravendeel.
Tante woont in Goudswaard, naast de kerk aan de dijk.
gezin heeft een stacaravan in Ouddorp, daar verblijven ze in de zomer
Moeder werkt in de kassen bij Dirksland en Melissant.
Oma woont in Middelharnis, opa in Sommelsdijk.
Het gezin komt uit Ooltgensplaat en is in 2022 naar Oude-Tonge verhuisd.
Vader vist bij Stellendam en is vaak dagen van huis.
De familie van vader woont in Nickerie en in Commewijne.
Moeder is geboren en getogen in Paramaribo-Noord en kwam in 2001 naar Nederland.
Opa en oma wonen in Mindelo op São Vicente (Kaapverdië).
De oudste heeft een half jaar bij tante in Praia gewoond.
Vader komt uit Al Hoceima, moeder uit Nador.
De familie gaat iedere zomer naar Driouch in het Rifgebied.
moeder gaat met de kinderen naar Lahore voor een bruiloft in december
De familie van vader woont in Gujrat en Sialkot.
Vader is teruggekeerd naar Oranjestad (Aruba).
Oom woont in Kralendijk op Bonaire.
Tante woont in Hendrik-Ido-Ambacht, oma in Zwijndrecht.
De kinderen gaan om de week naar vader in Hellevoetsluis.
MOEDER IS TIJDELIJK IN EEN OPVANG IN SPIJKENISSE
vader woont in Rhoon en werkt in Poortugaal
Gezin is uit Barendrecht vertrokken na problemen met de buren.
Oom woont in Sint Anthoniepolder, aan de Oude Maas.
Moeder heeft familie in Den Bommel en in Herkingen.
De jongen speelt voetbal in Ridderkerk en zit op school in Capelle aan den IJssel.
vader verblijft bij een vriend in Maassluis, soms in Brielle
Gezin is verhuisd van Pernis naar Hoogvliet-Noord.
"""
INSTITUTION = r"""
D. is op 7 oktober opgenomen in het Erasmus MC-Sophia.
Moeder is bevallen in het Maasstad Ziekenhuis.
SEH Ikazia meldt een tweede bezoek met een onverklaard letsel.
De jongste is onder behandeling in het HMC Westeinde (Haaglanden Medisch Centrum).
Oma ligt in het Franciscus Vlietland in Schiedam.
Vader is gezien door de crisisdienst van Parnassia.
Aanmelding bij Youz loopt sinds september.
De oudste woont in een woongroep van Pameijer.
Enver biedt ambulante gezinsbehandeling aan.
Flexus Jeugdplein heeft een plek in het dagprogramma.
Woonstad Rotterdam dreigt met ontruiming vanwege huurachterstand.
Vestia heeft een overlastdossier aangelegd.
Haag Wonen heeft de woning in Transvaal gekeurd.
Staedion biedt een wisselwoning aan tijdens de renovatie.
Havensteder en de wijkagent houden een keukentafelgesprek.
Moeder staat op de wachtlijst bij Bouman GGZ.
Vader is in behandeling bij Antes in Rotterdam-Zuid.
De reclassering heeft contact met Fivoor.
Ipse de Bruggen ondersteunt de jongste met een LVB.
ASVZ logeeropvang in Sliedrecht, twee weekenden per maand.
Yulius heeft de oudste gediagnosticeerd met een angststoornis.
Lucertis kinder- en jeugdpsychiatrie is gestopt met de behandeling.
Het Van Weel-Bethesda Ziekenhuis in Dirksland heeft zorgen gemeld.
opname via de SEH van het Spijkenisse Medisch Centrum
Moeder en kinderen verblijven bij Arosa in de vrouwenopvang.
Vader slaapt in de Pauluskerk.
De Kessler Stichting heeft vader een plek in de nachtopvang gegeven.
Leger des Heils Rotterdam begeleidt vader bij zijn schulden.
Melding van Basisteam Maashaven na een burenruzie.
Basisteam Hoefkade heeft het incident geregistreerd.
Politie-eenheid Rotterdam, district Zuid, heeft een zorgmelding gedaan.
De rechtbank Rotterdam heeft een voorlopige OTS uitgesproken.
Rechtbank Den Haag, zitting familie- en jeugdrecht, is gepland.
De Raad voor de Kinderbescherming, vestiging Rotterdam, doet onderzoek.
Jeugdbescherming Rotterdam Rijnmond is gevraagd voor een drangtraject.
Jeugdbescherming west heeft de casus overgedragen aan de Haagse Toegang.
Het CJG Rijnmond heeft het consultatiebureau verzorgd.
De oudste zit op het Wolfert van Borselen (Wolfert Lyceum).
Het Johan de Witt Gymnasium in Dordrecht meldt verzuim.
J. zit op het Calvijn in Vreewijk.
Het Emmaus College heeft een zorgadviesteam ingeschakeld.
De kinderen gaan naar de Evangelische Broedergemeente in Rotterdam-Zuid.
Vader bezoekt de Mevlana moskee op vrijdag.
Familie gaat naar de mandir van Shri Sanatan Dharm in Den Haag.
De jongens voetballen bij SC Feyenoord, de trainer is betrokken.
Dochter zit op zwemles bij Zwemclub Dordrecht.
Sportclub Excelsior Maassluis bood een gratis lidmaatschap aan.
De Hoop ggz in Dordrecht heeft vader een verslavingsbehandeling aangeboden.
Stichting Humanitas Rotterdam zet een maatje in voor moeder.
De Kinderombudsman heeft het rapport over Rotterdam-Zuid gepubliceerd.
"""
EVENT_DATE = r"""
di 3/11 gebeld met de mentor, J. was weer afwezig
wo 4-11 overleg met het wijkteam Feijenoord
vr 6/11 huisbezoek afgezegd door moeder (ziek)
ma 9 nov. 2026 incident op het schoolplein
Op 14-10-2026 heeft de politie een zorgmelding gedaan.
zorgmelding ontvangen 2026-10-19 om 23:40
Op 28 september 2026 is de melding bij Veilig Thuis binnengekomen.
datum incident: 01.11.2026
afspraak do 12/11 om 10:30 op het wijkteamkantoor
12-11: ouders niet thuis bij huisbezoek, briefje achtergelaten
Op 17 okt. werd vader aangehouden.
tijdelijk huisverbod van 22-10-2026 tot 01-11-2026
Zitting bij de rechtbank staat op 8 december 2026.
Op 5-11-'26 heeft het netwerkberaad plaatsgevonden.
laatste contact met moeder: 30/10/2026
De oudste is op 2 november 2026 weggelopen en 's avonds teruggevonden.
Sinds 1 september 2026 verblijft vader in de nachtopvang.
Evaluatie gepland in week 49.
Na de zomervakantie (vanaf 31-08-2026) is het verzuim toegenomen.
Op Keti Koti (1 juli) was er een ruzie op het familiefeest.
Na het Suikerfeest was het een tijd rustig in huis.
Tijdens Zomercarnaval in juli is de oudste opgepakt.
Op 20-11-2026 kwam er een tweede zorgmelding van de politie.
VHT-bespreking op di 24 november 2026.
Gesprek met de Raad op 26/11/2026 in Rotterdam.
Op oudejaarsavond 2025 was er een melding van vuurwerkoverlast en geweld.
OTS loopt af op 14-04-2027.
Vorige inbreng in het VHT was op 2026-09-15.
Sinds mei 2026 zijn er vier meldingen geweest.
gebeld op ma 2/11 16:45, voicemail ingesproken
"""
PROFESSIONAL = r"""
Gesproken met Marloes Pietersen, jeugdverpleegkundige GGD Rotterdam-Rijnmond.
De wijkagent van Hillesluis is op de hoogte gebracht.
Overleg gehad met Sandra Kraaijeveld, gedragswetenschapper wijkteam Charlois.
De intern begeleider van de basisschool heeft zorgen gemeld.
Casemanager Veilig Thuis Rotterdam Rijnmond, Youssra El Amrani, neemt contact op.
De jeugdarts heeft een lichamelijk onderzoek gedaan.
Mentor J. Koolhaas (Wolfert Lyceum) is aanwezig bij het gesprek.
De huisarts van het gezin is geïnformeerd.
Wijkagent Richard Sedoc, basisteam Maashaven, sluit aan bij het netwerkberaad.
De schoolmaatschappelijk werker van het Emmaus heeft moeder gesproken.
De jeugdbeschermer van JBRR is nog niet toegewezen.
Gezinsvoogd Hatice Demirtaş (Jeugdbescherming west) is het eerste aanspreekpunt.
De kinderarts van het Maasstad heeft een röntgenfoto laten maken.
Raadsonderzoeker Pieter de Bruijn (RvdK Rotterdam) voert het gesprek.
De verloskundige heeft de melding gedaan bij Veilig Thuis.
Overleg met de leerplichtambtenaar van de gemeente Schiedam.
Kraamverzorgende van Careyn meldt een onveilige slaapplek voor de baby.
Psychiater Parnassia, dr. A. Ramsoekh, heeft vader gezien.
De wijkverpleegkundige komt twee keer per week.
Ambulant hulpverlener Enver, Sjoerd Verbaan, start in december.
De vertrouwensarts van Veilig Thuis is geconsulteerd.
Jurist Veilig Thuis heeft advies gegeven over het beroepsgeheim.
De reclasseringswerker van vader werkt mee.
Mw. Joyce Tjon A Fong, gezinscoach wijkteam Feijenoord, schuift aan.
De consulent Werk en Inkomen is op de hoogte van de schulden.
De coach van SC Feyenoord zag blauwe plekken bij de training.
Gesprek met de zorgcoördinator van het Johan de Witt.
De tolk Arabisch-Berbers (Tamazight) was aanwezig bij het gesprek.
Dhr. K. Ramcharan, teamleider wijkteam Transvaal, ondertekent de kaart.
De jeugd- en gezinsbeschermer heeft het plan goedgekeurd.
"""
AGE = r"""
J. is 14 jaar en zit in de tweede klas.
Jongste is 9 maanden oud.
moeder is 24, vader 31
de oudste (17) wil op kamers
Broertje is 6 jaar en zit in groep 3.
Z. wordt volgende maand 12.
Vader is 43 jaar en werkloos.
Baby van 3 weken, te vroeg geboren.
De kinderen zijn 4, 7 en 11 jaar.
Oma is 76 en slecht ter been.
DE OUDSTE IS 16 EN ZORGT VOOR DE JONGERE KINDEREN
S. (15 jr) rookt en blowt dagelijks
Moeder was 16 toen ze haar eerste kind kreeg.
Tweeling van 2,5 jaar.
De jongen is pas 11 maar zwerft 's avonds over straat.
stiefvader is 20 jaar ouder dan moeder
Halfzus van 19 woont in Dordrecht.
Meisje van 13 draagt de zorg voor haar zieke moeder.
Jeugdige is 18 geworden en valt onder 18-/18+.
De jongste is nog geen jaar.
"""
ORG_NUMBER = r"""
Bij acuut gevaar altijd 112 bellen.
Veilig Thuis is bereikbaar op 0800-2000.
Geen spoed, wel politie: 0900-8844.
De Kindertelefoon (0800-0432) is met de oudste besproken.
Gemeente Rotterdam: 14 010.
Gemeente Den Haag is bereikbaar via 14 070.
Moeder heeft het nummer van 113 Zelfmoordpreventie gekregen (0800-0113).
Gemeente Dordrecht: 14 078.
KvK Stichting Arosa: {KVK}
AGB-code praktijk: {AGB}
VHT-2026-0217 (vervolg op VHT-2026-0093)
Methylfenidaat 2 dd 10 mg.
Huurachterstand van € 2.340.
Veiligheidsscore 3 op een schaal van 10.
Kinderbijslag wordt per kwartaal betaald.
Zorgmelding in 2024, 2025 en 2026.
Gebruik: 4 blikjes per dag volgens vader.
Geplande bespreking om 09:15 in zaal 2.
KvK-nummer van het kinderdagverblijf: {KVK}
Schuld van ongeveer 18.000 euro bij 11 schuldeisers.
"""
