"""The command line: streams, one-line errors, exit codes, and every command doing its one job.

Most tests call `cli.main` in-process (fast, and it is the error boundary the console script
runs); two run the installed entry point in a subprocess from another directory.
"""
from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from itertools import islice

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from communique import cli
from communique.cli import ExitStatus, main

from conftest import DEV, GOLD, needs_shared

CONTRACT_KEYS = {"doc_id", "date", "published", "encounter", "location", "participants", "statements", "issues"}
TXT = DEV / "004_4ed7dbded0f9f16b.txt"


def run(capsys, *args):
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def assert_one_error_line(err: str, *needles: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("communique: ") and "Traceback" not in err
    for needle in needles:
        assert needle in lines[0]


@pytest.fixture(scope="module")
def db(dev_db, tmp_path_factory):
    """The dev store, copied: some commands here write to it."""
    path = tmp_path_factory.mktemp("db") / "c.db"
    shutil.copy(dev_db, path)
    return path


@needs_shared
def test_extract_dev_corpus_streams_one_contract_line_per_document(capsys):
    code, out, err = run(capsys, "extract", DEV)
    lines = out.splitlines()
    assert code == ExitStatus.OK and err == "" and len(lines) == 19
    records = [json.loads(line) for line in lines]
    assert all(CONTRACT_KEYS <= rec.keys() for rec in records)
    assert {r["doc_id"] for r in records} >= {"000_b7187f0f73eb9129", "us-whitehouse-017"}


@needs_shared
def test_batch_with_a_missing_file_reports_it_and_goes_on(capsys, tmp_path):
    missing = tmp_path / "gone.txt"
    code, out, err = run(capsys, "extract", TXT, missing, DEV / "000_b7187f0f73eb9129.txt")
    assert code == ExitStatus.INPUT_ERRORS
    assert [json.loads(line)["doc_id"] for line in out.splitlines()] == ["004_4ed7dbded0f9f16b", "000_b7187f0f73eb9129"]
    assert_one_error_line(err, str(missing), "[C101]")


@needs_shared
def test_extract_json_and_table_and_output_file(capsys, tmp_path):
    code, out, _ = run(capsys, "extract", TXT, "--format", "json")
    assert code == 0 and [r["doc_id"] for r in json.loads(out)] == ["004_4ed7dbded0f9f16b"]
    code, out, _ = run(capsys, "extract", TXT, "-f", "table")  # 80 columns: a record
    assert code == 0 and out.startswith("004_4ed7dbded0f9f16b  2022-04-14  phone_call") and "27 events" in out
    target = tmp_path / "out.jsonl"
    code, out, _ = run(capsys, "extract", TXT, "--output", target, "--publisher", "chn")
    assert code == 0 and out == "" and json.loads(target.read_text(encoding="utf-8"))["doc_id"] == "004_4ed7dbded0f9f16b"


def test_extract_rejects_bad_option_values(capsys):
    code, _, err = run(capsys, "extract", "x.txt", "--format", "xml")
    assert code == ExitStatus.USAGE and "--format" in err
    code, _, err = run(capsys, "extract", "x.txt", "--publisher", "not a code!")
    assert code == ExitStatus.USAGE and "not a country or organisation code" in err


def test_ingest_twice_reports_unchanged_and_a_changed_file_replaced(capsys, tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("On May 2, 2022, Ann Lee met Bo Chen in Paris. Ann Lee said hello.", encoding="utf-8")
    dbp = tmp_path / "c.db"
    code, out, _ = run(capsys, "ingest", doc, "--db", dbp)
    assert code == 0 and out.startswith("1 added, 0 unchanged, 0 replaced, 0 failed")
    code, out, _ = run(capsys, "ingest", doc, "--db", dbp)
    assert code == 0 and out.startswith("0 added, 1 unchanged")
    doc.write_text("On May 3, 2022, Ann Lee met Bo Chen in Paris.", encoding="utf-8")
    code, out, _ = run(capsys, "ingest", doc, "--db", dbp)
    assert code == 0 and "1 replaced" in out and "holds 1 document" in out


def test_ingest_keeps_good_documents_when_one_fails(capsys, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Ann Lee met Bo Chen in Paris yesterday.", encoding="utf-8")
    dbp = tmp_path / "c.db"
    code, out, err = run(capsys, "ingest", tmp_path / "missing.txt", good, "--db", dbp)
    assert code == ExitStatus.INPUT_ERRORS and "1 added" in out and "1 failed" in out
    assert_one_error_line(err, "missing.txt")
    code, out, _ = run(capsys, "list", "--db", dbp, "-f", "jsonl")
    assert [json.loads(line)["doc_id"] for line in out.splitlines()] == ["good"]


def _readouts(folder, n):
    """`n` small readouts written in the genre, one file each."""
    folder.mkdir()
    for i in range(n):
        (folder / f"r{i}.txt").write_text(f"On May {i + 1}, 2022, Ann Lee met Bo Chen in Paris. Ann Lee said hello.",
                                          encoding="utf-8")
    return folder


def _two_countries(tmp_path):
    """Two readouts of one day from two ministries, each file named by the date."""
    for country, other in (("chn", "Bui Thanh Son"), ("vnm", "Wang Yi")):
        (tmp_path / country).mkdir()
        (tmp_path / country / "2022-04-14.txt").write_text(
            f"On April 14, 2022, the Foreign Minister had a phone call with {other}.", encoding="utf-8")
    return tmp_path / "chn" / "2022-04-14.txt", tmp_path / "vnm" / "2022-04-14.txt"


def _ids(capsys, dbp):
    _, out, _ = run(capsys, "list", "--db", dbp, "-f", "jsonl")
    return [json.loads(line)["doc_id"] for line in out.splitlines()]


def test_files_of_one_name_in_two_subfolders_are_two_readouts(capsys, tmp_path):
    _two_countries(tmp_path)
    dbp = tmp_path / "c.db"
    code, out, err = run(capsys, "ingest", tmp_path, "--db", dbp)
    assert code == ExitStatus.OK and out.startswith("2 added") and err == ""
    assert _ids(capsys, dbp) == ["chn/2022-04-14", "vnm/2022-04-14"]


def test_two_texts_with_one_id_in_a_run_are_an_error_not_a_replacement(capsys, tmp_path):
    chn, vnm = _two_countries(tmp_path)
    dbp = tmp_path / "c.db"
    code, out, err = run(capsys, "ingest", chn, vnm, "--db", dbp)
    assert code == ExitStatus.INPUT_ERRORS and out.startswith("1 added") and "1 failed" in out
    assert_one_error_line(err, str(vnm), "doc_id '2022-04-14' is already the id of another text", str(chn), "[C108]")
    kept = json.loads(run(capsys, "show", "2022-04-14", "--db", dbp, "-f", "json")[1])
    assert "Bui Thanh Son" in {p["name"] for p in kept["participants"]}  # China's readout, not replaced
    records = tmp_path / "r.jsonl"
    records.write_text("".join(json.dumps({"id": "a", "text": f"Ann Lee met Bo Chen on May {d}, 2022."}) + "\n"
                               for d in (1, 2, 1)), encoding="utf-8")
    code, out, err = run(capsys, "extract", records)
    assert code == ExitStatus.INPUT_ERRORS and len(out.splitlines()) == 2  # the repeat is kept, with a warning
    assert f"{records}:2: doc_id 'a' is already the id of another text, read from {records}:1" in err
    assert f"{records}:3: doc_id 'a' with the same text was read from {records}:1" in err


def test_a_stored_id_is_not_replaced_by_another_files_text(capsys, tmp_path):
    chn, vnm = _two_countries(tmp_path)
    dbp = tmp_path / "c.db"
    assert run(capsys, "ingest", chn, "--db", dbp)[0] == ExitStatus.OK
    code, out, err = run(capsys, "ingest", vnm, "--db", dbp)
    assert code == ExitStatus.INPUT_ERRORS and out.startswith("0 added, 0 unchanged, 0 replaced, 1 failed")
    assert_one_error_line(err, str(vnm), "is stored already, with another text from", str(chn), "--replace", "[C108]")
    chn.write_text(chn.read_text() + " They discussed trade.", encoding="utf-8")  # the same file, edited
    assert "1 replaced" in run(capsys, "ingest", chn, "--db", dbp)[1]
    code, out, _ = run(capsys, "ingest", vnm, "--db", dbp, "--replace")
    assert code == ExitStatus.OK and "1 replaced" in out
    kept = json.loads(run(capsys, "show", "2022-04-14", "--db", dbp, "-f", "json")[1])
    assert "Wang Yi" in {p["name"] for p in kept["participants"]}


def test_a_stored_id_is_not_replaced_by_another_source_from_parquet_or_stdin(capsys, tmp_path, monkeypatch):
    import io

    chn, vnm = _two_countries(tmp_path)
    dbp = tmp_path / "c.db"
    run(capsys, "ingest", chn, "--db", dbp)
    run(capsys, "extract", vnm, "--engine", "dask", "--jobs", "1", "--out", tmp_path / "parquet")
    code, out, err = run(capsys, "ingest", "--from-parquet", tmp_path / "parquet", "--db", dbp)
    assert code == ExitStatus.INPUT_ERRORS and "1 failed" in out
    assert_one_error_line(err, "is stored already, with another text from", str(chn), "[C108]")
    code, out, _ = run(capsys, "ingest", "--from-parquet", tmp_path / "parquet", "--db", dbp, "--replace")
    assert code == ExitStatus.OK and "1 replaced" in out
    for text, status in (("Ann Lee met Bo Chen.", ExitStatus.OK), ("Ann Lee called Bo Chen.", ExitStatus.INPUT_ERRORS)):
        record = json.dumps({"id": "piped", "text": text}).encode()
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(record)))
        assert run(capsys, "ingest", "-", "--db", dbp)[0] == status  # another piped text: another source


def test_each_piped_readout_has_an_id_of_its_own(capsys, tmp_path, monkeypatch):
    import io

    dbp = tmp_path / "c.db"
    for text in ("Ann Lee met Bo Chen in Paris.", "Ann Lee called Bo Chen.", "Ann Lee met Bo Chen in Paris."):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
        code, out, _ = run(capsys, "ingest", "-", "--db", dbp)
        assert code == ExitStatus.OK
    assert out.startswith("0 added, 1 unchanged") and len(_ids(capsys, dbp)) == 2
    assert all(doc_id.startswith("stdin-") for doc_id in _ids(capsys, dbp))


def test_a_read_only_database_stops_ingest_at_the_first_failure(capsys, tmp_path):
    """One line and exit 3, not a line per document: the database, not the readouts, is at fault."""
    dbp = tmp_path / "c.db"
    run(capsys, "ingest", _readouts(tmp_path / "a", 1), "--db", dbp)
    read_only = f"sqlite:///file:{dbp}?mode=ro&uri=true"  # chmod means nothing to root, who runs CI
    code, _, err = run(capsys, "ingest", _readouts(tmp_path / "b", 30), "--db", read_only)
    assert code == ExitStatus.FAILED
    assert_one_error_line(err, "readonly database", "[C300]")
    code, out, _ = run(capsys, "list", "--db", dbp, "-f", "jsonl")
    assert [json.loads(line)["doc_id"] for line in out.splitlines()] == ["r0"]


def test_a_foreign_sqlite_file_is_refused_by_every_command(capsys, tmp_path):
    theirs = tmp_path / "theirs.db"
    with sqlite3.connect(theirs) as conn:
        conn.execute("CREATE TABLE documents (id INTEGER PRIMARY KEY, path TEXT)")
    before = theirs.read_bytes()
    for args in (["list"], ["ingest", _readouts(tmp_path / "a", 1)], ["search", "hello"]):
        code, _, err = run(capsys, *args, "--db", theirs)
        assert code == ExitStatus.FAILED
        assert_one_error_line(err, "not a communique database")
    assert theirs.read_bytes() == before


@needs_shared
def test_ingest_again_is_unchanged(capsys, db):
    code, out, _ = run(capsys, "ingest", DEV, "--db", db)
    assert code == 0 and out.startswith("0 added, 19 unchanged, 0 replaced, 0 failed")


@needs_shared
def test_show_prints_the_stored_readout(capsys, db):
    code, out, _ = run(capsys, "show", "004_4ed7dbded0f9f16b", "--db", db)
    assert code == 0 and out.startswith("004_4ed7dbded0f9f16b") and "issues:" in out
    code, out, _ = run(capsys, "show", "004_4ed7dbded0f9f16b", "--db", db, "--format", "json")
    _, extracted, _ = run(capsys, "extract", TXT)
    assert json.loads(out) == json.loads(extracted)  # what the store gives back is what extract gave


@needs_shared
def test_show_unknown_id_is_one_line_and_exit_3(capsys, db):
    code, out, err = run(capsys, "show", "nope", "--db", db)
    assert code == ExitStatus.FAILED and out == ""
    assert_one_error_line(err, "'nope'", "[C301]")


@pytest.mark.parametrize("where", ["before", "after"])
def test_traceback_only_when_asked(capsys, tmp_path, where):
    args = ["list", "--db", tmp_path / "none.db"]
    code, _, err = run(capsys, *(["--traceback", *args] if where == "before" else [*args, "--traceback"]))
    assert code == ExitStatus.FAILED and "Traceback" in err and "NotFound" in err


def test_show_and_list_print_document_text_literally(capsys, tmp_path):
    """Readout text is data: "[/b]" or "[red]" in it must print as written, not as Rich markup."""
    from communique.model import Participant, Readout, Span, Statement
    from communique.store import Store

    text = "[red]Ann[/red] said [/b] hi."
    readout = Readout("m", "2022-01-02", None, "meeting", None, [Participant("[red]Ann[/red]", "[b]", "GBR", Span(0, 14))],
                      [Statement(Span(0, len(text)), text, "[red]Ann[/red]", "GBR")], ["[x]"], title="[/bold] T",
                      text=text)
    with Store(tmp_path / "m.db") as store:
        store.put(readout)
    code, out, _ = run(capsys, "show", "m", "--db", tmp_path / "m.db")
    assert code == 0 and "[/bold] T" in out and "[red]Ann[/red]" in out and "[/b] hi." in out
    code, out, _ = run(capsys, "list", "--db", tmp_path / "m.db")
    assert code == 0 and "[/bold] T" in out


def test_unexpected_exception_is_an_internal_error_line(capsys, monkeypatch):
    def boom():
        raise RuntimeError("stage table broke\nsecond line")

    monkeypatch.setattr(cli.pipeline.fmt, "stages_table", lambda stages: boom())
    code, _, err = run(capsys, "pipeline")
    assert code == ExitStatus.INTERNAL
    assert_one_error_line(err, "internal error: RuntimeError: stage table broke", "--traceback")


@needs_shared
def test_list_filters_and_formats(capsys, db):
    code, out, _ = run(capsys, "list", "--db", db, "-f", "jsonl")
    docs = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(docs) == 19 and set(docs[0]) == {"doc_id", "date", "encounter", "participants",
                                                              "issues", "title"}
    code, out, _ = run(capsys, "list", "--db", db, "--limit", "2", "-f", "jsonl")
    assert len(out.splitlines()) == 2
    code, out, _ = run(capsys, "list", "--db", db, "--encounter", "other", "--since", "2000-01-01",
                       "--country", "usa", "--issue", "ukraine")
    assert code == 0
    code, out, _ = run(capsys, "list", "--db", db)
    assert code == 0 and out.startswith("us-whitehouse-001     2021-02-10  phone_call\n")


@pytest.mark.parametrize("columns", [60, 80, 100, 140])
def test_tables_never_break_a_word_or_an_id_at_any_width(capsys, db, monkeypatch, columns):
    """A table where it fits without breaking a word, else a record a readout: in 80 columns the
    8-column table broke its headers ("locat|ion") and ids over lines."""
    monkeypatch.setenv("COLUMNS", str(columns))
    monkeypatch.setattr(cli.common, "out", cli.common.Console(highlight=False))  # reads COLUMNS when made
    _, listed, _ = run(capsys, "list", "--db", db, "--country", "VNM")
    _, extracted, _ = run(capsys, "extract", TXT, DEV / "000_b7187f0f73eb9129.txt", "-f", "table")
    for out in (listed, extracted):
        words = set(out.split())
        assert {"000_b7187f0f73eb9129", "004_4ed7dbded0f9f16b"} <= words
        assert all(len(line.rstrip()) <= columns for line in out.splitlines())
        for word in ("phone_call", "party_ideology,", "Thanh"):
            assert word in words or word.rstrip(",") in words
    assert ("location" in extracted.split()) == (columns >= 140)  # the table's header, when it fits


@pytest.mark.parametrize(("args", "needle"), [
    (["--since", "2022-13-01"], "not an ISO date"),
    (["--until", "yesterday"], "not an ISO date"),
    (["--since", "2023-01-01", "--until", "2022-01-01"], "after --until"),
    (["--encounter", "party"], "phone_call"),
    (["--issue", "South China Sea"], "not an issue id"),
    (["--limit", "0"], "--limit"),
])
def test_list_option_values_are_checked(capsys, tmp_path, args, needle):
    code, _, err = run(capsys, "list", "--db", tmp_path / "none.db", *args)
    assert code == ExitStatus.USAGE and needle in err and "Traceback" not in err


def test_list_of_a_missing_database_says_so(capsys, tmp_path):
    code, _, err = run(capsys, "list", "--db", tmp_path / "typo.db")
    assert code == ExitStatus.FAILED
    assert_one_error_line(err, "typo.db", "communique ingest")
    assert not (tmp_path / "typo.db").exists()


@needs_shared
def test_eval_prints_figures_and_errors(capsys):
    code, out, _ = run(capsys, "eval", "--gold", GOLD, "--corpus", DEV)
    assert code == 0 and "participants" in out and "speaker" in out
    code, out, _ = run(capsys, "eval", "--gold", GOLD, "--corpus", DEV, "--format", "json")
    report = json.loads(out)
    assert code == 0 and report["docs"] == 19 and {"date", "events", "documents"} <= report.keys()


@needs_shared
def test_eval_by_publisher_gives_a_row_each_and_the_total(capsys):
    code, out, _ = run(capsys, "eval", "--gold", GOLD, "--corpus", DEV, "--by", "publisher", "--format", "json")
    report = json.loads(out)
    groups = report["by_publisher"]
    assert code == 0 and sorted(groups) == ["000_b7187f0f73eb9129", "004_4ed7dbded0f9f16b", "USA"]  # White House URLs
    assert sum(g["docs"] for g in groups.values()) == report["docs"] == 19
    code, out, _ = run(capsys, "eval", "--gold", GOLD, "--corpus", DEV, "--by", "publisher")
    rows = {line.split()[0]: line.split()[1:] for line in out.splitlines() if line.split()[:1] in (["USA"], ["total"])}
    figures = [f"{report[k]:.4f}" for k in ("date", "encounter", "location", "speaker")]
    assert rows["total"] == ["19", *figures, *(f"{report[k]['f1']:.4f}" for k in ("participants", "issues", "events"))]
    assert rows["USA"][0] == "17" and code == 0


def test_eval_with_bad_gold_is_one_line(capsys, tmp_path):
    (tmp_path / "x.json").write_text("{not json", encoding="utf-8")
    code, _, err = run(capsys, "eval", "--gold", tmp_path, "--corpus", tmp_path)
    assert code == ExitStatus.FAILED
    assert_one_error_line(err, "x.json", "not valid JSON", "[C400]")


def test_pipeline_lists_the_stages(capsys):
    from communique.pipeline import STAGES

    code, out, _ = run(capsys, "pipeline")
    assert code == 0 and all(stage.name in out for stage in STAGES)


@pytest.mark.parametrize("command", ["extract", "ingest", "show", "list", "events", "commitments", "code", "eval",
                                     "demo", "pipeline"])
def test_every_command_has_help(capsys, command):
    code, out, _ = run(capsys, command, "--help")
    assert code == 0 and "Usage:" in out and len(out.splitlines()) > 4


def test_progress_passes_items_through_unchanged():
    items = [(str(i), "added") for i in range(12)]
    assert list(cli.common.progress(iter(items), "Ingesting")) == items


def test_demo_runs_from_any_directory_after_install(tmp_path):
    """The real entry point, from a directory with nothing in it: the samples come from the package."""
    done = subprocess.run([sys.executable, "-m", "communique", "demo"], cwd=tmp_path, capture_output=True,
                          text=True, timeout=120, env={**os.environ, "COLUMNS": "120"})
    assert done.returncode == 0, done.stderr
    assert "communique demo: 19 sample readouts" in done.stdout and "Example readout" in done.stdout
    assert list(tmp_path.iterdir()) == []  # the temporary database is gone


def test_console_script_error_is_one_line_without_traceback(tmp_path):
    done = subprocess.run([sys.executable, "-m", "communique", "show", "x", "--db", str(tmp_path / "no.db")],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == ExitStatus.FAILED and done.stdout == ""
    assert_one_error_line(done.stderr, "no.db", "[C301]")


# -- events, commitments, code: hand-built readouts and a stub coder, so nothing here depends on the
# coder's accuracy (that is measured by eval and bench/) ------------------------------------------

EV_TEXT = ("Wang Yi said China will provide 150 million doses of vaccines to Vietnam. "
           "Bui Thanh Son hoped China would open its market to Vietnamese fruit. "
           "Joe Biden condemned the missile launch.")


def _ev(type_, actor, target, words, **fields):
    from communique.model import Event, Span

    start = EV_TEXT.index(words)
    return Event(type_, actor, target, Span(start, start + len(words)), words, **fields)


@pytest.fixture
def events_db(tmp_path):
    from communique.model import Readout
    from communique.store import Store

    path = tmp_path / "ev.db"
    pledge = _ev("AGREE", "CHN", "VNM", "China will provide 150 million doses of vaccines to Vietnam",
                 polarity="pledged", issues=["covid19"])
    ask = _ev("REQUEST", "VNM", "CHN", "China would open its market to Vietnamese fruit", polarity="proposed",
              issues=["trade_investment"])
    accuse = _ev("ACCUSE", "USA", "PRK", "Joe Biden condemned the missile launch")
    with Store(path) as store:
        store.put(Readout("old", "2021-03-01", None, "meeting", None, [], [], [], events=[pledge], text=EV_TEXT))
        store.put(Readout("new", "2022-04-14", None, "phone_call", None, [], [], [], events=[pledge, ask, accuse],
                          text=EV_TEXT))
    return path


def _jsonl(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


@pytest.mark.parametrize("dyad", ["CHN-VNM", "VNM-CHN", "vnm-chn"])
def test_events_dyad_matches_both_directions(capsys, events_db, dyad):
    code, out, err = run(capsys, "events", "--db", events_db, "--dyad", dyad, "-f", "jsonl")
    assert code == 0 and err == ""
    assert [(e["doc_id"], e["type"], e["actor"], e["target"]) for e in _jsonl(out)] == [
        ("old", "AGREE", "CHN", "VNM"), ("new", "AGREE", "CHN", "VNM"), ("new", "REQUEST", "VNM", "CHN")]


@pytest.mark.parametrize(("args", "expected"), [
    (["--type", "agree"], [("old", "AGREE"), ("new", "AGREE")]),
    (["--issue", "trade_investment"], [("new", "REQUEST")]),
    (["--since", "2022-01-01", "--type", "AGREE"], [("new", "AGREE")]),
    (["--until", "2021-12-31"], [("old", "AGREE")]),
    (["--actor", "usa"], [("new", "ACCUSE")]),
    (["--limit", "1"], [("old", "AGREE")]),
])
def test_events_filters(capsys, events_db, args, expected):
    code, out, _ = run(capsys, "events", "--db", events_db, *args, "--format", "jsonl")
    assert code == 0 and [(e["doc_id"], e["type"]) for e in _jsonl(out)] == expected


def test_events_table_shows_date_dyad_and_evidence(capsys, events_db):
    code, out, _ = run(capsys, "events", "--db", events_db, "--type", "REQUEST")
    assert code == 0
    assert "2022-04-14" in out and "VNM → CHN" in out and "China would open its market" in out
    code, out, _ = run(capsys, "events", "--db", events_db, "--dyad", "GBR-FRA")
    assert code == 0 and "no events match" in out


def test_commitments_by_kind_and_dyad(capsys, events_db):
    code, out, _ = run(capsys, "commitments", "--db", events_db, "--dyad", "VNM-CHN", "--kind", "request", "-f", "jsonl")
    [ask] = _jsonl(out)
    assert code == 0 and (ask["doc_id"], ask["actor"], ask["target"], ask["kind"]) == ("new", "VNM", "CHN", "request")
    code, out, _ = run(capsys, "commitments", "--db", events_db, "--issue", "covid19", "--since", "2022-01-01")
    assert code == 0 and "pledge" in out and "CHN → VNM" in out and "150 million doses" in out


@pytest.mark.parametrize(("command", "args", "needle"), [
    ("events", ["--dyad", "CHN"], "'CHN' is not a dyad; write two codes joined by '-', e.g. CHN-VNM"),
    ("events", ["--dyad", "CHN-VNM-USA"], "is not a dyad"),
    ("events", ["--dyad", "CHN-1VN"], "'CHN-1VN' is not a dyad: '1VN' is not a country or organisation code; write"),
    ("commitments", ["--dyad", "-VNM"], "is not a dyad"),
    ("events", ["--type", "HUG"], "'HUG' is not a PLOVER event type; one of AGREE, CONSULT"),
    ("events", ["--since", "2023-01-01", "--until", "2022-01-01"], "after --until"),
    ("commitments", ["--kind", "promise"], "pledge"),
])
def test_event_option_values_are_checked(capsys, tmp_path, command, args, needle):
    code, out, err = run(capsys, command, "--db", tmp_path / "none.db", *args)
    assert code == ExitStatus.USAGE and out == "" and "Traceback" not in err
    assert needle in " ".join(err.replace("│", " ").split())  # Click's box may wrap the message


def test_events_of_a_missing_database_says_so(capsys, tmp_path):
    code, _, err = run(capsys, "events", "--db", tmp_path / "typo.db")
    assert code == ExitStatus.FAILED
    assert_one_error_line(err, "typo.db", "communique ingest")


def test_show_lists_events_after_the_statements(capsys, tmp_path):
    from communique.model import Readout, Span, Statement
    from communique.store import Store

    readout = Readout("d", "2022-04-14", None, "phone_call", None, [], [Statement(Span(0, 73), EV_TEXT[:73], None, None)],
                      [], events=[_ev("AGREE", "CHN", "VNM", "China will provide 150 million doses of vaccines to Vietnam",
                                      polarity="pledged")], text=EV_TEXT)
    with Store(tmp_path / "s.db") as store:
        store.put(readout)
    code, out, _ = run(capsys, "show", "d", "--db", tmp_path / "s.db")
    assert code == 0 and "events" in out and "AGREE" in out and "CHN → VNM" in out and "pledged" in out
    assert out.index("Wang Yi said") < out.index("AGREE")


@pytest.fixture
def stub_coder(monkeypatch):
    """`code` with a coder that finds one ACCUSE in any sentence saying "condemned", and breaks on "BUG"."""
    from communique.model import Event, Span
    from communique.stages import events

    def fake(sentence):
        if "BUG" in sentence:
            raise RuntimeError("coder bug")
        at = sentence.find("condemned")
        return [] if at < 0 else [Event("ACCUSE", "USA", None, Span(0, len(sentence)), sentence,
                                        trigger=Span(at, at + 9))]

    monkeypatch.setattr(events, "code", fake)


def test_code_jsonl_with_a_malformed_line_reports_it_and_codes_the_rest(capsys, tmp_path, stub_coder):
    src = tmp_path / "news.jsonl"
    src.write_text('{"id": "a", "text": "Biden condemned the launch."}\n'
                   '{"id": "b", "text": oops}\n'
                   '\n'
                   '{"text": "The ministers met in Hanoi."}\n', encoding="utf-8")
    code, out, err = run(capsys, "code", src)
    assert code == ExitStatus.INPUT_ERRORS
    assert_one_error_line(err, f"{src}:2:", "invalid JSON", "[C107]")
    lines = _jsonl(out)
    assert [(r["id"], r["text"], [e["type"] for e in r["events"]]) for r in lines] == [
        ("a", "Biden condemned the launch.", ["ACCUSE"]), ("news-4", "The ministers met in Hanoi.", [])]
    assert lines[0]["events"][0]["trigger"] == [6, 15] and set(lines[0]) == {"id", "text", "events"}


def test_code_text_files_stdin_and_bad_inputs(capsys, tmp_path, monkeypatch, stub_coder):
    import io

    text = tmp_path / "lines.txt"
    text.write_bytes(b"Biden condemned the launch.\r\n\nWang Yi\x92s visit was condemned.\nA BUG here.\nLast one.\n")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"They condemned it.\n")))
    code, out, err = run(capsys, "code", text, tmp_path / "gone.jsonl", "-")
    assert code == ExitStatus.INPUT_ERRORS
    assert [(r["id"], len(r["events"])) for r in _jsonl(out)] == [("lines-1", 1), ("lines-5", 0), ("stdin-1", 1)]
    errors = err.strip().splitlines()
    assert len(errors) == 3 and all(e.startswith("communique: ") for e in errors)
    assert f"{text}:3: not UTF-8 (byte 0x92 at column 8)" in errors[0] and "[C104]" in errors[0]
    assert f"{text}:4: coding failed: RuntimeError: coder bug" in errors[1] and "[C200]" in errors[1]
    assert "gone.jsonl" in errors[2] and "[C101]" in errors[2]


def test_code_table_names_each_sentence(capsys, tmp_path, stub_coder):
    src = tmp_path / "s.txt"
    src.write_text("Biden condemned the launch.\nThey met.\n", encoding="utf-8")
    code, out, _ = run(capsys, "code", src, "--format", "table")
    assert code == 0 and "s-1" in out and "ACCUSE" in out and "USA → -" in out and "no events" in out


def test_code_with_the_real_coder_gives_one_record_per_sentence(capsys, tmp_path):
    src = tmp_path / "s.jsonl"
    src.write_text('{"id": 1, "text": "China condemned the missile test."}\n{"text": "Nothing happened."}\n',
                   encoding="utf-8")
    code, out, _ = run(capsys, "code", src)
    records = _jsonl(out)
    assert code == 0 and [r["id"] for r in records] == ["1", "s-2"]
    for r in records:  # whatever the coder finds, its spans index the sentence
        assert all(r["text"][e["span"][0]:e["span"][1]] == e["text"] for e in r["events"])


# -- CLI manners (issue 13) -----------------------------------------------------------------------

def test_version_prints_the_package_version(capsys):
    from communique import __version__
    code, out, err = run(capsys, "--version")
    assert code == ExitStatus.OK and out.strip() == f"communique {__version__}" and err == ""


def test_inputs_that_hold_no_document_are_one_coded_line_and_exit_1(capsys, tmp_path):
    (tmp_path / "notes.csv").write_text("not a readout", encoding="utf-8")  # a type a directory does not give
    code, out, err = run(capsys, "extract", tmp_path)
    assert code == ExitStatus.INPUT_ERRORS and out == ""
    assert_one_error_line(err, str(tmp_path), "no documents", "[C102]")


@pytest.mark.parametrize("command", [["list"], ["events"], ["commitments"], ["search", "China"]])
def test_a_limit_past_the_maximum_is_a_usage_error_not_a_crash(capsys, db, command):
    code, out, err = run(capsys, *command, "--db", db, "--limit", "99999999999999999999")
    assert code == ExitStatus.USAGE and "--limit" in err and "Traceback" not in err


@needs_shared
def test_a_serial_extract_to_a_file_shows_its_progress_on_a_terminal(monkeypatch, tmp_path):
    import io

    from rich.console import Console

    screen = io.StringIO()
    monkeypatch.setattr(cli.common, "err", Console(file=screen, force_terminal=True, width=100))
    target = tmp_path / "out.jsonl"
    assert main(["extract", str(DEV), "-o", str(target)]) == ExitStatus.OK
    assert len(target.read_text(encoding="utf-8").splitlines()) == 19
    assert "Extracting" in screen.getvalue() and "of 19 documents" in screen.getvalue()  # 2 texts + 17 records
    screen.truncate(0)
    assert main(["ingest", str(DEV), "--db", str(tmp_path / "c.db")]) == ExitStatus.OK
    assert "Ingesting" in screen.getvalue() and "of 19 documents" in screen.getvalue()


def test_a_lone_surrogate_in_jsonl_is_one_line_and_the_batch_goes_on(capsys, tmp_path):
    """JSON may escape half a surrogate pair ("\\ud800"); no UTF-8 encodes it, so the record is refused
    where it is read, and the records after it are extracted (extract stopped there with exit 4)."""
    source = tmp_path / "s.jsonl"
    source.write_text('{"id": "a", "text": "Wang Yi met Bui Thanh Son in Hanoi."}\n'
                      '{"id": "b", "text": "Bad \\ud800 half. Wang Yi met Antony Blinken."}\n'
                      '{"id": "c", "title": "\\udc00", "text": "Xi Jinping spoke with Joe Biden."}\n'
                      '{"id": "d", "text": "Xi Jinping spoke with Joe Biden by phone."}\n', encoding="utf-8")
    code, out, err = run(capsys, "extract", source)
    assert code == ExitStatus.INPUT_ERRORS
    assert [json.loads(line)["doc_id"] for line in out.splitlines()] == ["a", "d"]
    lines = err.strip().splitlines()
    assert len(lines) == 2 and all("[C104]" in line and "lone surrogate" in line for line in lines)
    assert "s.jsonl:2" in lines[0] and 'field "title"' in lines[1]


def test_extract_to_a_file_that_fails_half_way_leaves_the_old_file_and_says_so(capsys, monkeypatch, tmp_path):
    """Written under a temporary name and renamed at the end: a full disk half-way (here an OSError
    from the stream of readouts) leaves no partial file, the file there before untouched, one line."""
    def half_then_full(documents, on_error=None):
        yield from islice(real(documents, on_error=on_error), 1)
        raise OSError(28, "No space left on device")

    real = cli.readouts.extract_many
    monkeypatch.setattr(cli.readouts, "extract_many", half_then_full)
    target = tmp_path / "out.jsonl"
    target.write_text("the old output\n", encoding="utf-8")
    source = tmp_path / "a.txt"
    source.write_text("Wang Yi met Bui Thanh Son in Hanoi on Monday.", encoding="utf-8")
    code, out, err = run(capsys, "extract", source, source.with_name("b.txt"), "-o", target)
    assert code == ExitStatus.FAILED
    assert target.read_text(encoding="utf-8") == "the old output\n"
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".part"] == []
    assert "[C800]" in err and "No space left on device" in err


def test_extract_to_a_file_writes_it_with_the_usual_mode(capsys, tmp_path):
    source = tmp_path / "a.txt"
    source.write_text("Wang Yi met Bui Thanh Son in Hanoi on Monday.", encoding="utf-8")
    target = tmp_path / "out.jsonl"
    assert run(capsys, "extract", source, "-o", target)[0] == ExitStatus.OK
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


# --- fuzz: whatever the files hold, the batch finishes ----------------------------------------------

_RECORD = st.fixed_dictionaries({"text": st.text(max_size=120)}, optional={
    "id": st.one_of(st.text(max_size=8), st.integers(), st.none(), st.lists(st.integers(), max_size=2)),
    "date": st.text(max_size=12), "url": st.text(max_size=20)})
_JSONL_LINE = st.one_of(_RECORD.map(lambda r: json.dumps(r).encode()),
                        st.binary(max_size=60), st.text(max_size=60).map(lambda t: t.encode("utf-8", "surrogatepass")))
_FILE = st.one_of(
    st.tuples(st.just("jsonl"), st.lists(_JSONL_LINE, max_size=6).map(b"\n".join)),
    st.tuples(st.sampled_from(["txt", "html", "htm"]), st.one_of(
        st.binary(max_size=300), st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass")),
        st.sampled_from([b"<html><body><div>" * 30, b"\xef\xbb\xbf", b"date 2021-09-12\n", b"\xff\xfe"]).flatmap(
            lambda head: st.binary(max_size=120).map(lambda tail: head + tail)))))
GOOD = "On May 2, 2022, Foreign Minister Ann Lee met Foreign Minister Bo Chen in Paris. Ann Lee said hello."


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(files=st.lists(_FILE, min_size=1, max_size=5))
def test_any_bytes_through_extract_and_ingest_never_stop_the_batch(capsys, tmp_path_factory, files):
    """Random files around a good readout: every command ends with 0 or 1, each failure one coded
    line, and the good readout (read last) is always extracted and stored."""
    folder = tmp_path_factory.mktemp("fuzz")
    for i, (ext, data) in enumerate(files):
        (folder / f"f{i}.{ext}").write_bytes(data)
    (folder / "zz_good.txt").write_text(GOOD, encoding="utf-8")
    code, out, err = run(capsys, "extract", folder)
    assert code in (ExitStatus.OK, ExitStatus.INPUT_ERRORS), err
    for line in err.splitlines():  # an error ends with its code; a warning says it is one
        assert line.startswith("communique: ") and (line.endswith("]") or line.startswith("communique: warning: ")), err
    assert json.loads(out.splitlines()[-1])["doc_id"] == "zz_good"
    db = folder / "fuzz.db"
    code, out, err = run(capsys, "ingest", folder, "--db", db)
    assert code in (ExitStatus.OK, ExitStatus.INPUT_ERRORS) and "Traceback" not in err, err
    assert "zz_good" in run(capsys, "list", "--db", db, "-f", "jsonl")[1]


@needs_shared
@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs Linux's /dev/full")
@pytest.mark.parametrize("args", [["extract", TXT], ["list"], ["events"], ["show", "004_4ed7dbded0f9f16b"],
                                  ["export", "--table", "events", "--format", "csv"]])
def test_a_full_disk_behind_stdout_is_one_coded_line_not_an_internal_error(db, args):
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "communique", *map(str, args),
                               *([] if args[0] == "extract" else ["--db", str(db)])],
                              stdout=full, stderr=subprocess.PIPE, text=True, check=False)
    assert done.returncode == ExitStatus.FAILED, done.stderr
    assert done.stderr.splitlines() == [
        "communique: standard output: could not be written to the end (No space left on device) [C800]"]
