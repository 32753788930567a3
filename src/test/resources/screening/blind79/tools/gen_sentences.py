#!/usr/bin/env python3
"""Generate ../sentences.tsv from block_lines.py / allow_lines.py (fixed seeds)."""
import os, random, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import block_lines, allow_lines
from common import fill
rng = random.Random(7979)
rows = []
def lines(s): return [l for l in s.strip().split('\n') if l.strip()]
for cat in ['NAME', 'BIRTHDATE', 'ID_NUMBER', 'ADDRESS', 'POSTCODE', 'BSN', 'PHONE', 'EMAIL', 'IBAN', 'URL']:
    for l in lines(getattr(block_lines, cat)):
        l = fill(l, rng)
        spans = re.findall('«(.+?)»', l)
        rows.append(('BLOCK', cat, ' || '.join(dict.fromkeys(spans)), l.replace('«', '').replace('»', '')))
for cat in ['PLACE', 'INSTITUTION', 'EVENT_DATE', 'PROFESSIONAL', 'AGE', 'ORG_NUMBER']:
    for l in lines(getattr(allow_lines, cat)):
        rows.append(('ALLOW', cat, '-', l))
random.Random(79).shuffle(rows)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sentences.tsv')
with open(out, 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, r in enumerate(rows, 1):
        fh.write('B79-%03d\t%s\t%s\t%s\t%s\n' % ((i,) + r))
print('wrote', len(rows))
