#!/usr/bin/env python3
"""Checks the 24 blind cards: required sections present and filled, youth 12+ has a Stem van de jeugdige,
every DIRTY note value occurs literally in its card, CLEAN/DIRTY split is 12/12."""
import csv, os, re, sys, unicodedata
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cards")
REQ = {
 "datum": ["datum", "datum inbreng"],
 "soort": ["soort inbreng", "type inbreng"],
 "jeugdige": ["jeugdige (voorletter en geboortejaar)", "jeugdige", "jeugdige(n)"],
 "inbrenger": ["inbrenger", "inbrenger (naam, functie, organisatie)"],
 "vaste": ["vaste deelnemer"],
 "gemeente": ["verantwoordelijke gemeente", "gemeente"],
 "geinformeerd": ["geinformeerd en gesproken", "wie is wanneer geinformeerd"],
 "instemming": ["instemming betrokkenen", "instemming"],
 "vraag": ["vraag aan het veiligheidsteam", "vraag aan het vht", "hulpvraag aan het vht"],
 "gezin": ["gezinssamenstelling"],
 "onveilig": ["wat is er nu onveilig", "zorgen", "onveiligheid"],
 "krachten": ["krachten en beschermende factoren", "krachten"],
 "risico": ["risicofactoren"],
 "ouders": ["stem van ouders en verzorgers", "stem van ouders"],
 "visie": ["visie van de inbrenger", "visie inbrenger"],
 "score": ["veiligheidsscore", "score"],
}
STEM = ["stem van de jeugdige", "wat zegt de jeugdige"]
def norm(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"^\s*\d+\.\s*", "", s).strip().rstrip(":").strip()
    return re.sub(r"\s+", " ", s)
errs = []
rows = list(csv.DictReader(open(os.path.join(HERE, "cards.tsv"), encoding="utf-8"), delimiter="\t"))
print({e: sum(r["expect"] == e for r in rows) for e in ("CLEAN", "DIRTY")})
for r in rows:
    txt = open(os.path.join(HERE, r["file"]), encoding="utf-8").read()
    blocks = [b.split("\n") for b in txt.strip("\n").split("\n\n")]
    labels = {}
    for b in blocks:
        if not b[0].startswith("[") and not b[0].endswith(":"): errs.append((r["file"], "label without colon", b[0]))
        if len(b) < 2 or not any(x.strip() for x in b[1:]): errs.append((r["file"], "empty block", b[0]))
        labels[norm(b[0])] = "\n".join(b[1:])
    for k, syn in REQ.items():
        if not any(s in labels for s in syn): errs.append((r["file"], "missing", k))
    jl = next((labels[s] for s in REQ["jeugdige"] if s in labels), "")
    date = next((labels[s] for s in REQ["datum"] if s in labels), "")
    cy = int(re.search(r"(20\d\d)", date).group(1))
    years = [int(y) for y in re.findall(r"\((?:[^()]*?)(20\d\d)\)", jl)]
    if years and cy - min(years) >= 12 and not any(s in labels for s in STEM):
        errs.append((r["file"], "stem van de jeugdige required"))
    if r["expect"] == "DIRTY":
        vals = re.findall(r'"([^"]+)"', r["notes"])
        if not 1 <= len(vals) <= 3: errs.append((r["file"], "item count", len(vals)))
        for v in vals:
            if v not in txt: errs.append((r["file"], "note value not in card", v))
    print(r["file"], r["expect"], "youth years", years, "card year", cy)
for e in errs: print("ERROR", e)
sys.exit(1 if errs else 0)
