"""Docs that cannot drift (sqlite-utils' test_docs): the README shows every command, its first
screen has exactly two shell commands, and CI runs the README's test command."""
from __future__ import annotations

import re

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from communique.cli import app
from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(get_command(app).commands)


def _shell_blocks(text: str) -> list[str]:
    return re.findall(r"```bash\n(.*?)```", text, re.S)


def test_first_screen_has_exactly_two_commands():
    first_screen = README.split("## ", 1)[0]
    blocks = [b.strip() for b in _shell_blocks(first_screen)]
    assert len(blocks) == 2 and all(len(b.splitlines()) == 1 for b in blocks)
    assert "communique demo" in blocks[0]


def test_ci_runs_the_readme_test_command():
    test_command = _shell_blocks(README)[1].strip().split("&&", 1)[1].strip()
    assert test_command in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_is_documented_and_has_help(command):
    assert f"communique {command}" in README
    result = CliRunner().invoke(app, [command, "--help"])
    assert result.exit_code == 0, result.output


def _modules() -> list[str]:
    import pkgutil

    import communique

    return sorted(m.name for m in pkgutil.walk_packages(communique.__path__, "communique.")
                  if not m.name.endswith("__main__"))


@pytest.mark.parametrize("module", _modules())
def test_docstring_examples_run(module):
    """Docstrings carry runnable examples with their real output (STYLE.md 15); keep them true."""
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(module), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
