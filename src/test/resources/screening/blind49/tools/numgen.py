import random
def elf(d):
    if len(d)==8: d='0'+d
    return (sum(w*int(x) for w,x in zip(range(9,1,-1),d[:8]))-int(d[8]))%11==0
def bsn(rng, n=9):
    while True:
        d=str(rng.randint(1,9))+''.join(str(rng.randint(0,9)) for _ in range(n-1))
        if elf(d): return d
def iban(rng, cc, bban):
    num=''.join(str(int(c,36)) for c in bban+cc+'00')
    chk=98-int(num)%97
    return '%s%02d%s'%(cc,chk,bban)
def nl_iban(rng):
    bank=rng.choice(['ABNA','RABO','INGB','SNSB','ASNB','KNAB','BUNQ','TRIO'])
    while True:
        acc=''.join(str(rng.randint(0,9)) for _ in range(10))
        if acc[0]!='0' and sum((10-i)*int(c) for i,c in enumerate(acc))%11==0: break
    return iban(rng,'NL',bank+acc)
def sp(s): return ' '.join(s[i:i+4] for i in range(0,len(s),4))
