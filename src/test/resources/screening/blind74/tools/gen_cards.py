#!/usr/bin/env python3
"""Generates ../cards/card-01..60.txt and cards.tsv for blind set 74. Fixed seed; reproducible."""
import os, random
R = random.Random(7403)
HERE = os.path.dirname(os.path.abspath(__file__)); CD = os.path.join(HERE, '..', 'cards')

AUTH = [("Ilse van Gorkum, gezinscoach, Sociaal Wijkteam Leeuwarden", "Hessel Rijpma, Sociaal Wijkteam Leeuwarden", "Leeuwarden"),
 ("Trijntje Schaafsma, gebiedsteammedewerker, gebiedsteam Dokkum", "Gerlof Zandstra, gebiedsteams Noardeast-Fryslân", "Noardeast-Fryslân"),
 ("Ruben Okafor, gezinsvoogd, Jeugdbescherming Noord", "Anouk Brink, Jeugdbescherming Noord", "Leeuwarden"),
 ("Jan Eelke Dijkhuis, leerplichtambtenaar, gemeente Noardeast-Fryslân", "Gerlof Zandstra, gebiedsteams Noardeast-Fryslân", "Noardeast-Fryslân"),
 ("Oksana Melnyk, pleegzorgbegeleider, Jeugdhulp Friesland", "Anouk Brink, Jeugdbescherming Noord", "Leeuwarden"),
 ("Fenna Kloosterman, aandachtsfunctionaris, Veilig Thuis Friesland", "Hessel Rijpma, Veilig Thuis Friesland", "Tytsjerksteradiel"),
 ("Samira El Idrissi, jeugdverpleegkundige, GGD Fryslân", "Hessel Rijpma, Sociaal Wijkteam Leeuwarden", "Leeuwarden"),
 ("Bartele Hoogland, ambulant hulpverlener, Reik", "Gerlof Zandstra, gebiedsteams Noardeast-Fryslân", "Achtkarspelen"),
 ("Mirjam Oostra, woonbegeleider, Kinnik", "Hessel Rijpma, Sociaal Wijkteam Leeuwarden", "Leeuwarden"),
 ("Thom Verbeek, casemanager, gebiedsteam Smallingerland", "Wendy Jansma, gebiedsteam Smallingerland", "Smallingerland")]
GW = ["Ja, orthopedagoog Jeugdhulp Friesland, op {d}", "Ja, Karin Abma (GZ-psycholoog Accare) op {d}", "Nee", "ja, gedragswetenschapper Elker ({d})"]
FAM = [  # (youths, composition, worries, strengths, risks, stemj, stemo, hulp, place-flavour)
 ([2012, 2015], "Vader (1980), moeder (1984), S. (2012), A. (2015). Melkveebedrijf bij Wouterswoude.",
  ["Vader drinkt na het melken; twee keer politie aan huis.", "S. laat blauwe plekken zien op de Dockinga College-gymles."],
  "Oma in Ee is een veilige plek. Vader erkent het drankgebruik.", "Financiële druk op het bedrijf, isolement, alcohol.",
  "S. (14): \"Ik wil dat heit stopt met drinken, niet dat hij weggaat.\"", "Moeder: \"Wy rêde it wol.\" Vader wil hulp op het erf, niet in de stad.",
  "Huisarts Dokkum, ZLTO-bedrijfscoach, gebiedsteam Dokkum.", "boerderij"),
 ([2016, 2010], "Pleegouders (1971, 1974), pleegkinderen L. (2016) en N. (2010). Biologische moeder (1992) met omgang.",
  ["Na omgang is L. ontregeld en slaat hij.", "N. weigert naar school; 40 lesuren verzuim in 6 weken."],
  "Pleegouders zijn betrokken en houden vol. N. heeft een goede band met de pleegbroer.", "Vierde plaatsing van N.; pleegmoeder overbelast.",
  "N. (16): \"Ik wil hier blijven maar niet elke maand naar mam.\"", "Pleegouders: willen meer steun. Moeder wil de kinderen terug.",
  "Pleegzorg Jeugdhulp Friesland, Accare, Jeugdbescherming Noord.", "pleeg"),
 ([2025], "Moeder (2006), baby L. (2025). Vader van de baby (2003) heeft een contactverbod.",
  ["Moeder vergeet voedingen; groeicurve zakt.", "Vader van de baby kwam twee keer 's nachts langs ondanks het contactverbod."],
  "Moeder accepteert begeleiding van Kinnik en komt naar het consultatiebureau.", "Jonge leeftijd, eigen jeugdhulpverleden, geweld van ex-partner.",
  "L. is 1 jaar; observatie: zoekt troost bij de begeleider.", "Moeder: \"Ik wil het goed doen, hij moet gewoon wegblijven.\"",
  "Kinnik begeleid wonen, JGZ GGD Fryslân, Veilig Thuis Friesland.", "jonge moeder"),
 ([2011, 2014, 2019], "Moeder (1987), stiefvader (1983), M. (2011), D. (2014), K. (2019). Wonen in Heechterp.",
  ["Huiselijk geweld tussen moeder en stiefvader; M. grijpt in.", "M. is betrokken geweest bij een steekincident in de wijk."],
  "Oma (uit Curaçao, woont in Leeuwarden) vangt de jongsten op. M. sport bij de boksschool.", "Schulden, criminaliteit in de wijk, taalbarrière oma.",
  "M. (15): \"Ik slaap met mijn telefoon onder het kussen.\" D. (12): \"Ik wil gewoon rust.\"", "Moeder: wil hulp, stiefvader ontkent.",
  "Sociaal Wijkteam Leeuwarden, Politie basisteam Leeuwarden, Elkien.", "heechterp"),
 ([2013, 2017], "Vader (1979), moeder (1985), R. (2013), H. (2017). Status sinds 2022, uit Syrië.",
  ["Vader slaat R. met een riem bij ongehoorzaamheid.", "Moeder heeft herbelevingen en blijft in bed."],
  "Het gezin gaat naar de moskee, imam is vertrouwenspersoon. R. is goed op school.", "Oorlogstrauma, isolement, taal.",
  "R. (13) met tolk: \"Baba is bang dat wij vergeten waar we vandaan komen.\"", "Vader: \"In Syrië deden we het zo.\" Moeder wil praten bij GGZ.",
  "GGZ Friesland (Centrum '45-lijn), Vluchtelingenwerk, Sociaal Wijkteam Leeuwarden.", "syrie"),
 ([2012, 2020], "Moeder (1990), Y. (2012), E. (2020). Uit Eritrea; vader in Ethiopië.",
  ["Y. zorgt 's nachts voor E.; moeder werkt nachtdienst.", "Schoolverzuim van Y.: 52 lesuren in het eerste kwartaal."],
  "Kerkgemeenschap in Leeuwarden helpt met oppas.", "Mantelzorgbelasting Y., onbekendheid met regels leerplicht.",
  "Y. (14): \"Als ik niet oppas, wie dan?\"", "Moeder: \"Ik moet werken, anders geen eten.\"",
  "Leerplicht gemeente Leeuwarden, Piter Jelles, Vluchtelingenwerk.", "eritrea"),
 ([2014, 2016], "Vader (1988), J. (2014), D. (2016). Wonen in een chalet op een vakantiepark bij Paesens.",
  ["Kinderen 's avonds alleen; vader werkt in de horeca in Leeuwarden.", "Geen vaste inschrijving; kinderen wisselen steeds van school."],
  "Parkbeheerder houdt een oogje in het zeil. Vader wil een woning.", "Dakloosheid-risico, verslaving vader in het verleden.",
  "J. (12): \"Op het park is het leuk, maar 's nachts hoor ik dingen.\"", "Vader: \"Ik wacht al twee jaar op een huis.\"",
  "Gebiedsteam Noardeast-Fryslân, Thús Wonen, Lauwers College.", "park"),
 ([2009], "Moeder (1975), T. (2009). Vader overleden in 2021. Wonen in Huizum.",
  ["T. verzuimt veel; 124 lesuren. Luxe verzuim rond vakanties.", "Moeder heeft een depressie; T. gebruikt cannabis."],
  "T. heeft een bijbaan bij de supermarkt. Moeder is openhartig.", "Rouw, middelengebruik, schooluitval.",
  "T. (17): \"School boeit niet, ik wil werken.\"", "Moeder: \"Ik krijg hem niet meer uit bed.\"",
  "Friesland College (entree), VNN, GGZ Friesland.", "leerplicht"),
]
NEUT = ["Het gezin is eerder bekend geweest bij Veilig Thuis Friesland (2023).", "Er is een netwerkberaad geweest in De Skalm in Hurdegaryp.",
 "Wirdum, Goutum en Jirnsum: oma verhuisde vaak.", "Tjongerschans heeft de echo gedaan; Nij Smellinghe de opname.",
 "Ambulante hulp van Reik is in week 44 gestart.", "Piter Jelles en Sint Bonifatius hebben contact.", "Melding van de Kindertelefoon (0800-0432) doorgestuurd.",
 "Afspraak: bij acuut gevaar 112, anders Veilig Thuis 0800-2000.", "Zorgboerderij in Sibrandabuorren biedt dagbesteding.", "Huurachterstand gemeld door Woonfriesland (€ 1.850)."]
MAIL = {'pleeg': "Beste VHT, hierbij de kaart met de chronologie van de plaatsingen (zie Patroon): 2019 crisisplaatsing, 2020 perspectiefbiedend pleeggezin in Grou, 2023 breakdown, 2024 Stiens, sinds juni 2025 huidig pleeggezin. Hartelijke groet, Pleegzorg Jeugdhulp Friesland",
 'leerplicht': "Geacht VHT, namens het team leerplicht stuur ik de kaart. Proces-verbaal is opgemaakt wegens luxe verzuim (art. 11 Leerplichtwet). Met vriendelijke groet, leerplichtambtenaar"}
PAT = {'pleeg': ["Chronologie plaatsingen:", "2019 - crisisplaatsing (6 weken)", "2020 - pleeggezin in Grou, 2023 breakdown", "2024 - pleeggezin in Stiens", "juni 2025 - huidige plaatsing in Leeuwarden (Huizum)"],
 'leerplicht': ["Verzuimregistratie: schooljaar 2024/25 62 lesuren, 2025/26 tot nu 124 lesuren.", "Luxe verzuim: 5 dagen voor de herfstvakantie (wk 42).", "Proces-verbaal opgemaakt op 30-09-2026; halt-afdoening aangeboden."],
 'heechterp': ["Journaal:", "03-11 10:15 huisbezoek, moeder huilt, stiefvader niet thuis (AdV)", "05-11 16:40 wijkagent belt: ruzie gemeld door buren (mw. K.)", "09-11 09:00 overleg school, M. afwezig (AdV)"],
 'jonge moeder': ["Journaal begeleiding:", "ma 02-11 (JvdB) voeding gemist, 's middags ingehaald", "wo 04-11 (mw. K.) ex-partner 's nachts aan de deur, politie gebeld", "vr 6-11 (JvdB) consultatiebureau: gewicht p3"]}
STYLE = ['plain', 'num', 'caps', 'lower']
LBL = ['Datum inbreng', 'Soort inbreng', 'Jeugdige (voorletter en geboortejaar)', 'Inbrenger', 'Vaste deelnemer', 'Gemeente',
       'Gedragsdeskundige geraadpleegd', 'Wie is wanneer geïnformeerd', 'Instemming', 'Vraag aan het VHT', 'Gezinssamenstelling',
       'Wat is er nu onveilig', 'Patroon', 'Krachten', 'Risicofactoren', 'Stem van de jeugdige', 'Stem van ouders', 'Visie inbrenger',
       'Veiligheidsscore', 'Betrokken hulpverlening', 'Persoonsgegevens']
def lab(style, i, l):
    if style == 'num': return '%d. %s:' % (i, l)
    if style == 'caps': return l.upper() + ':'
    if style == 'lower': return l.lower()
    return l + ':'

DIRTY = [  # card 46..60: two items each (cat, value, place, where, line)
 [("NAME", "Sjoerdtsje Wâlsma", "body (Zorgen)", "zorgen", "Moeder Sjoerdtsje Wâlsma is op 2-11 door vader geslagen."), ("PHONE", "06-53118042", "footer", "footer", "Terugbellen pleegzorg: 06-53118042")],
 [("NAME", "Gerben", "comment author", "cauthor", "De opmerking klopt niet."), ("POSTCODE", "9104 HN", "header", "header", "VHK gezin 9104 HN Dokkum - vertrouwelijk")],
 [("BSN", "BSNX", "footnote", "footnote", "BSN jeugdige: BSNX"), ("NAME", "Gerlof-Jan Bosma", "table row (Gezinssamenstelling)", "gezin", "| stiefvader | Gerlof-Jan Bosma | geen gezag |")],
 [("EMAIL", "jildou.sikkema@gmail.com", "mail body", "mailbody", "Reactie moeder graag ook naar jildou.sikkema@gmail.com sturen. Gr, pleegzorg"), ("BIRTHDATE", "23-06-2012", "cover value (Jeugdige)", "jeugdige", "R. (23-06-2012)")],
 [("NAME", "Rienk", "mail subject", "mailsubj", "VHK Rienk vervolg - graag voor dinsdag"), ("ADDRESS", "Camminghastraat 61", "body (Risicofactoren)", "risico", "Woning aan de Camminghastraat 61 is te klein en vochtig.")],
 [("NAME", "Jantsje", "alt text", "alt", "Tekening van Jantsje: huis met zwarte wolk"), ("IBAN", "IBANX", "tracked deletion", "tracked", "Voorschot naar IBANX")],
 [("NAME", "Meekes", "property (title)", "ptitle", "VHK fam Meekes Kollum"), ("ID_NUMBER", "VTF-2026-55871", "body (Betrokken hulpverlening)", "hulp", "Veilig Thuis Friesland, dossier VTF-2026-55871.")],
 [("NAME", "Abeba", "body (Stem van ouders)", "stemo", "Tante Abeba zegt dat moeder het niet redt."), ("URL", "facebook.com/abeba.tesfay.12", "comment text", "ctext", "Zie foto's op facebook.com/abeba.tesfay.12")],
 [("NAME", "Dijkhuizen-Stoker", "property (company)", "pcompany", "Dijkhuizen-Stoker"), ("PHONE", "0511-482296", "body (Krachten)", "krachten", "Buurvrouw is bereikbaar op 0511-482296 en wil helpen.")],
 [("FILE", None, None, None, None)],
 [("NAME", "Hilbrand", "body (Visie inbrenger)", "visie", "Ik denk dat Hilbrand (broer) de sleutel is in dit gezin."), ("POSTCODE", "9251 JR", "footnote", "footnote", "Gezin verhuist naar 9251 JR Burgum.")],
 [("NAME", "Tamara Wouda", "footer", "footer", "Opgesteld i.o.m. moeder Tamara Wouda"), ("BSN", "BSNY", "body (Gezinssamenstelling)", "gezin", "BSN moeder BSNY")],
 [("NAME", "Eelkje", "tracked deletion", "tracked", "Moeder Eelkje wil niet dat oma het weet."), ("EMAIL", "pake.rinse@kpnmail.nl", "body (Wie is wanneer geïnformeerd)", "geinf", "Opa geïnformeerd via pake.rinse@kpnmail.nl op 10-11-2026.")],
 [("NAME", "Semere", "header", "header", "Overdracht gezin Semere - Jeugdbescherming Noord"), ("ID_NUMBER", "LL-440217", "mail body", "mailbody", "Leerlingnummer van de oudste: LL-440217.")],
 [("NAME", "Foppe", "body (Stem van de jeugdige)", "stemj", "Foppe (broer, 17): \"Ik pas wel op haar.\""), ("ADDRESS", "Oostergoostraat 14", "comment text", "ctext", "Oma woont op Oostergoostraat 14, dat is dichtbij.")],
]
DIRTY[9] = [("NAME", "Wiebe_Hoekstra", "file name", "file", None), ("BIRTHDATE", "17 jan 2013", "body (Gezinssamenstelling)", "gezin", "Jongste zoon geb. 17 jan 2013, gaat naar Lauwers College.")]

def bsn():
    while True:
        d = [R.randint(0, 9) for _ in range(8)]
        if d[0] == 0: continue
        s = sum(w * x for w, x in zip(range(9, 1, -1), d)) % 11
        if s < 10: return ''.join(map(str, d + [s]))
def iban():
    bban = 'RABO' + ''.join(str(R.randint(0, 9)) for _ in range(10))
    num = ''.join(str(int(c, 36)) for c in bban + 'NL00')
    return 'NL%02d%s' % (98 - int(num) % 97, bban)

def fix(v):
    return v
SUBS = {'BSNX': None, 'BSNY': None, 'IBANX': None}
b1 = bsn(); b2 = bsn(); ib = iban()
b1 = b1[:4] + '.' + b1[4:6] + '.' + b1[6:]
SUBS = {'BSNX': b1, 'BSNY': b2, 'IBANX': ib}
def sub(s):
    if s is None: return s
    for k, v in SUBS.items(): s = s.replace(k, v)
    return s

tsv = ['file\texpect\tnotes']
for n in range(1, 61):
    a = AUTH[(n * 7) % len(AUTH)]; f = FAM[(n * 3) % len(FAM)]; st = STYLE[n % 4]
    day = R.randint(2, 27); mon = R.choice([9, 10, 11]); d = '%02d-%02d-2026' % (day, mon)
    dd = '%02d-%02d-2026' % (max(1, day - 1), mon)
    soort = ['Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Overdracht'][n % 4]
    if soort != 'Eerste inbreng': soort += ' (eerder VHT-2026-%04d)' % (R.randint(10, 180))
    import re
    yl = ['%s. (%s)' % m for m in re.findall(r'\b([A-Z])\. \((\d{4})\)', f[1])]
    youths = ', '.join(yl) if n % 5 else ' en '.join(yl)
    instem = "Ja, ouders en jeugdige stemmen in." if n % 6 else "Nee. Vader weigert. Reden: wantrouwen naar hulpverlening. Inbrenger brengt toch in omdat de veiligheid van de kinderen acuut onder druk staat."
    items = DIRTY[n - 46] if n >= 46 else []
    where = {it[3]: sub(it[4]) for it in items}
    zorgen = list(f[2]) + [R.choice(NEUT)]
    vals = {
     'Datum inbreng': [d], 'Soort inbreng': [soort], 'Jeugdige (voorletter en geboortejaar)': [where.get('jeugdige', youths)],
     'Inbrenger': [a[0]], 'Vaste deelnemer': [a[1]], 'Gemeente': [a[2]], 'Gedragsdeskundige geraadpleegd': [R.choice(GW).format(d=dd)],
     'Wie is wanneer geïnformeerd': ["Ouders gesproken op %s (huisbezoek)." % dd, ("Jeugdige gesproken op school." if 2026 - min(f[0]) >= 4 else "Baby gezien tijdens het huisbezoek.")],
     'Instemming': [instem], 'Vraag aan het VHT': [R.choice(["Is vrijwillige hulp nog voldoende of is een raadsonderzoek nodig?", "Advies over de veiligheid bij terugplaatsing.", "Welke afspraken zijn nodig voor het borgen van de veiligheid?", "Graach advys: is in OTS nedich?"])],
     'Gezinssamenstelling': [f[1]], 'Wat is er nu onveilig': ['- ' + z for z in zorgen], 'Patroon': PAT.get(f[8], ["Sinds 2021 wisselende zorgen, drie eerdere meldingen."]),
     'Krachten': [f[3]], 'Risicofactoren': [f[4]], 'Stem van de jeugdige': [f[5]], 'Stem van ouders': [f[6]],
     'Visie inbrenger': [R.choice(["De onveiligheid is structureel; zonder kader gaat het mis.", "Er is beweging, maar de afspraken worden nog niet nageleefd.", "Ik maak me grote zorgen over de jongste."])],
     'Veiligheidsscore': ["Inbrenger: %d. Ouders: %d." % (R.randint(2, 5), R.randint(5, 8))], 'Betrokken hulpverlening': [f[7]],
     'Persoonsgegevens': [R.choice(['n.v.t.', '-', 'niet invullen bij inbreng'])],
    }
    keymap = {'zorgen': 'Wat is er nu onveilig', 'risico': 'Risicofactoren', 'hulp': 'Betrokken hulpverlening', 'stemo': 'Stem van ouders',
              'krachten': 'Krachten', 'visie': 'Visie inbrenger', 'geinf': 'Wie is wanneer geïnformeerd', 'stemj': 'Stem van de jeugdige'}
    for k, lb in keymap.items():
        if k in where: vals[lb].append(where[k])
    if 'gezin' in where: vals['Gezinssamenstelling'].append(where['gezin'])
    fn = 'VHK_%s_%s.docx' % (a[2].replace(' ', ''), d.replace('-', ''))
    if 'file' in where or any(it[3] == 'file' for it in items): fn = 'VHK_Wiebe_Hoekstra_%s.docx' % d.replace('-', '')
    out = []
    if n % 3 == 0 or items and any(it[3] in ('mailsubj', 'mailbody') for it in items):
        out += ['[MAIL-SUBJECT]', where.get('mailsubj', 'Inbreng VHK %s' % d), '', '[MAIL-BODY]',
                where.get('mailbody', MAIL[f[8]] if f[8] in MAIL else 'Beste voorzitter, hierbij de kaart ter inbreng. Met groet, %s' % a[0].split(', ')[-1]), '']
    out += ['[FILENAME]', fn, '', '[HEADER]', where.get('header', 'VEILIGHEIDSKAART - VERTROUWELIJK - %s' % a[2]), '']
    if 'ptitle' in where: out += ['[PROPERTY title]', where['ptitle'], '']
    elif n % 4 == 1: out += ['[PROPERTY title]', 'Veiligheidskaart %s' % a[2], '']
    if 'pcompany' in where: out += ['[PROPERTY company]', where['pcompany'], '']
    elif n % 4 == 2: out += ['[PROPERTY company]', a[0].split(', ')[-1], '']
    for i, l in enumerate(LBL, 1):
        if l == 'Patroon' and n % 2 and f[8] not in PAT: continue
        if l == 'Stem van de jeugdige' and 2026 - min(f[0]) < 12 and n % 3 == 0 and 'stemj' not in where: continue
        if l == 'Betrokken hulpverlening' and n % 7 == 0: continue
        out.append(lab(st, i, l)); out += vals[l]
        if l == 'Veiligheidsscore' and (n % 5 == 2 or 'tracked' in where):
            out += ['', '[TRACKED-DELETION]', where.get('tracked', 'Inbrenger: 4.')]
        if l == 'Stem van de jeugdige' and (n % 4 == 3 or 'alt' in where):
            out += ['', '[ALT]', where.get('alt', 'Tekening van de jeugdige: drie huizen')]
        if l == 'Krachten' and (n % 3 == 1 or 'ctext' in where or 'cauthor' in where):
            out += ['', '[COMMENT author=%s]' % ('Gerben' if 'cauthor' in where else 'Voorzitter VHT'),
                    where.get('ctext', where.get('cauthor', 'Graag concreter: wat zien de kinderen?'))]
        if l == 'Risicofactoren' and (n % 5 == 0 or 'footnote' in where):
            out += ['', '[FOOTNOTE]', where.get('footnote', 'Verzuimregistratie leerplicht, peildatum 01-11-2026.')]
        out.append('')
    out += ['[FOOTER]', where.get('footer', 'Pagina 1 van 2 - %s' % a[0].split(', ')[-1])]
    text = '\n'.join(out) + '\n'
    open(os.path.join(CD, 'card-%02d.txt' % n), 'w', encoding='utf-8', newline='\n').write(text)
    if items:
        notes = '; '.join('%s "%s" @ %s' % (c, sub(v), p) for c, v, p, _, _ in items)
        tsv.append('card-%02d.txt\tDIRTY\t%s' % (n, notes))
    else:
        tsv.append('card-%02d.txt\tCLEAN\t-' % n)
open(os.path.join(CD, 'cards.tsv'), 'w', encoding='utf-8', newline='\n').write('\n'.join(tsv) + '\n')
