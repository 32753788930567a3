#!/usr/bin/env python3
"""Generate ../cards/card-01.txt .. card-60.txt and cards.tsv for blind89 (fixed seed, reproducible).
01-45 CLEAN, 46-60 DIRTY with exactly 2 items each (see DIRTY below)."""
import os, random

HERE = os.path.dirname(os.path.abspath(__file__))
CDIR = os.path.join(HERE, '..', 'cards')
R = random.Random(89089)

# ------------------------------------------------------------------ professionals (cover fields only)
ORGS = [
    ('wijkteam', 'Dommelregio', ['casemanager', 'jeugd- en gezinswerker', 'gezinscoach']),
    ('wijkteam', 'Team Jeugd Eindhoven (WIJeindhoven)', ['generalist jeugd', 'casemanager']),
    ('wijkteam', 'wijkteam Veldhoven', ['jeugdconsulent', 'casemanager']),
    ('wijkteam', 'wijkteam Best', ['jeugdconsulent']),
    ('wijkteam', 'Zorgteam Kempengemeenten', ['casemanager', 'jeugdconsulent']),
    ('wijkteam', 'wijkteam Geldrop-Mierlo', ['gezinscoach']),
    ('wijkteam', 'Lumens, jeugd en gezin', ['maatschappelijk werker', 'gezinswerker']),
    ('vt', 'Veilig Thuis Zuidoost-Brabant', ['casemanager', 'aandachtsfunctionaris']),
    ('gi', 'Jeugdbescherming Brabant', ['jeugdbeschermer', 'gezinsvoogd']),
    ('gi', 'William Schrikker Stichting', ['jeugdbeschermer']),
    ('jgz', 'GGD Brabant-Zuidoost, JGZ', ['jeugdarts', 'jeugdverpleegkundige', 'jeugdarts KNMG']),
    ('res', 'Combinatie Jeugdzorg, locatie Eindhoven', ['persoonlijk begeleider', 'gedragswetenschapper']),
    ('res', 'Kempenhaeghe, kinderwoongroep', ['persoonlijk begeleider', 'orthopedagoog']),
]
PROFS = ['Marieke Kolen', 'Jeroen Panhuijsen', 'Hatice Demirci', 'Oumaima Zarrouk', 'Rik van de Ven', 'Anouk Timmermans',
         'Sunita Ramdin', 'Bas-Jan Verbeek', 'Liesbeth Scheepers', 'Youssra Haddou', 'Merel Swaans', 'Ricardo Mendes',
         'Annemiek Gijsbers', 'Femke Wijnen', 'Kaan Yurt', 'Lieke van Kemenade', 'Ming Zhou', 'Thomas Hurkmans',
         'Nicole Sterken', 'Esra Güneş', 'Wouter Biemans', 'Ilona Rovers', 'Arno Cuijpers', 'Debora Hailu',
         'Chantal Adriaans', 'Ravi Bhatia', 'Petra Leenders', 'Sjoerd-Jan Maas', 'Ana Rodrigues', 'Hye-jin Cho']
GEDRAG = ['Maud Vereijken (GZ-psycholoog)', 'Nienke Spierings (orthopedagoog generalist)', 'Samir Boukhari (gedragswetenschapper)',
          'Els Raaijmakers (GZ-psycholoog)', 'Linde Peeters (orthopedagoog)']
GEMEENTEN = ['Eindhoven', 'Veldhoven', 'Best', 'Waalre', 'Son en Breugel', 'Nuenen', 'Geldrop-Mierlo', 'Bergeijk',
             'Eersel', 'Bladel', 'Reusel-De Mierden', 'Oirschot', 'Valkenswaard']
WIJK = {'Eindhoven': ['Woensel-Noord', 'Woensel-Zuid', 'Strijp', 'Tongelre', 'Gestel', 'Stratum', 'Meerhoven'],
        'Veldhoven': ['Zeelst', 'Oerle', 'Meerveldhoven', "'t Look"], 'Best': ['Best-Centrum', 'Wilhelminadorp', 'Aarle'],
        'Waalre': ['Aalst', 'Waalre-dorp'], 'Son en Breugel': ['Son', 'Breugel'], 'Nuenen': ['Nuenen', 'Nederwetten', 'Gerwen'],
        'Geldrop-Mierlo': ['Geldrop', 'Mierlo', 'Coevering'], 'Bergeijk': ['Westerhoven', 'Riethoven', 'Luyksgestel'],
        'Eersel': ['Steensel', 'Knegsel', 'Vessem', 'Wintelre', 'Duizel'], 'Bladel': ['Hapert', 'Hoogeloon', 'Casteren', 'Netersel'],
        'Reusel-De Mierden': ['Reusel', 'Lage Mierde', 'Hooge Mierde', 'Hulsel'], 'Oirschot': ['Oirschot', 'Middelbeers', 'Oostelbeers', 'Spoordonk'],
        'Valkenswaard': ['Dommelen', 'Borkel en Schaft', 'Valkenswaard-centrum']}
LETTERS = 'ABDEFHIJKLMNOPRSTVWYZ'

# ------------------------------------------------------------------ family backgrounds (no names, no numbers)
BACK = {
 'india': ['Het gezin kwam in {y} uit Bangalore naar {w} voor het werk van vader bij een hightechbedrijf.',
           'Thuistaal Tamil en Engels; de kinderen gaan naar de International School Eindhoven.',
           'Grootmoeder van vaderszijde woont een half jaar per jaar in.'],
 'china': ['Vader werkt als ingenieur in Veldhoven, moeder is zonder werk sinds de verhuizing uit Shanghai.',
           'Thuistaal Mandarijn; een tolk is nodig voor moeder.', 'De familie in China belt dagelijks via video.'],
 'korea': ['Het gezin woont sinds {y} in {w}; vader is vaak voor zijn werk in Azië.',
           'Thuistaal Koreaans; J. spreekt Engels op school.', 'Er is weinig netwerk in Nederland, wel een Koreaanse kerkgemeenschap in Eindhoven.'],
 'portugal': ['Vader werkt als monteur via een uitzendbureau, moeder in de schoonmaak.',
              'Thuistaal Portugees; oma in Porto is belangrijk voor de kinderen.', 'Het gezin woont sinds {y} in {w}.'],
 'spain': ['Moeder kwam in {y} uit Valencia voor een baan op de High Tech Campus.',
           'Thuistaal Spaans en Nederlands.', 'De vader van de kinderen woont in Spanje en heeft beeldbelcontact.'],
 'brabant': ['Het gezin woont al generaties in {w}; de familie woont in de buurt.',
             'Vader zegt over de zorgen: "Ge moet nie overdrijven, da komt wel goed."', 'Veel steun van de familie, maar ook veel bemoeienis.'],
 'turkey': ['Het gezin woont in {w}; de grootouders wonen in dezelfde wijk.', 'Thuistaal Turks en Nederlands; moeder volgt een taalcursus.',
            'De familie is betrokken via de moskee in Woensel.'],
 'morocco': ['Het gezin woont in {w}; vader werkt in ploegendienst.', 'Thuistaal Tarifit en Nederlands.',
             'Ooms en tantes wonen in Eindhoven en Best.'],
 'eritrea': ['Moeder kwam in {y} als vluchteling naar Nederland, de kinderen kwamen later via gezinshereniging.',
             'Thuistaal Tigrinya; een tolk is bij elk gesprek nodig.', 'Steun vanuit de Eritrese kerkgemeenschap in Eindhoven.'],
}

# ------------------------------------------------------------------ themes
THEMES = {
 'huiselijk': dict(
   zorgen=['Op {d1} kwam de politie na een melding van buren: ruzie met geschreeuw en gebonk, de kinderen waren thuis.',
           '{J} vertelt op school dat vader moeder heeft geduwd tegen de keukenkast.',
           'Moeder had op {d2} een blauwe plek in het gezicht; ze zegt dat ze gevallen is.',
           'Na het incident van {d1} is er een tijdelijk huisverbod opgelegd van tien dagen.'],
   risico=['Alcoholgebruik van vader in het weekend.', 'Financiële stress na baanverlies.', 'Beperkt netwerk in Nederland.',
           'Eerdere meldingen bij Veilig Thuis Zuidoost-Brabant.'],
   krachten=['Moeder zoekt zelf hulp en heeft de huisarts ingelicht.', 'De kinderen hebben een veilige plek bij de grootouders.',
             'Vader erkent dat het "uit de hand liep" en wil naar een cursus agressieregulatie.'],
   vraag='Is vrijwillige hulp nog voldoende, of adviseert het VHT een interventiegesprek met de Raad voor de Kinderbescherming?'),
 'jgz': dict(
   zorgen=['Op het spreekuur van {d1} zag de jeugdarts een afbuigende groeicurve en vermoeidheid.',
           '{J} komt zonder ontbijt op school en verzamelt eten uit de prullenbak.',
           'Afspraken bij de JGZ en de kinderarts worden herhaaldelijk gemist (laatste op {d2}).',
           'Tandarts signaleert ernstige cariës; behandeling is nooit opgestart.'],
   risico=['Psychische problemen van moeder, onvoldoende behandeld.', 'Vader is vaak weg voor werk.',
           'Schulden; er is geen geld voor boodschappen aan het eind van de maand.', 'Ouders zien het probleem niet.'],
   krachten=['Ouders komen wel naar het spreekuur als school meegaat.', 'De school biedt dagelijks ontbijt aan.',
             'Een tante let na school op de kinderen.'],
   vraag='Wij vragen advies: is de basiszorg voldoende gewaarborgd en welke partij neemt de regie?'),
 'vim': dict(
   zorgen=['Op de groep escaleert {J} steeds vaker; sinds de zomer zijn er vijf VIM-meldingen.',
           'Na bezoek van vader in het weekend is {J} dagen ontregeld en agressief.',
           '{J} is op {d2} weggelopen van de groep en om middernacht door de politie teruggebracht.',
           'Er zijn zorgen over contact met oudere jongens die {J} meenemen naar het centrum van Eindhoven.'],
   risico=['Traumageschiedenis en hechtingsproblematiek.', 'Onvoorspelbaar contact met ouders.',
           'Online contact met onbekende volwassenen.', 'Middelengebruik (cannabis).'],
   krachten=['{J} heeft een goede band met de persoonlijk begeleider.', 'Moeder komt trouw op bezoek en houdt zich aan afspraken.',
             '{J} gaat graag naar de dagbesteding en doet het daar goed.'],
   vraag='Welke afspraken zijn nodig rond het bezoek van vader, en is een gesloten plaatsing aan de orde?'),
 'school': dict(
   zorgen=['{J} verzuimt structureel: sinds {d1} meer dan veertig lesuren ongeoorloofd.',
           '{J} heeft op school gezegd dat het "thuis niet meer gaat" en dat hij niet naar huis wil.',
           'Er zijn zorgen over zelfbeschadiging: de mentor zag op {d2} snijwonden op de onderarm.',
           'Leerplicht heeft ouders opgeroepen; ouders kwamen niet.'],
   risico=['Ouders in een vechtscheiding, de kinderen worden erin betrokken.', 'Somberheid van {J}.',
           'Vader dreigt de kinderen mee te nemen naar het buitenland.', 'Geen vaste dagstructuur thuis.'],
   krachten=['{J} praat openlijk met de mentor.', 'Beide ouders willen het beste voor de kinderen.',
             '{J} sport drie keer per week en heeft daar vrienden.'],
   vraag='Hoe krijgen we zicht op de veiligheid thuis, en is een melding bij Veilig Thuis nodig?'),
 'eer': dict(
   zorgen=['{J} zegt dat de familie een huwelijk regelt in het land van herkomst.',
           '{J} mag niet naar buiten zonder broer; telefoon wordt gecontroleerd.',
           'Op {d1} kwam {J} met een gezwollen lip op school na ruzie over een vriendje.'],
   risico=['Druk van de familie in het land van herkomst.', 'Geïsoleerde positie van moeder.', 'Geplande reis in de zomervakantie.'],
   krachten=['{J} heeft een vertrouwensband met de zorgcoördinator.', 'Moeder steunt {J} in stilte.'],
   vraag='Advies gevraagd over de veiligheid van J. en of een beschermingsmaatregel nodig is.'),
}

STEMJ_POOL = {
 'nl': ['"Ik wil gewoon dat het thuis rustig is."', '"Als ze ruziemaken zet ik mijn koptelefoon op."',
        '"Ik ben niet bang voor papa, ik ben bang dát het gebeurt."', '"Op de groep is het saai, maar wel rustig."',
        '"Niemand vraagt wat ík wil."', '"Ik wil terug naar huis, echt."'],
 'dial': ['"Ge moet nie denken dat ik bang ben, mar ik slaap wel slecht."', "\"Thuis is 't gewoon nie leuk meer, houdoe.\""],
 'en': ['"I just want them to stop fighting." (gesproken in het Engels)', '"My parents don\'t know I told the teacher." (in het Engels)'],
}
STEMO_POOL = ['Moeder: "Ik doe mijn best, maar ik sta er alleen voor."', 'Vader: "Het valt allemaal wel mee, de school overdrijft."',
              'Moeder wil hulp, vader wil eerst zelf met het wijkteam praten.', 'Ouders: "Wij willen geen gedoe met instanties."',
              'Vader (via tolk): "In onze cultuur lossen we dit binnen de familie op."', 'Moeder: "Hedde gij ooit drie kinderen alleen gehad?"',
              'Moeder: "Ik wil dat hij stopt met drinken, meer niet."', 'Beide ouders stemmen in met een veiligheidsplan.']
VISIE_POOL = ['De onveiligheid is acuut genoeg om niet langer te wachten.', 'Er is veel bereidheid, maar te weinig zicht op verandering.',
              'Vrijwillige hulp loopt vast; ik verwacht dat drang nodig is.', 'De basisveiligheid is nu geborgd, de zorgen op lange termijn niet.',
              'Ik mis de stem van vader in het geheel; eerst moet dat gesprek plaatsvinden.']
HULP_POOL = ['GGzE', 'Lumens', 'Catharina Ziekenhuis (kinderarts)', 'Máxima MC (kinderarts)', 'Kempenhaeghe', 'huisarts',
             'International School Eindhoven', 'Summa College', 'Augustinianum', 'Sint-Joriscollege', 'Christiaan Huygens College',
             'Van Maerlantlyceum', 'Lorentz Casimir Lyceum', 'Woonbedrijf', 'Trudo', "'thuis", 'Wooninc', 'Politie Oost-Brabant',
             'Novadic-Kentron', 'Veilig Thuis Zuidoost-Brabant', 'Jeugdbescherming Brabant', 'Korein kinderopvang']

LABELS = {
 'datum': ['Datum', 'Datum inbreng'], 'soort': ['Soort inbreng', 'Type inbreng'],
 'jeugdige': ['Jeugdige (voorletter en geboortejaar)', 'Jeugdige', 'Jeugdige(n)'],
 'inbrenger': ['Inbrenger', 'Inbrenger (naam, functie, organisatie)'], 'vaste': ['Vaste deelnemer'],
 'gemeente': ['Verantwoordelijke gemeente', 'Gemeente'], 'gedrag': ['Gedragsdeskundige geraadpleegd', 'Gedragswetenschapper geraadpleegd'],
 'geinf': ['Geïnformeerd en gesproken', 'Wie is wanneer geïnformeerd'], 'instemming': ['Instemming betrokkenen', 'Instemming'],
 'vraag': ['Vraag aan het VeiligheidsTeam', 'Vraag aan het VHT', 'Hulpvraag aan het VHT'], 'experts': ['Uit te nodigen experts', 'Experts'],
 'gezin': ['Gezinssamenstelling'], 'zorgen': ['Wat is er nu onveilig', 'Zorgen', 'Onveiligheid'], 'patroon': ['Patroon', 'Patroon uit het verleden'],
 'krachten': ['Krachten en beschermende factoren', 'Krachten'], 'risico': ['Risicofactoren'],
 'stemj': ['Stem van de jeugdige', 'Wat zegt de jeugdige'], 'stemo': ['Stem van ouders en verzorgers', 'Stem van ouders'],
 'visie': ['Visie van de inbrenger', 'Visie inbrenger'], 'score': ['Veiligheidsscore', 'Score'],
 'hulp': ['Betrokken hulpverlening'], 'pg': ['Persoonsgegevens'],
}

def ok_date(s): return '06' not in s

def rdate(r, month_lo=8, month_hi=11, year=2026):
    while True:
        d, m = r.randint(1, 28), r.randint(month_lo, month_hi)
        if d != 6: return d, m, year

def fmt_date(r, d, m, y):
    f = r.choice(['%02d-%02d-%d', '%d-%d-%d', '%d/%d/%d', 'iso', 'txt', '%02d.%02d.%d'])
    mon = ['jan.', 'feb.', 'maart', 'april', 'mei', 'juni', 'juli', 'aug.', 'sept.', 'okt.', 'nov.', 'dec.'][m - 1]
    if f == 'iso': s = '%d-%02d-%02d' % (y, m, d)
    elif f == 'txt': s = '%d %s %d' % (d, mon, y)
    else: s = f % (d, m, y)
    return s if ok_date(s) else '%d %s %d' % (d, mon, y)

def growth_table(r, by, card_y):
    rows = ['| datum | lengte | gewicht | BMI |', '|---|---|---|---|']
    age0 = card_y - by - 3
    L = 82 + 6.0 * age0 + r.uniform(-3, 3); W = 11 + 2.0 * age0 + r.uniform(-1, 1)
    visits = [(r.randint(1, 28), r.choice([1, 2, 3, 4, 5, 9, 10, 11, 12]), card_y - 3 + i) for i in range(3)]
    for i, (d, m, y) in enumerate(visits + [(r.randint(1, 27), 10, card_y)]):
        if d == 6: d = 7
        if i == 3: W -= r.uniform(1.0, 2.5)
        bmi = W / (L / 100) ** 2
        rows.append('| %02d-%02d-%d | %s cm | %s kg | %s |' % (d, m, y, ('%.1f' % L).replace('.', ','), ('%.1f' % W).replace('.', ','), ('%.1f' % bmi).replace('.', ',')))
        L += r.uniform(4.5, 6.5); W += r.uniform(1.8, 3.2)
    return rows

def vim_log(r, J, dstr):
    staff = r.sample(['GL-1', 'GL-2', 'GL-4', 'SPW-3', 'SPW-7', 'PB-2', 'NW-1', 'BHV-5'], 3)
    h = r.randint(19, 21); m = r.randint(0, 30)
    lines = ['VIM-melding (groep %s), datum %s:' % (r.choice(['Horizon', 'De Linde', 'Kompas', 'Vlinder', 'Morgenster']), dstr)]
    ev = ['%s weigert de telefoon in te leveren; %s spreekt aan.' % (J, staff[0]),
          '%s gooit een stoel richting %s; niemand geraakt.' % (J, staff[1]),
          'time-out ingezet, begeleiding door %s en %s.' % (staff[0], staff[1]),
          'dienstdoende gedragswetenschapper telefonisch ingelicht door %s.' % staff[2],
          '%s rustig, nagesprek op de kamer.' % J]
    for e in ev:
        lines.append('- om %02d:%02d uur: %s' % (h, m, e)); m += r.randint(4, 11)
        if m >= 60: h += 1; m -= 60
    lines.append('Ernst volgens VIM-schaal: %d (matig). Letsel: geen.' % r.randint(2, 3))
    return lines

# ------------------------------------------------------------------ DIRTY items: (category, value, place, text)
DIRTY = {
 46: [('NAME', 'Rohan Mehta', 'body (Zorgen)', 'Vader Rohan Mehta sloot op {d1} moeder buiten op het balkon.'),
      ('PHONE', '06-31847265', 'footer', 'Bij vragen: moeder 06-31847265')],
 47: [('NAME', 'Mariëlle Verhagen', 'comment author', None),
      ('POSTCODE', '5623 HJ', 'body (Gezinssamenstelling)', 'Moeder en kinderen wonen sinds de zomer in 5623 HJ, vader elders.')],
 48: [('BIRTHDATE', '17-05-2011', 'cover value (Jeugdige)', None),
      ('NAME', 'Xu Mingyue', 'alt text', 'Foto van het groeiboekje met handschrift van moeder Xu Mingyue.')],
 49: [('EMAIL', 'gonzalez.familia@gmail.com', 'mail body', 'Goedemorgen, bijgaand de kaart. Ouders mailen zelf vanaf gonzalez.familia@gmail.com, graag niet in de cc. Groet.'),
      ('NAME', 'Zehra', 'table row (Gezinssamenstelling)', '| zus | Zehra | 2012 | woont thuis |')],
 50: [('ADDRESS', 'Kastelenplein 171', 'header', 'VHK GEZIN - Kastelenplein 171 - VERTROUWELIJK'),
      ('BSN', '{BSN0}', 'tracked deletion', 'BSN jeugdige: {BSN0}')],
 51: [('NAME', 'Tesfalem', 'footnote', 'Tolk gevonden via oom Tesfalem, die ook in Eindhoven woont.'),
      ('ID_NUMBER', 'cliëntnummer 2026-GZE-07714', 'body (Betrokken hulpverlening)', 'GGzE (cliëntnummer 2026-GZE-07714), Lumens, huisarts.')],
 52: [('NAME', 'van Kollenburg', 'file name', 'VHK_Bladel_fam van Kollenburg_20261124.docx'),
      ('URL', 'https://www.tiktok.com/@kempenboy_2010', 'body (Wat zegt de jeugdige)', 'Hij laat filmpjes zien op https://www.tiktok.com/@kempenboy_2010 en zegt dat dat "gewoon grappig" is.')],
 53: [('IBAN', '{IBAN0}', 'body (Risicofactoren)', 'Vader laat het kindgebonden budget storten op {IBAN0}, moeder heeft geen toegang.'),
      ('NAME', 'Bayram', 'mail subject', 'Inbreng VHT gezin Bayram - graag agenderen')],
 54: [('NAME', 'Jae-won', 'comment text', 'Moeder noemt hem thuis Jae-won, niet bij initiaal: aanpassen?'),
      ('PHONE', '+82 10 5518 3349', 'body (Stem van ouders)', 'Vader wil alleen via +82 10 5518 3349 gebeld worden.')],
 55: [('NAME', 'Ilse Donkersloot', 'property (title)', 'Veiligheidskaart Ilse Donkersloot'),
      ('BIRTHDATE', '2 februari 2014', 'body (Krachten)', 'Vanaf haar verjaardag (geboren 2 februari 2014) mag ze zelf naar de sportclub.')],
 56: [('NAME', 'Mustafa Arslanoğlu', 'property (company)', 'Mustafa Arslanoğlu'),
      ('ADDRESS', 'Woenselse Heide 44', 'body (Zorgen)', 'De politie trof de kinderen op {d1} alleen aan op Woenselse Heide 44.')],
 57: [('NAME', 'Bouhlal', 'body (Patroon)', 'Eerdere melding in 2024 door buren, fam. Bouhlal, over geschreeuw.'),
      ('EMAIL', 'daniel.costa88@sapo.pt', 'footnote', 'Vader is per mail bereikbaar: daniel.costa88@sapo.pt')],
 58: [('NAME', 'Jet', 'body (Krachten)', 'oma Jet uit Hoogeloon kookt elke woensdag voor het gezin.'),
      ('ID_NUMBER', 'patiëntnr. 7614023', 'alt text', 'Scan van de verwijsbrief, patiëntnr. 7614023, Catharina Ziekenhuis.')],
 59: [('POSTCODE', '5504 BN', 'mail body', 'Hoi, kaart in de bijlage; let op dat moeder per 1-12 op 5504 BN staat ingeschreven. Gr.'),
      ('NAME', 'Gert Lathouwers', 'tracked deletion', 'Stiefvader Gert Lathouwers is akkoord.')],
 60: [('BSN', '{BSN1}', 'body (Persoonsgegevens)', 'BSN: {BSN1}'),
      ('NAME', 'Amanuel', 'header', 'VHK Amanuel - Eindhoven - Vertrouwelijk')],
}

def bsn(r):
    while True:
        d = [r.randint(0, 9) for _ in range(9)]
        if d[0] == 0: continue
        if (sum(w * x for w, x in zip(range(9, 1, -1), d[:8])) - d[8]) % 11 == 0: return ''.join(map(str, d))

def iban_nl(r, bank):
    while True:
        acc = '%010d' % r.randint(10**8, 10**10 - 1)
        if sum((10 - i) * int(c) for i, c in enumerate(acc)) % 11 == 0: break
    bban = bank + acc
    num = ''.join(str(int(c, 36)) for c in bban + 'NL00')
    return 'NL%02d%s' % (98 - int(num) % 97, bban)

def main():
    os.makedirs(CDIR, exist_ok=True)
    rv = random.Random(8900)
    b0, b1 = bsn(rv), bsn(rv)
    b0 = b0[:4] + '.' + b0[4:6] + '.' + b0[6:]
    ib = iban_nl(rv, 'RABO'); ib = ' '.join(ib[i:i + 4] for i in range(0, len(ib), 4))
    subst = {'{BSN0}': b0, '{BSN1}': b1, '{IBAN0}': ib}
    tsv = ['file\texpect\tnotes']
    origins = list(BACK)
    themes = list(THEMES)
    used_inbr = set()
    for n in range(1, 61):
        r = random.Random(89000 + n)
        dirty = DIRTY.get(n, [])
        items = []
        for cat, val, place, text in dirty:
            for k, v in subst.items():
                val = val.replace(k, v); text = text.replace(k, v) if text else text
            items.append((cat, val, place, text))
        origin = origins[n % len(origins)]
        theme = themes[(n * 7) % len(themes)]
        if theme == 'eer' and origin not in ('turkey', 'morocco', 'eritrea', 'india'): theme = 'school'
        gem = r.choice(GEMEENTEN); wijk = r.choice(WIJK[gem])
        kind, org, functies = r.choice([o for o in ORGS if (o[0] == 'jgz') == (theme == 'jgz') and (o[0] == 'res') == (theme == 'vim')])
        if kind == 'wijkteam' and n % 2: org = 'wijkteam %s' % gem
        prof = PROFS[(n * 11) % len(PROFS)]; vaste = PROFS[(n * 11 + 13) % len(PROFS)]
        cd = rdate(r, 11, 11); card_y = 2026
        if n % 9 == 0: cd = (r.randint(7, 20), 1, 2027); card_y = 2027
        ncd = len({1, 2, 3})
        nkids = r.choice([1, 1, 2, 2, 3])
        letters = r.sample(LETTERS, nkids)
        if theme == 'jgz': byears = sorted([r.randint(2011, 2020) for _ in range(nkids)])
        elif theme in ('vim', 'eer', 'school'): byears = sorted([r.randint(2009, 2014)] + [r.randint(2010, 2022) for _ in range(nkids - 1)])
        else: byears = sorted([r.randint(2010, 2024) for _ in range(nkids)])
        kids = list(zip(letters, byears))
        J = kids[0][0] + '.'
        caps = n % 7 == 3; numbered = n % 4 == 1
        style = r.choice([0, 1])
        idx = [0]
        def lab(key):
            L = LABELS[key]; s = L[(n + len(key)) % len(L)] if style else L[0]
            if caps: s = s.upper()
            if numbered: idx[0] += 1; s = '%d. %s' % (idx[0], s)
            return s + ':'
        d1 = fmt_date(r, *rdate(r, 8, 10)); d2 = fmt_date(r, *rdate(r, 8, 10)); dinf = fmt_date(r, *rdate(r, 10, 10))
        T = THEMES[theme]
        fill = lambda s: s.replace('{J}', J).replace('{d1}', d1).replace('{d2}', d2)
        out = []
        def block(tag, text): out.extend(['[%s]' % tag, text, ''])
        def sec(key, lines): out.extend([lab(key)] + lines + [''])
        place_of = {}
        for it in items: place_of.setdefault(it[2], []).append(it)
        def dtext(place):
            return [fill(t) for c, v, p, t in place_of.get(place, []) if t]
        # file name / mail / properties
        fn = 'VHK_%s_%s%d_%d%02d%02d.docx' % (gem.replace(' ', '-'), kids[0][0], kids[0][1], cd[2], cd[1], cd[0])
        if 'file name' in place_of: fn = dtext('file name')[0]
        if n % 3 == 0 or 'file name' in place_of: block('FILENAME', fn)
        if n % 5 == 0 or 'mail subject' in place_of:
            block('MAIL-SUBJECT', dtext('mail subject')[0] if 'mail subject' in place_of else 'Inbreng VHT %s - %s (%s)' % (gem, J, r.choice(['eerste inbreng', 'graag agenderen', 'spoed?'])))
        if n % 5 == 0 or 'mail body' in place_of:
            block('MAIL-BODY', dtext('mail body')[0] if 'mail body' in place_of else 'Goedemiddag, hierbij de kaart van %s voor de bespreking. Instemming is besproken met ouders. Met vriendelijke groet, %s' % (J, org))
        if n % 4 == 2 or 'property (title)' in place_of:
            block('PROPERTY title', dtext('property (title)')[0] if 'property (title)' in place_of else 'Veiligheidskaart %s (%d) - %s' % (J, kids[0][1], gem))
        if n % 6 == 1 or 'property (company)' in place_of:
            block('PROPERTY company', dtext('property (company)')[0] if 'property (company)' in place_of else org)
        block('HEADER', dtext('header')[0] if 'header' in place_of else r.choice(['VEILIGHEIDSKAART - VERTROUWELIJK', 'VHK %s - vertrouwelijk' % gem, 'VeiligheidsTeam Zuidoost-Brabant | intake']))
        # cover
        soort = ['Eerste inbreng', 'Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Overdracht'][n % 5]
        sec('datum', [fmt_date(r, *cd)])
        vy = card_y - 1 if n % 2 else card_y
        while True:
            vn = r.randint(100, 299); dd = '%d%04d' % (vy, vn)
            if (sum(w * int(x) for w, x in zip(range(9, 1, -1), '0' + dd[:7])) - int(dd[7])) % 11: break
        sec('soort', [soort + (' (eerder besproken als VHT-%d-%04d)' % (vy, vn) if soort in ('Vervolgbespreking', 'Monitoring') else '')
                      + (' (Veilig Thuis naar wijkteam)' if soort == 'Overdracht' else '')])
        jl = ['%s (%d)' % (k, y) if i == 0 else r.choice(['broertje ', 'zusje ', '', 'broer ', 'zus ']) + '%s. (%d)' % (k, y) for i, (k, y) in enumerate(kids)]
        jl[0] = jl[0].replace(kids[0][0] + ' (', kids[0][0] + '. (')
        if any(c == 'BIRTHDATE' and p == 'cover value (Jeugdige)' for c, v, p, t in items):
            jl[0] = '%s. (%s)' % (kids[0][0], [v for c, v, p, t in items if p == 'cover value (Jeugdige)'][0])
            if len(jl) == 1: jl.append('zusje %s. (%d)' % (r.choice('QUX'), byears[0] + 2))
        sec('jeugdige', jl)
        sec('inbrenger', ['%s, %s, %s' % (prof, r.choice(functies), org)])
        sec('vaste', ['%s, %s' % (vaste, org if kind != 'wijkteam' or n % 2 else 'Toegang %s' % gem)])
        sec('gemeente', [gem])
        if n % 3 != 2: sec('gedrag', ['Ja, %s, op %s' % (GEDRAG[n % len(GEDRAG)], dinf)])
        ages = [card_y - y for _, y in kids]
        inf = ['Moeder: gesproken op %s (huisbezoek in %s).' % (dinf, wijk), 'Vader: telefonisch gesproken op %s.' % fmt_date(r, *rdate(r, 10, 10))]
        for (k, y), a in zip(kids, ages):
            if a >= 8: inf.append('%s. (%d jaar): gesproken op school, in bijzijn van de mentor.' % (k, a))
        sec('geinf', inf)
        if n % 8 == 5:
            sec('instemming', ['Nee. Vader wil niet dat "de hele gemeente" meekijkt.',
                               'Onderbouwing inbrenger: de zorgen over de veiligheid van %s zijn zo ernstig dat bespreking zonder instemming nodig is; ouders zijn hierover geïnformeerd.' % J])
        else: sec('instemming', [r.choice(['Ja, ouders stemmen in met bespreking in het VHT.', 'Ja (moeder en vader), %s weet ervan.' % J, 'ja'])])
        sec('vraag', [T['vraag'].replace('J.', J)])
        if n % 4 == 0: sec('experts', [r.choice(['Kinderarts Máxima MC', 'Jeugdarts GGD Brabant-Zuidoost', 'Casemanager Veilig Thuis Zuidoost-Brabant', 'Zorgcoördinator van de school'])])
        # main card
        g = ['Moeder (%d), vader (%d), ' % (r.randint(1975, 1996), r.randint(1970, 1994)) + ', '.join('%s. (%d)' % k for k in kids) + '.']
        g += [fill(x).replace('{y}', str(r.randint(2016, 2024))).replace('{w}', wijk) for x in r.sample(BACK[origin], 2)]
        if n % 3 == 1 or 'table row (Gezinssamenstelling)' in place_of:
            g += ['| rol | geboortejaar | woont |', '|---|---|---|'] + ['| %s. | %d | thuis |' % k for k in kids]
            g += dtext('table row (Gezinssamenstelling)')
        g += dtext('body (Gezinssamenstelling)')
        sec('gezin', g)
        z = [('- ' if n % 2 else '') + fill(x) for x in r.sample(T['zorgen'], min(3, len(T['zorgen'])))]
        if theme == 'jgz': z += ['', 'Groeigegevens JGZ (spreekuur jeugdarts):'] + growth_table(r, kids[0][1], card_y)
        if theme == 'vim': z += [''] + vim_log(r, J, d2)
        z += dtext('body (Zorgen)')
        sec('zorgen', z)
        if 'comment author' in place_of or n % 4 == 3:
            author = [v for c, v, p, t in items if p == 'comment author'][0] if 'comment author' in place_of else r.choice(['Gedragswetenschapper ' + org, 'Voorzitter VHT', 'Jeugdarts GGD Brabant-Zuidoost', 'Vaste deelnemer ' + gem])
            block('COMMENT author=%s' % author, dtext('comment text')[0] if 'comment text' in place_of else r.choice(['Graag concreter: wat zag school precies?', 'Is vader hierover gehoord?', 'Datum van het incident aanvullen.']))
        elif 'comment text' in place_of:
            block('COMMENT author=Vaste deelnemer ' + gem, dtext('comment text')[0])
        if n % 3 == 0 or 'body (Patroon)' in place_of:
            sec('patroon', [r.choice(['Sinds 2023 twee eerdere meldingen bij Veilig Thuis, beide afgesloten na een veiligheidsplan.',
                                      'Eerder hulpverlening via het wijkteam in 2024; gestopt op verzoek van ouders.',
                                      'Vergelijkbare incidenten rond de jaarwisseling van 2025.'])] + dtext('body (Patroon)'))
        sec('krachten', [fill(x) for x in r.sample(T['krachten'], 2)] + dtext('body (Krachten)'))
        sec('risico', [('* ' if n % 3 else '') + fill(x) for x in r.sample(T['risico'], 2)] + dtext('body (Risicofactoren)'))
        if max(ages) >= 12 or n % 2 == 0 or 'body (Wat zegt de jeugdige)' in place_of:
            pool = STEMJ_POOL['en'] if origin in ('india', 'china', 'korea') and n % 2 else (STEMJ_POOL['dial'] if origin == 'brabant' else STEMJ_POOL['nl'])
            sj = []
            for (k, y), a in zip(kids, ages):
                if a >= 8: sj.append('%s. (%d jaar): %s' % (k, a, r.choice(pool)))
                else: sj.append('%s. (%d jaar) is geobserveerd tijdens het huisbezoek: %s' % (k, a, r.choice(['speelt rustig, zoekt weinig contact met moeder.', 'schrikt van harde geluiden.', 'vrolijk, klampt zich vast aan de oudste.'])))
            saved = LABELS['stemj']
            sec('stemj', sj + dtext('body (Wat zegt de jeugdige)'))
        if n % 5 == 4 or 'alt text' in place_of:
            block('ALT', dtext('alt text')[0] if 'alt text' in place_of else 'Tekening van %s: drie huizen, in het huis van de zorgen staat een kapotte deur.' % J)
        sec('stemo', r.sample([x for x in STEMO_POOL if ('Hedde' not in x or origin == 'brabant') and ('tolk' not in x or origin in ('china', 'turkey', 'morocco', 'eritrea'))], 2) + dtext('body (Stem van ouders)'))
        sec('visie', [r.choice(VISIE_POOL)])
        si, sm = r.randint(2, 6), r.randint(4, 9)
        sec('score', ['Inbrenger: %d. Moeder: %d.%s' % (si, sm, (' %s: %d.' % (J, r.randint(2, 8))) if max(ages) >= 12 else '')])
        if 'tracked deletion' in place_of or n % 6 == 2:
            block('TRACKED-DELETION', dtext('tracked deletion')[0] if 'tracked deletion' in place_of else 'Inbrenger: %d.' % (si + 1))
        if n % 2 == 0 or 'body (Betrokken hulpverlening)' in place_of:
            sec('hulp', dtext('body (Betrokken hulpverlening)') or [', '.join(r.sample(HULP_POOL, 4)) + '.'])
        if 'footnote' in place_of or n % 7 == 6:
            block('FOOTNOTE', dtext('footnote')[0] if 'footnote' in place_of else 'Zie ook het verslag van het netwerkberaad van %s.' % d2)
        if 'body (Persoonsgegevens)' in place_of: sec('pg', dtext('body (Persoonsgegevens)'))
        elif n % 3 != 1: sec('pg', [r.choice(['n.v.t.', '-', 'niet invullen bij inbreng'])])
        block('FOOTER', dtext('footer')[0] if 'footer' in place_of else r.choice(['Pagina 1 van 2', 'VHK-format versie 2026 - vertrouwelijk', 'Veilig Thuis 0800-2000 | spoed 112']))
        text = '\n'.join(out).rstrip('\n') + '\n'
        with open(os.path.join(CDIR, 'card-%02d.txt' % n), 'w', encoding='utf-8', newline='\n') as fh: fh.write(text)
        notes = '; '.join('%s "%s" @ %s' % (c, v, p) for c, v, p, t in items) if items else '-'
        tsv.append('card-%02d.txt\t%s\t%s' % (n, 'DIRTY' if items else 'CLEAN', notes))
    with open(os.path.join(CDIR, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh: fh.write('\n'.join(tsv) + '\n')

if __name__ == '__main__':
    main()
