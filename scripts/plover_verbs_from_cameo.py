"""Write `src/communique/lexicons/plover_verbs.tsv` from the event-data field's own dictionaries.

usage: python scripts/plover_verbs_from_cameo.py [--vendor ../shared/vendor] [--out PATH]

Sources (vendored in `shared/vendor`, see its README):
- PETRARCH2's verb dictionary `petrarch2/CAMEO.2.0.txt` (Open Event Data Alliance, MIT licence):
  verb synonym blocks, each with the CAMEO code its verbs give when they stand alone.
- The PLOVER project's `plover/CAMEO2PLOVER-2021.txt` (CC BY-SA 4.0): CAMEO code -> PLOVER type
  and mode.

What is kept: every verb of a block (or with its own code) whose code the table maps to a PLOVER
type, in all its forms (the irregular ones the dictionary lists, the regular ones generated as
PETRARCH does: -s/-es/-ies, -ed/-d/-ied, -ing). Phrase patterns ("- * AID [070]") are left out:
they need PETRARCH's parse to find the verb's object. Multi-word verbs ("+BEEF_UP") too. The
output is derived from both sources, so it carries both attributions and CC BY-SA 4.0.

Status (2026-12-03, issue 12): the output is not read by the coder yet, because the verbs alone,
each with its block's default code, were measured to harm it. As the last resort of the cue book
(a verb form a readout cue reads left to that cue): world events F1 0.670 -> 0.573 and dev 0.950 ->
0.737 with every type, GSR top-1 79.8% -> 79.2% (generic verbs carry their synonym block's broad
code: "issue", "increase", "exchange" as COOPERATE 060, "express", "challenge" as ACCUSE 110,
"take" as COERCE 171); 0.664 / 0.942 with the conflict types only; with ASSAULT, MOBILIZE, PROTEST
and SANCTION alone nothing changes on the gold, and on the bulk corpora "demonstrated its
commitment" becomes PROTEST (CAMEO 141) 188 times. What the field's dictionary knows is in the
patterns (verb + object: "- * AID [070]", "- * SANCTIONS [163]"): reading those, with the object
words after the verb, is the next step. Read for bare news sentences only (`events.code`, the
GSR): coverage 92.2% -> 98.8% but top-1 79.8% -> 73.9% with every type; 93.5% / 79.2% with the
conflict and material types of specific codes (not a category's x0): no gain either.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
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
# Rules (how lexicons/plover.py reads it)
#   - One row per verb form: `form` (lower case, as written in text), `lemma`, the CAMEO `code` of
#     its block, the PLOVER `type` and `mode` the table gives that code.
#   - These are the coder's last resort: a cue of plover_cues.yaml that reads the same word, or a
#     longer phrase, wins; a form that plover_cues.yaml lists as a not_cue is never read.
#   - Only the types in `lexicons/plover.py:FIELD_TYPES` are used: the others (CONSULT, SUPPORT,
#     AGREE, REQUEST ...) are what readouts say in their own words, which plover_cues.yaml reads.
form\tlemma\tcode\ttype\tmode
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


def verbs(path: Path, table: dict[str, tuple[str, str]]) -> list[tuple[str, str, str, str, str]]:
    rows, default, in_verbs = [], None, False
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if "VERB PATTERNS" in line:
            in_verbs = True
            continue
        if not in_verbs:
            continue
        if block := BLOCK.match(line):
            default = block.group(2).split(":")[0]
            continue
        if not line or line[0] in "-#+ &\t" or default is None:
            continue
        verb = VERB.match(line.split("#", 1)[0].strip())
        if not verb or "_" in line.split()[0]:
            continue
        lemma, irregular, own = verb.group(1), verb.group(2), verb.group(3)
        code = (own.split(":")[0] if own else default).strip()
        if code not in table:
            continue
        type_, mode = table[code]
        forms = [lemma, *irregular.split()] if irregular is not None and irregular.strip() else regular_forms(lemma)
        for form in dict.fromkeys(forms):
            rows.append((form.lower(), lemma.lower(), code, type_, mode))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--vendor", type=Path, default=REPO.parent / "shared" / "vendor")
    parser.add_argument("--out", type=Path, default=REPO / "src" / "communique" / "lexicons" / "plover_verbs.tsv")
    args = parser.parse_args(argv)
    table = plover_table(args.vendor / "plover" / "CAMEO2PLOVER-2021.txt")
    rows = verbs(args.vendor / "petrarch2" / "CAMEO.2.0.txt", table)
    seen, lines = set(), []
    for row in rows:
        if row[0] not in seen:  # a form in two blocks keeps its first
            seen.add(row[0])
            lines.append("\t".join(row))
    commits = {key: (args.vendor / folder / "COMMIT").read_text(encoding="utf-8").split()[0][:12]
               for key, folder in (("petrarch", "petrarch2"), ("plover", "plover"))}
    args.out.write_text(HEADER.format(**commits) + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{args.out}: {len(lines)} verb forms of {len({r[1] for r in rows})} verbs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
