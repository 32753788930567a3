#!/usr/bin/env python3
import os, re, random, sys
sys.path.insert(0, os.path.dirname(__file__))
import lines as L
from common import bsn, iban, group4
rng = random.Random(2121)
OUT = os.path.join(os.path.dirname(__file__), '..', 'sentences.tsv')
rows = []
BL = 'NAME BIRTHDATE ID_NUMBER ADDRESS POSTCODE BSN PHONE EMAIL IBAN URL'.split()
AL = 'PLACE INSTITUTION EVENT_DATE PROFESSIONAL AGE ORG_NUMBER'.split()
for k in BL:
    for i, line in enumerate(getattr(L, k)):
        if '{BSN}' in line:
            b = bsn(rng); style = i % 3
            b = b if style == 0 else (b[:4]+'.'+b[4:6]+'.'+b[6:] if style == 1 else b[:3]+' '+b[3:6]+' '+b[6:])
            line = line.replace('{BSN}', b)
        if '{IBANPL}' in line: line = line.replace('{IBANPL}', group4(iban(rng, 'PL')))
        if '{IBANBG}' in line: line = line.replace('{IBANBG}', iban(rng, 'BG'))
        if '{IBAN}' in line:
            v = iban(rng); line = line.replace('{IBAN}', group4(v) if i % 2 else v)
        spans = re.findall('«(.+?)»', line)
        rows.append(('BLOCK', k, ' || '.join(spans), line.replace('«', '').replace('»', '')))
for k in AL:
    for line in getattr(L, k): rows.append(('ALLOW', k, '-', line))
rng.shuffle(rows)
with open(OUT, 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for n, r in enumerate(rows, 1): fh.write('B21-%03d\t%s\t%s\t%s\t%s\n' % ((n,) + r))
