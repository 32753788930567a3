#!/usr/bin/env python3
"""Generate ../sentences.tsv for blind68 (fixed seed 68; re-running reproduces it byte for byte)."""
import os, random, re, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
import block_lines as B, allow_lines as A

def elf(d):
    if len(d) == 8: d = '0' + d
    return sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8]) if len(d) == 9 else None

def bsn(rng, n=9):
    while True:
        d = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(n - 1))
        if elf(d) % 11 == 0: return d

def fmt_bsn(d, f):
    if f == 'dots': return d[:4] + '.' + d[4:6] + '.' + d[6:]
    if f == 'spaces': return d[:3] + ' ' + d[3:6] + ' ' + d[6:]
    if f == 'dashes': return d[:3] + '-' + d[3:5] + '-' + d[5:]
    return d

def iban(rng, cc, bank):
    if cc == 'NL': bban = bank + ''.join(str(rng.randint(0, 9)) for _ in range(10))
    else: bban = ''.join(str(rng.randint(0, 9)) for _ in range(18))
    num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
    return cc + '%02d' % (98 - int(num) % 97) + bban

def fmt_iban(s, f):
    if f == 'grouped': return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))
    if f == 'lower': return s.lower()
    return s

def not_elf(rng, n=8):
    while True:
        d = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(n - 1))
        if elf(d) % 11 != 0: return d

def fill(line, rng):
    def rep(m):
        parts = m.group(1).split(':')
        if parts[0] == 'BSN':
            f = parts[1]
            return fmt_bsn(bsn(rng, 8), 'plain') if f == 'plain8' else fmt_bsn(bsn(rng), f)
        if parts[0] == 'IBAN':
            return fmt_iban(iban(rng, parts[1], parts[2]), parts[3])
        if parts[0] in ('KVK', 'AGB'): return not_elf(rng)
        raise ValueError(m.group(0))
    return re.sub(r'\{([A-Z]+(?::[A-Za-z0-9]*)*)\}', rep, line)

def lines(block):
    return [l for l in block.split('\n') if l.strip()]

def main():
    rng = random.Random(68)
    rows = []
    for cat in ['NAME', 'BIRTHDATE', 'ID_NUMBER', 'ADDRESS', 'POSTCODE', 'BSN', 'PHONE', 'EMAIL', 'IBAN', 'URL']:
        for l in lines(getattr(B, cat)):
            l = fill(l, rng)
            spans = re.findall('«(.+?)»', l)
            sent = l.replace('«', '').replace('»', '').strip()
            rows.append(('BLOCK', cat, ' || '.join(spans), sent))
    for cat in ['PLACE', 'INSTITUTION', 'EVENT_DATE', 'PROFESSIONAL', 'AGE', 'ORG_NUMBER']:
        for l in lines(getattr(A, cat)):
            rows.append(('ALLOW', cat, '-', fill(l, rng).strip()))
    random.Random(6868).shuffle(rows)
    out = ['id\texpect\tcategory\tspans\tsentence']
    for i, r in enumerate(rows, 1):
        out.append('B68-%03d\t%s' % (i, '\t'.join(r)))
    with open(os.path.join(HERE, '..', 'sentences.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(out) + '\n')
    print(len(rows), 'rows')

if __name__ == '__main__':
    main()
