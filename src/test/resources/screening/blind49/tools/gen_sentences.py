import os, random, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import block_lines as B, allow_lines as A
from numgen import *
rng = random.Random(4949)
ph = {}
for k in 'abcdef': ph['BSN9'+k] = bsn(rng)
ph['BSN8a'] = bsn(rng, 8)
for k in 'ab':
    d = bsn(rng); ph['BSNDOT'+k] = d[:4]+'.'+d[4:6]+'.'+d[6:]
    d = bsn(rng); ph['BSNSP'+k] = d[:3]+' '+d[3:6]+' '+d[6:]
for k in 'abcd': ph['IBAN_NL_SP'+k] = sp(nl_iban(rng))
for k in 'abc': ph['IBAN_NL'+k] = nl_iban(rng)
ph['IBAN_BG'] = iban(rng, 'BG', 'UNCR' + ''.join(str(rng.randint(0, 9)) for _ in range(14)))
ph['IBAN_PL'] = sp(iban(rng, 'PL', ''.join(str(rng.randint(0, 9)) for _ in range(24))))
rows = []
for cat in ['NAME','BIRTHDATE','ID_NUMBER','ADDRESS','POSTCODE','BSN','PHONE','EMAIL','IBAN','URL']:
    for l in getattr(B, cat).split('\n'):
        if not l.strip(): continue
        l = l.strip().format(**ph) if '{' in l else l.strip()
        spans = re.findall('«(.+?)»', l)
        rows.append(('BLOCK', cat, ' || '.join(spans), l.replace('«', '').replace('»', '')))
for cat in ['PLACE','INSTITUTION','EVENT_DATE','PROFESSIONAL','AGE','ORG_NUMBER']:
    for l in getattr(A, cat).split('\n'):
        if l.strip(): rows.append(('ALLOW', cat, '-', l.strip()))
random.Random(49).shuffle(rows)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sentences.tsv')
with open(out, 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i, r in enumerate(rows, 1):
        fh.write('B49-%03d\t%s\t%s\t%s\t%s\n' % ((i,) + r))
print(len(rows))
