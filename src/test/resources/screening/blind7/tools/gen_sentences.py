#!/usr/bin/env python3
"""Build ../sentences.tsv from block_lines.py and allow_lines.py: strip the «…» span marks, collect spans,
shuffle with a fixed seed (7) and number B7-001 … B7-400."""
import os, random, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import block_lines, allow_lines

BLOCK = ['NAME', 'BIRTHDATE', 'ID_NUMBER', 'ADDRESS', 'POSTCODE', 'BSN', 'PHONE', 'EMAIL', 'IBAN', 'URL']
ALLOW = ['PLACE', 'INSTITUTION', 'EVENT_DATE', 'PROFESSIONAL', 'AGE', 'ORG_NUMBER']
MARK = re.compile(r'«([^«»]*)»')

rows = []
for cat in BLOCK:
    for line in getattr(block_lines, cat):
        spans = MARK.findall(line)
        assert spans, (cat, line)
        rows.append(('BLOCK', cat, ' || '.join(spans), MARK.sub(r'\1', line)))
for cat in ALLOW:
    for line in getattr(allow_lines, cat):
        assert '«' not in line and '\t' not in line, line
        rows.append(('ALLOW', cat, '-', line))

random.Random(7).shuffle(rows)
with open(os.path.join(HERE, '..', 'sentences.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, (e, c, s, t) in enumerate(rows, 1):
        fh.write('B7-%03d\t%s\t%s\t%s\t%s\n' % (i, e, c, s, t))
print('wrote %d rows' % len(rows))
