#!/usr/bin/env python3
"""Generate ../cards/card-01.txt .. card-60.txt and cards.tsv for blind set 61 (fixed seed, byte-reproducible)."""
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import bsn, iban, group4, not_elf

rng = random.Random(616161)
CDIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'cards')

# ------------------------------------------------------------------ families (all invented)
F = [
 dict(key='PL-Maasdijk', youth=[('K', 2012), ('T', 2019)], gem='Westland',
      inbr='Marloes Vreeswijk, jeugd- en gezinscoach, Jeugdteam Westland', vast='Youssef Benhaddou, Jeugdteam Westland',
      gedrag='Ja, orthopedagoog Jeugdteam Westland, op {d-3}',
      inf=['Moeder: gesproken op {d-6} via de telefonische tolk (Pools), huisbezoek op de flexlocatie in Maasdijk.',
           'K.: gesproken op {d-5} op school, samen met de zorgcoördinator.', 'Vader: niet bereikbaar, werkt in Polen.'],
      inst='Ja, moeder stemt in (via tolk); K. weet ervan.',
      vraag='Is de flexwoning een veilige plek voor twee kinderen, of is een andere woonplek nodig?',
      gezin=['| wie | jaar | woont |', '| moeder | 1988 | flexlocatie Maasdijk |', '| K. | 2012 | bij moeder |', '| T. | 2019 | bij moeder |', '| vader | 1985 | Polen (Lodz) |'],
      zorg=['- Moeder werkt nachtdiensten in de kas; K. (14) past dan alleen op T. (7).',
            '- Op {d-20} werd de politie (basisteam Westland) gebeld na ruzie tussen huisgenoten op de locatie.',
            '- T. kwam drie keer zonder ontbijt op school.'],
      kracht='Moeder is betrokken en wil hulp. K. is slim en zorgzaam. Het uitzendbureau denkt mee over een gezinsunit.',
      risico='Taalbarrière, geen netwerk in Nederland, wisselende huisgenoten, werk in nachtdienst.',
      stemj=['K. (14 jaar): "Ik vind het niet erg om op te passen, maar ik ben bang als de mannen van hiernaast dronken zijn."',
             'T. (7 jaar) tekende de Drie Huizen; in het huis van de zorgen: "harde muziek".'],
      stemo='Moeder (via tolk): "Ik moet werken, anders hebben we geen huis. Nie mam wyboru, ik heb geen keus."',
      visie='De kinderen zijn \'s nachts onvoldoende beschermd. Moeder is gemotiveerd; praktische oplossingen zijn nodig.',
      score='Inbrenger: 4. Moeder: 6. K.: 5.',
      hulp='Jeugdteam Westland, ISW (schoolmaatschappelijk werk), uitzendbureau (huisvesting), huisarts Maasdijk.'),
 dict(key='BG-Naaldwijk', youth=[('M', 2011)], gem='Westland',
      inbr='Radost Ivanova-de Groot, gezinsvoogd, Jeugdbescherming west', vast='Bianca Olsthoorn, Jeugdbescherming west',
      gedrag='Nee',
      inf=['Moeder: gesproken op {d-7} met de Bulgaarse tolk (telefonisch).', 'M.: gesproken op {d-4} na schooltijd bij Lentiz in Naaldwijk.',
           'Stiefvader: geïnformeerd per brief (vertaald).'],
      inst='Nee. Stiefvader weigert. Reden: "jeugdzorg neemt kinderen af". Inbrenger brengt de kaart toch in omdat M. thuis geslagen wordt en vrijwillige hulp is gestopt.',
      vraag='Hulpvraag: adviseert het VHT een verzoek tot onderzoek bij de Raad voor de Kinderbescherming?',
      gezin=['Moeder (1990), stiefvader (1984), M. (2011). Vader (1987) woont in Bulgarije (Varna), geen contact.'],
      zorg=['M. had op {d-15} striemen op de rug (gezien door de jeugdarts van de GGD).', 'Stiefvader drinkt in het weekend.',
            'M. werkt na school mee in de oogst, soms tot 22.00 uur.'],
      kracht='M. heeft een goede band met de mentor. Moeder wil dat het slaan stopt.',
      risico='Alcohol, afhankelijkheid van het werk van stiefvader, geen eigen inkomen moeder.',
      stemj=['M. (15 jaar): "Thuis is het alleen rustig als hij weg is. Ik wil niet weg bij mama."'],
      stemo='Moeder (tolk): "Ne iskam, ik wil niet dat ze hem meenemen, maar het moet stoppen." Stiefvader wilde niet praten.',
      visie='Onveiligheid is ernstig en herhaald; drang lukt niet. Ik zie een onderzoek door de Raad als volgende stap.',
      score='| wie | score |\n| inbrenger | 2 |\n| moeder | 5 |\n| M. | 3 |',
      hulp='Jeugdbescherming west, GGD Haaglanden (jeugdarts), Lentiz, politie basisteam Westland.'),
 dict(key='RO-Honselersdijk', youth=[('A', 2016), ('I', 2020)], gem='Westland',
      inbr='Jolanda van Leeuwen, maatschappelijk werker, Jeugdteam Westland', vast='Youssef Benhaddou, Jeugdteam Westland',
      gedrag='Ja, GZ-psycholoog Jeugdteam Westland, op {d-2}',
      inf=['Ouders: gesproken op {d-8}, tolk Roemeens via de telefoon.', 'A.: gesproken op {d-6} in de klas, met de intern begeleider.'],
      inst='Ja, beide ouders stemmen in.',
      vraag='Vraag aan het VHT: welke hulp is passend bij verwaarlozing en huisvestingsproblemen?',
      gezin=['Vader (1986), moeder (1992), A. (2016), I. (2020). Ze wonen met een tweede gezin in een huurwoning in Honselersdijk.'],
      zorg=['- I. (6) is sinds {d-30} niet naar school geweest.', '- Hoofdluis en onverzorgdheid, gemeld door school.', '- Ouders hebben een huurachterstand.'],
      kracht='Ouders houden van de kinderen en zijn altijd vriendelijk tegen de hulpverlening.',
      risico='Krappe woning, werk op afroep, geen zorgverzekering voor moeder.',
      stemj=['A. (10 jaar): "Ik slaap met I. in één bed, dat is gezellig maar ze schopt."'],
      stemo='Vader (tolk): "Noi muncim, wij werken hard. Wij willen een eigen huis."',
      visie='Er is sprake van verwaarlozing door omstandigheden; met praktische hulp is verbetering haalbaar.',
      score='Inbrenger 5, ouders 7.', hulp='Jeugdteam Westland, Stichting Steunpunt Migranten Westland, Voedselbank Westland.'),
 dict(key='TR-Voorhof', youth=[('E', 2010), ('S', 2013)], gem='Delft',
      inbr='Hanneke Verduijn, jeugdverpleegkundige, CJG Delft', vast='Pieter-Jan Hofland, CJG Delft',
      gedrag='Ja, gedragswetenschapper CJG Delft, op {d-4}',
      inf=['Moeder: gesproken op {d-9} (huisbezoek Voorhof).', 'E.: gesproken op {d-7}.', 'S.: gesproken op {d-7}.', 'Vader: telefonisch op {d-6}.'],
      inst='Ja.', vraag='Is er na de scheiding voldoende zicht op de veiligheid van E. en S. bij vader?',
      gezin=['Moeder (1984) met E. (2010) en S. (2013) in Voorhof. Vader (1980) woont sinds de scheiding in Tanthof.'],
      zorg=['Vader dreigt moeder via berichten. E. zag op {d-25} dat vader moeder duwde bij de overdracht.', 'S. heeft buikpijnklachten en wil niet naar vader.'],
      kracht='Moeder heeft steun van haar zus in Delft en van de moskee. E. zit goed op het Grotius College.',
      risico='Vechtscheiding, financiële zorgen, eerwraak-angst genoemd door moeder (geen concrete signalen).',
      stemj=['E. (16 jaar): "Ik ga niet meer naar hem toe. Hij luistert nooit."', 'S. (13 jaar): "Bij papa is het soms leuk, maar hij praat slecht over mama."'],
      stemo='Moeder: "Ik wil rust." Vader: "Zij zet de kinderen tegen mij op."',
      visie='De kinderen zitten klem tussen ouders. Omgang moet veilig worden geregeld.', score='Inbrenger: 5 | Moeder: 4 | Vader: 8 | E.: 3 | S.: 5',
      hulp='CJG Delft, Grotius College, huisarts, mediation (gestopt).'),
 dict(key='MA-Buitenhof', youth=[('Y', 2012)], gem='Delft',
      inbr='Samira Azzouzi, jeugdconsulent, CJG Delft', vast='Pieter-Jan Hofland, CJG Delft', gedrag='Nee',
      inf=['Ouders: gesproken op {d-5}.', 'Y.: gesproken op {d-5} bij het CJG.', 'Oom: niet gesproken.'],
      inst='Ja, ouders en Y. stemmen in.', vraag='Hoe beschermen we Y. tegen dreiging door een familielid via sociale media?',
      gezin=['Vader (1979), moeder (1985), Y. (2012), twee broers (2008, 2015). Gezin woont in Buitenhof.'],
      zorg=['Y. wordt bedreigd door een oom uit Tanthof via Snapchat; op {d-12} stond hij bij school.', 'Y. is bang en slaapt slecht.'],
      kracht='Ouders staan achter Y. en hebben zelf aangifte gedaan. School (Christelijk Lyceum Delft) is alert.',
      risico='Familieconflict, eer, de oom heeft een strafblad.', stemj=['Y. (14 jaar): "Ik durf niet alleen naar huis te fietsen."'],
      stemo='Vader: "Wij beschermen haar, maar de familie praat." Moeder: "Ik wil dat de politie hem stopt."',
      visie='Dreiging van buiten het gezin; ouders beschermend. Afstemming met politie nodig.', score='Inbrenger 5. Ouders 5. Y. 4.',
      hulp='CJG Delft, politie (wijkagent Buitenhof), Veilig Thuis Haaglanden (advies).'),
 dict(key='NL-tuinder', youth=[('B', 2009)], gem='Westland',
      inbr='Arjan Kerklaan, jeugd- en gezinscoach, Jeugdteam Westland', vast='Youssef Benhaddou, Jeugdteam Westland', gedrag='Ja, orthopedagoog, op {d-1}',
      inf=['Vader en moeder: gesproken op {d-10} thuis in De Lier.', 'B.: gesproken op {d-9}.', 'Opa (tuinder): telefonisch op {d-8}.'],
      inst='Ja.', vraag='Is vrijwillige hulp nog voldoende bij het geweld tussen B. en vader?',
      gezin=['Vader (1972), moeder (1975), B. (2009), zus (2006, woont op kamers in Delft). Veel neven en nichten in het bedrijf van opa.'],
      zorg=['Op {d-18} vochten B. en vader in de kas; B. had een gebroken pols (HMC Westeinde).', 'B. blowt dagelijks en gebruikt lachgas.'],
      kracht='De familie is groot en hecht. Een oom in Kwintsheul is een veilige plek voor B.', risico='Middelengebruik, macht in de familie, werkdruk in het bedrijf.',
      stemj=['B. (17 jaar): "Ze zien mij alleen als werknemer. Ik wil weg uit de kas."'],
      stemo='Vader: "Bij ons wordt gewerkt, zo ben ik ook opgevoed." Moeder: "Ik sta ertussen."', visie='Escalerend conflict; middelengebruik maakt het onveiliger.',
      score='Inbrenger: 3. Vader: 7. Moeder: 5. B.: 2.', hulp='Jeugdteam Westland, Brijder Jeugd, huisarts De Lier, Lentiz.'),
 dict(key='CV-Tanthof', youth=[('D', 2014), ('L', 2018)], gem='Delft',
      inbr='Fernanda Lopes Gomes, ambulant hulpverlener, Ipse de Bruggen', vast='Pieter-Jan Hofland, CJG Delft', gedrag='Ja, gedragsdeskundige Ipse de Bruggen, op {d-6}',
      inf=['Moeder: gesproken op {d-11} (Portugees/Kriolu, met een tolk).', 'D.: gesproken op {d-10}.'], inst='Ja, moeder stemt in.',
      vraag='Welke steun is nodig nu moeder met een licht verstandelijke beperking alleen voor twee kinderen zorgt?',
      gezin=['Moeder (1991), D. (2014), L. (2018). Vader is in oktober naar Kaapverdië gegaan.'],
      zorg=['L. (8) is op {d-16} alleen op straat gevonden in Tanthof, \'s avonds laat.', 'Moeder vergeet medicatie van D. (methylfenidaat 2 dd 10 mg).'],
      kracht='Moeder is lief en accepteert hulp. D. is zorgzaam.', risico='LVB moeder, geen netwerk, geldzorgen.',
      stemj=['D. (12 jaar): "Ik let op L., maar ik vergeet het soms als ik game."'],
      stemo='Moeder: "Eu quero, ik wil het goed doen. Help mij met de dagen."', visie='Basiszorg kwetsbaar; dagelijkse ondersteuning nodig.',
      score='Inbrenger 4. Moeder 8. D. 6.', hulp='Ipse de Bruggen, CJG Delft, huisarts Tanthof, Sint Aloysiusschool.'),
 dict(key='HU-Poeldijk', youth=[('N', 2013)], gem='Westland',
      inbr='Jolanda van Leeuwen, maatschappelijk werker, Jeugdteam Westland', vast='Youssef Benhaddou, Jeugdteam Westland', gedrag='Nee',
      inf=['Vader: gesproken op {d-5} (Hongaars-Engels).', 'N.: gesproken op {d-5}.', 'Moeder: telefonisch vanuit Hongarije op {d-3}.'],
      inst='Ja.', vraag='Is het verantwoord dat N. bij vader blijft nu moeder terug is naar Hongarije?',
      gezin=['Vader (1982), N. (2013). Moeder (1986) woont in Szeged.'],
      zorg=['N. is vaak alleen; vader werkt tot laat in Poeldijk.', 'Op {d-14} had N. een paniekaanval op school.'],
      kracht='Vader is betrokken, N. gaat graag naar de zwemclub.', risico='Isolatie, taal, scheiding over de grens.',
      stemj=['N. (13 jaar): "Ik mis mama. Papa doet zijn best."'], stemo='Vader: "Ik werk voor ons tweeën, ik kan niet thuis zijn." Moeder: "Hij moet beter opletten."',
      visie='Geen acute onveiligheid; wel emotionele verwaarlozing. Monitoring.', score='Inbrenger 6. Vader 7. N. 5.', hulp='Jeugdteam Westland, ISW, zwemclub.'),
 dict(key='UA-Pijnacker', youth=[('V', 2015), ('O', 2021)], gem='Pijnacker-Nootdorp',
      inbr='Agnieszka Sobczak, casemanager, Veilig Thuis Haaglanden', vast='Bianca Olsthoorn, Veilig Thuis Haaglanden', gedrag='Ja, gedragswetenschapper VT, op {d-2}',
      inf=['Moeder: gesproken op {d-6} met tolk Oekraïens.', 'V.: gesproken op {d-4} op school in Pijnacker.'], inst='Ja.',
      vraag='Vraag: welke traumazorg en veiligheidsafspraken zijn nodig voor moeder en kinderen?',
      gezin=['Moeder (1989), V. (2015), O. (2021). Vader is in Oekraïne (leger). Gezin woont in de opvang in Pijnacker.'],
      zorg=['Moeder heeft herbelevingen en slaat V. als ze overspoeld raakt (melding {d-21}).', 'O. (5) is angstig en eet slecht.'],
      kracht='Moeder zoekt zelf hulp; de opvanglocatie heeft een vaste begeleider.', risico='Oorlogstrauma, onzekere verblijfsstatus, geen netwerk.',
      stemj=['V. (11 jaar): "Mama schreeuwt als er een vliegtuig laag vliegt. Dan ga ik met O. naar boven."'],
      stemo='Moeder (tolk): "Ya duzhe vtomylasya, ik ben zo moe. Ik wil geen slechte moeder zijn."', visie='Onveiligheid door trauma; behandeling moeder is de sleutel.',
      score='Inbrenger 4. Moeder 4. V. 6.', hulp='Veilig Thuis Haaglanden, GGZ Delfland (intake), opvang Pijnacker, huisarts.'),
 dict(key='PL-Wateringen', youth=[('W', 2008)], gem='Westland',
      inbr='Dilan Yıldız, gezinsvoogd, Jeugdbescherming west', vast='Bianca Olsthoorn, Jeugdbescherming west', gedrag='Ja, gedragswetenschapper JB west, op {d-3}',
      inf=['Moeder: gesproken op {d-6} (tolk Pools).', 'W.: gesproken op {d-6}.'], inst='Ja, moeder en W. stemmen in.',
      vraag='Overdracht bij het einde van de OTS: hoe borgen we de veiligheid van W. na 18 jaar?',
      gezin=['Moeder (1976), W. (2008). Halfbroer (2001) woont in Wateringen.'],
      zorg=['W. heeft schulden bij jongens uit Den Haag.', 'Op {d-40} is W. meegenomen door de politie na een inbraak in Wateringen.'],
      kracht='W. heeft een stageplek bij een kwekerij en een vaste jongerenwerker.', risico='Criminele vrienden, schulden, moeder werkt veel.',
      stemj=['W. (18 jaar): "Ik wil gewoon werken en met rust gelaten worden."'], stemo='Moeder: "Ik ben blij met de stage. Ik ben bang voor die jongens."',
      visie='De OTS kan eindigen als de afspraken over schulden en wonen staan.', score='Inbrenger 6. Moeder 6. W. 7.',
      hulp='Jeugdbescherming west, jongerenwerk Vitis Welzijn, Schuldhulpmaatjes, ROC Mondriaan.'),
 dict(key='NL-sGravenzande', youth=[('R', 2017)], gem='Westland',
      inbr='Arjan Kerklaan, jeugd- en gezinscoach, Jeugdteam Westland', vast='Youssef Benhaddou, Jeugdteam Westland', gedrag='Nee',
      inf=['Moeder: gesproken op {d-4}.', 'Vader: gesproken op {d-3}.', 'R.: geobserveerd op school op {d-2}.'], inst='Ja.',
      vraag='Is vrijwillige hulp voldoende bij huiselijk geweld tussen ouders?',
      gezin=['Moeder (1995), vader (1993), R. (2017). Gezin woont in \'s-Gravenzande; opa en oma in Monster.'],
      zorg=['Op {d-12} gooide vader een stoel; R. stond erbij.', 'De politie is twee keer geweest.'],
      kracht='Opa en oma in Monster vangen R. op. Ouders willen allebei hulp.', risico='Stress door werkloosheid vader, alcohol.',
      stemj=['R. (9 jaar) tekende een huis met een onweerswolk: "als papa boos is, regent het binnen".'],
      stemo='Moeder: "We houden van elkaar maar het gaat mis." Vader: "Ik moet leren stoppen."', visie='Herhaald geweld; veiligheidsplan moet concreet.',
      score='Inbrenger 4, moeder 5, vader 6.', hulp='Jeugdteam Westland, Veilig Thuis Haaglanden, huisarts \'s-Gravenzande.'),
 dict(key='BG-Wippolder', youth=[('P', 2011), ('G', 2014)], gem='Delft',
      inbr='Samira Azzouzi, jeugdconsulent, CJG Delft', vast='Pieter-Jan Hofland, CJG Delft', gedrag='Ja, GZ-psycholoog CJG Delft, op {d-5}',
      inf=['Moeder: gesproken op {d-8} (tolk Bulgaars).', 'P.: gesproken op {d-7}.', 'G.: gesproken op {d-7}.'], inst='Ja.',
      vraag='Hulpvraag: is een uithuisplaatsing nodig nu moeder terug wil naar Bulgarije en de kinderen niet?',
      gezin=['Moeder (1987), P. (2011), G. (2014). Gezin woont op kamers in de Wippolder.'],
      zorg=['Moeder dreigt de kinderen achter te laten.', 'P. (15) verzuimt op het Stanislascollege sinds {d-20}.'],
      kracht='De kinderen hebben vrienden en doen het goed op school (G.).', risico='Isolatie, huisvesting op kamers, depressie moeder.',
      stemj=['P. (15 jaar): "Ik ga niet terug, ik ben hier opgegroeid."', 'G. (12 jaar): "Ik wil bij P. blijven."'],
      stemo='Moeder (tolk): "Tuk nyama nishto za men, hier is niets voor mij."', visie='Dreigende breuk in de zorg; er moet een plan B zijn.',
      score='Inbrenger 4. Moeder 3. P. 4. G. 5.', hulp='CJG Delft, Stanislascollege, GGZ Delfland.'),
]

def fmt_date(base, off, style):
    d, m, y = base
    import datetime
    dt = datetime.date(y, m, d) - datetime.timedelta(days=off)
    if style == 0 and dt.day != 6: return '%02d-%02d-%d' % (dt.day, dt.month, dt.year)
    if style == 0: style = 1
    if style == 1: return '%d-%d-%d' % (dt.day, dt.month, dt.year)
    if style == 2: return '%d-%02d-%02d' % (dt.year, dt.month, dt.day)
    return '%d %s %d' % (dt.day, ['jan.', 'feb.', 'mrt.', 'apr.', 'mei', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'][dt.month - 1], dt.year)

def fill(s, base, style):
    import re
    return re.sub(r'\{d-(\d+)\}', lambda m: fmt_date(base, int(m.group(1)), style), s)

LABELS = [
 dict(datum='Datum', soort='Soort inbreng', jeugd='Jeugdige (voorletter en geboortejaar)', inbr='Inbrenger', vast='Vaste deelnemer', gem='Verantwoordelijke gemeente',
      ged='Gedragsdeskundige geraadpleegd', inf='Geïnformeerd en gesproken', inst='Instemming betrokkenen', vraag='Vraag aan het VeiligheidsTeam', gezin='Gezinssamenstelling',
      zorg='Wat is er nu onveilig', pat='Patroon', kr='Krachten en beschermende factoren', ris='Risicofactoren', sj='Stem van de jeugdige', so='Stem van ouders en verzorgers',
      vis='Visie van de inbrenger', sc='Veiligheidsscore', hulp='Betrokken hulpverlening', pg='Persoonsgegevens'),
 dict(datum='DATUM INBRENG', soort='TYPE INBRENG', jeugd='JEUGDIGE(N)', inbr='INBRENGER', vast='VASTE DEELNEMER', gem='GEMEENTE', ged='GEDRAGSWETENSCHAPPER GERAADPLEEGD',
      inf='WIE IS WANNEER GEÏNFORMEERD', inst='INSTEMMING', vraag='VRAAG AAN HET VHT', gezin='GEZINSSAMENSTELLING', zorg='ZORGEN', pat='PATROON UIT HET VERLEDEN',
      kr='KRACHTEN', ris='RISICOFACTOREN', sj='WAT ZEGT DE JEUGDIGE', so='STEM VAN OUDERS', vis='VISIE INBRENGER', sc='SCORE', hulp='BETROKKEN HULPVERLENING', pg='PERSOONSGEGEVENS'),
 dict(datum='1. Datum inbreng', soort='2. Soort inbreng', jeugd='3. Jeugdige', inbr='4. Inbrenger (naam, functie, organisatie)', vast='5. Vaste deelnemer', gem='6. Gemeente',
      ged='7. Gedragsdeskundige geraadpleegd', inf='8. Wie is wanneer geïnformeerd', inst='9. Instemming betrokkenen', vraag='10. Hulpvraag aan het VHT', gezin='11. Gezinssamenstelling',
      zorg='12. Onveiligheid', pat='13. Patroon', kr='14. Krachten', ris='15. Risicofactoren', sj='16. Stem van de jeugdige', so='17. Stem van ouders', vis='18. Visie inbrenger',
      sc='19. Veiligheidsscore', hulp='20. Betrokken hulpverlening', pg='Persoonsgegevens'),
 dict(datum='datum', soort='soort inbreng', jeugd='jeugdige', inbr='inbrenger', vast='vaste deelnemer', gem='verantwoordelijke gemeente', ged='gedragsdeskundige geraadpleegd',
      inf='geinformeerd en gesproken', inst='instemming', vraag='vraag aan het vht', gezin='gezinssamenstelling', zorg='zorgen', pat='patroon', kr='krachten', ris='risicofactoren',
      sj='stem van de jeugdige', so='stem van ouders', vis='visie inbrenger', sc='score', hulp='betrokken hulpverlening', pg='persoonsgegevens'),
]
SOORT = ['Eerste inbreng', 'Vervolgbespreking (eerder VHT-2026-%04d)', 'Monitoring', 'Overdracht']
PG_EMPTY = ['n.v.t.', '-', 'niet invullen bij inbreng']

ZAT = ['ZAT-overleg {d-9}, aanwezig: zorgcoördinator, mentor, ISW, jeugdarts GGD, leerplicht.',
       '| actiepunt | wie | wanneer | stand |', '| moeder uitnodigen met tolk | zoco | wk 46 | gedaan |',
       '| huisbezoek | ISW | wk 47 | open |', '| verzuim melden | mentor | wk 46 | gedaan |', '| terugkoppeling ZAT | zoco | wk 49 | open |']
EXTRA_CLEAN = [
 ('[HEADER]', 'VHK - VERTROUWELIJK - {gem}'), ('[FOOTER]', 'Pagina 1 van 3 - Veiligheidskaart VHT Haaglanden - versie 2026'),
 ('[COMMENT author=Voorzitter VHT]', 'Graag concreter maken: wat zag school precies en wanneer?'),
 ('[COMMENT author=Gedragswetenschapper CJG Delft]', 'Score van de jeugdige ontbreekt nog, graag aanvullen.'),
 ('[ALT]', 'Foto van de Drie Huizen-tekening van {j1}.'), ('[PROPERTY company]', '{org}'),
 ('[TRACKED-DELETION]', 'Inbrenger: 5.'), ('[FOOTNOTE]', 'Zie ook het verslag van het ZAT-overleg van de school (in het dossier van de inbrenger).'),
 ('[MAIL-SUBJECT]', 'Inbreng VHK {j1} ({gem}) - graag plannen'), ('[MAIL-BODY]', 'Beste voorzitter, hierbij de kaart voor de eerstvolgende bespreking. Groet, vaste deelnemer {org}'),
 ('[FILENAME]', 'VHK_{gemf}_{j1f}_{datef}.docx'),
]

def card(fi, ci, soortidx, dirty=None):
    """Return text of a card. dirty: dict place->text replacement instructions."""
    f = F[fi]; lab = LABELS[ci % 4]; style = ci % 4
    base = (ci % 20 + 5, 10 + (ci % 3) if (ci % 20 + 5) <= 30 else 11, 2026)
    base = (min(base[0], 28), 10 + ci % 2, 2026)
    datum = fmt_date(base, 0, style)
    org = f['inbr'].split(', ')[-1]
    j1 = '%s. (%d)' % f['youth'][0]
    soort = SOORT[soortidx]
    if '%' in soort: soort = soort % (20 + ci * 3)
    dirty = dirty or {}
    L = []
    def blk(tag, text): L.extend([tag, text, ''])
    ctx = dict(gem=f['gem'], org=org, j1=j1, gemf=f['gem'].replace(' ', ''), j1f='%s%d' % f['youth'][0], datef=fmt_date(base, 0, 2).replace('-', ''))
    extras = [EXTRA_CLEAN[(ci + k * 3) % len(EXTRA_CLEAN)] for k in range(3)]
    for tag, text in extras:
        if tag in dirty: continue
        if tag in ('[FILENAME]', '[PROPERTY company]', '[MAIL-SUBJECT]', '[HEADER]'): blk(tag, text.format(**ctx))
    for tag in ('[FILENAME]', '[PROPERTY title]', '[PROPERTY company]', '[MAIL-SUBJECT]', '[MAIL-BODY]', '[HEADER]'):
        if tag in dirty: blk(tag, dirty[tag])
    def sec(key, lines):
        L.append(lab[key] + ':'); L.extend(lines); L.append('')
        dk = 'after:' + key
        if dk in dirty: L.extend(dirty[dk].split('\n')); L.append('')
    def fl(xs): return [fill(x, base, style) for x in xs]
    sec('datum', [datum]); sec('soort', [soort])
    sec('jeugd', ['%s. (%d)' % y for y in f['youth']])
    sec('inbr', [f['inbr']]); sec('vast', [f['vast']]); sec('gem', [f['gem']])
    if ci % 5 != 4: sec('ged', fl([f['gedrag']]))
    sec('inf', fl(f['inf'])); sec('inst', [f['inst']]); sec('vraag', [f['vraag']])
    sec('gezin', fl(f['gezin'])); sec('zorg', fl(f['zorg']))
    if ci % 3 == 0: sec('pat', ['Sinds 2023 eerdere zorgen gemeld bij Veilig Thuis Haaglanden; afgesloten met een veiligheidsplan.'])
    sec('kr', [f['kracht']]); sec('ris', [f['risico']])
    if ci % 2 == 0:
        L.extend(fl(ZAT)); L.append('')
    sec('sj', fl(f['stemj'])); sec('so', [f['stemo']]); sec('vis', [f['visie']]); sec('sc', f['score'].split('\n'))
    sec('hulp', [f['hulp']])
    pg = dirty.get('pg', [PG_EMPTY[ci % 3]])
    sec('pg', pg)
    for tag, text in extras:
        if tag in dirty: continue
        if tag not in ('[FILENAME]', '[PROPERTY company]', '[MAIL-SUBJECT]', '[HEADER]'): blk(tag, text.format(**ctx))
    for tag in ('[COMMENT', '[ALT]', '[TRACKED-DELETION]', '[FOOTNOTE]', '[FOOTER]'):
        for k, v in dirty.items():
            if k.startswith(tag): blk(k, v)
    return '\n'.join(L).rstrip('\n') + '\n'

# ------------------------------------------------------------------ dirty items (2 per card)
B = [bsn(rng) for _ in range(3)]
IB = [iban(rng, 'NL', 'RABO'), iban(rng, 'PL', ''), iban(rng, 'RO', 'BTRL')]
PH = ['06-%s' % not_elf(rng, 8), '+48 %s' % not_elf(rng, 9), '0174-%s' % not_elf(rng, 6)]
DIRTY = [
 # (family, [(cat, value, placekey, dirty dict entry)])
 (0, [('NAME', 'Małgorzata Wróblewska', 'property (title)', ('[PROPERTY title]', 'Veiligheidskaart K. (2012) - moeder Małgorzata Wróblewska')),
      ('PHONE', PH[1], 'body (Stem van ouders)', ('after:so', 'Moeder vraagt teruggebeld te worden op %s.' % PH[1]))]),
 (1, [('NAME', 'Todor Dimitrov', 'comment author', ('[COMMENT author=Todor Dimitrov]', 'ik ben het niet eens met wat hier staat')),
      ('BIRTHDATE', '14.05.2011', 'cover value (Jeugdige)', ('after:jeugd', 'geb. 14.05.2011'))]),
 (2, [('ADDRESS', 'Jan Barendselaan 12', 'body (Gezinssamenstelling)', ('after:gezin', 'Adres: Jan Barendselaan 12, Honselersdijk')),
      ('NAME', 'Ionuț', 'alt text', ('[ALT]', 'Tekening van A. met haar neefje Ionuț in de tuin'))]),
 (3, [('BSN', B[0], 'tracked deletion', ('[TRACKED-DELETION]', 'BSN moeder %s' % B[0])),
      ('NAME', 'AKSOY', 'header', ('[HEADER]', 'VHK GEZIN AKSOY - VERTROUWELIJK'))]),
 (4, [('URL', 'https://www.snapchat.com/add/rachid.b2009', 'body (Zorgen)', ('after:zorg', 'Profiel van de oom: https://www.snapchat.com/add/rachid.b2009')),
      ('NAME', 'Latifa', 'mail body', ('[MAIL-BODY]', 'Beste voorzitter, de kaart van Y. Moeder Latifa weet ervan. Groet, CJG Delft'))]),
 (5, [('NAME', 'Van der Voort', 'table row (Gezinssamenstelling)', ('after:gezin', '| opa | Van der Voort | kwekerij De Lier |')),
      ('POSTCODE', '2678 BR', 'footer', ('[FOOTER]', 'Retouradres familie: 2678 BR De Lier'))]),
 (6, [('EMAIL', 'djeni.semedo91@gmail.com', 'mail subject', ('[MAIL-SUBJECT]', 'FW: kaart D. - reactie van djeni.semedo91@gmail.com')),
      ('ID_NUMBER', 'IPSE-%s' % not_elf(rng, 6), 'footnote', None)]),
 (7, [('NAME', 'Zoltán', 'body (Stem van de jeugdige)', ('after:sj', 'N.: "Oom Zoltán uit Debrecen belt me elke zondag."')),
      ('IBAN', group4(IB[2]), 'body (Risicofactoren)', ('after:ris', 'Vader stuurt geld naar rekening %s.' % group4(IB[2])))]),
 (8, [('NAME', 'Oksana Melnyk', 'file name', ('[FILENAME]', 'VHK_Pijnacker_Oksana Melnyk_def.docx')),
      ('PHONE', '+380 50 %s' % not_elf(rng, 7), 'comment text', None)]),
 (9, [('BSN', B[1][:3] + '.' + B[1][3:6] + '.' + B[1][6:], 'body (Persoonsgegevens)', None),
      ('NAME', 'Wiśniewska', 'body (Stem van ouders)', ('after:so', 'Moeder (mevrouw Wiśniewska) bevestigt dit.'))]),
 (10, [('NAME', 'Kees', 'body (Krachten)', ('after:kr', 'Opa Kees uit Monster is de vaste opvang.')),
       ('EMAIL', 'vanschie.r95@kpnmail.nl', 'property (company)', ('[PROPERTY company]', 'vanschie.r95@kpnmail.nl'))]),
 (11, [('NAME', 'Mitko Petrov', 'body (Zorgen)', ('after:zorg', 'Een huisgenoot, Mitko Petrov, zou P. geld laten bezorgen.')),
       ('IBAN', IB[0], 'mail body', ('[MAIL-BODY]', 'Moeder vraagt of de gemeente het geld op %s wil storten.' % IB[0]))]),
 (0, [('NAME', 'Kasia', 'comment text', ('[COMMENT author=Jeugdteam Westland]', 'Klopt het dat Kasia ook op T. past?')),
      ('ADDRESS', 'Nieuweweg 4 unit 9', 'table row (Gezinssamenstelling)', ('after:gezin', '| adres | Nieuweweg 4 unit 9 |'))]),
 (3, [('PHONE', PH[0], 'header', ('[HEADER]', 'VHK CJG Delft - terugbellen moeder %s' % PH[0])),
      ('NAME', 'EMRE YILMAZER', 'body (Visie inbrenger)', ('after:vis', 'VADER (EMRE YILMAZER) HEEFT DE KAART GELEZEN.'))]),
 (9, [('POSTCODE', '2291 GK', 'body (Gezinssamenstelling)', ('after:gezin', 'Halfbroer woont op 2291 GK Wateringen.')),
      ('NAME', 'Bartosz', 'tracked deletion', ('[TRACKED-DELETION]', 'W. en zijn vriend Bartosz zijn opgepakt.'))]),
]

def main():
    os.makedirs(CDIR, exist_ok=True)
    rows = []
    for i in range(45):
        fi = i % len(F); ci = i
        soort = (i // len(F)) % 4
        text = card(fi, ci, soort)
        open(os.path.join(CDIR, 'card-%02d.txt' % (i + 1)), 'w', encoding='utf-8', newline='\n').write(text)
        rows.append(('card-%02d.txt' % (i + 1), 'CLEAN', '-'))
    for k, (fi, items) in enumerate(DIRTY):
        n = 46 + k; ci = n
        d = {}; notes = []
        for cat, val, place, entry in items:
            if entry is None:
                if place == 'footnote': entry = ('[FOOTNOTE]', 'Cliëntnummer bij Ipse de Bruggen: %s' % val)
                elif place == 'comment text': entry = ('[COMMENT author=Veilig Thuis Haaglanden]', 'Moeder is te bereiken op %s' % val)
                elif place.startswith('body (Persoonsgegevens)'): entry = ('pg', ['BSN: %s' % val])
            d[entry[0]] = entry[1]
            notes.append('%s "%s" @ %s' % (cat, val, place))
        text = card(fi, ci, k % 4, d)
        for cat, val, place, entry in items: assert val in text, (n, val)
        open(os.path.join(CDIR, 'card-%02d.txt' % n), 'w', encoding='utf-8', newline='\n').write(text)
        rows.append(('card-%02d.txt' % n, 'DIRTY', '; '.join(notes)))
    with open(os.path.join(CDIR, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('file\texpect\tnotes\n')
        for r in rows: fh.write('\t'.join(r) + '\n')
    print('wrote', len(rows), 'cards')

main()
