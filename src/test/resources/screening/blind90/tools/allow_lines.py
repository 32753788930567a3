# -*- coding: utf-8 -*-
# Hand-written ALLOW lines for blind90 (no personal data of the family; professionals only by role or in cover fields).
PLACE = r"""
Moeder is opgegroeid in Nuth en verhuisde later naar Heer.
02:10 (RH) jeugdige aangetroffen bij het station van Schin op Geul.
Oma woont in Eys, vlak bij de kerk.
De familie komt oorspronkelijk uit Silezië en kwam in de jaren vijftig naar Brunssum.
Vader werkt in Aken en pendelt dagelijks vanuit Kerkrade.
Ik verklaar dat ik die avond in Valkenburg was, bij de grotten.
Jeugdige gaat elk weekend naar Epen, naar de camping van een oom.
tante woont in Gulpen, oom in Wittem
HET GEZIN IS VAN HEERLEN NAAR LANDGRAAF VERHUISD
Ze logeert vaak in Slenaken bij de zus van moeder.
01:40 (KB) politie brengt jeugdige vanuit Mechelen naar de crisispost.
vader is geboren in Abruzzo, moeder in Hoensbroek
Gezin woonde eerder in Malberg, nu in Pottenberg.
Jeugdige is weggelopen naar Vaals, gevonden bij het Drielandenpunt.
Contact met familie in Herzogenrath en Würselen.
Ik verklaar dat wij terugreden vanuit Bocholtz richting Simpelveld.
School ligt in Ubachsberg, jeugdige fietst dagelijks vanuit Voerendaal.
broer werkt in Klimmen, bij een garage
De woonwagenstandplaats ligt aan de rand van Hulsberg.
Familie van vader woont nog in Konya.
moeder gaat terug naar Katowice als het niet lukt
22:30 (TL) jeugdige zegt dat ze bij vrienden in Beek was.
Ze zijn eerder verhuisd van Stein naar Elsloo.
Stiefvader komt uit Born, opa uit Obbicht.
HUISBEZOEK IN SCHINNEN AFGEZEGD
Amstenrade en Hoensbroek liggen dichtbij, dus oma kan snel komen.
Jeugdige wil niet terug naar Wittevrouwenveld.
De kinderen gaan in de zomer naar Calabrië.
vader verblijft tijdelijk in Luik
Moeder is gevlucht naar Sittard-Geleen, naar een vriendin.
Het gezin staat ingeschreven in Kerkrade-West, maar verblijft feitelijk in Chevremont.
Ik verklaar dat ik met de bus vanuit Schinveld kwam.
Opa is afkomstig uit Limbricht.
19:50 (ST) jeugdige belt vanuit Meerssen, wil opgehaald worden.
vader heeft een flat in Heerlerheide
Na de scheiding verhuisde moeder naar Munstergeleen.
Familie is verspreid over Trabzon, Genk en Maasmechelen.
Jeugdige verblijft sinds dinsdag in Kunrade.
moeder zoekt een woning in Eygelshoven of Terwinselen
De vriend van jeugdige komt uit Rumpen.
Ik verklaar dat wij in Nieuwenhagen woonden toen het begon.
Jeugdige is gezien in Geleen-Lindenheuvel.
Grootouders wonen in Margraten en Cadier en Keer.
04:05 (KB) jeugdige opgehaald bij tankstation in Bingelrade.
Tante woont in Puth, oom in Sweikhuizen.
Vader heeft familie in Roemenië, bij Cluj.
De zus gaat naar school in Sittard, de broer in Heerlen.
Gezin komt uit de Heksenberg, later Meezenbroek.
moeder wil naar haar familie in Düren
Vroeger woonde het gezin in Neerbeek, daarna in Spaubeek.
"""
INSTITUTION = r"""
Jeugdige is opgenomen op de kinderafdeling van Zuyderland in Heerlen.
00:45 (RH) overleg met de dienstdoende psychiater van Mondriaan.
Moeder wordt behandeld in het Sint Jans Gasthuis in Weert.
Jeugdige zit in 3 havo op het Bernardinuscollege.
Broertje gaat naar Jenaplan basisschool De Pelikaan.
Ik verklaar dat ik op het Charlemagne College zat tot vorig jaar.
Zus zit op het Sint-Michiel in Geleen.
VADER IS BEKEND BIJ XONAR (AMBULANTE HULP)
Verslavingszorg via Mondriaan en Radar.
Jeugdige gaat naar het Sint Maartenscollege in Maastricht.
Moeder volgt een cursus bij Stichting Meander.
Sjamaan heeft contact met jeugdige via het jongerenwerk.
Koraal biedt logeeropvang in het weekend.
02:30 (KB) MUMC+ SEH neemt jeugdige over voor somatische controle.
Het gezin huurt een woning van HEEMwonen.
Woonpunt heeft een aanschrijving wegens overlast gestuurd.
Weller heeft een gesprek gepland over de huurachterstand.
Wonen Limburg start een procedure.
Veilig Thuis Zuid-Limburg heeft de melding in onderzoek.
Jeugdzorg Zuid-Limburg is betrokken sinds de zomer.
Ik verklaar dat ik aangifte heb gedaan bij Politie Limburg, bureau Heerlen.
Jeugdige zit op het Sophianum in Gulpen.
Moeder werkt bij de Albert Heijn in Brunssum.
De kinderen gaan naar de St. Barbaraschool... naar basisschool Sint Barbara.
De broer is opgenomen in de Ruwenberg... nee, in de Hondsberg? (navragen)
Vader volgt dagbesteding bij de Pepijn en Paulus-groep.
jeugdige sport bij Roda JC jeugdopleiding
Het meisje zit op dansles bij de Sint-Caecilia harmonie.
De familie bezoekt de Poolse katholieke missie in Brunssum.
Vader gaat naar de Mevlana-moskee in Kerkrade.
Moeder krijgt begeleiding van Levanto... nee, van MEE Zuid-Limburg.
Opa woont in verpleeghuis Sint Anna in Heel? Nee: in Hoensbroek, bij Zuyderland Zorgcentra.
Jeugdige zit in de klas bij het Grotius College in Heerlen.
De Rechtbank Limburg heeft de OTS uitgesproken.
Raad voor de Kinderbescherming Maastricht doet onderzoek.
CONSULT BIJ DE KINDERPSYCHIATRIE VAN MUMC+
Jeugdige gaat naar het Graaf Huyn College in Geleen.
Zus zit op het Trevianum in Sittard.
Moeder zit in het Blijf van m'n Lijf-huis in Maastricht.
De jongste gaat naar kinderopvang Humankind.
Gezin krijgt voedselpakket van de Voedselbank Parkstad.
Vader wordt begeleid door de reclassering (Leger des Heils).
Jeugdige is aangemeld bij Levantogroep en wacht nog.
Ik verklaar dat de politie van het bureau in Kerkrade kwam.
De Mutsaersstichting... nee, in Zuid-Limburg: Mondriaan Jeugd, locatie Heerlen.
Jeugdige doet mee met Bureau Halt.
School: Beroepscollege Parkstad, afdeling techniek.
De kinderen zijn bekend bij het consultatiebureau van de GGD Zuid-Limburg.
Opvang via het Leger des Heils in Heerlen.
Moeder bezoekt de Sint-Lambertuskerk in Maastricht.
"""
EVENT_DATE = r"""
Op 14-03-2026 is de politie voor het eerst ter plaatse geweest.
02:20 (RH) jeugdige aangemeld op 29-11-2026, crisisbeoordeling gestart.
Huisbezoek gepland op 2026-12-09.
Ik verklaar dat het incident plaatsvond op vrijdag 6 november 2026 rond 23:00 uur.
OTS uitgesproken op 17-08-2026.
Opname Mondriaan van 03.09.2026 tot 21.09.2026.
De baby had op 5-10-2026 de controle bij het consultatiebureau.
VT-melding ontvangen 12/10/2026
laatste gesprek met school: di 24 nov.
Aangifte gedaan op 28 oktober 2026.
Crisisdienst ingezet op 30-1-2026 en opnieuw op 11-2-2026.
EVALUATIE OP 15-12-2026
De rechtszitting is verplaatst naar 19 januari 2027.
22:10 (TL) tweede incident deze week (eerste op 1-12-2026).
Carnaval 2026 was het begin van de escalatie.
Op 2026-11-30 is de woning ontruimd.
Ik verklaar dat ik op 4 december jl. weer werd lastiggevallen.
Gesprek met moeder op 08/12/2026 om 10.00 uur.
Consult kinderarts op 7 mei 2026.
Moeder had op 22-06-2026 een afspraak bij de gynaecoloog in het Zuyderland.
Sinds week 44 gaat jeugdige weer naar school.
Zorgmelding politie d.d. 26-9-2026
De vorige VHT-bespreking was op do 12 nov. 2026.
Vader is op 3 augustus 2026 uit detentie gekomen.
Incident op Koningsdag, 27-04-2026, in het centrum van Valkenburg.
Afspraak bij de GGD op 16.12.2026.
Laatste contact met vader: 2 dec.
Op 10 oktober 2026 werd jeugdige met spoed opgenomen.
Uithuisplaatsing per 1-11-2026.
De crisismaatregel liep van 20/11 tot 4/12.
"""
PROFESSIONAL = r"""
Inbrenger: Marloes Creemers, jeugdconsulent, Gemeente Kerkrade
Vaste deelnemer: Ruud Habets, Veilig Thuis Zuid-Limburg
Gedragsdeskundige geraadpleegd: Ja, Esther Wouters (orthopedagoog, Jeugdzorg Zuid-Limburg), 3-12-2026
01:15 (RH) overleg met de dienstdoende psychiater van het crisisteam.
De jeugdarts van de GGD Zuid-Limburg heeft het kind gezien.
De gezinsvoogd van Jeugdzorg Zuid-Limburg is op de hoogte gebracht.
Ik verklaar dat de wijkagent van Politie Limburg mij heeft geholpen.
Inbrenger: Orhan Demirci, casemanager, Veilig Thuis Zuid-Limburg
De mentor van school belt wekelijks met moeder.
huisarts uit Brunssum heeft doorverwezen naar de GGZ
Vaste deelnemer: Paulien Schoonbrood, Toegang gemeente Heerlen
09:45 (KB) overdracht aan de SPV van de dagdienst.
De ambulant hulpverlener van Xonar komt twee keer per week.
Gedragswetenschapper geraadpleegd: Natalia Kowalska, gedragswetenschapper, Koraal
De kinderarts van MUMC+ vindt de groei zorgelijk.
Het jongerenwerk van Sjamaan heeft jeugdige in beeld.
Inbrenger (naam, functie, organisatie): Ivo Lardinois, jeugdbeschermer, Jeugdzorg Zuid-Limburg
De verpleegkundige van de crisisafdeling bleef bij jeugdige.
Raadsonderzoeker van de RvdK doet onderzoek naar het gezag.
INBRENGER: SEVDA ÖZKAN, WIJKCOACH, SOCIAAL TEAM LANDGRAAF
De consulent van Woonpunt komt mee op huisbezoek.
Vaste deelnemer: Guido Vanderhoven, Gemeente Sittard-Geleen
De zorgcoördinator van het Bernardinuscollege is betrokken.
Ik verklaar dat de hulpverlener van Radar me naar huis bracht.
De verloskundige heeft zorgen gemeld over de baby.
Gedragsdeskundige: Drs. Hanneke Eurlings, GZ-psycholoog, Mondriaan
23:55 (ST) achterwacht (psychiater) telefonisch geraadpleegd.
De casusregisseur van de gemeente Maastricht neemt contact op.
Inbrenger: Francesca Lo Bianco, gezinscoach, Team Jeugd Valkenburg aan de Geul
De reclasseringswerker van vader is niet bereikbaar.
"""
AGE = r"""
Jeugdige is 15 jaar en woont bij moeder.
02:45 (RH) meisje van 13 aangemeld na suïcidale uitspraken.
Broertje is 4 en gaat naar de peuteropvang.
Ik verklaar dat ik 17 jaar oud ben.
zus (12) en broer (9) zijn ook in huis
Moeder was 16 toen ze zwanger werd van de oudste.
De baby is 7 weken oud.
Vader is 52 en werkte ondergronds tot zijn 30e.
JEUGDIGE (14) WEIGERT GESPREK
Oma is 81 en kan niet meer voor de kinderen zorgen.
De jongste is anderhalf.
jeugdige wordt binnenkort 18, dus overgang naar volwassenen-GGZ
Het meisje is net 11 geworden.
Stiefbroer is 19 en woont op zichzelf.
Jeugdige (16 jr.) heeft een bijbaan bij de supermarkt.
04:20 (KB) jongen van 14 jaar, eerste contact met crisisdienst.
Moeder is 34, vader 41.
De tweeling is 6.
Zus is 21 en studeert in Maastricht.
Ik verklaar dat mijn zoon toen acht jaar oud was.
"""
ORG_NUMBER = r"""
Bij acuut gevaar altijd 112 bellen.
Veilig Thuis is 24/7 bereikbaar via 0800-2000.
VHT-zaaknummer VHT-2026-0187
KvK-nummer Stichting Meander: 14085231
AGB-code van de praktijk: 94-061203
Jeugdige kan de Kindertelefoon bellen: 0800-0432.
Crisisdienst Mondriaan is bereikbaar via het 088-nummer van de organisatie.
Medicatie: methylfenidaat 2 dd 10 mg.
01:00 (RH) quetiapine 25 mg zo nodig gegeven.
Zelfmoordpreventie: 113 of 0800-0113.
Veiligheidsscore inbrenger 3, moeder 7.
Huurachterstand bedraagt 2.340 euro.
Jeugdige gebruikt ca. 5 joints per dag.
Zie eerdere bespreking VHT-2025-0098.
ARIJ-score: 14 (hoog risico)
Politie geen spoed: 0900-8844.
KvK Jeugdzorg Zuid-Limburg 14127642
Ik verklaar dat ik om 02:30 uur 112 heb gebeld.
Wachtlijst Koraal: ca. 14 weken.
Promillage bij vader gemeten: 1,8.
"""
