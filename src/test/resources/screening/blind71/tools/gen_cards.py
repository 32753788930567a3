#!/usr/bin/env python3
"""Generates ../cards/card-01..60.txt and cards.tsv (fixed seed 7172). Re-run reproduces them byte for byte."""
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import make_bsn, make_iban, group4

rng = random.Random(7172)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'cards')

INBRENGERS = [
 ('Petra Swinkels, jeugdconsulent, gemeente Breda', 'Ruud Schellekens, gemeente Breda', 'Breda'),
 ('Sevda Kaya, casemanager, Veilig Thuis West-Brabant', 'Ingrid Smulders, Veilig Thuis West-Brabant', 'Breda'),
 ('Mirjam Nooijen, gezinsvoogd, Jeugdbescherming Brabant', 'Bart Koenraadt, Jeugdbescherming Brabant', 'Oosterhout'),
 ('Koen Adriaansen, gezinscoach, Toegang Oosterhout', 'Astrid Dirven, Toegang Oosterhout', 'Oosterhout'),
 ('Hamza Ouahabi, wijkteammedewerker, Toegang Etten-Leur', 'Lonneke Bastiaansen, Toegang Etten-Leur', 'Etten-Leur'),
 ('Lotte de Jongh, jeugdverpleegkundige, GGD West-Brabant', 'Ruud Schellekens, gemeente Breda', 'Breda'),
 ('Rianne Oomen, jeugdconsulent, gemeente Drimmelen', 'Wim Huijbregts, gemeente Drimmelen', 'Drimmelen'),
 ('Naima El Idrissi, casemanager, Toegang Geertruidenberg', 'Frank Maas, gemeente Geertruidenberg', 'Geertruidenberg'),
 ('Stijn Aarts, jeugdconsulent, gemeente Alphen-Chaam', 'Carla Vugts, gemeente Alphen-Chaam', 'Alphen-Chaam'),
 ('Esther Wijnen, consulent jeugd, gemeente Baarle-Nassau', 'Carla Vugts, gemeente Alphen-Chaam', 'Baarle-Nassau'),
 ('Desiree Martis, raadsonderzoeker, RvdK Breda', 'Ingrid Smulders, Veilig Thuis West-Brabant', 'Breda'),
 ('Jan-Willem Pijnenburg, gezinsvoogd, Jeugdbescherming Brabant', 'Bart Koenraadt, Jeugdbescherming Brabant', 'Breda'),
]
GEDRAG = ['Nadia Belhaj (orthopedagoog GZ, Jeugdbescherming Brabant)', 'Tom Biemans (GZ-psycholoog, Sterk Huis)',
          'Maud Kerstens (gedragswetenschapper, Veilig Thuis West-Brabant)', 'nee, nog niet']

# each scenario: ages of youths, texts with {J} {K} for initials
SCEN = [
 dict(key='sos_antil', ages=[14, 9], place='Hoge Vucht',
  gezin=['Moeder ({MY}), partner van moeder ({PY}), {J} ({JY}) en {K} ({KY}). Vader van {J} woont op Curaçao.', '| moeder | {MY} | Antilliaanse roots |', '| {J} | {JY} | 2e klas vmbo |'],
  zorgen=['Zorgen: partner slaat {J} met de riem als hij gedronken heeft; {K} ziet het.', 'Wat gaat goed: moeder zoekt zelf hulp, {J} gaat naar de sportschool in Hoge Vucht.', 'Wat moet er gebeuren: geen lichamelijk straffen meer; moeder houdt de kinderen veilig bij oma in Breda-Noord als het escaleert.', 'Schaalvraag (0 = kinderen niet veilig, 10 = voldoende veilig): inbrenger 3, moeder 6, {J} 4.'],
  krachten=['Oma (Arubaanse roots) is een vaste opvang; de kerk in Hoge Vucht is een steun.'],
  risico=['Alcohol, werkloosheid partner, krappe huurwoning van WonenBreburg.'],
  stemj=['{J} (14 jaar): "Ik wil dat hij weggaat. Mama moet kiezen."', '{K} (9 jaar) tekende met de Drie Huizen een huis met een deur op slot.'],
  stemo=['Moeder: "Hij is geen slechte man, maar zo kan het niet."', 'Partner wil niet in gesprek.'],
  visie=['Herhaald fysiek geweld; vrijwillige hulp loopt twee jaar zonder resultaat.'],
  vraag='Is een interventiegesprek met de Raad voor de Kinderbescherming aangewezen?',
  hulp='Sterk Huis (gezinsbegeleiding), CJG Breda, school (Markenhage).'),
 dict(key='seh_baby', ages=[1], place='Oosterhout',
  gezin=['Moeder ({MY}), vader ({PY}), {J} ({JY}).'],
  zorgen=['SEH Amphia Breda op 14-10-2026 om 23:40: {J} (11 maanden) met hematoom achter het oor.', 'Checklist SEH: letsel past bij verhaal: nee. Tijdsinterval tussen letsel en komst: te lang (ja). Interactie ouder-kind: afwijkend (ja). Eerdere SEH-bezoeken: ja, 1x.', 'Top-down protocol gevolgd; skeletonderzoek zonder fracturen.'],
  krachten=['Ouders kwamen zelf naar de SEH. Grootouders in Oosterhout-Slotjes willen helpen.'],
  risico=['Jonge ouders, slaaptekort, vader rookt blowen in huis.'],
  stemj=['{J} is 11 maanden; op de SEH huilerig, stil bij vader.'],
  stemo=['Moeder: "Hij viel van de bank." Vader: "Ik was aan het werk."'],
  visie=['Onverklaard letsel bij een baby; zicht op veiligheid thuis is onvoldoende.'],
  vraag='Advies: is een veiligheidsplan voldoende of moet de RvdK worden ingeschakeld?',
  hulp='Amphia (kinderarts, AMK-functionaris), JGZ, Veilig Thuis West-Brabant.'),
 dict(key='tolk_somali', ages=[16, 11, 7], place='Breda',
  gezin=['Moeder ({MY}), {J} ({JY}), {K} ({KY}), jongste L. ({LY}). Vader verblijft in Kenia.'],
  zorgen=['Tolk: Somalisch (telefonisch). Moeder zegt (via tolk) dat {J} niet meer thuiskomt en dat zij hem niet kan begrenzen.', '{J} is gezien met oudere jongens in het Mastbos, politie basisteam Baronie kent hem van een inbraak.', '{K} wordt thuisgehouden om op de jongste te passen.'],
  krachten=['Moeder is betrokken; de Somalische vrouwengroep in Breda steunt haar.'],
  risico=['Taalbarrière, trauma na de vlucht, geen netwerk in Breda, schulden.'],
  stemj=['{J} (16 jaar, zonder tolk): "Thuis is te vol, buiten heb ik rust."', '{K} (11 jaar): wil naar school en niet oppassen.'],
  stemo=['Moeder (via tolk): "Ik wil dat mijn zoon naar school gaat, niet naar de politie."'],
  visie=['Oudste glijdt af, jongere kinderen krijgen te weinig zorg.'],
  vraag='Welke hulp is nodig en wie neemt de regie: Toegang of Veilig Thuis?',
  hulp='Vluchtelingenwerk, De la Salle, Surplus (schuldhulp).'),
 dict(key='tolk_afghan', ages=[13, 8], place='Etten-Leur',
  gezin=['Vader ({PY}), moeder ({MY}), {J} ({JY}), {K} ({KY}). Oom van vaderskant woont in.'],
  zorgen=['Tolk: Dari. Moeder zegt (via tolk) dat oom haar niet naar buiten laat gaan zonder begeleiding.', '{J} vertelde de mentor dat zij na de zomer moet trouwen "in Kabul".', 'Geen lichamelijk letsel gezien.'],
  krachten=['{J} heeft een goede band met de mentor; moeder volgt taalles bij Curio.'],
  risico=['Eergerelateerde druk, afhankelijkheid moeder, isolement.'],
  stemj=['{J} (13 jaar): "Ik wil hier blijven en dokter worden."'],
  stemo=['Vader (via tolk Dari): "Dit zijn praatjes, niemand gaat trouwen."', 'Moeder wil alleen praten zonder vader en oom erbij.'],
  visie=['Signalen van huwelijksdwang; Landelijk Knooppunt raadplegen.'],
  vraag='Advies over risicotaxatie eergerelateerd geweld en veiligheid van {J} rond de zomervakantie.',
  hulp='Veilig Thuis West-Brabant, school, Landelijk Knooppunt Huwelijksdwang.'),
 dict(key='chinees', ages=[11, 6], place='Teteringen',
  gezin=['Vader ({PY}) en moeder ({MY}) runnen een Chinees restaurant in Teteringen; {J} ({JY}) en {K} ({KY}). Grootouders wonen boven de zaak.'],
  zorgen=['De kinderen zijn tot middernacht alleen boven; {K} is twee keer met brandwondjes naar school gekomen.', '{J} tolkt voor de ouders bij de huisarts en bij school.'],
  krachten=['Grootouders zijn aanwezig; ouders willen het beste voor de kinderen.'],
  risico=['Lange werkdagen, taalbarrière, schaamte om hulp te vragen.'],
  stemj=['{J} (11 jaar): "Ik help gewoon, dat doen we in ons gezin."'],
  stemo=['Vader: "Het restaurant is ons leven, anders is er geen geld."'],
  visie=['Geen opzet, wel langdurig tekort aan toezicht en te veel verantwoordelijkheid bij de oudste.'],
  vraag='Is opvoedondersteuning via het CJG Breda voldoende?',
  hulp='CJG Breda, Wilhelminaschool Teteringen, huisarts.'),
 dict(key='baarle', ages=[15, 12], place='Baarle-Hertog',
  gezin=['Moeder ({MY}) met {J} ({JY}) en {K} ({KY}) in Baarle-Hertog (België). Vader ({PY}) woont in Baarle-Nassau.'],
  zorgen=['Vechtscheiding over de grens: politie van twee landen kent het gezin.', 'Op 12-09-2026 kwam de Belgische politie na een melding van slaan tijdens de overdracht.', 'Kinderen wisselen tussen Belgisch en Nederlands onderwijs.'],
  krachten=['Beide ouders willen de kinderen zien; {J} heeft een bijbaan bij de bakker in Baarle.'],
  risico=['Twee rechtssystemen, onduidelijk gezag, conflict ouders.'],
  stemj=['{J} (15 jaar): "Ik wil gewoon niet meer heen en weer."', '{K} (12 jaar) zegt dat hij bang is bij de overdracht.'],
  stemo=['Moeder: "Hij komt altijd te laat en scheldt."', 'Vader: "Ze houdt de kinderen bij me weg."'],
  visie=['Kinderen klem tussen ouders; samenwerking met Kind & Gezin nodig.'],
  vraag='Hoe werken Nederlandse en Belgische hulp samen en wie heeft de regie?',
  hulp='Kind & Gezin (Vlaanderen), gemeente Baarle-Nassau, Kinderen uit de Knel.'),
 dict(key='pools', ages=[10, 4], place='Made',
  gezin=['Vader ({PY}, Pools, vrachtwagenchauffeur), moeder ({MY}, Nederlands), {J} ({JY}) en {K} ({KY}). Wonen in Made.'],
  zorgen=['Zorgen: in het weekend drinkt vader veel; er zijn harde ruzies waarbij hij met deuren gooit.', 'Wat gaat goed: doordeweeks is het rustig; moeder regelt school en sport.', 'Wat moet er gebeuren: geen alcohol als vader bij de kinderen is.', 'Scaling 0-10: moeder 5, vader 8, inbrenger 4.'],
  krachten=['Tante in Terheijden is een opvangadres; {J} zit op voetbal in Made.'],
  risico=['Alcohol, wisselende werktijden, financiële stress.'],
  stemj=['{J} (10 jaar): "Op vrijdag ben ik bang, want dan komt papa thuis."'],
  stemo=['Moeder: "Ik wil dat hij stopt met drinken."', 'Vader (in het Engels): "I work hard, I need my beer."'],
  visie=['Patroon van weekendescalaties, onvoldoende zicht.'],
  vraag='Is Veilig Thuis of Toegang aan zet?',
  hulp='Toegang Drimmelen, huisarts Made, Novadic-Kentron.'),
 dict(key='indo_grootouders', ages=[12, 10], place='Princenhage',
  gezin=['Moeder ({MY}), {J} ({JY}), {K} ({KY}). Grootouders (Indisch-Nederlands) in Princenhage zorgen veel.'],
  zorgen=['Moeder is sinds 28-8-2026 opgenomen (IBS) bij GGZ Breburg; kinderen bij grootouders zonder formele regeling.', 'Opa (1946) heeft een hartkwaal.'],
  krachten=['Grootouders geven structuur: eten om zes uur, huiswerk aan tafel.'],
  risico=['Leeftijd grootouders, onduidelijkheid over terugkeer moeder.'],
  stemj=['{J} (12 jaar): "Bij oma is het rustig, ik wil hier blijven."', '{K} (10 jaar) mist moeder.'],
  stemo=['Moeder (bij bezoek): "Ik kom snel weer naar huis."', 'Oma: "Wij doen het graag, maar hoe lang nog?"'],
  visie=['Kinderen nu veilig; wel een plan voor de lange termijn nodig.'],
  vraag='Advies over een netwerkpleeggezin en rol van de grootouders.',
  hulp='GGZ Breburg, Careyn (thuiszorg opa), Onze Lieve Vrouwelyceum.'),
 dict(key='brabant_verslaving', ages=[17, 14], place='Raamsdonksveer',
  gezin=['Vader ({PY}), moeder ({MY}), {J} ({JY}), {K} ({KY}), wonen in Raamsdonksveer.'],
  zorgen=['Vader gebruikt cocaïne en is dan agressief; op 30-10-2026 om 02:15 alarmeerde {J} de politie.', '{K} verzuimt op het Sint-Oelbertgymnasium.'],
  krachten=['{J} is slim en weerbaar; opa en oma in Den Hout vangen op.'],
  risico=['Middelengebruik, schulden, huurachterstand bij Thuisvester.'],
  stemj=['{J} (17 jaar): "Ik heb de politie gebeld omdat ik mijn moeder wilde beschermen."', '{K} (14 jaar): "Ik ga niet naar school, ik kan me niet concentreren."'],
  stemo=['Vader: "Ik heb het onder controle."', 'Moeder: "Ik ben op."'],
  visie=['Acute onveiligheid bij gebruik; vader houdt zich niet aan afspraken.'],
  vraag='Advies: tijdelijk huisverbod en verslavingszorg, of een raadsonderzoek?',
  hulp='Politie Zeeland-West-Brabant (basisteam Baronie), Novadic-Kentron, Thuisvester.'),
 dict(key='arabisch_lvb', ages=[8, 5], place='Tuinzigt',
  gezin=['Moeder ({MY}), vader ({PY}), {J} ({JY}), {K} ({KY}). Moeder heeft een licht verstandelijke beperking.'],
  zorgen=['Tolk: Arabisch (op locatie). Moeder zegt (via tolk) dat vader haar slaat, niet de kinderen.', '{J} zegt op school dat papa "boos met handen" is.'],
  krachten=['Moeder houdt zich aan afspraken met Oosterpoort; kinderen gaan graag naar school.'],
  risico=['LVB moeder, isolement, vader ontkent.'],
  stemj=['{J} (8 jaar): tekende zichzelf onder de tafel.'],
  stemo=['Vader (via tolk): "Dat is niet waar, mijn vrouw is in de war."'],
  visie=['Huiselijk geweld waar de kinderen getuige van zijn.'],
  vraag='Welke beschermende maatregelen zijn nodig voor moeder en kinderen?',
  hulp='Oosterpoort, Sterk Huis (vrouwenopvang), basisschool in Tuinzigt.'),
 dict(key='aruba_tiener', ages=[15], place='Oosterhout',
  gezin=['Moeder ({MY}, Arubaanse roots), {J} ({JY}). Stiefvader ({PY}) is vertrokken in september.'],
  zorgen=['{J} zit sinds de zomer thuis, snijdt zichzelf, contact met onbekende volwassenen via sociale media.', 'Moeder werkt in ploegendienst en heeft weinig zicht.'],
  krachten=['Tante in Dommelbergen heeft een goede band; {J} danst graag.'],
  risico=['Zelfbeschadiging, online risico, geen dagbesteding.'],
  stemj=['{J} (15 jaar): "Online snappen mensen me tenminste."'],
  stemo=['Moeder: "Ik ben bang dat ik haar kwijtraak."'],
  visie=['Ernstige zorg over online uitbuiting; snel GGZ nodig.'],
  vraag='Advies over crisisbeoordeling en bescherming tegen online uitbuiting.',
  hulp='GGZ Breburg (jeugd), Curio, Centrum Seksueel Geweld.'),
 dict(key='pleeg_overdracht', ages=[13, 11], place='Ulvenhout',
  gezin=['{J} ({JY}) en {K} ({KY}) wonen in een pleeggezin in Ulvenhout. Moeder ({MY}) woont in Breda; vader onbekend.'],
  zorgen=['Moeder komt onder invloed naar de omgangsmomenten.', 'Pleegouders zijn uitgeput na de zomer.'],
  krachten=['Kinderen hechten aan pleegouders; de school (Graaf Engelbrecht) is betrokken.'],
  risico=['Terugval moeder, overbelasting pleeggezin.'],
  stemj=['{J} (13 jaar): "Ik wil hier blijven, maar mama wel zien."'],
  stemo=['Moeder: "Ik ben clean sinds oktober."', 'Pleegouders: "We willen door, maar met meer steun."'],
  visie=['Einde OTS nadert; overdracht naar Toegang via het VHT.'],
  vraag='Overdracht van Jeugdbescherming Brabant naar de Toegang: welke borging is nodig?',
  hulp='Jeugdbescherming Brabant, Laurentius (pleegzorg), Graaf Engelbrecht.'),
]
TYPES = ['Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Overdracht']
INITS = 'ABDEFHIJKLMNRSTYZ'
MONTHS = [9, 10, 11]

def label(style, canon, syn=None):
    name = syn if (syn and style in ('syn', 'num')) else canon
    if style == 'caps': return name.upper() + ':'
    if style == 'lower': return name.lower()
    return name + ':'

def build(i, dirty=None, scen=None):
    sc = SCEN[(i - 1) % len(SCEN) if scen is None else scen]
    style = ['plain', 'syn', 'num', 'caps', 'lower'][rng.randrange(5)]
    inb, vaste, gem = INBRENGERS[rng.randrange(len(INBRENGERS))]
    day = rng.randint(2, 27); mon = rng.choice(MONTHS)
    datum = rng.choice(['%02d-%02d-2026', '%d-%d-2026', '2026-%02d-%02d' ]) 
    datum = datum % ((mon, day) if datum.startswith('2026') else (day, mon))
    J, K, L = rng.sample(INITS, 3)
    ages = sc['ages']
    yrs = [2026 - a - (1 if rng.random() < 0.0 else 0) for a in ages]
    f = dict(J=J + '.', K=K + '.', JY=yrs[0], KY=yrs[1] if len(yrs) > 1 else '', LY=yrs[2] if len(yrs) > 2 else '',
             MY=rng.randint(1980, 1996), PY=rng.randint(1976, 1994))
    fmt = lambda s: s.format(**f)
    jeugd = ['%s (%d)' % (J + '.', yrs[0])]
    if len(yrs) > 1: jeugd.append('%s (%d)' % (K + '.', yrs[1]))
    if len(yrs) > 2: jeugd.append('%s (%d)' % (L + '.', yrs[2]))
    if style == 'caps': jeugd = [' en '.join(jeugd)]
    soort = TYPES[rng.randrange(4)] if i % 3 else 'Eerste inbreng'
    if soort != 'Eerste inbreng': soort += ' (eerder besproken als VHT-2026-%04d)' % rng.randint(10, 180)
    instem = rng.random() < 0.8
    secs = [
     (('Datum', 'Datum inbreng'), [datum]),
     (('Soort inbreng', 'Type inbreng'), [soort]),
     (('Jeugdige (voorletter en geboortejaar)', 'Jeugdige(n)'), jeugd),
     (('Inbrenger', 'Inbrenger (naam, functie, organisatie)'), [inb]),
     (('Vaste deelnemer', None), [vaste]),
     (('Verantwoordelijke gemeente', 'Gemeente'), [gem]),
     (('Gedragsdeskundige geraadpleegd', 'Gedragswetenschapper geraadpleegd'), [rng.choice(GEDRAG)]),
     (('Geïnformeerd en gesproken', 'Wie is wanneer geïnformeerd'),
        ['Moeder: gesproken op %d-%d-2026 (huisbezoek, %s).' % (max(1, day - 3), mon, sc['place']),
         '%s: gesproken op school op %d-%d-2026.' % (J + '.', max(1, day - 2), mon),
         'Vader/partner: telefonisch, %d-%d-2026.' % (max(1, day - 4), mon)]),
     (('Instemming betrokkenen', 'Instemming'), ['Ja, ouders en %s stemmen in met bespreking.' % (J + '.')] if instem else
        ['Nee. Vader weigert; hij wil geen "instanties" meer.', 'Verantwoording inbrenger: de zorgen zijn te groot om te wachten; ouders zijn geïnformeerd dat de kaart toch wordt ingebracht.']),
     (('Vraag aan het VeiligheidsTeam', 'Hulpvraag aan het VHT'), [fmt(sc['vraag'])]),
     (('Gezinssamenstelling', None), [fmt(x) for x in sc['gezin']]),
     (('Wat is er nu onveilig', 'Zorgen'), [fmt(x) for x in sc['zorgen']]),
     (('Krachten en beschermende factoren', 'Krachten'), [fmt(x) for x in sc['krachten']]),
     (('Risicofactoren', None), [fmt(x) for x in sc['risico']]),
     (('Stem van de jeugdige', 'Wat zegt de jeugdige'), [fmt(x) for x in sc['stemj']]),
     (('Stem van ouders en verzorgers', 'Stem van ouders'), [fmt(x) for x in sc['stemo']]),
     (('Visie van de inbrenger', 'Visie inbrenger'), [fmt(x) for x in sc['visie']]),
     (('Veiligheidsscore', 'Score'), ['Inbrenger: %d. Moeder: %d. %s: %d.' % (rng.randint(2, 5), rng.randint(4, 8), J + '.', rng.randint(2, 7))]),
     (('Betrokken hulpverlening', None), [fmt(sc['hulp'])]),
     (('Persoonsgegevens', None), [rng.choice(['n.v.t.', '-', 'niet invullen bij inbreng'])]),
    ]
    # harmless special blocks
    pre = []; post = {}; end = []
    opts = rng.sample(['header', 'footer', 'comment', 'alt', 'ptitle', 'pcomp', 'del', 'foot', 'mail', 'file'], 4)
    if 'file' in opts: pre.append(('[FILENAME]', 'VHK_%s_%s%d_%s.docx' % (gem.replace(' ', ''), J, yrs[0], datum.replace('-', ''))))
    if 'mail' in opts:
        pre.append(('[MAIL-SUBJECT]', 'VHK %s (%d) - %s' % (J + '.', yrs[0], soort.split(' (')[0])))
        pre.append(('[MAIL-BODY]', 'Beste voorzitter, bijgaand de kaart voor bespreking. Groet, vaste deelnemer %s' % vaste.split(', ')[1]))
    if 'ptitle' in opts: pre.append(('[PROPERTY title]', 'Veiligheidskaart %s (%d)' % (J + '.', yrs[0])))
    if 'pcomp' in opts: pre.append(('[PROPERTY company]', inb.split(', ')[-1]))
    if 'header' in opts: pre.append(('[HEADER]', 'VERTROUWELIJK - VHK - %s' % gem.upper()))
    if 'comment' in opts: post.setdefault(11, []).append(('[COMMENT author=Gedragswetenschapper %s]' % inb.split(', ')[-1], 'Kun je concreter maken wat de kinderen zagen?'))
    if 'alt' in opts: post.setdefault(14, []).append(('[ALT]', 'Tekening van %s: drie huizen, het huis van de zorgen is grijs.' % (J + '.')))
    if 'del' in opts: post.setdefault(17, []).append(('[TRACKED-DELETION]', 'Inbrenger: %d.' % rng.randint(2, 6)))
    if 'foot' in opts: post.setdefault(11, []).append(('[FOOTNOTE]', 'Bron: SEH-verslag Amphia en politiemutatie, gedeeld met instemming.'))
    if 'footer' in opts: end.append(('[FOOTER]', 'Versie %d - niet doorsturen buiten het VHT - Veilig Thuis 0800-2000' % rng.randint(1, 4)))
    items = []
    if dirty:
        for cat, val, place, how, line in dirty:
            kind, _, arg = how.partition(':')
            if kind == 'sec': secs[int(arg)][1].append(line)
            elif kind == 'cover': secs[int(arg)][1][0] = line.replace('S.', J + '.')
            elif kind == 'pre': pre.append((arg, line))
            elif kind == 'raw': post.setdefault(12, []).append((arg, line))
            elif kind == 'end': end.append((arg, line))
    out = []
    for tag, txt in pre: out += [tag, txt, '']
    for n, ((canon, syn), lines) in enumerate(secs):
        lab = label(style, canon, syn)
        if style == 'num' and n < 20: lab = '%d. %s' % (n + 1, lab)
        out.append(lab); out += lines; out.append('')
        for tag, txt in post.get(n, []): out += [tag, txt, '']
    for tag, txt in end: out += [tag, txt, '']
    return '\n'.join(out)

def D(cat, val, place, how, line=None):
    return (cat, val, place, how, line if line is not None else val)

def dirty_sets():
    b1 = make_bsn(rng); b2 = make_bsn(rng); b2d = '%s.%s.%s' % (b2[:4], b2[4:6], b2[6:])
    i1 = make_iban(rng, 'RABO'); i2 = group4(make_iban(rng, 'INGB')); i3 = make_iban(rng, '', 'PL', 24)
    return [
     [D('NAME', 'Xaliimo', 'body (Zorgen)', 'sec:11', 'Moeder (Xaliimo, ook Halimo gespeld) zegt via de tolk dat de oudste niet meer luistert.'),
      D('PHONE', '06-47190325', 'footer', 'end:[FOOTER]', 'Bij vragen moeder bellen: 06-47190325')],
     [D('BIRTHDATE', '03-05-2012', 'cover value (Jeugdige)', 'cover:2', 'S. (03-05-2012)'),
      D('NAME', 'Giovanni Tromp', 'comment author', 'raw:[COMMENT author=Giovanni Tromp]', 'Dit klopt niet, ik heb nooit geslagen.')],
     [D('BSN', b1, 'table row (Gezinssamenstelling)', 'sec:10', '| jongste | BSN | %s |' % b1),
      D('NAME', 'Ravelli', 'header', 'pre:[HEADER]', 'VHK gezin Ravelli - VERTROUWELIJK')],
     [D('NAME', 'Mustafa Ahmadi', 'alt text', 'pre:[ALT]', 'Foto van de voordeur, vader Mustafa Ahmadi staat in de deuropening.'),
      D('ADDRESS', 'Dr. Struyckenstraat 88', 'mail body', 'pre:[MAIL-BODY]', 'Hoi, kaart in de bijlage. Gezin is verhuisd naar Dr. Struyckenstraat 88, Breda. Groet')],
     [D('IBAN', i1, 'body (Risicofactoren)', 'sec:13', 'Beslag op de rekening van vader (%s), huurachterstand loopt op.' % i1),
      D('NAME', 'Jiahui', 'mail subject', 'pre:[MAIL-SUBJECT]', 'VHK restaurantgezin - Jiahui en broertje')],
     [D('NAME', 'Wouter Peeters', 'property (company)', 'pre:[PROPERTY company]', 'Wouter Peeters'),
      D('POSTCODE', '5111 CG', 'body (Gezinssamenstelling)', 'sec:10', 'Vader woont in 5111 CG Baarle-Nassau.')],
     [D('NAME', 'Dorota', 'tracked deletion', 'pre:[TRACKED-DELETION]', 'Dorota (zus van vader) heeft ook gebeld.'),
      D('EMAIL', 'anouk.made84@ziggo.nl', 'body (Stem van ouders)', 'sec:15', 'Moeder wil de kaart per mail ontvangen: anouk.made84@ziggo.nl')],
     [D('NAME', 'Nel Hoetink-Pattinama', 'footnote', 'pre:[FOOTNOTE]', 'Informatie van oma, Nel Hoetink-Pattinama, telefonisch.'),
      D('BIRTHDATE', '22-01-1946', 'body (Wat is er nu onveilig)', 'sec:11', 'Opa (geb. 22-01-1946) heeft een hartkwaal.')],
     [D('ID_NUMBER', 'PV 2026-114478', 'body (Zorgen)', 'sec:11', 'Mutatie politie PV 2026-114478 (vader)'),
      D('NAME', 'Kuijpers-Brouwers', 'file name', 'pre:[FILENAME]', 'VHK_Kuijpers-Brouwers_def.docx')],
     [D('NAME', 'Rania', 'body (Stem van de jeugdige)', 'sec:14', 'Zus Rania zegt dat vader ook haar duwt.'),
      D('URL', 'instagram.com/daanie.tuinzigt', 'comment text', 'raw:[COMMENT author=Toegang Breda]', 'Zie het profiel instagram.com/daanie.tuinzigt, daar staan de filmpjes.')],
     [D('NAME', 'Jamilah', 'table row (Gezinssamenstelling)', 'sec:10', '| oma | Jamilah | Aruba |'),
      D('BSN', b2d, 'body (Persoonsgegevens)', 'sec:19', 'BSN: %s' % b2d)],
     [D('NAME', 'Ineke Smolders', 'cover value (Geïnformeerd en gesproken)', 'sec:7', 'Pleegmoeder Ineke Smolders: gesproken op 3-11-2026.'),
      D('ID_NUMBER', 'JBB-0081734', 'property (title)', 'pre:[PROPERTY title]', 'Veiligheidskaart cliënt JBB-0081734')],
     [D('NAME', 'SAMIRA', 'header', 'pre:[HEADER]', 'KAART SAMIRA + BROERTJE - NIET DELEN'),
      D('IBAN', i2, 'footnote', 'pre:[FOOTNOTE]', 'Leefgeld via bewindvoerder naar %s.' % i2)],
     [D('PHONE', '+32 471 58 20 16', 'body (Stem van ouders)', 'sec:15', 'Moeder vraagt terug te bellen op +32 471 58 20 16 (Belgisch nummer).'),
      D('NAME', 'Jens', 'mail subject', 'pre:[MAIL-SUBJECT]', 'RE: kaart Jens - Baarle')],
     [D('NAME', 'Bogdan', 'body (Krachten)', 'sec:12', 'Vriend van vader, Bogdan, kan in het weekend rijden.'),
      D('IBAN', i3, 'mail body', 'pre:[MAIL-BODY]', 'Graag de reiskosten vergoeden aan moeder, rekening %s.' % i3)],
    ]

rows = []
DS = None
for i in range(1, 61):
    if i == 46: DS = dirty_sets()
    d = None
    if i >= 46:
        d = DS[i - 46]
    text = build(i, d, None if d is None else [2, 0, 8, 3, 4, 5, 6, 7, 8, 9, 10, 11, 9, 5, 6][i - 46])
    with open(os.path.join(OUT, 'card-%02d.txt' % i), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(text)
    notes = '-' if not d else '; '.join('%s "%s" @ %s' % (c, v, p) for c, v, p, h, l in d)
    rows.append('card-%02d.txt\t%s\t%s' % (i, 'DIRTY' if d else 'CLEAN', notes))
with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('file\texpect\tnotes\n' + '\n'.join(rows) + '\n')
