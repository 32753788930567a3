#!/usr/bin/env python3
"""Generate ../cards/card-01..60.txt and cards.tsv (fixed seed; reproducible)."""
import os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from scenarios import S
OUT = os.path.join(HERE, '..', 'cards')

GEM = ['Heerlen', 'Kerkrade', 'Maastricht', 'Sittard-Geleen', 'Brunssum', 'Landgraaf', 'Valkenburg aan de Geul', 'Vaals',
       'Meerssen', 'Gulpen-Wittem', 'Eijsden-Margraten', 'Stein', 'Beek', 'Simpelveld', 'Voerendaal', 'Beekdaelen']
# professionals (invented) for cover fields only
INB = [('Loes Bemelmans', 'jeugdarts', 'GGD Zuid-Limburg'), ('Serkan Aydoğdu', 'jeugdverpleegkundige', 'GGD Zuid-Limburg'),
       ('Ellen Pluijmaekers', 'schoolverpleegkundige', 'GGD Zuid-Limburg'), ('Marco Savelberg', 'gezinscoach', 'Sociaal wijkteam'),
       ('Aida Hadžić', 'casemanager', 'Veilig Thuis Zuid-Limburg'), ('Thomas Grond', 'jeugdbeschermer', 'Jeugdbescherming Limburg'),
       ('Hanna Kirchhoff', 'jeugdarts', 'GGD Zuid-Limburg'), ('Ruben Lardinois', 'ambulant hulpverlener', 'Xonar'),
       ('Femke Gulpers', 'jeugdconsulent', 'Toegang'), ('Nesrin Çetin', 'jeugdverpleegkundige', 'GGD Zuid-Limburg')]
VAST = ['Bram Vonken', 'Ingrid Rouwette', 'Samira Haddouchi', 'Guido Laeven', 'Petra Schrijnemakers', 'Luuk Debie']
GEDRAG = ['Marjolein Nijsten (orthopedagoog generalist)', 'Kees Oostwegel (GZ-psycholoog)', 'Leyla Arslan (gedragswetenschapper)']
SOORT = ['Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Overdracht']
MONTHS_DE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember']

LABELS = {  # key: (canonical, synonym)
 'datum': ('Datum', 'Datum inbreng'), 'soort': ('Soort inbreng', 'Type inbreng'),
 'jeugdige': ('Jeugdige (voorletter en geboortejaar)', 'Jeugdige(n)'), 'inbrenger': ('Inbrenger (naam, functie, organisatie)', 'Inbrenger'),
 'vaste': ('Vaste deelnemer', 'Vaste deelnemer'), 'gemeente': ('Verantwoordelijke gemeente', 'Gemeente'),
 'gedrag': ('Gedragsdeskundige geraadpleegd', 'Gedragswetenschapper geraadpleegd'),
 'geinf': ('Geïnformeerd en gesproken', 'Wie is wanneer geïnformeerd'), 'instemming': ('Instemming betrokkenen', 'Instemming'),
 'vraag': ('Vraag aan het VeiligheidsTeam', 'Vraag aan het VHT'), 'experts': ('Uit te nodigen experts', 'Experts'),
 'gezin': ('Gezinssamenstelling', 'Gezinssamenstelling'), 'zorgen': ('Wat is er nu onveilig', 'Zorgen'),
 'patroon': ('Patroon', 'Patroon uit het verleden'), 'krachten': ('Krachten en beschermende factoren', 'Krachten'),
 'risico': ('Risicofactoren', 'Risicofactoren'), 'stemj': ('Stem van de jeugdige', 'Wat zegt de jeugdige'),
 'stemo': ('Stem van ouders en verzorgers', 'Stem van ouders'), 'visie': ('Visie van de inbrenger', 'Visie inbrenger'),
 'score': ('Veiligheidsscore', 'Score'), 'hulp': ('Betrokken hulpverlening', 'Betrokken hulpverlening'),
 'pg': ('Persoonsgegevens', 'Persoonsgegevens'),
}
ORDER = ['datum', 'soort', 'jeugdige', 'inbrenger', 'vaste', 'gemeente', 'gedrag', 'geinf', 'instemming', 'vraag', 'experts',
         'gezin', 'zorgen', 'patroon', 'krachten', 'risico', 'stemj', 'stemo', 'visie', 'score', 'hulp', 'pg']

# DIRTY items: (scenario index, [(cat, value, place, kind, target, snippet)])
# kind: 'append' (add snippet line to section target), 'jeugdige', 'block' (special block target with snippet),
# 'author' (comment author = value, snippet = comment text)
DIRTY = [
 [('NAME', 'Sjef Houben', 'body (Wat is er nu onveilig)', 'append', 'zorgen', '- Vader (Sjef Houben) kwam op 4. Oktober dronken thuis.'),
  ('PHONE', '06-39127754', 'footer', 'block', 'FOOTER', 'Bij vragen: moeder 06-39127754')],
 [('BIRTHDATE', '11. März 2025', 'body (Gezinssamenstelling)', 'append', 'gezin', 'Das Kind wurde am 11. März 2025 in Aachen geboren.'),
  ('NAME', 'Melanie Kaußen', 'comment author', 'author', None, 'Moeder wil dit nog aanvullen.')],
 [('NAME', 'Dimitri Peeters', 'table row (Gezinssamenstelling)', 'append', 'gezin', '| vader | Dimitri Peeters | Genk |'),
  ('ADDRESS', 'Tongerseweg 141b', 'header', 'block', 'HEADER', 'VHK gezin, Tongerseweg 141b - VERTROUWELIJK')],
 [('NAME', 'Khaled', 'body (Stem van ouders en verzorgers)', 'append', 'stemo', 'Khaled (vader) wil dat de imam bemiddelt.'),
  ('BSN', '{BSN_A}', 'table row (Persoonsgegevens)', 'pgrow', 'pg', '| BSN | {BSN_A} |')],
 [('NAME', 'Jos Kleikers', 'alt text', 'block', 'ALT', 'Foto van J. met oom Jos Kleikers op de kermis in Sittard.'),
  ('EMAIL', 'j.kleikers1952@home.nl', 'mail body', 'block', 'MAIL-BODY', 'Goedemorgen, hierbij de kaart. Oma is te bereiken via j.kleikers1952@home.nl. Groet, jeugdconsulent')],
 [('POSTCODE', '6351 AK', 'body (Gezinssamenstelling)', 'append', 'gezin', 'Tante woont in 6351 AK Bocholtz en kan K. opvangen.'),
  ('NAME', 'Wendy', 'mail subject', 'block', 'MAIL-SUBJECT', 'VHK K. (2017) - moeder Wendy - spoed')],
 [('NAME', 'Mebrahtu', 'tracked deletion', 'block', 'TRACKED-DELETION', 'Moeder Mebrahtu zegt dat de vader niet terugkomt.'),
  ('ID_NUMBER', 'VZL-2026-88104', 'footnote', 'block', 'FOOTNOTE', '1) Melding bij Veilig Thuis, registratienr. VZL-2026-88104.')],
 [('NAME', 'Kim Debije', 'property (title)', 'block', 'PROPERTY title', 'Veiligheidskaart F. en G. - Kim Debije'),
  ('IBAN', '{IBAN_A}', 'body (Risicofactoren)', 'append', 'risico', 'Vader stort geen alimentatie meer op {IBAN_A}.')],
 [('NAME', 'Françoise', 'body (Stem van ouders en verzorgers)', 'append', 'stemo', 'Françoise (moeder in Luik) wil P. in het weekend ophalen.'),
  ('URL', 'https://www.facebook.com/francoise.lhermitte.9', 'comment text', 'comment', 'Toegang', 'Moeder deelt berichten via https://www.facebook.com/francoise.lhermitte.9')],
 [('NAME', 'Ricardo', 'body (Wat is er nu onveilig)', 'append', 'zorgen', '- De vriend van B., Ricardo, haalt haar op met een zwarte auto.'),
  ('PHONE', '+31 6 1938 2275', 'body (Wat is er nu onveilig)', 'append', 'zorgen', '- B. wordt gebeld vanaf +31 6 1938 2275.')],
 [('NAME', 'Tomasz Zieliński', 'property (company)', 'block', 'PROPERTY company', 'Tomasz Zieliński'),
  ('BIRTHDATE', '21-4-2016', 'cover value (Jeugdige)', 'jeugdige', None, 'tweeling, geboren 21-4-2016')],
 [('NAME', 'Emine', 'body (Stem van de jeugdige)', 'append', 'stemj', 'O. noemt haar tante Emine als veilige persoon.'),
  ('ADDRESS', 'Laurentiusstraat 12', 'body (Gezinssamenstelling)', 'append', 'gezin', 'Gezin woont op de Laurentiusstraat 12 in Heerlen.')],
 [('NAME', 'Lisette Bosch', 'file name', 'block', 'FILENAME', 'VHK Maastricht - Lisette Bosch - 20261118.docx'),
  ('POSTCODE', '6216 SN', 'table row (Gezinssamenstelling)', 'append', 'gezin', '| woonplaats | Maastricht, 6216 SN |')],
 [('NAME', 'Roel', 'body (Krachten en beschermende factoren)', 'append', 'krachten', 'Buurman Roel heeft een sleutel en kijkt dagelijks.'),
  ('EMAIL', 'vader.i.2011@gmail.com', 'body (Stem van ouders en verzorgers)', 'append', 'stemo', 'Vader mailt de school vanaf vader.i.2011@gmail.com.')],
 [('NAME', 'Angelo Scaglione', 'body (Gezinssamenstelling)', 'append', 'gezin', 'Vader heet Angelo Scaglione en heeft een kapperszaak.'),
  ('ID_NUMBER', 'cliëntnr. MDR-5508371', 'body (Betrokken hulpverlening)', 'append', 'hulp', 'Mondriaan (gokken), cliëntnr. MDR-5508371.')],
]

def elf(d):
    if len(d) == 8: d = '0' + d
    return (sum(w*int(x) for w, x in zip(range(9, 1, -1), d[:8])) - int(d[8])) % 11 == 0

def fill(rng):
    while True:
        d = str(rng.randint(100000000, 999999999))
        if elf(d): break
    while True:
        acct = ''.join(str(rng.randint(0, 9)) for _ in range(10))
        if sum((10 - i) * int(c) for i, c in enumerate(acct)) % 11: continue
        num = int(''.join(str(int(c, 36)) for c in 'RABO' + acct + 'NL00'))
        ib = 'NL%02dRABO%s' % (98 - num % 97, acct)
        break
    return {'BSN_A': d[:3] + '.' + d[3:6] + '.' + d[6:], 'IBAN_A': ' '.join(ib[i:i+4] for i in range(0, 18, 4))}

def label(key, style, n):
    can, syn = LABELS[key]
    l = can if style in (0, 3) else syn
    if style == 2: return '%d. %s:' % (n, l)
    if style == 3: return l.upper() + ':'
    if style == 4: return l.lower()
    return l + ':'

def datefmt(rng, i):
    day = 10 + i % 18; mon = 10 + i % 3
    f = i % 4
    if f == 0: return '%02d-%02d-2026' % (day, mon)
    if f == 1: return '%d. %s 2026' % (day, MONTHS_DE[mon-1])
    if f == 2: return '2026-%02d-%02d' % (mon, day)
    return '%d-%d-2026' % (day, mon)

def build(i, sc, rng, dirty=None):
    style = i % 5
    gem = GEM[i % len(GEM)]
    inb = INB[i % len(INB)]
    org = inb[2] if inb[2] not in ('Sociaal wijkteam', 'Toegang') else '%s %s' % (inb[2], gem)
    soort = SOORT[i % 4] if i % 3 else 'Eerste inbreng'
    d = datefmt(rng, i)
    youths = '\n'.join('%s%s (%d)' % (k, ini, y) for ini, y, k in sc['y'])
    first = sc['y'][0][0]
    v = {
     'datum': d, 'soort': soort, 'jeugdige': youths, 'inbrenger': '%s, %s, %s' % (inb[0], inb[1], org),
     'vaste': '%s, %s' % (VAST[i % len(VAST)], 'Veilig Thuis Zuid-Limburg' if i % 2 else 'Toegang %s' % gem),
     'gemeente': gem,
     'gedrag': ('Ja, %s, op %d-11-2026' % (GEDRAG[i % 3], 3 + i % 20)) if i % 3 == 1 else ('Nee' if i % 3 == 2 else None),
     'geinf': 'Ouder(s): gesproken op %d-10-2026 (huisbezoek).\n%s gesproken op school op %d-11-2026.\nDe huisarts is geïnformeerd.' % (1 + i % 28, first, 1 + i % 20)
              if i % 2 else 'Ouders zijn op %d. Oktober 2026 telefonisch informiert.\n%s is op de hoogte gebracht door de mentor.' % (1 + i % 28, first),
     'instemming': ['Ja, ouders stemmen in.', 'Ja, beide ouders en de jeugdige(n) weten van de bespreking.',
                    'Nee. Vader weigert. Reden: hij wil geen bemoeienis. Verantwoording inbrenger: de veiligheid van de kinderen gaat voor; vader is hierover geïnformeerd.',
                    'Gedeeltelijk: moeder ja, vader nee (hij is niet bereikbaar). Verantwoording: zorgen zijn te groot om te wachten.'][i % 4],
     'vraag': sc['vraag'], 'experts': 'Politie eenheid Limburg, wijkagent' if i % 4 == 1 else None,
     'gezin': sc['gezin'], 'zorgen': sc['zorgen'], 'patroon': sc['patroon'] if i % 2 == 0 else None, 'krachten': sc['krachten'],
     'risico': sc['risico'], 'stemj': sc['stemj'], 'stemo': sc['stemo'], 'visie': sc['visie'], 'score': sc['score'],
     'hulp': sc['hulp'], 'pg': ['n.v.t.', '-', 'niet invullen bij inbreng', None][i % 4],
    }
    if v['stemj'] is None and i % 2:
        v['stemj'] = '%s is te jong voor een gesprek; geobserveerd tijdens het huisbezoek.' % first
    pre = []; mid = {}; post = []
    if i % 3 == 0: pre.append('[PROPERTY title]\nVeiligheidskaart %s - %s' % (youths.split('\n')[0], soort))
    if i % 4 == 2: pre.append('[FILENAME]\nVHK_%s_%s%d.docx' % (gem.replace(' ', ''), first.rstrip('.'), sc['y'][0][1]))
    if i % 5 == 1: pre.append('[HEADER]\nVEILIGHEIDSKAART - VERTROUWELIJK - %s' % gem.upper())
    if i % 6 == 4: pre.append('[PROPERTY company]\n%s' % inb[2])
    if i % 4 == 0: mid.setdefault('zorgen', []).append('[COMMENT author=Voorzitter VHT]\nGraag de datum van het laatste incident toevoegen.')
    if i % 7 == 3: mid.setdefault('visie', []).append('[TRACKED-DELETION]\nIk verwacht dat vrijwillige hulp genoeg is.')
    if i % 5 == 3: mid.setdefault('krachten', []).append('[FOOTNOTE]\n1) Zie ook het verslag van het zorgoverleg op school.')
    if i % 6 == 1: mid.setdefault('stemj', []).append('[ALT]\nTekening van %s: drie huizen, het huis van de zorgen is grijs.' % first)
    if i % 4 == 3: post.append('[FOOTER]\nVHK %s - pagina 1 van 3' % gem)
    if i % 8 == 5: pre.append('[MAIL-SUBJECT]\nVHK %s ter bespreking VHT' % youths.split('\n')[0])
    notes = []
    if dirty:
        for cat, val, place, kind, target, snip in dirty:
            notes.append('%s "%s" @ %s' % (cat, val, place))
            if kind == 'append' or kind == 'pgrow':
                if v.get(target) in (None, '-', 'n.v.t.', 'niet invullen bij inbreng'): v[target] = snip
                else: v[target] = v[target] + '\n' + snip
            elif kind == 'jeugdige': v['jeugdige'] += ' - ' + snip
            elif kind == 'block':
                blk = '[%s]\n%s' % (target, snip)
                if target in ('ALT', 'FOOTNOTE', 'TRACKED-DELETION'):
                    mid.setdefault({'ALT': 'gezin', 'FOOTNOTE': 'hulp', 'TRACKED-DELETION': 'visie'}[target], []).append(blk)
                else:
                    pre[:] = [b for b in pre if not b.startswith('[%s]' % target)]
                    post[:] = [b for b in post if not b.startswith('[%s]' % target)]
                    (post if target in ('FOOTER', 'MAIL-BODY') else pre).append(blk)
            elif kind == 'author': mid.setdefault('stemo', []).append('[COMMENT author=%s]\n%s' % (val, snip))
            elif kind == 'comment': mid.setdefault('risico', []).append('[COMMENT author=%s]\n%s' % (target, snip))
    parts = list(pre)
    n = 0
    for key in ORDER:
        if v.get(key) is None: continue
        n += 1
        parts.append('%s\n%s' % (label(key, style, n), v[key]))
        if key in mid: parts.extend(mid[key])
    parts += post
    return '\n\n'.join(parts) + '\n', ('; '.join(notes) if notes else '-')

def main():
    rng = random.Random(4141)
    os.makedirs(OUT, exist_ok=True)
    rows = []
    for i in range(1, 61):
        if i <= 45:
            text, notes = build(i, S[(i - 1) % 15], rng)
            exp = 'CLEAN'
        else:
            k = i - 46
            vals = fill(rng)
            dirty = [tuple(x.format(**vals) if isinstance(x, str) else x for x in it) for it in DIRTY[k]]
            text, notes = build(i, S[k], rng, dirty)
            exp = 'DIRTY'
        with open(os.path.join(OUT, 'card-%02d.txt' % i), 'w', encoding='utf-8', newline='\n') as fh: fh.write(text)
        rows.append('card-%02d.txt\t%s\t%s' % (i, exp, notes))
    with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('file\texpect\tnotes\n' + '\n'.join(rows) + '\n')

if __name__ == '__main__':
    main()
