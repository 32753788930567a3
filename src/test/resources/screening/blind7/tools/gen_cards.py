#!/usr/bin/env python3
"""Build ../cards/card-01.txt … card-60.txt and cards.tsv from scenarios.py (fixed seed 77).
Cards 01-45 CLEAN, 46-60 DIRTY (15 cards, 30 hidden items listed in DIRTY below)."""
import os, random, re, sys, datetime as dt
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from scenarios import S

OUT = os.path.join(HERE, '..', 'cards')
rnd = random.Random(77)
MAAND = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober',
         'november', 'december']
MND = ['jan.', 'feb.', 'mrt.', 'apr.', 'mei', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.']
DAG = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo']
DAGL = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag']

def card_date(d, style):      # always with a four-digit year
    return [d.strftime('%d-%m-%Y'), d.strftime('%Y-%m-%d'), '%d %s %d' % (d.day, MAAND[d.month - 1], d.year),
            '%s %d %s %d' % (DAG[d.weekday()], d.day, MND[d.month - 1], d.year), d.strftime('%d/%m/%Y'),
            '%d-%d-%d' % (d.day, d.month, d.year), '%s %d %s %d' % (DAGL[d.weekday()], d.day, MAAND[d.month - 1], d.year)][style]

def event_date(d, style):     # dates of conversations, often without year
    return [d.strftime('%d-%m-%Y'), '%d-%d' % (d.day, d.month), '%s %d/%d' % (DAG[d.weekday()], d.day, d.month),
            '%d %s' % (d.day, MAAND[d.month - 1]), d.strftime('%Y-%m-%d'), '%d %s' % (d.day, MND[d.month - 1]),
            d.strftime('%d.%m.%Y')][style]

CANON = dict(datum='Datum', soort='Soort inbreng', jeugdige='Jeugdige (voorletter en geboortejaar)', inbrenger='Inbrenger',
    vd='Vaste deelnemer', gemeente='Verantwoordelijke gemeente', gd='Gedragsdeskundige geraadpleegd',
    geinf='Geïnformeerd en gesproken', instemming='Instemming betrokkenen', vraag='Vraag aan het VeiligheidsTeam',
    experts='Uit te nodigen experts', gezin='Gezinssamenstelling', zorgen='Wat is er nu onveilig', patroon='Patroon',
    krachten='Krachten en beschermende factoren', risico='Risicofactoren', stemj='Stem van de jeugdige',
    stemo='Stem van ouders en verzorgers', visie='Visie van de inbrenger', score='Veiligheidsscore',
    betrokken='Betrokken hulpverlening', uitkomst='Advies', borging='Borgingsafspraken', pg='Persoonsgegevens')
SYN = dict(CANON, datum='Datum inbreng', soort='Type inbreng', jeugdige='Jeugdige(n)',
    inbrenger='Inbrenger (naam, functie, organisatie)', gemeente='Gemeente', gd='Gedragswetenschapper geraadpleegd',
    geinf='Wie is wanneer geïnformeerd', instemming='Instemming', vraag='Hulpvraag aan het VHT', experts='Experts',
    zorgen='Zorgen', patroon='Patroon uit het verleden', krachten='Krachten', stemj='Wat zegt de jeugdige',
    stemo='Stem van ouders', visie='Visie inbrenger', score='Score', uitkomst='Afspraken en actiepunten')
MIX = dict(SYN, jeugdige='Jeugdige', vraag='Vraag aan het VHT', zorgen='Onveiligheid', geinf='Geinformeerd en gesproken',
    stemj='Stem van de jeugdige', score='Veiligheidsscore', uitkomst='Uitkomst gesprek')

def label(key, lab, fmt, n):
    t = lab[key]
    if fmt == 'caps': t = t.upper()
    elif fmt == 'lower': t = t.lower()
    if fmt == 'num': t = '%d. %s' % (n, t)
    return t if fmt == 'nocolon' else t + ':'

def joinlow(items):
    """'Alcohol vader', 'Schulden' -> 'Alcohol vader; schulden.' (lower-case start unless an abbreviation)"""
    low = [x if i == 0 or x[1:2].isupper() else x[0].lower() + x[1:] for i, x in enumerate(items)]
    return '; '.join(low).rstrip('.') + '.'

def listing(items, how):
    if how == 'dash': return ['- ' + x for x in items]
    if how == 'bullet': return ['• ' + x for x in items]
    if how == 'star': return ['* ' + x for x in items]
    if how == 'num': return ['%d) %s' % (i, x) for i, x in enumerate(items, 1)]
    return [' '.join(items)]

# ---------------------------------------------------------------- dirty items (card no -> list)
# each: (category, value, place, hook, text); the text is inserted via the hook
DIRTY = {
 46: ('monitoring-alcohol-moeder', [('NAME', 'Bram', 'body (Stem van ouders)', 'stemo', 'Moeder: "Als Bram er is blijf ik rustig, hij drinkt zelf ook niet."'),
       ('PHONE', '06-21983374', 'footer', 'footer', 'Bij spoed moeder bellen: 06-21983374')]),
 47: ('toeslagen-gedupeerde', [('NAME', 'Yasmina Azzouzi', 'comment author', 'comment_author', 'Dit klopt niet, ik heb de post wel geopend. Ik wil dat dit wordt aangepast.'),
       ('NAME', 'riet', 'body (Krachten)', 'krachten', 'oma riet (moeder van de vader van B.) haalt B. twee keer per week op.')]),
 48: ('leerplicht-thuiszitter', [('BIRTHDATE', '03-04-2012', 'cover value (Jeugdige)', 'jeugdige', 'M. (03-04-2012)'),
       ('NAME', 'KUIPERS', 'header', 'header', 'VEILIGHEIDSKAART FAM. KUIPERS - VERTROUWELIJK')]),
 49: ('jeugd-ggz-zelfbeschadiging', [('BSN', '24143613', 'mail body', 'mail_body', 'BSN van F. voor jullie registratie: 24143613.'),
       ('EMAIL', 'ilse.vroegindeweij@gmail.com', 'mail body', 'mail_body', 'Moeder wil een kopie van het advies ontvangen op ilse.vroegindeweij@gmail.com.')]),
 50: ('kraamzorg-lvb', [('ADDRESS', 'Lindenlaan 22-A', 'body (Gezinssamenstelling)', 'gezin', 'Het gezin woont sinds maart op de Lindenlaan 22-A, boven de ouders van vader.'),
       ('POSTCODE', '6721 PT', 'footer', 'footer', 'Retour bij onbestelbaarheid: 6721 PT Bennekom')]),
 51: ('afghaans-gezin-eer', [('NAME', 'Zarghuna', 'tracked deletion', 'tracked', 'S. heeft haar tante Zarghuna in vertrouwen genomen.'),
       ('URL', 'https://www.facebook.com/mo.sediqi.520', 'footnote', 'footnote', 'Bron: openbare berichten van de oudste broer op https://www.facebook.com/mo.sediqi.520')]),
 52: ('antilliaanse-jongen-criminaliteit', [('NAME', 'Stefano Maduro', 'property (title)', 'title', 'Veiligheidskaart Stefano Maduro - inbreng VHT'),
       ('ID_NUMBER', '10/098123-26', 'body (Wat is er nu onveilig)', 'zorgen', 'De zaak is bij het OM bekend onder parketnummer 10/098123-26.')]),
 53: ('scheiding-strijd', [('NAME', 'de Haan', 'comment text', 'comment', 'Buurman de Haan heeft de overdracht van 16-10 gezien, wil hij een verklaring geven?'),
       ('PHONE', '+31 6 4150 7723', 'comment text', 'comment', 'Zijn nummer: +31 6 4150 7723.')]),
 54: ('vermoeden-misbruik-stiefvader', [('BIRTHDATE', '27-08-1990', 'footnote', 'footnote', 'Moeder (geb. 27-08-1990) is zelf als kind in een pleeggezin geplaatst geweest.'),
       ('NAME', 'Mirjam', 'alt text', 'alt', 'Foto van een tekening van M.: M. en buurvrouw Mirjam bij de schommel.')]),
 55: ('gokverslaving-vader', [('IBAN', 'NL39ASNB3474149938', 'body (Risicofactoren)', 'risico', 'Vader heeft het spaargeld van de kinderen overgemaakt naar NL39ASNB3474149938.'),
       ('NAME', 'Achterberg', 'mail subject', 'mail_subject', 'Inbreng VHT - gezin Achterberg (J. 2013, L. 2016)')]),
 56: ('overlast-vuurwerk-corporatie', [('EMAIL', 'k.jongbloed85@ziggo.nl', 'body (Stem van ouders)', 'stemo', 'Moeder wil het verslag per mail ontvangen: k.jongbloed85@ziggo.nl.'),
       ('URL', 'www.tiktok.com/@kaylo.hfd', 'body (Wat is er nu onveilig)', 'zorgen', 'Filmpjes van het vuurwerk in de portiek staan op www.tiktok.com/@kaylo.hfd.')]),
 57: ('schulden-ontruiming', [('NAME', 'Chantal', 'table row (Gezinssamenstelling)', 'gezin_table', '| moeder | Chantal | 1988 | huurder |'),
       ('BSN', '810248104', 'table row (Gezinssamenstelling)', 'gezin_table', '| BSN moeder | 810248104 | | |')]),
 58: ('wijkverpleging-mantelzorg-kind', [('ID_NUMBER', 'EPD1188420', 'file name', 'filename', 'VHK_Steenbergen_EPD1188420_2026.docx'),
       ('BIRTHDATE', '14-10-2013', 'body (Stem van de jeugdige)', 'stemj', 'L. is op 14-10-2013 geboren en is dus net 13 geworden.')]),
 59: ('hindoestaans-partnergeweld', [('ADDRESS', 'Hoofdstraat 118', 'comment text', 'comment', 'Vader verblijft nu bij zijn broer op Hoofdstraat 118 in Almere, daar kan de brief heen.'),
       ('NAME', 'Soekhai', 'footer', 'footer', 'Casus Soekhai - niet verder verspreiden')]),
 60: ('kaapverdiaans-gezin-huisvesting', [('POSTCODE', '4881 CJ', 'mail body', 'mail_body', 'Moeder heeft een postadres in 4881 CJ aangevraagd.'),
       ('NAME', 'Edmilson', 'body (Wat is er nu onveilig)', 'zorgen', 'De vriend van moeder, Edmilson, bewaart drugs in de schuur.')]),
}

# ---------------------------------------------------------------- card plan
by_key = {s['key']: s for s in S}
keys = [s['key'] for s in S]
order = keys[:]
rnd.shuffle(order)
dirty_keys = [DIRTY[n][0] for n in range(46, 61)]
reuse_pool = [k for k in order if k not in dirty_keys]
plan = order[:]                      # cards 1..38: every scenario once
plan += reuse_pool[:7]               # cards 39..45: seven scenarios a second time (follow-up)
assert len(plan) == 45 and len(set(dirty_keys)) == 15

ROLE_AUTHORS = ['Voorzitter VHT (Zi2T)', 'Gedragswetenschapper Toegang', 'Vaste deelnemer', 'Jeugdarts JGZ',
                'Teamleider wijkteam', 'Secretariaat VHT']

def render(n, sc, second, dirty):
    hooks = {}
    for cat, val, place, hook, text in dirty:
        hooks.setdefault(hook, []).append(text)
    lab = [CANON, SYN, MIX][rnd.randrange(3)]
    fmt = rnd.choice(['plain', 'plain', 'num', 'caps', 'lower', 'nocolon', 'plain'])
    base = dt.date(2026, 11, 10) + dt.timedelta(days=rnd.randrange(0, 18))
    d = base + dt.timedelta(days=7) if second else base
    A = d - dt.timedelta(days=rnd.randint(6, 9)); B = d - dt.timedelta(days=rnd.randint(3, 5)); C = d - dt.timedelta(days=rnd.randint(1, 2))
    es = rnd.randrange(7)
    fill = lambda t: t.format(A=event_date(A, es), B=event_date(B, es), C=event_date(C, es)).replace('..', '.')
    soort = sc.get('soort', 'Eerste inbreng')
    if second: soort = rnd.choice(['Vervolgbespreking', 'Monitoring'])
    if soort == 'Overdracht' and 'Veilig Thuis' in sc['inbrenger']:
        soort_txt = 'Overdracht (Veilig Thuis naar Toegang)'
    elif soort == 'Overdracht':
        soort_txt = 'Overdracht (GI naar Toegang, einde maatregel)'
    else:
        soort_txt = soort
    out = []; k = [0]
    def sec(key, values):
        k[0] += 1
        out.append(label(key, lab, fmt, k[0]))
        out.extend(values); out.append('')
    def special(tag, text):
        out.append('[%s]' % tag); out.append(text); out.append('')
    kid0 = sc['kids'][0]
    # ---- leading specials
    if 'filename' in hooks:
        special('FILENAME', hooks['filename'][0])
    elif rnd.random() < 0.3:
        special('FILENAME', 'VHK_%s_%s_%s.docx' % (sc['gemeente'].replace(' ', ''), re.sub(r'[^A-Z0-9]', '', kid0), d.strftime('%Y%m%d')))
    if 'title' in hooks:
        special('PROPERTY title', hooks['title'][0])
    elif rnd.random() < 0.35:
        special('PROPERTY title', 'Veiligheidskaart %s - %s' % (kid0, soort.lower()))
    if rnd.random() < 0.2:
        special('PROPERTY company', 'Gemeente %s' % sc['gemeente'])
    if 'header' in hooks:
        special('HEADER', hooks['header'][0])
    elif rnd.random() < 0.4:
        special('HEADER', rnd.choice(['VERTROUWELIJK - alleen voor het VeiligheidsTeam', 'Veiligheidskaart | gepseudonimiseerd',
                                      'VHK %s - niet doorsturen zonder instemming' % sc['gemeente'], 'Consultatie & Advies VHT']))
    if 'mail_subject' in hooks or rnd.random() < 0.2:
        special('MAIL-SUBJECT', hooks['mail_subject'][0] if 'mail_subject' in hooks else
                rnd.choice(['Inbreng VHT %s - %s' % (event_date(d + dt.timedelta(days=9), 1), kid0),
                            'VHK ter bespreking (%s)' % sc['gemeente'], 'Aanmelding casus %s - graag plannen' % kid0]))
    if 'mail_body' in hooks or rnd.random() < 0.2:
        body = ['Beste voorzitter,', 'Hierbij de veiligheidskaart van %s voor de eerstvolgende bespreking.' % kid0]
        body += hooks.get('mail_body', [])
        body.append('Met vriendelijke groet, vaste deelnemer %s' % sc['vd'].split(', ', 1)[-1])
        out.append('[MAIL-BODY]'); out.extend(body); out.append('')
    if rnd.random() < 0.3: out += ['VOORBLAD', '']
    # ---- cover
    sec('datum', [card_date(d, rnd.randrange(7))])
    sec('soort', [soort_txt])
    kids = hooks['jeugdige'] + sc['kids'][1:] if 'jeugdige' in hooks else sc['kids']
    sec('jeugdige', kids if rnd.random() < 0.5 else [', '.join(kids)])
    sec('inbrenger', [sc['inbrenger']])
    sec('vd', [sc['vd']])
    sec('gemeente', [sc['gemeente']])
    if sc.get('gd'): sec('gd', [fill(sc['gd'])])
    elif rnd.random() < 0.4: sec('gd', [rnd.choice(['Nee', 'nee, niet nodig geacht', 'Nog niet'])])
    sec('geinf', [fill(x) for x in sc['geinf']])
    sec('instemming', [sc['instemming']])
    sec('vraag', [sc['vraag']])
    if sc.get('experts'): sec('experts', [sc['experts']])
    if rnd.random() < 0.3: out += ['VEILIGHEIDSKAART', '']
    # ---- card body
    gez = [sc['gezin']] + hooks.get('gezin', [])
    if rnd.random() < 0.3 and 'gezin_table' not in hooks:
        gez += ['| gezinslid | geboortejaar | woont bij |'] + ['| %s | %s | %s |' % (i, y, rnd.choice(['moeder', 'ouders', 'thuis']))
                for i, y in re.findall(r'([A-Z][a-z]?\.) \((\d{4})\)', ' '.join(sc['kids']))]
    if 'gezin_table' in hooks:
        gez = [sc['gezin'], '| gezinslid | naam | geboortejaar | rol |'] + hooks['gezin_table']
    sec('gezin', gez)
    how = rnd.choice(['dash', 'bullet', 'star', 'num', 'prose'])
    sec('zorgen', listing(sc['zorgen'] + hooks.get('zorgen', []), how))
    if 'comment' in hooks or 'comment_author' in hooks or rnd.random() < 0.3:
        author = 'Yasmina Azzouzi' if 'comment_author' in hooks else rnd.choice(ROLE_AUTHORS)
        text = ' '.join(hooks.get('comment', []) + hooks.get('comment_author', [])) or rnd.choice(
            ['Kun je hier concreter beschrijven wat er is gezien en door wie?', 'Graag datum van de politiemelding toevoegen.',
             'Is dit het hier en nu of patroon? Dan verplaatsen.', 'Let op: alleen voorletter en geboortejaar.'])
        special('COMMENT author=%s' % author, text)
    if sc.get('patroon'): sec('patroon', [sc['patroon']])
    sec('krachten', listing(sc['krachten'] + hooks.get('krachten', []), rnd.choice(['dash', 'bullet', 'prose'])))
    sec('risico', listing(sc['risico'] + hooks.get('risico', []), rnd.choice(['dash', 'prose', 'star'])) if 'risico' in hooks
        else ([joinlow(sc['risico'])] if rnd.random() < 0.4 else listing(sc['risico'], 'dash')))
    sec('stemj', [sc['stemj']] + hooks.get('stemj', []))
    if 'alt' in hooks:
        special('ALT', hooks['alt'][0])
    elif rnd.random() < 0.2:
        young = re.findall(r'([A-Z][a-z]?\.) \((\d{4})\)', ' '.join(sc['kids']))
        young = max(young, key=lambda t: t[1])[0] if young else 'de jeugdige'
        special('ALT', rnd.choice(['Tekening %s: drie huizen (zorgen, goede dingen, dromen)' % young,
                                   'Afbeelding: ecogram van het netwerk rond %s' % young, 'Foto van het veiligheidsplan op de koelkast']))
    sec('stemo', [sc['stemo']] + hooks.get('stemo', []))
    sec('visie', [sc['visie']])
    sec('score', [sc['score']])
    if 'tracked' in hooks:
        special('TRACKED-DELETION', hooks['tracked'][0])
    elif rnd.random() < 0.25:
        special('TRACKED-DELETION', rnd.choice(['Inbrenger: 5.', 'eerder: 6', 'Moeder wil eigenlijk verhuizen naar een andere gemeente.']))
    sec('betrokken', [sc['betrokken']])
    if 'footnote' in hooks:
        special('FOOTNOTE', hooks['footnote'][0])
    elif rnd.random() < 0.2:
        special('FOOTNOTE', rnd.choice(['Score: 0 = het is zeker dat het kind ernstig beschadigd raakt, 10 = voldoende veilig om af te sluiten.',
                                        'Zie ook het veiligheidsplan van de Toegang (versie 2).', 'ARIJ afgenomen, uitkomst: hoog risico.']))
    # ---- outcome / safeguarding
    if second or sc.get('uitkomst'):
        prev = sc.get('uitkomst') or ('VHT %s: ' % card_date(d - dt.timedelta(days=rnd.randint(28, 40)), rnd.choice([0, 1, 5]))) + rnd.choice([
            'advies netwerkberaad binnen vier weken; inbrenger brengt de kaart opnieuw in na het beraad.',
            'advies: veiligheidsplan aanscherpen met het netwerk, evaluatie over zes weken in het VHT.',
            'interventiegesprek in het vrijwillig kader met een partner uit het VHT; Raad wordt geïnformeerd.',
            'geen maatregel nodig; inzet specialistische hulp via de Toegang, monitoring door de inbrenger.',
            'advies melding Veilig Thuis voor onderzoek; kaart bijwerken na de eerste bevindingen.'])
        if rnd.random() < 0.3: out += ['UITKOMST INBRENG VHT', '']
        sec('uitkomst', [prev])
    if sc.get('borging'):
        sec('borging', [sc['borging']])
    # ---- personal data part (must be empty at intake)
    r = rnd.random()
    if r < 0.25:
        pass
    elif r < 0.5:
        out += ['Persoonsgegevens:', rnd.choice(['n.v.t.', '-', 'niet invullen bij inbreng', 'N.v.t. (intake)']), '']
    elif r < 0.75:
        out += ['PERSOONSGEGEVENS', 'niet invullen bij inbreng', '']
    else:
        out += ['Persoonsgegevens']
        for l in ['Naam jeugdige', 'Geboortedatum', 'BSN', 'Adres', 'Telefoon', 'E-mail']:
            out += [l + ':', '-']
        out.append('')
    if 'footer' in hooks:
        special('FOOTER', hooks['footer'][0])
    elif rnd.random() < 0.35:
        special('FOOTER', rnd.choice(['Pagina 1 van 2', 'Versie %s - %s' % (event_date(d, 4), sc['vd'].split(', ', 1)[-1]),
                                      'Format Veiligheidskaart VHT, versie 2026']))
    while out and out[-1] == '': out.pop()
    return '\n'.join(out) + '\n'

rows = []
os.makedirs(OUT, exist_ok=True)
seen_first = set()
for n in range(1, 61):
    if n <= 45:
        key = plan[n - 1]; dirty = []
        second = key in seen_first; seen_first.add(key)
    else:
        key, dirty = DIRTY[n]
        second = rnd.random() < 0.4
        seen_first.add(key)
    text = render(n, by_key[key], second, dirty)
    with open(os.path.join(OUT, 'card-%02d.txt' % n), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(text)
    notes = '; '.join('%s "%s" @ %s' % (c, v, p) for c, v, p, _, _ in dirty) if dirty else '-'
    rows.append('card-%02d.txt\t%s\t%s' % (n, 'DIRTY' if dirty else 'CLEAN', notes))
with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('file\texpect\tnotes\n' + '\n'.join(rows) + '\n')
print('wrote 60 cards; scenarios used:', len(set(plan) | set(dirty_keys)), 'of', len(S))
