# executed inside gen_sentences.py (uses r, add, TOWN)
PLACES = ['Enschede','Hengelo','Almelo','Oldenzaal','Haaksbergen','Rijssen','Vriezenveen','Tiel','Culemborg','Zaltbommel',
 'Geldermalsen','Denekamp','Ootmarsum','Losser','Borculo','Glanerbrug','Neede','Eibergen','Nijverdal','Wierden',
 'Beckum','Boekelo','Lonneker','Deurningen','Weerselo','Tubbergen','Vasse','Markelo','Goor','Delden','Diepenheim',
 'Buurse','Enter','Hellendoorn','Westerhaar','Overdinkel','de Lutte','Beuningen','Lochem','Ruurlo','Groenlo',
 'Winterswijk','Lichtenvoorde','Buren','Maurik','Kesteren','Opheusden','Wamel','Beneden-Leeuwen','Haaften',
 'Dalfsen','Hardenberg','Deventer','Zutphen','Gorinchem','Qamishli','Aleppo','Jerevan','Asmara','Ambon','Mardin','Midyat','Gaziantep']
PT = ['moeder is opgegroeid in {a} en kwam later naar {b}','gezin woont sinds 2021 in {a}','vader werkt in {a}, pendelt dagelijks',
 'oma woont in {a}, half uur rijden','verhuizing van {a} naar {b} gepland','De familie komt oorspronkelijk uit {a}',
 'jeugdige logeert in de weekenden in {a}','wijk: {a}-Noord, flat aan de rand','incident vond plaats op de markt in {a}','GEMEENTE: {A}',
 'school ligt in {a}, fietst elke dag vanuit {b}','vader zit in de opvang in {a}','netwerk: familie in {a} en {b}',
 'vakantie naar {f} afgezegd','woonplaats {a} | regio Oost','zus woont in {a}','Regio: Achterhoek ({a})',
 'vlucht via {f} naar Ter Apel','kerkgenootschap in {a} biedt steun','ouders ontmoetten elkaar in {a}']
seen=set()
while sum(1 for x in rows if x[1]=='PLACE')<50:
    a,b=r.sample(PLACES[:55],2); t=r.choice(PT); s=t.format(a=a,b=b,A=a.upper(),f=r.choice(PLACES[55:]+['Istanbul','Athene','Soedan','Libië']))
    if s in seen: continue
    seen.add(s); add('ALLOW','PLACE',None,s)
INST = ['Medisch Spectrum Twente','ZGT Almelo','ZGT Hengelo','Mediant','Karakter','Jarabee','Ambiq','Ziekenhuis Rivierenland Tiel',
 'Veilig Thuis Twente','Veilig Thuis Gelderland-Zuid','Jeugdbescherming Overijssel','Jeugdbescherming Gelderland','Raad voor de Kinderbescherming',
 'Saxion','ROC van Twente','Het Stedelijk Lyceum','Bonhoeffer College','Pius X College','Twickel College','Erasmus College Zoetermeer' ,
 'Zone.college','OSG Piter Jelles','Domijn','Welbions','Mijande Wonen','Woonstede','KleurrijkWonen','Politie Oost-Nederland',
 'Politie eenheid Oost-Nederland, basisteam Tiel','Rechtbank Overijssel','Rechtbank Gelderland','Tactus Verslavingszorg','Iriszorg',
 'Humanitas Twente','Stichting Leger des Heils','Carintreggeland','Livio','Het Roessingh','Aveleijn','Dimence','GGZ Centraal',
 'Syrisch-Orthodoxe kerk Mor Ephrem','Armeense Apostolische Kerk','Moskee Fatih Camii','Molukse Evangelische Kerk','Eritrese gemeenschap Twente',
 'FC Twente','Heracles Almelo','VV Rijssen','Bibliotheek Hengelo','Wijkracht','Sociaal Wijkteam Enschede','GGD Twente','GGD Gelderland-Zuid',
 'Stichting Present','Vluchtelingenwerk Oost Nederland','COA Almelo','Kredietbank Nederland','Schuldhulpverlening Tiel','Elker','Accare',
 'Sint Jozefschool','Stichting Carmel','Willem Alexander College','Koningin Wilhelminaschool']
IT2 = ['aangemeld bij {x}','{x} is betrokken sinds de zomer','overleg met {x} gepland','jeugdige staat op wachtlijst {x}','ingeschreven op {x}',
 'melding gedaan door {x}','{x}: behandeling afgerond','moeder krijgt steun van {x}','gesprek gepland bij {x}',
 'verwijzing naar {x}','BETROKKEN: {x}','{x} doet mee aan het netwerkberaad','contact gelegd met {x}','{x} heeft zorgen geuit']
seen=set()
while sum(1 for x in rows if x[1]=='INSTITUTION')<50:
    x=r.choice(INST); t=r.choice(IT2)
    if r.random()<0.15: x=r.choice(['Domijn','Welbions','Mijande Wonen','KleurrijkWonen','Woonstede']); t='huurachterstand bij {x}'
    s=t.format(x=x.upper() if t.isupper() or t.startswith('BETROKKEN') else x)
    if s in seen: continue
    seen.add(s); add('ALLOW','INSTITUTION',None,s)
ET = ['MDO d.d. {d}','SEH-registratie {d}: pols gekneusd na val van fiets','zorgmelding politie op {d}','huisbezoek op {d} afgezegd',
 'opname Karakter per {d}','consultatiebureau {d}: gewicht baby goed','zitting rechtbank op {d}','incident {d} rond 22:30',
 'laatste gesprek met moeder {d}','verhoor Zedenpolitie gepland {d}','{d}: ruzie op straat, buren belden politie','datum melding VT: {d}',
 'OTS uitgesproken {d}','start hulp {d}','inbreng VHT {d}','uitgeschreven uit ZGT op {d}','gesprek op school, {d}','crisisplaatsing {d}',
 'vader vrijgelaten op {d}','controle jeugdarts {d}','aangifte gedaan {d}','evaluatie veiligheidsplan {d}','Vervolgbespreking {d}',
 'tijdelijk huisverbod {d} t/m 10 dagen later','verhuisd per {d}','schorsing school van {d}','afspraak KNO {d}','doktersbezoek {d}',
 'echo 20 weken op {d} in Tiel','sinterklaasviering op school 5 december 2025 liep uit de hand']
for k,t in enumerate(ET):
    m=r.randint(1,12); d=r.randint(1,28); y=r.choice([2025,2026])
    ds=[f'{d:02d}-{m:02d}-{y}',f'{y}-{m:02d}-{d:02d}',f'{d}-{m}-{y}',f'{d} {MON[m-1]} {y}',f'{y}{m:02d}{d:02d}' if False else f'{d:02d}/{m:02d}/{y}'][k%5]
    add('ALLOW','EVENT_DATE',None,t.format(d=ds))
PR = ['Inbrenger: {n}, jeugdconsulent, Sociaal Wijkteam Enschede','Vaste deelnemer: {n}, Veilig Thuis Twente',
 'Gedragsdeskundige geraadpleegd: {n}, orthopedagoog Jarabee','Inbrenger: {n}, gezinsvoogd, Jeugdbescherming Overijssel',
 'Vaste deelnemer: {n} (VT Gelderland-Zuid)','Gedragswetenschapper geraadpleegd: {n}, GZ-psycholoog','Inbrenger (naam, functie, organisatie): {n}, wijkcoach, Wijkracht Hengelo',
 'Vaste deelnemer: {n}, gemeente Tiel','Inbrenger: {n}, IB-er Sint Jozefschool','Vaste deelnemer: {n}, gedragswetenschapper VT']
PN = ['Marloes Heuvelink','Rutger Bleumink','Sanne van der Vegt','Özlem Arslan','Iris Stegeman','Koen Pasman','Nadia Boukema',
 'Thijs Rouwhorst','Eline Wevers']
for k in range(10): add('ALLOW','PROFESSIONAL',None,PR[k].format(n=PN[k%len(PN)]))
ROLES = ['de jeugdarts van de GGD Twente ziet het gezin over 3 maanden terug','gezinsvoogd van Jeugdbescherming Overijssel is op de hoogte',
 'wijkagent Glanerbrug heeft gesprek gehad met vader','huisarts verwijst naar Mediant','behandelaar van Karakter adviseert traumabehandeling',
 'IB-er van school meldt verzuim','mentor vraagt om terugkoppeling','ambulant hulpverlener Ambiq komt 2x per week','verloskundige in Tiel maakt zich zorgen',
 'kinderarts MST zag geen afwijkingen','casemanager VT Gelderland-Zuid neemt contact op','leerplichtambtenaar Almelo is ingeschakeld',
 'de tolk Tigrinya was aanwezig bij het gesprek','trajectbegeleider van Elker','BEWINDVOERDER REGELT DE HUUR','jeugdconsulent gemeente Zaltbommel',
 'SEH-arts ZGT deed een Top-down toets','schuldhulpverlener Kredietbank','imam van de moskee bemiddelt','de predikant van de Molukse kerk bezocht het gezin']
for s in ROLES: add('ALLOW','PROFESSIONAL',None,s)
AG = ['jeugdige is 14 jaar','broertje (6 jr) is veel alleen thuis','moeder was 17 toen ze zwanger raakte','oma is 81 en slecht ter been',
 'leeftijd: 15','zus, 19 jaar, woont op kamers','baby 4 mnd','vader (43) werkt als chauffeur','J. (2012) – 14 jaar','kinderen van 3, 7 en 11',
 'oudste is net 18 geworden','tweeling van 9 jaar','stiefvader 38 jr','LEEFTIJD JEUGDIGE 13 JAAR','neefje van 10 logeert vaak',
 'M. (2010) is 16','moeder (1991) en vader (1988)','peuter van 2,5','jongste 8 maanden oud','zwanger, 32 weken']
for s in AG: add('ALLOW','AGE',None,s)
ON = ['VHT-2026-{a}','zaaknummer VeiligheidsTeam VT-{b}','AGB-code huisarts {c}','KvK {c}','Veilig Thuis 0800-2000','bel bij nood 112',
 'AGB {c} (praktijk)','melding VT nr. {b}/2026','zaaknr VHT-TW-{a}','ARIJ-score 3','KvK-nummer Jarabee {c}','Signs of Safety score 4 op 10',
 'Kindertelefoon 0800-0432','AGB-code ZGT {c}','VHT-RL-2026-{a}','dosering methylfenidaat 10 mg 2dd','SDQ totaalscore 21',
 'week 37 bespreking','Politie 0900-8844','zaaknummer rechtbank C/08/{b}']
for k,t in enumerate(ON):
    add('ALLOW','ORG_NUMBER',None,t.format(a='%04d'%r.randint(1,999),b=str(r.randint(100000,999999)),c=nonbsn(r,8)))
