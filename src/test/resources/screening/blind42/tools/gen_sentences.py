#!/usr/bin/env python3
"""Generates ../sentences.tsv from block_lines.py and allow_lines.py (fixed seeds)."""
import os, random, re, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
import block_lines as B, allow_lines as A
from common import fill
rng = random.Random(4242)
rows = []
for cat in ['NAME', 'BIRTHDATE', 'ID_NUMBER', 'ADDRESS', 'POSTCODE', 'BSN', 'PHONE', 'EMAIL', 'IBAN', 'URL']:
    for line in getattr(B, cat).strip('\n').split('\n'):
        line = fill(line.strip(), rng)
        spans = re.findall(r'«(.+?)»', line)
        sent = line.replace('«', '').replace('»', '')
        rows.append(['BLOCK', cat, ' || '.join(spans), sent])
for cat in ['PLACE', 'INSTITUTION', 'EVENT_DATE', 'PROFESSIONAL', 'AGE', 'ORG_NUMBER']:
    for line in getattr(A, cat).strip('\n').split('\n'):
        rows.append(['ALLOW', cat, '-', fill(line.strip(), rng)])
random.Random(42).shuffle(rows)
with open(os.path.join(HERE, '..', 'sentences.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, r in enumerate(rows, 1):
        fh.write('B42-%03d\t' % i + '\t'.join(r) + '\n')
print(len(rows), 'rows')
