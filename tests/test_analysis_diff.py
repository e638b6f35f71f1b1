"""Readout diff: on the two China MFA readouts of China-Vietnam (2021-09-11 talks, 2022-04-14 call),
on short readouts written in the genre, and through `communique diff`."""
from __future__ import annotations

import json

import pytest

from communique import extract
from communique.analysis.diff import diff_readouts, latest_pair
from communique.cli import ExitStatus, main
from communique.errors import AnalysisError
from communique.store import Store

from conftest import DEV, needs_shared

OLD, NEW = "000_b7187f0f73eb9129", "004_4ed7dbded0f9f16b"


def run(capsys, *args):
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("communique: ") and "Traceback" not in err, err
    return lines[0]


@pytest.fixture(scope="module")
def dev_pair():
    if not DEV.is_dir():
        pytest.skip("../shared not beside the repo")
    return tuple(extract((DEV / f"{n}.txt").read_text(encoding="utf-8"), doc_id=n) for n in (OLD, NEW))


@pytest.fixture(scope="module")
def dev_diff(dev_pair):
    return diff_readouts(*dev_pair)


@pytest.fixture(scope="module")
def db(dev_db):
    return dev_db  # read only


# -- the dev pair: what changed between September 2021 and April 2022 ---------------------------

@needs_shared
def test_ukraine_and_indo_pacific_are_only_in_the_2022_readout(dev_diff):
    added = {i.issue for i in dev_diff.issues_added}
    assert {"ukraine", "indo_pacific"} <= added
    assert not {"ukraine", "indo_pacific"} & {i.issue for i in dev_diff.issues_dropped}
    ukraine = next(i for i in dev_diff.issues_added if i.issue == "ukraine")
    assert {"CHN", "VNM", "both"} <= set(ukraine.raised_by)  # both ministers, and "The two sides exchanged views"


@needs_shared
def test_issues_of_2021_only_are_dropped(dev_diff):
    assert {"belt_and_road", "taiwan", "xinjiang", "trade_agreements"} <= {i.issue for i in dev_diff.issues_dropped}


@needs_shared
def test_the_indo_pacific_statement_has_no_counterpart(dev_diff):
    new = [s for s in dev_diff.statements_added if "Indo-Pacific Strategy" in s.evidence.text]
    assert len(new) == 1 and new[0].country == "CHN" and new[0].evidence.doc_id == NEW
    assert all("Indo-Pacific" not in p.b.evidence.text for p in dev_diff.statements_matched)


@needs_shared
def test_the_code_of_conduct_statement_keeps_its_2021_counterpart(dev_diff):
    pair = next(p for p in dev_diff.statements_matched if p.b.evidence.text.startswith("We should take this opportunity"))
    assert "Code of Conduct" in pair.a.evidence.text and pair.a.country == "CHN" and pair.score >= dev_diff.threshold


@needs_shared
def test_every_item_carries_the_exact_source_words(dev_pair, dev_diff):
    texts = {r.doc_id: r.text for r in dev_pair}
    evidence = [*(s.evidence for s in (*dev_diff.statements_added, *dev_diff.statements_dropped)),
                *(c.evidence for c in (*dev_diff.commitments_added, *dev_diff.commitments_dropped)),
                *(m.evidence for i in (*dev_diff.issues_added, *dev_diff.issues_dropped) for m in i.mentions),
                *(m.evidence for r in dev_diff.raisers_changed for m in (*r.a_mentions, *r.b_mentions))]
    assert evidence
    for ev in evidence:
        assert ev.span.of(texts[ev.doc_id]) == ev.text


@needs_shared
def test_a_readout_against_itself_changes_nothing(dev_pair):
    d = diff_readouts(dev_pair[1], dev_pair[1])
    assert not (d.issues_added or d.issues_dropped or d.raisers_changed or d.statements_added
                or d.statements_dropped or d.commitments_added or d.commitments_dropped)
    assert len(d.statements_matched) == len(dev_pair[1].statements)


@needs_shared
def test_to_dict_is_json(dev_diff):
    data = json.loads(json.dumps(dev_diff.to_dict()))
    assert data["a"]["doc_id"] == OLD and data["b"]["doc_id"] == NEW
    assert isinstance(data["statements_added"][0]["evidence"]["span"], list)


# -- readouts written in the genre ----------------------------------------------------------------

LEAD = "On {}, State Councilor and Foreign Minister Wang Yi had a phone conversation with " \
       "Vietnamese Foreign Minister Bui Thanh Son. "


def readout(day: str, body: str, doc_id: str):
    return extract(LEAD.format(day) + body, doc_id=doc_id)


def test_who_raised_an_issue_can_change_hands():
    a = readout("May 2, 2021", "Wang Yi said, China hopes the two sides will keep peace in the South China Sea.", "a")
    b = readout("May 3, 2022", "Bui Thanh Son said, Vietnam hopes the two sides will keep peace in the South China Sea.",
                "b")
    [change] = diff_readouts(a, b).raisers_changed
    assert (change.issue, change.a, change.b) == ("south_china_sea", ("CHN",), ("VNM",))
    assert change.b_mentions[0].evidence.text == "South China Sea"


@pytest.mark.parametrize("later, kept", [
    ("China will continue to provide COVID-19 vaccines to Vietnam.", True),  # the same pledge again
    ("China will provide COVID-19 vaccines to ASEAN countries.", False),  # another target: a new pledge
    ("China will provide railway loans to Vietnam.", False),  # same parties, another object
])
def test_commitments_pair_on_kind_actor_target_and_object(later, kept):
    a = readout("May 2, 2021", "Wang Yi said, China will provide COVID-19 vaccines to Vietnam.", "a")
    b = readout("May 3, 2022", f"Wang Yi said, {later}", "b")
    d = diff_readouts(a, b)
    assert bool(d.commitments_matched) is kept
    assert bool(d.commitments_added) is not kept and bool(d.commitments_dropped) is not kept


def test_threshold_decides_what_counts_as_the_same():
    a = readout("May 2, 2021", "Wang Yi said, China supports Vietnam in fighting the pandemic.", "a")
    b = readout("May 3, 2022", "Wang Yi said, China will help Vietnam to fight floods.", "b")
    assert diff_readouts(a, b, threshold=0.0).statements_added == ()
    assert len(diff_readouts(a, b, threshold=1.0).statements_added) == 2  # the lead differs in its date too


def test_latest_pair_needs_two_readouts_of_the_dyad():
    store = Store(":memory:")
    store.put(readout("May 2, 2021", "Wang Yi said, China will help.", "only-one"))
    with pytest.raises(AnalysisError, match="only only-one has both CHN and VNM"):
        latest_pair(store, ("CHN", "VNM"))
    store.put(readout("May 3, 2022", "Wang Yi said, China will help.", "second"))
    store.put(readout("May 1, 2020", "Wang Yi said, China will help.", "oldest"))
    assert [r.doc_id for r in latest_pair(store, ("VNM", "CHN"))] == ["only-one", "second"]


# -- communique diff ------------------------------------------------------------------------------

@needs_shared
def test_cli_diff_latest_of_a_dyad_as_json(capsys, db):
    code, out, err = run(capsys, "diff", "--dyad", "chn-vnm", "--latest", "--db", db, "--format", "json")
    data = json.loads(out)
    assert code == ExitStatus.OK and err == ""
    assert (data["a"]["doc_id"], data["b"]["doc_id"]) == (OLD, NEW)
    assert {"ukraine", "indo_pacific"} <= {i["issue"] for i in data["issues_added"]}


@needs_shared
def test_cli_diff_two_ids_as_text(capsys, db):
    code, out, _ = run(capsys, "diff", OLD, NEW, "--db", db)
    assert code == ExitStatus.OK
    assert "issues only in B" in out and "+ ukraine" in out and "Indo-Pacific Strategy" in out


@needs_shared
def test_cli_diff_unknown_doc_id_is_one_line_exit_3(capsys, db):
    code, out, err = run(capsys, "diff", OLD, "no-such-doc", "--db", db)
    assert code == ExitStatus.FAILED and out == ""
    assert "'no-such-doc'" in one_error_line(err) and "[C301]" in err


@needs_shared
def test_cli_diff_dyad_with_fewer_than_two_readouts_says_so(capsys, db):
    code, out, err = run(capsys, "diff", "--dyad", "GBR-VNM", "--latest", "--db", db)
    assert code == ExitStatus.FAILED and out == ""
    line = one_error_line(err)
    assert "GBR-VNM" in line and "a diff needs two" in line and "[C600]" in line


@pytest.mark.parametrize("args", [["only-a"], ["a", "b", "--dyad", "CHN-VNM", "--latest"], ["--latest"],
                                  ["--dyad", "CHN-VNM"], ["--dyad", "CHN"]])
def test_cli_diff_needs_two_ids_or_a_dyad_with_latest(capsys, tmp_path, args):
    code, out, err = run(capsys, "diff", *args, "--db", tmp_path / "none.db")
    assert code == ExitStatus.USAGE and out == "" and "Traceback" not in err


def test_cli_diff_prints_readout_text_as_written(capsys, tmp_path):
    path = tmp_path / "markup.db"
    with Store(path) as store:
        store.put(readout("May 2, 2021", "Wang Yi said, China [bold]welcomes[/bold] talks.", "a"))
        store.put(readout("May 3, 2022", "Bui Thanh Son said, Vietnam opposes [/b] the [link=x]bloc[/link] confrontation.",
                          "b"))
    code, out, _ = run(capsys, "diff", "a", "b", "--db", path)
    assert code == ExitStatus.OK
    words = " ".join(out.split())  # the console wraps long statements
    assert "[/b] the [link=x]bloc[/link] confrontation." in words and "[bold]welcomes[/bold]" in words
