# -*- coding: utf-8 -*-
"""Random but valid BSNs (11-check) and IBANs (mod-97) for blind set 91."""
def elfproef(d):
    if len(d) == 8: d = '0' + d
    s = sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])
    return len(d) == 9 and s % 11 == 0 and d != '000000000'

def bsn(rng, eight=False):
    while True:
        d = str(rng.randint(1000000, 99999999)) if eight else str(rng.randint(100000000, 699999999))
        if eight and len(d) != 8: continue
        if elfproef(d): return d

def fmt_bsn(d, f):
    if f in ('plain', '8'): return d
    if f == 'dots': return d[:4] + '.' + d[4:6] + '.' + d[6:]
    if f == 'space': return d[:3] + ' ' + d[3:6] + ' ' + d[6:]
    if f == 'dash': return d[:3] + '-' + d[3:6] + '-' + d[6:]
    raise ValueError(f)

def iban(rng, bank):
    acct = ''.join(str(rng.randint(0, 9)) for _ in range(10))
    num = ''.join(str(int(c, 36)) for c in bank + acct + 'NL00')
    chk = 98 - int(num) % 97
    return 'NL%02d%s%s' % (chk, bank, acct)

def fmt_iban(s, f):
    if f == 'compact': return s
    g = ' '.join(s[i:i + 4] for i in range(0, len(s), 4))
    if f == 'grouped': return g
    if f == 'lower': return g.lower()
    raise ValueError(f)
