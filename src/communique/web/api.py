"""The JSON API: the records behind the pages, in the shapes `communique ... --format json` prints.

`/api/readouts` (filtered, paged), `/api/readouts/{doc_id}` (the whole readout of the output
contract), `/api/events`, `/api/timeline`, `/api/search`. OpenAPI at `/openapi.json`.
"""
from __future__ import annotations

from typing import Any, Optional

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import JSONResponse

from communique.analysis.timeline import timeline
from communique.web import params

router = APIRouter(tags=["api"])
LIMIT = 1000  # the most records one call returns; page with offset / since for more


@router.get("/readouts", response_model=list[dict[str, Any]])
def readouts(request: Request, filters: dict = Depends(params.readout_filters), limit: int = 100,
             offset: int = Query(0, ge=0, le=params.MAX_OFFSET)) -> JSONResponse:
    """Summaries of stored readouts, newest first; the `X-Total-Count` header says how many match."""
    store = request.app.state.store
    rows = store.list(**filters, limit=_limit(limit), offset=offset, newest_first=True)
    return _listed([r.to_dict() for r in rows], store.count(**filters))


@router.get("/readouts/{doc_id:path}")  # an id may hold "/"
def readout(request: Request, doc_id: str) -> dict[str, Any]:
    """One readout in the output contract's shape, text included."""
    return request.app.state.store.get(doc_id).to_dict(include_text=True)


@router.get("/events", response_model=list[dict[str, Any]])
def events(request: Request, filters: dict = Depends(params.event_filters), limit: int = 100,
           offset: int = Query(0, ge=0, le=params.MAX_OFFSET)) -> JSONResponse:
    """Events with their evidence and the date of their readout, oldest first, filtered as the events
    page filters them; the `X-Total-Count` header says how many match."""
    store = request.app.state.store
    rows = store.events(**filters, limit=_limit(limit), offset=offset)
    return _listed([r.to_dict() for r in rows], sum(store.event_counts(**filters).values()))


@router.get("/timeline")
def timeline_(request: Request, dyad: str, by: str = "month", issue: Optional[str] = None,
              since: Optional[str] = None, until: Optional[str] = None) -> dict[str, Any]:
    """Encounters, events by type, net intensity and issues of a country pair per period."""
    start, end = params.day(since, "since"), params.day(until, "until")
    params.date_range(start, end)
    return timeline(request.app.state.store, params.dyad(dyad), by=params.by(by), issue=params.issue(issue),
                    since=start, until=end).to_dict()


@router.get("/search", response_model=list[dict[str, Any]])
def search(request: Request, q: str, filters: dict = Depends(params.search_filters), limit: int = 20,
           offset: int = Query(0, ge=0, le=params.MAX_OFFSET)) -> JSONResponse:
    """Statements matching `q`, best first; `marks` locate the matched words in `snippet`; the
    `X-Total-Count` header says how many match."""
    store = request.app.state.store
    total = store.count_hits(q, **filters)
    hits = store.search(q, **filters, limit=_limit(limit), offset=offset, markers=("", ""), matches=total)
    return _listed([h.to_dict() for h in hits], total)


def _listed(records: list[dict[str, Any]], total: int) -> JSONResponse:
    """A list's records with its total in `X-Total-Count`; they are plain JSON types already
    (`to_dict`), so they go out as they are, not through FastAPI's encoder again."""
    return JSONResponse(records, headers={"X-Total-Count": str(total)})


def _limit(value: int) -> int:
    if not 1 <= value <= LIMIT:
        raise HTTPException(status_code=400, detail=f"limit: give 1 to {LIMIT}, not {value}")
    return value
