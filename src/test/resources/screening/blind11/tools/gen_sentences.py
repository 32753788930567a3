#!/usr/bin/env python3
"""Builds ../sentences.tsv from block_lines.txt (spans marked with «…», {BSN:fmt}/{IBAN:fmt} placeholders)
and allow_lines.txt. Fixed seeds: numbers seed 1111, shuffle seed 11."""
import os, random, re
HERE = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(1111)

def elfproef(d):
    if len(d) == 8: d = '0' + d
    s = sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])
    return s % 11 == 0

def bsn(eight=False):
    while True:
        d = ('0' if eight else str(rnd.randint(1, 9))) + ''.join(str(rnd.randint(0, 9)) for _ in range(8))
        if eight and d[1] == '0': continue
        if elfproef(d): return d[1:] if eight else d

def iban(cc='NL'):
    if cc == 'BE':
        acct = ''.join(str(rnd.randint(0, 9)) for _ in range(10)); acct += '%02d' % (int(acct) % 97 or 97)
        bank = ''
    else:
        bank = rnd.choice(['ABNA', 'RABO', 'INGB', 'SNSB', 'ASNB', 'KNAB', 'BUNQ', 'RBRB', 'TRIO'])
        acct = ''.join(str(rnd.randint(0, 9)) for _ in range(10))
    body = bank + acct
    num = ''.join(str(int(c, 36)) for c in body + cc + '00')
    return '%s%02d%s' % (cc, 98 - int(num) % 97, body)

def group(s): return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))

def fill(m):
    kind, fmt = m.group(1), m.group(2)
    if kind == 'BSN':
        d = bsn(fmt == 'eight')
        v = {'plain': d, 'eight': d, 'dots': '%s.%s.%s' % (d[:4], d[4:6], d[6:]), 'space': '%s %s %s' % (d[:3], d[3:6], d[6:]),
             'dash': '%s-%s-%s' % (d[:3], d[3:6], d[6:])}[fmt]
    else:
        i = iban('BE' if fmt == 'be' else 'NL')
        v = {'compact': i, 'grouped': group(i), 'lower': group(i).lower(), 'be': group(i)}[fmt]
    return '«%s»' % v

rows = []
for line in open(os.path.join(HERE, 'block_lines.txt'), encoding='utf-8'):
    line = line.rstrip('\n')
    if not line: continue
    cat, text = line.split('|', 1)
    text = re.sub(r'\{(BSN|IBAN):(\w+)\}', fill, text.strip())
    spans = re.findall('«(.+?)»', text)
    rows.append(('BLOCK', cat, ' || '.join(spans), text.replace('«', '').replace('»', '')))
for line in open(os.path.join(HERE, 'allow_lines.txt'), encoding='utf-8'):
    line = line.rstrip('\n')
    if not line: continue
    cat, text = line.split('|', 1)
    rows.append(('ALLOW', cat, '-', text.strip()))
random.Random(11).shuffle(rows)
with open(os.path.join(HERE, '..', 'sentences.tsv'), 'w', encoding='utf-8') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for n, r in enumerate(rows, 1):
        fh.write('B11-%03d\t%s\n' % (n, '\t'.join(r)))
print(len(rows), 'rows')
