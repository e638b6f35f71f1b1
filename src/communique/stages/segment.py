"""Cut the body into paragraphs and sentences, keeping exact character spans.

Hand-written rather than spaCy/NLTK's Punkt because readouts need two things those get wrong and
that cost nothing here: every line break ends a sentence (the Foreign Ministry's paragraphs are
single lines; joint statements end a clause with "," or "; and" before a new paragraph), and
titles and names are full of abbreviations ("Joseph R. Biden, Jr.", "U.S.", "H.E. Mr.", "No. 4").
"""
from __future__ import annotations

import re
from functools import cache

from communique.lexicons import load_yaml
from communique.model import Document, Sentence, Span
from communique.patterns import Alternatives, gated

# The capitals a name opens with, for patterns that read names: ASCII, Latin-1 and Latin Extended-A ("Đurić",
# "Čaputová", "İbrahim Kalın", "Łukasz", "Özdemir"; Czech, Baltic, Balkan, Polish and Turkish names as their
# governments write them). Extended-A's lower-case letters come along: no English word opens with one.
CAPITALS = "A-ZÀ-ÖØ-ÞĀ-ſ"

# Words after which a period does not end a sentence (lower-cased, without the final period).
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof gen lt col maj capt adm sgt rev hon st mt no nos vol art para fig sr jr
    messrs mme mlle h.e h.m h.r.h s.e u.s u.k u.n e.u u.s.a p.r.c a.m p.m e.g i.e etc vs approx
    jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co corp dept gov sen rep amb eng sens reps
    """.split()
)

# Short words that end no sentence in this case only: given names (Bangladesh "Md.", Malaysia "Mohd.", the Philippines
# "Ma.") and "Rt." of "the Rt. Hon." (Nepal, the Commonwealth); "MD." ends "College Park, MD.", "RT." the channel's name
_SHORT_WORDS_IN_THIS_CASE = frozenset({"Md", "Mohd", "Muhd", "Ma", "Rt"})
# Abbreviated places that end a sentence when a capital follows ("met ... in Washington, D.C. The
# Secretary emphasized ..."): a place is not an adjective before a noun as "U.S." is (State, White House).
_PLACE_ENDS = frozenset({"d.c"})
# also "Year.On the ..." and "uncertainties.PM Phuc" (a lost space; see `_is_boundary`)
# (one literal class first, so that `re` scans for the marks: a look-behind first is tried at every character)
# (the run of marks taken whole from its first, possessively: "!!!!..." without a space is linear)
_END = re.compile(r"""[.!?](?<![.!?]{2})[.!?]*+(?:["'”’)\]]*(?=\s+|$)|(?<=[a-z]{2}\.)(?<!www\.)(?=[A-Z](?:[a-z]+|[A-Z]+)\s))""")
_NEXT_STARTS_SENTENCE = re.compile(r"""\s+(?:["'“‘(\[]?[0-9#""" + CAPITALS + r"""]|\*(?: ?\*){2}|<…>|\((?i:end|ends|endit)\))""")
# (a wire's sign-off glued to the last sentence, "... in Gaza and Syria. (end) mb": KUNA, Yonhap, Gulf agencies)
_WORD_BEFORE = re.compile(r"[A-Za-z]+$")
_DIVIDER = re.compile(r"\*(?: ?\*){2,}|<…>|<\.\.\.>")  # "adopted.*** President of Russia ...", "... World. * * *
# Plenary session moderator ...:" (Kremlin): a cut, its own sentence
_INNER_PERIODS = re.compile(r"(?:[a-z]\.)+[a-z]")  # "u.s", "d.c"
_LIST_NUMBER = re.compile(r"""^\(?\d{1,2}[.)]$|^\(?[a-z][.)]$""")


# A dateline the lead sentence opens with, before its subject: "TEHRAN (Tasnim) –", "SEOUL, May 12 (Yonhap) --",
# "BEIJING -", "Phnom Penh, May 3 (AKP) --", and a city in mixed case with its full date: "Astana, 12 March
# 2024 –", "Mexico City, March 12, 2024 —" (Akorda, Latin American and European governments); with its weekday
# or an ordinal: "Accra, Saturday, 2nd December 2023 –", "ABU DHABI, 21st February, 2024 (WAM) --" (Ghana, WAM, Nigeria);
# a city in capitals may go without its comma: "MANILA 13 July 2023 –" (the Philippines' DFA, India's PIB)
_DAY_MONTH = (r"(?:(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s)?"
              r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)? (?:of )?[A-Z][a-z]{2,8}))")
DATELINE_OPENING = gated(re.compile(
    r"(?:[A-Z][A-Z'’\-]+(?: [A-Z][A-Z'’\-]+){0,2}(?:(?:,\s*|\s+)" + _DAY_MONTH + r"(?:,? \d{4})?)?\s+(?:--|[-–—])"
    r"|[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){0,2}(?:\s*\[[A-Z][\w .'’\-]{1,30}\])?(?:,\s*" + _DAY_MONTH + r"(?:,? \d{4}|/\d{4})?)?"
    r"\s*\([A-Za-z][\w .\-]{1,30}\)\s*(?:-{2,3}|[-–—:])?"  # "Muscat [Oman], May 15 (ANI):" (ANI, PTI), "(ONA) ---",
    # "Addis Ababa, April 14/2023 (ENA)" (Ethiopia's agency: the year after a slash)
    r"|[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){0,2}(?:, [A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)?)?"
    r"\s*\(" + _DAY_MONTH + r",? \d{4}\)\s*(?:--|[-–—])"
    # the date in brackets, the state after the city: "GENEVA (22 March 2023) –", "SUVA, FIJI (22 March 2023) –" (the UN's
    # human rights office, the Pacific Islands Forum and Pacific governments)
    r"|[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){0,2},? \d{1,2}[./]\d{1,2}[./]\d{4}\s+(?:--|[-–—])"  # the date in figures, day first:
    # "Bern, 20.09.2023 -", "Strasbourg 22/03/2023 -" (Switzerland's FDFA, the Council of Europe, Austria)
    r"|[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){0,2},\s*" + _DAY_MONTH + r",? \d{4}\s+(?:--|[-–—])"
    # the date closed by a colon, the state after the city: "Islamabad, 27 October 2024: Deputy Prime Minister ...",
    # "Addis Ababa, Ethiopia, 15 March 2024: The Chairperson ..." (Pakistan's MOFA, the AU Commission)
    r"|[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){0,2}(?:, [A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)?)?,\s*"
    + _DAY_MONTH + r",? \d{4}: "  # its ": " gates it
    r"|" + _DAY_MONTH + r",? \d{4}\s+(?:--|[-–—])"  # a date alone before the dash: "9 April 2024 — The Head of State ..." (Akorda)
    r"|[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){0,2}(?:, [A-Z][\w.]{1,12})?\s+[-–—]\s+" + _DAY_MONTH + r",? \d{4}:"  # the dash
    # before the date, a colon after it: "Washington, DC – April 21, 2025: Ms. Kristalina Georgieva ..." (IMF, World Bank)
    r"|[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){0,2}(?:,\s*" + _DAY_MONTH + r",? \d{4})?\.-)"  # "Santo Domingo.- Foreign
    # Minister X received ...", "Mexico City, January 15, 2025.- ..." (Dominican Republic, Mexico, Latin American ministries)
    r"\s*(?<=\s)(?=[A-Z“\"])"))  # as "\s+", when the space is not the dateline's own

_LOOK = 200  # characters looked at around a candidate end: windows, so a one-line text of N MB stays linear


def _is_boundary(para: str, match: re.Match[str]) -> bool:
    after = para[match.end():match.end() + _LOOK]
    if after[:1].isalpha():  # "... ASEAN Chair Year.On the occasion, ...": two sentences whose space was lost,
        # unless an abbreviation: "Mrs.Smith", "Amb.Jones"
        glued = _WORD_BEFORE.search(para, max(0, match.start() - _LOOK), match.start())
        if glued is not None and after[1:2].isupper() and not glued.group().islower():
            return False  # "Welcome.US CEO Council": a name's domain, where "fuel.PM Medvedev" lost a space
        return glued is None or glued.group().lower() not in ABBREVIATIONS
    if after and not _NEXT_STARTS_SENTENCE.match(after):
        return False
    before = para[max(0, match.start() - _LOOK):match.start()]
    word = words[-1] if (words := before.rsplit(None, 1)) else ""
    bare = word.lstrip("(\"'“‘").lower()
    bare = bare.rsplit("-", 1)[-1] if "-" in bare else bare  # "Japan-U.S. Foreign Ministers' Talk"
    if match.group().startswith(".") and len(match.group()) == 1:
        if bare in ABBREVIATIONS or (len(bare) == 1 and bare.isalpha() and not before.endswith(" on X")) \
                or word.lstrip("(\"'“‘") in _SHORT_WORDS_IN_THIS_CASE:
            return False  # "Mr. X", "Joseph R. Biden"; not the network in "..., Jaishankar said on X. Balakrishnan said"
        if _INNER_PERIODS.fullmatch(bare) and bare not in _PLACE_ENDS:
            return False  # "U.S." written with inner periods
        word_start = match.start() - len(word)
        if _LIST_NUMBER.match(word + ".") and word_start <= _LOOK and not para[:word_start].strip():
            return False  # "1. The United States will ..." at the start of a paragraph
    return True


def split_sentences(para: str) -> list[tuple[int, int]]:
    """Offsets of the sentences of one paragraph (no line breaks inside).

    >>> p = "President Joseph R. Biden, Jr. spoke today with Mr. Kishida. He said, yes."
    >>> [p[s:e] for s, e in split_sentences(p)]
    ['President Joseph R. Biden, Jr. spoke today with Mr. Kishida.', 'He said, yes.']
    """
    out: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(para):
        if match.end() <= start or not _is_boundary(para, match):
            continue
        out.append((start, match.end()))
        start = match.end()
    out.append((start, len(para)))
    if "*" in para or "<" in para:
        out = [piece for s, e in out for piece in _around_dividers(para, s, e)]
    if ":" in para[:250] and (label := _label_after_a_heading(para, out[0][0], out[0][1])) is not None:
        out[0:1] = [(out[0][0], label), (label, out[0][1])]  # a paragraph that opens with the heading, the divider's
        # line break lost too ("Beginning of Russian-Belarusian talks President of Russia Vladimir Putin: ...": Kremlin)
    trimmed = []
    for s, e in out:
        chunk = para[s:e]
        lead = len(chunk) - len(chunk.lstrip())
        tail = len(chunk.rstrip())
        if tail > lead:
            trimmed.append((s + lead, s + tail))
    return trimmed


def _around_dividers(para: str, start: int, end: int) -> list[tuple[int, int]]:
    """`[start, end)` cut before and after each divider ("***", "<…>") it holds, and after a section heading the
    divider's text opens with when a speaker's label follows it (`_label_after_a_heading`)."""
    pieces, pos = [], start
    for m in _DIVIDER.finditer(para, start, end):
        pieces += [(pos, m.start()), (m.start(), m.end())]
        pos = m.end()
        if (label := _label_after_a_heading(para, pos, end)) is not None:
            pieces.append((pos, label))
            pos = label
    return pieces + [(pos, end)]


_LABEL_WORD = re.compile(r"[" + CAPITALS + r"][^\s:]*|of|the|for|and|de|da|von|van|der|al|bin|el")
# the ranks and portfolios a label's office may open with before its head word ("Deputy Prime Minister X", "Foreign
# Minister X"): a closed class, not the lexicon's office words, which hold bodies ("Security Council") a heading ends with
_BEFORE_A_HEAD = frozenset("Prime Deputy Vice First Acting Executive Senior Foreign Defence Defense Finance Interior "
                           "Economy Economic Presidential".split())
# what shows the words before a label to be a sentence, not a heading: an ending that wants more, an auxiliary verb
_NO_HEADING_ENDS = frozenset("to by of the a an with for and from at in on as than".split())
_AUXILIARIES = frozenset("is are was were be been has have had will would shall should can could may must".split())


@cache
def _heads() -> frozenset[str]:
    """titles.yaml's office heads, read here rather than from the participants stage, which reads this one."""
    return frozenset(map(str, load_yaml("titles.yaml")["heads"]))


def _label_after_a_heading(para: str, start: int, end: int) -> int | None:
    """Where the first speaker's label begins, in a section heading run into it after a divider or at a paragraph's
    start: "*** Beginning of Russian-Palestinian talks President of Russia Vladimir Putin: Mr President, ...", "Speech at
    the first session of the G20 Summit President of Russia Vladimir Putin: ..." (the Kremlin's pages, scraped with their
    headings' line breaks lost). The heading is a line of its own that nobody says; the label opens the turn. The label
    is the last run of name-shaped words up to the colon, from its last office head that a name follows ("Beginning of
    talks with President of Mongolia X President of Russia Vladimir Putin:" is Putin's); a piece all label, with no office
    in its run, or whose words before the label are a sentence, is left whole."""
    colon = para.find(":", start, min(end, start + 250))
    if colon < 0:
        return None
    words = list(re.finditer(r"\S+", para[start:colon]))
    run = len(words)
    while run > 0 and _LABEL_WORD.fullmatch(words[run - 1].group()):
        run -= 1
    if run == 0 or len(words) - run < 3:
        return None  # no heading before the label, or no office and name after it
    heads = _heads()
    last = next((k for k in range(len(words) - 3, run - 1, -1) if words[k].group() in heads), None)
    if last is None:
        return None
    while last > run and words[last - 1].group() in _BEFORE_A_HEAD:
        last -= 1
    heading = [w.group() for w in words[:last]]
    if heading[-1].lower() in _NO_HEADING_ENDS or any(w.lower() in _AUXILIARIES for w in heading):
        return None  # a sentence or an office's words, not a heading: "The following is attributed to Spokesperson Ned
        # Price:" (State), "Aide to the President Yury Ushakov:" (Kremlin)
    return start + words[last].start()


def segment(doc: Document) -> Document:
    """Fill `doc.sentences` from the body (text after `doc.body_start`)."""
    doc.sentences = []
    pos = doc.body_start
    for index, line in enumerate(doc.text[doc.body_start:].splitlines(keepends=True)):
        for s, e in split_sentences(line.rstrip("\r\n")):
            span = Span(pos + s, pos + e)
            doc.sentences.append(Sentence(span, span.of(doc.text), index))
        pos += len(line)
    _renumber_paragraphs(doc)
    _mark_credits(doc)
    return doc


@cache
def _credit_rules() -> tuple[Alternatives, re.Pattern[str]]:
    data = load_yaml("credits.yaml")
    line = Alternatives(data["line"], r"[\s.:!]*", re.IGNORECASE)  # "Check against delivery!" (EEAS); the shapes a line
    # holds the words of, tried alone
    caption = re.compile("|".join(data["caption"]), re.IGNORECASE)
    return line, caption


def is_credit(text: str) -> bool:
    """Whether a sentence is, all of it, a line of the publisher's (`lexicons/credits.yaml`).

    >>> is_credit("[Photo/Xinhua]"), is_credit("Office of the Spokesperson"), is_credit("The call was warm.")
    (True, True, False)
    """
    return len(text) <= _CREDIT_LENGTH and _credit_rules()[0].fullmatch(text.strip())


def _mark_credits(doc: Document) -> None:
    """Mark credit sentences, and every sentence of a paragraph that a caption's credit or a
    translation note is in (the caption's words describe a photo, not the encounter)."""
    caption = _credit_rules()[1]
    last_of_paragraph = {s.paragraph: s for s in doc.sentences}
    captioned = {p for p, s in last_of_paragraph.items() if len(s.text) <= _CREDIT_LENGTH
                 and ("hoto" in s.text or "mage" in s.text or "ranslation" in s.text or s.text.endswith(")"))
                 and caption.search(s.text)}  # "[Photo/Xinhua]", "(Xinhua/Xie Huanchi)"
    captioned |= {s.paragraph for s in doc.sentences if "ranslation" in s.text[:60] and caption.search(s.text[:80])}
    from communique.stages.when_where import is_place_line  # it reads the gazetteer, which reads this module

    for k, sent in enumerate(doc.sentences):
        sent.credit = sent.paragraph in captioned or is_credit(sent.text) or k < _TOP_LINES + 4 and (
            k == 0 or doc.sentences[k - 1].paragraph != sent.paragraph) and is_place_line(sent.text)  # "ASTANA.",
        # "YEREVAN, MARCH 3, ARMENPRESS." opening the lead's paragraph near the top: the agency's dateline, no sentence of
        # the body; not "Daphne." a briefer's call on a reporter, nor "Ohio." in a list


_CREDIT_LENGTH = 160  # a credit or byline is a short line; longer sentences are not tried


def _renumber_paragraphs(doc: Document) -> None:
    """Paragraph numbers count non-empty lines only, so blank lines do not matter."""
    mapping: dict[int, int] = {}
    for sent in doc.sentences:
        sent.paragraph = mapping.setdefault(sent.paragraph, len(mapping))


_SENTENCE_ENDS = frozenset(".!?…:;,")
_TOP_LINES = 4  # a release's lines above its body: its kind, a date, a place, a headline
_SECTION_NUMBER = re.compile(r"(?:\(?\d{1,2}[.)]|\(?[IVX]{1,4}[.)])\s+\S")
_SMALL_WORDS = frozenset("a an and at between by for from in of on the to with vs".split())


_INLINE_MARKUP = re.compile(r"</?(?:u|b|i|em|strong)>")


def is_heading(doc: Document, index: int) -> bool:
    """Whether sentence `index` is a line of the publisher's, not of the report: alone on its line,
    with no sentence end, and either among the document's first lines with only such lines above it
    (a headline: "Japan-Philippines Foreign Ministers' Meeting", "PM call with Chancellor Scholz: 12
    January 2024"; "Statement by ... following his meeting with ..." under "Press release"; a wire's "Marcos,
    Anwar vow to boost ties" under a page's credit lines) or written in
    title case or figures (a dateline "New Delhi" / "August 25, 2023", a section heading), or a
    short numbered line ("1. Opening remarks").

    A lower-case line without a full stop is not one: joint statements list their points so.
    """
    sent = doc.sentences[index]
    if sent.heading is not None:
        return sent.heading  # read once the turns were marked (`turns.mark_turns`)
    text = _INLINE_MARKUP.sub("", sent.text) if "<" in sent.text else sent.text  # "<u>Strategic Partnership</u>": a
    # section heading a page underlined, its tags left in the text (White House joint statements)
    if text.rstrip("\"'”’)]")[-1:] in _SENTENCE_ENDS:  # most sentences: one look at their end
        return False
    numbered = _SECTION_NUMBER.match(text)
    first = _WIRE_TAG.sub("", text, count=1)[:1]  # "(LEAD) FM Cho holds phone talks with Blinken" (Yonhap, Kyodo)
    if not (numbered or first.isupper() or first.isdigit()):
        return False
    neighbours = doc.sentences[max(0, index - 1):index] + doc.sentences[index + 1:index + 2]
    if first.isupper() and index + 1 < len(doc.sentences) and (after := doc.sentences[index + 1]).turn is not None \
            and after.paragraph == sent.paragraph and (index == 0 or doc.sentences[index - 1].paragraph != sent.paragraph
                                                       or _DIVIDER.fullmatch(doc.sentences[index - 1].text)):
        return True  # a section heading before the turn it opens, on its line, after a divider or at the paragraph's start
        # ("*** Beginning of Russian-Palestinian talks President of Russia Vladimir Putin: ...": the Kremlin's, see
        # `_label_after_a_heading`)
    if any(other.paragraph == sent.paragraph for other in neighbours):
        return False
    if index == 0 and doc.title and " ".join(text.split()) != doc.title and _NARRATED.search(text):
        return False  # the body's opening paragraph without its full stop, under a headline the page gave apart:
        # "Vladimir Putin had a telephone conversation with Prime Minister of Israel Naftali Bennett, at the initiative
        # of the Israeli side" (Kremlin); headlines tell in the present ("Putin holds talks with ...")
    if index == 0 or _among_the_top_lines(doc, index) and ("," not in text or _has_a_lower_case_word(text) and not sent.turn
                                             or text.isupper() and not sent.turn) \
            and all(doc.sentences[k].credit or is_heading(doc, k) for k in range(index)):
        return True  # the release's lines above its body, under its page's credit lines; a wire's headline ("Marcos,
        # Anwar vow to boost ties"), one in capitals ("PRESIDENT TINUBU RECEIVES GHANAIAN VICE PRESIDENT, SAYS ...":
        # Nigeria's State House, Ghana, Kenya), not "Name, Title" lines, which list a transcript's speakers
    words = _words(text)
    if numbered:  # "1. Opening remarks", "(2) Regional situation" (Japan MOFA)
        return len(words) <= 6
    # a byline among the top lines may be longer ("Senator the Hon Penny Wong, Minister for Foreign Affairs")
    return len(words) <= (10 if index < _TOP_LINES else 8) and _all_capitalised(words)


def _among_the_top_lines(doc: Document, index: int) -> bool:
    """Whether line `index` is among a release's first `_TOP_LINES` lines, not counting its page's credit lines above
    ("THE WHITE HOUSE / Office of the Press Secretary / For Immediate Release / March 06, 2014 / Readout of ...")."""
    return index < _TOP_LINES or index < _TOP_LINES + 4 and \
        index - sum(1 for sent in doc.sentences[:index] if sent.credit) < _TOP_LINES


# a past tense narrating, in lower case after a capitalised subject: "had", "met", "congratulated"; a headline
# is in the present ("Marcos, Anwar vow to boost ties", "Wang Yi Holds Talks with ...")
_NARRATED = re.compile(r"^(?:[A-Z][\w.'’\-]*,?\s+){1,8}(?:also\s+)?(?:had|met|held|spoke|sent|paid|made|took"
                       r"|(?!(?:pro|suc|ex)ceed|need|feed|speed)[a-z]{2,}ed)\s+(?:a|an|the|with|to|by|on|(?-i:[A-Z]))")  # not
# a headline's present "China, US proceed with trade talks"


_WIRE_TAG = re.compile(r"^\((?:\d{0,2}(?:st|nd|rd|th)? ?(?:LD|LEAD)|[A-Z]{2,10}(?: \d+)?)\)\s*")  # "(LEAD)", "(2nd LD)", "(URGENT)"


# The lower-case words of names: "Mohammed bin Abdulrahman", "José Eduardo dos Santos", "Ursula von der Leyen"
NAME_PARTICLES = frozenset("da de do dos das del della der den di du la las le los van von bin binti bint al el ibn y e".split())


def _has_a_lower_case_word(text: str) -> bool:
    """Whether a line with a comma has a lower-case word no name has ("Marcos, Anwar vow to boost ties"), unlike a
    transcript's "Name, Title" line ("Mohammed bin Abdulrahman Al-Thani, Qatari Deputy Prime Minister")."""
    return any(w.islower() and len(w) > 2 and w not in _SMALL_WORDS and w not in NAME_PARTICLES for w in _words(text))


def _words(text: str) -> list[str]:
    return re.findall(r"\b[^\W\d_][\w'’\-]*", text)  # not an ordinal's "th": "Tuesday, 13th February 2024"


def _all_capitalised(words: list[str]) -> bool:
    return all(w[0].isupper() or w in _SMALL_WORDS for w in words)


def title_cased(text: str) -> bool:
    """Whether every word but the small ones is capitalised, as headlines are ("The United States Welcomes the Truce
    Extension in Yemen"), so capitals there do not mark names."""
    return _all_capitalised(_words(text))


def first_body_sentence(doc: Document) -> int | None:
    """Index of the body's first sentence: past the headline, dateline and credit lines above it."""
    return next((i for i, sent in enumerate(doc.sentences) if not sent.credit and not is_heading(doc, i)), None)
