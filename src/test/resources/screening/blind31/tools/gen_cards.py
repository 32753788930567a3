#!/usr/bin/env python3
"""Generate ../cards/card-01..60.txt and cards.tsv (seed 3131). Re-running reproduces them byte for byte."""
import os, random
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'cards')
rnd = random.Random(3131)

GEMEENTEN = ['Tilburg', "'s-Hertogenbosch", 'Oss', 'Waalwijk', 'Vught', 'Boxtel', 'Oisterwijk', 'Dongen', 'Goirle', 'Uden',
             'Sint-Michielsgestel', 'Meierijstad', 'Maashorst', 'Bernheze', 'Loon op Zand', 'Hilvarenbeek', 'Heusden']
VILLAGES = {'Tilburg': ['Udenhout', 'Berkel-Enschot', 'de Reeshof'], "'s-Hertogenbosch": ['Rosmalen', 'Empel', 'de Kruiskamp'],
            'Oss': ['Berghem', 'Megen', 'Ravenstein'], 'Waalwijk': ['Sprang-Capelle', 'Waspik'], 'Vught': ['Helvoirt', 'Cromvoirt'],
            'Boxtel': ['Liempde', 'Lennisheuvel'], 'Oisterwijk': ['Moergestel', 'Haaren'], 'Dongen': ["'s Gravenmoer"],
            'Goirle': ['Riel'], 'Uden': ['Volkel', 'Odiliapeel'], 'Sint-Michielsgestel': ['Den Dungen', 'Gemonde', 'Berlicum'],
            'Meierijstad': ['Schijndel', 'Sint-Oedenrode', 'Veghel'], 'Maashorst': ['Uden', 'Zeeland'],
            'Bernheze': ['Heeswijk-Dinther', 'Nistelrode', 'Heesch'], 'Loon op Zand': ['Kaatsheuvel'],
            'Hilvarenbeek': ['Diessen', 'Esbeek'], 'Heusden': ['Drunen', 'Vlijmen', 'Nieuwkuijk']}
INBRENGERS = [('drs. Ellen Verhagen', 'jeugd- en gezinswerker', 'Toegang {g}'), ('Mustafa Akkaya MSc', 'casemanager', 'Veilig Thuis Midden-Brabant'),
    ('Lieke Bressers', 'gezinsvoogd', 'Jeugdbescherming Brabant'), ('Quynh Do', 'jeugdconsulent', 'wijkteam {g}'),
    ('mr. Karin Hoeks', 'raadsonderzoeker', 'Raad voor de Kinderbescherming Den Bosch'), ('Sandeep Ramkhelawan', 'casemanager', 'Veilig Thuis Brabant Noordoost'),
    ('Magdalena Zając', 'gezinscoach', 'Sterk Huis'), ('Winta Berhane', 'jeugdprofessional', 'Toegang {g}'),
    ('Rik van Gorp', 'gezinsvoogd', 'William Schrikker Stichting'), ('Nora El Hajji', 'jeugdverpleegkundige', 'GGD Hart voor Brabant'),
    ('Stijn Verschuuren', 'ambulant hulpverlener', 'Oosterpoort'), ('dr. Monique Peeters', 'GZ-psycholoog', 'Koraal')]
VASTE = [('Marco Schoenmakers', 'Toegang {g}'), ('Ilona Brouwers', 'Veilig Thuis Midden-Brabant'), ('Hatice Yilmaz', 'gemeente {g}'),
         ('Pieter de Laat', 'Veilig Thuis Brabant Noordoost'), ('Esther Couwenberg MSc', 'Jeugdbescherming Brabant'), ('Anouk Maas', 'wijkteam {g}')]
GEDRAG = ['drs. Wouter Kivits (orthopedagoog, Toegang {g})', 'dr. Saskia Rovers, GZ-psycholoog Reinier van Arkel',
          'Maud Swinkels MSc (gedragswetenschapper Prisma)', 'prof. dr. Bert Klerkx (GGz Breburg)']
ZORGEN = [
 ['Vader is op {d1} na een ruzie met huisverbod uit huis geplaatst; de kinderen waren aanwezig.', 'Moeder heeft blauwe plekken op de armen, gezien door de huisarts.', 'De oudste blijft \'s avonds buiten rondhangen in {v}.'],
 ['Moeder heeft een psychose doorgemaakt en was van {d1} tot {d2} opgenomen bij Reinier van Arkel.', 'Tijdens de opname verbleven de kinderen zonder afspraken bij kennissen.'],
 ['Vader gebruikt cocaïne; op {d1} is hij aangehouden in {v}.', 'De jongste is te licht volgens de jeugdarts.'],
 ['Zorgen over eergerelateerd geweld: de jeugdige wordt thuis gecontroleerd en mag niet naar school-activiteiten.', 'Op {d1} is zij weggelopen naar een vriendin in {v}.'],
 ['Vader sloeg de jongste met een slipper, gezien door de juf van basisschool De Regenboog.', 'Ouders zijn in een vechtscheiding; de kinderen worden ingezet in het conflict.'],
 ['Het gezin is na een huisuitzetting door Woonstichting \'thuis op {d1} dakloos geraakt.', 'Kinderen slapen wisselend bij familie in {v} en in de auto.'],
 ['Moeder drinkt overdag; school ruikt alcohol bij het ophalen.', 'Op {d1} werd moeder aangetroffen met de baby op de bank, niet aanspreekbaar.'],
 ['De jeugdige (LVB) heeft seksueel getinte contacten met oudere mannen via apps.', 'Op {d1} is een melding gedaan bij de politie, eenheid Oost-Brabant.'],
 ['Vader dreigt de kinderen mee te nemen naar het land van herkomst.', 'Moeder heeft een verblijfsvergunning die afhankelijk is van vader.'],
 ['Ernstige verwaarlozing van de woning (vervuiling, ongedierte), vastgesteld bij huisbezoek op {d1}.', 'De kinderen hebben luizen en gaan onregelmatig naar school.'],
]
KRACHTEN = ['Moeder is eerlijk over haar zorgen en werkt mee.', 'Oma in {v} is een vaste opvangplek.', 'De jeugdige heeft een goede band met de mentor.',
            'Vader is bereid een training bij GGz Breburg te volgen.', 'Er is een betrokken netwerk vanuit de kerk in {v}.',
            'De kinderen zitten op een sportclub en hebben vriendjes.', 'Ouders houden zich aan het veiligheidsplan sinds {d2}.',
            'De moskee biedt steun en een vertrouwenspersoon.']
RISICO = ['Schulden (traject Kredietbank)', 'Middelengebruik vader', 'Psychiatrische problematiek moeder', 'Isolement, taalbarrière',
          'Eerdere meldingen bij Veilig Thuis (2022, 2024)', 'Krappe woning', 'LVB ouder(s)', 'Trauma na vlucht']
STEMJ = ['"Ik wil gewoon dat het thuis rustig is."', '"Als papa boos is ga ik naar mijn kamer."', '"Ik wil niet terug naar huis."',
         '"Mama is lief maar ze slaapt heel veel."', 'Wil graag bij oma in {v} wonen.', '"Ik durf niks te zeggen op school."']
STEMO = ['Moeder: "Ik doe alles voor mijn kinderen."', 'Vader: "Er is niks aan de hand, het is allemaal overdreven."',
         'Moeder wil hulp maar geen Jeugdbescherming.', 'Ouders erkennen de zorgen gedeeltelijk.', 'Vader ontkent het geweld; moeder bevestigt.']
VISIE = ['Vrijwillige hulp lijkt niet voldoende. Ik overweeg een verzoek tot onderzoek door de Raad.',
         'De veiligheid is op dit moment net voldoende, maar erg afhankelijk van het netwerk.',
         'Er is sprake van structurele onveiligheid; een OTS lijkt noodzakelijk.',
         'Met intensieve inzet van Oosterpoort kan het gezin het mogelijk redden.',
         'Gezien de machtiging uithuisplaatsing zijn er grote zorgen over het gezag van vader.']
VRAAG = ['Is een interventiegesprek met de Raad voor de Kinderbescherming Den Bosch aangewezen?', 'Welke hulp is nodig om de veiligheid te borgen?',
         'Adviseert het VHT een verzoek tot onderzoek (OTS)?', 'Kan de casus terug naar het wijkteam met een borgingsplan?',
         'Is het veiligheidsplan voldoende, of is meer nodig?']
MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']
ORDIN = {1: 'eerste', 2: 'tweede', 3: 'derde', 4: 'vierde', 5: 'vijfde', 10: 'tiende', 12: 'twaalfde', 14: 'veertiende', 20: 'twintigste', 21: 'eenentwintigste'}

def dfmt(d, m, y):
    if d == 6: d = 7
    if m == 6: m = 7
    f = rnd.randrange(5)
    if f == 0: return '%02d-%02d-%d' % (d, m, y)
    if f == 1: return '%d-%02d-%02d' % (y, m, d)
    if f == 2: return '%d %s %d' % (d, MONTHS[m - 1], y)
    if f == 3 and d in ORDIN: return 'de %s %s %d' % (ORDIN[d], MONTHS[m - 1], y)
    return '%d/%d/%d' % (d, m, y)

def label(canon, syns, i):
    l = rnd.choice([canon] + syns)
    st = rnd.randrange(6)
    if st == 0: l = l.upper()
    elif st == 1: l = l.lower()
    if rnd.random() < 0.3: l = '%d. %s' % (i, l)
    return l + (':' if rnd.random() < 0.8 else '')

# 30 dirty items: (cat, value, place, kind, section/text). kind: body/table/special/cover
DIRTY = [
 ('NAME', 'Fatima Bouchtaoui', 'body (Onveiligheid)', 'body', 'zorgen', 'Tante Fatima Bouchtaoui heeft de kinderen op die avond opgehaald.'),
 ('PHONE', '06-29384751', 'footer', 'FOOTER', None, 'Contact moeder: 06-29384751'),
 ('BIRTHDATE', '17-03-2013', 'cover value (Jeugdige)', 'cover', None, 'A. (17-03-2013)'),
 ('NAME', 'Krzysztof', 'comment text', 'COMMENT author=Gedragswetenschapper Toegang', None, 'Is Krzysztof (stiefvader) hier ook bij betrokken?'),
 ('BSN', None, 'table row (Gezinssamenstelling)', 'table', None, '| jeugdige | BSN {} |'),
 ('NAME', 'Hoang Van Duc', 'table row (Gezinssamenstelling)', 'table', None, '| vader | Hoang Van Duc | woont apart |'),
 ('ADDRESS', 'Vughterweg 63', 'body (Krachten)', 'body', 'krachten', 'Oma woont op Vughterweg 63 en is altijd thuis.'),
 ('NAME', 'Ghebreyesus', 'mail subject', 'MAIL-SUBJECT', None, 'VHK ter bespreking - fam. Ghebreyesus'),
 ('EMAIL', 'mariska.vandeven79@gmail.com', 'mail body', 'MAIL-BODY', None, 'Hierbij de kaart. Moeder wil een kopie op mariska.vandeven79@gmail.com.'),
 ('NAME', 'Wendy Hendriks', 'comment author', 'COMMENT author=Wendy Hendriks', None, 'Als moeder wil ik toevoegen dat vader ook hulp nodig heeft.'),
 ('POSTCODE', '5025 VB', 'header', 'HEADER', None, 'Gezin Tilburg 5025 VB - VERTROUWELIJK'),
 ('NAME', 'Ramon Steenbakkers', 'body (Betrokken hulpverlening)', 'body', 'betrokken', 'Kinderpsychiater dr. Ramon Steenbakkers (GGZ Oost Brabant) behandelt J.'),
 ('IBAN', None, 'footnote', 'FOOTNOTE', None, '1) Kinderbijslag gaat naar rekening {} van vader.'),
 ('NAME', 'Meryem', 'body (Stem van de jeugdige)', 'body', 'stemj', 'Over haar zus Meryem wil zij niets kwijt.'),
 ('URL', 'https://www.instagram.com/yara.vh.2010', 'alt text', 'ALT', None, 'Screenshot van https://www.instagram.com/yara.vh.2010 met bedreigende berichten'),
 ('NAME', 'Bressers-Kuijpers', 'file name', 'FILENAME', None, 'VHK_Bressers-Kuijpers_definitief.docx'),
 ('ID_NUMBER', '3041829576', 'body (Risicofactoren)', 'body', 'risico', 'Verblijfsstatus moeder onzeker (V-nummer 3041829576).'),
 ('NAME', 'Kowalewski', 'property (title)', 'PROPERTY title', None, 'Veiligheidskaart Kowalewski - vervolg'),
 ('PHONE', '+31 6 4419 2083', 'body (Stem van ouders)', 'body', 'stemo', 'Vader wil gebeld worden op +31 6 4419 2083.'),
 ('NAME', 'Mohamed Tahiri', 'tracked deletion', 'TRACKED-DELETION', None, 'De oom, Mohamed Tahiri, is bereid te helpen.'),
 ('NAME', 'Jet', 'body (Krachten)', 'body', 'krachten', 'De kinderen gaan elke zondag naar oma Jet in Heeswijk.'),
 ('ID_NUMBER', 'NX7K2LP48', 'tracked deletion', 'TRACKED-DELETION', None, 'Vader heeft paspoort NX7K2LP48 van J. ingenomen.'),
 ('NAME', 'Ashwin', 'body (Onveiligheid)', 'body', 'zorgen', 'Ashwin (oom) was erbij toen moeder werd geslagen.'),
 ('ADDRESS', 'Hoogstraat 12-a', 'property (company)', 'PROPERTY company', None, 'Gezin Hoogstraat 12-a Uden'),
 ('NAME', 'VERHOEVEN', 'header', 'HEADER', None, 'VHK GEZIN VERHOEVEN'),
 ('EMAIL', 'thuy.ng2008@hotmail.com', 'footnote', 'FOOTNOTE', None, '2) J. mailde zelf vanaf thuy.ng2008@hotmail.com naar de mentor.'),
 ('NAME', 'Tigist', 'body (Stem van de jeugdige)', 'body', 'stemj', 'Ik wil bij Tigist blijven, dat is mijn beste vriendin.'),
 ('BIRTHDATE', 'geb. 09-12-1990', 'table row (Gezinssamenstelling)', 'table', None, '| moeder | geb. 09-12-1990 | gezag |'),
 ('NAME', 'Smulders', 'mail body', 'MAIL-BODY', None, 'Beste voorzitter, bijgaand de kaart. Moeder (mw. Smulders) weet ervan.'),
 ('POSTCODE', '5361GA', 'body (Visie inbrenger)', 'body', 'visie', 'Verhuizing naar 5361GA Grave is gepland.'),
]
# fixed generated values for BSN/IBAN
def elfproef(d):
    s = sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8]); return s % 11 == 0
def gen_bsn():
    while True:
        d = ''.join(rnd.choice('0123456789') for _ in range(9))
        if d[0] != '0' and elfproef(d): return d
def gen_iban():
    acct = 'RABO' + ''.join(rnd.choice('0123456789') for _ in range(10))
    num = ''.join(str(int(c, 36)) for c in acct + 'NL00'); return 'NL%02d%s' % (98 - int(num) % 97, acct)
DIRTY = [list(x) for x in DIRTY]
for x in DIRTY:
    if x[0] == 'BSN': x[1] = gen_bsn(); x[5] = x[5].format(x[1])
    if x[0] == 'IBAN': x[1] = gen_iban(); x[5] = x[5].format(x[1])
KEYWORD = {'zorgen': 'zorgen', 'krachten': 'krachten', 'risico': 'risico', 'stemj': 'stemj', 'stemo': 'stemo', 'visie': 'visie', 'betrokken': 'betrokken'}

def card(n, dirty_items):
    g = rnd.choice(GEMEENTEN); v = rnd.choice(VILLAGES[g])
    year = 2026; month = rnd.choice([9, 10, 11, 12]); day = rnd.randint(1, 28)
    nkids = rnd.choice([1, 1, 2, 2, 3])
    kids = [(rnd.choice('ABDEHJKLMNRSTYZ') + '.', rnd.randint(2009, 2025)) for _ in range(nkids)]
    if n % 3 == 0: kids[0] = (kids[0][0], rnd.randint(2009, 2013))
    ages = [(c, year - y) for c, y in kids]
    soort = rnd.choice(['Eerste inbreng', 'Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Overdracht'])
    if soort in ('Vervolgbespreking', 'Monitoring'):
        while True:
            vn = rnd.randint(10, 480)
            if not elfproef('02026%04d' % vn): break
        soort += ' (VHT-2026-%04d)' % vn
    ib = rnd.choice(INBRENGERS); va = rnd.choice(VASTE)
    d1 = dfmt(rnd.randint(1, 28), rnd.randint(5, month - 1 if month > 5 else 8), year)
    d2 = dfmt(rnd.randint(1, 28), month - 1, year)
    sub = lambda s: s.format(v=v, d1=d1, d2=d2, g=g)
    secs = {}
    cover_jeugd = ['%s (%d)' % k for k in kids]
    bl = []  # special blocks before
    after = []
    used = set(x[3] for x in dirty_items)
    def special(tag, text):
        if tag in used: return
        (bl if rnd.random() < 0.5 else after).append('[%s]\n%s' % (tag, text))
    if rnd.random() < 0.5: special('PROPERTY title', 'Veiligheidskaart %s (%d) - %s' % (kids[0][0], kids[0][1], soort.split(' (')[0]))
    if rnd.random() < 0.4: special('HEADER', rnd.choice(['VERTROUWELIJK - VHT', 'Veiligheidskaart gemeente %s' % g, 'VHK %s' % g.upper()]))
    if rnd.random() < 0.3: special('PROPERTY company', ib[2].format(g=g))
    if rnd.random() < 0.3: special('MAIL-SUBJECT', 'Aanmelding VHT %s %s (%d)' % (g, kids[0][0], kids[0][1]))
    if rnd.random() < 0.3: special('FILENAME', 'VHK_%s_%s%d_%d%02d%02d.docx' % (g.replace("'", '').replace(' ', ''), kids[0][0][0], kids[0][1], year, month, day))
    zorg = [sub(s) for s in rnd.choice(ZORGEN)]
    body = {
     'zorgen': zorg, 'krachten': [sub(s) for s in rnd.sample(KRACHTEN if max(a for _, a in ages) >= 6 else KRACHTEN[:2] + KRACHTEN[3:5] + KRACHTEN[6:], 2)], 'risico': ['- ' + r for r in rnd.sample(RISICO, 3)],
     'stemj': ['%s (%d jaar): %s' % (c, a, sub(rnd.choice(STEMJ))) for c, a in ages if a >= 6] or ['%s is %d jaar; geobserveerd tijdens huisbezoek, speelt rustig.' % ages[0]],
     'stemo': [rnd.choice(STEMO)], 'visie': [rnd.choice(VISIE)], 'betrokken': [rnd.choice(['Wijkteam %s, huisarts, school.' % g, 'Oosterpoort, JGZ, Veilig Thuis.', 'GGz Breburg, Sterk Huis, wijkagent.', 'Amarant, Koraal, leerplicht.'])],
    }
    table = ['| rol | geboortejaar | bijzonderheden |', '| moeder | (%d) | gezag |' % rnd.randint(1978, 1998), '| vader | (%d) | %s |' % (rnd.randint(1972, 1995), rnd.choice(['gezag, woont apart', 'geen gezag', 'in detentie', 'woont in %s' % v]))]
    table += ['| %s | (%d) | %d jaar |' % (c, y, year - y) for c, y in kids]
    instem = rnd.choice(['Ja, beide ouders en de jeugdige stemmen in.', 'Ja, moeder; vader is geïnformeerd.',
                         'Nee. Vader weigert elke vorm van overleg. Inbrenger brengt de casus toch in vanwege de acute onveiligheid van de kinderen.'])
    cover_extra = []
    for it in dirty_items:
        cat, val, place, kind, sec, text = it
        if kind == 'body': body[sec].append(text)
        elif kind == 'table':
            if text.startswith('| moeder'): table[1] = text
            elif text.startswith('| vader'): table[2] = text
            else: table.append(text)
        elif kind == 'cover': cover_jeugd = [text] + cover_jeugd[1:]
        else:
            tag = kind
            (bl if tag in ('HEADER', 'PROPERTY title', 'PROPERTY company', 'MAIL-SUBJECT', 'MAIL-BODY', 'FILENAME') else after).append('[%s]\n%s' % (tag, text))
    out = bl[:]
    i = [0]
    def S(canon, syns, lines):
        i[0] += 1; out.append(label(canon, syns, i[0]) + '\n' + '\n'.join(lines))
    S('Datum', ['Datum inbreng'], [dfmt(day, month, year)])
    S('Soort inbreng', ['Type inbreng'], [soort])
    S('Jeugdige (voorletter en geboortejaar)', ['Jeugdige', 'Jeugdige(n)'], cover_jeugd)
    S('Inbrenger', ['Inbrenger (naam, functie, organisatie)'], ['%s, %s, %s' % (ib[0], ib[1], ib[2].format(g=g))])
    S('Vaste deelnemer', [], ['%s, %s' % (va[0], va[1].format(g=g))])
    S('Verantwoordelijke gemeente', ['Gemeente'], [g])
    if rnd.random() < 0.5: S('Gedragsdeskundige geraadpleegd', ['Gedragswetenschapper geraadpleegd'], ['Ja, ' + rnd.choice(GEDRAG).format(g=g) + ', op ' + d2])
    S('Geïnformeerd en gesproken', ['Wie is wanneer geïnformeerd'], ['Moeder: gesproken op %s.' % d2, 'Vader: telefonisch op %s.' % d2,
       ('%s: gesproken op school.' if ages[0][1] >= 6 else '%s: gezien tijdens het huisbezoek.') % kids[0][0]])
    S('Instemming betrokkenen', ['Instemming'], [instem])
    S('Vraag aan het VeiligheidsTeam', ['Vraag aan het VHT', 'Hulpvraag aan het VHT'], [rnd.choice(VRAAG)])
    if rnd.random() < 0.4: S('Uit te nodigen experts', ['Experts'], [rnd.choice(['Jeugdarts GGD Hart voor Brabant', 'Raad voor de Kinderbescherming Den Bosch', 'Gedragswetenschapper Koraal'])])
    S('Gezinssamenstelling', [], table)
    S('Wat is er nu onveilig', ['Zorgen', 'Onveiligheid'], body['zorgen'])
    if rnd.random() < 0.5: S('Patroon', ['Patroon uit het verleden'], [rnd.choice(['Sinds 2021 drie meldingen bij Veilig Thuis.', 'Moeder groeide zelf op in een pleeggezin in %s.' % v, 'Eerder huisverbod in 2023.'])])
    S('Krachten en beschermende factoren', ['Krachten'], body['krachten'])
    if any(x[3] == 'COMMENT author=Wendy Hendriks' for x in dirty_items) or rnd.random() < 0.3:
        pass
    S('Risicofactoren', [], body['risico'])
    S('Stem van de jeugdige', ['Wat zegt de jeugdige'], body['stemj'])
    S('Stem van ouders en verzorgers', ['Stem van ouders'], body['stemo'])
    S('Visie van de inbrenger', ['Visie inbrenger'], body['visie'])
    S('Veiligheidsscore', ['Score'], ['Inbrenger: %d. Moeder: %d.' % (rnd.randint(2, 5), rnd.randint(5, 9))])
    S('Betrokken hulpverlening', [], body['betrokken'])
    if rnd.random() < 0.4: out.append('Persoonsgegevens:\n' + rnd.choice(['n.v.t.', '-', 'niet invullen bij inbreng']))
    if not any(b.startswith('[COMMENT') for b in after) and rnd.random() < 0.4:
        after.append('[COMMENT author=%s]\n%s' % (rnd.choice(['Voorzitter VHT (Zi2T)', 'Vaste deelnemer %s' % g, 'Gedragswetenschapper Toegang']), 'Graag score van de jeugdige toevoegen.'))
    if 'FOOTNOTE' not in used and rnd.random() < 0.3: after.append('[FOOTNOTE]\n1) Bron: rapportage Veilig Thuis van %s.' % d1)
    if 'TRACKED-DELETION' not in used and rnd.random() < 0.3: after.append('[TRACKED-DELETION]\nInbrenger: 4.')
    if 'ALT' not in used and rnd.random() < 0.3: after.append('[ALT]\nTekening Drie Huizen van %s' % kids[0][0])
    if 'FOOTER' not in used and rnd.random() < 0.3: after.append('[FOOTER]\nPagina 1 van 3 - %s' % ib[2].format(g=g))
    if 'MAIL-BODY' not in used and rnd.random() < 0.2: after.append('[MAIL-BODY]\nBeste voorzitter, hierbij de kaart voor het VHT van %s.' % rnd.choice(['dinsdag', 'donderdag']))
    # place comments/other after-blocks in the middle sometimes
    res = out + after
    return '\n\n'.join(res) + '\n'

rows = []
order = list(range(30)); rnd.shuffle(order)
for n in range(1, 61):
    if n <= 45:
        txt = card(n, []); notes = '-'
    else:
        k = n - 46; items = [DIRTY[order[2 * k]], DIRTY[order[2 * k + 1]]]
        if items[0][3] == 'cover' or items[1][3] == 'cover': pass
        txt = card(n, items)
        notes = '; '.join('%s "%s" @ %s' % (x[0], x[1], x[2]) for x in items)
    open(os.path.join(OUT, 'card-%02d.txt' % n), 'w', encoding='utf-8', newline='\n').write(txt)
    rows.append('card-%02d.txt\t%s\t%s' % (n, 'CLEAN' if n <= 45 else 'DIRTY', notes))
open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n').write('file\texpect\tnotes\n' + '\n'.join(rows) + '\n')
