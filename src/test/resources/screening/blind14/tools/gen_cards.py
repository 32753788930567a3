#!/usr/bin/env python3
"""Builds ../cards/card-01..60.txt and cards.tsv from scenarios.py (seed 1414)."""
import os, random, datetime, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from scenarios import SCEN
import numbers as N

OUT = os.path.join(HERE, '..', 'cards')
MND = ['jan.', 'feb.', 'mrt.', 'apr.', 'mei', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.']
MAAND = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']
DAG = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo']

# (inbrenger, functie, organisatie, gemeente, vaste deelnemer)
AUTHORS = [
 ('Inge Mathijssen', 'jeugdconsulent', 'Toegang Roosendaal', 'Roosendaal', 'Pascal Bosters, Toegang Roosendaal'),
 ('Nadia Essafi', 'casemanager', 'Toegang Bergen op Zoom', 'Bergen op Zoom', 'Hanneke Dirven, Toegang Bergen op Zoom'),
 ('Bas Lodewijks', 'jeugdprofessional', 'Toegang Woensdrecht', 'Woensdrecht', 'Femke Hagenaars, Toegang Woensdrecht'),
 ('Chantal Koevoets', 'gezinscoach', 'Toegang Steenbergen', 'Steenbergen', 'Jeroen Brouwers, Toegang Steenbergen'),
 ('Mirjam Hertogs', 'regisseur jeugd', 'Toegang Halderberge', 'Halderberge', 'Koen Biemans, Toegang Halderberge'),
 ('Lisette Weijers', 'jeugdconsulent', 'Toegang Rucphen', 'Rucphen', 'Arjan Bogaers, Toegang Rucphen'),
 ('Monique Smulders', 'casusregisseur', 'Toegang Zundert', 'Zundert', 'Thijs Luijten, Toegang Zundert'),
 ('Sevda Kılıç', 'jeugdprofessional', 'Toegang Moerdijk', 'Moerdijk', 'Rob Verbunt, Toegang Moerdijk'),
 ('Patrick Ooms', 'gezinsregisseur', 'Toegang Etten-Leur', 'Etten-Leur', 'Laura Schoenmakers, Toegang Etten-Leur'),
 ('Esther Grauwmans', 'medewerker onderzoek', 'Veilig Thuis West-Brabant', None, 'Rachid El Idrissi, Veilig Thuis West-Brabant'),
 ('Joyce Martens', 'jeugdbeschermer', 'Stichting Jeugdbescherming Brabant', None, 'Dorien Kuijpers, Stichting Jeugdbescherming Brabant'),
 ('Hans Willemsen', 'sociaal psychiatrisch verpleegkundige', 'GGZ Breburg', None, None),
 ('Maaike Rommens', 'huisarts', 'Huisartsenpraktijk Heerle', None, None),
 ('Wouter Nuijten', 'kinderarts', 'Bravis ziekenhuis', None, None),
 ('Sanne Hoebens', 'medisch maatschappelijk werker', 'Amphia', None, None),
 ('Marco Buijs', 'wijkagent', 'Politie basisteam Markiezaten', None, None),
]
GEDRAG = ['Ellen Mutsaers (gedragswetenschapper Toegang)', 'Rianne Gommers, orthopedagoog GZ', 'Tim Aarts, gedragswetenschapper Veilig Thuis',
          'Floor van Heesbeen, GZ-psycholoog Stichting Jeugdbescherming Brabant']
# scenario -> typical municipality
GEM = {'seizoen-pl': 'Zundert', 'seizoen-bg': 'Zundert', 'ro-geweld': 'Roosendaal', 'sinti': 'Etten-Leur', 'grens-be': 'Woensdrecht',
       'boerderij': 'Steenbergen', 'ggz-moeder': 'Bergen op Zoom', 'huisarts-verwaarlozing': 'Halderberge', 'politie-hg': 'Woensdrecht',
       'letsel-baby': 'Roosendaal', 'ots-einde': 'Etten-Leur', 'selfharm': 'Steenbergen', 'drugs': 'Moerdijk',
       'vechtscheiding': 'Halderberge', 'lvb-vervuiling': 'Rucphen'}
KERN_BY_GEM = {
 'Roosendaal': ['Nispen', 'Wouw', 'Heerle', 'Wouwse Plantage', 'Moerstraten', 'Roosendaal'],
 'Bergen op Zoom': ['Halsteren', 'Lepelstraat', 'Bergen op Zoom'],
 'Woensdrecht': ['Hoogerheide', 'Huijbergen', 'Ossendrecht', 'Putte', 'Woensdrecht'],
 'Steenbergen': ['Welberg', 'Kruisland', 'De Heen', 'Dinteloord', 'Nieuw-Vossemeer', 'Steenbergen'],
 'Halderberge': ['Oudenbosch', 'Hoeven', 'Bosschenhoofd', 'Oud Gastel', 'Stampersgat'],
 'Rucphen': ['Sprundel', 'Sint Willebrord', 'Schijf', 'Zegge', 'Rucphen'],
 'Zundert': ['Achtmaal', 'Wernhout', 'Klein-Zundert', 'Rijsbergen', 'Zundert'],
 'Moerdijk': ['Klundert', 'Fijnaart', 'Standdaarbuiten', 'Zevenbergschen Hoek', 'Willemstad', 'Zevenbergen'],
 'Etten-Leur': ['Etten-Leur'],
}
INITIALS = ['M.', 'D.', 'L.', 'J.', 'S.', 'N.', 'T.', 'A.', 'R.', 'E.', 'K.', 'F.', 'Th.', 'IJ.', 'Z.', 'B.', 'W.', 'Chr.', 'O.', 'V.']

def fmt_date(d, style):
    if style == 0: return d.strftime('%d-%m-%Y')
    if style == 1: return d.strftime('%Y-%m-%d')
    if style == 2: return '%s %d %s %d' % (DAG[d.weekday()], d.day, MND[d.month - 1], d.year)
    if style == 3: return '%d/%d/%d' % (d.day, d.month, d.year)
    if style == 4: return '%d %s %d' % (d.day, MAAND[d.month - 1], d.year)
    return d.strftime('%d.%m.%Y')

LABELS = {
 'canon': ['Datum', 'Soort inbreng', 'Jeugdige (voorletter en geboortejaar)', 'Inbrenger (naam, functie, organisatie)', 'Vaste deelnemer',
           'Verantwoordelijke gemeente', 'Gedragsdeskundige geraadpleegd', 'Geïnformeerd en gesproken', 'Instemming betrokkenen',
           'Vraag aan het VeiligheidsTeam', 'Uit te nodigen experts', 'Gezinssamenstelling', 'Wat is er nu onveilig', 'Patroon',
           'Krachten en beschermende factoren', 'Risicofactoren', 'Stem van de jeugdige', 'Stem van ouders en verzorgers',
           'Visie van de inbrenger', 'Veiligheidsscore', 'Betrokken hulpverlening'],
 'syn': ['Datum inbreng', 'Type inbreng', 'Jeugdige(n)', 'Inbrenger', 'Vaste deelnemer', 'Gemeente', 'Gedragswetenschapper geraadpleegd',
         'Wie is wanneer geïnformeerd', 'Instemming', 'Vraag aan het VHT', 'Experts', 'Gezinssamenstelling', 'Zorgen',
         'Patroon uit het verleden', 'Krachten', 'Risicofactoren', 'Wat zegt de jeugdige', 'Stem van ouders', 'Visie inbrenger', 'Score',
         'Betrokken hulpverlening'],
}

def labels(style):
    if style in ('canon', 'num', 'caps'):
        base = LABELS['canon'] if style != 'caps' else LABELS['syn']
    else:
        base = LABELS['syn']
    out = []
    for i, l in enumerate(base, 1):
        if style == 'num': l = '%d. %s' % (i, l)
        if style == 'caps': l = l.upper()
        if style == 'lower': l = l.lower()
        out.append(l + ('' if style == 'nocolon' else ':'))
    return out

def build(idx, sc, rng, v, dirty=None):
    """Return (text, notes). dirty = list of (cat, value, place, kind, text)."""
    dirty = dirty or []
    ya = rng.randint(*sc['yA']); yb = rng.randint(*sc['yB']) if sc['kids'] == 2 else None
    if dirty:
        for it in dirty:
            if it[0] == 'BIRTHDATE' and it[3] == 'cover':
                ya = int(it[1][-4:])
    A, B = rng.sample(INITIALS, 2)
    kern = rng.choice(sc['kern'])
    auth = AUTHORS[idx % len(AUTHORS)]
    gem = auth[3] or GEM[sc['key']]
    if auth[3] and sc['key'] != 'grens-be': kern = rng.choice(KERN_BY_GEM[gem])
    vaste = auth[4] or {'Zundert': 'Thijs Luijten, Toegang Zundert', 'Roosendaal': 'Pascal Bosters, Toegang Roosendaal',
                        'Etten-Leur': 'Laura Schoenmakers, Toegang Etten-Leur', 'Woensdrecht': 'Femke Hagenaars, Toegang Woensdrecht',
                        'Steenbergen': 'Jeroen Brouwers, Toegang Steenbergen', 'Bergen op Zoom': 'Hanneke Dirven, Toegang Bergen op Zoom',
                        'Halderberge': 'Koen Biemans, Toegang Halderberge', 'Moerdijk': 'Rob Verbunt, Toegang Moerdijk',
                        'Rucphen': 'Arjan Bogaers, Toegang Rucphen'}[gem]
    cd = datetime.date(2026, 9, 7) + datetime.timedelta(days=rng.randint(0, 95))
    if ya == 2026: cd = max(cd, datetime.date(2026, 10, 20))
    year = cd.year
    aA = year - ya; aB = year - yb if yb else None
    d1 = cd - datetime.timedelta(days=rng.randint(12, 40)); d2 = d1 + datetime.timedelta(days=rng.randint(2, 9))
    ds = rng.randint(0, 5)
    sub = dict(A=A, B=B or '', yA=ya, yB=yb or '', aA=aA, aB=aB or '', kern=kern, gem=gem,
               d1=fmt_date(d1, (ds + 1) % 6), d2=fmt_date(d2, (ds + 2) % 6), d3='')
    f = lambda s: s.format(**sub)
    style = ['canon', 'syn', 'num', 'caps', 'lower', 'nocolon'][idx % 6]
    L = labels(style)
    soort = 'Overdracht' if sc['key'] == 'ots-einde' else ['Eerste inbreng', 'Eerste inbreng', 'Vervolgbespreking', 'Monitoring'][idx % 4]
    consent_no = (idx % 7 == 3)
    sec = {}
    sec['datum'] = [fmt_date(cd, ds)]
    sec['soort'] = [soort + ('' if soort != 'Overdracht' else ' (van Stichting Jeugdbescherming Brabant naar Toegang %s)' % gem)]
    jl = ['%s (%d)' % (A, ya)] + (['%s (%d)' % (B, yb)] if yb else [])
    if idx % 3 == 1 and yb: jl = ['%s (%d) en %s (%d)' % (A, ya, B, yb)]
    sec['jeugdige'] = jl
    sec['inbrenger'] = ['%s, %s, %s' % auth[:3]]
    sec['vaste'] = [vaste]
    sec['gemeente'] = [gem]
    sec['gedrag'] = [('Ja, ' + GEDRAG[idx % 4] + ', op ' + fmt_date(cd - datetime.timedelta(days=3), 0)) if idx % 2 == 0 else 'Nee, nog niet; volgt voor de bespreking']
    inf = cd - datetime.timedelta(days=rng.randint(2, 8))
    sec['geinf'] = ['Moeder: gesproken op %s (huisbezoek in %s).' % (fmt_date(inf, (ds + 3) % 6), kern),
                    '%s: gesproken op %s%s.' % (A, fmt_date(inf + datetime.timedelta(days=1), (ds + 4) % 6), ' op school' if aA >= 4 else ' (geobserveerd)'),
                    {'seizoen-bg': 'Vader: niet geïnformeerd, verblijft in Bulgarije en is niet bereikbaar.',
                     'huisarts-verwaarlozing': 'Vader: niet geïnformeerd; er is geen contact en geen gezag.',
                     'drugs': 'Vader: per brief geïnformeerd via de PI op %s.' % fmt_date(inf - datetime.timedelta(days=2), 4),
                     'ggz-moeder': 'Partner: gesproken op %s in de kliniek.' % fmt_date(inf - datetime.timedelta(days=2), 2),
                     }.get(sc['key'], 'Vader: telefonisch geïnformeerd op %s.' % fmt_date(inf - datetime.timedelta(days=2), 2))]
    if consent_no:
        sec['instemming'] = ['Nee. Ouders stemmen niet in; zij willen "geen bemoeienis van instanties".',
                             'Verantwoording inbrenger: de zorgen over de veiligheid van %s zijn zo groot dat bespreking zonder instemming nodig is. Ouders zijn hierover op %s geïnformeerd.' % (A, fmt_date(inf, 0))]
    else:
        sec['instemming'] = ['Ja, ouders stemmen in' + (' en %s (%d jaar) weet van de bespreking.' % (A, aA) if aA >= 12 else '.')]
    sec['vraag'] = [f(sc['vraag'])]
    sec['experts'] = [rng.choice(['Jeugdarts GGD West-Brabant', 'wijkagent ' + kern, 'GZ-psycholoog GGZ Breburg', 'geen', 'Raad voor de Kinderbescherming (indien interventiegesprek)', 'tolk via Tolkcontact'])]
    if idx % 2 == 0:
        sec['gezin'] = ['| rol | geboortejaar | bijzonderheden |'] + ['| %s | %s | %s |' % (f(r), f(y), f(b) or '-') for r, y, b in sc['gezin']]
    else:
        sec['gezin'] = ['; '.join('%s (%s)%s' % (f(r), f(y), (', ' + f(b)) if b else '') for r, y, b in sc['gezin']) + '.']
    bullet = ['- ', '* ', '• ', ''][idx % 4]
    sec['zorgen'] = [bullet + f(z) for z in sc['zorgen']]
    sec['patroon'] = [f(sc['patroon'])]
    sec['krachten'] = [bullet + f(z) for z in sc['krachten']]
    sec['risico'] = [bullet + f(z) for z in sc['risico']]
    sec['stemj'] = [f(z) for z in sc['stemj'] if ('{B}' not in z or yb)]
    sec['stemo'] = [f(z) for z in sc['stemo']]
    sec['visie'] = [f(sc['visie'])]
    si, so, sj = sc['score']
    if idx % 2 == 1:
        sec['score'] = ['| betrokkene | score (0-10) |', '| inbrenger | %d |' % si, '| moeder | %d |' % so] + (['| %s | %d |' % (A, sj)] if sj is not None else [])
    else:
        sec['score'] = ['Inbrenger: %d. Moeder: %d.%s' % (si, so, (' %s: %d.' % (A, sj)) if sj is not None else '')]
    sec['hulp'] = [', '.join(sc['hulp']) + '.']
    specials = {}
    specials['header'] = rng.choice(['VHK - VERTROUWELIJK - %s' % gem.upper(), 'Veiligheidskaart | %s | %s' % (auth[2], gem), 'Rapportage t.b.v. VeiligheidsTeam West-Brabant West'])
    specials['footer'] = rng.choice(['Versie %d - %s - pagina 1 van 3' % (idx % 3 + 1, auth[2]), 'Niet doorsturen zonder toestemming van de inbrenger', 'VeiligheidsTeam West-Brabant West, Consultatie & Advies'])
    specials['comment_author'] = rng.choice([('Gedragswetenschapper ' + auth[2]) if auth[3] or 'Veilig' in auth[2] or 'Jeugdbescherming' in auth[2] else 'Jeugdarts GGD West-Brabant', 'Voorzitter VHT (Zi2T)', 'Vaste deelnemer ' + gem, 'Teamleider ' + auth[2]])
    specials['comment'] = rng.choice(['Graag de stem van %s nog letterlijker opnemen.' % A, 'Is de vader van %s geïnformeerd? Zet de datum erbij.' % A, 'Score van moeder nog navragen.', 'Wat is de vraag precies? Maak hem concreet.'])
    specials['alt'] = f(rng.choice(['Tekening van {A}: een auto met een bierflesje en een huilend poppetje op de achterbank.', 'Foto van de tekening van {A} ({aA} jaar): een huis met een hond en een zon.', 'Genogram van het gezin, alleen rollen en geboortejaren.']))
    specials['property'] = 'Veiligheidskaart %s (%d) - %s' % (A, ya, soort)
    specials['tracked'] = rng.choice(['Inbrenger: %d.' % min(si + 1, 9), 'Vader is op de hoogte.', 'Gesproken op school in bijzijn van de mentor.'])
    specials['footnote'] = f(rng.choice(['Bron: zorgmelding politie d.d. {d1}.', 'Bron: overdracht Veilig Thuis, ontvangen {d2}.', 'Zie ook het verslag van het netwerkberaad van {d2}.']))
    specials['mail_subject'] = 'Inbreng VHT %s - %s (%d) - %s' % (gem, A, ya, soort.lower())
    specials['mail_body'] = 'Beste voorzitter,\nHierbij de kaart van %s (%d) voor bespreking. Graag inplannen.\nMet vriendelijke groet,\n%s, %s' % (A, ya, auth[1], auth[2])
    specials['filename'] = 'VHK_%s_%s%d_%s.docx' % (gem.replace(' ', ''), A.rstrip('.'), ya, cd.strftime('%Y%m%d'))
    # which specials to show
    keys = list(specials.keys()); rng.shuffle(keys)
    shown = set(keys[:rng.randint(3, 6)])
    notes = []
    for cat, val, place, kind, text in dirty:
        text = f(text) if '{' in text else text
        if kind == 'cover':
            sec['jeugdige'] = [text] + sec['jeugdige'][1:]
        elif kind == 'sec:pg':
            pass
        elif kind.startswith('sec:'):
            sec[kind[4:]].append(text)
        elif kind.startswith('row:'):
            sec[kind[4:]].insert(2, text) if sec[kind[4:]][0].startswith('|') else sec[kind[4:]].append(text)
        else:
            if kind == 'comment_author' and '||' in text:
                text, specials['comment'] = text.split('||')
            specials[kind] = text; shown.add(kind)
            if kind == 'comment_author': shown.add('comment')
        assert val in text, (val, text)
        notes.append('%s "%s" @ %s' % (cat, val, place))
    keymap = ['datum', 'soort', 'jeugdige', 'inbrenger', 'vaste', 'gemeente', 'gedrag', 'geinf', 'instemming', 'vraag', 'experts',
              'gezin', 'zorgen', 'patroon', 'krachten', 'risico', 'stemj', 'stemo', 'visie', 'score', 'hulp']
    out = []
    def block(tag, text): out.extend([tag, text, ''])
    if 'filename' in shown: block('[FILENAME]', specials['filename'])
    if 'mail_subject' in shown: block('[MAIL-SUBJECT]', specials['mail_subject'])
    if 'mail_body' in shown: block('[MAIL-BODY]', specials['mail_body'])
    if 'property' in shown: block('[PROPERTY title]', specials['property'])
    if idx % 5 == 0: block('[PROPERTY company]', auth[2])
    if 'header' in shown: block('[HEADER]', specials['header'])
    out += ['DEEL 1 - VOORBLAD', '']
    for k, lab in zip(keymap, L):
        if k == 'gezin': out += ['DEEL 2 - VEILIGHEIDSKAART', '']
        if k == 'experts' and idx % 3 == 2: continue
        if k == 'patroon' and idx % 4 == 3: continue
        if k == 'stemj' and aA < 4 and idx % 2 == 1 and not any(d[3] == 'sec:stemj' for d in dirty): continue
        out.append(lab); out += sec[k]; out.append('')
        if k == 'zorgen' and 'comment' in shown:
            block('[COMMENT author=%s]' % specials['comment_author'], specials['comment'])
        if k == 'stemj' and 'alt' in shown: block('[ALT]', specials['alt'])
        if k == 'score' and 'tracked' in shown: block('[TRACKED-DELETION]', specials['tracked'])
        if k == 'patroon' and 'footnote' in shown: block('[FOOTNOTE]', specials['footnote'])
    if soort in ('Vervolgbespreking', 'Monitoring'):
        prev = cd - datetime.timedelta(days=rng.randint(35, 90))
        out += ['DEEL 3 - UITKOMST INBRENG VHT', '', 'Advies:' if style != 'caps' else 'ADVIES:',
                'VHT %s: vrijwillige hulp voortzetten, veiligheidsplan opstellen met het netwerk, over zes weken terug in het VHT.' % fmt_date(prev, 0), '']
    if soort == 'Overdracht':
        out += ['DEEL 4 - BORGINGSPLAN', '', 'Borgingsafspraken:', '- Toegang %s neemt de regie over per %s.' % (gem, fmt_date(cd + datetime.timedelta(days=14), 4)),
                '- Evaluatie na drie maanden met %s en moeder.' % A, '', 'Waar kunnen ouders en jeugdige terecht:',
                'Toegang %s (via het KCC), Veilig Thuis 0800-2000, bij acuut gevaar 112.' % gem, '']
    pg = ['-', 'n.v.t.', 'niet invullen bij inbreng', 'N.v.t. (intake)'][idx % 4]
    out += ['DEEL 5 - PERSOONSGEGEVENS', '', 'Persoonsgegevens:']
    bsn_dirty = [d for d in dirty if d[3] == 'sec:pg']
    if bsn_dirty:
        out += [f(d[4]) for d in bsn_dirty]
    else:
        out.append(pg)
    out.append('')
    if 'footer' in shown: block('[FOOTER]', specials['footer'])
    return '\n'.join(out).rstrip('\n') + '\n', '; '.join(notes) if notes else '-'

def main():
    v = N.make(14)
    rng = random.Random(1414)
    idx_of = {s['key']: s for s in SCEN}
    DIRTY = [
     ('seizoen-pl', [('NAME', 'Zieliński', 'header', 'header', 'VHK gezin Zieliński - vertrouwelijk'),
                     ('PHONE', v['C_PH3'], 'mail body', 'mail_body', 'Goedemorgen,\nKaart in de bijlage. Moeder is alleen via WhatsApp bereikbaar: %s.\nGroet, jeugdconsulent' % v['C_PH3'])]),
     ('seizoen-bg', [('NAME', 'Stoyanova', 'property (title)', 'property', 'Veiligheidskaart baby Stoyanova - eerste inbreng'),
                     ('ADDRESS', 'Wernhoutseweg 212', 'body (Zorgen)', 'sec:zorgen', 'De woning aan de Wernhoutseweg 212 is overbewoond.')]),
     ('ro-geweld', [('BIRTHDATE', '04-02-2012', 'cover value (Jeugdige)', 'cover', '{A} (04-02-2012)'),
                    ('NAME', 'Florin', 'comment text', 'comment', 'Florin (vader) belde vanochtend boos naar het wijkteam.')]),
     ('sinti', [('NAME', 'Reinhardt', 'table row (Gezinssamenstelling)', 'row:gezin', '| oom Reinhardt | 1966 | wagen tegenover |'),
                ('URL', 'facebook.com/tamara.reinhardt.31', 'footnote', 'footnote', 'Bron: berichten op facebook.com/tamara.reinhardt.31 (openbaar profiel).')]),
     ('grens-be', [('ID_NUMBER', v['C_RRN'], 'tracked deletion', 'tracked', 'Rijksregisternummer {A}: %s' % v['C_RRN']),
                   ('PHONE', v['C_PH2'], 'footer', 'footer', 'Vader (België): %s' % v['C_PH2'])]),
     ('boerderij', [('NAME', 'Nelis', 'body (Krachten)', 'sec:krachten', 'Opa Nelis doet het melken als vader het niet kan.'),
                    ('POSTCODE', '4756 BJ', 'footer', 'footer', 'Retouradres gezin: 4756 BJ Kruisland')]),
     ('ggz-moeder', [('NAME', 'Femke van Nijnatten', 'comment author', 'comment_author', 'Femke van Nijnatten||Dit klopt niet, ik was niet psychotisch maar uitgeput. (moeder, kaart samen ingevuld)'),
                     ('BSN', v['C_BSN'], 'mail body', 'mail_body', 'Beste voorzitter,\nDe kaart zit in de bijlage; BSN moeder %s voor de koppeling met het ziekenhuisdossier.\nMet vriendelijke groet, SPV GGZ Breburg' % v['C_BSN'])]),
     ('huisarts-verwaarlozing', [('EMAIL', 'sandra.tuijtel@ziggo.nl', 'body (Stem van ouders)', 'sec:stemo', 'Moeder wil de kaart per mail ontvangen op sandra.tuijtel@ziggo.nl.'),
                                 ('ID_NUMBER', 'patiëntnummer 60%s' % v['C_D'][:5], 'footnote', 'footnote', 'Bron: HIS huisartsenpraktijk, patiëntnummer 60%s.' % v['C_D'][:5])]),
     ('politie-hg', [('NAME', 'Ronny', 'body (Zorgen)', 'sec:zorgen', 'Stiefvader Ronny stond na het incident nog voor de deur.'),
                     ('ID_NUMBER', 'BVH 2026%s' % v['C_D'], 'footnote', 'footnote', 'Bron: mutatie politie, BVH 2026%s.' % v['C_D'])]),
     ('letsel-baby', [('BIRTHDATE', '13-08-2025', 'body (Stem van de jeugdige)', 'sec:stemj', '{A}, geboren 13-08-2025, lag drie nachten op de kinderafdeling.'),
                      ('NAME', 'Demi', 'file name', 'filename', 'VHK_{gem}_Demi_def.docx')]),
     ('ots-einde', [('ADDRESS', 'Hoevenseweg 14a', 'body (Risicofactoren)', 'sec:risico', 'Jongere gaat op kamers aan de Hoevenseweg 14a, daar wonen ook gebruikers.'),
                    ('IBAN', v['C_IBAN'], 'mail body', 'mail_body', 'Hoi,\nVader betaalt de bijdrage vanaf zijn rekening %s, zie bijlage.\nGroet, jeugdbeschermer' % v['C_IBAN'])]),
     ('selfharm', [('URL', 'https://www.instagram.com/noortje.x.2011/', 'body (Zorgen)', 'sec:zorgen', 'De beelden stonden op https://www.instagram.com/noortje.x.2011/'),
                   ('NAME', 'Sem Verlinden', 'comment text', 'comment', 'De jongen die de foto\'s verspreidt is Sem Verlinden uit de klas.')]),
     ('drugs', [('PHONE', v['C_PH'], 'body (Stem van ouders)', 'sec:stemo', 'Moeder vraagt of de wijkagent haar wil bellen op %s.' % v['C_PH']),
                ('NAME', 'R. Melis', 'body (Gezinssamenstelling)', 'sec:gezin', 'Vader (R. Melis, 1980) zit in de PI in Breda.')]),
     ('vechtscheiding', [('EMAIL', 'b.oprins@outlook.com', 'mail subject', 'mail_subject', 'FW: klacht van b.oprins@outlook.com over de school'),
                         ('POSTCODE', '4817 LD', 'table row (Gezinssamenstelling)', 'row:gezin', '| vader | woont 4817 LD Breda | om de week |')]),
     ('lvb-vervuiling', [('BSN', v['C_BSN2'], 'body (Persoonsgegevens)', 'sec:pg', 'BSN {A}: %s' % v['C_BSN2']),
                         ('IBAN', v['C_IBAN2'], 'tracked deletion', 'tracked', 'Bewindvoerder beheert rekening %s' % v['C_IBAN2'])]),
    ]
    os.makedirs(OUT, exist_ok=True)
    rows = []
    for i in range(45):
        sc = SCEN[i % 15]
        text, notes = build(i, sc, rng, v)
        open(os.path.join(OUT, 'card-%02d.txt' % (i + 1)), 'w', encoding='utf-8').write(text)
        rows.append(('card-%02d.txt' % (i + 1), 'CLEAN', '-'))
    for j, (key, items) in enumerate(DIRTY):
        i = 45 + j
        text, notes = build(i, idx_of[key], rng, v, items)
        open(os.path.join(OUT, 'card-%02d.txt' % (i + 1)), 'w', encoding='utf-8').write(text)
        rows.append(('card-%02d.txt' % (i + 1), 'DIRTY', notes))
    with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8') as fh:
        fh.write('file\texpect\tnotes\n')
        for r in rows: fh.write('\t'.join(r) + '\n')

if __name__ == '__main__':
    main()
