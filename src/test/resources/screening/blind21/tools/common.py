import random
def elf(d):
    if len(d)==8: d='0'+d
    s=sum(w*int(x) for w,x in zip(range(9,1,-1),d[:8]))-int(d[8]); return s%11==0 and d!='000000000'
def bsn(rng):
    while True:
        d='%09d'%rng.randrange(10**8,10**9)
        if elf(d): return d
def iban(rng,cc='NL',bank=None,n=10):
    if cc=='NL': bban=(bank or rng.choice(['ABNA','RABO','INGB','SNSB','ASNB','KNAB','BUNQ','TRIO']))+''.join(str(rng.randrange(10)) for _ in range(10))
    elif cc=='PL': bban=''.join(str(rng.randrange(10)) for _ in range(24))
    elif cc=='BG': bban=rng.choice(['UNCR','BPBI','STSA'])+''.join(str(rng.randrange(10)) for _ in range(6))+''.join(str(rng.randrange(10)) for _ in range(8))
    num=''.join(str(int(c,36)) for c in bban+cc+'00'); ck=98-int(num)%97
    return '%s%02d%s'%(cc,ck,bban)
def group4(s): return ' '.join(s[i:i+4] for i in range(0,len(s),4))
