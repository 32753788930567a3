"""Random but valid invented numbers (BSN 11-check, IBAN mod-97, Belgian rijksregisternummer)."""
import random

def elf(d):
    if len(d) == 8: d = '0' + d
    s = sum(w * int(x) for w, x in zip(range(9, 1, -1), d[:8])) - int(d[8])
    return s % 11 == 0

def bsn(rng, n=9):
    while True:
        d = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(n - 1))
        if elf(d): return d

def fmt_bsn(d, f):
    if f == 'plain' or f == 'plain8': return d
    if f == 'dot': return d[:4] + '.' + d[4:6] + '.' + d[6:]
    if f == 'space': return d[:3] + ' ' + d[3:6] + ' ' + d[6:]
    if f == 'dash': return d[:3] + '-' + d[3:6] + '-' + d[6:]
    raise ValueError(f)

def iban_check(cc, bban):
    num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
    return '%02d' % (98 - int(num) % 97)

def iban(rng, cc, bank=''):
    if cc == 'NL':
        while True:
            acc = ''.join(str(rng.randint(0, 9)) for _ in range(10))
            if acc[0] != '0' and sum((10 - i) * int(x) for i, x in enumerate(acc)) % 11 == 0: break
        bban = bank + acc
    elif cc == 'BE':
        b = ''.join(str(rng.randint(0, 9)) for _ in range(10))
        r = int(b) % 97 or 97
        bban = b + '%02d' % r
    elif cc == 'PL':
        bban = ''.join(str(rng.randint(0, 9)) for _ in range(24))
    return cc + iban_check(cc, bban) + bban

def fmt_iban(s, f):
    if f == 'plain': return s
    g = ' '.join(s[i:i + 4] for i in range(0, len(s), 4))
    if f == 'grp': return g
    if f == 'lower': return s.lower()
    raise ValueError(f)

def rrn(rng, y, m, d, after2000):
    seq = rng.randint(1, 997)
    base = '%02d%02d%02d%03d' % (y % 100, m, d, seq)
    n = int(('2' if after2000 else '') + base)
    c = 97 - n % 97
    return '%02d.%02d.%02d-%03d.%02d' % (y % 100, m, d, seq, c)
