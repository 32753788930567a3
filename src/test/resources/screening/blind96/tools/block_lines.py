# Hand-written BLOCK lines for blind set 96. Spans are marked with «…».
# Placeholders {BSN...} and {IBAN:...} are filled by gen_sentences.py with seeded random, valid numbers.
NAME = r"""
Betrokkene 1: «HUISMAN, Gerrit Jan», vader, van beroep veehouder.
Betrokkene 2: «Huisman-van de Bunt», moeder, zonder beroep.
Verbalisant: «H.W. Kolkman», leerplichtambtenaar gemeente Apeldoorn.
Ten overstaan van «mevr. A. Scholten-Brink» (intern begeleider) verklaarde vader dat het kind thuis nodig was.
MUTATIE: melder «Wesseling» (buurman) hoorde gegil uit de woning, alwaar de kinderen aanwezig waren.
Zusje «Evertje» (2017) slaapt bij de ouders op de kamer.
oma «aaltje» uit Uddel past op als moeder naar het distributiecentrum moet
Het ouderlingenbezoek werd afgelegd door broeder «Teunis van 't Hul».
Wij bidden dat de Heere «Hendrikje» en haar kinderen moge bewaren.
Vader «Jannes» wil geen hulp van buiten de gemeente, zulks op grond van zijn geloofsovertuiging.
opa «Manuhutu» (Moluks) heeft het laatste woord in de familie.
Tante «Nelly Pattipeilohy» uit de Moluks wijk in Lunetten wil de kinderen opvangen.
«Sopacua» jr. (oom) wordt door moeder genoemd als steun.
Oma «Latumahina» gaat elke zondag met de kinderen naar de kerk in de wijk.
MOEDER «ELIZABETH TUHUTERU» IS NIET VERSCHENEN OP HET GESPREK
«Yusuf Aktaş» (vader) werkt in ploegendienst bij een fabriek in Deventer.
anne «Gülsüm» spreekt geen Nederlands, broer vertaalt
Vader en oom «Kemal» hebben ruzie gehad op straat in de Rivierenwijk.
Moeder ging met de kinderen naar haar zus «Sevda Yavuz» in Colmschate.
De oudste, «Emre», hangt veel rond bij het station.
Volgens «Doğan» (buurman) slaan de deuren 's nachts.
Vader «Ahmad Rahimi» heeft een verblijfsvergunning sinds 2022.
«Nazanin» (moeder) huilt veel, zegt dat ze haar familie in Herat mist.
Broer «Bilal» (17) is via de gezinshereniging gekomen.
Moeder «Rania Al-Masri» wil terug naar haar zus in Duitsland.
De Syrische buurvrouw, mevr. «Khoury», tolkt soms voor het gezin.
gesprek met vader («Haddad») liep vast op de rol van de dochters
«Omid» (oom van moederskant) woont ook in het huis, onduidelijk sinds wanneer.
Vader, sergeant-majoor «Ruud Lubbers-Klein», is tot maart uitgezonden naar Litouwen.
Vader («Dijkhuis») zit op de Bernhardkazerne en komt alleen in de weekenden thuis.
Moeder «Sandra» werkt nachten in het distributiecentrum in Deventer.
Ex-partner «Marco Wiegerinck» heeft een contactverbod sinds oktober.
vriend van moeder, «Dennis Oude Luttikhuis», wordt agressief als hij verliest met gokken
Stiefvader «R. Nijhof» is bekend bij de politie.
«Klein Gunnewiek» (oom) rijdt de kinderen naar school in Lochem.
De buurvrouw, mevrouw «Hulshof», heeft Veilig Thuis gebeld.
«Bennie» (opa) drinkt, maar de kinderen zijn dol op hem.
Vriendin van J., «Lotte», heeft de zelfbeschadiging gezien en het aan de mentor verteld.
J. logeert bij de familie «Ten Brinke» in Gorssel.
wekelijks contact met oma «trijntje» in Wijhe via de vaste telefoon
Dhr. «Apeldoorn» (stiefopa) heeft een sleutel van de woning.
Oom «van Voorst» woont in Twello en komt vaak langs.
Tante «Epe-Hofman» kan volgens moeder niet meer opvangen.
«Wilma ter Haar» (peettante) is bereid twee middagen in de week op te vangen.
MD (gezinshuisouder) meldt dat «Jurre» weer is weggelopen.
Voogd heeft gesproken met pleegmoeder «Gerda Schutte».
Ex van moeder, «Tim», rijdt langs het huis in Osseveld.
«Mehmet»s vriendin zit ook op de Rivierenwijk-school.
«Sanne»s vader wil geen contact met de hulpverlening.
Buurjongen «Rachid» neemt F. mee naar het skatepark in Zevenhuizen.
Gesprek gevoerd met «Marloes Tijhuis», moeder van een klasgenoot, die zich zorgen maakt.
Het incident werd gemeld door mevrouw «Kamphuis» van het wijkteam Deventer-Oost.
Ik heb «Gerdien» van GGNet gebeld voor de behandelinfo.
«Van Lenthe» (jeugdarts) heeft de verwondingen gezien.
Overleg met drs. «P. van der Veen» van Dimence over de diagnose van moeder.
Wijkagent «Bosch» kent het gezin al jaren.
Leerplicht: overleg met «Esther Rouwenhorst» op 12-10.
Jeugdbeschermer «Yvonne» heeft het verzoek ingediend.
| Naam | «Wessels, Dirk» | vader |
| Zus | «Geertje» | 16 jr |
| moeder | «Anja Lammers» | |
NAAM MOEDER: «HELLEGIEN VAN DE WETERING»
gezin: vader «gerrit», moeder «janna», 9 kinderen van 1 tot 17
Moeders broer «Wout» is ouderling in de gemeente en heeft veel gezag in het gezin.
«Mina» en «Zarghuna» (zussen) delen een kamer met de baby.
Oom «Sultani» regelt de financiën voor het gezin.
«Ayaan» (broertje, 6) plast weer in bed sinds het incident.
Vader «Nikolai» (Pools) is bij een bouwbedrijf in Apeldoorn ingehuurd.
De moeder van vader, «Maria Hendriks-Pieters», is eind november opgenomen.
«Fem» en «Guus» zijn de jongere kinderen uit het tweede huwelijk.
Moeder zegt dat «Kees» (ex) haar geld afpakt.
opa en oma «Brouwer» wonen in Beekbergen, naast de kerk
Vader wordt in de wijk «Stoere Henk» genoemd, maar heet «Hendrik».
ouders van «Merel» (vriendin van L.) hebben het meisje laten logeren.
Vriendje «Jip» zit ook op judo in Twello.
«Lente» (4) wordt vaak opgehaald door de buurvrouw.
Moeders nieuwe partner heet «Ferdi».
Gesprek met mw. «Soedira» (moeder), tolk was niet nodig.
Vader, «J.H. Bruggink», verscheen niet ter zitting.
«Schipper» (werkgever van vader) belde over verzuim van vader.
Oma «Hilde» van vaderskant heeft gezag over de jongste.
R. zegt dat «Sem» uit haar klas foto's van haar heeft gedeeld.
Betrokkene 1 («Koç, Murat») gaf aan dat hij zijn zoon naar school stuurt.
Op verzoek van mevrouw «Weitkamp» (oma) is het gesprek verplaatst.
Zoon «Wessel» weigert zich te laten douchen in het bijzijn van stiefvader.
«Joost» en «Aukje Veldhuis» (pleegouders) melden nachtmerries.
Hoewel «Riek» (oudste zus) pas 19 is, zorgt zij voor de kleintjes.
Getuige «A. Lammertink» verklaarde ten overstaan van verbalisant dat zulks vaker voorkwam.
naam vriend moeder: «sjoerd de graaf»
F. noemt zijn vader papa «Dirk» en zijn stiefvader ome «Bert».
Mail van «Linda Rensink» (moeder) doorgestuurd naar de gezinsvoogd.
Onze zuster «Willemina Kok» is zeer bezwaard over het huisgezin van haar dochter.
Bespreking bij Ds. «Van der Schuur» thuis op verzoek van de familie.
V. woont met «Adem» (vader) en zijn nieuwe vrouw in Keizerslanden.
De kinderen van «Petra» uit de vorige relatie slapen om het weekend bij haar.
S. heeft contact met ene «Quincy» via Snapchat, 22 jaar.
oom «Rinus» haalt K. op bij de Hoenderloo Groep als moeder niet kan
«Tjoe» (oma, Moluks) kookt voor het hele gezin op zondag.
BUURMAN «TEN HAVE» HEEFT POLITIE GEBELD
Broeder «Evert Jan van de Kamp» uit Elspeet heeft het gezin geldelijk bijgestaan.
""".strip().split('\n')

BIRTHDATE = r"""
Betrokkene 1: vader, geboren «12-03-1984» te Apeldoorn.
J. is geboren op «7 september 2012» in het Deventer Ziekenhuis.
Jeugdige: S. («03-11-2013»)
geb. «21.04.2016» (broertje)
Geboortedatum moeder: «1988-02-29»
Moeder is op «17 mei 1991» geboren in Ambon, zegt ze.
D.o.b. baby: «02/08/2026»
broertje T. geb «5-1-'19»
| Geboortedatum | «14-06-2011» |
GEBOREN «29 JANUARI 2010» TE DEVENTER
Jeugdige: K. (geb. «18-10-2014»)
Zus A. werd op «9 juni 2015» geboren, na een zware bevalling.
de oudste is van «4 april 2009» en is net 17 geworden
Pleegdatum 14-09-2026; betrokkene 2 (leerplichtige) is geboren «20100815».
geboortedata: R. «11-11-2012», L. «30-7-2017»
Vader (geb. «3 dec. 1979») is reservist bij Defensie.
Jongste, geboren «25/12/2023», is op kerstdag thuis bevallen.
dob mother «06-07-1993»
""".strip().split('\n')

ID_NUMBER = r"""
Dossiernummer Veilig Thuis IJsselland: «VTIJ-2026-118734».
Cliëntnummer GGNet «4471902», zie brief psychiater.
patientnr. Deventer Ziekenhuis «7702319» (moeder)
Zaaknummer Jeugdbescherming Gelderland: «JBG/26/04417»
BV-nummer «PL2600-2026217845» (mutatie politie).
V-nummer vader: «2608431977»
Leerlingnummer op het Veluws College «103488».
Vader's paspoort: «NXK4R81P2».
ID-kaart moeder «IUF2LD9P7» ligt bij de IND.
Kenmerk Raad vd Kinderbescherming «1004-883-712», zie verzoek.
Proces-verbaal nummer «2026-LPA-0917» (leerplicht, betrokkene 2).
registratie De Woonmensen, huurdersnummer «38871-02»
Het klantnummer bij Ieder1 is «AP 660091».
dossier «DIM-556713» bij Dimence is vorig jaar gesloten
""".strip().split('\n')

ADDRESS = r"""
Pleegplaats: «Laan van Zevenhuizen 217-b», alwaar betrokkene 1 woonachtig is.
Het gezin woont op de «Voorstraat 41» in Wijhe.
oma woont «Kerkweg 6A», Uddel, vlak bij de kerk
Adres: «Snipperlingsdijk 88» te Deventer
MELDING ADRES «HOOFDSTRAAT 112 BOVEN» EPE
Moeder is tijdelijk ingetrokken bij haar zus op «Rijksstraatweg 30-1», Twello.
| Adres | «Anklaarseweg 19» |
Vader verblijft op «Zwolseweg 7 k2» (kamerverhuur).
De politie is ter plaatse gegaan naar «Marktstraat 5» in Brummen.
kinderen slapen soms op «Molenstraat 14 II» bij opa
De kinderen wonen met moeder aan de «Oranjelaan 3», Vaassen.
""".strip().split('\n')

POSTCODE = r"""
postcode «7333 ND» (wijk De Maten)
Verhuisd naar «7415RT» Deventer.
Pleegplaats: Zutphen, postcode «7203 GE».
Adresgegevens: 8161 XX is fout, nieuwe postcode is «8162 KB».
| Postcode | «7391 HL» |
gezin staat ingeschreven op «7311bz», volgens BRP
Vader woont op postadres «7422 MN».
POSTCODE OMA: «8171 JD»
Opa en oma in Loenen, «7371 AX», hebben ruimte.
De ex woont op «7241 SW» sinds de zomer.
postcode nieuwe woning «6971 ce»
""".strip().split('\n')
POSTCODE[3] = "Adresgegevens aangepast: nieuwe postcode is «8162 KB»."

BSN = r"""
BSN jeugdige: «{BSN}»
bsn moeder «{BSN.}»
Burgerservicenummer vader: «{BSN }»
| BSN | «{BSN}» |
Betrokkene 2 (leerplichtige), BSN «{BSN-}».
sofinummer opa «{BSN8}» (oud nummer, nog niet gewijzigd)
Melding is gedaan onder nummer «{BSN}» (bsn van baby).
BSN: «{BSN.}» (F.)
BURGERSERVICENUMMER «{BSN}»
bsn zus {0}«{BSN }»
Het BSN van de jongste, «{BSN}», staat nog op de verkeerde ouder.
""".strip().split('\n')
BSN[9] = "bsn zus «{BSN }»"

PHONE = r"""
Moeder is bereikbaar op «06-48213377».
tel. vader «06 19 44 82 05»
Bel oma via de vaste lijn: «055-5213389».
Telefoonnummer ex-partner: «+31 6 2774 1802»
| Telefoon | «0570-612447» |
Mobiel J.: «0031651208843»
vriendin van moeder, «+316-38917725», kan tolken
TELEFOON VADER «0578-691034»
Zus belde vanaf «(0575) 519 062».
Buurvrouw gaf haar nummer: «0612930045».
appt vanaf «+49 1512 3347821» (oom in Duitsland)
""".strip().split('\n')

EMAIL = r"""
Moeder mailt vanaf «anja.lammers77@hotmail.com».
E-mail vader: «g.j.huisman@kpnmail.nl»
Stiefvader stuurde mails via «bikerbert1979@gmail.com».
| E-mail | «m.pattiasina@live.nl» |
j. gebruikt «xx.elif.06@outlook.com» voor contact met de mentor
E-MAIL MOEDER: «NAZANIN.R@YAHOO.COM»
ex-partner mailde vanaf «wiegerinck.marco@ziggo.nl» met dreigementen
oma heeft geen internet, maar de dochter wel: «teuntje.vd.bunt@solcon.nl»
Contact via «ahmad.rahimi.1983@gmail.com» (vader, Dari).
""".strip().split('\n')

IBAN = r"""
Kinderbijslag gaat naar «{IBAN:RABO}» (rekening oma).
Toeslagen op rekening «{IBAN:INGB:g}» van vader.
iban moeder: «{IBAN:ABNA:l}»
| IBAN | «{IBAN:SNSB:g}» |
Vader stort alimentatie vanaf «{IBAN:TRIO}».
Schuldhulp Apeldoorn: beslag op «{IBAN:ASNB:g}».
REKENINGNUMMER «{IBAN:KNAB}»
Bewindvoerder betaalt huur vanaf «{IBAN:BUNQ:g}».
Moeder vraagt of de Nuts-uitkering op «{IBAN:RBRB}» kan.
""".strip().split('\n')

URL = r"""
Vader plaatst filmpjes op «https://www.tiktok.com/@stoerehenk.epe».
Instagram van S.: «instagram.com/sannetje_twello_08»
Facebookprofiel ex: «https://www.facebook.com/marco.wiegerinck.52»
Moeder verkoopt spullen via «www.facebook.com/ellens.taarten.deventer»
J. heeft een YouTube-kanaal: «youtube.com/@jurre_gamet_7311»
snapchat: «snapchat.com/add/mina.r2011»
""".strip().split('\n')
