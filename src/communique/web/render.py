"""A readout's text as HTML: each statement coloured by its speaker, events and issue mentions
marked at their exact spans, every character escaped.

Marks overlap (an event's trigger inside an issue mention, two issues on one phrase), so they are
not nested as tags: the text is cut at every mark's start and end, and each piece is one `<span>`
carrying the classes of all marks over it. Readouts are untrusted input: the pieces are escaped
with `markupsafe.escape` here, and only this module's own tags reach the page.

>>> from communique.model import Span
>>> str(marked("<b>Vietnam</b> thanks China.", 0, 28, [Mark(Span(15, 21), "event", "SUPPORT")]))
'&lt;b&gt;Vietnam&lt;/b&gt; <span class="event" title="SUPPORT">thanks</span> China.'
"""
from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

from communique.model import BOTH, Readout, Span

SPEAKER_CLASSES = 8  # speaker-0 ... speaker-7 in style.css; more participants reuse them


@dataclass(frozen=True, slots=True)
class Mark:
    span: Span
    kind: str  # "event" | "issue"
    label: str  # shown on hover: "SUPPORT VNM → CHN", "covid19"


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of the text: a statement (with its speaker's class) or what lies between them."""

    html: Markup
    speaker: str | None
    css: str  # "speaker-2", "both", "narration" or "plain"
    index: int | None  # the statement's index, for anchors (#s-3)


def marked(text: str, start: int, end: int, marks: list[Mark]) -> Markup:
    """`text[start:end]` escaped, with `marks` (clipped to the range) as spans."""
    inside = [m for m in marks if m.span.start < end and start < m.span.end]
    cuts = sorted({start, end, *(max(start, m.span.start) for m in inside), *(min(end, m.span.end) for m in inside)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        over = [m for m in inside if m.span.start <= a and b <= m.span.end]
        chunk = escape(text[a:b])
        if over:
            classes = " ".join(sorted({m.kind for m in over}))
            title = escape("; ".join(m.label for m in over))
            out.append(Markup(f'<span class="{classes}" title="{title}">{chunk}</span>'))
        else:
            out.append(chunk)
    return Markup("").join(out)


def speaker_classes(readout: Readout) -> dict[str, str]:
    return {p.name: f"speaker-{i % SPEAKER_CLASSES}" for i, p in enumerate(readout.participants)}


def pieces(readout: Readout) -> list[Piece]:
    """The whole text in order: statements with their marks, and the gaps between them as they are."""
    text = readout.text
    marks = [Mark(e.trigger or e.span, "event", f"{e.type} {e.actor} → {e.target or '—'}") for e in readout.events
             if e.statement is not None] + [Mark(m.span, "issue", m.issue) for m in readout.issue_mentions]
    classes = speaker_classes(readout)
    out: list[Piece] = []
    pos = 0
    for index, st in enumerate(readout.statements):
        if st.span.start > pos:
            out.append(Piece(escape(text[pos:st.span.start]), None, "plain", None))
        css = "both" if st.speaker == BOTH else classes.get(st.speaker or "", "narration")
        out.append(Piece(marked(text, st.span.start, st.span.end, marks), st.speaker, css, index))
        pos = st.span.end
    if pos < len(text):
        out.append(Piece(escape(text[pos:]), None, "plain", None))
    return out


def snippet(text: str, marks: tuple[tuple[int, int], ...]) -> Markup:
    """A search snippet with its matched words in `<mark>`, from offsets, never from markers."""
    out, pos = [], 0
    for a, b in sorted(marks):
        out += [escape(text[pos:a]), Markup("<mark>"), escape(text[a:b]), Markup("</mark>")]
        pos = b
    out.append(escape(text[pos:]))
    return Markup("").join(out)
