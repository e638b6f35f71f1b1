"""Text patterns the stages share: regexes behind a literal gate, and keyword automata.

A regex behind a literal gate (`gated`): a text that holds none of the words every match must contain is
answered without running the regex engine.

Why: the stages ask hundreds of regexes of each sentence, and most find nothing. A long alternation
(the encounter cues, the verbs of saying) is tried at every word of the sentence before it fails; the
words it needs ("met", "call", "said", "told") are looked for in one pass in C instead (`str.__contains__`,
or an Aho-Corasick automaton for many words), which costs a microsecond. The stdlib `re` has no such prefilter;
RE2's FilteredRE2 does the same but cannot read our lookarounds, so the literals are read here from the
pattern's own parse (`re._parser`), as RE2 and trigram indexes do: for each part of the pattern, the set
of strings it can match when that set is small, and else a set of strings one of which every match of
it contains.

The gate is exact: a gated pattern finds what the plain one finds, on every text (the tests check this
on random texts). Under IGNORECASE both sides are lower-cased; a text with a character whose case `re`
folds otherwise than `str.lower` ("İ", "ſ", "ς", the Kelvin sign) skips the gate and runs the regex.
"""
from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from re import _casefix, _parser  # type: ignore[attr-defined]  # the stdlib's own parser (3.11+)
from re import _constants as _C  # type: ignore[attr-defined]
from typing import Any, Generic, TypeVar

import ahocorasick_rs

_MAX_SET = 256  # strings a part may stand for before it is read as "something longer" only
_MAX_INLINE = 8  # up to this many literals are looked for one by one (`in`, a C search each: quicker on a sentence than
# a call into the automaton, which costs the same for one literal as for fifty); more, with an automaton
# Lower-case characters that `re` matches to others beyond `str.lower`: its extra cases outside ASCII (the long s and
# dotless i that match "s" and "i", Greek and Cyrillic variants: "ς" and "σ")
_ODD_CASE = re.compile("[" + re.escape("".join(sorted({
    ch for c, others in _casefix._EXTRA_CASES.items() for ch in (chr(c), *map(chr, others)) if not ch.isascii()}))) + "]")

Strings = frozenset[str]
V = TypeVar("V")


class Keywords(Generic[V]):
    """An Aho-Corasick automaton of fixed strings, each with a value: every occurrence in a text, in one
    pass. Case and word boundaries are the caller's (it folds the text and checks the edges).

    ahocorasick_rs (Rust's aho-corasick, with its prefilters) rather than pyahocorasick: the latter's
    trie is a tree of nodes whose children are searched one by one, which the readouts' dictionaries
    (2,900 actors, 1,500 issue cues) walked a node at a time, in C but missing the cache at each step.

    >>> book = Keywords([("he", 1), ("she", 2), ("hers", 3)])
    >>> book.find("ushers"), book.occurs_in("ushers"), book.occurs_in("us")
    ([(1, 4, 2), (2, 4, 1), (2, 6, 3)], True, False)
    """

    __slots__ = ("_automaton", "_keys", "_values")

    def __init__(self, items: Iterable[tuple[str, V]]) -> None:
        values: dict[str, V] = {}
        for key, value in items:
            if key:
                values[key] = value  # a key given twice keeps its last value
        self._keys = list(values)
        self._values = list(values.values())
        # a contiguous NFA, not the DFA the library picks for a few thousand keys: the DFA of the actors' 2,900 names
        # takes some 10 MB, which a readout's stages push out of the processor's caches between two questions, so
        # each walk of it missed them; the NFA's fraction of that stays near (over the White House readouts the
        # automata's time fell 5% and the whole extraction's 1.5-2.6%, in three of three alternated pairs)
        self._automaton = ahocorasick_rs.AhoCorasick(
            self._keys, implementation=ahocorasick_rs.Implementation.ContiguousNFA) if values else None

    @classmethod
    def of(cls, words: Iterable[str]) -> Keywords[None]:
        """An automaton of `words` alone, for where they occur or whether one does."""
        return cls((word, None) for word in words)  # type: ignore[return-value]

    def __len__(self) -> int:
        return len(self._values)

    def __reduce__(self) -> tuple[Any, ...]:  # to a worker process: built again from its keys
        return Keywords, (list(zip(self._keys, self._values)),)

    def find(self, text: str) -> list[tuple[int, int, V]]:
        """(start, end, value) of every occurrence, overlapping ones too, by their end."""
        if self._automaton is None:
            return []
        values = self._values
        return [(start, end, values[k]) for k, start, end in self._automaton.find_matches_as_indexes(text, overlapping=True)]

    def occurs_in(self, text: str) -> bool:
        """Whether some key occurs in `text`."""
        return self._automaton is not None and bool(self._automaton.find_matches_as_indexes(text))


def required_literals(pattern: str, flags: int = 0) -> list[str] | None:
    """Strings one of which every match of `pattern` contains, shortest first (lower-cased when the
    pattern ignores case anywhere), or None when some match needs none of them.

    >>> required_literals(r"(?:had|held)\\s+(?:a\\s+)?(?:phone|tele)\\s*call|spoke\\b")
    ['call', 'spoke']
    >>> required_literals(r"[Ss]pokes(?:man|woman)")
    ['Spokesman', 'spokesman', 'Spokeswoman', 'spokeswoman']
    >>> required_literals(r"\\w+ said", re.I), required_literals(r"\\d+")
    ([' said'], None)
    """
    return _literals(pattern, flags)[0]


def _literals(pattern: str, flags: int) -> tuple[list[str] | None, bool]:
    """(required literals, whether they and the text are compared lower-cased): one parse for both."""
    parsed = _parser.parse(pattern, flags)
    fold = bool(flags & re.IGNORECASE) or _ignores_case_somewhere(parsed)
    exact, needed = _sequence(parsed)
    found = _best([needed, exact])
    if found is None:
        return None, fold
    if fold:
        found = frozenset(s.lower() for s in found)
        if any(_ODD_CASE.search(s) for s in found):
            return None, fold  # a literal re folds otherwise than str.lower: no gate
    kept: list[str] = []
    for literal in sorted(found, key=lambda s: (len(s), s)):
        if not any(shorter in literal for shorter in kept):  # "call" is in "calls": one test for both
            kept.append(literal)
    return kept, fold


def _sequence(items: Any) -> tuple[Strings | None, Strings | None]:
    """(exact, needed) of parsed items one after another: the strings the run can match if they are few,
    and a set of strings one of which each match contains (the best of its parts)."""
    candidates: list[Strings | None] = []
    run: Strings = frozenset({""})  # the strings of the current run of parts whose strings are known
    whole: Strings | None = frozenset({""})
    for op, av in items:
        exact, needed = _item(op, av)
        whole = _product(whole, exact) if whole is not None and exact is not None else None
        if exact is None:
            candidates += [run, needed]
            run = frozenset({""})
            continue
        longer = _product(run, exact)
        if longer is None:
            candidates.append(run)
            run = exact
        else:
            run = longer
    candidates.append(run)
    return whole, _best(candidates)


def _item(op: Any, av: Any) -> tuple[Strings | None, Strings | None]:
    if op is _C.LITERAL:
        return frozenset({chr(av)}), None
    if op is _C.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is _C.LITERAL:
                chars.add(chr(value))
            elif kind is _C.RANGE and value[1] - value[0] < 4:
                chars.update(map(chr, range(value[0], value[1] + 1)))
            else:
                return None, None  # a class of letters, a negated class: any character
        return frozenset(chars), None
    if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
        return frozenset({""}), None  # zero-width (a lookbehind may look before the window: not required)
    if op is _C.SUBPATTERN:
        return _sequence(av[-1])
    if op is _C.ATOMIC_GROUP:
        return _sequence(av)
    if op is _C.BRANCH:
        branches = [_sequence(b) for b in av[1]]
        exact = None
        if all(e is not None for e, _ in branches):
            union = frozenset().union(*(e for e, _ in branches))
            exact = union if len(union) <= _MAX_SET else None
        each = [_best([n, e]) for e, n in branches]
        return exact, (None if any(n is None for n in each) else frozenset().union(*each))  # type: ignore[arg-type]
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
        low, high, body = av
        exact, needed = _sequence(body)
        if low == 0:
            return (exact | {""} if exact is not None and high == 1 else None), None
        if low == high == 1:
            return exact, needed
        return None, _best([needed, exact])
    return None, None  # any character, a back-reference: nothing known


def _product(a: Strings, b: Strings) -> Strings | None:
    return frozenset(x + y for x in a for y in b) if len(a) * len(b) <= _MAX_SET else None


def _best(candidates: list[Strings | None]) -> Strings | None:
    """The most selective set: its shortest string longest, then one without a character of every sentence
    (" ", ",", a letter) standing alone, then the fewest strings."""
    usable = [c for c in candidates if c is not None and "" not in c]
    return max(usable, key=lambda s: (min(map(len, s)), not any(x in _EVERYWHERE for x in s), -len(s))) if usable else None


_EVERYWHERE = frozenset(" \t\n,.;:'\"" + "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")  # no gate alone


def _ignores_case_somewhere(items: Any) -> bool:
    for op, av in items:
        if op is _C.SUBPATTERN and (av[1] & re.IGNORECASE or _ignores_case_somewhere(av[-1])):
            return True
        if op is _C.BRANCH and any(_ignores_case_somewhere(b) for b in av[1]):
            return True
        if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT, _C.ATOMIC_GROUP) \
                and _ignores_case_somewhere(av[-1] if op is not _C.ATOMIC_GROUP else av):
            return True
    return False


class GatedPattern:
    """A compiled pattern and the literals its matches need; answers as `re.Pattern` does. The
    literals are read on the first question (a pattern's parse costs a hundredth of a second for
    the longest alternations, and a command that extracts nothing asks none)."""

    __slots__ = ("regex", "_literals", "_fold", "_one", "_keywords")

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        self._literals: list[str] | None = None  # not read yet

    @property
    def literals(self) -> list[str]:
        """The strings one of which every match contains (none: every text goes to the regex)."""
        if self._literals is None:
            self._read_literals()
        return self._literals  # type: ignore[return-value]

    def _read_literals(self) -> None:
        literals, self._fold = _literals(self.regex.pattern, self.regex.flags)
        self._literals = literals or []
        self._one = literals[0] if literals and len(literals) == 1 else None
        self._keywords = Keywords.of(literals) if literals and len(literals) > _MAX_INLINE else None

    def __getattr__(self, name: str) -> Any:  # pattern, flags, groups, groupindex
        return getattr(self.regex, name)

    def __reduce__(self) -> tuple[Any, ...]:  # to a worker process: the regex, its literals read again there
        return GatedPattern, (self.regex,)

    def __repr__(self) -> str:
        return f"gated({self.regex!r})"

    def _absent(self, string: str, pos: int, endpos: int) -> bool:
        """Whether `string[pos:endpos]` surely holds no match: none of the literals is in it."""
        if self._literals is None:
            self._read_literals()
        if not self._literals:
            return False
        if self._fold:
            window = _fold(string, pos, endpos)
            if window is None:
                return False  # a character re folds its own way: let the regex decide
        else:
            window = string if pos <= 0 and endpos >= len(string) else string[pos:endpos]
        if self._one is not None:
            return self._one not in window
        if self._keywords is not None:
            return not self._keywords.occurs_in(window)
        for literal in self._literals:  # a loop, not `any` over a generator: asked a hundred times a readout
            if literal in window:
                return False
        return True

    def may_match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """Whether `string[pos:endpos]` holds one of the literals every match needs: the look alone, for a
        caller whose own regexes come next (the regex is not run)."""
        return not self._absent(string, pos, endpos)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if self._absent(string, pos, endpos) else self.regex.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if self._absent(string, pos, endpos) else self.regex.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if self._absent(string, pos, endpos) else self.regex.fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return iter(()) if self._absent(string, pos, endpos) else self.regex.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return [] if self._absent(string, pos, endpos) else self.regex.findall(string, pos, endpos)

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        return string if self._absent(string, 0, len(string)) else self.regex.sub(repl, string, count)


_folded: list[tuple[Any, int, int, str | None]] = [(None, 0, 0, None)]  # the last window `_fold` lowered


def _fold(string: str, pos: int, endpos: int) -> str | None:
    """`string[pos:endpos]` lower-cased for a gate, None when `re` would fold one of its characters otherwise; kept as
    the last one asked: the stages ask several folded gates of one sentence in a row, lowered once (the same lowered
    object also keeps the automaton's UTF-8 copy of it)."""
    last = _folded[0]  # one read: another thread may replace it (the tuple itself never changes)
    if last[0] is string and last[1] == pos and last[2] == endpos:
        return last[3]
    window = string if pos <= 0 and endpos >= len(string) else string[pos:endpos]
    low: str | None = window.lower()
    if not window.isascii() and (len(low) != len(window) or _ODD_CASE.search(low)):  # type: ignore[arg-type]
        low = None
    _folded[0] = (string, pos, endpos, low)
    return low


def gated(regex: re.Pattern[str]) -> re.Pattern[str]:
    """`regex` behind the gate of its required literals (read on first use; a pattern every match of
    which may do without them goes to the regex every time).

    Worth it for a costly pattern that most texts fail (a long alternation, a pattern with `.*`), not
    for a short one, whose own search is as quick as the look.

    >>> spoken = gated(re.compile(r"\\b(?:said|stated|told)\\b", re.I))
    >>> spoken.literals, spoken.search("The Minister SAID so.").group(), spoken.search("No word.")
    (['said', 'told', 'stated'], 'SAID', None)
    """
    return GatedPattern(regex)  # type: ignore[return-value]


class Alternatives:
    """A regex written as many alternatives, `(?:A|B|...)` then a common tail, that runs only the alternatives whose
    required literals the text holds: one pass of an automaton over the text picks them.

    Why: a long alternation asked of every short line (the credit lines: fifty shapes, from "[Photo/Xinhua]" to a
    desk's initials) or at the start of every sentence (the publisher's background facts: forty) is tried branch by
    branch, and its compiled program (70 KB for the credits) is walked at each question, out of the processor's
    nearest cache; most lines hold the words of none of its branches. Anchored at the start (`match`) or at both ends
    (`fullmatch`), the alternation matches exactly when one of its alternatives does, so the answer is the same; the
    alternatives no literal gates (each match may do without any) are one regex, asked every time. Searched (`search`),
    each alternative picked finds its leftmost match, and the leftmost of those, the first in order at a tie, is the
    alternation's. The literals are looked for in the text lower-cased, one pass for all alternatives, those that mind
    case too.

    >>> credit = Alternatives(["photo:.{0,40}", "issued by .{2,80}", "[a-z]{2,4}/[a-z]{2,4}"], r"[.\\s]*", re.I)
    >>> bool(credit.fullmatch("Photo: Xinhua.")), bool(credit.fullmatch("The call was warm.")), bool(credit.fullmatch("ta/sd"))
    (True, False, True)
    >>> fact = Alternatives(split_alternatives(r"Bilateral trade\\b|(?i:according to) the data|[A-Z]\\w+ is visiting"))
    >>> fact.match("Bilateral trade grew."), fact.match("ACCORDING TO the data, ..."), fact.match("bilateral trade grew.")
    (True, True, False)
    >>> cues = Alternatives(["spoke (?:by phone )?with", "spoke", "met"], r"\\b", re.I, head=r"(?<!\\w)")
    >>> text = "Yesterday he met X; he spoke by phone with Y."
    >>> cues.search(text).group(), cues.search(text, among=range(0, 2)).group(), cues.search("He spoke with Y.").group()
    ('met', 'spoke by phone with', 'spoke with')
    """

    __slots__ = ("_each", "_order", "_rest", "_always", "_keywords", "_last")

    def __init__(self, alternatives: Iterable[str], tail: str = "", flags: int = 0, head: str = "") -> None:
        self._each: list[re.Pattern[str]] = []
        self._order: list[int] = []  # each gated alternative's place among all: `search` breaks ties by it
        self._always: list[tuple[int, re.Pattern[str]]] = []  # the others, with theirs
        by_literal: dict[str, list[int]] = {}
        ungated: list[str] = []
        for order, alternative in enumerate(alternatives):
            whole = f"{head}(?:{alternative}){tail}"
            literals, _ = _literals(whole, flags)
            if not literals or not all(map(_a_telling_literal, literals)):
                ungated.append(alternative)  # a look for "." or ", " picks it in most lines: asked with the others
                self._always.append((order, re.compile(whole, flags)))
                continue
            for literal in literals:  # lower-cased, as the text is: "Bilateral" is looked for as "bilateral"
                by_literal.setdefault(literal.lower(), []).append(len(self._each))
            self._each.append(re.compile(whole, flags))
            self._order.append(order)
        self._keywords: Keywords[tuple[int, ...]] = Keywords((k, tuple(v)) for k, v in by_literal.items())
        # the ungated as one regex too, for `match` and `fullmatch`: one call for the five of the credit lines, not five
        # (0.7 us a line); `search` needs each one's own leftmost match
        self._rest = re.compile(f"{head}(?:{'|'.join(ungated)}){tail}", flags) if ungated else None
        self._last: tuple[str | None, Iterable[int]] = (None, ())  # the last text's picks: `search` asked of it by parts

    def _picked(self, text: str) -> Iterable[int]:
        """The alternatives whose literals `text` holds (in any case: a look that may pick one too many, never too
        few)."""
        last = self._last  # one read: another thread may replace it
        if last[0] is text:
            return last[1]
        if (low := _fold(text, 0, len(text))) is None:
            picked: Iterable[int] = range(len(self._each))  # re folds a character its own way: all
        else:
            picked = {k for _, _, ks in self._keywords.find(low) for k in ks}
        self._last = (text, picked)
        return picked

    def match(self, text: str) -> bool:
        """Whether one of the alternatives, then the tail, matches at the start of `text`."""
        return any(self._each[k].match(text) for k in self._picked(text)) or \
            self._rest is not None and self._rest.match(text) is not None

    def fullmatch(self, text: str) -> bool:
        """Whether the whole of `text` matches one of the alternatives, then the tail."""
        return any(self._each[k].fullmatch(text) for k in self._picked(text)) or \
            self._rest is not None and self._rest.fullmatch(text) is not None

    def search(self, text: str, among: range | None = None) -> re.Match[str] | None:
        """The match the alternation of the alternatives `among` (by place; all by default) would find: the leftmost,
        and there the first alternative in order that matches (one that could match further left would have matched
        there too), as that alternative's own match. Asked of one text for several ranges in a row, its literals are
        looked for once."""
        best: re.Match[str] | None = None
        best_order = 0
        for order, pattern in [(self._order[k], self._each[k]) for k in self._picked(text)] + self._always:
            if among is not None and order not in among:
                continue
            if (m := pattern.search(text)) is not None and (
                    best is None or m.start() < best.start() or m.start() == best.start() and order < best_order):
                best, best_order = m, order
        return best


def _a_telling_literal(literal: str) -> bool:
    """Whether a line that holds `literal` is rare enough for it to gate an alternative: two characters or more
    besides spaces ("call", "/tass/"), or one sign prose seldom writes ("@", "#", "©", "/", "(", ":"); not a letter,
    a space or the punctuation of every sentence (".", ",", "-", "'")."""
    core = literal.strip()
    return len(core) >= 2 or len(core) == 1 and not core.isalnum() and core not in _EVERY_SENTENCES_SIGNS


_EVERY_SENTENCES_SIGNS = frozenset(".,-'’\"“”")


def split_alternatives(pattern: str) -> list[str]:
    """The alternatives of a regex at its top level, as written: its `|` outside groups and classes.

    Hand-written: `re._parser` reads a pattern into its parts but not back into text. Not for verbose patterns
    (`re.X`), whose comments may hold a `|` or a bracket.

    >>> split_alternatives(r"a|b(?:c|d)|[|\\]]x|\\|")
    ['a', 'b(?:c|d)', '[|\\\\]]x', '\\\\|']
    """
    parts: list[str] = []
    depth = start = i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":  # a class: up to its "]", which may come first as a literal ("[]a]", "[^]a]")
            i += 2 if pattern.startswith("[^", i) else 1
            i += pattern.startswith("]", i)
            while i < len(pattern) and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    return parts + [pattern[start:]]
