#!/usr/bin/env python3
"""Generate ../sentences.tsv from block_lines.py and allow_lines.py (fixed seed 13)."""
import os, random, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import block_lines as B, allow_lines as A

rng = random.Random(13)

def elfproef(d):
    if len(d) == 8: d = '0' + d
    s = sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])
    return s % 11 == 0 and d != '000000000'

def bsn(leading_zero=False):
    while True:
        d = ('0' if leading_zero else str(rng.randint(1, 9))) + ''.join(str(rng.randint(0, 9)) for _ in range(8))
        if elfproef(d): return d[1:] if leading_zero else d

def fmt_bsn(kind):
    if kind == 'BSN8': return bsn(True)
    d = bsn()
    if kind == 'BSN.': return d[:4] + '.' + d[4:6] + '.' + d[6:]
    if kind == 'BSN ': return d[:3] + ' ' + d[3:6] + ' ' + d[6:]
    if kind == 'BSN-': return d[:3] + '-' + d[3:6] + '-' + d[6:]
    return d

def mod97_check(country, bban):
    num = ''.join(str(int(c, 36)) for c in bban + country + '00')
    return '%02d' % (98 - int(num) % 97)

def iban(bank, style=''):
    if bank == 'BE':
        first = ''.join(str(rng.randint(0, 9)) for _ in range(10))
        c = int(first) % 97 or 97
        bban = first + '%02d' % c
        cc = 'BE'
    else:
        while True:   # account number that also passes the old bank 11-check
            acc = ''.join(str(rng.randint(0, 9)) for _ in range(10))
            if acc[0] != '0' and sum((10 - i) * int(x) for i, x in enumerate(acc)) % 11 == 0: break
        bban = bank + acc
        cc = 'NL'
    s = cc + mod97_check(cc, bban) + bban
    if style == 's': s = ' '.join(s[i:i + 4] for i in range(0, len(s), 4))
    if style == 'l': s = s.lower()
    return s

def fail11(n=8):
    while True:
        d = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(n - 1))
        if not elfproef(d): return d

def fill(line):
    def rep(m):
        t = m.group(1)
        if t.startswith('BSN'): return fmt_bsn(t)
        if t.startswith('IBAN'):
            p = t.split(':'); return iban(p[1], p[2] if len(p) > 2 else '')
        if t == 'KVK': return fail11(8)
        if t == 'AGB': return fail11(8)
        raise ValueError(t)
    return re.sub(r'\{([A-Z0-9.:\- a-z]+)\}', rep, line)

rows = []
for cat in ['NAME', 'BIRTHDATE', 'ID_NUMBER', 'ADDRESS', 'POSTCODE', 'BSN', 'PHONE', 'EMAIL', 'IBAN', 'URL']:
    for line in getattr(B, cat).split('\n'):
        if not line.strip(): continue
        line = fill(line)
        spans = re.findall('«(.*?)»', line)
        sent = line.replace('«', '').replace('»', '')
        rows.append(('BLOCK', cat, ' || '.join(spans), sent))
for cat in ['PLACE', 'INSTITUTION', 'EVENT_DATE', 'PROFESSIONAL', 'AGE', 'ORG_NUMBER']:
    for line in getattr(A, cat).split('\n'):
        if not line.strip(): continue
        rows.append(('ALLOW', cat, '-', fill(line)))
rng2 = random.Random(1313)
rng2.shuffle(rows)
with open(os.path.join(HERE, '..', 'sentences.tsv'), 'w', encoding='utf-8') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, r in enumerate(rows, 1):
        fh.write('B13-%03d\t%s\t%s\t%s\t%s\n' % ((i,) + r))
print(len(rows), 'rows')
