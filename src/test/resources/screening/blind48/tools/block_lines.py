# BLOCK sentences for blind set 48. Personal data marked [[...]]; {BSN:...}/{IBAN:...} filled by gen_sentences.py.
NAME = r"""
1.3 Gezinssamenstelling: de minderjarige woont bij moeder, [[Jacoba Verhoef-Kant]], en stiefvader.
de moeder van de minderjarige, [[Teuntje van der Giessen]], hierna: moeder, heeft het gezag.
1.4 Belanghebbenden: vader, de heer [[A.J. Korteland]], wonend te Numansdorp.
| Vader | [[Gerrit Bassa]] | 1979 | gezag: ja |
| broer | [[Dirk-Jan]] | 2008 | woont thuis |
oma [[Trijntje]] past op maandag en dinsdag op de jongste.
MOEDER [[ANNEKE SCHOUTEN]] VERSCHEEN NIET OP DE ZITTING.
volgens [[Den Hartog]] (buurman) was er vrijdagnacht veel geschreeuw.
[[Wesley]]s vader zit sinds maart in detentie.
Tijdens de mondelinge behandeling verklaarde [[Hendrika Bouman]] dat zij de kinderen niet kan beschermen.
de minderjarige noemt zijn oom [[Arie]] als veilige volwassene
Stiefvader [[Jan-Willem van Heumen]] erkent het alcoholgebruik gedeeltelijk.
tante [[Toos]], de zus van moeder, in Kerkdriel.
2.1 Verloop: op 14-09-2026 belde mevrouw [[Hermsen]] van school met zorgen.
Aanwezig bij het netwerkberaad: moeder, opa [[Wim Ruijs]] en de buurvrouw.
De oudste, [[Sanne]], zorgt 's avonds voor haar broertjes.
| zus | [[Lotte van Tuijl]] | 17 | logeert bij vriendin |
gesprek gehad met fam. [[Van Rijswijk]] over de schuur waar de jongen slaapt.
[[Kowalczyk]] (vader) werkt in de kassen in Westmaas, zes dagen per week.
Moeder, [[Agnieszka Zielińska]], spreekt beperkt Nederlands; tolk Pools ingezet.
vriend van moeder [[Dawid]] woont er sinds de zomer, niet ingeschreven
[[PAWEŁ NOWAK]] HEEFT OP 03-10-2026 DE DEUR INGETRAPT.
broertje [[tomasz]] (2017) plast weer in bed sinds de ruzies.
De vader van de minderjarige, [[Ionuț Popescu]], verblijft wisselend in Roemenië.
Moeder ([[Mihaela]]) is seizoenswerker op een fruitbedrijf in Rossum.
nichtje [[Andreea Dumitru]] (19) tolkt bij de gesprekken, niet wenselijk.
[[Yassine]] zegt dat zijn vader hem met een riem heeft geslagen.
De grootmoeder, mevrouw [[El Ouali]], wil de kinderen opvangen in Tiel.
| moeder | [[Ouarda Boujdaini]] | 1988 | gezag |
[[Boujdaini]] weigert contact met de gezinsvoogd sinds de zitting.
Oom [[Hamza]] heeft gedreigd de jongen mee te nemen naar Marokko.
vader [[Emre Şahin]] is bekend bij politie Zaltbommel voor huiselijk geweld.
[[Elif]]'s moeder kwam niet opdagen bij de hoorzitting.
Oma [[Hatice Doğan]] woont boven de winkel in Zaltbommel.
3.2 Zienswijze vader (dhr. [[Kaya]]): hij betwist de feiten in het rapport.
de buurjongen [[Mert]] heeft de politie gebeld
Het gezin [[Lakatos]] woont sinds 2019 op het woonwagenterrein.
Vader [[Sándor Lakatos]] was niet bereid mee te werken aan het onderzoek.
tante [[Roza]] regelt het contact met de school, moeder is analfabeet
De minderjarige verblijft bij zijn oom [[Milan Stojka]] in Tiel.
Na de uithuisplaatsing belde [[Kees de Bruijn]] (pleegvader) met vragen over de bezoekregeling.
[[Gijsbert]] is de ex-partner van moeder en heeft nog een omgangsregeling.
Ex-partner [[G. van Wijk]] heeft een contactverbod gekregen.
mw [[Vermeulen-Stolk]] (gezinscoach) heeft het huisbezoek gedaan.
Volgens [[Marieke Kool]] van het Sociaal Team is moeder zeer wantrouwend.
gesproken met [[Johan]] van de jeugdgezondheidszorg, hij ziet geen groeiproblemen
de leerkracht, juf [[Esther]], merkte blauwe plekken op de bovenarm.
LEERLINGDOSSIER: mentor [[R. Brouwer]] meldt toenemend verzuim.
Intern begeleider [[Ria Pijl]] heeft de zorgen gedeeld met het ZAT.
De minderjarige, [[Noah]], is 13 jaar en zit in de brugklas.
Jeugdige [[N. Verschoor]] (2013) wil niet terug naar huis.
| zoon | [[Thijs]] | 2012 |
| dochter | [[Femke]] | 2015 |
Broer [[Daan Verschoor]] (2005) woont op kamers in Gorinchem.
[[daan]] heeft een straatverbod na het incident op de boerderij
Op de boerderij werkt ook neef [[Bart-Jan]], hij is degene die slaat.
Opa [[Hannes]] heeft de melkveehouderij overgedragen aan vader.
De minderjarige vertelt: "papa [[Kees]] schreeuwt als de koeien ziek zijn."
De oudste dochter [[Willemijn]] is naar een gesloten plaatsing in Zetten.
Moeder [[Gerdien]] en vader [[Marco]] zijn in 2024 gescheiden.
[[DE JONG, MARGARETHA]] | moeder | gezag ja
Zussen [[Evi]] en [[Mila]] slapen samen op zolder.
de vriendin van de minderjarige, [[Jasmijn]], weet van het snijden
Volgens ds. [[Van Wingerden]] heeft vader hulp van de kerkenraad geweigerd.
Belanghebbende [[Cornelis Hoogendijk]] is opgeroepen maar niet verschenen.
pleegmoeder [[Ineke]] ziet dat de jongen schrikt van harde geluiden
De minderjarige noemt meester [[Bram]] als iemand die hij vertrouwt.
[[Sofie]]s moeder is opgenomen bij Yulius.
Oma [[Jannie]] en opa [[Koos]] willen netwerkpleegouders worden.
mr. [[Visser]], advocaat van moeder, vraagt aanhouding van de zaak.
[[Kerem]] zit op de Cambier en wordt gepest
| stiefvader | [[Murat Aydemir]] | 1984 | geen gezag |
de minderjarige ([[Zeynep]]) wil bij haar tante in Tiel wonen
[[Nadia]] vertelde de mentor dat haar vader haar opsluit.
Vader, [[Abdelkader Amrani]], zegt dat de school overdrijft.
de heer [[Amrani]] heeft de zitting voortijdig verlaten
Broer [[Ilias]] (2010) neemt de vaderrol over.
volgens buurvrouw [[Gonnie]] staat de jongen vaak buiten in de kou.
moeder [[Kasia]] werkt in de aspergeteelt in Hedel
[[Wójcik]] (stiefvader) heeft de kinderen alleen gelaten tijdens een dienst.
Jeugdige: [[Oliwia]] (2012), spreekt goed Nederlands.
De vader van [[Bogdan]] heeft schulden bij de huisbaas.
[[Florin]] is met de minderjarige naar Roemenië vertrokken op 22-08-2026.
[[Maria Stoica]] (tante) zorgt tijdelijk voor de kinderen.
Opa [[Dragan]] beslist over alles in de familie.
de minderjarige ([[Esmeralda]]) is sinds de zomer niet meer op school geweest
Broertje [[Django]] is 6 en heeft een ontwikkelingsachterstand.
[[Roeland Hakkesteegt]] (oom) heeft toegezegd in het veiligheidsplan.
Gezin [[Van Dam-Boogaard]] teelt aardbeien in Brakel.
[[Jorien]] heeft een zelfmoordpoging gedaan op 02-11-2026.
[[jorien]] en haar moeder zijn daarna opgevangen bij Lievegoed.
de ex van moeder, [[Ricardo]], heeft haar bedreigd via Snapchat
Aanwezig: moeder, stiefvader [[Erwin]], de minderjarige, gezinsvoogd.
Beide ouders ([[Henk]] en [[Wilma]]) ontkennen de zorgen.
Het rapport van drs. [[Lieke Maas]] (orthopedagoog) wordt overgelegd als productie 4.
De minderjarige logeert in de weekenden bij [[Tamara]], een vriendin van moeder.
[[Ayoub]] is in Tiel opgepakt voor een winkeldiefstal.
oom [[mustafa]] brengt de kinderen naar school
"Mama huilt elke avond," zegt [[Luuk]].
Gezinssamenstelling: moeder, stiefvader, [[Ruben]] (2011), [[Milou]] (2014).
""".strip().split('\n')

BIRTHDATE = r"""
1.3 De minderjarige, geboren op [[14 maart 2012]] te Dordrecht, woont bij moeder.
| broer | D. | [[03-07-2009]] | woont thuis |
geb. [[2-11-2014]] te Zaltbommel
Jeugdige: N. ([[17-05-2013]])
De moeder (geboren [[12.08.1989]]) heeft een LVB.
Zus E. werd op [[9 januari 2016]] geboren in het Rivierenland Ziekenhuis.
Geboortedatum minderjarige: [[2011-10-28]]
GEBOREN [[21/06/2015]]
Vader (geb. [[5-4-1983]]) woont in Polen.
ROEMEENS PASPOORT VERMELDT GEBOORTEDATUM [[01.01.2010]]
de minderjarige, geb. [[30 sept. 2012]], hierna: de minderjarige
broertje (geb [[7-2-'18]]) gaat naar de peuterspeelzaal
Y. is geboren op [[4 oktober 2011]] in Tiel.
gebdat [[20130316]]
Moeder is geboren op [[23-12-1991]] en was 19 bij de geboorte.
verzoekschrift OTS t.a.v. S., geboren [[11 februari 2014]]
D.O.B. [[2012-06-09]] (zie leerlingdossier)
baby B. ([[18-10-2026]]) is na de geboorte naar de couveuse gegaan
""".strip().split('\n')

ID_NUMBER = r"""
Cliëntnummer Yulius: [[YU-2241873]]
patiëntnr. Rivierenland Ziekenhuis [[7730514]] (de minderjarige)
Dossiernummer Veilig Thuis Gelderland-Zuid: [[VTGZ-26-04418]]
leerlingnummer [[304917]] van de minderjarige op het Cambium College
BSN onbekend, wel V-nummer moeder: [[2873301945]]
paspoortnr. vader [[NXK4R81P2]]
Registratienummer Jeugdbescherming west gezin: [[JBW-118263]]
kenmerk dossier moeder bij Fien Wonen: [[FW/HUUR/55192]]
ID-kaart moeder (Pools): [[CEB 418227]]
cliëntnr GGZ Oost Brabant vader [[GOB0091234]]
Zorgdossier JBZ, patnr [[3.118.776]]
rekestnummer [[C/10/704512 / JE RK 26-1822]] (verzoek OTS de minderjarige)
Zaaknummer rechtbank: [[C/05/421877 JE RK 26/903]]
Kenmerk brief Raad inzake het gezin: [[RvdK 2026/HW/0175]]
""".strip().split('\n')

ADDRESS = r"""
Moeder woont met de kinderen aan de [[Molendijk 42]] in Strijen.
1.3 Adres minderjarige: [[Kerkstraat 7a]], Zaltbommel
vader verblijft op [[Burgemeester Hoogenboomlaan 113]] (Oud-Beijerland)
De boerderij ligt aan de [[Provincialeweg 18]] in Wamel.
| oma | [[Waalbandijk 230]] | Druten |
HUISBEZOEK OP [[DORPSSTRAAT 9-II]], MIJNSHEERENLAND
de pleeggrootouders wonen [[Maasdijk 61]] te Ammerzoden
Na de scheiding verhuisde vader naar de [[Westluidensestraat 4 bis]] in Tiel.
woonwagen staat op [[Zandweg 3 standplaats 12]]
Incident vond plaats in de woning [[Oostkade 17]].
adres ex-partner: [[Julianastraat 88]]
""".strip().split('\n')

POSTCODE = r"""
Moeder woont in [[3262 BK]] Oud-Beijerland.
postcode vader [[5301GH]]
| adres | (zie dossier) | [[4011 XJ]] Zoelen |
De woning van oma in [[3284 LT]] Zuid-Beijerland is klein.
pc [[5331 kr]] kerkdriel
GEZIN VERHUISD NAAR [[6657 AD]] BOVEN-LEEUWEN
Brief gestuurd naar [[3281RC]] Numansdorp, niet afgehaald.
de kinderen slapen bij tante in [[3295 BL]]
postadres moeder: [[4001 BZ]] Tiel
nieuw adres per 1-10: [[5321 JS]] Hedel
vader (Pools) staat ingeschreven op [[3291 AE]], bij de werkgever
""".strip().split('\n')

BSN = r"""
BSN minderjarige: {BSN:plain}
bsn moeder {BSN:dots}
| BSN | {BSN:plain} |
Burgerservicenummer vader: {BSN:spaces}
de minderjarige ({BSN:plain}) is ingeschreven in de BRP
BSN jeugdige {BSN:dash}
BSN broer: {BSN:plain8}
verzoekschrift vermeldt BSN {BSN:plain} van de minderjarige
BSN: {BSN:dots} (vader)
sofinr. moeder {BSN:plain}
bsn oudste kind {BSN:spaces}
""".strip().split('\n')

PHONE = r"""
Moeder is bereikbaar op [[06-38172945]].
tel vader [[+31 6 4419 2087]]
| oma | [[0186-617342]] |
mobiel stiefvader: [[06 21 88 37 40]]
VADER (POLEN) [[+48 601 338 412]]
de minderjarige belt zelf vanaf [[0612904473]]
Ouders bellen vanaf het nummer van de buurman, [[0418 - 673 551]].
oom in Roemenië: [[0040 722 418 006]]
tel. tante [[0344-628190]] (Tiel)
bereikbaar via whatsapp [[+316 19 84 22 07]]
nr moeder gewijzigd: [[(0487) 57 20 64]]
""".strip().split('\n')

EMAIL = r"""
Moeder mailt vanaf [[jacoba.verhoef1985@hotmail.com]].
e-mail vader: [[pawel.kow84@gmail.com]]
| mail ouders | [[fam.bassa@kpnmail.nl]] |
de minderjarige stuurt berichten via [[noah.v2013@outlook.com]]
reactie ontvangen van [[oma.jannie@ziggo.nl]]
E-MAIL MOEDER: [[OUARDA.B@LIVE.NL]]
correspondentie graag naar [[h.hoogendijk@zeelandnet.nl]]
vader gebruikt [[mihai_popescu_ro@yahoo.com]]
mail stiefvader [[erwin1979@planet.nl]]
""".strip().split('\n')

IBAN = r"""
Kinderbijslag wordt gestort op rekening {IBAN:NL:RABO:grouped} van vader.
IBAN moeder: {IBAN:NL:INGB:plain}
| rekening | {IBAN:NL:ABNA:grouped} |
vader stuurt geld naar {IBAN:PL:-:grouped}
betaling huur via {IBAN:NL:SNSB:plain} (moeder)
ROEMEENSE REKENING OPA: {IBAN:RO:-:plain}
alimentatie op {IBAN:NL:TRIO:grouped}
budgetbeheer: rekening jeugdige {IBAN:NL:BUNQ:lower}
terugbetaling toeslagen naar {IBAN:NL:ASNB:plain}
""".strip().split('\n')

URL = r"""
De minderjarige plaatst filmpjes op [[tiktok.com/@noahhhh_2013]].
facebook vader: [[https://www.facebook.com/pawel.kowalczyk.84]]
Instagram van moeder: [[instagram.com/ouarda_b88]]
de foto's staan op [[www.snapchat.com/add/yassine.tl]]
vader heeft een eigen site [[www.hoveniersbedrijfbassa-strijen.nl/over-gerrit]]
ex-partner dreigt op [[https://x.com/ricardo_hw]]
""".strip().split('\n')
