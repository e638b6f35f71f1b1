"""The `communique` command: parse arguments, call one library function, format the result.

All failure handling lives in `main`, the one error boundary (httpie's `raw_main`): a
`CommuniqueError` becomes one red line `communique: <file>: <reason> [Cxxx]` on stderr and an
`ExitStatus`; a traceback appears only with `--traceback`. Batch commands print one such line per
bad input as they go and finish with `ExitStatus.INPUT_ERRORS`. Machine formats (jsonl, json) are
written with plain `write`, not Rich, so nothing wraps or gets coloured inside them.
"""
from __future__ import annotations

import errno
import json
import os
import shutil
import socket
import sys
import tempfile
import traceback
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from enum import IntEnum
from importlib import resources
from itertools import islice
from pathlib import Path
from typing import IO, Any, Literal, Optional, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.text import Text

from communique import __version__
from communique import cli_format as fmt
from communique import cli_options as opt
from communique.cli_options import DB, PATHS, PUBLISHER
from communique.errors import CommuniqueError, EmptyInput, InputError, OutputError, ServeError
from communique.evaluate import evaluate_documents
from communique.ingest import count_documents, read_paths
from communique.ingest.paths import WALKED
from communique.model import Document
from communique.pipeline import STAGES, extract_many
from communique.scale import extract_parallel, extract_to_parquet, ingest_parallel, ingest_parquet, json_line
from communique.settings import Settings
from communique.store import Store


class ExitStatus(IntEnum):
    """Exit codes of `communique`; scripts may rely on them."""

    OK = 0
    INPUT_ERRORS = 1  # some inputs failed (one line each on stderr); the others were processed
    USAGE = 2  # bad command line: unknown option, invalid value (Click's code)
    FAILED = 3  # the command could not do its job: no such database or document, bad gold, store error
    INTERNAL = 4  # a bug in communique: please report it with the output of --traceback
    INTERRUPTED = 130  # Ctrl-C (128 + SIGINT, as shells report it)


out = Console(highlight=False)
err = Console(stderr=True, highlight=False)
# Typer 0.29 prints an argument's Python type after its name ("paths... <list[Path]>") whatever its
# metavar; the name (PATH, DOC_ID) says what to give, so the type column is left empty.
if hasattr(typer.core.TyperArgument, "display_type_rich"):
    typer.core.TyperArgument.display_type_rich = lambda self, ctx: None  # type: ignore[method-assign]

app = typer.Typer(
    name="communique", no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False, rich_markup_mode=None,
    help="Structured, evidence-linked event data from government diplomatic readouts.",
)
FEW = 5  # more documents than this get a progress bar (on a terminal)
T = TypeVar("T")


def _fail_line(message: str, *, style: str = "red") -> None:
    # soft_wrap: one error is one line however long, so `grep` and `wc -l` see one line.
    err.print(Text(f"communique: {message}", style=style), soft_wrap=True)


class _Failures:
    """`on_error` for batches: print each failure as it happens, remember that one happened."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, error: CommuniqueError) -> None:
        self.count += 1
        _fail_line(str(error))

    def exit(self) -> None:
        if self.count:
            raise typer.Exit(ExitStatus.INPUT_ERRORS)


def _documents(paths: Sequence[Path], settings: Settings, on_error: _Failures) -> Iterator[Document]:
    """The documents of `paths`; unreadable inputs go to `on_error`, read-with-doubts ones are flagged.

    A warning (decoded as cp1252, a doc_id used twice, ...) does not change the exit status: the
    document was read, but the analyst should know how.
    """
    read = 0
    for item in read_paths([str(p) for p in paths], settings=settings):
        read += 1
        if isinstance(item, InputError):
            on_error(item)
            continue
        for warning in item.warnings:
            _fail_line(f"warning: {item.source or item.doc_id}: {warning}", style="yellow")
        yield item
    if not read and paths:  # an empty directory, or one without readable file types: say so, exit 1
        kinds = ", ".join(sorted(WALKED))
        on_error(EmptyInput(f"no documents in the inputs (a directory gives its {kinds} files, gzipped or not)",
                            source=", ".join(map(str, paths))))


# -- commands ------------------------------------------------------------------------------------

def _print_version(value: bool) -> None:
    if value:
        out.print(f"communique {__version__}")
        raise typer.Exit(ExitStatus.OK)


@app.callback()
def _root(show_traceback: bool = typer.Option(False, "--traceback",
                                              help="On error, show the Python traceback (allowed anywhere)."),
          version: bool = typer.Option(False, "--version", callback=_print_version, is_eager=True,
                                       help="Print communique's version and exit.")
          ) -> None:
    # `main` takes --traceback out of the arguments wherever it stands; it is declared here for --help.
    pass


@app.command()
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
    settings, failures = Settings(publisher=publisher), _Failures()
    if out_dir is not None or engine == "dask":
        _extract_to_parquet(paths, out_dir, output, engine=engine, scheduler=scheduler, jobs=jobs, settings=settings,
                            failures=failures)
        return
    if scheduler != "local":
        raise typer.BadParameter("a scheduler is for --engine dask", param_hint="--scheduler")
    documents = _documents(paths, settings, failures)
    convert = json_line if format == "jsonl" else None  # in the workers: a line costs less to receive
    if jobs is not None and jobs != 1:  # in input order, so the output is the same as with one process
        readouts = _progress(extract_parallel(documents, jobs=jobs, on_error=failures, convert=convert), "Extracting",
                             paths)
    else:
        readouts = extract_many(documents, on_error=failures)
        readouts = map(convert, readouts) if convert else readouts
        if output is not None:  # written to a file, the terminal shows how far it got (stdout stays clean)
            readouts = _progress(readouts, "Extracting", paths)
    with _output(output) as stream:
        if format == "jsonl":
            stream.writelines(readouts)  # streamed: a 2,000-document batch never sits in memory
        elif format == "json":
            json.dump([r.to_dict() for r in readouts], stream, ensure_ascii=False, indent=2)
            stream.write("\n")
        else:
            Console(file=stream, highlight=False).print(fmt.readouts_table(readouts))
    failures.exit()


def _extract_to_parquet(paths: Sequence[Path], out_dir: Optional[Path], output: Optional[Path], *, engine: str,
                        scheduler: str, jobs: Optional[int], settings: Settings, failures: _Failures) -> None:
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
                                 on_warning=lambda w: _fail_line(f"warning: {w}", style="yellow"))
    out.print(fmt.parquet_summary(summary), soft_wrap=True)
    failures.exit()


@app.command()
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
    failures = _Failures()
    counts: Counter[str] = Counter()
    with Store(db) as store:
        if from_parquet is not None:
            results = ingest_parquet(store, from_parquet, force=force, on_error=failures)
        else:
            documents = _documents(paths or [], Settings(publisher=publisher), failures)
            results = (store.ingest(documents, on_error=failures, force=force, replace=replace)
                       if jobs is None or jobs == 1 else
                       ingest_parallel(store, documents, jobs=jobs, on_error=failures, force=force, replace=replace))
        for _doc_id, outcome in _progress(results, "Ingesting", paths or []):
            counts[outcome] += 1
        total, shown = store.count(), store.where  # `where` hides a URL's password
    out.print(fmt.ingest_summary(counts, failures.count, db=shown, total=total), soft_wrap=True)
    failures.exit()


@app.command()
def show(doc_id: str = typer.Argument(..., metavar="DOC_ID", help="A doc_id, as `communique list` prints it."), db: str = DB,
         format: Literal["text", "json"] = typer.Option("text", "--format", "-f")) -> None:
    """Print one stored readout: header, participants, issues, then who said what."""
    with Store(db, create=False) as store:
        readout = store.get(doc_id)
    if format == "json":
        with _output() as stream:
            stream.write(json.dumps(readout.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        out.print(fmt.readout_view(readout))


@app.command("list")
def list_(db: str = DB, since: Optional[str] = opt.SINCE, until: Optional[str] = opt.UNTIL,
          country: Optional[str] = typer.Option(None, callback=opt.code, metavar="CODE", help="A participant's country."),
          encounter: Optional[opt.EncounterType] = typer.Option(None, help="Encounter type."),
          issue: Optional[str] = opt.ISSUE,
          limit: Optional[int] = typer.Option(None, min=1, max=opt.LIMIT_MAX, metavar="N", help="At most this many documents."),
          format: Literal["table", "jsonl"] = typer.Option("table", "--format", "-f")) -> None:
    """List stored documents, oldest first, filtered by date, country, encounter or issue."""
    opt.date_range(since, until)
    with Store(db, create=False) as store:
        docs = store.list(since=since, until=until, country=country, encounter=encounter, issue=issue, limit=limit)
    _rows(docs, format, fmt.documents_table)


@app.command()
def serve(db: str = DB, host: str = typer.Option("127.0.0.1", metavar="HOST", help="Interface to listen on; 0.0.0.0 opens it to the network."),
          port: int = typer.Option(8000, min=1, max=65535, metavar="PORT", help="TCP port.")) -> None:
    """Serve the read-only web UI over the store: readouts, evidence, dyad timelines, search, JSON API."""
    import uvicorn

    from communique.web import create_app

    application = create_app(db)  # NotFound for a missing database, before any port is taken
    where = application.state.store.where  # a URL's password hidden
    listening = _listen(host, port)  # the port taken before "serving" is said: a busy one is one coded line
    err.print(Text(f"communique: serving {where} at http://{host}:{port}/ (Ctrl-C to stop)", style="dim"),
              soft_wrap=True)
    uvicorn.Server(uvicorn.Config(application, log_level="warning")).run(sockets=[listening])


def _listen(host: str, port: int) -> socket.socket:
    """A listening socket on host:port, or a `ServeError` saying why not (uvicorn would print its own
    traceback-like lines after "serving")."""
    try:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        listening = socket.socket(family, socket.SOCK_STREAM)
        listening.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listening.bind((host, port))
        listening.listen(2048)
    except OSError as exc:
        reason = "the port is in use; stop what holds it or give --port" if exc.errno == errno.EADDRINUSE \
            else (exc.strerror or str(exc))
        raise ServeError(f"cannot listen on {host}:{port}: {reason}", source="serve") from None
    return listening


@app.command("eval")
def eval_(gold: Path = typer.Option(..., "--gold", metavar="DIR", help="Directory of <doc_id>.json gold readouts."),
          corpus: list[Path] = typer.Option(..., "--corpus", metavar="PATH", help="The texts the gold annotates (repeatable)."),
          format: Literal["table", "json"] = typer.Option("table", "--format", "-f"),
          by: Optional[Literal["publisher"]] = typer.Option(
              None, "--by", help="Score each publisher's documents apart: a row each, then the total (JSON: "
                                 "\"by_publisher\"). The publisher is the code found from a document's URL, else "
                                 "its id's prefix (ru-kremlin-101: ru-kremlin).")) -> None:
    """Extract a corpus and score it against gold: the figures of score.py and each document's errors.

    Exits 0 even when some documents fail to read or extract: they are scored as missing.
    """
    failures = _Failures()
    report = evaluate_documents(gold, _documents(corpus, Settings(), failures), on_error=failures)
    groups = report.by_publisher() if by == "publisher" else None
    if format == "json":
        data = report.to_dict()
        if groups is not None:
            data[f"by_{by}"] = {name: group.scores() for name, group in groups.items()}
        with _output() as stream:
            stream.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    elif groups is not None:
        out.print(fmt.groups_table(groups, report, by=str(by)))
    else:
        out.print(fmt.scores_table(report))
        out.print(fmt.document_errors(report))


@app.command()
def demo() -> None:
    """Run the pipeline on the bundled sample readouts (offline) and show what comes out."""
    failures = _Failures()
    with tempfile.TemporaryDirectory(prefix="communique-demo-") as tmp:
        paths = _copy_samples(Path(tmp) / "samples")
        with Store(Path(tmp) / "demo.db") as store:
            for _ in store.ingest(_documents(paths, Settings(), failures), on_error=failures):
                pass
            summary = store.summary()
            docs = store.list()
            example = store.get(max(docs, key=lambda d: len(d.participants)).doc_id) if docs else None
    out.print(fmt.demo_view(summary, example))
    failures.exit()


@app.command()
def pipeline() -> None:
    """Print the extraction stages in order, with what each reads and writes."""
    out.print(fmt.stages_table(STAGES))


# -- helpers of the commands -----------------------------------------------------------------------

def _rows(rows: Sequence[Any], format: str, table: Callable[[Sequence[Any]], Any]) -> None:
    """Query results as JSON lines (`to_dict` each) or as the given table."""
    if format == "jsonl":
        with _output() as stream:
            stream.writelines(json.dumps(r.to_dict(), ensure_ascii=False) + "\n" for r in rows)
    else:
        out.print(table(rows))


@contextmanager
def _output(path: Optional[Path] = None) -> Iterator[IO[str]]:
    """stdout or the --output file; a reader that leaves early (`| head`) ends the command quietly.

    A file is written under a temporary name beside it and renamed at the end: a write that fails
    half-way (a full disk) leaves no partial file, and the file that was there before is untouched.
    """
    if path is None:
        try:
            yield sys.stdout
            sys.stdout.flush()
        except BrokenPipeError:
            _silence_stdout()
            raise typer.Exit(ExitStatus.OK) from None
        except OSError as exc:  # a full disk or a lost mount behind a redirect
            _silence_stdout()
            raise OutputError(f"could not be written to the end ({exc.strerror or exc})", source="standard output") \
                from None
        return
    try:
        part = tempfile.NamedTemporaryFile("w", encoding="utf-8", newline="\n", dir=path.parent or Path("."),
                                           prefix=f".{path.name}.", suffix=".part", delete=False)
    except OSError as exc:
        raise typer.BadParameter(f"cannot write {path}: {exc.strerror or exc}", param_hint="--output") from None
    try:
        with part:
            yield part
            part.flush()
        umask = os.umask(0)  # a temporary file is private (0600); the output gets the usual mode
        os.umask(umask)
        os.chmod(part.name, 0o666 & ~umask)
        os.replace(part.name, path)
    except OSError as exc:
        Path(part.name).unlink(missing_ok=True)
        raise OutputError(f"could not be written to the end ({exc.strerror or exc}); nothing was written",
                          source=str(path)) from None
    except BaseException:
        Path(part.name).unlink(missing_ok=True)
        raise


def _progress(items: Iterable[T], label: str, paths: Sequence[Path] = ()) -> Iterator[T]:
    """Pass `items` through, with a progress bar on stderr once there are more than `FEW` of them.

    Its total is `count_documents(paths)`, counted only when the bar is shown; where that cannot
    be known (stdin, gzipped JSONL) the bar counts up.
    """
    items = iter(items)
    first = list(islice(items, FEW))
    yield from first
    if len(first) < FEW or not err.is_terminal:
        yield from items
        return
    total = count_documents([str(p) for p in paths]) if paths else None
    counted = "{task.completed:,} of {task.total:,} documents" if total else "{task.completed:,} documents"
    columns = (SpinnerColumn(), TextColumn(label), BarColumn(), TextColumn(counted), TimeElapsedColumn(),
               *([TimeRemainingColumn()] if total else []))
    with Progress(*columns, console=err, transient=True) as bar:
        task = bar.add_task(label, total=total, completed=len(first))
        for item in items:
            bar.advance(task)
            yield item


def _copy_samples(dest: Path) -> list[Path]:
    """Copy the bundled samples to a real directory: package data may sit inside a zip file."""
    dest.mkdir(parents=True)
    copied = []
    for entry in sorted(resources.files("communique").joinpath("samples").iterdir(), key=lambda e: e.name):
        if entry.is_file() and not entry.name.startswith((".", "_")):
            with entry.open("rb") as src, open(dest / entry.name, "wb") as dst:
                shutil.copyfileobj(src, dst)
            copied.append(dest / entry.name)
    return copied


# -- the error boundary --------------------------------------------------------------------------

def main(argv: Optional[Sequence[str]] = None) -> int:
    """Run the command line and return its `ExitStatus`; the console script exits with it."""
    args = list(sys.argv[1:] if argv is None else argv)
    show_tb = "--traceback" in args
    args = [a for a in args if a != "--traceback"]  # so `communique show X --traceback` works too
    try:
        # Not standalone: Click hands back errors (and `Exit`'s code as the return value) instead
        # of calling sys.exit, so this function decides how every failure looks.
        status = app(args=args, prog_name="communique", standalone_mode=False)
    except typer.Exit as exc:
        return exc.exit_code
    except typer.TyperException as exc:  # Typer's (vendored) Click usage errors
        exc.show()  # type: ignore[attr-defined]  # every usage error has show(); TyperException does not say so
        return exc.exit_code
    except (typer.Abort, KeyboardInterrupt):
        _fail_line("interrupted")
        return ExitStatus.INTERRUPTED
    except CommuniqueError as exc:
        _fail_line(str(exc))
        _maybe_traceback(show_tb)
        return ExitStatus.FAILED
    except BrokenPipeError:  # a reader that left early (`| head`) while a table was printed
        _silence_stdout()
        return ExitStatus.OK
    except Exception as exc:  # noqa: BLE001 - the one place that must catch everything
        if isinstance(exc, OSError) and exc.errno in _WRITE_ERRNOS:  # stdout behind a full disk, past `_output`
            _silence_stdout()
            _fail_line(str(OutputError(f"could not be written to the end ({exc.strerror})", source="standard output")))
            return ExitStatus.FAILED
        _fail_line(f"internal error: {type(exc).__name__}: {exc}".splitlines()[0]
                   + ("" if show_tb else " (rerun with --traceback and report it)"))
        _maybe_traceback(show_tb)
        return ExitStatus.INTERNAL
    return status if isinstance(status, int) else ExitStatus.OK


# What a write to a full or failing disk raises; reading errors never get here (ingest makes them
# one-line input errors), so one of these at the boundary is the output's.
_WRITE_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO})


def _maybe_traceback(show: bool) -> None:
    if show:
        traceback.print_exc(file=sys.stderr)


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so Python's exit flush does not fail again."""
    import os

    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):
        pass



# The event, analysis, search and export layers keep their commands in their own modules.
from communique import cli_analysis, cli_events, cli_export, cli_search  # noqa: E402 - they use the helpers above

for _layer in (cli_events, cli_analysis, cli_search, cli_export):
    _layer.register(app)

if __name__ == "__main__":
    sys.exit(main())
