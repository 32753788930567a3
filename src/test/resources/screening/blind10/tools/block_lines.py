# Hand-written BLOCK lines for blind set 10. Spans are marked with «…». {BSN}/{IBAN} are filled by gen_sentences.py.
NAME = r"""
Gezinssamenstelling: moeder «Khadija Bouzambou» (1988), vader uit beeld, J. (2014) en A. (2017).
Vader «Serkan» werkt 's nachts bij een distributiecentrum en slaapt overdag.
oma «wilhelmina» (moeders kant) haalt de kinderen op dinsdag en donderdag uit school.
Gesprek gehad met mw. «Pinkster» over de uitkomst van het raadsonderzoek.
Volgens «Sky» (zus, 17) ligt moeder sinds de zomer vooral op bed.
Tante «Precious Owusu» uit Zuidoost wil tijdelijk opvang bieden voor de jongste.
«Blessing» heeft tegen de mentor gezegd dat ze niet meer naar huis wil.
Afgesproken met dhr. «Sarmiento» dat hij niet meer bij het schoolhek komt wachten.
| stiefvader | «Ricardo Statia» | (1984) | woont in sinds 2024 |
Broer «Liberty» (19) heeft sinds oktober een contactverbod met moeder.
«Faith Mensah-Boateng» is sinds kort de nieuwe partner van vader.
Overleg met opa «Wiersma» loopt stroef, hij neemt de telefoon niet op.
VADER: «ABDIRAHMAN WARSAME», VERBLIJFT AFWISSELEND IN AMSTERDAM EN BIRMINGHAM
Moeder «Hodan» spreekt weinig Nederlands, bij elk gesprek een tolk Somalisch inzetten.
Oom «Yonas Tesfamariam» woont sinds 2023 bij het gezin in en slaapt in de woonkamer.
mw. «Habte» wil geen hulp van het wijkteam, ze wantrouwt 'de gemeente'.
Er is contact met «Luam» (zus van moeder), zij vertaalt meestal.
de vriend van moeder, «Zakaria», is veel vaker aanwezig dan moeder eerst vertelde
Schoolmaatschappelijk werk belde met dhr. «Al-Khatib» over het verzuim van de oudste.
moeder «Rasha» en haar broer «Omar» zijn in 2016 samen gevlucht.
«RAGHAD AL-JABOURI» (MOEDER) WEIGERT MEDEWERKING AAN HET ONDERZOEK.
Neef «Mustafa Haidari» neemt de jongen vrijdags mee, daarna is hij vaak onrustig.
«Farzana» (moeder) heeft PTSS-klachten, behandeling is in september gestart.
Vader, dhr. «Sediqi», geeft aan dat hij geen problemen ziet in de opvoeding.
«Zainab Al-Obaidi» (schoonzus) dreigt de kinderen mee te nemen naar het buitenland.
Het zusje van «Haider» zit op dezelfde basisschool, daar zijn geen zorgen.
Stiefvader «Grzegorz» drinkt vooral in het weekend, dan escaleert het.
mevr. «Kowalczyk-Nowak» heeft om 9.15 uur zelf de Toegang gebeld.
opa «tadeusz» komt elk half jaar een paar weken over en bemoeit zich dan met alles.
Oma «Soewarni» past op de jongste als moeder naar haar werk gaat.
De vader, «Wei Chen», heeft een afhaalrestaurant en werkt van 11 tot 23 uur.
«Lin» (moeder) staat zes dagen per week in de zaak, de kinderen zijn veel alleen.
«Xiaoming» (broer van moeder) tolkte bij het huisbezoek, dat is niet wenselijk.
Moeder «Priya Ramkisoen» wil dat de kinderen bij haar ouders blijven slapen.
Vader «Rajesh Iyer» is expat en reist voor zijn werk, moeder staat er alleen voor.
«Anjali» (zus, 16) wil haar verhaal zelf aan het VHT vertellen.
Telefonisch gesproken met mevrouw «Dos Santos Tavares», zij bevestigt de incidenten.
«Djeison» (halfbroer, 20) heeft sinds de zomer een enkelband.
vader «Nelson Lopes Fortes» is begin november vertrokken en onbereikbaar.
Moeder «Ama Asantewaa» zegt dat de kinderen de hele zomer bij familie in Ghana waren.
«Kwabena» (vader) ontkent dat hij de jongens met een riem slaat.
Ds. «Kofi Agyeman» van de kerkgemeente bemiddelt op verzoek van vader tussen de ouders.
Vriendin van moeder, «Charissa Doelwijt», heeft een sleutel van de woning.
Volgens «Soemodihardjo» (vader) was het een ongeluk met de waterkoker.
«Jurgen Cijntje» is op 12 oktober aangehouden na de mishandeling.
Tante «Shurwienne» wil het meisje in huis nemen, maar woont zelf krap.
moeder: «Xiomara Koeiman», heeft weinig netwerk hier
«Fleur» (zus van vader) is de belangrijkste steunfiguur voor de kinderen.
Dhr. «Dijkhuizen» is sinds augustus de pleegvader van de jongste.
fam. «Zandbergen» (bovenburen) heeft twee keer de politie gebeld.
Buurvrouw «Kamphuis» hoorde vaak geschreeuw en gebonk 's nachts.
moeder heeft een nieuwe vriend, «Rutger», die al na drie weken is ingetrokken
«Heleen» (oma) ziet de kinderen wekelijks en maakt zich grote zorgen.
vader «mark» belt elke avond om te controleren waar moeder is
Moeders vriend («Bram») is niet welkom op school na het incident bij het hek.
De kinderen noemen hun stiefvader ome «Gerrit».
«Van Wijngaarden» (vader) is niet op komen dagen bij het netwerkberaad.
Brief is verstuurd aan dhr. «Vanderveen», er is nog geen reactie.
mw. «In 't Veld» wil alleen in bijzijn van haar advocaat praten.
Gesproken met mevrouw «Uijt den Bogaard», de grootmoeder van vaderskant.
Verklaring ondertekend door «A.C.M. van Rijswijk-Tromp» (moeder).
stukken opgevraagd bij «H.W.G.M. Brinkhuis», de stiefvader
getekend: «J-P Lammers» (vader), akkoord met het veiligheidsplan
Vader «MJ Oosterveld» wil geen contact met de jeugdbeschermer.
oom «Wilh. Geurtsen» heeft de kinderen na het incident opgevangen
De heer «E.A. Nijenhuis» heeft vanuit de PI contact gezocht.
«Soufiane»s oom zit sinds september vast.
«Yara»'s oma wil haar in huis nemen.
Met «Tekin» besproken dat hij niet meer onaangekondigd langskomt.
Zus «Güneş Arslan» (22) is bereid om bij crisis de kinderen op te vangen.
Oom «Hakan Bulut» heeft volgens de kinderen een mes laten zien.
tante «emine» belt elke dag om te vragen hoe het gaat
babaanne «Sevim» woont boven het gezin en hoort alles.
Vader («Ufuk») werkt als taxichauffeur en is 's avonds weg.
Afspraak met meneer «Yavuz» ging niet door, hij was 'vergeten'.
dhr «Karaca» is telefonisch slecht bereikbaar
«Hamza» (broer, 15) is betrokken geraakt bij een steekincident.
moeder «Naima El Khattabi» wil dat haar zus bij het gesprek is
Ome «Driss» heeft de vader van de kinderen bedreigd.
opa «Abdelkader Ouchan» is de enige die vader kan kalmeren.
«Oumaima» (zus, 18) past op als moeder werkt.
De imam heeft «Lahcen» aangesproken op het slaan van de kinderen.
«Ifrah» (moeder) verblijft deels in Engeland bij haar zus.
broer «Filmon» (19) is de steun en toeverlaat van de jongste kinderen.
Vader «Tarek Haddad» heeft de kinderen nog niet aangemeld bij een school.
«Rain» (11) vertelt dat ze 's avonds vaak zelf eten maakt.
«Gift» heeft blauwe plekken op beide bovenarmen, volgens moeder van het voetballen.
fam. «Zomer» is in oktober met de noorderzon vertrokken.
Het gesprek met «Van Assen» (vader) verliep rommelig, hij was onder invloed.
Volgens «Haas» is er thuis niets aan de hand.
Mw. «Schaap» heeft de melding bij Veilig Thuis zelf gedaan.
«Maas» (stiefvader) heeft een huisverbod gehad van tien dagen.
GEZINSSAMENSTELLING: MOEDER «MERCEDES PIETERSZ» EN DRIE KINDEREN (2012, 2015, 2020)
moeder staat in het systeem als «ROSALIA, SHAKIRA»
Hoi, ik heb «Anouk» (moeder) net gesproken, ze komt morgen wel naar het overleg.
gespr. m. vdr. «Kemal» 14/11: ontkent alles, wil geen hulp
i.o.m. «Marloes» (moeder) afgesproken dat de kinderen bij oma slapen
De kinderen verblijven deze week bij «Wendy» en «Patrick», vrienden van moeder.
Opa «Hein» en oma «Trees» zijn bereid om het weekend op te vangen.
«Hope» (9) wil niet dat papa nog in huis komt.
"""
BIRTHDATE = r"""
S. (°«14/03/2012») woont afwisselend bij vader en moeder.
Gezin: moeder, broertje (* «22-06-2019») en een halfzus die elders woont.
Geb.datum kind: «2013/11/09» (volgens moeder, papieren ontbreken)
Hij is geboren op «3e juli 2015» in het OLVG, daarna direct naar de couveuse.
DOB «09JUN2016» staat op het Syrische paspoort van de jongste.
Moeder is van «11-1-'90» en was 16 bij haar eerste zwangerschap.
Y. (geb. «30 sept 2011») zit in de tweede klas.
| Geboortedatum | «15/12/2017» |
Geboortedatum vader: «1982-02-28»
Hij is op «21.10.2010» in Paramaribo geboren en kwam op zijn vijfde naar Nederland.
gebdat oudste «06-09-14»
De jongste (geb «12 feb. 2022») is nog niet ingeschreven bij het consultatiebureau.
Volgens zijn papieren geboren op «1 januari 2009», de echte datum is niet bekend.
Leeftijdsschatting IND: geboren «01-07-2008»
B. («2016-05-19») en zusje (2018) wonen bij moeder.
Moeder schreef in de app: my son was born on «4 March 2024», he is not sleeping.
I. is op «5/5/2015» geboren, na 32 weken zwangerschap.
GEBOORTEDATUM MOEDER «17 AUG. 1993» (NODIG VOOR AANVRAAG)
"""
ID_NUMBER = r"""
Paspoortnummer moeder: «NW3K81PL4»
vreemdelingendocument «W41928376» is verlopen, verlenging loopt
IND-dossier: «1802-77-3146» (aanvraag gezinshereniging vader)
Verwijzing via ZorgDomein, ref. «ZD-88417236» (moeder)
Polisnr. Zilveren Kruis van de jongste: «172839461»
Kenmerk Veilig Thuis: «VT-AMS-2026-118734»
zaaknr. rechtbank «C/13/741128 / JE RK 26-1482» (verzoek OTS)
Tegen vader loopt een strafzaak onder parketnummer «13/284715-26».
PGN van de oudste bij DUO: «84736152»
Patiënt bekend in het Erasmus MC onder «7264810» (HiX-nummer).
A-nummer moeder in de BRP: «7341 925 816»
Klantnummer Stadsbank Oost Nederland: «55102938» (schuldhulp vader)
huurcontract Ymere op naam van moeder, contractnr. «70031842»
Cliënt-ID bij Jeugdbescherming west: «JBW-0088126»
"""
ADDRESS = r"""
Moeder verblijft nu bij een vriendin op «Gooioord 142».
Adres vader: «2e Hugo de Grootstraat 9-III», Amsterdam
Na de ontruiming woont het gezin op «Bloemhofplein 4 B» (tijdelijk).
incident vond plaats in de woning «Columbusstraat 17 zw»
Vader is ingeschreven op «Admiraal De Ruyterweg 240 h», maar slaapt daar niet.
Oma woont op «Johan de Wittlaan 7» in Arnhem en heeft een logeerkamer.
post gaat naar «Wilhelminasingel 55-B», het adres van de zus
«Kruisstraat 118» (Eindhoven) is het adres van de nieuwe partner
Nieuw adres sinds 1 november: «Pioenstraat 25», Groningen.
WOONADRES: «ASSENDORPERSTRAAT 71», ZWOLLE
De kinderen slapen soms bij tante op «Hoefkade 1044a».
"""
POSTCODE = r"""
Moeder is verhuisd naar «1103 TV», vlak bij het metrostation.
postcode vader: «3073 kv»
Adreswijziging doorgegeven, nieuwe postcode «2525CJ».
Het gezin woont in «3531 XT» (Utrecht), boven een winkel.
| postcode | «5622 LB» |
volgens de huurbaas woont opa op «5045 ZK» Tilburg
Briefadres bij de zus, «9741 PK» Groningen
POSTCODE OMA: «8011 VR»
Oom staat ingeschreven op «6825AX» Arnhem, maar woont in Duitsland.
pakketje werd bezorgd op «6213 gt» Maastricht, bij de ex van moeder
Bij de aanmelding stond als postcode «1064 DN» opgegeven.
"""
BSN = r"""
BSN jongste: «{BSN}»
burgerservicenr. moeder «{BSN}» (zie toeslagenbrief)
sofinummer vader: «{BSN}»
Het BSN van de oudste is «{BSN}», nodig voor de aanvraag bij de SVB.
| BSN | «{BSN}» |
Burgerservicenummer (BSN) «{BSN}» hoort bij de moeder.
citizen service number «{BSN}» (from the letter of the Belastingdienst)
BSN-nr. «{BSN}»
bsn «{BSN}» van de stiefvader, opgevraagd i.v.m. de VOG
Aanmelding jongste bij de kinderopvang met BSN «{BSN}».
Het kind heeft pas sinds kort een BSN: «{BSN}»
"""
PHONE = r"""
Moeder is bereikbaar op «06 - 48 19 27 03» (na 16.00 uur).
tel vader «+31(0)6 21 87 45 90»
Oma heeft geen mobiel, alleen vast: «(020) 6 94 12 77».
Tante (Den Haag): «070-3 88 41 29»
WhatsApp vader: «0031-6-38472615»
Vader verblijft in België, gsm «+32 470 12 34 56».
Opa in Turkije, nummer «+90 532 418 77 21»
moeder belt vanuit Marokko met «+212 6 61 23 45 78»
Buurvrouw (zij heeft een sleutel): «050-5712388»
nieuw nummer moeder «038 421 88 17» (vaste lijn)
Contact via de zus: «013-4629118»
"""
EMAIL = r"""
Moeder wil stukken per mail ontvangen op «hodan.w1987@hotmail.com».
mail vader: «r.statia@outlook.com»
Contact loopt via «mama.van.sky@gmail.com».
Stiefvader mailde vanaf «kowalczyk.g@wp.pl» dat hij niet komt.
Tante in Londen: «blessing_owusu@yahoo.co.uk»
e-mailadres moeder: «priyaramkisoen@live.nl»
Vader reageert alleen op «chen.wei88@qq.com».
Graag de uitnodiging ook naar «tarek.haddad@icloud.com» sturen.
mail: «fam.zandbergen@kpnmail.nl» (buren, willen op de hoogte blijven)
"""
IBAN = r"""
Kinderbijslag wordt gestort op «{IBAN}» (rekening van oma).
IBAN moeder: «{IBAN}»
Huur wordt geïnd via «{IBAN}», er is een achterstand van drie maanden.
vader betaalt alimentatie vanaf «{IBAN}»
| rekeningnummer | «{IBAN}» |
Leefgeld gaat naar «{IBAN}» (beschermingsbewind).
Opa stuurt geld naar de rekening van moeder in Polen, «{IBAN}».
Rekening vader in Turkije: «{IBAN}»
rek.nr. stiefvader «{IBAN}»
"""
URL = r"""
De oudste zet filmpjes op «https://www.tiktok.com/@rain.x.ams», ook van ruzies thuis.
Insta van vader: «instagram.com/kwabena_official_010»
Moeder heeft een fundraiser: «https://www.gofundme.com/f/help-hodan-en-haar-kinderen»
snap van het meisje: «https://www.snapchat.com/add/blessing.o2012»
Vader verkoopt spullen via «facebook.com/profile.php?id=100083719264051».
Stiefvader heeft een eigen site «www.grzegorz-klusbedrijf.nl/over-mij», met foto's van de kinderen.
"""
