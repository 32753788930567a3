import random
def elfproef(d):
    if len(d) == 8: d = '0' + d
    s = sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])
    return s % 11 == 0
def make_bsn(rng, n=9):
    while True:
        d = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(n - 1))
        if elfproef(d): return d
def make_iban(rng, bank):
    acct = ''.join(str(rng.randint(0, 9)) for _ in range(10))
    bb = bank + acct
    num = ''.join(str(int(c, 36)) for c in bb + 'NL00')
    chk = 98 - int(num) % 97
    return 'NL%02d%s' % (chk, bb)
def group4(s): return ' '.join(s[i:i+4] for i in range(0, len(s), 4))
