#!/usr/bin/env python3
"""Generates ../sentences.tsv from block_lines.py / allow_lines.py (fixed seeds)."""
import os, random, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import block_lines as B, allow_lines as A
from common import *
rng = random.Random(9797)
BANKS = {'ING': 'INGB', 'RABO': 'RABO', 'ABNA': 'ABNA', 'SNSB': 'SNSB', 'ASNB': 'ASNB', 'KNAB': 'KNAB', 'BUNQ': 'BUNQ'}
def fill(line):
    def rep(m):
        parts = m.group(1).split(':')
        if parts[0] == 'BSN':
            st = parts[1]
            d = new_bsn(rng, eight=(st == 'eight'))
            return '«' + fmt_bsn(d, st) + '»'
        cc = parts[1]
        if cc == 'NL':
            code = parts[2]; style = ''
            if code.endswith('s') or code.endswith('l'): style = code[-1]; code = code[:-1]
            v = new_iban(rng, 'NL', BANKS[code])
        elif cc == 'BG':
            v = new_iban(rng, 'BG', 'UBBS'); style = 's'
        else:
            v = new_iban(rng, 'PL'); style = 's'
        if style == 's': v = group4(v)
        if style == 'l': v = v.lower()
        return '«' + v + '»'
    return re.sub(r'\{([A-Z]+:[^}]+)\}', rep, line)
rows = []
for cat in ['NAME', 'BIRTHDATE', 'ID_NUMBER', 'ADDRESS', 'POSTCODE', 'BSN', 'PHONE', 'EMAIL', 'IBAN', 'URL']:
    for line in getattr(B, cat):
        line = fill(line)
        spans = re.findall('«(.+?)»', line)
        assert spans, line
        rows.append(('BLOCK', cat, ' || '.join(spans), line.replace('«', '').replace('»', '')))
for cat in ['PLACE', 'INSTITUTION', 'EVENT_DATE', 'PROFESSIONAL', 'AGE', 'ORG_NUMBER']:
    for line in getattr(A, cat):
        rows.append(('ALLOW', cat, '-', line))
random.Random(97).shuffle(rows)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sentences.tsv')
with open(out, 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, r in enumerate(rows, 1):
        fh.write('B97-%03d\t%s\n' % (i, '\t'.join(r)))
print('wrote', len(rows))
