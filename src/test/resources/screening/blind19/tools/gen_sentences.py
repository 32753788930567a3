#!/usr/bin/env python3
"""Generate ../sentences.tsv (fixed seeds). Run: python3 gen_sentences.py"""
import os, re, random
from block_lines import BLOCK
from allow_lines import ALLOW
import numgen

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(1919)

def fill(text):
    def rep(m):
        kind, rest = m.group(1), m.group(2).split(':')
        if kind == 'BSN':
            return numgen.fmt_bsn(numgen.bsn(rng, eight=rest[0] == 'eight'), rest[0])
        cc, bank, fmt = rest
        return numgen.fmt_iban(numgen.iban(rng, cc, bank), fmt)
    return re.sub(r'\{(BSN|IBAN):([^}]*)\}', rep, text)

rows = []
for cat, lines in BLOCK.items():
    for l in lines:
        l = fill(l)
        spans = re.findall(r'«(.+?)»', l)
        sent = l.replace('«', '').replace('»', '')
        rows.append(('BLOCK', cat, ' || '.join(spans), sent))
for cat, lines in ALLOW.items():
    for l in lines:
        rows.append(('ALLOW', cat, '-', l))
random.Random(19).shuffle(rows)
with open(os.path.join(HERE, '..', 'sentences.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, r in enumerate(rows, 1):
        fh.write('B19-%03d\t%s\n' % (i, '\t'.join(r)))
print(len(rows), 'rows')
