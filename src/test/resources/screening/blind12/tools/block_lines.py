# Hand-written BLOCK lines for blind set 12. Spans are marked with «…»; placeholders {BSN}, {BSN8},
# {IBAN:CC:BANK} are filled by gen_sentences.py with random numbers that pass the 11-check / mod-97.
NAME = r"""
Gezinssamenstelling: vader «Jacobus» (1979), moeder (1981) en elf kinderen, de oudste twee wonen op kamers.
Moeder «Aaltje» gaf aan dat zij het huishouden niet meer rond krijgt sinds de tweeling er is.
gespr. met opa «teunis» over de opvang op zaterdag
Oom «Huibert van de Kraats» haalt de jongens op na catechisatie.
Volgens «Hardeman» (buurman, ouderling) wordt er 's avonds veel geschreeuwd.
| Grootmoeder | «Geertruida Schoonhoven» | mantelzorg, 2x p/w |
Ds. «Verhagen» heeft de ouders gevraagd het huisbezoek af te wachten.
br. «Kodde» uit de kerkenraad wil bemiddelen tussen de ouders.
zr. «Willemijntje de Bruijne» komt elke woensdag helpen met de was.
Tante «Jannetje» (zus van moeder) wil de jongste twee tijdelijk opvangen.
Dhr. «G. van Rijswijk» is de stiefvader en woont sinds de zomer in het gezin.
Vader zegt dat hij «Maarten» alleen met de riem heeft 'gecorrigeerd'.
FAM. «BOGAARD» HEEFT GEEN TOESTEMMING GEGEVEN VOOR CONTACT MET SCHOOL
mevr. «Kamphorst-Mulder» belde huilend naar de huisarts
Stiefvader «Evert-Jan Hoogendam» werkt in ploegendienst.
Ik heb «Lubbers» gebeld, maar hij nam niet op.
De meisjes logeren bij ome «Dirk» in het weekend.
Gezin «Ten Klooster» is bekend bij het wijkteam sinds 2022.
«Gerritje Vlottes» is de oppas en ziet de kinderen dagelijks.
Zoon «Hendrikus» (roepnaam «Henk») heeft blauwe plekken op de bovenarmen.
«Rikus» is de oudste broer en neemt veel zorg over.
tel. contact met «Bertus» (pleegvader) over de weekendregeling
De melding kwam van «Wolters», de vader van een klasgenoot.
Jeugdige vertelt dat «Arend» hem in de schuur opsloot.
Pake «Durk» en beppe «Sjoukje» wonen naast het gezin op de boerderij.
Moeder «Froukje Hoekstra» wil niet dat vader de kinderen ophaalt.
«Jelle Dijkstra» (vriend van moeder) slaapt er vaak.
Heit «Tsjalling» zit sinds september in detentie.
De ex van moeder, «Rinse Wijbenga», heeft een contactverbod.
«Ytsje» uit groep 8 vertelde het aan de juf.
Buurvrouw «Baukje» heeft 112 gebeld.
Oma «Marijke Kuipers-Tjalsma» is de steunfiguur.
Vader «Pieter Osinga» is bereid tot een gesprek.
«Sytske»s moeder heeft de school om hulp gevraagd.
Moeder «Mirjam Tuhuteru» spreekt met de kerkelijk werker van de Molukse kerk.
Opa «Latumahina» wil het gezin in zijn woning opnemen.
vader «Johnny Pattiasina» drinkt sinds het overlijden van zijn broer
Oom «Metekohy» haalt de jongens op uit de wijk.
«Elifnur» (zus) draagt de zorg voor de kleintjes.
Moeder «Zeynep Aksoy» durft niet naar de politie.
Vader «Murat» dreigt de kinderen mee te nemen naar Turkije.
De oom van moeder, «Hüseyin Kılıç», regelt alles rond geld.
Volgens «Yavuz» (neef) was er die avond ruzie.
«Emine» teyze komt dagelijks langs.
Schoonmoeder «Gülsüm» woont in en bepaalt veel.
Moeder «Agnieszka Kowalczyk» werkt in de kassen in het Westland.
Vader «Tomasz» was tijdens het incident onder invloed.
Stiefvader «Dariusz Lewandowski» is naar Polen vertrokken.
«Wiktoria» (16) wil niet meer thuis wonen.
De babcia, «Halina Zielińska», past op.
Moeder «Senait» is met de kinderen via Ter Apel gekomen.
Vader «Tesfay Gebremedhin» woont in Duitsland.
De oudste broer «Yonas» zorgt voor de inkomsten.
«Mehari» (oom) is de vertaler van de familie.
Moeder «Rasha Al-Khatib» heeft nachtmerries en slaapt slecht.
Vader «Abdulkarim» staat toe dat de dochters naar school gaan.
«Nour» en «Lina» mogen niet naar buiten na schooltijd.
Broer «Firas Haddad» is sinds maart bij de familie in Zweden.
Oom «Bassam» belt dagelijks met vader vanuit Aleppo.
moeder dicteert: '«Danny» komt alleen als hij geld nodig heeft'
Vader «Sander» zegt dat moeder overdrijft.
Tante «Wendy Brinkman» kan in noodgevallen komen.
Jeugdige verblijft bij «Visser» (oom) in de vakanties.
De nieuwe vriend van moeder heet «Ricardo».
«VAN 'T LAND, CORNELIS» - gezaghebbende ouder
«Roel» zegt dat hij «Storm» (halfbroer) niet meer wil zien.
Moeder heeft «Leendert» nooit verteld wie zijn vader is.
Zorg over «Hanna»s gewichtsverlies.
De jongens verblijven bij tante «Klaasje van Dam».
«Heintje» belt 's nachts met dreigementen.
Vader «W.J. Blankenstijn» weigert het veiligheidsplan te tekenen.
Moeder «Neeltje» vindt dat de hulpverlening de kerk niet begrijpt.
Contact met fam. «Vreugdenhil» via het kerkelijk bureau.
Het meisje vertelde dat grootvader «Slingerland» haar aanraakt.
Volgens «Van Wingerden» heeft de jongen een blauw oog gehad.
stiefmoeder «Jolanda van 't Hul» regelt de bezoekjes
De babysitter, «Anouk», heeft het gezien.
Op verzoek van mw. «A.C. Boone» (moeder) is de bespreking verzet.
«Maria Valk» is moeders zus en woont in Middelharnis.
«Laurens» (14) slaapt sinds het incident bij een vriend.
«Jan-Willem de Kruijf» is de biologische vader.
«Cor» (opa) is recent overleden.
Stiefvader «Harm Jan Kottelenberg» heeft een geschiedenis van huiselijk geweld.
Buurman «Van Dalen» wordt gezien als gevaar voor de kinderen.
zusje «Evi» zag alles gebeuren
Dochter «Grietje» wil niet meer naar de Zondagsschool.
«E. Mol» werd genoemd als persoon die de meisjes bedreigde.
vader «Jozef Poot» is ten tijde van de inbreng niet bereikbaar.
De partner van moeder, «Arnold Roos», heeft een strafblad.
«Berend» is de tweelingbroer van G.
De grootouders, «Van Middelkoop», willen de kinderen opvangen.
«Kees» heeft gisteren met een mes gedreigd.
mevrouw «De Jager-Smit» heeft de kinderen bij zich genomen.
De ouders van «Rutger» hebben contact opgenomen met school.
Broer «Gijs van Houten» slaapt in de schuur.
Ouders «Lambertus» en «Jacoba» zijn verhuisd naar Urk.
«Jurgen»s oom heeft hem in de auto laten zitten.
Het gesprek met «Hiddema» ging over de financiële situatie.
Oom «Geert Bos» neemt geen deel aan de bespreking.
Moeder noemt «Ruud Verbeek» als haar enige steun.
"""
BIRTHDATE = r"""
Jacobus is geboren op «14-03-2012» in het Ikazia.
geb. «3 okt. 2010» (oudste zoon, woont op kamers)
Geboortedatum jongste: «2017-06-22»
D.o.b. tweeling «12/01/2016»
| Jeugdige | M. | geb. «21.08.2013» |
dochter werd op «5 mei 2011» geboren in Urk
GEBOREN «28-11-2009» TE GOES
geb.dat. «19/04/'14» (volgens moeder)
J. («07-09-2013»)
Baby geboren op «01 02 2026» in het Gelre Apeldoorn.
Moeder («12-08-1985») weigert hulp.
jongste is «11 januari 2019» geboren, thuisbevalling
Het kind is geboren op «17 februari '16».
Geboortedatum vader: «30.05.1978»
Zoon, geboren «25-jun-2012», heeft ADHD.
Geboren op «20140813» volgens het schoolsysteem.
L. (dob «9 jul 2015») zit in groep 6.
Eerste kind geboren op «2 november 2008» in Zwolle.
"""
ID_NUMBER = r"""
Cliëntnummer Kind en Ouder: «KO-448210»
patiëntnr. «7720934» (Gelre Zutphen)
zaaknr. RvdK «26.0417.883»
dossiernummer Veilig Thuis IJsselland «VT-2026-08812»
leerlingnummer «3041778» (Driestar, klas 2)
paspoort moeder: «NXJ4R71K2»
rijbewijsnr. vader «5102936644»
BSN-loos kind, V-nummer «V 8423 1175»
Kenmerk CAK «2026-AB-33918»
ref. «JBG/2026/1184» Jeugdbescherming Gelderland
«HZ-4471902» is het kenmerk van het zorgdossier bij Lentis
Cliënt-ID Sterk Huis: «SH88341»
COA-nummer «1039-2214-07» van moeder
Verzekering polisnummer «ZK 551093847»
"""
ADDRESS = r"""
Gezin woont aan de «Bovenweg 12a» in Staphorst.
Adres vader: «Kerkstraat 44-II», Kampen
Pleeggezin: «Oude Rijksweg 213» Rouveen
MOEDER VERBLIJFT AAN DE «DORPSSTRAAT 7 B» IN OPHEUSDEN
Opa en oma wonen op «Zeeweg 3», vlakbij de haven.
adres: «Het Achterom 18 bis», Ouddorp
het huis op de «Lindenlaan 91» staat te koop
| Adres | «Tjalkstraat 5-1» Dokkum |
Oom woont «Hoofdstraat Oost 102», Kollum
kinderen slapen bij tante op «Middelweg 16 hs»
Verhuisd naar «Schoolstraat 2c» (boven de bakker)
"""
POSTCODE = r"""
Nieuwe woonplaats: «7951 AB» Staphorst
Oude adres, pc «8321ME» Urk
postcode «3956 kd» (Leersum)
Moeder verblijft sinds 1 mei in «4001 WX».
| Postcode | «9101 KL» |
De brief ging naar «8281 TJ» Genemuiden.
vader woont in Rijssen (pc «7462 PR»)
PC: «3771ZM» Barneveld
«4054 RE», Kesteren
Postadres oma: «4315 BT» Dreischor
Adres onbekend, alleen postcode «9285 NV» bekend
"""
BSN = r"""
BSN moeder: «{BSN}»
bsn jongste: «{BSN:dots}»
Burgerservicenummer vader «{BSN:spaces}»
| BSN | «{BSN}» |
«{BSN:dash}» (bsn van de oudste dochter)
BSN kind «{BSN8}»
Het BSN van oma («{BSN}») staat op het toeslagenformulier.
bsn: «{BSN}» - ontvangen via gemeente
sofinummer vader «{BSN:dots}»
BSN-NUMMER «{BSN}»
Moeder gaf haar BSN door: «{BSN:spaces}»
"""
PHONE = r"""
Moeder is bereikbaar op «06-28391045».
tel. vader: «+31 6 4419 8802»
Oma: «0522-471935»
Tante in Urk: «0527 68 12 44»
«06 51 38 27 09» (nummer van de oudste)
Bellen via «+316-33901274» (alleen na 18 uur)
Vader is bereikbaar op «(038) 4217765».
«0031 6 1844 7203» mobiel van de stiefvader
Grootmoeder heeft nummer «0113-562301».
tel. «0612347765»
Nummer oom in Polen: «+48 601 223 918»
"""
EMAIL = r"""
Mail moeder: «aaltje.bogaard77@hotmail.com»
vader mailt vanaf «jacobus.kamphuis@kpnmail.nl»
e-mailadres oudste zoon: «rikus_2009@gmail.com»
contact via «fam.vanderkraats@zeelandnet.nl»
Moeder heeft als mailadres «froukje.h@live.nl» opgegeven.
«tesfay.g1980@yahoo.com» (e-mail vader, Duitsland)
E-MAIL: «MURAT.AKSOY@OUTLOOK.COM»
Stiefvader schreef vanaf «d.lewandowski@wp.pl».
oma mailt via «g.schoonhoven@solcon.nl»
"""
IBAN = r"""
Toeslagen worden gestort op «{IBAN:NL:RABO}» (rekening moeder).
IBAN vader: «{IBAN:NL:INGB:spaced}»
rekeningnr. «{IBAN:NL:SNSB:lower}»
Leefgeld via bewindvoerder op «{IBAN:NL:ABNA}»
| IBAN | «{IBAN:NL:TRIO:spaced}» |
Oom heeft geld gestuurd naar «{IBAN:PL}».
Rekening van de oudste: «{IBAN:NL:ASNB}»
«{IBAN:NL:KNAB:spaced}» (rekening van oma)
Vader betaalt alimentatie vanaf «{IBAN:BE}».
"""
URL = r"""
Instagram van de dochter: «instagram.com/ytsje_dokkum05»
Vader plaatst filmpjes op «https://www.tiktok.com/@jelle.dijkstra.fr»
Facebook moeder: «https://facebook.com/aaltje.kamphuis.7»
Oudste zoon heeft een site: «www.rikusbogaard.nl/blog»
snap: «snapchat.com/add/wiktoria_k06»
«youtube.com/@familieHaddad» (filmpjes van de kinderen)
"""
