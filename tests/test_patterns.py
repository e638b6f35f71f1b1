"""`communique.patterns`: the literal gate (what the literals are, and that a gated pattern answers exactly
as the plain one does on any text), the alternatives tried alone (as their alternation answers) and the keyword
automaton (every occurrence, offsets in characters)."""
import pickle
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from communique.patterns import Alternatives, GatedPattern, Keywords, gated, required_literals, split_alternatives


@pytest.mark.parametrize("pattern, flags, literals", [
    (r"\b(?:said|stated|told)\b", 0, ["said", "told", "stated"]),
    (r"(?:had|held)\s+(?:a\s+)?(?:phone|telephone)\s+call", re.I, ["phone"]),  # "telephone" holds "phone"
    (r"(?:spoke|speaks)\s+(?:by\s+phone|with)", 0, ["spoke", "speaks"]),
    (r"[Tt]he\s+(?:two\s+)?sides", 0, ["sides"]),
    (r"(?i:the)\s+(?-i:President)", 0, ["president"]),  # some of it ignores case: all of it is lower-cased
    (r"(?=.*@)contact\s+\S+", 0, ["contact"]),  # a lookahead's words are not required of the match
    (r"(?:Mr|Ms)\.?\s+[A-Z]\w+", 0, ["Mr", "Ms"]),
    (r"calls?|called", 0, ["call"]),  # "calls" and "called" hold "call"
    (r"\d{4}", 0, None),  # no word every match needs
    (r"said|\w+ly", 0, ["ly", "said"]),
    (r"said|\w+", 0, None),  # one branch needs none
    (r"(?:a|b)?c*", 0, None),  # may match the empty string
    (r"(\w+) and \1", 0, [" and "]),
    (r"ſaid", re.I, None),  # a literal re folds its own way ("ſ" is "s"): no gate
])
def test_required_literals(pattern, flags, literals):
    assert required_literals(pattern, flags) == literals


def test_gated_answers_as_a_pattern_does():
    spoken = gated(re.compile(r"\b(?:said|stated|told)\b", re.I))
    assert isinstance(spoken, GatedPattern)
    assert spoken.search("He told me.").span() == (3, 7) and spoken.search("He spoke.") is None
    assert spoken.match("SAID so").group() == "SAID" and spoken.fullmatch("stated").group() == "stated"
    assert [m.group() for m in spoken.finditer("said, told, shouted")] == ["said", "told"]
    assert spoken.sub("X", "said and told") == "X and X" and spoken.sub("X", "nothing") == "nothing"
    assert spoken.findall("he said") == ["said"] and spoken.pattern.startswith(r"\b(?:said")
    assert spoken.groupindex == {} and spoken.flags & re.I
    digits = gated(re.compile(r"\d+"))
    assert digits.literals == [] and digits.search("in 2024").group() == "2024"  # nothing to gate on: the regex decides


# Patterns in the shapes the stages use: long alternations under IGNORECASE, names with capitals, lookarounds,
# optional words, classes of one letter in two cases
PATTERNS = [re.compile(p, f) for p, f in [
    (r"(?<!\w)(?:(?:had|held)\s+(?:a\s+)?(?:phone|video)\s+call|spoke\s+(?:by\s+phone\s+)?with|met(?:\s+with)?)\b", re.I),
    (r"\b(?:said|says|stated|noted|told)\b|[“\"]", 0),
    (r"[Ss]pokes(?:man|woman)\s+(?:for|of)\s+(?-i:[A-Z])\w+", re.I),
    (r"(?:(?:also|then)\s+)?(?:present|attending)\b[^.;]{0,20}?\b(?:were|was)\b", 0),
    (r"(?=.*\bcontributed\b)[^.]{2,30}\bcontributed to this (?:report|story)", re.I),
    (r"\b(?:istanbul|sigma|kelvin)\b", re.I),  # texts with "İ", "ı", "ſ", "K", which re folds its own way
    (r"(?i:the)\s+(?:two\s+)?(?-i:Sides)", 0),
    (r"(?<=, )and\s+(?:the\s+)?(?:other|both)", 0),
]]
TEXTS = st.lists(st.sampled_from(list("aeioulmnrstdhcpkwv ,.;\"“SMPTİıſσςΣKK") + [
    "said", "told", " call", "held ", "had ", "phone ", "video ", "met ", "with", "spoke", "by ", "Spokesman ",
    "for ", "Xi", " present", " were", " was", "also ", "contributed", " to this report", "stanbul", "the ",
    "two ", "Sides", "other", "both", "THE ", "SAID", "elvin", "ſigma", "SIGMA", "ıstanbul", "İstanbul", "Kelvin"]), max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=TEXTS, pos=st.integers(0, 70), endpos=st.integers(0, 70))
def test_gated_finds_what_the_plain_pattern_finds(text, pos, endpos):
    for plain in PATTERNS:
        gate = gated(plain)
        assert gate.literals, plain.pattern
        for method in ("search", "match", "fullmatch"):
            got, want = getattr(gate, method)(text, pos, endpos), getattr(plain, method)(text, pos, endpos)
            assert (got and got.span()) == (want and want.span()), (method, plain.pattern, text)
        assert [m.span() for m in gate.finditer(text, pos)] == [m.span() for m in plain.finditer(text, pos)]
        assert gate.sub("#", text) == plain.sub("#", text)


# Alternatives in the shapes of a lexicon's lines: gated ones, one gated by a single character (asked every time),
# one that minds case, one with no literal, lookarounds, a case folded otherwise than `str.lower` folds it
ALTERNATIVES = [r"(?:held|had)\s+(?:a\s+)?phone\s+call.{0,20}", r"spoke\s+with\s+\w+", r"[\[(]?photo\s*[:/].{0,20}",
                r"(?=.*\bcontributed\b)[^.]{2,30}\bcontributed to this report", r"\w+/\w+", r"(?-i:[A-Z]{2,4})",
                r"\d{1,2} \w+", r"sigma|kelvin|istanbul", r"the\s+(?:two\s+)?sides\b.*"]


@settings(max_examples=300, deadline=None)
@given(text=TEXTS, tail=st.sampled_from(["", r"[\s.:!]*"]), flags=st.sampled_from([0, re.I]))
def test_alternatives_tried_alone_answer_as_their_alternation(text, tail, flags):
    whole = re.compile(f"(?:{'|'.join(ALTERNATIVES)}){tail}", flags)
    assert Alternatives(ALTERNATIVES, tail, flags).fullmatch(text) == (whole.fullmatch(text) is not None), text


@settings(max_examples=300, deadline=None)
@given(text=TEXTS, flags=st.sampled_from([0, re.I]))
def test_alternatives_matched_at_the_start_answer_as_their_alternation(text, flags):
    whole = re.compile("|".join(ALTERNATIVES), flags)
    assert Alternatives(ALTERNATIVES, "", flags).match(text) == (whole.match(text) is not None), text


@settings(max_examples=300, deadline=None)
@given(text=TEXTS, head=st.sampled_from(["", r"(?<!\w)"]), tail=st.sampled_from(["", r"\b"]), flags=st.sampled_from([0, re.I]),
       first=st.integers(0, len(ALTERNATIVES) - 1), size=st.integers(1, len(ALTERNATIVES)))
def test_alternatives_searched_find_what_their_alternation_finds(text, head, tail, flags, first, size):
    among = range(first, min(len(ALTERNATIVES), first + size))  # a label's cues among every label's
    alternatives = Alternatives(ALTERNATIVES, tail, flags, head=head)
    for got, some in ((alternatives.search(text), ALTERNATIVES), (alternatives.search(text, among), ALTERNATIVES[first:among.stop])):
        want = re.compile(f"{head}(?:{'|'.join(some)}){tail}", flags).search(text)
        assert (got and (got.span(), got.group())) == (want and (want.span(), want.group())), (text, some)


def test_alternatives_searched_take_the_leftmost_then_the_first_in_order():
    cues = Alternatives([r"held\s+talks", r"talks", r"met\s+with", r"met"], r"\b", re.I, head=r"(?<!\w)")
    assert cues.search("They met with X and held talks.").group() == "met with"  # leftmost, the first alternative there
    assert cues.search("After TALKS they met.").group() == "TALKS"
    assert cues.search("They met with X and held talks.", among=range(0, 2)).group() == "held talks"
    assert cues.search("The summit was cancelled.") is None


def test_alternatives_that_mind_case_answer_by_case_though_their_words_are_looked_for_in_any():
    facts = Alternatives([r"Bilateral\s+trade\b", r"(?i:according\s+to)\s+\w+\s+data", r"[A-Z]\w+\s+is\s+visiting\b"])
    assert facts.match("Bilateral trade reached $5 billion.") and not facts.match("bilateral trade reached $5 billion.")
    assert facts.match("ACCORDING TO customs data, ...") and facts.match("Ishiba is visiting Manila through Friday.")
    assert not facts.match("The President said bilateral trade grew.")


@pytest.mark.parametrize("pattern, alternatives", [
    ("a|b", ["a", "b"]),
    (r"x(?:a|b)|y", [r"x(?:a|b)", "y"]),  # inside a group: one alternative
    (r"[|]|\||[^]|]z", ["[|]", r"\|", "[^]|]z"]),  # a bar in a class, escaped, after a class's leading "]"
    (r"[\]|]a|b", [r"[\]|]a", "b"]),  # an escaped "]" does not close the class
    ("", [""]),
])
def test_split_alternatives_at_the_top_level(pattern, alternatives):
    assert split_alternatives(pattern) == alternatives


@settings(max_examples=200, deadline=None)
@given(parts=st.lists(st.sampled_from(["ab", "a|b", "(?:c|d)", "[|x]", r"\|", "[]|]", "e*", "(f|g)h"]), min_size=1, max_size=5))
def test_split_alternatives_joined_again_is_the_same_pattern(parts):
    pattern = "|".join(parts)
    split = split_alternatives(pattern)
    assert "|".join(split) == pattern and all(re.compile(alternative) for alternative in split)


def test_alternatives_gate_the_ones_with_words_and_ask_the_rest_every_time():
    lines = Alternatives(ALTERNATIVES, r"[\s.:!]*", re.I)
    assert lines.fullmatch("Photo: Xinhua.") and lines.fullmatch("AP/Reuters") and lines.fullmatch("12 March")
    assert not lines.fullmatch("The two leaders held a phone call about trade, Xinhua said.")
    assert lines.fullmatch("ſigma")  # "ſ" is an "s" to re, not to str.lower: every alternative is tried


def test_keywords_find_every_occurrence_by_character_offsets():
    book = Keywords([("he", "HE"), ("she", "SHE"), ("’s", "POSS"), ("he", "again")])  # a key given twice: its last value
    text = "“she” — he’s"  # case as written: "She" would not be "she"
    assert sorted(book.find(text)) == [(1, 4, "SHE"), (2, 4, "again"), (8, 10, "again"), (10, 12, "POSS")]
    assert book.occurs_in(text) and not book.occurs_in("nothing") and len(book) == 3
    empty = Keywords([])
    assert empty.find("he") == [] and not empty.occurs_in("he")
    assert pickle.loads(pickle.dumps(book)).find(text) == book.find(text)  # to a worker process


def test_a_gated_pattern_travels_to_a_worker_process():
    spoken = gated(re.compile(r"\b(?:said|told)\b", re.I))
    spoken.search("he said")  # literals read
    again = pickle.loads(pickle.dumps(spoken))
    assert again.search("They TOLD us.").group() == "TOLD" and again.search("no") is None and again.literals == ["said", "told"]


@settings(max_examples=200, deadline=None)
@given(keys=st.lists(st.text(alphabet="abé’ ", min_size=1, max_size=3), min_size=1, max_size=6),
       text=st.text(alphabet="abé’ ", max_size=30))
def test_keywords_find_what_a_naive_search_finds(keys, text):
    book = Keywords((key, key) for key in keys)
    naive = {(i, i + len(key), key) for key in set(keys) for i in range(len(text)) if text.startswith(key, i)}
    assert set(book.find(text)) == naive and book.occurs_in(text) == bool(naive)
