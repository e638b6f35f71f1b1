"""Writing readouts in batches: the rows of many documents in one transaction and one statement per table.

Why: `Store.put` pays a transaction (an fsync on a SQLite file), a hash lookup and eleven statements
per document; storing ran at 239 documents/s on a SQLite file and 233 on PostgreSQL, about as slow
as extraction itself. `write` takes a batch: one hash lookup, one DELETE per table for the replaced
documents, one INSERT per table through the driver (`_insert`; COPY on PostgreSQL), one reindex of
the search index, one commit. Numbers under `BATCH_SIZE`.

A batch is all or nothing; `Store.put_many` retries a failed batch one document at a time, so one
bad document costs its batch a second pass and costs the others nothing. `unstorable` then says
which field of the bad one the database cannot hold.
"""
from __future__ import annotations

import gc
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any, Literal, NamedTuple

import sqlalchemy as sa

from communique.model import Readout
from communique.store import search
from communique.store.queries import Row, readout_rows, readout_tuples
from communique.store.schema import CHILD_TABLES, documents, metadata, statements

Outcome = Literal["added", "unchanged", "replaced"]

# Documents per transaction. Measured with a throwaway script storing the 19 dev readouts, already
# extracted, repeated 50 times (950 documents: 11,750 statement rows, 66,700 rows in all), best of 3,
# 2 cores shared with the server:
#   one `put` each (before):      SQLite file  2,955 statement rows/s (16,800 rows/s); PostgreSQL 15  2,884
#   batches of 200 (`put_many`):  SQLite file 14,600 statement rows/s (82,900 rows/s); PostgreSQL 15 10,100
#                                 (57,200 rows/s) with COPY; psycopg's executemany gave 4,700, SQLAlchemy's
#                                 insertmanyvalues 5,100.
# 1,000 gained nothing more then (building rows in Python was the limit). Of SQLite's 0.8 s, 0.3 s is SQLite's own executemany of the rows (a
# floor: ~39,000 statement rows/s before any Python), 0.1 s the FTS5 index, the rest building rows
# (`readout_rows`, JSON) and the cyclic GC running over them (gc.freeze() of the caller's long-lived
# objects gains about 15%).
# Later, 1,900 readouts (the 19 repeated 100 times, 24,000 statement rows), best of 3, the two
# versions run in turn on a loaded 2-core machine: 10,600-14,400 statement rows/s before, 16,100-
# 18,500 with rows built as tuples (`readout_tuples`) and the collector off during the write
# (`_no_cyclic_gc`); in CPU time 12,000-14,100 -> 19,200-19,900. Calling json.dumps directly
# instead of the JSON columns' bind processors measured nothing, and was left out.
# Then (bench/scale.py's 4,000 generated readouts: 49,514 statement rows, best of 3; the machine
# varies by a fifth from run to run, so each change was measured against the one before in turn):
# SQLite alone, given the rows ready, managed ~19,000 statement rows/s, so Python was not the limit.
# Less to write (schema 0007: commitments a view, events' words NULL when they are the document's,
# one unused index gone) raised that floor to ~21,000; 1,000 documents a transaction instead of 200
# to ~27,000 (a fifth as many commits, each writing back the index pages it touched, and FTS5
# segments five times larger). With the rows built here: 18,000 -> 20,400-20,600 statement rows/s.
BATCH_SIZE = 1000


class ToStore(NamedTuple):
    """A readout to store, with where it was read from and its fingerprint.

    `content_hash` defaults to `store.content_hash(readout.text, readout.doc_id)`, the hash `ingest`
    gives, so a readout stored both ways is "unchanged" the second time.
    """

    readout: Readout
    source: str | None = None
    content_hash: str | None = None
    origin: str | None = None  # `Document.origin`: an id stored from one file is not replaced from another


Item = ToStore  # with its content_hash filled in


def write(conn: sa.Connection, items: Sequence[Item], *, force: bool, indexed: bool) -> list[Outcome]:
    """Store `items` (distinct doc_ids) in the caller's transaction; their outcomes, in order.

    An item whose stored hash is its own is "unchanged" and writes nothing unless `force`; one
    with another hash has every old row deleted first ("replaced").
    """
    d = documents.c
    old = dict(conn.execute(sa.select(d.doc_id, d.content_hash).where(d.doc_id.in_([i.readout.doc_id for i in items]))).all())
    outcomes: list[Outcome] = []
    todo: list[Item] = []
    for item in items:
        stored = old.get(item.readout.doc_id)
        if stored == item.content_hash and not force:
            outcomes.append("unchanged")
            continue
        outcomes.append("added" if stored is None else "replaced")
        todo.append(item)
    if not todo:
        return outcomes
    ids = [i.readout.doc_id for i in todo]
    replaced = [i for i in ids if i in old]
    if replaced:
        for table in (*CHILD_TABLES, documents):
            conn.execute(table.delete().where(table.c.doc_id.in_(replaced)))
    with _no_cyclic_gc():
        rows: dict[sa.Table, list[Row]] = {table: [] for table in metadata.sorted_tables}
        now = datetime.now(UTC)
        for readout, source, digest, origin in todo:
            for table, values in readout_tuples(readout, source=source, content_hash=digest, now=now,
                                                origin=origin).items():
                rows[table] += values
        for table, values in rows.items():  # sorted_tables: documents before its children
            if values:
                _insert(conn, table, values)
    if indexed:
        dates = {row[0]: row[_DATE] for row in rows[documents]}
        search.reindex(conn, ids, rows[statements], dates)
    return outcomes


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """The cyclic garbage collector off while a batch's rows are built and inserted, as it was after.

    The rows are tens of thousands of fresh tuples and lists, so the collector ran again and again
    during a batch, each time over the caller's long-lived readouts too, and found nothing: the rows
    hold no cycles and go by reference counting when the batch ends. Storing 1,900 dev readouts
    already extracted (the 19 repeated 100 times: 24,000 statement rows), best of 5, same process,
    CPU time: 16,800 statement rows/s with the collector on, 18,700 off (+11%). Process-wide, as
    the collector is: another thread's allocations also wait for it until the batch is written.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


_DATE = documents.columns.keys().index("date")

# Drivers we hand the rows to directly, with their positional placeholder (psycopg takes COPY).
_PLACEHOLDER = {"pysqlite": "?", "psycopg": "%s"}
_processors: dict[tuple[str, str], dict[str, Callable[[Any], Any]]] = {}


def _insert(conn: sa.Connection, table: sa.Table, values: list[Row]) -> None:
    """INSERT the rows (tuples in the order of `table.columns`) through the driver itself.

    `conn.execute(table.insert(), values)` took longer than SQLite itself: it rebuilds each row's
    parameters through the compiled statement. Here the column types' own bind processors (JSON to
    text, datetimes to SQLite's format) run once per value, an empty JSON list not even that, and a
    table with none (statements, the most rows) goes to the driver as built; SQLite gets the rows
    to executemany (tuples bind a fifth faster than dicts), PostgreSQL a COPY, twice as fast as
    executemany in pipeline mode or SQLAlchemy's multi-row VALUES. A driver error leaves as
    SQLAlchemy's, as from any other statement.
    """
    names = table.columns.keys()
    placeholder = _PLACEHOLDER.get(conn.dialect.driver)
    if placeholder is None:  # another driver: SQLAlchemy's own way
        conn.execute(table.insert(), [dict(zip(names, row)) for row in values])
        return
    processors = _bind_processors(conn.dialect, table)
    if processors:  # column by column: a call per value, not a list and a tuple per row too
        columns: list[Sequence[Any]] = list(zip(*values))
        for name, process in processors.items():
            i = names.index(name)
            columns[i] = (_json_texts(columns[i], process) if isinstance(table.c[name].type, sa.JSON)
                          else list(map(process, columns[i])))
        values = list(zip(*columns))  # SQLAlchemy passes on tuples only
    preparer = conn.dialect.identifier_preparer
    target = f"{preparer.format_table(table)} ({', '.join(map(preparer.quote, names))})"
    if conn.dialect.driver != "psycopg":
        conn.exec_driver_sql(f"INSERT INTO {target} VALUES ({', '.join([placeholder] * len(names))})", values)
        return
    dbapi = conn.dialect.loaded_dbapi
    try:
        with conn.connection.driver_connection.cursor() as cursor, cursor.copy(f"COPY {target} FROM STDIN") as copy:
            for row in values:
                copy.write_row(row)
    except dbapi.Error as exc:
        raise sa.exc.DBAPIError.instance(f"COPY {target}", None, exc, dbapi.Error) from exc


def _json_texts(values: Sequence[Any], process: Callable[[Any], Any]) -> list[Any]:
    """The JSON column's `process` of each value, computed once per distinct list of strings.

    A batch's events and commitments repeat a few issue lists ("[]", '["trade"]', ...) tens of
    thousands of times, and json.dumps of each was a sixth of storing (the figures above
    `BATCH_SIZE`); a dict lookup is a tenth of the call. Only lists of strings are keyed: a tuple
    key would make 1, 1.0 and True one value, and dicts are unhashable. Anything else (an event's
    quantities, extra_json) goes to `process` each time.
    """
    memo: dict[tuple[str, ...], Any] = {}
    texts = []
    for value in values:
        if type(value) is list and all(type(item) is str for item in value):
            key = tuple(value)
            text = memo.get(key)
            if text is None:
                text = memo[key] = process(value)
        else:
            text = process(value)
        texts.append(text)
    return texts


def _bind_processors(dialect: sa.Dialect, table: sa.Table) -> dict[str, Callable[[Any], Any]]:
    key = (dialect.name, table.name)
    if key not in _processors:
        found = ((c.name, c.type.dialect_impl(dialect).bind_processor(dialect)) for c in table.columns)
        _processors[key] = {name: process for name, process in found if process is not None}
    return _processors[key]


_SURROGATE = re.compile("[\ud800-\udfff]")


def unstorable(readout: Readout, dialect: str) -> str | None:
    """What in `readout` the database cannot hold, as a one-line reason with the fix, or None.

    Lone surrogates (from bytes decoded with `surrogateescape`) are no UTF-8, so no database takes
    them; PostgreSQL's text also refuses NUL (U+0000), which SQLite stores. JSON columns are written
    with escapes (`\\u0000`), so only plain text columns are checked.
    """
    rows = readout_rows(readout, source=None, content_hash="", now=datetime.now(UTC))
    for table, values in rows.items():
        for row in values:
            for column, value in row.items():
                if not isinstance(value, str):
                    continue
                where = f"{table.name}[{row['ordinal']}].{column}" if "ordinal" in row else f"{table.name}.{column}"
                if dialect == "postgresql" and "\x00" in value:
                    return (f"PostgreSQL text cannot hold NUL (U+0000), found in {where} at offset "
                            f"{value.index(chr(0))}; remove it from the input, or store in SQLite")
                if (bad := _SURROGATE.search(value)) is not None:
                    return (f"lone surrogate U+{ord(bad.group()):04X} in {where} at offset {bad.start()} is not "
                            f"Unicode text; decode the input with errors='replace'")
    return None


__all__ = ["BATCH_SIZE", "Outcome", "ToStore", "unstorable", "write"]
