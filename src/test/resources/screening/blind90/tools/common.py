# -*- coding: utf-8 -*-
import random
def elfproef(d):
    if len(d) == 8: d = '0' + d
    s = sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])
    return s % 11 == 0
def make_bsn(rng, eight=False):
    while True:
        if eight:
            d = str(rng.randint(10000000, 99999999))
        else:
            d = str(rng.randint(100000000, 699999999))
        if elfproef(d): return d
def fmt_bsn(d, f):
    if f in ('plain', 'eight'): return d
    if f == 'dots': return d[:4] + '.' + d[4:6] + '.' + d[6:]
    if f == 'spaces': return d[:3] + ' ' + d[3:6] + ' ' + d[6:]
    if f == 'dash': return d[:3] + '-' + d[3:6] + '-' + d[6:]
def iban_check(cc, bban):
    num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
    return '%02d' % (98 - int(num) % 97)
def make_iban(rng, cc):
    if cc == 'NL':
        bank = rng.choice(['ABNA', 'RABO', 'INGB', 'SNSB', 'ASNB', 'TRIO', 'BUNQ', 'KNAB'])
        while True:  # account number also passes the old Dutch bank 11-check
            acc = ''.join(str(rng.randint(0, 9)) for _ in range(10))
            if acc[0] != '0' and sum(w * int(c) for w, c in zip(range(10, 0, -1), acc)) % 11 == 0: break
        bban = bank + acc
    elif cc == 'DE':
        bban = ''.join(str(rng.randint(0, 9)) for _ in range(18))
    elif cc == 'PL':
        bban = ''.join(str(rng.randint(0, 9)) for _ in range(24))
    elif cc == 'BE':
        n = rng.randint(1000000000, 9999999999)  # Belgian national check: last two digits = first ten mod 97
        bban = '%010d%02d' % (n, n % 97 or 97)
    return cc + iban_check(cc, bban) + bban
def fmt_iban(s, f):
    if f == 'compact': return s
    g = ' '.join(s[i:i + 4] for i in range(0, len(s), 4))
    return g.lower() if f == 'lower' else g
