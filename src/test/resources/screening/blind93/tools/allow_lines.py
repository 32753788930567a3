# -*- coding: utf-8 -*-
PLACE = r"""
Moeder is met de kinderen van Goirle naar Riel verhuisd.
Vader werkt in Loon op Zand en slaapt soms in Kaatsheuvel.
gezin woont sinds 2022 in de Reeshof
Opa en oma wonen in Berkel-Enschot, vlak bij de kerk.
De jongste gaat naar de opvang in Udenhout.
Oom woont in Helvoirt en heeft daar een boerderij.
Tante is verhuisd naar Biest-Houtakker.
Oppas in Alphen, twee dagen per week.
vader komt uit Chaam, moeder uit Gilze
Gezin heeft eerder in Rijen en Hulten gewoond.
Kinderen logeren in de vakantie in Molenschot.
Moeder werkt in een kassencomplex bij De Moer.
Jongen fietst elke dag van Esch naar school.
Opa woonde vroeger in Haaren, nu in een verpleeghuis in Oisterwijk.
STOKHASSELT, bovenwoning, 3 kamers
Gezin in Korvel sinds de scheiding, daarvoor Theresia.
Wandelbos: veel overlast in de portiek volgens de wijkagent.
Vader verblijft in een pension in Waalwijk-Noord.
moeder is vaak in Baarle-Nassau bij haar familie aan de Belgische kant
De standplaats ligt aan de rand van Dongen.
Gezin komt uit Kaapverdië en woonde eerst in Rotterdam.
Moeder is in 2019 uit Somalië gekomen via Ter Apel.
Vader pendelt tussen Waalwijk en Suceava.
Oma is geboren in Bandung en kwam in 1962 naar Nederland.
familie woont in Jeruzalem (Tilburg-Noord), niet in Israël
Vakantie in Aruba afgezegd ivm de zorgen.
De oudste woont bij vader in Moergestel.
Kinderen gaan elk weekend naar Hilvarenbeek.
Gezin is verhuisd van Groenewoud naar de Kruidenbuurt.
Jongen hangt rond bij het station in Berkel.
Moeder zoekt werk in Enschot of Udenhout.
Moeder gaat op vrijdag naar de markt in Loon.
vader slaapt soms bij vrienden in Besterd
Koningshoeven: gezin woont naast de abdij.
Stiefvader komt uit Wrocław en werkt in Waalwijk.
Ouders hebben een huisje in Esch gehuurd voor de zomer.
Zus volgt een opleiding in Breda en woont op kamers in Den Bosch.
gezin woont aan de rand van Tilburg-West, vlakbij de ringbaan
Kinderen zijn opgevangen in een vakantiepark bij Hilvarenbeek.
Opa heeft een caravan op een camping in Alphen.
Moeder wil terug naar Mogadishu, vader wil in Tilburg blijven.
De familie van vader woont verspreid over Curaçao en Bonaire.
Vader heeft een bouwbedrijfje in Gilze-Rijen.
Moeder gaat naar de Poolse winkel in Waalwijk.
Ze sporten allebei in Goirle bij de atletiekvereniging.
De tweeling logeert bij de tante in Riel.
Na de brand zit het gezin in een noodwoning in Dongen.
De oom is verhuisd van Kaatsheuvel naar Sprang-Capelle.
Op de Piushaven is vader aangehouden door de politie.
Gezin overweegt verhuizing naar Hoogerheide of terug naar Lisboa.
""".strip().split('\n')

INSTITUTION = r"""
Jongen zit in 3 havo op het Theresialyceum.
Dochter gaat naar het Beatrix College, afdeling vmbo.
Broer studeert aan het Koning Willem II College.
Zij wil volgend jaar naar het Mill Hill College in Goirle.
Oudste is uitgeschreven van het Sint Odulphuslyceum.
De jongste zit in groep 4 van de Jozefschool.
Opname kinderafdeling Elisabeth-TweeSteden Ziekenhuis, SEH-verwijzing.
Pt. staat op de wachtlijst bij GGz Breburg, jeugd.
Amarant begeleidt moeder ambulant vanwege haar LVB.
Sterk Huis biedt opvang aan moeder en de kinderen.
Idris doet de diagnostiek naar hechting.
Veilig Thuis Midden-Brabant heeft de melding opgepakt.
Jeugdbescherming Brabant voert de OTS uit.
Wijkteam van ContourdeTwern is betrokken sinds de zomer.
Toegang Jeugd Hart van Brabant heeft de beschikking afgegeven.
De GGD Hart voor Brabant heeft het consultatiebureau-onderzoek gedaan.
TiwosWonen dreigt met huisuitzetting ivm overlast.
WonenBreburg biedt een andere woning in Theresia aan.
Politie Zeeland-West-Brabant, district Hart van Brabant, heeft een zorgmelding gedaan.
Jongen speelt in de jeugd van Willem II en traint drie keer per week.
Moeder werkt als schoonmaakster bij De Efteling.
Vader speelt trompet bij de fanfare Sint Caecilia.
Kinderen gaan naar de Koningin Julianaschool in Oisterwijk.
Dochter zit op De Rosa, de school voor speciaal onderwijs.
Het jongetje zit op kinderdagverblijf De Hoop.
zus zit op het ROC Tilburg, opleiding zorg
Zoon is aangemeld bij het Prisma Lyceum? navragen bij IB
De familie gaat naar de moskee Selimiye in Tilburg.
Oma is vrijwilliger bij de Sint-Dionysiuskerk.
Vader krijgt behandeling bij Novadic-Kentron.
De jeugd-GGZ van het ETZ heeft pt. gezien op de SEH.
De Raad voor de Kinderbescherming heeft een onderzoek gestart.
Moeder heeft hulp gezocht bij het Leger des Heils.
Kinderen spelen bij de Scouting Sint Ignatius.
Carnavalsvereniging De Kruikenzeikers vraagt om een VOG voor vader.
Jongste gaat naar basisschool Het Palet in de Reeshof.
Kind krijgt logopedie bij het Audiologisch Centrum.
Moeder is kort opgenomen geweest bij de crisisdienst van GGz Breburg.
Zij volgt les aan het Willem van Oranje College in Waalwijk.
Pt. wordt gezien door Kinder- en Jeugdpsychiatrie Herlaarhof.
Moeder haalt voedselpakketten bij de Voedselbank Tilburg.
Vader zit in PI Vught.
Kinderen gaan naar de BSO De Kleine Beer.
Het gezin wordt gevolgd door het Centrum voor Jeugd en Gezin.
Vader is lid van de schutterij Sint Joris.
Dochter is aangemeld bij het Dr. Leo Kannerhuis.
De kinderen sporten bij Hockeyclub Tilburg.
De rechtbank Zeeland-West-Brabant heeft de OTS verlengd.
Opname van moeder in het ETZ, locatie Elisabeth.
Pleegzorg loopt via De Combinatie Jeugdzorg.
""".strip().split('\n')

EVENT_DATE = r"""
Melding VT binnengekomen op 14-10-2026.
Incident na het feest van de fanfare op 07/11/2026.
ZAT-overleg 20-11-2026, 3e uur, lokaal B204
Opname SEH ETZ op 2-9-2026 ivm intoxicatie.
Huisbezoek op 2026-10-29 samen met de wijkagent.
Carnaval 2026 (14-17 feb): vader dagenlang weg.
Consultatiebureau 04-11-2026: baby groeit goed, 6 weken.
Ruzie escaleerde op 11-11, de elfde van de elfde.
Verwijsbrief gedateerd 16 november 2026.
Gesprek met ouders op di 24/11 om 15.30 uur.
politie ter plaatse op 31-10-2026 ivm burenruzie
Schorsing van 3 dagen vanaf 12-10-2026.
Zitting rechtbank gepland op 18 december 2026.
Vorige bespreking VHT op 6-10-2026.
Baby kwam op 20-08-2026 voor de hielprik.
In week 47 volgt een evaluatie.
Kinderen kwamen op 1-11-2026 niet terug van het bezoek.
Moeder belde de huisarts op 03.11.2026 na de ruzie.
Kerst 2025 escaleerde het thuis volgens de zus.
Intake GGz Breburg op 09-12-2026.
Sinds 15-06-2026 geen contact meer met vader.
Ontruiming aangekondigd per 01-01-2027.
MDO gepland op do 26 nov, 9.00 uur.
Koningsdag 27-04-2026 werd vader aangehouden in de binnenstad.
Pt. is op 22-10-2026 gezien, RR 125/80, pols 92.
De tienminutengesprekken waren op 5 en 6 november.
Na de kermis (juli 2026) ging het mis.
Herbeoordeling baby op 12-11-2026 in het ETZ.
schoolreis naar de Efteling op 18-9-2026 ging niet door
Laatste incident: 2026-11-08, 23.15 uur.
""".strip().split('\n')

PROFESSIONAL = r"""
De jeugdarts van de GGD Hart voor Brabant heeft pt. gezien.
Gezinsvoogd van Jeugdbescherming Brabant is sinds oktober betrokken.
Inbrenger: Yvonne Schoenmakers, jeugdconsulent, ContourdeTwern
Vaste deelnemer: Rachid El Khattabi, Toegang Jeugd Hart van Brabant
Gedragsdeskundige geraadpleegd: Marloes Wijnen, orthopedagoog GZ, Idris
Actie: zorgcoördinator belt de leerplichtambtenaar.
de wijkagent van Stokhasselt gaat langs
Mentor en IB'er hebben gesproken met moeder.
De POH-GGZ van de huisartsenpraktijk ziet pt. om de week.
Schoolmaatschappelijk werker doet de intake.
Inbrenger: Kevin van Hulten, casemanager, Veilig Thuis Midden-Brabant
Vaste deelnemer: Anouk de Laat, Veilig Thuis Midden-Brabant
Raadsonderzoeker van de RvdK sluit aan.
De kinderpsychiater van het ETZ heeft medicatie voorgeschreven.
Ambulant begeleider van Amarant komt twee keer per week.
Gedragsdeskundige geraadpleegd: ja, gedragswetenschapper Jeugdbescherming Brabant (Ilse Rijnders), 10-11-2026
Verloskundige heeft zorgen gemeld bij VT.
De reclasseringswerker ziet vader elke week.
Inbrenger: Mohamed Bouzid, gezinsvoogd, Jeugdbescherming Brabant
Vaste deelnemer: Sanne Kolen, wijkteam ContourdeTwern
Traumatherapeut van GGz Breburg start met EMDR.
Huisarts verwijst naar de jeugd-GGZ.
Woonconsulent van TiwosWonen wil een gesprek.
Gedragsdeskundige geraadpleegd: Dr. Femke Aarts, GZ-psycholoog, Sterk Huis
De leerplichtambtenaar van Tilburg heeft een proces-verbaal opgemaakt.
Consulent Toegang Jeugd beoordeelt de aanvraag.
De verpleegkundige van het consultatiebureau komt thuis.
Inbrenger: Laura Kerkhof, jeugdverpleegkundige, GGD Hart voor Brabant
Vaste deelnemer: Wim Panhuijsen, Toegang Jeugd Hart van Brabant
Zorgcoördinator van het Beatrix College is de actiehouder.
""".strip().split('\n')

AGE = r"""
Jongen is 14 jaar en zit in de tweede klas.
pt. 15 jr, vrouw, DD depressieve stoornis
Baby is 6 weken oud.
Moeder is 34, vader 41.
ZAT: 1. K. (2011), 15 jaar, 3 vmbo-t
De tweeling is 8 maanden.
Oma is 79 en slecht ter been.
S. (2013) is 13 en zorgt voor haar broertjes.
Hij is 17 en wordt over een half jaar meerderjarig.
Broertje D. (2019) van 7 jaar slaapt slecht.
Jongste is bijna 3.
Meisje van 12 heeft haar eerste menstruatie gehad en schaamt zich.
Vader (1979) is 47 en werkloos.
Zij is op haar 13e voor het eerst weggelopen.
Oudste zus (22) woont zelfstandig.
Halfbroer is 19 en heeft een eigen woning.
Kind van 4 praat nog niet in zinnen.
Pt. is 16 jaar, anamn. sinds 3 mnd klachten.
Jongen (11) gaat na de zomer naar het voortgezet onderwijs.
moeder (1990) was 17 toen de oudste werd geboren
""".strip().split('\n')

ORG_NUMBER = r"""
Veilig Thuis is bereikbaar via 0800-2000.
Bij direct gevaar: 112.
Politie geen spoed: 0900-8844.
KvK ContourdeTwern: 41097352
AGB-code huisartsenpraktijk 01054321
Zaak bekend bij VHT onder VHT-2026-0187.
Kindertelefoon 0800-0432 meegegeven.
113 Zelfmoordpreventie: 0800-0113.
Methylfenidaat 2 dd 10 mg, vg. geen bijwerkingen.
Sertraline 50 mg 1 dd, start 3-11-2026.
Veiligheidsscore inbrenger 3, moeder 7.
SDQ totaalscore 22, verhoogd.
Gemeente Tilburg: 14 013.
Vorige inbreng VHT-2025-0931.
ARIJ-score: 11 risicofactoren, 3 beschermende.
KvK Stichting Sterk Huis 41095468
Zorgdomein-verwijzing, AGB zorgverlener 01012345 (praktijk)
Luisterlijn 088-0767000.
RR 140/90, pols 88, temp 37,9.
Kamer B114, toestel 2231 op school.
""".strip().split('\n')

ALLOW = {'PLACE': PLACE, 'INSTITUTION': INSTITUTION, 'EVENT_DATE': EVENT_DATE, 'PROFESSIONAL': PROFESSIONAL,
         'AGE': AGE, 'ORG_NUMBER': ORG_NUMBER}
