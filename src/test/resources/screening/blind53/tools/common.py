import random, re
def elf(d):
    if len(d) == 8: d = '0' + d
    return len(d) == 9 and d != '0'*9 and (sum(w*int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])) % 11 == 0
def make_bsn(rng, eight=False):
    while True:
        d = ('0' if eight else str(rng.randint(1, 9))) + ''.join(str(rng.randint(0, 9)) for _ in range(8))
        if elf(d): return d[1:] if eight else d
def fmt_bsn(d, f):
    if f == 'dots': return d[:4] + '.' + d[4:6] + '.' + d[6:]
    if f == 'spaces': return d[:3] + ' ' + d[3:6] + ' ' + d[6:]
    if f == 'dash': return d[:3] + '-' + d[3:5] + '-' + d[5:]
    return d
def iban_check(cc, bban):
    num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
    return '%02d' % (98 - int(num) % 97)
def make_iban(rng, cc, bank):
    if cc == 'NL':
        while True:  # account number also passes the old bank 11-check
            acc = ''.join(str(rng.randint(0, 9)) for _ in range(10))
            if acc[0] != '0' and sum((10-i)*int(c) for i, c in enumerate(acc)) % 11 == 0: break
        bban = bank + acc
    elif cc == 'BE':
        a = ''.join(str(rng.randint(0, 9)) for _ in range(10)); r = int(a) % 97 or 97
        bban = a + '%02d' % r
    else:  # PL
        bban = ''.join(str(rng.randint(0, 9)) for _ in range(24))
    return cc + iban_check(cc, bban) + bban
def fmt_iban(s, f):
    if f == 'grouped': return ' '.join(s[i:i+4] for i in range(0, len(s), 4))
    if f == 'lower': return s.lower()
    return s
