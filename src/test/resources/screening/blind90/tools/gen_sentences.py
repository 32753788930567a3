#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate ../sentences.tsv from block_lines.py and allow_lines.py (fixed seeds: values 90, order 9090)."""
import os, re, random, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from common import make_bsn, fmt_bsn, make_iban, fmt_iban
B = {}; A = {}
exec(open(os.path.join(HERE, 'block_lines.py'), encoding='utf-8').read(), B)
exec(open(os.path.join(HERE, 'allow_lines.py'), encoding='utf-8').read(), A)
rng = random.Random(90)
def fill(line):
    def bsn(m): return fmt_bsn(make_bsn(rng, m.group(1) == 'eight'), m.group(1))
    line = re.sub(r'\{BSN:(\w+)\}', bsn, line)
    line = re.sub(r'\{IBAN:(\w+):(\w+)\}', lambda m: fmt_iban(make_iban(rng, m.group(1)), m.group(2)), line)
    return line
rows = []
for cat in ['NAME', 'BIRTHDATE', 'ID_NUMBER', 'ADDRESS', 'POSTCODE', 'BSN', 'PHONE', 'EMAIL', 'IBAN', 'URL']:
    for l in B[cat].strip().split('\n'):
        if not l.strip(): continue
        l = fill(l.strip())
        spans = re.findall('«(.*?)»', l)
        assert spans, l
        rows.append(('BLOCK', cat, ' || '.join(spans), l.replace('«', '').replace('»', '')))
for cat in ['PLACE', 'INSTITUTION', 'EVENT_DATE', 'PROFESSIONAL', 'AGE', 'ORG_NUMBER']:
    for l in A[cat].strip().split('\n'):
        if l.strip(): rows.append(('ALLOW', cat, '-', l.strip()))
random.Random(9090).shuffle(rows)
with open(os.path.join(HERE, '..', 'sentences.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, r in enumerate(rows, 1):
        fh.write('B90-%03d\t%s\n' % (i, '\t'.join(r)))
print(len(rows), 'rows')
