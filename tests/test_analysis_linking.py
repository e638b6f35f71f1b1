"""Encounter linking and the side-by-side view: China's and Viet Nam's readouts of one phone call
(tests/data/analysis/one_call_two_readouts.jsonl, written in the genre), hand-built readouts for the
rules, and `communique linked` / `communique compare`."""
from __future__ import annotations

import json
import time

import pytest

from communique.analysis.linking import Member, _sweep, compare_linked, encounter_of, link_encounters
from communique.cli import ExitStatus, main
from communique.ingest import read_paths
from communique.model import Participant, Readout, Span
from communique.pipeline import extract_many
from communique.store import Store

from conftest import DATA

CALL = DATA / "analysis" / "one_call_two_readouts.jsonl"
CN, VN = "cn-2022-03-01-call", "vn-2022-03-02-call"


def run(capsys, *args):
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def readout(doc_id: str, day: str | None, *codes: str, url: str | None = None, names: tuple[str, ...] = ()) -> Readout:
    names = names or tuple(f"Minister of {c}" for c in codes)
    people = [Participant(name, None, c, Span(0, 0)) for name, c in zip(names, codes)]
    return Readout(doc_id, day, None, "phone_call", None, people, [], [], url=url)


def ids(groups) -> list[tuple[str, ...]]:
    return [g.doc_ids for g in groups]


@pytest.fixture(scope="module")
def call_readouts() -> dict[str, Readout]:
    return {r.doc_id: r for r in extract_many(read_paths([str(CALL)]))}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("linking") / "call.db"
    assert main(["ingest", str(CALL), "--db", str(path)]) == 0
    return path


# -- the linking rules ---------------------------------------------------------------------------

@pytest.mark.parametrize("other, linked", [
    (readout("b", "2023-03-01", "VNM", "CHN"), True),  # same day, participants in the other order
    (readout("b", "2023-03-02", "CHN", "VNM"), True),  # published a day later in the other time zone
    (readout("b", "2023-03-03", "CHN", "VNM"), False),  # two days apart: another encounter
    (readout("b", "2023-02-27", "CHN", "VNM"), False),
    (readout("b", "2023-03-01", "CHN", "USA"), False),  # one country in common is not the same encounter
    (readout("b", "2023-03-01", "USA", "VNM"), False),
    (readout("b", "2023-03-01", "CHN", "VNM", "LAO"), True),  # a trilateral holding both: overlap on two
    (readout("b", None, "CHN", "VNM"), False),  # undated: cannot be placed
])
def test_readouts_link_within_a_day_and_sharing_two_countries(other, linked):
    groups = link_encounters([readout("a", "2023-03-01", "CHN", "VNM"), other])
    assert ids(groups) == ([("a", "b")] if linked else [])


def test_days_widens_the_window():
    pair = [readout("a", "2023-03-01", "CHN", "VNM"), readout("b", "2023-03-03", "CHN", "VNM")]
    assert ids(link_encounters(pair)) == [] and ids(link_encounters(pair, days=2)) == [("a", "b")]


def test_one_publisher_writes_one_readout_per_encounter():
    # Xi Jinping's and Wang Yi's meetings with one visitor, both on fmprc.gov.cn the same day.
    mfa = "https://www.fmprc.gov.cn/mfa_eng/{}.html"
    same = [readout("cn-wang", "2023-03-01", "CHN", "VNM", url=mfa.format("w"), names=("Wang Yi", "Bui Thanh Son")),
            readout("cn-xi", "2023-03-01", "CHN", "VNM", url=mfa.format("x"), names=("Xi Jinping", "Bui Thanh Son"))]
    assert ids(link_encounters(same)) == []
    # Viet Nam's readout of the minister's call goes with China's readout naming the same two people.
    vn = readout("vn-call", "2023-03-01", "VNM", "CHN", url="https://mofa.gov.vn/en/call.aspx",
                 names=("Bui Thanh Son", "Wang Yi"))
    assert ids(link_encounters([*same, vn])) == [("cn-wang", "vn-call")]
    xi_first = [readout("cn-a", "2023-03-01", "CHN", "VNM", url=mfa.format("x"), names=("Xi Jinping", "Bui Thanh Son")),
                readout("cn-b", "2023-03-01", "CHN", "VNM", url=mfa.format("w"), names=("Wang Yi", "Bui Thanh Son"))]
    assert ids(link_encounters([*xi_first, vn])) == [("cn-b", "vn-call")]


def test_a_chain_of_daily_calls_is_not_one_encounter():
    days = [readout(f"d{i}", f"2023-03-0{i}", "CHN", "VNM") for i in (1, 2, 3, 4)]
    assert ids(link_encounters(days)) == [("d1", "d2"), ("d3", "d4")]


def test_filters_by_dyad_and_dates():
    rs = [readout("a", "2023-03-01", "CHN", "VNM"), readout("b", "2023-03-01", "VNM", "CHN"),
          readout("c", "2023-05-01", "USA", "JPN"), readout("d", "2023-05-02", "JPN", "USA")]
    assert ids(link_encounters(rs, dyad=("JPN", "USA"))) == [("c", "d")]
    assert ids(link_encounters(rs, since="2023-04-01")) == [("c", "d")]
    assert ids(link_encounters(rs, until="2023-04-01")) == [("a", "b")]


def test_the_sweep_is_linear_not_all_pairs():
    # 20,000 bilateral readouts over ~3 years among 20 countries (all pairs: 2e8 comparisons) in well
    # under a second; 100,000 take about 2.5 s.
    codes = [f"C{i:02d}" for i in range(20)]
    members = [Member(f"d{i}", f"{2010 + i // 7000}-{1 + i % 12:02d}-{1 + i % 28:02d}",
                      (codes[i % 20], codes[(i * 7 + 3) % 20])) for i in range(20_000)]
    start = time.perf_counter()
    groups = _sweep(members, 1)
    assert sum(len(g) for g in groups) == len(members)
    assert time.perf_counter() - start < 5


# -- the phone call of 1-2 March 2022, as each government told it -------------------------------

def test_the_two_governments_readouts_of_one_call_are_linked(call_readouts, db):
    in_memory = link_encounters(call_readouts.values())
    assert ids(in_memory) == [(CN, VN)]  # not the meeting of 4 March, nor Viet Nam's call with the USA
    assert [m.publisher for m in in_memory[0].members] == ["CHN", "VNM"]
    with Store(db, create=False) as store:
        assert link_encounters(store) == in_memory


def test_side_by_side_shows_what_only_one_side_reported(call_readouts):
    result = compare_linked([call_readouts[CN], call_readouts[VN]])
    cn, vn = result.sides
    assert (cn.side, vn.side) == ("CHN", "VNM")
    assert {"high_level_exchanges", "south_china_sea"} <= set(result.shared_issues)
    # China's readout has Viet Nam's words on Taiwan; Viet Nam's has its requests on trade.
    assert [i.issue for i in cn.only_issues] == ["taiwan"] and cn.only_issues[0].raised_by == ("VNM",)
    assert {"trade_investment", "border_affairs"} <= {i.issue for i in vn.only_issues}
    assert any("one-China policy" in s.evidence.text for s in cn.only_statements)
    assert any("agricultural products" in s.evidence.text for s in vn.only_statements)
    # "the two sides agreed ... Code of Conduct" (China's, both) and Bui Thanh Son's own request on it
    # (Viet Nam's) say the same across speakers: neither is only one side's.
    assert not any("Code of Conduct" in s.evidence.text for side in (cn, vn) for s in side.only_statements)
    texts = {CN: call_readouts[CN].text, VN: call_readouts[VN].text}
    for side in (cn, vn):
        for ev in [s.evidence for s in side.only_statements] + [e.evidence for e in side.events]:
            assert ev.span.of(texts[ev.doc_id]) == ev.text


def test_encounter_of_puts_the_asked_readout_first(db):
    with Store(db, create=False) as store:
        assert [r.doc_id for r in encounter_of(store, VN)] == [VN, CN]
        assert [r.doc_id for r in encounter_of(store, "cn-2022-03-04-meeting")] == ["cn-2022-03-04-meeting"]


# -- communique linked, communique compare -------------------------------------------------------

def test_cli_linked_table_and_jsonl(capsys, db):
    code, out, err = run(capsys, "linked", "--db", db)
    assert code == ExitStatus.OK and err == "" and CN in out and VN in out and "cn-2022-03-04-meeting" not in out
    code, out, _ = run(capsys, "linked", "--db", db, "--dyad", "vnm-chn", "--format", "jsonl")
    [group] = [json.loads(line) for line in out.splitlines()]
    assert group["doc_ids"] == [CN, VN] and group["first"] == "2022-03-01" and group["last"] == "2022-03-02"
    code, out, _ = run(capsys, "linked", "--db", db, "--dyad", "USA-VNM")
    assert code == ExitStatus.OK and "no linked readouts" in out


def test_cli_compare_shows_both_sides(capsys, db):
    code, out, err = run(capsys, "compare", CN, "--db", db)
    words = " ".join(out.split())
    assert code == ExitStatus.OK and err == ""
    assert CN in out and VN in out and "reported by all: high_level_exchanges, south_china_sea" in words
    assert "one-China policy" in words and "agricultural products" in words
    code, out, _ = run(capsys, "compare", CN, "--db", db, "--format", "json")
    assert [s["doc_id"] for s in json.loads(out)["sides"]] == [CN, VN]


def test_cli_compare_of_a_readout_without_another_says_so(capsys, db):
    code, out, _ = run(capsys, "compare", "cn-2022-03-04-meeting", "--db", db)
    assert code == ExitStatus.OK and "no other stored readout of this encounter" in " ".join(out.split())


def test_cli_compare_unknown_doc_id_is_one_line_exit_3(capsys, db):
    code, out, err = run(capsys, "compare", "no-such-doc", "--db", db)
    lines = err.strip().splitlines()
    assert code == ExitStatus.FAILED and out == "" and len(lines) == 1
    assert lines[0].startswith("communique: ") and "'no-such-doc'" in lines[0] and "[C301]" in lines[0]


def test_cli_compare_prints_readout_text_as_written(capsys, tmp_path):
    from communique import extract

    path = tmp_path / "markup.db"
    text = CALL.read_text(encoding="utf-8")  # any genre text will do; markup goes into a statement
    body = json.loads(text.splitlines()[0])["text"].replace("good partners.", "good [bold]partners[/bold] [/x].")
    with Store(path) as store:
        store.put(extract(body, doc_id="markup"))
    code, out, _ = run(capsys, "compare", "markup", "--db", path)
    assert code == ExitStatus.OK and "good [bold]partners[/bold] [/x]." in " ".join(out.split())
