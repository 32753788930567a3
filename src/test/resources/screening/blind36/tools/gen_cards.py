#!/usr/bin/env python3
"""Generate ../cards/card-01..60.txt and cards.tsv for blind36 (seed 3606)."""
import os, random, sys
HERE=os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0,HERE)
from numgen import bsn, iban, group, elf
def elf11(d): return elf(d)%11==0
rng=random.Random(3606)
OUT=os.path.join(HERE,'..','cards')
GEM=['Hilversum','Gooise Meren','Huizen','Laren','Blaricum','Wijdemeren','Weesp','Amersfoort','Soest','Baarn',
     'Leusden','Bunschoten','Nijkerk','Woudenberg','Eemnes']
VILLAGES={'Hilversum':['Hilversum-Noord','Kerkelanden','Hilversumse Meent'],'Gooise Meren':['Bussum','Naarden','Muiderberg'],
 'Huizen':['Huizen','Oostermeent'],'Laren':['Laren'],'Blaricum':['Blaricum','Bijvanck'],'Wijdemeren':['Kortenhoef','Ankeveen','Loosdrecht','Nederhorst den Berg'],
 'Weesp':['Weesp','Driemond'],'Amersfoort':['Vathorst','Kattenbroek','Liendert','Schothorst','Hoogland'],'Soest':['Soest','Soesterberg'],
 'Baarn':['Baarn','Lage Vuursche','Eembrugge'],'Leusden':['Leusden','Achterveld','Stoutenburg'],'Bunschoten':['Spakenburg','Eemdijk'],
 'Nijkerk':['Nijkerk','Hoevelaken','Nijkerkerveen'],'Woudenberg':['Woudenberg'],'Eemnes':['Eemnes']}
ORG={'Hilversum':'Sociaal Wijkteam Hilversum','Gooise Meren':'Sociaal Wijkteam Gooise Meren','Huizen':'Sociaal Wijkteam Huizen',
 'Laren':'Wijkteam Laren','Blaricum':'Wijkteam Blaricum','Wijdemeren':'Sociaal Team Wijdemeren','Weesp':'Ouder- en Kindteam Weesp',
 'Amersfoort':'Indebuurt033','Soest':'Sociaal Wijkteam Soest','Baarn':'Sociaal Team Baarn','Leusden':'Team Jeugd Leusden',
 'Bunschoten':'Sociaal Team Bunschoten','Nijkerk':'Jeugdteam Nijkerk','Woudenberg':'Sociaal Team Woudenberg','Eemnes':'Wijkteam Eemnes'}
PROS=['Marjolein Schouten','Tarik Boulahrouz','Ingrid Westerveld','Sevda Kılıç','Pieter-Jan Rademaker','Mulugeta Bekele',
 'Sunita Raghoe','Hui Min Lam','Iryna Bondarenko','Bruna Carvalho','Niels Everaarts','Yasmina Achahbar','Geert Brouwer',
 'Roos Terpstra','Chandra Persaud','Jelle Haverkamp','Emine Yavuz','Wen Jie Tan','Hilde Mulder','Kofi Mensah']
ROLES=['jeugd- en gezinswerker','gezinscoach','casemanager','jeugdconsulent','ambulant hulpverlener','gezinsvoogd','casusregisseur']
OTHERORG=['Veilig Thuis Gooi en Vechtstreek','Veilig Thuis Utrecht','Jeugdbescherming Regio Amsterdam','Lyvore','Youké']
INIT='ABDEFHIJKLMNRSTYZ'
SOORT=['Eerste inbreng','Vervolgbespreking','Monitoring','Overdracht']
ZORG=['Ouders maken ruzie waar de kinderen bij zijn; op {d1} heeft de politie een zorgmelding gemaakt.',
 'moeder drinkt weer, kids zien dat, {X}. zorgt voor de kleintjes',
 'Vader heeft {X}. op {d1} met een riem geslagen (striemen gezien door de mentor).',
 'baby groeit onvoldoende, consultatiebureau zag op {d1} gewichtsverlies',
 '{X}. verzuimt veel (34 uur sinds de herfstvakantie) en blijft tot laat weg',
 'SPANNING THUIS LOOPT OP, HUISVERBOD OP {d1} (10 DAGEN)',
 'Moeder heeft een psychose gehad; opname bij GGZ Centraal van {d1} tot nu.',
 'stiefvader dreigt via whatsapp, ma durft niet naar huis, zit tijdelijk bij haar zus in {v}',
 "{X}. vertelt op school dat ze 's avonds geen eten krijgt",
 'Huurachterstand en dreigende ontruiming; de kinderen slapen op 1 kamer.',
 'vlgs school snijdt {X}. zichzelf, gezien tijdens gym op {d1}',
 'Vader gebruikt cocaïne in het weekend als de kinderen er zijn.']
PAT=['Sinds 2021 drie meldingen bij Veilig Thuis, telkens afgesloten na een plan.','Eerder vrijwillig kader bij Youké (2023-2024).',
 'ouders hebben elk een jeugdzorgverleden','Herhaald huiselijk geweld sinds de geboorte van de jongste.']
KR=['Moeder zoekt zelf hulp en is eerlijk over het drinken.','oma in {v} is vaste opvangplek in het weekend',
 '{X}. heeft een goede band met de mentor en voetbalt 2x per week.','Vader erkent de zorgen en wil meewerken aan een plan.',
 'Netwerk is groot: buren, kerk en de moskee bieden hulp.','ouders houden zich aan de afspraken met Lyvore']
RIS=['Schulden, krappe woning, weinig netwerk.','alcohol + werkloosheid pa','Psychiatrie moeder, geen vaste dagstructuur.',
 'taalbarrière, sociaal isolement, verblijfsstatus onzeker','Verslaving vader, wisselende partners moeder.',
 'geweld in verleden, ontkenning']
STEMJ=['{X}. ({a} jaar): "Ik wil gewoon dat het rustig is thuis."','{X}. ({a}): "als pa drinkt ga ik naar mijn kamer, koptelefoon op"',
 '{X}. ({a} jaar) wil niet praten over thuis, tekende in het Drie Huizen-werkblad een dichte deur.',
 '{X}. ({a} jaar): "I am scared when he comes home late."','{X}. ({a}) zegt dat het goed gaat, maar huilt bij de vraag over papa.']
STEMJY='{X}. is {a} jaar; geobserveerd tijdens het huisbezoek: speelt rustig, zoekt weinig contact.'
STEMO=['Moeder: "Ik weet dat het niet goed gaat, ik wil hulp."','Vader: "Het valt allemaal wel mee, school overdrijft."',
 'ma wil hulp, pa niet','Moeder (via tolk): "Ik ben bang dat ze de kinderen weghalen."','Ouders zijn het oneens met de zorgen maar willen praten.']
VIS=['De veiligheid is onvoldoende; vrijwillige hulp lijkt niet genoeg. Ik vraag advies over een raadsonderzoek.',
 'Er zijn stappen gezet, maar het plan is nog kwetsbaar.','geen zicht op veiligheid, zorgen nemen toe',
 'Het netwerk draagt, maar moeder heeft behandeling nodig.']
VRAAG=['Is vrijwillige hulp nog voldoende, of adviseert het VHT een interventiegesprek met de Raad voor de Kinderbescherming?',
 'advies gevraagd over de veiligheid van de baby bij ma','Welke hulp is nodig om de onveiligheid te stoppen?',
 'Kan de overdracht naar Veilig Thuis plaatsvinden?','Is een verzoek tot onderzoek bij de RvdK nodig?']
HULP=['Youké, huisarts, GGD Gooi en Vechtstreek (jeugdarts)','Lyvore (ambulant), school, Kwintes (pa)',
 'GGZ Centraal (ma), Indebuurt033, schuldhulp gemeente','Tergooi MC (kinderarts), consultatiebureau, Sherpa',
 'Veilig Thuis Utrecht, Portaal, Leger des Heils','Amerpoort (dagbesteding), De Alliantie, wijkagent']
SPECIAL=[('[HEADER]','VEILIGHEIDSKAART - VERTROUWELIJK - {G}'),('[FOOTER]','versie {n} - alleen voor VHT Gooi en Eemland'),
 ('[COMMENT author=Voorzitter VHT]','graag concreter: wat zag school precies en wanneer?'),
 ('[COMMENT author=Gedragswetenschapper {O}]','score toelichten aub'),
 ('[ALT]','screenshot van een Instagram-story, gezichten en naam zwartgemaakt door inbrenger'),
 ('[PROPERTY title]','Veiligheidskaart {X}. ({y}) - {S}'),('[PROPERTY company]','{O}'),
 ('[TRACKED-DELETION]','Inbrenger: 5.'),('[FOOTNOTE]','Bron: gesprek met de mentor op {d1}.'),
 ('[MAIL-SUBJECT]','VHK {X}{y} {G} {S}'),('[MAIL-BODY]','Hoi, bijgaand de kaart voor de bespreking van volgende week. Gr, {O}'),
 ('[FILENAME]','VHK_{G}_{X}{y}_2026{mm}{dd}.docx')]
LABELS={'datum':['Datum:','Datum inbreng:','DATUM INBRENG','datum inbreng'],'soort':['Soort inbreng:','Type inbreng:'],
 'jeugdige':['Jeugdige:','Jeugdige(n):','Jeugdige (voorletter en geboortejaar):'],'inbrenger':['Inbrenger:','Inbrenger (naam, functie, organisatie):'],
 'vaste':['Vaste deelnemer:','VASTE DEELNEMER:'],'gemeente':['Gemeente:','Verantwoordelijke gemeente:'],
 'gedrag':['Gedragsdeskundige geraadpleegd:','Gedragswetenschapper geraadpleegd:'],
 'geinf':['Wie is wanneer geïnformeerd:','Geïnformeerd en gesproken:'],'instemming':['Instemming:','Instemming betrokkenen:'],
 'vraag':['Vraag aan het VHT:','Hulpvraag aan het VHT:','Vraag aan het VeiligheidsTeam:'],'gezin':['Gezinssamenstelling:','GEZINSSAMENSTELLING'],
 'zorgen':['Wat is er nu onveilig:','Zorgen:','Onveiligheid:'],'patroon':['Patroon:','Patroon uit het verleden:'],
 'krachten':['Krachten:','Krachten en beschermende factoren:'],'risico':['Risicofactoren:'],'stemj':['Stem van de jeugdige:','Wat zegt de jeugdige:'],
 'stemo':['Stem van ouders:','Stem van ouders en verzorgers:'],'visie':['Visie inbrenger:','Visie van de inbrenger:'],
 'score':['Score:','Veiligheidsscore:'],'hulp':['Betrokken hulpverlening:'],'pg':['Persoonsgegevens:']}
ORDER=['datum','soort','jeugdige','inbrenger','vaste','gemeente','gedrag','geinf','instemming','vraag','gezin','zorgen','patroon',
 'krachten','risico','stemj','stemo','visie','score','hulp','pg']

# DIRTY items: (category, value, place, text-with-{v} or None when the value is the whole inserted text)
def dirty_pool():
    b1=bsn(rng); b2=bsn(rng,8); i1=group(iban(rng)); i2=iban(rng)
    return [
 [('NAME','Hanneke Hilhorst','body (Zorgen)','oma Hanneke Hilhorst belde op {d1}: "ze slaat ze weer"'),('PHONE','06-47281903','mail body','[MAIL-BODY]|Hoi, moeder wil zelf gebeld worden: 06-47281903. gr')],
 [('NAME','Mesfin','comment author','[COMMENT author=Mesfin]|ik ben het niet eens met deze kaart'),('BIRTHDATE','11-02-2013','cover value (Jeugdige)','JEUGDIGE_BD')],
 [('NAME','KOELEWIJN','header','[HEADER]|VHK GEZIN KOELEWIJN - VERTROUWELIJK'),('BSN',b1,'footnote','[FOOTNOTE]|bsn J. '+b1+' (uit aanmelding)')],
 [('NAME','arjun','alt text','[ALT]|screenshot whatsapp van arjun (pa) met dreigende tekst'),('URL','instagram.com/arjun.kapoor.hsum','comment text','[COMMENT author=Inbrenger]|zie instagram.com/arjun.kapoor.hsum voor de posts')],
 [('NAME','Van Twillert','table row (Gezinssamenstelling)','| opa | Van Twillert | Bunschoten |'),('POSTCODE','3751 LW','footer','[FOOTER]|retour: 3751 LW Bunschoten-Spakenburg')],
 [('NAME','Li Mei Chen','property (title)','[PROPERTY title]|VHK Li Mei Chen - concept'),('EMAIL','limei.chen@hotmail.com','mail body','[MAIL-BODY]|ma mailt zelf vanaf limei.chen@hotmail.com, graag cc')],
 [('NAME','oksana','tracked deletion','[TRACKED-DELETION]|moeder oksana wil niet meewerken'),('ADDRESS','Torenlaan 51','body (Krachten)','kinderen kunnen naar tante, Torenlaan 51 in Baarn')],
 [('NAME','Lucas_Vedder','file name','[FILENAME]|VHK_Lucas_Vedder_def.docx'),('ID_NUMBER','Y-2025-11873','body (Betrokken hulpverlening)','Youké (clientnr Y-2025-11873)')],
 [('NAME','Rosângela','body (Stem van ouders)','Rosângela (moeder): "eu quero ajuda, ik wil hulp"'),('IBAN',i1,'footnote','[FOOTNOTE]|huur via rekening '+i1)],
 [('NAME','El Khattabi','mail subject','[MAIL-SUBJECT]|VHK fam El Khattabi - spoed'),('PHONE','+31 6 1938 2745','body (Geïnformeerd)','pa telefonisch gesproken (+31 6 1938 2745)')],
 [('NAME','Yonas','body (Wat zegt de jeugdige)','J.: "Yonas (broer) slaat me als mama weg is"'),('BIRTHDATE','4 mei 2012','table row (Gezinssamenstelling)','| J. | geb. 4 mei 2012 | thuis |')],
 [('NAME','DE BREE','property (company)','[PROPERTY company]|FAM DE BREE'),('BSN',b2,'body (Zorgen)','bsn oma '+b2+' (aanvraag mantelzorg)')],
 [('NAME','Priyanka','comment text','[COMMENT author=Gedragswetenschapper]|is Priyanka (tante) al gesproken?'),('ADDRESS','Leusderweg 140','header','[HEADER]|HUISBEZOEK Leusderweg 140')],
 [('NAME','mustafa','body (Risicofactoren)','oom mustafa komt dagelijks, drinkt'),('IBAN',i2,'mail body','[MAIL-BODY]|declaratie graag op '+i2)],
 [('NAME','Taras Melnyk','table row (Gezinssamenstelling)','| stiefvader | Taras Melnyk | woont in |'),('POSTCODE','1403BR','body (Gezinssamenstelling)','ma verhuisd naar 1403BR')],
    ]

def card(i, dirty=None):
    G=rng.choice(GEM); v=rng.choice(VILLAGES[G]); O=ORG[G] if rng.random()<0.7 else rng.choice(OTHERORG)
    S=SOORT[i%4]; mm=rng.choice(['10','11','12']); dd='%02d'%rng.randint(10,28)
    d1='%d-%d-2026'%(rng.randint(10,28),rng.randint(7,9))
    nkids=rng.choice([1,1,2,2,3]); kids=[]
    for k in range(nkids):
        kids.append((rng.choice(INIT),rng.randint(2009,2024)))
    if dirty and any(t=='JEUGDIGE_BD' for _,_,_,t in dirty):
        kids[0]=(kids[0][0],int([v for _,v,_,t in dirty if t=='JEUGDIGE_BD'][0][-4:]))
    X,y=kids[0]; a=2026-y
    p=rng.sample(PROS,3)
    f=dict(G=G,v=v,O=O,S=S,X=X,y=y,a=a,d1=d1,mm=mm,dd=dd,n=rng.randint(1,4))
    F=lambda s: s.format(**f)
    sec={}
    sec['datum']=[rng.choice(['%s-%s-2026','2026-%s-%s','%s/%s/2026']) % ((dd,mm) if rng.random()<1 else 0)] 
    if sec['datum'][0].startswith('2026'): sec['datum']=['2026-%s-%s'%(mm,dd)]
    vn=rng.randint(10,199)
    while elf11('20260%03d'%vn): vn+=1
    sec['soort']=[S+('' if S!='Vervolgbespreking' else ' (eerder VHT-2026-0%03d)'%vn)]
    sec['jeugdige']=['%s. (%d)'%k for k in kids]
    sec['inbrenger']=['%s, %s, %s'%(p[0],rng.choice(ROLES),O)]
    sec['vaste']=['%s, %s'%(p[1],ORG[G])]
    sec['gemeente']=[G]
    if rng.random()<0.6: sec['gedrag']=['Ja, %s (gedragswetenschapper %s), op %s'%(p[2],ORG[G],d1)]
    sec['geinf']=[F('Moeder: gesproken op {d1} (huisbezoek in {v}).'),'Vader: telefonisch gesproken.',
                  F('{X}.: gesproken op school, mentor erbij.')]
    if rng.random()<0.8: sec['instemming']=['Ja, ouders stemmen in met bespreking in het VHT.']
    else: sec['instemming']=['Nee. Vader weigert. Reden: hij wantrouwt hulpverlening.','Rechtvaardiging inbrenger: de veiligheid van de kinderen vraagt om advies van het VHT.']
    sec['vraag']=[rng.choice(VRAAG)]
    sec['gezin']=['| rol | geboortejaar | woont |','|---|---|---|','| moeder | %d | %s |'%(rng.randint(1978,1996),v)]+\
        ['| %s. | %d | thuis |'%k for k in kids]+['| vader | %d | %s |'%(rng.randint(1972,1994),rng.choice(VILLAGES[rng.choice(GEM)]))]
    sec['zorgen']=[F('- '+z) for z in rng.sample(ZORG,2)]
    if rng.random()<0.5: sec['patroon']=[rng.choice(PAT)]
    sec['krachten']=[F(rng.choice(KR))]
    sec['risico']=[rng.choice(RIS)]
    sj=[]
    for (x,yy) in kids:
        if 2026-yy>=8: sj.append(rng.choice(STEMJ).format(X=x,a=2026-yy))
        else: sj.append(STEMJY.format(X=x,a=2026-yy))
    sec['stemj']=sj
    sec['stemo']=[rng.choice(STEMO)]
    sec['visie']=[rng.choice(VIS)]
    sec['score']=['Inbrenger: %d. Moeder: %d.'%(rng.randint(2,6),rng.randint(4,9))+(' %s.: %d.'%(X,rng.randint(1,7)) if a>=8 else '')]
    sec['hulp']=[rng.choice(HULP)]
    sec['pg']=[rng.choice(['n.v.t.','-','niet invullen bij inbreng'])]
    specials=[(t,F(x)) for t,x in rng.sample(SPECIAL,rng.randint(2,4))]
    notes=[]
    inserts={}  # key -> list of extra lines; 'pre'/'post' specials
    pre=[]; post=[]
    if dirty:
        for cat,val,place,txt in dirty:
            notes.append('%s "%s" @ %s'%(cat,val,place))
            if txt=='JEUGDIGE_BD':
                sec['jeugdige'][0]='%s. (%s)'%(X,val)
                continue
            txt=F(txt) if '{' in txt else txt
            if txt.startswith('['):
                tag,body=txt.split('|',1)
                specials=[s for s in specials if s[0]!=tag.split(' author')[0].rstrip(']')+']' and s[0]!=tag]
                specials.append((tag,body))
            else:
                key={'Zorgen':'zorgen','Krachten':'krachten','Betrokken hulpverlening':'hulp','Stem van ouders':'stemo',
                     'Geïnformeerd':'geinf','Wat zegt de jeugdige':'stemj','Risicofactoren':'risico','Gezinssamenstelling':'gezin'}[place.split('(')[1].rstrip(')')]
                sec[key].append(txt)
    out=[]
    front=[s for s in specials if s[0] in ('[FILENAME]','[MAIL-SUBJECT]','[MAIL-BODY]','[PROPERTY title]','[PROPERTY company]','[HEADER]')]
    back=[s for s in specials if s not in front]
    for t,x in front: out+= [t,x,'']
    numbered=rng.random()<0.3
    for n,key in enumerate(ORDER,1):
        if key not in sec: continue
        lab=rng.choice(LABELS[key])
        if numbered and key!='pg': lab='%d. %s'%(n,lab)
        out.append(lab); out+=sec[key]; out.append('')
        if key in ('zorgen','score','stemj') and back:
            t,x=back.pop(0); out+=[t,x,'']
    for t,x in back: out+=[t,x,'']
    text='\n'.join(out).rstrip('\n')+'\n'
    return text, ('; '.join(notes) if notes else '-')

pool=dirty_pool()
rows=[]
for i in range(1,61):
    text,notes=card(i, pool[i-46] if i>=46 else None)
    open(os.path.join(OUT,'card-%02d.txt'%i),'w',encoding='utf-8',newline='\n').write(text)
    rows.append('card-%02d.txt\t%s\t%s'%(i,'CLEAN' if i<=45 else 'DIRTY',notes))
open(os.path.join(OUT,'cards.tsv'),'w',encoding='utf-8',newline='\n').write('file\texpect\tnotes\n'+'\n'.join(rows)+'\n')
print('60 cards')
