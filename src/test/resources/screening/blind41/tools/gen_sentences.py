#!/usr/bin/env python3
"""Generate ../sentences.tsv (fixed seeds; byte-for-byte reproducible)."""
import os, random, re, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
import block_lines as B, allow_lines as A

def elf(d):
    if len(d) == 8: d = '0' + d
    return d != '000000000' and (sum(w*int(x) for w, x in zip(range(9, 1, -1), d[:8])) - int(d[8])) % 11 == 0

def bsn(rng, n=9):
    while True:
        d = str(rng.randint(10**(n-1), 10**n - 1))
        if elf(d): return d

def iban(rng, cc, bank, nlen):
    while True:
        acct = ''.join(str(rng.randint(0, 9)) for _ in range(nlen))
        if cc == 'NL' and not elf9_10(acct): continue
        if cc == 'BE':
            acct = acct[:10] + '%02d' % (int(acct[:10]) % 97 or 97)
        bban = bank + acct
        num = int(''.join(str(int(c, 36)) for c in bban + cc + '00'))
        return cc + '%02d' % (98 - num % 97) + bban

def elf9_10(a):  # old Dutch bank account 11-check on 10 digits
    return sum((10 - i) * int(c) for i, c in enumerate(a)) % 11 == 0

def group(s): return ' '.join(s[i:i+4] for i in range(0, len(s), 4))

def values():
    rng = random.Random(4141)
    v = {}
    bs = [bsn(rng) for _ in range(11)]
    bs[5] = bsn(rng, 8)
    fm = [lambda x: x, lambda x: x[:4]+'.'+x[4:6]+'.'+x[6:], lambda x: x[:3]+' '+x[3:6]+' '+x[6:],
          lambda x: x, lambda x: x[:3]+'-'+x[3:6]+'-'+x[6:], lambda x: x, lambda x: x[:4]+' '+x[4:],
          lambda x: x, lambda x: x[:2]+'.'+x[2:5]+'.'+x[5:], lambda x: x, lambda x: x[:3]+'.'+x[3:6]+'.'+x[6:]]
    for i in range(11): v['BSN%d' % (i+1)] = fm[i](bs[i])
    banks = ['RABO', 'INGB', 'ABNA', 'SNSB', 'ASNB', 'BUNQ']
    forms = [group, lambda x: x, lambda x: group(x).lower(), group, lambda x: x, group]
    for i, b in enumerate(banks):
        v['IBAN_NL%d' % (i+1)] = forms[i](iban(rng, 'NL', b, 10))
    v['IBAN_DE'] = group(iban(rng, 'DE', '39050000', 10))
    v['IBAN_BE'] = group(iban(rng, 'BE', '', 12))
    v['IBAN_PL'] = iban(rng, 'PL', '10901014', 16)
    return v

def main():
    v = values()
    rows = []
    for mod, exp in ((B, 'BLOCK'), (A, 'ALLOW')):
        for cat, text in vars(mod).items():
            if not cat.isupper(): continue
            for line in text.split('\n'):
                if not line.strip(): continue
                line = re.sub(r'\{(\w+)\}', lambda m: v[m.group(1)], line.strip())
                spans = re.findall(r'«(.+?)»', line)
                sent = line.replace('«', '').replace('»', '')
                rows.append((exp, cat, ' || '.join(spans) if exp == 'BLOCK' else '-', sent))
    random.Random(41).shuffle(rows)
    with open(os.path.join(HERE, '..', 'sentences.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('id\texpect\tcategory\tspans\tsentence\n')
        for i, r in enumerate(rows, 1):
            fh.write('B41-%03d\t%s\n' % (i, '\t'.join(r)))

if __name__ == '__main__':
    main()
