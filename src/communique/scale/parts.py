"""Partitions of an input: what one worker reads, in the order `read_paths` reads it.

`plan(paths)` walks the arguments as `read_paths` does (`ingest.paths.expand`) and cuts them into
parts of about `size` documents: a run of whole files (`Files`), or `size` lines of a JSONL file
(`Slice`: byte offsets the worker seeks to, so one big file is still parallel). A gzipped JSONL file
cannot be entered in the middle, so the planner reads it and hands each part its lines (`Lines`);
the alternative, each worker decompressing from the start, costs time quadratic in the file.
Each part's `read()` gives exactly the documents and errors `read_paths` gives for the same lines
(`ingest.read_jsonl_slice`), so a parallel run equals the serial one. The planner streams: it holds
one line, or one part's lines for gzip, never a file.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "calls.jsonl").write_text('{"text": "Wang Yi met Bui Thanh Son."}\\n' * 5)
>>> parts = list(plan([folder], size=2))
>>> [(p.start, p.stop, p.lineno) for p in parts]
[(0, 78, 0), (78, 156, 2), (156, None, 4)]
>>> [d.doc_id for d in parts[1].read()]
['calls-3', 'calls-4']
"""
from __future__ import annotations

import os
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from communique.errors import InputError
from communique.ingest import (
    GZIP_ERRORS, Item, gzip_error, open_binary, read_file, read_jsonl_lines, read_jsonl_slice, splittable,
)
from communique.ingest.jsonl import RawLine, raw_lines
from communique.ingest.paths import STDIN, Found, expand, is_gzip, kind_of
from communique.settings import DEFAULT, Settings

PARTITION_SIZE = 250  # documents (or JSONL lines) a part: ~1 s of work, small enough to balance 2-64 workers


@dataclass(frozen=True, slots=True)
class Files:
    """Whole files, read as `read_file` reads them: (path, the id its documents are named from)."""

    files: tuple[tuple[str, str], ...]

    def read(self, settings: Settings = DEFAULT) -> Iterator[Item]:
        for path, stem in self.files:
            yield from read_file(path, settings=settings, stem=stem)


@dataclass(frozen=True, slots=True)
class Slice:
    """The lines of a plain JSONL file beginning at byte offsets `start` to `stop`; the first is line
    `lineno + 1`."""

    path: str
    stem: str
    start: int
    stop: int | None
    lineno: int

    def read(self, settings: Settings = DEFAULT) -> Iterator[Item]:
        return read_jsonl_slice(self.path, start=self.start, stop=self.stop, lineno=self.lineno, settings=settings,
                                stem=self.stem)


@dataclass(frozen=True, slots=True)
class Lines:
    """Lines of a gzipped JSONL file, read by the planner."""

    path: str
    stem: str
    lines: tuple[RawLine, ...]

    def read(self, settings: Settings = DEFAULT) -> Iterator[Item]:
        return read_jsonl_lines(self.lines, name=self.path, settings=settings, stem=self.stem)


Part = Files | Slice | Lines


def plan(paths: Sequence[str | os.PathLike[str]], *, size: int = PARTITION_SIZE,
         settings: Settings = DEFAULT) -> Iterator[Part | InputError]:
    """The parts of `paths` in reading order, and an error for each argument that names nothing.

    Standard input cannot be shared out; it is an error here (save it to a file first).
    """
    batch: list[tuple[str, str]] = []
    for item in expand([p if isinstance(p, str) else os.fspath(p) for p in paths]):
        if isinstance(item, Found) and not _jsonl(item.path, settings):
            batch.append((str(item.path), item.stem))
            if len(batch) == size:
                yield Files(tuple(batch))
                batch = []
            continue
        if batch:
            yield Files(tuple(batch))
            batch = []
        yield from _parts_of(item, size, settings)
    if batch:
        yield Files(tuple(batch))


def _parts_of(item: Found | str | InputError, size: int, settings: Settings) -> Iterator[Part | InputError]:
    if isinstance(item, InputError):
        yield item
    elif not isinstance(item, Found):
        yield InputError("standard input cannot be shared out among workers; save it to a file and name that",
                         source=STDIN)
    elif is_gzip(item.path):
        yield from _gzip_parts(str(item.path), item.stem, size, settings)
    else:
        yield from _slices(str(item.path), item.stem, size, settings)


def _jsonl(path: Path | str, settings: Settings) -> bool:
    """A JSONL file to split: a regular file whose records can be read from the middle."""
    try:
        regular = stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False  # read_file reports it
    return regular and kind_of(path) == "jsonl" and splittable(path, settings=settings)


def _slices(path: str, stem: str, size: int, settings: Settings) -> Iterator[Slice]:
    begin = first = count = 0
    with open(path, "rb") as f:
        for lineno, offset, _raw in raw_lines(f, limit=settings.max_bytes):
            if count == size:
                yield Slice(path, stem, begin, offset, first)
                begin, first, count = offset, lineno - 1, 0
            count += 1
    if count:
        yield Slice(path, stem, begin, None, first)


def _gzip_parts(path: str, stem: str, size: int, settings: Settings) -> Iterator[Lines | InputError]:
    lines: list[RawLine] = []
    lineno = 0
    try:
        with open_binary(path) as f:
            for line in raw_lines(f, limit=settings.max_bytes):
                lineno = line[0] if line[2] is not None else lineno  # as `ingest.guard_gzip` counts
                lines.append(line)
                if len(lines) == size:
                    yield Lines(path, stem, tuple(lines))
                    lines = []
    except GZIP_ERRORS as exc:  # as `read_file` says it: after the lines read so far
        if lines:
            yield Lines(path, stem, tuple(lines))
        yield gzip_error(exc, f"{path}:{lineno + 1}", after=lineno)
        return
    if lines:
        yield Lines(path, stem, tuple(lines))


__all__ = ["Files", "Lines", "PARTITION_SIZE", "Part", "Slice", "plan"]
