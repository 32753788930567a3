#!/usr/bin/env python3
"""Generate ../cards/card-01.txt .. card-60.txt and cards.tsv (fixed seed 4545; byte-for-byte reproducible)."""
import os, random, sys, datetime
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scenarios import S

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'cards')
rng = random.Random(4546)

# Professionals (invented); names only in cover fields.
PROS = {
 'Buurtteam': [('Marloes Verkerk', 'buurtteammedewerker'), ('Karim Essafi', 'gezinswerker'), ('Sietske Rademaker', 'buurtteammedewerker jeugd')],
 'Sociaal': [('Bas Luijendijk', 'jeugdconsulent'), ('Gülay Erdem', 'casemanager jeugd'), ('Hanneke Blom', 'consulent jeugd en gezin')],
 'Team': [('Wouter Kamsteeg', 'jeugdconsulent'), ('Anissa Tahiri', 'gezinscoach')],
 'Wijkteam': [('Ruud Verhagen', 'wijkteammedewerker'), ('Ingrid Hak', 'ambulant hulpverlener')],
 'VT': [('Derya Kılıç', 'casemanager, Veilig Thuis Utrecht'), ('Merel Oudshoorn', 'aandachtsfunctionaris, Veilig Thuis Utrecht')],
 'SV': [('Sjoerd de Ruiter', 'jeugdbeschermer, Samen Veilig Midden-Nederland'), ('Aylin Doğan', 'jeugdbeschermer, Samen Veilig Midden-Nederland')],
}
VASTE = {'Utrecht': 'Hicham Boulaich, teamleider Buurtteams Utrecht', 'Nieuwegein': 'Petra van Wijngaarden, Sociaal Team Nieuwegein',
         'Houten': 'Joost Hazelaar, Team Jeugd Houten', 'IJsselstein': 'Mirjam Pos, Wijkteam IJsselstein',
         'Zeist': 'Fatiha Lamrani, Sociaal Team Zeist', 'Stichtse Vecht': 'Erik Ravensbergen, Sociaal Team Stichtse Vecht',
         'Vijfheerenlanden': 'Gerdien Hol, Sociaal Team Vijfheerenlanden', 'Lopik': 'Dirk-Jan Mulder, Sociaal Team Lopik',
         'Montfoort': 'Ans Kuijer, Sociaal Team Montfoort'}
GEDRAG = ['Eveline Stam, orthopedagoog Youké', 'Laura Bosch, GZ-psycholoog, Buurtteams Utrecht', 'Ramon Tjon A Fat, gedragswetenschapper Samen Veilig']

LABELS = {  # key: (canonical, synonym)
 'datum': ('Datum', 'Datum inbreng'), 'soort': ('Soort inbreng', 'Type inbreng'),
 'jeugd': ('Jeugdige (voorletter en geboortejaar)', 'Jeugdige(n)'), 'inbrenger': ('Inbrenger', 'Inbrenger (naam, functie, organisatie)'),
 'vaste': ('Vaste deelnemer', 'Vaste deelnemer'), 'gemeente': ('Verantwoordelijke gemeente', 'Gemeente'),
 'gedrag': ('Gedragsdeskundige geraadpleegd', 'Gedragswetenschapper geraadpleegd'),
 'geinf': ('Geïnformeerd en gesproken', 'Wie is wanneer geïnformeerd'), 'instemming': ('Instemming betrokkenen', 'Instemming'),
 'vraag': ('Vraag aan het VeiligheidsTeam', 'Hulpvraag aan het VHT'), 'experts': ('Uit te nodigen experts', 'Experts'),
 'gezin': ('Gezinssamenstelling', 'Gezinssamenstelling'), 'zorgen': ('Wat is er nu onveilig', 'Zorgen'),
 'patroon': ('Patroon', 'Patroon uit het verleden'), 'krachten': ('Krachten en beschermende factoren', 'Krachten'),
 'risico': ('Risicofactoren', 'Risicofactoren'), 'stemj': ('Stem van de jeugdige', 'Wat zegt de jeugdige'),
 'stemo': ('Stem van ouders en verzorgers', 'Stem van ouders'), 'visie': ('Visie van de inbrenger', 'Visie inbrenger'),
 'score': ('Veiligheidsscore', 'Score'), 'hulp': ('Betrokken hulpverlening', 'Betrokken hulpverlening'),
 'pg': ('Persoonsgegevens', 'Persoonsgegevens'),
}
ORDER = ['datum', 'soort', 'jeugd', 'inbrenger', 'vaste', 'gemeente', 'gedrag', 'geinf', 'instemming', 'vraag', 'experts',
         'gezin', 'zorgen', 'patroon', 'krachten', 'risico', 'stemj', 'stemo', 'visie', 'score', 'hulp', 'pg']

def fmt_date(d, style):
    return [d.strftime('%d-%m-%Y'), d.strftime('%Y-%m-%d'), '%d-%d-%d' % (d.day, d.month, d.year),
            d.strftime('%d/%m/%Y'), '%d %s %d' % (d.day, ['jan.', 'feb.', 'mrt.', 'apr.', 'mei', 'juni', 'juli', 'aug.', 'sept.', 'okt.', 'nov.', 'dec.'][d.month - 1], d.year)][style % 5]

def label(key, style, num):
    can, syn = LABELS[key]
    lab = syn if style in (1, 3) else can
    if style == 2: lab = '%d. %s' % (num, lab)
    if style == 3: lab = lab.upper()
    if style == 4: lab = lab.lower()
    return lab + ':'

def pro_for(sc, k):
    org = sc['org']
    if k % 6 == 5: key = 'VT'
    elif k % 6 == 4 and sc['gemeente'] == 'Utrecht': key = 'SV'
    else: key = org.split()[0]
    name, func = PROS[key][k % len(PROS[key])]
    if key in ('VT', 'SV'): return '%s, %s' % (name, func), key
    return '%s, %s, %s' % (name, func, org), key

def build(k, sc, variant, dirty=None):
    style = k % 5
    base = datetime.date(2026, 10, 1) + datetime.timedelta(days=rng.randint(0, 70))
    d1 = base - datetime.timedelta(days=rng.randint(8, 30))
    d2 = base + datetime.timedelta(days=rng.randint(5, 20))
    ds = k % 5
    tok = {'d1': fmt_date(d1, ds + 1), 'd2': fmt_date(d2, ds + 2)}
    inb, orgkey = pro_for(sc, k)
    soort = ['Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Overdracht'][variant if variant < 3 else k % 4]
    vhtno = 'VHT-2026-%04d' % (40 + k * 3)
    sec = {}
    sec['datum'] = [fmt_date(base, ds)]
    sec['soort'] = [soort + {'Eerste inbreng': '', 'Vervolgbespreking': ' (eerder besproken onder %s)' % vhtno,
                             'Monitoring': ' (%s, derde keer)' % vhtno,
                             'Overdracht': ' van %s naar %s, met instemming' % (('Buurtteam', 'Veilig Thuis Utrecht') if orgkey != 'VT' else ('Veilig Thuis Utrecht', 'Raad voor de Kinderbescherming Utrecht'))}[soort]]
    sec['jeugd'] = list(sc['jeugd']) if k % 2 else [', '.join(sc['jeugd'])]
    sec['inbrenger'] = [inb]
    sec['vaste'] = [VASTE[sc['gemeente']]]
    sec['gemeente'] = [sc['gemeente'] + ('' if sc['gemeente'] != 'Utrecht' else ' (wijk %s)' % sc['wijk'])]
    if k % 3 == 0: sec['gedrag'] = ['Ja, %s, op %s' % (GEDRAG[k % 3], fmt_date(base - datetime.timedelta(days=3), ds))]
    oldest = sc['jeugd'][0]
    sec['geinf'] = ['Moeder/ouders: gesproken op %s (huisbezoek in %s).' % (fmt_date(base - datetime.timedelta(days=6), ds + 3), sc['wijk']),
                    '%s: gesproken op %s, op school.' % (oldest.split()[0], fmt_date(base - datetime.timedelta(days=5), ds)),
                    'Wijkagent en huisarts geïnformeerd.']
    if k % 7 == 3 and soort != 'Overdracht':
        sec['instemming'] = ['Nee. Ouder(s) weigeren instemming omdat hij "niets met de Raad te maken wil hebben".',
                             'Verantwoording inbrenger: de veiligheid van de kinderen weegt zwaarder; ouders zijn geïnformeerd dat de casus toch wordt ingebracht.']
    elif k % 7 == 5 and soort != 'Overdracht':
        sec['instemming'] = ['Gedeeltelijk: moeder stemt in, vader niet bereikbaar. Verantwoording: acute zorgen, inbreng kan niet wachten.']
    else:
        sec['instemming'] = ['Ja, ouders stemmen in' + (' en de jeugdige weet ervan.' if k % 2 else '.')]
    sec['vraag'] = [sc['vraag']]
    if k % 4 == 1: sec['experts'] = ['Wijkagent team %s; gedragswetenschapper Youké.' % sc['wijk']]
    sec['gezin'] = list(sc['gezin'])
    sec['zorgen'] = [l.format(**tok) for l in sc['zorgen']]
    if variant != 1: sec['patroon'] = list(sc['patroon'])
    sec['krachten'] = list(sc['krachten']); sec['risico'] = list(sc['risico'])
    sec['stemj'] = list(sc['stemj']); sec['stemo'] = list(sc['stemo'])
    sec['visie'] = [l.format(**tok) for l in sc['visie']]
    sec['score'] = ['| wie | score |'] + ['| %s | %s |' % tuple(x.strip().rstrip('.').split(': ')) for x in sc['score'][0].split('. ') if x.strip()] if k % 3 == 1 else list(sc['score'])
    sec['hulp'] = list(sc['hulp'])
    if k % 4 != 2: sec['pg'] = [['n.v.t.', '-', 'niet invullen bij inbreng', 'n.v.t. (intake)'][k % 4]]
    initial = oldest.replace(' ', '').replace('.', '').replace('(', '').replace(')', '')
    spec = {
     'HEADER': 'VHK – VERTROUWELIJK – %s' % sc['org'].upper() if k % 2 else 'Veiligheidskaart %s | %s' % (sc['wijk'], vhtno),
     'FOOTER': '%s | versie %d | pagina 1 van 3' % (sc['org'], variant + 1),
     'COMMENT': ('Gedragswetenschapper %s' % sc['org'], 'Graag feitelijker: wat zag de wijkagent precies op %s?' % tok['d1']),
     'ALT': 'Tekening van %s: drie huizen, in het huis van de zorgen staat een boos gezicht.' % oldest,
     'PTITLE': 'Veiligheidskaart %s - %s' % (oldest, soort),
     'PCOMPANY': {'Buurtteam': 'Buurtteams Utrecht', 'VT': 'Veilig Thuis Utrecht', 'SV': 'Samen Veilig Midden-Nederland'}.get(orgkey, 'Gemeente ' + sc['gemeente']),
     'TRACK': 'Inbrenger: %d.' % (3 + k % 3),
     'FOOTNOTE': 'Bron: zorgmelding politie basisteam, d.d. %s; zie ook %s.' % (tok['d1'], vhtno),
     'MSUBJ': 'Inbreng VHT %s – %s – %s' % (sc['gemeente'], oldest, soort.lower()),
     'MBODY': 'Beste voorzitter,\nHierbij de veiligheidskaart voor de bespreking. Instemming zie voorblad.\nMet vriendelijke groet,\nvaste deelnemer %s' % sc['org'],
     'FILE': 'VHK_%s_%s_%s.docx' % (sc['wijk'].replace(' ', '-'), initial, base.strftime('%Y%m%d')),
    }
    pool = ['HEADER', 'FOOTER', 'COMMENT', 'ALT', 'PTITLE', 'PCOMPANY', 'TRACK', 'FOOTNOTE', 'MSUBJ', 'MBODY', 'FILE']
    chosen = set(rng.sample(pool, 4 + k % 4))
    # dirty injections
    if dirty:
        for cat, val, place, how in dirty:
            if how[0] == 'sec':
                sec.setdefault(how[1], []).append(how[2]); 
            elif how[0] == 'secrep':
                sec[how[1]] = [how[2]]
            else:
                spec[how[0]] = how[1] if how[0] != 'COMMENT' else how[1]
                chosen.add(how[0])
    out = []
    def block(tag, text): out.append('%s\n%s\n' % (tag, text))
    if 'FILE' in chosen: block('[FILENAME]', spec['FILE'])
    if 'MSUBJ' in chosen: block('[MAIL-SUBJECT]', spec['MSUBJ'])
    if 'MBODY' in chosen: block('[MAIL-BODY]', spec['MBODY'])
    if 'PTITLE' in chosen: block('[PROPERTY title]', spec['PTITLE'])
    if 'PCOMPANY' in chosen: block('[PROPERTY company]', spec['PCOMPANY'])
    if 'HEADER' in chosen: block('[HEADER]', spec['HEADER'])
    for n, key in enumerate([x for x in ORDER if x in sec], 1):
        out.append(label(key, style, n) + '\n' + '\n'.join(sec[key]) + '\n')
        if key == 'zorgen' and 'COMMENT' in chosen: block('[COMMENT author=%s]' % spec['COMMENT'][0], spec['COMMENT'][1])
        if key == 'stemj' and 'ALT' in chosen: block('[ALT]', spec['ALT'])
        if key == 'score' and 'TRACK' in chosen: block('[TRACKED-DELETION]', spec['TRACK'])
    if 'FOOTNOTE' in chosen: block('[FOOTNOTE]', spec['FOOTNOTE'])
    if 'FOOTER' in chosen: block('[FOOTER]', spec['FOOTER'])
    return '\n'.join(out)

def bsn(n=9):
    while True:
        d = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(n - 1))
        dd = d if n == 9 else '0' + d
        if sum(w * int(c) for w, c in zip(range(9, 1, -1), dd[:8])) % 11 == int(dd[8]) % 11 and \
           (sum(w * int(c) for w, c in zip(range(9, 1, -1), dd[:8])) - int(dd[8])) % 11 == 0: return d

def iban(bank):
    acc = ''.join(str(rng.randint(0, 9)) for _ in range(10))
    num = ''.join(str(int(c, 36)) for c in bank + acc + 'NL00')
    s = 'NL%02d%s%s' % (98 - int(num) % 97, bank, acc)
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))

def dirty_specs():
    b1, b2, ib = bsn(), bsn(), iban('RABO')
    b1f = b2[:4] + "." + b2[4:6] + "." + b2[6:]
    return [
     [('NAME', 'BOUHLAL, Yassine', 'body (Wat is er nu onveilig)', ('sec', 'zorgen', 'BETROKKENE 3: BOUHLAL, Yassine (oom mdr), aanwezig bij binnenkomst verbalisanten.')),
      ('ID_NUMBER', 'PL0900-2026447192', 'footnote', ('FOOTNOTE', 'Bron: BVH-registratie PL0900-2026447192, politie team Overvecht.'))],
     [('NAME', 'Şükrü Arslan', 'comment author', ('COMMENT', ('Şükrü Arslan', 'Ik ben het hier niet mee eens, mijn dochter overdrijft.'))),
      ('PHONE', '06-38174520', 'mail body', ('MBODY', 'Beste voorzitter,\nHierbij de kaart. Vader wil graag teruggebeld worden op 06-38174520.\nMet vriendelijke groet,\nvaste deelnemer Buurtteams Utrecht'))],
     [('BIRTHDATE', '14-08-2012', 'cover value (Jeugdige)', ('secrep', 'jeugd', 'H. (14-08-2012), F. (2013), I. (2016), M. (2018), N. (2021)')),
      ('NAME', 'Hodan', 'table row (Gezinssamenstelling)', ('sec', 'gezin', '| tante (steunfiguur) | Hodan | woont in Zuilen |'))],
     [('BSN', b1, 'tracked deletion', ('TRACK', 'BSN vader ' + b1)),
      ('NAME', 'Farhad Sultani', 'property (title)', ('PTITLE', 'Veiligheidskaart gezin Farhad Sultani'))],
     [('ADDRESS', 'Wolgadreef 17', 'footer', ('FOOTER', 'Retour: Wolgadreef 17, Utrecht')),
      ('NAME', 'Jannie', 'body (Krachten)', ('sec', 'krachten', 'Buurvrouw Jannie uit Galecop komt dagelijks even kijken.'))],
     [('EMAIL', 'm.haddouchi@hotmail.com', 'mail body', ('MBODY', 'Beste voorzitter,\nLet op: moeder wil reactie via m.haddouchi@hotmail.com.\nGroet, vaste deelnemer')),
      ('NAME', 'Haddouchi', 'file name', ('FILE', 'VHK_Haddouchi_L2015_definitief.docx'))],
     [('URL', 'instagram.com/sami.lunet030', 'body (Risicofactoren)', ('sec', 'risico', 'S. post filmpjes van thuis op instagram.com/sami.lunet030.')),
      ('POSTCODE', '3524 GT', 'header', ('HEADER', 'VHK – VERTROUWELIJK – gezin 3524 GT'))],
     [('NAME', 'Kaya', 'comment text', ('COMMENT', ('Team Jeugd Houten', 'Mevrouw Kaya wil niet dat dit op de kaart komt.'))),
      ('IBAN', ib, 'footnote', ('FOOTNOTE', 'Leefgeld wordt gestort op ' + ib + '.'))],
     [('BIRTHDATE', '3 juni 2017', 'body (Gezinssamenstelling)', ('sec', 'gezin', 'D. is geboren op 3 juni 2017 in het Antonius.')),
      ('NAME', 'Wendy', 'body (Stem van ouders en verzorgers)', ('sec', 'stemo', 'Wendy (moeder): "Ik doe echt mijn best."'))],
     [('PHONE', '030-2897461', 'header', ('HEADER', 'VHK Zeist – bij vragen moeder bellen: 030-2897461')),
      ('NAME', 'AMIRI, Sohrab', 'body (Wat is er nu onveilig)', ('sec', 'zorgen', 'Mutatie: BETROKKENE 2: AMIRI, Sohrab (vriend mdr), aangetroffen in woning.'))],
     [('NAME', 'Van Schaik', 'property (company)', ('PCOMPANY', 'Van Schaik Installatietechniek')),
      ('ID_NUMBER', '40917733', 'table row (Betrokken hulpverlening)', ('sec', 'hulp', '| Youké | cliëntnr. 40917733 |'))],
     [('BSN', b1f, 'table row (Persoonsgegevens)', ('secrep', 'pg', '| BSN J. | %s |' % b1f)),
      ('NAME', 'Ilham', 'alt text', ('ALT', 'Foto van Ilham (zus) met de kinderen in Vianen.'))],
     [('EMAIL', 'dennis.vdberg@kpnmail.nl', 'tracked deletion', ('TRACK', 'vader: dennis.vdberg@kpnmail.nl')),
      ('ADDRESS', 'Lopikerweg Oost 41', 'body (Wat is er nu onveilig)', ('sec', 'zorgen', 'Boerderij aan de Lopikerweg Oost 41 is slecht bereikbaar voor hulpdiensten.'))],
     [('URL', 'https://www.tiktok.com/@deniz.s_2016', 'comment text', ('COMMENT', ('Sociaal Team Montfoort', 'Ex-partner volgt moeder via https://www.tiktok.com/@deniz.s_2016'))),
      ('BIRTHDATE', '2016-05-19', 'footnote', ('FOOTNOTE', 'K. geboren 2016-05-19, zie BRP.'))],
     [('POSTCODE', '3453 MK', 'mail subject', ('MSUBJ', 'Spoed VHT – J. (2012) – 3453 MK De Meern')),
      ('NAME', 'Abdiqani', 'body (Visie van de inbrenger)', ('sec', 'visie', 'De "vriend" heet volgens J. Abdiqani en rijdt een witte Golf.'))],
    ]

def main():
    os.makedirs(OUT, exist_ok=True)
    specs = dirty_specs()
    rows = []
    for k in range(1, 61):
        if k <= 45:
            sc = S[(k - 1) % 15]; txt = build(k, sc, (k - 1) // 15); rows.append(('card-%02d.txt' % k, 'CLEAN', '-'))
        else:
            sp = specs[k - 46]; sc = S[k - 46]; txt = build(k, sc, 3, sp)
            rows.append(('card-%02d.txt' % k, 'DIRTY', '; '.join('%s "%s" @ %s' % (c, v, p) for c, v, p, _ in sp)))
        with open(os.path.join(OUT, 'card-%02d.txt' % k), 'w', encoding='utf-8', newline='\n') as fh: fh.write(txt)
    with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('file\texpect\tnotes\n')
        for r in rows: fh.write('\t'.join(r) + '\n')
    print('wrote 60 cards')

main()
