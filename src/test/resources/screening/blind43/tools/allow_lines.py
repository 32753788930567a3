# Hand-written ALLOW lines for blind set 43.
PLACE = r"""
Moeder is opgegroeid in Charlois en verhuisde later naar Carnisse.
Vader werkt in Pernis bij een tankopslag.
gezin woont sinds 2019 in Pendrecht
De kinderen logeren in de weekenden in Heijplaat.
Oma woont in Oud-Beijerland, een half uur met de bus.
Broer van vader heeft een kwekerij in Mijnsheerenland.
Tante woont in Heinenoord en wil helpen.
FAMILIE KOMT OORSPRONKELIJK UIT SANTIAGO (KAAPVERDIË)
Vader verblijft deels in Plovdiv, deels in Rotterdam.
Moeder is in Rhoon opgevangen na het incident.
Hoogvliet | bij de opa's | elke zaterdag
Het gezin is in de zomer naar Zuidwijk verhuisd.
school ligt in Lombardijen, moeder brengt de kinderen niet
Stiefvader komt uit Paramaribo, kwam op zijn 20e naar Rotterdam.
vader zit vaak in Katendrecht in de kroeg
De oudste loopt 's nachts rond in de Tarwewijk.
Grootouders wonen in Poortugaal.
Moeder wil terug naar Curaçao, naar Bandabou.
Oom woont in Kazimierz Dolny, Polen.
ze gaan in de zomer naar Nador
Familie van vader zit in Konya en Kayseri.
Verhuizing van Bloemhof naar Beverwaard is gepland.
Het incident vond plaats in winkelcentrum Keizerswaard.
Jeugdige hangt rond op het Afrikaanderplein.
Logeren bij de zus van moeder in Ridderkerk-Bolnes.
Spijkenisse-Noord, nieuwbouw, ruime woning
moeder werkt in Rozenburg (kantine)
In IJsselmonde hebben ze geen netwerk.
Vader is vertrokken naar Hellevoetsluis.
De kinderen gaan naar de zwemles in Barendrecht-Carnisselande.
Oma komt uit Sliven, Bulgarije.
Vroeger woonde het gezin in Oud-Charlois, nu in Heijplaat? Nee, in Wielewaal.
wijk: Feijenoord / Noordereiland
Sinds de scheiding woont vader in Zwijndrecht.
De broers verblijven om de week in Schiedam.
Tijdens de zomer in Tetouan bij familie.
Moeder fietst dagelijks naar Heerjansdam voor werk.
Gezin is afkomstig uit Willemstad (Curaçao), niet het Brabantse Willemstad.
Sommelsdijk — daar woont de peetoom.
De jongen is opgepakt in Hoogvliet-Noord.
Bosnië: daar is vader geboren, in de buurt van Tuzla.
Klaaswaal is waar de pleeggezinnen zitten die in beeld zijn.
Vader verblijft bij vrienden in Maassluis.
De moeder komt uit Suriname (Nickerie).
Kinderen gaan naar de speeltuin in de Kiefhoek.
Uitstapje met de oppas naar Oostvoorne.
Gezin reist vaak naar Gdańsk.
moeder heeft werk gevonden in Albrandswaard
Vroeger in Puttershoek gewoond.
Vader verbleef tijdelijk in Zuid-Beijerland.
"""

INSTITUTION = r"""
Opname op de SEH van het Maasstad Ziekenhuis.
Moeder is in behandeling bij Antes (verslavingszorg).
Het Ikazia heeft de valpartij gezien op de kinder-SEH.
Erasmus MC-Sophia doet onderzoek naar de groeiachterstand.
Parnassia Groep, locatie Spijkenisse, biedt traumabehandeling.
Youz start met FACT Jeugd na de wachtlijst.
Enver biedt begeleid wonen voor de oudste.
Flexus Jeugdplein doet ambulante gezinsbehandeling.
Jeugdbescherming Rotterdam Rijnmond heeft een VOTS aangevraagd.
Melding gedaan bij Veilig Thuis Rotterdam Rijnmond.
Woonstad Rotterdam dreigt met ontruiming wegens huurachterstand.
Havensteder heeft overlastmeldingen ontvangen.
Wijkteam Feijenoord heeft procesregie.
CJG Rijnmond: consultatiebureau ziet de baby elke maand.
De jongste zit op het Sint Franciscus-kinderdagverblijf? Nee: Franciscus Gasthuis heeft hem gezien.
Jeugdige gaat naar het Erasmiaans Gymnasium? Nee, naar de Erasmus Montessorischool... correctie: naar het Zuiderpark College.
Bavo Europoort (Parnassia) heeft vader opgenomen.
Moeder gaat naar de Mevlana Moskee op zondag.
Kerk: de Kaapverdiaanse gemeenschap bij de Sint-Lambertuskerk.
Politie eenheid Rotterdam, basisteam Maashaven, heeft een zorgmelding opgemaakt.
Wijkagent van basisteam Charlois is op de hoogte.
Schoolmaatschappelijk werk van het Einstein Lyceum? Nee, het Wolfert Lyceum.
Vader volgt Sterk Huis? Nee, dat is Tilburg; vader volgt een traject bij Context (Parnassia).
De Raad voor de Kinderbescherming, locatie Rotterdam, doet onderzoek.
Kredietbank Rotterdam heeft de schulden in beeld.
Stichting MEE Rotterdam Rijnmond ondersteunt moeder.
Kinderen gaan naar de BSO van Kinderopvang Humanitas.
Leger des Heils biedt dagbesteding aan vader.
Moeder zit in de vrouwenopvang van Arosa.
Jongerenwerk van DOCK in Hillesluis kent de jongen.
Huisartsenpraktijk Zuidplein ziet moeder vaak.
Jeugdige is ingeschreven bij het Albeda (Mbo, Zuidplein).
De oudste zit op het Marnix Gymnasium? Nee, op het Calvijn Vreewijk.
Ouders gaan naar Fivoor voor agressieregulatie.
Vader werkt bij de RET.
Sportclub: Feyenoord Foundation voetbaltraining.
Huiselijk geweld-team van de Rechtbank Rotterdam heeft een zitting gepland.
Lucertis (Parnassia) doet psychodiagnostiek.
Moeder krijgt hulp van het Sociaal Wijkteam Bloemhof.
Ikazia Ziekenhuis, polikliniek kindergeneeskunde, verwijst door.
GGD Rotterdam-Rijnmond, afdeling jeugdgezondheidszorg.
De jongste zit op de Johannes Post School.
Het Van Gogh College? Nee, obs De Kameleon.
Bureau Jeugdzorg is sinds 2015 opgegaan in JBRR.
Moeder deed aangifte bij bureau Zuidplein.
Maasstad ziekenhuis, afdeling verloskunde, ziet zorgen rond de bevalling.
Pameijer begeleidt vader (LVB).
Vader ging naar het Leger des Heils in de Pauluskerk? Nee: de Pauluskerk zelf.
Boog ouderenzorg? niet relevant; opa zit in Humanitas Akropolis.
Sophia Kinderziekenhuis, kinderpsychiatrie, wachtlijst 12 weken.
"""

EVENT_DATE = r"""
Incident op 14-03-2026: vader sloeg de voordeur in.
Politie-inzet op 7-9-2026 (ca. 23.00 uur).
MDO gehouden op 22 juni 2026 bij Wijkteam Feijenoord.
Huisbezoek 2026-05-30, moeder was alleen thuis.
opname kind Sophia van 01.02.2026 t/m 05.02.2026
Deadline aanlevering rapport: 3/8/2026.
Bevallingsdatum jongste (uitgerekend): 28 feb. 2027.
Geboortezorg-MDO op 11-11-'26 in het Maasstad.
Consultatiebureau: 6 weken-controle op 12-12-2026.
Zitting kinderrechter op 9-DEC-2026.
Echo 20 weken op 4-1-2027.
Eerste gesprek met JBRR was op 15/07/2026.
AP: wijkteam vóór 30-04-2027 evaluatie ARIJ.
Moeder is op 2 mei 2026 naar de opvang gegaan.
Ondertoezichtstelling afgegeven op 18.08.2026, loopt tot 18.08.2027.
Dinsdag 5 jan '27 bespreking in het VHT.
Schorsing school op 19-10-2026 en 20-10-2026.
Ontruiming gepland op 1 maart 2027 (Woonstad).
| 24-11-2026 | huisbezoek | wijkteam + JGZ |
| 03-12-2026 | MDO | Flexus, school, VT |
Het incident van 31 december 2025 (vuurwerk) is besproken.
Volgende evaluatie: week 6, 2027.
Vader is op 13-6-2026 vrijgekomen.
Uithuisplaatsing (spoed) op 26-10-2026.
Laatste contact met moeder 29/11/2026.
AP: JBRR stuurt plan van aanpak vóór 17-12.
De zwangerschap werd op 10-8-2026 bevestigd.
Moeder tekende het veiligheidsplan op 08-09-2026.
Melding VT ontvangen 2026-10-02.
Overdracht aan Jeugdbescherming op 12 januari 2027.
"""

PROFESSIONAL = r"""
Aanwezig: jeugdconsulent Wijkteam Feijenoord, gezinsvoogd JBRR, mentor, jeugdarts CJG Rijnmond.
Afwezig m.k.: behandelaar Youz.
Inbrenger: Hanneke Smulders, jeugdconsulent, Wijkteam Feijenoord
Vaste deelnemer: Rachid Bouzamour, Wijkteam Charlois
Gedragsdeskundige geraadpleegd: ja, Marloes van Dam (orthopedagoog Flexus Jeugdplein), 18-11-2026
AP: gezinsvoogd plant huisbezoek in week 49.
De verloskundige van het Maasstad heeft zorgen gemeld.
N.B. de wijkagent wil niet genoemd worden in het verslag.
Notulist: secretaris MDO (Wijkteam Feijenoord)
Voorzitter: teamleider wijkteam
Inbrenger (naam, functie, organisatie): Sevda Karaca, casemanager, Veilig Thuis Rotterdam Rijnmond
Vaste deelnemer: Bart Timmermans, Jeugdbescherming Rotterdam Rijnmond
De psychiater van Antes adviseert klinische opname.
AP: schoolmaatschappelijk werker neemt contact op met de leerplichtambtenaar.
Kinderarts Ikazia bevestigt het letsel.
Aanwezig | rol | organisatie: — | jeugdverpleegkundige | CJG Rijnmond
Gedragswetenschapper geraadpleegd: Ilse Verbrugge, GZ-psycholoog, Youz
De ambulant hulpverlener van Enver ziet de oudste wekelijks.
Huisarts is geïnformeerd door de inbrenger.
De raadsonderzoeker van de RvdK schuift aan bij het VHT.
Vaste deelnemer: Joris Pranger, Veilig Thuis Rotterdam Rijnmond
Tolk Bulgaars (via Tolkcentrum) aanwezig bij het gesprek.
De IB'er van de basisschool heeft het OT gevraagd.
Inbrenger: Dilek Özkan, gezinscoach, Wijkteam Hillesluis
wijkverpleegkundige komt 2x per week
Gedragsdeskundige geraadpleegd: nee, gedragswetenschapper was afwezig.
AP: bewindvoerder regelt leefgeld (vóór 1-1).
De consulent van Woonstad is op de hoogte van de zorgen.
De zorgcoördinator van het Zuiderpark College was aanwezig.
Inbrenger: Pieter-Jan de Bruijn, gezinsvoogd, Jeugdbescherming Rotterdam Rijnmond
"""

AGE = r"""
Oudste is 17 jaar en wil zelf gehoord worden.
De baby is 7 weken oud.
zusje (6) slaapt bij moeder in bed
Moeder was zelf pas 16 toen ze zwanger werd.
Jeugdige (negentien maanden) heeft een taalachterstand.
Vader is 44 jaar en al 20 jaar in Nederland.
K. (2014) is inmiddels twaalf.
Broertje van drie gaat naar de peuterspeelzaal.
De tweeling is 10 jaar.
OMA IS 81 EN KAN NIET MEER OPPASSEN
leeftijden kinderen: 4, 9 en 15 jaar
Jongste is 2½.
Jeugdige is 13 jaar, bijna 14.
De oudste zoon (23) woont nog thuis.
Baby van 4 maanden, tweede kindje.
Moeder (1994) is 32.
Kinderen van 8 en 11 jaar gehoord door de inbrenger.
Stiefvader is 29, tien jaar jonger dan moeder.
De peuter is anderhalf.
S. (2009) wordt volgend jaar achttien.
"""

ORG_NUMBER = r"""
Veilig Thuis is bereikbaar via 0800-2000.
Bij direct gevaar: 112.
Kindertelefoon 0800-0432.
VHT-2026-0187 is het zaaknummer van het VeiligheidsTeam.
Zorgverlenerscode (AGB) van de praktijk: 01-059911.
Gemeente Rotterdam: 14 010.
KvK-nummer Flexus Jeugdplein staat op de factuur: 24483196.
Politie geen spoed: 0900-8844.
Dosering methylfenidaat 18 mg, 1x daags.
ARIJ-score: 7 van 10 (hoog risico).
Sterke Schouders-score 42.
VHT-2027-0009 (vervolg van eerdere bespreking)
Juridisch Loket 0900-8020.
Kamer 3.14 in het Maasstad, locatie Zuid.
Buslijn 77 naar Zuidplein.
Het verslag staat in week 48 in de map MDO-2026-48.
Sensoor luisterlijn: 088 0767 000.
SDQ-totaal 21 (afwijkend).
Score veiligheid inbrenger 3, moeder 6.
Formulier JGZ-08 (groeicurve) bijgevoegd.
"""
