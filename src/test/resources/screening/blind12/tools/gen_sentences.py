#!/usr/bin/env python3
"""Builds ../sentences.tsv from block_lines.py and allow_lines.py; fixed seeds (12)."""
import os, random, re
import block_lines as B, allow_lines as A
from nums import bsn, iban, group4
rng = random.Random(1212)
def fill(m):
    t = m.group(1).split(':')
    if t[0] == 'BSN':
        d = bsn(rng); style = t[1] if len(t) > 1 else ''
        if style == 'dots': return d[:4] + '.' + d[4:6] + '.' + d[6:]
        if style == 'spaces': return d[:3] + ' ' + d[3:6] + ' ' + d[6:]
        if style == 'dash': return d[:3] + '-' + d[3:6] + '-' + d[6:]
        return d
    if t[0] == 'BSN8': return bsn(rng, 8)
    if t[0] == 'IBAN':
        cc = t[1]; bank = t[2] if len(t) > 2 and cc == 'NL' else None
        s = iban(rng, cc, bank or 'RABO'); style = t[-1]
        if style == 'spaced': return group4(s)
        if style == 'lower': return s.lower()
        return s
rows = []
for cat in ['NAME', 'BIRTHDATE', 'ID_NUMBER', 'ADDRESS', 'POSTCODE', 'BSN', 'PHONE', 'EMAIL', 'IBAN', 'URL']:
    for line in getattr(B, cat).strip().split('\n'):
        line = re.sub(r'\{([^}]+)\}', fill, line)
        spans = re.findall(r'«(.+?)»', line)
        rows.append(('BLOCK', cat, ' || '.join(spans), line.replace('«', '').replace('»', '')))
for cat in ['PLACE', 'INSTITUTION', 'EVENT_DATE', 'PROFESSIONAL', 'AGE', 'ORG_NUMBER']:
    for line in getattr(A, cat).strip().split('\n'):
        rows.append(('ALLOW', cat, '-', line))
random.Random(12).shuffle(rows)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sentences.tsv')
with open(out, 'w', encoding='utf-8') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, r in enumerate(rows, 1):
        fh.write('B12-%03d\t%s\n' % (i, '\t'.join(r)))
print(len(rows), 'rows')
