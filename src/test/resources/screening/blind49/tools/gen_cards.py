# -*- coding: utf-8 -*-
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from numgen import *
rng = random.Random(494949)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'cards')

INBR = [('Naima Bouzerda, jeugd- en gezinswerker, Sociaal Wijkteam Schilderswijk', 'Ruud Bakhuis, Sociaal Wijkteam Schilderswijk', 'Den Haag'),
        ('Ramesh Autar, jeugdbeschermer, Jeugdbescherming west', 'Thijs Noordermeer, Jeugdbescherming west', 'Den Haag'),
        ('Fatiha El Mourabit, medewerker onderzoek, Veilig Thuis Haaglanden', 'Sjoerd Verkerk, Veilig Thuis Haaglanden', 'Den Haag'),
        ('Lieke van den Heuvel-Asruf, gezinscoach, CJG Den Haag', 'Marjolein Dekker-Visser, CJG Den Haag', 'Den Haag'),
        ('Ayşe Karataş, wijkteammedewerker, Sociaal Wijkteam Escamp', 'Gijs Ottevanger, Sociaal Wijkteam Escamp', 'Den Haag'),
        ('Dwight Sumter, casemanager, Toegang Rijswijk', 'Ingrid Boelhouwer, Toegang Rijswijk', 'Rijswijk'),
        ('Merel Langeveld, jeugdconsulent, Toegang Leidschendam-Voorburg', 'Karim Tahiri, Toegang Leidschendam-Voorburg', 'Leidschendam-Voorburg'),
        ('Hanneke Zuijderduin, gezinscoach, Toegang Westland (Wateringen)', 'Peter Vreugdenhil, Toegang Westland', 'Westland')]
GEDRAG = ['Ja, Sevda Kılınç (orthopedagoog Youz), op {d}', 'Ja, dr. Kwame Asante (GZ-psycholoog Parnassia), op {d}',
          'Nee', 'Ja, Wilma Roodenburg (gedragswetenschapper Jeugdbescherming west), op {d}']

# scenarios: (letter, birth years text, household, zorgen, patroon, krachten, risico, stemj, stemo, visie, hulp, vraag)
SC = [
 dict(j='S. (2011)', gezin='Moeder (1987, Hindustaans-Surinaams), S. (2011), broertje R. (2016). Nani woont op een flat in Moerwijk; S. slaapt daar 3 nachten per week. Vader (1984) woont met nieuwe partner in Rijswijk.',
  zorgen='- WhatsApp van S. aan de mentor, [22:41]: "mama gooit weer met dingen 😭 ik ga naar nani"\n- Op 12-10-2026 politie-inzet bij de woning in Laak (bureau Hoefkade).\n- R. is 3 keer zonder ontbijt op school gekomen.',
  krachten='Nani is een veilige plek. S. is slim en zoekt zelf hulp. De tempel in Transvaal geeft moeder steun (Divali-viering gaf rust).',
  risico='Psychische klachten moeder (Parnassia, wachtlijst), schulden, drie huishoudens zonder afstemming.',
  stemj='S. (15 jaar): "Bij nani is het stil, daar kan ik slapen. Thuis nooit weten hoe mama is."\nR. (10): tekende drie huizen, bij het huis van mama een onweerswolk.',
  stemo='Moeder: "Ik ben moe, niemand helpt mij." Vader (telefonisch): "S. mag bij ons komen, maar mijn vriendin wil dat niet elke week."',
  visie='Moeder is overbelast; de kinderen vangen dat op door naar nani te gaan. Nani is 79 en kan dit niet blijven dragen.',
  hulp='Sociaal Wijkteam Schilderswijk, Parnassia (aangemeld), CJG Den Haag, mentor Haags Montessori Lyceum.',
  vraag='Is er een interventiegesprek met de Raad nodig, of kan een veiligheidsplan met de drie huishoudens volstaan?'),
 dict(j='A. (2013)\nzusje M. (2019)', gezin='Vader (1980) en moeder (1986), Marokkaans-Nederlands, A. (2013), M. (2019). Opa en oma (vzk) wonen in dezelfde portiek in Transvaal.',
  zorgen='- Via tolk Arabisch (moeder): vader slaat A. met een riem als hij slechte cijfers heeft.\n- Huisarts zag op 3-11-2026 striemen op de rug van A.\n- Appje van A. aan een klasgenoot (doorgestuurd door school): "ik durf niet naar huis 🙏 rapport"',
  krachten='Moeder wil beschermen en heeft zelf gebeld. Oma (vzk) is warm naar de kinderen. De As-Soennah moskee biedt huiswerkbegeleiding.',
  risico='Strenge opvoedopvattingen, taalbarrière moeder, eerdere melding (2024).',
  stemj='A. (13 jaar), gesproken op school zonder ouders: "Papa is niet altijd boos. Alleen met rapport." Wil dat het stopt maar niet dat papa weg moet.',
  stemo='Vader: "In onze familie is dit opvoeden, niet slaan." Moeder (via tolk): "Ik wil dat het stopt, maar ik wil geen ruzie met zijn familie."',
  visie='Er is fysieke mishandeling. Vader ontkent. Vrijwillige hulp is nog niet geprobeerd; moeder wil wel.',
  hulp='Veilig Thuis Haaglanden, huisarts, IB\'er Mgr. Nolensschool, CJG Den Haag.',
  vraag='Welke hulp is passend, en moet de Raad voor de Kinderbescherming worden betrokken?'),
 dict(j='D. (2025)', gezin='Moeder (2004, Creools-Surinaams), D. (2025). Vader (2001) woont bij zijn moeder in Vrederust. Moeder woont in een kamer bij haar tante.',
  zorgen='- Spraakbericht van moeder aan de jeugdverpleegkundige, 02:13: "mi no kan moro... hij huilt alleen maar"\n- Gewichtsstilstand bij consult op 17-11-2026 (CJG Den Haag).\n- Vader kwam op 21-11-2026 onder invloed naar het huis van tante.',
  krachten='Moeder is betrokken en komt op alle afspraken. Tante (1970) is een stabiele factor. Vaders moeder wil helpen.',
  risico='Jonge moeder zonder eigen woning, middelengebruik vader, slaaptekort.',
  stemj='D. is 1 jaar; geobserveerd op het consultatiebureau: reageert op moeder, huilt veel, lacht naar tante.',
  stemo='Moeder: "Ik wil gewoon een eigen huisje, dan komt alles goed." Vader: "Ik kom alleen om mijn zoon te zien."',
  visie='Basiszorg is kwetsbaar maar niet onveilig zolang tante in huis is. Woonsituatie is de sleutel.',
  hulp='CJG Den Haag (jeugdverpleegkundige), Xtra (woonbegeleiding aangevraagd), Haag Wonen (urgentie).',
  vraag='Graag advies: hoe borgen we de veiligheid van D. tot moeder een eigen woning heeft?'),
 dict(j='K. (2012)\nbroer L. (2014)\nzus P. (2018)', gezin='Moeder (1990) en vader (1988) uit Bulgarije, K. (2012), L. (2014), P. (2018). Vader werkt in de kassen in Wateringen, moeder in een distributiecentrum. Oom woont in hetzelfde huis in Laak.',
  zorgen='- Gesprek via tolk Bulgaars op 4-11-2026: K. zorgt \'s nachts voor P. als ouders nachtdienst hebben.\n- K. verzuimt (31 uur sinds de herfstvakantie).\n- Buren melden geschreeuw van de oom als hij gedronken heeft.',
  krachten='Ouders werken hard en willen dat de kinderen naar school gaan. K. is zorgzaam. School (Ibn-i Sina school voor P.) heeft goed contact.',
  risico='Lange werkdagen, alcoholgebruik oom, overbewoning, geen netwerk in Nederland.',
  stemj='K. (14 jaar, via tolk): "Ik ben moe op school. Maar iemand moet op P. letten." L. (12): "Oom is eng als hij bier drinkt."',
  stemo='Vader (via tolk): "Wij hebben geen keuze, het werk is \'s nachts." Moeder: "Als oom weggaat, is het goed."',
  visie='Parentificatie van K. en onveiligheid door de oom. Ouders zijn welwillend maar hebben geen alternatief.',
  hulp='Sociaal Wijkteam Laak, leerplicht Den Haag, Stichting Mooi (opvoedondersteuning).',
  vraag='Hoe kan de oppas \'s nachts veilig geregeld worden, en is de woonsituatie acceptabel?'),
 dict(j='Y. (2010)', gezin='Moeder (1982), Somalisch, Y. (2010) en drie jongere kinderen (2013, 2016, 2020). Vader woont in Engeland. Oudste broer (2004) woont in Leidschendam.',
  zorgen='- Y. is sinds 1 oktober 2026 drie keer \'s nachts niet thuisgekomen.\n- Instagram-berichten met oudere jongens (screenshot door school getoond, niet bewaard).\n- Op 26-10-2026 door politie Eenheid Den Haag aangetroffen in Scheveningen om 03:00 uur.',
  krachten='Moeder is zorgzaam en zoekt hulp via de moskee. Oudste broer wil een rol spelen. Y. wil een opleiding doen.',
  risico='Mogelijke uitbuiting, geen vaderfiguur in beeld, taalbarrière (tolk Somalisch nodig).',
  stemj='Y. (16 jaar): "Ik doe niks fout. Ik wil gewoon vrij zijn." Later: "Soms ben ik bang voor die jongens."',
  stemo='Moeder (via tolk Somalisch): "Ik weet niet meer waar mijn dochter is. Ik slaap niet."',
  visie='Zorgen over seksuele uitbuiting. Y. staat op een kantelpunt; snelle, gerichte hulp nodig.',
  hulp='Jeugdbescherming west (crisisinterventie), Youz, Sociaal Wijkteam Escamp, politie (jeugdagent).',
  vraag='Is een crisismaatregel aan de orde, of kunnen we met een intensief vrijwillig traject verder?'),
 dict(j='J. (2015)', gezin='Vader (1978), Scheveningse vissersfamilie, J. (2015). Moeder (1985) woont met nieuwe partner en baby in Voorburg. J. woont om de week bij vader en bij moeder. Opa (vzk) woont in Duindorp.',
  zorgen='- WhatsApp van vader aan moeder (door moeder getoond), [23:02]: "als je m zondag niet brengt kom ik hem halen 😤"\n- Overdrachten escaleren; politie bij de overdracht op 8-11-2026.\n- J. plast weer in bed en slaat op school.',
  krachten='Beide ouders houden van J. Opa neemt J. mee naar de haven, dat geeft rust. School (Sint Antoniusschool) signaleert goed.',
  risico='Vechtscheiding, alcohol vader in het weekend, nieuwe baby bij moeder.',
  stemj='J. (11 jaar): "Ik wil dat ze stoppen met schreeuwen bij de deur." Wil de overdracht op school.',
  stemo='Vader: "Zij houdt hem bij mij weg." Moeder: "Hij dreigt, ik ben bang bij de overdracht."',
  visie='J. zit klem tussen ouders. Een overdracht via school en Kinderen uit de Knel lijken passend.',
  hulp='CJG Den Haag, Stichting Jeugdformaat (Kinderen uit de Knel aangevraagd), school.',
  vraag='Adviseert het VHT een onderzoek door de Raad naar gezag en omgang?'),
 dict(j='N. (2009)\nbroertje T. (2017)', gezin='Moeder (1983, Antilliaans, Curaçao), N. (2009), T. (2017). Vader van N. woont op Curaçao. Vader van T. (1980) woont in Ypenburg en heeft een nieuwe partner met twee kinderen.',
  zorgen='- N. vertelt dat stiefvader (vader van T.) haar bij bezoek uitscheldt en eenmaal duwde (10-11-2026).\n- Moeder werkt nachten; N. zorgt voor T.\n- Papiaments appje van N. aan moeder: "mi ta kansá mama" (ik ben moe).',
  krachten='Moeder en N. hebben een goede band. Tante in Rijswijk is beschikbaar. T. doet het goed op school.',
  risico='Spanning in het huishouden van de vader van T., overbelasting N.',
  stemj='N. (17 jaar): "Ik ga niet meer naar dat huis. T. mag gaan, hij is aardig tegen T."',
  stemo='Moeder: "N. hoeft daar niet heen." Vader van T.: "Ze overdrijft, ik heb haar niet geduwd."',
  visie='N. is bijna meerderjarig en maakt eigen keuzes. Aandacht voor T. in het huishouden van zijn vader.',
  hulp='Sociaal Wijkteam Mariahoeve, CJG Den Haag, Youz (N. op wachtlijst).',
  vraag='Is er aanleiding om de veiligheid van T. bij zijn vader nader te laten onderzoeken?'),
 dict(j='F. (2014)\nzus H. (2012)', gezin='Moeder (1988) en vader (1985), Eritrees, F. (2014), H. (2012). Gezin kwam in 2019 via Ethiopië naar Nederland (statushouders). Tante woont in Moerwijk.',
  zorgen='- Via tolk Tigrinya (20-11-2026): vader slaat moeder; H. zag het en ging ertussen staan.\n- H. had een blauw oog op school op 23-11-2026.\n- Moeder durft niet naar de opvang ("de gemeenschap praat").',
  krachten='Tante is steunend. Kerk (Eritrees-orthodox) geeft structuur. Kinderen spreken goed Nederlands.',
  risico='Huiselijk geweld, trauma ouders, sociale druk, isolement moeder.',
  stemj='H. (14 jaar): "Ik stond ertussen omdat mama huilde." F. (12): wil niet praten, tekende een dichte deur.',
  stemo='Vader (via tolk): "Het was één keer, ik was moe van werk." Moeder (via tolk): "Ik wil dat hij hulp krijgt, niet weg."',
  visie='Ernstig huiselijk geweld met kinderen als getuige en H. gewond. Directe veiligheid moet geborgd.',
  hulp='Veilig Thuis Haaglanden, Perspektief (vrouwenopvang, optie), huisarts, school.',
  vraag='Graag advies over een tijdelijk huisverbod en de inzet van de Raad.'),
 dict(j='E. (2013)\nbroertje B. (2020)', gezin='Moeder (1991) en vader (1987), Turks-Nederlands, E. (2013), B. (2020). Gezin woont in Mariahoeve. Grootouders (vzk) wonen in Leidschendam; E. slaapt daar in het weekend.',
  zorgen='- E. vertelt dat vader moeder opsluit in de slaapkamer als ze ruzie hebben.\n- Bericht van E. in de klassenapp, 07:58: "kan iemand mij ophalen pls 😢 ik wil niet thuis zijn"\n- Op 2-11-2026 belde de buurvrouw 112 om 23:40 uur.',
  krachten='Grootouders in Leidschendam bieden rust. Moeder heeft een baan en een vriendinnengroep. E. zit op turnen bij een club in Voorburg.',
  risico='Controlerend gedrag vader, financiële afhankelijkheid, spanning rond de familie-eer.',
  stemj='E. (13 jaar): "Bij babaanne en dede is het gezellig. Thuis moet ik altijd opletten wat ik zeg."\nB. (6): zegt weinig; speelt in de spelkamer steeds "politie komt".',
  stemo='Vader: "Het is een normale ruzie, iedereen maakt ruzie." Moeder: "Ik durf niet alles te zeggen als hij erbij is."',
  visie='Signalen van dwingende controle. Moeder moet apart gesproken worden. Kinderen zijn getuige.',
  hulp='Veilig Thuis Haaglanden, Sociaal Wijkteam Haagse Hout, school (IB).',
  vraag='Welke route adviseert het VHT: aanpak dwingende controle via Veilig Thuis of vrijwillig via het wijkteam?'),
 dict(j='O. (2016)\nzus W. (2012)', gezin='Moeder (1989) en vader (1986) uit Polen, O. (2016), W. (2012). Ouders werken via een uitzendbureau in de tuinbouw in Wateringen en Naaldwijk. Wonen in een huurwoning met twee andere Poolse gezinnen.',
  zorgen='- Gesprek via tolk Pools (13-11-2026): vader drinkt dagelijks en slaat de kinderen met de vlakke hand.\n- W. komt te laat en zonder lunch op school; juf ziet vermoeidheid.\n- Woning koud en vochtig (GGD-melding op 27-10-2026).',
  krachten='Moeder stopt met werken op vrijdag om bij de kinderen te zijn. De Poolse kerk in Den Haag (mis op zondag) geeft contact. W. is trots op haar Nederlands.',
  risico='Alcohol, onzekere huisvesting via werkgever, geen netwerk, taal.',
  stemj='W. (14 jaar, eerst in het Nederlands, daarna via tolk): "Tata is lief als hij niet drinkt. Ik wil een eigen kamer."\nO. (10): "Ik ben bang als het donker is in huis."',
  stemo='Moeder (via tolk): "Wij gaan misschien terug naar Polen in de zomer." Vader: "Ik drink zoals iedereen, na het werk."',
  visie='Fysieke onveiligheid en verwaarlozing van de woonomgeving. Kans op vertrek naar Polen maakt zicht lastig.',
  hulp='Toegang Westland, GGD Haaglanden, Stichting Mooi, leerplicht.',
  vraag='Hoe houden we zicht bij een mogelijk vertrek naar Polen, en welke hulp bij alcohol werkt met tolk?'),
 dict(j='V. (2014)', gezin='Moeder (1985), Hindoestaans-Surinaams, V. (2014). Vader overleden (2022). Nana en nani (mzk) wonen in hetzelfde huis in Moerwijk. Oom (mzk) komt dagelijks.',
  zorgen='- Sinds de dood van vader trekt V. zich terug; op 9-11-2026 zelfbeschadiging gezien door de gymdocent.\n- Nana wil dat de pandit "het kwaad verdrijft"; moeder twijfelt over Youz.\n- Appje van V. aan moeder [01:12]: "sorry mama ik kan niet slapen"',
  krachten='Warme familie, nani let goed op. V. tekent veel en zit op dans in de mandir. De pandit staat open voor samenwerking met hulpverlening.',
  risico='Rouw, zelfbeschadiging, verdeeldheid in de familie over hulp.',
  stemj='V. (12 jaar): "Ik wil met iemand praten die papa niet kende." Wil dat nani mee mag naar gesprekken.',
  stemo='Moeder: "Ik wil hulp, maar ik wil mijn ouders niet kwetsen." Nana: "In onze cultuur lossen we het samen op."',
  visie='Acute zorg om V. De familie is beschermend maar hulp moet snel starten met respect voor de geloofsbeleving.',
  hulp='Youz (spoedconsult aangevraagd), huisarts, CJG Den Haag, school (zorgcoördinator).',
  vraag='Graag advies over snelle inzet van Youz en hoe de familie mee te krijgen.'),
 dict(j='G. (2012)\nbroertje C. (2017)', gezin='Moeder (1990) en stiefvader (1984), oude Scheveningse vissersfamilie, G. (2012), C. (2017). Vader van G. (1986) woont in Katwijk. Opoe (vzk) woont in Duindorp.',
  zorgen='- Stiefvader is weken op zee; als hij thuis is veel drank en ruzie.\n- Politie-inzet op 31-10-2026 na een vechtpartij op de boulevard, kinderen erbij.\n- G. spijbelt en hangt rond bij de haven.',
  krachten='Opoe is een vaste plek, de kerk in Scheveningen-Dorp (Oude Kerk) is steunend. G. helpt graag op de afslag.',
  risico='Alcohol, afwezigheid stiefvader, loyaliteitsconflict G. met vader in Katwijk.',
  stemj='G. (14 jaar): "Op zee is hij rustig, thuis niet. Ik ga liever naar opoe." C. (9): wil dat iedereen gewoon aardig doet.',
  stemo='Moeder: "Het is hier altijd zo gegaan, mannen op zee en dan thuis drinken." Stiefvader: "Ik heb mijn best gedaan."',
  visie='Terugkerend patroon van geweld rond de thuiskomst. Afspraken met opoe en school kunnen beschermen.',
  hulp='Sociaal Wijkteam Scheveningen, politie (wijkagent), school, Kessler Stichting (verslavingszorg, aangemeld).',
  vraag='Is een veiligheidsplan rond de thuiskomst van stiefvader voldoende, of moet er meer gebeuren?'),
]
SOORT = ['Eerste inbreng', 'Vervolgbespreking (eerder VHT-2026-0{n})', 'Monitoring', 'Overdracht (VT naar Toegang)', 'Eerste inbreng']
DATES = ['%d-%d-2026' % (d, m) for d, m in [(24, 11), (26, 11), (1, 12), (3, 12), (8, 12), (10, 12), (17, 11), (19, 11)]]
STYLES = ['plain', 'num', 'caps']

DIRTY = [  # (cat, value, place, where, text-with-value)
 [('NAME', 'Sunita', 'body (Zorgen)', 'zorgen', '- Nani zegt: "Sunita belt mij elke nacht huilend."'),
  ('PHONE', '06-51729384', 'footer', 'FOOTER', 'Bij nood: nani 06-51729384')],
 [('NAME', 'Redouan Ouchan', 'comment author', 'COMMENTAUTHOR', 'graag nog tolk regelen'),
  ('BSN', None, 'body (Gezinssamenstelling)', 'gezin', 'BSN A.: {v}')],
 [('ADDRESS', 'Fahrenheitstraat 512', 'header', 'HEADER', 'Gezin Fahrenheitstraat 512 - VERTROUWELIJK'),
  ('NAME', 'Marvin', 'body (Stem van ouders)', 'stemo', 'Vader Marvin wil vaker contact.')],
 [('EMAIL', 'yanko.dim82@abv.bg', 'mail body', 'MAILBODY', 'Ouders bereikbaar via yanko.dim82@abv.bg, tolk Bulgaars nodig.'),
  ('NAME', 'Ventsislav', 'table row (Gezinssamenstelling)', 'TABLE', '| Oom | Ventsislav | woont in huis |')],
 [('BIRTHDATE', '14-09-2010', 'cover value (Jeugdige)', 'JEUGDIGE', 'Y. (14-09-2010)'),
  ('URL', 'https://www.instagram.com/yasmiin.x.070/', 'footnote', 'FOOTNOTE', 'Profiel: https://www.instagram.com/yasmiin.x.070/')],
 [('NAME', 'Klaas Bavelaar', 'alt text', 'ALT', 'Foto van opa Klaas Bavelaar met J. op de kotter'),
  ('POSTCODE', '2583 HJ', 'body (Krachten)', 'krachten', 'Opa woont op 2583 HJ, vlak bij de haven.')],
 [('IBAN', None, 'tracked deletion', 'TRACKED', 'Alimentatie naar {v} (moeder)'),
  ('NAME', 'Gisela', 'body (Zorgen)', 'zorgen', '- Papiaments: "Gisela, bo ta bai?" roept vader in het spraakbericht.')],
 [('NAME', 'Tesfamariam', 'mail subject', 'MAILSUBJECT', 'VHK fam. Tesfamariam ter bespreking'),
  ('ID_NUMBER', 'dossiernr. VT-HGL-2026-51907', 'body (Betrokken hulpverlening)', 'hulp', 'Veilig Thuis Haaglanden (dossiernr. VT-HGL-2026-51907).')],
 [('NAME', 'Ramlal', 'file name', 'FILENAME', 'VHK_Ramlal_S2011_def.docx'),
  ('PHONE', '+31 6 4812 0975', 'body (Stem van de jeugdige)', 'stemj', 'S. belt zelf met +31 6 4812 0975 als het misgaat.')],
 [('NAME', 'Hodan', 'property (title)', 'PROPTITLE', 'Veiligheidskaart Hodan - Jeugdbescherming west'),
  ('BIRTHDATE', 'geb. 02-03-1982', 'body (Gezinssamenstelling)', 'gezin', 'Moeder geb. 02-03-1982.')],
 [('NAME', 'Rosmarijn', 'comment text', 'COMMENTTEXT', 'Rosmarijn (nieuwe partner vader) moet ook gehoord worden'),
  ('EMAIL', 'j.hoogervorst70@ziggo.nl', 'body (Stem van ouders)', 'stemo', 'Vader stuurde zijn reactie vanaf j.hoogervorst70@ziggo.nl.')],
 [('ADDRESS', 'Jacob Catsstraat 44', 'body (Krachten)', 'krachten', 'Tante op de Jacob Catsstraat 44 in Rijswijk is beschikbaar.'),
  ('NAME', 'Shurandy', 'body (Zorgen)', 'zorgen', '- Shurandy (vader van T.) duwde N. tegen de kast.')],
 [('BSN', None, 'footnote', 'FOOTNOTE', 'BSN H. {v}'),
  ('NAME', 'Yohannes', 'body (Stem van ouders)', 'stemo', 'Yohannes (vader) via tolk: "Het was één keer."')],
 [('NAME', 'Emine Çakır', 'table row (Gezinssamenstelling)', 'TABLE', '| Oma (mzk) | Emine Çakır | Moerwijk |'),
  ('ID_NUMBER', 'clientnr Youz YZ0458213', 'mail body', 'MAILBODY', 'Aanmelding Youz loopt (clientnr Youz YZ0458213).')],
 [('POSTCODE', '2524VN', 'file name', 'FILENAME', 'VHK_2524VN_D2025.docx'),
  ('NAME', 'Doortje', 'body (Stem van de jeugdige)', 'stemj', 'D. lacht naar Doortje, de buurvrouw die helpt.')],
]

def label(name, style, i):
    if style == 'num': return '%d. %s:' % (i, name)
    if style == 'caps': return name.upper() + ':'
    return name + ':'

def build(n, dirty):
    r = random.Random(1000 + n)
    sc = dict(SC[[0, 1, 2, 3, 4, 5, 6, 7, 0, 4, 5, 6, 7, 1, 2][n - 46] if dirty else (n - 1) % 12])
    inb, vd, gem = INBR[(n * 3) % len(INBR)]
    date = DATES[n % len(DATES)]
    style = STYLES[n % 3]
    vn = 400 + n
    while elf('2026' + '0%d' % vn): vn += 1
    soort = SOORT[n % len(SOORT)].format(n=vn)
    specials = {}
    extra = {}
    items = []
    jeugdige = sc['j']
    if dirty:
        for cat, val, place, where, txt in DIRTY[n - 46]:
            if val is None:
                if cat == 'BSN':
                    b = bsn(r); val = b if n % 2 else b[:4] + '.' + b[4:6] + '.' + b[6:]
                else:
                    val = sp(nl_iban(r))
            t = txt.replace('{v}', val)
            items.append('%s "%s" @ %s' % (cat, val, place))
            if where == 'JEUGDIGE':
                jeugdige = jeugdige.replace(jeugdige.split('\n')[0], t)
            elif where.isupper():
                specials[where] = t
            else:
                extra.setdefault(where, []).append(t)
    sec = []
    sec.append(('Datum inbreng' if n % 2 else 'Datum', date))
    sec.append(('Soort inbreng' if n % 3 else 'Type inbreng', soort))
    sec.append(('Jeugdige (voorletter en geboortejaar)' if n % 2 else 'Jeugdige(n)', jeugdige))
    sec.append(('Inbrenger', inb))
    sec.append(('Vaste deelnemer', vd))
    sec.append(('Verantwoordelijke gemeente' if n % 2 else 'Gemeente', gem))
    g = GEDRAG[n % len(GEDRAG)]
    if n % 5:
        sec.append(('Gedragsdeskundige geraadpleegd', g.format(d='%d-11-2026' % (10 + n % 15))))
    sec.append(('Wie is wanneer geïnformeerd' if n % 2 else 'Geïnformeerd en gesproken',
                ['%d/11 huisbezoek moeder%s; %d/11 kind alleen gezien (school). School en huisarts weten ervan.',
                 'moeder gesproken %d-11-2026%s\njeugdige gesproken %d-11-2026 (buiten schooltijd, CJG)\nvader: gebeld, voicemail ingesproken, app gestuurd',
                 'Beide ouders gesproken op %d november%s. Jeugdige gesproken op %d november. Mentor en jeugdarts geïnformeerd.'][n % 3]
                % (1 + n % 8, ' (via tolk)' if n % 4 == 0 else '', 2 + n % 9)))
    if n % 7 == 3:
        sec.append(('Instemming', 'Nee. Vader wil geen bespreking ("bemoeienis"). Reden inbrenger om toch in te brengen: zorgen over directe veiligheid van de kinderen; moeder stemt wel in.'))
    else:
        sec.append(('Instemming betrokkenen' if n % 2 else 'Instemming', ['Ja. Moeder, vader en de jeugdige(n) weten van de bespreking en vinden het goed.', 'ja (mondeling, bij huisbezoek; via tolk herhaald)', 'Ja, beide gezaghebbende ouders akkoord. Jeugdige is ingelicht en akkoord.'][n % 3]))
    sec.append(('Vraag aan het VHT' if n % 2 else 'Hulpvraag aan het VHT', sc['vraag']))
    sec.append(('Gezinssamenstelling', sc['gezin']))
    sec.append(('Wat is er nu onveilig' if n % 3 == 0 else ('Zorgen' if n % 3 == 1 else 'Onveiligheid'), sc['zorgen']))
    sec.append(('Krachten en beschermende factoren' if n % 2 else 'Krachten', sc['krachten']))
    sec.append(('Risicofactoren', sc['risico']))
    if n % 4 == 0: sec.insert(-2, ('Patroon', 'Eerdere meldingen bij Veilig Thuis Haaglanden in 2023 en 2025; steeds na een rustige periode opnieuw escalatie rond feestdagen.'))
    sec.append(('Stem van de jeugdige' if n % 2 else 'Wat zegt de jeugdige', sc['stemj']))
    sec.append(('Stem van ouders en verzorgers' if n % 2 else 'Stem van ouders', sc['stemo']))
    sec.append(('Visie van de inbrenger' if n % 2 else 'Visie inbrenger', sc['visie']))
    sec.append(('Veiligheidsscore' if n % 2 else 'Score', ['score inbrenger %d / moeder %d / jeugdige %d (schaal 0-10)', '| inbrenger | %d |\n| moeder | %d |\n| jeugdige | %d |', 'Wijkteam: %d - ouder: %d - kind: %d'][n % 3] % (2 + n % 4, 5 + n % 4, 3 + n % 3)))
    sec.append(('Betrokken hulpverlening', sc['hulp']))
    if n % 5 == 1: sec.insert(10, ('Uit te nodigen experts', 'Raad voor de Kinderbescherming (regio Haaglanden); zo nodig een tolk (telefonisch).'))
    keymap = {'zorgen': 11, 'krachten': 12, 'stemj': 14, 'stemo': 15, 'gezin': 10, 'hulp': 18}
    lines = []
    for k in ('FILENAME', 'PROPTITLE', 'MAILSUBJECT', 'MAILBODY'):
        pass
    if 'PROPTITLE' in specials: lines += ['[PROPERTY title]', specials['PROPTITLE'], '']
    else: lines += ['[PROPERTY title]', 'Veiligheidskaart %s - %s' % (jeugdige.split('\n')[0], soort.split(' (')[0]), '']
    if n % 4 == 1: lines += ['[PROPERTY company]', inb.split(', ')[-1], '']
    if 'FILENAME' in specials: lines += ['[FILENAME]', specials['FILENAME'], '']
    elif n % 3 == 0: lines += ['[FILENAME]', 'VHK_%s_%s%s_%s.docx' % (gem.replace(' ', ''), jeugdige[0], jeugdige[4:8], date.replace('-', '')), '']
    if 'MAILSUBJECT' in specials: lines += ['[MAIL-SUBJECT]', specials['MAILSUBJECT'], '']
    elif n % 5 == 2: lines += ['[MAIL-SUBJECT]', 'Inbreng VHT %s, %s' % (date, soort.split(' (')[0]), '']
    if 'MAILBODY' in specials: lines += ['[MAIL-BODY]', 'Hierbij de kaart. ' + specials['MAILBODY'], '']
    elif n % 5 == 2: lines += ['[MAIL-BODY]', 'Goedemorgen, hierbij de VHK voor dinsdag. Gr, ' + inb.split(', ')[-1], '']
    lines += ['[HEADER]', specials.get('HEADER', 'Vertrouwelijk | Veiligheidskaart | gemeente ' + gem), '']
    for i, (lab, val) in enumerate(sec, 1):
        lines.append(label(lab, style, i))
        if lab == 'Gezinssamenstelling' and 'TABLE' in specials:
            val = val + '\n| rol | naam | woont |\n' + specials['TABLE']
        key = {'Gezinssamenstelling': 'gezin', 'Krachten': 'krachten', 'Krachten en beschermende factoren': 'krachten',
               'Stem van de jeugdige': 'stemj', 'Wat zegt de jeugdige': 'stemj', 'Stem van ouders': 'stemo',
               'Stem van ouders en verzorgers': 'stemo', 'Betrokken hulpverlening': 'hulp',
               'Zorgen': 'zorgen', 'Onveiligheid': 'zorgen', 'Wat is er nu onveilig': 'zorgen'}.get(lab)
        if key in extra: val = val + '\n' + '\n'.join(extra[key])
        lines += [val, '']
        if lab in ('Zorgen', 'Onveiligheid', 'Wat is er nu onveilig'):
            if 'COMMENTAUTHOR' in specials:
                lines += ['[COMMENT author=%s]' % 'Redouan Ouchan', specials['COMMENTAUTHOR'], '']
            elif 'COMMENTTEXT' in specials:
                lines += ['[COMMENT author=Gedragswetenschapper Youz]', specials['COMMENTTEXT'], '']
            elif n % 3 == 1:
                lines += ['[COMMENT author=%s]' % ['Voorzitter VHT', 'Jeugdarts GGD Haaglanden', 'Gedragswetenschapper Sociaal Wijkteam', 'Veilig Thuis Haaglanden'][n % 4], 'Welke datum hoort bij de politie-inzet? Graag aanvullen.', '']
        if lab.startswith('Stem van de') or lab == 'Wat zegt de jeugdige':
            if 'ALT' in specials: lines += ['[ALT]', specials['ALT'], '']
            elif n % 4 == 2: lines += ['[ALT]', 'Foto van een tekening: een boot, een flat en een huis met een hek eromheen.', '']
        if lab in ('Score', 'Veiligheidsscore'):
            if 'TRACKED' in specials: lines += ['[TRACKED-DELETION]', specials['TRACKED'], '']
            elif n % 4 == 3: lines += ['[TRACKED-DELETION]', 'score inbrenger eerst %d, na overleg aangepast' % (4 + n % 3), '']
    if 'FOOTNOTE' in specials: lines += ['[FOOTNOTE]', specials['FOOTNOTE'], '']
    elif n % 6 == 0: lines += ['[FOOTNOTE]', 'Zie ook Meldcode stap 3; Veilig Thuis 0800-2000.', '']
    lines += ['Persoonsgegevens:', ['n.v.t.', '-', 'niet invullen bij inbreng'][n % 3], '']
    lines += ['[FOOTER]', specials.get('FOOTER', 'Pagina 1 - VHT Haaglanden'), '']
    return '\n'.join(lines), items

os.makedirs(OUT, exist_ok=True)
rows = ['file\texpect\tnotes']
for n in range(1, 61):
    text, items = build(n, n > 45)
    f = 'card-%02d.txt' % n
    with open(os.path.join(OUT, f), 'w', encoding='utf-8', newline='\n') as fh: fh.write(text)
    rows.append('%s\t%s\t%s' % (f, 'DIRTY' if n > 45 else 'CLEAN', '; '.join(items) if items else '-'))
with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh: fh.write('\n'.join(rows) + '\n')
