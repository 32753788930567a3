# ALLOW lines for blind45 (no personal data).
PLACE = r"""
Mdr is met de kinderen verhuisd van Overvecht naar Zuilen.
vrd verblijft sinds de aanhouding bij familie in Lunetten
Het gezin woonde eerder in Hoograven, daarna Kanaleneiland.
De oudste zit op een college in Tuindorp.
Oma woont in Wittevrouwen, vlak bij het park.
Vader heeft een kamer in Lombok gevonden.
Incident vond plaats op het winkelplein in Ondiep.
De kinderen spelen vaak in de Vechtzoom.
Nieuwbouwwoning in Galecop, Nieuwegein.
Tante woont in Leidsche Rijn, wijk Terwijde.
Mdr is opgegroeid in Al Hoceima en later in Berkane.
vrd komt uit Konya, familie woont in Kayseri en Ankara
Het gezin is in 2017 vanuit Mogadishu via Ethiopië naar NL gekomen.
Vader is geboren in Herat en woonde jaren in Mashhad.
Familie van mdr woont nog in Mosul en Erbil.
Weekend bij opa in IJsselstein, doordeweeks in Houten.
School in Zeist, sport in De Bilt.
mdr werkt in Maarssen, vrd in Breukelen
Ze hebben een volkstuin in Vleuten.
De Meern is de nieuwe woonplaats van de pleegouders.
Logeeradres tijdelijk in Bunnik.
Vader is uitgeweken naar Vianen, over de Lek.
Oma en opa wonen in Lopik, op een boerderij.
De kinderen gaan in Montfoort naar de zwemles.
Jeugdige verblijft in een crisisplek in Doorn.
Vrd heeft familie in Culemborg en Tiel.
OVERLAST IN DE WIJK KANALENEILAND-NOORD, OMG. WINKELCENTRUM.
Zoon hangt veel rond bij station Zuilen.
Mdr wil terug naar Amersfoort, daar heeft ze netwerk.
De familie komt uit Nador, maar woont al 30 jaar in Utrecht-Overvecht.
Gezin staat ingeschreven in de gemeente Stichtse Vecht.
Vakantie in Turkije (Antalya) is geannuleerd.
Dochter liep weg naar Rotterdam-Zuid.
De vriendengroep van zn zit in Transwijk en Rivierenwijk.
Aanhouding op de Uithof (Utrecht Science Park).
Kinderen logeren soms in Wijk bij Duurstede.
Vader werkt in de haven van Amsterdam, komt alleen in het weekend naar Houten.
De broer van vrd woont in Brussel (Molenbeek).
Familiebezoek in Hargeisa, Somaliland, in de zomer.
mdr heeft een zus in Kaboel en een broer in Hamburg
Tolk Koerdisch (Sorani) via Utrecht geregeld, familie komt uit Sulaymaniyah.
Jeugdige gaat naar de voetbal in Oog in Al.
Woning in Rijnsweerd, dicht bij het Kromme Rijnpark.
het gezin komt oorspronkelijk uit Elst (Utr)
Ze woonden kort in Baarn en Soest.
Kerstvakantie bij familie in Rhenen en Veenendaal.
Oudste zoon zit in een gesloten groep in Harreveld.
Oma is teruggegaan naar Oujda.
Vakantie bij familie in Emirdağ, veel gezinnen uit Zuilen komen daarvandaan.
Mdr heeft contacten in Hoge Weide en Vleuterweide.
""".strip().split('\n')

INSTITUTION = r"""
Baby ligt op de NICU van het Wilhelmina Kinderziekenhuis.
Consult bij de SEH van het Antonius Ziekenhuis Nieuwegein.
Mdr is opgenomen in het Diakonessenhuis Zeist.
Jeugdige is aangemeld bij Altrecht (jeugd), wachttijd 14 weken.
Lucertis heeft een intake gedaan met zn.
Youké biedt ambulante gezinsbegeleiding.
Samen Veilig Midden-Nederland heeft de casus overgenomen.
Melding gedaan bij Veilig Thuis Utrecht.
Buurtteam Overvecht coördineert de hulp.
Mitros heeft een brief gestuurd over de huurachterstand.
Portaal dreigt met ontruiming.
Bo-Ex heeft een urgentieverklaring afgewezen.
Politie team Overvecht heeft de zorgmelding opgemaakt.
Raad voor de Kinderbescherming Utrecht start een onderzoek.
Oncologie-behandeling broertje in het Prinses Máxima Centrum.
Jeugdige zit op het Karel Doorman (vmbo).
Vader bidt in de Ulu Camii in Lombok.
Mdr gaat naar de Marokkaanse moskee Al Fath.
Hulp via het Leger des Heils Utrecht (ambulant).
De Tussenvoorziening heeft een plek in de nachtopvang.
Dochter krijgt traumabehandeling bij Fier.
Oudste zit op het Christelijk Gymnasium Utrecht.
Kinderen zitten op basisschool De Boog in Overvecht.
Sportclub: VV Kampong, hockey.
Afspraak bij de huisartsenpost in het Antonius.
Crisisdienst Altrecht heeft beoordeeld en niet opgenomen.
Jeugdige is aangemeld bij Reinaerde vanwege LVB.
Buurtteam Jeugd en Gezin Zuilen is betrokken.
De gemeente Nieuwegein (Team Jeugd) betaalt de pleegzorg.
Zoon zit op het Cals College Nieuwegein.
Moeder kreeg hulp van Moviera (vrouwenopvang).
Stichting Timon doet de pleegzorgbegeleiding.
De William Schrikker Stichting voert de OTS uit.
Wijkteam IJsselstein en Lekstede College zijn in overleg.
St. Bonifatiuscollege meldt verzuim.
Afspraak bij het UMC Utrecht, polikliniek kindergeneeskunde.
Mdr kreeg steun van Al Amal, stichting voor Marokkaanse vrouwen.
Opvoedondersteuning via Stichting Vluchtelingenwerk Midden-Nederland.
De Koningin Wilhelminaschool (Vianen) heeft zorgen gemeld.
Jeugdige traint bij Elinkwijk.
Verslavingszorg door Victas/Centrum Maliebaan.
Mdr bezoekt de Turkse moskee Mevlana in Kanaleneiland.
Kinderopvang Ludens, locatie Leidsche Rijn, meldt blauwe plekken.
Aangifte opgenomen door bureau Paardenveld.
Het OM Midden-Nederland heeft de zaak geseponeerd.
Rechtbank Midden-Nederland heeft de OTS uitgesproken.
Zn zit in JJI Den Hey-Acker in Teteringen.
Zus zit op het Sint-Gregorius College.
JGZ Utrecht (consultatiebureau Vechtsebanen) volgt de baby.
Het Ronald McDonald Huis Utrecht biedt mdr een slaapplek tijdens de opname.
""".strip().split('\n')

EVENT_DATE = r"""
Incident op 14-03-2026 om 22.40 uur, melding door buren.
Aanhouding vrd op 12-07-2026 in de woning.
Gesprek met mdr op 2026-11-27 in het buurtteamkantoor.
Opname zn op 03-09-2026 in het WKZ na val van de trap.
Zorgmelding politie d.d. 17/02/2026.
Op 2 januari 2026 is de baby op het consultatiebureau gezien.
ZSM-zitting op 22.08.2026 te Utrecht.
Huisbezoek 5 mei '26, samen met de wijkagent.
Beschikking ondertoezichtstelling d.d. 20260418.
| Datum melding | 09-10-2026 |
Mdr is op 7-4-2026 naar de vrouwenopvang gegaan.
Eerste huisverbod 1 okt. 2025, verlengd tot 29 okt. 2025.
Op 30 sept 2026 schorste school zn voor 3 dagen.
Crisisplaatsing van 11-12-2025 tot 8-1-2026.
Baby is op 28-02-2026 voor de hielprik gezien.
Vervolgafspraak op 14-feb-2027 om 10.00 uur.
Rechtszitting 19/11/2026, kinderrechter Utrecht.
Op 23 maart 2026 is het VT-onderzoek afgerond.
MUTATIE 04.01.2026 02.35 UUR.
Ramadan (maart 2026) was onrustig thuis.
Wk 46: gesprek met school, wk 48: VHT.
Op tweede kerstdag 2025 werd de politie gebeld.
Overleg met Samen Veilig op di 10-11-2026.
Baby (2026) geboren in het Antonius, eerste controle op 16-03-2026.
Met Suikerfeest is vader weer langsgekomen, tegen de afspraak in.
De vorige VHT-bespreking was op 29-09-2026.
Schorsing van 12-10-2026 t/m 16-10-2026.
Datum aangifte: 2026-10-13.
Aanhouding op Koningsdag 2026 in Lombok.
Verhuizing gepland op 1 december 2026.
""".strip().split('\n')

PROFESSIONAL = r"""
De jeugdarts van de GGD regio Utrecht heeft de groei gecontroleerd.
Gezinsvoogd van Samen Veilig Midden-Nederland is sinds oktober betrokken.
wijkagent Overvecht is op de hoogte
De verbalisant heeft de kinderen in de slaapkamer aangetroffen.
Inbrenger: Marloes Verkerk, buurtteammedewerker, Buurtteam Jeugd en Gezin Overvecht
Vaste deelnemer: Hicham Boulaich, teamleider Buurtteams Utrecht
Gedragsdeskundige geraadpleegd: Ja, Eveline Stam, orthopedagoog Youké
Inbrenger (naam, functie, organisatie): Derya Kılıç, casemanager, Veilig Thuis Utrecht
Vaste deelnemer: Pieter-Jan Hofstede, Samen Veilig Midden-Nederland
De kinderpsychiater van Altrecht heeft ADHD vastgesteld.
De raadsonderzoeker van de RvdK Utrecht sprak de kinderen op school.
De maatschappelijk werker van het WKZ heeft VT gebeld.
Huisarts van het gezin is geïnformeerd.
De IB'er van de basisschool meldt verzuim.
Zorgcoördinator van het Cals College is aanwezig bij het overleg.
Casemanager Veilig Thuis heeft de veiligheidsafspraken opgesteld.
De officier van justitie heeft een contactverbod opgelegd.
Tolk Somalisch via Global Talk.
Jeugdverpleegkundige ziet de baby elke twee weken.
Mentor en leerplichtambtenaar zijn betrokken.
Gedragswetenschapper buurtteam heeft meegelezen.
Gezinscoach van Youké komt twee keer per week.
De kinderrechter heeft een spoedmachtiging uithuisplaatsing afgegeven.
Woonconsulent van Mitros is betrokken.
De vrijwilliger van Humanitas (thuisadministratie) helpt mdr met post.
Imam van de moskee is door vrd gevraagd te bemiddelen.
Inbrenger: Sjoerd de Ruiter, jeugdbeschermer, Samen Veilig Midden-Nederland
Vaste deelnemer: Aylin Doğan, Veilig Thuis Utrecht
Gedragswetenschapper geraadpleegd: Laura Bosch, GZ-psycholoog, Buurtteams Utrecht
Reclasseringswerker van vrd heeft een enkelband geadviseerd.
""".strip().split('\n')

AGE = r"""
Zn (14 jaar) heeft de politie gebeld.
Dochter van 9 slaapt slecht.
Baby is 6 weken oud.
Mdr is 23 jaar, vrd 31.
De oudste wordt in maart 16.
jeugdige 17 jr, bijna meerderjarig
Tweeling (8) zit op dezelfde school.
Broertje, 3 jaar, gaat naar de peuterspeelzaal.
vrd is halverwege de veertig
Kinderen van 4, 7 en 11 jaar aanwezig bij incident.
Zus (19) woont op kamers.
Opa is 78 en slecht ter been.
M. (2012) is nu 14.
K. werd vorige maand 12, daarom stem van de jeugdige erbij.
Jongste is 18 maanden.
Zn is 15 jaar en zit in de 3e klas.
Pleegkind (10 jr) is in 2025 geplaatst.
Het meisje is 13 en zwanger.
Beide ouders zijn begin dertig.
S. (2010), 16 jaar, heeft een bijbaan.
""".strip().split('\n')

ORG_NUMBER = r"""
Mdr heeft het nummer van Veilig Thuis gekregen: 0800-2000.
Bij acuut gevaar 112 bellen, afgesproken met mdr.
Politie (geen spoed): 0900-8844.
Zn kent de Kindertelefoon, 0800-0432.
Gemeente Utrecht is bereikbaar via 14 030.
Bespreking eerder onder VHT-2026-0117.
Vorige casus: VHT-2025-0093 (afgesloten).
KvK Youké: 30214568.
AGB-code praktijk 94061721.
Methylfenidaat 2 dd 10 mg, voorgeschreven door Lucertis.
Vrd gebruikt 4 joints per dag en 6 blikken bier.
Score inbrenger 3, mdr 6, zn 4.
ARIJ: 4 risicofactoren aanwezig, 2 beschermende.
Art. 300 Sr (mishandeling) en art. 285 Sr (bedreiging).
Tijdelijk huisverbod van 10 dagen, verlengd naar 28 dagen.
Huurachterstand € 2.340 bij Mitros.
Schoolverzuim 64 uur sinds september.
Melding binnengekomen om 23.17 uur via meldkamer.
113 Zelfmoordpreventie (0800-0113) besproken met dochter.
Vader krijgt een taakstraf van 60 uur.
""".strip().split('\n')
