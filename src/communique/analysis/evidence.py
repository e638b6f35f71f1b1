"""Records that point back into a readout, shared by the diff and the side-by-side view.

Every item an analysis reports (an issue, a statement, a commitment) carries the `doc_id`, `span`
and exact words it rests on, so the analyst can check the claim against the source (the contract's
"evidence is always the exact source words").
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, fields, is_dataclass
from typing import Any

from communique.model import BOTH, Commitment, Readout, Span, Statement


@dataclass(frozen=True, slots=True)
class Evidence:
    """The words at `span` in the readout `doc_id`."""

    doc_id: str
    span: Span
    text: str


@dataclass(frozen=True, slots=True)
class StatementItem:
    """A statement of a readout: its index there, who said it, and its words."""

    index: int
    speaker: str | None
    country: str | None
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class Mention:
    """One mention of an issue, and who raised it: the country of the statement that holds it,
    "both" for what the sides said together, None for the publisher's narration."""

    raised_by: str | None
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class IssueItem:
    """An issue of one readout with its mentions there."""

    issue: str
    raised_by: tuple[str, ...]
    mentions: tuple[Mention, ...]


@dataclass(frozen=True, slots=True)
class CommitmentItem:
    """A pledge or request of a readout, as `Readout.commitments` gives it, with its evidence."""

    kind: str
    actor: str
    target: str | None
    object_text: str | None
    issues: tuple[str, ...]
    evidence: Evidence


def group(statement: Statement) -> str | None:
    """Who a statement speaks for: a country, "both", a speaker without a country, or None (narration)."""
    return statement.country or statement.speaker


def statement_items(readout: Readout) -> list[StatementItem]:
    return [StatementItem(i, s.speaker, s.country, Evidence(readout.doc_id, s.span, s.text))
            for i, s in enumerate(readout.statements)]


def commitment_items(readout: Readout) -> list[CommitmentItem]:
    return [_commitment(readout.doc_id, c) for c in readout.commitments]


def _commitment(doc_id: str, c: Commitment) -> CommitmentItem:
    return CommitmentItem(c.kind, c.actor, c.target, c.object_text, tuple(c.issues), Evidence(doc_id, c.span, c.text))


def issue_items(readout: Readout) -> dict[str, IssueItem]:
    """Issue id -> its mentions and raisers, in the readout's issue order.

    A mention is raised by the statement whose span holds it (found by bisection over the statement
    starts; statements do not overlap). Narration raises nothing: in "The two sides exchanged views
    on the Ukraine issue" (004_4ed7dbded0f9f16b) the sides raise it together, and that is "both".
    """
    starts = [s.span.start for s in readout.statements]
    by_issue: dict[str, list[Mention]] = {issue: [] for issue in readout.issues}
    for m in sorted(readout.issue_mentions, key=lambda m: m.span):
        k = bisect_right(starts, m.span.start) - 1
        holder = readout.statements[k] if k >= 0 and readout.statements[k].span.contains(m.span) else None
        who = _raiser(holder) if holder else None
        by_issue.setdefault(m.issue, []).append(Mention(who, Evidence(readout.doc_id, m.span, m.text)))
    return {issue: IssueItem(issue, tuple(dict.fromkeys(x.raised_by for x in ms if x.raised_by)), tuple(ms))
            for issue, ms in by_issue.items()}


def _raiser(s: Statement) -> str | None:
    return BOTH if s.speaker == BOTH else s.country or s.speaker


def side_of(readout: Readout) -> str:
    """Whose readout this is: the publisher (from its URL), else the first participant's country.

    The first participant is the one who announces the encounter ("Wang Yi had a phone conversation
    with ..."), which is the publisher's official in government readouts.
    """
    from communique.ingest.publisher import publisher_for_url

    first = next((p.country for p in readout.participants if p.country), None)
    return publisher_for_url(readout.url) or first or "?"


def plain(value: Any) -> Any:
    """JSON-ready form of an analysis result: spans as `[start, end]`, tuples as lists."""
    if isinstance(value, Span):
        return value.to_list()
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value
