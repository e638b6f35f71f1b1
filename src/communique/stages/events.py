"""Code PLOVER events: who does what to whom, in every attributed statement (work in progress)."""
from __future__ import annotations

from communique.model import Document, Event


def code_events(doc: Document) -> Document:
    doc.events = []
    return doc


def code(sentence: str) -> list[Event]:
    """Events of a bare sentence (news or readout), actors taken from the sentence itself."""
    return []
