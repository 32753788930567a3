#!/usr/bin/env python3
"""Generate ../sentences.tsv (seed 51). Run from anywhere."""
import os, random, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import block_lines as B, allow_lines as A
from numgen import bsn, iban, grp
rng = random.Random(51)
# BSN formats
fmts = [lambda d: d, lambda d: d[:4]+'.'+d[4:6]+'.'+d[6:], lambda d: d[:3]+' '+d[3:6]+' '+d[6:], lambda d: d[:3]+'-'+d[3:6]+'-'+d[6:]]
subs = {}
for i in range(1, 12):
    d = bsn(rng, 8 if i == 8 else 9)
    subs['BSN%d' % i] = '«%s»' % fmts[i % 4](d)
banks = ['RABO', 'INGB', 'ABNA', 'SNSB', 'ASNB', 'KNAB', 'BUNQ', 'TRIO', 'RBRB']
for i in range(1, 10):
    if i == 6:
        v = grp(iban(rng, '10203040', 'PL', 16))  # Polish: 8-digit bank/branch + 16-digit account
    else:
        v = iban(rng, banks[i - 1])
        if i in (2, 5): v = grp(v)
        if i == 8: v = v.lower()
    subs['IBAN%d' % i] = '«%s»' % v
rows = []
for cat in ['NAME', 'BIRTHDATE', 'ID_NUMBER', 'ADDRESS', 'POSTCODE', 'BSN', 'PHONE', 'EMAIL', 'IBAN', 'URL']:
    for line in getattr(B, cat):
        line = line.format(**subs) if '{' in line else line
        spans = re.findall(r'«(.+?)»', line)
        sent = line.replace('«', '').replace('»', '')
        rows.append(('BLOCK', cat, ' || '.join(spans), sent))
for cat in ['PLACE', 'INSTITUTION', 'EVENT_DATE', 'PROFESSIONAL', 'AGE', 'ORG_NUMBER']:
    for line in getattr(A, cat):
        rows.append(('ALLOW', cat, '-', line))
rng.shuffle(rows)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sentences.tsv')
with open(out, 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for n, r in enumerate(rows, 1):
        fh.write('B51-%03d\t%s\n' % (n, '\t'.join(r)))
print('wrote', len(rows))
