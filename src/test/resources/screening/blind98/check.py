#!/usr/bin/env python3
"""Self-check for blind test set 98 (standard library only). Run: python3 check.py  ->  RESULT: PASS / FAIL."""
import os, re, sys, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []
def err(msg): errors.append(msg)

BLOCK_N = {'NAME': 100, 'BIRTHDATE': 18, 'ID_NUMBER': 14, 'ADDRESS': 11, 'POSTCODE': 11, 'BSN': 11, 'PHONE': 11,
           'EMAIL': 9, 'IBAN': 9, 'URL': 6}
ALLOW_N = {'PLACE': 50, 'INSTITUTION': 50, 'EVENT_DATE': 30, 'PROFESSIONAL': 30, 'AGE': 20, 'ORG_NUMBER': 20}
IBAN_LEN = {'NL': 18, 'BE': 16, 'PL': 28, 'DE': 22, 'RO': 24, 'BG': 22, 'LT': 20}

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

DATE_LIKE = re.compile(r'^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}$|^\d{4}-\d{2}-\d{2}$')
NUM_RUN = re.compile(r'(?<![\w/])\d[\d .\-]{6,14}\d(?![\w/])')

def suspicious_numbers(text):
    """8/9-digit numbers (separators allowed) that pass the 11-check; date-shaped strings ignored."""
    hits = []
    for m in NUM_RUN.finditer(text):
        for part in re.split(r'\s{2,}', m.group(0)):
            raw = part.strip()
            if DATE_LIKE.match(raw): continue
            if re.match(r'^(0800|0900|088)\b', raw): continue   # public service numbers of organisations
            d = re.sub(r'[ .\-]', '', raw)
            if len(d) in (8, 9) and elfproef(d):
                hits.append(raw)
    return hits

EMAIL_RE = re.compile(r'[\w.+-]+@[\w-]+\.[\w.]+')
IBAN_RE = re.compile(r'\b[A-Z]{2}\d{2} ?[A-Z]{4}[ \d]{10,}', re.I)
POSTCODE_RE = re.compile(r'\b[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}\b')
PHONE_RE = re.compile(r'(\+31|0031|\+48|(?<![\d\-./])06[\s-]?\d[\d\s-]{7,})')
DATES = re.compile(r'\b\d{1,2}[-./]\d{1,2}[-./]\d{2,4}\b')
def nodates(t): return DATES.sub(' ', t)
URL_RE = re.compile(r'(https?://|www\.|\.com/|\.nl/)', re.I)

# ---------------------------------------------------------------- sentences.tsv
def check_sentences():
    path = os.path.join(HERE, 'sentences.tsv')
    with open(path, encoding='utf-8') as fh:
        lines = fh.read().split('\n')
    if lines[-1] == '': lines = lines[:-1]
    if lines[0] != 'id\texpect\tcategory\tspans\tsentence': err('sentences: bad header')
    rows = [l.split('\t') for l in lines[1:]]
    if len(rows) != 400: err('sentences: %d rows, want 400' % len(rows))
    seen_s = set()
    cnt = Counter()
    for n, r in enumerate(rows, 1):
        if len(r) != 5: err('sentences row %d: %d fields' % (n, len(r))); continue
        id_, exp, cat, spans, sent = r
        if id_ != 'B98-%03d' % n: err('%s: id out of order (want B98-%03d)' % (id_, n))
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
                if cat == 'BSN':
                    d = re.sub(r'[ .\-]', '', s)
                    if not (d.isdigit() and len(d) in (8, 9) and elfproef(d)): err('%s: BSN %r fails 11-check' % (id_, s))
                if cat == 'IBAN' and not iban_ok(s): err('%s: IBAN %r fails mod-97' % (id_, s))
                if cat == 'POSTCODE' and not re.fullmatch(r'[1-9]\d{3} ?[A-Za-z]{2}', s): err('%s: postcode shape %r' % (id_, s))
                if cat == 'EMAIL' and not EMAIL_RE.fullmatch(s): err('%s: e-mail shape %r' % (id_, s))
                if cat == 'PHONE':
                    d = re.sub(r'\D', '', s)
                    if not (10 <= len(d) <= 13): err('%s: phone digits %r' % (id_, s))
                if cat == 'URL' and '/' not in s: err('%s: URL shape %r' % (id_, s))
                if cat == 'BIRTHDATE' and not re.search(r'\d', s) and 'april' not in s: err('%s: birthdate %r' % (id_, s))
        elif exp == 'ALLOW':
            if cat not in ALLOW_N: err('%s: ALLOW with category %s' % (id_, cat))
            if spans != '-': err('%s: ALLOW must have spans "-"' % id_)
            for h in suspicious_numbers(sent): err('%s: ALLOW line has 11-check number %r' % (id_, h))
            if EMAIL_RE.search(sent): err('%s: ALLOW line has e-mail' % id_)
            if IBAN_RE.search(sent): err('%s: ALLOW line has IBAN-like string' % id_)
            if POSTCODE_RE.search(sent): err('%s: ALLOW line has postcode-like string %r' % (id_, POSTCODE_RE.search(sent).group(0)))
            if URL_RE.search(sent): err('%s: ALLOW line has URL' % id_)
            if PHONE_RE.search(nodates(sent)): err('%s: ALLOW line has a mobile/international phone' % id_)
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
ALL_LABELS = set(sum(REQ.values(), [])) | set(STEMJ) | {'gedragsdeskundige geraadpleegd', 'gedragswetenschapper geraadpleegd',
    'uit te nodigen experts', 'experts', 'patroon', 'patroon uit het verleden', 'betrokken hulpverlening', 'advies',
    'borgingsafspraken', 'waar kunnen ouders en jeugdige terecht', 'persoonsgegevens', 'naam jeugdige', 'geboortedatum',
    'bsn', 'adres', 'telefoon', 'e-mail'}
PLACES = re.compile(r'^(body \([^)]+\)|cover value \([^)]+\)|table row \([^)]+\)|property \([^)]+\)|header|footer|'
                    r'comment text|comment author|alt text|tracked deletion|footnote|mail subject|mail body|file name)$')
ITEM = re.compile(r'^(NAME|BIRTHDATE|ID_NUMBER|ADDRESS|POSTCODE|BSN|PHONE|EMAIL|IBAN|URL) "(.+)" @ (.+)$')

def sections(text):
    secs = {}; cur = None
    for line in text.split('\n'):
        if line.startswith('['): cur = None; continue
        n = norm(line)
        if n in ALL_LABELS and (line.rstrip().endswith(':') or True) and len(line) < 60 and '|' not in line:
            cur = n; secs.setdefault(cur, []); continue
        if cur is not None and line.strip(): secs[cur].append(line)
    return secs

def check_cards():
    cdir = os.path.join(HERE, 'cards')
    with open(os.path.join(cdir, 'cards.tsv'), encoding='utf-8') as fh:
        lines = [l for l in fh.read().split('\n') if l]
    if lines[0] != 'file\texpect\tnotes': err('cards.tsv: bad header')
    rows = [l.split('\t') for l in lines[1:]]
    if len(rows) != 60: err('cards.tsv: %d rows, want 60' % len(rows))
    files = sorted(f for f in os.listdir(cdir) if f.endswith('.txt'))
    if files != ['card-%02d.txt' % i for i in range(1, 61)]: err('cards: files are not card-01..card-60')
    dirty_values = []
    n_items = Counter(); n_clean = n_dirty = 0
    for i, r in enumerate(rows, 1):
        if len(r) != 3: err('cards.tsv row %d: fields' % i); continue
        f, exp, notes = r
        if f != 'card-%02d.txt' % i: err('cards.tsv row %d: file %s' % (i, f))
        want = 'CLEAN' if i <= 45 else 'DIRTY'
        if exp != want: err('%s: expect %s, want %s' % (f, exp, want))
        text = open(os.path.join(cdir, f), encoding='utf-8').read()
        secs = sections(text)
        for key, labs in REQ.items():
            if not any(l in secs and secs[l] for l in labs): err('%s: missing or empty section %s' % (f, key))
        # youth ages -> Stem van de jeugdige
        jl = next((secs[l] for l in REQ['jeugdige'] if l in secs), [])
        dl = next((secs[l] for l in REQ['datum'] if l in secs), [''])
        ym = re.search(r'(20\d\d)', dl[0] if dl else '')
        years = [int(y) for y in re.findall(r'\((\d{4})\)', ' '.join(jl))]
        if not years and exp == 'CLEAN': err('%s: no youth with birth year' % f)
        if ym and years and int(ym.group(1)) - min(years) >= 12:
            if not any(l in secs and secs[l] for l in STEMJ): err('%s: youth 12+ but no Stem van de jeugdige' % f)
        if exp == 'CLEAN':
            n_clean += 1
            if notes != '-': err('%s: CLEAN with notes' % f)
            for h in suspicious_numbers(text): err('%s: CLEAN card has 11-check number %r' % (f, h))
            if '@' in text: err('%s: CLEAN card contains @' % f)
            if IBAN_RE.search(text): err('%s: CLEAN card has IBAN-like string' % f)
            m = POSTCODE_RE.search(text)
            if m: err('%s: CLEAN card has postcode-like string %r' % (f, m.group(0)))
            if URL_RE.search(text): err('%s: CLEAN card has URL' % f)
            if PHONE_RE.search(nodates(text)): err('%s: CLEAN card has a mobile/international phone' % f)
            pg = secs.get('persoonsgegevens')
            if pg and not all(norm(x) in ('-', 'n.v.t.', 'niet invullen bij inbreng', 'n.v.t. (intake)') for x in pg):
                err('%s: CLEAN card fills Persoonsgegevens' % f)
        else:
            n_dirty += 1
            items = notes.split('; ')
            if len(items) != 2: err('%s: %d items, want 2' % (f, len(items)))
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
    # dirty values must not leak into clean cards
    for i in range(1, 46):
        text = open(os.path.join(cdir, 'card-%02d.txt' % i), encoding='utf-8').read()
        for v in dirty_values:
            if re.search(r'(?<!\w)' + re.escape(v) + r'(?!\w)', text): err('card-%02d: contains dirty value %r' % (i, v))
    print('cards: %d CLEAN, %d DIRTY, %d items %s' % (n_clean, n_dirty, sum(n_items.values()), dict(n_items)))

check_sentences()
check_cards()
for e in errors: print('ERROR', e)
print('RESULT:', 'FAIL (%d errors)' % len(errors) if errors else 'PASS')
sys.exit(1 if errors else 0)
