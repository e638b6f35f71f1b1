"""Coverage of participants and speakers on the bulk corpora, per publisher, with the worst examples.

usage: python bench/coverage.py [--corpus GLOB] [--examples N] [--json]

Runs `pipeline.extract_document` on every readable record of the corpus (default: the four bulk
files beside the clone, `../shared/corpus/bulk/*.jsonl`: whitehouse-readouts, ru-kremlin,
ua-president, us-state; 5,600 documents, about a minute) and prints one row per publisher and a
total. There is no gold for these documents, so the figures lean on what each title says:

- **encounter-titled**: documents whose title announces an encounter (`ENCOUNTER_TITLE`: a call,
  phone or telephone conversation, a meeting or "met", talks, "X discussed ...", "spoke with").
  Two kinds are set aside and counted in neither figure: transcripts (`TRANSCRIPT_TITLE`: remarks,
  press statements, press calls, briefings and news conferences, "... Before Their Meeting"),
  whose text is officials' own words rather than a readout, and messages (`MESSAGE_TITLE`:
  "Greetings to ...", "Condolences to ...", "Message to ..."), whose title cannot tell a foreign
  leader (two participants) from an athlete or a forum (one). A readout of an encounter has two
  sides, so the figure is how many encounter-titled documents come out with **at least two
  participants** (count and share). It is a floor, not a recall: the titles also announce
  meetings with groups ("Meeting with Government members"), on topics ("Meeting on economic
  issues") and with private people, where fewer than two named officials is right.
- **speech without speaker**: among the statements of the encounter-titled documents whose text
  holds a speech verb (`SPEECH_VERB`: said, stressed, noted, thanked, discussed, agreed, urged,
  ...), the ones whose speaker is `null` (count, and share of the statements with a speech verb).
  The other documents are left out on purpose: speeches, addresses, greetings and domestic items
  have no participants to attribute anything to, so their statements would only add noise. Not
  every hit is a miss: the lead sentence ("X met Y and reiterated ..."), the publisher's own voice
  ("Press Secretary Jen Psaki said:") and the words of an official who is not a participant are
  `null` by the contract, so the share is an upper bound of the misses; `in 2+` gives the part of
  it in documents that have two participants (the rest are documents whose participants were
  missed first, so their speakers could not be found).
- **invented participants**: documents whose title announces no encounter (neither
  encounter-titled nor set aside) that come out with participants anyway, other than the one
  official whose statement a release with no encounter reports (its author, whom the contract's
  speakers need). Also an upper bound: a title such as "Acting Assistant Secretary of State Joey
  Hood Visits Tunisia" or "Presidents of Ukraine and Slovakia signed a joint Declaration" hides a
  real encounter.

Then, with `--examples N` (default 5), per publisher: up to N encounter-titled documents with fewer
than two participants (those with none first), up to N statements with a speech verb and no speaker
(one a document, from the documents with the most of them) and up to N documents with invented
participants (those with the most first). `--json` prints the figures and all of that as JSON.

A document without a title (a plain-text file) is in no figure; the output says how many.
The publisher of a record is the stem of the JSON Lines file it came from (the bulk files hold one
publisher each and are named after the records' `publisher` field; whitehouse-readouts.jsonl has
no such field); a plain-text file's publisher is the name of its directory.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from communique.errors import InputError
from communique.ingest import read_paths
from communique.ingest.paths import stem_of
from communique.model import Readout
from communique.pipeline import extract_document

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bulk" / "*.jsonl"

# A title that announces an encounter between officials, case-insensitive. Chosen by reading the
# titles of the four bulk files:
# - "call" but not a "conference call" (Ukrainian COVID-19 briefings), a "press call" (White House
#   background briefings), "call-ups" or "calls on / calls for" (appeals, not calls);
# - "meet", "meets", "meeting(s)", "met", but not a "Meet and Greet" with embassy staff;
# - "talks", "conversation(s)", "phone", "telephone", "discussed/discusses" (the Ukrainian "X
#   discussed ... with Y"), "spoke/talked with|to".
# Left out: a bare "Readout of" (the White House also reads out roundtables, convenings and
# forums), "visit" (mostly a trip to a place: "Visit to GES-2 House of Culture", "President visited
# the frontline positions"), "summit", "dialogue", "negotiations" (multilateral events and joint
# statements) and "received" (credentials, awards, shots). Messages are set aside (MESSAGE_TITLE).
ENCOUNTER_TITLE = re.compile(
    r"(?<![-\w])(?<!conference )(?<!press )calls?\b(?!-)(?!\s+(?:on|upon|for)\b)"
    r"|\b(?:phone|telephone|conversations?|talks|discuss(?:ed|es))\b"
    r"|\b(?:meet|meets|meeting|meetings|met)\b(?!\s+and\s+greet)"
    r"|\b(?:spoke|speaks|talked)\s+(?:with|to)\b",
    re.IGNORECASE,
)
# A message to or from someone (case-insensitive): "Condolences to King Felipe VI of Spain", "Message
# to President of Turkey", but also most of the Kremlin's 151 "Greetings to ..." and "Congratulations
# to ...", which go to athletes, staff and forums, where one participant is right. The title cannot
# tell the two apart, so these documents count in neither figure (as transcripts).
MESSAGE_TITLE = re.compile(
    r"\b(?:greetings|congratulations|condolences|messages?|letters?|telegrams?)\s+(?:to|from)\b", re.IGNORECASE)
# A transcript of what officials said in public, not a readout of the encounter (case-insensitive):
# "Remarks by ...", "Press statements following Russian-Mongolian talks", "Statements to the Press",
# "Background Press Call ...", "Press Gaggle", "News conference following Russian-French talks",
# "Briefing by Aide to the President ...", an interview, NBC's "Meet the Press", the State
# Department's "... Before Their Meeting" / "Before His Meeting".
TRANSCRIPT_TITLE = re.compile(
    r"\b(?:remarks|press\s+(?:statements?|call|briefing|conference|availability|gaggle)"
    r"|statements?\s+(?:for|to)\s+the\s+press|meet\s+the\s+press"
    r"|background\s+(?:press\s+)?(?:call|briefing)|briefing\s+(?:by|with)|interview"
    r"|news\s+conference|(?:before|after)\s+(?:their|his|her)\s+meeting)\b",
    re.IGNORECASE,
)
# A verb that reports what someone said or did in the talks. Case-sensitive on purpose: lower-case
# verbs, so the Omani family name "Al Said" is no speech.
SPEECH_VERB = re.compile(
    r"\b(?:said|says|stressed|noted|emphasi[sz]ed|expressed|thanked|welcomed|underlined|underscored"
    r"|pointed\s+out|reaffirmed|reiterated|highlighted|discussed|agreed|congratulated|briefed|informed"
    r"|called\s+(?:for|on)|urged|hoped|conveyed|affirmed|assured|told)\b"
)
SNIPPET = 120  # characters of a statement in the examples


@dataclass
class Tally:
    documents: int = 0
    encounter: int = 0  # encounter-titled (transcripts left out)
    encounter_2: int = 0  # ... with at least two participants
    transcripts: int = 0
    messages: int = 0
    untitled: int = 0  # no title to judge by (plain-text files): in no figure
    other: int = 0  # title announces no encounter and is no transcript
    invented: int = 0  # ... but the document has participants
    speech: int = 0  # statements with a speech verb in encounter-titled documents
    no_speaker: int = 0  # ... whose speaker is null
    no_speaker_2: int = 0  # ... in documents with at least two participants
    few: list[dict[str, Any]] = field(default_factory=list)  # encounter-titled, < 2 participants
    mute: list[dict[str, Any]] = field(default_factory=list)  # speech statements without speaker, per document
    invented_docs: list[dict[str, Any]] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in ("documents", "encounter", "encounter_2", "transcripts", "messages", "untitled", "other",
                     "invented", "speech", "no_speaker", "no_speaker_2"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def title_kind(title: str | None) -> str:
    """'encounter', 'transcript', 'message', 'other' or 'untitled'.

    >>> title_kind("Secretary Blinken’s Call with German Foreign Minister Maas")
    'encounter'
    >>> title_kind("Background Press Call on President Biden’s Upcoming Call with President Putin")
    'transcript'
    >>> title_kind("Condolences to King Felipe VI of Spain")
    'message'
    >>> title_kind("Ukraine calls on Russia to observe ceasefire commitments"), title_kind(None)
    ('other', 'untitled')
    """
    if not title:
        return "untitled"
    if ENCOUNTER_TITLE.search(title):
        return "transcript" if TRANSCRIPT_TITLE.search(title) else "encounter"
    return "message" if MESSAGE_TITLE.search(title) else "other"


def publisher_of(source: str | None) -> str:
    """The stem of the JSON Lines file a record came from ("path/us-state.jsonl:12" -> "us-state"),
    else the name of the file's directory."""
    if not source:
        return "?"
    path, sep, line = source.rpartition(":")
    if sep and line.isdigit():
        return stem_of(path)
    return Path(source).parent.name or "?"


def count(tally: Tally, readout: Readout, title: str | None) -> None:
    tally.documents += 1
    kind = title_kind(title)
    people = len(readout.participants)
    if kind == "transcript":
        tally.transcripts += 1
        return
    if kind == "message":
        tally.messages += 1
        return
    if kind == "untitled":
        tally.untitled += 1
        return
    if kind == "other":
        tally.other += 1
        if people >= 2 or people == 1 and readout.encounter != "other":
            tally.invented += 1
            tally.invented_docs.append({"id": readout.doc_id, "title": title,
                                        "participants": [p.name for p in readout.participants]})
        return
    tally.encounter += 1
    tally.encounter_2 += people >= 2
    if people < 2:
        tally.few.append({"id": readout.doc_id, "title": title, "participants": [p.name for p in readout.participants]})
    mute = []
    for s in readout.statements:
        if SPEECH_VERB.search(s.text):
            tally.speech += 1
            if s.speaker is None:
                mute.append(s.text)
    tally.no_speaker += len(mute)
    if people >= 2:
        tally.no_speaker_2 += len(mute)
    if mute:
        tally.mute.append({"id": readout.doc_id, "count": len(mute), "participants": people,
                           "text": " ".join(mute[0].split())[:SNIPPET]})


def run(corpus: str) -> tuple[dict[str, Tally], int, float]:
    """The tallies per publisher (in the order first seen), the number of unreadable inputs, seconds."""
    tallies: dict[str, Tally] = {}
    errors = 0
    start = time.perf_counter()
    for item in read_paths([corpus]):
        if isinstance(item, InputError):
            errors += 1
            print(f"coverage: {item}", file=sys.stderr)
            continue
        tally = tallies.setdefault(publisher_of(item.source), Tally())
        count(tally, extract_document(item), item.title)
    return tallies, errors, time.perf_counter() - start


def share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "—"


def examples(tally: Tally, n: int) -> dict[str, list[dict[str, Any]]]:
    few = sorted(tally.few, key=lambda d: len(d["participants"]))[:n]  # stable: file order within
    mute = sorted(tally.mute, key=lambda d: -d["count"])[:n]
    return {"fewer_than_two_participants": few, "speech_without_speaker": mute,
            "invented_participants": sorted(tally.invented_docs, key=lambda d: -len(d["participants"]))[:n]}


def table(rows: Iterable[tuple[str, Tally]]) -> list[str]:
    head = ("publisher", "docs", "enc-titled", "2+ particip.", "speech stmts", "no speaker", "in 2+",
            "other titles", "with particip.", "transcr./msg")
    body = [head]
    for name, t in rows:
        body.append((name, f"{t.documents:,}", f"{t.encounter:,}",
                     f"{t.encounter_2:,} ({share(t.encounter_2, t.encounter)})", f"{t.speech:,}",
                     f"{t.no_speaker:,} ({share(t.no_speaker, t.speech)})", f"{t.no_speaker_2:,}",
                     f"{t.other:,}", f"{t.invented:,} ({share(t.invented, t.other)})",
                     f"{t.transcripts:,}/{t.messages:,}"))
    widths = [max(len(row[i]) for row in body) for i in range(len(head))]
    return ["  ".join(cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in enumerate(zip(row, widths)))
            for row in body]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(DEFAULT), help="glob, file or directory (default: the four bulk files)")
    ap.add_argument("--examples", type=int, default=5, metavar="N",
                    help="examples of each kind per publisher (default: 5)")
    ap.add_argument("--json", action="store_true", help="print the figures and examples as JSON")
    args = ap.parse_args()

    tallies, errors, seconds = run(args.corpus)
    if not tallies:
        sys.exit(f"coverage: no readable document in {args.corpus}")
    total = Tally()
    for t in tallies.values():
        total.add(t)

    if args.json:
        def figures(t: Tally) -> dict[str, Any]:
            out = {k: v for k, v in asdict(t).items() if not isinstance(v, list)}
            out["encounter_2_share"] = t.encounter_2 / t.encounter if t.encounter else None
            out["no_speaker_share"] = t.no_speaker / t.speech if t.speech else None
            out["invented_share"] = t.invented / t.other if t.other else None
            return out
        print(json.dumps({
            "corpus": args.corpus, "errors": errors, "seconds": round(seconds, 1),
            "publishers": {name: {**figures(t), "examples": examples(t, args.examples)} for name, t in tallies.items()},
            "total": figures(total),
        }, ensure_ascii=False, indent=1))
        return

    print(f"corpus: {args.corpus}, {total.documents:,} documents"
          f"{f', {errors:,} unreadable' if errors else ''}, extracted in {seconds:.0f} s")
    print("enc-titled: the title announces an encounter; speech stmts: their statements with a speech verb; "
          "in 2+: speech\nwithout speaker in documents with 2+ participants; other titles: no encounter, with "
          "participants: invented\nones; transcr./msg: transcripts and messages, set aside\n")
    for line in table([*tallies.items(), ("total", total)]):
        print(line)
    if total.untitled:
        print(f"({total.untitled:,} document{'s' if total.untitled > 1 else ''} without a title in no figure)")
    if args.examples <= 0:
        return
    for name, t in tallies.items():
        ex = examples(t, args.examples)
        print(f"\n== {name}")
        print("encounter-titled, fewer than two participants:")
        for d in ex["fewer_than_two_participants"]:
            print(f"  {d['id']}  [{', '.join(d['participants']) or 'none'}]  {d['title']}")
        print("speech verb, no speaker (documents with the most of them; their first):")
        for d in ex["speech_without_speaker"]:
            print(f"  {d['id']}  ({d['count']} in the document, {d['participants']} participants)  {d['text']}")
        print("title announces no encounter, participants found:")
        for d in ex["invented_participants"]:
            print(f"  {d['id']}  [{', '.join(d['participants'])}]  {d['title']}")


if __name__ == "__main__":
    main()
