# Hand-written BLOCK lines for blind35. «...» marks a span. {BSN:style} / {IBAN:bank:style} are filled by gen_sentences.py.
NAME = r"""
Aanwezig MDO: moeder «Senait», wijkcoach Ede, jeugdarts GGD, leerkracht groep 6.
actie: HvdB belt oma «Trees» over opvang in het weekend.
Fam. «Tuanakotta» heeft de afspraak op 12-10 afgezegd.
ag.pt. 3: terugkoppeling gesprek met vader «Yonas» over omgangsregeling.
Besluit: «Gerritsen» (buurman) niet meer als netwerkpersoon inzetten.
oom «Wahidullah» tolkt soms, dat is niet wenselijk.
MDO 14-10: aanwezig o.a. «Hodan Warsame» (moeder) en tolk Somalisch.
Broer «Filmon» (19) slaapt op de bank en gebruikt.
«JANSSEN, RICARDO» – stiefvader, geen gezag
vader «Hüseyin Arslan» ontkent alles
Tante «Nona» uit Tiel is het veiligste adres in het netwerk.
| Oom | «Dominggus Latuheru» | 1979 | woont in Culemborg |
mw. «Lopes Fortes» (moeder) heeft excuses gemaakt.
«Djuzé» is de nieuwe vriend van moeder en verblijft vaak in huis.
Vriendin van moeder, «Kimberley», past soms op.
«Zarghona»'s zus wil de kinderen tijdelijk opvangen.
opa «henk» brengt J. naar school
De heer «Wieggers» (buurman) hoorde om 02.00 u geschreeuw.
«Abdirahman» belde de school en was dreigend naar de IB'er.
Moeder is in 2025 gescheiden van «Bashar Alkhatib».
«Merel» (halfzus, 16) woont bij haar vader in Zevenaar.
fam «hendriks» weigert huisbezoek
overleg met «Gerdien» (oma mz) over logeren
«E. Tesfamariam» is volgens de school de oudere neef.
«Rasha» zegt dat haar man de telefoon afpakt.
Wijkagent hoorde van «Ramiz Osmani» dat er een mes in huis is.
Actie LvE: gesprek met «Adilson» (vader) plannen ivm omgang.
«Thijssen» (ex van moeder) stuurt nog steeds berichten.
De kinderen noemen hem ome «Bertus», hij is geen familie. 
«Zeynep» (zus van vader) spreekt goed Nederlands en kan ondersteunen.
Moeders nieuwe partner heet «Kibrom».
«AHMADZAI» – vader – verblijft in AZC Zeist, geen contact.
Stiefmoeder «Noortje van Beek» zet de kinderen onder druk.
«Sahetapy» (opa) is de enige die vader kan kalmeren.
J. logeert bij oma «Dirkje Arends» in Lunteren.
«Elisângela» is zwanger van het derde kind.
Vader «Oğuz» werkt in ploegendienst bij het distributiecentrum.
Besproken met mevr. «Roelofsen» (pleegmoeder).
«Femmy» (tante vz) wil niet dat haar naam genoemd wordt, dus bij deze.
moeder belt dagelijks met haar broer «Xamse» in Birmingham
Actiepunt: «Hermsen» (buurvrouw) vragen wat ze precies gezien heeft.
dhr. «Van Heumen», de opa van moederskant, woont sinds kort in Malden.
«Peters» heeft de kinderen opgehaald zonder toestemming.
Broertje «Teun» kwam met een blauwe plek op zijn arm op school.
«Faadumo Jama» (oma) woont in Londen en komt twee keer per jaar.
de vriend van moeder (mw. noemt hem «Ricky») heeft een straatverbod gehad.
In de groepsapp schreef «Büşra» dat ze niet meer naar huis wilde.
Gesprek met vader en zijn broer «Farid Rahimi» op het wijkteamkantoor.
«Lakatos» (fam.) trekt in de zomer rond, kinderen missen dan school.
zus «hiba» (14) heeft een eigen kamer
Moeder «Zomer» wil niet dat de kinderen bij vader slapen.
Vader «Mebrahtu» heeft nog familie in Asmara.
Stiefzoon «Nilton» (20) is gedetineerd in PI Arnhem.
oma «Riet Derksen» is bereid om te helpen bij het veiligheidsplan
Volgens «Willemsen» van het wijkteam is er niets aan de hand. 
De jeugdverpleegkundige, mevrouw «Brouwer», zag de baby op 3-11.
Gezinsvoogd «Okke Ruiterkamp» heeft de OTS-rapportage nog niet klaar.
«Bajram» is de oom die de jongens meeneemt naar de markt.
Tekst in het schrift: "papa «Emre» is boos".
Familie «Polat» heeft geen contact meer met de kerkgemeenschap.
«Mahbooba» (moeder) spreekt alleen Dari.
ACTIE: LvD vraagt «VERBEEK» (opa vz) om verklaring.
Moeders vriendin «Jolanda Valk» heeft de melding gedaan.
«Tesfay»'s moeder heeft de kinderen mee naar Duitsland genomen.
Aanwezig: moeder, vader, «Wim» (opa) en de gezinscoach.
Het gezin «Semedo-Monteiro» woont sinds 2024 in de wijk.
«Ubah» (zus, 17) zorgt 's avonds voor de kleintjes.
neef «Dzevat» neemt D. mee in de auto zonder gordel
Oom «Yopie Wattimena» kwam dronken op het verjaardagsfeest.
«Hennie» (buurvrouw) heeft een sleutel van het huis.
De ex van vader, «Esmee Brinkhorst», heeft een klacht ingediend.
J. zegt: "ik wil naar oma «Fien»".
«Senada Mehmedović» (moeder) heeft geen verblijfsvergunning meer.
NB «Güneş» is de achternaam van de stiefvader, niet van moeder.
«A.M. van Wageningen» (grootvader) staat als contactpersoon bij school.
Vader «Gijs» heeft een LVB en krijgt begeleiding.
«ELIF» heeft volgens de mentor al twee weken niet gegeten op school.
Stiefvader («Marco») mag niet alleen zijn met de kinderen.
Buurjongen «Lucas van de Pol» zou foto's verspreid hebben.
Zus van moeder («Abrehet») komt uit Eritrea over in december.
Tolk kon niet, daarom vertaalde nicht «Mahsa».
«Manuhutu» (oom) is voorganger in de kerk en wil bemiddelen.
Bij de overdracht aan «Koç» (nieuwe casemanager) is niets vergeten.
mw «tavares» is niet op het gesprek verschenen
Oma «Hendrika van Ginkel» woont naast het gezin.
Vader heeft een nieuw gezin met «Shirin».
«Pattipeilohy», de oom, werkt als beveiliger in Arnhem.
dictaat: ...en toen zei «bram» dat hij bang was voor papa, punt.
De oudste, «Yonatan», is 18 en vertrokken naar Rotterdam.
Buurman «R. Hendriksen» heeft vaker de politie gebeld.
«Stojka»: moeder wil niet dat deze naam op de kaart komt.
Vriend van vader («Orhan») levert volgens moeder drugs.
Jeugdige vertelt over ome «Kees» die 'rare spelletjes' doet.
Moeder is bevriend met «Anouk Tijssen», die ook kinderen heeft in groep 3.
«Lente» (2 jr) heeft achterstand in spraak.
De stiefopa «Jan-Willem Hoogkamp» is ook bij het MDO uitgenodigd.
Oma «Ayan» woont in Eastleigh, Nairobi.
Contactpersoon netwerk: «Gert-Jan» (zwager).
«Rahimi» is de achternaam van beide ouders.
NB: tante «Sophietje» is de enige die vader aan de lijn krijgt.
"""
BIRTHDATE = r"""
J. (geb. «14-06-2013») zit in groep 8 van de Wijchense basisschool.
geboortedatum moeder: «3 juli 1991»
Baby is geboren op «2026-08-19» in Rijnstate, 34 weken.
S. («09/02/2012») – Stem van de jeugdige volgt.
| broer | K. | «17.11.2015» | thuiswonend |
DOB vader «22-01-'88»
Vader werd op «4 maart 1985» in Kabul geboren.
M. is geboren «19 okt. 2014» te Nijmegen
gebdat jeugdige «05-12-2010»
Jeugdige: A. («30-04-2011»)
oma (geb «1-9-1956») is mantelzorger
Zusje L. is van «20160711».
GEBOREN «12 MEI 2009» TE ASMARA
geb.datum «7/3/2018» (zoon)
Moeder, geboren «28-2-1994», was zelf uit huis geplaatst.
d.o.b. «2013-10-02», zie ook kaart van de zus
Zoontje werd op «elf februari 2020» geboren, prematuur.
R. «13-8-12» woont bij vader
"""
ID_NUMBER = r"""
Cliëntnummer Pro Persona moeder: «PP-2209174»
patiëntnr Radboudumc «7741093» (jeugdige)
Zaaknr. politie «PL0600-2026318842» betreft aangifte moeder.
VT-dossier «VTGM-26-04417» (eerdere melding)
Leerlingnummer «118340927» staat op het verzuimformulier.
vader heeft V-nummer «3104882917»
ID-kaart moeder «IRK83PL61»
kenmerk JBG «JBG/2026/11842» – dossier broer
nummer «52210448» is het cliëntnummer bij Siza
Paspoort oom: «NW4F8K2L7»
dossiernummer Karakter «K-774120» van de zoon
registratienr. Entrea Lindenhout «EL-20266131»
Zorgpasnummer van moeder: «80528160211»
CJIB «2026000784412503» (boete vader)
"""
ADDRESS = r"""
Vader woont op «Rosendaalseweg 411» in Arnhem.
Moeder is verhuisd naar «Hatertseweg 88-2».
Oma woont «Van Nispenstraat 19a», Velp.
huisbezoek «Stationsweg 7 bis», Bennekom
| adres vader | «Klarendalseweg 302 II» |
Opvang bij tante op «Graafseweg 156».
DE KINDEREN VERBLIJVEN NU OP «SINT ANNASTRAAT 214».
stiefvader staat ingeschreven op «Dorpsstraat 3-B» (Lunteren)
Melding vanaf «Hoogstraat 62», Wageningen.
Zus van moeder: «Beukenlaan 12 hs», Malden
Vader slaapt bij een vriend, «Molenstraat 41», Rhenen.
"""
POSTCODE = r"""
Postcode oma: «6814 HJ»
Nieuwe woning moeder in «6531EB» Nijmegen.
pc vader «6602 bk» Wijchen
| postcode | «6711 LM» |
Adres onbekend, alleen postcode «6871 AZ» (Renkum).
moeder noemt «6562 TR» als haar nieuwe postcode
Post van vader gaat naar «6901CV».
Het gezin woont in «6671 GE» Zetten, bij de dijk.
POSTCODE TANTE «3905 HK»
opa woont in postcodegebied «6851 RW»
Inschrijving BRP op «3771AT» Barneveld.
"""
BSN = r"""
BSN jeugdige «{BSN:plain}»
bsn moeder: «{BSN:dots}»
Vader (BSN «{BSN:spaces}») staat niet ingeschreven in Nijmegen.
| BSN | «{BSN:plain}» |
burgerservicenummer zoon «{BSN:dash}»
«{BSN:plain}» is het BSN van de baby.
BSN broer «{BSN:8}» (oude inschrijving)
SoFi/BSN oma: «{BSN:spaces}»
bsn: «{BSN:dots}» (jeugdige, staat ook op de verwijzing)
De zus heeft BSN «{BSN:plain}» volgens de BRP.
BSN VADER «{BSN:plain}»
"""
PHONE = r"""
Moeder is bereikbaar op «06-38174502».
tel vader «+31 6 21940783»
Oma: «0318-642719» (Ede)
bel tante op «06 4819 2207» als moeder niet opneemt
| tel | «024-3558190» |
Nieuw nummer vader: «+316 52089314»
Stiefvader belt vanaf «0031 6 17403958».
Buurvrouw: «(026) 442 8193»
Oom in Veenendaal: «0318 55 91 40»
Jeugdige heeft een eigen telefoon: «0642097715».
WhatsApp moeder «06-1955 2384»
"""
EMAIL = r"""
Mail moeder: «senait.t1990@gmail.com»
vader mailt vanaf «hodanbeek77@hotmail.com»
E-mailadres oma «r.derksen-lunteren@kpnmail.nl»
| e-mail | «yonas.mebrahtu@outlook.com» |
Jeugdige stuurde een mail vanaf «xx.elif.2011xx@icloud.com».
Stiefvader: «marco_vd_pol@live.nl»
Contact via de zus: «zeynep.arslan88@gmail.com»
moeder heeft nieuw mailadres «farah.faadumo@yahoo.com»
Brieven graag naar «fam.tuanakotta@ziggo.nl»
"""
IBAN = r"""
Rekening moeder: «{IBAN:RABO:grouped}»
Huur wordt betaald van «{IBAN:INGB:compact}» (vader).
Kinderbijslag op rekening «{IBAN:ABNA:grouped}».
| IBAN | «{IBAN:SNSB:compact}» |
vader stort alimentatie vanaf «{IBAN:TRIO:grouped}»
Toeslagen gaan naar «{IBAN:KNAB:lower}» van de oma.
IBAN stiefvader «{IBAN:BUNQ:compact}»
De schuld wordt afgelost via «{IBAN:RBRB:grouped}».
Moeder heeft nog een rekening in België: «{IBAN:BE:grouped}»
"""
URL = r"""
TikTok jeugdige: «https://www.tiktok.com/@elif.arslan.2011»
Vader plaatst filmpjes op «https://www.youtube.com/@ramizosmani_official»
Instagram moeder «instagram.com/senait_tesfay_»
Facebook oom: «https://www.facebook.com/dominggus.latuheru.5»
Snapchat zus: «snapchat.com/add/hiba.alkh»
Stiefvader heeft een site: «www.marcovandepol-klusbedrijf.nl/over-mij»
"""
