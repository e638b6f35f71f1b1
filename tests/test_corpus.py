"""`communique.Corpus`, the notebook API: every method on a store of the dev corpus, and `to_pandas`.

The library functions behind it have their own tests; these check that the layer passes its
arguments through and that its results are what a notebook user reads.
"""
from __future__ import annotations

import pytest

import communique
from communique import Corpus, extract
from communique.errors import NotFound

CN_VN_2021, CN_VN_2022 = "000_b7187f0f73eb9129", "004_4ed7dbded0f9f16b"


@pytest.fixture(scope="module")
def corpus(dev_db):
    with Corpus(dev_db) as opened:  # read only
        yield opened


def test_corpus_is_exported_lazily():
    assert "Corpus" in communique.__all__ and communique.Corpus is Corpus


def test_readouts_filter_and_frame(corpus):
    rows = corpus.readouts(country="VNM")
    assert {r.doc_id for r in rows} >= {CN_VN_2021, CN_VN_2022}
    frame = corpus.readouts().to_pandas()
    assert len(frame) == 19 and {"doc_id", "date", "encounter", "participants", "issues"} <= set(frame.columns)


def test_events_of_a_dyad_in_both_directions(corpus):
    rows = corpus.events(dyad="VNM-CHN")
    assert {(r.event.actor, r.event.target) for r in rows} == {("CHN", "VNM"), ("VNM", "CHN")}
    frame = rows.to_pandas()
    assert len(frame) == len(rows) and set(frame["type"]) >= {"CONSULT", "AGREE", "REQUEST", "SUPPORT"}
    assert (frame["date"] >= "2021-09-01").all()


def test_commitments_hold_chinas_pledge_to_asean(corpus):
    pledges = corpus.commitments(actor="CHN", kind="pledge")
    assert any(r.commitment.target == "ASEAN" and "150 million doses" in [q.text for q in r.commitment.quantities]
               for r in pledges)


def test_timeline_of_china_vietnam(corpus):
    periods = corpus.timeline("CHN-VNM", by="year").periods
    assert [(p.period, p.encounters) for p in periods] == [("2021", 1), ("2022", 1)]


def test_diff_of_the_two_china_vietnam_readouts(corpus):
    d = corpus.diff(CN_VN_2021, CN_VN_2022)
    added = {i.issue for i in d.issues_added}
    assert "ukraine" in added
    assert any("Indo-Pacific" in s.evidence.text for s in d.statements_added)


def test_search_finds_the_indo_pacific(corpus):
    hits = corpus.search("Indo-Pacific Strategy")
    assert hits and all("Indo-Pacific" in h.text for h in hits)
    assert {"doc_id", "snippet", "speaker"} <= set(hits.to_pandas().columns)


def test_encounters_link_two_sides_of_one_call(tmp_path):
    lead = "On 3 May 2024, Foreign Minister Wang Yi held a phone call with Foreign Minister Penny Wong of Australia."
    china = extract(lead + "\nWang Yi said, China is ready to deepen cooperation on trade.", doc_id="cn")
    australia = extract(lead.replace("3 May", "4 May") + "\nPenny Wong raised concerns about consular cases.",
                        doc_id="au")
    with Corpus(tmp_path / "two.db", create=True) as corpus:
        assert corpus.add(china) == "added" and corpus.add(australia) == "added"
        linked = corpus.encounters(dyad="AUS-CHN")
        assert [set(e.doc_ids) for e in linked] == [{"cn", "au"}]
        assert corpus.side_by_side("cn").to_dict()


def test_a_missing_readout_is_not_found(corpus):
    with pytest.raises(NotFound):
        corpus.readout("no-such-document")


def test_opening_a_missing_database_is_an_error_not_a_new_file(tmp_path):
    with pytest.raises(NotFound):
        Corpus(tmp_path / "nowhere.db")
    assert not (tmp_path / "nowhere.db").exists()
