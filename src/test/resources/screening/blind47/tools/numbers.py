# -*- coding: utf-8 -*-
"""Number generators (invented, check digits valid)."""
import re

def elfproef(d):
    if len(d) == 8: d = '0' + d
    if len(d) != 9 or not d.isdigit() or d == '000000000': return False
    return (sum(w * int(x) for w, x in zip(range(9, 1, -1), d[:8])) - int(d[8])) % 11 == 0

def bsn(rng, eight=False):
    while True:
        d = ('0' if eight else str(rng.randint(1, 3))) + ''.join(str(rng.randint(0, 9)) for _ in range(8))
        if elfproef(d) and not (eight and d[1] == '0'):
            return d[1:] if eight else d

def fmt_bsn(d, style):
    if style == '.': return '%s.%s.%s' % (d[:4], d[4:6], d[6:])
    if style == '-': return '%s-%s-%s' % (d[:3], d[3:6], d[6:])
    if style == 's': return '%s %s %s' % (d[:3], d[3:6], d[6:])
    return d

def iban_check(cc, bban):
    num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
    return '%02d' % (98 - int(num) % 97)

def iban_nl(rng, bank):
    while True:
        acc = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(9))
        if sum((10 - i) * int(c) for i, c in enumerate(acc)) % 11 == 0: break
    bban = bank + acc
    return 'NL' + iban_check('NL', bban) + bban

def iban_be(rng):
    acc = str(rng.choice([0, 1, 3, 7, 9])) + ''.join(str(rng.randint(0, 9)) for _ in range(9))
    ck = int(acc) % 97 or 97
    bban = acc + '%02d' % ck
    return 'BE' + iban_check('BE', bban) + bban

def group4(s):
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))

def rrn(rng, year, compact=False):
    m = rng.randint(1, 12); d = rng.randint(1, 28); seq = rng.randint(1, 997)
    base = '%02d%02d%02d%03d' % (year % 100, m, d, seq)
    ck = 97 - (int(('2' + base) if year >= 2000 else base) % 97)
    s = base + '%02d' % ck
    if compact: return s
    return '%s.%s.%s-%s.%s' % (s[:2], s[2:4], s[4:6], s[6:9], s[9:])

def kbo(rng):
    while True:
        first = '0' + str(rng.randint(2, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(6))
        s = first + '%02d' % (97 - int(first) % 97)
        return '%s.%s.%s' % (s[:4], s[4:7], s[7:])

def not11(rng, n):
    while True:
        d = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(n - 1))
        if not elfproef(d): return d
