#!/usr/bin/env python3
"""Generates ../sentences.tsv for blind set 56 (fixed seed). Spans are marked [like this] in the source lines."""
import os, random, re
R = random.Random(5656)
HERE = os.path.dirname(os.path.abspath(__file__))

def elf(d):
    if len(d) == 8: d = '0' + d
    s = sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])
    return s % 11 == 0
def bsn(n=9):
    while True:
        d = str(R.randint(1, 9)) + ''.join(str(R.randint(0, 9)) for _ in range(n - 1))
        if elf(d): return d
def iban(bank, cc='NL', acclen=10):
    while True:
        acc = ''.join(str(R.randint(0, 9)) for _ in range(acclen))
        if acc[0] == '0': continue
        bban = bank + acc
        num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
        chk = 98 - int(num) % 97
        return '%s%02d%s' % (cc, chk, bban)
def grp(s): return ' '.join(s[i:i+4] for i in range(0, len(s), 4))

B = [bsn() for _ in range(10)] + [bsn(8)]
I = [iban('ABNA'), iban('RABO'), iban('INGB'), iban('SNSB'), iban('BUNQ'), iban('TRIO'), iban('ASNB'), iban('KNAB'), iban('RBRB')]

BLOCK = {
'NAME': """Vader [Adilson Semedo] werkt in de haven en is vaak 's nachts weg.
moeder [Nilza] zegt dat ze 'mi mama' belt als het misgaat
ZORGEN: [EDMILSON TAVARES] (oom) komt dronken langs
Volgens [Varela] (buurman 3e hoog) is er elke avond geschreeuw.
J. logeert bij tante [Kátia] in Spijkenisse
oma [Trees] past op woensdag op
Netwerk: moeder -> [Shurandy] (ex) -> nieuwe vriendin
[Martina] heeft de kinderen op 12-11 niet teruggebracht
Vader [Gilbert Frans] wil een omgangsregeling via de rechter.
[Jurymar Isenia] (moeder, 17 jr) woont nog bij haar eigen moeder
zusje van moeder, [Ruthmila], helpt met de baby
Stiefmoeder [Sharitza Cijntje] laat J. niet binnen na 21.00 uur
schaalvraag: oma [Nelly] 7, vader 4, J. 2
[Rakesh Ramdin] (vader) ontkent alles, zegt 'mi boi is gewoon druk'
tante [Sunita] uit Hoogvliet wil S. tijdelijk opvangen
Dhr. [Baldewsingh] (opa) heeft geld geleend aan vader
Moeder [Shanti Jhinkoe-Rai] durft niet naar de politie.
[Dewkoemarie] (oma mz) spreekt alleen Sarnami
vader: [Romeo Pinas], 34 jr, werkloos
[Ingrid Sabajo] is de nieuwe partner van vader en heeft zelf 3 kinderen
Het broertje [Glenn] wordt door vader geslagen met een riem.
"[Marlon] is mijn held" zegt D. over zijn oudere broer
mw. [Zeegelaar] (buurvrouw) heeft Veilig Thuis gebeld
vader [Emre Yılmaz] weigert contact met het wijkteam
Oma [Hatice] spreekt geen Nederlands, neef vertaalt
Serkan en moeder hebben weer ruzie gehad: [Serkan] is de stiefvader
[Büşra Öztürk] (zus, 19) wil de zorg overnemen
[KAPLAN] vader heeft een contactverbod
Moeder [Soukaina Bouzidi] is in het Maasstad opgenomen na de val.
[Yassine] (broer, 16) zit bij een groep op Zuid die dealt
oom [Nordin] haalt de jongens op van school
Fam. [El Amrani] is in 2024 naar Lombardijen verhuisd
[Fadoua Ait Hammou] is de tante die de zorg draagt sinds april
Vader [Paweł Kowalczyk] werkt via een uitzendbureau in Barendrecht.
[Agnieszka] (moeder) heeft een alcoholprobleem, zegt buurvrouw
wat gaat goed: opa [Zbigniew] brengt elke dag brood
[Wróbel], Kasia -> moeder van L.
partner van moeder: [Stoyan Petrov], woont half in Bulgarije
[Desislava] spreekt een beetje Engels, tolk Bulgaars nodig
Dochter [Radka] (14) past op de kleintjes als moeder werkt
[Mitko] is de oom die in de schuur slaapt
Vader [Abdirahman Warsame] is in 2022 via gezinshereniging gekomen
Moeder [Faadumo Hirsi] gaat naar Antes voor trauma
tante [Hodan] kookt voor het hele gezin
De eigenaar van het restaurant, vader [Wei Chen], staat tot 23.00 uur in de keuken.
[Meiling Zhou] (moeder) heeft een depressie volgens de huisarts
J. helpt na school in de zaak van oom [Jun Hao]
[Xiaoyu] (zus, 15) zorgt voor de kleine
Vader [Kees Verboom] heeft een verleden van huiselijk geweld.
oma [ria plomp] wil geen bemoeienis
[Dirk-Jan Schouten] is de nieuwe vriend van moeder, 'nette man' volgens oma
Tante [Ineke Kraaijeveld] uit Rhoon biedt hulp aan.
buurman [Henk van der Sluis] heeft het incident gefilmd
[BEP MOL] (overgrootmoeder) is overleden in oktober
Moeder en [Jopie] (haar zus) praten niet meer met elkaar.
Stiefvader [Ramon van Rhoon] is bekend bij de politie.
Vader [Remco Barendrecht] woont in Ridderkerk maar komt uit Zwijndrecht.
de vriend van moeder, [Johnny Poortvliet], is agressief naar de hulpverlening
Tante [Roos] kan niet helpen, ze werkt fulltime.
[Sterre] (halfzus, 13) wordt gepest op TikTok
[Storm] (broertje, 4) heeft blauwe plekken op zijn rug
Zorgen: [Sky] (9) blijft alleen thuis als moeder nachtdienst heeft
vader vd kids = [Jerrel Doelwijt]
[Melvin]s moeder belde om 02.00 uur
[Shaquira]'s vriend heeft een foto rondgestuurd
Bij [Kevin]'s vader is geen plek meer
[Djaimy] zei tegen de juf dat zij geen eten kreeg.
Snapchat-screenshot: [Jaylano] stuurt dreigende berichten naar J.
TikTok-filmpje gemaakt door [Anouschka] (nicht) waarop J. wordt uitgelachen
de jongens uit de klas van [Noah Kok] hebben J. opgewacht
[Mevlüde Aydoğan] (oma vz) heeft J. meegenomen naar Turkije
moeder ([Sevda]) geeft aan dat ze 'op' is
Gezinssamenstelling: vader ([Abdellah]), moeder, 4 kinderen
Grootmoeder [Tieneke Spaans] krijgt de zorg voor J. en D.
Vaste opvang bij [Ank] en [Henk] in Poortugaal als moeder wordt opgenomen.
[Patricia Monteiro] en [Ailton Fortes] zijn samen 3 kinderen
Met [Ruud] (ex-partner moeder) is sinds de zomer geen contact.
Netwerkkaart: [Fatoumata] -> moeder; [Elisângela] -> tante -> kookt 2x pw
[Zeynep] heeft vandaag gebeld, ze is de zus van vader
Oom [Hüseyin] is de vertrouwenspersoon van J.
mevrouw [De Bruijn] van het wijkteam Feijenoord heeft de moeder bezocht
Jeugdarts [Van Dam] zag een breuk die niet past bij het verhaal.
Dhr. [Kortekaas], mentor op het Zadkine, meldt verzuim.
De gezinsvoogd, [Jolanda Kreuger], gaat met verlof.
Overleg gehad met [Marieke] van Flexus Jeugdplein over de groep.
agent [Verschuren] van Politie Rotterdam heeft de melding opgenomen
[I. Bakkali] (moeder) zegt dat ze niet weet waar vader is
Vader [J.P. de Klerk] komt niet op afspraken.
DE MOEDER, [DE GROOT-HOOGENDIJK], WIL NIET IN GESPREK
[Karin v.d. Berg] is de pleegmoeder van D.
broertje [mo] (7) slaapt bij de buren
'dushi' noemt [Giovanni] (vader) haar, maar hij slaat haar ook
KIND: [ZAHRA] (14) WIL NIET NAAR HUIS
de oudste, [Jiayi], tolkt voor moeder in het restaurant
[Ayaan] (moeder, 19) woont bij haar tante in Pendrecht
[Tiago] en [Wesley] (ooms) zijn betrokken bij de schietpartij
Moeder vertelt dat [Orlando]  de vader van haar 2e kind is
naam oma: [Maria da Luz Gomes]
Stem van de jeugdige: "ik wil bij [Sandra] wonen, dat is m'n tante"
Info van [Bas] (buurjongen): er wordt geschreeuwd 's nachts""",

'BIRTHDATE': """J. geboren op [14-02-2012] in het Ikazia
Jeugdige: J. ([03-09-2011])
geb. [12.07.2013] (D.)
moeder geboortedatum [1998-05-22], dus 17 toen ze zwanger werd
baby S. is op [2 oktober 2026] geboren in het Maasstad
Gebdat broertje: [4/11/2015]
D.O.B. [17 jan 2010] (vader)
Jeugdige(n): A. (2014) en M. ([27-8-2016])
vader geb [05-03-89]
zusje kwam op [21 mei 2019] ter wereld, in Curaçao
GEBOREN: [19 DEC 2008]
De geboortedatum van J. is [08-10-2010].
oma (geb. [1956-11-30]) woont in Katendrecht
Geboren [9 jan. '14], Sophia Kinderziekenhuis (prematuur)
tweeling geboren op [31-07-2018]
J. ([20110423])
moeder is jarig op [11 maart 1995]
Geboortedatum: [16/04/2012]""",

'ID_NUMBER': """cliëntnummer Antes: [AN-2231874]
patiëntnr Maasstad [7104 225]
Dossiernummer Veilig Thuis [VT-RR-2025-18873]
zaaknr JBRR [JB 61-40229]
huurdersnummer Woonstad [88031742]
leerlingnummer Zadkine [2018-440971]
V-nummer moeder: [V3198-4471]
paspoortnummer vader: [NX7K2LP41]
id-kaart moeder [IRC84F2T6]
polisnummer zorgverzekering [ZK 442.873.12]
Ikazia patnr [3345601-A]
EPD-nr Parnassia [P0092837]
Het registratienummer van oma bij Havensteder is [HS-118204].
CJG-kindnummer [CJG 2013 0448], graag niet vermelden""",

'ADDRESS': """Moeder woont nu op de [Pretorialaan 131b]
adres vader: [Wolphaertsbocht 44-C], Rotterdam
Oma woont [Slinge 1207] (Zuidwijk)
Incident was bij vader thuis, [Groene Hilledijk 289 A]
Tante: [Dordtsestraatweg 77], Rotterdam-Zuid
Verhuisd naar de [Sleephellingstraat 12 bis] in de Tarwewijk
[BRABANTSE TURFMARKT 9] IS HET ADRES VAN DE OPA
vader slaapt bij een vriend op de [Meeuwenplaat 38]
nieuw adres: [Hoefkade 12-3hg] per 1/12
Bezoek afgelegd op [Putsebocht 212a], moeder was niet thuis.
stiefmoeder woont op [Boergoensevliet 61] met de kinderen""",

'POSTCODE': """postcode [3083 TP]
Moeder is verhuisd naar [3074KJ]
Gezin woont in [3081 ha] Rotterdam
adres oma onbekend, alleen postcode [3192 RM] (Hoogvliet)
[2994 EB] Barendrecht
Postcode vader: [3201BT] Spijkenisse
PC [3077 XD]
Zus woont in [2987 CE] Ridderkerk
pc moeder [3072 lw]
woonplaats + postcode: Rhoon [3161 GP]
TANTE: [3086 VK] ROTTERDAM""",

'BSN': f"""BSN J.: [{B[0]}]
bsn moeder [{B[1][:4]}.{B[1][4:6]}.{B[1][6:]}]
Burgerservicenummer vader [{B[2][:3]} {B[2][3:6]} {B[2][6:]}]
BSN broertje: [{B[3][:3]}-{B[3][3:6]}-{B[3][6:]}]
[{B[4]}] (bsn oma)
sofinr vader [{B[5]}]
in het verslag stond het BSN van J. ([{B[6]}])
BSN: [{B[7][:2]} {B[7][2:4]} {B[7][4:6]} {B[7][6:]}]
burgerservicenr. van de baby [{B[8]}]
BSN moeder doorgegeven aan de Raad: [{B[9]}]
oud bsn van opa [{B[10]}]""",

'PHONE': """tel moeder [06-41873362]
Vader is bereikbaar op [06 2784 1190].
oma: [010-4821736]
Tante in Curaçao: [+599 9 516 2234]
nummer van de stiefmoeder [+31 6 48120397]
Bel [0031 6 1937 4410] (vader, alleen whatsapp)
moeder heeft een nieuw nummer: [0618834725]
vaste lijn opa [(0180) 41 22 93]
J. belde vanaf [06-19 44 28 07]
Tel. Buurvrouw [010 - 291 83 54]
Poolse nummer vader: [+48 512 884 302]""",

'EMAIL': """mail moeder: [nilza.semedo84@gmail.com]
vader mailt vanaf [r.ramdin1987@hotmail.com]
Oma's mail is [trees.plomp@kpnmail.nl]
contact via [kasia.wrobel@wp.pl]
Stiefmoeder gebruikt [sharitza_c@outlook.com]
e-mailadres tante: [hodan.jama77@live.nl]
ouders willen de uitnodiging op [fam.chen.rotterdam@gmail.com]
DE VADER: [EMRE.YILMAZ010@GMAIL.COM]
J. stuurde een mail vanaf [jaylanoo_2011@icloud.com]""",

'IBAN': f"""rekeningnr moeder [{I[0]}]
Toeslag gaat naar [{grp(I[1])}] (rekening van vader)
iban oma [{I[2].lower()}]
Huur wordt betaald van [{I[3]}]
vader vraagt om kinderbijslag op [{grp(I[4])}]
IBAN stiefmoeder: [{I[5]}]
rekening tante [{grp(I[6])}]
Schuldhulp: aflossing vanaf [{I[7]}]
Betaald via [{I[8]}], rekening van de oom""",

'URL': """TikTok van J.: [tiktok.com/@jaylano.rtz010]
Moeder post alles op [https://www.facebook.com/nilza.semedo.737]
instagram zus: [instagram.com/xiaoyu.chenn]
vader heeft een profiel op [www.linkedin.com/in/paweł-kowalczyk-58b2]
Snapchat-link van de vriend: [snapchat.com/add/shaq_mrc]
filmpje staat op [https://youtube.com/@dushi_rakesh]""",
}

ALLOW = {
'PLACE': """Moeder is opgegroeid in Katendrecht en verhuisde later naar Carnisse.
Vader woont in Pendrecht, dicht bij de metro.
Oma komt uit Mijnsheerenland.
J. zit op voetbal in Zuidwijk
Gezin is in 2023 van Lombardijen naar Groot-IJsselmonde verhuisd
Zus woont in Heinenoord en kan in het weekend opvangen
De vader verblijft deels in Praia (Kaapverdië).
oom woont in Willemstad, Curaçao
Tante in Kralendijk (Bonaire) wil de zorg overnemen
Moeder is geboren in Paramaribo en kwam als kind naar Charlois.
familie in Nickerie, Suriname
Vader reist vaak naar Konya in Turkije.
De familie komt uit Nador, in het noorden van Marokko
opa woont nog in Gdańsk
Moeder en de kinderen zijn in de zomer naar Plovdiv gegaan.
Vader komt uit Mogadishu en woonde daarna in Nairobi.
Het restaurant van het gezin zit in Hoogvliet.
J. slaapt soms bij neven in Heijplaat
Huisbezoek gedaan in Pernis
Tante woont in Rhoon, oom in Poortugaal.
Oud-Beijerland en Westmaas: daar woont de familie van vader
De stiefmoeder heeft een huis in Puttershoek
Kinderen logeren in de vakantie in Maasdam en Strijen
vader werkt in Numansdorp bij een kweker
Zuidland
Opa en oma vz wonen in Goudswaard.
de vakantie was in Abbenbroek op een camping
Geervliet en Heenvliet: daar gaat J. naar de manege
Moeder heeft eerder in Zwijndrecht gewoond.
vader woont sinds kort in Hendrik-Ido-Ambacht
Het incident gebeurde bij het metrostation in Beverwaard.
J. hangt rond op het Afrikaanderplein in de Afrikaanderwijk.
Moeder zit 's avonds met vriendinnen in Hillesluis.
De jongens gaan na school naar Bloemhof
In de Tarwewijk is de overlast het grootst
Oud-Charlois, aan de dijk
D. is gezien op de Kop van Zuid met oudere jongens.
Feijenoord
Het gezin woont nu in Barendrecht-Carnisselande.
Ridderkerk (Bolnes) is waar oma woont
Spijkenisse centrum, boven een winkel
Vader heeft familie in Sofia en in Varna.
Moeder wil terug naar Mindelo op São Vicente.
De zus woont in Rincon op Bonaire.
Heeft familie in Antalya en Izmir
Oom woont in Lelydorp, tante in Moengo
Vader is vanuit Wrocław naar Nederland gekomen.
J. wil graag naar Hargeisa om opa te zien
Familie van moeder woont in Wenzhou, China
Het gezin gaat met kerst naar Hoek van Holland""",

'INSTITUTION': """J. is opgenomen in het Maasstad Ziekenhuis.
Moeder is bevallen in het Ikazia
SEH Erasmus MC Sophia heeft het letsel gezien
Vader krijgt behandeling bij Antes voor zijn verslaving
Parnassia (Bavo) heeft de diagnose gesteld
J. staat op de wachtlijst bij Yulius
Moeder en baby zitten in de opvang van Fier
Flexus Jeugdplein doet het ambulante traject
Enver biedt de gezinshuisplek
Pluspunt ondersteunt het gezin met de schulden
Veilig Thuis Rotterdam Rijnmond heeft de melding in onderzoek.
JBRR voert de OTS uit
William Schrikker Jeugdbescherming is betrokken vanwege de LVB van moeder
Wijkteam Feijenoord heeft het gezin sinds maart in begeleiding.
CJG Rijnmond ziet de baby op het consultatiebureau
Woonstad Rotterdam wil de woning ontruimen wegens overlast
Havensteder heeft een gesprek gepland over de huurachterstand
Vestia heeft het huis in Zuidwijk al jaren niet onderhouden.
Politie Rotterdam, team Zuidplein, heeft de melding opgenomen
J. zit op het Zadkine, opleiding entree
Albeda, afdeling zorg: stage gestopt
Oudste zus zit op het Hoornbeeck College
Calvijn Vakcollege meldt verzuim
Het Sint Franciscus Gasthuis heeft de moeder opgenomen na de overdosis.
J. zit op de Wolfert van Borselen
D. gaat naar de Dr. Schaepmanschool.
De Johan de Witt Scholengroep heeft een zorgoverleg georganiseerd
Thorbecke Scholengemeenschap, locatie Prinsenlaan
Montessori Zuid wil J. laten testen
Het Hoornbeeck meldt dat J. niet meer op school komt.
De Raad voor de Kinderbescherming doet onderzoek.
Kinderrechter Rotterdam heeft de OTS met een jaar verlengd
Stichting Nico Adriaans begeleidt vader bij wonen.
Moeder heeft contact met de moskee Mevlana in Feijenoord
De Kaapverdische kerk in Delfshaven helpt met voedselpakketten
Moeder bezoekt de Surinaamse kerk Evangelische Broedergemeente
Het Leger des Heils heeft een plek in de nachtopvang
Moeder werkt bij de Hema in Zuidplein
Spoedeisende Hulp van het Ikazia
MEE Rotterdam Rijnmond ondersteunt moeder bij de post
Stichting Timon begeleidt de tienermoeder
De Jonge Krijger in Pendrecht heeft een plek voor J.
Sparta jeugdopleiding
J. traint bij Feyenoord Academy
De Kinderpraktijk Zuid heeft traumabehandeling aangeboden
Bureau Halt heeft de taakstraf uitgevoerd.
De Bascule (Levvel) is gevraagd voor diagnostiek
Buurtwerk Hillesluis heeft J. opgevangen
Humanitas doet Home-Start bij de tienermoeder
GGD Rotterdam-Rijnmond, afdeling infectieziekten""",

'EVENT_DATE': """Op 14-03-2026 is vader aangehouden.
De eerste melding bij Veilig Thuis was op 12-05-2014.
Intake Antes: 2026-02-17
Op 3 maart 2026 verhuisde het gezin naar Pendrecht.
datum huisbezoek 27-08-2026
Baby gezien op het consultatiebureau op 03-11-2026 en 17-11-2026.
OTS uitgesproken op 21-09-2015, verlengd tot 21-09-2027
Opname Parnassia van 02-01-2026 tot 19-01-2026
op 30/10/2026 weer geweld, politie ter plaatse
Ontruiming gepland op vrijdag 4 december 2026
Zitting kinderrechter: 12 januari 2027
Laatste contact met vader: 28-10-26
11.07.2026: J. van huis weggelopen
Signs of Safety-bijeenkomst gehouden op 19-11-2026 om 14.00 uur
Suikerfeest 2026 liep uit de hand.
Melding VT binnengekomen 2026-10-01
sinds 1 januari 2025 woont J. bij oma
Incident Snapchat: 22-09-2026, filmpje verwijderd op 24-09-2026
Op het Keti Koti-feest (01-07-2026) was vader dronken
Geboortedag van de baby was een feest, maar op 15-11-2026 ging het mis.
Schorsing Zadkine: 2 t/m 4 november 2026
Bijeenkomst netwerk 13-12-2026
de ruzie was op 5 okt. 2026
Moeder is op 01-04-2019 in Nederland aangekomen.
VHT-overleg dinsdag 24-11-2026
Verslag d.d. 18 november 2026
Eerste gesprek met de tienermoeder: 15-07-2026
Vader is in 2011 naar Bulgarije vertrokken.
Kerstavond 2025 heeft de politie ingegrepen
Aangifte gedaan op 17 oktober 2026 bij bureau Zuidplein.""",

'PROFESSIONAL': """Inbrenger: Marloes Tieleman, gezinscoach, Wijkteam Feijenoord
Vaste deelnemer: Ricardo Pinedo, Wijkteam Charlois
Gedragsdeskundige geraadpleegd: ja, Anouk Verbaan (orthopedagoog Flexus Jeugdplein), 10-11-2026
De gezinsvoogd van JBRR is op de hoogte.
jeugdarts CJG Rijnmond heeft de baby gewogen
De mentor van het Zadkine belde over verzuim
Huisarts van moeder is geïnformeerd
Wijkagent Afrikaanderwijk kent het gezin
De behandelaar van Antes heeft de urinecontroles
Psychiater Parnassia heeft medicatie aangepast
Casemanager Veilig Thuis doet het onderzoek
de jeugdbeschermer van William Schrikker gaat mee op huisbezoek
Ambulant hulpverlener Enver komt 2x per week
schuldhulpverlener Pluspunt
Consulent Woonstad is betrokken vanwege overlast
De raadsonderzoeker heeft gesproken met J.
Inbrenger (naam, functie, organisatie): Hanneke Blom, jeugdconsulent, CJG Rijnmond
Vaste deelnemer: Samir Bouchtaoui (Veilig Thuis Rotterdam Rijnmond)
Gedragswetenschapper geraadpleegd: Ja, Eline Hogendoorn, GZ-psycholoog Yulius
de tolk Somalisch via het tolkencentrum
Leerplichtambtenaar gemeente Rotterdam heeft een proces-verbaal opgemaakt
De verloskundige van de tienermoeder maakt zich zorgen
Kraamverzorgende zag een blauwe plek bij de baby
maatschappelijk werker van het Maasstad
de zorgcoördinator van de Wolfert van Borselen
Gedragswetenschapper Fier adviseert een veiligheidsplan
Inbrenger: Jeroen de Vos, casemanager, Jeugdbescherming Rotterdam Rijnmond
Vaste deelnemer: Naima Akkouh, Wijkteam IJsselmonde
reclasseringswerker van vader
trajectbegeleider Albeda""",

'AGE': """J. is 14 jaar en zit in de tweede klas
Moeder was 16 toen ze zwanger raakte
Vader is 41 jaar.
Baby is 3 maanden oud
Oma (78) kan de zorg fysiek niet meer aan
broertje D. (6 jaar) plast weer in bed
de tienermoeder is 17
Tweeling van 8 maanden
J. (15) rookt en blowt
Stiefmoeder is 29 jaar, vader 47
Oudste zus is 19 en woont op kamers
M. wordt over twee weken 12
kinderen van 3, 5 en 11 jaar
D. is 7 weken te vroeg geboren en nu 10 maanden
Over twee weken viert J. haar 13e verjaardag.
De halfbroer is 22 jaar en woont in Sofia
Opa is begin zeventig
Tante is 35 en heeft zelf 4 kinderen
J. was pas 9 toen het begon
Leeftijd jeugdige: 16 jaar""",

'ORG_NUMBER': """Veilig Thuis is 24/7 bereikbaar op 0800-2000.
Bij direct gevaar: 112
Kindertelefoon 0800-0432
Moeder heeft de Luisterlijn gebeld (0900-0767)
Gemeente Rotterdam: 14 010
113 Zelfmoordpreventie is besproken met J.
VHT-casusnummer VHT-2026-0317
Referentie VHT-2026-0288 (vervolgbespreking)
KvK restaurant: 24417362
AGB-code huisartsenpraktijk 01057328
Methylfenidaat 2 dd 10 mg
Risicotaxatie ARIJ: score 3 op 10
SDQ-totaalscore 22
Schuld bij Woonstad is € 4.380,-
Vader krijgt 3x per week begeleiding van 2 uur
Schaalvraag 0-10: inbrenger 3, moeder 6, J. 4
Alcoholpromillage bij aanhouding 1,8
Meldcode stap 4 gezet op week 45
Ontruiming na 3 maanden huurachterstand
Busnummer 77 naar Zuidplein""",
}

rows = []
for exp, D in (('BLOCK', BLOCK), ('ALLOW', ALLOW)):
    for cat, txt in D.items():
        for line in txt.split('\n'):
            spans = re.findall(r'\[([^\]]+)\]', line)
            sent = re.sub(r'\[([^\]]+)\]', r'\1', line).strip()
            sent = re.sub(r'  +', ' ', sent)
            if exp == 'BLOCK': assert spans, line
            else: assert not spans, line
            rows.append((exp, cat, ' || '.join(spans) if spans else '-', sent))
R2 = random.Random(56)
R2.shuffle(rows)
with open(os.path.join(HERE, '..', 'sentences.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, (e, c, s, t) in enumerate(rows, 1):
        fh.write('B56-%03d\t%s\t%s\t%s\t%s\n' % (i, e, c, s, t))
from collections import Counter
print(len(rows), Counter((e, c) for e, c, _, _ in rows))
