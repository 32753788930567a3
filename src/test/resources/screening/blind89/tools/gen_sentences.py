#!/usr/bin/env python3
"""Generate ../sentences.tsv (blind89) from block_lines.py / allow_lines.py. Fixed seeds: reproducible."""
import os, random, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from block_lines import BLOCK
from allow_lines import ALLOW

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sentences.tsv')
rng = random.Random(8989)

def bsn(r, eight=False):
    while True:
        n = 8 if eight else 9
        d = [r.randint(0, 9) for _ in range(n)]
        if d[0] == 0: continue
        dd = ([0] + d) if eight else d
        s = sum(w * x for w, x in zip(range(9, 1, -1), dd[:8])) - dd[8]
        if s % 11 == 0: return ''.join(map(str, d))

def iban(r, cc, bban):
    num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
    chk = 98 - int(num) % 97
    return '%s%02d%s' % (cc, chk, bban)

def nl_bban(r, bank):
    while True:   # also passes the old bank 11-check
        acc = '%010d' % r.randint(10**8, 10**10 - 1)
        if sum((10 - i) * int(c) for i, c in enumerate(acc)) % 11 == 0: return bank + acc

def group(s): return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))

BSN_FMT = [lambda s: s, lambda s: s[:4] + '.' + s[4:6] + '.' + s[6:], lambda s: s, lambda s: s[:3] + ' ' + s[3:6] + ' ' + s[6:],
           lambda s: s, lambda s: s[:3] + '-' + s[3:6] + '-' + s[6:], 'EIGHT', lambda s: s[:3] + '.' + s[3:6] + '.' + s[6:],
           lambda s: s, lambda s: s[:2] + ' ' + s[2:5] + ' ' + s[5:], lambda s: s]

def make_bsns(r):
    out = []
    for f in BSN_FMT:
        if f == 'EIGHT': out.append(bsn(r, eight=True))
        else: out.append(f(bsn(r)))
    return out

def make_ibans(r):
    banks = ['RABO', 'INGB', 'ABNA', None, 'SNSB', 'PT', 'ASNB', 'ES', 'BUNQ']
    out = []
    for i, b in enumerate(banks):
        if b == 'PT': v = iban(r, 'PT', ''.join(str(r.randint(0, 9)) for _ in range(21)))
        elif b == 'ES': v = iban(r, 'ES', ''.join(str(r.randint(0, 9)) for _ in range(20)))
        elif b is None: v = iban(r, 'NL', nl_bban(r, 'TRIO'))
        else: v = iban(r, 'NL', nl_bban(r, b))
        if i in (1, 4, 5, 7): v = group(v)
        if i == 6: v = v.lower()
        out.append(v)
    return out

def main():
    bsns = make_bsns(rng); ibans = make_ibans(rng)
    rows = []
    for line in BLOCK.strip('\n').split('\n'):
        cat, sent = line.split('\t')
        if '{BSN}' in sent: sent = sent.replace('{BSN}', bsns.pop(0))
        if '{IBAN}' in sent: sent = sent.replace('{IBAN}', ibans.pop(0))
        spans = re.findall(r'«(.+?)»', sent)
        sent = sent.replace('«', '').replace('»', '')
        rows.append(['BLOCK', cat, ' || '.join(spans), sent])
    for line in ALLOW.strip('\n').split('\n'):
        cat, sent = line.split('\t')
        rows.append(['ALLOW', cat, '-', sent])
    random.Random(89).shuffle(rows)
    with open(OUT, 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('id\texpect\tcategory\tspans\tsentence\n')
        for i, r in enumerate(rows, 1):
            fh.write('B89-%03d\t%s\n' % (i, '\t'.join(r)))

if __name__ == '__main__':
    main()
