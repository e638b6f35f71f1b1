"""The command of the export layer, added to the app by `register(app)`.

`communique export` parses its options and calls `communique.export.export`; pyarrow is imported only
when a Parquet file is written, so the other commands start as fast as before.
"""
from __future__ import annotations

from pathlib import Path
from typing import Literal, Optional

import typer

from communique.cli import common
from communique.cli import options as opt
from communique.cli.options import DB
from communique.export import BATCH_SIZE, FORMATS, TABLE_NAMES

Table = Literal[TABLE_NAMES]  # type: ignore[valid-type]  # the library's list, not a copy
Format = Literal[FORMATS]  # type: ignore[valid-type]


def export(table: Table = typer.Option(..., "--table", "-t", help="The table to export."),
           format: Format = typer.Option(
               "jsonl", "--format", "-f",
               help="parquet (needs --output), csv, jsonl, or plover: events under the PLOVER manual's JSON fields."),
           output: Optional[Path] = typer.Option(None, "--output", "-o", metavar="FILE",
                                                 help="Write here (atomically) instead of stdout."),
           db: str = DB, since: Optional[str] = opt.SINCE, until: Optional[str] = opt.UNTIL,
           dyad: Optional[str] = typer.Option(None, callback=opt.dyad, metavar="A-B",
                                              help="Events and commitments between two codes, either way; "
                                                   "readouts, participants and statements of readouts with both."),
           batch_size: int = typer.Option(BATCH_SIZE, "--batch-size", min=1, metavar="N",
                                          help="Rows read and written at a time (a Parquet row group)."),
           ) -> None:
    """Export a stored table for pandas, polars, DuckDB and R: Parquet, CSV, JSONL, or PLOVER JSONL."""
    from communique.export import export as write
    from communique.store import Store

    opt.date_range(since, until)
    if format == "parquet" and output is None:
        raise typer.BadParameter("Parquet is a binary file: give --output FILE.parquet (csv, jsonl and plover "
                                 "can go to stdout)", param_hint="--output")
    if format == "plover" and table != "events":
        raise typer.BadParameter(f"plover holds events, not {table}: use --table events", param_hint="--format")
    options = dict(format=format, since=since, until=until, dyad=dyad, batch_size=batch_size)
    with Store(db, create=False) as store:
        if output is None:
            with common.output() as stream:
                write(store, table, stream, **options)
            return
        try:
            count = write(store, table, output, **options)
        except OSError as exc:
            raise typer.BadParameter(f"cannot write {output}: {exc.strerror or exc}", param_hint="--output") from None
    common.out.print(f"Exported {count:,} {table if format != 'plover' else 'PLOVER events'} to {output} ({format})",
                   soft_wrap=True)


def register(app: typer.Typer) -> None:
    """Add this layer's commands to `app`."""
    app.command("export")(export)
