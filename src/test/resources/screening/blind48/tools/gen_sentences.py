#!/usr/bin/env python3
"""Generate ../sentences.tsv for blind set 48 (fixed seeds; re-run reproduces byte for byte)."""
import os, random, re
HERE = os.path.dirname(os.path.abspath(__file__))
exec(open(os.path.join(HERE, 'block_lines.py'), encoding='utf-8').read())
exec(open(os.path.join(HERE, 'allow_lines.py'), encoding='utf-8').read())
from numgen import make_bsn, make_iban

rng = random.Random(4848)

def fmt_bsn(kind):
    b = make_bsn(rng, eight=(kind == 'plain8'))
    if kind in ('plain', 'plain8'): return b
    if kind == 'dots': return '%s.%s.%s' % (b[:4], b[4:6], b[6:])
    if kind == 'spaces': return '%s %s %s' % (b[:3], b[3:6], b[6:])
    if kind == 'dash': return '%s-%s-%s' % (b[:3], b[3:6], b[6:])

def fmt_iban(cc, bank, kind):
    i = make_iban(rng, cc, None if bank == '-' else bank)
    if kind == 'plain': return i
    if kind == 'lower': return i.lower()
    return ' '.join(i[k:k + 4] for k in range(0, len(i), 4))

def fill(line):
    line = re.sub(r'\{BSN:(\w+)\}', lambda m: '[[' + fmt_bsn(m.group(1)) + ']]', line)
    line = re.sub(r'\{IBAN:(\w+):([\w-]+):(\w+)\}', lambda m: '[[' + fmt_iban(*m.groups()) + ']]', line)
    spans = re.findall(r'\[\[(.+?)\]\]', line)
    return spans, line.replace('[[', '').replace(']]', '')

rows = []
for cat in ['NAME', 'BIRTHDATE', 'ID_NUMBER', 'ADDRESS', 'POSTCODE', 'BSN', 'PHONE', 'EMAIL', 'IBAN', 'URL']:
    for l in globals()[cat]:
        spans, s = fill(l)
        assert spans, l
        rows.append(('BLOCK', cat, ' || '.join(spans), s))
for cat in ['PLACE', 'INSTITUTION', 'EVENT_DATE', 'PROFESSIONAL', 'AGE', 'ORG_NUMBER']:
    for l in globals()[cat]:
        assert '[[' not in l
        rows.append(('ALLOW', cat, '-', l))
random.Random(48).shuffle(rows)
with open(os.path.join(HERE, '..', 'sentences.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for n, r in enumerate(rows, 1):
        fh.write('B48-%03d\t%s\n' % (n, '\t'.join(r)))
print('wrote %d rows' % len(rows))
