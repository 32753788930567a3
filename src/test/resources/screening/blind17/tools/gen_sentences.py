#!/usr/bin/env python3
"""Generates ../sentences.tsv for blind set 17 (fixed seeds; reproducible byte for byte)."""
import os, random, re
from common import fill
from block_lines import LINES as B
from allow_lines import LINES as A
HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(1717)
rows = []
for line in B.strip().split('\n'):
    cat, text = line.split('\t')
    text = fill(text, rng)
    spans = re.findall(r'«(.+?)»', text)
    sent = text.replace('«', '').replace('»', '')
    rows.append(('BLOCK', cat, ' || '.join(spans), sent))
for line in A.strip().split('\n'):
    cat, text = line.split('\t')
    rows.append(('ALLOW', cat, '-', text))
random.Random(17).shuffle(rows)
with open(os.path.join(HERE, '..', 'sentences.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, r in enumerate(rows, 1):
        fh.write('B17-%03d\t%s\n' % (i, '\t'.join(r)))
print('wrote', len(rows))
