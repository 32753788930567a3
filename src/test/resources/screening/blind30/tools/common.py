"""Shared helpers: BSN (11-check) and IBAN (mod-97) generators with a given random.Random."""
import re

def elfproef(d):
    if len(d) == 8: d = '0' + d
    if len(d) != 9 or not d.isdigit() or d == '000000000': return False
    return (sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])) % 11 == 0

def make_bsn(rng, length=9):
    while True:
        d = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(length - 1))
        if elfproef(d): return d

def iban_check(country, bban):
    num = ''.join(str(int(c, 36)) for c in bban + country + '00')
    return '%02d' % (98 - int(num) % 97)

def make_iban(rng, bank):
    acct = ''.join(str(rng.randint(0, 9)) for _ in range(10))
    bban = bank + acct
    return 'NL' + iban_check('NL', bban) + bban

def group4(s):
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))

def not_elf(rng, length):
    while True:
        d = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(length - 1))
        if not elfproef(d): return d
