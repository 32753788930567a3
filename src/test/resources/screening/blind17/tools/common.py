import random, re

def elfproef(d):
    if len(d) == 8: d = '0' + d
    if len(d) != 9 or not d.isdigit() or d == '000000000': return False
    return (sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])) % 11 == 0

def new_bsn(rng, eight=False):
    while True:
        d = ('0' if eight else str(rng.randint(1, 9))) + ''.join(str(rng.randint(0, 9)) for _ in range(8))
        if elfproef(d):
            return d[1:] if eight else d

def fmt_bsn(d, fmt):
    if fmt == 'dots': return d[:4] + '.' + d[4:6] + '.' + d[6:]
    if fmt == 'spaces': return d[:3] + ' ' + d[3:6] + ' ' + d[6:]
    if fmt == 'dash': return d[:3] + '-' + d[3:5] + '-' + d[5:]
    return d

def iban_check(cc, bban):
    num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
    return '%02d' % (98 - int(num) % 97)

def new_iban(rng, cc, bank, fmt):
    if cc == 'NL':
        bban = bank + ''.join(str(rng.randint(0, 9)) for _ in range(10))
    elif cc == 'PL':
        bban = ''.join(str(rng.randint(0, 9)) for _ in range(24))
    elif cc == 'BG':
        bban = 'UNCR' + ''.join(str(rng.randint(0, 9)) for _ in range(6)) + ''.join(rng.choice('0123456789ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(8))
    iban = cc + iban_check(cc, bban) + bban
    if fmt == 'grouped': return ' '.join(iban[i:i + 4] for i in range(0, len(iban), 4))
    if fmt == 'lower': return iban.lower()
    return iban

def fill(text, rng):
    def rep(m):
        parts = m.group(1).split(':')
        if parts[0] == 'BSN9': return fmt_bsn(new_bsn(rng), parts[1])
        if parts[0] == 'BSN8': return new_bsn(rng, eight=True)
        if parts[0] == 'IBAN': return new_iban(rng, parts[1], parts[2], parts[3])
        raise ValueError(m.group(0))
    return re.sub(r'\{([A-Z0-9]+(?::[^}]*)?)\}', rep, text)
