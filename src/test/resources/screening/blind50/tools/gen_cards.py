#!/usr/bin/env python3
"""Generate cards/card-01..60.txt and cards/cards.tsv for blind set 50 (fixed seed)."""
import os, random
R = random.Random(5051)
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CD = os.path.join(HERE, 'cards')

def elf(d):
    if len(d) == 8: d = '0' + d
    return sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) % 11 == int(d[8]) % 11 if False else \
        (sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])) % 11 == 0
def bsn(n=9):
    while True:
        d = ''.join(R.choice('0123456789') for _ in range(n))
        if d[0] != '0' and elf(d): return d
def iban(cc, bank, n):
    acct = ''.join(R.choice('0123456789') for _ in range(n)); base = bank + acct
    num = ''.join(str(int(c, 36)) for c in base + cc + '00')
    return '%s%02d%s' % (cc, 98 - int(num) % 97, base)
def grp(s): return ' '.join(s[i:i+4] for i in range(0, len(s), 4))

# professionals (names allowed only in the cover fields)
PROS = [
 ('Anouk Schothorst, gezinscoach, Sociaal Wijkteam Enschede', 'Saskia Pelgrim, Sociaal Wijkteam Enschede', 'Enschede'),
 ('Wouter Dijkhuis, jeugdconsulent, gemeente Rijssen-Holten', 'Ria Stegeman, Toegang Rijssen-Holten', 'Rijssen-Holten'),
 ('Marloes Haverkamp, casusregisseur, Toegang Almelo', 'Marloes Haverkamp, Toegang Almelo', 'Almelo'),
 ('Jorik Vrielink, jeugd- en gezinswerker, Wijkracht Hengelo', 'Fleur Ter Denge, Toegang Hengelo', 'Hengelo'),
 ('Dilan Çiftçi, raadsonderzoeker, Raad voor de Kinderbescherming Zwolle', 'Hanneke Boswinkel, Raad voor de Kinderbescherming', 'Enschede'),
 ('Rutger Lansink, casemanager, Veilig Thuis Twente', 'Rutger Lansink, Veilig Thuis Twente', 'Oldenzaal'),
 ('Gülşen Ateş, jeugdbeschermer, Jeugdbescherming Overijssel', 'Niek Stoevelaar, Jeugdbescherming Overijssel', 'Hengelo'),
 ('Evelien Hulshof, consulent jeugd, gemeente Tubbergen', 'Evelien Hulshof, gemeente Tubbergen', 'Tubbergen'),
 ('Johan Pieterse, gezinsmanager, Toegang Hellendoorn', 'Mariska Smelt, Toegang Hellendoorn', 'Hellendoorn'),
 ('Ruben Tiemessen, jeugdconsulent, gemeente Losser', 'Astrid Wensink, gemeente Losser', 'Losser'),
 ('Yvonne Sahertian, gezinscoach, Toegang Borne', 'Yvonne Sahertian, Toegang Borne', 'Borne'),
 ('Karin Schuttert, casemanager, Veilig Thuis Twente', 'Bas Vrijhof, Veilig Thuis Twente', 'Haaksbergen'),
 ('Mehmet Ali Tosun, jeugdconsulent, gemeente Wierden', 'Lianne Hilberink, gemeente Wierden', 'Wierden'),
 ('Carola Hendriksen, gezinscoach, Toegang Dinkelland', 'Carola Hendriksen, Toegang Dinkelland', 'Dinkelland'),
 ('Pim Oosterveld, jeugdconsulent, Toegang Raalte', 'Gea Mulder, Toegang Raalte', 'Raalte'),
]
GEDRAG = ['Ceren Akbaş, orthopedagoog, Jarabee', 'Thijs Roerink, GZ-psycholoog, Ambiq', 'Nadine Scholte, gedragswetenschapper, Jeugdbescherming Overijssel',
          'Erik van Marle, orthopedagoog generalist, Sociaal Wijkteam Enschede', None, None]

# scenarios: youths, family, and section texts (no personal data)
SC = [
 dict(y=[('T.', 2011), ('broertje R.', 2016)], place='Rijssen',
  gezin='Vader (1979), moeder (1982), T. (2011), R. (2016). Ouders zijn lid van een kleine gereformeerde gemeente in Rijssen. Oudste zus (2004) is uit huis.',
  zorgen=['Vader straft met de riem als T. "brutaal" is; T. had op 03-11-2026 striemen op de rug (gezien door de gymdocent).', 'Moeder zegt dat dit "nou eenmaal zo gaat bij ons".'],
  krachten='Ouders zijn betrokken bij school en kerk; de ouderling is een vertrouwd persoon voor moeder.', risico='Strenge opvoedopvattingen, isolement, vader overbelast door ploegendienst.',
  stemj='T.: "As ik wat zeg wordt het alleen maar erger." T. wil dat het slaan stopt, niet dat vader weggaat.', stemo='Vader: "Wiej bint gin slechte mensen, de jongen mot luustern." Moeder wil wel praten, maar niet zonder vader.',
  visie='Lichamelijke straf is structureel. Vrijwillige hulp is eenmalig geaccepteerd en daarna gestopt.', score='Inbrenger: 3 | Moeder: 6 | Vader: 8 | T.: 4',
  hulp='Sociaal team, schoolmaatschappelijk werk Reggesteyn, huisarts.'),
 dict(y=[('E.', 2013)], place='Enschede',
  gezin='Moeder (1990), stiefvader (1985) en E. (2013). Vader (1988) woont in Gronau en ziet E. om het weekend.',
  zorgen=['- ruzies met geschreeuw en duwen, 3 politiemeldingen in okt. 2026', '- E. verzuimt -> 22 lesuren in 6 weken (zorgformulier Het Stedelijk Lyceum)', '- stiefvader drinkt in het weekend'],
  krachten='Moeder zoekt zelf hulp, E. heeft een goede band met zijn oma in Glanerbrug.', risico='Middelengebruik stiefvader, schulden, grensoverschrijdend contact tussen ouders.',
  stemj='E. (13): "Ik gao liever naar oma, daar is het rustig." Wil zijn vader vaker zien.', stemo='Moeder: "Ik wil gewoon rust in huis." Stiefvader wil niet meewerken. Vader is via het Jugendamt gesproken.',
  visie='Er is sprake van huiselijk geweld waar E. getuige van is. Aanpak via Veilig Thuis Twente lijkt nodig.', score='Inbrenger 4, moeder 5, E. 3',
  hulp='Sociaal Wijkteam Enschede, Jugendamt Kreis Borken, Tactus.'),
 dict(y=[('baby N.', 2026)], place='Almelo',
  gezin='Moeder (2007) woont met N. (2026) bij haar eigen moeder in Almelo-Nieuwstraatkwartier. Vader (2004) is uit beeld.',
  zorgen=['Moeder is 19, heeft een LVB en vergeet voedingen.', 'Consultatiebureau: onvoldoende groei bij de 8-wekencontrole op 12-10-2026.'],
  krachten='Oma (1969) is er overdag; moeder accepteert de kraamzorg en de jeugdverpleegkundige.', risico='LVB, jonge moeder, oma werkt wisselende diensten.',
  stemj='N. is een baby; geobserveerd: huilt veel, weinig oogcontact met moeder.', stemo='Moeder: "Ik kan het heus wel." Oma maakt zich zorgen en wil meer hulp.',
  visie='De basiszorg is niet structureel gewaarborgd. Intensieve ondersteuning via Ambiq is nodig.', score='Inbrenger: 4 / moeder: 8 / oma: 5',
  hulp='JGZ Twente, Ambiq, kraamzorg, huisarts, ZGT Almelo (kinderarts).'),
 dict(y=[('S.', 2012), ('D.', 2014), ('Y.', 2019)], place='Hengelo',
  gezin='Moeder (1984), vader (1980), S. (2012), D. (2014), Y. (2019). Syrisch-orthodoxe familie, grootouders van vaderskant in Hengelo-Groot Driene.',
  zorgen=['Conflict tussen twee families na een verbroken verloving; dreiging met geweld tegen S.', 'S. mag het huis niet meer uit, behalve naar school.'],
  krachten='Sterke band met de kerk (Mor Ephrem); de priester wil bemiddelen. Moeder staat open voor hulp.', risico='Eergerelateerde dreiging, gesloten netwerk, taalbarrière grootouders.',
  stemj='S. (14): "Ik wil gewoon naar school en mijn vriendinnen zien." D. (12) zegt dat hij zich zorgen maakt om zijn zus.', stemo='Vader: "Dit regelen wij binnen de familie." Moeder wil dat S. veilig is.',
  visie='Risico op eergerelateerd geweld. Advies van het Landelijk Expertisecentrum Eergerelateerd Geweld is gevraagd.', score='Inbrenger 3 - moeder 5 - vader 7 - S. 3',
  hulp='Politie Oost-Nederland (eergerelateerd geweld), Veilig Thuis Twente, school (Twents Carmel College).'),
 dict(y=[('L.', 2010)], place='Tubbergen',
  gezin='Vader (1972), moeder (1975), L. (2010), twee oudere broers (1999, 2002) op het familiebedrijf. Katholiek boerengezin in een buurtschap bij Tubbergen.',
  zorgen=['L. (16) snijdt zichzelf sinds de zomer; ouders wisten het niet.', 'Vader drinkt veel na de sluiting van de varkenstak.'],
  krachten='Hechte familie, buren helpen mee op het erf. L. heeft een goede band met de mentor op het Pius X College.', risico='Financiële druk op het bedrijf, taboe op psychische problemen, afstand tot hulp.',
  stemj='L.: "Ik wil niet dat pap het weet, die hef al genog an zien kop."', stemo='Moeder: "Wiej hebt het nooit gezien." Vader wil hulp voor L., niet voor zichzelf.',
  visie='Zelfbeschadiging en een belaste gezinssituatie. Behandeling bij Karakter is gestart, maar de thuissituatie vraagt om meer.', score='Inbrenger 5 | L. 4 | moeder 6',
  hulp='Karakter Almelo, huisarts Tubbergen, ZLTO-vertrouwenspersoon, schoolmaatschappelijk werk.'),
 dict(y=[('J.', 2015), ('zusje K.', 2018)], place='Losser',
  gezin='Moeder (1992) met J. (2015) en K. (2018). Vader (1989) woont in Nordhorn, Duitse nationaliteit. Gezamenlijk gezag.',
  zorgen=['Vader neemt de kinderen na omgang niet terug; op 18-10-2026 pas na politie-inzet.', 'Kinderen horen beide ouders over elkaar praten.'],
  krachten='Moeder houdt zich aan afspraken; de kinderen doen het goed op De Ludgerusschool.', risico='Grensoverschrijdende scheiding, twee rechtssystemen, escalaties bij overdracht.',
  stemj='J. tekent twee huizen en een grote rivier ertussen. Zegt: "Ik wil dat ze niet meer boos zijn."', stemo='Moeder wil een vaste regeling. Vader (via het Jugendamt Grafschaft Bentheim) wil meer omgang.',
  visie='Kinderen klem tussen ouders. Kinderen uit de Knel wordt geadviseerd; eventueel een raadsonderzoek.', score='Inbrenger: 5. Moeder: 6. Vader: 7.',
  hulp='Jugendamt Grafschaft Bentheim, gemeente Losser (Toegang), school.'),
 dict(y=[('R.', 2009)], place='Enschede',
  gezin='Vader (1975), R. (2009). Moeder overleden in 2021. R. woont sinds 2023 met vader op een woonwagenlocatie in Enschede-Zuid.',
  zorgen=['R. (17) is sinds september van school, zit veel bij oudere jongens.', 'Vader is bij een steekpartij op de locatie op 1-11-2026 aangehouden.'],
  krachten='Grote familie op de locatie, ooms houden een oogje in het zeil. R. kan goed met paarden.', risico='Geweld in het netwerk, schoolverlaten, wantrouwen naar instanties.',
  stemj='R.: "School is niks veur mij. Ik wil bij mien ome in de handel."', stemo='Vader: "Mien jong doet niks verkeerds." Wil wel praten met de woonwagenconsulent.',
  visie='R. groeit op in een onveilige omgeving zonder dagbesteding. Gezamenlijke aanpak met de leerplichtambtenaar nodig.', score='Inbrenger 4, vader 8, R. 7',
  hulp='Leerplicht Enschede, begeleider woonwagenzaken, Politie Oost-Nederland.'),
 dict(y=[('M.', 2014), ('A.', 2012)], place='Oldenzaal',
  gezin='Moeder (1987), vader (1984), A. (2012), M. (2014). Molukse familie, grootouders wonen in de wijk in Oldenzaal? nee, in Vaassen.',
  zorgen=['Vader heeft PTSS-klachten en slaat met deuren en meubels.', 'M. heeft een blauwe plek bij het oog, zegt dat hij gevallen is.'],
  krachten='Kerkgemeenschap en grootouders steunen; moeder werkt en is stabiel.', risico='Trauma vader, weinig openheid naar buiten, moeder overbelast.',
  stemj='A. (14): "Papa is niet slecht, hij wordt gewoon heel boos." M. wilde niet praten; tekende een storm.', stemo='Moeder: "Ik wil dat hij hulp krijgt." Vader is akkoord met een gesprek bij Mediant.',
  visie='Vader is bereid tot behandeling. Veiligheidsplan met afspraken over time-out nodig.', score='inbrenger 5 / moeder 5 / A. 6',
  hulp='Mediant, huisarts, Veilig Thuis Twente, basisschool.'),
 dict(y=[('Z.', 2011)], place='Almelo',
  gezin='Moeder (1983), Z. (2011), halfbroer (2005) woont in Hengelo. Vader (1978) is terug naar Turkije (Kayseri).',
  zorgen=['Z. (15) heeft naaktfoto\'s gedeeld die rondgaan op school.', 'Moeder sluit Z. op in haar kamer als straf.'],
  krachten='Z. heeft een vertrouwensband met de mentor; moeder zoekt contact met de imam voor steun.', risico='Schaamte, isolement, online uitbuiting.',
  stemj='Z.: "Mam denkt dat ik de familie te schande maak. Ik wil gewoon weer normaal naar school."', stemo='Moeder: "Ik weet niet meer wat ik moet doen met haar."',
  visie='Z. is slachtoffer en wordt thuis gestraft. Advies van Fier of het Centrum Seksueel Geweld gewenst.', score='Inbrenger 3. Moeder 5. Z. 2.',
  hulp='Het Erasmus (school), politie (zedenrecherche), Fier, huisarts.'),
 dict(y=[('B.', 2020), ('W.', 2022)], place='Nijverdal',
  gezin='Moeder (1995) en partner (1991), B. (2020) en W. (2022). Gezin woont in een huurwoning van Woonbedrijf? nee: van Salland Wonen.',
  zorgen=['Huis ernstig vervuild; bij huisbezoek op 4-11-2026 hondenpoep in de woonkamer.', 'B. komt vaak zonder eten op de peuterspeelzaal.'],
  krachten='Ouders zijn lief voor de kinderen en erkennen de problemen. Oma (vz) in Hellendoorn wil helpen.', risico='Verslaving partner (cannabis), schulden, werkloosheid.',
  stemj='B. is 6: "Mama is lief, ik heb honger als ik op school ben." W. is te jong.', stemo='Moeder: "Het wordt mij allemaal te veel." Partner zegt dat het "wel meevalt".',
  visie='Verwaarlozing van de basiszorg. Inzet van intensieve ambulante hulp (Jarabee) en schuldhulp.', score='Inbrenger 3 | moeder 6 | partner 8',
  hulp='Toegang Hellendoorn, JGZ, Jarabee, schuldhulpverlening.'),
 dict(y=[('P.', 2013)], place='Haaksbergen',
  gezin='Pleegmoeder (1970), pleegvader (1968) en P. (2013). Biologische moeder (1994) woont in Deventer. P. is sinds 2019 in dit pleeggezin.',
  zorgen=['Moeder dreigt P. mee te nemen bij de begeleide omgang.', 'P. loopt sinds oktober weg uit het pleeggezin (3x).'],
  krachten='Stabiel pleeggezin, P. zit goed op het voortgezet onderwijs in Haaksbergen.', risico='Loyaliteitsconflict, dreiging vanuit moeder.',
  stemj='P. (13): "Ik hou van allebei, maar ik wil hier blijven wonen."', stemo='Pleegouders willen duidelijkheid. Moeder wil P. terug en is boos op Jeugdbescherming.',
  visie='De plaatsing is kwetsbaar. Perspectiefbesluit en afspraken over omgang nodig.', score='Inbrenger 6, pleegouders 6, P. 5',
  hulp='Jeugdbescherming Overijssel (gezinsvoogd), pleegzorgbegeleider, Karakter.'),
 dict(y=[('H.', 2016)], place='Wierden',
  gezin='Moeder (1986), stiefvader (1982), H. (2016), halfzusje (2024). Vader (1985) zit in detentie.',
  zorgen=['Stiefvader is eerder veroordeeld voor een zedendelict (melding van de reclassering).', 'Moeder wist dit niet toen hij introk.'],
  krachten='Moeder reageert beschermend en wil het veiligheidsplan volgen.', risico='Justitieel verleden stiefvader, afhankelijkheid moeder.',
  stemj='H. (10) vertelt dat het thuis "gezellig" is en dat hij graag met stiefvader voetbalt bij v.v. Wierden.', stemo='Moeder: "Ik wil het beste voor de kinderen en ga niet meer alleen op hem vertrouwen."',
  visie='Risico op herhaling, toezicht via veiligheidsplan. RvdK-interventiegesprek overwegen.', score='Inbrenger 4, moeder 6',
  hulp='Reclassering Nederland, Veilig Thuis Twente, wijkagent Wierden.'),
 dict(y=[('F.', 2012), ('I.', 2017)], place='Borne',
  gezin='Vader (1981) en moeder (1983), F. (2012) en I. (2017). Moeder is opgenomen geweest bij Dimence in 2025.',
  zorgen=['Moeder is psychotisch ontregeld; F. zorgt voor I. en het huishouden.', 'Vader werkt in Duitsland en is doordeweeks weg.'],
  krachten='F. is zelfstandig en slim; buren in Borne-Hofstede helpen met eten.', risico='Psychiatrie moeder, parentificatie, afwezige vader.',
  stemj='F. (14): "Ik doe het gewoon, iemand moet het doen." I. zegt dat mama soms raar praat.', stemo='Vader: "Ik kan mijn werk niet opgeven." Moeder (in een goede periode) wil steun.',
  visie='F. is overbelast. Steun voor F. (jonge mantelzorgers) en een crisisplan voor moeder nodig.', score='Inbrenger 4 / vader 7 / F. 5',
  hulp='Dimence, huisarts, Sociaal team Borne, school (Twickel College).'),
 dict(y=[('O.', 2008)], place='Denekamp',
  gezin='Moeder (1976), O. (2008), broer (2011). Vader (1974) woont in Bad Bentheim. OTS loopt sinds 2024 en eindigt op 30-04-2027.',
  zorgen=['O. wordt 18; er is geen plan voor wonen en inkomen.', 'Incidenten tussen O. en moeder met geweld over en weer.'],
  krachten='O. werkt bij een bouwbedrijf in Ootmarsum en heeft een vriendin met een stabiel gezin.', risico='Geen netwerk rond 18, middelengebruik, schulden.',
  stemj='O. (18 in april): "Ik wil op mezelf, maar dat lukt niet met dit geld."', stemo='Moeder: "Hij moet nu maar zijn eigen boontjes doppen."',
  visie='Overgang 18-/18+ zonder plan. Monitoring via het VHT en een toekomstplan met de gemeente Dinkelland.', score='Inbrenger 5 | O. 6 | moeder 4',
  hulp='Jeugdbescherming Overijssel, Toegang Dinkelland, Humanitas (thuisadministratie).'),
 dict(y=[('C.', 2014)], place='Raalte',
  gezin='Moeder (1989), C. (2014), moeders vriend (1987) sinds 2025 in huis. Vader (1986) woont in Heino.',
  zorgen=['C. vertelt op school dat de vriend van moeder haar vastpakt en schudt.', 'Moeder ontkent en noemt C. "dramatisch".'],
  krachten='Vader is betrokken en wil C. meer bij zich; de juf is een veilige volwassene.', risico='Ontkenning moeder, nieuwe partner onbekend bij instanties.',
  stemj='C. (12): "Ik durf het thuis niet te zeggen. Bij papa is het fijn."', stemo='Moeder: "Ze verzint dingen." Vader: "Ik wil dat ze bij mij komt wonen."',
  visie='Signalen van fysiek geweld. Onderzoek Veilig Thuis en tijdelijke afspraak dat C. bij vader verblijft.', score='Inbrenger 3. Vader 4. Moeder 8. C. 3.',
  hulp='Veilig Thuis Twente? Nee: Veilig Thuis IJsselland, school, huisarts Raalte.'),
]
# clean up hesitation notes (kept out of the final text)
SC[7]['gezin'] = 'Moeder (1987), vader (1984), A. (2012), M. (2014). Molukse familie; grootouders wonen in de Molukse wijk in Vaassen.'
SC[9]['gezin'] = 'Moeder (1995) en partner (1991), B. (2020) en W. (2022). Gezin huurt een woning van Salland Wonen in Nijverdal.'
SC[14]['hulp'] = 'Veilig Thuis IJsselland, school, huisarts in Raalte.'

GEM = {'Rijssen': 'Rijssen-Holten', 'Enschede': 'Enschede', 'Almelo': 'Almelo', 'Hengelo': 'Hengelo', 'Tubbergen': 'Tubbergen', 'Losser': 'Losser',
       'Oldenzaal': 'Oldenzaal', 'Nijverdal': 'Hellendoorn', 'Haaksbergen': 'Haaksbergen', 'Wierden': 'Wierden', 'Borne': 'Borne', 'Denekamp': 'Dinkelland', 'Raalte': 'Raalte'}
SOORT = ['Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Overdracht', 'Eerste inbreng', 'Eerste inbreng']
DAYS = ['10-11-2026', '12-11-2026', '17-11-2026', '19-11-2026', '24-11-2026', '26-11-2026', '2026-12-01', '03-12-2026', '1-12-2026', '27-10-2026', '29-10-2026', '3-11-2026']
EARLIER = {'10-11-2026': ['2-11-2026', '4-11-2026'], '12-11-2026': ['5-11-2026', '9-11-2026'], '17-11-2026': ['11-11-2026', '2026-11-13'],
  '19-11-2026': ['12-11-2026', '16/11/2026'], '24-11-2026': ['17-11-2026', '20-11-2026'], '26-11-2026': ['19-11-2026', '23-11-2026'],
  '2026-12-01': ['2026-11-24', '2026-11-27'], '03-12-2026': ['25-11-2026', '30-11-2026'], '1-12-2026': ['24-11-2026', '26-11-2026'],
  '27-10-2026': ['20-10-2026', '22-10-2026'], '29-10-2026': ['21-10-2026', '26-10-2026'], '3-11-2026': ['27-10-2026', '30-10-2026']}

def vhtnr(i):
    n = 40 + i * 3
    while elf('2026%04d' % n): n += 1
    return n

def build(i, sc, pro, dirty):
    """Return the card text. dirty: dict place -> text to add."""
    d = dirty
    st = i % 4   # label style: 0 plain, 1 numbered, 2 CAPS, 3 synonyms
    L = {
     'datum': ['Datum inbreng', 'Datum', 'DATUM', 'Datum'][st], 'soort': ['Soort inbreng', 'Type inbreng', 'SOORT INBRENG', 'Type inbreng'][st],
     'jeugd': ['Jeugdige (voorletter en geboortejaar)', 'Jeugdige(n)', 'JEUGDIGE', 'Jeugdige'][st],
     'inbr': ['Inbrenger', 'Inbrenger (naam, functie, organisatie)', 'INBRENGER', 'Inbrenger'][st], 'vast': ['Vaste deelnemer', 'Vaste deelnemer', 'VASTE DEELNEMER', 'Vaste deelnemer'][st],
     'gem': ['Verantwoordelijke gemeente', 'Gemeente', 'GEMEENTE', 'Gemeente'][st], 'gedrag': ['Gedragsdeskundige geraadpleegd', 'Gedragswetenschapper geraadpleegd', 'GEDRAGSDESKUNDIGE GERAADPLEEGD', 'Gedragswetenschapper geraadpleegd'][st],
     'geinf': ['Geïnformeerd en gesproken', 'Wie is wanneer geïnformeerd', 'GEÏNFORMEERD EN GESPROKEN', 'Wie is wanneer geinformeerd'][st],
     'inst': ['Instemming betrokkenen', 'Instemming', 'INSTEMMING BETROKKENEN', 'Instemming'][st], 'vraag': ['Vraag aan het VeiligheidsTeam', 'Vraag aan het VHT', 'VRAAG AAN HET VHT', 'Hulpvraag aan het VHT'][st],
     'gezin': ['Gezinssamenstelling', 'Gezinssamenstelling', 'GEZINSSAMENSTELLING', 'Gezinssamenstelling'][st], 'zorgen': ['Wat is er nu onveilig', 'Zorgen', 'WAT IS ER NU ONVEILIG', 'Onveiligheid'][st],
     'patroon': ['Patroon', 'Patroon uit het verleden', 'PATROON', 'Patroon'][st], 'kracht': ['Krachten en beschermende factoren', 'Krachten', 'KRACHTEN EN BESCHERMENDE FACTOREN', 'Krachten'][st],
     'risico': ['Risicofactoren', 'Risicofactoren', 'RISICOFACTOREN', 'Risicofactoren'][st], 'stemj': ['Stem van de jeugdige', 'Wat zegt de jeugdige', 'STEM VAN DE JEUGDIGE', 'Wat zegt de jeugdige'][st],
     'stemo': ['Stem van ouders en verzorgers', 'Stem van ouders', 'STEM VAN OUDERS EN VERZORGERS', 'Stem van ouders'][st], 'visie': ['Visie van de inbrenger', 'Visie inbrenger', 'VISIE VAN DE INBRENGER', 'Visie inbrenger'][st],
     'score': ['Veiligheidsscore', 'Score', 'VEILIGHEIDSSCORE', 'Score'][st], 'hulp': ['Betrokken hulpverlening', 'Betrokken hulpverlening', 'BETROKKEN HULPVERLENING', 'Betrokken hulpverlening'][st],
    }
    num = [0]
    def lab(k):
        if st == 1:
            num[0] += 1; return '%d. %s:' % (num[0], L[k])
        return L[k] + ('' if st == 2 else ':')
    datum = DAYS[i % len(DAYS)]; soort = SOORT[i % len(SOORT)]
    jeug = [('%s (%d)' % yy) for yy in sc['y']]
    first = sc['y'][0][0].split()[-1]
    gedrag = GEDRAG[i % len(GEDRAG)]
    out = []
    def blk(tag, text): out.extend([tag, text, ''])
    def sec(k, *lines):
        out.append(lab(k)); out.extend(lines); out.append('')
    if 'file name' in d: blk('[FILENAME]', d['file name'])
    elif i % 3 == 0: blk('[FILENAME]', 'VHK_%s_%s%d_%s.docx' % (pro[2].replace(' ', ''), first.rstrip('.'), sc['y'][0][1], datum.replace('-', '')))
    if 'mail subject' in d: blk('[MAIL-SUBJECT]', d['mail subject'])
    elif i % 5 == 1: blk('[MAIL-SUBJECT]', 'Aanmelding VHT %s - %s (%s)' % (pro[2], soort.lower(), datum))
    if 'mail body' in d: blk('[MAIL-BODY]', d['mail body'])
    elif i % 5 == 1: blk('[MAIL-BODY]', 'Beste voorzitter, bijgaand de kaart voor bespreking. Graag inplannen op dinsdag. Groet, vaste deelnemer %s.' % pro[2])
    if 'property (title)' in d: blk('[PROPERTY title]', d['property (title)'])
    elif i % 4 == 2: blk('[PROPERTY title]', 'Veiligheidskaart %s (%d) - %s' % (first, sc['y'][0][1], soort))
    if 'property (company)' in d: blk('[PROPERTY company]', d['property (company)'])
    elif i % 6 == 3: blk('[PROPERTY company]', pro[0].split(', ')[-1])
    blk('[HEADER]', d.get('header', ['VHK - VERTROUWELIJK - TWENTE', 'VEILIGHEIDSKAART %s' % pro[2].upper(), 'Gemeente %s | niet doorsturen zonder toestemming' % pro[2]][i % 3]))
    sec('datum', datum); sec('soort', soort + ('' if soort == 'Eerste inbreng' else ', eerder besproken als VHT-2026-%04d' % vhtnr(i)))
    sec('jeugd', *(d['cover value (Jeugdige)'] if 'cover value (Jeugdige)' in d else jeug))
    sec('inbr', pro[0]); sec('vast', pro[1]); sec('gem', pro[2])
    if gedrag: sec('gedrag', 'Ja, %s, op %s' % (gedrag, EARLIER[datum][1]))
    geinf = ['Moeder/ouders: gesproken op %s, huisbezoek in %s.' % (EARLIER[datum][0], sc['place']),
             '%s gesproken op school, in bijzijn van de mentor -> akkoord.' % first,
             '- Huisarts en school zijn op de hoogte.']
    if 'cover value (Geinformeerd)' in d: geinf.insert(1, d['cover value (Geinformeerd)'])
    sec('geinf', *geinf)
    if i % 7 == 4:
        sec('inst', 'Nee. Vader weigert toestemming omdat hij "niks met instanties te maken wil hebben".',
            'Onderbouwing inbrenger: de onveiligheid is zo ernstig dat bespreking nodig is; vader is hierover geïnformeerd.')
    else:
        sec('inst', ['Ja, ouders stemmen in.', 'Ja - moeder en %s akkoord, vader ook (telefonisch).' % first, 'JA', 'ja, mondeling akkoord bij huisbezoek'][i % 4])
    sec('vraag', ['Is vrijwillige hulp nog voldoende of is een interventiegesprek met de Raad nodig?', 'Advies over een veiligheidsplan en wie regie neemt.',
                  'Graag meedenken: welke expertise missen we?', 'Moet er een melding / overdracht naar Veilig Thuis Twente komen?'][i % 4])
    if i % 5 == 2: sec('patroon', 'Eerdere meldingen bij Veilig Thuis Twente in 2022 en 2024; toen vrijwillige hulp via het wijkteam.')
    gz = d.get('table row (Gezinssamenstelling)')
    if i % 3 == 1 or gz:
        rows = ['| rol | geboortejaar | woont |', '|---|---|---|'] + ['| %s | %d | thuis |' % yy for yy in sc['y']]
        if gz: rows.append(gz)
        sec('gezin', sc['gezin'], *rows)
    else:
        sec('gezin', sc['gezin'] + (' ' + d['body (Gezinssamenstelling)'] if 'body (Gezinssamenstelling)' in d else ''))
    z = list(sc['zorgen']) + ([d['body (Zorgen)']] if 'body (Zorgen)' in d else [])
    sec('zorgen', *z)
    sec('kracht', sc['krachten'] + (' ' + d['body (Krachten)'] if 'body (Krachten)' in d else ''))
    sec('risico', sc['risico'] + (' ' + d['body (Risicofactoren)'] if 'body (Risicofactoren)' in d else ''))
    sec('stemj', sc['stemj'] + (' ' + d['body (Stem van de jeugdige)'] if 'body (Stem van de jeugdige)' in d else ''))
    if 'alt text' in d: blk('[ALT]', d['alt text'])
    elif i % 4 == 1: blk('[ALT]', 'Tekening van %s: drie huizen; het huis van de zorgen is zwart gekleurd.' % first)
    if 'comment text' in d or 'comment author' in d:
        blk('[COMMENT author=%s]' % d.get('comment author', 'Vaste deelnemer %s' % pro[2]), d.get('comment text', 'Graag nog aanvullen met de stem van vader.'))
    elif i % 3 == 2: blk('[COMMENT author=%s]' % ['Voorzitter VHT', 'Gedragswetenschapper Jarabee', 'Vaste deelnemer %s' % pro[2]][i % 3], 'Score van de jeugdige ontbreekt nog, graag aanvullen.')
    sec('stemo', sc['stemo'] + (' ' + d['body (Stem van ouders)'] if 'body (Stem van ouders)' in d else ''))
    sec('visie', sc['visie']); sec('score', sc['score'])
    if 'tracked deletion' in d: blk('[TRACKED-DELETION]', d['tracked deletion'])
    elif i % 4 == 3: blk('[TRACKED-DELETION]', 'Inbrenger: %d.' % (2 + i % 5))
    sec('hulp', sc['hulp'] + (' ' + d['body (Betrokken hulpverlening)'] if 'body (Betrokken hulpverlening)' in d else ''))
    if 'footnote' in d: blk('[FOOTNOTE]', d['footnote'])
    elif i % 5 == 3: blk('[FOOTNOTE]', 'Bron: zorgformulier school d.d. %s en verwijsbrief huisarts.' % DAYS[(i + 1) % len(DAYS)])
    out.append('Persoonsgegevens:')
    if 'body (Persoonsgegevens)' in d: out.append(d['body (Persoonsgegevens)'])
    else: out.append(['n.v.t.', '-', 'niet invullen bij inbreng'][i % 3])
    out.append('')
    blk('[FOOTER]', d.get('footer', ['Pagina 1 van 2 - VHT Twente', 'Vertrouwelijk - alleen voor het VHT', 'VHK versie %s' % datum][i % 3]))
    return '\n'.join(out).rstrip('\n') + '\n'

B = bsn(); B8 = bsn(8)
IB1 = grp(iban('NL', 'RABO', 10)); IB2 = grp(iban('DE', '', 18))
DIRTY = [  # (card, [(cat, value, place, text)])
 (46, [('NAME', 'Harmina Lubbers-Veldhuis', 'body (Zorgen)', '- buurvrouw Harmina Lubbers-Veldhuis hoorde het gegil door de muur'),
       ('PHONE', '06-41 22 90 17', 'footer', 'Inbrenger bereikbaar, moeder alleen via 06-41 22 90 17')]),
 (47, [('BSN', '%s.%s.%s' % (B[:4], B[4:6], B[6:]), 'tracked deletion', 'BSN jeugdige %s.%s.%s' % (B[:4], B[4:6], B[6:])),
       ('NAME', 'Marieke Dooijewaard', 'comment author', None)]),
 (48, [('ADDRESS', 'Lasondersingel 171', 'table row (Gezinssamenstelling)', '| oma (mz) | 1958 | Lasondersingel 171 |'),
       ('NAME', 'Klaas-Jan Wiggers', 'mail subject', 'FW: kaart Klaas-Jan Wiggers - graag inplannen')]),
 (49, [('BIRTHDATE', '22-09-2008', 'cover value (Jeugdige)', ['O. (22-09-2008)']),
       ('EMAIL', 'roelie.kamphuis71@gmail.com', 'mail body', 'Beste voorzitter, moeder wil een kopie op roelie.kamphuis71@gmail.com. Groet, vaste deelnemer.')]),
 (50, [('IBAN', IB1, 'footnote', 'Leefgeld wordt door de bewindvoerder overgemaakt op ' + IB1 + '.'),
       ('NAME', 'Schepers, Wilfried', 'table row (Gezinssamenstelling)', '| Schepers, Wilfried (vader) | 1981 | Nordhorn |')]),
 (51, [('URL', 'instagram.com/fleur_borne.2012', 'body (Stem van de jeugdige)', 'Ze zet alles op instagram.com/fleur_borne.2012, zegt ze.'),
       ('POSTCODE', '7582 BC', 'header', 'VHK gezin 7582 BC Losser - VERTROUWELIJK')]),
 (52, [('NAME', 'Marlou', 'alt text', 'Foto van de tekening van L. en haar nichtje Marlou'),
       ('ID_NUMBER', '8830417', 'body (Betrokken hulpverlening)', 'ZGT patiëntnr. 8830417.')]),
 (53, [('NAME', 'Hans-Peter Vogel', 'property (company)', 'Hans-Peter Vogel'),
       ('PHONE', '0546 87 31 22', 'body (Stem van ouders)', '(Opa belde zelf vanaf 0546 87 31 22 om dit te zeggen.)')]),
 (54, [('NAME', 'Sabiha', 'comment text', 'Bij de volgende versie ook Sabiha (tante) erbij betrekken, zij vangt op.'),
       ('BSN', B8, 'body (Persoonsgegevens)', 'BSN: ' + B8)]),
 (55, [('NAME', 'Doğan', 'file name', 'VHK_Doğan_P2013_concept.docx'),
       ('ADDRESS', 'Beltstraat 40', 'mail body', 'Hoi, kaart bijgevoegd. Let op: moeder is tijdelijk bij een vriendin, Beltstraat 40. Gr.')]),
 (56, [('NAME', 'Latuheru', 'header', 'VEILIGHEIDSKAART FAM. Latuheru - Almelo'),
       ('IBAN', IB2, 'body (Risicofactoren)', 'Vader stort zijn loon op een Duitse rekening (' + IB2 + ') waar moeder niet bij kan.')]),
 (57, [('EMAIL', 'jbrinkman.nijverdal@hotmail.com', 'footer', 'reacties van vader: jbrinkman.nijverdal@hotmail.com'),
       ('NAME', 'Teuntje', 'tracked deletion', 'Zus Teuntje (2007) woont ook nog thuis.')]),
 (58, [('BIRTHDATE', '3-3-2013', 'footnote', 'Volgens het zorgformulier is de leerling geb. 3-3-2013, klas 2.'),
       ('URL', 'facebook.com/ronny.jansen.3312', 'comment text', 'Vader scheldt de school uit op facebook.com/ronny.jansen.3312, zie screenshot.')]),
 (59, [('POSTCODE', '7607 PN', 'body (Gezinssamenstelling)', 'Halfbroer woont apart, 7607 PN.'),
       ('ID_NUMBER', 'JBO-40917', 'mail subject', 'Overdracht JBO-40917 naar Toegang')]),
 (60, [('NAME', 'Harm Mensink', 'cover value (Geinformeerd)', 'Harm Mensink (oom, spreekt namens vader): gesproken op 20-11-2026.'),
       ('PHONE', '+49 5921 48813', 'body (Krachten)', 'Oom in Gronau is bereikbaar via +49 5921 48813.')]),
]

os.makedirs(CD, exist_ok=True)
tsv = ['file\texpect\tnotes']
for i in range(1, 61):
    sc = SC[(i * 7) % len(SC)]
    cand = [p for p in PROS if p[2] == GEM[sc['place']]]
    pro = cand[(i // 15) % len(cand)]
    d = {}; notes = '-'
    if i >= 46:
        items = dict(DIRTY)[i]
        for cat, val, place, text in items:
            if place == 'comment author':
                d['comment author'] = val; d.setdefault('comment text', 'Dit klopt niet, ik heb nooit gezegd dat ze dramatisch is.')
            else: d[place] = text
        notes = '; '.join('%s "%s" @ %s' % (c, v, p.replace('Geinformeerd', 'Geïnformeerd')) for c, v, p, _ in items)
    text = build(i, sc, pro, d)
    with open(os.path.join(CD, 'card-%02d.txt' % i), 'w', encoding='utf-8', newline='\n') as fh: fh.write(text)
    tsv.append('card-%02d.txt\t%s\t%s' % (i, 'CLEAN' if i <= 45 else 'DIRTY', notes))
with open(os.path.join(CD, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh: fh.write('\n'.join(tsv) + '\n')
print('ok')
