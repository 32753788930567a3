#!/usr/bin/env python3
"""Generate ../cards/card-01..60.txt and cards.tsv for blind85 (fixed seed, byte-identical re-runs)."""
import datetime, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scenarios import SCEN

rng = random.Random(858585)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'cards')
os.makedirs(OUT, exist_ok=True)

# Professionals (invented) for the cover fields only: gemeente -> (inbrengers, vaste deelnemers, gedragsdeskundigen)
PROS = {
 'Enschede': (['Merel Hofman, gezinscoach, Wijkracht Enschede', 'Kübra Yiğit, jeugdconsulent, Toegang gemeente Enschede',
               'Jeroen Tuinman, jeugdbeschermer, Jeugdbescherming Overijssel'],
              ['Dewi Tomasouw, Toegang gemeente Enschede', 'Hans Oosterveld, Veilig Thuis Twente'],
              ['Femke Ruiter (orthopedagoog Wijkracht)', 'Orhan Aksoy (GZ-psycholoog Jarabee)']),
 'Hengelo': (['Anouk Lammertink, casusregisseur, wijkteam Hengelo', 'Stephanie Boerrigter, jeugdbeschermer, Jeugdbescherming Overijssel'],
             ['Wouter Koopman, wijkteam Hengelo', 'Hans Oosterveld, Veilig Thuis Twente'],
             ['Iris Wilbrink (gedragswetenschapper JBO)']),
 'Almelo': (['Samira Bouzid, jeugd- en gezinscoach, sociaal team Almelo', 'Bart Hulsman, jeugdbeschermer, Jeugdbescherming Overijssel'],
            ['Petra Spijkerman, sociaal team Almelo'], ['Iris Wilbrink (gedragswetenschapper JBO)']),
 'Wierden': (['Esmee Pasman, jeugdconsulent, gemeente Wierden'], ['Gijs Rouwenhorst, gemeente Wierden'], ['Marjolein Dekker (orthopedagoog)']),
 'Rijssen-Holten': (['Willemijn Meulenbelt, jeugd- en gezinswerker, gemeente Rijssen-Holten'], ['Arjen Bos, gemeente Rijssen-Holten'],
                    ['Marjolein Dekker (orthopedagoog)']),
 'Oldenzaal': (['Tim Stevelink, jeugdconsulent, gebiedsteam Oldenzaal'], ['Nathalie Geerdink, gebiedsteam Oldenzaal'], ['Orhan Aksoy (GZ-psycholoog Jarabee)']),
 'Borne': (['Roel Hammink, gezinscoach, wijkteam Borne'], ['Ingrid Voshaar, gemeente Borne'], ['Femke Ruiter (orthopedagoog Wijkracht)']),
 'Haaksbergen': (['Lisanne Wevers, jeugdconsulent, wijkteam Haaksbergen'], ['Koen Nijland, gemeente Haaksbergen'], ['Marjolein Dekker (orthopedagoog)']),
 'Hellendoorn': (['Dorien Schuurman, jeugdhulpverlener, wijkteam Hellendoorn'], ['Martijn Klaassen, gemeente Hellendoorn'], ['Iris Wilbrink (gedragswetenschapper JBO)']),
 'Twenterand': (['Ayla Kaplan, casusregisseur, sociaal team Twenterand'], ['Henk Veldhuis, gemeente Twenterand'], ['Marjolein Dekker (orthopedagoog)']),
 'Losser': (['Sabine Morsink, jeugdconsulent, wijkteam Losser'], ['Hans Oosterveld, Veilig Thuis Twente'], ['Orhan Aksoy (GZ-psycholoog Jarabee)']),
 'Dinkelland': (['Rianne Oude Luttikhuis, jeugdconsulent, gemeente Dinkelland'], ['Bram Weusthof, gemeente Dinkelland'], ['Femke Ruiter (orthopedagoog Wijkracht)']),
}
INITIALS = ['A.', 'B.', 'C.', 'D.', 'E.', 'F.', 'G.', 'H.', 'I.', 'J.', 'K.', 'L.', 'M.', 'N.', 'O.', 'R.', 'S.', 'T.', 'Y.', 'Z.', 'Th.', 'Ch.', 'IJ.', 'Ş.', 'Ö.']
DAYS = [2, 3, 4, 5, 6, 9, 10, 11, 12, 13, 16, 17, 18, 19, 20, 23, 24, 25, 26, 27, 30]
MAAND = {1: 'jan.', 9: 'sept.', 10: 'okt.', 11: 'nov.', 12: 'dec.'}

LABELS = {  # style -> labels
 'canon': ['Datum', 'Soort inbreng', 'Jeugdige (voorletter en geboortejaar)', 'Inbrenger', 'Vaste deelnemer', 'Verantwoordelijke gemeente',
           'Gedragsdeskundige geraadpleegd', 'Geïnformeerd en gesproken', 'Instemming betrokkenen', 'Vraag aan het VeiligheidsTeam',
           'Gezinssamenstelling', 'Wat is er nu onveilig', 'Patroon', 'Krachten en beschermende factoren', 'Risicofactoren',
           'Stem van de jeugdige', 'Stem van ouders en verzorgers', 'Visie van de inbrenger', 'Veiligheidsscore', 'Betrokken hulpverlening', 'Persoonsgegevens'],
 'syn': ['Datum inbreng', 'Type inbreng', 'Jeugdige(n)', 'Inbrenger (naam, functie, organisatie)', 'Vaste deelnemer', 'Gemeente',
         'Gedragswetenschapper geraadpleegd', 'Wie is wanneer geïnformeerd', 'Instemming', 'Vraag aan het VHT',
         'Gezinssamenstelling', 'Zorgen', 'Patroon uit het verleden', 'Krachten', 'Risicofactoren',
         'Wat zegt de jeugdige', 'Stem van ouders', 'Visie inbrenger', 'Score', 'Betrokken hulpverlening', 'Persoonsgegevens'],
}
def style_labels(style):
    if style == 'canon': return LABELS['canon'][:], ':'
    if style == 'syn': return LABELS['syn'][:], ':'
    if style == 'num': return ['%d. %s' % (i + 1, l) for i, l in enumerate(LABELS['syn'])], ':'
    if style == 'caps': return [l.upper() for l in LABELS['canon']], ''
    if style == 'lower': return [l.lower() for l in LABELS['syn']], ':'
    if style == 'hulp': 
        l = LABELS['canon'][:]; l[9] = 'Hulpvraag aan het VHT'; l[11] = 'Onveiligheid'; return l, ':'

def fmt_date(y, m, d, kind):
    if kind == 0: return '%02d-%02d-%d' % (d, m, y)
    if kind == 1: return '%d-%02d-%02d' % (y, m, d)
    if kind == 2: return '%d %s %d' % (d, MAAND[m], y)
    if kind == 3: return '%02d/%02d/%d' % (d, m, y)
    return '%d-%d-%d' % (d, m, y)

def short(y, m, d, kind):
    return ['%02d-%02d-%d' % (d, m, y), '%d %s' % (d, MAAND.get(m, 'sept.')), '%d/%d' % (d, m)][kind % 3]

POLICE_MAIL = ('Doorgestuurd bericht van de wijkagent, basisteam {bt}\n'
               'ZORGMELDING JEUGD (ProKid) d.d. {d1} {tijd}\n'
               'Betrokkene 1: jeugdige {A} ({yA}), rol: getuige\n'
               'Betrokkene 2: moeder, rol: benadeelde\n'
               'Betrokkene 3: {dader}, rol: verdachte\n'
               'Melder: buurtbewoner (anoniem)\n'
               'Signaal: {kleur}. Incidentcode: {code}.\n'
               'Graag bespreken in het VHT. Met vriendelijke groet, wijkagent {wijkteam}')
BT = {'Enschede': 'Enschede-Zuid', 'Oldenzaal': 'Noordoost-Twente', 'Losser': 'Noordoost-Twente'}

def build(idx, sc, dirty=None):
    """Return (text, info). dirty: list of (cat, value, place, injector)."""
    gem = sc['gem']
    inbs, vds, gds = PROS[gem]
    if sc['key'] in ('S7', 'S8'):
        inb = [x for x in inbs if 'Jeugdbescherming' in x] or inbs
    else:
        inb = [x for x in inbs if 'Jeugdbescherming' not in x] or inbs
    inbrenger = rng.choice(inb)
    vaste = rng.choice(vds)
    m = rng.choice([10, 11, 11, 12]); d = rng.choice(DAYS if m != 12 else [1, 2, 3, 4]); y = 2026
    dkind = rng.randint(0, 4)
    datum = fmt_date(y, m, d, dkind)
    if dkind == 2 and rng.random() < 0.5: datum = rng.choice(['ma ', 'di ', 'wo ', 'do ', 'vr ']) + datum
    base = datetime.date(y, m, d)
    ev = []
    for delta in (-rng.randint(9, 20), -rng.randint(2, 8), rng.randint(7, 21)):
        t = base + datetime.timedelta(days=delta)
        ev.append(fmt_date(t.year, t.month, t.day, rng.choice([0, 0, 1, 3, 4])))
    d1, d2, d3 = ev
    ini = rng.sample(INITIALS, 3)
    yrs = [y - a for a in sc['kids']] + [0, 0, 0]
    ctx = dict(A=ini[0], B=ini[1], C=ini[2], yA=yrs[0], yB=yrs[1], yC=yrs[2], aA=sc['kids'][0],
               aB=sc['kids'][1] if len(sc['kids']) > 1 else 0, aC=sc['kids'][2] if len(sc['kids']) > 2 else 0,
               gem=gem, wijk=rng.choice(sc['wijken']), d1=d1, d2=d2, d3=d3)
    f = lambda s: s.format(**ctx)
    style = rng.choice(['canon', 'syn', 'num', 'caps', 'lower', 'hulp'])
    L, colon = style_labels(style)
    soort = sc.get('soort') or rng.choice(['Eerste inbreng', 'Eerste inbreng', 'Vervolgbespreking', 'Monitoring'])
    young = sc['kids'][0] < 8
    if soort in ('Vervolgbespreking', 'Monitoring'):
        soort += ' (eerder besproken als VHT-2026-%04d)' % rng.randint(10, 180)
    if soort == 'Overdracht': soort = 'Overdracht (Jeugdbescherming Overijssel naar wijkteam %s, via het VHT)' % gem
    jeugd = []
    names_kids = [('', 'A'), ('', 'B'), ('', 'C')][:min(len(sc['kids']), 3)]
    for _, k in names_kids:
        jeugd.append('%s (%d)' % (ctx[k], ctx['y' + k]))
    jeugd_txt = '\n'.join(jeugd) if rng.random() < 0.5 else ', '.join(jeugd)
    gd = rng.choice(['Ja, %s, op %s' % (rng.choice(gds), d2), 'Nee', 'ja - %s' % rng.choice(gds), 'Nog niet, staat gepland'])
    moeder_txt = rng.choice(['Moeder: gesproken op %s (huisbezoek).' % d2, 'Moeder: telefonisch op %s.' % d2, 'Ouders: samen gesproken op %s op kantoor.' % d2])
    geinf = [moeder_txt, '%s: gesproken op %s, op school.' % (ini[0], d2) if sc['kids'][0] >= 8 else '%s: te jong, geobserveerd tijdens huisbezoek.' % ini[0],
             rng.choice(['Vader: per brief geïnformeerd.', 'Vader is telefonisch op de hoogte gebracht.', 'Partner van moeder: gesproken bij het huisbezoek.']),
             rng.choice(['De huisarts is op de hoogte.', 'School is geïnformeerd.', 'Veilig Thuis Twente is geïnformeerd.'])]
    if rng.random() < 0.22:
        inst = rng.choice(['Nee, vader stemt niet in.\nReden: vader vindt dat het gezin "geen pottenkijkers" nodig heeft.\nVerantwoording inbrenger: de veiligheid van de kinderen weegt zwaarder; bespreking gebeurt gepseudonimiseerd.',
                           'Nee.\nReden: moeder is bang dat de familie het te weten komt.\nVerantwoording inbrenger: zonder advies van het VHT dreigt een onveilige situatie langer te duren; moeder is hierover geïnformeerd.'])
    else:
        inst = rng.choice(['Ja, ouders stemmen in.', ('Ja (moeder en vader).' if young else 'Ja (moeder en vader), %s weet ervan.' % ini[0]), 'ja, mondeling op %s' % d2, 'Ja.'])
    score_opts = ['Inbrenger: %d. Moeder: %d. %s: %d.' % (rng.randint(2, 5), rng.randint(4, 8), 'Vader' if young else ini[0], rng.randint(2, 6)),
                  '| inbrenger | %d |\n| moeder | %d |\n| vader | %d |' % (rng.randint(2, 5), rng.randint(4, 8), rng.randint(5, 9)),
                  'inbrenger %d, ouders %d (schaal 0-10)' % (rng.randint(2, 5), rng.randint(4, 8))]
    zorgen = [f(z) for z in sc['zorgen']]
    zorgen_txt = '\n'.join(('- ' + z) if rng.random() < 0.6 else z for z in zorgen)
    body = [
        (0, datum), (1, soort), (2, jeugd_txt), (3, inbrenger), (4, vaste), (5, gem), (6, gd), (7, '\n'.join(geinf)), (8, inst),
        (9, f(sc['vraag'])), (10, f(sc['gezin'])), (11, zorgen_txt), (12, f(sc['patroon'])), (13, f(sc['krachten'])),
        (14, f(sc['risico'])), (15, f(sc['stemj'])), (16, f(sc['stemo'])), (17, f(sc['visie'])), (18, rng.choice(score_opts)),
        (19, sc['hulp']),
    ]
    if sc['key'] in ('S2', 'S5') and rng.random() < 0.5:
        body[10] = (10, '| rol | geboortejaar | woont |\n| vader | %s | thuis |\n| moeder | %s | thuis |\n| %s | %d | thuis |' % (
            '1979' if sc['key'] == 'S2' else '1980', '1983' if sc['key'] == 'S2' else '1985', ini[0], yrs[0]))
    pg = rng.choice(['n.v.t.', '-', 'niet invullen bij inbreng', None])
    if pg is not None: body.append((20, pg))
    blocks = []   # (position_index_after, tag, text)
    tit = 'Veiligheidskaart %s (%d) - %s' % (ini[0], yrs[0], soort.split(' (')[0])
    pre = []
    if rng.random() < 0.5: pre.append(('[PROPERTY title]', tit))
    if rng.random() < 0.3: pre.append(('[PROPERTY company]', rng.choice(['Gemeente ' + gem, 'Jeugdbescherming Overijssel', 'Veilig Thuis Twente'])))
    if rng.random() < 0.6: pre.append(('[HEADER]', rng.choice(['VHK - VERTROUWELIJK - ' + gem.upper(), 'Veiligheidskaart VHT Twente | vertrouwelijk', 'VERTROUWELIJK'])))
    fname = 'VHK_%s_%s%d_%d%02d%02d.docx' % (gem.replace(' ', ''), ini[0].rstrip('.'), yrs[0], y, m, d)
    mails = []
    if rng.random() < 0.5:
        mails.append(('[MAIL-SUBJECT]', rng.choice(['Aanmelding VHT %s - %s' % (gem, soort.split(' (')[0].lower()), 'VHK %s (%d) ter bespreking' % (ini[0], yrs[0]), 'Fw: veiligheidskaart voor dinsdag'])))
    if sc.get('mail') == 'police' or rng.random() < 0.3:
        if sc.get('mail') == 'police':
            mb = POLICE_MAIL.format(bt=BT.get(gem, 'Enschede-Zuid'), d1=d1, tijd='%02d:%02d' % (rng.randint(0, 23), rng.randint(0, 59)), A=ini[0], yA=yrs[0],
                                    dader=rng.choice(['vader', 'stiefvader', 'partner van moeder']), kleur=rng.choice(['oranje', 'rood', 'geel']),
                                    code=rng.choice(['E33 huiselijke twist', 'F31 huiselijk geweld', 'E38 overlast']), wijkteam=gem)
        else:
            mb = 'Beste voorzitter,\nHierbij de kaart van %s (%d) voor de bespreking. Instemming staat op de kaart.\nGroet, vaste deelnemer %s' % (ini[0], yrs[0], gem)
        mails.append(('[MAIL-BODY]', mb))
    if rng.random() < 0.6: mails.append(('[FILENAME]', fname))
    mid = {}
    if rng.random() < 0.5: mid[11] = ('[COMMENT author=%s]' % rng.choice(['Gedragswetenschapper JBO', 'Voorzitter VHT', 'Vaste deelnemer ' + gem, 'Veilig Thuis Twente']),
                                       rng.choice(['Graag concreter: wat zag de school precies?', 'Is de datum van het incident juist?', 'Wie is de sleutelfiguur in het netwerk?']))
    if rng.random() < 0.4: mid[18] = ('[TRACKED-DELETION]', 'Inbrenger: %d.' % rng.randint(2, 6))
    if rng.random() < 0.35: mid[15] = ('[ALT]', 'Tekening van %s: drie huizen, het huis van de zorgen is het grootst.' % ini[0])
    if rng.random() < 0.3: mid[19] = ('[FOOTNOTE]', rng.choice(['Zie ook de halfjaarrapportage van Jeugdbescherming Overijssel.', 'ProKid-signaal doorgestuurd door de wijkagent.', 'Score volgens de schaal van Signs of Safety.']))
    post = []
    if rng.random() < 0.45: post.append(('[FOOTER]', rng.choice(['Pagina 1 van 2', 'VHT Twente - Consultatie & Advies', 'Niet doorsturen zonder toestemming'])))
    # dirty injection
    notes = []
    if dirty:
        for cat, val, place, how in dirty:
            how(locals(), val)
            notes.append('%s "%s" @ %s' % (cat, val, place))
    # assemble
    out = []
    for tag, txt in pre: out += [tag, txt, '']
    for i, val in body:
        out += [L[i] + colon, val, '']
        if i in mid: out += [mid[i][0], mid[i][1], '']
    for tag, txt in post + mails: out += [tag, txt, '']
    return '\n'.join(out).rstrip('\n') + '\n', notes

# ---- injectors for DIRTY items (operate on build()'s locals) ----
def body_add(sec, tmpl):
    def h(lc, v):
        b = lc['body']
        for k, (i, t) in enumerate(b):
            if i == sec: b[k] = (i, t + '\n' + tmpl.format(v=v)); return
        raise KeyError(sec)
    return h
def block(tag, tmpl, where='post'):
    def h(lc, v):
        if where == 'pre':
            lc['pre'][:] = [p for p in lc['pre'] if p[0] != tag] + [(tag, tmpl.format(v=v))]
        elif where == 'mails':
            lc['mails'][:] = [p for p in lc['mails'] if p[0] != tag] + [(tag, tmpl.format(v=v))]
        elif isinstance(where, int):
            lc['mid'][where] = (tag.format(v=v), tmpl.format(v=v))
        else:
            lc['post'][:] = [p for p in lc['post'] if p[0] != tag] + [(tag, tmpl.format(v=v))]
    return h
def jeugd_repl(lc, v):
    b = lc['body']; ctx = lc['ctx']
    i, t = b[2]; b[2] = (i, t.replace('(%d)' % ctx['yA'], '(%s)' % v, 1))

def elf(d):
    if len(d) == 8: d = '0' + d
    return (sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])) % 11 == 0
drng = random.Random(8586)
def bsn(n=9):
    while True:
        d = str(drng.randint(1, 9)) + ''.join(str(drng.randint(0, 9)) for _ in range(n - 1))
        if elf(d): return d
def iban(cc, bank):
    while True:
        acc = ''.join(str(drng.randint(0, 9)) for _ in range(10))
        if cc != 'NL' or (acc[0] != '0' and sum((10 - i) * int(c) for i, c in enumerate(acc)) % 11 == 0): break
    bban = bank + acc
    num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
    s = cc + '%02d' % (98 - int(num) % 97) + bban
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))
b1 = bsn(); b1 = b1[:4] + '.' + b1[4:6] + '.' + b1[6:]
b2 = bsn(8)
i1 = iban('NL', 'RABO'); i2 = iban('DE', '44050199')

DIRTY = [
 [('NAME', 'Sevda Korkut', 'body (Wat is er nu onveilig)', body_add(11, 'Tante {v} was erbij en heeft de kinderen meegenomen.')),
  ('PHONE', '06-38170452', 'mail body', block('[MAIL-BODY]', 'Beste voorzitter,\nKaart in de bijlage. Moeder is alleen overdag bereikbaar op {v}.\nGroet, vaste deelnemer', 'mails'))],
 [('BIRTHDATE', '21-05-2010', 'cover value (Jeugdige)', jeugd_repl),
  ('NAME', 'Aho Yalcin', 'comment author', block('[COMMENT author={v}]', 'Ik ben de vader en ik stem hier niet mee in.', 11))],
 [('BSN', b1, 'footer', block('[FOOTER]', 'BSN jeugdige {v} - niet verspreiden')),
  ('NAME', 'Pattiasina', 'body (Krachten)', body_add(13, 'Oma {v} komt elke zaterdag.'))],
 [('ADDRESS', 'Lasondersingel 121', 'body (Gezinssamenstelling)', body_add(10, 'Het gezin woont aan de {v}, driehoog.')),
  ('NAME', 'Lübbers', 'file name', block('[FILENAME]', 'VHK_{v}_Glanerbrug_def.docx', 'mails'))],
 [('POSTCODE', '7544 RB', 'header', block('[HEADER]', 'VHK gezin {v} - vertrouwelijk', 'pre')),
  ('NAME', 'Nizar Al-Rifai', 'table row (Gezinssamenstelling)', body_add(10, '| oom | {v} | Enschede |'))],
 [('EMAIL', 'gerrit.wolters1976@hotmail.com', 'mail body', block('[MAIL-BODY]', 'Vader wil de kaart ontvangen op {v}. Graag niet doen voor de bespreking.', 'mails')),
  ('NAME', 'Jacoba', 'tracked deletion', block('[TRACKED-DELETION]', 'buurvrouw {v} belde de politie', 18))],
 [('IBAN', i1, 'footnote', block('[FOOTNOTE]', 'Leefgeld gaat via bewindvoering naar {v}.', 19)),
  ('NAME', 'Wolterink', 'mail body', block('[MAIL-BODY]', 'Doorgestuurd. Wijkagent {v} heeft de zorgmelding opgemaakt; hij belt u nog.', 'mails'))],
 [('URL', 'instagram.com/yasmin.alhussein', 'body (Wat is er nu onveilig)', body_add(11, 'Filmpjes van de ruzie staan op {v}.')),
  ('NAME', 'Yasmin', 'alt text', block('[ALT]', 'Foto van {v} bij de voordeur', 15))],
 [('ID_NUMBER', 'PL0600-2026093317', 'mail subject', block('[MAIL-SUBJECT]', 'Zorgmelding {v} - graag agenderen', 'mails')),
  ('NAME', 'Ferhat', 'body (Stem van de jeugdige)', body_add(15, 'Broer {v} zegt dat hij niet meer bang is.'))],
 [('PHONE', '+49 5921 830442', 'body (Krachten en beschermende factoren)', body_add(13, 'Oma in Nordhorn is bereikbaar via {v}.')),
  ('NAME', 'Elfriede Kamps', 'property (title)', block('[PROPERTY title]', 'VHK {v} concept', 'pre'))],
 [('BIRTHDATE', '4 feb 2019', 'table row (Gezinssamenstelling)', body_add(10, '| kind | geb. {v} | groep 4 |')),
  ('NAME', 'Hillegonda Voorhorst', 'comment text', block('[COMMENT author=Vaste deelnemer]', 'Moet {v} (de buurvrouw) hier niet bij?', 11))],
 [('BSN', b2, 'tracked deletion', block('[TRACKED-DELETION]', 'bsn {v}', 18)),
  ('NAME', 'Reawaruw', 'property (company)', block('[PROPERTY company]', 'Fam. {v}', 'pre'))],
 [('ADDRESS', 'Deldenerstraat 212', 'comment text', block('[COMMENT author=Wijkteam]', 'Is {v} (Hengelo) het nieuwe adres van de partner van moeder?', 11)),
  ('NAME', 'Roelof Brunnekreef', 'header', block('[HEADER]', 'Kaart gezin {v}', 'pre'))],
 [('ID_NUMBER', 'M-603318', 'body (Betrokken hulpverlening)', body_add(19, 'Mediant, cliëntnummer {v}.')),
  ('EMAIL', 'jkamphuis.rijssen@gmail.com', 'footer', block('[FOOTER]', 'Reacties van moeder naar {v}'))],
 [('IBAN', i2, 'mail body', block('[MAIL-BODY]', 'Vader vraagt de alimentatie terug te storten op {v}.', 'mails')),
  ('NAME', 'Herman Oude Nijeweme', 'body (Visie van de inbrenger)', body_add(17, 'Oom {v} is de enige die vader kan kalmeren.'))],
]

rows = []
order = []
for rep in range(3):
    for sc in SCEN: order.append(sc)
rng.shuffle(order)
for n in range(1, 46):
    text, _ = build(n, order[n - 1])
    open(os.path.join(OUT, 'card-%02d.txt' % n), 'w', encoding='utf-8', newline='\n').write(text)
    rows.append(('card-%02d.txt' % n, 'CLEAN', '-'))
for k in range(15):
    n = 46 + k
    text, notes = build(n, SCEN[k], DIRTY[k])
    open(os.path.join(OUT, 'card-%02d.txt' % n), 'w', encoding='utf-8', newline='\n').write(text)
    rows.append(('card-%02d.txt' % n, 'DIRTY', '; '.join(notes)))
with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('file\texpect\tnotes\n')
    for r in rows: fh.write('\t'.join(r) + '\n')
print('wrote', len(rows), 'cards')
