"""Bytes in, `Document`s out: plain text, HTML pages and JSON records, with one-line errors.

Errors are *yielded*, never raised, for anything a user can get wrong (a missing path, an empty,
binary, oversized or undecodable file, a page with no article, a malformed record), so a batch
goes on and the CLI prints one line per bad input:

    for item in read_paths(["corpus/", "extra/*.html"]):
        if isinstance(item, InputError):
            print(f"communique: {item}", file=sys.stderr)   # corpus/x.bin: a PNG image, not text; ...
        else:
            ...  # a Document

Every format goes through `ingest.text.document_from_text`, so a leading `date 2021-09-12` is
split off the same way everywhere. `Document.warnings` says how a file was read when that is
worth checking (decoded as cp1252, UTF-16, a bad metadata field, a text read twice).
`Document.publisher` is `settings.publisher` when set, else looked up from the URL, else from a
record's `publisher` field (`publisher_for_name`).
A gzipped file (`a.jsonl.gz`, `a.txt.gz`) reads as the file inside it, its ids those of `a.jsonl`;
`.jsonl.gz` streams like `.jsonl`, and corrupt or truncated gzip data is one error naming the line
where reading stopped.
"""
from __future__ import annotations

import gzip
import os
import stat
import sys
import zlib
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator, Sequence

from communique.errors import InputError, MissingInput, NoArticleText, TooLarge
from communique.ingest.decode import decode
from communique.ingest.html import declared_charset, document_from_html
from communique.ingest.identity import Ledger, stdin_stem
from communique.ingest.jsonl import (
    Line, RawLine, binary_lines, decoded_lines, documents_from_json, documents_from_lines, stream_needs_whole_file,
    text_lines,
)
from communique.ingest.paths import KINDS, STDIN, expand, is_gzip, kind_of, resolved, sniff_kind, stem_of
from communique.ingest.publisher import publisher_for_url
from communique.ingest.text import document_from_text
from communique.model import Document
from communique.settings import DEFAULT, Settings

Item = Document | InputError
STDIN_NAMES = (STDIN, "<stdin>")
GZIP_ERRORS = (gzip.BadGzipFile, EOFError, zlib.error)  # not gzip; truncated; corrupt


def read_paths(paths: Sequence[str | Path], *, settings: Settings = DEFAULT) -> Iterator[Item]:
    """Documents (and errors) of every file the paths name: files, directories, glob patterns.

    See `ingest.paths` for which files a directory or pattern gives and in which order;
    "-" reads standard input. Ids follow `ingest.identity`: a second text with an id already read
    is a `DuplicateId` error, not a document.
    """
    ledger = Ledger()
    for item in expand(paths):
        if isinstance(item, InputError):
            yield item
            continue
        try:
            results = read_stdin(settings=settings) if item == STDIN else \
                read_file(item.path, settings=settings, stem=item.stem)
            for result in results:
                yield ledger.admit(result) if isinstance(result, Document) else result
        except Exception as exc:  # a bug (ours or a parser's) on one odd file must not sink a batch
            yield InputError(f"could not be read ({type(exc).__name__}: {exc}); please report this as a bug",
                             source=str(item if item == STDIN else item.path))


def count_documents(paths: Sequence[str | Path]) -> int | None:
    """About how many documents `paths` hold, counted without parsing, for a progress bar's total:
    a JSONL file's non-blank lines, one for any other file. None when standard input or a gzipped
    JSONL file would have to be read to know. Reads at disk speed (~1 GB/s), so a bar's total for a
    corpus costs a small part of extracting it.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.jsonl").write_text('{"text": "A."}\\n\\n{"text": "B."}\\n')
    >>> _ = (folder / "b.txt").write_text("Wang Yi met Bui Thanh Son.")
    >>> count_documents([folder])
    3
    """
    total = 0
    for item in expand(paths):
        if isinstance(item, InputError):
            continue
        if item == STDIN or (kind_of(item.path) == "jsonl" and is_gzip(item.path)):
            return None
        if kind_of(item.path) != "jsonl":
            total += 1
            continue
        try:
            with open(item.path, "rb") as f:
                total += sum(1 for line in f if line.strip())
        except OSError:
            continue  # reading it will say why
    return total


def read_file(path: str | Path, *, settings: Settings = DEFAULT, stem: str | None = None) -> Iterator[Item]:
    """Documents (and errors) of one file; the size is checked (stat) before a byte is read.

    `stem` names its documents (`paths.walked_stem` for a file found in a folder); default, the
    file name without its extension.

    A `.jsonl` file is streamed, and `settings.max_bytes` then limits each record, not the file.
    A gzipped file is read decompressed (for `.jsonl.gz`, streamed); `max_bytes` is checked on the
    decompressed bytes.
    """
    yield from _with_origin(_read_file(path, settings, stem), str(resolved(Path(path))))


def _read_file(path: str | Path, settings: Settings, stem: str | None) -> Iterator[Item]:
    source = str(path)
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            yield InputError("is a directory; pass it to read_paths to walk it", source=source)
            return
        regular, opener = stat.S_ISREG(info.st_mode), open_binary
        if regular and kind_of(path) == "jsonl":  # streamed: max_bytes limits each record
            with opener(path) as f:
                yield from _read_jsonl_stream(f, size=info.st_size, source=source, settings=settings,
                                              stem=stem or stem_of(path))
            return
        if regular and info.st_size > settings.max_bytes:
            yield _too_large(info.st_size, settings, source)
            return
        with opener(path) as f:
            data = f.read(settings.max_bytes + 1)  # a pipe or device has no size to stat
    except GZIP_ERRORS as exc:
        yield gzip_error(exc, source)
        return
    except OSError as exc:
        yield _os_error(exc, source)
        return
    if len(data) > settings.max_bytes:
        yield _too_large(None, settings, source)
        return
    yield from read_bytes(data, name=source, settings=settings, stem=stem)


def read_stdin(*, settings: Settings = DEFAULT) -> list[Item]:
    """Documents (and errors) of standard input, its kind sniffed from the content, named by a hash
    of its bytes (`identity.stdin_stem`)."""
    try:
        data = sys.stdin.buffer.read(settings.max_bytes + 1)
    except (OSError, ValueError) as exc:  # ValueError: stdin closed
        return [InputError(f"cannot read standard input: {exc}", source=STDIN)]
    if len(data) > settings.max_bytes:
        return [_too_large(None, settings, STDIN)]
    # its origin is its content: two different texts piped with one id are two sources
    return list(_with_origin(read_bytes(data, name=STDIN, settings=settings), stdin_stem(data)))


def read_bytes(data: bytes, *, name: str, settings: Settings = DEFAULT, kind: str | None = None,
               stem: str | None = None) -> list[Item]:
    """Documents (and errors) of the bytes of one file called `name` (for stdin: "-"), named by
    `stem` (default: the name without its extension; for stdin, a hash of the bytes).

    `kind` ('text', 'html', 'jsonl', 'json') overrides the extension of `name`; with neither, the
    content decides. Never raises for any bytes (a `kind` not in that list is a ValueError).

    >>> [d.doc_id for d in read_bytes(b'{"text": "Wang Yi met Bui Thanh Son."}\\n', name="x.jsonl")]
    ['x-1']
    """
    if kind not in (None, *KINDS.values()):
        raise ValueError(f"kind must be one of {sorted(set(KINDS.values()))}, not {kind!r}")
    if len(data) > settings.max_bytes:
        return [_too_large(len(data), settings, name)]
    kind = kind or kind_of(name)
    try:
        text, warnings = decode(data, source=name, declared=declared_charset(data) if kind in ("html", None) else None)
    except InputError as err:
        return [err]
    kind = kind or sniff_kind(text)
    stem = stem or (stdin_stem(data) if name in STDIN_NAMES else (stem_of(name) or name))
    if kind == "jsonl":
        return [_finish(item, [], settings) for item in
                documents_from_lines(text_lines(text, warnings), name=name, stem=stem, settings=settings)]
    if kind == "json":
        return [_finish(item, [], settings) for item in
                documents_from_json(text, name=name, stem=stem, settings=settings, warnings=warnings)]
    if kind == "html":
        try:
            doc = document_from_html(text, doc_id=stem, source=name, settings=settings)
        except NoArticleText as err:
            return [err]
        return [_finish(doc, warnings, settings)]
    return [_finish(document_from_text(text, doc_id=stem, source=name, settings=settings), warnings, settings)]


def _read_jsonl_stream(f: BinaryIO, *, size: int, source: str, settings: Settings, stem: str) -> Iterator[Item]:
    head = f.read(4096)
    f.seek(0)
    if stream_needs_whole_file(head):  # UTF-16 JSONL cannot be split as bytes: read it whole
        if size > settings.max_bytes:
            yield _too_large(size, settings, source)
            return
        yield from read_bytes(f.read(), name=source, settings=settings, kind="jsonl", stem=stem)
        return
    try:
        lines = binary_lines(f, name=source, settings=settings)
        for item in documents_from_lines(guard_gzip(lines, source), name=source, stem=stem, settings=settings):
            yield _finish(item, [], settings)
    except InputError as err:  # a binary file, found in its first 4 KB
        yield err


def splittable(path: str | Path, *, settings: Settings = DEFAULT) -> bool:
    """Whether a JSONL file (plain or gzipped) can be read in slices that give what `read_file` gives:
    UTF-8 (or cp1252) and not binary, with a good record before `read_file` would give up on it.
    Otherwise it is read whole, and its one error or few records come from `read_file`."""
    source = str(path)
    try:
        with open_binary(path) as f:
            if stream_needs_whole_file(f.read(4096)):
                return False
            lines = binary_lines(f, name=source, settings=settings)
            items = documents_from_lines(lines, name=source, stem=stem_of(source), settings=settings)
            return any(isinstance(item, Document) for item in items)  # stops at the first good record
    except (InputError, OSError, *GZIP_ERRORS):
        return False


def read_jsonl_slice(path: str | Path, *, start: int, stop: int | None, lineno: int,
                     settings: Settings = DEFAULT, stem: str | None = None) -> Iterator[Item]:
    """Documents (and errors) of the lines of a plain, `splittable` JSONL file that begin at byte
    offsets `start` to `stop` (None: the end), the first being line `lineno + 1`: what `read_file`
    gives for those lines, for a worker that reads one slice of a big file (`communique.scale`)."""
    source = str(path)
    try:
        with open(path, "rb") as f:
            lines = binary_lines(f, name=source, settings=settings, start=start, stop=stop, lineno=lineno)
            items = _slice(lines, source, settings, stem or stem_of(source))
            yield from _with_origin(items, str(resolved(Path(path))))
    except InputError as err:  # a binary head (the planner checked it; the file may have changed since)
        yield err
    except OSError as exc:
        yield _os_error(exc, source)


def read_jsonl_lines(raws: Iterable[RawLine], *, name: str, settings: Settings = DEFAULT,
                     stem: str | None = None) -> Iterator[Item]:
    """The same for lines already read (`jsonl.raw_lines`): a slice of a gzipped file, which cannot
    be entered in the middle, is read by the planner and handed over."""
    yield from _with_origin(_slice(decoded_lines(raws, name=name, settings=settings), name, settings,
                                   stem or stem_of(name)), str(resolved(Path(name))))


def _slice(lines: Iterable[Line | InputError], source: str, settings: Settings, stem: str) -> Iterator[Item]:
    items = documents_from_lines(lines, name=source, stem=stem, settings=settings, file_checks=False)
    for item in items:
        yield _finish(item, [], settings)


def open_binary(path: str | Path) -> BinaryIO:
    """The file's bytes, decompressed when its name ends in `.gz`."""
    return gzip.open(path, "rb") if is_gzip(path) else open(path, "rb")  # type: ignore[return-value]


def guard_gzip(lines: Iterable[Line | InputError], source: str) -> Iterator[Line | InputError]:
    """Pass `lines` on; corrupt or truncated gzip data ends them with one error at the line it hit."""
    lineno = 0
    try:
        for item in lines:
            lineno = item[0] if isinstance(item, tuple) else lineno
            yield item
    except GZIP_ERRORS as exc:
        yield gzip_error(exc, f"{source}:{lineno + 1}", after=lineno)


def gzip_error(exc: BaseException, source: str, *, after: int = 0) -> InputError:
    what = "is not gzip data" if isinstance(exc, gzip.BadGzipFile) else "gzip data is corrupt or truncated"
    kept = f"; the {after:,} lines before were read" if after else ""
    reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return InputError(f"{what} ({reason}){kept}; check the download, or drop .gz from the name of a plain "
                      "file", source=source)


def _with_origin(items: Iterable[Item], origin: str) -> Iterator[Item]:
    """The items, each document's `origin` set: one file's records share it."""
    for item in items:
        if isinstance(item, Document):
            item.origin = origin
        yield item


def _finish(item: Item, warnings: list[str], settings: Settings) -> Item:
    if isinstance(item, Document) and len(item.text) > settings.max_text_chars:
        return TooLarge(f"text is {len(item.text):,} characters, over max_text_chars ({settings.max_text_chars:,}); "
                        "split it into its releases", source=item.source or item.doc_id)
    if isinstance(item, Document):
        item.warnings[:0] = warnings
        if settings.publisher is None and item.url:
            item.publisher = publisher_for_url(item.url) or item.publisher
    return item


def _too_large(size: int | None, settings: Settings, source: str) -> TooLarge:
    what = f"{size:,} bytes, over" if size is not None else "over"
    return TooLarge(f"{what} max_bytes ({settings.max_bytes:,} bytes); split the file or raise max_bytes",
                    source=source)


def _os_error(exc: OSError, source: str) -> InputError:
    if isinstance(exc, FileNotFoundError):
        return MissingInput("no such file or directory (or a broken link); check the path", source=source)
    if isinstance(exc, PermissionError):
        return InputError("permission denied; check the file's permissions", source=source)
    if isinstance(exc, IsADirectoryError):
        return InputError("is a directory; pass it to read_paths to walk it", source=source)
    return InputError(f"cannot read: {exc.strerror or exc}", source=source)


__all__ = ["GZIP_ERRORS", "count_documents", "decode", "gzip_error", "open_binary", "publisher_for_url", "read_bytes", "read_file",
           "read_jsonl_lines", "read_jsonl_slice", "read_paths", "read_stdin", "splittable"]
