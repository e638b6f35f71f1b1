"""Tables of the readout store and the named migrations that create them.

The schema is SQLAlchemy Core with portable types only (no SQLite pragmas or SQL text here), so a
PostgreSQL backend can share it: every constraint and index has an explicit name (the naming
convention below), spans are two integer columns, and nothing relies on SQLite's loose typing.
Span columns are called `span_start`/`span_end` because `end` is a reserved word in SQL.

The store keeps each readout both normalised (the tables the `list` filters and summaries query)
and complete: `documents.extra_json` holds the `Readout.to_dict()` keys that no column holds
(today `evidence`), so a readout written by a newer extractor still comes back whole from
`Store.get`. Nothing is stored twice: `commitments` is a view over `events` (the model derives
them from the events too), and an event's evidence text is NULL when it is the document's text at
its span, as it nearly always is (`evidence_text` reads either).

Migrations follow sqlite-utils/datasette: an ordered list of `(name, function)`; each runs once, in
its own transaction, and its name goes into `schema_migrations`. To change the schema, append a
migration and update the `Table` below; `0001_initial` must then stop calling `create_all` on the
current tables and create the v1 tables it always created (freeze it), or new databases would get
the change twice.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.schema import CreateColumn

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata = sa.MetaData(naming_convention=NAMING)


BYTEWISE = "bytewise"  # Column.info key: compare this column's strings as bytes on every database


def _code(name: str, length: int | None = None, *args: object, **kwargs: object) -> sa.Column:
    """A string column that sorts and groups byte by byte on every database: ids, codes, ISO dates.

    SQLite compares strings as bytes; PostgreSQL by the database's collation, and under a
    linguistic one (en-US) "WH_a" sorts between "tradeb" and "wh_b" and "trade_x" before "tradeb",
    so listings, paging and tie-breaks would differ from SQLite's. Such columns get COLLATE "C" on
    PostgreSQL (`_collate`; tests/test_store_postgres.py runs on an ICU en-US database to see it).
    """
    return sa.Column(name, sa.String(length), *args, info={BYTEWISE: True}, **kwargs)


@compiles(CreateColumn, "postgresql")
def _collate(create: CreateColumn, compiler: sa.sql.compiler.DDLCompiler, **kw: object) -> str:
    """COLLATE "C" in the DDL of a bytewise column. In DDL only: as the type's own collation
    (`String(collation="C")`) it would also go into psycopg's bind casts, where PostgreSQL rejects
    it (`doc_id BETWEEN %(a)s::VARCHAR COLLATE "C" AND ...` is a syntax error). A literal compared
    with the column takes the column's collation anyway."""
    column = create.element
    text = compiler.visit_create_column(create, **kw)
    if text is None or not column.info.get(BYTEWISE):
        return text
    spelled = compiler.dialect.type_compiler_instance.process(column.type, type_expression=column)
    return text.replace(f" {spelled}", f' {spelled} COLLATE "C"', 1)


def _per_document(name: str, *columns: sa.Column | sa.Index) -> sa.Table:
    """A table of a document's list field: one row per item, keyed by (doc_id, ordinal) in list order."""
    return sa.Table(
        name, metadata,
        _code("doc_id", None, sa.ForeignKey("documents.doc_id", ondelete="CASCADE"), nullable=False),
        sa.Column("ordinal", sa.Integer, nullable=False),
        *columns,
        sa.PrimaryKeyConstraint("doc_id", "ordinal"),
    )


def _span(prefix: str = "span", *, nullable: bool = False) -> tuple[sa.Column, sa.Column]:
    return (sa.Column(f"{prefix}_start", sa.Integer, nullable=nullable),
            sa.Column(f"{prefix}_end", sa.Integer, nullable=nullable))


documents = sa.Table(
    "documents", metadata,
    _code("doc_id", primary_key=True),
    _code("content_hash", 64, nullable=False),
    sa.Column("source", sa.Text),
    sa.Column("url", sa.Text),
    sa.Column("title", sa.Text),
    _code("published", 10),
    _code("date", 10),
    _code("encounter", 32, nullable=False),
    sa.Column("location_name", sa.Text),
    _code("location_country", 16),
    *_span("location", nullable=True),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("from_markup", sa.Boolean, nullable=False),
    sa.Column("extra_json", sa.JSON, nullable=False),
    sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("origin", sa.Text),  # added by 0008: the file the text came from (`Document.origin`)
    sa.Column("location_source", sa.Text),  # added by 0009: NULL, the location's span is into the text; "title"
    sa.Index("ix_documents_date", "date"),
    sa.Index("ix_documents_encounter", "encounter"),
    sa.Index("ix_documents_doc_id_date", "doc_id", "date"),  # 0005: a document's date without its text
)

participants = _per_document(
    "participants",
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("title", sa.Text),
    _code("country", 16),
    *_span(),
    *_span("title", nullable=True),
    sa.Column("aliases", sa.JSON, nullable=False),
    sa.Column("name_from", sa.Text),  # added by 0002: source of a name the text does not write
    sa.Index("ix_participants_country_doc_id", "country", "doc_id"),  # 0005: a dyad's readouts, index only
)

statements = _per_document(
    "statements",
    *_span(),
    sa.Column("speaker", sa.Text),
    _code("country", 16),
    sa.Column("text", sa.Text, nullable=False),
    *_span("cue", nullable=True),
)

issues = _per_document(
    "issues",
    _code("issue", 64, nullable=False),
    sa.Index("ix_issues_issue", "issue"),
    sa.Index("ix_issues_doc_id_issue", "doc_id", "issue"),  # 0005
)

issue_mentions = _per_document(
    "issue_mentions",
    _code("issue", 64, nullable=False),
    *_span(),
    sa.Column("text", sa.Text, nullable=False),
)

events = _per_document(
    "events",
    _code("type", 16, nullable=False),
    _code("actor", 16, nullable=False),
    _code("target", 16),
    _code("mode"),  # no length: modes come from the cue book, which analysts extend
    _code("polarity", 16, nullable=False),
    sa.Column("negated", sa.Boolean, nullable=False),
    sa.Column("intensity", sa.Float),
    *_span(),
    sa.Column("text", sa.Text),  # NULL: the document's text at the span, as nearly always (0007)
    *_span("trigger", nullable=True),
    *_span("object", nullable=True),
    sa.Column("statement", sa.Integer),  # index into the document's statements
    sa.Column("cue", sa.Text),
    sa.Column("issues", sa.JSON, nullable=False),  # ["covid19", ...]: filtered with LIKE (queries.py)
    sa.Column("quantities", sa.JSON, nullable=False),  # [{"text": ..., "span": [s, e]}, ...]
    # 0005: covering a dyad's timeline (bench/query.py), and (actor, target) lookups as its prefix
    sa.Index("ix_events_dyad", "actor", "target", "doc_id", "type", "intensity"),
    sa.Index("ix_events_type", "type"),
)

schema_migrations = sa.Table(
    "schema_migrations", metadata,
    sa.Column("name", sa.String(128), primary_key=True),
    sa.Column("applied_at", sa.DateTime(timezone=True), nullable=False),
)

CHILD_TABLES = (participants, statements, issues, issue_mentions, events)
"""Tables keyed by `doc_id`. Deleted explicitly on replace rather than trusting ON DELETE CASCADE,
which SQLite ignores unless the connection enabled foreign keys."""


def evidence_text(table: sa.Table | sa.Subquery, doc: sa.Table = documents) -> sa.ColumnElement[str]:
    """An event's evidence words: its `text`, or where that is NULL the document's text at its span.

    SQL's substr counts characters from 1 and Python's slices code points from 0, so the two agree
    on a `Span` (0 <= start <= end) in a text without NUL, the only ones the writer leaves NULL
    (`store.events.event_tuples`).
    """
    t = table.c
    return sa.func.coalesce(t.text, sa.func.substr(doc.c.text, t.span_start + 1, t.span_end - t.span_start))


def _is_commitment(e: Any) -> sa.ColumnElement[bool]:
    """`model.commitments_of` in SQL: AGREE promised, or REQUEST, not negated."""
    return sa.and_(e.negated == sa.false(), sa.or_(sa.and_(e.type == "AGREE", e.polarity == "pledged"),
                                                   e.type == "REQUEST"))


def _commitments_select() -> sa.Select:
    """The commitments view: what `model.commitments_of` derives from a readout's events, per row.

    `ordinal` counts the document's earlier commitments, as the model's list index does; a
    correlated count rather than row_number() so that SQLite flattens the view and a filter on
    actor or target reaches `ix_events_dyad` instead of numbering every commitment first.
    """
    e, d = events.alias("e"), documents.alias("d")
    earlier = events.alias("earlier")
    ordinal = (sa.select(sa.func.count()).select_from(earlier)
               .where(earlier.c.doc_id == e.c.doc_id, earlier.c.ordinal < e.c.ordinal, _is_commitment(earlier.c))
               .scalar_subquery())
    object_text = sa.func.substr(d.c.text, e.c.object_start + 1, e.c.object_end - e.c.object_start)
    return (sa.select(e.c.doc_id, ordinal.label("ordinal"),
                      sa.case((e.c.type == "REQUEST", "request"), else_="pledge").label("kind"),
                      e.c.actor, e.c.target, e.c.span_start, e.c.span_end, evidence_text(e, d).label("text"),
                      e.c.object_start, e.c.object_end, object_text.label("object_text"),
                      e.c.quantities, e.c.issues, e.c.ordinal.label("event_ordinal"))
            .select_from(e.join(d, d.c.doc_id == e.c.doc_id)).where(_is_commitment(e.c)))


commitments = sa.Table(
    "commitments", sa.MetaData(),  # a view (0007), not in `metadata`: nothing creates or writes it as a table
    sa.Column("doc_id", sa.String), sa.Column("ordinal", sa.Integer), sa.Column("kind", sa.String),
    sa.Column("actor", sa.String), sa.Column("target", sa.String), *_span(), sa.Column("text", sa.Text),
    *_span("object", nullable=True), sa.Column("object_text", sa.Text), sa.Column("quantities", sa.JSON),
    sa.Column("issues", sa.JSON), sa.Column("event_ordinal", sa.Integer),
    sa.PrimaryKeyConstraint("doc_id", "event_ordinal"),  # its key, in the order of `ordinal`, read from events' own
)
"""Pledges and requests, one row per AGREE promised or REQUEST event (`model.commitments_of`): a
view over `events`, so SQL users query them as before 0007 without the store keeping them twice."""


def _initial(conn: sa.Connection) -> None:
    # Frozen: the v1 tables only. Later tables come from their own migration (0003 for events).
    metadata.create_all(conn, tables=[documents, participants, statements, issues, issue_mentions])


def _participant_name_from(conn: sa.Connection) -> None:
    """Databases made by 0001 before the column existed get it; new ones already have it."""
    if "name_from" not in {c["name"] for c in sa.inspect(conn).get_columns("participants")}:
        conn.execute(sa.text("ALTER TABLE participants ADD COLUMN name_from TEXT"))


def _events(conn: sa.Connection) -> None:
    """The table of PLOVER events (until 0007 also a table of the commitments derived from them,
    which 0007 drops: a new database never needs it, so 0003 no longer makes it).

    Nothing to copy: before 0003 a readout's events went to `extra_json`, but the coder produced
    none, so every stored list was empty; `ingest --force` codes the old documents' events.
    """
    metadata.create_all(conn, tables=[events])


def _search(conn: sa.Connection) -> None:
    """The full-text index of statements, filled from those already stored (SQLite with FTS5 only:
    elsewhere a no-op, and search falls back to LIKE). Its SQL lives in `store/search.py`."""
    from communique.store.search import create_index  # search.py imports this module's tables

    create_index(conn)


def _query_indexes(conn: sa.Connection) -> None:
    """Covering indexes for the analysis queries: on a million events, a dyad's timeline read from
    indexes alone takes a fraction of the time that visiting the wide event and document rows does
    (bench/query.py). They replace the narrower indexes they extend."""
    for table in (documents, participants, issues, events):
        for index in table.indexes:
            index.create(conn, checkfirst=True)
    for old in ("ix_participants_country", "ix_events_actor_target"):
        conn.execute(sa.text(f"DROP INDEX IF EXISTS {old}"))


def _unbounded_mode(conn: sa.Connection) -> None:
    """An event's mode is whatever the cue book (lexicons/plover_cues.yaml) names, and an analyst
    may name a long one: PostgreSQL refused a mode over 32 characters that SQLite, which does not
    enforce lengths, stored. Nothing to do on SQLite."""
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text('ALTER TABLE events ALTER COLUMN mode TYPE VARCHAR COLLATE "C"'))


def _derived_not_stored(conn: sa.Connection) -> None:
    """Store nothing twice that the readout already holds, which made bulk storing write a quarter
    more than needed (bench/scale.py; figures above `writing.BATCH_SIZE`):

    - `commitments` becomes a view over `events` (it was a copy of some of their columns);
    - `events.text` may be NULL, meaning the document's text at the event's span (`evidence_text`);
    - `ix_statements_speaker` goes: no query could use it (speaker filters match part of a name).

    A SQLite table cannot drop a NOT NULL in place, so an `events` table from before is rebuilt;
    its rows keep their text, which reads the same as NULL would.
    """
    conn.execute(sa.text("DROP INDEX IF EXISTS ix_statements_speaker"))
    conn.execute(sa.text("DROP TABLE IF EXISTS commitments"))
    text_column = next(c for c in sa.inspect(conn).get_columns("events") if c["name"] == "text")
    if not text_column["nullable"]:
        if conn.dialect.name == "postgresql":
            conn.execute(sa.text("ALTER TABLE events ALTER COLUMN text DROP NOT NULL"))
        else:
            for index in events.indexes:
                conn.execute(sa.text(f"DROP INDEX {index.name}"))
            conn.execute(sa.text("ALTER TABLE events RENAME TO events_0006"))
            events.create(conn)
            names = ", ".join(events.columns.keys())
            conn.execute(sa.text(f"INSERT INTO events ({names}) SELECT {names} FROM events_0006"))
            conn.execute(sa.text("DROP TABLE events_0006"))
    view = _commitments_select().compile(conn, compile_kwargs={"literal_binds": True})
    conn.execute(sa.text(f"CREATE VIEW commitments AS {view}"))


def _origin(conn: sa.Connection) -> None:
    """Where each readout came from, so that another file's text with a stored id is refused, not
    stored over it. Readouts stored before keep NULL: their file is unknown, and they are replaced
    as they always were. New databases have the column from 0001."""
    if "origin" not in {c["name"] for c in sa.inspect(conn).get_columns("documents")}:
        conn.execute(sa.text("ALTER TABLE documents ADD COLUMN origin TEXT"))


def _location_source(conn: sa.Connection) -> None:
    """Where a location's span points: a place that only the headline names ("X meets Y in Reykjavík") has its
    evidence in the title. Readouts stored before keep NULL, the text, as all their places were."""
    if "location_source" not in {c["name"] for c in sa.inspect(conn).get_columns("documents")}:
        conn.execute(sa.text("ALTER TABLE documents ADD COLUMN location_source TEXT"))


Migration = tuple[str, Callable[[sa.Connection], None]]
MIGRATIONS: list[Migration] = [
    ("0001_initial", _initial),
    ("0002_participant_name_from", _participant_name_from),
    ("0003_events", _events),
    ("0004_search", _search),
    ("0005_query_indexes", _query_indexes),
    ("0006_unbounded_mode", _unbounded_mode),
    ("0007_derived_not_stored", _derived_not_stored),
    ("0008_origin", _origin),
    ("0009_location_source", _location_source),
]


# Any constant bigint: the key of the PostgreSQL advisory lock that serialises migrations.
_MIGRATION_LOCK = 0x636F6D6D756E69  # "communi"


def _serialised(conn: sa.Connection) -> None:
    """Make concurrent `migrate` calls (a Dask worker's store opening beside another) take turns:
    on PostgreSQL two of them would both see a table missing and the second CREATE would fail. The
    lock ends with the transaction. SQLite's writers take turns at the file already."""
    if conn.dialect.name == "postgresql":
        conn.execute(sa.select(sa.func.pg_advisory_xact_lock(_MIGRATION_LOCK)))


def foreign(conn: sa.Connection, migrations: list[Migration] = MIGRATIONS) -> str | None:
    """Why this database is not one `migrate` may touch, as a one-line reason with the fix, or None.

    Ours keeps `schema_migrations` (a `name` each) with names we know, or is new. Another program's
    SQLite file (tables but no `schema_migrations`) would get our tables written into it, or half
    of them beside a `documents` table of its own; one from a newer communique (a migration we do
    not know) has a schema this code would misread. Both are refused before anything is written.
    A PostgreSQL database is often shared (PostGIS's `spatial_ref_sys`, another app's tables), so
    there only a table of ours that we did not make is refused.
    """
    tables = set(sa.inspect(conn).get_table_names())
    if schema_migrations.name not in tables:
        ours = {t.name for t in metadata.sorted_tables} & tables
        theirs = ours if conn.dialect.name == "postgresql" else tables
        if not theirs:
            return None
        shown = ", ".join(sorted(theirs)[:3]) + (", ..." if len(theirs) > 3 else "")
        fix = "give --db a database of its own" if conn.dialect.name == "postgresql" else "give --db a new file"
        return f"not a communique database (it holds the tables {shown} and no schema_migrations); {fix}"
    if "name" not in {c["name"] for c in sa.inspect(conn).get_columns(schema_migrations.name)}:
        return "not a communique database (its schema_migrations is another program's); give --db a new file"
    unknown = sorted(set(conn.scalars(sa.select(schema_migrations.c.name))) - {name for name, _ in migrations})
    if unknown:
        return (f"written by a newer communique (its schema has migration {unknown[-1]}, which this "
                f"version does not know); upgrade communique to use it")
    return None


def migrate(engine: sa.Engine, migrations: list[Migration] = MIGRATIONS) -> list[str]:
    """Apply the migrations this database has not seen, each once and in its own transaction.

    Returns the names applied, so a caller can report an upgrade; a fresh database gets them all.
    """
    with engine.begin() as conn:
        _serialised(conn)
        schema_migrations.create(conn, checkfirst=True)
        done = set(conn.scalars(sa.select(schema_migrations.c.name)))
    applied = []
    for name, func in migrations:
        if name in done:
            continue
        with engine.begin() as conn:
            _serialised(conn)
            if conn.scalar(sa.select(schema_migrations.c.name).where(schema_migrations.c.name == name)):
                continue  # another process applied it meanwhile
            func(conn)
            conn.execute(schema_migrations.insert().values(name=name, applied_at=datetime.now(UTC)))
        applied.append(name)
    return applied
