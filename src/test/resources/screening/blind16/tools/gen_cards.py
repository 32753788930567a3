#!/usr/bin/env python3
"""Generate ../cards/card-01..60.txt and cards.tsv from scenarios.py (fixed seed 16)."""
import datetime as dt, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from scenarios import S
import gen_sentences as G
from gen_sentences import gen_bsn, gen_iban_de, gen_iban_nl, group4   # same generators, reseeded below
G.rng.seed(4616)

rng = random.Random(16)
OUT = os.path.join(HERE, '..', 'cards')
MON = ['jan.', 'feb.', 'mrt.', 'apr.', 'mei', 'juni', 'juli', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.']
MONL = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']
DAY = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo']

def fmt(d, style):
    if d.day == 6 and style % 7 in (0, 4, 5): style = 2
    return [lambda: d.strftime('%d-%m-%Y'), lambda: d.strftime('%Y-%m-%d'), lambda: '%d-%d-%d' % (d.day, d.month, d.year),
            lambda: '%d %s %d' % (d.day, MONL[d.month - 1], d.year), lambda: d.strftime('%d/%m/%Y'),
            lambda: d.strftime('%d.%m.%Y'), lambda: '%s %d %s %d' % (DAY[d.weekday()], d.day, MON[d.month - 1], d.year)][style % 7]()

LABELS = {  # style -> labels
 'canon': dict(datum='Datum', soort='Soort inbreng', jeugd='Jeugdige (voorletter en geboortejaar)', inbr='Inbrenger (naam, functie, organisatie)',
     vaste='Vaste deelnemer', gem='Verantwoordelijke gemeente', gedrag='Gedragsdeskundige geraadpleegd', geinf='Geïnformeerd en gesproken',
     inst='Instemming betrokkenen', vraag='Vraag aan het VeiligheidsTeam', gezin='Gezinssamenstelling', zorgen='Wat is er nu onveilig',
     patroon='Patroon', krachten='Krachten en beschermende factoren', risico='Risicofactoren', stemj='Stem van de jeugdige',
     stemo='Stem van ouders en verzorgers', visie='Visie van de inbrenger', score='Veiligheidsscore', hulp='Betrokken hulpverlening',
     pg='Persoonsgegevens'),
 'syn': dict(datum='Datum inbreng:', soort='Type inbreng:', jeugd='Jeugdige(n):', inbr='Inbrenger:', vaste='Vaste deelnemer:',
     gem='Gemeente:', gedrag='Gedragswetenschapper geraadpleegd:', geinf='Wie is wanneer geïnformeerd:', inst='Instemming:',
     vraag='Hulpvraag aan het VHT:', gezin='Gezinssamenstelling:', zorgen='Zorgen:', patroon='Patroon uit het verleden:',
     krachten='Krachten:', risico='Risicofactoren:', stemj='Wat zegt de jeugdige:', stemo='Stem van ouders:', visie='Visie inbrenger:',
     score='Score:', hulp='Betrokken hulpverlening:', pg='Persoonsgegevens:'),
}
LABELS['caps'] = {k: v.upper() for k, v in LABELS['canon'].items()}
LABELS['num'] = {k: '%d. %s' % (i + 1, v) for i, (k, v) in enumerate(LABELS['syn'].items())}
LABELS['lower'] = {k: v.lower().rstrip(':') for k, v in LABELS['syn'].items()}
STYLES = ['canon', 'syn', 'num', 'caps', 'lower']
INITIALS = list('ABDEFHJKLMNRSTYZ') + ['Ö', 'Ş', 'Sj', 'Ch', 'Gj', 'IJ']

def make(scn, idx, writer, dirty=None, forced_date=None):
    dirty = dirty or {}
    card = forced_date or dt.date(2026, 9, 1) + dt.timedelta(days=rng.randint(0, 105))
    ds = rng.randint(0, 6)
    d1 = card - dt.timedelta(days=rng.randint(6, 30)); d2 = card - dt.timedelta(days=rng.randint(2, 5))
    age0 = rng.randint(2, 9)
    inits = rng.sample(INITIALS, 3)
    sub = dict(A=inits[0], B=inits[1], C=inits[2], age0=str(age0), d1=fmt(d1, rng.randint(0, 6)), d2=fmt(d2, rng.randint(0, 6)))
    for i, y in enumerate(scn['years']): sub['Y' + 'ABC'[i]] = str(y)
    f = lambda s: s.format(**sub)
    L = LABELS[STYLES[idx % 5]]
    soort = ['Eerste inbreng', 'Vervolgbespreking (eerder besproken als VHT-2026-%04d)' % rng.randint(20, 400), 'Eerste inbreng',
             'Monitoring', 'Eerste inbreng', 'Overdracht'][idx % 6]
    inbr, vaste, gedrag = writer
    org = inbr.split(', ')[-1]
    role = inbr.split(', ')[1]
    youths = ['%s. (%s)' % (sub['ABC'[i]], y) for i, y in enumerate(scn['years'])]
    out = []
    def blk(tag, text):
        out.append('[%s]' % tag); out.append(text); out.append('')
    def sec(key, lines):
        out.append(L[key]); out.extend(lines); out.extend(dirty.get('body:' + key, [])); out.append('')
    if 'filename' in dirty: blk('FILENAME', dirty['filename'])
    elif rng.random() < .4: blk('FILENAME', 'VHK_%s_%s%s_%s.docx' % (scn['gemeente'].replace(' ', ''), sub['A'], scn['years'][0], card.strftime('%Y%m%d')))
    if 'mail_subject' in dirty: blk('MAIL-SUBJECT', dirty['mail_subject'])
    elif rng.random() < .35: blk('MAIL-SUBJECT', 'Inbreng VHT %s - %s - %s' % (scn['gemeente'], youths[0], soort.split(' (')[0].lower()))
    if 'mail_body' in dirty: blk('MAIL-BODY', dirty['mail_body'])
    elif rng.random() < .3:
        blk('MAIL-BODY', 'Beste voorzitter,\nHierbij de veiligheidskaart voor de bespreking. Ouders zijn op de hoogte.\nMet vriendelijke groet,\nde vaste deelnemer van %s' % vaste.split(', ', 1)[1])
    if 'property' in dirty: blk('PROPERTY title', dirty['property'])
    elif rng.random() < .5: blk('PROPERTY title', 'Veiligheidskaart %s - %s' % (' '.join(youths), scn['gemeente']))
    if rng.random() < .3: blk('PROPERTY company', org)
    if 'header' in dirty: blk('HEADER', dirty['header'])
    elif rng.random() < .6: blk('HEADER', rng.choice(['VHK - VERTROUWELIJK - %s', 'Veiligheidskaart VHT regio - %s', 'VERTROUWELIJK | gemeente %s']) % scn['gemeente'].upper())
    sec('datum', [fmt(card, ds)])
    sec('soort', [soort])
    sec('jeugd', dirty.get('cover_jeugd', youths))
    sec('inbr', [inbr])
    sec('vaste', [vaste])
    sec('gem', [scn['gemeente']])
    if gedrag: sec('gedrag', ['Ja, %s, op %s' % (gedrag, fmt(card - dt.timedelta(days=3), 0))])
    elif idx % 3 == 0: sec('gedrag', ['Nee, nog niet'])
    who = scn.get('who', ['Moeder', 'Vader'])
    gi = ['%s: gesproken op %s (huisbezoek).' % (who[0], fmt(card - dt.timedelta(days=rng.randint(3, 9)), rng.randint(0, 6)))]
    gi += ['%s: telefonisch gesproken op %s.' % (w, fmt(card - dt.timedelta(days=rng.randint(2, 9)), rng.randint(0, 6))) for w in who[1:]]
    little = all(card.year - y < 4 for y in scn['years'])
    olds = [youths[i] for i, y in enumerate(scn['years']) if card.year - y >= 8]
    if olds: gi.append('%s: gesproken op %s, op school.' % (olds[0], fmt(card - dt.timedelta(days=rng.randint(1, 8)), rng.randint(0, 6))))
    gi.append(rng.choice(['De huisarts is geïnformeerd.', 'Veilig Thuis is geïnformeerd.', 'JGZ is op de hoogte gebracht.'] + ([] if little else ['School is op de hoogte.'])))
    sec('geinf', gi)
    if idx % 6 == 4:
        sec('inst', ['Nee. %s wil geen bespreking en vindt dat de hulpverlening zich te veel met het gezin bemoeit.' % scn.get('refuser', 'Vader'),
                     'Verantwoording inbrenger: de veiligheid van de kinderen weegt zwaarder; ' + scn.get('refuser', 'Vader').lower() + ' is hierover op %s geïnformeerd.' % fmt(card - dt.timedelta(days=2), 2)])
    elif idx % 6 == 1:
        sec('inst', ['Gedeeltelijk: %s %s in, %s niet. Inbrenger brengt toch in vanwege de ernst van de zorgen.' % (who[0].lower(), 'stemmen' if who[0].endswith('ouders') else 'stemt', who[-1].lower()) if len(who) > 1 else 'Ja, %s stemt in.' % who[0].lower()])
    else:
        sec('inst', [rng.choice(['Ja, ouders stemmen in.', 'Ja', 'Ja, ouders en %s stemmen in met bespreking in het VHT.' % youths[0] if card.year - scn['years'][0] >= 12 else 'Ja, ouders stemmen in met bespreking in het VHT.'])])
    sec('vraag', [f(scn['vraag'])])
    if rng.random() < .5:
        rows = ['| rol | geboortejaar | bijzonderheden |', '|---|---|---|'] + ['| %s | %s | %s |' % tuple(f(x) for x in r) for r in scn['table']]
        sec('gezin', rows + dirty.get('table_gezin', []))
    else:
        sec('gezin', [f(scn['composition'])] + dirty.get('table_gezin', []))
    bullet = rng.choice(['- ', '* ', '', '• '])
    sec('zorgen', [bullet + f(z) for z in scn['zorgen']])
    if 'comment' in dirty: blk('COMMENT author=%s' % dirty['comment'][0], dirty['comment'][1])
    elif rng.random() < .5:
        blk('COMMENT author=%s' % rng.choice(['Vaste deelnemer ' + vaste.split(', ', 1)[1], 'Voorzitter VHT', 'Gedragswetenschapper ' + org]),
            rng.choice(['Graag concreter: wat is er precies gezien en wanneer?', 'Klopt de datum van het incident?'] + ([] if little else ['Score van de jeugdige nog aanvullen.'])))
    if rng.random() < .7: sec('patroon', [f(scn['patroon'])])
    sec('krachten', [f(scn['krachten'])])
    sec('risico', [f(scn['risico'])])
    sec('stemj', [f(scn['stemj'])])
    if 'alt' in dirty: blk('ALT', dirty['alt'])
    elif rng.random() < .35: blk('ALT', 'Foto van de slaapplek, gemaakt bij het huisbezoek.' if little else 'Tekening van %s: drie huizen (zorgen, goede dingen, dromen).' % youths[-1])
    sec('stemo', [f(scn['stemo'])])
    sec('visie', [f(scn['visie'])])
    sj = '%s.: %d' % (sub['A'], rng.randint(2, 6)) if card.year - scn['years'][0] >= 8 else ''
    si, so = rng.randint(2, 5), rng.randint(5, 8)
    if rng.random() < .5: sec('score', ['| wie | score |', '|---|---|', '| inbrenger | %d |' % si, '| moeder | %d |' % so] + (['| %s |' % sj.replace(': ', ' | ')] if sj else []))
    else: sec('score', ['Inbrenger: %d. Moeder: %d.%s' % (si, so, (' ' + sj + '.') if sj else '')])
    if 'tracked' in dirty: blk('TRACKED-DELETION', dirty['tracked'])
    elif rng.random() < .4: blk('TRACKED-DELETION', 'Inbrenger: %d.' % (si + 1))
    sec('hulp', [f(scn['hulp'])])
    if 'footnote' in dirty: blk('FOOTNOTE', dirty['footnote'])
    elif rng.random() < .3: blk('FOOTNOTE', 'Bron: verslag %s van %s.' % (org, fmt(d1, 0)))
    if soort.startswith('Vervolg') or soort == 'Monitoring':
        out.append('Advies:'); out.append('Eerdere bespreking: veiligheidsplan opstellen en na 6 weken terugkoppelen (actie: inbrenger).'); out.append('')
    if 'pg' in dirty: sec('pg', dirty['pg'])
    else:
        c = rng.random()
        if c < .75: sec('pg', [rng.choice(['n.v.t.', '-', 'niet invullen bij inbreng'])])
    if 'footer' in dirty: blk('FOOTER', dirty['footer'])
    elif rng.random() < .5: blk('FOOTER', 'Veiligheidskaart %s - pagina 1 van 3 - versie %s' % (scn['gemeente'], fmt(card, 0)))
    return '\n'.join(out).rstrip('\n') + '\n', sub

bsn = gen_bsn()
iban_de = group4(gen_iban_de())
iban_nl = gen_iban_nl('RABO')
# dirty items per scenario index (card-46 .. card-60): list of (CATEGORY, value, place, dirty-dict-key, text-template)
DIRTY = [
 [('NAME', 'Chantal', 'body (Zorgen)', 'body:zorgen', '- Moeder (Chantal) zegt dat ze de baby niet meer aankan.'),
  ('PHONE', '+49 170 55238814', 'footer', 'footer', 'Bereikbaar vader (werk Aken): +49 170 55238814')],
 [('NAME', 'Abdulrahman', 'mail subject', 'mail_subject', 'Inbreng VHT Enschede - Abdulrahman (2012) - spoed'),
  ('BSN', bsn, 'body (Persoonsgegevens)', 'pg', 'BSN {A}.: ' + bsn)],
 [('NAME', 'Mitchell Gerritsma', 'tracked deletion', 'tracked', 'Vader van {C}. (Mitchell Gerritsma) is in de woning gezien.'),
  ('ADDRESS', 'Kronenburgersingel 212', 'body (Zorgen)', 'body:zorgen', 'Vader van {C}. verblijft volgens de buren op Kronenburgersingel 212.')],
 [('BIRTHDATE', '17-03-2024', 'table row (Gezinssamenstelling)', 'table_gezin', '| {A}. | geb. 17-03-2024 | letsel onderarm |'),
  ('ID_NUMBER', 'VieCuri patiëntnr. 3318274', 'footnote', 'footnote', 'Bron: SEH-verslag, VieCuri patiëntnr. 3318274.')],
 [('NAME', 'OUDE HENGEL', 'header', 'header', 'VEILIGHEIDSKAART GEZIN OUDE HENGEL - VERTROUWELIJK'),
  ('POSTCODE', '7651 KP', 'footer', 'footer', 'Retouradres: 7651 KP Tubbergen')],
 [('URL', 'https://www.instagram.com/berivan.almelo09', 'body (Zorgen)', 'body:zorgen', 'Bedreigingen zijn geplaatst onder https://www.instagram.com/berivan.almelo09'),
  ('NAME', 'Dersim', 'comment text', 'comment', ('Vaste deelnemer Veilig Thuis Twente', 'De neef (Dersim) is ook bij de Duitse politie bekend.'))],
 [('NAME', 'Vincenzo', 'alt text', 'alt', 'Foto van de kapotte ruit, gemaakt door oom Vincenzo.'),
  ('IBAN', iban_de, 'mail body', 'mail_body', 'Beste voorzitter,\nVader betaalt de schuld af via rekening ' + iban_de + '.\nMet vriendelijke groet,\nSociaal Team Brunssum')],
 [('NAME', 'Gayane Avetisyan', 'property (title)', 'property', 'Veiligheidskaart Gayane Avetisyan en dochter'),
  ('EMAIL', 'gayane.a81@gmail.com', 'mail body', 'mail_body', 'Beste voorzitter,\nMoeder wil de kaart ontvangen op gayane.a81@gmail.com.\nGroet, Sociaal Wijkteam Nijmegen')],
 [('ADDRESS', 'Vaalser Straße 301', 'body (Zorgen)', 'body:zorgen', 'Vader woont aan de Vaalser Straße 301 in Aken.'),
  ('PHONE', '0049 241 447192', 'comment text', 'comment', ('Voorzitter VHT', 'Vader bellen via 0049 241 447192 voor de bespreking?'))],
 [('BIRTHDATE', '2-10-2026', 'body (Stem van de jeugdige)', 'body:stemj', '{A}. (geb. 2-10-2026) is bij de kraamcontrole gewogen.'),
  ('NAME', 'AlTamimi', 'file name', 'filename', 'VHK_Hengelo_AlTamimi_2026.docx')],
 [('NAME', 'Netty', 'body (Krachten)', 'body:krachten', 'Tante Netty heeft een logeerkamer klaargemaakt.'),
  ('EMAIL', 'r.pauwels78@hotmail.com', 'footer', 'footer', 'Contact vader: r.pauwels78@hotmail.com')],
 [('NAME', 'Demi', 'body (Stem van ouders)', 'body:stemo', 'Moeder (Demi): "Ik wil geen moeder-kindhuis, ik wil thuis blijven."'),
  ('ID_NUMBER', 'cliëntnummer Zozijn 20-88417', 'body (Betrokken hulpverlening)', 'body:hulp', 'Moeder: cliëntnummer Zozijn 20-88417.')],
 [('BIRTHDATE', '21-12-2008', 'body (Zorgen)', 'body:zorgen', '{A}. (geboren 21-12-2008) wordt in december 18.'),
  ('URL', 'https://www.tiktok.com/@mama_nijmegen82', 'footnote', 'footnote', 'Contact via https://www.tiktok.com/@mama_nijmegen82 (account moeder).')],
 [('NAME', 'Jens Olthof', 'comment author', 'comment', ('Jens Olthof', 'Ik ben de vader en ik ben het hier niet mee eens.')),
  ('POSTCODE', '7572 BW', 'body (Gezinssamenstelling)', 'table_gezin', 'Gezin woont in 7572 BW, boven de bakkerij.')],
 [('IBAN', iban_nl, 'footnote', 'footnote', 'Vergoeding leerlingenvervoer op ' + iban_nl + ' (rekening moeder).'),
  ('NAME', 'Vanderhoven', 'tracked deletion', 'tracked', 'Moeder (mevr. Vanderhoven) houdt de deur dicht voor leerplicht.')],
]

def main():
    os.makedirs(OUT, exist_ok=True)
    tsv = ['file\texpect\tnotes']
    n = 0
    for rep in range(3):
        for si, scn in enumerate(S):
            n += 1
            text, _ = make(scn, n, scn['writers'][rep])
            open(os.path.join(OUT, 'card-%02d.txt' % n), 'w', encoding='utf-8').write(text)
            tsv.append('card-%02d.txt\tCLEAN\t-' % n)
    for si, scn in enumerate(S):
        n += 1
        # first pass to learn the initials, then fill the dirty texts
        state = rng.getstate()
        _, sub = make(scn, n, scn['writers'][3], forced_date=dt.date(2026, 11, 12) if scn['key'] == 'irak_hengelo' else None)
        d = {}
        for cat, val, place, key, tmpl in DIRTY[si]:
            if isinstance(tmpl, tuple): d[key] = tmpl
            elif key.startswith('body:') or key in ('table_gezin', 'pg'): d.setdefault(key, []).append(tmpl.format(**sub))
            else: d[key] = tmpl.format(**sub)
        rng.setstate(state)
        text, sub2 = make(scn, n, scn['writers'][3], dirty=d, forced_date=dt.date(2026, 11, 12) if scn['key'] == 'irak_hengelo' else None)
        assert sub2 == sub
        open(os.path.join(OUT, 'card-%02d.txt' % n), 'w', encoding='utf-8').write(text)
        tsv.append('card-%02d.txt\tDIRTY\t%s' % (n, '; '.join('%s "%s" @ %s' % (c, v, p) for c, v, p, _, _ in DIRTY[si])))
    open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8').write('\n'.join(tsv) + '\n')
    print('wrote %d cards' % n)

if __name__ == '__main__':
    main()
