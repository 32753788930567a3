#!/usr/bin/env python3
"""Generates ../cards/card-01..60.txt and cards.tsv (seed 2424)."""
import os, random
from common import bsn, iban
rng = random.Random(2424)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'cards')
# professionals: (name+function+org, vaste deelnemer, gemeente, gedragsdeskundige or None)
PROS = [
 ('Lotte Dijkman, jeugdconsulent, Toegang Almere', 'Stefan Wigbold, Toegang Almere', 'Almere', 'Maaike Eenink, orthopedagoog Toegang Almere'),
 ('Rutger Vos, casusregisseur, Sociaal Wijkteam Apeldoorn', 'Anke Brinkhuis, Sociaal Wijkteam Apeldoorn', 'Apeldoorn', None),
 ('Noor el Idrissi, gezinscoach, wijkteam Nijmegen-Oost', 'Tim Verbeek, Sociaal Wijkteam Nijmegen', 'Nijmegen', 'Inge Reeskamp, GZ-psycholoog, Entrea Lindenhout'),
 ('Esther Hoekman, jeugdbeschermer, William Schrikker Stichting', 'Paul Ossewaarde, William Schrikker Stichting', 'Lelystad', None),
 ('Kees Bruggink, consulent jeugd, Toegang Doetinchem', 'Ria Wentink, Toegang Doetinchem', 'Doetinchem', 'Frank Lubbers, gedragswetenschapper, Pluryn'),
 ('Saskia Tjon-A-Fat, ambulant hulpverlener, Pluryn', 'Yvonne Klein Gunnewiek, Pluryn', 'Arnhem', None),
 ('Hatice Korkmaz, casemanager, Toegang Ede', 'Gerben Hulst, Toegang Ede', 'Ede', 'Lieke Peters, orthopedagoog Toegang Ede'),
 ('Martijn de Ruiter, medewerker, Veilig Thuis Gelderland-Midden', 'Annemiek Bos, Veilig Thuis Gelderland-Midden', 'Arnhem', None),
 ('Fleur Mulder, gezinsvoogd, Jeugdbescherming Gelderland', 'Hans Ooms, Jeugdbescherming Gelderland', 'Winterswijk', 'Eline Zweers, gedragswetenschapper, Jeugdbescherming Gelderland'),
 ('Dewi Sutanto, jeugdconsulent, Toegang Dronten', 'Wim van Amerongen, Toegang Dronten', 'Dronten', None),
 ('Bram Schepers, wijkcoach, Sociaal Team Zeewolde', 'Mirjam Valk, Sociaal Team Zeewolde', 'Zeewolde', None),
 ('Samira Ouali, jeugdprofessional, Toegang Hilversum', 'Jorien Roos, Toegang Hilversum', 'Hilversum', 'Pieter Jansma, GZ-psycholoog, Karakter'),
 ('Ilse Nijhof, jeugdconsulent, wijkteam Epe', 'Henk Westerveld, gemeente Epe', 'Epe', None),
 ('Judith Wolters, casemanager, Toegang Lochem', 'Thijs Kamp, Toegang Lochem', 'Lochem', None),
 ('Roos Verhagen, jeugdconsulent, Toegang Amersfoort', 'Daan Hofman, Toegang Amersfoort', 'Amersfoort', 'Ellen Visscher, orthopedagoog Entrea Lindenhout'),
]
# scenarios: initial, birth years (youth), card gezin text, zorgen, krachten, risico, stem jeugdige, stem ouders, visie, hulp
SC = [
 dict(j=['S. (2012)', 'broertje Y. (2017)'], gezin='| rol | initiaal | geboortejaar |\n| moeder | - | 1990 |\n| vader | - | 1984 |\n| jeugdige | S. | 2012 |\n| broer | Y. | 2017 |\nGezin van Eritrese afkomst, sinds 2016 in Nederland. Thuistaal Tigrinya.',
      zorgen='Vader slaat de kinderen met een riem als zij "ongehoorzaam" zijn. Op 09-11-2026 zag de mentor striemen op de rug van S.\nMoeder is bang voor vader en zegt dat het "gewoon opvoeden" is.',
      krachten='Moeder is betrokken en komt naar alle afspraken. De Eritrees-orthodoxe kerk in Almere is een steunend netwerk.',
      risico='Taalbarrière, traumatische vluchtgeschiedenis vader, sociaal isolement, krappe woning.',
      stemj='S. (14 jaar): "Als ik iets fout doe pakt papa zijn riem. Ik wil niet dat Y. dat ook krijgt."',
      stemo='Moeder (via tolk Tigrinya): "Bij ons is dit normaal, maar ik wil leren hoe het anders kan." Vader wil niet in gesprek.',
      visie='Fysieke onveiligheid is herhaald en ernstig. Ik zie onvoldoende bereidheid bij vader.',
      hulp='Toegang (procesregie), GGD Gelderland-Zuid (jeugdarts), Vluchtelingenwerk Oost Nederland.'),
 dict(j=['A. (2010)'], gezin='Moeder (1986), stiefvader (1983), A. (2010). Biologische vader woont in Khartoum, geen contact.',
      zorgen='- A. wordt opgesloten in haar kamer als straf, soms een hele dag.\n- Stiefvader controleert haar telefoon en slaat haar als ze met jongens appt.\n- 14-10-2026: A. sliep bij een vriendin en durfde niet naar huis.',
      krachten='A. is slim en heeft een goede band met haar mentor op het Olympus College. De moskee in Arnhem biedt een imam als vertrouwenspersoon.',
      risico='Eer-gerelateerde spanning, isolement, stiefvader werkloos, schulden.',
      stemj='A. (16 jaar): "Ik wil gewoon leven zoals mijn klasgenoten. Thuis is het een gevangenis."',
      stemo='Moeder: "Wij beschermen haar." Stiefvader: "In Soedan doen meisjes dat ook niet."',
      visie='Er is sprake van vrijheidsbeperking en fysiek geweld. Ik maak mij ernstig zorgen over de ontwikkeling van A.',
      hulp='Veilig Thuis Gelderland-Midden, Landelijk Knooppunt Huwelijksdwang en Achterlating (consult), school.'),
 dict(j=['R. (2015)', 'zusje M. (2019)'], gezin='Moeder (1988, Indiaas), vader (1985, Indiaas), R. (2015), M. (2019), oma vz (1954) woont in.',
      zorgen='Hoog oplopende ruzies tussen ouders, ook over oma. Op 21-10-2026 gooide vader een stoel; R. stond ertussen.\nR. is angstig en plast weer in bed.',
      krachten='Ouders zijn hoogopgeleid en willen hulp. Beide kinderen doen het goed op de Internationale School Hilversum.',
      risico='Werkdruk vader, geen eigen netwerk in Nederland, spanning tussen moeder en schoonmoeder.',
      stemj='R. (11 jaar) tekende met de Drie Huizen: in het huis van de zorgen "papa boos, mama huilt".',
      stemo='Vader: "It was a bad week, it will not happen again." Moeder: "Ik wil dat de kinderen rust hebben."',
      visie='Nog geen structurele onveiligheid, wel een zorgelijk patroon. Vrijwillige hulp lijkt passend.',
      hulp='Toegang, huisarts, Karakter (aanmelding R.).'),
 dict(j=['L. (2013)', 'T. (2013)'], gezin='Tweeling L. en T. (2013), moeder (1992, Braziliaans), partner van moeder (1990). Vader (1987) woont in Belo Horizonte.',
      zorgen='Moeder werkt avonden in de horeca; de tweeling is \'s avonds vaak alleen. Partner van moeder gebruikt cocaïne in huis (melding politie 02-10-2026).',
      krachten='De tweeling is hecht. Voetbalclub in Lelystad en de Braziliaanse kerkgemeenschap (Igreja) bieden steun.',
      risico='Middelengebruik partner, onregelmatige werktijden, verblijfsstatus partner onzeker.',
      stemj='L.: "Quando ele usa, fica estranho. Dan gaan we naar onze kamer." T.: "Ik wil dat mama thuis is \'s avonds."',
      stemo='Moeder: "Eu trabalho para eles. Ik doe alles voor ze." Partner wil niet meewerken.',
      visie='Toezicht \'s avonds en middelengebruik in huis maken de situatie onveilig.',
      hulp='Toegang, Tactus (verslavingszorg, aanmelding partner), school.'),
 dict(j=['K. (2020)'], gezin='Moeder (1999, Curaçao), K. (2020). Vader (1996) verblijft op Curaçao. Oma mz (1971) in Almere.',
      zorgen='Moeder heeft psychoses gehad; sinds september stopt ze met medicatie. K. kwam op 3 november zonder jas en ongewassen op de opvang.',
      krachten='Oma mz is betrokken en kan K. opvangen. Moeder is lief en speels met K. als het goed gaat. "Mi stima bo" zegt ze steeds.',
      risico='Psychiatrie moeder, medicatie-ontrouw, jong ouderschap, weinig geld.',
      stemj='K. is 6 jaar; gesproken op de opvang met poppen: "Mama slaapt veel."',
      stemo='Moeder: "Mi ta bon, ik heb geen pillen nodig." Oma: "Ik sta klaar, maar moeder wil het niet."',
      visie='Zonder medicatie en zicht loopt K. risico op verwaarlozing.',
      hulp='Pro Persona (FACT), Zorggroep Almere (JGZ), kinderopvang.'),
 dict(j=['D. (2011)', 'broertje J. (2016)', 'zusje E. (2023)'], gezin='Moeder (1989), vader (1982), D. (2011), J. (2016), E. (2023). Chinees-Indonesische familie, restaurant aan huis.',
      zorgen='D. moet na school en in weekenden in het restaurant werken tot 23.00 uur; verzuim 42 uur. Vader slaat D. met een pollepel bij fouten.',
      krachten='Oom mz in Apeldoorn is een rustige steunfiguur. D. is goed in tekenen.',
      risico='Financiële druk restaurant, schaamtecultuur, geen hulpervaring.',
      stemj='D. (15 jaar): "Ik ben altijd moe. Ik mag niet zeggen dat hij slaat, dan verliest de familie gezicht."',
      stemo='Vader: "Wij hebben hard gewerkt, hij moet ook helpen." Moeder zwijgt in gesprek.',
      visie='Kinderarbeid en fysiek geweld; veiligheid en onderwijs van D. staan onder druk.',
      hulp='Leerplicht Apeldoorn, Toegang, Christelijk Lyceum Apeldoorn.'),
 dict(j=['B. (2026)'], gezin='Moeder (2004), vader (2001), baby B. (2026). Vader verblijft deels bij zijn ouders in Heerde.',
      zorgen='Baby B. (3 maanden) had op 12-11-2026 een blauwe plek op de wang, onverklaard. Vader heeft agressieproblemen.',
      krachten='Moeder gaat trouw naar het consultatiebureau. Grootouders vz zijn betrokken.',
      risico='Jonge ouders, agressie vader, licht verstandelijke beperking moeder.',
      stemj='B. is een baby; geobserveerd bij het consultatiebureau: alert, wel schrikachtig.',
      stemo='Moeder: "Ze is tegen het bedje gevallen." Vader: "Ik heb niks gedaan."',
      visie='Onverklaard letsel bij een niet-mobiele baby is een rood signaal.',
      hulp='GGD (JGZ), huisarts, Veilig Thuis Gelderland-Midden, Gelre ziekenhuizen (kinderarts).'),
 dict(j=['N. (2009)'], gezin='N. (2009), moeder (1975), vader (1970). Oudere broer (2002) woont in Arnhem.',
      zorgen='N. snijdt zichzelf en is op 18-10-2026 opgenomen op de crisisafdeling van Karakter. Ouders ontkennen haar klachten.',
      krachten='N. heeft een goede band met haar volleybaltrainer. Broer biedt een slaapplek.',
      risico='Psychiatrie jeugdige, rigide opvoeding, conflict over geloof.',
      stemj='N. (17 jaar): "Ze luisteren niet. Ik wil niet terug naar huis."',
      stemo='Vader: "Ze overdrijft, dat is de telefoon." Moeder wil wel meedenken.',
      visie='Risico op suïcide en escalatie bij terugkeer; behoefte aan een veilige woonplek.',
      hulp='Karakter, Entrea Lindenhout (gezinshuis in beeld), Toegang.'),
 dict(j=['F. (2014)', 'zusje Z. (2018)'], gezin='Moeder (1987, Ethiopisch), F. (2014), Z. (2018). Vader (1980) heeft geen gezag, woont in Ede.',
      zorgen='Vader dreigt moeder via berichten; op 27-09-2026 stond hij met een mes voor de deur. Kinderen waren getuige.',
      krachten='Moeder heeft een vriendinnengroep uit de Ethiopische gemeenschap in Ede. F. zit op zwemles.',
      risico='Huiselijk geweld, omgang niet geregeld, moeder heeft PTSS.',
      stemj='F. (12 jaar): "Als papa komt verstop ik Z. in de badkamer." Z. (8) zegt dat ze bang is voor de bel.',
      stemo='Moeder (tolk Amhaars): "Ik wil dat hij ons met rust laat." Vader niet gesproken.',
      visie='Acute dreiging, kinderen in loyaliteitsconflict. Advies gewenst over beschermingsmaatregel.',
      hulp='Veilig Thuis, politie basisteam Ede, Pro Persona (traumabehandeling moeder).'),
 dict(j=['G. (2017)'], gezin='Moeder (1994), stiefvader (1990), G. (2017), halfzus (2024). Vader van G. woont op Bonaire.',
      zorgen='G. gaat vaak hongerig naar school en komt met vieze kleding. Woning is vervuild (huisbezoek 05-11-2026).',
      krachten='School biedt ontbijt. Tante mz in Almere is bereid te helpen.',
      risico='Schulden, depressie moeder, huisvestingsproblemen.',
      stemj='G. (9 jaar): "Soms is er geen eten. Dan eet ik bij de buren."',
      stemo='Moeder: "Ik krijg het niet voor elkaar, ik ben zo moe." Stiefvader: "We redden het wel."',
      visie='Structurele verwaarlozing; vrijwillige hulp heeft tot nu weinig opgeleverd.',
      hulp='Schuldhulp, Toegang, woningcorporatie De Alliantie.'),
 dict(j=['H. (2008)'], gezin='H. (2008), vader (1968), moeder overleden (2022). Gezin woont op een boerderij bij Winterswijk.',
      zorgen='Vader drinkt sinds het overlijden van moeder. H. regelt alles thuis en verzuimt. Op 30-10-2026 reed vader dronken met H. in de auto.',
      krachten='Oom vz en tante in Aalten zijn betrokken. H. heeft een bijbaan en vrienden.',
      risico='Alcohol, rouw, sociale isolatie op het platteland.',
      stemj='H. (18 jaar in december): "Ik wil hier weg, maar ik laat pa niet alleen."',
      stemo='Vader: "Ik drink niet meer dan de buurman."',
      visie='Parentificatie en verkeersgevaar; de situatie is langer onveilig.',
      hulp='Tactus, huisarts Winterswijk, Toegang.'),
 dict(j=['C. (2016)', 'broer I. (2013)'], gezin='Moeder (1985, Aruba), vader (1983, Nederlands), C. (2016), I. (2013). Ouders gescheiden sinds 2024.',
      zorgen='Vechtscheiding; kinderen worden ingezet in het conflict. Op 10-10-2026 was een overdracht bij de BSO met politie-inzet.',
      krachten='Beide ouders houden van de kinderen. I. voetbalt bij een club in Amersfoort.',
      risico='Hoog conflict, geen communicatie, nieuwe partner vader.',
      stemj='I. (13 jaar): "Ik wil niet kiezen." C. (10): "Ik mis papa als ik bij mama ben en andersom."',
      stemo='Moeder: "Hij luistert niet." Vader: "Zij houdt de kinderen bij mij weg."',
      visie='Emotionele onveiligheid door het conflict.',
      hulp='Toegang, Kinderen uit de Knel (aanmelding), mediator.'),
]
YEAR_STAMP = ['12-11-2026', '2026-11-17', '19-11-2026', '24 november 2026', '26-11-2026', '01-12-2026', '3 december 2026']
SOORT = ['Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Overdracht', 'Eerste inbreng']
STYLES = ['plain', 'numbered', 'caps', 'synonym']
LABELS = {
 'plain':   ['Datum', 'Soort inbreng', 'Jeugdige (voorletter en geboortejaar)', 'Inbrenger', 'Vaste deelnemer', 'Verantwoordelijke gemeente', 'Gedragsdeskundige geraadpleegd', 'Geïnformeerd en gesproken', 'Instemming betrokkenen', 'Vraag aan het VeiligheidsTeam', 'Gezinssamenstelling', 'Wat is er nu onveilig', 'Patroon', 'Krachten en beschermende factoren', 'Risicofactoren', 'Stem van de jeugdige', 'Stem van ouders en verzorgers', 'Visie van de inbrenger', 'Veiligheidsscore', 'Betrokken hulpverlening', 'Persoonsgegevens'],
 'synonym': ['Datum inbreng', 'Type inbreng', 'Jeugdige(n)', 'Inbrenger (naam, functie, organisatie)', 'Vaste deelnemer', 'Gemeente', 'Gedragswetenschapper geraadpleegd', 'Wie is wanneer geïnformeerd', 'Instemming', 'Hulpvraag aan het VHT', 'Gezinssamenstelling', 'Zorgen', 'Patroon uit het verleden', 'Krachten', 'Risicofactoren', 'Wat zegt de jeugdige', 'Stem van ouders', 'Visie inbrenger', 'Score', 'Betrokken hulpverlening', 'Persoonsgegevens'],
}
LABELS['caps'] = [l.upper() for l in LABELS['plain']]
LABELS['numbered'] = ['%d. %s' % (i + 1, l) for i, l in enumerate(LABELS['synonym'])]
PATROON = ['Eerdere melding bij Veilig Thuis in 2024, afgesloten na veiligheidsplan.',
 '| wanneer | wat |\n| 2023 | zorgmelding politie |\n| voorjaar 2025 | melding VT, afgesloten |\n| wk 41 2026 | schoolmelding |',
 'TIJDLIJN: 2022 verhuizing naar Nederland - 2024 eerste gesprek wijkteam - okt 2026 escalatie.']
CONTACT = '\n| rol | organisatie |\n| jeugdarts | GGD Gelderland-Zuid |\n| kinderarts | Rijnstate |\n| ambulant hulpverlener | Pluryn |'
PG_EMPTY = ['n.v.t.', '-', 'niet invullen bij inbreng']

def card(i, sc, pro, style, soort, date, extra):
    """extra: dict place-> text injected (for dirty or harmless special blocks)."""
    L = LABELS[style]
    g = lambda k: extra.get(k, '')
    out = []
    for tag in ('FILENAME', 'PROPERTY title', 'PROPERTY company', 'HEADER'):
        if tag in extra: out.append('[%s]\n%s\n' % (tag, extra[tag]))
    ini = sc['j'][0].split()[0]
    geinf = ('Moeder: gesproken op %s (huisbezoek).\n%s: gesproken op school, in bijzijn van de mentor.\nVader: telefonisch geïnformeerd.\nDe jeugdarts van de GGD is op de hoogte.' % (date, ini))
    instem = 'Ja, ouders stemmen in met bespreking in het VHT.' if i % 5 else 'Nee, vader weigert. Reden: hij wantrouwt hulpverlening. Verantwoording inbrenger: de veiligheid van de kinderen weegt zwaarder; moeder stemt wel in.'
    vraag = ['Is vrijwillige hulp nog voldoende, of is een beschermingsmaatregel nodig?', 'Graag advies over de vervolgstappen en wie regie neemt.', 'ADVIES GEVRAAGD: VOLSTAAT HET VEILIGHEIDSPLAN?', 'Moet de Raad voor de Kinderbescherming een verzoek tot onderzoek krijgen?'][i % 4]
    fields = [date, soort, '\n'.join(sc['j']), pro[0], pro[1], pro[2], (('Ja, ' + pro[3]) if pro[3] else 'Nee'), geinf, instem, vraag,
              sc['gezin'] + g('gezin'), sc['zorgen'] + g('zorgen'), (PATROON[i % 3]) + g('patroon'),
              sc['krachten'] + g('krachten'), sc['risico'], sc['stemj'] + g('stemj'), sc['stemo'] + g('stemo'), sc['visie'],
              '| wie | score |\n| inbrenger | %d |\n| moeder | %d |\n| jeugdige | %d |' % (3 + i % 3, 5 + i % 4, 2 + i % 5) + g('score'),
              sc['hulp'] + ('' if i % 4 else CONTACT) + g('hulp'), extra.get('pg', PG_EMPTY[i % 3])]
    for k, (lab, val) in enumerate(zip(L, fields)):
        if k == 6 and not pro[3] and i % 2: continue  # optional section left out sometimes
        out.append('%s:\n%s\n' % (lab, val))
        if k == 11 and 'COMMENT' in extra: out.append('[COMMENT author=%s]\n%s\n' % extra['COMMENT'])
        if k == 15 and 'ALT' in extra: out.append('[ALT]\n%s\n' % extra['ALT'])
        if k == 18 and 'TRACKED-DELETION' in extra: out.append('[TRACKED-DELETION]\n%s\n' % extra['TRACKED-DELETION'])
        if k == 19 and 'FOOTNOTE' in extra: out.append('[FOOTNOTE]\n%s\n' % extra['FOOTNOTE'])
    for tag in ('FOOTER', 'MAIL-SUBJECT', 'MAIL-BODY'):
        if tag in extra: out.append('[%s]\n%s\n' % (tag, extra[tag]))
    return '\n'.join(out)

def harmless(i, sc, pro, date):
    ini = sc['j'][0].split()[0]
    opts = [
     ('HEADER', 'VHK - VERTROUWELIJK - %s' % pro[2].upper()),
     ('FOOTER', 'Pagina 1 van 3 - Veilig Thuis: 0800-2000 - bij acuut gevaar 112'),
     ('PROPERTY title', 'Veiligheidskaart %s - %s' % (sc['j'][0], date)),
     ('PROPERTY company', pro[0].split(', ')[-1]),
     ('FILENAME', 'VHK_%s_%s_%s.docx' % (pro[2], ini.rstrip('.'), date.replace(' ', '').replace('-', ''))),
     ('COMMENT', (pro[0].split(', ')[-1], 'Graag concreter: wanneer precies en wie zag het?')),
     ('ALT', 'Foto van een tekening: drie huizen, het huis van de dromen is geel.'),
     ('TRACKED-DELETION', 'Inbrenger: 5.'),
     ('FOOTNOTE', 'Bron: verslag schoolmaatschappelijk werk van week 45.'),
     ('MAIL-SUBJECT', 'VHK %s %s ter bespreking VHT' % (sc['j'][0], pro[2])),
     ('MAIL-BODY', 'Goedemorgen,\nHierbij de kaart voor het VHT van dinsdag. Gr, vaste deelnemer %s' % pro[2]),
    ]
    r = random.Random(i)
    return dict(r.sample(opts, 3))

rows = []
for i in range(1, 46):
    sc = SC[(i - 1) % len(SC)]; pro = PROS[(i * 7) % len(PROS)]
    style = STYLES[i % 4]; date = YEAR_STAMP[i % len(YEAR_STAMP)]; soort = SOORT[i % len(SOORT)]
    ex = harmless(i, sc, pro, date)
    open(os.path.join(OUT, 'card-%02d.txt' % i), 'w', encoding='utf-8', newline='\n').write(card(i, sc, pro, style, soort, date, ex))
    rows.append(('card-%02d.txt' % i, 'CLEAN', '-'))

rb = random.Random(2425)
b1, b2 = bsn(rb), bsn(rb)
ib1 = iban(rb, 'RABO')
# dirty items: list of (cat, value, place label, extra key, text with {v})
D = [
 [('NAME', 'Tesfay Ghebremeskel', 'body (Gezinssamenstelling)', 'gezin', '\nVader heet Tesfay Ghebremeskel en werkt in Almere.'),
  ('PHONE', '06-38815277', 'footer', 'FOOTER', 'Bereikbaar moeder: 06-38815277')],
 [('NAME', 'Awadia', 'comment text', 'COMMENT', ('Toegang Arnhem', 'Awadia (tante) wil getuigen, graag bellen')),
  ('BIRTHDATE', '17-05-2010', 'body (Stem van de jeugdige)', 'stemj', '\nA. is geboren op 17-05-2010 en wordt dus binnenkort 17.')],
 [('NAME', 'SUNDARAM', 'header', 'HEADER', 'VHK GEZIN SUNDARAM - VERTROUWELIJK'),
  ('EMAIL', 'meera.sundaram84@gmail.com', 'mail body', 'MAIL-BODY', 'Hoi, moeder vraagt of de kaart ook naar meera.sundaram84@gmail.com kan. Groet')],
 [('NAME', 'Wanderley', 'table row (Gezinssamenstelling)', 'gezin', '\n| partner moeder | Wanderley | 1990 |'),
  ('URL', 'https://www.instagram.com/tatiane.lelystad', 'footnote', 'FOOTNOTE', 'Filmpje van de ruzie staat op https://www.instagram.com/tatiane.lelystad')],
 [('NAME', 'Xiomara', 'body (Stem van ouders en verzorgers)', 'stemo', '\nOma Xiomara: "Mi ta kla pa kuida e yu."'),
  ('BSN', b1, 'tracked deletion', 'TRACKED-DELETION', 'BSN K.: %s' % b1)],
 [('NAME', 'Go Swie Lan', 'property (title)', 'PROPERTY title', 'Veiligheidskaart Go Swie Lan en kinderen'),
  ('ADDRESS', 'Deventerstraat 161', 'body (Wat is er nu onveilig)', 'zorgen', '\nHet restaurant en de woning zijn op de Deventerstraat 161.')],
 [('NAME', 'Gerlinde Haverkamp', 'comment author', 'COMMENT', ('Gerlinde Haverkamp', 'Klopt de datum van het letsel?')),
  ('POSTCODE', '8181 KW', 'body (Gezinssamenstelling)', 'gezin', '\nGrootouders vz wonen in 8181 KW Heerde.')],
 [('NAME', 'Lisanne', 'alt text', 'ALT', 'Tekening die vriendin Lisanne voor N. maakte: een meisje achter tralies.'),
  ('ID_NUMBER', 'KAR-2026-77104', 'body (Betrokken hulpverlening)', 'hulp', '\nOpnamenummer Karakter: KAR-2026-77104.')],
 [('NAME', 'Mulugeta', 'mail subject', 'MAIL-SUBJECT', 'VHK F. en Z. - vader Mulugeta dreigt weer'),
  ('PHONE', '+31 6 4410 9273', 'body (Stem van ouders en verzorgers)', 'stemo', '\nMoeder wil teruggebeld worden op +31 6 4410 9273.')],
 [('NAME', 'Jair', 'table row (Veiligheidsscore)', 'score', '\n| Jair (stiefvader) | 7 |'),
  ('IBAN', ib1, 'body (Betrokken hulpverlening)', 'hulp', '\nHuur wordt achterstallig betaald vanaf %s.' % ib1)],
 [('NAME', 'Gradus Nijenhuis', 'file name', 'FILENAME', 'VHK_Winterswijk_Gradus Nijenhuis_def.docx'),
  ('BIRTHDATE', '04-12-2008', 'body (Stem van de jeugdige)', 'stemj', '\nH. wordt 18 op 04-12-2008 + 18 jaar, geboortedatum 04-12-2008.')],
 [('NAME', 'ROZENBERG', 'body (Krachten en beschermende factoren)', 'krachten', '\nOPA ROZENBERG HAALT DE KINDEREN OP DINSDAG VAN SCHOOL.'),
  ('ID_NUMBER', 'BSO-CL-04417', 'mail body', 'MAIL-BODY', 'Beste VHT, de BSO noemt in haar verslag kindnummer BSO-CL-04417. Mvg, vaste deelnemer')],
 [('NAME', 'Tsehaye', 'footnote', 'FOOTNOTE', 'Volgens de mentor van S., mevrouw Tsehaye van de taalklas.'),
  ('EMAIL', 'fam.weldu@hotmail.com', 'header', 'HEADER', 'Retour naar fam.weldu@hotmail.com')],
 [('NAME', 'Ikram', 'body (Gezinssamenstelling)', 'gezin', '\nHalfzus Ikram (2005) woont in Arnhem-Zuid.'),
  ('BSN', b2, 'table row (Veiligheidsscore)', 'score', '\n| bsn A. | %s |' % b2)],
 [('NAME', 'Vanessa', 'tracked deletion', 'TRACKED-DELETION', 'Oma Vanessa wil niet dat de school meekijkt.'),
  ('ADDRESS', 'Veluwse Heide 9', 'body (Betrokken hulpverlening)', 'hulp', '\nOuders wonen op de Veluwse Heide 9 in Lelystad.')],
]
# fix the awkward birthdate line
D[10][1] = ('BIRTHDATE', '04-12-2008', 'body (Stem van de jeugdige)', 'stemj', '\nH. is geboren op 04-12-2008 en wil na zijn verjaardag op kamers.')
for n, items in enumerate(D):
    i = 46 + n
    sc = SC[n % len(SC)]; pro = PROS[(i * 7) % len(PROS)]
    style = STYLES[i % 4]; date = YEAR_STAMP[i % len(YEAR_STAMP)]; soort = SOORT[i % len(SOORT)]
    ex = harmless(i, sc, pro, date)
    notes = []
    for cat, val, place, key, text in items:
        ex[key] = text
        notes.append('%s "%s" @ %s' % (cat, val, place))
    open(os.path.join(OUT, 'card-%02d.txt' % i), 'w', encoding='utf-8', newline='\n').write(card(i, sc, pro, style, soort, date, ex))
    rows.append(('card-%02d.txt' % i, 'DIRTY', '; '.join(notes)))
with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('file\texpect\tnotes\n')
    for r in rows: fh.write('\t'.join(r) + '\n')
