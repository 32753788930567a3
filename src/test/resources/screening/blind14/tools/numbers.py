"""Generated numbers (fixed seed) for blind set 14."""
import random

def elfproef(d):
    if len(d) == 8: d = '0' + d
    return len(d) == 9 and sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) % 11 == int(d[8]) % 11 and \
        (sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])) % 11 == 0

def bsn(rng, n=9):
    while True:
        d = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(n - 1))
        if elfproef(d): return d

def iban_check(country, bban):
    num = ''.join(str(int(c, 36)) for c in bban + country + '00')
    return '%02d' % (98 - int(num) % 97)

def iban(rng, country):
    digs = lambda k: ''.join(str(rng.randint(0, 9)) for _ in range(k))
    letters = lambda k: ''.join(rng.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ') for _ in range(k))
    if country == 'NL':
        bank = rng.choice(['ABNA', 'RABO', 'INGB', 'SNSB', 'ASNB', 'TRIO', 'KNAB', 'BUNQ'])
        bban = bank + digs(10)
    elif country == 'BE':
        first = digs(10); c = int(first) % 97 or 97
        bban = first + '%02d' % c
    elif country == 'PL':
        bban = digs(24)
    elif country == 'RO':
        bban = rng.choice(['BTRL', 'RNCB', 'BRDE', 'INGB']) + 'RON' + digs(13)
    elif country == 'BG':
        bban = rng.choice(['UNCR', 'STSA', 'FINV']) + digs(6) + digs(8)
    return country + iban_check(country, bban) + bban

def group4(s): return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))

def rrn(rng, yy, mm, dd, after2000):
    seq = rng.randint(1, 997)
    base = '%02d%02d%02d%03d' % (yy, mm, dd, seq)
    c = 97 - (int(('2' if after2000 else '') + base) % 97)
    return base, '%02d' % c

def make(seed=14):
    rng = random.Random(seed)
    v = {}
    b = [bsn(rng) for _ in range(10)]
    v['BSN_PLAIN'] = b[0]; v['BSN_DOT'] = '%s.%s.%s' % (b[1][:4], b[1][4:6], b[1][6:])
    v['BSN_SP'] = '%s %s %s' % (b[2][:3], b[2][3:6], b[2][6:]); v['BSN_DASH'] = '%s-%s-%s' % (b[3][:3], b[3][3:6], b[3][6:])
    v['BSN_PLAIN2'] = b[4]; v['BSN8'] = bsn(rng, 8); v['BSN_SP2'] = '%s %s %s' % (b[5][:4], b[5][4:6], b[5][6:])
    v['BSN_PLAIN3'] = b[6]; v['BSN_PLAIN4'] = b[7]; v['BSN_DOT2'] = '%s.%s.%s' % (b[8][:3], b[8][3:6], b[8][6:])
    v['BSN_PLAIN5'] = b[9]
    base, c = rrn(rng, 85, 3, 12, False); v['RRN1'] = '%s.%s.%s-%s.%s' % (base[:2], base[2:4], base[4:6], base[6:], c)
    base, c = rrn(rng, 91, 11, 4, False); v['RRN2'] = base + c
    base, c = rrn(rng, 19, 6, 27, True); v['RRN3'] = '%s %s %s' % (base[:6], base[6:], c)
    d = lambda k: ''.join(str(rng.randint(0, 9)) for _ in range(k))
    v['D1'] = '2026-' + d(5); v['D2'] = d(7); v['D3'] = d(7); v['D4'] = '2026' + d(6); v['D5'] = '2026/' + d(4)
    v['D6'] = d(7); v['D7'] = d(6)
    v['PLPASS'] = 'E' + rng.choice('ABCDEFGHJKLMNPRSTZ') + d(7)
    v['ROID'] = 'MZ ' + d(6); v['BGID'] = '64' + d(7); v['VNR'] = '26' + d(8)
    v['PH1'] = '06-' + d(8); v['PH2'] = '+32 47%s %s %s %s' % (d(1), d(2), d(2), d(2)); v['PH3'] = '0165 - %s' % d(6)
    v['PH4'] = '+48 5%s %s %s' % (d(2), d(3), d(3)); v['PH5'] = '+31 (0)6 %s %s' % (d(4), d(4))
    v['PH6'] = '0032 49%s/%s.%s.%s' % (d(1), d(2), d(2), d(2)); v['PH7'] = '0031 6 %s' % d(8)
    v['PH8'] = '+359 88 %s %s' % (d(3), d(4)); v['PH9'] = '(0164) %s %s' % (d(3), d(3))
    v['PH10'] = '+40 7%s %s %s' % (d(2), d(3), d(3)); v['PH11'] = '06 %s %s %s %s' % (d(2), d(2), d(2), d(2))
    v['IBAN_NL1'] = iban(rng, 'NL'); v['IBAN_NL2'] = group4(iban(rng, 'NL')); v['IBAN_BE1'] = group4(iban(rng, 'BE'))
    v['IBAN_NL3'] = iban(rng, 'NL').lower(); v['IBAN_PL'] = group4(iban(rng, 'PL')); v['IBAN_BE2'] = iban(rng, 'BE')
    v['IBAN_RO'] = group4(iban(rng, 'RO')); v['IBAN_NL4'] = group4(iban(rng, 'NL')); v['IBAN_BG'] = iban(rng, 'BG')
    # numbers for DIRTY cards
    v['C_BSN'] = bsn(rng); v['C_BSN2'] = bsn(rng); v['C_IBAN'] = group4(iban(rng, 'BE')); v['C_IBAN2'] = iban(rng, 'NL')
    v['C_PH'] = '06-%s' % d(8); v['C_PH2'] = '+32 46%s %s %s %s' % (d(1), d(2), d(2), d(2)); v['C_PH3'] = '+48 6%s %s %s' % (d(2), d(3), d(3))
    base, c = rrn(rng, 88, 7, 19, False); v['C_RRN'] = '%s.%s.%s-%s.%s' % (base[:2], base[2:4], base[4:6], base[6:], c)
    v['C_D'] = d(7)
    return v
