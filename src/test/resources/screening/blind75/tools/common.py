import random
def elf(d):
    if len(d) == 8: d = '0' + d
    s = sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])
    return s % 11 == 0 and d != '000000000'
def bsn(rng, n=9):
    while True:
        d = ''.join(str(rng.randrange(10)) for _ in range(n))
        if d[0] != '0' and elf(d): return d
def nonelf(rng, n=8):
    while True:
        d = str(rng.randrange(10**(n-1), 10**n))
        if not elf(d): return d
def iban(rng, cc, bban):
    num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
    return cc + '%02d' % (98 - int(num) % 97) + bban
def nl_iban(rng, bank):
    return iban(rng, 'NL', bank + ''.join(str(rng.randrange(10)) for _ in range(10)))
def group(s):
    return ' '.join(s[i:i+4] for i in range(0, len(s), 4))
