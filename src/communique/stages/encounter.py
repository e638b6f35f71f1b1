"""Find the sentence that announces the encounter and label the encounter.

Rules are data (`lexicons/encounters.yaml`): an ordered list of labels with cue patterns, first
match wins (dateparser's ordered strategies). The lead sentence matters beyond the label: it is
narration (speaker `null`), it names the participants, and it dates and places the encounter.
"""
from __future__ import annotations

import re
from functools import cache

from communique.lexicons import load_yaml
from communique.model import Document, Encounter, Span
from communique.stages.segment import is_heading


@cache
def _rules() -> tuple[int, tuple[tuple[str, re.Pattern[str]], ...], re.Pattern[str], tuple[str, ...]]:
    data = load_yaml("encounters.yaml")
    labels = tuple(
        (label, re.compile(r"\b(?:" + "|".join(cues) + r")\b", re.IGNORECASE))
        for label, cues in data["labels"].items()
    )
    joint = re.compile(r"\b(?:" + "|".join(data["joint_statement"]) + r")\b", re.IGNORECASE)
    return data["lead_window"], labels, joint, tuple(data["fallback_order"])


def classify(sentence: str) -> tuple[str, tuple[int, int]] | None:
    """(label, cue offsets) for the first label whose cue occurs in `sentence`.

    >>> classify("President Biden held a video call today with President Putin.")
    ('video_call', (23, 33))
    """
    _, labels, _, _ = _rules()
    for label, pattern in labels:
        match = pattern.search(sentence)
        if match:
            return label, match.span()
    return None


def find_encounter(doc: Document) -> Document:
    """The lead is the first of the first `lead_window` body sentences with a cue; a headline
    line ("Xi Jinping Holds Talks with ...") is the lead only when no sentence after it in the
    window has one: the body's sentence names the participants with their titles ("President Xi
    Jinping held talks with ..."), a headline often without."""
    window, _, joint, order = _rules()
    lead = None
    for index, sent in enumerate(doc.sentences[:window]):
        if found := classify(sent.text):
            lead = lead or (index, found)
            if index > 0 or not is_heading(doc, 0):
                lead = (index, found)
                break
    if lead:
        index, (label, (s, e)) = lead
        sent = doc.sentences[index]
        doc.lead = index
        doc.encounter = Encounter(label, Span(sent.span.start + s, sent.span.start + e))
        return doc
    doc.lead = None
    doc.encounter = _fallback(doc, joint, order)
    return doc


def _fallback(doc: Document, joint: re.Pattern[str], order: tuple[str, ...]) -> Encounter:
    """No sentence announces the encounter: a joint statement says so in its title or body;
    otherwise the title ("Readout of ... Call with ...") decides, without evidence in the body."""
    for sent in doc.sentences:
        match = joint.search(sent.text)
        if match:
            return Encounter("joint_statement", Span(sent.span.start + match.start(), sent.span.start + match.end()))
    if doc.title:
        if joint.search(doc.title):
            return Encounter("joint_statement", None)
        found = classify(doc.title)
        if found:
            return Encounter(found[0], None)
    return Encounter("other", None)
