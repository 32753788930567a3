#!/usr/bin/env python3
"""Generate ../sentences.tsv (seed 76). Run from anywhere."""
import os, random, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import block_lines as B, allow_lines as A
from numgen import bsn, iban
HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(76)

def fill(tpl):
    def sub(m):
        k = m.group(1)
        if k == 'BSN': return bsn(rng)
        if k == 'BSN8': return bsn(rng, 8)
        if k == 'BSNDOT': d = bsn(rng); return d[:4] + '.' + d[4:6] + '.' + d[6:]
        if k == 'BSNSP': d = bsn(rng); return d[:3] + ' ' + d[3:6] + ' ' + d[6:]
        if k.startswith('IBAN:'):
            _, cc, bank, sp = k.split(':')
            return iban(rng, cc, bank, sp == 'sp')
        raise KeyError(k)
    return re.sub(r'\{([A-Za-z0-9:]+)\}', sub, tpl)

rows = []
for cat in ['NAME', 'BIRTHDATE', 'ID_NUMBER', 'ADDRESS', 'POSTCODE', 'BSN', 'PHONE', 'EMAIL', 'IBAN', 'URL']:
    for line in [l for l in getattr(B, cat).strip('\n').split('\n') if l.strip()]:
        line = fill(line)
        spans = re.findall(r'«(.+?)»', line)
        sent = line.replace('«', '').replace('»', '')
        rows.append(('BLOCK', cat, ' || '.join(spans), sent))
for cat in ['PLACE', 'INSTITUTION', 'EVENT_DATE', 'PROFESSIONAL', 'AGE', 'ORG_NUMBER']:
    for line in [l for l in getattr(A, cat).strip('\n').split('\n') if l.strip()]:
        rows.append(('ALLOW', cat, '-', line))
rng.shuffle(rows)
with open(os.path.join(HERE, '..', 'sentences.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, r in enumerate(rows, 1):
        fh.write('B76-%03d\t%s\n' % (i, '\t'.join(r)))
print(len(rows), 'rows')
