"""Seeded generators for BSN (11-check) and IBAN (mod-97) numbers."""
import random

def elfproef(d):
    if len(d) == 8: d = '0' + d
    s = sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])
    return s % 11 == 0

def bsn(rng, eight=False):
    while True:
        if eight:
            d = '0' + str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(7))
        else:
            d = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(8))
        if elfproef(d) and d != '000000000':
            return d[1:] if eight else d

def fmt_bsn(d, fmt):
    if fmt in ('plain', 'eight'): return d
    if fmt == 'dots': return d[:4] + '.' + d[4:6] + '.' + d[6:]
    if fmt == 'space': return d[:3] + ' ' + d[3:6] + ' ' + d[6:]
    if fmt == 'dash': return d[:3] + '-' + d[3:6] + '-' + d[6:]
    if fmt == 'space4': return d[:4] + ' ' + d[4:6] + ' ' + d[6:]
    raise ValueError(fmt)

def _check(cc, bban):
    num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
    return '%02d' % (98 - int(num) % 97)

def iban(rng, cc, bank=''):
    if cc == 'NL':
        while True:   # 10-digit account that also passes the old bank 11-check
            acc = ''.join(str(rng.randint(0, 9)) for _ in range(10))
            if acc[0] != '0' and sum((10 - i) * int(c) for i, c in enumerate(acc)) % 11 == 0: break
        bban = bank + acc
    elif cc == 'BE':
        first = ''.join(str(rng.randint(0, 9)) for _ in range(10))
        chk = int(first) % 97 or 97
        bban = first + '%02d' % chk
    elif cc == 'PL':
        bban = ''.join(str(rng.randint(0, 9)) for _ in range(24))
    else:
        raise ValueError(cc)
    return cc + _check(cc, bban) + bban

def fmt_iban(s, fmt):
    if fmt == 'c': return s
    if fmt == 'g': return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))
    if fmt == 'lc': return s.lower()
    raise ValueError(fmt)
