"""How much compiled rule code the stages hold: the regular expressions' program size, per module and the largest.

usage: python bench/footprint.py [--top N]

Why: extraction at the session-27 tree runs about as many machine instructions per readout as the issue-11
starting commit (f0cfbfe; cachegrind, 300 White House readouts: 8.78e9 against 8.86e9) yet a fifth slower on
the clock, and a cache simulation with a 1 MB last level misses 2.4x as often (interpreter, regex engine and
Aho-Corasick tries; `bench/RESULTS.md`, issue 11, session 27). A regular expression's program is an array the
engine walks at every position it tries, and a long alternation ("any encounter cue", "any credit line")
walks all its branches there: the sum below is memory every sentence can touch. Printed: the number of
patterns and their total size in codes (4 bytes each) per module, then the `--top` largest; patterns built
at run time from the YAML dictionaries are found in the values the modules' cached loaders return.
"""
from __future__ import annotations

import argparse
import dataclasses
import functools
import importlib
import pkgutil
import re
from collections import defaultdict
from re import _compiler, _parser  # the size of a program is not public; these are the stdlib's own compiler

import communique.lexicons
import communique.stages
from communique.pipeline import prepare_process


def program_size(pattern: re.Pattern[str]) -> int:
    """Codes in the program `re` compiles `pattern` to (its INFO block included)."""
    return len(_compiler._code(_parser.parse(pattern.pattern, pattern.flags), pattern.flags))


def patterns_in(value: object, depth: int = 0) -> list[re.Pattern[str]]:
    """The compiled patterns a loaded rule set holds: in tuples, lists, dicts and dataclasses, a few levels deep."""
    if isinstance(value, re.Pattern):
        return [value]
    if depth > 3:
        return []
    if isinstance(value, dict):
        items = list(value.values())
    elif isinstance(value, (tuple, list, frozenset, set)):
        items = list(value)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        items = [getattr(value, f.name) for f in dataclasses.fields(value)]
    else:
        return []
    return [p for item in items[:5000] for p in patterns_in(item, depth + 1)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--top", type=int, default=15)
    args = ap.parse_args()
    prepare_process()  # loads every dictionary, so the cached loaders hold their rule sets
    found: dict[int, tuple[str, str, re.Pattern[str]]] = {}
    for package in (communique.stages, communique.lexicons):
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            for name, value in vars(module).items():
                if isinstance(value, functools._lru_cache_wrapper) and value.cache_info().currsize \
                        and value.__module__ == module.__name__ and not value.__wrapped__.__code__.co_argcount:
                    value = value()  # a cached loader of no argument: its rule set
                for pattern in patterns_in(value):
                    found.setdefault(id(pattern), (info.name, name, pattern))
    per_module: dict[str, list[int]] = defaultdict(list)
    sized = sorted(((program_size(p), module, name) for module, name, p in found.values()), reverse=True)
    for size, module, _ in sized:
        per_module[module].append(size)
    total = sum(size for size, _, _ in sized)
    print(f"{len(sized)} patterns, {total:,} codes ({total * 4 / 1024:,.0f} KiB of programs)")
    for module, sizes in sorted(per_module.items(), key=lambda kv: -sum(kv[1])):
        print(f"  {module:15s} {len(sizes):4d} patterns {sum(sizes):8,} codes")
    print(f"largest {args.top}:")
    for size, module, name in sized[:args.top]:
        print(f"  {size:7,} {module}.{name}")


if __name__ == "__main__":
    main()
