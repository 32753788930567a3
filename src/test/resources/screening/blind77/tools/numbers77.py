"""Random personal-data-shaped numbers (all invented)."""
def elf(d):
    if len(d) == 8: d = '0' + d
    return (sum(w * int(x) for w, x in zip(range(9, 1, -1), d[:8])) - int(d[8])) % 11 == 0

def bsn(rng, n=9):
    while True:
        d = ''.join(str(rng.randint(0, 9)) for _ in range(n))
        if d[0] != '0' and elf(d): return d

def kvk(rng):  # 8 digits that FAIL the 11-check (so not BSN-shaped)
    while True:
        d = str(rng.randint(10000000, 99999999))
        if not elf(d): return d

def agb(rng):
    while True:
        d = '0' + str(rng.randint(1000000, 9999999))
        if not elf(d): return d

BANKLEN = {'NL': 10, 'GB': 14, 'TR': 22}
def iban(rng, cc, bank=None):
    if cc == 'NL':
        while True:
            acct = ''.join(str(rng.randint(0, 9)) for _ in range(10))
            if acct[0] != '0' and sum((10 - i) * int(x) for i, x in enumerate(acct)) % 11 == 0: break
        bban = bank + acct
    elif cc == 'GB':
        bban = 'BARC' + ''.join(str(rng.randint(0, 9)) for _ in range(14))
    elif cc == 'TR':
        bban = ''.join(str(rng.randint(0, 9)) for _ in range(22))
    num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
    chk = 98 - int(num) % 97
    return cc + '%02d' % chk + bban
