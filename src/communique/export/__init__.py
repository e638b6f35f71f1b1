"""The store's tables as Parquet, CSV or JSONL files that pandas, polars, DuckDB and R read directly.

Why batches: a store of a million events must export in bounded memory, so rows are read by keyset
paging on each table's primary key (`(doc_id, ordinal) > last`, one short query per batch) and each
batch is written before the next is read: one Parquet row group, or a block of CSV or JSON lines.
Keyset paging rather than a server-side cursor because it behaves the same on SQLite and
PostgreSQL, keeps no read transaction open while a slow writer works, and each page is an index
range scan. Rows come in primary-key order (doc_id, then position in the readout), not by date.

Every table has a typed, documented column set (`TABLES`, printed by `describe`). The types are
logical ("date", "list<string>", ...) so that CSV and JSONL need no pyarrow; `arrow_schema` maps them
for Parquet: dates date32, spans and ordinals int32, lists list<string>, each field carrying its
doc as metadata. In CSV (RFC 4180: header, "," and CRLF, quotes only where needed, UTF-8) a list
is joined with ";", a boolean is `true`/`false` and a null is empty, as pandas, DuckDB and R expect.
Modules: `tables` (the column sets), `batches` (reading), `writers`, `plover` (the events under the
PLOVER manual's own JSON field names).

>>> import io, json
>>> from communique.model import Event, Readout, Span
>>> from communique.store import Store
>>> text = "China will provide vaccines to Vietnam."
>>> ev = Event("AGREE", "CHN", "VNM", Span(0, 39), text, polarity="pledged", issues=["covid19"])
>>> store = Store(":memory:")
>>> store.put(Readout("d1", "2022-04-14", None, "phone_call", None, [], [], ["covid19"], events=[ev], text=text))
'added'
>>> out = io.StringIO()
>>> export(store, "events", out, format="jsonl")
1
>>> row = json.loads(out.getvalue())
>>> row["date"], row["type"], row["actor"], row["target"], row["issues"], row["span_start"], row["span_end"]
('2022-04-14', 'AGREE', 'CHN', 'VNM', ['covid19'], 0, 39)
"""
from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from communique.export.batches import BATCH_SIZE, iter_batches
from communique.export.tables import TABLE_NAMES, TABLES, Batch, Column, TableSpec, describe
from communique.export.writers import arrow_schema, write_csv, write_jsonl, write_parquet

if TYPE_CHECKING:
    from communique.store import Store

FORMATS = ("parquet", "csv", "jsonl", "plover")


def export(store: Store, table: str, sink: IO[Any] | str | os.PathLike[str], *, format: str,
           since: str | date | None = None, until: str | date | None = None, dyad: str | None = None,
           batch_size: int = BATCH_SIZE) -> int:
    """Write `table` of `store` to `sink` in `format`; returns the number of rows (records) written.

    `sink` is a path, written atomically (to a temporary file beside it, renamed when complete, so a
    failure never leaves half a Parquet file), or an open stream: binary for parquet, text otherwise.
    `plover` exports the events table only. Raises `ValueError` for a bad table, format or dyad.
    """
    if format not in FORMATS:
        raise ValueError(f"no format {format!r}; one of {', '.join(FORMATS)}")
    if format == "plover" and table != "events":
        raise ValueError("the PLOVER format holds events only: export --table events")
    if isinstance(sink, (str, os.PathLike)):
        return _to_path(store, table, Path(sink), format=format, since=since, until=until, dyad=dyad,
                        batch_size=batch_size)
    if format == "plover":
        from communique.export.plover import PLOVER_SOURCE, write_plover

        return write_plover(iter_batches(store, PLOVER_SOURCE, since=since, until=until, dyad=dyad,
                                         batch_size=batch_size), sink)
    batches = iter_batches(store, table, since=since, until=until, dyad=dyad, batch_size=batch_size)
    columns = TABLES[table].columns
    if format == "parquet":
        return write_parquet(batches, columns, sink, table=table)
    return (write_csv if format == "csv" else write_jsonl)(batches, columns, sink)


def _to_path(store: Store, table: str, path: Path, **options: Any) -> int:
    tmp = path.with_name(f".{path.name}.partial")
    binary = options["format"] == "parquet"
    try:
        with open(tmp, "wb") if binary else open(tmp, "w", encoding="utf-8", newline="") as stream:
            count = export(store, table, stream, **options)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return count


__all__ = ["BATCH_SIZE", "Batch", "Column", "FORMATS", "TABLES", "TABLE_NAMES", "TableSpec", "arrow_schema", "describe",
           "export", "iter_batches", "write_csv", "write_jsonl", "write_parquet"]
