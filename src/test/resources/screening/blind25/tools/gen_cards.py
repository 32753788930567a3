#!/usr/bin/env python3
"""Generate cards/card-01..60.txt and cards/cards.tsv for blind set 25. Fixed seed."""
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import bsn, iban, grp, nonelf
rng = random.Random(252525)
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'cards')
GEM = [('Den Haag', 'Centrum Jeugd en Gezin Den Haag', 'Schilderswijk'), ('Den Haag', 'Wijkteam Escamp', 'Moerwijk'), ('Den Haag', 'Wijkteam Laak', 'Laak'),
       ('Den Haag', 'Wijkteam Scheveningen', 'Duindorp'), ('Zoetermeer', 'Jeugdteam Zoetermeer', 'Meerzicht'), ('Delft', 'Jeugdteam Delft', 'Tanthof'),
       ('Leiden', 'Jeugd- en gezinsteam Leiden', 'de Stevenshof'), ('Rijswijk', 'Jeugdteam Rijswijk', 'Te Werve'), ('Wassenaar', 'Centrum Jeugd en Gezin Wassenaar', 'Kerkehout'),
       ('Maastricht', 'Toegang Maastricht', 'Malberg'), ('Heerlen', 'Toegang Heerlen', 'Heerlerheide'), ('Kerkrade', 'Toegang Kerkrade', 'Chevremont'),
       ('Sittard-Geleen', 'Sociaal Team Sittard-Geleen', 'Limbricht'), ('Brunssum', 'Sociaal Team Brunssum', 'Rumpen'), ('Simpelveld', 'Toegang Simpelveld', 'Bocholtz'),
       ('Vaals', 'Toegang Vaals', 'Lemiers'), ('Eijsden-Margraten', 'Toegang Eijsden-Margraten', 'Mariadorp')]
PROFS = ['Marieke Wolters', 'Karim Bennani', 'Esther Lemmens', 'Joyce Akkermans', 'Nadia Sardjoe', 'Roel Notermans', 'Lieke Gulpers',
         'Tim Vroegop', 'Samira Oulad', 'Hanneke Boekhorst', 'Gert-Jan Smeets', 'Priya Kalloe', 'Ward Habets', 'Ilona Craenmehr']
FUNC = ['jeugdconsulent', 'gezinscoach', 'wijkteammedewerker', 'jeugdprofessional', 'casusregisseur', 'ambulant hulpverlener']
INST = ['Parnassia', 'Youz', 'Haaglanden MC', 'HagaZiekenhuis', 'Jeugdbescherming West', 'Maastricht UMC+', 'Zuyderland', 'Mondriaan', 'Koraal', 'Xonar',
        'Veilig Thuis Haaglanden', 'Veilig Thuis Zuid-Limburg', 'het Juliana Kinderziekenhuis', 'het Sophia Kinderziekenhuis']
ORIG = ['Somalische', 'Afghaanse', 'Syrische', 'Hindoestaans-Surinaamse', 'Antilliaanse', 'Limburgse', 'Duits-Nederlandse', 'Belgisch-Nederlandse']
ZORG = ['Vader slaat moeder als hij drinkt; de kinderen zijn erbij.', 'Moeder is depressief en komt niet uit bed; de oudste zorgt voor de jongsten.',
        'Er wordt met de riem geslagen als straf.', 'De jongste is met een spiraalfractuur binnengekomen op de SEH.', 'Oudste zoon wordt geronseld voor drugsrunnen.',
        'Er is eergerelateerde dreiging richting de oudste dochter.', 'Vader dreigt de kinderen mee te nemen naar het buitenland.',
        'Huiselijk geweld tussen ouders, politie is drie keer geweest.', 'Verwaarlozing: geen eten in huis, kinderen vuil op school.',
        'Moeder gebruikt cocaïne en laat de kinderen alleen.', 'De oudste heeft zichzelf gesneden en praat over dood willen.',
        'Escalerende vechtscheiding; kinderen worden gebruikt als boodschapper.']
KR = ['Moeder zoekt zelf hulp en houdt afspraken na.', 'Oma is een veilige plek voor de kinderen.', 'De kinderen gaan graag naar school.',
      'Vader erkent zijn agressie en wil naar Mondriaan.', 'Sterk netwerk in de moskee.', 'De oudste heeft een goede band met de mentor.']
RI = ['Schulden, krappe woning, geen netwerk in Nederland.', 'Trauma door oorlog en vlucht, onbehandeld.', 'Alcohol- en drugsgebruik.',
      'Onzekere verblijfsstatus.', 'Taalbarrière en wantrouwen richting hulpverlening.', 'Eerdere uithuisplaatsing.']
VRAAG = ['Is vrijwillige hulp nog voldoende?', 'Moet er een verzoek tot onderzoek naar de Raad voor de Kinderbescherming?',
         'Welke acties zijn nodig om de veiligheid op korte termijn te borgen?', 'Is een crisisplaatsing nodig of volstaat een veiligheidsplan?']
SPECIAL_PLACES = ['header', 'footer', 'comment text', 'comment author', 'alt text', 'tracked deletion', 'footnote', 'mail subject', 'mail body', 'file name', 'property (title)', 'property (company)']

# dirty people (used ONLY in dirty cards)
DIRTY_PEOPLE = ['Ubah Mohamud', 'Khadija Osman', 'Najib Popalzai', 'Freshta Wardak', 'Mazen Kurdi', 'Hiba Sabbagh', 'Soerjadi Ramlal', 'Kavita Ganpat',
                'Sheldon Cijntje', 'Lysette Martis', 'Lei Wetzels', 'Fien Ruijters', 'Klaus Breuer', 'Annelies Vermeiren', 'Bram Hollanders', 'Safiya Gedi',
                'Omid Sadat', 'Tamara Frans']
def lbl(i, s, style):
    if style == 0: return s + ':'
    if style == 1: return '%d. %s:' % (i, s)
    if style == 2: return s.upper()
    return s

def card(n, rng, dirty_items=None):
    gem, org, wijk = rng.choice(GEM)
    style = rng.randrange(4)
    y = 2026; m = rng.randint(9, 12); d = rng.randint(1, 28)
    datum = rng.choice(['%02d-%02d-%d' % (d, m, y), '%d-%02d-%02d' % (y, m, d), '%d %s %d' % (d, ['september', 'oktober', 'november', 'december'][m - 9], y)])
    by = rng.randint(2009, 2025); ini = rng.choice('ABDFHIJKLMNRSYZ'); ini2 = rng.choice('ABDFHIJKLMNRSYZ'); by2 = min(2025, by + rng.randint(1, 5))
    inbr = rng.choice(PROFS); vast = rng.choice([p for p in PROFS if p != inbr])
    orig = rng.choice(ORIG); age = y - by
    sec = []  # list of (label, [lines])
    sec.append(('Datum inbreng', [datum]))
    sec.append(('Soort inbreng', [rng.choice(['Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Overdracht'])]))
    sec.append(('Jeugdige(n)', ['%s. (%d)' % (ini, by), '%s. (%d)' % (ini2, by2)] if rng.random() < 0.5 else ['%s. (%d)' % (ini, by)]))
    sec.append(('Inbrenger', ['%s, %s, %s' % (inbr, rng.choice(FUNC), org)]))
    sec.append(('Vaste deelnemer', ['%s, %s' % (vast, org)]))
    sec.append(('Verantwoordelijke gemeente', [gem]))
    if rng.random() < 0.5:
        sec.append(('Gedragsdeskundige geraadpleegd', ['Ja, %s (gedragswetenschapper %s), op %d-%02d-%d' % (rng.choice(PROFS), org, max(1, d - 2), m, y)]))
    sec.append(('Wie is wanneer geïnformeerd', ['moeder: huisbezoek in %s, %d-%02d-%d' % (wijk, max(1, d - 3), m, y), '%s.: gesproken op school, samen met de mentor' % ini,
                                               'vader telefonisch, met tolk' if rng.random() < 0.5 else 'vader wil niet in gesprek, wel per brief geïnformeerd']))
    inst = rng.random() < 0.8
    sec.append(('Instemming betrokkenen', ['Ja, beide ouders stemmen in.'] if inst else ['Nee. Vader weigert. Reden: hij wantrouwt de hulpverlening. Inbrenger: de zorgen zijn zo groot dat bespreken zonder instemming gerechtvaardigd is.']))
    sec.append(('Vraag aan het VHT', [rng.choice(VRAAG)]))
    if rng.random() < 0.5: sec.append(('Uit te nodigen experts', ['%s en %s' % (rng.choice(INST), rng.choice(INST))]))
    sec.append(('Gezinssamenstelling', ['%s gezin. Moeder (%d), vader (%d), %s. (%d)%s.' % (orig, by - rng.randint(20, 35), by - rng.randint(22, 40), ini, by,
                                         ' en %s. (%d)' % (ini2, by2) if True else '')]))
    zl = rng.sample(ZORG, 2)
    sec.append(('Wat is er nu onveilig', ['- ' + z for z in zl] + ['- Melding bij %s op %d-%02d-%d.' % (rng.choice(INST), max(1, d - 10), m, y)]))
    if rng.random() < 0.5: sec.append(('Patroon', ['Eerdere meldingen in 2022 en 2024, beide afgesloten.']))
    sec.append(('Krachten en beschermende factoren', [' '.join(rng.sample(KR, 2))]))
    sec.append(('Risicofactoren', [' '.join(rng.sample(RI, 2))]))
    if age >= 12 or rng.random() < 0.5:
        sec.append(('Stem van de jeugdige', ['%s. (%d jaar): "Ik wil gewoon dat het thuis rustig is."' % (ini, age)] if age >= 4 else ['%s. is %d jaar; geobserveerd tijdens het huisbezoek.' % (ini, age)]))
    sec.append(('Stem van ouders en verzorgers', ['Moeder: "Ik doe mijn best, maar ik sta er alleen voor."', 'Vader: "Ze maken het groter dan het is."']))
    sec.append(('Visie van de inbrenger', ['De veiligheid is onvoldoende geborgd; er is meer nodig dan de huidige hulp.']))
    sec.append(('Veiligheidsscore', ['Inbrenger: %d. Moeder: %d.' % (rng.randint(2, 5), rng.randint(5, 8))]))
    sec.append(('Betrokken hulpverlening', [', '.join(rng.sample(INST, 3))]))
    sec.append(('Persoonsgegevens', [rng.choice(['n.v.t.', '-', 'niet invullen bij inbreng'])]))
    pre = []; post = []
    if rng.random() < 0.5: pre.append(('[PROPERTY title]', 'Veiligheidskaart %s. (%d) - %s' % (ini, by, gem)))
    pre.append(('[HEADER]', 'VHK %s - VERTROUWELIJK' % gem.upper()))
    if rng.random() < 0.4: post.append(('[FOOTER]', 'Pagina 1 van 3 - %s' % org))
    if dirty_items:
        for cat, val, place in dirty_items:
            if place.startswith('body'):
                target = place[6:-1]
                for i, (l, ls) in enumerate(sec):
                    if l == target: ls.append(val_sentence(cat, val))
            elif place.startswith('table row'):
                target = place[11:-1]
                for i, (l, ls) in enumerate(sec):
                    if l == target: ls.append('| %s | %s |' % (tbl_label(cat), val))
            elif place.startswith('cover value'):
                target = place[13:-1]
                for i, (l, ls) in enumerate(sec):
                    if l == target: ls[0] = ls[0] + ' (' + val + ')'
            else:
                tag, text = special(place, cat, val)
                (pre if tag in ('[FILENAME]', '[PROPERTY title]', '[PROPERTY company]', '[HEADER]', '[MAIL-SUBJECT]', '[MAIL-BODY]') else post).append((tag, text))
    out = []
    for t, x in pre: out += [t, x, '']
    for i, (l, ls) in enumerate(sec, 1):
        out.append(lbl(i, l, style)); out += ls; out.append('')
        if l == 'Wat is er nu onveilig' and rng.random() < 0.3 and not dirty_items:
            out += ['[COMMENT author=Gedragswetenschapper %s]' % org, 'Graag concreter maken: wat is er gezien en door wie?', '']
    for t, x in post: out += [t, x, '']
    return '\n'.join(out).rstrip('\n') + '\n'

def tbl_label(cat):
    return {'NAME': 'Naam moeder', 'BIRTHDATE': 'Geboortedatum', 'ID_NUMBER': 'Dossiernr.', 'ADDRESS': 'Adres', 'POSTCODE': 'Postcode', 'BSN': 'BSN',
            'PHONE': 'Telefoon', 'EMAIL': 'E-mail', 'IBAN': 'Rekening', 'URL': 'Profiel'}[cat]
def val_sentence(cat, val):
    return {'NAME': 'Moeder vertelt dat %s de kinderen soms ophaalt van school.' % val, 'BIRTHDATE': 'De jongste is geboren op %s.' % val,
            'ID_NUMBER': 'Eerder bekend onder dossiernummer %s.' % val, 'ADDRESS': 'Verblijft nu bij tante op %s.' % val,
            'POSTCODE': 'Nieuwe woning in %s.' % val, 'BSN': 'BSN jeugdige %s.' % val, 'PHONE': 'Moeder bereikbaar via %s.' % val,
            'EMAIL': 'Vader mailt vanaf %s.' % val, 'IBAN': 'Leefgeld gaat naar %s.' % val, 'URL': 'Filmpjes op %s.' % val}[cat]
def special(place, cat, val):
    return {'header': ('[HEADER]', 'VHK gezin - %s - vertrouwelijk' % val), 'footer': ('[FOOTER]', 'Retour: %s' % val),
            'comment text': ('[COMMENT author=Wijkteam]', 'Is %s ook gesproken?' % val), 'comment author': ('[COMMENT author=%s]' % val, 'Graag score toelichten.'),
            'alt text': ('[ALT]', 'Foto van de tekening, gemaakt bij %s' % val), 'tracked deletion': ('[TRACKED-DELETION]', 'zie ook %s' % val),
            'footnote': ('[FOOTNOTE]', 'Informatie afkomstig van %s.' % val), 'mail subject': ('[MAIL-SUBJECT]', 'VHK inbreng %s' % val),
            'mail body': ('[MAIL-BODY]', 'Hoi, bijgaand de kaart. Contact loopt via %s. Groet' % val), 'file name': ('[FILENAME]', 'VHK inbreng %s def.docx' % val),
            'property (title)': ('[PROPERTY title]', 'Veiligheidskaart %s' % val), 'property (company)': ('[PROPERTY company]', val)}[place]

def dval(cat):
    r = lambda k: ''.join(str(rng.randint(0, 9)) for _ in range(k))
    if cat == 'NAME': return DIRTY_PEOPLE.pop(0)
    if cat == 'BIRTHDATE': return '%02d-%02d-%d' % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(2010, 2024))
    if cat == 'ID_NUMBER': return 'JBW-' + nonelf(rng, 7)
    if cat == 'ADDRESS': return rng.choice(['Hoefkade', 'Akerstraat', 'Paul Krugerlaan', 'Brusselsestraat', 'Nieuwstraat']) + ' ' + str(rng.randint(3, 199))
    if cat == 'POSTCODE': return rng.choice(['2526', '6412', '6461', '2572', '6221']) + ' ' + rng.choice(['KL', 'HV', 'BT', 'RN', 'CE'])
    if cat == 'BSN': return bsn(rng)
    if cat == 'PHONE': return '06-' + r(8)
    if cat == 'EMAIL': return rng.choice(['ubah', 'najib', 'mazen', 'kavita', 'sheldon', 'lei']) + '.' + r(3) + '@gmail.com'
    if cat == 'IBAN': return grp(iban(rng, 'NL'))
    return 'https://www.instagram.com/' + rng.choice(['hiba', 'omid', 'fien', 'klaus']) + '_' + r(4)
CATS = ['NAME', 'NAME', 'NAME', 'BIRTHDATE', 'ID_NUMBER', 'ADDRESS', 'POSTCODE', 'BSN', 'PHONE', 'EMAIL', 'IBAN', 'URL']
BODY = ['Gezinssamenstelling', 'Wat is er nu onveilig', 'Krachten en beschermende factoren', 'Stem van ouders en verzorgers', 'Visie van de inbrenger', 'Betrokken hulpverlening']
rows = []
os.makedirs(D, exist_ok=True)
sp_cycle = SPECIAL_PLACES * 3
for n in range(1, 61):
    if n <= 45:
        txt = card(n, rng); rows.append(('card-%02d.txt' % n, 'CLEAN', '-'))
    else:
        items = []
        for k in range(2):
            cat = rng.choice(CATS); val = dval(cat)
            pk = (n + k) % 3
            if pk == 0: place = 'body (%s)' % rng.choice(BODY)
            elif pk == 1: place = 'table row (%s)' % rng.choice(BODY)
            else: place = sp_cycle.pop(0)
            if place == 'comment author' and cat != 'NAME': place = 'comment text'
            if place == 'file name' and cat in ('EMAIL', 'URL'): place = 'mail body'
            items.append((cat, val, place))
        txt = card(n, rng, items)
        rows.append(('card-%02d.txt' % n, 'DIRTY', '; '.join('%s "%s" @ %s' % it for it in items)))
    open(os.path.join(D, 'card-%02d.txt' % n), 'w', encoding='utf-8', newline='\n').write(txt)
with open(os.path.join(D, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('file\texpect\tnotes\n')
    for r in rows: fh.write('\t'.join(r) + '\n')
