#!/usr/bin/env python3
"""Generate ../sentences.tsv from block_lines.py and allow_lines.py (fixed seed 67)."""
import os, re, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import block_lines as B, allow_lines as A
from numgen import bsn, iban

rng = random.Random(67)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sentences.tsv')

def fill(line):
    def rep(m):
        kind, args = m.group(1), m.group(2).split(':')
        if kind == 'BSN': return bsn(rng, args[0])
        return iban(rng, args[0], args[1], args[2])
    return re.sub(r'\{(BSN|IBAN):([^}]*)\}', rep, line)

rows = []
for cat in ['NAME', 'BIRTHDATE', 'ID_NUMBER', 'ADDRESS', 'POSTCODE', 'BSN', 'PHONE', 'EMAIL', 'IBAN', 'URL']:
    for line in getattr(B, cat).strip('\n').split('\n'):
        line = fill(line)
        spans = re.findall(r'«(.+?)»', line)
        sent = line.replace('«', '').replace('»', '')
        rows.append(('BLOCK', cat, ' || '.join(spans), sent))
for cat in ['PLACE', 'INSTITUTION', 'EVENT_DATE', 'PROFESSIONAL', 'AGE', 'ORG_NUMBER']:
    for line in getattr(A, cat).strip('\n').split('\n'):
        rows.append(('ALLOW', cat, '-', line))
rng.shuffle(rows)
with open(OUT, 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, r in enumerate(rows, 1):
        fh.write('B67-%03d\t%s\n' % (i, '\t'.join(r)))
print('wrote', len(rows))
