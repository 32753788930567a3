# Hand-written ALLOW lines for blind set 4 (no personal data of the family).
PLACE = r"""
Vader woont sinds de scheiding in America (gemeente Horst aan de Maas).
Oma woont in Maria Hoop, vlak bij de Duitse grens.
De kinderen logeren in de vakanties in Mariaparochie bij de zus van moeder.
Gezin is in augustus verhuisd van Kloosterzande naar Sas van Gent.
Moeder werkt in de kassen in Kruiningen en Rilland.
vader verblijft in de Molukse wijk van Vaassen
school in Emmadorp, sport in Hulst, familie in Sint Jansteen
Het gezin komt oorspronkelijk uit Praia en Mindelo (Kaapverdië).
Tante woont in Beuningen (Ov), niet in Beuningen (Gld).
Vader rijdt dagelijks op en neer tussen Zonnemaire en Zierikzee.
oom woont in Mariënheem, opa in Lemele
Zomervakantie doorgebracht in Cadzand en Retranchement.
Moeder wil verhuizen naar Sint-Annaland of Stavenisse om dichter bij haar moeder te wonen.
De jongens voetballen bij de club in Wolphaartsdijk.
Grootouders wonen in Eys en Wittem.
Vader zit in de opvang in Heerlen, wijk Meezenbroek.
J. gaat naar school in Geleen en traint in Munstergeleen.
De familie van vader woont in Sint Geertruid en Cadier en Keer.
gezin woont in Laren (Gld), dus niet het Laren in Noord-Holland
Oom heeft een boerderij in Emst; de kinderen zijn daar vaak.
Moeder is opgegroeid in Wilp en Twello.
Vader woont bij zijn broer in Ugchelen.
Gezin is afkomstig uit Erbil en Duhok (Koerdistan, Irak).
Moeder is vanuit Győr naar Nederland gekomen voor werk in de vleesindustrie.
Het gezin woonde eerst in Kumasi, daarna in Accra.
Oma woont in Lagos en komt eens per jaar over.
Vader is geboren in Da Nang en opgegroeid in Rotterdam.
Tante woont in Porto, oom in Coimbra.
Moeder komt uit Belo Horizonte; de kinderen zijn in Nijmegen geboren.
De kinderen verblijven tijdelijk bij de grootouders in Ambon.
Moeder en kinderen zitten in de opvang in Apeldoorn, vader woont in Lochem.
Verhuizing van Vroomshoop naar Daarlerveen staat gepland voor januari.
vader werkt in Genemuiden en woont in Hasselt (Ov)
De opa van moederskant woont in Mander, gemeente Tubbergen.
het gezin verblijft op het woonwagenterrein in Tegelen
Contact met de familie in Koningslust en Grashoek is goed.
Moeder werkt als schoonmaakster in Eijsden en Mesch.
R. loopt vaak weg naar Blerick, waar vrienden wonen.
Vader is tijdelijk in Zaltbommel bij een vriend ondergebracht.
de kinderen gaan om het weekend naar vader in Kesteren
Oma heeft een huisje in Hoenderloo.
Vader en stiefmoeder wonen in Beek-Ubbergen.
Vakantie bij familie in Teheran en Shiraz is afgeblazen.
De broer van moeder woont in Mook, vlak bij Plasmolen.
Moeder wil terug naar haar familie in Tholen.
opa en oma wonen in 's-Heer Arendskerke en zijn 80+
Vader werkt op de haven in Vlissingen-Oost en Sloegebied.
Moeders vriendin in Ellewoutsdijk biedt een logeeradres.
Het gezin is in 2023 vanuit Ho Chi Minhstad naar Arnhem gekomen.
Zus studeert in Wageningen en woont in Bennekom.
"""

INSTITUTION = r"""
Opname kinderafdeling Admiraal De Ruyter Ziekenhuis Goes, daarna terug naar huis.
SEH ZorgSaam Ziekenhuis Terneuzen heeft een zorgmelding gedaan bij Veilig Thuis Zeeland.
J. zit op het Calvijn College in Krabbendijke.
De oudste zit op het Reynaertcollege in Hulst.
Leerplicht en de zorgcoördinator van het Zeldenrust-Steelant College zijn betrokken.
Moeder krijgt ambulante begeleiding van Arduin.
Intervence is gestart met Families First.
Vader is in behandeling bij het FACT-team van Emergis in Middelburg.
Aanmelding bij Zuyderland MC voor kindermishandelingsonderzoek (Expertisecentrum).
Moeder heeft een intake gehad bij Mondriaan in Heerlen.
S. gaat naar het Graaf Huyn College in Geleen.
Xonar biedt ambulante hulp in het gezin.
Daelzicht biedt logeeropvang voor de broer met een verstandelijke beperking.
De jongste zit op de Jan Ligthartschool in Venlo.
VieCuri Venlo heeft bij de opname geen letsel gezien.
Laurentius Ziekenhuis Roermond (kinderarts) is betrokken.
M. volgt de entreeopleiding bij Gilde Opleidingen in Roermond.
Vader heeft contact met de verslavingszorg van Mondriaan (Maastricht).
Rijnstate Arnhem: opname na overdosis van moeder.
De baby is gezien in het Canisius Wilhelmina Ziekenhuis.
Gelderse Vallei in Ede heeft de kinderarts ingeschakeld.
Pro Persona heeft moeder een crisisbed aangeboden.
GGNet jeugd is gestart met traumabehandeling voor D.
Entrea Lindenhout biedt een gezinshuisplek.
Siza begeleidt vader bij wonen.
Het Thomas a Kempis College heeft het verzuim gemeld.
K. gaat naar het Lorentz Lyceum in Arnhem.
Het Baudartius College in Zutphen is betrokken via de mentor.
De oudste zit op het Johannes Fontanus College in Barneveld.
Slingeland Ziekenhuis Doetinchem, afdeling kindergeneeskunde
Isala Zwolle heeft de zorgen gedeeld met de huisarts.
Medisch Spectrum Twente: SEH-bezoek met gebroken pols
Dimence heeft moeder in oktober opgenomen.
Mediant en Accare zijn samen betrokken bij de broers.
Het Carolus Clusius College heeft een zorgadviesteam ingezet.
L. zit op het Etty Hillesum Lyceum in Deventer.
Het Bonhoeffer College wil graag aansluiten bij het netwerkberaad.
Jarabee biedt intensieve ambulante gezinsbegeleiding.
Aveleijn is betrokken bij moeder (LVB).
Tactus verslavingszorg behandelt vader voor alcohol.
Veilig Thuis IJsselland heeft de melding overgedragen aan het wijkteam.
Jeugdbescherming Gelderland voert de OTS uit.
Icare JGZ heeft de groeiachterstand gesignaleerd.
het Pieter Zandt in Kampen heeft het verzuim gemeld bij leerplicht
De Michiel de Ruyterschool in Vlissingen merkt dat de kinderen vaak zonder lunch komen.
Koningin Wilhelminaschool Yerseke en de BSO zijn op de hoogte.
Moeder volgt taalles bij Scalda in Goes.
De Mutsaersstichting heeft de dagbehandeling aangeboden.
Het Philips van Horne in Weert is de school van de tweeling.
Groot Klimmendaal revalidatie voor J. na het ongeval
"""

EVENT_DATE = r"""
Huisbezoek op dinsdag 3 november 2026 samen met de jeugdarts.
Zorgmelding politie d.d. 05-10-'26.
Netwerkberaad gepland op do 26/11 om 14.00 uur in het gemeentehuis.
Op 1 oktober 2026 is moeder met de kinderen naar de opvang gegaan.
De melding bij Veilig Thuis is van 2026-09-28.
incident vrijdag 16 oktober jl. rond 23.30 uur
Gesprek met de mentor op 09-11-2026 (14.30 uur).
Rapport van de Raad d.d. 12 oktober 2026 is ontvangen.
Zitting kinderrechter Arnhem: 15-12-2026 om 10.15 uur.
Veiligheidsplan opgesteld op 22-09-'26, geëvalueerd op 20-10-'26.
Op maandag 12 oktober is vader aangehouden.
Uithuisplaatsing voor 3 maanden vanaf 17-9-2026.
Overleg op di. 10-11 met school en leerplicht.
De OTS loopt af op 1 maart 2027; verlengingsverzoek uiterlijk 6 weken daarvoor.
SEH-bezoek op za 7 nov. 2026 met een brandwond aan de hand.
melding binnengekomen 28/10/2026, triage 29/10/2026
Sinds carnaval 2026 is er geen contact meer met vader.
Gesproken op woensdag 4-11-2026 met moeder en de tolk.
Het contactverbod is opgelegd op 02.10.2026 voor 90 dagen.
Vorige VHT-bespreking was op 13-10-2026.
Laatste ruzie was in de herfstvakantie (week 43).
Evaluatie met het gezin gepland op 2026-12-16.
Tijdelijk huisverbod van 10 dagen, ingegaan op 23 oktober 2026.
Op Koningsdag 2026 was er een incident op straat.
Schorsing van school van 2 t/m 4 november 2026.
Intake GGZ gepland op 14 januari 2027.
rapportage jeugdarts 19-10-26
Vader is op 30 september 2026 vrijgekomen uit de PI.
Verslag gesprek 11/11/'26 toegevoegd aan het plan.
Eerste VHT-inbreng was op do 8 oktober 2026.
"""

PROFESSIONAL = r"""
Inbrenger: Kwabena Owusu, jeugdconsulent, Toegang Terneuzen
Vaste deelnemer: Mirjam Cijsouw-Dekker, Toegang gemeente Goes
Gedragswetenschapper geraadpleegd: ja, Thijs Ummels (orthopedagoog, Xonar), 30-10-2026
Inbrenger: Fenna Wattimena, medewerker Veilig Thuis Gelderland-Midden
Vaste deelnemer: Luuk Oude Lansink, wijkteam Winterswijk
Inbrenger: Nguyen Thu Ha, jeugdverpleegkundige GGD Zeeland
Gedragsdeskundige: Réka Tóth, GZ-psycholoog Toegang Sittard-Geleen
Inbrenger: dr. Ifeoma Okonkwo, jeugdarts GGD Limburg-Noord
Vaste deelnemer: Stijn Pluijmen, Toegang Venlo
Inbrenger: Manon Kessels, casusregisseur Veilig Thuis Limburg
De jeugdarts van de GGD heeft J. op school gezien.
De wijkagent van Vaals is op de hoogte van de zorgen.
IB'er en mentor hebben gesproken met moeder.
De huisarts heeft een verwijzing naar de jeugd-GGZ gegeven.
Er is een voogd van Nidos betrokken voor de oudste.
De casusregisseur van Veilig Thuis neemt contact op met de Raad.
De gezinsvoogd van de William Schrikker Stichting is afwezig tot januari.
De POH-GGZ van de huisartsenpraktijk begeleidt moeder.
De kinderarts van het MUMC+ heeft geen aanwijzingen voor opzettelijk letsel gevonden.
De verloskundige heeft zorgen over de zwangerschap geuit.
Leerplichtambtenaar Walcheren heeft een proces-verbaal opgemaakt.
De schuldhulpverlener van de gemeente heeft een aanvraag gedaan.
de ambulant hulpverlener van Jarabee komt 2x per week
De zorgcoördinator van school sluit aan bij het netwerkberaad.
De tolk Portugees van het tolkencentrum was bij het gesprek aanwezig.
Een medewerker van de Raad voor de Kinderbescherming doet het onderzoek.
De reclasseringswerker van vader is geïnformeerd.
De pedagogisch medewerker van de kinderopvang ziet blauwe plekken.
De jeugdconsulent van Toegang Arnhem is sinds oktober betrokken.
De gedragswetenschapper van het wijkteam adviseert een traumascreening.
"""

AGE = r"""
J. is 13 jaar en wil bij vader wonen.
De jongste is 14 maanden en heeft een ontwikkelingsachterstand.
Moeder is 19 en woont nog bij haar ouders.
Broer (16) zorgt 's avonds voor de kleintjes.
R. (12 jr) zegt dat hij niet meer naar huis wil.
De baby is 6 weken oud.
Oma is 74 jaar en kan de zorg niet aan.
De kinderen zijn 3, 5 en 9 jaar.
S. wordt volgende maand 12.
Vader (42) is al jaren werkloos.
Zwangerschap van 32 weken, moeder is 17.
D. is net 8 geworden en mag dus gehoord worden.
T. is tien jaar en slaapt slecht.
Moeder was 15 toen zij haar eerste kind kreeg.
K. is een tiener van 15 die veel op straat is.
Vanaf zijn 11e jaar gebruikt hij cannabis.
De tweeling is bijna 4.
A. (17) wordt over 8 maanden meerderjarig.
Stiefvader is 26, moeder 38.
de peuter van 2,5 zit nog niet op de opvang
"""

ORG_NUMBER = r"""
Moeder is gewezen op Veilig Thuis (0800-2000) en 112.
Bij crisis: Crisisdienst Emergis of 113 (0800-0113).
De Kindertelefoon (0800-0432) is met de kinderen besproken.
KvK Jarabee: 65086670
AGB-code praktijk: 93283505
VHT-nummer 2026-Z-0117 (vervolg)
methylfenidaat 3 dd 10 mg, sertraline 50 mg voor moeder
Boete van 250 euro voor verzuim opgelegd.
Artikel 1:255 BW (OTS) is van toepassing.
Besproken volgens de Meldcode, stap 3.
Schulden ca. 12.000 euro, bewindvoering aangevraagd.
KvK-nummer Stichting Intervence 20436272
Veiligheidsscore inbrenger 3, moeder 6, vader 7.
Politie via 0900-8844 ingelicht.
Art. 7.3.3 Jeugdwet: gegevens verstrekken zonder toestemming.
AGB 49380857 (kinderpraktijk)
Huisverbod op grond van de Wet tijdelijk huisverbod (10 dagen).
Gemeente Goes is bereikbaar via 14 0113.
Wachttijd jeugd-GGZ 16 weken; 2 x 45 min per week geïndiceerd.
Score 2/10 op de ARIJ-risicotaxatie, LIRIK afgenomen.
"""
