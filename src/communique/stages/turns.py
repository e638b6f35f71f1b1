"""Find the speaker labels of a transcript: "President of Russia Vladimir Putin: Mr President, ...",
"SECRETARY BLINKEN: Thank you.", "THE PRESIDENT: Well, ...", "SG: Thank you very much.".

Press statements, remarks before a meeting and briefings are published as transcripts: each turn
opens with its speaker's label and a colon, and every sentence up to the next label is that
speaker's, whatever its subject ("We discussed ...", "The President and I reviewed ...").
Kremlin, White House, State Department and UN pages all write them so, in two styles: Title Case
with the office and the name (Kremlin, UN), and capitals (White House, State).

A sentence-initial run of capitalised words before a colon is not always a label ("Note:", "On
Ukraine:", "Namely:"), so a run counts as one when it is written in capitals, names an office
(`titles.yaml`), or, once the document has two such labels, has the shape of a person's name.
"""
from __future__ import annotations

import re
from collections import Counter

from communique.model import Document, Span
from communique.patterns import gated
from communique.stages.participants import cased, find_mentions, office_words, vocabulary
from communique.stages.segment import first_body_sentence, is_heading
from communique.stages.when_where import is_place

_LABEL = gated(re.compile(
    r"(?P<label>[A-Z][\w.’'\-]*(?:[ \t]+(?:[A-Z][\w.’'\-]*|(?:al|el|as|ad|ibn|abu)-[A-Z][\w’'\-]*"
    r"|of|the|for|and|de|da|von|van|der|al|bin|el)){0,20})"  # up to a long office, then the name repeated
    # a name in capitals, then its office in capitals: "CHRIS HIPKINS, PRIME MINISTER OF NEW ZEALAND:" (Australia's,
    # New Zealand's transcripts); the name is the label
    r"(?P<office>,[ \t]+(?:[A-Z][A-Z’'\-]*[ \t]+){0,3}(?:PRIME[ \t]+MINISTER|PRESIDENT|MINISTER|SECRETARY|CHANCELLOR|PREMIER)"
    r"(?:[ \t]+[A-Z][A-Z’'\-]*){0,6})?"
    # a note after the label, in round or square brackets: "(retranslated)" (Kremlin), "[through an interpreter]"
    # (Kantei, White House), "[Prime Minister of Finland]" (NATO), "[interpreted]" (State, UN)
    r"(?P<note>[ \t]*(?:\([^()]{2,40}\)|\[[^\[\]]{2,40}\]))?[ \t]*:(?:[ \t\xa0]+(?=\S)|[ \t]*$)"  # or alone on its
    # line, the words in the paragraphs below: "Federal Chancellor Olaf Scholz:" (Germany's Chancellery, press statements)
))
_INTRO = frozenset(
    "On In At As For Regarding Concerning About Re Note Notes Namely Imagine Look Listen Know Obviously Everywhere "
    "Begin End Text Subject Topic Answer Agenda Background Summary Update Date Time Place Venue Source Photo "
    "Participants Attendees Related Also See Read Watch Item Items Part Section Annex Article Paragraph Dear".split()
)
_NAME_SHAPED = re.compile(r"[A-Z][\w.’'\-]+(?:[ \t]+(?:[A-Z][\w.’'\-]+|de|da|von|van|der|al|bin|el)){1,3}")
_Q_WITHOUT_COLON = re.compile(r"Q\.?[ \t\xa0]+(?=[A-Z])")  # "Q    Mr. President, ..." (White House), "Q. Did ..." (EEAS, UN)
_QUESTION = frozenset({"QUESTION", "Q", "QUESTIONER", "REPORTER", "JOURNALIST", "CORRESPONDENT", "MODERATOR", "OPERATOR",
                       "PARTICIPANT"})


_AND = re.compile(r"([A-Z][\w.’'\-]+)\s+and\s+(?:[Tt]he\s+)?([A-Z][\w.’'\-]+)")


def _two_people(label: str) -> bool:
    """Whether a label names two people: a name, "and", then another's office ("Prime Minister Orpo and Prime Minister
    Kristersson"); not an office of two parts ("Minister of Industry and Trade X", "President and Chairman of X")."""
    vocab, office = vocabulary(), office_words()
    for m in _AND.finditer(label):
        before = label[:m.start(1)].split()
        if before and before[-1] in vocab["heads"] and m[1] not in office and m[2] in office:
            return True  # a name right after an office's head word, another office after "and"
    return False


def label_of(sentence: str) -> tuple[str, int] | None:
    """(the label as a speaker's designation, offset where the words begin) when the sentence
    opens with a speaker label; all-capital labels come back in title case ("THE PRESIDENT" ->
    "The President") and a label's own scraped repetition is cut ("Alberto Fernandez Fernandez
    AlbertoPresident of Argentina" -> "Alberto Fernandez").

    >>> label_of("SECRETARY BLINKEN: Thank you all.")
    ('Secretary Blinken', 19)
    >>> label_of("On Ukraine: the sides exchanged views.") is None
    True
    """
    if q := _Q_WITHOUT_COLON.match(sentence):
        return "Q", q.end()  # "Q    Mr. President, will you ...": a journalist's question in White House transcripts
    m = _LABEL.match(sentence)
    if not m:
        return None
    words = m["label"].split()
    if words[0] in _INTRO:
        return None
    kept: list[str] = []
    for word in words:
        if word in kept and word[:1].isupper():
            break  # "Bolsonaro Jair Bolsonaro JairPresident ...": the scraped label repeats the name
        kept.append(word)
    label = " ".join(kept) + (m["office"] or "")  # "Chris Hipkins, Prime Minister of New Zealand": the name, its office
    return cased(label), m.end()


def _is_speaker(label: str, shouted: bool) -> bool:
    """A label is a speaker's when written in capitals (the US style), or when it holds an office
    word or abbreviation ("President of Russia Vladimir Putin", "SG"). Not a section heading in capitals, a topic of
    three words or more with no office in it ("FOREIGN EXCHANGE MARKET STABILITY:", "ENHANCING COMMERCIAL TIES:" in joint
    fact sheets and statements: White House, State, MOFAs)."""
    vocab = vocabulary()
    words = set(re.findall(r"[\w’'\-]+", label))
    office = bool(words & vocab["heads"])  # abbreviations among them ("SG")
    if shouted:
        return office or len(words) < 3 or not any(_A_TOPICS_WORD.search(w) for w in words)
    return office


_A_TOPICS_WORD = re.compile(r"(?:ING|TION|TIONS|ITY|IES|MENT|MENTS|ICS|URE)$", re.I)  # "Enhancing", "Stability", "Industries"


def mark_turns(doc: Document) -> Document:
    """Set `Sentence.turn` (the label's span) on every sentence that opens a transcript turn.

    Name-shaped labels without an office ("Margarita Simonyan:", "Vladimir Putin:") count only in
    a document that already has two labels with an office or in capitals, or that repeats the name of
    one ("President of Russia Vladimir Putin:" then "Vladimir Putin:"): a transcript. One such
    label alone opens a turn when it opens the body ("SG: Well, thank you ...") or gives an office
    and a name."""
    found: list[tuple[int, Span, str, bool]] = []  # sentence, label as written, label read, strong
    title = doc.title.strip() if doc.title else ""
    opening = title.split(" ", 1)[0]  # a look before a sentence's words are joined anew (the title's spaces are one
    # space, `ingest`)
    for index, sent in enumerate(doc.sentences):
        sent.turn = sent.heading = None
        if sent.credit or title and sent.text.lstrip().startswith(opening) and " ".join(sent.text.split()) == title:
            continue  # the page's title again as the body's first line: "Foreign Minister Tsahkna: Russia's attack on
            # Ukrainian cities is a war crime" is a headline that says who said it (Estonia, Ukrinform), no turn
        got = label_of(sent.text)
        if not got:
            continue
        raw = "Q" if got[0] == "Q" and _Q_WITHOUT_COLON.match(sent.text) else _LABEL.match(sent.text)["label"]  # type: ignore[index]
        if len(raw.split()) <= 3 and is_place(raw):
            continue  # "PHNOM PENH: Samdech Hun Sen received ...", "Doha: ...": a dateline
        if _two_people(raw):
            continue  # "Prime Minister Orpo and Prime Minister Kristersson: Finland and Sweden to deepen ...": a
            # headline that says who said it, not one speaker's turn (Finland, Sweden, the Baltic governments)
        span = Span(sent.span.start, sent.span.start + len(raw))
        strong = is_question(got[0]) or _is_speaker(got[0], raw.isupper() and len(raw) > 1)
        found.append((index, span, got[0], strong))
    named = {" ".join(words[-2:]) for words in (f[2].split() for f in found if f[3])  # a name's two words end the label
             if len(words) >= 3 and office_words().isdisjoint(words[-2:])}
    found = [(i, span, label, strong or label in named) for i, span, label, strong in found]  # "President of Russia
    # Vladimir Putin: ..." then "Vladimir Putin: ...", "Alexei Miller: ..." (Kremlin): the name of a label with an office
    said = Counter(label for _, _, label, _ in found)
    surnames = _surnames(doc) if len(said) >= 2 and any(label.isalpha() and not is_question(label) and " " not in label
                                                         for label in said) else frozenset()  # "Sikorski:", not "Q:"
    if len(said) >= 2:  # "Baerbock: ... Séjourné: ... Q: ... Baerbock: ..." (Germany's Foreign Office, Kremlin, State): a
        # name that speaks twice among other labels, a transcript however its labels are written; not a heading used
        # twice ("Security: ... Economy: ... Security: ...")
        found = [(i, span, label, strong or said[label] >= 2 and bool(_NAME_SHAPED.fullmatch(label) or label in surnames)
                  or bool(_NAME_SHAPED.fullmatch(label)) and re.search(rf"\b{re.escape(label)}\b", doc.title or "") is not None)
                 for i, span, label, strong in found]  # or a name the page's title gives ("Joint statements of Prime
        # Minister Kyriakos Mitsotakis and President ... Nikos Christodoulides" over "Kyriakos Mitsotakis: ..." and
        # "Nikos Christodoulides: ...": Greece, Cyprus, the Kremlin's and Ukraine's press statements)
    if any(f[3] for f in found):  # "Mediacorp: Minister, what was discussed ...?" among a transcript's labels: a
        # journalist's outlet asking (Singapore's MFA, doorstops): a label whose words are a question is a questioner's
        found = [(i, span, label, strong or doc.sentences[i].text.rstrip().endswith("?")) for i, span, label, strong in found]
    if sum(f[3] for f in found) < 2:
        opening = first_body_sentence(doc)
        found = [f for f in found if f[3] and (f[0] == opening or _is_office_and_name(f[2]))
                 or _NAME_SHAPED.fullmatch(f[2]) and " " in f[2] and re.search(rf"\b{re.escape(f[2])}\b", doc.title or "")]
        # ... or a full name the page's title gives, speaking alone: "Foreign Minister Ararat Mirzoyan's remarks at the
        # joint press conference with ... / Ararat Mirzoyan: Dear colleague, ..." (Armenia's MFA, Greece, Cyprus)
    for index, span, label, strong in found:
        if strong or _NAME_SHAPED.fullmatch(label) or label in surnames:  # a surname alone among a transcript's labels
            # ("Sikorski: Thank you" of "Foreign Minister Radosław Sikorski"); not "Further:"
            doc.sentences[index].turn = span
    for index, sent in enumerate(doc.sentences):  # the lines a headline is told by are known now: once for the stages
        sent.heading = is_heading(doc, index)
    return doc


def _surnames(doc: Document) -> frozenset[str]:
    """The last words of the officials' full names the text gives ("Foreign Minister Radosław Sikorski" -> "Sikorski"),
    found once for the document: the one-word labels that may be a speaker's."""
    names = (m.name.of(doc.text).split() for m in find_mentions(doc.text, 0, len(doc.text)))
    return frozenset(words[-1] for words in names if len(words) >= 2)


def _is_office_and_name(label: str) -> bool:
    """One label alone opens a transcript when it gives an office and a name ("President of Russia
    Vladimir Putin: ..."): a press statement of one speaker."""
    return len(label.split()) >= 3 and not label.isupper()


def is_question(label: str) -> bool:
    """Whether a label is a journalist's or moderator's, never a participant's."""
    return label.upper() in _QUESTION
