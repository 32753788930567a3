import random, sys, os
sys.path.insert(0, os.path.dirname(__file__))
from common import *
r = random.Random(28)
GIV = ['Rami','Nour','Lilit','Aram','Gayane','Hovik','Shamiran','Yakup','Gabriel','Sarkis','Emine','Burak','Zeynep','Mert',
 'Esra','Yusuf','Wim','Gerrit','Hennie','Riek','Jannie','Bertus','Alie','Dineke','Femke','Teun','Johanna','Selam',
 'Tesfay','Mehret','Yonas','Ruta','Semere','Josina','Hendrik','Ronaldo','Maya','Jopie','Naomi','Dalal','Ghaith',
 'Rasha','Tarek','Hala','Elif','Anoush','Narek','Kübra','Melis','Daan']
SUR = ['Haddad','Al-Khatib','Nasrallah','Petrosyan','Hakobyan','Sargsyan','Gabriel','Aydin','Yilmaz','Kiliç','Şahin',
 'Doğan','Assmann','Lansink','Ter Horst','Wessink','Nijhof','Lammertink','Hesselink','Brinkman','Oude Vrielink',
 'Kamphuis','Bosman','Wolterink','Tuinman','Klein Gunnewiek','Haverkamp','Ghebremedhin','Tesfamariam','Berhe',
 'Kidane','Latuperisa','Pattiasina','Wattimena','Sahetapy','Tuhumury','Rumahloine','Yakoub','Barsoum','Isho',
 'Aslan','Hekman','Lubbers','Scholten','Grootenhuis','Ruessink']
TOWN = ['Enschede','Hengelo','Almelo','Oldenzaal','Haaksbergen','Rijssen','Vriezenveen','Tiel','Culemborg','Zaltbommel',
 'Geldermalsen','Denekamp','Ootmarsum','Losser','Borculo','Glanerbrug','Neede','Eibergen','Nijverdal','Wierden']
rows = []
def add(exp, cat, spans, s): rows.append((exp, cat, ' || '.join(spans) if spans else '-', s))
def fn(): return r.choice(GIV)+' '+r.choice(SUR)
# ---------- NAME (100)
NT = [
 ('oma {g} woont in {t} en haalt de kinderen op', 'g'), ('Vader heet {f}, werkt in ploegendienst', 'f'),
 ('MDO d.d. 14-09: moeder {f} niet verschenen', 'f'), ('client: {F} | rol: moeder | gezag: ja', 'F'),
 ('{g} (broer, 19) slaapt sinds de zomer op de bank bij een vriend', 'g'),
 ('tel. contact met oom {g} ivm opvang', 'g'), ('{g}s vriendje uit de klas speelt vaak mee, daar is het rustig', 'g'),
 ('ex-partner {s} heeft contactverbod tot 1 maart', 's'), ('buurvrouw {f} belde 112 op 2 juni', 'f'),
 ('Mevr. {s} (moeder) wil geen huisbezoek meer', 's'), ('dhr {i}. {s} is stiefvader, woont in sinds 2024', 'is'),
 ('SEH-registratie: begeleider {f} (vader) aanwezig', 'f'), ('GEZIN {S}: 4 KINDEREN, OUDSTE UIT HUIS', 'S'),
 ('tante {g} uit {t} is netwerkpersoon in het veiligheidsplan', 'g'), ('opa {f} mag niet alleen oppassen', 'f'),
 ('mw. {s} van het wijkteam belde over de schulden', 's'), ('jeugdarts {f} zag blauwe plekken op de bovenarm', 'f'),
 ('moeder; {f}; aanwezig bij gesprek; instemming ja', 'f'), ('nieuwe vriend van moeder, {g}, is vaak aanwezig', 'g'),
 ('fam. {s} is in 2019 uit {c} gekomen', 's'), ('zus {g} (2009) past veel op de kleintjes', 'g'),
 ('{l} zegt dat papa boos wordt als hij drinkt', 'l'), ('Verslag opgesteld door mentor {f}, ' + 'Twickel College', 'f'),
 ('peetoom {g} biedt een slaapplek aan', 'g'), ('de heer {s} (grootvader) heeft de sleutel', 's'),
 ('gesproken met {g} en {g2} (ouders) op kantoor', 'gg'), ('{f} = biologische vader, geen gezag', 'f'),
]
CTRY = ['Syrië','Armenië','Eritrea','Turkije','Irak']
i = 0
while sum(1 for x in rows if x[1]=='NAME') < 100:
    t, k = NT[i % len(NT)]; i += 1
    g, s = r.choice(GIV), r.choice(SUR); g2 = r.choice([x for x in GIV if x != g])
    f = g+' '+s; ini = g[0]
    sent = t.format(g=g, s=s, f=f, F=f.upper(), S=s.upper(), i=ini, l=g.lower(), t=r.choice(TOWN), c=r.choice(CTRY), g2=g2)
    if i % 5 == 0: sent = sent.upper() if k in ('f',) and i % 10 == 0 else sent
    up = sent.isupper()
    sp = {'g':[g],'s':[s],'f':[f],'F':[f.upper()],'S':[s.upper()],'is':[ini+'. '+s],'l':[g.lower()],'gg':[g,g2]}[k]
    if up: sp = [x.upper() for x in sp]
    if sent.replace('woont in sinds','woont sinds') != sent: sent = sent.replace('woont in sinds','woont sinds')
    if sent.lower() in {x[3].lower() for x in rows}: continue
    add('BLOCK','NAME',sp,sent)
# ---------- BIRTHDATE (18)
MON = ['januari','februari','maart','april','mei','juni','juli','augustus','september','oktober','november','december']
BT = ['geboortedatum moeder: {d}','geb. {d} (oudste zus)','Jeugdige: A. ({d})','geboren op {d} in {t}',
 'client geb.dat. {d} | geslacht V','broertje is geboren {d}, prematuur','DOB vader {d}','vader ({d}) heeft geen vaste woonplaats',
 'oma is jarig op {d}','GEB.DATUM JEUGDIGE: {d}','zwangerschap; vorige kind geboren {d}','geboortedatum: {d} (volgens BRP)',
 'stiefvader, geboren {d}, komt uit Jerevan','Y. ({d}) zit op de basisschool','geb {d}','baby geboren op {d} in MST',
 'moeder is van {d}','pleegzus, geb.datum {d}, woont bij oma']
for k, t in enumerate(BT):
    y = r.randint(1975, 2022); m = r.randint(1, 12); d = r.randint(1, 28)
    ds = [f'{d:02d}-{m:02d}-{y}', f'{y}-{m:02d}-{d:02d}', f'{d} {MON[m-1]} {y}', f'{d}/{m}/{y}', f'{d:02d}.{m:02d}.{y}'][k % 5]
    add('BLOCK','BIRTHDATE',[ds],t.format(d=ds, t=r.choice(TOWN)))
# ---------- ID_NUMBER (14)
IT = ['cliëntnummer MST: {n}','dossiernr moeder bij Mediant {n}','Karakter patiëntnr {n} (J.)','paspoortnummer vader {n}',
 'clientnr. Jarabee: {n}','vreemdelingennummer moeder {n}','ID-kaart oma {n}','dossier {n} (vader, reclassering)',
 'Ambiq cliëntnummer {n}','ZGT patientnummer broertje {n}','pasnr. V-nummer: {n}','registratienr cliënt Jeugdbescherming: {n}',
 'verblijfsdocument {n} (moeder)','NR CLIENT ZIEKENHUIS RIVIERENLAND {n}']
for k, t in enumerate(IT):
    n = [nonbsn(r,7), 'NXK'+str(r.randint(100000,999999)), 'C-'+str(r.randint(100000,999999)), 'IRD'+str(r.randint(10000,99999))+'R4',
         str(r.randint(1000000000,9999999999))][k % 5]
    add('BLOCK','ID_NUMBER',[n],t.format(n=n))
# ---------- ADDRESS (11)
ST = ['Deurningerstraat','Oldenzaalsestraat','Wierdensestraat','Boddenkampstraat','Weth. Beverstraat','Grotestraat',
 'Haaksbergerstraat','Rembrandtlaan','Kerkstraat','Waalkade','Markt']
AT = ['adres: {a}, {t}','woonadres moeder {a} te {t}','vader is verhuisd naar {a}','oma woont aan de {a} in {t}',
 'adres|{a}|{t}','GEZIN WOONT OP {a}','verblijft tijdelijk op {a}','ex woont nu {a}, vlakbij school',
 'opvang bij tante, {a}','huisbezoek {a} ({t})','correspondentieadres: {a}']
for k, t in enumerate(AT):
    a = ST[k] + ' ' + str(r.randint(2, 240)) + ['', '-A', ' bis', 'a', ' hs'][k % 5]
    s = t.format(a=a if 'GEZIN' not in t else a.upper(), t=r.choice(TOWN))
    add('BLOCK','ADDRESS',[a if 'GEZIN' not in t else a.upper()],s)
# ---------- POSTCODE (11)
PC = ['7511','7522','7553','7606','7571','7481','7462','4001','4101','5301','4191']
PT = ['postcode {p}','pc: {p} {t}','woont in {p}, {t}','PC gezin {p}','postcode vader {p}','pc moeder {p} (nieuw)',
 'nieuwe postcode {p}','postcode oma: {p}','BRP: pc {p}','postcode {p} ' ,'wijk met postcode {p}, flat']
for k, t in enumerate(PT):
    p = PC[k] + [' ','', ' '][k % 3] + r.choice(['AB','KL','GT','HV','EW','NR','MX','PJ'])
    add('BLOCK','POSTCODE',[p],t.format(p=p, t=r.choice(TOWN)).strip())
# ---------- BSN (11)
BS = ['BSN {b}','bsn jeugdige: {b}','burgerservicenummer moeder {b}','BSN vader: {b} (BRP)','bsn broertje {b}',
 'BSN|{b}','sofinr oma {b}','bsn: {b}, controle ok','BSN-NR {b}','bsn baby {b}','zie bsn {b} in Suite']
for k, t in enumerate(BS):
    b = bsn(r); fb = [b, b[:4]+'.'+b[4:6]+'.'+b[6:9], b[:3]+' '+b[3:6]+' '+b[6:]][k % 3]
    add('BLOCK','BSN',[fb],t.format(b=fb))
# ---------- PHONE (11)
PH = ['tel moeder {p}','mobiel vader: {p}','bereikbaar via oma {p}','06 van de oudste: {p}','Tel.nr. gezin {p}',
 'whatsapp moeder {p}','telefoon|{p}','TEL VADER {p}','vaste lijn oma {p}','nieuw nummer ex {p}','app tante op {p}']
for k, t in enumerate(PH):
    d = ''.join(str(r.randint(0,9)) for _ in range(8))
    p = ['06-'+d, '06 '+d[:2]+' '+d[2:5]+' '+d[5:], '+31 6 '+d, '074-'+d[:7], '0546 '+d[:6], '0344-'+d[:6]][k % 6]
    add('BLOCK','PHONE',[p],t.format(p=p))
# ---------- EMAIL (9)
EM = ['mail moeder: {e}','e-mail vader {e}','communicatie via {e}','E-MAIL: {e}','mail van oma {e}','mailadres jeugdige {e}',
 'ouders mailen vanaf {e}','contact ex via {e}','email|{e}']
for k, t in enumerate(EM):
    g, s = r.choice(GIV), r.choice(SUR)
    loc = (g+'.'+s.replace(' ','').replace('-','')).lower().replace('ş','s').replace('ğ','g').replace('ç','c').replace('ü','u')
    e = loc + str(r.randint(1,99)) + '@' + ['gmail.com','hotmail.com','outlook.com','ziggo.nl','kpnmail.nl','live.nl'][k % 6]
    add('BLOCK','EMAIL',[e],t.format(e=e))
# ---------- IBAN (9)
IB = ['iban moeder {i}','rekeningnr vader: {i}','toeslag komt op {i}','IBAN|{i}','rekening oma {i} (beschermingsbewind)',
 'kinderbijslag op {i}','IBAN EX-PARTNER {i}','schuldhulp: rek.nr {i}','rekening jeugdige {i}']
BANKS = ['RABO','INGB','ABNA','SNSB','ASNB','TRIO','KNAB','BUNQ']
for k, t in enumerate(IB):
    x = iban_be(r) if k == 8 else iban(r, BANKS[k % 8])
    if k % 2: x = spaced(x)
    add('BLOCK','IBAN',[x],t.format(i=x))
# ---------- URL (6)
UR = ['facebook vader: {u}','insta jeugdige {u}','tiktok van moeder {u}','zie profiel {u}','filmpje op {u} (van de oudste)','LinkedIn stiefvader {u}']
US = ['https://www.facebook.com/{h}','instagram.com/{h}','https://www.tiktok.com/@{h}','www.facebook.com/{h}','https://youtube.com/@{h}','https://nl.linkedin.com/in/{h}']
for k, t in enumerate(UR):
    h = (r.choice(GIV)+'_'+r.choice(SUR)).lower().replace(' ','').replace('ş','s').replace('ğ','g').replace('ç','c').replace('ü','u') + str(r.randint(1,999))
    add('BLOCK','URL',[US[k].format(h=h)],t.format(u=US[k].format(h=h)))
exec(open(os.path.join(os.path.dirname(__file__),'allow_lines.py'),encoding='utf-8').read())
r.shuffle(rows)
with open(os.path.join(os.path.dirname(__file__),'..','sentences.tsv'),'w',encoding='utf-8') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for n,(e,c,sp,s) in enumerate(rows,1): fh.write(f'B28-{n:03d}\t{e}\t{c}\t{sp}\t{s}\n')
