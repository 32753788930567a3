#!/usr/bin/env python3
"""Generate ../sentences.tsv (seed 96). Run from anywhere: python3 tools/gen_sentences.py"""
import os, re, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import block_lines as B, allow_lines as A, numbers as N

rng = random.Random(96)
BLOCK = ['NAME', 'BIRTHDATE', 'ID_NUMBER', 'ADDRESS', 'POSTCODE', 'BSN', 'PHONE', 'EMAIL', 'IBAN', 'URL']
ALLOW = ['PLACE', 'INSTITUTION', 'EVENT_DATE', 'PROFESSIONAL', 'AGE', 'ORG_NUMBER']

def fill(line):
    def bsn(m):
        st = m.group(1)
        d = N.bsn(rng, eight=(st == '8'))
        return N.fmt_bsn(d, st if st in '.- ' else '')
    line = re.sub(r'\{BSN([.\- 8]?)\}', bsn, line)
    def iban(m):
        return N.fmt_iban(N.iban_nl(rng, m.group(1)), m.group(2) or '')
    return re.sub(r'\{IBAN:([A-Z]{4}):?([gl]?)\}', iban, line)

rows = []
for cat in BLOCK:
    for line in getattr(B, cat):
        line = fill(line.strip())
        spans = re.findall(r'«(.+?)»', line)
        assert spans, line
        rows.append(('BLOCK', cat, ' || '.join(spans), line.replace('«', '').replace('»', '')))
for cat in ALLOW:
    for line in getattr(A, cat):
        rows.append(('ALLOW', cat, '-', line.strip()))
rng2 = random.Random(9696)
rng2.shuffle(rows)
with open(os.path.join(HERE, '..', 'sentences.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, r in enumerate(rows, 1):
        fh.write('B96-%03d\t%s\n' % (i, '\t'.join(r)))
print('wrote', len(rows))
