"""The commands of the analysis layer (`timeline`, `diff`, `linked`, `compare`), added to the app by
`register(app)`.

`diff`, `linked` and `compare` parse their options, call one function of `communique.analysis`, and
format its result (`cli.analysis_format`). The analysis modules load scikit-learn, so they are imported
inside the commands: `communique list` does not pay for them.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Literal, Optional

import typer
from rich.text import Text

from communique.cli import common
from communique.cli import format as fmt
from communique.cli import options as opt
from communique.cli.options import DB

THRESHOLD = typer.Option(None, "--threshold", min=0.0, max=1.0, metavar="COSINE",
                         help="Similarity (TF-IDF cosine) at which two statements say the same; "
                              "default: the one chosen on the dev China-Vietnam pair.")
DAYS = typer.Option(1, "--days", min=0, metavar="N", help="Readouts of one encounter are at most this many days apart.")


def _pair(dyad: Optional[str]) -> Optional[tuple[str, str]]:
    if dyad is None:
        return None
    a, b = dyad.split("-")
    return a, b


def _tuning(threshold: Optional[float]) -> dict[str, float]:
    return {} if threshold is None else {"threshold": threshold}


def _write_json(data: object) -> None:

    with common.output() as stream:
        stream.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def diff(a: Optional[str] = typer.Argument(None, metavar="[A]", show_default=False,
                                           help="The earlier readout's doc_id."),
         b: Optional[str] = typer.Argument(None, metavar="[B]", show_default=False,
                                           help="The later readout's doc_id."),
         dyad: Optional[str] = typer.Option(None, "--dyad", callback=opt.dyad, metavar="A-B",
                                            help="Two codes, e.g. CHN-VNM; with --latest."),
         latest: bool = typer.Option(False, "--latest", help="Diff the two most recent readouts of --dyad."),
         db: str = DB, threshold: Optional[float] = THRESHOLD,
         format: Literal["text", "json"] = opt.TEXT_FORMAT) -> None:
    """Show what changed between two readouts: issues, new wording, commitments, who raised what."""
    from communique.cli import analysis_format as fmt
    from communique.analysis.diff import diff_readouts, latest_pair
    from communique.store import Store

    pair = _pair(dyad)
    if (a or b) and (pair or latest):
        raise typer.BadParameter("give two doc_ids, or --dyad A-B --latest, not both")
    if not (a and b) and not (pair and latest):
        raise typer.BadParameter("give two doc_ids (communique diff A B), or --dyad A-B --latest")
    with Store(db, create=False) as store:
        older, newer = latest_pair(store, pair) if pair else (store.get(a), store.get(b))
    result = diff_readouts(older, newer, **_tuning(threshold))
    if format == "json":
        _write_json(result.to_dict())
    else:
        common.out.print(fmt.diff_view(result))


def linked(db: str = DB,
           dyad: Optional[str] = typer.Option(None, "--dyad", callback=opt.dyad, metavar="A-B",
                                              help="Only encounters of these two countries, e.g. CHN-VNM."),
           since: Optional[str] = opt.SINCE, until: Optional[str] = opt.UNTIL, days: int = DAYS,
           format: Literal["table", "jsonl"] = opt.TABLE_FORMAT) -> None:
    """List encounters that several stored readouts report (e.g. both governments' readouts of one call)."""
    from communique.cli import analysis_format as fmt
    from communique.analysis.linking import link_encounters
    from communique.store import Store

    opt.date_range(since, until)
    with Store(db, create=False) as store:
        groups = link_encounters(store, days=days, dyad=_pair(dyad), since=since, until=until)
    common.rows(groups, format, fmt.encounters_table)


def compare(doc_id: str = typer.Argument(..., metavar="DOC_ID", help="A doc_id, as `communique list` prints it."), db: str = DB,
            days: int = DAYS, threshold: Optional[float] = THRESHOLD,
            format: Literal["text", "json"] = opt.TEXT_FORMAT) -> None:
    """Show a readout beside the other readouts of its encounter: issues, what only one side reported, events."""
    from communique.cli import analysis_format as fmt
    from communique.analysis.linking import compare_linked, encounter_of
    from communique.store import Store

    with Store(db, create=False) as store:
        readouts = encounter_of(store, doc_id, days=days)
    result = compare_linked(readouts, **_tuning(threshold))
    if format == "json":
        _write_json(result.to_dict())
    else:
        common.out.print(fmt.side_by_side(result, days=days))


def timeline(dyad: str = typer.Option(..., "--dyad", callback=opt.dyad, metavar="A-B",
                                      help="Two codes, e.g. CHN-VNM (both directions)."),
             db: str = DB, issue: Optional[str] = opt.ISSUE,
             by: Literal["month", "quarter", "year"] = typer.Option("month", "--by", help="Period length."),
             since: Optional[str] = opt.SINCE, until: Optional[str] = opt.UNTIL,
             chart: Optional[Path] = typer.Option(None, "--chart", metavar="FILE",
                                                  help="Also draw it: .html (interactive, offline) or .png/.svg/.pdf."),
             format: Literal["table", "json"] = opt.TABLE_FORMAT) -> None:
    """Encounters, events by type, net intensity and issues of a country pair, per period."""
    from communique.analysis.charts import check_chart_path, write_chart
    from communique.analysis.timeline import timeline as timeline_of
    from communique.store import Store

    opt.date_range(since, until)
    if chart is not None:
        check_chart_path(chart)
    with Store(db, create=False) as store:
        result = timeline_of(store, dyad, by=by, issue=issue, since=since, until=until)
    if chart is not None:
        write_chart(result, chart)
    if format == "json":
        with common.output() as stream:
            stream.write(json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        common.out.print(fmt.timeline_table(result))
    if chart is not None:
        common.err.print(Text(f"chart written to {chart}", style="dim"), soft_wrap=True)


def register(app: typer.Typer) -> None:
    """Add this layer's commands to `app`."""
    for command in (timeline, diff, linked, compare):
        app.command()(command)
