#!/usr/bin/env python3
"""Generate ../sentences.tsv for blind36 (seed 36). Re-run reproduces it byte for byte."""
import os, re, random, sys
HERE=os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0,HERE)
from numgen import bsn, iban, group
B={}; exec(open(os.path.join(HERE,'block_lines.py'),encoding='utf-8').read(),B)
A={}; exec(open(os.path.join(HERE,'allow_lines.py'),encoding='utf-8').read(),A)
rng=random.Random(36)
def lines(s): return [l for l in s.strip().split('\n') if l.strip()]
def fill(line):
    def sub(m):
        k=m.group(1)
        if k.startswith('BSN'):
            if k=='BSN8': v=bsn(rng,8)
            else:
                v=bsn(rng)
                if k=='BSN.': v=v[:4]+'.'+v[4:6]+'.'+v[6:]
                elif k=='BSN ': v=v[:3]+' '+v[3:6]+' '+v[6:]
                elif k=='BSN-': v=v[:3]+'-'+v[3:6]+'-'+v[6:]
        else:
            v=iban(rng)
            if k=='IBAN_': v=group(v)
            elif k=='IBANl': v=v.lower()
        return '«'+v+'»'
    return re.sub(r'\{(BSN8|BSN\.|BSN |BSN-|BSN|IBAN_|IBANl|IBAN)\}',sub,line)
rows=[]
for cat in ['NAME','BIRTHDATE','ID_NUMBER','ADDRESS','POSTCODE','BSN','PHONE','EMAIL','IBAN','URL']:
    ls=lines(B[cat])
    if cat=='NAME': ls=ls[:100]
    for l in ls:
        l=fill(l)
        spans=re.findall('«(.*?)»',l); sent=l.replace('«','').replace('»','')
        assert spans,(cat,l)
        rows.append(('BLOCK',cat,' || '.join(spans),sent))
for cat in ['PLACE','INSTITUTION','EVENT_DATE','PROFESSIONAL','AGE','ORG_NUMBER']:
    for l in lines(A[cat]): rows.append(('ALLOW',cat,'-',l))
rng2=random.Random(3636); rng2.shuffle(rows)
with open(os.path.join(HERE,'..','sentences.tsv'),'w',encoding='utf-8',newline='\n') as fh:
    fh.write('id\texpect\tcategory\tspans\tsentence\n')
    for i,r in enumerate(rows,1): fh.write('B36-%03d\t%s\n'%(i,'\t'.join(r)))
print(len(rows),'rows')
