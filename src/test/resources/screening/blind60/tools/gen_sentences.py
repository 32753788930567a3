#!/usr/bin/env python3
"""Generates ../sentences.tsv (fixed seed). Run: python3 gen_sentences.py"""
import os, random, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sent_data as D
R = random.Random(60060)
def elf(d):
    if len(d) == 8: d = '0' + d
    return sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8]) == 0 or (sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])) % 11 == 0
def bsn(n=9):
    while True:
        d = str(R.randint(1, 9)) + ''.join(str(R.randint(0, 9)) for _ in range(n - 1))
        if elf(d): return d
def iban_check(cc, bban):
    num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
    return '%02d' % (98 - int(num) % 97)
def iban(cc, bank):
    if cc == 'NL':
        while True:
            acc = ''.join(str(R.randint(0, 9)) for _ in range(10))
            if acc[0] != '0' and sum((10 - i) * int(c) for i, c in enumerate(acc)) % 11 == 0: break
        bban = bank + acc
    else:
        bban = '00062' + '0' + ''.join(str(R.randint(0, 9)) for _ in range(16))
    return cc + iban_check(cc, bban) + bban
BANKS = {'ING': 'INGB', 'ABN': 'ABNA', 'RABO': 'RABO', 'SNS': 'SNSB', 'BUNQ': 'BUNQ', 'KNAB': 'KNAB', 'ASN': 'ASNB', 'TRIO': 'TRIO'}
def group4(s): return ' '.join(s[i:i+4] for i in range(0, len(s), 4))
def fill(line):
    def rb(m):
        k = m.group(1)
        d = bsn(8 if k == 'eight' else 9)
        v = {'plain': d, 'eight': d, 'dots': d[:4] + '.' + d[4:6] + '.' + d[6:], 'space': d[:3] + ' ' + d[3:6] + ' ' + d[6:],
             'dash': d[:3] + '-' + d[3:5] + '-' + d[5:]}[k]
        return '{{' + v + '}}'
    line = re.sub(r'<BSN:(\w+)>', rb, line)
    def ri(m):
        parts = m.group(1).split(':')
        if parts[0] == 'TR': v = iban('TR', None)
        else: v = iban('NL', BANKS[parts[1]])
        st = parts[-1]
        if st == 'spaced': v = group4(v)
        if st == 'lower': v = v.lower()
        return '{{' + v + '}}'
    return re.sub(r'<IBAN:([\w:]+)>', ri, line)
rows = []
for exp, cats in (('BLOCK', ['NAME', 'BIRTHDATE', 'ID_NUMBER', 'ADDRESS', 'POSTCODE', 'BSN', 'PHONE', 'EMAIL', 'IBAN', 'URL']),
                  ('ALLOW', ['PLACE', 'INSTITUTION', 'EVENT_DATE', 'PROFESSIONAL', 'AGE', 'ORG_NUMBER'])):
    for c in cats:
        for line in getattr(D, c).strip().split('\n'):
            line = fill(line.strip())
            spans = re.findall(r'\{\{(.+?)\}\}', line)
            sent = re.sub(r'\{\{(.+?)\}\}', r'\1', line)
            if exp == 'BLOCK': assert spans, line
            else: assert not spans, line
            rows.append((exp, c, ' || '.join(spans) if spans else '-', sent))
R.shuffle(rows)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sentences.tsv')
with open(out, 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, r in enumerate(rows, 1): fh.write('B60-%03d\t%s\n' % (i, '\t'.join(r)))
print(len(rows), 'rows')
