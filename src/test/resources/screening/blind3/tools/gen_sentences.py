# Generates ../sentences.tsv from block_lines.py / allow_lines.py (fixed seeds).
import random, re, sys, os
sys.path.insert(0, os.path.dirname(__file__))
import block_lines as B, allow_lines as A

rng = random.Random(20261205)

def bsn(n=9):
    while True:
        d = [rng.randint(0, 9) for _ in range(n)]
        if n == 9 and d[0] == 0: continue
        if n == 8: full = [0] + d
        else: full = d
        s = sum(w * x for w, x in zip(range(9, 1, -1), full[:8])) - full[8]
        if s % 11 == 0 and (n == 9 or d[0] != 0):
            return ''.join(map(str, d))

def iban_check(country, bban):
    s = bban + country + '00'
    num = ''.join(str(int(c, 36)) for c in s)
    return '%02d' % (98 - int(num) % 97)

def nl_iban(bank):
    acc = ''.join(str(rng.randint(0, 9)) for _ in range(10))
    return 'NL' + iban_check('NL', bank + acc) + bank + acc

def group(s): return ' '.join(s[i:i+4] for i in range(0, len(s), 4))

def be_iban():
    first = ''.join(str(rng.randint(0, 9)) for _ in range(10))
    c = int(first) % 97 or 97
    bban = first + '%02d' % c
    return 'BE' + iban_check('BE', bban) + bban

def pl_iban():
    bban = ''.join(str(rng.randint(0, 9)) for _ in range(24))
    return 'PL' + iban_check('PL', bban) + bban

def fill(line):
    def rep(m):
        k = m.group(1)
        if k == 'BSN': return bsn()
        if k == 'BSN.': b = bsn(); return b[:3] + '.' + b[3:5] + '.' + b[5:]
        if k == 'BSN_': b = bsn(); return b[:4] + ' ' + b[4:6] + ' ' + b[6:]
        if k == 'BSN-': b = bsn(); return b[:3] + '-' + b[3:6] + '-' + b[6:]
        if k == 'BSN8': return bsn(8)
        if k == 'BSN8.': b = bsn(8); return b[:2] + '.' + b[2:5] + '.' + b[5:]
        if k.startswith('IBANg:'): return group(nl_iban(k[6:]))
        if k.startswith('IBANl:'): return group(nl_iban(k[6:])).lower()
        if k.startswith('IBAN:'): return nl_iban(k[5:])
        if k == 'IBANPL': return group(pl_iban())
        if k == 'IBANBE': return group(be_iban())
        raise KeyError(k)
    return re.sub(r'\{([A-Z]+[^}]*)\}', rep, line)

def main():
  rows = []
  for cat in ['NAME','BIRTHDATE','ID_NUMBER','ADDRESS','POSTCODE','BSN','PHONE','EMAIL','IBAN','URL']:
      for line in getattr(B, cat).strip().split('\n'):
          line = fill(line)
          spans = re.findall('«(.*?)»', line)
          sent = line.replace('«', '').replace('»', '')
          assert spans, line
          rows.append(['BLOCK', cat, ' || '.join(spans), sent])
  for cat in ['PLACE','INSTITUTION','EVENT_DATE','PROFESSIONAL','AGE','ORG_NUMBER']:
      for line in getattr(A, cat).strip().split('\n'):
          rows.append(['ALLOW', cat, '-', line])
  from collections import Counter
  print(Counter((r[0], r[1]) for r in rows), len(rows))
  random.Random(3).shuffle(rows)
  with open(os.path.join(os.path.dirname(__file__), '..', 'sentences.tsv'), 'w', encoding='utf-8') as f:
      f.write('id\texpect\tcategory\tspans\tsentence\n')
      for i, r in enumerate(rows, 1):
          f.write('B3-%03d\t' % i + '\t'.join(r) + '\n')

if __name__ == '__main__':
    main()
