# ALLOW lines for blind set 39 (no personal data: places, institutions, event dates, roles, ages, public numbers).
PLACE = r"""
Het gezin is in 2022 van Katwijk naar Lisse verhuisd.
Vader werkt in Sassenheim, moeder in Hillegom.
De kinderen gaan in Warmond naar school.
Op het strand van Noordwijk is de jongen door de politie aangetroffen.
Vader logeert bij familie in Voorhout.
Moeder wil terug naar Rijnsburg, waar haar netwerk woont.
Oma woont in Valkenburg (ZH), vlak bij de kinderen.
Incident vond plaats op de kermis in Koudekerk aan den Rijn.
Gezin woont in de Merenwijk, zie ook de melding uit de Stevenshof.
De jongen hangt rond bij het winkelcentrum in De Kooi.
VERBLIJFPLAATS: LEIDEN-NOORD
Vader is uitgeweken naar Alphen aan den Rijn.
De moeder komt uit Praia, Kaapverdië.
Familie van vader woont in Asmara en in Keren.
Het gezin komt oorspronkelijk uit Nador; de grootouders wonen in Al Hoceima.
Moeder groeide op in Konya en kwam op haar 19e naar Leiden.
Vader pendelt tussen Noordwijkerhout en Opole.
De Poolse arbeiders zijn gehuisvest op een bollenbedrijf bij De Zilk.
Vader komt uit Mashhad, moeder uit Shiraz.
Gevlucht via Herat en Istanbul, in 2021 aangemeld in Budel en daarna in Oegstgeest geplaatst.
Tante woont in Roelofarendsveen (gemeente Kaag en Braassem).
Moeder is met de kinderen naar haar zus in Leimuiden gegaan.
Het schooltje in Rijpwetering heeft het verzuim gemeld.
De oudste werkt op een tuinderij in Hoogmade.
Gezin woont in Zoeterwoude-Dorp, de jongste speelt veel bij de buren.
Vader heeft een stacaravan op een camping bij Wassenaar.
De oom woont in Voorschoten en is bereid te helpen.
woonachtig te Teylingen, kern Sassenheim
Jeugdige sliep twee nachten bij een vriend in Lisserbroek.
familie in Hazerswoude-Rijndijk
Moeder wil verhuizen naar Boskoop om dichter bij haar moeder te zitten.
De jongen is opgepakt in Benthuizen na een inbraak in een schuur.
Vader vertrok zonder te zeggen waarheen; vermoedelijk Kraków of Białystok.
Oudste zoon verblijft in Jalalabad bij familie van vader.
De familie bezoekt elke zomer Mindelo.
Oma kwam over uit Kayseri voor de bevalling.
Het incident was in de trein tussen Leiden Centraal en Den Haag Centraal.
Kinderen logeren in de vakanties in Katwijk aan Zee bij de oom.
Op de Kaag is de boot van vader in beslag genomen.
Oud Ade en Nieuwe Wetering vallen onder dezelfde wijkagent.
Het gezin woont in Katwijk aan den Rijn, vlak bij de Oude Rijn.
Noordwijk-Binnen, oude dorpskern
De jongen fietst elke dag van Vogelenzang naar school in Hillegom.
Moeder werkte eerder in Bennebroek en Heemstede.
zus woont in Woubrugge
Vader doet seizoenswerk rond Lisse en slaapt in Nieuw-Vennep.
Het gezin wordt in Zwammerdam opgevangen door een kerkelijke gemeente.
Eerder gewoond in Aarlanderveen en in Nieuwkoop.
Jeugdige is weggelopen richting Haarlem.
Het gezin is in Slaaghwijk komen wonen na de uitzetting.
"""

INSTITUTION = r"""
Jeugdige is op de SEH van het LUMC gezien.
De baby lag een week in het Alrijne Ziekenhuis Leiderdorp.
Aanmelding bij Curium-LUMC voor diagnostiek loopt.
Moeder is in behandeling bij Rivierduinen in Leiden.
Cardea biedt ambulante gezinsbegeleiding.
Jeugdbescherming west voert de OTS uit.
Veilig Thuis Hollands Midden heeft de melding aangenomen.
Portaal heeft een huisuitzetting aangekondigd.
Ook Ons Doel (woningcorporatie) heeft signalen van overlast doorgegeven.
De Sleutels doet de behandeling van moeders eetstoornis.
Stek Jeugdhulp heeft een plek op de crisisgroep.
Kwadraad doet het schuldhulptraject.
Vader is aangemeld bij Brijder voor zijn alcoholgebruik.
Casus is besproken in het Zorg- en Veiligheidshuis Hollands Midden.
De GGD Hollands Midden (JGZ) ziet het jongste kind op het consultatiebureau.
Politie basisteam Leiden-Noord heeft de zorgmelding gedaan.
Zitting bij de Rechtbank Den Haag, locatie Prinsenhof.
Raad voor de Kinderbescherming, vestiging Leiden, doet het raadsonderzoek.
De jongen zit op het Visser 't Hooft Lyceum.
Dochter zit op het Pieter Groen in Katwijk.
De oudste gaat naar het Fioretti College in Lisse.
jongste zit op het Teylingen College, locatie Leeuwenhorst
Leerplicht heeft contact gehad met het Andreas College in Katwijk.
Zoon zit op het Rijnlands Lyceum Oegstgeest, 4 havo.
Het meisje zit op het Ashram College in Alphen.
De tweeling gaat naar basisschool De Regenboog.
Moeder is lid van de Marokkaanse moskee in Leiden-Noord.
Het gezin gaat elke zondag naar de Eritrees-orthodoxe kerk in Den Haag.
De oudste voetbalt bij Quick Boys.
Jongste zit op judo bij Sportschool Kenamju.
De vader werkt bij Royal FloraHolland in Rijnsburg.
Sinds oktober bij Ipse de Bruggen in logeeropvang.
Het kind gaat naar de kinderopvang van Kinderopvang Morgen.
Er is een aanvraag gedaan bij het Leger des Heils, Jeugdbescherming & Reclassering.
Reclassering Nederland houdt toezicht op vader.
Vader zit in PI Alphen aan den Rijn (Huis van Bewaring).
Gemeente Teylingen, Team Jeugd, heeft een maatwerkvoorziening toegekend.
Het Sociaal Team Katwijk doet de casusregie.
Jeugd- en gezinsteam Leiden (JGT) heeft de zaak overgenomen.
Moeder zit met de kinderen in de vrouwenopvang van Blijf Groep.
Aanmelding Jeugdzorg Plus bij De Vijverberg is afgewezen.
Het meisje is opgenomen op de kliniek van Curium in Oegstgeest.
De Hoop ggz heeft een intake gedaan voor vader.
Jongste gaat naar het orthopedagogisch dagcentrum van Gemiva-SVG.
Schuldhulp loopt via de Protestantse Diaconie Leiden en SchuldHulpMaatje.
het Emma Kinderziekenhuis (Amsterdam UMC) heeft de second opinion gedaan
Huisartsenpraktijk Rijnsburg meldde groeiachterstand.
Veilig Thuis heeft contact gehad met Stichting Mooi (meidengroep) in Leiden.
Politiebureau Langegracht heeft de aangifte opgenomen.
Moeder volgt taallessen bij het ROC Leiden, locatie Lammenschans.
"""

EVENT_DATE = r"""
Op 14-10-2026 omstreeks 23:40 uur werd de politie gealarmeerd.
Incident op vrijdag 23 oktober 2026, rond 02.15 uur.
ZSM-overleg van 27-10-2026: OM legt een gebiedsverbod op.
Huisverbod opgelegd op 2026-11-03 voor tien dagen.
De baby is op 17-11-2026 gezien op het consultatiebureau (8 weken-contact).
Melding VT binnengekomen op 02/11/2026.
Opname Curium op 9 okt. 2026.
Laatste incident: za 31-10-'26, 21:50 uur.
Verlenging huisverbod op 13-11-2026 door de burgemeester.
Mutatie van 04-11-2026 om 19:05 uur betreft een burenruzie.
Het meisje is op 5 november door de politie thuisgebracht.
De zitting bij de kinderrechter is op 08-12-2026 om 10.30 uur.
Sinds 15-09-2026 niet meer op school geweest.
Aangifte gedaan op 28.10.2026.
Evaluatie veiligheidsplan gepland op 2026-12-15.
Op 19 oktober jl. omstreeks 16:00 uur vond een handgemeen plaats op het schoolplein.
Huisbezoek 11-11 (wk 46) samen met de wijkagent.
Moeder werd op 20-10-2026 opgenomen op de crisisdienst van Rivierduinen.
Hielprik en kraamzorg: week van 05-10-2026.
Vader is op 01-11-2026 in verzekering gesteld.
Op 3 november heeft het Zorg- en Veiligheidshuis de casus geagendeerd.
De kinderen zijn op 2026-10-30 bij oma ondergebracht.
PV opgemaakt 24-10-2026 te Katwijk.
Zwangerschapscontrole bij de verloskundige op 12-11-2026.
Heenzending verdachte op 02-11-2026 om 14:12 uur.
melding op ma 9/11 om 08.45 via de meldkamer
Netwerkberaad op dinsdag 10-11-2026, 13.00-15.00 uur.
Ramadan en Suikerfeest gaven extra spanning in huis.
Afspraak LUMC kinderarts: 18-11-2026.
Sinds Koningsdag 2026 woont vader weer in huis.
"""

PROFESSIONAL = r"""
Inbrenger: Marieke Stoop, gezinscoach, Sociaal Team Katwijk
Vaste deelnemer: Youssef Khattabi, Jeugd- en gezinsteam Leiden
Gedragsdeskundige geraadpleegd: Ja, Anouk Brouwer-Vis, orthopedagoog GZ, Cardea
De jeugdarts van de GGD Hollands Midden ziet het kind op 4 jaar.
De gezinsvoogd van Jeugdbescherming west is bij het gesprek aanwezig.
Verbalisant (wijkagent basisteam Bollenstreek) heeft het gezin bezocht.
Melder is de mentor van school.
De behandelaar van Rivierduinen adviseert een opname.
Contact gehad met de leerplichtambtenaar van Lisse.
De casusregisseur van het Zorg- en Veiligheidshuis zit het ZSM-overleg voor.
De officier van justitie heeft een contactverbod geëist.
De kinderarts van het Alrijne heeft letsel vastgesteld.
Inbrenger (naam, functie, organisatie): Thijs Dubbeldam, jeugdconsulent, gemeente Teylingen
Vaste deelnemer: Esra Karaca, Veilig Thuis Hollands Midden
De raadsonderzoeker van de RvdK neemt contact op met beide ouders.
De jeugdverpleegkundige zag de baby op het consultatiebureau.
Gedragswetenschapper geraadpleegd: Ja, dr. Laura Vermeulen-Ho, GZ-psycholoog, Curium-LUMC
De schuldhulpverlener van Kwadraad is bereikbaar via de organisatie.
De huismeester van Portaal heeft overlast gemeld.
INBRENGER: FRANS VAN LEEUWEN, JEUGDBESCHERMER, JEUGDBESCHERMING WEST
De verloskundige meldde zorgen na de 30-wekencontrole.
De reclasseringswerker van Brijder begeleidt vader.
De intern begeleider van de basisschool is gesproken.
Het SHG-team van de GGD is ingeschakeld.
De ambulant hulpverlener van Stek Jeugdhulp komt twee keer per week.
Vaste deelnemer: Hanneke Zuijderduijn, Toegang Alphen aan den Rijn
De psychiater van De Sleutels heeft de medicatie aangepast.
De kraamverzorgster heeft haar zorgen met de verloskundige gedeeld.
Gesproken met de wijkagent van Katwijk-Noord.
Tolk Tigrinya via de tolkentelefoon ingezet.
"""

AGE = r"""
Jeugdige is 14 jaar en weigert naar school te gaan.
De jongste is 3 en zit nog thuis.
Betrokkene (16) werd aangehouden na een straatroof.
Moeder is 24, vader 31.
De tweeling is 7 jaar.
Baby van 6 weken, voldragen.
Het meisje (12) zorgt voor haar drie jongere broertjes.
VERDACHTE, 19 JAAR, RELATIE TOT BETROKKENE: EX-VRIEND
Oudste is 17 en bijna meerderjarig.
Broertje van 9 maanden heeft een ontwikkelingsachterstand.
De jongen was 11 toen het eerste incident plaatsvond.
Kinderen van 4, 8 en 13 jaar.
Jeugdige is nu 15 jaar en 3 maanden.
Oma is 78 en kan niet meer voor de kinderen zorgen.
De jongen van 10 wil niet meer naar vader.
Meisje, 13 jr., heeft zich gesneden.
Stiefvader is twintig jaar ouder dan moeder.
D. (2011), nu 15, wil zelf bij het VHT-gesprek zijn.
Halfzus is 22 en woont op zichzelf.
Op haar vijfde is ze met moeder uit Eritrea gevlucht.
"""

ORG_NUMBER = r"""
Bij acuut gevaar direct 112 bellen.
Politie geen spoed: 0900-8844.
Veilig Thuis is 24/7 bereikbaar via 0800-2000.
VHT-nummer: VHT-2026-0093.
Vervolg op VHT-2025-0187.
Methylfenidaat 3 dd 10 mg, sinds september.
Moeder gebruikt sertraline 50 mg.
ARIJ-score bij aanvang: 7 van de 10 risicofactoren aanwezig.
Veiligheidsscore inbrenger 3, moeder 6.
Schuld van ruim 14.000 euro bij diverse schuldeisers.
Kindertelefoon 0800-0432 is met de jongen besproken.
Huisverbod voor 10 dagen, verlengd tot 28 dagen.
KvK van de zorgaanbieder: 41165483.
AGB-code zorgaanbieder: 73732109
Zelfmoordpreventie: 113 of 0800-0113.
Lijn 43 van Arriva stopt voor de deur van de school.
2 keer per week ambulante hulp, 4 uur per keer.
SDQ totaalscore 22 (verhoogd).
Politie wijkteam: 0900-8844, vraag naar de wijkagent Katwijk.
Gemeente Leiden algemeen: 14 071.
"""
