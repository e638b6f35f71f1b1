"""CLI commands of the export layer, registered on the main app by `register(app)` (called at the end of
`cli.py`, so the shared helpers there — `_output`, `_Failures`, `DB` ... — can be used through
`from communique import cli as base` inside the command functions)."""
from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add this layer's commands to `app`."""
