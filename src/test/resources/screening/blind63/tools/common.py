import random, re
def elfproef(d):
    if len(d) == 8: d = '0' + d
    if len(d) != 9 or not d.isdigit(): return False
    return (sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])) % 11 == 0
def make_bsn(rng, eight=False):
    while True:
        d = ('0' if eight else str(rng.randint(1, 9))) + ''.join(str(rng.randint(0, 9)) for _ in range(8))
        if eight and d[1] == '0': continue
        if elfproef(d): return d[1:] if eight else d
def fmt_bsn(d, style):
    if style in ('plain', '8'): return d
    if style == 'dots': return d[:4] + '.' + d[4:6] + '.' + d[6:]
    if style == 'spaces': return d[:3] + ' ' + d[3:6] + ' ' + d[6:]
    if style == 'dashes': return d[:3] + '-' + d[3:6] + '-' + d[6:]
def iban_check(cc, bban):
    num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
    return '%02d' % (98 - int(num) % 97)
def make_iban(rng, cc, bank):
    if cc == 'NL': bban = bank + ''.join(str(rng.randint(0, 9)) for _ in range(10))
    elif cc == 'PL': bban = ''.join(str(rng.randint(0, 9)) for _ in range(24))
    elif cc == 'RO': bban = bank + ''.join(rng.choice('0123456789ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(16))
    elif cc == 'BE': bban = ''.join(str(rng.randint(0, 9)) for _ in range(12))
    return cc + iban_check(cc, bban) + bban
def fmt_iban(s, style):
    if style == 'compact': return s
    g = ' '.join(s[i:i + 4] for i in range(0, len(s), 4))
    return g.lower() if style == 'lower' else g
def fill(text, rng):
    def rep(m):
        parts = m.group(1).split(':')
        if parts[0] == 'BSN': return fmt_bsn(make_bsn(rng, parts[1] == '8'), parts[1])
        return fmt_iban(make_iban(rng, parts[1], parts[2]), parts[3])
    return re.sub(r'\{((?:BSN|IBAN):[^}]+)\}', rep, text)
def spans(text):
    sp = re.findall(r'«(.*?)»', text)
    return sp, text.replace('«', '').replace('»', '')
