"""Readouts to partitioned Parquet and back: one file per table per part, the export's columns.

`out_dir/<table>/part-00000.parquet` for the tables of `communique export` (readouts, participants,
statements, events, commitments), each with `export.TABLES`' documented columns and Arrow types, so
DuckDB reads `out_dir/events/*.parquet` as it reads an exported events file; rows are in input order
(the part's documents, then each one's list order), where an export from a store is in doc_id order.

The readouts table has three more columns, so `ingest_parquet` can rebuild each `Readout` whole:
the tables leave out what only the JSON contract holds (title, cue, trigger and object spans,
issue mentions, quantity spans, evidence), and one column of `Readout.to_dict()` JSON, read back
with `Readout.from_dict`, round-trips through the model's own tested pair instead of a second
mapping that must follow every field the contract gains. The text sits in its own column (not in
the JSON) beside `from_markup`, which `from_dict` would otherwise infer from the text's presence.

>>> import tempfile, pathlib
>>> from communique.pipeline import extract
>>> out = pathlib.Path(tempfile.mkdtemp())
>>> readout = extract("On May 2, 2023, Chinese Foreign Minister Wang Yi met U.S. Secretary of State Antony "
...                   "Blinken in Beijing. Wang said China will provide vaccines to the United States.", doc_id="d1")
>>> write_part(out, 0, [(readout, "a.txt", "/data/a.txt")])
{'readouts': 1, 'participants': 2, 'statements': 2, 'events': 2, 'commitments': 1}
>>> [(r.doc_id, r == readout, origin) for r, source, origin in read_readouts(out)]
[('d1', True, '/data/a.txt')]
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from communique.export.tables import TABLES, Batch, Column, columns_from
from communique.export.writers import arrow_schema
from communique.model import Readout

TABLES_WRITTEN = ("readouts", "participants", "statements", "events", "commitments")
EXTRA_READOUT_COLUMNS = columns_from(
    "from_markup bool: the text was extracted from HTML or JSON (so the contract's JSON carries it)",
    "text string: the readout's text, which every span points into",
    "readout_json string: the whole readout as the contract's JSON (Readout.to_dict() without the text)",
    "origin string: the file the text was read from, absolute ('stdin:<hash>' for standard input): the store "
    "refuses another file's text for an id it holds",
)
ROW_GROUP = 500  # readouts per Parquet row group: a few MB of rows in memory at a time


def columns_of(table: str) -> tuple[Column, ...]:
    """The columns of `table` in these files: the export's, and for readouts the four above."""
    return TABLES[table].columns + (EXTRA_READOUT_COLUMNS if table == "readouts" else ())


def part_path(out_dir: Path, table: str, index: int) -> Path:
    return out_dir / table / f"part-{index:05d}.parquet"


Extracted = tuple[Readout, "str | None", "str | None"]  # (readout, source, origin: `Document.origin`)


def write_part(out_dir: str | os.PathLike[str], index: int, pairs: Iterable[Extracted]) -> dict[str, int]:
    """Write the (readout, source, origin) triples as part `index` of every table; returns rows per table.

    Each file is written beside its final name and renamed when complete, so a retried or killed
    task never leaves half a file; a part without readouts still gets its (empty) files, so a run
    makes the same files whatever the scheduler.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    out, counts = Path(out_dir), dict.fromkeys(TABLES_WRITTEN, 0)
    schemas = {t: arrow_schema(columns_of(t), table=t) for t in TABLES_WRITTEN}
    temps = {}
    for table in TABLES_WRITTEN:
        final = part_path(out, table, index)
        final.parent.mkdir(parents=True, exist_ok=True)
        temps[table] = final.with_name(f".{final.name}.partial")
    writers = {t: pq.ParquetWriter(temps[t], schemas[t], compression="zstd") for t in TABLES_WRITTEN}
    try:
        for chunk in _chunks(pairs, ROW_GROUP):
            for table, batch in batches_of(chunk).items():
                schema = schemas[table]
                writers[table].write_table(pa.Table.from_arrays([pa.array(batch[f.name], type=f.type) for f in schema],
                                                                schema=schema))
                counts[table] += len(batch["doc_id"])
    finally:
        for writer in writers.values():
            writer.close()
    for table, temp in temps.items():
        os.replace(temp, part_path(out, table, index))
    return counts


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:  # the store refuses such a date on export; here it is left out, not fatal
        return None


def batches_of(pairs: Sequence[Extracted]) -> dict[str, Batch]:
    """The rows of the readouts in every table, column-wise, with the export's column names."""
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES_WRITTEN}
    for readout, source, origin in pairs:
        for table, table_rows in rows_of(readout, source, origin).items():
            rows[table].extend(table_rows)
    return {t: {col.name: [row[col.name] for row in rows[t]] for col in columns_of(t)} for t in TABLES_WRITTEN}


def rows_of(readout: Readout, source: str | None, origin: str | None = None) -> dict[str, list[dict[str, Any]]]:
    """One readout's rows per table, as `export` reads them from a store holding it."""
    did, day, loc = readout.doc_id, _date(readout.date), readout.location
    head = {"doc_id": did, "date": day}
    return {
        "readouts": [{
            **head, "published": _date(readout.published), "encounter": readout.encounter,
            "location_name": loc.name if loc else None, "location_country": loc.country if loc else None,
            "title": readout.title, "url": readout.url, "source": source,
            "participant_countries": list(dict.fromkeys(p.country for p in readout.participants if p.country)),
            "issues": list(readout.issues), "n_participants": len(readout.participants),
            "n_statements": len(readout.statements), "n_events": len(readout.events),
            "from_markup": readout.from_markup, "text": readout.text,
            "readout_json": json.dumps(readout.to_dict(include_text=False), ensure_ascii=False),
            "origin": origin,
        }],
        "participants": [
            {**head, "ordinal": i, "name": p.name, "title": p.title, "country": p.country,
             "span_start": p.span.start, "span_end": p.span.end, "aliases": list(p.aliases)}
            for i, p in enumerate(readout.participants)],
        "statements": [
            {**head, "ordinal": i, "speaker": s.speaker, "country": s.country, "span_start": s.span.start,
             "span_end": s.span.end, "text": s.text}
            for i, s in enumerate(readout.statements)],
        "events": [
            {**head, "ordinal": i, "type": e.type, "actor": e.actor, "target": e.target, "mode": e.mode,
             "polarity": e.polarity, "negated": e.negated, "intensity": e.intensity, "issues": list(e.issues),
             "span_start": e.span.start, "span_end": e.span.end, "text": e.text, "statement": e.statement,
             "cue": e.cue, "quantities": [q.text for q in e.quantities]}
            for i, e in enumerate(readout.events)],
        "commitments": [
            {**head, "ordinal": i, "kind": c.kind, "actor": c.actor, "target": c.target, "span_start": c.span.start,
             "span_end": c.span.end, "text": c.text, "object_text": c.object_text,
             "quantities": [q.text for q in c.quantities], "issues": list(c.issues), "event_ordinal": c.event}
            for i, c in enumerate(readout.commitments)],
    }


def part_files(out_dir: str | os.PathLike[str], table: str = "readouts") -> list[Path]:
    """The part files of `table` in `out_dir`, in part order."""
    return sorted((Path(out_dir) / table).glob("part-*.parquet"))


def read_readouts(out_dir: str | os.PathLike[str], *, batch_size: int = 256) -> Iterator[Extracted]:
    """(readout, source, origin) of every row of `out_dir/readouts`, in part and row order, a batch at
    a time; files written before the origin column give None."""
    import pyarrow.parquet as pq

    wanted = ["from_markup", "text", "readout_json", "source"]
    for path in part_files(out_dir):
        parquet = pq.ParquetFile(path)
        columns = wanted + (["origin"] if "origin" in parquet.schema_arrow.names else [])
        for batch in parquet.iter_batches(batch_size=batch_size, columns=columns):
            values = [batch.column(name).to_pylist() for name in columns]
            origins = values[4] if len(values) > 4 else [None] * batch.num_rows
            for markup, text, data, source, origin in zip(*values[:4], origins):
                record = json.loads(data)
                if markup:  # from_dict reads a present "text" as "extracted from markup"
                    record["text"] = text
                yield Readout.from_dict(record, text=text), source, origin


__all__ = ["EXTRA_READOUT_COLUMNS", "ROW_GROUP", "TABLES_WRITTEN", "batches_of", "columns_of", "part_files",
           "part_path", "read_readouts", "rows_of", "write_part"]
