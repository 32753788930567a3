#!/usr/bin/env python3
"""Generate ../sentences.tsv for blind set 37 (fixed seeds, reproducible)."""
import os, random, re, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
import block_lines as B, allow_lines as A

rng = random.Random(3737)

def elf(d):
    if len(d) == 8: d = '0' + d
    return sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8]) if len(d) == 9 else None

def bsn(n=9):
    while True:
        d = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(n - 1))
        if elf(d) % 11 == 0: return d

def bsn_fmt(style):
    if style == 'eight': return bsn(8)
    d = bsn(9)
    return {'plain': d, 'dots': d[:4] + '.' + d[4:6] + '.' + d[6:], 'spaces': d[:3] + ' ' + d[3:6] + ' ' + d[6:],
            'dashes': d[:3] + '-' + d[3:6] + '-' + d[6:], 'dots4': d[:3] + '.' + d[3:6] + '.' + d[6:]}[style]

def mod97(country, bban):
    num = ''.join(str(int(c, 36)) for c in bban + country + '00')
    return '%02d' % (98 - int(num) % 97)

def iban_fmt(spec):
    parts = spec.split(':')
    if parts[0] == 'NL':
        bank, style = parts[1], parts[2]
        acct = ''.join(str(rng.randint(0, 9)) for _ in range(10))
        bban = bank + acct
    elif parts[0] == 'PL':
        style = parts[1]; bban = ''.join(str(rng.randint(0, 9)) for _ in range(24))
    else:
        style = parts[1]; bban = ''.join(str(rng.randint(0, 9)) for _ in range(12))
    ib = parts[0] + mod97(parts[0], bban) + bban
    if style == 'compact': return ib
    sp = ' '.join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return sp.lower() if style == 'lower' else sp

def fill(line):
    line = re.sub(r'\{BSN:(\w+)\}', lambda m: '«' + bsn_fmt(m.group(1)) + '»', line)
    line = re.sub(r'\{IBAN:([\w:]+)\}', lambda m: '«' + iban_fmt(m.group(1)) + '»', line)
    spans = re.findall(r'«(.+?)»', line)
    return line.replace('«', '').replace('»', ''), spans

rows = []
for cat in ['NAME', 'BIRTHDATE', 'ID_NUMBER', 'ADDRESS', 'POSTCODE', 'BSN', 'PHONE', 'EMAIL', 'IBAN', 'URL']:
    for l in getattr(B, cat):
        sent, spans = fill(l)
        assert spans, l
        rows.append(('BLOCK', cat, ' || '.join(spans), sent))
for cat in ['PLACE', 'INSTITUTION', 'EVENT_DATE', 'PROFESSIONAL', 'AGE', 'ORG_NUMBER']:
    for l in getattr(A, cat):
        rows.append(('ALLOW', cat, '-', l))
random.Random(37).shuffle(rows)
with open(os.path.join(HERE, '..', 'sentences.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, r in enumerate(rows, 1):
        fh.write('B37-%03d\t%s\n' % (i, '\t'.join(r)))
print('wrote', len(rows))
