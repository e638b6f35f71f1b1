"""The command of the search layer, added to the app by `register(app)`.

`communique search` parses the query before it opens the database, so a query that cannot run is a
usage error (exit 2) like a malformed --since, with the library's one-line reason and code [C302].
Readout text is untrusted: a snippet reaches Rich as `Text`, never as markup, and the matched words
are styled by their offsets (`SearchHit.marks`), never by parsing markers out of the text.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, Optional

import typer
from rich.console import RenderableType
from rich.text import Text

from communique.cli import common
from communique.cli import format as fmt
from communique.cli import options as opt
from communique.errors import BadQuery
from communique.model import BOTH
from communique.store.search import SearchHit
from communique.store.search_query import parse_query

MATCH_STYLE = "bold yellow"
PIPE_MARKERS = ("[", "]")  # when the output is no terminal, styles are lost: mark matches with brackets


def query_value(value: str) -> str:
    """Typer callback: the query, checked by the grammar `Store.search` uses."""
    try:
        parse_query(value)
    except BadQuery as exc:
        raise typer.BadParameter(str(exc)) from None
    return value


def _who(hit: SearchHit) -> Text:
    if hit.speaker is None:
        return Text("narration", style=fmt.NARRATION_STYLE)
    if hit.speaker == BOTH:
        return Text("both sides", style=fmt.BOTH_STYLE)
    return Text(f"{hit.speaker} ({hit.country})" if hit.country else hit.speaker)


def _snippet(hit: SearchHit) -> Text:
    text = Text(hit.snippet)
    for start, end in hit.marks:
        text.stylize(MATCH_STYLE, start, end)
    return text


def hits_view(hits: Sequence[SearchHit]) -> RenderableType:
    """`communique search`: per hit a line date, doc_id, speaker (country), then the snippet below."""
    if not hits:
        return Text("no statements match", style="dim")
    # The events listing's layout (aligned header, evidence indented below), so both read alike.
    return fmt._listing([([h.date or "undated", h.doc_id, _who(h)], _snippet(h), "") for h in hits])


def register(app: typer.Typer) -> None:
    """Add this layer's commands to `app`."""

    @app.command()
    def search(query: str = typer.Argument(..., callback=query_value, show_default=False, metavar="QUERY",
                                           help='Words, "quoted phrases", prefix*, OR, NOT; e.g. "Indo-Pacific".'),
               db: str = opt.DB,
               speaker_country: Optional[str] = typer.Option(None, "--speaker-country", callback=opt.code,
                                                             metavar="CODE", help="The speaker's country, e.g. CHN."),
               speaker: Optional[str] = typer.Option(None, metavar="NAME",
                                                     help="Part of the speaker's name, any case, e.g. biden."),
               since: Optional[str] = opt.SINCE, until: Optional[str] = opt.UNTIL,
               limit: int = typer.Option(20, min=1, max=opt.LIMIT_MAX, metavar="N", help="At most this many statements."),
               format: Literal["table", "jsonl"] = opt.TABLE_FORMAT) -> None:
        """Find statements by their words: best match first, with speaker, date, document and the
        matched words highlighted."""
        from communique.store import Store

        opt.date_range(since, until)
        markers = ("", "") if format == "table" and common.out.is_terminal else PIPE_MARKERS
        with Store(db, create=False) as store:
            hits = store.search(query, speaker_country=speaker_country, speaker=speaker, since=since, until=until,
                                limit=limit, markers=markers)
        common.rows(hits, format, hits_view)
