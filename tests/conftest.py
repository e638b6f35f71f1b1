"""Shared fixtures: the dev corpus and gold beside the repo (../shared), read-only."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEV = SHARED / "corpus" / "dev"
GOLD = SHARED / "gold"
DATA = Path(__file__).parent / "data"

needs_shared = pytest.mark.skipif(not GOLD.is_dir(), reason="../shared (dev corpus + gold) not beside the repo")


def dev_texts() -> dict[str, tuple[str, dict]]:
    """doc_id -> (text, metadata) for every dev readout."""
    out: dict[str, tuple[str, dict]] = {}
    for line in (DEV / "whitehouse.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        out[rec["id"]] = (rec["text"], rec)
    for path in DEV.glob("*.txt"):
        out[path.stem] = (path.read_text(encoding="utf-8"), {})
    return out


def gold_records() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD.glob("*.json"))]


@pytest.fixture(scope="session")
def dev():
    if not DEV.is_dir():
        pytest.skip("../shared not beside the repo")
    return dev_texts()


@pytest.fixture(scope="session")
def dev_db(tmp_path_factory) -> Path:
    """A store of the dev corpus, ingested once per session through the CLI. Read it as it is;
    copy it (`shutil.copy`) before writing to it."""
    if not DEV.is_dir():
        pytest.skip("../shared not beside the repo")
    from communique.cli import main

    path = tmp_path_factory.mktemp("dev-store") / "dev.db"
    assert main(["ingest", str(DEV), "--db", str(path)]) == 0
    return path
