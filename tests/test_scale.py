"""scale: the process pool and the Dask engine give exactly the serial pipeline's readouts.

One LocalCluster of 2 single-threaded worker processes serves the module (reached at its tcp://
address, as a remote scheduler would be); the process-pool tests come first and need none.
"""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from communique.cli import ExitStatus, main
from communique.errors import InputError
from communique.export import TABLES, iter_batches
from communique.ingest import read_paths
from communique.model import Document
from communique.pipeline import extract_many
from communique.scale import (
    ERRORS_FILE, TABLES_WRITTEN, extract_parallel, extract_to_parquet, ingest_parquet, plan, read_readouts,
)
from communique.settings import Settings
from communique.store import Store

from conftest import DEV, needs_shared

OPENING = "On September 11, 2021 local time, Wang Yi held talks with Bui Thanh Son in Hanoi. "


def serial_records(*paths: Path) -> list[dict]:
    docs = (d for d in read_paths([str(p) for p in paths]) if isinstance(d, Document))
    return [r.to_dict() for r in extract_many(docs)]


def parquet_records(out: Path) -> list[dict]:
    return [r.to_dict() for r, _source, _origin in read_readouts(out)]


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def read_table(path: Path):
    import pyarrow.parquet as pq

    return pq.read_table(path)


# --- the plan: parts read exactly what read_paths reads ------------------------------------------------

def _line(item) -> str:
    if isinstance(item, InputError):
        return str(item)
    return f"{item.doc_id}|{item.source}|{item.published}|{item.text}|{item.warnings}|{item.publisher}"


def _planned(paths, size: int, settings: Settings = Settings()) -> list[str]:
    out = []
    for part in plan(paths, size=size, settings=settings):
        out += [_line(part)] if isinstance(part, InputError) else [_line(i) for i in part.read(settings)]
    return out


def _serial(paths, settings: Settings = Settings()) -> list[str]:
    return [_line(i) for i in read_paths([str(p) for p in paths], settings=settings)]


def _record(i: int) -> str:
    return json.dumps({"text": f"Record {i}: " + OPENING, "url": "https://www.state.gov/r/1"})


ODD_FILES = {
    "blank-and-bad-lines.jsonl": "\n".join([_record(1), "", "{oops", _record(2), '{"title": "no text"}', "",
                                           _record(3), "[1]", _record(4), _record(5)]) + "\n",
    "bom-crlf-cp1252.jsonl": "\ufeff" + "\r\n".join([_record(1), _record(2)]) + "\r\n",
    "no-final-newline.jsonl": "\n".join(_record(i) for i in range(7)),
    "pretty-printed.jsonl": json.dumps({"text": OPENING}, indent=2) * 4,
    "blank-only.jsonl": "\n\n  \n",
    "bad-first-lines.jsonl": "\n".join(["{oops"] * 3 + [_record(i) for i in range(4)]),
    "long-line.jsonl": "\n".join([_record(1), json.dumps({"text": "x" * 900}), _record(2), _record(3)]),
}


@pytest.mark.parametrize("name", sorted(ODD_FILES))
@pytest.mark.parametrize("size", [1, 2, 3, 250])
def test_parts_read_what_read_paths_reads(tmp_path, name, size):
    path = tmp_path / name
    data = ODD_FILES[name].encode("utf-8")
    if name.startswith("bom"):
        data = data.replace(b"Record 2", "Récord 2".encode("cp1252"))  # one line is not UTF-8
    path.write_bytes(data)
    settings = Settings(max_bytes=400)
    assert _planned([path], size, settings) == _serial([path], settings)


@pytest.mark.parametrize("size", [1, 3, 250])
def test_gzip_parts_and_a_truncated_gzip_read_what_read_paths_reads(tmp_path, size):
    whole = gzip.compress(("\n".join(_record(i) + " " * 2000 for i in range(30)) + "\n").encode())
    (tmp_path / "whole.jsonl.gz").write_bytes(whole)
    (tmp_path / "cut.jsonl.gz").write_bytes(whole[: len(whole) // 2])
    (tmp_path / "a.txt").write_text(OPENING)
    paths = [tmp_path / "whole.jsonl.gz", tmp_path / "cut.jsonl.gz", tmp_path / "a.txt", tmp_path / "gone.txt"]
    planned = _planned(paths, size)
    assert planned == _serial(paths)
    assert any("gzip data is corrupt or truncated" in line for line in planned)


def test_standard_input_cannot_be_shared_out():
    (error,) = plan(["-"])
    assert str(error).startswith("-: standard input cannot be shared out among workers")


# --- the process pool ----------------------------------------------------------------------------------

@needs_shared
def test_extract_jobs_2_prints_the_serial_records_in_the_same_order(capsys):
    code, serial, err = run(capsys, "extract", DEV)
    assert code == ExitStatus.OK and err == ""
    code, parallel, err = run(capsys, "extract", "--jobs", "2", DEV)
    assert code == ExitStatus.OK and err == ""
    assert parallel == serial and len(serial.splitlines()) == 19


@needs_shared
def test_extract_parallel_takes_paths_and_reports_failures_in_place(tmp_path):
    errors = []
    records = [r.to_dict() for r in extract_parallel([DEV, tmp_path / "gone.txt"], jobs=2, on_error=errors.append)]
    assert records == serial_records(DEV)
    assert [e.code for e in errors] == ["C101"]


@needs_shared
def test_a_process_with_threads_gets_workers_from_the_fork_server(monkeypatch):
    monkeypatch.setattr("communique.scale.pool.threading.active_count", lambda: 2)
    assert [r.to_dict() for r in extract_parallel([DEV / "whitehouse.jsonl"], jobs=2)] == serial_records(
        DEV / "whitehouse.jsonl")


@needs_shared
def test_ingest_jobs_2_stores_what_ingest_stores(dev_db, tmp_path, capsys):
    db = tmp_path / "jobs.db"
    code, out, _ = run(capsys, "ingest", "--jobs", "2", DEV, "--db", db)
    assert code == ExitStatus.OK and out.startswith("19 added, 0 unchanged")
    _assert_same_store(db, dev_db)
    code, out, _ = run(capsys, "ingest", "--jobs", "2", DEV, "--db", db)
    assert code == ExitStatus.OK and out.startswith("0 added, 19 unchanged")


def test_ingest_parallel_gives_the_outcomes_of_store_ingest_in_order(tmp_path):
    from communique.ingest.text import document_from_text
    from communique.scale import ingest_parallel

    def docs():  # d0 d1 d2 d3, then d0 and d1 again with other texts
        return [document_from_text(f"{OPENING}Wang Yi said China values its ties, for the {i}th time.",
                                   doc_id=f"d{i % 4}", source=f"{i}.txt") for i in range(6)]

    outcomes = []
    for name, ingest in (("serial", lambda s: s.ingest(docs())), ("jobs", lambda s: ingest_parallel(s, docs(), jobs=2))):
        with Store(tmp_path / f"{name}.db") as store:
            store.put(next(extract_many([docs()[2]])), source="2.txt")
            outcomes.append(list(ingest(store)))
            stored = [store.get(f"d{i}") for i in range(4)]
    assert outcomes[0] == outcomes[1] == [("d0", "added"), ("d1", "added"), ("d2", "unchanged"), ("d3", "added"),
                                          ("d0", "duplicate"), ("d1", "duplicate")]
    assert stored[0].text.endswith("0th time.")


def _assert_same_store(db: Path, reference: Path) -> None:
    with Store(db, create=False) as got, Store(reference, create=False) as want:
        ids = [d.doc_id for d in want.list()]
        assert [d.doc_id for d in got.list()] == ids and len(ids) == 19
        for doc_id in ids:
            assert got.get(doc_id) == want.get(doc_id), doc_id


# --- Dask ----------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def scheduler():
    """A LocalCluster of 2 worker processes for the module, used by its tcp:// address."""
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  worker_dashboard_address=None) as cluster:
        yield cluster.scheduler_address


@pytest.fixture(scope="module")
def dask_out(scheduler, tmp_path_factory) -> Path:
    """The dev corpus through the cluster, in parts of 4 documents (so both workers get some)."""
    if not DEV.is_dir():
        pytest.skip("../shared not beside the repo")
    out = tmp_path_factory.mktemp("dask") / "out"
    summary = extract_to_parquet([DEV], out, engine="dask", scheduler=scheduler, partition_size=4)
    assert (summary.documents, summary.parts, summary.errors) == (19, 6, 0)
    return out


@needs_shared
def test_dask_readouts_equal_the_serial_readouts(dask_out):
    assert parquet_records(dask_out) == serial_records(DEV)


@needs_shared
@pytest.mark.parametrize("jobs", [None, 2])
def test_dask_and_serial_engines_write_the_same_files_and_rows(dask_out, tmp_path, jobs):
    extract_to_parquet([DEV], tmp_path, engine="serial", jobs=jobs, partition_size=4)
    for table in TABLES_WRITTEN:
        names = sorted(p.name for p in (dask_out / table).iterdir())
        assert names == sorted(p.name for p in (tmp_path / table).iterdir()) and len(names) == 6
        for name in names:
            assert read_table(dask_out / table / name).equals(read_table(tmp_path / table / name)), (table, name)


@needs_shared
@pytest.mark.parametrize("table", TABLES_WRITTEN)
def test_parquet_tables_hold_the_rows_export_gives_from_a_store(dask_out, dev_db, table):
    columns = [c.name for c in TABLES[table].columns]
    with Store(dev_db, create=False) as store:
        want = [row for batch in iter_batches(store, table) for row in zip(*(batch[c] for c in columns))]
    got = read_table_rows(dask_out, table, columns)
    key = (lambda r: r[:2]) if table != "readouts" else (lambda r: r[0])
    assert sorted(got, key=key) == want


def read_table_rows(out: Path, table: str, columns: list[str]) -> list[tuple]:
    rows = []
    for path in sorted((out / table).glob("part-*.parquet")):
        data = read_table(path).select(columns).to_pydict()
        rows += list(zip(*(data[c] for c in columns)))
    return rows


@needs_shared
def test_duckdb_reads_the_parts_as_one_table(dask_out, dev_db):
    duckdb = pytest.importorskip("duckdb")
    con = duckdb.connect()
    count, docs = con.execute(f"SELECT count(*), count(DISTINCT doc_id) FROM '{dask_out}/events/*.parquet'").fetchone()
    with Store(dev_db) as store:  # as many events as the serial path stored, whatever the coder finds
        assert count == len(store.events()) and docs == 19


@needs_shared
def test_ingest_from_parquet_stores_what_ingest_stores(dask_out, dev_db, tmp_path, capsys):
    db = tmp_path / "from-parquet.db"
    code, out, err = run(capsys, "ingest", "--from-parquet", dask_out, "--db", db)
    assert code == ExitStatus.OK and err == "" and out.startswith("19 added, 0 unchanged")
    _assert_same_store(db, dev_db)
    with Store(db) as store:  # the same texts and ids again: nothing to write
        assert {outcome for _, outcome in ingest_parquet(store, dask_out)} == {"unchanged"}


@needs_shared
def test_jsonl_gz_input_gives_the_readouts_of_the_plain_file(scheduler, tmp_path):
    packed = tmp_path / "whitehouse.jsonl.gz"
    packed.write_bytes(gzip.compress((DEV / "whitehouse.jsonl").read_bytes()))
    summary = extract_to_parquet([packed], tmp_path / "out", engine="dask", scheduler=scheduler, partition_size=5)
    assert summary.parts == 4 and summary.errors == 0
    assert parquet_records(tmp_path / "out") == serial_records(DEV / "whitehouse.jsonl")


@needs_shared
def test_a_bad_document_is_one_line_in_errors_jsonl_and_the_rest_is_written(scheduler, tmp_path, capsys):
    lines = (DEV / "whitehouse.jsonl").read_text(encoding="utf-8").splitlines()
    lines[6] = '{"id": "us-broken", "text": 42}'
    lines.insert(10, '{"text": "unterminated')
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    code, stdout, err = run(capsys, "extract", "--engine", "dask", "--scheduler", scheduler, "--out", out, corpus)
    assert code == ExitStatus.INPUT_ERRORS
    errors = [json.loads(line) for line in (out / ERRORS_FILE).read_text(encoding="utf-8").splitlines()]
    assert [(e["source"], e["code"]) for e in errors] == [(f"{corpus}:7", "C107"), (f"{corpus}:11", "C107")]
    assert err.splitlines() == [f"communique: {e['error']}" for e in errors]
    assert "16 readouts" in stdout and "2 failed" in stdout
    assert parquet_records(out) == serial_records(corpus)


@needs_shared
def test_dask_warns_as_the_serial_run_warns(scheduler, tmp_path, capsys):
    lines = (DEV / "whitehouse.jsonl").read_bytes().splitlines()
    lines[3] = lines[3].replace(b" the ", b" th\xe9 ", 1)  # not UTF-8 (cp1252's e-acute): read as cp1252
    lines.append(lines[0])  # the same record again, in another part: a warning
    edited = json.loads(lines[1])
    lines.append(json.dumps({**edited, "text": edited["text"] + " Edited."}).encode())  # its id, another text: an error
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_bytes(b"\n".join(lines) + b"\n")
    serial_code, _, serial = run(capsys, "extract", corpus)
    code, _, err = run(capsys, "extract", "--engine", "dask", "--scheduler", scheduler, "--out", tmp_path / "o",
                       corpus)
    assert code == serial_code == ExitStatus.INPUT_ERRORS and sorted(err.splitlines()) == sorted(serial.splitlines())
    assert "decoded as cp1252" in serial and "with the same text was read from" in serial
    assert f"{corpus}:{len(lines)}: doc_id" in serial and "[C108]" in serial


def test_dask_needs_out_and_ingest_needs_one_source(capsys, tmp_path):
    code, _, err = run(capsys, "extract", "--engine", "dask", tmp_path)
    assert code == ExitStatus.USAGE and "give --out DIR" in err
    code, _, err = run(capsys, "ingest", "--from-parquet", tmp_path, tmp_path / "a.txt", "--db", tmp_path / "x.db")
    assert code == ExitStatus.USAGE and "one of them" in err
    code, _, err = run(capsys, "ingest", "--from-parquet", tmp_path, "--db", tmp_path / "x.db")
    assert code == ExitStatus.FAILED and "no readouts/ folder here" in err
