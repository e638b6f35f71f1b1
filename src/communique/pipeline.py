"""The ordered stages that turn a `Document` into a `Readout`.

Each stage is a pure function `stage(doc) -> doc` registered with what it reads and writes, so the
order is checked once at import time and `communique pipeline` can print it (spaCy's pipe analysis).
A stage that fails raises `ExtractionError` naming itself; `extract_many` skips that document and
goes on (spaCy's per-component error handler).
"""
from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from communique.errors import CommuniqueError, ExtractionError
from communique.model import Document, Readout
from communique.settings import DEFAULT, Settings
from communique.stages import attribution, encounter, events, issues, participants, segment, turns, when_where


@dataclass(frozen=True, slots=True)
class Stage:
    name: str
    func: Callable[[Document], Document]
    requires: tuple[str, ...]
    assigns: tuple[str, ...]


STAGES: tuple[Stage, ...] = (
    Stage("segment", segment.segment, ("text",), ("sentences",)),
    Stage("turns", turns.mark_turns, ("sentences",), ("sentences",)),  # marks each sentence's `turn`
    Stage("encounter", encounter.find_encounter, ("sentences",), ("lead", "encounter", "own_words")),
    Stage("participants", participants.find_participants, ("lead", "sentences", "encounter", "own_words"),
          ("participants", "encounter")),
    Stage("when_where", when_where.date_and_place, ("lead", "participants"), ("date", "location")),
    Stage("attribution", attribution.attribute, ("sentences", "participants"), ("statements", "participants")),
    Stage("issues", issues.find_issues, ("sentences", "participants"), ("issue_mentions",)),
    Stage("events", events.code_events, ("statements", "participants", "encounter", "issue_mentions"), ("events",)),
)


def _check_order(stages: Iterable[Stage]) -> None:
    have = {"text"}
    for stage in stages:
        missing = set(stage.requires) - have
        if missing:
            raise RuntimeError(f"stage {stage.name} needs {sorted(missing)} before it")
        have.update(stage.assigns)


_check_order(STAGES)


def run(doc: Document) -> Document:
    for stage in STAGES:
        try:
            doc = stage.func(doc)
        except CommuniqueError:
            raise
        except Exception as exc:  # a bug in one stage must not sink a batch
            raise ExtractionError(f"stage {stage.name} failed: {type(exc).__name__}: {exc}", source=doc.doc_id) from exc
    return doc


def extract_document(doc: Document) -> Readout:
    return run(doc).to_readout()


_SAMPLE = ("BEIJING, May 3, 2024 -- President Xi Jinping held talks with Prime Minister Pham Minh Chinh of Viet Nam in "
           "Beijing on Friday. Xi said China is ready to deepen trade and security cooperation. For his part, Chinh "
           "thanked China for its support and called for peace in the South China Sea. The two sides signed agreements.")
_prepared = False


_YOUNG_ALLOCATIONS = 100_000  # collect the youngest generation after this many (CPython's default: 700)


def prepare_process() -> None:
    """Load every dictionary the stages read, then leave what is loaded out of the cyclic collector's scans.

    For a process that extracts many documents (the CLI, a pool or Dask worker, `bench/extract.py`): the
    dictionaries are hundreds of thousands of objects that live as long as the process, and every full
    collection walks them all. `gc.freeze()` moves the objects that exist now into a generation no collection
    scans (reference counting still frees them); interleaved with unfrozen batches over the White House bulk
    readouts, extraction ran 7.6% faster (median of 27 pairs of 200 documents).

    The youngest generation is then collected every 100,000 allocations, not 700: a document's stages
    allocate tens of thousands of short-lived objects (matches, spans, mentions) that reference counting
    frees anyway, and at 700 the collector ran hundreds of times a document, each full collection walking
    every memo the stages had filled since the freeze. Over the same readouts, frozen both ways, with warm
    memos and the order of the batches rotated, extraction ran 10% faster at 10,000 (median of 28 batches
    of 300; `bench/RESULTS.md`, issue 11, session 22) at the same peak memory (147 MB). At 10,000 a
    collection still came every 40 readouts and walked the live document's 10-27k objects (its spans,
    sentences, statements) to no end: 2.6% of the time (`gc.callbacks`); at 100,000, one in some 2,800
    readouts, 0.4% (session 28).

    Both settings reach a host application's own objects too: call it from a process that exists to
    extract (session 12 dropped raising the thresholds in the library itself for that reason: a library must
    not change a process's collector behind its back; this is the extracting process's own call).
    A threshold the host set higher, or automatic collection turned off, is left as it is. Idempotent."""
    global _prepared
    if not _prepared:
        extract(_SAMPLE, doc_id="prepare")
        gc.collect()
        gc.freeze()
        young, *older = gc.get_threshold()
        if young:  # 0: the host turned automatic collection off; a higher threshold of its own stays
            gc.set_threshold(max(young, _YOUNG_ALLOCATIONS), *older)
        _prepared = True


def extract(text: str, *, doc_id: str = "doc", published: str | None = None,
            settings: Settings = DEFAULT) -> Readout:
    """Extract one readout from plain text (metadata prefixes like `date 2021-09-12` are honoured)."""
    from communique.ingest.text import document_from_text

    return extract_document(document_from_text(text, doc_id=doc_id, published=published, settings=settings))


def extract_many(docs: Iterable[Document], *, on_error: Callable[[CommuniqueError], None] | None = None
                 ) -> Iterator[Readout]:
    """Stream readouts; a document whose extraction fails is reported to `on_error` and skipped."""
    for doc in docs:
        try:
            yield extract_document(doc)
        except CommuniqueError as err:
            if on_error is None:
                raise
            on_error(err)
