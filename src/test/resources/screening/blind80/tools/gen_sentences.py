#!/usr/bin/env python3
"""Generate ../sentences.tsv (fixed seed 80)."""
import os, random, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import block_lines as B, allow_lines as A
rng = random.Random(80)
HERE = os.path.dirname(os.path.abspath(__file__))

def bsn():
    while True:
        d = [rng.randint(0, 9) for _ in range(9)]
        if d[0] == 0: continue
        if (sum(w * x for w, x in zip(range(9, 1, -1), d[:8])) - d[8]) % 11 == 0:
            return ''.join(map(str, d))
def fmt_bsn(s, k):
    return [s, s[:4] + '.' + s[4:6] + '.' + s[6:], s[:3] + ' ' + s[3:6] + ' ' + s[6:], s[:3] + '-' + s[3:6] + '-' + s[6:]][k % 4]
def iban(cc='NL', bank=None):
    bank = bank or rng.choice(['ABNA', 'RABO', 'INGB', 'SNSB', 'ASNB', 'TRIO', 'BUNQ', 'KNAB'])
    acct = ''.join(str(rng.randint(0, 9)) for _ in range(10))
    bban = bank + acct
    num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
    chk = 98 - int(num) % 97
    return cc + '%02d' % chk + bban
def spaced(s): return ' '.join(s[i:i+4] for i in range(0, len(s), 4))

rows = []
for cat in ['NAME', 'BIRTHDATE', 'ID_NUMBER', 'ADDRESS', 'POSTCODE', 'PHONE', 'EMAIL', 'URL']:
    for line in getattr(B, cat):
        spans = re.findall(r'«(.+?)»', line)
        sent = line.replace('«', '').replace('»', '')
        rows.append(('BLOCK', cat, ' || '.join(spans), sent))
for k, t in enumerate(A.BSN_T):
    v = fmt_bsn(bsn(), k); rows.append(('BLOCK', 'BSN', v, t.format(v)))
for k, t in enumerate(A.IBAN_T):
    v = iban(); v = spaced(v) if k % 2 else v
    rows.append(('BLOCK', 'IBAN', v, t.format(v)))
for cat in ['PLACE', 'INSTITUTION', 'EVENT_DATE', 'PROFESSIONAL', 'AGE', 'ORG_NUMBER']:
    for line in getattr(A, cat):
        rows.append(('ALLOW', cat, '-', line))
rng.shuffle(rows)
with open(os.path.join(HERE, '..', 'sentences.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for n, r in enumerate(rows, 1):
        fh.write('B80-%03d\t%s\n' % (n, '\t'.join(r)))
print(len(rows), 'rows')
