#!/usr/bin/env python3
"""Builds sentences.tsv from src/*.txt and checks the blind set (spans, BSN 11-check, IBAN mod-97, balance)."""
import glob, os, random, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
BLOCK = {"NAME","ADDRESS","POSTCODE","BSN","BIRTHDATE","PHONE","EMAIL","IBAN","ID_NUMBER","URL","PROFESSIONAL_NAMED"}
ALLOW = {"PLACE","INSTITUTION","PROFESSIONAL","PROFESSIONAL_NAMED","EVENT_DATE","AGE","ORG_NUMBER","OTHER"}
def bsn_ok(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    if len(d) == 8: d = [0] + d
    if len(d) != 9: return False
    return (sum(d[i]*(9-i) for i in range(8)) - d[8]) % 11 == 0
def iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    r = s[4:] + s[:4]
    return len(s) == 18 and int("".join(str(int(c, 36)) for c in r)) % 97 == 1
def build():
    rows = []
    for f in sorted(glob.glob(os.path.join(HERE, "src", "*.txt"))):
        for ln, line in enumerate(open(f, encoding="utf-8"), 1):
            line = line.rstrip("\n")
            if not line.strip(): continue
            head, spans, sent = [x.strip() for x in line.split(" ## ", 2)]
            e, cat = head.split(":")
            rows.append(("BLOCK" if e == "B" else "ALLOW", cat, spans, sent, f"{os.path.basename(f)}:{ln}"))
    random.Random(42).shuffle(rows)
    with open(os.path.join(HERE, "sentences.tsv"), "w", encoding="utf-8") as out:
        out.write("id\texpect\tcategory\tspans\tsentence\n")
        for i, r in enumerate(rows, 1):
            out.write(f"S{i:03d}\t{r[0]}\t{r[1]}\t{r[2]}\t{r[3]}\n")
def check():
    errs = []
    lines = open(os.path.join(HERE, "sentences.tsv"), encoding="utf-8").read().splitlines()
    assert lines[0] == "id\texpect\tcategory\tspans\tsentence"
    cnt = collections.Counter(); sents = set()
    for l in lines[1:]:
        p = l.split("\t")
        if len(p) != 5: errs.append(("cols", l)); continue
        i, e, c, sp, s = p
        cnt[(e, c)] += 1
        if s in sents: errs.append(("dup", s))
        sents.add(s)
        if e == "BLOCK":
            if c not in BLOCK: errs.append(("cat", l))
            for x in sp.split(" || "):
                if x not in s: errs.append(("span not in sentence", i, x))
                if c == "BSN" and not bsn_ok(x): errs.append(("bsn", i, x))
                if c == "IBAN" and not iban_ok(x): errs.append(("iban", i, x))
        elif e == "ALLOW":
            if c not in ALLOW or sp != "-": errs.append(("allow", l))
        else: errs.append(("expect", l))
    return cnt, errs
if __name__ == "__main__":
    if "--no-build" not in sys.argv: build()
    cnt, errs = check()
    tot = collections.Counter()
    for (e, c), n in sorted(cnt.items()):
        print(f"{e}\t{c}\t{n}"); tot[e] += n
    print(dict(tot))
    for e in errs: print("ERROR", e)
    sys.exit(1 if errs else 0)
