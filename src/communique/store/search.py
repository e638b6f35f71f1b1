"""Full-text search over statements: an FTS5 index that `Store.put` keeps in step, and its queries.

Why this shape (the target is a median under 100 ms on a store of 1,000,000 events):

- `search_rows` maps a rowid we own (an INTEGER PRIMARY KEY) to the statement's `(doc_id, ordinal)`
  and holds copies of what the filters test (the document's date, the speaker, the country). A
  match is filtered with one primary-key lookup instead of a join through `statements` and
  `documents`, and a replaced document's entries are found through the `(doc_id, ordinal)` index.
- `statements_fts` is an ordinary FTS5 table holding its own copy of each statement's text, with
  `search_rows.id` as its rowid. External content over `statements` would have to key on that
  table's implicit rowid, which VACUUM may renumber (it is no INTEGER PRIMARY KEY), and FTS5's
  'delete' then needs the exact old text or the index silently goes wrong; a contentless table
  cannot make snippets. The copy costs the statements' text once more on disk and cannot drift.
- The tokenizer is `porter unicode61 remove_diacritics 2`: "sanctions" finds "sanction" and
  "Turkiye" finds "Türkiye"; a hyphen separates words, so "Indo-Pacific" is the phrase "indo pacific".
- Ranking and snippets are two queries: the first ranks and filters on `search_rows` alone and
  keeps `limit` ids; the second joins `statements` (span, text) and makes snippets for those few.
  In one query SQLite joins `statements` for every match before it sorts: 1.3-2x slower for a
  phrase in 4-8% of 500,000 statements (bench/query.py's store), where ranking alone costs 30-60 ms.

Other databases (PostgreSQL, or a SQLite built without FTS5) have no index: migration `0004_search`
skips them and `find` falls back to case-blind substring matching (`search_query.like_condition`),
ranked by date, with the same `SearchHit`s.

>>> from communique.store import Store
>>> from communique.model import Readout, Span, Statement
>>> text = "Biden said the Indo-Pacific must be free and open."
>>> store = Store(":memory:")
>>> store.put(Readout("d1", "2022-05-23", None, "meeting", None, [],
...                   [Statement(Span(0, len(text)), text, "Joe Biden", "USA")], [], text=text))
'added'
>>> [(h.doc_id, h.speaker, h.snippet) for h in store.search("indo-pacific")]
[('d1', 'Joe Biden', 'Biden said the [Indo-Pacific] must be free and open.')]
"""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa

from communique.model import Span
from communique.store.schema import NAMING, documents, statements
from communique.store.search_query import Query, Term, like_condition, parse_query, to_fts5

TOKENIZER = "porter unicode61 remove_diacritics 2"
SNIPPET_TOKENS = 32  # FTS5's limit is 64; a statement is one sentence, usually shorter than this
ELLIPSIS = "…"
# What snippet() puts around a match, replaced by the caller's markers: control characters, which
# ingest lets through only rarely and the tokenizer reads as spaces (private-use ones would glue to a word).
_OPEN, _CLOSE = "\x02", "\x03"

_meta = sa.MetaData(naming_convention=NAMING)  # not schema.metadata: these tables exist on SQLite only
search_rows = sa.Table(
    "search_rows", _meta,
    sa.Column("id", sa.Integer, primary_key=True),  # the rowid of the statement in statements_fts
    sa.Column("doc_id", sa.String, nullable=False),
    sa.Column("ordinal", sa.Integer, nullable=False),
    sa.Column("date", sa.String(10)),
    sa.Column("speaker", sa.Text),
    sa.Column("country", sa.String(16)),
    sa.UniqueConstraint("doc_id", "ordinal"),
)
FTS_NAME = "statements_fts"
fts = sa.table(FTS_NAME, sa.column("rowid", sa.Integer), sa.column("text", sa.Text))
_FTS = sa.literal_column(FTS_NAME)  # the table itself, as MATCH, bm25() and snippet() take it


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A statement that matches, with its document's date and where the matched words are.

    `snippet` is the statement (or, when long, its best part) with each match between the markers
    the search was given; `marks` are the offsets of the matched words inside `snippet`, so a
    renderer can style them without parsing markers out of untrusted text.
    """

    doc_id: str
    date: str | None
    speaker: str | None
    country: str | None
    ordinal: int  # position in the readout's statements
    span: Span
    text: str
    snippet: str
    marks: tuple[tuple[int, int], ...]
    title: str | None = None  # the readout's, to name it by

    def to_dict(self) -> dict[str, Any]:
        return {"doc_id": self.doc_id, "title": self.title, "date": self.date, "speaker": self.speaker,
                "country": self.country,
                "ordinal": self.ordinal, "span": self.span.to_list(), "text": self.text, "snippet": self.snippet,
                "marks": [list(m) for m in self.marks]}


# -- the index -------------------------------------------------------------------------------------

def _can_index(conn: sa.Connection) -> bool:
    return conn.dialect.name == "sqlite" and bool(
        conn.exec_driver_sql("SELECT sqlite_compileoption_used('ENABLE_FTS5')").scalar())


def available(conn: sa.Connection) -> bool:
    """Whether this database has the index (migration 0004 made it): else `find` uses LIKE."""
    return conn.dialect.name == "sqlite" and sa.inspect(conn).has_table(FTS_NAME)


def create_index(conn: sa.Connection) -> None:
    """Migration 0004_search: the index tables, filled from the statements already stored."""
    if not _can_index(conn):
        return
    _meta.create_all(conn)
    conn.exec_driver_sql(f"CREATE VIRTUAL TABLE {FTS_NAME} USING fts5(text, tokenize='{TOKENIZER}')")
    _add(conn, None)
    conn.exec_driver_sql(f"INSERT INTO {FTS_NAME}({FTS_NAME}) VALUES ('optimize')")  # one b-tree after a bulk fill


def rebuild_index(conn: sa.Connection) -> None:
    """Make the index again from every stored statement: for rows written behind `Store.put`'s back
    (a bulk load, a benchmark, SQL by hand). Dropping and refilling is faster than deleting."""
    if not _can_index(conn):
        return
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS {FTS_NAME}")
    _meta.drop_all(conn, checkfirst=True)
    create_index(conn)


def _add(conn: sa.Connection, doc_ids: Sequence[str] | None) -> None:
    """Index the stored statements of `doc_ids` (of every document when None)."""
    s, d, r = statements.c, documents.c, search_rows.c
    rows = sa.select(s.doc_id, s.ordinal, d.date, s.speaker, s.country).join(documents, d.doc_id == s.doc_id)
    texts = sa.select(r.id, s.text).join(statements, sa.and_(s.doc_id == r.doc_id, s.ordinal == r.ordinal))
    if doc_ids is not None:
        rows, texts = rows.where(s.doc_id.in_(doc_ids)), texts.where(r.doc_id.in_(doc_ids))
    conn.execute(search_rows.insert().from_select(["doc_id", "ordinal", "date", "speaker", "country"], rows))
    conn.execute(fts.insert().from_select(["rowid", "text"], texts))


def reindex(conn: sa.Connection, doc_ids: Sequence[str], said: Sequence[tuple[Any, ...]], dates: Mapping[str, str | None]
            ) -> None:
    """Replace the index entries of `doc_ids` with `said`, the rows of their statements just written
    (tuples in the order of `statements.columns`), inside the caller's transaction (`Store.put` and
    `put_many`), so no search sees a stale statement; `dates` maps each doc_id to its date.

    The entries come from the rows in hand rather than INSERT ... SELECT over the stored tables: the
    join back to `statements` and `documents` took as long as FTS5's own tokenizing. Ids continue
    from the largest, as SQLite would number them; the caller's write holds the database's write
    lock, so no other writer takes them meanwhile.
    """
    old = sa.select(search_rows.c.id).where(search_rows.c.doc_id.in_(doc_ids))
    conn.execute(fts.delete().where(fts.c.rowid.in_(old)))
    conn.execute(search_rows.delete().where(search_rows.c.doc_id.in_(doc_ids)))
    if not said:
        return
    first = conn.scalar(sa.select(sa.func.coalesce(sa.func.max(search_rows.c.id), 0))) + 1
    doc_id, ordinal, speaker, country, text = map(_STATEMENT.get, ("doc_id", "ordinal", "speaker", "country", "text"))
    conn.exec_driver_sql("INSERT INTO search_rows (id, doc_id, ordinal, date, speaker, country) VALUES (?, ?, ?, ?, ?, ?)",
                         [(first + i, row[doc_id], row[ordinal], dates[row[doc_id]], row[speaker], row[country])
                          for i, row in enumerate(said)])
    conn.exec_driver_sql(f"INSERT INTO {FTS_NAME} (rowid, text) VALUES (?, ?)",
                         [(first + i, row[text]) for i, row in enumerate(said)])


_STATEMENT = {name: i for i, name in enumerate(statements.columns.keys())}  # a statement row's positions


# -- queries ---------------------------------------------------------------------------------------

def _iso(value: str | date | None) -> str | None:
    return value.isoformat() if isinstance(value, date) else value


def _filters(cols: Any, *, speaker_country: str | None, speaker: str | None, since: str | date | None,
             until: str | date | None, doc_id: str | None) -> list[sa.ColumnElement[bool]]:
    """Conditions on `cols` (doc_id, date, speaker, country): search_rows' or the joined tables'."""
    found = []
    if speaker_country is not None:
        found.append(cols.country == speaker_country)
    if speaker is not None:  # part of the name, any case: "biden" finds "Joe Biden"
        found.append(sa.func.lower(cols.speaker).contains(speaker.lower(), autoescape=True))
    if since is not None:
        found.append(cols.date >= _iso(since))
    if until is not None:
        found.append(cols.date <= _iso(until))
    if doc_id is not None:
        found.append(cols.doc_id == doc_id)
    return found


def find(conn: sa.Connection, query: str | Query, *, indexed: bool, speaker_country: str | None = None,
         speaker: str | None = None, since: str | date | None = None, until: str | date | None = None,
         doc_id: str | None = None, limit: int | None = 20, offset: int = 0, markers: tuple[str, str] = ("[", "]"),
         matches: int | None = None) -> list[SearchHit]:
    """Statements matching `query` and every filter: best bm25 first, then newest (FTS5), or newest
    first (the LIKE fallback, when not `indexed`, and a query matching more than `RANKED_AT_MOST`
    statements: see `ranked`); `offset` skips that many. `matches`, `count`'s answer for the same
    query and filters when the caller has it (a page showing its total), spares counting them again.
    Raises `BadQuery` for a query with nothing to find."""
    parsed = parse_query(query) if isinstance(query, str) else query
    filters = dict(speaker_country=speaker_country, speaker=speaker, since=since, until=until, doc_id=doc_id)
    if indexed:
        return _find_fts(conn, parsed, _filters(search_rows.c, **filters), limit, offset, markers, matches)
    return _find_like(conn, parsed, filters, limit, offset, markers)


_CHUNK = 5000  # ids a query reads at a time
# Past this many matches a query is ranked newest first, not by bm25: a word in most statements
# ("the", "said") has an inverse document frequency near zero, so bm25 orders by length alone, and
# scoring 100,000 matches took SQLite 105 ms of a 166 ms page (newest first: 40 ms).
RANKED_AT_MOST = 20_000


def ranked(matches: int) -> bool:
    """Whether `find` orders this many matches by relevance (bm25) rather than newest first."""
    return matches <= RANKED_AT_MOST


def matching_statements(query: str | Query) -> sa.Select:
    """(doc_id, ordinal) of the statements the FTS5 index finds for `query`: what an events filter
    by words joins to (one index lookup, where a substring scan of every event's evidence took a
    second on 38,000 events). Raises `BadQuery` like `find`."""
    parsed = parse_query(query) if isinstance(query, str) else query
    r = search_rows.c
    return (sa.select(r.doc_id, r.ordinal).select_from(sa.join(fts, search_rows, r.id == fts.c.rowid))
            .where(_FTS.op("MATCH")(to_fts5(parsed))))


def count(conn: sa.Connection, query: str | Query, *, indexed: bool, speaker_country: str | None = None,
          speaker: str | None = None, since: str | date | None = None, until: str | date | None = None,
          doc_id: str | None = None) -> int:
    """How many statements `find` would give with no limit: a result page's total."""
    parsed = parse_query(query) if isinstance(query, str) else query
    filters = dict(speaker_country=speaker_country, speaker=speaker, since=since, until=until, doc_id=doc_id)
    if indexed:
        r = search_rows.c
        matched = (sa.select(sa.func.count()).select_from(sa.join(fts, search_rows, r.id == fts.c.rowid))
                   .where(_FTS.op("MATCH")(to_fts5(parsed)), *_filters(r, **filters)))
    else:
        s, d = statements.c, documents.c
        matched = (sa.select(sa.func.count()).select_from(statements.join(documents, d.doc_id == s.doc_id))
                   .where(like_condition(parsed, s.text), *_filters(_Cols(s, d), **filters)))
    return conn.scalar(matched) or 0


def _find_fts(conn: sa.Connection, query: Query, filters: list[sa.ColumnElement[bool]], limit: int | None,
              offset: int, markers: tuple[str, str], matches: int | None) -> list[SearchHit]:
    r, s = search_rows.c, statements.c
    match = _FTS.op("MATCH")(to_fts5(query))
    indexed = sa.join(fts, search_rows, r.id == fts.c.rowid)
    newest = (r.date.is_(None), r.date.desc(), r.doc_id, r.ordinal)
    if matches is None:
        matches = conn.scalar(sa.select(sa.func.count()).select_from(indexed).where(match, *filters)) or 0
    order = (sa.func.bm25(_FTS), *newest) if ranked(matches) else newest
    ids = list(conn.scalars(sa.select(r.id).select_from(indexed).where(match, *filters)
                            .order_by(*order).limit(limit).offset(offset or None)))
    if not ids:
        return []
    snippet = sa.func.snippet(_FTS, 0, _OPEN, _CLOSE, ELLIPSIS, SNIPPET_TOKENS)
    details = (sa.select(r.id, r.doc_id, r.date, r.speaker, r.country, r.ordinal, s.span_start, s.span_end,
                         s.text, documents.c.title, snippet.label("raw"))
               .select_from(indexed.join(statements, sa.and_(s.doc_id == r.doc_id, s.ordinal == r.ordinal))
                            .join(documents, documents.c.doc_id == r.doc_id))
               .where(match))
    found = {}
    for start in range(0, len(ids), _CHUNK):  # SQLite takes at most 32,766 values in one IN
        found.update((row.id, row) for row in conn.execute(details.where(fts.c.rowid.in_(ids[start:start + _CHUNK]))))
    return [_hit(found[i], query, markers, found[i].raw) for i in ids if i in found]


def _find_like(conn: sa.Connection, query: Query, filters: dict[str, Any], limit: int | None, offset: int,
               markers: tuple[str, str]) -> list[SearchHit]:
    s, d = statements.c, documents.c
    cols = sa.select(s.doc_id, d.date, s.speaker, s.country, s.ordinal, s.span_start, s.span_end, s.text, d.title)
    found = (cols.join(documents, d.doc_id == s.doc_id)
             .where(like_condition(query, s.text), *_filters(_Cols(s, d), **filters))
             .order_by(d.date.is_(None), d.date.desc(), s.doc_id, s.ordinal).limit(limit).offset(offset or None))
    return [_hit(row, query, markers, None) for row in conn.execute(found)]


class _Cols:
    """The filter columns of the fallback: the document's date, the statement's others."""

    def __init__(self, s: Any, d: Any) -> None:
        self.doc_id, self.date, self.speaker, self.country = s.doc_id, d.date, s.speaker, s.country


# -- snippets --------------------------------------------------------------------------------------

def _hit(row: Any, query: Query, markers: tuple[str, str], raw: str | None) -> SearchHit:
    if raw is None or _OPEN in row.text or _CLOSE in row.text:
        # The fallback, or a statement that itself holds our marks (untrusted text may).
        pieces = _pieces(row.text, _matches(row.text, query.terms))
    else:
        pieces = _split(raw)
    snippet, marks = _render(pieces, markers)
    return SearchHit(row.doc_id, row.date, row.speaker, row.country, row.ordinal,
                     Span(row.span_start, row.span_end), row.text, snippet, marks, row.title)


def _split(raw: str) -> list[tuple[str, bool]]:
    """snippet()'s text as (piece, matched) pairs: pieces between _OPEN and _CLOSE matched."""
    pieces, inside = [], False
    for part in re.split(f"([{_OPEN}{_CLOSE}])", raw):
        if part in (_OPEN, _CLOSE):
            inside = part == _OPEN
        elif part:
            pieces.append((part, inside))
    return pieces


def _matches(text: str, terms: Sequence[Term]) -> list[tuple[int, int]]:
    """Where the terms occur in `text`, any case, merged: the LIKE fallback's highlight."""
    found = sorted(m.span() for t in terms for m in re.finditer(re.escape(t.text), text, re.IGNORECASE) if t.text)
    merged: list[tuple[int, int]] = []
    for start, end in found:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _pieces(text: str, matches: list[tuple[int, int]]) -> list[tuple[str, bool]]:
    pieces, at = [], 0
    for start, end in matches:
        pieces += [(text[at:start], False), (text[start:end], True)]
        at = end
    return [p for p in [*pieces, (text[at:], False)] if p[0]]


def _render(pieces: list[tuple[str, bool]], markers: tuple[str, str]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The snippet with the markers around matched pieces, and the offsets of those pieces in it."""
    out, marks, length = [], [], 0
    for text, matched in pieces:
        if matched:
            out += [markers[0], text, markers[1]]
            marks.append((length + len(markers[0]), length + len(markers[0]) + len(text)))
            length += len(markers[0]) + len(text) + len(markers[1])
        else:
            out.append(text)
            length += len(text)
    return "".join(out), tuple(marks)


__all__ = ["SearchHit", "available", "create_index", "find", "rebuild_index", "reindex", "search_rows"]
