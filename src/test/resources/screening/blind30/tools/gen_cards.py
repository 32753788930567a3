#!/usr/bin/env python3
"""Generates ../cards/card-01.txt .. card-60.txt and ../cards/cards.tsv (fixed seed).
Run: python3 tools/gen_cards.py"""
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import make_bsn, make_iban, group4

rng = random.Random(303030)
CDIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'cards')
os.makedirs(CDIR, exist_ok=True)

GEMEENTEN = ['Dordrecht', 'Zwijndrecht', 'Sliedrecht', 'Papendrecht', 'Gorinchem', 'Hardinxveld-Giessendam',
             'Hoeksche Waard', 'Goeree-Overflakkee', 'Hellevoetsluis', 'Nissewaard', 'Voorne aan Zee', 'Alblasserdam']
TEAM = {'Dordrecht': 'Sociaal Team Dordrecht', 'Zwijndrecht': 'wijkteam Zwijndrecht', 'Sliedrecht': 'Sociaal Team Sliedrecht',
        'Papendrecht': 'wijkteam Papendrecht', 'Gorinchem': 'Sociaal Team Gorinchem',
        'Hardinxveld-Giessendam': 'Sociaal Team Hardinxveld-Giessendam', 'Hoeksche Waard': 'Sociaal Team Hoeksche Waard',
        'Goeree-Overflakkee': 'CJG Goeree-Overflakkee', 'Hellevoetsluis': 'wijkteam Hellevoetsluis',
        'Nissewaard': 'Wijkteam Spijkenisse', 'Voorne aan Zee': 'CJG Voorne aan Zee', 'Alblasserdam': 'Sociaal Team Alblasserdam'}
PLACES = {'Dordrecht': ['Crabbehof', 'Wielwijk', 'Sterrenburg', 'Dubbeldam'], 'Zwijndrecht': ['Walburg', 'Heerjansdam'],
          'Sliedrecht': ['Sliedrecht-Oost', 'Baanhoek'], 'Papendrecht': ['Oostpolder', 'Wilgendonk'],
          'Gorinchem': ['Lingewijk', 'Dalem'], 'Hardinxveld-Giessendam': ['Boven-Hardinxveld', 'Neder-Hardinxveld'],
          'Hoeksche Waard': ['Oud-Beijerland', "'s-Gravendeel", 'Strijen', 'Numansdorp', 'Klaaswaal', 'Puttershoek'],
          'Goeree-Overflakkee': ['Middelharnis', 'Ouddorp', 'Den Bommel', "Stad aan 't Haringvliet"],
          'Hellevoetsluis': ['Nieuwenhoorn', 'Kooistee'], 'Nissewaard': ['Spijkenisse', 'Hekelingen', 'Zuidland'],
          'Voorne aan Zee': ['Brielle', 'Rockanje', 'Oostvoorne'], 'Alblasserdam': ['Alblasserdam', 'Kinderdijk']}
INBRENGERS = ['Marloes Vink', 'Tessa Hobbelink', 'Orhan Yavuz', 'Linda Kortleve', 'Priscilla Doran', 'Ruud Vlasblom',
              'Saskia Heijboer', 'Ahmed Benali', 'Femke Lokhorst', 'Monique Taal', 'Dennis Goedegebure', 'Esther Mijnders',
              'Naima Bouzid', 'Wouter Schelling', 'Ilona Visscher', 'Gert-Jan Smits', 'Hatice Uçar', 'Jolanda Neeleman']
FUNCTIES = ['jeugdconsulent', 'gezinscoach', 'casemanager', 'gezinsvoogd', 'casusregisseur', 'medewerker onderzoek']
VASTE = ['Marjolein Pols', 'Hans Lagendijk', 'Kübra Demir', 'Rik Verboom', 'Anja Bestebreur', 'Ricardo Semedo Varela']
GEDRAGS = ['Nienke Oostdam (orthopedagoog)', 'Jeroen Hakkesteegt (GZ-psycholoog)', 'Merel Zuidweg (gedragswetenschapper)']
INITIALS = 'ABDEFHJKLMNRSTVYZ'
ORIGINS = ['Kaapverdiaanse', 'Antilliaanse', 'Somalische', 'Turkse', 'Afghaanse', 'Oekraïense', 'Nederlandse',
           'Curaçaose', 'Nederlands-Turkse', 'Nederlands-Kaapverdiaanse']
ZORGEN = [
 'Vader slaat moeder als hij gedronken heeft; de kinderen zijn er bij. Laatste incident op {d1}, politie ter plaatse.',
 'Moeder is depressief en komt haar bed niet uit; {i} zorgt voor de jongere kinderen.',
 '{i} verzuimt sinds de herfstvakantie; school heeft {h} uur ongeoorloofd verzuim gemeld.',
 'Er is sprake van huiselijk geweld tussen ouders, ook na de scheiding. Overdrachtsmomenten escaleren.',
 'Het consultatiebureau ziet onvoldoende groei bij de baby; controle op {d1} liet gewichtsverlies zien.',
 '{i} heeft op school verteld dat zij met een riem wordt geslagen. Blauwe plekken gezien op {d1}.',
 'Moeder gebruikt cannabis en alcohol; de kinderen worden ’s avonds alleen gelaten.',
 'Zorgen over meisjesbesnijdenis bij de zomervakantie naar het land van herkomst.',
 'Vader heeft dreigende berichten gestuurd en staat ’s nachts voor de deur (melding politie {d1}).',
 'Oorlogstrauma bij moeder; zij reageert paniekerig en schreeuwt tegen de kinderen.',
 '{i} heeft zelfbeschadiging op de armen; zij zegt dat thuis niemand het merkt.',
 'Er is een huisuitzetting aangekondigd wegens huurschuld en overlast (Woonkracht10 / Trivire).',
 '{i} wordt vaak laat opgehaald van de opvang, soms door onbekende volwassenen.',
 'Er zijn zorgen over eergerelateerd geweld: {i} mag niet zonder broer naar buiten.',
]
KRACHTEN = [
 'Moeder komt elke afspraak met het wijkteam na en belt zelf als het misgaat.',
 'Oma van moederskant woont dichtbij en is een vaste opvangplek.',
 'De kinderen gaan graag naar school; de mentor is een vertrouwenspersoon.',
 '{i} sport drie keer per week bij de voetbalvereniging in {p}.',
 'Vader heeft zich aangemeld bij Tactus en is gestart met behandeling.',
 'Er is een betrokken netwerk vanuit de kerk en de moskee.',
 'Ouders willen allebei het beste voor de kinderen en zeggen dat ook.',
 'Moeder heeft een veiligheidsplan gemaakt met Sterk Huis.',
]
RISICO = [
 'Schulden, krappe huisvesting, weinig netwerk in Nederland.',
 'Verslaving vader, eerdere meldingen bij Veilig Thuis Zuid-Holland Zuid (2023, 2025).',
 'Psychiatrische problematiek moeder, wachtlijst Yulius.',
 'Taalbarrière, verblijfsstatus onzeker, isolement.',
 'Licht verstandelijke beperking moeder, wisselende partners.',
 'Eigen jeugdgeschiedenis van ouders met geweld; vader zat zelf in een gezinshuis.',
]
STEM_J = [
 '{i} ({a} jaar): "Ik wil gewoon dat het rustig is thuis."',
 '{i} ({a} jaar) zegt dat ze het liefst bij oma woont. "Daar schreeuwt niemand."',
 '{i} ({a}) wil niet praten over thuis, wel over voetbal. Gesprek op school, samen met de mentor.',
 '{i} ({a} jaar): "Papa is niet altijd boos. Alleen als hij bier drinkt."',
 '{i} ({a} jaar) tekende met de Drie Huizen: in het huis van de zorgen staan ruzie en politie.',
 '{i} ({a}): "ik ben bang dat ze mama meenemen." Gesproken met tolk Oekraïens.',
]
STEM_J_BABY = ['{i} is {a} jaar; geobserveerd tijdens het huisbezoek: zoekt troost bij moeder, schrikt van harde geluiden.',
               '{i} ({a} jaar) is te jong voor een gesprek; de pedagogisch medewerker van de opvang ziet een teruggetrokken kind.']
STEM_O = [
 'Moeder: "Ik doe mijn best, maar ik sta er alleen voor." Vader: "Het wordt opgeblazen door school."',
 'Moeder erkent de zorgen en wil hulp. Vader wil niet meewerken en was niet bij het gesprek.',
 'Ouders zeggen dat het beter gaat sinds de verhuizing. Ze willen geen Jeugdbescherming.',
 'Moeder (via tolk): "Hier is het veilig, in ons land was het oorlog. Ik weet niet hoe het moet met de school."',
 'Vader: "Mijn kinderen zijn mijn leven." Moeder: "Hij is lief als hij niet drinkt."',
]
VISIE = [
 'De onveiligheid houdt aan ondanks vrijwillige hulp. Ik twijfel of dit traject nog voldoende is.',
 'Er is te weinig zicht op de veiligheid van de jongste kinderen; ouders zijn wisselend bereikbaar.',
 'Moeder werkt goed mee, maar de dreiging van vader is niet weg. Er is een sterker kader nodig.',
 'De zorgen stapelen zich op; een interventiegesprek met de Raad lijkt passend.',
]
VRAAG = [
 'Wij vragen het VHT: kan het vrijwillig kader blijven, of moet de Raad erbij voor een interventiegesprek?',
 'Graag advies over de volgende stap: is een verzoek tot raadsonderzoek nodig?',
 'Wat is nodig om de veiligheid van de baby te borgen? Welke partner neemt de regie?',
 'Advies over de beëindiging van de OTS: is de veiligheid voldoende geborgd?',
]
SOORT = ['Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Overdracht']
HULP = ['Veilig Thuis Zuid-Holland Zuid', 'Jeugdbescherming west', 'Youz', 'Yulius', 'Enver', 'Sterk Huis', 'Rivas',
        'Dienst Gezondheid & Jeugd (JGZ)', 'Albert Schweitzer ziekenhuis (kinderarts)', 'Beatrixziekenhuis (kinderarts)',
        'Van Weel-Bethesda (SEH)', 'huisarts', 'Tactus', 'Kredietbank Drechtsteden', 'Prins Willem-Alexander school']

LABELS = {
 'datum': ['Datum', 'Datum inbreng'], 'soort': ['Soort inbreng', 'Type inbreng'],
 'jeugdige': ['Jeugdige (voorletter en geboortejaar)', 'Jeugdige', 'Jeugdige(n)'],
 'inbrenger': ['Inbrenger', 'Inbrenger (naam, functie, organisatie)'], 'vaste': ['Vaste deelnemer'],
 'gemeente': ['Verantwoordelijke gemeente', 'Gemeente'], 'gedrags': ['Gedragsdeskundige geraadpleegd', 'Gedragswetenschapper geraadpleegd'],
 'geinf': ['Geïnformeerd en gesproken', 'Wie is wanneer geïnformeerd'], 'instemming': ['Instemming betrokkenen', 'Instemming'],
 'vraag': ['Vraag aan het VeiligheidsTeam', 'Vraag aan het VHT', 'Hulpvraag aan het VHT'], 'experts': ['Uit te nodigen experts'],
 'gezin': ['Gezinssamenstelling'], 'zorgen': ['Wat is er nu onveilig', 'Zorgen', 'Onveiligheid'], 'patroon': ['Patroon', 'Patroon uit het verleden'],
 'krachten': ['Krachten en beschermende factoren', 'Krachten'], 'risico': ['Risicofactoren'],
 'stemj': ['Stem van de jeugdige', 'Wat zegt de jeugdige'], 'stemo': ['Stem van ouders en verzorgers', 'Stem van ouders'],
 'visie': ['Visie van de inbrenger', 'Visie inbrenger'], 'score': ['Veiligheidsscore', 'Score'], 'hulp': ['Betrokken hulpverlening'],
 'pg': ['Persoonsgegevens'],
}

def dt(day, month, year=2026, style=0):
    return ['%02d-%02d-%d' % (day, month, year), '%d-%d-%d' % (day, month, year), '%d-%02d-%02d' % (year, month, day),
            '%d %s %d' % (day, ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september',
                                'oktober', 'november', 'december'][month - 1], year)][style]

# DIRTY items per card: two (CATEGORY, value, place-note, where)
bsn = [make_bsn(rng) for _ in range(3)]
ib = [make_iban(rng, b) for b in ('RABO', 'INGB', 'ABNA')]
DIRTY = {
 46: [('NAME', 'Roberto Fortes', 'body (Zorgen)', 'zorgen'), ('PHONE', '06-38114927', 'footer', 'footer')],
 47: [('BSN', bsn[0], 'table row (Gezinssamenstelling)', 'gezin_row'), ('NAME', 'Sevda Karaca', 'comment author', 'comment_author')],
 48: [('BIRTHDATE', '19-04-2013', 'cover value (Jeugdige)', 'jeugdige'), ('ADDRESS', 'Bosboom-Toussaintplein 17', 'mail body', 'mail_body')],
 49: [('NAME', 'Hibaaq Osman', 'property (title)', 'prop_title'), ('POSTCODE', '3317 AH', 'header', 'header')],
 50: [('EMAIL', 'kovalenko.oksana@gmail.com', 'body (Stem van ouders)', 'stemo'), ('NAME', 'Taras', 'tracked deletion', 'tracked')],
 51: [('IBAN', group4(ib[0]), 'footnote', 'footnote'), ('NAME', 'Arie Kloos', 'body (Krachten)', 'krachten')],
 52: [('NAME', 'GÜLŞEN', 'mail subject', 'mail_subject'), ('ID_NUMBER', 'VT-2026-204117', 'body (Patroon)', 'patroon')],
 53: [('URL', 'https://www.instagram.com/dirk.boer.sld', 'comment text', 'comment_text'), ('NAME', 'van Wijngaarden', 'file name', 'filename')],
 54: [('NAME', 'Zahra', 'alt text', 'alt'), ('PHONE', '078 613 20 44', 'table row (Betrokken hulpverlening)', 'hulp_row')],
 55: [('ADDRESS', 'Dorpsstraat 61', 'body (Gezinssamenstelling)', 'gezin'), ('NAME', 'Kloosterboer', 'property (company)', 'prop_company')],
 56: [('NAME', 'Jorinde', 'body (Stem van de jeugdige)', 'stemj'), ('BSN', bsn[1][:3] + '.' + bsn[1][3:6] + '.' + bsn[1][6:], 'mail body', 'mail_body')],
 57: [('NAME', 'mevrouw Baan'[8:], 'body (Visie inbrenger)', 'visie'), ('IBAN', ib[1], 'comment text', 'comment_text')],
 58: [('POSTCODE', '3262 RJ', 'body (Geïnformeerd)', 'geinf'), ('NAME', 'Mustafa Yılmaz', 'footer', 'footer')],
 59: [('ID_NUMBER', 'C/10/671204', 'footnote', 'footnote'), ('NAME', 'Ayaan Warsame', 'cover value (Instemming)', 'instemming')],
 60: [('NAME', 'Nadiya', 'body (Risicofactoren)', 'risico'), ('EMAIL', 'gezin.sterk@hotmail.com', 'file name', 'filename')],
}

def inject(where, val, ctx):
    """Return a line or block containing val for the given place."""
    i = ctx['i']
    return {
     'zorgen': 'Stiefvader %s heeft op %s de deur ingetrapt.' % (val, ctx['d1']),
     'footer': 'Vragen? Bel %s (vader, alleen na 17 uur)' % val if val[0] == '0' else 'Opgesteld in overleg met %s' % val,
     'gezin_row': '| jongste | BSN %s | thuis |' % val,
     'comment_author': val,
     'jeugdige': '%s (%s)' % (i, val),
     'mail_body': {'A': 'Hoi, kaart in de bijlage. Moeder woont inmiddels op %s. Groet' % val}.get('A') if not val[0].isdigit()
                  else 'Beste voorzitter, bij deze de kaart. BSN van de jongste: %s (voor de Raad). Met vriendelijke groet' % val,
     'prop_title': 'VHK %s en kinderen - Eerste inbreng' % val,
     'header': 'VERTROUWELIJK - gezin wonend in %s' % val,
     'stemo': 'Moeder wil de kaart ontvangen op %s.' % val,
     'tracked': '%s (stiefvader) weigert elk contact.' % val,
     'footnote': {'IBAN': '1) Leefgeld via bewindvoerder naar rekening %s.' % val,
                  'ID_NUMBER': '1) OTS uitgesproken onder zaaknummer %s.' % val}.get(ctx['cat'], ''),
     'krachten': 'Opa %s uit Sliedrecht is een steunfiguur voor de kinderen.' % val,
     'mail_subject': 'RE: VHK gezin %s - graag inplannen' % val,
     'patroon': 'Eerdere melding bij Veilig Thuis, dossier %s, afgesloten in 2025.' % val,
     'comment_text': {'URL': 'Zie ook zijn filmpjes: %s' % val, 'IBAN': 'Toeslagen gaan naar %s, klopt dat?' % val}.get(ctx['cat'], ''),
     'filename': 'VHK gezin %s %s.docx' % (val, ctx['d0'].replace('-', '')) if '@' not in val else 'VHK doorsturen aan %s.docx' % val,
     'alt': 'Afbeelding: %s heeft zichzelf getekend naast een politieauto.' % val,
     'hulp_row': '| opa (vaderskant) | %s | belt bij zorgen |' % val,
     'gezin': 'Moeder en de kinderen wonen sinds de zomer op %s in Ouddorp.' % val,
     'prop_company': 'Fam. %s' % val,
     'stemj': 'Volgens %s, de oudste zus, durft %s niet meer naar huis.' % (val, i),
     'visie': 'Ik maak me zorgen over de invloed van oma %s op de opvoeding.' % val,
     'geinf': 'vader - brief naar postcode %s, geen reactie' % val,
     'instemming': 'Ja, moeder stemt in; %s (vader) is ook akkoord.' % val,
     'risico': 'De nieuwe vriendin van vader, %s, heeft zelf een OTS-verleden.' % val,
    }[where]

lines_tsv = ['file\texpect\tnotes']
for n in range(1, 61):
    dirty = DIRTY.get(n, [])
    where = {w: (c, v) for c, v, p, w in dirty}
    gem = GEMEENTEN[n % len(GEMEENTEN)]
    place = rng.choice(PLACES[gem])
    style = rng.choice(['plain', 'numbered', 'caps'])
    dstyle = rng.randrange(4)
    month = rng.choice([10, 11, 12])
    day = rng.randint(7, 28)
    d0 = dt(day, month, 2026, dstyle)
    d1 = dt(rng.randint(7, 28), month - 1, 2026, rng.randrange(4))
    d2 = dt(rng.randint(7, 28), month - 1, 2026, rng.randrange(4))
    nyouth = rng.choice([1, 1, 2, 2, 3])
    years = sorted(rng.sample(range(2008, 2026), nyouth))
    if years[0] > 2018: years = sorted([rng.randint(2008, 2018)] + years[1:])
    inits = rng.sample(INITIALS, nyouth)
    youths = list(zip(inits, years))
    if n == 48: youths[0] = (youths[0][0], 2013)  # matches the full birth date injected on the cover
    i0 = '%s.' % youths[0][0]
    ctx = {'i': i0, 'd0': dt(day, month, 2026, 0), 'd1': d1}
    inbr = INBRENGERS[n % len(INBRENGERS)]
    org = rng.choice([TEAM[gem], TEAM[gem], 'Veilig Thuis Zuid-Holland Zuid', 'Jeugdbescherming west'])
    out = []
    def special(tag, text): out.append('[%s]\n%s\n' % (tag, text))
    cnt = [0]
    def sec(key, *vals):
        cnt[0] += 1
        lab = rng.choice(LABELS[key])
        if style == 'numbered': lab = '%d. %s' % (cnt[0], lab)
        elif style == 'caps': lab = lab.upper()
        body = [v for v in vals if v]
        if key in where:
            c, v = where[key]; ctx['cat'] = c; body.append(inject(key, v, ctx))
        out.append('%s:\n%s\n' % (lab, '\n'.join(body)))
    def maybe(w):
        if w in where:
            c, v = where[w]; ctx['cat'] = c; return inject(w, v, ctx)
        return None

    if maybe('mail_subject') or n % 7 == 0:
        special('MAIL-SUBJECT', maybe('mail_subject') or 'VHK %s %s ter bespreking' % (gem, i0))
    if maybe('mail_body') or n % 9 == 0:
        special('MAIL-BODY', maybe('mail_body') or 'Goedemorgen,\nHierbij de kaart voor het VHT. Instemming is besproken met ouders.\nGroet, %s' % org)
    if maybe('filename') or n % 5 == 0:
        special('FILENAME', maybe('filename') or 'VHK_%s_%s%s.docx' % (gem.replace(' ', ''), youths[0][0], youths[0][1]))
    if maybe('prop_title') or n % 4 == 0:
        special('PROPERTY title', maybe('prop_title') or 'Veiligheidskaart %s (%d)' % (i0, youths[0][1]))
    if maybe('prop_company') or n % 6 == 0:
        special('PROPERTY company', maybe('prop_company') or org)
    if maybe('header') or n % 3 == 0:
        special('HEADER', maybe('header') or 'VHK - VERTROUWELIJK - %s' % gem.upper())

    sec('datum', d0)
    sec('soort', SOORT[n % 4] if n % 3 else 'Eerste inbreng')
    jl = ['%s (%d)' % (a + '.', y) if k == 0 else rng.choice(['broertje ', 'zusje ', '']) + '%s. (%d)' % (a, y)
          for k, (a, y) in enumerate(youths)]
    if 'jeugdige' in where:
        jl[0] = inject('jeugdige', where['jeugdige'][1], ctx)
    out.append('%s:\n%s\n' % ((('%d. ' % (cnt[0] + 1)) if style == 'numbered' else '') +
                              ('JEUGDIGE' if style == 'caps' else 'Jeugdige(n)'), '\n'.join(jl)))
    cnt[0] += 1
    sec('inbrenger', '%s, %s, %s' % (inbr, rng.choice(FUNCTIES), org))
    sec('vaste', '%s, %s' % (VASTE[n % len(VASTE)], rng.choice([TEAM[gem], 'Veilig Thuis Zuid-Holland Zuid'])))
    sec('gemeente', gem)
    if n % 2: sec('gedrags', 'Ja, %s, op %s' % (GEDRAGS[n % 3], d2))
    sec('geinf', 'moeder - huisbezoek %s, %s' % (place, d2),
        '%s op school gesproken (%s), mentor erbij' % (i0, d1), rng.choice(['vader belde terug, kort gesproken', 'vader niet bereikt, brief gestuurd',
                                                               'JGZ-verpleegkundige weet ervan']))
    if n % 8 == 0:
        sec('instemming', 'Nee. Vader weigert bespreking omdat hij de hulpverlening wantrouwt. '
                          'Inbrenger brengt toch in: de veiligheid van de kinderen is acuut in het geding.')
    else:
        sec('instemming', rng.choice(['Ja, ouders en %s stemmen in.' % i0, 'Ja (moeder mondeling, vader per WhatsApp).',
                                      'Ja, beide gezaghebbende ouders.']))
    sec('vraag', rng.choice(VRAAG))
    if n % 4 == 1: sec('experts', rng.choice(['Raad voor de Kinderbescherming', 'Jeugdarts DG&J', 'Sterk Huis (expertise eergerelateerd geweld)']))
    origin = rng.choice(ORIGINS)
    my = rng.randint(1975, 1998)
    fam = ['Moeder (%d), vader (%d), %s. Gezin met een %s achtergrond, woont in %s.' % (
        my, rng.randint(1970, 1995), ', '.join(jl if 'jeugdige' not in where else ['%s (%d)' % (a + '.', y) for a, y in youths]),
        origin, place)]
    if n % 3 == 0 or 'gezin_row' in where:
        fam += ['| rol | geboortejaar | woont |', '| moeder | %d | thuis |' % my]
        fam += ['| %s. | %d | thuis |' % (a, y) for a, y in youths]
        if 'gezin_row' in where: fam.append(maybe('gezin_row'))
    sec('gezin', *fam)
    zs = rng.sample(ZORGEN, 2)
    sec('zorgen', *['- ' + z.format(i=i0, d1=d1, h=rng.randint(12, 80)) for z in zs])
    if n % 3 != 1 or 'patroon' in where: sec('patroon', 'Eerdere meldingen bij Veilig Thuis in 2023 en 2025, telkens afgesloten na een veiligheidsplan.')
    sec('krachten', *[k.format(i=i0, p=place) for k in rng.sample(KRACHTEN, 2)])
    sec('risico', rng.choice(RISICO))
    st = []
    for a, y in youths:
        age = 2026 - y
        st.append((rng.choice(STEM_J) if age >= 8 else rng.choice(STEM_J_BABY)).format(i=a + '.', a=age))
    sec('stemj', *st)
    if maybe('alt') or n % 4 == 2:
        special('ALT', maybe('alt') or 'Foto van het werkblad van %s; bij de dromen staat een hond en een eigen kamer.' % i0)
    sec('stemo', rng.choice(STEM_O))
    if maybe('comment_author') or maybe('comment_text') or n % 5 == 1:
        author = maybe('comment_author') or rng.choice(['Gedragswetenschapper', 'Voorzitter VHT', 'Vaste deelnemer'])
        special('COMMENT author=%s' % author, maybe('comment_text') or 'Welk incident bedoel je hier? Datum erbij zetten aub.')
    sec('visie', rng.choice(VISIE))
    sc = rng.randint(2, 6)
    sec('score', 'inbrenger %d / moeder %d / %s %d (schaal 0-10)' % (sc, rng.randint(5, 9), i0, rng.randint(2, 7)))
    if maybe('tracked') or n % 6 == 3:
        special('TRACKED-DELETION', maybe('tracked') or 'score inbrenger eerst %d' % (sc + 1))
    hulp = rng.sample(HULP, 3)
    if n % 2 == 0 or 'hulp_row' in where:
        rows = ['| organisatie | rol |'] + ['| %s | betrokken |' % h for h in hulp]
        if 'hulp_row' in where: rows.append(maybe('hulp_row'))
        sec('hulp', *rows)
    else:
        sec('hulp', ', '.join(hulp) + '.')
    if maybe('footnote') or n % 7 == 4:
        special('FOOTNOTE', maybe('footnote') or '1) Zie de verwijsbrief van de huisarts van %s.' % d1)
    sec('pg', rng.choice(['n.v.t.', '-', 'niet invullen bij inbreng']))
    if maybe('footer') or n % 2 == 0:
        special('FOOTER', maybe('footer') or 'Veiligheidskaart versie %s - pagina 1 van 3' % d0)
    text = '\n'.join(out)
    with open(os.path.join(CDIR, 'card-%02d.txt' % n), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(text)
    notes = '; '.join('%s "%s" @ %s' % (c, v, p) for c, v, p, w in dirty) if dirty else '-'
    lines_tsv.append('card-%02d.txt\t%s\t%s' % (n, 'DIRTY' if dirty else 'CLEAN', notes))
with open(os.path.join(CDIR, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('\n'.join(lines_tsv) + '\n')
print('wrote 60 cards')
