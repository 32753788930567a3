#!/usr/bin/env python3
"""Generate ../cards/card-01..60.txt and cards.tsv for blind72 (fixed seed; byte-for-byte reproducible)."""
import os, random

rng = random.Random(7201)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'cards')

# scenario: dict of section texts; youth line; municipality etc.
S = []
def sc(**k): S.append(k)

sc(gem='Deventer', org='Sociaal Team Deventer', youth='A. (2012)\nbroertje Y. (2018)',
   gezin='Moeder (1986), vader (1981), A. (2012) en Y. (2018). Familie met Turkse wortels, wonen in de Rivierenwijk. Grootouders vz wonen in Kayseri.',
   zorgen='- Vader sloeg moeder op 02-11-2026 in bijzijn van Y.; politie Oost-Nederland deed een zorgmelding.\n- A. blijft na school weg en zit tot laat bij de Welle.',
   patroon='Sinds 2022 drie meldingen bij Veilig Thuis IJsselland, steeds na spanning over geld.',
   krachten='Moeder zoekt steun bij de Ulu Camii; een tante in Colmschate is een veilige plek. A. voetbalt bij een club in Keizerslanden.',
   risico='Schulden, vader werkt in ploegendienst, weinig Nederlands bij moeder.',
   stemj='A. (14 jaar) in de app aan de gezinscoach: "idk wat ik moet zeggen, mn vader is niet altijd zo. ff geen zin in gedoe thuis, wsm ga ik naar mn tante."\nY. (8) tekende drie huizen; in het huis van de zorgen staat "schreeuwen".',
   stemo='Moeder: "Ik wil dat het rustig wordt, niet dat hij weggaat." Vader: "Het was één keer."',
   visie='Herhaald geweld in bijzijn van de kinderen; het veiligheidsplan werkt onvoldoende.',
   vraag='Is een interventiegesprek met de Raad voor de Kinderbescherming Zwolle nodig?',
   hulp='Sociaal Team Deventer, Veilig Thuis IJsselland, huisarts, Stadsbank Oost Nederland.',
   score='Inbrenger: 3. Moeder: 6. A.: 4.', inf='Moeder: gesproken op 04-11-2026 (huisbezoek). Vader: gesproken op 05-11-2026. A.: gesproken op 05-11-2026 op het Etty Hillesum Lyceum.')
sc(gem='Zutphen', org='CJG Zutphen', youth='N. (2025)\nzusje E. (2024)',
   gezin='Moeder (2008), N. (2025) en E. (2024). Tienermoeder, woont met de kinderen bij haar moeder in het Waterkwartier. Vader van de kinderen (2005) is uit beeld.',
   zorgen='Consult 14 maanden van E. op 03-11-2026: gewicht van P50 naar P10 gezakt, vaccinaties BMR en MenC gemist.\nN. consult 8 weken: groeicurve vlak, moeder vergeet nachtvoedingen.\nKraamzorg zag dat de baby lang alleen lag.',
   patroon='Moeder is zelf opgegroeid met jeugdhulp; eerdere zorgen bij het CJG in 2025.',
   krachten='Oma is betrokken en wil helpen. Moeder komt naar het consultatiebureau als ze een herinnering krijgt. Jonge Moeders Zutphen heeft plek.',
   risico='Jonge leeftijd moeder, geen eigen woning, wisselende vrienden over de vloer.',
   stemj='E. (2 jaar) en N. (ruim 1 jaar) zijn geobserveerd tijdens het consult: E. zoekt weinig contact, N. huilt hard en lang.',
   stemo='Moeder: "Ik doe echt mn best, het is gewoon veel." Oma: "Ze is zelf nog een kind."',
   visie='Basiszorg van twee jonge kinderen is onvoldoende; ondersteuning in huis is nodig.',
   vraag='Advies gevraagd: is vrijwillige hulp voldoende voor de basisveiligheid van de baby en de peuter?',
   hulp='CJG Zutphen (jeugdverpleegkundige), Sociaal Wijkteam Zutphen, kraamzorg, huisarts.',
   score='Inbrenger: 4. Moeder: 7.', inf='Moeder: gesproken op 05-11-2026 tijdens het consult. Oma: gesproken op 05-11-2026.')
sc(gem='Lochem', org='gemeente Lochem', youth='H. (2013)\nbroer G. (2010)\nzus W. (2016)',
   gezin='Vader (1975), moeder (1978), G. (2010), H. (2013) en W. (2016). Gereformeerd gezin op een boerderij bij Barchem.',
   zorgen='Vader straft de kinderen met de riem. H. kwam op 09-11-2026 met striemen op school.\nMoeder durft niet in te grijpen.',
   patroon='Kerkenraad wist al jaren van strenge straffen; nooit gemeld.',
   krachten='De ouderling van de kerk in Barchem wil meedenken. Oma in Laren is een veilige plek. G. werkt bij een loonbedrijf in Almen.',
   risico='Sociale isolatie, strikte opvattingen, geen hulpverlening gewend.',
   stemj='G. (16): "Pa is streng, maar het moet niet meer met de riem."\nH. (13): "Ik wil gewoon dat het thuis gezellig is."\nW. (10) wil er niet over praten.',
   stemo='Vader: "De Heer heeft ons geleerd de kinderen te tuchtigen." Moeder: "Ik wil geen ruzie in de kerk."',
   visie='Lichamelijke straf is onveilig; ouders moeten het veiligheidsplan samen met het netwerk maken.',
   vraag='Welke vervolgstappen adviseert het VHT als ouders de riem niet afschaffen?',
   hulp='Gemeente Lochem (jeugdconsulent), huisarts, school in Lochem, GGD (jeugdarts).',
   score='Inbrenger: 4. Vader: 8. Moeder: 6. G.: 5. H.: 5.', inf='Ouders: gesproken op 10-11-2026 thuis. G. en H.: gesproken op 11-11-2026.')
sc(gem='Deventer', org='Veilig Thuis IJsselland', youth='M. (2011)',
   gezin='Moeder (1983), vader (1980), M. (2011). Dutch-Moluks gezin, wonen in Zandweerd. Grootouders vz wonen in de Molukse wijk in Deventer.',
   zorgen='Vader gebruikt cocaïne en wordt agressief; op 15-10-2026 dreigde hij met een mes.\nM. snijdt zich sinds de zomer.',
   patroon='Vader had eerder een huisverbod (2024).',
   krachten='De Molukse kerk is een sterk netwerk. M. zingt in een gospelkoor. Oma is betrokken.',
   risico='Verslaving vader, schulden, zelfbeschadiging M.',
   stemj='M. (15) in een appje: "bro ik trek dit niet meer, mn vader is echt gek als hij gebruikt. idk wie ik kan vertrouwen."',
   stemo='Vader: "Ik ga naar Tactus, ik wil stoppen." Moeder: "Ik kan hem niet loslaten."',
   visie='Ernstige zorgen over de psychische veiligheid van M.; GGZ-hulp en een plan voor vader zijn nodig.',
   vraag='Hulpvraag: kan het VHT adviseren over een gezamenlijke aanpak met Tactus en Dimence?',
   hulp='Veilig Thuis IJsselland, Tactus verslavingszorg, Dimence jeugd, huisarts.',
   score='Inbrenger: 3. Moeder: 5. M.: 2.', inf='Moeder: gesproken op 20-10-2026. Vader: gesproken op 21-10-2026. M.: gesproken op 22-10-2026 op school.')
sc(gem='Epe', org='Sociaal Team Epe', youth='S. (2015)\nbroertje T. (2019)',
   gezin='Moeder (1990), partner (1985), S. (2015) en T. (2019). Wonen permanent in een stacaravan op een vakantiepark bij Vaassen.',
   zorgen='Geen vaste woning, caravan is koud en vochtig. Partner drinkt en schreeuwt. T. gaat niet naar school.',
   patroon='Gezin is in vier jaar vijf keer verhuisd tussen parken in Emst en Vaassen.',
   krachten='Moeder zorgt dat S. naar school in Oene gaat. Buren op het park letten op.',
   risico='Dakloosheid dreigt, alcohol, schulden, geen inschrijving op het park.',
   stemj='S. (11): "In de winter is het koud en dan slapen we in één bed."\nT. (7) wil een eigen kamer.',
   stemo='Moeder: "Er zijn gewoon geen huizen." Partner: "Ik drink niet meer dan de rest van het park."',
   visie='Woonsituatie en alcohol maken de situatie onveilig; huisvesting is de eerste stap.',
   vraag='Hoe krijgen we zicht op de veiligheid, en wie pakt de huisvesting op?',
   hulp='Sociaal Team Epe, leerplicht, huisarts Vaassen, schuldhulp.',
   score='Inbrenger: 4. Moeder: 6. S.: 5.', inf='Moeder: gesproken op 12-11-2026 op het park. Partner: telefonisch op 13-11-2026.')
sc(gem='Zutphen', org='Jeugdbescherming Gelderland', youth='F. (2009)\nbroertje Z. (2017)',
   gezin='Moeder (1987), F. (2009), Z. (2017). Eritrese statushouders sinds 2022, wonen in Leesten. Vader is nog in Soedan.',
   zorgen='F. wordt thuis opgesloten en moet voor Z. zorgen. F. heeft blauwe plekken (gezien op 27-10-2026).',
   patroon='Sinds de gezinshereniging veel spanning over rolverdeling.',
   krachten='Vluchtelingenwerk Oost Nederland is betrokken. F. doet het goed op het Isendoorn College. Oom in Warnsveld steunt moeder.',
   risico='Trauma, taalbarrière, isolatie, onzekere verblijfssituatie vader.',
   stemj='F. (17) met tolk Tigrinya: "Ik wil naar school en vrienden zien, niet alleen thuis."\nZ. (9): "Mama is vaak verdrietig."',
   stemo='Moeder (met tolk): "Zij is de oudste, zij moet helpen."',
   visie='Parentificatie en lichamelijk geweld; gezinsvoogd ziet onvoldoende verandering.',
   vraag='Vraag aan het VHT: is verlenging van de OTS nodig of volstaat vrijwillige hulp?',
   hulp='Jeugdbescherming Gelderland, Vluchtelingenwerk, GGNet jeugd, Isendoorn College.',
   score='Inbrenger: 4. Moeder: 7. F.: 3.', inf='Moeder: gesproken op 28-10-2026 met tolk. F.: gesproken op 29-10-2026.')
sc(gem='Voorst', org='gemeente Voorst', youth='L. (2012)',
   gezin='Pleegmoeder (1970), pleegvader (1968), L. (2012). L. woont sinds 2023 in het pleeggezin in Twello; moeder (1991) woont in Apeldoorn.',
   zorgen='Na bezoek aan moeder komt L. ontregeld terug; op 01-11-2026 liep ze weg en werd ze in Teuge gevonden.\nL. chat met onbekende volwassen mannen.',
   patroon='Eerdere plaatsing in Wilp liep stuk in 2023.',
   krachten='Pleegouders zijn stabiel en betrokken. L. paardrijdt in Terwolde.',
   risico='Hechtingsproblematiek, online contacten, onvoorspelbare moeder.',
   stemj='L. (14) in de chat: "ik wil gwn mn moeder zien maar dan gaat t altijd mis. sws niet meer alleen."',
   stemo='Moeder: "Ze hoort bij mij." Pleegouders: "We willen haar houden, maar hebben hulp nodig."',
   visie='Bezoekregeling moet aangepast en er is zicht nodig op online risico.',
   vraag='Advies over de bezoekregeling en over de online risico\'s.',
   hulp='Pleegzorg (Pluryn), Jeugdbescherming Gelderland, gemeente Voorst.',
   score='Inbrenger: 5. Pleegouders: 6. L.: 6.', inf='Pleegouders: gesproken op 03-11-2026. Moeder: telefonisch op 04-11-2026. L.: gesproken op 04-11-2026.')
sc(gem='Brummen', org='Sociaal Team Brummen', youth='B. (2016)\nzusje C. (2021)',
   gezin='Moeder (1994), vader (1992), B. (2016), C. (2021). Wonen in Eerbeek.',
   zorgen='Vader heeft een psychose gehad (opname GGNet op 19-10-2026). Moeder is overbelast.',
   patroon='Eerdere opname vader in 2021.',
   krachten='Grootouders in Leuvenheim helpen. B. zit op een school met een goede intern begeleider.',
   risico='Psychiatrie vader, overbelasting moeder.',
   stemj='B. (10): "Papa was heel raar en dan was ik bang."\nC. (5) speelt vaak "ziekenhuisje".',
   stemo='Moeder: "Ik wil dat hij beter wordt, maar de kinderen eerst."',
   visie='Met een crisisplan en het netwerk is de veiligheid te borgen.',
   vraag='Is het crisisplan voldoende, of is meer nodig?',
   hulp='GGNet, Sociaal Team Brummen, huisarts Eerbeek.',
   score='Inbrenger: 6. Moeder: 6.', inf='Moeder: gesproken op 22-10-2026. Vader: gesproken op 26-10-2026 in de kliniek.')
sc(gem='Olst-Wijhe', org='Jeugdbescherming Overijssel', youth='R. (2010)',
   gezin='Moeder (1976), R. (2010). Vader (1972) woont in Raalte, geen contact.',
   zorgen='R. is betrokken bij drugsrunnen in Deventer; op 30-10-2026 aangehouden met een mes.',
   patroon='Sinds 2024 oplopende politiecontacten.',
   krachten='Moeder blijft in contact. R. wil een opleiding bij het Deltion.',
   risico='Criminele vrienden, schulden aan oudere jongens, schooluitval.',
   stemj='R. (16): "bro ik kan er niet zomaar uit, dan ben ik de sjaak."',
   stemo='Moeder: "Ik ben bang dat ze hem iets aandoen."',
   visie='Acute dreiging; R. moet tijdelijk buiten Deventer verblijven.',
   vraag='Overdracht naar het VHT voor advies over een veilige plek en de aanpak van de dreiging.',
   hulp='Jeugdbescherming Overijssel, Politie Oost-Nederland, Trajectum (voor R. aangevraagd).',
   score='Inbrenger: 2. Moeder: 3. R.: 5.', inf='Moeder en R.: gesproken op 02-11-2026.')
sc(gem='Raalte', org='gemeente Raalte', youth='K. (2014)\nbroer P. (2012)',
   gezin='Vader (1979), moeder (1982), P. (2012), K. (2014). Wonen in Heeten.',
   zorgen='Ouders in vechtscheiding; kinderen worden betrokken bij ruzies. Politie kwam op 08-11-2026 na een duw.',
   patroon='Conflicten sinds de scheiding in 2025.',
   krachten='Beide ouders willen het goede voor de kinderen. Kinderen zwemmen in Raalte.',
   risico='Loyaliteitsconflict, gebrekkige communicatie.',
   stemj='P. (14): "Ik zit er altijd tussen."\nK. (12): "Ik wil gewoon dat ze normaal doen."',
   stemo='Vader: "Zij begint." Moeder: "Hij houdt zich niet aan afspraken."',
   visie='Kinderen lijden onder de strijd; Kinderen uit de Knel wordt geadviseerd.',
   vraag='Is een raadsonderzoek nodig als ouders geen hulp accepteren?',
   hulp='Gemeente Raalte, huisarts, school.',
   score='Inbrenger: 5. Vader: 7. Moeder: 5. P.: 4. K.: 5.', inf='Vader: gesproken op 09-11-2026. Moeder: gesproken op 10-11-2026. P. en K.: gesproken op 11-11-2026.')
sc(gem='Deventer', org='Raad voor de Kinderbescherming Zwolle', youth='D. (2013)\nzus I. (2011)',
   gezin='Moeder (1985), vader (1980), I. (2011), D. (2013). Marokkaanse wortels, wonen in de Rivierenwijk.',
   zorgen='I. wordt door vader en broers beperkt in haar vrijheid; er is sprake van eergerelateerde dreiging na een foto op social media.',
   patroon='Eerder ingegrepen in 2025 via het Zorg- en Veiligheidshuis.',
   krachten='Moeder wil de dochters beschermen. De imam van de moskee bemiddelt.',
   risico='Eerkwestie, druk vanuit familie in Nador.',
   stemj='I. (15): "ik mag nergens heen, ff naar de markt is al te veel."\nD. (13): "Ik merk dat mijn zus bang is."',
   stemo='Vader: "Mijn dochter moet zich aan onze regels houden." Moeder: "Ik wil geen ruzie."',
   visie='Risico op eergerelateerd geweld; landelijk expertisecentrum wordt geraadpleegd.',
   vraag='Overdracht RvdK: advies over de inzet van het LEC EGG en een beschermingsmaatregel.',
   hulp='Raad voor de Kinderbescherming Zwolle, Veilig Thuis IJsselland, Politie Oost-Nederland.',
   score='Inbrenger: 2. Moeder: 4. I.: 2.', inf='Moeder: gesproken op 12-11-2026. I.: gesproken op 12-11-2026 op school.')
sc(gem='Zutphen', org='Sociaal Wijkteam Zutphen', youth='J. (2011)',
   gezin='Moeder (1979), J. (2011). Moeder heeft een licht verstandelijke beperking. Wonen in De Mars.',
   zorgen='Vervuilde woning, ieder1 dreigt met ontruiming. J. verzuimt op het Baudartius College.',
   patroon='Sinds 2020 wisselende hulp, steeds afgebroken.',
   krachten='J. is slim en sociaal. Moeder accepteert hulp van Rentree.',
   risico='LVB moeder, schulden, sociaal isolement.',
   stemj='J. (15) in de app: "idk ik schaam me gwn om mensen mee te nemen naar huis."',
   stemo='Moeder: "Het wordt me allemaal te veel."',
   visie='Verwaarlozing; met praktische hulp en een vaste ambulant hulpverlener is verbetering mogelijk.',
   vraag='Welke hulp adviseert het VHT om ontruiming te voorkomen en J. te beschermen?',
   hulp='Sociaal Wijkteam Zutphen, Woonbedrijf ieder1, Rentree, leerplicht.',
   score='Inbrenger: 4. Moeder: 6. J.: 4.', inf='Moeder: gesproken op 13-11-2026. J.: gesproken op 13-11-2026.')

INBR = ['Ingrid Wansink, gezinscoach', 'Niels Brouwer, casemanager', 'Saskia Klein Velderman, jeugdconsulent',
        'Nadia Bouzidi, jeugdbeschermer', 'Wendy Lubbers, jeugdverpleegkundige', 'Erik Kamphuis, raadsonderzoeker',
        'Monique Teunissen, gezinsvoogd', 'Anouk Schuurman, wijkcoach', 'Jeroen Dijkman, casemanager',
        'Sanne Hofman, ambulant hulpverlener', 'Femke Nijhof, jeugdconsulent', 'Rachid Azzouz, teamleider']
VASTE = ['Marieke Oosterveld', 'Tim Haverkamp', 'Esra Güler', 'Bart Wennink', 'Lotte Huisman', 'Joris Rikkerink']
GEDRAG = ['Marloes ten Have, orthopedagoog', 'Hatice Demirel, GZ-psycholoog', 'Pieter Hulshof, gedragswetenschapper']
SOORT = ['Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Overdracht']
LABELS = {  # canonical, synonym
 'datum': ['Datum', 'Datum inbreng'], 'soort': ['Soort inbreng', 'Type inbreng'],
 'jeugdige': ['Jeugdige (voorletter en geboortejaar)', 'Jeugdige(n)'], 'inbrenger': ['Inbrenger', 'Inbrenger (naam, functie, organisatie)'],
 'vaste': ['Vaste deelnemer', 'Vaste deelnemer'], 'gemeente': ['Verantwoordelijke gemeente', 'Gemeente'],
 'gedrag': ['Gedragsdeskundige geraadpleegd', 'Gedragswetenschapper geraadpleegd'],
 'inf': ['Geïnformeerd en gesproken', 'Wie is wanneer geïnformeerd'], 'instem': ['Instemming betrokkenen', 'Instemming'],
 'vraag': ['Vraag aan het VeiligheidsTeam', 'Vraag aan het VHT'], 'gezin': ['Gezinssamenstelling', 'Gezinssamenstelling'],
 'zorgen': ['Wat is er nu onveilig', 'Zorgen'], 'patroon': ['Patroon', 'Patroon uit het verleden'],
 'krachten': ['Krachten en beschermende factoren', 'Krachten'], 'risico': ['Risicofactoren', 'Risicofactoren'],
 'stemj': ['Stem van de jeugdige', 'Wat zegt de jeugdige'], 'stemo': ['Stem van ouders en verzorgers', 'Stem van ouders'],
 'visie': ['Visie van de inbrenger', 'Visie inbrenger'], 'score': ['Veiligheidsscore', 'Score'],
 'hulp': ['Betrokken hulpverlening', 'Betrokken hulpverlening'],
}
ORDER = ['datum', 'soort', 'jeugdige', 'inbrenger', 'vaste', 'gemeente', 'gedrag', 'inf', 'instem', 'vraag', 'gezin',
         'zorgen', 'patroon', 'krachten', 'risico', 'stemj', 'stemo', 'visie', 'score', 'hulp']
MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']

import re
def dictate(t):
    t = re.sub(r'(\d\d)-(\d\d)-2026', lambda m: '%d %s tweeduizend zesentwintig' % (int(m.group(1)), MONTHS[int(m.group(2)) - 1]), t)
    t = t.replace(', ', ' komma ').replace(': ', ' dubbele punt ').replace('; ', ' puntkomma ')
    t = re.sub(r'(?<=[a-z]{2})\. ', ' punt nieuwe regel ', t)
    return re.sub(r'(?<=[a-z]{2})\.$', ' punt', t)

# DIRTY items per card 46..60: (category, value, place, how-to-insert)
DIRTY = [
 [('NAME', 'Gosse Wijnbergen', 'body (Zorgen)'), ('PHONE', '06-28813470', 'footer')],
 [('NAME', 'Leyla', 'comment text'), ('POSTCODE', '7421 BN', 'header')],
 [('NAME', 'Tsegai', 'table row (Gezinssamenstelling)'), ('BIRTHDATE', '14-06-2009', 'cover value (Jeugdige)')],
 [('NAME', 'Riekie Hofstede', 'comment author'), ('ADDRESS', 'Zwanenhalssingel 31', 'body (Krachten)')],
 [('EMAIL', 'sjaak.vaassen@hotmail.com', 'mail body'), ('NAME', 'Sjaak Hulsebos', 'mail subject')],
 [('BSN', '{bsn}', 'footnote'), ('NAME', 'Pattiwael', 'property (title)')],
 [('NAME', 'Nermin', 'alt text'), ('URL', 'https://www.tiktok.com/@nermin.dvt', 'body (Stem van de jeugdige)')],
 [('NAME', 'Gijsbert', 'tracked deletion'), ('IBAN', '{iban}', 'body (Risicofactoren)')],
 [('NAME', 'Kuipers', 'file name'), ('ID_NUMBER', 'CJG-5528106', 'body (Zorgen)')],
 [('NAME', 'Anja Weustink', 'property (company)'), ('PHONE', '0570-643118', 'body (Krachten)')],
 [('BIRTHDATE', '3 mei 2025', 'body (Zorgen)'), ('NAME', 'Dewi', 'body (Stem van ouders)')],
 [('ADDRESS', 'Pothoofd 9', 'footer'), ('NAME', 'Mariska', 'body (Zorgen)')],
 [('NAME', 'Ozan Keskin', 'body (Stem van de jeugdige)'), ('ID_NUMBER', 'zaaknr. JBG-2026-44172', 'footnote')],
 [('POSTCODE', '7206 ae', 'mail body'), ('NAME', 'Willemien', 'table row (Score)')],
 [('NAME', 'Brandsma', 'body (Visie inbrenger)'), ('EMAIL', 'lisa.sterk2012@gmail.com', 'comment text')],
]

def bsn(r):
    while True:
        d = ''.join(r.choice('0123456789') for _ in range(9))
        s = sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])
        if d[0] != '0' and s % 11 == 0 and s: return d[:4] + '.' + d[4:6] + '.' + d[6:]

def iban(r):
    bban = 'RABO' + ''.join(r.choice('0123456789') for _ in range(10))
    chk = 98 - int(''.join(str(int(c, 36)) for c in bban + 'NL00')) % 97
    s = 'NL%02d%s' % (chk, bban)
    return ' '.join(s[i:i + 4] for i in range(0, 18, 4))

def card(i):
    s = dict(S[(i - 1) % len(S)])
    k = (i - 1) // len(S)  # variant 0..4
    dirty = DIRTY[i - 46] if i >= 46 else []
    dirty = [(c, v.replace('{bsn}', bsn(rng)).replace('{iban}', iban(rng)), p) for c, v, p in dirty]
    style = (i * 7) % 5  # 0 canonical, 1 synonyms, 2 numbered, 3 CAPS, 4 lower
    syn = 1 if style in (1, 4) else 0
    day = 2 + (i * 5) % 25
    if day == 6: day = 7
    fmts = ['%02d-11-2026', '2026-11-%02d', '%d november 2026', 'di %d nov. 2026', '%02d/11/2026']
    datum = fmts[i % 5] % day
    soort = SOORT[(i + k) % 4]
    inbr = INBR[i % len(INBR)] + ', ' + s['org']
    vaste = VASTE[i % len(VASTE)] + ', ' + s['org']
    instem = 'Ja, ouders en jeugdige(n) stemmen in met bespreking in het VHT.'
    if i % 6 == 0:
        instem = ('Nee. Vader wil geen bespreking omdat hij bang is voor uithuisplaatsing. Inbrenger brengt de casus toch in, '
                  'omdat de veiligheid van de kinderen niet gewaarborgd is en advies nodig is.')
    vals = {'datum': datum, 'soort': soort + ({'Vervolgbespreking': ' (eerder VHT-2026-%04d)' % (40 + i * 3), 'Monitoring': ' (VHT-2025-%04d)' % (100 + i)}.get(soort, '')),
            'jeugdige': s['youth'], 'inbrenger': inbr, 'vaste': vaste, 'gemeente': s['gem'],
            'gedrag': ('Ja, ' + GEDRAG[i % 3] + ', op %02d-10-2026' % (10 + i % 18)) if i % 3 else '',
            'inf': s['inf'], 'instem': instem, 'vraag': s['vraag'], 'gezin': s['gezin'], 'zorgen': s['zorgen'],
            'patroon': s['patroon'] if i % 4 else '', 'krachten': s['krachten'], 'risico': s['risico'], 'stemj': s['stemj'],
            'stemo': s['stemo'], 'visie': s['visie'], 'score': s['score'], 'hulp': s['hulp']}
    if k in (1, 3):  # dictated variant
        for key in ('zorgen', 'visie', 'krachten'):
            vals[key] = dictate(vals[key])
    if k == 2:
        ppl = re.findall(r'([A-Za-z][\w .]*?) \((\d{4})\)', vals['gezin'])
        vals['gezin'] = ('| rol | geboortejaar |\n|---|---|\n' + ''.join('| %s | %s |\n' % (r.strip().split(' ')[-1] if len(r.strip()) > 3 else r.strip(), y) for r, y in ppl)
                         + vals['gezin'])
    def place(p):
        return [(c, v) for c, v, pl in dirty if pl == p]
    for c, v, pl in dirty:
        if pl.startswith('body ('):
            sec = {'Zorgen': 'zorgen', 'Krachten': 'krachten', 'Stem van de jeugdige': 'stemj', 'Risicofactoren': 'risico',
                   'Stem van ouders': 'stemo', 'Visie inbrenger': 'visie'}[pl[6:-1]]
            vals[sec] += {
                'NAME': '\nVolgens %s is het de laatste weken erger geworden.' % v,
                'PHONE': '\nTante is bereikbaar op %s.' % v, 'ADDRESS': '\nDe kinderen kunnen naar de buurvrouw op de %s.' % v,
                'URL': '\nZe post filmpjes op %s.' % v, 'IBAN': '\nHet leefgeld gaat naar %s.' % v,
                'ID_NUMBER': '\nDossier bij het CJG: %s.' % v, 'BIRTHDATE': '\nDe baby is geboren op %s.' % v}[c]
        if pl == 'table row (Gezinssamenstelling)':
            vals['gezin'] += '\n| oom | %s | Deventer |' % v
        if pl == 'table row (Score)':
            vals['score'] += '\n| pleegmoeder %s | 6 |' % v
        if pl == 'cover value (Jeugdige)':
            lines = vals['jeugdige'].split('\n')
            vals['jeugdige'] = '\n'.join([lines[0][:2] + ' (' + v + ')'] + lines[1:])
    out = []
    def blk(tag, text): out.append(tag + '\n' + text + '\n')
    title = 'Veiligheidskaart %s - %s' % (s['youth'].split('\n')[0], soort)
    for c, v in place('property (title)'): title += ' - gezin ' + v
    blk('[PROPERTY title]', title)
    comp = s['org']
    for c, v in place('property (company)'): comp = v
    if i % 2 or place('property (company)'): blk('[PROPERTY company]', comp)
    for c, v in place('file name'): blk('[FILENAME]', 'VHK_%s_%s_2026.docx' % (v, s['gem']))
    if not place('file name') and i % 5 == 0: blk('[FILENAME]', 'VHK_%s_%s.docx' % (s['youth'][:2].replace('.', '') + s['youth'][4:8], s['gem']))
    hdr = 'VERTROUWELIJK - VHK %s' % s['gem'].upper()
    for c, v in place('header'): hdr += ' - postcode gezin ' + v
    blk('[HEADER]', hdr)
    for c, v in place('mail subject'): blk('[MAIL-SUBJECT]', 'Inbreng VHT gezin %s' % v)
    if not place('mail subject') and i % 4 == 1: blk('[MAIL-SUBJECT]', 'Inbreng VHT %s %s' % (s['gem'], s['youth'].split('\n')[0]))
    mb = [v for c, v in place('mail body')]
    if mb: blk('[MAIL-BODY]', 'Beste voorzitter,\nHierbij de kaart. Reactie van moeder kwam binnen via %s.\nMet vriendelijke groet,\n%s' % (mb[0], s['org']))
    elif i % 4 == 1: blk('[MAIL-BODY]', 'Beste voorzitter,\nIn de bijlage de Veiligheidskaart voor bespreking.\nGroet,\nvaste deelnemer %s' % s['org'])
    for n, key in enumerate(ORDER, 1):
        if not vals[key]: continue
        lab = LABELS[key][syn]
        if style == 2: lab = '%d. %s' % (n, lab)
        if style == 3: lab = lab.upper()
        if style == 4: lab = lab.lower()
        out.append(lab + ':\n' + vals[key] + '\n')
        if key == 'zorgen':
            for c, v in place('comment text'):
                blk('[COMMENT author=Voorzitter VHT]', 'Bedoel je het incident waar %s bij was?' % v if c == 'NAME' else 'Kun je de mail van %s weghalen?' % v)
            for c, v in place('comment author'):
                blk('[COMMENT author=%s]' % v, 'Graag concreter beschrijven.')
            if not place('comment text') and not place('comment author') and i % 3 == 0:
                blk('[COMMENT author=Gedragswetenschapper %s]' % s['org'], 'Wat zagen jullie precies, en wanneer?')
        if key == 'stemj':
            for c, v in place('alt text'): blk('[ALT]', 'Tekening van %s: drie huizen.' % v)
            if not place('alt text') and i % 4 == 2: blk('[ALT]', 'Tekening: drie huizen, het huis van de dromen is geel.')
        if key == 'score':
            for c, v in place('tracked deletion'): blk('[TRACKED-DELETION]', 'Opa %s: 7.' % v)
            if not place('tracked deletion') and i % 5 == 3: blk('[TRACKED-DELETION]', 'Inbrenger: 5.')
    fn = [(c, v) for c, v in place('footnote')]
    if fn: blk('[FOOTNOTE]', 'Gegevens uit het aanmeldformulier: %s.' % fn[0][1])
    elif i % 6 == 4: blk('[FOOTNOTE]', 'Zie ook het verslag van het netwerkberaad in week 44.')
    out.append('Persoonsgegevens:\n' + ['n.v.t.', '-', 'niet invullen bij inbreng'][i % 3] + '\n')
    ftr = 'Sjabloon VHK versie 2026 - pagina 1'
    for c, v in place('footer'): ftr += ' - ' + ('tel. contactpersoon ' if c == 'PHONE' else 'adres oma ') + v
    blk('[FOOTER]', ftr)
    notes = '; '.join('%s "%s" @ %s' % (c, v, pl) for c, v, pl in dirty) or '-'
    return '\n'.join(out), notes

os.makedirs(OUT, exist_ok=True)
rows = []
for i in range(1, 61):
    text, notes = card(i)
    with open(os.path.join(OUT, 'card-%02d.txt' % i), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(text)
    rows.append('card-%02d.txt\t%s\t%s' % (i, 'DIRTY' if i >= 46 else 'CLEAN', notes))
with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('file\texpect\tnotes\n' + '\n'.join(rows) + '\n')
print('wrote 60 cards')
