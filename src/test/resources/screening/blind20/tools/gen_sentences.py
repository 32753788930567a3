#!/usr/bin/env python3
"""Generate ../sentences.tsv from block_lines.py / allow_lines.py (fixed seed 20)."""
import os, random, re
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'sentences.tsv')
rng = random.Random(20)

def elfproef(d):
    if len(d) == 8: d = '0' + d
    s = sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])
    return s % 11 == 0 and d != '000000000'

def new_bsn(eight=False):
    while True:
        d = ('0' if eight else str(rng.randint(1, 6))) + ''.join(str(rng.randint(0, 9)) for _ in range(8))
        if eight and d[1] == '0': continue
        if elfproef(d): return d[1:] if eight else d

def fmt_bsn(style):
    if style == 'eight': return new_bsn(True)
    d = new_bsn()
    return {'plain': d, 'dots': d[:4] + '.' + d[4:6] + '.' + d[6:], 'spaces': d[:3] + ' ' + d[3:6] + ' ' + d[6:],
            'dashes': d[:3] + '-' + d[3:6] + '-' + d[6:]}[style]

def iban_check(country, bban):
    num = ''.join(str(int(c, 36)) for c in bban + country + '00')
    return '%02d' % (98 - int(num) % 97)

def fmt_iban(spec):
    parts = spec.split(':')
    if parts[0] == 'NL':
        bank, style = parts[1], parts[2]
        bban = bank + ''.join(str(rng.randint(0, 9)) for _ in range(10))
        iban = 'NL' + iban_check('NL', bban) + bban
    else:  # DE
        style = parts[1]
        bban = ''.join(str(rng.randint(0, 9)) for _ in range(18))
        iban = 'DE' + iban_check('DE', bban) + bban
    if style == 'grouped': return ' '.join(iban[i:i + 4] for i in range(0, len(iban), 4))
    if style == 'lower': return iban.lower()
    return iban

def fill(line):
    line = re.sub(r'\{bsn:(\w+)\}', lambda m: fmt_bsn(m.group(1)), line)
    line = re.sub(r'\{iban:([\w:]+)\}', lambda m: fmt_iban(m.group(1)), line)
    return line

ns = {}
exec(open(os.path.join(HERE, 'block_lines.py'), encoding='utf-8').read(), ns)
exec(open(os.path.join(HERE, 'allow_lines.py'), encoding='utf-8').read(), ns)
rows = []
for cat in ['NAME', 'BIRTHDATE', 'ID_NUMBER', 'ADDRESS', 'POSTCODE', 'BSN', 'PHONE', 'EMAIL', 'IBAN', 'URL']:
    for l in ns[cat].strip().split('\n'):
        l = fill(l.strip())
        spans = re.findall(r'«(.+?)»', l)
        sent = l.replace('«', '').replace('»', '')
        rows.append(('BLOCK', cat, ' || '.join(spans), sent))
for cat in ['PLACE', 'INSTITUTION', 'EVENT_DATE', 'PROFESSIONAL', 'AGE', 'ORG_NUMBER']:
    for l in ns[cat].strip().split('\n'):
        rows.append(('ALLOW', cat, '-', l.strip()))
rng2 = random.Random(2020)
rng2.shuffle(rows)
with open(OUT, 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, r in enumerate(rows, 1):
        fh.write('B20-%03d\t%s\n' % (i, '\t'.join(r)))
print('wrote', len(rows), 'rows')
