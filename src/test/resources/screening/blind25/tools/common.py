import random
def elf_ok(d):
    if len(d)==8: d='0'+d
    if len(d)!=9 or not d.isdigit(): return False
    return (sum(w*int(c) for w,c in zip(range(9,1,-1),d[:8]))-int(d[8]))%11==0
def bsn(rng):
    while True:
        d=str(rng.randint(1,9))+''.join(str(rng.randint(0,9)) for _ in range(8))
        if elf_ok(d): return d
def iban_check(cc,bban):
    num=''.join(str(int(c,36)) for c in bban+cc+'00')
    return '%02d'%(98-int(num)%97)
def iban(rng,cc='NL'):
    if cc=='NL':
        bban=rng.choice(['INGB','ABNA','RABO','SNSB','TRIO','ASNB','BUNQ','KNAB'])+''.join(str(rng.randint(0,9)) for _ in range(10))
    elif cc=='BE':
        b=''.join(str(rng.randint(0,9)) for _ in range(10)); c=int(b)%97 or 97; bban=b+'%02d'%c
    else:
        bban=''.join(str(rng.randint(0,9)) for _ in range(18))
    return cc+iban_check(cc,bban)+bban
def grp(s,n=4): return ' '.join(s[i:i+n] for i in range(0,len(s),n))
def nonelf(rng,n):
    while True:
        d=str(rng.randint(1,9))+''.join(str(rng.randint(0,9)) for _ in range(n-1))
        if not elf_ok(d): return d
