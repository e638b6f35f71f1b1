"""Events and commitments ⇄ rows, and the queries behind `communique events` and `commitments`.

Apart from `queries.py` because events are their own concept with their own filters (a dyad in
either direction, a PLOVER type, an issue inside a JSON list); `queries.readout_tuples` and
`load_readout` call the twins `event_tuples` and `load_events`, which must change together.

A query returns typed rows that carry the document's date, so an analyst can read a timeline of
who did what to whom without opening each readout:

>>> from communique.store import Store
>>> from communique.model import Event, Readout, Span
>>> text = "China will provide vaccines to Vietnam."
>>> ev = Event("AGREE", "CHN", "VNM", Span(0, 39), text, polarity="pledged", issues=["covid19"])
>>> store = Store(":memory:")
>>> store.put(Readout("d1", "2022-04-14", None, "phone_call", None, [], [], [], events=[ev], text=text))
'added'
>>> [(r.date, r.event.type, r.event.actor, r.event.target) for r in store.events(dyad="VNM-CHN", issue="covid19")]
[('2022-04-14', 'AGREE', 'CHN', 'VNM')]
>>> [(r.commitment.kind, r.commitment.text) for r in store.commitments(dyad="CHN-VNM")]
[('pledge', 'China will provide vaccines to Vietnam.')]
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa

from communique.model import (
    Commitment, Event, Quantity, Readout, Span, commitment_dict, event_dict,
)
from communique.store.schema import commitments, documents, events, evidence_text
from communique.store.search import matching_statements
from communique.store.search_query import like_condition, parse_query

Dyad = str | tuple[str, str]  # "CHN-VNM" or ("CHN", "VNM"); matches either direction


def _get_span(row: Mapping[str, Any], prefix: str) -> Span | None:
    start = row[f"{prefix}_start"]
    return None if start is None else Span(start, row[f"{prefix}_end"])


def _quantities(quantities: list[Quantity]) -> list[dict[str, Any]]:
    return [{"text": q.text, "span": [q.span.start, q.span.end]} for q in quantities]


def _load_quantities(value: list[dict[str, Any]]) -> list[Quantity]:
    return [Quantity(q["text"], Span(*q["span"])) for q in value]


def event_tuples(readout: Readout) -> dict[sa.Table, list[tuple[Any, ...]]]:
    """Rows of the readout's events, each a tuple in the order of the table's columns, as
    `queries.readout_tuples` (which calls this) builds the others. Commitments are a view of them.

    An event's text is left NULL when it is the document's text at its span, as the coder makes
    it: a fifth of the bytes a readout stored (`schema.evidence_text` reads it back, in SQL, and
    `load_events`). Not in a text with a NUL, where SQLite's substr would stop reading.
    """
    did, whole = readout.doc_id, readout.text
    derive = "\x00" not in whole
    acts = []
    for i, e in enumerate(readout.events):
        sp, tr, ob = e.span, e.trigger, e.object
        text = e.text
        if derive and sp is not None and whole[sp.start:sp.end] == text:
            text = None
        acts.append((did, i, e.type, e.actor, e.target, e.mode, e.polarity, e.negated, e.intensity,
                     sp.start if sp else None, sp.end if sp else None, text,
                     tr.start if tr else None, tr.end if tr else None, ob.start if ob else None,
                     ob.end if ob else None, e.statement, e.cue, list(e.issues), _quantities(e.quantities)))
    return {events: acts}


def _event(row: Mapping[str, Any], text: str | None = None) -> Event:
    """The event of a row; `text`, the document's, fills a NULL evidence text in."""
    span = _get_span(row, "span")
    return Event(
        type=row["type"], actor=row["actor"], target=row["target"], span=span,
        text=row["text"] if row["text"] is not None else span.of(text or ""),
        trigger=_get_span(row, "trigger"), object=_get_span(row, "object"), mode=row["mode"],
        polarity=row["polarity"], negated=bool(row["negated"]), intensity=row["intensity"],
        issues=list(row["issues"]), quantities=_load_quantities(row["quantities"]),
        statement=row["statement"], cue=row["cue"],
    )


def load_events(conn: sa.Connection, doc_id: str, text: str) -> list[dict[str, Any]]:
    """The document's events in their JSON shape, for `Readout.from_dict` (commitments are derived);
    `text` is the document's."""
    query = sa.select(events).where(events.c.doc_id == doc_id).order_by(events.c.ordinal)
    return [event_dict(_event(row, text)) for row in conn.execute(query).mappings()]


@dataclass(frozen=True, slots=True)
class EventRow:
    """One line of `communique events`: an event with the document and date it comes from.

    The event is the model's own `Event` (every field, spans as `Span`), not a copy of its fields,
    so a field added to `Event` reaches queries and their JSON without touching this class.
    """

    doc_id: str
    date: str | None
    ordinal: int  # position in the readout's events
    event: Event
    title: str | None = None  # the readout's, to name it by

    def to_dict(self) -> dict[str, Any]:
        return {"doc_id": self.doc_id, "title": self.title, "date": self.date, "ordinal": self.ordinal,
                **event_dict(self.event)}


@dataclass(frozen=True, slots=True)
class CommitmentRow:
    """One line of `communique commitments`: a pledge or request with its document and date."""

    doc_id: str
    date: str | None
    ordinal: int  # position in the readout's commitments
    commitment: Commitment

    def to_dict(self) -> dict[str, Any]:
        return {"doc_id": self.doc_id, "date": self.date, "ordinal": self.ordinal,
                **commitment_dict(self.commitment)}


def _commitment(row: Mapping[str, Any]) -> Commitment:
    return Commitment(
        kind=row["kind"], actor=row["actor"], target=row["target"], span=_get_span(row, "span"), text=row["text"],
        object=_get_span(row, "object"), object_text=row["object_text"],
        quantities=_load_quantities(row["quantities"]), issues=list(row["issues"]), event=row["event_ordinal"],
    )


def parse_dyad(dyad: Dyad) -> tuple[str, str]:
    """("CHN", "VNM") from "CHN-VNM" (codes hold no "-": ARAB_LEAGUE uses "_"); raises ValueError.

    >>> parse_dyad("chn-vnm"), parse_dyad(("USA", "UN"))
    (('CHN', 'VNM'), ('USA', 'UN'))
    """
    parts = dyad.split("-") if isinstance(dyad, str) else list(dyad)
    if len(parts) != 2 or not all(p.strip() for p in parts):
        raise ValueError(f"a dyad is two codes joined by '-', e.g. CHN-VNM, not {dyad!r}")
    a, b = (p.strip().upper() for p in parts)
    return a, b


def _iso(value: str | date | None) -> str | None:
    return value.isoformat() if isinstance(value, date) else value


def _filtered(table: sa.Table, *conditions: sa.ColumnElement[bool], dyad: Dyad | None, actor: str | None,
              issue: str | None, since: str | date | None, until: str | date | None, limit: int | None,
              offset: int = 0) -> sa.Select:
    """The query both listings share: rows of `table` joined to their document's date, filtered,
    by date (undated last), doc_id and ordinal."""
    t, d = table.c, documents.c
    columns = list(t) if table is not events else [c for c in t if c.name != "text"] + [evidence_text(table).label("text")]
    query = sa.select(*columns, d.date, d.title.label("doc_title")).join(documents, d.doc_id == t.doc_id).where(*conditions)
    if dyad is not None:
        a, b = parse_dyad(dyad)
        query = query.where(sa.or_(sa.and_(t.actor == a, t.target == b), sa.and_(t.actor == b, t.target == a)))
    if actor is not None:
        query = query.where(t.actor == actor)
    if issue is not None:
        # `issues` is a JSON list; matching its text for the quoted id ('"covid19"') works on SQLite
        # and PostgreSQL alike (json_each and the jsonb operators do not), the quotes keep "trade"
        # from matching "trade_investment", and autoescape keeps the "_" in ids from being a
        # wildcard. Filtering in SQL, not Python, keeps `limit` exact.
        query = query.where(sa.cast(t.issues, sa.Text).contains(f'"{issue}"', autoescape=True))
    if since is not None:
        query = query.where(d.date >= _iso(since))
    if until is not None:
        query = query.where(d.date <= _iso(until))
    return query.order_by(d.date.is_(None), d.date, t.doc_id, t.ordinal).limit(limit).offset(offset or None)


def list_events(conn: sa.Connection, *, dyad: Dyad | None = None, type: str | None = None,
                issue: str | None = None, since: str | date | None = None, until: str | date | None = None,
                actor: str | None = None, target: str | None = None, polarity: str | None = None,
                words: str | None = None, indexed: bool = False, limit: int | None = None,
                offset: int = 0) -> list[EventRow]:
    """Events matching every given filter, oldest document first; `dyad` matches both directions,
    `actor` only events that actor did, `target` only those aimed at it, `words` those whose
    sentence the search finds for these words (`indexed`: through the FTS5 index, as `search`
    reads them; else any case, as a substring of the evidence). Dates are the documents' and
    inclusive, as in `list`; `offset` skips that many (a page past the first)."""
    query = _filtered(events, *_event_conditions(type, target, polarity, words, indexed), dyad=dyad, actor=actor,
                      issue=issue, since=since, until=until, limit=limit, offset=offset)
    return [EventRow(r["doc_id"], r["date"], r["ordinal"], _event(r), r["doc_title"])
            for r in conn.execute(query).mappings()]


def count_events(conn: sa.Connection, *, dyad: Dyad | None = None, type: str | None = None,
                 issue: str | None = None, since: str | date | None = None, until: str | date | None = None,
                 actor: str | None = None, target: str | None = None, polarity: str | None = None,
                 words: str | None = None, indexed: bool = False) -> dict[str, int]:
    """How many events `list_events` gives with the same filters and no limit, per PLOVER type,
    most first: a listing's totals."""
    matching = _filtered(events, *_event_conditions(type, target, polarity, words, indexed), dyad=dyad, actor=actor,
                         issue=issue, since=since, until=until, limit=None).subquery()
    query = (sa.select(matching.c.type, sa.func.count()).group_by(matching.c.type)
             .order_by(sa.func.count().desc(), matching.c.type))
    return dict(conn.execute(query).all())


def _event_conditions(type: str | None, target: str | None, polarity: str | None, words: str | None,
                      indexed: bool) -> list[sa.ColumnElement[bool]]:
    t = events.c
    conditions = [] if type is None else [t.type == type]
    if target is not None:
        conditions.append(t.target == target)
    if polarity is not None:
        conditions.append(t.polarity == polarity)
    if words and words.strip() and indexed:
        conditions.append(sa.tuple_(t.doc_id, t.statement).in_(matching_statements(words)))
    elif words and words.strip():  # no index (PostgreSQL): the search's own fallback, on the evidence
        conditions.append(like_condition(parse_query(words), evidence_text(events)))
    return conditions


def list_commitments(conn: sa.Connection, *, dyad: Dyad | None = None, kind: str | None = None,
                     issue: str | None = None, since: str | date | None = None, until: str | date | None = None,
                     actor: str | None = None, limit: int | None = None, offset: int = 0) -> list[CommitmentRow]:
    """Pledges and requests matching every given filter, in the order of `list_events`."""
    conditions = [] if kind is None else [commitments.c.kind == kind]
    query = _filtered(commitments, *conditions, dyad=dyad, actor=actor, issue=issue, since=since, until=until,
                      limit=limit, offset=offset)
    return [CommitmentRow(r["doc_id"], r["date"], r["ordinal"], _commitment(r))
            for r in conn.execute(query).mappings()]
