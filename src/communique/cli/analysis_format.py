"""Rich renderables of `communique diff`, `linked` and `compare`.

Pure functions from analysis results to renderables, like `cli.format`. Readouts are untrusted text:
every piece of it enters as `Text`, never as markup, so "[/b]" in a readout prints as written.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich import box
from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from communique.analysis.diff import ReadoutDiff, ReadoutRef
from communique.analysis.evidence import CommitmentItem, IssueItem, StatementItem
from communique.analysis.linking import Encounter, Side, SideBySide

ADDED, DROPPED, CHANGED = "green", "red", "yellow"


def _words(values: Iterable[str], limit: int = 4) -> str:
    """Distinct mention words, quoted: the evidence of an issue at a glance."""
    unique = list(dict.fromkeys(values))
    more = f" +{len(unique) - limit} more" if len(unique) > limit else ""
    return ", ".join(f'"{v}"' for v in unique[:limit]) + more


def _issue(item: IssueItem, mark: str, style: str) -> Text:
    who = ", ".join(item.raised_by) or "narration"
    return Text.assemble((f"  {mark} {item.issue}", style), f"  raised by {who}: ",
                         (_words(m.evidence.text for m in item.mentions), "dim"))


def _statement(item: StatementItem, mark: str, style: str) -> RenderableType:
    who = item.country or item.speaker or "narration"
    span = item.evidence.span
    head = Text.assemble((f"  {mark} {who}", style), (f"  [{span.start}:{span.end}]", "dim"))
    return Group(head, Padding(Text(item.evidence.text), (0, 0, 0, 6), expand=False))


def _commitment(item: CommitmentItem, mark: str, style: str) -> RenderableType:
    head = Text.assemble((f"  {mark} {item.kind}", style), f"  {item.actor} → {item.target or '-'}",
                         (f"  {', '.join(item.issues)}" if item.issues else "", "dim"))
    return Group(head, Padding(Text(item.object_text or item.evidence.text), (0, 0, 0, 6), expand=False))


def _section(title: str, rows: Sequence[RenderableType], *, empty: str = "none") -> list[RenderableType]:
    return [Text(title, style="bold"), *(rows or [Text(f"  {empty}", style="dim")]), ""]


def _ref(ref: ReadoutRef) -> Text:
    return Text.assemble((ref.doc_id, "bold"), f"  {ref.date or 'undated'} · {ref.encounter.replace('_', ' ')}"
                         f" · {', '.join(ref.countries) or 'no countries'}")


def diff_view(d: ReadoutDiff) -> RenderableType:
    """`communique diff`: A and B, then what B adds (+), what it drops (-), and what changed hands (~)."""
    head = Text.assemble(("A ", "bold"), _ref(d.a), "\n", ("B ", "bold"), _ref(d.b))
    parts: list[RenderableType] = [head, ""]
    parts += _section("issues only in B", [_issue(i, "+", ADDED) for i in d.issues_added])
    parts += _section("issues only in A", [_issue(i, "-", DROPPED) for i in d.issues_dropped])
    parts += _section("who raised an issue changed", [
        Text.assemble((f"  ~ {r.issue}", CHANGED), f"  A: {', '.join(r.a) or 'narration'}"
                      f"  →  B: {', '.join(r.b) or 'narration'}") for r in d.raisers_changed])
    parts += _section("statements of B with no counterpart in A (new formulations)",
                      [_statement(s, "+", ADDED) for s in d.statements_added])
    parts += _section("statements of A with no counterpart in B",
                      [_statement(s, "-", DROPPED) for s in d.statements_dropped])
    parts += _section("commitments only in B", [_commitment(c, "+", ADDED) for c in d.commitments_added])
    parts += _section("commitments only in A", [_commitment(c, "-", DROPPED) for c in d.commitments_dropped])
    parts.append(Text(f"{len(d.statements_matched)} statements and {len(d.commitments_matched)} commitments of B "
                      f"have a counterpart in A (TF-IDF cosine >= {d.threshold}); --format json lists them",
                      style="dim"))
    return Group(*parts)


def encounters_table(groups: Sequence[Encounter]) -> RenderableType:
    """`communique linked`: one row per encounter, each readout on its own line with its side."""
    if not groups:
        return Text("no linked readouts", style="dim")
    table = Table("first", "countries", "readouts (publisher, date)", box=box.SIMPLE_HEAD, header_style="bold")
    for g in groups:
        readouts = "\n".join(f"{m.doc_id} ({m.publisher or '?'}, {m.date})" for m in g.members)
        table.add_row(Text(g.members[0].date), Text(", ".join(g.countries)), Text(readouts))
    return table


def _side_cell(side: Side) -> RenderableType:
    parts: list[RenderableType] = [Text.assemble(("issues: ", "bold"), ", ".join(side.issues) or "none found")]
    parts += [Text("only this side reports", style="bold")]
    parts += [_issue(i, "+", ADDED) for i in side.only_issues] or [Text("  no issue of its own", style="dim")]
    parts += [_statement(s, "+", ADDED) for s in side.only_statements]
    parts += [Text("events", style="bold")]
    parts += [Text.assemble(f"  {e.type} {e.actor} → {e.target or '-'}", f' "{e.trigger}"' if e.trigger else "",
                            (f"  {', '.join(e.issues)}" if e.issues else "", "dim"))
              for e in side.events] or [Text("  none coded", style="dim")]
    return Group(*parts)


def side_by_side(result: SideBySide, *, days: int) -> RenderableType:
    """`communique compare`: one column per readout of the encounter, the asked-for one first."""
    table = Table(box=box.SIMPLE_HEAD, header_style="bold", show_lines=False)
    for side in result.sides:
        table.add_column(Text(f"{side.doc_id}\n{side.side} · {side.date or 'undated'}"), ratio=1)
    table.add_row(*(_side_cell(s) for s in result.sides))
    parts: list[RenderableType] = [table]
    if len(result.sides) == 1:
        parts.append(Text(f"no other stored readout of this encounter (at least two countries in common, dates "
                          f"within {days} day{'s' if days != 1 else ''}, another publisher)", style="dim"))
    else:
        parts.append(Text.assemble(("reported by all: ", "bold"), ", ".join(result.shared_issues) or "no issue"))
    return Group(*parts)

