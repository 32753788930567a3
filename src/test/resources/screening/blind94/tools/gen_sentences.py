#!/usr/bin/env python3
"""Generate ../sentences.tsv for blind set 94 (fixed seed 94; re-running reproduces it byte for byte)."""
import os, random, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import block_lines as B, allow_lines as A

rng = random.Random(94)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sentences.tsv')

def elf(d):
    if len(d) == 8: d = '0' + d
    return len(d) == 9 and (sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])) % 11 == 0

def new_bsn(n=9):
    while True:
        d = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(n - 1))
        if elf(d): return d

def fmt_bsn(kind):
    if kind == 'eight': return new_bsn(8)
    d = new_bsn()
    return {'plain': d, 'dots': d[:4] + '.' + d[4:6] + '.' + d[6:], 'space': d[:3] + ' ' + d[3:6] + ' ' + d[6:],
            'dash': d[:3] + '-' + d[3:6] + '-' + d[6:]}[kind]

def iban_check(cc, bban):
    num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
    return '%02d' % (98 - int(num) % 97)

def new_iban(cc, bank):
    digits = lambda n: ''.join(str(rng.randint(0, 9)) for _ in range(n))
    if cc == 'NL':
        while True:  # 10-digit account that also passes the old bank 11-check
            acc = str(rng.randint(1, 9)) + digits(9)
            if sum((10 - i) * int(c) for i, c in enumerate(acc)) % 11 == 0: break
        bban = bank + acc
    elif cc == 'BE':
        first = str(rng.randint(1, 9)) + digits(9)
        chk = int(first) % 97 or 97
        bban = first + '%02d' % chk
    elif cc == 'PL':
        bban = str(rng.randint(1, 9)) + digits(23)
    elif cc == 'BG':
        bban = bank + digits(4) + '10' + digits(8)
    return cc + iban_check(cc, bban) + bban

def fmt_iban(spec):
    cc, bank, kind = spec.split(':')
    s = new_iban(cc, bank)
    if kind == 'group': return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))
    if kind == 'lower': return s.lower()
    return s

def fill(line):
    line = re.sub(r'\{BSN:(\w+)\}', lambda m: fmt_bsn(m.group(1)), line)
    line = re.sub(r'\{IBAN:([A-Z]{2}:[A-Z]*:\w+)\}', lambda m: fmt_iban(m.group(1)), line)
    return line

def org8(first=None):
    while True:
        d = (first or str(rng.randint(1, 9))) + ''.join(str(rng.randint(0, 9)) for _ in range(7))
        if not elf(d): return d

rows = []
for cat in ['NAME', 'BIRTHDATE', 'ID_NUMBER', 'ADDRESS', 'POSTCODE', 'BSN', 'PHONE', 'EMAIL', 'IBAN', 'URL']:
    for line in getattr(B, cat).strip('\n').split('\n'):
        line = fill(line)
        spans = re.findall(r'«(.+?)»', line)
        rows.append(('BLOCK', cat, ' || '.join(spans), line.replace('«', '').replace('»', '')))
for cat in ['PLACE', 'INSTITUTION', 'EVENT_DATE', 'PROFESSIONAL', 'AGE', 'ORG_NUMBER']:
    for line in getattr(A, cat).strip('\n').split('\n'):
        line = line.replace('{KVK}', org8()).replace('{AGB}', org8('0'))
        rows.append(('ALLOW', cat, '-', line))

rng.shuffle(rows)
with open(OUT, 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, (e, c, s, t) in enumerate(rows, 1):
        fh.write('B94-%03d\t%s\t%s\t%s\t%s\n' % (i, e, c, s, t))
print('wrote', len(rows), 'rows')
