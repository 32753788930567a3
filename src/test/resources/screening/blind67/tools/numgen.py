"""Seeded generators: BSN passing the 11-check, IBAN with valid mod-97 (all invented)."""
BANK_NL = {'RABO', 'INGB', 'ABNA', 'SNSB', 'TRIO', 'ASNB', 'KNAB', 'BUNQ'}
LEN = {'PL': 24, 'RO': 16, 'HU': 24, 'BE': 12}   # length of BBAN part (digits/alnum after check digits)

def elf(d):
    if len(d) == 8: d = '0' + d
    return sum(w * int(x) for w, x in zip(range(9, 1, -1), d[:8])) - int(d[8])

def bsn(rng, fmt):
    n = 8 if fmt == '8' else 9
    while True:
        d = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(n - 1))
        if elf(d) % 11 == 0 and d[0] != '0': break
    if fmt == 'dots': return d[:4] + '.' + d[4:6] + '.' + d[6:]
    if fmt == 'space': return d[:3] + ' ' + d[3:6] + ' ' + d[6:]
    if fmt == 'dash': return d[:3] + '-' + d[3:6] + '-' + d[6:]
    return d

def check_digits(cc, bban):
    num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
    return '%02d' % (98 - int(num) % 97)

def iban(rng, cc, bank, fmt):
    if cc == 'NL':
        bban = bank + ''.join(str(rng.randint(0, 9)) for _ in range(10))
    elif cc == 'RO':
        bban = 'BTRL' + ''.join(str(rng.randint(0, 9)) for _ in range(16))
    else:
        bban = ''.join(str(rng.randint(0, 9)) for _ in range(LEN[cc]))
    s = cc + check_digits(cc, bban) + bban
    if fmt == 'grp': return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))
    if fmt == 'low': return s.lower()
    return s
