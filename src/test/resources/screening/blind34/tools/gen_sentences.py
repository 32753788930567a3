#!/usr/bin/env python3
"""Generate ../sentences.tsv from block_lines.py and allow_lines.py (fixed seed 34)."""
import os, random, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import block_lines as B, allow_lines as A
from numgen import bsn, iban

rng = random.Random(34)
BLOCK_CATS = ['NAME','BIRTHDATE','ID_NUMBER','ADDRESS','POSTCODE','BSN','PHONE','EMAIL','IBAN','URL']
ALLOW_CATS = ['PLACE','INSTITUTION','EVENT_DATE','PROFESSIONAL','AGE','ORG_NUMBER']

def fill(line):
    def rep(m):
        t = m.group(1)
        if t.startswith('BSN'):
            eight = t == 'BSN8'
            sep = t[3:] if not eight else ''
            return bsn(rng, sep=sep, eight=eight)
        if t.startswith('IBAN'):
            parts = t.split(':') + ['']
            return iban(rng, parts[1], parts[2], parts[3])
        raise ValueError(t)
    return re.sub(r'\{([^}]*)\}', rep, line)

rows = []
for cat in BLOCK_CATS:
    for line in getattr(B, cat):
        line = fill(line)
        spans = re.findall(r'«(.*?)»', line)
        sent = line.replace('«', '').replace('»', '')
        rows.append(('BLOCK', cat, ' || '.join(spans), sent))
for cat in ALLOW_CATS:
    for line in getattr(A, cat):
        rows.append(('ALLOW', cat, '-', line))
rng2 = random.Random(3434)
rng2.shuffle(rows)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sentences.tsv')
with open(out, 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, r in enumerate(rows, 1):
        fh.write('B34-%03d\t%s\n' % (i, '\t'.join(r)))
print('wrote', len(rows))
