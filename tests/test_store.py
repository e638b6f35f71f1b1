"""The store: idempotent re-ingest, atomic replacement, faithful round trips, filters."""
from __future__ import annotations

import sqlalchemy as sa
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from communique.errors import NotFound, StoreError
from communique.ingest.text import document_from_text
from communique.model import (
    BOTH, ENCOUNTER_TYPES, IssueMention, Location, Participant, Readout, Span, Statement,
)
from communique.store import Store, content_hash
from communique.store.schema import MIGRATIONS, schema_migrations

TEXT = ("On April 14, 2022, State Councilor and Foreign Minister Wang Yi had a phone conversation with "
        "Vietnamese Foreign Minister Bui Thanh Son.\nWang Yi said, China is ready to help with COVID-19.\n"
        "The two sides also exchanged views on the Ukraine crisis.")


def _at(text: str, words: str) -> Span:
    start = text.index(words)
    return Span(start, start + len(words))


def readout(doc_id: str = "004", text: str = TEXT, **changes) -> Readout:
    """A readout with every field filled, spans pointing at the real words."""
    sentences = text.split("\n")
    offsets = [text.index(s) for s in sentences]
    fields = dict(
        doc_id=doc_id, date="2022-04-14", published="2022-04-15", encounter="phone_call",
        location=Location("Hanoi", "VNM", Span(0, 2)),
        participants=[
            Participant("Wang Yi", "State Councilor and Foreign Minister", "CHN", _at(text, "Wang Yi"),
                        title_span=_at(text, "State Councilor and Foreign Minister"), aliases=("Wang",)),
            Participant("Bui Thanh Son", "Foreign Minister", "VNM", _at(text, "Bui Thanh Son")),
        ],
        statements=[
            Statement(Span(o, o + len(s)), s, speaker, cty, cue=Span(o, o + 7) if speaker else None)
            for o, s, (speaker, cty) in zip(offsets, sentences, [(None, None), ("Wang Yi", "CHN"), (BOTH, None)])
        ],
        issues=["covid19", "ukraine"],
        issue_mentions=[IssueMention("covid19", _at(text, "COVID-19"), "COVID-19"),
                        IssueMention("ukraine", _at(text, "Ukraine"), "Ukraine")],
        title="Wang Yi speaks with Bui Thanh Son", url="https://example.org/004", text=text,
        evidence={"date": _at(text, "April 14, 2022"), "encounter": None},
    )
    fields.update(changes)
    return Readout(**fields)


@pytest.fixture
def store():
    with Store(":memory:") as s:
        yield s


def rows(store: Store) -> dict[str, int]:
    with store.engine.connect() as conn:
        names = ["documents", "participants", "statements", "issues", "issue_mentions"]
        return {n: conn.scalar(sa.text(f"SELECT count(*) FROM {n}")) for n in names}


def test_same_content_again_is_unchanged_and_writes_no_rows(store):
    assert store.put(readout(), source="a.txt") == "added"
    before = rows(store)
    assert store.put(readout(), source="a.txt") == "unchanged"
    assert rows(store) == before == {"documents": 1, "participants": 2, "statements": 3, "issues": 2,
                                     "issue_mentions": 2}


def test_changed_text_replaces_every_old_row(store):
    store.put(readout())
    new_text = "Wang Yi met Bui Thanh Son."
    new = Readout("004", None, None, "meeting", None, [Participant("Wang Yi", None, "CHN", Span(0, 7))],
                  [], [], text=new_text)
    assert store.put(new) == "replaced"
    assert store.get("004") == new
    assert rows(store) == {"documents": 1, "participants": 1, "statements": 0, "issues": 0, "issue_mentions": 0}


def test_failed_replacement_leaves_the_old_version_whole(store):
    old = readout()
    store.put(old)
    broken = readout(text=TEXT + " More.", participants=[Participant(None, None, None, Span(0, 1))])
    with pytest.raises(StoreError) as info:
        store.put(broken)
    assert "cannot store 004" in str(info.value) and "\n" not in str(info.value)
    assert store.get("004") == old
    assert rows(store)["participants"] == 2


def test_failed_document_keeps_the_ones_stored_before(store):
    store.put(readout("a"))
    with pytest.raises(StoreError):
        store.put(readout("b", participants=[Participant(None, None, None, Span(0, 1))]))
    assert store.count() == 1 and [d.doc_id for d in store.list()] == ["a"]


def test_force_rewrites_an_unchanged_document(store):
    store.put(readout())
    better = readout(encounter="video_call")
    assert store.put(better) == "unchanged"
    assert store.put(better, force=True) == "replaced"
    assert store.get("004").encounter == "video_call"


def test_round_trip_of_a_full_readout(store):
    r = readout(from_markup=True)
    store.put(r)
    assert store.get("004").to_dict() == r.to_dict()
    assert store.get("004") == r


def test_contract_keys_without_a_table_are_kept_and_handed_back(store, monkeypatch):
    """A key the tables do not know (a future `events`) lives in extra_json and reaches from_dict."""
    events = [{"type": "AGREE", "actor": "CHN", "target": "VNM", "issues": [], "span": [0, 2], "text": "On"}]
    to_dict, from_dict = Readout.to_dict, Readout.from_dict
    monkeypatch.setattr(Readout, "to_dict", lambda self, **kw: {**to_dict(self, **kw), "events": events})
    seen = []
    monkeypatch.setattr(Readout, "from_dict", classmethod(lambda cls, data, **kw: seen.append(data) or
                                                          from_dict.__func__(cls, data, **kw)))
    store.put(readout())
    store.get("004")
    assert seen[0]["events"] == events and seen[0]["evidence"] == {"date": [3, 17], "encounter": None}


_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=60)
_opt = st.none() | _text
_code = st.none() | st.sampled_from(["CHN", "VNM", "USA", "UN", "ARAB_LEAGUE"])
_span = st.tuples(st.integers(0, 300), st.integers(0, 300)).map(lambda t: Span(min(t), max(t)))
_readouts = st.builds(
    Readout,
    doc_id=st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=30),
    date=st.none() | st.dates().map(lambda d: d.isoformat()),
    published=st.none() | st.dates().map(lambda d: d.isoformat()),
    encounter=st.sampled_from(ENCOUNTER_TYPES),
    location=st.none() | st.builds(Location, _text, _code, _span),
    participants=st.lists(st.builds(Participant, _text, _opt, _code, _span, st.none() | _span,
                                    st.lists(_text, max_size=3).map(tuple)), max_size=4),
    statements=st.lists(st.builds(Statement, _span, _text, st.none() | st.just(BOTH) | _text, _code,
                                  st.none() | _span), max_size=5),
    issues=st.lists(st.sampled_from(["covid19", "ukraine", "trade", "climate"]), unique=True),
    issue_mentions=st.lists(st.builds(IssueMention, st.sampled_from(["covid19", "trade"]), _span, _text), max_size=3),
    title=_opt, url=_opt, text=_text, from_markup=st.booleans(),
    evidence=st.dictionaries(st.sampled_from(["date", "encounter"]), st.none() | _span),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_readouts)
def test_any_readout_comes_back_equal(store, r):
    store.put(r, force=True)  # force: two examples may share doc_id and text but differ elsewhere
    assert store.get(r.doc_id).to_dict() == r.to_dict()


def test_get_unknown_id_is_not_found(store):
    with pytest.raises(NotFound) as info:
        store.get("nope")
    assert "'nope'" in str(info.value) and "[C301]" in str(info.value)


def test_read_only_open_of_a_missing_file_is_not_found(tmp_path):
    with pytest.raises(NotFound):
        Store(tmp_path / "typo.db", create=False)
    assert not (tmp_path / "typo.db").exists()


@pytest.mark.parametrize("url", ["postgresql+nosuchdriver://u@h/db", "sqlite:////no/such/dir/c.db"])
def test_an_unusable_url_is_a_one_line_store_error(url):
    with pytest.raises(StoreError) as info:
        Store(url)
    assert str(info.value).startswith(url) and "\n" not in str(info.value)


def test_a_file_that_is_no_database_is_a_one_line_store_error(tmp_path):
    bad = tmp_path / "notes.db"
    bad.write_text("this is not a database, just notes " * 100)
    with pytest.raises(StoreError) as info:
        Store(bad)
    assert str(info.value).startswith(f"{bad}: cannot open database") and "\n" not in str(info.value)


def test_file_store_persists_and_migrates_once(tmp_path):
    path = tmp_path / "c.db"
    with Store(path) as s:
        s.put(readout())
    with Store(path) as s:
        assert s.get("004") == readout()
        with s.engine.connect() as conn:
            applied = conn.scalars(sa.select(schema_migrations.c.name)).all()
    assert sorted(applied) == [name for name, _ in MIGRATIONS]  # each once, none twice


@pytest.fixture
def filled(store):
    store.put(readout("a", date="2021-02-10", encounter="phone_call", issues=["covid19"]))
    store.put(readout("b", date="2022-04-14", encounter="meeting", issues=["ukraine", "trade"],
                      participants=[Participant("Joe Biden", "President", "USA", Span(0, 3))]))
    store.put(readout("c", date=None, encounter="meeting", issues=[], participants=[
        Participant("Nobody", None, None, Span(0, 3))]))
    return store


@pytest.mark.parametrize(("filters", "expected"), [
    ({}, ["a", "b", "c"]),  # dated first, by date; undated last
    ({"since": "2022-01-01"}, ["b"]),
    ({"until": "2022-04-14"}, ["a", "b"]),
    ({"since": "2021-02-10", "until": "2021-02-10"}, ["a"]),
    ({"country": "USA"}, ["b"]),
    ({"country": "VNM"}, ["a"]),
    ({"encounter": "meeting"}, ["b", "c"]),
    ({"issue": "trade"}, ["b"]),
    ({"encounter": "meeting", "issue": "covid19"}, []),
    ({"limit": 2}, ["a", "b"]),
])
def test_list_filters(filled, filters, expected):
    assert [d.doc_id for d in filled.list(**filters)] == expected


def test_list_summaries_name_participants_with_their_country(filled):
    a, b, c = filled.list()
    assert a.participants == ["Wang Yi (CHN)", "Bui Thanh Son (VNM)"]
    assert (b.participants, b.issues, b.encounter) == (["Joe Biden (USA)"], ["ukraine", "trade"], "meeting")
    assert c.participants == ["Nobody"] and c.date is None
    assert a.to_dict()["title"] == "Wang Yi speaks with Bui Thanh Son"


def test_summary_counts(filled):
    s = filled.summary()
    assert (s.documents, s.first_date, s.last_date) == (3, "2021-02-10", "2022-04-14")
    assert s.encounters == [("meeting", 2), ("phone_call", 1)]
    assert dict(s.countries) == {"CHN": 1, "VNM": 1, "USA": 1}
    assert dict(s.issues) == {"covid19": 1, "ukraine": 1, "trade": 1}


def test_ingest_skips_extraction_of_unchanged_documents(store, monkeypatch):
    import communique.pipeline as pipeline

    calls = []
    real = pipeline.extract_document
    monkeypatch.setattr(pipeline, "extract_document", lambda doc: calls.append(doc.doc_id) or real(doc))
    docs = [document_from_text(TEXT, doc_id="x", source="x.txt"), document_from_text("Other text.", doc_id="y")]
    assert list(store.ingest(docs)) == [("x", "added"), ("y", "added")]
    assert list(store.ingest(docs)) == [("x", "unchanged"), ("y", "unchanged")]
    assert calls == ["x", "y"]
    assert store.stored_hash("x") == content_hash(TEXT, "x")


def test_ingest_reports_a_failing_document_and_goes_on(store, monkeypatch):
    import communique.pipeline as pipeline
    from communique.errors import ExtractionError

    real = pipeline.extract_document

    def flaky(doc):
        if doc.doc_id == "bad":
            raise ExtractionError("stage segment failed: boom", source=doc.doc_id)
        return real(doc)

    monkeypatch.setattr(pipeline, "extract_document", flaky)
    errors = []
    docs = [document_from_text(t, doc_id=i) for i, t in [("ok1", "One text."), ("bad", "Two."), ("ok2", "Three.")]]
    assert [d for d, _ in store.ingest(docs, on_error=errors.append)] == ["ok1", "ok2"]
    assert [str(e) for e in errors] == ["bad: stage segment failed: boom [C200]"]
    assert store.count() == 2
