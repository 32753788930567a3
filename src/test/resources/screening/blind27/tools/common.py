import random
def bsn(rng):
    while True:
        d = [rng.randint(0, 9) for _ in range(9)]
        if d[0] == 0: continue
        s = sum(w * x for w, x in zip(range(9, 1, -1), d[:8])) - d[8]
        if s % 11 == 0: return ''.join(map(str, d))
def iban(rng, cc='NL', bank=None):
    if cc == 'NL':
        bank = bank or rng.choice(['ABNA', 'RABO', 'INGB', 'SNSB', 'ASNB', 'KNAB', 'BUNQ', 'TRIO'])
        bban = bank + ''.join(str(rng.randint(0, 9)) for _ in range(10))
    elif cc == 'PL':
        bban = ''.join(str(rng.randint(0, 9)) for _ in range(24))
    elif cc == 'PT':
        bban = ''.join(str(rng.randint(0, 9)) for _ in range(21))
    else:  # LT
        bban = ''.join(str(rng.randint(0, 9)) for _ in range(16))
    num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
    ck = 98 - int(num) % 97
    return '%s%02d%s' % (cc, ck, bban)
def grp(s, n=4):
    return ' '.join(s[i:i+n] for i in range(0, len(s), n))
