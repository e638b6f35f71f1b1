"""PLOVER event coder on the PLOVER gold standard records: event type accuracy, actor and recipient agreement.

usage: python bench/plover_gsr.py [PATH] [--errors N] [--json]

Runs `communique.code` on each hand-coded news sentence of `../shared/benchmarks/plover_gsr.jsonl`
(322 sentences, one PLOVER event each, CAMEO-style actor codes; see the README beside it) and
prints one table by gold type, the most frequent confusions and a summary line:

- coverage: the share of sentences with at least one coded event;
- event type, two ways: **top-1**, the sentence's *main* event has the gold type; **any-match**, some
  coded event has it. The main event is the first coded event that is not CONSULT, or the first
  event when all are CONSULT: a news sentence mentions a meeting as the setting of the act the gold
  codes ("... said after talks with ..."), so a leading CONSULT would hide that act;
- actor agreement: among sentences whose gold actors hold a code communique can give (a state, or
  `IGO`), the share where the main event's actor is one of them, the gold's CAMEO codes mapped to
  ISO first (`CAMEO_TO_ISO`) and any organisation code the coder gives (UN, EU, NATO ...) matching
  `IGO`; the same for the main event's target against the gold recipients. A sentence with no event
  counts as a miss. (In this file `IGO` never shares a side with a state, so a scope of state codes
  only would never use the `IGO` rule; `--json` gives the figures for each kind of gold code.)
- the 10 most frequent (gold type -> main coded type) errors among sentences with an event;
- milliseconds per sentence, for information, after one warm-up call that loads the lexicons.

`score(records, coder)` does the work with the coder as a parameter, so tests can give it a fake.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import chain, zip_longest
from pathlib import Path
from typing import Any

import pycountry

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "plover_gsr.jsonl"
WARM_UP = "Japan and China agreed on Monday to resume talks on their disputed border."
NONE = "(none)"  # the coded type of a sentence without events
UNSPECIFIED = "UNSPECIFIED"  # communique's code for unnamed outsiders: neither a state nor an organisation
USER_ASSIGNED = frozenset({"XKX"})  # Kosovo: a state code communique gives, unknown to pycountry

# Every actor and recipient code of plover_gsr.jsonl checked against pycountry's alpha-3 codes: these
# are the CAMEO codes that name a state differently (the other state codes are ISO already).
CAMEO_TO_ISO = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
IGO = "IGO"  # CAMEO: any intergovernmental organisation (APEC, the UN Security Council, the EC ...)
# The file's other non-state codes, which nothing communique codes can match: NGO (non-governmental
# organisation), IMG (international militarised group: al-Qaeda), ISM (Islamic: "Muslim hackers").
NON_STATE = frozenset({IGO, "NGO", "IMG", "ISM"})

Coder = Callable[[str], Sequence[Any]]  # sentence -> events with .type, .actor, .target (communique.code)


@cache
def is_state(code: str) -> bool:
    return code in USER_ASSIGNED or pycountry.countries.get(alpha_3=code) is not None


def is_org(code: str | None) -> bool:
    """A coder code that names an organisation: not a state, not UNSPECIFIED (UN, EU, NATO ...)."""
    return bool(code) and code != UNSPECIFIED and not is_state(code)


def gold_kind(codes: list[str]) -> str | None:
    """"state" if the gold codes hold a state, "IGO" if they hold IGO, None if neither (out of scope)."""
    iso = [CAMEO_TO_ISO.get(c, c) for c in codes]
    return "state" if any(c not in NON_STATE and is_state(c) for c in iso) else IGO if IGO in iso else None


def agrees(coded: str | None, gold: list[str]) -> bool:
    """The coder's code is one of the gold codes: CAMEO mapped to ISO, an organisation matching IGO.

    >>> agrees("JPN", ["JAP"]), agrees("UN", ["IGO"]), agrees("UNSPECIFIED", ["IGO"]), agrees(None, ["USA"])
    (True, True, False, False)
    """
    iso = {CAMEO_TO_ISO.get(c, c) for c in gold}
    return bool(coded) and (coded in iso or (IGO in iso and is_org(coded)))


def main_event(events: Sequence[Any]) -> Any | None:
    """The first event that is not CONSULT, else the first event, else None (see the module doc)."""
    return next((e for e in events if e.type != "CONSULT"), events[0] if events else None)


@dataclass(slots=True)
class Coded:
    """One gold record and what the coder made of it."""

    record: dict[str, Any]
    events: list[Any]
    ms: float
    crash: str | None = None  # the exception the coder raised on this sentence, if any

    @property
    def gold(self) -> str:
        return self.record["event"]

    @property
    def main(self) -> Any | None:
        return main_event(self.events)

    @property
    def main_type(self) -> str:
        return self.main.type if self.events else NONE

    @property
    def top1(self) -> bool:
        return self.main_type == self.gold

    @property
    def any_match(self) -> bool:
        return any(e.type == self.gold for e in self.events)


@dataclass(slots=True)
class Tally:
    """Counts over a group of sentences: n, with an event, top-1 and any-match right."""

    n: int = 0
    coded: int = 0
    top1: int = 0
    any_match: int = 0

    def add(self, c: Coded) -> None:
        self.n += 1
        self.coded += bool(c.events)
        self.top1 += c.top1
        self.any_match += c.any_match

    def to_dict(self) -> dict[str, Any]:
        return {"n": self.n, "coverage": rate(self.coded, self.n), "top1": rate(self.top1, self.n),
                "any_match": rate(self.any_match, self.n), "top1_of_coded": rate(self.top1, self.coded)}


@dataclass(slots=True)
class Agreement:
    """Main-event actor (or target) agreement over the sentences whose gold side is in scope."""

    n: int = 0
    agreed: int = 0
    coded: int = 0  # in scope and with an event
    by_gold: dict[str, list[int]] = field(default_factory=lambda: {"state": [0, 0], IGO: [0, 0]})

    def add(self, c: Coded, gold: list[str], coded: str | None) -> None:
        kind = gold_kind(gold)
        if kind is None:
            return
        ok = agrees(coded, gold)
        self.n, self.agreed, self.coded = self.n + 1, self.agreed + ok, self.coded + bool(c.events)
        self.by_gold[kind][0] += 1
        self.by_gold[kind][1] += ok

    def to_dict(self) -> dict[str, Any]:
        return {"n": self.n, "agreement": rate(self.agreed, self.n),
                "agreement_of_coded": rate(self.agreed, self.coded),
                "by_gold": {k: {"n": n, "agreement": rate(a, n)} for k, (n, a) in self.by_gold.items()}}


@dataclass(slots=True)
class Scores:
    coded: list[Coded]
    overall: Tally
    by_type: dict[str, Tally]
    actor: Agreement
    target: Agreement
    by_type_actor: dict[str, Agreement]
    by_type_target: dict[str, Agreement]
    confusions: list[tuple[str, str, int]]  # (gold, main coded type, sentences), most frequent first

    @property
    def crashes(self) -> int:
        return sum(c.crash is not None for c in self.coded)

    def to_dict(self) -> dict[str, Any]:
        ms = [c.ms for c in self.coded]
        return {
            **self.overall.to_dict(), "crashes": self.crashes,
            "actor": self.actor.to_dict(), "target": self.target.to_dict(),
            "by_type": {t: {**tally.to_dict(), "actor": self.by_type_actor[t].to_dict()["agreement"],
                            "target": self.by_type_target[t].to_dict()["agreement"]}
                        for t, tally in self.by_type.items()},
            "confusions": [{"gold": g, "coded": c, "n": n} for g, c, n in self.confusions],
            "ms_per_sentence": {"mean": round(statistics.fmean(ms), 3) if ms else None,
                                "median": round(statistics.median(ms), 3) if ms else None},
        }


def rate(k: int, n: int) -> float | None:
    return round(k / n, 4) if n else None


def code_one(record: dict[str, Any], coder: Coder) -> Coded:
    start = time.perf_counter()
    try:  # a coder in progress may raise on one sentence: count it, keep going
        events, crash = list(coder(record["text"])), None
    except Exception as exc:  # noqa: BLE001
        events, crash = [], f"{type(exc).__name__}: {exc}"
    return Coded(record, events, (time.perf_counter() - start) * 1000, crash)


def score(records: Sequence[dict[str, Any]], coder: Coder) -> Scores:
    """Code every record's text with `coder` and compare with the record's gold event."""
    coded = [code_one(r, coder) for r in records]
    overall, by_type = Tally(), defaultdict(Tally)
    actor, target = Agreement(), Agreement()
    by_type_actor, by_type_target = defaultdict(Agreement), defaultdict(Agreement)
    for c in coded:
        main = c.main
        for tally in (overall, by_type[c.gold]):
            tally.add(c)
        for agreement in (actor, by_type_actor[c.gold]):
            agreement.add(c, c.record["actors"], main.actor if main else None)
        for agreement in (target, by_type_target[c.gold]):
            agreement.add(c, c.record["recipients"], main.target if main else None)
    errors = Counter((c.gold, c.main_type) for c in coded if c.events and not c.top1)
    confusions = [(g, t, n) for (g, t), n in errors.most_common(10)]
    order = sorted(by_type, key=lambda t: (-by_type[t].n, t))
    return Scores(coded, overall, {t: by_type[t] for t in order}, actor, target,
                  dict(by_type_actor), dict(by_type_target), confusions)


def read_records(path: Path) -> list[dict[str, Any]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        sys.exit(f"bench: cannot read {path}: {exc.strerror}")
    return [json.loads(line) for line in lines if line.strip()]


def pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.1%}"


def print_table(s: Scores) -> None:
    print(f"{'gold type':<10} {'n':>4} {'coverage':>8} {'top-1':>6} {'any':>6} {'actor':>12} {'recipient':>12}")
    rows = [(t, tally, s.by_type_actor[t], s.by_type_target[t]) for t, tally in s.by_type.items()]
    for name, tally, actor, target in [*rows, ("all", s.overall, s.actor, s.target)]:
        if name == "all":
            print("-" * 64)
        d = tally.to_dict()
        print(f"{name:<10} {tally.n:>4} {pct(d['coverage']):>8} {pct(d['top1']):>6} {pct(d['any_match']):>6} "
              f"{pct(rate(actor.agreed, actor.n)):>6} of {actor.n:>3} "
              f"{pct(rate(target.agreed, target.n)):>6} of {target.n:>3}")


def print_report(path: Path, s: Scores) -> None:
    d = s.to_dict()
    print(f"PLOVER gold standard records: {path}, {d['n']} sentences; coder communique.code")
    print("main event = first non-CONSULT event (or the first); actor/recipient = main event's "
          "actor/target among the gold codes (CAMEO mapped to ISO, organisation = IGO)\n")
    print_table(s)
    print(f"\ncoverage {pct(d['coverage'])}; top-1 {pct(d['top1'])} ({pct(d['top1_of_coded'])} of the "
          f"sentences with an event); coder crashes: {s.crashes}")
    for side in ("actor", "target"):
        a = d[side]
        kinds = ", ".join(f"gold {k} {pct(v['agreement'])} of {v['n']}" for k, v in a["by_gold"].items())
        print(f"{side}: {pct(a['agreement'])} of {a['n']} "
              f"({pct(a['agreement_of_coded'])} of those with an event; {kinds})")
    print("\nmost frequent errors (gold -> main coded type), sentences with an event:")
    for g, t, n in s.confusions:
        print(f"  {g:>10} -> {t:<10} {n:>3}")
    if not s.confusions:
        print("  none")
    ms = {k: "-" if v is None else f"{v:.2f}" for k, v in d["ms_per_sentence"].items()}
    print(f"\ntime: {ms['mean']} ms per sentence (mean; median {ms['median']}), after one warm-up call")
    print(f"summary: n={d['n']} coverage={pct(d['coverage'])} top-1={pct(d['top1'])} any-match={pct(d['any_match'])} "
          f"actor={pct(d['actor']['agreement'])} recipient={pct(d['target']['agreement'])} "
          f"crashes={s.crashes} {ms['mean']} ms/sentence")


def misclassified(s: Scores, n: int) -> list[Coded]:
    """`n` sentences whose main event has the wrong type (or none), taken in turn from each gold type;
    in each type, the wrongly coded before the uncoded, which say less to a developer."""
    groups = defaultdict(list)
    for c in sorted(s.coded, key=lambda c: not c.events):
        if not c.top1:
            groups[c.gold].append(c)
    turns = zip_longest(*(groups[t] for t in s.by_type if t in groups))
    return [c for c in chain.from_iterable(turns) if c is not None][:n]


def event_summary(e: Any) -> dict[str, Any]:
    return {k: getattr(e, k, None) for k in ("type", "actor", "target", "mode", "polarity", "cue")}


def error_dict(c: Coded) -> dict[str, Any]:
    r = c.record
    return {"id": r["id"], "text": r["text"], "crash": c.crash, "coded": [event_summary(e) for e in c.events],
            "gold": {"type": r["event"], "actors": r["actors"], "recipients": r["recipients"], "mode": r["mode"]}}


def print_errors(errors: list[Coded]) -> None:
    print(f"{len(errors)} misclassified sentences:")
    for c in errors:
        r = c.record
        print(f"{r['id']}: {r['text']}")
        print(f"  gold:  {r['event']} {','.join(r['actors']) or '-'} -> {','.join(r['recipients']) or '-'}"
              f"{' mode ' + r['mode'] if r['mode'] else ''}")
        for e in c.events:
            v = event_summary(e)
            print(f"  coded: {v['type']} {v['actor']} -> {v['target']}{' mode ' + v['mode'] if v['mode'] else ''}"
                  f"{'  [' + v['cue'] + ']' if v['cue'] else ''}")
        if c.crash or not c.events:
            print(f"  coded: {'crash ' + c.crash if c.crash else NONE}")
        print()


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", default=str(DEFAULT), help="gold records, JSON lines (default: %(default)s)")
    ap.add_argument("--errors", type=int, default=0, metavar="N", help="also print N misclassified sentences")
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = ap.parse_args(argv)
    path = Path(args.path)
    records = read_records(path)

    from communique import code  # imported here so that tests can import score() with a fake coder alone
    try:
        code(WARM_UP)  # loads the lexicons and builds the matchers, outside the timing
    except Exception:  # noqa: BLE001  (counted per sentence by score)
        pass
    s = score(records, code)
    errors = misclassified(s, args.errors)
    if args.json:
        out = {"path": str(path), **s.to_dict()}
        if args.errors:
            out["errors"] = [error_dict(c) for c in errors]
        print(json.dumps(out, ensure_ascii=False))
        return
    if args.errors:  # before the report, so that the summary stays the last line
        print_errors(errors)
    print_report(path, s)


if __name__ == "__main__":
    main()
