#!/usr/bin/env python3
"""Generate ../sentences.tsv from block_lines.py and allow_lines.py (fixed seed 64; byte-for-byte reproducible)."""
import os, random, re, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
import block_lines as B, allow_lines as A
from numbers_gen import Gen

rnd = random.Random(64)
gen = Gen(6401)

def fill(line):
    def rep(m):
        key = m.group(1)
        kind, fmt = key.split('_', 1)
        if kind == 'BSN': v = gen.bsn(fmt)
        else: v = gen.iban(fmt)
        return '«' + v + '»'
    return re.sub(r'\{((?:BSN|IBAN)_[A-Za-z_0-9]+)\}', rep, line)

rows = []
for cat in ['NAME', 'BIRTHDATE', 'ID_NUMBER', 'ADDRESS', 'POSTCODE', 'BSN', 'PHONE', 'EMAIL', 'IBAN', 'URL']:
    for line in getattr(B, cat):
        line = fill(line)
        spans = re.findall('«(.*?)»', line)
        sent = line.replace('«', '').replace('»', '')
        rows.append(('BLOCK', cat, ' || '.join(spans), sent))
for cat in ['PLACE', 'INSTITUTION', 'EVENT_DATE', 'PROFESSIONAL', 'AGE', 'ORG_NUMBER']:
    for line in getattr(A, cat):
        rows.append(('ALLOW', cat, '-', line))
rnd.shuffle(rows)
out = ['id\texpect\tcategory\tspans\tsentence']
for i, r in enumerate(rows, 1):
    out.append('B64-%03d\t%s' % (i, '\t'.join(r)))
with open(os.path.join(HERE, '..', 'sentences.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('\n'.join(out) + '\n')
print('wrote', len(rows), 'rows')
