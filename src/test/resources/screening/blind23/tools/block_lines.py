# Hand-written BLOCK lines; spans marked with «...». Numbers with {TOKENS} are filled by gen_sentences.py.
NAME = r'''
kinderen: «Hendrikje» (2009), «Teunis» (2011), «Jannigje» (2012), «Gerrit» (2014), «Klaasje» (2016) en «Marinus» (2019)
Moeder «Willemijn van den Berg» wil niet dat de diaken erbij is.
vader «aart kodde» werkt op de kwekerij in boskoop, is vaak pas na 20.00 thuis
OMA «DIRKJE SCHUURMAN» VANGT DE KLEINSTEN OP NA SCHOOLTIJD
Gezinssamenstelling | vader | «G.J. van Holten» | 1979
«Hoekman» (vader) gaf aan dat hij de tuchtiging 'bijbels' vindt.
oom «Marinus» uit Elspeet haalt de jongens op zaterdag op
De zus van moeder, tante «Jannetje Brinkman», woont in Nunspeet.
«Maria»'s vader is ouderling en wil niet met het CJG praten.
«Teunis»' broer heeft op school verteld dat er thuis met de riem wordt geslagen.
«Van der Veen» sr. (opa) betaalt de schoolkosten.
Broers en zussen: «Aaltje» (2008), «Geertje» (2010), «Jan» (2012), «Pieter» (2013), «Hendrik» (2015), «Lijntje» (2017), «Adriaan» (2018), «Neeltje» (2020), «Kees» (2022)
fam. «Bakker-Kodde» heeft geen tv en geen internet thuis
moeder («Geertruida») durft niet tegen vader in te gaan.
De vriendin van J., «Willemijn», zegt dat J. haar armen krast.
buurvrouw «Riek Schouten» hoorde op 14-10 geschreeuw en een klap
dictaat: vader heet «arie de wit», schipper, week op zee, weekend thuis op urk
Vader «Klaas Kapiteijn» vaart op de UK-157 en is maandag t/m vrijdag weg.
OPA «ROMKES» WIL DAT DE JONGENS OOK VISSER WORDEN
Tante «Aaltje Pasterkamp» (zus van vader) is een steun voor moeder.
«Jelle Post» (oudste broer, 19) drinkt in de keet aan de Klif.
De ex van moeder, «Hessel Woord», mag volgens de rechter geen contact.
mail van moeder: "groet, «Trijntje Hoekman»"
«Lammert» en «Albertje» (tweeling, 2015) zitten samen in groep 7.
vader «Johannes Tuinman» en moeder «Elisabeth Tuinman-de Vries» zijn allebei gesproken
Moeder «Sientje» belde huilend de wijkverpleegkundige.
Vader «Ruben Matulessy» is opgegroeid in de Molukse wijk in Capelle.
oma «Non Pattiradjawane» woont in bij het gezin
«Pattinama» (stiefvader) werkt als beveiliger.
De broer van vader, oom «Dani Latuheru», is de vaste opvang.
moeder: «Josina Tahapary», vader: «Frits Wattimena»
ex-partner «J. Sahetapy» heeft een contactverbod
«NOVITA» (zus van moeder) haalt de kinderen op maandag op
«Yonas» (vader) is in 2022 via Libië naar Nederland gekomen.
Moeder «Senait Tesfay» spreekt Tigrinya, tolk aanwezig.
«Mehari Ghebremichael» is de oom die de voogdij wil overnemen.
De neef van moeder, «Filmon», slaapt soms op de bank.
«Helen»'s moeder heeft nog twee kinderen in Ethiopië.
VADER «TEKLE ABRAHA» WIL DAT DE DOCHTERS THUIS BLIJVEN
buurman «Samir Haddad» heeft de politie gebeld
Moeder «Rasha Al-Khatib» heeft haar man sinds 2021 niet gezien.
De oudste zoon, «Omar», draagt veel verantwoordelijkheid voor de jongere kinderen.
«Abu Karim» (vader) zegt dat slaan in Syrië normaal was.
oma «Umm Yusuf» woont nog in Aleppo en belt dagelijks
kinderen: «Lina» (2012), «Yamen» (2014), «Sham» (2018)
stiefvader «Hassan Alhamoud» heeft kort geleden een verblijfsvergunning gekregen
«Bilal» (16, broer) weigert mee te werken aan het gesprek.
de vader van moeder, «Ahmad Al-Masri», komt elke vrijdag eten
Dominee zegt dat de vader, «Gijsbert Verhoef», zijn excuses heeft aangeboden.
De oudste zus, «Rianne», is het huis uit en woont in Gouda.
vriendje van A.: «kevin de bruin» uit de klas
Buurman «Piet Oskam» zegt dat de kinderen vaak buiten staan in de kou.
MOEDER: «H. VAN DEN BRINK» (1983) – gezag
ex-man «Wim Verkerk» woont nu in Krimpen aan den IJssel.
«Van Holten» (vader) was niet bereikbaar voor de gezinsvoogd.
De broertjes «Dirk», «Cor» en «Wout» slapen op één kamer.
«wijnand» (stiefvader) komt alleen in het weekend
tante «Marrigje» uit Lekkerkerk heeft aangeboden te helpen
opa «Leendert Kool» is diaken in de kerk van het gezin
oma «Jaantje» en opa «Teun» wonen in hetzelfde dorp
De vriend van moeder, «Sander Ooms», is niet van het geloof.
«Jacoba»'s zus belde de GGD.
moeder «Adriana van Wijngaarden» heeft last van depressie na de 8e bevalling
«Cornelis Bos» (vader): "Wij voeden op zoals de Schrift zegt."
Geïnformeerd: vader «Hendrik van Dam» op 3-11, moeder op 4-11.
Stem van ouders: «Marrigje Koppelaar» zegt dat ze het niet meer aan kan.
«Gerrit Jan» (12) vertelde aan de juf dat hij bang is voor vader
MW. «DE RUITER» HEEFT ZELF CONTACT GEZOCHT MET HET CJG
De pleegmoeder, «Ina Hazeleger», kan de zorg niet meer aan.
Vader «Evert van 't Hul» werkt in de bouw in Barneveld.
oom en tante «Drost» in Staphorst kunnen de jongste opvangen
«Roelof», «Jantje» en «Hilligje» zijn door oma opgevangen.
moeder belde met de schoolleider: «J. Brands-Mulder»
Zwager van vader, «Albert Stam», is ook ouderling.
«Hannie» (oma, 74) is mantelzorger voor het gezin.
mevrouw «Lokhorst» van het wijkteam belde vader terug
dhr. «Van Rijn» (jeugdarts) heeft de kinderen gezien op 12-10
ds. «Hoogerwerf» heeft het gezin op 6 oktober bezocht
juf «Annemarie» van groep 4 zag blauwe plekken op de bovenarm
de gezinsvoogd, «Sanne Koster», heeft het plan met moeder doorgenomen
Ouderling «Kranendonk» wil bij het gesprek zijn.
«Mirjam Hofman» (IB'er Eben-Haëzerschool) meldde het verzuim.
meester «Van Lopik» vond dat A. steeds stiller werd
Het gezin «Jansen-Koffeman» is bekend bij Eleos.
Tabel Gezin | Zoon | «Arjen» | 2013 | groep 8
«Tineke»: "ik wil gewoon dat papa ophoudt met slaan"
moeder noemt de nieuwe partner «Bram»; achternaam nog onbekend
Vader «Ton de Jong» is eerder veroordeeld voor mishandeling.
«ANNIGJE» (15) IS WEGGELOPEN NAAR HAAR TANTE IN URK
De oudste, «Marthe», zorgt voor het eten als moeder in bed ligt.
«Lena Kramer» (oma) woont aan de overkant van de straat.
de neef «joost» (18) is drie nachten blijven slapen
Vader noemt zich broer «Yohannes» in de gemeente.
Moeder wordt thuis mama «Ina» genoemd; echte naam «Ina Sopacua».
Buurvrouw «Fenna» ziet dat de jongste vaak alleen speelt.
ex-partner van vader: «Esther Brouwer», wonend in Bodegraven
«Rebekka» en «Sara» (2016) delen een kamer met baby «Ruth».
De grootouders «Van Wijk» willen de kinderen niet meer zien.
«Simon» vertelde bij de catechisatie dat hij niet naar huis wilde.
Siblings (dictaat): «gerdien» 2010, «hanna» 2012, «bart» 2014, «evertje» 2017
'''
BIRTHDATE = r'''
Hendrikje geboren op «14-02-2011»
J. (geb. «03-09-2012») zit in klas 2 van het Van Lodenstein College.
jeugdige: T., geb. «7 juni 2013»
GEBOORTEDATUM JEUGDIGE: «22.11.2010»
broertje geboren «2 januari 2019» te Katwijk
moeder is jarig op «19-4-1985» en wordt dan 41
Jeugdige: «15-08-2012» (i.p.v. geboortejaar ingevuld)
de baby is geboren op «1 oktober 2026» in het Groene Hart Ziekenhuis
geb.dat. zoon: «2014-05-30»
zusje M. is op «9/3/2016» geboren, net voor de verhuizing
vader (geb. «12 december 1978») heeft vijf kinderen uit een eerder huwelijk
D. is geboren «04-07-'13»
Tabel | G. | «11-01-2015» | groep 5
De tweeling is van «28 februari 2017».
Oudste dochter, geboren op «17 mei 2007», woont nog thuis.
A. (geboren «6-6-2012») wil naar de Pieter Zandt.
oma vierde haar 80e, geboren «23 maart 1946»
geb. «31.12.2009» – jeugdige is net 17 geworden
'''
ADDRESS = r'''
Het gezin woont aan de «Zuiderzeestraat 14» op Urk.
adres: «Oude Boomgaard 3a», Bodegraven
vader verblijft tijdelijk op «Karnemelksloot 112-B» in Gouda
OMA WOONT OP «DORPSSTRAAT 41», LEKKERKERK
moeder is verhuisd naar «Wijk 2 nr. 7» in Urk
Opvangadres: «Hooftstraat 220 rood», Alphen aan den Rijn
tante in Genemuiden, «Westerstraat 19»
Crisisplek bij oom, «Stationsweg 8», Elspeet
de vriend woont op «Achterweg 33 bis» in Rijnsburg
Woonadres | «Noordelijke Dwarsweg 5» | Staphorst
vader heeft een kamer op «Ambachtsweg 14 k2» bij de kwekerij
'''
POSTCODE = r'''
postcode moeder «3771 KP»
Adres vader: ergens in «8321XC», exacte nummer onbekend
retour naar «2801 LN» Gouda
Oma (postcode «2411 BC») is bereikbaar voor de kinderen.
PC «8271 GH» IJSSELMUIDEN (ADRES PLEEGGEZIN)
de post gaat nu naar «2231 jm» Rijnsburg
Woonplaats gezin: «3862 AA» Nijkerk
Verhuisd naar «7951DW» Staphorst in september.
ouders: «2931 AC» Krimpen a/d Lek
pleeggezin: «8076 PP» Vierhouten
«3461 HE» Linschoten – adres van vader na scheiding
'''
BSN = r'''
BSN jeugdige: «{BSN}»
bsn moeder «{BSN_DOT}»
BSN VADER «{BSN}» (overgenomen uit brief SVB)
Burgerservicenummer T.: «{BSN_SP}»
BSN | «{BSN}» | Moeder
in het dossier staat bsn «{BSN8}» (oud nummer)
bsn van de baby is nog niet bekend, dat van de oudste wel: «{BSN}»
Jeugdige (BSN «{BSN}»)
Persoonsgegevens – BSN: «{BSN_DOT}»
sofinr. vader «{BSN}»
burgerservicenr. zus: «{BSN_SP}»
'''
PHONE = r'''
moeder is bereikbaar op «{MOB}»
Vader: «{MOB_DASH}» (alleen na 18.00)
tel oma «0182-{L6}»
Bel bij crisis tante: «+31 6 {MOB_SP}»
telefoon vader op de boot: «+31{MOB9}»
Telefoon | «{MOB}» | moeder
noodnr. buurvrouw «0341 {L6}»
via whatsapp van de oudste: «06 {MOB_PAIR}»
Vaste lijn gezin «0527-{L6}»
nummer van oom in Eritrea: «+291 7 {L6}»
vader belde mij vanaf «{MOB}» (nummer onderdrukt bij anderen)
'''
EMAIL = r'''
mail moeder: «{EM1}»
Vader mailt vanaf «{EM2}»
E-MAIL | «{EM3}»
contact via «{EM4}» (oudste dochter)
stuur de kaart ook naar «{EM5}» (oom, gezinsvoogd wil dat niet)
moeder had een gmail: «{EM6}»
E-MAILADRES OUDERS: «{EM7}»
de ex van moeder stuurt berichten vanaf «{EM8}»
opa's mail, «{EM9}», staat in de cc
'''
IBAN = r'''
Schoolkosten worden betaald van rekening «{IB1}»
IBAN moeder: «{IB2}»
de diakonie maakt het geld over naar «{IB3}»
rekeningnr. vader «{IB4}» (beslag)
IBAN | «{IB5}» | kinderbijslag
toeslagen komen binnen op «{IB6}»
moeder heeft ook een Belgische rekening: «{IB7}»
Rek.nr. oma «{IB8}» voor het zakgeld
bewindvoerder beheert «{IB9}»
'''
URL = r'''
Instagram van de oudste: «https://www.instagram.com/annigje.urk07»
vader post preken op «https://www.youtube.com/@vader.hoekman.preekt»
Facebook moeder «facebook.com/willemijn.vdberg.1983»
TikTok J.: «https://www.tiktok.com/@jannigje_x_2011»
de vriend heeft een profiel op «https://nl.linkedin.com/in/sander-ooms-82b1a3»
Moeder verkoopt kleding via «https://www.vinted.nl/member/110293-trijntje-h»
'''
ID_NUMBER = r'''
cliëntnr. Youké: «{ID_Y}»
dossiernummer Timon «TIM-{D6}»
Lindenhout client «LH{D7}»
paspoort moeder «{PASS1}»
Vreemdelingennummer vader: «{V10}»
ID-kaart oma: «{PASS2}»
Jeugdbescherming dossier «JBW/{D4}/{D3}»
Raad-zaaknr. «{D6}-{D2}» (RvdK)
CJG-registratienr. «CJG{D6}»
pleegzorgdossier «PZ-{D5}»
V-NR. MOEDER «{V10}»
verblijfsdocument «{VD}»
Huisarts patiëntnr. «{D7}»
Eleos cliëntnummer «EL-{D6}»
'''
