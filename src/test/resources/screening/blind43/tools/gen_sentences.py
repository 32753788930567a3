#!/usr/bin/env python3
"""Generate sentences.tsv for blind set 43 (fixed seeds, reproducible)."""
import os, random, re
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'sentences.tsv')
ns = {}; exec(open(os.path.join(HERE, 'block_lines.py'), encoding='utf-8').read(), ns)
na = {}; exec(open(os.path.join(HERE, 'allow_lines.py'), encoding='utf-8').read(), na)
rnd = random.Random(4343)

def bsn(n8=False):
    while True:
        d = [rnd.randint(0, 9) for _ in range(9)]
        if n8: d[0] = 0
        if d[1] == 0 and not n8: continue
        s = sum(w * x for w, x in zip(range(9, 1, -1), d[:8])) - d[8]
        if s % 11 == 0 and sum(d) > 0: return ''.join(map(str, d))

def iban(cc, bank):
    if cc == 'NL': bban = bank + ''.join(str(rnd.randint(0, 9)) for _ in range(10))
    elif cc == 'BG': bban = bank + ''.join(str(rnd.randint(0, 9)) for _ in range(6)) + ''.join(rnd.choice('ABCDEFGHJKLMNPRSTUVWXYZ0123456789') for _ in range(8))
    elif cc == 'PL': bban = ''.join(str(rnd.randint(0, 9)) for _ in range(24))
    num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
    chk = 98 - int(num) % 97
    return cc + '%02d' % chk + bban

def fill(line):
    def rb(m):
        k = m.group(1)
        if k == '8': v = bsn(True)[1:]
        else: v = bsn()
        if k == '.': v = v[:4] + '.' + v[4:6] + '.' + v[6:]
        elif k == '-': v = v[:3] + '-' + v[3:6] + '-' + v[6:]
        elif k == ' ': v = v[:3] + ' ' + v[3:6] + ' ' + v[6:]
        return '«' + v + '»'
    line = re.sub(r'\{BSN([.\- 8]?)\}', rb, line)
    def ri(m):
        style, cc, bank = m.groups()
        v = iban(cc, bank)
        if style == 'g': v = ' '.join(v[i:i + 4] for i in range(0, len(v), 4))
        if style == 'l': v = v.lower()
        return '«' + v + '»'
    return re.sub(r'\{IBAN([gl]?):([A-Z]{2}):([A-Z]*)\}', ri, line)

rows = []
for cat in ['NAME', 'BIRTHDATE', 'ID_NUMBER', 'ADDRESS', 'POSTCODE', 'BSN', 'PHONE', 'EMAIL', 'IBAN', 'URL']:
    for l in ns[cat].strip().split('\n'):
        l = fill(l.strip())
        spans = re.findall('«(.*?)»', l)
        assert spans, l
        rows.append(('BLOCK', cat, ' || '.join(spans), l.replace('«', '').replace('»', '')))
for cat in ['PLACE', 'INSTITUTION', 'EVENT_DATE', 'PROFESSIONAL', 'AGE', 'ORG_NUMBER']:
    for l in na[cat].strip().split('\n'):
        rows.append(('ALLOW', cat, '-', l.strip()))
random.Random(43).shuffle(rows)
with open(OUT, 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, r in enumerate(rows, 1):
        fh.write('B43-%03d\t%s\n' % (i, '\t'.join(r)))
print('wrote', len(rows))
