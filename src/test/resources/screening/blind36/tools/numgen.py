import random
def elf(d):
    if len(d)==8: d='0'+d
    return sum(w*int(c) for w,c in zip(range(9,1,-1),d[:8]))-int(d[8]) if len(d)==9 else None
def bsn(rng, n=9):
    while True:
        d=str(rng.randint(10**(n-1), 10**n-1)) if n==9 else str(rng.randint(10**7,10**8-1))
        if elf(d)%11==0: return d
BANKS=['ABNA','RABO','INGB','SNSB','ASNB','KNAB','BUNQ','TRIO','RBRB']
def iban(rng):
    bank=rng.choice(BANKS); acct='%010d'%rng.randint(10**8,10**10-1)
    bb=bank+acct
    num=''.join(str(int(c,36)) for c in bb+'NL00')
    ck=98-int(num)%97
    return 'NL%02d%s'%(ck,bb)
def group(s): return ' '.join(s[i:i+4] for i in range(0,len(s),4))
