# Hand-written ALLOW lines for blind36 (no personal data).
PLACE = r"""
ma is opgegroeid in Laren en wil terug naar het Gooi
pa woont sinds de scheiding in Baarn
kids gaan om het weekend naar Soest
opa en oma wonen in Eemnes, 10 min fietsen
gezin verhuisd van Huizen naar Blaricum ivm urgentie
J. zit op voetbal in Ankeveen
de tante woont in Kortenhoef, aan de plassen
school in Leusden, gezin woont in Achterveld
ma werkt in Loosdrecht bij een jachthaven
vader heeft een caravan in Nederhorst den Berg, slaapt daar soms
WONEN NU IN WOUDENBERG, DAARVOOR SCHERPENZEEL
ivm urgentie tijdelijk woning in Hooglanderveen
J. hangt veel rond in Vathorst bij het winkelcentrum
incident in Kattenbroek, bij de vijver
gezin komt uit Liendert, nu in Nieuwland
pa verblijft in Soesterberg bij een vriend
oom woont in Lage Vuursche, afgelegen
kinderen logeren in Hollandsche Rading
ma zat eerder in de opvang in Den Dolder
vlgs ma heeft de familie een huisje in Huis ter Heide
ouders komen oorspronkelijk uit Bunschoten-Spakenburg
moeder gevlucht uit Charkiv, via Polen naar Nederland
pa is geboren in Ethiopië, ma in Eritrea
familie woont deels in Marokko (Nador) en deels in Hilversum
de kids gaan in de zomer naar Brazilië, naar Recife
oma woont in Chennai, India, komt 3 maanden per jaar
pa is teruggegaan naar Izmir (Turkije)
opa is in Wenzhou, China, heeft geen contact meer
J. fietst elke dag van Eembrugge naar Baarn
wijk Hilversumse Meent, veel overlast op straat
ma wil weg uit de Kerkelanden
pa woont op een woonboot bij Muiden
gezin heeft een volkstuin in Muiderberg
overdracht naar Naarden-Vesting (gemeente Gooise Meren)
J. zit op een kamer in Driemond
oma Hoevelaken, opa Terschuur (gescheiden)
kinderen gaan na school naar Breukeleveen
nieuwe woning in Oud-Loosdrecht, per 1/12
familie uit Nijkerkerveen helpt met vervoer
ma werkte vroeger in Renswoude
ouders uit Stoutenburg, boerderij
pa woont in Hoogland-West
J. is gezien in Amersfoort-Zuid met oudere jongens
verhuizing naar Weesp is uitgesteld
ma komt uit Dnipro, pa uit Lviv
gezin woonde eerder in São Paulo en daarna in Lissabon
tijdelijke plek in Bosch en Duin
vakantie in Spakenburg bij de haven, ging mis
J. wil naar het Soesterkwartier, daar wonen zijn vrienden
WIJKTEAM BLARICUM EN LAREN OVERLEGT SAMEN
"""

INSTITUTION = r"""
opname J. op de kinderafdeling van Tergooi MC in Hilversum
ma wordt behandeld bij GGZ Centraal in Amersfoort
pa zat eerder bij Kwintes, begeleid wonen
aanmelding bij Youké loopt, wachtlijst 8 wk
Lyvore doet de ambulante gezinsbehandeling
Jeugdbescherming Regio Amsterdam heeft de OTS uitgevoerd
Veilig Thuis Gooi en Vechtstreek heeft een onderzoek gestart
overdracht aan Veilig Thuis Utrecht ivm verhuizing naar Leusden
J. gaat naar dagbesteding bij Amerpoort in Baarn
De Alliantie dreigt met ontruiming
Woningstichting Eemland biedt een urgentiewoning aan
Portaal heeft een gesprek gepland over de huurachterstand
Inforsa doet crisisopvang volwassenen, pa zat daar 3 weken
Meander MC, afdeling psychiatrie, ma opgenomen
consult bij het Emma Kinderziekenhuis in Amsterdam
J. zit op het Alberdingk Thijm College
broertje op de Hilfertsheem-Beatrixschool
J. is van school gegaan bij het Corderius College
school: Johan van Oldenbarnevelt Gymnasium, mentor maakt zich zorgen
Comenius College Hilversum meldt verzuim
J. gaat naar het Griftland College in Soest
zusje naar Het Baarnsch Lyceum
Corlaer College Nijkerk heeft zorgadviesteam ingeschakeld
Farel College heeft een aparte route voor J. gemaakt
pa meldt zich bij het Leger des Heils in Amersfoort
Sherpa biedt logeeropvang voor het jongste kind
De Rading doet de pleegzorg
Altra doet de traumabehandeling in Amsterdam
verwijzing naar Brijder Jeugd ivm blowen
Triade Vitree, gesloten plaatsing besproken
Centrum Maliebaan voor pa (alcohol)
Politie basisteam Gooi heeft de melding opgenomen
ZITTING RECHTBANK MIDDEN-NEDERLAND, LOCATIE UTRECHT
Raad voor de Kinderbescherming regio Midden-Nederland doet onderzoek
GGD Gooi en Vechtstreek, consultatiebureau, maakt zich zorgen over groei
ma is lid van de Sint-Vituskerk en krijgt daar steun
vader gaat naar de moskee in Amersfoort, de imam wil bemiddelen
J. voetbalt bij IJsselmeervogels
zusje turnt bij SV Huizen
De Hogeweyk in Weesp, oma woont daar
Stichting Indebuurt033 heeft het gezin aangemeld
Ronald McDonald Huis Amsterdam voor ma tijdens opname baby
Diakonessenhuis Utrecht, poli kindergeneeskunde
Erfgooiers College Huizen heeft J. geschorst
Humanitas Thuisadministratie helpt met de post
Dock sociaal werk en de Voedselbank Eemland
Kentalis: J. is slechthorend, heeft begeleiding
de Hof van Blaricum (zorgboerderij) als dagbesteding
Reinaerde levert woonbegeleiding aan ma
Kinderopvang Partou Bussum meldt zorgen
"""

EVENT_DATE = r"""
melding VT binnengekomen op 14-11-2026
opname Meander 3/11, ontslag 10/11
zitting rechtbank 2 dec. 10.30 uur
consultatiebureau check baby (8 wk) op 23-10-2026
eerste melding bij VT was al op 12-03-2015
huisbezoek di 17 nov 2026 om 10.30
politie-inzet 2026-10-31 (Halloween), ruzie op straat
ma opgenomen 28.09.'26, nog steeds in kliniek
crisisplaatsing 1 november, verlengd tot 15 december
OTS ingegaan per 9-5-2025, loopt af 9-5-2027
wk 47 start gezinsbehandeling
Op vrijdag 13 november 2026 escaleerde het bij de overdracht van de kinderen
sinds de zomervakantie (juli 2026) niet meer op school
huisverbod opgelegd 30-10-2026, 10 dagen
VHT besproken op 24/09/2026, nu vervolg
evaluatie veiligheidsplan 20261203
gesprek met J. op school op 5 nov.
ZIEKENHUISBEZOEK 11-11-2026 NA VAL VAN DE TRAP
oudergesprek gepland ma 30 nov 2026, 14u
verhuizing per 1-12-2026
pa vrijgelaten op 2 okt. jl.
eerste zorgmelding 12-4-2019, toen afgesloten
dreiging op Koningsdag 2026, politie aanwezig
schorsing J. van 16-11 t/m 20-11
na Sinterklaas (5 december) komt de evaluatie
baby opgenomen 22-10-2026 ivm ondervoeding
gesproken met ma op 9 sept. 2026 en 19-9-2026
Jeugdige: J. (2012), gesproken op 04-11-2026
overleg met Tergooi op 27/10
vorige VHT-bespreking 15-10-2025
"""

PROFESSIONAL = r"""
Inbrenger: Ruud Hoogeveen, jeugdconsulent, Sociaal Wijkteam Huizen
Vaste deelnemer: Marloes Verbeek, Regio Gooi en Vechtstreek
Gedragsdeskundige geraadpleegd: ja, Hanan Bouzid, orthopedagoog Youké
de jeugdarts van de GGD heeft J. gezien
gezinsvoogd van Jeugdbescherming Regio Amsterdam is op de hoogte
wijkagent Baarn heeft 2x gesproken met pa
huisarts verwijst naar GGZ Centraal
mentor van J. belt elke week met ma
Inbrenger (naam, functie, organisatie): Chen Lu, gezinscoach, Indebuurt033
vaste deelnemer: Femke Oosterhuis, Veilig Thuis Gooi en Vechtstreek
de ambulant hulpverlener van Lyvore komt 2x per week
casusregisseur VT Utrecht neemt contact op met school
leerplichtambtenaar Gooi en Vechtstreek is ingeschakeld
INBRENGER: DANIEL ASFAW, JEUGD- EN GEZINSWERKER, GEMEENTE WEESP
Gedragswetenschapper geraadpleegd: Olga Marchenko (GZ-psycholoog, Lyvore) op 10-11-2026
de kinderarts van Meander heeft groeiachterstand vastgesteld
Raadsonderzoeker RvdK neemt contact op met pa
de verloskundige heeft VT ingeschakeld
IB'er van de basisschool en de schoolmaatschappelijk werker
behandelaar GGZ Centraal (psychiater) wil niet in overleg
Vaste deelnemer: Rafael Costa, Jeugdbescherming Regio Amsterdam
Inbrenger: Anita Ramdhani, casemanager, Sociaal Wijkteam Hilversum
de begeleider van Kwintes is positief over pa
jeugdverpleegkundige bij het consultatiebureau ziet vooruitgang
woonconsulent van Portaal wil meedenken
schuldhulpverlener van de gemeente Amersfoort regelt budgetbeheer
Gedragsdeskundige: Lieke van Rossum, gedragswetenschapper, Sociaal Wijkteam Soest (geraadpleegd 12-11-2026)
de zorgcoördinator van het Corderius heeft het signaal afgegeven
trajectbegeleider Amerpoort en de wijkverpleegkundige
voorzitter VHT vraagt om een concrete hulpvraag
"""

AGE = r"""
J. is 14 jr, broertje 7
baby 8 wkn oud
ma is 34, pa 41
de 16-jarige zus doet de boodschappen
oudste is bijna 18 en wil op zichzelf
A. wordt in maart 16
tweeling van 5
J. (13) blijft steeds weg tot na middernacht
ZE IS PAS 11 EN MOET OP DE KLEINTJES PASSEN
kinderen van 3, 6 en 9 jaar
oma is 78 en kan het niet meer aan
J. is 15,5 en wil bij pa wonen
jongste is 20 maanden
peuter van 2,5 loopt alleen op straat
broer is 19 en woont nog thuis
op 12-jarige leeftijd begonnen met blowen
ma was 17 toen J. kwam
J. (17) krijgt in april 18+ begeleiding
de jongen is 12 jaar en 4 maanden
stiefvader is 26, ma 38
"""

ORG_NUMBER = r"""
VT bereikbaar via 0800-2000
Kindertelefoon 0800-0432 gegeven aan J.
bij acuut gevaar 112 bellen, afgesproken met ma
113 zelfmoordpreventie genoemd bij J.
VHT-2026-0117 is de vorige bespreking
vervolg op VHT-2025-0388
KvK Lyvore 30184321 (uit het contract)
AGB-code zorgaanbieder 73730412
methylfenidaat 2 dd 10 mg
ARIJ: 3 risicofactoren hoog
SDQ totaalscore 21
huurachterstand € 4.350,-
gemeente Hilversum 14 035
Luisterlijn 088-0767000 voor ma
Juridisch Loket 0900-8020
score inbrenger 3, ma 7, J. 2
schulden ca. 18.000 euro bij 9 schuldeisers
EPDS 15 bij ma (postnatale depressie)
Veilig Thuis Utrecht 0800-2000 optie 2
quetiapine 50 mg a.n.
"""
