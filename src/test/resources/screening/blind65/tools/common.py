# Shared helpers: BSN (11-check) and IBAN (mod-97) generators.
import random

def elfproef(d):
    if len(d) == 8: d = '0' + d
    s = sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])
    return s % 11 == 0

def gen_bsn(rng, eight=False):
    while True:
        if eight:
            d = str(rng.randint(10000000, 99999999))
        else:
            d = str(rng.randint(100000000, 999999999))
        if elfproef(d):
            return d

def fmt_bsn(d, style):
    if style == 'dots' and len(d) == 9: return d[:4] + '.' + d[4:6] + '.' + d[6:]
    if style == 'spaces' and len(d) == 9: return d[:3] + ' ' + d[3:6] + ' ' + d[6:]
    if style == 'dashes' and len(d) == 9: return d[:3] + '-' + d[3:5] + '-' + d[5:]
    return d

def _check(cc, bban):
    num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
    return '%02d' % (98 - int(num) % 97)

BBAN = {'NL': (4, 10), 'PL': (0, 24), 'RO': (4, 16), 'LT': (0, 16), 'BE': (0, 12)}

def gen_iban(rng, cc, bank):
    blen, nlen = BBAN[cc]
    if cc == 'RO':
        body = bank + ''.join(rng.choice('0123456789ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(nlen))
    elif cc == 'NL':
        while True:   # account number also passes the old bank 11-check
            acc = '%010d' % rng.randint(100000000, 9999999999)
            if sum((10 - i) * int(c) for i, c in enumerate(acc)) % 11 == 0: break
        body = bank + acc
    else:
        body = ''.join(rng.choice('0123456789') for _ in range(nlen))
    return cc + _check(cc, body) + body

def fmt_iban(s, style):
    if style == 'grouped': return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))
    if style == 'lower': return s.lower()
    return s
