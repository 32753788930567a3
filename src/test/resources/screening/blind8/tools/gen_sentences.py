# -*- coding: utf-8 -*-
"""Builds ../sentences.tsv from block_lines.py («span» markup) and allow_lines.py; fixed-seed shuffle (seed 8)."""
import os, re, random
import block_lines, allow_lines

HERE = os.path.dirname(os.path.abspath(__file__))
SPAN = re.compile(r'«(.+?)»')

def main():
    rows = []
    for cat, lines in block_lines.ALL.items():
        for raw in lines:
            spans = SPAN.findall(raw)
            assert spans, raw
            sent = raw.replace('«', '').replace('»', '')
            rows.append(('BLOCK', cat, ' || '.join(spans), sent))
    for cat, lines in allow_lines.ALL.items():
        for sent in lines:
            assert '«' not in sent and '\t' not in sent
            rows.append(('ALLOW', cat, '-', sent))
    assert len(rows) == 400, len(rows)
    random.Random(8).shuffle(rows)
    out = ['id\texpect\tcategory\tspans\tsentence']
    for i, (e, c, sp, s) in enumerate(rows, 1):
        out.append('B8-%03d\t%s\t%s\t%s\t%s' % (i, e, c, sp, s))
    with open(os.path.join(HERE, '..', 'sentences.tsv'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(out) + '\n')

if __name__ == '__main__':
    main()
