# BLOCK lines; spans marked with «...»; {BSN..}/{IBAN..} placeholders are filled by gen_sentences.py
NAME = """\
Moeder «Shanice» (1996) is met de kinderen vanuit Amsterdam-Noord naar Almere Poort verhuisd.
vader «Kwame Mensah» werkt in ploegendienst bij het distributiecentrum
Oma «Trees» past op woensdag op, maar rookt in huis.
«Akosua»s broer slaapt sinds de zomer op de bank in de woonkamer.
Gezin «Romkes», vader vist op de Noordzee, thuis ma–vr niet.
«Jelle de Geit» (bijnaam van vader) is volgens buren de hele week op zee.
Overleg met oom «Klaas Kapitein» over opvang van de jongens bij hem thuis.
MOEDER: «AGNIESZKA WÓJTOWICZ», WERKT BIJ DE BLOEMBOLLENKWEKER
«Dovydas» (vriend van moeder) woont tijdelijk in het gezin.
Moeder heet «Rūta Petrauskienė», de vader van de meisjes is onbekend.
gesprek met «Abdulrahman» over de dagbesteding, hij spreekt weinig Nederlands
Moeder «Rasha Al-Khatib» is met 3 kinderen via het AZC in Lelystad gekomen.
vader zit in PI Lelystad; «Ricardo Zeegelaar» heeft nog 8 mnd te gaan
«zeegelaar» belt elke zondag vanuit de PI met de kinderen
Tante «Ingrid Hakvoort» wil niet dat de kinderen over het geloof van moeder horen.
«Post» (opa van vaderskant) houdt de jongens op zondag binnen.
Broer «Maarten» (17) heeft de boot van opa leren varen.
Volgens «Brands» heeft de jongste al twee weken niet gesproken op school.
«Ama Owusu-Boateng», zus van vader, neemt de baby mee naar de kerk in Almere Buiten.
Buurvrouw «Gerrie» heeft de politie gebeld op zaterdagnacht.
ex-partner «Dennis Schoenmaker» mag niet in de buurt van de woning komen
Ingebracht door wijkteam; mevr. «Jolanda Tijssen» van De Schoor belde ons dinsdag.
«Bianca van der Ploeg» (jeugdverpleegkundige) zag blauwe plekken op de arm.
Collega «Hanneke Drost» van Vitree heeft het huisbezoek gedaan.
| Vader | «Stanislav Nowicki» | 1984 | werkt op de akkers |
| Zus | «Emilija» | 2012 | Emelwerda College |
«G.J. Kapitein» is de grootvader, hij staat bekend als «Ouwe Gert».
Grootmoeder heet «Geeltje» en woont naast het gezin op Urk.
jongste zus «fenna» logeert vaak bij oma
«Yaw»'s vader heeft een straatverbod opgelegd gekregen.
Moeder vertelt dat «Efua» haar zus is en in Almere Haven woont.
Volgens «Nana Agyeman», oom, is er in Ghana een familieconflict over de erfenis.
«Shirley Pinas-Doelwijt» (grootmoeder) is de vaste opvang in Lelystad.
«Marlon» (stiefvader) heeft een verleden van huiselijk geweld.
Stiefvader «MARLON RUSLAND» weigert het gesprek.
Moeders vriendin «Chantal» haalt de kinderen uit school.
Oudste zoon «Omar» is in oktober door de politie thuisgebracht.
vader «Mahmoud» wil niet dat de meisjes naar zwemles gaan
De «Al-Hussein»s zijn in 2023 als statushouder naar Lelystad gekomen.
Na gesprek met «Lina» (zus, 19 jr) blijkt dat zij veel zorgtaken heeft.
Bij familie «Hoekstra-Lubbers» is de politie drie keer geweest.
D. speelt veel bij de buurjongen «Thijs».
«Sanne Brouwer» is de nieuwe vriendin van vader.
moeder «Joyce» (1993) krijgt hulp van Triade Vitree
«JOYCE VAN DAM» heeft de afspraak met de GGZ afgezegd.
«van Dam» zegt dat ze het zelf wel redt.
Opa «Gerrit Jan Hakvoort» (77) heeft de kinderen op zondag.
Dhr. «Romkes» sr. wil niet met de hulpverlening praten.
Oma «Aaltje» is op 81-jarige leeftijd overleden, grote klap voor J.
De jongens noemen hun vader «Kees van Piet».
vader: «P. Brands», schipper
«Tomasz» (vriend van de broer) dealt volgens school bij het station.
«Łukasz Zieliński» (vader) verblijft in een huisje op het vakantiepark in Biddinghuizen.
zus «Ona» is 8 en zit op de basisschool in Marknesse
Buurman «Henk Koopmans» heeft geschreeuwd bij de voordeur.
«Koopmans» heeft eerder aangifte gedaan tegen vader.
Vader van de baby: «Jordy», verblijfplaats onbekend.
«Jordy Vreeswijk» zou in Amsterdam-Zuidoost verblijven.
Moeder vertelde dat «Priscilla» (halfzus) ook zwanger is.
Met «Esther» (oma moederszijde) afgesproken dat ze 's nachts blijft.
«Kofi Asante Jr.» belde de school op maandag.
vader zegt «Yusuf» te heten maar staat anders ingeschreven
Kinderen verblijven bij tante «Samira El Idrissi» in Almere Stad.
Pleegouders «Van Wijngaarden» hebben aangegeven te stoppen.
Moeder heeft nieuwe partner, «Rik», die al bij haar woont.
«Mirjam Bakker-Romkes», moeders zus, wil niet meer betrokken zijn.
Gesprek gehad met ds. «Wouter Kamphuis» van de hersteld hervormde gemeente.
«Jan Brands» werd door de GGD gebeld na de valpartij.
Vriendje «Sem» van de voetbal heeft het filmpje gedeeld.
«ANNEKE» (moeder) wil geen contact meer met Veilig Thuis.
«Noah Lindeboom» en zijn moeder verblijven in de Blijf-opvang.
«Rachelle» vertelde op school dat papa mama slaat.
Halfbroer «Jayden Koster» woont bij zijn vader in Zeewolde.
Ouders: «Wessel» & «Femke», beiden werkzaam in Amsterdam.
«Femke» geeft aan dat de baby 's nachts veel huilt.
Moeders ex, «Sergio Martina», belt haar elke avond.
Oom «Bashir» is de tolk bij gesprekken, dat is niet wenselijk.
Verslag van huisbezoek bij fam. «Dijkhuizen» in Dronten.
Buren («Wim en Corrie Schreuder») maken zich zorgen.
Moeder, «Doris Sneek», kreeg haar derde kind op 20-jarige leeftijd.
Cliënt: «Nadia Bouzid», moeder van twee.
«Hakvoort, Teunis» – vader – niet bereikbaar geweest.
«Roos» (zusje) zegt dat ze bang is voor vaders vriend.
Ook «Storm» (broertje) is bij het incident aanwezig geweest.
Oma «Hoopje» woont in Ens en wil de kinderen wel opvangen.
«Jurgita» werkt in de kassen en laat de kinderen alleen.
«Vytautas Kazlauskas», de partner van moeder, is vertrokken naar Litouwen.
Beste «Marloes», hierbij de kaart van het gezin. Groet, wijkteam
Oudste dochter «Dalia» (16) wil naar een pleeggezin.
Leerkracht juf «Inge» heeft de zorg als eerste gemeld.
Mentor meneer «Vos» signaleerde verzuim op het Zuyderzee College.
«Abena» (oma) is over uit Kumasi en helpt in het gezin.
Broertje «Kyan» is vorige week van de trap gevallen.
Moeder noemt de vader «Pietje Visser» maar hij is niet erkend.
NB: «Ilse» van Centrada kwam langs voor de woningschouw.
Volgens dhr. «Van Eck» (pleegzorg) hecht de baby goed.
Ingebracht namens moeder «Stephanie Oldenburger-Mulder».
«Amira» (10) tolkt voor haar moeder bij de huisarts.
Moeder «Tineke» zegt geen hulp nodig te hebben.
kind wordt door «Bertus de Visser» (bijnaam «Bet») opgehaald uit school
"""

BIRTHDATE = """\
Baby J. geboren op «14-09-2026» in het Flevoziekenhuis, AD 40+2.
geb. «03-02-2011», Zuiderzeewijk
Jeugdige: S. («17-05-2012»)
Geboortedatum moeder: «22 juli 1994»
Vader is geboren «1983-11-06» te Paramaribo.
D.o.b. «9/3/2015» (moeder kon het niet precies zeggen)
Geb.datum oudste: «04.12.2009»
Zus kwam op «2 jan '14» ter wereld in Kumasi.
| broer | «20130811» | Lelystad |
GEBOREN «11 AUG 2016» TE EMMELOORD
Kind K. («23-6-2019») zit in groep 3.
Moeder gaf als geboortedatum «30-11-1998» op.
dob «05/10/'17», daarna verhuisd naar Zeewolde
Tweeling geboren op «1 maart 2024» (sectio in St Jansdal).
Y. is van «8 okt. 2010» en zit in de bovenbouw.
geboren: «17-feb-2013»
Broertje N. werd op «zes juni 2021» geboren.
Jongste: «28.02.2020», peuterspeelzaal in Swifterbant
"""

ID_NUMBER = """\
Cliëntnummer Vitree: «V2026-33817»
Dossier WSS «W-0918432» is overgedragen.
Patiëntnummer Flevoziekenhuis «6203917» (kind)
kenmerk VT «VT-FL-2026-004417» (melding van moeder)
Zaaknummer rechtbank «C/16/508821 / JE RK 26-771» (OTS A.)
Vader: registratienummer PI «12.493.082-B»
paspoortnr moeder «NWF7K39L2»
V-nummer «2847193065» (IND)
Leerlingnummer school: «104482»
Verzekerdennummer «3381.07.554» bij de zorgverzekeraar
Huurdernummer Centrada «HN-0051783» (huurachterstand)
«GGZC-118204», nummer van vader bij GGZ Centraal
rijbewijsnummer «5218843310» staat op de kopie
CJIB-kenmerk «1234 8876 1102 5519» op naam van moeder
"""

ADDRESS = """\
Gezin woont op «Jan Steenstraat 14-II», boven de snackbar.
Vader verblijft sinds kort aan de «Eilandenbaan 82».
Adres oma: «Wijk 2 41», Urk
moeder heeft een kamer op «Kemphaanweg 7a»
«MARATHONWEG 120 B» (woning vader)
Opvangadres: «Botter 14-07» in Lelystad
Tante woont «Havenweg 3 hs».
| adres | «Zuiderzeestraatweg 211» |
Verhuisd naar «Vlasakker 28», Emmeloord.
Logeert bij vriendin op «De Deel 56».
Incident vond plaats in de woning «Boegspriet 9», Almere Haven.
"""

POSTCODE = """\
Postcode gezin: «1318 KB»
nieuwe woning in «8232ZX» (Atolwijk)
«1325 BN» Almere, boven de winkel
Vader staat ingeschreven op «8302 BX».
pc «8321 rd» (oma)
| postcode | «3891 CM» |
Post komt aan op «1363SR», maar daar woont niemand meer.
Moeder gaf «8251 LE» door aan de school.
Brief van Ymere gestuurd naar «1034 WV» Amsterdam (oud adres).
adres onbekend, laatste postcode «8311 AD»
«1354 HG» — daar verblijft de vriend.
"""

BSN = """\
BSN kind: {BSN}
bsn moeder {BSNdot}
Burgerservicenummer vader: {BSNsp}
{BSN} (BSN van de baby, door kraamzorg genoteerd)
BSN: {BSNdash}
sofi-nummer oom {BSN8}
|BSN|{BSN}|
Ik heb het BSN {BSN} van oma in het systeem gezet.
Burgerservicenr. jongste: {BSNdot}
nummer {BSN} (bsn zus)
BSN broer {BSN}, staat op de ouderbijdragebrief
"""

PHONE = """\
Moeder is bereikbaar op «06-48193027».
tel vader «+31 6 1739 8846»
Oma (Urk): «0527-683145»
Telefoonnummer moeder: «06 2039 7718» (alleen WhatsApp)
«0031 6 40 28 19 55» (nummer van de ex)
Vriend belt vanaf «+316-27713902».
Contactnummer tante: «(036) 530 4417»
| tel | «0320-258914» |
Vader belt elke dag met het nummer «06-1092 8835».
Nieuw nr moeder: «0612873064»
Buurvrouw, bereikbaar op «+48 512 733 094», spreekt Pools.
"""

EMAIL = """\
Mail moeder: «shanice.almere96@gmail.com»
Vader mailt vanaf «k.mensah1981@outlook.com».
E-mail oma: «trees.vanderveen@hetnet.nl»
contact via «romkes.urk@kpnmail.nl»
«agnieszka.w1990@wp.pl» (moeder, Pools)
Stuur het verslag naar «jordy.vrsw@hotmail.com»?? NIET doen.
| e-mail | «familie.hakvoort@ziggo.nl» |
Moeder vraagt om verslagen via «rasha.alkhatib85@gmail.com».
Broer «D.kazlauskas@yahoo.com» heeft de school gemaild.
"""

IBAN = """\
Zakgeld gaat naar rekening {IBAN:NL:RABO:grp} van de jongen.
IBAN moeder: {IBAN:NL:INGB:cmp}
Vader betaalt alimentatie vanaf {IBAN:NL:ABNA:grp}.
kinderbijslag wordt gestort op {IBAN:NL:SNSB:low}
Rekening van oma: {IBAN:NL:ASNB:cmp}
|IBAN|{IBAN:NL:KNAB:grp}|
Vader stuurt geld naar Polen: {IBAN:PL::grp}
Huur wordt afgeschreven van {IBAN:NL:BUNQ:cmp} (moeder).
Toeslagen komen binnen op {IBAN:LT::grp}, rekening van vader.
"""

URL = """\
Instagram van oudste: «https://www.instagram.com/dalia.k_2010»
TikTok moeder «https://www.tiktok.com/@shanice.almere»
Vader plaatst filmpjes op «https://www.facebook.com/kwame.mensah.3391»
Zie «www.facebook.com/jordy.vreeswijk.96» (foto's met wapen).
Snapchat van zus: «snapchat.com/add/emilija_n12»
Inzamelingsactie: «https://www.doneeractie.nl/hulp-voor-gezin-romkes/7781»
"""
