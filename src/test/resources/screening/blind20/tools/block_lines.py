# Hand-written BLOCK lines for blind set 20. Spans marked with «…». {BSN}/{IBAN} filled by gen_sentences.py.
NAME = r"""
pt. «Hylke» (9 jr) op SEH ivm zwelling li onderarm, mdr gaf wisselende verklaring
Skeletonderzoek bij «Tjitske» toonde 2 oudere ribfracturen, LECK geconsulteerd.
vdr «Reza» kwam pas na 2 uur naar de SEH.
Mdr «Gerbrich» zegt dat pt. van de commode is gevallen.
«ANNE» (broer, 14) vangt de kleintjes op als mdr weg is
Oma «Pham Thi Lan» haalt de kinderen dagelijks op van de opvang.
cl. zegt dat «Farid» hem slaat met een riem
kinderopvang meldt: «Puck» had blauwe plekken op beide bovenarmen
Tijdens de 4-maandencontrole was «Sem» erg stil en schrikachtig.
Stiefvader «Wiebren Hoekstra» weigert contact met het gebiedsteam.
«Jelle» en «Fenna» slapen samen op 1 kamer met vdr.
Volgens de leerkracht vertelde «Bo» dat papa boos was met de pan.
Buurvrouw mevr. «Dijkstra» belde de politie om 02.15 uur.
«Nguyen Van Duc» (vdr) werkt 's nachts in de kassen en slaapt overdag.
Tante «Maryam» uit Kampen wil tijdelijk opvangen.
mdr «Shirin Ahmadi» is 28 wk zwanger, geen verloskundige gezien
«Tess» huilt bij het brengen naar de opvang en wil niet naar huis
Ex-partner «Gerrit-Jan Postma» heeft een contactverbod sinds september.
SEH-arts: verklaring van mdr («Rosalie») past niet bij letselpatroon
«M. Wiersma» (opa) is niet in beeld bij de hulpverlening.
Jeugdverpleegkundige zag dat «Liezel» (3 mnd) onvoldoende groeit.
| Vader | «Jun Santos» | 41 | geen gezag |
| Moeder | «Maricel» | 36 | gezag |
Gesprek met dhr. «Al-Haddad» gaat via een tolk Arabisch.
«Ahmed Saleh» (oom) neemt de beslissingen in het gezin.
Pake «Durk» brengt de jongens naar de voetbal in Grou.
Mem «Sytske» drinkt sinds het overlijden van haar moeder.
broertje «sietse» (6) is ook aanwezig bij de ruzies
«HOEKSTRA» weigert toegang tot de woning (AANTEKENING POLITIE)
«Bilal» (neef, 19) is degene die het geld beheert.
Vriend van mdr, «Kees Bouma», verblijft er 4 nachten per week.
Volgens «Zahra» is vader weer terug in huis.
Gezinsvoogd mw. «Terpstra» heeft het gezin 2x niet thuis getroffen.
Zwangerschapsbegeleiding: verloskundige «Anke Veenstra» maakt zich zorgen over de bloeddruk
Mail van «Wietske» (wijkteam Heerenveen): mdr neemt telefoon niet op
De jeugdarts, dr. «Kooistra», verwijst naar het Kinderteam MCL.
«Mohammad Karimi» (vader) kwam in 2016 via Griekenland naar NL.
Opa «Hossein» woont sinds de zomer in bij het gezin.
«Hassan»s broer stuurde dreigberichten via WhatsApp.
zus «Thuy» (17) doet het huishouden en spijbelt
tel. contact met «Joseph Mendoza» (stiefvdr): ontkent alles
Kinderopvang De Wâldsang meldt dat «Rixt» vaak hongerig binnenkomt.
«Y. de Haan-Bosma» (moeder) was niet bereikbaar voor het gesprek.
De kinderarts besprak met «Harmen» (vdr) de uitslag van het skeletonderzoek.
«Imran» en «Sana» zijn naar Pakistan vertrokken zonder afmelding school.
Buurman «Klaas van der Meulen» hoort 's nachts gegil.
Mdr. «Nasrin»: "ik ben bang dat hij de kinderen meeneemt"
Vdr «Tariq Mahmood» zegt dat het om opvoeding gaat, niet om geweld
«lieke» (zus, 15) vertelt aan mentor dat ze thuis niet durft te slapen
Dienstdoende arts heeft vdr «Yusuf» naar buiten begeleid na agressie op de afdeling.
BABY «RIVA» 6 WKN, GEWICHT ONDER P3, MDR MIST AFSPRAKEN
«Sjoukje van der Wal» (grootmoeder) biedt opvang in Akkrum.
fam. «Ghorbani» is bekend bij VT sinds 2021
Leerkracht groep 4 zag dat «Teun» met een kale plek op zijn hoofd kwam.
Halfbroer «Kian» (20) heeft een strafblad en komt dagelijks over de vloer.
Alleen «Mahnaz» spreekt Nederlands, vader spreekt Dari.
«Doan» (vdr) heeft de kinderen van school gehaald zonder te melden
De pleegouders, fam. «Zijlstra», kunnen de opvang niet langer volhouden.
«Marisol» (tante) regelt de papieren bij het COA.
Peuter «Loek» zat met natte luier en zonder jas in de auto voor de supermarkt.
Kraamzorg zag dat «Wendy» de baby hardhandig in bed legde.
«Abdulrahman» (17) is de oudste thuis en voelt zich verantwoordelijk.
«Gjalt» zit sinds de zomer op de bank bij een vriend in Drachten.
Tijdens het huisbezoek zat «Nadia Qureshi» (mdr) met een blauw oog.
Vriendin van mdr (naam: «Ilse») past op als mdr 's avonds weg is.
gesprek m. vdr «Babak» + tolk Farsi, afspraak nagekomen
«JOHANNES» (vdr) DREIGDE MET ZELFDODING BIJ HUISBEZOEK
«Karin Hiemstra» (buurvrouw) heeft de kinderen een nacht opgevangen.
Meester van groep 6 hoorde van «Tygo» dat mama in het ziekenhuis lag.
«T. Jongsma» (stiefvader) belde boos naar de opvang.
Broer van vdr, «Naveed», is de contactpersoon voor school.
«Siebe» (11) zegt dat hij de klappen van zijn broer 'verdient'.
«Linh» (zus, 13) vertaalt bij gesprekken, wat niet wenselijk is.
Moeder noemt oom «Rustam» als steunfiguur in het netwerk.
vriendje «Daan» zag beelden van de mishandeling op de telefoon van vdr
Pt. «Kiara» (2) na val van trap op SEH; CT-scan schedel verricht.
Schoonmoeder «Gulnaz» houdt de pasjes en het geld vast.
De man met wie mdr nu omgaat («Richard») is bekend bij de politie.
«Jesse Reitsma» (ex van mdr) heeft een huisverbod gehad in 2025.
«Arjen» en «Marije» zijn beiden onder invloed bij het ophalen gezien.
Wijkverpleegkundige: «Jildou» laat de baby uren alleen in de box.
Oudste dochter «Amina» (16) slaapt sinds oktober bij een vriendin.
«nyssa» kwam zonder ontbijt en met vieze kleren op de opvang
Na de ruzie is «Pieter» (vdr) met de auto weggereden met «Mila» op de achterbank.
Familie «Tran» spreekt vooral Vietnamees thuis.
Volgens «Ruurd» (stiefbroer) wordt er in huis geblowd.
buurjongen «Wessel» filmde de ruzie en zette het online
«Mirjam» (zus van mdr) is bereid de kinderen tijdelijk op te nemen.
«BRANDSMA, HINKE» — niet verschenen op zitting
Consultatiebureau: «Yara» komt alleen met oma naar afspraken.
Vdr «Ali Reza Hosseini» verblijft met een verblijfsvergunning in Zwolle.
Aangifte gedaan door «Evelien» (mdr) tegen haar ex.
«Joris»' moeder vertelde dat hij bedplast sinds de verhuizing.
vdr «Waleed» belde de jeugdverpleegkundige 6 keer op 1 dag
«Cherelle» (23) is de nieuwe vriendin van vdr en woont er in.
«Sjors» (8) is volgens school erg teruggetrokken na de vakantie.
Mdr. en «Joost de Vries» hebben het gezag samen.
Tolk vertaalt voor «Parwin» (oma), die bij het gezin inwoont.
«Ids» speelt met zijn neefjes in Wommels als het thuis misgaat.
Ex-partner «Sander Boersma» wacht mdr op bij het werk.
"""

BIRTHDATE = r"""
Geb.datum pt.: «14-07-2022»
geboren «03/11/2019» te Leeuwarden, zwangerschap à terme
Baby J., geb. «2 sept. 2025», opname MCL ivm subduraal hematoom
| Geboortedatum | «2012-05-19» |
Dob: «08.01.2016»
Jeugdige: H. («17-06-2013»)
Moeder is geboren op «12 februari 1994» in Kabul.
vdr geb «19811023» (zie kopie verblijfsdocument)
GEBOREN «23-03-2015» TE SNEEK
Zusje (geb. «7-10-'18») gaat naar de kinderopvang in Burgum.
Oudste zoon is «9 mei 2010» geboren, in Karachi
geboortedatum baby: «28/02/2026» (prematuur, 32 wk)
B. (geb. «30-jun-2014») zit in groep 8.
Pt. is op «1-4-2021» geboren in het Isala.
zoon, d.o.b. «11 11 2017», is bekend bij de kinderarts
Geb. «5 dec '09», 17 jaar, woont deels bij oma
Broer («24.08.2011») zit op het Bogerman.
Mdr (geboren «13-1-1999») was zelf een uithuisgeplaatst kind.
"""

ID_NUMBER = r"""
Patiëntnr MCL «3861204»
cliëntnummer Jeugdbescherming Noord «JBN-2025-44817»
dossiernr VT: «VTF-1183592»
zaaknummer rechtbank: «C/17/198845 / JE RK 25-612»
V-nummer moeder «2704318855»
paspoort vdr «NW7K29QF4»
BSN onbekend, wel Isala-patnr. «8823107»
Leerlingnummer «204617» (Bogerman Sneek)
Kenmerk Raad: «RvdK-ZW-2026-07713»
ID-kaart mdr «IWR38FK71»
Registratienr. kinderopvang kind «KO-30518»
COA-nummer gezin «F-1129047»
Polisnummer zorgverzekering «178260931-04»
Dossier «D2025-0918» (Sociaal Team Deventer)
"""

ADDRESS = r"""
Gezin woont «Oostergrachtswal 112-3», Leeuwarden
adres oma: «Kleinzand 27a» Sneek
Vdr staat ingeschreven op «Zuiderdiep 204», Drachten
| Adres | «Assendorperstraat 86 II» |
Tijdelijk verblijf bij tante op «Molendijk 15», Oud-Beijerland.
Politie ter plaatse «Dracht 41-B» Heerenveen om 23.40 uur
nieuw adres: «Noordeinde 9» (Kampen)
Mdr is verhuisd naar «Brink 3 bv», Deventer.
Ex woont om de hoek, «Opzoomerlaan 62», Hellevoetsluis
Huisbezoek «Zandpad 18a» Middelharnis, woning vervuild
«KERKSTRAAT 7» BURGUM, BOVENWONING
"""

POSTCODE = r"""
postcode «8913 CK» Leeuwarden
Postcode gezin: «9203KL»
adres bekend, pc «8601 gz»
| Postcode | «8011 VR» |
oma woont in «3201 HB» Spijkenisse
Vdr woont in «7411 PT», tegenover de moskee.
«8441 EM» Heerenveen (nieuwe woning vanaf november)
Post gaat naar «3241CX» Middelharnis.
Verhuisd naar postcode «8262 BE» in Kampen.
PC vader: «3262 GJ»
Ze staan ingeschreven op «9251 JN» Burgum.
"""

BSN = r"""
BSN pt.: «{bsn:plain}»
bsn moeder «{bsn:dots}»
Burgerservicenummer baby: «{bsn:spaces}»
| BSN | «{bsn:plain}» |
BSN vdr «{bsn:dashes}» (staat op verwijsbrief)
bsn oud (8 cijfers): «{bsn:eight}»
Gegevens SEH: BSN «{bsn:plain}», gewicht 9,2 kg
Burgerservicenr. broer «{bsn:dots}»
Nummer «{bsn:plain}» is het BSN van de oudste
bsn «{bsn:spaces}» moet nog gecontroleerd worden bij de gemeente
BSN JEUGDIGE «{bsn:plain}»
"""

PHONE = r"""
mdr bereikbaar op «06-28471935»
tel vdr: «+31 6 1748 2093»
Oma (Sneek) tel. «0515-438271»
| Telefoon | «058 213 8847» |
nummer tante: «0031 6 49201837»
Bel buurvrouw op «(0512) 54 19 82» bij nood
Vader gebruikt nu «06 3391 7402» (nieuwe simkaart)
opa, Zwolle: «038-4219573»
Mdr belt vanaf «+316-50298174», de telefoon van haar zus.
«0181 637 402» is het vaste nummer van het gezin in Hellevoetsluis
Contact oom in Pakistan: «+92 300 5417826»
"""

EMAIL = r"""
mail mdr: «shirin.ahm94@gmail.com»
Vader stuurt mails vanaf «bigduc1981@hotmail.com»
| E-mail | «tjitske.wiersma.fryslan@outlook.com» |
contact via «mariceldelacruz.ph@yahoo.com»
Oma heeft geen mail, tante wel: «n.karimi@ziggo.nl»
ex-partner mailde dreigend vanaf «hylkedevries_88@live.nl»
E-MAIL VDR: «TARIQ.M.1979@GMAIL.COM»
De school mailt met «jelle.en.fenna.thuis@kpnmail.nl»
Mdr gaf haar werkmail door: «g.postma@bouwbedrijf-postma-drachten.nl»
"""

IBAN = r"""
Toeslagen gaan naar «{iban:NL:RABO:grouped}»
rekening mdr «{iban:NL:INGB:plain}»
| IBAN | «{iban:NL:ABNA:grouped}» |
Vdr laat het kindgebonden budget storten op «{iban:NL:SNSB:plain}»
Oma betaalt boodschappen vanaf «{iban:NL:ASNB:lower}»
Huur wordt afgeschreven van «{iban:NL:BUNQ:grouped}»
Rekeningnummer broer (18) «{iban:NL:TRIO:plain}»
Geld naar familie via rekening «{iban:DE:grouped}»
IBAN stiefvader: «{iban:NL:KNAB:grouped}»
"""

URL = r"""
mdr post foto's van de baby op «https://www.instagram.com/tjitske_mem_fan_3/»
Vader zet filmpjes op «tiktok.com/@reza.zwolle.2009»
Facebook oma: «https://facebook.com/gerbrich.hoekstra.52»
Oudste zoon streamt op «https://www.twitch.tv/sietse_fps_heerenveen»
«www.youtube.com/@familiesantos_vlogs» (vlog van het gezin)
Snap van zus: «snapchat.com/add/thuy.ng2011»
"""
