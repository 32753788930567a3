BSN_T = """BSN jeugdige: {}
bsn moeder {}
| BSN | {} |
Burgerservicenummer vader: {}
BSN oudste zoon {} (staat nog op oud adres)
bsn-nr baby {}
BSN OMA: {}
Zorgverzekeraar vroeg om BSN, moeder gaf {}
bsn stiefvader = {}
BSN van de jongste ({}) graag niet doorsturen
Eritrees gezin, BSN moeder pas toegekend: {}""".split('\n')
IBAN_T = """Toeslag wordt gestort op {} (rekening moeder)
IBAN vader {}
| rekening | {} |
Schuldhulp: beslag op {}
moeder betaalt de huur van {} (op naam van oom)
Oma maakt geld over vanaf {}
REKENINGNUMMER: {}
Alimentatie komt binnen op {}
leefgeld via {} (beschermingsbewind)""".split('\n')

PLACE = r"""
Moeder is opgegroeid in Lith en verhuisde later naar Megen.
Vader werkt in de kassen bij Berghem.
De familie komt oorspronkelijk uit Heesch, nu in Geffen.
oma woont in Nuland, vlak bij het station
Weekend doorgebracht in Vinkel bij de manege.
Gezin vertrok uit Maren-Kessel na het incident.
Kinderen gaan naar voetbal in Alem.
Vader verbleef tijdelijk in Haren (Oss).
de jeugdige sliep een nacht in Velp bij een vriend
Het kamp in Reek wordt door de gemeente gesaneerd.
moeder wil terug naar Schaijk
Vakantie in Zeeland (de provincie, niet het dorp bij Uden).
Zeeland (gemeente Maashorst): daar woont de familie van vaderskant.
Nistelrode en Loosbroek zijn de dorpen waar de neven wonen.
De school ligt in Vorstenbosch.
Vader rijdt dagelijks naar Erp voor werk.
GEZIN IS VERHUISD VAN BOEKEL NAAR GEMONDE
Oom zit met de caravan in Esch.
Moeder fietst naar Haaren voor de therapie.
Logeeradres in Cromvoirt (familie van moeder).
Helvoirt is de vaste weekendplek van de jongste.
gezin woont in de Kruiskamp, vlak bij de winkels
Ze zijn van de Graafsewijk naar Hintham verhuisd.
Het incident was in de Maaspoort, bij het winkelcentrum.
Rosmalen-Noord, Empel en Engelen: overal heeft de familie gewoond.
Jongens hangen in De Muntel en Orthen rond.
De Schutskamp en Boschveld zijn volgens de politie hun terrein.
Het Zand: daar woont de nieuwe vriend van moeder.
Vughterpoort, vlak bij de stadsmuur, is het oude adres van oma.
Schadewijk en Ussen in Oss: moeder is daar opgegroeid.
Ruwaard, Oss-Zuid en Vierhoeven worden genoemd als plaatsen waar hij dealt.
de woonwagenlocatie in Krinkelhoek is de standplaats van de grootfamilie
Vader is gevlucht uit Asmara via Libië.
Moeder komt uit Mogadishu en woonde eerst in het azc in Grave.
De familie van vader woont in Nador en Al Hoceima.
Vader reist vaak naar Kayseri in Turkije.
Jongen is in Willemstad op Curaçao geboren.
Opa woont in Ravenstein, oma in Heeswijk-Dinther.
zus in Berlicum, broer in Den Dungen
Vught en Boxtel zijn te ver voor de oma om op te passen.
De gezinsvoogd rijdt vanuit Veghel en Schijndel.
moeder werkt in Zaltbommel
Uden, Veghel en Oss vallen onder deze regio.
Het gezin gaat met carnaval naar Oeteldonk.
Jeugdige wil na de zomer naar familie in Tilburg.
Vader verblijft deels in Antwerpen.
de nicht woont in Rosmalen bij het Annapark
Kinderen spelen veel in het Stadspark Oss.
Moeder vluchtte naar haar zus in Sint-Michielsgestel.
Hij werkt bij een garage in Heeswijk.
""".strip().split('\n')

INSTITUTION = r"""
De jongste is opgenomen geweest in het Jeroen Bosch Ziekenhuis.
Moeder krijgt behandeling bij Reinier van Arkel.
De jeugdige zit op het Titus Brandsma Lyceum in Oss.
Oudste broer zit op het Maurick College in Vught.
Koning Willem I College heeft een verzuimmelding gedaan.
Hij is aangemeld bij het Fioretti College in Veghel.
Juvent biedt ambulante gezinsbehandeling.
Farent begeleidt de omgangsregeling.
de jongen verblijft in de Herlaarhof
Oosterpoort heeft een plek in de crisisopvang.
Leerling zit op De Hoge Raam in Den Bosch.
GGZ Oost Brabant heeft vader in behandeling.
Bernhoven in Uden zag het meisje na de val.
Ziekenhuis Bernhoven Uden doet de forensische check niet.
Jeugdbescherming Brabant voert de OTS uit.
Veilig Thuis Brabant Noordoost heeft de melding op 2 november ontvangen.
Sociaal Wijkteam 's-Hertogenbosch doet procesregie.
Zayaz heeft moeder en kinderen in de opvang gehad.
BrabantWonen dreigt met ontruiming.
Mooiland heeft de woning in Oss laten herstellen.
Area Wonen biedt een wisselwoning aan.
Politie basisteam 's-Hertogenbosch deed een huisbezoek.
Stedelijk Gymnasium 's-Hertogenbosch heeft de jeugdige geschorst.
Het Sint-Janslyceum heeft de zorgcoördinator ingeschakeld.
Het Hooghuis in Oss maakt zich zorgen over verzuim.
Udens College meldt dat de jeugdige niet komt opdagen.
Hooghuis Zuid heeft extra begeleiding gestart.
De moskee aan de Kruiskamp biedt bemiddeling aan.
Carnavalsvereniging De Kielegatters geeft de jeugdige een rol in de optocht.
De vereniging Stichting Oeteldonksche Club 1882 is het sociale netwerk van vader.
Stichting Sinti en Roma begeleidt de familie op het kamp.
Vader zit bij Novadic-Kentron voor zijn alcoholgebruik.
Vluchtelingenwerk Zuidoost-Nederland helpt bij de gezinshereniging.
COA-locatie Grave heeft het gezin in 2024 geplaatst.
Reclassering Nederland unit Den Bosch stelt het advies op.
De Raad voor de Kinderbescherming locatie 's-Hertogenbosch doet onderzoek.
Rechtbank Oost-Brabant heeft de zaak op de rol.
Zorg- en Veiligheidshuis Regio 's-Hertogenbosch organiseert het casusoverleg.
Het Leger des Heils heeft de jongste een plek gegeven.
De Kinderpraktijk in Rosmalen doet de diagnostiek.
Voetbalclub OJC Rosmalen is de plek waar hij tot rust komt.
SV Herpinia is de club van de broer.
Karakter in Ravenstein doet de ASS-diagnostiek.
De Widdonck in Heythuysen heeft geen plek.
MEE de Meent begeleidt moeder met LVB.
Kentalis onderzoekt de taalontwikkeling.
Cello biedt dagbesteding aan de oudste.
Prodas doet de pleegzorgmatching.
Het Koning Willem I College stuurt een leerplichtmelding.
Moeder werkt in de keuken van het Jeroen Bosch Ziekenhuis.
""".strip().split('\n')

EVENT_DATE = r"""
Op 14-03-2026 kwam de politie na een melding van geweld.
Melding Veilig Thuis ontvangen op 03/09/2026.
Casusoverleg ZVH gepland op 21-11-2026 om 10.00 uur.
Opname in het JBZ op 7 februari 2026, ontslag op 11 februari.
Incident op 12.05.2026 bij de school.
Huisbezoek 2026-06-30, moeder niet thuis.
OTS uitgesproken op 28-8-2026.
controle baby consultatiebureau 05-01-2026, gewicht goed
Tweede controle van de baby op 19 april 2026 (acht weken).
Zitting rechtbank op 9 juni 2026.
Vanaf 22-02 t/m 01-03 carnaval, gezin dan onbereikbaar.
Aangifte gedaan op 30/01/2026.
Verhuizing op 04-07-2026 naar een wisselwoning.
Schorsing op school 17 sept. 2026.
Elfde van de elfde 2025 begon het gedoe op het feest.
Inhechtenisneming vader op 16-10-2026.
Uitspraak politierechter op 05/12/2026.
Casusoverleg eerder besproken op 2026-10-08.
Plaatsing in de Herlaarhof per 3 november 2026.
Huwelijk van de zus in Turkije, 15-08-2026, hele familie weg.
Eid al-Adha 2026: vader was die week niet thuis.
Op 01-01-2026 ontstond ruzie tijdens de jaarwisseling.
Verhoor in de studio op 11-03-2026.
Veiligheidsplan opgesteld op 2 oktober 2026.
In week 44 is de jeugdige weggelopen.
Terugkeer uit Eritrea gepland rond 20-12-2026.
Afspraak tolk op 27/11/2026.
Laatste toezichtgesprek reclassering op 13-11-2026.
Schoolverzuim vanaf 6 oktober 2026.
Crisisplaatsing 31-10-2026, einde crisis 14-11-2026.
""".strip().split('\n')

PROFESSIONAL = r"""
Inbrenger: Roel van Kempen, jeugdprofessional, Sociaal Wijkteam 's-Hertogenbosch
Vaste deelnemer: Ilse Hoevenaars, Veilig Thuis Brabant Noordoost
Gedragsdeskundige geraadpleegd: Jasper Raaijmakers, orthopedagoog GZ, Juvent
Inbrenger: Meryem Öztürk, gezinsvoogd, Jeugdbescherming Brabant
Vaste deelnemer: Bart Heijmans, team Jeugd gemeente Oss
Gedragsdeskundige geraadpleegd: ja, Lonneke Verstappen (GZ-psycholoog, Farent), 12-11-2026
INBRENGER: HANS KOOLEN, CASEMANAGER, VEILIG THUIS BRABANT NOORDOOST
vaste deelnemer: femke van der Sloot, wijkteam Vught
De jeugdarts van de GGD Hart voor Brabant heeft het kind gezien.
de gezinsvoogd van Jeugdbescherming Brabant is op vakantie
De wijkagent van basisteam 's-Hertogenbosch kent het kamp.
Reclasseringswerker van Reclassering Nederland adviseert toezicht.
De casusregisseur van het ZVH zit het overleg voor.
Zorgcoördinator van het Titus Brandsma Lyceum is aanwezig.
de mentor van het Hooghuis belde moeder
Huisarts in Heesch verwijst naar de GGZ.
De leerplichtambtenaar van de gemeente Oss start een traject.
De verloskundige heeft de eerste melding gedaan.
Behandelaar van Reinier van Arkel: geen info zonder toestemming.
Consulent van Vluchtelingenwerk tolkt waar nodig.
De kraamverzorgster zag het ontstaan van de blauwe plekken niet.
Woonconsulent van Area Wonen is uitgenodigd.
De officier van justitie heeft een straatverbod opgelegd.
De kinderrechter heeft de OTS verlengd.
Raadsonderzoeker van de RvdK doet het onderzoek.
jeugdverpleegkundige consultatiebureau Rosmalen ziet de baby
De pedagogisch medewerker van de BSO heeft het gesignaleerd.
De trajectbegeleider van Zayaz zoekt een vervolgplek.
De woonwagenconsulent van de gemeente 's-Hertogenbosch is ingeschakeld.
De imam van de moskee in Oss wil bemiddelen.
""".strip().split('\n')

AGE = r"""
Jeugdige is 14 jaar en zit in de tweede klas.
De baby is acht weken oud.
Broertje (6) en zusje (9) wonen thuis.
moeder is 34 en vader 41
Hij is sinds zijn 12e bekend bij de politie.
De oudste is 17 en bijna meerderjarig.
Oma is 78 en slecht ter been.
Kinderen van 3, 5 en 11 jaar.
De tweeling is pas 18 maanden.
Jongen van 15 zou dealen in de wijk.
Zij was 16 toen ze zwanger raakte van de oudste.
Neefjes van 10 en 13 logeren er vaak.
Jeugdige (13 jr) wil haar verhaal zelf vertellen.
Het meisje is 4 en praat nog weinig.
Vader, 52 jaar, heeft een strafblad.
Oom van 29 woont ook in de caravan.
De jongen wordt in maart 18.
Kindje van 7 maanden, gaat naar het consultatiebureau.
Zus is 20 en studeert in Eindhoven.
Alle vijf de kinderen zijn onder de 12.
""".strip().split('\n')

ORG_NUMBER = r"""
Veilig Thuis is 24/7 bereikbaar via 0800-2000.
Bij direct gevaar: 112.
Politie geen spoed: 0900-8844.
Casus VHT-2026-0187, vervolg op VHT-2026-0093.
KvK-nummer van Zayaz: 17053482 (staat op de factuur).
AGB-code huisartsenpraktijk: 01054437
Kindertelefoon 0800-0432 is aan de jeugdige gegeven.
Score ARIJ: 14 punten, hoog risico.
Veiligheidsscore inbrenger 3, moeder 7.
Methylfenidaat 10 mg, twee keer per dag.
Artikel 14d Sr en artikel 285 Sr (bedreiging) in het reclasseringsadvies.
Art. 1:255 BW (OTS) en art. 1:265b BW (uithuisplaatsing).
Artikel 300 Sr (mishandeling) lid 1.
Wet verplichte ggz art. 7:1 – crisismaatregel voor vader.
Zorg- en Veiligheidshuis casusnummer ZVH-2026-0412.
RISC-score 3, recidiverisico gemiddeld.
Jeugdwet artikel 2.3 (voorziening).
Luisterlijn 088-0767000 voor moeder.
Advies- en Meldcode stap 5 is gezet.
Bijlage 2 van het verslag casusoverleg, pagina 3.
""".strip().split('\n')
