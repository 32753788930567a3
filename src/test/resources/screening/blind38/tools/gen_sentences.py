#!/usr/bin/env python3
"""Generate ../sentences.tsv for blind set 38 (fixed seeds; re-running reproduces the file byte for byte)."""
import os, random, re
HERE = os.path.dirname(os.path.abspath(__file__))
ns = {}
exec(open(os.path.join(HERE, 'block_lines.py'), encoding='utf-8').read(), ns)
exec(open(os.path.join(HERE, 'allow_lines.py'), encoding='utf-8').read(), ns)
rng = random.Random(3801)

def elf(d):
    if len(d) == 8: d = '0' + d
    return (sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])) % 11 == 0

def bsn(n=9):
    while True:
        d = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(n - 1))
        if elf(d): return d

def iban(cc, bank_or_len):
    if cc == 'NL':
        bban = bank_or_len + ''.join(str(rng.randint(0, 9)) for _ in range(10))
    elif cc == 'PL':
        bban = ''.join(str(rng.randint(0, 9)) for _ in range(24))
    elif cc == 'BG':
        bban = 'UNCR' + ''.join(str(rng.randint(0, 9)) for _ in range(6)) + ''.join(str(rng.randint(0, 9)) for _ in range(8))
    num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
    chk = 98 - int(num) % 97
    return '%s%02d%s' % (cc, chk, bban)

def group(s): return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))

def fill(m):
    k = m.group(1)
    if k == 'BSN': return bsn()
    if k == 'BSN8': return bsn(8)
    if k == 'BSN_DOT': d = bsn(); return '%s.%s.%s' % (d[:4], d[4:6], d[6:])
    if k == 'BSN_SP': d = bsn(); return '%s %s %s' % (d[:3], d[3:6], d[6:])
    if k == 'BSN_DASH': d = bsn(); return '%s-%s-%s' % (d[:3], d[3:5], d[5:])
    if k.startswith('IBAN_NL:'): return iban('NL', k[8:])
    if k.startswith('IBAN_NLG:'): return group(iban('NL', k[9:]))
    if k == 'IBAN_PL': return group(iban('PL', 0))
    if k == 'IBAN_BG': return iban('BG', 0)
    raise KeyError(k)

rows = []
for cat in ['NAME', 'BIRTHDATE', 'ID_NUMBER', 'ADDRESS', 'POSTCODE', 'BSN', 'PHONE', 'EMAIL', 'IBAN', 'URL']:
    for line in [l for l in ns[cat].split('\n') if l.strip()]:
        line = re.sub(r'\{([A-Z_0-9:]+)\}', fill, line.strip())
        spans = re.findall(r'«(.+?)»', line)
        rows.append(('BLOCK', cat, ' || '.join(spans), line.replace('«', '').replace('»', '')))
for cat in ['PLACE', 'INSTITUTION', 'EVENT_DATE', 'PROFESSIONAL', 'AGE', 'ORG_NUMBER']:
    for line in [l for l in ns[cat].split('\n') if l.strip()]:
        rows.append(('ALLOW', cat, '-', line.strip()))
random.Random(38).shuffle(rows)
with open(os.path.join(HERE, '..', 'sentences.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, r in enumerate(rows, 1):
        fh.write('B38-%03d\t%s\n' % (i, '\t'.join(r)))
print('wrote', len(rows))
