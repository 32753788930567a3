#!/usr/bin/env python3
"""Generate ../sentences.tsv (fixed seeds). Run: python3 tools/gen_sentences.py"""
import os, random, re, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
import block_lines as B, allow_lines as A
from vhnum import bsn, not_elf, iban, spaced, mobile

rng = random.Random(2323)
def D(n): return str(rng.randint(10 ** (n - 1), 10 ** n - 1))
EMAILS = ['w.vandenberg83@hotmail.com', 'aartkodde@kpnmail.nl', 'hendrikje.schuurman@gmail.com', 'jannigje2011@live.nl',
          'familie.hoekman.urk@ziggo.nl', 'trijntje.h76@gmail.com', 'vanholten.gezin@solcon.nl', 'sander_ooms_1990@outlook.com',
          'opa.l.kool@caiway.net']
IBANS = [spaced(iban(rng, 'NL', 'RABO')), iban(rng, 'NL', 'INGB'), spaced(iban(rng, 'NL', 'ABNA')), iban(rng, 'NL', 'SNSB'),
         spaced(iban(rng, 'NL', 'TRIO')), iban(rng, 'NL', 'ASNB'), spaced(iban(rng, 'BE', '', 12)), spaced(iban(rng, 'NL', 'RBRB')),
         iban(rng, 'NL', 'KNAB')]
def fill(t):
    def rep(m):
        k = m.group(1)
        if k == 'BSN': return bsn(rng)
        if k == 'BSN8': return bsn(rng, 8)
        if k == 'BSN_DOT': b = bsn(rng); return b[:4] + '.' + b[4:6] + '.' + b[6:]
        if k == 'BSN_SP': b = bsn(rng); return b[:3] + ' ' + b[3:6] + ' ' + b[6:]
        if k == 'MOB': return mobile(rng)
        if k == 'MOB_DASH': m_ = mobile(rng); return m_[:2] + '-' + m_[2:]
        if k == 'MOB_SP': return D(4) + ' ' + D(4)
        if k == 'MOB9': return '6' + D(8)
        if k == 'MOB_PAIR': return ' '.join(D(2) for _ in range(4))
        if k.startswith('EM'): return EMAILS[int(k[2:]) - 1]
        if k.startswith('IB'): return IBANS[int(k[2:]) - 1]
        if k in ('KVK', 'AGB', 'RSIN'): return not_elf(rng, 9 if k == 'RSIN' else 8)
        if k == 'L6': return D(6)
        if k == 'L7': return D(7)
        if k == 'V10': return D(10)
        if k == 'ID_Y': return 'YK' + D(6)
        if k in ('PASS1', 'PASS2'): return ''.join(rng.choice('NPBJ') for _ in range(2)) + rng.choice('FHKLR') + D(6)[:5] + rng.choice('0123456789')
        if k == 'VD': return 'V' + D(8)
        if k[0] == 'D': return D(int(k[1:]))
        raise KeyError(k)
    return re.sub(r'\{(\w+)\}', rep, t)

rows = []
for cat in ['NAME', 'BIRTHDATE', 'ID_NUMBER', 'ADDRESS', 'POSTCODE', 'BSN', 'PHONE', 'EMAIL', 'IBAN', 'URL']:
    for line in getattr(B, cat).strip('\n').split('\n'):
        line = fill(line)
        spans = re.findall('«(.+?)»', line)
        rows.append(('BLOCK', cat, ' || '.join(spans), line.replace('«', '').replace('»', '')))
for cat in ['PLACE', 'INSTITUTION', 'EVENT_DATE', 'PROFESSIONAL', 'AGE', 'ORG_NUMBER']:
    for line in getattr(A, cat).strip('\n').split('\n'):
        rows.append(('ALLOW', cat, '-', fill(line)))
random.Random(23).shuffle(rows)
with open(os.path.join(HERE, '..', 'sentences.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, r in enumerate(rows, 1):
        fh.write('B23-%03d\t%s\n' % (i, '\t'.join(r)))
print(len(rows), 'rows')
