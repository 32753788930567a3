#!/usr/bin/env python3
"""Generate ../sentences.tsv for blind92 (fixed seeds; re-running reproduces the file byte for byte)."""
import os, random, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import block_lines as B, allow_lines as A

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sentences.tsv')
rng = random.Random(9201)

def elfproef(d):
    if len(d) == 8: d = '0' + d
    s = sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])
    return s % 11 == 0

def new_bsn(eight=False):
    while True:
        if eight:
            d = str(rng.randint(10000000, 99999999))
        else:
            d = str(rng.randint(100000000, 799999999))
        if elfproef(d): return d

def fmt_bsn(kind):
    d = new_bsn(kind == 'eight')
    if kind in ('plain', 'eight'): return d
    if kind == 'dots': return d[:4] + '.' + d[4:6] + '.' + d[6:]
    if kind == 'spaces': return d[:3] + ' ' + d[3:6] + ' ' + d[6:]
    if kind == 'dashes': return d[:3] + '-' + d[3:5] + '-' + d[5:]
    raise ValueError(kind)

def iban(cc, bank, fmt):
    if cc == 'NL': bban = bank + ''.join(str(rng.randint(0, 9)) for _ in range(10))
    elif cc == 'BG': bban = bank + ''.join(str(rng.randint(0, 9)) for _ in range(6)) + ''.join(str(rng.randint(0, 9)) for _ in range(8))
    elif cc == 'PL': bban = ''.join(str(rng.randint(0, 9)) for _ in range(24))
    else: raise ValueError(cc)
    num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
    chk = 98 - int(num) % 97
    s = '%s%02d%s' % (cc, chk, bban)
    if fmt == 'compact': return s
    g = ' '.join(s[i:i + 4] for i in range(0, len(s), 4))
    if fmt == 'grouped': return g
    if fmt == 'lower': return g.lower()
    raise ValueError(fmt)

def fill(line):
    line = re.sub(r'\{BSN:(\w+)\}', lambda m: fmt_bsn(m.group(1)), line)
    line = re.sub(r'\{IBAN:(\w+):([\w-]+):(\w+)\}', lambda m: iban(m.group(1), m.group(2), m.group(3)), line)
    return line

def lines(block):
    return [l for l in block.strip('\n').split('\n') if l.strip()]

rows = []
BLOCK = [('NAME', B.NAME, 100), ('BIRTHDATE', B.BIRTHDATE, 18), ('ID_NUMBER', B.ID_NUMBER, 14), ('ADDRESS', B.ADDRESS, 11),
         ('POSTCODE', B.POSTCODE, 11), ('BSN', B.BSN, 11), ('PHONE', B.PHONE, 11), ('EMAIL', B.EMAIL, 9),
         ('IBAN', B.IBAN, 9), ('URL', B.URL, 6)]
for cat, text, n in BLOCK:
    ls = lines(text)
    assert len(ls) == n, (cat, len(ls), n)
    for l in ls:
        l = fill(l)
        spans = re.findall(r'«(.+?)»', l)
        assert spans, l
        sent = l.replace('«', '').replace('»', '')
        rows.append(('BLOCK', cat, ' || '.join(spans), sent))
ALLOW = [('PLACE', A.PLACE, 50), ('INSTITUTION', A.INSTITUTION, 50), ('EVENT_DATE', A.EVENT_DATE, 30),
         ('PROFESSIONAL', A.PROFESSIONAL, 30), ('AGE', A.AGE, 20), ('ORG_NUMBER', A.ORG_NUMBER, 20)]
for cat, text, n in ALLOW:
    ls = lines(text)
    assert len(ls) == n, (cat, len(ls), n)
    for l in ls:
        rows.append(('ALLOW', cat, '-', l))

random.Random(92).shuffle(rows)
with open(OUT, 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, (e, c, s, t) in enumerate(rows, 1):
        fh.write('B92-%03d\t%s\t%s\t%s\t%s\n' % (i, e, c, s, t))
print('wrote', OUT, len(rows))
