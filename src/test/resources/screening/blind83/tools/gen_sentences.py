#!/usr/bin/env python3
"""Generates ../sentences.tsv from block_lines.py and allow_lines.py. Fixed seeds: numbers 8301, order 83."""
import os, re, random
import block_lines as B, allow_lines as A
from common import bsn, fmt_bsn, iban, fmt_iban

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(8301)

def fill(line):
    def rep(m):
        tag = m.group(1)
        if tag.startswith('BSN'):
            style = tag[3:]
            if style == '8': return '«' + bsn(rng, eight=True) + '»'
            return '«' + fmt_bsn(bsn(rng), style) + '»'
        parts = tag.split(':')
        return '«' + fmt_iban(iban(rng, parts[1]), parts[2] if len(parts) > 2 else '') + '»'
    return re.sub(r'\{(BSN[._\-8]?|IBAN:[A-Z]+(?::[gl]+)?)\}', rep, line)

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
random.Random(83).shuffle(rows)
with open(os.path.join(HERE, '..', 'sentences.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, r in enumerate(rows, 1):
        fh.write('B83-%03d\t%s\n' % (i, '\t'.join(r)))
print('wrote', len(rows))
