"""Find the sentence that announces the encounter and label the encounter.

Rules are data (`lexicons/encounters.yaml`): an ordered list of labels with cue patterns, first
match wins (dateparser's ordered strategies). The lead sentence matters beyond the label: it is
narration (speaker `null`), it names the participants, and it dates and places the encounter.
Finding the lead and finding the label are separate questions: a lead whose wording is in no cue
list ("Chinese President Xi Jinping and his U.S. counterpart, Donald Trump, discussed ...") still
names the participants, and its encounter is then labelled from the title or `other`.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache
from itertools import islice, takewhile
from typing import NamedTuple

from communique.lexicons import load_yaml
from communique.lexicons.actors import leader_country
from communique.lexicons.leader_names import find_leaders
from communique.model import Document, Encounter, Sentence, Span
from communique.patterns import Alternatives, GatedPattern
from communique.stages.segment import DATELINE_OPENING, first_body_sentence, is_heading, title_cased

Rules = tuple[tuple[str, "re.Pattern[str] | _LabelsCues"], ...]  # a label and its cues, searched as a regex is


class _Lexicon(NamedTuple):
    lead_window: int
    labels: Rules  # every label's cues, then the weak ones
    strong: Rules  # the labels' cues alone
    in_titles: Rules  # the labels' cues in the order titles are read
    joint: Alternatives
    any_cue: GatedPattern  # `labels` in one look at a sentence: see `_look_before`
    any_strong: GatedPattern  # `strong` so
    to_the_press: Alternatives  # the press_remarks cues and `remarks_to_the_press`: `remarks_after_the_encounter`


def _cue_regex(cues: list[str]) -> Alternatives:
    # "(?<!\w)" rather than "\b" before the cues: the same where a cue begins with a letter (each one
    # does), and re searches it about a third faster
    return Alternatives(cues, r"\b", re.IGNORECASE, head=r"(?<!\w)")


class _LabelsCues(NamedTuple):
    """One label's cues among every label's (`cues`, by place): searched as the label's alternation would be, each cue
    alone, for a sentence that holds its words; the words of every label's cues are looked for once a sentence, not
    once a label, and a label's alternation was tried cue by cue at every position of the sentence."""

    cues: Alternatives
    among: range

    def search(self, text: str) -> re.Match[str] | None:
        return self.cues.search(text, self.among)


def _labelled(cues: list[tuple[str, list[str]]]) -> Rules:
    """Each label's cues, in the order given, all searched through one `Alternatives`."""
    every = _cue_regex([cue for _, label_cues in cues for cue in label_cues])
    rules, start = [], 0
    for label, label_cues in cues:
        rules.append((label, _LabelsCues(every, range(start, start + len(label_cues)))))
        start += len(label_cues)
    return tuple(rules)


def _look_before(cues: list[str]) -> GatedPattern:
    """All the cues in one pattern, for a first look at a sentence, which most often has none: the
    words one of which each cue needs ("met", "call", "talks"), looked for in one pass; the labels'
    cues then read the sentence (running the whole alternation as well cost more than it saved)."""
    return GatedPattern(re.compile(r"(?<!\w)(?:" + "|".join(cues) + r")\b", re.IGNORECASE))


@cache
def _rules() -> _Lexicon:
    data = load_yaml("encounters.yaml")
    weak = data.get("weak_labels") or {}
    labels = _labelled([*data["labels"].items(), *weak.items()])  # a label's strong cues, then its weak ones
    strong = labels[:len(data["labels"])]
    by_label = dict(strong)
    in_titles = tuple((label, by_label[label]) for label in data["fallback_order"] if label in by_label)
    every_strong = [cue for cues in data["labels"].values() for cue in cues]
    return _Lexicon(data["lead_window"], labels,
                    strong, in_titles, _cue_regex(data["joint_statement"]),
                    _look_before(every_strong + [cue for cues in weak.values() for cue in cues]),
                    _look_before(every_strong), _cue_regex(data["labels"]["press_remarks"] + data["remarks_to_the_press"]))


def classify(sentence: str, rules: Rules | None = None, *, strong_only: bool = False
             ) -> tuple[str, tuple[int, int]] | None:
    """(label, cue offsets) for the first label whose cue occurs in `sentence`.

    >>> classify("President Biden held a video call today with President Putin.")
    ('video_call', (23, 33))
    >>> classify("The Secretary-General called the President of France this morning.")[0]
    'phone_call'
    >>> classify("Vladimir Putin congratulated Yoon Suk-yeol on being elected President.")[0]
    'message'
    """
    sentence = sentence.replace("\xa0", " ")  # "on July 27, 2023\xa0to meet with" (the White House's pages): the cues'
    # spaces are any space; one character for one, so the offsets hold
    if rules is None:
        return _classify_with_the_lexicon(sentence, strong_only)
    return _first_cue(sentence, rules)


@lru_cache(maxsize=1024)  # the encounter's window, the participants' later sentences and the fallback ask again
def _classify_with_the_lexicon(sentence: str, strong_only: bool) -> tuple[str, tuple[int, int]] | None:
    lexicon = _rules()
    if not (lexicon.any_strong if strong_only else lexicon.any_cue).may_match(sentence):
        return None
    return _first_cue(sentence, lexicon.strong if strong_only else lexicon.labels)


def _first_cue(sentence: str, rules: Rules) -> tuple[str, tuple[int, int]] | None:
    """The first label whose cue occurs in the main clause, before any ", who ..." clause ("received X, who delivered
    a written message from Y": a meeting, KUNA, QNA, WAM); failing that, anywhere ("X, who is visiting Doha, met Y")."""
    relative = _RELATIVE_CLAUSE.search(sentence)
    for text in (sentence[:relative.start()], sentence) if relative else (sentence,):
        for label, pattern in rules:
            if match := pattern.search(text):
                return label, match.span()
    return None


_RELATIVE_CLAUSE = re.compile(r",\s+who\s")


def find_encounter(doc: Document) -> Document:
    """The lead is the first of the first `lead_window` body sentences with a cue; a headline
    line ("Xi Jinping Holds Talks with ...") is the lead only when no sentence after it in the
    window has one: the body's sentence names the participants with their titles ("President Xi
    Jinping held talks with ..."), a headline often without. Credit lines do not count toward the
    window, and a weak cue (congratulations, condolences) counts only in the body's opening
    sentence. With no cue in the window, the lead is the first body sentence that names two
    officials when the title announces an encounter, or an opening sentence in which officials of
    two states discussed something (`_officials_lead`)."""
    window = _rules().lead_window
    first = first_body_sentence(doc)
    doc.own_words = own_words_under_the_headline(doc, None)
    if (voiced := in_the_parties_voice(doc, first)) is not None:
        # "We, the G7 Foreign Ministers of ..., condemn", "We, the leaders of Australia, India, ... convened": the
        # statement's own text in its parties' voice, whatever meeting it tells of (White House, State, Ukraine)
        start = doc.sentences[voiced].span.start
        doc.encounter, doc.lead = Encounter("joint_statement", Span(start, start + len("We"))), None
        return doc
    lead = None
    opening = True  # no body sentence read yet: only there does a weak cue announce the encounter
    transcript = False  # past a speaker's label: the turn's speech is no lead ("QUESTION: ... Why hold such a meeting?")
    for index, sent in enumerate(doc.sentences[:window + _skipped(doc, window)]):
        transcript = transcript or sent.turn is not None
        if sent.credit or transcript:
            continue  # "[Photo/Xinhua]", "Office of the Spokesperson": the publisher's; "SG: ...": a transcript's
        heading = is_heading(doc, index)
        # a weak cue in the body's opening sentence only: a headline's capitals pass for names ("The United States
        # Welcomes the Truce Extension in Yemen")
        found = classify(sent.text) if opening and not (heading and title_cased(sent.text)) \
            else classify(sent.text, strong_only=True)
        opening = opening and heading  # a headline or dateline line keeps the body unopened
        if found:
            lead = lead or (index, found)
            if not heading:  # "President Bola Tinubu Receives Ghanaian Counterpart" under "Press Statement"
                lead = (index, found)
                break
    if lead is None and first is not None:  # a headline below the window, in a stack of heading lines
        lead = next(((index, found) for index in range(first) if is_heading(doc, index) and not doc.sentences[index].credit
                     and (found := classify(doc.sentences[index].text, strong_only=True))), None)
    if lead is None and first is not None and (first >= window or _SAYS_FIRST.match(
            doc.sentences[first].text, (dated.end() if (dated := DATELINE_OPENING.match(doc.sentences[first].text)) else 0))
            or _STATES_AGREED.match(doc.sentences[first].text)):
        # the window counts the body's sentences when lines above filled it, or when the body opens with what an official
        # said and tells the encounter next ("President Cyril Ramaphosa says ... / Ramaphosa was speaking after holding
        # bilateral talks with ...": SABC, Kenya's and Nigeria's State House, wires)
        lead = _below_the_headings(doc, first, window)
    if lead and is_heading(doc, lead[0]) and first is not None and first > lead[0] \
            and not doc.sentences[first].turn and (found := classify(doc.sentences[first].text)):
        # a stack of heading lines ("Hon Winston Peters / Foreign Affairs / 12 March 2024 / Peters meets Chinese
        # Foreign Minister", New Zealand, Australia, Taiwan) pushes the body past the window: its opening
        # sentence, which names the officials with their titles, is still the lead over the headline
        lead = (first, found)
    elif lead and is_heading(doc, lead[0]) and first is not None and first > lead[0] \
            and (later := _body_lead_after_the_headline(doc, first, window)):
        lead = later  # "President William Ruto has said ... He said ... The President spoke on Monday at State House,
        # when he held bilateral talks with Dutch Prime Minister Mark Rutte" (Kenya, Nigeria): the body's own lead
    if lead:
        index, (label, (s, e)) = lead
        sent = doc.sentences[index]
        doc.lead = index
        doc.encounter = Encounter(label, Span(sent.span.start + s, sent.span.start + e))
        if label == "message" and doc.title and not classify(sent.text, strong_only=True) \
                and (titled := classify(doc.title, strong_only=True)) and titled[0] in _FORMS_OF_A_CONGRATULATION \
                and not _ANOTHER_TIME.search(doc.title):
            # "Secretary Blinken warmly congratulated Yair Lapid today on ..." under "Secretary Blinken's Call with ...",
            # "Kassym-Jomart Tokayev congratulated X" under "... had a telephone conversation with X" (State, Akorda): a
            # congratulation tells what was said, the title's strong cue the form; its evidence is the lead's words
            doc.encounter = Encounter(titled[0], doc.encounter.span)
        if own := own_words_under_the_headline(doc, index):
            # "Statement by Prime Minister X following his meeting with ... / Dear President, ... We had a very productive
            # discussion": the official's own words after the encounter the headline names, remarks (Greece, EU, Cyprus)
            kind = "kind" if own[0]["kind"] else "owned"
            doc.encounter = Encounter("press_remarks", Span(sent.span.start + own[0].start(kind),
                                                            sent.span.start + own[0].end(kind)))
        elif not is_heading(doc, index) and IN_THE_FIRST_PERSON.search(sent.text) and sent.text.lstrip()[:1] not in "“\"" \
                and doc.own_words:  # not the statement quoted below a narrated line
            doc.encounter, doc.lead = Encounter("press_remarks", None), None  # ... the page's title saying so over a
            # body whose first words welcome the guest ("Allow me to welcome the Secretary-General to ...": AU, UN, EU):
            # the author's words, no narrated lead
        if _statement_by_title(doc.title):
            doc.encounter = Encounter("joint_statement", None)
        return doc
    doc.encounter = _fallback(doc)
    if doc.own_words:
        # "Prime Minister X's remarks at the joint press conference with Y / Thank you very much! ... We discussed today
        # ...": the official's words under a page title that names them and the encounter; no narrated lead
        doc.encounter = Encounter("press_remarks", None)
        doc.lead = None
        return doc
    # a joint statement speaks in both voices from its first line: it has no narrated lead, and
    # participants come from the sentence that lists its parties
    doc.lead = None if doc.encounter.label == "joint_statement" else _officials_lead(doc, window)
    return doc


# the encounters a lead may say its official's remarks to the press followed, and the words between the two
_TOLD_AFTER_IN_THE_LEAD = frozenset({"talks", "meeting", "phone_call", "video_call"})
_THEN_AFTER = re.compile(r"[^.;]{0,60}?\b(?:following|after)\s+(?:(?:the|his|her|their|a|an)\s+)?(?:[\w’'-]+\s+){0,2}")


def remarks_after_the_encounter(doc: Document) -> Encounter | None:
    """The press remarks a lead says its official made after the encounter it names: "This was stated by President X
    during a conversation with media representatives following the talks with Y in Kyiv" (Ukraine's presidency), "X
    told reporters after talks with Y" (wires). The release reports those remarks, the contract's `press_remarks`, whose
    evidence are their words; the talks are what they followed, and their officials its participants (so the
    participants' stage asks, once it has them). A later sentence's "said at a joint press conference after the talks"
    leaves a lead that tells the talks as it is."""
    if doc.lead is None or doc.encounter is None or doc.encounter.span is None \
            or doc.encounter.label not in _TOLD_AFTER_IN_THE_LEAD:
        return None
    sent = doc.sentences[doc.lead]
    cue = doc.encounter.span.start - sent.span.start
    press = _rules().to_the_press.search(sent.text)
    if press is None or not 0 <= press.start() <= cue:
        return None
    if press.end() > cue or _THEN_AFTER.fullmatch(sent.text, press.end(), cue):  # its words hold the cue, or precede
        return Encounter("press_remarks", Span(sent.span.start + press.start(), sent.span.start + press.end()))
    return None


# The forms a congratulation takes that its title may name (not "talks", which a title recalls: "Tokayev congratulates
# Mirziyoyev, recalls talks with him in Samarkand"), and a title's words for another encounter than this one's
_FORMS_OF_A_CONGRATULATION = frozenset({"phone_call", "video_call", "meeting"})
_ANOTHER_TIME = re.compile(r"\b(?:ahead\s+of|before|after|following|recalls?|upcoming|next\s+week|will)\b", re.I)


# A title that calls the page the words of an official after their own encounter: "Statement by Prime Minister X
# following his meeting with ...", "Remarks by President X after his talks with ..." (Greece, Cyprus, EU, Ukraine's
# presidency), "Prime Minister X's remarks at the joint press conference with ..." (Albania, Balkan and Baltic
# governments); not "Statement from Press Secretary X on President Biden's Call with ...", whose author took no part
_SPOKEN_TITLE = re.compile(r"(?:(?P<kind>(?i:(?:(?:opening|introductory|closing|press|video)\s+)?(?:statement|remarks|address|speech|message)))"
                           r"\s+(?:by|of|from)\s+(?:the\s+)?(?P<by>[A-Z][^;]{0,160}?)"  # "by H.E. Moussa Faki Mahamat, ..."
                           r"|(?P<whose>[A-Z][^.;]{0,120}?)['’]s\s+(?P<owned>(?i:(?:(?:opening|introductory|closing|press|video)\s+)?"
                           r"(?:statement|remarks|address|speech)))\s+)"
                           r"\b(?i:(?:following|after)\s+(?:his\s+|her\s+|the\s+|a\s+)?(?:[\w-]+\s+){0,3}"
                           r"(?:meeting|talks|call|conversation|visit|audience|dialogue)"
                           # ... or at an encounter with the other side: "Remarks by Secretary General X at the joint press
                           # conference with President Y" (Council of Europe, EU, NATO), "at the Joint Press Statements with"
                           # (India's MEA, the Maldives, Sri Lanka), "Press Statement during the Joint Press Statement with"
                           # (India's PIB), "... at the joint media briefing with
                           # Federal Chancellor X" (South Africa), "at Korea-Japan Summit Joint Press Conference" (Korea)
                           r"|(?:at|during)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:joint\s+)?(?:(?:press|news|media)\s+"
                           r"(?:conference|point|encounter|briefing|availability|stakeout|statements?)|meeting\s+with)"
                           r"|on\s+(?:his|her)\s+(?:[\w-]+\s+){0,3}(?:meeting|talks|call|conversation|visit|audience))")
_FIRST_PERSON = re.compile(r"(?<![\w’'.])(?P<subject>I|[Ww]e)\s+(?=[a-z])")
_ON_HIS = re.compile(r"\bon\s+(?:his|her)\s+(?:[\w-]+\s+){0,3}[\w-]+$")
IN_THE_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|[Uu]s|[Mm]y|[Mm]e)\b")  # words in their speaker's first person
_OPENING_WORDS = 6  # the body's sentences that may hold the official's first "I" or "we": greetings and thanks come first


def spoken_title(line: str) -> re.Match[str] | None:
    """The match of a line that calls the page an official's words after their own encounter: its `kind` (or `owned`)
    says which words, its `by` (or `whose`) group opens with the official. One official ("his", "her" meeting): "Statement
    by Prime Minister X and Prime Minister Y following their meeting", "... of the Prime Ministers of ..." is both sides'."""
    m = _SPOKEN_TITLE.match(line) or _SPOKEN_TITLE.match(line, (topic.end() if (topic := _A_TOPIC.match(line)) else 0))
    return m if m is not None and not _SEVERAL.search(m["by"] or m["whose"] or "") else None


_A_TOPIC = re.compile(r"[A-Z][\w\s,'’\-]{1,40}:\s+")  # "China: Press remarks by ..." (EEAS): the page's topic first


_SEVERAL = re.compile(r"\b(?:Ministers|Presidents|Leaders|Heads|Chancellors|Secretaries|Premiers)\b|\band\s+(?:the\s+)?(?:President|"
                      r"Prime\s+Minister|Chancellor|Foreign\s+Minister|King|Premier|Vice|H\.E\.)\b|(?i:spokes\w*|press\s+secretary)")
# two officials ("... and Prime Minister Y following their meeting"), their plural office, or whoever speaks for others


def own_words_under_the_headline(doc: Document, index: int | None) -> tuple[re.Match[str], Sentence, re.Match[str]] | None:
    """For a headline line at `index` (None: the page's title) that calls the page an official's words after their own
    encounter, with the body below in the first person: (the headline's match, the body's sentence, its "I" or "we",
    outside quotation marks). The encounter stage labels such a page remarks; the participants' stage takes its author
    from the headline."""
    if index is None:  # the page's title: not "Statement by Prime Minister X on his Call with Y", a readout of the call
        spoken = spoken_title(doc.title) if doc.title else None  # in its author's first person, whose form is the call's
        if spoken is not None and _ON_HIS.search(spoken.group()):
            return None
    else:
        spoken = spoken_title(doc.sentences[index].text) if is_heading(doc, index) else None
    if spoken is None:
        return None
    # the body's opening words, up to a transcript's first turn (its labels say who speaks: "THE PRESIDENT: ...", not
    # the title), past greetings, credits, headings and salutation lines
    first = 0 if index is None else index + 1
    below = takewhile(lambda sent: not sent.turn, doc.sentences[first:])
    body = (sent for k, sent in enumerate(below, first) if not (sent.credit or is_heading(doc, k) or sent.text.endswith(",")))
    for sent in islice(body, _OPENING_WORDS):
        if (m := _FIRST_PERSON.search(sent.text)) and not re.search(r"[“\"]", sent.text[:m.start()]):
            return spoken, sent, m
    return None


_SAYS_FIRST = re.compile(r"(?:[A-Z][\w.'’\-]*\s+){1,6}(?:(?:on\s+)?(?:[A-Z][a-z]+day|today|yesterday)\s+)?(?:says|has\s+said|said)\b")
# ... "Prime Minister Muhammad Shehbaz Sharif on Wednesday said ..." after an agency's dateline (APP, PTI, Bernama)
# ... or a body that opens with what the two states agreed: "Kenya and Poland have agreed to deepen cooperation in trade
# ... / President William Ruto said ... / He spoke on Tuesday at State House, Nairobi, when he held bilateral talks with
# ..." (Kenya's and Nigeria's State House, KNA, wires)
_STATES_AGREED = re.compile(r"(?:[A-Z][\w'’\-]+\s+){1,3}and\s+(?:[A-Z][\w'’\-]+\s+){1,3}(?:have\s+|on\s+[A-Z][a-z]+day\s+)?agreed\b")


def closes_a_quotation(text: str) -> bool:
    """ "... the border for days.”": a quotation's last sentence, opened above (a closing mark it does not open; not
    'whom he described as "a dependable brother".'). A straight mark alone may open one as well: callers look at how
    the sentence starts."""
    return text.count("”") > text.count("“") or text.count('"') % 2 == 1


def _below_the_headings(doc: Document, first: int, window: int) -> tuple[int, tuple[str, tuple[int, int]]] | None:
    """The lead among the body's first `window` sentences when the lines above the body (headline,
    section, byline, date line, a city alone: "Fidan, Dar discuss ties / Press release / By ... / Ankara")
    filled the window: its opening sentence may have a weak cue, the next ones a strong cue, and a
    transcript's first turn ends the look."""
    body = [k for k in range(first, len(doc.sentences)) if not doc.sentences[k].credit
            and not doc.sentences[k].text.startswith(("“", '"')) and not closes_a_quotation(doc.sentences[k].text)
            and (k == first or not _SAYS_FIRST.match(doc.sentences[k].text) or classify(doc.sentences[k].text, strong_only=True))
            ][:window]  # a quotation of what the official said, its first sentence or its last ('"We have agreed to ...,"
    # said the President.'), and a report of it below the opening ("President William Ruto said Kenya is keen to ..."),
    # tell no encounter and fill no place of the window (Kenya's and Nigeria's State House open with the President's
    # words, then "The President spoke ... when he held talks")
    for index in body:
        if doc.sentences[index].turn:
            return None
        if _AN_EARLIER_TIME.match(doc.sentences[index].text):
            continue  # "Last month, the Prime Minister held talks with President X": an encounter before the news
        if found := classify(doc.sentences[index].text, strong_only=index != first):
            return index, found
    return None


_AN_EARLIER_TIME = re.compile(r"(?:Last|Earlier\s+this|Earlier\s+last)\s+(?:week|month|year)\b|In\s+(?:19|20)\d\d\b|"
                              r"(?:[A-Z][a-z]+\s+)?(?:weeks|months|years)\s+ago\b")


_WE_THE = re.compile(r"We,\s+the\s+")
# The publisher's line before a statement's text: "The text of the following statement was released by the G7 ...",
# "The following is the text of ..." (State, White House)
_INTRODUCES = re.compile(r"\b(?:following|below)\b[^.]{0,60}\b(?:statement|text|communiqu[eé]|declaration)\b|:\s*$", re.I)


def in_the_parties_voice(doc: Document, first: int | None) -> int | None:
    """The sentence that opens a statement's text in its parties' voice ("We, the leaders of ..."): the body's first
    (`first`, `first_body_sentence`), or the first after the publisher's lines introducing the text."""
    if first is None:
        return None
    for index in range(first, min(len(doc.sentences), first + 3)):
        sent = doc.sentences[index]
        if _WE_THE.match(sent.text):
            return index
        if not (sent.credit or _INTRODUCES.search(sent.text)):
            return None
    return None


def _body_lead_after_the_headline(doc: Document, first: int, window: int) -> tuple[int, tuple[str, tuple[int, int]]] | None:
    """A body sentence within the window's count of body sentences with a strong cue, when the lead found is the
    headline: the body names the officials in full. Not in a transcript, whose turns' speech is no lead."""
    for index in range(first, min(len(doc.sentences), first + window)):
        sent = doc.sentences[index]
        if sent.turn:
            return None
        if not sent.credit and (found := classify(sent.text, strong_only=True)):
            return index, found
    return None


def _skipped(doc: Document, window: int) -> int:
    """How many lines of the publisher's (credits, bylines) the window should look past."""
    return sum(1 for sent in doc.sentences[:window + 3] if sent.credit)


def _officials_lead(doc: Document, window: int) -> int | None:
    """The lead of a readout that announces its encounter in words no cue list holds. When the title
    (or a headline line) says there was an encounter, see `_titled_lead`. Otherwise a statement, a
    speech or a domestic item names officials too and must not gain participants: only the body's
    opening sentence is the lead, when it opens with officials of two states who discussed something
    together ("Deputy Head of the Office of the President of Ukraine X and Ambassador of the United
    Kingdom Y discussed ...", "On October 12, National Security Advisor X and UN Secretary-General Y
    discussed ..."; the opening official of no state the words give being the publisher's), or with an
    official who took part in a gathering ("Assistant Secretary X participated in a Senior Officials
    Meeting of ...", "First Lady X took part in the conference ..."): whoever else did, that official
    did. Not a statement's background ("Last year, President X and President Y discussed ...") nor
    under a title that calls the page a statement or remarks."""
    from communique.stages.participants import find_mentions, opens_with_an_office  # they read this stage's output

    headline = doc.sentences[0].text if doc.sentences and is_heading(doc, 0) else ""
    if any(classify(line, strong_only=True) for line in (doc.title or "", headline)):
        return _titled_lead(doc, window)
    first = first_body_sentence(doc)
    if first is None or _NOT_A_READOUT.search(doc.title or "") or doc.sentences[first].turn:
        return None
    sent = doc.sentences[first]
    after_the_date = opening.end() if (opening := _DATE_OPENING.match(sent.text)) else 0
    clause = sent.text[after_the_date:]
    discussed = _DISCUSSED.search(clause) is not None
    if not opens_with_an_office(clause) or _IN_THE_PAST.search(clause) \
            or not (discussed or " and " in clause or _A_GATHERINGS_VERB.search(clause)):
        return None  # the look for names last: most openings without a cue tell neither
    mentions = find_mentions(doc.text, sent.span.start, sent.span.end)
    subject = mentions[0] if mentions and (mentions[0].title_span or mentions[0].name).start \
        == sent.span.start + after_the_date else None  # the official the sentence opens with
    if subject is not None and len(mentions) >= 2 and not discussed:
        # "President of Ukraine X and Prime Minister of the United Kingdom Y, who is on a visit to our country, visited
        # St. Michael's Monastery": two officials who did something together met, whatever the verb (Ukraine's presidency)
        other = mentions[1]
        discussed = _AND_BETWEEN.fullmatch(doc.text, subject.name.end, (other.title_span or other.name).start) is not None \
            and _THEN_THEIR_VERB.match(doc.text, other.name.end) is not None
    if subject is not None and _TOOK_PART_IN.match(doc.text, max(subject.name.end, (subject.title_span or subject.name).end)):
        return first  # "Assistant Secretary X participated in a Senior Officials Meeting of the ASEAN Regional Forum",
        # "Secretary Blinken chaired the ... meeting of the Friends of the Mekong", "First Lady X took part in the
        # conference ..." (State, Ukraine's presidency, the White House): the official who took part, whoever else did
    if not discussed:
        return None
    # the subject of no state its words give, by title, is the publisher's own official, as the participants' stage
    # takes them: "Deputy Head of the Office of the President X discussed ... with Adviser to the Prime Minister of the
    # Portuguese Republic Y" (Ukraine's presidency, State)
    states = {m.country or leader_country(m.name.of(doc.text), on=doc.published)
              or (doc.publisher if m is subject and m.title_span is not None else None) for m in mentions}
    return first if len(states - {None}) >= 2 else None


_DURING_IT = re.compile(r"(?:During|In)\s+(?:the|their|this)\s+(?:(?:tele)?phone\s+|video\s+)?(?:conversation|call|talks|meeting)\s*,")


def _titled_lead(doc: Document, window: int) -> int | None:
    """The first body sentence of the window (headlines and credits aside) that names two officials
    by title and name, else the first that names one."""
    from communique.stages.participants import find_mentions

    one = None  # failing two, the first that names one: "Special Representative X led a delegation to
    # continue discussions with senior Taliban representatives in Doha" names its other side as a group
    for index, sent in enumerate(doc.sentences[:window + _skipped(doc, window)]):
        if sent.credit or sent.turn or is_heading(doc, index):
            continue
        mentions = find_mentions(doc.text, sent.span.start, sent.span.end)
        if len({m.name.of(doc.text) for m in mentions}) >= 2:
            return index
        if one is None and (mentions or _DURING_IT.match(sent.text) and find_leaders(doc.text, sent.span.start, sent.span.end)):
            one = index  # "During the conversation, the President of Kazakhstan informed Vladimir Putin ..." under
            # "Telephone conversation with President of Kazakhstan ...": the encounter the title names, told with a
            # listed leader named without a title (Kremlin, Ukraine's presidency)
    return one


# What two sides did together, in the past: the discussion a lead without an encounter's words reports
# ("X and Y discussed", "X exchanged views with Y"); "will meet ... to discuss" is an announcement.
_DISCUSSED = re.compile(r"\b(?:discussed|exchanged views|talked|conferred|held consultations|agreed|reaffirmed|reviewed|"
                        r"signed|signaled|signalled)\b", re.I)
# An official's part in a gathering, told right after their name: "participated in a Senior Officials Meeting of ...",
# "chaired the tenth anniversary meeting of ...", "took part in the online format of the conference ..."
_GATHERINGS_VERBS = r"(?:(?:co-)?chaired|(?:co-)?hosted|convened|took\s+part\s+in|participated\s+in|attended|joined|led)"
_A_GATHERINGS_VERB = re.compile(r"\b" + _GATHERINGS_VERBS + r"\s", re.I)  # a look before the names
_TOOK_PART_IN = re.compile(r",?\s+(?:also\s+|today\s+|yesterday\s+|on\s+[A-Z][a-z]+day\s+)?" + _GATHERINGS_VERBS +
                           r"\s+[^.;]{0,120}?\b(?:meeting|session|summit|conference|forum|ministerial|dialogue|roundtable"
                           r"|consultations|plenary|symposium)s?\b", re.I)
# Two officials as one subject: the "and" between them, then their verb in the past, past the second one's clause
_AND_BETWEEN = re.compile(r"\s+and\s+(?:the\s+)?")
_THEN_THEIR_VERB = re.compile(r"(?:,\s+who\s+[^,;]{3,120},)?\s+(?:also\s+|jointly\s+|together\s+|today\s+|yesterday\s+)?"
                              r"(?!(?:was|were|had|has|have|is|are)\b)[a-z]+(?:ed|ent|ook|aid)\b")  # "visited", "took"
# "agreed last year", "signed in 2019", "had previously discussed": what they did before, a statement's background
_IN_THE_PAST = re.compile(r"\b(?:last|previous)\s+(?:year|month|week|summer|spring|autumn|fall|winter)\b|\b(?:in|since|back\s+in)"
                          r"\s+(?:19|20)\d\d\b|\bpreviously\b|\bearlier\s+this\s+(?:year|month)\b", re.I)
# A date opening the sentence, before its subject: "On October 12, ", "Today, ", "Yesterday, "
_DATE_OPENING = re.compile(r"(?:On\s+)?(?:[A-Z][a-z]+day,?\s+)?(?:[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]+"
                           r"(?:\s+\d{4})?|Today|Yesterday|This (?:morning|afternoon|evening)),\s+")
_NOT_A_READOUT = re.compile(r"\b(?:Statement|Remarks|Address|Speech|Interview|Op-Ed|Fact Sheet)\b", re.I)


_NAMES_AN_ENCOUNTER = re.compile(r"\b(?:call|meeting|talks|visit|conversation|summit|dialogue)\b", re.I)  # "... Following Call"
_OF_ITS_OWN = re.compile(r"\s*(?:by|of|from|between|issued by)\b|\s*$", re.I)


def _statement_by_title(title: str | None) -> bool:
    """A title that calls the document the joint statement of its parties ("Joint Statement by
    President of Ukraine ... and President of ...", "U.S.-ROK Leaders' Joint Statement"), and names
    no encounter ("Joint Statement on the U.S.-North Macedonia Strategic Dialogue", "Joint Statement
    by President Biden and President Lula Following Call" are the encounter's): the document is the
    statement's text, even when it opens by telling of the meeting."""
    if not title:
        return False
    match = _rules().joint.search(title)
    return match is not None and _OF_ITS_OWN.match(title, match.end()) is not None \
        and not _NAMES_AN_ENCOUNTER.search(title) and not _REMARKS_TITLE.match(title)


# a transcript's title, whatever the words that follow: "Remarks by President Biden and President Zelenskyy of Ukraine in
# Joint Statement" (the White House, State: remarks given as a joint statement to the press are remarks)
_REMARKS_TITLE = re.compile(r"(?:Remarks|Transcript|Press\s+Conference)\b", re.I)


def _fallback(doc: Document) -> Encounter:
    """No sentence announces the encounter: a joint statement says so in its title or body;
    otherwise the title ("Readout of ... Call with ...") decides, without evidence in the body; failing that, a
    transcript's speakers' labels make it remarks."""
    in_titles, joint = _rules().in_titles, _rules().joint
    for sent in doc.sentences:
        if sent.turn is not None:
            break  # a transcript's speech ("we adopted a joint statement") names no encounter of the page's
        match = joint.search(sent.text)
        if match:
            return Encounter("joint_statement", Span(sent.span.start + match.start(), sent.span.start + match.end()))
    turns = [sent.turn for sent in doc.sentences if sent.turn is not None]
    if doc.title:
        if joint.search(doc.title) and not _REMARKS_TITLE.match(doc.title) and len(turns) < 2:
            return Encounter("joint_statement", None)  # not a text in its speakers' turns under "Joint press statement by
            # President X and President Y" (Élysée, Kremlin): what each said to the press, remarks
        found = classify(doc.title, in_titles)
        if found:
            return Encounter(found[0], None)
    if len(turns) >= 2:  # a transcript whatever its title ("... Before Their Meeting", "Joint news conference with ..."):
        return Encounter("press_remarks", turns[0])  # remarks, as the contract labels them; its first speaker's label
    return Encounter("other", None)
