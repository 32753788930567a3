#!/usr/bin/env python3
"""Generates ../sentences.tsv (fixed seed). Spans are marked [[...]] in the source lines."""
import os, random, re
R = random.Random(5858)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sentences.tsv')

def bsn(r, eight=False):
    while True:
        d = [r.randint(0, 9) for _ in range(9)]
        if eight: d[0] = 0
        if d[1] == 0 and not eight: continue
        s = sum(w * x for w, x in zip(range(9, 1, -1), d[:8])) - d[8]
        if s % 11 == 0 and d[0] + d[1] > 0:
            s9 = ''.join(map(str, d)); return s9[1:] if eight else s9

def iban(r, cc, bank, n):
    acct = bank + ''.join(str(r.randint(0, 9)) for _ in range(n))
    num = ''.join(str(int(c, 36)) for c in acct + cc + '00')
    ck = 98 - int(num) % 97
    return '%s%02d%s' % (cc, ck, acct)

def grp(s): return ' '.join(s[i:i+4] for i in range(0, len(s), 4))

B = {'BSN': [bsn(R) for _ in range(10)] + [bsn(R, True)]}
IB = [iban(R, 'NL', b, 10) for b in ('RABO', 'INGB', 'ABNA', 'SNSB', 'ASNB', 'TRIO')] + [iban(R, 'PL', '', 24), iban(R, 'RO', 'BTRL', 16), iban(R, 'NL', 'KNAB', 10)]

NAME = """Van: [[Sietske Koorn]] namens Woningstichting Den Helder
Verzonden: dinsdag 3 november 2026 09:12 | Van: [[Kees-Jan Blokdijk]]
Aan: [[Rinske de Vries-Groot]]; VHT Noord-Holland Noord
Op 12 okt. 2026 om 14:03 schreef [[Marloes Kaan]]:
Met vriendelijke groet, [[Hennie Schagen]] | Jeugdverpleegkundige GGD Hollands Noorden
mvg [[Dirk-Jan Kuin]], wijkagent Julianadorp
actie: schuldhulp opstarten | actiehouder: [[P. Schermerhorn]] | deadline: wk 48
contact opnemen met school | [[Wendy Zeeman]] | 20-11-2026
Huisbezoek samen met BMW Defensie | [[Groot]] | vóór kerst
vader ([[Ruud Boon]]) zit tot half januari op de Zr.Ms. Karel Doorman
Moeder belt dagelijks met haar man [[Sander]] via de satelliettelefoon van het schip.
oma [[Trijntje]] uit Andijk spreekt alleen West-Fries met de kinderen
Opa [[Klaas Bakker]] helpt in de bollenschuur en haalt de jongens uit school.
OPA [[SIJM]] WIL NIET DAT DE JEUGDZORG OVER DE VLOER KOMT
Tante [[Gerda Dudink]] uit Oudeschild neemt de kinderen mee naar de boot.
Buurman [[Arie Keijzer]] heeft op 14-10-2026 de politie gebeld.
de vriend van moeder, [[Marcel]], slaapt er sinds de zomer bijna elke nacht
Ex-partner [[Joost Hoogland]] heeft een contactverbod.
[[Tomasz Wiśniewski]] werkt als seizoenskracht bij een bollenkweker in Breezand.
De moeder ([[Agnieszka]]) verstaat weinig Nederlands; tolk Pools nodig.
Vader heet [[Ionuț Popescu]] en woont in het huisvestingspand aan de dijk.
[[Mariana]]s zus past op de baby als moeder de vroege dienst heeft.
[[Piotr]] (oom) rijdt de kinderen naar school in Anna Paulowna.
fam. [[Kowalczyk]] is in augustus teruggegaan naar Polen
Vader [[Yusuf Al-Hamwi]] is in 2016 vanuit Aleppo naar Hoorn gekomen.
[[Rasha]] (moeder) is zwanger van het vierde kind.
Oudste broer [[Omar]] zit op het Martinus College in Grootebroek.
Volgens oom [[Khaled Darwish]] gaat het thuis goed, maar moeder zegt iets anders.
De familie [[Al-Khatib]] krijgt hulp van Vluchtelingenwerk.
[[Nour]]'s juf maakt zich zorgen over blauwe plekken.
Moeder [[Djenifer Monteiro]] komt uit Praia en woont sinds 2009 in Den Helder.
Vader [[Adilson Tavares]] zit in detentie in Heerhugowaard.
[[Edmilson]] (broer van moeder) is de vaste oppas.
Oma Nha [[Fátima]] spreekt Kriolu; de kinderen tolken voor haar.
Grootmoeder [[Maria da Luz Semedo]] woont in Lissabon.
Gesprek met mevr. [[Vlaming]] (moeder) op 2 nov. in De Schooten.
Dhr. [[Kaptein]] weigert het gesprek met de gezinsvoogd.
de heer [[J.W. Kok]] is de stiefvader van de kinderen.
M. zegt dat [[Bram]] haar heeft geslagen met een riem.
[[Jesse]] (16) is bij de jongste in de kamer gaan slapen.
zusje [[fenna]] is 7 en huilt veel
Broertje [[Luuk]] (2019) zit op de peuteropvang in Wognum.
Stiefvader [[Dennis van der Veek]] heeft een alcoholprobleem.
VADER [[MARK DE BOER]] ZIT OP ZEE TOT 15 DECEMBER
[[KUIPER, ANNEMIEK]] – moeder – gezag
Gezinssamenstelling: moeder [[Esther]] (1990), vader [[Wouter]] (1988), S. (2012), L. (2016)
moeder | [[Yvonne Wit]] | 1987 | gezag
vader | [[Rob Wijdenes]] | 1984 | geen gezag
[[Anouk]] heeft op 18 november haar moeder bij de GGZ opgehaald.
Het vriendje van S., [[Stijn]], heeft filmpjes gedeeld.
Onderwerp: FW: zorgen om kinderen [[Tesselaar]]
Onderwerp: RE: RE: gezin [[Koopman]] Texel
Bijlage: verslag_[[Dijkstra]]_def.docx
De ouders [[Sjaak]] en [[Ria]] hebben een bollenbedrijf in Zwaagdijk.
Opa [[Jan Bakker]] en oma [[Neeltje]] wonen naast het bedrijf.
Ik heb gesproken met [[Hanneke]], de vriendin van moeder die mee kwam.
Mevrouw [[Lindeboom]] van de Parlan-woongroep belde over de weglopers.
Gezinsvoogd [[Marieke Schouten]] van JBRA is vanaf 1 dec. afwezig.
[[Inge]] van Veilig Thuis heeft de melding aangenomen.
collega [[Roel Timmer]] (wijkteam Schagen) neemt het over
Volgens huisarts [[Pronk]] is er geen medische verklaring voor de plekken.
De mentor, dhr. [[Smit]], ziet dat J. steeds vaker te laat is.
[[Mw. Duin]] nee: Mw. Duin belt moeder terug
Buurvrouw [[Hilda]] hoort 's nachts geschreeuw door de muur.
Tante [[Jolanda Bos]] en oom [[Frits Bos]] willen J. in huis nemen.
De half-broer van moeder, [[Karim]], komt onaangekondigd langs.
Nicht [[Sevgi]] haalt moeder op na haar dienst bij de kassen.
Ex van moeder ([[Ricardo]]) stuurt dreigende berichten via WhatsApp.
[[Ricky]] en [[Melissa]] zijn de ouders van de tweeling.
Moeder vertelt dat oom [[Cor]] geen toegang meer heeft tot het huis.
De oppas ([[Daphne]], 17) was die avond alleen met de kinderen.
[[Mohammed]] (vader) is aangehouden na het incident op de kade.
Broer [[Ahmad]] (19) woont op kamers in Alkmaar.
[[Lars Jonker]] is de vader van L. en woont in Den Burg.
In het gesprek zei [[Noah]] dat hij bang is voor papa.
Vader (mr. [[Pieter Blom]]) is advocaat en dreigt met een klacht.
Zus van vader, [[Trees Moeijes]], heeft tijdelijk het logeerbed.
De kinderen logeren bij de familie [[De Graaf]] in Wervershoof.
[[Kim]] (moeder) heeft een nieuwe vriend uit Medemblik.
De nieuwe partner heet [[Gert Valkering]]; hij heeft een strafblad.
[[Teun]] is de oudste en zorgt voor de kleintjes.
moeder wil dat ome [[Henk]] erbij is bij het overleg
[[Anna Meijer]] is de moeder van de baby.
Pleegmoeder [[Wilma Laan]] geeft aan dat het niet langer gaat.
[[Jelle]] zijn vader werkt op de veerboot van TESO.
Opa [[Ko Bleeker]] (West-Fries, 81) begrijpt de brieven van de gemeente niet.
Overleg met [[Saskia Ooijevaar]] van Intermaris over de huurachterstand.
De Poolse vriendin [[Kasia]] tolkt voor moeder.
[[Elena Ionescu]] (moeder) werkt in de nachtploeg bij de kwekerij.
[[Andrei]] (11) zegt dat hij vaak alleen thuis is.
Oudste zoon [[Mihai]] zit in Roemenië bij oma.
[[Marinus Eelman]] (vader) vaart op een vissersschip uit Den Oever.
Vader verwijst steeds naar zijn moeder, [[Aaltje Eelman]].
Reactie van [[Femke]] (moeder) volgt volgende week.
cc: [[Jorieke Stam]], gedragswetenschapper Kenter
[[Hr. Boersen]] nee
De moeder van [[Sam]] en [[Joep]] is opgenomen.
oma [[miep]] in Venhuizen wil wel helpen
[[Lotte]] heeft op Instagram foto's van haar verwondingen gezet.
Samen met [[Sven]] (vriend van de oudste) is zij weggelopen naar Den Helder.""".split('\n')
# fix the two odd lines with doubled tokens
NAME = [l for l in NAME if not l.startswith('[[Mw. Duin]]') and not l.startswith('[[Hr. Boersen]]')]
NAME += ['Mw. [[Duin]] belt moeder terug over de afspraak bij de GGZ.', 'Hr. [[Boersen]] (opa) wil geen hulp in huis.']

BIRTH = """Geb. [[14-03-2012]], Den Helder
J. (geboren [[2 juli 2013]]) zit in groep 8.
Geboortedatum baby: [[06/09/2025]]
L. ([[18-11-2014]])
Moeder is geboren op [[23.04.1991]] in Praia.
DOB [[2011-05-30]] (jongste zoon)
vader geb [[7 jan '85]]
Gebdat. [[3-2-2016]]
Tweeling geboren op [[12 december 2019]]
zoon | [[09-10-2010]] | woont bij vader
GEBOREN: [[27 AUGUSTUS 2012]]
De baby werd op [[1 mei 2026]] geboren in het Dijklander.
d.o.b. [[19/04/2009]]
S. is jarig op [[4 maart 2015]] en heeft geen feestje gehad.
Oudste dochter (geb. [[21-6-2008]]) woont op Texel.
moeder geboren [[11 okt. 1994]] te Hoorn
geboortedatum: [[20140817]]
Broer van J. (*[[5-01-2017]])""".split('\n')

IDN = """Cliëntnummer Parlan: [[PA-2024-88173]]
VT-dossier [[2026-0011478]] is overgedragen.
patiëntnummer NWZ: [[7734902]]
Dossiernr. JBRA [[JB 22-41097]]
Zaaknummer politie: [[PL1000-2026-334512]]
leerlingnummer [[102884]] (Pieter Nieuwland College)
ID-kaart moeder: [[IR7K2M4P9]]
paspoort vader [[NX4413R82]] (Syrisch paspoort verlopen)
V-nummer [[2809114736]] van de IND
Defensie registratienummer vader: [[R-559821]]
polisnummer zorgverzekering [[114552093-A]]
Het cliëntnr. bij Kenter is [[K-00917]], zie bijlage.
zie registratie [[GGZNHN-33812]] (moeder)
kenmerk Woningstichting Den Helder [[HUUR-48120-07]]""".split('\n')

ADDR = """Moeder woont nu op de [[Keizerstraat 112]] in Den Helder.
Adres vader: [[Middenweg 44-A]], Den Burg
Opa en oma wonen aan de [[Dorpsstraat 9]], Andijk.
Huisbezoek [[Kievitstraat 27b]] (De Schooten)
Het gezin verhuist naar de [[Westerdijk 88]] in Enkhuizen.
De polenwoning ligt aan de [[Belkmerweg 61]].
WOONADRES: [[RIJKSSTRAATWEG 3]] WOGNUM
Vriend van moeder woont op [[Parallelweg 140 III]].
De kinderen verblijven op [[Beatrixlaan 4]] bij tante.
adres oma: [[nieuwstraat 21]], medemblik
Melding van geluidsoverlast op [[Spoorstraat 16 rd]] in Hoorn.""".split('\n')

PC = """Postcode moeder: [[1782 GK]]
woont in [[1791AB]] Den Burg
Oma verhuist naar [[1611 XM]] Bovenkarspel.
[[1622 BC]] Hoorn (adres vader)
Correspondentie naar postcode [[1761 LV]]
pc [[1773ks]]
vader | Schagen | [[1741 NB]]
Nieuw adres in [[1601 RZ]], sleutel op 1 dec.
WOONPLAATS + PC: [[1781 TE]] DEN HELDER
postcode van de pleegouders is [[1687 VC]]
Vader staat ingeschreven op [[1795AP]] (De Cocksdorp).""".split('\n')

PHONE = """Moeder is bereikbaar op [[06-38417729]].
tel vader [[+31 6 5520 1834]]
Opa: [[0223-614982]]
bel oom op [[0228 563 117]] als moeder niet opneemt
WhatsApp moeder: [[06 19 84 55 02]]
Poolse nummer van vader [[+48 512 309 884]]
Vader (aan boord) belt via [[0031 6 2290 4417]]
T [[(0229) 281 650]] (oma)
Mobiel tante: [[0614270938]]
tel. stiefvader [[+316 41 00 72 35]]
Buurvrouw belde vanaf [[0222-315 804]].""".split('\n')

EMAIL = """Mail van moeder: [[sanne.koorn1990@hotmail.com]]
vader mailt vanaf [[m.deboer.marine@gmail.com]]
Het e-mailadres van oma is [[trijntje.westfries@ziggo.nl]].
[[yusuf.hamwi85@outlook.com]] (vader, voorkeur Arabisch)
Van: moeder <[[djeni.monteiro@live.nl]]>
stuur het verslag naar [[fam.eelman@texel.com]]
e-mail oom: [[pwisniewski@wp.pl]]
Reactie gestuurd aan [[kimmie_medemblik@icloud.com]].
EMAIL MOEDER: [[ELENA.IONESCU88@YAHOO.COM]]""".split('\n')

IBANL = ['Kinderbijslag wordt gestort op [[%s]].' % grp(IB[0]),
 'rekening moeder [[%s]]' % IB[1],
 'IBAN vader: [[%s]] (alimentatie)' % grp(IB[2]),
 'Huur wordt afgeschreven van [[%s]].' % IB[3].lower(),
 'Opa maakt zakgeld over naar [[%s]].' % grp(IB[4]),
 'rek.nr. oma [[%s]]' % IB[5],
 'Vader stuurt geld naar Polen, rekening [[%s]].' % grp(IB[6]),
 'Moeder heeft nog een Roemeense rekening: [[%s]]' % IB[7],
 'Bewindvoerder betaalt leefgeld uit op [[%s]].' % grp(IB[8])]

URL = """Moeder zet alles op [[https://www.facebook.com/djenifer.monteiro.9]]
TikTok van de oudste: [[https://www.tiktok.com/@lotte.txl_2010]]
Vader is te vinden op [[instagram.com/marinus_eelman_visserij]]
profiel stiefvader [[https://www.linkedin.com/in/dennis-vd-veek-64a1b2]]
Het filmpje staat op [[https://youtube.com/@noahgaming.hoorn]]
snapchat: [[https://www.snapchat.com/add/ionut.pop22]]""".split('\n')

def bsnl():
    b = B['BSN']
    f = [b[0], '%s.%s.%s' % (b[1][:4], b[1][4:6], b[1][6:]), '%s %s %s' % (b[2][:3], b[2][3:6], b[2][6:]),
         '%s-%s-%s' % (b[3][:3], b[3][3:6], b[3][6:]), b[4], b[5], b[6], b[7], b[8], b[9], b[10]]
    return ['BSN jeugdige: [[%s]]' % f[0], 'bsn moeder [[%s]]' % f[1], 'Burgerservicenummer vader: [[%s]]' % f[2],
            'Aanvraag gedaan met BSN [[%s]] van de baby.' % f[3], 'SOFI/BSN oma [[%s]]' % f[4],
            'BSN | [[%s]]' % f[5], 'Het nummer [[%s]] is het BSN van de oudste.' % f[6],
            'bsn broer: [[%s]] (stond op de brief van DUO)' % f[7], 'BSN-nummer stiefvader [[%s]]' % f[8],
            'BURGERSERVICENUMMER: [[%s]]' % f[9], 'oud BSN van opa [[%s]] (8 cijfers)' % f[10]]

ALLOW = {'PLACE': """Vader is opgegroeid in Huisduinen en werkt nu in Den Helder.
Moeder woonde tot 2024 in Julianadorp.
De kinderen gaan in de vakantie naar Callantsoog.
Opa en oma wonen in Petten, vlak bij de dijk.
Gezin is vorig jaar verhuisd van Warmenhuizen naar Schagerbrug.
de bollenschuur staat in Breezand
Tante woont in Hippolytushoef (Wieringen).
Moeder gaat elke week naar haar zus in Westerland.
Vader vertrekt vanuit Den Oever naar zee.
Oom heeft een kwekerij in Zwaagdijk.
De familie komt uit Venhuizen.
School in Bovenkarspel, sport in Lutjebroek.
De oudste traint bij de voetbal in Grootebroek.
Moeder haalt de boodschappen in Abbekerk.
Vader woont op zichzelf in Twisk.
De kinderen logeren vaak in Spanbroek.
Oma is verhuisd naar Obdam.
Het gezin woont in Blokker, naast de kerk.
Ze wonen in Nieuw-Den Helder, in een portiekflat.
De Schooten is een wijk met veel jonge gezinnen.
Het gezin woont op Texel, in Den Burg.
Vader werkt in de haven van Oudeschild.
Op de camping in De Cocksdorp werkt moeder 's zomers.
De oudste heeft een bijbaan in De Koog.
Gezin is verhuisd van Anna Paulowna naar Schagen.
Wijk Kersenboogerd, Hoorn.
De moeder woont nu in de Grote Waal.
Vader huurt een kamer in Risdam.
In Enkhuizen woont de rest van de familie.
Medemblik en Wervershoof zijn de dorpen waar het gezin het netwerk heeft.
Opa komt uit Andijk en spreekt West-Fries.
Het gezin woont in Opmeer.
De kinderen gaan naar de speeltuin in Hoogkarspel.
Woont in Wognum, werkt in Zwaag.
Moeder komt uit Kaapverdië (Santo Antão).
Vader is geboren in Aleppo, Syrië.
Seizoenswerkers komen uit Opole en Lublin.
De Roemeense familie komt uit Suceava.
vakantie in Portugal (Lissabon) bij familie
Broer woont in Harlingen, vader in Den Hoorn (Texel).
Opgegroeid in Sint Maarten (NH), niet het eiland.
Ze wonen in Sint Maartensbrug.
Oom woont in Winkel, tante in Nieuwe Niedorp.
De tweeling is vaak bij oma in Kolhorn.
Vader werkt in Middenmeer bij de kassen.
GEZIN WOONT IN 't ZAND, OPA IN DIRKSHORN
moeder heeft familie in Wieringerwerf en Slootdorp
Zij is opgegroeid in Oosthuizen en Avenhorn.
Vader woont in Hem en werkt in Venhuizen.
Na de scheiding verhuisde moeder naar Heerhugowaard.""".split('\n'),
'INSTITUTION': """J. zit op de Willem-Alexanderschool in Den Helder.
De oudste volgt de opleiding Zorg bij het Koning Willem I College.
Pieter Nieuwland College (Den Helder), klas 2 vmbo-t.
Het Martinus College in Grootebroek heeft zorgen gemeld.
S. doet havo op het Jan Pieterszoon Coen in Hoorn.
Opname in het Juliana Ziekenhuis, kinderafdeling, bleek niet nodig.
Noordwest Ziekenhuisgroep, locatie Den Helder, heeft de SEH-melding gedaan.
Dijklander Ziekenhuis Hoorn, afdeling kindergeneeskunde.
Moeder is in behandeling bij GGZ Noord-Holland-Noord.
Parlan begeleidt het gezin met ambulante hulp.
Kenter Jeugdhulp doet de diagnostiek.
Triversum heeft een crisisplek aangeboden.
Jeugdbescherming Regio Amsterdam (JBRA) voert de OTS uit.
Veilig Thuis Noord-Holland Noord doet onderzoek.
Het Zorg- en Veiligheidshuis Noord-Holland Noord organiseert het casusoverleg.
Woningstichting Den Helder dreigt met ontruiming.
Intermaris heeft een gesprek over de huurachterstand gepland.
Woonschap Langedijk biedt een andere woning aan.
Koninklijke Marine, Defensie: vader is uitgezonden.
Bedrijfsmaatschappelijk Werk Defensie is ingeschakeld.
Politie Noord-Holland, basisteam Kop van Noord-Holland.
Kindcentrum De Vuurtoren in Den Helder.
Moeder volgt een taalcursus bij het ROC Kop van Noord-Holland.
OBS Prins Willem-Alexander meldt verzuim.
Basisschool De Rank op Texel.
Gezin gaat naar de Syrisch-orthodoxe kerk in Hoorn.
Vader bidt in de Mevlana moskee.
Oudste zit bij de Zeeverkenners Willem Barentsz.
De Jutter: inloop voor jongeren in Den Helder.
Het Regionaal Instituut Dyslexie heeft getest.
Lindenhout Ambulant heeft eerder begeleid.
SEH van het Noordwest Ziekenhuis in Alkmaar.
Kinderen krijgen les op het Clusius College.
Vluchtelingenwerk Noord-Holland helpt met de papieren.
Leger des Heils, locatie Den Helder, biedt dagbesteding.
Moeder heeft een intake bij Brijder Verslavingszorg.
De Boei (opvang) in Alkmaar heeft plaats.
Het Marinebedrijf Den Helder is de werkgever van vader.
Zr.Ms. Karel Doorman is het schip van vader.
Consultatiebureau GGD Hollands Noorden, locatie Schagen.
Raad voor de Kinderbescherming, locatie Alkmaar.
Rechtbank Noord-Holland, locatie Alkmaar, heeft de OTS uitgesproken.
Bij Elan Wonen is een aanvraag voor urgentie gedaan.
Poli kinderpsychiatrie van Dijklander, locatie Purmerend.
MEE & de Wering is gestart met cliëntondersteuning.
Stichting Sint Jan helpt met voedselpakketten.
Kinderopvang Doomijn heeft plek in Hoorn.
Hospice Dignitas in Den Helder begeleidt opa.
De Jeugd-GGZ van Triversum (Alkmaar) heeft een wachtlijst.
Dr. Jac. P. Thijsseschool, groep 6""".split('\n'),
'EVENT_DATE': """Incident op 14-10-2026 rond 23.00 uur.
Huisbezoek geweest op 2 november 2026.
Casusoverleg ZVH op di 10-11-2026, 09.30 uur.
Opname moeder van 03-09-2026 t/m 17-09-2026.
Melding VT binnengekomen op 2026-10-06.
Consultatiebureau: controle 8 weken op 12-10-2026.
De baby had op 21 sept. haar 4-maandenprik.
Vader vertrekt op 5-1-2027 weer naar zee.
Schorsing van school op 29/10/2026.
Politie-inzet in de nacht van 31 okt. op 1 nov.
Zitting rechtbank gepland op 14 januari 2027.
Evaluatie OTS: 18-12-2026.
Aangifte gedaan op 17.11.2026.
Op 6 oktober 2026 is moeder aangehouden.
Vorige VHT-bespreking: 22-09-2026.
Huisverbod opgelegd op 11-11-2026, verlengd tot 08-12-2026.
Laatste contact met vader op 30 okt.
Uithuisplaatsing met spoed op 24-10-2026.
Incident 12-10-2026 op de kade, de dag na de verjaardag van moeder.
Gesprek met de oudste op vr 20/11/26.
Moeder werd op 15 augustus 2025 ontslagen uit de kliniek.
Terugkeer vader van missie: 16-12-2026.
Start Families First: maandag 7 december.
Koningsdag was de laatste keer dat de kinderen bij vader sliepen.
Sinds de kerstvakantie van 2025 gaat J. niet meer naar school.
Datum overleg: 2026-11-24
Eerste melding in week 38 van 2026.
De brand in de schuur was op 02-08-2026.
Moeder werd op 19-09-2026 opgenomen in de kliniek.
Verslag_ZVH_10-11-2026.docx""".split('\n'),
'PROFESSIONAL': """Inbrenger: Willemijn Kossen, gezinscoach, Team Jeugd Den Helder
Vaste deelnemer: Hüseyin Aktaş, Veilig Thuis Noord-Holland Noord
Gedragsdeskundige geraadpleegd: Drs. Brechtje Zandbergen, Kenter Jeugdhulp
Inbrenger: Jan-Willem Tuijp, jeugdconsulent, gemeente Texel
Vaste deelnemer: Ngozi Ofori, JBRA
Gedragsdeskundige geraadpleegd: ja, Mirjam Veldman (GZ-psycholoog Parlan)
De gezinsvoogd van JBRA neemt contact op met vader.
De jeugdarts van de GGD Hollands Noorden ziet de baby.
actiehouder: wijkagent Julianadorp
actie: veiligheidsplan bijstellen | actiehouder: casemanager ZVH | deadline: 01-12-2026
Bedrijfsmaatschappelijk werker Defensie belt vader aan boord.
De huisarts heeft de moeder doorverwezen.
Mentor van het Pieter Nieuwland College meldt verzuim.
voorzitter casusoverleg (ZVH) vat samen
De procesregisseur van het ZVH bewaakt de afspraken.
Aan: vaste deelnemer Veilig Thuis; cc: gedragsdeskundige Kenter
Met vriendelijke groet, gezinscoach Team Jeugd Hoorn
De kraamverzorgende zag het kind op dag 3.
Tolk Arabisch (via tolkentelefoon) was aanwezig.
De ambulant hulpverlener van Triversum start in week 50.
De consulent van Woningstichting Den Helder is uitgenodigd.
Jeugdverpleegkundige JGZ doet een extra huisbezoek.
Intern begeleider van de basisschool is aangeschoven.
De casemanager van de Raad voor de Kinderbescherming schuift aan.
Inbrenger: Priya Ramdin, jeugd- en gezinscoach, Sociaal Team Schagen
Vaste deelnemer: Bart Stroet, Team Jeugd Hollands Kroon
De psychiater van GGZ Noord-Holland-Noord ziet moeder maandelijks.
Van: Team Jeugd Medemblik (vaste deelnemer)
Woonconsulent Intermaris heeft contact met moeder.
De wijkverpleegkundige komt 2x per week.""".split('\n'),
'AGE': """J. is 14 jaar en heeft een eigen mening.
Baby van 8 weken, slaapt slecht.
de oudste (17) wil naar oma op Texel
Moeder was 19 toen ze zwanger raakte.
Broertje van 4 jaar praat nog weinig.
Vader is 52, moeder 31.
Opa is 81 en spreekt West-Fries.
S. wordt in maart 16.
Tweeling van 7 maanden.
jongste: 2,5 jr
M. (12) zorgt voor haar zusjes.
De kinderen zijn 3, 6 en 9 jaar oud.
Hij is pas 11 maar drinkt al bier met de buurjongens.
Meisje van 15 met een vriend van 22.
Moeder, 38 jaar, werkt in de kassen.
Zoon is bijna 18; overgang naar volwassenenzorg.
De baby is 10 dagen oud.
L. viert in mei haar 13e verjaardag.
Kind van ongeveer 5 jaar alleen op straat aangetroffen.
Vanaf zijn 12e woont hij bij opa en oma.""".split('\n'),
'ORG_NUMBER': """Veilig Thuis: 0800-2000 (dag en nacht)
Bij acuut gevaar: 112.
Casus VHT-2026-0117, vervolgbespreking.
KvK Kenter Jeugdhulp 41239685 (zie briefhoofd)
AGB-code praktijk 94012347
Politie geen spoed: 0900-8844
Kindertelefoon 0800-0432
Methylfenidaat 2 dd 10 mg
Veiligheidsscore: inbrenger 3, moeder 7, J. 4.
Huurachterstand EUR 2.340,- (4 maanden)
Kamer 2.14 van het ZVH, overleg start om 09.30.
Ref. ZVH casus 2026-NHN-0412
Zr.Ms. Karel Doorman (A833)
SKJ-registratie is voor professionals verplicht.
Wachtlijst 14 weken bij Kenter.
113 Zelfmoordpreventie: 0800-0113
Dosering sertraline 50 mg 1 dd.
ARIJ-score 2 (matig risico).
Buslijn 33 rijdt niet meer na 23.00 uur.
Meldcode stap 5 afgerond; afwegingskader vraag 3 ja.""".split('\n')}

rows = []
def add(exp, cat, lines):
    for l in lines:
        if exp == 'BLOCK':
            spans = re.findall(r'\[\[(.+?)\]\]', l)
            assert spans, l
            rows.append((exp, cat, ' || '.join(spans), l.replace('[[', '').replace(']]', '')))
        else:
            rows.append((exp, cat, '-', l))
add('BLOCK', 'NAME', NAME); add('BLOCK', 'BIRTHDATE', BIRTH); add('BLOCK', 'ID_NUMBER', IDN)
add('BLOCK', 'ADDRESS', ADDR); add('BLOCK', 'POSTCODE', PC); add('BLOCK', 'BSN', bsnl()); add('BLOCK', 'PHONE', PHONE)
add('BLOCK', 'EMAIL', EMAIL); add('BLOCK', 'IBAN', IBANL); add('BLOCK', 'URL', URL)
for c, ls in ALLOW.items(): add('ALLOW', c, ls)
R.shuffle(rows)
with open(OUT, 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, r in enumerate(rows, 1):
        fh.write('B58-%03d\t%s\t%s\t%s\t%s\n' % ((i,) + r))
print(len(rows))
