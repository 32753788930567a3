#!/usr/bin/env python3
"""Generate ../sentences.tsv from block_lines.py / allow_lines.py with fixed seeds."""
import os, random, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import block_lines as B, allow_lines as A
from numbers77 import *

rng = random.Random(7707)
HERE = os.path.dirname(os.path.abspath(__file__))

def fill_block(cat, line):
    spans = []
    def sub(m):
        k = m.group(1)
        if k == 'BSN': v = bsn(rng)
        elif k == 'BSN8': v = bsn(rng, 8)
        elif k == 'BSNDOT': d = bsn(rng); v = d[:4] + '.' + d[4:6] + '.' + d[6:]
        elif k == 'BSNSP': d = bsn(rng); v = d[:3] + ' ' + d[3:6] + ' ' + d[6:]
        elif k == 'BSNDASH': d = bsn(rng); v = d[:3] + '-' + d[3:6] + '-' + d[6:]
        elif k == 'MOB': v = '06' + ''.join(str(rng.randint(0, 9)) for _ in range(8))
        elif k == 'MOBDASH': v = '06-' + ''.join(str(rng.randint(0, 9)) for _ in range(8))
        elif k == 'MOBSP': d = ''.join(str(rng.randint(0, 9)) for _ in range(8)); v = '06 ' + d[:2] + ' ' + d[2:5] + ' ' + d[5:]
        elif k == 'MOBDOT': d = ''.join(str(rng.randint(0, 9)) for _ in range(8)); v = '06.' + d[:4] + '.' + d[4:]
        elif k == 'INTL': d = ''.join(str(rng.randint(0, 9)) for _ in range(8)); v = '+31 6 ' + d[:4] + ' ' + d[4:]
        elif k == 'INTL2': d = ''.join(str(rng.randint(0, 9)) for _ in range(9)); v = '+57 3' + d
        elif k == 'INTLUK': d = ''.join(str(rng.randint(0, 9)) for _ in range(9)); v = '+44 7' + d[:3] + ' ' + d[3:]
        elif k == 'LAND023': d = ''.join(str(rng.randint(0, 9)) for _ in range(7)); v = '023-' + d
        elif k == 'LAND0251': d = ''.join(str(rng.randint(0, 9)) for _ in range(6)); v = '(0251) ' + d
        elif k.startswith('IBAN_'):
            parts = k.split('_')[1:]
            cc = parts[0]; bank = parts[1] if len(parts) > 1 and parts[1] not in ('SP', 'lower') else None
            v = iban(rng, cc, bank)
            if 'SP' in parts: v = ' '.join(v[i:i+4] for i in range(0, len(v), 4))
            if 'lower' in parts: v = v.lower()
        else: raise KeyError(k)
        spans.append(v); return v
    out = re.sub(r'\{(\w+)\}', sub, line)
    res = ''
    i = 0
    for m in re.finditer('«(.*?)»', out):
        spans.append(m.group(1))
    # keep order of appearance
    clean = out.replace('«', '').replace('»', '')
    spans.sort(key=lambda s: clean.find(s))
    return clean, spans

def fill_allow(line):
    def sub(m):
        k = m.group(1)
        if k == 'KVK': return kvk(rng)
        if k == 'AGB': return agb(rng)
        raise KeyError(k)
    return re.sub(r'\{(\w+)\}', sub, line)

rows = []
for cat in ['NAME', 'BIRTHDATE', 'ID_NUMBER', 'ADDRESS', 'POSTCODE', 'BSN', 'PHONE', 'EMAIL', 'IBAN', 'URL']:
    for line in getattr(B, cat):
        s, sp = fill_block(cat, line)
        rows.append(('BLOCK', cat, ' || '.join(sp), s))
for cat in ['PLACE', 'INSTITUTION', 'EVENT_DATE', 'PROFESSIONAL', 'AGE', 'ORG_NUMBER']:
    for line in getattr(A, cat):
        rows.append(('ALLOW', cat, '-', fill_allow(line)))
random.Random(77).shuffle(rows)
with open(os.path.join(HERE, '..', 'sentences.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, r in enumerate(rows, 1):
        fh.write('B77-%03d\t%s\t%s\t%s\t%s\n' % ((i,) + r))
print(len(rows), 'rows')
