"""Invented BSNs (11-check) and IBANs (mod-97)."""
def elf(d):
    if len(d) == 8: d = '0' + d
    return sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])

def bsn(rng, n=9):
    while True:
        d = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(n - 1))
        if elf(d) % 11 == 0: return d

def fmt_bsn(d, f):
    if f == 'dots': return d[:4] + '.' + d[4:6] + '.' + d[6:]
    if f == 'spaces': return d[:3] + ' ' + d[3:6] + ' ' + d[6:]
    if f == 'dash': return d[:3] + '-' + d[3:6] + '-' + d[6:]
    return d

LEN = {'NL': 18, 'PL': 28, 'DE': 22, 'BG': 22}
def iban(rng, cc, bank):
    n = LEN[cc] - 4 - len(bank)
    if cc == 'BG':
        body = bank + ''.join(str(rng.randint(0, 9)) for _ in range(6)) + ''.join(rng.choice('0123456789ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(n - 6))
    else:
        body = bank + ''.join(str(rng.randint(0, 9)) for _ in range(n))
    num = int(''.join(str(int(c, 36)) for c in body + cc + '00'))
    return cc + '%02d' % (98 - num % 97) + body

def fmt_iban(s, f):
    if f == 'grouped': return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))
    return s
