"""Code PLOVER events: one record per action a statement reports, with actor, target and evidence.

Find, then write. `find_events(text, start, end, side)` is pure: it cuts a sentence into clauses,
finds the cues of `lexicons/plover_cues.yaml` in each, and decides for each cue

- the **type**: the cue's, turned into AGREE or THREATEN when a modal of promise comes before a
  material act ("China will donate ..." is AGREE: plover.md codes aid promised as AGREE), into
  its `negated` counterpart under "not"/"never" ("will never accept" is REJECT), or dropped;
- the **actor**: the speaker's state, or the speaker-side state named as the clause's subject
  ("the U.S. will do so" in a joint sentence), or every side for "the two sides agreed"; in a bare
  sentence (`code`), whoever the subject names;
- the **target**: for cooperation, the party named after the cue ("to ASEAN countries"), else the
  other side(s) of the encounter; for conflict, the party named (UNSPECIFIED for "some forces
  outside the region"), else the other side; for a description of misconduct ("The United States
  tries to create regional tension", "Beijing's coercive practices"), the doer named before it.

`code_events(doc)` adds the encounter itself as a CONSULT between every pair of sides (mode from
the encounter: phone, visit, third-party, multilateral) and applies `find_events` to every
attributed statement.

A rule-based coder rather than a trained one: the 19 dev readouts cannot train a classifier, every
decision must be explainable from the evidence words, and an analyst extends the YAML, not Python.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import permutations

from communique.lexicons.actors import actors
from communique.lexicons.plover import CueMatch, cue_book, intensity
from communique.model import BOTH, UNSPECIFIED, Document, Event, Quantity, Span

COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
NEUTRAL = frozenset({"REQUEST"})  # governs anything after it: "urged Russia to withdraw" is one REQUEST
MATERIAL = frozenset({"COOPERATE", "AID"})
HOSTILE = frozenset({"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})
DEFAULT_POLARITY = {"AGREE": "pledged", "REQUEST": "proposed", "THREATEN": "pledged"}
ENCOUNTER_MODES = {"phone_call": "phone", "video_call": "phone"}
OBJECT_WORDS = 10  # a cooperative cue's named target stands within this many words after it
DOER_WORDS = 10  # the doer of described misconduct stands within this many words before the words
ADDRESSED = frozenset({"REJECT", "THREATEN", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})  # at the other side

_CLAUSE_END = re.compile(r";|,?\s(?:while|whereas|but)\s(?!also\b)")
_FRAME = re.compile(
    r"^.{0,160}?\b(?:(?:said|says|say|told\s+\w+(?:\s+\w+)?)(?:\s+that\b|,|:)?"
    r"|(?:noted|stressed|stated|added|pointed\s+out|emphasi[sz]ed|indicated|believes?|holds?|maintained|"
    r"explained|remarked|reiterated|reaffirmed|underlined|underscored|agreed|affirmed|recalled|mentioned|"
    r"observed|announced|expressed\s+(?:the\s+)?(?:view|belief|hope)|made\s+clear)(?:\s+that\b|,|:))\s*",
    re.S,
)
_NEGATION = re.compile(r"\b(?:not|never|no|cannot|can't|can’t|won't|won’t|don't|don’t|doesn't|doesn’t|"
                       r"didn't|didn’t|neither|nor|without|refrain\w*\s+from)\b", re.I)
_PROMISE = re.compile(
    r"\b(?:will|shall|would|'ll|going\s+to|plans?\s+to|planned\s+to|intends?\s+to|aims?\s+to|(?:is|are|was|were|"
    r"stands?|remains?)\s+(?:ready|willing|prepared)\s+to|continues?\s+to|look(?:s|ed)?\s+forward\s+to|"
    r"pledged|committed|undertakes?\s+to|decided\s+to|agreed\s+to|vow(?:s|ed)?\s+to|sw(?:ore|orn|ears?)\s+to|"
    r"threaten(?:s|ed)?\s+to)\b", re.I)
# Cooperation the sides talk of doing, just before an act: "discussed the importance of working
# together", "discussed expanding and deepening cooperation", "plans for ... to visit".
_INTENT = re.compile(r"\b(?:discuss(?:ed|es)?|importance\s+of|opportunities\s+to|ways\s+to|plans?\s+(?:for|to))\b"
                     r"(?:\s+\S+){0,6}\s*$", re.I)
# A hostile act on a condition or a possibility is a threat ("would impose severe costs on Russia if
# ...", "may halt mediation"); any act "unless" the other side yields is one ("will withdraw its
# force unless ...").
_IF = re.compile(r"\b(?:if|unless|in\s+the\s+event\s+(?:of|that)|provided\s+that)\b", re.I)
_POSSIBLE = re.compile(r"\b(?:may|might|could)\b", re.I)
_ULTIMATUM = re.compile(r"\bunless\b", re.I)
_FINITE = re.compile(r"(?:ed|es|[^s]s)$|^(?:sent|gave|held|fought|shot|struck|withdrew|froze|met|spoke|blew|beat|threw|"
                     r"fled|broke|took|led|won|kept|paid|put|set|cut|hit|shut|overran|swore|sought|brought|caught|"
                     r"drew|fell|left|lost|ran|rose|sold|stood|tore|began|made)$")
# "continued to send arms", "tried to hack into", "an attempt to assassinate": the act is reported.
_ONGOING = re.compile(r"\b(?:continued|began|begun|started|attempted|attempts?|tried|tries|resumed)\s+to\s*$", re.I)
_JOINT = re.compile(r"\b(?:the\s+(?:two|three|four)\s+(?:sides|leaders|countries|ministers|presidents|parties|"
                    r"governments|nations|delegations)|both\s+(?:sides|leaders|countries|ministers|parties)|"
                    r"the\s+leaders|the\s+parties|they|we)\b", re.I)
_IN_BEFORE = re.compile(r"\b(?:in|inside|within|across|throughout|near|at)\s+(?:the\s+)?$", re.I)
_COORDINATION = re.compile(r"(?:['’]s)?\s*(?:,\s*|\s+)(?:and\s+|or\s+)?(?:the\s+)?", re.I)
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$", re.I)
# "the Ukraine issue", "the Vietnam-China comprehensive strategic partnership": a topic, not a party.
_TOPIC_AFTER = re.compile(
    r"[\s'’s-]*(?:[\w’'-]+\s+){0,3}?(?:issues?|question|crisis|situation|conflict|file|matters?|agenda|relationship|"
    r"relations|ties|partnership|cooperation|dialogue|policy|mechanism|framework|summit|meeting|talks|strait|charter|"
    r"resolutions?|convention|declaration|agreement)\b", re.I)
_PREPOSITION = re.compile(r"\b(?:to|for|with|toward|towards|of|from|on|about|regarding|over|including|in|at|"
                          r"between|among|against|by|as)\b", re.I)
_OBJECT_PREPOSITIONS = frozenset({"to", "for", "with", "toward", "towards", "of", "from"})
_PASSIVE = re.compile(r"\b(?:is|are|was|were|been|being|be)\s+(?:\w+ly\s+)?$", re.I)
_NOUN_BEFORE = re.compile(
    r"(?:\b(?:its|their|his|her|our|your)|['’]s?)\s+(?:[\w-]+\s+)?$"
    r"|\b(?:[Tt]he|[Aa]n?)\s+(?:(?:strong|firm|full|continued|unwavering|steadfast|valuable|active|great|sincere|warm|"
    r"long-standing|continuous)\s+)?$")
_SIDELINES = re.compile(r"\bon\s+the\s+(?:sidelines|margins?)\s+of\b", re.I)
_DANGLING = re.compile(r"(?:[\s,;:—–-]|\b(?:and|or|but|to|as well as)\b)+$")
_DIGIT = re.compile(r"\d")
_QUANTITY = re.compile(
    r"(?:(?:[A-Z]{1,2}\$|\$|€|£|¥|₹|Rs\.?\s?|(?-i:\b[A-Z]{3})(?=\s?\d)\s?)\s?\d[\d,.]*(?:\s?(?:million|billion|trillion|thousand|crore|lakh|bn|m)\b)?"
    r"|(?<![\w-])\d[\d,.]*\s?(?:million|billion|trillion|thousand)\b(?:\s+(?:[a-z\-]+\s+){0,2}?"
    r"(?:doses|tons|tonnes|dollars|yuan|euros|pounds|yen|rupees|troops|people|refugees|vaccines|barrels))?"
    r"|(?<![\w-])\d[\d,.]*\s?(?:percentage\s+points|percent|per\s+cent|%|doses|tons|tonnes|troops|soldiers|"
    r"dollars|yuan|euros|vaccines|ventilators|masks|barrels|megawatts|MW|km|kilometers))", re.I)


@dataclass(frozen=True, slots=True)
class Side:
    """Who speaks a statement and who listens: the context a cue's actor and target come from.

    `speakers` are the codes of the statement's speaker(s); `parties` the codes of every side of the
    encounter, in order; `people` maps participants' names and aliases to their codes, so "support
    for President Tinubu's steps" targets Nigeria. An empty Side is a bare sentence.
    """

    speakers: tuple[str, ...] = ()
    parties: tuple[str, ...] = ()
    people: tuple[tuple[str, str], ...] = ()

    def others(self, actor: str) -> list[str]:
        return [p for p in self.parties if p != actor]


@dataclass(frozen=True, slots=True)
class Mention:
    code: str
    start: int
    end: int
    located: bool  # "in Niger", "at the border": a place, not a party
    topic: bool = False  # "the Ukraine issue": what is talked about, not who


@dataclass(slots=True)
class _Clause:
    start: int
    end: int
    cues: list[CueMatch] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)  # every party the clause names, found once


def find_events(text: str, start: int, end: int, side: Side, *, statement: int | None = None) -> list[Event]:
    """Events of `text[start:end]` (one sentence) spoken from `side`; spans index `text`.

    >>> s = "China will donate 150 million doses of COVID-19 vaccine to ASEAN countries."
    >>> [(e.type, e.actor, e.target, e.polarity, [q.text for q in e.quantities])
    ...  for e in find_events(s, 0, len(s), Side(("CHN",), ("CHN", "VNM")))]
    [('AGREE', 'CHN', 'ASEAN', 'pledged', ['150 million doses'])]
    """
    events: list[Event] = []
    for clause in _clauses(text, start, end):
        events += _code_clause(text, clause, side, statement)
    return events


def _clauses(text: str, start: int, end: int) -> list[_Clause]:
    book = cue_book()
    out, pos = [], start
    for m in _CLAUSE_END.finditer(text, start, end):
        out.append(_Clause(pos, m.start()))
        pos = m.end()
    out.append(_Clause(pos, end))
    kept = []
    for clause in out:
        conditions = _conditions(text, clause)
        clause.cues = [_as_noun(c) if c.role == "verb" and " " not in c.text
                       and _NOUN_BEFORE.search(text, max(0, c.start - 40), c.start)
                       else c for c in book.find(text, clause.start, clause.end)
                       if not any(s <= c.start < e for s, e in conditions)]
        if clause.cues:
            kept.append(clause)
    return kept


def _conditions(text: str, clause: _Clause) -> list[tuple[int, int]]:
    """Where the clause states a condition ("if it further invades Ukraine", "unless the U.S. side
    stops ..."): what happens there is the other side's hypothetical act, not the speaker's."""
    spans = []
    for m in _IF.finditer(text, clause.start, clause.end):
        comma = text.find(",", m.end(), clause.end)
        spans.append((m.start(), comma if comma >= 0 else clause.end))
    return spans


def _as_noun(cue: CueMatch) -> CueMatch:
    """ "thanks China for its strong support": the verb's word used as a noun is coded as one."""
    return cue._replace(cue=replace(cue.cue, role="noun"))


def _code_clause(text: str, clause: _Clause, side: Side, statement: int | None) -> list[Event]:
    first = clause.cues[0].start
    frame = _FRAME.match(text[clause.start:first])
    subject_start = clause.start + (frame.end() if frame else 0)
    clause.mentions = _mentions(text, clause.start, clause.end, side)
    subject = _within(clause.mentions, subject_start, first)
    if not subject and frame:  # "Hungary has said it will support ...": the sayer acts
        subject = _within(clause.mentions, clause.start, subject_start)
    joint = bool(_JOINT.search(text, subject_start, first)) if first > subject_start else False
    actors_ = _actors(subject, side, joint)
    if not actors_:
        if side.parties:
            return []  # narration that names no side reports no act of theirs
        actors_ = [UNSPECIFIED]  # a news line's "A roadside bombing killed ...": the act, doer unknown
    last = subject[-1] if subject else None  # the subject nearest the cue: "relevant parties should"
    asked = last if last and not last.located and not last.topic and last.code not in actors_ else None
    events: list[Event] = []
    governor: str | None = None  # the type of the clause's last verb
    act: str | None = None  # the type of the clause's last act: "provide ... assistance to" is one act
    doer: str | None = None  # of the clause's last described misconduct: "Beijing's A, B and C"
    accused: str | None = None  # the party the clause's last conflict event named
    for i, cue in enumerate(clause.cues):
        stop = next((c.start for c in clause.cues[i + 1:] if (c.role == "verb" and not _infinitive(text, c))
                     or (_family(c.type) != _family(cue.type) and cue.type not in NEUTRAL)), clause.end)
        if cue.role in ("act", "noun") and governor is not None and _absorbs(governor, cue.type):
            continue
        if cue.role == "verb" and _infinitive(text, cue) and (governor or act) and _absorbs(governor or act, cue.type):
            continue  # "would provide AUD 20 million to support clean energy": the support is the aid's purpose
        if cue.role == "noun" and act is not None and _family(act) == _family(cue.type):
            continue
        if cue.role == "act":
            act = cue.type
        if cue.role == "conduct" and not side.parties:
            continue  # a news line's "illegal", "invasion" describe; only a speaker accuses
        if cue.role == "noun" and _owned_by_other(text, cue, clause, side, actors_):
            continue  # "UN sanctions on the DPRK" in a US readout: the UN's act, not the speaker's
        decided = _decide(text, clause, cue)
        if cue.role == "verb":
            governor = cue.type
            if cue.type == "AGREE" and _threat_follows(text, cue, clause.cues[i + 1:]):
                continue  # "is prepared to impose martial law" is the THREATEN the act becomes
        if decided is None:
            continue
        type_, polarity, negated, passive = decided
        if passive:  # "Three US servicemen were killed by ...": the subject is the target
            if side.parties:
                continue  # "citizens who are wrongfully detained": not the speaker's act
            pairs = [(_agent(text, cue, clause, side), next((m.code for m in subject if not m.located), None))]
        elif cue.role == "conduct":
            doer = _doer(text, cue, stop, clause, side, set(actors_)) if doer in (None, UNSPECIFIED) else doer
            if doer == UNSPECIFIED and accused:  # "opposes the illegal sanctions imposed by the United States"
                doer = accused
            pairs = [(actor, doer) for actor in actors_]
        else:
            pairs = _pairs(text, cue, stop, clause, side, actors_, type_, asked)
        for actor, target in pairs:
            since = clause.cues[i - 1].end if i else clause.start  # "announced $150 million in humanitarian assistance for"
            events.append(_event(text, clause, cue, Span(since, stop), type_, actor, target, polarity, negated, statement))
            if type_ in HOSTILE and target not in (None, UNSPECIFIED):
                accused = target
    return _merged(events)


def _merged(events: list[Event]) -> list[Event]:
    """One event per (type, actor, target) in a clause: "thanked and congratulated China" is one
    SUPPORT whose evidence is the clause; the amounts of every cue are kept."""
    kept: dict[tuple[str, str, str | None], Event] = {}
    for e in events:
        first = kept.setdefault((e.type, e.actor, e.target), e)
        if first is not e:
            first.quantities += [q for q in e.quantities if q not in first.quantities]
    return list(kept.values())


def _agent(text: str, cue: CueMatch, clause: _Clause, side: Side) -> str:
    """The doer of a passive act: "killed by Hezbollah guerrillas"."""
    for m in _within(clause.mentions, cue.end, clause.end):
        if _BY_BEFORE.search(text, max(0, m.start - 40), m.start) or re.match(r"\s*by\b", text[cue.end:m.start]):
            return m.code
    return UNSPECIFIED


def _owned_by_other(text: str, cue: CueMatch, clause: _Clause, side: Side, actors_: list[str]) -> bool:
    if not side.parties:
        return False
    owner = [m for m in _within(clause.mentions, max(clause.start, cue.start - 40), cue.start)
             if len(text[m.end:cue.start].split()) <= 2]
    return bool(owner) and owner[-1].code not in actors_ and owner[-1].code not in side.parties


def _threat_follows(text: str, cue: CueMatch, rest: list[CueMatch]) -> bool:
    """The promise is of force or sanctions, right after it: "is prepared to impose martial law"."""
    return bool(rest) and rest[0].role in ("act", "noun") and rest[0].type in HOSTILE \
        and len(text[cue.end:rest[0].start].split()) <= 3


def _family(type_: str) -> str:
    return "hostile" if type_ in HOSTILE else "neutral" if type_ in NEUTRAL else "cooperative"


def _absorbs(governor: str, type_: str) -> bool:
    """A verb's clause holds what it promises, thanks for or asks: "stands ready to work with
    China" is one AGREE. A conflict cue after a cooperative verb is an act of its own ("agreed to
    impose costs on Russia"), and so is the material act that was welcomed or praised ("welcomed
    the launch of the first trilateral exercise" is SUPPORT and COOPERATE)."""
    if governor == "SUPPORT" and type_ in MATERIAL:
        return False
    return governor in NEUTRAL or _family(governor) == _family(type_)


def _decide(text: str, clause: _Clause, cue: CueMatch) -> tuple[str, str, bool, bool] | None:
    """(type, polarity, negated, passive) of a cue in its context, or None when it reports no event."""
    book = cue_book()
    before = text[max(clause.start, cue.start - 40):cue.start]
    near = " ".join(before.split()[-3:])
    type_ = cue.type
    polarity = DEFAULT_POLARITY.get(type_, "done")
    negated = bool(_NEGATION.search(near))
    if cue.role == "verb" and _PROMISE.search(near):  # "will continue to support Ukraine" is AGREE
        type_ = book.future.get(type_, type_)
        polarity = "pledged"
    passive = cue.role == "act" and bool(_PASSIVE.search(before))
    if cue.role in ("act", "noun") and not passive:
        lead = text[clause.start:cue.start]
        if _PROMISE.search(lead) or (cue.role == "act" and _INTENT.search(lead[-80:])):
            type_ = book.future.get(type_, type_)
            polarity = "pledged"
        elif cue.role == "act" and not _finite(cue.text, before):
            return None
        conditional = _IF.search(text, clause.start, clause.end) or _POSSIBLE.search(lead)
        if (conditional and type_ in HOSTILE and type_ != "ACCUSE") or \
                (polarity == "pledged" and _ULTIMATUM.search(text, cue.end, clause.end)):
            type_ = "THREATEN"
    if negated:
        flipped = book.negated.get(type_)
        if flipped is None:
            return None
        type_ = flipped
    return type_, polarity, negated, passive


def _finite(words: str, before: str) -> bool:
    """Tense evidence for a material act: "provided", "sends", "is providing", not "to provide"."""
    head = words.split()[0].lower()
    if _ONGOING.search(before):
        return True
    if re.search(r"\bto\s*$", before, re.I):
        return False
    if re.search(r"\b(?:has|have|had)\s+(?:\w+ly\s+)?$", before, re.I):
        return True  # "Israel has withdrawn its troops"
    if head.endswith("ing"):  # "is providing"; not "thanked Japan for providing", Japan's act
        return bool(re.search(r"\b(?:is|are|was|were|been|be)\s*$", before, re.I))
    return bool(_FINITE.search(head))


def _mentions(text: str, start: int, end: int, side: Side) -> list[Mention]:
    """States, organisations, participants and unnamed outsiders named in `text[start:end]`."""
    if start >= end:
        return []
    found = [Mention(m.code, m.span.start, m.span.end, False) for m in actors().find(text, start, end)
             if not text.startswith("$", m.span.end)]  # "US$ 500 million" names no actor
    if side.people:
        codes, pattern = _people_pattern(side.people)
        found += [Mention(codes[m.group()], m.start(), m.end(), False) for m in pattern.finditer(text, start, end)]
    found += [Mention(UNSPECIFIED, m.start(), m.end(), False) for m in cue_book().unspecified.finditer(text, start, end)]
    found.sort(key=lambda m: (m.start, -m.end))
    kept, reach = [], -1
    for m in found:
        if m.start >= reach:
            located = bool(_IN_BEFORE.search(text, max(0, m.start - 16), m.start))
            topic = bool(_TOPIC_AFTER.match(text, m.end, min(len(text), m.end + 60)))
            kept.append(Mention(m.code, m.start, m.end, located, topic))
            reach = m.end
    return kept


@lru_cache(maxsize=64)
def _people_pattern(people: tuple[tuple[str, str], ...]) -> tuple[dict[str, str], re.Pattern[str]]:
    """One regex for every participant's name and alias, longest first, built once per readout."""
    codes = dict(people)
    names = sorted(codes, key=len, reverse=True)
    return codes, re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])")


def _within(mentions: list[Mention], start: int, end: int) -> list[Mention]:
    return [m for m in mentions if start <= m.start and m.end <= end]


def _actors(subject: list[Mention], side: Side, joint: bool) -> list[str]:
    """Who acts: a speaker-side state the subject names, all sides for a joint subject, else the
    speaker(s); in a bare sentence, the states and organisations of the subject."""
    own = _unique(m.code for m in subject if m.code in side.speakers)
    if own:
        return own
    if joint and len(side.parties) > 1 and set(side.speakers) >= set(side.parties):
        return list(side.parties)
    if side.speakers:
        return list(side.speakers)
    if side.parties:  # narration: "The United States will ..." acts; "in coordination with the G7" does not
        return _unique(m.code for m in subject if m.code in side.parties and not m.located)
    named = [m for m in subject if m.code != UNSPECIFIED]
    return _unique(m.code for m in named if not m.located) or _unique(m.code for m in named)


def _unique(codes) -> list[str]:
    return list(dict.fromkeys(codes))


def _pairs(text: str, cue: CueMatch, stop: int, clause: _Clause, side: Side, actors_: list[str],
           type_: str, asked: Mention | None) -> list[tuple[str, str | None]]:
    named = _named_target(text, cue, stop, clause, side, actors_, type_, asked)
    pairs = []
    for actor in actors_:
        targets = named or side.others(actor)
        pairs += [(actor, t) for t in targets if t != actor] or ([] if side.parties else [(actor, None)])
    return pairs


def _named_target(text: str, cue: CueMatch, stop: int, clause: _Clause, side: Side, actors_: list[str],
                  type_: str, asked: Mention | None) -> list[str]:
    """The parties a cue is aimed at when the words name them ("call on Russia and the DPRK");
    empty means "the other side(s)"."""
    own = set(actors_)
    if type_ in ("REQUEST", *HOSTILE) and asked is not None and asked.code not in own:
        return [asked.code]
    # From the cue's first word: "met Pakistan's foreign minister" names its object inside the cue.
    after = [m for m in _within(clause.mentions, _first_word_end(cue), stop) if m.code not in own and not m.topic]
    if type_ in HOSTILE:
        pick = [m for m in after if not m.located] or [m for m in after if m.located]
        if pick:
            return _with_coordinated(text, pick)
        # Criticism of no one named is of UNSPECIFIED ("condemned the violence"); a warning or a
        # refusal in a talk is addressed to the other side.
        return [] if type_ in ADDRESSED or not side.parties else [UNSPECIFIED]
    near = [i for i, m in enumerate(after) if not m.located and len(text[cue.end:m.start].split()) <= OBJECT_WORDS
            and _object_of(text[cue.end:m.start])]
    return _with_coordinated(text, after[near[0]:]) if near else []


def _first_word_end(cue: CueMatch) -> int:
    space = cue.text.find(" ")
    return cue.end if space < 0 else cue.start + space


def _with_coordinated(text: str, mentions: list[Mention]) -> list[str]:
    """The first mention and those joined to it by "and" or commas: "Russia and the DPRK"."""
    if not mentions:
        return []
    codes = [mentions[0].code]
    for prev, nxt in zip(mentions, mentions[1:]):
        if not _COORDINATION.fullmatch(text[prev.end:nxt.start]):
            break
        codes.append(nxt.code)
    return _unique(codes)


def _doer(text: str, cue: CueMatch, stop: int, clause: _Clause, side: Side, own: set[str]) -> str:
    """Whose misconduct the words describe: the party named just before ("Beijing's coercive ...
    practices", "The United States tries to create ..."), or "by" just after, or a place just after
    ("efforts to seize power by force in Niger"), else UNSPECIFIED ("against future aggression")."""
    before = [m for m in _within(clause.mentions, clause.start, cue.start)
              if not m.located and not m.topic and m.code not in own
              and len(text[m.end:cue.start].split()) <= DOER_WORDS]
    if before:
        return before[-1].code
    for m in _within(clause.mentions, cue.end, stop):
        gap = len(text[cue.end:m.start].split())
        if m.code not in own and not m.topic and gap <= 4 and (m.located or _BY_BEFORE.search(text, cue.end, m.start)):
            return m.code
    return UNSPECIFIED


def _object_of(between: str) -> bool:
    """Whether a mention after a cue is its object: right after it ("thanks China", "welcomes
    China's contributions") or after to/for/with ("donate ... to ASEAN"), not a topic after
    "on", "including" ("exchanged views on ... DPRK")."""
    preps = _PREPOSITION.findall(between)
    if not preps:
        return len(between.split()) <= 2
    return preps[-1].lower() in _OBJECT_PREPOSITIONS


def _event(text: str, clause: _Clause, cue: CueMatch, window: Span, type_: str, actor: str, target: str | None,
           polarity: str, negated: bool, statement: int | None) -> Event:
    """The record; `window` runs from the previous cue to the next, where the cue's mode words and
    amounts stand."""
    clause_span = _trimmed(text, clause.start, clause.end)
    span = Span(min(clause_span.start, cue.start), max(clause_span.end, cue.end))  # "China is ready to"
    obj = _trimmed(text, cue.end, window.end, final_stop=False)
    mode = cue_book().mode_of(type_, cue.cue, window.of(text)) if type_ == cue.type else None
    return Event(
        type=type_, actor=actor, target=target, span=span, text=span.of(text), trigger=Span(cue.start, cue.end),
        object=obj if obj.end > obj.start else None, mode=mode, polarity=polarity, negated=negated,
        intensity=intensity(type_, mode), quantities=_quantities(text, window), statement=statement,
        cue=f"{cue.type} {cue.role}: {cue.cue.phrase}",
    )


def _trimmed(text: str, start: int, end: int, *, final_stop: bool = True) -> Span:
    """`[start, end)` without the spaces, punctuation and dangling "and" at its edges (and without
    the sentence's full stop, for an object)."""
    chunk = text[start:end]
    lead = len(chunk) - len(chunk.lstrip(" ,;:—–-\n"))
    tail = len(_without_dangling(chunk if final_stop else chunk.rstrip(".")))
    return Span(start + lead, start + max(lead, tail))


def _without_dangling(chunk: str) -> str:
    """`chunk` without trailing punctuation and conjunctions; searched in its last 40 characters only,
    since a `$`-anchored regex is tried from every position of a long string."""
    head, tail = chunk[:-40], chunk[-40:]
    return head + _DANGLING.sub("", tail)


def _infinitive(text: str, cue: CueMatch) -> bool:
    return bool(re.search(r"\bto\s+$", text[max(0, cue.start - 4):cue.start]))


def _quantities(text: str, span: Span) -> list[Quantity]:
    if not _DIGIT.search(text, span.start, span.end):
        return []  # most objects hold no number; the amount regex is costly where they do not
    return [Quantity(m.group(), Span(m.start(), m.end())) for m in _QUANTITY.finditer(text, span.start, span.end)]


# -- the stage ------------------------------------------------------------------------------------

def code_events(doc: Document) -> Document:
    """The encounter as CONSULT, then the events of every attributed statement, in text order."""
    parties = tuple(_unique(p.country for p in doc.participants if p.country))
    by_name = {p.name: p.country for p in doc.participants if p.country}
    people = tuple((alias, p.country) for p in doc.participants if p.country
                   for alias in (p.name, *p.aliases) if len(alias) > 2 and alias[0].isupper())
    events = _encounter_events(doc, parties)
    for index, st in enumerate(doc.statements):
        if index == doc.lead:
            continue
        speakers = parties if st.speaker == BOTH else (by_name[st.speaker],) if st.speaker in by_name else ()
        side = Side(speakers, parties, people)
        events += find_events(doc.text, st.span.start, st.span.end, side, statement=index)
    for event in events:
        event.issues = _issues_in(doc, event.span)  # the span of one clause or of the lead sentence
    doc.events = events
    return doc


def _encounter_events(doc: Document, parties: tuple[str, ...]) -> list[Event]:
    if len(parties) < 2 or doc.encounter is None:
        return []
    lead = doc.sentences[doc.lead].span if doc.lead is not None else doc.encounter.span
    if lead is None:
        return []
    mode = ENCOUNTER_MODES.get(doc.encounter.label)
    if len(parties) > 2:
        mode = "multilateral"
    elif mode is None and _SIDELINES.search(lead.of(doc.text)):
        mode = "third-party"  # "on the margins of the G20 Foreign Ministers' Meeting in Rio"
    elif mode is None and doc.location is not None and doc.location.country:
        mode = "visit" if doc.location.country in parties else "third-party"
        if mode == "visit" and parties[0] == doc.location.country:
            parties = parties[::-1]  # PLOVER: in a visit the actor visits and the target hosts
    return [
        Event("CONSULT", a, b, lead, lead.of(doc.text), trigger=doc.encounter.span, mode=mode,
              intensity=intensity("CONSULT", mode), cue=f"encounter: {doc.encounter.label}")
        for a, b in permutations(parties, 2) if parties.index(a) < parties.index(b)
    ]


def _issues_in(doc: Document, span: Span) -> list[str]:
    mentions = doc.issue_mentions  # in text order: stop at the first one past the span
    found = []
    for m in mentions:
        if m.span.start >= span.end:
            break
        if m.span.end > span.start:
            found.append(m.issue)
    return _unique(found)


def code(sentence: str) -> list[Event]:
    """Events of a bare sentence (a news line, a readout sentence), actors taken from the sentence.

    >>> [(e.type, e.actor, e.target) for e in code("Libya has offered to hand over two suspects to Britain.")]
    [('AGREE', 'LBY', 'GBR')]
    """
    return find_events(sentence, 0, len(sentence), Side())
