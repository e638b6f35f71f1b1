"""Metadata dates (HTML meta tags, JSONL `date` fields) to ISO `YYYY-MM-DD`.

A timestamp keeps the calendar date as the publisher wrote it (`2021-09-12T01:30:00+08:00` is
2021-09-12): the readout's own day, not UTC's. A value without a day ("March 2023") is no date.
"""
from __future__ import annotations

import re
from datetime import date, datetime

from dateutil import parser as dateparser

_ISO = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])")
_COMPACT = re.compile(r"\s*(\d{4})(\d{2})(\d{2})\s*$")  # 20210912: dateutil would read it day first
_CJK = re.compile(r"\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")  # fmprc.gov.cn, mofa.go.jp
_DEFAULTS = (datetime(2000, 1, 1), datetime(2001, 2, 2))  # two defaults expose a missing field
_YEARS = range(1800, 2200)


def iso_date(value: object) -> str | None:
    """ISO date of a metadata value, or None when it is not a full calendar date.

    >>> iso_date("2023-03-29T21:37:12+00:00"), iso_date("12 September 2021"), iso_date("March 2023")
    ('2023-03-29', '2021-09-12', None)
    """
    if not isinstance(value, str) or not value.strip() or len(value) > 100:
        return None
    match = _ISO.match(value) or _COMPACT.match(value) or _CJK.match(value)
    if match:
        return _valid(*(int(g) for g in match.groups()))
    try:  # day first: most governments write 12/09/2021 for 12 September (as ingest.text does)
        first, second = (dateparser.parse(value, dayfirst=True, default=d) for d in _DEFAULTS)
    except (ValueError, OverflowError, TypeError):
        return None
    if first.date() != second.date():
        return None
    return _valid(first.year, first.month, first.day)


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        value = date(year, month, day)
    except ValueError:
        return None
    return value.isoformat() if value.year in _YEARS else None
