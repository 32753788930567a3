#!/usr/bin/env python3
"""Builds ../sentences.tsv from block_lines.py and allow_lines.py (fixed seeds)."""
import os, random, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import block_lines as B, allow_lines as A

rng = random.Random(1515)

def elf(d):
    d = d.zfill(9)
    return sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8]) and \
        (sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])) % 11 == 0

def bsn(n=9):
    while True:
        d = str(rng.randint(10**(n-1), 10**n - 1))
        dd = d.zfill(9)
        s = sum(w * int(c) for w, c in zip(range(9, 1, -1), dd[:8])) - int(dd[8])
        if s % 11 == 0 and len(set(d)) > 3: return d

def bsn_fmt(kind):
    if kind == 'eight': return bsn(8)
    d = bsn()
    return {'plain': d, 'dots': d[:4] + '.' + d[4:6] + '.' + d[6:], 'spaces': d[:3] + ' ' + d[3:6] + ' ' + d[6:],
            'dash': d[:3] + '-' + d[3:5] + '-' + d[5:]}[kind]

def mod97(country, bban):
    num = ''.join(str(int(c, 36)) for c in bban + country + '00')
    return '%02d' % (98 - int(num) % 97)

def nl_account():
    while True:
        a = str(rng.randint(10**9, 10**10 - 1))   # 10 digits, keep those passing the old bank 11-check
        if sum((10 - i) * int(c) for i, c in enumerate(a)) % 11 == 0: return a

def iban(kind):
    bank, fmt = kind.split('_')
    if bank == 'GB':
        bban = 'NWBK' + '%06d' % rng.randint(0, 999999) + '%08d' % rng.randint(0, 99999999); cc = 'GB'
    elif bank == 'UA':
        bban = '%06d' % rng.randint(300000, 399999) + ''.join(str(rng.randint(0, 9)) for _ in range(19)); cc = 'UA'
    else:
        bban = bank + nl_account(); cc = 'NL'
    s = cc + mod97(cc, bban) + bban
    if fmt == 'grouped': return ' '.join(s[i:i+4] for i in range(0, len(s), 4))
    if fmt == 'lower': return s.lower()
    return s

def fill(line):
    line = re.sub(r'\{BSN_(\w+)\}', lambda m: '«' + bsn_fmt(m.group(1)) + '»', line)
    line = re.sub(r'\{IBAN_(\w+)\}', lambda m: '«' + iban(m.group(1)) + '»', line)
    return line

def main():
    rows = []
    for cat in ['NAME', 'BIRTHDATE', 'ID_NUMBER', 'ADDRESS', 'POSTCODE', 'BSN', 'PHONE', 'EMAIL', 'IBAN', 'URL']:
        for l in getattr(B, cat).strip().split('\n'):
            l = fill(l.strip())
            spans = re.findall(r'«(.+?)»', l)
            assert spans, l
            rows.append(('BLOCK', cat, ' || '.join(spans), l.replace('«', '').replace('»', '')))
    for cat in ['PLACE', 'INSTITUTION', 'EVENT_DATE', 'PROFESSIONAL', 'AGE', 'ORG_NUMBER']:
        for l in getattr(A, cat).strip().split('\n'):
            rows.append(('ALLOW', cat, '-', l.strip()))
    random.Random(15).shuffle(rows)
    with open(os.path.join(HERE, '..', 'sentences.tsv'), 'w', encoding='utf-8') as fh:
        fh.write('id\texpect\tcategory\tspans\tsentence\n')
        for i, r in enumerate(rows, 1):
            fh.write('B15-%03d\t%s\n' % (i, '\t'.join(r)))
    print(len(rows), 'rows')

if __name__ == '__main__':
    main()
