# BLOCK lines. The personal-data span is marked with «…». Placeholders {BSN…}/{IBAN…} are filled by gen.
NAME = r"""
Volgens «Yilmaz» is het thuis rustiger sinds de zomervakantie.
Met «Kowalski» besproken dat hij de kinderen niet meer van school haalt.
«Bakker» belde maandag op om te zeggen dat de afspraak niet doorgaat.
oma «jannigje» past op woensdagmiddag op de kinderen.
«Roos» is sinds de herfstvakantie niet meer naar school geweest.
«Jade» vertelde aan haar mentor dat ze bang is voor haar stiefvader.
«Storm» (de jongste) slaapt nog elke nacht bij moeder in bed.
«Sterre» zegt dat zij het liefst bij haar tante blijft wonen.
Moeder heeft «Hoop» en haar zusje meegenomen naar de huisarts.
Vader, «Winter de Boer», weigert elk contact met het wijkteam.
«Bloem» zit in groep 6 en heeft volgens juf weinig vriendinnen.
«Mees» wil niet meer naar het omgangsweekend bij vader.
Tante «Lieve Berg» heeft aangeboden de kinderen tijdelijk op te vangen.
«Faas» is vrijdagnacht door de politie thuisgebracht na een vechtpartij.
Mw. «Visser» gaf aan dat ze geen hulp meer wil van de gemeente.
dhr. «Smit» is sinds april werkloos en drinkt volgens moeder dagelijks.
De heer «Th. de Wit» is sinds kort de partner van moeder.
Mevrouw «Mol-Koster» heeft de kinderen na het incident bij zich genomen.
Weledelgeleerde heer «Ph. van Dijk», hierbij stuur ik u de gevraagde informatie over uw kleinzoon.
Gesprek gehad met «Kok» over de betalingsachterstanden en de dreigende huisuitzetting.
Vader «Mehmet Öztürk» werkt in ploegendienst bij een distributiecentrum in Venlo.
Moeder («Emine») is in 2019 vanuit Turkije naar Nederland gekomen.
«Khadija El Ouazzani» is de tante die de kinderen op vrijdag ophaalt.
Volgens «Bouchra» is er thuis vaker geslagen dan vader toegeeft.
Oom «Rachid Ait Taleb» woont boven het gezin en hoort alles.
Mw. «Zoubida Amezian-Boukhari» heeft de melding bij Veilig Thuis gedaan.
Stiefvader «Ramon Sewdien» komt drie avonden per week langs.
De kinderen logeren bij hun grootmoeder, mevrouw «Sabajo», in Almere.
«Jermaine Pinas» laat weten dat hij niets met de kinderen te maken wil hebben.
Oma «Sonja Doorson» is bereid om in de vakanties te helpen.
Vader «Shurandy Martina» verblijft sinds kort weer in Nederland.
Met «Rignaldo Isenia» afgesproken dat hij niet meer onder invloed bij de kinderen komt.
Moeder «Agnieszka Wiśniewska» spreekt weinig Nederlands, gesprekken gaan via een tolk.
«Tomasz» (vriend van moeder) is in het weekend vaak in huis.
«KRZYSZTOF NOWAK» HEEFT SINDS AUGUSTUS EEN CONTACTVERBOD.
Vader «Ionuț Popescu» werkt als seizoenarbeider in de kassen in het Westland.
Gebeld met mw. «Mihaela Dumitrescu» via de tolkentelefoon.
Broer «Georgi Petrov» (19) woont ook nog in huis.
Oma «Dimitrova» komt in de zomer uit Bulgarije om te helpen.
Vader «Abdulrahman Al-Hamwi» is in 2016 als statushouder uit Syrië gekomen.
«Rasha» vertelt dat haar man haar de deur niet uit laat gaan.
Moeder «Yodit Tesfamariam» heeft nog twee kinderen in Eritrea.
Volgens broer «Filmon Ghebreyesus» is er thuis geen sprake van geweld.
Moeder «Hodan Warsame» zoekt dringend een andere woning.
Oom «Abdiqani» is volgens de jongens de steunfiguur van het gezin.
Vader «Ahmad Shah Noorzai» is in 2015 uit Afghanistan gevlucht.
Met «Mursal» besproken dat zij mag aangeven wanneer het thuis niet veilig is.
Moeder «Olena Kovalenko» woont met de kinderen in de gemeentelijke opvang voor Oekraïners.
«Bohdan» (de oudste) wil terug naar Kyiv en eet slecht.
Moeder «Li Na Chen» werkt lange avonden in het afhaalrestaurant.
Opa «Sjef van den Heuvel» brengt de jongens op zaterdag naar voetbal.
Tante «Dientje Verhoeven» is zelf ook bekend bij Veilig Thuis.
Heit «Wiebe Hoekstra» is het eens met de zorgen van school.
Mem «Trijntje Dijkstra» woont sinds de scheiding in Drachten.
Pake «Auke de Vries» haalt de kinderen op dinsdag op van school.
Gesprek gevoerd met de heer «A.Th.Chr. Verbruggen», de grootvader van moederszijde.
«Joh. van der Linden» (opa) wil zich melden als netwerkpleegouder.
«Chr. Van Der Meulen» is de nieuwe vriend van moeder.
Buurman «P. v/d Berg» heeft in de nacht de politie gebeld.
Afspraak met «M. v.d. Heijden» (vader) is verzet naar volgende week.
Moeder heeft sinds de zomer een relatie met «Dylan d'Hondt».
Opa «ter Horst» is sinds het voorjaar ziek, sindsdien drinkt vader meer.
Volgens mevrouw «'t Hooft» is er in dit gezin nooit geslagen.
Zie ook het verslag over «AJ Kuipers», de partner van moeder.
«JH van Beek» (vader) werkt doordeweeks in Duitsland.
Moeder «Saskia Brouwer-Akkermans» heeft het eenhoofdig gezag.
Fam. «Jansen-Oudshoorn» wil niet meewerken aan een netwerkberaad.
«Ibrahim»s oom neemt hem elke vrijdag mee naar de moskee.
«Daan»s moeder belt dagelijks boos naar school.
«Lucas»' vader is onlangs vrijgekomen uit de PI.
«Sevda»'s zus heeft de zorgen bij de huisarts gemeld.
VADER «ERDOĞAN KAYA» IS NIET BEREIKBAAR VOOR HET GESPREK.
| Stiefvader | «Ruud Bos» |
| Contactpersoon netwerk | buurvrouw «Ans Bosman» |
dictaat: moeder «priya ramdin» belde, wil een nieuw gesprek, graag terugbellen
Gesprek met vader «Marco Koster» gehad, hij ontkent het slaan nog steeds.
Volgens de school komt «Mustafa» vaak te laat en zonder ontbijt.
Moeder «Lama Haddad» durft niet naar de politie te gaan.
Broertje «Amanuel» is door vader geslagen, zegt de leerkracht.
Vader «Karim Ben Haddou» komt alleen op afspraak naar kantoor.
Tante «Giselle Rosario» uit Rotterdam vangt Q. in de vakanties op.
Opa «Soekardi Kromodikoro» woont in Den Haag en ziet de kinderen maandelijks.
Moeder en haar vriend «Romano Vlijter» hebben vaak luid ruzie.
Telefonisch contact gehad met «Halima», de moeder van de jongens.
Mw. «Çelik» is bereid het netwerkberaad bij haar thuis te organiseren.
Afspraak: «Demir» haalt de kinderen niet meer op van school.
Zowel «Mirela» als haar broer zijn bang voor vader.
De gezinsvoogd heeft met «Stefan Ionescu» gesproken over het contactverbod.
Ouders: «Hanneke» en «Bert Smits», beiden met gezag.
«KORKMAZ, SELIN» (moeder) heeft de brief niet ondertekend.
De jongens zijn na school opgehaald door «Winter», hun halfbroer.
Na het incident is «Berg» bij de buren gaan slapen.
opa «henk» en oma «riek» willen graag helpen met opvang.
broertje «yusuf» (2017) was er ook bij toen het gebeurde.
"Ik heb «Kemal» gezegd dat hij niet meer mag komen," zegt moeder.
Pleegmoeder «Ingrid Hofman» merkt dat S. 's nachts vaak wakker wordt.
Oma «Halyna» woont nog in Charkiv en belt dagelijks met de kinderen.
Tante «Mei Ling Wong» kan vanwege haar werk niet bijspringen.
Vader «Gul Mohammad Rahimi» werkt als taxichauffeur en is 's nachts weg.
«Farhiya» zegt dat ze niet meer naar huis wil na school.
"""

BIRTHDATE = r"""
J. is geboren op «13-4-2015» in het Amphia Ziekenhuis.
S. (geb. «02/09/'16») is het jongste kind van het gezin.
Geboortedatum moeder: «7 mrt. 1989»
D.o.b. «2014-11-30» (oudste zoon)
A. werd op «21 juli 2012» in Aleppo geboren.
| geboortedatum | «05-okt-2011» |
Jeugdige: M. («18-02-2013»)
broertje K., geboren «3.6.2019», woont bij oma.
Vader (geb. «12 dec. 1984») heeft zelf in de jeugdzorg gezeten.
GEBOREN «09-08-2010» TE TILBURG
dob: «1/1/2016»
E. is op «29 februari 2012» geboren en viert het meestal op 1 maart.
Geboortedatum jeugdige: «20110517»
N. (geboren «14 sept 2017») spreekt nog weinig Nederlands.
Het jongste kind werd vier weken te vroeg geboren, op «30-6-2020».
geb.datum oudste: «17-jan-'13»
Jeugdige(n): L. (2015), R. («11 april 2018»)
Z. is geboren op «dertien april 2015».
"""

ID_NUMBER = r"""
Cliëntnummer «4471-8832» bij Lunet zorg, graag vermelden bij contact.
patnr «0012934877» (SEH Amphia)
Zaaknummer politie: «PL2000-2026087431»
registratienr. «VT-26-083311» staat op de brief van Veilig Thuis.
Ons kenmerk: «JBB/2026/11873» (graag vermelden bij reactie)
Het RvdK-dossier «588214» staat op naam van vader.
Leerling-ID «20119834» in Magister, verzuim is daar terug te zien.
V-nummer «4923318105» van moeder is bij de IND bekend.
Paspoortnummer vader: «NXC4R1LJ6»
Cliëntnr. bij Karakter: «K-2026-04413»
rijbewijsnummer «5038271946» (vader) is ingevorderd.
CJIB-betalingskenmerk «4003 1718 2245 6609» staat op de aanmaning van moeder.
«2026-0418873» (dossier Veilig Thuis) is in juni afgesloten.
kenmerk «WSS-3382-G» bij de William Schrikker Stichting
"""

ADDRESS = r"""
Moeder woont nu op de «Kerkstraat 12a» in Tubbergen.
| Adres | «Willem Barentszstraat 14-II», Utrecht |
Vader verblijft bij een vriend aan de «Dorpsstraat 14 bis».
Adres oma: «Hoofdweg 231», Nieuw-Vennep
Vader staat ingeschreven op «Burgemeester de Withstraat 7» in Hoogeveen.
pleeggezin woont op «Sluisweg 3-A» in Zaandam
WOONADRES MOEDER: «MOLENSTRAAT 9» ZWIJNDRECHT
Moeder is verhuisd naar de «Beukenlaan 45» (bovenwoning).
adres vader: «van Heemstraweg 22 hs», Amsterdam
Het incident vond plaats bij opa thuis, «Sint Jorisstraat 18».
A. verblijft tijdelijk bij een vriendin op «Oosterhoutseweg 112 B».
"""

POSTCODE = r"""
Nieuwe woning moeder: «8913 CK» Leeuwarden
pc «5211AB» (oma)
| Postcode | «7511 JM» |
vader woont sinds kort in «3531ek»
Oma is verhuisd naar postcode «6221 BT» in Maastricht.
postcode vader: «1056XR»
Er is opvang gevonden in «9712 GH», in de binnenstad van Groningen.
De brief van de rechtbank is naar «4811 KV» gestuurd.
Het gezin woont nu in «2516BG» en de kinderen gaan daar naar school.
POSTCODE «5702 NW» HELMOND
Nieuw adres nog onbekend, alleen de postcode «1323 VR» (Almere) is bekend.
"""

BSN = r"""
BSN jeugdige: «{BSN}»
burgerservicenummer moeder «{BSN.}»
| BSN | «{BSN_}» |
S. staat bij de gemeente geregistreerd onder «{BSN}».
Sofinummer vader: «{BSN-}»
bsn «{BSN8}» (oude inschrijving van oma)
Graag het burgerservicenummer («{BSN}») niet meer in de mail zetten.
Het nummer «{BSN.}» is het BSN van de jongste.
Burgerservicenr. «{BSN_}» (tante, netwerkpleegouder)
Bij de huisarts bekend onder bsn-nummer «{BSN}».
BSN: «{BSN8.}» / ingeschreven in de BRP
"""

PHONE = r"""
Moeder is overdag bereikbaar op «06-28391745».
vader: «+31 6 41 92 83 07»
Tel. oma «0031 6 1738 2294»
Bel tante gerust op «058-2139847» (Leeuwarden), zij weet ervan.
| Telefoon | «0591 642 318» |
Nummer van de buurvrouw die opvang biedt: «043 - 321 88 74»
Het vaste nummer van vader is «(010) 412 87 63».
Moeder wil alleen via WhatsApp: «0647281930»
opa tel «053-4328815»
«+316-23874019» is het nieuwe nummer van vader.
Telefoonnummer pleegouders: «0522-271640»
"""

EMAIL = r"""
Moeder mailt vanaf «roosjedewit88@gmail.com».
e-mail vader: «m.ozturk1979@hotmail.com»
| E-mail | «a.kowalska@wp.pl» |
Stuur het verslag naar «jannie.mol@ziggo.nl», vraagt oma.
Contact verloopt via «yodit.t@outlook.com».
mailadres stiefvader: «d.bos_73@kpnmail.nl»
Vader reageerde vanaf «fam.vandijk@planet.nl» op de brief.
MAIL JEUGDIGE: «STORM2011@LIVE.NL»
Moeder heeft de school gemaild via «olena.kovalenko@ukr.net».
"""

IBAN = r"""
Alimentatie wordt gestort op «{IBANg:ABNA}» van moeder.
| IBAN | «{IBAN:RABO}» |
rekeningnr vader «{IBANl:INGB}»
Oma maakt het zakgeld over naar «{IBAN:SNSB}» (rekening van J.)
Terugbetaling naar IBAN «{IBANg:ASNB}» is in oktober gestopt.
Rekening moeder, beheerd door de bewindvoerder: «{IBAN:KNAB}»
Vader stuurt maandelijks geld naar familie via «{IBANPL}».
Rekening oom in België: «{IBANBE}»
tenaamstelling onbekend, IBAN «{IBAN:BUNQ}»
"""

URL = r"""
De filmpjes staan op «tiktok.com/@storm_vd_berg2011».
Facebookprofiel van vader: «https://www.facebook.com/mehmet.ozturk.7731»
Ze post veel op «https://instagram.com/jadee.smit_»
Vader heeft de beelden geplaatst op «www.youtube.com/@rignaldo_isenia».
profiel van moeder: «nl.linkedin.com/in/agnieszka-wisniewska-4471»
Snap van J.: «snapchat.com/add/faas.kok12»
"""
