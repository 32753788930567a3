"""Seeded generators for BSNs (11-check) and IBANs (mod-97). All numbers are random and invented."""
import random

def elfproef(d):
    if len(d) == 8: d = '0' + d
    s = sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])
    return s % 11 == 0

def iban_check(country, bban):
    num = ''.join(str(int(c, 36)) for c in bban + country + '00')
    return '%02d' % (98 - int(num) % 97)

class NumGen:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def bsn(self, style):
        while True:
            if style == 'eight':
                d = str(self.r.randint(10000000, 99999999))
            else:
                d = str(self.r.randint(100000000, 999999999))
            if elfproef(d): break
        if style == 'dots': return '%s.%s.%s' % (d[:4], d[4:6], d[6:])
        if style == 'spaces': return '%s %s %s' % (d[:3], d[3:6], d[6:])
        if style == 'dash': return '%s-%s-%s' % (d[:3], d[3:5], d[5:])
        return d

    def iban(self, bank, style):
        if bank == 'PL':
            bban = ''.join(str(self.r.randint(0, 9)) for _ in range(24)); cc = 'PL'
        else:
            while True:   # 10-digit account that also passes the old bank 11-check (weights 10..1)
                acc = str(self.r.randint(1000000000, 9999999999))
                if sum(w * int(c) for w, c in zip(range(10, 0, -1), acc)) % 11 == 0: break
            bban = bank + acc; cc = 'NL'
        s = cc + iban_check(cc, bban) + bban
        if style in ('group', 'lower'):
            s = ' '.join(s[i:i + 4] for i in range(0, len(s), 4))
        if style == 'lower': s = s.lower()
        return s
