# -*- coding: utf-8 -*-
"""Hand-written BLOCK lines for blind set 7. Each personal-data span is marked with «…»; the marks are removed
by gen_sentences.py, which writes the spans column. One category per line."""

NAME = r"""
«Daan» zegt dat hij 's nachts wakker ligt van het geschreeuw beneden.
Met «Esra» afgesproken dat ze na school eerst naar de buurvrouw gaat.
Gezinssamenstelling: moeder «Naima» (1990), vader onbekend, J. (2015) en E. (2019).
bij «Hakkaart» thuis stond de tv keihard en lag er een lege fles wodka op tafel
De familie «Yücel» is in 2024 vanuit Nijmegen naar Wijchen verhuisd.
moeder belde om 07.45: "«Ricardo» heeft de deur ingetrapt en is weg met de auto"
Gespr. met dhr. «Wiersma» (bovenbuurman) over het nachtelijk bonken en schreeuwen.
Vriend van moeder, «Jermaine», verblijft sinds de zomer vrijwel dagelijks in de woning.
Oom «Ashwin Jagesar» heeft aangeboden dat de kinderen in de herfstvakantie bij hem logeren.
| Oma mz | «Gerrie van de Kamp» | netwerk, wil wel oppassen |
Mw. «Tavares» gaf aan dat ze de huur van oktober en november niet heeft kunnen betalen.
Stiefvader «Łukasz» werkt via een uitzendbureau in de kassen en drinkt in het weekend fors.
«Zeynep» (moeder) wil dat haar schoonmoeder niet meer onaangekondigd langskomt.
Vanmorgen huisbezoek, «Sanne» deed open met een blauwe plek onder haar oog.
Afspraak: «Tesfay» brengt de kinderen voortaan niet meer zelf naar het consultatiebureau.
Volgens opa «Kalloe» is vader al maanden niet meer nuchter geweest na acht uur 's avonds.
De kinderen logeren sinds vrijdag bij tante «Shanice» in Arnhem-Zuid.
moeders nieuwe partner heet «Florin», verder weinig over bekend
Ik heb «Bouzid» gebeld maar hij nam niet op; voicemail ingesproken.
Contact met de ex van vader (mw. «IJ. Schouten») verloopt via de advocaat.
«Mila» en «Jens» zitten allebei op de opvang in Heerhugowaard.
broertje «teun» (3 jr) wordt vaak door de oudste opgevangen als moeder op bed ligt
Buurvrouw «Joke» ziet de meiden vaak laat op straat zonder jas.
Bij navraag bleek dat «Kidane» de vader is van de jongste, niet van de oudste.
VT-melding door de huisarts na bezoek van «Merel» met een gebroken pols.
«Ionuț» geeft aan dat hij zijn vrouw nooit heeft geslagen, "alleen geduwd".
Opvang door buren geregeld: fam. «Dekker» (twee deuren verder) neemt de kinderen op bij escalatie.
Bij de bespreking waren aanwezig: moeder, «Yonas» (broer van moeder) en de mentor.
Het netwerk bestaat uit «Ilse» (vriendin), «Marco» (zwager) en de voetbaltrainer.
De jongens noemen hem "«Hüseyin» abi", het is een neef van vader.
Cliënt is opgenomen; «Kelly»'s moeder (oma van de kinderen) past nu op.
Mevr. «Popescu» spreekt geen Nederlands, gesprek gevoerd met tolk Roemeens.
Zoon van de buren, «Quinten», zou foto's van R. hebben rondgestuurd in een groepsapp.
Volgens «Farida» slaapt haar man met een mes onder het kussen sinds zijn terugkeer uit het AZC.
"Ik wil niet meer naar papa als «Demi» er ook is" (quote S., 9 jr)
tante «loubna» heeft gezegd dat de kinderen altijd bij haar kunnen komen
Moeder heeft contact met haar zus «Agnieszka», die in Purmerend woont.
Bij escalatie belt moeder haar broer «Soufiane», die binnen 10 minuten kan zijn.
De vader van Y. (dhr. «Leito») heeft gezag maar geen contact.
wijkverpleging trof «Wim» (opa, 81) aan op de grond naast zijn bed, kinderen waren alleen met hem
«FRAENK» weigert mee te werken aan een veiligheidsplan.
Moeder noemt haar ex «Rambaran» "een gevaar voor iedereen".
Stand van zaken na gesprek met moeder en «Bartosz» (partner): spanning is afgenomen.
Dochter «Hafsa» (15) zorgt 's avonds voor de kleintjes en haalt haar eigen huiswerk niet.
Mail van school: "«Luuk» is vandaag weer niet verschenen, ouders niet bereikbaar."
Met «Kübra» besproken wat ze kan doen als vader boos wordt: naar haar kamer, deur op slot, appen.
«Snel», de nieuwe partner, heeft een straatverbod in Zaanstad.
De halfbroer van de kinderen, «Churandy», zit in een JJI en komt binnenkort met verlof.
Vader is aangehouden na een melding van zijn moeder, mw. «Arslan».
Opgehaald door «Desislava» (nicht) omdat moeder onder invloed was.
Moeders vriendin «Marloes» heeft de kinderen een week opgevangen, dat ging goed.
Hulp van «Wongsodikromo» (oom) wordt door vader afgewezen.
Gesprek gevoerd met beide ouders («Jeroen»/«Natasja»).
Onder invloed van «Shurendy» (stiefzoon, 19) wordt er in huis geblowd.
Volgens «Vink» (vader) is er niets aan de hand en overdrijft school.
Net gebeld met «Senait», ze zit met de baby in de auto voor de deur van de opvang.
In de app-berichten dreigt «Kassab» de kinderen mee te nemen naar Turkije.
Veiligheidsplan ondertekend door moeder, vader en «Ivanova» (oma).
Ex-partner «K J Mulder» heeft in september de voordeur ingetrapt.
Moeder en «Plamen» zijn in oktober weer samengaan, ondanks het contactverbod.
Bij «Stam» thuis (pleeggezin in Elburg) gaat het goed met M.
Zorgen van de kraamzorg: «Femke» huilt veel, moeder laat haar lang liggen.
Oppas «Hamidullah» (neef van vader) is zelf pas 15.
Jeugdige: «Noah» (2014)
| vader | «Gijs» | 1983 | woont in Elst |
dhr. «in 't Veld» wil niet dat zijn dochter met de jeugd-GGZ praat
Ingebracht door huisarts n.a.v. gesprek met «Tamara» op het spreekuur.
moeder (1992), «Brouwer» (stiefvader, 1988), N. (2016), S. (2021)
Betrokken: «A.F.M. van het Hof» (grootvader), gezag ligt bij moeder.
gesproken met Mw. «E.C. Doğan» op 12-11, zij blijft ontkennen dat er geweld is
Brief aan «H.J. Kuiper» (vader) is retour gekomen; nieuw adres onbekend.
Stiefmoeder «R. Esajas-Linger» wil betrokken blijven bij de opvoeding.
Uitnodiging gestuurd aan de heer «Van De Pol» voor het netwerkberaad.
«Ahmadzai» is volgens moeder teruggegaan naar Kabul, maar buren zien hem nog in de wijk.
Zoon van mw. «Bakkali» heeft volgens de wijkagent een mes bij zich gehad.
Oom (mz) «Hristo Georgiev» woont in dezelfde flat en bemoeit zich met de opvoeding.
De kinderen zijn bang voor de hond van «Kraai», de buurman die vader helpt met 'klussen'.
Gesproken met «Kowalczyk-Nowak» over haar medicatiegebruik tijdens de zwangerschap.
Vader: «MAHABIER, RAVINDRA».
Pleegmoeder «Wendy» merkt dat K. na elk bezoek aan vader dagenlang in bed plast.
Jongste kind heet «Pien» volgens het consultatiebureau-dossier, moeder noemt haar "«Pientje»".
Volgens «Semedo» zelf gebruikt hij alleen nog in het weekend.
«Gökhan» (oudste broer, 22) is weer thuis komen wonen na zijn detentie.
De baby is volgens «Lopes» (moeder) 'gewoon een huilbaby'.
Reactie vader per app: "Ik laat me door jullie en door «Marieke» niet de les lezen."
stiefvader «Jurensley» gaat mee naar de ouderavond, moeder niet
Volgens «Selam» heeft haar man haar in het bijzijn van de kinderen gewurgd.
«Vasile» en zijn broer hebben de woning vorige week leeggehaald.
| Netwerk | oma «trees», buurman «Hamza», juf van groep 3 |
schoonzus «ikram» doet de boodschappen en de was omdat moeder opgenomen is.
Moeder heeft om hulp gevraagd bij «Ruben», haar ex, die 'nog het beste met de kinderen kan'.
«Kamińska» (moeder) vraagt of de kinderen in de kerstvakantie naar Polen mogen.
Advocaat van vader heeft namens «Doelwijt» bezwaar gemaakt tegen de melding.
Sinds «Rowan» in huis woont zijn er weer meldingen van de buren.
«Mehari»s broer heeft de kinderen opgehaald van school zonder overleg.
Reactie van oma («Truida») op het plan: 'Ik sta altijd klaar, maar ik ben 74.'
Volgens buurvrouw «De Graaf» wordt er iedere nacht geschreeuwd.
Gesprek met «Haneen»: zij wil scheiden maar durft het niet aan te zeggen tegen de familie.
«Andreea» is na de bevalling weer gaan drinken; de kraamverzorgster rook alcohol.
Gesproken met dhr. «v. d. Linden», hij is de biologische vader van de twee oudsten.
""".strip('\n').split('\n')

BIRTHDATE = r"""
Jeugdige: S. (geb. «14-07-2016»)
Moeder is op «19 oktober 2026» bevallen van E.; de kraamweek verliep onrustig.
L. («30.01.12») zit in groep 8 van de Prins Clausschool.
Vader, geb. «1 sept. 1984» in Paramaribo, heeft geen vaste woon- of verblijfplaats.
DOB jongste: «13 feb 2021»
| T. | geboren «25-5-2020» | peuterspeelzaal, 2 ochtenden |
Oudste zoon is geboren op «2017/04/19» in het Gelre ziekenhuis in Apeldoorn.
geb.dat. moeder «06-12-1988», vader onbekend
I. werd op «8 oktober 2013» te vroeg geboren (30 weken), sindsdien ontwikkelingsachterstand.
Moeder («31 dec. 1979») is al jaren bekend bij de verslavingszorg.
K. wordt op «11 maart 2027» achttien; dan loopt de OTS van rechtswege af.
Kind 2: D., °«15-5-2019»
Geboren: «1-1-2000» (volgens verblijfsdocument, echte geboortedatum onbekend)
moeder geb. «17.02.1993» te Gdańsk, sinds 2015 in NL
Baby N. kwam op «04-11-2026» ter wereld in het Dijklander in Hoorn.
GEBOORTEDATUM J.: «29 mei 2014»
Jongste: 2 jaar (geb. «09-09-'24»)
verjaardag A. «2 juni 2011», wil dat vieren bij oma
""".strip('\n').split('\n')

ID_NUMBER = r"""
Huurachterstand bij Ymere, klantnummer «4410872-03», loopt op tot € 3.250.
Moeder staat ingeschreven bij WoningNet, inschrijfnummer «2019-418837».
A-nummer vader: «7264019833»
PESEL moeder «93021704562» (Pools ID, staat op haar verblijfsdocument)
Bulgaars EGN van oma: «5508123344»
Uitkeringsnummer Participatiewet: «PW-2021-07743»
Zorgverzekering vader (relatienr. «184227090») is per 1 oktober beëindigd wegens wanbetaling.
Aangifte bij de politie geregistreerd onder «PL0600-2026291183».
ons ref.: «SRL-ZS-26-1187» (sociaal raadslieden, schuldenoverzicht moeder)
Pat.nr. GGNet «0034887212»
ZIS «7736120» (Rijnstate, afd. kindergeneeskunde)
W-document vader: «TR4081772», verblijfsstatus nog niet definitief
CNP vader (Roemeens persoonsnummer): «1870514460038»
Cliënt is bij Tactus bekend onder nr. «T-208815».
""".strip('\n').split('\n')

ADDRESS = r"""
Moeder is met de kinderen ingetrokken bij haar zus op de «Zwaluwstraat 31b».
nieuw adres vader: «1e Jan Steenstraat 33-I», Amsterdam
| Adres (tijdelijk) | «Pr. Julianalaan 17» |
De woning aan de «Burg. Van Nispenstraat 14» is in slechte staat (schimmel, lekkage).
huisbezoek op «Bernhardplein 2 III» afgezegd, niemand thuis
Politie trof vader aan in de schuur achter «Molenweg 7» in Ermelo.
Oma woont op «Kerkweg 41-1», twee straten verderop.
Brief verstuurd naar «De Bongerd 56», die kwam retour.
VADER VERBLIJFT OP «TEXELSTRAAT 9 HOOG» (KAMERVERHUUR)
Inschrijfadres moeder «Jan van Galenstraat 210-2», feitelijk verblijf onbekend.
woonwagenstandplaats «Kampweg 3-5», wagen van opa staat ernaast
""".strip('\n').split('\n')

POSTCODE = r"""
Nieuwe woning van moeder valt onder postcode «6828 KL».
pc «1442cx» (volgens BRP), maar vader slaapt bij een vriend
Adres: [doorgestreept], «6541DR» Nijmegen
Verhuisd naar «7101-BN» in Winterswijk.
Woont in «1817 ja» Alkmaar, boven een snackbar.
postcode oma: «6717 LT», huisnummer nog navragen
| Postcode | «3772 MK» |
gezin staat sinds oktober op «1031 HV» ingeschreven
Moeder wil niet dat vader weet dat ze in «6861 GN» woont.
Brief van de deurwaarder ging naar «4706 RT» (Roosendaal), het oude adres.
Vader heeft zich gemeld op postcode «1506 BR» (Zaandam), bij zijn broer.
""".strip('\n').split('\n')

BSN = r"""
BSN moeder: «671219534»
bsn-nr J. «737-953-123»
Burgerservicenummer vader «767 070 033», staat niet meer ingeschreven.
sofi-nr. oma «3060.74.278» (oude brief)
«160619439» is het BSN van de jongste volgens de verwijsbrief.
Kind heeft nog geen BSN; broer wel: «796531110».
BSN: «86.05.14.894» (nagevraagd bij de BRP)
(bsn «912918561»)
verwijzing huisarts met bsn «7857 03 111»
Burgerservicenr. stiefvader: «96009470»
| BSN | «530873291» |
""".strip('\n').split('\n')

PHONE = r"""
Moeder is het beste bereikbaar op «06 - 48 27 11 93» (na 15.00 uur).
nieuw nummer vader «06/38214477»
Tel. oma: «026-3517744»
Bij nood belt moeder haar broer: «+31(0)6 12 55 90 41».
Vader belt vanuit Polen: «+48 601 238 507».
Oom in Sofia, «+359 88 742 1396», spreekt wat Engels.
WhatsApp moeder: «0031-6-19087746»
Buurvrouw wil gebeld worden bij escalatie («072 511 48 20»).
Op «0318-642219» (vaste lijn oma) neemt niemand meer op.
moeders nieuwe mobiel: «0628103356» !!
Tante te bereiken via «(075) 621 39 08».
""".strip('\n').split('\n')

EMAIL = r"""
Van: mama L. <«natasja.verhoef@ziggo.nl»>
Mail vader: «d.vink1983@kpnmail.nl» – reageert nooit binnen een week
moeder wil de kaart per mail ontvangen op «mama.van.drie@gmail.com»
Contact oma: «popescu.andreea@yahoo.ro»
cc: «senait.habtom@outlook.com» (moeder, op eigen verzoek)
Stiefvader mailt de school vanaf «jurensley_cijntje@hotmail.com».
E-mailadres ouders: «famvandepol@live.nl»
vader stuurde vanaf «r.kalloe77@icloud.com» een dreigende mail naar de school
Antwoord graag naar «bartosz.wojcikowski@wp.pl», hij leest geen Nederlands.
""".strip('\n').split('\n')

IBAN = r"""
Moeder vraagt of de huur rechtstreeks afgeschreven kan worden van «NL24ABNA2638491696».
Rekeningnummer vader: «NL08 RABO 2857 4011 76»
toeslagen worden gestort op «nl83ingb2576111237» (rekening van oma!)
IBAN beheerrekening: «NL76SNSB8624037930»
Leefgeld gaat naar «NL89 TRIO 6568 5594 64», rekening op naam van moeder.
Vader maakt alimentatie over vanaf «NL18KNAB6811166533» — maar onregelmatig.
| IBAN | «NL46 BUNQ 6874 8441 67» |
Geld wordt doorgesluisd naar een Roemeense rekening: «RO84BTRL8642357465688223».
Oma in Bulgarije ontvangt maandelijks geld op «BG33 UNCR 7000 1220 7599 96».
""".strip('\n').split('\n')

URL = r"""
Dochter heeft een openbaar account: «instagram.com/kubraa.x»
Vader filmt de kinderen en zet het op «https://www.tiktok.com/@jayden.hrw»
FB-profiel moeder: «facebook.com/profile.php?id=100087744120331»
Vader verkoopt spullen van de kinderen via «www.marktplaats.nl/u/ramon-z/18834602»
Inzamelactie door de familie: «https://www.gofundme.com/f/help-sanne-en-de-kids»
moeder schrijft over de uithuisplaatsing op haar blog «mamavanvier.blogspot.com/2026/11»
""".strip('\n').split('\n')
