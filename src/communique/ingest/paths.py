"""What the user named (files, directories, glob patterns) to the files to read, in a stable order.

- A file named outright is read whatever its extension (the content is sniffed when the
  extension says nothing).
- A directory is walked recursively for the extensions in `WALKED`, and for them gzipped
  (`.jsonl.gz`, `.txt.gz`, ...); hidden files and directories (".git", ".DS_Store") are skipped. `.json` is not walked: beside a corpus it is usually gold
  annotations or configuration, so name a `.json` file (or glob it) to read it.
- A path that does not exist but holds `*`, `?` or `[` is a glob pattern (`**` recurses), for
  shells that leave patterns alone and for Windows; matched files are read as if named, matched
  directories are walked. Hidden names match only when the pattern spells the dot.
Each argument's files come in sorted order (by path components), arguments in the order given,
and a file reached twice is read once. The argument "-" is standard input.
Each file comes with the id its documents are named from (`Found.stem`): its stem when named or
matched, its path below the directory when walked (`walked_stem`; see `ingest.identity`).
"""
from __future__ import annotations

import glob
import json
import os
import re
from pathlib import Path
from typing import Iterator, NamedTuple, Sequence

from communique.errors import InputError, MissingInput

KINDS = {
    ".txt": "text", ".text": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".json": "json",
}
WALKED = frozenset(ext for ext, kind in KINDS.items() if kind != "json")
_GLOB_CHARS = frozenset("*?[")
STDIN = "-"  # the argument that means standard input; a file called "-" is "./-"
_HTML = re.compile(r"<(?:!doctype\s+html|html|head|body|meta|title|article|div|p)\b", re.IGNORECASE)


GZIP = ".gz"


def kind_of(name: str | Path) -> str | None:
    """'text', 'html', 'jsonl', 'json' by extension (a gzipped file by the one before `.gz`), or None
    (sniff the content).

    >>> kind_of("a.jsonl"), kind_of("a.jsonl.gz"), kind_of("a.gz")
    ('jsonl', 'jsonl', None)
    """
    path = Path(name)
    if is_gzip(path):
        path = Path(path.stem)
    return KINDS.get(path.suffix.lower())


def is_gzip(name: str | Path) -> bool:
    return Path(name).suffix.lower() == GZIP


def stem_of(name: str | Path) -> str:
    """The file name without its extension, and without `.gz` first: `a.jsonl.gz` gives ids `a-1`, ...

    >>> stem_of("dir/a.jsonl.gz"), stem_of("a.txt")
    ('a', 'a')
    """
    path = Path(name)
    return Path(path.stem).stem if is_gzip(path) else path.stem


def walked_stem(path: Path, root: Path) -> str:
    """The id of a file found by walking `root`: its path below `root`, `/`-separated, no extension.

    >>> walked_stem(Path("corpus/chn/2022-04-14.txt"), Path("corpus")), walked_stem(Path("c/a.jsonl.gz"), Path("c"))
    ('chn/2022-04-14', 'a')
    """
    relative = path.relative_to(root)
    return "/".join((*relative.parent.parts, stem_of(relative.name)))


class Found(NamedTuple):
    """A file to read, and the id its documents are named from."""

    path: Path
    stem: str


def sniff_kind(text: str) -> str:
    """The kind of a decoded text whose name says nothing (stdin, a file without extension).

    >>> sniff_kind('<!DOCTYPE html><html>...'), sniff_kind('{"text": "..."}'), sniff_kind("On May 2, ...")
    ('html', 'jsonl', 'text')
    """
    head = text.lstrip()[:2048]
    if _HTML.match(head):
        return "html"
    if head.startswith("["):
        return "json"
    if head.startswith("{"):
        try:
            json.loads(head.split("\n", 1)[0])
        except ValueError:  # the first line is not a whole object: one pretty-printed object
            return "json"
        return "jsonl"
    return "text"


def expand(paths: Sequence[str | Path]) -> Iterator[Found | str | InputError]:
    """Files to read (`STDIN` for "-"), and a `MissingInput` for each argument that names nothing.

    A file named outright (or matched by a pattern) is named by its stem; one found by walking a
    directory by its path below it (`walked_stem`), so `chn/a.txt` and `vnm/a.txt` differ.
    """
    seen: set[Path] = set()
    for arg in paths:
        if isinstance(arg, str) and arg == STDIN:
            yield STDIN
            continue
        for item in _expand_one(arg):
            if isinstance(item, Found):
                key = resolved(item.path)
                if key in seen:
                    continue
                seen.add(key)
            yield item


def _expand_one(arg: str | Path) -> Iterator[Found | InputError]:
    path = Path(arg)
    if path.exists() or path.is_symlink():
        roots = [path]
    elif _GLOB_CHARS & set(str(arg)):
        roots = [Path(m) for m in sorted(glob.glob(str(arg), recursive=True))]
        if not roots:
            yield MissingInput("no file matches this pattern", source=str(arg))
            return
    else:
        yield MissingInput("no such file or directory; check the path", source=str(arg))
        return
    for root in roots:
        yield from (_walk(root) if root.is_dir() else [Found(root, stem_of(root))])


def _walk(root: Path) -> Iterator[Found | InputError]:
    errors: list[InputError] = []

    def on_error(exc: OSError) -> None:
        errors.append(InputError(f"cannot list directory: {exc.strerror or exc}", source=exc.filename or str(root)))

    found: list[Path] = []
    for folder, dirs, files in os.walk(root, onerror=on_error):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found += [Path(folder, f) for f in files if not f.startswith(".") and _walked(f)]
    yield from errors
    for path in sorted(found, key=lambda p: p.relative_to(root).parts):
        yield Found(path, walked_stem(path, root))


def _walked(name: str) -> bool:
    path = Path(name)
    return (Path(path.stem) if is_gzip(path) else path).suffix.lower() in WALKED


def resolved(path: Path) -> Path:
    """The file a path names, links resolved: what tells two spellings of one file apart from two files."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a symlink loop: fall back to the spelling
        return path.absolute()
