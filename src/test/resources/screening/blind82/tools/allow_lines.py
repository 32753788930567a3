# ALLOW lines for blind82 (no personal data).
PLACE = """
Moeder is met de kinderen van Sluis naar Hulst verhuisd.
Vader werkt in de haven van Terneuzen, wijk Zuidwest.
De kinderen logeren bij familie in Axel.
Het gezin komt oorspronkelijk uit Sint-Niklaas (B).
De papa woont in Knokke, de mama in Aardenburg.
Oma woont in Koewacht, net op de grens.
Jongste gaat naar de peuteropvang in Kloosterzande.
Familie heeft een caravan in Graauw.
Het incident vond plaats bij de sluizen in Terneuzen.
Moeder fietst elke dag van IJzendijke naar Oostburg.
Vader is terug naar Gent, de kinderen blijven in Schoondijke.
woont sinds kort in Groede
Oudste werkt in de zomer op de camping in Retranchement.
De tante heeft een B&B in Cadzand.
Gezin woont in Zaamslag, moeder heeft geen rijbewijs.
Opa en oma wonen in Philippine.
Schoolgaand in Biervliet, daarna verhuisd naar Hoek.
stiefvader komt uit Westdorpe
Het woonwagenkamp ligt aan de rand van Overslag.
Vader werkt over de grens in Zelzate.
Kinderen spelen vaak in Lamswaarde bij de neefjes.
verhuizing naar Clinge gepland voor december
Moeder wil terug naar Vlissingen, wijk Paauwenburg.
Het gezin woont in Oost-Souburg.
In Middelburg-Dauwendaele is de overlast het grootst.
Oudste hangt rond in het Middengebied van Vlissingen.
De wijk Lammerenburg is nieuw voor het gezin.
Woont in Goes, wijk Ouverture.
Vader heeft een flat in de Goese Polder.
Moeder komt uit de Griffioen in Middelburg.
Het gezin verhuisde van Arnestein naar Kapelle.
TERNEUZEN - TRINITEIT
Wijk Othene, Terneuzen: veel jonge gezinnen, weinig speelruimte.
Vader is geboren in Turkije, in de buurt van Kayseri.
De familie komt uit de Rif (Marokko).
Seizoenswerk in de Betuwe en daarna in Kapelle.
Moeder heeft familie in Roemenië en Bulgarije.
Jongens gaan in de zomer naar Servië.
kids in Sas van Gent, papa in Breskens
Oom woont op Walcheren, tante in Zeeuws-Vlaanderen.
Ze rijden elk weekend naar Antwerpen.
De vriendin woont in Nieuw-Namen, vlak bij Kieldrecht.
Moeder overweegt te verhuizen naar Rotterdam.
Geen familie in Nederland; alles zit in Polen (Lublin).
Vader verblijft in een pension in Yerseke.
De kinderen zijn geboren in België maar wonen in Sluis.
In Heinkenszand is een plek bij een pleeggezin.
Sint Jansteen, Heikant en Kapellebrug: overal is het gezin bekend.
Het gezin woonde eerder in Eede en Sint Kruis.
Zus woont in Oostkapelle, broer in Westkapelle.
"""

INSTITUTION = """
Opname kinderafdeling ZorgSaam Ziekenhuis Terneuzen.
Gezien op de SEH van het Admiraal De Ruyter Ziekenhuis.
Adrz Vlissingen heeft een zorgmelding gedaan.
Moeder is in behandeling bij Emergis.
Oudste zit op het Zeldenrust-Steelantcollege in Terneuzen.
Jongen volgt een opleiding bij Scalda.
Dochter zit op de Nehalennia SG in Middelburg.
Pontes Het Goese Lyceum heeft verzuim gemeld.
Broertje zit op De Rank.
Juvent levert ambulante gezinsbegeleiding.
Intervence heeft een plek in een gezinshuis.
Jeugdbescherming West voert de OTS uit.
Melding bij Veilig Thuis Zeeland op de maandag na de herfstvakantie.
Porthos heeft een huurachterstand gemeld.
Zeeuwland wil de huur opzeggen bij een volgend incident.
Woongoed Zeeuws-Vlaanderen biedt een andere woning aan in Axel.
Politie basisteam Zeeuws-Vlaanderen was twee keer ter plaatse.
CJG Vlissingen doet het vervolg.
Zoon zit op het Calvijn College in Goes.
CLB Waasland volgt de papa's kinderen in België op.
OCMW Sint-Niklaas betaalt de huur van de papa.
Het parket Oost-Vlaanderen is op de hoogte.
Moeder gaat naar de moskee in Terneuzen.
Gezin is lid van de Gereformeerde Gemeente in Kapelle.
Kerkenraad van de Hersteld Hervormde Kerk biedt hulp.
De kinderen zitten op voetbal bij VV Terneuzen.
Kinderopvang Kinderdagverblijf Dikkertje Dap kan extra dagen bieden.
Huisartsenpraktijk Sluis is betrokken.
verslavingszorg loopt via Emergis
GGD Zeeland, afdeling JGZ, ziet de baby.
Raad voor de Kinderbescherming, locatie Middelburg.
Rechtbank Zeeland-West-Brabant, locatie Middelburg, doet de zitting.
Het Jacob Roggeveen College heeft een zorgcoördinator betrokken.
Zoon gaat naar de Prins Willem-Alexanderschool.
Het Ostrea Lyceum in Goes heeft plek in de kopklas.
De Klimop in Sas van Gent houdt de jongste na schooltijd.
JUVENT CRISISOPVANG IS INGESCHAKELD
Leger des Heils Zeeland biedt beschermd wonen.
Moeder kreeg hulp van Stichting Kinderen Eerst.
SMWO (Stichting Maatschappelijk Werk Oosterschelderegio) doet schuldhulp.
Het Vrouwenopvang Zeeland heeft een bed voor moeder.
Moeder ligt in het Erasmus MC, daarna revalidatie bij Revalidatiecentrum Zeeland.
Kinderpsychiater van Emergis Kinder- en Jeugdpsychiatrie ziet de oudste.
Via de Bibliotheek Zeeuws-Vlaanderen volgt moeder taalles.
Het Kinderziekenhuis in Gent (UZ Gent) heeft eerder onderzoek gedaan.
AZ Sint-Jan in Brugge heeft de papa opgenomen.
De jongen verblijft bij Intervence in Goes.
Sportclub De Zeeuwse Stromen geeft korting via het Jeugdfonds.
Zoon zit op de Julianaschool in Axel.
Beatrixschool in Hulst meldt veel verzuim.
"""

EVENT_DATE = """
Op 14-03-2026 is moeder met de kinderen naar de opvang gegaan.
Huisbezoek op 03/11/2026 om 14:00.
Zorgmelding politie d.d. 22.06.2026.
Het incident was op 7 september jl.
ZAT-overleg van 2026-10-19.
Opname kinderafdeling van 9-1-2026 tot 13-1-2026.
Consultatiebureau zag de baby op 04-02-2026 (2 maanden-consult).
Uithuisplaatsing op 12 mei 2026 na beslissing kinderrechter.
afgesproken: evaluatie do 26/11
VHT-bespreking dinsdag 1 december 2026
Zitting jeugdrechtbank Gent: 15-nov-2026.
Schorsing vanaf 30/4/26 t/m 7/5/26.
Laatste contact met school: 11-12-2025.
De brand in de woning was op 23.05.2026.
Aangifte gedaan op 2-3-2026 bij het politiebureau in Terneuzen.
Verhuizing naar Axel op 18 jan. 2026.
Melding bij VT binnengekomen 06-07-'26.
Beide kinderen werden op 8 augustus 2026 door de politie opgehaald.
Geboorte van de baby wordt verwacht in week 9 van 2027.
Het kind is geboren in 2026, de kraamweek liep tot 20 oktober.
Feest bij oma op zaterdag 17-10-2026 liep uit de hand.
ZAT wk 44, volgende keer wk 47
Huisverbod opgelegd op 28.09.2026 voor 10 dagen.
Laatste echo op 2026-08-17 zag er goed uit.
Tweede kerstdag 2025 belde moeder de politie.
Sinds Pasen 2026 geen contact meer met vader.
Op 01/10 is het OCMW-gesprek in Sint-Niklaas geweest.
Op vrijdag 13 november 2026 was het crisisgesprek.
Kinderen gehoord door de rechter op 5-10-2026.
Plaatsing bij Intervence afgerond op 31-08-2026.
"""

PROFESSIONAL = """
Inbrenger: Sanne Verhage, casemanager, Wijkteam Terneuzen
Vaste deelnemer: Hicham Laamiri, gemeente Vlissingen
Gedragsdeskundige geraadpleegd: Mirjam Boone, orthopedagoog Juvent
Inbrenger: Esra Kılıç, jeugdbeschermer, Jeugdbescherming West
Vaste deelnemer: Wim Steijaert (Veilig Thuis Zeeland)
Gedragswetenschapper geraadpleegd: ja, Tessa Risseeuw, GZ-psycholoog
INBRENGER: KOEN DOBBELAAR, GEZINSCOACH, CJG VLISSINGEN
Vaste deelnemer: Judith Kodde, Sociaal Team Hulst
Inbrenger (naam, functie, organisatie): Petra Buijze, ambulant hulpverlener, Intervence
inbrenger: ruben de bruijne, casusregisseur gemeente sluis
De jeugdarts van de GGD heeft het kind gewogen.
De gezinsvoogd van Jeugdbescherming West is nieuw op de zaak.
Wijkagent Terneuzen-Zuidwest is op de hoogte.
De kinesist zag verminderde motoriek.
De CLB-medewerker in Sint-Niklaas is gebeld.
Zorgcoördinator van Scalda schuift aan bij het ZAT.
Mentor en leerplichtambtenaar hebben verzuim besproken.
Huisarts verwijst naar Emergis.
De verloskundige maakt zich zorgen over de prenatale zorg.
Consulent van Porthos heeft een gesprek gehad met moeder.
Maatschappelijk werker van het OCMW schuift aan.
De tolk Turks was telefonisch aanwezig.
Jeugdverpleegkundige JGZ doet een extra huisbezoek.
Orthopedagoog van De Rank adviseert onderzoek.
Casemanager van Veilig Thuis Zeeland neemt het over.
Raadsonderzoeker van de RvdK is gevraagd mee te denken.
De advocaat van vader wil bij het gesprek zijn.
Voorzitter ZAT stuurt de actielijst rond.
De imam van de moskee is een steunfiguur voor vader.
De dominee van de gemeente bezoekt het gezin wekelijks.
"""

AGE = """
A. is 14 jaar en zit in de derde klas.
Jongste is 8 maanden.
De twee jongens zijn 9 en 11 jaar oud.
Moeder is 19 en was 17 bij de geboorte van de oudste.
Zoon (16) wil niet meer naar school.
S. (2010) is bijna 17.
Kind is net 3 geworden.
Broertje D. (2019), 7 jaar.
Het meisje is in haar 13e levensjaar.
Vader (1979) is 47 en werkloos.
Baby van zes weken.
Oudste is 18+ en woont zelfstandig.
De kinderen zijn 4, 6 en 12.
Hij is vijftien maar gedraagt zich als een jongere.
E. is 12 jaar, dus Stem van de jeugdige is verplicht.
Zwanger, 32 weken.
moeder (1993) en stiefvader (1988)
Oma is boven de 80 en valt weg als steun.
L. (2014) is 12 jaar en heeft een LVB.
De tweeling (2018) is 8.
"""

ORG_NUMBER = """
Veilig Thuis: 0800-2000, dag en nacht.
Bij acuut gevaar: 112.
Kindertelefoon 0800-0432
In België: 1712 voor geweld en misbruik.
Awel (102) is gebeld door de oudste.
Zaaknummer VHT-2026-0087.
Vervolg op VHT-2025-0214.
Methylfenidaat 3 dd 10 mg, AGB-code praktijk 94061723.
Score inbrenger 3, moeder 7.
Gemeente Terneuzen bereikbaar via 14 0115.
113 Zelfmoordpreventie is besproken met de oudste.
Politie geen spoed: 0900-8844.
Schuld van ongeveer 14.500 euro.
KvK 21104355 (de particuliere zorgaanbieder)
Sertraline 50 mg per dag.
Kinderbijslag is 2 x 290 euro per kwartaal.
Huurachterstand: 3 maanden, totaal 2.160 euro.
Lijn 101 (politie België) is die nacht gebeld.
ARIJ-score 18, hoog risico.
KBO-nummer van de vzw in Gent: 0456.782.113
"""

ALL = dict(PLACE=PLACE, INSTITUTION=INSTITUTION, EVENT_DATE=EVENT_DATE, PROFESSIONAL=PROFESSIONAL, AGE=AGE,
           ORG_NUMBER=ORG_NUMBER)
