#!/usr/bin/env python3
"""Generates ../sentences.tsv (seed 53). Run from anywhere: python3 tools/gen_sentences.py"""
import os, re, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import block_lines as B, allow_lines as A
from common import make_bsn, fmt_bsn, make_iban, fmt_iban
rng = random.Random(53)
def fill(t):
    def rep(m):
        parts = m.group(1).split(':')
        if parts[0] == 'BSN':
            return fmt_bsn(make_bsn(rng, parts[1] == 'eight'), parts[1])
        return fmt_iban(make_iban(rng, parts[1], parts[2]), parts[3])
    return re.sub(r'\{((?:BSN|IBAN)[^}]*)\}', rep, t)
rows = []
for cat in ['NAME','BIRTHDATE','ID_NUMBER','ADDRESS','POSTCODE','BSN','PHONE','EMAIL','IBAN','URL']:
    for t in getattr(B, cat):
        t = fill(t)
        spans = re.findall(r'«(.+?)»', t)
        assert spans, t
        rows.append(('BLOCK', cat, ' || '.join(spans), t.replace('«', '').replace('»', '')))
for cat in ['PLACE','INSTITUTION','EVENT_DATE','PROFESSIONAL','AGE','ORG_NUMBER']:
    for t in getattr(A, cat):
        rows.append(('ALLOW', cat, '-', t))
random.Random(5353).shuffle(rows)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sentences.tsv')
with open(out, 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, r in enumerate(rows, 1):
        fh.write('B53-%03d\t%s\t%s\t%s\t%s\n' % ((i,) + r))
print('wrote', len(rows))
