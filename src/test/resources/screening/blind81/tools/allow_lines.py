# Hand-written ALLOW lines for blind set 81.
PLACE = r"""
Gezin is in de zomer verhuisd van De Schooten naar Nieuw-Den Helder.
Moeder is opgegroeid in Huisduinen, vader komt uit Julianadorp.
Oma woont in Den Hoorn (Texel), de kinderen gaan er in de vakanties heen.
J. fietst dagelijks van Tuitjenhorn naar Schagen.
Vader werkt in de bollen tussen Breezand en Van Ewijcksluis.
DE FAMILIE WOONT IN WARMENHUIZEN, DE SCHOOL ZIT IN SCHAGEN.
Logeeradres bij tante in Dirkshorn is veilig bevonden.
Sinds de scheiding woont moeder in Kolhorn en vader in Barsingerhorn.
De grootouders komen van Wieringen, "echte Wieringers", zegt moeder.
jongste zit op de peuteropvang in Waarland
Moeder komt uit Plovdiv (Bulgarije), vader uit Sliven.
Vader is opgegroeid op Curaçao en kwam op zijn 19e naar Den Helder.
familie aan moederszijde woont in Paramaribo en Nickerie
Huisbezoek in Stad binnen de Linie, bovenwoning zonder lift.
kinderen spelen veel buiten in Tuindorp
Het gezin staat ingeschreven in Hollands Kroon, maar verblijft vaak op Texel.
Vader woont tijdelijk op de kazerne in Den Helder.
Moeder en kinderen logeren in De Cocksdorp bij een kennis.
J. gaat na school naar de haven in Oudeschild.
Oosterend is klein: iedereen weet wat er speelt, zegt moeder.
De oudste werkt in de zomer in De Koog.
Wieringerwerf - Hippolytushoef - Den Oever: drie adressen in twee jaar.
Opa en oma wonen in Callantsoog, op fietsafstand.
Petten en 't Zand zijn voor vader werkplekken (dijkwerk, bollen).
Vader is gestationeerd geweest in Doorn en Harskamp.
MOEDER KOMT UIT POZNAŃ, VADER UIT GDAŃSK
de tante in Leeuwarden kan niet bijspringen vanwege de afstand
Gezin woonde eerder in Sint Maarten en Bonaire.
Vader is op uitzending in het Caraïbisch gebied.
Het schip vaart momenteel in de Oostzee, vader keert terug via Kiel.
J. wil terug naar Anna Paulowna, daar had hij vrienden.
De kinderen mogen na school naar Julianadorp aan Zee.
Moeder overweegt te verhuizen naar Alkmaar of Heerhugowaard.
Vader rijdt dagelijks naar Amsterdam voor werk.
Gezin woonde tot 2024 in Dokkum, daarna Den Helder.
grootouders: Makkum en Workum
oma woont in Friesland, opa in Groningen
De vakantie was in Burgas, aan de Zwarte Zee.
Hij heeft familie in Willemstad en in Rotterdam-Zuid.
moeder werkte eerder in Lisse, ook in de bollen
Afspraak op locatie Schagen, niet in Den Helder i.v.m. privacy.
Huisduinen - Fort Kijkduin - Mooie Nel: daar gaat J. heen als hij wegloopt.
De school in Julianadorp is dichterbij dan die in De Schooten.
Slachtoffer en pleger wonen allebei in Nieuw-Den Helder.
moeder wil naar Zuid-Limburg, naar haar zus in Kerkrade
Vader werkt in Den Oever aan de afsluitdijk.
in Den Burg is geen plek bij de naschoolse opvang
Stiefvader komt uit Aalsmeer, moeder uit Hoorn.
De kinderen verbleven in de kerstvakantie in Polen (Opole).
Het strand bij Groote Keeten is voor J. een plek waar hij rust vindt.
"""
INSTITUTION = r"""
J. is opgenomen geweest in het Noordwest Ziekenhuisgroep, locatie Den Helder.
Vader staat onder behandeling bij GGZ Noord-Holland-Noord.
Parlan biedt ambulante gezinsbegeleiding.
Aanmelding bij Triversum voor jeugd-GGZ loopt.
Jeugdbescherming Regio Noord-Holland-Noord heeft een VO-onderzoek gedaan.
Veilig Thuis Noord-Holland Noord heeft de melding overgedragen.
Woningstichting Den Helder dreigt met ontruiming.
Zeestad heeft het gezin verwezen naar Bedrijfsmaatschappelijk Werk Defensie.
Politie basisteam Kop van Noord-Holland reed twee keer uit.
JGZ GGD Hollands Noorden ziet de baby op het consultatiebureau.
J. zit op Lyceum Mariënborg, vwo 3.
De jongste zit op OSG Texel, brugklas.
Scholengroep Den Helder heeft een thuiszitterstafel georganiseerd.
Vader is geplaatst op de Zr.Ms. Karel Doorman.
Het schip is de Zr.Ms. De Ruyter, vader is er bootsman.
J. heeft een rondleiding gehad in het Maritiem Museum.
Vader werkt op de Willem Alexanderkazerne.
Stiefvader was gelegerd in de Dirk Prins van Orangekazerne.
De Marinierskazerne heeft een eigen geestelijk verzorger die betrokken is.
Het Helden Boulevard project van de gemeente biedt een buurtcoach.
De kinderen gaan naar de Koningin Wilhelminaschool? nee, naar de Juliana van Stolbergschool.
Jongste zit op basisschool Wildschut.
Het consultatiebureau in Schagen ziet de baby.
Moeder loopt bij De Hoop (verslavingszorg).
Vader volgt behandeling bij Brijder.
Leger des Heils biedt beschermd wonen aan vader.
J. traint bij voetbalvereniging HRC '14.
De moskee aan de Javastraat biedt huiswerkbegeleiding.
Kerk De Ark in Julianadorp heeft voedselpakketten geregeld.
De Voedselbank Den Helder levert wekelijks.
Sociaal Team Schagen is betrokken.
Sociaal Plein Hollands Kroon houdt regie.
Sociaal Domein Texel (Zorgloket) coördineert.
Ronald McDonald Huis Amsterdam bij opname in het Emma Kinderziekenhuis.
Het Prinses Máxima Centrum behandelt het zusje.
Fier biedt opvang in de crisisopvang.
Kinderopvang Kappio bevestigt het verzuim bij de BSO.
Spoedeisende Hulp Dijklander meldde letsel.
Raad voor de Kinderbescherming, locatie Alkmaar, doet onderzoek.
Rechtbank Noord-Holland heeft een OTS uitgesproken.
Het Kopland heeft een beschikbare plek voor praktijkonderwijs.
Scholen aan Zee vraagt verlof voor een heroriëntatie.
Het Schoter, Hoofdvaartschool en RSG Wiringherlant waren eerder betrokken.
Koninklijke Marine regelt via de Marine Personeelsdienst verlof voor vader.
Stichting Welzijn Den Helder doet schuldhulp.
De Kredietbank Noord-Holland Noord beheert de schulden.
Stichting De Wering, onderwijs op Wieringen, meldde zorgen.
Hospice Dignitas? nee, opa ligt in Zorgcentrum De Golfstroom.
Defensie Bedrijfsmaatschappelijk Werk (BMW) Den Helder heeft de melding gedaan.
De Waddenhoeve (zorgboerderij) biedt dagbesteding aan de oudste.
"""
EVENT_DATE = r"""
Op 14-03-2026 heeft de politie een zorgmelding gemaakt.
Vader vertrok op 2 juni 2026 op uitzending.
Melding ontvangen 07.11.2026 om 16:40 uur.
Huisbezoek op 2026-05-30: moeder niet thuis.
Het schip keert terug op 23-01-2027.
Opname J. van 11-09-2026 tot 18-09-2026.
Zitting bij de rechtbank: 28 feb. 2027.
Op 20261017 ingediend bij het VHT.
ingang OTS 6/12/2026
Consultatiebureau: 1-7-2026 (8 weken), 1-9-2026 (4 maanden)
Laatste schooldag voor verzuim: 22.02.2026
3.1 Op dinsdag 12 april 2026, om 08:30 uur, heb ik de woning bezocht.
Op 31-12-2026 loopt de huurovereenkomst af.
4/4/2026 ruzie op straat, buren belden 112
Verlof vader van 19/8/2026 t/m 2/9/2026
Gesprek op school op 5 mei 2026 (na Bevrijdingsdag).
Op 3 okt '26 is vader thuis gekomen van de oefening.
Zorgmelding dd 23-01-2026 (dronken vader op de dijk).
DATUM PROCES-VERBAAL: 09-11-2026
Eerste verzuimmelding DUO: 2026-09-22
De vechtpartij vond plaats op 06-12-2025 rond 01:30 uur.
Veiligheidsplan opgesteld op 17 nov. 2026.
Evaluatie gepland op 12-01-2027.
Uitzending van 1 maart tot 1 augustus 2026
Op Koningsdag 2026 is moeder aangehouden.
Week 46 is vader ingevlogen vanuit Curaçao.
Intakegesprek Triversum 26-10-2026 om 13:00 uur.
De baby is op 9-10-2026 gewogen op het consultatiebureau.
Schorsing van 15-9-2026 tot en met 17-9-2026.
Vorige VHT-bespreking: do 3 sept. 2026
"""
PROFESSIONAL = r"""
Inbrenger: Marleen Hopman, bedrijfsmaatschappelijk werker, Defensie
Vaste deelnemer: Erik Tuinman, Zeestad, team Jeugd
Gedragsdeskundige geraadpleegd: Anke Wolters-Bakx, orthopedagoog Parlan
Inbrenger: Youri Lakeman, leerplichtambtenaar, gemeente Den Helder
Vaste deelnemer: Saskia Brouwers-Nap, Sociaal Team Schagen
De leerplichtambtenaar heeft moeder op het matje geroepen.
De jeugdarts van de GGD Hollands Noorden ziet J. volgende week.
gezinsvoogd van Jeugdbescherming Regio NHN is op verlof
Bedrijfsmaatschappelijk werker van Defensie heeft contact met de commandant.
De commandant van de eenheid steunt het verlof van vader.
Aalmoezenier van de marine is betrokken.
De wijkagent van Julianadorp kent het gezin.
Mentor van Lyceum Mariënborg heeft verzuim gemeld.
de zorgcoördinator van het Schoter belde
Huisarts in Den Burg verwijst naar Triversum.
Casemanager van Veilig Thuis NHN heeft geadviseerd.
De jeugdverpleegkundige zag een blauwe plek.
Schuldhulpverlener van de Kredietbank is gestart.
De kraamverzorgende maakte zich zorgen over hygiëne.
Inbrenger (naam, functie, organisatie): Rutger Spaans, jeugdconsulent, Sociaal Plein Hollands Kroon
Gedragswetenschapper geraadpleegd: Jolien Merkx, GZ-psycholoog, Zeestad
Vaste deelnemer: Nurcan Çınar, Veilig Thuis Noord-Holland Noord
Inbrenger: Bram Everaars, gezinsvoogd, Jeugdbescherming Regio Noord-Holland-Noord
Vaste deelnemer: Wendelien Kuipers, Sociaal Domein Texel
De psychiater van GGZ NHN heeft vader gediagnosticeerd.
DE LEERPLICHTAMBTENAAR HEEFT OM 09:05 UUR AANGEBELD.
De raadsonderzoeker van de RvdK gaat in gesprek met J.
de intern begeleider van de basisschool is aanwezig geweest
De tolk Pools (via het Tolkcentrum) was telefonisch aanwezig.
Buurtcoach van Helden Boulevard en de woonconsulent van Woningstichting gaan samen op huisbezoek.
"""
AGE = r"""
J. is 14 jaar en zit in klas 2.
De jongste is 8 maanden.
Vader (41 jr) is 22 jaar in dienst.
Moeder was 17 toen zij zwanger werd.
kinderen: 3, 7 en 12 jaar
De oudste wordt volgende maand 16.
Opa is 81 en slecht ter been.
Baby van 6 weken, te licht.
J. (15) wil niet meer naar huis.
Zus is twintig en woont in Alkmaar.
D. is 4,5 jaar en nog niet zindelijk.
moeder (34) werkt nachtdiensten
R. is op 9 juni jarig en wordt dan 13.
De jongste is vijf en de middelste negen.
Stiefvader is 26, elf jaar jonger dan moeder.
J. is 11 jaar en verzuimt sinds groep 8.
Halfbroer van 19 woont soms in.
Vader is 52 en met pensioen bij de marine.
Tweeling van 2 jaar, beiden met taalachterstand.
ZE IS PAS 13 JAAR.
"""
ORG_NUMBER = r"""
Veilig Thuis is 24/7 bereikbaar via 0800-2000.
Bij acuut gevaar: 112.
Zeestad is bereikbaar via 14 0223.
VHT-2026-0042 (vorige bespreking)
KvK Parlan: 41242357
AGB-code praktijk: 94009321
Kindertelefoon: 0800-0432
Methylfenidaat 2 dd 10 mg, sinds september.
Score ARIJ: 7 van 10 risicofactoren.
De huurachterstand is € 3.450,-.
Verzuim: 62 uur in 9 weken.
Schuldenlast ongeveer 18.000 euro.
Vader vaart 6 weken op en 3 weken af.
113 Zelfmoordpreventie is aan J. gegeven: 0800-0113
Politie geen spoed: 0900-8844.
Monitoring vervolg: VHT-2025-0118
SDQ totaalscore 21 (afwijkend)
Sertraline 50 mg 1 dd (moeder)
Juridisch Loket: 0900-8020
Veiligheidsscore inbrenger 3, moeder 6, J. 2.
"""
