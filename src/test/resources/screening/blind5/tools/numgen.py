"""Generate random valid BSNs (11-check) and IBANs (mod-97), fixed seed. Output pasted into block_lines.py."""
import random
r = random.Random(5005)
def elf(d):
    d = d.zfill(9)
    return sum(w*int(c) for w, c in zip(range(9,1,-1), d[:8])) - int(d[8])
def bsns(n, length=9):
    out = []
    while len(out) < n:
        d = str(r.randint(10**(length-1), 10**length-1))
        if elf(d) % 11 == 0: out.append(d)
    return out
def iban(cc, bban):
    num = ''.join(str(int(c,36)) for c in bban + cc + '00')
    return '%s%02d%s' % (cc, 98 - int(num) % 97, bban)
print(bsns(12), bsns(2, 8))
for bank in ['ABNA','RABO','INGB','SNSB','ASNB','KNAB','BUNQ','TRIO','RBRB']:
    print(iban('NL', bank + '%010d' % r.randint(10**8, 10**10-1)))
print(iban('DE', '%018d' % r.randint(10**17, 10**18-1)))
print(iban('TR', '00062' + '0' + '%016d' % r.randint(10**15, 10**16-1)))
print(iban('BE', '%012d' % r.randint(10**11, 10**12-1)))
print(iban('ES', '%020d' % r.randint(10**19, 10**20-1)))
