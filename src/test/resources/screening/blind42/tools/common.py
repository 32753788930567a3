import random, re
def elfproef(d):
    if len(d) == 8: d = '0' + d
    if len(d) != 9 or not d.isdigit(): return False
    return (sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])) % 11 == 0
def bsn(rng, n=9):
    while True:
        d = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(n - 1))
        if elfproef(d) and d not in ('000000000',): return d
def not_elf8(rng):
    while True:
        d = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(7))
        if not elfproef(d) and not elfproef(d + '0'): return d
def _check(country, bban):
    num = ''.join(str(int(c, 36)) for c in bban + country + '00')
    return '%02d' % (98 - int(num) % 97)
def iban(rng, country, bank):
    if country == 'NL':
        bban = bank + ''.join(str(rng.randint(0, 9)) for _ in range(10))
    elif country == 'PL':
        bban = bank + ''.join(str(rng.randint(0, 9)) for _ in range(16))
    elif country == 'BE':
        first = bank + ''.join(str(rng.randint(0, 9)) for _ in range(10 - len(bank)))
        r = int(first) % 97 or 97
        bban = first + '%02d' % r
    return country + _check(country, bban) + bban
def fmt_iban(s, f):
    if f == 'sp': return ' '.join(s[i:i+4] for i in range(0, len(s), 4))
    if f == 'lc': return s.lower()
    return s
def fill(text, rng):
    def rep(m):
        k = m.group(1)
        if k == 'BSN': return bsn(rng)
        if k == 'BSN8': return bsn(rng, 8)
        if k == 'BSNDOT': d = bsn(rng); return d[:4] + '.' + d[4:6] + '.' + d[6:]
        if k == 'BSNSP': d = bsn(rng); return d[:3] + ' ' + d[3:6] + ' ' + d[6:]
        if k == 'BSNDASH': d = bsn(rng); return d[:3] + '-' + d[3:6] + '-' + d[6:]
        if k in ('KVK', 'AGB'): return not_elf8(rng)
        if k.startswith('IBAN:'):
            _, c, b, f = k.split(':'); return fmt_iban(iban(rng, c, b), f)
        raise KeyError(k)
    return re.sub(r'\{([A-Za-z0-9:]+)\}', rep, text)
