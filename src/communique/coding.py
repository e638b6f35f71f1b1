"""Bare sentences in, PLOVER events out: the library side of `communique code`.

`stages.events.code` codes one sentence; `code_many` streams a batch of `BareSentence`s through it
with the error handling `pipeline.extract_many` gives documents: a sentence whose coding fails is
reported to `on_error` as an `ExtractionError` naming its `file:line`, and the batch goes on.

>>> from communique.ingest.sentences import BareSentence
>>> [c.to_dict()["id"] for c in code_many([BareSentence("n1", "China condemned the test.", "news.txt:1")])]
['n1']
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from communique.errors import CommuniqueError, ExtractionError
from communique.ingest.sentences import BareSentence
from communique.model import Event, event_dict
from communique.stages import events as coder


@dataclass(frozen=True, slots=True)
class CodedSentence:
    """A sentence and its events; `to_dict` is the JSON line `communique code` prints."""

    id: str
    text: str
    source: str  # file:line
    events: list[Event]

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "text": self.text, "events": [event_dict(e) for e in self.events]}


def code_many(sentences: Iterable[BareSentence], *,
              on_error: Callable[[CommuniqueError], None] | None = None) -> Iterator[CodedSentence]:
    """Code each sentence; one that fails goes to `on_error` (raised when it is None) and is skipped."""
    for s in sentences:
        try:
            found = _code(s)
        except CommuniqueError as err:
            if on_error is None:
                raise
            on_error(err)
            continue
        yield CodedSentence(s.id, s.text, s.source, found)


def _code(s: BareSentence) -> list[Event]:
    # Looked up on the module at call time, so the coder can be swapped (and tests can stub it).
    try:
        return coder.code(s.text)
    except CommuniqueError:
        raise
    except Exception as exc:  # a bug on one sentence must not sink a batch (as in pipeline.run)
        raise ExtractionError(f"coding failed: {type(exc).__name__}: {exc}".splitlines()[0], source=s.source) from exc


__all__ = ["CodedSentence", "code_many"]
