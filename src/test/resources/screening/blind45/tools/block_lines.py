# BLOCK lines for blind45. «…» marks a span. {BSN:style} and {IBAN:bank:style} are filled by gen_sentences.py.
NAME = r"""
BETROKKENE 1: «EL AMRANI, Nourdine» (vrd), geb.jaar 1984, wonend Overvecht.
BETROKKENE 2: «BOUZIANE, Latifa» (mdr), aangeefster.
Verbalisant hoorde zn «Ilias» huilen in het trappenhuis.
Overdracht buurtteam: «Samira» (mdr) wil geen contact meer met school, zegt ze.
bet. «Yıldırım, Hakan» had volgens de mutatie duidelijk gedronken.
oma «Fatıma» past zondags op de kleintjes
Tante «Khadija El Ouariachi» heeft de kinderen die nacht opgevangen.
«Ayşegül» (dr, 16) vertelt dat vader haar telefoon afpakt.
dhr. «Ait Hammou» weigerde de deur open te doen voor de verbalisanten
Mutatie 14.32 uur: melder «Mehmet Çelik» (buurman) hoorde gegil en gebonk.
Moeder noemt haar ex «Rachied» alleen nog 'die man'.
opa «ben said» komt elke vrijdag na het gebed even langs
BETROKKENE 3: «ABDI WARSAME, Hodan», zus van mdr, aanwezig bij aanhouding.
broer «Abdirahman» (19) wordt door mdr genoemd als steun.
«Mohammadi» (vader) spreekt alleen Dari, tolk is geregeld.
vrd «Ahmad Zia Noori» is op 3-11 aangehouden in Overvecht.
Iraakse oom: «AL-JUBOURI, Haider» – volgens mdr de enige die vader kan kalmeren.
«Sanne van der Wal» (mdr) belde zelf 112 vanuit de badkamer.
stiefvader «Thijs» wil niet meewerken aan het veiligheidsplan
fam. «Verhoef» uit de nieuwbouw klaagt al maanden over geschreeuw.
Mevrouw «Dekker» van het buurtteam belde om 16.10 uur met de school.
Wijkagent «Van Rooijen» heeft de melding doorgezet naar Veilig Thuis.
Gesproken met de jeugdarts, dr. «Schoonderwoerd», over het gewicht van de baby.
«Yusuf» zegt: "Ik ga niet meer naar huis als papa daar is."
BETR. «ÖZTÜRK, Şerife» verklaarde dat zij geslagen was met een slipper.
«Emre»'s moeder wil geen tolk, ze verstaat genoeg zegt ze.
de vriendin van mdr, «Naima», brengt de kids naar school
«Youssra» en «Ikram» (tweeling, 9) slapen bij moeder in bed.
Volgens «Bilal» (oudste zn) sloeg vader met de riem.
OPA «DRISS» WOONT IN MAROKKO EN KOMT ’S ZOMERS.
ex-partner «Kevin Bosman» heeft contactverbod, maar stond vrijdag voor de deur.
Tante «Hülya» (zus vrd) haalt de jongste soms op van school.
Buurvrouw «Ria» belt steeds de politie als het misgaat.
Mdr «Nadia El Khattabi» was bij aankomst verbalisanten overstuur.
«Farah»'s broer heeft de telefoon van mdr kapot gegooid.
vrd is «Hamid», schoonzoon van de familie die op Kanaleneiland woont
Kinderen: «Amira», «Rayan» en «Soufiane», allen aanwezig in woning.
«Jansen-Kok» (oma mz) wil de zorg overnemen.
grootvader «Cengiz Aksoy» heeft een beroerte gehad en ligt in het Antonius.
«Luuk» (broertje, 7) werd wakker van het geschreeuw.
Overdracht: «Demi» (16) verblijft tijdelijk bij haar vriendje in Vleuten.
Oom «Mustafa Ait Lahcen» dreigde via WhatsApp.
De heer «Rahimi» (grootvader) heeft het gezagsoverleg voorgezeten.
«H. Bakkali» werd om 02.15 uur in de woning aangetroffen.
«Dunya»'s vader zit sinds vorige week vast in Nieuwegein.
stiefmoeder «Maartje» regelt alles rondom school
Gezin «Ouchan»: vijf kinderen, vader werkloos, moeder zwanger.
Vader «Serkan» werkt nachten bij de distributie in Nieuwegein.
Volgens «Fardowsa» (mdr) is de oudste al maanden niet op school.
mdr «Zahra Hosseini» is in 2019 via Griekenland naar NL gekomen
«MUSA, Abdullahi» (vrd) heeft een gebiedsverbod Overvecht.
Zoon «Jesse» (14) gamet tot 04.00 uur 's nachts.
Oma «Trees» uit Lopik heeft de kinderen twee weekenden gehad.
Bij het gesprek waren aanwezig: mdr, vrd en diens broer «Ercan».
vriend van mdr «Dave» wordt door de kinderen "de boze" genoemd.
«Ben Allal» (vader) is bekend bij het zorg- en veiligheidshuis.
«Ikrame» (mdr) vraagt om een andere buurtteammedewerker.
«Kerem Şahin» zat op de bank toen de agenten binnenkwamen.
Hoofdbewoner «DE GRAAF, Marco» verklaarde dat er niets aan de hand was.
«Anouk» (moeder) en «Ruben» (vader) zijn sinds de zomer uit elkaar.
pleegmoeder «Els» wil de plaatsing stoppen
Melder: «A. van Dijk-Hoogland», bovenbuurvrouw.
«Imane» appt 's avonds met onbekende mannen, zegt haar zus.
«Nasrin» (zus, 15) neemt de zorg voor de kleintjes over.
Gesprek met mdr «Ebru» op het politiebureau Overvecht.
«Hussein Al-Taie» (vader) is door de rechter-commissaris heengezonden.
ZSM: verdachte «KARIMI, Jawad» – afdoening via OM.
«fatima zahra» (mdr) wil de kinderen meenemen naar Nador
de meiden noemen hun oma «Lalla Aicha»
«Mo» (oudste broer) neemt het geld van mdr af.
Volgens «Bram» (vader) overdrijft school.
«Yıldız» heeft een blauw oog volgens de leerkracht.
Zus «Hafsa» is 17 en wil naar Altrecht.
«Berkay» en zijn vriend zijn aangehouden voor winkeldiefstal in Hoog Catharijne.
OMA «VAN DER LINDEN» KRIJGT DE KINDEREN NIET MEER IN HUIS.
«Ahmed» werd door vader in de auto opgesloten.
Tolk ingezet, mdr «Sahra Mohamed Ali» verstaat weinig Nederlands.
«Rosalie» (dr, 12) is bang voor de hond van de buren.
Collega «Jeroen» van Samen Veilig heeft het dossier overgenomen.
Stiefvader «Gökhan» wil graag een cursus volgen.
Bij binnenkomst zat «Lars» (4) alleen in de woonkamer.
Mdr noemt buurman «Hans» als iemand bij wie ze terecht kan.
«Soukaina»s vriendje is 22 en heeft een auto.
Gezin «El-Idrissi» is onbekend bij het buurtteam.
De kinderen van «Arezo» (zus mdr) spelen vaak mee.
Tijdens huisbezoek kwam «Mustafa» (opa) binnen met de sleutel.
Buurtteam: «Karin» (pleegmoeder) heeft het veiligheidsplan getekend.
BETROKKENE 4: «NOURI, Omid», bemiddelaar namens familie.
Overleg met de advocaat van vader, mr. «Hoekstra».
«Zeynep»'s moeder is Turks en spreekt geen Nederlands, schrijft de school.
Vader «Jamal» zegt dat hij de kinderen nooit aanraakt.
Melding van de buren, familie «Van Leeuwen» op nr. 14.
Opa «Kees» en oma «Joke» zijn vaak op de camping in Lopik.
Volgens «Sevda» (tante) is mdr weer depressief.
Mevr. «Bakker» (leerkracht) zag een brandwond op de arm.
«Hamza» (11) zegt dat hij een mes mee naar school nam 'voor de zekerheid'.
Neef «Ilyas Chaara» heeft de kinderen gefilmd en op TikTok gezet.
«Guled» woont sinds de scheiding bij zijn oom in Zeist.
Getuige «SCHEPERS, Wim» heeft gezien dat vrd de auto intrapte.
«Mila» (3) heeft op het KDV verteld dat papa mama pijn doet.
""".strip().split('\n')

BIRTHDATE = r"""
BETROKKENE 1 (vrd), geb. «12-07-1986» te Nador.
Jeugdige: S. («03-09-2012»)
geboortedatum zoon «2014-11-27»
D.o.b. «17/02/2011» (volgens paspoort)
zn werd op «2 januari 2016» in het WKZ geboren
GEBOREN «22.08.2010» TE KABUL
Y. (geb. «5 mei '15») gaat naar groep 6.
Gebdat. kind: «20130418»
| Geboortedatum | «09-10-2009» |
Dochter, geboren «7-4-2017», heeft een vertraagde spraakontwikkeling.
mdr (geb. «1 okt. 1991») is in 2010 naar Nederland gekomen.
geb. «30 sept 2012», roepnaam onbekend bij school
A. («11-12-2014») woont bij oma.
Baby geboren op «28-02-2026» in het Antonius Nieuwegein.
Broertje, geb. «14-feb-2019», zit op het KDV.
vrd geboortedatum «19/06/1983»
B. is geboren op «23 maart 2013» en is dus 13.
Geb.dat.: «04.01.2008»
""".strip().split('\n')

ID_NUMBER = r"""
BVH-registratie «PL0900-2026318744» (huiselijk geweld).
zaaknummer RvdK «2026/0481139» (beschermingsonderzoek)
Mutatienummer «2026104933», opgemaakt door team Overvecht.
cliëntnummer Youké: «YK-773104»
Patiëntnummer WKZ «4839217»
V-nummer vader: «3011847625»
Dossier VT Utrecht «VTU-2026-18452» (oude melding)
Mitros huurdersnummer «MI 2208713» – achterstand 3 mnd
Leerlingnummer «102384751» (Cartesius 2)
Paspoortnr mdr «NXK8C41P7»
Altrecht patnr. «0593318» (jeugd)
parketnummer «16/208413-26» (vrd)
A-nummer BRP: «6284019337»
SVMN-dossier «SV-26-40917» gesloten in juni
""".strip().split('\n')

ADDRESS = r"""
Aanhouding vrd in woning «Neckardreef 112» (3e etage).
mdr woont nu op de «Marshalllaan 47bis»
Adres: «Zamenhofdreef 20-C», Utrecht
Inval op «Tigrisdreef 5 bis» om 06.20 uur.
Oma woont «Vleutenseweg 311A», vlak bij Lombok.
Pleegouders: «Rijnvlietlaan 14» (Leidsche Rijn)
| Adres | «Amsterdamsestraatweg 488-3» |
PLAATS DELICT: «GANGESDREEF 31», UTRECHT
Vader verblijft bij een vriend op de «Batauweg 9» in Nieuwegein.
Kinderen logeren bij tante, «Dorpsstraat 2a» in Lopik.
woning mdr «Trumanlaan 63 bis» is te klein voor 5 kinderen
""".strip().split('\n')

POSTCODE = r"""
Postcode: «3564 AZ»
woonachtig «3524LH» Utrecht (Hoograven)
Nieuw adres in Houten, postcode «3992 KC».
Mdr is verhuisd naar «3438 ER» Nieuwegein.
PC vrd: «3402 ZT»
| Postcode | «3704 HB» |
vader staat ingeschreven op «3451 PP» (Vleuten)
POSTCODE WONING: «3525 BD»
Oma woont in «4133 AH», Vianen.
Ingeschreven postcode «3601gb» Maarssen
post gaat naar «3417 XC» (Montfoort), dat is het adres van de oom
""".strip().split('\n')

BSN = r"""
BSN jeugdige: {BSN:plain}
bsn mdr {BSN:dots}
Burgerservicenummer vader: {BSN:spaces}
BETROKKENE 1, BSN {BSN:plain}, bekend bij politie.
| BSN | {BSN:plain} |
BSN oudste zn {BSN:dash}
bsn (oud, 8 cijfers) {BSN:eight}
sofi/bsn: {BSN:plain}
Volgens BRP {BSN:dots} ingeschreven te Zuilen.
BSN-nr baby: {BSN:spaces}
Zorgverzekeraar vraagt naar {BSN:plain}, dat is het bsn van A.
""".strip().split('\n')

PHONE = r"""
mdr bereikbaar op «06-41829374»
Melder belde vanaf «+31 6 28417736» om 23.05 uur.
Tel. vader: «030-2718845»
oma «(0348) 562917», alleen overdag
Contact pleegmoeder «0031 6 19 30 44 82»
| Telefoon | «0647203158» |
vrd belde mdr 43 keer vanaf «+316-53907421»
TEL MDR «06 - 22 41 97 03» (NIEUW NUMMER)
Tante in Zeist: «030 6924418»
mdr gebruikt nu het nummer van haar zus, «06.18.44.20.97»
Bel bij geen gehoor de buurvrouw: «0346-281703»
""".strip().split('\n')

EMAIL = r"""
mail mdr: «latifa.bouziane84@hotmail.com»
Vader mailt school vanaf «h.yildirim1979@gmail.com»
Oma heeft een mailadres: «trees.vanvliet@ziggo.nl»
E-mail: «samiraamrani_@live.nl»
Stuur de uitnodiging naar «serkan.aksoy@outlook.com» (vrd).
| E-mail | «fardowsa.abdi@yahoo.com» |
dochter mailde de mentor via «dunyaa.2011@icloud.com»
E-MAIL VRD: «JAWAD.KARIMI@GMAIL.COM»
Contact stiefvader «thijs@vdwal-klussen.nl» (eigen bedrijf)
""".strip().split('\n')

IBAN = r"""
Toeslagen worden gestort op {IBAN:INGB:grouped}
Rekening mdr: {IBAN:RABO:compact}
Vrd stort alimentatie (niet) op {IBAN:ABNA:grouped}
IBAN oma {IBAN:SNSB:compact}
| IBAN | {IBAN:ASNB:grouped} |
Schuldhulp Utrecht: beslag gelegd op {IBAN:INGB:lower}
Zakgeld dochter gaat naar {IBAN:BUNQ:compact}
Betaling huur via {IBAN:KNAB:grouped}, op naam van vader
IBAN VRD {IBAN:TRIO:compact}
""".strip().split('\n')

URL = r"""
Filmpje staat op «https://www.tiktok.com/@ilyas.chaara030»
Profiel vader: «facebook.com/hakan.yildirim.7719»
Dochter heeft een openbaar account: «instagram.com/ayse.g_2010»
vrd verkoopt spullen via «https://www.marktplaats.nl/u/nourdine-e/41829377»
snap van zn: «https://www.snapchat.com/add/rayan_030x»
mdr's blog: «https://zahrahosseini.blogspot.com/2026/05/mijn-verhaal.html»
""".strip().split('\n')
