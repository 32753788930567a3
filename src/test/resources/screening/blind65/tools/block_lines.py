# Hand-written BLOCK lines for blind set 65. Spans are marked with «...».
# Placeholders {BSN:style} and {IBAN:cc:bank:style} are filled by gen_sentences.py (fixed seed).
NAME = r"""
Betreft: «Emre Şahin», 14 jr, verwijzing jeugd-GGZ ivm suïcidale uitingen
Patiënt: «ZIJLSTRA, NYNKE» (moeder van J.), episode P76 depressieve stoornis sinds 2024
02:14 mvr «Kowalczyk» belt Spoed4Jeugd, dochter niet thuisgekomen na feest
pt. «Jurmaine» (16) rustig na gesprek, slaapt vannacht bij oom in Nieuw Den Helder
> Op 3 nov. 2026 om 21:47 schreef «Sevgi Polat»:
Vader («Ruben Verhoef») zit tot maart op uitzending, contact alleen via satelliettelefoon
oma «Grietje» past op de jongste als moeder op het land werkt
Met collegiale groet, «H.J. Vlaar», huisarts te Wervershoof
mw. «Tesselaar» van het Jeugdteam Alkmaar belde om 23:40 terug
«Marius»' vriend brengt hem 's ochtends naar de bollenschuur
Ex-partner «Gerion Mercelina» heeft sinds oktober een contactverbod
buurvrouw «Wietske» heeft de kinderen opgevangen tot de politie er was
Boot van 06:30 gemist, dus «Eelco» bleef in Den Helder slapen
Broertje «Daan» en zusje «Merel» sliepen boven en hebben alles gehoord
«ionela popescu» (moeder) spreekt weinig Nederlands, tolk Roemeens geregeld
| Oom | «Tomas Jankauskas» | woont in een chalet in 't Zand |
Gesproken met «Khadija» (tante mz), zij wil wel opvangen in Overdie
dhr «Stuurman» (stiefvader) weigert iedere vorm van hulp
kind zegt dat «Priscilla», de vriendin van moeder, ook slaat
TEL. GESPREK MET «HÜSEYIN KOÇ» OM 14.10, HIJ ONTKENT ALLES
Kinderarts «Anneloes Brink» (NWZ Den Helder) zag blauwe plekken op beide bovenarmen
Z20 relatieprobleem partner; partner «Nordin Achahbar» is bekend bij politie
«Agnieszka»'s contract bij de bollenkweker loopt af in juni
Fam. «Hoekstra» uit Hippolytushoef is al jaren bekend in de praktijk
vriend «sharlon» haalt hem op bij de pont
Volgens «Bouzid» (vader) is er thuis niets aan de hand
opa «Klaas Kaan» heeft een bootje in Oudeschild en neemt de jongens mee vissen
> > Groetjes, «Zeynep»
Van: «Anouar Essafi» [doorgestuurd vanuit WhatsApp]
Oudste zus «Andreea» (19) woont nog in Constanța
«Wongsodikromo, Sarmi» (tante): mag alleen begeleid op bezoek
Mentor belde: «Fleur» was vandaag weer niet op school
S: «Rignald» (15) vertelt dat vader hem met een riem slaat
E: gesprek met moeder en «Hylke» (partner) ivm alcoholgebruik, P15
00:50 pt. mag mee met tante «Shanti Ramsaran» naar Schagen
de kinderen noemen de nieuwe vriend van moeder ome «Joop»
Bijgaand het verslag over «Paweł Zieliński», vader van de tweeling
ACHTERNAAM MOEDER: «DROS»
korporaal «Jeroen Bijl» (vader) is per 12 januari terug van uitzending
«Baukje» en «Tjeerd» (grootouders vz) willen de kinderen in het weekend
Moeder wil niet dat «Errol» (bio vader) weet waar ze nu woont
«M. Duinker» (buurman) heeft 112 gebeld
's Nachts gebeld door «Gülsüm» (schoonzus), zij hoorde gegil
SMW: «Dex» uit 2b wordt gepest en pest terug
Zie de mail van juf «Ingrid» van groep 6
"«Mindaugas» drinkt elke avond", aldus moeder
pleegouders «Molenaar» in Heiloo zijn op de hoogte gebracht
Stiefmoeder «Nicole van Schagen» heeft de kinderen buitengezet
Oma «Schoorl» (vz) woont al veertig jaar in Groet
De heer «Van Egmond» (vader) is voor de derde keer aangehouden in Egmond aan Zee
Moeder noemt haar nieuwe partner alleen «Kees»
«Dominika Wróbel» – moeder – werkt via een uitzendbureau bij een bollenkweker in Anna Paulowna
Broer «Soufiane» (17) zit op dit moment in een JJI
ex van vader, «Quenny», heeft ook een kind van hem
«F. de Haan-Pronk» (grootmoeder mz) is kandidaat voor de voogdij
Buren (fam. «Schipper») horen regelmatig geschreeuw
Uitvraag per telefoon bij «Ilham» (oudste dochter, 20)
Via «Lamrani» (oom) kwam de melding binnen
Wijkagent «Kuiper» heeft om 21:00 een huisbezoek gedaan in Oudorp
Moeder (1991): «Florentina Stanciu»
«kimberly» wil graag bij haar vader in Julianadorp wonen
KINDEREN: «JAYDEN», «SHANIQUA», «DAVINIO»
Opmerking mw. «Gaykema-Hoekstra»: zij ziet de jongen niet meer buiten spelen
De vader, «Burak Aktaş», werkt als matroos op de veerboot naar Texel
> «Murat» zegt dat hij de sleutel niet meer heeft.
-----Oorspronkelijk bericht----- Van: «Marleen Zeeman» Verzonden: dinsdag 3 november 2026 22:10
02:40 oom «Rachid» komt pt. ophalen uit Hoorn
Het gezin «Tjon-A-Joe» is in 2024 vanuit Paramaribo naar Den Helder verhuisd
«Elif»s juf maakt zich zorgen over de blauwe plekken
HA-verwijzing moeder «Sylvana Winklaar», P74 angststoornis
Zoon van «Pieternel» (zus van moeder) verblijft er ook
omke «Gosse» rijdt elke dag vanuit Middenmeer heen en weer
Coach bij de voetbal, «Ricardo», merkt dat de jongen schrikachtig is
vader (1984) «Remco Tuijn» stemt niet in met de bespreking
- «Lieke», stiefzus, 13
Conflict tussen moeder en buurvrouw «Ans Kruijer» escaleert
opvang bij vriendin «Jolanda» in Castricum voor twee nachten
Onze collega «Sander Blokdijk» (Kenter) heeft de intake gedaan
«W. Sijm», vader, ontkent het incident
Pt. zegt: "«Nouri» heeft mijn telefoon afgepakt"
Het meisje heeft online contact met ene «Yassin» van 23
Verslag huisbezoek gezin «Postma», Den Burg
Aanwezig: mw. «T. Bakelaar» (moeder), gezinsvoogd, ondergetekende
«Aurelia» (moeder) heeft twee banen in de kassen bij Andijk
Geachte collega, hierbij verwijs ik «Jesse Kikkert» (2012) naar uw polikliniek
Betreft: mevr. «J. Eelman», moeder van twee kinderen op Texel
«Cristian» (neef) logeert er sinds de oogst
Pt. belt zelf om 03:05 vanaf de telefoon van «Lotte»
Stiefvader = «Jan-Willem Groot»
Tijdens het consult was meneer «Arslan» erg boos op zijn zoon
vader «gert-jan» heeft een nieuwe vriendin in Zwaag
Advies aan «Sevda» (moeder): blijf voorlopig bij je zus in Heerhugowaard
«Keijser, Marco» – oom – bekend met huiselijk geweld
IB'er «Van der Werff» belde over het verzuim
«Jelmer» en zijn moeder slapen in de auto bij de haven van Den Oever
Melding gedaan door de ex-schoonvader van moeder, «Harm Mantel»
vader is op zee; «Tsjalling» (oudste, 17) neemt veel zorg over
MOEDER «SAMIRA TAHIRI» WIL GEEN CONTACT MET DE GI
dochter van «Ravi» (vriend des huizes) speelt vaak bij hen
Pleegmoeder «Hennie Witte» uit Den Hoorn kan geen crisisplek meer bieden
""".strip('\n').split('\n')

BIRTHDATE = r"""
Geb.datum pt.: «14-06-2011»
geb. «3 sept. 2013» te Den Helder, 2e kind van moeder
D.O.B. «2012-02-29», verwijzing naar Parlan
Jeugdige: K. («07-11-2015»)
moeder is geboren op «22/8/1990» in Willemstad (Curaçao)
GEBOREN «19 MAART 2014» IN HET DIJKLANDER ZIEKENHUIS HOORN
gebdat «20130917», verder geen bijzonderheden
pt. (geb «4.1.2010») door politie naar Spoed4Jeugd gebracht
baby is op «1 okt. 2026» geboren in het NWZ Den Helder, 36 weken
| Geboortedatum | «30-12-2009» |
Zoon werd geboren op zaterdag «5 juli 2014», thuisbevalling in Oudeschild
tweeling geb. «12-4-'16»
Geboortedatum vader: «8 februari 1987»
dob «11/03/2012», ICPC Z16
> Hij is van «23 mei 2013», dus hij is nu 13.
GEB «02-09-2010» TE ALKMAAR
Oudste dochter, geboren «31 januari 2008», woont op zichzelf
S. («2014-05-06»), zusje van de aangemelde jongen
""".strip('\n').split('\n')

ID_NUMBER = r"""
Patiëntnr. NWZ «40892133»
Dossiernummer Veilig Thuis NHN: «VT-2026-118734»
cliëntnr Parlan «P-2219847»
Zaak «JBRA-25-04471» (OTS jongste)
Defensie registratienummer vader: «ML-772319»
kenmerk CJIB «1920 4471 8823 0012» (boete van stiefvader)
Paspoort moeder: «NXK8L2P47»
Poolse ID-kaart vader «ACB 512884»
Leerlingnummer Clusius College «208871»
Patiëntnummer huisarts: «HA/0098127»
polisnummer zorgverzekering van de zoon: «Z-55218840»
V-nummer moeder «2793048115» (IND)
Kenter cliëntnummer «K26-03391», zie bijlage
dossier «BR-883107» bij Brijder, behandeling van vader
""".strip('\n').split('\n')

ADDRESS = r"""
woont sinds kort op de «Javastraat 41-A», boven een shoarmazaak
ADRES: «KENNEMERSTRAATWEG 203», ALKMAAR
Opa woont op «Oudorperdijk 7»; pt. mag daar slapen
Nieuw adres moeder: «Weverstraat 18 bis», Den Burg
| Adres | «Westerstraat 96 hs» | Enkhuizen |
pt. opgehaald aan de «Ritsevoort 14-2» om 01:20
Vader verblijft in een caravan achter «Dijkweg 233a» in Andijk
Correspondentie naar «Grote Noord 58 III», Hoorn
De melding kwam van buren aan de «Middenweg 412»
Sinds 1/11 ingeschreven op «Loet 9» in Schagen
> Ze zit nu bij haar zus, «Spoorstraat 27b».
""".strip('\n').split('\n')

POSTCODE = r"""
Postcode moeder «1785 GJ», huisnummer volgt
pc «1823bn»
Vader is verhuisd naar «1791 AX» Den Burg
| Postcode | «1625 RW» |
Post graag naar «1602KE» (adres van oma)
POSTCODE: «1742 LM»
> postcode is «1703 cp», het huisnummer weet ik niet
mvr verblijft in «1851 ZT» bij een kennis
Ouders wonen in hetzelfde postcodegebied: «1901 HD»
Navigatie ambulance: «1777 ER» Hippolytushoef
PC/woonplaats: «1621 MG» Hoorn
""".strip('\n').split('\n')

BSN = r"""
BSN pt.: «{BSN:plain}»
bsn moeder «{BSN:dots}»
Burgerservicenummer jongste: «{BSN:spaces}»
| BSN | «{BSN:plain}» |
SoFi/BSN vader «{BSN:dashes}» (oud nummer, nog steeds geldig)
«{BSN:plain}» (bsn dochter, staat op de verwijsbrief)
BSN: «{BSN8:plain}»
> BSN van de baby is «{BSN:plain}», zie de geboorteakte.
Patiënt-BSN «{BSN:dots}»
BSN OUDSTE ZOON «{BSN:spaces}»
nr. «{BSN:dashes}» is het bsn van vader
""".strip('\n').split('\n')

PHONE = r"""
Moeder bereikbaar op «06-38194027»
tel vader (aan boord): «+31 6 4172 9935»
02:30 terugbellen naar oma op «0223-619482»
Vaste lijn gezin «(0222) 31 57 08»
tante in Polen: «+48 512 839 044»
| Tel. | «0229 - 573186» |
nummer van de buurman: «0031 6 2915 7730»
Bel pt. terug op «0644019273»
vader zit in Roemenië, «+40 742 318 905»
> Mijn nummer is «06 21 08 74 53», bel maar na achten.
TEL. MOEDER «072-5128834»
""".strip('\n').split('\n')

EMAIL = r"""
Mail moeder: «nynke.zeilmaker84@hotmail.com»
vader mailt vanaf het schip: «kpl.hijlkema@gmail.com»
> Van: «sanne_dekker2009@live.nl»
oma wil de verslagen per mail: «g.kaan-dros@ziggo.nl»
E-mail: «SHARLON.STATIA@OUTLOOK.COM»
| E-mail | «mikolaj.krawczyk@wp.pl» |
pt. gebruikt «xxlotjexx2011@gmail.com» voor school
stuur de brief naar «familiedouma@kpnmail.nl»
Reply-To: «h.erdogan.1979@hotmail.nl»
""".strip('\n').split('\n')

IBAN = r"""
Betalingsregeling via rekening moeder «{IBAN:NL:RABO:grouped}»
IBAN vader «{IBAN:NL:INGB:compact}»
| Rekening | «{IBAN:NL:ABNA:grouped}» |
Kinderbijslag wordt gestort op «{IBAN:NL:SNSB:compact}»
moeder stuurt geld naar Polen: «{IBAN:PL:-:grouped}»
iban oma «{IBAN:NL:BUNQ:lower}»
> Mijn rekening is «{IBAN:NL:KNAB:grouped}», dan kan de gemeente het overmaken.
Vader (Roemenië): «{IBAN:RO:BTRL:compact}»
Tegenrekening beslaglegging: «{IBAN:LT:-:grouped}»
""".strip('\n').split('\n')

URL = r"""
TikTok van pt.: «https://www.tiktok.com/@jurre.tx_2011»
Vader zet foto's van de kinderen op «https://www.facebook.com/marco.keizer.den.helder»
Insta dochter: «instagram.com/lieke_oudorp09»
> Zie zijn profiel: «https://www.snapchat.com/add/emre_sah1n»
Moeder verkoopt kleding via «https://www.vinted.nl/member/88731042-ionelap»
YOUTUBE-KANAAL VAN STIEFVADER: «youtube.com/@gertjanvist»
""".strip('\n').split('\n')
