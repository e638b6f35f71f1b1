"""Pipeline invariants on any input: never raises, every span points at its own words."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from communique import extract
from communique.model import ENCOUNTER_TYPES, Readout
from communique.pipeline import STAGES

FRAGMENTS = [
    "On April 14, 2022, ", "President Xi Jinping ", "held talks with ", "Vietnamese Foreign Minister Bui Thanh Son",
    " in Hanoi. ", "He said, ", "The two sides agreed ", "China is ready to ", "\n", "date 2021-09-12 ",
    "South China Sea", " (COC). ", "The Vice President ", "spoke today with ", "###", "Mr. ", ", Jr. of the Philippines",
]


def _check_spans(r: Readout) -> None:
    text = r.text
    for s in r.statements:
        assert text[s.span.start:s.span.end] == s.text
    for a, b in zip(r.statements, r.statements[1:]):
        assert a.span.end <= b.span.start
    for p in r.participants:
        said = text[p.span.start:p.span.end]
        assert said == p.name or (p.name_from and said == p.title)
    for m in r.issue_mentions:
        assert text[m.span.start:m.span.end] == m.text
    if r.location:
        assert text[r.location.span.start:r.location.span.end] == r.location.name
    assert r.encounter in ENCOUNTER_TYPES


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_any_unicode_extracts_with_valid_spans(text):
    _check_spans(extract(text, doc_id="t"))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=30).map("".join))
def test_readout_like_text_extracts_with_valid_spans(text):
    r = extract(text, doc_id="t", published="2022-04-15")
    _check_spans(r)
    record = r.to_dict(include_text=True)
    assert Readout.from_dict(record).to_dict(include_text=True) == record


def test_metadata_never_enters_a_statement():
    r = extract("date 2021-09-12 On September 11, 2021, Wang Yi held talks with Bui Thanh Son.", doc_id="t")
    assert r.published == "2021-09-12"
    assert r.statements[0].text.startswith("On September 11")


def test_stages_are_ordered_by_what_they_need():
    have = {"text"}
    for stage in STAGES:
        assert set(stage.requires) <= have, stage.name
        have |= set(stage.assigns)
