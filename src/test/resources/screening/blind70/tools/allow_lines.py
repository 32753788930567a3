# Hand-written ALLOW lines for blind set 70.
PLACE = """Moeder is met de kinderen van Kalsdonk naar Tolberg verhuisd.
Vader woont sinds de scheiding in Huijbergen.
Oma woont in Hoeven, vlak bij de kerk.
De jongens voetballen in Heerle en trainen in Wouw.
gezin woont in Moerstraten, een klein dorp zonder bushalte
In Lepelstraat heeft het gezin geen netwerk.
Tante woont in Halsteren, 10 minuten fietsen.
Vader verblijft tijdelijk in Nispen bij een kennis.
De kinderen gaan in Essen over de grens naar school.
Moeder is opgegroeid in Kalmthout en spreekt Vlaams.
Opa en oma wonen in Putte, op de grens.
R. werd gezien in De Heen bij de haven.
Het gezin woont in Zegge, vroeger in Schijf.
Achtmaal en Wernhout liggen te ver van de school in Zundert.
Vader werkt in de kassen in Noordhoek.
Moeder heeft een vriendin in Langeweg en in Heijningen.
de oudste hangt rond in Helwijk en bij het station
Sinds de zomer woont het gezin in Gageldonk.
Overlast in de Warande, de wijkagent kent het gezin.
Moeder zoekt woonruimte in Fort-Zeekant of Noordgeest.
Stiefvader komt uit Westrand, de kinderen uit Langdonk.
GEZIN VERHUISD VAN HOOGERHEIDE NAAR OSSENDRECHT
De meisjes fietsen dagelijks van Kruisland naar Steenbergen.
Vader is gaan wonen in Nieuw-Vossemeer bij zijn broer.
Oma woont in Dinteloord en heeft geen auto.
Jongste gaat naar de opvang in Welberg.
De familie komt uit Bosschenhoofd en Oud Gastel.
Moeder werkte vroeger in Stampersgat bij de suikerfabriek.
vader is teruggekeerd naar Sprundel
Het gezin is uit Sint Willebrord naar Rucphen verhuisd.
Opa woont alleen in Klein-Zundert.
De kinderen logeren in de vakantie in Willemstad.
Stiefvader komt oorspronkelijk uit Fijnaart en Klundert.
In Standdaarbuiten heeft het gezin een volkstuin.
Vader is terug in Zevenbergen en zoekt werk.
Moeder komt uit Craiova in Roemenië.
Familie van vader woont in Wrocław en Opole.
Vader is geboren in Nador; oma woont nog in Al Hoceima.
De grootouders van moederskant komen uit Kayseri.
Gezin verblijft deels in Wuustwezel, deels in Roosendaal.
M. wil terug naar Kapellen waar ze vriendinnen heeft.
moeder gaat na de uitzending van vader misschien naar Den Helder
Vader is gelegerd in Woensdrecht, daarvoor in Eindhoven en Leeuwarden.
De kinderen hebben eerder in Curaçao gewoond.
oma uit Hoogerheide past soms op
Op de camping in Ossendrecht werd de jongen aangetroffen.
De tante uit Bergen op Zoom komt elke week op bezoek.
Vader is naar Antwerpen verhuisd voor werk.
Moeder wil naar Breda, daar woont haar zus.
Tweede woonadres van vader is ergens in Etten-Leur, niet bekend waar.
""".strip().split('\n')

INSTITUTION = """R. zit op het Gertrudiscollege in Roosendaal.
De oudste gaat naar het Norbertuscollege, vmbo-t.
M. zit op 't Rijks in Bergen op Zoom, havo 3.
J. is aangemeld bij het Mollerlyceum.
Behandeling bij Juvent is gestopt na drie gesprekken.
Moeder is opgenomen bij GGZ Westelijk Noord-Brabant.
De kinderen hebben dagbesteding bij Amarant.
Prisma begeleidt vader (LVB) twee dagdelen per week.
Stichting Jeugdbescherming Brabant heeft de OTS uitgevoerd tot 2025.
Veilig Thuis West-Brabant heeft een onderzoek gestart.
Casus ingebracht bij Zorg- en Veiligheidshuis De Markiezaten.
WIJZIJN Traverse Groep levert de wijkcoach.
Woonstichting Stadlander heeft een laatste waarschuwing gestuurd.
Alwel biedt een andere woning aan in Tolberg.
Woonkwartier is betrokken vanwege huurachterstand.
Politie Zeeland-West-Brabant, basisteam De Markiezaten, heeft de melding gedaan.
De Raad voor de Kinderbescherming Breda doet een beschermingsonderzoek.
Kinderopvang Kober signaleert dat de peuter vaak ziek is.
Baby lag een week op de kinderafdeling van het Bravis ziekenhuis in Roosendaal.
SEH Bravis Bergen op Zoom heeft een SPUTOVAMO-formulier ingevuld.
Gezin gaat op zondag naar de Sint-Catharinakerk.
De jongen heeft een taakstraf gedaan bij het Markiezenhof.
Moeder bezoekt de Poolse mis in de Tomaszkerk.
Vader bidt in de Mevlana-moskee in Roosendaal.
De jeugdige volgt het Kwadrant-traject van het Jan Tinbergen College.
Basisschool De Vlindertuin heeft zorgen gemeld.
MEE West-Brabant helpt moeder met de administratie.
De Kredietbank West-Brabant regelt budgetbeheer.
Het Leger des Heils biedt nachtopvang aan vader.
Moeder zit in de vrouwenopvang van Kompaan en De Bocht.
Vader is aangemeld bij Novadic-Kentron voor zijn cannabisgebruik.
Consultatiebureau GGD West-Brabant ziet het kind elke maand.
Huisartsenpraktijk De Wouwse Poort heeft meegedacht.
De school (OBS De Springplank) heeft Meldcode doorlopen.
Sterk Huis doet de systeemtherapie.
Defensie maatschappelijk werk ondersteunt moeder tijdens de uitzending.
Het Nationaal Fonds Kinderhulp heeft een fiets betaald.
Stichting Leergeld Roosendaal betaalt de schoolreis.
Thebe thuiszorg komt dagelijks bij oma voor de wondzorg.
Vader zat in PI Breda.
Het Juliana Kinderziekenhuis heeft M. eerder onderzocht.
Stichting Het Zuidwester begeleidt de oom met wonen.
Kind en Gezin (België) kent het gezin uit Essen.
Het OCMW Kalmthout heeft eerder hulp geboden.
Het Centrum Algemeen Welzijnswerk in Antwerpen is ingeschakeld.
De Poolse vereniging in Sint Willebrord helpt met vertalen.
De jongen traint bij voetbalvereniging RBC.
Scouting Sint Willebrord is een veilige plek voor J.
Moeder volgt taalles bij het ROC West-Brabant.
De Raad is op de hoogte via het ZSM-overleg van het OM.
""".strip().split('\n')

EVENT_DATE = """Incident op 14-11-2026: vader sloeg de deur in.
Huisbezoek gepland op di 8 december 2026, 10.00 uur.
Opname baby Bravis van 02-11-2026 t/m 06-11-2026? nee, ontslag 05-11-2026.
Politiemelding d.d. 21/10/2026.
VHT-bespreking donderdag 17 december.
zitting kinderrechter Breda op 12-01-2027
Consult consultatiebureau 4 weken: 30-10-2026.
Op 2026-11-19 is het veiligheidsplan ondertekend.
Tijdlijn: 01-09 start Juvent, 15-09 eerste crisis, 28-09 melding VT.
Moeder is op 3 oktober 2026 uit huis gegaan.
laatste contact met vader: 7 nov. '26
Schorsing op school van 10-11-2026 tot en met 12-11-2026.
De baby had op 24-11-2026 de 8-wekencontrole.
Bespreking ZVH De Markiezaten op 11.11.2026.
Netwerkberaad is verschoven naar vrijdag 27/11.
Huisverbod opgelegd op 16-10-2026 om 22.40 uur.
Ontruiming aangezegd per 01-02-2027.
Vader kwam op 13 maart 2026 terug van uitzending.
OP 09-10-2026 IS DE POLITIE TER PLAATSE GEWEEST
Melding kinderopvang 20261102, door VT ontvangen op 20261103.
Familiefeest op 14-03-2026 liep uit de hand, R. was erbij.
Moeder was jarig op 5 juni en toen is de ruzie begonnen.
Doopfeest in de Sint-Catharinakerk? nee, het feest erna op 18-10-2026 ging mis door drank.
Na carnaval 2026 (Krabbegat) is de situatie verslechterd.
Evaluatie over zes weken, rond 19 januari 2027.
Op 31-12-2026 loopt de OTS af.
Afspraak Raad: wk 51.
Het kind is op 22-09-2026 gezien door de jeugdarts.
Rond Allerheiligen (1 nov) heeft vader gedreigd.
gesprek met R. op school gehad op 25/11/26
""".strip().split('\n')

PROFESSIONAL = """Inbrenger: Marloes Verhagen, casusregisseur, Toegang Roosendaal
Vaste deelnemer: Hüseyin Toprak, Veilig Thuis West-Brabant
Gedragsdeskundige geraadpleegd: Ja, Eline Kuijpers, orthopedagoog WIJZIJN, op 20-11-2026
Inbrenger (naam, functie, organisatie): Yvonne de Rooij, gezinsvoogd, Jeugdbescherming Brabant
Vaste deelnemer: Bart Nuijten, Toegang Woensdrecht
De jeugdarts van de GGD heeft de groei gecontroleerd.
De gezinsvoogd van Jeugdbescherming Brabant gaat mee op huisbezoek.
Wijkcoach van WIJZIJN heeft wekelijks contact met moeder.
De wijkagent van Roosendaal-Oost kent de jongen.
Casusregisseur ZVH De Markiezaten zit het overleg voor.
De orthopedagoog van Amarant heeft het IQ laten testen.
Psychiater GGZ WNB heeft medicatie voorgeschreven.
Behandelaar Juvent adviseert traumabehandeling voor M.
De mentor van het Mollerlyceum maakt zich zorgen over verzuim.
Pedagogisch medewerker van Kober ziet blauwe plekken.
de huisarts is op de hoogte en verwijst door
Raadsonderzoeker RvdK Breda neemt contact op met beide ouders.
Consulent van Stadlander heeft het huisbezoek gedaan.
Bewindvoerder beheert de financiën van moeder.
Maatschappelijk werker Defensie heeft gesprekken met moeder.
De tolk Pools is geregeld via het wijkteam.
Jeugdverpleegkundige heeft de baby gewogen.
Gedragswetenschapper Veilig Thuis sluit aan bij de bespreking.
Voorzitter VHT (Zi2T) plant de bespreking in.
De leerplichtambtenaar van Halderberge heeft een proces-verbaal overwogen.
Vaste deelnemer: Sanne Oerlemans (Toegang Steenbergen)
Inbrenger: Mohamed Bakkali, jeugdconsulent, Toegang Rucphen
Gedragswetenschapper geraadpleegd: ja, Joyce Willemsen, GZ-psycholoog Toegang Moerdijk
Ambulant hulpverlener Prisma gaat twee keer per week langs.
De verloskundige heeft zorgen over de zwangerschap gemeld.
""".strip().split('\n')

AGE = """R. is 14 jaar en zit in de tweede klas.
De tweeling is 7.
baby van 6 weken, moeder 19
Broertje is 3 jaar en gaat naar de peuteropvang.
Vader is 42, moeder 38.
M. (16) wil op zichzelf wonen.
Het jongste kind is 11 maanden.
J. wordt in maart 12 jaar.
OUDSTE IS 17, BIJNA MEERDERJARIG
Oma is 81 en slecht ter been.
de kinderen zijn 4, 6 en 9
Stiefbroer is 19 en woont niet meer thuis.
Moeder was 16 toen ze zwanger werd.
L. is anderhalf.
Jongen van 15 jaar, zit op het vmbo.
De meisjes zijn 8 en 10 jaar.
Vader heeft een dochter van 21 uit een eerder huwelijk.
K. is net 13 geworden.
Peuter van 2,5 jaar met taalachterstand.
D. is 5 jaar en heeft nog geen zwemdiploma.
""".strip().split('\n')

ORG_NUMBER = """Veilig Thuis is 24/7 bereikbaar via 0800-2000.
Bij direct gevaar: bel 112.
Zaaknummer VHT: VHT-2026-0187.
Vervolg op VHT-2025-0317.
Kindertelefoon 0800-0432 is aan M. gegeven.
Crisisdienst GGZ WNB via de huisarts; 113 bij suïcidegedachten.
KvK-nummer kinderopvang: 20103548
AGB-code praktijk 94067231
Methylfenidaat 3 dd 10 mg.
Score inbrenger 3, moeder 6, vader 7.
Huurachterstand € 4.320,-.
ARIJ-score: hoog risico, 7 van de 9 factoren.
Vader drinkt naar eigen zeggen 12 blikjes per dag.
Gemeente Roosendaal bereikbaar via 14 0165.
Politie geen spoed: 0900-8844.
Juridisch Loket 0900-8020 voor advies over de scheiding.
Quetiapine 25 mg a.n.
Verzuim: 86 uur ongeoorloofd in dit schooljaar.
Rapportage ZVH versie 3.2, 14 pagina's.
Pools consulaat Den Haag: wachttijd 6 weken.
""".strip().split('\n')
