# Deterministic generation of invented BSNs and IBANs (fixed seeds).
import random
def elf(d):
    return sum(w*int(x) for w,x in zip(range(9,1,-1), d[:8])) - int(d[8])
def bsn(rng, eight=False):
    while True:
        d = ('0' if eight else str(rng.randint(1,9))) + ''.join(str(rng.randint(0,9)) for _ in range(8))
        if eight and d[1] == '0': continue
        if elf(d) % 11 == 0 and d != '000000000':
            return d[1:] if eight else d
def iban_check(country, bban):
    num = ''.join(str(int(c,36)) for c in bban + country + '00')
    return '%02d' % (98 - int(num) % 97)
def iban(rng, country='NL', bank='RABO'):
    if country == 'NL': bban = bank + ''.join(str(rng.randint(0,9)) for _ in range(10))
    elif country == 'PL': bban = ''.join(str(rng.randint(0,9)) for _ in range(24))
    elif country == 'BG': bban = bank + ''.join(str(rng.randint(0,9)) for _ in range(14))
    elif country == 'DE': bban = ''.join(str(rng.randint(0,9)) for _ in range(18))
    return country + iban_check(country, bban) + bban
def spaced(s, n=4):
    return ' '.join(s[i:i+n] for i in range(0, len(s), n))
