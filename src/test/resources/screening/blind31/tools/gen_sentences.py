#!/usr/bin/env python3
"""Generate ../sentences.tsv (seed 31). Re-running reproduces it byte for byte."""
import os, random, re
import block_lines as B, allow_lines as A
HERE = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(31)

def elfproef(d):
    if len(d) == 8: d = '0' + d
    s = sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])
    return s % 11 == 0

def bsn(n9=True):
    while True:
        d = ''.join(rnd.choice('0123456789') for _ in range(9 if n9 else 8))
        if d[0] != '0' and elfproef(d): return d

def iban(cc, bank, n):
    acct = bank + ''.join(rnd.choice('0123456789') for _ in range(n))
    num = ''.join(str(int(c, 36)) for c in acct + cc + '00')
    chk = 98 - int(num) % 97
    return '%s%02d%s' % (cc, chk, acct)

def spaced(s): return ' '.join(s[i:i+4] for i in range(0, len(s), 4))

BSN_FMT = [lambda d: d, lambda d: '%s.%s.%s' % (d[:4], d[4:6], d[6:]), lambda d: '%s %s %s' % (d[:3], d[3:6], d[6:]),
           lambda d: '%s-%s-%s' % (d[:3], d[3:6], d[6:])]
def fill(line):
    if '{BSN}' in line:
        d = bsn(rnd.random() > 0.15)
        line = line.replace('{BSN}', rnd.choice(BSN_FMT)(d) if len(d) == 9 else d)
    if '{IBAN_NL}' in line:
        i = iban('NL', rnd.choice(['RABO', 'INGB', 'ABNA', 'SNSB', 'ASNB', 'BUNQ', 'TRIO']), 10)
        line = line.replace('{IBAN_NL}', spaced(i) if rnd.random() < 0.6 else i)
    if '{IBAN_PL}' in line:
        line = line.replace('{IBAN_PL}', spaced(iban('PL', '', 24)))
    if '{IBAN_BE}' in line:
        line = line.replace('{IBAN_BE}', spaced(iban('BE', '', 12)))
    return line

rows = []
for cat in ['NAME', 'BIRTHDATE', 'ID_NUMBER', 'ADDRESS', 'POSTCODE', 'BSN', 'PHONE', 'EMAIL', 'IBAN', 'URL']:
    for line in getattr(B, cat):
        line = fill(line)
        spans = re.findall('«(.*?)»', line)
        assert spans, line
        rows.append(('BLOCK', cat, ' || '.join(spans), line.replace('«', '').replace('»', '')))
for cat in ['PLACE', 'INSTITUTION', 'EVENT_DATE', 'PROFESSIONAL', 'AGE', 'ORG_NUMBER']:
    for line in getattr(A, cat):
        rows.append(('ALLOW', cat, '-', line))
rnd.shuffle(rows)
with open(os.path.join(HERE, '..', 'sentences.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, r in enumerate(rows, 1):
        fh.write('B31-%03d\t%s\n' % (i, '\t'.join(r)))
