# hand-written BLOCK lines; spans marked with «...»
NAME = r"""
Moeder is met de kinderen naar oma «Door» in Berghem gevlucht.
«Ilias» (broer, 17) zou de jongere kinderen geslagen hebben.
vader «Hakan Yıldırım» werkt in ploegendienst bij de slachterij in Oss
Tante «Fatma» brengt de meiden elke ochtend naar school.
ome «Sjaak» van het kamp is aanspreekpunt voor de familie
Op het kamp noemen ze hem «Kleine Pietje», hij is de oom van moeder.
«GERRIE VAN DER HEIJDEN» (OMA MZ) WIL NIET MEER OPPASSEN
buurvrouw «Mien» belde de politie toen ze geschreeuw hoorde
«Senait»s moeder spreekt alleen Tigrinya.
«Abdi Warsame» is de oom die het gezin uit Somalië volgde.
mw «Verhoeven» van het sociaal wijkteam belde op 3/11 over de huur
dhr. «R. Bakermans» (ex-partner) heeft een contactverbod
De nieuwe vriend van mama heet «Ruud», volgens de kinderen.
«Yasmina» (zus, 19) wil als netwerkouder optreden.
opa «Hein» is prins geweest bij de Oeteldonksche club, de hele familie draait om carnaval
«jayden» zegt dat hij bij zijn vader wil wonen
Vriendin «Shanelly Martina» uit Curaçao vangt de jongen soms op.
«Nuh» en «Meryem» zijn de kinderen van de broer van vader.
gezinsvoogd «Marloes Kuijpers» heeft de OTS-rapportage nog niet af
Huisbezoek samen met «Tessa» van Farent.
«de Wit» (stiefvader) ontkent alles.
VADER «MOUNIR» IS IN BEELD BIJ DE POLITIE
Moeder wil niet dat «Nadia»'s schoonfamilie het hoort.
neef «Danny» zit nu vast in Vught
De oudste, «Kimberly», is zelf al moeder.
| Broer | «Stefan Romme» | 22 jr | woont in Heesch |
| oom | «Ferry de Bruijn» | woonwagen Ussen |
Bij de KNO-arts is «Rahwa» meegegaan als tolk.
«Hassan» z'n oom regelt het geld.
Klasgenoot «Lotte» heeft het aan de mentor verteld.
«Johan van Lieshout» is de pleegvader bij wie de jongste verblijft.
Dictaat: ouders gesproken, met name «Mehmet», die zegt dat het goed gaat, punt, nieuwe alinea.
de vriendin van vader, «Esra», heeft een eigen woning in Uden
Casusregisseur «Bram Sleegers» van het Zorg- en Veiligheidshuis zit het overleg voor.
«Jan-Willem» (ex van moeder) komt dronken aan de deur.
oma «Riet» zegt: "da's nie normaal wa daar gebeurt"
«Kees Vissers» aka «Keesje» is de contactpersoon op de standplaats.
broertje van de jeugdige heet «Dilan»
Reclasseringswerker «Anouk Smulders» adviseert een gedragsinterventie.
«Ayaan» (moeder) heeft geen netwerk in Oss.
De jeugdige logeert bij «fam. Pennings» in Nistelrode.
Zus «Chayenne» kreeg ruzie met moeder over de telefoon.
«M. van Gerwen» (buurman) heeft foto's van de blauwe plekken gemaakt.
pleegmoeder «Ingrid» vraagt om respijtzorg
Mentor «Sevda Kaya» van het Maurick College meldt verzuim.
«Tiago» (vriend van de jeugdige) wordt ook bedreigd.
Schoonvader «Ahmet Demir» is het familiehoofd.
«Romano» is de bijnaam van de oudste neef, hij zou de jongens ronselen.
«Femke» en «Daan» (halfzusje en -broertje) wonen bij vader.
MOEDER NOEMT «THEO» ALS VERTROUWENSPERSOON
ik heb «Chantal» gevraagd of de oma van vaderskant kan helpen
Politie sprak met «Kevin Schellekens», de ex van moeder.
grootvader «Tesfay» is nog in Eritrea.
Volgens «Rachid» is het conflict met zijn broer gesust.
«Jeanine van Rooij», buurvrouw, wil getuige zijn.
«Rosalie» (12) schreef een brief aan haar juf.
Op de foto staat «Milan» met een blauwe plek.
«Hanneke» van Juvent gaat het veiligheidsplan maken.
oom «Sander» komt elke zondag na de optocht langs
«Dirk-Jan» heeft de sleutel van het huis.
De halfbroer, «Yusuf Arslan», zit bij de jeugdreclassering.
tante «Lies» uit Schaijk kan de kinderen niet aan
«Tim» zegt dat «Jesse» hem heeft geduwd.
Wijkagent «Peter Wouters» kent de familie al jaren.
«Saïda» werkt als schoonmaakster en is vaak weg.
«Van Dinther» (vader) heeft een verleden met geweld.
vrienden van «Nick» rijden rond met scooters bij de school
«Mariam Hussein» is de moeder van de tweeling.
de zus van «Sanne» wil niet betrokken worden
«Harrie» (vader) mèrt da ge nie moet zeuren
Advocaat «mr. Coolen» staat moeder bij in de gezagszaak.
«Luuk» zit op de Fioretti en spijbelt.
nicht «Naima» komt uit Rotterdam logeren.
«Gijs» en zijn vriendin zitten in het vorige huis.
Bij het casusoverleg was «Wendy Hermens» namens de woningcorporatie aanwezig.
«Aaliyah» (5) is heel stil volgens de juf.
VRIEND VAN MOEDER («DENNIS») IS NIET WELKOM
«Sem» vertelt dat papa pijn doet.
Stiefmoeder «Petra» verbiedt het contact.
jeugdarts «dr. Aerts» zag de kneuzingen
«Ricardo Isenia» (vader) is in 2024 teruggegaan naar Curaçao.
de oppas, «Jolanda», heeft de sleutel
Neefje «Emir» wordt ook door vader geslagen.
Familie «Kerkhof» uit Empel heeft de kinderen een nacht opgevangen.
«Nienke» (zus moeder) is jeugdverpleegkundige en wil helpen.
«Selin»s vader belt steeds naar school.
Vriendje «Bas» heeft het gezien.
ex-partner «Erwin van Hoek» woont weer in Rosmalen.
ik sprak «Wilma» (oma vz) op de camping
«Liya» is pas twee maanden in Nederland.
«Toon» en «Marietje» (grootouders) wonen ernaast.
Het zusje heet «Noor».
«Samira» van het wijkteam nam contact op met school.
«anton» belt moeder 20x per dag
«Zeynep» heeft haar broer uit huis gezet.
«Jacky» (oom) regelt de caravans op de standplaats.
«Mohamed El Idrissi» is de vader van de twee jongsten.
buurjongen «Joep» heeft het meisje opgevangen
meester «Hendriks» van groep 7 maakt zich zorgen
HOUDOE ZEI «TINUS» (OPA) EN HIJ SLOEG DE DEUR DICHT
""".strip().split('\n')

BIRTHDATE = r"""
geboren op «14-03-2012» in het JBZ
Geboortedatum jeugdige: «03/09/2010»
moeder (geb. «21-11-1988») heeft zelf in de jeugdzorg gezeten
Jeugdige: S. («7 februari 2013»)
vader is geboren op «12.05.1979» in Ankara
D.O.B. «2011-06-30»
GEB. «28-8-2014»
broertje geboren «1 januari 2019» in Bernhoven
| J. | geboortedatum «16-10-2009» |
* Geb.datum oudste: «05/12/2008»
de baby is op «19 april 2026» geboren, het consultatiebureau ziet hem eens per maand
Oma verjaart op «9 juni 1951» en wil dan een feest.
zij is jarig op «22-02» (geb. 2015)
geb «30/01/2016» te Oss
Jeugdige (geb. «04-07-2012») verblijft nu bij oma.
Moeder, geboren «17 sept. 1993», is alleenstaand.
Birthdate per Eritrees document: «01-01-2007»
geboren «11-11-2011» (hij is een echt carnavalskind, zegt moeder)
""".strip().split('\n')

ID_NUMBER = r"""
Dossiernummer JB Brabant: «JBB-2026-118734»
cliëntnummer GGZ Oost Brabant «G02-7733418»
ons kenmerk «VTB-26/40917» (Veilig Thuis Brabant Noordoost)
Paspoortnummer vader «NX83KR5P1»
ID-kaart moeder: «IRF4K09L2»
Parketnummer «01/865043-26» (zaak tegen vader)
Zaaknummer rechtbank «C/01/412987 / JE RK 26-1190»
V-nummer «2284610573» (IND, moeder)
cliëntnr Reinier van Arkel: «RvA-551902»
Registratienummer politie «PL2100-2026341177»
patiëntnummer JBZ «7041298»
Klantnummer Mooiland «MO-0021876»
dossier wijkteam «SWT-DB-09914»
reclasseringsnummer «RN-2026-883102» (toezicht vader)
""".strip().split('\n')

ADDRESS = r"""
Gezin woont op de «Hambakenweg 41» in Den Bosch.
adres oma: «Kerkstraat 7a», Berghem
Vader verblijft op «Oude Molenweg 112-2».
De woning aan de «Graafseweg 318 bis» is van BrabantWonen.
moeder is verhuisd naar «Molenstraat 22» in Oss
Het woonwagenkamp ligt aan de «Wethouder van Eschstraat 4», standplaats van de familie.
| adres | «Palmstraat 15 B» | 's-Hertogenbosch |
Tante woont «Sint-Janssingel 88» 3e verd.
incident op de «Heeschwijkstraat 9» bij de ex thuis
POST NAAR «BRAKSTRAAT 31» STUREN
Sinds maart woont het gezin in de flat op «Zuid-Willemsvaart 163 H»
""".strip().split('\n')

POSTCODE = r"""
postcode gezin «5223 KT»
Ze wonen in «5341TC» Oss.
verhuisd naar «5384 AW» Heesch
Oma: «5386 BL» Geffen
| pc | «5211 NR» |
de ex woont in «5262 XA» Vught
POSTCODE MOEDER: «5402 HK» UDEN
Briefadres op «5241 RG» Rosmalen.
vader staat ingeschreven op «5351 DV» Berghem
nieuwe woning, pc «5213 AC»
zus van moeder, «5271 EB» Sint-Michielsgestel
""".strip().split('\n')

PHONE = r"""
Moeder is bereikbaar op «06-41827395».
tel oma «073-6148852»
vader: «+31 6 28391047»
bel de buurvrouw («0412 638 214») als moeder niet opneemt
Mobiel jeugdige «0652907314»
| tel | «06 - 19 28 44 71» |
Oom in Eritrea: «+291 7 186 443»
nr van de ex: «0031 6 44901736»
Tante Uden «0413-271930»
Whatsapp moeder «06 38 11 92 05»
Vader belde anoniem vanaf «(073) 521 88 40».
""".strip().split('\n')

EMAIL = r"""
mail moeder: «sanne.vdbroek88@hotmail.com»
Vader stuurde dreigmails vanaf «mo.elidrissi@gmail.com».
contact oma via «riet.lamers@ziggo.nl»
de jeugdige mailde zelf vanaf «kimmie2010xx@live.nl»
E-MAIL: «FAM.VANDINTHER@KPNMAIL.NL»
ex-partner: «dennis_oss073@outlook.com»
| e-mail | «h.yildirim1979@gmail.com» |
Moeder heeft de verklaring gestuurd vanaf «saida.b@planet.nl»
oom regelt de post, mail naar «jacky.kamp@hotmail.nl»
""".strip().split('\n')

URL = r"""
De jeugdige plaatst filmpjes op «https://www.tiktok.com/@lotje.oss.073».
Instagram van de ex: «instagram.com/dennis.vanhoek_»
vader zet alles op «https://www.facebook.com/harrie.vandinther.5»
Dreigende video op «youtube.com/@KruiskampKing073»
snapchat-profiel zus: «https://www.snapchat.com/add/chayenne_xo14»
moeder verkoopt spullen via «www.marktplaats.nl/u/saida-b/31877420»
""".strip().split('\n')
