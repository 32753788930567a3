"""Shared helpers for blind set 66 (standard library only)."""
import random


def elfproef(d):
    if len(d) == 8:
        d = '0' + d
    if len(d) != 9 or not d.isdigit() or d == '000000000':
        return False
    s = sum(w * int(x) for w, x in zip(range(9, 1, -1), d[:8])) - int(d[8])
    return s % 11 == 0


def make_bsn(rng, eight=False):
    while True:
        n = 8 if eight else 9
        d = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(n - 1))
        if elfproef(d):
            return d


def fails_elf(rng, n=8):
    while True:
        d = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(n - 1))
        if not elfproef(d) and not elfproef(d[:8]) :
            return d


def iban_check(country, bban):
    num = ''.join(str(int(c, 36)) for c in bban + country + '00')
    return '%02d' % (98 - int(num) % 97)


def make_nl_iban(rng, bank):
    while True:
        acct = ''.join(str(rng.randint(0, 9)) for _ in range(10))
        if acct[0] == '0':
            continue
        bban = bank + acct
        return 'NL' + iban_check('NL', bban) + bban


def make_iban(rng, country, bban_len, prefix=''):
    bban = prefix + ''.join(str(rng.randint(0, 9)) for _ in range(bban_len - len(prefix)))
    return country + iban_check(country, bban) + bban


def group4(s):
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))


def digits(rng, n):
    return ''.join(str(rng.randint(0, 9)) for _ in range(n))
