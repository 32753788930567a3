#!/usr/bin/env python3
"""Generate ../cards/card-01.txt .. card-60.txt and cards.tsv (fixed seed 6200; byte-for-byte reproducible)."""
import os, random, re
from scenarios import S
from dirty_items import DIRTY
HERE = os.path.dirname(os.path.abspath(__file__)); CD = os.path.join(HERE, '..', 'cards')

MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']
DAYS = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo']
import datetime

def fmt_date(d, k):
    return [d.strftime('%d-%m-%Y'), d.strftime('%Y-%m-%d'), '%s %d %s. %d' % (DAYS[d.weekday()], d.day, MONTHS[d.month - 1][:3], d.year),
            d.strftime('%d/%m/%Y'), '%d %s %d' % (d.day, MONTHS[d.month - 1], d.year)][k % 5]

LABELS = {
 'datum': ['Datum', 'Datum inbreng'], 'soort': ['Soort inbreng', 'Type inbreng'],
 'jeugdige': ['Jeugdige (voorletter en geboortejaar)', 'Jeugdige', 'Jeugdige(n)'],
 'inbrenger': ['Inbrenger', 'Inbrenger (naam, functie, organisatie)'], 'vaste': ['Vaste deelnemer'],
 'gemeente': ['Verantwoordelijke gemeente', 'Gemeente'], 'gd': ['Gedragsdeskundige geraadpleegd', 'Gedragswetenschapper geraadpleegd'],
 'geinf': ['Geïnformeerd en gesproken', 'Wie is wanneer geïnformeerd'], 'instemming': ['Instemming betrokkenen', 'Instemming'],
 'vraag': ['Vraag aan het VeiligheidsTeam', 'Vraag aan het VHT', 'Hulpvraag aan het VHT'], 'experts': ['Uit te nodigen experts', 'Experts'],
 'gezin': ['Gezinssamenstelling'], 'zorgen': ['Wat is er nu onveilig', 'Zorgen', 'Onveiligheid'], 'patroon': ['Patroon', 'Patroon uit het verleden'],
 'krachten': ['Krachten en beschermende factoren', 'Krachten'], 'risico': ['Risicofactoren'],
 'stemj': ['Stem van de jeugdige', 'Wat zegt de jeugdige'], 'stemo': ['Stem van ouders en verzorgers', 'Stem van ouders'],
 'visie': ['Visie van de inbrenger', 'Visie inbrenger'], 'score': ['Veiligheidsscore', 'Score'], 'hulp': ['Betrokken hulpverlening'],
 'pg': ['Persoonsgegevens'],
}

def label(key, style, n, rng):
    l = rng.choice(LABELS[key])
    if style == 1: return '%d. %s:' % (n, l)
    if style == 2: return l.upper()
    if style == 3: return l.lower() + ':'
    return l + ':'

def police_block(sc, rng):
    ys = [y for _, y in sc['youth']]
    t = rng.choice(['23:14', '01:52', '21:37', '02:05', '19:48'])
    return ['Uittreksel politiemutatie (BVH, Politie Oost-Nederland; registratienummer bekend bij inbrenger):',
            'Soort: huiselijke twist / zorgmelding minderjarige',
            'Betrokkene 1: vader | Betrokkene 2: moeder | Betrokkene 3: minderjarig kind (%d)' % min(ys),
            'Verbalisant: hoofdagent, basisteam %s' % sc['gem'],
            'Mutatietekst: Om %s uur ter plaatse na melding via 112. Verbalisant trof een overstuur kind aan in de gang. '
            'Betrokkene 1 verklaarde dat het "uit de hand was gelopen". Zorgmelding opgemaakt en doorgezet naar Veilig Thuis.' % t]

def jgz_block(sc, rng):
    y, init = max((y, i) for i, y in sc['youth'])
    rows = ['Kindvolgsysteem JGZ (uittreksel, %s (%d)):' % (init, y),
            '| consult | code | gewicht | lengte | percentiel gewicht-naar-lengte |',
            '|---|---|---|---|---|']
    w = 3.3 + rng.random() * 0.4
    for (code, m), p in zip((('C-4W', 1), ('C-3M', 3), ('C-6M', 6), ('C-9M', 9)), (50, 25, 10, 3)):
        w += 0.6 * (1 if m < 4 else 0.5) + rng.random() * 0.3
        rows.append('| %d mnd | %s | %.2f kg | %d cm | P%d |' % (m, code, w, 50 + m * 2, p))
    rows.append('Vaccinaties: DKTP-Hib-HepB en Pneu volgens Rijksvaccinatieprogramma, MenACWY later; vitamine D 10 microgram dagelijks.')
    return rows

def church_block(sc):
    return ['Notitie van de ouderling (met instemming van ouders gedeeld), met de woorden van de predikant:',
            '"De dominee sprak: wij hebben dit gezin in het pastoraat bezocht en de vader vermaand over zijn toorn. '
            'De moeder draagt een zware last. Als kerkenraad willen wij meewerken aan een plan, mits de hulpverlening '
            'de overtuiging van het gezin eerbiedigt. Wij bidden voor hen."']

HEADERS = ['VERTROUWELIJK - VeiligheidsTeam {gem}', 'Veiligheidskaart | versie {v} | {gem}', 'VHK - niet doorsturen buiten het VHT']
FOOTERS = ['Pagina 1 van 3', 'Format Veiligheidskaart, versie 2026-2', 'Gepseudonimiseerd volgens werkwijze VHT']

def build(i, sc, v, rng, dirty=None):
    style = rng.randrange(4)
    day = datetime.date(2026, 11, 20) + datetime.timedelta(days=rng.randrange(25))
    dstr = fmt_date(day, i)
    ov = 'Overdracht' in sc['vraag']
    soort = 'Overdracht' if ov else ['Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Eerste inbreng'][v]
    if soort in ('Vervolgbespreking', 'Monitoring'):
        soort += ' (eerder besproken als VHT-2026-%04d)' % (40 + i * 3)
    youth = sc['youth']; ylist = ['%s (%d)' % (a, y) for a, y in youth]
    main = '%s (%d)' % youth[0]
    L = []; n = [0]
    def sec(key, lines):
        n[0] += 1
        L.append(label(key, style, n[0], rng)); L.extend(lines); L.append('')
    blocks = {}
    def special(tag, text):
        L.append(tag); L.append(text); L.append('')
    D = dirty or {}
    # leading blocks
    if i % 3 == 0 or 'file name' in D:
        special('[FILENAME]', D.get('file name', 'VHK_%s_%s_%s.docx' % (sc['gem'].replace(' ', ''), main[0] + str(youth[0][1]), day.strftime('%Y%m%d'))))
    if i % 2 == 0 or 'property (title)' in D:
        special('[PROPERTY title]', D.get('property (title)', 'Veiligheidskaart %s - %s' % (main, soort.split(' (')[0])))
    if i % 4 == 1 or 'property (company)' in D:
        special('[PROPERTY company]', D.get('property (company)', sc['inb'][2]))
    if i % 5 != 4 or 'header' in D:
        special('[HEADER]', D.get('header', rng.choice(HEADERS).format(gem=sc['gem'].upper() if style == 2 else sc['gem'], v=v + 1)))
    if i % 7 == 2 or 'mail subject' in D:
        special('[MAIL-SUBJECT]', D.get('mail subject', 'Inbreng VHT %s, %s' % (main, sc['gem'])))
    sec('datum', [dstr])
    sec('soort', [soort])
    jl = ylist if len(ylist) < 3 or i % 2 else [', '.join(ylist)]
    sec('jeugdige', jl + ([D['cover value (Jeugdige)']] if 'cover value (Jeugdige)' in D else []))
    inb = sc['inb']
    sec('inbrenger', ['%s, %s, %s' % inb])
    sec('vaste', ['%s, %s' % sc['vd']])
    sec('gemeente', [sc['gem']])
    if sc['gd'] and v != 2:
        sec('gd', ['Ja, %s (%s), op %s' % (sc['gd'][0], sc['gd'][1], fmt_date(day - datetime.timedelta(days=3), i + 1))])
    d1 = fmt_date(day - datetime.timedelta(days=5), i + 2); d2 = fmt_date(day - datetime.timedelta(days=4), i + 3)
    gi = ['Moeder: gesproken op %s (huisbezoek in %s).' % (d1, sc['place']), 'Vader: telefonisch gesproken op %s.' % d2]
    if any(day.year - y >= 12 for _, y in youth):
        gi.append('%s: gesproken op %s op school, in bijzijn van de mentor.' % (youth[0][0], d2))
    small = all(day.year - y < 4 for _, y in youth)
    gi.append(rng.choice(['De huisarts is op de hoogte.', 'Veilig Thuis is geïnformeerd.', 'De kinderopvang is geïnformeerd.' if small else 'School is geïnformeerd via de IB-er.']))
    sec('geinf', gi)
    if v == 1 and i % 2 == 0:
        inst = ['Nee. Vader wil niet dat het gezin "in een overleg met vreemden" besproken wordt.',
                'Verantwoording inbrenger: de veiligheid van de kinderen weegt zwaarder; ouders zijn geïnformeerd dat de kaart toch wordt ingebracht.']
    else:
        inst = [rng.choice(['Ja, ouders stemmen in met bespreking in het VHT.', 'Ja, ouders (en jeugdigen van 12+) zijn akkoord.', 'ja (mondeling, bij huisbezoek)'])]
    sec('instemming', inst)
    sec('vraag', [sc['vraag']])
    if i % 4 == 0:
        sec('experts', [rng.choice(['Raadsonderzoeker RvdK Oost-Nederland', 'Jeugdarts GGD', 'Expert eergerelateerd geweld (Landelijk Knooppunt)', 'Gedragswetenschapper Veilig Thuis'])])
    gz = [sc['gezin']]
    if i % 3 == 1:
        gz = ['| rol | geboortejaar | bijzonderheden |', '|---|---|---|'] + ['| kind %s | %d | - |' % (a, y) for a, y in youth] + [sc['gezin']]
    if 'table row (Gezinssamenstelling)' in D:
        gz = ['| rol | geboortejaar | bijzonderheden |', '|---|---|---|'] + ['| kind %s | %d | - |' % (a, y) for a, y in youth] + [D['table row (Gezinssamenstelling)'], sc['gezin']]
    sec('gezin', gz)
    z = ['- ' + x for x in sc['zorgen']]
    if sc['police'] and v in (0, 3): z += [''] + police_block(sc, rng)
    if 'body (Zorgen)' in D: z.append(D['body (Zorgen)'])
    sec('zorgen', z)
    if 'comment text' in D or 'comment author' in D or i % 3 == 2:
        author = D.get('comment author', rng.choice(['Gedragswetenschapper %s' % inb[2], 'Voorzitter VHT', 'Vaste deelnemer %s' % sc['vd'][1]]))
        special('[COMMENT author=%s]' % author, D.get('comment text', rng.choice(['Kun je concreter maken wat er precies gezien is?', 'Graag de datum van het laatste incident toevoegen.', 'Is de jeugdige zelf ook gesproken?'])))
    pat = [sc['patroon']]
    if sc['jgz'] and v != 1: pat += jgz_block(sc, rng)
    if 'body (Patroon)' in D: pat.append(D['body (Patroon)'])
    if i % 5 != 3 or pat != [sc['patroon']]:
        sec('patroon', pat)
    kr = [sc['krachten']]
    if sc['church'] and v != 2: kr += church_block(sc)
    if 'body (Krachten)' in D: kr.append(D['body (Krachten)'])
    sec('krachten', kr)
    if 'footnote' in D or i % 4 == 2:
        special('[FOOTNOTE]', D.get('footnote', rng.choice(['Bron: zorgmelding politie, via Veilig Thuis ontvangen.', 'Zie ook het verslag van het netwerkberaad.', 'ARIJ ingevuld door inbrenger.'])))
    sec('risico', [sc['risico']] + ([D['body (Risicofactoren)']] if 'body (Risicofactoren)' in D else []))
    young = all(day.year - y < 12 for _, y in youth)
    if not (young and v == 1):
        sec('stemj', sc['stemj'] + ([D['body (Stem van de jeugdige)']] if 'body (Stem van de jeugdige)' in D else []))
    if 'alt text' in D or i % 6 == 1:
        special('[ALT]', D.get('alt text', 'Tekening van %s: drie huizen (zorgen, goed gaat, dromen).' % main))
    sec('stemo', [sc['stemo']] + ([D['body (Stem van ouders)']] if 'body (Stem van ouders)' in D else []))
    sec('visie', [sc['visie']])
    si, so, sj = sc['score']
    if i % 2:
        sl = ['Inbrenger: %d. Ouders: %d.' % (si, so) + (' %s: %d.' % (youth[0][0], sj) if sj else '')]
    else:
        sl = ['| wie | score |', '|---|---|', '| inbrenger | %d |' % si, '| ouders | %d |' % so] + (['| %s | %d |' % (youth[0][0], sj)] if sj else [])
    if 'table row (Score)' in D: sl.append(D['table row (Score)'])
    sec('score', sl)
    if 'tracked deletion' in D or i % 3 == 0:
        special('[TRACKED-DELETION]', D.get('tracked deletion', 'Inbrenger: %d.' % (si + 1)))
    sec('hulp', [sc['hulp']] + ([D['body (Betrokken hulpverlening)']] if 'body (Betrokken hulpverlening)' in D else []))
    if i % 4 == 3:
        sec('pg', [rng.choice(['-', 'n.v.t.', 'niet invullen bij inbreng', 'N.v.t. (intake)'])])
    if 'footer' in D or i % 2 == 1:
        special('[FOOTER]', D.get('footer', rng.choice(FOOTERS)))
    if 'mail body' in D or i % 5 == 0:
        special('[MAIL-BODY]', D.get('mail body', 'Beste voorzitter, hierbij de kaart voor de bespreking. Groet, %s %s' % (inb[1], inb[2])))
    return '\n'.join(L).rstrip('\n') + '\n'

def main():
    os.makedirs(CD, exist_ok=True)
    rng = random.Random(6200)
    tsv = ['file\texpect\tnotes']
    for i in range(1, 61):
        v = (i - 1) // 15; sc = S[(i - 1) % 15]
        dirty = None; notes = '-'
        if i >= 46:
            items = DIRTY[i - 46]
            dirty = {place: line for cat, val, place, line in items}
            notes = '; '.join('%s "%s" @ %s' % (cat, val, place) for cat, val, place, line in items)
        text = build(i, sc, v, rng, dirty)
        with open(os.path.join(CD, 'card-%02d.txt' % i), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write(text)
        tsv.append('card-%02d.txt\t%s\t%s' % (i, 'CLEAN' if i <= 45 else 'DIRTY', notes))
    with open(os.path.join(CD, 'cards.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(tsv) + '\n')

if __name__ == '__main__':
    main()
