import random, sys, os
sys.path.insert(0, os.path.dirname(__file__))
from common import *
r = random.Random(2828)
OUT = os.path.join(os.path.dirname(__file__), '..', 'cards')
GEM = ['Enschede','Hengelo','Almelo','Oldenzaal','Haaksbergen','Rijssen-Holten','Twenterand','Tiel','Culemborg','Zaltbommel',
 'West Betuwe','Dinkelland','Losser','Berkelland','Tubbergen','Buren','Neder-Betuwe','Wierden']
INBR = [('Marloes Heuvelink','jeugdconsulent','Sociaal Wijkteam Enschede'),('Rutger Bleumink','gezinsvoogd','Jeugdbescherming Overijssel'),
 ('Sanne van der Vegt','casemanager','Veilig Thuis Twente'),('Özlem Arslan','wijkcoach','Wijkracht Hengelo'),
 ('Thijs Rouwhorst','jeugdprofessional','Team Jeugd Tiel'),('Eline Wevers','ambulant hulpverlener','Jarabee'),
 ('Koen Pasman','regiehouder','Toegang Culemborg'),('Nadia Boukema','casemanager','Veilig Thuis Gelderland-Zuid'),
 ('Iris Stegeman','jeugdverpleegkundige','GGD Twente'),('Hatice Kurt','IB-er','basisschool De Wegwijzer')]
VAST = ['Bram Oolbekkink, Veilig Thuis Twente','Lotte Mensink, VT Gelderland-Zuid','Gijs Kamperman, gemeente Almelo',
 'Fatma Ekinci, Jeugdbescherming Overijssel','Merel Tiemens, Veilig Thuis Gelderland-Zuid']
GEDR = ['Anouk Roerink, orthopedagoog Jarabee','Pieter Tijhuis, GZ-psycholoog Mediant','Yara Beumer, gedragswetenschapper Ambiq']
SCEN = [
 ('Vader slaat moeder bij ruzies over geld; de kinderen zijn getuige. Politie is op {e1} ter plaatse geweest.',
  'Alcoholgebruik vader, schulden, krappe huurwoning van {inst}.', 'Moeder heeft een steunend netwerk in de {kerk}.'),
 ('Moeder heeft een psychose gehad en is op {e1} opgenomen bij Mediant; de jeugdigen waren alleen thuis.',
  'Psychiatrische kwetsbaarheid moeder, geen vaste behandelaar, isolement.', 'Oma komt dagelijks helpen; school let goed op.'),
 ('Jeugdige vertelt op school dat stiefvader hem met een riem slaat. SEH-registratie MST {e1}: striemen op de rug.',
  'Eerdere melding bij Veilig Thuis Twente (2024), stress door werkloosheid stiefvader.', 'Jeugdige durft te praten met de mentor; moeder wil meewerken.'),
 ('Ouders zitten in een vechtscheiding; de jeugdigen worden ingezet in het conflict. Op {e1} escaleerde de overdracht bij het station in {plaats}.',
  'Conflict over omgang, rechtszaak bij de Rechtbank Gelderland loopt.', 'Beide ouders houden van de kinderen en willen dat het rustiger wordt.'),
 ('Baby kwam op {e1} met een onverklaarde botbreuk bij ZGT binnen; ouders geven wisselende verklaringen.',
  'Jonge ouders, weinig steun, gebruik van cannabis door vader.', 'Consultatiebureau ziet moeder trouw; tante biedt hulp aan.'),
 ('Jeugdige (meisje) wordt onder druk gezet om te trouwen met een neef in Turkije; zij is op {e1} weggelopen.',
  'Eergerelateerde dreiging, broers controleren haar telefoon.', 'Jeugdige heeft een sterke band met haar docent en een vriendin.'),
 ('Verwaarlozing: de woning is vervuild, de kinderen komen zonder ontbijt op school. Huisbezoek {e1}: geen eten in huis.',
  'Verstandelijke beperking moeder (begeleiding Aveleijn gestopt), schulden.', 'Moeder is lief voor de kinderen en wil hulp van {inst}.'),
 ('Broer (17) is gewelddadig naar moeder en jongere zusjes; op {e1} heeft hij een deur ingetrapt.',
  'Trauma na de vlucht uit Syrië, geen behandeling, taalbarrière.', 'Vader is rustig en beschermend; gezin is actief in de {kerk}.'),
]
KERK = ['Syrisch-Orthodoxe kerk in Hengelo','Armeense gemeenschap in Almelo','Molukse kerk in Culemborg','moskee in Rijssen','Eritrese kerk in Enschede','Pinkstergemeente in Tiel']
INST = ['Domijn','Welbions','Mijande Wonen','KleurrijkWonen','Woonstede','Ambiq','Tactus']
PLAATS = ['Tiel','Hengelo','Almelo','Zaltbommel','Enschede','Oldenzaal','Geldermalsen','Borculo']
SOORT = ['Eerste inbreng','Vervolgbespreking','Monitoring','Overdracht']
def d(m, dd, y=2026, fmt=0):
    return [f'{dd:02d}-{m:02d}-{y}', f'{y}-{m:02d}-{dd:02d}', f'{dd}-{m}-{y}'][fmt % 3]
# dirty values
DN = ['Shushanik Grigoryan','Hanna Warda','Mikail Karataş','Robert Kortstee','Gerda Nijenhuis-Bloemink','Aferwerki Habte',
 'Johannes Matulessy','Dilan Yavuz','Bassam Chamoun','Jan-Willem Roelink','Tsega Woldu','Lisa Sopacua']
def dirty_items(k):
    cats = [('NAME','NAME'),('BIRTHDATE','NAME'),('BSN','NAME'),('ADDRESS','PHONE'),('POSTCODE','NAME'),('EMAIL','ID_NUMBER'),
            ('URL','NAME'),('IBAN','BIRTHDATE'),('ID_NUMBER','NAME'),('PHONE','NAME'),('NAME','BSN'),('ADDRESS','EMAIL'),
            ('NAME','POSTCODE'),('URL','BIRTHDATE'),('NAME','IBAN')][k]
    out = []
    for c in cats:
        if c == 'NAME': v = DN.pop(0)
        elif c == 'BIRTHDATE': v = f'{r.randint(1,28):02d}-{r.randint(1,12):02d}-{r.randint(2008,2020)}'
        elif c == 'BSN': b = bsn(r); v = b if k % 2 else b[:3]+'.'+b[3:6]+'.'+b[6:]
        elif c == 'ADDRESS': v = r.choice(['Lasondersingel','Kalanderstraat','Burgemeester Meslaan','Westluidensestraat']) + ' ' + str(r.randint(3,199)) + r.choice(['','-B',' 2hg'])
        elif c == 'POSTCODE': v = r.choice(['7545','7604','4003','7461']) + ' ' + r.choice(['ZK','TB','WL','CE'])
        elif c == 'EMAIL': v = r.choice(['mama.lilit','karatas.fam','ahmad1983','tesfay.g']) + str(r.randint(10,99)) + '@hotmail.com'
        elif c == 'URL': v = 'https://www.instagram.com/' + r.choice(['nour.h','aram_twente','yasmin.k','dj_tesfa']) + str(r.randint(10,999))
        elif c == 'IBAN': v = spaced(iban(r, r.choice(['RABO','INGB','SNSB'])))
        elif c == 'ID_NUMBER': v = 'CL-' + str(r.randint(1000000, 9999999))
        elif c == 'PHONE': v = '06-' + ''.join(str(r.randint(0,9)) for _ in range(8))
        out.append((c, v))
    return out
PLACES_D = ['body (Wat is er nu onveilig)','table row (Betrokken hulpverlening)','header','footer','comment text','comment author',
 'alt text','property (title)','tracked deletion','footnote','mail subject','mail body','file name','body (Krachten)',
 'cover value (Jeugdige)','body (Stem van ouders)','property (company)']
rows = []
pidx = 0
for n in range(1, 61):
    dirty = n > 45
    y = 2026; mo = r.randint(1, 12); dd = r.randint(1, 28)
    nk = r.choice([1, 1, 2, 2, 3])
    yrs = sorted(r.sample(range(2008, 2025), nk))
    ini = r.sample('ABDEGHJKLMNRSTYZ', nk)
    youths = [f'{i}. ({yy})' for i, yy in zip(ini, yrs)]
    inb = INBR[n % len(INBR)]; sc = SCEN[n % len(SCEN)]
    fmt = {'e1': d(r.randint(1, 12), r.randint(1, 28), 2026, n), 'inst': r.choice(INST), 'kerk': r.choice(KERK), 'plaats': r.choice(PLAATS)}
    gem = r.choice(GEM)
    labels = r.choice([0, 1, 2])
    L = lambda a, b, c: [a, b, c][labels]
    items = dirty_items(n - 46) if dirty else []
    places = {}
    for c, v in items:
        places[v] = PLACES_D[pidx % len(PLACES_D)]; pidx += 1
    def at(place):
        return [ (c, v) for c, v in items if places[v] == place ]
    def inj(place, text):
        for c, v in at(place):
            if c == 'NAME': text += f' Contactpersoon in het netwerk: {v}.'
            elif c == 'BIRTHDATE': text += f' (geboortedatum jongste: {v})'
            else: text += f' [{c.lower()}: {v}]'
        return text
    out = []
    def blk(tag, text):
        if text: out.append(f'[{tag}]\n{text}\n')
    title = f'Veiligheidskaart {youths[0]} - {SOORT[n % 4]}'
    for c, v in at('property (title)'): title += f' {v}'
    blk('PROPERTY title', title)
    comp = r.choice(['Gemeente ' + gem, inb[2]])
    for c, v in at('property (company)'): comp = v
    if n % 3 == 0 or at('property (company)'): blk('PROPERTY company', comp)
    hdr = f'VHK {gem.upper()} - VERTROUWELIJK'
    for c, v in at('header'): hdr += f' - {v}'
    blk('HEADER', hdr)
    sec = []
    S = lambda lab, txt: sec.append(f'{lab}\n{txt}\n')
    S(L('Datum inbreng:', 'Datum', '1. Datum:'), d(mo, dd, y, n + 1))
    S(L('Soort inbreng:', 'Type inbreng', 'SOORT INBRENG:'), SOORT[n % 4])
    jv = '\n'.join(youths)
    for c, v in at('cover value (Jeugdige)'): jv += f'\n{v}'
    S(L('Jeugdige (voorletter en geboortejaar):', 'Jeugdige(n)', 'Jeugdige:'), jv)
    S(L('Inbrenger:', 'Inbrenger (naam, functie, organisatie)', 'Inbrenger:'), ', '.join(inb))
    S('Vaste deelnemer:', VAST[n % len(VAST)])
    if n % 2: S('Gedragsdeskundige geraadpleegd:', GEDR[n % 3])
    S(L('Verantwoordelijke gemeente:', 'Gemeente', 'Gemeente:'), gem)
    S(L('Wie is wanneer geïnformeerd:', 'Geïnformeerd en gesproken', 'Geinformeerd en gesproken:'),
      f'moeder: huisbezoek {d(r.randint(1,12), r.randint(1,28), 2026, n)}\nvader: telefonisch, {d(r.randint(1,12), r.randint(1,28), 2026, n+2)}\n{youths[0]}: gesproken op school\nhuisarts en school op de hoogte')
    if n % 7 == 0:
        S('Instemming betrokkenen:', 'Nee. Vader stemt niet in. Reden: hij wantrouwt instanties. Inbrenger: bespreking is nodig omdat de veiligheid van de jeugdigen nu niet geborgd is.')
    else:
        S('Instemming:', 'Ja, beide ouders stemmen in (mondeling, ' + d(r.randint(1,12), r.randint(1,28), 2026, n) + ').')
    S(L('Vraag aan het VeiligheidsTeam:', 'Hulpvraag aan het VHT', 'Vraag aan het VHT:'),
      r.choice(['Is een OTS-verzoek aan de Raad voor de Kinderbescherming nodig?', 'Graag advies over de inzet van een veiligheidsplan en wie regie neemt.',
                'Is vrijwillig kader nog passend? Zo nee, welke stap?', 'Welke expertise is nodig rond eergerelateerd geweld?']))
    if n % 4 == 0: S('Uit te nodigen experts:', r.choice(['Landelijk Expertisecentrum Eergerelateerd Geweld', 'FPK Karakter', 'Jeugdbescherming Overijssel', 'kinderarts MST']))
    fam = ', '.join(['moeder (' + str(r.randint(1975, 1995)) + ')', 'vader (' + str(r.randint(1970, 1993)) + ')'] + youths)
    S('Gezinssamenstelling:', fam + '. ' + r.choice(['Gezin komt uit Syrië, sinds 2016 in Nederland.', 'Armeens gezin, sinds 2012 in ' + gem + '.',
        'Aramese familie uit Midyat, grote familie in Hengelo.', 'Moluks gezin, derde generatie.', 'Eritrees gezin, statushouders sinds 2019.',
        'Twents gezin, opa en oma wonen op hetzelfde erf.', 'Turks gezin, vader werkt bij een transportbedrijf in Almelo.']))
    S(L('Wat is er nu onveilig:', 'Zorgen', 'Onveiligheid:'), inj('body (Wat is er nu onveilig)', sc[0].format(**fmt)))
    if n % 3 == 1: S('Patroon:', 'Sinds 2022 drie meldingen bij Veilig Thuis; telkens kort hulp, daarna terugval.')
    S(L('Krachten en beschermende factoren:', 'Krachten', 'Krachten:'), inj('body (Krachten)', sc[2].format(**fmt)))
    S('Risicofactoren:', sc[1].format(**fmt))
    if y - yrs[0] >= 12 or n % 2:
        S(L('Stem van de jeugdige:', 'Wat zegt de jeugdige', 'Stem van de jeugdige:'),
          f'{youths[0]} ({y - yrs[0]} jaar): "' + r.choice(['Ik wil gewoon dat het thuis rustig is.', 'Ik ben bang als ze ruzie hebben.',
            'Ik zeg niks meer, anders wordt het erger.', 'Bij oma is het fijn.']) + '"')
    S(L('Stem van ouders en verzorgers:', 'Stem van ouders', 'Stem van ouders:'),
      inj('body (Stem van ouders)', r.choice(['Moeder: "Ik doe mijn best, maar het lukt me niet alleen."', 'Vader: "Het valt wel mee, iedereen maakt ruzie."',
        'Ouders willen geen Jeugdbescherming over de vloer.', 'Moeder wil hulp, vader wil niet praten.'])))
    S(L('Visie van de inbrenger:', 'Visie inbrenger', 'Visie inbrenger:'), 'De onveiligheid is structureel en de afspraken worden niet nagekomen. Ik maak me ernstig zorgen.')
    S(L('Veiligheidsscore:', 'Score', 'Score:'), f'Inbrenger: {r.randint(2,5)}. Moeder: {r.randint(4,8)}. Jeugdige: {r.randint(2,6)}.')
    bh = 'Betrokken hulpverlening:\norganisatie | rol\n' + '\n'.join(f'{o} | {rl}' for o, rl in r.sample(
        [('Jarabee', 'ambulante hulp'), ('Mediant', 'behandeling moeder'), ('Veilig Thuis Twente', 'monitoring'), ('GGD', 'jeugdarts'),
         ('Ziekenhuis Rivierenland Tiel', 'kinderarts'), ('Karakter', 'diagnostiek'), ('Ambiq', 'ondersteuning'), ('Elker', 'gezinsbehandeling')], 3))
    for c, v in at('table row (Betrokken hulpverlening)'): bh += f'\nnetwerk | {v}'
    sec.append(bh + '\n')
    sec.append('Persoonsgegevens:\n' + r.choice(['n.v.t.', '-', 'niet invullen bij inbreng']) + '\n')
    out.extend(sec)
    def tagged(place, tag, base, always=False):
        txt = base
        for c, v in at(place): txt = (txt + ' ' if txt else '') + v
        if txt and (always or at(place) or r.random() < 0.3): blk(tag, txt)
    if at('comment author'):
        txt = 'Graag feitelijker formuleren.'
        for c, v in at('comment text'): txt += f' Vraag: is {v} ook gesproken?' if c == 'NAME' else f' ({v})'
        out.append(f'[COMMENT author={at("comment author")[0][1]}]\n{txt}\n')
    elif n % 4 == 1 or at('comment text'):
        txt = 'Klopt de datum van het incident?'
        for c, v in at('comment text'): txt += f' Vraag: is {v} ook gesproken?' if c == 'NAME' else f' ({v})'
        out.append(f'[COMMENT author=Gedragswetenschapper {inb[2]}]\n{txt}\n')
    tagged('tracked deletion', 'TRACKED-DELETION', 'Inbrenger: ' + str(r.randint(2,6)) + '.')
    tagged('footnote', 'FOOTNOTE', 'Bron: SEH-registratie en verslag MDO.')
    tagged('alt text', 'ALT', 'Genogram van het gezin')
    ft = f'Pagina 1 van 2 - VHT {gem}'
    for c, v in at('footer'): ft += f' - {v}'
    blk('FOOTER', ft)
    ms = f'VHK inbreng {youths[0]} {SOORT[n % 4].lower()}'
    for c, v in at('mail subject'): ms += f' {v}'
    if n % 3 == 2 or at('mail subject') or at('mail body'):
        blk('MAIL-SUBJECT', ms)
        mb = 'Hoi, bijgaand de kaart voor de bespreking. Groet, ' + inb[0]
        for c, v in at('mail body'): mb += f'\nPS: {v}'
        blk('MAIL-BODY', mb)
    fnm = f'VHK_{youths[0][0]}_{y}-{mo:02d}.docx'
    for c, v in at('file name'): fnm = f'VHK_{v}.docx'
    if n % 5 == 0 or at('file name'): blk('FILENAME', fnm)
    with open(os.path.join(OUT, f'card-{n:02d}.txt'), 'w', encoding='utf-8') as fh: fh.write('\n'.join(out))
    notes = '; '.join(f'{c} "{v}" @ {places[v]}' for c, v in items) if dirty else '-'
    rows.append(f'card-{n:02d}.txt\t{"DIRTY" if dirty else "CLEAN"}\t{notes}')
with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8') as fh: fh.write('file\texpect\tnotes\n' + '\n'.join(rows) + '\n')
