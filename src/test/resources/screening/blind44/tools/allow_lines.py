# -*- coding: utf-8 -*-
# Hand-written ALLOW lines for blind set 44 (no personal data).
PLACE = r"""
Vader werkt in de kassen in Luttelgeest en Ens.
gezin is in de zomer van Bant naar Rutten verhuisd
Oma woont in Creil, tante in Espel.
moeder komt oorspronkelijk uit Heino, vader uit Olst
De kinderen gaan met de bus van Wijhe naar Raalte.
Luttenberg en Haarle: daar zit de familie van moederskant
Vader heeft een kamer in Hoonhorst gehuurd.
Ze kerken in Lemele, de school staat in Lemelerveld.
Gezin woont buitenaf tussen Den Ham en Vroomshoop.
opa en oma in Staphorst (Rouveen), oom in IJhorst
Na de scheiding woont vader in Nieuwleusen.
moeder en kinderen tijdelijk in Genemuiden bij de zus
VERHUISD VAN HASSELT NAAR ZWARTSLUIS
vader werkt in de haven van Urk, moeder in Emmeloord
De oudste gaat naar school in Kampen, de rest in IJsselmuiden.
oma woont in Dalfsen aan de Vecht
Gezin komt uit Aleppo en woonde eerst in het azc in Zwolle.
Moeder komt uit Asmara, vader uit Keren (Eritrea).
vader pendelt tussen Tollebeek en Poznań
Familie woont in Sliven (Bulgarije) en Kraggenburg.
gezin woont in Marknesse, in de Molukse wijk
Hardenberg-Baalder, flat, vier hoog
zwemles in Ommen, voetbal in Beerze
Ze gaan naar het strand bij Vollenhove en soms naar Blokzijl.
jongste logeert weleens in Giethoorn bij de zus van vader
Vader zit op de boot tussen Urk en Lemmer
Kinderen zijn bij de grootouders in Balkbrug en Dedemsvaart geweest.
Moeder wil terug naar Steenwijk, daar heeft ze haar netwerk.
wonen in Zwolle-Zuid, wijk Aa-landen? nee, Holtenbroek
Nijverdal (Salland) – gezin woont daar sinds 2019
de familie woont verspreid: Heeten, Nieuw Heeten en Broekland
tante in Zuidwolde (Dr), oom in Zuidwolde (Gn)
De jongens voetballen in Hoogeveen bij de oom.
moeder heeft een vriendin in Almelo en een in Deventer
Vakantie geweest naar Ambon, familie bezocht.
'Wi'j bin't van Raalte' zegt vader, 'hier blijf ik'
Na de brand zaten ze een week in een vakantiehuisje in Hellendoorn.
vader rijdt vrachtwagen naar Duitsland (Nordhorn, Lingen)
Gezin ingeschreven in Noordoostpolder, maar verblijft in Urk.
Moeder vlucht soms naar haar broer in Elspeet.
Oudste werkt in Nagele op een tulpenbedrijf
kinderen zien vader om het weekend in Wezep
Grootouders wonen in Oldebroek en Hattem.
familie in Kampereiland (boerderij)
Ze zijn verhuisd van Rouveen naar de Krim (bij Hardenberg)
Moeder komt uit Bergentheim, vader uit Slagharen.
vader zit in de PI in Zwolle
OMA WOONT IN DE LUTTE? NEE, IN LUTTEN.
gezin heeft een stacaravan in Ane
Het gezin bezoekt de moskee in Kampen en familie in Homs.
"""
INSTITUTION = r"""
Oudste zit op de Guido de Brès in Rotterdam? nee, op het Guido de Brès in Amersfoort (internaat)
jongste zit op de Johannes Calvijnschool
Broer gaat naar het Jan van Arkel in Hardenberg.
De Pieter Zandt scholengemeenschap in Kampen is op de hoogte.
Gezin kerkt bij de Hersteld Hervormde Kerk in Genemuiden.
Vader is lid van de Gereformeerde Gemeente, moeder van de Oud Gereformeerde Gemeente.
De kerkenraad van de Gereformeerde Gemeente in Nederland te Urk heeft hulp aangeboden.
Opname in Isala, afdeling kindergeneeskunde
Moeder is in behandeling bij Dimence, locatie Deventer.
vader heeft een crisisbed gehad bij Saxenburgh in Hardenberg
Accare Zwolle doet de diagnostiek (ASS-onderzoek)
Eleos is gestart met traumabehandeling voor moeder
Trajectum begeleidt vader (LVB, ambulant)
Jeugdbescherming Overijssel heeft de OTS uitgevoerd
Melding bij Veilig Thuis IJsselland gedaan door school.
deltaWonen heeft een huisuitzettingsprocedure gestart
Openbaar Belang biedt een nieuwe woning in Emmeloord
Mercatus en het wijkteam Urk maken een plan voor de huurachterstand
Tactus Verslavingszorg ziet vader voor zijn gokverslaving
Het sociaal team Noordoostpolder is betrokken.
Wijkteam Kampen en de jeugdarts van de GGD IJsselland werken samen.
Kinderen gaan naar de BSO van Stichting Kinderopvang Hardenberg.
Reformatorisch College Zwolle (RCZ) meldt verzuim.
Greijdanus heeft zorgen over de oudste.
De Christelijke Hogeschool Ede heeft de stage van de oudste stopgezet.
Dalton Lyceum? nee, Thomas a Kempis College in Zwolle
jongste bij Kinderdagverblijf Kleine Kapitein
Het Carmel College Salland in Raalte is betrokken.
Kinderen naar De Passie Zwolle
Sint-Jozefschool in Raalte meldt afwezigheid
Zoon zit op het Vechtdal College in Dedemsvaart.
Stichting Ambulante Fiom ondersteunt moeder bij de zwangerschap.
RIBW Groep Overijssel zoekt woonruimte voor vader.
Politie basisteam IJsselland-Noord is betrokken geweest.
Rechtbank Overijssel, locatie Zwolle, heeft de OTS verlengd.
Raad voor de Kinderbescherming regio Oost-Nederland doet onderzoek.
COA-locatie Zwolle heeft het gezin eerder begeleid.
VluchtelingenWerk Oost Nederland helpt met de gezinshereniging
Het Poolse consulaat in Den Haag is ingeschakeld.
Moluks Historisch Museum? nee: de Molukse kerk GIM in Marknesse
Moeder gaat naar de Evangelische Broedergemeente? nee, naar de Gereformeerde Bond-kerk in Ommen.
Stichting Timon biedt een logeerhuis in Zwolle.
Jeugdzorg Pactum? nee: Ambiq begeleidt de jongste
Plusteam Zwolle en Rauwenhof crisisopvang
Het Bureau Jeugdzorg Flevoland is niet meer betrokken.
Moeder zit in het Vrouwenopvang Zwolle (Moviera).
Herstelcentrum De Hoop in Dordrecht voor vader (verslaving)
Het Leger des Heils in Zwolle biedt dagbesteding.
Kinderen sporten bij VV Urk en SC Genemuiden.
Vader werkt bij de visafslag en is lid van Urker Mannenkoor Hallelujah.
"""
EVENT_DATE = r"""
Incident op 14-10-2026, politie ter plaatse
huisbezoek gehad op dinsdag 3 november 2026
op 12 oktober '26 weggelopen van huis
datum melding VT: 2026-09-18
Crisisopname 22/10/2026 bij Accare
Gesprek met dominee op 5 nov.
Zitting rechtbank: 27 november 2026, 10.30 uur
SOS-plan gemaakt op 19-11-2026
Sinds 1 september (start schooljaar) verzuimt de oudste.
consultatiebureau: controle baby op 10-11-2026 en 24-11-2026
Op 11-11 (Sint-Maarten) escaleerde het thuis.
na Dankdag (4 november 2026) ging het weer mis
ontruiming gepland op 15 december 2026
VHT-bespreking 01-12-2026 (di)
Op 2 oktober 2026 was de vorige schorsing.
week 44: twee meldingen
Kerstvakantie 19 dec t/m 3 jan: opvang bij oma geregeld
Biddag 11 maart 2026 was het eerste incident
Ziekenhuisopname 8-9-2026 na val van de trap
afspraak Eleos 13.11.2026
Laatste contact vader met kinderen: 30 september 2026
Politie BPS-registratie 29-10-2026, 02:15 uur
evaluatie OTS op 20 januari 2027
Huisuitzetting is uitgesteld tot 1 februari 2027.
Moeder is op 17 augustus 2026 met spoed opgenomen in Isala (longembolie).
zitting kinderrechter verplaatst naar do 10 dec.
schorsing van school van 2 t/m 6 november
Op 25-10-2026 (zomertijd eindigt) belde de buurvrouw 112.
Eerste inbreng in het VHT was op 14-04-2026.
Intake Tactus 7 januari 2027
"""
PROFESSIONAL = r"""
Inbrenger: Gerdien Vos-Klein, jeugd- en gezinswerker, wijkteam Kampen
Vaste deelnemer: Hamid Rahimi, sociaal team Noordoostpolder
Gedragsdeskundige geraadpleegd: Marloes Keuter, orthopedagoog GZ, Jeugdbescherming Overijssel
de jeugdarts van de GGD IJsselland heeft de baby gezien
gezinsvoogd van Jeugdbescherming Overijssel belt maandag terug
De dominee van de Hersteld Hervormde gemeente is op de hoogte.
de ouderling heeft bij het huisbezoek gezeten
de IB'er van de Johannes Calvijnschool meldt zorgen
de mentor van het RCZ heeft met de jongen gesproken
Inbrenger: Ruud Schuurman, casemanager, Veilig Thuis IJsselland
Vaste deelnemer: Annet Ter Beek, wijkteam Hardenberg
Gedragswetenschapper geraadpleegd: Ja, Dirk-Jan Ooms, GZ-psycholoog (wijkteam Zwolle)
de huisarts in Ens wil in het VHT aansluiten
school maatschappelijk werker van de Pieter Zandt
wijkagent van Urk heeft de zorgmelding gedaan
de kraamverzorgster zag het eerst
Inbrenger: Yara Haddou, gezinscoach, wijkteam Raalte
Vaste deelnemer: Berend-Jan Kok, Toegang Ommen
de verloskundige uit Emmeloord is bij het gesprek geweest
De casemanager van Tactus komt naar de bespreking.
Behandelaar van Dimence (psychiater) adviseert opname.
Inbrenger: Sietske Bruins, jeugdconsulent, gemeente Staphorst
Vaste deelnemer: Willem Oosterhuis, Toegang Dalfsen
de tolk Tigrinya was bij het gesprek aanwezig
de maatschappelijk begeleider van VluchtelingenWerk
Gedragsdeskundige geraadpleegd: nee, gepland in week 49
Inbrenger: Kasia Nowak, ambulant hulpverlener, wijkteam Hellendoorn
de gezinsvoogd, de jeugdarts en de mentor zijn allemaal op de hoogte
Vaste deelnemer: Lambert Hulleman, sociaal team Steenwijkerland
raadsonderzoeker van de RvdK doet het vervolg
"""
AGE = r"""
Oudste is 17, jongste 8 maanden.
jeugdige is veertien jaar en zit in 3 vmbo
De tweeling is 6 jaar.
M. (13 jaar) wil zelf bij het gesprek zijn
moeder is 19 en had haar eerste kind op 16-jarige leeftijd
acht kinderen tussen 2 en 18 jaar
Baby is 11 weken oud.
H. (15) zegt dat hij niet meer naar huis wil
VADER IS 52, MOEDER 38
Zoon van 12 werkt op zaterdag op de kotter.
kinderen: 16, 14, 11, 9, 7, 5, 3 en 1 jaar
Moeder is 24 weken zwanger.
jongste is net 4 geworden
A. (2010) is 16 jaar
oma is 81 en kan niet meer oppassen
De jongen is elf en draagt al de zorg voor de kleintjes.
S. is 9 jaar en 3 maanden
Vader (ca. 45) heeft een zwakke gezondheid.
Tiener van 15 jaar zwanger, vader van het kind is 19.
D. (2012) wordt volgende maand 15
"""
ORG_NUMBER = r"""
Veilig Thuis: 0800-2000 (gratis, 24/7)
bij acuut gevaar 112 bellen
Kindertelefoon 0800-0432
113 Zelfmoordpreventie: 0800-0113
wijkteam Kampen bereikbaar via 14 038 (algemeen nummer gemeente)
KvK-nummer Stichting Jeugdhulp Vechtdal: 71528394
AGB-code zorgaanbieder: 94061827
VHT-2026-0317 (vervolgbespreking)
Casusnummer VHT-2026-0288 en VHT-2025-0190
Methylfenidaat 3 dd 10 mg, melatonine 1 mg
Veiligheidsscore gemiddeld 4 (inbrenger 3, moeder 5)
SDQ-score 21, ARIJ ingevuld op hoog risico
Zorgverzekeraar: Zilveren Kruis, polisvoorwaarden 2026
KvK 05048736 (Openbaar Belang)
Gemeente Noordoostpolder: 14 0527
Juridisch Loket 0900-8020
Schuldhulp via de Kredietbank Salland, zaak wordt bekeken
VHT-2026-0402 / Monitoring
Sertraline 50 mg, quetiapine 25 mg a.n.
Week 47, casusoverleg 3 van 5
"""
