import random
def bsn(rng, n=9):
    while True:
        d = [rng.randint(0, 9) for _ in range(n)]
        dd = ([0] + d) if n == 8 else d
        if dd[0] == 0 and n == 9: continue
        s = sum(w * x for w, x in zip(range(9, 1, -1), dd[:8])) - dd[8]
        if s % 11 == 0: return ''.join(map(str, d))
def iban(rng, bank, cc='NL', acclen=10):
    acc = ''.join(str(rng.randint(0, 9)) for _ in range(acclen))
    bb = bank + acc
    num = ''.join(str(int(c, 36)) for c in bb + cc + '00')
    chk = 98 - int(num) % 97
    return '%s%02d%s' % (cc, chk, bb)
def grp(s): return ' '.join(s[i:i+4] for i in range(0, len(s), 4))
