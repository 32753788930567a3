PLACE = """
Het gezin verhuisde van de Bijlmer naar Almere Poort.
Vader werkt in de visserij op Urk.
Oma woont in Ens, vlak bij de kerk.
Moeder en kinderen zijn tijdelijk in Nagele ondergebracht.
J. fietst elke dag van Marknesse naar Emmeloord.
Tante woont in Kraggenburg.
Opa komt uit Rutten en wil niet verhuizen.
Vader heeft werk gevonden in Bant.
De familie van moeder woont in Creil en Espel.
In Tollebeek is een vaste opvangplek bij een kennis.
Broer werkt op een kwekerij in Luttelgeest.
Vakantie is doorgebracht in Swifterbant bij de camping.
Het incident gebeurde op het festivalterrein bij Biddinghuizen.
Zeewolde is de plek waar vader nu verblijft.
moeder wil terug naar Dronten
ALMERE HAVEN – ZORGMELDING NA BURENRUZIE
Gezin woont in Almere Hout, vrij geïsoleerd.
J. hangt veel rond in Almere Buiten bij het station.
De jongeren in Muziekwijk zijn bekend bij de wijkagent.
Filmwijk en Stedenwijk worden genoemd als plekken waar J. drugs haalt.
In Danswijk is een jongerencentrum waar J. soms komt.
Literatuurwijk, aan de rand van Almere Stad, is de nieuwe woonplek.
De Regenboogbuurt heeft een speeltuin waar de kinderen spelen.
Gezin heeft eerder in de Kruidenwijk gewoond.
In de Waterwijk van Almere zijn twee incidenten geweest.
Tussen de Vaarten is een nieuwe wijk; moeder kent daar niemand.
Almere Pampus is nog in aanbouw; vader werkt daar op de bouw.
Lelystad Atolwijk: eerder een zorgmelding.
Boswijk en Zuiderzeewijk in Lelystad zijn de wijken waar de familie woont.
De Kustwijk in Lelystad ligt dicht bij de dijk.
Waterwijk (Lelystad) is waar J. op de basisschool zat.
Vader komt uit Kumasi in Ghana.
Moeder is opgegroeid in Lagos en later in Enugu.
De familie komt oorspronkelijk van Santiago en Fogo (Kaapverdië).
Opa woont nog op Curaçao, in Willemstad.
Tante woont in Paramaribo, oom in Nickerie.
J. kwam via Libië en Italië naar Ter Apel.
Familie van vader woont in Asmara.
Vader rijdt vaak naar Poznań en Wrocław.
Moeder heeft een zus in Gdańsk.
De Bijlmer, Ganzenhoef en Kraaiennest waren de plekken waar het gezin eerder woonde.
Vader woont in Amsterdam Zuidoost.
Het gezin vierde vakantie in Aruba en Bonaire.
Zij zijn naar Hoorn en Enkhuizen verhuisd na de scheiding.
Oom woont in Harderwijk en werkt in Ermelo.
moeder gaat naar de markt in Almere Stad, bij het Stadhuisplein
Opa woont op Schokland, vroeger een eiland.
Oudste broer werkt in de haven van IJmuiden.
De familie heeft ook banden met Kampen en Genemuiden.
Flevoland, Noord-Holland en Overijssel zijn de provincies waar de familie verspreid woont.
"""
INSTITUTION = """
J. zit op het Helen Parkhurst in Almere Stad.
Broertje gaat naar Echnaton.
Oostvaarders College heeft het verzuim gemeld bij leerplicht.
J. volgt de opleiding op het Arte College.
Baken Park Lyceum heeft een schorsing van twee dagen opgelegd.
De school Nieuwe Stad heeft een zorgadviesteam ingeschakeld.
Aeres in Dronten overweegt een overstap naar mbo.
Emelwerda College in Emmeloord meldt veel verzuim.
Zuyderzee Lyceum heeft contact gehad met moeder.
Baby opgenomen in het Flevoziekenhuis na val.
Moeder bevallen in St Jansdal Lelystad.
GGZ Centraal heeft een crisisbeoordeling gedaan.
Triade Vitree biedt ambulante gezinsbehandeling.
William Schrikker Stichting voert de OTS uit.
Jeugdbescherming regio Amsterdam heeft de zaak overgedragen.
Veilig Thuis Flevoland heeft de melding in onderzoek.
De Schoor is betrokken voor schuldhulp.
Wijkteam Almere (De Schoor) heeft de regie.
Sociaal Wijkteam Lelystad heeft een eerste gesprek gevoerd.
Ymere dreigt met ontruiming vanwege achterstand.
De Alliantie heeft een melding van woonoverlast ontvangen.
Centrada biedt een andere woning aan in Lelystad.
Goede Stede heeft de woning gecontroleerd.
Politie basisteam Almere-Stad heeft een zorgmelding gemaakt.
Het basisteam Lelystad heeft vader aangehouden.
De Zonnewijzer is de basisschool van de jongste.
Het Baken is de school voor speciaal onderwijs.
De kinderen gaan naar de kerk van de Hersteld Hervormde Gemeente op Urk.
De Oudgereformeerde Gemeente op Urk biedt steun aan moeder.
Vader gaat naar de moskee Ulu Camii in Almere.
De Ghanese kerk Church of Pentecost in Almere is het netwerk van moeder.
Redeemed Christian Church of God in Amsterdam Zuidoost speelt een rol.
Nidos is de voogdij-instelling voor J.
COA heeft J. overgeplaatst naar de locatie in Almere.
Vluchtelingenwerk helpt bij de gezinshereniging.
Stichting Leger des Heils biedt een opvangplek in Lelystad.
Raad voor de Kinderbescherming heeft een onderzoek gestart.
Rechtbank Midden-Nederland heeft de OTS uitgesproken.
Kinderopvang Kids First in Almere Buiten meldt zorgen.
Voetbalclub Almere City FC biedt een plek in het jeugdteam.
FC Urk en SV Urk zijn de clubs waar de broers voetballen.
De Kindertelefoon is besproken met J.
Jellinek Almere biedt verslavingszorg voor vader.
Tactus Verslavingszorg is in Lelystad betrokken.
GGD Flevoland heeft de jeugdarts gestuurd.
Kwintes heeft begeleid wonen voor moeder geregeld.
Amsterdam UMC heeft J. doorverwezen.
Lelystad Airport is de werkgever van vader.
MEE IJsseloevers ondersteunt moeder bij formulieren.
PI Almere houdt vader in voorarrest.
"""
EVENT_DATE = """
Op 14-10-2026 was er een huisbezoek.
Zorgmelding politie d.d. 3-11-2026.
Incident op 22/09/2026 om 23.40 uur.
Het MDO vond plaats op 2026-10-28.
J. werd op 17 september 2026 geschorst.
Opname Flevoziekenhuis 12-10-'26 t/m 15-10-'26.
Consultatiebureau: baby gezien op 04-11-2026, groei goed.
Op 1 november 2026 heeft de politie vader aangehouden.
Huisbezoek di 10 nov. 2026.
Op do 5/11 kwam de melding binnen.
Het gesprek met moeder is gepland op 24-11-2026.
MUTATIE 20261102 2315 HUISELIJK GEWELD
De schorsing liep van 9 t/m 11 november 2026.
Op 29-10-2026 was er een veiligheidsplan.
Verhoor bij de politie vond plaats op 30.10.2026.
Zitting rechtbank 2 december 2026.
De baby had op 19-10-2026 haar 8-weken-controle.
Aanhouding d.d. 26-10-2026, na incident in Almere Buiten.
Op 8 oktober 2026 is J. weggelopen.
Sinds 1 september 2026 woont J. bij oma.
Verhuizing naar Lelystad op 15-08-2026.
Vader kwam op 27/10/26 terug van een rit naar Polen.
Eerste gesprek wijkteam 2026-09-14.
Het vorige VHT-overleg was op 13-10-2026.
Op 31-10-2026 (Halloween) was er een vechtpartij.
Koningsdag 2026 was er een incident op de kermis.
Op 20 oktober 2026 kwam moeder naar het spreekuur.
In week 44 heeft de school drie keer gebeld.
Melding Veilig Thuis ontvangen op 18-9-2026.
Ontslag uit St Jansdal op 07-11-2026.
"""
PROFESSIONAL = """
De jeugdarts van de GGD Flevoland heeft J. gezien.
Gezinsvoogd van de William Schrikker Stichting is op de hoogte.
De mentor van J. op het Oostvaarders College heeft contact opgenomen.
Inbrenger: Marieke Wolters, jeugdconsulent, Wijkteam Almere (De Schoor)
Vaste deelnemer: Kofi Asamoah, Sociaal Wijkteam Lelystad
Gedragsdeskundige geraadpleegd: Chantal Sewpersad, orthopedagoog, Triade Vitree
De wijkagent van Almere Poort is op de hoogte.
De huisarts heeft vader doorverwezen naar GGZ Centraal.
De leerplichtambtenaar van Lelystad heeft een proces-verbaal opgemaakt.
De casemanager van Veilig Thuis Flevoland belt moeder volgende week.
De voogd van Nidos is aanwezig bij het gesprek.
De zorgcoördinator van Echnaton sluit aan.
De jeugdverpleegkundige heeft de baby gewogen.
Inbrenger: Sanne de Vries-Okoro, gezinsvoogd, Jeugdbescherming regio Amsterdam
Vaste deelnemer: Hendrik Bakker, Veilig Thuis Flevoland
Gedragsdeskundige geraadpleegd: Ja, Mirjam Kok (GZ-psycholoog, GGZ Centraal)
De raadsonderzoeker van de RvdK heeft beide ouders gesproken.
De schoolmaatschappelijk werker van het Baken Park Lyceum is betrokken.
De ambulant hulpverlener van Triade Vitree komt twee keer per week.
De tolk Tigrinya was telefonisch aanwezig.
De kraamverzorgende heeft de zorgen gemeld.
De woonconsulent van Centrada heeft het huis bekeken.
Inbrenger (naam, functie, organisatie): Jeroen Schipper, casemanager, Veilig Thuis Flevoland
Vaste deelnemer: Anouk Brouwer-Tavares, Wijkteam Almere
De dominee van de kerk op Urk kent het gezin.
De imam van de moskee heeft met vader gesproken.
De jongerenwerker in Almere Haven kent J. goed.
De psychiater van GGZ Centraal heeft medicatie voorgeschreven.
De reclasseringswerker van vader is op de hoogte gebracht.
Gedragswetenschapper geraadpleegd: Bas Hoekman, gedragswetenschapper Sociaal Wijkteam Lelystad
"""
AGE = """
J. is 14 jaar.
Broertje is 3 maanden oud.
Moeder was 17 toen ze zwanger werd.
J. (15) wil niet meer naar huis.
De jongste is 8 jaar en de oudste 16.
Vader is midden veertig.
De baby is 6 weken oud.
J. wordt in het voorjaar 12.
Oma is rond de 70.
J. is een jongen van 13 die veel alleen thuis is.
Halfzus (19) woont op kamers in Zwolle.
Vanaf 16 jaar mag J. zelf toestemming geven.
J. is met 10 jaar naar Nederland gekomen.
M. (2012) is 14 en zit in de tweede klas.
Twee kinderen van 4 en 7 jaar.
Sinds zijn twaalfde zit J. op de boot.
De jongen is minderjarig, naar schatting 16.
Vader is 52 en moeder 38.
Peuter van 2,5 jaar heeft blauwe plekken.
Tweeling van 9 jaar.
"""
ORG_NUMBER = """
Veilig Thuis is bereikbaar op 0800-2000.
Bij acuut gevaar altijd 112 bellen.
De Kindertelefoon: 0800-0432.
KvK-nummer Triade Vitree: 41190712.
VHT-2026-0117 is het vorige casenummer.
Methylfenidaat 2 dd 10 mg.
Veiligheidsscore inbrenger: 4 op 10.
Schuld bij Ymere ruim 3400 euro.
Politie geen spoed: 0900-8844.
Zelfmoordpreventie: 113 of 0800-0113.
AGB-code praktijk: 94012346.
Opvang 24 uur per dag, 7 dagen per week.
ARIJ-score: hoog risico.
Gemeente Almere algemeen nummer 14 036.
Gemeente Lelystad: 14 0320.
SDQ-score 21 (verhoogd).
Quetiapine 25 mg voor de nacht.
Drie keer per week ambulante hulp, 2 uur per keer.
VHT-2025-0298 (monitoring, afgesloten).
Casus verwijzing nr. VHT-2026-0204.
"""
