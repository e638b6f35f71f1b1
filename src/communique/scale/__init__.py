"""Scale: the same pipeline on every core, or on a Dask cluster writing partitioned Parquet.

- `extract_parallel(docs_or_paths, jobs=N)`: readouts from a process pool, in input order, with
  memory flat however long the stream (`pool`); `ingest_parallel` stores them as `Store.ingest` does.
- `extract_to_parquet(paths, out_dir, engine="dask", scheduler="local" | "tcp://HOST:PORT")`: the
  input cut into parts (whole files, or line ranges of one big JSONL file) that workers read, extract
  and write as `out_dir/<table>/part-NNNNN.parquet` with the export's columns (`parts`, `parquet`,
  `run`); failures go to `out_dir/errors.jsonl`, one line each, and never stop the run.
- `ingest_parquet(store, out_dir)`: such a directory into a store, as `ingest` of the same files.

Every path gives the same readouts as `pipeline.extract_many` over `ingest.read_paths`
(tests/test_scale.py checks it on the dev corpus).
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from communique.errors import CommuniqueError, MissingInput
from communique.scale.parquet import TABLES_WRITTEN, read_readouts
from communique.scale.parts import PARTITION_SIZE, plan
from communique.scale.pool import extract_parallel, ingest_parallel, json_line
from communique.scale.run import ENGINES, ERRORS_FILE, ParquetSummary, extract_to_parquet

if TYPE_CHECKING:
    from communique.store import Store


def ingest_parquet(store: Store, out_dir: str | os.PathLike[str], *, force: bool = False, replace: bool = False,
                   on_error: Callable[[CommuniqueError], None] | None = None) -> Iterator[tuple[str, str]]:
    """Store the readouts of an `extract_to_parquet` directory, yielding `(doc_id, outcome)` as
    `Store.ingest` does for the same files: "added", "unchanged" (same text and id as stored),
    "replaced", or "duplicate" for a doc_id met again (the first in part order wins); a stored id
    with another file's text is a `DuplicateId` unless `replace`, as there. Streams a batch of rows
    at a time into `Store.put_many`; a readout the store refuses goes to `on_error` (raised when None).
    """
    from communique.store import ToStore

    if not (Path(out_dir) / "readouts").is_dir():
        raise MissingInput("no readouts/ folder here; `communique extract --out DIR` writes one", source=str(out_dir))
    items = (ToStore(readout, source=source, origin=origin) for readout, source, origin in read_readouts(out_dir))
    yield from store.put_many(items, force=force, replace=replace, on_error=on_error)


__all__ = ["ENGINES", "ERRORS_FILE", "PARTITION_SIZE", "ParquetSummary", "TABLES_WRITTEN", "extract_parallel",
           "extract_to_parquet", "ingest_parallel", "ingest_parquet", "json_line", "plan", "read_readouts"]
