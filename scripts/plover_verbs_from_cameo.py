"""Write the field dictionary of the PLOVER coder from the event-data field's own dictionaries:
`src/communique/lexicons/plover_verbs.tsv` (verb forms) and `plover_verb_patterns.tsv` (verb + object).

usage: python scripts/plover_verbs_from_cameo.py [--vendor ../shared/vendor] [--out FOLDER]

Sources (vendored in `shared/vendor`, see its README):
- PETRARCH2's verb dictionary `petrarch2/CAMEO.2.0.txt` (Open Event Data Alliance, MIT licence):
  verb synonym blocks, each with the CAMEO code its verbs give when they stand alone, and the
  block's patterns, the code a verb gives with given words after it ("- * AID [070]" under RUSH).
- The PLOVER project's `plover/CAMEO2PLOVER-2021.txt` (CC BY-SA 4.0): CAMEO code -> PLOVER type
  and mode.

What is kept: every verb of a block in all its forms (the irregular ones the dictionary lists, the
regular ones generated as PETRARCH does: -s/-es/-ies, -ed/-d/-ied, -ing), with the PLOVER type of
its code (NONE for a block of no code of its own, read for its patterns); every pattern whose words
all come after the verb, its synonym sets (`&WEAPON`) spelt out. Patterns with words before the verb
(its subject) and multi-word verbs ("+BEEF_UP") are left out: they need PETRARCH's parse. The output
is derived from both sources, so it carries both attributions and CC BY-SA 4.0.

How the coder reads it (`lexicons/plover.py:FieldBook`, measured in bench/RESULTS.md, issue 12):
as the last resort for a bare news sentence (`communique code`) in which the readout cue book finds
no event. Measured as a per-word last resort inside readouts, the verbs with their block's broad
code harmed the coder (world events F1 0.670 -> 0.573: "issue", "exchange" as COOPERATE 060,
"express" as ACCUSE 110), so readouts keep plover_cues.yaml alone.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
PATTERN = re.compile(r"^-\s+(.*?)\*(.*?)\[([^\]]*)\]")
VERB = re.compile(r"^([A-Z][A-Z'\-]*)\s*(?:\{([^}]*)\})?\s*(?:\[([^\]]*)\])?")

HEADER = """\
# PLOVER types of verbs, from the event-data field's dictionaries. Generated: do not edit by hand;
# run `python scripts/plover_verbs_from_cameo.py` (it reads ../shared/vendor).
#
# Sources
#   - PETRARCH2 verb dictionary CAMEO.2.0.txt, openeventdata/petrarch2 commit {petrarch},
#     Copyright (c) 2015 Open Event Data Alliance, MIT licence: verbs and their CAMEO codes.
#   - CAMEO2PLOVER-2021.txt, openeventdata/PLOVER commit {plover}, PLOVER manual draft 0.8 (Philip
#     Schrodt), CC BY-SA 4.0: CAMEO code -> PLOVER type and mode.
# Licence of this file: CC BY-SA 4.0 (a derivative of the table), with the MIT notice of PETRARCH2.
#
# How lexicons/plover.py reads it: the last resort of `communique code` for a bare sentence in which
# plover_cues.yaml finds no event; a form that plover_cues.yaml lists as a not_cue is never read.
"""
VERB_RULES = """\
#
# One row per verb form: `form` (lower case, as written in text), `lemma`, the `block` (PETRARCH's
# synonym set, whose patterns are in plover_verb_patterns.tsv), the CAMEO `code` of the verb or its
# block, the PLOVER `type` and `mode` the table gives that code (NONE: no event unless a pattern says).
"""
PATTERN_RULES = """\
#
# One row per pattern of a block: `words` that come after the verb, in order, each a stem ("arrest"
# reads "arrests") or, ending in `_` or of three letters or fewer, exact; `a|b` either; `a_b` a phrase. With a gap of up to four
# words before each. The pattern with the most words found wins over the verb's own code; type NONE
# is PETRARCH's "no event" (code ---).
"""


def plover_table(path: Path) -> dict[str, tuple[str, str]]:
    """CAMEO code -> (PLOVER type, mode)."""
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if ":" not in line or line.startswith("~"):
            continue
        code, rest = (part.strip() for part in line.split(":", 1))
        fields = [f.strip() for f in rest.split(",")]
        if code.isdigit() and fields[0].isupper():
            table[code] = (fields[0], fields[1] if len(fields) > 1 else "")
    return table


def regular_forms(verb: str) -> list[str]:
    """The forms PETRARCH generates for a regular English verb."""
    forms = [verb]
    if verb.endswith("Y") and verb[-2:-1] not in "AEIOU":
        forms += [verb[:-1] + "IES", verb[:-1] + "IED", verb + "ING"]
    elif verb.endswith("E"):
        forms += [verb + "S", verb + "D", (verb if verb.endswith("EE") else verb[:-1]) + "ING"]
    else:
        forms += [verb + ("ES" if verb.endswith(("S", "SH", "CH", "X", "Z", "O")) else "S"), verb + "ED", verb + "ING"]
    return forms


def synsets(lines: list[str]) -> dict[str, list[str]]:
    """`&NAME` -> its members ("+RICE", "+SMALL_ARMS" -> "rice", "small_arms"), from the file's head."""
    sets: dict[str, list[str]] = {}
    name = None
    for line in lines:
        if "VERB PATTERNS" in line:
            break
        word = line.split("#", 1)[0].strip()
        if word.startswith("&"):
            name = word
            sets[name] = []
        elif word.startswith("+") and name:
            sets[name].append(word[1:].lower().rstrip("_"))
        elif not word:
            name = None
    return sets


def pattern_words(tokens: list[str], sets: dict[str, list[str]]) -> str | None:
    """The words after the verb of one PETRARCH pattern in the TSV's syntax, or None when it cannot
    be read without a parse. PETRARCH marks: `{A B}` a phrase (written a_b), `(P X)` a prepositional
    phrase (its words in order), `&SET` any member of a synonym set (a|b|c), `$ + ^ %` the target,
    source and skipped nouns (dropped: this reader matches words, not constituents); a word ending
    in `_` is exact, others are stems."""
    out: list[str] = []
    phrase: list[str] | None = None
    for token in tokens:
        token = token.strip("()")
        if not token or token in "$+^%":
            continue
        opens, closes = token.startswith("{"), token.endswith("}")
        token = token.strip("{}")
        if token.startswith("&"):
            members = sets.get(token)
            if not members:
                return None
            word = "|".join(dict.fromkeys(m.replace(" ", "_") for m in members))
        elif re.fullmatch(r"[A-Z][A-Z'\-]*_?", token):
            word = token.lower()
        else:
            return None
        if opens:
            phrase = []
        if phrase is not None:
            phrase.append(word)
            if closes:
                out.append("_".join(phrase))
                phrase = None
        else:
            out.append(word)
    return " ".join(out) if out and phrase is None else None


def verbs(path: Path, table: dict[str, tuple[str, str]]) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
    """(verb rows, pattern rows). A verb row: form, lemma, block, code, type, mode. A pattern row:
    block, words, code, type, mode; code `---` (type NONE) is PETRARCH's "no event" ("- * ELECTION
    [---]" under FREE)."""
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    sets = synsets(lines)
    rows, patterns = [], []
    default = block = None
    in_verbs = False
    for line in lines:
        if "VERB PATTERNS" in line:
            in_verbs = True
            continue
        if not in_verbs:
            continue
        if head := BLOCK.match(line):
            default, block = head.group(2).split(":")[0], head.group(1).lower()
            continue
        body = line.split("#", 1)[0].strip()
        if body.startswith("- ") and block is not None:
            pattern = PATTERN.match(body)
            if pattern is None or pattern.group(1).strip():
                continue  # words before the verb (its subject) need a parse
            code = pattern.group(3).split(":")[0].strip()
            words = pattern_words(pattern.group(2).split(), sets)
            if words is None:
                continue
            if code == "---":
                patterns.append((block, words, code, "NONE", ""))
            elif code in table:
                patterns.append((block, words, code, *table[code]))
            continue
        if not line or line[0] in "-#+ &\t" or default is None:
            continue
        verb = VERB.match(body)
        if not verb or "_" in line.split()[0]:
            continue
        lemma, irregular, own = verb.group(1), verb.group(2), verb.group(3)
        code = (own.split(":")[0] if own else default).strip()
        if code not in table and code != "---":
            continue
        type_, mode = table.get(code, ("NONE", ""))  # a verb of no event of its own, read for its patterns
        forms = [lemma, *irregular.split()] if irregular is not None and irregular.strip() else regular_forms(lemma)
        for form in dict.fromkeys(forms):
            rows.append((form.lower(), lemma.lower(), block, code, type_, mode))
    return rows, patterns


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--vendor", type=Path, default=REPO.parent / "shared" / "vendor")
    parser.add_argument("--out", type=Path, default=REPO / "src" / "communique" / "lexicons",
                        help="the folder of plover_verbs.tsv and plover_verb_patterns.tsv")
    args = parser.parse_args(argv)
    table = plover_table(args.vendor / "plover" / "CAMEO2PLOVER-2021.txt")
    rows, patterns = verbs(args.vendor / "petrarch2" / "CAMEO.2.0.txt", table)
    seen, lines = set(), []
    for row in rows:
        if row[0] not in seen:  # a form in two blocks keeps its first
            seen.add(row[0])
            lines.append("\t".join(row))
    blocks = {row[2] for row in rows}
    kept = list(dict.fromkeys("\t".join(p) for p in patterns if p[0] in blocks))  # the file repeats some
    commits = {key: (args.vendor / folder / "COMMIT").read_text(encoding="utf-8").split()[0][:12]
               for key, folder in (("petrarch", "petrarch2"), ("plover", "plover"))}
    (args.out / "plover_verbs.tsv").write_text(
        HEADER.format(**commits) + VERB_RULES + "form\tlemma\tblock\tcode\ttype\tmode\n" + "\n".join(lines) + "\n",
        encoding="utf-8")
    (args.out / "plover_verb_patterns.tsv").write_text(
        HEADER.format(**commits) + PATTERN_RULES + "block\twords\tcode\ttype\tmode\n" + "\n".join(kept) + "\n",
        encoding="utf-8")
    print(f"{args.out}: {len(lines)} verb forms of {len({r[1] for r in rows})} verbs in {len(blocks)} blocks, "
          f"{len(kept)} patterns")
    return 0


if __name__ == "__main__":
    sys.exit(main())
