"""Run the README's console examples and compare (or rewrite) the output they show.

usage: python scripts/readme_examples.py [--write] [--only TEXT]

Every `$ ...` line of a ```console block is run with bash, in order, in one scratch directory
where `../shared` and `tests/` are the repository's (so `readouts.db` made by one example is there
for the next), with COLUMNS=100 so tables have the width they have in the README. Its stdout and
stderr, together, must be the lines shown under it, except that a line `...` stands for any lines.
Without `--write` the differences are printed and the exit code is 1 when there are any
(tests/test_docs.py runs this); with `--write` the README is rewritten with the real output (the
`...` elisions kept where they still fit), so the examples are regenerated, never typed.

Not run, and left as written: examples that need what a test machine lacks (a PostgreSQL server
given by URL, a `dask scheduler` started in the background, paths under `$PWD` of that session).
A file an example `cat`s that does not exist is first written with the lines shown (the input it
documents); `FIXTURES` holds the few bad inputs the error example names.
"""
from __future__ import annotations

import argparse
import os
import re
import shlex
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
SKIP = re.compile(r"postgresql://|dask scheduler|--scheduler tcp://|\$PWD")
ELIDED = "..."
FIXTURES = {"empty.txt": b"", "scan.png.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(16)}
COLUMNS = 100
TIMEOUT = 300


@dataclass
class Example:
    command: str
    shown: list[str]
    line: int  # README line of the `$`
    end: int  # README line after its output (exclusive, 0-based index into the lines)
    start_output: int = 0
    actual: list[str] = field(default_factory=list)

    @property
    def skipped(self) -> bool:
        return bool(SKIP.search(self.command))


def examples(lines: list[str]) -> list[Example]:
    """Every `$` command of the console blocks, with the output lines shown under it."""
    found: list[Example] = []
    inside = False
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("```"):
            inside = line.strip() == "```console"
            i += 1
            continue
        if inside and line.startswith("$ "):
            start, command = i, line[2:]
            while not _complete(command) and i + 1 < len(lines):
                i += 1
                command += "\n" + lines[i]
            i += 1
            output_start = i
            while i < len(lines) and not lines[i].startswith(("$ ", "```")):
                i += 1
            found.append(Example(command, lines[output_start:i], start + 1, i, output_start))
            continue
        i += 1
    return found


def _complete(command: str) -> bool:
    try:
        shlex.split(command)
    except ValueError:  # an open quote: the command goes on on the next line
        return False
    return True


def run(example: Example, cwd: Path) -> list[str]:
    env = {**os.environ, "COLUMNS": str(COLUMNS), "NO_COLOR": "1", "TERM": "dumb", "PYTHONHASHSEED": "0",
           # the `communique` and `python` of the interpreter running this, venv activated or not
           "PATH": os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])}
    env.pop("COMMUNIQUE_DB", None)
    done = subprocess.run(["bash", "-c", example.command], cwd=cwd, env=env, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, timeout=TIMEOUT, check=False)
    text = done.stdout.decode("utf-8", "replace")
    return [line.rstrip() for line in text.rstrip("\n").split("\n")] if text.strip() else []


def matches(shown: list[str], actual: list[str]) -> bool:
    """Whether `actual` is what `shown` shows, `...` standing for any lines (trailing blanks aside)."""
    pattern = "".join("(?:.*\n)*?" if s.strip() == ELIDED else re.escape(s.rstrip()) + "\n" for s in shown)
    return re.fullmatch(pattern, "".join(a + "\n" for a in actual)) is not None


def rewritten(shown: list[str], actual: list[str]) -> list[str]:
    """The real output, elided as the README elided it: the lines before its first `...` are the real
    ones at that place; after it, the real lines that the README also showed are kept (they were
    chosen to illustrate), and `...` stands for the runs of others."""
    marks = [s.strip() == ELIDED for s in shown]
    if not any(marks):
        return actual
    head = marks.index(True)
    chosen = {s.rstrip() for s, mark in zip(shown[head:], marks[head:]) if not mark and s.strip()}
    out, skipped = actual[:head], False
    for line in actual[head:]:
        if line in chosen:
            out += [ELIDED, line] if skipped else [line]
            skipped = False
        else:
            skipped = True
    return out + [ELIDED] if skipped else out


def scratch(tmp: Path) -> Path:
    """A working directory where `../shared` and `tests/` are the repository's, with the fixtures."""
    work = tmp / "work"
    work.mkdir()
    shared = ROOT.parent / "shared"
    (tmp / "shared").symlink_to(shared)
    (work / "tests").symlink_to(ROOT / "tests")
    for name, data in FIXTURES.items():
        (work / name).write_bytes(data)
    return work


def check(*, write: bool = False, only: str | None = None) -> list[str]:
    """Run the examples; the differences found (each a few lines of text), after writing them if asked."""
    lines = README.read_text(encoding="utf-8").split("\n")
    found = examples(lines)
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="communique-readme-") as tmp:
        work = scratch(Path(tmp))
        for ex in found:
            if ex.skipped or (only and only not in ex.command):
                continue
            cat = re.fullmatch(r"cat (\S+)", ex.command)
            if cat and not (work / cat[1]).exists():  # the input the example documents
                (work / cat[1]).write_text("\n".join(ex.shown) + "\n", encoding="utf-8")
            ex.actual = run(ex, work)
            if not matches(ex.shown, ex.actual):
                problems.append(f"README.md:{ex.line}: $ {ex.command.splitlines()[0][:100]}\n"
                                + "".join(f"  shown:  {s}\n" for s in ex.shown[:12])
                                + "".join(f"  actual: {a}\n" for a in ex.actual[:12]))
    if write and problems:
        for ex in reversed(found):  # from the end, so earlier line numbers stay right
            if ex.actual and not matches(ex.shown, ex.actual):
                lines[ex.start_output:ex.end] = rewritten(ex.shown, ex.actual)
        README.write_text("\n".join(lines), encoding="utf-8")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help="rewrite the README with the real output")
    parser.add_argument("--only", help="run only the examples whose command holds this text")
    args = parser.parse_args()
    problems = check(write=args.write, only=args.only)
    for problem in problems:
        print(problem)
    print(f"{len(problems)} example(s) differ" + (" (README rewritten)" if args.write and problems else ""))
    return 1 if problems and not args.write else 0


if __name__ == "__main__":
    sys.exit(main())
