# -*- coding: utf-8 -*-
"""Generate ../sentences.tsv for blind set 91. Fixed seed 91; re-running reproduces the file byte for byte."""
import os, re, random
import block_lines as B, allow_lines as A, numbers as N

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(91)
BCATS = ['NAME', 'BIRTHDATE', 'ID_NUMBER', 'ADDRESS', 'POSTCODE', 'BSN', 'PHONE', 'EMAIL', 'IBAN', 'URL']
ACATS = ['PLACE', 'INSTITUTION', 'EVENT_DATE', 'PROFESSIONAL', 'AGE', 'ORG_NUMBER']

def fill(m):
    key = m.group(1)
    if key.startswith('BSN'):
        _, f = key.split(':')
        return N.fmt_bsn(N.bsn(rng, eight=(f == '8')), f)
    _, bank, f = key.split(':')
    return N.fmt_iban(N.iban(rng, bank), f)

rows = []
for c in BCATS:
    for line in getattr(B, c):
        line = re.sub(r'\{((?:BSN|IBAN)\d+:[^}]+)\}', fill, line)
        spans = re.findall(r'«(.+?)»', line)
        sent = line.replace('«', '').replace('»', '')
        assert spans, line
        rows.append(('BLOCK', c, ' || '.join(spans), sent))
for c in ACATS:
    for line in getattr(A, c):
        assert '«' not in line
        rows.append(('ALLOW', c, '-', line))
rng2 = random.Random(9191)
rng2.shuffle(rows)
with open(os.path.join(HERE, '..', 'sentences.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, r in enumerate(rows, 1):
        fh.write('B91-%03d\t%s\n' % (i, '\t'.join(r)))
print(len(rows), 'rows')
