"""Timelines of a country pair: encounters, events by type, net intensity and issues, per period.

What an analyst first asks of event data ("how did China–Vietnam relations move, quarter by
quarter, and on which issues?"). Everything is counted in SQL, grouped by the period of the
readout's date, so a dyad's timeline over a million stored events costs one indexed pass per
measure (bench/query.py), not a load of every readout:

- **encounters**: readouts whose participants include both countries;
- **events**: the dyad's events in either direction, by PLOVER type;
- **intensity**: the sum of the events' PLOVER intensities, per acting side and in all (the "net
  cooperation" of the event-data literature: cooperation adds, conflict subtracts);
- **issues**: how many of the dyad's readouts raised each issue.

Periods with nothing in them, between the first and the last, are kept with zeros, so a chart's
axis has no holes.

>>> from communique.store import Store
>>> from communique.model import Event, Participant, Readout, Span
>>> text = "China will provide vaccines to Vietnam."
>>> people = [Participant("Wang Yi", None, "CHN", Span(0, 5)), Participant("Son", None, "VNM", Span(0, 5))]
>>> store = Store(":memory:")
>>> ev = Event("AGREE", "CHN", "VNM", Span(0, 39), text, intensity=2.5)
>>> store.put(Readout("d1", "2022-04-14", None, "phone_call", None, people, [], ["covid19"], events=[ev], text=text))
'added'
>>> t = timeline(store, "VNM-CHN", by="quarter")
>>> [(p.period, p.encounters, p.events, p.net_intensity, p.issues) for p in t.periods]
[('2022-Q2', 1, {'AGREE': 1}, 2.5, {'covid19': 1})]
"""
from __future__ import annotations

import calendar
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Literal

import sqlalchemy as sa

from communique.store import Store
from communique.store.events import Dyad, parse_dyad
from communique.store.schema import documents, events, issues, participants

Granularity = Literal["month", "quarter", "year"]
GRANULARITIES: tuple[str, ...] = ("month", "quarter", "year")


@dataclass(frozen=True, slots=True)
class PeriodSummary:
    period: str  # "2022-04", "2022-Q2" or "2022"
    encounters: int
    events: dict[str, int] = field(default_factory=dict)  # PLOVER type -> count
    intensity: dict[str, float] = field(default_factory=dict)  # acting side -> sum of intensities
    issues: dict[str, int] = field(default_factory=dict)  # issue id -> readouts raising it

    @property
    def net_intensity(self) -> float:
        return round(sum(self.intensity.values()), 3)


@dataclass(frozen=True, slots=True)
class Timeline:
    dyad: tuple[str, str]
    by: str
    issue: str | None
    periods: list[PeriodSummary]

    def to_dict(self) -> dict[str, Any]:
        return {"dyad": list(self.dyad), "by": self.by, "issue": self.issue,
                "periods": [{**asdict(p), "net_intensity": p.net_intensity} for p in self.periods]}

    def to_pandas(self):  # -> pandas.DataFrame; pandas is imported only when asked for
        """One row per period: encounters, one column per event type, intensity per side and net,
        and the issues raised as "issue:count" text (pandas comes with country_converter)."""
        import pandas as pd

        types = sorted({t for p in self.periods for t in p.events})
        rows = [{"period": p.period, "encounters": p.encounters, **{t: p.events.get(t, 0) for t in types},
                 **{f"intensity_{side}": p.intensity.get(side, 0.0) for side in self.dyad},
                 "net_intensity": p.net_intensity,
                 "issues": "; ".join(f"{i}:{n}" for i, n in p.issues.items())} for p in self.periods]
        return pd.DataFrame(rows).set_index("period") if rows else pd.DataFrame()


def timeline(store: Store, dyad: Dyad, *, by: Granularity = "month", issue: str | None = None,
             since: str | date | None = None, until: str | date | None = None) -> Timeline:
    """The dyad's timeline; with `issue`, only readouts raising it and events about it."""
    if by not in GRANULARITIES:
        raise ValueError(f"by must be one of {', '.join(GRANULARITIES)}, not {by!r}")
    a, b = parse_dyad(dyad)
    period = _period(documents.c.date, by)
    dated = [documents.c.date.is_not(None)]
    if since is not None:
        dated.append(documents.c.date >= str(since))
    if until is not None:
        dated.append(documents.c.date <= str(until))
    with store.reading() as conn:
        counts = _event_counts(conn, period, dated, a, b, issue)
        met, raised = _readouts(conn, period, dated, a, b, issue)
    labels = _all_periods({*counts, *met, *raised}, by)
    periods = [PeriodSummary(label, met.get(label, 0), *counts.get(label, ({}, {})), raised.get(label, {}))
               for label in labels]
    return Timeline((a, b), by, issue, periods)


def _period(column: sa.ColumnElement[str], by: str) -> sa.ColumnElement[str]:
    """The period label of an ISO date column, in SQL that SQLite and PostgreSQL both run."""
    if by == "year":
        return sa.func.substr(column, 1, 4)
    if by == "month":
        return sa.func.substr(column, 1, 7)
    month = sa.cast(sa.func.substr(column, 6, 2), sa.Integer)
    quarter = sa.cast((month + 2) // 3, sa.String)  # // is integer division in SQLAlchemy 2
    return sa.func.substr(column, 1, 4) + sa.literal("-Q", sa.String) + quarter


def _about(column: sa.ColumnElement[Any], issue: str) -> sa.ColumnElement[bool]:
    # The same JSON-text match as store.events' issue filter (see its comment for why).
    return sa.cast(column, sa.Text).contains(f'"{issue}"', autoescape=True)


def _event_counts(conn: sa.Connection, period, dated, a: str, b: str, issue: str | None
                  ) -> dict[str, tuple[dict[str, int], dict[str, float]]]:
    e = events.c
    query = (sa.select(period.label("period"), e.type, e.actor, sa.func.count(), sa.func.sum(e.intensity))
             .join(documents, documents.c.doc_id == e.doc_id)
             .where(sa.or_(sa.and_(e.actor == a, e.target == b), sa.and_(e.actor == b, e.target == a)), *dated)
             .group_by(period, e.type, e.actor))
    if issue is not None:
        query = query.where(_about(e.issues, issue))
    out: dict[str, tuple[dict[str, int], dict[str, float]]] = {}
    for label, type_, actor, n, total in conn.execute(query):
        by_type, by_side = out.setdefault(label, ({}, {}))
        by_type[type_] = by_type.get(type_, 0) + n
        by_side[actor] = round(by_side.get(actor, 0.0) + (total or 0.0), 3)
    return {label: ({t: by_type[t] for t in sorted(by_type)}, by_side) for label, (by_type, by_side) in out.items()}


def _dyad_documents(a: str, b: str, issue: str | None) -> sa.Subquery:
    """The doc_ids of readouts both countries took part in (raising `issue`, if given).

    Driven from the participants' country index (two participants of one document), not a scan
    of every document with a correlated test each: on 100,000 readouts that is the difference
    between a few and a few hundred milliseconds.
    """
    first, second = participants.alias("first"), participants.alias("second")
    query = (sa.select(first.c.doc_id).distinct()
             .join(second, second.c.doc_id == first.c.doc_id)
             .where(first.c.country == a, second.c.country == b))
    if issue is not None:
        raised = issues.alias("raised")
        query = query.join(raised, raised.c.doc_id == first.c.doc_id).where(raised.c.issue == issue)
    return query.subquery("dyad")


def _readouts(conn: sa.Connection, period, dated, a: str, b: str, issue: str | None
              ) -> tuple[dict[str, int], dict[str, dict[str, int]]]:
    """Encounters per period, and per period how many of them raised each issue: one pass over the
    dyad's readouts and their issues (a readout without issues still counts as an encounter)."""
    dyad = _dyad_documents(a, b, issue)
    rows = conn.execute(
        sa.select(dyad.c.doc_id, period.label("period"), issues.c.issue)
        .select_from(dyad.join(documents, documents.c.doc_id == dyad.c.doc_id)
                     .outerjoin(issues, issues.c.doc_id == dyad.c.doc_id))
        .where(*dated))
    seen: dict[str, str] = {}
    raised: dict[str, Counter[str]] = {}
    for doc_id, label, name in rows:
        seen[doc_id] = label
        if name is not None:
            raised.setdefault(label, Counter())[name] += 1
    ordered = {label: dict(sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))) for label, c in raised.items()}
    return dict(Counter(seen.values())), ordered


def _all_periods(labels: set[str], by: str) -> list[str]:
    """Every period from the first label to the last, so gaps show as zeros."""
    if not labels:
        return []
    first, last = min(labels), max(labels)
    out, current = [], first
    while current <= last:
        out.append(current)
        current = _next(current, by)
    return out


def period_bounds(label: str, by: str) -> tuple[str, str]:
    """The first and last day of a period, as ISO dates: what a chart's bar links to.

    >>> period_bounds("2021-Q3", "quarter"), period_bounds("2024-02", "month"), period_bounds("2022", "year")
    (('2021-07-01', '2021-09-30'), ('2024-02-01', '2024-02-29'), ('2022-01-01', '2022-12-31'))
    """
    year = int(label[:4])
    if by == "year":
        first, last = 1, 12
    elif by == "quarter":
        first = 3 * (int(label[-1]) - 1) + 1
        last = first + 2
    else:
        first = last = int(label[5:7])
    return f"{year}-{first:02d}-01", f"{year}-{last:02d}-{calendar.monthrange(year, last)[1]:02d}"


def _next(label: str, by: str) -> str:
    if by == "year":
        return str(int(label) + 1)
    if by == "quarter":
        year, quarter = int(label[:4]), int(label[-1])
        return f"{year + quarter // 4}-Q{quarter % 4 + 1}"
    year, month = int(label[:4]), int(label[5:7])
    return f"{year + month // 12}-{month % 12 + 1:02d}"
