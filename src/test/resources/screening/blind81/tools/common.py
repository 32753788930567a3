import random
def elfproef(d):
    if len(d) == 8: d = '0' + d
    s = sum(w * int(x) for w, x in zip(range(9, 1, -1), d[:8])) - int(d[8])
    return s % 11 == 0
def make_bsn(rng, n=9):
    while True:
        d = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(n - 1))
        if elfproef(d): return d
def fmt_bsn(d, fmt):
    if fmt == 'dots': return d[:3] + '.' + d[3:6] + '.' + d[6:]
    if fmt == 'dots4': return d[:4] + '.' + d[4:6] + '.' + d[6:]
    if fmt == 'space': return d[:3] + ' ' + d[3:6] + ' ' + d[6:]
    if fmt == 'dash': return d[:3] + '-' + d[3:6] + '-' + d[6:]
    return d
def iban_check(cc, bban):
    num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
    return '%02d' % (98 - int(num) % 97)
def make_iban(rng, cc, bank):
    if cc == 'NL':
        while True:
            acct = ''.join(str(rng.randint(0, 9)) for _ in range(10))
            if acct[0] != '0' and sum((10 - i) * int(x) for i, x in enumerate(acct)) % 11 == 0: break
        bban = bank + acct
    elif cc == 'PL':
        bban = bank + ''.join(str(rng.randint(0, 9)) for _ in range(16))
    elif cc == 'BG':
        bban = bank + ''.join(str(rng.randint(0, 9)) for _ in range(6)) + ''.join(str(rng.randint(0, 9)) for _ in range(8))
    else:
        raise ValueError(cc)
    return cc + iban_check(cc, bban) + bban
def fmt_iban(s, fmt):
    if fmt == 'grp': return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))
    if fmt == 'lower': return s.lower()
    return s
