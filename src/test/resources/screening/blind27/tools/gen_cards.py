#!/usr/bin/env python3
"""Generates ../cards/card-01..60.txt and cards.tsv (seed 2727)."""
import os, random, re
from common import bsn, iban, grp
rng = random.Random(2727)
HERE = os.path.dirname(os.path.abspath(__file__))
CD = os.path.join(HERE, '..', 'cards')
TOWNS = [('Alkmaar','Alkmaar'),('Den Helder','Den Helder'),('Hoorn','Hoorn'),('Enkhuizen','Enkhuizen'),('Purmerend','Purmerend'),
         ('Heerhugowaard','Dijk en Waard'),('Schagen','Schagen'),('Den Burg','Texel'),('Haarlem','Haarlem'),('IJmuiden','Velsen'),
         ('Beverwijk','Beverwijk'),('Zandvoort','Zandvoort'),('Egmond aan Zee','Bergen (NH)'),('Bergen','Bergen (NH)'),
         ('Julianadorp','Den Helder'),('Wervershoof','Medemblik')]
ORIG = {'Turks': ('Turks', 'de moskee', 'oma in Konya'), 'Pools': ('Pools', 'de Poolse kerk', 'oma in Wrocław'),
        'Litouws': ('Litouws', 'de Litouwse zaterdagschool', 'familie in Kaunas'), 'Afghaans': ('Dari', 'de moskee', 'oom in Kabul'),
        'Iraaks-Koerdisch': ('Sorani', 'het Koerdisch cultureel centrum', 'familie in Erbil'),
        'Portugees': ('Portugees', 'de katholieke parochie', 'avó in Braga'), 'Nederlands': ('Nederlands', 'de hervormde kerk', 'opa en oma in het dorp')}
ORGS = ['Kenter Jeugdhulp', 'Parlan', 'Levvel', 'Veilig Thuis Noord-Holland Noord', 'Sociaal Wijkteam', 'Jeugdbescherming Regio Amsterdam', 'CJG']
PROFS = ['Anke Duinmeijer', 'Rob Kaandorp', 'Selin Aktaş', 'Marta Kowal', 'Jeroen Dekker', 'Nienke Zuurbier', 'Okan Yıldırım',
         'Renske Boon', 'Hamid Sultani', 'Lieke Schermer', 'Paulo Mendes', 'Ineke Stam', 'Bas Rijper', 'Dounia Amrani', 'Gert Min']
FUNCS = ['jeugd- en gezinscoach', 'ambulant hulpverlener', 'casemanager', 'gezinsvoogd', 'procesregisseur', 'jeugdverpleegkundige']
HOSP = ['Noordwest Ziekenhuisgroep', 'Dijklander Ziekenhuis', 'Spaarne Gasthuis', 'Rode Kruis Ziekenhuis']
ZORG = [
 '- Vader is bij ruzies fysiek geweld gaan gebruiken; J. heeft het gezien.\n- Politie kwam op {ev1} na een melding van buren.',
 '- Moeder drinkt veel en is ’s avonds niet aanspreekbaar.\n- De jongste komt zonder ontbijt op school; school meldde dit op {ev1}.',
 '- J. wordt door een oudere groep ingezet om pakketjes rond te brengen.\n- Op {ev1} is J. aangehouden bij het station.',
 '- Ouders zitten in een vechtscheiding; de kinderen worden ingezet als boodschapper.\n- Incident bij de overdracht op {ev1}.',
 '- Moeder heeft een depressie en komt niet uit bed.\n- De baby is op {ev1} met ondergewicht gezien door de JGZ.',
 '- Vader dreigt de kinderen mee te nemen naar het buitenland.\n- Op {ev1} heeft moeder aangifte gedaan van bedreiging.',
]
def date(m, d): return '%02d-%02d-2026' % (d, m)
def card(i, dirty_items):
    town, gem = rng.choice(TOWNS); orig = rng.choice(list(ORIG)); lang, faith, fam = ORIG[orig]
    m = rng.randint(9, 11); day = rng.randint(1, 28)
    datum = date(m, day); ev1 = date(m - 1, rng.randint(1, 28)); ev2 = date(m, max(1, day - rng.randint(1, 9)))
    ini = rng.choice('ABDEJKLMNOSTZ'); by = rng.randint(2008, 2022); age = 2026 - by
    sib = rng.choice([None, ('broertje', rng.randint(by, 2024)), ('zusje', rng.randint(by, 2024))])
    inb = rng.choice(PROFS); vd = rng.choice([p for p in PROFS if p != inb]); org = rng.choice(ORGS)
    table = rng.random() < 0.35; caps = rng.random() < 0.1
    L = []
    def sec(label, text):
        L.append(label + ':'); L.append(text); L.append('')
    L.append('[PROPERTY title]'); L.append('Veiligheidskaart %s. (%d) - %s' % (ini, by, gem)); L.append('')
    if rng.random() < 0.5: L += ['[HEADER]', 'VERTROUWELIJK - VHT %s' % gem.upper(), '']
    if rng.random() < 0.4: L += ['[MAIL-SUBJECT]', 'Kaart voor VHT %s, inbreng %s' % (gem, datum), '']
    if rng.random() < 0.3: L += ['[MAIL-BODY]', 'Hoi allen,\n\nIn de bijlage de kaart voor de bespreking. Instemming is er.\n\nGroet,\nInbrenger ' + org, '']
    L = [x for x in L if x is not None]
    sec('Datum inbreng' if rng.random() < .5 else 'Datum', datum)
    sec(rng.choice(['Soort inbreng', 'Type inbreng']), rng.choice(['Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Overdracht']))
    jt = '%s. (%d)' % (ini, by) + ('\n%s %s. (%d)' % (sib[0], rng.choice('BCFHIRW'), sib[1]) if sib else '')
    sec(rng.choice(['Jeugdige', 'Jeugdige(n)', 'Jeugdige (voorletter en geboortejaar)']), jt)
    sec('Inbrenger', '%s, %s, %s' % (inb, rng.choice(FUNCS), org))
    sec('Vaste deelnemer', '%s, %s' % (vd, rng.choice(ORGS)))
    if rng.random() < .5: sec('Gedragsdeskundige geraadpleegd', 'Ja, gedragswetenschapper van %s' % rng.choice(['Kenter Jeugdhulp', 'Levvel', 'Parlan']))
    sec(rng.choice(['Verantwoordelijke gemeente', 'Gemeente']), gem)
    sec(rng.choice(['Wie is wanneer geïnformeerd', 'Geïnformeerd en gesproken']),
        '- moeder: gesproken op %s, huisbezoek in %s (tolk %s via telefoon)\n- vader: telefonisch op %s\n- %s.: gesproken op school' % (ev2, town, lang, ev2, ini))
    sec(rng.choice(['Instemming', 'Instemming betrokkenen']), rng.choice(['Ja, beide ouders.', 'Ja (moeder), vader is geïnformeerd.',
        'Nee. Vader weigert; inbrenger vindt bespreking nodig omdat de veiligheid van de kinderen niet geborgd is.']))
    sec(rng.choice(['Vraag aan het VHT', 'Hulpvraag aan het VHT', 'Vraag aan het VeiligheidsTeam']),
        rng.choice(['Is er voldoende zicht op veiligheid, of is een verzoek tot onderzoek bij de Raad nodig?',
                    'Welke hulp is nodig om het veiligheidsplan te laten werken?', 'Graag advies over opschalen naar JBRA.']))
    sec('Gezinssamenstelling', 'Moeder (%d), vader (%d), %s. (%d)%s. Gezin is %s en woont in %s; %s.' % (
        rng.randint(1978, 1998), rng.randint(1970, 1996), ini, by, (', %s (%d)' % (sib[0], sib[1])) if sib else '', orig, town, fam))
    sec(rng.choice(['Wat is er nu onveilig', 'Zorgen', 'Onveiligheid']), rng.choice(ZORG).format(ev1=ev1))
    if rng.random() < .5: L += ['[COMMENT author=Gedragswetenschapper %s]' % rng.choice(['Kenter', 'Levvel', 'VT NHN']), 'Wat zag school precies? Graag concreet.', '']
    if rng.random() < .6: sec(rng.choice(['Patroon', 'Patroon uit het verleden']), 'Eerdere melding bij Veilig Thuis in %d, afgesloten.' % rng.randint(2019, 2025))
    sec(rng.choice(['Krachten', 'Krachten en beschermende factoren']), 'Moeder zoekt zelf hulp. Het gezin is actief bij %s. %s. %s. sport bij een club in %s.' % (faith, fam[0].upper() + fam[1:], ini, town))
    sec('Risicofactoren', rng.choice(['Schulden, krappe woning, taalbarrière.', 'Alcohol, werkloosheid vader, isolement.', 'Verblijfsstatus onzeker, trauma, geen netwerk.']))
    if age >= 12 or rng.random() < .4:
        sec(rng.choice(['Stem van de jeugdige', 'Wat zegt de jeugdige']), '%s. (%d jaar): "Ik wil gewoon dat het rustig is thuis."' % (ini, age))
    sec(rng.choice(['Stem van ouders', 'Stem van ouders en verzorgers']), 'Moeder: "We redden het wel." Vader: "Het wordt overdreven."')
    sec(rng.choice(['Visie inbrenger', 'Visie van de inbrenger']), 'De zorgen nemen toe; vrijwillige hulp komt niet op gang.')
    if rng.random() < .3: L += ['[TRACKED-DELETION]', 'Score inbrenger eerder: %d.' % rng.randint(2, 6), '']
    sec(rng.choice(['Veiligheidsscore', 'Score']), 'Inbrenger %d, moeder %d, %s. %d.' % (rng.randint(2, 6), rng.randint(4, 8), ini, rng.randint(2, 7)))
    if table:
        sec('Betrokken hulpverlening', '| organisatie | rol |\n| %s | %s |\n| %s | medisch |\n| %s | behandeling |' % (org, rng.choice(FUNCS), rng.choice(HOSP), rng.choice(['GGZ Noord-Holland-Noord', 'Brijder', 'Vluchtelingenwerk', 'Leger des Heils'])))
    else:
        sec('Betrokken hulpverlening', '%s, %s, huisarts, %s.' % (org, rng.choice(HOSP), rng.choice(['GGZ Noord-Holland-Noord', 'Brijder', 'Vluchtelingenwerk', 'Leger des Heils'])))
    if rng.random() < .4: L += ['[FOOTNOTE]', 'Bron: zorgmelding politie basisteam %s.' % town, '']
    sec('Persoonsgegevens', rng.choice(['n.v.t.', '-', 'niet invullen bij inbreng']))
    L += ['[FOOTER]', 'VHT %s - pagina 1' % gem, '']
    L += ['[FILENAME]', 'VHK_%s_%s.docx' % (gem.replace(' ', ''), datum), '']
    text = '\n'.join(L)
    if caps: text = text.replace('Moeder: "We redden het wel."', 'MOEDER: "WE REDDEN HET WEL."')
    notes = []
    for cat, val, place in dirty_items:
        if place.startswith('body ('):
            s = place[6:-1]; key = re.search('\n(' + s + '[^\n]*:\n)', text).group(1)
            line = {'NAME': 'Oom %s komt elke avond langs.', 'BIRTHDATE': 'J. is geboren op %s.', 'BSN': 'BSN J.: %s', 'ADDRESS': 'Adres oma: %s.',
                    'POSTCODE': 'Postcode moeder: %s', 'PHONE': 'Tel. vader: %s', 'EMAIL': 'Mail moeder: %s', 'URL': 'Profiel J.: %s',
                    'ID_NUMBER': 'Dossiernummer: %s', 'IBAN': 'Rekening moeder: %s'}[cat] % val
            assert key in text, (key, i)
            text = text.replace(key, key + line + '\n', 1)
        elif place.startswith('table row ('):
            s = place[11:-1]; key = re.search('\n(' + s + '[^\n]*:\n)', text).group(1)
            text = text.replace(key, key + '| %s | %s |\n' % (cat.lower(), val), 1)
        else:
            tag = {'header': '[HEADER]', 'footer': '[FOOTER]', 'comment text': '[COMMENT author=Inbrenger]', 'alt text': '[ALT]',
                   'property (title)': '[PROPERTY title]', 'property (company)': '[PROPERTY company]', 'tracked deletion': '[TRACKED-DELETION]',
                   'footnote': '[FOOTNOTE]', 'mail subject': '[MAIL-SUBJECT]', 'mail body': '[MAIL-BODY]', 'file name': '[FILENAME]'}.get(place)
            if place == 'comment author':
                text = text.rstrip('\n') + '\n\n[COMMENT author=%s]\nScore nog even nakijken.\n' % val
            else:
                text = text.rstrip('\n') + '\n\n%s\n%s\n' % (tag, {'mail body': 'Hoi, zie bijlage. Groet, %s', 'file name': 'VHK_%s.docx',
                       'alt text': 'Foto van %s bij de voordeur', 'comment text': 'Wie is %s precies?'}.get(place, '%s') % val)
        notes.append('%s "%s" @ %s' % (cat, val, place))
    return text.rstrip('\n') + '\n', notes

r2 = random.Random(99)
DIRTY = [
 [('NAME', 'Tuncay Akgül', 'body (Krachten)'), ('PHONE', '06-48193027', 'mail body')],
 [('NAME', 'Dorota', 'comment author'), ('POSTCODE', '1782 KV', 'body (Gezinssamenstelling)')],
 [('BSN', bsn(r2), 'table row (Risicofactoren)'), ('NAME', 'Mindaugas', 'header')],
 [('EMAIL', 'karwan.h@gmail.com', 'mail body'), ('NAME', 'Shirin Mahmoud', 'file name')],
 [('NAME', 'Paulina Grabowska', 'property (title)'), ('BIRTHDATE', '11-06-2014', 'body (Gezinssamenstelling)')],
 [('URL', 'https://www.instagram.com/mariana.sousa.hn', 'footnote'), ('NAME', 'Mariana', 'alt text')],
 [('ADDRESS', 'Texelstroomlaan 9', 'body (Krachten)'), ('NAME', 'Gulalai', 'tracked deletion')],
 [('IBAN', grp(iban(r2)), 'table row (Risicofactoren)'), ('NAME', 'Aukje Pronk', 'mail subject')],
 [('NAME', 'Erkan', 'comment text'), ('ID_NUMBER', 'KJ-771046', 'footer')],
 [('PHONE', '0229 251877', 'header'), ('NAME', 'Vaidas Jankauskas', 'body (Risicofactoren)')],
 [('NAME', 'Baran Şimşek', 'property (company)'), ('BIRTHDATE', '3 juli 2012', 'footnote')],
 [('POSTCODE', '2041 ZB', 'mail body'), ('EMAIL', 'ruiz.pedro1982@sapo.pt', 'body (Risicofactoren)')],
 [('NAME', 'Zakia', 'body (Krachten)'), ('BSN', bsn(r2)[:3] + ' ' + bsn(r2)[3:6], 'tracked deletion')],
 [('URL', 'facebook.com/hawre.kurdistan.9', 'body (Risicofactoren)'), ('ADDRESS', 'Grote Houtstraat 140', 'footer')],
 [('ID_NUMBER', 'VT-2026-55817', 'file name'), ('BIRTHDATE', '2010-12-24', 'table row (Krachten)')],
]
# fix the broken BSN entry (must be a full 11-check number)
DIRTY[12][1] = ('BSN', bsn(r2), 'tracked deletion')
n = Counter = __import__('collections').Counter
rows = []
for i in range(1, 61):
    items = DIRTY[i - 46] if i > 45 else []
    text, notes = card(i, items)
    with open(os.path.join(CD, 'card-%02d.txt' % i), 'w', encoding='utf-8', newline='\n') as fh: fh.write(text)
    rows.append('card-%02d.txt\t%s\t%s' % (i, 'DIRTY' if items else 'CLEAN', '; '.join(notes) if notes else '-'))
with open(os.path.join(CD, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('file\texpect\tnotes\n' + '\n'.join(rows) + '\n')
