#!/usr/bin/env python3
"""Validate sentences.tsv of blind test set 2 (Dutch personal-data screener).

Usage: python3 check.py [path/to/sentences.tsv]
Exit code 0 when all checks pass, 1 otherwise.
"""
import collections
import os
import re
import sys

BLOCK_CATS = {"NAME", "BIRTHDATE", "ADDRESS", "POSTCODE", "BSN", "PHONE",
              "EMAIL", "IBAN", "URL", "ID_NUMBER"}
ALLOW_CATS = {"PLACE", "INSTITUTION", "EVENT_DATE", "AGE", "ORG_NUMBER",
              "PROFESSIONAL"}
HEADER = ["id", "expect", "category", "spans", "sentence"]
EXPECTED_TOTALS = {"BLOCK": 200, "ALLOW": 200}


def bsn_ok(digits):
    """Dutch 11-check (elfproef) for BSN; 8-digit numbers are left-padded."""
    if not digits.isdigit() or len(digits) not in (8, 9):
        return False
    d = [int(c) for c in digits.zfill(9)]
    w = [9, 8, 7, 6, 5, 4, 3, 2, -1]
    return sum(a * b for a, b in zip(d, w)) % 11 == 0 and int(digits) != 0


def iban_ok(text):
    s = re.sub(r"\s+", "", text).upper()
    if not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "sentences.tsv")
    errors, warnings = [], []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if lines[0].split("\t") != HEADER:
        errors.append(f"bad header: {lines[0]!r}")
    ids, sentences = set(), collections.Counter()
    counts = collections.Counter()
    per_cat = collections.Counter()
    for n, line in enumerate(lines[1:], start=2):
        parts = line.split("\t")
        if len(parts) != 5:
            errors.append(f"line {n}: {len(parts)} fields (want 5)")
            continue
        rid, expect, cat, spans, sent = parts
        where = f"line {n} ({rid})"
        if not re.fullmatch(r"B2-\d{3}", rid):
            errors.append(f"{where}: bad id")
        if rid in ids:
            errors.append(f"{where}: duplicate id")
        ids.add(rid)
        sentences[sent.strip().lower()] += 1
        if not sent.strip():
            errors.append(f"{where}: empty sentence")
        if sent != sent.strip():
            errors.append(f"{where}: leading/trailing whitespace")
        counts[expect] += 1
        per_cat[(expect, cat)] += 1
        if expect == "BLOCK":
            if cat not in BLOCK_CATS:
                errors.append(f"{where}: category {cat} invalid for BLOCK")
            if spans in ("", "-"):
                errors.append(f"{where}: BLOCK without spans")
                continue
            for sp in spans.split(" || "):
                if not sp or sp != sp.strip():
                    errors.append(f"{where}: empty/padded span {sp!r}")
                    continue
                if sp not in sent:
                    errors.append(f"{where}: span {sp!r} not in sentence")
                digits = re.sub(r"\D", "", sp)
                if cat == "BSN" and not bsn_ok(digits):
                    errors.append(f"{where}: BSN {sp!r} fails 11-check")
                if cat == "IBAN" and not iban_ok(sp):
                    errors.append(f"{where}: IBAN {sp!r} fails mod-97")
                if cat == "POSTCODE":
                    m = re.fullmatch(r"[1-9]\d{3} ?([A-Za-z]{2})", sp)
                    if not m or m.group(1).upper() in ("SA", "SD", "SS"):
                        errors.append(f"{where}: bad postcode {sp!r}")
                if cat == "EMAIL" and not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", sp):
                    errors.append(f"{where}: bad e-mail {sp!r}")
                if cat == "PHONE":
                    d = digits
                    if d.startswith("0031"):
                        d = "0" + d[4:]
                    elif sp.lstrip().startswith("+31"):
                        d = "0" + d[2:]
                    if len(d) != 10 or not d.startswith("0"):
                        errors.append(f"{where}: phone {sp!r} is not a 10-digit Dutch number")
                if cat == "ID_NUMBER" and len(digits) in (8, 9) and digits == re.sub(r"[\s.\-]", "", sp) and bsn_ok(digits):
                    warnings.append(f"{where}: ID {sp!r} also passes the BSN 11-check")
                if cat == "BIRTHDATE" and not re.search(r"\d", sp):
                    errors.append(f"{where}: birth date span without digits {sp!r}")
        elif expect == "ALLOW":
            if cat not in ALLOW_CATS:
                errors.append(f"{where}: category {cat} invalid for ALLOW")
            if spans != "-":
                errors.append(f"{where}: ALLOW must have spans '-'")
            # An allowed sentence must not contain a number that looks like a BSN or IBAN.
            for m in re.finditer(r"\d[\d .\-]{6,12}\d", sent):
                d = re.sub(r"\D", "", m.group())
                # dates are allowed event dates even when their digits pass the 11-check
                if re.fullmatch(r"\d{1,2}[-./ ]\d{1,2}[-./ ]\d{2,4}|\d{4}-\d{2}-\d{2}", m.group().strip()):
                    continue
                if len(d) in (8, 9) and bsn_ok(d):
                    errors.append(f"{where}: ALLOW sentence holds 11-check number {m.group()!r}")
            if re.search(r"NL\d{2}\s?[A-Z]{4}", sent, re.I):
                errors.append(f"{where}: ALLOW sentence holds an IBAN-like string")
            if re.search(r"[\w.+-]+@[\w-]+\.[\w.]+", sent):
                errors.append(f"{where}: ALLOW sentence holds an e-mail address")
        else:
            errors.append(f"{where}: expect must be BLOCK or ALLOW, got {expect!r}")
    for s, c in sentences.items():
        if c > 1:
            errors.append(f"duplicate sentence ({c}x): {s[:60]!r}")
    want_ids = {f"B2-{i:03d}" for i in range(1, len(lines))}
    if ids != want_ids:
        errors.append("ids are not B2-001..B2-%03d without gaps" % (len(lines) - 1))
    for k, v in EXPECTED_TOTALS.items():
        if counts[k] != v:
            errors.append(f"{k}: {counts[k]} sentences (want {v})")

    print(f"file: {path}")
    print(f"sentences: {sum(counts.values())}  " +
          "  ".join(f"{k}={counts[k]}" for k in ("BLOCK", "ALLOW")))
    for (e, c), v in sorted(per_cat.items()):
        print(f"  {e:5s} {c:13s} {v:4d}")
    for w in warnings:
        print("WARNING:", w)
    for e in errors:
        print("ERROR:", e)
    print("RESULT:", "PASS" if not errors else f"FAIL ({len(errors)} errors)")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
