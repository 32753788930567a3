#!/usr/bin/env python3
"""Generate ../sentences.tsv (fixed seed 59). Re-running reproduces it byte for byte."""
import os, random, re
HERE = os.path.dirname(os.path.abspath(__file__))
ns = {}
for f in ('block_name.py', 'block_other.py', 'allow_lines.py'):
    exec(open(os.path.join(HERE, f), encoding='utf-8').read(), ns)
rnd = random.Random(59)

def bsn(n=9):
    while True:
        d = [rnd.randint(0, 9) for _ in range(9)]
        if n == 8: d[0] = 0
        if d[1] == 0 and n == 9: continue
        s = sum(w * x for w, x in zip(range(9, 1, -1), d[:8])) - d[8]
        if s % 11 == 0 and (n == 8 or d[0] != 0): return ''.join(map(str, d))[9 - n:]

def fmt_bsn(kind):
    b = bsn(8 if kind == 'plain8' else 9)
    if kind == 'dots': return b[:4] + '.' + b[4:6] + '.' + b[6:]
    if kind == 'space': return b[:3] + ' ' + b[3:6] + ' ' + b[6:]
    if kind == 'dash': return b[:3] + '-' + b[3:6] + '-' + b[6:]
    return b

def iban(cc, bank):
    if cc == 'NL': bban = bank + ''.join(str(rnd.randint(0, 9)) for _ in range(10))
    elif cc == 'UA': bban = ''.join(str(rnd.randint(0, 9)) for _ in range(25))
    elif cc == 'GB': bban = bank + ''.join(str(rnd.randint(0, 9)) for _ in range(14))
    num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
    chk = 98 - int(num) % 97
    s = cc + '%02d' % chk + bban
    if rnd.random() < 0.5: s = ' '.join(s[i:i + 4] for i in range(0, len(s), 4))
    return s

def fill(line):
    line = re.sub(r'\{BSN:(\w+)\}', lambda m: fmt_bsn(m.group(1)), line)
    line = re.sub(r'\{IBAN:(\w+):(\w*)\}', lambda m: iban(m.group(1), m.group(2)), line)
    return line

rows = []
for cat in ('NAME',):
    keep_late = ('Mediator schrijft', 'pleegouders', '(moeder) wil geen gesprek', 'Mais', "'s vader drinkt")
    drop = ('de vader van «Thijmen»', '«Fenna» mag', 'zoon «Maximilian»', "wil geen hulp 'van de gemeente'", 's zoon logeert')
    names = [l for l in ns['NAME'][:100] if not any(d in l for d in drop)]
    names += [l for l in ns['NAME'][100:] if any(k in l for k in keep_late)]
    assert len(names) == 100, len(names)
    for l in names:
        rows.append(('BLOCK', cat, l))
for cat in ('BIRTHDATE', 'ID_NUMBER', 'ADDRESS', 'POSTCODE', 'BSN', 'PHONE', 'EMAIL', 'IBAN', 'URL'):
    for l in ns[cat]: rows.append(('BLOCK', cat, l))
for cat in ('PLACE', 'INSTITUTION', 'EVENT_DATE', 'PROFESSIONAL', 'AGE', 'ORG_NUMBER'):
    for l in ns[cat]: rows.append(('ALLOW', cat, l))
out = []
for exp, cat, l in rows:
    l = fill(l)
    spans = re.findall(r'«(.+?)»', l)
    sent = l.replace('«', '').replace('»', '')
    out.append((exp, cat, ' || '.join(spans) if exp == 'BLOCK' else '-', sent))
rnd2 = random.Random(5959)
rnd2.shuffle(out)
with open(os.path.join(HERE, '..', 'sentences.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, (e, c, sp, s) in enumerate(out, 1):
        fh.write('B59-%03d\t%s\t%s\t%s\t%s\n' % (i, e, c, sp, s))
print('wrote', len(out))
