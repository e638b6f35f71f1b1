"""A user's search string, parsed into terms we control, then written as FTS5 or as portable LIKE.

The string an analyst types is never handed to FTS5 as it is: FTS5's own syntax turns
`Indo-Pacific` into a column filter ("no such column: Pacific"), a stray `NEAR(` or `AND` into a
syntax error, an unbalanced `"` into "unterminated string" and `*` into "unknown special query". So the string is parsed here into a small
grammar, and every term is written back as a quoted FTS5 string (a `"` inside doubled), which FTS5
reads as words and nothing else:

- words and `"quoted phrases"`, all of which must match (AND);
- a trailing `*` makes a prefix (`vaccin*`, `"indo pac"*`);
- `OR`, `AND` and `NOT` in capitals are operators; in lower case or in quotes they are words.
  `NOT` excludes the one term after it and `OR` separates alternatives, so `a b NOT c OR d` is
  (a and b and not c) or d. That is our grammar, not FTS5's (where `a NOT b c` is a NOT (b c)):
  the FTS5 text is written with brackets, so its precedence never decides.
- punctuation alone (`-`, `&`, `NEAR(`'s bracket) separates words, as FTS5's tokenizer does.

Whatever cannot be made into such a query (nothing to search for, an unclosed quote, an operator
without a term on each side) is a one-line `BadQuery` [C302] that says how to fix it.

>>> to_fts5(parse_query('"Indo-Pacific" OR vaccin* NOT "said ""no"" twice"'))
'("Indo-Pacific") OR (("vaccin"*) NOT "said ""no"" twice")'
>>> to_fts5(parse_query("Indo-Pacific AND NEAR("))
'("Indo-Pacific" AND "NEAR(")'
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import sqlalchemy as sa

from communique.errors import BadQuery

OPERATORS = frozenset({"AND", "OR", "NOT"})
MAX_TERMS = 32  # a query longer than a paragraph is a pasted text, and it would be slow to rank


@dataclass(frozen=True, slots=True)
class Term:
    text: str  # as the user wrote it, without the quotes and the prefix star
    prefix: bool = False


@dataclass(frozen=True, slots=True)
class Clause:
    """Terms that must all match, and terms that must not (`a b NOT c`)."""

    must: tuple[Term, ...]
    must_not: tuple[Term, ...] = ()


@dataclass(frozen=True, slots=True)
class Query:
    """Clauses of which any may match (`a OR b c`)."""

    clauses: tuple[Clause, ...]

    @property
    def terms(self) -> list[Term]:
        """The terms a hit must contain: what the fallback highlights."""
        return [t for c in self.clauses for t in c.must]


def _has_word(text: str) -> bool:
    # FTS5's unicode61 tokenizer keeps letters, numbers and private-use characters; all else separates.
    return any(unicodedata.category(ch)[0] in "LN" or unicodedata.category(ch) == "Co" for ch in text)


def _phrase(query: str, start: int) -> tuple[str, int]:
    """The phrase opened by the quote at `start` and the index after its closing quote; a doubled
    quote inside is a literal one, as in FTS5 and SQL."""
    end = query.find('"', start + 1)
    while end != -1 and query.startswith('""', end):
        end = query.find('"', end + 2)
    if end == -1:
        raise BadQuery(f"unclosed quote in {query!r}; end the phrase with \" or remove the quote")
    return query[start + 1:end].replace('""', '"'), end + 1


def _lex(query: str) -> list[Term | str]:
    """Terms and operator names, in order."""
    items: list[Term | str] = []
    i, n = 0, len(query)
    while i < n:
        if query[i].isspace():
            i += 1
            continue
        if query[i] == '"':
            text, i = _phrase(query, i)
            prefix = query.startswith("*", i)
            i += prefix
        else:
            start = i
            while i < n and not query[i].isspace() and query[i] != '"':
                i += 1
            word = query[start:i]
            if word in OPERATORS:
                items.append(word)
                continue
            text, prefix = word.rstrip("*"), word.endswith("*")
        if _has_word(text):  # punctuation alone separates words; it is no term
            items.append(Term(text, prefix))
    return items


def parse_query(query: str) -> Query:
    """The query a user typed as clauses of terms; raises `BadQuery` with the fix when it has none."""
    # NUL and lone surrogates (undecodable argv bytes arrive as those) cannot be bound as UTF-8: spaces.
    items = _lex(re.sub("[\x00\ud800-\udfff]", " ", query))
    if not any(isinstance(item, Term) for item in items):
        raise BadQuery(f"nothing to search for in {query!r}; give a word or a \"quoted phrase\"")
    for i, item in enumerate(items):
        if isinstance(item, str) and not (0 < i < len(items) - 1 and isinstance(items[i - 1], Term)
                                          and isinstance(items[i + 1], Term)):
            raise BadQuery(f"{item} needs a term on each side in {query!r}; to search for the word, "
                           f"write it in lower case or in quotes")
    if sum(isinstance(item, Term) for item in items) > MAX_TERMS:
        raise BadQuery(f"more than {MAX_TERMS} terms; search for the words that matter")
    clauses, must, must_not, negate = [], [], [], False
    for item in items:
        if item == "OR":
            clauses.append(Clause(tuple(must), tuple(must_not)))
            must, must_not = [], []
        elif isinstance(item, Term):
            (must_not if negate else must).append(item)
        negate = item == "NOT"
    clauses.append(Clause(tuple(must), tuple(must_not)))
    return Query(tuple(clauses))


def _fts5_term(term: Term) -> str:
    return '"' + term.text.replace('"', '""') + '"' + ("*" if term.prefix else "")


def to_fts5(query: Query) -> str:
    """The query as an FTS5 expression of quoted strings only: bound as a parameter, never spliced."""
    def clause(c: Clause) -> str:
        text = " AND ".join(map(_fts5_term, c.must))
        if c.must_not:
            text = f"({text})" + "".join(f" NOT {_fts5_term(t)}" for t in c.must_not)
        return f"({text})"
    return " OR ".join(clause(c) for c in query.clauses)


def like_condition(query: Query, column: sa.ColumnElement[str]) -> sa.ColumnElement[bool]:
    """The portable fallback (PostgreSQL until it has its own index): each term as a case-blind
    substring of `column`, escaped so `%` and `_` in a term are literal.

    Looser than FTS5 (no stemming, "Indo-Pacific" does not match "Indo Pacific", `vaccin*` matches
    inside words), but the same terms, operators and results type.
    """
    lower = sa.func.lower(column)

    def has(term: Term) -> sa.ColumnElement[bool]:
        return lower.contains(term.text.lower(), autoescape=True)

    return sa.or_(*(sa.and_(*map(has, c.must), *(sa.not_(has(t)) for t in c.must_not)) for c in query.clauses))


__all__ = ["BadQuery", "Clause", "Query", "Term", "like_condition", "parse_query", "to_fts5"]
