# -*- coding: utf-8 -*-
# BLOCK lines; spans marked with «…». {BSN} and {IBANxx} placeholders are filled by gen_sentences.py.
NAME = r"""
ZAT 12-11: 3. «Dewi» (2b havo) – verzuim loopt op, actie: mentor + LPA
4. lln. «Jayden Martina» uit 3 vmbo-k, vader zit vast, actiehouder: RvdG
Geachte collega, hierbij verwijs ik pt. «Kevin Oomen» naar u ivm somberheid en zelfbeschadiging.
Anamn.: moeder («Sandra») meldt dat pt. 's nachts niet slaapt.
oma «Sitie» (Indisch, woont in Jeruzalem) past op woensdag op de kleintjes
Vader heet «Rodney Isenia» en komt oorspronkelijk van Curaçao.
Broer «Shurenly» zit in Stokhasselt in een groepje dat ruzie zoekt.
ACTIEPUNT: gesprek met «DE LEEUW» (stiefvader) over alcohol, voor de kerstvakantie
Gezinssamenstelling | moeder | «Ilse van den Broek»
Zus «Milou» heeft het kinderen uit de knel-traject afgemaakt.
«Piotr Kowalczyk» werkt via het uitzendbureau in Waalwijk in de nachtdienst.
Moeder («Ioana») spreekt weinig Nederlands, tolk Roemeens geregeld.
bespr. met mw. «Brouwers» (ex-partner van vader) → zij wil niet meewerken
De oom van moeder, «Sjaak Verhoeven», rijdt mee met de fanfare in Udenhout.
Uit de mail van «Fenna»: "ik trek het niet meer thuis"
«Abdirahman» (stiefbroer, 19) heeft een contactverbod.
Beleid: terugverwijzing naar dr. «Hendriks» is niet nodig, wel POH-GGZ.
«Samira» en «Ayaan» slapen bij de buurvrouw als vader drinkt.
vlgs. «Kees de Kort» (buurman) wordt er vaak geschreeuwd na de kroeg.
Tante «Lenie» op de standplaats aan de rand van Dongen vangt de jongste op.
«Jan-Willem Pijnenburg» belde namens de carnavalsvereniging, hij maakt zich zorgen.
- «Marisol» (moeders vriendin uit Aruba) mag niet meer komen van vader.
DD. na gesprek met «Teunissen»: vader wil eerst zelf met de huisarts praten
«GRIETJE SMULDERS» (OMA MZ) heeft gezag aangevraagd?? navragen
Pt. woont bij haar vader, «Mario Gomes», moeder is terug naar Kaapverdië.
Actiehouder: JvD – bellen met «Hamza» over schoolgang
Zij vertelt dat oom «Cor» (broer van vader) aan haar heeft gezeten.
Jeugdige verblijft tijdelijk bij «fam. Van Gorp» in Hilvarenbeek.
«Nikita» (14) zegt dat «Tyrone» haar slaat als ze niet opneemt.
stiefmoeder «Agnieszka» is zwanger, uitgerekend in maart
De vriend van moeder («Ricardo») is bekend bij de politie ivm drugs.
vg. huiselijk geweld, ex-partner «Mehmet Aksoy» heeft een straatverbod gehad
Opa «Driek» is vorig jaar overleden, sindsdien drinkt vader meer.
Casus «Lotte v.d. Velden» (4 vwo) – bespreken met ouders 20/11
«Yasmina»'s zorgen over haar broertje nemen we serieus.
ouders («Mustafa» en «Halima») weigeren contact met school
«Bram» zit in de jeugdraad van de Kruikenstad en is er elk jaar bij.
Volgens «Jolanda» (buurvrouw) staat de deur 's nachts open.
«Roberto» Antillaans, 16, veel op straat in Stokhasselt, actie: BV
Moeder verblijft bij haar zus «Mirjam» in Berkel-Enschot.
«F. Schellekens» heeft als schoolmaatschappelijk werker het gesprek gevoerd.
«jessica» (moeder) wil geen hulp van de wijkteams meer
Vader «Ionuț Popescu» is seizoenswerker en woont in een pension.
«Fadumo» vertaalt voor haar moeder bij de huisarts, niet wenselijk.
tel. contact met «Brenda» (ex van vader), zij bevestigt het geweld
«Van Iersel» (opa vz) dreigt de kinderen mee te nemen naar Frankrijk.
«Djaïro» wordt gepest op het Beatrix College, hij gaat niet meer.
Anamnese: pt. («Mees») klaagt over hoofdpijn, buikpijn, slecht slapen sinds de scheiding.
neefje «Kylian» logeert er vaak in het weekend
«Adriana Bakker-Lopes» is de nieuwe partner van vader.
Het meisje noemt haar stiefvader «Ruud» en is bang voor hem.
«Marta» uit Polen (moeder) is terug naar Łódź, kinderen bij vader.
ZAT-lid mevr. «Van Rooij» (IB) volgt de broertjes op de Jozefschool.
Hij logeert soms bij «Nico Swinkels», de trainer van zijn voetbalteam.
«Henk» en «Ria» (pleegouders) geven aan dat het niet meer gaat.
Rondvraag: «Shanice» uit 1D komt regelmatig zonder eten op school.
«ELIF» (zus, 17) wordt uitgehuwelijkt?? zorg via VT
oma «Wil van Dongen» wil alleen helpen als vader er niet is
«Ferry» (vriend van moeder) slaapt er meerdere nachten per week.
Tijdens carnaval was vader met «Gijs» op stap en kwam niet thuis.
«Abdi Warsame» is de oom bij wie de kinderen 's weekends zijn.
Bespreekpunt 6: «Noor» (2 mavo) – zelfbeschadiging gezien in gymles.
Pt. «Tim» is bekend met ADHD; vg. geen opnames.
De jongens («Sem» en «Luuk») hebben de politie gebeld.
Prins «Robbie» is vader zijn carnavalsnaam, hij was prins in 2024 in Kaatsheuvel.
Moeders nieuwe vriend «Dennis» heeft zelf drie kinderen uit huis geplaatst.
ik heb «Chantal» gevraagd of ze de kinderen 1 week kan opvangen.
«Rosa» (oma mz) zorgt iedere dag voor het avondeten.
Verwijzing: pt. «Eva Habraken», 15 jr, DD depressie, angststoornis.
«Stanislaw» (oom) drinkt met vader in de kantine van het pension.
actie: WdB belt «Bianca» (moeder) voor een afspraak op school
Moeder noemt haar ex «Marco» "een gevaar voor iedereen".
In de groepsapp schreef «Liam» dat hij zichzelf iets wil aandoen.
«Hoefnagels» (buurman) heeft de politie gebeld om 02.00 uur.
Het stiefzusje «Yara» slaapt bij moeder op de kamer.
«Ahmed» (neef) neemt de jongste mee naar de moskee in Groenewoud.
mentor spreekt «Iris Donkers» (moeder) na de ouderavond
Kinderen verblijven bij tante «Marian» in Riel tot er een plan is.
«Kimberly» (16) is zwanger en wil het kind houden.
Ze zegt: "Papa «Tonny» mag niet weten dat ik dit vertel."
«Bogdan» en zijn broer werken bij het distributiecentrum in Waalwijk.
De halfbroer «Quincy» zit in de JJI.
«Wouters» (vader) was dronken bij de ouderavond.
Betrokken: school, huisarts, «A. Kuijpers» (buurvrouw), wijkagent.
Vader «Patrick Lambooij» heeft een alcoholverbod van de reclassering.
«Zoë» vertelt dat haar moeder uren in bed ligt.
«Amina Hassan» is de tante die de tweeling heeft opgevangen.
Na de fanfarerepetitie bracht «Toon» de jongen thuis, hij zag blauwe plekken.
«Lisa» (nichtje) heeft foto's van het letsel gemaakt.
Mevrouw «Cheng» (buurvrouw) hoort de kinderen huilen.
Vg.: pt. «Thijs» heeft sinds 2024 astma en ADHD, RR 110/70.
Oma «Nel Damen» woont bij de Efteling en past soms op.
«Vitória» (zus van moeder) komt uit Lissabon om te helpen.
In de app stuurde «Sven» een dreigbericht naar moeder.
«Marleen» en «Frank» zijn de pleegouders in Goirle.
«Tamara» (moeder) heeft de afspraak met GGz Breburg afgezegd.
Gesproken met opa «Harrie» over de veiligheid in huis.
De oudste, «Joep», is sinds oktober uit huis.
Vriendje «Daan» uit de Reeshof komt elke dag over de vloer.
«Kerkhofs-Van Hal», moeder, vraagt om een gesprek met de rector.
""".strip().split('\n')

BIRTHDATE = r"""
Jeugdige: J. («14-03-2011»)
pt. geb. «3/9/2012», bekend met astma
geboortedatum dochter: «2013-07-21»
Anamnese: pt. (geb. «12 februari 2010») komt met moeder.
Broertje werd op «5-1-2019» geboren in het ETZ.
| Geb.datum | «22.11.2014» |
dob «07/06/2009»
Zus D. («02-08-2015») zit in groep 6.
geboren «30 juni 2016» in Waalwijk
Geb: «11-12-'13»
Moeder is geboren op «19-4-1988» in Praia.
ZAT: 2. S., geb. «27 okt 2010», 3 havo
M. ( «1-2-2012» ) heeft een IQ-test gehad
gebdat jongste «20170315»
De baby (geboren «9 sept. 2025») was te vroeg.
Jongen geb. «16.05.11»
GEBOREN «4 MAART 2012»
Pt. (geb. «23-10-2008») wil zelf geen contact met ouders.
""".strip().split('\n')

ID_NUMBER = r"""
dossiernummer JBB «JB-2026-113847»
Cliëntnr. GGz Breburg: «1288451»
pt.-nr. ETZ «7302219»
VT-registratie «VTMB-26-04417»
zaaknummer Raad «RvdK-26/08813»
Paspoortnummer moeder: «NX4R8TK21»
ID-kaart vader «IRK7L3P09» (Roemeens)
leerlingnummer «214873» (Beatrix College)
Amarant cliëntnummer «A-559201»
patiëntnummer huisarts: «HA 40912»
verblijfsdocument V-nummer «2208471365»
Sterk Huis dossier «SH/2026/0712»
rijbewijsnummer vader: «5102938476»
Toegang Jeugd registratienr. «TJ-HvB-88321»
""".strip().split('\n')

ADDRESS = r"""
gezin woont op «Ringbaan-West 212b», bovenwoning
Moeder is verhuisd naar «Kruidenpad 14» (Kruidenbuurt).
Adres oma: «Sint Annaplein 3», Tilburg
vader verblijft nu «Goirleseweg 187 A»
standplaats «Heikantstraat 45-11» Dongen
| Adres | «Rijksweg 9» Biezenmortel |
Kinderen verblijven bij tante op «Besterdring 102».
Pension vader: «Grotestraat 340 kamer 4», Waalwijk
ADRES: «STATIONSSTRAAT 21» LOON OP ZAND
de politie ging naar «Hoevenseweg 61-1» na de melding
Moeder en kids zitten tijdelijk op «Lage Witsiebaan 7a».
""".strip().split('\n')

POSTCODE = r"""
postcode «5042 TB» Tilburg
Nieuwe woning in «5061PA» Oisterwijk.
| Postcode | «5081 CJ» |
pc gezin «5171 xg», navragen bij Woonwijzer
Vader zit in «5141 BN» Waalwijk, pension.
Oma woont op «5053 KR» Tilburg.
POSTCODE: «5121 AB»
Moeder verhuist per 1 dec naar «5101kd» Dongen.
verblijfadres vader pc «5172EM»
Pleeggezin in «5126 RX» Gilze.
postcode standplaats: «5111 HW»
""".strip().split('\n')

BSN = r"""
BSN pt.: «{BSN1}»
bsn moeder «{BSN2}»
| BSN | «{BSN3}» |
burgerservicenummer vader: «{BSN4}»
BSN jongste «{BSN5}» (staat in dossier)
bsn: «{BSN6}»
Graag BSN «{BSN7}» gebruiken bij de aanvraag.
Kind is bekend onder bsn «{BSN8}» bij de Toegang.
BSN «{BSN9}»
sofinr vader «{BSN10}»
BSN-nummer zus: «{BSN11}»
""".strip().split('\n')

PHONE = r"""
moeder bereikbaar op «06-48273915»
tel. oma «013-5441928»
vader: «+40 723 418 902» (Roemeens nummer)
| Telefoon | «06 1298 4471» |
Bel «0031 6 3892 1147» als er iets is.
Tante in Waalwijk: «0416-338715».
mob. stiefvader «0623849105»
TEL VADER «+31 (0)6 41 22 87 09»
Buurvrouw «013 - 463 72 81» wil getuigen.
Nummer oom «+48 512 904 337».
zus (17) «06.37.11.52.80»
""".strip().split('\n')

EMAIL = r"""
mail moeder: «sandra.vdbroek83@gmail.com»
vader mailt vanaf «r.isenia@hotmail.com»
| E-mail | «jessie_oisterwijk@live.nl» |
contact via «kowalczyk.piotr@wp.pl»
E-MAIL OMA: «NEL.DAMEN@KPNMAIL.NL»
Stuur het verslag naar «mamavanmees@outlook.com».
pt. mailt zelf: «joepie.2011@icloud.com»
ex-partner «dennis.tbg@gmail.com» stuurt dreigmails
privé mail pleegmoeder «marleen1977@ziggo.nl»
""".strip().split('\n')

IBAN = r"""
IBAN moeder «{IBAN1}»
rek.nr. vader «{IBAN2}»
| IBAN | «{IBAN3}» |
Leefgeld graag overmaken op «{IBAN4}».
Schuldsanering: rekening «{IBAN5}» geblokkeerd.
vader heeft Poolse rekening «{IBAN6}»
Kinderbijslag gaat naar «{IBAN7}» (oma).
iban «{IBAN8}»
Roemeense rekening moeder: «{IBAN9}»
""".strip().split('\n')

URL = r"""
TikTok van pt.: «https://www.tiktok.com/@noortje.tbg»
Facebook vader: «https://www.facebook.com/ionut.popescu.9021»
Insta zus: «instagram.com/elif_tlb_07»
Filmpje staat op «https://youtube.com/@prinsrobbie-ktsh»
snapchat «snapchat.com/add/kimmie16xx»
«https://www.linkedin.com/in/patrick-lambooij-382b1»
""".strip().split('\n')

BLOCK = {'NAME': NAME, 'BIRTHDATE': BIRTHDATE, 'ID_NUMBER': ID_NUMBER, 'ADDRESS': ADDRESS, 'POSTCODE': POSTCODE,
         'BSN': BSN, 'PHONE': PHONE, 'EMAIL': EMAIL, 'IBAN': IBAN, 'URL': URL}
