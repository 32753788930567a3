# Hand-written BLOCK lines. «…» marks a span. {BSN}, {BSN8}, {IBAN:BANK:fmt} are filled by gen_sentences.py.
NAME = r"""
VT: u spreekt met Veilig Thuis. Moeder: ja eh, met «Shanti Ramsaran», ik bel over mijn zoon.
Moeder: «Rajesh» is gisteren weer niet thuisgekomen [onverstaanbaar] ik weet het echt niet meer.
VT: en wie is «Dewkoemar»? Moeder: dat is mijn zwager, hij woont boven ons.
Vader: eh (lacht) nee, «Ricardo» doet dat niet, die is gewoon druk.
tijdlijn | 03-02-2026 | melding school: «Jaïra» had blauwe plek op arm
tijdlijn 14-03-2026 – gesprek met moeder en «Ashwin Jagessar» (stiefvader) in Meerzicht
LVS-export | 4H2 | «Kerensa Doelwijt» | verzuim 12 | code OV | mentor geïnformeerd
LVS | klas 2B | «BAKHTARI, SOHRAB» | ongeoorl. verzuim 18u | status: doorverwezen LPL
oma «Soekdei» past op als moeder naar dialyse moet
halfzus «Milou» woont de ene week bij vader in Waddinxveen
bonuspapa «Gerrit-Jan» heeft het gezag niet maar is er wel elke dag
stiefbroer «Jayden» (16) neemt de jongste mee naar de shisha lounge
«Xiaoling» helpt na schooltijd in het restaurant van haar ouders in Bodegraven tot 23.00 uur
VADER «WEI CHEN» GEEFT AAN DAT DE KINDEREN MOETEN MEEWERKEN IN DE ZAAK
de oudste, «Farzana», draagt volgens school geen jas meer sinds de verhuizing
moeder «Zarmina Stanekzai» spreekt Dari, tolk via Tolkcentrum geregeld
«Haidar» (vader) weigert contact met het Sociaal Team
fam. «Al-Jubouri» is in 2024 vanuit Irak naar Alphen gekomen
«Mustafa»s broer heeft het geld van de toeslag opgehaald
J. vertelt dat «Noor»s vriendje haar telefoon controleert
bonusmoeder «Ilse Verkerk» wil niet meer dat J. in het weekend komt
ex-partner van moeder, dhr. «Koornneef»
«Sem» en «Lotte» (halfbroer en -zus van vaders kant) zijn vaker bij de ruzies aanwezig
tante «Mireille» uit Curaçao komt in januari over om te helpen
«Giselle Martina-Pieters» is de moeder van de twee jongste kinderen
Vader «Rignald» zit sinds de zomer in een rolstoel na een herseninfarct
Mantelzorger van vader is zoon «Dion», 15 jaar, die daardoor veel school mist
Moeder: hij, eh, «Ramon» bedoel ik, die heeft toen de deur ingetrapt.
VT: Klopt het dat «Anjali» daar bij was? Moeder: ja. [stilte] Ja.
Moeder: mijn ex, «Sunil», die belt elke avond [onverstaanbaar] ik neem niet meer op.
opa «harry» komt alleen nog op zondag
broertje «kenji» wordt door de oudste naar school gebracht
TIJDLIJN 2026-05-19 MOEDER + «NAVIN» NAAR HUISARTS IN PALENSTEIN
Volgens «Van Leeuwen» (buurman) is er 's nachts veel geschreeuw
Het wijkteam heeft met «Oudshoorn-Rijnders» gesproken, de grootmoeder
Gesprek gehad met mw. «Kwakernaak», de pleegmoeder van het oudste kind
De heer «Bodegraven» (vader) wil geen hulp van het Sociaal Team
Dhr. «Boskoop», een vriend van vader, kwam mee naar het gesprek
«Hasret» (zus van moeder) kan noodopvang bieden
A. zegt dat «Rosa» haar beste vriendin is en alles weet
nichtje «Sharda» doet tolkwerk voor moeder bij de dokter
Melding via mail: "«Priscilla» heeft weer geslagen, kan iemand komen" – afzender de buurvrouw
«Kiona» wil niet meer naar het huis van vader in Nieuwkoop
«P.R. Tjon-A-Fong» is de wettelijk vertegenwoordiger van de jongste
«R. Mahabier» (oom) heeft een woning in Rokkeveen aangeboden
jeugdige heeft contact met «Yusuf Rahimi», 19 jaar, buiten beeld van ouders
«Lisa-Marie» zit bij Y. in de klas en heeft de foto's gedeeld
Gezinssamenstelling: moeder, vader, «Aiden» (2013), D. (2017)
moeder vertelt dat «Hamid» (oom vaderszijde) haar heeft bedreigd in de moskee
Moeder: ja en toen zei «Orlando» eh van 'ik maak je kapot'. VT: Dat zei hij letterlijk? Moeder: ja.
«Ping» (oma) spreekt alleen Kantonees en kookt in de zaak
sinds maart woont «Tamara Hoogenboom» (nieuwe vriendin van vader) in het huis
vriend van moeder «Dwayne» is veroordeeld voor geweld, zegt politie
Ouders «Malti» en «Radjen» zijn gescheiden maar wonen in hetzelfde portiek
LVS notitie mentor: «Esmée» komt vaak te laat, zegt dat ze voor papa moet zorgen
«Ebru» heeft de kinderen afgelopen weekend opgevangen
«ROSARIO» (grootvader) zit in Bonaire, geen contact
zoon «Ahmad Jan» (17) tolkt voor vader bij het UWV
Moeder wil niet dat «Pascal» nog bij het kind komt
«Kevin-Lee» (halfbroer) heeft een contactverbod
Vader: nou, dan moet je het maar aan «Marjolein» vragen, die weet alles. VT: wie is dat? Vader: mijn ex.
de kinderen noemen «Brian» 'bonuspapa'; hij woont sinds 2025 in het gezin
tijdlijn 07-08-2026: «Jermaine» aangehouden na vechtpartij bij station Zoetermeer Centrum West
In het huis van de zorgen tekende E. oom «Vishal»
De buurvrouw, mevr. «Heemskerk», heeft de politie gebeld
«Trees» (oma moederszijde) is overleden in augustus, sindsdien veel verdriet
Het kind noemt «Maarten» haar 'echte vader'
Afspraak: «Kamal» haalt de kinderen niet meer op van school.
moeder heeft via «Layla» (vriendin) een kamer in Katwijk
«Lin» (12) werkt na school in de keuken van het restaurant
«Zhang» (vader) stond op 19-10 met een mes in de keuken, aldus de oudste
«de Jong» (stiefvader) verblijft tijdelijk bij zijn moeder
LVS | 3VWO | «Tiago Lopes da Silva» | te laat 9x | zorgleerling | ja
«Roshni Baldewsingh» heeft de kinderen bij zich genomen na de escalatie
bonuspapa «maurice» en halfzus «evi» wonen in Hazerswoude
Jeugdige heeft een relatie met «Dani», 21 jaar, via Snapchat leren kennen
Vader noemt «Gulalai» (zijn moeder) de baas van het gezin
«Soeniel» is de biologische vader van D., erkend in 2019
moeder: «Wendell» heeft de sleutel nog, dat is het probleem
In gesprek met «Ngozi» bleek dat er geen eten in huis was
«De Graaf» (opa) rijdt vader naar de revalidatie in Leiden
«Yasmina» zit in de JJI en belt elke zondag
Gesprek met de gezinsvoogd, mevrouw «Schouten», op 12-11
De leerkracht, juf «Annelies», zag striemen op de rug
Mentor «Van Rijn» van het Coenecoop signaleerde zelfbeschadiging
Wijkagent «Kok» heeft op 3 oktober een huisbezoek afgelegd
De jeugdarts, dr. «Baldew», ziet groeiachterstand
Volgens «Sanne van Vliet» van Jeugdhulp Zoetermeer is moeder niet bereikbaar
Stem van de jeugdige: «Imani» (14): "ik wil gewoon dat mama stopt met huilen"
«Zoë» vertelt in de time-out ruimte dat stiefbroer haar aanraakt
broer «Ali Reza» slaapt bij een vriend in Ridderveld
Tante «Chandra Sital» (Den Haag) kan bijspringen in de vakanties
«Cheryl» en «Jurgen» (ouders) hebben samen een contactregeling
VT: en hoe heet uw dochter? Moeder: «Kayleigh». Met ei-gee-ha. (lacht)
opa «Lao» speelt mahjong met de kinderen in de zaak
Jeugdige zegt: «Nathalie» (bonusmoeder) is de enige die naar me luistert
Kinderen «Rayan», «Sami» en «Dunya» verbleven die nacht bij de buren
Moeder «Sushila» gebruikt sinds de scheiding kalmeringsmiddelen
Vader belt dagelijks met «Sharon», zijn ex uit Gouda, over geld
"Mama «Ruth» slaat niet, alleen als we heel stout zijn" – D. (8)
"""
BIRTHDATE = r"""
Jeugdige: R. («14-06-2012»)
geb. «3-2-2014» te Alphen aan den Rijn
LVS | 2A | geboortedatum «17/09/2011» | leerjaar 2 | NT2
Moeder: hij is geboren op «8 december 2015», in het Groene Hart. VT: ja.
tijdlijn: «2013-04-22» geboorte S. in LangeLand Ziekenhuis
geboren: «06.11.2010»
D.o.b. jongste: «21-jan-2019»
halfbroer, geb. «30 mei '16», woont bij vader
Gezinssamenstelling: moeder, A. (geb. «12-12-2012»), B. (2016)
VT: geboortedatum van de baby? Moeder: eh «vijf maart tweeduizendvijfentwintig».
GEBOREN «19-07-2009» TE GOUDA, NU BIJ PLEEGGEZIN
geboortedatum moeder: «4 okt. 1991»
K. («27/03/14») is het jongste kind
LVS-export; gebdat «20120915»; klas 1M
dochter is op «2 februari 2011» geboren in Suriname
stiefbroer (geb. «11-8-2008») heeft een eigen kamer
Jeugdige(n): M. («09-05-2013»), J. (2016)
de tweeling is geboren «16/11/2017» in het LUMC
"""
ID_NUMBER = r"""
cliëntnummer Youz «Y-2024-088613»
patiëntnr. LUMC: «4471920-3»
dossier VT HM «VT26-031187» (oude melding)
LVS leerling-id «LL0093741» Alfrink College
zaaknr. rechtbank «C/09/681234 / JE RK 25-1102»
Rivierduinen cliëntnummer «RD-559201»
V-nummer vader: «3092817466»
moeder heeft paspoortnr. «NX8K2L9R1» afgegeven aan de gemeente
Kenmerk Jeugdbescherming west: «JBW/2025/44170»
tijdlijn 02-06-2026 aanmelding Curium-LUMC onder nr. «CUR-26-00781»
Vader: ja ik heb hier dat nummer, eh «77310452», van het CAK. VT: dat is zijn dossiernummer? Vader: ja.
Registratienummer politie (BVH) «PL1500-2026187734»
polisnummer zorgverzekering vader «301884726»
rijbewijsnummer moeder «5719034428», ingenomen na ongeval
"""
ADDRESS = r"""
Moeder woont sinds kort aan de «Amerikaweg 118» in Zoetermeer.
vader verblijft op «Van Beethovenlaan 42-B», Alphen aan den Rijn
tijdlijn 12-05-2026 huisbezoek «Goudse Poort 9» (boven de zaak)
oma woont «Oranjelaan 31a» in Gouda
LVS | adres: «Raadhuisstraat 3» | Boskoop
VT: en waar woont u nu? Moeder: eh, «Vlamingstraat 7 zwart» [onverstaanbaar] in Korte Akkeren.
restaurant en woning: «Dorpsstraat 112 A», Waddinxveen
Stiefbroer heeft een kamer op «Rijndijk 210 bis», Hazerswoude
BONUSPAPA WOONT «HOOGEWAARD 77», KOUDEKERK
Nieuwe adres moeder na echtscheiding: «Lange Groenendaal 14-3»
aangepaste woning (rolstoel) aan de «Burgemeester Visserpark 5» in Benthuizen
"""
POSTCODE = r"""
postcode moeder: «2713 BL»
vader woont in «2402PK» Alphen
LVS | pc «2807 xr» | Gouda
Moeder: de postcode is eh «2741 NG», Waddinxveen. VT: dank u.
nieuw adres in «2331 VH» (Stevenshof)
tijdlijn 05-01-2026 verhuizing gezin naar «2725BG»
post voor vader gaat naar «2222 AB» Katwijk
OMA: «2771 TD» BOSKOOP
correspondentie naar oom (pc «2411 EA»)
woning aangepast voor rolstoel, postcode «2727 kp»
halfzus woont met bonusmoeder in «3441 CE» Woerden
"""
BSN = r"""
BSN jeugdige: «{BSN:plain}»
bsn moeder «{BSN:dots}»
LVS | burgerservicenr «{BSN:plain}» | klas 3H
Moeder: zijn BSN is «{BSN:spaces}». VT: dank u, die noteer ik even.
BSN stiefbroer «{BSN:dash}»
sofi/bsn vader: «{BSN:plain}» (oude pas)
tijdlijn: 09-09-2026 BSN van baby («{BSN:plain}») doorgegeven aan JGZ
burgerservicenummer halfzus «{BSN8:plain}»
BSN oma «{BSN:dots}», ivm mantelzorgwaardering
«{BSN:plain}» (bsn zoon, zie formulier)
Vader: BSN eh «{BSN:spaces}» of zo. [papier geritsel]
"""
PHONE = r"""
mobiel moeder «06-38194726»
Vader is bereikbaar op «+31 6 4702 8815»
tijdlijn 11-02-2026 oma belt vanaf «079-3621874» (vaste lijn)
Moeder: mijn nummer is eh «06 21 55 93 07». VT: 06 21 55 93 07, klopt dat?
LVS | tel. ouder «0172-418263» | geen reactie
stiefvader: «+316 19283746»
bonusmoeder belt vanaf «0031 6 55018273»
restaurant, ook privénummer van vader: «(0182) 614 077»
Tel halfbroer «06-1209 4431»
buurvrouw (steunfiguur) «071-5142298»
DE JEUGDIGE ZELF: «0628374615»
"""
EMAIL = r"""
mail moeder: «shanti.r1987@hotmail.com»
Vader mailt vanaf «r.jagessar@live.nl»
LVS | e-mail ouder «familie.chen.bodegraven@gmail.com»
stiefvader «mauricevdb74@ziggo.nl»
e-mail jeugdige: «xx.kayleigh.xx@outlook.com»
Moeder: het is «dion.mama@kpnmail.nl». VT: met een punt ertussen? Moeder: ja.
halfzus «milou2010@icloud.com»
BONUSMOEDER: «ILSEVERKERK@GMAIL.COM»
tante mailt via «mireille.cur@yahoo.com»
"""
IBAN = r"""
IBAN moeder «{IBAN:RABO:g}»
toeslag gaat naar «{IBAN:INGB:c}» (rekening van stiefvader)
vader: rekeningnr «{IBAN:ABNA:g}»
LVS | ouderbijdrage via «{IBAN:SNSB:c}» | betaald
Moeder: het rekeningnummer is eh «{IBAN:ASNB:g}». VT: op wiens naam? Moeder: van mij.
restaurant is privé: «{IBAN:KNAB:g}»
tijdlijn 21-04-2026 geld overgemaakt naar «{IBAN:BUNQ:l}» (vriend van jeugdige)
alimentatie naar «{IBAN:TRIO:c}»
zakgeld halfbroer op «{IBAN:RBRB:g}»
"""
URL = r"""
TikTok jeugdige: «https://www.tiktok.com/@kiona.x.2711»
Instagram van stiefbroer «instagram.com/jaydennn_ztm»
Vader verkoopt spullen via «https://www.facebook.com/ashwin.jagessar.58»
LVS melding: filmpje staat op «youtube.com/@sharda_vlogs99»
snap van vriend: «snapchat.com/add/dwayne_hm»
moeder houdt blog bij: «https://mijnleven-metrolstoel.blogspot.com/»
"""
