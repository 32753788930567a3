#!/usr/bin/env python3
"""Builds ../sentences.tsv from block_lines.py and allow_lines.py; order shuffled with fixed seed 6."""
import os, random, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from block_lines import BLOCK
from allow_lines import ALLOW
rows = []
for cat, marked in BLOCK:
    spans = re.findall(r'«(.+?)»', marked)
    assert spans, marked
    rows.append(('BLOCK', cat, ' || '.join(spans), marked.replace('«', '').replace('»', '')))
for cat, text in ALLOW:
    assert '«' not in text
    rows.append(('ALLOW', cat, '-', text))
random.Random(6).shuffle(rows)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sentences.tsv')
with open(out, 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, r in enumerate(rows, 1):
        fh.write('B6-%03d\t%s\n' % (i, '\t'.join(r)))
print('wrote', len(rows), 'rows')
