"""One frozen settings object: defaults, allowed values and help in one place (datasette's Setting)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Settings:
    max_bytes: int = 20_000_000
    """Inputs larger than this are refused (C105): readouts are a few KB; a 50 MB file is a mistake."""

    max_text_chars: int = 2_000_000
    """A text longer than this is not extracted (C105). The stages are linear, at ~3 s a million
    characters on one core (bench/adversarial.py), so this bounds any one document to seconds; the
    longest real release seen (a Kremlin transcript) is 177,000. An HTML page may be far larger
    than its article, which is why this is not `max_bytes`."""

    min_text_chars: int = 20
    """An extracted text shorter than this is no article (C106)."""

    publisher: str | None = None
    """ISO3 code of the government whose readouts these are, when the input does not say."""


DEFAULT = Settings()
