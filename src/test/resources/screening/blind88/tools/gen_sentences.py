#!/usr/bin/env python3
"""Generate ../sentences.tsv for blind88 (fixed seeds, reproducible)."""
import os, random, re, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
import block_lines as B, allow_lines as A

rng = random.Random(8801)

def elf(d):
    s = sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])
    return s % 11 == 0

def bsn(eight=False):
    while True:
        if eight:
            d = '0' + ''.join(str(rng.randint(0, 9)) for _ in range(8))
            if d[1] != '0' and elf(d): return d[1:]
        else:
            d = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(8))
            if elf(d): return d

def iban(cc, bank, n):
    while True:
        acct = ''.join(str(rng.randint(0, 9)) for _ in range(n))
        if acct[0] == '0' and cc == 'NL': continue
        bban = bank + acct
        num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
        chk = 98 - int(num) % 97
        return '%s%02d%s' % (cc, chk, bban)

def grp(s): return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))

def fill(line):
    def rep(m):
        k = m.group(1)
        if k == 'BSN': return bsn()
        if k == 'BSN8': return bsn(True)
        if k == 'BSNDOT': d = bsn(); return d[:4] + '.' + d[4:6] + '.' + d[6:]
        if k == 'BSNSP': d = bsn(); return d[:3] + ' ' + d[3:6] + ' ' + d[6:]
        if k == 'BSNDASH': d = bsn(); return d[:3] + '-' + d[3:5] + '-' + d[5:]
        if k.startswith('IBAN_'):
            parts = k.split('_'); cc = parts[1]
            if cc == 'DE': v = iban('DE', '', 18)
            else: v = iban('NL', parts[2], 10)
            if 'SP' in parts: v = grp(v)
            if 'LOW' in parts: v = v.lower()
            return v
        raise KeyError(k)
    return re.sub(r'\{([A-Z0-9_]+)\}', rep, line)

rows = []
for cat in ['NAME', 'BIRTHDATE', 'ID_NUMBER', 'ADDRESS', 'POSTCODE', 'BSN', 'PHONE', 'EMAIL', 'IBAN', 'URL']:
    for line in getattr(B, cat):
        line = fill(line)
        spans = re.findall('«(.*?)»', line)
        sent = line.replace('«', '').replace('»', '')
        rows.append(('BLOCK', cat, ' || '.join(spans), sent))
for cat in ['PLACE', 'INSTITUTION', 'EVENT_DATE', 'PROFESSIONAL', 'AGE', 'ORG_NUMBER']:
    for line in getattr(A, cat):
        rows.append(('ALLOW', cat, '-', line))

random.Random(88).shuffle(rows)
with open(os.path.join(HERE, '..', 'sentences.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, r in enumerate(rows, 1):
        fh.write('B88-%03d\t%s\t%s\t%s\t%s\n' % ((i,) + r))
print('wrote', len(rows))
