#!/usr/bin/env python3
"""Generate ../sentences.tsv from block_lines.py and allow_lines.py (fixed seeds)."""
import os, random, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import block_lines, allow_lines, numgen

rng = random.Random(8201)

def fill(line):
    def rep(m):
        kind, arg = m.group(1), m.group(2)
        if kind == 'BSN':
            d = numgen.bsn(rng, 8 if arg == 'plain8' else 9)
            return numgen.fmt_bsn(d, arg)
        if kind == 'IBAN':
            cc, bank, f = arg.split(':')
            return numgen.fmt_iban(numgen.iban(rng, cc, bank), f)
        if kind == 'RRN1': return numgen.rrn(rng, 1984, 2, 11, False)
        if kind == 'RRN2': return numgen.rrn(rng, 2013, 7, 29, True)
    return re.sub(r'\{(BSN|IBAN|RRN1|RRN2)(?::([^}]*))?\}', rep, line)

rows = []
for cat, block in block_lines.ALL.items():
    for line in block.strip('\n').split('\n'):
        line = fill(line)
        spans = re.findall(r'«(.+?)»', line)
        assert spans, line
        rows.append(('BLOCK', cat, ' || '.join(spans), line.replace('«', '').replace('»', '')))
for cat, block in allow_lines.ALL.items():
    for line in block.strip('\n').split('\n'):
        rows.append(('ALLOW', cat, '-', line))

random.Random(82).shuffle(rows)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sentences.tsv')
with open(out, 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, r in enumerate(rows, 1):
        fh.write('B82-%03d\t%s\n' % (i, '\t'.join(r)))
print('wrote', len(rows))
