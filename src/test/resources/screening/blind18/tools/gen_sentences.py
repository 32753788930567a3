#!/usr/bin/env python3
"""Generate ../sentences.tsv from block_lines.py and allow_lines.py (fixed seed 18, reproducible)."""
import os, random, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from block_lines import BLOCK
from allow_lines import ALLOW

rng = random.Random(18)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sentences.tsv')

def elfproef(d):
    if len(d) == 8: d = '0' + d
    return len(d) == 9 and sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8]) != None and \
        (sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])) % 11 == 0

def new_bsn(n=9):
    while True:
        d = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(n - 1))
        if elfproef(d): return d

def fmt_bsn(kind):
    if kind == 'eight': return new_bsn(8)
    d = new_bsn(9)
    return {'plain': d, 'dots': d[:4] + '.' + d[4:6] + '.' + d[6:], 'spaces': d[:3] + ' ' + d[3:6] + ' ' + d[6:],
            'dash': d[:3] + '-' + d[3:6] + '-' + d[6:]}[kind]

def iban(cc, bank):
    if cc == 'NL': bban = bank + ''.join(str(rng.randint(0, 9)) for _ in range(10))
    elif cc == 'UA': bban = ''.join(str(rng.randint(0, 9)) for _ in range(25))
    num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
    chk = 98 - int(num) % 97
    return cc + '%02d' % chk + bban

def fmt_iban(cc, bank, kind):
    s = iban(cc, bank)
    if kind == 'compact': return s
    if kind == 'lower': return s.lower()
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))

def fill(line):
    spans = []
    def rb(m):
        v = fmt_bsn(m.group(1)); spans.append((m.start(), v)); return '«' + v + '»'
    line = re.sub(r'\{BSN:(\w+)\}', rb, line)
    def ri(m):
        v = fmt_iban(m.group(1), m.group(2), m.group(3)); return '«' + v + '»'
    line = re.sub(r'\{IBAN:(\w+):(\w+):(\w+)\}', ri, line)
    spans = re.findall(r'«(.+?)»', line)
    return line.replace('«', '').replace('»', ''), spans

rows = []
for cat, lines in BLOCK.items():
    for l in lines:
        sent, spans = fill(l)
        assert spans, l
        rows.append(('BLOCK', cat, ' || '.join(spans), sent))
for cat, lines in ALLOW.items():
    for l in lines:
        assert '«' not in l
        rows.append(('ALLOW', cat, '-', l))
rng.shuffle(rows)
with open(OUT, 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, r in enumerate(rows, 1):
        fh.write('B18-%03d\t%s\n' % (i, '\t'.join(r)))
print('wrote', OUT, len(rows))
