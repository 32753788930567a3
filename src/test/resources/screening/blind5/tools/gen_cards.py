#!/usr/bin/env python3
"""Build ../cards/card-01..60.txt and cards.tsv from scenarios.py (fixed choices, seed 55)."""
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scenarios import SCENARIOS
R = random.Random(55)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'cards')

GEM = [('Roosendaal', 'Nispen'), ('Bergen op Zoom', 'Halsteren'), ('Etten-Leur', 'Etten-Leur-Noord'),
       ('Moerdijk', 'Standdaarbuiten'), ('Halderberge', 'Bosschenhoofd'), ('Rucphen', 'Sprundel'),
       ('Steenbergen', 'Nieuw-Vossemeer'), ('Woensdrecht', 'Ossendrecht'), ('Zundert', 'Rijsbergen')]
NOORD = ['Emmen', 'Stadskanaal', 'Veendam', 'Lelystad', 'Assen', 'Winschoten', 'Hoogeveen', 'Almere', 'Den Helder',
         'Delfzijl', 'Coevorden', 'Dronten', 'Hoogezand', 'Meppel', 'Schagen']
# (name, function, organisation type) - professionals, allowed in the cover fields only
INBRENGERS = [
 ('Marloes Brouwers', 'intern begeleider', 'school'), ('Ruud van Hoek', 'zorgcoördinator', 'school'),
 ('Khadija Bouzambou', 'jeugdarts', 'GGD West-Brabant'), ('Teun Mertens', 'wijkagent', 'politie basisteam'),
 ('Ellen Geerts', 'casemanager', 'Toegang'), ('Ivo Snijders', 'jeugdbeschermer', 'William Schrikker Stichting'),
 ('Saskia Hack', 'raadsonderzoeker', 'Raad voor de Kinderbescherming'), ('Joyce Tjin-A-Tsoi', 'gezinsvoogd', 'Jeugdbescherming Brabant'),
 ('Ingrid Verbraak', 'huisarts (via POH-jeugd)', 'huisartsenpraktijk'), ('Robin Oomen', 'casusregisseur', 'Veilig Thuis West-Brabant'),
 ('Anand Ramlal', 'gezinscoach', 'Toegang'), ('Femke Rijnders', 'jeugdverpleegkundige', 'GGD West-Brabant'),
 ('Jesse van Eekelen', 'jeugdzorgwerker', 'Leger des Heils'), ('Nicole Paantjens', 'mentor/zorgcoördinator', 'school'),
 ('Dilek Aktaş', 'casemanager', 'Toegang')]
SCHOOLS = {'Roosendaal': 'Gertrudiscollege', 'Bergen op Zoom': 'Mollerlyceum', 'Etten-Leur': 'Munnikenheide College',
           'Moerdijk': 'Markland College', 'Halderberge': 'Norbertuscollege', 'Rucphen': 'Norbertuscollege (Roosendaal)',
           'Steenbergen': 'Roncalli (Bergen op Zoom)', 'Woensdrecht': 'Mollerlyceum (Bergen op Zoom)',
           'Zundert': 'Munnikenheide College (Etten-Leur)'}
PRIMARY = ['rk basisschool Sint Jozef', 'obs De Vlinderboom', 'basisschool De Wilgenhoek', 'kbs De Regenboog']
VASTE = {'Roosendaal': 'Petra Rokx', 'Bergen op Zoom': 'Hans Peeters', 'Etten-Leur': 'Mirjam de Bruijn',
         'Moerdijk': 'Karin Hamers', 'Halderberge': 'Lotte Aarts', 'Rucphen': 'Wim Hazeleger',
         'Steenbergen': 'Yvonne Lips', 'Woensdrecht': 'Nadia Berrada', 'Zundert': 'Bart Jochems'}
GEDRAG = ['Drs. Esther Koopmans, orthopedagoog-generalist', 'Mark Roovers, GZ-psycholoog', 'Lieke Dankers, gedragswetenschapper']
INITIALS = ['W.', 'Sj.', 'Kh.', 'Gh.', 'Y.', 'Z.', 'Ö.', 'Ş.', 'Chr.', 'N.', 'R.', 'L.', 'M.', 'T.', 'F.', 'E.', 'I.',
            'J.', 'H.', 'B.', 'A.', 'D.', 'S.', 'O.', 'P.', 'Dj.', 'Th.', 'IJ.', 'K.', 'V.']

STYLES = {
 0: dict(datum='Datum:', soort='Soort inbreng:', jeugdige='Jeugdige (voorletter en geboortejaar):', inbrenger='Inbrenger:',
         vaste='Vaste deelnemer:', gemeente='Verantwoordelijke gemeente:', gedrag='Gedragsdeskundige geraadpleegd:',
         geinf='Geïnformeerd en gesproken:', instemming='Instemming betrokkenen:', vraag='Vraag aan het VeiligheidsTeam:',
         gezin='Gezinssamenstelling:', zorgen='Wat is er nu onveilig:', patroon='Patroon:', krachten='Krachten en beschermende factoren:',
         risico='Risicofactoren:', stemj='Stem van de jeugdige:', stemo='Stem van ouders en verzorgers:', visie='Visie van de inbrenger:',
         score='Veiligheidsscore:', hulp='Betrokken hulpverlening:', pg='Persoonsgegevens:'),
 1: dict(datum='Datum inbreng', soort='Type inbreng', jeugdige='Jeugdige(n)', inbrenger='Inbrenger (naam, functie, organisatie)',
         vaste='Vaste deelnemer', gemeente='Gemeente', gedrag='Gedragswetenschapper geraadpleegd', geinf='Wie is wanneer geïnformeerd',
         instemming='Instemming', vraag='Vraag aan het VHT', gezin='Gezinssamenstelling', zorgen='Zorgen', patroon='Patroon uit het verleden',
         krachten='Krachten', risico='Risicofactoren', stemj='Wat zegt de jeugdige', stemo='Stem van ouders', visie='Visie inbrenger',
         score='Score', hulp='Betrokken hulpverlening', pg='Persoonsgegevens'),
}
STYLES[2] = {k: v for k, v in STYLES[0].items()}                       # numbered, set below
STYLES[3] = {k: (v.upper() if k not in ('zorgen',) else 'ONVEILIGHEID:') for k, v in STYLES[1].items()}
STYLES[3] = {k: (v if v.endswith(':') else v + ':') for k, v in STYLES[3].items()}
STYLES[4] = {k: v.lower() for k, v in STYLES[0].items()}
STYLES[4]['vraag'] = 'hulpvraag aan het vht:'
ORDER = ['datum', 'soort', 'jeugdige', 'inbrenger', 'vaste', 'gemeente', 'gedrag', 'geinf', 'instemming', 'vraag',
         'gezin', 'zorgen', 'patroon', 'krachten', 'risico', 'stemj', 'stemo', 'visie', 'score', 'hulp', 'pg']

DATES = ['02-11-2026', '2026-11-04', '9 november 2026', 'di 10-11-2026', '12/11/2026', '16 nov. 2026', '2026-11-18',
         '19-11-2026', 'ma 23 november 2026', '25.11.2026', '26-11-2026', '30 nov 2026', '2026-12-01', '3 december 2026',
         '07-12-2026']
GEINF_DATES = ['28-10-2026', '29 okt.', '30/10', 'ma 2 nov', '2026-11-03', '5-11', '6 november', 'vr 6/11']

# DIRTY injections per card: (cat, value, place, where, text)
DIRTY = {
 46: [('NAME', 'Mien Verhoeven', 'body (Krachten en beschermende factoren)', 'sec:krachten', 'Buurvrouw Mien Verhoeven heeft een reservesleutel en let op de kinderen.'),
      ('PHONE', '06-19 83 44 27', 'comment text', 'comment:Intern begeleider', 'Moeder is overdag bereikbaar op 06-19 83 44 27, niet na 17.00 u.')],
 47: [('NAME', 'Jan-Willem Bruurs', 'comment author', 'comment:Jan-Willem Bruurs', 'Dit klopt niet, ik ben nooit in de buurt van de school geweest.'),
      ('BIRTHDATE', '14-02-2011', 'cover value (Jeugdige)', 'jeugdige', '{A} (14-02-2011)')],
 48: [('NAME', 'STANIKZAI', 'header', 'block:HEADER', 'VHK GEZIN STANIKZAI - VERTROUWELIJK'),
      ('POSTCODE', '4651 VD', 'footer', 'block:FOOTER', 'Retouradres: 4651 VD Steenbergen')],
 49: [('NAME', 'Tuinman', 'file name', 'block:FILENAME', 'VHK_Tuinman_{gem}_20261116.docx'),
      ('ID_NUMBER', 'leerlingnummer 781245', 'body (Wat is er nu onveilig)', 'sec:zorgen', 'Verzuim volgens het leerlingvolgsysteem (leerlingnummer 781245): 31 uur.')],
 50: [('NAME', 'Harmke', 'alt text', 'block:ALT', 'Foto van de tekening die Harmke (buurmeisje) samen met {A} maakte.'),
      ('BSN', '29877684', 'body (Persoonsgegevens)', 'pg', 'BSN:\n29877684')],
 51: [('NAME', 'Yesica Almánzar', 'mail body', 'block:MAIL-BODY', 'Moeder (Yesica Almánzar) heeft de kaart gelezen en is akkoord. Ze wil een kopie per mail: yesica.almanzar89@gmail.com'),
      ('EMAIL', 'yesica.almanzar89@gmail.com', 'mail body', None, None)],
 52: [('NAME', 'Ch. Rooijakkers', 'footnote', 'block:FOOTNOTE', 'Bron: gesprek met opa Ch. Rooijakkers op 2-11-2026.'),
      ('ADDRESS', 'Westvoorstraat 17-b', 'body (Gezinssamenstelling)', 'sec:gezin', 'Vader woont sinds kort op Westvoorstraat 17-b in Dinteloord.')],
 53: [('NAME', 'Akdim', 'property (title)', 'block:PROPERTY title', 'Veiligheidskaart fam. Akdim'),
      ('URL', 'https://www.tiktok.com/@ghali.ak12', 'body (Stem van de jeugdige)', 'sec:stemj', '{A} liet op zijn telefoon zijn account zien (https://www.tiktok.com/@ghali.ak12), daar staan ook filmpjes van thuis.')],
 54: [('NAME', 'Yonas', 'body (Stem van ouders en verzorgers)', 'sec:stemo', 'Broer Yonas zegt dat hij de zorg wil houden maar hulp nodig heeft.'),
      ('BIRTHDATE', '3 mei 2009', 'body (Gezinssamenstelling)', 'sec:gezin', '{A} is geboren op 3 mei 2009 in Gondar.')],
 55: [('NAME', 'Berivan Güler', 'tracked deletion', 'block:TRACKED-DELETION', 'Moeder Berivan Güler gaf aan dat ze niet mee wil naar Turkije.'),
      ('IBAN', 'NL64 RBRB 4533 6996 32', 'body (Risicofactoren)', 'sec:risico', 'Vader laat het kindgebonden budget storten op NL64 RBRB 4533 6996 32 en geeft moeder niets.')],
 56: [('NAME', 'Bautista', 'mail subject', 'block:MAIL-SUBJECT', 'VHK tweeling Bautista - graag screenen'),
      ('EMAIL', 'bautista.family@yahoo.com', 'footer', 'block:FOOTER', 'Contact ouders: bautista.family@yahoo.com')],
 57: [('NAME', 'Abdulwahab', 'table row (Gezinssamenstelling)', 'row:gezin', '| oom Abdulwahab | 1979 | woont in Rotterdam, zoekt moeder |'),
      ('PHONE', '+31 6 4418 2093', 'mail body', 'block:MAIL-BODY', 'Bij vragen kun je moeder ook direct bellen: +31 6 4418 2093. Groet, vaste deelnemer Toegang.')],
 58: [('ID_NUMBER', 'PL2000-2026411873', 'footnote', 'block:FOOTNOTE', 'Registratie politie (BVH) PL2000-2026411873, incident van 14-10-2026.'),
      ('POSTCODE', '4761 HX', 'body (Gezinssamenstelling)', 'sec:gezin', 'Moeder staat ingeschreven op 4761 HX Zevenbergen.')],
 59: [('BSN', '591.309.026', 'comment text', 'comment:Toegang', 'BSN vader voor de aanvraag: 591.309.026 (nog verwijderen!)'),
      ('URL', 'facebook.com/rick.verdaasdonk.9', 'alt text', 'block:ALT', 'Schermafdruk van het Facebookprofiel van vader (facebook.com/rick.verdaasdonk.9).')],
 60: [('BIRTHDATE', '21-11-2013', 'file name', 'block:FILENAME', 'VHK_{gem}_{A0}_21-11-2013.docx'),
      ('ADDRESS', 'Brugstraat 23 bus 2', 'header', 'block:HEADER', 'Gezin verblijft tijdelijk: Brugstraat 23 bus 2, Essen (B)')],
}

def fmt(s, ctx):
    return s.format(**ctx)

def build(i):
    sc = SCENARIOS[(i - 1) % 15]
    gem, plaats = GEM[(i * 4) % 9]
    style = (i * 3) % 5
    lab = dict(STYLES[style])
    if style == 2:
        lab = {k: '%d. %s' % (n + 1, lab[k]) for n, k in enumerate(ORDER)}
    noord = NOORD[(i * 7) % 15]
    inits = R.sample(INITIALS, len(sc['youths']))
    date = DATES[(i * 2) % 15]
    year = 2026
    ctx = dict(plaats=plaats, noord=noord, gem=gem)
    for (ph, y, kin), ini in zip(sc['youths'], inits):
        ctx[ph] = ini; ctx['y' + ph] = y; ctx['a' + ph] = year - y
    ctx['A0'] = ctx['A'].rstrip('.')
    name, func, org = INBRENGERS[(i - 1) % 15]
    if sc['key'] == 'overdracht-gi': name, func, org = INBRENGERS[7]
    if (i % 8 == 7 and i % 3 == 0) and sc['key'] != 'overdracht-gi': name, func, org = INBRENGERS[9]
    if org == 'school':
        org = SCHOOLS[gem] if year - min(y for (_, y, _) in sc['youths']) >= 12 else PRIMARY[i % 4]
        if 'basisschool' in org or 'bs ' in org: func = 'intern begeleider'
    elif org in ('Toegang', 'politie basisteam'): org = '%s %s' % (org, gem)
    dirty = DIRTY.get(i, [])
    wants = {w for (_, _, _, w, _) in dirty if w}
    # soort inbreng + consent
    k = i % 8
    if sc['key'] == 'overdracht-gi':
        soort = 'Overdracht (GI -> Toegang, einde maatregel)'
    elif k in (1, 4):
        n = 40 + i
        while (sum(w * int(d) for w, d in zip(range(9, 1, -1), '02026%04d' % n)) - n % 10) % 11 == 0:
            n += 100   # keep the VHT case number clear of the BSN 11-check
        soort = 'Vervolgbespreking (eerdere inbreng VHT-2026-%04d)' % n
    elif k == 6:
        soort = 'Monitoring'
    elif k == 7 and i % 3 == 0:
        soort = 'Overdracht Veilig Thuis -> Toegang'
    else:
        soort = 'Eerste inbreng'
    if soort.startswith('Overdracht'):
        instemming = ['Ja, ouders en jeugdige(n) stemmen in met de overdracht en met het delen van de kaart.']
    elif i % 6 == 0:
        instemming = ['Nee.', 'Reden: %s wil niet dat het gezin "bij de instanties" besproken wordt.' % ('vader' if 'ader' in sc['gezin'] else 'de verzorger'),
                      'Verantwoording inbrenger: de zorgen over de veiligheid van de kinderen wegen zwaarder; ouders zijn hierover geïnformeerd en weten dat de kaart zonder persoonsgegevens wordt ingebracht.']
    elif i % 6 == 3:
        instemming = ['Gedeeltelijk: moeder ja, vader nee (wil eerst met zijn advocaat praten).',
                      'Verantwoording: het VHT-advies is nodig om de volgende stap te bepalen; vader is daarover op de hoogte gebracht.']
    else:
        instemming = [R.choice(['Ja, beide ouders stemmen in.', 'ja (mondeling, ' + GEINF_DATES[i % 8] + ')',
                                'Ja. Ouders en jeugdige(n) weten dat de kaart besproken wordt.', 'JA'])]
    jeug = ['%s (%d)' % (ctx[ph], y) for (ph, y, kin) in sc['youths']]
    if 'jeugdige' in wants:
        jeug[0] = fmt([t for (_, _, _, w, t) in dirty if w == 'jeugdige'][0], ctx)
    if len(jeug) > 1 and i % 2:
        jeug = [', '.join(jeug)]
    geinf = ['Moeder: gesproken op %s (huisbezoek in %s).' % (GEINF_DATES[i % 8], plaats),
             '%s: gesproken op school op %s, met de %s erbij.' % (ctx['A'], GEINF_DATES[(i + 3) % 8], R.choice(['mentor', 'ib\'er', 'zorgcoördinator', 'leerkracht'])),
             R.choice(['Stiefvader: per brief geïnformeerd.', 'Stiefvader: telefonisch gesproken.'] if 'stiefvader' in sc['gezin']
                      else ['Vader: telefonisch geïnformeerd, wilde niet in gesprek.', 'Vader: gesproken op het politiebureau in bijzijn van de wijkagent.',
                            'Vader: per mail geïnformeerd, reageerde niet.']),
             R.choice(['Huisarts en jeugdarts zijn op de hoogte.', 'Veilig Thuis heeft advies gegeven.'] +
                      (['School (zoco) is geïnformeerd.'] if year - sc['youths'][0][1] >= 4 else []))]
    if year - sc['youths'][0][1] < 4:
        geinf[1] = '%s: gezien tijdens het huisbezoek op %s (baby, samen met de JGZ-verpleegkundige).' % (ctx['A'], GEINF_DATES[(i + 3) % 8])
    if 'geinf' in sc:
        geinf = [x.format(d1=GEINF_DATES[i % 8], d2=GEINF_DATES[(i + 3) % 8], **ctx) for x in sc['geinf']]
    sec = {
        'datum': [date], 'soort': [soort], 'jeugdige': jeug, 'inbrenger': ['%s, %s, %s' % (name, func, org)],
        'vaste': ['%s, Toegang %s' % (VASTE[gem], gem)], 'gemeente': [gem],
        'gedrag': (['Ja, %s, op %s' % (GEDRAG[i % 3], GEINF_DATES[(i + 5) % 8])] if i % 3 else []),
        'geinf': geinf, 'instemming': instemming, 'vraag': [sc['vraag']],
        'gezin': [fmt(sc['gezin'], ctx)],
        'zorgen': [('- ' if style in (0, 3) else '') + fmt(z, ctx) for z in sc['zorgen']],
        'patroon': [fmt(sc['patroon'], ctx)] if sc['patroon'] != '-' and i % 4 else [],
        'krachten': [fmt(sc['krachten'], ctx)], 'risico': [fmt(sc['risico'], ctx)],
        'stemj': [fmt(s, ctx) for s in sc['stemj']], 'stemo': [fmt(sc['stemo'], ctx)], 'visie': [fmt(sc['visie'], ctx)],
        'score': [], 'hulp': [sc['hulp']], 'pg': [],
    }
    si, so, sj = sc['score']
    if i % 3 == 0 or 'row:gezin' in wants:
        rows = ['| gezinslid | geboortejaar | opmerking |', '|---|---|---|']
        for (ph, y, kin) in sc['youths']:
            rows.append('| %s %s | %d | |' % (kin, ctx[ph], y))
        for r in [t for (_, _, _, w, t) in dirty if w == 'row:gezin']:
            rows.append(fmt(r, ctx))
        sec['gezin'] = rows + sec['gezin']
    if i % 2:
        sec['score'] = ['| wie | score (0-10) |', '| inbrenger | %d |' % si, '| ouder(s) | %d |' % so, '| jeugdige | %d |' % sj]
    else:
        sec['score'] = ['Inbrenger: %d. Ouders: %d. %s: %d.' % (si, so, ctx['A'], sj)]
    for (cat, val, place, w, t) in dirty:
        if w and w.startswith('sec:'):
            sec[w[4:]].append(fmt(t, ctx))
    pgmode = i % 4
    if 'pg' in wants:
        sec['pg'] = [fmt([t for (_, _, _, w, t) in dirty if w == 'pg'][0], ctx)]
    elif pgmode == 1: sec['pg'] = ['n.v.t.']
    elif pgmode == 2: sec['pg'] = ['niet invullen bij inbreng']
    elif pgmode == 3: sec['pg'] = ['-']
    # blocks
    blocks = {}
    if i % 5 == 0: blocks['PROPERTY title'] = 'Veiligheidskaart %s (%d) - %s' % (ctx['A'], sc['youths'][0][1], soort.split(' (')[0])
    if i % 2 == 0: blocks['HEADER'] = R.choice(['VHK - VERTROUWELIJK - %s' % gem.upper(), 'Toegang %s | VHT West-Brabant West' % gem,
                                                'VEILIGHEIDSKAART - NIET DOORSTUREN'])
    if i % 3 == 1: blocks['FOOTER'] = R.choice(['Versie 2 - pagina 1 van 3', 'Format VHK Zi2T 2025', 'Opgesteld met de Toegang %s' % gem])
    if i % 4 == 2: blocks['FILENAME'] = 'VHK_%s_%s%d_%s.docx' % (gem.replace(' ', ''), ctx['A0'], sc['youths'][0][1], date.replace(' ', '').replace('/', '-'))
    if i % 7 == 3: blocks['MAIL-SUBJECT'] = 'VHK %s %s ter screening' % (soort.split(' (')[0].lower(), gem)
    if i % 7 == 3: blocks['MAIL-BODY'] = 'Hierbij de veiligheidskaart voor de bespreking. Ouders zijn op de hoogte. Groet, vaste deelnemer Toegang %s' % gem
    comments = []
    if i % 4 == 0: comments.append(('Gedragswetenschapper Toegang %s' % gem, 'Kun je de zorgen nog concreter maken: wie, wat, wanneer?'))
    if i % 5 == 2: comments.append(('Voorzitter VHT (Zi2T)', 'Vraag aan het VHT graag scherper formuleren.'))
    alt = 'Tekening van %s (%d jaar): drie huizen; in het huis van de zorgen staat een fles.' % (ctx['A'], ctx['aA']) if i % 6 == 1 else None
    tracked = 'Inbrenger: %d.' % (si + 1) if i % 5 == 3 else None
    foot = 'Bron: zorgmelding politie basisteam, %s.' % GEINF_DATES[(i + 1) % 8] if i % 8 == 5 else None
    for (cat, val, place, w, t) in dirty:
        if w and w.startswith('block:'):
            tag = w[6:]
            if tag == 'ALT': alt = fmt(t, ctx)
            elif tag == 'TRACKED-DELETION': tracked = fmt(t, ctx)
            elif tag == 'FOOTNOTE': foot = fmt(t, ctx)
            else:
                blocks[tag] = fmt(t, ctx)
                if tag == 'MAIL-BODY': blocks.setdefault('MAIL-SUBJECT', 'VHK %s ter screening' % gem)
        if w and w.startswith('comment:'):
            comments.append((w[8:], fmt(t, ctx)))
    # assemble
    out = []
    for tag in ('MAIL-SUBJECT', 'MAIL-BODY', 'FILENAME', 'PROPERTY title', 'HEADER'):
        if tag in blocks: out += ['[%s]' % tag, blocks[tag], '']
    if style in (1, 3): out += ['VOORBLAD' if style == 3 else 'Voorblad', '']
    for key in ORDER:
        if not sec[key]:
            continue
        if key == 'gezin' and style in (1, 3): out += ['VEILIGHEIDSKAART' if style == 3 else 'Veiligheidskaart', '']
        out.append(lab[key])
        out += sec[key]
        out.append('')
        if key == 'zorgen' and comments:
            for a, t in comments: out += ['[COMMENT author=%s]' % a, t, '']
        if key == 'stemj' and alt: out += ['[ALT]', alt, '']
        if key == 'score' and tracked: out += ['[TRACKED-DELETION]', tracked, '']
        if key == 'hulp' and foot: out += ['[FOOTNOTE]', foot, '']
    if 'FOOTER' in blocks: out += ['[FOOTER]', blocks['FOOTER'], '']
    text = '\n'.join(out).rstrip('\n') + '\n'
    notes = '; '.join('%s "%s" @ %s' % (c, v, p) for (c, v, p, w, t) in dirty) if dirty else '-'
    return text, notes

os.makedirs(OUT, exist_ok=True)
rows = ['file\texpect\tnotes']
for i in range(1, 61):
    text, notes = build(i)
    with open(os.path.join(OUT, 'card-%02d.txt' % i), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(text)
    rows.append('card-%02d.txt\t%s\t%s' % (i, 'CLEAN' if i <= 45 else 'DIRTY', notes))
with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('\n'.join(rows) + '\n')
print('wrote 60 cards')
