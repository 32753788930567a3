import random
def elf(d):
    if len(d)==8: d='0'+d
    if len(d)!=9: return False
    s=sum(w*int(c) for w,c in zip(range(9,1,-1),d[:8]))-int(d[8]); return s%11==0
def bsn(r):
    while True:
        d=str(r.randint(100000000,699999999))
        if elf(d): return d
def nonbsn(r,n=8):
    while True:
        d=str(r.randint(10**(n-1),10**n-1))
        if not elf(d): return d
def iban(r,bank,n=10):
    acct=''.join(str(r.randint(0,9)) for _ in range(n))
    b=bank+acct
    num=''.join(str(int(c,36)) for c in b+'NL00')
    ck=98-int(num)%97
    return 'NL%02d%s'%(ck,b)
def iban_be(r):
    acct=''.join(str(r.randint(0,9)) for _ in range(12))
    num=''.join(str(int(c,36)) for c in acct+'BE00'); return 'BE%02d%s'%(98-int(num)%97,acct)
def spaced(s): return ' '.join(s[i:i+4] for i in range(0,len(s),4))
