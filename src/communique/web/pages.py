"""The HTML pages: readouts list, one readout with its evidence, events, a dyad over time, search.

Each handler checks its parameters (`params`, the CLI's own checks), calls the library and hands
typed records to a Jinja2 template; templates autoescape everything, and the readout text reaches
them already escaped and marked (`render.pieces`).
"""
from __future__ import annotations

import csv
import io
from itertools import combinations
from typing import Optional

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, StreamingResponse
from markupsafe import Markup

from communique.analysis.charts import ENCOUNTER_COLOUR, NET_COLOUR, TYPE_COLOURS, axis_ranges
from communique.analysis.timeline import period_bounds, timeline
from communique.errors import AnalysisError
from communique.model import ENCOUNTER_TYPES, PLOVER_TYPES, POLARITIES
from communique.web import params
from communique.store.search import ranked
from communique.web.render import pieces, snippet, speaker_classes

router = APIRouter()
PAGE = 50  # readouts per page


def _page(request: Request, template: str, **context):
    return request.app.state.templates.TemplateResponse(request, template, context)


@router.get("/", response_class=HTMLResponse)
def readouts(request: Request, filters: dict = Depends(params.readout_filters),
             page: int = Query(1, ge=1, le=params.MAX_OFFSET // PAGE)):
    """The stored readouts, newest first, filtered and paged."""
    store = request.app.state.store
    rows = store.list(**filters, limit=PAGE, offset=(page - 1) * PAGE, newest_first=True)
    total = store.count(**filters)
    shown = {k: v for k, v in filters.items() if v}
    return _page(request, "list.html", rows=rows, page=page, pages=max(1, -(-total // PAGE)), total=total,
                 filters=shown, encounters=ENCOUNTER_TYPES)


# `:path`: an id may hold "/" (a readout found in a subfolder: chn/2022-04-14), so the compare page
# has a prefix of its own: under /readouts/ it would take any id ending in "/compare".
@router.get("/compare/{doc_id:path}", response_class=HTMLResponse)
def compare(request: Request, doc_id: str):
    """The readout beside the others of its encounter (readouts of one call by both governments)."""
    from communique.analysis.linking import compare_linked, encounter_of

    group = encounter_of(request.app.state.store, doc_id)
    return _page(request, "compare.html", doc_id=doc_id, side_by_side=compare_linked(group),
                 titles={r.doc_id: r.title for r in group})


@router.get("/readouts/{doc_id:path}", response_class=HTMLResponse)
def readout(request: Request, doc_id: str):
    """One readout: its text coloured by speaker with events and issues marked, and its records."""
    from communique.analysis.linking import encounter_of

    store = request.app.state.store
    r = store.get(doc_id)  # NotFound -> the 404 page
    others = [o.doc_id for o in encounter_of(store, doc_id)[1:]]
    countries = list(dict.fromkeys(p.country for p in r.participants if p.country))
    dyads = ["-".join(pair) for pair in combinations(countries, 2)]
    groups: dict[str, list] = {}
    for e in r.events:  # a long readout's events (800 in one) by type, most first, each collapsible
        groups.setdefault(e.type, []).append((e, snippet_of(e)))
    event_groups = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    return _page(request, "readout.html", r=r, pieces=pieces(r), classes=speaker_classes(r), linked=others,
                 dyads=dyads, event_groups=event_groups)


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request, filters: dict = Depends(params.event_filters),
                page: int = Query(1, ge=1, le=params.MAX_OFFSET // PAGE)):
    """Events (who did what to whom) with their trigger and evidence, each linked to its sentence in
    its readout; filtered, counted per type, 50 a page. `/events.csv` is its spreadsheet twin and
    `/api/events` its JSON one."""
    store = request.app.state.store
    rows = store.events(**filters, limit=PAGE, offset=(page - 1) * PAGE)
    by_type = store.event_counts(**{**filters, "type": None})  # every type's count, the chosen one too
    total = by_type.get(filters["type"], 0) if filters["type"] else sum(by_type.values())
    shown = {("q" if k == "words" else k): v for k, v in filters.items() if v}
    return _page(request, "events.html", rows=[(r, snippet_of(r.event)) for r in rows], by_type=by_type,
                 total=total, page=page, pages=max(1, -(-total // PAGE)), filters=shown,
                 types=PLOVER_TYPES, polarities=POLARITIES)


@router.get("/events.csv")
def events_csv(request: Request, filters: dict = Depends(params.event_filters)) -> StreamingResponse:
    """Every event the page's filters keep, as CSV (one row an event: the export's columns)."""
    rows = request.app.state.store.events(**filters, limit=params.CSV_ROWS)
    columns = ["date", "doc_id", "ordinal", "type", "actor", "target", "polarity", "mode", "intensity", "negated",
               "issues", "trigger", "text"]

    def trigger(e) -> str:  # noqa: ANN001 - a model Event
        return e.text[e.trigger.start - e.span.start:e.trigger.end - e.span.start] if e.trigger else ""

    return _csv("events.csv", columns, ([r.date, r.doc_id, r.ordinal, r.event.type, r.event.actor, r.event.target,
                                         r.event.polarity, r.event.mode, r.event.intensity, r.event.negated,
                                         ";".join(r.event.issues), trigger(r.event), r.event.text] for r in rows))


@router.get("/readouts.csv")
def readouts_csv(request: Request, filters: dict = Depends(params.readout_filters)) -> StreamingResponse:
    """Every readout the list's filters keep, newest first, as CSV: the list page's spreadsheet twin."""
    rows = request.app.state.store.list(**filters, limit=params.CSV_ROWS, newest_first=True)
    return _csv("readouts.csv", ["date", "doc_id", "encounter", "participants", "issues", "title"],
                ([d.date, d.doc_id, d.encounter, "; ".join(d.participants), ";".join(d.issues), d.title] for d in rows))


@router.get("/search.csv")
def search_csv(request: Request, q: str, filters: dict = Depends(params.search_filters)) -> StreamingResponse:
    """Every statement the search finds, best first, as CSV: the search page's spreadsheet twin."""
    hits = request.app.state.store.search(q, **filters, limit=params.CSV_ROWS, markers=("", ""))
    return _csv("search.csv", ["date", "doc_id", "ordinal", "speaker", "country", "title", "text"],
                ([h.date, h.doc_id, h.ordinal, h.speaker, h.country, h.title, h.text] for h in hits))


def _csv(name: str, columns: list[str], rows) -> StreamingResponse:  # noqa: ANN001 - an iterable of lists
    """`rows` as a CSV download, sent 64 KB at a time (a row at a time cost a thread hop each: 25 s
    for 38,000 events). A text cell that a spreadsheet would run as a formula (=, +, -, @) gets a
    leading apostrophe, as OWASP advises for CSV meant for spreadsheets."""
    def lines():
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(columns)
        for row in rows:
            writer.writerow(["'" + c if isinstance(c, str) and c[:1] in _FORMULA else c for c in row])
            if buffer.tell() > 65536:
                yield buffer.getvalue()
                buffer.seek(0)
                buffer.truncate()
        yield buffer.getvalue()

    return StreamingResponse(lines(), media_type="text/csv; charset=utf-8",
                             headers={"Content-Disposition": f'attachment; filename="{name}"'})


_FORMULA = frozenset("=+-@\t\r")


def snippet_of(event) -> Markup:  # noqa: ANN001 - a model Event
    """The evidence with its trigger words in <mark>, escaped (`render.snippet`)."""
    span, trigger = event.span, event.trigger
    inside = trigger is not None and span.start <= trigger.start and trigger.end <= span.end \
        and len(event.text) == span.end - span.start
    return snippet(event.text, ((trigger.start - span.start, trigger.end - span.start),) if inside else ())


@router.get("/dyads/{dyad}", response_class=HTMLResponse)
def dyad_page(request: Request, dyad: str, by: str = "quarter", issue: Optional[str] = None):
    """A country pair: its timeline chart, issues over time, and what changed in its latest readout."""
    from communique.analysis.diff import diff_readouts, latest_pair

    pair = params.dyad(dyad)
    store = request.app.state.store
    line = timeline(store, pair, by=params.by(by), issue=params.issue(issue))
    try:
        change = diff_readouts(*latest_pair(store, tuple(pair.split("-"))))
    except AnalysisError:
        change = None  # fewer than two readouts of the pair: nothing to compare
    issues = sorted({i for p in line.periods for i in p.issues})
    events, net = axis_ranges(line)  # the chart's colours and zero line are those of `communique timeline --chart`
    chart = {**line.to_dict(), "colours": {**TYPE_COLOURS, "net": NET_COLOUR, "encounters": ENCOUNTER_COLOUR},
             "ranges": {"events": events, "net": net},
             # a bar opens its events: this dyad, that type, that period's days
             "bounds": {p.period: period_bounds(p.period, line.by) for p in line.periods}}
    return _page(request, "dyad.html", dyad=pair, timeline=line, chart=chart, issues=issues, diff=change,
                 readouts=store.list(dyad=pair, newest_first=True, limit=20), readouts_total=store.count(dyad=pair))


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, q: str = "", filters: dict = Depends(params.search_filters),
           page: int = Query(1, ge=1, le=params.MAX_OFFSET // PAGE)):
    """Statements matching `q`, with the matched words highlighted, 50 a page, with their total."""
    hits, total = [], 0
    if q.strip():
        store = request.app.state.store
        total = store.count_hits(q, **filters)
        found = store.search(q, **filters, limit=PAGE, offset=(page - 1) * PAGE, markers=("", ""), matches=total)
        hits = [(h, snippet(h.snippet, h.marks)) for h in found]
    shown = {"q": q, **{k: v for k, v in filters.items() if v}}
    return _page(request, "search.html", q=q, hits=hits, filters=filters, total=total, page=page,
                 pages=max(1, -(-total // PAGE)), query=shown, by_relevance=ranked(total))
