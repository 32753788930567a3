#!/usr/bin/env python3
"""Generate ../cards/card-01..60.txt and cards.tsv (fixed seed 8080)."""
import os, random
rng = random.Random(8080)
HERE = os.path.dirname(os.path.abspath(__file__)); CD = os.path.join(HERE, '..', 'cards')

PROS = [  # cover-field people (allowed there only)
 ('Roel van Kempen', 'jeugdprofessional', "Sociaal Wijkteam 's-Hertogenbosch", "'s-Hertogenbosch"),
 ('Meryem Öztürk', 'gezinsvoogd', 'Jeugdbescherming Brabant', 'Oss'),
 ('Hans Koolen', 'casemanager', 'Veilig Thuis Brabant Noordoost', 'Maashorst'),
 ('Lieke Swinkels', 'gezinscoach', 'Farent', 'Vught'),
 ('Wouter Bosmans', 'jeugdconsulent', 'team Jeugd gemeente Oss', 'Oss'),
 ('Naima Bouzian', 'casusregisseur', "Sociaal Wijkteam 's-Hertogenbosch", "'s-Hertogenbosch"),
 ('Gert-Jan Hurkmans', 'gezinsvoogd', 'Jeugdbescherming Brabant', 'Meierijstad'),
 ('Esther van Zoggel', 'casemanager', 'Veilig Thuis Brabant Noordoost', 'Bernheze'),
 ('Dion Raaijmakers', 'jeugdconsulent', 'Toegang Sint-Michielsgestel', 'Sint-Michielsgestel'),
 ('Marieke Pijnenburg', 'wijkcoach', 'Sociaal Team Zaltbommel', 'Zaltbommel'),
]
VASTE = {'Jeugdbescherming Brabant': 'Anne-Marie Verhagen, Jeugdbescherming Brabant',
         'Veilig Thuis Brabant Noordoost': 'Frank Smits, Veilig Thuis Brabant Noordoost'}
GEDRAG = ['Jasper Raaijmakers (orthopedagoog GZ, Juvent)', 'Lonneke Verstappen (GZ-psycholoog, Farent)',
          'Yvonne Stevens (gedragswetenschapper Jeugdbescherming Brabant)']

# scenarios: (initials/years, place, family, concerns, pattern, strengths, risks, youth voice, parents voice, vision, hulp)
SC = [
 dict(j=['L. (2012)', 'broertje K. (2017)'], plaats='de Kruiskamp',
  gezin='| rol | geboortejaar | woont |\n| moeder | 1986 | thuis |\n| vader | 1983 | sinds 2025 in Rosmalen |\n| L. | 2012 | thuis |\n| K. | 2017 | thuis |',
  zorg='- Vader komt ondanks het contactverbod naar de flat in de Kruiskamp, op 02-11-2026 trapte hij de deur in.\n- L. houdt K. bij zich op haar kamer als het mis gaat.\n- Politie basisteam \'s-Hertogenbosch reed sinds de zomer vier keer uit.',
  patroon='Verslag casusoverleg Zorg- en Veiligheidshuis Regio \'s-Hertogenbosch, 29-10-2026.\nAanwezig (per organisatie): Politie basisteam \'s-Hertogenbosch (wijkagent), Reclassering Nederland (toezichthouder vader), Veilig Thuis Brabant Noordoost (casemanager), Sociaal Wijkteam \'s-Hertogenbosch (jeugdprofessional), BrabantWonen (woonconsulent), Openbaar Ministerie (officier van justitie, schriftelijk).\nAfgesproken: reclassering meldt elke overtreding van het contactverbod binnen 24 uur.',
  kracht='Moeder neemt de telefoon op en laat hulp binnen. Oma van moederskant in Hintham is een veilige plek.',
  risico='Huiselijk geweld in de geschiedenis, vader met alcoholproblematiek, krappe huurwoning van BrabantWonen.',
  stemj='L. (14 jaar): "Ik ben niet bang voor mezelf maar voor K. Ik wil dat papa wegblijft."\nK. is 9; tekende op het Drie Huizen-blad een dichte deur.',
  stemo='Moeder schreef zelf (letterlijk overgenomen): "ik wil gewoon rust voor de kinderen. hij zegt dat hij verandert maar dat zegt ie al jaren. ik heb de pollitie gebelt en dat vind ik moeilijk want hij is wel hun vader."',
  visie='Het contactverbod houdt onvoldoende stand. Ik vraag het VHT mee te denken over een beschermingsmaatregel.',
  hulp='Sociaal Wijkteam (procesregie), Reclassering Nederland (toezicht vader), Veilig Thuis, Jeroen Bosch Ziekenhuis (SEH 02-11-2026).'),
 dict(j=['S. (2011)'], plaats='Oss-Schadewijk',
  gezin='Moeder (1979), vader (1975), S. (2011), twee meerderjarige broers (1999 en 2002) die uitwonend zijn. Familie van Turkse afkomst, grote familie in Oss.',
  zorg='S. is op 19-10-2026 na een ruzie over een vriendje twee nachten weggelopen. Ze vertelt over dreiging van een oudere broer en zegt dat de familie haar naar Turkije wil sturen.',
  patroon='Eerdere zorgmelding in 2024 (gesprek met S. op het Titus Brandsma Lyceum). Toen afgesloten na een gesprek met ouders.',
  kracht='S. heeft een goede band met de mentor en de zorgcoördinator. Vader staat open voor gesprek via een tolk van de moskee.',
  risico='Eergerelateerde dreiging niet uitgesloten, isolatie, S. heeft geen eigen telefoon meer.',
  stemj='S. (15): "Ik wil gewoon naar school en mijn eigen vrienden kiezen. Als ik naar Turkije moet loop ik weg."',
  stemo='Vader: "Wij willen het beste voor haar, de mensen praten over ons." Moeder huilt in het gesprek en zegt weinig.',
  visie='Signalen passen bij eergerelateerd geweld. Ik vraag advies over inzet van de Landelijke Expertisegroep en een veilige plek.',
  hulp='Titus Brandsma Lyceum (zorgcoördinator), Veilig Thuis Brabant Noordoost, Politie basisteam Maas en Leijgraaf, team Jeugd gemeente Oss.'),
 dict(j=['R. (2013)', 'T. (2015)', 'zusje N. (2020)'], plaats='de woonwagenlocatie in Ussen',
  gezin='Moeder (1990) en vader (1988) met drie kinderen in een woonwagen op de standplaats in Ussen. Grootouders van vaderskant en drie ooms wonen op dezelfde locatie. Op het kamp hebben bijna alle mannen een bijnaam.',
  zorg='- R. en T. gaan sinds de herfstvakantie niet naar school (Het Hooghuis, basisschool in Ussen).\n- Op 08-11-2026 schietpartij op de locatie; de kinderen waren buiten.\n- Vader is gedetineerd geweest en komt op 20-12-2026 vrij.',
  patroon='Advies reclassering (samenvatting, standaardkoppen):\nAanleiding: vordering tenuitvoerlegging, veroordeling op grond van artikel 300 Sr en artikel 285 Sr.\nRisico-inschatting: RISC, recidiverisico hoog.\nAdvies: bijzondere voorwaarden ex artikel 14c Sr: meldplicht, contactverbod met de benadeelde, behandeling bij Novadic-Kentron.',
  kracht='De familie is hecht en beschermt de kinderen naar buiten toe. Grootmoeder vaderskant zorgt voor eten en structuur.',
  risico='Wapens op de locatie, schoolverzuim, wantrouwen naar instanties, vader met detentieverleden.',
  stemj='R. (13 jaar): "Op het kamp is het gewoon thuis. Ik wil nie naar een andere school." T. (11) zegt dat hij schrok van de knallen.',
  stemo='Moeder: "Ge moet nie denken dat wij onze kinderen nie goed verzorgen. Da\'s gewoon hoe het hier gaat." Vader: via de reclassering bereikt, wil in gesprek na zijn vrijlating.',
  visie='De veiligheid op de locatie is onvoldoende in beeld. Ik vraag het VHT welke partij het voortouw neemt na 20-12-2026.',
  hulp='Woonwagenconsulent gemeente Oss, leerplicht gemeente Oss, Reclassering Nederland, Politie, Stichting Sinti en Roma.'),
 dict(j=['A. (2014)', 'broer Y. (2010)'], plaats='Rosmalen',
  gezin='Moeder (1992, Eritrees, statushouder sinds 2023), A. (2014) en Y. (2010). Vader verblijft nog in Ethiopië. Een oom van moederskant woont in Uden.',
  zorg='Y. neemt de vaderrol op zich en slaat A. als zij niet luistert. Moeder is somber en ligt overdag op bed. Op 14-10-2026 zag de school striemen op de arm van A.',
  patroon='Geen eerdere meldingen in Nederland. Moeder vertelt over oorlogstrauma en een lange vlucht via Libië.',
  kracht='Kerkgemeenschap (Eritrees-orthodox) in Den Bosch steunt het gezin. Y. is slim en wil graag leren.',
  risico='Taalbarrière, trauma moeder, lijfstraffen als opvoedmiddel, sociaal isolement.',
  stemj='Y. (16): "In Eritrea is slaan normaal. Ik weet nu dat het hier niet mag." A. (12): "Ik wil dat mama weer lacht."',
  stemo='Moeder via tolk (Tigrinya): "Ik ben moe. Ik wil dat mijn kinderen goed worden, niet zoals ik."',
  visie='Zicht op veiligheid is beperkt door taal en trauma. Ik vraag het VHT of traumabehandeling voor moeder eerst moet komen.',
  hulp='Vluchtelingenwerk, GGZ Oost Brabant (intake moeder), Sociaal Wijkteam, Sint-Janslyceum (Y.), basisschool A.'),
 dict(j=['B. (2026)'], plaats='Heesch',
  gezin='Moeder (2004), vader (2001), baby B. (2026). Ouders wonen bij de ouders van vader in Heesch.',
  zorg='Kraamzorg zag op 12-08-2026 een blauwe plek op het oor van B. Het consultatiebureau ziet een slechte gewichtsgroei (controles 02-09 en 30-09-2026).',
  patroon='Moeder heeft zelf een OTS gehad tot haar 18e.',
  kracht='Grootouders vaderskant helpen mee. Ouders komen naar elke afspraak op het consultatiebureau.',
  risico='Jonge ouders, vader met kort lontje, schulden, moeder licht verstandelijk beperkt.',
  stemj='B. is een paar maanden oud; geobserveerd op het consultatiebureau: huilt veel, weinig contact.',
  stemo='Moeder: "ik doe me best echt waar. die plek kwam van het bedje, daar zit een rand aan." Vader: "Wij hebben niks gedaan."',
  visie='Onverklaard letsel bij een baby is ernstig. Ik vraag het VHT of forensisch-medisch onderzoek nog zin heeft.',
  hulp='JGZ (consultatiebureau Heesch), Bernhoven (kinderarts), Veilig Thuis, MEE.'),
 dict(j=['D. (2009)'], plaats='Graafsewijk',
  gezin='D. (2009) woont bij vader (1970). Moeder (1975) woont in Curaçao. Halfbroer (1996) woont in Rotterdam.',
  zorg='D. is betrokken bij een steekincident op 01-10-2026 bij station Den Bosch Oost. Vader werkt nachtdiensten, D. is vaak tot laat op straat.',
  patroon='Jeugdreclassering sinds 2025 na een straatroof. D. kwam bij Juvent in beeld in 2022.',
  kracht='D. is goed in muziek en neemt les bij het jongerencentrum. Vader zoekt contact met de hulpverlening.',
  risico='Criminele vrienden, wapenbezit, schooluitval Koning Willem I College.',
  stemj='D. (17 jaar): "Ik had dat mes voor mezelf. Iedereen heeft er een." Hij wil een plek in een trainingshuis.',
  stemo='Vader: "Ik kan hem niet vasthouden, hij is groter dan ik. Help mij."',
  visie='D. loopt ernstig risico op verdere escalatie. Ik vraag advies over een gesloten of half-open plek en over de rol van de RvdK.',
  hulp='Jeugdbescherming Brabant (jeugdreclassering), Koning Willem I College, Juvent, Politie basisteam \'s-Hertogenbosch.'),
 dict(j=['F. (2016)', 'M. (2018)'], plaats='Oeteldonk',
  gezin='Moeder (1984), stiefvader (1980), F. (2016), M. (2018). Vader (1982) woont in Berlicum en ziet de kinderen om het weekend. Familie is actief in een carnavalsclub.',
  zorg='Tijdens de carnavalsdagen en bij clubavonden drinken beide volwassenen veel. Op 22-02-2026 vond de politie F. en M. alleen thuis om 01.00 uur.',
  patroon='Drie incidenten rond carnaval en de Elfde van de Elfde in twee jaar.',
  kracht='Vader in Berlicum is betrokken en biedt opvang. De clubfamilie wil helpen met oppas.',
  risico='Alcoholgebruik, wisselende oppas, spanning tussen moeder en vader over de omgang.',
  stemj='F. (10 jaar): "Met carnaval is het leuk maar \'s nachts is het eng." M. (8) tekende een feesttent en een huis zonder mensen.',
  stemo='Moeder: "Houdoe met dat gezeur, één keer per jaar mogen wij ook." Later in het gesprek: "Ge hebt gelijk, het kan nie."',
  visie='Kinderen zijn structureel onbeschermd rond feestdagen. Ik vraag het VHT wat nodig is voor het volgende seizoen.',
  hulp='Sociaal Wijkteam \'s-Hertogenbosch, Farent (omgang), GGD Hart voor Brabant (jeugdarts).'),
 dict(j=['H. (2012)'], plaats='Ruwaard',
  gezin='Moeder (1981, Marokkaanse achtergrond), H. (2012), drie jongere zusjes (2014, 2017, 2019). Vader vertrok in 2024 naar Marokko.',
  zorg='H. wordt thuis verantwoordelijk gemaakt voor de zusjes en het huishouden. Moeder is bij Reinier van Arkel in beeld met een depressie. H. verzuimt op het Hooghuis.',
  patroon='Sinds vertrek vader groeiend verzuim. Eerder gezinsondersteuning van Farent in 2025.',
  kracht='H. is zorgzaam en zelfstandig. De tante van moederskant in Oss-Zuid helpt met boodschappen.',
  risico='Parentificatie, psychiatrische problematiek moeder, schulden bij Mooiland.',
  stemj='H. (14): "Als ik het niet doe dan doet niemand het. Ik wil ook gewoon voetballen."',
  stemo='Moeder: "Mijn dochter is mijn rechterhand, zonder haar red ik het niet."',
  visie='De belasting van H. is te groot. Ik vraag het VHT mee te denken over respijtzorg en behandeling moeder.',
  hulp='Reinier van Arkel, Het Hooghuis, Mooiland (schuldregeling), team Jeugd gemeente Oss.'),
 dict(j=['J. (2010)'], plaats='Maaspoort',
  gezin='J. (2010, Antilliaanse achtergrond) woont bij oma (1955) in de Maaspoort. Moeder (1989) woont in Amsterdam, vader onbekend.',
  zorg='J. wordt ingezet als loopjongen voor oudere jongens. Op 25-10-2026 werd hij bedreigd met een vuurwapen. Oma kan hem niet begrenzen.',
  patroon='J. is sinds 2023 drie keer als vermist opgegeven.',
  kracht='Oma is liefdevol en wil alles doen voor J. De voetbaltrainer van OJC Rosmalen is een positief rolmodel.',
  risico='Criminele uitbuiting, oma met hartklachten, geen gezag bij oma.',
  stemj='J. (16): "Ze betalen goed. Maar ik wil eruit, alleen weet ik niet hoe."',
  stemo='Oma: "Mi ta stima e mucha. Ik houd van die jongen maar ik ben moe."',
  visie='Acuut risico op uitbuiting. Ik vraag het VHT om advies over bescherming en gezag.',
  hulp='Politie, Jeugdbescherming Brabant, OJC Rosmalen, Sint-Janslyceum.'),
 dict(j=['E. (2015)', 'Z. (2013)'], plaats='Uden',
  gezin='Moeder (1987, Somalische achtergrond), E. (2015) en Z. (2013). Vader woont in Veghel en heeft omgang.',
  zorg='Ouders voeren een vechtscheiding. Op de overdracht bij het station Uden op 10-10-2026 sloeg vader moeder in bijzijn van de kinderen.',
  patroon='Vechtscheiding sinds 2024, rechtszaak over omgang bij de Rechtbank Oost-Brabant.',
  kracht='Beide ouders zijn betrokken. De kinderen doen het goed op het Udens College en de basisschool.',
  risico='Loyaliteitsconflict, geweld bij overdrachten, moeder geïsoleerd.',
  stemj='Z. (13): "Ik wil niet kiezen." E. (11): "Ik vind het eng als ze schreeuwen op het station."',
  stemo='Moeder: "Hij mag ze zien maar niet zo." Vader: "Zij zet de kinderen tegen mij op."',
  visie='Overdrachten moeten veilig. Ik vraag het VHT naar een begeleide omgangsregeling via Farent.',
  hulp='Farent, Udens College, Rechtbank Oost-Brabant (lopende procedure), Bernhoven (moeder SEH).'),
 dict(j=['P. (2008)'], plaats='Vught',
  gezin='P. (2008) woont bij moeder (1972) en stiefvader (1968) in Vught. Geen broers of zussen.',
  zorg='P. heeft op 03-11-2026 een suïcidepoging gedaan en is opgenomen geweest in het Jeroen Bosch Ziekenhuis. Stiefvader kleineert P. dagelijks.',
  patroon='P. is sinds 2021 in behandeling bij GGZ Oost Brabant.',
  kracht='P. heeft een vriendengroep op het Maurick College. Moeder wil verandering.',
  risico='Suïcidaliteit, emotionele mishandeling, stiefvader weigert hulp.',
  stemj='P. (18): "Ik wil op mezelf wonen. Thuis kan ik niet ademen."',
  stemo='Moeder: "Ik sta tussen twee vuren." Stiefvader wilde niet in gesprek.',
  visie='P. is bijna volwassen; ik vraag advies over een 18-/18+ overgang en veilig wonen.',
  hulp='GGZ Oost Brabant, Jeroen Bosch Ziekenhuis, Maurick College, Zayaz (zelfstandig wonen).'),
 dict(j=['O. (2019)', 'zus I. (2021)'], plaats='Zaltbommel',
  gezin='Moeder (1996), O. (2019), I. (2021). Vader van de kinderen heeft geen contact. Nieuwe partner moeder woont sinds augustus in.',
  zorg='School ziet O. met honger binnenkomen. Buurt meldt ruzies in de nacht. Op 15-09-2026 kwam de politie voor een burenruzie.',
  patroon='Moeder heeft zelf als kind in een pleeggezin gewoond.',
  kracht='Moeder brengt de kinderen elke dag naar school. Grootmoeder in Lith helpt op woensdag.',
  risico='Onbekende nieuwe partner, armoede, moeder jong en weinig netwerk.',
  stemj='O. (7 jaar) zegt dat hij soms geen ontbijt krijgt. I. is 5 en zegt weinig.',
  stemo='Moeder: "Mijn vriend is goed voor de kinderen. Het geld is gewoon op aan het eind van de maand."',
  visie='Basiszorg wankelt. Ik vraag het VHT of een Signs of Safety-netwerkbijeenkomst volstaat.',
  hulp='Sociaal Team Zaltbommel, basisschool, voedselbank, GGD.'),
 dict(j=['C. (2011)', 'broertje W. (2014)'], plaats='Schijndel',
  gezin='Moeder (1983), vader (1981), C. (2011), W. (2014). Boerenbedrijf buiten Schijndel.',
  zorg='Vader is sinds de bedrijfsproblemen depressief en dreigde op 06-11-2026 zichzelf iets aan te doen, met een jachtgeweer in huis.',
  patroon='Financiële problemen sinds 2024, eerder geen hulp.',
  kracht='Sterke familie in Sint-Oedenrode en Boxtel. Moeder handelt beschermend.',
  risico='Wapen in huis, suïcidedreiging, isolement op het erf.',
  stemj='C. (15 jaar): "Papa praat niet meer. Ik ben bang dat hij iets doet."\nW. (12): "Ik help mee in de stal, dan ben ik bij hem."',
  stemo='Moeder: "We hebben het altijd zelf opgelost, maar nu gaat het nie meer." Vader is aangemeld bij GGZ Oost Brabant.',
  visie='Acute risico\'s zijn nu afgedekt (wapen ingeleverd op 07-11-2026). Ik vraag advies over monitoring.',
  hulp='Huisarts Schijndel, GGZ Oost Brabant, ZLTO-vertrouwenspersoon, Toegang Meierijstad.'),
]
LABELS = [
 dict(datum='Datum inbreng:', soort='Soort inbreng:', j='Jeugdige (voorletter en geboortejaar):', inb='Inbrenger (naam, functie, organisatie):', vd='Vaste deelnemer:', gem='Verantwoordelijke gemeente:', gd='Gedragsdeskundige geraadpleegd:', inf='Geïnformeerd en gesproken:', inst='Instemming betrokkenen:', vr='Vraag aan het VeiligheidsTeam:', gz='Gezinssamenstelling:', zo='Wat is er nu onveilig:', pa='Patroon uit het verleden:', kr='Krachten en beschermende factoren:', ri='Risicofactoren:', sj='Stem van de jeugdige:', so='Stem van ouders en verzorgers:', vi='Visie van de inbrenger:', sc='Veiligheidsscore:', bh='Betrokken hulpverlening:', pg='Persoonsgegevens:'),
 dict(datum='DATUM', soort='TYPE INBRENG', j='JEUGDIGE(N)', inb='INBRENGER', vd='VASTE DEELNEMER', gem='GEMEENTE', gd='GEDRAGSWETENSCHAPPER GERAADPLEEGD', inf='WIE IS WANNEER GEÏNFORMEERD', inst='INSTEMMING', vr='VRAAG AAN HET VHT', gz='GEZINSSAMENSTELLING', zo='ZORGEN', pa='PATROON', kr='KRACHTEN', ri='RISICOFACTOREN', sj='WAT ZEGT DE JEUGDIGE', so='STEM VAN OUDERS', vi='VISIE INBRENGER', sc='SCORE', bh='BETROKKEN HULPVERLENING', pg='PERSOONSGEGEVENS'),
 dict(datum='datum:', soort='soort inbreng:', j='jeugdige:', inb='inbrenger:', vd='vaste deelnemer:', gem='gemeente:', gd='gedragsdeskundige geraadpleegd:', inf='wie is wanneer geinformeerd:', inst='instemming:', vr='hulpvraag aan het VHT:', gz='gezinssamenstelling:', zo='onveiligheid:', pa='patroon:', kr='krachten:', ri='risicofactoren:', sj='stem van de jeugdige:', so='stem van ouders:', vi='visie inbrenger:', sc='score:', bh='betrokken hulpverlening:', pg='persoonsgegevens:'),
]
ORDER = ['datum', 'soort', 'j', 'inb', 'vd', 'gem', 'gd', 'inf', 'inst', 'vr', 'gz', 'zo', 'pa', 'kr', 'ri', 'sj', 'so', 'vi', 'sc', 'bh', 'pg']

# DIRTY items: (category, value, place, how) ; how = (section key to append text | special tag)
DIRTY = [
 [('NAME', 'Kees Vissers', 'body (Krachten)', ('kr', 'Oom Kees Vissers op de standplaats is het aanspreekpunt.')),
  ('PHONE', '06-39284710', 'footer', ('[FOOTER]', 'Bij vragen moeder bellen: 06-39284710'))],
 [('BSN', None, 'table row (Gezinssamenstelling)', ('gz', '| BSN J. | {} |')),
  ('NAME', 'Sevda', 'comment text', ('[COMMENT author=Gedragswetenschapper Farent]', 'Is Sevda (tante) al gevraagd als netwerkouder?'))],
 [('EMAIL', 'ria.vdlinden73@hotmail.com', 'mail body', ('[MAIL-BODY]', 'Hierbij de kaart. Moeder wil een kopie op ria.vdlinden73@hotmail.com.')),
  ('ADDRESS', 'Hambaken 12b', 'body (Onveiligheid)', ('zo', 'Incident vond plaats bij de woning aan de Hambaken 12b.'))],
 [('NAME', 'Ibrahim Çelik', 'comment author', ('[COMMENT author=Ibrahim Çelik]', 'Mijn aanvulling: school kent het gezin al lang.')),
  ('POSTCODE', '5345 LZ', 'header', ('[HEADER]', 'VHK - VERTROUWELIJK - gezin pc 5345 LZ'))],
 [('IBAN', None, 'body (Risicofactoren)', ('ri', 'Beslag op de rekening van moeder ({}).')),
  ('BIRTHDATE', '12-06-2012', 'cover value (Jeugdige)', ('j', 'geb. 12-06-2012'))],
 [('NAME', 'Demi', 'property (title)', ('[PROPERTY title]', 'Veiligheidskaart Demi - Eerste inbreng')),
  ('ID_NUMBER', 'JBB-2025-447120', 'footnote', ('[FOOTNOTE]', 'Dossier JBB-2025-447120, eerdere OTS.'))],
 [('URL', 'https://www.instagram.com/mo_kruiskamp073', 'body (Stem van de jeugdige)', ('sj', 'De jongen liet zijn profiel zien: https://www.instagram.com/mo_kruiskamp073')),
  ('NAME', 'Hendrikx', 'mail subject', ('[MAIL-SUBJECT]', 'VHK gezin Hendrikx ter bespreking'))],
 [('NAME', 'Tesfaye', 'alt text', ('[ALT]', 'Foto van Tesfaye met moeder bij de kerk.')),
  ('PHONE', '0412-695533', 'body (Betrokken hulpverlening)', ('bh', 'Oom in Oss-Zuid, tel. 0412-695533, wil helpen.'))],
 [('NAME', 'Jolanda Wijnen', 'tracked deletion', ('[TRACKED-DELETION]', 'Moeder Jolanda Wijnen gaf toestemming.')),
  ('EMAIL', 'k.verbunt@ziggo.nl', 'body (Stem van ouders)', ('so', 'Vader stuurde zijn reactie per mail (k.verbunt@ziggo.nl).'))],
 [('BSN', None, 'file name', ('[FILENAME]', 'VHK_{}_Oss.docx')),
  ('NAME', 'Marco', 'body (Patroon)', ('pa', 'Ex-partner Marco is in 2023 veroordeeld.'))],
 [('ADDRESS', 'Kerkstraat 3', 'property (company)', ('[PROPERTY company]', 'Fam. bewindvoering, Kerkstraat 3')),
  ('NAME', 'Fenna', 'table row (Gezinssamenstelling)', ('gz', '| zusje | Fenna | 2020 |'))],
 [('POSTCODE', '5211 KV', 'body (Gezinssamenstelling)', ('gz', 'Moeder woont nu in 5211 KV (Het Zand).')),
  ('IBAN', None, 'mail body', ('[MAIL-BODY]', 'Kosten opvang graag naar {} van oma.'))],
 [('NAME', 'Wendy', 'body (Visie)', ('vi', 'Ik heb dit besproken met Wendy van de school.')),
  ('BIRTHDATE', '30 maart 2015', 'footnote', ('[FOOTNOTE]', 'Broertje geboren 30 maart 2015 in Bernhoven.'))],
 [('ID_NUMBER', 'G02-6610934', 'body (Betrokken hulpverlening)', ('bh', 'GGZ Oost Brabant, cliëntnummer moeder G02-6610934.')),
  ('NAME', 'TINUS', 'header', ('[HEADER]', 'KAART FAM. TINUS - VERTROUWELIJK'))],
 [('URL', 'facebook.com/sjaak.vandenheuvel.77', 'comment text', ('[COMMENT author=Vaste deelnemer Veilig Thuis]', 'Vader plaatst dreigementen op facebook.com/sjaak.vandenheuvel.77')),
  ('PHONE', '+31 6 12093847', 'body (Geïnformeerd)', ('inf', 'Vader gesproken via +31 6 12093847.'))],
]

def bsn():
    while True:
        d = [rng.randint(0, 9) for _ in range(9)]
        if d[0] and (sum(w * x for w, x in zip(range(9, 1, -1), d[:8])) - d[8]) % 11 == 0:
            return ''.join(map(str, d))
def iban():
    bban = rng.choice(['RABO', 'INGB', 'ABNA', 'SNSB']) + ''.join(str(rng.randint(0, 9)) for _ in range(10))
    num = ''.join(str(int(c, 36)) for c in bban + 'NL00')
    return 'NL%02d' % (98 - int(num) % 97) + bban

MONTHS = ['09', '10', '11', '12']
def card(n):
    sc = SC[(n - 1) % len(SC)]
    L = LABELS[(n * 7) % 3]
    numbered = n % 5 == 0
    pro = PROS[(n * 3) % len(PROS)]
    mon = MONTHS[n % 4]; day = 1 + (n * 5) % 27
    datum = ['%02d-%s-2026' % (day, mon), '2026-%s-%02d' % (mon, day), '%d-%d-2026' % (day, int(mon))][n % 3]
    soort = ['Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Overdracht', 'Eerste inbreng'][n % 5]
    if soort in ('Vervolgbespreking', 'Monitoring'): soort += ' (eerder VHT-2026-%04d)' % (40 + n * 3)
    consent = n % 7 != 3
    v = {}
    v['datum'] = datum; v['soort'] = soort; v['j'] = '\n'.join(sc['j'])
    v['inb'] = '%s, %s, %s' % pro[:3]
    v['vd'] = VASTE.get(pro[2], 'Sandra Maas, Sociaal Wijkteam \'s-Hertogenbosch' if 'Bosch' in pro[2] else 'Koen Habraken, vaste deelnemer %s' % pro[2])
    v['gem'] = pro[3]
    v['gd'] = ('Ja, %s, op %02d-%s-2026' % (GEDRAG[n % 3], max(1, day - 2), mon)) if n % 2 else 'Nee'
    v['inf'] = 'Moeder/ouders: gesproken op %02d-%s-2026 (huisbezoek, %s).\nJeugdige(n): gesproken op school of thuis, in dezelfde week.\nVeilig Thuis en school zijn op de hoogte.' % (max(1, day - 4), mon, sc['plaats'])
    v['inst'] = 'Ja, ouders en jeugdige(n) stemmen in met bespreking in het VHT.' if consent else \
        'Nee. Reden: ouders zijn bang voor uithuisplaatsing en willen geen bespreking.\nVerantwoording inbrenger: de onveiligheid is ernstig en zonder advies van het VHT kan ik de veiligheid niet borgen; ouders zijn hierover geïnformeerd.'
    v['vr'] = sc['visie'].split('. ', 1)[-1] if 'vraag' in sc['visie'] else 'Advies over de vervolgstappen.'
    v['gz'] = sc['gezin']; v['zo'] = sc['zorg']; v['pa'] = sc['patroon']; v['kr'] = sc['kracht']; v['ri'] = sc['risico']
    v['sj'] = sc['stemj']; v['so'] = sc['stemo']; v['vi'] = sc['visie']
    s1 = 2 + n % 5
    v['sc'] = ['Inbrenger: %d. Moeder: %d. Jeugdige: %d.' % (s1, s1 + 3, s1 - 1 if s1 > 2 else 2),
               '| wie | score |\n| inbrenger | %d |\n| ouders | %d |' % (s1, s1 + 2),
               'inbr %d / ma %d / jeugdige %d (schaal 0-10)' % (s1, min(10, s1 + 4), s1 + 1)][n % 3]
    v['bh'] = sc['hulp']; v['pg'] = ['n.v.t.', '-', 'niet invullen bij inbreng'][n % 3]
    pre, post = [], []
    if n % 4 == 1: pre += ['[PROPERTY title]', 'Veiligheidskaart %s - %s' % (sc['j'][0].split()[-2] if len(sc['j'][0].split()) > 1 else sc['j'][0], soort.split(' (')[0]), '']
    if n % 3 == 0: pre += ['[HEADER]', 'VHK - VERTROUWELIJK - %s' % pro[3].upper(), '']
    if n % 6 == 2: pre += ['[MAIL-SUBJECT]', 'Aanmelding VHT %s' % datum, '', '[MAIL-BODY]', 'Beste voorzitter, bijgaand de kaart voor bespreking. Groet, vaste deelnemer %s' % pro[2], '']
    if n % 5 == 3: post += ['[FOOTER]', 'Pagina 1 van 3 - %s' % pro[2], '']
    if n % 4 == 2: post += ['[FOOTNOTE]', 'Zie verslag casusoverleg Zorg- en Veiligheidshuis, bijlage 2.', '']
    if n % 7 == 4: post += ['[TRACKED-DELETION]', 'Inbrenger: %d.' % (s1 + 1), '']
    if n % 8 == 5: post += ['[ALT]', 'Tekening jeugdige: drie huizen, het huis van de dromen is geel.', '']
    if n % 9 == 6: post += ['[COMMENT author=Gedragswetenschapper Juvent]', 'Graag concreter beschrijven wat school zag.', '']
    if n % 10 == 7: post += ['[PROPERTY company]', pro[2], '']
    if n % 11 == 8: post += ['[FILENAME]', 'VHK_%s_%s.docx' % (pro[3].replace("'", '').replace(' ', '-'), datum.replace('-', '')), '']
    notes = '-'
    if n > 45:
        items = DIRTY[n - 46]; nl = []
        for cat, val, place, (where, text) in items:
            if val is None:
                val = bsn() if cat == 'BSN' else iban()
            text = text.replace('{}', val)
            if where.startswith('['):
                tag = where
                # replace existing block with same tag
                for blk in (pre, post):
                    if tag in blk:
                        i = blk.index(tag); del blk[i:i + 3]
                post += [tag, text, '']
            else:
                v[where] = v[where] + '\n' + text
            nl.append('%s "%s" @ %s' % (cat, val, place))
        notes = '; '.join(nl)
    out = list(pre)
    for k, key in enumerate(ORDER):
        if key == 'gd' and n % 4 == 3: continue
        if key == 'pa' and n % 6 == 1 and n <= 45: continue
        lab = L[key]
        if numbered: lab = '%d. %s' % (k + 1, lab)
        out += [lab, v[key], '']
    out += post
    return '\n'.join(out).rstrip('\n') + '\n', notes

os.makedirs(CD, exist_ok=True)
rows = []
for n in range(1, 61):
    text, notes = card(n)
    with open(os.path.join(CD, 'card-%02d.txt' % n), 'w', encoding='utf-8', newline='\n') as fh: fh.write(text)
    rows.append('card-%02d.txt\t%s\t%s' % (n, 'CLEAN' if n <= 45 else 'DIRTY', notes))
with open(os.path.join(CD, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('file\texpect\tnotes\n' + '\n'.join(rows) + '\n')
print('60 cards')
