#!/usr/bin/env python3
"""Self-check for blind test set 8 (standard library only). Run: python3 check.py  ->  RESULT: PASS / FAIL.
Adapted from blind3's check.py (format checks), with Belgian/Polish/Romanian ID checks and card-content checks added."""
import os, re, sys, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []
def err(msg): errors.append(msg)

BLOCK_N = {'NAME': 100, 'BIRTHDATE': 18, 'ID_NUMBER': 14, 'ADDRESS': 11, 'POSTCODE': 11, 'BSN': 11, 'PHONE': 11,
           'EMAIL': 9, 'IBAN': 9, 'URL': 6}
ALLOW_N = {'PLACE': 50, 'INSTITUTION': 50, 'EVENT_DATE': 30, 'PROFESSIONAL': 30, 'AGE': 20, 'ORG_NUMBER': 20}
DIRTY_N = {'NAME': 12, 'BIRTHDATE': 3, 'BSN': 2, 'ADDRESS': 2, 'POSTCODE': 2, 'PHONE': 2, 'EMAIL': 2, 'URL': 2,
           'ID_NUMBER': 2, 'IBAN': 1}
IBAN_LEN = {'NL': 18, 'BE': 16, 'PL': 28, 'DE': 22, 'RO': 24, 'PT': 25, 'LT': 20}

def elfproef(digits):
    if len(digits) == 8: digits = '0' + digits
    if len(digits) != 9 or not digits.isdigit() or digits == '000000000': return False
    s = sum(w * int(d) for w, d in zip(range(9, 1, -1), digits[:8])) - int(digits[8])
    return s % 11 == 0

def iban_ok(s):
    s = s.replace(' ', '').upper()
    if not re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]+', s): return False
    if IBAN_LEN.get(s[:2]) not in (None, len(s)): return False
    num = ''.join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1

def rrn_ok(d):       # Belgian rijksregisternummer, 11 digits
    base, ck = d[:9], int(d[9:])
    return 97 - int(base) % 97 == ck or 97 - int('2' + base) % 97 == ck

def pesel_ok(d):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return (10 - sum(int(a) * b for a, b in zip(d[:10], w)) % 10) % 10 == int(d[10])

def cnp_ok(d):
    t = sum(int(a) * int(b) for a, b in zip(d[:12], '279146358279')) % 11
    return (1 if t == 10 else t) == int(d[12])

DATE_TOKEN = re.compile(r'(?<![\d/])\d{1,2}[-./]\d{1,2}[-./](?:\d{4}|\d{2}|\'\d{2})(?![\d/])|\b\d{4}-\d{2}-\d{2}\b|\b20\d{6}\b')
NUM_RUN = re.compile(r'(?<![\w/])\d[\d .\-]{6,14}\d(?![\w/])')

def suspicious_numbers(text):
    """8/9-digit numbers (separators allowed) that pass the 11-check; date-shaped strings ignored."""
    text = DATE_TOKEN.sub(' ', text)
    hits = []
    for m in NUM_RUN.finditer(text):
        for part in re.split(r'\s{2,}', m.group(0)):
            raw = part.strip()
            if re.match(r'^(0800|0900|088)\b', raw): continue   # public service numbers of organisations
            d = re.sub(r'[ .\-]', '', raw)
            if len(d) in (8, 9) and elfproef(d):
                hits.append(raw)
    return hits

EMAIL_RE = re.compile(r'[\w.+-]+(@|\[at\])[\w-]+\.[\w.]+')
IBAN_RE = re.compile(r'\b[A-Z]{2}\d{2} ?[A-Z]{4}[ \d]{10,}', re.I)
POSTCODE_RE = re.compile(r'\b[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}\b')
PHONE_RE = re.compile(r'(\+\d{2}|00\d{2}|(?<!\d)06|(?<!\d)04\d{2}/)[\s-]?\(?\d')
URL_RE = re.compile(r'(https?://|www\.|\.com/|\.nl/|\.tv/)', re.I)

def allow_problems(text):
    probs = []
    for h in suspicious_numbers(text): probs.append('11-check number %r' % h)
    if EMAIL_RE.search(text) or '@' in text: probs.append('e-mail / @')
    if IBAN_RE.search(text): probs.append('IBAN-like string')
    m = POSTCODE_RE.search(text)
    if m: probs.append('postcode-like string %r' % m.group(0))
    if URL_RE.search(text): probs.append('URL')
    if PHONE_RE.search(DATE_TOKEN.sub(' ', text)): probs.append('mobile/international phone')
    return probs

# ---------------------------------------------------------------- sentences.tsv
def check_sentences():
    path = os.path.join(HERE, 'sentences.tsv')
    with open(path, encoding='utf-8') as fh:
        lines = fh.read().split('\n')
    if lines[-1] == '': lines = lines[:-1]
    if lines[0] != 'id\texpect\tcategory\tspans\tsentence': err('sentences: bad header')
    rows = [l.split('\t') for l in lines[1:]]
    if len(rows) != 400: err('sentences: %d rows, want 400' % len(rows))
    seen_s = set(); cnt = Counter()
    for n, r in enumerate(rows, 1):
        if len(r) != 5: err('sentences row %d: %d fields' % (n, len(r))); continue
        id_, exp, cat, spans, sent = r
        if id_ != 'B8-%03d' % n: err('%s: id out of order (want B8-%03d)' % (id_, n))
        if sent.strip() != sent or not sent: err('%s: sentence whitespace/empty' % id_)
        if sent.lower() in seen_s: err('%s: duplicate sentence' % id_)
        seen_s.add(sent.lower())
        cnt[(exp, cat)] += 1
        if exp == 'BLOCK':
            if cat not in BLOCK_N: err('%s: BLOCK with category %s' % (id_, cat)); continue
            sp = spans.split(' || ')
            if spans == '-' or not all(sp): err('%s: BLOCK without spans' % id_); continue
            for s in sp:
                if s not in sent: err('%s: span %r not literal in sentence' % (id_, s))
                if s != s.strip(): err('%s: span %r has outer whitespace' % (id_, s))
                d = re.sub(r'\D', '', s)
                if cat == 'BSN' and not (len(d) in (8, 9) and re.fullmatch(r'[\d .\-]+', s) and elfproef(d)):
                    err('%s: BSN %r fails 11-check' % (id_, s))
                if cat == 'IBAN' and not iban_ok(s): err('%s: IBAN %r fails mod-97' % (id_, s))
                if cat == 'POSTCODE' and not re.fullmatch(r'[1-9]\d{3} ?[A-Za-z]{2}', s): err('%s: postcode shape %r' % (id_, s))
                if cat == 'EMAIL' and not EMAIL_RE.fullmatch(s): err('%s: e-mail shape %r' % (id_, s))
                if cat == 'PHONE' and not (10 <= len(d) <= 13): err('%s: phone digits %r' % (id_, s))
                if cat == 'URL' and '/' not in s: err('%s: URL shape %r' % (id_, s))
                if cat == 'BIRTHDATE' and not re.search(r'\d', s): err('%s: birthdate %r' % (id_, s))
                if cat == 'ADDRESS' and not re.search(r'\d', s): err('%s: address without number %r' % (id_, s))
                if cat == 'ID_NUMBER':
                    low = sent.lower()
                    if ('rijksregister' in low or 'insz' in low) and not (len(d) == 11 and rrn_ok(d)): err('%s: RRN %r' % (id_, s))
                    if 'pesel' in low and not (len(d) == 11 and pesel_ok(d)): err('%s: PESEL %r' % (id_, s))
                    if 'cnp' in low and not (len(d) == 13 and cnp_ok(d)): err('%s: CNP %r' % (id_, s))
                    if 'eid' in low and not (len(d) == 12 and (int(d[:10]) % 97 or 97) == int(d[10:])): err('%s: eID %r' % (id_, s))
        elif exp == 'ALLOW':
            if cat not in ALLOW_N: err('%s: ALLOW with category %s' % (id_, cat))
            if spans != '-': err('%s: ALLOW must have spans "-"' % id_)
            for p in allow_problems(sent): err('%s: ALLOW line has %s' % (id_, p))
        else:
            err('%s: bad expect %r' % (id_, exp))
    for c, n in BLOCK_N.items():
        if cnt[('BLOCK', c)] != n: err('sentences: BLOCK %s = %d, want %d' % (c, cnt[('BLOCK', c)], n))
    for c, n in ALLOW_N.items():
        if cnt[('ALLOW', c)] != n: err('sentences: ALLOW %s = %d, want %d' % (c, cnt[('ALLOW', c)], n))
    b = sum(v for (e, _), v in cnt.items() if e == 'BLOCK'); a = sum(v for (e, _), v in cnt.items() if e == 'ALLOW')
    print('sentences.tsv: %d rows, BLOCK %d, ALLOW %d' % (len(rows), b, a))

# ---------------------------------------------------------------- cards
def norm(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c)).lower().strip()
    s = re.sub(r'^\d+[.)]\s*', '', s)
    s = re.sub(r'\s*:\s*$', '', s)
    return re.sub(r'\s+', ' ', s)

REQ = {
 'datum': ['datum', 'datum inbreng'], 'soort': ['soort inbreng', 'type inbreng'],
 'jeugdige': ['jeugdige (voorletter en geboortejaar)', 'jeugdige', 'jeugdige(n)'],
 'inbrenger': ['inbrenger', 'inbrenger (naam, functie, organisatie)'], 'vaste': ['vaste deelnemer'],
 'gemeente': ['verantwoordelijke gemeente', 'gemeente'],
 'geinf': ['geinformeerd en gesproken', 'wie is wanneer geinformeerd'],
 'instemming': ['instemming betrokkenen', 'instemming'],
 'vraag': ['vraag aan het veiligheidsteam', 'vraag aan het vht', 'hulpvraag aan het vht'],
 'gezin': ['gezinssamenstelling'], 'zorgen': ['wat is er nu onveilig', 'zorgen', 'onveiligheid'],
 'krachten': ['krachten en beschermende factoren', 'krachten'], 'risico': ['risicofactoren'],
 'stemo': ['stem van ouders en verzorgers', 'stem van ouders'], 'visie': ['visie van de inbrenger', 'visie inbrenger'],
 'score': ['veiligheidsscore', 'score'],
}
STEMJ = ['stem van de jeugdige', 'wat zegt de jeugdige']
COVER_NAMED = ['inbrenger', 'inbrenger (naam, functie, organisatie)', 'vaste deelnemer', 'gedragsdeskundige geraadpleegd',
               'gedragswetenschapper geraadpleegd']
PG_SUB = ['naam jeugdige', 'geboortedatum', 'bsn', 'adres', 'ouders / gezagdragers', 'telefoon', 'e-mail']
ALL_LABELS = set(sum(REQ.values(), [])) | set(STEMJ) | set(COVER_NAMED) | set(PG_SUB) | {
    'uit te nodigen experts', 'experts', 'patroon', 'patroon uit het verleden', 'betrokken hulpverlening', 'advies',
    'afspraken en actiepunten', 'uitkomst gesprek', 'borgingsafspraken', 'waar kunnen ouders en jeugdige terecht',
    'persoonsgegevens'}
PLACEHOLDERS = ('-', 'n.v.t.', 'niet invullen bij inbreng', 'n.v.t. (intake)')
SOORTEN = ('Eerste inbreng', 'Vervolgbespreking', 'Monitoring', 'Overdracht')
PLACES = re.compile(r'^(body \([^)]+\)|cover value \([^)]+\)|table row \([^)]+\)|property \([^)]+\)|header|footer|'
                    r'comment text|comment author|alt text|tracked deletion|footnote|mail subject|mail body|file name)$')
ITEM = re.compile(r'^(NAME|BIRTHDATE|ID_NUMBER|ADDRESS|POSTCODE|BSN|PHONE|EMAIL|IBAN|URL) "(.+)" @ (.+)$')
TAG = re.compile(r'^\[(PROPERTY [a-z]+|HEADER|FOOTER|COMMENT author=[^\]]+|ALT|TRACKED-DELETION|FOOTNOTE|MAIL-SUBJECT|MAIL-BODY|FILENAME)\]$')

def sections(text):
    secs = {}; cur = None; specials = []
    for line in text.split('\n'):
        if line.startswith('['):
            if not TAG.match(line): err('unknown special tag %r' % line)
            specials.append(line); cur = None; continue
        n = norm(line)
        if n in ALL_LABELS and len(line) < 60 and '|' not in line:
            cur = n; secs.setdefault(cur, []); continue
        if cur is not None and line.strip(): secs[cur].append(line)
    return secs, specials

def check_cards():
    cdir = os.path.join(HERE, 'cards')
    with open(os.path.join(cdir, 'cards.tsv'), encoding='utf-8') as fh:
        lines = [l for l in fh.read().split('\n') if l]
    if lines[0] != 'file\texpect\tnotes': err('cards.tsv: bad header')
    rows = [l.split('\t') for l in lines[1:]]
    if len(rows) != 60: err('cards.tsv: %d rows, want 60' % len(rows))
    files = sorted(f for f in os.listdir(cdir) if f.endswith('.txt'))
    if files != ['card-%02d.txt' % i for i in range(1, 61)]: err('cards: files are not card-01..card-60')
    dirty_values = []; n_items = Counter(); n_clean = n_dirty = 0
    scen = set(); tags = Counter(); soorten = Counter(); gemeenten = Counter()
    for i, r in enumerate(rows, 1):
        if len(r) != 3: err('cards.tsv row %d: fields' % i); continue
        f, exp, notes = r
        if f != 'card-%02d.txt' % i: err('cards.tsv row %d: file %s' % (i, f))
        want = 'CLEAN' if i <= 45 else 'DIRTY'
        if exp != want: err('%s: expect %s, want %s' % (f, exp, want))
        text = open(os.path.join(cdir, f), encoding='utf-8').read()
        secs, specials = sections(text)
        for t in specials: tags[t.split(' author=')[0].strip('[]')] += 1
        for key, labs in REQ.items():
            if not any(l in secs and secs[l] for l in labs): err('%s: missing or empty section %s' % (f, key))
        soort = next((secs[l] for l in REQ['soort'] if l in secs), [''])
        if not soort or soort[0] not in SOORTEN: err('%s: Soort inbreng %r' % (f, soort))
        else: soorten[soort[0]] += 1
        gem = next((secs[l] for l in REQ['gemeente'] if l in secs), [''])
        gemeenten[gem[0] if gem else ''] += 1
        inst = ' '.join(next((secs[l] for l in REQ['instemming'] if l in secs), []))
        if inst.startswith('Nee') and 'nderbouwing' not in inst: err('%s: Instemming Nee without justification' % f)
        zorg = next((secs[l] for l in REQ['zorgen'] if l in secs), [])
        scen.add(tuple(x.lstrip('- ') for x in zorg if not re.match(r'^(Update|Sinds de vorige|Na het advies|Stand van zaken)', x))[:2])
        jl = next((secs[l] for l in REQ['jeugdige'] if l in secs), [])
        dl = next((secs[l] for l in REQ['datum'] if l in secs), [''])
        ym = re.search(r'(20\d\d)', dl[0] if dl else '')
        years = [int(y) for y in re.findall(r'\((\d{4})\)', ' '.join(jl))]
        if not years and exp == 'CLEAN': err('%s: no youth with birth year' % f)
        if not ym: err('%s: no 4-digit year in Datum' % f)
        if ym and years and int(ym.group(1)) - min(years) >= 12:
            if not any(l in secs and secs[l] for l in STEMJ): err('%s: youth 12+ but no Stem van de jeugdige' % f)
        # professionals' names only in the cover fields
        for lab in COVER_NAMED:
            for v in secs.get(lab, []):
                m = re.match(r'^(?:Ja, )?([A-ZÀ-Ý][\wÀ-ÿ\'-]+(?: [a-z]{1,3})?(?: [A-ZÀ-Ý][\wÀ-ÿ\'-]+)+)[,–]', v)
                if m:
                    name = m.group(1)
                    rest = text.replace(v, '')
                    if name in rest: err('%s: professional name %r also outside the cover fields' % (f, name))
        if exp == 'CLEAN':
            n_clean += 1
            if notes != '-': err('%s: CLEAN with notes' % f)
            for p in allow_problems(text): err('%s: CLEAN card has %s' % (f, p))
            for lab in ['persoonsgegevens'] + PG_SUB:
                if lab in secs and not all(norm(x) in PLACEHOLDERS for x in secs[lab]): err('%s: CLEAN card fills %s' % (f, lab))
            for y in jl:
                if not re.fullmatch(r'(?:- )?(?:(?:[a-z]+ )?[A-Z]{1,2}J?\. \(\d{4}\)(?:, )?)+', y): err('%s: Jeugdige value %r' % (f, y))
        else:
            n_dirty += 1
            items = notes.split('; ')
            if not 1 <= len(items) <= 3: err('%s: %d items, want 1-3' % (f, len(items)))
            for it in items:
                m = ITEM.match(it)
                if not m: err('%s: bad item %r' % (f, it)); continue
                cat, val, place = m.groups()
                n_items[cat] += 1
                dirty_values.append(val)
                if val not in text: err('%s: value %r not literal in card' % (f, val))
                if not PLACES.match(place): err('%s: unknown place %r' % (f, place))
                if cat == 'BSN' and not elfproef(re.sub(r'[ .\-]', '', val)): err('%s: BSN fails 11-check' % f)
                if cat == 'IBAN' and not iban_ok(val): err('%s: IBAN fails mod-97' % f)
                if cat == 'ID_NUMBER' and 'Rijksregister' in text and re.fullmatch(r'[\d.\-]+', val):
                    if not rrn_ok(re.sub(r'\D', '', val)): err('%s: RRN fails mod-97' % f)
            # only the listed items may be personal data: the rest of the card must pass the ALLOW checks
            rest = text
            for it in items:
                m = ITEM.match(it)
                if m: rest = rest.replace(m.group(2), '')
            for p in allow_problems(rest): err('%s: DIRTY card has unlisted %s' % (f, p))
    if dict(n_items) != DIRTY_N: err('cards: DIRTY item counts %s, want %s' % (dict(n_items), DIRTY_N))
    if len(scen) < 30: err('cards: only %d distinct scenario texts' % len(scen))
    for i in range(1, 46):
        text = open(os.path.join(cdir, 'card-%02d.txt' % i), encoding='utf-8').read()
        for v in dirty_values:
            if re.search(r'(?<!\w)' + re.escape(v) + r'(?!\w)', text): err('card-%02d: contains dirty value %r' % (i, v))
    print('cards: %d CLEAN, %d DIRTY, %d items %s' % (n_clean, n_dirty, sum(n_items.values()), dict(n_items)))
    print('cards: %d distinct scenario texts; soort %s' % (len(scen), dict(soorten)))
    print('cards: gemeenten %s' % dict(gemeenten))
    print('cards: special blocks %s' % dict(tags))

check_sentences()
check_cards()
for e in errors: print('ERROR', e)
print('RESULT:', 'FAIL (%d errors)' % len(errors) if errors else 'PASS')
sys.exit(1 if errors else 0)
