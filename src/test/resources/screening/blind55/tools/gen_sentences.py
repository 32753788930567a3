#!/usr/bin/env python3
"""Generate ../sentences.tsv for blind55 (fixed seed; re-running reproduces it byte for byte)."""
import os, random, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import block_lines as B, allow_lines as A

rng = random.Random(5501)

def elf(d):
    s = sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])
    return s % 11 == 0

def new_bsn(eight=False):
    while True:
        d = ('0' if eight else str(rng.randint(1, 9))) + ''.join(str(rng.randint(0, 9)) for _ in range(8))
        if elf(d) and (not eight or d[1] != '0'):
            return d[1:] if eight else d

def fmt_bsn(d, style):
    if style == 'dots': return d[:4] + '.' + d[4:6] + '.' + d[6:]
    if style == 'spaces': return d[:3] + ' ' + d[3:6] + ' ' + d[6:]
    if style == 'dash': return d[:3] + '-' + d[3:6] + '-' + d[6:]
    return d

BANKS = {'NL': ['ABNA', 'RABO', 'INGB', 'SNSB', 'ASNB', 'TRIO', 'KNAB', 'BUNQ', 'RBRB']}
BODY_LEN = {'DE': 18, 'BE': 12, 'PL': 24}

def new_iban(cc):
    if cc == 'NL':
        bban = rng.choice(BANKS['NL']) + ''.join(str(rng.randint(0, 9)) for _ in range(10))
    else:
        bban = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(BODY_LEN[cc] - 1))
    num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
    chk = 98 - int(num) % 97
    return cc + '%02d' % chk + bban

def fmt_iban(s, style):
    if style == 'grouped': return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))
    if style == 'lower': return s.lower()
    return s

def fill(line):
    def rep(m):
        k = m.group(1)
        if k == 'BSN8': return new_bsn(True)
        if k.startswith('BSN:'): return fmt_bsn(new_bsn(), k[4:])
        if k.startswith('IBAN:'):
            _, cc, st = k.split(':'); return fmt_iban(new_iban(cc), st)
        raise ValueError(k)
    return re.sub(r'\{([A-Z0-9:a-z]+)\}', rep, line)

def lines(block):
    return [l for l in block.strip('\n').split('\n') if l.strip()]

def main():
    rows = []
    for cat in ['NAME', 'BIRTHDATE', 'ID_NUMBER', 'ADDRESS', 'POSTCODE', 'BSN', 'PHONE', 'EMAIL', 'IBAN', 'URL']:
        for l in lines(getattr(B, cat)):
            l = fill(l.strip())
            spans = re.findall('«(.+?)»', l)
            sent = l.replace('«', '').replace('»', '')
            rows.append(('BLOCK', cat, ' || '.join(spans), sent))
    for cat in ['PLACE', 'INSTITUTION', 'EVENT_DATE', 'PROFESSIONAL', 'AGE', 'ORG_NUMBER']:
        for l in lines(getattr(A, cat)):
            rows.append(('ALLOW', cat, '-', l.strip()))
    rng2 = random.Random(55)
    rng2.shuffle(rows)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sentences.tsv')
    with open(out, 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('id\texpect\tcategory\tspans\tsentence\n')
        for i, r in enumerate(rows, 1):
            fh.write('B55-%03d\t%s\t%s\t%s\t%s\n' % ((i,) + r))
    print(len(rows), 'rows')

if __name__ == '__main__':
    main()
