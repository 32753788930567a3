#!/usr/bin/env python3
"""Self-check for the blind Veiligheidskaart test set (plain-text cards).

Usage: python3 check_cards.py [DIR]   (default: the directory of this script)
Exit code 0 = all checks pass, 1 = problems found (listed on stdout).

Checks:
- block format: blocks separated by exactly one blank line, no blank lines inside a block,
  label line ends with ':' or is a known special block ([HEADER], [COMMENT author=...], ...);
- all required sections present and non-empty (labels matched case/accent-insensitively,
  ignoring numbering, trailing colon and extra spaces; synonyms from card-format.md accepted);
- Stem van de jeugdige present when any youth is 12-17 in the card year;
- Instemming "nee" is followed by a reason/justification;
- cards.tsv: 44 CLEAN (card-01..44), 16 DIRTY (card-45..60), 1-3 items per DIRTY card,
  every quoted value occurs literally in its card, BSN values pass the 11-check,
  IBAN values pass mod-97;
- CLEAN cards: Persoonsgegevens (and its sub-fields) empty or a placeholder, and no obvious
  personal-data patterns (11-check-valid 8/9 digit numbers, IBAN, e-mail, mobile number, postcode).
"""
import os
import re
import sys
import unicodedata

SPECIAL = re.compile(r"^\[(HEADER|FOOTER|COMMENT author=[^\]]+|ALT|PROPERTY [A-Za-z]+|TRACKED-DELETION|"
                     r"FOOTNOTE|MAIL-SUBJECT|MAIL-BODY|FILENAME)\]$")

SYNONYMS = {
    "datum": "datum", "datum inbreng": "datum",
    "soort inbreng": "soort", "type inbreng": "soort",
    "jeugdige (voorletter en geboortejaar)": "jeugdige", "jeugdige": "jeugdige", "jeugdige(n)": "jeugdige",
    "inbrenger": "inbrenger", "inbrenger (naam, functie, organisatie)": "inbrenger",
    "vaste deelnemer": "vaste",
    "verantwoordelijke gemeente": "gemeente", "gemeente": "gemeente",
    "gedragsdeskundige geraadpleegd": "gedrag", "gedragswetenschapper geraadpleegd": "gedrag",
    "geinformeerd en gesproken": "geinformeerd", "wie is wanneer geinformeerd": "geinformeerd",
    "instemming betrokkenen": "instemming", "instemming": "instemming",
    "vraag aan het veiligheidsteam": "vraag", "vraag aan het vht": "vraag", "hulpvraag aan het vht": "vraag",
    "uit te nodigen experts": "experts", "experts": "experts",
    "gezinssamenstelling": "gezin",
    "wat is er nu onveilig": "onveilig", "zorgen": "onveilig", "onveiligheid": "onveilig",
    "patroon": "patroon", "patroon uit het verleden": "patroon",
    "krachten en beschermende factoren": "krachten", "krachten": "krachten",
    "risicofactoren": "risico",
    "stem van de jeugdige": "stemjeugd", "wat zegt de jeugdige": "stemjeugd",
    "stem van ouders en verzorgers": "stemouders", "stem van ouders": "stemouders",
    "visie van de inbrenger": "visie", "visie inbrenger": "visie",
    "veiligheidsscore": "score", "score": "score",
    "betrokken hulpverlening": "hulp",
    "advies": "uitkomst", "afspraken en actiepunten": "uitkomst", "uitkomst gesprek": "uitkomst",
    "borgingsafspraken": "borging", "waar kunnen ouders en jeugdige terecht": "borging",
    "persoonsgegevens": "pg", "naam jeugdige": "pg", "geboortedatum": "pg", "bsn": "pg", "adres": "pg",
    "ouders / gezagdragers": "pg", "telefoon": "pg", "e-mail": "pg",
}
REQUIRED = ["datum", "soort", "jeugdige", "inbrenger", "vaste", "gemeente", "geinformeerd", "instemming",
            "vraag", "gezin", "onveilig", "krachten", "risico", "stemouders", "visie", "score"]
SOORTEN = ["eerste inbreng", "vervolgbespreking", "monitoring", "overdracht"]
PLACEHOLDERS = {"n.v.t.", "nvt", "-", "niet invullen bij inbreng", ""}


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def norm_label(line):
    s = fold(line.strip())
    s = s.rstrip(":").strip()
    s = re.sub(r"^\d+(\.\d+)*\.?\s+", "", s)
    s = re.sub(r"\s+", " ", s)
    return s


def bsn_ok(v):
    d = re.sub(r"\D", "", v)
    if len(d) == 8:
        d = "0" + d
    if len(d) != 9:
        return False
    w = [9, 8, 7, 6, 5, 4, 3, 2, -1]
    return sum(int(a) * b for a, b in zip(d, w)) % 11 == 0 and d != "000000000"


def iban_ok(v):
    s = re.sub(r"\s", "", v).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def parse(path, problems):
    text = open(path, encoding="utf-8").read()
    name = os.path.basename(path)
    if not text.endswith("\n") or text.endswith("\n\n"):
        problems.append(f"{name}: file must end with exactly one newline")
    if "\n\n\n" in text:
        problems.append(f"{name}: more than one blank line between blocks")
    if text.startswith("\n"):
        problems.append(f"{name}: leading blank line")
    blocks = []
    for raw in text.strip("\n").split("\n\n"):
        lines = raw.split("\n")
        if any(not l.strip() for l in lines):
            problems.append(f"{name}: whitespace-only line inside block {lines[0]!r}")
        head, vals = lines[0], [l for l in lines[1:]]
        if SPECIAL.match(head):
            kind = "special"
        elif head.rstrip().endswith(":"):
            kind = "section"
        else:
            problems.append(f"{name}: bad block label line {head!r}")
            continue
        if not vals or not "".join(vals).strip():
            problems.append(f"{name}: empty block {head!r}")
        blocks.append((kind, head, vals))
    return text, blocks


def card_year(datum):
    m = re.search(r"\b(20\d\d)\b", datum)
    if m:
        return int(m.group(1))
    m = re.search(r"'(\d\d)\b", datum)
    if m:
        return 2000 + int(m.group(1))
    return None


def youth_years(value):
    ys = [int(y) for y in re.findall(r"\b(19\d\d|20\d\d)\b", value)]
    ys += [2000 + int(y) for y in re.findall(r"'(\d\d)\b", value)]
    return ys


def check_card(path, expect, problems):
    name = os.path.basename(path)
    text, blocks = parse(path, problems)
    sections = {}
    for kind, head, vals in blocks:
        if kind != "section":
            continue
        key = SYNONYMS.get(norm_label(head))
        if key is None:
            problems.append(f"{name}: unknown section label {head!r}")
            continue
        sections.setdefault(key, []).append("\n".join(vals))
    for r in REQUIRED:
        if r not in sections or not any(v.strip() for v in sections[r]):
            problems.append(f"{name}: required section missing/empty: {r}")
    soort = fold(" ".join(sections.get("soort", [""])))
    if not any(s in soort for s in SOORTEN):
        problems.append(f"{name}: Soort inbreng not one of {SOORTEN}")
    if not re.search(r"\b[A-Z]\.", " ".join(sections.get("jeugdige", [""]))):
        problems.append(f"{name}: Jeugdige has no initial")
    year = card_year(" ".join(sections.get("datum", [""])))
    if year is None:
        problems.append(f"{name}: no year in Datum")
    else:
        ys = youth_years(" ".join(sections.get("jeugdige", []) + sections.get("gezin", [])))
        if any(12 <= year - y <= 17 for y in ys) and "stemjeugd" not in sections:
            problems.append(f"{name}: youth aged 12+ but no Stem van de jeugdige")
    inst = fold(" ".join(sections.get("instemming", [""])))
    if re.search(r"\bnee\b", inst):
        if len(inst) < 80 or not re.search(r"reden|omdat|verantwoording", inst):
            problems.append(f"{name}: Instemming 'nee' without reason and justification")
    if expect == "CLEAN":
        for v in sections.get("pg", []):
            if fold(v.strip()) not in PLACEHOLDERS:
                problems.append(f"{name}: CLEAN card has filled Persoonsgegevens: {v!r}")
        for m in re.finditer(r"(?<![\d-])(\d{8,9}|\d{4}\.\d{2}\.\d{3}|\d{3} \d{3} \d{3})(?![\d-])", text):
            if bsn_ok(m.group(1)):
                problems.append(f"{name}: CLEAN card has an 11-check-valid number {m.group(1)}")
        for pat, what in [(r"\b[A-Z]{2}\d{2} ?[A-Z]{4} ?\d{4}", "IBAN"),
                          (r"[\w.+-]+@[\w-]+\.[\w.]+", "e-mail"),
                          (r"(?<!\d)(\+31|0031|06)[ -]?\d", "mobile number"),
                          (r"\b[1-9]\d{3} ?[A-Z]{2}\b", "postcode"),
                          (r"https?://|www\.|\.com/", "URL")]:
            m = re.search(pat, text)
            if m:
                problems.append(f"{name}: CLEAN card contains {what}-like text {m.group(0)!r}")
    return text


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    problems = []
    rows = open(os.path.join(d, "cards.tsv"), encoding="utf-8").read().rstrip("\n").split("\n")
    if rows[0] != "file\texpect\tnotes":
        problems.append("cards.tsv: bad header")
    entries = [r.split("\t") for r in rows[1:]]
    files = sorted(f for f in os.listdir(d) if re.fullmatch(r"card-\d\d\.txt", f))
    if [e[0] for e in entries] != files or len(files) != 60:
        problems.append("cards.tsv rows do not match the 60 card files")
    n = {"CLEAN": 0, "DIRTY": 0}
    cats = set()
    for e in entries:
        if len(e) != 3:
            problems.append(f"cards.tsv: bad row {e}")
            continue
        f, expect, notes = e
        n[expect] = n.get(expect, 0) + 1
        num = int(f[5:7])
        if (num <= 44) != (expect == "CLEAN"):
            problems.append(f"{f}: expected {'CLEAN' if num <= 44 else 'DIRTY'}")
        text = check_card(os.path.join(d, f), expect, problems)
        if expect == "CLEAN":
            if notes != "-":
                problems.append(f"{f}: CLEAN notes must be '-'")
            continue
        items = [i.strip() for i in notes.split(";")]
        if not 1 <= len(items) <= 3:
            problems.append(f"{f}: {len(items)} items (need 1-3)")
        for it in items:
            m = re.fullmatch(r'([A-Z_]+) "([^"]+)" @ (.+)', it)
            if not m:
                problems.append(f"{f}: bad item {it!r}")
                continue
            cat, val, _place = m.groups()
            cats.add(cat)
            if val not in text:
                problems.append(f"{f}: value {val!r} not found literally")
            if cat == "BSN" and not bsn_ok(val):
                problems.append(f"{f}: BSN {val} fails 11-check")
            if cat == "IBAN" and not iban_ok(val):
                problems.append(f"{f}: IBAN {val} fails mod-97")
    if n.get("CLEAN") != 44 or n.get("DIRTY") != 16:
        problems.append(f"counts: {n} (need 44 CLEAN / 16 DIRTY)")
    want = {"NAME", "PHONE", "BIRTHDATE", "ID_NUMBER", "ADDRESS", "POSTCODE", "EMAIL", "BSN", "URL", "IBAN"}
    if want - cats:
        problems.append(f"categories not covered: {sorted(want - cats)}")
    for p in problems:
        print("FAIL:", p)
    print(f"{len(files)} cards, CLEAN={n.get('CLEAN')}, DIRTY={n.get('DIRTY')}, "
          f"categories={sorted(cats)}, problems={len(problems)}")
    print("RESULT:", "PASS" if not problems else "FAIL")
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main())
