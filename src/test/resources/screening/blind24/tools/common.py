import random
def bsn(rng):
    while True:
        d = [rng.randint(0, 9) for _ in range(9)]
        if d[0] == 0: continue
        s = sum(w * x for w, x in zip(range(9, 1, -1), d[:8])) - d[8]
        if s % 11 == 0: return ''.join(map(str, d))
def iban(rng, bank):
    acct = ''.join(str(rng.randint(0, 9)) for _ in range(10))
    bb = bank + acct
    num = int(''.join(str(int(c, 36)) for c in bb + 'NL00'))
    return 'NL%02d%s' % (98 - num % 97, bb)
def iban_sp(s): return ' '.join(s[i:i+4] for i in range(0, len(s), 4))
def elf(d):
    if len(d) == 8: d = '0' + d
    if len(d) != 9 or not d.isdigit(): return False
    return (sum(w * int(x) for w, x in zip(range(9, 1, -1), d[:8])) - int(d[8])) % 11 == 0
