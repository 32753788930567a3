#!/usr/bin/env python3
"""Generate ../cards/card-01..60.txt and cards.tsv (seed 5151). Templates + invented content."""
import os, random
rng = random.Random(5151)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'cards')
GEM = [('Almere', 'Wijkteam Almere', 'Almere Haven'), ('Lelystad', 'Centrum Jeugd en Gezin Lelystad', 'Atolwijk'),
       ('Dronten', 'Wijkteam Dronten', 'Swifterbant'), ('Noordoostpolder', 'gemeente Noordoostpolder', 'Marknesse'),
       ('Urk', 'gemeente Urk', 'Urk'), ('Zeewolde', 'gemeente Zeewolde', 'Zeewolde'), ('Almere', 'Wijkteam Almere', 'Almere Poort'),
       ('Lelystad', 'Centrum Jeugd en Gezin Lelystad', 'Zuiderzeewijk'), ('Dronten', 'Wijkteam Dronten', 'Biddinghuizen')]
PROS = ['Marloes Terpstra', 'Hüseyin Kaplan', 'Kofi Asamoah', 'Ingrid Zwart', 'Nasrin Rahimi', 'Rik de Graaf',
        'Sanne Bosma-Jansen', 'Yaw Mensah', 'Esther Koolhaas', 'Lisanne Kramer', 'Mohamed Ouali', 'Claudia Sno',
        'Daan Verweij', 'Shirley Kartodikromo', 'Bart Oosting']
FUNC = ['gezinscoach', 'casemanager', 'jeugdconsulent', 'ambulant hulpverlener', 'medewerker Toegang']
SCEN = [
 ('Moeder en kinderen zijn uit Amsterdam naar {wijk} verhuisd; sinds de verhuizing geweld door partner.', 'Huiselijk geweld tussen moeder en partner, kinderen zijn getuige.', 'Moeder (1991), partner (1988)'),
 ('Gezin uit een Ghanese kerkgemeenschap; vader slaat de kinderen met een riem als straf ("discipline").', 'Fysieke straf, kinderen bang om thuis te komen.', 'Vader (1979), moeder (1985)'),
 ('Nigeriaans gezin; moeder werkt nachten, oudste zorgt voor de kleintjes. "We are managing", zegt moeder.', 'Verwaarlozing: jongste vaak alleen thuis, geen toezicht.', 'Moeder (1987)'),
 ('Afghaanse statushouders; vader heeft oorlogstrauma en woede-uitbarstingen.', 'Vader slaat met voorwerpen, moeder durft niets te zeggen.', 'Vader (1976), moeder (1990)'),
 ('Syrisch gezin; zoon neemt de vaderrol over en slaat zijn zusjes.', 'Geweld van broer tegen zusjes, ouders grijpen niet in.', 'Vader (1974), moeder (1983)'),
 ('Urker vissersgezin; vader vaart de hele week, moeder drinkt als hij weg is.', 'Alcoholgebruik moeder, kinderen zorgen voor zichzelf.', 'Vader (1982), moeder (1984)'),
 ('Pools gezin van arbeidsmigranten in een woonunit bij een akkerbouwbedrijf.', 'Te kleine woonruimte, ruzies onder invloed, kinderen niet op school.', 'Vader (1986), moeder (1992)'),
 ('Chinees-Nederlands gezin met een restaurant; kinderen werken mee tot laat in de avond.', 'Schoolverzuim, overbelasting, harde straffen bij fouten.', 'Vader (1975), moeder (1980)'),
 ('Surinaams gezin; scheiding met veel strijd, kinderen worden gebruikt in de ruzie.', 'Complexe scheiding, loyaliteitsconflict, dreigementen via WhatsApp.', 'Moeder (1989), vader (1986)'),
 ('Antilliaans gezin; oudste zoon in beeld bij de politie, moeder kan hem niet begrenzen.', 'Criminaliteit in de omgeving, wapen gevonden in huis.', 'Moeder (1983)'),
]
VOICE = ['"Ik wil gewoon dat het rustig is thuis, zoals vroeger in Amsterdam."', '"When daddy is angry I go to my room and pray."',
  '"I take care of my brothers, mummy is tired."', '"Papa schreeuwt in de nacht. Ik slaap met koptelefoon."', '"Mijn broer is de baas als papa slaapt."',
  '"Als papa weg is op zee is mama anders."', '"Ik wil naar school, niet in de container wonen."', '"Ik wil niet meer in het restaurant werken na school."',
  '"Ik hoef niet te kiezen, toch?"', 'wil niet praten met de gezinscoach; via de mentor: "het is thuis niet oké".']
def yr_list(i):
    n = 1 + i % 3
    ys = sorted(rng.sample(range(2009, 2025), n))
    ini = rng.sample('ABDEFGHJKLMNORSTY', n)
    return list(zip(ini, ys))

def plan_table(first):
    return ('Plan van aanpak (wijkteam):\n'
     '| nr | doel | actie | wie | wanneer |\n'
     '| 1 | %s. is elke schooldag op school (minimaal 95%% aanwezig) | dagelijkse check met de mentor | school / gezinscoach | vanaf week 50 |\n'
     '| 2 | Er is geen geweld in het bijzijn van de kinderen; bij spanning belt moeder het netwerk | veiligheidsplan opstellen met netwerk | moeder, netwerk, wijkteam | voor 15-01-2027 |\n'
     '| 3 | Moeder heeft een stabiel inkomen en een betalingsregeling voor de huur | aanmelding schuldhulp | moeder met wijkteam | binnen 4 weken |\n' % first)

def mail_chain(gem, org, role):
    return ('[MAIL-BODY]\n'
     '---------- Doorgestuurd bericht ----------\n'
     'Van: Zorgcoördinator Oostvaarders College\n'
     'Verzonden: dinsdag 1 december 2026 09:14\n'
     'Aan: %s\n'
     'Onderwerp: RE: zorgen leerling\n\n'
     'Goedemorgen,\n\nZoals besproken: de leerling was vorige week drie dagen afwezig en vertelde de mentor dat het thuis "niet oké" is.\n'
     'We willen graag aansluiten bij het netwerkberaad.\n\nMet vriendelijke groet,\nZorgcoördinator\nOostvaarders College, Almere\n\n'
     '> Van: %s (%s)\n> Onderwerp: zorgen leerling\n> Kunnen jullie de verzuimcijfers sturen? Dank!\n' % (org, role, org))

def card(i, dirty=None):
    d = dirty or {}
    gem, org, wijk = GEM[i % len(GEM)]
    sc = SCEN[i % len(SCEN)]
    youths = yr_list(i)
    day = 1 + (i * 3) % 28
    datum = ['%02d-12-2026' % day, '2026-11-%02d' % day, '%d/11/2026' % day][i % 3]
    soort = ['Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Overdracht'][i % 4]
    inb = PROS[i % len(PROS)]; vd = PROS[(i + 5) % len(PROS)]
    jeug = '\n'.join('%s. (%d)' % y for y in youths)
    first = youths[0][0]
    age_max = 2026 - youths[0][1]
    L = []
    L.append('[PROPERTY title]\nVeiligheidskaart %s. (%d) - %s' % (first, youths[0][1], soort))
    L.append('[PROPERTY company]\n%s' % org)
    L.append('[HEADER]\n' + d.get('header', 'VHK VERTROUWELIJK - %s' % gem.upper()))
    caps = i % 5 == 0; num = i % 4 == 1
    def lab(s, k):
        s2 = s.upper() if caps else s
        return ('%d. ' % k + s2 + ':') if num else s2 + ':'
    k = iter(range(1, 40))
    L.append(lab('Datum inbreng', next(k)) + '\n' + datum)
    L.append(lab('Soort inbreng', next(k)) + '\n' + soort)
    L.append(lab('Jeugdige(n)', next(k)) + '\n' + jeug)
    L.append(lab('Inbrenger', next(k)) + '\n%s, %s, %s' % (inb, FUNC[i % 5], org))
    L.append(lab('Vaste deelnemer', next(k)) + '\n%s, %s' % (vd, org))
    L.append(lab('Verantwoordelijke gemeente', next(k)) + '\n' + gem)
    if i % 3 == 0:
        L.append(lab('Gedragsdeskundige geraadpleegd', next(k)) + '\nJa, %s (gedragswetenschapper), op 30-11-2026' % PROS[(i + 9) % len(PROS)])
    L.append(lab('Wie is wanneer geïnformeerd', next(k)) + '\nMoeder: huisbezoek op 24-11-2026 in %s.\n%s.: gesproken op school op 25-11-2026.\nVader: telefonisch op 26-11-2026.%s' % (wijk, first, d.get('geinf', '')))
    if i % 6 == 5:
        L.append(lab('Instemming', next(k)) + '\nNee. Vader weigert ("this is family business"). Reden inbrenger: de kinderen zijn niet veilig en vrijwillige hulp loopt vast; daarom toch inbreng.')
    else:
        L.append(lab('Instemming', next(k)) + '\nJa, ouders stemmen in met bespreking in het VHT.')
    L.append(lab('Vraag aan het VHT', next(k)) + '\nIs het plan van aanpak voldoende, of is een interventiegesprek met de Raad voor de Kinderbescherming nodig?')
    L.append(lab('Gezinssamenstelling', next(k)) + '\n' + '| wie | geboortejaar | woont |\n' + ''.join('| %s | %s | %s |\n' % (p.split(' (')[0], p.split('(')[1].rstrip(')'), 'thuis' if n == 0 or i % 4 else 'elders in ' + wijk) for n, p in enumerate(sc[2].split(', '))) + ''.join('| %s. | %d | thuis |\n' % y for y in youths) + d.get('gezin', ''))
    L.append(lab('Wat is er nu onveilig', next(k)) + '\n- %s\n- %s\n- Op 20-11-2026 kwam de politie na een melding van buren.%s' % (sc[0].format(wijk=wijk), sc[1], d.get('zorgen', '')))
    if i % 2 == 0 or 'cauthor' in d or 'ctext' in d:
        L.append('[COMMENT author=%s]\n%s' % (d.get('cauthor', 'Gedragswetenschapper ' + org), d.get('ctext', 'Wat zag school precies? Graag feitelijk.')))
    L.append(lab('Krachten', next(k)) + '\nMoeder zoekt zelf hulp. Er is een tante in %s die kan opvangen. De kerk/moskee biedt steun.%s' % (gem, d.get('krachten', '')))
    L.append(lab('Risicofactoren', next(k)) + '\nSchulden, klein netwerk in Flevoland, taalbarrière, werk in ploegendiensten.')
    if age_max >= 12 or i % 2 == 0 or 'stemj' in d:
        L.append(lab('Stem van de jeugdige', next(k)) + '\n%s. (%d jaar): %s%s' % (first, age_max, VOICE[i % len(SCEN)] if age_max >= 6 else 'te jong om te vragen; geobserveerd tijdens huisbezoek, zoekt troost bij moeder.', d.get('stemj', '')))
    if i % 4 == 2 or 'alt' in d:
        L.append('[ALT]\n' + d.get('alt', 'Tekening van %s.: drie huizen, het huis van de zorgen is grijs.' % first))
    L.append(lab('Stem van ouders', next(k)) + '\nMoeder: "We do our best, maar het is zwaar zonder familie hier." Vader: "Het valt wel mee."%s' % d.get('stemo', ''))
    L.append(lab('Visie van de inbrenger', next(k)) + '\nHet plan van aanpak is SMART gemaakt, maar uitvoering blijft achter.')
    if i % 3 != 2 or 'plan' in d:
        L.append(plan_table(first) + d.get('plan', ''))
    L.append(lab('Veiligheidsscore', next(k)) + '\n| inbrenger | moeder | %s. |\n| 4 | 7 | 3 |' % first)
    if i % 5 == 3 or 'deletion' in d:
        L.append('[TRACKED-DELETION]\n' + d.get('deletion', 'Inbrenger: 5.'))
    L.append(lab('Betrokken hulpverlening', next(k)) + '\n%s, huisarts, GGD Flevoland, Triade Vitree, Veilig Thuis Flevoland.' % org)
    if i % 3 == 1 or 'mailbody' in d:
        L.append(mail_chain(gem, org, FUNC[i % 5]) + d.get('mailbody', ''))
    L.append('[MAIL-SUBJECT]\n' + d.get('subject', 'VHK inbreng %s. (%d) %s' % (first, youths[0][1], gem)))
    if i % 4 == 0 or 'footnote' in d:
        L.append('[FOOTNOTE]\n' + d.get('footnote', 'Scoring volgens Signs of Safety, 0 = onveilig, 10 = veilig.'))
    L.append('Persoonsgegevens:\n' + ['n.v.t.', '-', 'niet invullen bij inbreng'][i % 3])
    L.append('[FOOTER]\n' + d.get('footer', 'Pagina 1 - %s' % org))
    L.append('[FILENAME]\n' + d.get('filename', 'VHK_%s_%s%d_202612.docx' % (gem, first, youths[0][1])))
    return '\n\n'.join(L) + '\n'

# DIRTY: (key, category, value, place, text-with-value)
DIRTY = [
 [('zorgen', 'NAME', 'Kwabena', 'body (Wat is er nu onveilig)', '\n- Kwabena (oom) woont sinds oktober in huis.'), ('footer', 'PHONE', '06-38120947', 'footer', 'Bereikbaar moeder: 06-38120947')],
 [('plan', 'NAME', 'Rutger Smeenge', 'table row (plan van aanpak)', '| 4 | opa Rutger Smeenge vangt op bij spanning | afspraak maken | opa | direct |\n'), ('subject', 'BSN', '{BSN}', 'mail subject', 'VHK inbreng BSN {BSN}')],
 [('cauthor', 'NAME', 'Ifeoma Nwosu', 'comment author', 'Ifeoma Nwosu'), ('krachten', 'ADDRESS', 'Wijk 5 118', 'body (Krachten)', ' Oma woont op Wijk 5 118.')],
 [('header', 'NAME', 'FAMILIE ROMKES-WOORD', 'header', 'VHK FAMILIE ROMKES-WOORD'), ('stemo', 'EMAIL', 'dieuwke.romkes@hotmail.com', 'body (Stem van ouders)', ' Moeder mailt vanaf dieuwke.romkes@hotmail.com.')],
 [('alt', 'NAME', 'Sayed', 'alt text', 'Foto van Sayed op de verjaardag'), ('gezin', 'BIRTHDATE', '19-08-2014', 'table row (Gezinssamenstelling)', '| zus | 19-08-2014 | thuis |\n')],
 [('deletion', 'NAME', 'Halina Kowalczyk', 'tracked deletion', 'Moeder (Halina Kowalczyk) wil niet meewerken.'), ('footnote', 'IBAN', '{IBAN}', 'footnote', 'Huur wordt betaald van {IBAN}.')],
 [('mailbody', 'NAME', 'Liang', 'mail body', '\nPS: Liang (oom) belde ook nog over de kinderen.\n'), ('filename', 'POSTCODE', '8303 GT', 'file name', 'VHK_Emmeloord_8303 GT.docx')],
 [('stemj', 'NAME', 'Mahmoud', 'body (Stem van de jeugdige)', ' "Mahmoud slaat ons als papa weg is."'), ('geinf', 'ID_NUMBER', 'cliëntnr. VIT-550192', 'body (Wie is wanneer geïnformeerd)', '\nTriade Vitree (cliëntnr. VIT-550192) is geïnformeerd.')],
 [('ctext', 'NAME', 'Ouassima', 'comment text', 'Ouassima van het wijkteam heeft dit al met moeder besproken.'), ('zorgen', 'URL', 'https://www.tiktok.com/@prince_amoah_almere', 'body (Wat is er nu onveilig)', '\n- De oudste zet filmpjes op https://www.tiktok.com/@prince_amoah_almere.')],
 [('subject', 'NAME', 'Zoutendijk', 'mail subject', 'VHK gezin Zoutendijk Urk'), ('gezin', 'PHONE', '0527-681904', 'body (Gezinssamenstelling)', 'Vader is op zee bereikbaar via 0527-681904.\n')],
 [('footer', 'NAME', 'Brenda Tjin-Asjoe', 'footer', 'Kopie aan moeder Brenda Tjin-Asjoe'), ('krachten', 'BIRTHDATE', '3 mei 2012', 'body (Krachten)', ' Oudste is geboren op 3 mei 2012 en is een steun voor moeder.')],
 [('filename', 'NAME', 'Kovalenko', 'file name', 'VHK_Kovalenko_definitief.docx'), ('stemo', 'POSTCODE', '8251 VR', 'body (Stem van ouders)', ' Vader wil terug naar zijn huis in 8251 VR.')],
 [('gezin', 'NAME', 'Jurgen Brands', 'table row (Gezinssamenstelling)', '| Jurgen Brands | stiefvader | thuis |\n'), ('deletion', 'EMAIL', 'j.brands.urk@gmail.com', 'tracked deletion', 'contact stiefvader: j.brands.urk@gmail.com')],
 [('geinf', 'NAME', 'Adeola', 'body (Wie is wanneer geïnformeerd)', '\nTante Adeola is op 27-11-2026 gesproken.'), ('plan', 'ADDRESS', 'Kamperzand 212', 'table row (plan van aanpak)', '| 4 | opvangplek bij oma, Kamperzand 212 | afspraken vastleggen | oma | week 50 |\n')],
 [('mailbody', 'NAME', 'Esi Appiah', 'mail body', '\nMet vriendelijke groet,\nEsi Appiah (moeder)\n'), ('alt', 'ID_NUMBER', 'dossier JBG-2026-44871', 'alt text', 'Scan van brief JB Gelderland, dossier JBG-2026-44871')],
]
import sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from numgen import bsn, iban
os.makedirs(OUT, exist_ok=True)
rows = []
for i in range(1, 46):
    open(os.path.join(OUT, 'card-%02d.txt' % i), 'w', encoding='utf-8', newline='\n').write(card(i))
    rows.append('card-%02d.txt\tCLEAN\t-' % i)
for j, items in enumerate(DIRTY):
    i = 46 + j
    d = {}; notes = []
    for key, cat, val, place, text in items:
        if val == '{BSN}':
            v = bsn(rng); text = text.replace('{BSN}', v); val = v
        if val == '{IBAN}':
            v = iban(rng, 'RABO'); text = text.replace('{IBAN}', v); val = v
        d[key] = text
        notes.append('%s "%s" @ %s' % (cat, val, place))
    open(os.path.join(OUT, 'card-%02d.txt' % i), 'w', encoding='utf-8', newline='\n').write(card(i, d))
    rows.append('card-%02d.txt\tDIRTY\t%s' % (i, '; '.join(notes)))
open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n').write('file\texpect\tnotes\n' + '\n'.join(rows) + '\n')
print('cards written')
