"""Docs that cannot drift (sqlite-utils' test_docs): the README's first screen has exactly two shell
commands, CI runs the second one, every command is in the README and has help, and the examples in
the README and in docstrings run."""
from __future__ import annotations

import doctest
import importlib
import importlib.util
import pkgutil
import re
import shlex
import sys
import tomllib

import pytest
from typer.main import get_command
from typer.testing import CliRunner

import communique
from communique.cli import app
from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
FIRST_SCREEN = README.split("\n## ", 1)[0]
CLI = get_command(app)
COMMANDS = sorted(CLI.commands)


def _blocks(text: str) -> list[tuple[str, str]]:
    """(language, content) of each fenced code block."""
    return re.findall(r"^```(\w*)\n(.*?)^```", text, re.S | re.M)


def _readme_commands() -> tuple[str, str]:
    demo, tests = (content.strip() for _, content in _blocks(FIRST_SCREEN))
    return demo, tests


def _ci_commands() -> list[str]:
    """The commands of .ci/run's lines, without comments, redirections and pipes."""
    lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    return [re.split(r"\s+(?:\||2>&1|>|<)", line.strip())[0] for line in lines
            if line.strip() and not line.lstrip().startswith("#")]


def test_first_screen_says_what_it_is_then_gives_exactly_two_commands():
    assert len(FIRST_SCREEN.splitlines()) <= 30, "the first screen must fit on a screen"
    blocks = _blocks(FIRST_SCREEN)
    assert [lang for lang, _ in blocks] == ["bash", "bash"], "exactly two shell blocks, nothing else fenced"
    assert all(len(content.strip().splitlines()) == 1 for _, content in blocks), "one command each"
    assert FIRST_SCREEN.index("readout") < FIRST_SCREEN.index("```"), "what communique is comes first"
    demo, tests = _readme_commands()
    assert demo.startswith("python -m pip install -e . &&") and demo.endswith("communique demo")
    assert tests.startswith("python -m pip install -e '.[test]' &&") and "pytest" in tests


def test_ci_runs_the_readme_test_command_word_for_word():
    install, test_command = (part.strip() for part in _readme_commands()[1].split("&&"))
    ci = _ci_commands()
    assert install in ci and test_command in ci
    assert ci.index(install) < ci.index(test_command)


def test_the_readme_installs_an_extra_that_exists():
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    install = _readme_commands()[1].split("&&")[0]
    wanted = re.fullmatch(r"\.\[(\w+)\]", shlex.split(install)[-1])[1]
    assert any(dep.startswith("pytest") for dep in extras[wanted])


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_is_in_the_readme_and_has_help(command):
    assert f"communique {command}" in README
    assert CLI.commands[command].help, "a docstring, shown by --help"
    result = CliRunner().invoke(app, [command, "--help"])
    assert result.exit_code == 0, result.output
    # what to give, in words (PATH, DB, N, FILE), never a Python annotation ("<list[Path]>", "<bool>")
    assert not re.search(r"<(?:str|int|float|bool|path|list)\b", result.output), result.output


def test_the_app_has_help():
    result = CliRunner().invoke(app, ["--help"])
    assert result.exit_code == 0 and all(command in result.output for command in COMMANDS)


def test_readme_console_examples_are_what_the_commands_print():
    """Every `$` example of the README, run in order (~75 s: two of them read the 1,846 bulk
    readouts); scripts/readme_examples.py --write regenerates the ones that drifted."""
    if not (ROOT.parent / "shared" / "corpus" / "bulk").is_dir():
        pytest.skip("../shared/corpus/bulk is not beside the clone")
    spec = importlib.util.spec_from_file_location("readme_examples", ROOT / "scripts" / "readme_examples.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks itself up there
    spec.loader.exec_module(module)
    problems = module.check()
    assert not problems, "\n".join(problems) + "\nrun: python scripts/readme_examples.py --write"


def test_readme_python_session_runs():
    sessions = [content for lang, content in _blocks(README) if lang == "python" and ">>>" in content]
    assert sessions
    for number, session in enumerate(sessions):
        test = doctest.DocTestParser().get_doctest(session, {}, f"README.md python block {number}", "README.md", 0)
        runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
        runner.run(test)
        assert runner.summarize(verbose=False).failed == 0


def _modules() -> list[str]:
    return sorted(m.name for m in pkgutil.walk_packages(communique.__path__, "communique.")
                  if not m.name.endswith("__main__"))


@pytest.mark.parametrize("module", _modules())
def test_docstring_examples_run(module):
    """Docstrings carry runnable examples with their real output (STYLE.md 15); keep them true."""
    result = doctest.testmod(importlib.import_module(module), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0


def test_every_module_a_test_may_skip_without_is_installed_by_the_test_extra():
    """A test that `importorskip`s a module the test install lacks never runs (the duckdb tests did
    not): every such module is a dependency or in the `test` extra of pyproject.toml."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = project["dependencies"] + project["optional-dependencies"]["test"]
    names = {re.split(r"[\[<>=!~ ]", d, maxsplit=1)[0].lower().replace("-", "_") for d in declared}
    names |= {extra for d in declared for group in re.findall(r"\[([\w,]+)\]", d) for extra in group.split(",")}
    # ("dask[distributed]" installs distributed)
    skipped = {m for path in (ROOT / "tests").glob("*.py")
               for m in re.findall(r'importorskip\("(\w+)"\)', path.read_text(encoding="utf-8"))}
    assert skipped and skipped <= names, skipped - names
