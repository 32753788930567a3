import random, re

def elfproef(d):
    if len(d) == 8: d = '0' + d
    s = sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])
    return s % 11 == 0

def make_bsn(rng, n=9):
    while True:
        d = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(n - 1))
        if elfproef(d): return d

def make_iban(rng, bank, cc='NL', acclen=10):
    while True:
        if cc == 'NL':
            acc = ''.join(str(rng.randint(0, 9)) for _ in range(acclen))
            if acc[0] == '0': continue
            bban = bank + acc
        else:
            bban = ''.join(str(rng.randint(0, 9)) for _ in range(acclen))
        num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
        chk = 98 - int(num) % 97
        return '%s%02d%s' % (cc, chk, bban)

def group4(s):
    return ' '.join(s[i:i+4] for i in range(0, len(s), 4))

def spans_of(marked):
    """'[[x]]' marks spans; returns (plain sentence, [spans])"""
    spans = re.findall(r'\[\[(.+?)\]\]', marked)
    return marked.replace('[[', '').replace(']]', ''), spans
