import random, re
def elfproef(d):
    if len(d) == 8: d = '0' + d
    s = sum(w * int(x) for w, x in zip(range(9, 1, -1), d[:8])) - int(d[8])
    return s % 11 == 0
def make_bsn(rng, eight=False):
    while True:
        d = ('0' if eight else str(rng.randint(1, 9))) + ''.join(str(rng.randint(0, 9)) for _ in range(8))
        if d[1] == '0' and eight: continue
        if elfproef(d): return d[1:] if eight else d
def fmt_bsn(d, f):
    if f == 'dots': return '%s.%s.%s' % (d[:4], d[4:6], d[6:])
    if f == 'space': return '%s %s %s' % (d[:3], d[3:6], d[6:])
    if f == 'dash': return '%s-%s-%s' % (d[:3], d[3:6], d[6:])
    return d
def iban_check(cc, bban):
    num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
    return '%02d' % (98 - int(num) % 97)
def make_iban(rng, cc, bank):
    if cc == 'NL':
        while True:
            acc = ''.join(str(rng.randint(0, 9)) for _ in range(10))
            if acc[0] != '0' and sum((10 - i) * int(x) for i, x in enumerate(acc)) % 11 == 0: break
        bban = bank + acc
    elif cc == 'PL':
        bban = ''.join(str(rng.randint(0, 9)) for _ in range(24))
    s = cc + iban_check(cc, bban) + bban
    return s
def fmt_iban(s, f):
    g = ' '.join(s[i:i+4] for i in range(0, len(s), 4))
    return {'g': g, 'c': s, 'lc': s.lower()}[f]
def fill(line, rng):
    def rep(m):
        parts = m.group(1).split(':')
        if parts[0] == 'BSN':
            return fmt_bsn(make_bsn(rng, parts[1] == 'eight'), parts[1])
        return fmt_iban(make_iban(rng, parts[1], parts[2]), parts[3])
    return re.sub(r'\{((?:BSN|IBAN)[^}]*)\}', rep, line)
