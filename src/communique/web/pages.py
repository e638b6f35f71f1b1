"""The HTML pages: readouts list, one readout with its evidence, a dyad over time, search.

Each handler checks its parameters (`params`, the CLI's own checks), calls the library and hands
typed records to a Jinja2 template; templates autoescape everything, and the readout text reaches
them already escaped and marked (`render.pieces`).
"""
from __future__ import annotations

from itertools import combinations
from typing import Optional

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from communique.analysis.charts import TYPE_COLOURS, axis_ranges
from communique.analysis.timeline import timeline
from communique.errors import AnalysisError
from communique.model import ENCOUNTER_TYPES
from communique.web import params
from communique.web.render import pieces, snippet, speaker_classes

router = APIRouter()
PAGE = 50  # readouts per page


def _page(request: Request, template: str, **context):
    return request.app.state.templates.TemplateResponse(request, template, context)


@router.get("/", response_class=HTMLResponse)
def readouts(request: Request, country: Optional[str] = None, dyad: Optional[str] = None,
             issue: Optional[str] = None, encounter: Optional[str] = None, since: Optional[str] = None,
             until: Optional[str] = None, page: int = Query(1, ge=1, le=params.MAX_OFFSET // PAGE)):
    """The stored readouts, newest first, filtered and paged."""
    filters = {"country": params.code(country, "country"), "dyad": params.dyad(dyad), "issue": params.issue(issue),
               "encounter": params.encounter(encounter), "since": params.day(since, "since"),
               "until": params.day(until, "until")}
    params.date_range(filters["since"], filters["until"])
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
    return _page(request, "compare.html", doc_id=doc_id, side_by_side=compare_linked(group))


@router.get("/readouts/{doc_id:path}", response_class=HTMLResponse)
def readout(request: Request, doc_id: str):
    """One readout: its text coloured by speaker with events and issues marked, and its records."""
    from communique.analysis.linking import encounter_of

    store = request.app.state.store
    r = store.get(doc_id)  # NotFound -> the 404 page
    others = [o.doc_id for o in encounter_of(store, doc_id)[1:]]
    countries = list(dict.fromkeys(p.country for p in r.participants if p.country))
    dyads = ["-".join(pair) for pair in combinations(countries, 2)]
    return _page(request, "readout.html", r=r, pieces=pieces(r), classes=speaker_classes(r), linked=others,
                 dyads=dyads)


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
    chart = {**line.to_dict(), "colours": TYPE_COLOURS, "ranges": {"events": events, "net": net}}
    return _page(request, "dyad.html", dyad=pair, timeline=line, chart=chart, issues=issues, diff=change,
                 readouts=store.list(dyad=pair, newest_first=True, limit=20))


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, q: str = "", speaker_country: Optional[str] = None, since: Optional[str] = None,
           until: Optional[str] = None, page: int = Query(1, ge=1, le=params.MAX_OFFSET // PAGE)):
    """Statements matching `q`, with the matched words highlighted, 50 a page, with their total."""
    filters = {"speaker_country": params.code(speaker_country, "speaker_country"),
               "since": params.day(since, "since"), "until": params.day(until, "until")}
    hits, total = [], 0
    if q.strip():
        store = request.app.state.store
        found = store.search(q, **filters, limit=PAGE, offset=(page - 1) * PAGE, markers=("", ""))
        hits = [(h, snippet(h.snippet, h.marks)) for h in found]
        total = store.count_hits(q, **filters)
    shown = {"q": q, **{k: v for k, v in filters.items() if v}}
    return _page(request, "search.html", q=q, hits=hits, filters=filters, total=total, page=page,
                 pages=max(1, -(-total // PAGE)), query=shown)
