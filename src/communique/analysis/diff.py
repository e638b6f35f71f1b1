"""What changed between two readouts of the same pair: issues, wording, commitments, who raised what.

Readouts of one dyad are written from a template (who met whom, each side's positions, what they
agreed), so the news is in the difference: an issue that appears ("Ukraine" in April 2022 and not in
September 2021), a formulation without precedent (the "Indo-Pacific Strategy"), a pledge that is no
longer repeated, an issue the other side now raises. `diff_readouts(a, b)` reads A as the earlier
and B as the later readout: "added" is in B only, "dropped" in A only.

>>> from communique import extract
>>> a = extract("On May 2, 2021, Wang Yi had a phone call with Vietnamese Foreign Minister Bui Thanh Son. "
...             "Wang Yi said, China will help Vietnam fight the COVID-19 pandemic.", doc_id="a")
>>> b = extract("On May 3, 2022, Wang Yi had a phone call with Vietnamese Foreign Minister Bui Thanh Son. "
...             "Wang Yi said, the Ukraine crisis must not be repeated in Asia.", doc_id="b")
>>> d = diff_readouts(a, b)
>>> [i.issue for i in d.issues_added], [i.issue for i in d.issues_dropped]
(['ukraine'], ['covid19'])
>>> [s.evidence.text for s in d.statements_added]
['Wang Yi said, the Ukraine crisis must not be repeated in Asia.']
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from communique.analysis.evidence import (
    CommitmentItem, IssueItem, Mention, StatementItem, commitment_items, group, issue_items, plain, statement_items,
)
from communique.analysis.similarity import THRESHOLD, counterparts, similarity
from communique.errors import AnalysisError
from communique.model import Readout
from communique.store import Store
from communique.store.schema import documents, participants


@dataclass(frozen=True, slots=True)
class ReadoutRef:
    """Which readout a side of the diff is."""

    doc_id: str
    date: str | None
    encounter: str
    countries: tuple[str, ...]
    title: str | None = None  # to name it by


@dataclass(frozen=True, slots=True)
class StatementPair:
    """A statement of B and its closest counterpart in A (TF-IDF cosine `score`)."""

    a: StatementItem
    b: StatementItem
    score: float


@dataclass(frozen=True, slots=True)
class CommitmentPair:
    """A commitment of B and the one of A with the same kind, actor and target and a close object."""

    a: CommitmentItem
    b: CommitmentItem
    score: float


@dataclass(frozen=True, slots=True)
class RaiserChange:
    """An issue both readouts discuss, raised by different sides (e.g. only China in A, both in B)."""

    issue: str
    a: tuple[str, ...]
    b: tuple[str, ...]
    a_mentions: tuple[Mention, ...]
    b_mentions: tuple[Mention, ...]


@dataclass(frozen=True, slots=True)
class ReadoutDiff:
    """The differences from readout `a` to readout `b`; every item carries its evidence."""

    a: ReadoutRef
    b: ReadoutRef
    threshold: float
    issues_added: tuple[IssueItem, ...]
    issues_dropped: tuple[IssueItem, ...]
    raisers_changed: tuple[RaiserChange, ...]
    statements_added: tuple[StatementItem, ...]  # B's statements with no counterpart in A
    statements_dropped: tuple[StatementItem, ...]  # A's statements with no counterpart in B
    statements_matched: tuple[StatementPair, ...]  # each other statement of B with its counterpart
    commitments_added: tuple[CommitmentItem, ...]
    commitments_dropped: tuple[CommitmentItem, ...]
    commitments_matched: tuple[CommitmentPair, ...]

    def to_dict(self) -> dict[str, Any]:
        return plain(self)


def _ref(r: Readout) -> ReadoutRef:
    countries = tuple(dict.fromkeys(p.country for p in r.participants if p.country))
    return ReadoutRef(r.doc_id, r.date, r.encounter, countries, r.title)


def diff_readouts(a: Readout, b: Readout, *, threshold: float = THRESHOLD) -> ReadoutDiff:
    """Compare readout `a` (earlier) with `b` (later); `threshold` is the TF-IDF cosine at which two
    statements (or two commitments' objects) count as saying the same (see `similarity.THRESHOLD`)."""
    issues_a, issues_b = issue_items(a), issue_items(b)
    st_added, st_dropped, st_matched = _statements(a, b, threshold)
    cm_added, cm_dropped, cm_matched = _commitments(a, b, threshold)
    return ReadoutDiff(
        a=_ref(a), b=_ref(b), threshold=threshold,
        issues_added=tuple(item for issue, item in issues_b.items() if issue not in issues_a),
        issues_dropped=tuple(item for issue, item in issues_a.items() if issue not in issues_b),
        raisers_changed=tuple(
            RaiserChange(issue, issues_a[issue].raised_by, item.raised_by, issues_a[issue].mentions, item.mentions)
            for issue, item in issues_b.items()
            if issue in issues_a and set(issues_a[issue].raised_by) != set(item.raised_by)
        ),
        statements_added=st_added, statements_dropped=st_dropped, statements_matched=st_matched,
        commitments_added=cm_added, commitments_dropped=cm_dropped, commitments_matched=cm_matched,
    )


def _statements(a: Readout, b: Readout, threshold: float
                ) -> tuple[tuple[StatementItem, ...], tuple[StatementItem, ...], tuple[StatementPair, ...]]:
    items_a, items_b = statement_items(a), statement_items(b)
    groups_a, groups_b = [group(s) for s in a.statements], [group(s) for s in b.statements]
    scores = similarity([s.text for s in b.statements], [s.text for s in a.statements])
    of_b = counterparts(scores, groups_b, groups_a, threshold=threshold)
    of_a = counterparts(scores.T, groups_a, groups_b, threshold=threshold)
    return (
        tuple(item for item, j in zip(items_b, of_b) if j is None),
        tuple(item for item, j in zip(items_a, of_a) if j is None),
        tuple(StatementPair(items_a[j], item, round(float(scores[i, j]), 3))
              for i, (item, j) in enumerate(zip(items_b, of_b)) if j is not None),
    )


def _commitments(a: Readout, b: Readout, threshold: float
                 ) -> tuple[tuple[CommitmentItem, ...], tuple[CommitmentItem, ...], tuple[CommitmentPair, ...]]:
    """Commitments pair up only under the same (kind, actor, target), then by their objects' words
    (the evidence when the coder found no object): "China will provide vaccines to Vietnam" twice is
    one pledge kept, but a CHN->ASEAN donation is no counterpart of a CHN->VNM one."""
    items_a, items_b = commitment_items(a), commitment_items(b)
    keys_a, keys_b = [_key(c) for c in items_a], [_key(c) for c in items_b]
    scores = similarity([_object(c) for c in items_b], [_object(c) for c in items_a])
    # The key is the group, and no fallback to other keys: set the others' scores below any threshold.
    for i, key in enumerate(keys_b):
        for j, other in enumerate(keys_a):
            if key != other:
                scores[i, j] = -1.0
    of_b = counterparts(scores, keys_b, keys_a, threshold=threshold)
    of_a = counterparts(scores.T, keys_a, keys_b, threshold=threshold)
    return (
        tuple(item for item, j in zip(items_b, of_b) if j is None),
        tuple(item for item, j in zip(items_a, of_a) if j is None),
        tuple(CommitmentPair(items_a[j], item, round(float(scores[i, j]), 3))
              for i, (item, j) in enumerate(zip(items_b, of_b)) if j is not None),
    )


def _key(c: CommitmentItem) -> tuple[str, str, str | None]:
    return c.kind, c.actor, c.target


def _object(c: CommitmentItem) -> str:
    return c.object_text or c.evidence.text


def latest_pair(store: Store, dyad: tuple[str, str]) -> tuple[Readout, Readout]:
    """The two most recent dated readouts whose participants include both countries, older first.

    Raises `AnalysisError` when the store holds fewer than two: a diff needs two readouts.
    """
    d, p = documents.c, participants.c
    with_both = [sa.exists().where(p.doc_id == d.doc_id, p.country == code) for code in dyad]
    query = (sa.select(d.doc_id).where(d.date.is_not(None), *with_both)
             .order_by(d.date.desc(), d.doc_id.desc()).limit(2))
    with store.reading() as conn:
        ids = list(conn.scalars(query))
    if len(ids) < 2:
        a, b = dyad
        found = f"only {ids[0]} has" if ids else "no dated readout has"
        raise AnalysisError(f"{a}-{b}: {found} both {a} and {b} among its participants; a diff needs two "
                            f"(`communique list --country {a}` shows what is stored)", source=store.where)
    newer, older = ids
    return store.get(older), store.get(newer)


__all__ = ["CommitmentPair", "RaiserChange", "ReadoutDiff", "ReadoutRef", "StatementPair", "diff_readouts", "latest_pair"]
