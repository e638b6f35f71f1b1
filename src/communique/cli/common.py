"""What every command shares: the app, the two consoles, exit codes, and the batch helpers.

`out` and `err` are read by attribute (`common.out`) in the command modules, so a test (or an
embedding program) can swap them. Machine formats (jsonl, json) are written with plain `write`
through `output`, not Rich, so nothing wraps or gets coloured inside them.
"""
from __future__ import annotations

import errno
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from enum import IntEnum
from itertools import islice
from pathlib import Path
from typing import IO, Any, Optional, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.text import Text

from communique import __version__
from communique.errors import CommuniqueError, EmptyInput, InputError, OutputError
from communique.ingest import count_documents, read_paths
from communique.ingest.paths import WALKED
from communique.model import Document
from communique.settings import Settings


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
# What a write to a full or failing disk raises; reading errors never reach the commands (ingest
# makes them one-line input errors), so one of these while output is written is the output's.
WRITE_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO})
T = TypeVar("T")


def fail_line(message: str, *, style: str = "red") -> None:
    # soft_wrap: one error is one line however long, so `grep` and `wc -l` see one line.
    err.print(Text(f"communique: {message}", style=style), soft_wrap=True)


class Failures:
    """`on_error` for batches: print each failure as it happens, remember that one happened."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, error: CommuniqueError) -> None:
        self.count += 1
        fail_line(str(error))

    def exit(self) -> None:
        if self.count:
            raise typer.Exit(ExitStatus.INPUT_ERRORS)


def documents(paths: Sequence[Path], settings: Settings, on_error: Failures) -> Iterator[Document]:
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
            fail_line(f"warning: {item.source or item.doc_id}: {warning}", style="yellow")
        yield item
    if not read and paths:  # an empty directory, or one without readable file types: say so, exit 1
        kinds = ", ".join(sorted(WALKED))
        on_error(EmptyInput(f"no documents in the inputs (a directory gives its {kinds} files, gzipped or not)",
                            source=", ".join(map(str, paths))))


# -- the root of the command line ----------------------------------------------------------------

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


# -- helpers of the commands -----------------------------------------------------------------------

def rows(found: Sequence[Any], format: str, table: Callable[[Sequence[Any]], Any]) -> None:
    """Query results as JSON lines (`to_dict` each) or as the given table."""
    if format == "jsonl":
        with output() as stream:
            stream.writelines(json.dumps(r.to_dict(), ensure_ascii=False) + "\n" for r in found)
    else:
        out.print(table(found))


@contextmanager
def output(path: Optional[Path] = None) -> Iterator[IO[str]]:
    """stdout or the --output file; a reader that leaves early (`| head`) ends the command quietly.

    A file is written under a temporary name beside it and renamed at the end: a write that fails
    half-way (a full disk) leaves no partial file, and the file that was there before is untouched.
    """
    if path is None:
        try:
            yield sys.stdout
            sys.stdout.flush()
        except BrokenPipeError:
            silence_stdout()
            raise typer.Exit(ExitStatus.OK) from None
        except OSError as exc:  # a full disk or a lost mount behind a redirect; anything else is not ours
            if exc.errno not in WRITE_ERRNOS:
                raise
            silence_stdout()
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


def progress(items: Iterable[T], label: str, paths: Sequence[Path] = ()) -> Iterator[T]:
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


def silence_stdout() -> None:
    """After a broken pipe or a failed write, point stdout at /dev/null so Python's exit flush does
    not fail again."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):
        pass
