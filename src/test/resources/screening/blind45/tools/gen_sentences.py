#!/usr/bin/env python3
"""Generate ../sentences.tsv (fixed seeds; re-running reproduces it byte for byte)."""
import os, random, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import block_lines as B, allow_lines as A

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(4545)

def elf_ok(d):
    if len(d) == 8: d = '0' + d
    s = sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])
    return s % 11 == 0

def bsn(style):
    while True:
        n = 8 if style == 'eight' else 9
        d = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(n - 1))
        if elf_ok(d): break
    if style == 'dots': return d[:4] + '.' + d[4:6] + '.' + d[6:]
    if style == 'spaces': return d[:3] + ' ' + d[3:6] + ' ' + d[6:]
    if style == 'dash': return d[:3] + '-' + d[3:6] + '-' + d[6:]
    return d

def iban(bank, style):
    while True:   # account number also passes the old bank 11-check (weights 10..1)
        acc = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(9))
        if sum(w * int(c) for w, c in zip(range(10, 0, -1), acc)) % 11 == 0: break
    bban = bank + acc
    num = ''.join(str(int(c, 36)) for c in bban + 'NL00')
    chk = 98 - int(num) % 97
    s = 'NL%02d%s' % (chk, bban)
    if style in ('grouped', 'lower'):
        s = ' '.join(s[i:i + 4] for i in range(0, len(s), 4))
    if style == 'lower': s = s.lower()
    return s

def fill(line):
    line = re.sub(r'\{BSN:(\w+)\}', lambda m: '«' + bsn(m.group(1)) + '»', line)
    line = re.sub(r'\{IBAN:(\w+):(\w+)\}', lambda m: '«' + iban(m.group(1), m.group(2)) + '»', line)
    return line

rows = []
for cat in ['NAME', 'BIRTHDATE', 'ID_NUMBER', 'ADDRESS', 'POSTCODE', 'BSN', 'PHONE', 'EMAIL', 'IBAN', 'URL']:
    for line in getattr(B, cat):
        line = fill(line)
        spans = re.findall(r'«(.+?)»', line)
        assert spans, line
        rows.append(('BLOCK', cat, ' || '.join(spans), line.replace('«', '').replace('»', '')))
for cat in ['PLACE', 'INSTITUTION', 'EVENT_DATE', 'PROFESSIONAL', 'AGE', 'ORG_NUMBER']:
    for line in getattr(A, cat):
        assert '«' not in line
        rows.append(('ALLOW', cat, '-', line))
random.Random(45).shuffle(rows)
with open(os.path.join(HERE, '..', 'sentences.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, r in enumerate(rows, 1):
        fh.write('B45-%03d\t%s\t%s\t%s\t%s\n' % ((i,) + r))
print('wrote', len(rows), 'rows')
