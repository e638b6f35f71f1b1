"""Bare sentences for `communique code`: JSON Lines of `{"id"?, "text"}`, or plain text, one sentence
a line; "-" is standard input.

Unlike `read_paths` (a file is a readout), here every line is an input of its own, so every
problem is reported for its line, as `file:line`, and the other lines go on: a malformed record, a
line that is not UTF-8 (refused, not guessed as cp1252: a sentence is too short for the analyst to
notice mojibake in the coded events), an over-long line. The kind comes from the extension
(`.jsonl`/`.ndjson`, `.txt`), else from the first non-blank line: `{` starts JSON Lines.

Everything streams, standard input included: `tail -f news.txt | communique code -` codes each
line as it comes.

>>> import io
>>> lines = io.BytesIO(b'{"id": "n1", "text": "China condemned the test."}\\n[1, 2]\\n')
>>> for item in sentences_of_stream(lines, name="news.jsonl"):
...     print(item)
BareSentence(id='n1', text='China condemned the test.', source='news.jsonl:1', warnings=())
news.jsonl:2: a record must be a JSON object with a "text" field, not a list [C107]
"""
from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from communique.errors import EmptyInput, EncodingError, InputError, MalformedRecord, TooLarge
from communique.ingest import _os_error  # the package's one mapping of OSError to a message
from communique.ingest.decode import decode
from communique.ingest.jsonl import stream_needs_whole_file
from communique.ingest.paths import STDIN, expand, kind_of
from communique.settings import DEFAULT, Settings

_HEAD = 4096
_NOT_SENTENCES = ('; `code` reads sentences: .jsonl with one {"text": ...} a line, or .txt with one sentence '
                  'a line (use `extract` for whole readouts)')


@dataclass(frozen=True, slots=True)
class BareSentence:
    """One sentence to code, with the id it is reported under and the `file:line` it came from."""

    id: str  # the record's "id", else "<file stem>-<line number>"
    text: str
    source: str
    warnings: tuple[str, ...] = ()  # how the file was read, when worth checking (UTF-16)


def read_sentences(paths: Sequence[str | Path], *, settings: Settings = DEFAULT
                   ) -> Iterator[BareSentence | InputError]:
    """The sentences of every file the paths name (see `ingest.paths`), errors yielded, never raised."""
    for item in expand(paths):
        if isinstance(item, InputError):
            yield item
        elif item == STDIN:
            yield from sentences_of_stream(sys.stdin.buffer, name=STDIN, settings=settings)
        else:
            yield from _read_file(item.path, settings=settings)


def _read_file(path: Path, *, settings: Settings) -> Iterator[BareSentence | InputError]:
    source, kind = str(path), kind_of(path)
    if kind in ("html", "json"):
        yield InputError(f"a .{kind} file{_NOT_SENTENCES}", source=source)
        return
    try:
        f = open(path, "rb")
    except OSError as exc:
        yield _os_error(exc, source)
        return
    with f:
        try:
            yield from sentences_of_stream(f, name=source, kind=kind, settings=settings)
        except OSError as exc:  # a directory named as a file, a read error halfway
            yield _os_error(exc, source)


def sentences_of_stream(f: BinaryIO, *, name: str, kind: str | None = None, settings: Settings = DEFAULT
                        ) -> Iterator[BareSentence | InputError]:
    """The sentences of an open binary stream called `name`; `kind` "jsonl" or "text", None to sniff."""
    stem = "stdin" if name == STDIN else (Path(name).stem or name)
    seen = False
    for lineno, line, warnings in _lines(f, name=name, settings=settings):
        if isinstance(line, InputError):
            seen = True
            yield line
            continue
        if not line.strip():
            continue
        seen = True
        kind = kind or ("jsonl" if line.lstrip().startswith("{") else "text")
        where = f"{name}:{lineno}"
        if kind == "text":
            yield BareSentence(f"{stem}-{lineno}", line.strip(), where, warnings)
            continue
        try:
            yield _from_record(line, where=where, default_id=f"{stem}-{lineno}", warnings=warnings)
        except MalformedRecord as err:
            yield err
    if not seen:
        yield EmptyInput("holds no sentences, only blank lines" if kind != "jsonl" else "holds no records", source=name)


def _lines(f: BinaryIO, *, name: str, settings: Settings) -> Iterator[tuple[int, str | InputError, tuple[str, ...]]]:
    """(line number, decoded line or its error, warnings); an error about the whole input ends it."""
    limit = settings.max_bytes
    head = _head(f)
    try:  # a PNG or a UTF-16 file shows itself in its first bytes: refuse or decode it once, whole
        if stream_needs_whole_file(head):
            yield from _whole(f.read(limit + 1), name=name, limit=limit)
            return
        decode(head, source=name)
    except EmptyInput:
        pass
    except InputError as err:
        yield 1, err, ()
        return
    lineno = 0
    while raw := f.readline(limit + 1):
        lineno += 1
        if len(raw) > limit and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):  # skip the rest of the line without holding it
                raw = f.readline(limit + 1)
            yield lineno, TooLarge(f"line is over max_bytes ({limit:,} bytes); split it", source=f"{name}:{lineno}"), ()
            continue
        if lineno == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        try:
            yield lineno, raw.decode("utf-8").rstrip("\r\n"), ()
        except UnicodeDecodeError as exc:
            yield lineno, EncodingError(f"not UTF-8 (byte 0x{raw[exc.start]:02x} at column {exc.start + 1}); "
                                        "re-save the file as UTF-8", source=f"{name}:{lineno}"), ()


def _head(f: BinaryIO) -> bytes:
    """The first bytes, left in the stream: peeked (standard input cannot seek back) or read and rewound."""
    if hasattr(f, "peek"):
        return f.peek(_HEAD)[:_HEAD]
    head = f.read(_HEAD)
    f.seek(0)
    return head


def _whole(data: bytes, *, name: str, limit: int) -> Iterator[tuple[int, str | InputError, tuple[str, ...]]]:
    if len(data) > limit:
        yield 1, TooLarge(f"a UTF-16 file over max_bytes ({limit:,} bytes); re-save it as UTF-8", source=name), ()
        return
    text, warnings = decode(data, source=name)  # may raise InputError: the caller reports it
    for lineno, line in enumerate(text.split("\n"), 1):
        yield lineno, line.rstrip("\r"), tuple(warnings) if lineno == 1 else ()


def _from_record(line: str, *, where: str, default_id: str, warnings: tuple[str, ...]) -> BareSentence:
    try:
        record: Any = json.loads(line)
    except json.JSONDecodeError as exc:
        raise MalformedRecord(f"invalid JSON ({exc.msg} at column {exc.colno}); each line must be one JSON object "
                              'such as {"id": "n1", "text": "..."}', source=where) from None
    if not isinstance(record, dict):
        raise MalformedRecord(f'a record must be a JSON object with a "text" field, not {_kind(record)}', source=where)
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        got = "missing" if "text" not in record else "empty" if isinstance(text, str) else _kind(text)
        raise MalformedRecord(f'field "text" must be a non-empty string, not {got}', source=where)
    doc_id = record.get("id", default_id)
    if isinstance(doc_id, bool) or not isinstance(doc_id, (str, int)) or not str(doc_id).strip():
        raise MalformedRecord(f'field "id" must be a non-empty string or an integer, not {doc_id!r:.40}', source=where)
    return BareSentence(str(doc_id), text, where, warnings)


def _kind(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "a string", bool: "a boolean", type(None): "null",
            int: "a number", float: "a number"}.get(type(value), type(value).__name__)


__all__ = ["BareSentence", "read_sentences", "sentences_of_stream"]
