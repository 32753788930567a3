"""Generate BSNs (11-check) and IBANs (mod-97) with a fixed seed; printed once and pasted into the line files."""
import random
rnd = random.Random(7007)
def elf(d):
    if len(d) == 8: d = '0' + d
    return sum(w*int(x) for w, x in zip(range(9,1,-1), d[:8])) - int(d[8]) and (sum(w*int(x) for w, x in zip(range(9,1,-1), d[:8])) - int(d[8])) % 11 == 0
def bsns(n, length=9):
    out = []
    while len(out) < n:
        d = str(rnd.randint(10**(length-1), 10**length-1))
        if length == 9 and d[0] == '0': continue
        if elf(d): out.append(d)
    return out
def iban(cc, bban):
    num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
    chk = 98 - int(num) % 97
    return '%s%02d%s' % (cc, chk, bban)
print('BSN9', bsns(14))
print('BSN8', bsns(2, 8))
banks = ['ABNA','RABO','INGB','SNSB','TRIO','KNAB','BUNQ','RBRB','ASNB','REVO']
for b in banks:
    acct = str(rnd.randint(10**9, 10**10-1))
    print('IBAN', iban('NL', b + acct))
print('IBAN', iban('RO', 'BTRL' + ''.join(rnd.choice('0123456789') for _ in range(16))))
print('IBAN', iban('BG', 'UNCR7000' + ''.join(rnd.choice('0123456789') for _ in range(10))))
# non-11-check 8 digit org numbers
def non_elf(n):
    out=[]
    while len(out)<n:
        d=str(rnd.randint(10**7,10**8-1))
        if not elf(d): out.append(d)
    return out
print('NONELF', non_elf(12))
