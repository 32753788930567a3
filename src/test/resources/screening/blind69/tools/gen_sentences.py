#!/usr/bin/env python3
"""Generates ../sentences.tsv from block_lines.py / allow_lines.py with fixed seeds. Run: python3 gen_sentences.py"""
import os, random, re, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
import block_lines as B, allow_lines as A
from numgen import bsn, iban, fmt_bsn, fmt_iban

rng = random.Random(6901)

def fill(line):
    def rep(m):
        kind = m.group(1)
        if kind == 'BSN8':
            return '«' + bsn(rng, 8) + '»'
        if kind.startswith('BSN:'):
            return '«' + fmt_bsn(bsn(rng, 9), kind[4:]) + '»'
        _, cc, bank, f = kind.split(':')
        return '«' + fmt_iban(iban(rng, cc, bank), f) + '»'
    return re.sub(r'\{([^}]+)\}', rep, line)

rows = []
for cat in ['NAME', 'BIRTHDATE', 'ID_NUMBER', 'ADDRESS', 'POSTCODE', 'BSN', 'PHONE', 'EMAIL', 'IBAN', 'URL']:
    for line in getattr(B, cat):
        line = fill(line)
        spans = re.findall(r'«(.+?)»', line)
        assert spans, line
        rows.append(('BLOCK', cat, ' || '.join(spans), line.replace('«', '').replace('»', '')))
for cat in ['PLACE', 'INSTITUTION', 'EVENT_DATE', 'PROFESSIONAL', 'AGE', 'ORG_NUMBER']:
    for line in getattr(A, cat):
        rows.append(('ALLOW', cat, '-', line))
random.Random(69).shuffle(rows)
with open(os.path.join(HERE, '..', 'sentences.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, r in enumerate(rows, 1):
        fh.write('B69-%03d\t%s\n' % (i, '\t'.join(r)))
print(len(rows), 'rows')
