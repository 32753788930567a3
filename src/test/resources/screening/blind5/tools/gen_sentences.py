#!/usr/bin/env python3
"""Build ../sentences.tsv from block_lines.py and allow_lines.py: strip «» marks into spans, shuffle (seed 5)."""
import os, random, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from block_lines import BLOCK
from allow_lines import ALLOW

rows = []
for cat, line in BLOCK:
    spans = re.findall(r'«(.+?)»', line)
    assert spans, line
    rows.append(('BLOCK', cat, ' || '.join(spans), line.replace('«', '').replace('»', '')))
for cat, line in ALLOW:
    assert '«' not in line
    rows.append(('ALLOW', cat, '-', line))
random.Random(5).shuffle(rows)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sentences.tsv')
with open(out, 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, (exp, cat, spans, sent) in enumerate(rows, 1):
        assert '\t' not in sent
        fh.write('B5-%03d\t%s\t%s\t%s\t%s\n' % (i, exp, cat, spans, sent))
print('wrote', len(rows), 'rows')
