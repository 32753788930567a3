#!/usr/bin/env python3
"""Build ../sentences.tsv from block_lines.txt («span» marks) and allow_lines.txt; fixed-seed shuffle (seed 9)."""
import os, random, re
HERE = os.path.dirname(os.path.abspath(__file__))
rows = []
for fn, exp in (('block_lines.txt', 'BLOCK'), ('allow_lines.txt', 'ALLOW')):
    for line in open(os.path.join(HERE, fn), encoding='utf-8'):
        line = line.rstrip('\n')
        if not line.strip():
            continue
        cat, text = line.split('\t', 1)
        spans = re.findall(r'«(.+?)»', text)
        sent = text.replace('«', '').replace('»', '')
        if exp == 'BLOCK':
            assert spans, line
            sp = ' || '.join(spans)
        else:
            assert not spans, line
            sp = '-'
        rows.append((exp, cat, sp, sent))
random.Random(9).shuffle(rows)
with open(os.path.join(HERE, '..', 'sentences.tsv'), 'w', encoding='utf-8') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, (exp, cat, sp, sent) in enumerate(rows, 1):
        fh.write('B9-%03d\t%s\t%s\t%s\t%s\n' % (i, exp, cat, sp, sent))
print(len(rows), 'rows written')
