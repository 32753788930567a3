"""Shared helpers: BSN (11-check) and IBAN (mod-97) generation, seeded."""
import random

def elfproef(d):
    if len(d) == 8: d = '0' + d
    if len(d) != 9 or not d.isdigit(): return False
    return (sum(w * int(x) for w, x in zip(range(9, 1, -1), d[:8])) - int(d[8])) % 11 == 0

def bsn(rng, eight=False):
    while True:
        if eight:
            d = '0' + str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(7))
        else:
            d = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(8))
        if elfproef(d):
            return d[1:] if eight else d

def fmt_bsn(d, style):
    if style == '.': return d[:4] + '.' + d[4:6] + '.' + d[6:]
    if style == '_': return d[:3] + ' ' + d[3:6] + ' ' + d[6:]
    if style == '-': return d[:3] + '-' + d[3:6] + '-' + d[6:]
    return d

def iban(rng, bank):
    if bank == 'DE':
        cc, bban = 'DE', ''.join(str(rng.randint(0, 9)) for _ in range(18))
    else:
        cc, bban = 'NL', bank + ''.join(str(rng.randint(0, 9)) for _ in range(10))
    num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
    chk = 98 - int(num) % 97
    return '%s%02d%s' % (cc, chk, bban)

def fmt_iban(s, style):
    if 'g' in style: s = ' '.join(s[i:i + 4] for i in range(0, len(s), 4))
    if 'l' in style: s = s.lower()
    return s
