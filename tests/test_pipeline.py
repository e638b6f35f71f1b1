"""Pipeline invariants, not accuracy (STYLE.md 12): whatever the text, `extract` returns a record in
the contract's shape (shared/spec/readout-format.md) whose every span points at its own words.

Checked on every dev readout, on the bulk White House corpus, on short readouts written in the
genre, and on text Hypothesis makes up: random Unicode, random bytes, and sentences built from
readout-like fragments.
"""
from __future__ import annotations

import copy
import dataclasses
import json
from datetime import date
from functools import cache

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from communique import extract
from communique.errors import DuplicateId
from communique.lexicons.actors import actors
from communique.ingest import read_bytes, read_paths
from communique.ingest.text import document_from_text
from communique.model import BOTH, ENCOUNTER_TYPES, PLOVER_TYPES, POLARITIES, Document, Readout, Span
from communique.pipeline import STAGES, _check_order, extract_document
from communique.stages.issues import issue_names
from communique.stages.when_where import venue_city

from conftest import DEV, SHARED

BULK = SHARED / "corpus" / "bulk" / "whitehouse-readouts.jsonl"

ISSUE_IDS = frozenset(issue_names())
CONTRACT_KEYS = {"doc_id", "date", "published", "encounter", "location", "participants", "statements", "events",
                 "issues"}
PARTICIPANT_KEYS = {"name", "title", "country", "span"}
STATEMENT_KEYS = {"span", "speaker", "country", "text"}
EVENT_KEYS = {"type", "actor", "target", "issues", "span", "text"}

# Short readouts in several governments' styles (none copied from the dev corpus).
GENRE = [
    "On April 14, 2022, State Councilor and Foreign Minister Wang Yi had a phone conversation with "
    "Vietnamese Foreign Minister Bui Thanh Son.\nWang Yi said, China is ready to work with Vietnam.\n"
    "The two sides also exchanged views on the South China Sea.",
    "President Joseph R. Biden, Jr. spoke today with Prime Minister Fumio Kishida of Japan. The leaders "
    "discussed the Indo-Pacific. President Biden reaffirmed the U.S. commitment to the defense of Japan.\n\n###",
    "The Prime Minister spoke to President Zelenskyy this afternoon. He said the UK would continue to "
    "support Ukraine.",
    "On 5 March 2024, Russian Foreign Minister Sergey Lavrov held talks in Moscow with Turkish Foreign "
    "Minister Hakan Fidan. The ministers discussed the situation in Syria.",
    "Senior Advisor Tom Perez met with President Luis Abinader in Santo Domingo. Senior Advisor Perez "
    "reaffirmed the commitment of the United States to the partnership.",
    "Joint Statement of the United States and India\n1. The leaders welcomed the progress. 2. They "
    "condemned terrorism in all its forms.",
]

FRAGMENTS = [
    "On April 14, 2022, ", "On 5 March 2024, ", "Yesterday, ", "date 2021-09-12 ", "Date: 12 September 2021\n",
    "State Councilor and Foreign Minister Wang Yi ", "President Xi Jinping ", "Vietnamese Foreign Minister Bui Thanh Son",
    "President Joseph R. Biden, Jr. ", "Prime Minister Fumio Kishida of Japan", "The Prime Minister ",
    "H.E. Mr. ", "Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, ", "Ferdinand Marcos, Jr. of the Philippines",
    "held talks with ", "had a phone conversation with ", "spoke today with ", "met with ", "held a video call with ",
    "sent a congratulatory message to ", " in Hanoi", " at the White House", " on the sidelines of the G20 Summit",
    ". ", ".", ", ", "; and ", "\n", "\n\n", "\r\n", "\u2028", "\u00a0", "\t",
    "He said, ", "Wang Yi said, ", "The Vietnamese side said ", "The two sides agreed ", "They discussed ",
    "Both ministers ", "The leaders welcomed ", "The Vice President underscored ", "China is ready to ",
    "the United States ", "Vietnam will continue to support ", "U.S. ", "the South China Sea", " (COC)",
    "the Code of Conduct", "COVID-19 vaccines", "the Ukraine crisis", "climate change", "Taiwan", "trade and investment",
    "“", "”", '"', "(", ")", "###", "1. ", "(a) ", "No. 4 ", "the overview of the talk is as follows:",
]
readout_like = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=3)), max_size=40).map("".join)
iso_dates = st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)).map(date.isoformat)


def within(span: Span, text: str) -> bool:
    return 0 <= span.start <= span.end <= len(text)


def check_readout(r: Readout, *, body_start: int = 0) -> None:
    """Every invariant of one readout; `body_start` is where the text after any metadata begins."""
    text = r.text
    names = [p.name for p in r.participants]
    assert len(names) == len(set(names)), "each participant once"
    for p in r.participants:
        assert within(p.span, text)
        said = p.span.of(text)
        # name_from: only the office is written; a transcript's label in capitals ("THE PRESIDENT:",
        # "SECRETARY BLINKEN:") gives the name and office in title case; the author a title names (or its office's
        # holder that day: "Address by the President of Ukraine") writes "I" ("we", "me")
        assert said.casefold() in (p.name.casefold(), p.name_from and (p.title or "").casefold()) \
            or p.name_from in ("title", "leaders.tsv") and said in ("I", "We", "we", "me") \
            or p.name_from in ("office", "leaders.tsv") and actors().code_for(said) == p.country, (said, p)
        # ("The Presidents of Ukraine and Azerbaijan held talks": each state's name is the evidence of its office)
        if p.title_span:  # the title as written may hold a country adjective the record leaves out
            assert within(p.title_span, text)
            assert set(p.title.casefold().split()) <= set(p.title_span.of(text).casefold().split()), \
                (p.title, p.title_span.of(text))
    for s in r.statements:
        assert within(s.span, text) and s.span.of(text) == s.text
        assert s.text and s.text == s.text.strip()
        assert s.span.start >= body_start, f"metadata in a statement: {s.text[:60]!r}"
        assert s.speaker in (*names, BOTH, None), s.speaker
        assert s.country is None or s.speaker not in (BOTH, None)
        assert s.cue is None or within(s.cue, text)
    for a, b in zip(r.statements, r.statements[1:]):
        assert a.span.end <= b.span.start, "statements in order, not overlapping"
    for m in r.issue_mentions:
        assert within(m.span, text) and m.span.of(text) == m.text
        assert m.issue in ISSUE_IDS
    assert set(r.issues) <= ISSUE_IDS and len(r.issues) == len(set(r.issues))
    assert set(r.issues) == {m.issue for m in r.issue_mentions}, "every issue has its evidence"
    if r.location:
        written = text if r.location.source == "text" else r.title or ""  # a place only the headline names
        evidence = r.location.span.of(written)  # the place as written (a dateline's "SEOUL": Seoul), or a venue of it
        assert within(r.location.span, written)  # ("the Kremlin": Moscow)
        assert evidence in (r.location.name, r.location.name.upper()) or evidence.endswith(" capital") \
            or venue_city(evidence) == (r.location.name, r.location.country)  # "the Russian capital": Moscow
    for span in r.evidence.values():
        assert span is None or within(span, text)
    for e in r.events:
        assert within(e.span, text) and e.span.of(text) == e.text and e.text
        assert e.trigger is None or e.span.contains(e.trigger)
        assert e.object is None or within(e.object, text)
        assert all(within(q.span, text) and q.span.of(text) == q.text for q in e.quantities)
        assert e.type in PLOVER_TYPES and e.polarity in POLARITIES and e.actor and e.actor != e.target
        assert e.intensity is not None and -10 <= e.intensity <= 10
        assert set(e.issues) <= set(r.issues), "an event's issues are the readout's"
        assert e.statement is None or r.statements[e.statement].span.contains(e.span)
    for c in r.commitments:
        assert r.events[c.event].span == c.span and c.kind in ("pledge", "request")
    if r.date is not None:
        date.fromisoformat(r.date)
        assert r.evidence.get("date") is not None or r.date == r.published, "a date has evidence or is metadata"
    assert r.encounter in ENCOUNTER_TYPES


def check_record(r: Readout) -> None:
    """The JSON output: the contract's keys, valid JSON, and `from_dict` gives the readout back."""
    record = json.loads(json.dumps(r.to_dict(), ensure_ascii=False))
    assert CONTRACT_KEYS <= set(record)
    assert record["encounter"] in ENCOUNTER_TYPES
    assert set(record["issues"]) <= ISSUE_IDS
    assert record["location"] is None or {"name", "country"} <= set(record["location"])
    assert all(PARTICIPANT_KEYS <= set(p) for p in record["participants"])
    assert all(STATEMENT_KEYS <= set(s) for s in record["statements"])
    assert all(EVENT_KEYS <= set(e) for e in record["events"])
    assert ("text" in record) == r.from_markup  # extracted text is carried; a plain file's is not
    assert Readout.from_dict(record, text=r.text) == r


@cache
def _dev_ids() -> tuple[str, ...]:
    return tuple(d.doc_id for d in _read_dev()) if DEV.is_dir() else ()


def _read_dev() -> list[Document]:
    items = list(read_paths([DEV]))
    assert all(isinstance(d, Document) for d in items), [str(e) for e in items if not isinstance(e, Document)]
    return items


@pytest.fixture(scope="module")
def dev_readouts() -> dict[str, tuple[Readout, int]]:
    return {d.doc_id: (extract_document(d), d.body_start) for d in _read_dev()}


@pytest.mark.parametrize("doc_id", _dev_ids())
def test_dev_readout_invariants(dev_readouts, doc_id):
    readout, body_start = dev_readouts[doc_id]
    check_readout(readout, body_start=body_start)
    check_record(readout)


@pytest.mark.skipif(not BULK.is_file(), reason="../shared not beside the repo")
def test_bulk_readout_invariants():
    """1,846 White House readouts (~5 s): the genre's variety, beyond the dev set."""
    count = 0
    for item in read_paths([BULK]):
        if isinstance(item, DuplicateId):  # the scrape holds two ids twice with edited texts
            continue
        assert isinstance(item, Document), str(item)
        readout = extract_document(item)
        check_readout(readout, body_start=item.body_start)
        check_record(readout)
        count += 1
    assert count > 1000


@pytest.mark.skipif(not (DEV / "000_b7187f0f73eb9129.txt").is_file(), reason="../shared not beside the repo")
def test_leading_metadata_is_published_and_in_no_statement(dev_readouts):
    readout, body_start = dev_readouts["000_b7187f0f73eb9129"]
    assert readout.text.lstrip().startswith("date 2021-09-12 On September 11, 2021")  # as the corpus README says
    assert readout.published == "2021-09-12"
    assert readout.text[body_start:].startswith("On September 11, 2021")
    assert readout.statements[0].text.startswith("On September 11, 2021")


@pytest.mark.parametrize("text", GENRE, ids=range(len(GENRE)))
def test_genre_readout_invariants(text):
    r = extract(text, doc_id="t")
    check_readout(r)
    check_record(r)


def check_text(text: str, **kwargs) -> Readout:
    """`extract`'s two steps, so that the body's start is known too."""
    doc = document_from_text(text, doc_id="t", **kwargs)
    r = extract_document(doc)
    check_readout(r, body_start=doc.body_start)
    check_record(r)
    return r


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_unicode(text):
    check_text(text)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(readout_like)
def test_readout_like_text(text):
    check_text(text, published="2022-04-15")


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=2000), st.sampled_from(["x.txt", "x.jsonl", "x"]))
def test_any_bytes(data, name):
    for item in read_bytes(data, name=name):  # unreadable bytes come back as InputErrors, not raised
        if isinstance(item, Document):
            r = extract_document(item)
            check_readout(r, body_start=item.body_start)
            check_record(r)


@settings(max_examples=150, deadline=None)
@given(iso_dates, st.sampled_from([" ", "\n", "\r\n", " \n"]), readout_like)
def test_metadata_prefix_is_published_and_in_no_statement(day, gap, body):
    prefix = f"date {day}{gap}"
    r = check_text(prefix + body)
    assert r.published == day
    assert all(s.span.start >= len(prefix) for s in r.statements)


# -- the stages: order and what they write --------------------------------------------------------

FIELDS = {f.name for f in dataclasses.fields(Document)}


def test_stages_run_in_an_order_that_gives_each_what_it_requires():
    _check_order(STAGES)
    assert len({s.name for s in STAGES}) == len(STAGES)
    for stage in STAGES:
        assert set(stage.requires) | set(stage.assigns) <= FIELDS, stage.name
    with pytest.raises(RuntimeError, match="needs"):
        _check_order(STAGES[::-1])


KNOWN_UNDECLARED: dict[str, str] = {}


@pytest.mark.parametrize("stage", [
    pytest.param(s, id=s.name, marks=[pytest.mark.xfail(reason=KNOWN_UNDECLARED[s.name])] if s.name in KNOWN_UNDECLARED else [])
    for s in STAGES
])
def test_each_stage_writes_only_what_it_assigns(stage):
    for text in GENRE:
        doc = document_from_text(text, doc_id="t")
        for earlier in STAGES[:STAGES.index(stage)]:
            doc = earlier.func(doc)
        before = copy.deepcopy(doc)
        after = stage.func(doc)
        changed = {f for f in FIELDS if getattr(after, f) != getattr(before, f)}
        assert changed <= set(stage.assigns), (text[:50], changed - set(stage.assigns))


def test_a_prepared_process_extracts_the_same_with_its_dictionaries_out_of_gcs_scans_and_fewer_collections(monkeypatch):
    import gc

    from communique import pipeline

    text = ("President Joseph R. Biden, Jr. spoke today with Prime Minister Fumio Kishida of Japan. The leaders "
            "discussed the situation in the Indo-Pacific.")
    before = pipeline.extract(text, doc_id="t").to_dict()
    monkeypatch.setattr(pipeline, "_prepared", False)
    threshold = gc.get_threshold()
    try:
        pipeline.prepare_process()
        assert gc.get_freeze_count() > 0
        assert gc.get_threshold() == (pipeline._YOUNG_ALLOCATIONS, *threshold[1:])  # the older generations as they were
        pipeline.prepare_process()  # once is enough: a second call changes nothing
        assert pipeline.extract(text, doc_id="t").to_dict() == before
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)
