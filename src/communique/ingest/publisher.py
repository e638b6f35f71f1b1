"""Who published a readout, from the web domain it came from (`lexicons/publishers.tsv`)."""
from __future__ import annotations

import re
from functools import cache
from urllib.parse import urlsplit

from communique.errors import LexiconError
from communique.lexicons import load_tsv

LEXICON = "publishers.tsv"
_DOMAIN = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*")
_CODE = re.compile(r"[A-Z][A-Z_]{1,11}")  # ISO3 or an organisation acronym such as EU, ASEAN


@cache
def publishers() -> dict[str, str]:
    """domain -> code, checked row by row (a bad row raises `LexiconError` with file:line)."""
    table: dict[str, str] = {}
    for lineno, row in load_tsv(LEXICON, ("domain", "code")):
        domain, code, where = row["domain"], row["code"], f"{LEXICON}:{lineno}"
        if not _DOMAIN.fullmatch(domain) or domain.startswith("www."):
            raise LexiconError(f"domain {domain!r} must be a bare lower-case domain like mofa.go.jp", source=where)
        if not _CODE.fullmatch(code):
            raise LexiconError(f"code {code!r} must be ISO3 (CHN) or an acronym (EU)", source=where)
        if domain in table:
            raise LexiconError(f"domain {domain} is listed twice", source=where)
        table[domain] = code
    return table


def publisher_for_url(url: str | None) -> str | None:
    """Code of the government whose site `url` is on; the longest listed domain wins.

    >>> publisher_for_url("https://en.kremlin.ru/events/president/news/73043")
    'RUS'
    >>> publisher_for_url("www.fmprc.gov.cn/mfa_eng/"), publisher_for_url("https://example.com/")
    ('CHN', None)
    """
    host = _host(url)
    if not host:
        return None
    table = publishers()
    labels = host.split(".")
    for i in range(len(labels)):
        code = table.get(".".join(labels[i:]))
        if code:
            return code
    return None


def _host(url: str | None) -> str | None:
    if not url or not isinstance(url, str):
        return None
    url = url.strip()
    if "//" not in url:  # "www.state.gov/..." as people paste it
        url = "//" + url
    try:
        host = urlsplit(url).hostname
    except ValueError:  # e.g. a malformed IPv6 literal
        return None
    return host.rstrip(".") if host else None
