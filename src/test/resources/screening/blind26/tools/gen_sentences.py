#!/usr/bin/env python3
"""Generate sentences.tsv for blind26 (fixed seed 26). Spans in templates are marked «...»."""
import random, os, re
R = random.Random(26)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sentences.tsv')

def bsn():
    while True:
        d = [R.randint(0, 9) for _ in range(8)]
        s = sum(w * x for w, x in zip(range(9, 1, -1), d))
        c = s % 11
        if c < 10 and d[0] != 0: return ''.join(map(str, d + [c]))
def iban(cc='NL', bank=None):
    if cc == 'NL':
        bban = (bank or R.choice(['ABNA', 'RABO', 'INGB', 'SNSB', 'TRIO', 'BUNQ', 'ASNB'])) + ''.join(str(R.randint(0, 9)) for _ in range(10))
    elif cc == 'PL':
        bban = ''.join(str(R.randint(0, 9)) for _ in range(24))
    else:
        bban = ''.join(str(R.randint(0, 9)) for _ in range(12))
    num = int(''.join(str(int(c, 36)) for c in bban + cc + '00'))
    ck = 98 - num % 97
    return '%s%02d%s' % (cc, ck, bban)
def spaced(s): return ' '.join(s[i:i+4] for i in range(0, len(s), 4))

FIRST = ['Youssef', 'Nordin', 'Fatima-Zahra', 'Ilham', 'Soufiane', 'Khadija', 'Emre', 'Büşra', 'Serkan', 'Elif', 'Hatice',
         'Bartosz', 'Agnieszka', 'Kacper', 'Zofia', 'Oksana', 'Taras', 'Yevheniia', 'Dmytro', 'Rawan', 'Hamza', 'Nour',
         'Ayham', 'Wei', 'Xiaoling', 'Jun', 'Thanh Huong', 'Minh Tuan', 'Linh', 'Rinus', 'Jantje', 'Marietje', 'Harry',
         'Wendy', 'Sjors', 'Dinie', 'Kees', 'Anouk', 'Jeroen', 'Maud']
SUR = ['Bakker', 'Visser', 'Smit', 'De Wit', 'Koster', 'Mol', 'Vos', 'Haan', 'Bos', 'El Khattabi', 'Bouzerda', 'Azzouzi',
       'Yıldırım', 'Aydoğan', 'Koç', 'Wiśniewski', 'Kowalczyk', 'Zielińska', 'Shevchenko', 'Bondarenko', 'Melnyk',
       'Al-Hamwi', 'Haddad', 'Kassab', 'Zhang', 'Lin', 'Nguyen', 'Tran', 'Pham', 'Van Gils', 'Moerkerken', 'Hoendervangers',
       'Janssens', 'Verschuren', 'Rijnders', 'Van Dongen']
NICK = ['Pieke', 'Bolle', 'Tinus', 'Keesje', 'Sjaakie', 'Mieke', 'Toontje', 'Bertje de Kleine', 'Grote Ger', 'Lowie']
KIN = ['oma', 'opa', 'tante', 'oom', 'nicht', 'neef', 'buurvrouw', 'buurman', 'ex van mdr', 'vriendin van mdr', 'stiefvdr', 'halfzus', 'oudste broer']
PLACES = ['Breda', 'Oosterhout', 'Dongen', 'Gilze', 'Rijen', 'Hooge Zwaluwe', 'Made', 'Terheijden', 'Prinsenbeek', 'Tholen',
          'Zierikzee', 'Brouwershaven', 'Sint-Maartensdijk', 'Raamsdonksveer', 'Lage Zwaluwe', 'Wagenberg', 'Teteringen',
          'Bavel', 'Ulvenhout', 'Molenschot', 'Sint-Annaland', 'Stavenisse', 'Bruinisse', 'Renesse', 'Haamstede',
          'Scharendijke', 'Nieuwerkerk', 'Oud-Vossemeer', 'Poortvliet', 'Scherpenisse', 'Drimmelen', 'Geertruidenberg']
STREETS = ['Haagweg', 'Ginnekenweg', 'Teteringsedijk', 'Boeimeersingel', 'Heuvelbrink', 'Nieuwstraat', 'Havenpark', 'Poststraat',
           'Kerkstraat', 'Molenstraat', 'Markt', 'Klokkenluiderstraat', 'Mr. Dr. Van Kaamstraat', 'Dorpsstraat',
           'Zuidvoorstraat', 'Hoogstraat', 'Stationsstraat', 'Weststraat', 'Ring', 'Burgemeester Van Meursstraat']

def name(): 
    k = R.random()
    if k < .5: return R.choice(FIRST) + ' ' + R.choice(SUR)
    if k < .7: return R.choice(FIRST)
    return R.choice(SUR)

block = {c: [] for c in ['NAME', 'BIRTHDATE', 'ID_NUMBER', 'ADDRESS', 'POSTCODE', 'BSN', 'PHONE', 'EMAIL', 'IBAN', 'URL']}
allow = {c: [] for c in ['PLACE', 'INSTITUTION', 'EVENT_DATE', 'PROFESSIONAL', 'AGE', 'ORG_NUMBER']}

# ---------------- NAME (100): handwritten-style templates with fillers
NT = [
 'mdr en «{F}» ({y}) zs op huisbezoek, vdr niet thuis',
 '{k} «{N}» haalt J. op van school ma wo vr',
 'vriend van mdr «{N}» slaapt vaak daar, onduidelijk of hij er woont',
 'KINDEREN ZIJN NU BIJ {K} «{S}» IN {P}',
 'jeugdige praat veel over «{F}», haar beste vriendin uit de klas',
 '| tante | «{N}» | {P} | steunend |',
 'vdr is broer van «{F}» (die zit in de bajes)',
 '«{S}»s zoon is ook bekend bij jgz',
 'familie «{S}» uit {P} wil niet meewerken',
 'gesproken met dhr. «{S}» (ex van mdr), hij ontkent alles',
 'mevr «{I} {S}» van het wijkteam belde terug over de melding',
 'ouders gesch. sinds {y2}; mdr woont nu samen met «{N}»',
 'opa «{nick}» van het woonwagenkamp komt elke dag langs',
 'neef "«{nick}»" rijdt rond met de kinderen zonder gordel',
 'oom «{F}» heeft de sleutel van het huis',
 '{k} «{F}» kookt als mdr opgenomen is',
 'buren: «{S}» (links) hoort geschreeuw',
 'dictaat: mdr zegt dat «{F}» haar slaat, komma, niet altijd, punt',
 'halfbroer «{F} {S}» (19) zit in de schuldhulp',
 'EX-PARTNER «{S_UP}» HEEFT CONTACTVERBOD',
 'de kinderen noemen hem «{nick}», echte naam niet bekend',
 'contact met «{F}» loopt via whatsapp',
 'meisje vertelt over stiefvdr «{F}» die drinkt',
 'de zus van mdr, «{N}», is netwerkpersoon in het plan',
 'bij «{S}» thuis is het volgens school rommelig',
 'j. logeert weekends bij oma «{F}» in {P}',
 'telefoontje van juf «{F}» (groep 6) over blauwe plek',
 '«{f_lo}» is opgehaald door vader om 22u',
 'vdr en «{F}» hebben ruzie gehad op {p_} kermis',
 'gezinsvoogd «{N}» heeft geen zicht op de kinderen',
 'MDR («{S}») WIL GEEN HULP MEER',
 '{k} «{N}» verhuist naar Polen in de zomer',
 'oudste zoon «{F}» heeft geen contact meer',
 'de kinderen van «{I} {S}» spelen op straat tot laat',
 'vdr noemt zich "«{nick}»", staat zo ook in zijn telefoon bij j.',
 'fam. «{S}» heeft de kinderen opgevangen na de ruzie',
 'melder: «{N}» (buurvrouw), wil anoniem blijven',
 'GESPROKEN MET {K} «{F_UP}», ZIJ MAAKT ZICH ZORGEN',
 '«{F}» ({y}) en j. delen een kamer',
 'mdr verwijst steeds naar haar ex «{N}»',
 'schoonmoeder «{F}» mag niet meer komen van vdr',
 'school meldt dat «{f_lo}» vaak zonder ontbijt komt',
 'stiefzus «{F}» ({a} jr) doet de opvoeding eigenlijk',
 'vdr en zijn broer «{F}» runnen samen een garage',
 'ib-er «{S}» van de basisschool ziet verbetering',
 'wijkagent «{S}» kent het gezin al jaren',
 'aanwezig: mdr, vdr, «{N}» (tolk uit netwerk)',
 'j. wil alleen praten als «{F}» erbij is',
 'kids: «{f_lo}», «{f2_lo}» en de baby',
 'oma «{F} {S}» overleden in {y2}, sindsdien gaat het mis',
 'vriendje «{F}» uit de klas wordt gepest door j.',
 '| vriendin mdr | «{N}» | {P} |',
 'netwerkberaad: o.a. {k} «{F}» en buurman «{S3}»',
]
GROUPS = [
 (['Youssef', 'Nordin', 'Fatima-Zahra', 'Ilham', 'Soufiane', 'Khadija', 'Mohamed', 'Ikram'], ['El Khattabi', 'Bouzerda', 'Azzouzi', 'Ait Lhaj', 'Bensaïd']),
 (['Emre', 'Büşra', 'Serkan', 'Elif', 'Hatice', 'Mustafa', 'Zeynep'], ['Yıldırım', 'Aydoğan', 'Koç', 'Şahin', 'Erdem']),
 (['Bartosz', 'Agnieszka', 'Kacper', 'Zofia', 'Paweł', 'Magda'], ['Wiśniewski', 'Kowalczyk', 'Zielińska', 'Dąbrowski', 'Mazur']),
 (['Oksana', 'Taras', 'Yevheniia', 'Dmytro', 'Olena', 'Bohdan'], ['Shevchenko', 'Bondarenko', 'Melnyk', 'Kravchuk', 'Tkachenko']),
 (['Rawan', 'Hamza', 'Nour', 'Ayham', 'Lama', 'Omar'], ['Al-Hamwi', 'Haddad', 'Kassab', 'Al Masri', 'Darwish']),
 (['Wei', 'Xiaoling', 'Jun', 'Lihua', 'Hao'], ['Zhang', 'Lin', 'Chen', 'Wu', 'Huang']),
 (['Thanh Huong', 'Minh Tuan', 'Linh', 'Duc', 'Mai Anh'], ['Nguyen', 'Tran', 'Pham', 'Hoang', 'Dang']),
 (['Rinus', 'Jantje', 'Marietje', 'Harry', 'Wendy', 'Sjors', 'Dinie', 'Kees', 'Anouk', 'Jeroen', 'Maud', 'Toon', 'Riek'],
  ['Bakker', 'Visser', 'Smit', 'De Wit', 'Koster', 'Mol', 'Vos', 'Haan', 'Bos', 'Van Gils', 'Moerkerken', 'Hoendervangers', 'Janssens', 'Verschuren', 'Rijnders', 'Van Dongen', 'Kuijpers']),
]
USED = {}
FEM = {'Fatima-Zahra', 'Ilham', 'Khadija', 'Ikram', 'Büşra', 'Elif', 'Hatice', 'Zeynep', 'Agnieszka', 'Zofia', 'Magda', 'Oksana',
       'Yevheniia', 'Olena', 'Rawan', 'Nour', 'Lama', 'Xiaoling', 'Lihua', 'Thanh Huong', 'Linh', 'Mai Anh', 'Marietje', 'Wendy',
       'Dinie', 'Anouk', 'Maud', 'Riek'}
NEUTRAL = {'Wei', 'Jun'}
FW = re.compile(r'\b(oma|tante|nicht|buurvrouw|vriendin|zus|halfzus|stiefzus|schoonmoeder|juf|mevr|ZIJ)\b', re.I)
MW = re.compile(r'\b(opa|oom|neef|buurman|stiefvdr|broer|halfbroer|vriendje|dhr|vriend|zoon|hij|zijn)\b', re.I)
def gender_ok(line):
    sp = re.findall('«(.*?)»', line)
    first = [f for grp in GROUPS for f in grp[0] if any(x.lower().startswith(f.lower()) for x in sp)]
    if not first or first[0] in NEUTRAL: return True
    rest = re.sub('«.*?»', ' ', line)
    if first[0] in FEM: return not MW.search(rest)
    return not FW.search(rest)
def fill_name(t):
    fs, ss = R.choice(GROUPS); f = R.choice(fs); s = R.choice(ss)
    d = dict(F=f, S=s, N=f + ' ' + s, I=R.choice('ABCDEGHJKMPRSTW') + '.', P=R.choice(PLACES), y=R.randint(2009, 2021),
             y2=R.randint(2015, 2025), k=R.choice(KIN), K=R.choice(KIN).upper(), nick=R.choice(NICK), S_UP=s.upper(),
             f_lo=f.lower(), p_=R.choice(PLACES), F_UP=f.upper(), S2=R.choice(['buurman', 'overbuurman']), a=R.randint(14, 19),
             f2_lo=R.choice(fs).lower(), S3=R.choice(ss))
    t2 = t.format(**d)
    t2 = re.sub('([sxz])»s ', "\\1»' ", t2)
    if t.startswith('KINDEREN'): t2 = t2.upper().replace('«', '«').replace('»', '»')
    return t2
seen = set()
while len(block['NAME']) < 100:
    tt = R.choice(NT)
    if USED.get(tt, 0) >= 3: continue
    t = fill_name(tt)
    if t.lower() in seen or not gender_ok(t): continue
    seen.add(t.lower()); USED[tt] = USED.get(tt, 0) + 1; block['NAME'].append(t)

def mk(cat, t):
    block[cat].append(t)

# BIRTHDATE 18
for t in ['geb. «{d}» in {P}', 'j. is geboren op «{d}»', 'broertje geb «{d}»', 'GEBOORTEDATUM MDR: «{d}»', 'mdr jarig «{ds}», vdr vergeet dat altijd',
          '| jeugdige | «{d}» |', 'zusje ({a} jr) geboren «{dt}»', 'vdr is van «{d}», mdr van «{d2}»', 'geb.datum jeugdige «{d}» (klopt met brp)',
          'baby kwam op «{dt}» ter wereld in het Amphia', 'oma geb «{d}», nu dement', 'Geboortedatum: «{d}»', 'dob «{d}» (pools paspoort)',
          'jongste is geb. «{dt}» te {P}', 'J. ({y}) — eigenlijk «{d}»', 'verjaardag j. «{ds} {y}»', 'kind is geb. op «{d}», prematuur', 'tweeling geboren «{d}»']:
    dd = '%02d-%02d-%d' % (R.randint(1, 28), R.randint(1, 12), R.randint(2008, 2023))
    if R.random() < .3: dd = dd.replace('-', '/')
    mon = R.choice(['januari', 'maart', 'mei', 'juli', 'sept', 'nov.', 'december'])
    mk('BIRTHDATE', t.format(d=dd, d2='%d-%d-%d' % (R.randint(1, 28), R.randint(1, 12), R.randint(1980, 1995)),
       ds='%d %s' % (R.randint(1, 28), mon), dt='%d %s %d' % (R.randint(1, 28), mon, R.randint(2015, 2025)),
       P=R.choice(PLACES), a=R.randint(2, 8), y=R.randint(2010, 2016)))
# fix: 'mdr jarig' and 'verjaardag' spans w/o year still birthdates; ok
# ID_NUMBER 14
for t in ['dossiernr VT «VT-{n6}»', 'clientnummer Juzt «{n7}»', 'paspoortnr vdr «{pp}»', 'id-kaart mdr «{pp}» (verlopen)',
          'cliëntnr. Sterk Huis: «SH{n6}»', 'dossier RvdK «{n7}-{n2}»', 'mdr heeft verblijfsvergunning nr «{v}»',
          'GGZ Breburg patiëntnr «{n8}»', 'ZIEKENHUISNR AMPHIA «{n7}»', 'Oekraïens paspoort «{uk}»', 'zaaknr politie «PL2000-{n10}»',
          'Emergis cliëntnummer «E-{n6}»', 'V-nummer mdr «{n10}»', 'leerlingnr j. «{n6}» (via school)']:
    n = lambda k: ''.join(str(R.randint(0, 9)) for _ in range(k))
    s = t.format(n6=n(6), n7=n(7), n2=n(2), n8='2' + n(7), n10=n(10), pp=''.join(R.choice('NPBRFXYK') for _ in range(2)) + n(7),
                 v=R.choice('IVW') + n(9), uk='F' + R.choice('EKT') + n(6))
    mk('ID_NUMBER', s)
# ADDRESS 11
for t in ['woont «{St} {h}» in {P}', 'adres oma: «{St} {h}{a}», {P}', 'vdr verhuisd naar «{St} {h}-{b}»', 'kids zitten nu op «{St} {h}»',
          '| adres | «{St} {h}» |', 'ADRES MDR «{SU} {h}»', 'nieuwe woning: «{St} {h} {b}», via Alwel', 'gesprek was bij oom thuis «{St} {h}»',
          'ex woont om de hoek (op «{St} {h}{a}»)', 'mdr staat ingeschreven op «{St} {h}» maar woont daar niet', 'caravan staat op «{St} {h}» (kamp)']:
    st = R.choice(STREETS); mk('ADDRESS', t.format(St=st, SU=st.upper(), h=R.randint(1, 240), a=R.choice('abcA'), b=R.choice(['bis', '2', 'A', '3hg']), P=R.choice(PLACES)))
# POSTCODE 11
PC = ['4811', '4818', '4822', '4837', '4901', '4906', '5101', '5121', '4941', '4926', '4691', '4301', '4318', '4695']
for t in ['postcode «{pc}» {P}', 'pc «{pc}»', 'gezin woont in «{pc}», rijtjeshuis', 'POSTCODE: «{PC}»', 'oma {P} «{pc}»',
          'brief terug, postcode «{pc}» klopt niet', '| postcode | «{pc}» |', 'nieuw adres ergens in «{pc}»', 'mdr gaf postcode «{pc}» op',
          'opvang zus in «{pc}» {P}', 'retour: «{pc}»']:
    c = R.choice(PC) + R.choice([' ', '']) + R.choice('BCDEGHJKLMNPRTVWXZ') + R.choice('BCDEGHJKLMNPRTVWXZ')
    mk('POSTCODE', t.format(pc=c, PC=c.upper(), P=R.choice(PLACES)))
# BSN 11
for t in ['bsn j. «{b}»', 'BSN MDR «{b}»', 'bsn vdr: «{bd}»', 'bsn baby «{b}» (nog niet in brp?)', '| bsn | «{b}» |', 'burgerservicenr «{b}»',
          'bsn broer «{bs}»', 'sofi/bsn oma «{b}»', 'bsn: «{bd}» (jongste)', 'BSN «{b}» nagevraagd bij gemeente', 'zus bsn «{bs}»']:
    b = bsn()
    mk('BSN', t.format(b=b, bd=b[:4] + '.' + b[4:6] + '.' + b[6:], bs=b[:3] + ' ' + b[3:6] + ' ' + b[6:]))
# PHONE 11
for t in ['mdr tel «{m}»', 'vdr bereikbaar op «{m2}»', 'oma: «{vast}»', 'tel «{intl}» (oekr. nummer)', 'BEL OOM «{m}»', 'nr ex «{m3}»',
          '| tel | «{m}» |', 'mobiel j. «{m2}», graag niet naar bellen', 'polski nr vdr «{pl}»', 'buurvrouw belt vaak vanaf «{vast}»', 'whatsapp mdr «{m3}»']:
    n = lambda k: ''.join(str(R.randint(0, 9)) for _ in range(k))
    mk('PHONE', t.format(m='06' + str(R.randint(1, 5)) + n(7), m2='06-' + str(R.randint(1, 5)) + n(7), m3='06 ' + str(R.randint(1, 5)) + n(1) + ' ' + n(2) + ' ' + n(2) + ' ' + n(2),
       vast=R.choice(['0162-', '0166-', '0111-', '0168-']) + n(6), intl='+380 ' + n(2) + ' ' + n(3) + ' ' + n(4),
       pl='+48 ' + n(3) + ' ' + n(3) + ' ' + n(3)))
# EMAIL 9
for t, e in [('mail mdr «{e}»', 'mama.{x}{y}@gmail.com'), ('vdr: «{e}»', '{x}_bredaboy@hotmail.com'), ('MAIL OMA «{e}»', 'oma.{x}@kpnmail.nl'),
             ('j. mailt vanaf «{e}»', '{x}{y}xx@outlook.com'), ('e-mail ex «{e}»', '{x}.{z}@live.nl'), ('| email | «{e}» |', '{x}{y}@ziggo.nl'),
             ('stuur verslag naar «{e}» (mdr)', '{x}.{z}{y}@icloud.com'), ('tante mailde vanaf «{e}»', '{x}{y}@wp.pl'), ('contact vdr via «{e}»', '{x}.{z}@yahoo.com')]:
    x = R.choice(['fatima', 'emre', 'oksana', 'bartek', 'rawan', 'linh', 'wei', 'rinus', 'wendy']); z = R.choice(['vos', 'bakker', 'nguyen', 'koc', 'mol'])
    ee = e.format(x=x, y=R.randint(10, 99), z=z); mk('EMAIL', t.format(e=ee))
# IBAN 9
for t in ['rek.nr mdr «{i}»', 'alimentatie naar «{s}»', 'IBAN VDR «{i}»', 'huur gaat van «{i}» af', 'iban oma: «{s}»', 'schuld via rekening «{i}»',
          'vdr stort geld op «{pl}» (polen)', '| rekening | «{s}» |', 'mdr gaf rekeningnr «{i}» aan budgetbeheer']:
    a = iban(); mk('IBAN', t.format(i=a, s=spaced(a), pl=spaced(iban('PL'))))
# URL 6
for t, u in [('fb mdr «{u}»', 'https://www.facebook.com/{x}.{z}.{n}'), ('insta j.: «{u}»', 'instagram.com/{x}_{n}_breda'),
             ('tiktok vdr «{u}»', 'https://www.tiktok.com/@{x}{z}{n}'), ('filmpje staat op «{u}»', 'youtube.com/@{x}{n}vlogs'),
             ('LINKEDIN EX «{u}»', 'https://nl.linkedin.com/in/{x}-{z}-{n}'), ('zie profiel «{u}»', 'www.facebook.com/profile.php?id=1000{n}{n}')]:
    x = R.choice(['nadia', 'kacper', 'taras', 'hamza', 'jantje', 'minh']); z = R.choice(['smit', 'haan', 'tran', 'melnyk'])
    mk('URL', t.format(u=u.format(x=x, z=z, n=R.randint(100, 999))))

# ---------------- ALLOW
def A(cat, lines): allow[cat].extend(lines)
A('PLACE', ['mdr opgegroeid in Terheijden, later naar Made', 'gezin komt uit Kharkiv, via Ter Apel naar Oosterhout', 'vdr werkt in de haven van Vlissingen',
 'oma woont in Sint-Maartensdijk', 'verhuisd van Zierikzee naar Brouwershaven', 'kids gaan zomers naar Nador', 'familie in Gaziantep en Aleppo',
 'vdr zit vaak in Wrocław voor werk', 'woonwagenkamp in Dongen', 'zs gesprek in Prinsenbeek', 'WEEKENDS NAAR BAVEL', 'gezin uit Hồ Chí Minhstad, nu Breda-Noord',
 'j. fietst naar school in Teteringen', 'mdr wil terug naar Tholen', 'bij de haven van Bruinisse gezien', 'in de Haagse Beemden veel overlast',
 'Hoge Vucht, flat bij het winkelcentrum', 'ulvenhout, bij opa en oma (geen namen)', 'ze zijn in Rijen gaan wonen', 'vakantie Antalya 3 wk',
 'terug uit Lublin', 'oom in Wenzhou', 'de Heuvel in Breda', 'Made en Drimmelen vallen onder dezelfde gemeente', 'Geertruidenberg valt onder West-Brabant',
 'Gilze en Rijen heeft eigen wijkteam', 'mdr gaat naar haar zus in Raamsdonksveer', 'vdr in Lage Zwaluwe op de camping', 'kamp bij Hooge Zwaluwe',
 'op Schouwen-Duiveland geen plek in de opvang', 'Sint Philipsland, bij de dijk', 'vroeger in Sint-Annaland', 'mdr werkt in een kas bij Poortvliet',
 'vdr rijdt naar Bergen op Zoom voor zijn werk', 'grootouders in Marokko (Al Hoceima)', 'tante woont in Lviv', 'broer in Damascus achtergebleven',
 'oom in Hanoi', 'Doelen, Breda centrum', 'Molenschot, bosje achter de kerk', 'j. hangt rond in de Biesdonk', 'gezin komt uit Stavenisse',
 'mdr komt uit Oud-Vossemeer', 'Scharendijke zomerhuis van kennis', 'in Kaatsheuvel bij de Efteling gewerkt', 'ouders ontmoet in Roosendaal',
 'zij willen naar Antwerpen verhuizen', 'Tilburg is te ver voor de kinderen', 'Renesse strand, daar was het incident', 'Haamstede vuurtoren, uitje met j.'])
A('INSTITUTION', ['j. zit op het Onze Lieve Vrouwelyceum', 'aangemeld bij GGZ Breburg', 'opname Amphia Molengracht', 'Bravis ziekenhuis Bergen op Zoom, spoedeisende hulp',
 'Emergis deeltijd behandeling', 'Sterk Huis ambulante hulp loopt', 'Juzt verblijf aangevraagd', 'Oosterpoort voor vdr (ambulant)', 'Intervence gezinscoach start wk 3',
 'Veilig Thuis West-Brabant heeft melding', 'Raad voor de Kinderbescherming Breda start onderzoek', 'Surplus Welzijn maatschappelijk werk', 'Farent schuldhulp',
 'school: De Vlonder', 'Stedelijk Gymnasium Breda', 'ROC West-Brabant, opleiding entree', 'Curio Prinsentuin in Oosterhout', 'vdr bij Novadic-Kentron',
 'Moskee Annour', 'Poolse kerk in Breda', 'Sint-Antoniuskathedraal', 'Leger des Heils dagopvang', 'Kinderopvang Kober', 'woningcorporatie Alwel',
 'WonenBreburg heeft huurachterstand gemeld', 'Thuisvester (Oosterhout)', 'Stichting Hoop voor Oekraïne (vrijwilligers)', 'voetbalclub NAC jeugd',
 'VV Dongen', 'zwemles bij Sportfondsenbad', 'Jan Ligthartschool', 'basisschool De Wilhelminaschool', 'Sint Jozefschool in Made', 'Prins Willem-Alexander school',
 'het Mgr. Frencken College', 'ORTHOPEDAGOGISCH CENTRUM ORO', 'Koraal (Sint Marie)', 'Politie eenheid Zeeland-West-Brabant', 'Rechtbank Zeeland-West-Brabant',
 'Jeugdbescherming Brabant', 'William Schrikker Stichting', 'Dr. Schaepmanschool', 'MEE West-Brabant', 'Cello (lvb) in Oosterhout',
 'Zuidwester Middelharnis', 'Huisartsenpraktijk De Haven', 'Prisma (lvb-zorg), logeerhuis', 'GGD West-Brabant jgz', 'GGD Zeeland', 'Internationale Schakelklas Breda'])
A('EVENT_DATE', ['incident op 14-03-2026', 'melding VT 02-11-2026', 'opname Amphia 7/10/2026 t/m 12/10/2026', 'zitting rechtbank 19-01-2027',
 'huisbezoek 3 nov 2026', 'consultatiebureau baby 21-09-2026 gewicht ok', 'politie ter plaatse 31-12-2025 (oud en nieuw)', 'schorsing school 15-09-2026',
 'rondetafel 2026-10-08', 'laatste VHT bespreking 12-06-2026', 'start Juzt 01-12-2026', 'ondertoezichtstelling 25-08-2025', 'uithuisplaatsing 4-4-2024',
 'aangifte op 18 mei 2026', 'zittingsdatum 09-02-2027', 'vdr vrijgekomen 30-06-2026', 'ruzie op suikerfeest 20-03-2026', 'verhuisd per 01-07-2026',
 'overleg school 11/11/2026', 'huwelijk ouders 2010 (islamitisch)', 'scheiding ouders 03-2023', 'verjaardagsfeest j. geëscaleerd, politie 22-05-2026',
 'MDO 16-10-2026 om 14u', 'evaluatie op 2-12-2026', 'crisisplaatsing 27-07-2026', 'zorgmelding 5/9/26', 'gesprek RvdK 06-01-2027', 'bloedprikken 13-10-2026',
 'intake GGZ 28-11-2026', 'carnaval 2026 weer ruzie'])
A('PROFESSIONAL', ['Inbrenger: Lotte van Hoof, jeugdprofessional, wijkteam Breda-Noord', 'Vaste deelnemer: Ruud Schellekens, Veilig Thuis West-Brabant',
 'Gedragsdeskundige geraadpleegd: Ja, Ineke Dekkers (orthopedagoog Sterk Huis)', 'de gezinsvoogd van Jeugdbescherming Brabant', 'jeugdarts GGD', 'wijkagent Dongen',
 'huisarts is op de hoogte', 'mentor van school gebeld', 'ib-er school', 'casusregisseur RvdK', 'behandelaar GGZ Breburg', 'verpleegkundige Amphia belde',
 'Inbrenger: Sanne Mol, casemanager, Toegang Oosterhout', 'Vaste deelnemer: Tim Bos, Team Jeugd Tholen', 'Inbrenger: Baran Çiftçi, jeugdconsulent, Gemeente Gilze en Rijen',
 'Gedragswetenschapper geraadpleegd: Karin Visser, gz-psycholoog Emergis', 'schoolmaatschappelijk werker', 'tolk Oekraïens via TVCN', 'de coach van Intervence',
 'jeugdverpleegkundige jgz', 'Vaste deelnemer: Fleur de Wit, Veilig Thuis', 'maatschappelijk werker Surplus', 'leerplichtambtenaar', 'de reclasseringswerker van vdr',
 'bewindvoerder', 'Inbrenger: Hanneke Koster, gezinscoach, Farent', 'de psychiater van mdr', 'pleegzorgwerker Juzt', 'VERLOSKUNDIGE', 'de consulent van Oosterpoort'])
A('AGE', ['j. is 14 jaar', 'zusje van 6', 'baby 4 mnd', 'mdr 32 jr', 'vdr (41)', 'oudste 17, bijna 18', 'tweeling van 9', 'broertje 2,5 jr', 'J. 15 jaar oud',
 'KINDEREN 8 EN 11', 'oma 78', 'puber van 13', 'jongste 3 jr', 'jongen 16 jaar, zit thuis', '12 jarige', 'mdr was 19 bij eerste kind', 'ex is 10 jaar ouder',
 'meisje 10 jr', 'kind 7 wk oud', 'halfbroer is volwassen (23)'])
A('ORG_NUMBER', ['VT 0800-2000', 'bel 112 bij nood', 'VHT-2026-0217', 'KvK 17085432', 'AGB-code 03012345', 'veiligheidsscore 3', 'ritalin 10 mg 2dd',
 'kindertelefoon 0800-0432', 'politie 0900-8844', 'week 47 overleg', 'SDQ score 21', 'ARIJ rood', 'VHT-2025-0188', 'sterkhuis 088-nummer via website',
 'BIG-register aanwezig', 'score mdr 7 vdr 5', 'melatonine 3 mg', 'huurachterstand 2.340 euro', 'schuld 14.500 euro', 'uitkering 1.250 pm'])

rows = []
for c, ls in block.items():
    for l in ls:
        sp = re.findall('«(.*?)»', l); rows.append(('BLOCK', c, ' || '.join(sp), l.replace('«', '').replace('»', '')))
for c, ls in allow.items():
    for l in ls: rows.append(('ALLOW', c, '-', l))
R.shuffle(rows)
with open(OUT, 'w', encoding='utf-8') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, r in enumerate(rows, 1): fh.write('B26-%03d\t%s\t%s\t%s\t%s\n' % ((i,) + r))
