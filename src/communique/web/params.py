"""Query parameters of the web pages and the API, checked the same way as the CLI's options.

A bad value is a 400 with a message saying what a good one looks like (FastAPI's own validation
answers 422 with a nested structure; an analyst typing a date in the address bar wants one line).
The checks themselves are the CLI's (`cli.options`), so the two never disagree.
"""
from __future__ import annotations

from typing import Optional

import typer
from fastapi import HTTPException, Query

from communique.cli import options as opt
from communique.model import ENCOUNTER_TYPES, POLARITIES

# The farthest a list may be paged: past SQLite's 64-bit integers a huge `offset` or `page` was an
# OverflowError (a bare 500); a billion rows is past any store this serves.
MAX_OFFSET = 1_000_000_000
CSV_ROWS = 1_000_000  # the most rows a CSV download gives: a spreadsheet's limit is about this


def _checked(check, value: Optional[str], name: str) -> Optional[str]:
    if value in (None, ""):
        return None
    try:
        return check(value)
    except typer.BadParameter as exc:
        raise HTTPException(status_code=400, detail=f"{name}: {exc.message}") from None


def day(value: Optional[str], name: str) -> Optional[str]:
    return _checked(opt.iso_date, value, name)


def code(value: Optional[str], name: str) -> Optional[str]:
    return _checked(opt.code, value, name)


def dyad(value: Optional[str], name: str = "dyad") -> Optional[str]:
    return _checked(opt.dyad, value, name)


def issue(value: Optional[str]) -> Optional[str]:
    return _checked(opt.issue, value, "issue")


def plover_type(value: Optional[str]) -> Optional[str]:
    return _checked(opt.plover_type, value, "type")


def encounter(value: Optional[str]) -> Optional[str]:
    return _one_of(value, ENCOUNTER_TYPES, "encounter")


def polarity(value: Optional[str]) -> Optional[str]:
    return _one_of(value, POLARITIES, "polarity")


def _one_of(value: Optional[str], choices: tuple[str, ...], name: str) -> Optional[str]:
    if value in (None, ""):
        return None
    if value not in choices:
        raise HTTPException(status_code=400, detail=f"{name}: {value!r} is not one of {', '.join(choices)}")
    return value


# The filters of each list, as FastAPI dependencies (`Depends(readout_filters)`): the page, its CSV
# and its API answer declare and check the same query parameters in one place. Aliases, because the
# names of the checks above (dyad, issue, ...) are taken.
def readout_filters(country: Optional[str] = None, dyad_: Optional[str] = Query(None, alias="dyad"),
                    issue_: Optional[str] = Query(None, alias="issue"),
                    encounter_: Optional[str] = Query(None, alias="encounter"), since: Optional[str] = None,
                    until: Optional[str] = None) -> dict[str, Optional[str]]:
    """The checked filters of a readouts list."""
    filters = {"country": code(country, "country"), "dyad": dyad(dyad_), "issue": issue(issue_),
               "encounter": encounter(encounter_), "since": day(since, "since"), "until": day(until, "until")}
    date_range(filters["since"], filters["until"])
    return filters


def search_filters(speaker_country: Optional[str] = None, since: Optional[str] = None,
                   until: Optional[str] = None) -> dict[str, Optional[str]]:
    """The checked filters of a search (its words, `q`, are the route's own)."""
    return {"speaker_country": code(speaker_country, "speaker_country"), "since": day(since, "since"),
            "until": day(until, "until")}


def event_filters(dyad_: Optional[str] = Query(None, alias="dyad"), actor: Optional[str] = None,
                  target: Optional[str] = None, type_: Optional[str] = Query(None, alias="type"),
                  polarity_: Optional[str] = Query(None, alias="polarity"),
                  issue_: Optional[str] = Query(None, alias="issue"), since: Optional[str] = None,
                  until: Optional[str] = None, q: Optional[str] = None) -> dict[str, Optional[str]]:
    """The checked filters of an events list; `q`, words its sentence holds."""
    filters = {"dyad": dyad(dyad_), "actor": code(actor, "actor"), "target": code(target, "target"),
               "type": plover_type(type_), "polarity": polarity(polarity_), "issue": issue(issue_),
               "since": day(since, "since"), "until": day(until, "until"), "words": (q or "").strip() or None}
    date_range(filters["since"], filters["until"])
    return filters


def by(value: str) -> str:
    if value not in ("month", "quarter", "year"):
        raise HTTPException(status_code=400, detail=f"by: {value!r} is not one of month, quarter, year")
    return value


def date_range(since: Optional[str], until: Optional[str]) -> None:
    if since and until and since > until:
        raise HTTPException(status_code=400, detail=f"since {since} is after until {until}")
