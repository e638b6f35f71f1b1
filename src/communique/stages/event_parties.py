"""Who acts and who is acted on: the parties a clause names, its subject, and each cue's target.

The event coder (`stages/events.py`) decides *what* a cue reports; this module decides *between
whom*. A clause's parties are found once (`find_mentions`: states and organisations of the actor
dictionary, the participants by name, unnamed outsiders such as "some forces outside the region"),
each marked when it is a place ("in Niger") or a topic ("the Ukraine issue"). The subject, after a
reporting frame ("Wang Yi said,"), gives the actor; what follows a cue gives the target.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from communique.lexicons.actors import actors
from communique.lexicons.leader_names import find_leaders
from communique.lexicons.plover import HOSTILE, CueMatch, cue_book
from communique.model import UNSPECIFIED, Span
from communique.stages.participants import name_spans

OBJECT_WORDS = 10  # a cooperative cue's named target stands within this many words after it

DOER_WORDS = 10  # the doer of described misconduct stands within this many words before the words

ADDRESSED = frozenset({"REJECT", "THREATEN", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})  # at the other side

_FRAME = re.compile(
    r"^.{0,160}?\b(?:(?:said|says|say|told\s+\w+(?:\s+\w+)?)(?:\s+that\b|,|:)?"
    r"|(?:noted|stressed|stated|added|pointed\s+out|emphasi[sz]ed|indicated|believes?|holds?|maintained|"
    r"explained|remarked|reiterated|reaffirmed|underlined|underscored|agreed|affirmed|recalled|mentioned|"
    r"observed|announced|expressed\s+(?:the\s+)?(?:view|belief|hope)|made\s+clear)(?:\s+that\b|,|:))\s*",
    re.S,
)

_JOINT = re.compile(r"\b(?:the\s+(?:two|three|four)\s+(?:sides|leaders|countries|ministers|presidents|parties|"
                    r"governments|nations|delegations)|both\s+(?:sides|leaders|countries|ministers|parties)|"
                    r"the\s+leaders|the\s+parties|they|we)\b", re.I)
# Named as joint even inside one speaker's words: "Xi Jinping noted that the two sides have agreed to
# ...". Not "we" or "they", which a speaker uses for their own side as often as for both.
_BOTH_SIDES = re.compile(r"\b(?:the\s+(?:two|three|four)|both)\s+(?:sides|countries|leaders|governments|nations)\b",
                         re.I)

_IN_BEFORE = re.compile(r"\b(?:in|inside|within|across|throughout|near|at)\s+(?:the\s+)?$", re.I)

_COORDINATION = re.compile(r"(?:['’]s)?\s*(?:,\s*|\s+)(?:and\s+|or\s+)?(?:the\s+)?", re.I)

_MODIFIER = re.compile(r"-[a-z]")  # "the UN-mediated truce", "U.S.-led efforts": a modifier, not a party
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$", re.I)
# plover_cues.yaml's conduct cue of a threat whose doer is named after it: "the threat posed by", "threats from"
_A_THREAT_OF_WHOM = re.compile(r"threats?\s+(?:posed\s+by|from|of)", re.I)
_POSSESSIVE = re.compile(r"\s*['’]s?\s+$")  # "Russia's threats of force": the doer named before, as its owner
# "the Ukraine issue", "the Vietnam-China comprehensive strategic partnership": a topic, not a party.

_TOPIC_AFTER = re.compile(
    r"[\s'’s-]*(?:[\w’'-]+\s+){0,3}?(?:issues?|question|crisis|situation|conflict|file|matters?|agenda|relationship|"
    r"relations|ties|partnership|cooperation|dialogue|policy|mechanism|framework|summit|meeting|talks|strait|charter|"
    r"resolutions?|convention|declaration|agreement)\b", re.I)

_PREPOSITION = re.compile(r"\b(?:to|for|with|toward|towards|of|from|on|about|regarding|over|including|in|at|"
                          r"between|among|against|by|as)\b", re.I)

_TOPIC_INTRO = re.compile(r"\b(?:respond\w*|response|deal\w*|regard|relation|relating|related|concern\w*|approach\w*|"
                          r"situation|issues?)\s+(?:to|with|in|of|on)\s+(?:the\s+)?$", re.I)
_OBJECT_PREPOSITIONS = frozenset({"to", "for", "with", "toward", "towards", "of", "from", "between"})

@dataclass(frozen=True, slots=True)
class Side:
    """Who speaks a statement and who listens: the context a cue's actor and target come from.

    `speakers` are the codes of the statement's speaker(s); `parties` the codes of every side of the
    encounter, in order; `people` maps participants' names and aliases to their codes, so "support
    for President Tinubu's steps" targets Nigeria. An empty Side is a bare sentence. `news` says
    whether an act whose doer the sentence does not name is still coded (actor UNSPECIFIED): yes for
    a news line ("A roadside bombing killed ..."), no inside a document whose participants are
    unknown (press briefings, speeches), where it would be noise.
    """

    speakers: tuple[str, ...] = ()
    parties: tuple[str, ...] = ()
    people: tuple[tuple[str, str], ...] = ()
    news: bool = True
    links: frozenset[tuple[str, str]] | None = None  # who met whom when a release reports several encounters
    antecedent: str | None = None  # the outsider the readout last accused: "these launches" are theirs

    def others(self, actor: str) -> list[str]:
        """The other side(s) of the actor's own encounter: every other party, unless the release
        reports separate encounters ("held separate phone talks with X and Y"; "Also on Friday, ...")."""
        return [p for p in self.parties if p != actor and (self.links is None or (actor, p) in self.links)]

    def joint(self, actors: list[str] | set[str]) -> bool:
        """Whether every side acts together (none is then the other's addressee)."""
        return len(set(actors)) > 1 and set(actors) >= set(self.parties)


@dataclass(frozen=True, slots=True)
class Mention:
    code: str
    start: int
    end: int
    located: bool  # "in Niger", "at the border": a place, not a party
    topic: bool = False  # "the Ukraine issue": what is talked about, not who

@dataclass(slots=True)
class Clause:
    start: int
    end: int
    cues: list[CueMatch] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)  # every party the clause names, found once
    trimmed: Span | None = None  # its span without edge punctuation, found once for all its events
    conditional: bool = False  # its sentence states a condition somewhere ("if", "unless"): looked for once

def find_mentions(text: str, start: int, end: int, side: Side) -> list[Mention]:
    """States, organisations, participants and unnamed outsiders named in `text[start:end]`."""
    if start >= end:
        return []
    found = [Mention(m.code, m.span.start, m.span.end, False) for m in actors().find(text, start, end)
             if not text.startswith("$", m.span.end)]  # "US$ 500 million" names no actor
    chunk = text[start:end]
    for name, code in side.people:  # overlaps resolve below: the earliest, then the longest, is kept
        if name in chunk:
            found += [Mention(code, s, e, False) for s, e in name_spans(text, name, start, end)]
    book, low = cue_book(), chunk.lower()
    if book.unspecified_words.occurs_in(low):  # "the international community", "some forces"
        found += [Mention(UNSPECIFIED, m.start(), m.end(), False) for m in book.unspecified.finditer(text, start, end)]
    found += [Mention(code, s, e, False) for s, e, _, code in find_leaders(text, start, end)]  # after participants
    found.sort(key=lambda m: (m.start, -m.end))
    kept, reach = [], -1
    for m in found:
        if m.start >= reach:
            located = bool(_IN_BEFORE.search(text, max(0, m.start - 16), m.start))
            topic = bool(_TOPIC_AFTER.match(text, m.end, min(len(text), m.end + 60)) or _MODIFIER.match(text, m.end))
            kept.append(Mention(m.code, m.start, m.end, located, topic))
            reach = m.end
    return kept

def within(mentions: list[Mention], start: int, end: int) -> list[Mention]:
    return [m for m in mentions if start <= m.start and m.end <= end]

def subject_of(text: str, clause: Clause, side: Side) -> tuple[list[Mention], list[str], Mention | None]:
    """(subject, actors, asked) of a clause: the parties named before its first cue (after a
    reporting frame), who acts, and the party a request or a charge is aimed at when the subject
    names one ("relevant parties should", "the PRC should not provide ...").

    Finds the clause's mentions, once, on the way. No actor for narration that names no side.
    """
    first = clause.cues[0].start
    frame = _FRAME.match(text[clause.start:first])
    subject_start = clause.start + (frame.end() if frame else 0)
    clause.mentions = find_mentions(text, clause.start, clause.end, side)
    subject = within(clause.mentions, subject_start, first)
    if not subject and frame:  # "Hungary has said it will support ...": the sayer acts
        subject = within(clause.mentions, clause.start, subject_start)
    joint = bool(_JOINT.search(text, subject_start, first)) if first > subject_start else False
    acting = _actors(subject, side, joint)
    if len(side.speakers) == 1 and len(side.parties) > 1 and _BOTH_SIDES.search(text, subject_start, first) \
            and clause.cues[0].type != "REQUEST":
        acting = list(side.parties)  # reported as what both did; "both sides should" stays the speaker's call
    if not acting and not side.parties and side.news:
        acting = [UNSPECIFIED]  # a news line's "A roadside bombing killed ...": the act, doer unknown
    last = subject[-1] if subject else None  # the subject nearest the cue
    asked = last if last and not last.located and not last.topic and last.code not in acting else None
    return subject, acting, asked


def _actors(subject: list[Mention], side: Side, joint: bool) -> list[str]:
    """Who acts: a speaker-side state the subject names, all sides for a joint subject, else the
    speaker(s); in a bare sentence, the states and organisations of the subject."""
    own = unique(m.code for m in subject if m.code in side.speakers)
    if own:
        return own
    if joint and len(side.parties) > 1 and set(side.speakers) >= set(side.parties):
        return list(side.parties)
    if side.speakers:
        return list(side.speakers)
    if side.parties:  # narration: "The United States will ..." acts; "in coordination with the G7" does not
        return unique(m.code for m in subject if m.code in side.parties and not m.located)
    named = [m for m in subject if m.code != UNSPECIFIED]
    return unique(m.code for m in named if not m.located) or unique(m.code for m in named)

def unique(codes) -> list[str]:
    return list(dict.fromkeys(codes))

def pairs_for(text: str, cue: CueMatch, stop: int, clause: Clause, side: Side, actors_: list[str],
           type_: str, asked: Mention | None) -> list[tuple[str, str | None]]:
    named = _named_target(text, cue, stop, clause, side, actors_, type_, asked)
    pairs = []
    for actor in actors_:
        targets = named or side.others(actor)
        pairs += [(actor, t) for t in targets if t != actor] or ([] if side.parties else [(actor, None)])
    return pairs


def _named_target(text: str, cue: CueMatch, stop: int, clause: Clause, side: Side, actors_: list[str],
                  type_: str, asked: Mention | None) -> list[str]:
    """The parties a cue is aimed at when the words name them ("call on Russia and the DPRK");
    empty means "the other side(s)"."""
    own = set(actors_)
    joint = side.joint(own)
    if type_ == "REQUEST" and (subject := _modal_subject(text, cue, clause)) is not None and subject.code not in own:
        return [subject.code]  # "agreeing ... that China must now use all its leverage on the North Korean regime"
    if type_ in ("REQUEST", *HOSTILE) and asked is not None and asked.code not in own:
        return [asked.code]
    # From the cue's first word: "met Pakistan's foreign minister" names its object inside the cue.
    after = [m for m in within(clause.mentions, _first_word_end(cue), stop) if m.code not in own and not m.topic
             and (type_ in HOSTILE or not _doer_of_misconduct(text, m, clause))]
    if type_ in HOSTILE:
        after = [m for m in after if not _VICTIMS.match(text, m.end)]  # "the abduction of Qatari citizens"
        pick = [m for m in after if not m.located] or [m for m in after if m.located and (
            type_ != "ACCUSE" or any(c.role == "conduct" and cue.end <= c.start < m.start
                                     and not a_threat_of_whom(c) for c in clause.cues))]
        # a concern about a place's misconduct is about its doers ("concern about the attempted takeover in
        # Niger", "the military coup in Burma"); not about whatever happens there ("the rising extremism
        # in Syria", "the impact of these events on security in Burundi": UNSPECIFIED, as the gold codes it); a threat
        # is told by who poses it (`doer_of`), not by a place ("the use or threat of use of nuclear weapons in Ukraine")
        if pick:
            return _with_coordinated(text, pick)
        if side.antecedent and _DEMONSTRATIVE.match(text, cue.end):
            return [side.antecedent]  # "condemned these ballistic missile launches": the ones just told of
        # Criticism of no one named is of UNSPECIFIED ("condemned the violence"); a warning or a
        # refusal in a talk is addressed to the other side, unless both make it ("They reject any
        # attempts to create dividing lines in Europe").
        return [] if (type_ in ADDRESSED and not joint) or not side.parties else [UNSPECIFIED]
    near = [i for i, m in enumerate(after) if not m.located and len(text[cue.end:m.start].split()) <= OBJECT_WORDS
            and _object_of(text[cue.end:m.start])]
    if near:
        return _with_coordinated(text, after[near[0]:])
    if type_ == "REQUEST" and joint and not _about_themselves(clause, cue, stop, side):
        # all sides "called for an end to the war in Ukraine", "stressed the need for rapid action":
        # a call the sides make together is addressed to those outside
        return [UNSPECIFIED]
    return []


MODAL_CUE = re.compile(r"(?:should|must|ought|need|needs)\b", re.I)  # the REQUEST cues that are modals
_JUST_BEFORE = re.compile(r"\s*(?:now\s+|also\s+)?")


def _modal_subject(text: str, cue: CueMatch, clause: Clause) -> Mention | None:
    """The party named right before a modal ("China must", "the DPRK should"): the one asked."""
    if not MODAL_CUE.match(cue.text):
        return None
    return next((m for m in clause.mentions if m.end <= cue.start and not m.located and not m.topic
                 and _JUST_BEFORE.fullmatch(text, m.end, cue.start)), None)


def _about_themselves(clause: Clause, cue: CueMatch, stop: int, side: Side) -> bool:
    """A joint call whose object names every side ("called for efforts to enhance relations between
    Tehran and Doha"): the sides ask it of each other, not of outsiders."""
    named = {m.code for m in within(clause.mentions, cue.end, stop)}
    return bool(side.parties) and set(side.parties) <= named


_DEMONSTRATIVE = re.compile(r"\s+(?:\w+\s+){0,2}?(?:these|this|those|such)\b", re.I)
_VICTIMS = re.compile(r"\s+(?:citizens|nationals|civilians|people|children|students|journalists|workers|"
                      r"soldiers|servicemen|sailors|fishermen|hostages|prisoners|detainees|diplomats)\b", re.I)


def _doer_of_misconduct(text: str, m: Mention, clause: Clause) -> bool:
    """A party named right before words of misconduct is their doer, not the object of a cooperative
    cue before them: "agreed on joint efforts to stand up to Russian aggression" agrees nothing with
    Russia (a concern "about Russia's escalation" is about Russia all the same)."""
    return any(c.role == "conduct" and 0 <= c.start - m.end <= 3 for c in clause.cues)


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
    return unique(codes)


def a_threat_of_whom(cue: CueMatch) -> bool:
    """Whether a conduct cue is a threat told with who poses it ("threats posed by", "threats from", "the threat of"): one
    nobody is named as posing is a hazard ("the threat of famine"), no one's misconduct."""
    return _A_THREAT_OF_WHOM.fullmatch(cue.text) is not None


def doer_of(text: str, cue: CueMatch, stop: int, clause: Clause, side: Side, own: set[str]) -> str:
    """Whose misconduct the words describe: the party named just before ("Beijing's coercive ...
    practices", "The United States tries to create ..."), or "by" just after, or a place just after
    ("efforts to seize power by force in Niger"), else UNSPECIFIED ("against future aggression"). A threat told with
    who poses it names them right after its "by", "from", "of" ("the threat posed by the DPRK", "Israel's security
    against all threats from Iran"), or as its owner right before ("Russia's threats of force"), or no one."""
    if a_threat_of_whom(cue):
        after = next(iter(within(clause.mentions, cue.end, stop)), None)
        if after is not None and after.code not in own and not after.topic and len(text[cue.end:after.start].split()) <= 1:
            return after.code
        owners = within(clause.mentions, clause.start, cue.start)
        return owners[-1].code if owners and owners[-1].code not in own and not owners[-1].located \
            and _POSSESSIVE.fullmatch(text, owners[-1].end, cue.start) else UNSPECIFIED
    before = [m for m in within(clause.mentions, clause.start, cue.start)
              if not m.located and not m.topic and m.code not in own
              and len(text[m.end:cue.start].split()) <= DOER_WORDS]
    if before:
        return before[-1].code
    for m in within(clause.mentions, cue.end, stop):
        gap = len(text[cue.end:m.start].split())
        if m.code not in own and not m.topic and gap <= 4 and (m.located or _BY_BEFORE.search(text, cue.end, m.start)):
            return m.code
    return UNSPECIFIED

def _object_of(between: str) -> bool:
    """Whether a mention after a cue is its object: right after it ("thanks China", "welcomes
    China's contributions") or after to/for/with ("donate ... to ASEAN"), not a topic after
    "on", "including" ("exchanged views on ... DPRK")."""
    if _TOPIC_INTRO.search(between):
        return False  # "cooperate in responding to North Korea": what they cooperate on
    preps = _PREPOSITION.findall(between)
    if not preps:
        return len(between.split()) <= 2
    return preps[-1].lower() in _OBJECT_PREPOSITIONS


def agent_of(text: str, cue: CueMatch, clause: Clause, side: Side) -> str:
    """The doer of a passive act: "killed by Hezbollah guerrillas"."""
    for m in within(clause.mentions, cue.end, clause.end):
        if _BY_BEFORE.search(text, max(0, m.start - 40), m.start) or re.match(r"\s*by\b", text[cue.end:m.start]):
            return m.code
    return UNSPECIFIED

def owned_by_other(text: str, cue: CueMatch, clause: Clause, side: Side, actors_: list[str]) -> bool:
    if not side.parties:
        return False
    owner = [m for m in within(clause.mentions, max(clause.start, cue.start - 40), cue.start)
             if len(text[m.end:cue.start].split()) <= 2]
    return bool(owner) and owner[-1].code not in actors_ and owner[-1].code not in side.parties
