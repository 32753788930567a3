# BLOCK lines for blind set 94. Spans are marked with «…». {BSN:fmt} / {IBAN:cc:bank:fmt} are filled by gen_sentences.py.
NAME = r"""
Moeder «Fadoua» werkt in de nachtdienst bij het distributiecentrum in Moerdijk.
> Verzonden: dinsdag 3 november 2026 09:14 -- vader «Yusuf Karaca» belde terug, wil geen hulp
MOEDER HEEFT MET «HALIMA» GEBELD, ZIE HIERONDER - MIJN REACTIE IN HOOFDLETTERS
[x] Signaal besproken met ouder (moeder «Ilse van Gils»)
opa «kees» uit rijsbergen haalt de jongens elke woensdag op
Onderwerp: RE: FW: FW: zorgen om «Mila Verschuren» (groep Vlinders)
Broer «Semere» (17) slaapt sinds de ruzie bij een vriend in Hoge Vucht.
Stiefvader «Dragomir Iliev» werkt via een uitzendbureau bij een DC in Moerdijk.
Tante «Wioletta» vertaalt voor moeder bij de gesprekken.
«Bart Jacobs» (ex van moeder) heeft nog steeds een sleutel van de woning.
Vader «Wim Aerts» woont in Essen (B) en ziet de kinderen om het weekend.
de buurvrouw, mevr. «Oomen», hoorde gegil en heeft 112 gebeld
«Nour Alhamwi» (zus, 19) is mantelzorger voor de jongere kinderen.
Gezin | moeder «Sanne» | stiefvader «Ruud» | 5 kinderen uit 3 relaties
Met «Van Oers» (gezinsvoogd JBB) afgestemd dat zij de ouders belt.
mw. «El Khattabi» van het wijkteam Hoge Vucht belde om 10.30 uur
«Kerem»s vader wil dat school hem rechtstreeks belt en niet moeder.
Oma «Trees van Rijen» past op als moeder nachtdienst heeft.
«ELIF YILDIZ» (MOEDER) IS NIET AKKOORD MET BESPREKING - ZIE MAIL
Halfbroer «Jayden» (2013) woont bij zijn vader in Oosterhout.
--> ANTWOORD INBRENGER: NEE, «JOOST» IS NIET DE BIOLOGISCHE VADER.
Vriend van moeder, «Mariusz Nowak», verblijft er 3-4 nachten per week.
Volgens «Mertens» (buurman) staat de auto van vader er 's nachts vaak.
moeder «Gergana» spreekt geen Nederlands, tolk Bulgaars geregeld via de Tolkentelefoon
ex-partner «R. Damen» heeft sinds oktober een contactverbod.
«Aziz» (oom van moederskant) bracht M. na het incident naar de SEH van het Amphia.
Pleegmoeder «Hennie Kerstens» uit Teteringen is netwerkpleegouder.
Beste meneer «Verbraak» (vader), hieronder de aangepaste VHK ter reactie.
opgehaald door tante «Ayşe», zonder afmelding bij de groepsleiding
«Mohammed» en «Yassin» (tweeling, 9) slapen op één kamer met moeder.
Dhr. «P.J.M. van Loon» (opa) beheert de financiën van moeder.
Stiefzus «Noor» (14) is vaak alleen thuis met de kleine.
>> «Daan» ZIT SINDS MAANDAG WEER OP DE OPVANG, GR. IB'ER
vader («hakan») heeft een nieuwe vriendin, naam onbekend
De nieuwe partner van moeder, «Tsegay», komt uit Eritrea en heeft ook status.
Fam. «Bastiaansen» weigert de jeugdarts binnen te laten.
Zwager «Ibrahim El Amrani» is bekend bij de politie Zeeland-West-Brabant.
Jeugdige «Lotte» (2012) zegt dat ze niet meer naar huis wil.
Oppas «Kayleigh» (buurmeisje, 16) past 's avonds op de drie jongsten.
«Stoyan» en «Radka Petrov» - ouders, beiden uitzendkracht bij een DC
Hulp van opa en oma «Van Hooijdonk» in Zundert is wisselend.
Ooms «Hasan» en «Mustafa» bemoeien zich met de opvoeding.
Schoolmaatschappelijk werker, dhr. «Snoeijs», ziet hem wekelijks.
ZUS VAN MOEDER («MARIEKE») WIL NETWERKPLEEGOUDER WORDEN
Buurjongen «Ricardo» zou drugs verkopen vanuit de berging.
«VERMEULEN-NUIJTEN, ANJA» | moeder | 1984 | gezag
vader «ahmet» is vorige week vrijgekomen, wil direct omgang
«Lieke» (stiefdochter van vader, 8) vertelde op de BSO over slaan.
De kinderen noemen de vriend van moeder 'ome «Sjaak»'.
Moeder en «Dirk» (nieuwe partner) willen gaan samenwonen in Bavel.
Volgens «Demir» is er geen sprake van geweld, 'gewoon opvoeden'.
Opa «Hein Broeders» overleed in augustus; sindsdien gaat het mis.
Tel. gesprek met oma «Wilhelmina» (moederskant) gehad, zij wil helpen.
Moeder heeft alleen contact met haar broer «Abdi» in Zweden.
Kinderen van moeders vriend: «Jesse», «Milan» en «Sem»
[ ] Ouder «Magdalena Kowalczyk» geïnformeerd over signaal
Verzonden namens «Priscilla Martina» (moeder) via het ouderportaal
de oudste, «Youssef», wordt door vader ingezet als 'opvoeder'
baby «Emma» (8 weken) wordt te weinig gevoed volgens de JGZ
Tante «Loes» en oom «Frank» willen tijdelijk opvangen.
De heer «Willemse» (vader van S.) meldt zich ziek bij elk gesprek.
Vader «Mehmet Ali Şahin» erkent het slaan niet.
Biologische vader is «Freek» uit Made, geen contact sinds 2019.
Moeder «Roos» heeft een postpartum depressie, slaapt overdag.
Ex van vader, «Chantal de Bruijn», heeft een straatverbod aangevraagd.
> Van: «Kim Peeters» (moeder)
«Aleksander» (vader) rijdt zonder rijbewijs met de kinderen achterin.
Gastouder «Ria» in Etten-Leur heeft vragen over blauwe plekken.
Met collega «Inge Boelaars» van Surplus besproken, zij pakt schulden op.
VHK gezin «Jansen» - vervolgbespreking
Zoon «Mees» (11) heeft ADHD en loopt bij Juvent.
Stiefvader «Roel van Ginneken» heeft een alcoholprobleem.
Oom «Sjors Haagen» heeft een wapenvergunning (jacht).
Moeder «Mariam» ging met de vier kinderen naar de vrouwenopvang.
«Robin» (17, broer) is aanspreekpunt voor school.
Vader zit vast; zijn broer «Bilal» brengt geld langs.
Bulgaarse vriendin van moeder («Desislava») tolkt informeel.
«Senait» (moeder) heeft een verblijfsvergunning sinds 2022.
Vader: «Tomasz». Moeder: «Agnieszka». Beiden Pools, wonen hier 3 jr.
NB: «Jelle»s oma is de enige die de kinderen kan kalmeren.
De oudste dochter «Rahaf» (16) vertaalt alles voor vader.
Oom «Khaled Al-Masri» woont in Roosendaal, Langdonk.
«A. Schellekens» (grootvader) heeft voogdij aangevraagd.
Moeder «Tessa» belde huilend naar de opvang om 7.40 uur.
«Fatih» zegt dat zijn vader hem met een riem slaat.
Buurman «Cor» let een beetje op, maar drinkt zelf ook.
opa «gerrit» en oma «nel» wonen naast de boerderij in Galder
«Lucas» en «Finn» (halfbroers) gaan samen naar de BSO.
Vader «Dimitar» werkt in ploegen en ziet de kinderen nauwelijks.
Schoonmoeder «Zeynep» woont in en slaapt in de woonkamer.
Moeder noemde haar ex «Marco» steeds 'de duivel'.
Samengesteld gezin «De Jong-Aarts»: 7 kinderen, 3 vaders, 1 huis.
«Sophie van den Heuvel» (15) is sinds vrijdag weggelopen.
De meester van groep 7, meneer «Rutten», zag de striemen.
«MUSA» IS WEER THUIS (AANVULLING INBRENGER)
Moeders vriendin «Esther» neemt de kinderen mee naar de kerk.
Rapport van de kinderarts, dr. «Hendriks», volgt nog.
«Merhawit» en haar broer zitten op de ISK in Breda.
Vader «Kees-Jan» wil niet dat de kaart naar de Raad gaat.
Zusje «Hiba» (6) wordt door de oudste opgehaald van de BSO.
"""

BIRTHDATE = r"""
moeder geb. «14-08-1991» in Tilburg, sinds 2015 in Breda
Jeugdige: M. («03-02-2012»)
Geboortedatum baby: «27 september 2026»
DOB vader «1988-11-05»
broertje geboren op «7/4/2019» in het Amphia
GEB. «12.01.2010» (OUDSTE)
zus ° «9 maart 2008» te Wuustwezel
Geboren: «20140611»
vader, geboren «2 feb '85» in Gaziantep
| E. | geb. «05-05-2013» | groep 8 |
jongste is op «31-12-2020» geboren, vlak voor oud en nieuw
moeder (geb.dat. «19 okt. 1994») heeft epilepsie
Geboortedata kinderen: «4-5-2015», «22-9-2017»
Baby is geboren op «1 november 2026» in het Bravis, 36 weken.
D.o.b.: «17/03/2011»
Oma («1951-06-30») is ernstig ziek en kan niet meer opvangen.
De tweeling is geboren op «8-okt-2016».
geboren «25-7-2010», dus deze zomer 16 geworden
"""

ID_NUMBER = r"""
cliëntnr. Juvent «JV-204417»
VT-dossier «2026-018834» (oudere melding, gesloten)
patiëntnummer Amphia: «7730192»
V-nummer moeder (IND): «2841567392»
zaaknr. JBB «Z-88213» - graag vermelden in de mail
paspoort vader «NW4K81PT2» ligt bij de ex
Leerlingnummer OLV: «118734»
kenmerk Toegang Breda «TB/26/04417»
Dossier «PR-55190-K» bij Prisma (ambulant)
eID vader (BE): «592-4471833-17»
Rijksregisternummer vader: «85.07.14-233.19»
polisnummer zorgverzekering kinderen «ZK 40 71 88 20»
registratienummer COA moeder: «K-4410-2293»
kindnummer «KO-33918» op het signaleringsformulier
"""

ADDRESS = r"""
woont nu bij oma op de «Haagweg 212»
Adres vader: «Nieuwstraat 14-A», Essen
Na de ontruiming zit het gezin tijdelijk op «Ettensebaan 88 C».
ADRES: «KALSDONKSESTRAAT 47»
pleeggezin: «Dorpsstraat 5», Rijsbergen
De vriend woont op «Heuvelbrink 9-II» boven de winkels.
vader: «Wouwsestraatweg 140a», Bergen op Zoom
De kinderen sliepen die nacht op «Lange Brugstraat 23».
oma, «Markt 4», Zundert (boven de bakker)
| Adres | «Teteringsedijk 301 B» |
moeder woont sinds sept. op de «Molenstraat 17-1»
"""

POSTCODE = r"""
postcode moeder «4826 LK»
woont in «4835AB» (Breda-Zuid)
pc oma «4707 rt»
Nieuw adres ligt in «4871 CX» Etten-Leur.
| postcode | «4902 HN» |
POSTCODE GEZIN «4661 DW»
Opvanglocatie zus: «4921XM» Made
vader staat ingeschreven op «4761 ZG»
moeder: «4651 BJ» Steenbergen, 2e verdieping
Post voor vader gaat naar «4844 AK» Terheijden.
Kinderen verblijven bij oom in «4624 RE».
"""

BSN = r"""
BSN moeder: «{BSN:plain}»
bsn vd jongste «{BSN:dots}»
Burgerservicenummer vader «{BSN:space}»
| BSN | «{BSN:plain}» |
sofinr. oma «{BSN:plain}»
BSN-nr: «{BSN:dash}»
«{BSN:plain}» (bsn M.)
BSN baby (net aangevraagd): «{BSN:eight}»
>> BSN STAAT ER NOG IN: «{BSN:space}» GRAAG VERWIJDEREN
vaders BSN is «{BSN:plain}», zie BRP
[x] BSN kind genoteerd: «{BSN:dots}»
"""

PHONE = r"""
moeder is bereikbaar op «06-41 87 52 09»
tel vader (BE) «+32 478 21 66 90»
Bel oma op «076-5218844» als moeder niet opneemt.
mob.: «+31 6 1937 4402»
whatsapp moeder «0031 6 28 11 93 07»
T «0165 - 54 73 21» (huis)
vader bereikbaar via «0628441077» na 17 uur
| tel | «06-19283746» |
vriend van moeder: «+48 512 447 903»
Tel. nr. tante «(0162) 45 31 88»
TERUGBELLEN OP «0164-271903»
"""

EMAIL = r"""
mailadres moeder: «lindavg1989@hotmail.com»
Vader stuurt mails vanaf «k.ozdemir77@gmail.com».
> Van: «mams.van.drie@live.nl»
cc: «opa.jan.bavel@kpnmail.nl»
Mail naar de ouders via «stoyanov.family@abv.bg»
Graag reactie naar «yonas.t@outlook.com» (vader).
e-mail tante: «anke_kuijpers@ziggo.nl»
Aan: «famdewolf@hetnet.nl»
moeder vraagt alles via «zoe.mama2019@icloud.com» te sturen
"""

IBAN = r"""
Rekening moeder: «{IBAN:NL:ABNA:group}»
IBAN vader «{IBAN:NL:RABO:compact}»
Kredietbank: afloscontract via «{IBAN:NL:INGB:group}»
kinderbijslag komt op «{IBAN:NL:SNSB:lower}»
Belgische rekening vader «{IBAN:BE::group}»
rek.nr. oma «{IBAN:NL:ASNB:compact}»
Poolse rekening vader «{IBAN:PL::group}»
Moeder heeft nog een Bulgaarse rekening: «{IBAN:BG:UNCR:compact}»
Toeslagen worden gestort op «{IBAN:NL:KNAB:group}».
"""

URL = r"""
TikTok van M.: «https://www.tiktok.com/@mila.brda2012»
Instagram van de vriend: «instagram.com/dj_ricky_076»
Facebook moeder «https://www.facebook.com/sandra.vanhooydonk.58»
snapchat: «snapchat.com/add/kerem_x07»
YouTube-kanaal vader «youtube.com/@VaderStrijdBreda»
Moeder plaatst foto's van de kinderen op «www.mamavan5.nl/blog»
"""
