#!/usr/bin/env python3
"""Generate ../sentences.tsv for blind72 (fixed seeds; re-running reproduces the file byte for byte)."""
import os, random, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import block_lines as B, allow_lines as A

rng = random.Random(7272)

def new_bsn(n=9):
    while True:
        d = ''.join(rng.choice('0123456789') for _ in range(n))
        if n == 9 and d[0] == '0': continue
        dd = d if n == 9 else '0' + d
        s = sum(w * int(c) for w, c in zip(range(9, 1, -1), dd[:8])) - int(dd[8])
        if s % 11 == 0 and s != 0: return d

def fmt_bsn(style):
    if style == 'eight': return new_bsn(8)
    d = new_bsn()
    if style == 'plain': return d
    if style == 'dots': return d[:4] + '.' + d[4:6] + '.' + d[6:]
    if style == 'spaces': return d[:3] + ' ' + d[3:6] + ' ' + d[6:]
    if style == 'dash': return d[:3] + '-' + d[3:6] + '-' + d[6:]
    raise ValueError(style)

def new_iban(bank):
    acct = ''.join(rng.choice('0123456789') for _ in range(10))
    bban = bank + acct
    num = ''.join(str(int(c, 36)) for c in bban + 'NL00')
    chk = 98 - int(num) % 97
    return 'NL%02d%s' % (chk, bban)

def fmt_iban(bank, style):
    s = new_iban(bank)
    if style == 'compact': return s
    g = ' '.join(s[i:i + 4] for i in range(0, len(s), 4))
    return g.lower() if style == 'lower' else g

def fill(line):
    line = re.sub(r'\{bsn:(\w+)\}', lambda m: fmt_bsn(m.group(1)), line)
    line = re.sub(r'\{iban:(\w+):(\w+)\}', lambda m: '«' + fmt_iban(m.group(1), m.group(2)) + '»', line)
    return line

rows = []
for cat in ['NAME', 'BIRTHDATE', 'ID_NUMBER', 'ADDRESS', 'POSTCODE', 'BSN', 'PHONE', 'EMAIL', 'IBAN', 'URL']:
    for line in getattr(B, cat).strip('\n').split('\n'):
        line = fill(line)
        spans = re.findall('«(.*?)»', line)
        sent = line.replace('«', '').replace('»', '')
        rows.append(('BLOCK', cat, ' || '.join(spans), sent))
for cat in ['PLACE', 'INSTITUTION', 'EVENT_DATE', 'PROFESSIONAL', 'AGE', 'ORG_NUMBER']:
    for line in getattr(A, cat).strip('\n').split('\n'):
        rows.append(('ALLOW', cat, '-', line))
random.Random(72).shuffle(rows)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sentences.tsv')
with open(out, 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, (e, c, sp, s) in enumerate(rows, 1):
        fh.write('B72-%03d\t%s\t%s\t%s\t%s\n' % (i, e, c, sp, s))
print('wrote', len(rows), 'rows')
