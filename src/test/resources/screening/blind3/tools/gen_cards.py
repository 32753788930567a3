# Generates ../cards/card-01.txt … card-60.txt and ../cards/cards.tsv (deterministic).
import os, sys, random, datetime
sys.path.insert(0, os.path.dirname(__file__))
from scenarios import S
import gen_sentences as G
G.rng.seed(4242)

OUT = os.path.join(os.path.dirname(__file__), '..', 'cards')
rng = random.Random(77)

GEM = {
 'Roosendaal': ['Wouw', 'Heerle', 'Moerstraten', 'Roosendaal-Tolberg'],
 'Bergen op Zoom': ['Halsteren', 'Lepelstraat', 'Bergen op Zoom-Noord'],
 'Etten-Leur': ['Etten-Leur-Noord', 'Etten-Leur'],
 'Moerdijk': ['Zevenbergen', 'Klundert', 'Standdaarbuiten', 'Willemstad', 'Noordhoek', 'Langeweg'],
 'Halderberge': ['Oudenbosch', 'Hoeven', 'Bosschenhoofd', 'Oud Gastel'],
 'Rucphen': ['Sprundel', 'Schijf', 'Zegge', 'Sint Willebrord'],
 'Steenbergen': ['Dinteloord', 'Nieuw-Vossemeer', 'Kruisland', 'Welberg'],
 'Woensdrecht': ['Hoogerheide', 'Ossendrecht', 'Putte', 'Huijbergen'],
 'Zundert': ['Achtmaal', 'Rijsbergen', 'Klein-Zundert', 'Wernhout'],
}
GEMS = list(GEM)
FAR = ['Hengelo (Gld)', 'Bergen (NH)', 'Nieuw-Vennep', 'Den Hoorn', 'Sint Jacobiparochie', 'Klazienaveen',
       'Valkenburg aan de Geul', 'Emmeloord', 'Paterswolde', 'Sint Annaparochie', 'Ter Aar', 'Beek en Donk',
       'Stad aan \'t Haringvliet', 'Laren (NH)', 'Johannesga', 'Sint Nicolaasga', 'Annen', 'Wijk bij Duurstede',
       'Heerlen', 'Almere Haven', 'Kerkrade', 'Zwijndrecht', 'Capelle aan den IJssel', 'Drachten', 'Lelystad',
       'Amersfoort', 'Enschede', 'Purmerend', 'Hoogeveen', 'Vlaardingen']
SCHOOLS = ['het Gertrudiscollege', 'het Mollerlyceum', 'het Roncalli Scholengemeenschap', 'het Markland College',
           'het Jan Tinbergen College', 'het Kwadrant', 'het Da Vinci College', 'het Norbertuscollege',
           'basisschool De Regenboog', 'basisschool Sint Jozef', 'OBS Juliana van Stolberg',
           'het Prisma', 'het Munnikenheide College', 'het Curio', 'de Mgr. Frencken-school']
INSTS = ['GGZ Westelijk Noord-Brabant', 'Sterk Huis', 'Novadic-Kentron', 'Karakter', 'Juvent',
         'het Bravis ziekenhuis', 'het Amphia Ziekenhuis', 'Prokino', 'Dr. Leo Kannerhuis', "'s Heeren Loo",
         'Pluryn', 'Herlaarhof', 'Amarant', 'Reinier van Arkel', 'Kinderpraktijk Etten-Leur']
PROFS = [('Anouk Verschure', 'jeugdprofessional'), ('Bilal Chaouch', 'casemanager'), ('Gerda Hoogendoorn', 'gezinscoach'),
         ('Merel Snijders', 'jeugd- en gezinswerker'), ('Tuğba Aksoy', 'jeugdconsulent'), ('Niels Bogers', 'casusregisseur'),
         ('Sanne Kuijpers', 'jeugdbeschermer'), ('Hatice Bulut', 'gezinsvoogd'), ('Rik van Oers', 'medewerker onderzoek'),
         ('Lisanne Peeters', 'jeugdprofessional'), ('Kofi Mensah', 'casemanager'), ('Esther Roovers', 'jeugdconsulent'),
         ('Jeroen Luijks', 'jeugdbeschermer'), ('Mariam Saïd', 'casusregisseur'), ('Daphne Ooms', 'jeugdverpleegkundige'),
         ('Wouter Bastiaansen', 'jeugdprofessional'), ('Iris van Gils', 'gezinscoach'), ('Samira Lahlou', 'jeugdconsulent'),
         ('Pieter-Jan Dekkers', 'casemanager'), ('Fleur Mattheussens', 'jeugdprofessional'), ('Ricardo Lont', 'gezinsvoogd'),
         ('Sevgi Arslan', 'jeugd- en gezinswerker'), ('Thijs Hendrickx', 'casusregisseur'), ('Nadia Boudellah', 'jeugdprofessional')]
VASTE = ['Els van Loon', 'Joost Vermeulen', 'Ilse Schoenmakers', 'Hamid Azzouzi', 'Marjolein Buijs', 'Tom Heijmans',
         'Linda de Bruijn', 'Frank Aarts', 'Gülşen Tekin']
GEDRAG = ['Karin Verbeek', 'Orlando Martis', 'Suzanne Fens', 'Maarten Nuijten']
INIT = ['J.', 'M.', 'S.', 'A.', 'Th.', 'IJ.', 'R.', 'N.', 'K.', 'L.', 'D.', 'Ch.', 'E.', 'Y.', 'B.', 'F.', 'Z.', 'O.', 'W.', 'H.']

MONTHS = ['jan.', 'feb.', 'mrt.', 'apr.', 'mei', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.']
MONTHS_L = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober',
            'november', 'december']
DAYS = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo']

def fmt_date(d, style):
    if style == 0: return '%d-%d-%d' % (d.day, d.month, d.year)
    if style == 1: return '%02d-%02d-%d' % (d.day, d.month, d.year)
    if style == 2: return '%d %s %d' % (d.day, MONTHS_L[d.month - 1], d.year)
    if style == 3: return d.isoformat()
    if style == 4: return '%s %d %s %d' % (DAYS[d.weekday()], d.day, MONTHS[d.month - 1], d.year)
    if style == 5: return '%02d/%02d/%d' % (d.day, d.month, d.year)
    return '%d-%s-%d' % (d.day, MONTHS[d.month - 1].rstrip('.'), d.year)

LABELS = {
 'datum': ['Datum', 'Datum inbreng'], 'soort': ['Soort inbreng', 'Type inbreng'],
 'jeugdige': ['Jeugdige (voorletter en geboortejaar)', 'Jeugdige(n)', 'Jeugdige'],
 'inbrenger': ['Inbrenger (naam, functie, organisatie)', 'Inbrenger'], 'vaste': ['Vaste deelnemer', 'Vaste deelnemer'],
 'gemeente': ['Verantwoordelijke gemeente', 'Gemeente'],
 'gedrag': ['Gedragsdeskundige geraadpleegd', 'Gedragswetenschapper geraadpleegd'],
 'geinf': ['Geïnformeerd en gesproken', 'Wie is wanneer geïnformeerd'],
 'instemming': ['Instemming betrokkenen', 'Instemming'],
 'vraag': ['Vraag aan het VeiligheidsTeam', 'Vraag aan het VHT', 'Hulpvraag aan het VHT'],
 'experts': ['Uit te nodigen experts', 'Experts'],
 'gezin': ['Gezinssamenstelling', 'Gezinssamenstelling'],
 'zorgen': ['Wat is er nu onveilig', 'Zorgen', 'Onveiligheid'], 'patroon': ['Patroon uit het verleden', 'Patroon'],
 'krachten': ['Krachten en beschermende factoren', 'Krachten'], 'risico': ['Risicofactoren', 'Risicofactoren'],
 'stemj': ['Stem van de jeugdige', 'Wat zegt de jeugdige'], 'stemo': ['Stem van ouders en verzorgers', 'Stem van ouders'],
 'visie': ['Visie van de inbrenger', 'Visie inbrenger'], 'score': ['Veiligheidsscore', 'Score'],
 'betrokken': ['Betrokken hulpverlening', 'Betrokken hulpverlening'],
 'advies': ['Advies', 'Advies'], 'borging': ['Borgingsafspraken', 'Borgingsafspraken'],
 'terecht': ['Waar kunnen ouders en jeugdige terecht', 'Waar kunnen ouders en jeugdige terecht'],
 'pg': ['Persoonsgegevens', 'Persoonsgegevens'],
}

SOORT = {5: 'Overdracht', 6: 'Overdracht', 9: 'Vervolgbespreking', 12: 'Overdracht', 14: 'Monitoring'}

def build(i):
    """Return (card dict) for card i (1-based)."""
    r = random.Random(1000 + i)
    si = (i - 1) % len(S)
    sc = S[si]
    gem = GEMS[(i * 4) % 9]
    p = r.choice(GEM[gem])
    far = FAR[(i * 7) % len(FAR)]
    school = SCHOOLS[(i * 5) % len(SCHOOLS)]
    inst = INSTS[(i * 2 + si) % len(INSTS)]
    month = [9, 10, 11, 12][i % 4]
    cd = datetime.date(2026, month, 1 + (i * 3) % (27 if month < 12 else 4))
    e1 = cd - datetime.timedelta(days=9 + i % 20)
    e2 = cd - datetime.timedelta(days=3 + i % 5)
    e3 = cd - datetime.timedelta(days=40 + i % 30)
    two = bool(sc['stemB'])
    if si == 4:
        yA = 2025
    elif si in (1, 6, 8, 11, 13):
        yA = 2009 + (i % 5)
    else:
        yA = 2010 + (i % 7)
    yB = min(yA + 2 + i % 4, 2023)
    A = INIT[i % len(INIT)]
    B = INIT[(i * 3 + 7) % len(INIT)]
    if B == A: B = INIT[(i * 3 + 8) % len(INIT)]
    aA, aB = 2026 - yA, 2026 - yB
    mY = yA - 24 - i % 8; fY = mY - 2 - i % 5; sY = mY + 3
    ctx = dict(A=A, B=B, aA=aA, aB=aB, yA=yA, yB=yB, mY=mY, fY=fY, sY=sY, p=p, far=far, school=school, inst=inst,
               e1=fmt_date(e1, i % 7), e2=fmt_date(e2, (i + 2) % 7), e3=fmt_date(e3, (i + 4) % 7))
    f = lambda s: s.format(**ctx)
    soort = SOORT.get(si, 'Eerste inbreng' if i % 6 else 'Vervolgbespreking')
    prof, role = PROFS[i % len(PROFS)]
    if si in (5, 12):
        org = 'Veilig Thuis West-Brabant'
    elif si in (3, 6):
        org = ['Jeugdbescherming Brabant', 'William Schrikker Stichting', 'Leger des Heils Jeugdbescherming & Reclassering'][i % 3]
        role = ['jeugdbeschermer', 'gezinsvoogd', 'jeugdbeschermer'][i % 3]
    elif i % 11 == 4:
        org = 'GGD West-Brabant'; role = 'jeugdverpleegkundige'
    else:
        org = 'Toegang ' + gem
    if org.startswith('Toegang') and role in ('jeugdbeschermer', 'gezinsvoogd', 'jeugdverpleegkundige'):
        role = 'jeugdprofessional'
    vaste = VASTE[i % len(VASTE)]
    vorg = org if not org.startswith('Toegang') else 'Toegang ' + gem
    card = dict(i=i, ctx=ctx, gem=gem, org=org, soort=soort, cd=cd, style=i % 6, A=A, B=B, two=two)
    sec = []
    sec.append(('datum', [fmt_date(cd, [0, 1, 2, 3, 4, 5, 6][i % 7])]))
    st = soort
    if soort == 'Overdracht':
        st += {5: ' (Veilig Thuis -> Toegang ' + gem + ')', 6: ' (' + org + ' -> Toegang ' + gem + ', via het VHT)',
               12: ' (Veilig Thuis -> Raad voor de Kinderbescherming)'}[si]
    elif soort == 'Vervolgbespreking':
        st += ' (eerdere bespreking ' + fmt_date(e3, 1) + ')'
    sec.append(('soort', [st]))
    jl = ['%s (%d)' % (A, yA)]
    if two:
        jl.append(['broertje', 'zusje', 'broer', 'zus', ''][i % 5] + (' ' if i % 5 != 4 else '') + '%s (%d)' % (B, yB))
    sec.append(('jeugdige', jl if i % 3 else [', '.join(jl)]))
    sec.append(('inbrenger', ['%s, %s, %s' % (prof, role, org)]))
    sec.append(('vaste', ['%s, %s' % (vaste, vorg)]))
    sec.append(('gemeente', [gem]))
    if i % 4 != 1:
        g = GEDRAG[i % len(GEDRAG)]
        sec.append(('gedrag', ['Ja, %s (gedragswetenschapper %s), op %s' % (g, vorg, fmt_date(e2, 0))] if i % 4 else ['Nee, nog niet; gepland in week %d' % (cd.isocalendar()[1] + 1)]))
    gi = ['Moeder: gesproken op %s (huisbezoek in %s).' % (ctx['e2'], p),
          '%s: gesproken op %s op school, in bijzijn van de mentor.' % (A, fmt_date(e2 + datetime.timedelta(days=1), 0))]
    if si in (0, 2, 5, 7, 9, 11, 13):
        gi.append('Vader/partner: telefonisch gesproken op %s.' % fmt_date(e2 - datetime.timedelta(days=2), 1))
    gi.append(['Huisarts en school zijn geïnformeerd over de inbreng.', 'De jeugdarts van de GGD is op de hoogte.',
               'Veilig Thuis is geïnformeerd.', 'School is op %s geïnformeerd.' % fmt_date(e2, 3)][i % 4])
    sec.append(('geinf', gi))
    if i % 7 == 3:
        inst_ = ['Nee. Vader geeft geen toestemming; hij wil "geen bemoeienis van instanties".',
                 'Reden en verantwoording inbrenger: de zorgen over de veiligheid van %s zijn zo groot dat ik de casus toch inbreng; vader is hierover op %s geïnformeerd.' % (A, fmt_date(e2, 0))]
    elif i % 7 == 5:
        inst_ = ['Gedeeltelijk: moeder stemt in, vader niet.',
                 'Verantwoording: moeder heeft gezag; vader is geïnformeerd en zijn bezwaar staat in deze kaart.']
    else:
        inst_ = ['Ja, ouders stemmen in met bespreking in het VHT' + ((' en %s weet ervan.' % A) if aA >= 8 else '.')]
    sec.append(('instemming', inst_))
    sec.append(('vraag', [f(sc['vraag'])]))
    if i % 5 == 2:
        sec.append(('experts', ['Gedragswetenschapper Veilig Thuis; jeugdarts GGD West-Brabant.']))
    # main part
    if i % 4 == 0 or i == 54:
        gz = ['| Gezinslid | Geboortejaar | Woont |', '| Moeder | %d | %s |' % (mY, p)]
        if 'Vader (' in sc['gezin'] or 'vader (' in sc['gezin']:
            gz.append('| Vader | %d | %s |' % (fY, 'PI (voorlopige hechtenis)' if 'hechtenis' in sc['gezin'] else far if 'woont in {far}' in sc['gezin'] or 'verblijft' in sc['gezin'] else p))
        gz.append('| %s | %d | %s |' % (A, yA, p))
        if two: gz.append('| %s | %d | %s |' % (B, yB, p))
        sec.append(('gezin', gz))
    else:
        sec.append(('gezin', [f(sc['gezin'])]))
    z = [f(x) for x in sc['zorgen']]
    sec.append(('zorgen', ['- ' + x for x in z] if i % 2 else z))
    if i % 3 != 2:
        sec.append(('patroon', [f(sc['patroon'])]))
    sec.append(('krachten', [f(sc['krachten'])]))
    sec.append(('risico', [f(sc['risico'])]))
    sj = [f(sc['stemA'])]
    if two: sj.append(f(sc['stemB']))
    sec.append(('stemj', sj))
    sec.append(('stemo', [f(sc['stemo'] if 'stemo' in sc else sc['ouders'])]))
    sec.append(('visie', [f(sc['visie'])]))
    if i % 3 == 0:
        sec.append(('score', ['| Wie | Score |'] + ['| %s | %d |' % (f(w), s) for w, s in sc['score']]))
    else:
        sec.append(('score', ['. '.join('%s: %d' % (f(w), s) for w, s in sc['score']) + '.']))
    sec.append(('betrokken', [f(sc['betrokken'])]))
    if soort != 'Eerste inbreng' and i % 2 == 0:
        sec.append(('advies', ['Advies VHT %s: veiligheidsplan aanscherpen, evaluatie over zes weken.' % fmt_date(e3 + datetime.timedelta(days=2), 0)]))
    if si in (6, 9, 14):
        sec.append(('borging', ['Maandelijkse check-in door de Toegang %s gedurende een half jaar.' % gem]))
        sec.append(('terecht', ['Toegang %s, Veilig Thuis 0800-2000, bij acuut gevaar 112.' % gem]))
    pgv = ['niet invullen bij inbreng', 'n.v.t.', '-', None, 'N.v.t. (intake)', None][i % 6]
    if pgv: sec.append(('pg', [pgv]))
    card['sec'] = sec
    # harmless special blocks
    pre, mid, post = [], {}, []
    aN = A.rstrip('.')
    if i % 3 == 0:
        pre.append(('[MAIL-SUBJECT]', 'VHK %s %s (%d) - %s' % (soort.lower(), A, yA, gem)))
        pre.append(('[MAIL-BODY]', 'Goedemiddag, hierbij de veiligheidskaart voor bespreking in het VHT. Met vriendelijke groet, vaste deelnemer %s' % vorg))
    if i % 4 == 2:
        pre.append(('[FILENAME]', 'VHK_%s_%s%d_%s.docx' % (gem.replace(' ', ''), aN, yA, cd.strftime('%Y%m%d'))))
    if i % 5 == 1:
        pre.append(('[PROPERTY title]', 'Veiligheidskaart %s (%d) - %s' % (A, yA, soort)))
    if i % 5 == 3:
        pre.append(('[PROPERTY company]', org))
    if i % 2 == 1:
        pre.append(('[HEADER]', ['Veiligheidskaart VeiligheidsTeam West-Brabant West - vertrouwelijk',
                                  'VHK - VERTROUWELIJK - %s' % gem.upper(), 'Veiligheidskaart versie 2.1 (Zi2T)'][i % 3]))
    if i % 4 == 1:
        mid['zorgen'] = ('[COMMENT author=%s]' % ['Gedragswetenschapper ' + vorg, 'Voorzitter VHT (Zi2T)', 'Team Jeugd ' + gem, 'Vaste deelnemer ' + vorg][(i // 4) % 4], 'Graag concreter: wat zag school precies, en wanneer?')
    if i % 6 == 2:
        mid['stemj'] = ('[ALT]', 'Tekening van %s (%d jaar): drie huizen, het huis van de zorgen is zwart gekleurd.' % (A, aA))
    if i % 7 == 1:
        mid['score'] = ('[TRACKED-DELETION]', 'Inbrenger: %d.' % (sc['score'][0][1] + 1))
    if i % 5 == 4:
        mid['risico'] = ('[FOOTNOTE]', 'ARIJ afgenomen op %s door de gedragswetenschapper van %s.' % (fmt_date(e2, 0), vorg))
    if i % 2 == 0:
        post.append(('[FOOTER]', ['Pagina 1 van 4 - Bij acute onveiligheid: 112 of Veilig Thuis 0800-2000',
                                   'Format VHK 2026 - Zi2T - p. 2', 'Vertrouwelijk - niet doorsturen zonder toestemming van betrokkenen'][i % 3]))
    card.update(pre=pre, mid=mid, post=post)
    return card


def label(key, i):
    opts = LABELS[key]
    st = i % 6
    if st in (0, 3):
        l = opts[0]
    elif st in (1, 4):
        l = opts[(i // 6) % len(opts)] if len(opts) > 1 else opts[0]
        l = opts[-1] if len(opts) > 1 and l == opts[0] and i % 2 else l
    else:
        l = opts[0] if i % 2 else opts[-1]
    if st == 3: l = l.upper()
    if st == 4: l = l.lower()
    return l


def render(card):
    i = card['i']
    out = []
    for tag, text in card['pre']:
        out += [tag, text, '']
    n = 0
    for key, lines in card['sec']:
        n += 1
        l = label(key, i)
        if i % 6 == 2 and key not in ('pg',):
            l = '%d. %s' % (n, l)
        out.append(l + ':' if i % 10 != 7 else l)
        out += lines
        out.append('')
        if key in card['mid']:
            tag, text = card['mid'][key]
            out += [tag, text, '']
    for tag, text in card['post']:
        out += [tag, text, '']
    return '\n'.join(out).rstrip('\n') + '\n'


def sec_add(card, key, line, new_label=None):
    for k, lines in card['sec']:
        if k == key:
            lines.append(line); return
    card['sec'].append((key, [line]))


def main():
    os.makedirs(OUT, exist_ok=True)
    rows = []
    for i in range(1, 61):
        card = build(i)
        ctx = card['ctx']; A = card['A']
        notes = []
        if i >= 46:
            notes = dirty(i, card)
            assert 1 <= len(notes) <= 3, i
        txt = render(card)
        with open(os.path.join(OUT, 'card-%02d.txt' % i), 'w', encoding='utf-8') as fh:
            fh.write(txt)
        rows.append(('card-%02d.txt' % i, 'DIRTY' if notes else 'CLEAN',
                     '; '.join('%s "%s" @ %s' % n for n in notes) if notes else '-'))
    with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8') as fh:
        fh.write('file\texpect\tnotes\n')
        for r in rows: fh.write('\t'.join(r) + '\n')


def set_cover(card, key, lines):
    card['sec'] = [(k, lines if k == key else v) for k, v in card['sec']]


def dirty(i, card):
    c = card['ctx']; A = card['A']; notes = []
    def block(tag, text, where='pre'):
        if where == 'pre': card['pre'].insert(0, (tag, text))
        else: card['post'].append((tag, text))
    if i == 46:
        card['mid']['zorgen'] = ('[COMMENT author=Gökhan Arslan]', 'Dit klopt niet, ik heb nooit geschreeuwd.')
        notes.append(('NAME', 'Gökhan Arslan', 'comment author'))
        bd = '12-3-%d' % c['yA']
        old = dict(card['sec'])['jeugdige']
        set_cover(card, 'jeugdige', ['%s (%s)' % (A, bd)] + old[1:])
        notes.append(('BIRTHDATE', bd, 'cover value (Jeugdige)'))
    elif i == 47:
        sec_add(card, 'krachten', 'Oma Geertruida komt elke middag koken.')
        notes.append(('NAME', 'Geertruida', 'body (Krachten)'))
        card['pre'] = [x for x in card['pre'] if x[0] != '[MAIL-BODY]']
        block('[MAIL-BODY]', 'Hoi, de kaart in de bijlage. Moeder wil een kopie ontvangen op k.vandersteen@hotmail.com, kan dat na de bespreking? Groet, vaste deelnemer')
        notes.append(('EMAIL', 'k.vandersteen@hotmail.com', 'mail body'))
    elif i == 48:
        b = G.bsn(); b = b[:4] + '.' + b[4:6] + '.' + b[6:]
        card['mid']['gezin'] = ('[TRACKED-DELETION]', 'BSN %s: %s' % (A, b))
        notes.append(('BSN', b, 'tracked deletion'))
    elif i == 49:
        sec_add(card, 'zorgen', 'De politie trof moeder en kinderen op %s aan in de woning aan de Van Speykstraat 31-III.' % c['e1'])
        notes.append(('ADDRESS', 'Van Speykstraat 31-III', 'body (Zorgen)'))
    elif i == 50:
        card['pre'] = [x for x in card['pre'] if x[0] != '[HEADER]']
        card['pre'].append(('[HEADER]', 'VEILIGHEIDSKAART GEZIN DE GROOT-VAN LEEUWEN - VERTROUWELIJK'))
        notes.append(('NAME', 'DE GROOT-VAN LEEUWEN', 'header'))
        card['post'] = [('[FOOTER]', 'Retouradres gezin: 4702 KL Roosendaal')]
        notes.append(('POSTCODE', '4702 KL', 'footer'))
    elif i == 51:
        sec_add(card, 'stemj', '%s laat zien dat zijn zus filmpjes plaatst op instagram.com/sterre.vd.bosch_.' % A)
        notes.append(('URL', 'instagram.com/sterre.vd.bosch_', 'body (Stem van de jeugdige)'))
        card['mid']['stemj'] = ('[ALT]', 'Tekening van Jamal (%d): het huis van de zorgen met een boze man.' % c['aA'])
        notes.append(('NAME', 'Jamal', 'alt text'))
    elif i == 52:
        ib = G.group(G.nl_iban('RBRB'))
        sec_add(card, 'risico', 'Vader laat zijn uitkering overmaken op rekening %s van een kennis.' % ib)
        notes.append(('IBAN', ib, 'body (Risicofactoren)'))
        card['mid']['krachten'] = ('[FOOTNOTE]', 'Oom is de sleutelfiguur; bereikbaar op +31 6 2211 7834.')
        notes.append(('PHONE', '+31 6 2211 7834', 'footnote'))
    elif i == 53:
        card['pre'] = [x for x in card['pre'] if not x[0].startswith('[PROPERTY')]
        card['pre'].insert(0, ('[PROPERTY title]', 'VHK fam. Rosario-Pinas'))
        notes.append(('NAME', 'Rosario-Pinas', 'property (title)'))
        sec_add(card, 'betrokken', 'Bij Sterk Huis bekend onder cliëntnummer 20263318.')
        notes.append(('ID_NUMBER', 'cliëntnummer 20263318', 'body (Betrokken hulpverlening)'))
    elif i == 54:
        card['pre'] = [x for x in card['pre'] if x[0] != '[MAIL-SUBJECT]']
        card['pre'].insert(0, ('[MAIL-SUBJECT]', 'VHK fam. Bakker - %s - graag inplannen' % card['soort'].lower()))
        notes.append(('NAME', 'Bakker', 'mail subject'))
        card['sec'] = [(k, (v[:1] + ['| Broertje (geb. 07/11/\'12) | 2012 | %s |' % c['p']] + v[1:]) if k == 'gezin' else v) for k, v in card['sec']]
        notes.append(('BIRTHDATE', "07/11/'12", 'table row (Gezinssamenstelling)'))
    elif i == 55:
        card['pre'] = [x for x in card['pre'] if x[0] != '[FILENAME]']
        card['pre'].insert(0, ('[FILENAME]', 'VHK_Hoekstra_Wiebe_%s_def.docx' % card['gem'].replace(' ', '')))
        notes.append(('NAME', 'Hoekstra_Wiebe', 'file name'))
        sec_add(card, 'gezin', 'Vader is in 2017 uit Eritrea gekomen (V-nummer 2719384406).')
        notes.append(('ID_NUMBER', 'V-nummer 2719384406', 'body (Gezinssamenstelling)'))
    elif i == 56:
        b = G.bsn()
        card['sec'] = [(k, v) for k, v in card['sec'] if k != 'pg']
        card['sec'].append(('pg', ['Naam jeugdige: Olga Moroz', 'BSN: %s' % b, 'Adres: Lindelaan 4, %s' % c['p']]))
        notes += [('NAME', 'Olga Moroz', 'body (Persoonsgegevens)'), ('BSN', b, 'body (Persoonsgegevens)'),
                  ('ADDRESS', 'Lindelaan 4', 'body (Persoonsgegevens)')]
    elif i == 57:
        sec_add(card, 'stemo', 'Stiefvader Dejan: "Ik bemoei me niet met de opvoeding."')
        notes.append(('NAME', 'Dejan', 'body (Stem van ouders en verzorgers)'))
        card['mid']['visie'] = ('[COMMENT author=Voorzitter VHT (Zi2T)]', 'Moeder mailde zelf vanaf mama.lotje2@gmail.com; graag uit de kaart houden.')
        notes.append(('EMAIL', 'mama.lotje2@gmail.com', 'comment text'))
    elif i == 58:
        sec_add(card, 'patroon', 'In 2023 woonde het gezin in bij Th. van \'t Hek, een oom van vader.')
        notes.append(('NAME', "Th. van 't Hek", 'body (Patroon)'))
        card['pre'] = [x for x in card['pre'] if x[0] != '[MAIL-BODY]']
        card['pre'].insert(0, ('[MAIL-BODY]', 'Beste voorzitter, vader wil graag teruggebeld worden op 0165-558213 over de uitkomst. Groet, Toegang'))
        notes.append(('PHONE', '0165-558213', 'mail body'))
    elif i == 59:
        card['mid']['instemming'] = ('[COMMENT author=Vaste deelnemer %s]' % card['org'], 'Moeder (mw. El Idrissi) belde nog om haar instemming te bevestigen.')
        notes.append(('NAME', 'El Idrissi', 'comment text'))
        card['mid']['stemj'] = ('[ALT]', 'Foto van de voordeur van de woning, 4611AK, met kapotte ruit.')
        notes.append(('POSTCODE', '4611AK', 'alt text'))
    elif i == 60:
        bd = '21-06-%d' % c['yA']
        card['mid']['zorgen'] = ('[FOOTNOTE]', '%s werd op %s in het Bravis geboren, na een zwangerschap zonder controles.' % (A, bd))
        notes.append(('BIRTHDATE', bd, 'footnote'))
        card['sec'] = [(k, (v + ['| Noor (zus van moeder) | 5 |']) if k == 'score' else v) for k, v in card['sec']]
        notes.append(('NAME', 'Noor', 'table row (Score)'))
        sec_add(card, 'zorgen', '- Vader zet filmpjes van ruzies op tiktok.com/@mees.de.wit.official')
        notes.append(('URL', 'tiktok.com/@mees.de.wit.official', 'body (Zorgen)'))
    return notes


if __name__ == '__main__':
    main()
