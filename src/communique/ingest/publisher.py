"""Who published a readout: from the web domain it came from (`lexicons/publishers.tsv`), or from
a record's own `publisher` field ("USA", "kremlin.ru", "jp-mofa", "Ministry of Foreign Affairs of
Japan")."""
from __future__ import annotations

import re
from functools import cache, lru_cache
from urllib.parse import urlsplit

import pycountry

from communique.errors import LexiconError
from communique.lexicons import load_tsv

LEXICON = "publishers.tsv"
_DOMAIN = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*")
# Two-letter prefixes in use that ISO 3166 reserves rather than assigns: "uk-gov" (the .uk domain),
# "el-mfa" (the EU's code for Greece)
_ALPHA_2_IN_USE = {"UK": "GB", "EL": "GR"}
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
    return _publisher_of_host(host) if host else None


@lru_cache(maxsize=1024)  # a corpus is a few sites' pages: the same hosts again and again
def _publisher_of_host(host: str) -> str | None:
    table = publishers()
    labels = host.split(".")
    for i in range(len(labels)):
        code = table.get(".".join(labels[i:]))
        if code:
            return code
    return _government_domain(labels)


# Second-level labels governments register their sites under a country-code domain: gov.bd, gob.mx,
# gouv.sn, go.ke, govt.nz, gv.at. A site there is that state's government (publishers.tsv lists
# the governments that use other domains: kremlin.ru, mofa.go.jp's peers, admin.ch ...).
_GOVERNMENT_LABELS = frozenset({"gov", "gob", "gouv", "go", "govt", "gv", "government"})


def _government_domain(labels: list[str]) -> str | None:
    """The state of a host under a government second-level domain of its country code: "mofa.gov.bd" -> BGD.

    >>> _government_domain("www.sre.gob.mx".split(".")), _government_domain("www.gov.example".split("."))
    ('MEX', None)
    """
    if len(labels) < 2 or labels[-2] not in _GOVERNMENT_LABELS or len(labels[-1]) != 2:
        return None
    country = pycountry.countries.get(alpha_2=_ALPHA_2_IN_USE.get(labels[-1].upper(), labels[-1].upper()))
    return country.alpha_3 if country else None


_INTERNATIONAL = frozenset({"int", "intl", "igo", "org"})  # prefixes that label an international body's releases


def publisher_for_name(name: str | None) -> str | None:
    """Code of the government a record's `publisher` field names, tried as: a code ("USA", "UN"),
    a domain ("kremlin.ru"), a name with a leading ISO 3166 alpha-2 or organisation prefix the
    way datasets label their sources ("jp-mofa", "un-sg", "us_state"), then a name that holds
    exactly one state or organisation ("Ministry of Foreign Affairs of Japan").

    >>> publisher_for_name("jp-mofa"), publisher_for_name("un-sg"), publisher_for_name("uk-gov")
    ('JPN', 'UN', 'GBR')
    >>> publisher_for_name("The Kremlin"), publisher_for_name("Ministry of Foreign Affairs of Japan")
    ('RUS', 'JPN')
    >>> publisher_for_name("int-nato"), publisher_for_name("int-sadc"), publisher_for_name("osce")
    ('NATO', 'SADC', 'OSCE')
    """
    from communique.lexicons.actors import actors

    if not name or not isinstance(name, str) or not name.strip():
        return None
    name = name.strip()
    table = actors()

    def known(code: str) -> bool:
        try:
            return bool(table.name_of(code))
        except KeyError:
            return False

    if _CODE.fullmatch(name) and known(name):
        return name
    if name.isalpha() and name.islower() and known(name.upper()):
        return name.upper()  # a body's own acronym as datasets write their sources: "osce", "nato", "commonwealth"
    if "." in name and " " not in name and (code := publisher_for_url(name)):
        return code
    prefix = re.match(r"([A-Za-z]{2,5})[-_/]", name)
    if prefix:
        head = prefix.group(1)
        if len(head) == 2 and (country := pycountry.countries.get(alpha_2=_ALPHA_2_IN_USE.get(head.upper(), head.upper()))):
            return country.alpha_3
        if known(head.upper()):
            return head.upper()
        body = re.match(r"[A-Za-z]{2,12}", name[prefix.end():])
        if head.lower() in _INTERNATIONAL and body and known(body.group().upper()):
            return body.group().upper()  # "int-nato", "intl-sadc", "igo-who": the body after an international prefix
    codes = {m.code for m in table.find(name)}
    return codes.pop() if len(codes) == 1 else None


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
