# ALLOW lines for blind92 (no personal data of the family; professionals only by role or in cover fields).
PLACE = r'''
Gezin is in september verhuisd van Pendrecht naar Carnisse.
Vader werkt in de haven bij Heijplaat en is vaak 12 uur van huis.
TOLK: mevrouw zegt dat ze eerst in Poortugaal woonde, daarna in Rhoon.
afspraak: logeeradres bij familie in Hoogvliet, tot de kerstvakantie
Oma woont in Pernis, vlak bij de kerk.
De arbeiders worden elke ochtend met een busje van Heerjansdam naar de kassen gebracht.
Moeder heeft een netwerk in Zwijndrecht en in Goudswaard.
Kinderen gingen in de zomer naar familie in Piershil.
Vader verblijft tijdelijk in Zuid-Beijerland bij een collega.
Oom heeft een schuur in Numansdorp waar vader soms slaapt.
TOLK: hij zegt dat ze in Klaaswaal op een camping hebben gewoond.
Moeder fietst elke dag van Puttershoek naar het werk in Maasdam.
Opvang bij een kennis in Mijnsheerenland is besproken maar niet haalbaar.
Gezin komt oorspronkelijk uit Westmaas, verhuisd naar Charlois in 2019.
woonachtig Tarwewijk, daarvoor Afrikaanderwijk
Incident vond plaats op het Zuidplein, bij de ingang van het winkelcentrum.
ZVH: casus valt onder gebied IJsselmonde, wijkteam Lombardijen
Vader is vanuit Praia (Kaapverdië) via Lissabon naar Rotterdam gekomen.
Moeder komt uit Willemstad, Curaçao; vader uit Paramaribo.
TOLK: ze komen uit Sliven en Pazardzhik, in Bulgarije.
familie in Kraków en Łódź, Polen
Opa en oma wonen in Konya, het gezin gaat elke zomer.
De familie van vader woont in Nador en in Al Hoceima.
TOLK: de kinderen hebben een jaar bij oma in Mindelo op São Vicente gewoond.
Moeders familie woont in Nickerie en Wanica.
Vader is in de zomer vertrokken naar Bonaire.
Gezin woont in Bloemhof, school in Hillesluis.
afspraak: jeugdige gaat na schooltijd naar de buurthuis in Zuidwijk
Kinderen spelen vaak op straat in Feijenoord, ook 's avonds laat.
Woonwagenstandplaats in Barendrecht is gezien.
moeder wil verhuizen naar Spijkenisse, dichter bij haar zus
Oud-Beijerland: seizoensarbeiders in een voormalige boerderij aan de rand van het dorp
Vader rijdt vrachtwagen op de route Moerdijk - Antwerpen - Duisburg.
Het jongere broertje logeert in Ridderkerk-Bolnes bij familie.
Het incident was in Katendrecht, na het stappen.
De politie trof vader aan bij de Maastunnel, Charlois-kant.
TOLK: zij zegt ze wil terug naar Kaapverdië, naar Santiago.
Moeder heeft een broer in Hellevoetsluis en een zus in Vlaardingen.
Stiefvader komt uit Hoek van Holland, werkt in Europoort.
Gezin verblijft in een vakantiepark in Hekelingen sinds de ontruiming.
Ouders hebben elkaar leren kennen in Schiedam.
Vader is opgepakt in Dordrecht, Reeland.
Familie uit Izmir en Kayseri komt in de zomer.
ZVH-casus Rotterdam-Zuid, deelgemeente Feijenoord / Noordereiland
Vader werkt in de kassen in Maasland en De Lier.
Oma verhuisde van Zevenhuizen naar Nieuwerkerk aan den IJssel.
De jeugdige loopt weg naar Vreewijk, waar zijn vrienden wonen.
Kinderen gaan in de zomer naar Ribeira Grande, Santo Antão.
TOLK: de man zegt dat hij in Varna en in Burgas heeft gewerkt.
Oud-IJsselmonde, Beverwaard en Groot-IJsselmonde zijn de plekken waar J. rondhangt.
'''

INSTITUTION = r'''
Baby ligt op de NICU van het Sophia Kinderziekenhuis.
J. is gezien op de SEH van het Maasstad Ziekenhuis na de val.
Moeder is bevallen in het Ikazia.
Vader is opgenomen bij het Franciscus Gasthuis, afdeling psychiatrie.
afspraak: J. wordt aangemeld bij Erasmus MC-Sophia, polikliniek kindergeneeskunde
Vader heeft behandeling bij Antes voor zijn alcoholgebruik.
Moeder is in behandeling bij Parnassia, ambulant team Zuid.
Youz heeft een intake gedaan voor de jeugdige.
De jeugdige zit op de Wolfert van Borselen, vmbo-afdeling.
Oudste dochter zit op het Marnix Gymnasium.
Broer gaat naar de Johan de Witt Scholengroep.
Emmaus College heeft een zorgmelding gedaan.
Het Erasmiaans Gymnasium meldt verzuim van de zus.
Enver begeleidt het gezin met ambulante gezinsbehandeling.
CJG Rijnmond heeft het consultatiebureau bezoek afgezegd.
Wijkteam Rotterdam (team Feijenoord) heeft procesregie.
Veilig Thuis Rotterdam Rijnmond heeft de melding op 4 november aangenomen.
Woonstad heeft een ontruimingsvonnis aangevraagd.
Havensteder en het wijkteam hebben gezamenlijk een huisbezoek gedaan.
Woning was van Vestia, nu Woonstad Rotterdam.
Politie Rotterdam, basisteam Maashaven, is op de hoogte.
Zorg- en Veiligheidshuis Rotterdam-Rijnmond: casus op de agenda van het casusoverleg
Raad voor de Kinderbescherming (regio Rotterdam) doet onderzoek.
Jeugdbescherming west heeft de ondertoezichtstelling overgenomen.
William Schrikker Stichting begeleidt vader met LVB.
Het Leger des Heils in Rotterdam-Zuid biedt maaltijden.
Moeder en kinderen zijn in de Blijf Groep opvang geplaatst.
De Kinderrechter in de Rechtbank Rotterdam heeft de OTS uitgesproken.
Kinderen gaan naar basisschool De Globetrotter.
De Kaapverdische Rooms-Katholieke parochie helpt met voedselpakketten.
De moskee Mevlana in Rotterdam-Zuid is betrokken bij de bemiddeling.
Sportclub Feyenoord Foundation heeft een plek voor J. aangeboden.
Pameijer begeleidt moeder bij de dagbesteding.
Humanitas Thuisadministratie helpt met de post.
Moeder gaat naar Stichting Mara, taalles in Charlois.
De Voedselbank Rotterdam levert elke woensdag.
Baby bij Kraamzorg Rotterdam in zorg geweest.
Jeugdige is geplaatst bij Horizon, behandelgroep in Rotterdam-Zuid.
TOLK: mevrouw zegt dat het Maasstad goed voor haar was.
Ikazia heeft een Zorgmelding via de Meldcode gedaan.
Franciscus Vlietland heeft de baby doorverwezen naar het Sophia.
Pluryn heeft een plek in de logeeropvang.
Lucertis heeft een diagnose ADHD gesteld.
Het Albeda (mbo) heeft de jeugdige uitgeschreven.
Zadkine meldt dat de broer sinds oktober niet meer komt.
De Hogeschool Rotterdam heeft de zus een studiebegeleider gegeven.
Yulius heeft de crisisdienst ingezet.
Stichting Pretty Woman biedt een groep voor de dochter.
De Fietsenwerkplaats Wijkpaviljoen is een plek voor vader.
GGD Rotterdam-Rijnmond, afdeling JGZ, ziet de baby op het consultatiebureau.
'''

EVENT_DATE = r'''
Incident: 14-06-2026, politie ter plaatse na melding buren.
Huisbezoek op 21-09-2026 samen met Woonstad.
ZVH casusoverleg d.d. 03-11-2026, volgend overleg 17-11-2026
afspraak: evaluatie op 2026-12-15
TOLK: de vechtpartij was op 7 oktober, na het suikerfeest-bezoek.
Opname in het Franciscus op 30.10.2026.
Huisverbod opgelegd op 12 okt 2026, verlengd tot 9 november.
Ontruiming gepland op 19/01/2027.
Baby gezien op het consultatiebureau op 5 november 2026 (8 weken controle).
Aangifte op 02-02-2026 door moeder, ingetrokken op 16-02-2026.
Schorsing van school van 9 t/m 13 november 2026.
Melding Veilig Thuis d.d. 26-08-2026
actiehouder: Wijkteam, deadline 1 december
Zittingsdatum rechtbank: 20260114
Laatste contact vader-kinderen: tweede kerstdag 2025.
Op 11-7-2026 is J. weggelopen en op 13-7 teruggevonden in Spijkenisse.
TOLK: ze zegt dat de baby op 3 maart voor het eerst naar de huisarts ging.
Overleg ZVH: di 24/11/'26 14:00 - 15:30 (Teams)
Sinds de zomervakantie (juli 2026) is er geen contact.
Verjaardagsfeest op 17 mei liep uit de hand, politie kwam twee keer.
Het gezin kwam in maart 2024 naar Nederland.
Contactverbod geldt tot 28-02-2027.
OTS loopt af op 31-5-2027.
Kerstvakantie 21 december t/m 3 januari: opvang bij oma geregeld.
Tijdens het Suikerfeest (30 maart) was er ruzie met de familie.
Zwangerschapscontrole Ikazia op 15-12-2026, uitgerekende datum 02-03-2027.
Week 46: gesprek met moeder, week 48: terugkoppeling in het ZVH.
De aanhouding was in de nacht van 31 oktober op 1 november.
Bij de screening op 09-10-2026 was de baby 4 weken.
Eerste inbreng 29-9-2026, vervolgbespreking 3-12-2026.
'''

PROFESSIONAL = r'''
Inbrenger: Fenna Rozendaal, jeugdprofessional, Wijkteam Rotterdam Charlois
Vaste deelnemer: Ibrahim Kanouni, Wijkteam Rotterdam
Gedragsdeskundige geraadpleegd: Ja, Lieke Timmerije (orthopedagoog, Enver)
actiehouder: wijkteam (jeugdprofessional)
TOLK: Ik vertaal wat u zegt. HV: Goed, dank u.
De jeugdarts van het CJG Rijnmond ziet de baby volgende week.
Gezinsvoogd van Jeugdbescherming west is niet aanwezig bij het overleg.
De wijkagent van het basisteam Maashaven kent het gezin.
Procesregisseur van het Zorg- en Veiligheidshuis zit het casusoverleg voor.
afspraak: casusregisseur ZVH stuurt het verslag rond
De kinderpsychiater van Erasmus MC-Sophia heeft een diagnose gesteld.
Huismeester van Woonstad meldt overlast.
Consulent van Havensteder neemt contact op over de huurachterstand.
De verloskundige heeft haar zorgen gedeeld met de huisarts.
Schoolmaatschappelijk werker van het Emmaus College sluit aan.
TOLK (Bulgaars, via tolkentelefoon) aanwezig bij het gesprek.
De tolk Kaapverdisch-Portugees was telefonisch aanwezig.
Inbrenger (naam, functie, organisatie): Jorien Smeulders, casusregisseur, Veilig Thuis Rotterdam Rijnmond
Vaste deelnemer: Tamara Lodewijks, Zorg- en Veiligheidshuis Rotterdam-Rijnmond
Gedragswetenschapper geraadpleegd: ja, Oğuz Ekinci, GZ-psycholoog CJG Rijnmond
Behandelaar van Antes heeft geen toestemming om informatie te delen.
De mentor van het Wolfert meldt verzuim.
Reclasseringswerker van vader is uitgenodigd voor het ZVH-overleg.
actiehouder: wijkverpleegkundige
De officier van justitie van het ZSM-team is geïnformeerd.
Jeugdverpleegkundige heeft de gewichtscurve bekeken.
Ambulant hulpverlener van Youz heeft de intake gedaan.
Medewerker arbeidsmigratie van de gemeente heeft het pension bezocht.
De kinderrechter heeft de zaak aangehouden.
HV (wijkteam) vraagt via de tolk of moeder begrijpt wat een OTS is.
'''

AGE = r'''
J. is 14 jaar en zit in de 2e klas.
Baby is 6 weken oud.
TOLK: ze zegt de jongste is drie.
Broer (17) en zus (15) wonen ook thuis.
Moeder was 16 toen ze haar eerste kind kreeg.
De jeugdige van 12 wil niet naar huis.
Vader, 52 jaar, werkt in de haven.
Oma is 78 en slecht ter been.
Kinderen zijn 2, 5 en 9 jaar.
afspraak: alle kinderen ouder dan 12 worden apart gesproken
Jongste is 18 maanden en loopt nog niet.
Zus is net 18 geworden en wil uit huis.
Z. (2011) is nu 15 en mag zelf beslissen over de behandeling.
Arbeiders zijn tussen de 20 en 45 jaar.
TOLK: hij zegt zijn zoon is elf, geen twaalf.
Opa (81) kan de zorg niet meer aan.
baby 3 mnd, gewicht 4,2 kg
K. (2009), 17 jaar, wil bij vader wonen.
Stiefvader is 23, moeder 19.
Kinderen van 4 en 7 slapen in één bed met moeder.
'''

ORG_NUMBER = r'''
Veilig Thuis is 24/7 bereikbaar via 0800-2000.
Bij acuut gevaar belt moeder 112.
Gemeente Rotterdam, bereikbaar via 14 010.
ZVH-casusnummer in de agenda: VHT-2026-0417
Kindertelefoon 0800-0432 staat op de kaart van J.
Politie zonder spoed: 0900-8844.
KvK-nummer uitzendbureau: 24517308
AGB-code van de huisartsenpraktijk: 01052734
methylfenidaat 2 dd 10 mg
Veiligheidsscore: inbrenger 3, moeder 7, J. 4.
Huurachterstand € 3.180 bij Woonstad.
ARIJ: 6 risicofactoren, 2 beschermende factoren.
Zorgverzekering kost € 158 per maand.
afspraak: twee keer per week huisbezoek, vier weken lang
Tram 2 en metro D naar Zuidplein, 25 minuten.
Juridisch Loket: 0900-8020
De ZVH-agenda staat op punt 7 van 12.
Sensoor 0900-0767 is met moeder besproken.
Vestigingsnummer Youz 000012947285
Schuld bij CJIB: € 1.410, 4 boetes.
'''
