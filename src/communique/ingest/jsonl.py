"""Readouts as JSON records: one object per line (`.jsonl`), or a `.json` list of them.

A record is `{"text": ..., "id"?, "url"?, "date"?, "title"?, "publisher"?}`. Scraped datasets name the text
differently, so `body` and then `content` stand in when `text` is absent (the first present field
is used, and must be a non-empty string). `published` stands in for `date`.
`doc_id` is `id` (string or integer) when given, else `<file stem>-<line number>` (`-<item>` for
a `.json` list). A bad text or id makes the record a `MalformedRecord` ("file.jsonl:LINE: reason")
and the other records go on; a bad `url`, `date` or `title` only costs that field, with a warning.

A `.jsonl` file on disk is streamed line by line, so `settings.max_bytes` limits each record,
not the file: a corpus of 100,000 readouts is one file.
"""
from __future__ import annotations

import json
import re
from typing import Any, BinaryIO, Iterable, Iterator

from communique.errors import EmptyInput, EncodingError, InputError, MalformedRecord, TooLarge
from communique.ingest.dates import iso_date
from communique.ingest.decode import BOMS, decode, utf16_order
from communique.ingest.publisher import publisher_for_name
from communique.ingest.text import document_from_text
from communique.model import Document
from communique.settings import DEFAULT, Settings

TEXT_FIELDS = ("text", "body", "content")
DATE_FIELDS = ("date", "published")
GIVE_UP_AFTER = 10  # this many bad lines and no good one: the file is not JSON Lines at all
_HEAD = 4096

Line = tuple[int, str, list[str]]  # (line number, text, warnings from decoding it)


_SURROGATE = re.compile("[\ud800-\udfff]")  # JSON may escape half a pair ("\\ud800"); no UTF-8 encodes it
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def document_from_record(record: Any, *, where: str, default_id: str, settings: Settings = DEFAULT) -> Document:
    """One record to a `Document`; raises `MalformedRecord` (source `where`, e.g. "a.jsonl:3").

    >>> document_from_record({"id": 7, "text": "date 2021-09-12 Wang Yi met Bui Thanh Son."},
    ...                      where="a.jsonl:1", default_id="a-1").published
    '2021-09-12'
    """
    if not isinstance(record, dict):
        raise MalformedRecord(f"a record must be a JSON object, not {_kind(record)}", source=where)
    field = next((f for f in TEXT_FIELDS if f in record), None)
    if field is None:
        raise MalformedRecord("record has no \"text\" field (nor \"body\" or \"content\")", source=where)
    text = record[field]
    if not isinstance(text, str):
        raise MalformedRecord(f"field \"{field}\" must be a string, not {_kind(text)}", source=where)
    if not text.strip():
        raise MalformedRecord(f"field \"{field}\" is empty", source=where)
    for key in (field, "id", "title", "url", "publisher"):
        if isinstance(record.get(key), str) and (bad := _SURROGATE.search(record[key])):
            raise EncodingError(f"field \"{key}\" holds a lone surrogate U+{ord(bad.group()):04X} at offset "
                                f"{bad.start()} (a \\u escape without its pair), which is not Unicode text; "
                                f"fix the record or write the character itself", source=where)
    doc_id = _doc_id(record.get("id"), where=where, default=default_id)
    warnings: list[str] = []
    url, title = (_optional_str(record, key, warnings) for key in ("url", "title"))
    published = _published(record, warnings)
    doc = document_from_text(text, doc_id=doc_id, published=published, title=title, url=url,
                             source=where, from_markup=True, settings=settings)
    if settings.publisher is None:  # the URL, when it names a known government, decides later (`ingest`)
        doc.publisher = publisher_for_name(_optional_str(record, "publisher", warnings))
    doc.warnings.extend(warnings)
    return doc


def documents_from_lines(lines: Iterable[Line | InputError], *, name: str, stem: str,
                         settings: Settings = DEFAULT, file_checks: bool = True) -> Iterator[Document | InputError]:
    """Documents of JSON Lines, blank lines skipped; an `InputError` in `lines` is passed on.

    `file_checks=False` is for a slice of a file (`communique.scale` splits big files) whose first
    record is known to be good: the checks that concern the whole file (not JSON Lines at all, no
    records) are then already done.
    """
    good = 0 if file_checks else 1  # a slice: its file has a good record already
    bad = 0
    for item in lines:
        if isinstance(item, InputError):
            bad += 1
            yield item
            continue
        lineno, line, warnings = item
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            record = json.loads(line)
            doc = document_from_record(record, where=where, default_id=f"{stem}-{lineno}", settings=settings)
        except json.JSONDecodeError as exc:
            bad += 1
            yield MalformedRecord(f"invalid JSON ({exc.msg} at column {exc.colno}); each line must be one "
                                  "JSON object", source=where)
        except InputError as err:  # a malformed record, a lone surrogate: this record, not the file
            bad += 1
            yield err
        else:
            good += 1
            doc.warnings[:0] = warnings
            yield doc
        if bad >= GIVE_UP_AFTER and not good:
            yield MalformedRecord(f"the first {bad} records are all malformed, so this is not JSON Lines; "
                                  "a JSON list or pretty-printed object belongs in a .json file", source=name)
            return
    if not good and not bad:
        yield EmptyInput("file holds no records, only blank lines", source=name)


def documents_from_json(text: str, *, name: str, stem: str, settings: Settings = DEFAULT,
                        warnings: list[str] | None = None) -> list[Document | InputError]:
    """Documents of a `.json` file holding one record or a list of records."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        hint = "; one object per line belongs in a .jsonl file" if exc.msg == "Extra data" else ""
        return [MalformedRecord(f"invalid JSON ({exc.msg} at column {exc.colno}){hint}",
                                source=f"{name}:{exc.lineno}")]
    if isinstance(data, dict):
        items = [(data, name, stem)]
    elif isinstance(data, list):
        items = [(rec, f"{name}: item {i}", f"{stem}-{i}") for i, rec in enumerate(data, 1)]
    else:
        return [MalformedRecord(f"holds {_kind(data)}; expected a record object or a list of them", source=name)]
    if not items:
        return [EmptyInput("holds an empty list, no records", source=name)]
    out: list[Document | InputError] = []
    for record, where, default_id in items:
        try:
            doc = document_from_record(record, where=where, default_id=default_id, settings=settings)
        except MalformedRecord as err:
            out.append(err)
        else:
            doc.warnings[:0] = warnings or []
            out.append(doc)
    return out


def text_lines(text: str, warnings: list[str]) -> Iterator[Line]:
    """Numbered lines of decoded text (split on "\\n" only: U+2028 may sit inside a JSON string)."""
    for lineno, line in enumerate(text.split("\n"), 1):
        yield lineno, line, warnings


def stream_needs_whole_file(head: bytes) -> bool:
    """UTF-16/32 files cannot be split into lines as bytes; they are read whole instead."""
    return any(head.startswith(bom) for bom, _, label in BOMS if label) or utf16_order(head) is not None


def binary_lines(f: BinaryIO, *, name: str, settings: Settings = DEFAULT, start: int = 0, stop: int | None = None,
                 lineno: int = 0) -> Iterator[Line | InputError]:
    """Numbered, decoded lines of an open UTF-8 (or cp1252) file, each at most `settings.max_bytes`.

    `start`, `stop` and `lineno` read a slice: the lines beginning at byte offsets `start` to `stop`,
    the first numbered `lineno + 1` (the file's head is checked for binary data only from 0).
    """
    if start == 0:
        f.seek(0)
        head = f.read(_HEAD)
        if head.strip():
            try:  # refuse a binary file once, not line by line
                decode(head, source=name)
            except EmptyInput:
                pass
    yield from decoded_lines(raw_lines(f, limit=settings.max_bytes, start=start, stop=stop, lineno=lineno),
                             name=name, settings=settings)


RawLine = tuple[int, int, "bytes | None"]  # (line number, byte offset, bytes or None when over max_bytes)


def decoded_lines(raws: Iterable[RawLine], *, name: str, settings: Settings = DEFAULT) -> Iterator[Line | InputError]:
    """The lines of `raw_lines`, decoded; a line over max_bytes is a `TooLarge` error at its number."""
    for lineno, offset, raw in raws:
        if raw is None:
            yield TooLarge(f"record is over max_bytes ({settings.max_bytes:,} bytes); split it or raise max_bytes",
                           source=f"{name}:{lineno}")
            continue
        yield lineno, *_decode_line(raw, offset=offset, first=lineno == 1)


def raw_lines(f: BinaryIO, *, limit: int, start: int = 0, stop: int | None = None,
              lineno: int = 0) -> Iterator[RawLine]:
    """(line number, byte offset, bytes) of each line beginning before `stop`; the bytes are None for
    a line over `limit`, which is skipped without being held."""
    f.seek(start)
    offset = start
    while (stop is None or offset < stop) and (raw := f.readline(limit + 1)):
        lineno += 1
        if len(raw) > limit and not raw.endswith(b"\n"):
            begin = offset
            while raw and not raw.endswith(b"\n"):  # skip the rest of the line without holding it
                offset += len(raw)
                raw = f.readline(limit + 1)
            offset += len(raw)
            yield lineno, begin, None
            continue
        yield lineno, offset, raw
        offset += len(raw)


def _decode_line(raw: bytes, *, offset: int, first: bool) -> tuple[str, list[str]]:
    if first and raw.startswith(b"\xef\xbb\xbf"):
        raw, offset = raw[3:], offset + 3
    try:
        return raw.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        where = f"byte 0x{raw[exc.start]:02x} at offset {offset + exc.start}"
        return raw.decode("utf-8", errors="communique-cp1252"), [f"not UTF-8 ({where}); decoded as cp1252"]


def _doc_id(value: Any, *, where: str, default: str) -> str:
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, (str, int)) or not str(value).strip():
        raise MalformedRecord(f"field \"id\" must be a non-empty string or an integer, not {value!r:.40}",
                              source=where)
    if (bad := _CONTROL.search(str(value))) is not None:  # PostgreSQL refuses NUL; a URL or a file name the rest
        raise MalformedRecord(f"field \"id\" holds the control character U+{ord(bad.group()):04X} at offset "
                              f"{bad.start()}; an id names the readout in URLs, files and databases", source=where)
    return str(value)


def _optional_str(record: dict, key: str, warnings: list[str]) -> str | None:
    value = record.get(key)
    if value is None or (isinstance(value, str) and value.strip()):
        return value.strip() if value else None
    if not isinstance(value, str):
        warnings.append(f"field \"{key}\" is {_kind(value)}, not a string; ignored")
    return None


def _published(record: dict, warnings: list[str]) -> str | None:
    key = next((k for k in DATE_FIELDS if record.get(k) not in (None, "")), None)
    if key is None:
        return None
    value = iso_date(record[key])
    if value is None:
        warnings.append(f"field \"{key}\" {record[key]!r:.40} is not a calendar date; published left empty")
    return value


def _kind(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "a string", bool: "a boolean", type(None): "null",
            int: "a number", float: "a number"}.get(type(value), type(value).__name__)
