"""Rich renderables for the CLI: how readouts, lists, scores and summaries look to a person.

Pure functions from library results to renderables; they never print, so the commands decide where
output goes and tests can render them to a string. Every piece of document text enters as `Text`,
never as markup, so a "[" in a readout cannot turn into a Rich style.
"""
from __future__ import annotations

import zlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from rich import box
from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.markup import escape
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text

from communique.model import BOTH, Event, Readout, Span

PALETTE = ("cyan", "green", "yellow", "blue", "bright_red", "bright_cyan", "bright_green", "bright_yellow")
BOTH_STYLE = "bold magenta"
NARRATION_STYLE = "dim italic"
MAX_SPEAKER_LINES = 10  # per document in the eval table; the JSON report has them all


def _join(values: Iterable[Any], sep: str = ", ") -> str:
    return sep.join(str(v) for v in values if v)


_NO_WRAP = frozenset({"date", "encounter", "statements", "events"})
"""Columns of short fixed values: never broken."""
_COUNTS = frozenset({"statements", "events"})


def _table(*names: str) -> Table:
    """A table for rows of documents that stays readable in 80 columns.

    Dates, encounter types and counts never wrap; everything else wraps at spaces and folds where
    there are none. An id is copied whole into `show`, so `_ByWidth` widens its column to the
    longest id it holds, up to half the console: only an id longer than that ("wh-2021-01-21-
    readout-of-..." in 80 columns) is folded.
    """
    table = Table(box=box.SIMPLE_HEAD)
    for name in names:
        # An id is looked up whole (`show ID`): at least its header's width, even in 80 columns.
        table.add_column(name, no_wrap=name in _NO_WRAP, overflow="fold", min_width=6 if name.endswith("id") else None,
                         justify="right" if name in _COUNTS else "left")
    return table


def _first(values: Sequence[str], n: int = 3) -> str:
    """The first `n` values and how many more: a table cell, not the whole list (that is `show`)."""
    more = f" +{len(values) - n} more" if len(values) > n else ""
    return _join(values[:n]) + more


def _row(table: Table, *cells: str | Text | None) -> None:
    """Add a row whose strings are plain text: Rich would read "[/b]" in a title as markup (and fail)."""
    table.add_row(*(c if isinstance(c, Text) else Text(c or "") for c in cells))


def speaker_styles(readout: Readout) -> dict[str, str]:
    """A colour per participant, by order of appearance: stable, and distinct up to eight speakers."""
    return {p.name: PALETTE[i % len(PALETTE)] for i, p in enumerate(readout.participants)}


def _speaker_style(name: str, styles: Mapping[str, str]) -> str:
    # A speaker who is not a participant still gets the same colour every time.
    return styles.get(name) or PALETTE[zlib.crc32(name.encode()) % len(PALETTE)]


def readout_view(readout: Readout) -> RenderableType:
    """`communique show`: header, participants, issues, then one line per statement."""
    loc = readout.location
    where = f"{loc.name} ({loc.country})" if loc and loc.country else (loc.name if loc else None)
    header = Text.assemble((readout.doc_id, "bold"), "\n",
                           _join([readout.date or "undated", readout.encounter.replace("_", " "), where], " · "))
    if readout.title:
        header.append("\n" + readout.title, style="italic")
    styles = speaker_styles(readout)
    people = Table("participant", "title", "country", box=None, pad_edge=False, header_style="bold")
    for p in readout.participants:
        _row(people, Text(p.name, style=styles[p.name]), p.title, p.country)
    lines = Table.grid(padding=(0, 1))
    lines.add_column(justify="right", no_wrap=True)
    lines.add_column()
    for s in readout.statements:
        if s.speaker is None:
            _row(lines, "", Text(s.text, style=NARRATION_STYLE))
        elif s.speaker == BOTH:
            _row(lines, Text("both sides", style=BOTH_STYLE), s.text)
        else:
            _row(lines, Text(s.speaker, style=_speaker_style(s.speaker, styles)), s.text)
    issues = Text.assemble(("issues: ", "bold"), _join(readout.issues) or "none found")
    parts: list[RenderableType] = [header, ""]
    parts += [people, ""] if readout.participants else [Text("no participants found", style="dim"), ""]
    return Group(*parts, issues, "", lines, "", _events_grid(readout.events))


def _arrow(actor: str, target: str | None) -> str:
    return f"{actor} → {target or '-'}"


def _type(e: Event) -> Text:
    # A negated cue ("will never accept") already chose the type; say so, the analyst may disagree.
    return Text.assemble((e.type, "bold"), (" (negated)", "dim") if e.negated else "")


def _events_grid(events: Sequence[Event]) -> RenderableType:
    """The events of `show`: type, actor → target, polarity, then the evidence words."""
    if not events:
        return Text("events: none coded", style="dim")
    grid = Table("type", "actor → target", "polarity", "evidence", box=None, pad_edge=False, header_style="bold",
                 title="events", title_justify="left", title_style="bold")
    for e in events:
        _row(grid, _type(e), _arrow(e.actor, e.target), e.polarity,
             _evidence(e.text, e.span, bold=e.trigger, underline=e.object))
    return grid


class _ByWidth:
    """A table where the console is wide enough for it to break no word, else the same rows as
    records (`_listing`): in 80 columns a table of six or eight columns breaks its headers and
    words ("locat|ion"), and records read at any width."""

    def __init__(self, table: Table, records: RenderableType, ids: Iterable[str]) -> None:
        self.table, self.records = table, records
        self.longest_id = max((len(i) for i in ids), default=0)

    def __rich_console__(self, console: Any, options: Any) -> Iterator[RenderableType]:
        # the ids' column (the first) as wide as its longest id, up to half the console: no id split
        column = self.table.columns[0]
        column.min_width = max(column.min_width or 0, min(self.longest_id, options.max_width // 2))
        # its minimum: every column as wide as its longest word (measured without the console's limit)
        needs = Measurement.get(console, options.update_width(1_000_000), self.table).minimum
        yield self.table if needs <= options.max_width else self.records


def readouts_table(readouts: Iterable[Readout]) -> RenderableType:
    """`extract --format table`: one row per readout (in a narrow console, a record each)."""
    table = _table("doc_id", "date", "encounter", "location", "participants", "issues", "statements", "events")
    records = []
    for r in readouts:
        people = _join(f"{p.name} ({p.country})" if p.country else p.name for p in r.participants)
        where = r.location.name if r.location else None
        _row(table, r.doc_id, r.date, r.encounter, where, people, _first(r.issues), str(len(r.statements)),
             str(len(r.events)))
        records.append(([r.doc_id, r.date or "undated", r.encounter, where,
                         f"{len(r.statements)} statements, {len(r.events)} events"],
                        Text(people or "no participants found"), _issues(r.issues)))
    if not records:
        return Text("no readouts", style="dim")
    return _ByWidth(table, _listing(records), (h[0] for h, _, _ in records))


def _inside(text: str, span: Span, mark: Span | None) -> tuple[int, int] | None:
    """Offsets of `mark` (document offsets) inside the evidence `text` found at `span`, if it lies there."""
    if mark is None or not span.contains(mark) or len(text) != span.end - span.start:
        return None
    return mark.start - span.start, mark.end - span.start


def _evidence(text: str, span: Span, *, bold: Span | None = None, underline: Span | None = None) -> Text:
    """The evidence words, the trigger in bold and the object underlined: one sentence often holds
    several events ("firmly supports ..., firmly supports ..."), and the marks tell them apart."""
    out = Text(text)
    for mark, style in ((bold, "bold"), (underline, "underline")):
        where = _inside(text, span, mark)
        if where:
            out.stylize(style, *where)
    return out


def _trigger(e: Event) -> str | None:
    """The cue words in quotes, for the header line (styles are lost when the output is piped)."""
    where = _inside(e.text, e.span, e.trigger)
    return f'"{e.text[where[0]:where[1]]}"' if where else None


def _listing(records: Sequence[tuple[Sequence[str | Text | None], Text, str]]) -> RenderableType:
    """Records as an aligned header line each, the (long) evidence indented below it, then a dim
    note (issues). Not a table: evidence runs to hundreds of characters, and a table column would
    squeeze it into a narrow strip that wraps every few words."""
    cells = [[c if isinstance(c, Text) else Text(c or "") for c in head] for head, _, _ in records]
    widths = [max(row[i].cell_len for row in cells) for i in range(len(cells[0]))]
    parts: list[RenderableType] = []
    for row, (_, body, note) in zip(cells, records):
        head = Text()
        for cell, width in zip(row, widths):
            head.append_text(cell)
            head.append(" " * (width - cell.cell_len + 2))
        head.rstrip()
        parts += [head, Padding(body, (0, 0, 0, 4))]
        if note:
            parts.append(Padding(Text(note, style="dim"), (0, 0, 0, 4)))
    return Group(*parts)


def _issues(issues: Sequence[str]) -> str:
    return f"issues: {_join(issues)}" if issues else ""


def events_table(rows: Sequence[Any]) -> RenderableType:
    """`communique events`: per `EventRow` a line date, doc_id, type, actor → target, polarity, trigger
    words, then its evidence and issues."""
    if not rows:
        return Text("no events match", style="dim")
    return _listing([
        ([r.date or "undated", r.doc_id, _type(r.event), _arrow(r.event.actor, r.event.target), r.event.polarity,
          _trigger(r.event)],
         _evidence(r.event.text, r.event.span, bold=r.event.trigger, underline=r.event.object),
         _issues(r.event.issues))
        for r in rows
    ])


def commitments_table(rows: Sequence[Any]) -> RenderableType:
    """`communique commitments`: per `CommitmentRow` a line date, doc_id, kind, actor → target, amounts,
    then the evidence with what was pledged or asked underlined, and the issues."""
    if not rows:
        return Text("no commitments match", style="dim")
    return _listing([
        ([r.date or "undated", r.doc_id, Text(r.commitment.kind, style="bold"),
          _arrow(r.commitment.actor, r.commitment.target), _join(q.text for q in r.commitment.quantities)],
         _evidence(r.commitment.text, r.commitment.span, underline=r.commitment.object),
         _issues(r.commitment.issues))
        for r in rows
    ])


def coded_table(coded: Sequence[Any]) -> RenderableType:
    """`communique code --format table`: each sentence with its id, then its events, or "no events"."""
    parts: list[RenderableType] = []
    for sentence in coded:
        parts.append(Text.assemble((sentence.id, "bold"), "  ", sentence.text))
        for e in sentence.events:
            parts.append(Padding(Text.assemble(_type(e), "  ", _arrow(e.actor, e.target), "  ", e.polarity, "  ",
                                               _evidence(e.text, e.span, bold=e.trigger, underline=e.object)),
                                 (0, 0, 0, 4)))
        if not sentence.events:
            parts.append(Padding(Text("no events", style="dim"), (0, 0, 0, 4)))
    return Group(*parts) if parts else Text("no sentences", style="dim")


def documents_table(docs: Sequence[Any]) -> RenderableType:
    """`communique list`: one row per `DocumentSummary`."""
    if not docs:
        return Text("no documents match", style="dim")
    table = _table("doc_id", "date", "encounter", "participants", "issues", "title")
    for d in docs:
        _row(table, d.doc_id, d.date, d.encounter, _join(d.participants, "; "), _first(d.issues), d.title)
    records = _listing([([d.doc_id, d.date or "undated", d.encounter],
                         Text("\n".join(filter(None, [_join(d.participants, "; "), d.title]))), _issues(d.issues))
                        for d in docs])
    return _ByWidth(table, records, (d.doc_id for d in docs))


def ingest_summary(counts: Mapping[str, int], failed: int, *, db: str, total: int) -> Text:
    text = Text.assemble(*(f"{counts.get(k, 0)} {k}, " for k in ("added", "unchanged", "replaced")))
    if counts.get("duplicate"):
        text.append(f"{counts['duplicate']} skipped as duplicate ids, ", style="yellow")
    text.append(f"{failed} failed", style="red" if failed else "")
    text.append(f"; {db} holds {total} document{'s' if total != 1 else ''}")
    return text


def parquet_summary(summary: Any) -> Text:
    """`communique extract --out DIR`: what was written where, and how many documents failed."""
    rows = summary.rows
    text = Text(f"{rows['readouts']:,} readouts ({rows['statements']:,} statements, {rows['events']:,} events, "
                f"{rows['commitments']:,} commitments) in {summary.parts:,} parts under {summary.out_dir}; ")
    text.append(f"{summary.errors:,} failed", style="red" if summary.errors else "")
    if summary.errors:
        text.append(f" (listed in {summary.out_dir / 'errors.jsonl'})")
    return text


def scores_table(report: Any) -> Table:
    """`communique eval`: the figures of the reference scorer, one metric a row."""
    table = Table("metric", "accuracy", "P", "R", "F1", title=f"{report.docs} gold documents")
    for name, value in report.accuracy.items():
        _row(table, name, "n/a" if value is None else f"{value:.4f}", "", "", "")
    for name, v in report.prf.items():
        _row(table, name, "", f"{v['p']:.4f}", f"{v['r']:.4f}", f"{v['f1']:.4f}")
    return table


GROUP_COLUMNS = ("docs", "date", "encounter", "location", "speaker", "participants F1", "issues F1", "events F1")


def groups_table(groups: Mapping[str, Any], total: Any, *, by: str) -> Table:
    """`communique eval --by publisher`: the headline figures of each group's documents, then of all."""
    # Nine columns in 80: one space between them; each figure column as wide as its longest header
    # word ("participants F1" wraps at its space), so only a long group name folds.
    table = Table(title=f"{total.docs} gold documents by {by}", box=box.SIMPLE, padding=0, show_edge=False,
                  show_footer=True)
    table.add_column(by, footer="total", overflow="fold")
    for name, cell in zip(GROUP_COLUMNS, _group_cells(total)):
        width = max(len(cell), *(len(word) for word in name.split()))
        table.add_column(name, footer=cell, justify="right", width=width if name != "docs" else None)
    for name, report in groups.items():
        _row(table, name, *_group_cells(report))
    return table


def _group_cells(report: Any) -> list[str]:
    accuracy = ("n/a" if report.accuracy[k] is None else f"{report.accuracy[k]:.4f}"
                for k in ("date", "encounter", "location", "speaker"))
    return [str(report.docs), *accuracy, *(f"{report.prf[k]['f1']:.4f}" for k in ("participants", "issues", "events"))]


def document_errors(report: Any) -> RenderableType:
    """Each document's errors, so a developer sees which sentence or field went wrong."""
    parts: list[RenderableType] = []
    for d in report.documents:
        if d.ok:
            continue
        parts.append(Text(d.doc_id, style="bold underline"))
        if d.no_output:
            parts.append(Text("  no readout: the document failed or was not in the corpus", style="red"))
        if d.no_text:
            parts.append(Text("  no text in the corpus: statements could not be located", style="red"))
        for f in d.fields:
            parts.append(Text(f"  {f.field}: gold {f.gold!r}, system {f.system!r}"))
        for kind in ("participants", "issues", "events"):
            for side in ("missing", "extra"):
                items = getattr(d, f"{kind}_{side}")
                if items:
                    parts.append(Text(f"  {kind} {side}: " + _join(_item(i) for i in items)))
        for s in d.speakers[:MAX_SPEAKER_LINES]:
            why = "not in text" if not s.found else "no statement" if not s.covered else f"system {s.system!r}"
            snippet = s.text if len(s.text) <= 90 else s.text[:87] + "..."
            parts.append(Text.assemble(f"  speaker: gold {s.gold!r}, {why}: ", (snippet, "dim")))
        if len(d.speakers) > MAX_SPEAKER_LINES:
            parts.append(Text(f"  ... {len(d.speakers) - MAX_SPEAKER_LINES} more wrong speakers (--format json lists all)",
                              style="dim"))
    return Group(*parts) if parts else Text("no errors", style="green")


def _item(item: Any) -> str:
    if isinstance(item, dict):
        return f"{item.get('name')} ({item.get('country')})"
    if isinstance(item, list):
        return "/".join(str(x) for x in item)
    return str(item)


def stages_table(stages: Iterable[Any]) -> Table:
    table = Table("#", "stage", "requires", "assigns", "function", title="extraction pipeline")
    for i, st in enumerate(stages, 1):
        func = f"{st.func.__module__.removeprefix('communique.')}.{st.func.__name__}"
        _row(table, str(i), st.name, _join(st.requires), _join(st.assigns), func)
    return table


def demo_view(summary: Any, example: Readout | None) -> RenderableType:
    """`communique demo`: what the store holds, then one readout shown as `show` would."""
    head = Text.assemble(("communique demo", "bold"), f": {summary.documents} sample readouts extracted and stored")
    if summary.first_date:
        head.append(f", {summary.first_date} to {summary.last_date}")
    rows = Table(box=None, show_header=False, pad_edge=False)
    rows.add_column(style="bold")
    rows.add_column()
    _row(rows, "encounters", _counts(summary.encounters))
    _row(rows, "participants by country", _counts(summary.countries))
    _row(rows, "top issues", _counts(summary.issues))
    parts: list[RenderableType] = [head, rows]
    if example is not None:
        parts += ["", Text("Example readout", style="bold underline"), readout_view(example)]
    return Group(*parts)


def _counts(pairs: Sequence[tuple[str, int]]) -> str:
    return ", ".join(f"{name} {n}" for name, n in pairs) or "none found yet"


def timeline_table(timeline: Any) -> RenderableType:
    """`communique timeline`: one row per period: encounters, events by type, intensity, issues."""
    if not timeline.periods:
        return Text(f"no dated readouts or events for {'-'.join(timeline.dyad)}", style="dim")
    a, b = timeline.dyad
    table = Table(title=f"{a}–{b} by {timeline.by}" + (f", {timeline.issue}" if timeline.issue else ""),
                  header_style="bold", box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column("period", no_wrap=True)
    table.add_column("met", justify="right")
    table.add_column("events by type")
    for name in (a, b, "net"):
        table.add_column(name, justify="right", no_wrap=True)
    table.add_column("top issues")
    for p in timeline.periods:
        events = ", ".join(f"{t}:{n}" for t, n in sorted(p.events.items(), key=lambda kv: -kv[1]))
        scores = [f"{p.intensity[side]:+g}" if side in p.intensity else "" for side in (a, b)]
        table.add_row(p.period, str(p.encounters or ""), events, *scores, f"{p.net_intensity:+g}" if p.events else "",
                      escape(_first(list(p.issues))))
    return table
