"""The commands of documents and the store: `extract`, `ingest`, `show`, `list`."""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Literal, Optional

import typer
from rich.console import Console

from communique.cli import common
from communique.cli import format as fmt
from communique.cli import options as opt
from communique.cli.options import DB, PATHS, PUBLISHER
from communique.pipeline import extract_many, prepare_process
from communique.scale import extract_parallel, extract_to_parquet, ingest_parallel, ingest_parquet, json_line
from communique.settings import Settings
from communique.store import Store


@common.app.command()
def extract(paths: list[Path] = PATHS,
            format: Literal["jsonl", "json", "table"] = typer.Option("jsonl", "--format", "-f",
                                       help="jsonl streams one readout a line; json is one list; table is for people."),
            publisher: Optional[str] = PUBLISHER,
            output: Optional[Path] = typer.Option(None, "--output", "-o", metavar="FILE", help="Write here instead of stdout."),
            engine: Literal["serial", "dask"] = typer.Option(
                "serial", "--engine", help="serial: this machine (--jobs N processes); dask: a Dask cluster, "
                                           "writing Parquet to --out."),
            scheduler: str = typer.Option("local", "--scheduler", callback=opt.scheduler, metavar="local|tcp://HOST:PORT",
                                          help="With --engine dask: a local cluster of --jobs workers, or a running "
                                               "scheduler."),
            jobs: Optional[int] = opt.JOBS,
            out_dir: Optional[Path] = typer.Option(
                None, "--out", metavar="DIR", help="Write partitioned Parquet (readouts, participants, statements, "
                                                   "events, commitments) and errors.jsonl to DIR instead.")
            ) -> None:
    """Print the structured readout of every document (the output contract), or write it as Parquet."""
    settings, failures = Settings(publisher=publisher), common.Failures()
    if out_dir is not None or engine == "dask":
        _extract_to_parquet(paths, out_dir, output, engine=engine, scheduler=scheduler, jobs=jobs, settings=settings,
                            failures=failures)
        return
    if scheduler != "local":
        raise typer.BadParameter("a scheduler is for --engine dask", param_hint="--scheduler")
    documents = common.documents(paths, settings, failures)
    convert = json_line if format == "jsonl" else None  # in the workers: a line costs less to receive
    if jobs is not None and jobs != 1:  # in input order, so the output is the same as with one process
        readouts = common.progress(extract_parallel(documents, jobs=jobs, on_error=failures, convert=convert), "Extracting",
                             paths)
    else:
        prepare_process()  # this process exists to extract: its dictionaries, loaded once, left out of gc's scans
        readouts = extract_many(documents, on_error=failures)
        readouts = map(convert, readouts) if convert else readouts
        if output is not None:  # written to a file, the terminal shows how far it got (stdout stays clean)
            readouts = common.progress(readouts, "Extracting", paths)
    with common.output(output) as stream:
        if format == "jsonl":
            stream.writelines(readouts)  # streamed: a 2,000-document batch never sits in memory
        elif format == "json":
            json.dump([r.to_dict() for r in readouts], stream, ensure_ascii=False, indent=2)
            stream.write("\n")
        else:
            Console(file=stream, highlight=False).print(fmt.readouts_table(readouts))
    failures.exit()


def _extract_to_parquet(paths: Sequence[Path], out_dir: Optional[Path], output: Optional[Path], *, engine: str,
                        scheduler: str, jobs: Optional[int], settings: Settings, failures: common.Failures) -> None:
    if out_dir is None:
        raise typer.BadParameter("the dask engine writes Parquet files: give --out DIR", param_hint="--out")
    if output is not None:
        raise typer.BadParameter("--out writes a directory of Parquet files; --output is for --format (not both)",
                                 param_hint="--output")
    if engine == "serial" and scheduler != "local":
        raise typer.BadParameter("a scheduler is for --engine dask", param_hint="--scheduler")
    if out_dir.exists() and not out_dir.is_dir():
        raise typer.BadParameter(f"{out_dir} is a file; --out names a directory", param_hint="--out")
    summary = extract_to_parquet(paths, out_dir, engine=engine, scheduler=scheduler, jobs=jobs,  # type: ignore[arg-type]
                                 settings=settings, on_error=failures,
                                 on_warning=lambda w: common.fail_line(f"warning: {w}", style="yellow"))
    common.out.print(fmt.parquet_summary(summary), soft_wrap=True)
    failures.exit()


@common.app.command()
def ingest(paths: Optional[list[Path]] = typer.Argument(None, show_default=False, metavar="PATH", help=PATHS.help),
           db: str = DB, publisher: Optional[str] = PUBLISHER,
           force: bool = typer.Option(False, "--force", help="Re-extract documents whose text is unchanged."),
           replace: bool = typer.Option(False, "--replace", help="Store a text whose id is stored already from "
                                                                 "another file over it (an error otherwise)."),
           jobs: Optional[int] = opt.JOBS,
           from_parquet: Optional[Path] = typer.Option(
               None, "--from-parquet", metavar="DIR", help="Load the readouts `extract --out DIR` wrote, instead "
                                                           "of extracting PATHs.")
           ) -> None:
    """Extract documents and store them; unchanged files are skipped, edited ones replaced."""
    if bool(paths) == (from_parquet is not None):
        raise typer.BadParameter("give PATH... to extract, or --from-parquet DIR to load (one of them)",
                                 param_hint="PATHS")
    if from_parquet is not None and (publisher or jobs is not None):
        raise typer.BadParameter("--from-parquet loads readouts already extracted; --publisher and --jobs are "
                                 "for PATHs", param_hint="--from-parquet")
    failures = common.Failures()
    counts: Counter[str] = Counter()
    with Store(db) as store:
        if from_parquet is not None:
            results = ingest_parquet(store, from_parquet, force=force, replace=replace, on_error=failures)
        else:
            documents = common.documents(paths or [], Settings(publisher=publisher), failures)
            results = (store.ingest(documents, on_error=failures, force=force, replace=replace)
                       if jobs is None or jobs == 1 else
                       ingest_parallel(store, documents, jobs=jobs, on_error=failures, force=force, replace=replace))
        for _doc_id, outcome in common.progress(results, "Ingesting", paths or []):
            counts[outcome] += 1
        total, shown = store.count(), store.where  # `where` hides a URL's password
    common.out.print(fmt.ingest_summary(counts, failures.count, db=shown, total=total), soft_wrap=True)
    failures.exit()


@common.app.command()
def show(doc_id: str = typer.Argument(..., metavar="DOC_ID", help="A doc_id, as `communique list` prints it."), db: str = DB,
         format: Literal["text", "json"] = opt.TEXT_FORMAT) -> None:
    """Print one stored readout: header, participants, issues, then who said what."""
    with Store(db, create=False) as store:
        readout = store.get(doc_id)
    if format == "json":
        with common.output() as stream:
            stream.write(json.dumps(readout.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        common.out.print(fmt.readout_view(readout))


@common.app.command("list")
def list_(db: str = DB, since: Optional[str] = opt.SINCE, until: Optional[str] = opt.UNTIL,
          country: Optional[str] = typer.Option(None, callback=opt.code, metavar="CODE", help="A participant's country."),
          encounter: Optional[opt.EncounterType] = typer.Option(None, help="Encounter type."),
          issue: Optional[str] = opt.ISSUE,
          limit: Optional[int] = typer.Option(None, min=1, max=opt.LIMIT_MAX, metavar="N", help="At most this many documents."),
          format: Literal["table", "jsonl"] = opt.TABLE_FORMAT) -> None:
    """List stored documents, oldest first, filtered by date, country, encounter or issue."""
    opt.date_range(since, until)
    with Store(db, create=False) as store:
        docs = store.list(since=since, until=until, country=country, encounter=encounter, issue=issue, limit=limit)
    common.rows(docs, format, fmt.documents_table)
