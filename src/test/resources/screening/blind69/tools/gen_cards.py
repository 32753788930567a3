#!/usr/bin/env python3
"""Generates ../cards/card-01..60.txt and cards.tsv with fixed seeds. Run: python3 gen_cards.py"""
import os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from numgen import bsn, iban, fmt_bsn, fmt_iban
OUT = os.path.join(HERE, '..', 'cards')
rng = random.Random(69069)

GEM = {'Oldambt': ['Winschoten', 'Scheemda', 'Midwolda', 'Finsterwolde', 'Beerta', 'Nieuwolda'],
       'Pekela': ['Oude Pekela', 'Nieuwe Pekela'], 'Stadskanaal': ['Musselkanaal', 'Stadskanaal', 'Onstwedde'],
       'Westerwolde': ['Bellingwolde', 'Vlagtwedde', 'Sellingen', 'Blijham', 'Wedde', 'Ter Apel'],
       'Midden-Groningen': ['Hoogezand', 'Sappemeer', 'Kiel-Windeweer', 'Slochteren', 'Siddeburen', 'Zuidbroek', 'Harkstede'],
       'Eemsdelta': ['Delfzijl (Tuikwerd)', 'Delfzijl (Opwierde)', 'Noorderhoogebrug', 'Appingedam', 'Loppersum', 'Wagenborgen'],
       'Het Hogeland': ['Uithuizen', 'Bedum'], 'Veendam': ['Veendam', 'Muntendam', 'Meeden']}
ORG = {'Oldambt': 'Sociaal Team Oldambt', 'Pekela': 'Sociaal Team Pekela', 'Stadskanaal': 'Gebiedsteam Stadskanaal',
       'Westerwolde': 'Sociaal Team Westerwolde', 'Midden-Groningen': 'Sociaal Team Midden-Groningen',
       'Eemsdelta': 'Gebiedsteam Eemsdelta', 'Het Hogeland': 'WIJ Het Hogeland', 'Veendam': 'Kwartier Zuid'}
PROS = ['Marjolein Veltkamp', 'Sjoerd Meijering', 'Yusuf Karaca', 'Hilda Bakema-Luiten', 'Nadia Boulahrouz', 'Gert-Jan Wubs',
        'Renske Heuving', 'Annemiek Tiesinga', 'Jelmer Hofstee', 'Aukje Dijkema', 'Rachid Aouragh', 'Ewoud Mennega',
        'Krista van der Molen', 'Maaike Luinge', 'Tjeerd Homan', 'Fenna Reinders', 'Ahmad Sulaiman', 'Iris Jonkman',
        'Bas Ottens', 'Miriam Doornbos', 'Lotte Harkema', 'Dirk Wijbenga']
FUNC = [('gezinscoach', None), ('jeugdconsulent', None), ('casemanager', 'Veilig Thuis Groningen'),
        ('jeugdbeschermer', 'Jeugdbescherming Noord'), ('IB\'er', 'OBS De Bongerd (OOG)'), ('IB\'er', 'CBS De Fontein (VCPO Noord-Groningen)'),
        ('jeugdverpleegkundige', 'GGD Groningen'), ('raadsonderzoeker', 'Raad voor de Kinderbescherming Groningen')]
GW = ['orthopedagoog Accare', 'GZ-psycholoog Lentis', 'gedragswetenschapper Jeugdbescherming Noord', 'orthopedagoog-generalist Elker']

# scenarios: (zorgen-style, text pieces). {J} = initial of oldest youth.
SCEN = [
 dict(kind='zorgmelding', gezin='Moeder ({m}), vader ({v}), {kids}. Gezin woont sinds de versterkingsoperatie in een wisselwoning in {plaats}.',
      zorgen=['Zorgmelding van school (IB\'er), genummerde observaties:', '1. {J}. komt sinds januari drie keer per week zonder ontbijt en zonder jas.',
              '2. Op 20-01-2026 vertelde {J}. in de kring dat papa "de deur had kapotgeslagen".', '3. Op 12-02-2026 blauwe plek op de bovenarm; {J}. zegt gevallen te zijn.',
              '4. Ouders komen niet op de oudergesprekken (twee keer afgezegd).'],
      krachten='Moeder zoekt zelf hulp bij het Sociaal Team. Opa en oma in {plaats2} zijn betrokken en halen de kinderen twee keer per week op.',
      risico='Schulden (Kredietbank Groningen), stress door de schade-afhandeling van het NCG, vader drinkt in het weekend.',
      ouders='Moeder: "We wonen al twee jaar in een noodwoning, iedereen is op." Vader: "Ik heb één keer een deur geslagen, niet het kind."'),
 dict(kind='whatsapp', gezin='Moeder ({m}), {kids}. Vader ({v}) woont in Leer (Duitsland) en heeft om de week omgang.',
      zorgen=['Export app-groep professionals (rollen):', '[12-03-26 14:02] Gezinscoach: moeder belde huilend, vader staat voor de deur',
              '[12-03-26 14:09] Wijkagent team Oldambt: collega\'s rijden erheen', '[12-03-26 14:31] Wijkagent team Oldambt: vader vertrokken richting Bunde, kinderen ongedeerd',
              '[13-03-26 08:15] IB\'er: {J}. is op school, erg stil'],
      krachten='Moeder zet grenzen en belt de politie als het nodig is. Oma (Gronings sprekend) in {plaats2} biedt opvang.',
      risico='Conflictscheiding over de grens, omgang niet juridisch vastgelegd, vader dreigt de kinderen mee te nemen naar Duitsland.',
      ouders='Moeder: "Ik wil dat hij de kinderen ziet, maar niet zo." Vader (telefonisch, in het Duits): "Ich will nur meine Kinder sehen."'),
 dict(kind='politie', gezin='Ouders (moeder {m}, vader {v}), {kids}. Het gezin is in 2019 uit Polen gekomen; vader werkt via een uitzendbureau in de land- en tuinbouw.',
      zorgen=['Samenvatting politieregistratie (BPS), Politie Noord-Nederland team {team}:', 'Mutatie 14-03-2026 23:40 uur, huiselijk geweld.',
              'Betrokkene 1: man ({v}), rol: verdachte. Aangehouden, heengezonden op 15-03-2026.', 'Betrokkene 2: vrouw ({m}), rol: slachtoffer. Letsel aan het gezicht, geen aangifte.',
              'Betrokkene 3: {J}. ({y}), rol: getuige. Kinderen waren thuis en wakker.'],
      krachten='Moeder heeft een baan en een vriendin in {plaats2} bij wie ze terecht kan. De kinderen gaan graag naar school.',
      risico='Alcohol, taalbarrière (tolk Pools nodig), huisvesting via de werkgever (bij ontslag geen woning).',
      ouders='Moeder (via tolk): "Het gebeurt alleen als hij drinkt." Vader wil niet praten zonder zijn werkgever erbij.'),
 dict(kind='prose', gezin='Vader ({v}), moeder ({m}) en {kids}. Status sinds 2022, gezinshereniging in 2024. Grootouders wonen nog in Syrië.',
      zorgen=['Oudste vertelt op school dat vader hem slaat met een riem als hij niet gehoorzaamt.', 'Moeder is sinds de bevalling somber en komt de deur niet uit.',
              'Huisarts heeft op 19-02-2026 bij moeder een depressie vastgesteld; zij wil geen doorverwijzing.'],
      krachten='Vader is betrokken en wil een goede vader zijn. Contact met de moskee in Winschoten. VluchtelingenWerk helpt met de post.',
      risico='Trauma van de vlucht, opvoeding met fysieke straf, isolement, geldzorgen.',
      ouders='Vader (via tolk Arabisch): "In Syrië was dit normaal, hier wil ik het anders leren." Moeder zegt weinig.'),
 dict(kind='prose', gezin='Moeder ({m}) en {kids}. Vader is onbekend. Moeder is Eritrees, woont sinds 2021 in {plaats}.',
      zorgen=['{J}. zorgt voor de jongere kinderen en verzuimt op school (42 uur dit schooljaar).', 'Moeder werkt lange dagen; kinderen zijn vaak alleen thuis tot laat.',
              'Op 10-02-2026 stond de oudste om 22:00 uur buiten, de buren hebben de politie gebeld.'],
      krachten='Moeder is zorgzaam en wil dat de kinderen slagen. De Eritrees-orthodoxe gemeenschap in Groningen helpt met vervoer.',
      risico='Overbelasting moeder, parentificatie, taal (tolk Tigrinya), geen netwerk in de buurt.',
      ouders='Moeder (via tolk Tigrinya): "Ik werk voor hen. Wie moet anders betalen?"'),
 dict(kind='prose', gezin='Moeder ({m}), stiefvader ({v}), {kids}. Grootouders van moederskant wonen in {plaats2} en spreken Gronings.',
      zorgen=['Al generaties armoede en schulden; het huis is vervuild en er is schimmel in de slaapkamer van de kinderen.', 'Stiefvader scheldt en duwt als er geen geld is; op 28-02-2026 politie ter plaatse.',
              'De baby heeft een groeiachterstand volgens de jeugdverpleegkundige.'],
      krachten='Opa en oma koken twee keer per week. Moeder houdt van de kinderen en laat de jeugdverpleegkundige binnen.',
      risico='Schuld van ongeveer 31.000 euro, werkloosheid, LVB bij moeder, stiefvader heeft een strafblad.',
      ouders='Moeder: "Wij redden ons altijd wel." Oma (in het Gronings, vertaald): "Dat kind mot gewoon eten hebben."'),
 dict(kind='prose', gezin='Moeder ({m}), vader ({v}), {kids}. Ouders komen uit Bulgarije en werken als seizoenarbeiders in de champignonteelt.',
      zorgen=['Kinderen blijven tijdens werktijden bij een volwassen neef in een overvolle woning met 11 volwassenen.', '{J}. is in maart niet op school geweest; leerplicht kan het gezin niet bereiken.',
              'Er zijn signalen dat de oudste meewerkt in de kas.'],
      krachten='Ouders zijn liefdevol en willen dat de kinderen Nederlands leren. De school heeft een Bulgaarssprekende onderwijsassistent.',
      risico='Onzekere huisvesting, wisselende werkgevers, geen zorgverzekering voor de jongste, taal.',
      ouders='Vader (via tolk): "Wij werken, de kinderen zijn veilig bij familie." Moeder wil graag een eigen huis.'),
 dict(kind='zorgmelding', gezin='Vader ({v}) en {kids}. Moeder ({m}) is in 2025 vertrokken naar Duitsland (Emden), contact is wisselend.',
      zorgen=['Zorgmelding school, observaties IB\'er:', '1. {J}. ruikt naar urine en heeft vaak dezelfde kleding aan.', '2. Op 03-03-2026 sliep {J}. in de klas; zegt dat papa tot laat gamet met vrienden.',
              '3. Vader reageert agressief op de leerkracht bij het hek (11-03-2026).'],
      krachten='Vader brengt de kinderen elke dag. Buurvrouw helpt soms met koken. {J}. heeft een goede band met de juf.',
      risico='Alleenstaand ouderschap, vermoeden van drugsgebruik (VNN eerder betrokken), geen netwerk.',
      ouders='Vader: "Ik doe het alleen en niemand helpt me. School moet zich met school bemoeien."'),
]
KID_INIT = 'ABDEFHIJKLMNORSTYZ'

def label(style, name, n):
    if style == 'num': return '%d. %s:' % (n, name)
    if style == 'caps': return name.upper()
    if style == 'lower': return name.lower() + ':'
    return name + ':'

def make_card(i, dirty=None):
    r = random.Random(1000 + i)
    gem = r.choice(sorted(GEM)); pl = r.sample(GEM[gem], min(2, len(GEM[gem])))
    plaats, plaats2 = pl[0], pl[-1]
    sc = SCEN[(i - 1) % len(SCEN)]
    month = r.choice([1, 2, 3, 4, 5, 9, 10, 11]); day = r.randint(10, 27)
    datum = r.choice(['%02d-%02d-2026', '%d-%d-2026', '2026-%02d-%02d']) 
    datum = datum % ((month, day) if datum.startswith('2026') else (day, month))
    nk = r.randint(1, 3)
    years = sorted([r.randint(2008, 2019)] + r.sample(range(2012, 2026), nk - 1))
    inits = r.sample(KID_INIT, nk)
    kids = list(zip(inits, years))
    J, y = kids[0]
    m, v = r.randint(1975, min(1996, y - 18)), r.randint(1970, min(1992, y - 19))
    kidstxt = ', '.join('%s. (%d)' % k for k in kids)
    fmt = dict(team={'Oldambt': 'Oldambt', 'Pekela': 'Veenkoloniën', 'Stadskanaal': 'Veenkoloniën', 'Westerwolde': 'Westerwolde', 'Veendam': 'Veenkoloniën'}.get(gem, 'Groningen-Oost'), J=J, y=y, m=m, v=v, kids=kidstxt, plaats=plaats, plaats2=plaats2)
    func, org = r.choice(FUNC); org = org or ORG[gem]
    inb = (dirty or {}).get('inbrenger') or r.choice(PROS)
    vd = r.choice([p for p in PROS if p != inb])
    style = r.choice(['plain', 'plain', 'num', 'caps', 'lower'])
    soort = r.choice(['Eerste inbreng', 'Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Overdracht'])
    age = 2026 - y
    D = dirty or {}
    L = []
    def blk(tag, text): L.extend([tag, text, ''])
    if 'title' in D: blk('[PROPERTY title]', D['title'])
    else: blk('[PROPERTY title]', 'Veiligheidskaart %s. (%d) - %s' % (J, y, soort))
    if 'company' in D: blk('[PROPERTY company]', D['company'])
    elif r.random() < .4: blk('[PROPERTY company]', ORG[gem])
    if 'filename' in D: blk('[FILENAME]', D['filename'])
    elif r.random() < .5: blk('[FILENAME]', 'VHK_%s_%s%d_%s.docx' % (gem.replace(' ', ''), J, y, datum.replace('-', '')))
    if 'mailsubject' in D: blk('[MAIL-SUBJECT]', D['mailsubject'])
    elif r.random() < .4: blk('[MAIL-SUBJECT]', 'Inbreng VHT %s - %s. (%d)' % (gem, J, y))
    if 'mailbody' in D: blk('[MAIL-BODY]', D['mailbody'])
    elif r.random() < .4: blk('[MAIL-BODY]', 'Beste voorzitter, hierbij de kaart voor de bespreking. Instemming is besproken met ouders. Groet, vaste deelnemer %s' % ORG[gem])
    blk('[HEADER]', D.get('header', 'VEILIGHEIDSKAART - VERTROUWELIJK - %s' % gem.upper()))
    n = [0]
    def sec(name, lines):
        n[0] += 1
        L.append(label(style, name, n[0]))
        L.extend(lines if isinstance(lines, list) else [lines]); L.append('')
    sec(r.choice(['Datum', 'Datum inbreng']), datum)
    sec(r.choice(['Soort inbreng', 'Type inbreng']), soort + (' (vervolg op VHT-2026-00%d)' % r.randint(10, 99) if soort != 'Eerste inbreng' else ''))
    jl = ['%s. (%d)' % kids[0]] + ['%s. (%d)' % k for k in kids[1:]]
    if 'jeugdige' in D: jl[0] = D['jeugdige']
    sec(r.choice(['Jeugdige (voorletter en geboortejaar)', 'Jeugdige', 'Jeugdige(n)']), jl)
    sec(r.choice(['Inbrenger', 'Inbrenger (naam, functie, organisatie)']), '%s, %s, %s' % (inb, func, org))
    sec('Vaste deelnemer', '%s, %s' % (vd, ORG[gem]))
    sec(r.choice(['Verantwoordelijke gemeente', 'Gemeente']), gem)
    if r.random() < .5:
        sec(r.choice(['Gedragsdeskundige geraadpleegd', 'Gedragswetenschapper geraadpleegd']),
            'Ja, %s (%s), op %d-%d-2026' % (r.choice([p for p in PROS if p not in (inb, vd)]), r.choice(GW), max(1, day - 3), month))
    gi = D.get('geinf', ['Moeder: gesproken op %d-%d-2026 (huisbezoek in %s).' % (day - 2, month, plaats),
                         'Vader: telefonisch op %d-%d-2026.' % (day - 4, month),
                         '%s.: gesproken op school in bijzijn van de mentor.' % J if age >= 8 else 'Jeugdarts GGD Groningen is op de hoogte.'])
    sec(r.choice(['Wie is wanneer geïnformeerd', 'Geïnformeerd en gesproken']), gi)
    if r.random() < .2:
        sec(r.choice(['Instemming', 'Instemming betrokkenen']), ['Nee. Vader wil geen bespreking ("de gemeente bemoeit zich overal mee").',
            'Verantwoording inbrenger: de onveiligheid is acuut en vrijwillige hulp komt niet op gang; daarom toch ingebracht.'])
    else:
        sec(r.choice(['Instemming', 'Instemming betrokkenen']), 'Ja, ouders stemmen in' + ('; %s. weet ervan.' % J if age >= 12 else '.'))
    sec(r.choice(['Vraag aan het VHT', 'Hulpvraag aan het VHT', 'Vraag aan het VeiligheidsTeam']),
        r.choice(['Is vrijwillige hulp nog voldoende of adviseert het VHT een interventiegesprek met de Raad?',
                  'Welke veiligheidsafspraken zijn nodig nu het gezin in een wisselwoning zit?',
                  'Advies gevraagd over een onderzoek door de Raad voor de Kinderbescherming.',
                  'Moet Veilig Thuis Groningen het overnemen?']))
    gz = sc['gezin'].format(**fmt)
    sec('Gezinssamenstelling', D.get('gezin', [gz]))
    zl = [z.format(**fmt) for z in sc['zorgen']]
    if 'zorgen_extra' in D: zl.append(D['zorgen_extra'])
    sec(r.choice(['Wat is er nu onveilig', 'Zorgen', 'Onveiligheid']), zl)
    if 'comment' in D: blk('[COMMENT author=%s]' % D['comment'][0], D['comment'][1])
    elif r.random() < .5: blk('[COMMENT author=%s]' % r.choice(['Gedragswetenschapper ' + ORG[gem], 'Voorzitter VHT', 'Vaste deelnemer ' + ORG[gem]]),
                             r.choice(['Graag concreter: wat zag school en wanneer?', 'Score van vader ontbreekt nog.', 'Tolk geregeld?']))
    if 'patroon' in D: sec('Patroon', D['patroon'])
    elif r.random() < .5: sec(r.choice(['Patroon', 'Patroon uit het verleden']), 'Eerdere melding bij Veilig Thuis Groningen in %d, afgesloten na een veiligheidsplan.' % r.randint(2019, 2024))
    sec(r.choice(['Krachten', 'Krachten en beschermende factoren']), [sc['krachten'].format(**fmt)] + D.get('krachten_extra', []))
    sec('Risicofactoren', [sc['risico'].format(**fmt)] + D.get('risico_extra', []))
    if age >= 12 or r.random() < .6:
        st = ['%s. (%d jaar): "%s"' % (J, age, r.choice(['Ik wil gewoon dat het rustig is thuis.', 'Ik zeg niks meer, dan wordt het alleen erger.',
              'Bij oma is het fijn, daar mag ik gewoon kind zijn.', 'Ik ben bang dat ze me weghalen.']))] if age >= 6 else \
             ['%s. is %d; geobserveerd tijdens het huisbezoek: speelt rustig, zoekt weinig contact met moeder.' % (J, age)]
        st += D.get('stem_extra', [])
        sec(r.choice(['Stem van de jeugdige', 'Wat zegt de jeugdige']), st)
        if r.random() < .3 and 'alt' not in D:
            blk('[ALT]', 'Tekening van %s. (%d jaar): drie huizen, het huis van de zorgen met een kapotte deur.' % (J, age))
    if 'alt' in D: blk('[ALT]', D['alt'])
    sec(r.choice(['Stem van ouders', 'Stem van ouders en verzorgers']), sc['ouders'].format(**fmt))
    sec(r.choice(['Visie inbrenger', 'Visie van de inbrenger']), r.choice(['De spanning loopt op en het veiligheidsplan werkt niet.',
        'Er is zicht op de kinderen via school, maar de basisveiligheid is niet geborgd.', 'Ik twijfel of vrijwillige hulp nog voldoende is.']))
    sc1 = r.randint(2, 5)
    sec(r.choice(['Score', 'Veiligheidsscore']), ['| wie | score |', '| inbrenger | %d |' % sc1, '| moeder | %d |' % (sc1 + 3)] if r.random() < .4 else
        'Inbrenger: %d. Moeder: %d. %s.: %d.' % (sc1, sc1 + 3, J, sc1 + 1))
    if 'tracked' in D: blk('[TRACKED-DELETION]', D['tracked'])
    elif r.random() < .4: blk('[TRACKED-DELETION]', 'Inbrenger: %d.' % (sc1 + 1))
    sec('Betrokken hulpverlening', [r.choice(['Accare, ', 'Lentis, ', 'GGZ Drenthe, ', 'VNN, ', '']) + ORG[gem] + ', ' +
        r.choice(['Jeugdbescherming Noord', 'Veilig Thuis Groningen', 'GGD Groningen (JGZ)', 'Kredietbank Groningen', 'Acantus (woonconsulent)'])] + D.get('hulp_extra', []))
    if 'footnote' in D: blk('[FOOTNOTE]', D['footnote'])
    elif r.random() < .3: blk('[FOOTNOTE]', 'Bron: zorgmelding school en politieregistratie team Oldambt.')
    if 'pg' in D: sec('Persoonsgegevens', D['pg'])
    else: sec('Persoonsgegevens', r.choice(['n.v.t.', '-', 'niet invullen bij inbreng']))
    blk('[FOOTER]', D.get('footer', 'Pagina 1 van 2 - %s - VHK versie %s' % (ORG[gem], r.choice(['2.1', '2.3', '3.0']))))
    return '\n'.join(L).rstrip('\n') + '\n'

r = random.Random(4242)
B1, B2 = bsn(r, 9), bsn(r, 9)
IB = fmt_iban(iban(r, 'NL', 'RABO'), 'grouped')
DIRTY = {
 46: (dict(zorgen_extra='Oma Grietje Mulder heeft de kinderen die nacht opgehaald.', footer='Bereikbaar moeder: 06-41938572'),
      'NAME "Grietje Mulder" @ body (Zorgen); PHONE "06-41938572" @ footer'),
 47: (dict(inbrenger='Anke Bouwman', patroon=['Uit de app-groep professionals:', '[10-03-26 16:40] Anke Bouwman: vader weer dronken bij het hek van school'],
           tracked='BSN jeugdige: ' + fmt_bsn(B1, 'dots')),
      'NAME "Anke Bouwman" @ body (Patroon); BSN "%s" @ tracked deletion' % fmt_bsn(B1, 'dots')),
 48: (dict(zorgen_extra='Betrokkene 4: KOWALCZYK, rol: verdachte (oom).', jeugdige='J. (12-08-2013)'),
      'NAME "KOWALCZYK" @ body (Zorgen); BIRTHDATE "12-08-2013" @ cover value (Jeugdige)'),
 49: (dict(comment=('Hilje Oosting', 'Dit klopt niet, ik heb nooit geslagen.'), mailbody='Hoi, moeder is per mail bereikbaar op tiny.oosting@home.nl, groet'),
      'NAME "Hilje Oosting" @ comment author; EMAIL "tiny.oosting@home.nl" @ mail body'),
 50: (dict(header='VHK gezin - Hoofdstraat 41a Scheemda', alt='Tekening van Yonas: een huis met een boze man in de deur.'),
      'ADDRESS "Hoofdstraat 41a" @ header; NAME "Yonas" @ alt text'),
 51: (dict(footer='Retour: 9679 CE Scheemda', gezin=['| rol | naam | jaar |', '| vader | Petrov | 1984 |', '| moeder | - | 1990 |']),
      'POSTCODE "9679 CE" @ footer; NAME "Petrov" @ table row (Gezinssamenstelling)'),
 52: (dict(footnote='Leefgeld via bewindvoerder naar ' + IB, krachten_extra=['Tante Aaltje past elke woensdag op.']),
      'IBAN "%s" @ footnote; NAME "Aaltje" @ body (Krachten)' % IB),
 53: (dict(comment=('Vaste deelnemer', 'Zie het profiel: https://www.instagram.com/luwam.tk09'), mailsubject='Inbreng VHT - dossier VTG-2026-220418'),
      'URL "https://www.instagram.com/luwam.tk09" @ comment text; ID_NUMBER "VTG-2026-220418" @ mail subject'),
 54: (dict(filename='VHK_Dimitrova_maart2026.docx', gezin=['Moeder (geb. 3 mei 1990), vader (1986), kinderen zie voorblad.']),
      'NAME "Dimitrova" @ file name; BIRTHDATE "3 mei 1990" @ body (Gezinssamenstelling)'),
 55: (dict(title='Veiligheidskaart familie Haddad', mailbody='Vader vraagt terugbellen op +31 6 5204 1877. Groet.'),
      'NAME "Haddad" @ property (title); PHONE "+31 6 5204 1877" @ mail body'),
 56: (dict(company='Fam. Wubbena', pg=['BSN jeugdige: ' + B2]),
      'NAME "Wubbena" @ property (company); BSN "%s" @ body (Persoonsgegevens)' % B2),
 57: (dict(hulp_extra=['Accare, cliëntnummer ACC-771902'], geinf=['Tineke van de OBS heeft moeder op 2-3-2026 gesproken.', 'Vader: telefonisch gesproken.']),
      'ID_NUMBER "ACC-771902" @ body (Betrokken hulpverlening); NAME "Tineke" @ body (Wie is wanneer geïnformeerd)'),
 58: (dict(footer='Vragen: r.bolhuis88@gmail.com', risico_extra=['Vader woont nu in de Tuinstraat 8 bij zijn nieuwe vriendin.']),
      'EMAIL "r.bolhuis88@gmail.com" @ footer; ADDRESS "Tuinstraat 8" @ body (Risicofactoren)'),
 59: (dict(mailsubject='VHK gezin 9501 KL', tracked='Vriendin van moeder, Sanne Kuipers, past op.'),
      'POSTCODE "9501 KL" @ mail subject; NAME "Sanne Kuipers" @ tracked deletion'),
 60: (dict(stem_extra=['Hij liet zijn TikTok zien: tiktok.com/@mahmoudd_wsch'], comment=('Gedragswetenschapper', 'Mahmoud is bang voor zijn vader.')),
      'URL "tiktok.com/@mahmoudd_wsch" @ body (Stem van de jeugdige); NAME "Mahmoud" @ comment text'),
}
os.makedirs(OUT, exist_ok=True)
rows = []
for i in range(1, 61):
    d, notes = DIRTY.get(i, (None, '-'))
    with open(os.path.join(OUT, 'card-%02d.txt' % i), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(make_card(i, d))
    rows.append('card-%02d.txt\t%s\t%s' % (i, 'DIRTY' if d else 'CLEAN', notes))
with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('file\texpect\tnotes\n' + '\n'.join(rows) + '\n')
print('60 cards')
