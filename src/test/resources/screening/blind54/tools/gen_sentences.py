#!/usr/bin/env python3
"""Generate ../sentences.tsv for blind set 54 (fixed seed; re-run reproduces byte for byte)."""
import os, random, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import block_lines as B, allow_lines as A
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rng = random.Random(5454)

def elf(d):
    if len(d) == 8: d = '0' + d
    return sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8]) if len(d) == 9 else 1

def bsn(n=9):
    while True:
        d = str(rng.randint(10**(n-1), 10**n - 1))
        if elf(d) % 11 == 0 and (n == 8 or d[0] != '0'): return d

def fmt_bsn(f):
    if f == 'plain8': return bsn(8)
    d = bsn()
    return {'plain': d, 'dots': d[:4] + '.' + d[4:6] + '.' + d[6:], 'spaces': d[:3] + ' ' + d[3:6] + ' ' + d[6:],
            'dash': d[:3] + '-' + d[3:6] + '-' + d[6:]}[f]

BBAN = {'NL': lambda b: b + ''.join(str(rng.randint(0, 9)) for _ in range(10)),
        'DE': lambda b: ''.join(str(rng.randint(0, 9)) for _ in range(18)),
        'PL': lambda b: ''.join(str(rng.randint(0, 9)) for _ in range(24)),
        'BG': lambda b: 'UNCR' + ''.join(str(rng.randint(0, 9)) for _ in range(14))}
def iban(cc, bank, f):
    bban = BBAN[cc](bank)
    num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
    s = cc + '%02d' % (98 - int(num) % 97) + bban
    if f == 'grouped': return ' '.join(s[i:i+4] for i in range(0, len(s), 4))
    if f == 'lower': return s.lower()
    return s

def fill(line):
    line = re.sub(r'\{BSN:(\w+)\}', lambda m: fmt_bsn(m.group(1)), line)
    return re.sub(r'\{IBAN:(\w+):([\w-]+):(\w+)\}', lambda m: iban(*m.groups()), line)

def main():
  rows = []
  for cat in ['NAME', 'BIRTHDATE', 'ID_NUMBER', 'ADDRESS', 'POSTCODE', 'BSN', 'PHONE', 'EMAIL', 'IBAN', 'URL']:
      for line in getattr(B, cat):
          line = fill(line)
          spans = re.findall(r'«(.+?)»', line)
          rows.append(('BLOCK', cat, ' || '.join(spans), line.replace('«', '').replace('»', '')))
  for cat in ['PLACE', 'INSTITUTION', 'EVENT_DATE', 'PROFESSIONAL', 'AGE', 'ORG_NUMBER']:
      for line in getattr(A, cat):
          rows.append(('ALLOW', cat, '-', line))
  rng2 = random.Random(54)
  rng2.shuffle(rows)
  with open(os.path.join(HERE, 'sentences.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
      fh.write('id\texpect\tcategory\tspans\tsentence\n')
      for i, r in enumerate(rows, 1):
          fh.write('B54-%03d\t%s\t%s\t%s\t%s\n' % ((i,) + r))
  print('wrote', len(rows))

if __name__ == '__main__':
    main()
