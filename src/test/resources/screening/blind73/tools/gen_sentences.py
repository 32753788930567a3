#!/usr/bin/env python3
"""Generates ../sentences.tsv (seed 73). Re-running reproduces it byte for byte."""
import os, re, random
import block_lines as B, allow_lines as A
from common import bsn, nonbsn, iban, grp
HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(73)

def fill(line):
    def rep(m):
        t = m.group(1)
        if t == 'BSN9': return bsn(rng)
        if t == 'BSN8': return bsn(rng, 8)
        if t == 'BSN9d': d = bsn(rng); return d[:4] + '.' + d[4:6] + '.' + d[6:]
        if t == 'BSN9s': d = bsn(rng); return d[:3] + ' ' + d[3:6] + ' ' + d[6:]
        if t == 'BSN9h': d = bsn(rng); return d[:3] + '-' + d[3:6] + '-' + d[6:]
        if t == 'KVK': return nonbsn(rng, 8)
        if t == 'AGB': return nonbsn(rng, 8)
        kind, cc, bank, *n = t.split(':')
        s = iban(rng, cc, '' if bank == '-' else bank, int(n[0]) if n else 10)
        if kind == 'IBANG': return grp(s)
        if kind == 'IBANl': return s.lower()
        return s
    return re.sub(r'\{([A-Za-z0-9_:\-]+)\}', rep, line)

rows = []
for cat in ['NAME', 'BIRTHDATE', 'ID_NUMBER', 'ADDRESS', 'POSTCODE', 'BSN', 'PHONE', 'EMAIL', 'IBAN', 'URL']:
    for line in getattr(B, cat):
        line = fill(line)
        spans = re.findall('«(.+?)»', line)
        sent = line.replace('«', '').replace('»', '')
        rows.append(('BLOCK', cat, ' || '.join(spans), sent))
for cat in ['PLACE', 'INSTITUTION', 'EVENT_DATE', 'PROFESSIONAL', 'AGE', 'ORG_NUMBER']:
    for line in getattr(A, cat):
        rows.append(('ALLOW', cat, '-', fill(line)))
rng2 = random.Random(7373)
rng2.shuffle(rows)
with open(os.path.join(HERE, '..', 'sentences.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, r in enumerate(rows, 1):
        fh.write('B73-%03d\t%s\n' % (i, '\t'.join(r)))
print(len(rows), 'rows')
