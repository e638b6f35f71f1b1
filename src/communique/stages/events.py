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
the encounter: phone, visit, third-party, multilateral), or between the sides of each encounter when
the release reports several (`find_encounters`), and applies `find_events` to every attributed
statement. `code(sentence)` codes a bare sentence, with the field's verb dictionary
(`lexicons.plover.FieldBook`) as the last resort for news wording the cue book lacks.

A rule-based coder rather than a trained one: the 19 dev readouts cannot train a classifier, every
decision must be explainable from the evidence words, and an analyst extends the YAML, not Python.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import replace
from itertools import permutations
from typing import NamedTuple

from communique.lexicons.actors import actors
from communique.lexicons.leader_names import find_leaders
from communique.lexicons.plover import (
    HOSTILE, MATERIAL, NEUTRAL, CueBook, CueMatch, FieldBook, cue_book, family, field_book, intensity,
)
from communique.model import BOTH, UNSPECIFIED, Document, Event, IssueMention, Quantity, Span
from communique.patterns import gated
from communique.stages.event_parties import (
    MODAL_CUE, Clause, Side, a_threat_of_whom, agent_of, doer_of, owned_by_other, pairs_for, subject_of, unique,
)
from communique.stages.segment import first_body_sentence, is_heading

FORCE = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "PROTEST"})  # material conflict, rarely the speaker's own
DEFAULT_POLARITY = {"AGREE": "pledged", "REQUEST": "proposed", "THREATEN": "pledged"}
ENCOUNTER_MODES = {"phone_call": "phone", "video_call": "phone"}
_CLAUSE_END = re.compile(r";|,?\s(?:while|whereas|but)\s(?!also\b)")
_NEGATION = gated(re.compile(r"\b(?:not|never|no|cannot|can't|can’t|won't|won’t|don't|don’t|doesn't|doesn’t|"
                             r"didn't|didn’t|neither|nor|without|refrain\w*\s+from)\b", re.I))
_PROMISE = gated(re.compile(
    r"\b(?:will|shall|would|'ll|going\s+to|plans?\s+to|planned\s+to|intends?\s+to|aims?\s+to|(?:is|are|was|were|"
    r"stands?|remains?)\s+(?:ready|willing|prepared)\s+to|(?:readiness|willingness|preparedness)(?:,[^,]{1,60},)?\s+to|"
    r"(?:is|are|was|were)\s+(?:scheduled|due|set)\s+to|continues?\s+to|look(?:s|ed)?\s+forward\s+to|"
    r"pledged|committed|undertakes?\s+to|decided\s+to|decision\s+to|agreed\s+to|vow(?:s|ed)?\s+to|"
    r"sw(?:ore|orn|ears?)\s+to|"
    r"threaten(?:s|ed)?\s+to)\b", re.I))
# Cooperation the sides talk of doing, just before an act: "discussed the importance of working
# together", "discussed expanding and deepening cooperation", "plans for ... to visit".
_INTENT = re.compile(r"\b(?:discuss(?:ed|es)?|importance\s+(?:of|to)|opportunities\s+to|ways\s+to|plans?\s+(?:for|to))\b"
                     r"(?:\s+\S+){0,6}\s*$", re.I)
# A hostile act on a condition or a possibility is a threat ("would impose severe costs on Russia if
# ...", "may halt mediation"); any act "unless" the other side yields is one ("will withdraw its
# force unless ...").
_IF = re.compile(r"\b(?:if|unless|in\s+the\s+event\s+(?:of|that)|provided\s+that)\b", re.I)
_IF_LOWER = re.compile(_IF.pattern)  # the same on a lower-cased sentence, a faster look than IGNORECASE
_POSSIBLE = re.compile(r"\b(?:may|might|could)\b", re.I)
_ULTIMATUM = re.compile(r"\bunless\b", re.I)
_PAST_FORMS = (r"ed$|^(?:sent|gave|held|fought|shot|struck|withdrew|froze|met|spoke|blew|beat|threw|fled|broke|took|led|won"
               r"|kept|paid|put|set|cut|hit|shut|overran|swore|sought|brought|caught|drew|fell|left|lost|ran|rose|sold"
               r"|stood|tore|began|made)$")
_FINITE = re.compile(r"(?:es|[^s]s)$|" + _PAST_FORMS)
# An act told in the past is done, whatever modal an earlier clause holds ("We will always remember him as a man who
# fought in the Resistance": Kremlin messages): no modal governs a past form, unless as a passive ("will be provided")
_PAST = re.compile(_PAST_FORMS)
_BE_BEFORE = re.compile(r"\b(?:be|been|being)\s+(?:\w+ly\s+|further\s+|also\s+)?$", re.I)  # "will be further provided"
_NOUN_ENDINGS = frozenset({"er", "ers", "or", "ors", "ion", "ions", "ings"})  # after a wildcard act's stem ("invad*")
# "continued to send arms", "tried to hack into", "an attempt to assassinate": the act is reported.
_ONGOING = re.compile(r"\b(?:continued|began|begun|started|attempted|attempts?|tried|tries|resumed)\s+to\s*$", re.I)
_PASSIVE = re.compile(r"\b(?:is|are|was|were|been|being|be)\s+(?:\w+ly\s+)?$", re.I)
_NOUN_BEFORE = re.compile(
    r"(?:\b(?:its|their|his|her|our|your)|['’]s?)\s+(?:[\w-]+\s+)?$"
    r"|\b(?:[Tt]he|[Aa]n?)\s+(?:(?:strong|firm|full|continued|unwavering|steadfast|valuable|active|great|sincere|warm|"
    r"long-standing|continuous)\s+)?$"
    r"|\b(?:with|mutual)\s+$")  # "dialogue with mutual respect", "with support from": nouns
_DETERMINED = re.compile(r"(?:\b(?:[Tt]he|[Aa]n?|its|their|his|her|our|these|those)|['’]s)\s+$")
_SIDELINES = re.compile(r"\bon\s+the\s+(?:sidelines|margins?)\s+of\b", re.I)
_DANGLING_MARKS = frozenset(",;:—–-")  # and spaces: a clause's loose end, with these words
_DANGLING_WORDS = ("and", "or", "but", "to", "as well as")
_DIGIT = re.compile(r"\d")
# A currency before an amount: "$", "US$", "£", "Rs.", an ISO code ("AUD 20 million").
_CURRENCY = r"(?:[A-Z]{1,2}\$|\$|€|£|¥|₹|Rs\.?\s?|(?-i:\b[A-Z]{3})(?=\s?\d)\s?)"
_MONEY = re.compile(_CURRENCY + r"\s?\d|\b\d[\d,.]*\s?(?:million|billion)\s+(?:dollars|euros|yuan|yen|pounds|rupees)\b",
                    re.I)
_MATERIAL_KIND = re.compile(r"\b(?:military|financial|economic|defen[cs]e|security|humanitarian|budget(?:ary)?|"
                            r"material|technical|macro-financial)\s+$", re.I)
_ANNOUNCED = re.compile(r"\b(?:announc\w*|unveil\w*|pledg\w*|commit\w*)\b", re.I)
_QUANTITY = re.compile(
    r"(?:" + _CURRENCY + r"\s?\d[\d,.]*(?:\s?(?:million|billion|trillion|thousand|crore|lakh|bn|m)\b)?"
    r"|(?<![\w-])\d[\d,.]*\s?(?:million|billion|trillion|thousand)\b(?:\s+(?:[a-z\-]+\s+){0,2}?"
    r"(?:doses|tons|tonnes|dollars|yuan|euros|pounds|yen|rupees|troops|people|refugees|vaccines|barrels))?"
    r"|(?<![\w-])\d[\d,.]*\s?(?:percentage\s+points|percent|per\s+cent|%|doses|tons|tonnes|troops|soldiers|"
    r"dollars|yuan|euros|vaccines|ventilators|masks|barrels|megawatts|MW|km|kilometers))", re.I)


def find_events(text: str, start: int, end: int, side: Side, *, statement: int | None = None,
                book: CueBook | FieldBook | None = None) -> list[Event]:
    """Events of `text[start:end]` (one sentence) spoken from `side`; spans index `text`. The cues
    are the readout cue book's unless `book` says another (the field dictionary: `code`).

    >>> s = "China will donate 150 million doses of COVID-19 vaccine to ASEAN countries."
    >>> [(e.type, e.actor, e.target, e.polarity, [q.text for q in e.quantities])
    ...  for e in find_events(s, 0, len(s), Side(("CHN",), ("CHN", "VNM")))]
    [('AGREE', 'CHN', 'ASEAN', 'pledged', ['150 million doses'])]
    """
    events: list[Event] = []
    for clause in _clauses(text, start, end, book or cue_book()):
        events += _code_clause(text, clause, side, statement)
    return events


def _clauses(text: str, start: int, end: int, book: CueBook | FieldBook) -> list[Clause]:
    out, pos = [], start
    sentence = text[start:end]
    if ";" in sentence or "while" in sentence or "whereas" in sentence or "but" in sentence:  # a look before the regex
        for m in _CLAUSE_END.finditer(text, start, end):
            out.append(Clause(pos, m.start()))
            pos = m.end()
    out.append(Clause(pos, end))
    kept = []
    low = sentence.lower()  # one look for the sentence, its words first: most state no condition
    conditional = ("if" in low or "unless" in low or "event" in low or "provided" in low) \
        and _IF_LOWER.search(low) is not None  # a word of each of its branches before the regex
    for clause in out:
        clause.conditional = conditional
        conditions = _conditions(text, clause) if conditional else []
        clause.cues = [_as_noun(c) if c.role == "verb" and " " not in c.text
                       and _NOUN_BEFORE.search(text, max(0, c.start - 40), c.start)
                       else c for c in book.find(text, clause.start, clause.end)
                       if not any(s <= c.start < e for s, e in conditions)]
        if clause.cues:
            kept.append(clause)
    return kept


def _conditions(text: str, clause: Clause) -> list[tuple[int, int]]:
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


def _code_clause(text: str, clause: Clause, side: Side, statement: int | None) -> list[Event]:
    subject, acting, asked = subject_of(text, clause, side)
    if not acting:
        return []  # narration that names no side reports no act of theirs
    events: list[Event] = []
    doer: str | None = None  # of the clause's last described misconduct: "Beijing's A, B and C"
    accused: str | None = None  # the party the clause's last conflict event or request named
    named = any(m.code in acting for m in subject)  # "The United States deployed ..." names its actor
    coded_noun: CueMatch | None = None  # the last noun that gave events
    norm = False  # the clause states a norm all sides share (`_impersonal`)
    # "we feel the strong support of Poland": Poland's SUPPORT of the speaker, not the speaker's
    # (thanks for support stay the thanker's SUPPORT alone: the contract's hard case)
    supporters = {i: supporter for i, cue in enumerate(clause.cues)
                  if cue.role == "noun" and cue.type == "SUPPORT" and not _thanked_for(clause.cues, i)
                  and (supporter := _supporter(text, cue, clause, side, acting))}
    asked_acts: set[int] = set()  # the nouns of what an `asks` cue asks of a named party ("the need for the
    # withdrawal of Israeli forces"): its object, no act of the speaker's
    for i, cue, stop in _reporting_cues(text, clause, side, acting):
        if i in asked_acts:
            continue
        if cue.role == "noun" and coded_noun is not None and coded_noun.type == cue.type \
                and len(text[coded_noun.end:cue.start].split()) <= 6:
            continue  # "the US provision of an additional package of assistance": one act, named twice
        if i in supporters:
            continue  # the other side's support: coded after the loop
        decided = _decide(text, clause, cue)
        if decided is None:
            continue
        type_, polarity, negated, passive = decided
        if type_ == "REQUEST" and cue.role == "verb" and _impersonal(text, clause, cue, side, acting):
            if not cue.text.lower().startswith("need"):
                norm = True
                continue  # "a nuclear war cannot be won and must never be fought", said by all sides together
            type_, polarity = "AGREE", "pledged"  # "discussed the need to expand the FTA": their own plan
        if type_ in FORCE and side.parties and not named and not passive:
            continue  # "condemnation of terrorist attacks": force in a readout is someone else's
        if passive and side.parties and type_ in MATERIAL \
                and (agent := agent_of(text, cue, clause, side)) in side.parties:
            pairs = [(agent, other) for other in side.others(agent)]  # "the assistance provided by the United States"
        elif passive:  # "Three US servicemen were killed by ...": the subject is the target
            agent = agent_of(text, cue, clause, side)
            victim = next((m.code for m in reversed(clause.mentions) if m.end <= cue.start and not m.located), None)
            if side.parties and (agent == UNSPECIFIED or victim is None or type_ not in HOSTILE):
                continue  # "citizens who are wrongfully detained": not the speaker's act, and no one's named
            # "Ukrainian citizens illegally detained by Russia": the named agent's act on the named victim
            pairs = [(agent, victim)] if side.parties else \
                [(agent, next((m.code for m in subject if not m.located), None))]
        elif cue.role == "asks":
            parties = _asked_after(text, cue, clause)
            if not parties and (of_act := _asked_of_an_act(text, clause, i)) is not None:
                parties, noun = of_act
                asked_acts.add(noun)
            pairs = [(actor, party) for party in parties for actor in acting if party not in acting]
            joint = side.joint(acting)
            if not pairs and parties and joint:  # "the need for the United States and the PRC to work together"
                pairs = [(actor, other) for actor in acting for other in side.others(actor)]
            elif not parties and joint and cue.text.lower().startswith(("need", "necessity")) \
                    and not _AGREED_ON.search(text, max(clause.start, cue.start - 30), cue.start) \
                    and not _COOPERATIVE_NOUN.match(text, cue.end) \
                    and not any(c.start >= cue.end and family(c.type) == "cooperative" for c in clause.cues):
                # not "the need for close coordination", "the need to strengthen ties": the sides' own
                pairs = [(actor, UNSPECIFIED) for actor in acting]  # "stressed the need for some rapid action"
                # together: asked of those outside, as a joint call is ("agreed on the need for ..." is their AGREE)
            if not pairs:
                continue
        elif cue.role == "conduct":
            threat_of_whom = a_threat_of_whom(cue)
            if doer in (None, UNSPECIFIED) or threat_of_whom:
                doer = doer_of(text, cue, stop, clause, side, set(acting))
                if threat_of_whom and doer == UNSPECIFIED:
                    continue  # "threats from every strategic direction", "the threat of nuclear war": no party
            else:  # "Beijing's A, B in Hong Kong and C": the last doer named, unless another is named right
                # before the words ("Russian aggression and China's abuses")
                doer = next((m.code for m in clause.mentions if 0 <= cue.start - m.end <= 3 and not m.located
                             and m.code not in acting), doer)
            if doer == UNSPECIFIED and norm:
                continue  # "nuclear weapons should ... deter aggression": a norm's words, no one's misconduct
            if doer == UNSPECIFIED:  # "opposes the illegal sanctions imposed by the United States", "call on
                # Russia to stop the destabilization", "that Russia's recognition ... is a clear violation"
                doer = accused or next((m.code for m in subject
                                        if m.code not in acting and not m.located and not m.topic), UNSPECIFIED)
            if doer == UNSPECIFIED and _A_THREAT_POSED.match(cue.text):
                continue  # "the climate crisis poses an existential threat", "as long as the virus ... poses a threat":
                # a hazard; a threat is a misconduct when a party poses it ("Iran poses a threat to our allies")
            pairs = [(actor, doer) for actor in acting]
        else:
            pairs = pairs_for(text, cue, stop, clause, side, acting, type_, asked)
            if type_ == "REQUEST" and (requester := _requested_by(text, cue, clause, side)):
                pairs = [(requester, other) for other in side.others(requester)]  # "at the request of Macky Sall"
            elif type_ == "AGREE" and cue.role == "verb" and (third := _asked_third(text, cue, clause, side)):
                type_, pairs = "REQUEST", [(actor, third) for actor in acting]
            elif type_ in MATERIAL or cue.type in MATERIAL:
                pairs = _material_pairs(text, cue, stop, clause, side, acting, type_, pairs, i)
        since = clause.cues[i - 1].end if i else clause.start  # "announced $150 million in humanitarian assistance for"
        words = None  # found once for all the cue's pairs
        for actor, target in pairs:
            if actor == target:
                continue  # "anyone ... blacklisted by anyone": nobody acts on themselves
            words = words or _event_words(text, clause, cue, Span(since, stop), type_)
            events.append(_event(words, type_, actor, target, polarity, negated, statement))
            coded_noun = cue if cue.role == "noun" else coded_noun
            if target not in (None, UNSPECIFIED) and \
                    (type_ in HOSTILE or (type_ == "REQUEST" and target not in side.parties)):
                accused = target  # what a conflict names, or a call on an outsider asks to stop, is the target's
    for i, supporter in supporters.items():
        cue = clause.cues[i]
        words = _event_words(text, clause, cue, Span(cue.start, clause.end), "SUPPORT")
        events += [_event(words, "SUPPORT", supporter, actor, "done", False, statement)
                   for actor in acting if actor != supporter]
    return _merged(events)


_OWNER_GAP = re.compile(r"['’]s?(?:\s+(?:[a-z][\w-]*|and)){0,4}\s+|\s+")  # "Japan's firm and unwavering", "US"
_OF_AFTER = re.compile(r"\s+(?:of|from|by)\s+(?:the\s+)?", re.I)


def _supporter(text: str, cue: CueMatch, clause: Clause, side: Side, acting: list[str]) -> str | None:
    """The other side named as the one whose support the words are: "Japan's firm and unwavering
    support", "the strong leadership support of Poland" (the gold codes their SUPPORT of the speaker)."""
    if not side.parties:
        return None
    others = {p for p in side.parties if p not in acting}
    for m in reversed(clause.mentions):  # the owner before the words
        if m.end <= cue.start and m.code in others and not m.located and _OWNER_GAP.fullmatch(text, m.end, cue.start):
            return m.code
    after = next((m for m in clause.mentions if m.start >= cue.end), None)  # "support of Poland"
    if after is not None and after.code in others and (
            (cue.text.lower().endswith((" of", " from", " by")) and _THE_ONLY.fullmatch(text, cue.end, after.start))
            or _OF_AFTER.fullmatch(text, cue.end, after.start)):
        return after.code
    return None


_PERSON = re.compile(r"\b(?:we|they|you|i|he|she|sides?|parties|countries|states|governments|nations|leaders|"
                     r"ministers|community|everyone|all)\b", re.I)
_THE_NEED = re.compile(r"\bthe\s+(?:[a-z]+\s+)?$", re.I)
_CLAUSE_OPENING = re.compile(r".*(?:\bthat\b|[,;:–—]|\bwhich\b|\band\b)", re.I | re.S)


def _impersonal(text: str, clause: Clause, cue: CueMatch, side: Side, acting: list[str]) -> bool:
    """A norm all sides state together, whose subject is a thing, not anyone asked to act ("nuclear
    weapons should serve defensive purposes", "the further spread of such weapons must be
    prevented"): no request of anyone, as the contract codes statements of principle."""
    if not side.parties or not MODAL_CUE.match(cue.text) or len(acting) < 2 or set(acting) < set(side.parties):
        return False
    if _THE_NEED.search(text, max(clause.start, cue.start - 30), cue.start):
        return True  # "discussed the (urgent) need to ...": a noun, with no subject of its own
    opening = _CLAUSE_OPENING.match(text, clause.start, cue.start)
    subject_start = opening.end() if opening else clause.start
    if any(subject_start <= m.start < cue.start for m in clause.mentions):
        return False
    return not _PERSON.search(text, subject_start, cue.start)


_NEED_FOR = re.compile(r"\s*(?:on\s+|upon\s+)?the\s+(?:need|necessity|importance)\s+(?:for|of)\s+")
_ON_TOPIC = re.compile(r"\s*(?:On|Regarding|Concerning|As for|As regards|With regard to)\s+(?:the\s+)?")
_TO_ACT = re.compile(r"\s+(?:to|should|must|[a-z]+ing)\b")


def _asked_third(text: str, cue: CueMatch, clause: Clause, side: Side) -> str | None:
    """ "The two sides agreed on the need for Russia to withdraw its troops": what the sides agree
    on is a third party's act, asked of it (the contract's hard case: a REQUEST from each side to
    the third party, no AGREE between the sides). The party, or None."""
    need = _NEED_FOR.match(text, cue.end)
    if need is None:
        return None
    party = next((m for m in clause.mentions if m.start == need.end()), None)
    if party is not None and party.code not in side.parties and _TO_ACT.match(text, party.end):
        return party.code
    # "On Iran, they agreed on the importance of de-escalating tensions": the topic's party is asked
    topic = _ON_TOPIC.match(text, clause.start)
    party = next((m for m in clause.mentions if topic and m.start == topic.end()), None)
    if party is None or party.code in side.parties or not text.startswith(",", party.end):
        return None
    return party.code


_THE = re.compile(r"\s*(?:the\s+)?")
_OWNED = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*(?=\s+(?:to|should|must|[a-z]+ing)\b)")
_AGREED_ON = re.compile(r"\bagreed\s+(?:on|upon)\s+(?:the\s+)?(?:urgent\s+)?$", re.I)
_COOPERATIVE_NOUN = re.compile(r"\s+(?:\w+\s+){0,2}?(?:cooperation|coordination|collaboration|dialogue|partnership|"
                               r"engagement|consultations?|contacts?)\b", re.I)
_COORDINATED_PARTY = re.compile(r"(?:\s*,)?\s+(?:and|or)\s+(?:the\s+)?|\s*,\s*(?:the\s+)?")


def _asked_after(text: str, cue: CueMatch, clause: Clause) -> list[str]:
    """The parties an `asks` cue names right after it, when an act follows ("the need for Russia to
    withdraw", "the importance for France and Germany to continue")."""
    at = _THE.match(text, cue.end).end()
    first = next((i for i, m in enumerate(clause.mentions) if m.start == at and not m.located), None)
    if first is None:
        return []
    named = [clause.mentions[first]]
    for m in clause.mentions[first + 1:]:  # "France and Europe"
        if not _COORDINATED_PARTY.fullmatch(text, named[-1].end, m.start):
            break
        named.append(m)
    end = named[-1].end
    owned = _OWNED.match(text, end)  # "Lebanon's leaders to come together", "Russia's government taking steps"
    if not (_TO_ACT.match(text, end) or (owned and _TO_ACT.match(text, owned.end()))):
        return []
    return [m.code for m in named if m.code != UNSPECIFIED]


_A_THREAT_POSED = re.compile(r"pos(?:e|es|ed|ing)\b", re.I)  # the conduct cues of a threat posed (plover_cues.yaml)


_AN_ACTS_WORDS = re.compile(r"\s*(?:the\s+|a\s+|an\s+)?(?:(?:complete|full|immediate|total|unconditional|prompt|early|"
                            r"swift|safe|orderly|timely)\s+(?:and\s+)?){0,3}")


def _asked_of_an_act(text: str, clause: Clause, index: int) -> tuple[list[str], int] | None:
    """The parties an `asks` cue asks to act by the act's noun right after it, and that noun's place: "stressed the
    need for the immediate withdrawal of Russian forces", "... of the Israeli occupation forces" (State, Gulf agencies),
    as "called for the withdrawal of Russian troops" asks it of Russia. Only a noun of withdrawal or concession whose
    doer follows it: "the release of Ukrainian prisoners" (an act's cue, its object no doer) is left as it was."""
    cue = clause.cues[index]
    if index + 1 >= len(clause.cues):
        return None
    noun = clause.cues[index + 1]
    if noun.role != "noun" or noun.type not in _ASKED_ACTS \
            or _AN_ACTS_WORDS.fullmatch(text, cue.end, noun.start) is None:
        return None
    at = _THE.match(text, noun.end).end()
    doers = [m for m in clause.mentions if m.start == at and not m.located and m.code != UNSPECIFIED]
    return ([doers[0].code], index + 1) if doers else None


_ASKED_ACTS = frozenset({"RETREAT", "CONCEDE"})  # what a party is asked to do by its noun: withdraw, release, ease


def _material_pairs(text: str, cue: CueMatch, stop: int, clause: Clause, side: Side, acting: list[str], type_: str,
                    pairs: list[tuple[str, str | None]], index: int) -> list[tuple[str, str | None]]:
    """Who gives to whom, when the words say the aid or cooperation is not the speaker's to the other
    side (`pairs`, the default):

    - thanked for: "thanked Germany for the air-defence systems it provided" (the hard case);
    - given by a side: "the assistance provided by the government of Poland";
    - given to the speaker: "financial support for Ukraine" in Ukraine's words;
    - owned by a side: "the US provision of an additional package", "welcomed Denmark's provision of
      assistance to Ukraine" (to whom the words name, else the speaker).
    """
    giver = _giver(text, cue, clause, side, acting) if cue.role == "noun" else None
    if cue.role in ("act", "noun") and giver is None and _thanked_for(clause.cues, index):
        return [(target, actor) for actor, target in pairs if target is not None]
    if type_ in MATERIAL and cue.role == "act" and _BY_AFTER.match(text, cue.end) \
            and (agent := agent_of(text, cue, clause, side)) in side.parties:
        return [(agent, other) for other in side.others(agent)]
    if type_ in MATERIAL and (getter := _for_the_speaker(text, cue, stop, clause, acting)):
        return [(other, getter) for other in side.others(getter)]
    if giver is not None:
        return [(giver, actor if target in (None, giver) else target) for actor, target in pairs]
    return pairs


_AT_THE_REQUEST = re.compile(r"\bat\s+(?:the|his|her|their)\s+$", re.I)
_OF = re.compile(r"\s+of\s+(?:the\s+)?")


def _requested_by(text: str, cue: CueMatch, clause: Clause, side: Side) -> str | None:
    """ "at the request of the Indian Prime Minister": the request was that side's, not the speaker's."""
    if not _AT_THE_REQUEST.search(text, max(0, cue.start - 12), cue.start):
        return None
    of = _OF.match(text, cue.end)
    party = next((m for m in clause.mentions if of and m.start == of.end()), None)
    return party.code if party is not None and party.code in side.parties else None


def _giver(text: str, cue: CueMatch, clause: Clause, side: Side, acting: list[str]) -> str | None:
    """The other side, named as the owner of the aid or cooperation the speaker speaks of ("the US
    provision of assistance", "American assistance", "Japan's support"): it gives, the speaker gets."""
    owner = next((m for m in reversed(clause.mentions) if m.end <= cue.start), None)
    if owner is None or owner.located or len(text[owner.end:cue.start].split()) > 2:
        # "comprehensive assistance provided by the government and the people of the Republic of Poland"
        owner = next((m for m in clause.mentions if m.start >= cue.end
                      and _GIVEN_BY.fullmatch(text, cue.end, m.start)), None)
        if owner is None:
            return None
    return owner.code if owner.code in side.parties and (owner.code not in acting or len(acting) > 1) else None


_BY_AFTER = re.compile(r"\s+by\s", re.I)
_GIVEN_BY = re.compile(r"\s*(?:\S+\s+){0,2}?(?:provided|given|delivered|allocated|extended|sent|offered)\s+by\s+"
                       r"(?:the\s+)?(?:[\w’'-]+\s+){0,6}?(?:of\s+)?(?:the\s+)?", re.I)
_FOR_OR_TO = re.compile(r"\s*(?:\S+\s+){0,3}?(?:for|to)\s+(?:the\s+)?", re.I)
_THE_ONLY = re.compile(r"\s*(?:the\s+)?", re.I)


def _for_the_speaker(text: str, cue: CueMatch, stop: int, clause: Clause, acting: list[str]) -> str | None:
    """Aid or cooperation "for Ukraine" (or "to Ukraine") said by Ukraine: given to the speaker, whose
    code this is (None when the words give to no speaker)."""
    ends_with_for = cue.text.lower().endswith((" for", " to"))
    return next((m.code for m in clause.mentions if cue.end <= m.start < stop and m.code in acting
                 and (_FOR_OR_TO.fullmatch(text, cue.end, m.start)
                      or (ends_with_for and _THE_ONLY.fullmatch(text, cue.end, m.start)))), None)


_THANKS = re.compile(r"thank|grateful|gratitude|appreciat", re.I)


def _thanked_for(cues: list[CueMatch], index: int) -> bool:
    """ "thanked Germany for the air-defence systems it provided": the aid a speaker thanks for was
    the thanked side's, given to the speaker (the contract's hard case: SUPPORT to the giver and AID
    giver -> receiver). The last verb or noun before `cues[index]` decides; found by walking back,
    not by copying the list before it (a clause of thousands of cues stays linear)."""
    verb = next((cues[k] for k in range(index - 1, -1, -1) if cues[k].role in ("verb", "noun")), None)
    return verb is not None and verb.type == "SUPPORT" and _THANKS.search(verb.text) is not None


def _reporting_cues(text: str, clause: Clause, side: Side, acting: list[str]) -> Iterator[tuple[int, CueMatch, int]]:
    """The cues that report an act of their own, each with its index and where its object stops.

    A verb governs what follows it in its family ("stands ready to work with China": one AGREE), an
    act its own nouns ("provide ... assistance to"), an infinitive after either is their purpose
    ("would provide AUD 20 million to support clean energy"); "is prepared to impose martial law" is
    the THREATEN the act becomes, not an AGREE.
    """
    verb: CueMatch | None = None  # the clause's last verb
    act: str | None = None  # the type of the clause's last act
    stops = _object_stops(text, clause)
    for i, cue in enumerate(clause.cues):
        governor = verb.type if verb else None
        stop = stops[i]
        if verb is not None and _NEW_PREDICATE.search(text, verb.end, cue.start):
            verb, governor = None, None  # "celebrated the partnership and reaffirmed our commitment to ...": a verb
            # no cue reads ends the last one's reach
        if cue.role in ("act", "noun") and governor is not None and _absorbs(governor, cue.type):
            continue
        if cue.role == "noun" and governor in ("ACCUSE", "REJECT") and _object_of(text, verb, cue):
            continue  # "opposes the support package for Taiwan": what is opposed, not the speaker's aid
        if cue.role == "verb" and _infinitive(text, cue) and (governor or act) and _absorbs(governor or act, cue.type):
            continue
        if cue.role == "noun" and act is not None and family(act) == family(cue.type):
            continue
        if cue.role == "act":
            act = cue.type
        if cue.role == "conduct" and not side.parties:
            continue  # a news line's "illegal", "invasion" describe; only a speaker accuses
        if cue.role == "noun" and owned_by_other(text, cue, clause, side, acting):
            continue  # "UN sanctions on the DPRK" in a US readout: the UN's act, not the speaker's
        if cue.role == "verb":
            verb = cue
            if cue.type == "AGREE" and _threat_follows(text, cue, clause.cues[i + 1:]):
                continue
        yield i, cue, stop


_NEW_PREDICATE = re.compile(r"\band\s+(?:also\s+|further\s+)?(?:re)?(?:affirmed|reiterated|stressed|emphasi[sz]ed|"
                            r"underscored|underlined|highlighted|noted|expressed|discussed|reviewed)\b", re.I)


def _object_stops(text: str, clause: Clause) -> list[int]:
    """Where each cue's object stops: at the next verb (not an infinitive) or, unless the cue is a
    request, at the next cue of another family. One pass from the end (a clause of thousands of cues,
    as junk text makes, stays linear)."""
    families = ("cooperative", "neutral", "hostile")
    next_verb = clause.end
    next_other = dict.fromkeys(families, clause.end)  # family -> the next cue not of it
    stops = [clause.end] * len(clause.cues)
    for k in range(len(clause.cues) - 1, -1, -1):
        cue = clause.cues[k]
        own = family(cue.type)
        stops[k] = min(next_verb, next_other[own]) if cue.type not in NEUTRAL else next_verb
        if cue.role == "verb" and not _infinitive(text, cue):
            next_verb = cue.start
        for f in families:
            if f != own:
                next_other[f] = cue.start
    return stops


def _object_of(text: str, verb: CueMatch, noun: CueMatch) -> bool:
    """A cooperative noun is the object of the opposing verb right before it ("rejects the
    provision of weapons to Russia"), not after another verb or list ("condemned the aggression
    and discussed our support for Ukraine" is that support)."""
    between = text[verb.end:noun.start]
    return family(noun.type) == "cooperative" and len(between.split()) <= 4 and not _COORDINATED.search(between)


_COORDINATED = re.compile(r",|;|\band\b|\bbut\b")


def _merged(events: list[Event]) -> list[Event]:
    """One event per (type, actor, target) in a clause: "thanked and congratulated China" is one
    SUPPORT whose evidence is the clause; the amounts of every cue are kept."""
    kept: dict[tuple[str, str, str | None], Event] = {}
    for e in events:
        first = kept.setdefault((e.type, e.actor, e.target), e)
        if first is not e:
            first.quantities += [q for q in e.quantities if q not in first.quantities]
    return list(kept.values())


def _threat_follows(text: str, cue: CueMatch, rest: list[CueMatch]) -> bool:
    """The promise is of force or sanctions, right after it: "is prepared to impose martial law"."""
    return bool(rest) and rest[0].role in ("act", "noun") and rest[0].type in HOSTILE \
        and len(text[cue.end:rest[0].start].split()) <= 3


def _absorbs(governor: str, type_: str) -> bool:
    """A verb's clause holds what it promises, thanks for or asks: "stands ready to work with
    China" is one AGREE. A conflict cue after a cooperative verb is an act of its own ("agreed to
    impose costs on Russia"), and so is the material act that was welcomed or praised ("welcomed
    the launch of the first trilateral exercise" is SUPPORT and COOPERATE)."""
    if governor == "SUPPORT" and type_ in MATERIAL:
        return False
    return governor in NEUTRAL or family(governor) == family(type_)


def _decide(text: str, clause: Clause, cue: CueMatch) -> tuple[str, str, bool, bool] | None:
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
    if cue.role == "act" and _DETERMINED.search(before):
        return None  # "the resolution of the abductions issue", "the attacks": the act's word as a noun, a topic
    head = cue.text.split()[0].lower()  # the cue's first word, as written
    if cue.role == "act" and (stem := cue.cue.phrase.split()[0]).endswith("*") and head[len(stem) - 1:] in _NOUN_ENDINGS:
        return None  # "Nazi invaders", "the bombers", "the allocation": who does the act, or its name, not the act itself
    passive = cue.role == "act" and (bool(_PASSIVE.search(before)) or _reduced_passive(text, cue))
    if cue.role == "noun" and type_ == "SUPPORT" and (_MONEY.search(before) or _MATERIAL_KIND.search(before)):
        type_ = "AID"  # "$50 million in new support for Indonesia's clean energy transition", "our continued
        # military support for NATO Allies": money or means given, not words
    if cue.role in ("act", "noun") and not passive:
        lead = text[clause.start:cue.start]
        if type_ == "AID" and _ANNOUNCED.search(lead):
            type_, polarity = "AGREE", "pledged"  # aid announced is aid promised (plover.md: AGREE)
        past = cue.role == "act" and _PAST.search(head) is not None and not _BE_BEFORE.search(before)
        intent = _INTENT.search(lead[-80:]) if cue.role == "act" else None
        if intent and not head.endswith("ing") and any(
                m.end <= cue.start and len(text[m.end:cue.start].split()) <= 1 and not m.located for m in clause.mentions):
            intent = None  # "discussed the Russian military build-up": another party's act they talked of, named by its
            # doer's adjective right before it, not a plan (not "efforts to provide", "the EU working together")
        if _PROMISE.search(lead) and not past or intent:
            type_ = book.future.get(type_, type_)
            polarity = "pledged"
        elif cue.role == "act" and not _finite(cue.text, before):
            return None
        conditional = clause.conditional and _IF.search(text, clause.start, clause.end) or _POSSIBLE.search(lead)
        if (conditional and type_ in HOSTILE and type_ != "ACCUSE") or \
                (polarity == "pledged" and _ULTIMATUM.search(text, cue.end, clause.end)):
            type_ = "THREATEN"
    if negated:
        flipped = book.negated.get(type_)
        if flipped is None:
            return None
        type_ = flipped
    return type_, polarity, negated, passive


_BY_A_NAME = re.compile(r"(?:\s+[a-z][\w-]*){0,8}?\s+by\s+(?:the\s+)?[A-Z]")


def _reduced_passive(text: str, cue: CueMatch) -> bool:
    """ "six million Jews tortured in ghettoes and killed by the Nazis": a participle whose agent is
    named after "by" reports what was done to its noun, not an act of the clause's subject."""
    return cue.text.endswith(("ed", "en")) and bool(_BY_A_NAME.match(text, cue.end))


_TO_END = re.compile(r"\bto\s*$", re.I)
_PERFECT_END = re.compile(r"\b(?:has|have|had)\s+(?:\w+ly\s+)?$", re.I)
_BE_END = re.compile(r"\b(?:is|are|was|were|been|be)\s*$", re.I)


def _finite(words: str, before: str) -> bool:
    """Tense evidence for a material act: "provided", "sends", "is providing", not "to provide"."""
    head = words.split()[0].lower()
    if _ONGOING.search(before):
        return True
    if _TO_END.search(before):
        return False
    if _PERFECT_END.search(before):
        return True  # "Israel has withdrawn its troops"
    if head.endswith("ing"):  # "is providing"; not "thanked Japan for providing", Japan's act
        return _BE_END.search(before) is not None
    return bool(_FINITE.search(head))


def _event(words: dict, type_: str, actor: str, target: str | None, polarity: str, negated: bool,
           statement: int | None) -> Event:
    """The record of one actor and target, with the words its cue's events share (`_event_words`)."""
    return Event(type=type_, actor=actor, target=target, polarity=polarity, negated=negated, statement=statement,
                 **{**words, "quantities": list(words["quantities"])})


def _event_words(text: str, clause: Clause, cue: CueMatch, window: Span, type_: str) -> dict:
    """What the events of one cue share whoever acts on whom: their span, object, mode and amounts, found once
    for the cue's pairs (a cue of both sides on a third gives two events of the same words). `window` runs from
    the previous cue to the next, where the cue's mode words and amounts stand."""
    if clause.trimmed is None:
        clause.trimmed = _trimmed(text, clause.start, clause.end)
    clause_span = clause.trimmed
    span = Span(min(clause_span.start, cue.start), max(clause_span.end, cue.end))  # "China is ready to"
    obj = _trimmed(text, cue.end, window.end, final_stop=False)
    mode = cue_book().mode_of(type_, cue.cue, window.of(text)) if type_ == cue.type else None
    return dict(span=span, text=span.of(text), trigger=Span(cue.start, cue.end), object=obj if obj.end > obj.start else None,
                mode=mode, intensity=intensity(type_, mode), quantities=tuple(_quantities(text, window)),
                cue=f"{cue.type} {cue.role}: {cue.cue.phrase}")


def _trimmed(text: str, start: int, end: int, *, final_stop: bool = True) -> Span:
    """`[start, end)` without the spaces, punctuation and dangling "and" at its edges (and without
    the sentence's full stop, for an object)."""
    chunk = text[start:end]
    lead = len(chunk) - len(chunk.lstrip(" ,;:—–-\n"))
    tail = len(_without_dangling(chunk if final_stop else chunk.rstrip(".")))
    return Span(start + lead, start + max(lead, tail))


def _without_dangling(chunk: str) -> str:
    """`chunk` without the trailing spaces, punctuation and conjunctions of its last 40 characters, what
    `(?:[\\s,;:—–-]|\\b(?:and|or|but|to|as well as)\\b)+$` matches there; read from the end, as such a
    regex is tried from every position."""
    floor = max(0, len(chunk) - 40)
    end = len(chunk)
    while end > floor:
        if chunk[end - 1].isspace() or chunk[end - 1] in _DANGLING_MARKS:
            end -= 1
            continue
        for word in _DANGLING_WORDS:  # a whole word, the start of the 40 characters counting as a boundary
            start = end - len(word)
            if start >= floor and chunk.startswith(word, start) and (
                    start == floor or not (chunk[start - 1].isalnum() or chunk[start - 1] == "_")):
                end = start
                break
        else:
            break
    return chunk[:end]


_TO_BEFORE = re.compile(r"\bto\s+$")


def _infinitive(text: str, cue: CueMatch) -> bool:
    return _TO_BEFORE.search(text[max(0, cue.start - 4):cue.start]) is not None


def _quantities(text: str, span: Span) -> list[Quantity]:
    if not _DIGIT.search(text, span.start, span.end):
        return []  # most objects hold no number; the amount regex is costly where they do not
    return [Quantity(m.group(), Span(m.start(), m.end())) for m in _QUANTITY.finditer(text, span.start, span.end)]


# -- the stage ------------------------------------------------------------------------------------

def code_events(doc: Document) -> Document:
    """The encounter as CONSULT, then the events of every attributed statement, in text order."""
    parties = tuple(unique(p.country for p in doc.participants if p.country))
    by_name = {p.name: p.country for p in doc.participants if p.country}
    people = tuple((alias, p.country) for p in doc.participants if p.country
                   for alias in (p.name, *p.aliases) if len(alias) > 2 and alias[0].isupper())
    encounters = find_encounters(doc, parties)
    accused: str | None = None  # the outsider last accused, for "condemned these launches" later on
    events = _encounter_events(doc, parties, encounters.links if encounters else None)
    for index, st in enumerate(doc.statements):
        if index == doc.lead and not (doc.encounter and doc.encounter.label == "message"):
            continue  # the lead announces the encounter (its CONSULT); a message's lead is its act
        if doc.sentences[index].credit or is_heading(doc, index):
            continue  # a headline ("Lavrov's talks with Fidan") retells the lead; a dateline says nothing
        speakers = parties if st.speaker == BOTH else (by_name[st.speaker],) if st.speaker in by_name else ()
        if not speakers and not parties and not _names_an_actor(doc.text, st.span):
            continue  # nobody speaks, no side is known, and no state or leader is named: no one acts
        links = encounters.links if encounters else None
        if st.speaker == BOTH and encounters:
            if st.cue is not None and _counts_all(st.cue.of(doc.text), len(parties)):
                links = None  # "The three leaders agreed": all of them, whatever their calls
            else:  # "The two sides agreed": the sides of the encounter the paragraph reports
                speakers = encounters.sides_at(index) or speakers
        side = Side(speakers, parties, people, news=False, links=links, antecedent=accused)
        found = find_events(doc.text, st.span.start, st.span.end, side, statement=index)
        accused = next((e.target for e in reversed(found) if e.type in HOSTILE and e.target not in (None, UNSPECIFIED)
                        and e.target not in parties), accused)
        events += found
    issues_in = _IssueIndex(doc.issue_mentions)
    for event in events:
        event.issues = issues_in(event.span)  # the span of one clause or of the lead sentence
    doc.events = events
    return doc


def _names_an_actor(text: str, span: Span) -> bool:
    """Whether a sentence names a state, an organisation or a known leader (two automata, no regex):
    in a document whose sides are unknown only such a subject acts (`event_parties._actors`)."""
    return bool(actors().find(text, span.start, span.end) or find_leaders(text, span.start, span.end))


_SEPARATE = re.compile(r"\b(?:separate|separately|respectively|individual(?:ly)?)\b", re.I)


class Encounters(NamedTuple):
    """The encounters of a release that reports more than one: each as (the sentence that reports
    it, its sides), in text order, and who met whom."""

    groups: list[tuple[int, tuple[str, ...]]]
    links: frozenset[tuple[str, str]]

    def sides_at(self, sentence: int) -> tuple[str, ...] | None:
        """The sides of the encounter a sentence is about: the last one reported at or before it
        (None before the first, or when all are reported in one sentence: "separate talks")."""
        started = [sides for first, sides in self.groups if first <= sentence]
        if not started or len({first for first, _ in self.groups}) < 2:
            return None
        return started[-1]


def find_encounters(doc: Document, parties: tuple[str, ...]) -> Encounters | None:
    """The encounters of a release that reports several; None when all sides met in one.

    - The lead says the encounters were separate ("held separate phone talks with the Lao and
      Cambodian leaders"), or joins two of different forms ("held a telephone conversation with X,
      and later received a courtesy call from Y": `other`): its first side met each of the others,
      who did not meet each other.
    - Officials first named in a later sentence that reports an encounter of its own ("Also on
      Friday, Premier Li and his Spanish counterpart Rajoy exchanged messages", `participants`)
      met those named with them there, or the lead's first side when named alone.
    """
    if len(parties) < 3 or doc.lead is None:
        return None
    hub = parties[0]
    if _SEPARATE.search(doc.sentences[doc.lead].text):
        groups = [(doc.lead, (hub, other)) for other in parties[1:]]
    else:
        by_code = {p.country: p for p in doc.participants if p.country}
        lead_paragraph = doc.sentences[doc.lead].paragraph
        starts = [sent.span.start for sent in doc.sentences]
        found: dict[int, list[str]] = {}
        for code in parties:
            where = bisect_right(starts, by_code[code].span.start) - 1 if code in by_code else doc.lead
            later = where > doc.lead and doc.sentences[where].paragraph != lead_paragraph
            found.setdefault(where if later else doc.lead, []).append(code)
        if len(found) >= 2:
            groups = sorted((first, tuple(members) if len(members) > 1 else (hub, *members))
                            for first, members in found.items())
        elif doc.encounter is not None and doc.encounter.label == "other" and doc.encounter.span:
            groups = [(doc.lead, (hub, other)) for other in parties[1:]]  # one lead, encounters of two forms
        else:
            return None
    links = frozenset((a, b) for _, sides in groups for a in sides for b in sides if a != b)
    return Encounters(groups, links)


_COUNT = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _counts_all(subject: str, parties: int) -> bool:
    """ "The three leaders", "All the ministers": a subject that counts every side acts with all of
    them, even in a release of separate encounters."""
    words = subject.lower().split()
    return "all" in words or any(_COUNT.get(w) == parties or w == str(parties) for w in words)


def _encounter_events(doc: Document, parties: tuple[str, ...],
                      links: frozenset[tuple[str, str]] | None = None) -> list[Event]:
    """The encounter's CONSULT between each pair of sides, whatever its form: a call, a meeting, an
    exchange of messages (the lead of a message is also coded as its act: a congratulation is
    SUPPORT), a joint statement (its evidence the statement's first sentence) or press remarks; and
    the encounters of a release that tells several of different forms, `other` with the lead's words
    (the contract: each encounter gets its own CONSULT). An `other` without them reports none."""
    if len(parties) < 2 or doc.encounter is None or doc.encounter.label == "other" and doc.encounter.span is None:
        return []
    if doc.lead is not None:
        lead: Span | None = doc.sentences[doc.lead].span
    elif doc.encounter.span is not None:
        lead = doc.encounter.span
    else:
        first = first_body_sentence(doc)
        lead = doc.sentences[first].span if first is not None else None
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
        for a, b in permutations(parties, 2)
        if parties.index(a) < parties.index(b) and (links is None or (a, b) in links)
    ]


class _IssueIndex:
    """The issues mentioned inside a span, found by bisection: a readout's mentions are in text
    order, so each event's look is logarithmic, not a scan from the start (a long transcript with
    thousands of events and mentions was quadratic)."""

    def __init__(self, mentions: list[IssueMention]) -> None:
        self.mentions = mentions
        self.starts = [m.span.start for m in mentions]
        self.longest = max((m.span.end - m.span.start for m in mentions), default=0)

    def __call__(self, span: Span) -> list[str]:
        first = bisect_left(self.starts, span.start - self.longest)  # a mention may begin before the span
        last = bisect_left(self.starts, span.end)
        return unique([m.issue for m in self.mentions[first:last] if m.span.end > span.start])


def code(sentence: str) -> list[Event]:
    """Events of a bare sentence (a news line, a readout sentence), actors taken from the sentence.

    The readout cue book first; where it finds nothing, the field's verb dictionary (PETRARCH2's,
    `lexicons.plover.FieldBook`), which knows the vocabulary of news ("sought refuge", "shelled")
    but, read without a parse, reads readouts worse than the cue book (bench/RESULTS.md, issue 12).

    >>> [(e.type, e.actor, e.target) for e in code("Libya has offered to hand over two suspects to Britain.")]
    [('AGREE', 'LBY', 'GBR')]
    >>> [(e.type, e.actor, e.target, e.cue) for e in code("Israeli police evicted Palestinian families.")]
    [('COERCE', 'ISR', 'PSE', 'COERCE verb: evict (CAMEO 174)')]
    """
    return find_events(sentence, 0, len(sentence), Side()) or \
        find_events(sentence, 0, len(sentence), Side(), book=field_book())
