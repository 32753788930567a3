#!/usr/bin/env python3
"""Generate ../sentences.tsv from block_lines.py and allow_lines.py (fixed seeds). Run from anywhere."""
import os, random, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import block_lines as B, allow_lines as A

rng = random.Random(1616)

def elf(d):
    if len(d) == 8: d = '0' + d
    return sum(w * int(c) for w, c in zip(range(9, 1, -1), d[:8])) - int(d[8])

def gen_bsn(n=9):
    while True:
        first = str(rng.randint(1, 9)) if n == 9 else str(rng.randint(1, 9))
        d = first + ''.join(str(rng.randint(0, 9)) for _ in range(n - 1))
        if elf(d) % 11 == 0: return d

def iban(cc, bban):
    num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
    return '%s%02d%s' % (cc, 98 - int(num) % 97, bban)

def digits(n): return ''.join(str(rng.randint(0, 9)) for _ in range(n))

def gen_iban_nl(bank):
    while True:
        acc = digits(10)
        if elf(acc[1:]) % 11 == 0 or True:   # old bank 11-check not required
            return iban('NL', bank + acc)

def gen_iban_de(): return iban('DE', rng.choice(['39050000', '39060180', '44050199', '37050198', '40351060']) + digits(10))
def gen_iban_be(): return iban('BE', digits(12))
def group4(s): return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))

EMAILS = ['juergen.schmitz1979@gmx.de', 'dagmar.kr@web.de', 'mama.noah2025@hotmail.com', 'klausd.bikes@t-online.de',
          'oma.leng.kerkrade@home.nl', 'r.bozkurt86@outlook.de', 'NICOLEGERRITSEN@ZIGGO.NL', 'hennie.vriezenveen@kpnmail.nl',
          'tuba.arslan.1990@live.nl']

def fill(kind, arg):
    if kind == 'bsn': return gen_bsn()
    if kind == 'bsn_dot': d = gen_bsn(); return '%s.%s.%s' % (d[:4], d[4:6], d[6:])
    if kind == 'bsn_sp': d = gen_bsn(); return '%s %s %s' % (d[:3], d[3:6], d[6:])
    if kind == 'bsn_dash': d = gen_bsn(); return '%s-%s-%s' % (d[:3], d[3:5], d[5:])
    if kind == 'bsn8': return gen_bsn(8)
    if kind == 'ph_de_mob': return '+49 %s %s %s' % (rng.choice(['151', '160', '176']), digits(4), digits(4))
    if kind == 'ph_de_land': return '+49 241 %s' % digits(7)
    if kind == 'ph_nl_mob': return '06-' + digits(8)
    if kind == 'ph_hrl': return '045-5' + digits(6)
    if kind == 'ph_nl_mob_sp': d = digits(8); return '06 %s %s %s %s' % (d[:2], d[2:4], d[4:6], d[6:])
    if kind == 'ph_vnl': return '077 - 3' + digits(6)
    if kind == 'ph_nl_intl': return '+31 6 ' + digits(8)
    if kind == 'ph_de_mob2': return '0157 ' + digits(8)
    if kind == 'ph_nmg': return '(024) 3' + digits(6)
    if kind == 'ph_alm': return '0546-8' + digits(5)
    if kind == 'ph_nl_0031': d = digits(8); return '0031 6 %s %s' % (d[:4], d[4:])
    if kind.startswith('em'): return EMAILS[int(kind[2:]) - 1]
    if kind == 'iban_de': return gen_iban_de()
    if kind == 'iban_de_sp': return group4(gen_iban_de())
    if kind == 'iban_be': return group4(gen_iban_be())
    if kind == 'iban_nl': return gen_iban_nl(arg)
    if kind == 'iban_nl_sp': return group4(gen_iban_nl(arg))
    if kind == 'iban_nl_lower': return gen_iban_nl(arg).lower()
    raise ValueError(kind)

def render(line):
    line = re.sub(r'\{(\w+)(?::(\w+))?\}', lambda m: '«%s»' % fill(m.group(1), m.group(2)), line)
    spans = re.findall(r'«(.+?)»', line)
    return line.replace('«', '').replace('»', ''), spans

def main():
  rows = []
  for cat in ['NAME', 'BIRTHDATE', 'ID_NUMBER', 'ADDRESS', 'POSTCODE', 'BSN', 'PHONE', 'EMAIL', 'IBAN', 'URL']:
      for l in getattr(B, cat):
          sent, spans = render(l)
          assert spans, l
          rows.append(('BLOCK', cat, ' || '.join(spans), sent))
  for cat in ['PLACE', 'INSTITUTION', 'EVENT_DATE', 'PROFESSIONAL', 'AGE', 'ORG_NUMBER']:
      for l in getattr(A, cat):
          rows.append(('ALLOW', cat, '-', l))

  random.Random(16).shuffle(rows)
  with open(os.path.join(HERE, '..', 'sentences.tsv'), 'w', encoding='utf-8') as fh:
      fh.write('id\texpect\tcategory\tspans\tsentence\n')
      for i, r in enumerate(rows, 1):
          fh.write('B16-%03d\t%s\n' % (i, '\t'.join(r)))
  print('wrote %d rows' % len(rows))

if __name__ == '__main__':
    main()
