# BLOCK lines; personal data marked with «...». {BSN:fmt} and {IBAN:CC:BANK:fmt} are filled by gen_sentences.py
NAME = """
«Kwame» is sinds de zomer bij oom in Almere Poort ondergebracht, volgens «Kwame» zelf 'tijdelijk'.
moeder «Abena» belde huilend de wijkteamlijn
«Akosua Mensah» (tante mz) wil wel oppassen maar werkt in ploegendienst.
Broertje «Emeka» zit op de BSO in Filmwijk.
Vader «Oluwaseun Adeyemi» was niet aanwezig bij het huisbezoek.
«Chidinma»s moeder zegt dat ze het gezag niet wil delen.
ZUS «CHIDINMA OKAFOR» IS AANWEZIG BIJ INCIDENT
«Djenairo» (halfbroer, 19) woont deels in huis.
«Shaquille» heeft het mes volgens getuigen in zijn jas gehad.
neef «gianluca» haalt J. soms op van school
gesprek met oma «Trees» vond plaats in de keuken
«Jan van Klaas de Bakker» is de opa van moederskant, iedereen op Urk kent hem zo.
opa «Hendrik Koffeman» vaart nog mee op de UK-boot.
«Lubbert» (oom, schipper) wil vader aanspreken op zijn drankgebruik.
Moeder «Geertje Kramer-Romkes» heeft een hechte band met de kerk.
«Aaltje» en «Jannetje» (zussen van vader) bieden opvang.
Volgens «Albert van Hein de Visser» is de vader al maanden niet aan boord geweest.
«Tsegay» spreekt nog weinig Nederlands maar begrijpt veel.
Jeugdige vertelde dat «Yonas Tekle» hem onder druk zet om mee te gaan naar Amsterdam.
«Semret» (pleegzus) is zelf ook uit Eritrea gevlucht.
De voogd van Nidos en «Filmon» hebben het plan besproken.
Vader «Tomasz Wiśniewski» rijdt internationaal en is vaak 3 weken weg.
moeder «Agnieszka» ervaart geen steun van de familie in Poznań
«KOWALCZYK» (vader) niet bereikbaar, vrachtwagen in Duitsland
tante «Małgorzata Zielińska» woont in Dronten en kan helpen.
«Kacper» (broer, 16) is de mannelijke figuur in huis als vader weg is.
De ex-partner, «Ricardo Martina», heeft een contactverbod.
«Shurenska» geeft aan dat ze bang is voor haar stiefvader.
oma «Ruth Doran» uit de Bijlmer komt elk weekend
«Rigenaldo Sno» is de biologische vader van de jongste.
Buurvrouw «Marlies» hoorde gegil en belde 112.
Buurman «de Graaf» heeft beelden van de ruzie gemaakt.
«Sowande» zegt dat ze liever bij haar vader in Lelystad woont.
Oom «Kofi Boateng» is in het verleden veroordeeld voor geweld.
«Nana Ama» (grootmoeder) regelt veel binnen het gezin.
zusje «esi» (7) wordt door J. verzorgd na schooltijd
Vader gaf aan dat «Ifeanyi» de familie uit Nigeria geld stuurt.
«Adaeze Nwosu» is de nieuwe partner van vader.
«Da Graça» (moeder) heeft Kaapverdische roots en spreekt Portugees met de kinderen.
Oom «Nelson Fortes» uit Rotterdam wil de jongen tijdelijk opnemen.
«Lívia» is de oudste zus en is al uit huis.
moeder: «Denise Tavares» | rol: gezag
| Vader | «M. Lopes» | gezag: ja |
Gezinssamenstelling: moeder «Priscilla», vader (1982), J. (2012)
«Sharon Kross» (buurvrouw) heeft de kinderen die nacht opgevangen.
«Nathan»'s vriendin stuurde een screenshot door.
Het gesprek met «Joyce Rosalia» (moeder) verliep moeizaam.
«Kenrick» heeft tegen de mentor gezegd dat hij thuis klappen krijgt.
«ROSARIA, JUDITH» – MOEDER – GEEN INSTEMMING
Na het incident nam «Jurgen Pietersz» contact op met school.
«Elgin» (ex van moeder) stond om 23.00 uur voor de deur.
Ik sprak met mevrouw «Bakboord»s zus; die maakt zich zorgen.
fam. «Kloosterhuis» is bekend bij het wijkteam
Dhr. «Hoekstra» (opa vz) heeft een beginnende dementie.
Mw. «W. Schoenmaker» (pleegmoeder) meldt dat het goed gaat.
De heer «Van Slooten» heeft de sleutels van de woning.
«J.H. Brouwer» is als getuige gehoord door de politie.
«fenneke» (vriendin van moeder) weet van de mishandeling.
«Tineke Post» is de buurvrouw die altijd oplet.
stiefvader «Ramon» (1990) gebruikt cocaïne volgens moeder
Vanuit de moskee helpt «Ibrahim Keita» het gezin met eten.
«Samuel» zegt: ik ben de man in huis nu.
moeder noemt de nieuwe vriend «Dave» maar weet zijn achternaam niet
Volgens «Emmanuel Asante» (vader) is het allemaal overdreven.
De kinderen noemen hun opa «Papa Yaw».
«Ama Serwaa Owusu» (moeder) werkt 's nachts in de schoonmaak.
gesproken met «Gloria» (moeder) op 12-11 in het bijzijn van tolk
De ex-man, «Patrick Obi», woont nu in Londen.
«Chukwuemeka»s oom heeft hem opgevangen na de ruzie.
Leerkracht vertelt dat «Tobenna» vaak hongerig op school komt.
«Bram van der Veen» (vriend van vader) haalt drugs in huis.
«Teun» (broer, 14) heeft J. verdedigd bij de vechtpartij.
Zus «Noortje» helpt met het huishouden.
«Wessel Ploeg» komt als netwerkpersoon naar de bespreking.
Er is een conflict met de buren, fam. «El Idrissi».
«Hamza» zit in dezelfde klas en pest J. online.
Het meisje «Amira» van de overkant is haar beste vriendin.
«Selamawit» (moeder) wil graag weer naar de taalles.
Broer «Mebrahtu» zit in een AZC in Budel.
«KIDANE» (VADER) VERBLIJFT IN ETHIOPIË
«Lidia» (11) is het jongste kind van het gezin.
«Krzysztof» (oom) heeft de kinderen een keer geslagen toen hij dronken was.
«Zofia» is de oma die vaak uit Polen overkomt.
Stiefmoeder «Beata Nowicka» stemt in met het plan.
opa «Klaas Post» van de Schokkerhaven wil niet dat er hulp komt
«Gerrit Jan» is de broer van moeder en woont in Ens.
moeder «Trijntje» haalt haar kracht uit haar geloof
«Jacob» (vader) zegt dat kinderen gewoon moeten luisteren.
tante «Riek Hakvoort» biedt een slaapplek in Emmeloord.
De oudste zoon «Pieter de Boer» vaart al op zijn 16e mee.
«Hilje» vertelt dat vader haar opsloot in de kamer.
Volgens «Roelof» (oom) valt het wel mee.
«Lucinda» (partner van vader) stuurt dreigende berichten.
«Giovanni Winklaar» is de vader van de twee jongsten.
«Quincy» (broer) zit vast in de PI Almere.
«Rachelle» heeft haar moeder geduwd tijdens de ruzie.
Moeder zei: "«Jermaine» heeft me al vaker bedreigd."
Buurjongen «Dylan» verkoopt spullen aan J.
Oma «Wilhelmina Kerkhoven» betaalt de huur al een paar maanden.
mevrouw «Adjoa Frimpong» van het wijkteam belde moeder over de afspraak
"""
BIRTHDATE = """
geb. «14-03-2012», woont bij moeder
Gebdat. moeder: «3/9/1988»
J. is geboren op «28 februari 2013» in het Flevoziekenhuis.
GEBOREN «11.06.2010» TE LELYSTAD
Jeugdige: K. («2014-05-22»)
broertje is op «9 okt. 2017» geboren, vroeggeboorte
dob «07/12/2009»
Vader (geb. «19-1-1979») heeft een strafblad.
Zus werd op «17 juli 2015» geboren in Accra.
| Geboortedatum | «20120815» |
geboortedatum oma: «2 mei 1956»
Jeugdige A. («23-11-'11») is niet naar school geweest.
GEB.DAT. «04-04-2016»
Moeder heeft aangegeven dat E. op «31 december 2014» geboren is.
Baby geboren «5-2-2026» in St Jansdal, moeder 17
D.o.b. vader: «1985-08-30»
Halfzus (geb. «12 jan. '18») woont bij haar vader.
Eritrese documenten vermelden «1 januari 2008» als geboortedatum.
"""
ID_NUMBER = """
cliëntnr. Triade Vitree: «TV-20418837»
Dossiernummer JBRA «JB-2026-08817» (vader)
patiëntnummer Flevoziekenhuis «8803512»
V-nummer moeder: «2719384055»
zaaknr. «VT-FL-2026-33108» is gesloten
Leerlingnummer J. op Echnaton: «118842»
BVH-registratienummer «PL0900-2026187743» betreft aanhouding vader
paspoort vader «NU84KR7P2»
Nidos-dossier «ND-77182» loopt nog
ID-kaartnr. moeder «IHF9K2L70»
| Cliëntnummer | «CL-5530198» |
Rijbewijsnummer stiefvader «5204418871» (ingevorderd)
DOSSIER «GGZC-449021» (MOEDER) – NIET DELEN
Het CJIB-kenmerk van vader is «1122334455667788».
"""
ADDRESS = """
Gezin woont op de «Kameleonweg 14» sinds 2024.
Vader verblijft nu op de «Cinemadreef 88-B» in Almere.
adres oma: «Botter 21-12», Lelystad
Incident vond plaats in de woning aan de «Waterlandse Zeedijk 3».
«JACOB VAN LENNEPSTRAAT 7 HS» (MOEDER)
Vriendin van moeder woont op «Zuiderzeestraat 112a».
| Adres | «Bolderweg 5» |
nieuw adres vader: «Pierre Cuypersstraat 23», Almere Buiten
Tante woont op de «Wijk 2 nr 38» op Urk.
J. slaapt soms bij een vriend op de «Neptunusstraat 9 zw».
Moeder en kinderen opgevangen op «Lindenstraat 44» in Dronten (tijdelijk).
"""
POSTCODE = """
Postcode gezin: «1325 TP»
vader verhuisd naar «8232MJ» (Lelystad)
VERBLIJFADRES POSTCODE «1363 BK»
oma woont in «8321 ws» op Urk
| Postcode | «1336SE» |
De brief is naar «8251 AB» gestuurd, maar moeder woont daar niet meer.
Nieuwe woning in «1315 XA», Almere Stad
pc moeder «1358cn»
Contact ouders via postadres «8302 KL» Emmeloord
Kinderen verblijven bij tante in «3891 PG» Zeewolde.
Zus woont met haar vriend in «1102 SK», Amsterdam Zuidoost.
"""
BSN = """
BSN jeugdige: «{BSN:plain}»
bsn moeder «{BSN:dots}»
Burgerservicenummer vader: «{BSN:space}»
| BSN | «{BSN:plain}» |
BSN broertje: «{BSN:dash}»
Het BSN «{BSN:eight}» staat nog op de oude brief van de SVB.
bsn J. = «{BSN:plain}»
BURGERSERVICENR. «{BSN:dots}»
sofinr oma «{BSN:plain}» (oude pas)
Stiefvader (bsn «{BSN:space}») staat niet ingeschreven op dit adres.
nummer «{BSN:plain}» is het BSN van de baby
"""
PHONE = """
moeder bereikbaar op «06-18273645»
Vader: «+31 6 2391 8876»
tel oma «0320-284517»
bel tante op «06 44 81 27 39»
| Telefoon | «0031 6 53829174» |
Ex-partner belt steeds vanaf «+48 601 234 587».
Nummer van buurvrouw: «036-5349821»
J. is te bereiken op «0612398874» (eigen telefoon).
VADER MOB. «+316-29481736»
Opa is alleen vast bereikbaar: «(0527) 68 43 12».
Moeder gaf het nummer van haar nieuwe vriend: «06-3498 2217».
"""
EMAIL = """
moeder mailt vanaf «abena.mensah88@gmail.com»
e-mail vader: «t.wisniewski@wp.pl»
Contact tante via «akosua.b@hotmail.nl»
| E-mail | «djenairo2009@live.nl» |
J. stuurde de foto's naar «shaq.k10@icloud.com».
Schoolmails gaan naar «fam.koffeman@kpnmail.nl».
ouders delen het adres «gloria.owusu.almere@outlook.com»
Oma: «trijntje.romkes@ziggo.nl»
Ex-partner mailde dreigementen via «ricardo_m_1984@yahoo.com».
"""
IBAN = """
Kinderbijslag gaat naar «{IBAN:NL:RABO:g}».
rekening vader «{IBAN:NL:INGB:c}»
Moeder laat schulden afschrijven van «{IBAN:NL:ABNA:g}».
| IBAN | «{IBAN:NL:SNSB:c}» |
Vader stuurt geld naar Polen, rekening «{IBAN:PL::g}».
oma betaalt huur via «{IBAN:NL:ASNB:lc}»
Zakgeld van J. staat op «{IBAN:NL:BUNQ:c}».
IBAN stiefvader: «{IBAN:NL:KNAB:g}»
Bewindvoerder beheert «{IBAN:NL:TRIO:c}» (moeder).
"""
URL = """
Instagram van J.: «https://www.instagram.com/shaq.almere036»
snap van zus: «snapchat.com/add/chidi_okafor10»
Vader post filmpjes op «https://www.tiktok.com/@kwame.boateng.nl».
Facebook moeder: «https://www.facebook.com/agnieszka.wisniewska.71»
J. heeft een YouTube-kanaal: «youtube.com/@djenairo_fc»
Het profiel «https://www.instagram.com/urkervisser_pieter» toont foto's van het incident.
"""
