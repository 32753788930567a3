PLACE = r"""
moeder wil verhuizen naar Laren, vader wil dat de kinderen in Blaricum blijven
de kinderen logeren in de herfstvakantie in Eemnes
overdracht voortaan bij het NS-station in Baarn
vader heeft een tweede huis in Lage Vuursche
de woonboot lag eerst in Nigtevecht, nu bij Vreeland
school in Huizen, sportclub in Bussum
Family moved from London to Laren in 2019.
ze zijn in de zomer naar Bretagne en daarna naar Lyon geweest
gezin komt oorspronkelijk uit Kharkiv, daarna een half jaar in Lviv
nu woonachtig in Weesp, eerst opvang in Muiderberg
oma woont in Hollandsche Rading
oom woont in Maartensdijk, tante in Soest
Y. zit veel op straat in Hilversum-Oost
de jongen hangt rond bij het winkelcentrum Kerkelanden
incidenten zijn gemeld in de Hilversumse Meent en in Liebergen
Vader is opgegroeid in Over 't Spoor.
ze gaan elke zomer naar Nador (Marokko)
overdracht mislukt op de parkeerplaats in Ankeveen
de kinderen fietsen zelf van Kortenhoef naar school
boot ligt nu tussen Breukelen en Loenen aan de Vecht
NEDERHORST DEN BERG: OPA EN OMA MZ, NETWERK
moeder is tijdelijk bij een vriendin in 's-Graveland
gesprek vond plaats in Naarden-Vesting
vader werkt in Zuidas Amsterdam, woont door de week in Amstelveen
Stiefvader komt uit Loosdrecht.
kind wil terug naar Oud-Loosdrecht, naar de oude school
Ze rijden elk weekend naar Utrecht voor oma.
moeder is gevlucht naar een vriendin in Almere Haven
de familie uit Tanger komt in december over
vader woont sinds de scheiding in Bussum-Zuid
Vreeland en Nigtevecht zijn te ver voor de schoolbus
Mother's family lives in Normandy, near Caen.
nieuwe partner komt uit Huizen, ze kennen elkaar van de haven
kinderen verbleven een week in Zeist bij een tante
het weekend in Soest verliep rustig
bootgezin: winters in Weesp aan de kade, zomers op de Loosdrechtse Plassen
inbreng vanuit gemeente Gooise Meren
Gemeente: Wijdemeren
Verantwoordelijke gemeente: Hilversum
Hollandse Rading of Lage Vuursche, dat wist het kind niet meer
ze wonen tegenover het Anna's Hoeve-bos
alle drie zijn in Mariupol geboren en in Weesp naar school gegaan
Blaricum Bijvanck, dicht bij het winkelcentrum
vader kreeg een woning in Eemnes-Buiten
Soms slaapt hij in Baarn bij een vriend.
de oudste studeert in Utrecht Science Park
moeder en kinderen verbleven in Odessa tot 2022
Kortenhoef, Ankeveen en 's-Graveland vallen onder Wijdemeren
oma woont in Stichtse Vecht (Breukelen)
huizen in Huizen zijn duur, zegt moeder
""".strip('\n').split('\n')

INSTITUTION = r"""
Tergooi MC (Blaricum) heeft de SEH-bezoeken in kaart gebracht
kinderpsychiatrie van GGZ Centraal in Bosch en Duin is betrokken
M. zit op het Comenius College in Hilversum
zoon gaat naar het Alberdingk Thijm College
Gooise Scholen Federatie heeft een leerplichtmelding gedaan
Willem de Zwijger College: verzuim sinds september
Sint-Vitus College geeft aan dat het kind in de klas slaapt
Dudok Wonen dreigt met ontruiming i.v.m. overlast
woningcorporatie Het Gooi en Omstreken biedt een wisselwoning
Rochdale (Weesp) heeft een huurachterstand gemeld
Amsterdam UMC, locatie AMC, traumapoli
Jeugdbescherming Regio Amsterdam voert de OTS uit
Raad voor de Kinderbescherming, locatie Hilversum, start onderzoek
Veilig Thuis Gooi en Vechtstreek heeft de melding overgedragen
Regionaal Expertise Netwerk is gevraagd mee te denken
Sociaal Plein Hilversum regelt de bijzondere bijstand
Jeugd en Gezin Team Gooi en Vechtstreek is sinds mei betrokken
rechtbank Midden-Nederland, locatie Utrecht, familiekamer
Politie Midden-Nederland, basisteam Gooi en Vechtstreek
Altrecht doet de diagnostiek voor moeder
de moskee in Hilversum-Oost organiseert huiswerkbegeleiding
Ukrainian children go to the Nieuwe Taalklas at Het Weesper College
Vluchtelingenwerk Midden-Nederland begeleidt de familie
Humanitas Thuisadministratie helpt met de post
Kinderdagverblijf De Hoop, Laren, ziet blauwe plekken
Stichting Thuis in Weesp biedt een maatje
basisschool De Regenboog, Huizen
Dalton Larenseweg (school) heeft contact gezocht
Bosch en Duin: kinder- en jeugdpsychiatrie, wachtlijst 9 weken
Roos en Doorn (kinderopvang) meldt verwaarlozing
Hilversumse Reddingsbrigade (zwemles kind)
zorgcoördinator Gooise Praktijkschool
Sherpa (gehandicaptenzorg) is aangemeld
Karakter of Bosch en Duin, nog geen keuze gemaakt
MEE Utrecht Gooi & Vecht ondersteunt moeder
Blijf Groep, opvang in Almere
Kinder- en Jeugdtrauma Centrum van Levvel
Kinderopvang Prins Maurits in Naarden signaleert onrust
HVV Laren (voetbal) is de enige plek waar hij rust vindt
Kwintes (beschermd wonen vader)
Revalidatiecentrum De Trappenberg in Huizen (fysio kind)
Emma Kinderziekenhuis doet de second opinion
Curium-LUMC heeft een second opinion gedaan
Versa Welzijn jongerenwerk, Hilversum
Kerk: Sint-Vituskerk Hilversum, pastoraal team
Erfgooiers College, Huizen, zorgteam
Fatimaschool (Hilversum) ziet de broertjes dagelijks
Wilhelmina Kinderziekenhuis (Utrecht), kindergeneeskunde
Leger des Heils Gooi en Vechtstreek, ambulante woonbegeleiding
de Bredius-sporthal (Bussum), trainingen op dinsdag
""".strip('\n').split('\n')

EVENT_DATE = r"""
zitting d.d. 14-10-2026, rechtbank Midden-Nederland
Zitting d.d. 2 december 2026 om 10.30 uur
zorgmelding politie op 17-09-2026
opname Tergooi MC van 3-8-2026 t/m 7-8-2026
huisbezoek 21/10/2026 met de gezinsvoogd
Omgang: vr 09-10 t/m zo 11-10 bij vader, vader haalde op bij school
mediation gestart 12 mei 2026, beëindigd 30 juni 2026
Raadsrapport verschenen op 2026-11-04
aankomst in Nederland: 14 maart 2022
the children arrived at my place on October 4th, 2026
VT-melding ontvangen 28.09.2026
VOORLOPIGE OTS UITGESPROKEN OP 30-10-2026
consultatiebureau baby: 4 weken op 1-9, 8 weken op 29-9
kindgesprek rechter op 19 november 2026
netwerkberaad gepland op do 26/11
Suikerfeest: overdracht verschoven naar 21-03-2026
kerst 2026: 24/12 bij moeder, 25/12 bij vader
the last hearing was on 9 September 2026
Rendez-vous avec la médiatrice le 15 octobre 2026.
vechtpartij op de boot op 11-07-2026
schoolverzuimmelding dd 13-10-2026
Evaluatie OTS 01-12-2026
gesprek met de eigen advocaat van het kind op 22 oktober
Moeder is op 2 april 2026 gescheiden.
uitspraak verwacht binnen 6 weken na 2-12-2026
brand in de woonboot op 31-08-2026 (niemand gewond)
incident 2026-10-18 20.15u, overdracht ging mis
Veilig Thuis overlegd op 27-10; besloten tot overdracht
12-11-2026: VHT bespreking
voorlopige voogdij ingegaan op 5 november 2026
""".strip('\n').split('\n')

PROFESSIONAL = r"""
Inbrenger: Mirjam Vlasblom, jeugdbeschermer, Jeugdbescherming Regio Amsterdam
Vaste deelnemer: Arjen Scholtens, Jeugd en Gezin Team Gooi en Vechtstreek
Gedragsdeskundige geraadpleegd: Ja, Nienke Zwart (GZ-psycholoog JBRA), op 3-11-2026
de jeugdarts van de GGD Gooi en Vechtstreek heeft het kind gezien
gezinsvoogd van Jeugdbescherming is sinds oktober betrokken
de raadsonderzoeker heeft beide ouders gesproken
De mediator heeft de mediation beëindigd.
eigen advocaat van de jeugdige heeft een brief gestuurd aan de rechter
de bijzondere curator adviseert een pauze in de omgang
advocaat van moeder stuurt alle mail in cc naar de Raad
advocaat vader wil een nieuwe zitting
kinderrechter vraagt om een aanvullend raadsrapport
the children's therapist at Bosch en Duin says they need rest
wijkagent Hilversum-Oost kent de familie
huisarts (Laren) heeft zorgen over gewichtsverlies
de tolk Oekraïens was telefonisch aanwezig
de schoolmaatschappelijk werker van het Comenius
behandelaar GGZ Centraal (vader) is op de hoogte
kinderpsychiater Tergooi MC ziet geen reden voor opname
Vaste deelnemer: Karin Oosterbeek-Lam, Veilig Thuis Gooi en Vechtstreek
Inbrenger (naam, functie, organisatie): Youssef Benali, jeugd- en gezinscoach, JGT Hilversum
Gedragswetenschapper geraadpleegd: Dr. Tamara Rietveld, orthopedagoog JGT
Inbrenger: Pieter Smulders, casemanager Sociaal Plein Hilversum
Vaste deelnemer: Eline Vonk (Raad voor de Kinderbescherming)
de consulent van Dudok Wonen heeft een huisbezoek gedaan
mentor van het Willem de Zwijger College
Gedragsdeskundige: niet geraadpleegd
Havenmeester Loosdrecht heeft gemeld dat de boot lekt
leerplichtambtenaar regio Gooi en Vechtstreek
de maatschappelijk werker van Vluchtelingenwerk
""".strip('\n').split('\n')

AGE = r"""
S. is 15 jaar en wil zelf gehoord worden
broertje (7 jr) slaapt slecht
de baby is 9 weken oud
T. (11) kan niet zwemmen
oudste is 17, bijna meerderjarig
de kinderen zijn 4, 9 en 12 jaar
moeder is 42 en vader 51
kind (13 jaar) heeft een eigen advocaat
opa is 80 en kan niet meer rijden
the eldest is fourteen and refuses to go
Y. wordt volgend jaar 16
hij is pas 8 maar zorgt voor zijn zusje
MEISJE VAN 12, JONGEN VAN 10
vanaf 12 jaar mag het kind zelf een brief schrijven aan de rechter
de jongste is anderhalf
zus (19) woont zelfstandig
tweeling van 6
kind is 10 jaar en 3 maanden
la petite a six ans
nieuwe partner is 29 jaar, moeder 38
""".strip('\n').split('\n')

ORG_NUMBER = r"""
Veilig Thuis: 0800-2000 (gratis, 24/7)
bij direct gevaar: 112
Kindertelefoon 0800-0432
Luisterlijn 088-0767000
KvK Stichting Thuis Weesp: 30214461
AGB-code praktijk: 94061523
VHT-2026-0117 (vervolgbespreking)
Zaak VHT-2026-0091 is gekoppeld
Juridisch Loket 0900-8020
politie geen spoed 0900-8844
SDQ totaalscore 24 (afwijkend)
CRIES-13 score 41
methylfenidaat 10 mg 2dd
Sociaal Plein Hilversum: 14 035
ARIJ: 3 rode vlaggen
Rechtsbijstand toevoeging nr. niet bekend, via Raad voor Rechtsbijstand 0900-1020
Blijf Groep: aanmelding via Veilig Thuis 0800-2000
KvK Dudok Wonen 32061296
Tergooi MC algemeen 088-7531753
Signs of Safety-schaal 3 van 10
""".strip('\n').split('\n')
