"""The `communique` command: parse arguments, call one library function, format the result.

All failure handling lives in `main`, the one error boundary (httpie's `raw_main`): a
`CommuniqueError` becomes one red line `communique: <file>: <reason> [Cxxx]` on stderr and an
`ExitStatus`; a traceback appears only with `--traceback`. Batch commands print one such line per
bad input as they go and finish with `ExitStatus.INPUT_ERRORS`. Machine formats (jsonl, json) are
written with plain `write`, not Rich, so nothing wraps or gets coloured inside them.

A thin layer (sqlite-utils' cli.py, split by group): `common` holds the app, the consoles and the
batch helpers; each command group is a module that only imports `common`, `options` (the checks of
option values, shared with the web UI) and its formatter (`format`, `analysis_format`): `readouts`
(extract, ingest, show, list), `serve`, `pipeline` (eval, demo, pipeline), `events` (events,
commitments, code), `analysis` (timeline, diff, linked, compare), `search`, `export`.
"""
from __future__ import annotations

import sys
import traceback
from collections.abc import Sequence
from typing import Optional

import typer

from communique.cli import common  # noqa: F401  (tests and embedders swap common.out, common.err)
from communique.cli.common import WRITE_ERRNOS, ExitStatus, app, fail_line, silence_stdout
from communique.errors import CommuniqueError, OutputError

# The commands, one module per group; importing them adds them to `app`, in the order of --help.
from communique.cli import readouts, serve, pipeline  # noqa: F401  isort: skip
from communique.cli import analysis, events, export, search  # isort: skip

for _group in (events, analysis, search, export):
    _group.register(app)


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
        fail_line("interrupted")
        return ExitStatus.INTERRUPTED
    except CommuniqueError as exc:
        fail_line(str(exc))
        _maybe_traceback(show_tb)
        return ExitStatus.FAILED
    except BrokenPipeError:  # a reader that left early (`| head`) while a table was printed
        silence_stdout()
        return ExitStatus.OK
    except Exception as exc:  # noqa: BLE001 - the one place that must catch everything
        if isinstance(exc, OSError) and exc.errno in WRITE_ERRNOS:  # stdout behind a full disk, past `common.output`
            silence_stdout()
            fail_line(str(OutputError(f"could not be written to the end ({exc.strerror})",
                                      source="standard output")))
            return ExitStatus.FAILED
        fail_line(f"internal error: {type(exc).__name__}: {exc}".splitlines()[0]
                  + ("" if show_tb else " (rerun with --traceback and report it)"))
        _maybe_traceback(show_tb)
        return ExitStatus.INTERNAL
    return status if isinstance(status, int) else ExitStatus.OK


def _maybe_traceback(show: bool) -> None:
    if show:
        traceback.print_exc(file=sys.stderr)


__all__ = ["ExitStatus", "app", "main"]

if __name__ == "__main__":
    sys.exit(main())
