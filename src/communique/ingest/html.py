"""The article of a government web page: its text, title, publication date and canonical URL.

The body comes from trafilatura, which finds the main content of pages it has never seen (the
ministry sites differ in every template). It takes 2-6 ms on a typical press-release page, so
there is no separate fast path; selectolax reads the `<head>` metadata, which needs exact rules
rather than heuristics. Paragraphs are joined by a blank line, a `<br>` inside one stays a single
line break. Cookie and consent banners, and nav, header and footer outside the article, are pruned
first: with no article beside them, trafilatura's fallbacks would return the banner or the menu as
the page's text (the GOV.UK search page that taught us this). A page whose remaining text holds no
sentence is `NoArticleText`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

import trafilatura
from lxml import etree
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from communique.errors import NoArticleText
from communique.ingest.dates import iso_date
from communique.ingest.text import document_from_text
from communique.model import Document
from communique.settings import DEFAULT, Settings

# Meta tags that carry the publication date, best first (name, property or itemprop, lower case).
DATE_META = (
    "article:published_time", "og:published_time", "datepublished", "dc.date.issued", "dcterms.issued",
    "dc.date", "dcterms.date", "date", "pubdate", "publishdate", "publication_date", "govuk:first-published-at",
)
_BANNER = "contains(translate({attr}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), '{word}')"
_KEEPS_ARTICLE = "not(.//article or .//main)"  # some templates wrap the whole page in a banner or header
PRUNE_XPATH = [
    "//body//*[({}) and {} and not(.//h1)]".format(" or ".join(
        _BANNER.format(attr=attr, word=word)
        for attr in ("@id", "@class", "@aria-label") for word in ("cookie", "consent", "gdpr")), _KEEPS_ARTICLE),
    f"//body//nav[{_KEEPS_ARTICLE}]",
    f"//body//*[self::header or self::footer][not(ancestor::article) and {_KEEPS_ARTICLE}]",
    f"//body//*[@role='navigation' or @role='banner' or @role='contentinfo'][{_KEEPS_ARTICLE}]",
]
# A readout has at least one sentence; menus, breadcrumbs and link lists do not.
_PROSE = re.compile(r"\S[^\n]{38,}?(?:[.!?](?=[\"'”’)]*(?:\s|$))|[。！？।])")
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\xa0\u2000-\u200b\u202f\u205f\u3000]+")
NO_TEXT_FIX = "save the article page itself, or give its text as a .txt file"

# Markup nested past a few hundred levels: libxml2 (under trafilatura) stops at 256 and finds no
# article, and lexbor's parse grows with the square of the depth (0.9 s for 20,000 levels, 20 s
# for 90,000). Such a page is flattened first: its wrappers go, its paragraphs stay.
MAX_DEPTH = 200
# A tag's attributes stop at the next "<" too: a stray "<a x" with no ">" after it costs one step,
# not a scan to the end of the page (which, per stray, made 120 KB take 27 s).
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]{0,30})(?:\s[^<>]*)?>")
# Blocks whose content is no article text: dropped whole before a page is flattened (comments and
# script/style before counting, too). Found with str.find, so an unclosed one ends the page in one step.
_DROPPED = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside")
# End tags HTML lets a page leave out (a new <p> closes the last): not counted as nesting.
_UNCOUNTED = frozenset("area base br col embed hr img input link meta param source track wbr "
                       "p li dt dd tr td th option".split())
_VOID_AND_PAGE = "html head title body p br area base col embed hr img input link meta param source track wbr"
_KEPT = (frozenset(f"{_VOID_AND_PAGE} article main h1 h2 h3 h4 h5 h6 ul ol li table tr td th".split()),
         frozenset(_VOID_AND_PAGE.split()))  # lists or tables nested as deep: paragraphs only


@dataclass(frozen=True, slots=True)
class Page:
    text: str  # the article's paragraphs, one per block, separated by "\n\n"
    title: str | None
    published: str | None  # ISO date from the page's metadata
    url: str | None  # canonical URL


def declared_charset(data: bytes) -> str | None:
    """The charset a page names in a `<meta>` tag within its first 4 KB, if any."""
    match = _CHARSET.search(data[:4096])
    return match[1].decode("ascii") if match else None


def read_page(html: str) -> Page:
    """Metadata and article text of one page (text "" when there is no article).

    >>> read_page('<html><head><title>T</title><meta name="date" content="2021-09-12"></head><body>'
    ...           '<article><p>On September 11, Wang Yi held talks with Bui Thanh Son.</p></article></body></html>')
    Page(text='On September 11, Wang Yi held talks with Bui Thanh Son.', title='T', published='2021-09-12', url=None)
    """
    for kept in _KEPT:
        if nesting(html) <= MAX_DEPTH:
            break
        html = _flattened(html, kept)
    tree = HTMLParser(html)
    meta = _meta(tree)
    title = _title(tree, meta)
    blocks = list(_article_blocks(html))
    while blocks and title and _same(blocks[0], title):  # the headline repeats the title
        blocks.pop(0)
    return Page(text="\n\n".join(blocks), title=title, published=_published(tree, meta), url=_canonical(tree, meta))


def nesting(html: str) -> int:
    """How deep the page's elements nest, counted in one pass over its tags.

    >>> nesting("<html><body><div><div><p>Text<p>More</div></div></body></html>")
    4
    """
    depth = deepest = 0
    for m in _TAG.finditer(_without(html, ("script", "style"))):
        if m[2].lower() in _UNCOUNTED or m[0].endswith("/>"):
            continue
        if m[1]:
            depth = max(0, depth - 1)
        else:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


def _without(html: str, blocks: tuple[str, ...]) -> str:
    """`html` without its comments and its `blocks` elements (content and all), in one pass.

    Hand-written rather than a regex (`<script.*?</script>`): a regex retries from every unclosed
    opening, which is quadratic in a page of them; here an unclosed one runs to the end, as a
    browser reads it, and the scan stops there.

    >>> _without("<p>a<!-- x --></p><script>var s = '<p>';</script><NAV>menu</nav><p>b", ("script", "nav"))
    '<p>a</p><p>b'
    """
    lower = html.lower()
    openers = ["<!--", *(f"<{name}" for name in blocks)]
    ahead = dict.fromkeys(openers, -1)  # each opener's next place at or after `at` (-1: none left)

    def next_place(opener: str, start: int) -> int:
        i = lower.find(opener, start)
        while i >= 0 and opener != "<!--" and lower[i + len(opener):i + len(opener) + 1].isalnum():
            i = lower.find(opener, i + 1)  # "<navigation" is not "<nav"
        return i

    for opener in openers:
        ahead[opener] = next_place(opener, 0)
    kept: list[str] = []
    at = 0
    while True:
        for opener, i in ahead.items():
            if 0 <= i < at:  # passed inside a block just dropped: look again from its end
                ahead[opener] = next_place(opener, at)
        live = [(i, o) for o, i in ahead.items() if i >= 0]
        if not live:
            break
        start, opener = min(live)
        kept.append(html[at:start])
        if opener == "<!--":
            end = lower.find("-->", start + 4)
            at = end + 3 if end >= 0 else 0
        else:
            end = lower.find(f"</{opener[1:]}", start + len(opener))
            at = lower.find(">", end) + 1 if end >= 0 else 0
        if at <= 0:  # unclosed: the rest of the page is inside it
            return "".join(kept)
    kept.append(html[at:])
    return "".join(kept)


def _flattened(html: str, kept: frozenset[str]) -> str:
    """The page with only the `kept` tags and none of the `_DROPPED` blocks: without its wrappers
    (div, span, section, font, ...) the head, headings and paragraphs still read as before, and
    its metadata is still found; scripts, styles, menus and footers go with their content, as the
    pruning of an unflattened page would remove them."""
    return _TAG.sub(lambda m: m[0] if m[2].lower() in kept else "", _without(html, _DROPPED))


def document_from_html(html: str, *, doc_id: str, source: str | None = None,
                       settings: Settings = DEFAULT) -> Document:
    """A `Document` of the page's article (`from_markup=True`).

    Raises `NoArticleText` when the page holds no sentence of 40 characters or more outside its
    menus, banners and footer, or when the article is shorter than `settings.min_text_chars`.
    """
    page = read_page(html)
    if not _PROSE.search(page.text):
        raise NoArticleText(f"no article text in the page (only menus, banners or footer); {NO_TEXT_FIX}",
                            source=source)
    if len(page.text) < settings.min_text_chars:
        raise NoArticleText(f"article text is {len(page.text)} characters, under min_text_chars "
                            f"({settings.min_text_chars}); {NO_TEXT_FIX}", source=source)
    return document_from_text(page.text, doc_id=doc_id, published=page.published, title=page.title,
                              url=page.url, source=source, from_markup=True, settings=settings)


def _meta(tree: HTMLParser) -> dict[str, str]:
    out: dict[str, str] = {}
    for node in tree.css("meta"):
        attrs = node.attributes
        key = attrs.get("name") or attrs.get("property") or attrs.get("itemprop")
        content = attrs.get("content")
        if key and content and content.strip():
            out.setdefault(key.strip().lower(), content.strip())
    return out


def _title(tree: HTMLParser, meta: dict[str, str]) -> str | None:
    if meta.get("og:title"):
        return _clean(meta["og:title"]) or None
    node = tree.css_first("title")
    title = _clean(node.text()) if node else ""
    site = _clean(meta.get("og:site_name", ""))
    for sep in (" | ", " - ", " – ", " — "):  # "Readout of ... | The White House"
        if site and title.casefold().endswith((sep + site).casefold()):
            title = title[: -len(sep + site)].rstrip()
    return title or None


def _published(tree: HTMLParser, meta: dict[str, str]) -> str | None:
    for key in DATE_META:
        value = iso_date(meta.get(key))
        if value:
            return value
    for scope in ("article time[datetime]", "main time[datetime]", "time[datetime]"):
        for node in tree.css(scope):
            value = iso_date(node.attributes.get("datetime"))
            if value:
                return value
    return None


def _canonical(tree: HTMLParser, meta: dict[str, str]) -> str | None:
    for node in tree.css("link[rel]"):
        if "canonical" in (node.attributes.get("rel") or "").lower().split() and node.attributes.get("href"):
            return node.attributes["href"].strip() or None
    return meta.get("og:url")


def _article_blocks(html: str) -> Iterator[str]:
    try:
        result = trafilatura.bare_extraction(
            html, include_comments=False, include_tables=True, include_images=False, include_links=False,
            with_metadata=False, prune_xpath=PRUNE_XPATH)
    except (ValueError, TypeError, etree.LxmlError):  # unparsable markup: no article, not a crash
        return
    if result is None or result.body is None:
        return
    for block in _blocks(result.body):
        if block:
            yield block


def _blocks(el: etree._Element) -> Iterator[str]:
    """Paragraph-level texts of trafilatura's XML body (p, head, item, quote, row ...)."""
    if el.tag == "row":
        yield " | ".join(filter(None, (_inline(cell) for cell in el)))
        return
    if el.tag in ("p", "head", "item", "quote", "code"):
        yield _inline(el)
    elif el.text:
        yield _tidy(el.text)  # loose text directly in a container
    for child in el:
        if el.tag not in ("p", "head", "item", "quote", "code") or child.tag in ("list", "table"):
            yield from _blocks(child)
        if child.tail and el.tag not in ("p", "head", "item", "quote", "code"):
            yield _tidy(child.tail)


def _inline(el: etree._Element) -> str:
    parts: list[str] = [el.text or ""]
    for child in el:
        if child.tag == "lb":
            parts.append("\n")
        elif child.tag not in ("list", "table"):  # nested lists become blocks of their own
            parts.append(_inline(child))
        parts.append(child.tail or "")
    return _tidy("".join(parts))


def _tidy(text: str) -> str:
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _clean(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _same(block: str, title: str) -> bool:
    return _clean(block).casefold() == _clean(title).casefold()
