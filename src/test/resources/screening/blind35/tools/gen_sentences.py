#!/usr/bin/env python3
"""Generate ../sentences.tsv for blind35 (fixed seeds, reproducible)."""
import os, random, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import block_lines as B, allow_lines as A

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(3501)

def elf(d):
    if len(d) == 8: d = '0' + d
    s = sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])
    return s % 11 == 0

def new_bsn(n=9):
    while True:
        d = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(n - 1))
        if elf(d): return d

def fmt_bsn(style):
    if style == '8': return new_bsn(8)
    d = new_bsn()
    return {'plain': d, 'dots': d[:4] + '.' + d[4:6] + '.' + d[6:], 'spaces': d[:3] + ' ' + d[3:6] + ' ' + d[6:],
            'dash': d[:3] + '-' + d[3:6] + '-' + d[6:]}[style]

def iban_check(cc, bban):
    num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
    return '%02d' % (98 - int(num) % 97)

def fmt_iban(bank, style):
    if bank == 'BE':
        acc = ''.join(str(rng.randint(0, 9)) for _ in range(10)); acc += '%02d' % ((int(acc) % 97) or 97)
        s = 'BE' + iban_check('BE', acc) + acc
    else:
        acc = ''.join(str(rng.randint(0, 9)) for _ in range(10))
        s = 'NL' + iban_check('NL', bank + acc) + bank + acc
    if style == 'compact': return s
    g = ' '.join(s[i:i + 4] for i in range(0, len(s), 4))
    return g.lower() if style == 'lower' else g

def fill(line):
    line = re.sub(r'\{BSN:(\w+)\}', lambda m: fmt_bsn(m.group(1)), line)
    line = re.sub(r'\{IBAN:(\w+):(\w+)\}', lambda m: fmt_iban(m.group(1), m.group(2)), line)
    return line

rows = []
for cat in ['NAME', 'BIRTHDATE', 'ID_NUMBER', 'ADDRESS', 'POSTCODE', 'BSN', 'PHONE', 'EMAIL', 'IBAN', 'URL']:
    for l in getattr(B, cat).split('\n'):
        l = l.strip()
        if not l: continue
        l = fill(l)
        spans = re.findall(r'«(.+?)»', l)
        sent = l.replace('«', '').replace('»', '')
        rows.append(('BLOCK', cat, ' || '.join(spans), sent))
for cat in ['PLACE', 'INSTITUTION', 'EVENT_DATE', 'PROFESSIONAL', 'AGE', 'ORG_NUMBER']:
    for l in getattr(A, cat).split('\n'):
        l = l.strip()
        if l: rows.append(('ALLOW', cat, '-', l))
random.Random(35).shuffle(rows)
with open(os.path.join(HERE, '..', 'sentences.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, r in enumerate(rows, 1):
        fh.write('B35-%03d\t%s\n' % (i, '\t'.join(r)))
print(len(rows), 'rows')
