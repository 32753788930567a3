#!/usr/bin/env python3
"""Generates ../cards/card-01..60.txt and cards.tsv for blind set 75 (fixed seed)."""
import os, random
from common import bsn, nl_iban, group, elf
rng = random.Random(7560)
HERE = os.path.dirname(os.path.abspath(__file__))
CD = os.path.join(HERE, '..', 'cards')

GEM = ['Roermond', 'Weert', 'Roerdalen', 'Leudal', 'Maasgouw', 'Echt-Susteren', 'Nederweert', 'Beesel', 'Venlo']
PLACES = {'Roermond': ['Donderberg', 'Kapel in \'t Zand', 'Oolderveste', 'Maasniel', 'Herten', 'Asenray', 'Swalmen'],
          'Weert': ['Moesel', 'Fatima', 'Keent', 'Boshoven', 'Leuken', 'Stramproy'],
          'Roerdalen': ['Posterholt', 'Montfort', 'Sint Odiliënberg', 'Herkenbosch', 'Vlodrop', 'Melick'],
          'Leudal': ['Roggel', 'Heythuysen', 'Haelen', 'Baexem', 'Grathem', 'Kelpen-Oler', 'Neer', 'Buggenum', 'Hunsel', 'Horn', 'Heel'],
          'Maasgouw': ['Maasbracht', 'Thorn', 'Linne', 'Wessem', 'Beegden', 'Panheel'],
          'Echt-Susteren': ['Echt', 'Susteren', 'Maria Hoop', 'Koningsbosch'],
          'Nederweert': ['Nederweert', 'Ospel', 'Leveroy'], 'Beesel': ['Beesel', 'Reuver', 'Offenbeek'],
          'Venlo': ['Tegelen', 'Belfeld', 'Steyl']}
PROS = [('Ellen Gubbels', 'jeugdprofessional', 'Sociaal Wijkteam {g}'), ('Karim Ouaali', 'aandachtsfunctionaris', 'Veilig Thuis Limburg-Noord'),
        ('Ruud Vaessen', 'gezinscoach', 'Rubicon'), ('Sevda Karaca', 'consulent jeugd', 'Toegang gemeente {g}'),
        ('Nicole Schrijnemaekers', 'jeugdverpleegkundige', 'GGD Limburg-Noord'), ('Hatice Öztürk', 'schoolmaatschappelijk werker', 'Het Kwadrant Weert'),
        ('Joep Vullers', 'gezinsvoogd', 'Jeugdbescherming Limburg'), ('Olha Savchenko', 'ambulant hulpverlener', 'Xonar'),
        ('Bas Leenders', 'zorgcoördinator', 'Scholengemeenschap Sint Ursula Horn'), ('Miriam Laumen', 'jeugdarts', 'GGD Limburg-Noord'),
        ('Youssef Haddouchi', 'casemanager', 'Koraal'), ('Carla Frencken', 'maatschappelijk werker', 'Laurentius Ziekenhuis Roermond'),
        ('Wendy Peulen', 'jeugdconsulent', 'Gemeente {g}'), ('Stefan Pörtzgen', 'ambulant begeleider', 'Mondriaan Jeugd')]
VASTE = [('Jeroen Mertens', 'VHT Midden-Limburg'), ('Astrid Geurts-Heines', 'Veilig Thuis Limburg-Noord'), ('Marco Hoeymakers', 'Jeugdbescherming Limburg'),
         ('Lieke Sanders', 'Toegang {g}')]
GEDRAG = ['drs. Marloes Tummers, orthopedagoog Xonar', 'Bart Willems, GZ-psycholoog Koraal', 'Inge Wolters, gedragswetenschapper JBL']
FAM = [  # (type, ouders, zorgen, krachten, risico, stemouders)
 ('limburgs', 'Moeder ({m}) en vader ({v})', 'Vader drinkt na zijn diensten bij de tuinder; er wordt geschreeuwd en met deuren gegooid.',
  'Hechte familie in het dorp, oma komt dagelijks. Moeder is eerlijk over wat er gebeurt.', 'Alcohol, schulden, isolement van vader.',
  'Vader: "\'t Is neet good, dat weet ich auch wel. Mer ich bin gein slechte vader."'),
 ('marokkaans', 'Moeder ({m}), vader ({v})', 'Vader legt de oudste zoon huisarrest en klappen op als die laat thuiskomt; moeder durft niet in te grijpen.',
  'Moeder heeft steun aan de moskee en een zus in Roermond. Kinderen doen het goed op school.', 'Spanningen over geld, eergevoel, taalbarrière van moeder.',
  'Moeder (met tolk Arabisch): "Ik wil rust in huis, voor de kinderen."'),
 ('turks', 'Moeder ({m}), stiefvader ({v})', 'Stiefvader controleert de telefoon van moeder en dreigt met wegsturen naar Turkije.',
  'Moeder werkt en heeft vriendinnen; oudste dochter is sterk en weet de hulplijnen.', 'Controlerend gedrag, eerdere meldingen, financiële afhankelijkheid.',
  'Moeder: "Hij is jaloers, maar hij slaat niet." Stiefvader wil niet in gesprek.'),
 ('oekraiens', 'Moeder ({m}); vader is in Oekraïne', 'Moeder is somber, slaapt overdag; de oudste zorgt voor de jongste. Er is een suïcidale uitspraak gedaan.',
  'Het kind gaat graag naar school, de begeleiders in de opvang letten op. Moeder zoekt zelf hulp.', 'Oorlogstrauma, gebrek aan netwerk, onzekere verblijfsstatus.',
  'Moeder (met tolk): "Ik ben moe, maar ik wil niet dat de kinderen dat voelen."'),
 ('kermis', 'Moeder ({m}) en vader ({v}), kermisexploitanten', 'In het seizoen zijn de kinderen veel alleen in de woonwagen; schoolverzuim van weken achter elkaar.',
  'Grote familie op het terrein, iedereen kijkt naar elkaar om. Vader is trots op zijn kinderen.', 'Reizend bestaan, verzuim, spanning tussen de ouders.',
  'Vader: "Wij zijn altijd zo opgegroeid, de kermis is ons leven."'),
 ('academisch', 'Moeder ({m}) en vader ({v}), beiden onderzoekers', 'Vader bedreigt moeder na een promotiefeest; de jeugdige zag hoe moeder tegen de kast werd geduwd.',
  'Ouders zijn hoogopgeleid en kunnen reflecteren; er is een betrokken grootouder in België.', 'Werkdruk, alcohol bij feestjes, dreigende scheiding.',
  'Moeder: "Het is één keer gebeurd." Vader: "Ik schaam me."'),
 ('belgisch', 'Moeder ({m}), vader ({v}) woont in België', 'Ouders maken ruzie bij de overdrachten aan de grens; de kinderen worden heen en weer geduwd.',
  'Beide ouders houden van de kinderen; grootouders in Nederweert bieden rust.', 'Vechtscheiding, twee landen, twee systemen.',
  'Vader: "Ze pakt me de kinderen af." Moeder: "Ik wil alleen vaste afspraken."'),
 ('duits', 'Moeder ({m}), vader ({v}) woont in Duitsland', 'Vader haalt het kind op onder invloed; er is een rit over de grens geweest met 1,4 promille.',
  'Moeder regelt de zorg goed; het kind heeft een vaste juf en een vriendje in de straat.', 'Verslaving vader, grensoverschrijdende omgangsregeling.',
  'Moeder: "Ich wil dat hij eerst stopt met drinken." Vader is niet bereikbaar.'),
]
GI = ['Moeder: gesproken op {d1} (huisbezoek in {p}).', 'Vader: telefonisch gesproken op {d2}.', 'De jeugdige: gesproken op school op {d2}, met de mentor erbij.',
      'Huisarts is op de hoogte.']
def vhtno(i):
    k = 20 + i
    while elf('2026%04d' % k): k += 1
    return k
def pick(l): return l[rng.randrange(len(l))]

def make_card(i):
    g = GEM[i % len(GEM)]; p = pick(PLACES[g]); fam = FAM[i % len(FAM)]
    pro = PROS[i % len(PROS)]; va = VASTE[i % len(VASTE)]
    month = 9 + i % 3; day = 3 + (i * 7) % 25
    date = ['%d-%d-2026' % (day, month), '2026-%02d-%02d' % (month, day), '%d-%02d-2026' % (day, month)][i % 3]
    d1 = '%d-%d-2026' % (max(1, day - 3), month); d2 = '%d-%d-2026' % (max(1, day - 2), month)
    nkids = 1 + i % 3
    years = sorted(rng.sample(range(2009, 2025), nkids))
    inits = rng.sample('ABDEFHIJKLMNOSTYZ', nkids)
    kids = ['%s. (%d)' % (a, y) for a, y in zip(inits, years)]
    m, v = 1975 + rng.randrange(20), 1970 + rng.randrange(22)
    soort = ['Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Overdracht'][i % 4]
    style = i % 3   # 0 plain, 1 numbered, 2 caps
    n = [0]
    def L(lbl):
        n[0] += 1
        return {0: lbl + ':', 1: '%d. %s:' % (n[0], lbl), 2: lbl.upper() + ':'}[style]
    out = []
    add = lambda *x: out.extend(x)
    ages = [2026 - y for y in years]
    if i % 5 == 0: add('[PROPERTY title]', 'Veiligheidskaart %s - %s' % (kids[0], soort), '')
    if i % 5 == 1: add('[HEADER]', 'VHT MIDDEN-LIMBURG - VERTROUWELIJK - %s' % g.upper(), '')
    if i % 5 == 2: add('[FILENAME]', 'VHK_%s_%s%d_%s.docx' % (g, inits[0], years[0], date.replace('-', '')), '')
    if i % 5 == 3: add('[MAIL-SUBJECT]', 'RE: RE: inbreng VHT %s wk %d' % (g, 44 + i % 5), '', '[MAIL-BODY]',
                       'Prima, dan zetten we hem op de agenda. Groet, secretariaat VHT Midden-Limburg',
                       'Op %s %d nov. 2026 schreef Zorgcoördinator %s:' % (['ma', 'di', 'wo', 'do', 'vr'][i % 5], 2 + i % 20, pick(['Bisschoppelijk College', 'Philips van Horne', 'Het Stedelijk Lyceum', 'Sint Ursula Horn'])),
                       '> Kan deze mee in het VHT? Ouders weten ervan, instemming is er.',
                       '> Op %d okt. 2026 schreef jeugdarts GGD Limburg-Noord:' % (5 + i % 20),
                       '> > Ik zie ook zorgen over gewicht en verzuim, sluit graag aan.',
                       '> > Met vriendelijke groet, jeugdarts | GGD Limburg-Noord | team %s' % g, '')
    if i % 5 == 0: add('[MAIL-SUBJECT]', 'Fw: verwijsbrief huisarts - kaart %s' % kids[0], '', '[MAIL-BODY]',
                       'Ter info de verwijsbrief, geanonimiseerd. Groet, %s' % pro[2].format(g=g),
                       '---------- Doorgestuurd bericht ----------',
                       'Geachte collega, betreft: %s, %d jaar. Reden van verwijzing: somberheid en onrust, vermoeden huiselijk geweld. Medicatie: geen. Voorgeschiedenis: astma. Graag uw beoordeling. Met collegiale groet, huisartsenpraktijk %s' % (kids[0][:2], 2026 - years[0], p), '')
    if i % 5 == 4: add('[PROPERTY company]', pro[2].format(g=g), '')
    add(L(['Datum inbreng', 'Datum'][i % 2]), date, '')
    add(L(['Soort inbreng', 'Type inbreng'][i % 2]), soort + ('' if soort == 'Eerste inbreng' else ' (eerder: VHT-2026-%04d)' % vhtno(i)), '')
    add(L(['Jeugdige(n)', 'Jeugdige', 'Jeugdige (voorletter en geboortejaar)'][i % 3]), *kids, '')
    add(L('Inbrenger'), '%s, %s, %s' % (pro[0], pro[1], pro[2].format(g=g)), '')
    add(L('Vaste deelnemer'), '%s, %s' % (va[0], va[1].format(g=g)), '')
    add(L(['Gemeente', 'Verantwoordelijke gemeente'][i % 2]), g, '')
    if i % 2: add(L('Gedragsdeskundige geraadpleegd'), 'Ja, ' + GEDRAG[i % 3] + ', op ' + d2, '')
    add(L(['Wie is wanneer geïnformeerd', 'Geïnformeerd en gesproken'][i % 2]), *[x.format(d1=d1, d2=d2, p=p) for x in GI[:2 + i % 3]], '')
    if i % 7 == 3:
        add(L('Instemming'), 'Nee. Vader weigert; hij wil geen bemoeienis van "instanties".',
            'Verantwoording inbrenger: de veiligheid van de kinderen weegt zwaarder; vader is hierover geïnformeerd.', '')
    else:
        add(L(['Instemming', 'Instemming betrokkenen'][i % 2]), 'Ja, ouders stemmen in met bespreking in het VHT.', '')
    add(L(['Vraag aan het VHT', 'Hulpvraag aan het VHT', 'Vraag aan het VeiligheidsTeam'][i % 3]),
        pick(['Is vrijwillige hulp nog voldoende of is een verzoek tot onderzoek bij de Raad nodig?',
              'Welke stappen zijn nodig om de veiligheid bij de omgang te borgen?',
              'Graag advies over de inzet van specialistische traumabehandeling en een veiligheidsplan.',
              'Moet Veilig Thuis opnieuw onderzoek doen, of kan het wijkteam dit borgen?']), '')
    if i % 4 == 1: add(L('Uit te nodigen experts'), pick(['Kinderarts VieCuri', 'Behandelaar Mondriaan', 'Zorgcoördinator Bisschoppelijk College Roermond', 'Jugendamt Heinsberg (via tolk)']), '')
    add(L('Gezinssamenstelling'))
    if i % 3 == 1:
        add('| rol | voorletter/jaar | woont |', '| moeder | (%d) | %s |' % (m, p))
        if fam[0] not in ('oekraiens',): add('| vader | (%d) | %s |' % (v, pick(['Maaseik', 'Heinsberg', p, 'Roermond', 'Kinrooi'])))
        for k in kids: add('| kind | %s | bij moeder |' % k)
    else:
        add(fam[1].format(m=m, v=v) + ', ' + ', '.join(kids) + '. Het gezin woont in %s.' % p)
    add('')
    add(L(['Wat is er nu onveilig', 'Zorgen', 'Onveiligheid'][i % 3]), '- ' + fam[2],
        '- Op %s was er een incident waarbij de politie (basisteam %s) ter plaatse kwam.' % (d1, 'Roermond' if g != 'Weert' else 'Weert-Cranendonck'), '')
    if i % 6 == 2: add('[COMMENT author=Gedragswetenschapper %s]' % pro[2].format(g=g), 'Wat zagen de kinderen precies? Graag concreter maken.', '')
    if i % 6 == 5: add('[COMMENT author=Voorzitter VHT Midden-Limburg]', 'Patroon toevoegen: meldingen sinds 2024.', '')
    if i % 2 == 0: add(L(['Patroon', 'Patroon uit het verleden'][i % 4 // 2]), 'Sinds 2024 twee meldingen bij Veilig Thuis Limburg-Noord, beide afgesloten.', '')
    add(L(['Krachten', 'Krachten en beschermende factoren'][i % 2]), fam[3], '')
    add(L('Risicofactoren'), fam[4], '')
    if max(ages) >= 12 or i % 2 == 0 or i in (52, 57):
        lines = []
        for k, a in zip(kids, ages):
            if a >= 12: lines.append('%s (%d jaar): "%s"' % (k[:2], a, pick(['Ik wil gewoon dat het rustig is thuis.', 'Ich wil neet dat papa nog drinkt.', 'Ik zeg niks meer, het wordt toch niet beter.', 'Soms slaap ik bij een vriendin, dan hoef ik het niet te horen.'])))
            else: lines.append('%s (%d jaar): gesproken met de Drie Huizen; tekende een huis met een dichte deur.' % (k[:2], a))
        add(L(['Stem van de jeugdige', 'Wat zegt de jeugdige'][i % 2]), *lines, '')
        if i % 4 == 0: add('[ALT]', 'Tekening van %s: drie huizen, het huis van de zorgen is rood.' % kids[0], '')
    add(L(['Stem van ouders', 'Stem van ouders en verzorgers'][i % 2]), fam[5], '')
    add(L(['Visie inbrenger', 'Visie van de inbrenger'][i % 2]), pick(['De onveiligheid is structureel; zonder drang gaat het niet veranderen.',
        'Er zijn krachten, maar de zorgen nemen toe. Ik wil het VHT meedenken.', 'Ik maak me vooral zorgen om de jongste.']), '')
    sc = 2 + i % 5
    if i % 3 == 2: add(L('Veiligheidsscore'), '| wie | score |', '| inbrenger | %d |' % sc, '| moeder | %d |' % (sc + 2), '')
    else: add(L(['Score', 'Veiligheidsscore'][i % 2]), 'Inbrenger: %d. Moeder: %d.' % (sc, sc + 3), '')
    if i % 4 == 2: add('[TRACKED-DELETION]', 'Inbrenger: %d.' % (sc + 1), '')
    add(L('Betrokken hulpverlening'), pick(['Huisarts, wijkteam, Rubicon.', 'Mondriaan, Koraal, school (Het Stedelijk Lyceum).',
        'JGZ, Xonar, Wonen Limburg.', 'Laurentius (kinderarts), JBL, Daelzicht.', 'SJG Weert, Philips van Horne, CJG Weert.']), '')
    if i % 6 == 0: add('[FOOTNOTE]', 'Zie verwijsbrief huisarts d.d. %s; niet meegestuurd.' % d1, '')
    if i % 5 == 2: add('Afspraken en actiepunten:', 'ACTIELIJST ZORGOVERLEG %s, %s' % (pick(['Philips van Horne', 'Het Kwadrant', 'Bisschoppelijk College', 'Sint Ursula Horn', 'Het Stedelijk Lyceum']).upper(), d2),
                       '| nr | actie | wie | deadline |', '| 1 | netwerkberaad plannen met moeder | JP | wk 48 |', '| 2 | verzuim melden bij leerplicht | ZC | %s |' % d2,
                       '| 3 | jeugdarts GGD vragen voor consult | MB/ZC | 1-12-2026 |', '| 4 | terugkoppeling aan VHT | inbrenger | volgende bespreking |', '')
    if i % 3 == 0: add('Persoonsgegevens:', pick(['n.v.t.', '-', 'niet invullen bij inbreng']), '')
    if i % 4 == 3: add('[FOOTER]', 'VHT Midden-Limburg | kaart %s | pagina 1' % g, '')
    return out

DIRTY = {  # card -> list of (cat, value, place, how)
 46: [('NAME', 'Sjraar Bemelmans', 'body (Zorgen)'), ('PHONE', '06-19384407', 'mail body')],
 47: [('BSN', None, 'table row (Gezinssamenstelling)'), ('NAME', 'Hanna Hrytsenko', 'comment author')],
 48: [('ADDRESS', 'Steegstraat 14a', 'footer'), ('BIRTHDATE', '22-06-2012', 'cover value (Jeugdige)')],
 49: [('EMAIL', 'peggy.brouwers.kermis@gmail.com', 'mail body'), ('NAME', 'Brouwers', 'mail subject')],
 50: [('IBAN', None, 'footnote'), ('NAME', 'Rachida', 'body (Stem van ouders)')],
 51: [('POSTCODE', '6087 BD', 'header'), ('NAME', 'Willy Ramakers', 'tracked deletion')],
 52: [('URL', 'https://www.instagram.com/selin.krm06', 'body (Stem van de jeugdige)'), ('NAME', 'Selin Karaman', 'file name')],
 53: [('ID_NUMBER', 'dossiernr. JBL-3380917', 'property (title)'), ('NAME', 'GEURTS', 'table row (Gezinssamenstelling)')],
 54: [('NAME', 'Marcel Tijssen', 'property (company)'), ('PHONE', '+32 478 61 29 05', 'body (Krachten)')],
 55: [('NAME', 'Annelies Schoenmaekers', 'body (Zorgen)'), ('BSN', None, 'cover value (Jeugdige)')],
 56: [('NAME', 'Volodymyr', 'alt text'), ('ADDRESS', 'Sint Ursulastraat 9', 'body (Gezinssamenstelling)')],
 57: [('BIRTHDATE', '4 mei 2011', 'body (Stem van de jeugdige)'), ('NAME', 'Tugba Şahin', 'comment text')],
 58: [('NAME', 'Henk-Jan Lemmens', 'body (Stem van ouders)'), ('EMAIL', 'm.stevens.brightlands@outlook.com', 'footer')],
 59: [('ID_NUMBER', 'cliëntnummer 50273318', 'table row (Score)'), ('NAME', 'oma Nel Hoogveld', 'body (Krachten)')],
 60: [('NAME', 'Lambert Jeurissen', 'header'), ('POSTCODE', '6004 RT', 'body (Zorgen)')],
}

def insert_after(out, label_start, lines):
    for k, l in enumerate(out):
        if l.lower().lstrip('0123456789. ').startswith(label_start.lower()):
            j = k + 1
            while j < len(out) and out[j] != '': j += 1
            out[j:j] = lines; return
    raise SystemExit('label not found %s' % label_start)

def dirty(i, out):
    notes = []
    for cat, val, place in DIRTY[i]:
        if cat == 'BSN':
            d = bsn(rng); val = d[:4] + '.' + d[4:6] + '.' + d[6:] if i == 47 else d
        if cat == 'IBAN': val = group(nl_iban(rng, 'RABO'))
        if cat == 'NAME' and val.startswith('oma '): val = val[4:]; shown = 'oma ' + val
        else: shown = val
        if place == 'body (Zorgen)': insert_after(out, ['Wat is er nu onveilig', 'Zorgen', 'Onveiligheid'][i % 3], ['- ' + {'NAME': 'Buurman %s heeft gezien dat de jongste buiten stond in de kou.', 'POSTCODE': '- Moeder verhuist mogelijk naar %s, zonder de kinderen te melden.'}[cat] % shown])
        elif place == 'mail body': out[0:0] = ['[MAIL-BODY]', {'PHONE': 'Moeder vraagt of jullie haar direct bellen op %s, zij wil niet via het wijkteam.', 'EMAIL': 'Vader stuurt alles door naar %s, graag die ook in cc.'}[cat] % shown, '']
        elif place == 'mail subject': out[0:0] = ['[MAIL-SUBJECT]', 'Fw: kaart fam. %s - kermis Roermond' % shown, '']
        elif place == 'table row (Gezinssamenstelling)':
            if cat == 'BSN': insert_after(out, 'Gezinssamenstelling', ['| BSN moeder | %s |' % shown])
            else: insert_after(out, 'Gezinssamenstelling', ['| buurvrouw | %s | let op de kinderen |' % shown])
        elif place == 'comment author': out[0:0] = ['[COMMENT author=%s]' % shown, 'Ik ben het niet eens met de score.', '']
        elif place == 'comment text': out[0:0] = ['[COMMENT author=Zorgcoördinator school]', 'Tante %s wil als netwerkpersoon tekenen.' % shown, '']
        elif place == 'footer': out += ['[FOOTER]', 'Retour: %s' % shown, '']
        elif place == 'header': out[0:0] = ['[HEADER]', {'POSTCODE': 'VHT - gezin %s Roermond', 'NAME': 'Veiligheidskaart gezin %s - vertrouwelijk'}[cat] % shown, '']
        elif place == 'cover value (Jeugdige)':
            for k, l in enumerate(out):
                if l.lower().lstrip('0123456789. ').startswith('jeugdige'):
                    out[k + 1] = (out[k + 1][:3] + ' geb. %s' % shown) if cat == 'BIRTHDATE' else out[k + 1] + ', BSN %s' % shown; break
        elif place == 'footnote': out += ['[FOOTNOTE]', 'Huur wordt ingehouden; rekening moeder %s.' % shown, '']
        elif place.startswith('body (Stem van ouders)'): insert_after(out, 'Stem van ouders', [{'NAME': 'Moeder: "Ik ben %s, ik wil dat u mijn naam gebruikt."', }.get(cat, '%s') % shown if cat == 'NAME' and i == 50 else 'Vader: "Vraag het maar aan %s, die weet alles."' % shown])
        elif place == 'body (Stem van de jeugdige)':
            lab = ['Stem van de jeugdige', 'Wat zegt de jeugdige'][i % 2]
            insert_after(out, lab, ['Ze laat haar profiel zien: %s' % shown if cat == 'URL' else 'Ze vertelt dat ze op %s jarig is en dan niet naar vader wil.' % shown])
        elif place == 'tracked deletion': out += ['[TRACKED-DELETION]', 'Buurman %s belde ook.' % shown, '']
        elif place == 'file name':
            if out[0] == '[FILENAME]': out[1] = 'VHK %s def.docx' % shown
            else: out[0:0] = ['[FILENAME]', 'VHK %s def.docx' % shown, '']
        elif place == 'property (title)': out[0:0] = ['[PROPERTY title]', 'Veiligheidskaart %s' % shown, '']
        elif place == 'property (company)': out[0:0] = ['[PROPERTY company]', shown, '']
        elif place == 'body (Krachten)':
            lab = ['Krachten', 'Krachten en beschermende factoren'][i % 2]
            insert_after(out, lab, ['Oom in België is bereikbaar op %s.' % shown if cat == 'PHONE' else 'Netwerk: %s komt elke dag.' % shown])
        elif place == 'alt text': out += ['[ALT]', 'Foto van %s met de kinderen in de opvang.' % shown, '']
        elif place == 'body (Gezinssamenstelling)': insert_after(out, 'Gezinssamenstelling', ['Het gezin woont in het voormalige klooster, %s.' % shown])
        elif place == 'table row (Score)':
            lab = ['Score', 'Veiligheidsscore'][i % 2] if i % 3 != 2 else 'Veiligheidsscore'
            insert_after(out, lab, ['| %s | n.v.t. |' % shown])
        else: raise SystemExit(place)
        notes.append('%s "%s" @ %s' % (cat, val, place))
    return '; '.join(notes)

rows = []
for i in range(1, 61):
    out = make_card(i)
    notes = '-' if i <= 45 else dirty(i, out)
    txt = '\n'.join(out).rstrip('\n') + '\n'
    with open(os.path.join(CD, 'card-%02d.txt' % i), 'w', encoding='utf-8', newline='\n') as fh: fh.write(txt)
    rows.append('card-%02d.txt\t%s\t%s' % (i, 'CLEAN' if i <= 45 else 'DIRTY', notes))
with open(os.path.join(CD, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('file\texpect\tnotes\n' + '\n'.join(rows) + '\n')
print('ok')
