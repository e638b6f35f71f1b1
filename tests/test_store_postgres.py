"""The store on a real PostgreSQL server gives the same answers as on SQLite.

The server is the one `.ci/run` installs and starts; its URL comes in `COMMUNIQUE_TEST_PG_URL`
(postgresql://communique:communique@127.0.0.1:5432/communique_test there). Without it, or when the
server does not answer, every test here skips and says why. Each session works in schemas of its
own (`search_path` in the URL), dropped at the end, so runs side by side never meet. CI's database
uses an ICU en-US collation, under which "WH_a" sorts between "tradeb" and "wh_b": the order of
every listing is then a test of the COLLATE "C" on ids and codes (store/schema.py).
"""
from __future__ import annotations

import io
import json
import os
import uuid

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, assume, given, settings

from communique.analysis.diff import diff_readouts, latest_pair
from communique.analysis.linking import link_encounters
from communique.analysis.timeline import timeline
from communique.cli import main
from communique.errors import StoreError
from communique.export import TABLE_NAMES, export
from communique.ingest import read_paths
from communique.model import Document, Readout, Span, Statement
from communique.store import Store, search
from communique.store.schema import MIGRATIONS, migrate, schema_migrations

from conftest import DEV
from test_store import _event, _readouts, assert_0007_keeps_every_answer, coded, readout

ENV = "COMMUNIQUE_TEST_PG_URL"
TABLES = ["documents", "participants", "statements", "issues", "issue_mentions", "events", "commitments"]


def _server() -> sa.URL:
    raw = os.environ.get(ENV)
    if not raw:
        pytest.skip(f"{ENV} is not set: no PostgreSQL to test against (.ci/run starts one and sets it)")
    url = sa.make_url(raw).set(drivername="postgresql+psycopg")
    engine = sa.create_engine(url, connect_args={"connect_timeout": 5})
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except sa.exc.SQLAlchemyError as exc:
        pytest.skip(f"PostgreSQL at {url.render_as_string()} does not answer: {str(exc.orig or exc).splitlines()[0]}")
    finally:
        engine.dispose()
    return url


@pytest.fixture(scope="session")
def schemas():
    """A function making a fresh, empty schema and giving the URL that works in it (dropped at exit)."""
    server = _server()
    admin = sa.create_engine(server)
    made: list[str] = []

    def fresh() -> str:
        name = f"test_{os.getpid()}_{uuid.uuid4().hex[:8]}"
        with admin.begin() as conn:
            conn.exec_driver_sql(f'CREATE SCHEMA "{name}"')
        made.append(name)
        url = server.set(drivername="postgresql").update_query_dict({"options": f"-csearch_path={name}"})
        return url.render_as_string(hide_password=False)

    yield fresh
    with admin.begin() as conn:
        for name in made:
            conn.exec_driver_sql(f'DROP SCHEMA "{name}" CASCADE')
    admin.dispose()


@pytest.fixture(scope="session")
def pg_db(schemas) -> str:
    """The dev corpus in PostgreSQL, ingested the way `dev_db` is (through the CLI): read it only."""
    url = schemas()
    assert main(["ingest", str(DEV), "--db", url]) == 0
    return url


@pytest.fixture(scope="session")
def pg(pg_db):
    with Store(pg_db, create=False) as store:
        yield store


@pytest.fixture(scope="session")
def lite(dev_db):
    with Store(dev_db, create=False) as store:
        yield store


@pytest.fixture
def empty(schemas):
    with Store(schemas()) as store:
        yield store


def counts(store: Store) -> dict[str, int]:
    with store.engine.connect() as conn:
        return {name: conn.scalar(sa.text(f"SELECT count(*) FROM {name}")) for name in TABLES}


# -- the schema ------------------------------------------------------------------------------------

def test_every_migration_runs_once_and_search_falls_back_to_like(pg, pg_db):
    with pg.engine.connect() as conn:
        applied = conn.scalars(sa.select(schema_migrations.c.name)).all()
        indexes = {ix["name"] for ix in sa.inspect(conn).get_indexes("events")}
        collation = conn.exec_driver_sql(
            "SELECT collation_name FROM information_schema.columns WHERE table_schema = current_schema() "
            "AND table_name = 'documents' AND column_name = 'doc_id'").scalar()
    assert sorted(applied) == [name for name, _ in MIGRATIONS]
    assert {"ix_events_dyad", "ix_events_type"} <= indexes and "ix_events_actor_target" not in indexes
    assert collation == "C"
    assert not pg.indexed and migrate(pg.engine) == []


def test_stores_opened_at_once_on_a_new_database_migrate_it_once(schemas):
    """As Dask workers do: without the migration lock, one CREATE TABLE fails on a duplicate."""
    from concurrent.futures import ThreadPoolExecutor

    url = schemas()
    with ThreadPoolExecutor(4) as pool:
        stores = list(pool.map(lambda _: Store(url), range(4)))
    with stores[0].engine.connect() as conn:
        assert len(conn.scalars(sa.select(schema_migrations.c.name)).all()) == len(MIGRATIONS)
    for store in stores:
        store.close()


def test_the_same_rows_as_sqlite(pg, lite):
    assert counts(pg) == counts(lite)


# -- the same answers --------------------------------------------------------------------------------

def test_every_readout_comes_back_equal(pg, lite):
    ids = [d.doc_id for d in lite.list()]
    assert len(ids) == 19
    for doc_id in ids:
        assert pg.get(doc_id) == lite.get(doc_id), doc_id


@pytest.mark.parametrize("filters", [
    {}, {"since": "2022-01-01"}, {"until": "2022-06-30"}, {"country": "CHN"}, {"encounter": "phone_call"},
    {"issue": "trade_investment"}, {"dyad": "USA-CHN"}, {"limit": 5, "offset": 3}, {"newest_first": True},
    {"country": "VNM", "issue": "south_china_sea", "since": "2021-01-01"},
])
def test_list(pg, lite, filters):
    assert pg.list(**filters) == lite.list(**filters)


@pytest.mark.parametrize("filters", [
    {}, {"dyad": "CHN-VNM"}, {"dyad": "USA-CHN", "type": "AGREE"}, {"issue": "korean_peninsula"},
    {"actor": "JPN", "since": "2022-01-01"}, {"type": "ACCUSE", "issue": "south_china_sea"}, {"limit": 7},
])
def test_events_and_commitments(pg, lite, filters):
    assert [r.to_dict() for r in pg.events(**filters)] == [r.to_dict() for r in lite.events(**filters)]
    kept = {k: v for k, v in filters.items() if k != "type"}
    assert [r.to_dict() for r in pg.commitments(**kept)] == [r.to_dict() for r in lite.commitments(**kept)]
    assert pg.commitments(kind="request", dyad="CHN-VNM") == lite.commitments(kind="request", dyad="CHN-VNM")


@pytest.mark.parametrize("query", ["China", "climate change", "Indo-Pacific", "vaccin*", "Taiwan OR Tibet",
                                   "president NOT Biden", '"two sides"'])
def test_search_is_the_like_fallback_of_sqlite(pg, lite, query):
    """PostgreSQL runs the fallback SQLite runs without FTS5: the same hits in the same order."""
    with lite.reading() as conn:
        expected = search.find(conn, query, indexed=False, limit=None)
    assert expected and pg.search(query, limit=None) == expected


@pytest.mark.parametrize("query", ["Taiwan", "climate", "Xinjiang", "Indo-Pacific"])
def test_search_finds_the_documents_the_index_finds(pg, lite, query):
    assert {h.doc_id for h in pg.search(query, limit=None)} == {h.doc_id for h in lite.search(query, limit=None)}


def test_search_filters(pg, lite):
    filters = {"speaker_country": "CHN", "since": "2021-06-01", "speaker": "wang"}
    with lite.reading() as conn:
        expected = search.find(conn, "China", indexed=False, limit=None, **filters)
    assert expected and pg.search("China", limit=None, **filters) == expected


@pytest.mark.parametrize("dyad", ["CHN-VNM", "USA-CHN", "JPN-USA"])
@pytest.mark.parametrize("by", ["month", "quarter", "year"])
def test_timeline(pg, lite, dyad, by):
    assert timeline(pg, dyad, by=by).to_dict() == timeline(lite, dyad, by=by).to_dict()
    filters = {"issue": "trade_investment", "since": "2021-06-01", "until": "2024-12-31"}
    assert timeline(pg, dyad, by=by, **filters).to_dict() == timeline(lite, dyad, by=by, **filters).to_dict()


def test_summary_diff_and_linking(pg, lite):
    assert pg.summary(top=None) == lite.summary(top=None)
    pair = latest_pair(pg, ("USA", "CHN"))
    assert pair == latest_pair(lite, ("USA", "CHN")) and diff_readouts(*pair).to_dict()
    for days in (1, 60, 400):
        assert [e.to_dict() for e in link_encounters(pg, days=days)] == [
            e.to_dict() for e in link_encounters(lite, days=days)]


@pytest.mark.parametrize("table", TABLE_NAMES)
def test_export_jsonl(pg, lite, table):
    def text(store: Store, **options) -> str:
        out = io.StringIO()
        export(store, table, out, format="jsonl", batch_size=50, **options)  # several keyset pages
        return out.getvalue()

    assert text(pg) == text(lite) and text(pg).count("\n") > 0
    assert text(pg, dyad="CHN-VNM", since="2021-01-01") == text(lite, dyad="CHN-VNM", since="2021-01-01")


def test_export_plover_and_csv(pg, lite):
    def records(store: Store, fmt: str) -> list:
        out = io.StringIO()
        export(store, "events", out, format=fmt)
        if fmt == "csv":
            return out.getvalue().splitlines()
        # coded_date and coded_time say when each store ingested the readout: not the same moment
        return [{k: v for k, v in json.loads(line).items() if not k.startswith("coded_")}
                for line in out.getvalue().splitlines()]

    for fmt in ("plover", "csv"):
        assert records(pg, fmt) == records(lite, fmt) != []


def test_ids_and_codes_sort_byte_by_byte_as_on_sqlite(empty):
    """Ids and codes that a linguistic collation orders otherwise: listings, ties, export pages."""
    ids = ["wh_b", "WH_a", "tradeb", "trade_x", "a-2", "a1", "Z", "\u00e9"]
    with Store(":memory:") as lite:
        for store in (empty, lite):
            list(store.put_many(readout(i, issues=[i.lower()], participants=[]) for i in ids))
        assert [d.doc_id for d in empty.list()] == [d.doc_id for d in lite.list()] == sorted(ids)
        assert empty.summary(top=None).issues == lite.summary(top=None).issues
        for table in ("readouts", "statements"):
            pages = [io.StringIO(), io.StringIO()]
            for store, out in zip((empty, lite), pages):
                export(store, table, out, format="jsonl", batch_size=3)
            assert pages[0].getvalue() == pages[1].getvalue()


# -- writing -----------------------------------------------------------------------------------------

def dev_documents() -> list[Document]:
    return [item for item in read_paths([DEV]) if isinstance(item, Document)]


def test_ingest_again_is_unchanged_and_an_edit_replaces(empty, lite):
    first = list(empty.ingest(dev_documents(), batch_size=7))
    assert {o for _, o in first} == {"added"} and counts(empty) == counts(lite)
    assert {o for _, o in empty.ingest(dev_documents())} == {"unchanged"}
    before = counts(empty)
    doc = dev_documents()[0]
    edited = Document(doc_id=doc.doc_id, text=doc.text + "\nThe two sides agreed to meet again.", source=doc.source)
    assert list(empty.ingest([edited])) == [(doc.doc_id, "replaced")]
    assert empty.get(doc.doc_id).text == edited.text and counts(empty)["documents"] == before["documents"]


def test_put_replace_and_force(empty):
    r = readout("004")
    assert [empty.put(r), empty.put(r)] == ["added", "unchanged"]
    assert empty.put(readout("004", encounter="video_call"), force=True) == "replaced"
    assert empty.get("004").encounter == "video_call"
    edited = readout("004", text=r.text + " More.")
    assert list(empty.put_many([readout("a"), edited, readout("a"), r])) == [
        ("a", "added"), ("004", "replaced"), ("a", "duplicate"), ("004", "duplicate")]
    assert empty.get("004") == edited and counts(empty)["documents"] == 2


NUL_TEXT = "Wang Yi said\x00 hello."


def nul_readout(doc_id: str = "nul") -> Readout:
    return Readout(doc_id, None, None, "meeting", None, [], [Statement(Span(0, len(NUL_TEXT)), NUL_TEXT, None, None)],
                   [], text=NUL_TEXT)


def test_nul_is_refused_with_a_one_line_error_naming_the_field(empty):
    """PostgreSQL text cannot hold U+0000 (SQLite can): the document is refused, never altered."""
    with pytest.raises(StoreError) as info:
        empty.put(nul_readout())
    message = str(info.value)
    assert message.endswith("cannot store nul: PostgreSQL text cannot hold NUL (U+0000), found in documents.text "
                            "at offset 12; remove it from the input, or store in SQLite [C303]")
    assert "\n" not in message and "communique:communique@" not in message  # no password in messages
    errors = []
    assert list(empty.put_many([readout("a"), nul_readout(), readout("b")], on_error=errors.append)) == [
        ("a", "added"), ("b", "added")]
    assert len(errors) == 1 and empty.count() == 2
    assert empty.search("hello\x00") == [] and empty.search("Wang") != []  # a NUL in a query is a space
    with Store(":memory:") as lite:
        assert lite.put(nul_readout()) == "added" and lite.get("nul").text == NUL_TEXT


def test_a_database_from_before_unbounded_modes_takes_a_long_mode(schemas):
    """The cue book may name any mode; 0005's VARCHAR(32) refused one over 32 characters."""
    url = schemas()
    engine = sa.create_engine(sa.make_url(url).set(drivername="postgresql+psycopg"))
    migrate(engine, MIGRATIONS[:5])
    engine.dispose()
    mode = "assist with reconstruction of civilian infrastructure"
    r = coded("long", None, [_event("REQUEST", "VNM", "CHN", "hoped", polarity="proposed", mode=mode)])
    with Store(url) as store:
        assert store.put(r) == "added" and store.get("long").events[0].mode == mode


def test_a_database_from_0006_keeps_every_answer_after_0007(schemas):
    """As on SQLite: commitments become a view, events' words may be NULL, and nothing reads otherwise."""
    url = schemas()
    assert_0007_keeps_every_answer(sa.create_engine(sa.make_url(url).set(drivername="postgresql+psycopg")), url)


def test_lone_surrogates_are_refused_as_on_sqlite(empty):
    r = Readout("s", None, None, "meeting", None, [], [], [], text="Hello \udc92.")
    with pytest.raises(StoreError, match="lone surrogate U\\+DC92 in documents.text at offset 6"):
        empty.put(r)
    with pytest.raises(StoreError, match="lone surrogate"):
        empty.get("\udc92")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_readouts)
def test_any_readout_comes_back_equal(empty, r):
    try:
        empty.put(r, force=True)
    except StoreError as err:
        assume("NUL (U+0000)" not in str(err))  # refused on purpose: see above
        raise
    assert empty.get(r.doc_id).to_dict() == r.to_dict()


def test_the_web_opens_it_read_only(pg_db):
    from communique.web.app import read_only

    with read_only(Store(pg_db, create=False)) as store:
        assert store.count() == 19
        with pytest.raises(StoreError, match="read-only transaction"):
            store.put(readout("new"))


# -- the command line --------------------------------------------------------------------------------

def test_cli_lists_what_it_ingested(pg_db, dev_db, capsys):
    for args in (["list", "-f", "jsonl"], ["list", "--country", "VNM"], ["events", "--dyad", "CHN-VNM", "-f", "jsonl"],
                 ["search", "Indo-Pacific", "--limit", "100", "-f", "jsonl"]):
        assert main([*args, "--db", pg_db]) == 0
        on_pg = capsys.readouterr().out
        if args[0] != "search":
            assert main([*args, "--db", str(dev_db)]) == 0
            assert on_pg == capsys.readouterr().out
        assert on_pg.strip()
    docs = [json.loads(line)["doc_id"] for line in main_out(capsys, ["list", "-f", "jsonl", "--db", pg_db])]
    assert len(docs) == 19


def main_out(capsys, args: list[str]) -> list[str]:
    assert main(args) == 0
    return capsys.readouterr().out.splitlines()


def test_a_shared_database_is_used_but_a_table_of_ours_we_did_not_make_is_refused(schemas):
    """PostgreSQL databases are shared (PostGIS's spatial_ref_sys, other apps): only a clash is refused."""
    shared, clashing = schemas(), schemas()
    for url, table in ((shared, "spatial_ref_sys"), (clashing, "documents")):
        engine = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
        with engine.begin() as conn:
            conn.exec_driver_sql(f"CREATE TABLE {table} (id INTEGER PRIMARY KEY)")
        engine.dispose()
    with Store(shared) as store:
        assert store.count() == 0
    with pytest.raises(StoreError, match=r"tables documents and no schema_migrations\); give --db a database of its own"):
        Store(clashing)


def test_totals_offsets_and_event_counts_agree_with_sqlite(pg, lite):
    """The web UI's totals and pages: the same on both databases (search aside: FTS5 vs LIKE)."""
    for filters in ({}, {"dyad": "CHN-VNM"}, {"country": "USA", "issue": "ukraine"}, {"since": "2023-01-01"}):
        assert pg.count(**filters) == lite.count(**filters) == len(lite.list(**filters))
    for filters in ({}, {"dyad": "USA-CHN"}, {"type": "AGREE", "polarity": "pledged"}, {"target": "VNM"}):
        assert pg.event_counts(**filters) == lite.event_counts(**filters)
        assert sum(lite.event_counts(**filters).values()) == len(lite.events(**filters))
        page = [(r.doc_id, r.ordinal) for r in pg.events(**filters, limit=3, offset=2)]
        assert page == [(r.doc_id, r.ordinal) for r in lite.events(**filters, limit=3, offset=2)]
    assert pg.count_hits("vaccine OR vaccines") == len(pg.search("vaccine OR vaccines", limit=None)) > 0
    assert [h.doc_id for h in pg.search("vaccines", limit=2, offset=1)] == \
        [h.doc_id for h in pg.search("vaccines", limit=3)][1:]
