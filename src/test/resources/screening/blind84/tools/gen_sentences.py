#!/usr/bin/env python3
"""Generate ../sentences.tsv (seeded; byte-identical on re-run)."""
import os, random, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import block_lines as B, allow_lines as A

rng = random.Random(8484)

def elf(d):
    if len(d) == 8: d = '0' + d
    return sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8]) if len(d) == 9 else 1

def bsn(n=9):
    while True:
        d = str(rng.randint(10**(n-1), 10**n - 1))
        if elf(d) % 11 == 0: return d

def fmt_bsn(kind):
    if kind == 'eight': return bsn(8)
    d = bsn(9)
    return {'plain': d, 'dots': d[:4] + '.' + d[4:6] + '.' + d[6:], 'spaces': d[:3] + ' ' + d[3:6] + ' ' + d[6:],
            'dash': d[:3] + '-' + d[3:6] + '-' + d[6:]}[kind]

def iban(cc, bank, grp):
    length = {'NL': 18, 'GB': 22, 'UA': 29}[cc]
    if cc == 'NL':
        while True:   # account number also passes the old bank 11-check
            acc = '%010d' % rng.randint(10**8, 10**10 - 1)
            if sum((10 - i) * int(c) for i, c in enumerate(acc)) % 11 == 0: break
        bban = bank + acc
    elif cc == 'GB':
        bban = bank + '%06d' % rng.randint(0, 999999) + '%08d' % rng.randint(0, 10**8 - 1)
    else:
        bban = '%06d' % rng.randint(300000, 399999) + ''.join(str(rng.randint(0, 9)) for _ in range(19))
    num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
    chk = 98 - int(num) % 97
    s = cc + '%02d' % chk + bban
    assert len(s) == length
    if grp == '1': s = ' '.join(s[i:i+4] for i in range(0, len(s), 4))
    elif grp == '2': s = s.lower()
    return s

def fill(line):
    line = re.sub(r'\{BSN:(\w+)\}', lambda m: '«' + fmt_bsn(m.group(1)) + '»', line)
    line = re.sub(r'\{IBAN:(\w*):(\w*):(\d)\}', lambda m: '«' + iban(*m.groups()) + '»', line)
    return line

rows = []
for cat in ['NAME', 'BIRTHDATE', 'ID_NUMBER', 'ADDRESS', 'POSTCODE', 'BSN', 'PHONE', 'EMAIL', 'IBAN', 'URL']:
    for line in getattr(B, cat).strip().split('\n'):
        line = fill(line)
        spans = re.findall('«(.*?)»', line)
        rows.append(('BLOCK', cat, ' || '.join(spans), line.replace('«', '').replace('»', '')))
for cat in ['PLACE', 'INSTITUTION', 'EVENT_DATE', 'PROFESSIONAL', 'AGE', 'ORG_NUMBER']:
    for line in getattr(A, cat).strip().split('\n'):
        rows.append(('ALLOW', cat, '-', line))
rng.shuffle(rows)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sentences.tsv')
with open(out, 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, r in enumerate(rows, 1):
        fh.write('B84-%03d\t%s\n' % (i, '\t'.join(r)))
print('wrote', len(rows))
