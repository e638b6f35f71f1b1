"""Exports: what pyarrow, pandas, the csv module and DuckDB read back is what the store holds, in
bounded batches; PLOVER records carry the manual's field names and our codes."""
from __future__ import annotations

import csv
import io
import json

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings, strategies as st

from communique.cli import ExitStatus, main
from communique.errors import InputError, LexiconError
from communique.export import TABLES, export, iter_batches
from communique.export.plover import PLOVER_CONTEXTS, QUAD, issue_contexts, plover_record
from communique.ingest import read_paths
from communique.model import PLOVER_TYPES, Event, Location, Participant, Readout, Span, Statement
from communique.store import Store

from conftest import DEV

# The PLOVER manual 2.0's JSON fields (tab:json) that every record of ours fills.
PLOVER_FIELDS = {"id", "has_event", "date", "actor", "recipient", "event", "mode", "context", "event_text",
                 "text_info", "quad_code", "event_scale", "event_loc", "link", "cite_info", "coder", "coded_date",
                 "coded_time"}
NASTY = 'He said: "No, never;\nnot again",\r\n\tthen 中文, émigré, 🙂, a \x00 and \u2028 in one.'


@pytest.fixture(scope="module")
def dev_store(tmp_path_factory):
    if not DEV.is_dir():
        pytest.skip("../shared not beside the repo")
    store = Store(tmp_path_factory.mktemp("export") / "dev.db")
    docs = (item for item in read_paths([str(DEV)]) if not isinstance(item, InputError))
    assert all(outcome == "added" for _, outcome in store.ingest(docs))
    yield store
    store.close()


def tiny_readout(doc_id: str = "q1", statement: str = NASTY, date: str | None = "2022-04-14") -> Readout:
    """A hand-built readout whose statement and evidence hold quotes, commas, newlines and non-ASCII."""
    head = "Wang Yi met Bui Thanh Son in Hanoi. "
    text = head + statement
    span = Span(len(head), len(text))
    return Readout(
        doc_id, date, "2022-04-15", "meeting", Location("Hanoi", "VNM", Span(29, 34)),
        [Participant("Wang Yi", "Foreign Minister", "CHN", Span(0, 7)),
         Participant("Bui Thanh Son", None, "VNM", Span(12, 25))],
        [Statement(Span(0, len(head) - 1), head[:-1], None, None), Statement(span, statement, "Wang Yi", "CHN")],
        ["covid19", "ukraine"],
        events=[Event("CONSULT", "CHN", "VNM", Span(0, len(head) - 1), head[:-1], mode="visit", intensity=4.0),
                Event("REJECT", "CHN", None, span, statement, negated=True, intensity=-2.0, issues=["ukraine"],
                      statement=1)],
        text=text,
    )


@pytest.fixture
def tiny():
    with Store(":memory:") as store:
        store.put(tiny_readout())
        yield store


def count(store: Store, table: str) -> int:
    with store.engine.connect() as conn:
        return conn.scalar(sa.select(sa.func.count()).select_from(TABLES[table].source))


# -- Parquet ------------------------------------------------------------------------------------

def test_parquet_events_have_the_stores_rows_types_and_values(dev_store, tmp_path):
    path = tmp_path / "events.parquet"
    n = export(dev_store, "events", path, format="parquet", batch_size=50)
    table = pq.read_table(path)
    stored = dev_store.events()
    assert n == table.num_rows == len(stored) > 100
    schema = table.schema
    assert schema.field("date").type == pa.date32() and schema.field("span_start").type == pa.int32()
    assert schema.field("issues").type == pa.list_(pa.string()) and schema.field("negated").type == pa.bool_()
    assert schema.field("actor").metadata[b"doc"].startswith(b"code")
    assert pq.ParquetFile(path).metadata.num_row_groups == -(-n // 50)  # one row group per batch
    known = next(r for r in stored if r.event.issues and r.event.target)
    frame = pd.read_parquet(path).set_index(["doc_id", "ordinal"])
    row = frame.loc[(known.doc_id, known.ordinal)]
    assert (row["type"], row["actor"], row["target"], row["text"]) == (
        known.event.type, known.event.actor, known.event.target, known.event.text)
    assert list(row["issues"]) == known.event.issues and row["date"].isoformat() == known.date
    assert (row["span_start"], row["span_end"]) == (known.event.span.start, known.event.span.end)


@pytest.mark.parametrize("table", list(TABLES))
def test_pandas_reads_every_table_whole(dev_store, tmp_path, table):
    path = tmp_path / f"{table}.parquet"
    export(dev_store, table, path, format="parquet", batch_size=13)
    frame = pd.read_parquet(path)
    assert len(frame) == count(dev_store, table)
    assert list(frame.columns) == [c.name for c in TABLES[table].columns]


def test_readouts_carry_participant_countries_and_issues(dev_store, tmp_path):
    path = tmp_path / "readouts.parquet"
    export(dev_store, "readouts", path, format="parquet", batch_size=4)
    frame = pd.read_parquet(path).set_index("doc_id")
    for summary in dev_store.list():
        row = frame.loc[summary.doc_id]
        assert list(row["issues"]) == summary.issues
        assert row["n_events"] == len(dev_store.get(summary.doc_id).events)
    vnm = frame.loc["004_4ed7dbded0f9f16b"]
    assert list(vnm["participant_countries"]) == ["CHN", "VNM"] and vnm["encounter"] == "phone_call"


def test_duckdb_reads_the_parquet(dev_store, tmp_path):
    duckdb = pytest.importorskip("duckdb")
    path = tmp_path / "events.parquet"
    export(dev_store, "events", path, format="parquet")
    con = duckdb.connect()
    got = con.execute(f"SELECT count(*), count(DISTINCT doc_id) FROM read_parquet('{path}')").fetchall()
    assert got == [(len(dev_store.events()), dev_store.count())]
    where = "list_contains(issues, 'covid19') AND actor = 'CHN'"
    assert con.execute(f"SELECT count(*) FROM read_parquet('{path}') WHERE {where}").fetchall() == [
        (len(dev_store.events(issue="covid19", actor="CHN")),)]
    types = dict(con.execute(f"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM '{path}')").fetchall())
    assert (types["date"], types["span_start"], types["issues"]) == ("DATE", "INTEGER", "VARCHAR[]")


def test_an_empty_selection_is_a_typed_parquet_file_and_a_csv_header(dev_store, tmp_path):
    path = tmp_path / "none.parquet"
    assert export(dev_store, "events", path, format="parquet", since="2099-01-01") == 0
    assert pq.read_table(path).num_rows == 0 and pq.read_schema(path).field("date").type == pa.date32()
    out = io.StringIO()
    export(dev_store, "events", out, format="csv", since="2099-01-01")
    assert out.getvalue().splitlines() == [",".join(c.name for c in TABLES["events"].columns)]


# -- CSV and JSONL ------------------------------------------------------------------------------

def test_csv_reads_back_with_the_csv_module(dev_store, tmp_path):
    path = tmp_path / "events.csv"
    export(dev_store, "events", path, format="csv")
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    stored = dev_store.events()
    assert len(rows) == len(stored)
    for row, want in zip(rows, sorted(stored, key=lambda r: (r.doc_id, r.ordinal))):
        assert (row["doc_id"], int(row["ordinal"]), row["date"]) == (want.doc_id, want.ordinal, want.date or "")
        assert row["issues"] == ";".join(want.event.issues) and row["negated"] in {"true", "false"}
        assert row["text"] == want.event.text and row["target"] == (want.event.target or "")


def test_quotes_newlines_and_unicode_survive_csv_jsonl_and_parquet(tiny, tmp_path):
    clean = NASTY
    out = io.StringIO(newline="")
    export(tiny, "statements", out, format="csv")
    rows = list(csv.DictReader(io.StringIO(out.getvalue(), newline="")))
    assert [r["text"] for r in rows] == ["Wang Yi met Bui Thanh Son in Hanoi.", clean]
    export(tiny, "events", tmp_path / "e.jsonl", format="jsonl")
    lines = (tmp_path / "e.jsonl").read_text(encoding="utf-8").split("\n")
    assert lines[-1] == "" and json.loads(lines[1])["text"] == clean and len(lines) == 3
    export(tiny, "events", tmp_path / "e.parquet", format="parquet")
    assert pq.read_table(tmp_path / "e.parquet").column("text").to_pylist()[1] == clean


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=80))  # the store refuses
# lone surrogates (not UTF-8), so none can reach an export
def test_any_text_survives_the_csv_round_trip(text):
    with Store(":memory:") as store:
        store.put(tiny_readout(statement=text))
        out = io.StringIO(newline="")
        export(store, "statements", out, format="csv")
    rows = list(csv.DictReader(io.StringIO(out.getvalue(), newline="")))
    assert rows[1]["text"] == text


def test_jsonl_lines_parse_with_the_columns_in_order(dev_store):
    out = io.StringIO()
    n = export(dev_store, "commitments", out, format="jsonl")
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(records) == n == count(dev_store, "commitments")
    assert all(list(r) == [c.name for c in TABLES["commitments"].columns] for r in records)
    assert {r["kind"] for r in records} <= {"pledge", "request"}


# -- batches and filters ------------------------------------------------------------------------

def test_batches_are_read_one_query_at_a_time(dev_store):
    queries: list[str] = []

    def seen(conn, cursor, statement, *args):
        if "FROM events" in statement:
            queries.append(statement)

    sa.event.listen(dev_store.engine, "before_cursor_execute", seen)
    try:
        batches = iter_batches(dev_store, "events", batch_size=25)
        first = next(batches)
        assert len(queries) == 1 and len(first["doc_id"]) == 25  # nothing beyond the first page was read
        sizes = [len(first["doc_id"]), *(len(b["doc_id"]) for b in batches)]
    finally:
        sa.event.remove(dev_store.engine, "before_cursor_execute", seen)
    assert max(sizes) == 25 and sum(sizes) == len(dev_store.events()) and len(queries) == len(sizes)


def test_pages_join_up_in_primary_key_order_whatever_the_batch_size(dev_store):
    def keys(size):
        batches = iter_batches(dev_store, "statements", batch_size=size)
        return [k for b in batches for k in zip(b["doc_id"], b["ordinal"])]

    whole = keys(10_000)
    assert whole == sorted(whole) and len(set(whole)) == len(whole) == count(dev_store, "statements")
    assert keys(1) == keys(7) == whole


def test_filters_match_the_events_query(dev_store):
    def n(**filters):
        return sum(len(b["doc_id"]) for b in iter_batches(dev_store, "events", **filters))

    assert n(dyad="VNM-CHN") == len(dev_store.events(dyad="CHN-VNM")) > 0
    assert n(since="2022-01-01", until="2022-12-31") == len(dev_store.events(since="2022-01-01", until="2022-12-31"))
    readouts = [d for b in iter_batches(dev_store, "readouts", dyad="CHN-VNM") for d in b["doc_id"]]
    assert readouts and all({"CHN", "VNM"} <= {p.country for p in dev_store.get(d).participants} for d in readouts)


def test_a_failed_export_leaves_no_file(tiny, tmp_path, monkeypatch):
    import communique.export.writers as writers

    def broken(batch, *args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(writers, "_text_column", broken)
    with pytest.raises(RuntimeError):
        export(tiny, "events", tmp_path / "e.csv", format="csv")
    assert list(tmp_path.iterdir()) == []


# -- PLOVER -------------------------------------------------------------------------------------

def test_plover_records_carry_the_manuals_fields_and_our_codes(dev_store, tmp_path):
    path = tmp_path / "plover.jsonl"
    n = export(dev_store, "events", path, format="plover", batch_size=40)
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert n == len(records) == len(dev_store.events())
    assert all(PLOVER_FIELDS <= r.keys() and "communique" in r for r in records)
    assert len({r["id"] for r in records}) == n
    texts = {}
    for r in records:
        assert r["event"][0] in PLOVER_TYPES and r["quad_code"] == QUAD[r["event"][0]]
        assert [set(a) for a in r["actor"]] == [{"code"}] and len(r["recipient"]) <= 1
        assert set(r["context"]) <= set(PLOVER_CONTEXTS)
        doc = r["link"]
        texts.setdefault(doc, dev_store.get(doc).text)
        info = r["text_info"]
        assert texts[doc][info["start"]:info["end"]] == r["event_text"][0]
    first = next(r for r in records if r["link"] == "000_b7187f0f73eb9129" and r["text_info"]["sequence"] is None)
    assert first["event"] == ["CONSULT"] and first["actor"] == [{"code": "CHN"}]
    assert first["recipient"] == [{"code": "VNM"}]
    assert first["event_loc"] == {"extracted_place": "Hanoi", "country_code": "VNM"} and first["mode"] == ["visit"]
    assert "health" in first["context"]  # the meeting discussed covid19: the encounter takes the readout's issues


def test_plover_record_of_a_hand_built_event():
    rec = plover_record({"doc_id": "d", "ordinal": 2, "date": None, "type": "REJECT", "actor": "CHN", "target": None,
                         "mode": None, "intensity": -2.0, "issues": ["ukraine", "trade_investment"],
                         "span_start": 5, "span_end": 9, "text": "nope", "statement": 3, "negated": True})
    assert (rec["id"], rec["recipient"], rec["quad_code"], rec["event_scale"]) == ("d-2", [], 3, -2.0)
    assert rec["context"] == ["military", "economic"] and rec["communique"]["negated"] is True
    assert rec["text_info"] == {"sequence": 3, "start": 5, "end": 9} and rec["event_loc"] is None


def test_the_quad_table_covers_every_type_and_the_context_map_is_valid():
    assert set(QUAD) == set(PLOVER_TYPES)
    contexts = issue_contexts()
    assert contexts["covid19"] == ("health",) and "middle_east" not in contexts


def test_a_context_outside_the_manual_is_a_file_line_error(monkeypatch):
    import communique.export.plover as plover

    monkeypatch.setattr(plover, "load_tsv", lambda name, cols: ((7, {"issue": "covid19", "context": "pandemics"}),))
    plover.issue_contexts.cache_clear()
    try:
        with pytest.raises(LexiconError, match=r"plover_contexts\.tsv:7"):
            plover.issue_contexts()
    finally:
        plover.issue_contexts.cache_clear()


# -- the command --------------------------------------------------------------------------------

def run(capsys, *args):
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_cli_writes_parquet_that_pandas_reads(capsys, tmp_path):
    db = tmp_path / "t.db"
    with Store(db) as store:
        store.put(tiny_readout())
    target = tmp_path / "events.parquet"
    code, out, _ = run(capsys, "export", "--table", "events", "--format", "parquet", "-o", target, "--db", db)
    assert code == ExitStatus.OK and "Exported 2 events" in out
    assert pd.read_parquet(target)["type"].tolist() == ["CONSULT", "REJECT"]
    code, out, _ = run(capsys, "export", "-t", "participants", "-f", "csv", "--db", db, "--dyad", "vnm-chn")
    assert code == ExitStatus.OK and out.splitlines()[0].startswith("doc_id,ordinal,date,name")
    assert len(out.splitlines()) == 3
    code, out, _ = run(capsys, "export", "-t", "events", "-f", "plover", "--db", db, "--since", "2023-01-01")
    assert code == ExitStatus.OK and out == ""


@pytest.mark.parametrize("args, needle", [
    (["-t", "events", "-f", "parquet"], "--output"),
    (["-t", "readouts", "-f", "plover"], "--format"),
    (["-t", "events", "--dyad", "CHN"], "dyad"),
    (["-t", "events", "--since", "2022-05-01", "--until", "2022-01-01"], "--since"),
    (["-t", "nonsense"], "--table"),
])
def test_cli_usage_errors_exit_2(capsys, tmp_path, args, needle):
    db = tmp_path / "t.db"
    Store(db).close()
    code, _, err = run(capsys, "export", *args, "--db", db)
    assert code == ExitStatus.USAGE and needle in err and "Traceback" not in err


def test_cli_missing_database_exits_3(capsys, tmp_path):
    code, _, err = run(capsys, "export", "-t", "events", "--db", tmp_path / "none.db")
    assert code == ExitStatus.FAILED and "[C301]" in err
