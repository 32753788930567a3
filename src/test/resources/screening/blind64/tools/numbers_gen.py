"""Random BSNs (11-check) and IBANs (mod-97), deterministic per seed."""
import random

def elfproef(d):
    if len(d) == 8: d = '0' + d
    return len(d) == 9 and d != '000000000' and (sum(w * int(x) for w, x in zip(range(9, 1, -1), d[:8])) - int(d[8])) % 11 == 0

def iban_check(country, bban):
    num = ''.join(str(int(c, 36)) for c in bban + country + '00')
    return '%02d' % (98 - int(num) % 97)

def group4(s):
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))

class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
    def bsn(self, fmt):
        while True:
            if fmt == 'eight':
                d = str(self.r.randint(10000000, 99999999))
            else:
                d = str(self.r.randint(100000000, 999999999))
            if elfproef(d): break
        if fmt == 'dots': return d[:4] + '.' + d[4:6] + '.' + d[6:]
        if fmt == 'spaces': return d[:3] + ' ' + d[3:6] + ' ' + d[6:]
        if fmt == 'spaces2': return d[:4] + ' ' + d[4:6] + ' ' + d[6:]
        if fmt == 'dash': return d[:3] + '-' + d[3:6] + '-' + d[6:]
        return d
    def iban(self, fmt):
        parts = fmt.split('_')
        country = parts[0]
        if country == 'NL':
            bank = parts[1]; style = parts[2]
            while True:   # 10-digit account that also passes the old bank 11-check
                acc = '%010d' % self.r.randint(100000000, 9999999999)
                if sum((10 - i) * int(c) for i, c in enumerate(acc)) % 11 == 0: break
            bban = bank + acc
        elif country == 'BE':
            style = parts[1]
            base = self.r.randint(10 ** 9, 10 ** 10 - 1)
            chk = base % 97 or 97
            bban = '%010d%02d' % (base, chk)
        elif country == 'TR':
            style = parts[1]
            bban = '%05d0%016d' % (self.r.randint(10, 99999), self.r.randint(10 ** 15, 10 ** 16 - 1))
        s = country + iban_check(country, bban) + bban
        if style == 'grouped': return group4(s)
        if style == 'lower': return s.lower()
        return s
