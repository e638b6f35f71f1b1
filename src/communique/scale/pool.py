"""All cores of one machine: the pipeline over a process pool, in input order, in bounded memory.

Documents go to the workers in chunks (`CHUNK` documents a task), at most `AHEAD` chunks per worker
in flight: the input is read only as fast as the workers take it, so memory stays flat however
long the stream. Results come back in input order: the oldest chunk is awaited first while the
others keep the workers busy, so the output equals `extract_many`'s line for line whatever the
timing. Workers start warm (`new_pool`): the lexicons are loaded once, not per document or task.

>>> from communique.ingest.text import document_from_text
>>> docs = [document_from_text("Wang Yi met Antony Blinken in Beijing.", doc_id=f"d{i}") for i in range(3)]
>>> [r.doc_id for r in extract_parallel(docs, jobs=2)]
['d0', 'd1', 'd2']
"""
from __future__ import annotations

import copyreg
import dataclasses
import json
import multiprocessing
import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from functools import partial
from itertools import chain, islice
from typing import TYPE_CHECKING, Any, TypeVar

from communique import model
from communique.errors import CommuniqueError, InputError
from communique.ingest import read_paths
from communique.model import Document, Readout
from communique.pipeline import extract_document, prepare_process
from communique.settings import DEFAULT, Settings

if TYPE_CHECKING:
    from communique.store import Store

T = TypeVar("T")
R = TypeVar("R")
CHUNK = 8  # documents a task: enough to make the hand-over cheap, few enough to keep order cheap
AHEAD = 4  # chunks in flight per worker
OnError = Callable[[CommuniqueError], None] | None


def _fast_pickle(cls: type) -> None:
    """Pickle a model dataclass as its constructor's arguments.

    dataclass(slots=True) pickles through generated __getstate__/__setstate__ that call `fields()`
    for every object, and a readout holds hundreds of spans: on the bulk White House readouts a
    readout took 0.6 ms to pickle and 0.6 ms to unpickle that way (a quarter of its extraction, in
    all), 0.3 ms and 0.25 ms this way. Rebuilding through `__init__` re-runs `__post_init__`, so a
    class that has one keeps the default unless it only validates (Span).
    """
    fields = dataclasses.fields(cls)
    if all(f.init for f in fields) and (not hasattr(cls, "__post_init__") or cls is model.Span):
        names = tuple(f.name for f in fields)
        copyreg.pickle(cls, lambda obj: (cls, tuple(getattr(obj, n) for n in names)))


for _cls in vars(model).values():
    if isinstance(_cls, type) and dataclasses.is_dataclass(_cls) and _cls.__module__ == model.__name__:
        _fast_pickle(_cls)


def workers(jobs: int | None) -> int:
    """`--jobs`: a count, or None/0 for every core."""
    return jobs if jobs and jobs > 0 else (os.cpu_count() or 1)


def warm() -> None:
    """Load the lexicons and build the matchers (half a second) before the first document."""
    from communique.pipeline import extract

    extract("On May 2, 2023, Wang Yi met Antony Blinken in Beijing. Wang said China values ties.")


def new_pool(jobs: int) -> ProcessPoolExecutor:
    """A pool of `jobs` workers that start with the lexicons loaded.

    Forking this process is the cheapest start (the workers share its loaded lexicons), but safe
    only while it runs a single thread: a lock that another thread holds at the fork stays locked
    in the child for ever. So: fork when this process is single-threaded (the CLI, a script);
    otherwise fork from a fork server that loaded the lexicons once (`scale.warm`); where neither
    exists (Windows), spawn workers that load them each.
    """
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        warm()  # here, once: a no-op when this process has extracted before
        context = multiprocessing.get_context("fork")
    elif "forkserver" in methods:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["communique.scale.warm"])  # used when the server starts (once)
    else:
        context = multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_start_worker,
                               initargs=(context.get_start_method() == "spawn",))


def _start_worker(cold: bool) -> None:
    # Ctrl-C reaches every process of the terminal's group: the caller stops the pool (one
    # "interrupted" line), where workers dying of it would each print a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if cold:
        warm()


def ordered_map(func: Callable[[T], R], tasks: Iterable[T], *, jobs: int,
                pool: ProcessPoolExecutor | None = None) -> Iterator[tuple[T, R]]:
    """(task, func(task)) for each task, in task order, at most `AHEAD` tasks per worker in flight."""
    owned = pool is None
    pool = pool or new_pool(jobs)
    pending: deque[tuple[T, Future[R]]] = deque()
    try:
        for task in tasks:
            pending.append((task, pool.submit(func, task)))
            if len(pending) >= jobs * AHEAD:
                task, future = pending.popleft()
                yield task, future.result()
        while pending:
            task, future = pending.popleft()
            yield task, future.result()
    finally:
        if owned:  # also when the consumer stops early or Ctrl-C: no work goes on behind its back
            pool.shutdown(wait=True, cancel_futures=True)


def chunked(items: Iterable[T], size: int = CHUNK) -> Iterator[list[T]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def extract_chunk(items: list[Any], convert: Callable[[Readout], Any] | None = None) -> list[Any]:
    """A worker's task: each document's readout (through `convert` when given), or the error that
    stopped it; anything that is not a document (an outcome decided without extracting) comes back
    as it went."""
    prepare_process()  # once per worker process
    out: list[Any] = []
    for item in items:
        if not isinstance(item, Document):
            out.append(item)
            continue
        try:
            readout = extract_document(item)
        except CommuniqueError as err:
            out.append(err)
        else:
            out.append(readout if convert is None else convert(readout))
    return out


def json_line(readout: Readout) -> str:
    """The readout as one line of the JSONL output contract (`communique extract`)."""
    return json.dumps(readout.to_dict(), ensure_ascii=False) + "\n"


def extract_parallel(docs_or_paths: Iterable[Document | str | os.PathLike[str]], *, jobs: int | None = None,
                     on_error: OnError = None, settings: Settings = DEFAULT,
                     convert: Callable[[Readout], Any] | None = None) -> Iterator[Any]:
    """`extract_many` on `jobs` processes (None: every core): the same readouts in the same order.

    Takes documents, or paths (files, directories, globs) read here as `read_paths` reads them. A
    document that cannot be read or extracted goes to `on_error` (raised when it is None). With
    one job it is `extract_many` in this process. `convert` (a module-level function, such as
    `json_line`) runs in the workers and its results come instead of readouts: a readout costs
    this process more to receive than the text it becomes.
    """
    docs = _documents(docs_or_paths, settings, on_error)
    for _chunk, results in _extracted(docs, workers(jobs), convert):
        for result in results:
            if not isinstance(result, CommuniqueError):
                yield result
            elif on_error is None:
                raise result
            else:
                on_error(result)


def _extracted(docs: Iterable[Any], jobs: int, convert: Callable[[Readout], Any] | None = None
               ) -> Iterator[tuple[list[Any], list[Any]]]:
    task = extract_chunk if convert is None else partial(extract_chunk, convert=convert)
    if jobs == 1:
        return ((chunk, task(chunk)) for chunk in chunked(docs))
    return ordered_map(task, chunked(docs), jobs=jobs)


def _documents(items: Iterable[Document | str | os.PathLike[str]], settings: Settings,
               on_error: OnError) -> Iterator[Document]:
    it = iter(items)
    first = next(it, None)
    if first is None:
        return
    if isinstance(first, Document):
        yield first
        yield from it  # type: ignore[misc]  # documents, as the first one says
        return
    for item in read_paths(list(chain([first], it)), settings=settings):  # type: ignore[arg-type]
        if isinstance(item, InputError):
            if on_error is None:
                raise item
            on_error(item)
        else:
            yield item


def ingest_parallel(store: Store, docs: Iterable[Document], *, jobs: int | None = None, on_error: OnError = None,
                    force: bool = False, replace: bool = False) -> Iterator[tuple[str, str]]:
    """`Store.ingest` with the extraction on `jobs` processes; this process reads and stores.

    The same outcomes, in the same order: a doc_id met again is a "duplicate" (the first wins), an
    unchanged document is not extracted, readouts are stored `BATCH_SIZE` a transaction
    (`Store.put_many`), and a document that fails goes to `on_error` (raised when it is None, after
    the documents before it are stored).
    """
    from communique.store import BATCH_SIZE, ToStore, content_hash, taken

    seen: set[str] = set()

    def tasks() -> Iterator[Document | Decided]:  # an outcome decided here rides along, in order
        for doc in docs:
            if doc.doc_id in seen:
                yield Decided(doc.doc_id, "duplicate")
                continue
            seen.add(doc.doc_id)
            digest = content_hash(doc.text, doc.doc_id)
            try:
                stored = store.stored([doc.doc_id]).get(doc.doc_id)
            except CommuniqueError as err:
                _report(err, on_error)
                continue
            if not force and stored is not None and stored[0] == digest:
                yield Decided(doc.doc_id, "unchanged")
            elif not replace and (clash := taken(doc.doc_id, doc.origin, digest, stored, source=doc.source)) is not None:
                _report(clash, on_error)
            else:
                yield doc

    pending: list[ToStore | Decided] = []
    for chunk, results in _extracted(tasks(), workers(jobs)):
        for item, result in zip(chunk, results):
            if isinstance(result, CommuniqueError):
                yield from _store(store, pending, force=force, on_error=on_error)
                _report(result, on_error)
            elif isinstance(item, Document):
                pending.append(ToStore(result, item.source, content_hash(item.text, item.doc_id), item.origin))
            else:
                pending.append(item)
        if len(pending) >= BATCH_SIZE:
            yield from _store(store, pending, force=force, on_error=on_error)
    yield from _store(store, pending, force=force, on_error=on_error)


def _store(store: Store, pending: list[Any], *, force: bool, on_error: OnError) -> Iterator[tuple[str, str]]:
    """Store the readouts of `pending` in one `put_many` and give every outcome in order; empties it."""
    items, pending[:] = list(pending), []
    # replace=True: `ingest_parallel` refused another file's text for a stored id before extracting it
    stored = dict(store.put_many([i for i in items if not isinstance(i, Decided)], force=force, replace=True,
                                 on_error=on_error))
    for item in items:
        if isinstance(item, Decided):
            yield item.doc_id, item.outcome
        elif item.readout.doc_id in stored:  # else the store refused it, and on_error has it
            yield item.readout.doc_id, stored[item.readout.doc_id]


@dataclass(frozen=True, slots=True)
class Decided:
    """The outcome of a document that needs no extracting ("duplicate", "unchanged")."""

    doc_id: str
    outcome: str


def _report(err: CommuniqueError, on_error: OnError) -> None:
    if on_error is None:
        raise err
    on_error(err)


__all__ = ["AHEAD", "CHUNK", "Decided", "chunked", "extract_chunk", "extract_parallel", "json_line", "ingest_parallel", "new_pool",
           "ordered_map", "warm", "workers"]
