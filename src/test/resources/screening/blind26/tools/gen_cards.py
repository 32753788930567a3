#!/usr/bin/env python3
"""Generate cards/card-01..60.txt and cards.tsv for blind26 (fixed seed 2626)."""
import random, os
R = random.Random(2626)
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'cards')

GEM = ['Breda', 'Oosterhout', 'Dongen', 'Gilze en Rijen', 'Drimmelen', 'Geertruidenberg', 'Tholen', 'Schouwen-Duiveland']
WIJK = {'Breda': ['Prinsenbeek', 'Teteringen', 'Haagse Beemden', 'Hoge Vucht'], 'Oosterhout': ['Dorst', 'Den Hout', 'Oosterheide'],
        'Dongen': ['Dongen-Vaart', "'s Gravenmoer"], 'Gilze en Rijen': ['Rijen', 'Molenschot', 'Hulten'], 'Drimmelen': ['Made', 'Terheijden', 'Lage Zwaluwe'],
        'Geertruidenberg': ['Raamsdonksveer', 'Raamsdonk'], 'Tholen': ['Sint-Maartensdijk', 'Stavenisse', 'Poortvliet'],
        'Schouwen-Duiveland': ['Zierikzee', 'Brouwershaven', 'Bruinisse']}
PROS = ['Marloes Peeters', 'Hicham Ouali', 'Nicole Broeders', 'Derya Kılıç', 'Koen Aarts', 'Judith Raaijmakers', 'Stijn Lips', 'Yvonne Kerstens',
        'Ewa Nowak-de Bruijn', 'Wouter Heerkens', 'Samira Amrani', 'Bram Verhoeven', 'Iris Akkermans', 'Ton Huijbregts']
ORG = ['wijkteam', 'Team Jeugd', 'Toegang', 'CJG']
ORIG = [('Marokkaans', 'Moskee Al Fourkaan, Surplus Welzijn'), ('Turks', 'Turkse vrouwengroep, Farent'), ('Pools', 'Poolse parochie, Farent schuldhulp'),
        ('Oekraïens', 'opvanglocatie, vrijwilligers VluchtelingenWerk'), ('Syrisch', 'VluchtelingenWerk, Internationale Schakelklas'),
        ('woonwagen', 'familie op het kamp, sportclub'), ('Chinees', 'Chinese school op zaterdag'), ('Vietnamees', 'tempelgemeenschap, buurthuis'),
        ('Nederlands', 'kerk, voetbalclub'), ('Nederlands', 'buurtvereniging, huisarts')]
ZORG = ['vdr slaat mdr als hij gedronken heeft, kinderen erbij', 'mdr psychotisch, niet in behandeling', 'huiselijk geweld na scheiding, vechtscheiding',
        'verwaarlozing: geen eten in huis, kinderen vaak te laat op school', 'j. snijdt zich, gezin merkt het niet op', 'drugs in huis, vdr dealt vanuit de woning',
        'eergerelateerde dreiging richting oudste dochter', 'oorlogstrauma vdr, woedeaanvallen', 'baby niet gegroeid, mdr depressief', 'schoolverzuim + criminaliteit j.']
SOORT = ['Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Overdracht']
HULP = ['GGZ Breburg', 'Emergis', 'Sterk Huis', 'Juzt', 'Oosterpoort', 'Intervence', 'Veilig Thuis West-Brabant', 'Raad voor de Kinderbescherming Breda',
        'Surplus Welzijn', 'Farent', 'Amphia (kinderarts)', 'Bravis', 'GGD West-Brabant jgz', 'GGD Zeeland jgz', 'Novadic-Kentron']

def lab(s, style):
    if style == 0: return s + ':'
    if style == 1: return s.upper() + ':'
    if style == 2: return s.lower()
    return s

def card(i, items=None):
    items = items or {}
    g = R.choice(GEM); w = R.choice(WIJK[g]); orig, net = R.choice(ORIG)
    y = 2026; m = R.randint(1, 12); d = R.randint(1, 28)
    datum = '%02d-%02d-%d' % (d, m, y) if R.random() < .6 else '%d-%02d-%02d' % (y, m, d)
    ini = R.sample('ABDEHJKLMNRSTYZ', 3)
    by = [R.randint(2008, 2024) for _ in range(R.randint(1, 3))]
    youths = list(zip(ini, by))
    inb, vd, gd = R.sample(PROS, 3)
    st = R.randint(0, 3)
    soort = R.choice(SOORT)
    L = []
    def sec(label, *vals):
        L.append(lab(label, st)); L.extend(vals); L.append('')
    if 'FILENAME' in items: L += ['[FILENAME]', items['FILENAME'], '']
    L += ['[PROPERTY title]', 'VHK %s %s' % (' '.join('%s. (%d)' % yy for yy in youths), soort.lower()), '']
    if 'PROPERTY company' in items: L += ['[PROPERTY company]', items['PROPERTY company'], '']
    L += ['[HEADER]', items.get('HEADER', 'veiligheidskaart - vertrouwelijk - %s' % g.lower()), '']
    if 'MAIL-SUBJECT' in items: L += ['[MAIL-SUBJECT]', items['MAIL-SUBJECT'], '']
    if 'MAIL-BODY' in items: L += ['[MAIL-BODY]', items['MAIL-BODY'], '']
    sec('Datum inbreng', datum)
    sec('Soort inbreng', soort + (' (vorige: VHT-2026-%04d)' % R.randint(1, 300) if soort != 'Eerste inbreng' else ''))
    sec('Jeugdige', *['%s. (%d)' % yy for yy in youths])
    sec('Inbrenger', '%s, %s, %s %s' % (inb, R.choice(['jeugdprofessional', 'gezinscoach', 'casemanager', 'jeugdconsulent']), R.choice(ORG), g))
    sec('Vaste deelnemer', '%s, %s' % (vd, R.choice(['Veilig Thuis West-Brabant', 'Veilig Thuis Zeeland', 'Raad voor de Kinderbescherming Breda', ORG[0] + ' ' + g])))
    sec('Gemeente', g)
    if R.random() < .5: sec('Gedragsdeskundige geraadpleegd', 'ja, %s (gz-psycholoog %s) op %d-%d' % (gd, R.choice(['Sterk Huis', 'Emergis', 'GGZ Breburg']), d, m))
    sec('Wie is wanneer geïnformeerd', 'mdr: huisbezoek %d-%d in %s' % (d, m, w), 'vdr tel. gesproken, wil wel meedenken',
        '%s.: gesproken op school %s' % (youths[0][0], 'met mentor erbij' if y - youths[0][1] >= 10 else '(observatie)') + items.get('geinf', ''))
    inst = R.random() < .8
    sec('Instemming', 'ja, beide ouders ok met bespreking' if inst else 'nee. vdr weigert, bang voor uithuisplaatsing. inbrenger: veiligheid kinderen weegt zwaarder, ouders zijn hierover geïnformeerd')
    sec('Vraag aan het VHT', R.choice(['is vrijwillig kader nog genoeg?', 'advies over verzoek onderzoek RvdK', 'welke veiligheidsvoorwaarden stellen we?', 'graag meedenken over borging na afsluiten']))
    ppl = ', '.join('%s. (%d)' % yy for yy in youths)
    if R.random() < .5:
        L.append(lab('Gezinssamenstelling', st))
        L.append('| rol | geboortejaar | woont |')
        L.append('| moeder | %d | thuis |' % R.randint(1978, 1998))
        L.append('| vader | %d | %s |' % (R.randint(1975, 1995), R.choice(['thuis', 'elders in ' + g, 'buitenland'])))
        for yy in youths: L.append('| %s. | %d | thuis |' % yy)
        if 'table' in items: L.append(items['table'])
        if 'gezin' in items: L.append(items['gezin'].lstrip('; '))
        L.append('')
    else:
        sec('Gezinssamenstelling', '%s gezin: mdr (%d), vdr (%d), %s. ouders %s' % (orig, R.randint(1978, 1998), R.randint(1975, 1995), ppl,
            R.choice(['gesch. sinds 2022', 'samen', 'uit elkaar maar wonen nog samen'])) + items.get('gezin', ''))
    sec('Wat is er nu onveilig', '- ' + R.choice(ZORG), '- incident %d-%d-2026, politie ter plaatse' % (R.randint(1, 28), R.randint(1, 12)) + items.get('zorgen', ''))
    if R.random() < .6: sec('Patroon', 'sinds %d meldingen bij VT (%d x)' % (R.randint(2016, 2024), R.randint(1, 5)))
    sec('Krachten', 'netwerk: ' + net + '. mdr houdt van de kids, komt afspraken meestal na' + items.get('krachten', ''))
    sec('Risicofactoren', R.choice(['schulden, krappe woning', 'alcohol vdr, isolement', 'taalbarrière, geen netwerk in nl', 'lvb mdr, wisselende partners']) + items.get('risico', ''))
    if 'COMMENT' in items: L += ['[COMMENT author=%s]' % items['COMMENT'][0], items['COMMENT'][1], '']
    if max(y - b for _, b in youths) >= 12 or R.random() < .6:
        sec('Stem van de jeugdige', *['%s. (%d jr): "%s"' % (yy[0], y - yy[1], R.choice(['ik wil gewoon dat het rustig is', 'papa moet stoppen met schreeuwen', 'weet niet', 'ik mis mijn oma in het buitenland', 'niks aan de hand']))
                                       if y - yy[1] >= 4 else '%s. (%d jr): geobserveerd, speelt rustig' % (yy[0], y - yy[1]) for yy in youths])
    if 'ALT' in items: L += ['[ALT]', items['ALT'], '']
    sec('Stem van ouders', 'mdr: "' + R.choice(['ik doe alles voor ze', 'hij moet weg', 'jullie overdrijven']) + '" vdr: "' + R.choice(['het valt wel mee', 'ik ga in therapie', 'niet met mij overlegd']) + '"' + items.get('stemo', ''))
    sec('Visie inbrenger', R.choice(['zorgen blijven, vrijwillig kader lijkt niet genoeg', 'positieve ontwikkeling, nog borgen', 'ik maak me zorgen om de jongste']))
    sec('Veiligheidsscore', 'inbrenger %d, mdr %d, vdr %d' % (R.randint(1, 6), R.randint(4, 9), R.randint(3, 9)))
    if 'TRACKED-DELETION' in items: L += ['[TRACKED-DELETION]', items['TRACKED-DELETION'], '']
    sec('Betrokken hulpverlening', ', '.join(R.sample(HULP, 3)) + items.get('hulp', ''))
    if 'FOOTNOTE' in items: L += ['[FOOTNOTE]', items['FOOTNOTE'], '']
    sec('Persoonsgegevens', R.choice(['n.v.t.', '-', 'niet invullen bij inbreng']))
    L += ['[FOOTER]', items.get('FOOTER', 'VHT West-Brabant / Zeeland - p. 1')]
    return '\n'.join(L) + '\n'

DIRTY = [
 ({'zorgen': '; mdr belde ook «Bartosz Wiśniewski» (ex)', 'COMMENT': ('«Samira Ouarti»', 'graag check bij school')}, [('NAME', 'Bartosz Wiśniewski', 'body (Wat is er nu onveilig)'), ('NAME', 'Samira Ouarti', 'comment author')]),
 ({'HEADER': 'VHK gezin «Yılmaz-Kaplan»', 'FOOTER': 'bsn j. «{bsn1}»'}, [('NAME', 'Yılmaz-Kaplan', 'header'), ('BSN', '{bsn1}', 'footer')]),
 ({'table': '| oma «Trees Moerkerken» | 1951 | Made |', 'FOOTNOTE': 'mdr tel «06 41 77 20 93»'}, [('NAME', 'Trees Moerkerken', 'table row (Gezinssamenstelling)'), ('PHONE', '06 41 77 20 93', 'footnote')]),
 ({'MAIL-SUBJECT': 'kaart gezin «Nguyen Van Long»', 'ALT': 'foto van «Thi Mai» met baby'}, [('NAME', 'Nguyen Van Long', 'mail subject'), ('NAME', 'Thi Mai', 'alt text')]),
 ({'FILENAME': 'VHK_«Oksana_Melnyk»_2026.docx', 'krachten': '. opvang bij «Havenpark 12a»'}, [('NAME', 'Oksana_Melnyk', 'file name'), ('ADDRESS', 'Havenpark 12a', 'body (Krachten)')]),
 ({'TRACKED-DELETION': 'j. geb «04-09-2013»', 'MAIL-BODY': 'hoi, zie bijlage, mdr mailadres «rawan.h77@gmail.com»'}, [('BIRTHDATE', '04-09-2013', 'tracked deletion'), ('EMAIL', 'rawan.h77@gmail.com', 'mail body')]),
 ({'PROPERTY company': 'fam. «Koster» - «Zeedijk 4» Brouwershaven'}, [('NAME', 'Koster', 'property (company)'), ('ADDRESS', 'Zeedijk 4', 'property (company)')]),
 ({'risico': '; huurachterstand, rek. «{iban1}»', 'stemo': ' (opa «Sjaak "de Pet"» zegt dat het wel meevalt)'}, [('IBAN', '{iban1}', 'body (Risicofactoren)'), ('NAME', 'Sjaak "de Pet"', 'body (Stem van ouders)')]),
 ({'FOOTER': 'retour «4921 XB» Made', 'geinf': '; oom «Hamza» ook gesproken'}, [('POSTCODE', '4921 XB', 'footer'), ('NAME', 'Hamza', 'body (Wie is wanneer geïnformeerd)')]),
 ({'hulp': ', Juzt (cliëntnr «JZ-483920»)', 'ALT': 'screenshot «instagram.com/kacper_zielinski_044»'}, [('ID_NUMBER', 'JZ-483920', 'body (Betrokken hulpverlening)'), ('URL', 'instagram.com/kacper_zielinski_044', 'alt text')]),
 ({'COMMENT': ('wijkteam', 'is «Emre Aydoğan» nog in beeld?'), 'FOOTNOTE': 'paspoort vdr «NX7K29P41»'}, [('NAME', 'Emre Aydoğan', 'comment text'), ('ID_NUMBER', 'NX7K29P41', 'footnote')]),
 ({'gezin': '; halfzus «Mei Chen» woont bij vdr', 'MAIL-SUBJECT': 'RE: VHK «bsn {bsn2}»'}, [('NAME', 'Mei Chen', 'body (Gezinssamenstelling)'), ('BSN', '{bsn2}', 'mail subject')]),
 ({'TRACKED-DELETION': 'buurman «Visser» heeft geroepen', 'FILENAME': 'kaart_«4812RM»_def.docx'}, [('NAME', 'Visser', 'tracked deletion'), ('POSTCODE', '4812RM', 'file name')]),
 ({'HEADER': 'VERTROUWELIJK - «076-5219934»', 'zorgen': '; «ANOUK DE WIT» (zus mdr) heeft foto\'s'}, [('PHONE', '076-5219934', 'header'), ('NAME', 'ANOUK DE WIT', 'body (Wat is er nu onveilig)')]),
 ({'MAIL-BODY': 'beste, namens «Jantje Hoendervangers» (vdr) bezwaar', 'krachten': '. tante «Fatiha» springt bij'}, [('NAME', 'Jantje Hoendervangers', 'mail body'), ('NAME', 'Fatiha', 'body (Krachten)')]),
]
def bsn():
    while True:
        d = [R.randint(0, 9) for _ in range(8)]
        c = sum(w * x for w, x in zip(range(9, 1, -1), d)) % 11
        if c < 10 and d[0] != 0: return ''.join(map(str, d + [c]))
def iban():
    bban = 'RABO' + ''.join(str(R.randint(0, 9)) for _ in range(10))
    ck = 98 - int(''.join(str(int(c, 36)) for c in bban + 'NL00')) % 97
    return 'NL%02d%s' % (ck, bban)
SUB = {'bsn1': bsn(), 'bsn2': bsn(), 'iban1': iban()}
def sub(s):
    for k, v in SUB.items(): s = s.replace('{' + k + '}', v)
    return s.replace('«', '').replace('»', '')
rows = []
for i in range(1, 61):
    if i <= 45:
        txt = card(i); notes = '-'
    else:
        its, notes_l = DIRTY[i - 46]
        its = {k: (tuple(sub(x) for x in v) if isinstance(v, tuple) else sub(v)) for k, v in its.items()}
        txt = card(i, its); notes = '; '.join('%s "%s" @ %s' % (c, sub(v), p) for c, v, p in notes_l)
    open(os.path.join(D, 'card-%02d.txt' % i), 'w', encoding='utf-8').write(txt)
    rows.append('card-%02d.txt\t%s\t%s' % (i, 'CLEAN' if i <= 45 else 'DIRTY', notes))
open(os.path.join(D, 'cards.tsv'), 'w', encoding='utf-8').write('file\texpect\tnotes\n' + '\n'.join(rows) + '\n')
