# ALLOW lines for blind89. Format: CATEGORY<TAB>sentence. Nothing here may be personal data.
ALLOW = """
PLACE	Gezin woont sinds 2023 in Best, daarvoor in Bangalore.
PLACE	Vader werkt in Son, moeder in Veldhoven.
PLACE	opa en oma wonen in Mierlo, zo'n kwartier fietsen
PLACE	Het gezin is vanuit Nuenen verhuisd naar Woensel-Noord.
PLACE	Moeder wil terug naar Waalre, daar voelde ze zich veilig.
PLACE	Tante woont in Aalst (gemeente Waalre), niet in België.
PLACE	J. fietst elke dag van Valkenswaard naar school in Eindhoven.
PLACE	De oom woont in Dommelen en heeft een bedrijf aan huis.
PLACE	logeerplek bij familie in Borkel en Schaft
PLACE	Vakantiehuisje in Westerhoven, daar is het incident gebeurd.
PLACE	Riethoven en Steensel liggen te ver voor dagelijkse opvang.
PLACE	Kamp van de scouting in Knegsel, J. mocht niet mee.
PLACE	grootouders vz in Wintelre, mz in Vessem
PLACE	Ze zijn in de zomer verhuisd van Hoogeloon naar Hapert.
PLACE	Vader houdt paarden in Casteren.
PLACE	LAGE MIERDE: OPVANGADRES NETWERK (NIET GEBRUIKEN VOOR POST)
PLACE	Wijk: Strijp-S, appartement, gezin voelt zich er niet thuis.
PLACE	Moeder en kinderen verbleven twee weken in Tongelre bij een kennis.
PLACE	school in Gestel, woning in Stratum
PLACE	Het gezin komt uit Izmir; vader werkt sinds 2021 in Eindhoven.
PLACE	Familie in Nador wil dat de kinderen daar de zomer doorbrengen.
PLACE	Moeder is gevlucht uit Asmara, via Soedan en Libië.
PLACE	Vader pendelt tussen Veldhoven en Shanghai.
PLACE	De grootouders wonen in Seoel en bellen dagelijks via video.
PLACE	Vader is terug naar Porto, moeder blijft in Son en Breugel.
PLACE	Familie van moeder woont in Valencia en Murcia.
PLACE	Gezin verhuist in januari naar Geldrop.
PLACE	J. hangt rond in Meerhoven en bij de Achtse Barrier.
PLACE	Vaartbroek, Blixembosch en Lakerlopen zijn de wijken waar de groep uithangt.
PLACE	Moeder werkt in Doornakkers, de kinderen gaan naar school in 't Hofke.
PLACE	Oma woont in Zeelst, oom in Oerle.
PLACE	Vader heeft een kamer gehuurd in Acht.
PLACE	heeze / leende / sterksel: allemaal te ver zonder auto
PLACE	Het netwerk zit vooral in Luyksgestel en Bergeijk.
PLACE	Moeder is opgegroeid in Reusel, vader in Hooge Mierde.
PLACE	Tante in Eersel (Duizel) kan alleen in het weekend.
PLACE	J. is opgepakt op het station van Oirschot.
PLACE	De familie woont verspreid over Bladel, Netersel en Hulsel.
PLACE	opvang door vriendin in Middelbeers, daarna terug naar huis
PLACE	Vader woont sinds de scheiding in Lommel (B).
PLACE	Oma woont net over de grens in Hamont-Achel.
PLACE	Vader heeft tijdelijk onderdak in Sint-Oedenrode.
PLACE	Gezin is in 2022 uit Chennai gekomen voor het werk van vader.
PLACE	De jongste logeert bij een oom in Hapert, de oudste bij een vriend in Best.
PLACE	Moeder zoekt woonruimte in Woensel-Zuid of Gestel.
PLACE	Tijdens carnaval (Lampegat) was J. in de binnenstad.
PLACE	J. wil na de zomer naar zijn vader in Hasselt.
PLACE	Vader werkt in de haven van Antwerpen en is doordeweeks weg.
PLACE	Het incident was bij het Stadswandelpark, vlak bij het centrum.
PLACE	Kinderen zijn met oma naar Eritrea geweest, terug sinds augustus.
INSTITUTION	J. lag drie dagen in het Catharina Ziekenhuis na de val.
INSTITUTION	Controle in het Máxima MC, locatie Veldhoven.
INSTITUTION	Doorverwezen naar het Maxima Medisch Centrum voor de kinderarts.
INSTITUTION	Epilepsiebehandeling bij Kempenhaeghe in Heeze.
INSTITUTION	Vader is in behandeling bij GGzE (verslavingszorg).
INSTITUTION	Lumens doet de schuldhulp en het maatschappelijk werk.
INSTITUTION	Wijkteam Dommelregio is betrokken sinds het voorjaar.
INSTITUTION	Melding gedaan bij Veilig Thuis Zuidoost-Brabant.
INSTITUTION	Woonbedrijf dreigt met ontruiming vanwege overlast.
INSTITUTION	Trudo heeft een urgentieverklaring toegezegd.
INSTITUTION	'thuis heeft een sociaal huismeester ingezet.
INSTITUTION	Wooninc wil eerst een gesprek met beide ouders.
INSTITUTION	Politie Oost-Brabant heeft een zorgmelding opgemaakt.
INSTITUTION	De International School Eindhoven maakt zich zorgen om het verzuim.
INSTITUTION	J. volgt een opleiding bij het Summa College (Entree).
INSTITUTION	Zus zit op het Van Maerlantlyceum, J. op het Lorentz Casimir Lyceum.
INSTITUTION	Concert in het Frits Philips Muziekcentrum was het eerste uitje in maanden.
INSTITUTION	Mentor van het Augustinianum in Eindhoven heeft het gesignaleerd.
INSTITUTION	Sint-Joriscollege heeft een zorgoverleg belegd.
INSTITUTION	Christiaan Huygens College: verzuimmelding bij leerplicht.
INSTITUTION	ANNA ZIEKENHUIS GELDROP, SEH, NACHT VAN ZATERDAG OP ZONDAG
INSTITUTION	Moeder staat op de wachtlijst bij Karakter.
INSTITUTION	Jongere zit op De Berkenschutse in Heeze.
INSTITUTION	Jeugdbescherming Brabant heeft de OTS uitgevoerd.
INSTITUTION	Raad voor de Kinderbescherming, regio Zuidoost-Brabant, doet onderzoek.
INSTITUTION	Zitting bij de Rechtbank Oost-Brabant, locatie 's-Hertogenbosch.
INSTITUTION	Vader bidt bij de Fatih-moskee in Woensel.
INSTITUTION	Moeder vindt steun bij de Eritrees-orthodoxe kerk in Eindhoven.
INSTITUTION	J. traint bij PSV op de Herdgang (jeugdopleiding).
INSTITUTION	Holland Expat Center South heeft de registratie van het gezin geregeld.
INSTITUTION	GGD Brabant-Zuidoost, afdeling JGZ, heeft het gezin in beeld.
INSTITUTION	Novadic-Kentron biedt ambulante begeleiding aan vader.
INSTITUTION	Dag- en nachtopvang bij Neos, groep in Woensel.
INSTITUTION	Stedelijk College Eindhoven heeft J. tijdelijk geschorst.
INSTITUTION	Logopedie via het Sint Anna Ziekenhuis.
INSTITUTION	Jongere verblijft bij Combinatie Jeugdzorg, locatie Eindhoven.
INSTITUTION	Lunet zorg ondersteunt moeder thuis.
INSTITUTION	Het Catharina is in overleg met het Máxima over de overplaatsing.
INSTITUTION	Severinus in Veldhoven begeleidt de oudste broer.
INSTITUTION	Kentalis doet het onderzoek naar taalontwikkeling.
INSTITUTION	Gesprek op het Van Maerlant met de zorgcoördinator en moeder.
INSTITUTION	Buurtcentrum 't Hofke organiseert de huiswerkbegeleiding.
INSTITUTION	Blijf Groep heeft een plek in de opvang aangeboden.
INSTITUTION	Vluchtelingenwerk Zuid-Nederland begeleidt het gezin.
INSTITUTION	Centrum Seksueel Geweld Zuidoost-Brabant heeft J. dezelfde nacht gezien.
INSTITUTION	'thuis en Wooninc zitten samen aan tafel over een andere woning.
INSTITUTION	Zoon speelt bij voetbalclub RKVV Best Vooruit.
INSTITUTION	Hockeyclub HC Eindhoven weet van de situatie.
INSTITUTION	Peuteropvang Korein, locatie Stratum, signaleert vermoeidheid.
INSTITUTION	Consultatiebureau Veldhoven (GGD) ziet het gezin elke vier weken.
EVENT_DATE	Op 14-03-2026 was er een huisbezoek in Best.
EVENT_DATE	Opname in het Catharina van 12-02-2026 tot 19-02-2026.
EVENT_DATE	Politie kwam op 27-08-2026 om 02.10 uur ter plaatse.
EVENT_DATE	Aankomst in Nederland: 3-2-2019 (Ter Apel), daarna azc.
EVENT_DATE	VIM-melding 14-11-2026, 21:35 uur, groep Horizon.
EVENT_DATE	4 weken-check consultatiebureau op 9-10-2026, groei goed.
EVENT_DATE	Hielprik afgenomen op 2-10-2026.
EVENT_DATE	Eerste gesprek met de jeugdarts op 30 september 2026.
EVENT_DATE	zitting rechtbank 11 december 2026, 10.30 uur
EVENT_DATE	Verhuizing gepland op 15-01-2027.
EVENT_DATE	Sinds 1 september 2026 niet meer op school geweest.
EVENT_DATE	Op 2026-11-03 heeft moeder het veiligheidsplan getekend.
EVENT_DATE	INCIDENT DO 19-11-2026 22.45 UUR
EVENT_DATE	ma 23/11 overleg met school, wo 25/11 huisbezoek
EVENT_DATE	Moeder werd op 17-10-2026 opgenomen op de PAAZ.
EVENT_DATE	Ontslag uit het Máxima op 28.10.2026.
EVENT_DATE	Vader is op 5 mei 2026 het huis uitgezet (huisverbod).
EVENT_DATE	Kind is gezien op het spreekuur van 12-11-2026 (groeicurve besproken).
EVENT_DATE	Zorgmelding politie 01-09-2026, geen aangifte.
EVENT_DATE	sinds 20-7-2026 woont J. bij oma
EVENT_DATE	Het incident was op 31 oktober 2026 (Halloween).
EVENT_DATE	| 24-09-2026 | verzuimmelding leerplicht |
EVENT_DATE	VHT-bespreking gepland op dinsdag 15 december 2026.
EVENT_DATE	Baby is op 16-11-2026 gewogen op het consultatiebureau (2 maanden).
EVENT_DATE	Ingebracht op 30-11-2026, besproken op 10-12-2026.
EVENT_DATE	Van 2 t/m 4 november 2026 was J. vermist.
EVENT_DATE	Huwelijk ouders 12-08-2010 in Izmir; gescheiden in 2024.
EVENT_DATE	datum VIM: 2026-11-21, tijdstip 07:50
EVENT_DATE	De eerste melding bij Veilig Thuis dateert van 14 februari 2023.
EVENT_DATE	Aanvang time-out 14-11-2026 21:52, einde 22:07.
PROFESSIONAL	Inbrenger: Marijke Donkers, jeugdarts, GGD Brabant-Zuidoost
PROFESSIONAL	Vaste deelnemer: Ruud Lathouwers, wijkteam Veldhoven
PROFESSIONAL	Gedragsdeskundige geraadpleegd: ja, Ilse Cornelissen (orthopedagoog GZ, Lumens)
PROFESSIONAL	Inbrenger: Mohamed Aouragh, gezinsvoogd, Jeugdbescherming Brabant
PROFESSIONAL	Vaste deelnemer: Esther Maas, Veilig Thuis Zuidoost-Brabant
PROFESSIONAL	Inbrenger: Wen Qing Lau, casemanager, Dommelregio
PROFESSIONAL	De jeugdarts van de GGD heeft het kind gewogen en gemeten.
PROFESSIONAL	gezinsvoogd van Jeugdbescherming Brabant is uitgenodigd
PROFESSIONAL	De groepsleider van dienst heeft de politie gebeld.
PROFESSIONAL	Mentor en zorgcoördinator van het Augustinianum waren bij het gesprek.
PROFESSIONAL	De wijkagent van Woensel-Noord kent het gezin.
PROFESSIONAL	Huisarts heeft doorverwezen naar de kinderarts.
PROFESSIONAL	De jeugdverpleegkundige doet de huisbezoeken.
PROFESSIONAL	SPW'er en GL-2 hebben J. samen begeleid naar de time-outruimte.
PROFESSIONAL	Dienstdoende gedragswetenschapper is om 22:10 gebeld.
PROFESSIONAL	Trajectbegeleider Summa heeft moeder gesproken.
PROFESSIONAL	De casemanager van Veilig Thuis is uitgenodigd als expert.
PROFESSIONAL	Tolk Tigrinya (via tolkencentrum) was aanwezig.
PROFESSIONAL	raadsonderzoeker RvdK neemt contact op met de school
PROFESSIONAL	Behandelaar GGzE (psychiater) is op de hoogte.
PROFESSIONAL	Gedragswetenschapper geraadpleegd: Sevda Öztürk, GZ-psycholoog, Dommelregio
PROFESSIONAL	Vaste deelnemer: Koen Breugelmans, Jeugdbescherming Brabant
PROFESSIONAL	Inbrenger: Hanna Kowalczyk, jeugdverpleegkundige, GGD Brabant-Zuidoost
PROFESSIONAL	Schoolmaatschappelijk werker van de ISE heeft gesignaleerd.
PROFESSIONAL	Kinderarts van het Máxima MC heeft röntgenfoto's laten maken.
PROFESSIONAL	Consulent van Woonbedrijf is aanwezig bij het netwerkberaad.
PROFESSIONAL	De pedagogisch medewerker van de peuteropvang merkte de plekken op.
PROFESSIONAL	Medewerker ambulant team Neos komt drie keer per week.
PROFESSIONAL	Vaste deelnemer: Thijs Wouters, wijkteam Geldrop-Mierlo
PROFESSIONAL	Inbrenger: Carmen Delgado, jeugd- en gezinswerker, wijkteam Woensel
AGE	J. is 14 jaar en zit in de derde klas.
AGE	Tweeling van 9, zus van 15.
AGE	baby van 7 weken
AGE	Moeder is 23 en heeft verder geen netwerk.
AGE	Vader is midden veertig.
AGE	J. (2012) wordt in het voorjaar 15.
AGE	De oudste is 17 en wordt in april meerderjarig.
AGE	Oma is 82 en kan de zorg niet meer aan.
AGE	Jongste is 3 jaar, gaat naar de peuteropvang.
AGE	Leeftijd bij eerste melding: 6 jaar.
AGE	J. (16 jr) wil op zichzelf wonen.
AGE	Halfbroer is 21 en woont in Tilburg.
AGE	Hoop is er nog: J. is pas 12 en staat open voor hulp.
AGE	kindje 18 mnd, loopt nog niet
AGE	Broertje van 4 slaapt bij moeder in bed.
AGE	jongens van 10 en 13 jaar
AGE	J. is 11,5 jaar, lengte past bij die leeftijd.
AGE	Moeder was 17 toen J. geboren werd.
AGE	S. (2010) is nu 16; vader (1979) is 47.
AGE	Zuigeling van 5 maanden, voedingsproblemen.
ORG_NUMBER	Veilig Thuis is 24/7 bereikbaar op 0800-2000.
ORG_NUMBER	Bij direct gevaar: 112.
ORG_NUMBER	Zelfmoordpreventie: 113 of 0800-0113.
ORG_NUMBER	Politie geen spoed: 0900-8844.
ORG_NUMBER	KvK-nummer zorgaanbieder 17123459 (uit de offerte)
ORG_NUMBER	AGB-code praktijk 94015632
ORG_NUMBER	VHT-nummer VHT-2026-0117
ORG_NUMBER	Melatonine 1 mg voor het slapen, methylfenidaat 2 dd 10 mg.
ORG_NUMBER	| 12-10-2026 | 148,2 cm | 34,1 kg | BMI 15,5 |
ORG_NUMBER	Lengte 152,5 cm (+0,4 SD), gewicht 38,9 kg, BMI 16,7.
ORG_NUMBER	SDQ-totaalscore 21 (verhoogd), emotionele problemen 7.
ORG_NUMBER	Veiligheidsscore inbrenger: 3, moeder: 7, J.: 4.
ORG_NUMBER	Kindertelefoon: 0800-0432.
ORG_NUMBER	Huurachterstand EUR 2.340, schuld bij zorgverzekeraar EUR 860.
ORG_NUMBER	VIM-nr 2026-114, ernst 3 (matig)
ORG_NUMBER	KvK Woonbedrijf 17045123
ORG_NUMBER	Groeicurve: gewicht-naar-lengte op -2,1 SD (was -1,2 SD).
ORG_NUMBER	Medicatie: valproaat 2 dd 300 mg (Kempenhaeghe).
ORG_NUMBER	Team Jeugd Eindhoven: 14 040.
ORG_NUMBER	Visus 0,8 beide ogen, gehoor 20 dB.
"""
