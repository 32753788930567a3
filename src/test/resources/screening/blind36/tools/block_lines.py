# Hand-written BLOCK lines for blind36. «…» marks a span. {BSN...}/{IBAN...} are filled by gen_sentences.py.
NAME = r"""
tel ma: «henk» (nieuwe vriend) slaapt sinds vrijdag weer in huis, kids vinden dat eng
oma «Gerrie Hilhorst» kan opvang bieden in de weekenden, woont in Spakenburg
pa belde boos ivm omgang, zegt dat «Koelewijn» (buurman) liegt over de ruzie
vlgs school haalt «mustafa» de kinderen op, oom van moederskant, rijdt zonder rijbewijs
«ANOUK VAN TWILLERT» HEEFT ZELF DE POLITIE GEBELD!!! (zus van mw)
broer «Thijs» (17) slaat J. als ouders weg zijn, ovv mentor
gesprek afgebroken, «Vedder» (stiefvader) werd agressief naar de gezinscoach
fam «de Bree» doet niet open, 3x voor een dichte deur gestaan
ex van mw, «Rachid el Idrissi», heeft contactverbod maar staat steeds bij het schoolhek
«Yusuf»s oma zorgt nu 's middags voor de kleine
buurvrouw mw «Aylin Kaçar» hoorde om 02.00 geschreeuw en gebonk
afspr met opa «wim»: hij brengt de kids naar school zolang ma opgenomen is
moeder «Tigist» spreekt weinig NL, tolk Amhaars geregeld
vader «Abebe Tesfaye» werkt nachtdiensten, kinderen 's nachts alleen
oom «Rajesh» (broer van pa) wil de kinderen in de zomer meenemen naar India
«Priya Venkataraman» is de nieuwe partner van vader, kinderen kennen haar nauwelijks
tante «Li Na» tolkt tijdens de gesprekken maar is zelf partij in het conflict
pa «Zhang Wei» zegt dat het om opvoeding gaat, "so we do it in China"
moeder «Oksana» is in 2022 met beide kinderen uit Charkiv gevlucht
bij oma «Halyna Kovalenko» in Amersfoort mag J. niet meer komen van pa
«Thiago» (vriend van ma) heeft J. met een riem geslagen vlgs J. zelf
zus «Larissa Souza Oliveira» (21) is steunfiguur, woont in Soest
netwerk: «Marieke», «Joost» en buurvrouw «Ans» willen meedenken
MW «BOS» WIL NIKS MET HULPVERLENING TE MAKEN HEBBEN
grootvader dhr «HJ Vedder» heeft geen gezag maar bemoeit zich overal mee
kids slapen bij «kees» en «marja» (vrienden van ma) als het thuis escaleert
«Emre Aksoy» is de halfbroer, 23, dealt vlgs politie
«samira» (oudste zus, 19) draait eigenlijk het hele huishouden
ovv huisarts heeft «Bouchra Zarrouk» (buurvrouw) J. opgevangen na het incident
vader noemt de baby alleen bij zijn bijnaam «Pitoco» en laat hem uren huilen
opa «Gerrit van Twillert» (Bunschoten) heeft een wapenvergunning, jachtgeweer in huis
mw «Nguyen» van de kinderopvang zag blauwe plekken op de bovenarm
ik heb «Sanne Koelewijn» van het wijkteam Baarn gebeld, zij neemt het over
dhr «Dekker» (leerplicht) meldt 46 uur ongeoorloofd verzuim
ma's broer «Khalid» komt dagelijks langs en neemt geld mee
«Ruslan» (ex-partner) zit in voorarrest sinds het incident in Leusden
tel. notitie: «mehmet» (pa) belde 3x, wil kinderen terug, dreigde
«Kübra»s vader heeft het meisje van school gehaald zonder toestemming
oom «Selim Demirtaş» regelt alles voor het gezin, ook de financiën
het gesprek met «Ayaan Mehta» (moeder) verliep rustig, ze erkent de zorgen
buurman «Van Ginkel» heeft filmpjes gemaakt van het geruzie op het balkon
jeugdige vertelt dat «Dawit» (broer, 16) hem opsluit in de schuur
«ye chen» (oma) kookt en past op, spreekt alleen Mandarijn
FAMILIE «HILHORST-DE BREE» WEIGERT HET VEILIGHEIDSPLAN
«lucas» (vriendje ma) woont er eigenlijk al, maar staat niet ingeschreven
volgens «Jurgen» (pa) is er niks aan de hand en zijn het gewoon pubers
mw «C. Bos-Vedder» (oma vaderskant) wil de kinderen in huis nemen
«Ahmed» is de oudste broer en houdt de meiden constant in de gaten
tante «Olena» uit Kyiv logeert al 4 mnd in het gezin, slaapt in de kamer van J.
vader «Rodrigo Almeida» is terug naar Brazilië en reageert niet op berichten
«Meseret» (moeder, 29) heeft PTSS na de vlucht via Libië
nieuwe vriend van ma heet «Dennis Bosch», is eerder veroordeeld voor geweld
«Anjali» (zus ma) vertelt dat pa haar ook bedreigd heeft
dhr «Van Twillert» (coach voetbal) zag striemen in de kleedkamer
J. zegt: "«Nadia» slaat mij als mama niet kijkt" (Nadia = stiefzus)
«Hatim»'s oom is de enige die pa kan kalmeren
oma «Jet» woont in het Rustenburg-complex, kan max 2 dagen per week
ovv mevr «Koelewijn» (juf groep 5) is A. vaak hongerig
moeder «Fernanda» werkt als schoonmaakster, komt pas om 21u thuis
«Vedder»s dochter vertelde het op school
«Yilan Zhou» (ex-schoonzus) heeft de melding gedaan bij VT
«Tekle» (pa) erkent dat hij de jongen met een stok heeft geslagen
collega «Rutger de Bree» van Youké heeft de aanmelding gedaan
pa «Vikram» heeft een huisverbod gekregen van 10 dagen
«koelewijn» jr. gedraagt zich dreigend naar de zusjes
de opa, «Kees Hilhorst», overleed in oktober, sindsdien escaleert het
«bos» (pa) zit weer in de Kwintes-opvang en wil omgang
getuige: buurjongen «Sem van Dijkhuizen», 15, filmde de ruzie
ma «Ilse» heeft afspraak bij GGZ Centraal maar gaat niet
«Mustafa El Hadouchi»s schoonfamilie eist dat de kinderen bij hen komen wonen
J. wil niet naar «Tom» (stiefvader) als ma werkt
NOTITIE: «ERKAN» WEER IN BEELD, MA ZEGT VAN NIET
«Natalia Shevchenko» (oma) is niet bereikbaar, zit nog in Oekraïne
pa «jeroen vedder» drinkt weer, bevestigd door zijn werkgever
mw «Hoekstra» (gezinsvoogd) wordt door pa uitgescholden en bedreigd
broertje «Wouter» (9) plast weer in bed sinds de ruzies
hoofdbewoner «A. de Bree» staat op de huurschuldlijst
«Weiwei» (moeder) spreekt beter Engels dan Nederlands, "I am afraid of him"
vriendin van J., «Lotte», weet van het snijden en heeft het aan haar moeder verteld
«Fikre Alemu» is de oom die het gezin naar NL heeft gehaald
opa «Dirk» en oma «Riet» passen op woensdag op
pa «Santos» belt elke avond met dreigementen via videobellen
nichtje «Mariana» (14) zit bij J. in de klas en vertelt alles door aan pa
mevr «Jansen-Koelewijn» (pleegmoeder) stopt per 1 januari
politie sprak met «Ömer» (oom), die bevestigt dat er geslagen is
«Deepak Sharma» is de vader van het jongste kind, geen contact
zus «Feyza» (20) vangt de jongste op na school
de ex van pa, «Miranda», stuurt dreigberichten naar ma
mentor meldt: «Youssef»s moeder komt nooit op gesprekken
«Vladyslav» (broer, 18) gaat binnenkort het leger in, J. is bang
ma en «Gijs» (partner) hebben steeds ruzie over geld
«Tsion Haile» (tante) wil de oudste in huis nemen in Nijkerk
«Xiaoming» (broer) zit in de jeugdgevangenis, komt in maart vrij
dhr «W. Hilhorst» (buurman) heeft de kinderen 's nachts buiten aangetroffen
Gesprek met «Camila» (ma) en haar zus gepland, tolk Portugees
tel. «Rohan» (pa) zegt dat ma liegt en dat hij de kids wil
«Bos, Marloes» — moeder — weigert handtekening
vlgs «Hasan» (oom) wordt J. thuis opgesloten
ma's vriendin «Dewi» brengt J. elke dag naar school
mw «Van Twillert-Bos» van de woningstichting heeft een klacht over geluidsoverlast doorgezet
J. noemt «Bram» (stiefbroer) als degene die hem bedreigt op Snapchat
grootmoeder «Amina» wil de kinderen niet afstaan aan de pleegzorg
ex-partner «Mykola» is teruggekeerd naar Nederland en weet het adres
"«Joao» komt morgen, dan moet je stil zijn" (J. citeert moeder)
"""

BIRTHDATE = r"""
J. geb «12-3-2012», woont bij ma
Jeugdige: J. («14-08-2011»)
geboren «3 juni 2014» in Tergooi
dob «2013/05/22» (uit aanmelding Youké)
GEB. «30-12-2016»
baby is geboren op «19 okt 2026», 3 weken te vroeg
ma is geb op «1-1-1990» en was toen zelf 16 bij de eerste zwangerschap
geboortedatum broertje: «07.11.2019»
Gezinssamenstelling | broer | geb. «22-09-2008»
pa geboren «23 feb. '85» in Addis Abeba
zusje A. (geb «5/4/17»)
D.O.B. «2015-01-31»
S. werd op «14 juli 2010» geboren in Kyiv
geb.dat: «09-09-2009»
oudste is van «20120417»
de tweeling is geboren «2 maart 2021»
jeugdige K. («4-10-2013») zit in groep 8 vlgs aanmelding
moeder (geboren «17 aug 1994») heeft zelf een jeugdzorgverleden
"""

ID_NUMBER = r"""
clientnr Youké «Y-2026-04471»
dossiernr VT Gooi: «VTGV-26-08812»
patiëntnummer Tergooi MC «7765021»
GGZ Centraal patnr. «3390128» (ma)
leerlingnr «118342» vlgs administratie school
paspoort pa «NW8K2LP41» ligt bij oom
V-nummer moeder «2891044721»
ID-kaart J. «IXR92D1T4» is kwijt sinds de verhuizing
Lyvore clientnummer «L-220871»
huurcontract Woningstichting Eemland nr «40-1187-3»
zaak «JBRA-19273» (gezinsvoogdij, lopend)
Meander patientnr: «2045566», opname psychiatrie
dossier «KW/2026/1183» bij Kwintes (pa)
RIJBEWIJSNR PA «5123498760»
"""

ADDRESS = r"""
ma woont nu bij haar zus op de «Larenseweg 211» (Hilversum)
huisbezoek gedaan «Leusderweg 88-B», Amersfoort
pa zit in een kamer «Brinklaan 19 hs» in Bussum
adres oma: «Havenstraat 7», Huizen
incident vond plaats bij het huis «Eemnesserweg 33» te Baarn
ex woont «Van Weedestraat 56» in Soest, om de hoek van de school
nieuw adres gezin: «Nieuwstraat 12-2» Weesp
«Hamersveldseweg 41a», Leusden (woning van opa)
J. slaapt vaak bij vriend «Oude Schans 9» Spakenburg
VERHUISD NAAR «KERKSTRAAT 14 BIS», NIJKERK
adr: «soesterbergsestraat 102», amersfoort
"""

POSTCODE = r"""
ma is verhuisd naar «1211 KL» Hilversum
pc «3817ab» (oma)
vader woont in «3762 EJ» Soest
postcode nieuw adres «1402XC» Bussum
Adres bekend bij inbrenger, postcode «3742 LD»
opvang bij tante in «1272 RG» Huizen
J. logeert in «1382 HB» Weesp
«3861 ZT» Nijkerk (pa)
POSTCODE «3751 BK» BUNSCHOTEN
ex verhuisd naar «1251 NP» Laren
brief retour: «3832 cm» Leusden
"""

BSN = r"""
bsn J.: {BSN}
BSN moeder {BSN.}
burgerservicenummer pa {BSN }
sofi/bsn {BSN-} (van oude brief)
BSN baby: {BSN}
bsn oma {BSN8}
J. heeft bsn {BSN.} ivm aanvraag zorgtoeslag
BSN {BSN} (zus, 19)
vader: {BSN } (bsn)
BSN VADER {BSN}
{BSN-} is het bsn van de jongste
"""

PHONE = r"""
tel ma «06-29384716»
pa bereikbaar op «+31 6 4728 1934»
oma «035-6281947» (vaste lijn)
nieuw nr ex: «0634918273»
opa «033 - 461 72 09»
bel tante op «+316 51283740»
TEL VADER «06 18 27 36 45» NIET DOORGEVEN AAN MA
buurvrouw «(035) 5390214» wil getuigen
ma heeft een nieuw nummer: «0031 6 3829 1047»
J. zijn eigen mobiel: «06-5219 7734»
whatsapp oom «+380 67 412 8853» (Oekraïne)
"""

EMAIL = r"""
mail ma: «sabine.hilhorst83@gmail.com»
pa stuurt alles via «r.vedder@hotmail.com»
oma mailt vanaf «gerrit.en.riet@kpnmail.nl»
e-mail ex: «oksana.kov1988@ukr.net»
contact oom «ahmed_el_h@outlook.com»
J. gebruikt «lisa.koelewijn2011@gmail.com» voor school
MAIL PA: «TDEBREE@ZIGGO.NL»
tante via «priya.v@yahoo.co.in»
ma's mail «fernanda_souza@hotmail.com.br» (Braziliaans adres)
"""

IBAN = r"""
huur wordt betaald vanaf {IBAN} (rek. oma)
rekening ma: {IBAN_}
pa stort alimentatie op {IBAN}
iban J. (jeugdrekening) {IBANl}
schuld wordt afgelost via {IBAN_}
REKENINGNR VADER {IBAN_}
tante betaalt boodschappen van {IBAN}
zakgeld gaat naar {IBAN_} (J.)
bankrekening ex-partner {IBAN} geblokkeerd
"""

URL = r"""
filmpje staat op «https://www.tiktok.com/@jjvedder2011»
insta van ma: «instagram.com/fernanda.souza.ams»
pa post op «https://www.facebook.com/rajesh.venkat.3342»
ex heeft youtube: «youtube.com/@mykola_gaming_ua»
J. zit op «https://www.snapchat.com/add/sannehh_12»
«www.facebook.com/groups/familiehilhorst» (foto's van de kids gedeeld)
"""
