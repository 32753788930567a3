# Hand-written BLOCK lines for blind set 70. «…» marks a span. {BSN} / {IBAN:CC} are filled by gen_sentences.py.
NAME = """Hoi team, hierbij de kaart van het gezin, moeder «Ineke» wil eerst zelf met de wijkcoach praten. Groet,
oma «Trees» uit Wouw haalt de jongens op dinsdag uit school
Opa «Harrie» rijdt elke zaterdag met R. naar de manege in Nispen.
Tante «Mieke van Gils» is bereid om tijdelijk netwerkpleegouder te zijn.
Buurman «Driek» heeft de politie gebeld toen het geschreeuw niet ophield.
«Ruud Verhoeven» (stiefvader) weigert mee te werken aan het veiligheidsplan.
Casus 3 | «Bastiaens», Kalsdonk | Stand: VT-onderzoek loopt | Actiehouder: Veilig Thuis
mw. «Van Aert» (moeder) woont sinds de scheiding in Kalmthout
dhr. «Peeters» uit Essen is de biologische vader, hij heeft gezag
ik, «Wendy», heb de kinderen nooit geslagen, dat wil ik duidelijk zeggen
Verklaring ex-partner: "Ik ben «Marco» en ik heb sinds maart geen contact meer met mijn zoon."
Betrokkenen: moeder, vader «Gerrit Huijbregts», opa en oma van vaderskant
«tonnie» (oom) slaapt soms op de bank als hij ruzie heeft met zijn vriendin
De moeder van R. heet «Sjaan», ze wordt door iedereen Sjaantje genoemd.
Broer «Mart» (19) zit in detentie in Breda.
«KOSTERMANS» is als oom van vaderskant aanwezig geweest bij het netwerkberaad
VADER «ADRIE VAN OORSCHOT» HEEFT OP 12 OKTOBER GEDREIGD MET EEN MES
«Nelleke» (buurvrouw) vangt de kinderen op als moeder naar de GGZ moet
Oma «Door-Anne» heeft de meisjes in huis genomen.
«Dirkje Rommens» is de nieuwe partner van vader.
De woonwagenfamilie «Rosenbrand» staat op het kamp aan de rand van Roosendaal.
ome «Bartje» op het woonwagenkamp is de sleutelfiguur in de familie
Neef «Sjonnie Lambregts» heeft M. meegenomen naar een feest in Zegge.
«Marijke Akkermans-de Bruijn», moeder, heeft de kaart gelezen en is het er niet mee eens.
Moeder «Katarzyna» werkt in de kassen bij Sint Willebrord, dagdienst tot 17.00.
«Wojtek» (partner moeder) spreekt alleen Pools, tolk geregeld.
vader «Paweł Zieliński» is na de mishandeling teruggegaan naar Polen
«Agnieszka» zorgt voor de kinderen als moeder in de nachtploeg staat.
Oma «Bożena» komt in de zomer over uit Opole.
Moeder «Mihaela Ionescu» heeft haar verblijf aangemeld bij de gemeente Rucphen.
«Ionuț» (vader) werkt via een uitzendbureau in de glastuinbouw.
Broer «Florin» (17) past 's avonds op de kleintjes.
Volgens «Georgiana», de tante, wordt er in huis veel gedronken.
«Emre Şahin» is de vader van de tweeling, hij woont in Tolberg.
moeder «elif» durft niet naar de politie vanwege haar schoonfamilie
Oom «Yusuf Arslan» heeft de familie bijeengeroepen na het incident.
Schoonmoeder «Hacer» bepaalt veel in het gezin.
«Soufiane» (oudste broer) neemt de vaderrol over sinds vader in Marokko is.
Moeder «Hafsa Bouzian» wil dat de kinderen bij haar zus in Langdonk logeren.
«Nordin El Khattabi» is de ex-partner; hij heeft een contactverbod.
Oma «Zoubida» spreekt Tamazight, gesprek via tolk.
«Yassine» en «Ilias» (neven) zijn bij de vechtpartij betrokken geweest.
Vader, sergeant «Hendrikse», is gelegerd op vliegbasis Woensdrecht en vaak weg op missie.
«Kevin-Jan Pals», militair, vader van de kinderen, is drie maanden uitgezonden.
De partner van moeder, «Lars Timmers», werkt op de vliegbasis.
«Femke» (moeder) voelt zich alleen sinds haar man op uitzending is.
Mevrouw «Huijsmans» van het wijkteam belde dat moeder niet thuis was.
De gezinsvoogd, «Tessa Aarts», heeft het huisbezoek afgezegd.
Dhr. «Moerkens» (wijkagent) zag de kinderen om 23.00 uur nog buiten.
Huisarts «Verbunt» heeft blauwe plekken gezien bij het jongste kind.
«Jolanda» van Kober zegt dat de peuter vaak honger heeft als hij komt.
Bericht van «Petra Oomen» (Juvent): moeder zegt de behandeling op.
«Schellekens» van Stadlander dreigt met ontruiming vanwege overlast.
Oom «Kees» brengt de meisjes naar school in Oudenbosch.
De meisjes logeren bij «Ria» en «Leo», de grootouders van moederskant.
Moeder «Annemie» kwam huilend op het consultatiebureau.
Vader «Theo de Jong» staat niet op de geboorteakte van D.
«Hanneke Vromans», pleegmoeder, merkt dat J. 's nachts bedplast.
«Wim» (opa) heeft dementie en kan niet meer oppassen.
Moeder heet «Anja» en de vriend heet «Rick».
«rinus» is de broer van vader, hij is gewelddadig als hij gedronken heeft
Het gaat om het gezin «Mathijssen» in Fort-Zeekant.
Gezinsnaam: «Van den Heuvel-Suijkerbuijk»
Tijdlijn: 03-09 «Noor» (zus) belt 112 na ruzie ouders.
Oma «Mien Jacobs» woont in Stampersgat.
«Ties»' moeder is opgenomen bij GGZ WNB.
«Luuk»s vader slaat met de deur.
«Ger», de vriend van oma, komt dagelijks over de vloer.
Vriendin «Chantal» van moeder heeft de baby een nacht opgevangen.
"Ik, «Robin Dekkers», verklaar dat ik de kinderen op 14 november niet heb opgehaald omdat «Sandra» dat niet wilde."
Verklaring vader: ik heb «Jessica» nooit geslagen, zij gooide als eerste
Melding buurvrouw «Van Dorst»: baby huilt al uren.
Stiefbroer «Dewi» (16) heeft sexting-foto's van M. verspreid.
«Joey» heeft M. bedreigd via Snapchat.
De vader van J., «Rachid», is onbekend verblijfplaats.
ex «Giovanni» heeft nog een sleutel van het huis
«Van Loon» (opa) heeft een wapenvergunning.
De Belgische grootouders «Wouters» in Wuustwezel willen de kinderen opvangen.
Moeder «Sofie Janssens» schrijft de kinderen in op een school in Kalmthout.
«Jef» (vader) pendelt tussen Essen en Roosendaal.
gesprek met «lotte» (tante) op 20/11: zij ziet veel drank in huis
Actiehouder: Jeugdbescherming | Betrokkenen: moeder «Kim», vader «Dennis»
«LAMBRECHTS» | vader | woont in Ossendrecht | gezag: ja
Zus «Lieke» van moeder is de contactpersoon bij crisis.
«A.C.M. Geers» is de grootvader van moederskant.
Moeder heeft een nieuwe vriend, «Ronnie», sinds de zomer.
«Stefanie Roelands» (ex van vader) meldt dat hij haar stalkt.
Kinderopvang meldt dat «Ayla» vaak met natte kleren komt.
«Meryem» (zus, 20) wil de voogdij over haar broertje.
Nicht «Iulia» heeft het meisje naar Roemenië meegenomen.
«Cristian Dumitru» is vader; verblijft in Schijf bij een vriend.
Grootmoeder «Stanisława» woont in bij het gezin.
De familie «Van Hooijdonk» in Hoeven staat borg voor het huis.
«Tjeu» (opa) zorgt voor de dieren op de boerderij in Achtmaal.
Pleegvader «Frans Buijs» vindt dat de omgang met moeder moet stoppen.
«Margreet» (peettante) is bereid om in het netwerkplan te staan.
De buurjongen «Sem» is een vriendje van J. en komt vaak spelen.
Verklaring van «Kelly», ex-partner van vader: ik ben vanaf 2024 bang voor hem.
Op het kamp zegt «Tinus Bosman» dat hij voor zijn kleinkinderen zorgt.
«Esra» (moeder) heeft een vrouwenopvang in Breda aangevraagd.
""".strip().split('\n')

BIRTHDATE = """J. is geboren op «14-03-2013» in het Bravis ziekenhuis.
Jeugdige: R. («02-11-2012»)
geb. «7 juni 2014», Roosendaal
Geboortedatum broertje: «2016-08-21»
moeder geb «19.04.1990»
Jongste (geb. «12/01/2021») gaat naar Kober.
D.o.b. oudste: «30 sept. 2011»
M. werd op «5 mei 2015» geboren, vader was toen gedetineerd.
GEBOREN «24-12-2019» TE BERGEN OP ZOOM
Baby geboren «03-10-2026», 2 weken te vroeg.
Tweeling (geb. «11-7-2017») zit in groep 5.
vader, geb. «1 aug '88», Essen (B)
Gebdat. zus: «20090614»
| Jeugdige | K. | «28-02-2014» |
Geboortedatum jongste: «17.III.2016»
L. is op «9 januari 2018» geboren, na een moeilijke zwangerschap.
Stiefbroer (geb. «22 feb. 2010») woont deels in.
broertje werd geboren op «31-5-'20» in Oudenbosch
""".strip().split('\n')

ID_NUMBER = """Cliëntnummer Juvent: «JV-204417»
dossiernr VT «VT-WB-2026-88314»
patnr. Bravis «6610293»
Zaaknummer RvdK «2026/04411/BRE»
Moeder heeft een BE-rijksregisternummer: «90.04.19-286.43»
Paspoortnummer vader «NW7KP3R21»
leerlingnummer Mollerlyceum «LL118204»
Kenmerk Stadlander (huurachterstand): «ST-HA-55172»
Pools identiteitsbewijs van moeder: «CBZ 418207»
V-nummer moeder «5207731894»
cliënt-ID Amarant «AM0098234»
dossier «JBB-2026-1187» (Jeugdbescherming)
Registratienummer politie «PL2000-2026219934»
Het zorgverzekeringsnummer van R. is «184420963».
""".strip().split('\n')

ADDRESS = """Moeder woont nu op de «Kalsdonksestraat 117» in Roosendaal.
Adres vader: «Wouwsestraatweg 88a», Bergen op Zoom
oma woont «Zandstraat 14-B», Ossendrecht
De woning aan de «Nieuwe Markt 3» is ontruimd.
Tijdelijk verblijf: «Kade 22 bis», Willemstad
GEZIN WOONT «MOLENSTRAAT 41», STEENBERGEN
vader slaapt bij zijn broer op «Kapelstraat 9», Oud Gastel
Politie is ter plaatse geweest aan de «Hoogstraat 201» in Bergen op Zoom.
Woonwagenstandplaats «Vrouwenhof 12», Roosendaal
Nieuw adres (Stadlander): «Bernadettestraat 6 hs», Halsteren
vriendin van moeder, «Dorpsstraat 77», Kruisland
""".strip().split('\n')

POSTCODE = """Moeder is verhuisd naar «4707 AS» Roosendaal.
Postcode oma: «4631NT»
pc vader «4731 cb» Oudenbosch
Gezin staat ingeschreven op «4711 GH».
Nieuwe woning in Welberg, «4651 XK».
| Postcode | «4881 EM» |
vader woont in 4883 (Wernhout), precies «4883 KW»
retouradres: postbus? nee, gewoon «4614 RD» Bergen op Zoom
POSTCODE MOEDER «4761 BN»
Tante in Klundert, «4791AP».
De jongen is gezien bij zijn oom in «4635 RM».
""".strip().split('\n')

BSN = """BSN jeugdige: «{BSN}»
bsn moeder «{BSN.}»
Burgerservicenummer vader: «{BSN }»
R. heeft als BSN «{BSN-}»
BSN «{BSN8}» (oude inschrijving, 8 cijfers)
| BSN | «{BSN}» |
Het BSN van de baby is al aangevraagd: «{BSN}».
sofinr/bsn opa «{BSN.}»
BSN: «{BSN }» (broertje)
Zie BSN «{BSN}» in het Jeugdzorgdossier.
BSN ZUS «{BSN}»
""".strip().split('\n')

PHONE = """Moeder is bereikbaar op «06-28193746».
Tel. vader: «+31 6 47 20 91 38»
oma «0164-238817»
Bel opa liever op de vaste lijn: «(0165) 542 119».
Nummer tante in Kalmthout: «+32 3 666 14 27»
Belgisch gsm-nummer vader «+32 478 21 90 63»
Moeder (Pools nummer) «+48 512 408 337»
telefoon vriend van moeder «0031 6 1902 4583»
bereikbaar na 18 uur op «0167 561 204»
TEL STIEFVADER «0619284730»
Buurvrouw heeft «076-5965218» doorgegeven als noodnummer.
""".strip().split('\n')

EMAIL = """Moeder mailt vanaf «ineke.vangils74@hotmail.com».
mail vader: «sjonnie_lambregts@live.nl»
Ex-partner stuurde dreigmails vanaf «bosjes.marco@gmail.com».
Stuur de uitnodiging naar «fam.huijbregts@kpnmail.nl».
E-mail oma: «trees.wouw@ziggo.nl»
«k.zielinska1991@wp.pl» is het mailadres van moeder.
Tante (België) is te bereiken via «sofie.janssens@telenet.be».
mailadres M.: «mx.gamer.boz@outlook.com»
contact vader via «emre.sahin.rsd@gmail.com»
""".strip().split('\n')

IBAN = """Kinderbijslag wordt gestort op «{IBAN:NL:RABO:s}».
IBAN moeder: «{IBAN:NL:INGB:c}»
Rekening vader «{IBAN:NL:ABNA:s}» staat rood.
Belgische rekening opa: «{IBAN:BE:s}»
Moeder stuurt geld naar Polen, rekening «{IBAN:PL:s}».
IBAN «{IBAN:RO:c}» (vader, Roemeense bank)
Bewindvoerder beheert «{IBAN:NL:SNSB:c}».
huur wordt afgeschreven van «{IBAN:NL:ASNB:l}»
| IBAN | «{IBAN:NL:TRIO:s}» |
""".strip().split('\n')

URL = """TikTok van M.: «https://www.tiktok.com/@mila.boz.2011»
Vader zet foto's van de kinderen op «facebook.com/ruud.verhoeven.5678»
Instagram oudste: «instagram.com/soufiane_rsd04»
De ex heeft een filmpje op «https://www.youtube.com/@MarcoBosjes» gezet.
Snapchat van stiefbroer: «snapchat.com/add/dewi.xo16»
website moeder (nagelstudio): «www.nailsbyineke.nl/over-mij»
""".strip().split('\n')
