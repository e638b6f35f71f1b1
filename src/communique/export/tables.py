"""The exportable tables: each one's typed, documented column set and the query that gives its rows.

The types are logical ("date", "list<string>", ...) so that CSV and JSONL need no pyarrow, and each
column's doc is written once here: `describe` prints it, and Parquet files carry it as field
metadata, so a user who opens the file in pandas or DuckDB can read what a column means.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from communique.store.schema import commitments, documents, events, evidence_text, issues, participants, statements

TYPES = ("string", "int32", "float64", "bool", "date", "list<string>")
Batch = dict[str, list[Any]]  # column name -> values: what pandas.DataFrame and pyarrow from_pydict take


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    type: str  # one of TYPES
    doc: str


@dataclass(frozen=True, slots=True)
class TableSpec:
    """One exportable table: its columns, the store table that gives one row each, and the query."""

    name: str
    doc: str
    source: sa.Table  # one output row per row of it; paged on its primary key
    columns: tuple[Column, ...]
    select: Callable[[], sa.Select]  # labels match the column names (list columns may come from `fill`)
    fill: Callable[[sa.Connection, Batch], None] | None = None  # adds the columns of child tables


def columns_from(*specs: str) -> tuple[Column, ...]:
    """Columns from "name type: doc" lines, so each table's documentation is one readable block."""
    out = []
    for spec in specs:
        head, doc = spec.split(": ", 1)
        name, type_ = head.split(" ", 1)
        assert type_ in TYPES, spec
        out.append(Column(name, type_, doc))
    return tuple(out)


DOC_ID = "doc_id string: the readout's id (file name or the input's id)"
ORDINAL = "ordinal int32: position in the readout's list, from 0"
DATE = "date date: the date of the encounter (the readout's `date`); null when the text gives none"
SPAN = ("span_start int32: start of the evidence, a character offset into the readout's text",
        "span_end int32: end (exclusive) of the evidence; text[span_start:span_end] is `text`")
d, p, s, e, c = documents.c, participants.c, statements.c, events.c, commitments.c


def _count(table: sa.Table) -> sa.ScalarSelect:
    return sa.select(sa.func.count()).where(table.c.doc_id == d.doc_id).scalar_subquery()


def _json(column: sa.Column) -> sa.Label:
    """A JSON list column as its text: parsed here through a memo (`_list`), since a million rows
    hold few distinct issue lists and SQLAlchemy's per-row json.loads was a fifth of the time."""
    return sa.cast(column, sa.Text).label(column.name)


def by_doc(conn: sa.Connection, column: sa.Column, doc_ids: list[str]) -> dict[str, list[Any]]:
    """`column` of the child rows of the batch's documents, by doc_id, in list order. A batch is a
    doc_id range, so one range scan fetches them, with no bound-parameter list of 10,000 ids."""
    t = column.table.c
    query = (sa.select(t.doc_id, column).where(t.doc_id.between(doc_ids[0], doc_ids[-1]))
             .order_by(t.doc_id, t.ordinal))
    grouped: dict[str, list[Any]] = {}
    for doc_id, value in conn.execute(query):
        grouped.setdefault(doc_id, []).append(value)
    return grouped


def _fill_readouts(conn: sa.Connection, batch: Batch) -> None:
    ids = batch["doc_id"]
    countries, topics = by_doc(conn, participants.c.country, ids), by_doc(conn, issues.c.issue, ids)
    batch["participant_countries"] = [list(dict.fromkeys(x for x in countries.get(i, ()) if x)) for i in ids]
    batch["issues"] = [topics.get(i, []) for i in ids]


READOUTS = TableSpec(
    "readouts", "One row per stored readout: when, what kind of encounter, where, who, about what.", documents,
    columns_from(DOC_ID, DATE,
          "published date: the date given as metadata (the publication date), else null",
          "encounter string: talks, meeting, phone_call, video_call, message, joint_statement, press_remarks, other",
          "location_name string: the place of an in-person encounter, as the text names it",
          "location_country string: its country code (ISO 3166-1 alpha-3)",
          "title string: the title the input gives", "url string: the URL the input gives",
          "source string: the path or URL the document was read from",
          "participant_countries list<string>: the participants' country codes, each once, in order",
          "issues list<string>: ids (shared/spec/issues.tsv) of the issues the readout discusses",
          "n_participants int32: participants", "n_statements int32: sentences of the body",
          "n_events int32: PLOVER events coded"),
    lambda: sa.select(d.doc_id, d.date, d.published, d.encounter, d.location_name, d.location_country, d.title,
                      d.url, d.source, _count(participants).label("n_participants"),
                      _count(statements).label("n_statements"), _count(events).label("n_events")),
    _fill_readouts,
)
PARTICIPANTS = TableSpec(
    "participants", "One row per official taking part in a readout's encounter.", participants,
    columns_from(DOC_ID, ORDINAL, DATE, "name string: full name as written", "title string: title as written",
          "country string: code of the state or organisation they represent",
          "span_start int32: start of the first mention of the name", "span_end int32: its end (exclusive)",
          "aliases list<string>: other ways the text refers to them"),
    lambda: sa.select(p.doc_id, p.ordinal, d.date, p.name, p.title, p.country, p.span_start, p.span_end,
                      _json(p.aliases))
    .join(documents, d.doc_id == p.doc_id),
)
STATEMENTS = TableSpec(
    "statements", "One row per sentence of a readout's body, with who it is attributed to.", statements,
    columns_from(DOC_ID, ORDINAL, DATE, "speaker string: a participant's name, 'both' (all sides), or null (narration)",
          "country string: the speaker's code; null for 'both' and narration", *SPAN, "text string: the sentence"),
    lambda: sa.select(s.doc_id, s.ordinal, d.date, s.speaker, s.country, s.span_start, s.span_end, s.text)
    .join(documents, d.doc_id == s.doc_id),
)
EVENTS = TableSpec(
    "events", "One row per PLOVER-coded event: who did what to whom, with the words that say so.", events,
    columns_from(DOC_ID, ORDINAL, DATE, "type string: PLOVER event type (AGREE, CONSULT, REQUEST, ACCUSE, ...)",
          "actor string: code of who acts", "target string: code of the recipient; null when there is none",
          "mode string: PLOVER mode (CONSULT: phone, visit, third-party, multilateral; ...) or null",
          "polarity string: done (it happened), pledged (promised), proposed (asked or wished)",
          "negated bool: the cue was negated ('will never accept'); the type already says so",
          "intensity float64: the PLOVER manual's conflict-cooperation score, -10 to +10",
          "issues list<string>: ids of the issues the event is about", *SPAN,
          "text string: the evidence, the exact source words",
          "statement int32: ordinal of the statement holding it; null for the encounter itself",
          "cue string: the lexicon entry that matched", "quantities list<string>: amounts the evidence names"),
    lambda: sa.select(e.doc_id, e.ordinal, d.date, e.type, e.actor, e.target, e.mode, e.polarity, e.negated,
                      e.intensity, _json(e.issues), e.span_start, e.span_end, evidence_text(events).label("text"),
                      e.statement, e.cue,
                      _json(e.quantities))
    .join(documents, d.doc_id == e.doc_id),
)
COMMITMENTS = TableSpec(
    "commitments", "One row per pledge (AGREE promised) or request (REQUEST): what one side promised or asked.",
    commitments,
    columns_from(DOC_ID, ORDINAL, DATE, "kind string: pledge or request", "actor string: who pledges or asks",
          "target string: to or of whom; null when unnamed", *SPAN, "text string: the evidence",
          "object_text string: what is promised or asked", "quantities list<string>: amounts it names",
          "issues list<string>: ids of the issues it is about",
          "event_ordinal int32: ordinal of the event it comes from (join on doc_id, ordinal of events)"),
    lambda: sa.select(c.doc_id, c.ordinal, d.date, c.kind, c.actor, c.target, c.span_start, c.span_end, c.text,
                      c.object_text, _json(c.quantities), _json(c.issues), c.event_ordinal)
    .join(documents, d.doc_id == c.doc_id),
)
TABLES = {t.name: t for t in (READOUTS, PARTICIPANTS, STATEMENTS, EVENTS, COMMITMENTS)}
TABLE_NAMES = tuple(TABLES)


def describe(table: str) -> str:
    """The column set of `table`, one "name type: doc" line each.

    >>> print(describe("statements").splitlines()[3])
    speaker string: a participant's name, 'both' (all sides), or null (narration)
    """
    return "\n".join(f"{col.name} {col.type}: {col.doc}" for col in spec_of(table).columns)


def spec_of(table: str | TableSpec) -> TableSpec:
    if isinstance(table, TableSpec):
        return table
    if table not in TABLES:
        raise ValueError(f"no table {table!r}; one of {', '.join(TABLE_NAMES)}")
    return TABLES[table]




__all__ = ["Batch", "COMMITMENTS", "Column", "EVENTS", "PARTICIPANTS", "READOUTS", "STATEMENTS", "TABLES",
           "TABLE_NAMES", "TYPES", "TableSpec", "by_doc", "columns_from", "describe", "spec_of"]
