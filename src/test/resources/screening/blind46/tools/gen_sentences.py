#!/usr/bin/env python3
"""Generate ../sentences.tsv from block_lines.py and allow_lines.py (fixed seeds, reproducible)."""
import os, random, re
HERE = os.path.dirname(os.path.abspath(__file__))
B = {}; A = {}
exec(open(os.path.join(HERE, 'block_lines.py'), encoding='utf-8').read(), B)
exec(open(os.path.join(HERE, 'allow_lines.py'), encoding='utf-8').read(), A)
from numbers_gen import NumGen

BLOCK = ['NAME', 'BIRTHDATE', 'ID_NUMBER', 'ADDRESS', 'POSTCODE', 'BSN', 'PHONE', 'EMAIL', 'IBAN', 'URL']
ALLOW = ['PLACE', 'INSTITUTION', 'EVENT_DATE', 'PROFESSIONAL', 'AGE', 'ORG_NUMBER']

def lines(src, k):
    return [l.strip() for l in src[k].strip().split('\n') if l.strip()]

ng = NumGen(4601)
rows = []
for cat in BLOCK:
    for l in lines(B, cat):
        l = re.sub(r'\{BSN:(\w+)\}', lambda m: ng.bsn(m.group(1)), l)
        l = re.sub(r'\{IBAN:(\w+):(\w+)\}', lambda m: ng.iban(m.group(1), m.group(2)), l)
        spans = re.findall(r'«(.+?)»', l)
        sent = l.replace('«', '').replace('»', '')
        rows.append(['BLOCK', cat, ' || '.join(spans), sent])
for cat in ALLOW:
    for l in lines(A, cat):
        rows.append(['ALLOW', cat, '-', l])
random.Random(46).shuffle(rows)
with open(os.path.join(HERE, '..', 'sentences.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, r in enumerate(rows, 1):
        fh.write('B46-%03d\t%s\n' % (i, '\t'.join(r)))
print('wrote', len(rows), 'rows')
