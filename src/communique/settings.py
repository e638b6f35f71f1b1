"""One frozen settings object: defaults, allowed values and help in one place (datasette's Setting)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Settings:
    max_bytes: int = 20_000_000
    """Inputs larger than this are refused (C105): readouts are a few KB; a 50 MB file is a mistake."""

    min_text_chars: int = 20
    """An extracted text shorter than this is no article (C106)."""

    publisher: str | None = None
    """ISO3 code of the government whose readouts these are, when the input does not say."""


DEFAULT = Settings()
