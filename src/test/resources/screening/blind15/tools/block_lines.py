# Hand-written BLOCK lines. «…» marks a span. {BSN_x}/{IBAN_x} are filled by gen_sentences.py.
NAME = r"""
Moeder «Zarghuna» heeft de afspraak bij de huisarts in Emmen twee keer afgezegd.
gesprek met vader «Mohammad Nabi Sultani» op de locatie, tolk Dari via telefoon aanwezig
Oom «Habibullah» belt dagelijks vanuit Kabul en zet moeder onder druk om terug te komen.
de jongens slapen bij neef «Farid» in Assen als het thuis escaleert
GEZIN «AHMADZAI» IS OP 3-11 VERHUISD NAAR EEN WONING IN KOLHAM
Gezinssamenstelling | moeder «Hodan Warsame» | alleenstaand, 4 kinderen
Volgens «Abdirahman» is vader al maanden niet meer thuis geweest.
Tante «Ubah» haalt de meisjes op vrijdag op van school, verder geen netwerk.
Gesproken met mw. «Jama» over de zorgen rond meisjesbesnijdenis bij de zomerreis.
«Faadumo»'s oudste zoon woont in Zaandam en komt af en toe langs.
Moeder «Olena Kovalenko» werkt in ploegendienst in de kassen bij Dronten.
oma «halyna» spreekt geen nederlands, communicatie loopt via google translate
Vader «Taras» zit nog in Oekraïne en belt 's avonds via WhatsApp.
Het gastgezin, mevrouw «Hrytsenko» en haar dochter, wil de opvang per 1 december stoppen.
«Bohdan» is vorige week 2 nachten weggelopen uit de opvang in Hoorn.
Moeder «Li Xiuying» runt een afhaalrestaurant in Hoogezand en werkt tot middernacht.
Vader dhr. «Chen» ontkent dat hij met een bamboestok heeft geslagen.
«Wang Jun» (oom) bemoeit zich volgens moeder met alles wat de kinderen doen.
Opa «Boelie» (Indisch, kamp overleefd) woont in bij het gezin in Almere Haven.
Moeder «Nguyễn Thị Lan» spreekt beperkt Nederlands, dochter tolkt vaak.
«Tran Van Minh» wordt genoemd als eigenaar van de nagelstudio waar moeder zwart werkt.
moeder «hoa» is sinds de scheiding somber en komt bed niet uit
Vader «Kwame Mensah» is op 10 november aangehouden na een melding van de buren.
Tante «Akosua» past door de week op de tweeling.
Gesprek gevoerd met dhr. «Owusu-Ansah» na de dienst in de pinkstergemeente in Almere.
moeder «Chiamaka Okafor» wil met de kinderen terug naar Lagos
De oudste broer «Emeka» rijdt de kleintjes naar school zonder rijbewijs.
Uncle «Babatunde» stuurt geld maar bemoeit zich niet met de opvoeding.
mw. «Adeyemi» heeft zelf de school gemaild over het pesten
Opa «Geert Huizinga» heeft een jachtgeweer in de schuur liggen, niet achter slot.
moeder «Grietje» is weer bij de ex ingetrokken, tegen het advies in
Tante «Harmke» wil de kinderen tijdelijk opvangen in Zuidbroek.
Vader «Hindrik Kuipers» weigert de jeugdbeschermer binnen te laten.
«Eltjo» (stiefvader) was aanwezig bij het huisbezoek en voerde het woord.
oma «jantje» zegt dat ze het niet meer trekt met de kinderen van «anita»
Fam. «Dijkhuis» uit Stadskanaal heeft zich als netwerk gemeld.
Gesproken met «Bolhuis», de buurman die de politie heeft gebeld.
Volgens «Wubbolts» (opa vaderszijde) is er niks aan de hand.
DHR. «ZWIERS» WIL DAT ALLE POST OVER DE KINDEREN NAAR ZIJN ADRES GAAT
Father «James Whitfield» works offshore out of Den Helder, two weeks on, two weeks off.
Mum «Charlotte» says the kids are fine and that school is overreacting.
Doorgestuurd bericht van mrs. «Pemberton»: "I have never hit my children."
Stiefvader «Ruud v/d Wal» heeft sinds oktober een contactverbod.
Moeder woont sinds kort bij «Van der Veen» in Hoogeveen.
oom «Albert ter Heide» is bereid om vader te begeleiden naar de verslavingszorg
Buurman «Jelle 't Hooft» hoort bijna elke nacht geschreeuw.
Het gesprek met de heer «Van 't Veer» is niet doorgegaan.
Pleegmoeder mevrouw «Kuiper-Oosting» merkt dat de jongste weer in bed plast.
moeder voert sinds 2019 de naam «Sultani-Rahimi»
Het conflict met «Kroon» gaat over een drugsschuld van ruim 4000 euro.
«Merel» (halfzus, 17) past vaak op en draagt te veel verantwoordelijkheid.
De oudste, «Linde», wil bij vader in Lelystad wonen.
«Zwaan» (vriend van moeder) zou vanuit de woning drugs verkopen.
De vader van «Iris» is onbekend bij de gemeente.
Oom «Wim Hoogeveen» woont in Assen en heeft een goede band met de jongens.
fam. «Van Winschoten» heeft aangegeven de kinderen in het weekend te kunnen opvangen
Melder: «J.H. Oosterhuis» (buurvrouw)
Aangifte gedaan door «R. Hamidi» tegen zijn ex-partner.
Vader (volgens inschrijving «K.O. Asante») is niet bereikbaar.
Zorgen gedeeld door «G.H.J. Scholte» van de voetbalvereniging (vrijwilliger, geen professional).
«Kwabena»'s moeder heeft geen verblijfsvergunning meer.
de juf zag blauwe plekken bij «Dawit»s zusje
«Shirin»s oom heeft het meisje na school opgewacht.
opa «jakob» kan niet meer op de kinderen passen vanwege zijn hart
tante «fatuma» is de enige die moeder vertrouwt
ome «bertus» komt elke zondag en drinkt dan met vader
opoe «aaltje» is in oktober overleden, sindsdien gaat het bergafwaarts
GESPREK MET «HAMIDULLAH NOORI» OVER HET VERBLIJF VAN DE JONGENS
Stiefvader «OKONKWO» ontkent alle incidenten.
ouder 2: «IVANENKO, MARIA»
Vader «Zhang Wei» werkt in Groningen en ziet de kinderen om het weekend.
«Liu Yang» (moeders vriendin) haalt de kinderen op bij de bso.
Moeder «Pham Thi Thu» heeft een schuld bij de eigenaar van de salon.
Stiefvader «Tesfay» slaapt sinds de ruzie op de bank bij zijn broer.
Oom «Rami Haddad» heeft de jongen meegenomen naar Duitsland zonder toestemming.
Vriend van moeder, «Krzysztof Nowicki», werkt bij de distributiecentra in Zaandam.
Gesprek met «Emre Şahin» (vader) bij de wijkagent op het bureau.
Tante «Roshni Jagesar» in Purmerend is beschikbaar als noodopvang.
Moeder «Yevheniia» wil geen contact met de vader in Kyiv.
«Shurandy» (neef, 19) zou de jongste hebben meegenomen naar een feest.
Oma «Jildou» in Drachten wil de kinderen graag zien maar moeder houdt dat tegen.
The kids stay with «Oliver» (mum's partner) on Wednesdays.
Vader «Abdul Wahid Karimi» is door het COA overgeplaatst naar een andere locatie.
Buurvrouw «Saskia Dekker» heeft foto's gemaakt van het gezin op het balkon.
moeder woont nu bij haar broer «Ahmad» in Den Helder
ook «Leilani» (dochter van stiefvader) woont deels in het gezin
Er is contact geweest met «Tiemens», de vader van de twee oudsten.
vlgs «hendrikus» (opa) drinkt vader elke dag
Beide ouders, «Yusuf» en «Asha», zijn op het gesprek gekomen.
Moeder heeft contact met «Mustafa Hotak» verbroken na het incident.
Tante «Dieuwke Veldman» woont naast de school in Emmen.
«ABENA» (MOEDER) WIL NIET DAT DE KINDEREN GEHOORD WORDEN
Stiefmoeder «Ingrid Wolters-Hadders» zet de jongen 's avonds de deur uit.
Oma «Thi Mai» woont in en kookt voor het gezin.
Volgens de school komt «Kateryna» vaak te laat en zonder ontbijt.
Moeder en haar zus «Fatemeh» zijn samen gevlucht via Turkije.
Onduidelijk wie er inwoont: mogelijk «Sadiq» en een neef.
Reactie op concept: mw. «Tjoa» (oma, Indisch) is het niet eens met de tekst.
Ook «Ifeoma» en «Chidi» zijn bij het gesprek aanwezig geweest.
«Mirjam Lutje Schipholt» (tante) wil als steunfiguur optreden.
"""

BIRTHDATE = r"""
Jeugdige: A. (geb. «14-07-2012»)
geboren op «3 okt 2015» in het Martini Ziekenhuis
Geboortedatum | «2013/05/21»
DOB «11/02/2014» (as stated on the UK passport)
In the forwarded mail: "Our son was born on «4th of March 2016» in Manchester."
geb.dat. «29.02.2016»
Jongste kind ° «12-8-2010» (Belgische schrijfwijze in het dossier van de school)
zoon *«17-03-2011» in Groningen
Jeugdige(n): S. («21-06-2014»)
oudste dochter geb. «1 december '09», dus net 17
gebdatum «05062017»
Leeftijd 9 (geb. «2017-01-30»)
GEBOREN: «19 SEPTEMBER 2012» TE KABUL
geb «8/9/15»
De baby is op «2 november 2026» geboren in het UMCG, 3 weken te vroeg.
geb.: «07 jan. 2016»
zoontje geb. d.d. «23-11-2008», nu bijna volwassen
Oudste dochter volgens het paspoort geboren «01.01.2011» (standaarddatum, echte datum onbekend)
"""

ID_NUMBER = r"""
V-nummer moeder: «2761538140»
vreemdelingennummer «2918 443 706» staat op de brief van het COA
IND-zaaknummer «1612-2026-4471823» (asielaanvraag vader)
Oekraïens paspoort van moeder: «FE 418276»
ID-kaartnr. «IRG8K27L4» (vader)
patiëntnr. UMCG «3382915»
«0047719» is het HIS-nummer van de jongste bij de huisartsenpraktijk
Leerlingnummer in ParnasSys: «LL-2014-0738»
Cliëntnr. WSS «C-885102»
dossiernummer Veilig Thuis Drenthe «VTD-26-01873»
pv-nummer «PL0100-2026341178» (aangifte mishandeling)
NHS number «943 476 5912» of the eldest, from the GP letter
verzekerdennummer Menzis «183746522» van moeder
BSN-kaart niet gevonden, wel W-document nr. «W73K91205»
"""

ADDRESS = r"""
Moeder is verhuisd naar de «Korreweg 112-a» in Groningen.
adres vader: «Noorderdiep 271» Nieuw-Buinen
Het incident was in de woning aan de «Botter 44-12» in Lelystad.
Woont bij oma, «Sumatraweg 18», Almere
HUISBEZOEK «GROTE NOORD 9-B» HOORN
Vader verblijft tijdelijk «Rosmolenstraat 5 zw» in Zaandam
Adres | «Javastraat 22 I» | Den Helder
sinds juni wonen ze aan de «Statenweg 128» in Emmen
De kinderen zijn opgehaald op «Peizerweg 99 B».
postadres moeder: «Hoofdstraat-West 40» in Zuidlaren
Opvang bij tante op de «Kerkstraat 7A» te Westerbork
"""

POSTCODE = r"""
postcode «9741 ER» klopt niet meer, gezin is verhuisd
Nieuwe postcode vader: «9401AB»
Woonachtig in «7811 KL» Emmen
pc «1315xz» (Almere Centrum) volgens de BRP
Adresgegevens | «8232 JK» Lelystad
Moeder heeft een postbus aangevraagd, post gaat naar «1503 GM»
De buurt rond «1781ZX» is bekend bij de wijkagent als het adres van vader.
«1621 HB» Hoorn (oude adres van oma)
retour afzender: «9363 TB»
woont in «7741 LE» Coevorden bij zijn vriendin
POSTCODE: «9671 PX»
"""

BSN = r"""
bsn {BSN_plain} (moeder)
BSN jongste: {BSN_dots}
Het burgerservicenummer van vader is {BSN_spaces}.
BSN | {BSN_dash}
Zoon staat ingeschreven onder {BSN_plain}.
bsn oudste {BSN_eight}
BSN-nummer oma (machtiging): {BSN_plain}
Kunnen jullie {BSN_dots} koppelen aan het dossier?
burgerservicenr. {BSN_plain}, volgens de brief van de SVB
BSN: {BSN_spaces} (stiefvader)
Sofinummer/BSN {BSN_plain}
"""

PHONE = r"""
Moeder is bereikbaar op «06 - 4419 2837» (alleen na 15 uur).
tel. vader «+31 (0)6 1837 4521»
Oma vaste lijn: «050-3182746»
Telefoon | «0591 61 82 74»
Gastgezin belt vanaf «(0320) 248 195».
Vader heeft een Oekraïens nummer: «+380 67 118 4563»
Mum's mobile: «+44 7700 900461»
«06.28.47.19.36» is het nieuwe nummer van moeder
tante bellen op «0031 6 51 83 22 09» als moeder niet opneemt
Telefoonnummer buurvrouw: «0223-614589»
nr stiefvader «036 5402 718»
"""

EMAIL = r"""
Moeder mailt vanaf «zarghuna.sultani88@gmail.com».
mail vader: «kwame.mensah.nl@outlook.com»
From: «c.whitfield1984@btinternet.com»
Oma heeft een e-mailadres: «h.huizinga@ziggo.nl»
Ouders willen de kaart ontvangen op «olenka.k@ukr.net».
E-mail | «li.xiuying.hgz@hotmail.com»
cc: «fam.dijkhuis@kpnmail.nl» (netwerk)
reactie van moeder kwam van «chiamaka_o@yahoo.co.uk»
vader reageert via «t.nguyen77@live.nl»
"""

IBAN = r"""
Toeslagen worden gestort op {IBAN_INGB_grouped} (rekening van vader).
IBAN moeder: {IBAN_RABO_compact}
Betaling leefgeld via {IBAN_ABNA_grouped} t.n.v. oma
rekeningnummer {IBAN_SNSB_lower}
Kinderbijslag gaat naar {IBAN_BUNQ_compact}, rekening van de ex.
IBAN | {IBAN_ASNB_grouped}
Vader laat huur betalen vanaf {IBAN_GB_grouped} (UK rekening).
Oom maakt geld over vanaf {IBAN_UA_compact}.
Rekening op naam van beide ouders: {IBAN_TRIO_compact}
"""

URL = r"""
Instagram van de oudste: «https://www.instagram.com/miss.ayan_2011/»
Vader plaatst filmpjes op «tiktok.com/@kwame_mensah_official».
Facebook moeder: «https://facebook.com/olena.kovalenko.3958»
Profiel van de stiefvader: «vk.com/taras_ivanenko88»
Telegramkanaal van oom: «t.me/habibullah_kabul»
Moeder heeft een YouTube-kanaal met de kinderen: «https://www.youtube.com/@familie_bouma_vlogt»
"""
