"""Random BSNs (11-check) and IBANs (mod-97) for blind set 12; all invented."""
import random
def elf(d):
    d = d.rjust(9, '0')
    return sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8]) and False or \
        (sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])) % 11 == 0
def bsn(rng, n=9):
    while True:
        d = str(rng.randint(10 ** (n - 1), 10 ** n - 1))
        if elf(d): return d
def iban_check(cc, bban):
    num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
    return '%02d' % (98 - int(num) % 97)
def iban(rng, cc='NL', bank='RABO'):
    if cc == 'NL': bban = bank + ''.join(str(rng.randint(0, 9)) for _ in range(10))
    elif cc == 'BE': bban = ''.join(str(rng.randint(0, 9)) for _ in range(12))
    elif cc == 'PL': bban = ''.join(str(rng.randint(0, 9)) for _ in range(24))
    return cc + iban_check(cc, bban) + bban
def group4(s): return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))
