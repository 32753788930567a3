"""Random BSNs (11-check) and IBANs (mod-97) for blind set 39; all numbers invented."""
def elf(d):
    if len(d) == 8: d = '0' + d
    return d != '000000000' and (sum(w * int(x) for w, x in zip(range(9, 1, -1), d[:8])) - int(d[8])) % 11 == 0

def bsn(rng, fmt):
    n = 8 if fmt == '8' else 9
    while True:
        d = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(n - 1))
        if elf(d): break
    if fmt == 'dots': return '%s.%s.%s' % (d[:4], d[4:6], d[6:])
    if fmt == 'space': return '%s %s %s' % (d[:3], d[3:6], d[6:])
    if fmt == 'dash': return '%s-%s-%s' % (d[:3], d[3:6], d[6:])
    return d

def _check(cc, bban):
    num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
    return '%02d' % (98 - int(num) % 97)

def iban(rng, cc, bank, fmt):
    if cc == 'NL':
        bban = bank + ''.join(str(rng.randint(0, 9)) for _ in range(10))
    elif cc == 'PL':
        bban = ''.join(str(rng.randint(0, 9)) for _ in range(24))
    elif cc == 'BE':
        bban = ''.join(str(rng.randint(0, 9)) for _ in range(12))
    s = cc + _check(cc, bban) + bban
    if fmt == 'grouped': return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))
    if fmt == 'lower': return s.lower()
    return s
