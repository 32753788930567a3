"""BSN (11-check) and IBAN (mod-97) generators."""
LEN = {'NL': 18, 'PL': 28, 'RO': 24, 'BG': 22, 'BE': 16}
def elf(d):
    return sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])
def bsn(rng, length=9):
    while True:
        d = ('0' if length == 8 else '') + ''.join(rng.choice('0123456789') for _ in range(length))
        d = d[-9:]
        if length == 9 and d[0] == '0': continue
        if length == 8 and d[1] == '0': continue
        if elf(d) % 11 == 0: return d[-length:]
def _check(cc, bban):
    num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
    return '%02d' % (98 - int(num) % 97)
def iban(rng, cc, bank='', spaced=False):
    if cc == 'NL':
        while True:
            acc = ''.join(rng.choice('0123456789') for _ in range(10))
            if acc[0] != '0' and sum((10 - i) * int(c) for i, c in enumerate(acc)) % 11 == 0: break
        bban = bank + acc
    elif cc == 'RO':
        bban = 'BTRL' + ''.join(rng.choice('0123456789ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(16))
    elif cc == 'BG':
        bban = 'UNCR' + ''.join(rng.choice('0123456789') for _ in range(6)) + ''.join(rng.choice('0123456789') for _ in range(8))
    else:
        bban = ''.join(rng.choice('0123456789') for _ in range(LEN[cc] - 4))
    s = cc + _check(cc, bban) + bban
    assert len(s) == LEN[cc]
    if spaced: s = ' '.join(s[i:i + 4] for i in range(0, len(s), 4))
    return s
