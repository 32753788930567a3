# Hand-written ALLOW lines (no personal data).
PLACE = r"""
Moeder is opgegroeid in Paramaribo en kwam in 1998 naar Zoetermeer.
Gezin woont in Seghwaert, vader sinds de scheiding in Buytenwegh.
Oma woont in Boskoop, vlak bij de kwekerijen.
Vader werkt bij een kweker in Hazerswoude-Dorp.
De kinderen gaan in het weekend naar opa en oma in Benthuizen.
tijdlijn: gezin verhuisd van Oosterheem naar Rokkeveen
Moeder: we woonden eerst in Moerkapelle, eh, toen Zevenhuizen. VT: en nu? Moeder: Dorp.
Vader komt oorspronkelijk uit Herat, Afghanistan.
Familie van moeder woont in Bagdad en Erbil.
Het restaurant zit in Bodegraven, de familie komt uit Wenzhou.
Tante woont op Curaçao (Willemstad), opa op Bonaire.
halfzus woont in Nieuwerbrug, bonusmoeder in Driebruggen
LVS | woonplaats Haastrecht | vervoer: bus naar Gouda
De jeugdige sport in Stolwijk en logeert soms in Gouderak.
Vader verhuist naar Moordrecht, dichter bij zijn werk.
Moeder heeft een caravan in Reeuwijk-Brug.
Oom vaart met een rondvaartboot bij Sluipwijk.
Stiefvader werkt in de haven van Ter Aar, eh, ik bedoel de jachthaven.
bonuspapa komt uit Rijnsaterwoude, zijn familie uit Leimuiden
De vriendengroep hangt rond bij de Meerpolder in Zevenhuizen.
Moeder gaat naar een vriendin in Aarlanderveen als het thuis te veel wordt.
Oma en opa wonen in Zwammerdam, naast de kerk.
Opvang was tijdelijk in Koudekerk aan den Rijn.
tijdlijn: vader in crisisopvang in Leiden, daarna Katwijk
Gezin woont in Kerk en Zanen, de school staat in Ridderveld.
Stiefbroer woont bij zijn moeder in Oudshoorn.
De oudste hangt veel rond in de Lage Zijde.
Moeder woont in Korte Akkeren, vader in Goverwelle.
Vriendin van moeder woont in Plaswijck, haar tante in Bloemendaal (Gouda).
De jongste logeert vaak in de Stevenshof, de oudste in de Merenwijk.
Vader werkt in Woerden en rijdt elke dag via Nieuwerbrug.
Familie vaderszijde woont in Mosul; contact via WhatsApp.
Grootouders wonen in Nickerie, Suriname.
Moeder is geboren in Rotterdam-Zuid en opgegroeid in Palenstein.
Het gezin is in 2019 uit Kabul gevlucht via Iran en Turkije.
oma woont in Meerzicht, in een seniorenflat
De jeugdige wil naar zijn vader in Almere.
Vakantie in Hongkong en Guangzhou, terug eind augustus.
Vader rijdt elke week naar Antwerpen voor zijn werk.
PLAATS: NIEUWKOOP, DEELGEMEENTE NOORDEN
Moeder zoekt een woning in Waddinxveen of Boskoop, liefst gelijkvloers.
De kinderen zijn met de tante naar Aruba geweest.
Stiefvader verblijft bij vrienden in Den Haag (Transvaal).
halfbroer woont in Hoogmade; wil naar Leiderdorp verhuizen
Oom heeft een winkel op de Haagse Markt, woont in Rijswijk (ZH).
Vader komt uit Basra; moeder uit Najaf.
De oudste wil naar een kamer in Utrecht als ze 18 is.
Het gezin kampeerde in de zomer bij Noordwijkerhout.
LVS | woonplaats: Hazerswoude-Rijndijk | fiets
Moeder was eerder opgevangen in Leiden-Noord.
"""
INSTITUTION = r"""
Jeugdige is opgenomen in het Groene Hart Ziekenhuis na een overdosis.
De baby is geboren in het LangeLand Ziekenhuis en kwam op de neonatologie.
Vader revalideert in Alrijne Leiderdorp, daarna poliklinisch.
Onderzoek naar letsel in het LUMC (Kinderarts, afdeling Willem-Alexander Kinderziekenhuis).
Aanmelding bij Curium-LUMC voor diagnostiek.
Moeder is in behandeling bij Rivierduinen, afdeling Bipolair.
Zoon krijgt ambulante hulp van Youz in Gouda.
Jeugdbescherming west heeft de OTS uitgevoerd tot 2025.
Veilig Thuis Hollands Midden heeft de melding overgedragen.
Jeugdhulp Zoetermeer (Jeugdhulp ZTM) doet de procesregie.
Sociaal Team Alphen is betrokken sinds de zomer.
Vidomes heeft een urgentieverklaring in behandeling.
De Goede Woning dreigt met ontruiming wegens huurschuld.
Woonforte onderzoekt overlastmeldingen bij de buren.
Mozaïek Wonen heeft een rolstoelwoning aangeboden.
Politie basisteam Zoetermeer heeft twee zorgmeldingen gedaan.
De oudste zit op het Oranje Nassau College, locatie Parkdreef.
LVS-export Alfrink College | afdeling havo | zorgteam
Erasmus College meldt veel verzuim bij de jongste.
Jeugdige zit op het Groene Hart Lyceum in Alphen.
Coenecoop College in Waddinxveen heeft de leerplicht ingeschakeld.
Het Ashram College heeft een zorgadviesteam ingepland.
Het Driestar College heeft een orthopedagoog betrokken.
De jongste zit op de Willem de Zwijgerschool.
Kinderen gaan naar basisschool De Regenboog in Benthuizen.
Moeder verbleef in de vrouwenopvang De Haven.
Stiefbroer zit in een groep van Horizon Jeugdzorg.
Vader krijgt begeleiding van Ipse de Bruggen.
De Kessler Stichting heeft moeder tijdelijk opgevangen.
Moeder bezoekt de moskee Al Nour in Zoetermeer, de imam is op de hoogte.
Oma gaat naar de Hindoestaanse vereniging Shri Ram Mandir.
Jeugdige voetbalt bij ARC in Alphen.
Vader werd verwezen naar Brijder Verslavingszorg.
Cliëntondersteuning via MEE Zuid-Holland Noord.
De JGZ (GGD Hollands Midden) heeft het consultatiebureau overgedragen.
Zorgmelding Raad voor de Kinderbescherming, vestiging Leiden.
Rechtbank Den Haag, locatie Gouda: zitting over het gezag.
De zaak is bekend bij Reclassering Nederland, unit Leiden.
Stichting Timon begeleidt de stiefbroer (kamertraining).
Het kind krijgt speltherapie bij Praktijk Roos.
moeder wordt begeleid door Humanitas Thuisadministratie
Mantelzorgondersteuning via Kwadraad en Steunpunt Mantelzorg Alphen.
De jeugdige gaat naar De Hoop ggz voor behandeling van verslaving.
Vader heeft contact met Vluchtelingenwerk Zuid-Holland Noord.
Het GGZ-team van Parnassia Groep doet de medicatie.
LVS | school: Christelijk Lyceum Alphen | zorgniveau 2
Fysiotherapie via Basalt revalidatie in Leiden.
De jongste zit op kinderdagverblijf Doomijn.
School: Da Vinci College Leiden, mentoraat via zorgcoördinator.
Moeder kerkt bij de Pinkstergemeente De Fontein in Zoetermeer.
"""
EVENT_DATE = r"""
tijdlijn 03-02-2026 eerste melding school
tijdlijn | 14-03-2026 | huisbezoek wijkteam
Op 27-10-2026 is vader aangehouden in Zoetermeer.
2026-05-19 intakegesprek Youz
Incident op 12 augustus 2025 in de speeltuin.
VT: wanneer was dat? Moeder: eh, op 4 september. Vorig jaar. (lacht) Nee, dit jaar.
Opname GHZ van 02/06/2026 t/m 09/06/2026
TIJDLIJN 21-11-2025 OTS UITGESPROKEN
Laatste huisbezoek: di 10 nov. 2026
Zitting kinderrechter op 15-12-2026 om 10.30 uur.
Consultatiebureau 06-10-2026: baby weegt te weinig.
LVS | 18-09-2026 | gesprek ouders | afwezig
Crisisplaatsing 31-12-2024, afgesloten 14-01-2025.
De ruzie op eerste kerstdag 2025 escaleerde.
tijdlijn: 3-4-2026 politie ter plaatse (ruzie over geld)
VHT-bespreking gepland op donderdag 19 november 2026.
melding Veilig Thuis d.d. 08.07.2026
Rolstoel geleverd op 1 maart 2026 na lange wachttijd.
Verhuizing halfzus gepland per 01-01-2027.
tijdlijn 20260915 schorsing 2 dagen
Op 13-06-2026 is moeder met de kinderen naar de opvang gegaan.
Vader is op 22-02-2026 uit detentie gekomen.
Huisbezoek 17/11/26 met gezinsvoogd.
Offerfeest (Eid al-Adha) 2026: familie kwam over.
Diwali 2025 was de laatste keer dat opa er was.
Ramadan 2026 valt deels in februari; vader vast.
Verzuimgesprek wk 47 gepland.
tijdlijn 06-05-2026 eerste gesprek met de stiefbroer
Bespreking zorgteam Erasmus College 29-09-2026
Rijbewijs vader ingenomen op 5-7-2026 na ongeval.
"""
PROFESSIONAL = r"""
Inbrenger: Marloes Verbeek, jeugdconsulent, Jeugdhulp Zoetermeer
Vaste deelnemer: Hüseyin Aksoy, Sociaal Team Alphen
Gedragsdeskundige geraadpleegd: ja, Rianne Brouwer (orthopedagoog Youz), 12-11-2026
Inbrenger: Kishan Ramlal, gezinsvoogd, Jeugdbescherming west
Vaste deelnemer: Femke de Ridder, Veilig Thuis Hollands Midden
De jeugdarts van de GGD heeft de baby gezien.
Gezinsvoogd van Jeugdbescherming west is sinds mei betrokken.
De mentor van het Alfrink College belde met zorgen.
VT: u spreekt met een medewerker van Veilig Thuis. Moeder: ja.
De wijkagent van basisteam Zoetermeer heeft een huisbezoek gedaan.
De huisarts schreef een verwijzing naar Rivierduinen.
De kinderarts van het LUMC sluit een medische oorzaak uit.
Zorgcoördinator Coenecoop meldt verzuim.
De casemanager van Vidomes is op de hoogte.
Een tolk Dari was aanwezig bij het gesprek.
De ergotherapeut heeft de woning bekeken voor de rolstoel.
De mantelzorgconsulent van Kwadraad spreekt de jeugdige wekelijks.
De leerplichtambtenaar van Gouda heeft een proces-verbaal opgemaakt.
Psychiater Rivierduinen stelt medicatie bij.
De jeugdverpleegkundige heeft het consultatiebureaubezoek gedaan.
Ambulant hulpverlener Youz doet wekelijks huisbezoek.
De orthopedagoog van Curium-LUMC doet diagnostiek.
Raadsonderzoeker van de RvdK neemt contact op.
De voorzitter van het VHT adviseert een interventiegesprek.
Gedragswetenschapper geraadpleegd: ja, Jolanda Sarmo, GZ-psycholoog Jeugdhulp Zoetermeer
Inbrenger (naam, functie, organisatie): Wouter van Dam, casemanager, Sociaal Team Alphen
Vaste deelnemer: Nasrin Hosseini, Jeugdhulp Zoetermeer
De IB'er van De Regenboog en de intern begeleider van de nieuwe school overleggen.
Het Sociaal Team (jeugdconsulent) heeft de regie.
LVS | mentor: 2B-mentor | ZAT: ja | SMW betrokken
"""
AGE = r"""
De jeugdige is 14 jaar en zorgt voor haar vader in de rolstoel.
Stiefbroer is 17, halfzus 9.
Moeder: hij is nu vijftien, bijna zestien. VT: oké.
LVS | leeftijd 13 | leerjaar 1
De baby is 7 weken oud.
Oma is 82 en slecht ter been.
Jongste kind (4) gaat naar de peuteropvang.
Vader is 46, moeder 39.
Jeugdige wordt over drie maanden 18.
K. (2012) is 14, de tweeling (2019) wordt 7.
De oudste was 11 toen het gezin naar Nederland kwam.
De jongen werkt sinds zijn twaalfde in de keuken.
Halfbroer van 19 woont op kamers.
JEUGDIGE 16 JAAR, MANTELZORGER
Bonuspapa is 28 jaar, tien jaar jonger dan moeder.
tijdlijn: jeugdige 12 jaar bij eerste melding
De kinderen zijn 3, 6 en 10 jaar.
Vader was 17 toen hij vader werd.
Meisje van 15 met een vriend van 21.
Moeder (1990) is 36.
"""
ORG_NUMBER = r"""
Veilig Thuis is 24/7 bereikbaar op 0800-2000.
Bij acuut gevaar: bel 112.
Kindertelefoon 0800-0432 gegeven aan de jeugdige.
113 Zelfmoordpreventie: 0800-0113.
VHT-2026-0187 is de vervolgbespreking van VHT-2026-0093.
KvK Jeugdhulp-aanbieder: 27141823
AGB-code praktijk: 94066125
Medicatie: methylfenidaat 3 dd 10 mg.
Veiligheidsscore: inbrenger 3, moeder 6, jeugdige 2.
Schuld bij Vidomes: € 3.412,50.
Gemeente Zoetermeer: 14 079.
Politie, geen spoed: 0900-8844.
LVS | verzuim 46 uur | 12 keer te laat
Verwijzing via het VHT onder VHT-2026-0211, zie verslag week 46.
Juridisch Loket 0900-8020 voor de ouders.
Zorgtoeslag: € 128 per maand.
Gemeente Alphen aan den Rijn: 14 0172, werkdagen 9-17 uur.
Diazepam 5 mg zo nodig, max 2 per dag.
CBS wijkcijfer: 8,4% jeugdwerkloosheid in Palenstein.
Wachtlijst Curium: 14 weken.
"""
