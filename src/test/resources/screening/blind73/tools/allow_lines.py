PLACE = """Vader werkt in een kwekerij in Well.
moeder is opgegroeid in Bergen en later verhuisd naar Arcen
De jongens fietsen elke dag van Lottum naar Horst.
OMA WOONT IN BROEKHUIZEN, VLAK BIJ HET VEER
Logeeradres: Swolgen (bij familie, niet bij vader)
J. zit op voetbal in Tienray.
Het gezin woonde tot 2024 in Meerlo, toen in Wanssum.
opa en oma van de boerderij wonen in Blitterswijck
Castenray - Leunen - Veulen: alle drie genoemd als plekken waar J. rondhangt.
Vader heeft een caravan op een camping bij Heide.
Moeder werkt in de aspergeteelt rond Baarlo.
Polish workers huisvesting in Sevenum en Grubbenvorst, gezin woont in Grubbenvorst.
De oudste zit op kamers in Hout-Blerick.
Ruzie begon op de kermis in Boekend.
Tante woont in Velden, op loopafstand.
Vader vist vaak bij Lomm, aan de Maas.
Het gezin komt uit Kaldenkirchen en woont nu in Venlo.
Grootouders wonen in Nettetal-Breyell.
Vader pendelt tussen Venlo en Boekarest.
Moeder en kinderen zijn in 2019 vanuit Asmara via Libië naar Nederland gekomen.
status verleend, gekoppeld aan gemeente Venray, woning in Oostrum
J. hangt rond bij het station van Blerick.
Incident vond plaats in Tegelen, bij de kleiputten.
Familie in Steyl, vlak bij de missiehuizen.
moeder wil terug naar Belfeld
Huisbezoek in Venlo-Zuid en daarna in Hagerhof.
Klagenhof is de buurt waar het gezin sinds 2022 woont.
Vader woont in Ysselsteyn, moeder in Merselo.
Kinderen spelen veel in Oirlo en Smakt.
Het gezin verhuist van America naar Melderslo.
Gezin woont in Hegelsom, opa in Meterik.
Ze gaan naar de kerk in Panningen; oma woont in Helden.
zomerkamp in Kessel en daarna Beringe
Egchel, Koningslust en Maasbree: drie adressen in twee jaar (plaatsen genoemd, geen straten).
Moeder komt uit Reuver, vader uit Offenbeek.
Afferden en Siebengewald liggen dicht bij de Duitse grens, J. gaat vaak naar Goch.
gezin verhuisd naar Ottersum, school in Gennep
Milsbeek en Heijen: daar wonen de tantes.
Opvang in Mook tijdens de zomervakantie.
Familie Ambon (Molukken) komt op bezoek uit Indonesië.
Vader verblijft deels in Syrië (Homs) voor zijn zieke moeder.
Roemeense familie woont in Craiova en Iași.
Oudste broer werkt in Kraków, de rest van het gezin in Venlo.
VADER WOONT IN MÖNCHENGLADBACH
De kinderen gaan in de zomer naar Polen (Podkarpacie).
Moeder werkt in Venlo-Oost bij een distributiecentrum.
Weekendje weg in Valkenburg, ging mis.
Zorgen over J. in Roermond (uitgaan).
Het incident gebeurde op de Maasboulevard, in het centrum van Venlo.
Thuis (Venray) gaat het beter dan op school.""".split('\n')

INSTITUTION = """Opname bij het Vincent van Gogh instituut in Venray.
Oma woont in zorgcentrum Sint Jozef.
Communie in de Sint-Martinuskerk, daar was de ruzie.
Overgrootvader zit in zorgcentrum Jerusalem.
Vader speelt bij Harmonie Sint Cecilia, daar voelt hij zich thuis.
Crisisopvang via Sint Franciscus, wachtlijst.
De huisartsenpost aan het Dr. Poelsplein heeft J. gezien.
Beoordeling SEH VieCuri Medisch Centrum, locatie Venlo.
VieCuri Venray: verloskunde betrokken bij de zwangerschap.
GGZ Noord- en Midden-Limburg start traject voor moeder.
Mondriaan doet het verslavingsonderzoek van vader.
Koraal (Widdonck) plaatsing besproken.
Dichterbij begeleidt de oudste zoon.
William Schrikker Jeugdbescherming voert de OTS uit.
Bureau Jeugdzorg Limburg heeft het gezin in 2021 gekend.
Veilig Thuis Limburg-Noord heeft de melding onderzocht.
JEUGDRECLASSERING LIMBURG HEEFT HET TOEZICHT
Halt Limburg heeft de afdoening afgerond.
Raad voor de Kinderbescherming Roermond doet het onderzoek.
RvdK Maastricht is betrokken geweest in 2023.
Wel.kom biedt maatschappelijk werk voor moeder.
Synthese jongerenwerk ziet J. in het buurthuis.
Woonwenz heeft een overlastdossier geopend.
Wonen Limburg biedt een andere woning aan.
Antares (Horst) ondersteunt met huisvesting.
Politie Limburg, basisteam Venlo, heeft de zorgmelding gedaan.
J. zit op Citaverde College, richting groen.
Blariacumcollege meldt verzuim van 40 uur.
Raayland College: zorgcoördinator betrokken
Valuas College heeft J. geschorst.
Dendron College biedt een rebound-plek.
Schuldhulp via de Kredietbank Limburg.
Huisarts in gezondheidscentrum Maasbree is op de hoogte.
Moeder volgt taalles bij het Gilde Opleidingen.
De kinderen gaan naar basisschool De Wingerd.
basisschool Sint Jozef in Tegelen signaleert
Moskee in Venlo-Oost steunt vader.
Eritrees-orthodoxe kerk is een belangrijk netwerk.
Vluchtelingenwerk Zuid-Nederland begeleidt de gezinshereniging.
Kinderopvang Hoera kent het jongste kind.
Jongste zit bij peuteropvang De Hoop.
VV Venlo: trainer ziet J. twee keer per week.
Scouting in Blerick is een plek van rust.
COA Venlo heeft het gezin tot 2023 gehuisvest.
Moluks Kerkgenootschap in Tegelen biedt steun.
Poolse kerkdienst in de Sint-Martinuskerk Venlo.
jeugdarts GGD Limburg-Noord volgt het gewicht
Centrum voor Jeugd en Gezin Venray heeft de groeicurve.
Xonar Limburg biedt opvang aan moeder en de kinderen.
De rechtbank Limburg heeft de OTS verlengd.""".split('\n')

EVENT_DATE = """Incident op 14-03-2026 bij het station Blerick.
Aanhouding op 07/09/2026, daarna Halt-verwijzing.
Zitting kinderrechter op 3 juni 2026.
Huisbezoek 22-12-2025, moeder was niet thuis.
Melding Veilig Thuis: 2026-05-17
Opname VieCuri van 12.02.2026 tot 16.02.2026.
Consultatiebureau: controle baby op 8 okt. 2026, gewicht goed.
Gesprek met school op 19/04/26.
Ruzie escaleerde op 1 januari 2026 (oudjaarsnacht).
Halt-gesprek gepland op 20260611.
Schorsing door school op 5-8-'26, 3 dagen.
Politie-inzet 30 maart 2026, 03:15 uur.
Verhuizing op 17 sept 2026.
De kinderen zijn op 2 februari 2026 ondergebracht bij tante.
Het laatste contact met vader was op 12 mei 2026.
Start ITB-traject: 04-11-2026.
Netwerkberaad op 28/2/2026 in Venray.
Vervolgbespreking VHT op 09-09-2026.
Op 6-10-2026 de tweede zorgmelding van de buren.
Carnaval 2026: J. was drie dagen niet thuis.
WEEK 43: DRIE KEER POLITIE AAN DE DEUR
Kinderen gehoord door RvdK op 15-06-2026.
Eerste afspraak bij Mondriaan 27 okt. 2026.
Rapportage jeugdreclassering d.d. 02-11-2026.
Baby: hielprik 10-01-2026, 4-weken-controle 06-02-2026.
Diefstal gepleegd op zaterdag 11 april 2026.
Halt-afdoening afgerond op 31-08-2026.
Terugvalmoment rond Koningsdag (27-04-2026).
Vonnis kinderrechter d.d. 14 juli 2026: OTS 12 mnd.
Overleg op di 10/11 om 9:30 in het gemeentehuis van Venlo.""".split('\n')

PROFESSIONAL = """Inbrenger: Ilse Dorssers, jeugdreclasseerder, Jeugdreclassering Limburg
Vaste deelnemer: Frank Thijssen, Toegang Venlo
Gedragsdeskundige geraadpleegd: ja, Marloes Geenen (orthopedagoog Wel.kom), 4-11-2026
Inbrenger (naam, functie, organisatie): Ramon Hendriks, gezinsvoogd, William Schrikker
Vaste deelnemer: Anke Peeters (Veilig Thuis Limburg-Noord)
De jeugdarts van de GGD heeft het kind gezien.
gezinsvoogd van William Schrikker is op de hoogte
De jeugdreclasseerder adviseert een werkstraf in plaats van Halt.
Halt-medewerker heeft het gesprek met ouders gevoerd.
wijkagent basisteam Venlo is betrokken
De tolk Pools was telefonisch aanwezig.
[vert.: beëdigd vertaler Pools-Nederlands]
Schoolmaatschappelijk werker Blariacumcollege belde.
De kinderrechter heeft de ondertoezichtstelling uitgesproken.
Raadsonderzoeker RvdK Roermond neemt contact op.
psychiater van Vincent van Gogh stelt diagnose
Casemanager Toegang Peel en Maas voert de regie.
Mentor van Raayland College merkt verandering.
Huisarts in Horst heeft de blauwe plekken gezien.
Verloskundige VieCuri is bezorgd over de zwangerschap.
jongerenwerker Synthese ziet J. wekelijks
De consulent van Vluchtelingenwerk helpt met de papieren.
Woonconsulent van Woonwenz dreigt met ontruiming.
Orthopedagoog van Dichterbij doet onderzoek.
Gedragswetenschapper geraadpleegd: Jeroen Verbeek (Toegang Venray), 2-11
Inbrenger: Noortje Kleuskens, casemanager, Toegang Horst aan de Maas
Vaste deelnemer: Martijn Houben, gemeente Beesel
Officier van justitie heeft het dossier naar Halt verwezen.
De leerplichtambtenaar van Venlo heeft een proces-verbaal overwogen.
De ambulant hulpverlener van Koraal komt twee keer per week.""".split('\n')

AGE = """J. is 15 jaar en heeft al twee Halt-afdoeningen.
Het jongste kind is 8 maanden.
Moeder (34) werkt in ploegendienst.
broertje van 9 slaapt bij oma
Vader is 41 en werkt op de Trade Port.
D. (16 jaar) mag zelf kiezen bij wie hij woont.
Op 12-jarige leeftijd eerste politiecontact.
oudste is net 18 geworden
De baby is 6 weken oud.
Leeftijd jeugdige: 14.
De tweeling is 3 jaar.
Oma is 78 en kan niet meer voor de kinderen zorgen.
J. (17) wil op zichzelf wonen.
Zusje van 11 jaar zorgt voor de kleintjes.
Stiefvader is 23, moeder 31.
vanaf zijn 13e blowt J.
kinderen 4, 7 en 10 jaar
Dochter is 19 en woont in Kraków.
Meisje van 13, zwanger.
Zoon van twaalf (groep 8).""".split('\n')

ORG_NUMBER = """Veilig Thuis is 24/7 bereikbaar via 0800-2000.
In geval van nood: 112.
Kindertelefoon 0800-0432 is met J. besproken.
Casusnummer VHT-2026-0417.
VHT-2026-0388 (vorige bespreking).
KvK Antares: {KVK}
AGB-code huisartsenpraktijk: {AGB}
Score ARIJ: 14 punten, risico hoog.
Methylfenidaat 18 mg, eenmaal daags.
Veiligheidsscore: 3 (inbrenger), 6 (moeder).
Politie geen spoed: 0900-8844.
Juridisch Loket 0900-8020 gebeld door moeder.
Gemeente Venlo: 14 077.
KvK Wel.kom: {KVK}
Halt landelijk: KvK {KVK}
AGB-code GGZ-praktijk {AGB}
Uitspraak ECLI:NL:RBLIM:2025:8812 (openbare uitspraak over het beleid).
WEEK 45, VHT-AGENDA ITEM 7
Meldcode stap 3 doorlopen.
RAAK-protocol versie 2025.""".split('\n')
