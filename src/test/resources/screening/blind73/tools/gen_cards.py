#!/usr/bin/env python3
"""Generates ../cards/card-01..60.txt and cards.tsv (seed 730). Re-running reproduces them byte for byte."""
import os, random
from scenarios import S
from common import bsn, iban, grp
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'cards')
rng = random.Random(730)

PROS = [('Ilse Dorssers', 'jeugdreclasseerder', 'Jeugdreclassering Limburg'), ('Ramon Hendriks', 'gezinsvoogd', 'William Schrikker'),
        ('Noortje Kleuskens', 'casemanager', 'Toegang Horst aan de Maas'), ('Bas Ummels', 'medewerker Halt', 'Halt Limburg'),
        ('Sevgi Aksoy', 'aandachtsfunctionaris', 'Veilig Thuis Limburg-Noord'), ('Joep Raedts', 'gezinscoach', 'Toegang Venlo'),
        ('Lieke Swinkels', 'jeugdconsulent', 'Toegang Venray'), ('Karim Boulahrouz', 'casemanager', 'Toegang Peel en Maas'),
        ('Marjo Lemmen', 'wijkcoach', 'Toegang Beesel'), ('Thom Arts', 'jeugdconsulent', 'Toegang Gennep'),
        ('Esmee Rutten', 'casemanager', 'Toegang Bergen'), ('Rianne Schaeffers', 'jeugdreclasseerder', 'Jeugdreclassering Limburg')]
VASTE = ['Frank Thijssen, Toegang Venlo', 'Anke Peeters, Veilig Thuis Limburg-Noord', 'Martijn Houben, gemeente Beesel',
         'Hanneke Poels, Toegang Venray', 'Gert-Jan Weijs, William Schrikker', 'Loes Teeuwen, Toegang Horst aan de Maas']
GEDRAG = ['Marloes Geenen (orthopedagoog Wel.kom)', 'Jeroen Verbeek (gedragswetenschapper Toegang Venray)',
          'Sabine Moors (GZ-psycholoog William Schrikker)']
SOORT = ['Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Overdracht']
DATES = ['03-11-2026', '2026-11-05', '10 november 2026', 'di 17/11/2026', '24-11-2026', '1 december 2026', '2026-12-08', '15-12-2026']

LABELS = {  # style -> section key -> label
 0: dict(datum='Datum inbreng:', soort='Soort inbreng:', jeugdige='Jeugdige (voorletter en geboortejaar):', inbrenger='Inbrenger:',
         vaste='Vaste deelnemer:', gemeente='Verantwoordelijke gemeente:', gedrag='Gedragsdeskundige geraadpleegd:',
         geinf='Geïnformeerd en gesproken:', instemming='Instemming betrokkenen:', vraag='Vraag aan het VeiligheidsTeam:',
         gezin='Gezinssamenstelling:', zorgen='Wat is er nu onveilig:', patroon='Patroon:', krachten='Krachten en beschermende factoren:',
         risico='Risicofactoren:', stemj='Stem van de jeugdige:', stemo='Stem van ouders en verzorgers:', visie='Visie van de inbrenger:',
         score='Veiligheidsscore:', hulp='Betrokken hulpverlening:', pg='Persoonsgegevens:'),
 1: dict(datum='Datum', soort='Type inbreng', jeugdige='Jeugdige(n)', inbrenger='Inbrenger (naam, functie, organisatie)',
         vaste='Vaste deelnemer', gemeente='Gemeente', gedrag='Gedragswetenschapper geraadpleegd', geinf='Wie is wanneer geïnformeerd',
         instemming='Instemming', vraag='Hulpvraag aan het VHT', gezin='Gezinssamenstelling', zorgen='Zorgen', patroon='Patroon uit het verleden',
         krachten='Krachten', risico='Risicofactoren', stemj='Wat zegt de jeugdige', stemo='Stem van ouders', visie='Visie inbrenger',
         score='Score', hulp='Betrokken hulpverlening', pg='Persoonsgegevens'),
}
def style_labels(st):
    base = LABELS[st % 2]
    if st == 2: return {k: v.upper() for k, v in LABELS[0].items()}
    if st == 3: return {k: v.lower() for k, v in LABELS[1].items()}
    if st == 4:
        order = list(LABELS[0]); return {k: '%d. %s' % (i + 1, LABELS[1][k]) + ':' for i, k in enumerate(order)}
    return base
COVER = ['datum', 'soort', 'jeugdige', 'inbrenger', 'vaste', 'gemeente', 'gedrag', 'geinf', 'instemming', 'vraag']
MAIN = ['gezin', 'zorgen', 'patroon', 'krachten', 'risico', 'stemj', 'stemo', 'visie', 'score', 'hulp']

# DIRTY specs: card number -> list of (category, value, place, injection)
# injection: ('append', section, text) | ('block', tag, text) | ('jeugdige', text) | ('author', author) | ('filename', text)
R = random.Random(7300)
B1 = bsn(R); B2 = bsn(R); B2s = B2[:3] + ' ' + B2[3:6] + ' ' + B2[6:]
I1 = grp(iban(R, 'NL', 'RABO'))
DIRTY = {
 46: [('NAME', 'Agata Lewandowska', 'body (Stem van ouders)', ('append', 'stemo', '[vert.: brief ondertekend door Agata Lewandowska]')),
      ('PHONE', '06-28417730', 'mail body', ('block', '[MAIL-BODY]', 'Hierbij de kaart. Moeder wil teruggebeld worden op 06-28417730.\nGroet, vaste deelnemer'))],
 47: [('NAME', 'Sjeng Hermkens', 'comment author', ('author', 'Sjeng Hermkens')),
      ('BIRTHDATE', '11-06-2012', 'cover value (Jeugdige)', ('jeugdige', 'K. (11-06-2012)'))],
 48: [('ADDRESS', 'Venrayseweg 134', 'body (Gezinssamenstelling)', ('append', 'gezin', 'Sinds oktober wonen zij op Venrayseweg 134 bij een tante.')),
      ('NAME', 'Nowak', 'file name', ('filename', 'VHK_Nowak_Venlo_def.docx'))],
 49: [('BSN', B1, 'table row (Gezinssamenstelling)', ('append', 'gezin', '| jeugdige | BSN | %s |' % B1)),
      ('NAME', 'Cosmin', 'tracked deletion', ('block', '[TRACKED-DELETION]', 'vader Cosmin zegt dat hij stopt'))],
 50: [('POSTCODE', '5913 VR', 'footer', ('block', '[FOOTER]', 'Retour: 5913 VR Venlo')),
      ('NAME', 'Tesfay', 'header', ('block', '[HEADER]', 'VHK GEZIN TESFAY - VERTROUWELIJK'.replace('TESFAY', 'Tesfay')))],
 51: [('EMAIL', 'monika.zajac88@interia.pl', 'mail body', ('block', '[MAIL-BODY]', 'Moeder vraagt de kaart ook te sturen naar monika.zajac88@interia.pl.\nMet vriendelijke groet, Toegang Venlo')),
      ('NAME', 'Wendy Janssen', 'property (company)', ('block', '[PROPERTY company]', 'Wendy Janssen'))],
 52: [('ID_NUMBER', 'parketnummer 03-114592-26', 'body (Patroon)', ('append', 'patroon', 'Lopende zaak: parketnummer 03-114592-26.')),
      ('NAME', 'Latuheru', 'footnote', ('block', '[FOOTNOTE]', '1 Informatie van oom Latuheru, telefonisch.'))],
 53: [('IBAN', I1, 'footnote', ('block', '[FOOTNOTE]', '1 Leefgeld loopt via %s (bewindvoering).' % I1)),
      ('NAME', 'Bogdan', 'alt text', ('block', '[ALT]', 'Tekening van E.: Bogdan met een boze mond'))],
 54: [('URL', 'https://www.tiktok.com/@fenna_ottersum13', 'comment text', ('block', '[COMMENT author=Vaste deelnemer Toegang Gennep]', 'Zie filmpje op https://www.tiktok.com/@fenna_ottersum13 - verwijderen uit kaart!')),
      ('NAME', 'Jochem', 'body (Wat zegt de jeugdige)', ('append', 'stemj', 'F. noemt Jochem van de logeeropvang als zijn beste vriend.'))],
 55: [('PHONE', '077-3871624', 'body (Betrokken hulpverlening)', ('append', 'hulp', 'Oma (opvang) bereikbaar via 077-3871624.')),
      ('NAME', 'Kuipers', 'mail subject', ('block', '[MAIL-SUBJECT]', 'Inbreng VHT gezin Kuipers - monitoring'))],
 56: [('BIRTHDATE', '23-02-2011', 'property (title)', ('block', '[PROPERTY title]', 'Veiligheidskaart Y. 23-02-2011')),
      ('NAME', 'Abrehet', 'body (Krachten)', ('append', 'krachten', 'Tante Abrehet komt elke zaterdag koken.'))],
 57: [('ID_NUMBER', 'HLT-LNG-2026-05102', 'mail subject', ('block', '[MAIL-SUBJECT]', 'VHK + Halt-registratie HLT-LNG-2026-05102')),
      ('ADDRESS', 'Kloosterstraat 9a', 'tracked deletion', ('block', '[TRACKED-DELETION]', 'woont Kloosterstraat 9a'))],
 58: [('NAME', 'Kurstjens', 'comment text', ('block', '[COMMENT author=Gedragswetenschapper Toegang Venlo]', 'Overleg met mevrouw Kurstjens van de school is nog niet gedaan.')),
      ('EMAIL', 'dennis.tegelen@hotmail.com', 'footer', ('block', '[FOOTER]', 'vragen: dennis.tegelen@hotmail.com'))],
 59: [('NAME', 'Marius Ciobanu', 'table row (Gezinssamenstelling)', ('append', 'gezin', '| vader | Marius Ciobanu | Venlo/Roemenië |')),
      ('BSN', B2s, 'alt text', ('block', '[ALT]', 'Foto van verblijfsdocument, BSN %s zichtbaar' % B2s))],
 60: [('NAME', 'Greet', 'body (Wat is er nu onveilig)', ('append', 'zorgen', 'Buurvrouw Greet heeft op 20-10 de politie gebeld.')),
      ('POSTCODE', '5993 AT', 'mail body', ('block', '[MAIL-BODY]', 'Moeder verblijft tijdelijk in 5993 AT Maasbree.\nGroet, Toegang Peel en Maas'))],
}
DIRTY_SCEN = {46: 2, 47: 1, 48: 2, 49: 8, 50: 11, 51: 2, 52: 7, 53: 8, 54: 9, 55: 10, 56: 11, 57: 1, 58: 7, 59: 8, 60: 5}

def card(n):
    sc = S[DIRTY_SCEN[n]] if n in DIRTY_SCEN else S[(n - 1) % len(S)]
    st = (n * 7) % 5
    L = style_labels(st)
    date = DATES[(n * 3) % len(DATES)]
    soort = SOORT[(n // 2) % 4]
    fit = [p for p in PROS if not p[2].startswith('Toegang') or p[2].endswith(sc['gem'].replace(' (L)', ''))]
    pro = fit[(n * 5) % len(fit)]
    inj = DIRTY.get(n, [])
    jeug = '\n'.join('%s (%d)' % k for k in sc['kids'])
    kid = sc['kids'][0][0]
    author = 'Voorzitter VHT' if n % 3 else 'Jeugdarts GGD Limburg-Noord'
    blocks_top, blocks_bot = [], []
    fname = 'VHK_%s_%s%d_%s.docx' % (sc['gem'].replace(' ', '').replace('(L)', ''), kid[0], sc['kids'][0][1], n)
    extra = {k: [] for k in MAIN + COVER}
    seen_tags = set()
    for cat, val, place, ij in inj:
        if ij[0] == 'append': extra[ij[1]].append(ij[2])
        elif ij[0] == 'jeugdige': jeug = ij[1]
        elif ij[0] == 'author': author = ij[1]
        elif ij[0] == 'filename': fname = ij[1]
        elif ij[0] == 'block':
            seen_tags.add(ij[1].split()[0].rstrip(']'))
            (blocks_top if ij[1] in ('[HEADER]', '[PROPERTY title]', '[PROPERTY company]', '[MAIL-SUBJECT]') else blocks_bot).append(ij[1] + '\n' + ij[2])
    top = []
    if n % 4 == 0 or n in (48,): top.append('[FILENAME]\n' + fname)
    if '[MAIL-SUBJECT' not in seen_tags and n % 5 == 0: top.append('[MAIL-SUBJECT]\nInbreng VHT %s (%d) - %s' % (kid, sc['kids'][0][1], sc['gem']))
    if '[PROPERTY title' not in seen_tags and n % 3 == 1: top.append('[PROPERTY title]\nVeiligheidskaart %s (%d)' % (kid, sc['kids'][0][1]))
    if '[PROPERTY company' not in seen_tags and n % 6 == 2: top.append('[PROPERTY company]\n' + pro[2])
    if '[HEADER' not in seen_tags and n % 2 == 0: top.append('[HEADER]\nVEILIGHEIDSKAART - VERTROUWELIJK - %s' % sc['gem'].upper())
    top += blocks_top
    cons = 'Ja, ouders en %s zijn akkoord met bespreking in het VHT.' % kid
    if n % 7 == 3:
        cons = 'Nee. Vader weigert. Reden: hij wantrouwt de hulpverlening. Verantwoording inbrenger: de zorgen over de veiligheid wegen zwaarder; moeder stemt wel in.'
    cover = dict(datum=date, soort=soort, jeugdige=jeug, inbrenger='%s, %s, %s' % pro, vaste=VASTE[n % len(VASTE)], gemeente=sc['gem'],
                 gedrag=('Ja, %s, op 2-11-2026' % GEDRAG[n % 3]) if n % 2 else '',
                 geinf='Ouders: gesproken op 27-10-2026 tijdens een huisbezoek in %s.\n%s: gesproken op 29-10-2026 op school.\nDe jeugdarts van de GGD is geïnformeerd.' % (sc['place'], kid),
                 instemming=cons, vraag=sc['vraag'])
    out = ['\n\n'.join(top)] if top else []
    body = []
    for k in COVER:
        if not cover[k]: continue
        body.append(L[k] + '\n' + cover[k] + ''.join('\n' + e for e in extra[k]))
    body.append('[COMMENT author=%s]\nGraag concreet benoemen wat er is gezien en wanneer.' % author if n % 3 != 1 or author != 'Voorzitter VHT' else '')
    for k in MAIN:
        body.append(L[k] + '\n' + sc[k] + ''.join('\n' + e for e in extra[k]))
    if n % 4 == 1: body.append(L['pg'] + '\n' + ['n.v.t.', '-', 'niet invullen bij inbreng'][n % 3])
    out.append('\n\n'.join(b for b in body if b))
    if '[FOOTER' not in seen_tags and n % 3 == 0: blocks_bot.append('[FOOTER]\nVHT Noord-Limburg - pagina 1 van 2')
    if '[MAIL-BODY' not in seen_tags and n % 5 == 2: blocks_bot.append('[MAIL-BODY]\nBeste voorzitter, hierbij de kaart voor de bespreking.\nMet vriendelijke groet, vaste deelnemer %s' % sc['gem'])
    out += blocks_bot
    return '\n\n'.join(out) + '\n', inj

os.makedirs(OUT, exist_ok=True)
rows = ['file\texpect\tnotes']
for n in range(1, 61):
    text, inj = card(n)
    with open(os.path.join(OUT, 'card-%02d.txt' % n), 'w', encoding='utf-8', newline='\n') as fh: fh.write(text)
    notes = '; '.join('%s "%s" @ %s' % (c, v, p) for c, v, p, _ in inj) if inj else '-'
    rows.append('card-%02d.txt\t%s\t%s' % (n, 'DIRTY' if inj else 'CLEAN', notes))
with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh: fh.write('\n'.join(rows) + '\n')
print('60 cards')
