"""Random BSN (11-check) and IBAN (mod-97) generators for blind set 48."""
def elfproef(d):
    if len(d) == 8: d = '0' + d
    return len(d) == 9 and d != '000000000' and (sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])) % 11 == 0

def make_bsn(rng, eight=False):
    while True:
        d = str(rng.randint(10000000, 99999999)) if eight else str(rng.randint(100000000, 799999999))
        if elfproef(d): return d

BBAN = {'NL': ('A4', 10), 'PL': ('', 24), 'RO': ('A4', 16), 'BE': ('', 12)}
def make_iban(rng, cc, bank=None):
    import string
    if cc == 'NL':
        while True:
            acc = ''.join(rng.choice('0123456789') for _ in range(10))
            if acc[0] != '0' and sum((10 - i) * int(c) for i, c in enumerate(acc)) % 11 == 0: break
        bban = bank + acc
    elif cc == 'RO':
        bban = rng.choice(['BTRL', 'BRDE', 'RNCB']) + ''.join(rng.choice('0123456789') for _ in range(16))
    else:
        bban = ''.join(rng.choice('0123456789') for _ in range(BBAN[cc][1]))
    num = int(''.join(str(int(c, 36)) for c in bban + cc + '00'))
    return '%s%02d%s' % (cc, 98 - num % 97, bban)
