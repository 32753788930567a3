#!/usr/bin/env python3
"""Generates ../cards/card-01..60.txt and cards.tsv (seed 5300)."""
import os, sys, random, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scenarios import SCEN
from common import make_bsn, fmt_bsn, make_iban, fmt_iban
rng = random.Random(5300)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'cards')
GEM = {'Kapelle':'Kapelle','Wemeldinge':'Kapelle','Bruinisse':'Schouwen-Duiveland','Zierikzee':'Schouwen-Duiveland',
       'Middelburg':'Middelburg','Dauwendaele':'Middelburg','Vlissingen':'Vlissingen','Paauwenburg':'Vlissingen',
       'Kruiningen':'Reimerswaal','Yerseke':'Reimerswaal','Goes':'Goes','Lammerenburg':'Vlissingen','Sluis':'Sluis',
       'Oostburg':'Sluis','Terneuzen':'Terneuzen','Axel':'Terneuzen','Kloetinge':'Goes','Arnemuiden':'Middelburg',
       'Hulst':'Hulst','Sas van Gent':'Terneuzen','Renesse':'Schouwen-Duiveland','Westkapelle':'Veere','Domburg':'Veere',
       'Stromenwijk':'Middelburg'}
PROS = [('Marjan Stouten','casusregisseur','Wijkteam'),('Ruben Kolijn','jeugdconsulent','Gemeente'),
        ('Hatice Aksoy','gezinsvoogd','Jeugdbescherming West'),('Wouter Dijkhuizen','medewerker Veilig Thuis','Veilig Thuis Zeeland'),
        ('Nadia El Khattabi','gezinscoach','Intervence'),('Corine Poppe','jeugdverpleegkundige','GGD Zeeland'),
        ('Thomas Beije','jeugdbeschermer','William Schrikker Jeugdbescherming'),('Esther Scheele','casemanager','Wijkteam'),
        ('Desiree Mangroe','raadsonderzoeker','Raad voor de Kinderbescherming Middelburg'),('Pim Roelse','schoolmaatschappelijk werker','SMWW')]
VASTE = [('Lotte Bakkenes','Gemeente'),('Arjen Geuze','Veilig Thuis Zeeland'),('Mirjam Hamelink','Jeugdbescherming West'),
         ('Karin Oele','Gemeente'),('Youssef Amezian','Wijkteam')]
GEDRAG = ['Jolanda Hage, gedragswetenschapper', 'Maarten Overbeeke, orthopedagoog-generalist', 'Fleur Nijsse, GZ-psycholoog']
MON = ['jan','feb','mrt','apr','mei','jun','jul','aug','sep','okt','nov','dec']
MONL = ['januari','februari','maart','april','mei','juni','juli','augustus','september','oktober','november','december']
DAG = ['ma','di','wo','do','vr','za','zo']
SCHOOLS = {'refo':'Calvijn College','visser':'Pontes Pieter Zeeman','syrie':'CSW Middelburg','eritrea':'Het Rooi Pannen',
           'polen':'Prins Willem-Alexander school','roemenie':'Ostrea Lyceum','antillen':'Scalda','belgie':'Sluis, basisschool',
           'baby':'het consultatiebureau','psych':'Goese Lyceum','lvb':'Zeeuwse Gronden','schulden':'de basisschool in Hulst',
           'ggz_jeugd':'Pontes Pieter Zeeman','oma':'basisschool in Westkapelle','ex':'de basisschool in de Stromenwijk'}
STYLES = {
 'plain': {}, 'num': {}, 'caps': {}, 'lower': {}, 'syn': {},
}
CANON = ['Datum','Soort inbreng','Jeugdige (voorletter en geboortejaar)','Inbrenger','Vaste deelnemer','Verantwoordelijke gemeente',
         'Gedragsdeskundige geraadpleegd','Geïnformeerd en gesproken','Instemming betrokkenen','Vraag aan het VeiligheidsTeam',
         'Uit te nodigen experts','Gezinssamenstelling','Wat is er nu onveilig','Patroon','Krachten en beschermende factoren',
         'Risicofactoren','Stem van de jeugdige','Stem van ouders en verzorgers','Visie van de inbrenger','Veiligheidsscore',
         'Betrokken hulpverlening','Persoonsgegevens']
SYN = dict(zip(CANON, ['Datum inbreng','Type inbreng','Jeugdige(n)','Inbrenger (naam, functie, organisatie)','Vaste deelnemer',
         'Gemeente','Gedragswetenschapper geraadpleegd','Wie is wanneer geïnformeerd','Instemming','Vraag aan het VHT',
         'Experts','Gezinssamenstelling','Zorgen','Patroon uit het verleden','Krachten','Risicofactoren','Wat zegt de jeugdige',
         'Stem van ouders','Visie inbrenger','Score','Betrokken hulpverlening','Persoonsgegevens']))

def fdate(d, style):
    if style == 0: return d.strftime('%d-%m-%Y')
    if style == 1: return '%d-%d-%s' % (d.day, d.month, str(d.year)[2:])
    if style == 2: return d.strftime('%d.%m.%Y')
    if style == 3: return '%s %d %s' % (DAG[d.weekday()], d.day, MON[d.month-1])
    if style == 4: return '%d/%d' % (d.day, d.month)
    if style == 5: return d.strftime('%Y-%m-%d')
    if style == 6: return ('begin ' if d.day <= 10 else 'eind ' if d.day > 20 else 'half ') + MONL[d.month-1]
    return '%d %s %d' % (d.day, MONL[d.month-1], d.year)

def label(name, style, n):
    lab = SYN[name] if style == 'syn' else name
    if style == 'caps': lab = lab.upper()
    if style == 'lower': lab = lab.lower()
    if style == 'num': lab = '%d. %s' % (n, lab)
    return lab + ('' if style == 'lower' and n % 2 else ':')

# DIRTY items: card -> [(CAT, value, place, text with {v})]
BSN1 = fmt_bsn(make_bsn(rng), 'dots'); BSN2 = fmt_bsn(make_bsn(rng), 'spaces')
IB1 = fmt_iban(make_iban(rng, 'NL', 'RABO'), 'grouped'); IB2 = fmt_iban(make_iban(rng, 'NL', 'INGB'), 'plain')
DIRTY = {
 46: [('NAME','Teuntje','body (Wat is er nu onveilig)','Oma Teuntje heeft de striemen ook gezien en zegt: "\'k ei \'t gezeid."'),
      ('BIRTHDATE','12-04-2012','table row (Gezinssamenstelling)','| zoon | H. | 12-04-2012 | thuis |')],
 47: [('BSN',BSN1,'footnote','BSN van D. voor de verwijzing: {v}'),
      ('NAME','M. van Kerkvoorde','comment author','@author')],
 48: [('PHONE','06-19384027','mail body','Vader is alleen bereikbaar op {v}, graag niet aan R. geven.'),
      ('NAME','Mahmoud','mail subject','Fwd: verslag zorgcoördinator over R. en broer Mahmoud')],
 49: [('ADDRESS','Bellamypark 31','header','VERTROUWELIJK - gezin Bellamypark 31, Vlissingen'),
      ('EMAIL','meron.ghebre85@gmail.com','body (Stem van ouders en verzorgers)','Moeder wil de kaart gemaild krijgen op {v}.')],
 50: [('POSTCODE','4421 KV','footer','Retour bij onbestelbaar: {v} Kapelle'),
      ('NAME','Bartek','body (Krachten en beschermende factoren)','Oom Bartek kan in de pluktijd op de kinderen passen.')],
 51: [('IBAN',IB1,'tracked deletion','Leefgeld via rekening moeder {v}.'),
      ('NAME','Munteanu','property (title)','Veiligheidskaart I. Munteanu - Eerste inbreng')],
 52: [('URL','instagram.com/jaylon.vls.08','body (Stem van de jeugdige)','J. laat zijn Instagram zien ({v}), daar staan filmpjes met geld.'),
      ('ID_NUMBER','EM-2026-118734','body (Betrokken hulpverlening)','Emergis (cliëntnummer {v}), afspraak gemist.')],
 53: [('NAME','DE MUNCK','table row (Gezinssamenstelling)','| vader | DE MUNCK | {VJ} | Knokke |'),
      ('BIRTHDATE','3 oktober 2012','cover value (Jeugdige)','@jeugdige')],
 54: [('NAME','Verschelde','file name','VHK_Terneuzen_baby_Verschelde_2026.docx'),
      ('PHONE','+32 494 51 77 06','alt text','Schermafbeelding WhatsApp van de vriend van moeder, nummer {v}')],
 55: [('BSN',BSN2,'comment text','BSN moeder is {v}, nodig voor Emergis-aanvraag.'),
      ('NAME','Sandra','tracked deletion','Moeder (Sandra) is opgenomen op de gesloten afdeling.')],
 56: [('EMAIL','m.lokerse.2009@gmail.com','mail body','Mail M. zelf ook even: {v}'),
      ('ID_NUMBER','RvdK-MID-20261187','mail subject','Fwd: verslag zorgcoördinator - zaak {v}')],
 57: [('ADDRESS','Steenstraat 9A','body (Gezinssamenstelling)','Het gezin woont op de {v} in Hulst, huurachterstand 4 maanden.'),
      ('NAME','Bram','body (Stem van ouders en verzorgers)','Opa Bram: "Ze kan altijd bij ons komen eten."')],
 58: [('URL','tiktok.com/@xander.rns10','comment text','Zie ook zijn TikTok: {v}'),
      ('POSTCODE','4325 DK','header','VHK Renesse {v} - vertrouwelijk')],
 59: [('NAME','Kloosterman','footer','Gezin Kloosterman - VHK versie 2'),
      ('IBAN',IB2,'body (Risicofactoren)','Beslag gelegd op de rekening van opa ({v}).')],
 60: [('BIRTHDATE','2016-06-14','footnote','P. is geboren op {v}.'),
      ('NAME','Sander Dommisse','body (Wat is er nu onveilig)','De ex-partner, Sander Dommisse, stond weer voor de deur.')],
}

def build(i):
    sc = SCEN[(i - 1) % len(SCEN)]
    r = random.Random(i * 7919)
    style = ['plain', 'num', 'caps', 'lower', 'syn'][i % 5]
    place = r.choice(sc['places']); gem = GEM[sc['places'][0]]
    month = r.randint(2, 11); day = r.randint(1, 28)
    cdate = dt.date(2026, month, day)
    if sc['key'] == 'baby': cdate = dt.date(2026, max(month, 5), day)
    VJ = r.randint(1976, 1992); MJ = r.randint(1980, 1996)
    kids = sc['kids']; A_, B_, C_ = (kids + [kids[-1]] * 3)[:3]
    def t(s): return s.replace('{A}', A_[0]).replace('{B}', B_[0]).replace('{C}', C_[0]).replace('{P}', place).replace('{VJ}', str(VJ)).replace('{MJ}', str(MJ))
    soort = ['Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Overdracht'][r.choice([0, 0, 0, 1, 1, 2, 3])]
    pro = PROS[r.randrange(len(PROS))]; vaste = VASTE[r.randrange(len(VASTE))]
    org = pro[2] + (' ' + gem if pro[2] in ('Wijkteam', 'Gemeente') else '')
    vorg = vaste[1] + (' ' + gem if vaste[1] in ('Wijkteam', 'Gemeente') else '')
    dirty = DIRTY.get(i, [])
    S = {}
    S['Datum'] = [fdate(cdate, r.choice([0, 2, 5, 7]))]
    S['Soort inbreng'] = [soort + ('' if soort == 'Eerste inbreng' else ' (eerder besproken als VHT-2026-%04d)' % r.randint(10, 180))]
    S['Jeugdige (voorletter en geboortejaar)'] = ['%s (%d)' % (k[0], k[1]) for k in kids]
    S['Inbrenger'] = ['%s, %s, %s' % (pro[0], pro[1], org)]
    S['Vaste deelnemer'] = ['%s, %s' % (vaste[0], vorg)]
    S['Verantwoordelijke gemeente'] = [gem]
    if r.random() < 0.5:
        S['Gedragsdeskundige geraadpleegd'] = ['Ja, %s, op %s' % (r.choice(GEDRAG), fdate(cdate - dt.timedelta(days=r.randint(2, 9)), 0))]
    inf = ['Ouders: gesproken op %s (huisbezoek in %s).' % (fdate(cdate - dt.timedelta(days=r.randint(3, 12)), r.choice([0, 2, 5])), place)]
    for k in kids:
        if 2026 - k[1] >= 8: inf.append('%s: gesproken op %s, op school/thuis.' % (k[0], fdate(cdate - dt.timedelta(days=r.randint(2, 10)), r.choice([0, 1, 3]))))
    S['Geïnformeerd en gesproken'] = inf
    if r.random() < 0.8:
        S['Instemming betrokkenen'] = ['Ja, ouders en jeugdige(n) stemmen in met bespreking in het VHT.']
    else:
        S['Instemming betrokkenen'] = ['Nee. Reden: vader vindt dat hulpverlening zich er niet mee moet bemoeien.',
                                       'Verantwoording inbrenger: de onveiligheid is zo ernstig dat bespreking zonder instemming nodig is; ouders zijn hierover geïnformeerd.']
    S['Vraag aan het VeiligheidsTeam'] = [t(sc['vraag'])]
    if r.random() < 0.3: S['Uit te nodigen experts'] = ['Gedragsdeskundige Veilig Thuis Zeeland; jeugdarts GGD Zeeland.']
    rows = ['| rol | voorletter | geboortejaar | woont |', '|---|---|---|---|']
    if 'Vader (' in sc['gezin'] or 'vader ({VJ}' in sc['gezin'].lower() or '({VJ})' in sc['gezin']:
        rows.append('| vader | - | %d | %s |' % (VJ, 'zie boven'))
    rows.append('| moeder | - | %d | %s |' % (MJ, 'thuis' if sc['key'] != 'antillen' else 'Curaçao'))
    for k in kids: rows.append('| %s | %s | %d | thuis |' % (k[2], k[0], k[1]))
    S['Gezinssamenstelling'] = [t(sc['gezin'])] + rows
    tl = ['TIJDLIJN:']
    for j, (ev, off) in enumerate(sc['tijd']):
        d = cdate + dt.timedelta(days=off)
        tl.append('- %s: %s' % (fdate(d, (i + j) % 8), t(ev)))
    S['Wat is er nu onveilig'] = [('- ' + t(z)) for z in sc['zorgen']] + tl
    if r.random() < 0.6: S['Patroon'] = ['Sinds %d zijn er %d eerdere meldingen bij Veilig Thuis Zeeland; steeds kortdurende hulp.' % (r.randint(2019, 2024), r.randint(1, 4))]
    S['Krachten en beschermende factoren'] = [t(sc['krachten'])]
    S['Risicofactoren'] = [t(sc['risico'])]
    maxage = max(2026 - k[1] for k in kids)
    if maxage >= 12 or i % 3 or i > 45: S['Stem van de jeugdige'] = [t(sc['stemj'])]
    S['Stem van ouders en verzorgers'] = t(sc['stemo']).split('\n')
    S['Visie van de inbrenger'] = [t(sc['visie'])]
    sc_i, sc_m = r.randint(2, 5), r.randint(4, 8)
    if r.random() < 0.5:
        S['Veiligheidsscore'] = ['| wie | score |', '|---|---|', '| inbrenger | %d |' % sc_i, '| moeder | %d |' % sc_m] + (['| %s | %d |' % (kids[0][0], r.randint(1, 6))] if maxage >= 12 else [])
    else:
        S['Veiligheidsscore'] = ['Inbrenger: %d. Ouders: %d.' % (sc_i, sc_m) + (' %s: %d.' % (kids[0][0], r.randint(1, 6)) if maxage >= 12 else '')]
    S['Betrokken hulpverlening'] = [t(sc['hulp'])]
    if r.random() < 0.6: S['Persoonsgegevens'] = [r.choice(['n.v.t.', '-', 'niet invullen bij inbreng'])]
    # special blocks
    SP = {}
    title = 'Veiligheidskaart %s (%d) - %s' % (kids[0][0], kids[0][1], soort)
    fname = 'VHK_%s_%s%d_%s.docx' % (gem.replace(' ', ''), kids[0][0].rstrip('.'), kids[0][1], cdate.strftime('%Y%m%d'))
    header = 'VHK - VERTROUWELIJK - %s' % gem.upper()
    footer = 'Consultatieverslag VeiligheidsTeam Zeeland - versie %d' % r.randint(1, 4)
    author = r.choice(['Gedragswetenschapper ' + org, 'Voorzitter VHT', 'Jeugdarts GGD Zeeland', 'Vaste deelnemer ' + vorg])
    ctext = r.choice(['Kun je de tijdlijn aanvullen met de datum van het huisbezoek?', 'Stem van de jeugdige letterlijker opschrijven graag.',
                      'Score van school ontbreekt nog.', 'Klopt het dat de Raad al betrokken is geweest?'])
    school = SCHOOLS[sc['key']]
    mailsubj = 'Fwd: verslag zorgcoördinator %s' % school
    mailbody = ('---------- Doorgestuurd bericht ----------\nVan: zorgcoördinator %s\nOnderwerp: zorgen om %s\n\n'
                'Beste collega, in het zorgadviesteam van %s is %s besproken. Verzuim sinds de zomervakantie 14 lesuren. '
                'Mentor ziet een teruggetrokken leerling. Graag afstemming.\nMet vriendelijke groet, zorgcoördinator') % (
                school, kids[0][0], fdate(cdate - dt.timedelta(days=r.randint(5, 20)), 3), kids[0][0])
    footnote = r.choice(['Bron: verslag netwerkberaad van %s.' % fdate(cdate - dt.timedelta(days=4), 0), 'Score volgens de schaal 0-10 (Signs of Safety).',
                         'Tolk via de tolkentelefoon.'])
    alt = 'Tekening van %s: drie huizen (zorgen, goed, dromen).' % kids[0][0]
    deletion = 'Inbrenger: %d.' % (sc_i + 1)
    company = org
    jeugd_override = None
    extra_rows = []
    for cat, val, plc, txt in dirty:
        txt = txt.replace('{v}', val).replace('{VJ}', str(VJ))
        if plc.startswith('body'):
            sec = plc[6:-1]; S.setdefault(sec, []).insert(len(S.get(sec, [])) if sec != 'Wat is er nu onveilig' else 0, txt)
        elif plc.startswith('table row'): extra_rows.append(txt)
        elif plc == 'cover value (Jeugdige)':
            S['Jeugdige (voorletter en geboortejaar)'][0] = '%s (%s)' % (kids[0][0], val)
        elif plc == 'header': header = txt
        elif plc == 'footer': footer = txt
        elif plc == 'comment author': author = val
        elif plc == 'comment text': ctext = txt
        elif plc == 'alt text': alt = txt
        elif plc == 'property (title)': title = txt
        elif plc == 'tracked deletion': deletion = txt
        elif plc == 'footnote': footnote = txt
        elif plc == 'mail subject': mailsubj = txt
        elif plc == 'mail body': mailbody = mailbody + '\n\nPS ' + txt
        elif plc == 'file name': fname = txt
    S['Gezinssamenstelling'] += extra_rows
    out = []
    if i % 2 or i in (47, 48, 54, 56): out += ['[FILENAME]', fname, '']
    if (i % 3 == 0 and sc['key'] != 'baby') or i in (48, 56): out += ['[MAIL-SUBJECT]', mailsubj, '', '[MAIL-BODY]', mailbody, '']
    if i % 4 != 1 or i == 51: out += ['[PROPERTY title]', title, '']
    if i % 5 == 2: out += ['[PROPERTY company]', company, '']
    out += ['[HEADER]', header, '']
    n = 0
    for name in CANON:
        if name not in S: continue
        n += 1
        out.append(label(name, style, n))
        out += S[name]
        out.append('')
        if name == 'Wat is er nu onveilig' and (i % 2 == 0 or i in (47, 55, 58)):
            out += ['[COMMENT author=%s]' % author, ctext, '']
        if name == 'Stem van de jeugdige' and (i % 3 != 2 or i == 54):
            out += ['[ALT]', alt, '']
        if name == 'Veiligheidsscore' and (i % 2 == 1 or i in (51, 55)):
            out += ['[TRACKED-DELETION]', deletion, '']
        if name == 'Risicofactoren' and (i % 4 == 0 or i in (47, 51, 60)):
            out += ['[FOOTNOTE]', footnote, '']
    if i % 3 != 0 or i in (50, 59): out += ['[FOOTER]', footer]
    return '\n'.join(out).rstrip('\n') + '\n'

os.makedirs(OUT, exist_ok=True)
rows = ['file\texpect\tnotes']
for i in range(1, 61):
    with open(os.path.join(OUT, 'card-%02d.txt' % i), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(build(i))
    if i <= 45: rows.append('card-%02d.txt\tCLEAN\t-' % i)
    else: rows.append('card-%02d.txt\tDIRTY\t%s' % (i, '; '.join('%s "%s" @ %s' % (c, v, p) for c, v, p, _ in DIRTY[i])))
with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('\n'.join(rows) + '\n')
print('wrote 60 cards')
