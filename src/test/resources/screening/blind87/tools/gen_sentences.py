#!/usr/bin/env python3
"""Generate ../sentences.tsv from block_lines.py / allow_lines.py with fixed seeds."""
import os, random, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import block_lines as B, allow_lines as A

rnd = random.Random(8701)

def elf(d):
    if len(d) == 8: d = '0' + d
    return sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8]) == 0 or \
        (sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])) % 11 == 0

def new_bsn(n=9):
    while True:
        d = str(rnd.randint(1, 9)) + ''.join(str(rnd.randint(0, 9)) for _ in range(n - 1))
        if elf(d): return d

def iban(bank, country='NL'):
    if country == 'PL':
        bban = ''.join(str(rnd.randint(0, 9)) for _ in range(24))
    else:
        bban = bank + ''.join(str(rnd.randint(0, 9)) for _ in range(10))
    num = ''.join(str(int(c, 36)) for c in bban + country + '00')
    chk = 98 - int(num) % 97
    return '%s%02d%s' % (country, chk, bban)

def group(s): return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))

def fill(t):
    def rep(m):
        k = m.group(1)
        if k == 'BSN': return new_bsn()
        if k == 'BSN8': return new_bsn(8)
        if k == 'BSN_DOT': d = new_bsn(); return d[:4] + '.' + d[4:6] + '.' + d[6:]
        if k == 'BSN_SP': d = new_bsn(); return d[:3] + ' ' + d[3:6] + ' ' + d[6:]
        if k == 'BSN_DASH': d = new_bsn(); return d[:3] + '-' + d[3:6] + '-' + d[6:]
        if k.startswith('IBAN_PL'): return group(iban('', 'PL'))
        kind, bank = k.split(':')
        v = iban(bank)
        return {'IBAN': v, 'IBAN_G': group(v), 'IBAN_L': group(v).lower()}[kind]
    return re.sub(r'\{([A-Z_0-9]+(?::[A-Z]+)?)\}', rep, t)

rows = []
for cat in ['NAME', 'BIRTHDATE', 'ID_NUMBER', 'ADDRESS', 'POSTCODE', 'BSN', 'PHONE', 'EMAIL', 'IBAN', 'URL']:
    for t in getattr(B, cat):
        t = fill(t)
        spans = re.findall('«(.+?)»', t)
        rows.append(('BLOCK', cat, ' || '.join(spans), t.replace('«', '').replace('»', '')))
for cat in ['PLACE', 'INSTITUTION', 'EVENT_DATE', 'PROFESSIONAL', 'AGE', 'ORG_NUMBER']:
    for t in getattr(A, cat):
        rows.append(('ALLOW', cat, '-', t))
random.Random(87).shuffle(rows)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sentences.tsv')
with open(out, 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, r in enumerate(rows, 1):
        fh.write('B87-%03d\t%s\n' % (i, '\t'.join(r)))
print('wrote', len(rows))
