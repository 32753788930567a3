# -*- coding: utf-8 -*-
"""Generate ../sentences.tsv (seed 47). Run: python3 tools/gen_sentences.py"""
import os, random, re, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
import block_lines, allow_lines, numbers as N

rng = random.Random(47)

def fill(s):
    def rep(m):
        k = m.group(1)
        if k.startswith('BSN8'): return N.bsn(rng, eight=True)
        if k.startswith('BSN'): return N.fmt_bsn(N.bsn(rng), k[3:])
        if k.startswith('IBAN_BEs'): return N.group4(N.iban_be(rng))
        if k.startswith('IBAN_BE'): return N.iban_be(rng)
        if k.startswith('IBAN_NLs'): return N.group4(N.iban_nl(rng, k.split(':')[1]))
        if k.startswith('IBAN_NL'): return N.iban_nl(rng, k.split(':')[1])
        if k.startswith('RRNc'): return N.rrn(rng, int(k.split('.')[1]), compact=True)
        if k.startswith('RRN'): return N.rrn(rng, int(k.split('.')[1]))
        if k == 'KBO': return N.kbo(rng)
        if k == 'AGB': return N.not11(rng, 8)
        if k == 'KVK': return N.not11(rng, 8)
        raise KeyError(k)
    return re.sub(r'\{([A-Za-z0-9_.:-]+)\}', rep, s)

rows = []
for cat in ['NAME', 'BIRTHDATE', 'ID_NUMBER', 'ADDRESS', 'POSTCODE', 'BSN', 'PHONE', 'EMAIL', 'IBAN', 'URL']:
    for line in getattr(block_lines, cat).strip().split('\n'):
        line = fill(line)
        spans = re.findall(r'«(.+?)»', line)
        rows.append(('BLOCK', cat, ' || '.join(spans), line.replace('«', '').replace('»', '')))
for cat in ['PLACE', 'INSTITUTION', 'EVENT_DATE', 'PROFESSIONAL', 'AGE', 'ORG_NUMBER']:
    for line in getattr(allow_lines, cat).strip().split('\n'):
        rows.append(('ALLOW', cat, '-', fill(line)))
rng2 = random.Random(4747)
rng2.shuffle(rows)
with open(os.path.join(HERE, '..', 'sentences.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, r in enumerate(rows, 1):
        fh.write('B47-%03d\t%s\n' % (i, '\t'.join(r)))
print(len(rows), 'rows')
