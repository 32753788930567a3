#!/usr/bin/env python3
"""Generate random BSNs (kept only if they pass the 11-check) and IBANs with valid mod-97 (seed 4)."""
import random
rnd = random.Random(4)
def elf(d):
    if len(d) == 8: d = '0' + d
    return sum(w * int(x) for w, x in zip(range(9, 1, -1), d[:8])) - int(d[8]) if len(d) == 9 else None
bsns = []
while len(bsns) < 16:
    n = str(rnd.randint(10000000, 999999999))
    if elf(n) % 11 == 0: bsns.append(n)
print('BSN', bsns)
def iban(cc, bank, acct):
    bban = bank + acct
    num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
    chk = 98 - int(num) % 97
    return '%s%02d%s' % (cc, chk, bban)
out = []
for bank in ['ABNA', 'RABO', 'INGB', 'SNSB', 'TRIO', 'ASNB', 'KNAB', 'BUNQ', 'RBRB', 'REVO']:
    out.append(iban('NL', bank, '%010d' % rnd.randint(10**8, 10**10 - 1)))
out.append(iban('PT', '', '0035' + '%017d' % rnd.randint(10**15, 10**17-1)))
out.append(iban('HU', '', '117' + '%021d' % rnd.randint(10**19, 10**21-1)))
out.append(iban('BE', '', '%012d' % rnd.randint(10**11, 10**12-1)))
print('IBAN', out)
# org numbers that FAIL 11-check
orgs = []
while len(orgs) < 8:
    n = str(rnd.randint(10000000, 99999999))
    if elf(n) % 11 != 0: orgs.append(n)
print('ORG8', orgs)
