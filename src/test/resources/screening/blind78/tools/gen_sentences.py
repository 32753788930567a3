#!/usr/bin/env python3
"""Generate ../sentences.tsv from block_lines.py and allow_lines.py (fixed seed 78)."""
import os, random, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import block_lines as B, allow_lines as A
rng = random.Random(78)

def elf(d):
    if len(d) == 8: d = '0' + d
    return sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8]) == 0 or \
        (sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])) % 11 == 0

def bsn(n=9):
    while True:
        d = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(n - 1))
        if elf(d): return d

def fmt_bsn(d, f):
    if f == 'dots': return d[:4] + '.' + d[4:6] + '.' + d[6:]
    if f == 'spaces': return d[:3] + ' ' + d[3:6] + ' ' + d[6:]
    if f == 'dash': return d[:3] + '-' + d[3:5] + '-' + d[5:]
    return d

def iban(bank, f):
    while True:
        acc = ''.join(str(rng.randint(0, 9)) for _ in range(10))
        if acc[0] == '0': continue
        num = ''.join(str(int(c, 36)) for c in bank + acc + 'NL00')
        chk = 98 - int(num) % 97
        s = 'NL%02d%s%s' % (chk, bank, acc)
        if f == 'g': return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))
        if f == 'l': return s.lower()
        return s

def fill(line):
    line = re.sub(r'\{BSN8?:(\w+)\}', lambda m: fmt_bsn(bsn(8 if 'BSN8' in m.group(0) else 9), m.group(1)), line)
    line = re.sub(r'\{IBAN:(\w+):(\w)\}', lambda m: iban(m.group(1), m.group(2)), line)
    return line

rows = []
for cat in ['NAME', 'BIRTHDATE', 'ID_NUMBER', 'ADDRESS', 'POSTCODE', 'BSN', 'PHONE', 'EMAIL', 'IBAN', 'URL']:
    for line in getattr(B, cat).strip().split('\n'):
        line = fill(line.strip())
        spans = re.findall(r'«(.+?)»', line)
        sent = line.replace('«', '').replace('»', '')
        rows.append(('BLOCK', cat, ' || '.join(spans), sent))
for cat in ['PLACE', 'INSTITUTION', 'EVENT_DATE', 'PROFESSIONAL', 'AGE', 'ORG_NUMBER']:
    for line in getattr(A, cat).strip().split('\n'):
        rows.append(('ALLOW', cat, '-', line.strip()))
rng.shuffle(rows)
with open(os.path.join(HERE, '..', 'sentences.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, r in enumerate(rows, 1):
        fh.write('B78-%03d\t%s\n' % (i, '\t'.join(r)))
print(len(rows), 'rows')
