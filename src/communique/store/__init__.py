"""An idempotent store of readouts: SQLite by default, or PostgreSQL, through SQLAlchemy Core.

A document is keyed by `doc_id` and fingerprinted by `content_hash` (its text and id): ingesting the
same file again is a no-op ("unchanged"), an edited file replaces every row of the old version in
one transaction ("replaced"). Bulk writes (`ingest`, `put_many`) commit batches of documents; a
batch that fails is retried one document at a time, so a failure in document 900 keeps every other
document (sqlite-utils' upserts; datasette's immutable-by-hash thinking).

PostgreSQL has the same schema and answers (tests/test_store_postgres.py) at
`postgresql://user:password@host/db`, through psycopg 3. What differs: `search` has no full-text
index there and matches substrings (`search_query.like_condition`), and text cannot hold NUL
(U+0000), so a readout with one is refused with a `StoreError` naming the field (never altered).

>>> store = Store(":memory:")
>>> from communique.model import Readout
>>> r = Readout("d1", "2022-04-14", None, "phone_call", None, [], [], ["covid19"], text="Hello.")
>>> store.put(r), store.put(r), store.count()
('added', 'unchanged', 1)
>>> store.get("d1") == r
True
"""
from __future__ import annotations

import hashlib
import os
from contextlib import AbstractContextManager, contextmanager
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from itertools import islice
from pathlib import Path
from typing import Literal

import sqlalchemy as sa

from communique import pipeline
from communique.errors import CommuniqueError, DuplicateId, NotFound, StoreError, UnstorableReadout
from communique.model import Document, Readout
from communique.store import search
from communique.store.events import (
    CommitmentRow, Dyad, EventRow, count_events, list_commitments, list_events, parse_dyad,
)
from communique.store.queries import (
    CorpusSummary, DocumentSummary, count_documents, list_documents, load_readout, summarize,
)
from communique.store.schema import documents, foreign, migrate
from communique.store.search import SearchHit
from communique.store.writing import BATCH_SIZE, Item, Outcome, ToStore, unstorable, write

IngestOutcome = Literal["added", "unchanged", "replaced", "duplicate"]


def content_hash(text: str, doc_id: str) -> str:
    """Fingerprint of a document version: the id is part of it, so one text under two ids is two docs.

    >>> content_hash("Hello.", "d1")[:12]
    '726013d6a9de'
    """
    return hashlib.sha256(f"{doc_id}\x00{text}".encode("utf-8", "surrogatepass")).hexdigest()


_fingerprint = content_hash  # `put` has a keyword argument of the same name


def _url(url_or_path: str | os.PathLike[str]) -> tuple[sa.URL | str, Path | None]:
    """(SQLAlchemy URL, the SQLite file or None): a bare path means a SQLite file.

    A plain `postgresql://` (or `postgres://`, as Heroku and libpq write it) means psycopg 3, the
    driver we install: SQLAlchemy would otherwise pick psycopg2, which we do not.

    >>> str(_url("postgresql://u:pw@localhost/db")[0]), _url("c.db")
    ('postgresql+psycopg://u:***@localhost/db', ('sqlite:///c.db', PosixPath('c.db')))
    """
    raw = os.fspath(url_or_path)
    if "://" in raw:
        url = sa.make_url(raw)
        if url.drivername in ("postgresql", "postgres"):
            return url.set(drivername="postgresql+psycopg"), None
        path = url.database if url.get_backend_name() == "sqlite" else None
        return raw, Path(path) if path and path != ":memory:" else None
    if raw == ":memory:":
        return "sqlite://", None
    return f"sqlite:///{raw}", Path(raw)


def _shown(url_or_path: str | os.PathLike[str]) -> str:
    """The database as messages name it: a URL without its password."""
    raw = os.fspath(url_or_path)
    try:
        return sa.make_url(raw).render_as_string(hide_password=True) if "://" in raw else raw
    except sa.exc.ArgumentError:
        return raw


def _chunks(items: Iterable[object], size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def _one_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    return (str(orig).strip().splitlines() or [type(orig).__name__])[0]


def _sqlite_setup(engine: sa.Engine) -> None:
    """Make pysqlite transactions real (SQLAlchemy's documented recipe) and honour foreign keys.

    pysqlite otherwise opens a transaction only at the first write, so `put`'s read of the stored
    hash and its writes would not be one atomic unit.
    """
    @sa.event.listens_for(engine, "connect")
    def _connect(dbapi_conn, _record) -> None:  # noqa: ANN001 - DB-API objects are untyped
        dbapi_conn.isolation_level = None
        dbapi_conn.execute("PRAGMA foreign_keys = ON")

    @sa.event.listens_for(engine, "begin")
    def _begin(conn: sa.Connection) -> None:
        conn.exec_driver_sql("BEGIN")


class Store:
    """Readouts in a database; `url_or_path` is a SQLite file path, ":memory:", or an SQLAlchemy URL
    (`postgresql://user:password@host/db` for PostgreSQL).

    With `create=False` a missing SQLite file is `NotFound` instead of a new empty database, which is
    what read-only commands (`show`, `list`) want when the user mistypes `--db`.
    """

    def __init__(self, url_or_path: str | os.PathLike[str] = "communique.db", *, create: bool = True) -> None:
        self.where = _shown(url_or_path)
        try:
            url, self.path = _url(url_or_path)
            if not create and self.path is not None and not self.path.exists():
                raise NotFound("no such database; run `communique ingest` first or check --db", source=self.where)
            kwargs = {"poolclass": sa.pool.StaticPool} if url == "sqlite://" else {}  # one shared in-memory db
            self.engine = sa.create_engine(url, **kwargs)
        except (sa.exc.SQLAlchemyError, ImportError) as exc:  # a malformed URL, a missing driver
            raise StoreError(f"cannot use this database URL: {_one_line(exc)}", source=self.where) from exc
        if self.engine.dialect.name == "sqlite":
            _sqlite_setup(self.engine)
        try:
            with self.engine.connect() as conn:
                refused = foreign(conn)
            if refused is not None:
                self.engine.dispose()
                raise StoreError(refused, source=self.where)
            migrate(self.engine)
            with self.engine.connect() as conn:
                self.indexed = search.available(conn)  # else `search` falls back to LIKE
        except sa.exc.SQLAlchemyError as exc:
            self.engine.dispose()
            raise StoreError(f"cannot open database: {_one_line(exc)}", source=self.where) from exc

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def stored_hash(self, doc_id: str) -> str | None:
        """The content hash stored for `doc_id`, so a caller can skip re-extracting an unchanged file."""
        return self.stored([doc_id]).get(doc_id, (None, None))[0]

    def put(self, readout: Readout, *, source: str | None = None, content_hash: str | None = None,
            force: bool = False) -> Outcome:
        """Store one readout in its own transaction; the default hash is `content_hash(text, doc_id)`.

        The same hash again is "unchanged" and writes nothing (unless `force`, for a re-extraction
        with a better extractor); a new hash deletes every row of the old version and inserts the
        new one atomically ("replaced"). Raises `StoreError` and leaves the old version in place if
        anything fails. Many readouts: `put_many`, which batches.
        """
        return self._put_one(ToStore(readout, source, content_hash or _fingerprint(readout.text, readout.doc_id)),
                             force=force)

    def put_many(self, readouts: Iterable[Readout | ToStore], *, force: bool = False, replace: bool = False,
                 on_error: Callable[[CommuniqueError], None] | None = None,
                 batch_size: int = BATCH_SIZE) -> Iterator[tuple[str, IngestOutcome]]:
        """Store already extracted readouts in batches, yielding `(doc_id, outcome)` in input order.

        Each outcome is `put`'s, or "duplicate" for a doc_id met before in the same stream (the
        first one wins). A `ToStore` with an origin whose id is stored with another file's text is
        a `DuplicateId` for `on_error` and is not stored, unless `replace` (see `taken`). A batch of
        `batch_size` documents is one transaction; when it fails, its documents are stored one by one, and each that still fails goes to `on_error` as a
        `StoreError` (raised when on_error is None) while the others are kept. Lazy: nothing is
        written until the caller iterates. Give a `ToStore` for a source or a precomputed hash.

        >>> store = Store(":memory:")
        >>> a = Readout("a", None, None, "meeting", None, [], [], [], text="A.")
        >>> list(store.put_many([a, ToStore(a, source="a.txt"), Readout("b", None, None, "other", None, [], [], [])]))
        [('a', 'added'), ('a', 'duplicate'), ('b', 'added')]
        """
        seen: set[str] = set()
        for chunk in _chunks(readouts, batch_size):
            entries = [e if isinstance(e, ToStore) else ToStore(e) for e in chunk]
            entries = [e._replace(content_hash=e.content_hash or _fingerprint(e.readout.text, e.readout.doc_id))
                       for e in entries]
            with_origin = {e.readout.doc_id for e in entries if e.origin is not None}
            stored = self.stored(with_origin - seen) if with_origin and not replace else {}
            plan: list[tuple[str, IngestOutcome | None]] = []  # None: the next outcome of the batch
            batch: list[Item] = []
            failure: DuplicateId | None = None
            for entry in entries:
                doc_id = entry.readout.doc_id
                if doc_id in seen:
                    plan.append((doc_id, "duplicate"))
                    continue
                seen.add(doc_id)
                clash = taken(doc_id, entry.origin, entry.content_hash, stored.get(doc_id), source=entry.source)
                if clash is not None:
                    if on_error is None:
                        failure = clash
                        break
                    on_error(clash)
                    continue
                batch.append(entry)
                plan.append((doc_id, None))
            yield from _in_order(plan, self._write_batch(batch, force=force, on_error=on_error))
            if failure is not None:  # after the readouts before it are stored, as `ingest` does
                raise failure

    def _write_batch(self, batch: list[Item], *, force: bool, on_error: Callable[[CommuniqueError], None] | None
                     ) -> Iterator[Outcome | None]:
        """One outcome per item, None for one that failed (after `on_error`): the batch in one
        transaction, or on failure each item in its own."""
        if not batch:
            return
        try:
            with self.engine.begin() as conn:
                outcomes = write(conn, batch, force=force, indexed=self.indexed)
        except (sa.exc.SQLAlchemyError, UnicodeError):
            outcomes = None
        if outcomes is not None:
            yield from outcomes
            return
        for item in batch:
            try:
                yield self._put_one(item, force=force)
            except UnstorableReadout as err:  # any other StoreError stops the batch: the next would fail too
                if on_error is None:
                    raise
                on_error(err)
                yield None

    def _put_one(self, item: Item, *, force: bool) -> Outcome:
        """`write` of one item; `UnstorableReadout` when the fault is the readout's, not the database's."""
        readout = item[0]
        try:
            with self._connect(f"cannot store {readout.doc_id}") as conn:
                return write(conn, [item], force=force, indexed=self.indexed)[0]
        except StoreError as err:
            reason = unstorable(readout, self.engine.dialect.name)
            if reason is not None:
                raise UnstorableReadout(f"cannot store {readout.doc_id}: {reason}", source=self.where) from err
            if isinstance(err.__cause__, (sa.exc.IntegrityError, sa.exc.DataError, UnicodeError)):
                raise UnstorableReadout(err.message, source=self.where) from err
            raise

    def get(self, doc_id: str) -> Readout:
        """The stored readout, equal to the one `put` (raises `NotFound`)."""
        with self._connect("cannot read") as conn:
            readout = load_readout(conn, doc_id)
        if readout is None:
            raise NotFound(f"no document {doc_id!r} in the database; `communique list` shows the ids",
                           source=self.where)
        return readout

    def list(self, *, since: str | date | None = None, until: str | date | None = None, country: str | None = None,
             encounter: str | None = None, issue: str | None = None, dyad: Dyad | None = None,
             limit: int | None = None, offset: int = 0, newest_first: bool = False) -> list[DocumentSummary]:
        """Summaries of the documents matching all given filters (see `queries.list_documents`)."""
        with self._connect("cannot read") as conn:
            return list_documents(conn, since=since, until=until, country=country, encounter=encounter,
                                  issue=issue, dyad=parse_dyad(dyad) if dyad else None, limit=limit,
                                  offset=offset, newest_first=newest_first)

    def events(self, *, dyad: Dyad | None = None, type: str | None = None, issue: str | None = None,
               since: str | date | None = None, until: str | date | None = None, actor: str | None = None,
               target: str | None = None, polarity: str | None = None, words: str | None = None,
               limit: int | None = None, offset: int = 0) -> list[EventRow]:
        """Events matching all given filters, with their document's date (see `events.list_events`)."""
        with self._connect("cannot read") as conn:
            return list_events(conn, dyad=dyad, type=type, issue=issue, since=since, until=until, actor=actor,
                               target=target, polarity=polarity, words=words, indexed=self.indexed, limit=limit,
                               offset=offset)

    def event_counts(self, *, dyad: Dyad | None = None, type: str | None = None, issue: str | None = None,
                     since: str | date | None = None, until: str | date | None = None, actor: str | None = None,
                     target: str | None = None, polarity: str | None = None, words: str | None = None
                     ) -> dict[str, int]:
        """How many events match all given filters, per PLOVER type, most first (`events.count_events`)."""
        with self._connect("cannot read") as conn:
            return count_events(conn, dyad=dyad, type=type, issue=issue, since=since, until=until, actor=actor,
                                target=target, polarity=polarity, words=words, indexed=self.indexed)

    def commitments(self, *, dyad: Dyad | None = None, kind: str | None = None, issue: str | None = None,
                    since: str | date | None = None, until: str | date | None = None, actor: str | None = None,
                    limit: int | None = None, offset: int = 0) -> list[CommitmentRow]:
        """Pledges and requests matching all given filters (see `events.list_commitments`)."""
        with self._connect("cannot read") as conn:
            return list_commitments(conn, dyad=dyad, kind=kind, issue=issue, since=since, until=until,
                                    actor=actor, limit=limit, offset=offset)

    def search(self, query: str, *, speaker_country: str | None = None, speaker: str | None = None,
               since: str | date | None = None, until: str | date | None = None, doc_id: str | None = None,
               limit: int | None = 20, offset: int = 0, markers: tuple[str, str] = ("[", "]"),
               matches: int | None = None) -> list[SearchHit]:
        """Statements matching `query`, best first, with their matches marked (see `store/search.py`).

        `matches`: `count_hits` for the same query and filters, when the caller has it.
        Raises `BadQuery` [C302] for a query with nothing to search for or an unclosed quote.
        """
        with self._connect("cannot search") as conn:
            return search.find(conn, query, indexed=self.indexed, speaker_country=speaker_country, speaker=speaker,
                               since=since, until=until, doc_id=doc_id, limit=limit, offset=offset, markers=markers,
                               matches=matches)

    def count_hits(self, query: str, *, speaker_country: str | None = None, speaker: str | None = None,
                   since: str | date | None = None, until: str | date | None = None, doc_id: str | None = None) -> int:
        """How many statements `search` finds with the same query and filters and no limit."""
        with self._connect("cannot search") as conn:
            return search.count(conn, query, indexed=self.indexed, speaker_country=speaker_country, speaker=speaker,
                                since=since, until=until, doc_id=doc_id)

    def count(self, *, since: str | date | None = None, until: str | date | None = None, country: str | None = None,
              encounter: str | None = None, issue: str | None = None, dyad: Dyad | None = None) -> int:
        """How many documents are stored, or match all the given filters (`list`'s total)."""
        with self._connect("cannot read") as conn:
            return count_documents(conn, since=since, until=until, country=country, encounter=encounter,
                                   issue=issue, dyad=parse_dyad(dyad) if dyad else None)

    def summary(self, *, top: int | None = 10) -> CorpusSummary:
        with self._connect("cannot read") as conn:
            return summarize(conn, top=top)

    def ingest(self, docs: Iterable[Document], *, on_error: Callable[[CommuniqueError], None] | None = None,
               force: bool = False, replace: bool = False, batch_size: int = BATCH_SIZE
               ) -> Iterator[tuple[str, IngestOutcome]]:
        """Extract and store a stream of documents, yielding `(doc_id, outcome)` in input order as
        each batch of `batch_size` documents commits (see `put_many`).

        An unchanged document is not even extracted. A document that fails to extract or store goes
        to `on_error` (raised when it is None, after the documents before it are stored) and the
        stream goes on; what was stored stays. A doc_id met again in the same stream is a
        "duplicate" and skipped: the first one wins, so ingesting the same files twice reports
        "unchanged" for all (the bulk White House file holds three ids twice, two with different
        texts, which otherwise replace each other). A stored id with another text read from another
        file is a `DuplicateId` error (see `taken`), unless `replace`.
        """
        seen: set[str] = set()
        for chunk in _chunks(docs, batch_size):
            stored = self.stored({doc.doc_id for doc in chunk} - seen)
            plan: list[tuple[str, IngestOutcome | None]] = []
            batch: list[Item] = []
            failure: CommuniqueError | None = None
            for doc in chunk:
                if doc.doc_id in seen:
                    plan.append((doc.doc_id, "duplicate"))
                    continue
                seen.add(doc.doc_id)
                digest = content_hash(doc.text, doc.doc_id)
                if not force and stored.get(doc.doc_id, ("",))[0] == digest:
                    plan.append((doc.doc_id, "unchanged"))
                    continue
                if not replace and (clash := taken(doc.doc_id, doc.origin, digest, stored.get(doc.doc_id),
                                                   source=doc.source)) is not None:
                    if on_error is None:
                        failure = clash
                        break
                    on_error(clash)
                    continue
                try:
                    readout = pipeline.extract_document(doc)
                except CommuniqueError as err:
                    if on_error is None:
                        failure = err
                        break
                    on_error(err)
                    continue
                batch.append(ToStore(readout, doc.source, digest, doc.origin))
                plan.append((doc.doc_id, None))
            yield from _in_order(plan, self._write_batch(batch, force=force, on_error=on_error))
            if failure is not None:
                raise failure

    def stored(self, doc_ids: Iterable[str]) -> dict[str, tuple[str, str | None]]:
        """doc_id -> (content hash, origin) of those `doc_ids` that are stored: what `ingest` decides by."""
        ids = list(doc_ids)
        if not ids:
            return {}
        d = documents.c
        with self._connect("cannot read") as conn:
            rows = conn.execute(sa.select(d.doc_id, d.content_hash, d.origin).where(d.doc_id.in_(ids))).all()
        return {doc_id: (digest, origin) for doc_id, digest, origin in rows}

    def reading(self) -> AbstractContextManager[sa.Connection]:
        """A read transaction for the analysis layer's own queries (`analysis.timeline`); a database
        error leaves it as a one-line `StoreError`, as from every method here."""
        return self._connect("cannot read")

    @contextmanager
    def _connect(self, what: str) -> Iterator[sa.Connection]:
        """One transaction; a database error leaves as a one-line `StoreError` naming the database.

        So does a lone surrogate in a bound value: the drivers raise UnicodeEncodeError, unwrapped.
        """
        try:
            with self.engine.begin() as conn:
                yield conn
        except sa.exc.SQLAlchemyError as exc:
            raise StoreError(f"{what}: {_one_line(exc)}", source=self.where) from exc
        except UnicodeEncodeError as exc:
            raise StoreError(f"{what}: a lone surrogate is not Unicode text ({exc.reason})", source=self.where) from exc


def taken(doc_id: str, origin: str | None, digest: str, stored: tuple[str, str | None] | None, *,
          source: str | None = None) -> DuplicateId | None:
    """The error for a text with `doc_id` from `origin` when the id is stored with another text from
    another file, else None.

    The same file edited is a replacement; a file the store does not know (a readout stored before
    0008, or put without an origin) too, as it always was.
    """
    if stored is None or stored[0] == digest or None in (stored[1], origin) or stored[1] == origin:
        return None
    return DuplicateId(f"doc_id {doc_id!r} is stored already, with another text from {stored[1]}; if this is "
                       "that readout edited or moved, ingest with --replace; if another, give it its own id "
                       "(a record its own \"id\"; files of one name: pass the folder that holds them, so ids "
                       "keep their subfolder)", source=source or doc_id)


def _in_order(plan: list[tuple[str, IngestOutcome | None]], written: Iterator[Outcome | None]
              ) -> Iterator[tuple[str, IngestOutcome]]:
    """The plan's outcomes in its order, each None taken from `written` (skipped when that failed)."""
    for doc_id, outcome in plan:
        if outcome is None:
            outcome = next(written)
        if outcome is not None:
            yield doc_id, outcome


__all__ = ["BATCH_SIZE", "CommitmentRow", "CorpusSummary", "DocumentSummary", "EventRow", "IngestOutcome", "Outcome",
           "SearchHit", "Store", "ToStore", "content_hash", "taken"]
