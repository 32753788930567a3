"""Seeded generators for BSN (11-check) and IBAN (mod-97) values."""
import random

def elfproef(d):
    if len(d) == 8: d = '0' + d
    return (sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])) % 11 == 0

def bsn(rng, eight=False):
    while True:
        if eight:
            d = '0' + ''.join(rng.choice('0123456789') for _ in range(8))
            if d[1] == '0': continue
        else:
            d = str(rng.randint(1, 9)) + ''.join(rng.choice('0123456789') for _ in range(8))
        if elfproef(d):
            return d[1:] if eight else d

def fmt_bsn(d, style):
    if style == '.': return d[:4] + '.' + d[4:6] + '.' + d[6:]
    if style == ' ': return d[:3] + ' ' + d[3:6] + ' ' + d[6:]
    if style == '-': return d[:3] + '-' + d[3:6] + '-' + d[6:]
    return d

def iban_nl(rng, bank):
    acc = ''.join(rng.choice('0123456789') for _ in range(10))
    body = bank + acc
    num = ''.join(str(int(c, 36)) for c in body + 'NL00')
    chk = 98 - int(num) % 97
    return 'NL%02d%s' % (chk, body)

def fmt_iban(s, style):
    if style == 'g': return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))
    if style == 'l': return s.lower()
    return s
