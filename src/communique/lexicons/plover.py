"""The PLOVER cue book (`plover_cues.yaml`) and intensity table (`plover_intensity.tsv`), compiled.

Cues are found word by word: each cue is a small regex indexed by its first word (the word itself,
or the first four letters of a `word*` stem, three for a three-letter stem). An Aho-Corasick
automaton (`patterns.Keywords`) of those keys finds, in one pass, the words where some cue may start;
only there are the three dictionary lookups and a `match` per candidate made, not at every word,
and never a scan of one 500-branch alternation at every character (which `re` cannot optimise).

>>> [(c.type, c.role, c.text) for c in cue_book().find("China will donate vaccines and thanks Vietnam.")]
[('AID', 'act', 'donate'), ('SUPPORT', 'verb', 'thanks')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any, NamedTuple

from communique.errors import LexiconError
from communique.lexicons import load_tsv, load_yaml
from communique.model import PLOVER_TYPES
from communique.patterns import Keywords, gated

CUES_FILE = "plover_cues.yaml"
INTENSITY_FILE = "plover_intensity.tsv"
ROLES = ("verb", "act", "noun", "conduct", "asks")
_WORD = re.compile(r"[a-z][a-z'’\-]*")
_GAP = r"(?:\s+[^\s;:]+){0,4}?"  # up to four words ("Japan-U.S." is one)


# The PLOVER types by family (the ones not named here are cooperative): a verb of one family governs
# the acts of its own family after it ("stands ready to work with China" is one AGREE); REQUEST
# governs any ("urged Russia to withdraw").
NEUTRAL = frozenset({"REQUEST"})
HOSTILE = frozenset({"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})
MATERIAL = frozenset({"COOPERATE", "AID"})  # acts that happened, welcomed or praised as events of their own


def family(type_: str) -> str:
    return "hostile" if type_ in HOSTILE else "neutral" if type_ in NEUTRAL else "cooperative"


@dataclass(frozen=True, slots=True)
class Cue:
    """One phrase of the cue book: what type and role its words give."""

    type: str
    role: str  # one of ROLES, or "none" for a not_cue
    phrase: str  # as written in the file, for the event's `cue` field
    regex: re.Pattern[str] | None  # None for the field dictionary's verbs, read by FieldBook
    mode: str | None


class CueMatch(NamedTuple):
    start: int
    end: int
    text: str
    cue: Cue

    @property
    def type(self) -> str:
        return self.cue.type

    @property
    def role(self) -> str:
        return self.cue.role


@dataclass(frozen=True, slots=True)
class CueBook:
    index: dict[str, tuple[Cue, ...]]  # _key of the first word -> cues
    negated: dict[str, str]
    future: dict[str, str]
    unspecified: re.Pattern[str]
    unspecified_words: Keywords[None]  # the last word of each unspecified phrase: one look before the regex
    modes: dict[str, tuple[tuple[re.Pattern[str], str], ...]]  # type -> (words, mode): AID "vaccine*" -> humanitarian
    starts: Any = None  # Aho-Corasick automaton of the cues' literal leads: where a cue may start
    first_words: Any = None  # the same of their first words alone, for text whose words other spaces part
    candidates: dict[str, tuple[Cue, ...]] = field(default_factory=dict, compare=False)  # word -> cues, memo

    def _candidates(self, word: str) -> tuple[Cue, ...]:
        """The cues that may start at `word`: its three index keys' cues, looked up once per word
        (a corpus repeats its words, and the lookups were a tenth of extraction)."""
        found = self.candidates.get(word)
        if found is None:
            found = self.index.get("=" + word, ()) + self.index.get(word[:4], ()) + self.index.get(word[:3], ())
            if len(self.candidates) < 200_000:  # bounded: a stream of junk words cannot grow it forever
                self.candidates[word] = found
        return found

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[CueMatch]:
        """Cues in `text[start:end]`, leftmost-longest, none overlapping; offsets into `text`."""
        return [m for m in self.scan(text, start, end) if m.role != "none"]

    def hidden(self, text: str, start: int = 0, end: int | None = None) -> list[CueMatch]:
        """The not_cues of `text[start:end]` ("thanks to"): words no dictionary may read as an act."""
        return [m for m in self.scan(text, start, end) if m.role == "none"]

    def scan(self, text: str, start: int = 0, end: int | None = None) -> list[CueMatch]:
        """Cues and not_cues, leftmost-longest (a not_cue hides the cue words inside it)."""
        end = len(text) if end is None else end
        low = _names_as_words(text[start:end], _lower(text[start:end]))
        found: list[CueMatch] = []
        reach = 0
        for at in self._word_starts(low):
            if at < reach:
                continue
            word = _WORD.match(low, at)
            best = None
            for cue in self._candidates(word.group()):  # type: ignore[union-attr]
                m = cue.regex.match(low, at)
                if m and (best is None or start + m.end() > best.end):
                    best = CueMatch(start + m.start(), start + m.end(), text[start + m.start():start + m.end()], cue)
            if best is not None and not _in_name(text, best.start, start):
                reach = best.end - start
                found.append(best)
        return found

    def _word_starts(self, low: str) -> list[int]:
        """Where a word begins that one of the cues' leads begins (a word starts with a letter and
        is not preceded by a letter, apostrophe or hyphen, as `_WORD` reads words), in order.

        A lead holds a cue's second word when its first is a whole word ("the opposition", "in
        support"), so the commonest words ("the", "in", "on": a fifth of a readout's words) are no
        start in most sentences; text with two spaces between words is read by first words alone."""
        starts, automaton, keyed = set(), self.starts, low
        if "  " in low or not low.isprintable() and _ODD_SPACE.search(low):  # "President\xa0Biden": one space of
            # another kind is a space (a text Python can print holds no space but " ": the regex only for the others)
            keyed = _SPACE.sub(" ", low)
            automaton = self.first_words if "  " in keyed else self.starts
        for at, _, _ in automaton.find(keyed):
            before = at - 1
            while before >= 0 and low[before] in "'’-":  # "'donate'" is a word, "co-operate" is one
                before -= 1
            if before < 0 or not "a" <= low[before] <= "z":
                starts.add(at)
        return sorted(starts)

    def mode_of(self, type_: str, cue: Cue, text: str) -> str | None:
        """A mode the words around the cue give ("vaccines" make AID humanitarian, "by phone" a
        CONSULT phone), else the one the type gives all its cues."""
        modes = self.modes.get(type_)
        if modes:
            low = text.lower()
            for words, mode in modes:
                if words.search(low):
                    return mode
        return cue.mode


_ODD_SPACE = re.compile(r"[^\S ]|  ")  # a space other than the leads' single " " between words
_NAME_RUN = re.compile(r"[A-Z][\w.'’\-]*(?:\s+(?:(?:and|of|the|for)\s+)?[A-Z][\w.'’\-]*){2,}")
_LAST_SPACE = re.compile(r"\s\S*$")
_SPACE = re.compile(r"\s")


@cache
def _title_words() -> frozenset[str]:
    return frozenset(map(str, load_yaml("titles.yaml")["heads"]))  # "Minister", "Secretary", "President" ...


def _names_as_words(chunk: str, low: str) -> str:
    """`low` with each proper name of several words made one word but its last, which stays the
    head noun: "strengthen the Japan-India Special Strategic and Global Partnership" is a gap of two
    words before "partnership", as "strengthen the strategic partnership" is. Same length.

    Names with an official's title in them ("Secretary General Stoltenberg") are left as they are:
    cues read titles ("met ... secretary|minister")."""
    for run in _NAME_RUN.finditer(chunk):  # three words or more: two have nothing to join but the head
        words, at = run.group(), run.start()
        if at < 2 or chunk[at - 1] != " " or not (chunk[at - 2].isalnum() or chunk[at - 2] == ","):
            continue  # the clause's first words, or after a quote or bracket: not a name inside a clause
        if _title_words().isdisjoint(words.split()):
            head = at + _LAST_SPACE.search(words).start()
            low = low[:at] + _SPACE.sub("_", low[at:head]) + low[head:]
    return low


def _lower(chunk: str) -> str:
    """Lower case of the same length, so offsets stay true ("İ".lower() is two characters)."""
    low = chunk.lower()
    return low if len(low) == len(chunk) else "".join(c if len(c.lower()) != 1 else c.lower() for c in chunk)


def _in_name(text: str, s: int, clause_start: int) -> bool:
    """A capitalised cue away from the start of its clause is a name: "Good Friday Agreement"."""
    if not text[s].isupper():
        return False
    before = text[clause_start:s].rstrip()
    return bool(before) and before[-1] not in ".;:!?\"“(—–-0123456789"


def compile_phrase(phrase: str, where: str) -> tuple[re.Pattern[str], list[str]]:
    """(regex, index keys) of one phrase in the cue syntax of the file's header.

    >>> regex, keys = compile_phrase("express* ... concern|concerns", "example")
    >>> regex.match("expressed deep concern over").group(), keys
    ('expressed deep concern', ['expr'])
    """
    return _compiled_phrase(phrase, where)[:2]


def _compiled_phrase(phrase: str, where: str) -> tuple[re.Pattern[str], list[str], list[str]]:
    """(regex, index keys, leads): a lead is literal text the cue's match begins with, its first
    word and, after a whole first word, one space and its second word or that word's stem.

    >>> _compiled_phrase("in this|that respect", "example")[2]
    ['in this', 'in that']
    >>> _compiled_phrase("commit* to", "example")[2], _compiled_phrase("held ... talks", "example")[2]
    (['comm'], ['held'])
    """
    if phrase.startswith("re:"):
        body = phrase[3:]
        lead = re.match(r"(?:\(\?<!\[\\w-\]\))?([a-z]+)(?![*+?{|(\[])", body)
        if lead is None:
            raise LexiconError(f"a re: cue must start with a literal word: {phrase!r}", source=where)
        key = _key(lead.group(1), star=True)
        return _compiled(body, phrase, where), [key], [key.lstrip("=")]
    tokens = phrase.split()
    if tokens[0] == "..." or tokens[0].endswith("?"):
        raise LexiconError(f"cue {phrase!r} must start with a word", source=where)
    out, keys = "", []
    for i, token in enumerate(tokens):
        if token == "...":
            out += _GAP
            continue
        optional = token.endswith("?")
        alts = []
        for alt in token.rstrip("?").split("|"):
            stem = alt.rstrip("*")
            if not re.fullmatch(r"[a-z][a-z'\-]*", stem) or (alt.endswith("*") and len(stem) < 3):
                raise LexiconError(f"bad word {alt!r} in cue {phrase!r}", source=where)
            alts.append(re.escape(stem) + (r"[\w'’\-]*" if alt.endswith("*") else ""))
            if i == 0:
                keys.append(_key(stem, star=alt.endswith("*")))
        group = "(?:" + "|".join(alts) + ")"
        out += group if i == 0 else (rf"(?:\s+{group})?" if optional else rf"\s+{group}")
    second = tokens[1] if len(tokens) > 1 and tokens[1] != "..." and not tokens[1].endswith("?") else None
    leads = [key if not key.startswith("=") else key[1:] if second is None
             else f"{key[1:]} {word.rstrip('*')}" for key in keys for word in (second or "").split("|")]
    return _compiled(out, phrase, where), keys, list(dict.fromkeys(leads))


def _key(word: str, *, star: bool) -> str:
    """Index key of a cue's first word: "=thanks" for a whole word, "cong" for "congratulat*"."""
    if not star or len(word) < 3:
        return "=" + word
    return word[:4] if len(word) >= 4 else word[:3]


def _compiled(body: str, phrase: str, where: str) -> re.Pattern[str]:
    try:
        return re.compile(body + r"(?![\w'’\-])")
    except re.error as exc:
        raise LexiconError(f"cue {phrase!r} is not a valid pattern: {exc}", source=where) from None


def _strings(value: Any, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise LexiconError("expected a list of phrases", source=where)
    return value


def _types_map(data: dict, key: str) -> dict[str, str]:
    table = data.get(key) or {}
    for a, b in table.items():
        if a not in PLOVER_TYPES or b not in PLOVER_TYPES:
            raise LexiconError(f"{key}: {a} -> {b}: both must be PLOVER types", source=CUES_FILE)
    return dict(table)


def compile_cue_book(data: Any) -> CueBook:
    if not isinstance(data, dict) or not isinstance(data.get("cues"), dict):
        raise LexiconError("expected a mapping with `cues`", source=CUES_FILE)
    index: dict[str, list[Cue]] = {}
    leads: set[str] = set()
    modes: dict[str, list[tuple[re.Pattern[str], str]]] = {}
    for type_, block in data["cues"].items():
        where = f"{CUES_FILE}: cues.{type_}"
        if type_ not in PLOVER_TYPES:
            raise LexiconError(f"unknown PLOVER type {type_!r}", source=where)
        unknown = set(block) - {*ROLES, "mode", "modes"}
        if unknown:
            raise LexiconError(f"unknown keys {sorted(unknown)}; roles are {', '.join(ROLES)}", source=where)
        for words, mode in (block.get("modes") or {}).items():
            modes.setdefault(type_, []).append((re.compile(r"(?<![\w-])" + compile_phrase(words, where)[0].pattern), mode))
        for role in ROLES:
            for phrase in _strings(block.get(role, []), f"{where}.{role}"):
                regex, keys, found = _compiled_phrase(phrase, f"{where}.{role}")
                cue = Cue(type_, role, phrase, regex, block.get("mode"))
                leads.update(found)
                for key in keys:
                    index.setdefault(key, []).append(cue)
    for phrase in _strings(data.get("not_cues", []), f"{CUES_FILE}: not_cues"):
        regex, keys, found = _compiled_phrase(phrase, f"{CUES_FILE}: not_cues")
        leads.update(found)
        for key in keys:
            index.setdefault(key, []).append(Cue("NONE", "none", phrase, regex, None))
    unspecified = sorted(_strings(data.get("unspecified", []), f"{CUES_FILE}: unspecified"), key=len, reverse=True)
    return CueBook(
        starts=Keywords.of(leads),
        first_words=Keywords.of(key.lstrip("=") for key in index),
        index={k: tuple(v) for k, v in index.items()},
        negated=_types_map(data, "negated"),
        future=_types_map(data, "future"),
        unspecified=gated(re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(u) for u in unspecified) + r")(?![\w-])", re.I)),
        unspecified_words=Keywords.of(sorted({u.split()[-1].lower() for u in unspecified})),
        modes={type_: tuple(found) for type_, found in modes.items()},
    )


@cache
def cue_book() -> CueBook:
    return compile_cue_book(load_yaml(CUES_FILE))


VERBS_FILE = "plover_verbs.tsv"
PATTERNS_FILE = "plover_verb_patterns.tsv"
PATTERN_GAP = 4  # words allowed before each word of a pattern: "arrested dozens of opposition activists"
PATTERN_REACH = 64  # words after a verb a pattern may reach (its longest: 7 words, 4-word gaps, 14 phrase words)
_TOKEN = re.compile(r"[a-z0-9][a-z0-9'’\-]*")


_DETERMINERS = frozenset("the a an its their his her our your my this that these those".split())


class _Pattern(NamedTuple):
    words: tuple[tuple[tuple[tuple[str, bool], ...], ...], ...]  # per word of the pattern: alternatives, each a phrase
    cue: Cue | None  # None: PETRARCH's "no event" (code ---)


@dataclass(frozen=True, slots=True)
class FieldBook:
    """The event-data field's verb dictionary (PETRARCH2's CAMEO verbs and patterns, typed by the
    PLOVER project's CAMEO -> PLOVER table; see scripts/plover_verbs_from_cameo.py), read the way
    PETRARCH reads it without its parse: a verb form, then the block pattern with the most words
    found after it in the clause, else the verb's own code.

    Hand-written because no library reads this format without PETRARCH2 itself, which needs a
    Stanford CoreNLP constituency parse of every sentence (a Java server; no parse here). Every entry
    starts with one verb form, a whole word, so a sentence is read in one pass of its words with a
    hash lookup each (the role an Aho-Corasick automaton plays for the cue book's multi-word keys);
    patterns are tried only after a form is found, and only its block's.

    >>> [(c.type, c.text, c.cue.mode) for c in field_book().find("Police detained dozens of people.")]
    [('COERCE', 'detained', 'arrest')]
    """

    verbs: dict[str, tuple[str, Cue | None]]  # form -> (block, the verb's own cue or None)
    patterns: dict[str, tuple[_Pattern, ...]]  # block -> patterns, most words first

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[CueMatch]:
        """The verbs of `text[start:end]` that give an event, each with the cue its pattern gives."""
        end = len(text) if end is None else end
        low = _lower(text[start:end])
        tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(low)]
        hidden = [(m.start - start, m.end - start) for m in cue_book().hidden(text, start, end)]
        found = []
        for i, (s, e, word) in enumerate(tokens):
            entry = self.verbs.get(word)
            if entry is None or any(a <= s < b for a, b in hidden) or _in_name(text, start + s, start):
                continue
            if i and (tokens[i - 1][2] in _DETERMINERS or tokens[i - 1][2].endswith(("'s", "’s"))):
                continue  # "the strike", "Russia's offensive": a noun, and the dictionary's entries are verbs
            block, cue = entry
            words = [t[2] for t in tokens[i + 1:i + 1 + PATTERN_REACH]]  # bounded: linear in the clause's length
            for pattern in self.patterns.get(block, ()):
                if _matches(pattern.words, words):
                    cue = pattern.cue
                    break
            if cue is not None:
                found.append(CueMatch(start + s, start + e, text[start + s:start + e], cue))
        return found


def _matches(pattern: tuple[tuple[tuple[tuple[str, bool], ...], ...], ...], words: list[str]) -> bool:
    """Whether each word of the pattern is found in order in `words`, at most PATTERN_GAP words after
    the last (a phrase's words together; a stem reads any word it begins)."""
    at = 0
    for alternatives in pattern:
        for skip in range(at, min(len(words), at + PATTERN_GAP + 1)):
            phrase = next((p for p in alternatives if _phrase_at(p, words, skip)), None)
            if phrase is not None:
                at = skip + len(phrase)
                break
        else:
            return False
    return True


def _phrase_at(phrase: tuple[tuple[str, bool], ...], words: list[str], at: int) -> bool:
    if at + len(phrase) > len(words):
        return False
    return all(words[at + k] == w if exact else words[at + k].startswith(w) for k, (w, exact) in enumerate(phrase))


@cache
def field_book() -> FieldBook:
    verbs: dict[str, tuple[str, Cue | None]] = {}
    for lineno, row in load_tsv(VERBS_FILE, ("form", "lemma", "block", "code", "type", "mode")):
        cue = _field_cue(row, f"{row['lemma']} (CAMEO {row['code']})", f"{VERBS_FILE}:{lineno}")
        verbs.setdefault(row["form"], (row["block"], cue))
    patterns: dict[str, list[_Pattern]] = {}
    for lineno, row in load_tsv(PATTERNS_FILE, ("block", "words", "code", "type", "mode")):
        words = tuple(tuple(tuple((w.rstrip("_"), w.endswith("_") or len(w) <= 3) for w in alt.split("_") if w)
                            for alt in word.split("|")) for word in row["words"].split())  # "to" is not "together"
        phrase = f"{row['block']} ... {row['words'][:60]} (CAMEO {row['code']})"
        cue = _field_cue(row, phrase, f"{PATTERNS_FILE}:{lineno}")
        patterns.setdefault(row["block"], []).append(_Pattern(words, cue))
    return FieldBook(verbs, {b: tuple(sorted(ps, key=lambda p: -len(p.words))) for b, ps in patterns.items()})


def _field_cue(row: dict[str, str], phrase: str, where: str) -> Cue | None:
    if row["type"] == "NONE":
        return None
    if row["type"] not in PLOVER_TYPES:
        raise LexiconError(f"unknown PLOVER type {row['type']!r}", source=where)
    return Cue(row["type"], "verb", phrase, None, row["mode"] or None)


@cache
def intensities() -> dict[tuple[str, str], float]:
    """(type, mode or "") -> the PLOVER manual's conflict-cooperation score."""
    table: dict[tuple[str, str], float] = {}
    for lineno, row in load_tsv(INTENSITY_FILE, ("type", "mode", "intensity")):
        where = f"{INTENSITY_FILE}:{lineno}"
        if row["type"] not in PLOVER_TYPES:
            raise LexiconError(f"unknown PLOVER type {row['type']!r}", source=where)
        try:
            value = float(row["intensity"])
        except ValueError:
            raise LexiconError(f"intensity {row['intensity']!r} is not a number", source=where) from None
        if not -10 <= value <= 10:
            raise LexiconError(f"intensity {value} is outside -10..10", source=where)
        table[(row["type"], row["mode"].lower())] = value
    missing = [t for t in PLOVER_TYPES if (t, "") not in table]
    if missing:
        raise LexiconError(f"no default row for {', '.join(missing)}", source=INTENSITY_FILE)
    return table


def intensity(type_: str, mode: str | None) -> float:
    """The score of (type, mode), falling back to the type's default:

    >>> intensity("CONSULT", "phone"), intensity("AGREE", None), intensity("AID", "humanitarian")
    (1.5, 2.5, 10.0)
    """
    table = intensities()
    return table.get((type_, (mode or "").lower()), table[(type_, "")])
