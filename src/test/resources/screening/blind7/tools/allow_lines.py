# -*- coding: utf-8 -*-
"""Hand-written ALLOW lines for blind set 7 (no personal data: places, institutions, event dates,
professionals by role or in the cover fields, ages, public/organisation numbers, amounts, dosages)."""

PLACE = r"""
Moeder is opgegroeid in Elst en woont nu met de kinderen in Zetten.
Vader verblijft doordeweeks in Wijk aan Zee voor zijn werk bij de staalfabriek.
Oma woont in Ugchelen, op tien minuten fietsen.
De jongens gaan om het weekend naar vader in Sint Pancras.
Gezin is verhuisd van Osdorp naar Zwanenburg, sindsdien geen netwerk meer.
Tante in Ewijk kan de kinderen opvangen, maar heeft zelf geen auto.
Het incident vond plaats op de kermis in Lichtenvoorde.
vader werkt in de haven van IJmuiden, vaak nachtdiensten
moeder komt oorspronkelijk uit Sliven (Bulgarije) en woont sinds 2019 in Tiel
De zorgen ontstonden na de verhuizing van Hoorn naar Zwaag.
Grootouders wonen in Dodewaard en Opheusden, beiden willen helpen.
Kind logeert soms bij een vriendinnetje in Lunteren.
Vader heeft een stacaravan op een camping bij Otterlo.
Moeders familie woont verspreid over Beesd, Rumpt en Enspijk.
Na de scheiding is vader naar Monnickendam vertrokken.
De oudste zit op kamers in Wageningen.
Vader is afkomstig uit Asmara en woont sinds 2016 in Harderwijk.
Gezin woont in een chalet op een recreatiepark bij Hoenderloo.
Logeeradres tijdens de crisis: tante in Vaassen.
Moeder wil terug naar Groesbeek, waar haar eigen moeder woont.
Opa en oma wonen in Heerde, ongeveer twintig minuten rijden.
Het gezin is deze zomer een week in Marken geweest bij kennissen.
Vader rijdt dagelijks op en neer tussen Epe en Emst.
Broer van moeder woont in Hem (gemeente Drechterland).
Moeder heeft werk gevonden in een distributiecentrum in Nieuw-Vennep.
Vader woonde eerder in Lent, nu in Malden.
In de zomervakantie gaan de kinderen naar familie in Paramaribo en Nieuw-Nickerie.
De overdracht van de kinderen gebeurt op het station van Dieren.
Moeder verblijft tijdelijk bij een kennis in Driehuis.
ouders hebben elkaar leren kennen in Tolkamer
De jongste gaat twee ochtenden naar de peuteropvang in Babberich.
Oom van vaderskant woont in Kraków en wil de jongste tijdelijk opnemen.
moeder rijdt 's nachts rondjes door Purmerend als het thuis escaleert
Het gezin is afkomstig uit Herat en woont sinds 2022 in Velp.
Opvang bij vrienden in Graft of in De Rijp, afhankelijk van wie er thuis is.
Vader woont op een woonboot in Loosdrecht.
Gezin woont in Steenbergen, oma woont in Dinteloord.
Vader trekt op met een vriendengroep uit Halsteren.
Na school fietst J. door naar zijn vader in Bosschenhoofd.
Moeder overweegt te verhuizen naar Ossendrecht of Hoogerheide.
Ruzie escaleerde bij het tankstation in Standdaarbuiten.
De jongens voetballen bij een club in Rijsbergen.
Broertje verblijft in een gezinshuis in Klarenbeek.
Vader woont in Zevenaar, vlak bij de Duitse grens.
Tante woont in Wieringerwerf, maar het contact is moeizaam.
Moeder is geboren in Mardin en opgegroeid in Beverwijk.
Familie woont in Geuzenveld, vader zit tegenwoordig in Almere.
Vader heeft zonder overleg een reis naar Kaapverdië (Sal en São Vicente) geboekt.
Oma van vaderskant woont in Tuil, opa in Deil; ze zijn gescheiden.
Vader slaapt soms in zijn auto op een parkeerplaats bij Kootwijk.
""".strip('\n').split('\n')

INSTITUTION = r"""
Moeder is in behandeling bij Pro Persona in Wolfheze.
Vader volgt een ambulant traject bij Tactus Verslavingszorg in Zutphen.
Aanmelding bij Brijder Verslavingszorg loopt, wachttijd zes weken.
A. staat op de wachtlijst bij Levvel voor traumabehandeling (EMDR).
De baby heeft na de geboorte tien dagen op de neonatologie van Rijnstate gelegen.
moeder is 3 dagen opgenomen geweest op de PAAZ van het Dijklander Ziekenhuis
J. zit op het Thomas a Kempis College in Arnhem; de mentor is betrokken.
S. zit in groep 5 van de Prins Clausschool.
De Annie M.G. Schmidtschool heeft de zorgen ingebracht in het zorgteam.
Melding is gedaan door de SEH van het Spaarne Gasthuis.
Aanvraag gedaan bij Humanitas Thuisadministratie voor hulp bij de post.
Gezin heeft een schuldhulptraject via Plangroep.
Beschermingsbewind is aangevraagd bij de kantonrechter van de Rechtbank Gelderland.
De kinderen hebben meegedaan aan een KOPP-groep bij GGNet.
Moeder haalt haar methadon dagelijks op bij de methadonpost van Arkin in Zuidoost.
Vader is in 2024 klinisch behandeld in het Jan van Goyen Medisch Centrum.
De jongste gaat naar het medisch kinderdagverblijf van Entrea Lindenhout.
Woningcorporatie Vivare dreigt met ontruiming vanwege de huurachterstand.
Parteon heeft een laatste waarschuwing gestuurd over de overlast.
Melding bij Veilig Thuis Gelderland-Midden is gedaan door de school.
Veilig Thuis Noord-Holland Noord heeft het onderzoek afgesloten met een overdracht naar het sociaal wijkteam.
Jeugdbescherming Gelderland voert sinds maart de OTS uit.
De Jeugd&Gezinsbeschermers zijn in beeld voor de oudste uit het eerste huwelijk.
Kinderen zijn aangemeld bij Kenter Jeugdhulp in Alkmaar.
Moeder heeft volgende week een intake bij Parnassia in Castricum.
In het Emma Kinderziekenhuis is de jongste onderzocht op oude botbreuken.
De kinderafdeling van Gelre Apeldoorn heeft het Veilig Thuis-protocol gevolgd.
Sint Jansdal heeft na de bevalling contact gezocht met de JGZ.
De Viersprong in Halsteren biedt moeder een MBT-behandeling aan.
Het consultatiebureau van Yunio in Ede ziet de baby vaker dan gepland.
GGD Hollands Noorden (JGZ) is vanaf de geboorte betrokken.
Ziekenhuis Gelderse Vallei heeft een SEH-melding gedaan na de val van de trap.
C. zit in 3 havo op het Gerrit Komrij College in Winterswijk.
Hij gaat naar het Petrus Canisius College in Alkmaar, afdeling vmbo.
Verzuimmelding ontvangen van het Huygens College in Heerhugowaard.
Het Bertrand Russell College in Krommenie heeft de leerling twee dagen geschorst.
Markland College in Oudenbosch meldt structureel te laat komen.
Het Ichthus Lyceum in Driehuis biedt een aangepast rooster aan.
Sensire wijkverpleging komt twee keer per dag bij opa langs.
Omring (thuiszorg) maakt zich zorgen over de hygiëne in huis.
Kraamzorg Het Groene Kruis heeft de kraamweek met twee dagen verlengd.
Leger des Heils in Amsterdam biedt vader een plek in de nachtopvang.
Moeder zit met de kinderen in de opvang van de Blijf Groep.
Zaans Medisch Centrum, kindergeneeskunde, volgt de gewichtscurve.
Het Bravis ziekenhuis in Bergen op Zoom heeft het letsel vastgelegd.
Vader is bekend bij Novadic-Kentron, maar is sinds de zomer uit zorg.
Moeder is na de crisis overgeplaatst naar Dijk en Duin.
K. zit op het Karel de Grote College in Nijmegen.
Stichting Leergeld betaalt de schoolreis en de sportclub.
IrisZorg heeft vader aangemeld voor Beschermd Wonen in Arnhem.
""".strip('\n').split('\n')

EVENT_DATE = r"""
Huisbezoek gepland op do. 12 nov. a.s. om 9.30 uur, samen met de wijkagent.
Op 28-10-2026 is moeder door de politie naar de crisisdienst gebracht.
Zitting kinderrechter staat op 2 dec 2026 (verzoek OTS).
Netwerkberaad: maandag 16 november 2026, 10:00–11:30 uur, gemeentehuis Rucphen.
In de nacht van 31 okt. op 1 nov. is de politie twee keer langs geweest.
Laatste urinecontrole bij de verslavingszorg was negatief (d.d. 04-11-2026).
Melding VT ontvangen 2026-10-19, onderzoek gestart 2026-10-26.
Huurachterstand moet uiterlijk 27-11-2026 zijn voldaan, anders volgt een dagvaarding.
Bijlage: verslag_gesprek_20261109.docx
afspraak leerplicht vr 20/11 om 15.15 op het stadhuis
Sinds 01-09-2025 niet meer naar school geweest (thuiszitter).
Evaluatie van het veiligheidsplan staat in wk 48.
In de kerstvakantie (19 dec t/m 3 jan) gaan de kinderen naar vader.
Tijdens het Suikerfeest sloeg vader een van zijn broers in het bijzijn van de kinderen.
Op Sinterklaasavond is het thuis uit de hand gelopen.
Consult jeugd-GGZ: dinsdag 24/11/2026 om 14u.
Kraamzorg gestart 22.10.26, laatste kraamdag 30.10.26.
Moeder is op 9 oktober jl. uit de kliniek ontslagen.
Per 1 januari 2027 loopt het tijdelijke huurcontract af.
24 september j.l. melding van overlast door buren via de corporatie.
Intake verslavingszorg staat voor 3-12 (onder voorbehoud).
Laatste contact met vader was rond Pinksteren.
OTS loopt tot 14-03-2027; verzoek tot verlenging moet acht weken eerder klaar zijn.
Inbreng VHT gewenst op di 1 december, kaart is op 23/11 verstuurd.
Op 06 nov. heeft het verzuimoverleg op school plaatsgevonden.
datum HB 5-11-'26, moeder was niet thuis
Aanhouding vader op vrijdagavond 30 oktober rond 23.00 uur.
Na de herfstvakantie (wk 43) is het verzuim weer opgelopen.
Opname PAAZ van 12 t/m 19 oktober 2026.
Brief Kredietbank d.d. 2 november 2026: moratorium toegekend tot 1 mei 2027.
""".strip('\n').split('\n')

PROFESSIONAL = r"""
Inbrenger: Ellen Dijkhuizen, wijkverpleegkundige, Sensire Achterhoek
Inbrenger (naam, functie, organisatie): Rutger Hoogland, behandelaar jeugd-GGZ, Levvel
Vaste deelnemer: Nadia Boukhrissi, Toegang Bergen op Zoom
Gedragsdeskundige geraadpleegd: ja, Paul Verbeek (orthopedagoog-generalist, Toegang Zundert), 3-11-2026
Inbrenger: Gülşen Taşkın, jeugdverpleegkundige JGZ, GGD Gelderland-Zuid
Inbrenger | Thijs Wolters | leerplichtambtenaar RBL Noord-Holland Noord
Vaste deelnemer: Priya Ramkisoen, Veilig Thuis West-Brabant
Gedragswetenschapper geraadpleegd: Ja – Anke Ruijs, GZ-psycholoog, d.d. 29-10-2026
Inbrenger: Jorien Kamphuis, sociaal raadsvrouw, Rijnstad Arnhem
INBRENGER: DIRK-JAN VAN HALTEREN, WOONCONSULENT, ALWEL ROOSENDAAL
Vaste deelnemer: Erik Smulders (teamleider Toegang Steenbergen)
Inbrenger: Marleen Tijssen, kraamverzorgende, Kraamzorg Het Groene Kruis
De wijkagent van Velp-Zuid is op de hoogte van de situatie.
Huisarts heeft moeder doorverwezen naar de POH-GGZ.
De jeugdarts van het consultatiebureau ziet een groeiachterstand.
leerplichtambtenaar heeft een proces-verbaal opgemaakt tegen beide ouders
De casusregisseur van Veilig Thuis en de gezinsvoogd hebben samen een huisbezoek afgelegd.
Behandelaar verslavingszorg (GZ-psycholoog) adviseert een klinische opname.
De medisch maatschappelijk werker van het ziekenhuis heeft de melding gedaan.
Sociaal raadsman van de gemeente helpt met het aanvragen van de toeslagen.
De kraamverzorgster zag blauwe plekken op de bovenarmen van moeder.
Zorgcoördinator en IB'er van school waren bij het gesprek aanwezig.
Psychiater van het FACT-team heeft de medicatie aangepast.
Klantmanager Werk & Inkomen heeft de uitkering tijdelijk stopgezet.
De verloskundige maakt zich zorgen over drugs in huis.
Woonconsulent en wijkagent hebben samen aangebeld, er werd niet opengedaan.
Ambulant hulpverlener van Lindenhout komt drie keer per week.
Voorzitter VHT (Zi2T) vraagt om de stem van de jeugdige aan te vullen.
De reclasseringswerker van vader sluit aan bij het netwerkberaad.
Ervaringsdeskundige van de verslavingszorg gaat met moeder mee naar de NA-bijeenkomsten.
""".strip('\n').split('\n')

AGE = r"""
T. is 14 jaar en zorgt vaak voor zijn broertjes.
baby van 6 wk, moeder zelf 19 jaar
Vader (52) is aanzienlijk ouder dan moeder (24).
Kinderen van 2, 5 en 11 jaar oud.
De oudste is net 16 geworden en wil op zichzelf wonen.
Oma is 83 en kan de zorg niet meer aan.
S. (8 jr) slaapt nog elke nacht bij moeder in bed.
jongste is 18 maanden en loopt nog niet
Moeder was 15 toen ze haar eerste kind kreeg.
Vanaf zijn twaalfde gebruikt hij cannabis, inmiddels dagelijks.
De tweeling (7) zit in groep 4.
Zwanger van 32 weken; eerste controle pas bij 20 weken.
Halfbroer van 23 woont nog thuis.
K. wordt in maart 18, verlengde jeugdhulp tot 21 is besproken.
Leeftijden: M. 13, J. 10, E. 4.
Vader is midden veertig, moeder eind twintig.
Baby is 3 maanden en weegt onder het gemiddelde.
Op 10-jarige leeftijd is vader zelf uit huis geplaatst.
Het meisje is 11 jaar en 7 maanden.
Moeder (41) is zwanger van haar zesde kind.
""".strip('\n').split('\n')

ORG_NUMBER = r"""
Moeder heeft het nummer van Veilig Thuis (0800 2000) in haar telefoon gezet.
Met de oudste besproken: 113 of 0800-0113 bij gedachten aan zelfdoding.
De Luisterlijn (0900-0767) is met moeder besproken voor de nachten.
Huurachterstand bij Woonwaard: € 4.872,15 (vijf maanden).
Totale schuld circa €23.000, waarvan €6.400 bij Belastingdienst/Toeslagen.
Inkomen: Participatiewet, € 1.366 netto per maand, plus kinderbijslag en kindgebonden budget.
Medicatie moeder: quetiapine 300 mg a.n., sertraline 100 mg 1dd.
Vader gebruikt buprenorfine 16 mg per dag en dagelijks 2-3 gram cannabis.
Dexamfetamine 10 mg 2 dd, voorgeschreven door de jeugdpsychiater.
KvK-nummer bewindvoerder: 55503082
AGB-code huisartsenpraktijk: 57103937
Crisismaatregel ex artikel 7:1 Wvggz afgegeven door de burgemeester.
OTS uitgesproken op grond van artikel 1:255 BW, voor de duur van een jaar.
Wijkteam Arnhem is bereikbaar via 14 026.
Sociaal wijkteam Zaanstad: 14 075, vragen naar het gezinsteam.
Leefgeld €50 per week via de bewindvoerder, vaste lasten €1.120 p/m.
Blaastest bij aanhouding: 1,8 promille.
Terugvordering kinderopvangtoeslag: € 11.250 (hersteloperatie loopt).
Oxazepam 10 mg z.n., maximaal 3 per dag.
Vader heeft een werkstraf van 80 uur opgelegd gekregen (art. 300 Sr).
""".strip('\n').split('\n')
