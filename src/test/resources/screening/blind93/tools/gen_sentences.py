#!/usr/bin/env python3
"""Generate ../sentences.tsv (fixed seed 93). Run from anywhere: python3 tools/gen_sentences.py"""
import os, random, re, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from block_lines import BLOCK
from allow_lines import ALLOW

def bsn(rng, n=9):
    while True:
        d = [rng.randint(0, 9) for _ in range(n)]
        if d[0] == 0: continue
        full = ([0] + d) if n == 8 else d
        s = sum(w * x for w, x in zip(range(9, 1, -1), full[:8])) - full[8]
        if s % 11 == 0: return ''.join(map(str, d))

def iban(rng, cc, bank, nacc):
    acc = ''.join(str(rng.randint(0, 9)) for _ in range(nacc))
    bban = bank + acc
    num = int(''.join(str(int(c, 36)) for c in bban + cc + '00'))
    return cc + '%02d' % (98 - num % 97) + bban

def group(s, n=4): return ' '.join(s[i:i + n] for i in range(0, len(s), n))

def fill(rng):
    b = [bsn(rng) for _ in range(11)]; b[4] = bsn(rng, 8)
    fm = {'BSN1': b[0], 'BSN2': b[1][:4] + '.' + b[1][4:6] + '.' + b[1][6:], 'BSN3': b[2][:3] + ' ' + b[2][3:6] + ' ' + b[2][6:],
          'BSN4': b[3][:3] + '-' + b[3][3:6] + '-' + b[3][6:], 'BSN5': b[4], 'BSN6': b[5], 'BSN7': b[6][:4] + ' ' + b[6][4:6] + ' ' + b[6][6:],
          'BSN8': b[7], 'BSN9': b[8], 'BSN10': b[9][:3] + '.' + b[9][3:6] + '.' + b[9][6:], 'BSN11': b[10]}
    i = [iban(rng, 'NL', 'RABO', 10), iban(rng, 'NL', 'INGB', 10), iban(rng, 'NL', 'ABNA', 10), iban(rng, 'NL', 'SNSB', 10),
         iban(rng, 'NL', 'ASNB', 10), iban(rng, 'PL', '10205558', 16), iban(rng, 'NL', 'BUNQ', 10), iban(rng, 'NL', 'KNAB', 10),
         iban(rng, 'RO', 'BTRL', 16)]
    fm.update({'IBAN1': group(i[0]), 'IBAN2': i[1], 'IBAN3': group(i[2]), 'IBAN4': i[3].lower(), 'IBAN5': group(i[4]),
               'IBAN6': group(i[5]), 'IBAN7': i[6], 'IBAN8': group(i[7]).lower(), 'IBAN9': group(i[8])})
    return fm

def main():
    rng = random.Random(93)
    fm = fill(rng)
    rows = []
    for cat, lines in BLOCK.items():
        for l in lines:
            l = l.format(**fm) if '{' in l else l
            spans = re.findall(r'«(.+?)»', l)
            assert spans, l
            rows.append(('BLOCK', cat, ' || '.join(spans), l.replace('«', '').replace('»', '')))
    for cat, lines in ALLOW.items():
        for l in lines:
            assert '«' not in l
            rows.append(('ALLOW', cat, '-', l))
    rng.shuffle(rows)
    out = os.path.join(HERE, '..', 'sentences.tsv')
    with open(out, 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('id\texpect\tcategory\tspans\tsentence\n')
        for n, r in enumerate(rows, 1):
            fh.write('B93-%03d\t%s\t%s\t%s\t%s\n' % ((n,) + r))
    print('wrote', len(rows), 'rows')

if __name__ == '__main__':
    main()
