import random

def elfproef(d):
    if len(d) == 8: d = '0' + d
    if len(d) != 9: return False
    s = sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])
    return s % 11 == 0

def make_bsn(rng, eight=False):
    while True:
        if eight:
            d = str(rng.randint(10000000, 99999999))
        else:
            d = str(rng.randint(100000000, 399999999))
        if elfproef(d): return d

def fmt_bsn(d, style):
    if style == 'dots': return d[:4] + '.' + d[4:6] + '.' + d[6:]
    if style == 'spaces': return d[:3] + ' ' + d[3:6] + ' ' + d[6:]
    if style == 'dash': return d[:3] + '-' + d[3:5] + '-' + d[5:]
    return d

def iban_check(country, bban):
    num = ''.join(str(int(c, 36)) for c in bban + country + '00')
    return '%02d' % (98 - int(num) % 97)

def make_iban(rng, country='NL', bank='INGB'):
    if country == 'NL':
        bban = bank + ''.join(str(rng.randint(0, 9)) for _ in range(10))
    elif country == 'BG':
        bban = bank + ''.join(str(rng.randint(0, 9)) for _ in range(6)) + ''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ0123456789') for _ in range(8))
    elif country == 'PL':
        bban = ''.join(str(rng.randint(0, 9)) for _ in range(24))
    elif country == 'TR':
        bban = ''.join(str(rng.randint(0, 9)) for _ in range(22))
    return country + iban_check(country, bban) + bban

def group4(s): return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))

def org_number(rng):
    while True:
        d = str(rng.randint(30000000, 69999999))
        if not elfproef(d): return d
