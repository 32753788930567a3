#!/usr/bin/env python3
"""Generate ../cards/card-01.txt .. card-60.txt and cards.tsv for blind92 (fixed seed, reproducible)."""
import os, random, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scenarios import S
def elfproef(d):
    s = sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])
    return s % 11 == 0

HERE = os.path.dirname(os.path.abspath(__file__))
CDIR = os.path.join(HERE, '..', 'cards')
rng = random.Random(9292)

def bsn():
    while True:
        d = str(rng.randint(100000000, 699999999))
        if elfproef(d): return d

def iban_nl(bank):
    bban = bank + ''.join(str(rng.randint(0, 9)) for _ in range(10))
    num = ''.join(str(int(c, 36)) for c in bban + 'NL00')
    s = 'NL%02d%s' % (98 - int(num) % 97, bban)
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))

LABELS = {
 'canon': ['Datum:', 'Soort inbreng:', 'Jeugdige (voorletter en geboortejaar):', 'Inbrenger:', 'Vaste deelnemer:', 'Verantwoordelijke gemeente:',
           'Gedragsdeskundige geraadpleegd:', 'Geïnformeerd en gesproken:', 'Instemming betrokkenen:', 'Vraag aan het VeiligheidsTeam:',
           'Gezinssamenstelling:', 'Wat is er nu onveilig:', 'Patroon:', 'Krachten en beschermende factoren:', 'Risicofactoren:',
           'Stem van de jeugdige:', 'Stem van ouders en verzorgers:', 'Visie van de inbrenger:', 'Veiligheidsscore:', 'Betrokken hulpverlening:',
           'Advies:', 'Persoonsgegevens:'],
 'num': ['1. Datum inbreng:', '2. Type inbreng:', '3. Jeugdige(n):', '4. Inbrenger (naam, functie, organisatie):', '5. Vaste deelnemer:', '6. Gemeente:',
         '7. Gedragswetenschapper geraadpleegd:', '8. Wie is wanneer geïnformeerd:', '9. Instemming:', '10. Vraag aan het VHT:',
         '11. Gezinssamenstelling:', '12. Zorgen:', '13. Patroon uit het verleden:', '14. Krachten:', '15. Risicofactoren:',
         '16. Wat zegt de jeugdige:', '17. Stem van ouders:', '18. Visie inbrenger:', '19. Score:', '20. Betrokken hulpverlening:',
         '21. Advies:', 'Persoonsgegevens:'],
 'caps': ['DATUM', 'SOORT INBRENG', 'JEUGDIGE', 'INBRENGER', 'VASTE DEELNEMER', 'GEMEENTE', 'GEDRAGSDESKUNDIGE GERAADPLEEGD',
          'GEINFORMEERD EN GESPROKEN', 'INSTEMMING BETROKKENEN', 'HULPVRAAG AAN HET VHT', 'GEZINSSAMENSTELLING', 'ONVEILIGHEID', 'PATROON',
          'KRACHTEN', 'RISICOFACTOREN', 'STEM VAN DE JEUGDIGE', 'STEM VAN OUDERS', 'VISIE INBRENGER', 'VEILIGHEIDSSCORE',
          'BETROKKEN HULPVERLENING', 'ADVIES', 'PERSOONSGEGEVENS'],
 'lower': ['datum:', 'type inbreng:', 'jeugdige:', 'inbrenger:', 'vaste deelnemer:', 'verantwoordelijke gemeente:', 'gedragswetenschapper geraadpleegd:',
           'wie is wanneer geïnformeerd:', 'instemming:', 'hulpvraag aan het vht:', 'gezinssamenstelling:', 'zorgen:', 'patroon:', 'krachten:',
           'risicofactoren:', 'wat zegt de jeugdige:', 'stem van ouders:', 'visie inbrenger:', 'score:', 'betrokken hulpverlening:', 'advies:',
           'persoonsgegevens:'],
}
KEYS = ['datum', 'soort', 'jeugdige', 'inbrenger', 'vaste', 'gemeente', 'gedrag', 'geinf', 'inst', 'vraag', 'gezin', 'zorgen', 'patroon',
        'krachten', 'risico', 'stemj', 'stemo', 'visie', 'score', 'hulp', 'advies', 'pg']
STYLES = ['canon', 'num', 'caps', 'lower']
DATES = ['17-11-2026', '2026-12-01', 'di 8 dec. 2026', '24/11/2026']
CARD_YEAR = 2026

def render(k, s, v):
    """Return (sections dict in order, special blocks list) for scenario index k, variant v."""
    sec = {}
    sec['datum'] = [DATES[v]]
    if v == 0: soort = 'Eerste inbreng'
    elif v == 1: soort = 'Vervolgbespreking (eerdere inbreng VHT-2026-%04d)' % (110 + 7 * k)
    elif v == 2: soort = 'Monitoring'
    else: soort = 'Overdracht (Jeugdbescherming west -> Wijkteam)' if s['key'] == 'voogdij-ijsselmonde' else ['Eerste inbreng', 'Vervolgbespreking', 'Monitoring'][k % 3]
    sec['soort'] = [soort]
    sec['jeugdige'] = list(s['youth']) if v % 2 == 0 else [', '.join(s['youth'])]
    sec['inbrenger'] = [s['inbr'][0] if v in (0, 2) else s['inbr'][1]]
    sec['vaste'] = [s['vaste']]
    sec['gemeente'] = [s['gemeente']]
    if s['gedrag'] and v != 2:
        sec['gedrag'] = ['Ja, %s, op %s' % (s['gedrag'], ['12-11-2026', '26-11-2026', '3-12-2026', '19-11-2026'][v])]
    elif v == 3:
        sec['gedrag'] = ['Nee']
    sec['geinf'] = list(s['geinf'])
    sec['inst'] = [s['inst']]
    sec['vraag'] = [s['vraag']]
    sec['gezin'] = list(s['gezin'])
    sec['zorgen'] = list(s['zorgen'])
    if s['patroon'] and v != 1: sec['patroon'] = [s['patroon']]
    sec['krachten'] = [s['krachten']]
    sec['risico'] = [s['risico']]
    if s['stemj']: sec['stemj'] = list(s['stemj'])
    elif v == 2: sec['stemj'] = ['Baby; geobserveerd bij het huisbezoek: reageert op moeder, huilt weinig.']
    sec['stemo'] = list(s['stemo']) if v != 2 else list(reversed(s['stemo']))
    sec['visie'] = [s['visie']]
    sec['score'] = [s['score']]
    if v != 0: sec['hulp'] = [s['hulp']]
    if v == 1:
        sec['advies'] = ['ZVH/VHT-overleg d.d. 17-11-2026 (gedeeld scherm):',
                         'afspraak: veiligheidsplan herzien met het netwerk | actiehouder: inbrenger | deadline: wk 49',
                         'afspraak: terugkoppeling aan voorzitter VHT | actiehouder: vaste deelnemer',
                         'afspraak: huisbezoek samen met politie (wijkagent) | actiehouder: wijkteam + politie']
    if v == 2:
        sec['advies'] = ['Monitoring: geen nieuwe incidenten gemeld sinds de vorige bespreking; volgende monitoring over 6 weken.']
    if v in (1, 3):
        sec['pg'] = [['-', 'n.v.t.', 'niet invullen bij inbreng', 'n.v.t.'][(k + v) % 4]]
    # harmless special blocks
    yt = s['youth'][0]
    blocks = {
        'title': ('[PROPERTY title]', 'Veiligheidskaart %s - %s' % (yt, soort.split(' (')[0])),
        'company': ('[PROPERTY company]', 'Gemeente %s' % s['gemeente']),
        'header': ('[HEADER]', 'VHK - VERTROUWELIJK - %s' % s['gemeente'].upper()),
        'footer': ('[FOOTER]', 'Veiligheidskaart VHT - versie %d - pagina 1 van 3' % (v + 1)),
        'comment': ('[COMMENT author=Gedragsdeskundige %s]' % s['inbr'][0].split(', ')[-1], 'Graag concreter maken: wat zag school precies en wanneer?'),
        'alt': ('[ALT]', 'Tekening van %s: drie huizen, het huis van de zorgen is grijs gekleurd.' % yt.split(' ')[-2] if ' ' in yt else 'Tekening: drie huizen.'),
        'deletion': ('[TRACKED-DELETION]', 'Inbrenger: 5.'),
        'footnote': ('[FOOTNOTE]', 'Zie verslag ZVH casusoverleg; geen persoonsgegevens opgenomen.'),
        'subject': ('[MAIL-SUBJECT]', 'Inbreng VHK %s - graag bespreken in het VHT' % yt),
        'body': ('[MAIL-BODY]', 'Beste voorzitter, bijgaand de veiligheidskaart voor de bespreking. Met vriendelijke groet, vaste deelnemer %s' % s['vaste'].split(', ')[-1]),
        'filename': ('[FILENAME]', 'VHK_%s_%s%s_v%d.docx' % (s['gemeente'].replace(' ', ''), yt[0], re.search(r'\d{4}', yt).group(0), v + 1)),
    }
    order = ['title', 'company', 'header', 'footer', 'comment', 'alt', 'deletion', 'footnote', 'subject', 'body', 'filename']
    pick = [order[(k + v * 3 + j * 4) % len(order)] for j in range(3)]
    return sec, [blocks[p] for p in dict.fromkeys(pick)]

# DIRTY injections: card number -> list of (category, value, place, where, text)
# where: a section key (append line), 'youth' (replace first youth), or a block tag
def dirty_items():
    b1, b2 = bsn(), bsn()
    i1, i2 = iban_nl('RABO'), iban_nl('INGB')
    return {
     46: [('NAME', 'Jandira Tavares', 'body (Zorgen)', 'zorgen', '- Moeder Jandira Tavares durft volgens de buren niet meer naar buiten.'),
          ('PHONE', '06-29384751', 'mail body', '[MAIL-BODY]', 'Beste voorzitter, moeder wil graag zelf gebeld worden op 06-29384751. Groet, wijkteam')],
     47: [('NAME', 'Stoyan Petrov', 'comment author', '[COMMENT author=Stoyan Petrov]', 'Vader heeft de kaart gelezen en is het er niet mee eens.'),
          ('POSTCODE', '3262 KX', 'footer', '[FOOTER]', 'Woonadres gezin: 3262 KX Oud-Beijerland')],
     48: [('BIRTHDATE', '17-03-2010', 'cover value (Jeugdige)', 'youth', 'K. (17-03-2010)'),
          ('EMAIL', 'm.nowak1984@wp.pl', 'footnote', '[FOOTNOTE]', 'Moeder wil het verslag ontvangen op m.nowak1984@wp.pl.')],
     49: [('ADDRESS', 'Beijerlandselaan 166-C', 'body (Zorgen)', 'zorgen', '- Ex-partner woont sinds kort om de hoek, op de Beijerlandselaan 166-C.'),
          ('NAME', 'STATIA', 'header', '[HEADER]', 'VHK GEZIN STATIA - VERTROUWELIJK')],
     50: [('NAME', 'Anjali', 'alt text', '[ALT]', 'Tekening van Anjali: een huis met tralies voor de ramen.'),
          ('BSN', b1, 'tracked deletion', '[TRACKED-DELETION]', 'BSN A.: %s' % b1)],
     51: [('NAME', 'Erdoğan', 'mail subject', '[MAIL-SUBJECT]', 'Inbreng VHK fam. Erdoğan - spoed i.v.m. overdracht kinderen'),
          ('IBAN', i1, 'body (Zorgen)', 'zorgen', 'Vader heeft de alimentatie stopgezet; moeder liet de afschriften van %s zien.' % i1)],
     52: [('ID_NUMBER', 'patiëntnr. 8817342', 'body (Zorgen)', 'zorgen', '- Ontslagbrief Parnassia (patiëntnr. 8817342) is nog niet ontvangen.'),
          ('NAME', 'El Idrissi', 'file name', '[FILENAME]', 'VHK_El Idrissi_Bloemhof_20261208.docx')],
     53: [('URL', 'facebook.com/dennis.vdwaal.pernis', 'comment text', '[COMMENT author=Wijkteam Rotterdam]', 'Vader plaatst foto\'s van het geweer op facebook.com/dennis.vdwaal.pernis, politie is op de hoogte.'),
          ('PHONE', '010-4162093', 'body (Stem van ouders)', 'stemo', 'Moeder vraagt om terug te bellen op het vaste nummer 010-4162093.')],
     54: [('BIRTHDATE', '2 juli 2026', 'body (Gezinssamenstelling)', 'gezin', 'N. is geboren op 2 juli 2026 in het Ikazia, na 35 weken.'),
          ('NAME', 'Shanaya', 'property (title)', '[PROPERTY title]', 'Veiligheidskaart baby Shanaya - CJG Rijnmond')],
     55: [('ID_NUMBER', 'parketnummer 10/804417-26', 'body (Zorgen)', 'zorgen', '- Zaak tegen J. loopt onder parketnummer 10/804417-26.'),
          ('NAME', 'Soeparman', 'comment text', '[COMMENT author=Jeugdbescherming west]', 'Oma Soeparman belde vanochtend: J. is weer niet thuisgekomen.')],
     56: [('EMAIL', 'b.lewandowska89@gmail.com', 'mail body', '[MAIL-BODY]', 'Beste voorzitter, de kaart is ook naar moeder gestuurd (b.lewandowska89@gmail.com). Groet, wijkteam Nissewaard'),
          ('ADDRESS', 'Hekelingseweg 40', 'footnote', '[FOOTNOTE]', 'Nieuwe partner van moeder woont op de Hekelingseweg 40.')],
     57: [('URL', 'instagram.com/yaritza.bby010', 'body (Zorgen)', 'zorgen', '- De man stuurt Y. berichten via instagram.com/yaritza.bby010.'),
          ('NAME', 'Ricardo', 'tracked deletion', '[TRACKED-DELETION]', '- Ricardo (23) haalt haar op bij school in een zwarte auto.')],
     58: [('NAME', 'Hüseyin Koç', 'body (Zorgen)', 'zorgen', 'Grootvader Hüseyin Koç woont nog steeds twee straten verderop.'),
          ('POSTCODE', '3083 EP', 'header', '[HEADER]', 'VHK CARNISSE - 3083 EP - VERTROUWELIJK')],
     59: [('IBAN', i2, 'footnote', '[FOOTNOTE]', 'Huur wordt betaald vanaf %s (rekening vader).' % i2),
          ('NAME', 'Oussama', 'table row (Gezinssamenstelling)', 'gezin', '| broer Oussama | 2005 | woont thuis |')],
     60: [('NAME', 'Nilza Andrade', 'mail subject', '[MAIL-SUBJECT]', 'Overdracht VHK kleinzoon van Nilza Andrade'),
          ('BSN', b2, 'body (Persoonsgegevens)', 'pg', 'BSN T.: %s' % b2)],
    }

def write_card(n, sec, blocks, style):
    labs = dict(zip(KEYS, LABELS[style]))
    out = []
    top = [b for b in blocks if b[0] in ('[PROPERTY title]', '[PROPERTY company]', '[HEADER]', '[FILENAME]', '[MAIL-SUBJECT]')]
    rest = [b for b in blocks if b not in top]
    for t, x in top: out += [t, x, '']
    mid = len(KEYS) // 2
    for i, key in enumerate(KEYS):
        if key not in sec: continue
        out += [labs[key]] + sec[key] + ['']
        if i == mid and rest:
            t, x = rest.pop(0); out += [t, x, '']
    for t, x in rest: out += [t, x, '']
    with open(os.path.join(CDIR, 'card-%02d.txt' % n), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(out).rstrip('\n') + '\n')

def main():
    os.makedirs(CDIR, exist_ok=True)
    dirty = dirty_items()
    tsv = ['file\texpect\tnotes']
    for n in range(1, 61):
        k, v = (n - 1) % 15, (n - 1) // 15
        s = S[k]
        sec, blocks = render(k, s, v)
        style = STYLES[(v + k) % 4]
        notes = '-'
        if n in dirty:
            items = dirty[n]
            for cat, val, place, where, text in items:
                if where == 'youth': sec['jeugdige'] = [text] + [y for y in s['youth'][1:]]
                elif where.startswith('['):
                    tag = where.split(' ')[0].rstrip(']') + (']' if ' ' not in where else '')
                    blocks = [b for b in blocks if not b[0].startswith(where.split(' ')[0].rstrip(']'))]
                    blocks.append((where, text))
                else:
                    sec.setdefault(where, []).append(text)
            notes = '; '.join('%s "%s" @ %s' % (c, val, p) for c, val, p, _, _ in items)
        write_card(n, sec, blocks, style)
        tsv.append('card-%02d.txt\t%s\t%s' % (n, 'CLEAN' if n <= 45 else 'DIRTY', notes))
    with open(os.path.join(CDIR, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(tsv) + '\n')
    print('wrote 60 cards')

if __name__ == '__main__':
    main()
