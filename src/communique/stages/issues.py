"""Tag the issues a readout discusses, each with the exact words that show it.

A lexicon rather than a classifier: an analyst must be able to go from "taiwan" to the words
"cross-Strait issues", and 19 gold readouts cannot train anything that generalises to other
governments. The cues live in `lexicons/issues.yaml` (rules in its header); this module compiles
them once and applies them in five steps:

1. find every cue with one Aho-Corasick automaton over the case-folded text (acronyms such as "UN"
   and "Quad" are then checked as written; context patterns are tried only where their first
   words occur) and keep the longest at each place, so an exclusion is just a longer phrase
   ("food security", "trade-off");
2. drop hits inside a title or a name ("Secretary of the Russian Security Council");
3. learn the acronyms the text defines ("... South China Sea (COC)" makes "COC" count);
4. let the sentence announcing the encounter not raise `high_level_exchanges`;
5. keep an issue when the weights of its hits reach its threshold ("economic" alone is weak).

Why an Aho-Corasick automaton (measured on 5 KB White House readouts): one trie regex of all cues costs
0.35 ms a readout because sre tries every position, and 0.8 ms with the context patterns in
front; the automaton reads the text once (~0.09 ms) and the whole stage takes ~0.3 ms.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from itertools import product
from typing import Any, NamedTuple

from communique.errors import LexiconError
from communique.lexicons import load_yaml, read_text
from communique.model import Document, IssueMention, Span
from communique.patterns import Keywords

LEXICON_FILE = "issues.yaml"
_ISSUE_KEYS = {"name", "cues", "weak", "acronyms", "patterns", "weak_patterns", "threshold", "state"}
# Length-preserving rewrites applied to the text and to the cues alike, so that "People’s",
# "counter‑terrorism" and a line break inside "South China\nSea" match the cue as written.
_SAME = (("\n", " "), ("\r", " "), ("\t", " "), ("\xa0", " "), ("’", "'"), ("‘", "'"), ("‐", "-"),
         ("‑", "-"), ("–", "-"))
_EPSILON = 1e-9

Entries = tuple[tuple[str, float], ...]  # (issue id, weight) pairs that one cue stands for


class Hit(NamedTuple):
    """One cue found in the text, before titles, lead and thresholds are applied.

    A tuple, not a `Span` record: a readout has ~100 candidates and the dataclass checks cost.
    """

    start: int
    end: int
    text: str
    entries: Entries  # (issue, weight) pairs


@dataclass(frozen=True, slots=True)
class Trigger:
    """A context pattern, tried where its first words were found; no entries = stop pattern."""

    regex: re.Pattern[str]
    entries: Entries


@dataclass(frozen=True, slots=True)
class Slot:
    """What one automaton key means: a whole cue (entries, or () to stop), and/or triggers."""

    entries: Entries | None  # a case-insensitive cue (None: no such cue)
    triggers: tuple[Trigger, ...]
    exact: tuple[tuple[str, Entries], ...] = ()  # acronyms as written: ("UN", entries)
    office: frozenset[str] = frozenset()  # office or company words as written: "Minister"


@dataclass(frozen=True, slots=True)
class Lexicon:
    names: dict[str, str]  # issue id -> name, in file order
    thresholds: dict[str, float]
    automaton: Keywords[Slot]  # over the prepared, case-folded text: key -> Slot
    office_words: frozenset[str]
    company_words: frozenset[str]
    connectors: frozenset[str]
    lead_encounter: re.Pattern[str]
    lead_suppress: frozenset[str]
    lead_keeps: re.Pattern[str]  # read at a lead's cue: the words the suppression spares (an anniversary of relations)
    # issue id -> (state code, its names as cues): an issue that is a third state's affair, which the
    # state's name alone does not raise when an official of that state takes part
    states: dict[str, tuple[str, frozenset[str]]] = field(default_factory=dict)


# --- compiling the lexicon ------------------------------------------------------------------

def prepare(text: str, *, fold: bool) -> str:
    """The text the automata read: same length as `text`, case folded if `fold`.

    >>> prepare("Counter‑Terrorism,\\nPeople’s", fold=True)
    "counter-terrorism, people's"
    """
    if fold:
        lowered = text.lower()
        text = lowered if len(lowered) == len(text) else "".join(
            c.lower() if len(c.lower()) == 1 else c for c in text)  # "İ" lowers to two characters
    for old, new in _SAME:
        if old in text:
            text = text.replace(old, new)
    return text


def cue_keys(phrase: str) -> set[str]:
    """Automaton keys of a cue: a hyphen may also be written as a space or left out.

    >>> sorted(cue_keys("counter-terrorism"))
    ['counter terrorism', 'counter-terrorism', 'counterterrorism']
    """
    parts = prepare(" ".join(phrase.split()), fold=True).split("-")
    if len(parts) > 5:
        return {"-".join(parts)}
    return {"".join(p + j for p, j in zip(parts, joins + ("",))) for joins in product(("-", " ", ""), repeat=len(parts) - 1)}


def split_pattern(pattern: str) -> tuple[list[str], str]:
    """(literal first words, rest) of a context pattern, so that it is tried only where they are.

    Scanned on its own, each pattern was tried at every word start: most of the stage's time.

    >>> split_pattern("(?:sanctions|costs) on Russia")
    (['sanctions', 'costs'], ' on Russia')
    >>> split_pattern("Security Council (?:resolutions?|reform)")
    (['Security Council '], '(?:resolutions?|reform)')
    """
    group = re.match(r"\(\?:([\w ’'\-]+(?:\|[\w ’'\-]+)*)\)(?![?*+{])", pattern)
    if group:
        return group.group(1).split("|"), pattern[group.end():]
    i = 0
    while i < len(pattern) and (pattern[i].isalnum() or pattern[i] in " -’'"):
        i += 1
    if i < len(pattern) and pattern[i] in "?*+{":
        i -= 1  # "resolutions?": its last letter is optional
    return ([pattern[:i]] if i > 0 else []), pattern[i:]


def _where(needle: str) -> str:
    """`issues.yaml:LINE` of the first line holding `needle`, for error messages."""
    for lineno, line in enumerate(read_text(LEXICON_FILE).splitlines(), 1):
        if needle in line:
            return f"{LEXICON_FILE}:{lineno}"
    return LEXICON_FILE


def _strings(value: Any, what: str, owner: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise LexiconError(f"{owner}.{what} must be a list of non-empty strings (quote on/off/yes/no)",
                           source=_where(f"{owner}:"))
    return value


def _compile(pattern: str, owner: str) -> re.Pattern[str]:
    try:  # no (?<!\w) in front: it would hide the first letters from sre's fast search
        regex = re.compile(f"(?i:{pattern})(?!\\w)")
    except re.error as exc:
        raise LexiconError(f"{owner}: bad pattern ({exc})", source=_where(pattern[:30])) from exc
    if regex.groups:
        raise LexiconError(f"{owner}: write (?:...), not a capturing group", source=_where(pattern[:30]))
    return regex


@cache
def lexicon() -> Lexicon:
    """The compiled issue lexicon (built once per process)."""
    return compile_lexicon(load_yaml(LEXICON_FILE))


class _Builder:
    """Collects the automaton's keys, then freezes them into one automaton.

    Acronyms and office words share it with the case-folded cues and are checked against the
    text as written when found: one pass over the text instead of two.
    """

    def __init__(self) -> None:
        self.keys: dict[str, dict[str, Any]] = {}

    def _slot(self, key: str) -> dict[str, Any]:
        return self.keys.setdefault(key, {"entries": [], "triggers": [], "exact": {}, "office": set()})

    def cue(self, phrase: str, entry: tuple[str, float] | None) -> None:
        for key in cue_keys(phrase):
            entries = self._slot(key)["entries"]
            if entry is not None and entry not in entries:
                entries.append(entry)
            elif entry is None and not entries:
                entries.append(None)  # a stop phrase, unless the key is also a cue

    def acronym(self, acronym: str, entry: tuple[str, float]) -> None:
        self._slot(prepare(acronym, fold=True))["exact"].setdefault(acronym, []).append(entry)

    def office(self, word: str) -> None:
        self._slot(prepare(word, fold=True))["office"].add(word)

    def pattern(self, pattern: str, entries: Entries, owner: str) -> None:
        trigger = Trigger(_compile(pattern, owner), entries)
        prefixes, _ = split_pattern(pattern)
        if not prefixes:  # it would be tried over the whole of every readout
            raise LexiconError(f"{owner}: a pattern must start with literal words or a (?:word|word) group, "
                               f"e.g. (?:tension|tensions), not tensions?", source=_where(pattern[:30]))
        for prefix in prefixes:
            for key in cue_keys(prefix):
                self._slot(key)["triggers"].append(trigger)

    def automaton(self) -> Keywords[Slot]:
        slots = []
        for key, slot in self.keys.items():
            entries = tuple(e for e in slot["entries"] if e is not None) if slot["entries"] else None
            exact = tuple((word, tuple(e)) for word, e in slot["exact"].items())
            slots.append((key, Slot(entries, tuple(slot["triggers"]), exact, frozenset(slot["office"]))))
        return Keywords(slots)


def compile_lexicon(data: Any) -> Lexicon:
    """Validate the YAML data of `issues.yaml` and build its matcher; raises `LexiconError`."""
    if not isinstance(data, dict) or not isinstance(data.get("issues"), dict):
        raise LexiconError("needs a mapping `issues:`", source=LEXICON_FILE)
    strong, weak = float(data["weights"]["strong"]), float(data["weights"]["weak"])
    build = _Builder()
    stop = data.get("stop") or {}
    for phrase in _strings(stop.get("phrases"), "phrases", "stop"):
        build.cue(phrase, None)
    for pattern in _strings(stop.get("patterns"), "patterns", "stop"):
        build.pattern(pattern, (), "stop")
    names: dict[str, str] = {}
    thresholds: dict[str, float] = {}
    states: dict[str, tuple[str, frozenset[str]]] = {}
    for issue, spec in data["issues"].items():
        if not isinstance(spec, dict) or not isinstance(spec.get("name"), str):
            raise LexiconError(f"{issue}: needs a `name`", source=_where(f"{issue}:"))
        if set(spec) - _ISSUE_KEYS:
            raise LexiconError(f"{issue}: unknown keys {sorted(set(spec) - _ISSUE_KEYS)}", source=_where(f"{issue}:"))
        names[issue] = spec["name"]
        thresholds[issue] = float(spec.get("threshold", data["threshold"]))
        for key, weight in (("cues", strong), ("weak", weak)):
            for phrase in _strings(spec.get(key), key, issue):
                build.cue(phrase, (issue, weight))
        for acronym in _strings(spec.get("acronyms"), "acronyms", issue):
            build.acronym(acronym, (issue, strong))
        for key, weight in (("patterns", strong), ("weak_patterns", weak)):
            for pattern in _strings(spec.get(key), key, issue):
                build.pattern(pattern, ((issue, weight),), issue)
        if "state" in spec:
            state = spec["state"]
            if not isinstance(state, dict) or not isinstance(state.get("code"), str):
                raise LexiconError(f"{issue}.state needs `code` and `names`", source=_where(f"{issue}:"))
            state_names = _strings(state.get("names"), "state.names", issue)
            for phrase in state_names:
                build.cue(phrase, (issue, strong))
            states[issue] = (state["code"], frozenset(prepare(n, fold=True) for n in state_names))
    return _freeze(data, build, names, thresholds, states)


def _freeze(data: dict, build: _Builder, names: dict[str, str], thresholds: dict[str, float],
            states: dict[str, tuple[str, frozenset[str]]]) -> Lexicon:
    names_cfg, lead = data.get("names") or {}, data.get("lead") or {}
    suppress = frozenset(_strings(lead.get("suppress"), "suppress", "lead"))
    if suppress - set(names):
        raise LexiconError(f"lead.suppress: unknown ids {sorted(suppress - set(names))}", source=_where("suppress"))
    words = {k: frozenset(_strings(names_cfg.get(k), k, "names")) for k in ("office_words", "company_words", "connectors")}
    for word in words["office_words"] | words["company_words"]:
        build.office(word)
    return Lexicon(
        names=names, thresholds=thresholds, automaton=build.automaton(),
        lead_encounter=re.compile(lead.get("encounter", "(?!)"), re.IGNORECASE),
        lead_suppress=suppress, lead_keeps=re.compile(lead.get("keep", "(?!)"), re.IGNORECASE), states=states, **words,
    )


# --- finding ----------------------------------------------------------------------------------

def _raw(body: str, hay: str, automaton: Keywords[Slot], found: list, extra: list, offices: list) -> None:
    """Candidates found by the automaton; whole words need word boundaries on both sides.

    Context patterns read the text with its case but with "During\xa0his visit" made plain
    (a White House readout); acronyms and office words are compared with the text as written.
    """
    size = len(hay)
    cased = prepare(body, fold=False)
    for start, end, slot in automaton.find(hay):
        if start and (hay[start - 1].isalnum() or hay[start - 1] == "_"):
            continue
        if end == size or not (hay[end].isalnum() or hay[end] == "_"):
            if slot.entries is not None:
                found.append((start, end, slot.entries))
            if slot.exact or slot.office:
                written = body[start:end]
                found += [(start, end, entries) for word, entries in slot.exact if word == written]
                if written in slot.office:
                    offices.append((start, end))
        for trigger in slot.triggers:
            m = trigger.regex.match(cased, start)
            if m:
                (extra if trigger.entries else found).append((start, m.end(), trigger.entries))


def _longest(found: list) -> list:
    """Leftmost-longest, non-overlapping; the same words found twice (a phrase and an acronym
    spelled alike) keep the meanings of both."""
    chosen: list = []
    reach = 0
    for start, end, entries in sorted(found, key=lambda f: (f[0], -f[1])):
        if chosen and chosen[-1][:2] == (start, end):
            chosen[-1] = (start, end, chosen[-1][2] + entries)
        elif start >= reach:
            chosen.append((start, end, entries))
            reach = end
    return chosen


def _scan(text: str, start: int, end: int | None, lex: Lexicon) -> tuple[list[Hit], list[tuple[int, int]]]:
    """Hits and the (start, end) of office and company words, for `in_name`."""
    body = text[start:end]
    found: list = []
    extra: list = []
    offices: list = []
    _raw(body, prepare(body, fold=True), lex.automaton, found, extra, offices)
    chosen = _longest(found)
    stops = [(s, e) for s, e, entries in chosen if not entries]
    chosen += [x for x in extra if not any(s <= x[0] < e and (s, e) != x[:2] for s, e in stops)]
    chosen.sort(key=lambda c: (c[0], c[1]))
    hits = [Hit(s + start, e + start, body[s:e], entries) for s, e, entries in chosen if entries]
    return hits, [(s + start, e + start) for s, e in offices]


def scan(text: str, start: int = 0, end: int | None = None, lex: Lexicon | None = None) -> list[Hit]:
    """Every cue in `text[start:end]`: longest first, stop phrases dropped, in text order.

    A context pattern does not hide the cues inside it: "security in the Indo-Pacific, the Middle
    East, and Europe" is european_security, and its "Indo-Pacific" and "Middle East" still count
    (us-whitehouse-011). A stop phrase or stop pattern hides everything inside it.

    >>> [(h.text, h.entries) for h in scan("They discussed trade, not a trade-off.")]
    [('trade', (('trade_investment', 1.0),))]
    """
    return _scan(text, start, end, lex or lexicon())[0]


# --- names and titles -------------------------------------------------------------------------

# What ends a run of name words inside a gap: punctuation, or a sentence end ("Vietnam. The"),
# but not "U.S." or "Jr.".
_BREAK = re.compile(r"[,;:()\[\]“”\"!?]|[a-z]{2}\.(?:\s|$)")


def _joined(gap: str, lex: Lexicon) -> bool:
    """True when `gap`, between an office word and a hit, continues one capitalised name."""
    if not gap[:1].isspace() or len(gap) > 160 or _BREAK.search(gap):
        return False  # "Minister’s Taiwan policy": a possessive ends the title
    return all(t[:1].isupper() or t[:1].isdigit() or t in lex.connectors for t in gap.split())


def in_name(text: str, start: int, end: int, offices: list[tuple[int, int]], lex: Lexicon) -> bool:
    """True when the words `text[start:end]` are part of a title or a company's name.

    A title is a run of capitalised words (and "of", "the", ...) holding an office word:
    "Secretary of the Russian Security Council Nikolay Patrushev" (us-whitehouse-004),
    "Chinese Communist Party Politburo Member and Director ... Wang Yi" (us-whitehouse-007).
    The nearest office word on each side decides: a farther one could only join through it.

    >>> t = "He met Minister of Trade Tan."
    >>> in_name(t, 19, 24, _scan(t, 0, None, lexicon())[1], lexicon())
    True
    """
    if not text[start].isupper():
        return False  # lower-case cues are never in a name: keeps this off the hot path
    i = bisect_left(offices, (start, start))
    left = offices[i - 1][1] if i else -1
    right = next((s for s, _ in offices[i:] if s >= end), -1)
    return (0 <= left <= start and _joined(text[left:start], lex)) or (right >= 0 and _joined(text[end:right], lex))


# --- learned acronyms -------------------------------------------------------------------------

_DEFINED = re.compile(r"\(\s*(?:the\s+)?[“\"]?([A-Z][A-Za-z0-9&+.\-]{1,11}?)[”\"]?\s*\)")
_TOKEN = re.compile(r"[A-Za-z0-9][\w’']*")
_MINOR = frozenset("of the and for on in to a an de at with by".split())


def _initials_start(text: str, end: int, acronym: str) -> int | None:
    """Start of the words before `end` whose initials spell `acronym`, minor words optional.

    >>> t = "the United Nations Convention on the Law of the Sea"
    >>> t[_initials_start(t, len(t), "UNCLOS"):]
    'United Nations Convention on the Law of the Sea'
    """
    letters = [c for c in acronym.upper() if c.isalnum()]
    tokens = list(_TOKEN.finditer(text, max(0, end - 200), end))
    i = len(letters) - 1
    for token in reversed(tokens):
        word = token.group()
        if i < 0:
            break
        if word[0].upper() == letters[i]:
            i -= 1
            if i < 0:
                return token.start()
        elif word.lower() not in _MINOR:
            return None
    return None


def learn_acronyms(text: str, hits: list[Hit]) -> dict[str, tuple[int, Entries]]:
    """Acronyms the text defines for an issue: acronym -> (where its definition ends, entries).

    "Code of Conduct in the South China Sea (COC)" (the Vietnam call) and "the Regional
    Comprehensive Economic Partnership (RCEP)" (the Hanoi talks): the phrase before the
    parentheses ends with a cue, or its initials spell the acronym and it holds a cue.
    """
    learned: dict[str, tuple[int, Entries]] = {}
    for m in _DEFINED.finditer(text):
        acronym = m.group(1)
        if sum(c.isupper() for c in acronym) < 2 or acronym in learned:
            continue
        end = len(text[:m.start()].rstrip().rstrip("\"”’'"))  # 'a "Free and Open Indo-Pacific" (FOIP)'
        entries = tuple(e for h in hits if h.end == end for e in h.entries)
        if not entries:
            start = _initials_start(text, end, acronym)
            if start is not None:
                inside = [e for h in hits if start <= h.start and h.end <= end for e in h.entries]
                # the strongest cues only: "Carbon Border Adjustment Mechanism (CBAM)" is climate,
                # not the weak "border"
                entries = tuple(e for e in inside if e[1] >= max(w for _, w in inside))
        if entries:
            learned[acronym] = (m.end(), tuple(dict.fromkeys(entries)))
    return learned


def acronym_hits(text: str, learned: dict[str, tuple[int, Entries]], taken: list[Hit]) -> list[Hit]:
    """Bare uses of learned acronyms after their definition, unless the lexicon found them."""
    spans = {(h.start, h.end) for h in taken}
    out: list[Hit] = []
    for acronym, (after, entries) in learned.items():
        pos = text.find(acronym, after)
        while pos >= 0:
            end = pos + len(acronym)
            bounded = not (pos and (text[pos - 1].isalnum() or text[pos - 1] == "_")) and not (
                end < len(text) and (text[end].isalnum() or text[end] == "_"))
            if bounded and (pos, end) not in spans:
                out.append(Hit(pos, end, acronym, entries))
            pos = text.find(acronym, end)
    return out


# --- the stage --------------------------------------------------------------------------------

def lead_span(doc: Document, lex: Lexicon | None = None) -> Span | None:
    """The sentence that announces the encounter: the pipeline's `lead`, else the first body
    sentence when it has an encounter word ("met", "held talks", "spoke", "call", "visit")."""
    lex = lex or lexicon()
    if doc.lead is not None and 0 <= doc.lead < len(doc.sentences):
        return doc.sentences[doc.lead].span
    first = next((s for s in doc.sentences if s.span.start >= doc.body_start), None)
    if first is not None and lex.lead_encounter.search(first.text):
        return first.span
    return None


def find_mentions(text: str, *, start: int = 0, titles: Iterable[Span] = (), lead: Span | None = None,
                  present: Iterable[str] = (), lex: Lexicon | None = None) -> list[IssueMention]:
    """The issue mentions of `text[start:]`, for issues whose hits reach their threshold.

    >>> [(m.issue, m.text) for m in find_mentions("Both sides discussed the South China Sea.")]
    [('south_china_sea', 'South China Sea')]
    """
    lex = lex or lexicon()
    titles = tuple(titles)
    hits, offices = _scan(text, start, None, lex)
    hits = [h for h in hits if not in_name(text, h.start, h.end, offices, lex)
            and not any(h.start < t.end and t.start < h.end for t in titles)]
    hits += acronym_hits(text, learn_acronyms(text, hits), hits)
    present = frozenset(present)  # the states whose officials take part
    if own := {issue for issue, (code, _) in lex.states.items() if code in present}:
        # "Iran" where Iran's own minister speaks: the state talking, not its nuclear file discussed
        hits = [_without(h, frozenset(i for i in own if prepare(h.text, fold=True) in lex.states[i][1])) for h in hits]
    if lead is not None:  # "held a Summit with President Xi" is the encounter itself; "exchanged congratulatory messages
        # to celebrate the 70th anniversary of the establishment of diplomatic ties" names an anniversary, no encounter
        hits = [_without(h, lex.lead_suppress) if lead.start <= h.start and h.end <= lead.end
                and not lex.lead_keeps.match(text, h.start, lead.end) else h for h in hits]
    totals: dict[str, float] = {}
    for hit in hits:
        for issue, weight in hit.entries:
            totals[issue] = totals.get(issue, 0.0) + weight
    kept = {i for i, total in totals.items() if total + _EPSILON >= lex.thresholds[i]}
    seen: dict[tuple[int, int, str], IssueMention] = {}
    for h in hits:
        for issue, _ in h.entries:
            if issue in kept:  # a pattern and a phrase may find the same words
                seen.setdefault((h.start, h.end, issue), IssueMention(issue, Span(h.start, h.end), h.text))
    return [seen[k] for k in sorted(seen)]


def _without(hit: Hit, issues: frozenset[str]) -> Hit:
    return hit._replace(entries=tuple(e for e in hit.entries if e[0] not in issues))


def find_issues(doc: Document) -> Document:
    """Set `doc.issue_mentions`; `doc.issues` then lists the issues in order of first mention.

    Reads `sentences` (for the lead) and `participants` (their titles never count); both may be
    empty, e.g. before the participants stage exists.
    """
    titles = [p.title_span for p in doc.participants if p.title_span is not None]
    doc.issue_mentions = find_mentions(doc.text, start=doc.body_start, titles=titles, lead=lead_span(doc),
                                       present=(p.country for p in doc.participants if p.country))
    return doc


def issue_names() -> dict[str, str]:
    """The 30 issue ids and names, in the order of `issues.tsv`."""
    return dict(lexicon().names)
