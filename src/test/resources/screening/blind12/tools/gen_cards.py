#!/usr/bin/env python3
"""Builds ../cards/card-01..60.txt and cards.tsv from scenarios.py (40 scenarios, 20 used twice); fixed seed 12."""
import os, random
from scenarios import SCEN
rng = random.Random(12)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'cards')

# (inbrenger, vaste deelnemer, gemeente, place of home visit, gedragsdeskundige or None)
AUTH = [
 ('Harmke Postma, jeugdconsulent, Sociaal Team Noardeast-Fryslân', 'Sietse Boersma, Sociaal Team Noardeast-Fryslân', 'Noardeast-Fryslân', 'Kollum', 'Anke de Vries-Tolsma (gedragswetenschapper)'),
 ('Gerdien Ploeger, gezinscoach, Wijkteam Staphorst', 'Marco Bijl, Wijkteam Staphorst', 'Staphorst', 'Rouveen', None),
 ('Wouter Brouwer, jeugdbeschermer, Jeugdbescherming Overijssel', 'Inge Nijhof, Jeugdbescherming Overijssel', 'Zwartewaterland', 'Genemuiden', 'drs. Paulien Heetebrij, orthopedagoog-generalist'),
 ('Karin Luttikhuis, casemanager, Sociaal Team Rijssen-Holten', 'Erik Nijkamp, Sociaal Team Rijssen-Holten', 'Rijssen-Holten', 'Rijssen', None),
 ('Mirjam Schuiteman, jeugdconsulent, Toegang Barneveld', 'Hans Beukhof, Toegang Barneveld', 'Barneveld', 'Voorthuizen', 'Linda Ravensbergen (gedragsdeskundige)'),
 ('Ahmet Yıldırım, gezinscoach, Sociaal Team Neder-Betuwe', 'Janine Hol, Sociaal Team Neder-Betuwe', 'Neder-Betuwe', 'Opheusden', None),
 ('Esther Grinwis, consulent, Veilig Thuis Zuid-Holland Zuid', 'Rob Sturkenboom, Veilig Thuis Zuid-Holland Zuid', 'Goeree-Overflakkee', 'Ouddorp', 'Nadia Bouzid, gedragswetenschapper VT'),
 ('Corine Quist, jeugdconsulent, CJG Tholen', 'Peter Mol-Bakelaar, CJG Tholen', 'Tholen', 'Sint-Maartensdijk', None),
 ('Bart Leijdekker, casemanager, Porthuis Kapelle', 'Monique Kasse, Porthuis Kapelle', 'Kapelle', 'Wemeldinge', 'Ilse Flipse (GZ-psycholoog)'),
 ('Femke van Wijhe, jeugdverpleegkundige, GGD Noord- en Oost-Gelderland', 'Tjerk Hiemstra, Sociaal Team Nunspeet', 'Nunspeet', 'Elspeet', None),
 ('Gerard Tanis, jeugdconsulent, Sociaal Team Hardinxveld-Giessendam', 'Anja Kornet, Sociaal Team Hardinxveld-Giessendam', 'Hardinxveld-Giessendam', 'Giessendam', None),
 ('Marloes Verdoold, gezinsregisseur, Jeugdteam Krimpenerwaard', 'Joost Verhoef, Jeugdteam Krimpenerwaard', 'Krimpenerwaard', 'Lekkerkerk', 'Sophie Hogendoorn, gedragswetenschapper'),
 ('Rienk Zwart, jeugdbeschermer, Jeugdbescherming Noord', 'Alie Wiersma, Jeugdbescherming Noord', 'Achtkarspelen', 'Buitenpost', 'dr. Lotte Bakker-Elzinga, GZ-psycholoog'),
 ('Dewi Tehupeiory, gebiedsteammedewerker, Gebiedsteam De Fryske Marren', 'Jan Reitsma, Gebiedsteam De Fryske Marren', 'De Fryske Marren', 'Joure', None),
 ('Selma Koopmans, schoolmaatschappelijk werker, Wijkteam Kampen', 'Arjen Dunnink, Wijkteam Kampen', 'Kampen', 'IJsselmuiden', None),
 ('Huub Meester, jeugdbeschermer, William Schrikker Stichting', 'Fatma Şahin, William Schrikker Stichting', 'Ede', 'Lunteren', 'Marieke Bos, orthopedagoog'),
 ('Ewa Nowicka, jeugdconsulent, Wijkteam Urk', 'Klaas Brands, Wijkteam Urk', 'Urk', 'Urk', None),
 ('Yvonne Lagerwerf, jeugdarts, GGD Zeeland', 'Michiel Cornelisse, Centrum voor Jeugd en Gezin Goes', 'Goes', 'Kloetinge', 'Wendy Oele (gedragswetenschapper)'),
 ('Rachid el Amrani, casemanager, Veilig Thuis IJsselland', 'Gea Lenferink, Veilig Thuis IJsselland', 'Zwolle', 'Zwolle', None),
 ('Ankie Westerink, jeugdbeschermer, Jeugdbescherming Gelderland', 'Thijs Rozendaal, Jeugdbescherming Gelderland', 'Sliedrecht', 'Sliedrecht', 'Hester Koudijs, gedragsdeskundige'),
]
STYLES = [
 dict(datum='Datum inbreng', soort='Soort inbreng', jeugd='Jeugdige (voorletter en geboortejaar)', inbr='Inbrenger (naam, functie, organisatie)', vast='Vaste deelnemer', gem='Verantwoordelijke gemeente', gedr='Gedragsdeskundige geraadpleegd', inf='Geïnformeerd en gesproken', inst='Instemming betrokkenen', vraag='Vraag aan het VeiligheidsTeam', gezin='Gezinssamenstelling', zorg='Wat is er nu onveilig', krach='Krachten en beschermende factoren', risk='Risicofactoren', stemj='Stem van de jeugdige', stemo='Stem van ouders en verzorgers', visie='Visie van de inbrenger', score='Veiligheidsscore', hulp='Betrokken hulpverlening', pat='Patroon uit het verleden'),
 dict(datum='Datum', soort='Type inbreng', jeugd='Jeugdige(n)', inbr='Inbrenger', vast='Vaste deelnemer', gem='Gemeente', gedr='Gedragswetenschapper geraadpleegd', inf='Wie is wanneer geïnformeerd', inst='Instemming', vraag='Vraag aan het VHT', gezin='Gezinssamenstelling', zorg='Zorgen', krach='Krachten', risk='Risicofactoren', stemj='Wat zegt de jeugdige', stemo='Stem van ouders', visie='Visie inbrenger', score='Score', hulp='Betrokken hulpverlening', pat='Patroon'),
 dict(datum='DATUM INBRENG', soort='SOORT INBRENG', jeugd='JEUGDIGE', inbr='INBRENGER', vast='VASTE DEELNEMER', gem='GEMEENTE', gedr='GEDRAGSDESKUNDIGE GERAADPLEEGD', inf='WIE IS WANNEER GEÏNFORMEERD', inst='INSTEMMING', vraag='HULPVRAAG AAN HET VHT', gezin='GEZINSSAMENSTELLING', zorg='ONVEILIGHEID', krach='KRACHTEN', risk='RISICOFACTOREN', stemj='STEM VAN DE JEUGDIGE', stemo='STEM VAN OUDERS', visie='VISIE INBRENGER', score='VEILIGHEIDSSCORE', hulp='BETROKKEN HULPVERLENING', pat='PATROON'),
 dict(datum='datum inbreng', soort='type inbreng', jeugd='jeugdige', inbr='inbrenger', vast='vaste deelnemer', gem='gemeente', gedr='gedragswetenschapper geraadpleegd', inf='geinformeerd en gesproken', inst='instemming', vraag='vraag aan het vht', gezin='gezinssamenstelling', zorg='zorgen', krach='krachten', risk='risicofactoren', stemj='wat zegt de jeugdige', stemo='stem van ouders', visie='visie inbrenger', score='score', hulp='betrokken hulpverlening', pat='patroon uit het verleden'),
]
MONTHS = ['jan.', 'feb.', 'mrt.', 'apr.', 'mei', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.']
def fmt(d, m, y, k):
    return ['%02d-%02d-%d' % (d, m, y), '%d-%02d-%02d' % (y, m, d), '%d %s %d' % (d, MONTHS[m - 1], y),
            '%d/%d/%d' % (d, m, y), '%02d.%02d.%d' % (d, m, y)][k % 5]

def build(i, sc, dirty):
    a = AUTH[(i * 7) % 20]
    txt = ' '.join(sc.values())
    for kw, ai in (('Dokkum', 0), ('Urk', 16), ('Ouddorp', 6), ('Betuwe', 5)):
        if kw in txt: a = AUTH[ai]
    st = STYLES[i % 4]; numbered = i % 5 == 2
    day = [3, 4, 5, 9, 10, 11, 12, 13, 16, 17, 18, 19, 20, 23, 24, 25, 26, 27][i % 18]; mon = 11 if i % 3 else 10
    date = fmt(day, mon, 2026, i)
    inf_d1 = fmt(max(1, day - 2) if max(1, day - 2) != 6 else 7, mon, 2026, i + 1)
    inf_d2 = fmt(max(1, day - 1) if max(1, day - 1) != 6 else 7, mon, 2026, i + 3)
    soort = ['Eerste inbreng', 'Eerste inbreng', 'Vervolgbespreking (eerder besproken als VHT-2026-%04d)' % (40 + i),
             'Monitoring', 'Overdracht (Veilig Thuis -> Toegang)', 'Eerste inbreng', 'Overdracht (GI -> Toegang, einde OTS)',
             'Vervolgbespreking'][i % 8]
    youths = [y.strip() for y in sc['Y'].split(';')]
    first = youths[0].split(' ')[0]
    if i % 9 == 4:
        inst = ['Nee.', 'Reden: vader wil geen bemoeienis van "de wereld" en weigert elk gesprek; moeder durft niet tegen hem in te gaan.',
                'Verantwoording inbrenger: de onveiligheid voor de kinderen weegt zwaarder; ouders zijn geïnformeerd dat de kaart wordt ingebracht.']
    elif i % 11 == 6:
        inst = ['Gedeeltelijk: moeder stemt in, vader niet.', 'Reden vader: hij vindt dat de kerkenraad dit moet oplossen.',
                'Verantwoording: moeder heeft het gezag samen met vader; de zorg over de jeugdige maakt bespreking noodzakelijk.']
    else:
        inst = [['Ja, ouders en %s stemmen in met bespreking.' % first, 'Ja', 'Ja, beide ouders hebben mondeling ingestemd op %s.' % inf_d1,
                 'ja (moeder en vader)'][i % 4]]
    inf = ['Moeder: gesproken op %s (huisbezoek in %s).' % (inf_d1, a[3]),
           'Vader: %s' % ['telefonisch gesproken op %s.' % inf_d2, 'gesproken op %s op kantoor.' % inf_d2, 'niet bereikt, brief gestuurd op %s.' % inf_d2][i % 3],
           '%s: gesproken op school op %s, met de mentor erbij.' % (first, inf_d2) if i % 2 else '%s: gesproken tijdens het huisbezoek.' % first]
    if i % 6 == 1: inf.append('De huisarts en de ouderling zijn op de hoogte (met toestemming van ouders).')
    sec = []  # (key, lines)
    sec += [('datum', [date]), ('soort', [soort]), ('jeugd', youths), ('inbr', [a[0]]), ('vast', [a[1]]), ('gem', [a[2]])]
    if a[4] and i % 2 == 0: sec.append(('gedr', ['Ja, %s, op %s' % (a[4], inf_d1)]))
    sec += [('inf', inf), ('inst', inst), ('vraag', [sc['Q']])]
    if i % 3 == 0: sec.append(('__Uit te nodigen experts', [['Expert huiselijk geweld van Veilig Thuis', 'Gedragswetenschapper Kind en Ouder', 'Jeugdarts GGD'][i % 3 if i % 3 else (i // 3) % 3]]))
    gez = [sc['G']]
    if i % 4 == 1:
        gez = ['| gezinslid | geboortejaar |'] + ['| %s | %s |' % tuple(y.rsplit(' ', 1)) for y in youths] + [sc['G']]
    sec += [('gezin', gez), ('zorg', ['- ' + z.strip() + ('' if z.strip().endswith('.') else '.') for z in sc['Z'].split(';')] if i % 2 else [sc['Z']])]
    if i % 4 == 3: sec.append(('pat', ['Eerdere melding bij Veilig Thuis in %d, afgesloten na een veiligheidsplan.' % (2019 + i % 6)]))
    sec += [('krach', [sc['K']]), ('risk', [sc['R']]), ('stemj', [sc['J']]), ('stemo', [sc['O']]), ('visie', [sc['V']])]
    sc_in = 2 + i % 5; sc_m = min(9, sc_in + 2 + i % 3)
    if i % 3 == 2: sec.append(('score', ['| wie | score |', '| Inbrenger | %d |' % sc_in, '| Moeder | %d |' % sc_m]))
    else: sec.append(('score', ['Inbrenger: %d. Ouders: %d. %s: %d.' % (sc_in, sc_m, first, max(1, sc_in - 1))]))
    sec.append(('hulp', [sc['H']]))
    pg = [None, '-', 'n.v.t.', 'niet invullen bij inbreng', 'N.v.t. (intake)'][i % 5]
    if pg: sec.append(('__Persoonsgegevens', [pg]))
    specials = []
    title = 'Veiligheidskaart %s - %s' % (youths[0], soort.split(' (')[0])
    k = i % 6
    if k == 0: specials.append(('[PROPERTY title]', title))
    if k == 1: specials.append(('[HEADER]', 'VHK %s - VERTROUWELIJK' % a[2].upper()))
    if k == 2: specials.append(('[FILENAME]', 'VHK_%s_%s%s_%s.docx' % (a[2].replace(' ', ''), first.rstrip('.'), youths[0][-5:-1], date.replace(' ', '').replace('/', '-'))))
    if k == 3: specials.append(('[MAIL-SUBJECT]', 'Inbreng VHT %s (%s)' % (a[2], youths[0])))
    if k == 4: specials.append(('[FOOTER]', 'Vertrouwelijk - alleen voor deelnemers VHT - pagina 1 van 3'))
    if k == 5: specials.append(('[PROPERTY company]', a[0].split(', ')[-1]))
    mid = []
    if i % 4 == 0: mid.append(('zorg', '[COMMENT author=Vaste deelnemer %s]' % a[2], 'Graag concreet maken: wat is er gezien en door wie?'))
    if i % 4 == 2: mid.append(('score', '[TRACKED-DELETION]', 'Inbrenger: %d.' % (sc_in + 1)))
    if i % 7 == 3: mid.append(('stemj', '[ALT]', 'Tekening van %s: drie huizen, het huis van de zorgen is het grootst.' % first))
    if i % 7 == 5: mid.append(('krach', '[FOOTNOTE]', 'Krachten zijn samen met ouders opgesteld tijdens het huisbezoek.'))
    tail = []
    if k == 3: tail.append(('[MAIL-BODY]', 'Beste voorzitter,\nHierbij de kaart voor de bespreking. Graag een bevestiging.\nMet vriendelijke groet,\nvaste deelnemer %s' % a[2]))
    # dirty insertions: (category, value, place, text, section key)
    for cat, val, place, text, key in dirty:
        if key:
            for s_ in sec:
                if s_[0] == key: s_[1].append(text); break
            else: raise SystemExit('no section %s' % key)
        elif place.startswith('cover value'):
            for s_ in sec:
                if s_[0] == 'jeugd': s_[1][0] = s_[1][0] + ' ' + text
        elif place.startswith('table row'):
            for s_ in sec:
                if s_[0] == 'gezin': s_[1].append(text)
        elif place == 'comment text': mid.append(('zorg', '[COMMENT author=Gezinscoach]', text))
        elif place == 'comment author': mid.append(('score', '[COMMENT author=%s]' % text.split('|')[0], text.split('|')[1]))
        else:
            tag = {'header': '[HEADER]', 'footer': '[FOOTER]', 'alt text': '[ALT]', 'property (title)': '[PROPERTY title]',
                   'tracked deletion': '[TRACKED-DELETION]', 'footnote': '[FOOTNOTE]', 'mail subject': '[MAIL-SUBJECT]',
                   'mail body': '[MAIL-BODY]', 'file name': '[FILENAME]'}[place]
            if tag in ('[HEADER]', '[FOOTER]', '[PROPERTY title]', '[MAIL-SUBJECT]', '[FILENAME]'):
                specials = [s_ for s_ in specials if s_[0] != tag] + [(tag, text)]
            elif tag == '[MAIL-BODY]': tail = [(tag, text)]
            else: mid.append(('stemj' if tag == '[ALT]' else 'visie', tag, text))
    out = []
    for t, v in specials: out += [t, v, '']
    for n, (key, lines) in enumerate(sec, 1):
        lab = key[2:] if key.startswith('__') else st[key]
        if st is STYLES[2]: lab = lab.upper()
        if st is STYLES[3]: lab = lab.lower()
        if numbered: lab = '%d. %s' % (n, lab)
        colon = '' if (i % 4 == 3 and i % 8 != 7) else ':'
        out += [lab + colon] + lines + ['']
        for mk, t, v in mid:
            if mk == key: out += [t, v, '']
    for t, v in tail: out += [t, v, '']
    return '\n'.join(out).rstrip() + '\n'


# 15 DIRTY cards, 30 items. Tuple: (category, dirty value as listed in cards.tsv, place, text or section key)
DIRTY = {
 46: [('NAME', 'Gerrit Kamperman', 'body (Gezinssamenstelling)', 'Vader Gerrit Kamperman is kostwinner en werkt in de bouw.', 'gezin'),
      ('PHONE', '06-47120938', 'mail body', 'Beste voorzitter,\nHierbij de kaart. Moeder is bereikbaar op 06-47120938 als er vragen zijn.\nGroet, vaste deelnemer', None)],
 47: [('NAME', 'Aaltje', 'cover value (Jeugdige)', '(moeder Aaltje)', None),
      ('BIRTHDATE', '17-02-2012', 'body (Stem van de jeugdige)', 'Jeugdige, geboren 17-02-2012, is in het bijzijn van de mentor gesproken.', 'stemj')],
 48: [('NAME', 'Hoogerwerf', 'comment text', 'Ds. Hoogerwerf wil graag bij het gesprek zijn, kan dat?', None),
      ('ADDRESS', 'Nieuwe Dijk 27', 'body (Krachten)', 'Oma woont op Nieuwe Dijk 27, om de hoek; daar kunnen de kinderen altijd heen.', 'krach')],
 49: [('NAME', 'Sjoerdje Bylsma', 'comment author', 'Sjoerdje Bylsma|Ik ben de moeder, ik ben het niet eens met de score.', None),
      ('POSTCODE', '9291 HD', 'footer', 'Retour: postbus gezin 9291 HD Kollum', None)],
 50: [('NAME', 'TESFAMARIAM', 'header', 'VHK GEZIN TESFAMARIAM - VERTROUWELIJK', None),
      ('BSN', '{BSN:dots}', 'body (Risicofactoren)', 'Moeder heeft geen verblijfsvergunning meer op dit BSN: {BSN:dots}.', 'risk')],
 51: [('NAME', 'Wojciech', 'file name', 'VHK_R2016_vader_Wojciech_concept.docx', None),
      ('EMAIL', 'w.kaczmarek84@onet.pl', 'body (Stem van ouders)', 'Vader reageerde per mail (w.kaczmarek84@onet.pl) dat hij akkoord is.', 'stemo')],
 52: [('NAME', 'Teuntje van der Meulen', 'table row (Gezinssamenstelling)', '| Tante | Teuntje van der Meulen | opvangadres |', None),
      ('ID_NUMBER', 'cliëntnr. 2026-44718', 'body (Betrokken hulpverlening)', 'Eleos, cliëntnr. 2026-44718 (moeder).', 'hulp')],
 53: [('NAME', 'Latuperisa', 'body (Krachten)', 'De familie Latuperisa in de wijk vangt de kinderen op.', 'krach'),
      ('URL', 'https://www.facebook.com/johan.latuperisa', 'footnote', 'Vader plaatst dreigende berichten op https://www.facebook.com/johan.latuperisa', None)],
 54: [('NAME', 'hendrik', 'tracked deletion', 'kinderen slapen bij opa hendrik in het weekend', None),
      ('IBAN', '{IBAN:NL:RABO:spaced}', 'body (Risicofactoren)', 'Schulden: vader laat loon storten op {IBAN:NL:RABO:spaced}, een rekening van een vriend.', 'risk')],
 55: [('NAME', 'Zeynep Demirtaş', 'property (title)', 'VHK Z. (2011) - moeder Zeynep Demirtaş', None),
      ('BIRTHDATE', '12 mei 2013', 'body (Gezinssamenstelling)', 'Broer M. is op 12 mei 2013 geboren in het ziekenhuis in Zwolle.', 'gezin')],
 56: [('NAME', 'J.H. Mulderij', 'body (Visie van de inbrenger)', 'Ik heb dit afgestemd met de huisarts over dhr. J.H. Mulderij (vader).', 'visie'),
      ('PHONE', '0527 - 68 40 12', 'alt text', 'Foto van briefje op de koelkast: oma 0527 - 68 40 12', None)],
 57: [('NAME', 'Frank', 'mail subject', 'Inbreng VHT - Frank en kinderen', None),
      ('ADDRESS', 'Molenweg 4a', 'body (Zorgen)', 'Het gezin verblijft tijdelijk in de schuur achter Molenweg 4a.', 'zorg')],
 58: [('POSTCODE', '4041 BD', 'body (Zorgen)', 'Moeder is met de kinderen naar een kamer in 4041 BD vertrokken.', 'zorg'),
      ('EMAIL', 'mama.larissa@gmail.com', 'comment text', 'Moeder wil de kaart ontvangen op mama.larissa@gmail.com', None)],
 59: [('BSN', '{BSN8}', 'table row (Gezinssamenstelling)', '| BSN jongste | {BSN8} |', None),
      ('URL', 'tiktok.com/@dylan_2010_x', 'body (Stem van de jeugdige)', 'D. laat zijn filmpjes zien op tiktok.com/@dylan_2010_x, daar staat ook de vechtpartij.', 'stemj')],
 60: [('BIRTHDATE', '03/09/2010', 'cover value (Jeugdige)', 'geb. 03/09/2010', None),
      ('ID_NUMBER', 'zaaknummer RvdK 2026-11902', 'body (Vraag aan het VHT)', 'Loopt er nog iets onder zaaknummer RvdK 2026-11902?', 'vraag')],
}

import re
from nums import bsn, iban, group4
def fill(m):
    t = m.group(1)
    if t == 'BSN:dots': d = bsn(rng); return d[:4] + '.' + d[4:6] + '.' + d[6:]
    if t == 'BSN8': return bsn(rng, 8)
    if t == 'IBAN:NL:RABO:spaced': return group4(iban(rng, 'NL', 'RABO'))
    raise SystemExit(t)
rows = []
for i in range(1, 61):
    sc = SCEN[i - 1] if i <= 40 else SCEN[(i - 41) * 2]
    items = []
    for cat, val, place, text, key in DIRTY.get(i, []):
        if '{' in val:
            v = re.sub(r'\{([^}]+)\}', fill, val); text = text.replace(val, v); val = v
        items.append((cat, val, place, text, key))
    card = build(i, sc, items)
    with open(os.path.join(OUT, 'card-%02d.txt' % i), 'w', encoding='utf-8') as fh: fh.write(card)
    rows.append('card-%02d.txt\t%s\t%s' % (i, 'DIRTY' if items else 'CLEAN',
                '; '.join('%s "%s" @ %s' % (c, v, p) for c, v, p, _, _ in items) or '-'))
with open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8') as fh:
    fh.write('file\texpect\tnotes\n' + '\n'.join(rows) + '\n')
print('cards written')
