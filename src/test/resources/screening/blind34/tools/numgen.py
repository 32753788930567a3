"""Random BSNs (11-check) and IBANs (mod-97), invented."""
def elf(d):
    return sum(w * int(x) for w, x in zip(range(9, 1, -1), d[:8])) - int(d[8])

def bsn(rng, sep='', eight=False):
    while True:
        d = ('0' if eight else str(rng.randint(1, 6))) + ''.join(str(rng.randint(0, 9)) for _ in range(8))
        if elf(d) % 11 == 0 and d != '000000000' and (not eight or d[1] != '0'):
            break
    if eight:
        return d[1:]
    if sep == '.':
        return d[:4] + '.' + d[4:6] + '.' + d[6:]
    if sep == ' ':
        return d[:3] + ' ' + d[3:6] + ' ' + d[6:]
    if sep == '-':
        return d[:3] + '-' + d[3:5] + '-' + d[5:]
    return d

def _check(country, bban):
    num = ''.join(str(int(c, 36)) for c in bban + country + '00')
    return '%02d' % (98 - int(num) % 97)

def iban(rng, country, bank, fmt=''):
    if country == 'NL':
        while True:  # account also passes the old bank 11-check
            acc = ''.join(str(rng.randint(0, 9)) for _ in range(10))
            if acc[0] != '0' and sum((10 - i) * int(c) for i, c in enumerate(acc)) % 11 == 0:
                break
        bban = bank + acc
    elif country == 'PL':
        bban = ''.join(str(rng.randint(0, 9)) for _ in range(24))
    elif country == 'DE':
        bban = ''.join(str(rng.randint(0, 9)) for _ in range(18))
    else:
        raise ValueError(country)
    s = country + _check(country, bban) + bban
    if fmt in ('sp', 'lc'):
        s = ' '.join(s[i:i + 4] for i in range(0, len(s), 4))
    if fmt == 'lc':
        s = s.lower()
    return s
