#!/usr/bin/env python3
"""Generate ../sentences.tsv (fixed seeds). Run from anywhere: python3 tools/gen_sentences.py"""
import os, random
from common import fill, spans
HERE = os.path.dirname(os.path.abspath(__file__))
ns = {}; exec(open(os.path.join(HERE, 'block_lines.py'), encoding='utf-8').read(), ns)
na = {}; exec(open(os.path.join(HERE, 'allow_lines.py'), encoding='utf-8').read(), na)
rng = random.Random(6301)
rows = []
for cat in ['NAME', 'BIRTHDATE', 'ID_NUMBER', 'ADDRESS', 'POSTCODE', 'BSN', 'PHONE', 'EMAIL', 'IBAN', 'URL']:
    for line in ns[cat]:
        sp, sent = spans(fill(line, rng))
        rows.append(('BLOCK', cat, ' || '.join(sp), sent))
for cat in ['PLACE', 'INSTITUTION', 'EVENT_DATE', 'PROFESSIONAL', 'AGE', 'ORG_NUMBER']:
    for line in na[cat]:
        rows.append(('ALLOW', cat, '-', line))
random.Random(63).shuffle(rows)
with open(os.path.join(HERE, '..', 'sentences.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, r in enumerate(rows, 1):
        fh.write('B63-%03d\t%s\n' % (i, '\t'.join(r)))
print(len(rows), 'rows')
