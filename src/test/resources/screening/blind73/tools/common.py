import random
def elfproef(d):
    if len(d) == 8: d = '0' + d
    if len(d) != 9 or not d.isdigit() or d == '000000000': return False
    return (sum(w*int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])) % 11 == 0
def bsn(rng, n=9):
    while True:
        d = ''.join(rng.choice('0123456789') for _ in range(n))
        if d[0] != '0' and elfproef(d): return d
def nonbsn(rng, n=8):
    while True:
        d = ''.join(rng.choice('0123456789') for _ in range(n))
        if d[0] != '0' and not elfproef(d): return d
def iban(rng, cc='NL', bank='RABO', n=10):
    acc = ''.join(rng.choice('0123456789') for _ in range(n))
    body = bank + acc
    num = ''.join(str(int(c, 36)) for c in body + cc + '00')
    ck = 98 - int(num) % 97
    return '%s%02d%s' % (cc, ck, body)
def grp(s): return ' '.join(s[i:i+4] for i in range(0, len(s), 4))
