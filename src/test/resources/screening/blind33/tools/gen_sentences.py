#!/usr/bin/env python3
"""Generate ../sentences.tsv (fixed seeds; re-running reproduces it byte for byte)."""
import os, random, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import block_lines, allow_lines
from common import *

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sentences.tsv')
rng = random.Random(3301)
subs = {}
for i in range(11):
    subs['BSN%d' % i] = make_bsn(rng, eight=(i == 7))
ibans = [make_iban(rng, 'NL', 'INGB'), make_iban(rng, 'NL', 'RABO'), make_iban(rng, 'NL', 'ABNA'),
         make_iban(rng, 'NL', 'SNSB'), make_iban(rng, 'NL', 'ASNB'), make_iban(rng, 'NL', 'TRIO'),
         make_iban(rng, 'NL', 'BUNQ'), make_iban(rng, 'NL', 'KNAB'), make_iban(rng, 'BG', 'UNCR')]
ifmt = ['group', 'compact', 'group', 'lower', 'compact', 'group', 'compact', 'group', 'group']
for i, (ib, f) in enumerate(zip(ibans, ifmt)):
    subs['IBAN%d' % i] = group4(ib) if f == 'group' else ib.lower() if f == 'lower' else ib
for i in range(2):
    subs['KVK%d' % i] = org_number(rng)
subs['AGB0'] = org_number(rng)

def fill(line):
    def rep(m):
        key, _, style = m.group(1).partition(':')
        v = subs[key]
        if key.startswith('BSN'): v = fmt_bsn(v, style)
        return v
    return re.sub(r'\{(\w+(?::\w+)?)\}', rep, line)

rows = []
for cat, lines in block_lines.ALL.items():
    for l in lines:
        l = fill(l)
        spans = re.findall('«(.+?)»', l)
        sent = l.replace('«', '').replace('»', '')
        assert spans, l
        rows.append(('BLOCK', cat, ' || '.join(spans), sent))
for cat, lines in allow_lines.ALL.items():
    for l in lines:
        rows.append(('ALLOW', cat, '-', fill(l)))
random.Random(33).shuffle(rows)
with open(OUT, 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for n, r in enumerate(rows, 1):
        fh.write('B33-%03d\t%s\n' % (n, '\t'.join(r)))
print('wrote', len(rows), 'rows')
