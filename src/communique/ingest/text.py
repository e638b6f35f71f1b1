"""Plain text in, `Document` out, with leading metadata fields split off the body.

Scraped readouts often carry a field such as `date 2021-09-12` or `Date: 12 September 2021` before
the first sentence, sometimes on the same line (the Foreign Ministry file that taught us this).
It becomes `published`, and `body_start` moves past it so it never leaks into a statement.
"""
from __future__ import annotations

import re
from datetime import date

from dateutil import parser as dateparser

from communique.ingest.dates import iso_date

from communique.model import Document
from communique.settings import DEFAULT, Settings

_FIELD = re.compile(
    r"""\A\s*(?:published|date|dated|posted|updated|release\ date|publication\ date)\s*[:=]?\s*
    (?P<value>\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{4}
      |\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4})
    (?:[ \t]*\r?\n|[ \t]+|\Z)""",
    re.IGNORECASE | re.VERBOSE,
)


def split_metadata(text: str) -> tuple[str | None, int]:
    """(published ISO date or None, offset where the body starts).

    >>> split_metadata(" date 2021-09-12 On September 11, 2021 local time, ...")
    ('2021-09-12', 17)
    """
    match = _FIELD.match(text)
    if not match:
        return None, len(text) - len(text.lstrip())
    raw = match["value"]
    try:
        if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", raw):
            y, m, d = (int(x) for x in raw.split("-"))
            value = date(y, m, d).isoformat()
        else:  # most governments write day before month: 12/09/2021 is 12 September
            value = dateparser.parse(raw, dayfirst=True).date().isoformat()
    except (ValueError, OverflowError):
        return None, len(text) - len(text.lstrip())
    rest = text[match.end():]
    return value, match.end() + len(rest) - len(rest.lstrip())


def document_from_text(text: str, *, doc_id: str, published: str | None = None, title: str | None = None,
                       url: str | None = None, source: str | None = None, from_markup: bool = False,
                       settings: Settings = DEFAULT) -> Document:
    meta_date, body_start = split_metadata(text)
    # a title is metadata, no span points into it: its spaces of any kind are one space ("Joint\xa0Statement", "Call
    # with  President": the White House's pages, a third of the bulk titles), as the rules that read it write them
    title = (" ".join(title.split()) or None) if title else title
    return Document(  # a caller's date in any common form ("March 5, 2024") is read as the metadata's are
        doc_id=doc_id, text=text, body_start=body_start, published=iso_date(published) or meta_date,
        title=title, url=url, source=source, from_markup=from_markup, publisher=settings.publisher,
    )
