#!/usr/bin/env python3
"""Generate ../sentences.tsv from block_lines.py / allow_lines.py (fixed seeds)."""
import os, random, re
HERE = os.path.dirname(os.path.abspath(__file__))
B = {}; A = {}
exec(open(os.path.join(HERE, 'block_lines.py'), encoding='utf-8').read(), B)
exec(open(os.path.join(HERE, 'allow_lines.py'), encoding='utf-8').read(), A)
rng = random.Random(98)

def elf(d):
    if len(d) == 8: d = '0' + d
    return sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8]) == 0 or \
        (sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])) % 11 == 0

def bsn(n=9):
    while True:
        d = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(n - 1))
        if elf(d): return d

def iban(cc, bank):
    if cc == 'NL': body = bank + ''.join(str(rng.randint(0, 9)) for _ in range(10))
    elif cc == 'PL': body = ''.join(str(rng.randint(0, 9)) for _ in range(24))
    elif cc == 'LT': body = ''.join(str(rng.randint(0, 9)) for _ in range(16))
    num = ''.join(str(int(c, 36)) for c in body + cc + '00')
    chk = 98 - int(num) % 97
    return '%s%02d%s' % (cc, chk, body)

def fill(line):
    def rb(m):
        k = m.group(1)
        if k == 'BSN8': v = bsn(8)
        else:
            v = bsn(9)
            if k == 'BSNdot': v = v[:4] + '.' + v[4:6] + '.' + v[6:]
            elif k == 'BSNsp': v = v[:3] + ' ' + v[3:6] + ' ' + v[6:]
            elif k == 'BSNdash': v = v[:3] + '-' + v[3:5] + '-' + v[5:]
        return '«' + v + '»'
    line = re.sub(r'\{(BSN\w*)\}', rb, line)
    def ri(m):
        cc, bank, st = m.group(1), m.group(2), m.group(3)
        v = iban(cc, bank)
        if st == 'grp': v = ' '.join(v[i:i + 4] for i in range(0, len(v), 4))
        elif st == 'low': v = v.lower()
        return '«' + v + '»'
    return re.sub(r'\{IBAN:(\w+):(\w*):(\w+)\}', ri, line)

rows = []
for cat in ['NAME', 'BIRTHDATE', 'ID_NUMBER', 'ADDRESS', 'POSTCODE', 'BSN', 'PHONE', 'EMAIL', 'IBAN', 'URL']:
    for line in B[cat].strip('\n').split('\n'):
        line = fill(line)
        spans = re.findall(r'«(.+?)»', line)
        assert spans, line
        rows.append(('BLOCK', cat, ' || '.join(spans), line.replace('«', '').replace('»', '')))
for cat in ['PLACE', 'INSTITUTION', 'EVENT_DATE', 'PROFESSIONAL', 'AGE', 'ORG_NUMBER']:
    for line in A[cat].strip('\n').split('\n'):
        rows.append(('ALLOW', cat, '-', line))
random.Random(980).shuffle(rows)
with open(os.path.join(HERE, '..', 'sentences.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, r in enumerate(rows, 1):
        fh.write('B98-%03d\t%s\n' % (i, '\t'.join(r)))
print(len(rows), 'rows')
