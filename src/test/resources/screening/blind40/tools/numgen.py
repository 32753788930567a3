"""Random BSNs (11-check) and IBANs (mod-97) for blind set 40."""
IBAN_LEN = {'NL': 18, 'DE': 22, 'PL': 28, 'RO': 24, 'BE': 16}

def elf(d):
    if len(d) == 8: d = '0' + d
    s = sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])
    return s % 11 == 0

def bsn(rnd, eight=False):
    while True:
        if eight:
            d = str(rnd.randint(10000000, 99999999))
        else:
            d = str(rnd.randint(100000000, 699999999))
        if elf(d): return d

def fmt_bsn(d, style):
    if style == 'dots' and len(d) == 9: return d[:3] + '.' + d[3:5] + '.' + d[5:]
    if style == 'dots4' and len(d) == 9: return d[:4] + '.' + d[4:6] + '.' + d[6:]
    if style == 'spaces' and len(d) == 9: return d[:3] + ' ' + d[3:6] + ' ' + d[6:]
    if style == 'spaces3' and len(d) == 9: return d[:2] + ' ' + d[2:4] + ' ' + d[4:6] + ' ' + d[6:]
    if style == 'dash' and len(d) == 9: return d[:4] + '-' + d[4:6] + '-' + d[6:]
    return d

def check_digits(cc, bban):
    num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
    return '%02d' % (98 - int(num) % 97)

def iban(rnd, cc, bank=None):
    n = IBAN_LEN[cc] - 4
    if cc == 'NL':
        bban = bank + ''.join(str(rnd.randint(0, 9)) for _ in range(10))
    elif cc == 'RO':
        bban = bank + ''.join(rnd.choice('0123456789ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(16))
    else:
        bban = ''.join(str(rnd.randint(0, 9)) for _ in range(n))
    return cc + check_digits(cc, bban) + bban
