"""Option values of the `communique` command, checked before any work starts.

Each checker is a Typer callback: it returns the normalised value (codes upper-cased, dates in ISO)
or raises `typer.BadParameter` with a message that says what a good value looks like, which the
error boundary in `cli.main` prints as a usage error (exit 2). The allowed values come from the
model (`PLOVER_TYPES`, `ENCOUNTER_TYPES`), never a copy.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Literal, Optional

import typer

from communique.model import ENCOUNTER_TYPES, PLOVER_TYPES

EncounterType = Literal[ENCOUNTER_TYPES]  # type: ignore[valid-type]  # the model's list, not a copy


def iso_date(value: Optional[str]) -> Optional[str]:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not an ISO date; write YYYY-MM-DD, e.g. 2022-04-14") from None


_CODE = re.compile(r"[A-Z][A-Z0-9_]{1,15}")  # ISO alpha-3 or an organisation's acronym (ARAB_LEAGUE, G20)


def code(value: Optional[str]) -> Optional[str]:
    if value is None:
        return None
    if not _CODE.fullmatch(value.upper()):
        raise typer.BadParameter(f"{value!r} is not a country or organisation code; e.g. CHN, USA, ASEAN")
    return value.upper()


def dyad(value: Optional[str]) -> Optional[str]:
    """"chn-vnm" -> "CHN-VNM": two codes joined by "-" (codes never hold one)."""
    if value is None:
        return None
    parts = value.upper().split("-")
    hint = "write two codes joined by '-', e.g. CHN-VNM"
    if len(parts) != 2:
        raise typer.BadParameter(f"{value!r} is not a dyad; {hint}")
    for part in parts:
        if not _CODE.fullmatch(part):
            raise typer.BadParameter(f"{value!r} is not a dyad: {part!r} is not a country or organisation code; {hint}")
    if parts[0] == parts[1]:
        raise typer.BadParameter(f"{value!r} is not a dyad: a pair of two different codes; {hint}")
    return "-".join(parts)


def plover_type(value: Optional[str]) -> Optional[str]:
    if value is not None and value.upper() not in PLOVER_TYPES:
        raise typer.BadParameter(f"{value!r} is not a PLOVER event type; one of {', '.join(PLOVER_TYPES)}")
    return value.upper() if value else None


def issue(value: Optional[str]) -> Optional[str]:
    if value is not None and not re.fullmatch(r"[a-z0-9_]+", value):
        raise typer.BadParameter(f"{value!r} is not an issue id; ids look like south_china_sea, covid19")
    return value


def scheduler(value: str) -> str:
    """`local`, or a Dask scheduler's address as `dask scheduler` prints it (tcp://HOST:PORT)."""
    if value == "local" or re.fullmatch(r"tcp://\S+:\d{1,5}", value):
        return value
    raise typer.BadParameter(f"{value!r} is not a scheduler; write local, or tcp://HOST:PORT as `dask scheduler` "
                             "prints it")


def date_range(since: Optional[str], until: Optional[str]) -> None:
    if since and until and since > until:
        raise typer.BadParameter(f"--since {since} is after --until {until}")


PATHS = typer.Argument(..., show_default=False, metavar="PATH", help="Files, directories or glob patterns (.txt, .html, .jsonl, also .gz; - for stdin).")
DB = typer.Option("communique.db", "--db", envvar="COMMUNIQUE_DB", metavar="DB", help="SQLite file or SQLAlchemy URL.")
PUBLISHER = typer.Option(None, "--publisher", callback=code, metavar="CODE",
                         help="Code of the government that published the readouts, when the input does not say.")
JOBS = typer.Option(None, "--jobs", "-j", min=0, metavar="N",
                    help="Worker processes, 0 for one per core: a process pool when N > 1; with --engine dask, "
                         "the local cluster's workers (default: one per core).")
SINCE = typer.Option(None, callback=iso_date, metavar="DATE", help="On or after (YYYY-MM-DD).")
UNTIL = typer.Option(None, callback=iso_date, metavar="DATE", help="On or before (YYYY-MM-DD).")
ISSUE = typer.Option(None, callback=issue, metavar="ID", help="An issue id, e.g. ukraine.")
DYAD = typer.Option(None, callback=dyad, metavar="A-B", help="Two codes, e.g. CHN-VNM; either may be the actor.")
ACTOR = typer.Option(None, callback=code, metavar="CODE", help="Only what this actor did.")
# `--format` of a command that prints a table for people by default, or the text of a report
TABLE_FORMAT = typer.Option("table", "--format", "-f")
TEXT_FORMAT = typer.Option("text", "--format", "-f")
SENTENCE_PATHS = typer.Argument(
    ..., show_default=False, metavar="PATH", help='JSONL files of {"id"?, "text"}, or text files with one sentence a line; - for stdin.')

__all__ = ["ACTOR", "DB", "DYAD", "EncounterType", "ISSUE", "JOBS", "PATHS", "PUBLISHER", "SENTENCE_PATHS", "SINCE",
           "TABLE_FORMAT", "TEXT_FORMAT", "UNTIL", "code", "date_range", "dyad", "iso_date", "issue", "plover_type",
           "scheduler"]


# The largest `--limit` any list takes: past it SQLite's integers overflow ("--limit 99999999999999999999"
# was an OverflowError, exit 4); a million rows is more than a terminal or a pipe wants at once.
LIMIT_MAX = 1_000_000

