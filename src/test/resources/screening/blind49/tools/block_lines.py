# -*- coding: utf-8 -*-
# BLOCK lines; personal-data spans marked with «...». Placeholders {BSN9} {BSN8} {BSNDOT} {BSNSP} {IBAN..} filled by gen_sentences.py
NAME = r"""
[14:32] «Shanti» 💔: mama is weer boos op mij ik ga naar nani
oma «Trees» uit Duindorp haalt de kinderen op woensdag op
Nani «Kamla» woont op de flat in Moerwijk, kinderen slapen daar vaak.
VIA TOLK ARABISCH: vader «Abdelkarim ben Lahcen» zegt dat hij niet slaat
Pandit «Ramkoemar» heeft een gebed gedaan in huis, moeder vond dat steun.
moeder noemt de nieuwe vriendin van vader alleen 'die «Nadia»'
whatsapp 21:07 van «Ilse»: "hij staat weer voor de deur!!! 😡😡"
Broer «Emre Can» (19) rijdt J. naar school.
Bhai «Sunil» komt elke vrijdag eten, volgens moeder "familie van de tempel"
Tante «Wendeline Zaandam» (Curaçao) wil K. tijdelijk opvangen.
dhr. «Kowalczyk» werkt bij de kassen in Wateringen en is doordeweeks weg
«Yordanka»s zus belde de school, via tolk Bulgaars
"Mi no ke bai cas di «Rudsel»" zegt J. (Papiaments: ik wil niet naar R.'s huis)
buurvrouw «Fenna Toet» hoort geschreeuw door de muur
Gezin «Sewgobind»: moeder, 3 kinderen, oma in huis.
Umm «Yusuf» (zo noemt moeder zichzelf in de appgroep) stuurt berichten naar de leerkracht
«ABDIRAHMAN» IS VADER, WOONT IN LEIDSCHENDAM
Mail van «Petra de Zeeuw» (buurvrouw): ze zag S. 's nachts op straat.
Didi «Reshma» let op de kleintjes als moeder nachtdienst heeft
vader zegt: "«Tesfay» is mijn neef, geen probleem"
Stiefvader «R. Marhé» weigert het gesprek.
«Gerrit Jan Toet» (opa vaderskant) was schipper, drinkt veel
[09:12] Mama: waar ben je / [09:13] «Rowena»: bij «Chayenne» thuis
appje van vader: "«Ayoub» krijgt niks van mij als hij zo doet"
«Mirela Dimitrova» is de moeder van de baby, zij spreekt alleen Bulgaars.
ex-partner «Orlando» (Creools, 'Lando') heeft een contactverbod
de vriend van moeder heet «Piotr», hij slaapt er 4 nachten per week
ook opa «Abu Bakr» bemoeit zich ermee
oom «Hassan bin Said» woont boven de winkel
«Sandra» (nieuwe partner vader) heeft zelf 2 kinderen in Rijswijk
Ouders: «Rakesh» en «Anita Bissumbhar»
moeder heeft een vriendin «Mavis» die mee naar gesprekken komt
Bij «Roos» thuis is het rustiger, zegt J. (Roos = vriendin van school)
«Faduma Warsame» (tante) tolkt zelf, dat is niet wenselijk.
«de Bruin» (buurman) heeft politie gebeld op 3-11-2026
Nana «Ramdhani» is de opa die geld leent aan moeder
«souad» heeft het appje doorgestuurd naar de juf
halfzus «Xiomara» (16) zorgt voor de jongste als moeder uitgaat
tolk Tigrinya aanwezig; moeder «Freweini» huilde veel tijdens het gesprek
dhr «A.K. Baldewsingh» kwam onaangekondigd op het huisbezoek
«Jopie» (opa, visser) neemt J. mee op de kotter van de familie
[23:48] «Romano» 🤬: ik maak je kapot als je de kids niet terug brengt
«Nuray Yıldırım» is de oudste zus, zij woont in Ypenburg.
BROER «KEMAL» ZIT IN DETENTIE
«kobus» en «marrigje», de grootouders van vaderskant, willen omgang
moeder («Lakshmi») zegt dat schoonmoeder haar niet accepteert
vader «Reginald Kasanpawiro» werkt in de haven
"Ik mis «Moesje»" zegt J. over de overleden oma
J. slaapt soms bij vriendje «Thijme»
De vriend «Jamal El Idrissi» heeft eerder een melding gehad
Gezagdrager: «Magdalena Wiśniewska»
mama's nieuwe vriend «Burak» komt steeds vaker
de schoonzus «Vanita» dreigt moeder aan te geven
| Opa | «Hendrik Pronk» | visser, Scheveningen |
| Oma (mzk) | «Ruth Kasandjo» | Vrederust, flat |
| Halfbroer | «Milan» | 17 jr, bij vader |
"«Jurgen» laat ons nooit met rust" (moeder, via WhatsApp-spraakbericht)
«Mohamed Amine» (vader) verblijft nu bij zijn moeder in Transvaal
«Saïda» (tante) haalt het meisje soms uit school
Drie huishoudens: bij moeder, bij vader en «Kimberly», en bij oma «Hermina».
de neef «Sanjay Jagesar» verkoopt volgens school wiet bij het hek
wijkagent «Brouwer-Lont» van bureau Hoefkade kwam twee keer langs
«Kristina» en «Georgi» (ouders) werken allebei in de tuinbouw
moeder noemt zichzelf «Anouska» op facebook, niet haar echte naam
«ABDELLAH» ZEGT DAT ZIJN ZOON LIEGT
Pleegouder (netwerk): oom «Mustafa Aydın»
juf zegt dat «Liam» vaak zonder eten komt
de stiefmoeder, «Chantal», noemt J. "dat kind"
Moeder en «Feliciano» zijn sinds augustus uit elkaar
zus «Precious» (14) past op; te zwaar voor haar
«Latifa» haar ex-man bedreigt haar via Snapchat
vanaf maandag woont J. bij «Tjitske» en haar man (pleeggezin)
«Van der Toorn» (oom) regelt vis en geld voor de familie
Sms van «Nicole» 07:55: kan ik hem vandaag eerder halen
moeder «Zainab bint Ali» (zo staat ze in de moskee bekend)
MW. «RAMSARAN» WIL GEEN HULP MEER
Ouders van moeder, «Bertus» en «Aaltje», willen niet betrokken worden
dhr. «Osei» komt uit Ghana en is de nieuwe partner
"Ik ben bang voor «Marco»" zei J. huilend
Vader van J., «Sergio Martis», zit in Curaçao
«Agnieszka»s moeder is met de kinderen naar Polen
J. speelt met «Ilias» en «Younes» op het plein
de ex, «Tjeerd», heeft nog een sleutel van de woning
neefje «Jaydon» (6) logeert elk weekend
volgens «Mevlüde» (grootmoeder) is er niks aan de hand
«Bas» (vriend van moeder) rookt in huis in bijzijn van baby
tolk Arabisch: oma «Khadija» wil de kinderen terug naar Marokko
«Ravi» zit op het Mondriaan; contact met moeder is slecht
oom «Winston» (Sranantongo: 'mi brada') heeft de kinderen opgevangen
moeder vertelde dat «Stefan Kolev» geld van haar eist
Familie «Zwaneveld»: drie generaties in één huis in Scheveningen.
«Abdi» (broer, 20) is de enige die Nederlands spreekt
vader belde met «Ismail» om de kinderen te halen
| Moeder | «Priya» | 1991 |
de oppas, «Willemien», ziet blauwe plekken op de arm
screenshot: 'ik weet waar je woont «Samira» 😈'
«Dilan» (zusje, 9) wil niet naar papa
stiefvader «O.F. Leeflang» heeft vaste baan bij de gemeente
"Fa waka «Shirley»? A no e kon" (Sranantongo, oma over moeder)
de gezinsvoogd, mevrouw «Bouchtaoui» van Jeugdbescherming west, belde op 2-12-2026
"""
BIRTHDATE = r"""
J. (geb. «12-03-2012») woont bij oma in Moerwijk
Geboortedatum zus: «4 juli 2016»
baby geboren op «27-09-2026» in het Juliana Kinderziekenhuis
Jeugdige: S. («03/02/2014»)
broertje, geb «21.11.2019», zit op de peuterschool
Moeder is geboren op «9 januari 1993» in Paramaribo.
J. («2011-06-15») wil niet meer naar vader
dob vader: «14-08-1985»
Jeugdige(n): A. («17-01-2013») en M. (2016)
tweeling geboren «30 okt. 2020»
GEB. DATUM: «01-12-2010»
K. is jarig op «23 mei» en wordt dan 13 (geb. 2013), wil feest bij oma
geb. «2 feb '15», nu in groep 7
Halfzus (geb. «19/04/2008») woont zelfstandig in Laak
J. werd geboren «29-2-2012»
geboren «11 augustus 2018» te Den Haag (jongste)
| Broer | 'geboren «08-10-2017»' | bij vader |
vader, geboren «5-5-1979» in Mogadishu
"""
ID_NUMBER = r"""
dossiernr. Veilig Thuis: «VT-HGL-2026-48213»
clientnummer Youz «YZ0391772»
JB west zaaknummer «JBW/26/071934»
paspoortnummer moeder «NW7KR2H85»
ID-kaart vader: «IXK4P8D21»
Verblijfsdocument (V-nummer) «2047391865»
Parnassia patientnummer «P-5527186»
Haag Wonen huurdernummer «HW-0081347»
politie registratienummer «PL1500-2026-338197»
HagaZiekenhuis patiëntnr «4183729»
clientnr CJG: «CJG-DH-77613»
dossier RvdK «RvdK 2026/0318842»
Staedion contractnummer «ST-99-604152» (achterstand)
bulgaars identiteitsnr «8503126641»
"""
ADDRESS = r"""
Moeder woont «Hoefkade 412» 2e etage
oma heeft een flat op «Dedemsvaartweg 1043», Moerwijk
Vader verhuisd naar «Paul Krugerlaan 88-B»
de kinderen zijn bij opa «Westduinweg 24» (Duindorp)
adres vader: «Vaillantlaan 317a», Den Haag
OPVANG BIJ TANTE: «VAN ZESSENSTRAAT 19»
nieuwe woning «Loevesteinlaan 212» (Xtra-woning)
J. slaapt bij vriend «Wouwermanstraat 7 hs»
Familie woont boven de kapper, «Hobbemastraat 156», Schilderswijk
zus van moeder: «Laakkade 61-3»
huisbezoek gedaan op «Soestdijksekade 880» bij oma
"""
POSTCODE = r"""
woonachtig in «2525 CD» Den Haag
postcode oma «2571VT»
Vader staat ingeschreven op «2285 KR» Rijswijk
verhuisd naar «2496 ZP» (Ypenburg)
adres tante: «2583 AB», Scheveningen
nieuw adres moeder: «2543 TJ» Den Haag
oma Voorburg «2271 EM»
Postcode: «2521 BB»
wateringen, «2291 HK», bij de schoonouders
PC vader «2532VJ»
huishouden opa «2583 DD»
"""
BSN = r"""
BSN J.: «{BSN9a}»
bsn moeder «{BSNDOTa}»
Burgerservicenummer vader: «{BSNSPa}»
BSN baby «{BSN9b}» (aangevraagd via gemeente)
bsn-nr oma «{BSN8a}»
BSN: «{BSN9c}»
BSN zus «{BSNDOTb}»
sofi/bsn vader «{BSN9d}»
ik heb het BSN («{BSN9e}») doorgegeven aan de huisarts
BSN halfbroer: «{BSNSPb}»
Stiefvader, BSN «{BSN9f}»
"""
PHONE = r"""
mobiel moeder «06-28417359»
bel tante «+31 6 51 38 20 47» bij nood
Vader: «0614927736»
oma vast nummer «070-3894412»
whatsapp nr vriend «06 47 19 28 03»
«+359 887 412 603» (vader in Bulgarije)
telnr opa Scheveningen «070 - 355 18 24»
Bereikbaar via broer «06-1938 4472»
poolse nummer moeder «+48 512 774 091»
J. belde vanaf «0031 6 4720 1198»
nr. van de nieuwe partner: «(06) 33 71 9042»
"""
EMAIL = r"""
mail moeder: «sharmila.r1990@hotmail.com»
vader mailt vanaf «kingromano070@gmail.com»
«nani.kamla.b@live.nl» (oma)
E-mail: «yordanka.petrova88@abv.bg»
contact tante «faduma.w@outlook.com»
J. gebruikt «rowena_xoxo2011@icloud.com»
stiefvader «r.pronk@ziggo.nl»
vader: «abdel.hd@hotmail.nl»
«Curacao_dushi77@yahoo.com» is het mailadres van opa
"""
IBAN = r"""
Rekening moeder: «{IBAN_NL_SPa}»
vader betaalt alimentatie van «{IBAN_NLa}»
Huur wordt afgeschreven van «{IBAN_NL_SPb}» (oma)
Bulgaarse rekening vader «{IBAN_BG}»
IBAN: «{IBAN_NLb}»
rekening op naam van J. «{IBAN_NL_SPc}»
Polen: «{IBAN_PL}»
iban tante «{IBAN_NLc}»
zakgeld gestort op «{IBAN_NL_SPd}»
"""
URL = r"""
TikTok van J.: «https://www.tiktok.com/@shanti.x.070»
vader zet filmpjes op «https://www.instagram.com/kingromano_070/»
«facebook.com/yordanka.petrova.5» (moeder)
Snapchat: «snapchat.com/add/rowena_xo11»
link: «https://www.youtube.com/@familiepronk» met filmpjes van de kinderen
«https://linktr.ee/ravi.r070» (broer)
"""
