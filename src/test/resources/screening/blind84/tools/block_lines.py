# Hand-written BLOCK lines for blind84. Spans marked with «...». {BSN:fmt} / {IBAN:cc:bank:grp} filled by gen_sentences.py
NAME = """Moeder «Priya» werkt in ploegendienst bij de bagage-afhandeling op Schiphol.
Mrs «Tanaka» called the school counselor on Monday about the bruises.
Vader «Arjun Raghavan» is voor zijn werk vaak in Bangalore, 3 wk per maand weg.
zus «yuki» (16) past vaak op de tweeling, ook doordeweeks tot laat
Student's father, Mr «Ben-David», declined a meeting with the zorgteam.
Oom «Noam» uit Tel Aviv logeert sinds de zomer bij het gezin.
Mom «Jennifer» says she is 'done with the Dutch system'.
Stiefvader «Gareth Pryce-Owen» werkt bij KLM als purser en is veel weg.
«RAMSARAN, SUNITA» | moeder | gezag: ja
Oma «Dropatie» (nani) woont in bij het gezin in Hoofddorp.
Volgens «Kofi» wordt er thuis alleen Twi gesproken.
Tante «Abena Owusu-Mensah» neemt de kinderen zondags mee naar de kerk in Duivendrecht.
«Kwame»'s oudere broer zit vast in Teylingereind.
Moeder «Olena» is in maart 2022 met de kinderen uit Charkiv gevlucht.
Vader «Serhiy Bondarenko» is in Oekraïne gebleven (dienstplicht).
babusya «halyna» kookt elke dag, verder weinig toezicht
Gastgezin «Van Wijngaarden» in Zwanenburg vangt moeder en kinderen op.
«Dmytro» (broer, 17) drinkt en blowt 's avonds in het park.
Mw. «Hoogkamp» van het wijkteam belde op 4 november met school.
Dr. «Venkataraman» (psychiater Levvel) heeft de medicatie verhoogd.
Per mail van «Annelies» (mentor): R. was weer afwezig bij het 1e uur.
Ms «Whitfield» (school counselor) shared her concerns by mail on Friday.
Vader «Haruto» spreekt geen Nederlands; tolk Japans nodig bij gesprekken.
Oma «Sato» is in oktober teruggevlogen naar Osaka.
The twins «Aiko» and «Ren» are in grade 3 and 5 at the lower school.
Mother's boyfriend, «Tyler», has been staying over most weekends.
Mrs «Carter-Lindqvist» refuses any contact with Jeugdbescherming.
Oudste zoon «Rohan» (19) woont op kamers in Diemen.
moeder «neha» en vader «vikram» werken allebei als IT-consultant op de Zuidas
«Shira» (zus, 14) heeft het incident met haar telefoon gefilmd.
«Avraham Mizrahi», de opa, wil het gezag over de kinderen aanvragen.
Buurvrouw «Riet Kooijman» hoorde het gegil en belde 112.
Buurman «de Graaff» van twee hoog heeft vaker de politie gebeld.
Ex-partner «Marco Duinkerken» heeft sinds augustus een contactverbod.
Vriend van moeder, «Roy», slaapt er 4 nachten per week.
J. logeert bij vriendin «Femke» in Uithoorn als het thuis escaleert.
«PERSAUD» (vader) zegt dat hij alleen 'een tik' heeft gegeven.
Nana «Yaa» komt uit Kumasi en woont sinds 2019 in Duivendrecht.
Vader «K. Asante» werkt nachtdiensten in de schoonmaak op Schiphol.
Mr «A.K. Bhattacharya» (father) did not show up for the intake at Levvel.
«Iryna Kovalchuk» (moeder) heeft een tijdelijke verblijfsvergunning.
Broer «Bohdan» gaat naar de ISK in Amstelveen.
Contactpersoon in NL: oom «Taras», ook gevlucht, woont in een opvang.
Mausi «Kamla» (tante van moeders kant) is een belangrijke steun.
Vader «Rakesh Bhagwandin» heeft schulden bij familie in Paramaribo.
De familie «Baldew» houdt de eer hoog; praten over thuis is taboe.
«Anjali»s moeder wil haar na de zomer naar Suriname sturen.
Aja «Sukhdeo» overleed in september; sindsdien escaleert het thuis.
Volgens «Terpstra» van de BSO was Y. de hele middag stil en schrikachtig.
«Koen» (ex van moeder) stalkt haar via Snapchat.
moeder heeft nieuwe relatie met «Sander Blokhuis» (32), werkt bij KLM Cargo
Dhr. «Van Oosten» (buurman, 78) past soms op de kinderen.
opa «wim» haalt de kids op van school op dinsdag en donderdag
Grote zus «Noor» (22) wil de kinderen tijdelijk in huis nemen.
Halfzus «Lente» (9) woont bij haar vader in Abcoude.
Broertje «Mats» wordt op school gepest en plast weer in bed.
Hr. «Yamamoto» wil geen hulp 'van buitenaf', dat is gezichtsverlies.
«Eitan» (vader) dreigde de kinderen mee te nemen naar Israël.
Oma «Esther Levi-Cohen» is bereid om tijdelijk op te vangen.
Mentor «Brouwer» heeft op 12-11 de ouders gebeld over het verzuim.
Grandmother Mrs «Sharma» lives with the family half of the year.
Nanny «Maricel» (au pair, Filipijnen) ziet de klappen maar durft niets te zeggen.
Au pair «Lucía» heeft het gezin in september halsoverkop verlaten.
Vader «Willem-Jan Hofstede» is piloot en wisselt vroege en late diensten.
Fam. «Zwaan» woont al jaren naast het gezin in Zwanenburg.
Vader «Piet Visch» woont tegenwoordig in Floriande.
tante «Marga» en oom «Henk» zijn afgehaakt na de ruzie met kerst
«DE RUITER, MELANIE» - moeder - gezag
Vader «Kees» is vrachtwagenchauffeur, rijdt naar Schiphol Logistics Park.
| zus | «Akosua» | 15 | Amstelveen College |
| vader | «Emmanuel Boateng» | 44 | woont in Accra |
| stiefvader | «Gert Verhoef» | 51 | geen gezag |
«V. Moerkerken» (oom) heeft een vuurwapenvergunning, schietvereniging.
According to «Priyanka», her brother hits her when the parents are away.
Dad «Michael» travels three weeks per month (Chicago, Houston).
Mom «Hannah Goldberg» drinks daily, per the housekeeper.
«Oliver»'s PE teacher saw bruises on his back after gym class.
Best friend «Chloe» told the counselor about the self-harm.
Ouders «Takahashi» willen geen Jeugd-GGZ; te veel schaamte.
Patiënt «Arav» (15) werd op 02-10-2026 opgenomen op de crisisafdeling.
Betreft: «S. Ramautar», opname De Bascule, ontslag 30-10-2026
Geachte collega, hierbij de ontslagbrief van «Mila».
De heer «Bakhuizen» (vader) was bij het eindgesprek aanwezig.
moeder (1984) en haar partner «joël» wonen samen sinds vorig jaar
Opa «Ferry» haalt Z. iedere woensdag op van de voetbal.
Oom «Vinod» geeft bijles wiskunde in het weekend.
Moeder «Chandni Mahabier-Ganga» werkt bij de douane op Schiphol.
«Rudy» (vriend van vader) dealt volgens de buren vanuit de schuur.
Mevr. «Oudshoorn» (netwerkpleegmoeder) kan tot de kerstvakantie opvangen.
Vader «Nieuwenhuis» weigert de gezinsvoogd binnen te laten.
«OKSANA» HEEFT DE KINDEREN MEEGENOMEN NAAR HAAR ZUS
Zus van moeder, «Svitlana», woont in Badhoevedorp.
«Mykola» (neef, 20) sleept J. mee naar feestjes in Amsterdam.
Verteld door «Ama» (moeder): 'ik sla niet, ik voed op'.
Moeders ex «Jermaine» heeft haar in juli mishandeld.
Jeugdarts «Van Harskamp» zag een verwaarloosd gebit en luizen.
Huisarts dr. «Lindeboom» verwees in oktober naar Levvel.
«Hiroshi» en «Keiko» zijn gescheiden; co-ouderschap, week-op-week-af.
Voetbaltrainer «Jurgen» bracht haar die avond thuis.
cc: «Ravi» (vader), graag terugbellen voor vrijdag"""

BIRTHDATE = """Student DOB: «March 3rd, 2011» (grade 9)
Date of birth: «03/14/2012», per the US passport
geb. «12-06-2010» te Paramaribo
Zusje is geboren op «5 juni 2019» in het Spaarne Gasthuis.
Jeugdige: R. («17-08-2011»)
Gebdat moeder: «1985-11-02»
born on the «12th of January 2014» in Tokyo
d.o.b. «2.9.2010»
Geboortedatum: «20100709»
Baby is op «04-10-'26» geboren, 34 weken, in het Amsterdam UMC.
| geb.datum | «11 nov 2008» |
zoon: geboren «23.05.2012» in Kyiv
Betreft patiënt geb. «07-01-2011», opname 12-10-2026 t/m 30-10-2026.
DOB «Sept 9, 2013»
Moeder werd op «1 mei 1990» geboren in Nickerie.
GEB. DATUM VADER: «30-06-1979»
Vader (geb. «14 mrt. '81») werkt bij Schiphol Security.
Jeugdige(n): A. («2011-04-22») en broer S. (2014)"""

ID_NUMBER = """Levvel cliëntnr. «LV-2026-48817» graag vermelden bij terugkoppeling
patiëntnummer Amsterdam UMC «7290113»
Dossiernummer Veilig Thuis Amsterdam-Amstelland: «VTAA-26-019932»
Student ID «S20877» at the international school in Amstelveen
Passport no. of the father: «E73920176»
V-nummer moeder: «8812045531»
Oekraïens paspoort «FX 220418»
Zaaknr JBRA «2026-JB-3310»
Kenmerk Arkin: «ARK/26/00471»
Bascule patnr «B-119284»
leerlingnummer «118842» (Keizer Karel College)
Eigen Haard huurdersnummer «EH-5530219» (huurachterstand)
Rijbewijsnummer vader «5803318842»
DBC-traject geopend op cliëntnummer «30045821»"""

ADDRESS = """Gezin woont «Van der Hooplaan 41-A» in Amstelveen.
adres: «Startbaan 12», Amstelveen (3-hoog, geen lift)
Opa woont op «Bovenkerkerweg 88» en heeft een schuur vol rommel.
Moeder verhuisde in oktober naar «Rembrandtweg 233».
vader zit tijdelijk op «Kruisweg 1017», Hoofddorp (pension)
Tante woont «Admiraal de Ruyterlaan 19» in Uithoorn.
ONDERGEBRACHT OP «DORPSSTRAAT 54 B», AALSMEER
| adres | «Ouddiemerlaan 140» Diemen |
Woning «Rijnlanderweg 902» is door Ymere dichtgezet.
Ukrainian family lives at «Burgemeester Kasteleinweg 5-II», Aalsmeer.
Vader woont sinds de scheiding op «Rijksstraatweg 104», Duivendrecht."""

POSTCODE = """pc «1183 HK» Amstelveen
Moeder staat ingeschreven op «2134AB» Hoofddorp.
postcode: «1432 lm»
Home ZIP: «1187 TZ»
| pc | «2152 ER» |
oma woont in «1115AX» Duivendrecht
Moeder zit nu in «1422 RN», bij haar zus.
Vader is verhuisd naar «1171 VT» Badhoevedorp.
Nieuwe postcode vader: «1161DP»
Briefadres: «1112 xl» Diemen
POSTCODE WONING: «1431 GK»"""

BSN = """BSN jeugdige: {BSN:plain}
bsn moeder {BSN:dots}
Burgerservicenummer: {BSN:spaces} (uit brief SVB)
BSN vader = {BSN:dash}
| BSN | {BSN:plain} |
Citizen service number (BSN) of the student: {BSN:plain}
BSN broertje {BSN:eight}
Oekraïense moeder heeft inmiddels BSN {BSN:plain} (inschrijving BRP)
sofinr. (oud) van oma: {BSN:dots}
{BSN:plain} is het BSN van de baby, zie kraamdossier
Ontslagbrief, BSN patiënt {BSN:spaces}"""

PHONE = """Moeder bereikbaar op «06-23487719» (na 16.00).
Father's mobile: «+1 (646) 555-0187»
Vader: «+31 6 41 20 77 03»
Oma vast nummer «020-6471183»
tel tante Uithoorn «0297-563208»
Dad UK number «+44 7700 900412»
Moeder (Oekr. nummer) «+380 67 331 2048»
Opa in Haifa: «+972 54-778-3310»
bel de buurvrouw op «023 5619 044»
Vader WhatsApp «0031 6 1988 2470»
| telefoon | «(020) 645 88 12» |"""

EMAIL = """Mail moeder: «raj.k.iyer@gmail.com»
Mrs H. prefers e-mail: «mrs.hollis1979@hotmail.co.uk»
Moeder mailt vanaf «olena.kh@ukr.net»
Vader: «kofi.a.mensah@yahoo.com»
Parents' contact: «yuto.nakamura@outlook.jp»
e-mail oma «shira.benami@walla.co.il»
mailadres moeder «sunita_r83@live.nl» (leest ze zelden)
Stiefvader: «d.brakenhoff@ziggo.nl»
vader mailde de mentor vanaf «papa.jaydev@hotmail.com»"""

IBAN = """Kinderbijslag wordt gestort op {IBAN:NL:ABNA:0}
IBAN moeder: {IBAN:NL:INGB:1}
Vader betaalt alimentatie vanaf {IBAN:NL:RABO:1}
rekening oma {IBAN:NL:SNSB:0}
| IBAN | {IBAN:NL:BUNQ:1} |
Budgetbeheer loopt via {IBAN:NL:ASNB:1}
Moeder's Ukrainian account: {IBAN:UA::1}
Father's UK account {IBAN:GB:BARC:1}
Leefgeld op {IBAN:NL:KNAB:2}"""

URL = """Instagram van J.: «https://www.instagram.com/yuna.k_0712»
Moeder plaatst filmpjes op «tiktok.com/@sunitaslife_hfd»
Vader: «https://www.facebook.com/bohdan.kravets.3390»
Dad's LinkedIn «https://www.linkedin.com/in/arjun-raghavan-9b2214»
YouTube-kanaal broer: «https://www.youtube.com/@kwesi_vlogs_1115»
Stiefvader: «https://x.com/gareth_flies»"""
