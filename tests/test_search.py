"""Full-text search: what a query finds, filters, ranking, an index that follows every replace, the
0004 back-fill, queries no user can break, and `communique search`."""
from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings, strategies as st

from communique.cli import ExitStatus, main
from communique.errors import BadQuery, StoreError
from communique.ingest import read_paths
from communique.ingest.text import document_from_text
from communique.model import BOTH, Participant, Readout, Span, Statement
from communique.store import Store, content_hash, search
from communique.store.queries import readout_rows
from communique.store.schema import MIGRATIONS, migrate
from communique.store.search_query import parse_query, to_fts5

from conftest import DEV


def said(doc_id: str, date: str | None, *statements: tuple[str | None, str | None, str]) -> Readout:
    """A readout of the given (speaker, country, sentence) statements, one a line, spans exact."""
    text = "\n".join(s for _, _, s in statements)
    found, at = [], 0
    for speaker, country, sentence in statements:
        found.append(Statement(Span(at, at + len(sentence)), sentence, speaker, country))
        at += len(sentence) + 1
    return Readout(doc_id, date, None, "meeting", None, [], found, [], text=text)


WANG, BIDEN, SON = ("Wang Yi", "CHN"), ("Joseph R. Biden, Jr.", "USA"), ("Bui Thanh Son", "VNM")
READOUTS = [
    said("mfa-1", "2021-09-11",
         (*WANG, 'Wang Yi said the so-called "Indo-Pacific Strategy" creates confrontation.'),
         (*SON, "Bui Thanh Son said Viet Nam and Indonesia value Pacific Islands cooperation."),
         (None, None, "The two sides exchanged views on the South China Sea.")),
    said("wh-1", "2022-05-23",
         (*BIDEN, "President Biden reaffirmed support for a free and open Indo-Pacific."),
         (BOTH, None, "The leaders discussed supply chains and vaccines for the Indo Pacific region.")),
    said("wh-2", "2024-09-25",
         (*BIDEN, "President Biden underscored the Indo-Pacific Economic Framework and vaccine supplies."),
         (*BIDEN, "He thanked 50% of the partners for the rapid_response fund.")),
    said("undated", None, (*WANG, "Wang Yi said the Indo-Pacific belongs to its people.")),
]


@pytest.fixture
def store():
    with Store(":memory:") as s:
        for r in READOUTS:
            s.put(r)
        yield s


def keys(hits) -> list[tuple[str, int]]:
    return [(h.doc_id, h.ordinal) for h in hits]


@pytest.mark.parametrize(("query", "expected"), [
    # a phrase of words: "Indonesia ... Pacific Islands" is no match; "Indo Pacific" spelt apart is
    ("Indo-Pacific", {("mfa-1", 0), ("wh-1", 0), ("wh-1", 1), ("wh-2", 0), ("undated", 0)}),
    ('"South China Sea"', {("mfa-1", 2)}),
    ("vaccines", {("wh-1", 1), ("wh-2", 0)}),  # porter: "vaccine supplies" too
    ("vaccin*", {("wh-1", 1), ("wh-2", 0)}),
    ("Biden Indo-Pacific", {("wh-1", 0), ("wh-2", 0)}),
    ("Indo-Pacific NOT Biden", {("mfa-1", 0), ("wh-1", 1), ("undated", 0)}),
    ("confrontation OR framework", {("mfa-1", 0), ("wh-2", 0)}),
    ("Biden NOT framework vaccines", set()),  # NOT takes the one term after it: Biden, vaccines, no framework
    ("Turkiye", set()),
])
def test_a_query_finds_the_statements_that_say_it(store, query, expected):
    assert set(keys(store.search(query, limit=None))) == expected


def test_indo_pacific_on_the_dev_corpus_is_every_statement_that_says_it():
    if not DEV.is_dir():
        pytest.skip("../shared not beside the repo")
    with Store(":memory:") as s:
        assert all(outcome == "added" for _, outcome in s.ingest(d for d in read_paths([str(DEV)])
                                                                 if not isinstance(d, Exception)))
        hits = s.search("Indo-Pacific", limit=None)
        expected = {(r.doc_id, i) for r in map(s.get, (d.doc_id for d in s.list()))
                    for i, st_ in enumerate(r.statements) if "indo-pacific" in st_.text.lower()}
        assert set(keys(hits)) == expected and len(expected) >= 15
        for h in hits:
            assert s.get(h.doc_id).text[h.span.start:h.span.end] == h.text
            assert all(h.snippet[a:b].lower() == "indo-pacific" for a, b in h.marks) and h.marks
        assert {h.country for h in s.search("Indo-Pacific", speaker_country="CHN")} == {"CHN"}


@pytest.mark.parametrize(("filters", "expected"), [
    ({"speaker_country": "CHN"}, {("mfa-1", 0), ("undated", 0)}),
    ({"speaker_country": "USA", "since": "2023-01-01"}, {("wh-2", 0)}),
    ({"since": "2022-01-01", "until": "2022-12-31"}, {("wh-1", 0), ("wh-1", 1)}),
    ({"until": "2021-12-31"}, {("mfa-1", 0)}),  # an undated document never matches a date filter
    ({"speaker": "biden"}, {("wh-1", 0), ("wh-2", 0)}),  # part of the name, any case
    ({"speaker": BOTH}, {("wh-1", 1)}),
    ({"doc_id": "undated"}, {("undated", 0)}),
    ({"speaker_country": "GBR"}, set()),
])
def test_filters(store, filters, expected):
    assert set(keys(store.search("Indo-Pacific", limit=None, **filters))) == expected


def _three_quads(store: Store) -> None:
    """One sentence on the Quad in 2020 and 2023, and the Quad last in a long list in 2025."""
    store.put(said("old", "2020-01-01", (*BIDEN, "They discussed the Quad.")))
    store.put(said("new", "2023-01-01", (*BIDEN, "They discussed the Quad.")))
    store.put(said("long", "2025-01-01", (*BIDEN, "They discussed trade, energy, health, technology, the climate, "
                                                  "education, space and, briefly, the Quad.")))


def test_best_match_first_then_newest():
    with Store(":memory:") as s:
        _three_quads(s)
        assert keys(s.search("Quad")) == [("new", 0), ("old", 0), ("long", 0)]
        assert keys(s.search("Quad", limit=1)) == [("new", 0)]


def test_a_query_matching_too_much_to_rank_comes_newest_first(monkeypatch):
    """bm25 cannot rank a word nearly every statement holds; past RANKED_AT_MOST, newest first."""
    monkeypatch.setattr(search, "RANKED_AT_MOST", 2)
    with Store(":memory:") as s:
        _three_quads(s)
        assert keys(s.search("Quad")) == [("long", 0), ("new", 0), ("old", 0)]
        assert not search.ranked(s.count_hits("Quad"))


def test_hits_carry_speaker_date_span_and_marked_snippet(store):
    [hit] = store.search('"free and open"')
    assert (hit.doc_id, hit.date, hit.speaker, hit.country, hit.ordinal) == ("wh-1", "2022-05-23", *BIDEN, 0)
    assert hit.snippet == "President Biden reaffirmed support for a [free and open] Indo-Pacific."
    assert [hit.snippet[a:b] for a, b in hit.marks] == ["free and open"]
    plain = store.search('"free and open"', markers=("", ""))[0]
    assert plain.snippet == hit.text and [plain.snippet[a:b] for a, b in plain.marks] == ["free and open"]
    assert json.loads(json.dumps(hit.to_dict()))["span"] == [hit.span.start, hit.span.end]


def test_a_long_statement_gives_its_best_part_with_ellipses():
    words = " ".join(f"word{i}" for i in range(100))
    with Store(":memory:") as s:
        s.put(said("d", "2022-01-01", (None, None, f"{words} Indo-Pacific {words}.")))
        [hit] = s.search("Indo-Pacific")
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…") and len(hit.snippet) < len(hit.text) / 3
    assert [hit.snippet[a:b] for a, b in hit.marks] == ["Indo-Pacific"]


def fts_rows(s: Store) -> int:
    with s.engine.connect() as conn:
        return conn.scalar(sa.text("SELECT count(*) FROM statements_fts"))


def test_replacing_a_readout_replaces_its_index_entries(store):
    before = fts_rows(store)
    store.put(said("wh-1", "2022-05-23", (*BIDEN, "President Biden discussed the Arctic.")))
    assert ("wh-1", 0) not in keys(store.search("Indo-Pacific", limit=None))
    assert keys(store.search("Arctic")) == [("wh-1", 0)]
    assert fts_rows(store) == before - 1  # two statements became one: no orphans left behind


def test_re_ingest_of_an_edited_text_leaves_no_stale_hit(store):
    text = "On May 2, 2022, Ann Lee met Bo Chen in Paris. Ann Lee said the Indo-Pacific must stay open."
    assert list(store.ingest([document_from_text(text, doc_id="paris")])) == [("paris", "added")]
    assert "paris" in {h.doc_id for h in store.search("Indo-Pacific", limit=None)}
    edited = document_from_text(text.replace("Indo-Pacific", "Arctic"), doc_id="paris")
    assert list(store.ingest([edited])) == [("paris", "replaced")]
    assert "paris" not in {h.doc_id for h in store.search("Indo-Pacific", limit=None)}
    assert {h.doc_id for h in store.search("Arctic")} == {"paris"}


def test_a_failed_replace_keeps_the_old_index_entries(store):
    new = said("wh-1", "2022-05-23", (*BIDEN, "President Biden discussed the Arctic."))
    nameless = [Participant(None, None, None, Span(0, 1))]  # NOT NULL: the insert fails, all rolls back
    with pytest.raises(StoreError):
        store.put(Readout("wh-1", "2022-05-23", None, "meeting", None, nameless, new.statements, [], text=new.text))
    assert ("wh-1", 0) in keys(store.search("Indo-Pacific", limit=None)) and store.search("Arctic") == []


def test_migration_0004_back_fills_a_database_made_before_search(tmp_path):
    path = tmp_path / "old.db"
    engine = sa.create_engine(f"sqlite:///{path}")
    migrate(engine, MIGRATIONS[:3])
    with engine.begin() as conn:  # as the store of that time wrote them
        for r in READOUTS:
            for table, values in readout_rows(r, source=None, content_hash=content_hash(r.text, r.doc_id),
                                              now=datetime.now(UTC)).items():
                if values:
                    conn.execute(table.insert(), values)
    assert "statements_fts" not in sa.inspect(engine).get_table_names()
    engine.dispose()
    with Store(path) as s:
        assert s.indexed and fts_rows(s) == sum(len(r.statements) for r in READOUTS)
        assert set(keys(s.search("Indo-Pacific", speaker_country="CHN"))) == {("mfa-1", 0), ("undated", 0)}
        s.put(said("wh-2", "2024-09-25", (*BIDEN, "Nothing about the region.")))  # old entries go on replace
        assert "wh-2" not in {h.doc_id for h in s.search("Indo-Pacific", limit=None)}


def test_rebuild_index_matches_what_put_maintains(store):
    before = [h.to_dict() for h in store.search("Indo-Pacific", limit=None)]
    with store.engine.begin() as conn:
        search.rebuild_index(conn)
    assert [h.to_dict() for h in store.search("Indo-Pacific", limit=None)] == before


# -- queries no user can break -----------------------------------------------------------------------

@pytest.mark.parametrize("query", [
    '"', 'Indo-Pacific"', '"Indo-Pacific', "NEAR(", "NEAR(a b)", "*", "**", "Indo*Pacific", "", "   ", "AND",
    "OR OR", "a OR", "NOT a", "a NOT", '""', '"" ""', "(", ")", "text:Biden", "^Biden", "-", "\x00",
    "'; DROP TABLE statements; --", "💥 Indo-Pacific", "Biden + -", "rank:bm25",
])
def test_hostile_queries_give_results_or_one_line_error(store, query):
    try:
        hits = store.search(query)
    except BadQuery as exc:
        assert "\n" not in str(exc) and str(exc).endswith("[C302]")
    else:
        assert all(h.text for h in hits)
    assert store.count() == len(READOUTS)


@pytest.mark.parametrize(("query", "needle"), [
    ("", "nothing to search for"), ("*", "nothing to search for"), ("- &", "nothing to search for"),
    ('"Indo-Pacific', "unclosed quote"), ("OR", "nothing to search for"), ("a OR", "OR needs a term on each side"),
    ("NOT a", "NOT needs a term"), ("a AND OR b", "needs a term on each side"),
])
def test_unusable_queries_say_why(store, query, needle):
    with pytest.raises(BadQuery, match=needle):
        store.search(query)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(st.sampled_from('"*()^:-+ aAND ORNOTxIndo-Pacific\x00é漢') | st.characters(), max_size=40))
def test_no_query_raises_anything_but_bad_query(store, query):
    try:
        store.search(query)
    except BadQuery:
        pass


def test_query_terms_are_quoted_strings_only():
    assert to_fts5(parse_query('Indo-Pacific NEAR( "a ""b"" c"* x OR y NOT z')) == \
        '("Indo-Pacific" AND "NEAR(" AND "a ""b"" c"* AND "x") OR (("y") NOT "z")'


# -- the LIKE fallback of databases without FTS5 ------------------------------------------------------

@pytest.mark.parametrize("query", ["Biden", "Biden NOT framework", "confrontation OR framework",
                                   '"South China Sea"', "vaccine*"])
def test_like_fallback_finds_what_the_index_finds(store, query):
    with store.engine.connect() as conn:
        like = search.find(conn, query, indexed=False, limit=None)
    expected = store.search(query, limit=None)
    assert set(keys(like)) == set(keys(expected))
    dates = [h.date for h in like]  # no bm25 without the index: newest first, undated last
    dated = [d for d in dates if d is not None]
    assert dates == sorted(dated, reverse=True) + [None] * (len(dates) - len(dated))
    assert all(h.marks for h in like)


def test_like_fallback_keeps_percent_and_underscore_literal(store):
    store.indexed = False  # as on PostgreSQL
    assert ("wh-1", 1) not in keys(store.search("Indo-Pacific"))  # a substring: "Indo Pacific" is no match
    assert keys(store.search("50%")) == [("wh-2", 1)] and keys(store.search("rapid_response")) == [("wh-2", 1)]
    assert store.search("5%s") == [] and store.search("rapid%response") == []
    [hit] = store.search("biden", speaker_country="USA", since="2024-01-01")
    assert [hit.snippet[a:b] for a, b in hit.marks] == ["Biden"]


def test_statement_text_holding_our_snippet_marks_still_highlights():
    with Store(":memory:") as s:
        s.put(said("d", "2022-01-01", (None, None, "The \x02Indo-Pacific\x03 region.")))
        [hit] = s.search("Indo-Pacific")
    assert hit.snippet == "The \x02[Indo-Pacific]\x03 region." and hit.snippet[hit.marks[0][0]] == "I"


# -- communique search ------------------------------------------------------------------------------

def run(capsys, *args):
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "s.db"
    with Store(path) as s:
        for r in READOUTS:
            s.put(r)
    return path


def test_cli_table_shows_date_document_speaker_and_marked_words(capsys, db):
    code, out, err = run(capsys, "search", "Indo-Pacific", "--db", db, "--since", "2022-01-01")
    assert code == ExitStatus.OK and err == ""
    assert "2024-09-25" in out and "wh-2" in out and "Joseph R. Biden, Jr. (USA)" in out and "both sides" in out
    assert "[Indo-Pacific] Economic Framework" in out and "mfa-1" not in out


def test_cli_jsonl_with_speaker_country(capsys, db):
    code, out, _ = run(capsys, "search", "Indo-Pacific", "--db", db, "--speaker-country", "chn", "-f", "jsonl")
    hits = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and {(h["doc_id"], h["country"]) for h in hits} == {("mfa-1", "CHN"), ("undated", "CHN")}
    assert set(hits[0]) == {"doc_id", "title", "date", "speaker", "country", "ordinal", "span", "text", "snippet", "marks"}
    code, out, _ = run(capsys, "search", "vaccines", "--db", db, "--speaker", "BIDEN", "--limit", "1", "-f", "jsonl")
    assert code == 0 and [json.loads(line)["doc_id"] for line in out.splitlines()] == ["wh-2"]


def test_cli_no_match_says_so(capsys, db):
    code, out, _ = run(capsys, "search", "Arctic", "--db", db)
    assert code == 0 and "no statements match" in out


def test_cli_prints_readout_text_literally(capsys, tmp_path):
    """Readout text is data: "[red]" or "[/b]" in a statement must print as written."""
    path = tmp_path / "m.db"
    with Store(path) as s:
        s.put(said("m", "2022-01-02", ("[red]Ann[/red]", "GBR", "[/b] Ann said [red]Indo-Pacific[/red] hi.")))
    code, out, _ = run(capsys, "search", "Indo-Pacific", "--db", path)
    assert code == 0 and "[/b] Ann said [red][Indo-Pacific][/red] hi." in out and "[red]Ann[/red] (GBR)" in out


@pytest.mark.parametrize(("query", "needle"), [('"Indo-Pacific', "unclosed quote"), ("*", "nothing to search for"),
                                               ("a OR", "OR needs a term")])
def test_cli_bad_query_is_a_usage_error(capsys, db, query, needle):
    code, out, err = run(capsys, "search", query, "--db", db)
    assert code == ExitStatus.USAGE and out == "" and "Traceback" not in err
    assert needle in err and "[C302]" in err


@pytest.mark.parametrize(("args", "needle"), [(["--since", "2022-13-01"], "not an ISO date"),
                                              (["--speaker-country", "not a code"], "not a country"),
                                              (["--limit", "0"], "--limit")])
def test_cli_option_values_are_checked(capsys, tmp_path, args, needle):
    code, _, err = run(capsys, "search", "x", "--db", tmp_path / "none.db", *args)
    assert code == ExitStatus.USAGE and needle in err and "Traceback" not in err


def test_cli_missing_database_says_so(capsys, tmp_path):
    code, out, err = run(capsys, "search", "Indo-Pacific", "--db", tmp_path / "typo.db")
    lines = err.strip().splitlines()
    assert code == ExitStatus.FAILED and out == "" and len(lines) == 1
    assert lines[0].startswith("communique: ") and "typo.db" in lines[0] and "[C301]" in lines[0]
    assert not (tmp_path / "typo.db").exists()
