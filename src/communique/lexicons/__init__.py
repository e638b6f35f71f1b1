"""Loaders for the dictionaries under this folder.

Every file starts with a `#` comment header giving its source, licence and rules; the loaders skip
it, check each row, and raise `LexiconError` with `file:line` so an analyst who extends a file knows
exactly what to fix (dateparser's data + integrity tests).
"""
from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

from communique.errors import LexiconError


def path_of(name: str):
    return resources.files(__package__).joinpath(name)


def read_text(name: str) -> str:
    try:
        return path_of(name).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise LexiconError("lexicon file not found", source=name) from exc


@cache
def load_yaml(name: str) -> Any:
    try:
        return yaml.safe_load(read_text(name))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{name}:{mark.line + 1}" if mark else name
        raise LexiconError(f"invalid YAML: {getattr(exc, 'problem', exc)}", source=where) from exc


@cache
def load_tsv(name: str, columns: tuple[str, ...]) -> tuple[tuple[int, dict[str, str]], ...]:
    """Rows of a TSV as (line number, {column: value}); the first non-comment line is the header.

    Trailing empty cells may be omitted; a row with more cells than the header is an error.
    """
    rows: list[tuple[int, dict[str, str]]] = []
    header: list[str] | None = None
    for lineno, line in enumerate(read_text(name).splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if header is None:
            header = cells
            missing = set(columns) - set(header)
            if missing:
                raise LexiconError(f"header lacks columns {sorted(missing)}", source=f"{name}:{lineno}")
            continue
        if len(cells) > len(header):
            raise LexiconError(f"{len(cells)} cells for {len(header)} columns", source=f"{name}:{lineno}")
        cells += [""] * (len(header) - len(cells))
        rows.append((lineno, dict(zip(header, cells))))
    return tuple(rows)
