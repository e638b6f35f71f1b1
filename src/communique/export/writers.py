"""Writers: batches in, a file out, the number of rows back. Parquet (pyarrow, explicit schema, a
row group per batch), CSV (RFC 4180) and JSONL, each streaming: one batch in memory at a time.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from typing import IO, Any

from communique.export.tables import Batch, Column


def arrow_schema(columns: Sequence[Column], *, table: str | None = None) -> Any:
    """The pyarrow schema of `columns`: explicit types, so an empty batch or an all-null column
    still gets the right type, and each field's doc as metadata."""
    import pyarrow as pa

    types = {"string": pa.string(), "int32": pa.int32(), "float64": pa.float64(), "bool": pa.bool_(),
             "date": pa.date32(), "list<string>": pa.list_(pa.string())}
    fields = [pa.field(col.name, types[col.type], metadata={"doc": col.doc}) for col in columns]
    return pa.schema(fields, metadata={"communique.table": table} if table else None)


def write_parquet(batches: Iterable[Batch], columns: Sequence[Column], sink: Any, *, table: str | None = None) -> int:
    """Write one Parquet row group per batch to `sink` (a path or a binary file); zstd-compressed."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema, count = arrow_schema(columns, table=table), 0
    with pq.ParquetWriter(sink, schema, compression="zstd") as writer:
        for batch in batches:
            arrays = [pa.array(batch[f.name], type=f.type) for f in schema]
            writer.write_table(pa.Table.from_arrays(arrays, schema=schema), row_group_size=len(arrays[0]))
            count += len(arrays[0])
    return count


def _text_column(values: list[Any], type_: str, *, for_csv: bool) -> list[Any]:
    """A column as CSV cells (lists joined with ";", booleans true/false, null empty) or JSON values."""
    if type_ == "date":
        return [("" if for_csv else None) if v is None else v.isoformat() for v in values]
    if not for_csv:
        return values
    if type_ == "list<string>":
        return [";".join(v) for v in values]
    if type_ == "bool":
        return ["" if v is None else "true" if v else "false" for v in values]
    return ["" if v is None else v for v in values]


def write_csv(batches: Iterable[Batch], columns: Sequence[Column], stream: IO[str]) -> int:
    """RFC 4180 CSV with a header row; `stream` should be opened with newline="" (or be stdout)."""
    writer, count = csv.writer(stream), 0
    writer.writerow([col.name for col in columns])
    for batch in batches:
        cells = [_text_column(batch[col.name], col.type, for_csv=True) for col in columns]
        writer.writerows(zip(*cells))
        count += len(cells[0])
    return count


def write_jsonl(batches: Iterable[Batch], columns: Sequence[Column], stream: IO[str]) -> int:
    """One JSON object a line, keys in column order, dates as ISO strings."""
    names, count = [col.name for col in columns], 0
    for batch in batches:
        values = [_text_column(batch[col.name], col.type, for_csv=False) for col in columns]
        stream.writelines(json.dumps(dict(zip(names, row)), ensure_ascii=False) + "\n" for row in zip(*values))
        count += len(values[0])
    return count


__all__ = ["arrow_schema", "write_csv", "write_jsonl", "write_parquet"]
