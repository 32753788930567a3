#!/usr/bin/env python3
# Generates ../sentences.tsv byte for byte (seed 44).
import os, random, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import block_lines, allow_lines
from vhknumbers import bsn, iban, spaced
HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(4401)
B = []
for i in range(11):
    d = bsn(rng, eight=(i in (4, 9)))
    if i == 1: d = d[:4] + '.' + d[4:6] + '.' + d[6:]
    elif i == 3: d = d[:3] + ' ' + d[3:6] + ' ' + d[6:]
    elif i == 6: d = d[:3] + '-' + d[3:6] + '-' + d[6:]
    elif i == 8: d = d[:2] + '.' + d[2:5] + '.' + d[5:]
    B.append(d)
I = []
spec = [('NL','RABO',1), ('NL','INGB',0), ('NL','ABNA',1), ('NL','SNSB',0), ('PL','',1), ('BG','UNCR',1),
        ('NL','TRIO',1), ('NL','ASNB',0), ('DE','',1)]
for c, bank, sp in spec:
    x = iban(rng, c, bank)
    I.append(spaced(x) if sp else x)
subs = {('B%d' % i): v for i, v in enumerate(B)}
subs.update({('I%d' % i): v for i, v in enumerate(I)})
rows = []
for cat in ['NAME','BIRTHDATE','ID_NUMBER','ADDRESS','POSTCODE','BSN','PHONE','EMAIL','IBAN','URL']:
    for line in getattr(block_lines, cat).strip().split('\n'):
        line = re.sub(r'\{([BI]\d+)\}', lambda m: subs[m.group(1)], line)
        spans = re.findall(r'«(.+?)»', line)
        sent = line.replace('«', '').replace('»', '')
        rows.append(('BLOCK', cat, ' || '.join(spans), sent))
for cat in ['PLACE','INSTITUTION','EVENT_DATE','PROFESSIONAL','AGE','ORG_NUMBER']:
    for line in getattr(allow_lines, cat).strip().split('\n'):
        rows.append(('ALLOW', cat, '-', line))
random.Random(44).shuffle(rows)
with open(os.path.join(HERE, '..', 'sentences.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for n, r in enumerate(rows, 1):
        fh.write('B44-%03d\t%s\n' % (n, '\t'.join(r)))
