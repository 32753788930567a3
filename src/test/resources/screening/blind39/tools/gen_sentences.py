#!/usr/bin/env python3
"""Generate ../sentences.tsv for blind set 39 (fixed seeds; re-running gives the same bytes)."""
import os, random, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import block_lines, allow_lines
from numgen import bsn, iban

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(39)

def fill(line):
    def rep(m):
        kind, arg = m.group(1), m.group(2)
        if kind == 'BSN':
            return bsn(rng, arg)
        cc, bank, fmt = arg.split(':')
        return iban(rng, cc, bank, fmt)
    return re.sub(r'\{(BSN|IBAN):([^}]+)\}', rep, line)

rows = []
for cat in ['NAME', 'BIRTHDATE', 'ID_NUMBER', 'ADDRESS', 'POSTCODE', 'BSN', 'PHONE', 'EMAIL', 'IBAN', 'URL']:
    for line in getattr(block_lines, cat).strip('\n').split('\n'):
        line = fill(line)
        spans = re.findall(r'«(.+?)»', line)
        sent = line.replace('«', '').replace('»', '')
        rows.append(('BLOCK', cat, ' || '.join(spans), sent))
for cat in ['PLACE', 'INSTITUTION', 'EVENT_DATE', 'PROFESSIONAL', 'AGE', 'ORG_NUMBER']:
    for line in getattr(allow_lines, cat).strip('\n').split('\n'):
        rows.append(('ALLOW', cat, '-', line))
random.Random(3939).shuffle(rows)
with open(os.path.join(HERE, '..', 'sentences.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, r in enumerate(rows, 1):
        fh.write('B39-%03d\t%s\n' % (i, '\t'.join(r)))
print('wrote %d rows' % len(rows))
