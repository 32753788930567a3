#!/usr/bin/env python3
"""Generates ../cards/card-01..60.txt and cards.tsv for blind set 56 (fixed seed, deterministic)."""
import os, random
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'cards')
R = random.Random(560056)

def elf(d):
    if len(d) == 8: d = '0' + d
    return (sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])) % 11 == 0
def bsn():
    while True:
        d = str(R.randint(1, 9)) + ''.join(str(R.randint(0, 9)) for _ in range(8))
        if elf(d): return d
def iban(bank):
    acc = str(R.randint(1, 9)) + ''.join(str(R.randint(0, 9)) for _ in range(9))
    num = ''.join(str(int(c, 36)) for c in bank + acc + 'NL00')
    return 'NL%02d%s%s' % (98 - int(num) % 97, bank, acc)

# ---- families: key -> dict of section texts (CLEAN content only)
F = []
def fam(**k): F.append(k)

fam(gem='Rotterdam', wijk='Feijenoord', jeug=['J. (2011)', 'broertje D. (2017)'], yr=2011,
    inb='Marloes Tieleman, gezinscoach, Wijkteam Feijenoord', vd='Ricardo Pinedo, Wijkteam Feijenoord',
    gd='Ja, Anouk Verbaan (orthopedagoog Flexus Jeugdplein), op {d2}',
    gezin='Moeder (1989), Kaapverdiaanse achtergrond\nvader (1985) -> woont deels in Praia\nmoeder -> J. (2011), D. (2017)\noom mz -> vaste opvang in Spijkenisse',
    zorg='- Moeder drinkt in het weekend en valt dan in slaap met het gas aan.\n- J. zorgt voor D. en komt te laat op de Wolfert van Borselen.\n- Op {d1} politie ter plaatse na ruzie in het trappenhuis.',
    patr='Sinds 2019 drie meldingen bij Veilig Thuis Rotterdam Rijnmond.',
    kr='Moeder zoekt zelf hulp bij Antes. Oom mz is betrouwbaar. J. zegt \'mi mama\' en wil haar beschermen.',
    risk='Alcohol, isolement, schulden bij Woonstad Rotterdam, vader niet in beeld.',
    stemj='J. (15 jaar): "Ik kook voor D. als mama slaapt. Ik wil dat iemand anders dat ook doet."\nD. (9 jaar) tekende een huis met een kapotte deur.',
    stemo='Moeder: "Ik drink niet meer dan iedereen op Zuid." Vader is niet bereikt.',
    visie='De zorg voor D. ligt bij J. (15); dat is te zwaar. Vrijwillig kader nog niet uitgeput, maar wankel.',
    score='Inbrenger 4, moeder 7, J. 3, oom 5',
    hulp='Antes (verslavingszorg), Wijkteam Feijenoord, Pluspunt (schulden), mentor Wolfert van Borselen.')
fam(gem='Rotterdam', wijk='Afrikaanderwijk', jeug=['M. (2014)'], yr=2014,
    inb='Fatma Doğan, jeugdconsulent, CJG Rijnmond', vd='Hanneke Blom, CJG Rijnmond', gd='Nee',
    gezin='Moeder (1993), Turkse achtergrond\nstiefvader (1988)\nM. (2014)\nbiologische vader (1990) -> Konya, geen contact',
    zorg='- Stiefvader slaat M. met de slipper als zij niet luistert.\n- M. vertelde het aan de juf op {d1}.\n- Moeder verdedigt stiefvader.',
    patr='Eén eerdere melding in 2022, afgesloten.',
    kr='Oma mz in Hillesluis is een warme plek. M. zit op zwemles en heeft vriendinnen.',
    risk='Stress door werkloosheid stiefvader, krappe woning van Havensteder, taalbarrière.',
    stemj='M. (12 jaar): "Thuis is soms eng. Bij anneanne is het rustig."',
    stemo='Moeder: "Hij bedoelt het goed." Stiefvader wil niet praten zonder advocaat.',
    visie='Er is fysiek geweld en ontkenning. Veiligheidsplan nodig, zo nodig met Veilig Thuis.',
    score='Inbrenger 3 - moeder 6 - M. 4',
    hulp='CJG Rijnmond, school (Dr. Schaepmanschool), huisarts.')
fam(gem='Rotterdam', wijk='Hillesluis', jeug=['S. (2026)'], yr=2026,
    inb='Naima Akkouh, wijkverpleegkundige, CJG Rijnmond', vd='Samir Bouchtaoui, Veilig Thuis Rotterdam Rijnmond', gd='Nee',
    gezin='Tienermoeder (2009), woont bij haar eigen moeder\nS. (2026), baby\nvader van S. (2007) -> af en toe langs',
    zorg='- Moeder (17) laat S. alleen om naar school te gaan.\n- Op {d1} kwam S. onderkoeld op het consultatiebureau.\n- Vader van S. is bekend bij Politie Rotterdam.',
    patr='Moeder is zelf opgegroeid met een OTS via JBRR.',
    kr='Oma (moeder van moeder) is betrokken. Moeder gaat trouw naar het Albeda.',
    risk='Jonge leeftijd moeder, onstabiele relatie, geen eigen woonruimte.',
    stemj='S. is een baby; bij het huisbezoek rustig, reageert op moeder. Moeder (17) zelf: "Ik wil het goed doen."',
    stemo='Oma: "Ik help waar ik kan maar ik werk ook."',
    visie='Kwetsbare start, maar veel bereidheid. Advies gevraagd over een moeder-kindvoorziening.',
    score='inbrenger 5, moeder 8, oma 6',
    hulp='CJG Rijnmond, Stichting Timon, Albeda (zorgcoördinator), Humanitas Home-Start.')
fam(gem='Rotterdam', wijk='Pendrecht', jeug=['A. (2010)', 'zus R. (2013)'], yr=2010,
    inb='Jeroen de Vos, jeugdbeschermer, Jeugdbescherming Rotterdam Rijnmond', vd='Lotte Brinkman, JBRR', gd='Ja, Eline Hogendoorn (GZ-psycholoog), op {d2}',
    gezin='Vader (1978), Marokkaanse achtergrond\nmoeder (1984) -> opgenomen bij Parnassia\nA. (2010), R. (2013)\ntante vz (1980) -> zorgt sinds april voor de meiden',
    zorg='- Moeder is psychotisch en heeft R. op {d1} opgesloten.\n- Vader werkt nachten in de haven, kinderen zijn veel alleen.\n- A. verzuimt op het Zadkine.',
    patr='Moeder is sinds 2017 drie keer opgenomen.',
    kr='Tante vz is stabiel en streng. De moskee in Pendrecht helpt met eten.',
    risk='Psychiatrie moeder, afwezigheid vader, schoolverzuim A.',
    stemj='A. (16): "Ik wil niet dat R. weer alleen is met mama."\nR. (13): "Bij tante is het fijn, ze maakt harira."',
    stemo='Vader: "Mijn zus is de beste plek." Moeder (via Parnassia): wil de kinderen terug.',
    visie='Zorg bij tante is goed maar niet geregeld. Graag advies over het kader.',
    score='Inbrenger 5 / vader 7 / A. 6 / R. 7 / tante 8',
    hulp='Parnassia, JBRR, Zadkine, Wijkteam Charlois.')
fam(gem='Barendrecht', wijk='Carnisselande', jeug=['L. (2012)'], yr=2012,
    inb='Ewa Zielińska, gezinsspecialist, Wijkteam Barendrecht', vd='Koen Mulder, gemeente Barendrecht', gd='Nee',
    gezin='Moeder (1987), Poolse achtergrond\nvader (1983) -> uitzendwerk in Barendrecht\nL. (2012)\nopa vz (1955) -> woont in Gdańsk',
    zorg='- Vader drinkt na het werk, schreeuwt en slaat tegen deuren.\n- L. wil niet naar huis en slaapt bij een vriendin.\n- Op {d1} zorgmelding politie.',
    patr='Geen eerdere meldingen bekend.',
    kr='Moeder werkt en wil hulp. L. tennist en doet het goed op school.',
    risk='Alcohol, taal (Pools), weinig netwerk in Nederland.',
    stemj='L. (14): "Tata is lief als hij niet drinkt."',
    stemo='Moeder: "Ik wil dat het stopt." Vader: "Iedereen drinkt een biertje."',
    visie='Aanhoudende spanning, geen fysiek geweld gezien. Vrijwillig met duidelijke afspraken.',
    score='Inbrenger 5, moeder 5, vader 8, L. 4',
    hulp='Wijkteam Barendrecht, huisarts, Antes (intake vader gepland).')
fam(gem='Ridderkerk', wijk='Bolnes', jeug=['K. (2015)', 'B. (2018)'], yr=2015,
    inb='Mirjam Ouwehand, casemanager, Veilig Thuis Rotterdam Rijnmond', vd='Samir Bouchtaoui, Veilig Thuis Rotterdam Rijnmond', gd='Ja, gedragswetenschapper VT, op {d2}',
    gezin='Vader (1986)\nstiefmoeder (1994) -> K. en B. wonen bij haar en vader\nmoeder (1990) -> Zwijndrecht, omgang om het weekend\noma vz (1961) -> Ridderkerk, haalt op van school\ntante mz -> zorgt als moeder uitvalt',
    zorg='- Stiefmoeder sluit K. op in de badkamer als straf.\n- Moeder en vader maken ruzie bij de overdracht.\n- B. heeft op {d1} een blauwe plek op zijn wang.',
    patr='Vechtscheiding sinds 2021.',
    kr='Oma vz en tante mz zijn betrokken en willen samenwerken.',
    risk='Conflict tussen de huishoudens, straffen door stiefmoeder.',
    stemj='K. (11): "Ik wil naar mama in het weekend en niet in de badkamer."',
    stemo='Vader: "Zij overdrijft." Stiefmoeder: "Ik weet niet meer hoe het moet." Moeder: wil meer omgang.',
    visie='Vier huishoudens rond twee kinderen; niemand heeft overzicht. Netwerkberaad nodig.',
    score='Inbrenger 4, vader 7, stiefmoeder 6, moeder 3, oma 5',
    hulp='Veilig Thuis, school, wijkteam Ridderkerk.')
fam(gem='Rotterdam', wijk='Katendrecht', jeug=['Y. (2012)', 'W. (2016)'], yr=2012,
    inb='Tessa van Kooten, gezinscoach, Wijkteam Feijenoord', vd='Ricardo Pinedo, Wijkteam Feijenoord', gd='Nee',
    gezin='Vader (1979) en moeder (1983), Chinese achtergrond, restaurant op Zuid\nY. (2012) -> werkt in de keuken na school\nW. (2016)',
    zorg='- Y. werkt tot 23.00 uur in het restaurant en slaapt in de klas.\n- W. is veel alleen boven het restaurant.\n- Op {d1} brandwond bij Y. van de wok.',
    patr='Geen.',
    kr='Ouders zijn betrokken en zorgen voor eten en onderdak. Y. is goed in wiskunde.',
    risk='Lange werkdagen, schulden restaurant, geen netwerk in Nederland.',
    stemj='Y. (14): "Ik help graag maar ik ben moe." W. (10) wil meer met papa spelen.',
    stemo='Vader: "Familie helpt elkaar." Moeder spreekt Mandarijn, tolk geregeld.',
    visie='Geen acuut gevaar, wel structurele overbelasting van Y.',
    score='inbrenger 6 / vader 9 / moeder 8 / Y. 5',
    hulp='Wijkteam Feijenoord, mentor Calvijn Vakcollege, GGD (jeugdarts).')
fam(gem='Rotterdam', wijk='Tarwewijk', jeug=['D. (2013)'], yr=2013,
    inb='Priya Ramkhelawan, gezinsvoogd, William Schrikker Jeugdbescherming', vd='Lotte Brinkman, JBRR', gd='Ja, orthopedagoog William Schrikker, op {d2}',
    gezin='Moeder (1991), Hindostaanse achtergrond, LVB\nD. (2013)\nnani (oma mz) -> Hoogvliet',
    zorg='- Moeder laat mannen binnen die zij via internet ontmoet.\n- D. is op {d1} meegenomen door een onbekende man naar Spijkenisse.\n- Schulden, stroom afgesloten.',
    patr='OTS sinds 2023.',
    kr='Nani is er elke zaterdag. D. gaat graag naar de mandir.',
    risk='LVB moeder, wisselende contacten, armoede.',
    stemj='D. (13): "Ik wil alleen dat die mannen weggaan."',
    stemo='Moeder: "Ik ben niet dom, ik wil ook een leven." Nani: "Ik kan D. nemen."',
    visie='Onveiligheid neemt toe. Advies gevraagd over verblijf bij nani.',
    score='Inbrenger 2, moeder 7, D. 3, nani 4',
    hulp='William Schrikker, Pluspunt, MEE Rotterdam Rijnmond.')
fam(gem='Rotterdam', wijk='Bloemhof', jeug=['N. (2011)'], yr=2011,
    inb='Gerrit-Jan Bosman, ambulant hulpverlener, Enver', vd='Ricardo Pinedo, Wijkteam Feijenoord', gd='Nee',
    gezin='Moeder (1982), Creoolse achtergrond\nN. (2011)\nhalfbroer (2004) -> woont op zichzelf\nvader N. (1980) -> gedetineerd',
    zorg='- N. wordt op Snapchat bedreigd door een groep oudere jongens (handles bekend bij politie, niet in deze kaart).\n- TikTok-filmpje van een vechtpartij waar N. in te zien is, geplaatst op {d1}.\n- Moeder werkt nachten.',
    patr='Halfbroer had dezelfde problemen.',
    kr='Moeder zegt \'mi boi\' en is trots op hem. Halfbroer wil mentor zijn. N. voetbalt.',
    risk='Criminele vrienden, afwezige vader, moeder niet thuis in de nacht.',
    stemj='N. (15): "Ik ben niet bang." Later: "Ja, een beetje."',
    stemo='Moeder: "Fa bo ta? vraag ik elke dag, hij zegt altijd goed."',
    visie='Risico op ronselen. Veiligheidsplan met netwerk en wijkagent nodig.',
    score='Inbrenger 4, moeder 6, N. 7, halfbroer 4',
    hulp='Enver, wijkagent Bloemhof, Buurtwerk, Zadkine.')
fam(gem='Rotterdam', wijk='Groot-IJsselmonde', jeug=['H. (2016)', 'I. (2019)', 'F. (2023)'], yr=2016,
    inb='Sanne Vroegindeweij, gezinscoach, Wijkteam IJsselmonde', vd='Naima Akkouh, Wijkteam IJsselmonde', gd='Nee',
    gezin='Moeder (1994), Somalische achtergrond\nvader (1988) -> sinds 2022 in Nederland\nH. (2016), I. (2019), F. (2023)\ntante vz -> kookt en past op',
    zorg='- Vader slaat moeder in bijzijn van de kinderen, laatst op {d1}.\n- H. plast weer in bed.\n- Moeder durft geen aangifte te doen.',
    patr='Niet bekend.',
    kr='Tante vz is een steun. Moeder gaat naar taalles in het buurthuis.',
    risk='Geweld tussen ouders, isolement, trauma uit Somalië.',
    stemj='H. (10): "Papa schreeuwt en mama huilt." I. en F. zijn te jong, geobserveerd: angstig.',
    stemo='Moeder (via tolk Somalisch): "Ik wil rust." Vader: "Het is privé."',
    visie='Huiselijk geweld met kinderen als getuige. Advies over Veilig Thuis en opvang bij Fier.',
    score='inbrenger 3, moeder 3, vader 8',
    hulp='Wijkteam IJsselmonde, huisarts, Fier (advies).')
fam(gem='Rotterdam', wijk='Lombardijen', jeug=['E. (2012)'], yr=2012,
    inb='Shirley Martis, jeugdconsulent, CJG Rijnmond', vd='Hanneke Blom, CJG Rijnmond', gd='Ja, gedragswetenschapper Yulius, op {d2}',
    gezin='Vader (1980), Curaçaose achtergrond\nmoeder (1985), Bonaire -> woont in Kralendijk\nE. (2012) woont bij vader\nwelo (oma vz) -> Lombardijen',
    zorg='- E. krijgt geen eten als vader boos is.\n- Op {d1} zat E. buiten de deur tot middernacht.\n- Vader blowt.',
    patr='Eerder OTS in 2018-2019.',
    kr='Welo is lief. E. belt moeder dagelijks: "dushi, kon ta bai?"',
    risk='Drugsgebruik, straf door uitsluiten, moeder ver weg.',
    stemj='E. (14): "Ik wil naar Bonaire of naar welo."',
    stemo='Vader: "Zij liegt." Moeder wil E. laten komen.',
    visie='Ernstige zorgen over basiszorg. Advies over een raadsonderzoek.',
    score='Inbrenger 2, vader 8, E. 2, welo 4',
    hulp='CJG Rijnmond, Yulius (wachtlijst), Johan de Witt Scholengroep.')
fam(gem='Nissewaard', wijk='Spijkenisse', jeug=['V. (2014)'], yr=2014,
    inb='Kim Hagenaars, casemanager, Jeugdbescherming Rotterdam Rijnmond', vd='Lotte Brinkman, JBRR', gd='Nee',
    gezin='Moeder (1990), Bulgaarse achtergrond\npartner moeder (1986) -> half in Bulgarije\nV. (2014)\nhalfzus (2010) -> in Plovdiv',
    zorg='- V. gaat niet naar school, moeder reist heen en weer naar Bulgarije.\n- Tien mensen in een bovenwoning.\n- Op {d1} V. alleen aangetroffen.',
    patr='Niet bekend.',
    kr='Moeder houdt van V. en wil een vaste woning.',
    risk='Huisvesting, uitbuiting partner, taal.',
    stemj='V. (12): "Ik wil naar school, maar niemand brengt mij."',
    stemo='Moeder (tolk Bulgaars): "Werk is belangrijk, anders geen geld."',
    visie='Verwaarlozing onderwijs en toezicht. Samenwerking met leerplicht.',
    score='Inbrenger 3 / moeder 7 / V. 4',
    hulp='JBRR, leerplicht Nissewaard, huisarts.')
fam(gem='Albrandswaard', wijk='Rhoon', jeug=['T. (2009)'], yr=2009,
    inb='Maarten Stuifbergen, casemanager, Wijkteam Albrandswaard', vd='Koen Mulder, gemeente Barendrecht', gd='Nee',
    gezin='Vader (1971)\nmoeder (1975) -> overleden 2024\nT. (2009)\ntante mz -> Poortugaal, vaste logeerplek',
    zorg='- T. is suïcidaal, uitspraak op {d1} via Snapchat.\n- Vader is depressief en ziet het niet.',
    patr='Sinds overlijden moeder sombere periode.',
    kr='Tante mz is er elke dag. T. zit op het Hoornbeeck en heeft een goede mentor.',
    risk='Rouw, depressie vader, suïcidaliteit T.',
    stemj='T. (17): "Soms wil ik gewoon slapen en niet wakker worden."',
    stemo='Vader: "Ik mis haar ook, ik weet niet wat ik moet doen."',
    visie='Acute zorgen om T.; crisisplan ligt er, 113 is besproken.',
    score='Inbrenger 3, vader 5, T. 2, tante 4',
    hulp='Yulius (crisisdienst), huisarts, Hoornbeeck.')
fam(gem='Rotterdam', wijk='Hoogvliet', jeug=['Z. (2013)', 'G. (2015)'], yr=2013,
    inb='Rachida Benali, gezinscoach, Wijkteam Hoogvliet', vd='Naima Akkouh, Wijkteam IJsselmonde', gd='Ja, Anouk Verbaan, op {d2}',
    gezin='Moeder (1986), Marokkaanse achtergrond\nex-partner (1981) -> contactverbod\nZ. (2013), G. (2015)\noom mz -> haalt de kinderen op',
    zorg='- Ex-partner stond op {d1} voor de deur ondanks het contactverbod.\n- Z. heeft nachtmerries.',
    patr='Drie meldingen huiselijk geweld 2020-2024.',
    kr='Moeder is sterk, heeft werk bij de thuiszorg. Oom mz is bescherming.',
    risk='Stalking ex-partner, trauma kinderen.',
    stemj='Z. (13): "Ik schrik van elke bel." G. (11) tekende de deur dicht.',
    stemo='Moeder: "Ik ben klaar met vluchten."',
    visie='Moeder beschermt goed; de dreiging komt van buiten. Advies over politie en Veilig Thuis.',
    score='inbrenger 5, moeder 6, Z. 3',
    hulp='Wijkteam Hoogvliet, Politie Rotterdam, Kinderpraktijk Zuid.')
fam(gem='Rotterdam', wijk='Beverwaard', jeug=['C. (2017)'], yr=2017,
    inb='Dewi Kartosen, jeugdconsulent, CJG Rijnmond', vd='Hanneke Blom, CJG Rijnmond', gd='Nee',
    gezin='Moeder (1996), Kaapverdiaanse achtergrond\nvader (1992), Surinaams-Creools -> woont in Carnisse\nC. (2017)\nnenne (oma vz) -> Beverwaard',
    zorg='- C. wordt geslagen met een riem door vader tijdens de omgang.\n- Op {d1} meldde school striemen.',
    patr='Niet bekend.',
    kr='Moeder en nenne werken samen. C. zingt in het koor van de kerk.',
    risk='Fysiek straffen vader, conflict ouders.',
    stemj='C. (9): "Papa zegt dat het bij hem thuis zo gaat."',
    stemo='Vader: "Ik ben ook zo opgevoed." Moeder: wil omgang onder begeleiding.',
    visie='Fysieke mishandeling tijdens omgang. Advies over begeleide omgang.',
    score='Inbrenger 3, moeder 5, vader 9',
    hulp='CJG Rijnmond, school, Veilig Thuis (advies).')

SOORT = ['Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Overdracht']
LAB = {  # style -> labels
 'plain': ['Datum inbreng:', 'Type inbreng:', 'Jeugdige:', 'Inbrenger:', 'Vaste deelnemer:', 'Gemeente:', 'Gedragsdeskundige geraadpleegd:',
           'Wie is wanneer geïnformeerd:', 'Instemming:', 'Hulpvraag aan het VHT:', 'Gezinssamenstelling:', 'Onveiligheid:', 'Patroon:',
           'Krachten:', 'Risicofactoren:', 'Wat zegt de jeugdige:', 'Stem van ouders:', 'Visie inbrenger:', 'Score:', 'Betrokken hulpverlening:', 'Persoonsgegevens:'],
 'num': ['1. Datum', '2. Soort inbreng', '3. Jeugdige (voorletter en geboortejaar)', '4. Inbrenger (naam, functie, organisatie)', '5. Vaste deelnemer', '6. Verantwoordelijke gemeente',
         '7. Gedragswetenschapper geraadpleegd', '8. Geïnformeerd en gesproken', '9. Instemming betrokkenen', '10. Vraag aan het VeiligheidsTeam', '11. Gezinssamenstelling',
         '12. Wat is er nu onveilig', '13. Patroon uit het verleden', '14. Krachten en beschermende factoren', '15. Risicofactoren', '16. Stem van de jeugdige',
         '17. Stem van ouders en verzorgers', '18. Visie van de inbrenger', '19. Veiligheidsscore', '20. Betrokken hulpverlening', 'Persoonsgegevens'],
 'sos': ['DATUM', 'SOORT INBRENG', 'JEUGDIGE(N)', 'INBRENGER', 'VASTE DEELNEMER', 'GEMEENTE', 'GEDRAGSDESKUNDIGE GERAADPLEEGD', 'GEÏNFORMEERD EN GESPROKEN',
         'INSTEMMING', 'VRAAG AAN HET VHT', 'GEZINSSAMENSTELLING', 'ZORGEN', 'PATROON', 'KRACHTEN', 'RISICOFACTOREN', 'STEM VAN DE JEUGDIGE',
         'STEM VAN OUDERS', 'VISIE INBRENGER', 'VEILIGHEIDSSCORE', 'BETROKKEN HULPVERLENING', 'PERSOONSGEGEVENS'],
 'table': ['Datum', 'Soort inbreng', 'Jeugdige', 'Inbrenger', 'Vaste deelnemer', 'Gemeente', 'Gedragsdeskundige geraadpleegd', 'Geïnformeerd en gesproken',
           'Instemming betrokkenen', 'Vraag aan het VHT', 'Gezinssamenstelling', 'Wat is er nu onveilig', 'Patroon', 'Krachten', 'Risicofactoren',
           'Stem van de jeugdige', 'Stem van ouders', 'Visie van de inbrenger', 'Veiligheidsscore', 'Betrokken hulpverlening', 'Persoonsgegevens'],
}
KEYS = ['datum', 'soort', 'jeug', 'inb', 'vd', 'gem', 'gd', 'geinf', 'inst', 'vraag', 'gezin', 'zorg', 'patr', 'kr', 'risk', 'stemj', 'stemo', 'visie', 'score', 'hulp', 'pg']
VRAGEN = ['Is vrijwillige hulp nog voldoende of is een interventiegesprek met de Raad voor de Kinderbescherming nodig?',
          'Wat moet er gebeuren zodat de kinderen veilig zijn? Graag advies over het kader.',
          'Hulpvraag: kan het VHT meedenken over een veiligheidsplan met het netwerk?',
          'Is overdracht naar Jeugdbescherming Rotterdam Rijnmond aan de orde?']
PG = ['n.v.t.', '-', 'niet invullen bij inbreng', 'n.v.t. (intake)']

def dates(i):
    m = 9 + i % 4 if i % 4 < 3 else 11
    base_day = 3 + (i * 7) % 24
    d = '%02d-%02d-2026' % (base_day, m)          # datum inbreng
    d1 = '%02d-%02d-2026' % (max(1, base_day - 2), m)
    d2 = '%d-%d-2026' % (max(1, base_day - 1), m)
    return d, d1, d2

def build(i, f, style, soort, dirty=None):
    d, d1, d2 = dates(i)
    yr = int(d[-4:])
    v = dict(datum=d if style != 'sos' else d.replace('-', '/'), soort=soort, jeug='\n'.join(f['jeug']) if style != 'table' else ', '.join(f['jeug']),
             inb=f['inb'], vd=f['vd'], gem=f['gem'], gd=f['gd'].format(d2=d2),
             geinf='Ouders gesproken op %s (huisbezoek in %s).\nJeugdige(n) gesproken of gezien op %s.\nVaste deelnemer is meegenomen in de voorbereiding.' % (d1, f['wijk'], d2),
             inst='Ja, ouders stemmen in met bespreking in het VHT.' if i % 5 else 'Nee. Vader weigert. Inbrenger brengt toch in: de onveiligheid is zo groot dat advies van het VHT nodig is; vader is hierover geïnformeerd.',
             vraag=VRAGEN[i % 4], gezin=f['gezin'], zorg=f['zorg'].format(d1=d1), patr=f['patr'], kr=f['kr'], risk=f['risk'],
             stemj=f['stemj'], stemo=f['stemo'], visie=f['visie'], score=f['score'], hulp=f['hulp'], pg=PG[i % 4])
    if style == 'sos':
        v['kr'] = 'WAT GAAT GOED:\n' + v['kr']
        v['vraag'] = 'WAT MOET ER GEBEUREN:\n' + v['vraag']
        v['score'] = 'SCHAALVRAAG 0-10 per persoon (0 = kinderen niet veilig, 10 = veilig genoeg om af te sluiten):\n' + v['score']
    if dirty:
        for kind, key, text in dirty:
            if kind == 'append': v[key] = v[key] + '\n' + text
            elif kind == 'replace': v[key] = text
    pre, mid, post = [], {}, []
    if style == 'sos': pre.append('[HEADER]\nCASUSBESPREKING SIGNS OF SAFETY - VHT ROTTERDAM-ZUID - VERTROUWELIJK')
    elif i % 3 == 0: pre.append('[HEADER]\nVeiligheidskaart %s - vertrouwelijk - niet doorsturen' % f['jeug'][0])
    if i % 4 == 1: pre.insert(0, '[PROPERTY title]\nVHK %s %s %s' % (f['wijk'], f['jeug'][0], soort))
    if i % 5 == 2: pre.insert(0, '[FILENAME]\nVHK_%s_%s.docx' % (f['wijk'].replace(' ', '-'), d.replace('-', '')))
    if i % 6 == 3: mid['zorg'] = '[COMMENT author=Gedragswetenschapper %s]\nGraag concreter: wie zag wat, wanneer?' % f['vd'].split(', ')[-1].split('(')[-1].rstrip(')')
    if i % 7 == 4: mid['stemj'] = '[ALT]\nTekening van %s: drie huizen, bij het huis van de zorgen een boze wolk.' % f['jeug'][0]
    if i % 4 == 2: mid['score'] = '[TRACKED-DELETION]\nInbrenger: 6.'
    if i % 8 == 5: mid['hulp'] = '[FOOTNOTE]\nZie ook het verslag van het netwerkberaad van %s.' % d1
    if i % 3 == 1: post.append('[FOOTER]\nVHT Rotterdam-Zuid | Veilig Thuis 0800-2000 | bij acuut gevaar 112')
    if dirty:
        for kind, key, text in dirty:
            if kind == 'pre': pre.append(text)
            elif kind == 'post': post.append(text)
            elif kind == 'mid': mid[key] = text
    out = pre[:]
    labs = LAB[style]
    for k, lab in zip(KEYS, labs):
        if style == 'table':
            lines = v[k].split('\n')
            out.append('%s | %s' % (lab, lines[0]) + ''.join('\n' + x for x in lines[1:]))
        else:
            out.append(lab + '\n' + v[k])
        if k in mid: out.append(mid[k])
    out += post
    return '\n\n'.join(out) + '\n'

STYLES = ['plain', 'num', 'sos', 'table']
cards, notes = [], []
for n in range(45):
    f = F[n % 15]
    style = STYLES[(n + n // 15) % 4]
    cards.append(build(n, f, style, SOORT[(n // 15 + n) % 4])); notes.append('-')

B1, B2 = bsn(), bsn()
I1, I2 = iban('RABO'), iban('INGB')
I2g = ' '.join(I2[k:k + 4] for k in range(0, len(I2), 4))
DIRTY = [
 ([('append', 'zorg', '- Tante Nilsa Tavares-Lopes heeft op de trap gestaan met een mes.'), ('post', None, '[FOOTER]\nbij vragen moeder bellen: 06-28417730')],
  'NAME "Nilsa Tavares-Lopes" @ body (Zorgen); PHONE "06-28417730" @ footer'),
 ([('replace', 'pg', 'BSN M.: %s' % B1), ('mid', 'zorg', '[COMMENT author=Vaste deelnemer CJG Rijnmond]\nIs Gökhan de stiefvader of de oom? Niet noemen in de kaart.')],
  'BSN "%s" @ table row (Persoonsgegevens); NAME "Gökhan" @ comment text' % B1),
 ([('pre', None, '[MAIL-SUBJECT]\nVHK inbreng baby S. - spoed'), ('pre', None, '[MAIL-BODY]\nHoi, hierbij de kaart. Tienermoeder wil zelf mee lezen via moeder.tienermama09@hotmail.com. Groet'), ('append', 'gezin', 'adres oma: Hillevliet 118b')],
  'EMAIL "moeder.tienermama09@hotmail.com" @ mail body; ADDRESS "Hillevliet 118b" @ body (Gezinssamenstelling)'),
 ([('pre', None, '[PROPERTY title]\nVHK Pendrecht - gezin Hanane Ouchan'), ('replace', 'jeug', 'A. (13-06-2010)\nzus R. (2013)')],
  'NAME "Hanane Ouchan" @ property (title); BIRTHDATE "13-06-2010" @ cover value (Jeugdige)'),
 ([('mid', 'hulp', '[FOOTNOTE]\nKinderbijslag loopt via rekening %s (vader).' % I1), ('pre', None, '[HEADER]\nVHK gezin WOJCIECHOWSKI - vertrouwelijk')],
  'IBAN "%s" @ footnote; NAME "WOJCIECHOWSKI" @ header' % I1),
 ([('mid', 'stemj', '[ALT]\nScreenshot van het TikTok-profiel tiktok.com/@bolnes_k_2015 met de filmpjes van K.'), ('mid', 'score', '[TRACKED-DELETION]\nOma Gerda: 7.')],
  'URL "tiktok.com/@bolnes_k_2015" @ alt text; NAME "Gerda" @ tracked deletion'),
 ([('pre', None, '[MAIL-SUBJECT]\nVHK restaurantgezin Katendrecht 3072 AP'), ('append', 'patr', 'Eerder dossier Veilig Thuis onder nummer RR-26-05513.')],
  'POSTCODE "3072 AP" @ mail subject; ID_NUMBER "RR-26-05513" @ body (Patroon)'),
 ([('pre', None, '[FILENAME]\nVHK_Ramsaran_Tarwewijk_definitief.docx'), ('append', 'stemo', 'Nani is bereikbaar op +597 852 4419 als zij in Suriname is.')],
  'NAME "Ramsaran" @ file name; PHONE "+597 852 4419" @ body (Stem van ouders)'),
 ([('mid', 'zorg', '[COMMENT author=Ubah Farah]\nKan de datum van de vechtpartij erbij?'), ('append', 'hulp', 'Enver (cliëntnr. EN-3308147)')],
  'NAME "Ubah Farah" @ comment author; ID_NUMBER "EN-3308147" @ body (Betrokken hulpverlening)'),
 ([('pre', None, '[PROPERTY company]\nPraktijk Hoogerwerf'), ('append', 'gezin', 'H. geb. 02-02-2016, I. en F. jonger')],
  'NAME "Hoogerwerf" @ property (company); BIRTHDATE "02-02-2016" @ body (Gezinssamenstelling)'),
 ([('append', 'kr', 'Welo en tante Jurensly zijn er elke dag voor E.'), ('post', None, '[FOOTER]\nreactie vader naar vader.e.lombardijen@gmail.com')],
  'NAME "Jurensly" @ body (Krachten); EMAIL "vader.e.lombardijen@gmail.com" @ footer'),
 ([('append', 'gezin', 'Woonadres moeder en V.: Asserweg 23'), ('append', 'kr', 'Buurvrouw Sjaan brengt V. soms naar school.')],
  'ADDRESS "Asserweg 23" @ table row (Gezinssamenstelling); NAME "Sjaan" @ body (Krachten)'),
 ([('append', 'zorg', '- BSN van T. bij Yulius bekend als %s.' % B2), ('append', 'geinf', 'Mentor Wendelien de Ridder (Hoornbeeck) gesproken.')],
  'BSN "%s" @ body (Zorgen); NAME "Wendelien de Ridder" @ body (Geïnformeerd)' % B2),
 ([('pre', None, '[MAIL-BODY]\nBeste voorzitter, moeder vraagt de reiskosten terug op %s. Met vriendelijke groet' % I2g), ('mid', 'stemj', '[ALT]\nFoto: Mounir (oom) met Z. en G. voor de deur')],
  'IBAN "%s" @ mail body; NAME "Mounir" @ alt text' % I2g),
 ([('append', 'zorg', '- Vader zet filmpjes op https://www.tiktok.com/@papa_c_beverwaard'), ('mid', 'score', '[TRACKED-DELETION]\noom Yusuf Demirtaş: 6')],
  'URL "https://www.tiktok.com/@papa_c_beverwaard" @ body (Zorgen); NAME "Yusuf Demirtaş" @ tracked deletion'),
]
for j, (dirty, note) in enumerate(DIRTY):
    n = 45 + j
    f = F[j]
    style = 'table' if j in (1, 11) else STYLES[j % 3]
    cards.append(build(n, f, style, SOORT[j % 4], dirty)); notes.append(note)

os.makedirs(OUT, exist_ok=True)
for k, c in enumerate(cards, 1):
    with open(os.path.join(OUT, 'card-%02d.txt' % k), 'w', encoding='utf-8', newline='\n') as fh: fh.write(c)
with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('file\texpect\tnotes\n')
    for k, nt in enumerate(notes, 1):
        fh.write('card-%02d.txt\t%s\t%s\n' % (k, 'CLEAN' if k <= 45 else 'DIRTY', nt))
print('cards written', len(cards))
