"""The store: idempotent re-ingest, atomic replacement, faithful round trips, filters."""
from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime

import sqlalchemy as sa
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from communique.errors import NotFound, StoreError
from communique.ingest.text import document_from_text
from communique.model import (
    BOTH, ENCOUNTER_TYPES, PLOVER_TYPES, POLARITIES, Event, IssueMention, Location, Participant, Quantity, Readout,
    Span, Statement,
)
from communique.store import Store, content_hash
from communique.store.queries import readout_rows
from communique.store import schema
from communique.store.schema import MIGRATIONS, migrate, schema_migrations

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
        events=[
            Event("CONSULT", "CHN", "VNM", Span(offsets[0], offsets[0] + len(sentences[0])), sentences[0],
                  trigger=_at(text, "had a phone conversation"), mode="phone", intensity=1.0),
            Event("AGREE", "CHN", "VNM", _at(text, "China is ready to help with COVID-19"),
                  "China is ready to help with COVID-19", trigger=_at(text, "is ready to"),
                  object=_at(text, "help with COVID-19"), polarity="pledged", intensity=6.0, issues=["covid19"],
                  statement=1, cue="AGREE: be ready to"),
        ],
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
        names = ["documents", "participants", "statements", "issues", "issue_mentions", "events", "commitments"]
        return {n: conn.scalar(sa.text(f"SELECT count(*) FROM {n}")) for n in names}


def test_same_content_again_is_unchanged_and_writes_no_rows(store):
    assert store.put(readout(), source="a.txt") == "added"
    before = rows(store)
    assert store.put(readout(), source="a.txt") == "unchanged"
    assert rows(store) == before == {"documents": 1, "participants": 2, "statements": 3, "issues": 2,
                                     "issue_mentions": 2, "events": 2, "commitments": 1}


def test_changed_text_replaces_every_old_row(store):
    store.put(readout())
    new_text = "Wang Yi met Bui Thanh Son."
    new = Readout("004", None, None, "meeting", None, [Participant("Wang Yi", None, "CHN", Span(0, 7))],
                  [], [], text=new_text)
    assert store.put(new) == "replaced"
    assert store.get("004") == new
    assert rows(store) == {"documents": 1, "participants": 1, "statements": 0, "issues": 0, "issue_mentions": 0,
                           "events": 0, "commitments": 0}


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
    """A key the tables do not know (a future `sentiment`) lives in extra_json and reaches from_dict."""
    future = [{"actor": "CHN", "tone": 0.4, "span": [0, 2]}]
    to_dict, from_dict = Readout.to_dict, Readout.from_dict
    monkeypatch.setattr(Readout, "to_dict", lambda self, **kw: {**to_dict(self, **kw), "sentiment": future})
    seen = []
    monkeypatch.setattr(Readout, "from_dict", classmethod(lambda cls, data, **kw: seen.append(data) or
                                                          from_dict.__func__(cls, data, **kw)))
    store.put(readout())
    store.get("004")
    assert seen[0]["sentiment"] == future and seen[0]["evidence"] == {"date": [3, 17], "encounter": None}


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
    location=st.none() | st.builds(Location, _text, _code, _span, st.sampled_from(["text", "title"])),
    participants=st.lists(st.builds(Participant, _text, _opt, _code, _span, st.none() | _span,
                                    st.lists(_text, max_size=3).map(tuple)), max_size=4),
    statements=st.lists(st.builds(Statement, _span, _text, st.none() | st.just(BOTH) | _text, _code,
                                  st.none() | _span), max_size=5),
    issues=st.lists(st.sampled_from(["covid19", "ukraine", "trade", "climate"]), unique=True),
    issue_mentions=st.lists(st.builds(IssueMention, st.sampled_from(["covid19", "trade"]), _span, _text), max_size=3),
    events=st.lists(st.builds(
        Event, type=st.sampled_from(PLOVER_TYPES), actor=st.sampled_from(["CHN", "VNM", "UNSPECIFIED"]),
        target=_code, span=_span, text=_text, trigger=st.none() | _span, object=st.none() | _span, mode=_opt,
        polarity=st.sampled_from(POLARITIES), negated=st.booleans(),
        intensity=st.none() | st.floats(-10, 10, allow_nan=False), issues=st.lists(st.sampled_from(["covid19", "trade"])),
        quantities=st.lists(st.builds(Quantity, _text, _span), max_size=2), statement=st.none() | st.integers(0, 40),
        cue=_opt), max_size=4),
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


@pytest.mark.parametrize("url", [":memory:", "sqlite://"])
def test_an_in_memory_store_is_one_database_across_connections(url):
    with Store(url) as s:
        s.put(readout())
        assert s.count() == 1 and s.get("004") == readout()


def test_a_url_password_stays_out_of_messages():
    with pytest.raises(StoreError) as info:
        Store("postgresql://me:s3cret@127.0.0.1:1/nodb?connect_timeout=2")
    assert str(info.value).startswith("postgresql://me:***@127.0.0.1:1/nodb") and "s3cret" not in str(info.value)


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


# -- events and commitments: hand-built, so these tests do not depend on the coder's accuracy ------

EV_TEXT = ("On May 5, 2022, Wang Yi had a phone conversation with Bui Thanh Son.\n"
           "Wang Yi said China will provide 150 million doses of COVID-19 vaccines to Vietnam.\n"
           "Bui Thanh Son hoped China would open its market wider to Vietnamese fruit.\n"
           "The two sides opposed interference in the South China Sea by forces outside the region.")


def _event(type_: str, actor: str, target: str | None, words: str, **fields) -> Event:
    return Event(type_, actor, target, _at(EV_TEXT, words), words, **fields)


def coded(doc_id: str, date: str | None, events: list[Event]) -> Readout:
    return Readout(doc_id, date, None, "phone_call", None, [], [], [], events=events, text=EV_TEXT)


CHN_VNM = [
    _event("CONSULT", "CHN", "VNM", "Wang Yi had a phone conversation with Bui Thanh Son"),
    _event("AGREE", "CHN", "VNM", "China will provide 150 million doses of COVID-19 vaccines to Vietnam",
           trigger=_at(EV_TEXT, "will provide"), object=_at(EV_TEXT, "150 million doses of COVID-19 vaccines"),
           polarity="pledged", issues=["covid19", "development_aid"],
           quantities=[Quantity("150 million doses", _at(EV_TEXT, "150 million doses"))], statement=1),
    _event("REQUEST", "VNM", "CHN", "China would open its market wider to Vietnamese fruit", polarity="proposed",
           object=_at(EV_TEXT, "open its market wider to Vietnamese fruit"), issues=["trade_investment"], statement=2),
    _event("ACCUSE", "CHN", "UNSPECIFIED", "opposed interference in the South China Sea by forces outside the region",
           issues=["south_china_sea"], statement=3),
]


@pytest.fixture
def coded_store(store):
    store.put(coded("b", "2022-05-05", CHN_VNM))
    store.put(coded("a", "2021-02-10", [
        _event("AGREE", "CHN", "VNM", "China will provide 150 million doses of COVID-19 vaccines to Vietnam",
               polarity="pledged", issues=["covid19"]),
        _event("SUPPORT", "USA", "CHN", "Wang Yi said", issues=["trade"]),
    ]))
    store.put(coded("u", None, [_event("REQUEST", "VNM", "CHN", "hoped", polarity="proposed", issues=["trade"])]))
    return store


def test_events_round_trip_with_every_field(store):
    r = coded("b", "2022-05-05", CHN_VNM)
    store.put(r)
    back = store.get("b")
    assert back.events == CHN_VNM and back == r
    assert [c.kind for c in back.commitments] == ["pledge", "request"]
    assert back.to_dict()["commitments"] == r.to_dict()["commitments"]


def test_commitments_are_rows_sql_can_join_to_their_events(store):
    store.put(coded("b", "2022-05-05", CHN_VNM))
    with store.engine.connect() as conn:
        found = conn.execute(sa.text(
            "SELECT c.kind, c.object_text, e.type, c.quantities FROM commitments c "
            "JOIN events e ON e.doc_id = c.doc_id AND e.ordinal = c.event_ordinal ORDER BY c.ordinal")).all()
    assert [tuple(row[:3]) for row in found] == [
        ("pledge", "150 million doses of COVID-19 vaccines", "AGREE"),
        ("request", "open its market wider to Vietnamese fruit", "REQUEST")]
    assert '"150 million doses"' in found[0][3]


def test_an_events_words_are_stored_once_and_read_back_from_the_document(store):
    """The coder's evidence is the document's text at the span: the row keeps NULL, reads the words."""
    odd = Event("SUPPORT", "USA", "CHN", _at(EV_TEXT, "Wang Yi said"), "words not at the span")
    store.put(coded("b", "2022-05-05", [*CHN_VNM, odd]))
    with store.engine.connect() as conn:
        stored = conn.execute(sa.text("SELECT text FROM events WHERE doc_id = 'b' ORDER BY ordinal")).scalars().all()
    assert stored == [None] * len(CHN_VNM) + ["words not at the span"]
    assert [r.event.text for r in store.events()] == [e.text for e in [*CHN_VNM, odd]]
    assert store.get("b").events == [*CHN_VNM, odd]


@pytest.mark.parametrize(("text", "kept"), [(EV_TEXT, None), (EV_TEXT.replace("Bui", "Bui\x00", 1), "China will")])
def test_an_events_words_are_kept_where_sql_would_read_them_otherwise(store, text, kept):
    """SQLite's substr stops at a NUL, so the words of an event in such a text stay in its row."""
    r = Readout("n", None, None, "meeting", None, [], [], [], text=text,
                events=[Event("AGREE", "CHN", "VNM", _at(text, "China will"), "China will", polarity="pledged")])
    store.put(r)
    with store.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT text FROM events")).scalar() == kept
    assert store.get("n") == r and [c.commitment.text for c in store.commitments()] == ["China will"]


def test_the_commitments_view_numbers_and_words_them_as_the_model_does(store):
    """Only pledged AGREE and un-negated REQUEST are commitments; ordinals count them alone."""
    events = [
        _event("REQUEST", "VNM", "CHN", "China would open its market wider to Vietnamese fruit", negated=True),
        _event("AGREE", "CHN", "VNM", "China will provide 150 million doses", polarity="done"),
        *CHN_VNM[1:3],
        _event("AGREE", "CHN", "VNM", "opposed interference", polarity="pledged", negated=True),
    ]
    r = coded("m", "2022-05-05", events)
    store.put(r)
    assert [(c.ordinal, c.commitment) for c in store.commitments()] == list(enumerate(r.commitments))
    assert [c.event for c in r.commitments] == [2, 3]


def test_commitments_from_the_store_are_the_models_on_the_dev_corpus(dev_db):
    with Store(dev_db, create=False) as store:
        stored = {}
        for row in store.commitments():
            stored.setdefault(row.doc_id, []).append((row.ordinal, row.commitment))
        expected = {d.doc_id: list(enumerate(store.get(d.doc_id).commitments)) for d in store.list()}
    assert sum(map(len, stored.values())) > 20  # the dev readouts pledge and ask
    assert stored == {doc_id: found for doc_id, found in expected.items() if found}


def before_0007(engine: sa.Engine) -> sa.MetaData:
    """Migrate `engine` to 0006 as a database of then was, and give the tables that differ: events
    with a NOT NULL text, a commitments table, an index on statements' speakers. 0003 makes the
    events table as the code defines it now, so this puts that state back by hand."""
    migrate(engine, MIGRATIONS[:6])
    old = sa.MetaData()
    schema.documents.to_metadata(old)
    events = schema.events.to_metadata(old)
    events.c.text.nullable = False
    sa.Table(
        "commitments", old,
        sa.Column("doc_id", sa.String, sa.ForeignKey("documents.doc_id", ondelete="CASCADE"), nullable=False),
        sa.Column("ordinal", sa.Integer, nullable=False), sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("actor", sa.String(16), nullable=False), sa.Column("target", sa.String(16)),
        sa.Column("span_start", sa.Integer, nullable=False), sa.Column("span_end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False), sa.Column("object_start", sa.Integer),
        sa.Column("object_end", sa.Integer), sa.Column("object_text", sa.Text),
        sa.Column("quantities", sa.JSON, nullable=False), sa.Column("issues", sa.JSON, nullable=False),
        sa.Column("event_ordinal", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("doc_id", "ordinal"),
        sa.ForeignKeyConstraint(["doc_id", "event_ordinal"], ["events.doc_id", "events.ordinal"], ondelete="CASCADE"),
        sa.Index("ix_commitments_kind", "kind"),
    )
    with engine.begin() as conn:
        conn.execute(sa.text("DROP TABLE events"))
        events.create(conn)
        old.tables["commitments"].create(conn)
        conn.execute(sa.text("CREATE INDEX ix_statements_speaker ON statements (speaker)"))
    return old


def old_rows(r: Readout) -> dict[str, list[dict]]:
    """The rows the store wrote for `r` before 0007: every event with its words, commitments copied."""
    found = {t.name: v for t, v in readout_rows(r, source=None, content_hash=content_hash(r.text, r.doc_id),
                                                now=datetime.now(UTC)).items()}
    found["events"] = [{**row, "text": e.text} for row, e in zip(found["events"], r.events, strict=True)]
    found["commitments"] = [
        {"doc_id": r.doc_id, "ordinal": i, "kind": c.kind, "actor": c.actor, "target": c.target,
         "span_start": c.span.start, "span_end": c.span.end, "text": c.text,
         "object_start": c.object.start if c.object else None, "object_end": c.object.end if c.object else None,
         "object_text": c.object_text, "quantities": [{"text": q.text, "span": q.span.to_list()} for q in c.quantities],
         "issues": c.issues, "event_ordinal": c.event}
        for i, c in enumerate(r.commitments)]
    return found


def assert_0007_keeps_every_answer(engine: sa.Engine, url: str) -> None:
    """A store of 0006 with a coded readout in it, opened by this version: the same answers after."""
    old = before_0007(engine)
    r = coded("b", "2022-05-05", CHN_VNM)
    with engine.begin() as conn:
        for name, values in old_rows(r).items():
            if values:
                conn.execute(old.tables.get(name, schema.metadata.tables.get(name)).insert(), values)
    engine.dispose()
    with Store(url) as store:
        assert store.get("b") == r
        assert [row.event for row in store.events()] == r.events
        assert [(row.ordinal, row.commitment) for row in store.commitments()] == list(enumerate(r.commitments))
        with store.engine.connect() as conn:
            found = sa.inspect(conn)
            assert "commitments" in found.get_view_names() and "commitments" not in found.get_table_names()
            assert next(c for c in found.get_columns("events") if c["name"] == "text")["nullable"]
            assert {i["name"] for i in found.get_indexes("events")} == {"ix_events_dyad", "ix_events_type"}
            assert "ix_statements_speaker" not in {i["name"] for i in found.get_indexes("statements")}
        assert store.put(coded("c", None, CHN_VNM)) == "added" and store.get("c").commitments == r.commitments


def test_a_database_from_0006_keeps_every_answer_after_0007(tmp_path):
    path = tmp_path / "0006.db"
    assert_0007_keeps_every_answer(sa.create_engine(f"sqlite:///{path}"), str(path))


def _keys(found) -> list[tuple[str, str]]:
    return [(r.doc_id, r.event.type if hasattr(r, "event") else r.commitment.kind) for r in found]


@pytest.mark.parametrize(("filters", "expected"), [
    ({}, [("a", "AGREE"), ("a", "SUPPORT"), ("b", "CONSULT"), ("b", "AGREE"), ("b", "REQUEST"), ("b", "ACCUSE"),
          ("u", "REQUEST")]),  # by date, undated last; in a document, in order
    ({"dyad": "CHN-VNM"}, [("a", "AGREE"), ("b", "CONSULT"), ("b", "AGREE"), ("b", "REQUEST"), ("u", "REQUEST")]),
    ({"dyad": "VNM-CHN"}, [("a", "AGREE"), ("b", "CONSULT"), ("b", "AGREE"), ("b", "REQUEST"), ("u", "REQUEST")]),
    ({"dyad": ("chn", "usa")}, [("a", "SUPPORT")]),
    ({"actor": "VNM"}, [("b", "REQUEST"), ("u", "REQUEST")]),
    ({"type": "AGREE"}, [("a", "AGREE"), ("b", "AGREE")]),
    ({"type": "AGREE", "since": "2022-01-01"}, [("b", "AGREE")]),
    ({"until": "2021-12-31"}, [("a", "AGREE"), ("a", "SUPPORT")]),
    ({"issue": "covid19"}, [("a", "AGREE"), ("b", "AGREE")]),
    ({"issue": "trade"}, [("a", "SUPPORT"), ("u", "REQUEST")]),  # not trade_investment
    ({"issue": "south_china_sea"}, [("b", "ACCUSE")]),
    ({"issue": "south_china_se"}, []),
    ({"issue": "south%china_sea"}, []),  # LIKE wildcards in an id are literal characters
    ({"dyad": "CHN-VNM", "limit": 2}, [("a", "AGREE"), ("b", "CONSULT")]),
])
def test_event_filters(coded_store, filters, expected):
    assert _keys(coded_store.events(**filters)) == expected


def test_event_rows_carry_evidence_date_and_json(coded_store):
    row = coded_store.events(dyad="CHN-VNM", type="AGREE", since="2022-01-01")[0]
    assert (row.doc_id, row.date, row.ordinal) == ("b", "2022-05-05", 1)
    assert row.event == CHN_VNM[1] and row.event.span.of(EV_TEXT) == row.event.text
    d = row.to_dict()
    assert d["doc_id"] == "b" and d["date"] == "2022-05-05" and d["quantities"][0]["text"] == "150 million doses"


@pytest.mark.parametrize(("filters", "expected"), [
    ({}, [("a", "pledge"), ("b", "pledge"), ("b", "request"), ("u", "request")]),
    ({"kind": "request"}, [("b", "request"), ("u", "request")]),
    ({"dyad": "VNM-CHN", "kind": "pledge"}, [("a", "pledge"), ("b", "pledge")]),
    ({"dyad": "USA-CHN"}, []),
    ({"issue": "development_aid"}, [("b", "pledge")]),
    ({"since": "2022-01-01", "until": "2022-12-31"}, [("b", "pledge"), ("b", "request")]),
])
def test_commitment_filters(coded_store, filters, expected):
    assert _keys(coded_store.commitments(**filters)) == expected


def test_commitment_rows_point_at_their_event(coded_store):
    pledge = coded_store.commitments(dyad="CHN-VNM", since="2022-01-01")[0]
    assert pledge.commitment.event == 1 and pledge.commitment.object_text == "150 million doses of COVID-19 vaccines"
    assert pledge.to_dict()["event"] == 1 and pledge.to_dict()["date"] == "2022-05-05"


@pytest.mark.parametrize("dyad", ["CHN", "CHN-VNM-USA", "-VNM", ("CHN",)])
def test_a_malformed_dyad_is_a_value_error(store, dyad):
    with pytest.raises(ValueError, match="two codes"):
        store.events(dyad=dyad)


def test_replacing_a_document_replaces_its_events(store):
    store.put(coded("b", "2022-05-05", CHN_VNM))
    store.put(Readout("b", "2022-05-05", None, "meeting", None, [], [], [], events=CHN_VNM[:1], text=EV_TEXT + " "))
    assert _keys(store.events()) == [("b", "CONSULT")] and store.commitments() == []


def test_initial_migration_stays_frozen_at_the_v1_tables(tmp_path):
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'v1.db'}")
    migrate(engine, MIGRATIONS[:1])
    assert set(sa.inspect(engine).get_table_names()) == {
        "schema_migrations", "documents", "participants", "statements", "issues", "issue_mentions"}
    engine.dispose()


def test_a_database_from_before_events_is_migrated_and_keeps_its_documents(tmp_path):
    """A database made by 0001 + 0002 (no events tables) gets them on open, and its readouts load."""
    path = tmp_path / "old.db"
    engine = sa.create_engine(f"sqlite:///{path}")
    migrate(engine, MIGRATIONS[:2])
    old = readout(events=[])
    with engine.begin() as conn:  # as the store of that time wrote it, events kept in extra_json
        for table, values in readout_rows(old, source=None, content_hash=content_hash(old.text, old.doc_id),
                                          now=datetime.now(UTC)).items():
            if values and table.name not in ("events", "commitments"):
                conn.execute(table.insert(), values)
        conn.execute(sa.text("UPDATE documents SET extra_json = :x"),
                     {"x": json.dumps({"evidence": {"date": [3, 17], "encounter": None}, "events": [],
                                       "commitments": []})})
    assert "events" not in sa.inspect(engine).get_table_names()
    engine.dispose()
    with Store(path) as s:
        with s.engine.connect() as conn:
            applied = conn.scalars(sa.select(schema_migrations.c.name)).all()
            assert "events" in sa.inspect(conn).get_table_names()
            assert "commitments" in sa.inspect(conn).get_view_names()
        assert sorted(applied) == [name for name, _ in MIGRATIONS]  # 0003 and every later one
        assert s.get("004") == old and s.events() == []
        s.put(coded("b", "2022-05-05", CHN_VNM))
        assert _keys(s.events(dyad="VNM-CHN", issue="covid19")) == [("b", "AGREE")]


def test_ingest_stores_the_events_extraction_gives(store, monkeypatch):
    """Whatever the coder finds is stored and queryable: a stub stands in for it here."""
    import dataclasses

    import communique.pipeline as pipeline

    real = pipeline.extract_document
    monkeypatch.setattr(pipeline, "extract_document",
                        lambda doc: dataclasses.replace(real(doc), text=EV_TEXT, events=CHN_VNM, date="2022-05-05"))
    assert list(store.ingest([document_from_text(EV_TEXT, doc_id="e")])) == [("e", "added")]
    assert store.get("e").events == CHN_VNM
    assert _keys(store.commitments(dyad="VNM-CHN")) == [("e", "pledge"), ("e", "request")]


@pytest.mark.parametrize("tables", [
    ["CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"],
    # another program's `documents`: our 0001 would fail half-way on it
    ["CREATE TABLE documents (id INTEGER PRIMARY KEY, path TEXT)", "CREATE TABLE tags (name TEXT)"],
])
def test_another_programs_database_is_refused_and_left_as_it_was(tmp_path, tables):
    path = tmp_path / "theirs.db"
    with sqlite3.connect(path) as conn:
        for sql in tables:
            conn.execute(sql)
    before = path.read_bytes()
    with pytest.raises(StoreError, match=r"not a communique database .*no schema_migrations.*\[C300\]") as info:
        Store(path)
    assert "\n" not in str(info.value)
    assert path.read_bytes() == before


def test_another_programs_schema_migrations_is_not_ours(tmp_path):
    path = tmp_path / "rails.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE schema_migrations (version TEXT PRIMARY KEY)")  # Rails' shape
    with pytest.raises(StoreError, match="its schema_migrations is another program's"):
        Store(path)


def test_a_database_from_a_newer_communique_is_refused(tmp_path):
    path = tmp_path / "newer.db"
    Store(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO schema_migrations VALUES ('9999_from_the_future', '2030-01-01 00:00:00')")
    with pytest.raises(StoreError, match="newer communique .*9999_from_the_future.*upgrade"):
        Store(path)


def test_an_empty_file_and_an_older_schema_are_ours(tmp_path):
    (tmp_path / "empty.db").touch()
    Store(tmp_path / "empty.db").close()  # sqlite3 makes an empty file a database
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'old.db'}")
    migrate(engine, MIGRATIONS[:3])
    engine.dispose()
    with Store(tmp_path / "old.db") as s:
        assert s.count() == 0


def _documents_without(tmp_path, column: str, migrations: int):
    """A store's file as the first `migrations` made it, before the one that adds `column` to `documents` (0001
    makes today's table, so the column is dropped)."""
    path = tmp_path / f"{migrations:04}.db"
    engine = sa.create_engine(f"sqlite:///{path}")
    migrate(engine, MIGRATIONS[:migrations])
    with engine.begin() as conn:
        conn.execute(sa.text(f"ALTER TABLE documents DROP COLUMN {column}"))
    engine.dispose()
    return path


def _has_column(store, column: str) -> bool:
    return column in {c["name"] for c in sa.inspect(store.engine).get_columns("documents")}


def test_a_store_from_before_origins_gets_the_column_and_its_readouts_stay_replaceable(tmp_path):
    """0008 adds `origin`; a readout stored before it has none, so any file may replace it, as before."""
    with Store(_documents_without(tmp_path, "origin", 7)) as s:
        assert _has_column(s, "origin")
        first = document_from_text(TEXT, doc_id="a")
        first.origin = None
        assert list(s.ingest([first])) == [("a", "added")]
        later = document_from_text(TEXT + " More.", doc_id="a")
        later.origin = "/elsewhere/a.txt"
        assert list(s.ingest([later])) == [("a", "replaced")]
        again = document_from_text(TEXT, doc_id="a")
        again.origin = "/another/a.txt"
        errors = []
        assert list(s.ingest([again], on_error=errors.append)) == []
        assert "stored already, with another text from /elsewhere/a.txt" in str(errors[0])


def test_a_store_from_before_location_sources_gets_the_column_and_reads_its_places_as_the_texts(tmp_path):
    """0009 adds `location_source`; a place stored before it was read from the text, and comes back so."""
    with Store(_documents_without(tmp_path, "location_source", 8)) as s:
        assert _has_column(s, "location_source")
        s.put(Readout("a", None, None, "meeting", Location("Hanoi", "VNM", Span(20, 25)), [], [], [], text="x" * 30))
        s.put(Readout("b", None, None, "meeting", Location("Sochi", "RUS", Span(9, 14), "title"), [], [], [],
                      title="Talks in Sochi", text="y"))
        assert s.get("a").location.source == "text" and "source" not in s.get("a").to_dict()["location"]
        assert s.get("b").location == Location("Sochi", "RUS", Span(9, 14), "title")
