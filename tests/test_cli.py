"""The command line: streams, one-line errors, exit codes, and every command doing its one job.

Most tests call `cli.main` in-process (fast, and it is the error boundary the console script
runs); two run the installed entry point in a subprocess from another directory.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

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
def db(tmp_path_factory):
    if not DEV.is_dir():
        pytest.skip("../shared not beside the repo")
    path = tmp_path_factory.mktemp("db") / "c.db"
    assert main(["ingest", str(DEV), "--db", str(path)]) == 0
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
    code, out, _ = run(capsys, "extract", TXT, "-f", "table")
    assert code == 0 and "doc_id" in out and "statements" in out
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

    monkeypatch.setattr(cli.fmt, "stages_table", lambda stages: boom())
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
    assert code == 0 and "doc_id" in out


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


def test_eval_with_bad_gold_is_one_line(capsys, tmp_path):
    (tmp_path / "x.json").write_text("{not json", encoding="utf-8")
    code, _, err = run(capsys, "eval", "--gold", tmp_path, "--corpus", tmp_path)
    assert code == ExitStatus.FAILED
    assert_one_error_line(err, "x.json", "not valid JSON", "[C400]")


def test_pipeline_lists_the_stages(capsys):
    from communique.pipeline import STAGES

    code, out, _ = run(capsys, "pipeline")
    assert code == 0 and all(stage.name in out for stage in STAGES)


@pytest.mark.parametrize("command", ["extract", "ingest", "show", "list", "eval", "demo", "pipeline"])
def test_every_command_has_help(capsys, command):
    code, out, _ = run(capsys, command, "--help")
    assert code == 0 and "Usage:" in out and len(out.splitlines()) > 4


def test_progress_passes_items_through_unchanged():
    items = [(str(i), "added") for i in range(12)]
    assert list(cli._progress(iter(items), "Ingesting")) == items


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
