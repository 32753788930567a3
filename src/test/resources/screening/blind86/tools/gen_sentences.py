#!/usr/bin/env python3
"""Generate ../sentences.tsv (fixed seed 86). Run from anywhere."""
import os, random, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import block_lines, allow_lines
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sentences.tsv')
rng = random.Random(86)

def elfproef(d):
    if len(d) == 8: d = '0' + d
    s = sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])
    return s % 11 == 0

def bsn(n8=False):
    while True:
        d = ''.join(str(rng.randint(0, 9)) for _ in range(8 if n8 else 9))
        if d[0] != '0' and elfproef(d): return d

def iban(cc, bank, n):
    acct = bank + ''.join(str(rng.randint(0, 9)) for _ in range(n))
    num = ''.join(str(int(c, 36)) for c in acct + cc + '00')
    chk = 98 - int(num) % 97
    return '%s%02d%s' % (cc, chk, acct)

def group4(s): return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))

b = [bsn() for _ in range(11)]
b[7] = bsn(n8=True)
bsn_fmt = [b[0], b[1], '%s.%s.%s' % (b[2][:4], b[2][4:6], b[2][6:]), '%s %s %s' % (b[3][:3], b[3][3:6], b[3][6:]),
           b[4], '%s-%s-%s' % (b[5][:3], b[5][3:6], b[5][6:]), b[6], b[7], b[8], '%s.%s.%s' % (b[9][:3], b[9][3:5], b[9][5:]), b[10]]
ibans = [iban('NL', 'RABO', 10), group4(iban('NL', 'INGB', 10)), iban('NL', 'ABNA', 10), group4(iban('NL', 'SNSB', 10)),
         iban('NL', 'ASNB', 10).lower(), group4(iban('PL', '', 24)), iban('NL', 'TRIO', 10), group4(iban('NL', 'BUNQ', 10)),
         group4(iban('RO', 'BTRL', 16))]
fill = {'BSN%d' % i: v for i, v in enumerate(bsn_fmt)}
fill.update({'IBAN%d' % i: v for i, v in enumerate(ibans)})

rows = []
for cat, lines in block_lines.ALL:
    for l in lines:
        l = l.format(**fill) if '{' in l else l
        spans = re.findall(r'«(.+?)»', l)
        sent = l.replace('«', '').replace('»', '')
        rows.append(('BLOCK', cat, ' || '.join(spans), sent))
for cat, lines in allow_lines.ALL:
    for l in lines:
        rows.append(('ALLOW', cat, '-', l))
rng.shuffle(rows)
with open(OUT, 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, r in enumerate(rows, 1):
        fh.write('B86-%03d\t%s\n' % (i, '\t'.join(r)))
print('wrote', len(rows))
