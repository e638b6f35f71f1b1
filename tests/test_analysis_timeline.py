"""Dyad timelines (analysis/timeline.py), their charts (analysis/charts.py) and `communique timeline`.

Counts are checked on a store of readouts built here, whose every event and date is known, and on
the dev corpus, whose two China–Vietnam readouts fall in 2021-Q3 and 2022-Q2.
"""
from __future__ import annotations

import json

import pytest
from hypothesis import given, settings, strategies as st

from communique.analysis.charts import write_chart
from communique.analysis.timeline import Timeline, _next, timeline
from communique.cli import ExitStatus, main
from communique.errors import ChartError
from communique.model import Event, IssueMention, Participant, Readout, Span
from communique.store import Store

from conftest import DEV, needs_shared

TEXT = "The two sides met."  # the evidence of every event below; its words do not matter here


def _readout(doc_id: str, day: str, countries: tuple[str, ...], events: list[tuple[str, str, str, float]],
             issues: tuple[str, ...] = ()) -> Readout:
    people = [Participant(f"Official {c}", None, c, Span(0, 3)) for c in countries]
    coded = [Event(t, a, b, Span(0, len(TEXT)), TEXT, intensity=score, issues=list(issues))
             for t, a, b, score in events]
    mentions = [IssueMention(i, Span(0, 3), TEXT[:3]) for i in issues]
    return Readout(doc_id, day, None, "meeting", None, people, [], list(issues), issue_mentions=mentions,
                   events=coded, text=TEXT)


@pytest.fixture()
def store():
    s = Store(":memory:")
    s.put(_readout("a", "2022-01-10", ("CHN", "VNM"), [("CONSULT", "CHN", "VNM", 2.5), ("AGREE", "CHN", "VNM", 2.5),
                                                       ("REQUEST", "VNM", "CHN", 0.0)], ("covid19",)))
    s.put(_readout("b", "2022-01-25", ("VNM", "CHN"), [("SUPPORT", "VNM", "CHN", 5.0),
                                                       ("ACCUSE", "CHN", "UNSPECIFIED", -3.0)]))
    s.put(_readout("c", "2022-04-02", ("CHN", "VNM"), [("ACCUSE", "CHN", "VNM", -3.0)], ("south_china_sea",)))
    s.put(_readout("d", "2022-02-01", ("CHN", "LAO"), [("AGREE", "CHN", "LAO", 2.5)]))  # another dyad
    s.put(_readout("e", None, ("CHN", "VNM"), [("AGREE", "VNM", "CHN", 2.5)]))  # undated: on no timeline
    return s


def test_monthly_counts_both_directions_and_fills_gaps(store):
    t = timeline(store, "VNM-CHN")
    assert [p.period for p in t.periods] == ["2022-01", "2022-02", "2022-03", "2022-04"]
    jan, feb, _, apr = t.periods
    assert jan.encounters == 2 and feb.encounters == 0 and apr.encounters == 1
    assert jan.events == {"AGREE": 1, "CONSULT": 1, "REQUEST": 1, "SUPPORT": 1}  # not the UNSPECIFIED accusation
    assert jan.intensity == {"CHN": 5.0, "VNM": 5.0} and jan.net_intensity == 10.0
    assert apr.events == {"ACCUSE": 1} and apr.net_intensity == -3.0
    assert jan.issues == {"covid19": 1} and apr.issues == {"south_china_sea": 1}


@pytest.mark.parametrize("by, labels", [("quarter", ["2022-Q1", "2022-Q2"]), ("year", ["2022"])])
def test_quarters_and_years(store, by, labels):
    t = timeline(store, "CHN-VNM", by=by)
    assert [p.period for p in t.periods] == labels
    assert sum(p.encounters for p in t.periods) == 3


def test_issue_keeps_only_readouts_and_events_about_it(store):
    t = timeline(store, "CHN-VNM", issue="covid19")
    assert [(p.period, p.encounters, sum(p.events.values())) for p in t.periods] == [("2022-01", 1, 3)]


def test_dates_bound_the_timeline(store):
    t = timeline(store, "CHN-VNM", since="2022-02-01")
    assert [p.period for p in t.periods] == ["2022-04"]


def test_a_pair_never_met_has_an_empty_timeline(store):
    assert timeline(store, "USA-BRA").periods == [] and timeline(store, "USA-BRA").to_pandas().empty


@pytest.mark.parametrize("label, by, following", [
    ("2022-12", "month", "2023-01"), ("2022-09", "month", "2022-10"), ("2021-Q4", "quarter", "2022-Q1"),
    ("2021-Q2", "quarter", "2021-Q3"), ("1999", "year", "2000"),
])
def test_period_arithmetic(label, by, following):
    assert _next(label, by) == following


def test_to_pandas_has_a_row_per_period_and_a_column_per_type(store):
    frame = timeline(store, "CHN-VNM").to_pandas()
    assert list(frame.index) == ["2022-01", "2022-02", "2022-03", "2022-04"]
    assert frame.loc["2022-01", "AGREE"] == 1 and frame.loc["2022-04", "net_intensity"] == -3.0


def test_html_chart_is_offline_and_png_is_a_picture(store, tmp_path):
    t = timeline(store, "CHN-VNM")
    html = write_chart(t, tmp_path / "t.html").read_text(encoding="utf-8")
    assert "<script src=" not in html and "Plotly.newPlot" in html and "CHN\\u2013VNM by month" in html
    assert write_chart(t, tmp_path / "t.png").read_bytes().startswith(b"\x89PNG")
    with pytest.raises(ChartError, match=r"\.txt"):
        write_chart(t, tmp_path / "t.txt")


@needs_shared
def test_dev_corpus_china_vietnam_by_quarter(tmp_path, capsys):
    db = tmp_path / "dev.db"
    assert main(["ingest", str(DEV), "--db", str(db)]) == ExitStatus.OK
    capsys.readouterr()
    assert main(["timeline", "--dyad", "CHN-VNM", "--by", "quarter", "--db", str(db), "--format", "json",
                 "--chart", str(tmp_path / "c.svg")]) == ExitStatus.OK
    record = json.loads(capsys.readouterr().out)
    met = {p["period"]: p["encounters"] for p in record["periods"]}
    assert met == {"2021-Q3": 1, "2021-Q4": 0, "2022-Q1": 0, "2022-Q2": 1}
    assert all(p["events"].get("AGREE") for p in record["periods"] if p["encounters"])
    assert (tmp_path / "c.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")


@pytest.mark.parametrize("args, status, needle", [
    (["timeline", "--dyad", "CHN"], ExitStatus.USAGE, "dyad"),
    (["timeline"], ExitStatus.USAGE, "--dyad"),
    (["timeline", "--dyad", "CHN-VNM", "--by", "week"], ExitStatus.USAGE, "week"),
    (["timeline", "--dyad", "CHN-VNM", "--db", "nowhere.db"], ExitStatus.FAILED, "no such database"),
    (["timeline", "--dyad", "CHN-VNM", "--chart", "out.txt", "--db", "nowhere.db"], ExitStatus.FAILED, ".txt"),
])
def test_bad_command_lines(args, status, needle, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(args) == status
    assert needle in capsys.readouterr().err


def test_timeline_record_round_trips_through_json(store):
    record = json.loads(json.dumps(timeline(store, "CHN-VNM", by="year").to_dict()))
    assert record["periods"][0]["net_intensity"] == 7.0 and record["dyad"] == ["CHN", "VNM"]
    assert isinstance(timeline(store, "CHN-VNM"), Timeline)


def test_an_older_database_gets_the_covering_indexes(tmp_path):
    import sqlalchemy as sa

    from communique.store.schema import MIGRATIONS, migrate

    path = tmp_path / "old.db"
    engine = sa.create_engine(f"sqlite:///{path}")
    migrate(engine, MIGRATIONS[:4])  # as made before 0005
    engine.dispose()
    with Store(path) as store:
        names = {i["name"] for table in ("events", "participants", "documents", "issues")
                 for i in sa.inspect(store.engine).get_indexes(table)}
    assert {"ix_events_dyad", "ix_participants_country_doc_id", "ix_documents_doc_id_date"} <= names
    assert not {"ix_events_actor_target", "ix_participants_country"} & names


def test_every_plover_type_has_its_own_colour_in_its_family():
    from communique.analysis.charts import TYPE_COLOURS
    from communique.model import PLOVER_TYPES

    assert set(TYPE_COLOURS) == set(PLOVER_TYPES) and len(set(TYPE_COLOURS.values())) == len(PLOVER_TYPES)

    def red_share(hex_colour):
        r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
        return r / max(1, r + g + b)

    cooperative = [TYPE_COLOURS[t] for t in ("CONSULT", "AGREE", "SUPPORT", "COOPERATE", "AID")]
    conflictual = [TYPE_COLOURS[t] for t in ("ACCUSE", "REJECT", "THREATEN", "SANCTION", "COERCE")]
    assert max(map(red_share, cooperative)) < min(map(red_share, conflictual))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 40), st.floats(-200, 200, allow_nan=False)), min_size=1, max_size=12))
def test_the_two_axes_share_their_zero_line(rows):
    from communique.analysis.charts import axis_ranges
    from communique.analysis.timeline import PeriodSummary, Timeline

    periods = [PeriodSummary(str(2000 + i), 1, {"AGREE": n} if n else {}, {"CHN": net}) for i, (n, net) in enumerate(rows)]
    t = Timeline(("CHN", "VNM"), "year", None, periods)
    (e_low, e_high), (n_low, n_high) = axis_ranges(t)
    assert e_low <= 0 < e_high and n_low <= 0 < n_high
    assert -e_low / (e_high - e_low) == pytest.approx(-n_low / (n_high - n_low), abs=1e-6)  # zero at one height
    nets = [p.net_intensity for p in t.periods]  # as the chart draws them (rounded to 3 places)
    assert e_high >= max(n for n, _ in rows) and n_low <= min(0, *nets) + 1e-6 and n_high >= max(0, *nets) - 1e-6
