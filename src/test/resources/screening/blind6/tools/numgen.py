#!/usr/bin/env python3
"""Generates random BSNs (kept only if they pass the 11-check) and IBANs with a valid mod-97 (fixed seed)."""
import random
rnd = random.Random(606)
def elf(d):
    if len(d) == 8: d = '0' + d
    return sum(w*int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])
def bsns(n, length=9):
    out = []
    while len(out) < n:
        d = str(rnd.randint(10**(length-1), 10**length - 1))
        if elf(d) % 11 == 0 and d not in out: out.append(d)
    return out
def iban(cc, bank, acct):
    bban = bank + acct
    num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
    chk = 98 - int(num) % 97
    return '%s%02d%s' % (cc, chk, bban)
if __name__ == '__main__':
    print('BSN9', bsns(14)); print('BSN8', bsns(3, 8))
    for b in ['ABNA', 'RABO', 'INGB', 'SNSB', 'TRIO', 'ASNB', 'KNAB', 'BUNQ', 'RBRB', 'FVLB', 'REVO']:
        print(iban('NL', b, '%010d' % rnd.randint(10**8, 10**10 - 1)))
    print(iban('DE', '', '%018d' % rnd.randint(10**17, 10**18 - 1)))
    print(iban('LT', '', '%016d' % rnd.randint(10**15, 10**16 - 1)))
    print(iban('BE', '', '%012d' % rnd.randint(10**11, 10**12 - 1)))
