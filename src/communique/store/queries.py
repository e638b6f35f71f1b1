"""Readout ⇄ rows, and the read queries behind `list` and the corpus summary.

Kept apart from `Store` so each direction of the mapping sits next to its twin: `readout_tuples` and
`load_readout` must change together whenever the contract gains a field with its own table. Events
and commitments have theirs in `store/events.py`.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa

from communique.model import Readout
from communique.store.events import event_tuples, load_events
from communique.store.schema import documents, issue_mentions, issues, participants, statements

# `Readout.to_dict()` keys that columns or child tables hold; every other key goes to extra_json.
# `commitments` is derived from `events` by the model, so it is written (for SQL) but never read back.
_TABULAR = frozenset({"doc_id", "date", "published", "encounter", "location", "participants",
                      "statements", "issues", "issue_mentions", "events", "commitments", "title", "url", "text"})


def _list(row: Mapping[str, Any], prefix: str) -> list[int] | None:
    start = row[f"{prefix}_start"]
    return None if start is None else [start, row[f"{prefix}_end"]]


Row = tuple[Any, ...]  # one row's values in the order of its table's columns


def readout_tuples(readout: Readout, *, source: str | None, content_hash: str,
                   now: datetime, origin: str | None = None) -> dict[sa.Table, list[Row]]:
    """The rows that represent `readout`, per table, each a tuple in the order of `table.columns`.

    The one definition of the mapping: `readout_rows` names these values, and the writer hands the
    tuples to the driver as they are. Spans are written out (`x.start if x else None`, a span's
    two columns) rather than through a helper building a dict per span: storing goes a quarter
    faster without the per-row and per-span dicts (the figures above `writing.BATCH_SIZE`).
    A column added to a table must be added here at its place.
    """
    did, loc = readout.doc_id, readout.location
    extra = readout.to_dict(include_text=False, exclude=_TABULAR)
    ls = loc.span if loc else None
    people = []
    for i, p in enumerate(readout.participants):
        sp, ts = p.span, p.title_span
        people.append((did, i, p.name, p.title, p.country, sp.start if sp else None, sp.end if sp else None,
                       ts.start if ts else None, ts.end if ts else None, list(p.aliases), p.name_from))
    said = []
    for i, st in enumerate(readout.statements):
        sp, cue = st.span, st.cue
        said.append((did, i, sp.start if sp else None, sp.end if sp else None, st.speaker, st.country, st.text,
                     cue.start if cue else None, cue.end if cue else None))
    mentions = []
    for i, m in enumerate(readout.issue_mentions):
        sp = m.span
        mentions.append((did, i, m.issue, sp.start if sp else None, sp.end if sp else None, m.text))
    return {
        documents: [(did, content_hash, source, readout.url, readout.title, readout.published, readout.date,
                     readout.encounter, loc.name if loc else None, loc.country if loc else None,
                     ls.start if ls else None, ls.end if ls else None, readout.text, readout.from_markup,
                     extra, now, origin, loc.source if loc and loc.source != "text" else None)],
        participants: people,
        statements: said,
        issues: [(did, i, issue) for i, issue in enumerate(readout.issues)],
        issue_mentions: mentions,
        **event_tuples(readout),
    }


def readout_rows(readout: Readout, *, source: str | None, content_hash: str,
                 now: datetime, origin: str | None = None) -> dict[sa.Table, list[dict[str, Any]]]:
    """The rows that represent `readout`, per table, ready for `insert().values(rows)`."""
    return {table: [dict(zip(table.columns.keys(), row, strict=True)) for row in rows]
            for table, rows in readout_tuples(readout, source=source, content_hash=content_hash, now=now,
                                              origin=origin).items()}


def _children(conn: sa.Connection, table: sa.Table, doc_id: str) -> list[Mapping[str, Any]]:
    query = sa.select(table).where(table.c.doc_id == doc_id).order_by(table.c.ordinal)
    return list(conn.execute(query).mappings())


def load_readout(conn: sa.Connection, doc_id: str) -> Readout | None:
    """Rebuild the `Readout` stored under `doc_id` through `Readout.from_dict`, or None."""
    doc = conn.execute(sa.select(documents).where(documents.c.doc_id == doc_id)).mappings().first()
    if doc is None:
        return None
    location = None
    if doc["location_name"] is not None:
        location = {"name": doc["location_name"], "country": doc["location_country"],
                    "span": _list(doc, "location"), "source": doc["location_source"]}
    data: dict[str, Any] = {
        **doc["extra_json"],
        "doc_id": doc_id, "date": doc["date"], "published": doc["published"], "encounter": doc["encounter"],
        "location": location, "title": doc["title"], "url": doc["url"],
        "participants": [
            {"name": r["name"], "title": r["title"], "country": r["country"], "span": _list(r, "span"),
             "title_span": _list(r, "title"), "aliases": r["aliases"], "name_from": r["name_from"]}
            for r in _children(conn, participants, doc_id)
        ],
        "statements": [
            {"span": _list(r, "span"), "text": r["text"], "speaker": r["speaker"], "country": r["country"],
             "cue": _list(r, "cue")}
            for r in _children(conn, statements, doc_id)
        ],
        "issues": [r["issue"] for r in _children(conn, issues, doc_id)],
        "issue_mentions": [
            {"issue": r["issue"], "span": _list(r, "span"), "text": r["text"]}
            for r in _children(conn, issue_mentions, doc_id)
        ],
        # A document stored before 0003 kept its (always empty) events in extra_json: fall back to them.
        "events": load_events(conn, doc_id, doc["text"]) or doc["extra_json"].get("events", []),
    }
    if doc["from_markup"]:  # from_dict reads "text" being present as "the text was extracted"
        data["text"] = doc["text"]
    return Readout.from_dict(data, text=doc["text"])


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    """One line of `communique list`: enough to pick a document to `show`."""

    doc_id: str
    date: str | None
    encounter: str
    participants: list[str]  # "Name (CTY)", or "Name" when the country is unknown
    issues: list[str]
    title: str | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _iso(value: str | date | None) -> str | None:
    return value.isoformat() if isinstance(value, date) else value


def list_documents(conn: sa.Connection, *, since: str | date | None = None, until: str | date | None = None,
                   country: str | None = None, encounter: str | None = None, issue: str | None = None,
                   dyad: tuple[str, str] | None = None, limit: int | None = None, offset: int = 0,
                   newest_first: bool = False) -> list[DocumentSummary]:
    """Documents matching every given filter, by date (undated last), then doc_id.

    Dates compare as ISO strings, so `since`/`until` are inclusive and an undated document never
    matches a date filter. `dyad` keeps the readouts both countries took part in; `offset` and
    `newest_first` page a listing (the web UI's).
    """
    d = documents.c
    query = _filtered(sa.select(d.doc_id, d.date, d.encounter, d.title), since=since, until=until, country=country,
                      encounter=encounter, issue=issue, dyad=dyad)
    order = (d.date.is_(None), d.date.desc(), d.doc_id) if newest_first else (d.date.is_(None), d.date, d.doc_id)
    query = query.order_by(*order).limit(limit).offset(offset or None)
    rows = conn.execute(query).all()
    # Participants and issues come in one query per table over the documents found, not one per row;
    # by their ids, not by joining the listing again (which ran its filters twice more: 38 ms -> 8 ms
    # for a dyad's 20 latest in a store of 5,600). A listing without a limit joins, as the ids could
    # be more than a database takes in one IN.
    chosen = sa.select(query.subquery().c.doc_id) if limit is None or limit > _BY_IDS else None
    ids = [r.doc_id for r in rows]
    people: dict[str, list[str]] = {}
    q = (sa.select(participants.c.doc_id, participants.c.name, participants.c.country)
         .where(participants.c.doc_id.in_(chosen if chosen is not None else ids)).order_by(participants.c.ordinal))
    for did, name, cty in conn.execute(q):
        people.setdefault(did, []).append(f"{name} ({cty})" if cty else name)
    topics: dict[str, list[str]] = {}
    q = (sa.select(issues.c.doc_id, issues.c.issue)
         .where(issues.c.doc_id.in_(chosen if chosen is not None else ids)).order_by(issues.c.ordinal))
    for did, name in conn.execute(q):
        topics.setdefault(did, []).append(name)
    return [DocumentSummary(r.doc_id, r.date, r.encounter, people.get(r.doc_id, []), topics.get(r.doc_id, []),
                            r.title) for r in rows]


_BY_IDS = 1000  # up to this many documents, their rows are read by id (IN); past it, by a join (no IN limit)


def count_documents(conn: sa.Connection, *, since: str | date | None = None, until: str | date | None = None,
                    country: str | None = None, encounter: str | None = None, issue: str | None = None,
                    dyad: tuple[str, str] | None = None) -> int:
    """How many documents `list_documents` gives with the same filters and no limit: a listing's total."""
    query = _filtered(sa.select(sa.func.count()).select_from(documents), since=since, until=until, country=country,
                      encounter=encounter, issue=issue, dyad=dyad)
    return conn.scalar(query) or 0


def _filtered(query: sa.Select, *, since: str | date | None, until: str | date | None, country: str | None,
              encounter: str | None, issue: str | None, dyad: tuple[str, str] | None) -> sa.Select:
    """`query` over `documents` kept to the documents matching every given filter."""
    d = documents.c
    if since is not None:
        query = query.where(d.date >= _iso(since))
    if until is not None:
        query = query.where(d.date <= _iso(until))
    if encounter is not None:
        query = query.where(d.encounter == encounter)
    for code in ((country,) if country else ()) + tuple(dyad or ()):
        query = query.where(sa.exists().where(participants.c.doc_id == d.doc_id, participants.c.country == code))
    if issue is not None:
        query = query.where(sa.exists().where(issues.c.doc_id == d.doc_id, issues.c.issue == issue))
    return query


@dataclass(frozen=True, slots=True)
class CorpusSummary:
    """What a store holds, in counts, most frequent first (the `demo` overview)."""

    documents: int
    first_date: str | None
    last_date: str | None
    encounters: list[tuple[str, int]]  # documents per encounter type
    countries: list[tuple[str, int]]  # participants per country code
    issues: list[tuple[str, int]]  # documents per issue


def _counts(conn: sa.Connection, column: sa.Column, *, top: int | None) -> list[tuple[str, int]]:
    n = sa.func.count().label("n")
    query = (sa.select(column, n).where(column.is_not(None)).group_by(column)
             .order_by(n.desc(), column).limit(top))
    return [(value, count) for value, count in conn.execute(query)]


def summarize(conn: sa.Connection, *, top: int | None = 10) -> CorpusSummary:
    total, first, last = conn.execute(
        sa.select(sa.func.count(), sa.func.min(documents.c.date), sa.func.max(documents.c.date))).one()
    return CorpusSummary(
        documents=total, first_date=first, last_date=last,
        encounters=_counts(conn, documents.c.encounter, top=None),
        countries=_counts(conn, participants.c.country, top=top),
        issues=_counts(conn, issues.c.issue, top=top),
    )
