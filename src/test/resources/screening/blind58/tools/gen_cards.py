#!/usr/bin/env python3
"""Generates ../cards/card-01..60.txt and cards.tsv (fixed seed)."""
import os, random
R = random.Random(585858)
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'cards')

def bsn(r):
    while True:
        d = [r.randint(0, 9) for _ in range(9)]
        if d[0] == 0: continue
        if (sum(w * x for w, x in zip(range(9, 1, -1), d[:8])) - d[8]) % 11 == 0: return ''.join(map(str, d))
def iban(r, bank):
    acct = bank + ''.join(str(r.randint(0, 9)) for _ in range(10))
    num = ''.join(str(int(c, 36)) for c in acct + 'NL00')
    return 'NL%02d%s' % (98 - int(num) % 97, acct)

GEM = [('Den Helder', ['Nieuw-Den Helder', 'De Schooten', 'Julianadorp', 'Huisduinen'], 'Team Jeugd Den Helder'),
       ('Texel', ['Den Burg', 'Oudeschild', 'De Cocksdorp', 'De Koog'], 'Team Jeugd Texel'),
       ('Schagen', ['Schagen', 'Callantsoog', 'Petten', 'Warmenhuizen', 'Schagerbrug'], 'Sociaal Team Schagen'),
       ('Hollands Kroon', ['Anna Paulowna', 'Breezand', 'Hippolytushoef', 'Den Oever'], 'Team Jeugd Hollands Kroon'),
       ('Hoorn', ['Kersenboogerd', 'Grote Waal', 'Risdam', 'Zwaag', 'Blokker'], 'Team Jeugd Hoorn'),
       ('Enkhuizen', ['Enkhuizen'], 'Jeugdteam Enkhuizen'),
       ('Medemblik', ['Medemblik', 'Wervershoof', 'Andijk', 'Abbekerk', 'Twisk'], 'Team Jeugd Medemblik'),
       ('Opmeer', ['Opmeer', 'Spanbroek'], 'Team Jeugd Opmeer'),
       ('Stede Broec', ['Bovenkarspel', 'Grootebroek', 'Lutjebroek'], 'Team Jeugd Stede Broec'),
       ('Drechterland', ['Hoogkarspel', 'Venhuizen', 'Zwaagdijk'], 'Team Jeugd Drechterland'),
       ('Koggenland', ['Obdam', 'Avenhorn'], 'Team Jeugd Koggenland')]
PROS = ['Willemijn Kossen, gezinscoach', 'Jan-Willem Tuijp, jeugdconsulent', 'Priya Ramdin, jeugd- en gezinscoach',
        'Hüseyin Aktaş, casemanager', 'Ngozi Ofori, gezinsvoogd', 'Marit Zijp, jeugdconsulent', 'Eelco Dekker, casemanager',
        'Samira El Idrissi, gezinscoach', 'Bart Stroet, jeugdconsulent', 'Laura Kramer-Bais, casemanager',
        'Rutger Terpstra, gezinsvoogd', 'Ilse Wagenaar, jeugdverpleegkundige']
VASTE = ['Anke Bruin', 'Mehmet Yıldırım', 'Joyce Nooij', 'Tjeerd Visscher', 'Fleur Commandeur', 'Dorien Schipper']
GEDRAG = ['Drs. Brechtje Zandbergen, gedragswetenschapper Kenter Jeugdhulp', 'Mirjam Veldman, GZ-psycholoog Parlan',
          'Joris Ploeger, orthopedagoog Team Jeugd']
SCEN = [
 ('Vader is bij de Koninklijke Marine en vaart tot half december. Moeder staat er alleen voor.',
  'Moeder drinkt sinds de uitzending van vader dagelijks. Op {d1} trof de politie de kinderen alleen thuis aan om 23.00 uur.',
  'Moeder vraagt zelf om hulp. Bedrijfsmaatschappelijk Werk Defensie is betrokken.', 'Alleenstaand ouderschap tijdens uitzending, alcohol, weinig netwerk in {p}.'),
 ('Gezin woont op Texel; vader werkt op de veerboot, moeder in de horeca in De Koog.',
  'Harde ruzies tussen ouders waar de kinderen bij zijn. De buren belden op {d1} de politie na geschreeuw en een kapotte ruit.',
  'Grootouders in Oudeschild zijn betrokken en vangen op.', 'Isolement op het eiland in de winter, hulp moet van de vaste wal komen.'),
 ('Moeder en kinderen uit Polen; moeder werkt als seizoenskracht in de bollen bij Breezand. Tolk Pools nodig.',
  'Kinderen zijn lange dagen alleen in de gedeelde woning met andere arbeidsmigranten. Op {d1} meldde school dat de oudste met een brandwond kwam.',
  'Moeder is betrokken en werkt mee; een collega-moeder helpt met oppassen.', 'Huisvesting via uitzendbureau, taalbarrière, wisselende werktijden.'),
 ('Syrisch gezin, sinds 2016 in {p}. Vader, moeder en drie kinderen. Tolk Arabisch.',
  'De oudste vertelt op school dat vader hem met een riem slaat. Vader ontkent. Gemeld bij Veilig Thuis op {d1}.',
  'Ouders zijn zeer betrokken bij school; moeder zoekt steun bij de moskee-vrouwengroep.', 'Trauma van de oorlog bij vader, werkloosheid, krappe woning in {p}.'),
 ('Kaapverdiaans gezin in {p}; moeder alleen met vier kinderen, vader in detentie.',
  'Oudste zoon (16) wordt geronseld door oudere jongens; politie trof op {d1} messen in zijn kamer aan.',
  'Moeder heeft een sterk netwerk in de Kaapverdiaanse gemeenschap; de kerk helpt.', 'Criminaliteit in de omgeving, armoede, vader heeft contact vanuit detentie.'),
 ('Bollenkwekersgezin in West-Friesland; opa en oma (West-Fries sprekend) wonen op het erf.',
  'Vader is sinds het faillissement depressief en heeft op {d1} gedreigd zichzelf iets aan te doen in bijzijn van de kinderen.',
  'Opa en oma zijn stabiel en dichtbij; de kinderen gaan graag naar school.', 'Financiële druk, schaamte, vader wil geen hulp.'),
 ('Roemeense ouders, werken beiden in de kassen; de jongste is 8 weken oud.',
  'Het consultatiebureau ziet op {d1} dat de baby onvoldoende groeit; ouders missen afspraken door nachtdiensten.',
  'Ouders zijn liefdevol en willen hulp; tante uit Roemenië komt in januari.', 'Lange werkdagen, taalbarrière, geen huisarts ingeschreven.'),
 ('Moeder en stiefvader, twee kinderen uit een eerdere relatie, wonen in een huurwoning van Woningstichting Den Helder.',
  'Stiefvader is op {d1} aangehouden na huiselijk geweld; huisverbod van tien dagen opgelegd.',
  'Moeder kiest voor de kinderen en houdt zich aan het huisverbod.', 'Eerdere meldingen, huurachterstand, stiefvader gebruikt cocaïne.'),
 ('Eenoudergezin: vader met twee dochters in {p}; moeder woont in Alkmaar en is opgenomen bij GGZ Noord-Holland-Noord.',
  'Oudste dochter (14) snijdt zich; op {d1} met spoed gezien op de SEH van Dijklander Ziekenhuis Hoorn.',
  'Vader is betrokken en eerlijk over zijn zorgen; school biedt een vaste mentor.', 'Psychiatrie moeder, overbelasting vader, weinig netwerk.'),
 ('Gezin met vader bij Defensie (Den Helder), moeder werkt in de zorg. Drie kinderen.',
  'Vader heeft na terugkeer van missie woedeaanvallen; op {d1} gooide hij met meubels terwijl de kinderen thuis waren.',
  'Vader erkent het probleem en is aangemeld bij de veteranenzorg.', 'PTSS, drankgebruik, verhuizingen door werk vader.'),
]
SCORES = ['Inbrenger: {a}. Moeder: {b}. Vader: {c}.', 'inbrenger {a} / ouders {b}', 'Score | inbrenger {a} | moeder {b} | jeugdige {c}']

def vhtnr(r):
    while True:
        n = r.randint(10, 300); d = '02026%04d' % n
        if (sum(w * int(x) for w, x in zip(range(9, 1, -1), d[:8])) - int(d[8])) % 11: return n

def card(i, dirty=None):
    r = random.Random(1000 + i)
    sc = SCEN[i % len(SCEN)]
    force = {1: 'Texel', 2: 'Hollands Kroon', 3: 'Hoorn', 4: 'Den Helder', 7: 'Den Helder', 9: 'Den Helder'}.get(i % len(SCEN))
    gem, places, team = next(g for g in GEM if g[0] == force) if force else GEM[i % len(GEM)]
    p = r.choice(places)
    day = r.randint(2, 27); mon = r.choice([9, 10, 11])
    dd, mm = r.randint(2, 28), 11 if mon < 11 else 12
    datum = '%d-%02d-2026' % (dd, mm)
    d1 = '%d-%d-2026' % (day, mon)
    by = r.choice([2009, 2010, 2011, 2012, 2013, 2014, 2016, 2018, 2020, 2025])
    ini = r.choice('ABDEHJKLMNORSTY')
    youth = ['%s. (%d)' % (ini, by)]
    if r.random() < 0.6: youth.append('%s %s. (%d)' % (r.choice(['zusje', 'broertje', 'broer', 'zus']), r.choice('BCFGIPVWZ'), by + r.randint(2, 5)))
    pro = r.choice(PROS); org = r.choice([team, 'Veilig Thuis Noord-Holland Noord', 'JBRA', 'Kenter Jeugdhulp', 'Parlan'])
    caps = i % 7 == 3
    L = lambda s: s.upper() if caps else s
    inj = {}
    for cat, val, place, line in (dirty or []):
        inj.setdefault(place, []).append(line)
    out = []
    def blk(tag, text): out.extend([tag, text, ''])
    def sec(label, *lines): out.extend([L(label) + ':'] + list(lines) + [''])
    fn = inj.get('file name', ['VHK_%s_%s%d_%s.docx' % (gem.replace(' ', ''), ini, by, '2026-%02d-%02d' % (mm, dd))])[0]
    blk('[FILENAME]', fn)
    blk('[PROPERTY title]', inj.get('property (title)', ['Veiligheidskaart %s (%d) - casusoverleg ZVH' % (ini, by)])[0])
    blk('[PROPERTY company]', inj.get('property (company)', [org])[0])
    blk('[HEADER]', inj.get('header', ['ZORG- EN VEILIGHEIDSHUIS NOORD-HOLLAND NOORD - VERSLAG CASUSOVERLEG - VERTROUWELIJK'])[0])
    sec('Datum inbreng', datum)
    sec('Soort inbreng', ['Eerste inbreng', 'Vervolgbespreking (eerder VHT-2026-%04d)' % vhtnr(r), 'Monitoring', 'Overdracht (Veilig Thuis -> Toegang)'][i % 4])
    sec('Jeugdige(n)', *youth)
    sec('Inbrenger (naam, functie, organisatie)', '%s, %s' % (pro, org))
    sec('Vaste deelnemer', '%s, %s' % (r.choice(VASTE), org))
    sec('Verantwoordelijke gemeente', gem)
    if i % 3: sec('Gedragsdeskundige geraadpleegd', 'Ja, %s, op %s' % (r.choice(GEDRAG), '%d-%d-2026' % (day, mon)))
    sec('Wie is wanneer geïnformeerd', 'moeder: huisbezoek %s in %s' % (d1, p), '%s.: gesproken op school, week %d' % (ini, 40 + i % 8),
        'vader: telefonisch, via de gezinsvoogd')
    if i % 9 == 4:
        sec('Instemming betrokkenen', 'Nee. Vader weigert; moeder stemt in.', 'Verantwoording inbrenger: de veiligheid van de kinderen weegt zwaarder; bespreking is nodig om een besluit te nemen over een melding bij de Raad.')
    else:
        sec('Instemming betrokkenen', 'Ja, ouders stemmen in (mondeling, %s).' % d1)
    sec('Vraag aan het VHT', r.choice(['Is vrijwillige hulp nog voldoende of is een verzoek tot onderzoek bij de RvdK nodig?',
        'Advies over de inzet van Kenter Jeugdhulp versus Parlan ambulant.', 'Wie neemt de regie tijdens de uitzending van vader?',
        'Welke borging is nodig na het huisverbod?']))
    sec('Gezinssamenstelling', sc[0].format(p=p), 'moeder (%d), vader (%d), %s' % (by - 27, by - 30, ', '.join(youth)), *inj.get('cover value (Gezinssamenstelling)', []))
    sec('Wat is er nu onveilig', sc[1].format(d1=d1, p=p), *inj.get('body (Wat is er nu onveilig)', []))
    sec('Krachten', sc[2].format(p=p), *inj.get('body (Krachten)', []))
    sec('Risicofactoren', sc[3].format(p=p))
    if 2026 - by >= 12 or i % 2:
        sec('Stem van de jeugdige', '%s. zegt: "%s"' % (ini, r.choice(['Ik wil gewoon dat het thuis rustig is.', 'Papa moet stoppen met schreeuwen.',
            'Ik ben niet bang, maar mijn broertje wel.', 'Ik wil bij oma wonen.']) if 2026 - by >= 5 else 'is %d; geobserveerd tijdens het huisbezoek.' % (2026 - by)))
    sec('Stem van ouders', 'Moeder: "%s"' % r.choice(['Ik doe mijn best, maar ik kan het niet alleen.', 'Iedereen bemoeit zich ermee.', 'Ik wil hulp, maar niet van Jeugdbescherming.']),
        *inj.get('body (Stem van ouders)', []))
    sec('Visie inbrenger', 'De zorgen zijn reëel; zonder extra inzet is de veiligheid niet gewaarborgd.')
    sec('Veiligheidsscore', SCORES[i % 3].format(a=r.randint(2, 5), b=r.randint(5, 8), c=r.randint(3, 7)))
    sec('Betrokken hulpverlening', r.choice(['Parlan, huisarts, Bedrijfsmaatschappelijk Werk Defensie', 'Kenter Jeugdhulp, JGZ, school',
        'GGZ Noord-Holland-Noord, Triversum, Intermaris', 'Veilig Thuis NHN, Politie Noord-Holland, Woningstichting Den Helder']))
    sec('Afspraken en actiepunten', 'actie | actiehouder | deadline', 'veiligheidsplan opstellen met ouders | inbrenger | %s' % datum,
        'contact school | intern begeleider | wk %d' % (48 + i % 4), 'terugkoppeling aan het ZVH | procesregisseur ZVH | 15-12-2026',
        *inj.get('table row (actiehouder)', []))
    sec('Persoonsgegevens', *inj.get('table row (Persoonsgegevens)', ['niet invullen bij inbreng']))
    ca = inj.get('comment author', ['Procesregisseur ZVH'])[0]
    blk('[COMMENT author=%s]' % ca, inj.get('comment text', ['Graag de score van de jeugdige nog aanvullen.'])[0])
    blk('[ALT]', inj.get('alt text', ['Drie huizen-tekening: huis van de zorgen, huis van de goede dingen, huis van de dromen.'])[0])
    blk('[TRACKED-DELETION]', inj.get('tracked deletion', ['Score inbrenger: 6.'])[0])
    blk('[FOOTNOTE]', inj.get('footnote', ['Zie verslag casusoverleg ZVH van %s.' % d1])[0])
    blk('[MAIL-SUBJECT]', inj.get('mail subject', ['FW: VHK %s. (%d) voor casusoverleg %s' % (ini, by, datum)])[0])
    body = ['Van: %s (vaste deelnemer)' % org] + inj.get('mail header', []) + ['Verzonden: %s, 08:41' % datum, 'Aan: VHT Noord-Holland Noord',
            'Onderwerp: FW: VHK %s. (%d)' % (ini, by), '', 'Hierbij de kaart voor het overleg. Graag bevestiging.', '',
            'Met vriendelijke groet,', 'Team Jeugd, %s' % gem] + inj.get('mail signature', []) + ['',
            'Dit bericht is uitsluitend bestemd voor de geadresseerde. Is dit bericht niet voor u bestemd, verwijder het dan.']
    body += inj.get('mail body', [])
    blk('[MAIL-BODY]', '\n'.join(body))
    blk('[FOOTER]', inj.get('footer', ['Pagina 1 van 2 - %s - gepseudonimiseerd' % gem])[0])
    return '\n'.join(out).rstrip('\n') + '\n'

B = [bsn(R) for _ in range(3)]; IB = [iban(R, 'RABO'), iban(R, 'INGB')]
DIRTY = [  # (cat, value, place, inserted line)
 [('NAME', 'Ruud Hoekstra', 'table row (actiehouder)', 'gesprek met opa | Ruud Hoekstra | 20-12-2026'),
  ('PHONE', '06-47310928', 'mail signature', 'T 06-47310928')],
 [('NAME', 'Marlies Tesselaar', 'mail header', 'Van: Marlies Tesselaar'), ('POSTCODE', '1791 PW', 'footer', 'Retour: 1791 PW Den Burg')],
 [('NAME', 'Kowalska', 'comment author', ''), ('ADDRESS', 'Loswal 12', 'body (Wat is er nu onveilig)', 'Ze wonen met zes volwassenen op Loswal 12 in Breezand.')],
 [('BSN', B[0], 'table row (Persoonsgegevens)', 'BSN: ' + B[0]), ('NAME', 'Hamza', 'alt text', 'Tekening van Hamza: huis met rode deur.')],
 [('BIRTHDATE', '03-06-2010', 'cover value (Gezinssamenstelling)', 'oudste zoon geb. 03-06-2010'), ('EMAIL', 'tavares.ana@gmail.com', 'mail body', 'Moeder mailde vanaf tavares.ana@gmail.com.')],
 [('NAME', 'Gerrit Sijm', 'property (title)', 'Veiligheidskaart gezin Gerrit Sijm - ZVH'), ('IBAN', IB[0], 'footnote', 'Leefgeld via rekening %s.' % IB[0])],
 [('NAME', 'Ioana', 'body (Stem van ouders)', 'Ioana (moeder): "Wij werken voor de kinderen."'), ('ID_NUMBER', 'CB-2026-40871', 'file name', 'VHK_CB-2026-40871_consultatiebureau.docx')],
 [('NAME', 'Dennis Bakker', 'tracked deletion', 'Stiefvader Dennis Bakker heeft huisverbod.'), ('PHONE', '0223-671445', 'header', 'Spoed: moeder 0223-671445')],
 [('NAME', 'Vera Slikker', 'mail signature', 'Vera Slikker, moeder'), ('URL', 'https://www.instagram.com/noor_hoorn14', 'comment text', 'Zie haar account https://www.instagram.com/noor_hoorn14')],
 [('NAME', 'Bouwe', 'body (Krachten)', 'Vader Bouwe erkent dat hij hulp nodig heeft.'), ('ADDRESS', 'Marsdiepstraat 301', 'property (company)', 'Marsdiepstraat 301')],
 [('NAME', 'Sandra de Jong', 'mail subject', 'RE: kaart gezin Sandra de Jong'), ('BSN', B[1], 'tracked deletion', 'BSN jongste %s' % B[1])],
 [('NAME', 'Pim', 'table row (actiehouder)', 'oppas regelen | Pim (oom) | 1 dec'), ('BIRTHDATE', '12-1-2016', 'footnote', 'J. is geboren op 12-1-2016.')],
 [('NAME', 'Wiśniewska', 'header', 'DOSSIER WIŚNIEWSKA - Wiśniewska'), ('EMAIL', 'ola.w@onet.pl', 'mail header', 'Cc: ola.w@onet.pl')],
 [('NAME', 'Jacob van Straaten', 'comment text', 'Navragen bij Jacob van Straaten (opa) of hij wil opvangen.'), ('POSTCODE', '1601 BK', 'cover value (Gezinssamenstelling)', 'gezin woont in 1601 BK')],
 [('NAME', 'Rabab', 'file name', 'VHK_Rabab_Hoorn.docx'), ('IBAN', IB[1], 'mail body', 'Huur van rekening %s wordt gestorneerd.' % IB[1])],
]
os.makedirs(D, exist_ok=True)
rows = []
for i in range(1, 61):
    dirty = DIRTY[i - 46] if i >= 46 else None
    if dirty:
        dirty = [(c, v, p, l) for c, v, p, l in dirty]
        for k, (c, v, p, l) in enumerate(dirty):
            if p == 'comment author': dirty[k] = (c, v, p, v)
    with open(os.path.join(D, 'card-%02d.txt' % i), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(card(i, dirty))
    rows.append('card-%02d.txt\t%s\t%s' % (i, 'DIRTY' if dirty else 'CLEAN', '; '.join('%s "%s" @ %s' % (c, v, p) for c, v, p, l in dirty) if dirty else '-'))
with open(os.path.join(D, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('file\texpect\tnotes\n' + '\n'.join(rows) + '\n')
