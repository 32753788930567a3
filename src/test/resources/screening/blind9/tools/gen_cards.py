#!/usr/bin/env python3
"""Build ../cards/card-01..60.txt and cards.tsv from scenarios.py (fixed choices, seed 99)."""
import os, random
from scenarios import S
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'cards')
R = random.Random(99)

GEM = ['Roosendaal', 'Bergen op Zoom', 'Etten-Leur', 'Moerdijk', 'Halderberge', 'Rucphen', 'Steenbergen',
       'Woensdrecht', 'Zundert']
TOEGANG = {
 'Roosendaal': (['Chantal Rombouts, jeugdconsulent', 'Mohamed Azaouagh, casemanager'], 'Ingrid Kerstens'),
 'Bergen op Zoom': (['Sevda Yurt, gezinscoach', 'Bart Withagen, casemanager jeugd'], 'Hakan Tekin'),
 'Etten-Leur': (['Anouk Verhagen, jeugdprofessional', 'Jeroen de Bruijn, procesregisseur'], 'Monique Lambregts'),
 'Moerdijk': (['Priya Ramlal, gezinscoach', 'Wouter Broeders, casemanager'], 'Ellen van Hassel'),
 'Halderberge': (['Naima Bouzid, jeugdconsulent', 'Koen Huijbregts, casemanager'], 'Linda Aerts'),
 'Rucphen': (['Marloes Hendrickx, jeugdconsulent', 'Stefan Damen, gezinscoach'], 'Petra Luijks'),
 'Steenbergen': (['Ewa Mazur, jeugdprofessional', 'Jolanda Hendrikse, casemanager'], 'Gert-Jan Koenraadt'),
 'Woensdrecht': (['Ricardo Zimmerman, casemanager', 'Esther Bastiaansen, jeugdconsulent'], 'Rob Peeters'),
 'Zundert': (['Femke Roelen, gezinscoach', 'Tarik Yousfi, jeugdconsulent'], 'Karin Schouwenaars'),
}
ORGS = [  # (inbrenger, organisation, vaste deelnemer)
 ('Youssra Belkadi, casemanager', 'Veilig Thuis West-Brabant', 'Niels Kop, Veilig Thuis West-Brabant'),
 ('Maarten Jongbloed, medewerker onderzoek', 'Veilig Thuis West-Brabant', 'Niels Kop, Veilig Thuis West-Brabant'),
 ('Dilan Korkut, jeugdbeschermer', 'Jeugdbescherming Brabant', 'Marieke van Gorp, Jeugdbescherming Brabant'),
 ('Sander Boot, gezinsmanager', 'Jeugdbescherming Brabant', 'Marieke van Gorp, Jeugdbescherming Brabant'),
 ('Erik Lindhout, gezinsvoogd', 'William Schrikker Stichting', 'Joyce Stoop, William Schrikker Stichting'),
 ('Sharon Wagemakers, jeugdbeschermer', 'Leger des Heils Jeugdbescherming & Reclassering', 'Hans Vogelaar, Leger des Heils JB&R'),
 ('Liesbeth Zwartjes, raadsonderzoeker', 'Raad voor de Kinderbescherming, regio Zuidwest-Nederland', 'Ans Mertens, RvdK locatie Breda'),
 ('Anne-Marie Snijders, jeugdarts', 'GGD West-Brabant', None),
]
GEDRAG = ['Lotte Rasenberg (gedragswetenschapper)', 'drs. Kim Verbeek, orthopedagoog-generalist',
          'Ahmet Kurt, GZ-psycholoog', 'Sanne Loonen (orthopedagoog GZ)']
INITIALS = ['M.', 'J.', 'S.', 'A.', 'N.', 'L.', 'R.', 'D.', 'K.', 'T.', 'E.', 'Y.', 'Z.', 'IJ.', 'Ch.', 'Th.', 'B.',
            'F.', 'H.', 'I.', 'O.', 'V.', 'W.', 'G.', 'P.']
KIN = {'': '', 'zusje': 'zusje ', 'zus': 'zus ', 'broer': 'broer ', 'broertje': 'broertje '}
STYLE = [
 dict(datum='Datum:', soort='Soort inbreng:', jeugd='Jeugdige (voorletter en geboortejaar):', inbr='Inbrenger (naam, functie, organisatie):',
      vast='Vaste deelnemer:', gem='Verantwoordelijke gemeente:', gedrag='Gedragsdeskundige geraadpleegd:', geinf='Geïnformeerd en gesproken:',
      inst='Instemming betrokkenen:', vraag='Vraag aan het VeiligheidsTeam:', exp='Uit te nodigen experts:', gezin='Gezinssamenstelling:',
      zorg='Wat is er nu onveilig:', patroon='Patroon uit het verleden:', kracht='Krachten en beschermende factoren:', risico='Risicofactoren:',
      stemj='Stem van de jeugdige:', stemo='Stem van ouders en verzorgers:', visie='Visie van de inbrenger:', score='Veiligheidsscore:',
      hulp='Betrokken hulpverlening:', pg='Persoonsgegevens'),
 dict(datum='Datum inbreng:', soort='Type inbreng:', jeugd='Jeugdige(n):', inbr='Inbrenger:', vast='Vaste deelnemer:', gem='Gemeente:',
      gedrag='Gedragswetenschapper geraadpleegd:', geinf='Wie is wanneer geïnformeerd:', inst='Instemming:', vraag='Vraag aan het VHT:',
      exp='Experts:', gezin='Gezinssamenstelling:', zorg='Zorgen:', patroon='Patroon:', kracht='Krachten:', risico='Risicofactoren:',
      stemj='Wat zegt de jeugdige:', stemo='Stem van ouders:', visie='Visie inbrenger:', score='Score:', hulp='Betrokken hulpverlening:',
      pg='Persoonsgegevens:'),
 'NUM',
 dict(datum='DATUM', soort='SOORT INBRENG', jeugd='JEUGDIGE', inbr='INBRENGER', vast='VASTE DEELNEMER', gem='GEMEENTE',
      gedrag='GEDRAGSDESKUNDIGE GERAADPLEEGD', geinf='WIE IS WANNEER GEINFORMEERD', inst='INSTEMMING', vraag='HULPVRAAG AAN HET VHT',
      exp='UIT TE NODIGEN EXPERTS', gezin='GEZINSSAMENSTELLING', zorg='ONVEILIGHEID', patroon='PATROON', kracht='KRACHTEN',
      risico='RISICOFACTOREN', stemj='STEM VAN DE JEUGDIGE', stemo='STEM VAN OUDERS', visie='VISIE INBRENGER', score='SCORE',
      hulp='BETROKKEN HULPVERLENING', pg='PERSOONSGEGEVENS'),
 dict(datum='datum inbreng:', soort='soort inbreng:', jeugd='jeugdige(n):', inbr='inbrenger (naam, functie, organisatie)', vast='vaste deelnemer:',
      gem='verantwoordelijke gemeente', gedrag='gedragswetenschapper geraadpleegd:', geinf='geinformeerd en gesproken:', inst='instemming:',
      vraag='hulpvraag aan het VHT:', exp='experts:', gezin='gezinssamenstelling', zorg='zorgen:', patroon='patroon:', kracht='krachten:',
      risico='risicofactoren:', stemj='wat zegt de jeugdige:', stemo='stem van ouders en verzorgers:', visie='visie inbrenger:',
      score='veiligheidsscore:', hulp='betrokken hulpverlening:', pg='persoonsgegevens:'),
]
MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']
DAYS = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo']

def fmt_date(d, m, k):
    import datetime
    wd = DAYS[datetime.date(2026, m, d).weekday()]
    return ['%02d-%02d-2026' % (d, m), '2026-%02d-%02d' % (m, d), '%d %s 2026' % (d, MONTHS[m - 1]),
            '%s %d-%d-2026' % (wd, d, m), '%d/%d/2026' % (d, m), '%d %s 2026' % (d, MONTHS[m - 1][:3] + '.')][k % 6]

SOORT_OVR = {9: 'Monitoring', 11: 'Overdracht', 22: 'Vervolgbespreking', 28: 'Overdracht', 33: 'Monitoring',
             36: 'Monitoring', 38: 'Vervolgbespreking'}
CONSENT = [
 'Ja, moeder en vader stemmen in met bespreking in het VHT.',
 'Ja. Ouders weten dat de kaart wordt besproken; {A} is ook geïnformeerd.',
 'Ja (mondeling, bevestigd per mail aan de inbrenger).',
 'Nee. Vader weigert elke bemoeienis ("jullie maken het alleen maar erger"). Verantwoording inbrenger: de onveiligheid is zo ernstig dat bespreking zonder instemming noodzakelijk is; ouders zijn geïnformeerd dat de kaart wordt ingebracht.',
 'Gedeeltelijk: moeder stemt in, vader niet (onbereikbaar na drie pogingen). Verantwoording: gezien het acute risico voor de kinderen breng ik de kaart toch in.',
 'Ja, alle betrokkenen (ook de jeugdige van 12+) stemmen in.',
 'nee - moeder wil niet dat er "nog meer instanties" meekijken. Verantwoording: zonder advies van het VHT kan de veiligheid niet worden geborgd; moeder is hierover op de hoogte gebracht.',
]
GEINF = [
 ['Op {d1} huisbezoek bij moeder, samen met de wijkagent.', 'Op {d2} telefonisch gesproken met vader.', '{A} gesproken op school op {d2}, in bijzijn van de mentor.'],
 ['{d1}: netwerkberaad (aanwezig: moeder, zus van moeder, jeugdconsulent, wijkagent, intern begeleider).', '{d2}: kaart doorgenomen met ouders.'],
 ['moeder - {d1} (gesprek op het gemeentehuis)', 'vader - {d1} (telefonisch, via tolk)', 'school en huisarts geïnformeerd op {d2}'],
 ['Ouders zijn op {d1} geïnformeerd over de inbreng; {A} op {d2} door de jeugdarts.', 'Veilig Thuis is op de hoogte (consult op {d1}).'],
 ['Gesproken met moeder ({d1}), met de pleegouders en met de gezinsvoogd ({d2}).'],
 ['Op {d1} belde moeder zelf met de vraag om hulp; op {d2} gesproken met beide ouders bij de Toegang.', 'Jeugdige is gehoord op {d2}.'],
]
SPECIAL_CLEAN = [
 ('[HEADER]', 'VERTROUWELIJK - alleen voor het VeiligheidsTeam West-Brabant West'),
 ('[FOOTER]', 'Veiligheidskaart versie 2026 | pagina 1 van 4'),
 ('[COMMENT author=Vaste deelnemer Toegang]', 'Graag de hulpvraag nog scherper maken voor de voorzitter.'),
 ('[COMMENT author=Gedragswetenschapper]', 'Let op: feiten en interpretaties scheiden in de zorgen.'),
 ('[ALT]', 'Tekening van {A}: drie huizen, het huis van de zorgen is het grootst.'),
 ('[PROPERTY title]', 'Veiligheidskaart {A} ({Y}) - {soort}'),
 ('[TRACKED-DELETION]', 'Score inbrenger: 5'),
 ('[FOOTNOTE]', 'Bron: zorgmelding politie en gesprek met school.'),
 ('[MAIL-SUBJECT]', 'Inbreng VHT {gem} - {A} ({Y})'),
 ('[MAIL-BODY]', 'Beste voorzitter, bijgaand de veiligheidskaart voor bespreking op de dinsdag- of donderdagtafel. Met vriendelijke groet, vaste deelnemer {org}'),
 ('[FILENAME]', 'VHK_{gemf}_{A0}{Y}_v2.docx'),
 ('[PROPERTY company]', '{org}'),
]
PG = [None, '-', 'n.v.t.', 'niet invullen bij inbreng', 'N.v.t. (intake)']

# DIRTY extras: card -> list of (kind, where, value, line)
DIRTY = {
 46: [('NAME', 'body (Krachten)', 'Sevgi Aydoğan', 'Buurvrouw Sevgi Aydoğan is dagelijks aanspreekbaar voor de kinderen.'),
      ('PHONE', 'comment text', '06-23 81 44 07', None)],
 47: [('NAME', 'comment author', 'Brahim', None), ('BIRTHDATE', 'cover value (Jeugdige)', '12-02-2015', None)],
 48: [('NAME', 'body (Krachten)', 'wilma', 'Tante wilma (zus van vader) kan in het weekend oppassen.'),
      ('ADDRESS', 'footer', 'Gagelboslaan 14', None)],
 49: [('NAME', 'mail body', 'Dariusz Wróbel', None), ('EMAIL', 'mail body', 'd.wrobel82@wp.pl', None)],
 50: [('NAME', 'header', 'HABIBI', None), ('BSN', 'table row (Gezinssamenstelling)', '344863001', None)],
 51: [('NAME', 'tracked deletion', 'Ionela', None), ('URL', 'footnote', 'https://www.facebook.com/ionela.marinescu.35', None)],
 52: [('NAME', 'property (title)', 'Paantjens', None), ('POSTCODE', 'file name', '4708PJ', None)],
 53: [('NAME', 'alt text', 'Aster Woldu', None), ('ID_NUMBER', 'body (Betrokken hulpverlening)', 'cliëntnummer 5503981', None)],
 54: [('NAME', 'body (Stem van ouders)', 'Kaan', 'Moeder: "Kaan (ex-partner) en ik hebben afgesproken dat hij de kinderen niet meer ziet."'),
      ('BIRTHDATE', 'body (Gezinssamenstelling)', '03.04.2020', None)],
 55: [('NAME', 'body (Geïnformeerd en gesproken)', 'Kees van Tilburg', 'Opa Kees van Tilburg is op de hoogte gebracht.'),
      ('IBAN', 'footnote', 'NL62 RBRB 9090 7957 52', None)],
 56: [('NAME', 'mail subject', 'Latifa', None), ('PHONE', 'body (Krachten)', '+31 6 3387 2219', 'Moeder is te bereiken via +31 6 3387 2219.')],
 57: [('NAME', 'comment text', 'Sjaan Wijten', None), ('BSN', 'body (Persoonsgegevens)', '319764965', None)],
 58: [('ADDRESS', 'body (Zorgen)', 'Akkerwindestraat 31', 'De politie is op 4-11 naar Akkerwindestraat 31 gereden na een melding.'),
      ('URL', 'comment text', 'tiktok.com/@yazan.bgz', None), ('POSTCODE', 'header', '4651 TW', None)],
 59: [('BIRTHDATE', 'tracked deletion', '14 mei 2021', None), ('ID_NUMBER', 'footer', 'PL2000-2026334512', None)],
 60: [('EMAIL', 'mail body', 'sharelle.cijntje@hotmail.com', None)],
}

def build(i):
    si = (i - 1) if i <= 43 else (i - 44)          # scenarios 0..42, then 0..16 reused once
    sc = S[si]
    r = random.Random(1000 + i)
    ini = r.sample(INITIALS, 3)
    if i == 47: ini[0] = 'L.'
    sub = {'{A}': ini[0], '{B}': ini[1], '{C}': ini[2]}
    def f(t):
        for k, v in sub.items(): t = t.replace(k, v)
        for g in GEM: t = t.replace('Toegang ' + g, 'Toegang ' + gem)
        return t.replace('..', '.')
    style = STYLE[i % 5]
    if style == 'NUM':
        base = STYLE[1]; style = {}
        for k, v in base.items(): style[k] = '#. ' + v
    # organisation
    if i % 4 == 0:
        inbr, org, vast = ORGS[(i // 4) % len(ORGS)]
        gem = GEM[(i * 5) % 9]
        if vast is None: vast = '%s, Toegang %s' % (TOEGANG[gem][1], gem)
        inbr_full = '%s, %s' % (inbr, org)
    else:
        gem = GEM[i % 9]
        ib, vd = TOEGANG[gem]
        org = 'Toegang %s' % gem
        inbr_full = '%s, Toegang %s' % (ib[i % 2], gem)
        vast = '%s, Toegang %s' % (vd, gem)
    m = 12 if i % 3 == 0 else 11
    d = (1 + i % 4) if m == 12 else 16 + (i * 7) % 15
    datum = fmt_date(d, m, i)
    base = d if m == 11 else 30
    d1 = '%d-11' % (base - 6) if i % 2 else '%d-11-2026' % (base - 6)
    d2 = '%d nov' % (base - 2) if i % 3 else '%d/11' % (base - 2)
    soort = SOORT_OVR.get(si, 'Eerste inbreng') if i <= 43 else SOORT_OVR.get(si, ['Vervolgbespreking', 'Monitoring', 'Eerste inbreng'][i % 3])
    kids = sc['kids']
    jl = []
    for n, (kin, yr) in enumerate(kids):
        ii = ini[n]
        if i == 47 and n == 0: jl.append('%s (12-02-2015)' % ii); continue
        jl.append('%s%s (%d)' % (KIN[kin], ii, yr))
    dirty = DIRTY.get(i, [])
    L = []
    Y = str(kids[0][1])
    specials = [SPECIAL_CLEAN[(i + k * 5) % len(SPECIAL_CLEAN)] for k in range(2)]
    ctx = dict(A=ini[0], Y=Y, soort=soort.split(' (')[0], gem=gem, org=org, gemf=gem.replace(' ', ''), A0=ini[0].rstrip('.'))
    def fill(t):
        for k, v in ctx.items(): t = t.replace('{%s}' % k, v)
        return t
    dk = {x[1]: x for x in dirty}
    def sp(tag, text):
        L.append(tag); L.append(text); L.append('')
    # leading specials
    for tag, text in specials:
        if tag in ('[PROPERTY title]', '[FILENAME]', '[MAIL-SUBJECT]', '[HEADER]', '[PROPERTY company]'):
            if any(w in dk for w in ('property (title)', 'file name', 'mail subject', 'header')) and tag in ('[PROPERTY title]', '[FILENAME]', '[MAIL-SUBJECT]', '[HEADER]'):
                continue
            sp(tag, fill(text))
    if 'property (title)' in dk: sp('[PROPERTY title]', 'Veiligheidskaart gezin %s - %s' % (dk['property (title)'][2], soort))
    if 'file name' in dk: sp('[FILENAME]', 'VHK_%s_%s_%s.docx' % (gem.replace(' ', ''), dk['file name'][2], ini[0].rstrip('.')))
    if 'mail subject' in dk: sp('[MAIL-SUBJECT]', 'VHK %s - gezin van %s - graag inplannen' % (gem, dk['mail subject'][2]))
    if 'header' in dk:
        hv = [x for x in dirty if x[1] == 'header']
        sp('[HEADER]', 'VHK VERTROUWELIJK - ' + ' - '.join(('FAM. ' + x[2]) if x[0] == 'NAME' else ('PC ' + x[2]) for x in hv))
    if 'mail body' in dk:
        mb = [x for x in dirty if x[1] == 'mail body']
        if mb[0][0] == 'NAME':
            sp('[MAIL-BODY]', 'Beste voorzitter, in de bijlage de kaart. Vader %s wil graag zelf aansluiten, zijn mail is %s. Groet, vaste deelnemer %s' % (mb[0][2], mb[1][2], org))
        else:
            sp('[MAIL-BODY]', 'Hoi, kaart in de bijlage. Moeder vroeg of het verslag ook naar %s mag. Groet, %s' % (mb[0][2], org))
    num = [0]
    def sec(key, lines):
        lab = style[key]
        if lab.startswith('#. '):
            num[0] += 1; lab = '%d. %s' % (num[0], lab[3:])
        L.append(lab)
        L.extend(lines)
        L.append('')
    sec('datum', [datum]); sec('soort', [soort]); sec('jeugd', jl)
    sec('inbr', [inbr_full]); sec('vast', [vast]); sec('gem', [gem])
    if i % 3 == 1: sec('gedrag', ['Ja, %s, op %s' % (GEDRAG[i % 4], d1)])
    gsrc = GEINF[i % len(GEINF)]
    if any(w in sc['gezin'] for w in ('onbekend', 'overle', 'uit beeld')):
        gsrc = ['{A} gesproken op {d1} (apart gesprek).', 'Moeder telefonisch geïnformeerd op {d2}.', 'School en huisarts zijn op de hoogte.']
    if all(2026 - y < 5 for _, y in kids):
        gsrc = [x.split(';')[0] for x in gsrc if not x.startswith('{A}') and 'Jeugdige is gehoord' not in x]
        gsrc.append('De JGZ-verpleegkundige heeft het kind op {d2} gezien.')
    gi = [f(x.replace('{d1}', d1).replace('{d2}', d2)) for x in gsrc]
    if 'body (Geïnformeerd en gesproken)' in dk: gi.append(dk['body (Geïnformeerd en gesproken)'][3])
    sec('geinf', gi)
    cons = CONSENT[i % len(CONSENT)]
    if '12+' in cons and all(2026 - y < 12 for _, y in kids): cons = 'Ja, beide ouders stemmen in met de bespreking.'
    sec('inst', [f(cons)])
    sec('vraag', [f(sc['vraag'])])
    if i % 6 == 2: sec('exp', ['Jeugdarts GGD West-Brabant, leerplichtambtenaar'])
    gz = f(sc['gezin']).split('\n')
    if 'table row (Gezinssamenstelling)' in dk: gz.append('| BSN oudste | %s |' % dk['table row (Gezinssamenstelling)'][2])
    if 'body (Gezinssamenstelling)' in dk: gz.append('%s is geboren op %s.' % (ini[0], dk['body (Gezinssamenstelling)'][2]))
    sec('gezin', gz)
    zl = [('- ' if i % 2 else '* ') + f(z) for z in sc['zorgen']]
    if 'body (Zorgen)' in dk: zl.append('- ' + dk['body (Zorgen)'][3])
    sec('zorg', zl)
    if 'comment text' in dk or 'comment author' in dk:
        for x in dirty:
            if x[1] == 'comment text':
                txt = {'PHONE': 'Nummer van oma voor de voorzitter: %s', 'NAME': 'Let op, %s (buurvrouw) wil ook gehoord worden.',
                       'URL': 'Zie ook de filmpjes op %s'}[x[0]] % x[2]
                sp('[COMMENT author=Vaste deelnemer %s]' % gem, txt)
            if x[1] == 'comment author':
                sp('[COMMENT author=%s]' % x[2], 'Ik ben het hier niet mee eens, het gaat veel beter thuis.')
    if sc['patroon']: sec('patroon', [f(sc['patroon'])])
    kl = [f(sc['krachten'])]
    if 'body (Krachten)' in dk: kl.append(dk['body (Krachten)'][3])
    sec('kracht', kl)
    sec('risico', [f(sc['risico'])])
    if sc['stemj']: sec('stemj', [f(sc['stemj'])])
    if 'alt text' in dk: sp('[ALT]', 'Foto van de tekening die %s voor %s maakte' % (ini[0], dk['alt text'][2]))
    so = [f(sc['stemo'])]
    if 'body (Stem van ouders)' in dk: so.append(dk['body (Stem van ouders)'][3])
    sec('stemo', so)
    sec('visie', [f(sc['visie'])])
    sec('score', [f(sc['score'])])
    if 'tracked deletion' in dk:
        x = dk['tracked deletion']
        sp('[TRACKED-DELETION]', ('%s (moeder) gaf een 6.' % x[2]) if x[0] == 'NAME' else ('%s (geboren %s)' % (ini[0], x[2])))
    if sc['hulp'] or 'body (Betrokken hulpverlening)' in dk:
        hl = [f(sc['hulp'] or 'Toegang')]
        if 'body (Betrokken hulpverlening)' in dk: hl.append('Juvent, %s (%s)' % (dk['body (Betrokken hulpverlening)'][2], ini[0]))
        sec('hulp', hl)
    if 'footnote' in dk:
        x = dk['footnote']
        sp('[FOOTNOTE]', {'URL': 'Bron: berichten van moeder op %s', 'IBAN': 'Leefgeld via bewindvoering naar %s'}[x[0]] % x[2])
    for tag, text in specials:
        if tag in ('[FOOTER]', '[COMMENT author=Vaste deelnemer Toegang]', '[COMMENT author=Gedragswetenschapper]', '[ALT]',
                   '[TRACKED-DELETION]', '[FOOTNOTE]', '[MAIL-BODY]'):
            if tag == '[MAIL-BODY]' and 'mail body' in dk: continue
            if tag == '[FOOTNOTE]' and 'footnote' in dk: continue
            if tag == '[FOOTER]' and 'footer' in dk: continue
            sp(tag, fill(text))
    if 'body (Persoonsgegevens)' in dk:
        L.append(style['pg'].replace('#. ', '')); L.append('BSN: %s' % dk['body (Persoonsgegevens)'][2]); L.append('')
    else:
        pg = PG[i % len(PG)]
        if pg: L.append(style['pg'].replace('#. ', '')); L.append(pg); L.append('')
    if 'footer' in dk:
        x = dk['footer']
        sp('[FOOTER]', {'ADDRESS': 'Retour bij onbestelbaar: %s, Bergen op Zoom', 'ID_NUMBER': 'Ref. zorgmelding %s'}[x[0]] % x[2])
    notes = '; '.join('%s "%s" @ %s' % (x[0], x[2], x[1]) for x in dirty) if dirty else '-'
    return '\n'.join(L).rstrip('\n') + '\n', ('DIRTY' if dirty else 'CLEAN'), notes, si

os.makedirs(OUT, exist_ok=True)
rows = []
for i in range(1, 61):
    text, exp, notes, si = build(i)
    open(os.path.join(OUT, 'card-%02d.txt' % i), 'w', encoding='utf-8').write(text)
    rows.append('card-%02d.txt\t%s\t%s' % (i, exp, notes))
open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8').write('file\texpect\tnotes\n' + '\n'.join(rows) + '\n')
print('60 cards written')
