"""Shared helpers for blind set 61 generators (standard library only)."""
import random, re

def elfproef(d):
    if len(d) == 8: d = '0' + d
    if len(d) != 9 or not d.isdigit() or d == '000000000': return False
    return (sum(w * int(x) for w, x in zip(range(9, 1, -1), d[:8])) - int(d[8])) % 11 == 0

def bsn(rng, n=9):
    while True:
        d = str(rng.randint(10 ** (n - 1), 10 ** n - 1))
        if n == 9 and d[0] == '0': continue
        if elfproef(d): return d

def not_elf(rng, n=8, prefix=''):
    while True:
        d = prefix + ''.join(str(rng.randint(0, 9)) for _ in range(n - len(prefix)))
        if d[0] != '0' and not elfproef(d) and not elfproef('0' + d[:8] if n == 8 else d): return d

def iban_check(country, bban):
    num = ''.join(str(int(c, 36)) for c in bban + country + '00')
    return '%02d' % (98 - int(num) % 97)

def iban(rng, country='NL', bank='RABO'):
    if country == 'NL':
        while True:
            acc = ''.join(str(rng.randint(0, 9)) for _ in range(10))
            if acc[0] != '0': break
        bban = bank + acc
    elif country == 'PL':
        bban = ''.join(str(rng.randint(0, 9)) for _ in range(24))
    elif country == 'BG':
        bban = bank + ''.join(str(rng.randint(0, 9)) for _ in range(6)) + ''.join(rng.choice('ABCDEFGHJK0123456789') for _ in range(8))
    elif country == 'RO':
        bban = bank + ''.join(rng.choice('0123456789ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(16))
    elif country == 'HU':
        bban = ''.join(str(rng.randint(0, 9)) for _ in range(24))
    return country + iban_check(country, bban) + bban

def group4(s):
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))

MARK = re.compile(r'«([^»]+)»')

def unmark(s):
    """'Moeder «Gosia» belde' -> ('Moeder Gosia belde', ['Gosia'])"""
    spans = MARK.findall(s)
    return MARK.sub(lambda m: m.group(1), s), spans
