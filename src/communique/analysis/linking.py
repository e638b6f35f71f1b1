"""One encounter, several readouts: link them, then show what each side reported.

A phone call between Wang Yi and Bui Thanh Son is published by China's MFA and by Viet Nam's (and
by news agencies), each telling its own side's words and leaving out some of the other's. Readouts
are linked when
  - their dates differ by at most `days` (one day by default: the sides publish in their own time
    zones, and a call late in Hanoi is the next day in Washington), counted from the group's first
    readout, so a chain of daily calls does not become one encounter;
  - their participants' countries share at least two codes (the same pair, or the same two in a
    multilateral meeting); one shared country is not enough: every Chinese readout has CHN; and
  - they are not from the same known publisher: one government writes one readout per encounter,
    so Xi Jinping's and Wang Yi's meetings with one visitor on one day stay two encounters.
Among several open groups a readout joins the one sharing most countries, then most participant
names (Viet Nam's readout of the call with Wang Yi joins China's readout of Wang Yi's call, not
that of Xi Jinping's meeting), then the latest.

`link_encounters` sorts by date and sweeps once, looking up earlier readouts through the country
pairs they hold, never comparing all pairs: linear in the corpus for bilateral readouts.

>>> from communique.model import Participant, Readout, Span
>>> def r(doc_id, day, *codes):
...     people = [Participant(c, None, c, Span(0, 0)) for c in codes]
...     return Readout(doc_id, day, None, "phone_call", None, people, [], [])
>>> groups = link_encounters([r("cn", "2023-03-01", "CHN", "VNM"), r("vn", "2023-03-02", "VNM", "CHN"),
...                           r("later", "2023-03-04", "CHN", "VNM"), r("us", "2023-03-01", "USA", "VNM")])
>>> [g.doc_ids for g in groups]
[('cn', 'vn')]
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import combinations
from typing import Any

import sqlalchemy as sa

from communique.analysis.evidence import (
    Evidence, IssueItem, StatementItem, group, issue_items, plain, side_of, statement_items,
)
from communique.analysis.similarity import THRESHOLD, counterparts, similarity
from communique.ingest.publisher import publisher_for_url
from communique.model import Readout
from communique.store import Store
from communique.store.schema import documents, participants


@dataclass(frozen=True, slots=True)
class Member:
    """What linking needs of a readout: when, between which countries, published by whom."""

    doc_id: str
    date: str
    countries: tuple[str, ...]
    publisher: str | None = None
    names: tuple[str, ...] = ()  # participants' names, case-folded


@dataclass(frozen=True, slots=True)
class Encounter:
    """Readouts of one encounter, oldest first."""

    members: tuple[Member, ...]

    @property
    def doc_ids(self) -> tuple[str, ...]:
        return tuple(m.doc_id for m in self.members)

    @property
    def countries(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c for m in self.members for c in m.countries))

    def to_dict(self) -> dict[str, Any]:
        return {"first": self.members[0].date, "last": self.members[-1].date, "countries": list(self.countries),
                "doc_ids": list(self.doc_ids), "members": plain(self.members)}


def link_encounters(source: Store | Iterable[Readout], *, days: int = 1, dyad: tuple[str, str] | None = None,
                    since: str | None = None, until: str | None = None) -> list[Encounter]:
    """Groups of two or more readouts of one encounter (rules above), by date of their first readout.

    `source` is a store (read in two queries, without loading the readouts) or readouts in memory.
    `dyad` keeps the groups whose countries include both codes; `since`/`until` (ISO, inclusive)
    bound the readouts' dates. Undated readouts are never linked.
    """
    if isinstance(source, Store):
        members = _stored_members(source, since=since, until=until)
    else:
        members = [m for m in map(_member, source) if m and (not since or m.date >= since) and (not until or m.date <= until)]
    groups = [Encounter(tuple(g)) for g in _sweep(members, days) if len(g) > 1]
    if dyad:
        groups = [g for g in groups if set(dyad) <= set(g.countries)]
    return groups


def _member(r: Readout) -> Member | None:
    if not r.date:
        return None
    return Member(r.doc_id, r.date, tuple(dict.fromkeys(p.country for p in r.participants if p.country)),
                  publisher_for_url(r.url), tuple(p.name.casefold() for p in r.participants))


def _stored_members(store: Store, *, since: str | None, until: str | None) -> list[Member]:
    d, p = documents.c, participants.c
    docs = sa.select(d.doc_id, d.date, d.url).where(d.date.is_not(None))
    if since:
        docs = docs.where(d.date >= since)
    if until:
        docs = docs.where(d.date <= until)
    chosen = docs.subquery()
    people = (sa.select(p.doc_id, p.country, p.name).join(chosen, chosen.c.doc_id == p.doc_id)
              .order_by(p.doc_id, p.ordinal))
    with store.reading() as conn:
        countries: dict[str, dict[str, None]] = {}
        names: dict[str, list[str]] = {}
        for doc_id, country, name in conn.execute(people):
            countries.setdefault(doc_id, {})
            if country:
                countries[doc_id][country] = None
            names.setdefault(doc_id, []).append(name.casefold())
        return [Member(doc_id, day, tuple(countries.get(doc_id, ())), publisher_for_url(url),
                       tuple(names.get(doc_id, ()))) for doc_id, day, url in conn.execute(docs)]


def _sweep(members: list[Member], days: int) -> list[list[Member]]:
    """Greedy grouping in date order: a readout joins the open group that shares most countries with
    it (then names, then the latest), else opens its own. A group stays open for `days` after its
    first readout."""
    groups: list[list[Member]] = []
    first_day: list[int] = []
    by_pair: dict[tuple[str, str], list[int]] = {}  # country pair -> groups holding it (pruned lazily)
    for m in sorted(members, key=lambda m: (m.date, m.doc_id)):
        try:
            day = date.fromisoformat(m.date).toordinal()
        except ValueError:
            continue  # not an ISO date: cannot be placed in time
        pairs = list(combinations(sorted(set(m.countries)), 2))
        candidates: set[int] = set()
        for pair in pairs:
            alive = [g for g in by_pair.get(pair, ()) if first_day[g] >= day - days]
            by_pair[pair] = alive
            candidates.update(alive)
        usable = [g for g in candidates
                  if not (m.publisher and any(o.publisher == m.publisher for o in groups[g]))]
        if usable:
            target = max(usable, key=lambda g: (_shared(m.countries, groups[g], "countries"),
                                                _shared(m.names, groups[g], "names"), first_day[g], -g))
            groups[target].append(m)
        else:
            target = len(groups)
            groups.append([m])
            first_day.append(day)
        for pair in pairs:
            if target not in by_pair.setdefault(pair, []):
                by_pair[pair].append(target)
    return groups


def _shared(values: tuple[str, ...], group: list[Member], field: str) -> int:
    return len(set(values) & {v for o in group for v in getattr(o, field)})


@dataclass(frozen=True, slots=True)
class EventItem:
    """An event of one readout (who does what to whom) with its evidence."""

    type: str
    actor: str
    target: str | None
    polarity: str
    trigger: str | None  # the cue words ("stands ready to"), when the coder marked them
    issues: tuple[str, ...]
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class Side:
    """One readout of the encounter: whose it is, what it reports, and what only it reports."""

    doc_id: str
    date: str | None
    side: str  # the publisher's code, else the first participant's country
    issues: tuple[str, ...]
    events: tuple[EventItem, ...]
    only_issues: tuple[IssueItem, ...]  # issues no other readout of the encounter reports
    only_statements: tuple[StatementItem, ...]  # statements with no counterpart in any other readout


@dataclass(frozen=True, slots=True)
class SideBySide:
    sides: tuple[Side, ...]
    shared_issues: tuple[str, ...]  # issues every readout reports
    threshold: float

    def to_dict(self) -> dict[str, Any]:
        return plain(self)


def compare_linked(readouts: list[Readout], *, threshold: float = THRESHOLD) -> SideBySide:
    """Each readout beside the others: its issues and events, and what no other one reports
    (statements by the similarity of `diff`, `similarity.THRESHOLD`)."""
    issues = [issue_items(r) for r in readouts]
    sides = []
    for i, r in enumerate(readouts):
        others = [s for k, o in enumerate(readouts) if k != i for s in o.statements]
        scores = similarity([s.text for s in r.statements], [s.text for s in others])
        found = counterparts(scores, [group(s) for s in r.statements], [group(s) for s in others], threshold=threshold)
        elsewhere = {issue for k, items in enumerate(issues) if k != i for issue in items}
        sides.append(Side(
            r.doc_id, r.date, side_of(r), tuple(r.issues),
            tuple(EventItem(e.type, e.actor, e.target, e.polarity, e.trigger.of(r.text) if e.trigger else None,
                            tuple(e.issues), Evidence(r.doc_id, e.span, e.text)) for e in r.events),
            tuple(item for issue, item in issues[i].items() if issue not in elsewhere),
            tuple(item for item, j in zip(statement_items(r), found) if j is None),
        ))
    shared = tuple(issue for issue in (readouts[0].issues if readouts else ()) if all(issue in x for x in issues))
    return SideBySide(tuple(sides), shared, threshold)


def encounter_of(store: Store, doc_id: str, *, days: int = 1) -> list[Readout]:
    """The stored readout `doc_id` first, then the others of its encounter (raises `NotFound`)."""
    readout = store.get(doc_id)
    try:
        day = date.fromisoformat(readout.date or "")
    except ValueError:
        return [readout]
    # A group spans at most `days`, and the groups it might have joined open at most `days` before.
    window = dict(since=(day - timedelta(days=2 * days)).isoformat(), until=(day + timedelta(days=days)).isoformat())
    for enc in link_encounters(store, days=days, **window):
        if doc_id in enc.doc_ids:
            return [readout, *(store.get(other) for other in enc.doc_ids if other != doc_id)]
    return [readout]


__all__ = ["Encounter", "EventItem", "Member", "Side", "SideBySide", "compare_linked", "encounter_of",
           "link_encounters"]
