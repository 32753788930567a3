#!/usr/bin/env python3
import os, random, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import block_lines as B, allow_lines as A
from common import make_bsn, make_iban, group4
rng = random.Random(3232)
bsn = [make_bsn(rng, 8 if i == 8 else 9) for i in range(11)]
fmt = [lambda d: d, lambda d: d, lambda d: d[:4]+'.'+d[4:6]+'.'+d[6:], lambda d: d[:3]+' '+d[3:6]+' '+d[6:],
       lambda d: d, lambda d: d[:3]+'-'+d[3:6]+'-'+d[6:], lambda d: d, lambda d: d[:4]+' '+d[4:6]+' '+d[6:],
       lambda d: d, lambda d: d[:2]+'.'+d[2:5]+'.'+d[5:], lambda d: d]
subs = {'bsn%d' % i: fmt[i](b) for i, b in enumerate(bsn)}
banks = ['RABO', 'INGB', 'ABNA', 'SNSB', 'ASNB', 'KNAB', 'BUNQ', 'RBRB', 'TRIO']
for i, bk in enumerate(banks):
    ib = make_iban(rng, bk)
    subs['iban%d' % i] = group4(ib) if i in (1, 5, 7) else (ib.lower() if i == 4 else ib)
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
rng2 = random.Random(32)
rng2.shuffle(rows)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sentences.tsv')
with open(out, 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, r in enumerate(rows, 1):
        fh.write('B32-%03d\t%s\n' % (i, '\t'.join(r)))
print(len(rows))
