#!/usr/bin/env python3
"""Build ../sentences.tsv from block_lines.py and allow_lines.py (fixed-seed shuffle, seed 4)."""
import os, random, re
HERE = os.path.dirname(os.path.abspath(__file__))
ns_b, ns_a = {}, {}
exec(open(os.path.join(HERE, 'block_lines.py'), encoding='utf-8').read(), ns_b)
exec(open(os.path.join(HERE, 'allow_lines.py'), encoding='utf-8').read(), ns_a)
rows = []
for cat in ['NAME', 'BIRTHDATE', 'ID_NUMBER', 'ADDRESS', 'POSTCODE', 'BSN', 'PHONE', 'EMAIL', 'IBAN', 'URL']:
    for line in ns_b[cat].strip('\n').split('\n'):
        line = line.strip()
        if not line: continue
        spans = []
        for s in re.findall(r'«(.+?)»', line):
            if s not in spans: spans.append(s)
        assert spans, line
        rows.append(('BLOCK', cat, ' || '.join(spans), line.replace('«', '').replace('»', '')))
for cat in ['PLACE', 'INSTITUTION', 'EVENT_DATE', 'PROFESSIONAL', 'AGE', 'ORG_NUMBER']:
    for line in ns_a[cat].strip('\n').split('\n'):
        line = line.strip()
        if line: rows.append(('ALLOW', cat, '-', line))
random.Random(4).shuffle(rows)
with open(os.path.join(HERE, '..', 'sentences.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, r in enumerate(rows, 1):
        fh.write('B4-%03d\t%s\n' % (i, '\t'.join(r)))
print(len(rows), 'rows written')
