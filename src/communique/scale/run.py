"""`extract_to_parquet`: plan the parts, run each where the engine says, collect in part order.

A part's task reads its documents, extracts them and writes its own Parquet files
(`parquet.write_part`); only a small `PartResult` (counts, errors, each document's id, source and
warnings) comes back, so nothing of the corpus passes through this process. At most `AHEAD` tasks per worker are in flight and
results are taken in part order, so the planner reads ahead only as far as the workers get, and
`errors.jsonl` lists the failures in input order whatever the scheduler. Engines:

- "serial": the parts in this process, one after another (`jobs` > 1: on a process pool);
- "dask": a Dask cluster. `scheduler="local"` starts a `distributed.LocalCluster` of `jobs`
  single-threaded worker processes (every core when None) for the run; "tcp://HOST:PORT" uses a
  running scheduler, whose workers must have communique installed and see the input and output
  paths (a shared file system).

Why futures and not dask.bag: a bag is built from a list of all its partitions up front; here the
planner streams (a 100,000-line file yields its parts as it is read), and the window of futures is
what keeps memory flat.
"""
from __future__ import annotations

import json
import logging
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from communique.errors import CommuniqueError, DuplicateId, InputError
from communique.ingest.identity import Ledger, text_digest
from communique.pipeline import extract_document, prepare_process
from communique.scale.parquet import TABLES_WRITTEN, write_part
from communique.scale.parts import PARTITION_SIZE, Part, plan
from communique.scale.pool import AHEAD, new_pool, warm, workers
from communique.settings import DEFAULT, Settings

ENGINES = ("serial", "dask")
Engine = Literal["serial", "dask"]
ERRORS_FILE = "errors.jsonl"


@dataclass(slots=True)
class PartResult:
    """What a part's task sends back: rows written per table, one-line failures, and the documents
    read as (doc_id, source, warnings, text digest), for what needs the whole run (an id read twice)."""

    index: int
    rows: dict[str, int]
    errors: list[CommuniqueError]
    read: list[tuple[str, str, list[str], bytes]]


@dataclass(slots=True)
class ParquetSummary:
    """What `extract_to_parquet` did: `rows["readouts"]` documents extracted, `errors` not."""

    out_dir: Path
    parts: int = 0
    rows: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TABLES_WRITTEN, 0))
    errors: int = 0
    warnings: int = 0

    @property
    def documents(self) -> int:
        return self.rows["readouts"]

    def add(self, result: PartResult | CommuniqueError, warnings: int = 0) -> None:
        if isinstance(result, CommuniqueError):
            self.errors += 1
            return
        self.parts += 1
        self.errors += len(result.errors)
        self.warnings += warnings
        for table, count in result.rows.items():
            self.rows[table] += count

    def to_dict(self) -> dict[str, Any]:
        return {"out_dir": str(self.out_dir), "parts": self.parts, "rows": dict(self.rows), "errors": self.errors,
                "warnings": self.warnings}


def run_part(part: Part, index: int, out_dir: str, settings: Settings = DEFAULT) -> PartResult:
    """A worker's task: read, extract and write part `index`; a bad document is an error, not a failure."""
    prepare_process()  # once per worker process
    errors: list[CommuniqueError] = []
    read: list[tuple[str, str, list[str], bytes]] = []

    def readouts() -> Iterator[tuple[Any, str | None]]:
        for item in part.read(settings):
            if isinstance(item, InputError):
                errors.append(item)
                continue
            read.append((item.doc_id, item.source or item.doc_id, item.warnings, text_digest(item.text)))
            try:
                yield extract_document(item), item.source, item.origin
            except CommuniqueError as err:
                errors.append(err)

    return PartResult(index, write_part(out_dir, index, readouts()), errors, read)


def extract_to_parquet(paths: Sequence[str | os.PathLike[str]], out_dir: str | os.PathLike[str], *,
                       engine: Engine = "dask", scheduler: str = "local", jobs: int | None = None,
                       partition_size: int = PARTITION_SIZE, settings: Settings = DEFAULT,
                       on_error: Callable[[CommuniqueError], None] | None = None,
                       on_warning: Callable[[str], None] | None = None) -> ParquetSummary:
    """Extract every document of `paths` into `out_dir/<table>/part-NNNNN.parquet`; failures go to
    `out_dir/errors.jsonl` ({"source", "code", "message", "error"} a line, in input order) and to
    `on_error` as they are collected, never stopping the run; warnings (as `read_paths` gives them)
    to `on_warning`. Earlier part files in `out_dir` are removed first. The files and rows are the
    same whatever the engine, scheduler and jobs. Workers of a remote scheduler read `paths` as
    they are written here: give absolute paths on a file system they share.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "in.jsonl").write_text('{"id": "d1", "text": "Wang Yi met Bui Thanh Son."}\\n{"text": 42}\\n')
    >>> summary = extract_to_parquet([folder / "in.jsonl"], folder / "out", engine="serial")
    >>> summary.documents, summary.errors, sorted(p.name for p in (folder / "out").iterdir())
    (1, 1, ['commitments', 'errors.jsonl', 'events', 'participants', 'readouts', 'statements'])
    >>> print((folder / "out" / "errors.jsonl").read_text().strip())
    {"source": "/.../in.jsonl:2", "code": "C107", "message": "field \\"text\\" must be a string, not a number", ...}
    """
    if engine not in ENGINES:
        raise ValueError(f"no engine {engine!r}; one of {', '.join(ENGINES)}")
    if partition_size < 1:
        raise ValueError("partition_size must be at least 1")
    summary = ParquetSummary(_prepare(Path(out_dir)))
    where = str(summary.out_dir.resolve())  # a worker's working directory may not be this one
    ledger = Ledger()  # ids of the whole run, as `read_paths` keeps them
    with _submitter(engine, scheduler, jobs) as (submit, window), \
            open(summary.out_dir / ERRORS_FILE, "w", encoding="utf-8") as log:
        for result in _in_order(plan(paths, size=partition_size, settings=settings), submit, window, where, settings):
            warnings, clashes = _run_wide(result, ledger)
            summary.add(result, len(warnings))
            summary.errors += len(clashes)
            for warning in warnings:
                (on_warning or _ignore)(warning)
            for err in [result] if isinstance(result, CommuniqueError) else [*result.errors, *clashes]:
                log.write(json.dumps({"source": err.source, "code": err.code, "message": err.message,
                                      "error": str(err)}, ensure_ascii=False) + "\n")
                (on_error or _ignore)(err)
    return summary


def _ignore(_: object) -> None:
    pass


def _run_wide(result: PartResult | CommuniqueError, ledger: Ledger) -> tuple[list[str], list[DuplicateId]]:
    """Each document's warnings as the serial run gives them, and `read_paths`' verdict on an id read
    twice, which no part can see alone. A `DuplicateId` is an error as in the serial run, but its
    readout is in the part's Parquet files already: `ingest --from-parquet` keeps the first."""
    lines: list[str] = []
    clashes: list[DuplicateId] = []
    for doc_id, source, warnings, digest in [] if isinstance(result, CommuniqueError) else result.read:
        verdict = ledger.note(doc_id, source, digest)
        if isinstance(verdict, DuplicateId):
            clashes.append(verdict)
            continue
        lines += [f"{source}: {w}" for w in (warnings if verdict is None else [*warnings, verdict])]
    return lines, clashes


def warm_writer() -> None:
    """`pool.warm`, and a first Parquet write (pyarrow's first costs a quarter of a second), on a worker."""
    import shutil
    import tempfile

    from communique.pipeline import extract

    warm()
    scratch = tempfile.mkdtemp(prefix="communique-warm-")
    try:
        write_part(scratch, 0, [(extract("Wang Yi met Bui Thanh Son in Hanoi.", doc_id="warm"), None, None)])
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _prepare(out: Path) -> Path:
    """The output folders, emptied of the part files of an earlier run (and nothing else)."""
    for table in TABLES_WRITTEN:
        (out / table).mkdir(parents=True, exist_ok=True)
        for old in (out / table).glob("part-*.parquet"):
            old.unlink()
    return out


Submit = Callable[..., Any]  # (func, *args) -> an object with .result()


def _in_order(parts: Iterable[Part | InputError], submit: Submit, window: int, out: str,
              settings: Settings) -> Iterator[PartResult | InputError]:
    pending: deque[Any] = deque()
    index = 0
    for part in parts:
        if isinstance(part, InputError):  # an argument that names nothing: in its place in the order
            pending.append(_Done(part))
        else:
            pending.append(submit(run_part, part, index, out, settings))
            index += 1
        while len(pending) > window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


@dataclass(slots=True)
class _Done:
    value: Any

    def result(self) -> Any:
        return self.value


@contextmanager
def _submitter(engine: Engine, scheduler: str, jobs: int | None) -> Iterator[tuple[Submit, int]]:
    """(submit, window) of the engine, for the run; the cluster or pool is closed after it."""
    if engine == "serial":
        if jobs is None or jobs == 1:
            yield (lambda func, *args: _Done(func(*args))), 0
            return
        n = workers(jobs)
        with new_pool(n) as pool:
            yield pool.submit, n * AHEAD
        return
    with _dask_client(scheduler, jobs) as client:
        n = max(1, sum(client.nthreads().values()))
        client.run(warm_writer)
        yield (lambda func, *args: client.submit(func, *args, pure=False)), n * AHEAD


@contextmanager
def _dask_client(scheduler: str, jobs: int | None) -> Iterator[Any]:
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - a dependency; only a broken install lacks it
        raise CommuniqueError("the dask engine needs dask[distributed]: pip install 'dask[distributed]'") from exc
    if scheduler == "local":
        # the cluster is ours: what fails in it reaches the caller through its tasks' results, so its own log lines
        # (a worker's "Failed to communicate with scheduler during heartbeat" traceback as the cluster closes on a
        # loaded machine) are no message for the user
        with LocalCluster(n_workers=workers(jobs), threads_per_worker=1, processes=True, dashboard_address=None,
                          worker_dashboard_address=None, silence_logs=logging.CRITICAL) as cluster, Client(cluster) as client:
            yield client
        return
    if not scheduler.startswith("tcp://"):
        raise ValueError(f"scheduler {scheduler!r} is neither 'local' nor tcp://HOST:PORT")
    try:
        client = Client(scheduler, timeout="10s")
    except OSError as exc:
        raise CommuniqueError(f"cannot reach the Dask scheduler ({exc}); is `dask scheduler` running there?",
                              source=scheduler) from exc
    with client:
        yield client


__all__ = ["ENGINES", "ERRORS_FILE", "Engine", "ParquetSummary", "PartResult", "extract_to_parquet", "run_part"]
