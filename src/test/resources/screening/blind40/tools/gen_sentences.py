#!/usr/bin/env python3
"""Generate ../sentences.tsv (fixed seeds, reproducible)."""
import os, random, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import block_lines as B, allow_lines as A
from numgen import bsn, iban, fmt_bsn

HERE = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(4040)
bsn_styles = ['plain', 'dots', 'spaces', 'dash', 'plain8', 'plain', 'dots4', 'spaces3', 'plain', 'plain8', 'plain']
ibans = [('NL', 'RABO', True), ('NL', 'INGB', False), ('NL', 'ABNA', True), ('DE', None, True), ('PL', None, True),
         ('NL', 'SNSB', False), ('NL', 'KNAB', True), ('RO', 'BTRL', True), ('NL', 'BUNQ', False)]
fill = {}
for i, st in enumerate(bsn_styles):
    fill['{BSN%d}' % i] = fmt_bsn(bsn(rnd, st.startswith('plain8')), st)
for i, (cc, bank, grouped) in enumerate(ibans):
    v = iban(rnd, cc, bank)
    if grouped: v = ' '.join(v[j:j+4] for j in range(0, len(v), 4))
    if i == 5: v = v.lower()
    fill['{IBAN%d}' % i] = v

rows = []
for cat in ['NAME', 'BIRTHDATE', 'ID_NUMBER', 'ADDRESS', 'POSTCODE', 'BSN', 'PHONE', 'EMAIL', 'IBAN', 'URL']:
    for t in getattr(B, cat):
        for k, v in fill.items(): t = t.replace(k, v)
        spans = re.findall(r'«(.+?)»', t)
        sent = t.replace('«', '').replace('»', '')
        rows.append(('BLOCK', cat, ' || '.join(spans), sent))
for cat in ['PLACE', 'INSTITUTION', 'EVENT_DATE', 'PROFESSIONAL', 'AGE', 'ORG_NUMBER']:
    for t in getattr(A, cat):
        rows.append(('ALLOW', cat, '-', t))
random.Random(40).shuffle(rows)
with open(os.path.join(HERE, '..', 'sentences.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for n, r in enumerate(rows, 1):
        fh.write('B40-%03d\t%s\n' % (n, '\t'.join(r)))
print(len(rows), 'rows')
