#!/usr/bin/env python3
"""Generate ../sentences.tsv for blind85 (fixed seed; re-running reproduces the file byte for byte)."""
import os, random, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from block_lines import BLOCK
from allow_lines import ALLOW

rng = random.Random(8585)

def elfproef(d):
    if len(d) == 8: d = '0' + d
    s = sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])
    return s % 11 == 0

def bsn(n=9):
    while True:
        d = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(n - 1))
        if elfproef(d): return d

def bsn_fmt(style):
    if style == 'BSN8': return bsn(8)
    d = bsn()
    if style == 'plain': return d
    if style == 'dots': return d[:3] + '.' + d[3:5] + '.' + d[5:]
    if style == 'dots4': return d[:4] + '.' + d[4:6] + '.' + d[6:]
    if style == 'spaces': return d[:3] + ' ' + d[3:6] + ' ' + d[6:]
    if style == 'dash': return d[:3] + '-' + d[3:6] + '-' + d[6:]
    raise ValueError(style)

def iban_check(cc, bban):
    num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
    return '%02d' % (98 - int(num) % 97)

def iban(cc, bank, style):
    if cc == 'NL':
        while True:  # account number also passes the old 11-check (10 digits)
            acc = ''.join(str(rng.randint(0, 9)) for _ in range(10))
            if acc[0] != '0' and sum((10 - i) * int(c) for i, c in enumerate(acc)) % 11 == 0: break
        bban = bank + acc
    elif cc == 'DE':
        bban = '4' + ''.join(str(rng.randint(0, 9)) for _ in range(17))
    s = cc + iban_check(cc, bban) + bban
    if style == 'compact': return s
    g = ' '.join(s[i:i + 4] for i in range(0, len(s), 4))
    return g.lower() if style == 'lower' else g

def fill(text):
    text = re.sub(r'@BSN8@', lambda m: bsn_fmt('BSN8'), text)
    text = re.sub(r'@BSN:(\w+)@', lambda m: bsn_fmt(m.group(1)), text)
    text = re.sub(r'@IBAN:(\w\w):([\w-]+):(\w+)@', lambda m: iban(m.group(1), m.group(2), m.group(3)), text)
    return text

rows = []
for line in BLOCK.strip('\n').split('\n'):
    cat, text = line.split('\t', 1)
    text = fill(text)
    spans = re.findall(r'«(.+?)»', text)
    rows.append(('BLOCK', cat, ' || '.join(spans), text.replace('«', '').replace('»', '')))
for line in ALLOW.strip('\n').split('\n'):
    cat, text = line.split('\t', 1)
    rows.append(('ALLOW', cat, '-', text))
rng2 = random.Random(85)
rng2.shuffle(rows)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sentences.tsv')
with open(out, 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, (e, c, sp, t) in enumerate(rows, 1):
        fh.write('B85-%03d\t%s\t%s\t%s\t%s\n' % (i, e, c, sp, t))
print('wrote', len(rows), 'rows')
