# -*- coding: utf-8 -*-
# BLOCK lines; «...» marks a span. {BSN}, {IBAN:NL:RABO}, {IBAN:PL}, {IBAN:RO}, {IBAN:BG} are filled by gen_sentences.py
NAME = """
De weledele heer «Kornelis van der Staaij» is diaken en kent het gezin al jaren.
Mevrouw de wed. «Hoogerwerf» past twee middagen per week op de kleintjes.
oma «Jannigje» haalt de jongste op van de Timotheüsschool
zus «Geertruida» (16) doet het huishouden als moeder ligt
«Pieternella»s juf zag blauwe plekken op haar bovenarm.
«NEELTJE» WIL NIET MEER NAAR HUIS NA SCHOOLTIJD
broertje «Teunis» slaapt bij de buren sinds het incident
Vader «Arie Breeman» heeft de kerkenraad om hulp gevraagd.
Buurvrouw «Maatje Kooman» belde de politie om 23.10 uur.
jongeheer «Leendert» is volgens de diaken 'een stille jongen die veel binnen zit'
«Hendrika»'s moeder durft de kinderen niet alleen bij vader te laten.
Gesprek gehad met «A.K. Mijnders» (vader) over de tuchtiging.
Oom «Adriaan» neemt de jongens mee naar de bouwvergadering.
tante «nel» uit Dirksland biedt een logeeradres
«Wojciech Kowalczyk» (partner van moeder) werkt in de kassen in Westmaas.
Moeder «Agnieszka» spreekt weinig Nederlands; tolk geregeld.
zoon «Kacper» gaat niet naar school sinds de verhuizing
«Ivanova» (moeder) heeft een tijdelijk contract via het uitzendbureau.
«Georgi» slaapt met drie volwassenen op één kamer in de flexwoning.
dochter «Mihaela» (14) vertaalt voor haar ouders bij de huisarts
vader «Ionuț Popescu» heeft zijn loon verdronken zegt moeder
Oma «Dorina» woont nog in Roemenië en komt met kerst.
De schipper, «Gerrit de Bruijn», vaart met zijn vrouw en baby op de Waal.
moeder «Jolanda» aan boord heeft een postpartum depressie volgens de kraamzorg
«Rinus» (oudste) zit op het internaat van de schippersschool
De mentor meldt dat «Dirk-Jan» 's weekends niet naar het schip wil.
«Djenifer Tavares» is met de kinderen van Rotterdam-Zuid naar Oud-Beijerland verhuisd.
Vader «Nelson» heeft contact met de kinderen via zijn zus.
«Anilton» (9) vertelt dat papa mama duwde tegen de kast.
tia «Zezinha» uit Charlois komt soms helpen
moeder «Sharmila Ramsaran» wil niet dat de familie iets weet
«Ravi» (vader) zegt dat het een familiezaak is.
Nani «Kalawatie» woont in het gezin en bemoeit zich met de opvoeding.
zoon «Vishal» heeft spijbelde 14 uur in oktober
DHR. «RAMCHARAN» WEIGERT HULP VAN HET WIJKTEAM
Buurman «Bas Vroegindeweij» hoorde geschreeuw achter de schuur.
«Aaltje» (moeder) is zwanger van het negende kind.
De heer «L. Vreugdenhil» wil niet dat de kinderen met ons spreken.
ouders: «Jan en Dina Verhoef»
fam. «Boogaard» heeft het gezin tijdelijk opgevangen in Goudswaard
Vriendin van moeder, «Marjolein», is haar steun en toeverlaat.
«Kees Dorst» (ex van moeder) staat nog steeds voor de deur.
mevr «de Waal» van de kinderopvang belde met zorgen
Gezinsvoogd «Sanne Groeneveld» is pas sinds september betrokken.
Wijkverpleegkundige «Ellen Kleijn» zag de baby op 2 november.
melding kwam van «Mulder» van de woningbouw, niet van de buren
Moeder stuurde een appje naar «Wim Hofman» van Kwadraad.
Volgens meester «Van Dam» is de jongen vaak hongerig.
ds. «Van Vliet» heeft met vader gesproken over de straffen
de kinderen noemen opa «Teun» hun vaste plek
stiefvader «Cor van Wingerden» drinkt in het weekend
Zus «Cornelia» (13) vertelt dat vader haar slaat met een riem.
| Vader | «Marinus Verwoerd» | 1979 | kweker |
| Broer | «Jacob» | 2012 | thuis |
Moeder: «Annigje Kardol» (1983), 9 kinderen.
«Piet» (stiefvader) heeft een contactverbod voor de moeder.
opa en oma «Schippers» wonen op de dijk bij Strijensas
Ex-partner «Robert Hage» dreigt de kinderen mee te nemen naar Spanje.
«Lisanne» (nicht, 19) wil het jongste kind opvangen.
«wijnand» en «truus» (grootouders vaderskant) zijn gebrouilleerd met moeder
Vader heet «Bogdan», moeder «Elena»; beiden seizoenwerkers.
«Stoyan Dimitrov» huurt de caravan achter de kas.
«Zofia»s oudste broer stuurt geld naar Polen.
«Marek» (oom) werkt bij dezelfde kweker als vader.
BROER «KRZYSZTOF» IS 17 EN REGELT ALLES VOOR HET GEZIN
Dochter «Ana-Maria» heeft al twee weken koorts, moeder gaat niet naar de dokter.
«Rodica» en haar man wonen met zes mensen in een chalet.
Hr. «Nowak» van het huisvestingsbedrijf meldt overlast.
«Joana» (moeder) werkt in de schoonmaak in het Maasstad.
«Edson» (broer, 17) is onlangs opgepakt in Zuidwijk.
Opa «Manuel Lopes» zit in Kaapverdië en belt wekelijks.
«Samantha»'s juf op De Hoeksche School maakt zich zorgen.
«Priya» (14): "mama huilt elke avond."
Moeder «Soenita» heeft hulp gevraagd bij de pandit van de mandir.
«Mahesh Jagessar» is na de scheiding terug naar Den Haag.
oom «Ashwin» regelt de financiën van het gezin
de kraamverzorgster hoorde «Bram» (vader) schreeuwen tegen de baby
Baby «Elise» 3 dagen oud, drinkt slecht
kraamvrouw «Wilma de Jong» huilt veel, slaapt slecht
«Gijs» (partner) was om 03.00 nog niet thuis
Overdracht van «Marieke» (kraamverzorgster) aan het consultatiebureau.
«Machteld» (buurvrouw) heeft de oudste kinderen opgevangen.
jeugdige «Jelle Vogelaar» wil terug naar het internaat.
De moeder van «Thijs» is niet bereikbaar op de boot.
«Van Tilburg» (schipper, vader) ontkent alcoholgebruik aan boord.
Vader «Huig» en moeder «Dirkje» gaan in gesprek met de kerkenraad.
«Krijn» (11) is weggelopen naar zijn tante in Sommelsdijk.
«Pleun»'s oudste zus wil uit huis.
oma «Lena Keijzer» heeft de voogdij aangevraagd
in de app-groep noemt «Sven Bijl» moeder een hoer
de oudste, «Rebecca», zorgt voor de baby's
«Bastiaan» (broer, 15) moet van vader op het land werken.
Jeugdige: «Gerdien van Oostenbrugge» (2012)
Ex van moeder («Jeroen») heeft een straatverbod.
vader «D. Hordijk» verscheen onder invloed bij het gesprek
BIJ HUISBEZOEK AANWEZIG: MOEDER, OMA «GRADA»
«Elisabeth Tanis» (moeder) kan niet meer voor de kinderen zorgen.
«Tessa» heeft zich gesneden, zag de mentor van het Hoeksch Lyceum.
Moeder noemde haar nieuwe vriend «Kevin» uit Spijkenisse.
"«Jacomijntje», ga naar boven!" riep vader toen wij binnenkwamen.
"""
BIRTHDATE = """
Jeugdige: K. geb. «14-03-2012»
geboren «2 februari 2011» in het Van Weel-Bethesda
Neeltje, geb. «07.11.2013», slaapt bij oma.
geboortedatum baby: «29-10-2026» 04.12 uur, 3240 g
baby is geboren op «28 oktober 2026» om 23.55 uur thuis op het schip
d.o.b. «2010-06-19» (oudste zoon)
Jeugdige: A. («12-8-2014»)
GEB. «5 JAN 2009»
zoon geboren «03/04/2015» in Constanța
Teunis is jarig op «9 mei 2012» en wordt dan pas gehoord.
geb.datum moeder: «22-12-1988»
dochter (geb. «17 juli 2016») zit in groep 7
geboortedatum: «1-9-2011»
Geertruida is geboren «op 30 november 2010», ze is de tweede van negen.
J. (geb. «04-02-'13»)
De tweeling is geboren op «11-06-2019» in het Maasstad.
Vader verwart de geboortedag; volgens het paspoort: «13.10.2008».
jongste geb «19 aug 2021»
"""
ID_NUMBER = """
dossiernr. Jeugdbescherming west: «JBW-2026-448217»
clientnummer Eleos «E-0731559»
VT-meldingsnummer «VTRR 2026-113084»
cliëntnr Yulius «Y2209871»
paspoort moeder: «EX7KP42L1»
Poolse ID-kaart vader «CHK 418902»
Roemeens CNP van de moeder: «2880615400027»
zaaknummer rechtbank: «C/10/684312 / JE RK 26-1191»
Huurcontract Woonstichting Hoeksche Waard, huurdernr. «HW-77641-03»
dossier Kwadraad «KWD-93422»
patiëntnummer Van Weel-Bethesda: «4409178»
ROTTERDAMPAS NR «6064 2211 8873»
Het verblijfsdocument van vader heeft nr. «V 81X92T4»
clientnummer kraamzorg «KZ26-10884»
"""
ADDRESS = """
Gezin woont op «Molendijk 14a» in Strijen.
adres: «Voorstraat 112» Oud-Beijerland
Het schip ligt achter «Havenkade 3», ligplaats naast de sluis.
Oma woont op de «Kerkstraat 7» in Piershil, daar kunnen de kinderen heen.
huisbezoek «Boomgaardweg 26-B» Middelharnis om 10.00 uur
Seizoenswerkers zitten in de chalets aan de «Oudendijk 41».
ADRES VADER: «LANGEWEG 201» (PUTTERSHOEK)
moeder is verhuisd naar «Julianastraat 9 bis», Dirksland
De diaken schrijft vanaf «Ring 55», Ooltgensplaat.
kraamadres: «Graaf Willemstraat 68» Numansdorp, bel aan achterdeur
Oom heeft een bovenwoning op «Zuidzijde 3 rood» in Goudswaard.
"""
POSTCODE = """
Postcode: «3261 CK»
woonplaats Oud-Beijerland, «3262HS»
moeder staat ingeschreven op «3281 BT» Numansdorp
«3291 AD» Strijen (adres oma)
Adres vader onbekend, alleen postcode «3247 XN» bekend.
PC «3241AV» middelharnis
Gezin verhuisd naar «3253 EW» Ouddorp.
ligplaats schip, postcode «3286 LP»
seizoensarbeiders ingeschreven op «3297 GK»
postcode gezin: «3271 PS», Mijnsheerenland
Nieuw adres (oma): «3264 RB»
"""
BSN = """
BSN jeugdige: «{BSN}»
bsn moeder «{BSNDOT}»
Burgerservicenummer vader: «{BSN}»
BSN baby aangevraagd, tijdelijk: «{BSN}»
BSN «{BSNSP}» (oudste dochter)
bsn van Geertruida is «{BSN}»
ik heb het BSN «{BSN8}» van oma opgezocht
BSN: «{BSN}» (uit het BRP)
BSN Teunis = «{BSN}»
moeders bsn: «{BSNDOT}»
BSN JONGSTE «{BSN}»
"""
PHONE = """
Moeder bereikbaar op «06-28417730».
tel diaken: «0187-642918»
vader «+48 512 883 104» (Polen, WhatsApp)
Oma belt vanaf «0186-571234», vaste lijn.
schip aan boord tel «06 51 40 92 77»
tel. buurvrouw «0187 483021»
moeder Roemeens nr «+40 742 118 096»
Nummer van oom (Zuid): «010-4829013».
bel moeder na 17.00: «0612093847»
bulgaars nummer vader «+359 88 721 4466»
"graag terugbellen op «+31 6 4417 2085»" – vader
"""
EMAIL = """
Moeder mailt vanaf «djenifer.tavares88@hotmail.com».
mail vader: «a.breeman@kpnmail.nl»
Diaken reageert via «k.vd.staaij@zeelandnet.nl»
e-mailadres oudste: «geertje2010@outlook.com»
«wojtek.kowal@wp.pl» (vader)
schipper bereikbaar op «mvs.elisa@gmail.com»
ouders: «fam.verhoef.oudebeijerland@gmail.com»
cc moeder: «sharmila.r@live.nl»
mail kraamvrouw «wilma.dejong1994@ziggo.nl»
"""
IBAN = """
Diaconie maakt de huur over naar «{IBAN:NL:RABO:sp}» t.n.v. vader.
IBAN moeder: «{IBAN:NL:INGB:}»
vader stuurt geld naar Polen: «{IBAN:PL::sp}»
rekening oma «{IBAN:NL:ABNA:sp}»
Roemeense rekening moeder «{IBAN:RO::}»
Bewindvoerder beheert «{IBAN:NL:SNSB:}»
leefgeld op rekening «{IBAN:NL:RABO:}»
IBAN (Bulgarije): «{IBAN:BG::sp}»
Schip: zakelijke rekening op naam van vader «{IBAN:NL:KNAB:sp}»
"""
URL = """
Facebook moeder: «https://www.facebook.com/djenifer.tavares.31»
Tiktok zoon «https://www.tiktok.com/@rinus_schipper09»
Instagram dochter: «instagram.com/geertje.zwoeg_2010»
filmpje van vader online: «https://www.youtube.com/@arievbreeman»
Marktplaats-account vader «https://www.marktplaats.nl/u/kees-dorst/31880412/»
Snap van Priya «https://www.snapchat.com/add/priya_r2012»
"""
