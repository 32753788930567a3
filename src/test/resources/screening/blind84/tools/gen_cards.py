#!/usr/bin/env python3
"""Generate ../cards/card-01..60.txt and cards.tsv (seeded; byte-identical on re-run)."""
import os, random
rng = random.Random(84)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'cards')

PROS = [  # (inbrenger, vaste deelnemer, gedragsdeskundige or None, gemeente, comment author)
 ('Marloes Verkerk, zorgcoördinator, Amstelveen College', 'Ruben Kastelein, Samen DOEN Amstelveen', 'Yasmina Boulahrouz, orthopedagoog Samen DOEN', 'Amstelveen', 'Zorgteam Amstelveen College'),
 ('Catherine O\'Dowd, school counselor, international school Amstelveen', 'Ruben Kastelein, Samen DOEN Amstelveen', None, 'Amstelveen', 'Counselor (secondary school)'),
 ('Sanne Wijffels, jeugdconsulent, Jeugd- en gezinsteam Haarlemmermeer', 'Erik-Jan Bosveld, gemeente Haarlemmermeer', 'Dr. Anand Mohan, GZ-psycholoog', 'Haarlemmermeer', 'Gedragswetenschapper JGT'),
 ('Koen Breedveld, jeugdconsulent, gemeente Uithoorn', 'Koen Breedveld, gemeente Uithoorn', 'Lieke Ammerlaan, orthopedagoog', 'Uithoorn', 'Toegang Uithoorn'),
 ('Thijs Hoekstra, casemanager, Veilig Thuis Amsterdam-Amstelland', 'Thijs Hoekstra, Veilig Thuis Amsterdam-Amstelland', 'Meike Dorrestijn, gedragswetenschapper VT', 'Aalsmeer', 'Veilig Thuis Amsterdam-Amstelland'),
 ('Ingrid van Dalsum-Achterberg, gezinsmanager, Jeugdbescherming Regio Amsterdam', 'Wouter Schaap, Jeugdbescherming Regio Amsterdam', 'Farida Ouchan, gedragswetenschapper JBRA', 'Ouder-Amstel', 'Gedragswetenschapper JBRA'),
 ('Babette Lansink, regiebehandelaar, Levvel', 'Jorien Tempelman, gemeente Diemen', 'Babette Lansink, GZ-psycholoog Levvel', 'Diemen', 'Regiebehandelaar Levvel'),
 ('Niels Oosterhuis, casemanager, Veilig Thuis Kennemerland', 'Chantal Pleijsier, Veilig Thuis Kennemerland', None, 'Haarlemmermeer', 'Veilig Thuis Kennemerland'),
 ('Dewi Sardjoe, ouder- en kindadviseur, Samen DOEN Amstelveen', 'Ruben Kastelein, Samen DOEN Amstelveen', 'Okke Halsema, orthopedagoog', 'Amstelveen', 'Voorzitter VHT'),
 ('Rachel Meijboom, zorgcoördinator, Haarlemmermeer Lyceum', 'Erik-Jan Bosveld, gemeente Haarlemmermeer', None, 'Haarlemmermeer', 'Zorgcoördinator school'),
]

# scenario: (place, kids list of (relation,initial-slot,age), gezin text, zorgen, patroon, krachten, risico, stemj, stemo, visie, hulp, vraag, english?)
SC = [
 dict(place='Westwijk', school='Amstelveen College', gezin='Moeder ({m}), vader ({v}), {J} en broertje {B}. Expat family from India, in NL since 2023; vader werkt op de Zuidas.',
  zorgen=['Student came to school with a bruise on the cheek on {d1}; says dad "lost it" over grades.', 'Mentor ziet sinds de herfstvakantie terugtrekken, slecht slapen, 4 keer te laat.'],
  patroon='Strenge opvoeding, slaan met de hand als straf was in het land van herkomst "normaal" volgens vader.',
  krachten='Moeder is warm en zoekt steun. {J} has good friends in class and plays cricket in Amstelveen.',
  risico='Hoge prestatiedruk, geen netwerk in NL, taalbarrière moeder, vader vaak op reis.',
  stemj='{J}: "I just want them to stop yelling about my grades. I am scared when dad comes home."',
  stemo='Vader: "In our culture a child listens." Moeder wil hulp maar durft niet zonder vader.',
  visie='Zorgen over fysiek geweld en druk. Ouders staan open voor gesprek, maar vader minimaliseert.',
  hulp='Zorgteam school, huisarts, Samen DOEN Amstelveen.', vraag='Is vrijwillige hulp via Samen DOEN voldoende of is een melding bij Veilig Thuis Amsterdam-Amstelland nodig?'),
 dict(place='Duivendrecht', school='Hermann Wesselink College', gezin='Moeder ({m}), {J}, zus {B}. Ghanese familie; vader woont in Accra, af en toe videobellen.',
  zorgen=['{J} vertelt dat moeder haar slaat met een riem bij "ongehoorzaamheid".', 'Op {d1} is {J} niet thuisgekomen en sliep ze bij een vriendin in Diemen.'],
  patroon='Eerdere zorgmelding 2024 bij Veilig Thuis, afgesloten na gesprek met de pastor.',
  krachten='Sterke kerkgemeenschap in Duivendrecht; moeder werkt hard (schoonmaak op Schiphol) en is trots op haar kinderen.',
  risico='Lijfstraffen als opvoedmiddel, moeder werkt nachtdiensten, weinig toezicht.',
  stemj='{J} (jeugdige): "Ik wil niet dat mama boos wordt op de kerk, maar ik wil ook niet meer geslagen worden."',
  stemo='Moeder: "Ik sla niet om pijn te doen, ik voed op zoals ik ben opgevoed."',
  visie='Structureel fysiek geweld; moeder is bereid tot gesprek mits de kerk niet wordt betrokken.',
  hulp='Huisarts, zorgteam Hermann Wesselink College, Veilig Thuis Amsterdam-Amstelland.', vraag='Advies: melding bij Veilig Thuis of vrijwillig traject met cultuursensitieve hulp?'),
 dict(place='Hoofddorp (Floriande)', school='Haarlemmermeer Lyceum', gezin='Moeder ({m}), {J}, broertje {B}. Gevlucht uit Oekraïne in 2022; vader is in Oekraïne.',
  zorgen=['Moeder is sinds de zomer somber en drinkt; {J} zorgt voor broertje.', 'Op {d1} vond school {J} huilend in de toiletten na nieuws over het front.'],
  patroon='Sinds aankomst in Haarlemmermeer drie verhuizingen tussen opvanglocaties.',
  krachten='Goede band tussen broer en zus. Oekraïense gemeenschap in Hoofddorp helpt met boodschappen.',
  risico='Trauma, onzekere verblijfsstatus, alcohol moeder, taal.',
  stemj='{J}: "Mama huilt elke avond. Ik kook voor mijn broertje. Ik wil naar huis maar er is geen huis."',
  stemo='Moeder (via tolk): "Ik weet dat ik moet stoppen met drinken. Ik ben zo moe."',
  visie='Parentificatie en verwaarlozing door psychische nood moeder; hulp moet snel en in eigen taal.',
  hulp='Vluchtelingenwerk, Jeugd- en gezinsteam Haarlemmermeer, huisarts, Arkin (aanmelding moeder).', vraag='Welke hulp is nodig om de zorg voor de kinderen te borgen, en is een Veilig Thuis-melding aan de orde?'),
 dict(place='Uithoorn (Legmeer)', school='Alkwin Kollege', gezin='Moeder ({m}), stiefvader, {J}, halfzusje {B}. Stiefvader werkt in ploegen bij Schiphol (platform).',
  zorgen=['Ruzies tussen moeder en stiefvader lopen uit de hand; politie op {d1} na melding buren.', '{J} blijft steeds vaker weg en blowt.'],
  patroon='Sinds 2023 meerdere politiemeldingen huiselijk geweld.',
  krachten='Oma in De Kwakel is een veilige plek. Moeder wil de relatie verbeteren.',
  risico='Wisselende diensten, slaaptekort, schulden, alcohol stiefvader.',
  stemj='{J}: "Ik ga gewoon weg als ze ruzie hebben. Bij oma is het rustig."',
  stemo='Moeder: "Het gaat soms mis, maar we werken eraan." Stiefvader wil niet in gesprek.',
  visie='Kinderen zijn getuige van partnergeweld; vrijwillige hulp komt niet van de grond.',
  hulp='Toegang Uithoorn, politie basisteam Amstelland, huisarts.', vraag='Is een interventiegesprek met de Raad voor de Kinderbescherming aangewezen?'),
 dict(place='Keizer Karelpark', school='Keizer Karel College', gezin='Vader ({v}), moeder ({m}), {J} en zusje {B}. Japanse familie, vader werkt voor een Japans bedrijf in Amstelveen.',
  zorgen=['{J} has stopped eating lunch; lost weight since the summer. Counselor fears an eating disorder.', 'Ouders ontkennen; vader zegt dat {J} "gewoon moet doorzetten".'],
  patroon='Geen eerdere meldingen.',
  krachten='Ouders zijn betrokken bij school; {J} doet het goed in muziek (piano).',
  risico='Schaamte, geen steunend netwerk in NL, hoge druk.',
  stemj='{J}: "If I tell them, they will be ashamed. I want help but not at home."',
  stemo='Moeder (via tolk): "Wij lossen dit als familie op."',
  visie='Medische zorg is urgent; ouders houden hulp af uit schaamte.',
  hulp='Jeugdarts GGD Amsterdam, huisarts, Levvel (aanmelding eetstoornissen).', vraag='Hoe krijgen we ouders mee in behandeling, en wanneer is dwang nodig?'),
 dict(place='Nieuw-Vennep (Getsewoud)', school='Herbert Vissers College', gezin='Moeder ({m}), vader ({v}), {J} en broer {B}. Hindostaanse familie; oma van vaderskant woont in.',
  zorgen=['{J} mag niet naar buiten na school en moet na de zomer trouwen volgens de familie, zegt ze zelf.', 'Op {d1} kwam {J} met een blauwe arm op school.'],
  patroon='Broer is eerder na conflict naar Suriname gestuurd (2024).',
  krachten='{J} is slim en heeft een vertrouwensband met de mentor.',
  risico='Eergerelateerd geweld, dreiging huwelijkse gevangenschap, isolement.',
  stemj='{J}: "Ik wil mijn school afmaken. Als ze me naar Suriname sturen kom ik niet terug."',
  stemo='Vader: "Dit is een familiezaak." Moeder zegt niets in bijzijn van vader.',
  visie='Acute zorg over eer en huwelijksdwang; expertise LKHG nodig.',
  hulp='Zorgteam school, Veilig Thuis Kennemerland, Landelijk Knooppunt Huwelijksdwang en Achterlating.', vraag='Advies over veiligheidsplanning bij eergerelateerd geweld en eventuele uithuisplaatsing.'),
 dict(place='Diemen', school='Ichthus Lyceum', geinf='Moeder: gesproken op {d2} (eindgesprek De Bascule).\n{J}: gesproken op de afdeling voor ontslag.', gezin='Moeder ({m}), {J}. Vader is uit beeld. Ontslag uit De Bascule na opname.',
  zorgen=['Ontslagbrief De Bascule: opname {d1} t/m {d2} wegens suïcidaliteit; F32.2, F43.1.', 'Moeder werkt onregelmatig; toezicht op medicatie (sertraline 50 mg 1dd) is onzeker.'],
  patroon='Eerdere suïcidepoging 2025; moeder had zelf een depressie.',
  krachten='Moeder is betrokken en zeer gemotiveerd. {J} heeft een hond en zit op kickboksen.',
  risico='Terugval na ontslag, weinig netwerk, moeder overbelast.',
  stemj='{J}: "Thuis is beter dan op de afdeling, maar ik ben bang dat het weer misgaat."',
  stemo='Moeder: "Ik wil weten wat ik moet doen als het weer misgaat."',
  visie='Veiligheidsplan na ontslag ontbreekt nog; samenwerking GGZ en gemeente nodig.',
  hulp='De Bascule (ambulant), huisarts, gemeente Diemen, 113 (veiligheidsplan).', vraag='Welke afspraken zijn nodig om de veiligheid na ontslag te borgen?'),
 dict(place='Badhoevedorp', school='basisschool De Zonnewijzer', gezin='Moeder ({m}), vader ({v}), {J} en baby {B}. Beide ouders werken in ploegen bij Schiphol (security en KLM).',
  zorgen=['Baby had op {d1} een schedelfractuur; uitleg ouders past niet bij het letsel (SEH Spaarne Gasthuis).', 'Ouders zijn uitgeput door wisselende diensten.'],
  patroon='Geen eerdere meldingen.',
  krachten='Ouders zijn liefdevol en werken mee aan onderzoek.',
  risico='Slaaptekort, geen netwerk in de buurt, postpartumklachten moeder.',
  stemj='{J} (7 jaar) tekent het huis met een huilende baby; zegt dat papa soms schreeuwt.',
  stemo='Vader: "Hij rolde van de commode, het ging zo snel."',
  visie='Onverklaard letsel bij een zuigeling; forensisch-medisch onderzoek loopt.',
  hulp='Spaarne Gasthuis, Veilig Thuis Kennemerland, JGZ.', vraag='Is een beschermingsonderzoek door de Raad nodig?'),
 dict(place='Aalsmeer (Kudelstaart)', school='Wellant College', ouder='Vader', geinf='Vader: gesproken op {d1} (huisbezoek Kudelstaart).\n{J}: gesproken op school met de mentor erbij.\nTante: telefonisch op {d2}.', gezin='Vader ({v}), {J}, broer {B}. Moeder overleden in 2024.',
  zorgen=['Vader drinkt na zijn werk in de kassen; {J} zorgt voor het huishouden.', 'Op {d1} belde {J} de politie omdat vader dreigde met een mes.'],
  patroon='Rouwproces niet verwerkt; vader eerder behandeld bij Arkin.',
  krachten='Tante in Oosteinde biedt opvang; {J} zit bij de roeivereniging.',
  risico='Alcohol, rouw, dreiging met geweld.',
  stemj='{J}: "Ik mis mama. Papa is niet gemeen als hij niet drinkt."',
  stemo='Vader: "Ik schaam me voor die avond. Ik wil terug naar Arkin."',
  visie='Acute dreiging geweest; vader motiveerbaar; borging via netwerk nodig.',
  hulp='Arkin, huisarts, Veilig Thuis Amsterdam-Amstelland.', vraag='Advies over netwerkveiligheidsplan en wie toeziet.'),
 dict(place='Zwanenburg', school='Haarlemmermeer Lyceum', gezin='Moeder ({m}), vader ({v}), {J}. Amerikaanse vader, Nederlandse moeder; scheiding loopt.',
  zorgen=['Vechtscheiding: {J} wordt ingezet in de strijd, vader dreigt te verhuizen naar de VS met {J}.', 'Incident op {d1} bij de overdracht bij het tankstation in Halfweg.'],
  patroon='Sinds de scheiding in 2025 escaleert elke overdracht.',
  krachten='Beide ouders houden veel van {J}; {J} heeft een sterke band met de hockeyclub.',
  risico='Ontvoeringsdreiging, loyaliteitsconflict.',
  stemj='{J}: "I don\'t want to choose. Stop asking me who I love more."',
  stemo='Vader: "The Dutch courts are biased." Moeder: "Ik ben bang dat hij hem meeneemt."',
  visie='Ernstige loyaliteitsconflicten; dreiging internationale kinderontvoering.',
  hulp='Rechtbank Haarlem, Jeugd- en gezinsteam Haarlemmermeer, Centrum Internationale Kinderontvoering.', vraag='Moet de Raad een verzoek OTS onderzoeken?'),
]
INITS = ['A.', 'R.', 'S.', 'K.', 'Y.', 'N.', 'T.', 'L.', 'M.', 'D.', 'E.', 'I.', 'V.', 'Z.', 'H.', 'O.', 'Ch.', 'Th.', 'IJ.', 'F.']
DATES = ['09-11-2026', '2026-11-12', '17-11-2026', '24 nov. 2026', '19/11/2026', '26-11-2026', '1 december 2026', '2026-12-02',
         'November 30th, 2026', '03-12-2026']
SOORT = ['Eerste inbreng', 'Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Eerste inbreng', 'Overdracht']
LAB = {  # style -> labels
 'canon': ['Datum', 'Soort inbreng', 'Jeugdige (voorletter en geboortejaar)', 'Inbrenger', 'Vaste deelnemer', 'Verantwoordelijke gemeente',
           'Gedragsdeskundige geraadpleegd', 'Geïnformeerd en gesproken', 'Instemming betrokkenen', 'Vraag aan het VeiligheidsTeam',
           'Gezinssamenstelling', 'Wat is er nu onveilig', 'Patroon', 'Krachten en beschermende factoren', 'Risicofactoren',
           'Stem van de jeugdige', 'Stem van ouders en verzorgers', 'Visie van de inbrenger', 'Veiligheidsscore', 'Betrokken hulpverlening', 'Persoonsgegevens'],
 'syn': ['Datum inbreng', 'Type inbreng', 'Jeugdige(n)', 'Inbrenger (naam, functie, organisatie)', 'Vaste deelnemer', 'Gemeente',
         'Gedragswetenschapper geraadpleegd', 'Wie is wanneer geïnformeerd', 'Instemming', 'Vraag aan het VHT', 'Gezinssamenstelling',
         'Zorgen', 'Patroon uit het verleden', 'Krachten', 'Risicofactoren', 'Wat zegt de jeugdige', 'Stem van ouders', 'Visie inbrenger',
         'Score', 'Betrokken hulpverlening', 'Persoonsgegevens'],
}

def card(i):
    s = SC[i % len(SC)]
    pro = PROS[(i * 3) % len(PROS)]
    if SOORT[i % len(SOORT)] == 'Overdracht': pro = PROS[4] if i % 2 else PROS[7]
    st = 'canon' if i % 2 else 'syn'
    labs = LAB[st]
    if i % 7 == 3: labs = [l.upper() for l in labs]
    if i % 7 == 5: labs = [l.lower() for l in labs]
    numbered = i % 3 == 0
    date = DATES[i % len(DATES)]
    year = 2026
    jy = rng.choice([2009, 2010, 2011, 2012, 2013]) if s['place'] != 'Badhoevedorp' else 2019
    by = 2026 if s['place'] == 'Badhoevedorp' else rng.choice([2014, 2015, 2016, 2017])
    ji, bi = rng.sample(INITS, 2)
    mo, va = rng.choice(range(1975, 1992)), rng.choice(range(1970, 1990))
    J, Bx = ji, bi
    f = dict(J=J, B='%s (%d)' % (Bx, by), m=mo, v=va, d1=rng.choice(['12-10-2026', '2026-10-19', '3 november', 'Oct 14th', '28/10/2026', 'vr 30 okt.']),
             d2=rng.choice(['30-10-2026', '2026-11-13', '20 november']))
    soort = SOORT[i % len(SOORT)]
    if soort in ('Vervolgbespreking', 'Monitoring'): soort += ' (eerder besproken als VHT-2026-%04d)' % (100 + i * 7)
    if soort == 'Overdracht': soort += ' (Veilig Thuis -> Toegang)'
    nee = i % 8 == 4
    inst = ('Nee. Ouder weigert bespreking ("no outsiders"). Reden inbrenger: de veiligheid van %s vraagt om advies van het VHT; '
            'moeder is geïnformeerd dat we bespreken.' % J) if nee else 'Ja, ouders en %s stemmen in (mondeling, %s).' % (J, f['d1'])
    ged = ('Ja, %s, op %s' % (pro[2], f['d1'])) if pro[2] else 'Nee'
    sc = (rng.randint(2, 5), rng.randint(5, 8), rng.randint(1, 5))
    score = 'Inbrenger: %d. %s: %d. %s: %d.' % (sc[0], s.get('ouder', 'Moeder'), sc[1], J, sc[2])
    if i % 5 == 1: score = '| wie | score |\n| inbrenger | %d |\n| %s | %d |\n| %s | %d |' % (sc[0], s.get('ouder', 'moeder').lower(), sc[1], J, sc[2])
    vals = [date, soort, '%s (%d)\n%s' % (J, jy, f['B']), pro[0], pro[1], pro[3], ged,
            s.get('geinf', 'Moeder: gesproken op {d1}.\n{J}: gesproken op school, in bijzijn van de mentor.\nVader: telefonisch geïnformeerd op {d2}.').format(**f),
            inst, s['vraag'].format(**f), s['gezin'].format(**f), '\n'.join('- ' + z.format(**f) for z in s['zorgen']),
            s['patroon'].format(**f), s['krachten'].format(**f), s['risico'].format(**f), s['stemj'].format(**f),
            s['stemo'].format(**f), s['visie'].format(**f), score, s['hulp'].format(**f),
            rng.choice(['n.v.t.', '-', 'niet invullen bij inbreng'])]
    blocks = []
    blocks.append('[PROPERTY title]\nVeiligheidskaart %s (%d) - %s' % (J, jy, soort.split(' (')[0]))
    if i % 4 == 0: blocks.append('[FILENAME]\nVHK_%s_%s%d_%s.docx' % (pro[3], J.strip('.'), jy, date.replace(' ', '').replace('/', '-').replace(',', '')))
    if i % 4 == 1: blocks.append('[MAIL-SUBJECT]\nAanmelding VHT - %s - %s (%d)' % (pro[3], J, jy))
    if i % 4 == 1: blocks.append('[MAIL-BODY]\nBeste voorzitter,\n\nBijgaand de kaart voor bespreking. Graag inplannen.\n\nMet vriendelijke groet,\nvaste deelnemer %s' % pro[3])
    blocks.append('[HEADER]\nVHK - VERTROUWELIJK - %s' % pro[3].upper())
    body = []; secpos = {}
    for k, (lab, val) in enumerate(zip(labs, vals)):
        if lab.lower().startswith(('gedragsdeskundige', 'gedragswetenschapper')) and not pro[2] and i % 2: continue
        if k == 12 and i % 5 == 2: continue  # Patroon optional
        lab2 = ('%d. %s:' % (k + 1, lab)) if numbered else (lab + ':' if i % 6 != 1 else lab)
        body.append('%s\n%s' % (lab2, val)); secpos[k + 1] = len(blocks) + len(body) - 1
        if k == 11 and i % 3 == 1:
            body.append('[COMMENT author=%s]\nGraag concreter: wat zag school precies en wanneer?' % pro[4])
        if k == 15 and i % 3 == 2:
            body.append('[ALT]\nTekening van %s: drie huizen, het huis van de zorgen is het grootst.' % J)
        if k == 18 and i % 2 == 0:
            body.append('[TRACKED-DELETION]\nInbrenger: %d.' % rng.randint(2, 6))
        if k == 19 and i % 5 == 0:
            body.append('[FOOTNOTE]\nBehandeling volgens ontslagbrief; zie DBC-zorgproduct, AGB-code instelling bekend bij inbrenger.')
    blocks += body
    if i % 3 == 0: blocks.append('[PROPERTY company]\n%s' % pro[0].split(', ')[-1])
    blocks.append('[FOOTER]\nPagina 1 van 2 - gepseudonimiseerd - Veilig Thuis 0800-2000')
    return blocks, J, secpos

# DIRTY items: (category, value, place, how) ; how = 'append:<section idx>' or block tag
DIRTY = [
 [('NAME', 'Deepika Raghunathan', 'body (Gezinssamenstelling)', 11, 'Moeder heet Deepika Raghunathan.'), ('EMAIL', 'deepika.r.1983@gmail.com', 'mail body', '[MAIL-BODY]', 'Moeder vraagt de kaart te sturen naar deepika.r.1983@gmail.com')],
 [('NAME', 'Efua Adjei', 'comment author', 'author', ''), ('PHONE', '06-51 73 20 94', 'body (Stem van ouders)', 17, 'Moeder bereikbaar op 06-51 73 20 94.')],
 [('BIRTHDATE', None, 'cover value (Jeugdige)', 3, ''), ('POSTCODE', '2136 WP', 'footer', '[FOOTER]', 'Retour: 2136 WP Hoofddorp')],
 [('NAME', 'Viktoriia', 'alt text', '[ALT]', 'Foto: Viktoriia met haar broertje in de opvang'), ('BSN', None, 'body (Persoonsgegevens)', 21, 'BSN: {bsn}')],
 [('NAME', 'Takeshi Morioka', 'property (title)', '[PROPERTY title]', 'Veiligheidskaart fam. Takeshi Morioka'), ('URL', 'https://www.instagram.com/hana.m_amstelveen', 'body (Zorgen)', 12, 'Ze plaatst berichten op https://www.instagram.com/hana.m_amstelveen')],
 [('ADDRESS', 'Meidoornlaan 26', 'body (Gezinssamenstelling)', 11, 'Gezin woont Meidoornlaan 26 in Nieuw-Vennep.'), ('NAME', 'BHAGWANDIEN', 'header', '[HEADER]', 'GEZIN BHAGWANDIEN')],
 [('ID_NUMBER', '4471902', 'footnote', '[FOOTNOTE]', 'Ontslagbrief De Bascule, patiëntnr. 4471902.'), ('NAME', 'Robin', 'body (Krachten)', 14, 'Moeders vriendin Robin komt dagelijks langs.')],
 [('IBAN', None, 'mail body', '[MAIL-BODY]', 'Declaraties graag op {iban} (rekening vader).'), ('NAME', 'Marja de Groot-Kempen', 'tracked deletion', '[TRACKED-DELETION]', 'Buurvrouw Marja de Groot-Kempen zag de val.')],
 [('NAME', 'KOWALCZYK', 'table row (Gezinssamenstelling)', 11, '| vader | KOWALCZYK | 41 |'), ('BIRTHDATE', '08/02/2013', 'mail subject', '[MAIL-SUBJECT]', 'Referral student DOB 08/02/2013 - zorgteam')],
 [('NAME', 'Jayden', 'body (Stem van de jeugdige)', 16, 'Zijn beste vriend Jayden weet ervan.'), ('ADDRESS', 'Fokkerweg 300-C', 'comment text', '[COMMENT author=Casemanager]', 'Vader verblijft op Fokkerweg 300-C, graag checken.')],
 [('NAME', 'Nadiya', 'file name', '[FILENAME]', 'VHK_Nadiya_Zwanenburg.docx'), ('PHONE', '+380 93 551 2207', 'body (Geïnformeerd en gesproken)', 8, 'Vader in Lviv gebeld op +380 93 551 2207.')],
 [('NAME', 'Reijnders', 'body (Betrokken hulpverlening)', 20, 'Mw. Reijnders (jeugdarts) heeft het kind gezien.'), ('POSTCODE', '1188 BL', 'cover value (Gemeente)', 6, '(1188 BL)')],
 [('EMAIL', 'j.ohene@kpnmail.nl', 'property (company)', '[PROPERTY company]', 'j.ohene@kpnmail.nl'), ('NAME', 'Kwesi', 'body (Krachten)', 14, 'Oom Kwesi uit Duivendrecht biedt opvang.')],
 [('URL', 'https://www.facebook.com/sandeep.chotkan.77', 'footnote', '[FOOTNOTE]', 'Bron: https://www.facebook.com/sandeep.chotkan.77'), ('ID_NUMBER', 'JBRA-2026-07715', 'body (Soort inbreng)', 2, 'dossier JBRA-2026-07715')],
 [('NAME', 'Grace', 'body (Stem van ouders)', 17, 'Moeder Grace: "Ik wil dat het stopt."'), ('BSN', None, 'mail subject', '[MAIL-SUBJECT]', 'VHT aanmelding bsn {bsn}')],
]

def bsn():
    while True:
        d = str(rng.randint(100000000, 999999999))
        if (sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])) % 11 == 0: return d

def iban():
    while True:
        acc = '%010d' % rng.randint(10**8, 10**10 - 1)
        if sum((10 - i) * int(c) for i, c in enumerate(acc)) % 11 == 0: break
    num = ''.join(str(int(c, 36)) for c in 'RABO' + acc + 'NL00')
    s = 'NL%02dRABO%s' % (98 - int(num) % 97, acc)
    return ' '.join(s[i:i+4] for i in range(0, 18, 4))

def inject(blocks, items, secpos):
    notes = []
    for cat, val, place, where, text in sorted(items, key=lambda t: not isinstance(t[3], int)):
        if val is None:
            if cat == 'BIRTHDATE':
                first = blocks[secpos[where]].split('\n')[1]
                val = '21-03-' + first[first.index('(') + 1:first.index(')')]
                lines = blocks[secpos[where]].split('\n'); lines[1] = first.split(' (')[0] + ' (' + val + ')'
                blocks[secpos[where]] = '\n'.join(lines)
                notes.append('%s "%s" @ %s' % (cat, val, place)); continue
            val = bsn() if cat == 'BSN' else iban()
            text = text.replace('{bsn}', val).replace('{iban}', val)
        if where == 'author':
            for k, b in enumerate(blocks):
                if b.startswith('[COMMENT'):
                    blocks[k] = '[COMMENT author=%s]\n' % val + b.split('\n', 1)[1]; break
            else:
                blocks.insert(len(blocks) // 2, '[COMMENT author=%s]\nIs dit wel de hele waarheid?' % val)
        elif isinstance(where, int):
            k = secpos[where]
            if where == 21:
                lab = blocks[k].split('\n')[0]
                blocks[k] = lab + '\n' + text
            elif where in (3, 6, 2):
                lines = blocks[k].split('\n'); lines[1] = lines[1] + ' ' + text; blocks[k] = '\n'.join(lines)
            else:
                blocks[k] += '\n' + text
        else:
            tag = where
            ex = [j for j, b in enumerate(blocks) if b.split('\n')[0] == tag]
            if ex and tag in ('[PROPERTY title]', '[HEADER]', '[FOOTER]', '[MAIL-SUBJECT]', '[FILENAME]', '[PROPERTY company]'):
                blocks[ex[0]] = tag + '\n' + text
            elif ex:
                blocks[ex[0]] += '\n' + text
            else:
                blocks.insert(len(blocks) - 1 if tag != '[FILENAME]' else 0, tag + '\n' + text)
        notes.append('%s "%s" @ %s' % (cat, val, place))
    return '; '.join(notes)

os.makedirs(OUT, exist_ok=True)
rows = []
for i in range(1, 61):
    blocks, J, secpos = card(i)
    notes = '-'
    if i > 45:
        notes = inject(blocks, DIRTY[i - 46], secpos)
    with open(os.path.join(OUT, 'card-%02d.txt' % i), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n\n'.join(blocks) + '\n')
    rows.append('card-%02d.txt\t%s\t%s' % (i, 'CLEAN' if i <= 45 else 'DIRTY', notes))
with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('file\texpect\tnotes\n' + '\n'.join(rows) + '\n')
print('wrote 60 cards')
