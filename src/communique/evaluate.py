"""Score readouts against gold annotations, with the figures of `shared/tools/score.py` and the why.

The numbers must equal the reference scorer's on the same inputs (a test runs both), so the
matching rules are copied, quirks included: names match when the shorter one's words are a subset
of the other's after accent/case/punctuation folding (`same_person`); participants match greedily
in gold order, each gold one taking the first unused system one of its country whose name matches
or, when the gold names them only by office ("Prime Minister"), whose title is that office
(`same_participant`); a gold statement is found in the text from where the previous one ended and
is scored by the system statement whose span holds its centre, its speaker right when the names
match or when it is the system name the gold speaker's participant was matched to; `CONSULT` and
`COOPERATE` events are symmetric. On top of the figures, every document gets the list of what
differs, so a developer sees which sentence lost its speaker rather than just a lower score
(spaCy's `evaluate` over `Scorer`), and its raw counts, so `Report.by` scores any grouping of the
documents (`by_publisher`) with the same rules.

>>> same_person("President Joseph R. Biden, Jr.", "Joseph R Biden"), same_person("both", "Biden")
(True, False)
"""
from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from communique.errors import CommuniqueError, GoldError
from communique.model import Document
from communique.pipeline import extract_many

SYMMETRIC = frozenset({"CONSULT", "COOPERATE"})
ACCURACY = ("date", "encounter", "location", "speaker", "published")
PRF = ("participants", "issues", "events")
NOT_ALIGNED = 0  # score.py's `aligned.get(..., 0)`: equals no speaker a system writes (a name or None)


def norm(name: object) -> str | None:
    """Fold accents, case and `.`/`,`/`-` so "Bùi Thanh Sơn" and "bui thanh son" compare equal."""
    if name is None:
        return None
    s = unicodedata.normalize("NFKD", str(name))
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    return " ".join(s.replace(".", " ").replace(",", " ").replace("-", " ").split())


def same_person(a: object, b: object) -> bool:
    """The reference scorer's name match: one name's words all occur in the other's; "both" only equals "both"."""
    a, b = norm(a), norm(b)
    if a is None or b is None or a == "both" or b == "both":
        return a == b
    ta, tb = set(a.split()), set(b.split())
    small, big = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    return bool(small) and small <= big


def same_participant(gold: Mapping[str, Any], system: Mapping[str, Any]) -> bool:
    """Whether a system participant of the gold one's country is the gold one: the names match, or the
    gold names them only by office (name == title) and the system gives that title, whatever the name
    it found for the office holder (from a dictionary of leaders, say). Countries are compared apart.

    >>> pm = {"name": "Prime Minister", "title": "Prime Minister", "country": "GBR"}
    >>> same_participant(pm, {"name": "Boris Johnson", "title": "prime minister"})
    True
    >>> same_participant(pm, {"name": "Boris Johnson", "title": "Foreign Secretary"})
    False
    """
    name, title, stitle = gold["name"], gold.get("title"), system.get("title")
    bare = title is not None and norm(name) == norm(title)
    return same_person(name, system.get("name")) or (bare and stitle is not None and norm(stitle) == norm(title))


def publisher_of(doc_id: str, publisher: str | None = None) -> str:
    """The group `Report.by_publisher` puts a document in: its `Document.publisher` (a code, from its
    URL or `--publisher`), else its id's prefix before the last "-".

    >>> publisher_of("ru-kremlin-101", "RUS"), publisher_of("qa-qna-101"), publisher_of("004_4ed7dbded0f9f16b")
    ('RUS', 'qa-qna', '004_4ed7dbded0f9f16b')
    """
    return publisher or doc_id.rsplit("-", 1)[0]


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall, F1; an empty side scores 1.0 as in the reference scorer."""
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def event_key(event: Mapping[str, Any]) -> tuple[Any, Any, Any]:
    kind, actor, target = event.get("type"), event.get("actor"), event.get("target")
    if kind in SYMMETRIC:
        actor, target = sorted([str(actor), str(target)])
    return kind, actor, target


@dataclass(slots=True)
class FieldDiff:
    field: str
    gold: Any
    system: Any


@dataclass(slots=True)
class SpeakerError:
    """A gold sentence the system attributed wrongly (or could not be located in the text)."""

    text: str
    gold: str | None
    system: str | None  # speaker of the system statement holding the sentence's centre
    found: bool = True  # False: the gold sentence does not occur in the document text
    covered: bool = True  # False: no system statement spans the sentence's centre


@dataclass(slots=True)
class DocumentErrors:
    """Everything one document got wrong; `ok` when it got nothing wrong."""

    doc_id: str
    no_output: bool = False  # the system produced no readout for this gold document
    no_text: bool = False  # the corpus did not hold the text, so no statement could be located
    fields: list[FieldDiff] = field(default_factory=list)
    speakers: list[SpeakerError] = field(default_factory=list)
    participants_missing: list[dict[str, Any]] = field(default_factory=list)
    participants_extra: list[dict[str, Any]] = field(default_factory=list)
    issues_missing: list[str] = field(default_factory=list)
    issues_extra: list[str] = field(default_factory=list)
    events_missing: list[list[Any]] = field(default_factory=list)
    events_extra: list[list[Any]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not any(getattr(self, f.name) for f in fields(self) if f.name != "doc_id")


@dataclass(slots=True)
class Report:
    """The reference scorer's figures (`scores()`) plus per-document errors (`documents`)."""

    docs: int
    missing: list[str]
    accuracy: dict[str, float | None]  # date, encounter, location, speaker, published
    prf: dict[str, dict[str, float]]  # participants, issues, events -> {"p", "r", "f1"}
    documents: list[DocumentErrors]
    counts: list[Counts] = field(default_factory=list, repr=False)  # of each of `documents`, in order
    publishers: dict[str, str | None] = field(default_factory=dict, repr=False)  # doc_id -> Document.publisher

    @classmethod
    def of(cls, documents: list[DocumentErrors], counts: list[Counts],
           publishers: Mapping[str, str | None] | None = None) -> Report:
        """The report of scored documents: their counts pooled into the figures (`publishers` may
        name more documents than these; the report keeps theirs)."""
        accuracy, figures = sum(counts, Counts()).figures()
        publishers = publishers or {}
        return cls(len(documents), [d.doc_id for d in documents if d.no_output], accuracy, figures, list(documents),
                   list(counts), {d.doc_id: publishers[d.doc_id] for d in documents if d.doc_id in publishers})

    def by(self, key: Callable[[str], str]) -> dict[str, Report]:
        """A report per group of documents, `key(doc_id)` naming the group; groups sorted by name.

        The figures are each group's pooled counts, as score.py would give on that group's gold
        alone, so the groups together pool back into this report.
        """
        groups: dict[str, list[int]] = {}
        for i, d in enumerate(self.documents):
            groups.setdefault(key(d.doc_id), []).append(i)
        return {name: Report.of([self.documents[i] for i in rows], [self.counts[i] for i in rows], self.publishers)
                for name, rows in sorted(groups.items())}

    def by_publisher(self) -> dict[str, Report]:
        """`by` the publisher of each document (`publisher_of`)."""
        return self.by(lambda doc_id: publisher_of(doc_id, self.publishers.get(doc_id)))

    def scores(self) -> dict[str, Any]:
        """Exactly `score.py --json`'s object, key order included."""
        return {"docs": self.docs, "missing": list(self.missing), **self.accuracy, **self.prf}

    def to_dict(self) -> dict[str, Any]:
        """`scores()` plus "documents": the errors of each document that has any (a superset of
        score.py's JSON, so tools reading that read this too)."""
        return {**self.scores(), "documents": [asdict(d) for d in self.documents if not d.ok]}


def load_gold(gold_dir: str | Path) -> list[dict[str, Any]]:
    """Every `*.json` gold record of `gold_dir`, in file-name order; `GoldError` names a bad file."""
    folder = Path(gold_dir)
    if not folder.is_dir():
        raise GoldError("no such directory of gold files", source=str(folder))
    paths = sorted(folder.glob("*.json"))
    if not paths:
        raise GoldError("no gold files (*.json) in this directory", source=str(folder))
    return [_read_gold(p) for p in paths]


def _read_gold(path: Path) -> dict[str, Any]:
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise GoldError(f"not UTF-8 (byte {exc.object[exc.start]:#04x} at offset {exc.start})", source=str(path)) from exc
    except json.JSONDecodeError as exc:
        raise GoldError(f"not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})", source=str(path)) from exc
    if not isinstance(gold, dict) or not isinstance(gold.get("doc_id"), str):
        raise GoldError("not a gold readout: expected a JSON object with a \"doc_id\" string", source=str(path))
    return gold


@dataclass(slots=True)
class Counts:
    """The counts behind the figures: `[right, scored]` per accuracy metric, `[tp, fp, fn]` per set
    metric. They add up (`a + b`, `sum(counts, Counts())`), so a group's figures pool its documents'."""

    acc: dict[str, list[int]] = field(default_factory=lambda: {k: [0, 0] for k in ACCURACY})
    prf: dict[str, list[int]] = field(default_factory=lambda: {k: [0, 0, 0] for k in PRF})

    def hit(self, metric: str, ok: bool) -> None:
        self.acc[metric][0] += int(ok)
        self.acc[metric][1] += 1

    def sets(self, metric: str, tp: int, fp: int, fn: int) -> None:
        for i, n in enumerate((tp, fp, fn)):
            self.prf[metric][i] += n

    def __add__(self, other: Counts) -> Counts:
        return Counts({k: [a + b for a, b in zip(v, other.acc[k])] for k, v in self.acc.items()},
                      {k: [a + b for a, b in zip(v, other.prf[k])] for k, v in self.prf.items()})

    def figures(self) -> tuple[dict[str, float | None], dict[str, dict[str, float]]]:
        """`Report.accuracy` and `Report.prf` of these counts, rounded as score.py rounds."""
        accuracy = {k: (round(ok / n, 4) if n else None) for k, (ok, n) in self.acc.items()}
        return accuracy, {k: dict(zip(("p", "r", "f1"), (round(x, 4) for x in prf(*c)))) for k, c in self.prf.items()}


def _score_fields(gold: Mapping[str, Any], sysr: Mapping[str, Any], tally: Counts, errs: DocumentErrors) -> None:
    for k in ("date", "encounter", "published"):
        if k in gold:
            tally.hit(k, sysr.get(k) == gold[k])
            if sysr.get(k) != gold[k]:
                errs.fields.append(FieldDiff(k, gold[k], sysr.get(k)))
    if "location" in gold:
        gl, sl = gold["location"], sysr.get("location")
        gn = norm(gl["name"]) if gl else None
        sn = norm(sl.get("name")) if isinstance(sl, dict) else None
        tally.hit("location", gn == sn)
        if gn != sn:
            errs.fields.append(FieldDiff("location", gl["name"] if gl else None,
                                         sl.get("name") if isinstance(sl, dict) else None))


def _score_participants(gold: Mapping[str, Any], sysr: Mapping[str, Any], tally: Counts,
                        errs: DocumentErrors) -> dict[str | None, Any]:
    """Match greedily in gold order (the first unused system participant wins, as in score.py) and
    return `aligned`: each matched gold participant's `norm`ed name -> the system name it matched."""
    gp = gold.get("participants", [])
    sp = sysr.get("participants", []) or []
    used: set[int] = set()
    aligned: dict[str | None, Any] = {}
    for g in gp:
        j = next((j for j, s in enumerate(sp) if j not in used and g.get("country") == s.get("country")
                  and same_participant(g, s)), None)
        if j is None:
            errs.participants_missing.append({"name": g["name"], "country": g.get("country")})
        else:
            used.add(j)
            aligned[norm(g["name"])] = sp[j].get("name")
    errs.participants_extra = [{"name": s.get("name"), "country": s.get("country")}
                               for j, s in enumerate(sp) if j not in used]
    tally.sets("participants", len(used), len(sp) - len(used), len(gp) - len(used))
    return aligned


def _score_speakers(gold: Mapping[str, Any], sysr: Mapping[str, Any], text: str, aligned: Mapping[str | None, Any],
                    tally: Counts, errs: DocumentErrors) -> None:
    stmts = [s for s in sysr.get("statements", []) or [] if isinstance(s.get("span"), list)]
    cursor = 0
    for gs in gold.get("statements", []):
        start = text.find(gs["text"], cursor)
        if start < 0:
            start = text.find(gs["text"])
        if start < 0:
            tally.hit("speaker", False)
            errs.speakers.append(SpeakerError(gs["text"], gs["speaker"], None, found=False, covered=False))
            continue
        cursor = start + len(gs["text"])
        centre = start + len(gs["text"]) // 2
        hit = next((s for s in stmts if s["span"][0] <= centre < s["span"][1]), None)
        # "The Prime Minister said" is right when the system named the participant matched to the
        # gold's office-only "Prime Minister" (its name from a dictionary, so same_person misses it).
        ok = hit is not None and (same_person(gs["speaker"], hit.get("speaker"))
                                  or aligned.get(norm(gs["speaker"]), NOT_ALIGNED) == hit.get("speaker"))
        tally.hit("speaker", ok)
        if not ok:
            errs.speakers.append(SpeakerError(gs["text"], gs["speaker"], hit.get("speaker") if hit else None,
                                              covered=hit is not None))


def _score_sets(gold: Mapping[str, Any], sysr: Mapping[str, Any], tally: Counts, errs: DocumentErrors) -> None:
    gi, si = set(gold.get("issues", [])), set(sysr.get("issues", []) or [])
    tally.sets("issues", len(gi & si), len(si - gi), len(gi - si))
    errs.issues_missing, errs.issues_extra = sorted(gi - si), sorted(si - gi)
    ge = {event_key(e) for e in gold.get("events", [])}
    se = {event_key(e) for e in sysr.get("events", []) or []}
    tally.sets("events", len(ge & se), len(se - ge), len(ge - se))
    errs.events_missing = sorted((list(k) for k in ge - se), key=str)
    errs.events_extra = sorted((list(k) for k in se - ge), key=str)


def evaluate(gold_dir: str | Path, readouts: Mapping[str, Mapping[str, Any]], texts: Mapping[str, str], *,
             publishers: Mapping[str, str | None] | None = None) -> Report:
    """Score system `readouts` (doc_id -> `Readout.to_dict()`) against the gold files of `gold_dir`.

    `texts` (doc_id -> document text) locates the gold statements, which the gold gives by their
    words. Where the reference scorer would crash on a gold document without text, this scores its
    statements as wrong and flags `no_text`. `publishers` (doc_id -> `Document.publisher`) is what
    `Report.by_publisher` groups by; readouts do not carry it.
    """
    return _evaluate(load_gold(gold_dir), readouts, texts, publishers or {})


def _evaluate(golds: list[dict[str, Any]], readouts: Mapping[str, Mapping[str, Any]],
              texts: Mapping[str, str], publishers: Mapping[str, str | None]) -> Report:
    documents, counts = [], []
    for gold in golds:
        did = gold["doc_id"]
        errs, tally = DocumentErrors(did), Counts()
        sysr = readouts.get(did)
        if sysr is None:
            errs.no_output, sysr = True, {}
        errs.no_text = did not in texts
        _score_fields(gold, sysr, tally, errs)
        aligned = _score_participants(gold, sysr, tally, errs)
        _score_speakers(gold, sysr, texts.get(did, ""), aligned, tally, errs)
        _score_sets(gold, sysr, tally, errs)
        documents.append(errs)
        counts.append(tally)
    return Report.of(documents, counts, publishers)


def evaluate_documents(gold_dir: str | Path, docs: Iterable[Document], *,
                       on_error: Callable[[CommuniqueError], None] | None = None) -> Report:
    """Extract `docs` and score them: what `communique eval` runs.

    The gold is read first, so a broken gold file stops the run before any extraction; a document
    that fails to extract is reported to `on_error` and scored as missing.
    """
    golds = load_gold(gold_dir)
    texts: dict[str, str] = {}
    publishers: dict[str, str | None] = {}

    def tapped() -> Iterator[Document]:
        for doc in docs:
            texts[doc.doc_id], publishers[doc.doc_id] = doc.text, doc.publisher
            yield doc

    readouts = {r.doc_id: r.to_dict() for r in extract_many(tapped(), on_error=on_error)}
    return _evaluate(golds, readouts, texts, publishers)
