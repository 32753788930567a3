#!/usr/bin/env python3
"""Generate ../sentences.tsv from block_lines.py and allow_lines.py (fixed seeds)."""
import os, re, random
import block_lines as B, allow_lines as A
from common import gen_bsn, fmt_bsn, gen_iban, fmt_iban

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(6501)

def fill(line):
    def bsn(m):
        return fmt_bsn(gen_bsn(rng, m.group(1) == 'BSN8'), m.group(2))
    line = re.sub(r'\{(BSN8?):(\w+)\}', bsn, line)
    def iban(m):
        cc, bank, style = m.group(1), m.group(2), m.group(3)
        return fmt_iban(gen_iban(rng, cc, '' if bank == '-' else bank), style)
    return re.sub(r'\{IBAN:(\w+):([\w-]+):(\w+)\}', iban, line)

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

random.Random(65).shuffle(rows)
with open(os.path.join(HERE, '..', 'sentences.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, r in enumerate(rows, 1):
        fh.write('B65-%03d\t%s\n' % (i, '\t'.join(r)))
print(len(rows), 'rows')
