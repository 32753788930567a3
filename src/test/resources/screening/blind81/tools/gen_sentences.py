#!/usr/bin/env python3
"""Generate ../sentences.tsv from block_lines.py / allow_lines.py (fixed seed 81)."""
import os, re, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import block_lines as B, allow_lines as A
from common import make_bsn, fmt_bsn, make_iban, fmt_iban
rng = random.Random(81)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sentences.tsv')
def lines(s): return [l for l in s.strip().split('\n') if l.strip()]
def fill(line):
    def sub(m):
        parts = m.group(1).split(':')
        if parts[0] == 'BSN':
            fmt = parts[1]
            return fmt_bsn(make_bsn(rng, 8 if fmt == '8' else 9), fmt)
        return fmt_iban(make_iban(rng, parts[1], parts[2]), parts[3])
    return re.sub(r'\{(BSN:\w+|IBAN:\w+:\w+:\w+)\}', sub, line)
rows = []
for cat in ['NAME', 'BIRTHDATE', 'ID_NUMBER', 'ADDRESS', 'POSTCODE', 'BSN', 'PHONE', 'EMAIL', 'IBAN', 'URL']:
    for l in lines(getattr(B, cat)):
        l = fill(l)
        spans = re.findall(r'«(.+?)»', l)
        sent = l.replace('«', '').replace('»', '')
        assert spans, l
        rows.append(('BLOCK', cat, ' || '.join(spans), sent))
for cat in ['PLACE', 'INSTITUTION', 'EVENT_DATE', 'PROFESSIONAL', 'AGE', 'ORG_NUMBER']:
    for l in lines(getattr(A, cat)):
        rows.append(('ALLOW', cat, '-', l))
random.Random(8181).shuffle(rows)
with open(OUT, 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, r in enumerate(rows, 1):
        fh.write('B81-%03d\t%s\n' % (i, '\t'.join(r)))
print('wrote', len(rows))
