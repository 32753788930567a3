#!/usr/bin/env python3
"""Generate ../sentences.tsv from block_lines.py and allow_lines.py (fixed seeds; byte-for-byte reproducible)."""
import os, re, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import block_lines as B, allow_lines as A

R = random.Random(70)

def elfproef(d):
    if len(d) == 8: d = '0' + d
    return sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8]) == 0 or \
        (sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])) % 11 == 0

def bsn(n=9):
    while True:
        d = str(R.randint(1, 9)) + ''.join(str(R.randint(0, 9)) for _ in range(n - 1))
        if elfproef(d): return d

def fmt_bsn(kind):
    if kind == '8': return bsn(8)
    d = bsn()
    if kind == '.': return '%s.%s.%s' % (d[:4], d[4:6], d[6:])
    if kind == ' ': return '%s %s %s' % (d[:3], d[3:6], d[6:])
    if kind == '-': return '%s-%s-%s' % (d[:3], d[3:6], d[6:])
    return d

def iban(cc, bank=None):
    if cc == 'NL': bban = bank + ''.join(str(R.randint(0, 9)) for _ in range(10))
    elif cc == 'BE': bban = ''.join(str(R.randint(0, 9)) for _ in range(12))
    elif cc == 'PL': bban = ''.join(str(R.randint(0, 9)) for _ in range(24))
    elif cc == 'RO': bban = 'BTRL' + ''.join(str(R.randint(0, 9)) for _ in range(16))
    num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
    return cc + '%02d' % (98 - int(num) % 97) + bban

def fmt_iban(spec):
    p = spec.split(':')
    cc = p[1]; bank = p[2] if cc == 'NL' else None; style = p[-1]
    s = iban(cc, bank)
    if style == 's': return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))
    if style == 'l': return s.lower()
    return s

def fill(line):
    line = re.sub(r'\{BSN([.\- 8]?)\}', lambda m: fmt_bsn(m.group(1)), line)
    line = re.sub(r'\{(IBAN:[^}]+)\}', lambda m: fmt_iban(m.group(1)), line)
    return line

def main():
  rows = []
  for cat in ['NAME', 'BIRTHDATE', 'ID_NUMBER', 'ADDRESS', 'POSTCODE', 'BSN', 'PHONE', 'EMAIL', 'IBAN', 'URL']:
      for line in getattr(B, cat):
          line = fill(line)
          spans = re.findall(r'«(.+?)»', line)
          sent = line.replace('«', '').replace('»', '')
          rows.append(('BLOCK', cat, ' || '.join(spans), sent))
  for cat in ['PLACE', 'INSTITUTION', 'EVENT_DATE', 'PROFESSIONAL', 'AGE', 'ORG_NUMBER']:
      for line in getattr(A, cat):
          rows.append(('ALLOW', cat, '-', line))
  random.Random(7070).shuffle(rows)
  out = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sentences.tsv')
  with open(out, 'w', encoding='utf-8', newline='\n') as fh:
      fh.write('id\texpect\tcategory\tspans\tsentence\n')
      for i, r in enumerate(rows, 1):
          fh.write('B70-%03d\t%s\n' % (i, '\t'.join(r)))
  print('wrote', len(rows), 'rows')

if __name__ == '__main__':
    main()
