# -*- coding: utf-8 -*-
# BLOCK lines for blind47. Spans are marked with «...». Placeholders {BSN...}, {IBAN...}, {RRN...} are filled
# by gen_sentences.py with generated numbers (fixed seed).
NAME = r"""
D. (15) slaapt sinds de zomer bij «Wout» zijn maat in Zelzate.
meme «Godelieve» past woensdagnamiddag op de kleine.
Bompa «Gilbert Vercruysse» rijdt de kinderen elke dag over de grens naar school in Assenede.
moeder wil niet dat nonkel «patrick» nog aan huis komt
Vader «Seppe De Clercq» zit sinds oktober in de gevangenis van Gent.
«Lotte»'s vriendin heeft haar twee nachten opgevangen.
Volgens «Vanderstraeten» (buurman) wordt er 's nachts veel geroepen.
GEZINSSAMENSTELLING: MOEDER «JOLIEN VERHAEGHE», J. (2013), T. (2016)
stiefvader | «Femke» haar nieuwe vriend «Kurt» | woont sinds 2025 in
tante «Rita» uit Knokke wil de kinderen in de kerstvakantie opnemen.
«Van Damme» (ex van moeder) heeft een contactverbod gekregen.
Het gesprek met mevrouw «Goethals» van het CLB ging over het spijbelen.
«Emre Karakaya» (oom) heeft een garage in Sas van Gent waar vader zwart werkt.
de oudste, «Zeynep», neemt de zorg voor de kleintjes over als moeder ligt
«Şahin» senior heeft bij het huisbezoek de deur dichtgedaan.
Moeder belt vaak met haar zus «Gülsüm» in Antwerpen.
Dhr. «B. Kılıç» is volgens school de contactpersoon bij ziekte.
ik weet het nie zei «Kobe» toen gevraagd werd wie er sloeg
oma «Hilda Dieleman» uit IJzendijke is de steunfiguur.
pepe «omer» is in september overleden, sindsdien gaat het bergaf
Vriend van moeder, «Dariusz Kowalczyk», werkt bij de uienoogst in Philippine.
«Andreea Munteanu» (seizoenarbeidster) deelt de stacaravan met moeder.
J. vertelt dat «Bogdan» haar aan de arm heeft getrokken.
gesprek gehad met «Nele» (halfzus, 19) over de situatie thuis
Het is «Wannes» die 's avonds kookt voor zijn zusjes.
«Lieselot Vandenbussche» is de nieuwe partner van vader.
Na de ruzie is moeder met de kinderen naar «Marleen» gevlucht.
geen contact met grootvader «De Kraker» sinds de verhuizing
Fam. «Cappon» uit Aardenburg is pleeggezin in overbrugging.
«M. Eggermont» heeft als getuige verklaard bij de politie.
Dhr. «Picavet» (buurman boven) heeft 112 gebeld.
«Dewaele, Ruben» – vader, geen gezag, woont in Gent
In overleg met mw. «Lambrecht» (maatschappelijk werker OCMW Zelzate) is een leefloon aangevraagd.
Moeders ex «Geert» dreigt via berichten.
de kleine «Fien» is 3 en gaat naar de peuterklas in Koewacht
Het gezin «Bozkurt» woont boven de bakkerij aan de Markt.
«Hülya» (moeder) spreekt weinig Nederlands; tolk nodig.
«Yusuf» (broer, 17) is de tolk thuis maar dat is eigenlijk te veel.
«Merve» en «Burak» ruziën veel over het geld.
De pleegouders, «Jan» en «Anneke Ingels», willen verlengen.
nonkel «Dirk Vanneste» heeft een verleden met drugs
Volgens bomma «Rosa» slaat vader de jongens met de riem.
«Arne» (stiefbroer, 16) heeft T. in de kelder opgesloten.
«TIBO» ZIT IN DE CRISISOPVANG VAN JUVENT
Mevrouw «Callewaert» van Kind en Gezin zag blauwe plekken bij de baby.
Moeder verblijft bij haar vriendin «Sien» in Sint-Niklaas.
«Verschueren» (vader) weigert elk gesprek met de Toegang.
De jongste, «Lowie», plast sinds de zomer weer in bed.
Grootmoeder «Alida Lippens» heeft gezag aangevraagd bij de rechtbank.
«Hanne» en «Warre» logeren om de week bij vader.
J. noemt «Mathis» als haar beste vriend, die mag het weten.
«Kristof Baert» (stiefvader) is in behandeling bij Emergis voor zijn drankgebruik.
Vader vertelt dat «Ecrin» niet meer eet sinds de scheiding.
«mustafa koç» is volgens moeder de enige die vader kan kalmeren
Het incident vond plaats bij «Zbigniew»'s caravan op de camping.
Gesprek met dhr. «Van Hulst» van Woongoed over de huurachterstand.
«Elif Polat» (moeder) heeft de kinderen meegenomen naar Turkije.
Oom «Kenan» heeft gedreigd de kinderen mee te nemen.
In de klas van juf «Inge» vertelde B. over de messen in de keuken.
«De Backer» heeft aangifte gedaan van bedreiging door vader.
Broer: «Jens Mertens» (20), woont op kot in Gent.
moeder heeft een nieuwe relatie met ene «steven» uit Breskens
Het verslag van dokter «Pauwels» (huisarts Zelzate) meldt een breuk.
Vader wil dat «Ine» de kinderen naar de kermis brengt.
«Stoica» is de baas van vader bij het loonbedrijf.
De melding kwam van de buurvrouw, mevrouw «Van de Velde».
Dochter «Jolijn» (14) draagt lange mouwen, ook in juni.
Gesprek met «Wouters» (vader) op het politiekantoor in Terneuzen.
«Petrova» (moeder) en «Georgiev» (vader) werken allebei in de kassen.
ouders: «Maes-Coppens» – samen gezag, niet samenwonend
«Gerda» de buurvrouw brengt soms eten.
Moeder is bang voor haar schoonvader «Achiel».
«Kübra» (14) zegt: ik wil bij mijn tante wonen.
De oppas, «Lore Deprez», heeft de politie gebeld.
Stiefmoeder «Nathalie» sluit de koelkast af met een slot.
«Szymańska» (moeder) spreekt Pools, tolk via Tolkcentrum gevraagd.
L. zegt dat «Dimitar» haar niet mag aanraken.
Overleg gehad met Mw. «E. Verstraeten», intern begeleider.
broer «kobe» en zus «fien» slapen samen op een matras
«Dhondt» heeft vader geslagen met een fles.
Oma «De Feyter» zit in een rolstoel en kan niet opvangen.
De vriend van J., «Bram», is 22 en heeft een auto.
Vader noemt de nieuwe vriend van moeder 'den «Eddy»'.
«Vermeersch» J. 2011 - aanmelding CLB
Mail gestuurd aan «Ruben» en moeder over de afspraken.
«Ahmet Ekinci» (opa) heeft het huis in Terneuzen op zijn naam.
De kinderen noemen de vriendin van vader «Jessie».
Dhr. «Vanhoutte» heeft zich als vader erkend in 2019.
«Wout De Smet» stuurt dreigende WhatsApps naar moeder.
Moeder verblijft nu bij «Nurten», een kennis uit de moskee.
«Sarah Declercq» is de voogd van de kinderen in België.
De jongen, «Seppe», zit in het 3de middelbaar in Sint-Niklaas.
Nichtje «Chloë» kreeg ook klappen, zegt de kleine.
Na de ruzie zijn «Pieter» en moeder uit elkaar.
«Gheysens» (nieuwe partner) heeft een strafblad voor geweld.
Meter «Marie-Jeanne» betaalt de schoolrekeningen.
De eigenaar van de camping, «Lievens», meldt geschreeuw.
Peter «Dirk» wil voogd worden als er iets gebeurt.
Bij «Taş» thuis lag de baby op de bank zonder toezicht.
«Ionuț Popa» (vader) werkt seizoensgebonden in de fruitteelt.
"""
BIRTHDATE = r"""
J. ° «14/03/2013» te Gent
de kleine is geboren op «3 mei 2022» in UZ Gent
Geboortedatum oudste: «07.11.2012»
T. («21/09/2016»)
GEB. «2014-02-19» TE TERNEUZEN
broertje werd geboren den «3de juni 2011»
DOB: «11-01-2017»
°«5/8/2015», geboren in AZ Sint-Jan
de baby (geb. «02-12-2025») sliep in de kinderwagen
geboren «19 februari 2010» (oudste zoon)
geb.datum moeder: «30.06.1991»
zusje, ° «12 okt. 2019»
Jeugdige: K. («2012-04-27»)
geboren op «28/2/2018» te Sint-Niklaas
vader geboren «4 augustus '88»
Geboren: «9 januari 2014»
Geboortedatum van de jongste is «20180615».
dochter geb. «16-7-13» volgens het CLB-dossier
"""
ID_NUMBER = r"""
rijksregisternummer moeder: «{RRN.1987}»
RRN vader «{RRN.1984}»
INSZ jeugdige: «{RRNc.2013}»
Kind en Gezin dossiernummer «KG-2025-448172» (baby)
leerlingnummer CLB: «LN 7730214»
patiëntnummer UZ Gent «0 4418 2297 6»
ZorgSaam patnr. «Z3390471»
Veilig Thuis Zeeland dossier «VTZ-261184»
cliëntnummer Juvent: «J-558201»
eID-kaart nr. «592-3318840-27» (moeder)
paspoortnummer vader «U19K44PT0»
V-nummer moeder «2293041187»
«JBW-2026-07751» is het dossiernummer van de GI
Nummer jeugdrechtbank Gent (kind): «JR 26/1143»
"""
ADDRESS = r"""
Moeder woont nu op de «Kanaalstraat 41 bus 2» in Zelzate.
Adres vader: «Noordstraat 18A», Terneuzen
De kinderen verblijven bij opa op «Steenstraat 7», Hulst.
Incident in de woning aan «Lippenslaan 212 bus 4» (Knokke).
NIEUW ADRES: «WESTKADE 3-B» SAS VAN GENT
Stiefvader huurt een studio aan de «Overpoortstraat 96/3».
huisbezoek gedaan op «dorpsstraat 22» breskens
Oma woont «Kapellestraat 5» in Sluis.
Vader staat ingeschreven op «Stationsstraat 131» te Sint-Niklaas.
Moeder heeft een kamer aan de «Axelsestraat 204 k»
Caravan staat bij de boerderij «Hoofdweg 62», Philippine.
"""
POSTCODE = r"""
woonplaats vader: «9060» Zelzate
pc moeder «4531 HE»
Postcode nieuwe woning: «4561AB»
Gezin is verhuisd naar «9100» Sint-Niklaas.
opa en oma | «4511 KW» Breskens
Adres onbekend, wel postcode «9960».
De oma woont in «8300» Knokke-Heist.
Moeder: «4571 gz» Axel
POSTCODE: «4501 BC»
vader verblijft in «9185» (Wachtebeke)
post naar «4527BR» Aardenburg blijft liggen
"""
BSN = r"""
BSN jeugdige: «{BSN}»
bsn moeder «{BSN.}»
Burgerservicenummer vader: «{BSN-}»
«{BSN}» (BSN van de oudste)
BSN: «{BSNs}»
bsn broertje «{BSN8}»
BSN T. is «{BSN}»; J. heeft nog geen BSN (woont in BE)
burgerservicenr. baby «{BSN.}»
SoFi/BSN oma «{BSN}»
BSN vader staat op de beschikking: «{BSNs}»
BSN-NR «{BSN-}»
"""
PHONE = r"""
gsm moeder: «0476 18 22 93»
vader bereikbaar op «+32 478/12.34.56»
tel. oma «09 234 56 78»
Bel de tante op «+32 9 372 81 05» als moeder niet opneemt.
mobiel vader «06-38174402»
GSM JEUGDIGE «0497/55.80.17»
nummer stiefvader «+31 6 1927 7330»
vaste lijn opa: «0115-612847»
moeder belt vanuit België: «0032 486 40 11 92»
nr van de buurvrouw «0114 31 57 26»
ex belt steeds van «0470-298811»
"""
EMAIL = r"""
mail moeder: «jolienv83@telenet.be»
Vader mailt vanaf «kurt.dc@hotmail.com»
e-mailadres jeugdige «xx_lotteke_xx@gmail.com»
oma: «rosa.dhondt@skynet.be»
stiefvader stuurt berichten via «b.kilic1979@outlook.com»
E-MAIL: «seppe.wout2009@hotmail.be»
mailadres tante «ingels.familie@zeelandnet.nl»
Moeder is te bereiken via «m.petrova.bg@abv.bg».
vader («dries_vh@scarlet.be») reageert niet op mails
"""
IBAN = r"""
Kinderbijslag (Groeipakket) gaat naar rekening «{IBAN_BEs}».
rekeningnummer moeder «{IBAN_BE}»
Alimentatie wordt gestort op «{IBAN_NLs:RABO}».
IBAN vader: «{IBAN_NL:INGB}»
IBAN oma «{IBAN_BEs}» (voor het zakgeld)
stiefvader heeft schulden, rek. «{IBAN_NL:ABNA}»
rekening van de kleine: «{IBAN_BE}»
beschermingsbewindvoerder beheert «{IBAN_NLs:SNSB}» (moeder)
Huur wordt betaald vanaf «{IBAN_BEs}».
"""
URL = r"""
De oudste zet filmpjes op «https://www.tiktok.com/@lotteke.zelzate»
Facebook van vader: «https://www.facebook.com/kurt.declercq.5522»
insta moeder «instagram.com/jolien_v_1983»
snap van J.: «snapchat.com/add/seppie2011»
vader heeft een YouTube-kanaal: «youtube.com/@vissenmetbompa»
Moeder verkoopt spullen via «https://marktplaats.nl/u/hulya-t/28817304»
"""
