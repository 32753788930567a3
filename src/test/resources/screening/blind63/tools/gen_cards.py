#!/usr/bin/env python3
"""Generate ../cards/card-01..60.txt and cards.tsv (fixed seed 6363)."""
import os, random
from common import fill
HERE = os.path.dirname(os.path.abspath(__file__))
ns = {}; exec(open(os.path.join(HERE, 'scenarios.py'), encoding='utf-8').read(), ns)
S = ns['S']
OUT = os.path.join(HERE, '..', 'cards')
rng = random.Random(6363)
LABELS = {
 'canon': ['Datum', 'Soort inbreng', 'Jeugdige (voorletter en geboortejaar)', 'Inbrenger', 'Vaste deelnemer', 'Verantwoordelijke gemeente',
           'Gedragsdeskundige geraadpleegd', 'Geïnformeerd en gesproken', 'Instemming betrokkenen', 'Vraag aan het VeiligheidsTeam',
           'Gezinssamenstelling', 'Wat is er nu onveilig', 'Patroon', 'Krachten en beschermende factoren', 'Risicofactoren',
           'Stem van de jeugdige', 'Stem van ouders en verzorgers', 'Visie van de inbrenger', 'Veiligheidsscore', 'Betrokken hulpverlening', 'Persoonsgegevens'],
 'syn': ['Datum inbreng', 'Type inbreng', 'Jeugdige(n)', 'Inbrenger (naam, functie, organisatie)', 'Vaste deelnemer', 'Gemeente',
         'Gedragswetenschapper geraadpleegd', 'Wie is wanneer geïnformeerd', 'Instemming', 'Vraag aan het VHT',
         'Gezinssamenstelling', 'Zorgen', 'Patroon uit het verleden', 'Krachten', 'Risicofactoren',
         'Wat zegt de jeugdige', 'Stem van ouders', 'Visie inbrenger', 'Score', 'Betrokken hulpverlening', 'Persoonsgegevens'],
}
KEYS = ['datum', 'soort', 'jeugdige', 'inb', 'vast', 'gem', 'gedrag', 'inf', 'inst', 'vraag', 'gezin', 'zorg', 'patr', 'kr', 'risk',
        'stemj', 'stemo', 'visie', 'score', 'hulp', 'pg']
MONTHS = [(10, 31), (11, 30), (12, 7)]
SOORT = ['Eerste inbreng', 'Eerste inbreng', 'Vervolgbespreking (eerder VHT-2026-0{n:03d})', 'Monitoring', 'Overdracht (Toegang -> Veilig Thuis)']
PG = ['n.v.t.', '-', 'niet invullen bij inbreng', None]

def label(style, lab, i):
    if style == 'caps': return lab.upper() + ':'
    if style == 'lower': return lab.lower()
    if style == 'num': return '%d. %s:' % (i, lab)
    return lab + ':'

def build(idx, sc, style, synset, extra):
    m, maxd = MONTHS[idx % 3]
    day = rng.randint(8, maxd) if m != 12 else rng.randint(1, 7)
    d0 = '%02d-%02d-2026' % (max(1, day - 6), m); d1 = '2026-%02d-%02d' % (m, max(1, day - 2))
    v = {}
    v['datum'] = ['%02d-%02d-2026' % (day, m)] if idx % 2 else ['%d-%d-2026' % (day, m)]
    v['soort'] = [SOORT[idx % len(SOORT)].format(n=rng.randint(10, 140))]
    v['jeugdige'] = ['%s (%d)' % y for y in sc['youth']]
    v['inb'] = [sc['inb']]; v['vast'] = [sc['vast']]; v['gem'] = [sc['gem']]
    v['gedrag'] = [sc['gedrag'] + ', op ' + d1] if sc['gedrag'] else None
    v['inf'] = [x.format(d1=d1) for x in sc['inf']]
    v['inst'] = [sc['inst']]; v['vraag'] = [sc['vraag']]
    v['gezin'] = list(sc['gezin'])
    v['zorg'] = ['- ' + x.format(d0=d0) for x in sc['zorg']]
    v['patr'] = [sc['patr']]; v['kr'] = [sc['kr']]; v['risk'] = [sc['risk']]
    v['stemj'] = list(sc['stemj']); v['stemo'] = [sc['stemo']]; v['visie'] = [sc['visie']]
    v['score'] = sc['score'].split('\n'); v['hulp'] = [sc['hulp']]
    pg = PG[idx % 4]; v['pg'] = [pg] if pg else None
    pre, post, blocks_after = [], [], {}
    for kind, where, text in extra:
        if kind == 'append': v[where].append(text)
        elif kind == 'pre': pre += [text, '']
        elif kind == 'post': post += ['', text]
        elif kind == 'after': blocks_after.setdefault(where, []).append(text)
        elif kind == 'pg': v['pg'] = [text]
        elif kind == 'cover': v[where].append(text)
    out = list(pre)
    n = 0
    for k, lab in zip(KEYS, LABELS[synset]):
        if v.get(k) is None: continue
        n += 1
        out.append(label(style, lab, n)); out += v[k]; out.append('')
        for b in blocks_after.get(k, []): out += [b, '']
    out += post
    return '\n'.join(out).rstrip('\n') + '\n'

CLEAN_SPECIALS = [
 ('pre', None, '[HEADER]\nvhk rivierenland | alleen voor VHT-leden | versie 2'),
 ('post', None, '[FOOTER]\nNiet doorsturen zonder toestemming van de inbrenger. Veilig Thuis: 0800-2000.'),
 ('after', 'zorg', '[COMMENT author=Gedragswetenschapper Sociaal Team]\nIs dit door de school zelf gezien of van horen zeggen?'),
 ('after', 'stemj', '[ALT]\nFoto van een werkblad met een vulkaan; de lava is rood gekleurd, onderschrift: boos.'),
 ('pre', None, '[PROPERTY title]\nVeiligheidskaart Rivierenland - inbreng VHT'),
 ('pre', None, '[PROPERTY company]\nGemeente Tiel'),
 ('after', 'score', '[TRACKED-DELETION]\nScore moeder eerst 8, na overleg aangepast.'),
 ('post', None, '[FOOTNOTE]\n1 Zorgmelding politie basisteam Rivierenland, zie ook het verslag van Veilig Thuis Gelderland-Zuid.'),
 ('pre', None, '[MAIL-SUBJECT]\nVHK ter bespreking VHT, inbreng Sociaal Team'),
 ('pre', None, '[MAIL-BODY]\nBeste voorzitter, bijgaand de kaart voor de bespreking van volgende week. Groet, vaste deelnemer Sociaal Team.'),
 ('pre', None, '[FILENAME]\nVHK_Rivierenland_inbreng_2026.docx'),
 ('after', 'kr', '[COMMENT author=Voorzitter VHT]\nMooi dat de school meedoet.'),
 ('post', None, '[FOOTNOTE]\n3 Brief advocaat cliënte d.d. 2-11-2026: de minderjarige verblijft bij cliënte; de wederpartij betwist dit.'),
 ('after', 'stemj', '[ALT]\nGescande brief (OCR): "De rnoeder heeft op 12-1O-2026 de school ge- beld; de jeugdige was af wezig."'),
 ('pre', None, '[MAIL-BODY]\nDoorgestuurd Signal-bericht van moeder: "[21:03] Mama: ik ben bang 😟 [bezorgd-emoji] kom aub morgen"'),
 ('after', 'hulp', '[FOOTNOTE]\n2 Kwadraad: maatschappelijk werk; Pluryn: beschermd wonen; Karakter: wachtlijst.'),
]

# DIRTY: 15 cards x 2 items: (category, value, place, kind, where, text)
DIRTY = [
 [('NAME', 'Marek', 'body (Zorgen)', 'append', 'zorg', '- Marek (vader) dreigde de boomgaard in brand te steken.'),
  ('PHONE', '06-29471836', 'footer', 'post', None, '[FOOTER]\nbij vragen: moeder 06-29471836')],
 [('NAME', 'Elif Kılınç', 'comment author', 'after', 'zorg', '[COMMENT author=Elif Kılınç]\nik ben de tante, dit klopt niet'),
  ('BIRTHDATE', '14-03-2010', 'cover value (Jeugdige)', 'cover', 'jeugdige', 'geboren 14-03-2010')],
 [('NAME', 'VAN DORTH', 'header', 'pre', None, '[HEADER]\nOmgang VAN DORTH / concept 3'),
  ('ID_NUMBER', 'C/05/418230', 'footnote', 'post', None, '[FOOTNOTE]\n1 Beschikking rechtbank Gelderland, zaaknummer C/05/418230.')],
 [('NAME', 'Ionela', 'table row (Gezinssamenstelling)', 'append', 'gezin', '| moeder | Ionela | 1996 |'),
  ('ADDRESS', 'Hamsestraat 61', 'mail body', 'pre', None, '[MAIL-BODY]\nDag, de caravan staat achter Hamsestraat 61, Opheusden. Groet, Sociaal Team.')],
 [('NAME', 'Gerrit', 'alt text', 'after', 'stemj', '[ALT]\nFoto: Gerrit op het dek van de boot met N.'),
  ('POSTCODE', '6666 KT', 'property (title)', 'pre', None, '[PROPERTY title]\nVHK woonboot ligplaats 6666 KT')],
 [('NAME', 'Brinkman-Verhoef', 'file name', 'pre', None, '[FILENAME]\nVHK_Brinkman-Verhoef_Lienden_def.docx'),
  ('EMAIL', 'stiefpa.lienden@gmail.com', 'body (Stem van ouders)', 'append', 'stemo', 'Stiefvader mailde later vanaf stiefpa.lienden@gmail.com dat hij niet meer meedoet.')],
 [('NAME', 'Haider', 'tracked deletion', 'after', 'score', '[TRACKED-DELETION]\nVader Haider: 6.'),
  ('BSN', '{BSN:plain}', 'body (Patroon)', 'append', 'patr', 'Dossier vader onder BSN {BSN:plain} bij Vluchtelingenwerk.')],
 [('NAME', 'Chen', 'mail subject', 'pre', None, '[MAIL-SUBJECT]\nVHK fam. Chen restaurant Culemborg'),
  ('IBAN', '{IBAN:NL:ABNA:grouped}', 'body (Risicofactoren)', 'append', 'risk', 'Huurachterstand: betaling loopt via {IBAN:NL:ABNA:grouped}.')],
 [('NAME', 'Shurenska', 'body (Stem van de jeugdige)', 'append', 'stemj', 'Q.: "mama Shurenska ta stima mi."'),
  ('URL', 'instagram.com/nails_by_shu_tiel', 'comment text', 'after', 'zorg', '[COMMENT author=Jeugdverpleegkundige GGD]\nZie ook instagram.com/nails_by_shu_tiel, moeder post foto\'s van de baby.')],
 [('NAME', 'de Ruiter', 'body (Krachten)', 'append', 'kr', 'Buurvrouw mw. de Ruiter brengt D. soms naar school.'),
  ('PHONE', '+40 745 118 302', 'body (Geïnformeerd)', 'append', 'inf', 'Vader (Roemenië) gebeld op +40 745 118 302.')],
 [('NAME', 'Kowalczyk', 'property (company)', 'pre', None, '[PROPERTY company]\nFruitbedrijf Kowalczyk'),
  ('BIRTHDATE', '2012-05-19', 'body (Gezinssamenstelling)', 'append', 'gezin', 'A. is geboren op 2012-05-19.')],
 [('NAME', 'AKSOY', 'body (Wat is er nu onveilig)', 'append', 'zorg', '- FAMILIE AKSOY DREIGT MET ONTVOERING NAAR TURKIJE'),
  ('ID_NUMBER', 'VTGZ-2026-08812', 'mail body', 'pre', None, '[MAIL-BODY]\nHierbij de kaart, ons dossier VTGZ-2026-08812. Groet, Veilig Thuis.')],
 [('NAME', 'Geesje', 'footer', 'post', None, '[FOOTER]\nopvangadres: oma Geesje in Ingen'),
  ('BSN', '{BSN:dots}', 'table row (Gezinssamenstelling)', 'append', 'gezin', '| BSN moeder | {BSN:dots} |')],
 [('NAME', 'Zeynep', 'body (Visie)', 'append', 'visie', 'Zeynep (nicht) kan een veilige plek bieden.'),
  ('EMAIL', 'berfin.d.tiel@hotmail.com', 'comment text', 'after', 'kr', '[COMMENT author=Sociaal Team Tiel]\nmoeder is bereikbaar via berfin.d.tiel@hotmail.com')],
 [('NAME', 'Anushka', 'tracked deletion', 'after', 'score', '[TRACKED-DELETION]\nAnushka (vriendin moeder): 7'),
  ('POSTCODE', '4002WR', 'body (Persoonsgegevens)', 'pg', None, 'Adres: 4002WR Tiel')],
]

def main():
    rows = []
    styles = ['plain', 'num', 'caps', 'lower', 'plain']
    for i in range(1, 61):
        sc = S[(i - 1) % len(S)]
        style = styles[i % len(styles)]; syn = 'canon' if i % 3 else 'syn'
        if i <= 45:
            extra = [CLEAN_SPECIALS[(i - 1) % len(CLEAN_SPECIALS)], CLEAN_SPECIALS[(i + 5) % len(CLEAN_SPECIALS)]]
            text = build(i, sc, style, syn, extra); notes = '-'
        else:
            items = DIRTY[i - 46]
            sc = S[[0, 1, 2, 3, 4, 5, 6, 7, 8, 3, 0, 1, 5, 1, 8][i - 46]]
            extra, notes_l = [], []
            for cat, val, place, kind, where, text in items:
                if '{' in val:
                    val2 = fill(val, rng); text = text.replace(val, val2); val = val2
                extra.append((kind, where, text)); notes_l.append('%s "%s" @ %s' % (cat, val, place))
            text = build(i, sc, style, syn, extra); notes = '; '.join(notes_l)
        with open(os.path.join(OUT, 'card-%02d.txt' % i), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write(text)
        rows.append('card-%02d.txt\t%s\t%s' % (i, 'CLEAN' if i <= 45 else 'DIRTY', notes))
    with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('file\texpect\tnotes\n' + '\n'.join(rows) + '\n')
main()
