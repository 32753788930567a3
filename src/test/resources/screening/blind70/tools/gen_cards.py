#!/usr/bin/env python3
"""Generate ../cards/card-01..60.txt and cards.tsv (fixed seed 70; reproducible)."""
import os, sys, random
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scenarios import S
import gen_sentences as G   # re-use BSN / IBAN helpers (own RNG re-seeded below)

G.R.seed(7007)
R = random.Random(70)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'cards')

LABELS = {  # canonical key -> label variants per style
 'datum': ['Datum inbreng', 'Datum', 'DATUM INBRENG', 'datum', 'Datum inbreng'],
 'soort': ['Soort inbreng', 'Type inbreng', 'SOORT INBRENG', 'type inbreng', 'Type inbreng'],
 'jeugdige': ['Jeugdige (voorletter en geboortejaar)', 'Jeugdige(n)', 'JEUGDIGE', 'jeugdige', 'Jeugdige'],
 'inbrenger': ['Inbrenger (naam, functie, organisatie)', 'Inbrenger', 'INBRENGER', 'inbrenger', 'Inbrenger'],
 'vaste': ['Vaste deelnemer', 'Vaste deelnemer', 'VASTE DEELNEMER', 'vaste deelnemer', 'Vaste deelnemer'],
 'gemeente': ['Verantwoordelijke gemeente', 'Gemeente', 'GEMEENTE', 'gemeente', 'Verantwoordelijke gemeente'],
 'gedrag': ['Gedragsdeskundige geraadpleegd', 'Gedragswetenschapper geraadpleegd', 'GEDRAGSDESKUNDIGE GERAADPLEEGD', 'gedragswetenschapper geraadpleegd', 'Gedragsdeskundige geraadpleegd'],
 'geinf': ['Geïnformeerd en gesproken', 'Wie is wanneer geïnformeerd', 'GEÏNFORMEERD EN GESPROKEN', 'wie is wanneer geinformeerd', 'Wie is wanneer geïnformeerd'],
 'instemming': ['Instemming betrokkenen', 'Instemming', 'INSTEMMING BETROKKENEN', 'instemming', 'Instemming'],
 'vraag': ['Vraag aan het VeiligheidsTeam', 'Vraag aan het VHT', 'VRAAG AAN HET VEILIGHEIDSTEAM', 'hulpvraag aan het vht', 'Hulpvraag aan het VHT'],
 'gezin': ['Gezinssamenstelling'] * 2 + ['GEZINSSAMENSTELLING', 'gezinssamenstelling', 'Gezinssamenstelling'],
 'zorgen': ['Wat is er nu onveilig', 'Zorgen', 'ONVEILIGHEID', 'wat is er nu onveilig', 'Onveiligheid'],
 'patroon': ['Patroon uit het verleden', 'Patroon', 'PATROON', 'patroon', 'Patroon uit het verleden'],
 'krachten': ['Krachten en beschermende factoren', 'Krachten', 'KRACHTEN EN BESCHERMENDE FACTOREN', 'krachten', 'Krachten'],
 'risico': ['Risicofactoren', 'Risicofactoren', 'RISICOFACTOREN', 'risicofactoren', 'Risicofactoren'],
 'stemj': ['Stem van de jeugdige', 'Wat zegt de jeugdige', 'STEM VAN DE JEUGDIGE', 'wat zegt de jeugdige', 'Stem van de jeugdige'],
 'stemo': ['Stem van ouders en verzorgers', 'Stem van ouders', 'STEM VAN OUDERS', 'stem van ouders en verzorgers', 'Stem van ouders'],
 'visie': ['Visie van de inbrenger', 'Visie inbrenger', 'VISIE VAN DE INBRENGER', 'visie inbrenger', 'Visie van de inbrenger'],
 'score': ['Veiligheidsscore', 'Score', 'VEILIGHEIDSSCORE', 'score', 'Veiligheidsscore'],
 'hulp': ['Betrokken hulpverlening'] * 2 + ['BETROKKEN HULPVERLENING', 'betrokken hulpverlening', 'Betrokken hulpverlening'],
 'pg': ['Persoonsgegevens'] * 2 + ['PERSOONSGEGEVENS', 'persoonsgegevens', 'Persoonsgegevens'],
}
ORDER = ['datum', 'soort', 'jeugdige', 'inbrenger', 'vaste', 'gemeente', 'gedrag', 'geinf', 'instemming', 'vraag',
         'gezin', 'zorgen', 'patroon', 'krachten', 'risico', 'stemj', 'stemo', 'visie', 'score', 'hulp', 'pg']
DATES = ['%d-%s-2026', '2026-%s-%02d', '%d %s 2026', '%02d/%s/2026']
MONTHS = {'11': 'november', '12': 'december'}
SOORT = ['Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Overdracht']
VRAAG = ['Is vrijwillige hulp nog voldoende of adviseert het VHT een interventiegesprek met de Raad?',
         'Advies gevraagd over de volgende stap: welke partner pakt de regie?',
         'Graag meedenken: is het veiligheidsplan voldoende om de kinderen thuis te laten wonen?',
         'Kan de casus worden overgedragen, en onder welke borgingsafspraken?']
EMPTY = ['n.v.t.', '-', 'niet invullen bij inbreng', 'N.v.t. (intake)']
GEDRAG = ['Ja, Lotte Vergouwen, gedragswetenschapper Toegang, op 18-11-2026', 'Ja, Maaike Suijkerbuijk, orthopedagoog WIJZIJN',
          'Nee', 'Ja, Hans Mertens (GZ-psycholoog Veilig Thuis West-Brabant)']

def card(sc, idx, extra=None):
    extra = extra or {}
    st = idx % 5
    lab = {k: v[st] for k, v in LABELS.items()}
    def L(k, n):
        t = lab[k]
        if st == 1: t = '%d. %s' % (n, t)
        return t if st == 3 else t + ':'
    soort = SOORT[idx % 4]
    mm = R.choice(['11', '12']); dd = R.randint(1, 28)
    f = DATES[idx % 4]
    datum = f % (dd, mm) if f[0] == '%' and 'd-%s' in f else None
    if idx % 4 == 0: datum = '%d-%s-2026' % (dd, mm)
    elif idx % 4 == 1: datum = '2026-%s-%02d' % (mm, dd)
    elif idx % 4 == 2: datum = '%d %s 2026' % (dd, MONTHS[mm])
    else: datum = '%02d/%s/2026' % (dd, mm)
    ini = sc['jeugd'][0].split(' ')[-2] if ' ' in sc['jeugd'][0] else sc['jeugd'][0]
    ini = sc['jeugd'][0].split(' (')[0]
    jeugd = list(sc['jeugd'])
    if 'cover_jeugdige' in extra: jeugd[0] = extra['cover_jeugdige']
    sec = {}
    sec['datum'] = [datum]
    sec['soort'] = [soort + {'Vervolgbespreking': ' (vervolg op VHT-2026-%04d)' % (40 + idx), 'Monitoring': ', eerder besproken als VHT-2025-%04d' % (200 + idx),
                             'Overdracht': ' van Veilig Thuis West-Brabant naar Toegang %s' % sc['gem'], 'Eerste inbreng': ''}[soort]]
    sec['jeugdige'] = jeugd
    sec['inbrenger'] = [sc['inb']]
    sec['vaste'] = [sc['vd']]
    sec['gemeente'] = [sc['gem']]
    g = GEDRAG[idx % 4]
    if g != 'Nee' or idx % 3 == 0: sec['gedrag'] = [g]
    sec['geinf'] = ['Moeder: gesproken op %d-%s-2026 (huisbezoek in %s).' % (max(1, dd - 3), mm, sc['wijk']),
                    '%s: gesproken op school op %d-%s-2026.' % (ini, max(1, dd - 2), mm),
                    'Vader/partner: telefonisch geïnformeerd.']
    if idx % 7 == 3:
        sec['instemming'] = ['Nee. Vader stemt niet in; hij wil geen "bemoeienis van instanties".',
                             'Verantwoording inbrenger: de veiligheid van de kinderen weegt zwaarder; ouders zijn geïnformeerd dat de casus toch wordt ingebracht.']
    else:
        sec['instemming'] = [R.choice(['Ja, beide ouders en %s stemmen in.' % ini, 'Ja (moeder en vader, mondeling op het huisbezoek).', 'ja'])]
    sec['vraag'] = [VRAAG[idx % 4]]
    if idx % 3 == 1:
        sec['gezin'] = ['Rol | Geboortejaar | Woont in'] + ['%s | %s | %s' % (p.split(' (')[0].strip(), p.split('(')[1].split(')')[0][:4], sc['gem'])
                                                            for p in sc['gezin'].split(', ')[:2] if '(' in p] + [sc['gezin']]
    else:
        sec['gezin'] = [sc['gezin']]
    sec['zorgen'] = ['- ' + z for z in sc['zorg']]
    if idx % 2 == 0: sec['patroon'] = ['Eerdere melding bij Veilig Thuis in 2024, afgesloten na een veiligheidsplan.']
    sec['krachten'] = sc['kracht']
    sec['risico'] = [sc['risico']]
    sec['stemj'] = [sc['stemj']]
    stemo = [sc['stemo']]
    if idx % 5 == 2:
        stemo.append('Schriftelijke verklaring van de ex-partner, in haar/zijn eigen woorden: "Ik heb de kinderen sinds de zomer niet gezien. Ik wil dat ze veilig zijn, ook als dat betekent dat ze bij hun moeder blijven. Ik ben bereid om mee te werken aan een plan."')
    sec['stemo'] = stemo
    sec['visie'] = [sc['visie']]
    sec['score'] = [sc['score']] if idx % 3 else ['Wie | Score', 'Inbrenger | %s' % sc['score'].split(',')[0].split()[-1], 'Gemiddeld gezin | zie toelichting', sc['score']]
    hulp = [sc['hulp']]
    if idx % 3 == 2 or 'zvh_row' in extra:
        hulp += ['Overzicht Zorg- en Veiligheidshuis De Markiezaten:', 'Casus | Betrokkenen | Stand van zaken | Actiehouder',
                 '%s, %s | moeder, vader, %s | veiligheidsplan loopt, evaluatie over 6 weken | Toegang %s' % (ini, sc['wijk'], ini, sc['gem'])]
        if 'zvh_row' in extra: hulp.append(extra['zvh_row'])
        else: hulp.append('idem | Politie Zeeland-West-Brabant | mutaties bekend, geen nieuwe | wijkagent')
    sec['hulp'] = hulp
    if idx % 4 != 1: sec['pg'] = [EMPTY[idx % 4]]
    for (k, line) in extra.get('body', []):
        sec.setdefault(k, []).append(line)
    out = []
    def blk(tag, text): out.extend([tag, text, ''])
    if idx % 4 == 0 or 'mail_subject' in extra or 'mail_body' in extra:
        blk('[MAIL-SUBJECT]', extra.get('mail_subject', 'VHK %s %s - %s' % (jeugd[0], sc['gem'], soort.lower())))
        body = 'Hoi team,\n\nhierbij de kaart van %s uit %s, graag inplannen voor de eerstvolgende bespreking.\n' % (sc['jeugd'][0], sc['wijk'])
        if 'mail_body' in extra: body += extra['mail_body'] + '\n'
        body += '\nGroet,\nvaste deelnemer Toegang %s' % sc['gem']
        blk('[MAIL-BODY]', body)
    if idx % 3 == 0 or 'filename' in extra:
        blk('[FILENAME]', extra.get('filename', 'VHK_%s_%s_%s.docx' % (sc['gem'].replace(' ', ''), ini.replace('.', ''), soort.split()[0])))
    if idx % 2 == 1 or 'prop_title' in extra:
        blk('[PROPERTY title]', extra.get('prop_title', 'Veiligheidskaart %s' % sc['jeugd'][0]))
    if idx % 5 == 3 or 'prop_company' in extra:
        blk('[PROPERTY company]', extra.get('prop_company', 'Gemeente %s' % sc['gem']))
    if idx % 2 == 0 or 'header' in extra:
        blk('[HEADER]', extra.get('header', 'VEILIGHEIDSKAART - VERTROUWELIJK - %s' % sc['gem'].upper()))
    n = 0
    for k in ORDER:
        if k not in sec: continue
        n += 1
        out.append(L(k, n)); out.extend(sec[k]); out.append('')
        if k == 'zorgen' and (idx % 4 == 2 or 'comment_text' in extra or 'comment_author' in extra):
            blk('[COMMENT author=%s]' % extra.get('comment_author', 'Gedragswetenschapper Toegang %s' % sc['gem']),
                'Kun je concreter maken wat er precies gebeurde?' + (' ' + extra['comment_text'] if 'comment_text' in extra else ''))
        if k == 'stemj' and (idx % 3 == 1 or 'alt' in extra):
            blk('[ALT]', extra.get('alt', 'Tekening van %s: de drie huizen, het huis van de zorgen is zwart.' % ini))
        if k == 'score' and (idx % 2 == 1 or 'tracked' in extra):
            blk('[TRACKED-DELETION]', extra.get('tracked', 'Inbrenger: 5 (oude score)'))
        if k == 'zorgen' and (idx % 5 == 4 or 'footnote' in extra):
            blk('[FOOTNOTE]', extra.get('footnote', 'Bron: politiemutatie en gesprek met de mentor.'))
    if idx % 3 == 2 or 'footer' in extra:
        blk('[FOOTER]', extra.get('footer', 'Pagina 1 van 3 - VHT West-Brabant West'))
    return '\n'.join(out).rstrip('\n') + '\n'

NL_IBAN = ' '.join((lambda s: [s[i:i + 4] for i in range(0, len(s), 4)])(G.iban('NL', 'RABO')))
BE_IBAN = G.iban('BE')
BSN1 = G.fmt_bsn('.'); BSN2 = G.fmt_bsn('')
DIRTY = [  # (extra, [(CAT, value, place)])
 ({'body': [('stemo', 'Verklaring ex-partner: "Ik, Ricardo, heb de kinderen nooit iets aangedaan."')], 'mail_body': 'Moeder is bereikbaar op 06-39184720.'},
  [('NAME', 'Ricardo', 'body (Stem van ouders)'), ('PHONE', '06-39184720', 'mail body')]),
 ({'zvh_row': 'idem | fam. Van Gorp (buren) | getuigen van het incident | politie', 'footer': 'Retour: 4625 BK Bergen op Zoom'},
  [('NAME', 'Van Gorp', 'table row (Betrokken hulpverlening)'), ('POSTCODE', '4625 BK', 'footer')]),
 ({'cover_jeugdige': 'T. (08-06-2016)', 'comment_author': 'Marjolein Biemans'},
  [('BIRTHDATE', '08-06-2016', 'cover value (Jeugdige)'), ('NAME', 'Marjolein Biemans', 'comment author')]),
 ({'mail_subject': 'VHK gezin Krzysztof Sint Willebrord', 'footnote': 'BSN A.: %s (staat ook in het dossier).' % BSN1},
  [('NAME', 'Krzysztof', 'mail subject'), ('BSN', BSN1, 'footnote')]),
 ({'prop_title': 'VHK Lindsey Smolders', 'header': 'Gezin woont Markt 18a, Oudenbosch'},
  [('NAME', 'Lindsey Smolders', 'property (title)'), ('ADDRESS', 'Markt 18a', 'header')]),
 ({'body': [('zorgen', '- L. mailt met dealers vanaf l.vdberg2010@hotmail.com.')], 'tracked': 'Cliëntnummer Juvent JV-218836'},
  [('EMAIL', 'l.vdberg2010@hotmail.com', 'body (Wat is er nu onveilig)'), ('ID_NUMBER', 'JV-218836', 'tracked deletion')]),
 ({'comment_text': 'Heb je oma Jet al gesproken?', 'body': [('risico', 'Schulden; loon gaat naar rekening %s.' % NL_IBAN)]},
  [('NAME', 'Jet', 'comment text'), ('IBAN', NL_IBAN, 'body (Risicofactoren)')]),
 ({'alt': 'Screenshot van https://www.instagram.com/eva_wernhout18', 'body': [('gezin', 'opa | Gunter | Wuustwezel')]},
  [('URL', 'https://www.instagram.com/eva_wernhout18', 'alt text'), ('NAME', 'Gunter', 'table row (Gezinssamenstelling)')]),
 ({'body': [('stemj', 'H. zegt dat haar nicht Zeynep ook onder druk staat.')], 'footnote': 'Y. geboren 3 februari 2009 in Roosendaal.'},
  [('NAME', 'Zeynep', 'body (Stem van de jeugdige)'), ('BIRTHDATE', '3 februari 2009', 'footnote')]),
 ({'filename': 'VHK_Schoenmakers_Fort-Zeekant.docx', 'body': [('stemo', 'Moeder mailt de wijkcoach vanaf mama.d2024@gmail.com.')]},
  [('NAME', 'Schoenmakers', 'file name'), ('EMAIL', 'mama.d2024@gmail.com', 'body (Stem van ouders)')]),
 ({'header': 'Dossier JBB-2026-20417', 'zvh_row': 'idem | vader Abdelkader | verblijft in Marokko | GI'},
  [('ID_NUMBER', 'JBB-2026-20417', 'header'), ('NAME', 'Abdelkader', 'table row (Betrokken hulpverlening)')]),
 ({'comment_text': 'Oma is bereikbaar op 0165-719204.', 'body': [('gezin', 'Standplaats: Vrouwenhof 31.')]},
  [('PHONE', '0165-719204', 'comment text'), ('ADDRESS', 'Vrouwenhof 31', 'body (Gezinssamenstelling)')]),
 ({'body': [('hulp', 'BSN G.: %s' % BSN2)], 'mail_body': 'G. logeert nu bij tante, 4624 ZL.'},
  [('BSN', BSN2, 'body (Betrokken hulpverlening)'), ('POSTCODE', '4624 ZL', 'mail body')]),
 ({'prop_company': 'Anouk Bastiaansen', 'tracked': 'Rekening moeder %s' % BE_IBAN},
  [('NAME', 'Anouk Bastiaansen', 'property (company)'), ('IBAN', BE_IBAN, 'tracked deletion')]),
 ({'body': [('krachten', 'Buurman Bertus helpt met het bedrijf.')], 'filename': 'VHK_Z_17-04-2010_Achtmaal.docx'},
  [('NAME', 'Bertus', 'body (Krachten)'), ('BIRTHDATE', '17-04-2010', 'file name')]),
]

def main():
    os.makedirs(OUT, exist_ok=True)
    rows = []
    for i in range(1, 46):
        sc = S[(i - 1) % 15]
        txt = card(sc, i)
        open(os.path.join(OUT, 'card-%02d.txt' % i), 'w', encoding='utf-8', newline='\n').write(txt)
        rows.append('card-%02d.txt\tCLEAN\t-' % i)
    for j, (extra, items) in enumerate(DIRTY):
        i = 46 + j
        txt = card(S[j], i, extra)
        open(os.path.join(OUT, 'card-%02d.txt' % i), 'w', encoding='utf-8', newline='\n').write(txt)
        rows.append('card-%02d.txt\tDIRTY\t%s' % (i, '; '.join('%s "%s" @ %s' % it for it in items)))
    open(os.path.join(OUT, 'cards.tsv'), 'w', encoding='utf-8', newline='\n').write('file\texpect\tnotes\n' + '\n'.join(rows) + '\n')
    print('wrote', len(rows), 'cards')

if __name__ == '__main__':
    main()
