#!/usr/bin/env python3
"""Generate sentences.tsv for blind set 25. Fixed seed; rerun reproduces byte for byte."""
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import bsn, iban, grp, nonelf
rng = random.Random(2525)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sentences.tsv')

# ---- invented people (origin: given, surname)
PEOPLE = [('Hodan','Warsame'),('Abdirahman','Farah'),('Ayaan','Dirie'),('Faisa','Nuur'),('Liibaan','Jama'),('Sagal','Cabdi'),
 ('Zarmina','Ahmadzai'),('Farid','Noori'),('Mursal','Hakimi'),('Shabnam','Karimzada'),('Wahid','Sultani'),('Parwana','Rahimi'),
 ('Rami','Alhaji'),('Lina','Darwish'),('Yazan','Haddad'),('Nour','Alkhatib'),('Bashar','Qassem'),('Rasha','Hamwi'),
 ('Sunita','Ramdin'),('Rakesh','Jagesar'),('Anjali','Sewnath'),('Devika','Baldewsingh'),('Ravi','Mahabier'),('Shanti','Autar'),
 ('Shurandy','Martina'),('Jurgen','Isenia'),('Giselle','Rosaria'),('Quincy','Doran'),('Dayenne','Winklaar'),('Ruthmila','Pieternella'),
 ('Truus','Hameleers'),('Jean','Ploumen'),('Mia','Souren'),('Wiel','Lardinois'),('Huub','Schrijnemaekers'),('Netty','Vleugels'),('Sjra','Kurvers'),
 ('Jürgen','Kaltenbach'),('Heike','Sauermann'),('Dirk','Brüggemann'),('Kobe','Vanderheyden'),('Femke','Claessens'),('Jelle','Vandormael'),
 ('Ingrid','van Oosterzee'),('Marco','de Bruijckere'),('Ilse','Teunissen')]
KIN = ['oma','opa','tante','oom','neef','nicht','zus','broer','buurvrouw','buurman','schoonmoeder','stiefvader','ex-partner','vriendin','bonusmoeder']

FEM = {'Hodan','Ayaan','Faisa','Sagal','Zarmina','Mursal','Shabnam','Parwana','Lina','Nour','Rasha','Sunita','Anjali','Devika','Shanti',
       'Giselle','Dayenne','Ruthmila','Truus','Mia','Netty','Heike','Femke','Ingrid','Ilse'}
KIN_F = ['oma','tante','nicht','zus','buurvrouw','schoonmoeder','vriendin','bonusmoeder']
KIN_M = ['opa','oom','neef','broer','buurman','stiefvader','ex-partner']
GT = {}
def person(gender):
    while True:
        g, s = rng.choice(PEOPLE)
        if gender is None or (gender == 'F') == (g in FEM): return g, s
def form(rng, g, s):
    k = rng.randrange(9)
    if k == 0: return g + ' ' + s
    if k == 1: return g
    if k == 2: return s
    if k == 3: return g[0] + '. ' + s
    if k == 4: return (g + ' ' + s).lower()
    if k == 5: return (g + ' ' + s).upper()
    if k == 6: return s.upper()
    if k == 7: return g.lower()
    return g + ' ' + s

NAME_T = [
 ('{K} {N} vangt de kinderen op als moeder weer is opgenomen, maar zij woont zelf ook krap', 'F'),
 ('{N} zei letterlijk: "ik laat me niet vertellen hoe ik mijn kinderen moet opvoeden"', None),
 ('Volgens de school (mentor) is {N} de laatste weken vaak te laat en heeft hij geen brood bij zich', 'M'),
 ('vader heeft contact met {K} {N} in Kerkrade, die zegt dat ze niet meer wil bemiddelen', None),
 ('Gesprek met moeder en haar nieuwe vriend ({N}) op het kantoor van het wijkteam Laak.', 'M'),
 ('{P} kamer is leeg, hij slaapt sinds de zomer bij een vriend in Transvaal', 'M'),
 ('GEZIN {NU} IS BEKEND BIJ VEILIG THUIS HAAGLANDEN SINDS 2023', None),
 ('Oudste zoon - {N} - wil niet meer naar huis als vader er is.', 'M'),
 ('{N} belde op donderdagavond huilend naar de Kindertelefoon, zo vertelde ze later aan de intern begeleider', 'F'),
 ('moeder wil niet dat {K} {N} nog op de kinderen past sinds het incident in de Schilderswijk', None),
 ('| broer | {N} | 17 jaar | woont bij oom in Delft |', 'M'),
 ('Bij het huisbezoek was ook {K} {N} aanwezig, die voor moeder tolkte (Somalisch)', 'F'),
 ('Volgens {N} van het wijkteam Escamp is de huur al drie maanden niet betaald', None),
 ('mail van {N} (mentor Grotius College) doorgestuurd: veel verzuim, blauwe plek op de arm gezien', None),
 ('{P} vader verblijft sinds de scheiding deels in Aken en deels in Heerlen', None),
 ('De kinderen noemen {K} {N} "de enige bij wie het rustig is".', None),
 ('dictaat: moeder vertelt dat {N}, die vorig jaar uit Kabul kwam, nu bij hen inwoont en dat er veel ruzie is over geld', None),
 ('Contact met {K} ({N}) verloopt via WhatsApp, zij spreekt alleen Arabisch.', 'F'),
 ('{N}: "Ik ben niet bang voor papa, ik ben bang voor wat hij doet als hij boos is."', None),
 ('Aanwezig bij netwerkberaad: moeder, {K} {N}, de buurvrouw en de ambulant hulpverlener', None),
 ('ex van moeder ({N}) heeft een contactverbod maar is gezien bij de school in Moerwijk', 'M'),
 ('Moeder noemt {N} als steunfiguur; ze kennen elkaar van de hindoetempel.', None),
 ('Hij zegt het zelf niet, maar {N} heeft het al twee keer aan de juf verteld', None),
 ('Wat zegt de jeugdige: "{N} slaat mij niet, hij duwt alleen"', 'M'),
 ('de stiefvader, {N}, was bij het gesprek onder invloed en verliet na tien minuten de kamer', 'M'),
 ('{K} {N} uit Vaals heeft aangegeven de jongste een paar weken in huis te willen nemen', None),
 ('Ook meneer {N} van de overkant heeft de politie gebeld vanwege het geschreeuw.', 'M'),
 ('Broertje {N} (9) gaat naar de Mgr. Nolensschool en vertelt daar weinig.', 'M'),
 ('In het gesprek met {N} bleek dat zij al sinds maart niet meer naar school gaat', 'F'),
 ('Volgens de gezinsvoogd, {N}, is de ondertoezichtstelling verlengd tot maart', None),
 ('{N} en moeder hadden ruzie over de voogdij, waarbij de politie Zuid-Limburg moest komen', None),
 ('fam. {S} woont sinds 2019 in Zoetermeer-Oost', None),
 ('Stem van ouders: vader ({N}) vindt dat school overdrijft en wil geen hulp in huis.', 'M'),
 ('{N} heeft op TikTok filmpjes gezet van de ruzie thuis; de wijkagent is ingelicht', None),
 ('NB {N} is de halfzus, zij woont bij haar moeder in Maasmechelen (België)', 'F'),
 ('Jeugdarts heeft {N} gezien op 4 november, gewicht onder de P3', None),
]
def name_lines():
    out = []; seen = set()
    while len(out) < 100:
        t, gen = rng.choice(NAME_T)
        if gen is None: gen = GT.get(t)
        g, s = person(gen)
        n = form(rng, g, s)
        k = rng.choice(KIN_F if g in FEM else KIN_M)
        if '{P}' in t: n = rng.choice([g, g.upper(), g.lower()]); p = n + "'s" if not n.endswith('s') else n + "'"
        else: p = ''
        if '{NU}' in t: n = (s).upper()
        if '{S}' in t: n = s
        sent = t.replace('{K}', k).replace('{NU}', n).replace('{S}', n).replace('{P}', p).replace('{N}', n)
        if sent[0].islower() and rng.random() < 0.3: pass
        if sent.lower() in seen or n in ('Sjoerd',): continue
        seen.add(sent.lower()); out.append(('NAME', n, sent))
    return out

MONTHS = ['januari','februari','maart','april','mei','juni','juli','augustus','september','oktober','november','december']
WORDS = {1:'eerste',2:'tweede',3:'derde',4:'vierde',5:'vijfde',6:'zesde',7:'zevende',8:'achtste',9:'negende',10:'tiende',
         11:'elfde',12:'twaalfde',14:'veertiende',17:'zeventiende',19:'negentiende',20:'twintigste',21:'eenentwintigste',23:'drieëntwintigste',28:'achtentwintigste'}

def bdate(rng):
    y = rng.randint(2008, 2024); m = rng.randint(1, 12); d = rng.randint(1, 28)
    k = rng.randrange(6)
    if k == 0: return '%02d-%02d-%d' % (d, m, y)
    if k == 1: return '%d-%d-%d' % (d, m, y)
    if k == 2: return '%d %s %d' % (d, MONTHS[m-1], y)
    if k == 3: return '%02d/%02d/%d' % (d, m, y)
    if k == 4:
        dd = rng.choice(list(WORDS)); return 'de %s %s %d' % (WORDS[dd], MONTHS[m-1], y)
    return '%d.%02d.%02d' % (y, m, d)
BD_T = ['J. is geboren op {D} in het HagaZiekenhuis, als tweede kind van moeder',
 'geb. {D}', 'Jongste zoon (geboren {D}) zit op het kinderdagverblijf in Rijswijk',
 'moeder vertelt dat Y. op {D} ter wereld kwam in Aleppo, tijdens de vlucht',
 'GEBOORTEDATUM JEUGDIGE: {D}', 'Jeugdige: A., geboren {D}, woont bij vader',
 'De baby, geboren op {D} in het Sophia, lag zes weken op de neonatologie',
 'Jeugdige(n): S. ({D}) en broer R. (2013)', 'verjaardag van de oudste is {D}, dan komt de hele familie uit Paramaribo over',
 'Zus van J. (geb. {D}) woont bij oma in Heerlen', 'Halfbroer, geboren {D} in Kerkrade, is uit huis geplaatst',
 'dossier vermeldt als geboortedag {D}', 'moeder zelf is geboren op {D} in Mogadishu',
 'Tweeling, beiden geboren op {D} in Maastricht UMC+', 'd.o.b. jeugdige {D} (volgens de IND-papieren)',
 'Vader wordt achttien op {D}, dus dan vervalt de jeugdhulp voor hem', 'de jongste is van {D}, de oudste van 2012',
 'K. kwam {D} ter wereld in het Zuyderland, vroeggeboren (32 weken)']
def fill(tmpls, gen, n, cat):
    out = []; seen = set(); i = 0
    while len(out) < n:
        t = tmpls[i % len(tmpls)] if i < len(tmpls) else rng.choice(tmpls); i += 1
        vals = gen(); vs = vals if isinstance(vals, list) else [vals]
        s = t
        for v in vs: s = s.replace('{D}', v, 1)
        if s.lower() in seen: continue
        seen.add(s.lower()); out.append((cat, ' || '.join(vs), s))
    return out

def idnum():
    k = rng.randrange(7)
    if k == 0: return 'N' + ''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ0123456789') for _ in range(8))
    if k == 1: return 'JBW-' + nonelf(rng, 6)
    if k == 2: return nonelf(rng, 7)
    if k == 3: return 'VT' + nonelf(rng, 6)
    if k == 4: return 'V-' + nonelf(rng, 10)
    if k == 5: return 'C' + ''.join(rng.choice('0123456789') for _ in range(4)) + rng.choice('KLMNRTX') + ''.join(rng.choice('0123456789') for _ in range(4))
    return 'ZL' + nonelf(rng, 8)
ID_T = ['paspoort moeder: {D} (verlopen)', 'Dossiernummer Jeugdbescherming West: {D}', 'clientnr Youz {D}',
 'VEILIG THUIS HAAGLANDEN DOSSIER {D}', 'vreemdelingennummer vader {D}, aanvraag loopt nog bij de IND',
 'ID-kaart van oma, nr. {D}, ligt bij de buurvrouw', 'patiëntnummer Zuyderland {D} - let op, niet delen',
 'in het systeem van Mondriaan staat het kind onder {D}', 'registratienr. Koraal: {D}',
 'Zie eerder dossier ({D}) bij de Raad voor de Kinderbescherming', 'leerlingnummer op het Bernardinuscollege: {D}',
 'Xonar casenummer {D}, moeder verbleef daar drie weken', 'Belgische identiteitskaart vader: {D}',
 'documentnr. verblijfspas {D}']
STREETS = [('Hoefkade', 'Den Haag'), ('Paul Krugerlaan', 'Den Haag'), ('Vaillantlaan', 'Den Haag'), ('Hobbemastraat', 'Den Haag'),
 ('Dierenselaan', 'Den Haag'), ('Leyweg', 'Den Haag'), ('Gevers Deynootweg', 'Scheveningen'), ('Meerzicht', 'Zoetermeer'),
 ('Oude Delft', 'Delft'), ('Haarlemmerstraat', 'Leiden'), ('Herenstraat', 'Rijswijk'), ('Rijksstraatweg', 'Wassenaar'),
 ('Brusselsestraat', 'Maastricht'), ('Akerstraat', 'Heerlen'), ('Nieuwstraat', 'Kerkrade'), ('Rijksweg Noord', 'Sittard'),
 ('Kerkstraat', 'Brunssum'), ('Irmstraat', 'Simpelveld'), ('Maastrichterlaan', 'Vaals'), ('Breinderveld', 'Eijsden')]
def addr():
    st, town = rng.choice(STREETS); n = str(rng.randint(2, 240)) + rng.choice(['', '', 'a', 'B', '-2', ' bis', 'C04'])
    return st + ' ' + n, town
AD_T = ['Moeder is tijdelijk ingetrokken bij haar zus op de {A} in {T}', 'adres vader: {A}, {T}',
 'De politie werd om 02.10 uur geroepen naar de {A} ({T})', 'oma woont op {A} te {T}, daar slapen de kinderen in het weekend',
 'NIEUW ADRES PER 1 OKTOBER: {A} {T}', 'Huisbezoek afgelegd op de {A} in {T}; woning erg vervuild',
 'Vriend van moeder staat ingeschreven op {A}, {T}', 'Kinderen verblijven bij oom, {A} in {T}',
 'postadres via de schuldhulp, maar feitelijk verblijf {A} ({T})', 'Het gezin is verhuisd naar de {A} in {T}, boven de kapper',
 'ex-partner woont om de hoek: {A}, {T}']
def postc():
    pre = rng.choice(['2525', '2571', '2533', '2545', '2586', '2713', '2611', '2312', '2282', '2242', '6211', '6411', '6461', '6131', '6441', '6369', '6291', '6245'])
    suf = ''.join(rng.choice('BCEHJKLMNPRTVWXZ') for _ in range(2))
    return pre + rng.choice([' ', '']) + suf
PC_T = ['Postcode gezin {D}', 'zus woont in {D} Den Haag, vlak bij de Haagse Markt', 'pc {D}',
 'Brief van de woningcorporatie is verstuurd naar {D}, maar daar woont moeder al niet meer', 'Vader: postcode {D}, Heerlen',
 'Op de aanmelding staat {D} Maastricht', 'ADRESGEGEVENS: {D} KERKRADE', 'de oma woont in {D} (Simpelveld)',
 'Kinderen staan ingeschreven op {D} in Zoetermeer', 'Retour afzender: {D} Delft', 'inschrijving BRP: {D} Leiden']
def bsnv():
    d = bsn(rng); k = rng.randrange(3)
    return d if k == 0 else (d[:4] + '.' + d[4:6] + '.' + d[6:] if k == 1 else d[:3] + ' ' + d[3:6] + ' ' + d[6:])
BSN_T = ['BSN jeugdige: {D}', 'bsn moeder {D}', 'Burgerservicenummer van vader is {D}, nodig voor de aanvraag bij de SVB',
 'BSN OUDSTE {D}', 'zus (bsn {D}) staat nog ingeschreven bij vader', 'sofinr van oma {D} staat op de brief van de gemeente',
 'Het BSN van de baby ({D}) is pas sinds kort bekend', 'Aanvraag PGB gedaan onder bsn {D}', 'bsn: {D} (stiefvader)',
 'jeugdige, BSN {D}, staat niet meer ingeschreven op school', 'Let op: burgerservicenummer {D} hoort bij de halfbroer']
def phone():
    k = rng.randrange(6); r = lambda n: ''.join(str(rng.randint(0, 9)) for _ in range(n))
    return ['06-' + r(8), '06 ' + r(2) + ' ' + r(2) + ' ' + r(2) + ' ' + r(2), '070-' + r(7), '045 ' + r(7), '+49 241 ' + r(7), '+32 89 ' + r(2) + ' ' + r(2) + ' ' + r(2)][k]
PH_T = ['Moeder is bereikbaar op {D}, liefst na 15.00 uur', 'tel. vader {D}', 'oma belt steeds vanaf {D}',
 'Nummer van de oom in Aken: {D}', 'MOBIEL JEUGDIGE {D}', 'De buurvrouw gaf haar nummer ({D}) voor als er weer iets is',
 'Vader heeft een nieuw nummer: {D}', 'bereikbaar via zus, {D}', 'Tante in Genk: {D}', 'whatsapp moeder {D}',
 'terugbellen naar {D} (stiefvader), hij neemt alleen op na werktijd']
FIRST = [p[0] for p in PEOPLE]
def email():
    g, s = rng.choice(PEOPLE); import unicodedata
    g = unicodedata.normalize('NFKD', g).encode('ascii', 'ignore').decode().lower(); s = unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode().replace(' ', '').lower()
    return rng.choice(['%s.%s%d@gmail.com' % (g, s, rng.randint(1, 99)), '%s_%s@hotmail.com' % (g, s[:4]), '%s%d@outlook.com' % (g, rng.randint(70, 2015)), '%s.%s@live.nl' % (g[0], s), '%s%s@web.de' % (g, s[:3]), '%s.%s@telenet.be' % (g, s)])
EM_T = ['mail moeder: {D}', 'Vader wil alles per e-mail ontvangen ({D})', 'stuur het verslag niet naar {D}, dat account deelt ze met haar ex',
 'E-MAILADRES JEUGDIGE {D}', 'oma mailt vanaf {D} naar de school', 'Contact via {D} (tante, spreekt Nederlands)',
 'Van: {D} - Onderwerp: ik wil mijn kinderen terug', 'Het Gmail-adres van de oudste ({D}) staat op de aanmelding', 'cc aan {D} graag weghalen']
def ibanv():
    cc = rng.choice(['NL', 'NL', 'NL', 'BE', 'DE']); i = iban(rng, cc)
    return grp(i) if rng.random() < 0.6 else i
IB_T = ['Kinderbijslag wordt gestort op {D}', 'rekening moeder {D} (ING)', 'Vader betaalt alimentatie vanaf {D}, soms maanden niet',
 'IBAN OMA {D}', 'Schuldhulp Maastricht beheert {D}', 'het geld van de studiefinanciering gaat naar {D}, de rekening van de vriend',
 'toeslagen op rekening {D}', 'Belgische rekening van vader: {D}', 'Leefgeld overmaken naar {D} elke maandag']
def url():
    g, s = rng.choice(PEOPLE); import unicodedata
    g = unicodedata.normalize('NFKD', g).encode('ascii', 'ignore').decode().lower(); s = unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode().replace(' ', '').lower()
    return rng.choice(['https://www.facebook.com/%s.%s.%d' % (g, s, rng.randint(10, 9999)), 'https://www.instagram.com/%s_%s%d/' % (g, s[:3], rng.randint(1, 99)),
                       'https://www.tiktok.com/@%s%s' % (g, rng.randint(100, 999)), 'snapchat.com/add/%s.%s' % (g, s[:5]), 'www.linkedin.com/in/%s-%s-%d' % (g, s, rng.randint(100, 999))])
UR_T = ['Moeder plaatst veel op {D}', 'filmpje staat op {D}, door de school gemeld', 'profiel van de oudste: {D}',
 'ex-partner dreigt via {D}', 'Zie {D} (account van de stiefvader), daar staan foto\'s van wapens', 'INSTAGRAM JEUGDIGE {D}']

PLACE = ['Moeder is opgegroeid in Hargeisa en woonde daarna jaren in een kamp bij Dadaab.',
 'Het gezin woont in Moerwijk, vlak bij het Zuiderpark.', 'vader werkt in de kassen bij Wateringen en komt pas laat thuis',
 'De kinderen logeren vaak in Stein bij familie.', 'Oma komt uit Beek en spreekt alleen Limburgs plat.',
 'Ze zijn vorig jaar verhuisd van Transvaal naar Leidschenveen.', 'Vader pendelt tussen Kerkrade en Herzogenrath, de grens loopt door de straat.',
 'de familie zit verspreid over Paramaribo, Nickerie en de Schilderswijk', 'Moeder wil terug naar Curaçao, de kinderen willen in Scheveningen blijven.',
 'Opvang geregeld in Mechelen (Zuid-Limburg, niet België).', 'De vlucht ging via Iran en Turkije naar Griekenland.',
 'Jongste zit op de peuterspeelzaal in Ypenburg.', 'Hij hangt veel rond in Laak en bij het station Hollands Spoor.',
 'GEZIN WOONT IN HOENSBROEK, DAARVOOR IN SCHINVELD', 'Familie van vader woont in Aleppo en Idlib, contact via videobellen.',
 'de oudste wil naar zijn vader in Genk', 'Moeder kwam in 2015 via Ter Apel in Zoetermeer terecht.', 'Ze gaan elke zomer naar Herat.',
 'Zij fietst dagelijks van Voorburg naar school in Delft.', 'Tante woont in Nuth, dat is een kwartier rijden.',
 'In Vaals kennen ze iedereen, zegt vader, daar voelt hij zich thuis.', 'Het incident gebeurde op de boulevard in Scheveningen.',
 'Vader zat eerder in de PI in Heerlen, nu woont hij in Landgraaf.', 'Na de scheiding ging moeder naar Eijsden, de kinderen bleven in Maastricht.',
 'De kinderen spreken Dari, vader ook Pasjtoe; ze komen uit Kandahar.', 'Gezin uit Escamp, eerder Bouwlust, sinds kort Morgenstond.',
 'moeder heeft familie in Luik en in Aken', 'Hij werkt in de haven van Rotterdam en slaapt doordeweeks in Schiedam.',
 'De jongste gaat naar de opvang in Simpelveld.', 'oom woont in Gulpen, in een dorp waar geen bus komt',
 'Vader is geboren in Mogadishu en opgegroeid in Nairobi.', 'het gezin komt uit Wittem en verhuisde naar Sittard-Geleen',
 'Moeder woont nu in Rijswijk, de kinderen bij oma in Wassenaar.', 'Vakanties brengen ze door in Willemstad.',
 'Tijdens het weekend is hij in Brunssum bij zijn vrienden.', 'Ze wonen in de Stationsbuurt in Leiden, dicht bij het LUMC.',
 'Moeder zegt dat het in Duindorp rustiger was dan in de Schilderswijk.', 'Familie in Meerssen wil helpen maar heeft zelf vier kinderen.',
 'De jongen werd opgepakt in Delft-Tanthof.', 'ZE WILLEN VERHUIZEN NAAR ZOETERMEER, DE HUURWONING IN LAAK IS TE KLEIN',
 'oma woont in Voerendaal, opa in Klimmen', 'Hij reist regelmatig naar Damascus via Beiroet.', 'vader komt uit Lelydorp, moeder uit Nieuw-Nickerie',
 'Het gezin verbleef eerst in het azc in Maastricht, daarna in Heerlen-Noord.', 'De kinderen zitten op school in Mariahoeve.',
 'Moeder heeft een caravan in Epen, daar gaan ze in de zomer heen.', 'Sinds 2022 wonen ze in Geleen, daarvoor in Born.',
 'Familie woont in Loosduinen en Kijkduin.', 'Vader werkt in Eindhoven bij een uitzendbureau en komt om de week thuis.',
 'Ze kwamen uit Kabul en woonden eerst twee jaar in Pakistan, in Peshawar.']
INST = ['Moeder is opgenomen geweest in het Bronovo, op de afdeling psychiatrie.', 'De baby lag na de val in het Juliana Kinderziekenhuis.',
 'Doorverwezen naar het Sophia Kinderziekenhuis voor verder onderzoek.', 'J. gaat naar de Mgr. Nolensschool in Maastricht.',
 'Moeder heeft gesprekken bij Parnassia, afdeling Psymens.', 'Youz heeft een intake gepland voor de oudste.',
 'SEH Haaglanden MC heeft een zorgmelding gedaan.', 'Het HagaZiekenhuis (locatie Leyweg) heeft letsel vastgesteld.',
 'Jeugdbescherming West voert de ondertoezichtstelling uit.', 'Verwezen naar Maastricht UMC+ voor kinderpsychiatrie.',
 'Zuyderland Heerlen heeft vader opgenomen na een overdosis.', 'moeder krijgt ambulante hulp van Mondriaan in Kerkrade',
 'Koraal biedt een plek op de groep in Valkenburg.', 'Xonar heeft een crisisplek aangeboden in de vrouwenopvang.',
 'Veilig Thuis Haaglanden heeft de melding overgedragen aan het wijkteam.', 'Veilig Thuis Zuid-Limburg doet een onderzoek.',
 'Hij zit op het Johan de Witt College, locatie Scheveningen.', 'Zus volgt een opleiding bij ROC Mondriaan.',
 'De oudste is lid van Roda JC Jeugd.', 'Het Reinier de Graaf Gasthuis in Delft zag een botbreuk bij de baby.',
 'Het Sint Jozef in Cadier en Keer heeft een plek voor moeder.', 'vader bidt in de As-Soennah moskee en de imam wil meedenken',
 'Het gezin huurt van Staedion, er loopt een ontruimingsprocedure.', 'Haag Wonen heeft een overlastdossier geopend over de buren.',
 'Woonpunt biedt een urgentieverklaring aan.', 'Moeder wordt begeleid door Florence, de thuiszorg.',
 'Het Sint-Maartenscollege heeft de leerplichtambtenaar ingeschakeld.', 'De jongste zit op Kindcentrum De Hoop in Zoetermeer.',
 'In het Ronald McDonald Huis bij het Sophia konden de ouders slapen.', 'De Raad voor de Kinderbescherming Den Haag doet onderzoek.',
 'Rechtbank Limburg heeft de OTS uitgesproken.', 'Politie eenheid Den Haag, team Hoefkade, kent vader.',
 'Hij zit op het Charlemagne College in Landgraaf.', 'Ze gaat naar het Grotius College in Delft.',
 'LUMC Curium heeft de oudste gediagnosticeerd met PTSS.', 'Rivierduinen begeleidt moeder in Leiden.',
 'Stichting Thuis op Straat (TOS) heeft de jongste bereikt via de voetbalkooi.', 'Moeder gaat naar de Shri Vishnu Mandir in Den Haag.',
 'Hij traint bij ADO Den Haag onder 15.', 'Vader is bekend bij Mondriaan Verslavingszorg.', 'Stichting Prisma biedt taalles aan moeder.',
 'De oudste volgt dagbesteding bij Ipse de Bruggen.', 'het Bernardinuscollege in Heerlen meldt verzuim',
 'Sint Franciscus Gasthuis heeft niets doorgegeven.', 'Het Trevianum in Sittard heeft een zorgteam ingeschakeld.',
 'Het Alrijne Ziekenhuis Leiderdorp heeft de moeder behandeld.', 'Moeder krijgt steun van de Somalische vrouwenvereniging Hiil Haween.',
 'De Kessler Stichting heeft nachtopvang geboden aan vader.', 'Het Centrum Jeugd en Gezin Maastricht-Heuvelland is betrokken.',
 'MEE Zuid-Limburg helpt met de aanvraag.']
EVD = ['Op 14-03-2026 is vader aangehouden in Moerwijk.', 'Incident op 02-02-2026: moeder met hoofdwond naar de SEH.',
 'De derde maart was er een huisbezoek met de politie erbij.', 'Opname in het Juliana Kinderziekenhuis van 12-01-2026 tot 19-01-2026.',
 'consultatiebureau baby: 17-06-2026, groei achter', 'Op 1 september 2025 gestart op de Mgr. Nolensschool.',
 'Melding Veilig Thuis ontvangen op 28-10-2026.', 'Sinds de zeventiende mei verblijft moeder in de opvang van Xonar.',
 'Netwerkberaad gepland op 09-12-2026 om 14.00 uur.', 'op 25 december 2025 liep de ruzie zo hoog op dat de buren belden',
 'De zitting bij de Rechtbank Den Haag is op 20-01-2027.', 'Huisbezoek 2026-11-03, samen met de wijkagent.',
 'Schorsing van school op 06-10-2026 na een vechtpartij.', 'Op 12/04/2026 werd de jongste met een blauw oog gezien op school.',
 'Vader is op 30 juni 2026 vrijgekomen uit de PI.', 'Het laatste contact met oma was op 15-08-2026.',
 'Op de vierde oktober is het veiligheidsplan ondertekend.', 'VT-onderzoek afgerond op 22-09-2026.',
 'Zorgmelding politie Zuid-Limburg van 11.07.2026.', 'De baby had op 05-05-2026 de zes-wekencontrole bij het consultatiebureau.',
 'Opname Maastricht UMC+ op 19 februari 2026 na een suïcidepoging.', 'Verhuizing naar Leidschenveen gepland voor 1-4-2027.',
 'op 31-12-2025 vuurwerk in de brievenbus, politie geweest', 'Op 8 maart (Internationale Vrouwendag) is moeder gevlucht naar haar zus.',
 'De OTS loopt af op 13-02-2027.', 'Eerste gesprek met Parnassia was op 21-10-2026.', 'Op 16-11-2026 huisbezoek, kinderen sliepen nog om 11 uur.',
 'De Suikerfeest-week (20-23 maart 2026) verliep rustig.', 'Intake Youz op de twintigste november.', 'Op 7-7-2026 was er een escalatie op de camping in Epen.']
PROF = ['Inbrenger: Marloes Verheggen, jeugdconsulent, Toegang Heerlen', 'Vaste deelnemer: Anouk Dijkstra, gedragswetenschapper, Jeugdbescherming West',
 'Gedragsdeskundige geraadpleegd: Ja, dr. Pieter Jongstra (orthopedagoog, Youz), 12-11-2026', 'De gezinsvoogd van Jeugdbescherming West is op de hoogte.',
 'de jeugdarts van de GGD Haaglanden heeft het kind gezien', 'De wijkagent van Transvaal komt mee naar het netwerkberaad.',
 'Inbrenger (naam, functie, organisatie): Yusuf Demirtas, wijkteammedewerker, Centrum Jeugd en Gezin Den Haag', 'Vaste deelnemer: Sandra Kessels, Veilig Thuis Zuid-Limburg',
 'De intern begeleider van de school heeft de zorgen gedeeld.', 'Moeder heeft een goede band met haar psychiater bij Parnassia.',
 'De huisarts heeft een verwijzing naar Mondriaan gegeven.', 'Gedragswetenschapper geraadpleegd: nee', 'Vaste deelnemer: Rik Bouwens, Toegang Maastricht',
 'De kraamverzorgster maakte zich zorgen over de hygiëne.', 'de leerplichtambtenaar van Zoetermeer heeft een proces-verbaal opgemaakt',
 'Inbrenger: Fatima el Idrissi, ambulant hulpverlener, Koraal', 'De mentor van het Grotius College belde met de inbrenger.',
 'Een tolk Somalisch is aangevraagd via de tolkentelefoon.', 'De casemanager van Xonar begeleidt moeder in de opvang.',
 'De verloskundige heeft de melding gedaan na de 20-wekenecho.', 'Vaste deelnemer: Lotte van Wieringen, wijkteam Escamp',
 'de schuldhulpverlener van de gemeente Kerkrade komt iedere twee weken', 'Inbrenger: Stefan Ramakers, jeugdprofessional, Sociaal Team Brunssum',
 'Gedragsdeskundige geraadpleegd: Ja, Ellen Houben, GZ-psycholoog Zuyderland', 'De behandelaar van Youz ziet de oudste wekelijks.',
 'Een ervaringsdeskundige van de Kessler Stichting gaat mee.', 'De imam is bereid te bemiddelen, zegt de wijkcoach.',
 'De pleegzorgbegeleider van Jeugdbescherming West is uitgenodigd.', 'de kinderarts van HagaZiekenhuis heeft een forensisch consult gevraagd',
 'Vaste deelnemer: Bram Crombach, Sociaal Team Sittard-Geleen']
AGE = ['J. is 14 jaar en zit in de tweede klas.', 'De baby is zes weken oud.', 'Oma is 78 en slecht ter been.', 'moeder is 19, vader 23',
 'Oudste (16) heeft een bijbaan bij de supermarkt.', 'De tweeling is net 3 geworden.', 'Stiefvader is 41 jaar.', 'Vader was zelf pas 17 toen hij vluchtte.',
 'De jongste is vier maanden.', 'Ze is twaalf en draagt veel zorg voor haar broertjes.', 'Halfzus is 22 en woont zelfstandig.', 'JEUGDIGE 15 JAAR, SPREEKT GOED NEDERLANDS',
 'Moeder (1990) is nu 36 jaar.', 'Het kind is anderhalf en loopt nog niet.', 'Opa is in de tachtig.', 'De jongen is 13, maar lijkt jonger.',
 'zus van 8 plast weer in bed', 'Hij werd op zijn 11e voor het eerst opgepakt.', 'Neefje van zeven logeert vaak.', 'Moeder was 15 bij de geboorte van de oudste.']
def orgn():
    return None
ORG = ['Veilig Thuis is 24/7 bereikbaar via 0800-2000.', 'Bij acuut gevaar: 112.', 'Kindertelefoon: 0800-0432.',
 'KvK-nummer van de zorgaanbieder: {KVK}', 'AGB-code Youz: {AGB}', 'Casus VHT-2026-0042 (vervolgbespreking).',
 'Methylfenidaat 36 mg per dag.', 'ARIJ-score: 3 van de 5 risicofactoren.', 'Veiligheidsscore inbrenger 3, moeder 7.',
 'Zelfmoordpreventie: 113 of 0800-0113.', 'Politie geen spoed: 0900-8844.', 'Week 45 huisbezoek, week 47 netwerkberaad.',
 'Zaak VHT-2025-0311 is in februari afgesloten.', 'Dosering quetiapine 50 mg, voorgeschreven door Parnassia.', 'Bus 22 naar Duindorp rijdt elk kwartier.',
 'KVK {KVK} (Stichting Xonar)', 'AGB {AGB} van de huisartsenpraktijk in Vaals', 'Gewicht baby P3, lengte P10.',
 'Schuldenlast ca. 14.000 euro bij zes schuldeisers.', 'Sociaal wijkzorgteam bereikbaar via 14 070.']
def org_lines():
    out = []
    for t in ORG:
        t = t.replace('{KVK}', nonelf(rng, 8)).replace('{AGB}', nonelf(rng, 8))
        out.append(('ORG_NUMBER', '-', t))
    return out

rows = []
rows += [('BLOCK',) + r for r in name_lines()]
rows += [('BLOCK',) + r for r in fill(BD_T, lambda: bdate(rng), 18, 'BIRTHDATE')]
rows += [('BLOCK',) + r for r in fill(ID_T, idnum, 14, 'ID_NUMBER')]
def adfill():
    out = []
    for t in AD_T:
        a, town = addr(); out.append(('BLOCK', 'ADDRESS', a, t.replace('{A}', a).replace('{T}', town)))
    return out
rows += adfill()
rows += [('BLOCK',) + r for r in fill(PC_T, postc, 11, 'POSTCODE')]
rows += [('BLOCK',) + r for r in fill(BSN_T, bsnv, 11, 'BSN')]
rows += [('BLOCK',) + r for r in fill(PH_T, phone, 11, 'PHONE')]
rows += [('BLOCK',) + r for r in fill(EM_T, email, 9, 'EMAIL')]
rows += [('BLOCK',) + r for r in fill(IB_T, ibanv, 9, 'IBAN')]
rows += [('BLOCK',) + r for r in fill(UR_T, url, 6, 'URL')]
for cat, lst in [('PLACE', PLACE), ('INSTITUTION', INST), ('EVENT_DATE', EVD), ('PROFESSIONAL', PROF), ('AGE', AGE)]:
    rows += [('ALLOW', cat, '-', s) for s in lst]
rows += [('ALLOW',) + r for r in org_lines()]
rng.shuffle(rows)
with open(OUT, 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, (e, c, sp, s) in enumerate(rows, 1):
        fh.write('B25-%03d\t%s\t%s\t%s\t%s\n' % (i, e, c, sp, s))
print(len(rows))
