#!/usr/bin/env python3
import os, random, sys
sys.path.insert(0, os.path.dirname(__file__))
from common import bsn, iban, group4, elf
rng = random.Random(2122)
D = os.path.join(os.path.dirname(__file__), '..', 'cards')
GEM = [('Rotterdam', 'wijkteam Rotterdam-Noord', 'Oude Noorden'), ('Rotterdam', 'wijkteam Rotterdam-West', 'Delfshaven'),
       ('Schiedam', 'wijkteam Schiedam', 'Groenoord'), ('Vlaardingen', 'wijkteam Vlaardingen', 'Babberspolder'),
       ('Maassluis', 'wijkteam Maassluis', 'Steendijkpolder'), ('Westland', 'wijkteam Westland', 'Naaldwijk'),
       ('Westland', 'wijkteam Westland', "'s-Gravenzande"), ('Westland', 'wijkteam Westland', 'De Lier'),
       ('Rotterdam', 'wijkteam Hoek van Holland', 'Hoek van Holland'), ('Westland', 'wijkteam Westland', 'Monster')]
PROF = ['Anke Verbeek', 'Yusuf Demirci', 'Lieke Groenewegen', 'Samir Bouzid', 'Hanneke Vos', 'Ewa Zielinska',
        'Ruud Lammers', 'Chantal Pinas', 'Gijs Hoogerwerf', 'Naima El Idrissi', 'Femke Schilder', 'Rob van Tol']
FUNC = ['casemanager', 'gezinscoach', 'jeugdconsulent', 'ambulant hulpverlener', 'medewerker Veilig Thuis']
INIT = 'ABDEFJKLMNOPRSTVZ'
ZORG = ['Vader drinkt na het werk in de kas en wordt dan agressief; de kinderen zijn getuige van ruzies.',
        'Moeder laat de kinderen (jong) \'s avonds alleen thuis als ze nachtdienst heeft bij het uitzendbureau.',
        'Op {E1} is de politie (jeugd- en zedenzaken) ingeschakeld na een onthulling op school.',
        'Verzuim: {N} uur ongeoorloofd sinds de zomervakantie, leerplicht is betrokken.',
        'Woning is overbewoond: acht arbeidsmigranten en het gezin in een huis van het uitzendbureau.',
        'Moeder gebruikt cocaine in het weekend, verslavingszorg (Antes) is in beeld.',
        'Ex-partner van moeder dreigt via berichten; op {E1} stond hij voor de deur.',
        'Baby groeit slecht, consultatiebureau ziet stilstand; afspraken worden gemist.']
KR = ['Moeder zoekt zelf hulp en houdt afspraken met het wijkteam na.', 'Oma in Monster is een vaste opvangplek.',
      'De oudste sport bij de voetbalclub in Vlaardingen en heeft een goede band met de trainer.',
      'Vader werkt en zorgt voor een vast inkomen; de werkgever in de tuinbouw denkt mee.',
      'De Poolse kerk in Schiedam biedt het gezin steun en taalles.', 'School (mentor en intern begeleider) is zeer betrokken.']
RI = ['Taalbarrière, weinig netwerk in Nederland.', 'Schulden, wisselende huisvesting via het uitzendbureau.',
      'Alcoholgebruik vader, eerdere meldingen bij Veilig Thuis.', 'Psychische klachten moeder, geen behandeling.',
      'Krappe woning, seizoenswerk, lange werkdagen.']
PLACES = ['body (Wat is er nu onveilig)', 'table row (Gezinssamenstelling)', 'header', 'footer', 'comment text',
          'comment author', 'alt text', 'property (title)', 'tracked deletion', 'footnote', 'mail subject', 'mail body',
          'file name', 'body (Krachten)', 'property (company)', 'cover value (Jeugdige)', 'body (Stem van ouders)',
          'body (Geinformeerd)', 'table row (Score)']
def vht():
    while True:
        n = rng.randint(10, 300)
        if not elf('2026%04d' % n): return n
def dt(d, m, y): return '%02d-%02d-%d' % (d, m, y)
# dirty items: (category, value, text-in-context)
def dirty_items(r):
    b = bsn(r); ib = group4(iban(r))
    return [('NAME', 'Katarzyna', 'moeder Katarzyna'), ('NAME', 'Daan Kok', 'Daan Kok'), ('NAME', 'Mihaela', 'tante Mihaela'),
            ('NAME', 'Teklé', 'vader Teklé'), ('NAME', 'Fleur Winter', 'Fleur Winter'), ('NAME', 'Sandeep', 'oom Sandeep'),
            ('NAME', 'Blom', 'fam. Blom'), ('NAME', 'Ivo Semedo', 'Ivo Semedo'), ('NAME', 'Dobromir', 'Dobromir (broer)'),
            ('NAME', 'Merel Zwart', 'Merel Zwart'), ('NAME', 'Wojtek', 'opa Wojtek'), ('NAME', 'Anita Ramcharan', 'Anita Ramcharan'),
            ('BIRTHDATE', '17-08-2012', 'geb. 17-08-2012'), ('BIRTHDATE', '3 maart 2014', 'geboren 3 maart 2014'),
            ('BSN', b, 'BSN ' + b), ('ADDRESS', 'Schiedamseweg 77a', 'Schiedamseweg 77a'),
            ('ADDRESS', 'Hoogstraat 140', 'Hoogstraat 140'), ('POSTCODE', '3134 KM', '3134 KM'),
            ('POSTCODE', '2675 BE', '2675 BE'), ('PHONE', '06-28830412', 'tel 06-28830412'), ('PHONE', '+359 87 661 2034', 'tel vader +359 87 661 2034'),
            ('EMAIL', 'mihaela.rusu79@yahoo.com', 'mihaela.rusu79@yahoo.com'), ('EMAIL', 'dekokjes.westland@gmail.com', 'dekokjes.westland@gmail.com'),
            ('URL', 'https://www.facebook.com/katarzyna.lis.3302', 'https://www.facebook.com/katarzyna.lis.3302'),
            ('URL', 'instagram.com/fleurtje.winter', 'instagram.com/fleurtje.winter'),
            ('ID_NUMBER', 'WT-VLD-22817', 'cliëntnr WT-VLD-22817'), ('ID_NUMBER', 'VT-2026-30418-R', 'VT-dossier VT-2026-30418-R'),
            ('IBAN', ib, 'rek. ' + ib), ('BIRTHDATE', '09-01-2016', 'geboortedatum jongste 09-01-2016'), ('NAME', 'Stefan Molenaar', 'Stefan Molenaar')]
ITEMS = dirty_items(random.Random(99))
rng.shuffle(ITEMS)
rows = []
for c in range(1, 61):
    gem, team, wijk = GEM[c % len(GEM)]
    prof = PROF[c % len(PROF)]; vd = PROF[(c + 5) % len(PROF)]
    yr = 2026; day, mon = rng.randint(1, 28), rng.choice([9, 10, 11])
    if day == 6: day = 7
    datum = dt(day, mon, yr)
    e1 = dt(max(1, day - 5) if day != 11 else 10, mon, yr).replace('-06-', '-07-')
    if e1.startswith('06'): e1 = '05' + e1[2:]
    n_kids = rng.choice([1, 1, 2, 2, 3])
    kids = [(rng.choice(INIT), rng.randint(2009, 2025)) for _ in range(n_kids)]
    soort = rng.choice(['Eerste inbreng', 'Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Overdracht'])
    style = c % 3
    dirty = c > 45
    items = ITEMS[(c - 46) * 2:(c - 46) * 2 + 2] if dirty else []
    places = rng.sample(PLACES, 2) if dirty else []
    # inject map place -> text
    inj = {p: it for p, it in zip(places, items)}
    def lab(i, s):
        return ('%d. %s:' % (i, s)) if style == 1 else (s.upper() + ':' if style == 2 else s + ':')
    out = []
    def special(tag, text): out.extend([tag, text, ''])
    fname = 'VHK_%s_%s%d_%s.docx' % (gem, kids[0][0], kids[0][1], datum.replace('-', ''))
    if 'file name' in inj: fname = 'VHK %s %s.docx' % (gem, inj['file name'][2])
    special('[FILENAME]', fname)
    if 'mail subject' in inj: special('[MAIL-SUBJECT]', 'Aanmelding VHT ' + inj['mail subject'][2])
    else: special('[MAIL-SUBJECT]', 'Aanmelding VHT %s - %s' % (gem, soort))
    if 'mail body' in inj: special('[MAIL-BODY]', 'Hoi, bijgaand de kaart. Contact loopt via %s. Gr.' % inj['mail body'][2])
    elif c % 4 == 0: special('[MAIL-BODY]', 'Goedemorgen, in de bijlage de VHK voor de bespreking van dinsdag. Groet, %s' % team)
    t = 'Veiligheidskaart %s. (%d) - %s' % (kids[0][0], kids[0][1], soort)
    if 'property (title)' in inj: t = 'Veiligheidskaart ' + inj['property (title)'][2]
    special('[PROPERTY title]', t)
    if 'property (company)' in inj: special('[PROPERTY company]', inj['property (company)'][2])
    elif c % 5 == 0: special('[PROPERTY company]', 'Gemeente ' + gem)
    special('[HEADER]', 'VHK - VERTROUWELIJK - ' + (gem.upper() + ' - ' + inj['header'][2] if 'header' in inj else gem.upper()))
    i = 1
    def sec(name, *vals):
        nonlocal_i[0] += 1
        out.append(lab(nonlocal_i[0], name)); out.extend(vals); out.append('')
    nonlocal_i = [0]
    sec('Datum inbreng', datum)
    sec(rng.choice(['Soort inbreng', 'Type inbreng']), soort + (' (vorige: VHT-2026-%04d)' % vht() if soort != 'Eerste inbreng' else ''))
    jv = ['%s%s. (%d)' % ('' if k == 0 else rng.choice(['broertje ', 'zusje ', '']), kids[k][0], kids[k][1]) for k in range(n_kids)]
    if 'cover value (Jeugdige)' in inj: jv[0] += ' ' + inj['cover value (Jeugdige)'][2]
    sec(rng.choice(['Jeugdige', 'Jeugdige(n)', 'Jeugdige (voorletter en geboortejaar)']), *jv)
    sec('Inbrenger', '%s, %s, %s' % (prof, rng.choice(FUNC), team))
    sec('Vaste deelnemer', '%s, %s' % (vd, team))
    sec(rng.choice(['Gemeente', 'Verantwoordelijke gemeente']), gem)
    if c % 3 == 0: sec('Gedragsdeskundige geraadpleegd', 'Ja, %s (gedragswetenschapper %s), op %s' % (PROF[(c + 2) % len(PROF)], team, e1))
    g = ['Moeder: gesproken op %s (huisbezoek in %s, tolk %s).' % (e1, wijk, rng.choice(['Pools', 'Bulgaars', 'Roemeens', 'Tigrinya', 'Kaapverdisch Creools', 'niet nodig'])),
         'Vader: telefonisch gesproken op %s.' % e1, '%s.: gesproken op school.' % kids[0][0]]
    if 'body (Geinformeerd)' in inj: g.append('Ook gesproken: ' + inj['body (Geinformeerd)'][2] + '.')
    sec(rng.choice(['Wie is wanneer geïnformeerd', 'Geïnformeerd en gesproken']), *g)
    if c % 7 == 0: sec('Instemming', 'Nee. Vader weigert; hij vertrouwt hulpverlening niet. Inbrenger brengt toch in omdat de veiligheid van de kinderen niet geborgd is.')
    else: sec(rng.choice(['Instemming', 'Instemming betrokkenen']), 'Ja, ouders stemmen in met bespreking in het VHT.')
    sec(rng.choice(['Vraag aan het VHT', 'Hulpvraag aan het VHT', 'Vraag aan het VeiligheidsTeam']),
        rng.choice(['Is vrijwillige hulp nog voldoende of is een interventiegesprek met de Raad nodig?', 'Welke partner neemt de regie over?', 'Advies gevraagd over een veiligheidsplan met het netwerk in %s.' % wijk]))
    if style == 0 or 'table row (Gezinssamenstelling)' in inj:
        tr = ['| Moeder | (%d) |' % rng.randint(1978, 1998), '| Vader | (%d), werkt in de tuinbouw |' % rng.randint(1975, 1995)]
        tr += ['| %s. | (%d) |' % k for k in kids]
        if 'table row (Gezinssamenstelling)' in inj: tr.append('| Netwerk | %s |' % inj['table row (Gezinssamenstelling)'][2])
        sec('Gezinssamenstelling', *tr)
    else:
        sec('Gezinssamenstelling', 'Moeder (%d), vader (%d), ' % (rng.randint(1978, 1998), rng.randint(1975, 1995)) + ', '.join('%s. (%d)' % k for k in kids) + '. Familie woont deels in ' + rng.choice(['Polen', 'Bulgarije', 'Roemenië', 'Kaapverdië', 'Eritrea', 'Suriname', 'Rotterdam-Zuid']) + '.')
    z = ['- ' + x.format(E1=e1, N=rng.randint(8, 40)) for x in rng.sample(ZORG, 2)]
    if 'body (Wat is er nu onveilig)' in inj: z.append('- Volgens %s gebeurt het vaker.' % inj['body (Wat is er nu onveilig)'][2])
    sec(rng.choice(['Wat is er nu onveilig', 'Zorgen', 'Onveiligheid']), *z)
    if 'comment text' in inj or 'comment author' in inj:
        a = inj['comment author'][2] if 'comment author' in inj else 'Gedragswetenschapper ' + team
        tx = ('Check dit met %s.' % inj['comment text'][2]) if 'comment text' in inj else 'Concreter maken graag.'
        special('[COMMENT author=%s]' % a, tx)
    elif c % 4 == 1: special('[COMMENT author=Gedragswetenschapper %s]' % team, 'Wat zag school precies?')
    k = rng.sample(KR, 2)
    if 'body (Krachten)' in inj: k.append('Steun van %s.' % inj['body (Krachten)'][2])
    sec(rng.choice(['Krachten', 'Krachten en beschermende factoren']), *k)
    if 'footnote' in inj: special('[FOOTNOTE]', 'Bron: ' + inj['footnote'][2])
    elif c % 6 == 0: special('[FOOTNOTE]', 'Bron: zorgmelding politie eenheid Rotterdam, ' + e1 + '.')
    sec('Risicofactoren', *rng.sample(RI, 2))
    ages = [yr - y for _, y in kids]
    if max(ages) >= 12 or c % 2:
        sv = []
        for (ini, y) in kids:
            a = yr - y
            sv.append('%s. (%d jaar): "%s"' % (ini, a, rng.choice(['Ik wil gewoon rust thuis.', 'Als papa drinkt ga ik naar boven.', 'Ik mis mijn oma in Polen.', 'Niemand luistert naar mij.', 'Het is beter sinds de zomer.'])) if a >= 6 else '%s. (%d jaar) is geobserveerd: speelt rustig, zoekt veel contact.' % (ini, a))
        sec(rng.choice(['Stem van de jeugdige', 'Wat zegt de jeugdige']), *sv)
    if 'alt text' in inj: special('[ALT]', 'Tekening: drie huizen, in het huis van de zorgen staat ' + inj['alt text'][2] + '.')
    elif c % 5 == 2: special('[ALT]', 'Tekening van %s.: drie huizen, het huis van de dromen is geel.' % kids[0][0])
    so = ['Moeder: "Ik doe mijn best, maar ik sta er alleen voor."', 'Vader: "Het valt wel mee, ik werk hard."']
    if 'body (Stem van ouders)' in inj: so.append('Moeder noemt ' + inj['body (Stem van ouders)'][2] + ' als steun.')
    sec(rng.choice(['Stem van ouders', 'Stem van ouders en verzorgers']), *so)
    sec(rng.choice(['Visie inbrenger', 'Visie van de inbrenger']), rng.choice(['De veiligheid is niet geborgd; vrijwillige hulp loopt vast.', 'Er is vooruitgang, maar het netwerk is te klein.', 'Ik maak me zorgen over de jongste; toezicht ontbreekt.']))
    sc = 'Inbrenger: %d. Moeder: %d.' % (rng.randint(2, 6), rng.randint(5, 8))
    if style == 2 or 'table row (Score)' in inj:
        tr = ['| Inbrenger | %d |' % rng.randint(2, 6), '| Moeder | %d |' % rng.randint(5, 8)]
        if 'table row (Score)' in inj: tr.append('| %s | 7 |' % inj['table row (Score)'][2])
        sec(rng.choice(['Score', 'Veiligheidsscore']), *tr)
    else: sec(rng.choice(['Score', 'Veiligheidsscore']), sc)
    if 'tracked deletion' in inj: special('[TRACKED-DELETION]', inj['tracked deletion'][2])
    elif c % 3 == 1: special('[TRACKED-DELETION]', 'Inbrenger: 5.')
    sec('Betrokken hulpverlening', rng.choice(['Wijkteam (regie), huisarts, Antes, school.', 'Veilig Thuis Rotterdam Rijnmond, JGZ, leerplicht.', 'Jeugdbescherming west, Lucertis, Kredietbank Rotterdam.']))
    out.append('Persoonsgegevens:'); out.append(rng.choice(['n.v.t.', '-', 'niet invullen bij inbreng'])); out.append('')
    special('[FOOTER]', ('Pagina 1 - ' + inj['footer'][2]) if 'footer' in inj else 'Pagina 1 - %s - %s' % (team, datum))
    open(os.path.join(D, 'card-%02d.txt' % c), 'w', encoding='utf-8', newline='\n').write('\n'.join(out).rstrip() + '\n')
    notes = '; '.join('%s "%s" @ %s' % (it[0], it[1], p) for p, it in zip(places, items)) if dirty else '-'
    rows.append('card-%02d.txt\t%s\t%s' % (c, 'DIRTY' if dirty else 'CLEAN', notes))
open(os.path.join(D, 'cards.tsv'), 'w', encoding='utf-8', newline='\n').write('file\texpect\tnotes\n' + '\n'.join(rows) + '\n')
