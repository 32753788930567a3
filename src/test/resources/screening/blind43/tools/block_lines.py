# Hand-written BLOCK lines for blind set 43. «…» marks a span. {BSN…} and {IBAN…} are filled by gen_sentences.py.
NAME = r"""
Aanwezig: moeder «Djenifer» (via tolk Kaapverdiaans), jeugdconsulent wijkteam, mentor
1. Opening. «Nelson Tavares» (vader) meldt zich af wegens werk in de haven.
AP: «Mustafa» vraagt zelf aanmelding bij Antes aan, vóór 15-12.
N.B. oma «Zeynep» haalt de kinderen op woensdag uit school.
mw. «Kowalczyk» was niet aanwezig bij het MDO, wel telefonisch bereikbaar
Volgens «Lopes Fortes» is er sinds de zomer niet meer geslagen.
tante «nadia» vangt de jongste op in Barendrecht
VADER «HAKAN YILMAZ» WEIGERT CONTACT MET HET WIJKTEAM
| Zus | «Iliana» | 9 jaar | groep 6 |
Geachte heer «Dimitrov», hierbij ontvangt u het verslag van het MDO.
Met vriendelijke groet, namens de ouders, «Maribel Semedo»
«Krzysztof» (partner moeder) verblijft regelmatig in het gezin.
dhr. «A.C. Rodrigues» heeft de sleutel van de woning
Besproken met «Ouafae»: zij wil niet terug naar haar ex.
«Bouchra»'s oudste broer neemt de kinderen mee naar de moskee.
Moeder en «Rachid» hebben ruzie over de omgang.
opa «wim» van de overkant (Hillesluis) ziet veel
AP 3: schoolmaatschappelijk werk belt mw. «Öztürk» terug vóór vrijdag.
«Sjaak» zegt dat hij "alleen een tik" gaf.
De ex van moeder, «Ricardo Martina», heeft een straatverbod.
2. Terugkoppeling: «Yusuf» gaat sinds week 44 weer naar school.
Buurvrouw «Ineke Kruithof» belde de politie.
«Gergana» (13) verzorgt haar broertjes na schooltijd.
Fam. «Van der Heijden-Şahin» is niet gekomen.
«Stanislava Petrova» en haar vriend wonen sinds maart bij moeder in.
In het gesprek vertelde «Rui» dat papa met een mes zwaaide.
«KAROLINA» WIL GRAAG MEER HULP BIJ DE OPVOEDING
oom «Ferdi» woont in Ridderkerk en wil helpen.
Hoe kijkt «Mauricio» zelf tegen de situatie aan? Niet besproken.
Het verhaal van «Aicha» (moeder) wijkt af van dat van school.
«Jorinde» zit op de Toermalijn en is vaak moe.
oma «Pietje» (vaderskant) is in oktober overleden
«Vanessa Doelwijt» is de nieuwe partner van vader.
Bespreekpunt: «Sezgin» vs. school, escalatie op 3-11.
«Dobromir» is teruggegaan naar Plovdiv, onbekend voor hoe lang.
Naar zeggen van «Kees Bouwman» (buurman) is het vaker mis.
vader («Lamine Gomes») werd in oktober aangehouden
«Joyce» had blauwe plekken op de bovenarm (gezien door de juf).
AP: «Hamza» en moeder samen naar het CJG-spreekuur.
Moeder zegt: «Milan» en ik redden het samen wel.
ik heb «Tamara» (zus vader) gebeld, zij wil niet betrokken worden
In de tabel ontbreekt «Wiktoria» (jongste, 3 jr).
Zie verslag: «Kaya» houdt zich niet aan de afspraken.
Gezin «Yıldız» woont al jaren in Hillesluis.
«Aleksandra Nowak-Visser» is pleegouder in Spijkenisse.
moeder (roepnaam «Dina») heeft een nieuwe baan bij de schoonmaak
«Nikolay Ivanov» werkt als uitzendkracht in de kassen.
schoolmaatschappelijk werker mw. «Van Leeuwen» belde op 12-11
Afwezig: «Gilberto» (vader), reden onbekend.
Oudste zoon «Dyllan» is 17 en verblijft bij een vriend.
«Soufiane» zit in een JJI sinds september.
"«Mimoun» slaat mij als ik niet luister" — uitspraak jongste
De vriendin van moeder, «Sharita», kookt soms voor de kinderen.
AP: «Ertuğrul» levert loonstroken aan bij schuldhulp.
Besproken: «Kevin Zwart» mag de kinderen niet meer ophalen.
Broer «Keanu» (15) blowt dagelijks.
Geen contact met de biologische vader, «Edson Delgado».
«Małgorzata» spreekt weinig Nederlands; tolk Pools nodig.
«ELIF» huilde tijdens het gesprek op school.
3. Ervaringen «Maya» (8): zij slaapt slecht.
De peetoom van de kinderen, «Orlando», biedt een logeeradres.
«Berkay»s vader is gedetineerd.
«Shantal Kross» wordt gezien als steunfiguur.
AP: wijkteam nodigt «Tsvetan» uit voor een gesprek (wk 50).
mevr. «Ramautar» (oma moederszijde) is zelf ziek.
«Ilse» (ex van vader) heeft ook nog contact.
«Ahmed» en «Ilias» spelen veel op straat tot laat.
Op het MDO gaf de mentor aan dat «Dewi» vaak te laat komt.
De man van tante, «Gert-Jan», heeft een verleden met geweld.
«Fatoumata»'s dochter logeert bij haar.
dhr «Pinas» (vader) ontkent alles
Ter info: «Ismail» zit op voetbal bij Feyenoord-amateurs.
«Zofia» wil niet dat vader weet waar ze wonen.
«Luana» 11 jr vertelt over ruzies thuis.
Zus van moeder, «Mirjam», is bereid tot logeren.
«Bogdan» en moeder zijn per 1 oktober uit elkaar.
Cc: «Desiree Lont» (zus moeder, met toestemming)
«Aylin» heeft een zwangerschapstest laten doen.
Het jongetje, «Tiago», is 4 en praat nauwelijks.
«M. Benali» (vader) is niet met gezag belast.
«Esther» – moeder – is doorverwezen naar Parnassia.
«Nurcan Aydemir» is tolk voor het gezin maar ook familie.
Grootvader «Manuel» wordt 80 en woont in Praia.
«Dragan» heeft de schoolkeuze van de oudste tegengehouden.
Overleg met «Priscilla» (moeder) op 20-11, zij blijft boos.
oom «kemal» neemt de jongens mee naar Turkije in de zomer
De jongste, «Sem», heeft een ontwikkelingsachterstand.
«Naima El Hamdaoui» staat ingeschreven op hetzelfde adres.
Stiefvader «Jurgen van Rhoon» woont niet in Rhoon maar in Pernis.
wijkagent meldt dat «Rayan» is opgepakt voor winkeldiefstal
gesprek met «Hristo» (vader) mislukt: hij kwam dronken
Vriend van de oudste, «Jayden Carnisse», is een slechte invloed.
de gezinsvoogd, mevrouw «Pendrecht», stuurt haar rapport na.
NB: «Shirley» past niet meer op, zij is verhuisd.
Jeugdarts zag «Kai» op 4-11 met brandwond aan de hand.
«Nadezhda» en «Petar» zijn de ouders.
Moeder wil «Quincy» meenemen naar Curaçao.
«Tomasz W.» blijft weg bij afspraken.
INFORMANT: «D. Charlois» (buurman)
«Samira» (zus) heeft de bewijzen op haar telefoon.
"""

BIRTHDATE = r"""
Jeugdige: D. («14-03-2012»)
geb. «7-9-2015» te Rotterdam
Moeder is geboren op «22 juni 1991» in Mindelo.
| Geboortedatum | «2013-05-30» |
Gebdat. jongste: «01.02.2019»
Ouders: vader («3/8/1985»), moeder (1990)
De baby werd op «zes oktober 2025» geboren in het Maasstad.
geboortedatum oudste zoon «11-11-'09»
DOB «19870411» (moeder)
K. is geboren «28 feb. 2014», dus nu 12.
GEBOREN «9-DEC-2016» TE SPIJKENISSE
zusje S. (geb «4-1-2020»)
Geb.datum vader: «15/07/1982»
jeugdige: N. («30-04-2011») — 15 jaar
Moeder noemde de geboortedag van E.: «2 mei 2017».
oma (geb. «12-12-1956») woont in Ankara
stiefbroer R., geboren «18.08.2008»
«5 jan '21» geboren, tweeling R. en L.
"""

ID_NUMBER = r"""
cliëntnr. Youz: «Y-2026-88417»
Dossiernummer JBRR «JB-553902-K» (vader vraagt inzage)
patnr Sophia «4418273» (kind)
Zaaknummer rechtbank Rotterdam: «C/10/688214 / JE RK 26-1123»
Maasstad patiëntnummer «MZ3390167» van moeder
Kenmerk Veilig Thuis «VT-RR-2026-118834» (melding over dit gezin)
paspoortnummer vader «NX7KP2L49»
V-nummer moeder: «2718405533»
leerlingnummer «104477» (Calvijn Vreewijk)
ID-kaart oma «IPR83XK12» ligt bij het wijkteam
Woonstad huurdernummer «HUR-0044571» (achterstand)
cliëntnummer Antes van vader is «A662091»
«HS-77310-2» is het huurcontractnummer bij Havensteder.
Polisnummer zorgverzekering jeugdige: «ZV 602 117 543»
"""

ADDRESS = r"""
Gezin woont op de «Putselaan 212b», 3e verdieping.
adres moeder: «Groene Hilledijk 318-C» Rotterdam
Vader verblijft bij zijn broer aan de «Dordtsestraatweg 45».
| Adres | «Slinge 1044» |
HUISBEZOEK «KATENDRECHTSE LAGEDIJK 7 A» OP 2-12
Oma woont op «Pretorialaan honderdtwaalf» (in woorden doorgegeven door moeder).
Nieuw adres per 1-11: «Beijerlandselaan 89-01».
tijdelijk opvang bij vriendin op «Zuidplein 401»
Moeder is verhuisd naar de «Boezemsingel 3» in Barendrecht.
De sleutel ligt bij de buren, «Wolphaertsbocht 96 hs».
Post gaat naar «Hillevliet 140 bis», flat van oom.
"""

POSTCODE = r"""
postcode moeder «3074 AK»
Vader woont tegenwoordig in «3083ZT».
| Postcode | «3086 EA» |
Nieuwe woning (postcode «3077 bd») is te klein.
Brief retour: «3201 LM» Spijkenisse
Opa in Rhoon, «3161 GH».
PC «2991XN» (Barendrecht) klopt niet meer.
VERHUISD NAAR «3181 KP» ROZENBURG
De oude postcode was «3072 RE», Kop van Zuid.
moeder bij haar zus, postcode «2983 tb»
postcode opvangadres: «3191ms»
"""

BSN = r"""
BSN jeugdige: {BSN}
bsn moeder {BSN.} (overgenomen uit verwijzing)
| BSN | {BSN } |
Burgerservicenummer vader: {BSN-}
in verwijsbrief huisarts stond {BSN}
BSN K.: {BSN8}
BURGERSERVICENR. {BSN}
sofinummer oma (oude kaart): {BSN.}
bsn: {BSN } — graag verwijderen
Huisarts vroeg naar {BSN} voor de verwijzing.
BSN jongste {BSN-}
"""

PHONE = r"""
moeder bereikbaar op «06-41837265»
Vader: «+31 6 2874 0913» (WhatsApp)
| Tel. oma | «010-4819263» |
Bel tante in Ridderkerk op «0180 427 318».
nummer van de buurvrouw «0657108342»
TEL. VADER «+316-39012774»
oom in Polen: «+48 512 307 884»
Moeder heeft een nieuw nummer: «06 19 46 82 05».
«0031 6 51203487» is van de oudste zoon.
terugbellen naar «(010) 292 41 67» (werk vader)
whatsapp jeugdige «06-1840 7723»
"""

EMAIL = r"""
mail moeder: «djeni.tavares91@gmail.com»
Vader communiceert alleen via «h.yilmaz.bouw@hotmail.com».
| E-mail | «familie.dimitrov@abv.bg» |
De oudste mailt school vanaf «dyllan2009xx@outlook.com».
contact: «ouafae.mama3@live.nl»
Oma stuurde haar verhaal naar ons vanaf «g.pinas1958@kpnmail.nl».
E-MAIL VADER: «LAMINE.GOMES@YAHOO.COM»
stiefvader «patrick.vd.berg78@ziggo.nl» (cc op verzoek)
moeder heeft «k.nowakowska@wp.pl» opgegeven
"""

IBAN = r"""
IBAN moeder: {IBAN:NL:INGB}
Huur wordt afgeschreven van {IBANg:NL:ABNA}.
| Rekening | {IBAN:NL:RABO} |
vader betaalt alimentatie vanaf {IBANl:NL:BUNQ}
Toeslag gestort op {IBANg:NL:SNSB} (rekening oma)
REKENINGNR {IBAN:NL:KNAB}
Geld naar Bulgarije via {IBANg:BG:UNCR}
rekening oom (Polen): {IBAN:PL:}
Leefgeld van bewindvoerder naar {IBANg:NL:ASNB}
"""

URL = r"""
TikTok van de oudste: «https://www.tiktok.com/@keanu.rdam010»
Vader plaatst foto's van de kinderen op «https://www.facebook.com/nelson.tavares.5531».
insta jeugdige «instagram.com/elif_hillesluis_x»
Moeder verkoopt spullen via «www.marktplaats.nl/u/priscilla-k/3318207».
snap van de ex: «snapchat.com/add/ricky.m010»
Dreigfilmpje stond op «https://youtube.com/@bogdan_mlodszy»
"""
