#!/usr/bin/env python3
"""Builds ../sentences.tsv from block_lines.py and allow_lines.py (fixed seeds). Python 3 standard library."""
import os, random, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import block_lines as B, allow_lines as A

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(1010)

def elfproef(d):
    if len(d) == 8: d = '0' + d
    return len(d) == 9 and sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) % 11 == int(d[8]) % 11 and \
        (sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])) % 11 == 0

def bsn(n8=False):
    while True:
        d = ''.join(str(rng.randint(0, 9)) for _ in range(8 if n8 else 9))
        if d[0] == '0': continue
        if elfproef(d): return d

def iban(cc, bban):
    num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
    return cc + '%02d' % (98 - int(num) % 97) + bban

def group4(s): return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))

BSN_FMT = [lambda d: d, lambda d: d[:4] + '.' + d[4:6] + '.' + d[6:], lambda d: d[:3] + ' ' + d[3:6] + ' ' + d[6:],
           lambda d: d[:3] + '-' + d[3:6] + '-' + d[6:], lambda d: d, lambda d: d[:2] + ' ' + d[2:5] + ' ' + d[5:],
           lambda d: d, lambda d: d[:3] + '.' + d[3:6] + '.' + d[6:], lambda d: d[:4] + ' ' + d[4:], lambda d: d,
           lambda d: d]
BSN_8 = {4, 9}
def ibans():
    out = []
    for i, bank in enumerate(['ABNA', 'RABO', 'INGB', 'SNSB', 'ASNB', 'KNAB', 'BUNQ']):
        out.append(iban('NL', bank + ''.join(str(rng.randint(0, 9)) for _ in range(10))))
    out.insert(6, iban('PL', ''.join(str(rng.randint(0, 9)) for _ in range(24))))
    out.insert(7, iban('TR', '00062' + '0' + ''.join(str(rng.randint(0, 9)) for _ in range(16))))
    fmts = [group4, lambda s: s, group4, lambda s: s.lower(), group4, group4, group4, group4, lambda s: s]
    return [f(s) for f, s in zip(fmts, out)]

def parse(block, cat, expect, fill=None):
    rows = []
    for i, line in enumerate(l for l in block.strip('\n').split('\n') if l.strip()):
        if fill: line = line.replace('{%s}' % cat, fill[i])
        spans = re.findall('«(.+?)»', line)
        sent = line.replace('«', '').replace('»', '')
        rows.append((expect, cat, ' || '.join(spans) if spans else '-', sent))
    return rows

rows = []
for cat in ['NAME', 'BIRTHDATE', 'ID_NUMBER', 'ADDRESS', 'POSTCODE', 'BSN', 'PHONE', 'EMAIL', 'IBAN', 'URL']:
    fill = None
    if cat == 'BSN': fill = [BSN_FMT[i](bsn(i in BSN_8)) for i in range(11)]
    if cat == 'IBAN': fill = ibans()
    rows += parse(getattr(B, cat), cat, 'BLOCK', fill)
for cat in ['PLACE', 'INSTITUTION', 'EVENT_DATE', 'PROFESSIONAL', 'AGE', 'ORG_NUMBER']:
    rows += parse(getattr(A, cat), cat, 'ALLOW')
random.Random(10).shuffle(rows)
with open(os.path.join(HERE, '..', 'sentences.tsv'), 'w', encoding='utf-8') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for n, r in enumerate(rows, 1):
        fh.write('B10-%03d\t%s\n' % (n, '\t'.join(r)))
print(len(rows), 'rows')
