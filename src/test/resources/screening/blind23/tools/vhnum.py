"""Invented numbers with valid checks (fixed seeds passed in by caller)."""
def elf(d):
    if len(d) == 8: d = '0' + d
    s = sum(w * int(x) for w, x in zip(range(9, 1, -1), d[:8])) - int(d[8])
    return s % 11 == 0

def bsn(rng, n=9):
    while True:
        d = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(n - 1))
        if elf(d): return d

def not_elf(rng, n=8):
    while True:
        d = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(n - 1))
        if not elf(d) and not elf(d[:8]) : return d

def iban(rng, cc='NL', bank='RABO', nacc=10):
    acc = ''.join(str(rng.randint(0, 9)) for _ in range(nacc))
    bban = bank + acc
    num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
    chk = 98 - int(num) % 97
    return '%s%02d%s' % (cc, chk, bban)

def spaced(s):
    return ' '.join(s[i:i+4] for i in range(0, len(s), 4))

def mobile(rng):
    return '06' + ''.join(str(rng.randint(0, 9)) for _ in range(8))
