# Hand-written ALLOW lines for blind set 10.
PLACE = r"""
Moeder is met de kinderen van Kanaleneiland naar Overvecht verhuisd.
Het gezin woont al jaren in de Schilderswijk, dicht bij de Haagse Markt.
vader hangt rond bij metrostation Kraaiennest, daar is ook gedeald
De jongen is opgepakt in Transvaal, op weg naar Hollands Spoor.
Oma woont in Feijenoord en wil de kinderen doordeweeks opvangen.
Het incident was bij het winkelcentrum in Woensel-West.
Sinds de scheiding woont vader in Tilburg Noord, moeder in de Reeshof.
Zus woont in Selwerd, de kinderen gaan daar in het weekend heen.
De kinderen zijn gezien bij metrostation Jan van Galenstraat rond middernacht.
Na de brand is het gezin tijdelijk ondergebracht in Hendrik-Ido-Ambacht.
Familie van vader woont in Frederiksoord en Wilhelminaoord.
Moeder is opgegroeid in Sint Pieter en Mariaberg, haar broers wonen daar nog.
VADER VERBLIJFT IN HOLTENBROEK, NIET MEER IN DIEZERPOORT
Vanuit Presikhaaf naar Malburgen verhuisd, nieuwe school gezocht.
De tienerzoon hangt in Klarendal en op de Geitenkamp met oudere jongens.
Het gezin komt oorspronkelijk uit Nador en Al Hoceima.
Vader is geboren in Kayseri, moeder in Rotterdam-Zuid.
Moeder pendelt tussen Paramaribo en Amsterdam Zuidoost.
Opa en oma wonen op Curaçao (Banda Abou) en komen met kerst over.
De familie komt van Santiago en Praia (Kaapverdië).
Moeder is afkomstig uit Kumasi, vader uit Accra.
het gezin is via Mogadishu en Nairobi naar Nederland gekomen
Vader is in 2015 vanuit Asmara via Libië gevlucht.
moeder komt uit Aleppo, de grootouders zitten nog in Gaziantep
De familie woont deels in Kabul en deels in Mashhad.
Oom woont in Mosul, contact via videobellen.
Stiefvader komt uit Katowice en werkt in de kassen in het Westland.
Oma woont in Surabaya, moeder wil er in de kerstvakantie heen.
De ouders komen uit Wenzhou en hebben een zaak in Zwolle-Zuid.
Vader werkt tijdelijk in Chennai, moeder woont met de kinderen in Veldhoven.
De jongste gaat naar de opvang in Gaasperdam, de oudste naar school in Holendrecht.
Moeder is bang voor haar ex, die in Slotervaart woont, en mijdt Osdorp.
De meiden zijn op station Utrecht Vaartsche Rijn aangesproken door een man.
jongen wordt vaak gezien op het Zuidplein en in Charlois
Het gezin woont in Pendrecht, vader in Hoogvliet.
Huiselijk geweld gemeld vanuit Moerwijk, eerder ook in Laak.
Oom woont in Lunetten, tante in Hoograven.
Vader is naar Ondiep verhuisd, op loopafstand van de school in Zuilen.
Moeder werkt in Strijp-S en wil dichter bij haar werk wonen.
de kinderen logeren vaak in Doornakkers bij de zus van moeder
Groningen: het gezin woont in Paddepoel, oma in Vinkhuizen.
Naar Beijum verhuisd, sindsdien meer rust volgens moeder.
Oma woont in Heer, moeder in Malberg, vader in Pottenberg.
Het meisje is gevonden bij station Maastricht Randwyck.
Moeder wil terug naar Kerkrade, waar haar familie woont.
Vader verblijft in Capelle aan den IJssel bij zijn broer.
De jongen is opgehaald door de politie in Nieuwegein.
Na de uithuisplaatsing woont L. in een pleeggezin in Haren (Gn).
Familie in Sittard-Geleen en Meerssen biedt opvang aan.
De kinderen zijn met moeder naar de blijf-van-mijn-lijfopvang in Velp gegaan.
"""
INSTITUTION = r"""
Opname in het OLVG locatie West na het incident.
De baby is gezien in het Amsterdam UMC locatie AMC, afdeling kindergeneeskunde.
Moeder is onder behandeling bij Arkin, team Nieuw-West.
De zoon staat op de wachtlijst bij De Bascule.
De jongste ligt in het Maasstad Ziekenhuis, de oudste wordt gezien in het Ikazia.
Het meisje is op de SEH van het Franciscus Gasthuis geweest.
Vader is kort opgenomen in het HMC Westeinde, daarna naar Parnassia.
Consult kinderarts in Haga locatie Leyweg.
moeder loopt bij Altrecht, de dochter bij Youz
De jongen zit op het Cornelius Haga Lyceum, daar zijn geen zorgen.
De oudste zat op het Ibn Ghaldoun en is naar het Zadkine gegaan.
Hij volgt de opleiding bij het Albeda, locatie Rosestraat.
De dochter zit op de Johan de Witt-scholengroep, havo 3.
De jongste zit op het Huygens Lyceum, de oudste op het Van Maerlantlyceum.
Inschrijving bij het Koning Willem I College is rond.
De tweeling zit op de Thorbecke Scholengemeenschap in Zwolle.
De zoon zit op het Menso Alting en krijgt daar extra begeleiding.
Het meisje zit op het Willem Lodewijk Gymnasium en presteert goed.
De school (Sint-Maartenscollege) heeft de leerplicht ingeschakeld.
Ze zit op het Bonnefanten College, in de eerste klas.
De jongen speelt bij Willem II onder 15 en traint vier keer per week.
Vader was vroeger trainer bij AVV Zeeburgia.
De jongens voetballen bij SV Kampong en Elinkwijk.
Vader bezoekt de Mevlana Moskee op vrijdag, de jongens gaan mee.
Moeder vindt steun bij de Pinkstergemeente Maranatha in Zuidoost.
De kinderen gaan op zaterdag naar Koranles bij de Essalam moskee.
De kerk (Laurenskerk) organiseert een maaltijd waar moeder vrijwilliger is.
Huiswerkbegeleiding via buurthuis De Meevaart.
Moeder gaat naar de vrouwengroep in Huis van de Wijk Anton de Kom.
De zoon is aangemeld bij Het Poortje voor een gesloten plaatsing.
De dochter verblijft bij Entrea Lindenhout, groep Oosterpoort.
Hulp wordt geboden door Spirit, ambulant team Zuidoost.
De casus ligt bij Jeugdbescherming Regio Amsterdam.
Jeugdbescherming west heeft de voogdij overgenomen.
Samen Veilig Midden-Nederland doet het onderzoek.
Jeugdbescherming Noord is betrokken sinds de OTS.
De Raad voor de Kinderbescherming, regio Zuidoost-Nederland, doet een beschermingsonderzoek.
Jeugdbescherming Limburg heeft de zaak overgedragen aan Jeugdbescherming Gelderland.
Moeder is opgenomen in het Isala, daarna naar Dimence.
Vader is in behandeling bij Pro Persona in Arnhem.
De jongste is in het Rijnstate geboren en kwam daarna bij Karakter.
moeder bezoekt Mondriaan in Maastricht, de kinderen worden gezien in het MUMC+
Het kind is na de val naar het Zuyderland gebracht.
Het Martini Ziekenhuis heeft een zorgmelding gedaan.
De verslavingszorg ligt bij Jellinek Amsterdam; daarnaast Brijder.
Vader gaat naar Antes voor de verslavingsbehandeling.
De dochter wordt behandeld bij Accare, de zoon bij Lentis.
De GGzE heeft een crisisdienst ingezet na het dreigement.
Moeder zit in de vrouwenopvang van Arosa.
Het Centrum Seksueel Geweld Amsterdam heeft het meisje gezien.
"""
EVENT_DATE = r"""
Zitting bij de kinderrechter op 14 januari 2027 om 10:45 uur.
De melding kwam binnen op 21-11-2026 om 23:40 uur.
Schooljaar 2025-2026: 86 uur ongeoorloofd verzuim.
Vanaf schooljaar 2026-2027 zit hij op het praktijkonderwijs.
huisbezoek ma. 30/11 om 14.00 uur
Verslag d.d. 24-11-2026 ontvangen van de school.
OTS ingaand per 01-01-2027 voor de duur van een jaar.
Politie-inzet op 2026-11-23T02:15, melding via buren.
Het gesprek staat gepland in wk 49.
Sinds de herfstvakantie gaat het slechter.
Tijdens het Suikerfeest is het thuis geëscaleerd.
Rond Keti Koti (1 juli) was er een grote ruzie op een familiefeest.
Na Oud en Nieuw is vader vertrokken.
Bijlage: verslag_netwerkberaad_20261130.pdf
Laatste huisbezoek: donderdag 26 november 2026, 16.30 uur.
Eerdere melding Veilig Thuis op 3-2-2025, afgesloten in april 2025.
Zitting meervoudige kamer 09-02-2027, 13.30 uur.
Het incident vond plaats op zaterdag 14/11 rond 22.00 uur.
OTS verloopt op 31 maart 2027; evaluatie 12 weken eerder.
De aangifte is gedaan op 17.11.2026.
Uithuisplaatsing op 5 oktober 2026, spoedmachtiging verleend dezelfde dag.
Tijdens Koningsdag 2026 was de jongen vermist tot 's nachts.
Intake bij de GGZ op 08-12-2026 om 09:30.
Sinds 1 september 2026 geen contact meer tussen vader en de kinderen.
Eindgesprek gepland op di 15 dec. 2026.
Huisverbod opgelegd op 27-10-2026 en verlengd op 6-11-2026.
Ramadan 2026 was zwaar voor moeder, toen begonnen de ruzies.
Schoolverzuim gemeld op 12/10/'26 door de leerplichtambtenaar.
Het netwerkberaad van vrijdag 4 december (10.00-11.30 uur) is verplaatst.
De vorige bespreking in het VHT was op 2026-10-20.
"""
PROFESSIONAL = r"""
Inbrenger: Samira Lachkar, jeugdconsulent, Buurtteam Kanaleneiland
Vaste deelnemer: Hendrik-Jan Bosma, teamleider Wijkteam Selwerd
Gedragswetenschapper geraadpleegd: ja, Esther Koppelaar (orthopedagoog GZ), 19-11-2026
Inbrenger (naam, functie, organisatie): Winston Grootfaam, jeugdbeschermer, Jeugdbescherming Regio Amsterdam
Vaste deelnemer: Merel van der Sluis (Veilig Thuis Rotterdam Rijnmond)
Inbrenger: Ilse Peeters, gezinscoach, Wijkteam Tilburg Noord
Gedragsdeskundige geraadpleegd: Bayu Sutanto, GZ-psycholoog, op 24-11
Vaste deelnemer: Fadoua Amziane, Toegang Den Haag Centrum
De wijkagent van Transvaal kent het gezin goed.
De jeugdarts van de GGD heeft het kind op school gezien.
De intern begeleider maakt zich zorgen over de concentratie.
de leerplichtambtenaar heeft een proces-verbaal opgemaakt
De kinderrechter heeft de OTS met een jaar verlengd.
De raadsonderzoeker komt volgende week op huisbezoek.
De voogd heeft overleg gehad met de pleegzorgbegeleider.
De verloskundige meldde dat moeder geen controles meer bijwoont.
Kraamverzorgende heeft haar zorgen gedeeld met de huisarts.
Gesprek gevoerd met de schoolmaatschappelijk werker en de mentor.
De SEH-arts heeft het letsel laten fotograferen voor de forensisch arts.
De kinderpsychiater adviseert een klinische observatie.
tolk Tigrinya (telefonisch) was aanwezig bij het gesprek
De trajectbegeleider van het ROC is op de hoogte gebracht.
De zorgcoördinator van school heeft het verzuim gemeld.
De straatcoach ziet de jongen vaak laat op straat.
De jongerenwerker van het buurthuis is een vertrouwenspersoon voor hem.
De Veilig Thuis-medewerker heeft een veiligheidsplan opgesteld met moeder.
De casemanager van de GI neemt contact op met de advocaat van vader.
Bewindvoerder en schuldhulpverlener zijn allebei betrokken.
De ambulant hulpverlener komt twee keer per week.
De reclasseringswerker houdt toezicht op het contactverbod.
"""
AGE = r"""
Y. is 14 jaar en wil zelf niet meer naar huis.
De jongste is bijna 16 en zorgt veel voor zijn broertjes.
Hij is 17,5 jaar, dus de overgang naar 18+ moet worden voorbereid.
baby van 4 mnd, nog niet gevaccineerd
De tweeling is 7 en slaapt op één kamer met moeder.
Moeder was 19 toen de oudste werd geboren.
Zwangerschap van 28 weken, verloskundige betrokken.
Leeftijd: 9 jr.
De twaalfjarige zorgt 's avonds voor de jongere kinderen.
Hij wordt in maart 18, daarna vervalt de OTS.
Op 5-jarige leeftijd is ze al eens uit huis geplaatst.
De kinderen zijn tussen de 3 en 11 jaar oud.
Z. viert in december haar 13e verjaardag.
De jongste is 3 weken oud en wordt borstgevoed.
Vader is midden veertig, moeder eind twintig.
Ze was pas 15 toen ze voor het eerst van huis wegliep.
Leeftijdsonderzoek: volgens het IND ouder dan 18.
Het meisje is zes maanden en heeft een ontwikkelingsachterstand.
R. (10) en S. (8) logeren bij oma.
jongen van 16 jr, blowt dagelijks
"""
ORG_NUMBER = r"""
Moeder weet dat ze 24/7 Veilig Thuis kan bellen op 0800-2000.
Bij direct gevaar bellen de kinderen 112.
De Kindertelefoon (0800-0432) is met de oudste besproken.
Vader is gewezen op 113 Zelfmoordpreventie, 0800-0113.
De gemeente Amsterdam is bereikbaar via 14 020.
Toegang Rotterdam: 14 010, vragen naar het wijkteam.
Gemeente Den Haag via 14 070, afdeling jeugd.
De ouders kunnen de gemeente Groningen bellen op 14 050.
OTS uitgesproken op grond van artikel 1:255 BW.
Machtiging uithuisplaatsing ex art. 1:265b BW.
Beoordeling op grond van de Wvggz, crisismaatregel afgegeven.
Tijdelijk huisverbod van 10 dagen, verlengd tot 28 dagen.
Moeder gebruikt sertraline 50 mg per dag.
Zoon gebruikt methylfenidaat 3dd 10 mg, vergeet het vaak.
KvK-nummer van de zorgaanbieder: 41215428
AGB-code jeugdhulpaanbieder: 98012347
VHT-nummer vorige bespreking: VHT-2026-0157
Vader heeft een schuld van ongeveer € 14.000, verdeeld over 9 schuldeisers.
Slachtofferhulp Nederland (0900-0101) heeft contact gezocht met moeder.
Score volgens de ARIJ: hoog risico, 3 van de 5 domeinen rood.
"""
