# Hand-written BLOCK lines for blind46. Spans are marked with «...»; the markers are removed by gen_sentences.py.
# {BSN:style} and {IBAN:bank:style} are filled with seeded random numbers (valid 11-check / mod-97).
NAME = r"""
Heit «Wiebren» is sinds de zomer werkloos en drinkt weer.
mem «Tjitske Hoekstra» wil niet dat de jeugdige bij pake logeert.
'Ik wit it net,' sei «Hylke» doe't ik him frege wêr't syn heit wie.
Beppe «Sytske» op Ameland is de vaste opvang als het thuis misloopt.
Omke «Gerben» (broer van vader) heeft een straatverbod sinds oktober.
Muoike «Jildou» komt elke woensdag met de boot van 14.30 naar Nes.
VADER «HIDDE DIJKSTRA» WEIGERT ELK CONTACT MET HET WIJKTEAM.
«Gerlof»s nieuwe vriendin woont in Burgum.
«Minke» (zus, 17) past vaak op de kleintjes, te vaak volgens school.
Moeder heeft een relatie met «Rients van der Meulen» uit Drachten.
Volgens «Wijbenga» is er geen sprake van geweld, hij noemt het 'opvoeden'.
Stiefvader «T. Bijlsma» zit sinds 3 november vast in Leeuwarden.
«hylkje» zegt dat ze bang is voor heit als hij gedronken heeft
fam. «Terpstra» op Schiermonnikoog biedt zich aan als netwerkpleeggezin.
«Pyt Sjoerdsma» (pake van moederskant) heeft dementie en kan niet meer oppassen.
Us mem seit dat «Baukje» altyd liget.
Oom «Klaas Anne Hettinga» werkt op de veerboot naar Terschelling en ziet de kinderen bijna dagelijks.
De buurvrouw, «Grietje Postma», belde de politie op 2 oktober om 23.10 uur.
Moeder «Fatima Al-Khatib» spreekt alleen Arabisch; tolk via Tolkcontact nodig.
Vader «Yonas Tesfamariam» is in 2019 via Ter Apel naar Leeuwarden gekomen.
Broertje «Mahmoud» (8) plast weer in bed sinds de ruzies.
«Haben» (moeder) zegt: "Ik wil niet dat de kinderen ons verhaal horen."
De oom van vader, «Samir Haddad», regelt alles met geld en post.
«Tesfay»s neef slaapt ook in de flat in Heechterp.
Vader «Tomasz Kowalczyk» werkt via een uitzendbureau bij een slachterij in Heerenveen.
Moeder «Agnieszka» belt elke avond met haar moeder in Polen.
«Wiśniewski» (stiefvader) is op 14-10 aangehouden na een mishandeling.
Dochter «Zuzanna» wil terug naar Gdańsk, 'daar was het rustig'.
Ex-partner «Marek Zieliński» dreigt via WhatsApp dat hij de kinderen komt halen.
«DE JONG, FOKJE» | moeder | gezag | woont in Joure
| Vader | «Jan Willem Rinsma» | 1984 | geen gezag |
mevrouw «Van der Ploeg» van het sociaal wijkteam belde dat moeder weer is opgenomen.
Ik heb met «Janneke Bosma» (jeugdarts GGD) overlegd over de groeicurve.
De gezinsvoogd, «Riemer Kuipers», stelt een uithuisplaatsing voor.
Dhr. «Elzinga» van Elkien meldt stankoverlast en vervuiling in de woning.
mail van «Ankie» (mentor) 12/11: J. komt niet meer op school sinds de herfstvakantie
«Sipke» en «Lolkje» (ouders) maken ruzie waar de kinderen bij zijn.
Pake «Douwe» is de enige bij wie J. zich veilig voelt.
Beppe «Aaltsje de Vries» uit Hollum haalt de kinderen op bij de boot.
Vriendje «Jelmer» heeft de filmpjes gedeeld in een groepsapp van de klas.
De nieuwe partner van mem heet «Bauke», meer weten we nog niet.
«Hielke Zijlstra» is biologische vader, heeft geen gezag en geen contact.
Heit «Wytze» seit: 'Ik hâld fan myn bern, mar ik kin it net mear.'
«Feike»'s moeder heeft drie keer met de school gebeld over pesten.
Neef «Ids van der Werf» verkoopt volgens school drugs bij het station in Sneek.
j. logeert deze week bij tante «anneke» in Franeker
M. noemt stiefvader «Gjalt» consequent 'de baas'.
«Okke Kingma» (vriend van moeder) heeft een veroordeling voor geweld uit 2021.
WhatsApp van moeder om 01.12: "«Romke» is weer thuis, ik durf niet"
«Femke Wiersma» (buurvrouw) heeft de kinderen twee nachten opgevangen.
Moeder «Rahaf» kreeg op 5 september een zoon in het MCL.
«Abdulrahman Al-Hamwi» is de broer van moeder en woont in Drachten.
Vader «Mehari» is sinds januari uit beeld, vermoedelijk in Duitsland.
Zus «Senait Gebremedhin» (19) tolkt bij gesprekken, dat is niet wenselijk.
«Luwam» (13) zegt dat ze thuis de baby moet verzorgen en daarom te laat komt.
In overleg met «Nour» (oudste zus) is een veiligheidsplan gemaakt.
«Kasia» (moeder) en «Piotr» (vader) zijn gescheiden sinds maart.
Oma «Halina Nowak» komt in december uit Wrocław om te helpen.
STIEFVADER «RYSZARD» IS AGRESSIEF NAAR DE HULPVERLENING, HUISBEZOEK ALLEEN MET Z'N TWEEËN.
«Jabłoński» wil niet dat het wijkteam binnenkomt.
Halfbroer «Tjeerd Holtrop» woont bij zijn vader in Harlingen.
De kinderen slapen sinds het incident bij muoike «Trijntsje».
Omke «Bareld» is visser op Vlieland en vaak weken weg.
"«Tsjalling» sloech my," seit J. tsjin de mentor.
Fam. «Hoogterp» op Terschelling was eerder pleeggezin voor de oudste.
«Hiske van der Bij» (moeder) heeft een LVB en schulden.
Gezinscoach «Marrit Hofstra» van Kinnik is per 1 november gestopt.
Ik heb «Sjoukje» van de bso gesproken, zij zag een blauwe plek op de arm.
«Anne-Marije Tolsma», intern begeleider, maakt zich al maanden zorgen.
Volgens wijkagent «Bouma» is er dit jaar vaker politie aan de deur geweest.
Dokter «Hellinga» (huisarts in Dokkum) zag blauwe plekken op de rug.
«Reitsma» heeft de zorgmelding gedaan, niet de school.
pake «Gosse Bergsma» en beppe «Wietske Bergsma» willen de kinderen opvangen
Buurman «Germ» heeft gezien dat vader het kind door elkaar schudde.
het ex-vriendje van Z., «daan feenstra», blijft haar appen en staat bij school
«MARTSJE» WIL BIJ HEIT WONEN, NIET BIJ MEM.
Moeder noemt haar ex «Sietse» alleen nog 'dy man'.
Beppe «Geeske Kuperus» heeft de kinderen zonder overleg meegenomen naar Ballum.
«Jouke»s telefoon is door school ingenomen vanwege naaktbeelden.
Contact met oom «Ahmad» (Zwolle) loopt via Signal.
Vader, «Hussein Al-Masri», heeft PTSS en is niet in behandeling.
«Filmon» (16) heeft een vriendin van 22 die hem geld geeft.
De ex van moeder, «Dawit Kidane», stond gisteren weer op de stoep.
«Helen» (15) loopt weg naar vriendinnen in de binnenstad.
Verhuurder «Krzysztof Lewandowski» sluit steeds het water af als de huur laat is.
«Bartosz» (vriend van vader) levert volgens moeder de drugs.
«Zomer» (9) tekende heit met een mes in zijn hand.
Moeders nieuwe partner «Durk-Jan» heeft een verleden bij de reclassering.
T.a.v. «Van Slooten»: geen contact met de kinderen tot de zitting.
'Us heit en «Marten» ha wer striid hân,' seit S.
Mail moeder 9/11: 'Ik wol net dat «Ate» der by is.'
School meldt dat «Oeds»' vader dronken bij het hek stond.
Inbrenger sprak oom «Rindert» telefonisch, hij is visser in Harlingen.
«Gerbrich Kalsbeek», de buurvrouw van beppe, hoorde het kind gillen.
«P. Folkertsma» (stiefvader) heeft een contactverbod tot juni.
Moeder «Rania» durft niet alleen de deur uit sinds de dreiging.
Oudste broer «Yohannes» (20) stuurt geld naar familie in Ethiopië.
«WOJCIECHOWSKA» | moeder | Pools | spreekt wat Engels
Volgens mem is «Jitske» de enige vriendin die J. nog heeft.
"Ik wol by «Tsjitske» wenje," zegt K. (12) over haar oudere zus.
"""

BIRTHDATE = r"""
Jeugdige: S. («14-03-2012»)
geb. «7 juni 2014» te Leeuwarden (jongste)
Geboortedatum jongste: «2019-02-28»
J. is geboren op «11 augustus 2013» in het MCL, ruim te vroeg.
GEBOREN «03.09.2010» TE SNITS
Moeder (geb. «22-1-1991») is zelf uit huis geplaatst geweest.
Broertje D. werd op «1 mei '17» geboren op Ameland, de boot was te laat voor het ziekenhuis.
dob «20120914» (volgens aanmelding)
| Geboortedatum | «30/06/2015» |
J. is berne op «5 novimber 2011» yn Drachten.
Geb.dat. vader: «17-okt-1985»
baby F. geboren «2-12-2025», 36 weken, 2100 gram
Moeder is op «9 februari 1993» in Damascus geboren.
Jeugdige: K. («12/4/2016»)
Vader is geboren «4 juli 1979» in Asmara, volgens zijn papieren.
geboortedatum volgens Pools paspoort: «07.10.2011»
gebdatum zoon «13 jan '14»
Tweeling T. en L., geboren op «25-04-2018», gaan naar De Skalm.
"""

ID_NUMBER = r"""
Cliëntnummer Kinnik: «4481-2207»
patiëntnummer MCL «7730914» staat op de ontslagbrief
dossiernr. Veilig Thuis Friesland «VTF-2026-18834»
Zaaknummer Jeugdbescherming Noord: «JBN/26/04417»
V-nummer vader: «2819445031»
Paspoortnummer moeder (Syrisch): «N014583920»
leerlingnummer «208114» (Piter Jelles Ljouwert)
registratienummer politie «PL0100-2026118842» (huiselijk geweld, vader)
Verblijfsdocument moeder nr. «W8841273», geldig tot 2028
cliënt-ID GGZ Friesland «00918273» (moeder)
PESEL van de jongste: «12230504871»
Elker kenmerk «E-55120» hoort bij de oudste
Rijbewijsnummer stiefvader «5102938877» is ingevorderd
dossier «DVL-88213-B» bij Het Bolwerk (moeder)
"""

ADDRESS = r"""
Vader woont nu op «Tesselschadestraat 44» in Leeuwarden.
Adres moeder: «Kleine Kerkstraat 12a», Ljouwert
Beppe woont «Badweg 7», Nes (Ameland).
Sinds september: «Oosterdijk 3 hs», Sneek
ADRES VADER: «MIDSLANDERHOOFDWEG 24» MIDSLAND
Oom heeft een kamer aan de «Jelsumerstraat 80 B» in Leeuwarden.
de familie is verhuisd naar «Tsjerkestrjitte 6» in Wergea
Stiefvader staat ingeschreven op «Stationsweg 31», Buitenpost
Moeder en kinderen slapen tijdelijk op «De Kelders 4-II» in Drachten.
| Adres | «Groot Dijkstraat 19-A» | Dokkum |
Pake en beppe: «Voorstreek 101», Ljouwert, eerste etage
"""

POSTCODE = r"""
postcode moeder «8911 AB» Leeuwarden
Vader is verhuisd naar «8601bk» (Snits)
| Postcode | «9101 LM» |
Woonadres beppe in «8881 CA» West-Terschelling
«9163GH» Nes – daar staat het vakantiehuis van omke
De pleegouders wonen in «8899 BT» op Vlieland.
Nieuwe postcode gezin: «9231 KX» (Surhuisterveen)
Moeder heeft haar post laten doorsturen naar «8531 RV» in Lemmer.
PC «9291 HN» KOLLUM
Volgens de BRP staat vader ingeschreven op «9001 ZE» Grou.
De kinderen wonen bij tante in «8861 VP» Harlingen.
"""

BSN = r"""
BSN jeugdige: «{BSN:plain}»
bsn moeder «{BSN:dots}»
Burgerservicenummer vader «{BSN:spaces}»
| BSN | «{BSN:plain}» |
Het BSN «{BSN:dash}» hoort bij de jongste, check dit nog bij de gemeente.
bsn oudste: «{BSN:eight}» (oude inschrijving)
BSN broertje: «{BSN:plain}», navragen bij de SVB
SoFi/BSN van stiefvader: «{BSN:dots}»
Het burgerservicenummer van beppe is «{BSN:spaces}».
BSN: «{BSN:plain}» (zus, 17)
Doorgegeven door de gemeente Leeuwarden: «{BSN:dash}»
"""

PHONE = r"""
Moeder is bereikbaar op «06-38172945».
tel. heit «+31 6 2914 7730»
Beppe op Ameland: «0519-554281»
Omke belt altijd vanaf «0562 448 193» (Terschelling)
WhatsApp mem: «+316 48830192»
Vader in Polen: «+48 512 338 947»
| Telefoon | «058-2889417» |
Bel de pleegmoeder gerust op «0031 6 18273645».
nieuw nummer van J. zelf: «06 27 44 91 08»
Oom in Syrië: «+963 944 281 736»
Buurvrouw (sleutel): «(0513) 627 304»
"""

EMAIL = r"""
Mail van moeder kwam van «tjitske.hoekstra84@hotmail.com».
e-mail heit: «wybrenh@ziggo.nl»
Vader mailt vanaf «mehari.t1981@gmail.com» met de school.
| E-mail | «beppe.sytske@kpnmail.nl» |
Stiefvader stuurt dreigmails via «ryszard.kow77@wp.pl».
J. heeft een mailadres «jelle_drachten2011@outlook.com» aangemaakt voor TikTok.
Omke zijn adres: «hylke@visserij-hylkema.nl»
Mail graag naar «rahaf.alkhatib93@gmail.com», zegt moeder.
ouders delen «gezin.bijlsma@live.nl»
"""

IBAN = r"""
Vader stort de alimentatie niet meer op «{IBAN:RABO:group}».
Rekening van moeder: «{IBAN:INGB:plain}»
Het kindgebonden budget gaat naar «{IBAN:ABNA:group}» (op naam van oom).
| IBAN | «{IBAN:SNSB:plain}» |
Kinderbijslag wordt gestort op «{IBAN:ASNB:lower}», rekening van beppe.
Stiefvader laat geld overmaken naar «{IBAN:PL:group}» in Polen.
Schuldhulp: vaste lasten via «{IBAN:KNAB:plain}»
Zakgeld van J. staat op «{IBAN:BUNQ:group}».
Tikkie van vader kwam van «{IBAN:TRIO:plain}».
"""

URL = r"""
Instagram van J.: «https://www.instagram.com/jildou.xo_2011/»
Vader plaatst filmpjes op «https://www.tiktok.com/@heit_wytze_fryslan»
Facebookprofiel moeder: «facebook.com/agnieszka.kowalczyk.58»
Filmpje staat op «https://www.youtube.com/@hiddedijkstra-vlogs» met de kinderen erin.
Snapchat van de oudste: «https://www.snapchat.com/add/luwam.t13»
Stiefvader heeft een eigen site, «www.bijlsma-klussen-burgum.nl/over-mij», met foto's van het gezin.
"""
