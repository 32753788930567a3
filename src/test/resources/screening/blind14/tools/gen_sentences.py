#!/usr/bin/env python3
"""Builds ../sentences.tsv from block_lines.py, allow_lines.py and numbers.py (seed 14)."""
import os, random, re
HERE = os.path.dirname(os.path.abspath(__file__))
import sys; sys.path.insert(0, HERE)
import block_lines as B, allow_lines as A, numbers as N

def main():
    v = N.make(14)
    rows = []
    for cat in ['NAME', 'BIRTHDATE', 'ID_NUMBER', 'ADDRESS', 'POSTCODE', 'BSN', 'PHONE', 'EMAIL', 'IBAN', 'URL']:
        for line in getattr(B, cat):
            line = re.sub(r'\{(\w+)\}', lambda m: v[m.group(1)], line)
            spans = re.findall(r'«(.+?)»', line)
            sent = line.replace('«', '').replace('»', '')
            assert spans, line
            rows.append(('BLOCK', cat, ' || '.join(spans), sent))
    for cat in ['PLACE', 'INSTITUTION', 'EVENT_DATE', 'PROFESSIONAL', 'AGE', 'ORG_NUMBER']:
        for line in getattr(A, cat):
            rows.append(('ALLOW', cat, '-', line))
    random.Random(14).shuffle(rows)
    with open(os.path.join(HERE, '..', 'sentences.tsv'), 'w', encoding='utf-8') as fh:
        fh.write('id\texpect\tcategory\tspans\tsentence\n')
        for i, r in enumerate(rows, 1):
            fh.write('B14-%03d\t%s\n' % (i, '\t'.join(r)))

if __name__ == '__main__':
    main()
