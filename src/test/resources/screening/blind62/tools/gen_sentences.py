#!/usr/bin/env python3
"""Generate ../sentences.tsv (fixed seeds; re-run reproduces it byte for byte)."""
import os, random, re
import block_lines as B, allow_lines as A
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.join(HERE, '..', 'sentences.tsv')

def elfproef(d):
    if len(d) == 8: d = '0' + d
    return sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8]) == 0 or \
        (sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])) % 11 == 0

def gen_bsn(rng):
    while True:
        d = str(rng.randint(100000000, 699999999))
        if elfproef(d): return d

def bsn_fmt(d, k):
    return [d, d[:4] + '.' + d[4:6] + '.' + d[6:], d[:3] + ' ' + d[3:6] + ' ' + d[6:], d[:3] + '-' + d[3:5] + '-' + d[5:], d][k % 5]

def iban(rng, cc, bank, nlen):
    acc = ''.join(str(rng.randint(0, 9)) for _ in range(nlen))
    bban = bank + acc
    num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
    return cc + '%02d' % (98 - int(num) % 97) + bban

def group(s): return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))

def main():
    rng = random.Random(62)
    subst = {}
    for i in range(1, 12):
        d = gen_bsn(rng)
        if i == 4:  # one 8-digit BSN
            while True:
                d = '0' + str(rng.randint(10000000, 99999999))
                if elfproef(d): break
            d = d[1:]
        subst['BSN%d' % i] = bsn_fmt(d, i) if len(d) == 9 else d
    specs = [('NL', 'RABO', 10, 'group'), ('NL', 'INGB', 10, 'plain'), ('NL', 'ABNA', 10, 'group'), ('NL', 'SNSB', 10, 'lower'),
             ('NL', 'TRIO', 10, 'plain'), ('NL', 'ASNB', 10, 'group'), ('BE', '', 12, 'group'), ('NL', 'KNAB', 10, 'plain'),
             ('DE', '', 18, 'group')]
    for i, (cc, bank, n, f) in enumerate(specs, 1):
        v = iban(rng, cc, bank, n)
        subst['IBAN%d' % i] = {'group': group(v), 'plain': v, 'lower': v.lower()}[f]
    rows = []
    for cat in ['NAME', 'BIRTHDATE', 'ID_NUMBER', 'ADDRESS', 'POSTCODE', 'BSN', 'PHONE', 'EMAIL', 'IBAN', 'URL']:
        for line in getattr(B, cat).split('\n'):
            if not line.strip(): continue
            line = line.format(**subst) if '{' in line else line
            spans = re.findall(r'«(.+?)»', line)
            sent = line.replace('«', '').replace('»', '').strip()
            rows.append(['BLOCK', cat, ' || '.join(dict.fromkeys(spans)), sent])
    for cat in ['PLACE', 'INSTITUTION', 'EVENT_DATE', 'PROFESSIONAL', 'AGE', 'ORG_NUMBER']:
        for line in getattr(A, cat).split('\n'):
            if line.strip(): rows.append(['ALLOW', cat, '-', line.strip()])
    random.Random(6262).shuffle(rows)
    with open(OUT, 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('id\texpect\tcategory\tspans\tsentence\n')
        for n, r in enumerate(rows, 1):
            fh.write('B62-%03d\t' % n + '\t'.join(r) + '\n')

if __name__ == '__main__':
    main()
