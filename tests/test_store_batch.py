"""Batched writes (store/writing.py): `put_many` and `ingest` keep `put`'s guarantees per document."""
from __future__ import annotations

import pytest

import communique.pipeline as pipeline
from communique.errors import ExtractionError, StoreError
from communique.ingest.text import document_from_text
from communique.model import Participant, Readout, Span
from communique.store import Store, ToStore, content_hash

from test_store import TEXT, readout, rows


@pytest.fixture
def store():
    with Store(":memory:") as s:
        yield s


def bad(doc_id: str) -> Readout:
    """A readout the database refuses (a participant without a name: NOT NULL), with a text of its own."""
    return readout(doc_id, text=TEXT + " Broken.", participants=[Participant(None, None, None, Span(0, 1))])


def test_outcomes_come_per_document_in_input_order(store):
    store.put(readout("same"))
    store.put(readout("edited"))
    items = [readout("new"), readout("same"), readout("edited", text=TEXT + " More."), readout("new"), readout("x")]
    assert list(store.put_many(items, batch_size=2)) == [
        ("new", "added"), ("same", "unchanged"), ("edited", "replaced"), ("new", "duplicate"), ("x", "added")]
    assert store.get("edited").text == TEXT + " More."


def test_a_batch_writes_the_same_rows_as_one_put_each(store):
    items = [readout(f"d{i}") for i in range(5)]
    list(store.put_many(items))
    with Store(":memory:") as single:
        for item in items:
            single.put(item)
        assert rows(store) == rows(single)
    assert [store.get(f"d{i}") for i in range(5)] == items


def test_a_failing_document_goes_to_on_error_and_its_batch_is_kept(store):
    errors = []
    items = [readout("a"), bad("b"), readout("c"), readout("d")]
    assert list(store.put_many(items, on_error=errors.append, batch_size=3)) == [
        ("a", "added"), ("c", "added"), ("d", "added")]
    assert len(errors) == 1 and isinstance(errors[0], StoreError)
    assert "cannot store b" in str(errors[0]) and "\n" not in str(errors[0])
    assert [d.doc_id for d in store.list()] == ["a", "c", "d"]


def test_without_on_error_the_failure_raises_after_the_documents_before_it(store):
    results = store.put_many([readout("a"), bad("b"), readout("c")])
    assert next(results) == ("a", "added")
    with pytest.raises(StoreError, match="cannot store b"):
        next(results)
    assert [d.doc_id for d in store.list()] == ["a"]


def test_a_failed_replacement_in_a_batch_keeps_the_old_version(store):
    old = readout("a")
    store.put(old)
    errors = []
    list(store.put_many([bad("a"), readout("b")], on_error=errors.append))
    assert store.get("a") == old and store.count() == 2 and len(errors) == 1


def test_source_and_hash_are_kept_and_ingest_then_sees_the_readout_unchanged(store):
    r = readout("x", text=TEXT)
    assert list(store.put_many([ToStore(r, source="x.txt")])) == [("x", "added")]
    assert store.stored_hash("x") == content_hash(TEXT, "x")
    assert list(store.ingest([document_from_text(TEXT, doc_id="x")])) == [("x", "unchanged")]
    assert list(store.put_many([ToStore(r, content_hash="other")])) == [("x", "replaced")]
    assert list(store.put_many([r], force=True)) == [("x", "replaced")]


def test_lone_surrogates_are_a_one_line_error_naming_the_field(store):
    """Bytes decoded with surrogateescape cannot be UTF-8: the error says where, not a traceback."""
    text = "Wang Yi said \udc92 hello."
    r = Readout("s", None, None, "meeting", None, [Participant("Wang Yi", None, "CHN", Span(0, 7))], [], [],
                text=text)
    with pytest.raises(StoreError) as info:
        store.put(r)
    assert str(info.value) == (":memory:: cannot store s: lone surrogate U+DC92 in documents.text at offset 13 is not "
                               "Unicode text; decode the input with errors='replace' [C303]")
    errors = []
    assert list(store.put_many([r, readout("ok")], on_error=errors.append)) == [("ok", "added")]
    assert "documents.text at offset 13" in str(errors[0])


def test_a_query_with_a_lone_surrogate_is_a_store_error(store):
    with pytest.raises(StoreError, match="lone surrogate"):
        store.get("\udc92")


# -- ingest: batches of extracted documents --------------------------------------------------------

def docs(*ids: str) -> list:
    return [document_from_text(f"Text of {i}.", doc_id=i) for i in ids]


def test_ingest_yields_in_input_order_across_batches(store):
    stream = docs("a", "b", "c", "a", "d", "e")
    assert list(store.ingest(stream, batch_size=2)) == [
        ("a", "added"), ("b", "added"), ("c", "added"), ("a", "duplicate"), ("d", "added"), ("e", "added")]
    assert list(store.ingest(stream, batch_size=4)) == [
        ("a", "unchanged"), ("b", "unchanged"), ("c", "unchanged"), ("a", "duplicate"), ("d", "unchanged"),
        ("e", "unchanged")]


@pytest.fixture
def flaky(monkeypatch):
    real = pipeline.extract_document

    def extract(doc):
        if doc.doc_id.startswith("bad"):
            raise ExtractionError("stage segment failed: boom", source=doc.doc_id)
        return real(doc)

    monkeypatch.setattr(pipeline, "extract_document", extract)


def test_ingest_keeps_the_rest_of_a_batch_when_one_fails_to_extract(store, flaky):
    errors = []
    assert list(store.ingest(docs("a", "bad1", "c"), on_error=errors.append, batch_size=10)) == [
        ("a", "added"), ("c", "added")]
    assert [e.source for e in errors] == ["bad1"] and store.count() == 2


def test_ingest_without_on_error_stores_the_documents_before_the_failure(store, flaky):
    results = store.ingest(docs("a", "b", "bad", "c"), batch_size=10)
    assert [next(results), next(results)] == [("a", "added"), ("b", "added")]
    with pytest.raises(ExtractionError):
        next(results)
    assert [d.doc_id for d in store.list()] == ["a", "b"]


def test_ingest_sends_a_document_the_database_refuses_to_on_error(store, monkeypatch):
    real = pipeline.extract_document
    monkeypatch.setattr(pipeline, "extract_document",
                        lambda doc: bad(doc.doc_id) if doc.doc_id == "b" else real(doc))
    errors = []
    assert list(store.ingest(docs("a", "b", "c"), on_error=errors.append)) == [("a", "added"), ("c", "added")]
    assert "cannot store b" in str(errors[0])
