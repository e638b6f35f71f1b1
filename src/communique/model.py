"""Typed records that flow through the pipeline and make up the output contract.

A `Document` is created by `ingest`, annotated in place by each stage of `pipeline`, and frozen
into a `Readout`, the record of `shared/spec/readout-format.md`. Every extracted field keeps the
`Span` of the words it came from, so an analyst can always go back to the source text.
"""
from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import asdict, dataclass, field
from typing import Any

ENCOUNTER_TYPES = (
    "talks", "meeting", "phone_call", "video_call", "message",
    "joint_statement", "press_remarks", "other",
)
BOTH = "both"  # speaker of what all sides said or did together
UNSPECIFIED = "UNSPECIFIED"  # actor code of unnamed outsiders ("some forces outside the region")
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
POLARITIES = ("done", "pledged", "proposed")  # an act that happened, a promise, a request or wish


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """Half-open character offsets `[start, end)` into `Document.text`."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end})")

    def of(self, text: str) -> str:
        return text[self.start:self.end]

    def shift(self, offset: int) -> Span:
        return Span(self.start + offset, self.end + offset)

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def to_list(self) -> list[int]:
        return [self.start, self.end]


@dataclass(slots=True)
class Sentence:
    span: Span
    text: str
    paragraph: int  # index of the paragraph (block between blank lines or line breaks)
    credit: bool = False  # a line of the publisher's: byline, credit, caption, sign-off (`segment`)
    turn: Span | None = None  # the speaker label opening a transcript's turn ("SG:", `turns`)
    # a line of the publisher's, headline or dateline (`segment.is_heading`): known once the turns are marked, asked
    # of each sentence by every stage after; None before
    heading: bool | None = None


@dataclass(slots=True)
class DateValue:
    value: str  # ISO YYYY-MM-DD
    span: Span | None  # None when the date comes from metadata only
    strategy: str  # name of the rule that found it, e.g. "explicit-date"


@dataclass(slots=True)
class Encounter:
    label: str  # one of ENCOUNTER_TYPES
    span: Span | None  # the cue words, e.g. "had a phone conversation"


@dataclass(slots=True)
class Location:
    name: str
    country: str | None
    span: Span  # into the text, or into the title when `source` says so
    source: str = "text"  # "title": only the headline names the place ("X meets Y in Reykjavík")


@dataclass(slots=True)
class Participant:
    name: str
    title: str | None
    country: str | None
    span: Span  # first mention of the name
    title_span: Span | None = None
    aliases: tuple[str, ...] = ()  # other ways the text refers to them ("Biden", "The President")
    name_from: str | None = None  # where the name came from when the text gives only the office


@dataclass(slots=True)
class Statement:
    span: Span
    text: str
    speaker: str | None  # a participant's name, BOTH, or None for narration
    country: str | None
    cue: Span | None = None  # the words that decided the speaker ("He said", "The two sides")


@dataclass(slots=True)
class IssueMention:
    issue: str  # id from issues.tsv
    span: Span
    text: str


@dataclass(slots=True)
class Quantity:
    """An amount the evidence names ("150 million doses", "$1 billion", "24 percentage points")."""

    text: str
    span: Span


@dataclass(slots=True)
class Event:
    """One PLOVER-coded action: `actor` does `type` to `target`, as the words at `span` say.

    `trigger` holds the cue words that decided the type ("will donate", "condemned"); `object` the
    words after them that say what is given, asked or condemned. `intensity` is the PLOVER manual's
    conflict-cooperation score for the type and mode (`lexicons/plover_intensity.tsv`).
    """

    type: str  # one of PLOVER_TYPES
    actor: str
    target: str | None
    span: Span
    text: str
    trigger: Span | None = None
    object: Span | None = None
    mode: str | None = None
    polarity: str = "done"  # one of POLARITIES
    negated: bool = False  # the cue was negated ("will never accept"), and the type says so already
    intensity: float | None = None
    issues: list[str] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    statement: int | None = None  # index of the statement it was found in; None for the encounter
    cue: str | None = None  # the lexicon entry that matched, e.g. "AGREE: stand* ready to"


@dataclass(slots=True)
class Commitment:
    """What one side pledged to, or asked of, another: the AGREE and REQUEST events as analysts
    query them ("what did China promise Vietnam on covid19?"), with their objects and amounts."""

    kind: str  # "pledge" | "request"
    actor: str
    target: str | None
    span: Span  # the evidence, as in the event
    text: str
    object: Span | None
    object_text: str | None
    quantities: list[Quantity]
    issues: list[str]
    event: int  # index into the readout's events


@dataclass(slots=True)
class Document:
    """One input readout and everything the stages have found in it so far."""

    doc_id: str
    text: str
    body_start: int = 0  # offset where the body begins, after leading metadata
    published: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None  # path or URL the document was read from
    # the file it was read from, absolute, for all its records alike (standard input: `stdin-` and a
    # hash of its bytes): the store tells another source's text for a stored id by it (`ingest.identity`)
    origin: str | None = None
    publisher: str | None = None  # country code of the publishing government, when known
    from_markup: bool = False  # text was extracted (HTML/JSONL), so the output carries it
    warnings: list[str] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    lead: int | None = None  # index of the sentence that announces the encounter
    encounter: Encounter | None = None
    date: DateValue | None = None
    location: Location | None = None
    participants: list[Participant] = field(default_factory=list)
    author: str | None = None  # the participant who writes in the first person ("I spoke this morning with ...")
    # the page's title calls the body one official's own words and the body bears it out (`encounter.own_words_under_
    # the_headline`): (the title's match, the body's sentence, its "I" or "we"); found by the encounter stage, read by
    # the participants' stage for the author and the guest the title names
    own_words: tuple[Any, Sentence, Any] | None = None
    statements: list[Statement] = field(default_factory=list)
    issue_mentions: list[IssueMention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    @property
    def issues(self) -> list[str]:
        """Issue ids in order of first mention."""
        seen: dict[str, None] = {}
        for m in sorted(self.issue_mentions, key=lambda m: m.span):
            seen.setdefault(m.issue, None)
        return list(seen)

    def to_readout(self) -> Readout:
        return Readout(
            doc_id=self.doc_id,
            date=self.date.value if self.date else None,
            published=self.published,
            encounter=self.encounter.label if self.encounter else "other",
            location=self.location,
            participants=list(self.participants),
            statements=list(self.statements),
            issues=self.issues,
            issue_mentions=list(self.issue_mentions),
            events=list(self.events),
            title=self.title,
            url=self.url,
            text=self.text,
            from_markup=self.from_markup,
            evidence={
                "date": self.date.span if self.date else None,
                "encounter": self.encounter.span if self.encounter else None,
            },
        )


@dataclass(slots=True)
class Readout:
    """The structured readout of the output contract; `to_dict` gives its JSON shape."""

    doc_id: str
    date: str | None
    published: str | None
    encounter: str
    location: Location | None
    participants: list[Participant]
    statements: list[Statement]
    issues: list[str]
    issue_mentions: list[IssueMention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    title: str | None = None
    url: str | None = None
    text: str = ""
    from_markup: bool = False
    evidence: dict[str, Span | None] = field(default_factory=dict)

    @property
    def commitments(self) -> list[Commitment]:
        """The pledges (AGREE, pledged) and requests (REQUEST) among the events, in order."""
        return commitments_of(self.events, self.text)

    def to_dict(self, *, include_text: bool | None = None, exclude: Collection[str] = ()) -> dict[str, Any]:
        """JSON-ready dict in the contract's shape (spans as `[start, end]` lists).

        `exclude` leaves keys out without computing them: the store, which keeps most fields in
        their own columns, asks only for the rest (building every event's dict to throw it away
        cost a fifth of its writing time).
        """
        fields: dict[str, Callable[[], Any]] = {
            "doc_id": lambda: self.doc_id,
            "date": lambda: self.date,
            "published": lambda: self.published,
            "encounter": lambda: self.encounter,
            "location": lambda: _location_dict(self.location),
            "participants": lambda: [_participant_dict(p) for p in self.participants],
            "statements": lambda: [_statement_dict(s) for s in self.statements],
            "issues": lambda: list(self.issues),
            "issue_mentions": lambda: [
                {"issue": m.issue, "span": m.span.to_list(), "text": m.text} for m in self.issue_mentions
            ],
            "events": lambda: [event_dict(e) for e in self.events],
            "commitments": lambda: [commitment_dict(c) for c in self.commitments],
            "evidence": lambda: {k: (v.to_list() if v else None) for k, v in self.evidence.items()},
            "title": lambda: self.title,
            "url": lambda: self.url,
        }
        out = {key: make() for key, make in fields.items() if key not in exclude}
        if (include_text or (include_text is None and self.from_markup)) and "text" not in exclude:
            out["text"] = self.text
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any], *, text: str = "") -> Readout:
        """Inverse of `to_dict`; `text` is needed when the dict does not carry it."""
        text = data.get("text", text)
        loc = data.get("location")
        return cls(
            doc_id=data["doc_id"],
            date=data.get("date"),
            published=data.get("published"),
            encounter=data.get("encounter", "other"),
            location=Location(loc["name"], loc.get("country"), Span(*loc["span"]), loc.get("source") or "text")
            if loc else None,
            participants=[
                Participant(
                    name=p["name"], title=p.get("title"), country=p.get("country"), span=Span(*p["span"]),
                    title_span=Span(*p["title_span"]) if p.get("title_span") else None,
                    aliases=tuple(p.get("aliases", ())), name_from=p.get("name_from"),
                )
                for p in data.get("participants", [])
            ],
            statements=[
                Statement(
                    span=Span(*s["span"]), text=s["text"], speaker=s.get("speaker"), country=s.get("country"),
                    cue=Span(*s["cue"]) if s.get("cue") else None,
                )
                for s in data.get("statements", [])
            ],
            issues=list(data.get("issues", [])),
            issue_mentions=[
                IssueMention(m["issue"], Span(*m["span"]), m["text"]) for m in data.get("issue_mentions", [])
            ],
            events=[event_from_dict(e) for e in data.get("events", [])],
            title=data.get("title"),
            url=data.get("url"),
            text=text,
            from_markup="text" in data,
            evidence={k: (Span(*v) if v else None) for k, v in data.get("evidence", {}).items()},
        )


def _location_dict(loc: Location | None) -> dict[str, Any] | None:
    if loc is None:
        return None
    out = {"name": loc.name, "country": loc.country, "span": loc.span.to_list()}
    if loc.source != "text":
        out["source"] = loc.source  # the span is into the title
    return out


def _participant_dict(p: Participant) -> dict[str, Any]:
    return {
        "name": p.name,
        "title": p.title,
        "country": p.country,
        "span": p.span.to_list(),
        "title_span": p.title_span.to_list() if p.title_span else None,
        "aliases": list(p.aliases),
        "name_from": p.name_from,
    }


def _statement_dict(s: Statement) -> dict[str, Any]:
    return {
        "span": s.span.to_list(),
        "speaker": s.speaker,
        "country": s.country,
        "text": s.text,
        "cue": s.cue.to_list() if s.cue else None,
    }


def _span_or_none(value: Any) -> Span | None:
    return Span(*value) if value else None


def _quantity_dicts(quantities: list[Quantity]) -> list[dict[str, Any]]:
    return [{"text": q.text, "span": q.span.to_list()} for q in quantities]


def event_dict(e: Event) -> dict[str, Any]:
    return {
        "type": e.type, "actor": e.actor, "target": e.target, "mode": e.mode, "polarity": e.polarity,
        "negated": e.negated, "intensity": e.intensity, "issues": list(e.issues),
        "span": e.span.to_list(), "text": e.text,
        "trigger": e.trigger.to_list() if e.trigger else None,
        "object": e.object.to_list() if e.object else None,
        "quantities": _quantity_dicts(e.quantities), "statement": e.statement, "cue": e.cue,
    }


def event_from_dict(d: dict[str, Any]) -> Event:
    return Event(
        type=d["type"], actor=d["actor"], target=d.get("target"), span=Span(*d["span"]), text=d["text"],
        trigger=_span_or_none(d.get("trigger")), object=_span_or_none(d.get("object")), mode=d.get("mode"),
        polarity=d.get("polarity", "done"), negated=d.get("negated", False), intensity=d.get("intensity"),
        issues=list(d.get("issues", [])),
        quantities=[Quantity(q["text"], Span(*q["span"])) for q in d.get("quantities", [])],
        statement=d.get("statement"), cue=d.get("cue"),
    )


def commitments_of(events: list[Event], text: str) -> list[Commitment]:
    """Pledges are AGREE events promised for the future; requests are REQUEST events."""
    out = []
    for index, e in enumerate(events):
        kind = "pledge" if e.type == "AGREE" and e.polarity == "pledged" else "request" if e.type == "REQUEST" else None
        if kind and not e.negated:
            out.append(Commitment(kind, e.actor, e.target, e.span, e.text, e.object,
                                  e.object.of(text) if e.object else None, list(e.quantities), list(e.issues), index))
    return out


def commitment_dict(c: Commitment) -> dict[str, Any]:
    return {
        "kind": c.kind, "actor": c.actor, "target": c.target, "span": c.span.to_list(), "text": c.text,
        "object": c.object.to_list() if c.object else None, "object_text": c.object_text,
        "quantities": _quantity_dicts(c.quantities), "issues": list(c.issues), "event": c.event,
    }


__all__ = [
    "BOTH", "PLOVER_TYPES", "POLARITIES", "UNSPECIFIED", "Commitment", "Event", "Quantity", "ENCOUNTER_TYPES", "DateValue", "Document", "Encounter", "IssueMention", "Location",
    "Participant", "Readout", "Sentence", "Span", "Statement", "asdict",
]
