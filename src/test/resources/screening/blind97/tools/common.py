import random, re
def elfproef(d):
    if len(d) == 8: d = '0' + d
    if len(d) != 9 or not d.isdigit(): return False
    return (sum(w * int(x) for w, x in zip(range(9, 1, -1), d[:8])) - int(d[8])) % 11 == 0
def new_bsn(rng, eight=False):
    while True:
        d = ('0' if eight else str(rng.randint(1, 9))) + ''.join(str(rng.randint(0, 9)) for _ in range(8))
        if eight and d[1] == '0': continue
        if elfproef(d): return d[1:] if eight else d
def fmt_bsn(d, style):
    if style == 'dots': return d[:4] + '.' + d[4:6] + '.' + d[6:]
    if style == 'spaces': return d[:3] + ' ' + d[3:6] + ' ' + d[6:]
    if style == 'dash': return d[:3] + '-' + d[3:5] + '-' + d[5:]
    return d
def iban_check(cc, bban):
    num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
    return '%02d' % (98 - int(num) % 97)
def new_iban(rng, cc, bank=None):
    if cc == 'NL':
        bban = bank + ''.join(str(rng.randint(0, 9)) for _ in range(10))
    elif cc == 'BG':
        bban = bank + ''.join(str(rng.randint(0, 9)) for _ in range(6)) + ''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ0123456789') for _ in range(8))
    elif cc == 'PL':
        bban = ''.join(str(rng.randint(0, 9)) for _ in range(24))
    return cc + iban_check(cc, bban) + bban
def group4(s): return ' '.join(s[i:i+4] for i in range(0, len(s), 4))
