"""Find the officials who took part: title, name and the state they represent.

Participants are named where the readout announces the encounter (the lead sentence), in two
shapes: title first ("Vietnamese Foreign Minister Bui Thanh Son", "President Xi Jinping of the
People's Republic of China") and name first ("H.E. Mr. Fumio Kishida, Prime Minister of Japan",
"He Lifeng, Vice Premier of the State Council"). Officials only mentioned elsewhere ("General
Secretary Xi Jinping pointed out") are not participants. Joint statements that name nobody in
their opening are searched for the sentence that lists the delegations ("The representative from
the Chinese side was ...").

Hand-written rather than a statistical NER: titles are closed-class words (`titles.yaml`), and the
split between a title and the name after it is exactly what off-the-shelf NER gets wrong
("Director of the Office of the Foreign Affairs Commission Wang Yi").
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache, lru_cache

import pycountry

from communique.lexicons import load_yaml
from communique.lexicons.actors import (actors, fold, holds_office, leader_aliases, leader_country, leader_office,
                                         leader_rows, office_holder, office_word)
from communique.lexicons.leader_names import find_leaders
from communique.lexicons.plover import cue_book
from communique.model import Document, Encounter, Participant, Sentence, Span
from communique.patterns import Keywords, gated
from communique.stages.encounter import (IN_THE_FIRST_PERSON, classify, own_words_under_the_headline,
                                         remarks_after_the_encounter)
from communique.stages.segment import CAPITALS, DATELINE_OPENING, NAME_PARTICLES, first_body_sentence, is_heading
from communique.stages.when_where import BUILDINGS, is_country_name, place_country

# (an acronym of two offices in brackets is one token: "the High Representative ... (HR/VP), Kaja Kallas": EEAS)
_TOKEN = re.compile(r"(?<=\()[A-Z]{1,6}(?:/[A-Z]{1,6})+(?=\))|[^\W\d_][\w'’.\-]*|\d[\w.\-]*|[^\w\s]")
_INITIAL = re.compile(r"^[A-Z]\.$|^(?:[A-Z]\.){2,}$")
# and the Kyrgyz patronymic after the father's name ("Nurlanbek Turgunbek uulu": AKIpress)
_SUFFIXES = frozenset({"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV", "uulu", "kyzy"})
_CALENDAR = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June "
    "July August September October November December Today Yesterday Tomorrow".split()
)
_BEFORE_A_MONTH = frozenset("Last Next Early Late Mid Since Until Through During Before After In On Of".split())
_KEEP_PERIOD = frozenset({"Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Jr.", "Sr.", "Hon.", "Smt.", "St.",
                          "Md.", "Sen.", "Sens.", "Rep."})  # "Md. Touhid Hossain": Mohammad, as Bangladesh writes it;
# "Sen. Dan Sullivan", "Rep. Joe Wilson": a lawmaker's abbreviated title
_ROYAL = frozenset({"King", "Queen", "Prince", "Princess", "Emir", "Sultan", "Sheikh", "Sheikha"})
# A royal style that is also a given name ("Sultan", "Amir") is a name after "bin" ("Sheikh Mohamed bin Zayed bin
# Sultan Al Nahyan", WAM, State) and between a personal style and a name ("Dr. Sultan Al Jaber")
_PATRONYMIC = frozenset({"bin", "binti", "bint", "ibn"})
_ROYAL_OR_AMIR = _ROYAL | {"Amir"}
_PERSONAL_STYLES = frozenset({"Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Dr.", "Dr", "Doctor", "Prof.", "Professor", "Eng."})
# a chamber's word in titles.yaml ("House of Councillors") that is also an office in the plural before names
_CHAMBER_OR_OFFICES = frozenset({"Councillors", "Councilors"})
_RETYPED_IN_CONTEXT = _ROYAL_OR_AMIR | _CHAMBER_OR_OFFICES | {"May", "The", "Father"}  # the words `tokenize` may retype
# by their neighbours
_PREFIXED = re.compile(r"(?:al|el|as|ad|ash|bin|ibn|abu|ul)-[A-Z]")  # "el-Sisi", "al-Sudani": one name word
# Words of a sentence that lists who took part ("The delegation was led by ..."): looked for as
# lower-case text first (most sentences have none), then as whole words, a plural too
_ROSTER_WORDS = ("representative", "delegation", "led by", "headed by", "co-chaired", "attended", "participated",
                 "at the invitation of", "state visit", "official visit", "working visit")
_ROSTER = re.compile(r"\b(?:" + "|".join(map(re.escape, _ROSTER_WORDS)) + r")s?\b", re.I)
_ROSTER_HINTS = Keywords.of(_ROSTER_WORDS)  # one look at a sentence for them all, before the regex
# Who attended a ceremony or an address, in a release that tells of no encounter: its audience, no participants ("The
# ceremony was also attended by Chairman of the Verkhovna Rada X, Prime Minister Y", "The address was attended by Prime
# Minister X and members of the government": Ukraine's presidency, BNS, Baltic and Balkan presidencies)
_AN_AUDIENCE = re.compile(r"(?:[A-Z][^,;]{0,60},\s+)?(?:[Tt]he|[Tt]his\s+year\s+the)\s+(?:[\w-]+\s+){0,2}"
                          r"(?:ceremony|ceremonies|address|speech|concert|parade|celebration|celebrations|commemoration|funeral|"
                          r"service|reception|lecture|presentation|event)\s+(?:was|were)\s+(?:also\s+)?attended\b")
_SIDE = re.compile(r"\bside\b", re.I)
# How a side's head or members are told: "was led by", "was co-chaired by", "was represented by"
LED_BY = r"(?:represented|(?:co-)?(?:led|headed|chaired))"
# Whose delegation the official named next leads: "The Lao delegation was led by X, while the Kazakh delegation was
# headed by Y", "..., and the Uzbek delegation by Y" (KPL, Armenia, Bangladesh, State)
_DELEGATION_LED_BY = re.compile(r"(?P<who>[A-Z][\w.\-]*)\s+(?:delegation|side)\s+(?:(?:was|were)\s+)?(?:also\s+)?"
                                r"(?:(?:" + LED_BY + r"\s+)?by|included|includes|comprised|consisted\s+of)\s+(?:the\s+)?"
                                r"(?:[A-Z][\w.’']*\s+){0,3}$")  # past the styles: "..., while the Vietnamese delegation included
# Mr. X", "... H.E. Amb. Y" (Thailand, Gulf agencies)


@dataclass(slots=True)
class Token:
    text: str
    start: int
    end: int
    kind: str  # HEAD WORD CONN HON COUNTRY CAP PART LOWER PUNCT
    code: str | None = None


@cache
def vocabulary() -> dict[str, frozenset[str]]:
    data = load_yaml("titles.yaml")
    vocab = {key: frozenset(map(str, data[key])) for key in ("heads", "words", "connectors", "honorifics", "post_nominals")}
    vocab["heads"] |= frozenset(abbreviations())  # "PM Modi": an abbreviated title before a name
    return vocab


@cache
def office_words() -> frozenset[str]:
    """Every word an office may hold, its head or not ("Minister", "Foreign"): one set, made once (a union of the
    two made at each question copied thousands of words)."""
    vocab = vocabulary()
    return vocab["heads"] | vocab["words"]


@cache
def abbreviations() -> dict[str, str]:
    """Short titles and what they stand for: {"EAM": "External Affairs Minister", ...}."""
    return {str(k): str(v) for k, v in (load_yaml("titles.yaml").get("abbreviations") or {}).items()}


_STYLE_NOUNS = frozenset({"Majesty", "Highness", "Excellency"})
_PLACE_NOUNS = frozenset("Hotel Airport Airbase Stadium Hospital Mosque Cathedral Street Avenue Square Bridge Causeway "
                         "Museum Memorial Boulevard Palace Castle".split())
_A_PLACE_NOUN = re.compile("|".join(sorted(_PLACE_NOUNS)))  # a look before the tokens' loop
_THE_LATE = frozenset({"Al-Marhum", "Almarhum", "Al-Marhumah", "Almarhumah"})


def _malay_styles(tokens: list[Token]) -> None:
    """The Malay styles and royal names of Brunei's and Malaysia's releases (Bernama, Brunei's MFA and PMO): "Yang Amat
    Berhormat Dato' Seri Anwar Ibrahim" (a style, as "YAB" is), "Yang Di-Pertuan" (an office), and a ruler's father after
    "ibni Al-Marhum" ("the late"): "Sultan Haji Hassanal Bolkiah ... ibni Al-Marhum Sultan Haji Omar 'Ali Saifuddien,"
    names one person, the son; the father's words up to the comma are his style, no official's name."""
    for k, token in enumerate(tokens[:-1]):
        after = tokens[k + 1].text
        if token.text == "Yang" and after in ("Di-Pertuan", "di-Pertuan"):
            token.kind = "WORD"
        elif token.text in ("Yang", "Amat") and token.kind == "CAP" and _kind(after) == "HON" or \
                token.text == "Yang" and after == "Amat":
            token.kind = "HON"
    for k, token in enumerate(tokens[1:], 1):
        if token.text in _THE_LATE and tokens[k - 1].text in ("ibni", "bin", "binti", "ibn"):
            for late in tokens[k - 1:]:
                if late.text in (",", ";", "."):
                    break
                late.kind = "LOWER"
            return


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """Classified tokens of `text[start:end]`; country names and demonyms become one COUNTRY token.

    The list is shared between callers that ask the same (the lead is read for its candidates, then again for its
    mentions; four in ten calls over the White House readouts asked again): read it, do not change it."""
    key = (text, start, end)
    if (found := _TOKENS.get(key)) is not None:
        return found
    if len(_TOKENS) > 256:  # bounded: the last document's answers or two, as the actors' are (a larger memo only spreads the heap)
        _TOKENS.clear()
    _TOKENS[key] = found = _tokenize(text, start, end)
    return found


_TOKENS: dict[tuple[str, int, int], list[Token]] = {}


def _tokenize(text: str, start: int, end: int) -> list[Token]:
    vocab = vocabulary()
    mentions = actors().find(text, start, end)
    tokens: list[Token] = []
    for match in _TOKEN.finditer(text, start, end):
        word, s, e = match.group(), match.start(), match.end()
        if word.endswith(".") and len(word) > 2 and word not in _KEEP_PERIOD and not _INITIAL.match(word) \
                and word.count(".") == 1 and word not in vocab["honorifics"]:
            tokens.append(Token(word[:-1], s, e - 1, _kind(word[:-1])))
            tokens.append(Token(".", e - 1, e, "PUNCT"))
        else:
            tokens.append(Token(word, s, e, _kind(word)))
    if len(tokens) > 1 and tokens[0].text.isupper() and len(tokens[0].text) > 3 and tokens[1].kind == "CAP" \
            and not tokens[1].text.isupper() and (kind := _kind(tokens[0].text.capitalize())) in ("HEAD", "WORD"):
        tokens[0].kind = kind  # a newspaper's opening word in capitals: "PRESIDENT Mnangagwa yesterday met ..." (The
        # Herald, Daily News, New Vision); not a transcript's label ("SECRETARY BLINKEN:")
    for token, after in zip(tokens, tokens[1:]) if text.find("Your ", start, end) >= 0 else ():
        if token.text == "Your" and after.text in _STYLE_NOUNS:
            token.kind = "HON"  # a salutation's style: "Your Excellency Mr. António Guterres, Secretary-General of ...,"
            # (AU, India, Korea, Indonesia, Kenya: remarks' opening lines), as "His Excellency" is
    if text.find("Yang ", start, end) >= 0 or text.find("Marhum", start, end) >= 0:
        _malay_styles(tokens)
    for k, token in enumerate(tokens) if _A_PLACE_NOUN.search(text, start, end) else ():
        if token.text in _PLACE_NOUNS and token.kind == "CAP":
            named = k
            while named > 0 and tokens[named - 1].kind == "CAP":
                named -= 1
            if named > 0 and tokens[named - 1].kind == "HEAD":
                named -= 1
            for word in tokens[named:k + 1]:
                word.kind = "LOWER"  # "at the King David Hotel in Jerusalem", "the President Wilson Hotel" (Geneva):
                # a place named after someone, no official
    for k in range(1, len(tokens)):
        if tokens[k].text not in _RETYPED_IN_CONTEXT:
            continue  # most words: a set lookup, not four comparisons
        word, before, after = tokens[k].text, tokens[k - 1], tokens[k + 1] if k + 1 < len(tokens) else None
        if word == "May" and before.kind == "CAP" and before.text not in _BEFORE_A_MONTH and \
                not (after and after.text[0].isdigit()):
            tokens[k].kind = "CAP"  # "Prime Minister Theresa May spoke": a surname, not the month
        elif word in _CHAMBER_OR_OFFICES:
            if after and after.kind == "CAP" and before.text not in ("of", "the"):
                tokens[k].kind = "HEAD"  # "Federal Councillors Ignazio Cassis and Guy Parmelin also took part" (Swiss
                # FDFA), as "Ministers X and Y" are; not "the House of Councillors"
        elif word == "Father":
            if before.text == "Holy":
                tokens[k].kind = "HEAD"  # "the Holy Father Francis received ..." (the Holy See Press Office): the Pope
        elif word in _ROYAL_OR_AMIR and (before.text in _PATRONYMIC or
                                 before.text in _PERSONAL_STYLES and after and after.kind == "CAP"):
            tokens[k].kind = "CAP"
        elif word == "The" and before.text in _STYLE_NOUNS and after and after.kind == "HEAD":
            tokens[k].kind = _kind("the")  # "His Majesty The King Jigme Khesar Namgyel Wangchuck" (Bhutan, Thailand, Jordan,
            # Gulf agencies): the article a style's office takes, capitalised as the court writes it
        elif word == "Amir" and before.kind == "HEAD" and after and after.kind == "CAP":
            tokens[k].kind = "CAP"  # "Acting Foreign Minister Amir Khan Muttaqi": a given name after an office, where
            # the Amir's own office would stand alone ("His Highness the Amir", "the Amir of Qatar")
    for token, after in zip(tokens, tokens[1:]) if text.find("Marshal of", start, end) >= 0 else ():
        if token.text == "Marshal" and after.text == "of":
            token.kind = "HEAD"  # "Marshal of the Sejm Szymon Hołownia", "Marshal of the Senate Tomasz Grodzki" (Poland;
            # Kremlin, Ukraine's presidency, State): the office; not a rank that names a ship ("the ferry Marshal X")
    styled = _styled_leaders()
    for k, token in enumerate(tokens):
        if (names := styled.get(token.text)) and token.kind != "CAP" \
                and any(_listed_name_at(tokens, k, name) for name in names):
            token.kind = "CAP"  # "Prime Minister Sheikh Hasina", "Acting Minister of Foreign Affairs Amir Khan Muttaqi":
            # a listed leader's own name opens with a style's or an office's word
    tokens = _merge_countries(tokens, mentions)
    for k in range(1, len(tokens) - 1) if text.find(" leader ", start, end) >= 0 else ():
        if tokens[k].text == "leader" and tokens[k - 1].kind == "COUNTRY" and actors().is_state(tokens[k - 1].code or "") \
                and tokens[k + 1].kind == "CAP":
            tokens[k].kind = "HEAD"  # "French leader Emmanuel Macron", "North Korean leader Kim Jong Un" (AFP, Reuters,
            # AP, Yonhap): a state's leader, as wires name one; not "Hamas leader X", "opposition leader X"
    for k in range(1, len(tokens) - 1) if text.find(" chief ", start, end) >= 0 else ():
        if tokens[k].text == "chief" and tokens[k + 1].kind == "CAP":
            body = k - 1 - 2 * (k > 2 and tokens[k - 2].text == "foreign" and tokens[k - 1].text == "policy")
            if tokens[body].kind == "COUNTRY" and not actors().is_state(tokens[body].code or ""):
                for word in tokens[body + 1:k]:
                    word.kind = "WORD"
                tokens[k].kind = "HEAD"  # "UN chief Antonio Guterres", "NATO chief Jens Stoltenberg", "EU foreign policy
                # chief Josep Borrell" (Xinhua, Tasnim, Anadolu, Yonhap): an organisation's head, as wires name one;
                # not "army chief X", "Russian intelligence chief X" (no organisation before it, or a state)
    return tokens


def _listed_name_at(tokens: list[Token], k: int, name: tuple[str, ...]) -> bool:
    """Whether the words at `k` are the listed name, maybe with a middle name the list leaves out ("Duma Gideon Boko" of
    "Duma Boko": Botswana's presidency, SADC)."""
    return tuple(t.text for t in tokens[k:k + len(name)]) == name or len(name) == 2 and k + 2 < len(tokens) \
        and tokens[k + 1].kind == "CAP" and tokens[k + 2].text == name[1]


@cache
def _styled_leaders() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The names in `leaders.tsv` (the name column, not the aliases: "Sheikh Mohamed bin Zayed" is an alias with its
    style) whose first word a title or a style also is, by that word: their words."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for row in leader_rows():
        words = tuple(row.name.split())
        if len(words) > 1 and (_kind(words[0]) != "CAP" or words[0] in _COURTESY_WORDS | _ROYAL_OR_AMIR):
            found.setdefault(words[0], []).append(words)
    return {word: tuple(names) for word, names in found.items()}


# Cyrillic letters that look Latin, typed by mistake inside English words by bilingual desks: the word's kind is its
# Latin twin's (a same-length map; the text and its spans keep the letters as typed)
_LOOKALIKES = str.maketrans("аеорсухіјѕАВЕКМНОРСТХІЈЅ", "aeopcyxijsABEKMHOPCTXIJS")


@lru_cache(maxsize=65_536)  # a word's kind depends on the word alone; readouts repeat their words
def _kind(word: str) -> str:
    vocab = vocabulary()
    if not word.isascii() and (latin := word.translate(_LOOKALIKES)) != word and latin.isascii():
        word = latin  # "Minister of National Defenсe" with a Cyrillic "с" (Ukraine's presidency, White House pages)
    bare = word.rstrip("'’s") if word.endswith(("'s", "’s")) else word
    if bare.lower().endswith(("-elect", "-designate")):  # "President-elect", "Prime Minister-Designate"
        bare = bare.rsplit("-", 1)[0]
    if not word[0].isalnum():
        kind = "PUNCT"
    elif bare in vocab["heads"]:
        kind = "HEAD"
    elif bare in vocab["words"]:
        kind = "WORD"
    elif word in vocab["honorifics"]:
        kind = "HON"
    elif word in vocab["connectors"]:
        kind = "CONN"
    elif word in NAME_PARTICLES:
        kind = "PART"
    elif word[0].isupper() and word not in _CALENDAR or _PREFIXED.match(word):
        kind = "CAP"
    else:
        kind = "LOWER"
    return kind


def _merge_countries(tokens: list[Token], mentions) -> list[Token]:
    out: list[Token] = []
    i = 0
    for m in mentions:
        while i < len(tokens) and tokens[i].end <= m.span.start:
            out.append(tokens[i])
            i += 1
        group = []
        while i < len(tokens) and tokens[i].start < m.span.end:
            group.append(tokens[i])
            i += 1
        if group:
            end = max(m.span.end, group[-1].end)
            out.append(Token(m.text, group[0].start, end, "COUNTRY", m.code))
    out.extend(tokens[i:])
    for k in range(len(out) - 4, -1, -1) if len(mentions) >= 2 else ():  # two mentions at least (a name and its acronym);
        # from the end, so a deletion leaves the places still to look at where they were
        if out[k].kind == "COUNTRY" and out[k + 1].text == "(" and out[k + 2].kind == "COUNTRY" \
                and out[k + 2].code == out[k].code and out[k + 3].text == ")":
            # "the European Union (EU) Commissioner ...", "Republic of Korea (ROK) Foreign Minister X", "the United Arab
            # Emirates (UAE) Minister of State X" (CARICOM, JIS, State, GNA): the acronym after a state's name is read as
            # none of the words, so the office after them is the state's (and no title ends with it)
            del out[k + 1:k + 4]
    return out


@dataclass(slots=True)
class Mention:
    name: Span
    country: str | None
    title_text: str | None
    title_span: Span | None

    @property
    def start(self) -> int:
        """Where the mention begins: its title, or its name when the name comes first ("X, Amir of the State of Qatar")."""
        return min(self.title_span.start, self.name.start) if self.title_span else self.name.start


def find_mentions(text: str, start: int, end: int) -> list[Mention]:
    """Every "title + name" and "name, title" in `text[start:end]`, in order of appearance.

    >>> t = "Vietnamese Foreign Minister Bui Thanh Son met President Xi Jinping of China."
    >>> [(t[m.name.start:m.name.end], m.title_text, m.country) for m in find_mentions(t, 0, len(t))]
    [('Bui Thanh Son', 'Foreign Minister', 'VNM'), ('Xi Jinping', 'President', 'CHN')]
    """
    if not _heads().occurs_in(text[start:end]):
        return []  # every mention has a title, every title a head word: most sentences need no tokens
    return _with_a_lists_state(text, start, _mentions(text, tokenize(text, start, end)))


def _with_a_lists_state(text: str, start: int, found: list[Mention]) -> list[Mention]:
    """`found` (mentions from `start` on), each official listed before one closed by "of <State>" given that state."""
    for k in range(len(found) - 1):
        first, then = found[k], found[k + 1]
        if first.country is None and _A_VERB_BEFORE.search(text, start, first.start) is not None \
                and then.country is not None and _AND_BETWEEN.fullmatch(text, first.name.end, then.start) \
                and (of := _OF_STATE_AFTER.match(text, then.name.end)) and actors().code_for(of["state"]) == then.country \
                and actors().is_state(then.country) and leader_country(first.name.of(text)) is None:
            found[k] = replace(first, country=then.country)  # "met with President Guy Parmelin and Foreign Minister
            # Ignazio Cassis of Switzerland", "Prime Minister Bennett and Foreign Minister Lapid of Israel" (White House,
            # State): the state closing a list of the other side's officials is theirs all
    return found


_AND_BETWEEN = re.compile(r",?\s+and\s+(?:the\s+)?")
_A_VERB_BEFORE = re.compile(r"\b[a-z]{2,}\b")  # a lower-case word before the list: it is an object ("met with ...")
_OF_STATE_AFTER = re.compile(r",?\s+of\s+(?P<state>(?:the\s+)?[A-Z][\w'’\-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’\-]*){0,4})")


@cache
def _heads() -> Keywords[None]:
    """The words a mention needs, for a look before tokenising: the head words (their "-elect" forms
    aside, found inside them) and the royal styles that stand for a title ("His Highness X"). An Aho-Corasick
    automaton: one pass finds the first of a hundred words, where testing each took a tenth of the stage."""
    return Keywords.of(vocabulary()["heads"] | _STYLES | {"Marshal", " chief "})  # a head in its place (`tokenize`);
    # an organisation's "chief" in wire copy ("UN chief Antonio Guterres"). Not the lower-case offices after a name
    # (`_lowercase_office`): keys that open with ", " sent the automaton's prefilter to every comma (1% more
    # instructions over the White House readouts), and a sentence that names such an official names another by office


def _mentions(text: str, tokens: list[Token]) -> list[Mention]:
    found: list[Mention] = []
    i = 0
    while i < len(tokens):
        if tokens[i].kind in ("PUNCT", "CONN") or tokens[i].kind == "LOWER" and tokens[i].text != "the":
            i += 1  # no title, name, style or honorific opens here ("the Hon X" does): most of a sentence's words
            continue
        first = (_name_first, _title_first) if tokens[i].text in _COURTESIES else (_title_first, _name_first)
        # "Sheikh Salem Al-Sabah, Foreign Minister, received", "Prince Faisal bin Farhan Al Saud, Minister of Foreign
        # Affairs": the office after the name, not the courtesy, is the title
        mention, nxt = first[0](text, tokens, i) or first[1](text, tokens, i) or _styled_name(text, tokens, i) \
            or _elected_name(text, tokens, i) or (None, i + 1)
        if mention:
            found.append(mention)
            if (second := _plural_office(text, tokens, mention, nxt)) is not None:
                found.append(second[0])
                nxt = second[1]
        i = max(nxt, i + 1)
    return found


def _plural_office(text: str, tokens: list[Token], mention: Mention, nxt: int) -> tuple[Mention, int] | None:
    """ "Prime Ministers Anthony Albanese and Christopher Luxon met", "Presidents Joe Biden and Andrés Manuel López
    Obrador" (Australia, New Zealand, White House): a plural office is each one's, made singular in `mention`;
    (the next name's mention, the index after it) when "and" and a full name follow."""
    words = (mention.title_text or "").split()
    if not words or words[-1] not in _PLURAL_OFFICES or len(words) >= 2 and words[-2] in ("of", "the") \
            or len(mention.name.of(text).split()) < 2:  # not "... Foreign Ministers Sullivan": no pair named
        return None
    mention.title_text = _singular(words)
    if not (nxt < len(tokens) and tokens[nxt].text == "and" and (end := _name_run(tokens, nxt + 1)) - (nxt + 1) >= 2
            and _is_name(tokens, nxt + 1, end)):
        return None
    # the title's state or body is the second one's too, not a state named after the first name
    states = actors().find(text, max(0, mention.title_span.start - 40), mention.title_span.end) \
        if mention.title_span else []  # "Australian and New Zealand Prime Ministers": whose is whose?
    own = mention.country if tokens[nxt - 1].end == mention.name.end and len(states) <= 1 else None
    if mention.title_span and len(both := [x.code for x in actors().find(text, mention.title_span.end, mention.name.start)
                                           if actors().is_state(x.code)]) == 2:
        mention.country, own = both  # "the Foreign Ministers of Finland and Sweden, Pekka Haavisto and Tobias Billström":
        # the states in the order of the names (Nordic and Baltic joint statements)
    of_code, after = _of_country(tokens, end)  # "... and Winston Peters of New Zealand"
    return Mention(_name_span(tokens, nxt + 1, end), of_code or own, mention.title_text, mention.title_span), after


_PLURAL_OFFICES = {"Ministers": "Minister", "Presidents": "President", "Secretaries": "Secretary", "Premiers": "Premier",
                   "Chancellors": "Chancellor", "Leaders": "Leader", "Heads": "Head", "Advisors": "Advisor",
                   "Advisers": "Adviser", "Councillors": "Councillor", "Councilors": "Councilor"}  # those titles.yaml's
# heads hold ("Councillors" before names only: `_CHAMBER_OR_OFFICES`)


def _singular(words: list[str]) -> str:
    """An office named in the plural, as one holder's: "Prime Ministers" -> "Prime Minister"."""
    return " ".join([*words[:-1], _PLURAL_OFFICES[words[-1]]])


def _title_run(tokens: list[Token], i: int) -> int:
    """End (exclusive) of a title run starting at `i`, or `i` when there is none."""
    if tokens[i].kind not in ("HEAD", "WORD", "COUNTRY"):
        return i
    j, last, has_head = i, i, False
    while j < len(tokens) and (tokens[j].kind in ("HEAD", "WORD", "COUNTRY", "CONN") and not _the_after_a_word(tokens, i, j)
                               or _inside_title(tokens, j) or _a_governments_standing(tokens, j)
                               or _inner_connector(tokens, i, j)
                               or _portfolio_comma(tokens, i, j) or _office_slash(tokens, j) or _office_dash(tokens, j)
                               or j > i and _inside_an_acronym(tokens, i, j)
                               or _listed_part(tokens, j) and _portfolio_comma(tokens, i, j - 1)):
        if _courtesy_at(tokens, j) and j > i and (tokens[j - 1].kind == "COUNTRY" or has_head):
            break  # "President of the United Arab Emirates Sheikh Mohamed ...", "Saudi Foreign Minister Prince
            # Faisal bin Farhan": the office ends before the royal courtesy of the name
        if tokens[j].text == "and" and j + 1 < len(tokens) and tokens[j + 1].kind == "HEAD" and \
                _same_office_before(tokens, j):
            break  # "The President of the Republic and President Xi Jinping held talks" (Élysée): two people, not
            # "Deputy Prime Minister and Minister of Foreign Affairs"
        if tokens[j].kind != "CONN":
            last = j + 1
            has_head |= tokens[j].kind == "HEAD"
        j += 1
    if has_head and last < len(tokens) and tokens[last].text in _OFFICE_ORDINALS:
        last += 1  # "Minister of Foreign Affairs II Dato Erywan" (Brunei, State), "Minister II": the second holder's office
    if has_head and last == j and (closed := _body_closed_by_its_acronym(tokens, i, j)):
        last = closed  # "President of the Union of European Football Associations (UEFA) Aleksander Čeferin"
    return last if has_head else i


def _body_closed_by_its_acronym(tokens: list[Token], i: int, j: int) -> int:
    """The end (after its closing bracket) of a body's name in capitalised words that an office is "of", when its
    acronym in brackets closes it and a name follows: "President of the Union of European Football Associations (UEFA)
    Aleksander Čeferin" (Ukraine's presidency, Kremlin, State: the acronym ends the office, as a comma would); else 0."""
    k = j
    while k < len(tokens) and k - j < 6 and (tokens[k].kind in ("CAP", "WORD") or tokens[k].text in ("of", "for", "and")):
        k += 1
    if k == j or k + 4 >= len(tokens) or tokens[k].text != "(" or tokens[k + 2].text != ")":
        return 0
    acronym = tokens[k + 1].text
    named = acronym.isupper() and tokens[k + 3].kind == "CAP" and tokens[k + 4].kind == "CAP"
    apposed = (acronym.isupper() or acronym[1:].islower()) and tokens[k + 3].text == "," \
        and tokens[k + 4].kind in ("CAP", "HON")  # "the President of the African Export-Import Bank (Afreximbank),
    # Professor Benedict Oramah,": the name in apposition after the comma
    return k + 3 if (named or apposed) and any(t.text == "of" for t in tokens[i:j]) else 0


_OFFICE_ORDINALS = frozenset({"II", "III"})


def _the_after_a_word(tokens: list[Token], i: int, j: int) -> bool:
    """ "the" right after a title's word, not after its "of", "for" or "and": another phrase begins ("received at the
    headquarters of the Presidency of the Republic the President of the Council of Ministers": Algeria, Gulf agencies)."""
    return j > i and tokens[j].text == "the" and tokens[j - 1].kind != "CONN" and tokens[j - 1].text not in ("from", "with")


def _inner_connector(tokens: list[Token], i: int, j: int) -> bool:
    """A lower-case word inside a title that no other title takes: the one "with" of a portfolio ("Secretary for
    Relations with States", "Minister for Relations with Parliament", "Special Representative for Relations with
    International Organizations": the Holy See, European and African governments, the Kremlin), and the "from" of a
    counterpart's state ("her counterpart from the Republic of Ecuador, Gabriela Sommerfeld": Latin American ministries)."""
    if j <= i or j + 1 >= len(tokens):
        return False
    if tokens[j].text == "with":
        return tokens[j - 1].text == "Relations" and tokens[j + 1].kind in ("WORD", "CAP", "COUNTRY", "CONN")
    if tokens[j].text == "on":  # an envoy's state: "UN Special Envoy on Myanmar Christine Schraner Burgener" (State, UN),
        # as "for" is; a brief in words ("... Representative on Climate Issues Ruslan Edelgeriyev") is `_body_then_name`'s
        return tokens[j - 1].text in _BRIEFED and tokens[j + 1].kind == "COUNTRY"
    state = j + 2 if tokens[j + 1].text == "the" else j + 1
    return tokens[j].text == "from" and tokens[j - 1].text in ("counterpart", "counterparts") and state < len(tokens) \
        and tokens[state].kind == "COUNTRY" and actors().is_state(tokens[state].code or "")  # not "from NATO Allies X, Y"


def _inside_an_acronym(tokens: list[Token], i: int, j: int) -> bool:
    """Whether `j` is in a body's acronym in brackets that the title goes on after: "General Secretary of the Communist
    Party of China (CPC) Central Committee" (Xinhua, VNA, China's MFA), "President of the International Federation of Red
    Cross and Red Crescent (IFRC) Societies" (State); not the acronym that ends an office before its holder's name, nor a
    state's or an organisation's before an office ("Republic of Korea (ROK) Foreign Minister", "(OSCE) Chairman")."""
    start = j - (tokens[j].text != "(") - (tokens[j].text == ")")
    return i < start and start + 3 < len(tokens) and tokens[start].text == "(" and tokens[start + 2].text == ")" \
        and tokens[start + 1].text.isupper() and tokens[start + 1].kind == "CAP" and tokens[start + 3].kind in ("WORD", "HEAD") \
        and any(t.kind == "HEAD" for t in tokens[i:start]) and any(t.text == "of" for t in tokens[i:start])  # an office
    # "of" its body, not a body before its office ("Office of National Drug Control Policy (ONDCP) Director X",
    # "Palestinian Authority (PA) Prime Minister X", whose titles are "Director", "Prime Minister")


def _same_office_before(tokens: list[Token], j: int) -> bool:
    """Whether the office after the "and" at `j` repeats the head of an office "of" something before
    it, in the same run of title words: another holder of another state's office."""
    k = j
    while k > 0 and tokens[k - 1].kind in ("HEAD", "WORD", "COUNTRY", "CONN", "CAP"):
        k -= 1
    before = tokens[k:j]
    return any(t.text == tokens[j + 1].text for t in before) and any(t.text == "of" for t in before)


def _office_slash(tokens: list[Token], j: int) -> bool:
    """Two offices one person holds, joined by a slash: "High Representative/Vice-President Josep
    Borrell" (EU), "Deputy Prime Minister/Foreign Minister Prak Sokhonn" (State Department), "High Representative of
    the Union for Foreign Affairs and Security Policy/Vice-President of the European Commission" (EU, State)."""
    return tokens[j].text == "/" and 0 < j < len(tokens) - 1 and (
        tokens[j - 1].kind == "HEAD" and tokens[j + 1].kind in ("HEAD", "WORD")
        or tokens[j - 1].kind == "WORD" and tokens[j + 1].kind == "HEAD")


def _office_dash(tokens: list[Token], j: int) -> bool:
    """Two offices one person holds, joined by a dash: "First Deputy Prime Minister - Minister of Economy
    Yulia Svyrydenko" (Ukraine), "Chairman of the Cabinet of Ministers – Head of the Presidential
    Administration Adylbek Kasymaliev" (Kyrgyzstan, Kazakhstan)."""
    return tokens[j].text in ("-", "–", "—") and 0 < j < len(tokens) - 1 and tokens[j - 1].kind in ("HEAD", "WORD") \
        and tokens[j + 1].kind == "HEAD" and tokens[j + 1].start - tokens[j].end <= 1  # not a list's bullet: "-   Rep. X"


# Words that begin an office of their own: after a comma they start the next title or the holder's
# courtesy ("the Minister for Foreign Affairs, Senator the Hon Penny Wong"), not a portfolio's next part.
_OFFICES = frozenset("""President Vice-President Vice Premier Minister Ministers Secretary Secretary-General Deputy
    Chancellor Councilor Councillor King Queen Prince Princess counterpart Senator Ambassador Envoy Representative
    Director Chairman Chair Chairperson Governor Mayor General Admiral Special Chief Head Commissioner Advisor Adviser
    Coordinator Spokesperson Member Speaker""".split())


def _portfolio_comma(tokens: list[Token], i: int, j: int) -> bool:
    """A comma listing a portfolio's parts after "for": "Minister of State for Middle East, North
    Africa, and North America James Cleverly", "Special Envoy for Afghan Women, Girls, and Human
    Rights Rina Amiri" (UK, State Department); after "of", one part and "and". Not the comma before a
    name ("..., Wang Yi")."""
    if tokens[j].text != "," or tokens[j - 1].kind == "COUNTRY":
        return False  # "Minister for Foreign Affairs of Japan, State Councilor ...": the office ended at its state
    if not any(t.text == "for" for t in tokens[i:j]) and not (
            any(t.text == "of" for t in tokens[i:j]) and j + 2 < len(tokens) and tokens[j + 1].kind in ("CAP", "WORD", "COUNTRY")
            and tokens[j + 2].text == "and"):
        return False  # after "of", a list of one part and "and" only: "Minister of Foreign Affairs, Migration and
        # Tunisians Abroad Nabil Ammar", "Minister of Foreign Affairs, European Union and Cooperation" (a body's name as
        # the part), "Minister of Foreign Affairs, Trade and Development" (Tunisia, Mauritania, Spain,
        # Canada, the Kremlin's "Minister of Construction, Housing and Utilities"); not "Minister of Foreign Affairs,
        # Sugiono, and ..." (a name in a closed apposition), nor "Vice President, Service and Operations Management at
        # Apple" (no portfolio "of" before the comma)
    k = j + 2 if j + 1 < len(tokens) and tokens[j + 1].text == "and" else j + 1
    if k >= len(tokens) or not (tokens[k].kind in ("HEAD", "WORD", "COUNTRY") or _inside_title(tokens, k)
                                or _listed_part(tokens, k)) or _rank_at(tokens, k):
        return False  # "the Secretary for Relations with States, Archbishop Paul Richard Gallagher": the holder's rank
    end = k  # the part after the comma: portfolio words up to the name, no office of its own
    while end < len(tokens) and (tokens[end].kind in ("HEAD", "WORD", "COUNTRY", "CONN") or _inside_title(tokens, end)):
        if tokens[end].text in _OFFICES:
            return False
        end += 1
    return True


def _listed_part(tokens: list[Token], k: int) -> bool:
    """A portfolio's part of one capitalised word between its list's commas: "... for Civilian Security, Democracy, and
    Human Rights Uzra Zeya" (State); a name has two words or more."""
    if not (tokens[k].kind == "CAP" and tokens[k - 1].text == "," and k + 1 < len(tokens)):
        return False
    if tokens[k + 1].text == "and":
        return True
    # a comma, then the list's next part, not the rest of the sentence ("Indonesia's Minister for Foreign Affairs,
    # Sugiono, in Jakarta": a name of one word in a closed apposition)
    return tokens[k + 1].text == "," and k + 2 < len(tokens) and (tokens[k + 2].text == "and"
                                                                   or tokens[k + 2].kind in ("CAP", "WORD"))


def _portfolio_after_a_comma(tokens: list[Token], i: int, j: int) -> int:
    """End of a portfolio's last parts after the comma at `j` that closes a title following its holder's name:
    "Dr. Badr Abdelatty, Minister of Foreign Affairs, Emigration and Egyptian Expatriates, in Cairo" (Egypt, Tunisia,
    Senegal): title words, one "and", no office of their own, closed by a comma or the sentence's end; `j` otherwise.
    Not another person ("..., and Y, Minister of ...": the part may not open with "and", nor hold a name's two
    capitalised words)."""
    if j + 1 >= len(tokens) or tokens[j].text != "," or not any(t.text in ("of", "for") for t in tokens[i:j]):
        return j
    k, joined, words = j + 1, False, 0
    while k < len(tokens) and k - j <= 7 and (tokens[k].kind in ("WORD", "CAP", "COUNTRY") or tokens[k].text == "and"):
        if tokens[k].text in _OFFICES or tokens[k].kind == "CAP" == tokens[k - 1].kind:
            return j
        joined |= tokens[k].text == "and"
        words += tokens[k].kind == "WORD"
        k += 1
    closed = k == len(tokens) or tokens[k].text in (",", ".", ";") or tokens[k].kind == "LOWER"
    return k if joined and words and closed and tokens[j + 1].text != "and" and tokens[k - 1].text != "and" else j


def _portfolio_tail(tokens: list[Token], i: int, j: int) -> int:
    """End of a portfolio's parts that run past the title's words, joined by "and" and commas, up to
    the comma of its holder's name in a closed apposition: "Minister of Foreign Affairs, International
    Trade and Worship, Diana Mondino," (Argentina), "Minister for Foreign Affairs, European Union and Cooperation, José
    Manuel Albares," (Spain), "..., African Cooperation and Moroccan Expatriates, Nasser Bourita," (Morocco).
    `j` when the words after the title are no such parts: a comma and the name, another office."""
    if j >= len(tokens) or tokens[j].text != "," or not any(t.text in ("of", "for") for t in tokens[i:j]):
        return j  # "Minister of Trade and Industry Piyush Goyal, Jake Sullivan": no comma, no more parts
    joined = False
    for k in range(j, min(len(tokens), j + 12)):
        token = tokens[k]
        if token.text == "," and joined and k > j and tokens[k - 1].kind in ("CAP", "WORD", "COUNTRY"):
            name = _skip_honorifics(tokens, k + 1)  # "..., Regional Integration and International Trade, Mr Dhananjay
            # Ramful" (Mauritius): the holder's personal style
            end = _name_run(tokens, name)
            if end - name >= 2 and (end == len(tokens) or tokens[end].text in (",", ".") or tokens[end].kind == "LOWER"):
                return k
        elif token.text == "and":
            joined = True
        elif token.kind not in ("CAP", "WORD", "COUNTRY", "CONN") and token.text != "," or token.text in _OFFICES:
            return j
    return j


_STANDINGS = frozenset({"caretaker", "interim", "transitional", "provisional", "outgoing", "incoming", "acting"})


def _a_governments_standing(tokens: list[Token], j: int) -> bool:
    """A lower-case word of a government's standing inside an office, after "the" and before its capitalised body: "the
    Prime Minister of the caretaker Government of Lebanon, Mr X", "Minister of Foreign Affairs of the interim Government"
    (Cyprus, Lebanon, Bangladesh, Gulf agencies); after the state's adjective, before "government" in lower case: "the
    Minister of Foreign Affairs of the Syrian caretaker government, X" (EEAS), that "government" too; or before the office
    itself: "Libyan interim Foreign Minister X" (State)."""
    word = tokens[j].text
    if word == "government":
        return j > 1 and tokens[j - 1].text in _STANDINGS
    if word not in _STANDINGS or not 1 < j < len(tokens) - 1:
        return False
    if tokens[j - 1].kind == "COUNTRY" and tokens[j + 1].kind in ("HEAD", "WORD"):
        return True  # "Libyan interim Foreign Minister Najla Mangoush", "Armenian acting Prime Minister X" (State, White House)
    the = j - 1 - (tokens[j - 1].kind == "COUNTRY")
    return tokens[the].text == "the" and (tokens[j + 1].text[:1].isupper() or tokens[j + 1].text == "government")


def _inside_title(tokens: list[Token], j: int) -> bool:
    """A capitalised word the title's own words surround, or one of two or three in a row: a
    portfolio's or a body's ("Special Representative for Korean Peninsula Peace ...", "Assistant
    Secretary for European and Eurasian Affairs", "Secretary General of the Parliamentary Assembly
    of the Black Sea Economic Cooperation")."""
    if tokens[j].kind != "CAP":
        return False
    start = j
    while start > 0 and j - start < 2 and tokens[start - 1].kind == "CAP":
        start -= 1
    end = j + 1
    while end < len(tokens) and end - start < 3 and tokens[end].kind == "CAP":
        end += 1
    the = start - 1 - (start > 1 and tokens[start - 1].kind == "COUNTRY")
    if 0 < the and tokens[the].text == "the" and end + 1 < len(tokens) and tokens[end].text == "of" \
            and tokens[end + 1].kind in ("WORD", "COUNTRY", "CAP"):
        return True  # a named body or region of the portfolio: "for the Horn of Africa", "Governor of the
        # Novosibirsk Oblast of Russia", "President of the Austrian Association of Municipalities" (not "Minister of
        # Foreign Affairs Andrey Rudenko of Russia": no "the")
    return 0 < start and tokens[start - 1].kind in ("CONN", "WORD") and end < len(tokens) \
        and tokens[end].kind in ("WORD", "HEAD")


def _name_run(tokens: list[Token], j: int) -> int:
    """End (exclusive) of a personal name starting at `j` (honorifics already skipped)."""
    k = j
    while k < len(tokens) and tokens[k].kind == "PART":  # "President von der Leyen": particles, then the name
        k += 1
    if k == len(tokens) or tokens[k].kind != "CAP":
        k = j
    while k < len(tokens) and (tokens[k].kind == "CAP" or (tokens[k].kind == "PART" or tokens[k].text in _ROYAL) and k > j
                               and k + 1 < len(tokens) and tokens[k + 1].kind in ("CAP", "PART")):
        # particles inside a name ("Mohammed bin Zayed"), and a royal word ("Hassan Sheikh Mohamud")
        if tokens[k].text.endswith(("'s", "’s")):
            return -1  # a possessive ("President Biden's priorities") is not a participant mention
        if tokens[k].text == "I" and k > j:
            break  # "In a conversation with Prime Minister Sánchez I noted ..." (an address): the speaker's "I"
        k += 1
    if k == j or sum(t.kind == "CAP" for t in tokens[j:k]) > 6:  # particles are free: "Mohammed bin Abdulrahman bin Jassim Al Thani"
        return j
    if k < len(tokens) and tokens[k].text in _SUFFIXES:
        return k + 1
    if k + 1 < len(tokens) and tokens[k].text == "," and tokens[k + 1].text in _SUFFIXES:
        return k + 2
    return k


def _name_span(tokens: list[Token], start: int, end: int) -> Span:
    """The name's span, less the letters after it ("Micheál Martin TD", "Hon. Bob Carr MP,") and a possessive's
    apostrophe ("UN Secretary-General António Guterres' message")."""
    while end > start + 1 and tokens[end - 1].text in vocabulary()["post_nominals"]:
        end -= 1
    last = tokens[end - 1]
    return Span(tokens[start].start, last.end - (len(last.text) > 2 and last.text[-1] in "'’" and last.text[-2] == "s"))


def _skip_honorifics(tokens: list[Token], j: int) -> int:
    """Past "H.E. Mr.", "the Hon", "Senator the Hon" (Australia), "the Rt Hon" (UK) before a name."""
    while j < len(tokens):
        if tokens[j].kind == "HON":
            j += 1
        elif tokens[j].text in ("Tan", "Puan") and j + 1 < len(tokens) and tokens[j + 1].text == "Sri" \
                or tokens[j].text == "Sena" and j + 1 < len(tokens) and tokens[j + 1].text == "Padei":
            j += 2  # "Tan Sri Muhyiddin Yassin" (Malaysia), "... Moha Sena Padei Techo Hun Sen" (Cambodia): a style of
            # two words, "Tan" and "Sena" alone being names
        elif tokens[j].text in ("the", "The", "Senator") and _honorific_at(tokens, j + 1):
            j += 1
        else:
            return j
    return j


def _courtesy_at(tokens: list[Token], j: int) -> bool:
    """A royal word or a peer's style right before a name ("Sheikh Mohamed", "Prince Faisal", "Lord
    Cameron": not the "Lord" of "Lord Chancellor") after an office."""
    return j + 1 < len(tokens) and tokens[j].text in _COURTESY_WORDS and tokens[j].kind != "CAP" \
        and tokens[j + 1].kind == "CAP"  # not a given name ("Dr. Sultan Al Jaber": see `tokenize`)


_COURTESY_WORDS = _ROYAL | {"Lord"}
_SOVEREIGNS = frozenset({"King", "Queen", "Emir", "Sultan"})  # after an office's comma, another office: "the
# President of the UAE, King Abdullah of Jordan and ..." lists two people


_RANKS = frozenset({"Ambassador", "General", "Admiral", "Marshal", "Colonel", "Captain", "Professor", "Senator", "Judge",
                    "Attorney", "Cardinal", "Archbishop", "Monsignor"})  # a clerical rank before the name: "Cardinal
# Pietro Parolin, Secretary of State"; "the President of Burkina Faso, Captain Ibrahim Traoré" (Sahel states)


_RANK_WORDS = _RANKS - {"Professor", "Attorney"}  # a rank borne before the name: "Secretary of the Navy Admiral X",
# "Holy See Secretary of State Cardinal Pietro Parolin" (State)
# what goes before a rank in it: "Major General", "Rear Admiral", "Colonel General", "Air Chief Marshal"
_RANK_GRADES = frozenset({"Major", "Lieutenant", "Brigadier", "Vice", "Rear", "Air", "Field", "Colonel", "Chief", "Senior"})
# ("Senior General", Myanmar; "Senior Lieutenant General", Vietnam; "Senior Colonel", China)
# offices that end in "General": "Attorney General", "Solicitor General", "Secretary General", "Director General"
_GENERAL_OFFICES = frozenset({"Attorney", "Solicitor", "Secretary", "Director", "Inspector", "Surgeon", "Governor",
                              "Consul", "Procurator", "Prosecutor", "Postmaster", "Commissioner", "Commander", "Auditor",
                              "Adjutant", "Registrar", "Accountant"})


def _before_a_rank(tokens: list[Token], i: int, j: int) -> int:
    """The end of the office in the title run `tokens[i:j]`, before a rank the holder bears ahead of their name:
    "Secretary of the Navy Admiral José Rafael Ojeda", "National Security Advisor Ambassador Celso Amorim" (White House,
    State); not an office that ends in the word ("Secretary General", "Attorney General", "Special Ambassador")."""
    if j - i < 2 or tokens[j - 1].text not in _RANK_WORDS:
        return j
    if tokens[j - 1].text == "General" and tokens[j - 2].text in _GENERAL_OFFICES:
        return j  # "Minister of Justice and Attorney General X", "Secretary General Y"
    end = j - 1
    while end - 1 > i and tokens[end - 1].text in _RANK_GRADES:
        end -= 1  # "Chief of the General Staff Colonel General Valery Gerasimov", "... Air Chief Marshal X"
    return end if any(t.kind == "HEAD" for t in tokens[i:end]) else j


def _rank_at(tokens: list[Token], j: int) -> bool:
    """A rank or courtesy office right before a name, after an office's comma ("..., Ambassador X")."""
    return j + 1 < len(tokens) and tokens[j].text in _RANKS and tokens[j + 1].kind in ("CAP", "HON")


def _honorific_at(tokens: list[Token], j: int) -> bool:
    return j < len(tokens) and (tokens[j].kind == "HON" or tokens[j].text == "the" and _honorific_at(tokens, j + 1))


def _title_first(text: str, tokens: list[Token], i: int) -> tuple[Mention, int] | None:
    t_end = _title_run(tokens, i)
    if t_end == i or tokens[t_end - 1].text.endswith(("'s", "’s")):
        return None  # "the President’s Investing in America agenda": what an office owns, not its holder
    n_start = _skip_honorifics(tokens, _past_acronym(tokens, t_end))
    sovereign = n_start if _courtesy_at(tokens, n_start) and tokens[n_start].text in _SOVEREIGNS else None
    n_start += _courtesy_at(tokens, n_start)
    n_end = _name_run(tokens, n_start)
    if t_end - 1 > i and n_start == t_end and n_end > n_start and tokens[t_end - 1].kind == "COUNTRY" \
            and tokens[t_end - 2].kind == "HEAD" and leader_country(text[tokens[t_end - 1].start:tokens[n_end - 1].end]):
        t_end = n_start = t_end - 1  # "her Israeli counterpart Israel Katz": a given name that is a state's
    if n_end == n_start + 1 == t_end + 1 and n_end < len(tokens) and tokens[n_end].kind == "HON" and \
            (held_end := _name_run(tokens, held := _skip_honorifics(tokens, n_end))) - held >= 2 and \
            _is_name(tokens, held, held_end):
        t_end, n_start, n_end = n_start + 1, held, held_end  # "Special Envoy for Climate Change Dr. Sultan Al
        # Jaber" (State, WAM): a portfolio's last word, then the holder's personal style and name
    elif n_end == n_start + 1 == t_end + 1 and n_end + 1 < len(tokens) and tokens[n_end].text == "," and \
            tokens[t_end - 1].kind == "WORD" and (held_end := _name_run(tokens, held := _skip_honorifics(tokens, n_end + 1))) \
            - held >= 2 and (held_end == len(tokens) or tokens[held_end].text in (",", ".", ";") or
                             tokens[held_end].kind == "LOWER") and _is_name(tokens, held, held_end):
        t_end, n_start, n_end = n_start + 1, held, held_end  # "the Commissioner for International Partnerships, Jozef
        # Síkela," (Nigeria, EU, Gulf agencies): a portfolio's last word, then its holder in a closed apposition
    office_end = t_end  # the office's own words: a state named in a portfolio's parts is not the holder's
    if (tail := _portfolio_tail(tokens, i, t_end)) > t_end:
        t_end, n_start = tail, tail  # the comma before the holder's name follows
        n_end = n_start
        if tokens[tail - 1].kind == "COUNTRY" and (tokens[tail - 2].text == "of" or tokens[tail - 2].text == "the"
                                                   and tokens[tail - 3].text == "of"):
            office_end = tail  # "Minister of Foreign Affairs, African Integration and Guineans Abroad of the Republic of
            # Guinea, Dr. Morissanda Kouyaté" (West African and Francophone ministries): the parts end with the office's state
    if n_end <= n_start and (body := _body_then_name(tokens, t_end) or _portfolio_then_name(tokens, i, t_end)):
        t_end, n_start, n_end = body  # "Governor of the Yamalo-Nenets Autonomous Area Dmitry Artyukhov"
        if tokens[t_end - 1].kind == "COUNTRY":
            office_end = t_end  # "... and Human Mobility of Ecuador, Gabriela Sommerfeld": the office's state ends it
    comma = _past_acronym(tokens, t_end)  # "the Secretary General of the Organization of American States (OAS), Luis Almagro"
    if n_end <= n_start and comma < len(tokens) and tokens[comma].text == ",":
        # "the Prime Minister of Sweden, Ulf Kristersson": the title with its country, then the name;
        # "the Minister for Foreign Affairs, Senator the Hon Penny Wong": a courtesy says a name follows
        n_start = _skip_honorifics(tokens, comma + 1)
        if _courtesy_at(tokens, n_start) and (n_start > comma + 1 or tokens[n_start].text not in _SOVEREIGNS):
            n_start += 1  # "Foreign Minister of Saudi Arabia, (HH) Prince Faisal bin Farhan", "the Foreign Secretary
            # of the United Kingdom, Lord David Cameron" (State, White House, Gulf agencies): the office is the title
        elif _rank_at(tokens, n_start):
            n_start = _skip_honorifics(tokens, n_start + 1)  # "Chief Advisor to the President of Turkey, Ambassador İbrahim Kalın"
        if any(t.kind == "COUNTRY" for t in tokens[i:t_end]) or n_start > comma + 1 or tokens[i].text.islower() \
                or i == 0 or i == 1 and tokens[0].text == "The":
            # "Foreign Minister, Bilawal Bhutto Zardari, who is leading ...", "The Federal President,
            # Frank-Walter Steinmeier, received" (Pakistan, India, Germany, Italy): the sentence opens so
            n_end = _name_run(tokens, n_start)
        elif (end := _name_run(tokens, n_start)) > n_start + 1 and (
                end + 1 < len(tokens) and tokens[end].text == "," and (tokens[end + 1].text != "and" or _next_person(tokens, end + 2))
                or end < len(tokens) and tokens[end].text == ";" or end + 1 == len(tokens) and tokens[end].text == "."):
            # "... received the President of the Republic, Sergio Mattarella, at": a closed apposition of a
            # full name; not a portfolio's list ("Under Secretary for Civilian Security, Democracy, and ..."), unless
            # another official follows the "and" ("the Special Advisor ..., Celso Amorim, and the Brazilian Ambassador");
            # a list's item closed by its semicolon, or the sentence's last ("Also taking part were the Secretary General
            # of the Presidency, Karina Milei; ... and the Minister of Foreign Affairs, Gerardo Werthein.")
            n_end = end
        if n_end > n_start and (state := _title_country(tokens, i, t_end)) and \
                (known := leader_country(text[tokens[n_start].start:tokens[n_end - 1].end],
                                         title=text[tokens[i].start:tokens[office_end - 1].end])) and known != state \
                and actors().is_state(state):
            return None  # "initiated by the President of the French Republic, Vladimir Putin and Emmanuel
            # Macron had ...": a comma that ends the office's phrase, before another state's leader; an
            # organisation's office is often held by a state's former leader ("the Secretary-General of NATO, Jens
            # Stoltenberg")
    if n_end - n_start > 2 and (body := next((k for k in range(n_end - 3, n_start - 1, -1)
                                              if tokens[k].text in _INSTITUTIONS), None)) is not None:
        t_end = office_end = n_start = body + 1  # "General Director of the Presidential Grants Foundation Ilya
        # Chukalin", "Chairman of the Russian Direct Investment Fund Kirill Dmitriev": the body's word ends the office
    if n_end <= n_start or not _is_name(tokens, n_start, n_end):
        return None
    if t_end == i + 1 and tokens[i].text in _RANKS and n_end + 1 < len(tokens) and tokens[n_end].text == "," \
            and (office := _title_run(tokens, after := _past_post_nominals(tokens, n_end) + 1)) > after:
        # "General Prayut Chan-o-cha, Prime Minister and Minister of Defence," (Thailand, Myanmar, Pakistan): a
        # rank before the name, the office after it, maybe past the holder's decorations ("General Syed Asim Munir,
        # NI (M), Chief of Army Staff": Pakistan's ISPR)
        i, t_end = after, office
        of_code, after = _of_country(tokens, t_end)
        return Mention(_name_span(tokens, n_start, n_end), _title_country(tokens, i, t_end) or of_code,
                       *_clean_title(text, tokens, i, t_end)), after
    of_code, after = _of_country(tokens, n_end)
    country = _title_country(tokens, i, office_end) or of_code
    if country == "UN" and (body := leader_country(text[tokens[n_start].start:tokens[n_end - 1].end])) \
            and body != "UN" and not actors().is_state(body):
        country = body  # "UN High Commissioner for Refugees Filippo Grandi": the UN's own body the official heads, by
        # its own code (UNHCR), as the leaders' table gives it
    title_text, title_span = _clean_title(text, tokens, i, _before_a_rank(tokens, i, t_end))
    if sovereign is not None:  # "The Custodian of the Two Holy Mosques King Salman": a style, then the office, King
        title_text = tokens[sovereign].text
        title_span = Span(title_span.start if title_span else tokens[sovereign].start, tokens[sovereign].end)
    return Mention(_name_span(tokens, n_start, n_end), country, title_text, title_span), after


def _past_post_nominals(tokens: list[Token], comma: int) -> int:
    """The last comma of the letters of offices and honours (`titles.yaml`'s `post_nominals`) that follow a name's
    comma ("..., SC, MP, Prime Minister", "..., NI (M), Chief of Army Staff"), or `comma` itself when none follow."""
    j = comma
    while j + 2 < len(tokens) and tokens[j].text == "," and tokens[j + 1].text in vocabulary()["post_nominals"]:
        k = j + 2
        if k + 2 < len(tokens) and tokens[k].text == "(" and tokens[k + 2].text == ")" and len(tokens[k + 1].text) <= 2:
            k += 3  # "NI (M)": the military grade of a decoration
        if k >= len(tokens) or tokens[k].text != ",":
            break
        j = k
    return j


def _next_person(tokens: list[Token], j: int) -> bool:
    """Whether an official's mention begins at `j`: "the" or a title's or a style's word, then a head before the
    next comma ("and the Brazilian Ambassador to India, ...", "and H.E. Mr. ...")."""
    k = j + (j < len(tokens) and tokens[j].text == "the")
    if k < len(tokens) and tokens[k].kind == "HON":
        return True
    while k < len(tokens) and tokens[k].kind in ("WORD", "COUNTRY", "CONN"):
        k += 1
    return k < len(tokens) and tokens[k].kind == "HEAD"


def _past_acronym(tokens: list[Token], j: int) -> int:
    """Past an office's acronym in brackets: "Principal Deputy National Security Advisor (PDNSA) Jon Finer"."""
    if j + 2 < len(tokens) and tokens[j].text == "(" and tokens[j + 2].text == ")" and tokens[j + 1].text.isupper():
        return j + 3
    return j


_BODY_CONNECTORS = frozenset({"of", "to", "at", "on"})


def _body_then_name(tokens: list[Token], j: int) -> tuple[int, int, int] | None:
    """An office of a body whose name no title word makes ("Chairman of Gazprom Alexei Miller",
    "Governor of the Yamalo-Nenets Autonomous Area Dmitry Artyukhov"): after "of (the)" a run of
    three to eight capitalised words is the body's name and then the person's, who is taken to be
    the last two words (three with a middle initial). (title end, name start, name end), or None."""
    if j >= len(tokens) or tokens[j].text not in _BODY_CONNECTORS:
        return None
    k = j + 1 + (j + 1 < len(tokens) and tokens[j + 1].text == "the")
    end = k
    while end < len(tokens) and end - k < 8 and (tokens[end].kind in ("CAP", "WORD") or
                                                  tokens[end].kind == "CONN" and tokens[end].text == "and"):
        end += 1
    while end > k and tokens[end - 1].kind == "CONN":  # "... Sergei Kiriyenko and President of ...": the list goes on
        end -= 1
    if (held := _past_acronym(tokens, end)) > end and (held_end := _name_run(tokens, held)) - held >= 2 \
            and tokens[end - 1].kind == "CAP" and _is_name(tokens, held, held_end):
        return end, held, held_end  # "President of International Federation of Red Cross and Red Crescent
        # Societies (IFRC) Francesco Rocca" (Kremlin, State): the body's acronym ends its name
    caps = [t for t in tokens[k:end] if t.kind == "CAP"]
    if end - k < 3 or len(caps) < 2 or tokens[end - 1].kind != "CAP" or tokens[end - 2].kind != "CAP" \
            or tokens[end - 1].text.endswith(("'s", "’s")):
        return None
    start = _holders_name_start(tokens, end)
    if start <= k or tokens[start - 1].kind == "CONN" and tokens[start - 1].text == "and":
        return None
    return start, start, end


def _holders_name_start(tokens: list[Token], end: int) -> int:
    """Where the holder's name begins in a run of capitalised words that a body's or a portfolio's name
    opens: its last two words, three with a middle initial ("... Dmitry Artyukhov", "... Jon F. Doe")."""
    return end - 3 if _INITIAL.match(tokens[end - 2].text) and tokens[end - 3].kind == "CAP" else end - 2


def _portfolio_then_name(tokens: list[Token], i: int, j: int) -> tuple[int, int, int] | None:
    """A portfolio whose parts the title's words do not all make, then its holder's name with no comma
    between: "Minister of Digital Development, Communications and Mass Media Maksut Shadayev" (Kremlin),
    "Minister of Foreign Affairs, Foreign Employment and Tourism Vijitha Herath" (Sri Lanka), "Minister
    for Reintegration of the Temporarily Occupied Territories Iryna Vereshchuk" (Ukraine). As for a body's
    name, the holder is the last two capitalised words (three with a middle initial), here before a verb
    or the sentence's end; a comma goes on with the portfolio's list only before its "and"."""
    if j + 1 >= len(tokens) or tokens[j].text not in (",", "and", "for", "of") \
            or tokens[j].text == "," and tokens[j + 1].kind not in ("WORD", "COUNTRY") \
            or not any(t.text in ("of", "for") for t in tokens[i:j + 1]):
        return None  # "the Secretary of State of the United States, Antony Blinken": a comma, then the holder
    end, joined = j, False
    while end < len(tokens) and end - j < 14 and (tokens[end].kind in ("CAP", "WORD", "COUNTRY")
                                                  or tokens[end].text in ("and", "of", "the", "for")
                                                  or tokens[end].text == "," and not joined):
        if tokens[end].text in _OFFICES:
            break
        joined |= tokens[end].text == "and"
        end += 1
    if end < len(tokens) and (tokens[end].kind == "HEAD" or tokens[end].text in _OFFICES):
        while end - 1 > j and tokens[end - 1].kind in ("COUNTRY", "WORD"):
            end -= 1  # "... and European Commission Director-General", "... and Polish Foreign Minister": the next one's
        if tokens[end - 1].text != "and":
            return None  # another office begins: "..., Deputy Prime Minister X" is someone's title of its own
        end -= 1 + (tokens[end - 2].text == ",")  # "... Iryna Vereshchuk and Ambassador of Japan ...", "... for Restoration
        # of Ukraine Oleksandr Kubrakov, and European Commission Director-General ..." (White House): the next person's
    styled = end + 1 < len(tokens) and tokens[end].text == "," and tokens[end + 1].kind == "HON"  # "... of University
    # and Research, Mrs. Anna Maria Bernini" (Tunisia, Italy): the portfolio closed by its comma, then the holder's style
    if end < len(tokens) and (tokens[end].kind == "HON" or styled or _past_acronym(tokens, end) > end):
        # "... and Egyptian Expatriates Dr. Badr Abdelatty", "Director General of the Food and Agriculture
        # Organization of the United Nations (FAO) Qu Dongyu" (Egypt, State): a style or the body's acronym ends it
        n_start = _skip_honorifics(tokens, end + 1 if styled else _past_acronym(tokens, end))
        n_end = _name_run(tokens, n_start)
        t_end = end - (tokens[end - 1].text == ",")  # "... of the Presidency of the Republic, Mr. X": not the comma
        return (t_end, n_start, n_end) if n_end - n_start >= 2 and _is_name(tokens, n_start, n_end) else None
    if end < len(tokens) and tokens[end].text == "," and (tokens[end - 1].kind == "COUNTRY"
                                                          or joined and tokens[end - 1].kind in ("CAP", "WORD")):
        # "The Minister of Foreign Affairs and Human Mobility of Ecuador, Gabriela Sommerfeld Rosero,", "the Minister of
        # Foreign Affairs and Human Mobility, Gabriela Sommerfeld, was present": the holder in a closed apposition after
        # the portfolio's state or its last part
        n_start = _skip_honorifics(tokens, end + 1)
        n_end = _name_run(tokens, n_start)
        closed = n_end == len(tokens) or tokens[n_end].text in (",", ".", ";") or tokens[n_end].kind == "LOWER"
        if n_end - n_start >= 2 and closed and _is_name(tokens, n_start, n_end):
            return end, n_start, n_end
        if tokens[end - 1].kind == "COUNTRY":
            return None  # else the holder may end the portfolio: "Minister of Justice and Law Nestor Ivan Osuna, and ..."
    if end == len(tokens) or end - j >= 14 or tokens[end].kind not in ("LOWER", "PUNCT", "CONN"):
        return None
    if tokens[end - 1].kind != "CAP" or tokens[end - 2].kind != "CAP" or tokens[end - 1].text.endswith(("'s", "’s")):
        return None
    start = _holders_name_start(tokens, end)
    if start - 1 > j and tokens[start].text.lower() in NAME_PARTICLES and tokens[start - 1].kind == "CAP":
        start -= 1  # "... and the Recovery Bruno Le Maire": a particle begins the surname, the given name is before it
    elif start - 1 > j and tokens[start - 1].kind == "CAP" and leader_country(" ".join(t.text for t in tokens[start - 1:end])):
        start -= 1  # "... and Citizen Protection Rosa Icela Rodríguez": a name of three words the dictionary knows
    state = max((k for k in range(j, end) if tokens[k].kind == "COUNTRY"), default=-1)
    if end - 4 <= state < start - 1 and all(t.kind == "CAP" for t in tokens[state + 1:end]):
        start = state + 1  # "... and Cooperation of the Kingdom of Spain José Manuel Albares Bueno": the state ends the office
    if start <= j or tokens[start - 1].text in ("and", ",", "the", "of", "for") or not _is_name(tokens, start, end):
        return None  # "... and Maksut Shadayev": a list of people; "of the Russian Federation": no one
    return start, start, end


def _after_a_place(tokens: list[Token], i: int) -> bool:
    """Whether the capitalised words before `i` name a place after "at" or "in" ("at the Palace of the Republic"), not
    an office ("First Lady Dr. Jill Biden")."""
    k = i - 1
    while k >= 0 and tokens[k].kind in ("CAP", "WORD", "CONN") and tokens[k].text not in ("at", "in"):
        k -= 1
    return k >= 0 and tokens[k].text in ("at", "in") and all(t.kind != "HEAD" for t in tokens[k + 1:i])


def _region_of_the_office(tokens: list[Token], t_end: int) -> int:
    """The end of an office in an apposition with the place or body it is "for" that ends the apposition: "Sigrid Kaag,
    the UN Senior Humanitarian and Reconstruction Coordinator for Gaza, at ...", "..., Special Envoy for the Horn of
    Africa," (Egypt's MFA, Gulf agencies, EU, UN)."""
    if t_end >= len(tokens) or tokens[t_end].text != "for":
        return t_end
    k = t_end + 1 + (t_end + 1 < len(tokens) and tokens[t_end + 1].text == "the")
    start = k
    while k < len(tokens) and (tokens[k].kind in ("CAP", "COUNTRY") or tokens[k].text == "of" and k > start):
        k += 1
    return k if k > start and tokens[k - 1].text != "of" and (k == len(tokens) or tokens[k].text in (",", ".", ";", ")")) \
        else t_end


def _name_first(text: str, tokens: list[Token], i: int) -> tuple[Mention, int] | None:
    if i > 0 and tokens[i - 1].kind in ("CAP", "HON", "HEAD", "WORD") \
            and not (tokens[i].kind == "HON" and tokens[i - 1].kind in ("CAP", "WORD") and _after_a_place(tokens, i)):
        return None  # inside a run of capitals; a personal style opens a name after a place's ("at the Palace of the
        # Republic Mr. Ramtane Lamamra, Personal Envoy of ...": Senegal, Algeria, Gulf agencies)
    n_start = _skip_honorifics(tokens, i)
    n_start += _courtesy_at(tokens, n_start)  # "His Royal Highness Prince X, Crown Prince and Prime Minister,"
    n_end = _name_run(tokens, n_start)
    if n_end <= n_start or n_end + 1 >= len(tokens) or tokens[n_end].text != "," \
            or tokens[n_end - 1].text in _INSTITUTIONS:  # "On the sidelines of the Eastern Partnership Summit, President X"
        return None
    if n_end - n_start < 2 and n_start == i:
        return None  # one capitalised word before a comma is too weak without "Mr."/"H.E."
    if tokens[n_start].text in _OPENING_WORDS or tokens[n_end - 1].text in BUILDINGS:
        return None  # "In Riyadh, Ambassador Hussain attended ...", "at Carthage Palace, Prime Minister of Italy X": a place
    if buildings := [k for k in range(n_start, n_end - 1) if tokens[k].text in BUILDINGS]:
        n_start = buildings[-1] + 1  # "received today at Al-Sakhir Palace Ayman Safadi, Deputy Prime Minister" (BNA, TAP)
        if n_end - n_start < 2:
            return None
    elif i > 0 and tokens[i - 1].text.lower() in ("at", "in"):
        return None  # "This morning at Village Urugwiro, President Kagame received": a venue, not a name and its office
    if n_end - n_start == 1 and n_start > i and (given := _name_run(tokens, n_end + 1)) > n_end + 1 \
            and given + 1 < len(tokens) and tokens[given].text == "," and _title_run(tokens, given + 1) > given + 1:
        n_end = given  # "H.E. Mr. Lavrov, Sergey Viktorovich, Minister of ...": the surname first (Japan MOFA)
    comma = _past_post_nominals(tokens, n_end)  # "The Honourable Kamla Persad-Bissessar, SC, MP, Prime Minister of ..."
    t_start = comma + 1 + (tokens[comma + 1].text == "the")  # "His Majesty Haitham bin Tariq, the Sultan of Oman"
    t_end = _title_run(tokens, t_start)
    if t_end == t_start:
        if n_end - n_start >= 2 and (t_end := _lowercase_office(tokens, t_start)) > t_start:
            title_text, title_span = _clean_title(text, tokens, t_start, t_end)
            return Mention(_name_span(tokens, n_start, n_end), _title_country(tokens, t_start, t_end), title_text,
                           title_span), t_end
        return None
    while t_end + 1 < len(tokens) and tokens[t_end].text == "," and (more := _title_run(tokens, t_end + 1)) > t_end + 1:
        if more < len(tokens) and tokens[more].text == "of":  # "... and Ruler of Dubai,": a place no dictionary holds
            place = more + 1 + (more + 1 < len(tokens) and tokens[more + 1].text == "the")
            while place < len(tokens) and tokens[place].kind in ("CAP", "COUNTRY"):
                place += 1
            more = place if place > more + 1 else more
        if not (more == len(tokens) or tokens[more].text in (",", ".", ";") or tokens[more].kind == "LOWER"):
            break
        t_end = more  # "X, Vice President, Prime Minister and Ruler of Dubai, received" (WAM, AKP): the offices he holds
    t_end = _portfolio_after_a_comma(tokens, t_start, t_end)
    t_end = _region_of_the_office(tokens, t_end)
    of_code, after = _of_country(tokens, t_end)
    if t_start > comma + 1 and after < len(tokens) and tokens[after].text not in (",", ".", ";", ")"):
        return None  # "approaches to Vladimir Putin, the Ukrainian Head of State stressed": a new subject, no apposition
    if _holder_named_after(tokens, after):
        return None  # "received, Friday afternoon at Carthage Palace, the Minister of Foreign Affairs of Italy, Antonio
        # Tajani.": the office is the next name's
    if after < len(tokens) and (named := _name_run(tokens, after)) - after >= 2 and _is_name(tokens, after, named) \
            and ("the" in (tokens[i].text, tokens[i - 1].text if i else "")
                 or not any(tokens[k].kind == "CONN" for k in range(t_start, t_end))):
        return None  # "... illegal actions in the Lachin Corridor, Foreign Minister Ararat Mirzoyan said" (Armenpress,
        # wires), "His Majesty King Abdullah II, Egyptian President Abdel Fattah Al Sisi and ..." (Petra, MENA): an office
        # that a full name follows opens that name's mention, after "the" and capitals (a place's or a thing's) or when
        # it is plain; not "Bjoern Seibert, Chief of Staff for European Commission President Ursula von der Leyen"
    country = _title_country(tokens, t_start, t_end) or of_code
    title_text, title_span = _clean_title(text, tokens, t_start, t_end)
    return Mention(_name_span(tokens, n_start, n_end), country, title_text, title_span), after


# An office written in lower case after its holder's full name, as news agencies write it: "Tanzila Narbaeva, chairwoman
# of Uzbekistan's Senate,", "Hun Sen, president of the Cambodian People's Party (CPP),", "Frédéric Bernard, head of
# cabinet of the President of the European Council," (State, the White House; Xinhua, Yonhap, AKIpress as the held-out
# sets write them)
_LOWERCASE_HEADS = frozenset("""president vice-president premier minister chairman chairwoman chairperson chair speaker
    secretary-general head governor director-general ambassador envoy commissioner king emir sultan leader
    secretary""".split())
_LOWERCASE_OFFICE_WORDS = _LOWERCASE_HEADS | frozenset("vice deputy first prime foreign defence defense acting special "
                                                       "general senior of cabinet".split())


def _lowercase_office(tokens: list[Token], j: int) -> int:
    """End of a lower-case office at `j` that an "of" phrase of capitalised words (a state, a body) completes and a comma,
    a full stop, a semicolon or a bracketed acronym closes; `j` when there is none. Without its "of" phrase ("X, head
    of the pulmonary department") or with a lower-case one it is a job, not an office the readouts' officials hold."""
    k = j
    while k < len(tokens) and tokens[k].kind in ("LOWER", "CONN") and tokens[k].text in _LOWERCASE_OFFICE_WORDS:
        k += 1
    if k == j or not any(t.text in _LOWERCASE_HEADS for t in tokens[j:k]) or tokens[k - 1].text != "of":
        return j
    end = k + (k < len(tokens) and tokens[k].text == "the")
    while end < len(tokens) and (tokens[end].kind in ("COUNTRY", "CAP", "WORD", "HEAD")
                                 or tokens[end].text in ("of", "the", "and") and end + 1 < len(tokens)
                                 and tokens[end + 1].kind != "LOWER"):
        end += 1
    if end == k or tokens[end - 1].kind not in ("COUNTRY", "CAP", "WORD", "HEAD"):
        return j
    if end + 2 < len(tokens) and tokens[end].text == "(" and tokens[end + 2].text == ")":
        end += 3  # the body's acronym: "... People's Party (CPP),"
    return end if end == len(tokens) or tokens[end].text in (",", ".", ";") else j


def _holder_named_after(tokens: list[Token], comma: int) -> bool:
    """Whether a full name follows the office's comma and ends the phrase there: the office's holder in
    a closed apposition ("..., the Minister of Foreign Affairs of Italy, Antonio Tajani, to discuss"), not
    the next of a list of names and offices ("X, Secretary of State, Y, National Security Advisor", "...
    Liaison, Native Hawaiian, and Pacific Islander") or a body ("Representative, United Food and ...")."""
    if comma + 1 >= len(tokens) or tokens[comma].text != ",":
        return False
    end = _name_run(tokens, comma + 1)
    if end - comma - 1 < 2 or not _is_name(tokens, comma + 1, end):
        return False
    if end == len(tokens) or tokens[end].text in (".", ";") or tokens[end].kind == "LOWER":
        return True
    return tokens[end].text == "," and end + 1 < len(tokens) and tokens[end + 1].kind == "LOWER" \
        and tokens[end + 1].text not in ("and", "or")


_OPENING_WORDS = frozenset("In On At During For With From After Before Following Under Upon By As Since While When "
                           "Today Yesterday This That These Those".split())
_STYLES = frozenset({"Majesty", "Highness"})
_COURTESIES = frozenset({"Sheikh", "Sheikha", "Shaikh", "Prince", "Princess"})  # a royal courtesy that is no office


def _styled_name(text: str, tokens: list[Token], i: int) -> tuple[Mention, int] | None:
    """ "spoke with His Highness Ahmad al-Nawaf al-Sabah of Kuwait": a royal style with no office
    beside it introduces a name as a title does, and stands as the title ("His Highness")."""
    if tokens[i].text not in ("His", "Her"):
        return None
    j = i + 1 + (i + 1 < len(tokens) and tokens[i + 1].text == "Royal")
    if j + 1 >= len(tokens) or tokens[j].text not in _STYLES or \
            tokens[j + 1].kind == "HEAD" and tokens[j + 1].text not in _COURTESIES:
        return None  # "His Majesty King Abdullah II": the office after the style is the title
    n_start = j + 1 + _courtesy_at(tokens, j + 1)
    n_end = _name_run(tokens, n_start)
    if n_end <= n_start or not _is_name(tokens, n_start, n_end):
        return None
    country, after = _of_country(tokens, n_end)
    title_span = Span(tokens[i].start, tokens[j].end)
    return Mention(_name_span(tokens, n_start, n_end), country, title_span.of(text), title_span), after


_ON_TAKING_OFFICE = frozenset({"on", "following", "after", "upon"})  # "sent a message of congratulations to His Excellency
# X following his re-election as President of the Union of the Comoros" (Madagascar, Gulf agencies)
_TAKING_OFFICE = frozenset({"election", "re-election", "reelection", "appointment", "inauguration", "swearing-in"})
_MADE_OFFICE_HOLDER = frozenset({"elected", "re-elected", "reelected", "appointed", "re-appointed", "reappointed"})
_BEFORE_THE_OFFICE = frozenset({"the", "new", "next", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                                "eighth", "ninth", "tenth"})


def _elected_name(text: str, tokens: list[Token], i: int) -> tuple[Mention, int] | None:
    """ "congratulated His Excellency Professor Arthur Peter Mutharika on his election as the 7th President of the
    Republic of Malawi", "congratulated Shehbaz Sharif on his election as Prime Minister of the Islamic Republic of
    Pakistan", "congratulated Yoon Suk-yeol on being elected President of the Republic of Korea" (Kremlin, State,
    Southern African presidencies): a name no title stands beside, then the office it now
    holds (the office's words capitalised: "as Costa Rica's next president" is too loose to read)."""
    if tokens[i].kind not in ("CAP", "HON") or i > 0 and tokens[i - 1].kind in ("CAP", "HON", "HEAD", "WORD"):
        return None
    n_start = _skip_honorifics(tokens, i)
    n_end = _name_run(tokens, n_start)
    if n_end - n_start < 2 or n_end + 4 >= len(tokens) or tokens[n_end].text not in _ON_TAKING_OFFICE \
            or not _is_name(tokens, n_start, n_end):
        return None
    if tokens[n_end + 1].text in ("his", "her") and tokens[n_end + 2].text.lower() in _TAKING_OFFICE \
            and (as_ := n_end + 3 + (tokens[n_end + 3].text in ("today", "yesterday"))) < len(tokens) \
            and tokens[as_].text == "as":
        t_start = as_ + 1  # "on his inauguration today as the fifth President of the Republic of Mozambique" (Malawi)
    elif tokens[n_end + 1].text == "being" and tokens[n_end + 2].text.lower() in _MADE_OFFICE_HOLDER:
        t_start = n_end + 3 + (tokens[n_end + 3].text == "as")  # "on being elected President of Armenia" (Kremlin)
    else:
        return None
    while t_start < len(tokens) and (tokens[t_start].text in _BEFORE_THE_OFFICE or tokens[t_start].text[:1].isdigit()):
        t_start += 1  # "as the 7th President", "as the fifth President", "as Costa Rica's next president"
    state = tokens[t_start].code if t_start < len(tokens) and tokens[t_start].kind == "COUNTRY" else None
    t_start += state is not None
    t_end = _title_run(tokens, t_start)
    if t_end == t_start or not any(t.kind == "HEAD" for t in tokens[t_start:t_end]):
        return None
    of_code, after = _of_country(tokens, t_end)
    title_text, title_span = _clean_title(text, tokens, t_start, t_end)
    return Mention(_name_span(tokens, n_start, n_end), state or _title_country(tokens, t_start, t_end) or of_code,
                   title_text, title_span), after


_INSTITUTIONS = frozenset(
    "Secretariat Council Committee Commission Office Agency Ministry Department Bureau Administration Team "
    "Group Forum Summit Meeting Partnership Initiative Agreement Strategy Alliance Organization Organisation "
    # bodies a title names before its holder ("President of the Russian Academy of Sciences X", "Chair of the
    # European Parliament Delegation to ...", "President of the Union of European Football Associations")
    "Academy Chamber Delegation Association Associations Institute Union Assembly Parliament Fund Bank "
    "Conference Foundation University Centre Center Studies Society Societies Federation Corporation "
    "System "  # "the Resident Coordinator of the United Nations System in Côte d'Ivoire" (presidencies, State)
    "Diwan "  # "the Amiri Diwan", "the Ministry's General Diwan" (Kuwait, Qatar, Oman): a court, no one's name
    # a region a governor heads: "Governor of Russia's Leningrad Oblast Aleksandr Drozdenko" (BelTA, Kremlin, Ukraine)
    "Oblast Krai Okrug Governorate Province".split()
)


def _is_name(tokens: list[Token], start: int, end: int) -> bool:
    """A run of capitalised words after a title is a person's name unless the title goes on after
    it ("Chief Medical Advisor": "Medical" is no one) or it names a body ("... National Security
    Secretariat", "the President's National Infrastructure Advisory Council")."""
    if end < len(tokens) and tokens[end].kind in ("HEAD", "WORD"):
        return False
    return tokens[end - 1].text not in _INSTITUTIONS and tokens[start].text not in _INSTITUTIONS  # "... Foundation X"


def _title_country(tokens: list[Token], i: int, j: int) -> str | None:
    """The state named in the title, else the organisation ("UN Secretary-General"). A state after
    "for" is the office's portfolio, and an ambassador's "to" their post, not the official's own ("Special
    Representative for the DPRK Sung Kim", "Ambassador to Germany Amy Gutmann" are American; "Minister for
    Foreign Affairs" names none), as is one listed among the portfolio's parts after a comma ("Minister of
    Commerce and Indian G20 Sherpa" holds two offices)."""
    codes = [t.code for k, t in enumerate(tokens[i:j], i) if t.kind == "COUNTRY" and t.code
             and not (tokens[k - 1].text in ("for", "on")
                      or k > 1 and tokens[k - 1].text == "the" and tokens[k - 2].text == "for")
             and not _ambassador_to(tokens, k, i)
             and not (tokens[k - 1].text == "," and any(t.text in ("of", "for") for t in tokens[i:k - 1]))
             and not (k + 1 < j and tokens[k + 1].text in _PORTFOLIO_NOUNS)  # "Minister of Foreign and CARICOM
             # Affairs", "Minister for EU Affairs", "Minister of European Integration": a portfolio's words, not a state's
             # nor a state among a portfolio's parts: "Minister for Foreign Affairs, European Union and Cooperation"
             and not (k and tokens[k - 1].text in ("in", "at") and k + 1 < j and tokens[k + 1].kind == "COUNTRY")]
    # nor the place of the encounter before the official's state: "received today in Cairo U.S. Secretary of State X"
    of = [t.code for k, t in enumerate(tokens[i:j], i) if t.kind == "COUNTRY" and t.code and k > i
          and (tokens[k - 1].text == "of" or tokens[k - 1].text == "the" and tokens[k - 2].text == "of")]
    codes = of + [c for c in codes if c not in of]  # "Palazzo Chigi the Prime Minister of Albania": the office's state
    states = [c for c in codes if actors().is_state(c)]
    if not codes and j - i >= 2 and tokens[i].text == "European" and tokens[i + 1].text in _EUROPEAN_OFFICES:
        return "EU"  # "European Commissioner for Energy and Housing Dan Jørgensen" (Trend, State, White House, Ukraine)
    if not codes and j - i >= 4 and tokens[j - 1].text == ")" and tokens[j - 3].text == "(" and tokens[j - 2].text.isupper():
        return tokens[j - 2].text  # the body's acronym that closes the office ("... Football Associations (UEFA)"): the
        # contract's code for an organisation beyond the list
    return (states or codes or [None])[0]


_PORTFOLIO_NOUNS = frozenset({"Affairs", "Integration"})
_EUROPEAN_OFFICES = frozenset({"Commissioner", "Commissioners", "Ombudsman", "Prosecutor"})  # the Union's, by "European"


_MISSIONS = frozenset({"Mission", "Delegation"})  # a body's office in a state: "Head of the OSCE Mission to Skopje"
_POSTED = frozenset({"Ambassador", "Ambassador-designate", "Envoy", "Representative", "Plenipotentiary", "Emissary"})
_BRIEFED = frozenset({"Envoy", "Representative", "Rapporteur", "Coordinator", "Adviser", "Advisor"})  # "... on" a brief


def _ambassador_to(tokens: list[Token], k: int, i: int) -> bool:
    """Whether the state at `k`, in a title starting at `i`, is where an ambassador or envoy is posted: "Ambassador to
    (the) X", "Special Envoy to Sudan", "Ambassador of the Custodian of the Two Holy Mosques to the United States" (SPA,
    KUNA: the sender's style between the post and "to"); not "Adviser to the Chancellor of Germany", who serves their
    own state."""
    before = k - 1 - (k > 1 and tokens[k - 1].text == "the")
    if before <= 0 or tokens[before].text not in ("to", "in"):
        return False
    if not actors().is_state(tokens[k].code or ""):  # the UNHCR's "Special Envoy to the UNHCR" serves the body; a
        # "Permanent Representative to the UN / OECD" (State, White House, Ukraine's presidency), their state
        return tokens[before].text == "to" and any(t.text == "Permanent" for t in tokens[i:before])
    if tokens[before].text == "in":  # "Head of the NATO Mission in Ukraine", "Head of the EU Delegation in Kenya", and a
        # body's envoy there: "UNHCR Representative in Ukraine X", "UNICEF Representative in Ukraine Y" (Ukraine's presidency)
        return any(t.text in _MISSIONS for t in tokens[i:before]) or any(t.text in _POSTED for t in tokens[i:before]) \
            and any(t.kind == "COUNTRY" and not actors().is_state(t.code or "") for t in tokens[max(0, i - 1):before])
    return any(t.text in _POSTED or t.text in _MISSIONS for t in tokens[i:before])


def _portfolio_state(tokens: list[Token], k: int, i: int) -> bool:
    """Whether the state at `k`, in a title starting at `i`, is what the office deals with, not whose it is: "Special
    Envoy for Yemen", "Special Representative for the DPRK", "Ambassador to China" (titles as the gold writes them)."""
    return k > i and (tokens[k - 1].text in ("for", "on") or k - 1 > i and tokens[k - 1].text == "the"
                      and tokens[k - 2].text == "for" or _ambassador_to(tokens, k, i))  # "Special Envoy on Myanmar" too


def _of_country(tokens: list[Token], k: int) -> tuple[str | None, int]:
    """ "... of China", "... of the Philippines" right after the name or title: (code, next index)."""
    j = k
    if j < len(tokens) and tokens[j].text == "of":
        j += 1
        if j < len(tokens) and tokens[j].text.lower() == "the":
            j += 1
        if j < len(tokens) and tokens[j].kind == "COUNTRY":
            return tokens[j].code, j + 1
    return None, k


def _clean_title(text: str, tokens: list[Token], i: int, j: int) -> tuple[str | None, Span | None]:
    """The title as written, less the country that qualifies it: "Vietnamese Foreign Minister"
    gives "Foreign Minister"; "Secretary of the Russian Security Council" gives "Secretary of the
    Security Council"; "Prime Minister of Japan" gives "Prime Minister" (the contract's rule); an
    organisation before the office goes too ("UN Secretary-General", "NATO Secretary General"), and after it
    ("Secretary-General of the United Nations") unless the office needs its body to be told ("President of the
    European Commission"). A state
    named after "of" inside the title stays: "Vice-President of the Government of Spain and Minister for ..."."""
    run = tokens[i:j]
    while run and run[-1].kind in ("COUNTRY", "CONN") or (run and run[-1].text.lower() in ("the", "from")):  # "counterpart
        # from the Republic of Ecuador" gives "counterpart"
        if run[-1].kind == "COUNTRY" and (not actors().is_state(run[-1].code or "")
                                          and not (_after_of(run, len(run) - 1) and _its_own_office(run))
                                          or _portfolio_state(tokens, i + len(run) - 1, i)):
            break  # "UN Secretary-General": an organisation at the end stays, it is the office; so does the body
            # a president or member belongs to ("President of the European Commission", "... of the European Council")
        run = run[:-1]  # "Secretary-General of the United Nations", as the gold writes it, goes like a state
    first = i  # where `run` starts in `tokens`
    while run and (run[0].kind in ("COUNTRY", "CONN")):  # "NATO Secretary General" too, as the gold writes it
        run, first = run[1:], first + 1
    if not run:
        return None, None
    span = Span(run[0].start, run[-1].end)
    pieces, pos = [], run[0].start
    for k, tok in enumerate(run):
        posting = k + 1 < len(run) and run[k + 1].text == "to"  # "Ambassador of Japan to China": the sender's state
        after_of = _after_of(run, k) and k + 1 < len(run) and (run[k + 1].kind == "CONN" and not posting
                                      # a state's name inside: "... of Spain and Minister for"
                                      # an institution's: "Communist Party of China Central Committee" (China, Viet Nam)
                                      or run[k - 1].text == "of" and (run[k + 1].kind in ("CAP", "WORD")
                                                                      or run[k + 1].text == "(")  # "... of China (CPC) Central"
                                      and is_country_name(tok.text))
        if tok.kind == "COUNTRY" and actors().is_state(tok.code or "") and not _people_of_a_portfolio(run, k) \
                and not after_of and not _portfolio_state(tokens, first + k, first):
            # not "Prime Minister of Slovenia for Coordination of ...", whose office's words go on, nor "Special Envoy
            # for Yemen", whose state is the portfolio
            piece = text[pos:tok.start]
            of_a_state = run[k - 1].text in ("of", "the") and (k + 1 == len(run) or run[k + 1].kind == "PUNCT" or posting)
            pieces.append(_OF_BEFORE_A_STATE.sub(" " if posting else "", piece) if of_a_state else piece)
            pos = tok.end  # "Deputy Prime Minister of Pakistan, Foreign Minister": "of" goes with its state
            while pos < run[-1].end and text[pos] == " ":
                pos += 1
    pieces.append(text[pos:run[-1].end])
    return " ".join("".join(pieces).split()), span


def _its_own_office(run: list[Token]) -> bool:
    """Whether the office before "of <organisation>" names itself ("Secretary-General", "Director General", "Managing
    Director" before an acronym) rather than needing its body ("President", "Vice President", "Chairperson", "Member",
    "Director")."""
    of = next((k for k, tok in enumerate(run) if tok.text == "of"), None)
    words = [tok.text.rstrip(",") for tok in run[:of]] if of else []
    return bool(words) and (" ".join(words[-2:]) in _OWN_OFFICES or words[-1] not in _BODY_OFFICES)


_OWN_OFFICES = frozenset({"Managing Director", "Executive Director", "Director General", "Director-General"})
_BODY_OFFICES = frozenset({"President", "Vice-President", "Chair", "Chairman", "Chairwoman", "Chairperson", "Member", "Head",
                           "Speaker", "Governor", "Judge", "Commissioner", "Director"})


def _after_of(run: list[Token], k: int) -> bool:
    """Whether token `k` follows "of" or "of the"."""
    return k > 0 and (run[k - 1].text == "of" or k > 1 and run[k - 1].text.lower() == "the" and run[k - 2].text == "of")


_OF_BEFORE_A_STATE = re.compile(r"\s*\bof(?:\s+the)?\s*$")


def _people_of_a_portfolio(run: list[Token], k: int) -> bool:
    """A state's people that begin a portfolio's part, no office after them: "Minister of Foreign Affairs,
    Migration and Tunisians Abroad" (Tunisia), "... and Senegalese Abroad" (Senegal) are words of the
    office, not the adjective of "and Chinese Foreign Minister"."""
    return 0 < k < len(run) - 1 and run[k - 1].text in ("and", ",") and all(t.kind != "HEAD" for t in run[k + 1:])


def _side_country(text: str, tokens_start: int, sentence_start: int) -> str | None:
    """ "The representative from the Chinese side ... was He Lifeng": the nearest "X side" before; "the Kazakh delegation
    was headed by Y": the delegation the official leads."""
    before = text[sentence_start:tokens_start]
    if (led := _DELEGATION_LED_BY.search(before)) and (code := actors().code_for(led["who"])):
        return code
    sides = list(_SIDE.finditer(before))
    if not sides:
        return None
    near = before[max(0, sides[-1].start() - 40):sides[-1].start()]
    found = actors().find(near)
    return found[-1].code if found else None


def _one_by_each_name(people: list[Participant]) -> list[Participant]:
    """The participants, each once: one found under a name the leaders dictionary gives another's holder ("President
    Jokowi" in a caption or a later line, "President Joko Widodo (Jokowi)" in the lead: Indonesia's Setkab, Antara) is
    that one, their words added to the first's aliases."""
    kept: list[Participant] = []
    for person in people:
        same = next((p for p in kept if person.name in leader_aliases(p.name) or p.name in leader_aliases(person.name)), None)
        if same is None:
            kept.append(person)
        else:
            same.aliases = tuple(dict.fromkeys((*same.aliases, *person.aliases)))
    return kept


@lru_cache(maxsize=16_384)  # pure, of names a batch repeats
def _same_person(a: str, b: str) -> bool:
    wa, wb = _name_words(a), _name_words(b)
    if wa and wb and _PATRONYMIC & set(wa) and _PATRONYMIC & set(wb) and wa[0] != wb[0]:
        return False  # "Mohammed bin Salman bin Abdulaziz" holds his father "Salman bin Abdulaziz": the given name tells
    (small, _), (big, words) = sorted(((set(wa), wa), (set(wb), wb)), key=lambda pair: len(pair[0]))
    if small and small <= {words[k + 1] for k, word in enumerate(words[:-1]) if word in _PATRONYMIC}:
        return False  # "Al Hussein bin Abdullah II" is the son of King "Abdullah II": the name after "bin" is his father's
    return bool(small) and small <= big


def _name_words(name: str) -> list[str]:
    return [w.strip(".,").casefold() for w in name.split() if w.strip(".,") and w not in _SUFFIXES
            and not _INITIAL.match(w)]


def name_spans(text: str, name: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Where `name` is in `text[start:end]` as whole words ("Biden", not "Bidenomics", nor the
    "Biden" of "Biden-Harris"), left to right. `str.find` and a look at each side, not a regex: a
    readout's participants are new names to compile, and compiling them was a tenth of attribution."""
    end = len(text) if end is None else end
    if not name:
        return
    at = text.find(name, start, end)
    while at >= 0:
        after = at + len(name)  # `end` is the end of the text for the look after, as a regex's endpos is
        if (at == 0 or not _word_char(text[at - 1])) and (after == end or not _word_char(text[after])):
            yield at, after
            at = text.find(name, after, end)
        else:
            at = text.find(name, at + 1, end)


def names_in(text: str, names: tuple[str, ...]) -> bool:
    """Whether any of `names` is in `text` as whole words."""
    return any(next(name_spans(text, name), None) is not None for name in names if name in text)


def _word_char(c: str) -> bool:
    return c.isalnum() or c in "_-"


# Words of a style some names hold ("Hassan Sheikh Mohamud", "Sheikh Hasina"), no word to refer back to one person by:
# "Sheikh Tamim reaffirmed ..." in a call of Somalia's President with the Amir of Qatar is the Amir's (Villa Somalia, QNA)
_GLUED_INITIAL = re.compile(r"[A-Z]\.[A-Z][a-z]")  # a father's initial written onto the name: "B.Battsetseg", "L.Oyun-Erdene"
_STYLE_IN_A_NAME = frozenset({"Sheikh", "Shaikh", "Sheikha", "Shaikha", "Shri", "Smt", "Haji", "Hajji"})


@lru_cache(maxsize=16_384)  # pure, of names a batch repeats
def aliases(name: str) -> tuple[str, ...]:
    """Words by which the text may refer back to a participant: "Biden", "Xi", "Jinping"; a
    family name written in capitals ("KAMIKAWA Yoko", Japan MOFA) is also met as "Kamikawa", and
    one with an Arabic article ("el-Sisi") as written and without it ("Sisi")."""
    words = [w for w in (t.strip(",") for t in name.split())
             if len(w) >= 2 and w not in _SUFFIXES and w not in _STYLE_IN_A_NAME and not _INITIAL.match(w)
             and (w[0].isupper() or _PREFIXED.match(w))]
    return tuple(words + [w.capitalize() for w in words if w.isupper() and len(w) > 2]
                 + [w[2:] for w in words if _GLUED_INITIAL.match(w)]  # "B.Battsetseg" is also "Battsetseg" (Montsame)
                 + [w.split("-", 1)[1] for w in words if _PREFIXED.match(w)]  # "el-Sisi" is also "Sisi"
                 + [w[0].upper() + w[1:] for w in words if _PREFIXED.match(w)]  # "al-Sudani" opens a sentence "Al-Sudani"
                 + [f"{w} {after}" for w, after in zip(words, words[1:]) if w in _ARTICLE_WORDS]  # "Dr. Al Zayani met
                 # ..." of "Abdullatif bin Rashid Al Zayani" (BNA, KUNA, SPA, QNA): the family name with its article
                 + [bare for w in words if (bare := fold(w)) != w])  # "Mr. Ano" of "Eduardo M. Año" (the White
    # House, State: a later mention that drops the accents)


_ARTICLE_WORDS = frozenset({"Al", "El"})


def _candidates(doc: Document, lead: list[Token] | None) -> Iterator[tuple[Mention, int]]:
    """The officials of the lead; with no lead, or a lead without an encounter's words that names
    one official ("Vice President Harris convened state legislators"), those of the sentences
    that list who took part."""
    after = 0
    if doc.lead is not None and lead is not None:
        if (referent := _referent_of_a_pronoun_lead(doc)) is not None:
            yield referent  # "X travelled to Kyiv today. During the visit, she met Foreign Minister Y."
        yield from _delegation_named_above(doc)  # "The delegation met with Prime Minister Y": who made it up, above
        if pair := _surnames_named_above(doc):
            yield from pair  # "X and his Japanese counterpart, Y, agreed Monday to ... / X and Y held talks in Seoul, ...
            return  # following the impeachment of President Z" (wires): the two the lead's surnames are, not Z
        mentions = _with_a_lists_state(doc.text, doc.sentences[doc.lead].span.start, _mentions(doc.text, lead))
        if not mentions and (above := _officials_of_a_plural_lead(doc)):
            yield from above  # "X welcomed Y, who is on an official visit. ... the two presidents held a meeting"
            return
        yield from ((m, doc.sentences[doc.lead].span.start) for m in mentions)
        if len(mentions) == 1 and (styled := _styled_official_above(doc)) is not None:
            yield styled  # "Prime Minister Shri Narendra Modi and His Royal Highness held talks" under "His Royal Highness
            return  # Prince Mohammed bin Salman ..., Crown Prince and Prime Minister ..., paid a State Visit" (MEA, Gulf)
        if len(mentions) != 1 or doc.encounter is None or doc.encounter.span is not None:
            return
        after = doc.lead + 1
    for sent in doc.sentences[after:]:
        if sent.turn is not None:
            break  # a transcript's turns are its speakers' words: "the delegation led by X" in an answer lists nobody
        low = sent.text.lower()
        if _ROSTER_HINTS.occurs_in(low) and _ROSTER.search(sent.text) \
                and not (doc.encounter is not None and doc.encounter.label == "other" and _AN_AUDIENCE.match(sent.text)):
            for m in find_mentions(doc.text, sent.span.start, sent.span.end):
                yield m, sent.span.start


# A lead whose subject is the delegation the text introduced above, after an opening phrase
_THE_DELEGATION_LEAD = gated(re.compile(r"(?:[A-Z][^;]{0,200}?,\s+)?[Tt]he\s+(?:(?:high-level|interagency|U\.S\.|[A-Z][a-z]+)\s+)"
                                        r"{0,2}delegation\s+(?:also\s+|then\s+|later\s+)?(?:met|held|visited|called\s+on)\b"))


def _delegation_named_above(doc: Document) -> list[tuple[Mention, int]]:
    """The publisher's officials who made up "the delegation" a lead's subject is, named in the body's sentences above
    it: "Under Secretary X and an interagency delegation ... visited Paraguay ... / The delegation met with President Y"
    (State), "a high-level U.S. delegation – led by A, B, and C – visited Honiara. / The delegation met ... with Prime
    Minister Y", "X traveled to Haiti ... He was accompanied by Y and Z. / ... the delegation met with ..." (White House).
    Officials of another state named there are not the delegation's."""
    assert doc.lead is not None
    if not _THE_DELEGATION_LEAD.match(doc.sentences[doc.lead].text):
        return []
    first = first_body_sentence(doc) or 0
    found = []
    for k in range(max(first, doc.lead - 3), doc.lead):
        sent = doc.sentences[k]
        if not (sent.credit or sent.turn or is_heading(doc, k)):
            found += [(m, sent.span.start) for m in find_mentions(doc.text, sent.span.start, sent.span.end)
                      if m.country in (None, doc.publisher)]
    return found


# A lead whose subject is "he" or "she", after an opening phrase: "During the visit, she met ...", "There, he held talks";
# "They met with ..." below the official who led a delegation (`_LED_A_DELEGATION`)
_PRONOUN_LEAD = re.compile(r"(?:[A-Z][^,;.]{0,60},\s+|Speaking\s+(?:when|while|as|after)\s+)?(?P<who>[Ss]he|[Hh]e|They|(?-i:[A-Z]{2,5})|[Tt]he\s+(?:[A-Z][a-z]+\s+)?(?:Minister|"
                           r"Secretary|President|Chancellor|Premier)|[Tt]he\s+(?:prime\s+minister|minister|president|premier|"
                           r"chancellor|chief\s+adviser)|(?P<diplomacy>[Tt]he\s+(?:head|chief)\s+of\s+(?:the\s+)?[A-Z][a-z]+\s+"
                           r"diplomacy))\s+(?:also\s+|then\s+|later\s+)?"  # "The head of Colombian diplomacy spoke by
                           # video link with ..." under "... on the agenda of Foreign Minister X" (Latin American ministries)
                           r"(?:met|held|had|spoke|received|hosted|talked|called|phoned|visited|paid"
                           # what the official said above was said at the encounter: "The prime minister expressed these
                           # views during a meeting with ...", "He said this during talks with ..." (APP, PTI, Ukraine)
                           r"|expressed\s+(?:these|the(?:se)?|his|her)\s+views|made\s+(?:these|the(?:se)?)\s+(?:remarks?|comments?)"
                           r"|said\s+this)\b")  # "During the visit, EAM called on ..." (India's MEA), "In Vilnius, the
# Minister met ...": an office for the traveller above; "Speaking when he held bilateral talks with ..." (KNA, Kenya's and
# Nigeria's State Houses) below the sentence that names him


_TIME_OPENING = re.compile(r"(?:On|In|This|Last|Earlier|During\s+the\s+week(?:end)?\s+of)\s[^,]{2,30},\s+(?:the\s+)?"
                           r"|(?:Today|Yesterday),\s+(?:the\s+)?")  # "During the week of March 14," (White House)


def _referent_of_a_pronoun_lead(doc: Document) -> tuple[Mention, int] | None:
    """Who "she" is in a lead that names only the other side: the official the sentence before it names first
    (Nordic and Baltic ministries, State, agencies open with the trip, then tell the meeting)."""
    assert doc.lead is not None
    if doc.lead == 0 or not (lead := _PRONOUN_LEAD.match(doc.sentences[doc.lead].text)):
        return None
    before, mentions = _officials_above_the_lead(doc)
    if lead["who"] == "They" and not _LED_A_DELEGATION.search(before.text):
        return None  # "They met with ..." is the delegation the official above led, not any two named above
    titled = re.match(r"[Tt]he\s+[A-Z]", lead["who"]) is not None  # "The President": an office the lead names itself
    for k in range(doc.lead - 2, max(-1, doc.lead - 4), -1) if not titled else ():  # past a line that names no official:
        if mentions or before.credit or before.turn:  # "External Affairs Minister Dr. S. Jaishankar paid an official visit
            break  # to Cyprus ... / This was the first visit of EAM to Cyprus. / On 30 December, EAM called on President X"
        before = doc.sentences[k]
        mentions = [] if before.credit or before.turn or is_heading(doc, k) else \
            find_mentions(doc.text, before.span.start, before.span.end)
    if not mentions:
        return None
    office = "Foreign Minister" if lead["diplomacy"] else lead["who"].removeprefix("The ").removeprefix("the ")
    office = office if office[:1].isupper() else office.title()  # "the prime minister" (APP, PTI, Bernama)
    office = "Prime Minister" if office == "Premier" and "Prime Minister" in (mentions[0].title_text or "") else office
    # "The premier made the remark when ..." under "Prime Minister X today said ..." (BSS, APP: the same office)
    if office not in ("He", "She", "They") and office_word(abbreviations().get(office, office)) \
            != office_word(mentions[0].title_text or ""):
        return None  # "The President had a call with ..." under "Governor X addressed the President": another office
    first = mentions[0].title_span or mentions[0].name
    opening = doc.text[before.span.start:first.start]  # the sentence's subject: after a dateline or a time at most
    dated = DATELINE_OPENING.match(doc.text, before.span.start)  # "ISLAMABAD, Mar 12 (APP): Prime Minister X said"
    return (mentions[0], before.span.start) if not opening.strip() or dated and dated.end() == first.start \
        or _TIME_OPENING.fullmatch(opening) or len(mentions) == 1 and (
            _SAID_AFTER_THE_NAME.match(doc.text, mentions[0].name.end) or lead["diplomacy"]) \
        else None  # ... or the one who said it, after the words: "Hungary and Serbia will complete the pipeline by 2027,
    # Minister of Foreign Affairs and Trade Péter Szijjártó said in Budapest on Tuesday. / The minister held talks with
    # ..." (Hungary's government, wires)


_LED_A_DELEGATION = re.compile(r"\bled\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}delegation\b")  # "X led an interagency delegation
# to Paris, France, ... They met with ..." (White House, State)
_SAID_AFTER_THE_NAME = re.compile(r"\s+(?:said|stated|announced|told|declared)\b")


# A lead whose subject is the parties together: "Following the welcoming ceremony, the two presidents held a tête-à-tête
# meeting", "They then held talks" (Czechia, Slovakia, Kremlin, Gulf agencies)
_PLURAL_LEAD = re.compile(r"(?:[A-Z][^;.]{0,100},\s+)?(?:(?:[Tt]he\s+)?(?:two|both|Both)\s+(?i:leaders|presidents|prime\s+ministers|"
                          # capitalised as formal communiqués write them: "The two Ministers held talks" (Japan's and Korea's
                          # MOFAs, VOV, West African joint communiqués)
                          r"(?:foreign\s+)?ministers|heads\s+of\s+(?:state|government)|chancellors|counterparts|sides)|They)\s+"
                          r"(?:also\s+|then\s+|later\s+)?(?:met|held|had|spoke|talked)\b"
                          # "Speaking during a joint press briefing at State House, the two leaders said ..." under "X and
                          # his counterpart Y have directed ..." (KNA, wires): what they said at the encounter its opening
                          # names
                          r"|Speaking\b[^;.]{0,160},\s+(?:the\s+)?(?:two|both)\s+(?:leaders|presidents|prime\s+ministers|"
                          r"(?:foreign\s+)?ministers|heads\s+of\s+(?:state|government))\s+(?:also\s+)?(?:said|[a-z]+ed)\b"
                          # the parties by their rank in the encounter's sentence, named in the next or the one before:
                          # "In a phone conversation on Tuesday evening, the two top diplomats also reviewed ...", "The top
                          # diplomats of South Korea and Japan held talks in Tokyo on Saturday" (IRNA, Yonhap, Kyodo, wires)
                          # ... or in a clause after what the states did: "Kuwait and Uzbekistan on Tuesday signed an agreement
                          # ..., as the two countries' top diplomats held a joint press conference" (KUNA, Gulf agencies, wires)
                          r"|[A-Z][^;.]{0,250}?,\s+(?:as|when|after|while)\s+(?:the\s+)?(?:two|both)\s+countries[’']\s+(?:top\s+diplomats|"
                          r"leaders|foreign\s+ministers|ministers|presidents|prime\s+ministers)\s+(?:also\s+)?(?:held|met|had|spoke)\b"
                          r"|(?:[A-Z][^;.]{0,100},\s+)?(?:[Tt]he\s+)?(?:two\s+|both\s+)?(?:top|senior|chief)\s+(?:diplomats|envoys|"
                          r"officials|negotiators)(?:\s+of\s+[A-Z][^;.,]{2,60}?)?\s+(?:also\s+|then\s+|later\s+)?(?:[a-z]+ed|held|met|had|spoke)\b"
                          r"|(?:[Tt]he\s+)(?:leaders|presidents|prime\s+ministers|foreign\s+ministers|defen[cs]e\s+ministers)\s+of\s+"
                          r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}\s+and\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}\s+"
                          r"(?:met|held|had|spoke|talked)\b"
                          # ... or their encounter named with "their": "During their talks at Malacanang Palace, the leaders
                          # also agreed ..." below "X and Y agreed Tuesday to ..." (Kyodo, Yonhap, Reuters-style copy)
                          # ... or with "the": "During the 30-minute phone talks, Park explained ..." (Yonhap, Kyodo)
                          r"|During\s+(?:their|the)\s+(?:[\w-]+\s+){0,3}?(?:talks|meeting|negotiations|summit|call|conversation)\b")


def _officials_of_a_plural_lead(doc: Document) -> list[tuple[Mention, int]]:
    """The officials that the sentence before a lead of "the two presidents" names, when the lead names none:
    the body's first sentence told who came ("X today welcomed Y, who is in the Czech Republic on an official
    visit"), the lead what they held."""
    assert doc.lead is not None
    if not _PLURAL_LEAD.match(_after_dateline(doc, doc.sentences[doc.lead])):
        return []
    if doc.lead > 0:
        before, mentions = _officials_above_the_lead(doc)
        if len(mentions) >= 2:
            return [(m, before.span.start) for m in mentions]
    if doc.lead + 1 < len(doc.sentences) and not (after := doc.sentences[doc.lead + 1]).credit and after.turn is None:
        # "The top diplomats of South Korea and Japan held talks ... Foreign Minister Cho Tae-yul and his Japanese
        # counterpart, Takeshi Iwaya, also discussed ...": named in the sentence that follows
        mentions = find_mentions(doc.text, after.span.start, after.span.end)
        if len(mentions) >= 2:
            return [(m, after.span.start) for m in mentions]
    return []


# A lead whose subject is two surnames: "Cho and Iwaya held talks in Seoul" (Yonhap, Kyodo, AP, Reuters)
# ("In a telephone conversation on Friday, Zarif and Mogherini exchanged views": Tasnim, after an opening phrase)
_SURNAMES_SUBJECT = re.compile(r"(?:[A-Z][^,;.]{0,60},\s+)?(?P<a>[A-Z][\w'’\-]+)\s+and\s+(?P<b>[A-Z][\w'’\-]+)\s+(?:also\s+)?"
                               r"(?:held|met|had|talked|spoke|exchanged|discussed)\b")


# ... or a surname meeting a surname anywhere in it: "The memoranda ... were signed after Marcos held a bilateral meeting
# with Chinh" under a caption or an opening that names both in full (wire copy, as the PNA writes it)
_SURNAME_MEETS_SURNAME = re.compile(r"\b(?P<a>[A-Z][\w'’\-]+)\s+(?:also\s+)?(?:met(?:\s+with)?|held\s+(?:an?\s+)?"
                                    r"(?:[\w-]+\s+){0,2}(?:meeting|talks)\s+with)\s+(?P<b>[A-Z][\w'’\-]+)\b")


def _surnames_named_above(doc: Document) -> list[tuple[Mention, int]]:
    """The two officials the sentence above the lead names in full, when the lead's subject is their surnames; or
    any sentence above it, when the lead tells one surname meeting the other."""
    assert doc.lead is not None
    if not doc.lead:
        return []
    lead = _after_dateline(doc, doc.sentences[doc.lead])
    if pair := _SURNAMES_SUBJECT.match(lead):
        before, mentions = _officials_above_the_lead(doc)
        named = [next((m for m in mentions if surname in m.name.of(doc.text).split()), None) for surname in pair.group("a", "b")]
        return [(m, before.span.start) for m in named if m is not None] if all(named) else []
    if (pair := _SURNAME_MEETS_SURNAME.search(lead)) is None or not all(_kind(w) == "CAP" for w in pair.group("a", "b")) \
            or find_mentions(doc.text, doc.sentences[doc.lead].span.start, doc.sentences[doc.lead].span.end):
        return []  # a lead that names its officials with their offices names them itself
    above = [(m, sent.span.start) for sent in doc.sentences[:doc.lead] if not (sent.credit or sent.turn)
             for m in find_mentions(doc.text, sent.span.start, sent.span.end)]  # read once for both surnames
    named = [next((found for found in above if surname in found[0].name.of(doc.text).split()), None)
             for surname in pair.group("a", "b")]
    return named if all(named) else []  # type: ignore[return-value]


def _after_dateline(doc: Document, sent: Sentence) -> str:
    """A sentence's words after the dateline that opens it ("TOKYO, March 22 (Yonhap) -- The top diplomats ...")."""
    dated = DATELINE_OPENING.match(doc.text, sent.span.start, sent.span.end)
    return doc.text[dated.end():sent.span.end] if dated else sent.text


_BARE_STYLE = re.compile(r"\b(?:His|Her)\s+(?:Royal\s+)?(?:Majesty|Highness)\b(?!\s+(?:the\s+)?[A-Z])")


def _styled_official_above(doc: Document) -> tuple[Mention, int] | None:
    """The official a lead names by a royal style alone ("... and His Royal Highness held talks"), whom a sentence above
    it names in full with that style ("His Royal Highness Prince Mohammed bin Salman ..., Crown Prince and Prime Minister
    of the Kingdom of Saudi Arabia, paid a State Visit to India"): India's MEA, the Gulf agencies, Jordan."""
    assert doc.lead is not None
    if not doc.lead or not (bare := _BARE_STYLE.search(doc.sentences[doc.lead].text)):
        return None
    style = " ".join(bare.group().split())
    for sent in reversed(doc.sentences[:doc.lead]):
        if sent.credit or sent.turn:
            continue
        for mention in find_mentions(doc.text, sent.span.start, sent.span.end):
            before = _STYLE_BEFORE.search(doc.text, max(sent.span.start, mention.start - 60), mention.start)
            if before is not None and before["style"] and " ".join(before["style"].split()) == style:
                return mention, sent.span.start
    return None


def _officials_above_the_lead(doc: Document) -> tuple[Sentence, list[Mention]]:
    """The sentence right above the lead (not the lead's first) and its officials; none when it is a credit, a
    transcript's turn or a heading."""
    assert doc.lead  # a lead below the body's first sentence
    before = doc.sentences[doc.lead - 1]
    if before.credit or before.turn or is_heading(doc, doc.lead - 1):
        return before, []
    return before, find_mentions(doc.text, before.span.start, before.span.end)


def find_participants(doc: Document) -> Document:
    people: list[Participant] = []
    span = doc.sentences[doc.lead].span if doc.lead is not None else None
    lead = tokenize(doc.text, span.start, span.end) if span else None  # read once, used twice
    for mention, sent_start in _candidates(doc, lead):
        _add(doc, people, mention, sent_start)
    traveller = _surname_titled_above(doc)  # "In Suva, Mr Peters met Prime Minister Sitiveni Rabuka": the subject
    if people and people[0].country is None and doc.publisher and traveller is None:
        people[0].country = _delegations_sender(doc.text, people[0]) or doc.publisher  # the official who announces the
        # encounter is the publisher's; "met with a delegation of ... of China led by X": the sender's
    if traveller and (known := next((p for p in people if _same_person(traveller.name, p.name)), None)):
        people[people.index(known)] = traveller  # "Senior Advisor Perez" is the "Tom Perez" the text names above
    for own in (_untitled_subject(doc), _unnamed_own_official(doc), traveller, _titled_subject_above(doc)):
        if own and not any(_same_person(own.name, p.name) or p.title_span and (
                own.span.overlaps(p.title_span) or (own.name == own.title or own.name_from == "leaders.tsv")
                and 0 <= p.title_span.start - own.span.end <= 80
                and _ANOTHER_OFFICE_OF_THEIRS.fullmatch(doc.text, own.span.end, p.title_span.start)) for p in people):
            # "The High Commissioner of Australia Philip Green": named after all; "the Deputy Chairman of the Cabinet of
            # Ministers, Minister of Foreign Affairs of Turkmenistan Rashid Meredov": two offices of one person
            people.insert(0, own)
    if author := _first_person_author(doc, people):
        doc.author = author.name
        if author not in people:
            people.insert(0, author)
        for other in (*_counterparts_the_title_names(doc), *_whom_the_author_salutes(doc, author)):
            if (known := next((p for p in people if _same_person(other.name, p.name)), None)) is None:
                people.append(other)
            elif other.country and len(other.name.split()) > len(known.name.split()) and known is not author:
                people[people.index(known)] = other  # "Remarks by President X after his meeting with Prime Minister of
                # Montenegro Milojko Spajić / ... welcome Prime Minister Spajić": the title's full name and state
    for other in _untitled_leaders(doc, lead or []):
        if not any(_same_person(other.name, p.name) or other.span.start < p.span.end and p.span.start < other.span.end
                   for p in people):
            people.append(other)
    if len(people) == 1 and (met := _met_by_surname(doc)) is not None and not _same_person(met.name, people[0].name):
        people.append(met)
    _head_of_a_delegation(doc.text, people)  # its state tells an encounter between states, whose attendees take part
    further: dict[int, list[Participant]] = {}  # where the officials of further encounters are told: those added there
    for mention, sent_start in _beyond_the_lead(doc, people):
        known = len(people)
        _add(doc, people, mention, sent_start)
        if len(people) > known:
            further.setdefault(sent_start, []).append(people[-1])
    _host_of_a_further_encounter(doc, further, people)
    _several_forms(doc, set(further), people)
    for envoy in _envoys_presenting_credentials(doc):
        if (known := next((p for p in people if _same_person(envoy.name, p.name)), None)) is None:
            people.append(envoy)
        elif known.country is None:  # "During the subsequent conversation with Ambassador X" below the list of envoys
            known.country = envoy.country  # that gives their states ("Ambassador of Japan X": Kyrgyzstan, Kazakhstan)
    if len(people) < 2:
        for office in _offices_of_states(doc):
            if not any(p.country == office.country for p in people):
                people.append(office)
    if len(people) < 2 and doc.encounter is not None and doc.encounter.label == "joint_statement":
        statement = _parties_of_a_statement(doc)
        states = not any(p.title_span is not None for p in statement)  # the parties its text names are states: the
        # officials its title names, when it names them, are the parties ("Joint statement by Foreign Minister Annalena
        # Baerbock and Foreign Minister Stéphane Séjourné ... / We, the Foreign Ministers of Germany and France, ...")
        parties = (_issuers_in_the_title(doc) or statement) if states else statement
        officials = not states or parties is not statement
        for party in parties:  # states once each; officials once each, two may share a state
            if not any(_same_person(p.name, party.name) if officials else p.country == party.country for p in people):
                people.append(party)
    few = len(people) < 2
    for speaker in _speakers_of_turns(doc):  # a transcript's speakers, when the text names fewer than two; with more, a
        # leader its labels give ("President of Russia Vladimir Putin: Good afternoon, colleagues." over a meeting whose
        # narration lists the ministers: Kremlin, Ukraine's presidency); not the press secretary who hands the floor
        # over at a news conference ("Presidential Press Secretary Dmitry Peskov: Rossiya Segodnya, please."), the publisher's
        if not (few or len(speaker.name.split()) >= 2 and leader_country(speaker.name) is not None
                and not SPOKESPERSON.search(speaker.title or "") and not PRESS_OFFICER.search(speaker.title or "")) \
                or any(_same_person(speaker.name, p.name) or speaker.title and speaker.title == p.title
                       and speaker.country == p.country for p in people):
            continue
        if unnamed := next((p for p in people if p.name == p.title and p.title == speaker.title
                            and p.country in (None, speaker.country)), None):
            _give_name(unnamed, speaker.name, speaker.span)  # "The President had a working meeting with ... / President
            unnamed.country = unnamed.country or speaker.country  # of Russia Vladimir Putin: ...": the lead's office
        else:
            people.append(speaker)
    if not people and (remarks := _whose_remarks(doc)) is not None:
        speaker, in_the_first_person = remarks
        people.append(speaker)
        if in_the_first_person:
            doc.author = speaker.name
    _listed_with_their_state(doc.text, people)
    _head_of_a_delegation(doc.text, people)
    _leading_a_delegation(doc, people)
    _named_later(doc, people)
    _titled_elsewhere(doc, people)
    _named_in_full_elsewhere(doc, people)
    _styled(doc.text, people)
    for person in people:  # "President Jokowi welcomed ...": the dictionary's other names for them
        person.aliases = tuple(dict.fromkeys((*person.aliases, *leader_aliases(person.name))))
    doc.participants = _one_by_each_name(people)
    if remarks := remarks_after_the_encounter(doc):  # the talks' officials are found: the release is their remarks
        doc.encounter = remarks
    return doc


# The form of each encounter label, for a release that tells several: talks and a meeting are both in person
_FORMS = {"meeting": "in person", "talks": "in person", "phone_call": "phone", "video_call": "video", "message": "message"}


def _several_forms(doc: Document, further: set[int], people: list[Participant]) -> None:
    """ "X met with Y in Geneva ... Later the same day she spoke by telephone with Z": the contract's label for several
    encounters is the one they share, else `other` (each keeps its officials). Talks and a meeting share being in
    person; a call, a video call, a message and an in-person encounter share nothing. Only a sentence that tells its
    encounter as the lead does (its subject, then "also met", "spoke", "had a phone call": `ANOTHER_ENCOUNTER`) counts,
    not one that names officials another way ("participants spoke with senior officials"); nor does the lead's own
    second verb unless it brings an official of its own (`_and_another_form`). The lead's evidence stays."""
    if doc.encounter is None or (form := _FORMS.get(doc.encounter.label)) is None:
        return
    if _FORMS.get(_and_another_form(doc, people) or "", form) != form:
        doc.encounter = Encounter("other", doc.encounter.span)
        return
    for sent in doc.sentences:
        if sent.span.start in further and ANOTHER_ENCOUNTER.match(sent.text) \
                and (told := _told_encounter(sent.text)) and _FORMS.get(told, form) != form:
            doc.encounter = Encounter("other", doc.encounter.span)
            return


def _and_another_form(doc: Document, people: list[Participant]) -> str | None:
    """The label of a second encounter the lead joins to its own by "and": "held a telephone conversation with X ...,
    and later received a courtesy call from Y", "held phone talks with X on Thursday and met with Y later in the day"
    (Bernama, Yonhap): a verb that tells an encounter by itself, whose clause names an official of its own (not "and
    received an invitation to visit")."""
    if doc.lead is None or doc.encounter is None or doc.encounter.span is None:
        return None
    lead = doc.sentences[doc.lead]
    if not lead.span.start <= doc.encounter.span.start < lead.span.end:
        return None
    cue = doc.encounter.span.start - lead.span.start
    if (joined := _JOINED_BEFORE.search(lead.text, 0, cue)) is not None \
            and (first := classify(lead.text[:joined.start()], strong_only=True)) is not None \
            and any(lead.span.start + first[1][1] <= p.span.start < lead.span.start + joined.start() for p in people):
        return first[0]  # the lead's cue is its second verb, after its first encounter's official: "met Lebanese Prime
        # Minister X in Rome and later spoke by phone with Israeli Foreign Minister Y" (ANSA, wires)
    m = _AND_ANOTHER_VERB.search(lead.text, doc.encounter.span.end - lead.span.start)
    if m is None or not any(lead.span.start + m.end() <= p.span.start < lead.span.end for p in people):
        return None
    told = classify(lead.text[m.start("verb"):], strong_only=True)
    return told[0] if told is not None and told[1][0] == 0 else None  # the verb's own cue, not a later word's


# The verbs that tell an encounter by themselves, for the lead's second one and a further sentence's: not "called on X"
_MEETINGS_VERBS = (r"met|held|had|spoke|received|hosted|talked|(?:called|phoned)(?!\s+(?:on|for|upon)\b)"
                   r"|called\s+on(?![^.;]{0,100}?\bto\s+[a-z])")  # a courtesy call ("EAM also called on Chancellor X":
# India's MEA), not a demand ("called on Israel to halt ...")
_AND_THEN = r"\band\s+(?:(?:also|later|then|subsequently|separately|afterwards)\s+)?"  # what joins a lead's two encounters
_JOINED_BEFORE = re.compile(_AND_THEN + r"(?:(?:held|had)\s+(?:a|an)\s+(?:[\w-]+\s+)?)?$")  # "... and later held a
# telephone conversation with Y" (Indonesia's Kemlu, Bernama): the cue's own verb before its noun
_AND_ANOTHER_VERB = re.compile(_AND_THEN + r"(?P<verb>(?:" + _MEETINGS_VERBS + r")\b)")


def _told_encounter(text: str) -> str | None:
    """The label of the encounter a further sentence tells by a strong cue, or a message sent by the weak "sent ...
    greetings" ("Also today, the Head of State sent New Year greetings to President of Kazakhstan X, ...": the Kremlin,
    Central Asian presidencies, KCNA), which in a lead may be a forum's or a people's."""
    if told := classify(text, strong_only=True):
        return told[0]
    return "message" if " sent " in text and (weak := classify(text)) and weak[0] == "message" else None


# Between two officials of one list: a comma, maybe "and" ("Prime Minister Benjamin Netanyahu, President
# Isaac Herzog, and National Security Adviser Tzachi Hanegbi")
_LIST_COMMA = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?$")
_LIST_GOES_ON = re.compile(r",\s+(?:and|as well as)\s|,\s+(?:the\s+)?[A-Z]")  # not ", who is visiting"


# A ceremony of credentials, whose envoys the release lists after the lead that names the head of state alone
_CREDENTIALS = gated(re.compile(r"\bletters?\s+of\s+credence\b|\b(?:present\w*|receiv\w*|accept\w*|hand\w*\s+over)\s+(?:the\s+|their\s+|his\s+|her\s+)?"
                                r"(?:[\w-]+\s+){0,5}?credentials\b|\bcredentials\s+(?:of|from)\b", re.I))  # not "Kenya's credentials as a hub"
_AN_ENVOYS_OFFICE = re.compile(r"\b(?:Ambassador|High\s+Commissioner|Envoy|Charg[ée]|Nuncio|Representative)\b", re.I)
# The list: "Letters of credence were presented to the President by ...", "Credentials were presented by ...", "They
# are ...", "The new ambassadors are ..." (Kremlin, Ukraine's presidency, Turkmenistan, Ghana, Gulf agencies)
_ENVOYS_LISTED = re.compile(r"\b(?:presented|handed\s+over|submitted)\b[^.;:]{0,80}?\bby\b|^(?:They|The\s+(?:new(?:ly)?\s+)?"
                            r"(?:[a-z]+\s+)?(?:ambassadors|envoys|heads\s+of\s+mission|diplomats))\s+(?:are|were)\b")
# An envoy named with their state in brackets, no title: "Lubomir Rehak (Slovak Republic)" (Kremlin)
_ENVOY_AND_STATE = re.compile(r"(?P<name>[A-Z][\w’'.-]+(?:\s+(?:[A-Z][\w’'.-]+|(?:" + "|".join(sorted(NAME_PARTICLES)) +
                              r")(?=\s+[A-Z]))){1,5})\s*\((?P<state>[A-Z][^()]{2,60})\)")


def _envoys_presenting_credentials(doc: Document) -> Iterator[Participant]:
    """The ambassadors who present their credentials, from the sentence after the lead that lists them: by office and
    name ("They are H.E. Mr. Tomas Kucera, Ambassador of the Czech Republic; H.E. Mrs. ...") or by name and state in
    brackets ("... by Lubomir Rehak (Slovak Republic), Dang Minh Khoi (Socialist Republic of Vietnam), ..."). The lead
    names the head of state who receives them and the envoys only as a group."""
    if doc.lead is None or not _CREDENTIALS.search(doc.sentences[doc.lead].text + " " + (doc.title or "")):
        return
    for sent in doc.sentences[doc.lead + 1:doc.lead + 3]:
        if sent.credit or sent.turn is not None or not _ENVOYS_LISTED.search(sent.text):
            continue
        found = False
        for m in find_mentions(doc.text, sent.span.start, sent.span.end):
            if m.title_text and _AN_ENVOYS_OFFICE.search(m.title_text):  # not one who attended ("in the presence of
                # Foreign Minister X")
                found = True
                yield Participant(name=m.name.of(doc.text), title=m.title_text, country=m.country, span=m.name,
                                  title_span=m.title_span)
        for listed in _ENVOY_AND_STATE.finditer(doc.text, sent.span.start, sent.span.end):
            if (code := actors().code_for(listed["state"])) and actors().is_state(code) \
                    and any(m.kind in ("name", "short") for m in actors().find(listed["state"])):  # a state's name, not
                # "(Kremlin)", a seat of power
                found = True
                yield Participant(name=listed["name"], title=None, country=code,
                                  span=Span(listed.start("name"), listed.end("name")))
        if found:
            return
    for sent in doc.sentences[doc.lead + 1:]:  # no list: each envoy named as the subject of what they said ("The
        # Japanese Ambassador, Mr Matsunaga Kazuyoshi, conveyed the greetings of ...", "Spain's Ambassador, Mr X,
        # expressed ...": Nigeria's and Ghana's presidencies, Gulf agencies)
        if sent.credit or sent.turn is not None:
            continue
        opening = len(sent.text) - len(sent.text.lstrip())
        for m in find_mentions(doc.text, sent.span.start, sent.span.end):
            if m.title_text and _AN_ENVOYS_OFFICE.search(m.title_text) and m.title_span \
                    and (m.title_span.start - sent.span.start <= opening + 16 or _AND_THE_ENVOY.search(
                        doc.text, sent.span.start, m.title_span.start)):
                yield Participant(name=m.name.of(doc.text), title=m.title_text, country=m.country, span=m.name,
                                  title_span=m.title_span)


_AND_THE_ENVOY = re.compile(r",\s+and\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)?$")  # "..., and the Brazilian Ambassador, Mr X,"


def _listed_with_their_state(text: str, people: list[Participant]) -> None:
    """ "met with Israeli Prime Minister Benjamin Netanyahu, President Isaac Herzog, and National
    Security Adviser Tzachi Hanegbi": an official listed after a comma, whose title names no state
    and whom the dictionary does not know, is of the state of the official listed before. Only in a
    list (", and", or a comma before and after that goes on with a capitalised office or name): "X
    and Y discussed" joins the two sides, "In a meeting with Prime Minister Hun Sen, Deputy Secretary
    Sherman, who is visiting, stressed" ends an opening phrase. An ambassador in the list is usually
    the other side's, accredited to this one ("Foreign Minister Kamikawa, Ambassador Emanuel, and ..."). Who joined the
    lead's subject (", joined by ...") is of the subject's state."""
    def edge(person: Participant) -> int:
        return max(person.span.end, person.title_span.end if person.title_span else 0)

    for before, person in zip(people, people[1:]):
        if person.country is not None or before.country is None:
            continue
        gap_start = edge(before)
        gap_end = min(person.span.start, person.title_span.start if person.title_span else person.span.start)
        gap = text[gap_start:gap_end]
        if 0 < len(gap) <= 12 and _LIST_COMMA.match(gap) and ("and" in gap or _LIST_GOES_ON.match(text, edge(person))) \
                and not (person.title or "").startswith("Ambassador") or before is people[0] and _JOINED_BY.fullmatch(gap) \
                or before is not people[0] and gap.strip() == "and" and before.title_span is not None \
                and _MET_WITH_BEFORE.search(text, max(0, before.title_span.start - 80), before.title_span.start) \
                or gap.strip() == "and" and _TOGETHER_MET.match(text, edge(person)):
            person.country = before.country  # "Secretary of State Marco Rubio, joined by National Security Advisor Mike
            # Waltz, met with ..." (State, White House): who came with the lead's subject is of the subject's side


_JOINED_BY = re.compile(r",\s+(?:joined|accompanied)\s+by\s+(?:the\s+)?")
# Two officials who together met a third side: "Foreign Affairs Secretary X and Defense Secretary Y held talks with
# Japanese Foreign Minister Z", "... met with ...", "... received ..." (the Philippines' DFA, State, Gulf agencies); not
# "X and Y held talks" or "X and Y discussed ...", where the two are the two sides
_TOGETHER_MET = re.compile(r",?\s+(?:(?:also|today|yesterday|jointly|together)\s+)?(?:(?:met|meet|meets|held|hold|holds|had|"
                           r"co-chaired|co-hosted)\b[^.;,]{0,40}?\bwith\b|(?:received|receive|receives|hosted|host|hosts|"
                           r"welcomed|welcome|welcomes)\s+(?:the\s+)?(?-i:[A-Z]))")
# The other side named as two officials after the encounter's verb: "met with Chinese Foreign Minister Wang Yi and Vice
# Foreign Minister Xie Feng" (State, White House, Kremlin): the second, whose office names no state, is of the first's
_MET_WITH_BEFORE = re.compile(r"\b(?:with|received|receives|welcomed|welcomes|hosted|hosts)\s+(?:the\s+)?"
                              r"(?:[A-Z][\w'’.\-]*\s+|\([A-Z]{2,6}\)\s+|of\s+){0,6}$")


def _head_of_a_delegation(text: str, people: list[Participant]) -> None:
    """ "met with a Qatari delegation led by Sheikh Faisal bin Qassim Al Thani", "a delegation of the United
    States Congress headed by ...", "The OIC delegation, headed by H.E. ...": a head of delegation whose title
    names no state is of the state or body that sent the delegation (Ukraine's presidency, State, the White
    House, Gulf agencies)."""
    for person in people:
        if person.country is None:
            person.country = _delegations_sender(text, person)


# "Director General X, Narcotics Control Bureau, Ministry of Home Affairs, led the Indian delegation", "X and Assistant
# Secretary of Defense Y led the U.S. delegation" (State's dialogues and working groups): names and offices, then the
# delegation the official led
_LED_THE_DELEGATION = re.compile(r"(?:[\s,]+(?:[A-Z][\w.'’\-]*|of|for|the|and|on|at))*?[\s,]+(?:jointly\s+)?led\s+the\s+"
                                 r"(?P<side>(?:[A-Z][\w.'’\-]*\s+){1,2}?)(?:[a-z]+\s+)?delegation\b")


def _leading_a_delegation(doc: Document, people: list[Participant]) -> None:
    """A participant whose state the text gives only by the delegation they led takes that state, over none or the
    publisher's default: `_head_of_a_delegation` reads "a delegation led by X" before the name, this the delegation
    after it, past other names and offices (which `_LEADS_A_DELEGATION`, for who heads one, does not cross)."""
    for person in people:
        if person.country not in (None, doc.publisher) or not (m := _LED_THE_DELEGATION.match(doc.text, person.span.end)):
            continue
        if (code := actors().code_for(m["side"].strip())) is not None and actors().is_state(code):
            person.country = code


_LEADS_A_DELEGATION = re.compile(r"\s+(?:also\s+)?(?:led|headed)\s+(?:a|an|the|his|her)\s+"
                                 r"(?:(?!(?:with|to|of|the|talks|meeting)\b)[\w.\-]+\s+){0,3}delegation\b")  # not "headed the
# talks with the delegation"


def heads_a_delegation(text: str, person: Participant) -> bool:
    """ "X led an interagency delegation to Panama", "a delegation ... led by X": whose delegation "The delegation
    included ..." is."""
    return _LEADS_A_DELEGATION.match(text, person.span.end) is not None or _led_by(text, person) is not None


def _led_by(text: str, person: Participant) -> re.Match[str] | None:
    start = min(person.span.start, person.title_span.start if person.title_span else person.span.start)
    if text.find("delegation", max(0, start - 160), start) < 0:  # the pattern's one word, looked for first: the
        return None  # search tries its optional groups at each of 160 places
    return _led_by_pattern().search(text, max(0, start - 160), start)


def _delegations_sender(text: str, person: Participant) -> str | None:
    if (m := _led_by(text, person)) is None:
        return None
    senders = [found.code for group in ("sender", "of") if m.start(group) >= 0
               for found in actors().find(text, m.start(group), m.end(group))]
    return senders[0] if senders else None


# Before the head's name or title: the sender named before "delegation" (an adjective, a state, a body) or in its
# "of ..." after it, then "headed by" / "led by"; within one sentence
@cache
def _led_by_pattern() -> re.Pattern[str]:
    """ "The U.S. delegation was led by", "a delegation of the United States Congress led by Senator X, Chairman of
    ...", "headed by H.E. Mr. X": up to the head's name, past their styles and ranks."""
    styles = "|".join(re.escape(w) for w in sorted(vocabulary()["honorifics"] | _RANKS | {"Congressman", "Congresswoman",
                                                                                         "Representative", "Speaker"},
                                                    key=len, reverse=True))
    return re.compile(r"(?:(?:a|an|the|The)\s+)?(?P<sender>(?:[A-Z][\w.’'\-]*\s+){0,3})"
                      r"(?:[a-z\-]+\s+)?"  # "parliamentary", "interagency", "high-level"
                      r"delegations?\b(?P<of>\s+(?:of|from)\s+[^.;:]{0,80}?)?,?\s+"
                      r"(?P<led>(?:which\s+)?(?:(?:was|were|is|will\s+be)\s+)?(?:headed|led)\s+by)\s+(?:the\s+|its\s+|their\s+)?"
                      # a co-head after the first: "led by Senator Jeanne Shaheen and Senator Thom Tillis" (State,
                      # Lithuania, Ukraine's presidency)
                      r"(?:(?:(?:" + styles + r")\s+){0,3}(?:[A-Z][\w.’'\-]*\s+){1,4}and\s+(?:the\s+)?)?"
                      r"(?:(?:" + styles + r")\s+){0,3}$")


# A royal style right before a name, its courtesy or its office: "His Majesty King Abdullah II", "His
# Royal Highness Prince Salman", "the President of the UAE, His Highness Sheikh Mohamed" (Gulf agencies,
# Jordan, Oman, the White House)
_STYLE_BEFORE = re.compile(r"(?:\b(?P<style>(?:His|Her)\s+(?:Royal\s+)?(?:Majesty|Highness))|(?<![\w.])(?P<short>H\.?R?\.?H\.?))"
                           r"\s*,?\s+(?:the\s+)?(?:(?:" + "|".join(sorted(_ROYAL_OR_AMIR | {"Crown Prince"})) + r")\s+){0,2}$")  # "His Highness the Amir Sheikh X"
_SHORT_STYLES = {"HH": "His Highness", "HRH": "His Royal Highness"}  # "H.H. Sheikh Abdullah bin Zayed" (WAM, QNA, KUNA)


def _styled(text: str, people: list[Participant]) -> None:
    """ "His Majesty stressed ...": a royal style refers back to the official the text gave it, so it
    becomes one of their aliases; a style two participants share ("His Highness the Amir received a
    call from His Highness Sheikh Mohamed") refers to neither and stays with none."""
    styles: dict[str, list[Participant]] = {}
    for person in people:
        if style := _style_of(text, person):
            styles.setdefault(style, []).append(person)
    for style, holders in styles.items():
        if len(holders) == 1:
            holders[0].aliases = (*holders[0].aliases, style)


def _style_of(text: str, person: Participant) -> str | None:
    """The royal style the text gives a participant right before their name ("His Highness", "HH" as "His Highness")."""
    if m := _STYLE_BEFORE.search(text, max(0, person.span.start - 60), person.span.start):
        return " ".join(m["style"].split()) if m["style"] else _SHORT_STYLES[m["short"].replace(".", "")]
    return None


def _named_later(doc: Document, people: list[Participant]) -> None:
    """ "The President spoke today to British Prime Minister Cameron ... President Obama also
    updated the Prime Minister": an official the lead names by office alone takes the name the
    text later writes after that office, when no other participant holds it. The span moves to
    the name, the evidence for it; the office keeps its span in the lead."""
    unnamed = [p for p in people if p.title and (p.name == p.title or p.name.startswith(p.title + " of "))]  # "This was
    # stated by the President of Ukraine ... / President of Ukraine Volodymyr Zelenskyy and ..." (Ukraine's presidency)
    if not unnamed or doc.lead is None:
        return
    _named_in_the_headline(doc, people, unnamed)
    first = first_body_sentence(doc)
    above = doc.sentences[first:doc.lead] if first is not None and first < doc.lead else []
    for sent in [*doc.sentences[doc.lead + 1:], *above]:  # "Vice President, Dr. Bharrat Jagdeo, on Thursday said ... /
        # Speaking at his weekly press conference, the Vice President said" (Guyana, Caribbean and African presses): the
        # body's sentences above the lead too, after those below it
        if not unnamed:
            return
        if sent.credit or sent.turn or not any(p.title in sent.text for p in unnamed):
            continue
        for m in find_mentions(doc.text, sent.span.start, sent.span.end):
            name = m.name.of(doc.text)
            holder = next((p for p in unnamed if m.title_text == p.title and m.country in (None, p.country)), None)
            known = leader_country(name, on=doc.published)
            if holder and (known in (None, holder.country) if holder.country else known is None and m.country is None) \
                    and not any(_same_person(name, p.name) for p in people):  # not "President Xi" of another state
                _give_name(holder, name, m.name)
                holder.country = holder.country or known
                unnamed.remove(holder)
    _named_anywhere(doc, people, unnamed)


def _give_name(holder: Participant, name: str, span: Span) -> None:
    """An official the text named by office alone takes their holder's name: the span moves to the name, the evidence
    for it; the office stays among the aliases."""
    holder.name, holder.span, holder.aliases = name, span, (*aliases(name), holder.title)


def _named_in_the_headline(doc: Document, people: list[Participant], unnamed: list[Participant]) -> None:
    """ "Telephone conversation between President Emmanuel Macron and ... / The President of the Republic spoke ...",
    "High Representative/Vice-President Kaja Kallas holds phone call with ... / the High Representative ... held" (Élysée,
    EEAS, ministries whose headline names their principal): an office the lead names alone is held by the official a
    headline line above it names with that office, unless as the one met ("... with President X"), another participant
    or a holder of another state in the leaders dictionary."""
    for k in range(doc.lead or 0):
        sent = doc.sentences[k]
        if not unnamed or sent.credit or not is_heading(doc, k):
            continue
        for m in find_mentions(doc.text, sent.span.start, sent.span.end):
            name = m.name.of(doc.text)
            if not m.title_text or any(_same_person(name, p.name) for p in people) \
                    or _WITH_BEFORE.search(doc.text, sent.span.start, (m.title_span or m.name).start):
                continue  # "Telephone conversation with President X": the counterpart, whose office may be the same
            holder = next((p for p in unnamed if _offices(m.title_text) & _offices(p.title or "")
                           and m.country in (None, p.country)), None)
            if holder and leader_country(name, on=doc.published) in (None, holder.country):
                _give_name(holder, name, m.name)
                unnamed.remove(holder)


_WITH_BEFORE = re.compile(r"\b(?:with|to|from|receives?|meets?)\s+(?:the\s+)?$", re.I)


def _offices(title: str) -> set[str]:
    """The office words of a title, of each of its parts: "High Representative/Vice-President" holds two."""
    return {office_word(part) for part in title.split("/")} - {""}


def _titled_elsewhere(doc: Document, people: list[Participant]) -> None:
    """ "Vladimir Putin held talks with ... / President of Russia Vladimir Putin: ...", "his Singaporean counterpart
    Lee Hsien Loong ... Prime Minister Lee": a participant the lead names without an office, or only as a
    "counterpart", holds the office the text gives them anywhere else (the contract's rule for titles)."""
    for person in people:
        if person.title not in (None, "counterpart", "counterparts") or person.name == person.title \
                or actors().code_for(person.name):
            continue  # a joint statement's state ("Japan, ...") holds no office
        if person.title is None and (m := _ELECTED_AS.match(doc.text, person.span.end)):
            # "congratulated Shehbaz Sharif on his election as Prime Minister of Pakistan" (Kremlin, Gulf agencies)
            office = _OF_A_STATE.sub("", m["office"]) if actors().code_for(m["office"].rsplit(" of ", 1)[-1]) \
                else m["office"]
            person.title = office
            person.title_span = Span(m.start("office"), m.start("office") + len(office))
            continue
        names = [n for n in (person.name, *person.aliases) if len(n) > 3]
        for sent in doc.sentences:
            if sent.credit or not any(n in sent.text for n in names):
                continue
            found = next((m for m in find_mentions(doc.text, sent.span.start, sent.span.end)
                          if m.title_text and m.title_text not in ("counterpart", "counterparts")
                          and _same_person(m.name.of(doc.text), person.name)
                          and m.country in (None, person.country)), None)
            if found:
                person.title, person.title_span = found.title_text, found.title_span
                break
            if (office := _office_after_a_name(doc.text, sent, names)) is not None:
                person.title, person.title_span = office  # "Jaishankar, India's Minister of External Affairs, thanked"
                break
        if person.title in (None, "counterpart", "counterparts") and (office := _office_by_its_state(doc, person)):
            person.title, person.title_span = office
        elif person.title == "counterpart" and (office := _counterparts_office(doc, person, people)):
            person.title, person.title_span = office


def _counterparts_office(doc: Document, person: Participant, people: list[Participant]) -> tuple[str, Span | None] | None:
    """The office a "counterpart" holds, as the text or the headline gives it by the state alone: "Foreign Minister
    Werthein held a meeting with the Foreign Minister of Paraguay" / "... his Paraguayan counterpart, Rubén Ramírez
    Lezcano"; "The Japanese Foreign Minister said ..." (Latin American ministries, wires). An office of the same
    kind as the other side's (a counterpart's), of the person's state, that no name follows; the span when in the text."""
    kinds = {office_word(p.title).casefold() for p in people if p is not person and p.title}
    if not person.country or not kinds:
        return None
    lines = [(s.span.start, s.span.end) for s in doc.sentences if not s.credit]
    for text, spans, in_text in ((doc.text, lines, True), (doc.title or "", [(0, len(doc.title or ""))], False)):
        for start, end in spans:
            tokens = tokenize(text, start, end)
            if not any(t.code == person.country for t in tokens):
                continue
            held = [m.title_span for m in _mentions(text, tokens) if m.title_span]  # offices a name holds ("To Lam,
            # General Secretary of the ... and President of ...")
            for i, token in enumerate(tokens):
                if token.kind not in ("HEAD", "WORD", "COUNTRY") or i and tokens[i - 1].kind in ("HEAD", "WORD") \
                        or any(span.start <= token.start < span.end for span in held):
                    continue
                j = _title_run(tokens, i)
                if j == i or j < len(tokens) and tokens[j].kind in ("CAP", "HON") \
                        or _title_country(tokens, i, j) != person.country:
                    continue  # "President Santiago Peña's greetings": a named official's office
                title, span = _clean_title(text, tokens, i, j)
                if title and office_word(title).casefold() in kinds:
                    return title, span if in_text else None
    return None


_FORMER = re.compile(r"\b(?:[Ff]ormer|[Ee]x-|[Ll]ate|[Oo]utgoing)\b")


# a lead's counterpart by surname alone, right after the encounter's verb: "Iraqi Parliament Speaker X, who arrived in
# Tehran on Sunday ..., met with Qalibaf on Monday" (Tasnim, IRNA, wires that open with what was said)
_MET_A_SURNAME = re.compile(r"\b(?:met(?:\s+with)?|held\s+(?:[\w-]+\s+)?talks\s+with|received|hosted|spoke\s+(?:by\s+phone\s+)?with)"
                            r"\s+(?P<surname>[A-Z][\w'’\-]+)\b(?!\s+[A-Z])(?!['’]s)")


def _met_by_surname(doc: Document) -> Participant | None:
    """The official the lead meets by surname alone, whom another sentence names in full with an office ("TEHRAN
    (Tasnim) – Iranian Parliament Speaker Mohammad Baqer Qalibaf said ... / ... met with Qalibaf on Monday")."""
    if doc.lead is None or (m := _MET_A_SURNAME.search(doc.sentences[doc.lead].text)) is None:
        return None
    surname = m["surname"]
    if _kind(surname) != "CAP":
        return None  # "met Prime Minister X", "received Ambassador X": an office, read elsewhere
    for sent in doc.sentences:
        if sent.credit or surname not in sent.text or sent is doc.sentences[doc.lead]:
            continue
        for mention in find_mentions(doc.text, sent.span.start, sent.span.end):
            written = mention.name.of(doc.text)
            if mention.title_text and len(written.split()) > 1 and written.split()[-1] == surname:
                country = mention.country or leader_country(written, on=doc.published, title=mention.title_text)
                return Participant(name=written, title=mention.title_text, country=country, span=mention.name,
                                   title_span=mention.title_span, aliases=aliases(written))
    return None


def _named_in_full_elsewhere(doc: Document, people: list[Participant]) -> None:
    """A participant the lead names by surname alone takes the full name the text gives an official of that surname,
    of a fitting office and state: "President William Ruto has said ... / Speaking at State House when he hosted
    Prime Minister Abiy Ahmed, President Ruto said", "President Cyril Ramaphosa says ... / Ramaphosa was speaking
    after holding bilateral talks with ..." (Kenya's State House, SABC, wires that open with what was said)."""
    for person in people:
        if " " in person.name or person.name_from or not person.name[:1].isupper() or person.name == person.title:
            continue
        given = re.compile(r"[A-Z][\w.'’\-]*\s+" + re.escape(person.name) + r"\b")
        for sent in doc.sentences:
            if sent.credit or person.name not in sent.text \
                    or not any(_kind(m.group().split()[0]) == "CAP" for m in given.finditer(sent.text)):
                continue  # a look before tokenising: a capitalised word that is no office's before the surname
            found = next((m for m in find_mentions(doc.text, sent.span.start, sent.span.end)
                          if (written := m.name.of(doc.text).split())[-1] == person.name and len(written) > 1
                          and not _FORMER.search(doc.text, max(0, (m.title_span or m.name).start - 12),
                                                 (m.title_span or m.name).end)  # not "Former Prime Minister Nawaz Sharif"
                          and m.country in (None, person.country) and (person.title is None or m.title_text is None
                                                                       or office_word(m.title_text) == office_word(person.title))), None)
            if found:
                written = found.name.of(doc.text)
                if not any(p is not person and _same_person(written, p.name) for p in people) \
                        and not any(_kind(w) in ("HEAD", "WORD") or _kind(w[:-1]) in ("HEAD", "WORD")
                                    for w in written.split()[:-1]):  # not "Council of Economic Advisers Jared Bernstein"
                    person.name, person.span = written, found.name
                    person.aliases = tuple(dict.fromkeys((*aliases(written), *person.aliases)))
                    person.title = person.title or found.title_text
                break


def _office_by_its_state(doc: Document, person: Participant) -> tuple[str, Span] | None:
    """The office the text gives by its state alone ("The President of Russia congratulated ...", "The Russian
    President noted ..."), when the dictionary says the participant held it that day: "Vladimir Putin had a
    telephone conversation ..." is titled as the text goes on to call him (Kremlin, agencies)."""
    held = leader_office(person.name, on=doc.published)
    if held is None or held[1] != person.country:
        return None
    for m in re.finditer(rf"\b{re.escape(held[0])}\b", doc.text):
        before = _STATE_BEFORE.search(doc.text, max(0, m.start() - 30), m.start())
        after = _OF_THE.match(doc.text, m.end())
        states = [found.code for found in actors().find(doc.text, after.end(), after.end() + 60)
                  if found.span.start == after.end()] if after else []  # "President of Russia Vladimir Putin"
        if person.country in states or before and actors().code_for(before["state"]) == person.country:
            return held[0], Span(m.start(), m.end())
    return None


_STATE_BEFORE = re.compile(r"(?P<state>[A-Z][\w’'\-]+)\s+$")  # "the Russian President"
_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?(?=[A-Z])")  # "President of Russia", "President of the Russian Federation"


def _office_after_a_name(text: str, sent, names: list[str]) -> tuple[str, Span] | None:
    """The office in a closed apposition after a participant's name, even a name of one word, which alone is too
    weak for `find_mentions`: "Jaishankar, India's Minister of External Affairs, thanked ..." (Europe, agencies)."""
    for name in names:
        for m in re.finditer(rf"\b{re.escape(name)},\s+", sent.text):
            tokens = tokenize(text, sent.span.start + m.end(), sent.span.end)
            first = 1 if tokens and tokens[0].text == "the" else 0
            end = _title_run(tokens, first) if first < len(tokens) else first
            if end > first and any(t.kind == "HEAD" for t in tokens[first:end]) \
                    and (end == len(tokens) or tokens[end].text in (",", ".", ";")):
                title_text, title_span = _clean_title(text, tokens, first, end)
                if title_text and title_span:
                    return title_text, title_span
    return None


_ELECTED_AS = re.compile(r",?\s+on\s+(?:his|her|their)\s+(?:(?:re-?)?election|appointment|inauguration|swearing-in|assumption\s+of\s+"
                         r"office)\s+as\s+(?:the\s+)?(?:new\s+)?(?P<office>[A-Z][\w\-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w\-]*){0,5})")


def _named_anywhere(doc: Document, people: list[Participant], unnamed: list[Participant]) -> None:
    """ "President Volodymyr Zelenskyy believes ... The Head of State made this statement ...", "The Head of
    State received ... Kassym-Jomart Tokayev noted ..." (Ukraine's presidency, Akorda): the office's holder named
    anywhere in the text by a full name `leaders.tsv` lists for that office of that state (on the day, when the
    release is dated), whatever title the text gives there."""
    for holder in [p for p in unnamed if p.country]:
        for sent in doc.sentences:
            if sent.credit:
                continue
            found = next(((s, e, surface) for s, e, surface, code in find_leaders(doc.text, sent.span.start, sent.span.end)
                          if code == holder.country and " " in surface and not any(_same_person(surface, p.name) for p in people)
                          and holds_office(surface, holder.title or "", code, on=doc.published)), None)
            if found:
                s, e, name = found
                _give_name(holder, name, Span(s, e))
                break


def _elsewhere(text: str, sent_start: int, start: int, end: int | None = None) -> bool:
    """Whether the words before an official's name at `start` place them away from the encounter: "discussed
    preparations for the visit of President X to ...": X comes later, not to this talk; "conveyed the greetings of
    King Abdullah II", "condolences on behalf of President Biden", "who delivered a message from Sheikh X": X is
    absent; "on the passing of Queen Elizabeth II": X is mourned."""
    return bool(_VISIT_TO_COME.search(text, max(sent_start, start - 80), start)
                or _IN_THE_NAME_OF.search(text, max(sent_start, start - 80), start)
                or _WHOSE_DEATH.search(text, max(sent_start, start - 60), start)
                or end is not None and _THE_LIST_GOES_ON.match(text, end) is not None
                and _MOURNED_TOGETHER.search(text, max(sent_start, start - 120), start) is not None
                and not _OPENING_CLAUSE_OF_A_DEATH.match(text, sent_start)
                or _ITS_PARTNER_ELSEWHERE.search(text, max(sent_start, start - 80), start)
                or _SINCE.search(text, max(sent_start, start - 40), start))


# a time told by someone's career: "the first high-level visit from Male since President Mohamed Muizzu took office",
# "since Chancellor Scholz came to power" (PTI, wires)
_SINCE = re.compile(r"\bsince\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}$")


def _host_of_a_further_encounter(doc: Document, further: dict[int, list[Participant]],
                                 people: list[Participant]) -> None:
    """The first official of a further encounter, whom the text gives no state, when the others of it are another
    state's: the publisher's own ("Foreign Minister Prof. G.L. Peiris and Minister for Foreign Affairs of Japan Hayashi
    Yoshimasa also exchanged messages on the occasion": Sri Lanka's, Bangladesh's, Gulf ministries), as the first
    issuer of a joint statement is (`_issuer`)."""
    for sent_start, added in further.items():
        first, others = added[0], added[1:]
        opening = doc.text[sent_start:(first.title_span or first.span).start]
        if doc.publisher and first.country is None and others \
                and all(p.country not in (None, doc.publisher) for p in others) \
                and not any(names_in(opening, (p.name, *p.aliases)) for p in people if p is not first):
            first.country = doc.publisher  # not "Dr. Gordon met with X and Y", whose subject took part already


def _add(doc: Document, people: list[Participant], mention: Mention, sent_start: int) -> None:
    start = mention.start
    apposition = mention.title_span.end if mention.title_span and mention.title_span.start > mention.name.start else None
    told = _REPORTS.match(doc.text, mention.name.end) or apposition and _APPOSITION_REPORTS.match(doc.text, apposition)
    in_apposition = apposition is None and (office := _APPOSITION_REPORTS.match(
        doc.text, mention.name.end + len(_COMMA.match(doc.text, mention.name.end).group()))) \
        and _TELLER.match(_AN_OFFICES_OPENING.sub("", office.group(), count=1)) is not None  # the apposition is the
    # office, not "accompanied by Press Secretary X": whom the name's own clause tells of
    if told and (mention.title_text and _TELLER.search(mention.title_text)
                 or SPOKESPERSON.search(doc.text, max(sent_start, start - 60), start)) or in_apposition:
        return  # "The Spokesman for the Presidency, Counselor Ahmed Fahmy, stated that President X received ...",
        # "Ambassador X, (the Official) Spokesperson and Director of Public Diplomacy at the Ministry ..., stated that"
        # (Egypt's MFA), the office in the apposition after the name:
        # who tells of the encounter takes no part in it (a spokesperson and adviser who talks with X does)
    if _elsewhere(doc.text, sent_start, start, mention.name.end):
        return
    span, name, known = mention.name, mention.name.of(doc.text), ()
    if (lower := _LOWER_WORD.match(doc.text, span.end)) and not leader_country(name, on=doc.published) and \
            leader_country(cased := f"{name} {lower[1].capitalize()}", on=doc.published):
        span, name, known = Span(span.start, lower.end()), f"{name} {lower[1]}", aliases(cased)
    if any(_same_person(name, p.name) for p in people):
        return
    chair = _chair_of_a_body(doc.text, mention, sent_start)
    country = ((chair[0] if chair else None) or mention.country
               or leader_country(name, on=doc.published, title=mention.title_text)
               or _side_country(doc.text, mention.start, sent_start) or _state_in_the_headline(doc, name))
    known = (*known, chair[1]) if chair else known
    people.append(Participant(name=name, title=mention.title_text, country=country, span=span,
                              title_span=mention.title_span, aliases=tuple(dict.fromkeys((*aliases(name), *known)))))


def _state_in_the_headline(doc: Document, name: str) -> str | None:
    """The state or body the release's headline gives an official whom its text names with none: "Statement by NSC
    Spokesperson on National Security Advisor Jake Sullivan's Meeting with Foreign Minister Massaoudou Hassoumi of Niger",
    "Readout of ... Meeting with ... Cardinal Matteo Zuppi of the Holy See" (White House, State)."""
    at = doc.title.find(f" {name.split()[-1]} ") if doc.title and " of " in doc.title else -1
    if at < 0 or not (of := _OF_STATE_AFTER.match(doc.title, at + len(name.split()[-1]) + 1)):
        return None
    words = of["state"].split()
    return next((code for n in range(len(words), 0, -1) if (code := actors().code_for(" ".join(words[:n])))), None)


# The chair of an organisation, the first of two offices a comma joins before the holder's name: "Chairperson of the
# African Union, President of the Republic of Senegal Macky Sall", "the OSCE Chairman-in-Office, Minister of Foreign
# Affairs of the Republic of Poland Zbigniew Rau" (Kremlin, Ukraine's presidency, OSCE, State)
_CHAIR_OF_A_BODY = re.compile(r"(?:(?P<office>(?:Chair|Chairman|Chairperson|Chairwoman|President)(?:-in-[Oo]ffice)?)\s+of\s+"
                              r"(?:the\s+)?(?P<body>[A-Z][\w\-]*(?:\s+(?:[A-Z][\w\-]*|of|for|and|the)){0,8}?)"
                              r"|(?P<acronym>[A-Z]{2,8})\s+(?P<chair>(?:Chair|Chairman|Chairperson|Chairwoman)(?:-in-[Oo]ffice)?)),\s+"
                              r"(?:[A-Z][\w\-]*['’]s\s+)?$")  # "The OSCE Chair-in-Office, Malta's Minister for ... Ian Borg"


def _chair_of_a_body(text: str, mention: Mention, sent_start: int) -> tuple[str, str] | None:
    """The organisation an official chairs when the text names that office first, then their state's, before the name,
    and that office: they speak for the organisation (the contract codes a person with what they represent:
    "Chairperson of the African Union, President of Senegal Macky Sall" is `AU`), not a state one holding the chair in
    turn; and the office is a name the text calls them by ("The Chair-in-Office thanked ...": OSCE, AU, State)."""
    if mention.title_span is None or mention.title_span.start > mention.name.start:
        return None
    before = _CHAIR_OF_A_BODY.search(text, max(sent_start, mention.title_span.start - 120), mention.title_span.start)
    if before is None:
        return None
    code = actors().code_for(before["body"] or before["acronym"])
    return (code, before["office"] or before["chair"]) if code and not actors().is_state(code) else None


# A visit still to come, whose guest is named next (Ukraine, White House): "preparations for the visit of",
# "In preparation for the planned visit of"
_VISIT_TO_COME = re.compile(r"\b(?:preparations?|preparing|prepare|ahead|in advance)\s+(?:for|of)\s+(?:the\s+)?"
                            r"(?:upcoming\s+|forthcoming\s+|planned\s+|possible\s+|future\s+|next\s+)?"
                            r"(?:official\s+|state\s+|working\s+)?visit\s+of\s+(?:the\s+)?(?:[A-Z][\w.’'\-]*\s+)?$")


_ACCOMPANIED = re.compile(r"(?P<who>[^,;]{2,80}?)(?:,\s+who\s+(?:was|is|were)|\s+(?:was|is|were))\s+(?:also\s+)?"
                          r"(?:accompanied|joined)\s+by\b")
_A_SIDE_AS_SUBJECT = re.compile(r"(?:The\s+)?(?P<who>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2}?)(?:['’]s?)?\s+(?:delegation|side)\b")
_DELEGATION_INCLUDED = re.compile(r"\b(?:delegation|group)\s+(?:also\s+)?(?:included|comprised|consisted\s+of)\b", re.I)


# Who else was there, told by the narrator: "Also present at the call were ...", "X was also present", "The
# talks were attended by ...", "The delegation was accompanied by ...", "X also participated.", "The Minister of
# Defence, Yuriko Backes, also took part in the meeting." (Asian, Gulf, African, European and US releases): they
# took part, and the sentence is nobody's words, unless someone speaks in it ("X attended the meeting and said that
# ..."); not a clause after a comma (", which will be attended by ...")
# (two regexes, not one alternation under `search`: an anchored branch in an alternation is tried, and fails, at every
# position of the sentence; matched at its start it is tried once)
_ATTENDANCE_OPENING = re.compile(
    r"(?:(?:also|likewise)\s+)?(?:present|attending|participating|taking\s+part|joining)\b[^.;]{0,80}?\b(?:were|was)\b"  # "Joining
    # President Biden on the call were ...", "Joining the call were the following leaders:" (White House)
    r"|(?:also\s+)?at\s+the\s+(?:meeting|talks|call|event|ceremony|session)\s+(?:were|was)\b"  # "Also at the meeting were ..." (Nigeria, Gulf)
    r"|accompanying\s+(?:the\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3}|him|her)\s+(?:were|was)\b"  # "Accompanying the President were ..." (Indonesia, Gulf)
    r"|(?:also\s+)?among\s+(?:the\s+)?(?:participants|attendees|those\s+present)\s+(?:were|was)\b"
    r"|(?:other\s+)?(?:participants|attendees)\s+(?:also\s+)?included\b"  # "Participants included Secretary of State X
    # and ..." (White House, State)
    # a roster of styled names: "They are H.E. Mr. X, Ambassador of ...; H.E. Mrs. Y, ..." (Ghana, Gulf agencies)
    r"|(?:They|The\s+(?:new(?:ly\s+\w+)?\s+)?(?:ambassadors|envoys|heads\s+of\s+mission))\s+(?:are|were)\s+"
    r"(?:H\.?E\.?|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|His|Her)\s"
    # a list of officials that "also joined the conversation" (Ukraine's presidency, White House, State): "Federal
    # Chancellor of Germany Friedrich Merz, President of the European Commission Ursula von der Leyen and NATO Secretary
    # General Mark Rutte also joined the conversation."
    r"|(?:[^,;:]|,\s+(?=[A-Z])){0,200}?\b(?:also\s+(?:attended|participated\s+in|took\s+part\s+in|joined)"
    r"|(?:are|is)\s+also\s+(?:taking\s+part|participating)\s+in)\s+(?:the|this)\s+"  # "... are also taking part in the
    # meeting" (Kremlin: a summit's other leaders)
    r"(?:[\w-]+\s+)?(?:meeting|talks|call|conversation|video\s?conference)\.?$"
    # offices and names in closed appositions, the verb right after them: "The Minister of Foreign Affairs, X, and the
    # Minister of Foreign Trade, Y, took part in the expanded meeting" (Costa Rica, Panama, Latin American ministries)
    r"|(?:(?:and\s+)?(?:the\s+)?[A-Z][^,;:]{0,80},\s+[A-Z][^,;:]{1,60},\s+){2,3}(?:also\s+)?(?:attended|participated|took\s+part|"
    r"joined)\b[^,;:]{0,80}$"
    r"|(?:[^,;:]{0,80},\s+[A-Z][^,;:]{1,60},\s+)?(?:[^,;:]|,\s+(?=[A-Z]\w+\s+and\s+[A-Z]))"  # "Minister of Industry,
    # Energy and Mining X also took part" (a portfolio's comma inside the list of those who took part)
    r"{0,150}?\b(?:(?:also|later)\s+)?(?:attended|participated|took\s+part|joined)"
    r"(?:(?:\s+in)?(?:\s+(?:the|this)\s+(?:[\w-]+\s+)?(?:meeting|talks|call|conversation|discussions?|session|ceremony|event|visit))?"
    # ... or who joined others for a part: "Secretary of State Antony Blinken joined the group for part of the meeting",
    # "FEMA Administrator Deanne Criswell joined them on the call" (State, White House)
    r"|\s+(?:them|him|her|the\s+group)\s+(?:for\s+(?:part|the\s+(?:rest|end|last\s+part))\s+of\s+the\s+(?:meeting|talks|call"
    r"|discussions?)|on\s+the\s+call|in\s+the\s+(?:meeting|talks|discussions?)))"
    r"(?:\s+(?:in|at|on|from|via|during|by|as)\b[^,;:]{0,60})?"
    # what they took part for, the meeting's topics: "... joined the group for part of the meeting to discuss efforts to
    # achieve a ceasefire" (State); in lower case, as a verb is (not a title's "To Address Social Issues")
    r"(?:(?-i:\s+to\s+(?:discuss|review|address))\b[^;:]{0,250})?\.?$",
    re.I,
)
_ATTENDANCE_ANYWHERE = re.compile(
    r"\b(?:was|were)\s+(?:also\s+)?(?:present|in\s+attendance)\b"
    r"|\b(?:was|were)\s+(?:also\s+)?(?:attended|joined|accompanied)\s+by\b"
    r"|" + _DELEGATION_INCLUDED.pattern +  # "The delegation also included ..."
    r"|\b(?:side|delegation)\s+was\s+(?:also\s+)?" + LED_BY + r"\s+by\b"  # "The Russian side
    # was also represented by ..." (Kremlin, Xinhua), "The Israeli side was chaired by ..." (White House, State), "The Lao
    # delegation was led by X, while the Kazakh delegation was headed by Y" (KPL, Armenia, Bangladesh)
    r"|\b(?:took\s+place|was\s+held)\s+in\s+the\s+presence\s+of\b",  # "The audience took place in the presence of
    # the Director of the Cabinet ..., Mr. X, and ..." (Algeria, Morocco, Gulf agencies, Ukraine's presidency)
    re.I,
)
_ATTENDANCE_WORDS = ("attend", "present", "particip", " part ", " part.", " part,", "joined", "joining", "accompan",
                     "at the meeting", "at the talks", "at the call", "at the event", "at the ceremony", "at the session",
                     " included", "comprised", "consisted", "represented by", "side was", "delegation was", "presence of",
                     "they are ", "they were ", "ambassadors are", "envoys are", "mission are")  # one is in each alternative
# ("taking part", "took part.": not the "part" of "partner", "party", "department"; "joined", not "joint")
_ATTENDANCE_HINTS = Keywords.of(_ATTENDANCE_WORDS)  # one pass for them all
SPEECH_IN_IT = re.compile(r"\b(?:said|says|stated|noted|stressed|underlined|emphasi[sz]ed|expressed|that)\b|[“\"]")


def _a_side(code: str | None) -> bool:
    """Whether an official of `code` speaks for a side of a diplomatic encounter: a state or an organisation, not a
    territory of a state ("Governor of Puerto Rico" at the President's meeting with governors)."""
    return bool(code) and (actors().is_state(code) or pycountry.countries.get(alpha_3=code) is None)


@lru_cache(maxsize=512)  # the cue finder and the participants' later sentences ask of the same sentences
def attendance(sentence: str) -> bool:
    """Whether the sentence only says who attended ("Also present were ...", "X joined the call"), maybe with what for
    ("... joined the meeting to discuss Yemen")."""
    return _ATTENDANCE_HINTS.occurs_in(sentence.lower()) \
        and (_ATTENDANCE_OPENING.match(sentence) is not None or _ATTENDANCE_ANYWHERE.search(sentence) is not None) \
        and not SPEECH_IN_IT.search(sentence)


# Another encounter, before or after this one, and its partner: "updated the leaders on his recent call with President
# Putin and on Secretary Blinken's meeting with Foreign Minister Lavrov", "ahead of her upcoming visit to" (White
# House, State, Kremlin, Ukraine's presidency)
_ITS_PARTNER_ELSEWHERE = re.compile(r"(?:\b(?:his|her|their|its|[A-Z]\w+[’']s)\s+(?:recent|earlier|previous|last|upcoming|planned"
                                   r"|forthcoming|next|latest)\s+|\b(?:on|about)\s+(?:[A-Z][\w.\-]*\s+){0,3}[A-Z]\w+[’']s\s+)"
                                   r"(?:[\w-]+\s+)?(?:calls?|conversations?|meetings?|talks|discussions?|visits?|trips?)"
                                   r"\s+(?:with|to)\s+(?:the\s+)?$"
                                   # ... or as what the subject told about: "informed his counterpart about the results of the
                                   # recent meeting between President A and Prime Minister B", "spoke about ... his telephone
                                   # conversation with Acting Federal Chancellor of Germany Angela Merkel" (AZERTAC, Kremlin)
                                   r"|\b(?:about|on|regarding|concerning|including|from)\s+(?:the\s+(?:results?|outcomes?"
                                   r"|details)\s+of\s+)?(?:the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}(?:calls?|conversations?|meetings?"
                                   r"|talks|discussions?|[Ss]ummits?)"  # "to build on the momentum from the May 21 Summit
                                   # between President Biden and President Yoon" (State)
                                   r"\s+(?:with|between)\s+(?:the\s+)?(?:[^.;,]{3,60}?\s+and\s+(?:the\s+)?)?"
                                   r"(?:[A-Z][\w.'’\-]*\s+)?$")  # "... between Russian President Putin and DPRK leader Kim"


# the office words of a head of state, as against a head of government's: what "the Head of State" may name
HEADS_OF_STATE = frozenset({"President", "King", "Queen", "Emir", "Amir", "Sultan", "Monarch"})
SPOKESPERSON = re.compile(r"\bSpokes(?:man|woman|person)\b", re.I)
# who speaks to the press for an office, as a spokesperson does: "Palace Press Officer Claire Castro", "White House Press
# Secretary X", "the President's Chief Communications Specialist" (PCO, White House, Zambia's and Kenya's State House)
PRESS_OFFICER = re.compile(r"\b[Pp]ress\s+(?:[Ss]ecretary|[Oo]fficer|[Aa]ttach[eé])\b|\b[Cc]ommunications\s+(?:[Dd]irector|"
                           r"[Ss]pecialist|[Oo]fficer)\b|\b[Dd]irector\s+of\s+(?:[Cc]ommunications|[Pp]ress)\b")
# the rest of an apposition after a name, then its report: "..., Spokesperson and Director of Public Diplomacy at the
# Ministry of Foreign Affairs, stated that"
_APPOSITION_REPORTS = re.compile(r"[^,.;]{0,100},\s+(?:also\s+)?(?:stated|said|says|added|noted|announced|told|reported|explained)\b")
# who tells of an encounter for an office: "the Prime Minister's Press Chief Bertalan Havasi told MTI" (Hungary, wires)
_TELLER = re.compile(SPOKESPERSON.pattern + r"|\bPress\s+(?:Chief|Secretary|Officer|Attach[eé])\b|\bHead\s+of\s+(?:the\s+)?Press\b", re.I)
_COMMA = re.compile(r",?\s*")
_AN_OFFICES_OPENING = re.compile(r"(?:the\s+)?(?:(?:Official|Chief|Deputy|Senior|Presidential|Government)\s+)*")
_REPORTS = re.compile(r",?\s+(?:also\s+)?(?:stated|said|says|added|noted|announced|told|reported|explained)\b")
# Whose greetings, wishes or condolences a participant conveys, on whose behalf they speak or on whose instruction they
# act (Gulf agencies, State, White House, Ukraine's presidency, Kremlin): someone who takes no part
_IN_THE_NAME_OF = re.compile(r"\b(?:on\s+behalf\s+of|(?:greetings|regards|wishes|condolences|congratulations)\s+(?:of|from)"
                             # "Pursuant to the instruction of Head of the Office X, Deputy Head Y met with Z", "at the
                             # instructions of the President" (Ukraine's presidency, Kremlin): who sent them stays home
                             r"|(?i:pursuant\s+to|on|upon|at)\s+the\s+(?:instructions?|direction)\s+of"
                             r"|(?i:special\s+)?(?:envoy|emissary)\s+of"  # "X, special envoy of President Y" (Senegal, KUNA)
                             # "received X, who delivered a written message from His Highness the Amir of Qatar" (KUNA,
                             # QNA, WAM, SPA, Egypt): the messenger came, not the sender
                             # "who handed him a letter from President X", "bearer of a message from President X"
                             # (Serbia, Senegal, Gulf agencies)
                             # "Minister Shingiro conveyed a message from President X" (AU, Senegal): without "who" too
                             r"|\b(?:who\s+)?(?:also\s+)?(?:delivered|conveyed|handed(?:\s+over)?|carried|brought|passed\s+on)\s+"
                             r"(?:(?:him|her|them)\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:message|letter)\s+from"
                             r"|\b(?:bearer\s+of|carrying)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:message|letter)\s+from)"
                             r"\s+(?:the\s+)?(?:(?:His|Her)\s+(?:Majesty|Excellency|Highness)\s+)?(?:the\s+)?"
                             r"(?:(?:Sheikh|Sheikha|Shaikh|Sayyid)\s+)?(?:[A-Z][\w.’'\-]*\s+){0,4}"
                             r"(?:(?:of|the)\s+(?:(?:[A-Z][\w.’'\-]*|of|the)\s+){0,7}[A-Z][\w.’'\-]*,?\s+)?$")  # the office
# before the name too: "conveyed the warm greetings of Prime Minister Shri Narendra Modi" (India's MEA), "a message from
# President of the Republic of Tunisia, Kaïs Saïed" (APS)


# Whom a condolence mourns (White House, State, Kremlin, Gulf agencies): "on the passing of His Highness Sheikh
# Khalifa", "following the assassination of President Jovenel Moïse", "the shooting death of former Prime Minister Abe"
_DEATH_OF = r"\b(?:death|passing(?:\s+away)?|demise|loss|killing|assassination|murder|funeral|memory|martyrdom)\s+of\s+" \
    r"(?:the\s+)?(?:late\s+)?(?:former\s+)?"
_MOURNED_STYLE = r"(?:(?:His|Her)\s+(?:Majesty|Excellency|Highness)\s+|H\.?E\.?\s+|H\.?H\.?\s+|HRH\s+|HM\s+)?(?:(?-i:[A-Z])[a-z]+\s+)?$"
_WHOSE_DEATH = re.compile(_DEATH_OF + _MOURNED_STYLE, re.I)  # "the passing of former Zambian President X" (Namibia), "the
# passing away of HH Sheikh Nawaf" (MAP, KUNA, WAM)
# ... and the next of those mourned together, inside the sentence: "on the martyrdom of President Ebrahim Raisi, Foreign
# Minister Hossein Amir-Abdollahian and their companions" (SANA, IRNA, Gulf agencies); not after an opening clause,
# whose comma ends the mourned ("Following the death of Pope Francis, President Javier Milei spoke ...")
_MOURNED_TOGETHER = re.compile(_DEATH_OF + r"(?-i:[A-Z])[\w’'\-]*(?:\s+(?-i:[A-Z])[\w’'\-]*){1,5},\s+(?:and\s+)?"
                               + _MOURNED_STYLE, re.I)
_THE_LIST_GOES_ON = re.compile(r"\s*(?:,|and\b)")  # "..., Foreign Minister X and their companions": not "..., President
# Joe Biden said after meeting ..." (the mourned's comma closes a clause)
_OPENING_CLAUSE_OF_A_DEATH = re.compile(r"\s*(?:Following|After|Upon|On|Since|In\s+the\s+wake\s+of|Amid)\b", re.I)


# "U.S. President Donald trump": a surname the source lost the capital of, when the whole name is a
# leader the dictionary knows
_LOWER_WORD = re.compile(r" ([a-z]{3,})\b")


MONTH_NAMES = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\b"  # "In Sept. 2023,": a date
# A style that stands before an official's office or name: "His Royal Highness", "Her Excellency"; with "the" after it
# ("HH the Amir", "His Highness the Crown Prince": Gulf agencies)
STYLE = r"(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Majesty|Excellency)"
_A_STYLE_THE = r"(?:" + STYLE + r"|HH|HRH|HM)\s+the"
# "Also on Friday, (the) ...", "In Suva, Mr Peters met" (New Zealand, State; not "In August 2021,"), "In the afternoon,
# the Foreign Secretary held a phone call with ...", "Next, he held talks with ..." (Mexico, Hungary, wires: a minister's
# day): how a sentence reporting a release's further encounter opens
_FURTHER_OPENING = r"(?:Also|Separately|In a separate \w+|Earlier(?!\s+(?:this|last)\s+(?:week|month|year))|Later|Meanwhile|In addition|(?:On )?(?:[Tt]he|[Tt]hat) same (?:day|occasion|evening|morning|afternoon)|On (?:this|that|the) occasion|Then|Subsequently|" \
           r"Afterwards|Similarly|Likewise|On (?:[A-Z][a-z]+day|\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+ \d{1,2})|" \
           r"In the (?:morning|afternoon|evening)|Next|Finally|Lastly|Thereafter|During (?:the|his|her|this|that) (?:visit|trip|stay)|" \
           r"In (?!" + MONTH_NAMES + r")(?-i:[A-Z])[\w'’\-]+(?: (?-i:[A-Z])[\w'’\-]+)?)\b" \
           r"(?:[^,]{0,40},\s*|[^,]{0,40}?\s+(?=(?:he|she)\s)|\s+(?=(?:the\s+)?(?-i:[A-Z])))"  # no comma before a pronoun
# ("Later the same day she ..."), nor before a capitalised subject ("In the afternoon the Prime Minister spoke with ...")
_FURTHER = r"(?:" + _FURTHER_OPENING + r")?(?:the\s+)?"  # (wires)
# A numbered paragraph's number before its sentence ("5. EAM also called on ...": India's MEA, Japan's MOFA)
_NUMBER = r"\(?\d{1,2}[.)]\s+"
_SUBJECT_OPENING = re.compile(_FURTHER + r"(?:(?P<state>[A-Z][\w.\-]*)\s+)?$", re.I)  # "Chinese Premier Li Keqiang"
_FIRST_WORD = re.compile(_FURTHER + r"([^\W\d_][\w'’.\-]*)", re.I)


# ("Earlier this week, Aliyev held a phone call with Putin": an encounter before the release's, no participant of it)
# A participant named by office, opening another encounter of the release: "The foreign minister also held talks with
# Serbian Foreign Minister X" (Hungary, Thailand, Mexico, State); `ANOTHER_ENCOUNTER` reads one named by name
_AN_OFFICE_AGAIN = re.compile(r"(?:" + _NUMBER + r")?" + _FURTHER + r"(?:(?:HE|H\.E\.|HH|His\s+(?:Excellency|Highness))\s+"
                              r"(?:the\s+)?)?"  # "HE the Prime Minister and Minister of Foreign Affairs also received" (QNA)
                              r"(?P<office>(?:[A-Z][\w\-]*\s+){0,7}[A-Z][\w\-]*)\s+"
                              r"(?:also|later|then|subsequently|separately|further)\s+[a-z]", re.I)
# ... or after an opening that tells of another time, "also" or not, the office's state or not: "On the same day, the
# Foreign Minister of Georgia met with ...", "Later in the day, the Foreign Minister called on Prime Minister X" (Georgia,
# Bangladesh, Kremlin, State); whether the office is a participant's, `_holds` tells
_AN_OFFICE_LATER = re.compile(_FURTHER_OPENING + r"(?:the\s+)?(?P<office>(?:[A-Z][\w\-]*\s+){0,2}[A-Z][\w\-]*"
                              r"(?:\s+of\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)?)\s+(?:also\s+)?[a-z]")


def opens_with_an_office(text: str) -> bool:
    """Whether a sentence (after "Also on Friday,") opens with an office, an honorific or a state's
    name, as a sentence whose subjects are officials does: a cheap look before tokenising it."""
    m = _FIRST_WORD.match(text)
    if not m:
        return False
    word = m.group(1).rstrip(".")
    vocab = vocabulary()
    return word in vocab["heads"] or word in vocab["words"] or word in vocab["honorifics"] \
        or actors().code_for(word) is not None


_A_MESSAGE_TO = re.compile(r"In\s+(?:a|an|his|her|the|their)\s+(?:[\w-]+\s+)?(?:message|letter|cable|telegram)\s+"
                           r"(?:addressed\s+)?to\s+(?:H\.?E\.?\s+)?")


def _beyond_the_lead(doc: Document, people: list[Participant]) -> Iterator[tuple[Mention, int]]:
    """Officials named outside the lead sentence who took part all the same: the rest of the lead's
    paragraph when the lead names fewer than two ("On June 2, the Governments of X and Y held a
    Strategic Dialogue. X's Foreign Minister, A, and ..., B, led the Dialogue."), and the subjects
    of a later sentence reporting another encounter of the same release ("Also on Friday, Premier
    Li Keqiang and his Spanish counterpart Mariano Rajoy exchanged congratulatory messages")."""
    from communique.stages.encounter import classify  # this stage runs after the encounter's

    if doc.lead is None:
        return
    found = len(people)
    lead_paragraph = doc.sentences[doc.lead].paragraph
    first_person = not any(sent.turn for sent in doc.sentences)  # a release in its author's "I", not a transcript
    above = first_body_sentence(doc)  # who else took part, told between the body's first sentence and the lead, when
    # that sentence tells of a session its subject took part in, a trip ("X travelled to ... X was joined by Y") or an
    # encounter ("Negotiations in Berlin ... ended. X took part in them.")
    if above is not None and above < doc.lead and not (_AN_ENCOUNTER_ABOVE.search(doc.sentences[above].text)
                                                       or attendance(doc.sentences[above].text)):
        above = None  # not "The Secretary attended the opening of the embassy. Former Ambassador X also attended ..."
    lead_style = _style_of(doc.text, people[0]) if people else None  # "His Highness received calls from ..." (WAM)
    further = _FURTHER_ENCOUNTERS_OPENING.get(doc.encounter.label if doc.encounter else "")  # "In a meeting with X, ..."
    messages = doc.encounter is not None and doc.encounter.label == "message"
    remarks = doc.encounter is not None and doc.encounter.label == "press_remarks"
    delegation = _THE_DELEGATION_LEAD.match(doc.sentences[doc.lead].text) is not None
    for k, sent in enumerate(doc.sentences):
        if k <= doc.lead and (above is None or k < above or k == doc.lead) or sent.credit or sent.turn:
            continue
        attends = attendance(sent.text)
        if k < doc.lead and not attends:
            continue  # above the lead, only who else took part: "The President attended the plenary session of the
            # ... Forum. President of Kazakhstan Kassym-Jomart Tokayev also took part in the session. (the lead)"
        if attends:  # "Also participating in the call was Foreign Minister X": of the publisher's side
            # unless told, or of the visiting delegation's ("The delegation also included Senator X")
            side = doc.publisher
            if (subject := _A_SIDE_AS_SUBJECT.match(sent.text)) and (code := actors().code_for(subject["who"])):
                side = code  # "The Colombian delegation was led by X and included Y", "Mexico's delegation was led by ..."
            elif (escorted := _ACCOMPANIED.match(sent.text)) and len(
                    whose := {p.country for p in people if p.country and names_in(escorted["who"], (p.name, *p.aliases))}) == 1:
                side = whose.pop()  # "President Chapo, who was accompanied by the Minister of Foreign Affairs ..., X,
                # is on a state visit" (Tanzania, Kenya, Gulf agencies): of the side of the one they came with
            elif _DELEGATION_INCLUDED.search(sent.text):
                heads = {p.country for p in people if p.country and heads_a_delegation(doc.text, p)}
                guests = {p.country for p in people} - {doc.publisher, None}
                side = heads.pop() if len(heads) == 1 else guests.pop() if len(guests) == 1 else side
            attendees = [replace(m, country=m.country or leader_country(m.name.of(doc.text), on=doc.published,
                                                                        title=m.title_text)
                                 or _side_country(doc.text, m.start, sent.span.start) or side)  # "The Israeli side was ..."
                         for m in find_mentions(doc.text, sent.span.start, _listed_below(doc, k))]
            sides = {p.country for p in people if _a_side(p.country)} | {m.country for m in attendees if _a_side(m.country)}
            if len(sides) >= 2:
                # an encounter between states, or the other side named only here ("Vladimir Putin met with the heads
                # of delegations ... Among the participants were ..."); not a government's own meeting
                yield from ((m, sent.span.start) for m in attendees)
                continue
        if found < 2 and (to := _A_MESSAGE_TO.match(sent.text)) and (addressee := _named_at(doc, sent, to.end())):
            found += 1  # "In a message to President Nangolo Mbumba, President Ramaphosa said ..." under a lead that names
            yield addressee, sent.span.start  # the sender alone (South Africa, Namibia, Kenya, Gulf agencies)
            continue
        if further is not None and (met := further.match(sent.text)) and (counterpart := _named_at(doc, sent, met.end())) \
                and not _ANOTHER_YEAR.match(doc.text, counterpart.name.end, sent.span.end):
            found += 1  # "During a separate meeting with Labor Minister X, ...", "In his meeting with Deputy Prime Minister
            yield counterpart, sent.span.start  # ... General Tea Banh, ..." under a lead of several meetings (White House,
            continue  # State, Ukraine's presidency, India's PIB); not "during his meeting with X in 2021"
        same_paragraph = sent.paragraph == lead_paragraph and found < 2 and not remarks  # not whom a speaker's
        # words go on to name ("The Head of State stated this, speaking with media representatives ... Zelenskyy said that
        # he had discussed ... with Secretary General Jens Stoltenberg": Ukraine's presidency)
        if sent.paragraph == lead_paragraph and (also := ANOTHER_ENCOUNTER.match(sent.text)) and " also " in also.group() \
                and (leader_country(also["who"], on=doc.published) == doc.publisher is not None
                     or _opens_with_a_participant(sent.text, people, first_person, lead_style)) \
                and classify(sent.text, strong_only=True):
            # "Volodymyr Zelenskyy also had brief meetings with Lithuanian President X, Latvian President Y, President of
            # the European Council Z ..." in the lead's paragraph (Ukraine's presidency, Kremlin, White House round-ups): a
            # further encounter of the release's own official, all its counterparts
            for m in find_mentions(doc.text, sent.span.start, sent.span.end):
                found += 1
                yield m, sent.span.start
            continue
        if not same_paragraph and "similar" in sent.text and SIMILAR_MESSAGE.search(sent.text):
            # "Crown Prince ... X sent a similar cable": a second sender, to whoever it names as its recipient ("... also
            # sent a similar cable of condolences to HE Acting Minister of Foreign Affairs of Iran Ali Bagheri Kani": QNA)
            yield from ((m, sent.span.start) for m in find_mentions(doc.text, sent.span.start, sent.span.end)[:2])
            continue
        if messages and " message" in sent.text and (own := _IN_ONES_MESSAGE.search(sent.text)) \
                and (senders := find_mentions(doc.text, sent.span.start, sent.span.start + own.start())) \
                and senders[0].start == sent.span.start + len(sent.text) - len(sent.text.lstrip()):
            # "Heads of foreign states continue to send congratulatory messages to President X ... / President of the
            # Republic of Türkiye Recep Tayyip Erdoğan in his message noted that ..." (UzA, Akorda, Azertac, Kremlin
            # round-ups): each sender the sentence opens with, whose message it tells
            yield senders[0], sent.span.start
            continue
        if messages and (" also " in sent.text or "same occasion" in sent.text or sent.text.startswith("On the occasion")) \
                and (told := _ANOTHER_MESSAGE_SENT.search(sent.text)) \
                and (mentions := find_mentions(doc.text, sent.span.start, sent.span.end)) \
                and mentions[0].name.end <= sent.span.start + told.start() \
                and _SENDERS_OPENING.match(doc.text, sent.span.start, mentions[0].start):
            # "HH the Deputy Amir Sheikh X sent a cable of congratulations to HE Y on the same occasion", "On the occasion,
            # Minister of Foreign Affairs X also sent a congratulatory message to his counterpart Y" (QNA, Petra, VNA,
            # Turkmenistan): a further message of the release, its titled sender and recipients (the contract's rule), up
            # to the clause after them ("..., and recalled the visit of late King Hussein": no one's message)
            clause = doc.text.find(",", sent.span.start + told.end(), sent.span.end)
            yield from ((m, sent.span.start) for m in mentions if clause < 0 or m.start < clause)
            continue
        if not same_paragraph and not (_told_encounter(sent.text) or _IN_A_SEPARATE.match(sent.text)):
            continue  # outside the lead's paragraph, only a sentence that tells an encounter (most do not: asked first)
        # "During the visit, Foreign Minister X also met with Y" opens a further encounter by its verb only, not "During the
        # visit, X recalled the meeting between Y and Z", "... will be received by President Y"
        told = not sent.text.startswith("During") or ANOTHER_ENCOUNTER.match(sent.text) is not None \
            or _AN_OFFICE_AGAIN.match(sent.text) is not None  # "During his visit, the Minister also had a meeting with"
        by_name = told and not same_paragraph and (_opens_with_a_participant(sent.text, people, first_person, lead_style)
                                                    or delegation and _THE_DELEGATION_LEAD.match(sent.text) is not None)
        # ... or by the delegation the lead's subject was: "The delegation also met with Prime Minister X" (White House)
        again = None if by_name or same_paragraph or not told else \
            _AN_OFFICE_AGAIN.match(sent.text) or _AN_OFFICE_LATER.match(sent.text)
        if not same_paragraph and (not told or not (by_name or again or opens_with_an_office(sent.text))):
            continue
        mentions = find_mentions(doc.text, sent.span.start, sent.span.end)
        if by_name:  # "On the same day, Wang also met with NZ Prime Minister Christopher Luxon" (Xinhua, Kyodo)
            yield from ((m, sent.span.start) for m in mentions)
            continue
        if same_paragraph:  # up to the second side, not every official the paragraph goes on to name, nor one a speaker
            # tells of ("He added that President X would travel to New York": a spokesman's briefing, IRNA, State) or
            # names in a quotation ("We have passed these steps on to President Biden," the President said)
            for m in [m for m in mentions if not _TOLD_OF.search(doc.text, max(sent.span.start, (m.title_span or m.name).start - 40),
                                                                   (m.title_span or m.name).start)
                      and not _quoted(doc.text, sent.span.start, m.start)][:2 - found]:
                found += 1
                yield m, sent.span.start
        elif len(mentions) == 1 and again and any(_holds(p, abbreviations().get(again["office"], again["office"]), doc.text)
                                                  for p in people):
            # "The foreign minister also held talks with Serbian Foreign Minister Marko Đurić" (Hungary, Thailand, Mexico,
            # State): a participant by office, a new counterpart; "EAM also met His Highness Prince X" (India's MEA): by
            # its office's abbreviation
            yield mentions[0], sent.span.start
        elif len(mentions) >= 2:
            first = mentions[0].title_span or mentions[0].name
            opening = _SUBJECT_OPENING.match(doc.text, sent.span.start, first.start)
            if opening and (not opening["state"] or actors().code_for(opening["state"])
                            or opening["state"] in vocabulary()["honorifics"]):  # "HE Prime Minister ... also sent" (QNA)
                yield from ((m, sent.span.start) for m in mentions)


def _listed_below(doc: Document, k: int) -> int:
    """Where the attendees of sentence `k` end: at its end, or, when it closes on a colon ("Joining the call were the
    following leaders:": the White House's calls with groups, State, the Kremlin), at the end of the list in the
    paragraph below it."""
    sent = doc.sentences[k]
    if not sent.text.rstrip().endswith(":") or k + 1 >= len(doc.sentences):
        return sent.span.end
    listed = doc.sentences[k + 1].paragraph
    return max((s.span.end for s in doc.sentences[k + 1:] if s.paragraph == listed and not s.credit), default=sent.span.end)


def _quoted(text: str, start: int, at: int) -> bool:
    """Whether `at` is inside a quotation, by the last quotation mark of `text[start:at]` (a sentence's words before it):
    an opening one, curly or straight after a space ('"We have passed these steps on to President Biden'), not a closing
    one ('... citizens," said Olha Stefanishyna', a quotation of sentences above closing)."""
    before = text[start:at]
    last = max(before.rfind('"'), before.rfind("“"), before.rfind("”"))
    if last < 0 or before[last] == "”":
        return False
    return before[last] == "“" or last == 0 or before[last - 1].isspace() or before[last - 1] in "([—–-"


def _holds(person: Participant, office: str, text: str = "") -> bool:
    """Whether an office a sentence names alone can be the participant's: the same office word, no rank the title lacks
    (not "the Deputy Foreign Minister" for the Foreign Minister, "the Deputy Secretary of State" for the Secretary), and
    the participant's state when it names one ("the Foreign Minister of Georgia"); or another office the text gives them
    before their surname ("The OSCE Chair-in-Office, Malta's Minister for Foreign Affairs, Ian Borg ... Chair-in-Office
    Borg reaffirmed ... the Chair-in-Office also met": OSCE, State, Iceland)."""
    if not person.title or office_word(person.title).casefold() != office_word(office).casefold():
        surname = person.name.split()[-1]
        return bool(text) and person.name != person.title and re.search(
            r"\b" + re.escape(office) + r"(?:\s+|,\s+[^.;]{0,120}?\b)" + re.escape(surname) + r"\b", text) is not None
        # ... or in apposition before the name: "The OSCE Chair-in-Office, Malta's Minister for Foreign Affairs Ian Borg"
    if {w for w in office.split() if w in _OFFICE_GRADES} - set(person.title.split()):
        return False
    states = {m.code for m in actors().find(office) if actors().is_state(m.code)}
    return not states or person.country in states


_OFFICE_GRADES = frozenset({"Deputy", "Vice", "Assistant", "Under", "Acting", "Associate", "Principal", "State", "Junior"})


def _named_at(doc: Document, sent: Sentence, offset: int) -> Mention | None:
    """The official whose mention (office or name, whichever comes first) begins `offset` characters into the sentence:
    the one an opening phrase names ("In a message to X,", "In his meeting with X,"), after their state's adjective at
    most ("In her meeting with Czech President Petr Pavel,")."""
    at = sent.span.start + offset
    return next((m for m in find_mentions(doc.text, at, sent.span.end) if m.start == at or m.start > at
                 and actors().code_for(doc.text[at:m.start].strip()) is not None), None)


_IN_ONES_MESSAGE = re.compile(r",?\s+(?:stressed\s+|noted\s+|said\s+|wrote\s+|emphasi[sz]ed\s+)?in\s+(?:his|her|their)\s+"
                              r"(?:congratulatory\s+|condolence\s+)?(?:message|letter|cable)\b")
# An opening that names a further meeting of the release by its counterpart: "In a meeting with President Nayib Bukele,",
# "During a separate meeting with Labor Minister ...", "At the meeting with Secretary General of Defense Policy of Spain
# Admiral ..." (White House, State, Ukraine's presidency); what follows the counterpart must not date it elsewhere
_A_LINKING_WORD = r"(?:(?:Meanwhile|Separately|Similarly|Likewise|Also|Later|Then|Next|Finally|Lastly),\s+)?"  # "Meanwhile,
# in the call with Jordanian Deputy Prime Minister X, ..." (Indonesia's Kemlu, wires): the next encounter of a round-up
_IN_A_MEETING_WITH = re.compile(_A_LINKING_WORD + r"(?:[Ii]n|[Dd]uring|[Aa]t)\s+(?:a|an|his|her|the|their)\s+(?:separate\s+|bilateral\s+|subsequent\s+|"
                                r"later\s+)?(?:meeting|talks|conversation)\s+with\s+(?:the\s+)?(?:H\.?E\.?\s+)?")
# ... "In a conversation with Prime Minister Heger, ..." too, in a round-up of a day's meetings (Ukraine's presidency)
# ... or a further call: "In the phone talks with U.S. Secretary of State Antony Blinken, Park said ..." under "held separate
# phone talks with his U.S. and Japanese counterparts" (Yonhap, Kyodo, Ukraine's presidency); the call named without its
# medium under a lead that gave it: "In her conversation with Saudi Foreign Minister X, ..." (Indonesia's Kemlu, wires)
_IN_A_CALL_WITH = re.compile(_A_LINKING_WORD + r"(?:[Ii]n|[Dd]uring)\s+(?:a|an|his|her|the|their)\s+"
                             r"(?:separate\s+|subsequent\s+|later\s+)?"
                             r"(?:(?:tele)?phone\s+|video\s+)?(?:talks|call|conversation)\s+with\s+(?:the\s+)?(?:H\.?E\.?\s+)?")
_FURTHER_ENCOUNTERS_OPENING = {"meeting": _IN_A_MEETING_WITH, "talks": _IN_A_MEETING_WITH, "phone_call": _IN_A_CALL_WITH,
                               "video_call": _IN_A_CALL_WITH}
_ANOTHER_YEAR = re.compile(r"[^,;.]{0,60}?\b(?:(?:19|20)\d\d|last|previous|earlier|former)\b")  # "... in 2023,"


# An opening that names a further encounter of the release: "In a separate cable, HH the Amir sent his condolences to ..."
# (QNA, KUNA, WAM), whatever words the rest of the sentence gives it
_IN_A_SEPARATE = re.compile(r"In a separate (?:call|cable|message|letter|meeting|conversation|telegram)\b")
_TOLD_OF = re.compile(r"\b(?:said|says|added|adds|noted|notes|stated|announced|announces|(?:told|informed)(?:\s+\w+){1,2})"
                      r"\s+(?:that\s+)?(?:the\s+)?(?:[A-Z][\w’'\-]+\s+)?$")  # "He added that Iranian President X would travel"


# Another message sent, by whoever the sentence opens with: "... also sent a cable of condolences to ...", "... sent a
# congratulatory letter to ..." (Gulf agencies, Petra, VNA, Turkmenistan's TDH), after an opening or a style
_SENDERS_OPENING = re.compile(r"(?:" + _FURTHER_OPENING + r")?"
                              r"(?:" + STYLE + r"\s+|H\.?R?\.?[HEM]\.?\s+)?(?:the\s+|(?:Prince|Princess|Sheikh|Sheikha)\s+)?$")
# ("His Royal Highness Prince X, Crown Prince and Prime Minister, also sent ...", "His Highness Sheikh X also sent ...": the
# royal rank before a name whose office follows it; SPA, KUNA, WAM, QNA)
_ANOTHER_MESSAGE_SENT = re.compile(r"\b(?:sent|dispatched|addressed)\s+(?:(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:cable|message|letter|telegram)"
                                   r"|(?:[\w-]+\s+)?(?:cables|messages|letters|telegrams))\b")  # "also sent cables of
# congratulations to HE X ... and HE Y" (QNA, KUNA, WAM): one to each recipient
# The same act by a second official of the publisher's side (SPA, KUNA, QNA, WAM, BNA)
SIMILAR_MESSAGE = re.compile(r"\b(?:sent|dispatched|conveyed|addressed|exchanged)\s+(?:a\s+)?similar\s+(?:cable|message|letter|telegram)s?\b")


def _opens_with_a_participant(text: str, people: list[Participant], first_person: bool = False,
                              lead_style: str | None = None) -> bool:
    """Whether a sentence's subject (after "Also on Friday,", "On the same day,") is a participant by a
    name of theirs, or by the style the lead gives its official ("His Highness received calls from ..."): the
    subject of another encounter of the same release."""
    m = ANOTHER_ENCOUNTER.match(text)
    if m is not None and lead_style is not None and m["who"] == lead_style:
        return True
    if m is not None and (m["who"] in ("he", "she", "He", "She") or first_person and m["who"] == "I"):
        return bool(people)  # "On Sunday, he spoke with ...": a round-up's next call; "I spoke with President of
        # Slovakia ..." in an address (Ukraine, Australia), not in remarks that mention a call of the night before
    # by a name of theirs, or by the office the lead gives them ("The Vice President spoke individually with: ...")
    office = re.sub(r"^(?:[Tt]he|" + _A_STYLE_THE + r")\s+", "", m["who"]) \
        if m is not None else ""  # "His Royal Highness the Crown Prince also received ..." (SPA, Gulf agencies)
    who = without_honorifics(m["who"]) if m is not None else ""  # "H.E. Wang Yi also paid a courtesy call on" (AKP, MEA)
    if m is not None and " " in who and not any(who in (p.name, *p.aliases) for p in people):
        title, _, last = who.rpartition(" ")  # "Foreign Secretary Misri also paid a courtesy call on" (MEA, Nepal),
        # "Minister Kamikawa also held a brief talk with" of the "Minister for Foreign Affairs" (Japan's MOFA, State: the
        # office's head word)
        who = last if any(last in p.aliases and p.title and (p.title.endswith(title) or office_word(p.title) == title)
                          for p in people) else who
    if m is not None and office == "Head of State" and people and (people[0].title is None
                                                                   or office_word(people[0].title) in HEADS_OF_STATE):
        return True  # "The Head of State also sent a telegram of condolences to President of Syria X" under "Kassym-Jomart
        # Tokayev sent a telegram ..." (Akorda, Ukraine's presidency): the lead's subject, the publisher's leader
    return m is not None and any(who in (p.name, *p.aliases) and p.name != p.title
                                 or p.title and (office == p.title or p.title.startswith((office + " of ", office + " and ")))
                                 or _a_patronymic_of(who, p.name)
                                 for p in people)  # "The Secretary also spoke with ..." of the "Secretary of State", "the
    # Crown Prince" of the "Crown Prince and Prime Minister"


def _a_patronymic_of(who: str, name: str) -> bool:
    """Whether `who` is the first words of `name` up to a patronymic, maybe after a style the name was found without:
    "Sheikh Abdullah bin Zayed" of "Abdullah bin Zayed Al Nahyan", "Prince Faisal bin Farhan" of "Faisal bin Farhan Al
    Saud" (WAM, SPA, QNA: the family name left off a later mention)."""
    words = who.split()
    return any(not _PATRONYMIC.isdisjoint(short.split()[1:-1]) and name.startswith(short + " ")
               for short in (who, " ".join(words[1:])))


def without_honorifics(name: str) -> str:
    """A name or a teller's designation less the personal styles before it ("H.E. Wang Yi", "Mr. Hamasaka")."""
    words = name.split()
    while len(words) > 1 and words[0] in vocabulary()["honorifics"]:
        words = words[1:]
    return " ".join(words)


_ENCOUNTER_VERB = (r"\s+(?:also\s+|later\s+|separately\s+|then\s+|first\s+|subsequently\s+|next\s+|further\s+)?"
                   # "He first met ..." (UK), "Dr. Al Zayani further met ..." (BNA)
                   r"(?:" + _MEETINGS_VERBS + r"|sent|cabled|exchanged"
                   r"|paid\s+(?=(?:a|an)\s+(?:[\w-]+\s+)?(?:call|visit)\b))\b")  # not "paid tribute to X"
# "On the same day, Wang also met with ...", "Later, Xi Jinping held talks with ...": a participant, named, opening
# another encounter as its subject (not "Guterres also presented the proposals ... during his meeting with Lavrov")
ANOTHER_ENCOUNTER = re.compile(r"(?:" + _NUMBER + r")?" + _FURTHER + r"(?P<who>(?:" + _A_STYLE_THE + r"\s+)?"
                                # "H.H. Sheikh Abdullah bin Zayed also received" (WAM, QNA, SPA): a patronymic's particle
                                r"[" + CAPITALS + r"][\w'’.\-]*(?:\s+(?:(?:" + "|".join(sorted(_PATRONYMIC)) + r")\s+)?["
                                + CAPITALS + r"][\w'’.\-]*){0,3}|he|she"
                                r"|[Tt]he\s+Head\s+of\s+State)"  # the publisher's leader (Akorda, Ukraine's presidency)
                                # "Herzog, whose role is largely ceremonial, also met ..." (wires): a clause about them
                                r"(?:,\s+(?:who|whose)\s+[^,;.]{2,80},)?" + _ENCOUNTER_VERB)
# the guest received by a further host, in the passive (Latin American ministries, Gulf agencies, State, Kremlin)
_RECEIVED_BY = re.compile(_FURTHER + r"(?:[" + CAPITALS + r"][\w'’.\-]*(?:\s+[" + CAPITALS + r"][\w'’.\-]*){0,3}|he|she)"
                          r"\s+(?:was|were)\s+(?:also\s+|later\s+|then\s+|subsequently\s+)?(?:received|welcomed|hosted)"
                          r"\s+by\s+(?:the\s+)?")
# ... after an official however long their name and office: "His Royal Highness Prince Mohammed bin Salman bin Abdulaziz Al
# Saud, Crown Prince and Prime Minister, also sent a cable ...", "HE the Prime Minister and Minister of Foreign Affairs Sheikh
# X bin Y Al-Thani also sent cables ..." (SPA, QNA, KUNA, WAM): the verb after the official's words (and an apposition)
_ENCOUNTER_VERB_AFTER = re.compile(r"(?:,\s+[^,;.]{2,80},|,)?" + _ENCOUNTER_VERB)


def opens_another_encounter(text: str, official: tuple[int, int], counterparts: Iterable[str]) -> int | None:
    """Where the opening of a sentence that tells another encounter ends (after its verb: "also met"), when its subject
    is a short name or a pronoun (`ANOTHER_ENCOUNTER`), or the official at `official` (offsets into `text`: the words
    of their title and name) with no more than an opening phrase and a style before them and one of `counterparts`
    named after the verb (not "Department of Agriculture Secretary X then spoke to a new enforcement partnership");
    else None."""
    if (m := ANOTHER_ENCOUNTER.match(text)) is not None:
        return m.end()
    start, end = official
    if _RECEIVED_BY.fullmatch(text, 0, start):
        return start  # the verb's end, as below: "Later, Secretary Rubio was received by President José Raúl Mulino at the Palacio de las Garzas"
    if _SENDERS_OPENING.match(text, 0, start) and (verb := _ENCOUNTER_VERB_AFTER.match(text, end)) \
            and names_in(text[verb.end():], tuple(counterparts)):
        return verb.end()
    return None


def _untitled_leaders(doc: Document, tokens: list[Token]) -> Iterator[Participant]:
    """Known leaders the lead names without a title ("sent a congratulatory message to Shehbaz
    Sharif on his election", "met today with Leo Varadkar, the Taoiseach of Ireland"): a name of
    two words or more that `leaders.tsv` knows. One word is too weak here ("Xi" may be the
    adjective of an initiative), and a name after "and" continues a list that a title began
    ("the Joint Statement by Presidents Biden and von der Leyen"), whose people are only named, unless
    the list began untitled ("Vladimir Putin, Ilham Aliyev and Nikol Pashinyan will meet")."""
    k = 0
    listed_to = -1  # where the last untitled leader found ends: a list of them goes on after "and"
    while k < len(tokens):
        after_and = k > 0 and tokens[k - 1].text == "and"
        end = _name_run(tokens, k) if tokens[k].kind in ("CAP", "PART") and \
            (k == 0 or tokens[k - 1].kind not in ("HEAD", "WORD", "CAP") and (not after_and or listed_to == k - 1)) else k
        if end - k >= 2:
            span = Span(tokens[k].start, tokens[end - 1].end)
            name = span.of(doc.text)
            if (country := leader_country(name, on=doc.published)) and not _elsewhere(doc.text, tokens[0].start, span.start):
                yield Participant(name=name, title=None, country=country, span=span, aliases=aliases(name))
                listed_to = end + 2 if end + 1 < len(tokens) and tokens[end].text == "of" \
                    and tokens[end + 1].kind == "COUNTRY" else end  # "with Mette Frederiksen of Denmark and Stefan
                # Löfven of Sweden" (Nordic and Baltic governments, wires): each one's state after the name
        k = max(end, k + 1)


_NAME_SUBJECT = re.compile(
    r"(?:On [^,]{3,60}, )?(?P<name>[" + CAPITALS + r"][\w'’.\-]*(?:\s+(?:[" + CAPITALS + r"][\w'’.\-]*|bin|bint|al|de|da|van|von)){0,4})"
    r"(?=\s+(?:also\s+)?[a-z])"
)


_TOOK_PART = re.compile(r"\s+(?:also\s+)?(?:took\s+part|attended|participated)\b")
# A trip or an encounter of states' officials told in the body's first sentence, above the lead ("X travelled to ...",
# "took part in the plenary session of ...", "Negotiations in Berlin ... ended"); not a ceremony or an opening
_AN_ENCOUNTER_ABOVE = re.compile(r"\b(?:travell?ed|visited|arrived|is\s+visiting|delegation|session|summit|meeting|forum|council"
                                 r"|talks|negotiations|consultations|plenary)\b", re.I)


def _who_took_part_above(doc: Document, subject: re.Pattern[str], group: str) -> Sentence:
    """The sentence whose subject is the publisher's own official: the lead's, unless the body's first sentence,
    above the lead, tells that its subject took part ("Vladimir Putin took part in an emergency session of the CSTO
    ... The Republic of Armenia chaired the videoconference meeting"; "The President attended the plenary session of
    the ... Forum. ... Xi Jinping ... addressed the session via videoconference" (Kremlin)): the lead then names the
    others there, and the one who took part is named above it."""
    lead = doc.sentences[doc.lead]  # type: ignore[index]
    first = first_body_sentence(doc)
    if first is None or first >= doc.lead:  # type: ignore[operator]
        return lead
    above = doc.sentences[first]
    named = subject.match(above.text)
    return above if named and _TOOK_PART.match(above.text, named.end(group)) else lead


def _titled_subject_above(doc: Document) -> Participant | None:
    """ "On 12 February 2024, Foreign Minister Radosław Sikorski took part in a meeting of the foreign ministers of the
    Weimar Triangle ... / The meeting was hosted by ... Séjourné and attended by ... Baerbock" (the lead): the official
    the body's first sentence says took part, by office and name, whom the lead below it does not name (Poland, the
    Baltic and Nordic ministries, Ukraine's presidency). The untitled and the office-only subjects are read above."""
    above = _who_took_part_above(doc, _TITLED_SUBJECT, "rest") if doc.lead is not None else None
    if above is None or above is doc.sentences[doc.lead]:  # type: ignore[index]
        return None
    opening = _TIME_OPENING.match(above.text)
    start = above.span.start + (opening.end() if opening else 0)
    mentions = find_mentions(doc.text, above.span.start, above.span.end)
    if not mentions or mentions[0].start != start or not _TOOK_PART.match(doc.text, mentions[0].name.end):
        return None
    m = mentions[0]
    name = m.name.of(doc.text)
    return Participant(name=name, title=m.title_text, span=m.name, title_span=m.title_span, aliases=aliases(name),
                       country=m.country or leader_country(name, on=doc.published, title=m.title_text) or doc.publisher)


# A sentence that opens with an official, after a time at most: `_titled_subject_above` reads the mention
_TITLED_SUBJECT = re.compile(r"(?:" + _TIME_OPENING.pattern + r")?(?:the\s+)?"
                             r"(?P<rest>[A-Z][^,;]{2,120}?)(?=\s+(?:also\s+)?(?:took\s+part|attended|participated)\b)")


def _untitled_subject(doc: Document) -> Participant | None:
    """ "Vladimir Putin had a telephone conversation with ...": the Kremlin and others name their
    own leader without a title. A name opening the lead, that `leaders.tsv` knows, is a participant
    (its title null: the text gives none); an unknown capitalised subject is left alone."""
    if doc.lead is None:
        return None
    sent = _who_took_part_above(doc, _NAME_SUBJECT, "name")
    m = _NAME_SUBJECT.match(sent.text)
    if not m or m["name"].split()[0] in office_words():
        return None
    name = m["name"]
    country = leader_country(name, on=doc.published)
    if not country:
        return None
    span = Span(sent.span.start + m.start("name"), sent.span.start + m.end("name"))
    return Participant(name=name, title=None, country=country, span=span, aliases=aliases(name))


_SURNAME_SUBJECT = re.compile(r"(?:(?:Mr|Ms|Mrs|Dr|Madam)\.?\s+|(?!The\s)(?P<office>(?:[A-Z][\w\-]*\s+){1,4}?))?"
                              r"(?P<name>[" + CAPITALS + r"][\w'’\-]+)(?=\s+(?:also\s+)?[a-z])")  # "In Suva, Mr Peters met ..." (New
# Zealand, UK, Australia); "During their meeting with President Abinader, Senior Advisor Perez reiterated ..." (White
# House, State); "Speaking at a joint press conference with Spanish Minister of Foreign Affairs, European Union and
# Cooperation José Manuel Albares, Safadi said ..." (Petra, Gulf agencies: the opening phrase may hold commas)
_OPENING_PHRASE_END = re.compile(r",\s+")
_CLAUSE_SUBJECT = re.compile(r"(?:[A-Z][\w.'’\-]*\s+|(?:" + "|".join(sorted(NAME_PARTICLES)) + r")\s+)+(?P<next>[a-z]+)")


def _subject_starts_of(sentence: str) -> Iterator[int]:
    """Where a sentence's main clause may begin: at its start, else after each comma of an opening phrase, up to the
    first capitalised words that a verb follows ("Speaking at a joint press conference with Minister of Foreign
    Affairs, European Union and Cooperation José Manuel Albares, Safadi said": not "European Union and", whose next
    word joins; "In Ottawa, Deputy Secretary X met ..., Blinken said in a statement": the clause began with X)."""
    for at in [0, *(c.end() for c in _OPENING_PHRASE_END.finditer(sentence, 0, 320))]:
        yield at
        if (subject := _CLAUSE_SUBJECT.match(sentence, at)) and subject["next"] not in _JOINING_WORDS | _REGION_NOUNS \
                and (first := subject.group().split()[0]) not in _OPENING_WORDS and not first.endswith("ing"):
            return  # the main clause's subject and verb: no later comma opens another ("During their meeting with ...,",
            # "Speaking at ...," open it)


_JOINING_WORDS = frozenset({"and", "of", "for", "the", "to", "in", "at", "on", "with"})
# ... nor does a place's region after its comma: "at the Syniohora state residence in the village of Huta,
# Ivano-Frankivsk region, Zelenskyy thanked ..." (Ukraine's presidency)
_REGION_NOUNS = frozenset({"region", "oblast", "province", "district", "county", "governorate", "department", "prefecture",
                          "state", "canton"})


def _surname_titled_above(doc: Document) -> Participant | None:
    """ "Principal Deputy National Security Advisor Jon Finer traveled to Colombia to lead the U.S. delegation.
    While in Colombia, Finer met with President Gustavo Petro." (White House, State): the lead's subject, a
    surname alone, is the official the sentences above it name in full with their title."""
    if not doc.lead:
        return None
    sent = doc.sentences[doc.lead]
    for at in _subject_starts_of(sent.text):
        m = _SURNAME_SUBJECT.match(sent.text, at)
        if not m or _kind(m["name"]) != "CAP" or is_country_name(m["name"]) \
                or m["office"] and any(_kind(word) not in ("HEAD", "WORD") and not word.isupper()
                                      for word in m["office"].split()):  # "DNI Haines", "Senior Advisor Perez"
            continue  # not "President Bola Ahmed Tinubu on Tuesday received ...": a full name
        office = [w for w in (m["office"] or "").split() if not w.isupper()]  # "DNI Haines": its acronym aside
        above = (mention for k, line in enumerate(doc.sentences[:doc.lead]) if m["name"] in line.text  # a look first
                 and not is_heading(doc, k) for mention in find_mentions(doc.text, line.span.start, line.span.end))
        for mention in above:
            name = mention.name.of(doc.text)
            if mention.title_text and len(name.split()) > 1 and _same_person(m["name"], name) \
                    and (set(office) <= set(mention.title_text.split()) or office[-1:] == ["Ambassador"]
                         or mention.title_text == "Ambassador"):
                # "Finer", "Wang" (Yi); "Senior Advisor Perez" under "Senior Advisor to the President ... Tom Perez",
                # not "Commerce Minister Wang" under "Foreign Minister Wang Yi"
                return Participant(name=name, title=mention.title_text, country=mention.country or doc.publisher,
                                   span=mention.name, title_span=mention.title_span, aliases=aliases(name))
    return None


# Between an office named alone and the next office of a named participant: its body, then a comma ("the Deputy Chairman
# of the Cabinet of Ministers, Minister of Foreign Affairs of Turkmenistan Rashid Meredov": one person's two offices)
_ANOTHER_OFFICE_OF_THEIRS = re.compile(r"(?:\s+of\s+[^,;.]{2,60})?\s*,\s*")


# "I spoke this morning with ...", "Today, I met with my Indonesian counterpart" (State, White House, Australia,
# New Zealand, Papua New Guinea): a release its official writes in the first person
_FIRST_PERSON_LEAD = re.compile(r"(?<![\w’'.])(?P<subject>I|[Ww]e)\s+(?:[a-z]+\s+){0,2}?(?:spoke|met|held|had|called|"
                                r"received|hosted|welcomed|talked|convened|joined|visited|phoned|spoken|finished\s+speaking)\b"
                                # "President Zelenskyy reached out to me tonight" (White House, Australia, Canada)
                                r"|\b(?:reached\s+out|spoke|wrote|called)\s+(?:to\s+|with\s+)?(?P<object>me)\b")
_STYLED_NAME_LINE = re.compile(r"(?:Senator\s+)?(?:[Tt]he\s+)?(?:Rt\.?\s+)?Hon\.?\s+(?:Dr\.?\s+)?"
                               r"(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,3}?)(?:\s+(?:MP|TD|PC|KC|QC))?")
# "Joint Statement on the U.S.-Japan-ROK Trilateral Ministerial Meeting", "Joint Declaration", "Joint Communiqué"
# (White House, State, Ukraine's presidency): whatever encounter it reports, its "we" are its parties
JOINT_TEXT_TITLE = re.compile(r"\bjoint\s+(?:statement|declaration|communiqu[eé])\b(?!\s+to\s+the\s+press)", re.I)
_BY = re.compile(r"\b(?:by|from|of)\s+(?P<the>)(?:the\s+)?(?=[A-Z])")  # "Statement by President Joe Biden on ..."


def _first_person_author(doc: Document, people: list[Participant]) -> Participant | None:
    """The official who writes the release in the first person: named by the byline above the body
    ("Antony J. Blinken, Secretary of State", State) or by the title ("Statement by President Joe
    Biden on ... Call with President Zelenskyy"); evidence in the text is the byline, else the "I"."""
    title = _headline(doc)
    if JOINT_TEXT_TITLE.search(title):
        return None  # "Joint Statement by President X and President Y": "we" are both
    whose = None  # the title's words that name the author ("Prime Minister X's remarks", "Remarks by X at ...")
    titled = None  # the page's title names the author and the body is theirs: "Prime Minister X's remarks at the joint
    # press conference with Y / Thank you very much! ... We discussed today ..." (no narrated lead), "Remarks by H.E. X,
    # Chairperson ..., at the Joint Press Conference with Y / ... Allow me first of all to welcome ..." (AU, UN, EU)
    if doc.lead is None:
        if not (titled := doc.own_words):
            return None
        if (first := first_body_sentence(doc)) is not None and (headline := next(
                ((k, found) for k in range(first) if (found := own_words_under_the_headline(doc, k))), None)) \
                and headline[1][0]["whose"] and not find_mentions(doc.title or "", *titled[0].span(
                    "whose" if titled[0]["whose"] else "by")):
            # the page's title names the author by office alone ("Prime Minister's Press Statement during ..."), the
            # headline line above the body by name ("... Prime Minister Shri X's Press Statement during ...": India's PIB)
            title, titled, above = doc.sentences[headline[0]].text, None, headline[0]
            said, spoken, m = headline[1]
            whose = said.span("whose")
    else:
        spoken, above = doc.sentences[doc.lead], doc.lead  # the sentence whose "I" or "we" is the author's evidence
        if not (m := _FIRST_PERSON_LEAD.search(spoken.text)):
            if headline := own_words_under_the_headline(doc, doc.lead):
                title = spoken.text  # the headline line names the author, whatever title the page was given
                said, spoken, m = headline  # "Statement by Prime Minister X following his meeting with ... / Dear President,
                # ... We had a very productive discussion" (Greece, Cyprus, EU, Ukraine's presidency): the headline is the lead
                whose = said.span("whose") if said["whose"] else None  # "... Prime Minister Shri Narendra Modi's Press
                # Statement during the Joint Press Statement with ..." (India's PIB): the name before the "'s"
            elif not (titled := doc.own_words):
                return None
    if titled is not None:
        (said, spoken, m), title = titled, doc.title or ""
        whose, above = said.span("whose") if said["whose"] else said.span("by"), doc.sentences.index(spoken)  # the name in
        # the title's own words: "Remarks by President Biden After Meeting With ..." is Title Case
    if (found := _byline(doc, above)) is not None:
        evidence, source = found.name, None
    else:
        by = _BY.search(title)
        mentions = find_mentions(title, by.end(), len(title)) if by else []
        if whose is not None:  # "Prime Minister Edi Rama's remarks at ...": the name right before the "'s"; "Remarks by
            # H.E. X, Chairperson of ..., at ...": the first the words after "by" name
            mentions = find_mentions(title, *whose)
            mentions = mentions[:1] if title[whose[1]:].lstrip()[:1] not in ("'", "’") or not mentions \
                else [found for found in mentions if found.name.end == len(title[:whose[1]].rstrip())]
        start = spoken.span.start
        named = bool(mentions) and (whose is not None or by is not None and _names_right_after(title, by, mentions[0]))
        if whose is not None and not mentions and _office_line(office := title[whose[0]:whose[1]].strip()):
            # "Secretary-General's remarks at joint press encounter with President X" (UN): the office alone, the
            # publisher's; its evidence the "I"
            start = spoken.span.start
            pronoun = m.lastgroup or 0
            return _office_participant(doc, office, Span(start + m.start(pronoun), start + m.end(pronoun)))
        if doc.lead is not None and (signed := _signature(doc)) is not None and not named:
            found, evidence, source = signed, signed.name, None
        else:
            pronoun = m.lastgroup or 0  # "I", "we", "me"
            evidence = Span(start + m.start(pronoun), start + m.end(pronoun))
            if not named:
                return _author_by_office(doc, title, by, evidence)  # "Readout of ... Call with President Zelenskyy": not
                # its author
            found, source = mentions[0], "title"
    name = titled_name = " ".join(found.name.of(doc.text if source is None else title).split())  # a title's no-break spaces
    if source == "title" and (written := _written_out_in_the_text(doc.text, name)):
        name, evidence, source = written[0], written[1], None
    for person in people:
        if _same_person(name, person.name):
            return person
    country = found.country or leader_country(name, on=doc.published, title=found.title_text) \
        or leader_country(titled_name, on=doc.published, title=found.title_text) or doc.publisher
    return Participant(name=name, title=found.title_text, country=country, span=evidence, aliases=aliases(name),
                       name_from=source)


def _written_out_in_the_text(text: str, name: str) -> tuple[str, Span] | None:
    """The full name a title gives by its initials, as the text writes it out: "Remarks by H.E. the President Cde Dr
    E.D. Mnangagwa" over "... the President of the Republic of Zimbabwe, Cde. Dr. Emmerson Dambudzo Mnangagwa, ..."
    (Zimbabwe, Kenya, Nigeria, Ghana: the contract's name is the full one as written)."""
    *given, surname = name.split()
    initials = [letter for word in given for letter in word.replace(".", " ").split()]
    if not given or not all(len(initial) == 1 and initial.isupper() for initial in initials):
        return None
    for m in re.finditer(r"\b((?:[A-Z][\w'’-]+\s+){%d})%s\b" % (len(initials), re.escape(surname)), text):
        if [word[0] for word in m.group(1).split()] == initials:
            return " ".join(m.group().split()), Span(m.start(), m.end())
    return None


def _byline(doc: Document, above: int) -> Mention | None:
    """The official a byline names above sentence `above`: a line that is only a name and an office, or a name's line
    and an office's line, one over the other."""
    for k, sent in enumerate(doc.sentences[:above]):
        mentions = find_mentions(doc.text, sent.span.start, sent.span.end)
        if len(mentions) == 1 and mentions[0].title_text and (
                sent.text.rstrip(". ").endswith(mentions[0].title_text)
                or mentions[0].title_span and mentions[0].title_span.start == sent.span.start
                and all(word.strip(".") in vocabulary()["post_nominals"]
                        for word in doc.text[mentions[0].name.end:sent.span.end].split())):
            # "Antony J. Blinken, Secretary of State" (State); "Prime Minister of Australia, The Hon Anthony Albanese MP"
            # (Australia's media releases): a line that is only an office and a name
            return mentions[0]
        if len(mentions) == 1 and _WHOSE_WORDS.match(doc.text, mentions[0].name.end):
            # a headline's line above the words, whose they are: "English rendering of Prime Minister Shri Narendra Modi's
            # Press Statement during the Joint Press Statement with ..." (India's PIB), "Secretary Blinken's Remarks to the
            # Press", "Foreign Minister X's remarks at the joint press conference" (State, Armenia, WHO)
            return mentions[0]
        if k and not mentions and _STYLED_NAME_LINE.fullmatch(sent.text) and _office_line(doc.sentences[k - 1].text) and len(
                stacked := find_mentions(doc.text, doc.sentences[k - 1].span.start, sent.span.end)) == 1 \
                and stacked[0].title_span and stacked[0].title_span.end <= sent.span.start:
            # "Prime Minister / The Hon Anthony Albanese MP / Media statement" (Australia, New Zealand): the office
            # on its line, the name on the next
            return stacked[0]
        if k + 1 < above and (styled := _STYLED_NAME_LINE.fullmatch(sent.text)) \
                and _office_line(doc.sentences[k + 1].text):
            # "The Hon Anthony Albanese MP / Prime Minister", "Senator the Hon Penny Wong / Minister for Foreign
            # Affairs" (Australia, New Zealand): the name on its line, the office on the next
            return _name_over_office(doc.text, sent, styled, doc.sentences[k + 1])
    return None


_WHOSE_WORDS = re.compile(r"[’']s\s+(?:(?:Opening|Closing|Introductory|Keynote|Press|Joint)\s+)?(?:[Ss]tatement|[Rr]emarks|[Aa]ddress|"
                         r"[Ss]peech)\b")
# A verb of saying right after an official's name or apposition: "President of Ukraine X states that ...", "X believes
# that ...", "First Lady X gave an interview to ..." (Ukraine's presidency, Kremlin, State, White House)
_SAYS = re.compile(r",?\s+(?:also\s+)?(?:said|says|stated|states|stressed|stresses|reiterated|reiterates|noted|notes|"
                   r"believes|thinks|considers|is\s+(?:convinced|confident|sure|certain)|emphasi[sz]ed|emphasi[sz]es|told|tells|"
                   r"declared|declares|answered|answers|"
                   r"(?:gave|gives|has\s+given)\s+(?:an?\s+)?(?:\w+\s+)?interview)\b")


# What may stand before the official who opens the body: "The Government Spokesman, Mr X, made ..." (Cyprus), "The
# Honourable X, Minister of Foreign Affairs, today issued ..." (Canada, Commonwealth governments)
_THE_OFFICIALS_STYLE = re.compile(r"(?:[Tt]he\s+)?(?:(?:Right\s+|Rt\.?\s+)?Hon(?:ou?rable|\.)?\s+|" + STYLE + r"\s+)?")
# A written statement's verbs after its official (and a post-nominal: "Micheál Martin TD, has welcomed"): "today issued
# the following statement:", "made the following statement:" (Canada, Cyprus, Commonwealth), "has welcomed the Order",
# "announced the creation of ..." (Ireland, New Zealand, Ukraine's presidency); not the narrator's framing of a view
# ("President Biden believes that every American deserves ...": White House, State), which a remark's verbs allow
_STATES_IN_WRITING = re.compile(r",?\s+(?:\w+,\s+)?(?:has\s+|have\s+)?(?:today\s+|yesterday\s+)?(?:(?:issued|made|released|delivered)\s+"
                                r"(?:the\s+following|a|this)\s+(?:\w+\s+)?statement\b|welcomed|condemned|announced|"
                                r"addressed\s+the\s+nation)", re.I)
_OPINES = re.compile(r"\b(?:believes|thinks|considers)\b")
# Wire copy that closes its opening sentence on who said it: "Lithuania must be ready to spend 5-6 pct of GDP on
# defence, President Gitanas Nausėda said on Monday.", "“Ukraine is fighting for its freedom,” says Prime Minister X."
# (BNS, Norway's government, Ukraine's presidency): the official right after the comma or quote, the verb before or
# after them, then at most a time or a setting
_BEFORE_THE_CLOSING_SAYER = re.compile(r"(?:,\s*[”\"’]?|[.!?][”\"’])\s*(?P<verb>(?:said|says|told)\s+)?(?:the\s+)?$")
_AFTER_THE_CLOSING_SAYER = re.compile(r"(?:,[^,.;]{0,40},)?(?:\s+(?P<verb>said|says|told\s+[\w\s]{2,30}?))?(?:\s*(?:on|in|at|during|after|"
                                      r"today|yesterday|this|last)\b[^.;,]{0,100})?\s*\.?[”\"’]?\s*$")


def _said_at_the_close(doc: Document, first: int) -> Mention | None:
    """The official who closes one of a release's first two body sentences as its sayer, the verb before or after them
    (`_BEFORE_THE_CLOSING_SAYER`): a release that reports what one official said, told by wire copy."""
    for sent in doc.sentences[first:first + 2]:
        if not (mentions := find_mentions(doc.text, sent.span.start, sent.span.end)):
            continue
        last = mentions[-1]
        before = _BEFORE_THE_CLOSING_SAYER.search(doc.text, sent.span.start, last.start)
        after = _AFTER_THE_CLOSING_SAYER.match(doc.text, max(last.name.end, last.title_span.end if last.title_span else 0),
                                               sent.span.end)
        if before and after and (before["verb"] or after["verb"]):
            return last
    return None


def _whose_remarks(doc: Document) -> tuple[Participant, bool] | None:
    """The one official whose remarks, interview or press conference a release gives, when it names no one else who took
    part: the byline's official when the body's first lines speak in the first person ("Wendy R. Sherman, Deputy
    Secretary of State / Washington, DC / Welcoming Remarks at ... / I'm pleased to welcome you all": State), else the
    subject of the body's first sentence when a verb of saying follows the name ("President of Ukraine X states that ...
    This was stated by the President in an interview with CNN": Ukraine's presidency, Kremlin). The contract's remarks
    transcript is one official's words ("we discussed" is theirs), so they are its participant and speaker; so is a
    release that reports no encounter, only what one official stated or wrote, whose first sentence opens with them
    ("The Government Spokesman, Mr X, made the following statement:", "Presidential Spokesman X said that ..."): the
    words are theirs, though they met no one. With whether the body is in their first person: its author."""
    if doc.encounter is None or doc.encounter.label not in ("press_remarks", "other") \
            or (first := first_body_sentence(doc)) is None:
        return None
    remarks = doc.encounter.label == "press_remarks"
    spoken = next((k for k in range(first, min(first + 4, len(doc.sentences)))
                   if IN_THE_FIRST_PERSON.search(doc.sentences[k].text)), None) if remarks else None
    found = _byline(doc, spoken) if spoken is not None else None
    in_the_first_person = found is not None
    if found is None and not remarks:
        found = _said_at_the_close(doc, first)
    if found is None:
        sent = doc.sentences[first]
        mentions = find_mentions(doc.text, sent.span.start, sent.span.end)
        if not mentions:
            return None
        found = mentions[0]
        opening = doc.text[sent.span.start:found.start]
        dated = DATELINE_OPENING.match(doc.text, sent.span.start)
        said_at = max(found.name.end, found.title_span.end if found.title_span else 0)
        if opening.strip() and not (dated and dated.end() == found.start) and not _TIME_OPENING.fullmatch(opening) \
                and not _THE_OFFICIALS_STYLE.fullmatch(opening):
            return None
        says = _SAYS.match(doc.text, said_at)
        if not (says if remarks else
                (says and not _OPINES.search(says.group())) or _STATES_IN_WRITING.match(doc.text, said_at)):
            return None  # remarks: a verb of saying; else one that frames no view, or a written statement's verb
    name = " ".join(found.name.of(doc.text).split())
    country = found.country or leader_country(name, on=doc.published, title=found.title_text) or doc.publisher
    return Participant(name=name, title=found.title_text, country=country, span=found.name,
                       title_span=found.title_span, aliases=aliases(name)), in_the_first_person


# A signature's name line: "Samuel Okudzeto Ablakwa (MP)", "Hon. X" (Ghana, Nigeria, Kenya, Commonwealth ministries)
_SIGNED_NAME_LINE = re.compile(r"(?:(?:[Tt]he\s+)?(?:Rt\.?\s+)?Hon\.?\s+)?(?:Dr\.?\s+)?(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,3}?)"
                               r"(?:\s*\(?(?:MP|TD|PC|KC|QC|SC)\)?)?")


_SIGNED = re.compile(r"\(?(?:[Ss]igned|SIGNED|[Ss]gd\.?)\)?:?")  # not "Media contact:", whose name is no author


def _signature(doc: Document) -> Mention | None:
    """The author a first-person release signs below its body: a name line, then an office line ("Signed: / Samuel
    Okudzeto Ablakwa (MP) / Minister for Foreign Affairs": Ghana, Nigeria, Kenya)."""
    assert doc.lead is not None
    tail = doc.sentences[max(doc.lead + 1, len(doc.sentences) - 4):]
    for above, line, office in zip(tail, tail[1:], tail[2:]):
        if _SIGNED.fullmatch(above.text) and (named := _SIGNED_NAME_LINE.fullmatch(line.text)) and _office_line(office.text):
            return _name_over_office(doc.text, line, named, office)
    return None


def _name_over_office(text: str, line: Sentence, named: re.Match[str], office: Sentence) -> Mention:
    """The official of a name's line (its `name` group) and the office's line under it: a byline or a signature."""
    words = tokenize(text, office.span.start, office.span.end)
    name_span = Span(line.span.start + named.start("name"), line.span.start + named.end("name"))
    return Mention(name_span, _title_country(words, 0, len(words)), *_clean_title(text, words, 0, len(words)))


def _names_right_after(title: str, by: re.Match[str], mention: Mention) -> bool:
    """Whether the title's "by" names `mention` as the author: right after it, or after the body the office is of
    ("Statement by WHO Director-General Dr Tedros ...", "Remarks by UN Secretary-General X", "Statement by U.S.
    Secretary of State X": WHO, UN, IAEA, State)."""
    gap = title[by.end():mention.start].strip()  # the office before the name, or the name before its office
    return not gap or actors().code_for(gap) is not None or _STYLE_ALONE.fullmatch(gap) is not None  # "Remarks by His
    # Excellency X, President of ..., at the Joint Press Statements with ..." (the Maldives, South Asian presidencies)


_STYLE_ALONE = re.compile(r"(?:" + STYLE + r"|H\.\s?E\.?|HE)")


def _headline(doc: Document) -> str:
    """The title, else the headline line atop a plain text's body."""
    return doc.title or (doc.sentences[0].text if doc.sentences and is_heading(doc, 0) else "")


def _author_by_office(doc: Document, title: str, by: re.Match[str] | None, evidence: Span) -> Participant | None:
    """The official a title names by their state's office as the text's author ("Address by the President of
    Ukraine", Ukraine's presidency, Kremlin, White House): the holder that day when the dictionary knows them."""
    if by is None:
        return None
    if not (m := _OFFICE_OF_STATE.match(title, by.start("the"))) or not (code := _state_of_an_office(m)):
        # "Statement by the Prime Minister on his call with ..." (Canada, UK, Australia): the publisher's office
        own = _OWN_OFFICE.match(title, by.start("the"))
        if own and doc.publisher and own["office"].split()[-1] in vocabulary()["heads"] \
                and not SPOKESPERSON.search(own["office"]):
            return replace(_office_participant(doc, own["office"], evidence), title_span=None)  # the evidence is "I"
        return None
    name = office_holder(m["office"], code, on=doc.published) if doc.published else None
    return Participant(name=name or m["office"], title=m["office"], country=code, span=evidence,
                       aliases=(*aliases(name), m["office"]) if name else (m["office"],),
                       name_from="leaders.tsv" if name else "title")


def _counterparts_the_title_names(doc: Document) -> Iterator[Participant]:
    """The other side of the encounter whose remarks the page gives, named only by its title: "Statement by President
    von der Leyen at the joint press conference with President Sandu / ... Dear President, dear Maia, ...". The evidence
    is where the body names them (their surname, else their given name: "Dear Giorgia")."""
    if not doc.title or not (said := doc.own_words):
        return
    for found in find_mentions(doc.title, said[0].end(), len(doc.title)):
        name = " ".join(found.name.of(doc.title).split())
        words = [w for w in name.split() if w[:1].isupper()]
        named = next((at for word in (words[-1:] + words[:1] if len(words) > 1 else words)
                      for at in name_spans(doc.text, word)), None)
        if named is not None:
            country = found.country or leader_country(name, on=doc.published, title=found.title_text)
            yield Participant(name=name, title=found.title_text, country=country, span=Span(*named), aliases=aliases(name),
                              name_from="title")


_SALUTED = re.compile(r"[-–—\s]*(?:(?:Your|His|Her)\s+(?:Excellency|Majesty|Highness)|Honou?rable|Dear|Esteemed|My\s+dear(?:\s+friend)?)\b")


def _whom_the_author_salutes(doc: Document, author: Participant) -> Iterator[Participant]:
    """The official a remarks page's salutation lines address before its first words ("Your Excellency Mr. António
    Guterres, Secretary-General of the United Nations, / Ladies and Gentlemen of the Press,", "Honorable Prime Minister
    Kishida Fumio,": AU, Korea, Indonesia, India): the other side of the encounter the author speaks after."""
    for sent in doc.sentences[:12]:
        if sent.span.start >= author.span.start and sent.span.end > author.span.end:
            return  # the author's first words: the salutation is above them
        if sent.text.rstrip().endswith(",") and _SALUTED.match(sent.text):
            for m in find_mentions(doc.text, sent.span.start, sent.span.end)[:1]:
                name = " ".join(m.name.of(doc.text).split())
                if len(name.split()) >= 2 and not _same_person(name, author.name):
                    country = m.country or leader_country(name, on=doc.published, title=m.title_text)
                    yield Participant(name=name, title=m.title_text, country=country, span=m.name, aliases=aliases(name))


def _office_line(line: str) -> bool:
    """A line that is only an office: "Prime Minister", "Minister for Foreign Affairs"."""
    tokens = tokenize(line, 0, len(line))
    return bool(tokens) and tokens[0].kind in ("HEAD", "WORD") and any(t.kind == "HEAD" for t in tokens) \
        and all(t.kind in ("HEAD", "WORD", "CONN", "COUNTRY") for t in tokens)


_OF_A_STATE = re.compile(r"\s+of\s+(?P<state>(?:the\s+)?[A-Z][\w\-]*(?:\s+(?:of\s+)?[A-Z][\w\-]*){0,4})")
_THE_OFFICE = (r"(?:(?:" + STYLE + r"|HH|HRH|HM)\s+)?(?:The|the) (?P<title>(?:[A-Z][\w\-]*\s){0,3}[A-Z][\w\-]*"
               r"(?: of (?:State|Government|the Republic))?)(?=\s+[a-z])")
_OFFICE_SUBJECT = re.compile(r"[“\"‘]?(?:On [^,]{3,40}, |Speaking\b[^.;]{3,200}?, )?" + _THE_OFFICE)  # "The Head of State
# made ...", "Speaking when he hosted a Somali delegation ..., the President said" (Kenya's and Nigeria's State House); in
# quotes after "A Downing Street Spokesperson said:" (No. 10, the Foreign Office)
# ... after the quotation the lead opens with ('"Russia has blocked almost all ports," the Head of State said during a
# meeting with ...': Ukraine's presidency), asked only of a lead that closes a quotation with its comma
_OFFICE_AFTER_A_QUOTE = re.compile(r"[“\"]?[^“\"”]{3,400}?[,?!][”\"]\s+" + _THE_OFFICE)
_TIMED_OFFICE_SUBJECT = re.compile(r"(?:Today|Yesterday|Earlier today|This (?:morning|afternoon|evening)"
                                   r"|In (?:the capital|[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)?)"
                                   r"|(?:As part of|On the sidelines of|On the margins of|During) [^,;.]{3,120}),\s+"
                                   + _THE_OFFICE)  # "In the capital, the Foreign Minister was received by President X"
# (Israel's MFA, State: the place of a visit told above); "As part of the participation in the COP 26 ..., the President
# of Ukraine held short meetings with ..." (Ukraine's presidency)


def _unnamed_own_official(doc: Document) -> Participant | None:
    """ "The Prime Minister spoke to President Macron", "The Secretary-General called ...": the
    publisher's official, named by office only. The office holder on the day (`leaders.tsv`) names
    them when the publisher and date are known; otherwise the office is the name, as the contract
    says. The span points at the office words, the evidence the text gives."""
    if doc.lead is None:
        return None
    sent = _who_took_part_above(doc, _OFFICE_SUBJECT, "title")
    dateline = DATELINE_OPENING.match(sent.text)  # "Astana, 12 March 2024 – The Head of State received ..."
    at = dateline.end() if dateline else 0
    m = _OFFICE_SUBJECT.match(sent.text, at)
    if m is None and (',"' in sent.text or ',”' in sent.text):
        m = _OFFICE_AFTER_A_QUOTE.match(sent.text, at)
    paragraph = max((s.span.end for s in doc.sentences if s.paragraph == sent.paragraph), default=sent.span.end)
    if m is None and (timed := _TIMED_OFFICE_SUBJECT.match(sent.text)) and any(
            (mention.country or leader_country(mention.name.of(doc.text), on=doc.published)) not in (None, doc.publisher)
            for mention in find_mentions(doc.text, sent.span.start, paragraph)):  # in its paragraph: "... held short
        # meetings with leaders of a number of countries. In particular, ... with German Chancellor X"
        m = timed  # "Today, the Vice President met with President Hakainde Hichilema of Zambia" (White House); not "This
        # afternoon, the President met with CEOs", a domestic meeting whose guests the text does not name by state
    if m is None and (short := _SHORT_OFFICE_SUBJECT.match(sent.text, at)) \
            and (office := abbreviations().get(short["short"])) and office.split()[-1] in vocabulary()["heads"]:
        # "2. EAM met Foreign Minister Schallenberg in Vienna" (India's MEA and PIB, Bangladesh's BSS): the office's short
        # form
        span = Span(sent.span.start + short.start("short"), sent.span.start + short.end("short"))
        return _office_participant(doc, office, span)
    if not m or m["title"].split(" of ")[0].split()[-1] not in vocabulary()["heads"] or SPOKESPERSON.search(m["title"]):
        return None
    if (of := _OF_A_STATE.match(sent.text, m.end("title"))) and (code := actors().code_for(of["state"])) \
            and actors().is_state(code) and code != doc.publisher:
        return None  # "The High Commissioner of India called on the Prime Minister": another state's office
    span = Span(sent.span.start + m.start("title"), sent.span.start + m.end("title"))
    country = doc.publisher
    where = _DATELINE_CITY.match(sent.text) if dateline else _PLACE_IN_THE_LEAD.search(sent.text, m.end())
    if doc.published and where and (there := place_country(where["city"])) and there != doc.publisher \
            and _holder(m["title"], there, doc.published) and not (doc.publisher and _holder(m["title"], doc.publisher, doc.published)):
        country = there  # "AMMAN, May 1 (Xinhua) -- His Majesty the King received Chinese Foreign Minister Wang Yi", "His
        # Majesty the King received Secretary Blinken in Amman today" (State): the office of the state the dateline or
        # the encounter's place is in, which the publisher's own state has not
    return _office_participant(doc, m["title"], span, country)


_SHORT_OFFICE_SUBJECT = re.compile(r"(?:" + _NUMBER + r")?(?P<short>[A-Z][A-Za-z]{1,4})\s+"
                                   r"(?:also\s+|then\s+|later\s+)?[a-z]{3,}\b")
_DATELINE_CITY = re.compile(r"(?P<city>[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){0,2})")
_PLACE_IN_THE_LEAD = re.compile(r"\bin\s+(?P<city>[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){0,2})")


def _holder(office: str, code: str, on: str) -> str | None:
    """The holder of `office` for `code` on a day, if `leaders.tsv` knows one."""
    try:
        return office_holder(office, code, on=on)
    except ValueError:
        return None


def _office_participant(doc: Document, office: str, span: Span, country: str | None = None) -> Participant:
    """The official the text names by `office` alone ("Prime Minister", "SG"): the publisher's, unless `country` says."""
    country = country or doc.publisher
    name = _holder(office, country, doc.published) if country and doc.published else None
    if name:
        return Participant(name=name, title=office, country=country, span=span, title_span=span,
                           aliases=(*aliases(name), office), name_from="leaders.tsv")
    return Participant(name=office, title=office, country=country, span=span, title_span=span,
                       aliases=(office,))


_OWN_OFFICE = re.compile(r"[Tt]he (?P<office>(?:[A-Z][\w\-]*\s){0,3}[A-Z][\w\-]*)"  # "Statement by the Prime Minister on ..."
                         r"(?=\s+(?:on|of\s+(?:his|her)|following|after|regarding|about)\b|$)")
_OFFICE_OF_STATE = re.compile(
    r"\b[Tt]he (?P<office>(?:[A-Z][\w\-]*\s){0,3}[A-Z][\w\-]*) of (?P<state>(?:the )?[A-Z][\w\-]*(?: (?:of )?[A-Z][\w\-]*){0,6})"
    r"(?![\w\-])(?!\s+(?:[A-Z]|H\.E\.))(?!['’]s\b)")  # not "the President of France's envoy": what the office owns


def _state_of_an_office(m: re.Match[str]) -> str | None:
    """The state whose office a match of `_OFFICE_OF_STATE` or `_STATES_OFFICE` names ("the President of Ukraine",
    "the Australian High Commissioner"), when its last word is an office's and the state is one."""
    code = actors().code_for(m["state"])
    return code if m["office"].split()[-1] in vocabulary()["heads"] and code and actors().is_state(code) else None


# Unnamed groups of two states' officials as the lead's subject (White House, State)
_GROUPS_OF_STATES = re.compile(r"\b(?P<group>[Rr]epresentatives|[Oo]fficials|[Dd]elegations|[Tt]eams|[Nn]egotiators)\s+(?:of|from)\s+"
                               r"(?P<states>(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*\s+and\s+(?:the\s+)?[A-Z][\w\-]*"
                               r"(?:\s+[A-Z][\w\-]*)*)(?:\s+(?:governments?|sides))?\s+(?:met|held|discussed|gathered|convened)\b")
_BODIES = frozenset({"EU", "NATO", "UN", "AU", "ASEAN"})


_OFFICES_OF_STATES = re.compile(
    r"(?:(?:On|In|Today|Yesterday|Earlier)\b[^,]{0,40},\s+)?[Tt]he (?P<office>(?:[A-Z][\w\-]*\s){0,3}(?:"
    + "|".join(_PLURAL_OFFICES) + r")) of (?P<states>(?:the )?[A-Z][\w\-]*(?: [A-Z][\w\-]*)*"
    r"(?:,? (?:and )?(?:the )?[A-Z][\w\-]*(?: [A-Z][\w\-]*)*)+)\s+(?:also\s+)?"
    r"(?:met|held|had|spoke|talked|discussed|convened|exchanged|agreed|signed)\b")


# A state's office named by its adjective alone, no name after it: "the Australian High Commissioner", "the Japanese
# Ambassador"; not an office another's is of ("Adviser of the Romanian President")
_STATES_OFFICE = re.compile(r"(?<!of )(?<!to )(?<!for )\b[Tt]he (?P<state>[A-Z][\w\-]*) (?P<office>(?:[A-Z][\w\-]*\s){0,2}[A-Z][\w\-]*)"
                            r"(?!\s+(?:[A-Z]|H\.E\.))(?![\w\-])(?!['’]s\b)")  # nor "the French President's envoy"


def _offices_of_states(doc: Document) -> Iterator[Participant]:
    """ "The President of Ukraine and the President of the Republic of Estonia, having met today in
    Kyiv, stated the following": officials the lead names by their state's office alone. Each is
    named by the office as written, its country the state's (the contract's office-only rule)."""
    if doc.lead is None:
        return
    sent = doc.sentences[doc.lead]
    for m in _OFFICE_OF_STATE.finditer(sent.text):
        if m["office"].split()[-1] in _PLURAL_OFFICES:
            continue  # not "the Presidents of Finland, Iceland and ...": a group
        if code := _state_of_an_office(m):
            span = Span(sent.span.start + m.start("office"), sent.span.start + m.end("state"))
            title_span = Span(sent.span.start + m.start("office"), sent.span.start + m.end("office"))
            name = span.of(doc.text)
            yield Participant(name=name, title=m["office"], country=code, span=span, title_span=title_span,
                              aliases=(m["office"],))
    if m := _OFFICES_OF_STATES.match(sent.text):  # "The National Security Advisors of the United States and Pakistan
        # met in Geneva", "the Presidents of Kazakhstan, ..., and Uzbekistan held" (White House, Ukraine's presidency):
        # the lead's subject, one of each state; the state's name is the evidence, the holder that day the name
        office = _singular(m["office"].split())
        for found in actors().find(doc.text, sent.span.start + m.start("states"), sent.span.start + m.end("states")):
            if found.kind in ("name", "short") and actors().is_state(found.code):
                holder = office_holder(office, found.code, on=doc.published) if doc.published else None
                yield Participant(name=holder or f"{office} of {found.text}", title=office, country=found.code,
                                  span=found.span, aliases=(*aliases(holder), office) if holder else (office,),
                                  name_from="leaders.tsv" if holder else "office")
    if m := _GROUPS_OF_STATES.search(sent.text):  # "On 23 November 2025, representatives of the United States and Ukraine
        # met in Geneva", "officials from the United States and Mexico met" (White House, State): no official named, each
        # state's group a party, named by its state as written (as the world gold names a joint statement's states)
        group = m["group"].lower().rstrip("s")
        found = [x for x in actors().find(doc.text, sent.span.start + m.start("states"), sent.span.start + m.end("states"))
                 if x.kind in ("name", "short") and (actors().is_state(x.code) or x.code in _BODIES)]
        if len({x.code for x in found}) >= 2:
            for x in found:
                yield Participant(name=x.text, title=group, country=x.code, span=x.span, aliases=(x.text,))
    for m in _STATES_OFFICE.finditer(sent.text):  # "met the Australian High Commissioner in London" (UK, India, Asia)
        if code := _state_of_an_office(m):
            span = Span(sent.span.start + m.start("office"), sent.span.start + m.end("office"))
            yield Participant(name=m["office"], title=m["office"], country=code, span=span, title_span=span,
                              aliases=(m["office"],))


_WE_NAMED = re.compile(r"We,\s+(?P<who>.{10,400}?),\s+(?=(?!and\b|the\b)[a-z])")  # up to the verb after the apposition
_WE_THE_PLURAL_OFFICE = re.compile(r"We,\s+the\s+(?P<office>(?:[A-Z][\w\-]*\s+){0,3}(?:" + "|".join(_PLURAL_OFFICES) + r"))\s+")
_EACH_STATES_OFFICIAL = re.compile(r"(?:,\s+)?(?:and\s+)?of\s+(?P<state>(?:the\s+)?[A-Z][\w'’\-]*(?:\s+(?:of\s+)?[A-Z][\w'’\-]*){0,4}),"
                                   r"\s+(?P<name>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){1,3})(?=,)")
_WE_THE_OFFICES_OF = re.compile(r"We,\s+the\s+(?:[\w/\-]+\s+){0,4}?(?:of|from)\s+(?=(?:the\s+)?[A-Z])")
_SUBJECT_OF_STATES = re.compile(r"(?:[A-Z][\w'’.\-]*|the|of|and|,|\([A-Z]{2,6}\)|\s"  # "the Republic of Korea (ROK), and",
                                r"|\((?:[A-Z][\w'’.\-]*|the|of|or|,|\s){1,12}\)"  # "The United States of America (United
                                # States, or U.S.) and the Republic of Guatemala (Guatemala) have agreed" (White House)
                                r"|(?:(?<=Minister )|(?<=Secretary )|(?<=Adviser )|(?<=Advisor )|(?<=Commissioner )"
                                r"|(?<=Representative ))for\b)+")  # "Senator the Hon X, Minister for Foreign Affairs of
# Australia, and ..." (an office's "for": DFAT, the Pacific); not "Support for Ukraine and Moldova remains ..."
_VERB_AFTER = re.compile(r"(?:also |jointly )?[a-z]{3,}\b")
_PARAGRAPH_NUMBER = re.compile(_NUMBER)  # a joint communiqué's numbered paragraphs (Japan's MOFA, Thailand,
# Brazil, the White House)


def _parties_of_a_statement(doc: Document) -> list[Participant]:
    """A joint statement's parties, by the surest evidence first: its signatories under the text; the officials the
    line above its text says released it; the parties its text names (`_parties_in_its_text`); failing those, the
    states that line names ("The text of the following statement was released by the Governments of ... and ...")."""
    body = first_body_sentence(doc)
    released = next(((line, m) for line in doc.sentences[body or 0:(body or 0) + 4]
                     if (m := _RELEASED_BY.search(line.text))), None) if body is not None else None
    officials, states = _released_by(doc, *released) if released else ([], [])
    if doc.lead is not None:  # a statement that tells of its meeting names the officials there; failing two, the line
        return officials or states  # above its text ("... released by the Governments of the United States of America,
        # Bahrain, Egypt, ... / Further to the Negev Summit, held in Sde Boker ...": State)
    if len(signed := _signatories(doc)) >= 2:
        return signed  # "Jan Lipavský, Minister of Foreign Affairs of the Czech Republic / Alexander Schallenberg, ..."
    return officials or list(_parties_in_its_text(doc)) or states


def _parties_in_its_text(doc: Document) -> Iterator[Participant]:
    """ "The People's Republic of China, the French Republic, the Russian Federation, ... consider
    ...": a joint statement whose parties are states, named as its first sentence's subject. Each
    state is a party, named as written, titled by the office its parties are named by ("We, the Prime
    Ministers of ...", "Joint Statement of the Leaders of ..."), else untitled."""
    from communique.stages.encounter import in_the_parties_voice  # this stage runs after the encounter's

    body = first_body_sentence(doc)
    index = in_the_parties_voice(doc, body)
    index = body if index is None else index
    first = doc.sentences[index] if index is not None else None
    if first is None:
        return
    for line in doc.sentences[body:index + 1] if body is not None else ():  # the line that introduces the text
        issued = ISSUED_THE_FOLLOWING.search(line.text)
        if issued and len(issuers := find_mentions(doc.text, line.span.start, line.span.start + issued.start())) >= 2:
            for k, m in enumerate(issuers):  # "Foreign Minister Penny Wong and New Zealand Foreign Minister Winston Peters
                yield _issuer(doc, m, k == 0)  # issued the following statement:" (DFAT, White House, State): who issue it
            return
    at = numbered.end() if (numbered := _PARAGRAPH_NUMBER.match(first.text)) else 0  # "1. The President of ... and ..."
    if (named := _WE_NAMED.match(first.text, at)) and len(officials := find_mentions(
            doc.text, first.span.start + named.start("who"), first.span.start + named.end("who"))) >= 2:
        # "We, the Prime Minister of the Republic of Poland, Donald Tusk, and the Prime Minister of the Hellenic Republic,
        # Kyriakos Mitsotakis, believe ...", "We, Hadja Lahbib, Minister of Foreign Affairs of Belgium, and ..., are
        # gravely concerned": the officials it names are its parties (Poland, Greece, Belgium, the Baltic and Nordic MFAs)
        yield from (_issuer(doc, m, k == 0) for k, m in enumerate(officials))
        return
    if (pairs := list(_EACH_STATES_OFFICIAL.finditer(first.text, at))) and len(pairs) >= 2 \
            and (office := _WE_THE_PLURAL_OFFICE.match(first.text, at)) and pairs[0].start() == office.end():
        # "We, the Foreign Ministers of the State of Israel, Eli Cohen, of the Hellenic Republic, Giorgos Gerapetritis,
        # and of the Republic of Cyprus, Constantinos Kombos, reaffirm ..." (trilateral statements: Israel, Greece,
        # Cyprus, Egypt): each state's official, named after it
        title = _singular(office["office"].split())
        for pair in pairs:
            if (code := actors().code_for(pair["state"])) is not None:
                span = Span(first.span.start + pair.start("name"), first.span.start + pair.end("name"))
                yield Participant(name=pair["name"], title=title, country=code, span=span, aliases=aliases(pair["name"]))
        return
    we = _WE_THE_OFFICES_OF.match(first.text, at)  # "We, the G7 Foreign Ministers of Canada, France, ...": "we" the subject
    subject = _SUBJECT_OF_STATES.match(first.text, we.end() if we else at)
    if subject is None or not we and not _VERB_AFTER.match(first.text, subject.end()):
        return
    start = first.span.start
    if not we and len(officials := find_mentions(doc.text, start + subject.start(), start + subject.end())) >= 2:
        # "The Minister of National Defence of the Republic of Chile, Maya Fernández Allende, and the Minister of Defence
        # of the Argentine Republic, Jorge Taiana, ... declare": the officials, not the states of their offices
        yield from (_issuer(doc, m, k == 0) for k, m in enumerate(officials))
        return
    states = [m for m in actors().find(doc.text, start + subject.start(), start + subject.end())
              if m.kind in ("name", "short")]
    if len({m.code for m in states}) >= 2:  # "The United States strongly condemns ...": one voice, no parties
        office = _office_of_the_parties(first.text if we else "", doc.title or "")
        for m in states:
            yield Participant(name=m.text, title=office, country=m.code, span=m.span, aliases=(m.text,))


# Between two issuers of a joint statement's title: their states, a comma, "and", and the next one's state ("President
# Joseph R. Biden Jr. of the United States and President ...", "..., Japanese Minister ...", "..., and Republic of Korea
# Minister ..."); the words before an office must be a state's (not "Scholz, Welcoming President Zelenskyy")
_ISSUERS_GAP = re.compile(r"(?:\s+of\s+(?:(?:the\s+)?[A-Z][\w.'’\-]*(?:\s+(?:of\s+)?(?:the\s+)?[A-Z][\w.'’\-]*){0,5}))?"
                          r"\s*,?\s*(?:and\s+)?(?:the\s+)?(?P<state>(?:(?:[A-Z][\w.'’\-]*|of|the)\s+){0,4})")
_VOICE = re.compile(r"\b[Ww]e\b")  # the common voice of a joint statement's issuers
# The verb a headline runs into the last issuer's name, in the -ing form ("Janet L. Yellen Commending the United Kingdom",
# "President Macron Marking the Anniversary"): words of the event dictionary, and these that name no act of its
_HEADLINE_GERUNDS = frozenset({"Marking", "Regarding", "Announcing", "Following", "Concerning", "Celebrating",
                               "Commemorating", "Honoring", "Honouring", "Recognizing", "Recognising", "Launching"})


def _issuers_in_the_title(doc: Document) -> list[Participant]:
    """The officials a joint statement's title names as its issuers, when its text, in their common voice, names them
    nowhere as a list the other rules read ("Joint Statement by President Biden and President von der Leyen on European
    Energy Security" over "Today we reaffirm ..."): half the White House's and State's titled joint statements. Only the
    list right after "by", officials joined by commas and "and"; each with the span where the text names them in full,
    else the text's first "we", the voice that is theirs, as a first-person author's evidence is their "I"."""
    title = _headline(doc)  # a plain text's headline line when no title came apart from it
    if not (joint := JOINT_TEXT_TITLE.search(title)) or not (by := _BY.match(title, joint.end() + 1)):
        return []
    listed, at = [], by.end()
    for m in find_mentions(title, by.end(), len(title)):
        gap = _ISSUERS_GAP.fullmatch(title, at, m.start)
        if gap is None or (words := gap["state"].strip()) and not actors().code_for(words) \
                and words not in vocabulary()["honorifics"]:  # "Joint statement by Dr X, WHO Director-General, and ..."
            break
        listed.append(m)
        at = max(m.name.end, m.title_span.end if m.title_span else 0)  # past an office after the name too
    body = doc.sentences[first_body_sentence(doc) or 0].span.start if doc.sentences else 0
    if len(listed) < 2:
        return _offices_issuing(doc, title, by.start("the"), body)
    voice = _VOICE.search(doc.text, body)
    issuers = []
    for k, m in enumerate(listed):
        name = _without_a_headline_verb(m.name.of(title))
        named = next((Span(*found) for found in name_spans(doc.text, name, body)), None)
        if named is None and voice is None:
            return []  # no evidence in the text for the title's names
        issuers.append(replace(_issuer(doc, m, k == 0, name), span=named or Span(voice.start(), voice.end()),
                               title_span=None, name_from=None if named else "title"))
    return issuers


def _offices_issuing(doc: Document, title: str, at: int, body: int) -> list[Participant]:
    """The issuers a joint statement's title lists by their states' offices alone: "Joint statement by the President of
    Ukraine, the President of the Republic of Lithuania and the President of the Republic of Poland", "Joint Statement by
    the Prime Minister of the Republic of Mauritius and the Prime Minister of the United Kingdom" (Ukraine's presidency,
    the Lublin Triangle, Commonwealth governments). Each office is a party: its holder where the text names them with
    that office ("The Prime Minister of Mauritius, the Hon. Pravind Kumar Jugnauth, and ..."), else the office as the
    title writes it (the contract's office-only rule), its state's name in the text the evidence."""
    offices: list[tuple[str, str, str]] = []
    for m in _OFFICE_OF_STATE.finditer(title, at):
        if title[at:m.start()].strip(" ,") not in ("", "and") or not (code := _state_of_an_office(m)):
            break  # only the list right after "by"
        offices.append((m["office"], code, m.group()[4:]))  # without "the "/"The "
        at = m.end()
    if len(offices) < 2 or len({code for _, code, _ in offices}) < len(offices):
        return []
    named = [m for m in find_mentions(doc.text, body, len(doc.text)) if m.country and m.title_text]
    states = [m for m in actors().find(doc.text, body) if m.kind in ("name", "short")]
    parties = []
    for office, code, written in offices:
        if holder := next((m for m in named if m.country == code and office_word(m.title_text or "") == office_word(office)),
                          None):
            parties.append(_issuer(doc, holder, False))
        elif state := next((m for m in states if m.code == code), None):
            parties.append(Participant(name=written, title=office, country=code, span=state.span, aliases=(office,),
                                       name_from="office"))
        else:
            return []  # the text names neither the holder nor the state: no evidence for the title's list
    return parties


def _without_a_headline_verb(name: str) -> str:
    """A title's name up to the capitalised verb a headline runs into it ("Janet L. Yellen Commending the United
    Kingdom", "Chancellor Scholz Honoring King Charles III"): a word in -ing, after the name's first, that the event
    dictionary reads or `_HEADLINE_GERUNDS` holds."""
    words = name.split()
    cut = next((k for k, word in enumerate(words[1:], 1) if word.endswith("ing")
                and (word in _HEADLINE_GERUNDS or cue_book().find(word.lower()))), len(words))
    return " ".join(words[:cut])


_OF_A_STATE_ONLY = re.compile(r"(?:of\s+(?:the\s+)?[A-Z][\w'’\-]*(?:\s+(?:of\s+)?[A-Z][\w'’\-]*){0,5})?")
_SIGNED_FOR = re.compile(r"(?:For|On\s+behalf\s+of)\s+(?:the\s+)?[A-Z][^.;:]{2,80}")  # "For the Government of Iceland"


def _signatories(doc: Document) -> list[Participant]:
    """The officials who sign a joint statement or declaration under its text, each on a line of their name and office
    ("Jan Lipavský, Minister of Foreign Affairs of the Czech Republic", "For the Government of Iceland / Bjarni
    Benediktsson, Prime Minister": Czechia, Austria, Slovakia, the Nordic governments, Ukraine's declarations) or in a
    block of lines, name, office and maybe state ("Margus Tsahkna / Minister of Foreign Affairs of the Republic of
    Estonia", the form of joint communiqués establishing relations and of the Baltic, Caribbean and Pacific
    ministries): its parties by name, not the states its "We" names. Read from the foot up, past "For ..." lines, to
    the first line that is no part of a signature."""
    found: list[Participant] = []
    below = 0  # the signatories found since the last "For ..." line: those it signs for
    office: tuple[str, Span, str | None] | None = None  # a block's office line (and its state line), read below its name
    for sent in reversed(doc.sentences[-16:]):
        line = sent.text.strip()
        if for_ := _SIGNED_FOR.fullmatch(line):
            code = next((m.code for m in actors().find(for_.group()) if actors().is_state(m.code)), None)
            for person in found[below:]:
                person.country = person.country or code  # "For the Government of Iceland / Bjarni Benediktsson, ..."
            below = len(found)
            continue
        if office is None and (state := _a_state_line(sent)):
            office = ("", Span(sent.span.start, sent.span.start), state)  # "Co-operative Republic of Guyana", below
            continue  # its office
        if office is not None and not office[0] and (held := _an_office_line(doc, sent)):
            office = (held[0], held[1], held[2] or office[2])
            continue
        if office is None and (held := _an_office_line(doc, sent)):
            office = held
            continue
        if office is not None:
            if not office[0] or not (name := _a_name_line(doc, sent)):
                break
            found.append(Participant(name=name.of(doc.text), title=office[0], title_span=office[1], span=name,
                                     country=office[2] or leader_country(name.of(doc.text), on=doc.published),
                                     aliases=aliases(name.of(doc.text))))
            office = None
            continue
        mentions = find_mentions(doc.text, sent.span.start, sent.span.end)
        if not (len(mentions) == 1 and mentions[0].title_text and mentions[0].name.start == sent.span.start
                and mentions[0].title_span
                and _OF_A_STATE_ONLY.fullmatch(doc.text[mentions[0].title_span.end:sent.span.end].strip(" ."))):
            break  # a signature is a name, then its office (and its state), and nothing else
        found.append(_issuer(doc, mentions[0], False))
    return found[::-1]


def _an_office_line(doc: Document, sent: Sentence) -> tuple[str, Span, str | None] | None:
    """A line that is an office alone, maybe with its state ("Minister of Foreign Affairs of the Republic of Latvia",
    "Ambassador, Permanent Representative of Samoa to the United Nations"): its title, the title's span, its state."""
    tokens = tokenize(doc.text, sent.span.start, sent.span.end)
    cut = len(tokens)
    while cut and tokens[cut - 1].text in (".", ","):
        cut -= 1
    tokens = tokens[:cut]
    start = 2 if len(tokens) > 2 and tokens[0].text in _RANKS and tokens[1].text == "," else 0  # "Ambassador, Permanent
    # Representative of Samoa to the United Nations": a rank, then the office
    if not tokens or (end := _title_run(tokens, start)) == start:
        return None
    if end < len(tokens):  # a portfolio's words no vocabulary holds, after "of" or "for", up to the line's end: "Minister of
        # People's Power for Petroleum", "Minister of Energy and Energy Industries" (a line alone in a signature block
        # holds no name)
        if len(tokens) - end > 6 or not any(t.text in ("of", "for") for t in tokens[start:end + 1]) \
                or any(t.kind not in ("CAP", "WORD", "CONN") for t in tokens[end:]):
            return None
        end = len(tokens)
    title, span = _clean_title(doc.text, tokens, start, end)
    return (title, span, _title_country(tokens, start, end)) if title and span else None


def _a_state_line(sent: Sentence) -> str | None:
    """A line that is a state's name and nothing else ("Republic of Trinidad and Tobago"): its code."""
    text = sent.text.strip().rstrip(".")
    found = actors().find(text)
    return found[0].code if len(found) == 1 and found[0].text == text and actors().is_state(found[0].code) else None


def _a_name_line(doc: Document, sent: Sentence) -> Span | None:
    """A line that is a person's name alone, maybe after honorifics ("Dr. Amery Browne", "Gabrielius Landsbergis")."""
    tokens = tokenize(doc.text, sent.span.start, sent.span.end)
    styled = max((k for k, t in enumerate(tokens) if t.kind == "HON"), default=-1)
    if styled > 0 and all(t.kind == "CAP" or t.text in _OFFICE_ORDINALS for t in tokens[:styled]):
        tokens = tokens[styled:]  # "Fatumanava-o-Upolu III Dr Pa'olelei Luteru": a chiefly title, then the style
    start = _skip_honorifics(tokens, 0)
    end = _name_run(tokens, start)
    if end != len(tokens) or end - start < 2 or not _is_name(tokens, start, end) or actors().find(sent.text):
        return None
    return _name_span(tokens, start, end)


# State's line above a joint statement's text: "The text of the following statement was released by the Governments of
# the United States of America and Germany.", "The following joint statement was released by Secretary of State Antony J.
# Blinken and Secretary Alejandro N. Mayorkas." (State, USTR, Treasury)
# ... "was adopted by the Governments of ...", "Following is a joint statement on ... issued by Canada, France, ... as members
# of the Friends of Sudan." (State)
_RELEASED_BY = re.compile(r"\b[Ff]ollowing\s+(?:is\s+(?:a|the)\s+)?(?:joint\s+)?statement\b"
                          r"(?:\s+(?:on|regarding)\s+[^:\n]{3,150}?)?"
                          r"\s+(?:was\s+)?(?:released|issued|adopted)\s+by\s+(?:the\s+)?"
                          r"(?P<who>[^:\n]+?)(?=\s+(?:on|following|regarding|after|at|in|as)\s|[.:]?\s*$)")


_ITS_MEMBERS = re.compile(r"\s+(?:(?!(?:as|and|of|the)\b)[A-Za-z]+\s+)?(?i:ministers|leaders|members|countries|partners|"
                          r"governments)\b")  # "the G7 foreign ministers of ...", not "the European Union as members of ..."


def _released_by(doc: Document, line: Sentence, released: re.Match[str]) -> tuple[list[Participant], list[Participant]]:
    """Who releases a joint statement, by the line above its text: (the officials it names, two or more; the states it
    names, two or more: "the Governments of X and Y")."""
    start, end = line.span.start + released.start("who"), line.span.start + released.end("who")
    officials = find_mentions(doc.text, start, end)
    if len(officials) >= 2:
        return [_issuer(doc, m, k == 0) for k, m in enumerate(officials)], []
    states = [m for m in actors().find(doc.text, start, end) if _a_side(m.code)  # "..., and the European Union"
              and not _ITS_MEMBERS.match(doc.text, m.span.end)]  # not "the G7 ministers of Canada, France, ...": the group
    if len({m.code for m in states}) < 2:
        return [], []
    office = _office_of_the_parties(released["who"], doc.title or "")  # "G7 Foreign Ministers' Statement on ..."
    return [], [Participant(name=m.text, title=office, country=m.code, span=m.span, aliases=(m.text,)) for m in states]


def _issuer(doc: Document, m: Mention, first: bool, name: str | None = None) -> Participant:
    """An official who issues a joint statement, of the state their office or the leaders dictionary gives; the first
    named without one is the publisher's own ("Foreign Minister Penny Wong and New Zealand Foreign Minister ...").
    `name` when the mention is not in the text (a title's)."""
    name = name or m.name.of(doc.text)
    country = m.country or leader_country(name, on=doc.published, title=m.title_text)  # the office the text gives: a
    # foreign minister before the Commission's vice-president (Séjourné)
    return Participant(name=name, title=m.title_text, country=country or (doc.publisher if first else None), span=m.name,
                       title_span=m.title_span, aliases=aliases(name))


# What introduces a joint statement's text, after the officials who issue it
# ... in the present too, and a declaration or communiqué: "X and Y, meeting in Luanda on 25 August 2023 ..., adopt the
# following Joint Statement:", "China and France ... issue the following statement on ..." (Itamaraty, CGTN)
ISSUED_THE_FOLLOWING = re.compile(r"\s(?:have\s+|has\s+)?(?:today\s+|jointly\s+)?(?:(?:issue[sd]?|release[sd]?|made|adopt(?:s|ed)?)\s+"
                                  r"the\s+following\s+(?:joint\s+)?(?:statement|declaration|communiqu[eé])s?\b"
                                  # "met in Antalya ... and declared the following:", "having met today in Kyiv stated the
                                  # following." (Türkiye's MFA, Ukraine's presidency)
                                  r"|(?:declared?|stated?)\s+the\s+following\s*[:.]\s*$)", re.I)


# The office the parties hold, in the plural: "We, the Prime Ministers of", "Joint Statement of the Leaders of the Five
# Nuclear-Weapons States" (Baltic, Nordic, Quad, P5 statements; the gold titles each state so)
_PLURAL_OFFICE = re.compile(r"\bthe\s+(?P<office>(?:[A-Z][\w-]*\s+){0,3}?(?:" + "|".join(_PLURAL_OFFICES) + r"))"
                            r"(?P<of>\s+of\s+State(?:\s+and\s+Government)?)?\s+(?:of|from)\b")


def _office_of_the_parties(we: str, title: str) -> str | None:
    """The parties' office in the singular, from "We, the Prime Ministers of ..." or else the title; an acronym of
    their group goes ("G7 Foreign Ministers" -> "Foreign Minister"; "Heads of State and Government" -> "Head of State
    and Government")."""
    m = _PLURAL_OFFICE.search(we) or _PLURAL_OFFICE.search(title)
    if m is None:
        return None
    words = [w for w in m["office"].split() if not (w.isupper() or any(c.isdigit() for c in w))]
    return " ".join([_singular(words), *(m["of"] or "").split()])


def _speakers_of_turns(doc: Document) -> Iterator[Participant]:
    """The officials a transcript's labels name ("President of Russia Vladimir Putin:", "SG:"),
    for a transcript whose narration names fewer than two: press statements and remarks often
    have no narrated lead. Journalists' and moderators' labels name no participant."""
    from communique.stages.turns import is_question, label_of

    first_turn = next((k for k, sent in enumerate(doc.sentences) if sent.turn is not None), None)
    if first_turn is None:
        return
    header = [m for sent in doc.sentences[:first_turn]  # the officials the lines above the first turn name
              for m in find_mentions(doc.text, sent.span.start, sent.span.end)]  # "Ned Price, Department Spokesperson"
    named_above: list[list[tuple[Mention, str]]] = []  # and those the page's title names, read once when a label asks

    def titled_above(label: str, surname: bool = False) -> tuple[Mention, str] | None:
        """The official above the turns or in the title whom a label names: by a name alone ("Kyriakos Mitsotakis"),
        not "The President", "Q"; or, asked for a label's `surname`, by that word, accents aside."""
        if len(words := label.split()) < (1 if surname else 2) or set(words) & vocabulary()["heads"]:
            return None
        if not named_above:
            named_above.append(_named_above_the_turns(doc, header))
        return next(((m, text) for m, text in named_above[0] if _same_person(fold(m.name.of(text)), fold(label))), None)
    for sent in doc.sentences[first_turn:]:
        if sent.turn is None:
            continue
        label = label_of(sent.text)[0]  # type: ignore[index]
        if is_question(label):
            continue
        mentions = find_mentions(label, 0, len(label))  # the label as a designation: "Secretary Blinken"
        if mentions:
            for m in mentions:
                span = _as_written(doc, sent.turn, m.name.of(label))
                if span is None:
                    continue
                name = cased(span.of(doc.text))
                if " " not in name and (fuller := _named_above(doc, header, name)) is not None:
                    yield fuller  # "SECRETARY BLINKEN:" under "Antony J. Blinken, Secretary of State"
                    continue
                country = m.country or leader_country(name, on=doc.published, title=m.title_text) or next(
                    (h.country for h in header if h.country and _same_person(h.name.of(doc.text), name)), None) \
                    or (titled[0].country if (titled := titled_above(name, surname=True)) else None)
                # "... ; Japanese Minister of Defense Minoru Kihara" above "MINISTER OF DEFENSE MINORU KIHARA:" (DoD); the
                # page's title: "FOREIGN MINISTER LIPAVSKY:" under "Secretary Antony J. Blinken and Czech Republic Foreign
                # Minister Jan Lipavský Before Their Meeting" (State), its letters without their accents
                yield Participant(name=name, title=m.title_text, country=country,
                                  span=span, title_span=_as_written(doc, sent.turn, m.title_text or ""),
                                  aliases=aliases(name))
        elif (courtesy := _COURTESY_LABEL.fullmatch(label)) and (named := _named_above(doc, header, courtesy["surname"])):
            yield named
        elif (titled := titled_above(label)) \
                and (span := _as_written(doc, sent.turn, titled[0].name.of(titled[1])) or _as_written(doc, sent.turn, label)):
            # "Kyriakos Mitsotakis: ..." under the title "Joint statements of Prime Minister Kyriakos Mitsotakis and ...":
            # the name as the label writes it, the office and state as the title or the lines above give them
            (titled, text), name = titled, cased(span.of(doc.text))
            yield Participant(name=name, title=titled.title_text, country=titled.country or leader_country(
                name, on=doc.published, title=titled.title_text), span=span, aliases=aliases(name),
                title_span=titled.title_span if text is doc.text else None)  # the title's office is no span of the text
        elif len(label.split()) <= 4 and set(label.split()) & vocabulary()["heads"]:  # abbreviations among them
            office = label[4:] if label.startswith("The ") else label
            if span := _as_written(doc, sent.turn, office):
                yield _office_participant(doc, cased(span.of(doc.text)), span)


def _named_above_the_turns(doc: Document, header: list[Mention]) -> list[tuple[Mention, str]]:
    """The officials the lines above a transcript's first turn name, and those its page's title names, each with the
    text it is read in."""
    # the title read with its possessives cut off the names ("Foreign Ministry Spokesperson X's Regular Press
    # Conference", "Secretary X's Remarks to the Press": China's MFA, State), the same length
    title = _POSSESSIVE.sub(", ", doc.title or "")
    title = _TITLE_CASED_LINK.sub(lambda m: m.group().lower(), title)  # "... Foreign Minister Jan Lipavský Before Their
    # Meeting" (State): the words after a name, capitalised as a title writes them, end it
    return [(m, doc.text) for m in header] + [(m, title) for m in find_mentions(title, 0, len(title))]


_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b")
_TITLE_CASED_LINK = re.compile(r"\b(?:Before|After|During|Following|Ahead|Prior|Upon|With)\b(?=\s+(?:Their|His|Her|the|The|a|A|an|An|[A-Z]))")


# A briefer's label by courtesy and surname: "MR PRICE:", "MS. PSAKI:" (State Department, White House); by initial and
# surname: "G. GERAPETRITIS:", "N. DENDIAS:" (Greece, Cyprus, Balkan ministries)
_COURTESY_LABEL = re.compile(r"(?:(?:Mr|Ms|Mrs|Dr)\.? |(?:[A-Z]\.\s?){1,2})(?P<surname>[A-Z][\w’'\-]+)")


def _named_above(doc: Document, header: list[Mention], surname: str) -> Participant | None:
    """The speaker a label names by surname ("MR PRICE:", "SECRETARY BLINKEN:"), in full as the lines above the
    first turn name them (`header`: "Ned Price, Department Spokesperson", "Antony J. Blinken, Secretary of State")."""
    for mention in header:
        name = mention.name.of(doc.text)
        if name.split()[-1].casefold() == surname.casefold() and len(name.split()) > 1:  # "AMBASSADOR KIM:"
            return Participant(name=name, title=mention.title_text, country=mention.country or doc.publisher,
                               span=mention.name, title_span=mention.title_span, aliases=aliases(name))
    return None


def _as_written(doc: Document, label: Span, words: str) -> Span | None:
    """Where `words` of a cleaned-up label are in the label as written (its spacing and capitals)."""
    if not words.strip():
        return None
    m = re.search(r"\s+".join(map(re.escape, words.split())), label.of(doc.text), re.I)
    return Span(label.start + m.start(), label.start + m.end()) if m else None


def cased(written: str) -> str:
    """A label's words in title case when the label shouts them ("SECRETARY BLINKEN", "THE PRESIDENT"), the office's
    small words in lower case and a numeral kept ("MINISTER OF DEFENSE MINORU KIHARA", "SECRETARY OF DEFENSE LLOYD J.
    AUSTIN III": DoD, State), so that it reads as an office and a name."""
    if not written.isupper() or len(written) <= 3:
        return written
    words = written.split()
    return " ".join(w if _ROMAN.fullmatch(w) else w.lower() if 0 < k < len(words) - 1 and w.lower() in _LABEL_SMALL_WORDS
                    else w.title() for k, w in enumerate(words)).replace("’S", "’s").replace("'S", "'s")


_ROMAN = re.compile(r"[IVX]{2,5}")  # a regnal or generational numeral: "AUSTIN III", "LEO XIV"
# an office's joining words and a name's particles, in lower case inside a label ("SECRETARY OF DEFENSE", "DE LA
# FUENTE"); not "to", "in", "on", "at", which open names ("PRESIDENT TO LAM")
_LABEL_SMALL_WORDS = frozenset({"of", "the", "for", "and"}) | (NAME_PARTICLES - {"e", "y"})
