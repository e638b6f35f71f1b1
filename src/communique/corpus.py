"""`Corpus`: a stored corpus as a notebook sees it, one method per question.

A thin layer, like the CLI: each method calls one library function (`Store` queries, `analysis`)
and returns its typed records; lists come back as `Rows`, a list whose `to_pandas()` gives a
DataFrame of the records' JSON fields, so `corpus.events(dyad="CHN-VNM").to_pandas()` is one line.

>>> from communique import Corpus, extract
>>> corpus = Corpus(":memory:")
>>> corpus.add(extract("On April 14, 2022, Foreign Minister Wang Yi had a phone conversation with "
...                    "Vietnamese Foreign Minister Bui Thanh Son. Wang Yi said, China is ready to help Vietnam.",
...                    doc_id="r1"))
'added'
>>> [(e.event.type, e.event.actor, e.event.target) for e in corpus.events(dyad="VNM-CHN")]
[('CONSULT', 'CHN', 'VNM'), ('AGREE', 'CHN', 'VNM')]
>>> corpus.events(dyad="VNM-CHN").to_pandas()[["date", "type", "actor", "target"]].values.tolist()
[['2022-04-14', 'CONSULT', 'CHN', 'VNM'], ['2022-04-14', 'AGREE', 'CHN', 'VNM']]
>>> [(p.period, p.encounters) for p in corpus.timeline("CHN-VNM", by="year").periods]
[('2022', 1)]
"""
from __future__ import annotations

import os
from datetime import date
from typing import Any, Generic, TypeVar

from communique.analysis.diff import ReadoutDiff, diff_readouts
from communique.analysis.linking import Encounter, SideBySide, compare_linked, encounter_of, link_encounters
from communique.analysis.timeline import Granularity, Timeline, timeline
from communique.model import Readout
from communique.store import Store
from communique.store.events import CommitmentRow, Dyad, EventRow, parse_dyad
from communique.store.queries import DocumentSummary
from communique.store.search import SearchHit

T = TypeVar("T")
When = str | date | None


class Rows(list[T], Generic[T]):
    """Query results: a list, plus `to_pandas()` (one row per record, its JSON fields as columns)."""

    def to_pandas(self):  # -> pandas.DataFrame; imported only when asked for
        import pandas as pd

        return pd.DataFrame([r.to_dict() for r in self])


class Corpus:
    """The readouts in a store, for analysis: `Corpus("communique.db")` opens an existing one
    (":memory:" or a new path with `create=True` start an empty one to `add` to)."""

    def __init__(self, path: str | os.PathLike[str] = "communique.db", *, create: bool = False) -> None:
        self.store = Store(path, create=create or os.fspath(path) == ":memory:")

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.store.close()

    def add(self, readout: Readout) -> str:
        """Store one extracted readout ("added", "unchanged" or "replaced")."""
        return self.store.put(readout)

    def readout(self, doc_id: str) -> Readout:
        return self.store.get(doc_id)

    def readouts(self, *, since: When = None, until: When = None, country: str | None = None,
                 encounter: str | None = None, issue: str | None = None, limit: int | None = None
                 ) -> Rows[DocumentSummary]:
        return Rows(self.store.list(since=since, until=until, country=country, encounter=encounter, issue=issue,
                                    limit=limit))

    def events(self, *, dyad: Dyad | None = None, type: str | None = None, issue: str | None = None,
               since: When = None, until: When = None, actor: str | None = None, limit: int | None = None
               ) -> Rows[EventRow]:
        return Rows(self.store.events(dyad=dyad, type=type, issue=issue, since=since, until=until, actor=actor,
                                      limit=limit))

    def commitments(self, *, dyad: Dyad | None = None, kind: str | None = None, issue: str | None = None,
                    since: When = None, until: When = None, actor: str | None = None, limit: int | None = None
                    ) -> Rows[CommitmentRow]:
        return Rows(self.store.commitments(dyad=dyad, kind=kind, issue=issue, since=since, until=until, actor=actor,
                                           limit=limit))

    def search(self, query: str, *, speaker_country: str | None = None, since: When = None, until: When = None,
               limit: int | None = 20) -> Rows[SearchHit]:
        return Rows(self.store.search(query, speaker_country=speaker_country, since=since, until=until, limit=limit))

    def timeline(self, dyad: Dyad, *, by: Granularity = "month", issue: str | None = None, since: When = None,
                 until: When = None) -> Timeline:
        return timeline(self.store, dyad, by=by, issue=issue, since=since, until=until)

    def diff(self, a: str | Readout, b: str | Readout) -> ReadoutDiff:
        """What changed from readout `a` to readout `b` (doc_ids or readouts)."""
        first, second = (self.readout(x) if isinstance(x, str) else x for x in (a, b))
        return diff_readouts(first, second)

    def encounters(self, *, dyad: Dyad | None = None, since: str | None = None, until: str | None = None,
                   days: int = 1) -> Rows[Encounter]:
        """Readouts of one encounter published by different sides, linked by date and participants."""
        pair: Any = parse_dyad(dyad) if dyad is not None else None
        return Rows(link_encounters(self.store, days=days, dyad=pair, since=since, until=until))

    def side_by_side(self, doc_id: str, *, days: int = 1) -> SideBySide:
        """The readout beside the others of its encounter: what each side reported, what only one did."""
        return compare_linked(encounter_of(self.store, doc_id, days=days))
