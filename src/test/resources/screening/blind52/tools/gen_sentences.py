#!/usr/bin/env python3
"""Generate ../sentences.tsv for blind set 52 (fixed seed; re-running reproduces the file byte for byte).
Markers: [[...]] = personal-data span. Tokens {BSN:fmt} / {IBAN:bank:fmt} are filled with generated values."""
import os, random, re

R = random.Random(5252)
HERE = os.path.dirname(os.path.abspath(__file__))

def elf(d):
    if len(d) == 8: d = '0' + d
    return sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) % 11 == int(d[8]) % 11 and \
        (sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])) % 11 == 0

def bsn(n=9):
    while True:
        d = str(R.randint(1, 9)) + ''.join(str(R.randint(0, 9)) for _ in range(n - 1))
        if elf(d): return d

def fmt_bsn(f):
    if f == '8': return bsn(8)
    d = bsn()
    return {'plain': d, 'dots': d[:4] + '.' + d[4:6] + '.' + d[6:], 'space': d[:3] + ' ' + d[3:6] + ' ' + d[6:],
            'dash': d[:3] + '-' + d[3:6] + '-' + d[6:], 'dots3': d[:3] + '.' + d[3:6] + '.' + d[6:]}[f]

def iban(cc, bank):
    n = {'NL': 10, 'DE': 18}[cc]
    acct = bank + ''.join(str(R.randint(0, 9)) for _ in range(n))
    num = ''.join(str(int(c, 36)) for c in acct + cc + '00')
    chk = 98 - int(num) % 97
    return '%s%02d%s' % (cc, chk, acct)

def fmt_iban(bank, f):
    cc = 'DE' if bank == 'DE' else 'NL'
    s = iban(cc, '' if cc == 'DE' else bank)
    if f == 'group': return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))
    if f == 'lower': return s.lower()
    return s

def fill(line):
    line = re.sub(r'\{BSN:(\w+)\}', lambda m: fmt_bsn(m.group(1)), line)
    line = re.sub(r'\{IBAN:(\w+):(\w+)\}', lambda m: fmt_iban(m.group(1), m.group(2)), line)
    return line

BLOCK = {}
BLOCK['NAME'] = r"""
Melder: buurvrouw, wil anoniem blijven. Betrokkenen: moeder, J. (2014) en de vriend van moeder, [[Roelof Hadders]].
Betrokkenen: mw. [[G. Jalving-Oosting]] (moeder) en dhr. [[Seubring]] (stiefvader), beiden wonend in Sleen.
Zorgen: [[Harmke]] (zus van moeder) ziet dat de kinderen 's avonds alleen thuis zijn.
pt. vlgs. dochter [[Lammigje]] al jaren afhankelijk van alcohol, ivm schulden niet in zorg geweest
Opa [[Hendrik]] zegt over zijn kleinzoon alleen 'wat mot ie dan', hij wil er niet over praten.
oma [[trijntje]] past op woensdag op, zij woont aan de es in Zweeloo
Signalen: broer [[Egbert Lanting]] heeft K. op 3 november hardhandig in de auto getrokken.
MDO mbt [[Geesje]] en haar vriend uitgesteld, GI nog niet aangesloten
dhr. [[Klompmaker]] (buurman) heeft de politie gebeld toen hij geschreeuw hoorde
De ex van moeder, [[Jans Wolters]], heeft een contactverbod sinds de zomer.
GEZIN [[HUMMEL]] - EERSTE INBRENG
[[Bloemert]] belde namens de familie, hij is de oom van de kinderen
fam. [[Strijker-Eleveld]] woont al vier generaties op de boerderij bij Gasselte
Volgens opa [[Albert Jeuring]] is het 'gewoon een stille jongen, net as ie vader'.
vlgs. mw. [[Zwiers]] drinkt partner dagelijks 6-8 blikjes, obv eigen zeggen
| tante | [[Hilje]] | woont in Borger | netwerk, haalt kinderen op |
Betrokkenen: vader [[Khaled Al-Shami]] (1984), moeder en drie kinderen, azc Ter Apel.
Moeder [[Rasha]] spreekt weinig Nederlands, tolk Arabisch via COA geregeld.
Zorgen: oudste zoon [[Abdulrahman]] (16) slaat volgens school zijn broertje.
[[Amat Al-Aghbari]] (moeder, Jemen) is in Assen in een noodopvang geplaatst.
dhr. [[Ba-Wazir]] wil niet dat zijn dochter naar de gymles gaat
De oom van de kinderen, [[Mohammed Saleh Bajammal]], is nog in Sana'a.
Melder: school. Betrokkenen: moeder [[Senait Ghebremeskel]] en drie kinderen.
[[Yonas]] (halfbroer, 19) woont bij vrienden in Emmen en komt onaangekondigd langs
vader [[Tesfamariam]] zit volgens moeder in Libië, geen contact
Het meisje noemt haar tante [[Akberet]] als veilige persoon.
Betrokkenen: [[Zarmina Ahmadzai]] (moeder), de vier kinderen en oom [[Farid Noorzai]].
mw. [[Khatera]] geeft aan dat haar man haar opsluit als ze naar taalles wil.
OOM [[NOORULLAH]] HEEFT DE PAPIEREN VAN MOEDER IN BEZIT
Georgische familie: moeder [[Nino Beridze]], vader is terug naar Tbilisi.
[[Giorgi]] (stiefvader) is in oktober aangehouden in Veendam.
Oma [[Tamar]] wil de kinderen meenemen naar Georgië, volgens de GI een reëel risico.
Betrokkenen: moeder [[Rosita Weiss]], vader en vijf kinderen, woonwagenstandplaats Emmen.
[[Django]] (oudste zoon) is 17 en heeft geen schooldiploma, LPA niet ingeschakeld
De grootvader, [[Ludwig Rosenberg]], is volgens de familie 'de baas op het kamp'.
fam. [[Kwiek]] wil geen hulpverlener op het terrein
tante [[mirella]] van vaders kant regelt alle contacten met de gemeente
Vader [[Jürgen Többen]] woont in Emlichheim en haalt de kinderen om het weekend op.
oma [[Anneliese Wösten]] uit Meppen heeft op 12 november Veilig Thuis gebeld
[[Thünemann]] (vriend van moeder) rijdt zonder rijbewijs met de kinderen naar Duitsland
Zorgen: stiefvader [[Heiko]] is in Nordhorn veroordeeld voor huiselijk geweld.
De moeder, [[Wilhelmina Tuhumury-Siahaya]], woont in de Molukse wijk in Assen.
opa [[Pattiasina]] is een gerespecteerd man in de wijk, hij wil meedenken
[[Jopie]] (tante) heeft de kinderen in november drie weken opgevangen
Betrokkenen: vader [[Dolf Latuheru]], moeder, twee zonen (2010, 2013).
mw. [[Sahetapy]] is bang dat de familie haar verstoot als ze scheidt
GGZ-intake pt. [[Bram Wattimena]], 38 jr, verwezen door HA ivm agressie thuis
zus [[Mientje]] zegt dat vader 'het altijd zo gedaan heeft'.
Melder: dhr. [[Nanlohy]], buurman, hoorde op 20-11-2026 een vrouw gillen.
Betrokkenen: moeder [[Joke Bos-Hadders]], vader [[Rikus Bos]], T. (2012).
| stiefvader | [[Wessels]] | 1981 | woont sinds 2024 in |
[[Arend-Jan]] is de nieuwe vriend van moeder, hij heeft een verleden in Coevorden
Dictaat: vader [[Harm]]... uh ... vader Harm dus, weigert het gesprek, zegt 'ik hoef hum niet te spreken'.
mw. [[Jantina Hofsteenge]] gaf toestemming voor overleg met de huisarts.
Zorgen: de neef, [[Lubbert Kremer]], woont in de schuur achter de boerderij.
Tante [[Fennie]] zit in de kerkenraad in Westerbork en kent iedereen.
Volgens de buurvrouw [[Benjamins]] wordt er veel geschreeuwd na middernacht.
I.o.m. GI is besloten dat moeder [[Greetje]] de kinderen niet alleen mag ophalen.
vader zegt 'ie' als hij zijn zoon bedoelt; de zoon, [[Jurjen]], vindt dat vernederend
[[Mulder-Pepping]], mw., 43 jaar, bekend bij VNN sinds 2019
intake VNN: pt. [[R.J. Nijboer]], mbt cocaïnegebruik en geweld in relatie
opa en oma [[Lanjouw]] uit Dalen zijn het vangnet
ik heb met [[Marleen]] gesproken, de moeder van het vriendinnetje van S.
Signalen: ex-partner [[Kevin Eising]] stuurt dreigende berichten via Snapchat.
ZUS [[GEERTRUIDA]] WIL NIET DAT HAAR NAAM WORDT GENOEMD
Betrokkenen: pleegmoeder [[Annie Schepers]] (netwerkpleeggezin, Klazienaveen).
De vriend van de oudste, [[Dylan]], is 22 en dealt volgens school.
mevr. [[Yıldırım-Doğan]] (oma) spreekt alleen Turks
Melder: mw. [[Hester Brink]], jeugdverpleegkundige GGD Drenthe.
Mevrouw [[Talsma]] van het Sociaal Team Emmen belde op maandag over de huur.
Ik heb op 24-11-2026 overlegd met [[Jeroen Smeenge]] van Jeugdbescherming Noord.
Afspraak gemaakt met huisarts [[Tiemersma]] in Gieten voor een check.
wijkagent [[Hoekstra]] heeft het gezin al langer in beeld
i.o.m. gedragsdeskundige [[Anouk]] besloten het MDO te vervroegen
De leerkracht, juf [[Sanne]], zag blauwe plekken op de bovenarm.
Intake gedaan door dr. [[M. Mensink]], psychiater GGZ Drenthe, obv verwijzing HA.
Overleg met mentor [[Roetert]] van het Esdal College: verzuim 40 uur.
Contactpersoon COA, [[Yvette Ensing]], regelt de overplaatsing naar Assen.
[[Hanneke]] van Domesta bracht een brief over huurachterstand.
Voogd [[Pieter Groenhof]] (Nidos) is niet bereikbaar geweest.
Betrokkenen: moeder, kinderen, vriend [[Ricardo]] (verblijft er 'af en toe').
[[Jan-Willem]] en [[Ria Oosterveld]] zijn de buren die de melding deden.
De broers [[Mehmet]] en [[Emre]] zijn bij de ruzie betrokken geweest.
moeder noemt de vriend '[[Big B]]', echte naam volgens school [[Bertus Dilling]].
GI: OTS loopt, gezinsvoogd [[Baukje]] wil de maatregel verlengen.
Zorgen: [[Lisanne]] (15) is op 14 november weggelopen naar Stadskanaal.
Stiefvader [[Remco]] 'mot d'r niks van hebben', vlgs. moeder.
MELDER: DHR. [[SCHUURING]], OPA VAN VADERSKANT
vader [[ahmadi]] heeft in het azc een andere bewoner bedreigd
[[Filmon]] is de neef die voor moeder tolkt, maar volgens de GI niet neutraal
Mw. [[Gebru]] wordt opgevangen door Vluchtelingenwerk, zoon blijft bij vader.
[[Marco]]s vriendin was erbij toen de ruit werd ingeslagen.
[[Ilse]]'s nieuwe partner heeft een straatverbod gehad in Meppel.
Dochter van [[Hendriks]] zit op dezelfde school als J.
oma [[Berendina Huizing-Hummel]] is op 80-jarige leeftijd nog mantelzorger voor moeder
Moeder [[Souad]] zegt 'ik ben bang voor zijn familie'.
vriendin van moeder, [[Daisy Kuipers]], heeft een eigen zorgmelding gedaan
De zwager, [[Rinus Smit]], is aanwezig bij alle gesprekken 'als steun'.
[[Ahmad]] en [[Parwin]] zijn de ouders, getrouwd in Kabul.
Bespreking met moeder en haar broer [[Ubbo]] in Odoorn.
""".strip().split('\n')

BLOCK['BIRTHDATE'] = r"""
Betrokkenen: J., geb. [[14-03-2012]], woont bij moeder in Angelslo.
geboortedatum zoon: [[02.09.2015]]
moeder (geb. [[7 juli 1989]]) is in 2019 vanuit Eritrea gekomen
| jongste | [[2018-05-21]] | basisschool | |
Gebdat. pt. [[11/11/1979]], intake VNN
Dochter werd op [[3 januari 2013]] geboren in het Scheper.
S. ([[19-08-2011]]) heeft geen contact meer met vader.
GEB. [[29 FEB 2016]], ZOON
DOB oudste: [[12 okt '09]]
baby geboren [[01-12-2026]] in Bethesda, vader onbekend
Jeugdige: M. ([[23.04.2014]])
geboren [[8 mei 2010]] in Kabul volgens de papieren van het COA
dochter, geboortedatum [[20100617]]
broertje is van [[5-11-2019]], moeder was toen nog in het azc
Geb.datum vader: [[30 maart 1983]]
zoon ([[17 sept. 2012]]) zit op Dr. Nassau College
jarig op [[4 juni 2011]] - wordt dus 16 volgend jaar
T. is geboren op [[25-1-2017]] te Emmen
""".strip().split('\n')

BLOCK['ID_NUMBER'] = r"""
cliëntnr. VNN [[1029384]] (pt. is bekend sinds 2021)
V-nummer moeder: [[2719384401]]
Patiëntnummer Treant: [[T-7712093]]
Dossiernummer Veilig Thuis Drenthe: [[VTD-2026-18832]]
leerlingnummer zoon [[LLN 204873]] op het Esdal College
zaaknummer politie [[PL0100-2026387214]] (aangifte mishandeling)
UMCG patnr [[8451129]]
Nidos dossier [[ND-44712]] voor de oudste
ID-kaart vader: [[IRH8K72P1]]
paspoortnr. moeder [[NWF4T9LR2]] ligt bij het COA
GGZ Drenthe clientnummer: [[GGZD 0398812]]
Accare dossier [[ACC/22/10974]] loopt nog
W-document nr. [[W27184390]] (asielzoeker)
Lentis registratienr. [[LN-562201]]
""".strip().split('\n')

BLOCK['ADDRESS'] = r"""
Het gezin woont op [[Angelsloërdijk 312]] in Emmen, boven de winkel.
adres oma: [[Hoofdstraat 81a]], Borger
Betrokkenen wonen op [[Schepersmaat 17-3]], Kloosterveen (Assen)
vader verblijft bij zijn broer aan de [[Weerdingerstraat 204 B]] in Emmen
Melder: buurman, [[Noorderstraat 55]], Meppel
| adres | [[Brinkstraat 9]] | Sleen |
moeder is verhuisd naar [[Vaart Zuidzijde 144]] in Assen (huurwoning Actium)
woonadres: [[Stationsstraat 2-II]] Veendam
ADRES VADER: [[KERKSTRAAT 23]] COEVORDEN
Kinderen slapen bij opa op [[Zuideropgaande 118]], Hollandscheveld.
Huisbezoek gedaan op [[Dr. Picardtlaan 41]], Dalen
""".strip().split('\n')

BLOCK['POSTCODE'] = r"""
postcode gezin: [[7823 LK]]
Woonachtig in [[9407HT]] Assen
vader woont in [[7908 AB]] Hoogeveen, zonder eigen voordeur
| postcode | [[7741 PX]] |
oma: Emmer-Compascuum, [[7881 EG]]
moeder is ingeschreven op het adres van een vriendin ([[9501 VD]] Stadskanaal)
pc [[9561ma]] ter apel (azc)
Adresgegevens na verhuizing: [[7942 JS]] Meppel.
POSTCODE: [[9671 BZ]]
De nieuwe woning van Lefier staat in [[9642 AL]] Veendam.
gezin verhuist eerst naar [[7765 AW]] Weiteveen, daarna misschien naar Duitsland
""".strip().split('\n')

BLOCK['BSN'] = r"""
BSN jeugdige: [[{BSN:plain}]]
bsn moeder [[{BSN:dots}]] (staat op de beschikking)
Burgerservicenummer vader [[{BSN:space}]]
| BSN | [[{BSN:dash}]] |
sofinr./bsn oudste [[{BSN:8}]]
BSN BABY: [[{BSN:plain}]]
in het MDO werd het bsn [[{BSN:dots3}]] genoemd, hoort niet op de kaart
Kind is ingeschreven met BSN [[{BSN:plain}]] op het adres van oma
bsn: [[{BSN:space}]] (pt.)
COA gegevens: BSN [[{BSN:plain}]], gezinssamenstelling 5
nr. [[{BSN:dots}]] (bsn zus)
""".strip().split('\n')

BLOCK['PHONE'] = r"""
Melder bereikbaar op [[06-48213377]]
tel. moeder: [[06 19 72 40 83]]
vader (Duitsland) [[+49 151 28837412]]
oma is bereikbaar op [[0591-631480]] (vast nummer, Emmen)
| telefoon | [[0592 374 119]] |
nummer oom: [[+31 6 3018 2547]]
ex belt steeds vanaf [[0031 6 42 91 77 30]]
bel tante via [[0599-612743]]
buurvrouw: [[0528 263 901]], mag gebeld worden
06 van moeder is [[0652817094]]
whatsapp vader [[+31658274003]]
""".strip().split('\n')

BLOCK['EMAIL'] = r"""
Mail moeder: [[jantina.hadders78@hotmail.com]]
vader mailt vanaf [[khaled.shami84@gmail.com]]
contact oma via [[oma.trijn@ziggo.nl]]
| e-mail | [[rosita.weiss@live.nl]] |
EMAIL STIEFVADER: [[HEIKO.T@GMX.DE]]
moeder heeft verzocht om te mailen naar [[nino.b.1990@outlook.com]]
pt. gebruikt [[r.nijboer@kpnmail.nl]] voor afspraken VNN
tante stuurde de foto's vanaf [[mientje_pattiasina@hotmail.com]]
de dreigmail kwam van [[bigbertus1988@yahoo.com]]
""".strip().split('\n')

BLOCK['IBAN'] = r"""
IBAN moeder: [[{IBAN:RABO:plain}]]
schuldhulp: huur wordt overgemaakt van [[{IBAN:INGB:group}]]
| rekening | [[{IBAN:SNSB:plain}]] |
kinderbijslag gaat naar rekening [[{IBAN:ABNA:group}]] van vader
vader (Emlichheim) heeft een Duitse rekening [[{IBAN:DE:group}]]
rek.nr oma [[{IBAN:ASNB:lower}]]
toeslagen op [[{IBAN:TRIO:plain}]]
Leefgeld moeder via beschermingsbewind naar [[{IBAN:BUNQ:group}]]
IBAN: [[{IBAN:RABO:group}]] (tnv stiefvader)
""".strip().split('\n')

BLOCK['URL'] = r"""
Filmpje staat op [[https://www.tiktok.com/@lisanne.emmen07]]
Facebook vader: [[facebook.com/rikus.bos.5]]
Instagram oudste: [[instagram.com/dj_rosenberg_17]]
de ex zet foto's op [[https://www.snapchat.com/add/kev.eising]]
moeder verkoopt spullen via [[www.marktplaats.nl/u/jantina-h/2283172]]
Profiel stiefvader: [[https://www.facebook.com/heiko.thunemann.nordhorn]]
""".strip().split('\n')

ALLOW = {}
ALLOW['PLACE'] = r"""
Het gezin woont sinds 2022 in Emmerhout, daarvoor in Bargeres.
Oma woont in Sleen, opa is in Dalen begraven.
vader werkt op een melkveebedrijf bij Borger
kinderen gaan naar school in Gieten
moeder is opgegroeid in Exloo en Odoorn
Tante woont in Zweeloo, vlak bij de kerk.
De familie komt oorspronkelijk uit Anloo.
verhuisd van Eext naar Grolloo in 2025
opa rijdt elke dag naar Rolde, 'dat hoort hum zo'
Het gezin heeft vakantie gehad in Ruinen.
Vader is in Havelte gelegerd geweest.
oma woont in Diever, de tante in Vledder
Zoon sport in Norg, dochter zit op ballet in Peize.
moeder werkt in Roden
Vader werkt op Groningen Airport Eelde.
Grootouders wonen in Zuidlaren.
K. logeert in Annen bij de tante van moeder.
gezin woonde eerst in Gasselte, nu in Valthe
Opa woont in Weiteveen, vlak bij de grens.
Moeder heeft familie in Erica en Emmer-Compascuum.
Vader komt uit Nieuw-Buinen.
De kinderen zijn in Angelslo op de speeltuin gezien.
MOEDER WOONT IN KLAZIENAVEEN, VADER IN SCHOONEBEEK
Kloosterveen is de nieuwe wijk waar het gezin sinds de zomer woont.
Zij hebben een woning in Pittelo en de oma woont in Lariks.
vader is naar Emlichheim verhuisd (Duitsland, net over de grens)
De familie van vader woont in Meppen.
Gezin kwam via Ter Apel naar Assen, oorspronkelijk uit Aleppo.
Moeder is gevlucht uit Asmara via Libië en Italië.
Familie uit Herat, Afghanistan, sinds 2023 in Nederland.
Vader komt uit Kutaisi, Georgië.
moeder en kinderen zijn uit Taiz (Jemen) gekomen
Opa is geboren op Ambon en kwam in 1951 naar Nederland.
Westerbork: het gezin woont in het dorp, niet bij het kamp.
De oudste zoon woont in Nieuw-Amsterdam.
Ze zijn verhuisd van Winschoten naar Veendam.
kinderen gaan om de week naar vader in Stadskanaal
gezin woonde tijdelijk in Coevorden bij vrienden
Moeder werkt in een kas tussen Emmermeer en Erica.
vader heeft een baan in Hoogeveen, moeder in Meppel
De kinderen zijn in de herfstvakantie in Beilen geweest.
oma woont in Roswinkel
familie heeft een caravan op een camping in Drouwen
De zus van moeder woont in Borger-Odoorn, in Buinen.
Vader is uitgezet naar Duitsland en verblijft in Lingen.
opa en oma wonen op een boerderij buiten Orvelte
moeder is geboren in Hollandscheveld
Het gezin is van Emmen naar Assen verhuisd.
Zij komen uit Mussel, net boven Stadskanaal.
Het meisje heeft een vriendin in Nieuw-Weerdinge.
""".strip().split('\n')

ALLOW['INSTITUTION'] = r"""
Moeder ligt opgenomen in het Scheper Ziekenhuis in Emmen.
Baby is geboren in Bethesda Hoogeveen.
K. is gezien op de SEH van het Wilhelmina Ziekenhuis Assen.
Verwezen naar het UMCG, Beatrix Kinderziekenhuis.
vader is opgenomen geweest in het Ommelander Ziekenhuis Groningen
Moeder is in behandeling bij GGZ Drenthe (FACT-team Emmen).
zoon staat op de wachtlijst bij Accare in Assen
Lentis heeft de crisisdienst gedaan op zaterdagavond.
vader is sinds 2023 in zorg bij VNN (Verslavingszorg Noord Nederland)
Jeugdbescherming Noord voert de OTS uit.
Veilig Thuis Drenthe heeft de melding in onderzoek.
Het COA heeft het gezin overgeplaatst naar het azc Assen.
De oudste staat onder voogdij van Nidos.
Vluchtelingenwerk Noord-Nederland begeleidt moeder bij de inburgering.
Sociaal Team Emmen heeft de procesregie.
Domesta heeft een huurachterstand gemeld.
Lefier wil een laatste kans-overeenkomst sluiten.
Actium heeft de woning geïnspecteerd.
Woonservice Drenthe biedt een andere woning aan in Meppel.
Politie Noord-Nederland, basisteam Zuidoost-Drenthe, heeft een zorgmelding gemaakt.
zoon zit op het Dr. Nassau College, locatie Quintus
dochter zit op het Menso Alting in Hoogeveen
Hij zit op het Christelijk College Groevenbeek.
K. zit op OBS De Dobbestee.
De oudste zit op het Esdal College in Emmen.
Moeder volgt een training bij Yorneo.
Het gezin krijgt ambulante hulp van Cosis.
de kinderen gaan naar de Stichting Kinderopvang Emmen
Treant heeft een kraamzorgmelding gedaan.
Raad voor de Kinderbescherming regio Noord-Nederland is gevraagd.
Reclassering Nederland begeleidt vader.
Leger des Heils Noord biedt beschermd wonen.
De zaak ligt bij de rechtbank Noord-Nederland, locatie Assen.
vader bezoekt de Molukse kerk in Hoogeveen
moeder gaat naar de moskee in Emmen
opa is ouderling in de Gereformeerde Kerk van Zweeloo
zoon voetbalt bij VV Sleen
dochter zit bij de scouting in Borger
Kinderen zijn aangemeld bij Humanitas Home-Start.
Moeder is tijdelijk naar de vrouwenopvang van Fier in Leeuwarden.
Jeugdarts JGZ Drenthe heeft de groei gevolgd.
GGD Drenthe doet de JGZ voor de 4-18 jarigen.
De Kindertelefoon is door het meisje gebeld.
Het Drents Museum organiseerde het schoolreisje waarbij het incident gebeurde.
oudste doet een stage bij Wildlands Adventure Zoo
Zorggroep Tangenborgh heeft opa opgenomen.
Het Leger des Heils en Cosis overleggen over de woonplek.
Moeder volgt les bij het Drenthe College.
De Hoop (ggz, verslavingszorg) is in beeld voor vader.
Zoon is aangemeld bij Jeugdhulp Drenthe, Kinderdagcentrum De Roos.
""".strip().split('\n')

ALLOW['EVENT_DATE'] = r"""
Op 14-11-2026 heeft de politie een zorgmelding gemaakt.
Huisbezoek gedaan op 22-10-2026.
MDO gepland op di 8 december 2026.
Moeder is op 03-11-2026 opgenomen in het Scheper.
Incident: 17/10/2026, 23.15 uur, geschreeuw en glasgerinkel.
consultatiebureau 12-11-2026: baby weegt te weinig
Intake VNN op 2026-11-19, pt. kwam niet
Zitting rechtbank 15 januari 2027 (verlenging OTS).
De melding kwam binnen op 09.11.2026.
Verhuizing naar Assen was op 1 september.
Opname UMCG 25-10-2026 tot 29-10-2026
Geboorteaangifte is gedaan op 05-12-2026 (geboorte was een week eerder).
Het kind is geboren in week 47; kraamzorg gestart op 20-11-2026.
Vader is op 11-11-2026 aangehouden in Veendam.
Moeder is op 7 juli 2026 in Nederland aangekomen.
Laatste contact met school: vrijdag 27 november.
Bespreking VT op 2-12-2026 om 10.00 uur.
Aanmelding Accare 16-09-2026, wachtlijst tot maart.
overplaatsing azc Ter Apel naar Assen: 08-10-2026
De vorige veiligheidsplan-evaluatie was op 30-9-2026.
Eerste melding bij VT was in maart 2024.
Crisisopname Lentis 21/11/26 (nacht van vrijdag op zaterdag)
OTS uitgesproken per 14-08-2026 voor een jaar.
Verjaardagsfeest op 13-11-2026 liep uit de hand.
Gesprek met moeder gepland op 10-12-2026.
Het schoolverzuim begon na de herfstvakantie (19-10-2026).
Aangifte gedaan op 24.11.2026 bij het bureau in Emmen.
peuterbureau 4 maanden-controle 18-12-2026
Geboren in week 40, eerste controle bij JGZ op 01-12-2026
Sinterklaasviering op school (4-12-2026): meisje durfde niet naar huis.
""".strip().split('\n')

ALLOW['PROFESSIONAL'] = r"""
Melder: de jeugdverpleegkundige van de GGD Drenthe.
De gezinsvoogd van Jeugdbescherming Noord is aanwezig bij het MDO.
Inbrenger: Marjolein Dekker-Hofman, gezinscoach, Sociaal Team Emmen
Vaste deelnemer: Wiebe Kornelis, Veilig Thuis Drenthe
Gedragsdeskundige geraadpleegd: Fenna Stuiver, orthopedagoog Jeugdbescherming Noord
de wijkagent van Emmerhout heeft het gezin bezocht
De huisarts in Gieten heeft moeder doorverwezen.
i.o.m. de psychiater van GGZ Drenthe is de medicatie verhoogd.
mentor van het Esdal College meldt verzuim
De casusregisseur van het COA coördineert.
De voogd van Nidos is uitgenodigd.
Casemanager VNN heeft het intakegesprek gedaan.
Inbrenger: Ruud Tiemens, jeugdconsulent, gemeente Coevorden
Vaste deelnemer: Annelies Broekema, Sociaal Team Emmen
Gedragswetenschapper geraadpleegd: Tessa Vonk, GZ-psycholoog Accare
de verloskundige uit Hoogeveen maakt zich zorgen
kinderarts van het Wilhelmina Ziekenhuis ziet geen medische oorzaak
Zorgen gemeld door de intern begeleider van OBS De Dobbestee.
Vluchtelingenwerk-medewerker begeleidt moeder bij de IND.
de schuldhulpverlener van de gemeente Emmen heeft een plan gemaakt
Inbrenger: Samira Boukhari, medewerker Veilig Thuis Drenthe
Vaste deelnemer: Henk-Jan Mulderij, gemeente Assen (Toegang)
de consulent van Domesta wil met moeder praten
Melder: de leerplichtambtenaar van Borger-Odoorn.
De jeugdarts van JGZ Drenthe ziet een groeiachterstand.
Gedragsdeskundige geraadpleegd: Maarten Bleeker, orthopedagoog-generalist, Veilig Thuis Drenthe
Casusregisseur Jeugdbescherming Noord vraagt om een VHT-advies.
De Raadsonderzoeker van de RvdK sluit aan bij het gesprek.
De kraamverzorgster heeft het gemeld bij de huisarts.
tolk Tigrinya (via tolkencentrum) aanwezig bij het gesprek
""".strip().split('\n')

ALLOW['AGE'] = r"""
Jeugdige is 14 jaar en zit in de tweede klas.
Signalen: moeder is 19, vader 23, 'ie' (de baby) huilt veel.
baby van 6 weken
Oma is 82 en woont zelfstandig.
De oudste is bijna 18, daarna stopt de OTS.
broertje (3 jr) gaat naar de peuteropvang
pt., 41 jaar, gescheiden, 2 kinderen
J. (2012) is nu 14.
Het meisje van 11 jaar slaapt bij oma.
jongens van 9 en 12 jaar
Moeder was 16 toen ze zwanger raakte.
vader is 52 en heeft een WIA-uitkering
De jongste wordt in januari 5.
Halfzus (21) woont op zichzelf.
K. (2015), 11 jaar, heeft een LVB.
kinderen: 2, 4 en 7 jaar oud
De tweeling is 16 maanden.
Zoon (17) wil bij vader wonen.
ZE IS 13 EN HEEFT AL EEN VRIEND VAN 19
opa (76) is recent weduwnaar, 'wat mot ie nou allennig'
""".strip().split('\n')

ALLOW['ORG_NUMBER'] = r"""
Moeder heeft de folder met 0800-2000 (Veilig Thuis) gekregen.
Bij acuut gevaar: 112 bellen.
Politie zonder spoed: 0900-8844.
De Kindertelefoon is 0800-0432.
113 Zelfmoordpreventie: 0800-0113.
VHT-2026-0071 (eerste inbreng), vervolgbespreking onder hetzelfde nummer
Eerder besproken als VHT-2025-0188.
KvK-nummer Stichting Cosis: 01078532.
AGB-code huisartsenpraktijk: 01053621.
methylfenidaat 3 dd 10 mg
Moeder gebruikt 60 mg methadon per dag.
Veiligheidsscore inbrenger: 3 (op schaal 0-10).
ARIJ-score: hoog risico (5 van 6 items)
Huurachterstand € 2.340,-.
Kinderen zien vader 2 x per maand begeleid.
Verzuim: 38 uur sinds 1 september.
Sociaal Team Emmen: 14 0591.
Meldcode stap 5: besluit melden.
Wet verplichte ggz, artikel 7:1 niet van toepassing.
Artikel 1:255 BW, OTS voor 12 maanden.
""".strip().split('\n')

def parse(line):
    spans = re.findall(r'\[\[(.+?)\]\]', line)
    return re.sub(r'\[\[(.+?)\]\]', r'\1', line), spans

rows = []
for cat, lines in BLOCK.items():
    for l in lines:
        s, sp = parse(fill(l))
        rows.append(('BLOCK', cat, ' || '.join(sp), s))
for cat, lines in ALLOW.items():
    for l in lines:
        rows.append(('ALLOW', cat, '-', l))
R.shuffle(rows)
with open(os.path.join(HERE, '..', 'sentences.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, r in enumerate(rows, 1):
        fh.write('B52-%03d\t%s\n' % (i, '\t'.join(r)))
print(len(rows))
