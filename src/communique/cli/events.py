"""The commands of the event layer: `events` and `commitments` over a store, `code` for bare
sentences; added to the app by `register(app)`."""
from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Literal, Optional

import typer
from rich.console import Console

from communique.cli import common
from communique.cli import format as fmt
from communique.cli import options as opt
from communique.cli.options import DB
from communique.coding import code_many
from communique.errors import CommuniqueError, InputError
from communique.ingest.sentences import BareSentence, read_sentences
from communique.store import Store


def events(db: str = DB, dyad: Optional[str] = opt.DYAD,
           type_: Optional[str] = typer.Option(None, "--type", callback=opt.plover_type, metavar="TYPE",
                                               help="A PLOVER event type: AGREE, REQUEST, ACCUSE, ..."),
           issue: Optional[str] = opt.ISSUE, since: Optional[str] = opt.SINCE, until: Optional[str] = opt.UNTIL,
           actor: Optional[str] = opt.ACTOR,
           limit: Optional[int] = typer.Option(None, min=1, max=opt.LIMIT_MAX, metavar="N", help="At most this many events."),
           format: Literal["table", "jsonl"] = opt.TABLE_FORMAT) -> None:
    """List stored events (who did what to whom, with the evidence), oldest document first."""

    opt.date_range(since, until)
    with Store(db, create=False) as store:
        rows = store.events(dyad=dyad, type=type_, issue=issue, since=since, until=until, actor=actor, limit=limit)
    common.rows(rows, format, fmt.events_table)


def commitments(db: str = DB, dyad: Optional[str] = opt.DYAD,
                kind: Optional[Literal["pledge", "request"]] = typer.Option(
                    None, help="pledge: what a side promised; request: what it asked of another."),
                issue: Optional[str] = opt.ISSUE, since: Optional[str] = opt.SINCE, until: Optional[str] = opt.UNTIL,
                actor: Optional[str] = opt.ACTOR,
                limit: Optional[int] = typer.Option(None, min=1, max=opt.LIMIT_MAX, metavar="N", help="At most this many commitments."),
                format: Literal["table", "jsonl"] = opt.TABLE_FORMAT) -> None:
    """List stored pledges and requests (what one side promised to or asked of another)."""

    opt.date_range(since, until)
    with Store(db, create=False) as store:
        rows = store.commitments(dyad=dyad, kind=kind, issue=issue, since=since, until=until, actor=actor,
                                 limit=limit)
    common.rows(rows, format, fmt.commitments_table)


def code_(paths: list[Path] = opt.SENTENCE_PATHS,
          format: Literal["jsonl", "table"] = typer.Option("jsonl", "--format", "-f",
                                                           help="jsonl: {id, text, events} a line; table: for people.")
          ) -> None:
    """Code PLOVER events in bare sentences (news lines, readout sentences): one JSON line each."""

    failures = common.Failures()
    coded = code_many(_sentences(paths, failures), on_error=failures)
    with common.output() as stream:
        if format == "jsonl":
            for sentence in coded:  # streamed, so `tail -f news.txt | communique code -` works
                stream.write(json.dumps(sentence.to_dict(), ensure_ascii=False) + "\n")
                stream.flush()
        else:
            Console(file=stream, highlight=False).print(fmt.coded_table(list(coded)))
    failures.exit()


def _sentences(paths: Sequence[Path], on_error: Callable[[CommuniqueError], None]) -> Iterator[BareSentence]:
    """The sentences of `paths` for `code`; unreadable lines go to `on_error`, warnings are shown."""

    for item in read_sentences([str(p) for p in paths]):
        if isinstance(item, InputError):
            on_error(item)
            continue
        for warning in item.warnings:
            common.fail_line(f"warning: {item.source}: {warning}", style="yellow")
        yield item


def register(app: typer.Typer) -> None:
    """Add `events`, `commitments` and `code` to `app`."""
    app.command()(events)
    app.command()(commitments)
    app.command("code")(code_)
