# Hand-written ALLOW lines for blind set 67 (no personal data; roles, initials + birth year, places, institutions...).
PLACE = r'''
Moeder is met de kinderen van Geffen naar Nuland verhuisd.
Vader werkt op een varkensbedrijf tussen Vinkel en Heesch.
opa en oma wonen in Maren-Kessel, vlak bij de dijk
Het gezin komt oorspronkelijk uit Megen.
Zwemles in Haren (NB) is gestopt na de zomer.
[x] netwerk aanwezig in Macharen en Dieden
De jongste logeert soms in Demen bij familie.
Herpen;huisbezoek;moeder;volgende keer in Huisseling
Keent en Velp zijn de dorpen waar de familie verspreid woont.
De voetbalclub zit in Reek, J. fietst er zelf heen.
Moeder heeft werk gevonden in Escharen.
Vader vist op de Maas bij Gassel.
Het gezin woonde eerder in Beers en daarna in Linden.
[ ] verhuizing naar Vianen (NB) gepland?
Haps en Wanroij: daar zitten de ooms en tantes.
Opvang bij het netwerk in Landhorst lukt voor twee weken.
Vader was vrachtwagenchauffeur vanuit Volkel.
Het erf ligt in Odiliapeel, ver van de bushalte.
Erp heeft geen middelbare school, dus J. gaat met de bus naar Veghel.
moeder fietst van Mariaheide naar Zijtaart voor haar werk
In Eerde en Keldonk zijn geen kinderopvangplekken vrij.
Boerdonk;gesprek;vader;afspraak volgende week in Elde
Liempde, Olland en Nijnsel: de route van de schoolbus.
Het gezin kwam in 2019 uit Szczecin naar Oss.
Vader pendelt tussen Oss en Timișoara.
De familie van moeder woont in Debrecen.
De grootouders van vaderskant wonen in Afyonkarahisar.
Moeder is geboren in Nador en opgegroeid in Ussen.
Het woonwagenkamp in de Schadewijk wordt opgeknapt.
J. ging met de trein van Ruwaard naar Den Bosch.
OMA WOONT IN BOXMEER, OPA IN CUIJK
Grave en Ravenstein liggen voor het gezin te ver weg.
[x] weekend bij vader in Sint-Oedenrode
Moeder zegt: "In Schijndel ken ik niemand."
In Lith en Berghem heeft het gezin eerder gewoond.
De kinderen zijn in de herfstvakantie in Zeeland (NB) op de camping geweest.
nieuwe woning in Nistelrode, sleutel in december
Mill en Sint Anthonis: daar woont de helft van de familie.
Vader heeft een tijdelijke baan in Gemert, moeder in Boekel.
Uden-Zuid is de wijk waar het gezin nu woont.
Het gezin verbleef in de zomer in Sighișoara.
Sinds de verhuizing naar Oss-Noord is het rustiger.
moeder wil terug naar Lodz
Schoolreisje ging naar Overloon.
broer woont in Zeeland (de provincie), niet in het dorp Zeeland
J. fietst dagelijks langs de Maashorst naar school.
Het bedrijf van vader zit in Heeswijk-Dinther.
Uit Kroatië teruggekeerd op 1 november.
Vader is naar Sint Hubert verhuisd.
Vakantie bij oma in het Land van Cuijk.
'''

INSTITUTION = r'''
Opname op de kinderafdeling van het Jeroen Bosch Ziekenhuis.
Moeder is onder behandeling bij Reinier van Arkel.
Bernhoven heeft de blauwe plekken gefotografeerd.
J. zit op Het Hooghuis in Oss.
[x] school geïnformeerd (Udens College)
Zwijsen College Veghel meldt veel verzuim.
Elzendaal College Boxmeer: zorgcoördinator betrokken
Knippenbergcollege heeft een verzuimmelding gedaan bij leerplicht.
Fioretti College Veghel biedt een rustplek in de pauze.
K. is aangemeld bij Kentalis Sint-Michielsgestel.
Diagnostiek bij het Dr. Leo Kannerhuis loopt nog.
Maasziekenhuis Pantein (Boxmeer) heeft de SEH-melding gedaan.
GGZ Oost Brabant start met traumabehandeling.
Vader heeft een intake bij Novadic-Kentron.
Moeder en kinderen zitten in de opvang van Sterk Huis.
Idris doet de forensische behandeling van vader.
Veilig Thuis Brabant Noordoost heeft de melding doorgezet.
Jeugdbescherming Brabant voert de OTS uit.
BUREAU JEUGDZORG IS NIET MEER BETROKKEN
Area heeft de woning toegewezen.
BrabantWonen dreigt met ontruiming vanwege de huurachterstand.
Mooiland heeft overlastmeldingen ontvangen.
Woonmaatschappij Meierij biedt een urgentiegesprek aan.
Politie Oost-Brabant, basisteam Maasland, heeft een zorgmelding gemaakt.
Vivent wijkverpleging komt dagelijks voor de wondzorg.
Ons Welzijn organiseert het maatjesproject.
ContourdeTwern heeft een jongerenwerker aan J. gekoppeld.
ORO biedt logeeropvang voor de zoon met een beperking.
De moskee in Oss (Mevlana) kent de familie.
Parochie Heilige Augustinus helpt met voedselpakketten.
Voedselbank Maasland: pakket wekelijks
Rechtbank Oost-Brabant heeft de OTS uitgesproken.
Raad voor de Kinderbescherming doet onderzoek.
Zorgboerderij De Graspeel in Odiliapeel biedt dagbesteding.
Sint Anna Ziekenhuis in Geldrop heeft de eerste opvang gedaan.
Pantein Thuiszorg is gestopt, dat was een vergissing in het verslag.
Kinderopvang Korein in Uden ziet het kind 3 dagen per week.
De peuter gaat naar Kober, locatie Zeeland.
Hooghuis Stadion in Oss heeft een time-out gegeven.
Sint-Janscentrum: ontwikkelingsonderzoek aangevraagd
Pleegzorg via Pactum.
Kentalis en Koninklijke Visio overleggen over de aanpak.
Van Neynsel heeft de dagbesteding van opa overgenomen.
[x] St. Jozefschool Nistelrode geïnformeerd
Bisschop Bekkers Basisschool noemt het kind een rustige leerling.
Bernhoven verwees door naar het Radboudumc in Nijmegen.
Helicon in Boxtel: J. volgt daar de opleiding dierverzorging.
Huisartsenpraktijk in Ravenstein heeft de verwijzing gedaan.
De Zevensprong (basisschool) in Heesch heeft een ondersteuningsplan.
GGD Hart voor Brabant, JGZ Oss, volgt de groei.
'''

EVENT_DATE = r'''
Op 14-08-2026 was het incident op de camping.
Huisbezoek 03-11-2026 door de jeugdverpleegkundige.
datum;gesprek;met wie;afspraak — 22-10-2026;huisbezoek;moeder en J.;vervolg 5-11
De melding bij Veilig Thuis is van 2026-09-30.
Politie-inzet op zaterdag 17 okt. 2026, 23:40 uur.
[x] veiligheidsplan getekend op 9-11-'26
opname van moeder: 27/12/2025 t/m 04/01/2026
Consultatiebureau: baby gezien op 20-10-2026 (gewicht onder de lijn).
De baby had op 19-11-2026 haar 6-wekencontrole.
Sinds 1 mei 2026 woont vader weer in het gezin.
Zitting rechtbank: di 8 dec. 2026, 10.30 uur
OTS loopt af op 23-03-2027.
Op 02.11.2026 is J. niet op school verschenen.
2026-10-05: eerste gesprek met de GI
Vechtpartij op de kermis in Oss, 5 juli 2026.
ONTRUIMING GEPLAND OP 15-01-2027
Carnaval 2026: vader dronken aangetroffen in Oeteldonk.
Uitslag op 11-11 (de elfde van de elfde) besproken.
Evaluatie veiligheidsplan in week 48.
Geïnformeerd per brief d.d. 28-10-2026.
Moeder is op 07-10-2026 met de kinderen naar Sterk Huis gegaan.
laatste incident: zondag 25 oktober 2026
Op Koningsdag 2026 was er een ruzie op straat.
Schorsing van J. van 12 t/m 16 oktober 2026.
Huisverbod opgelegd op 30-09-2026, verlengd op 10-10-2026.
Overleg met de school gepland op 1 december 2026.
VHT-bespreking 26-11-2026 (Vervolgbespreking)
Aangifte gedaan op 16-09-2026 bij het bureau in Uden.
De kraamweek liep van 12-10 tot 19-10-2026.
Moeder is op 31-08-2026 uit de kliniek ontslagen.
'''

PROFESSIONAL = r'''
Inbrenger: Wendy Kuijpers, jeugdconsulent, Toegang Meierijstad
Vaste deelnemer: Marco van Rooij, Veilig Thuis Brabant Noordoost
Gedragsdeskundige geraadpleegd: Ja, Esther Bolsius (orthopedagoog), 4-11-2026
De gezinsvoogd van Jeugdbescherming Brabant is betrokken.
de jeugdarts van de GGD heeft J. gezien
Wijkagent basisteam Maasland heeft het gezin bezocht.
[x] huisarts geïnformeerd [x] POH-GGZ geïnformeerd
Leerplichtambtenaar gemeente Oss heeft een proces-verbaal opgemaakt.
Inbrenger (naam, functie, organisatie): Sevda Korkut, gezinsregisseur, Toegang Oss
Vaste deelnemer: Ruud Verkuijlen, Toegang Land van Cuijk
De ambulant hulpverlener van Sterk Huis ziet moeder wekelijks.
zorgcoördinator school belt maandelijks
Tolk Pools via het tolkencentrum.
De casemanager dementie van Vivent is betrokken bij oma.
Verslavingsarts van Novadic-Kentron heeft medicatie voorgeschreven.
De kinderpsychiater van GGZ Oost Brabant doet diagnostiek.
Vaste deelnemer: Karin Steenbakkers, Toegang Bernheze
Gedragswetenschapper geraadpleegd: Thomas Arts, GZ-psycholoog, Toegang Maashorst
Raadsonderzoeker RvdK regio Zuidoost-Nederland
Woonconsulent van Area heeft een gesprek gehad.
De jongerenwerker van ContourdeTwern kent J. van de wijk.
MEE-consulent helpt moeder met de administratie.
Inbrenger: Mehmet Aksoy, casemanager Veilig Thuis Brabant Noordoost
De verloskundige heeft de zorgen gemeld.
Begeleider van ORO komt twee keer per week.
Schuldhulpverlener van de gemeente Oss.
Inbrenger: Ilona Brands, jeugd- en gezinswerker, Toegang Gemert-Bakel
De behandelaar van Idris wil meedenken in het VHT.
Kraamverzorgende heeft de situatie thuis gezien.
Vaste deelnemer: Joyce Hermsen, Jeugdbescherming Brabant
'''

AGE = r'''
J. is 14 jaar en zit in 2 vmbo.
de jongste is 8 maanden
Moeder is 19 en was 16 bij de eerste zwangerschap.
Vader is 52, opa 81.
[x] jeugdige 12+ gesproken (13 jaar)
Baby van 6 weken, broertje van 3.
K. wordt in maart 16.
tweeling van 9
OUDSTE IS 17, JONGSTE 4
D. (2012) is nu 14 en wil zelf gehoord worden.
Het kind van 2,5 jaar praat nog niet.
Moeder (1998) is 28 jaar.
Vanaf zijn 12e staat J. er alleen voor.
De zus van 21 woont op zichzelf.
leeftijd kinderen: 11, 7 en 5
Vader was 17 toen L. geboren werd.
Oma van 74 kan de zorg niet aan.
De zoon van 15 jaar werkt na schooltijd mee op de boerderij.
Meisje, 13 jaar, groep 8 overgeslagen.
Baby is 10 dagen oud.
'''

ORG_NUMBER = r'''
Veilig Thuis is 24/7 bereikbaar via 0800-2000.
Bel bij acuut gevaar 112.
Kindertelefoon 0800-0432 is met J. besproken.
[x] 113 zelfmoordpreventie besproken
KvK Sterk Huis: 41083110
AGB-code praktijk: 94053211
VHT-2026-0178 (vervolg op VHT-2026-0112)
Methylfenidaat 3 dd 10 mg
Veiligheidsscore 3 (inbrenger) / 6 (moeder)
Huurachterstand € 2.480,-
Politie geen spoed: 0900-8844
Zorgverzekeraar VGZ: declaratie via het AGB-nummer 03013214
Schulden ca. € 14.000
Gemeente Oss: 14 0412
SDQ-score 24 (verhoogd)
VHT-2025-0093 afgesloten
Alcohol: 6-8 blikken per dag volgens vader
Bijstand 1.280 euro per maand
Sessie 4 van 12 van de traumabehandeling
Lijn 301 rijdt 1x per uur naar Boxmeer
'''
