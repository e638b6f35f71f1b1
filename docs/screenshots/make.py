"""Regenerate the README's screenshots of the web UI: list.png, readout.png, dyad.png, search.png.

They are the end-to-end test's own (tests/test_web_e2e.py: Debian's headless Chromium, 1280x900, on a
store of the dev corpus in ../shared): this runs that test with COMMUNIQUE_SCREENSHOTS set to this
folder, where a missing browser or web app fails instead of skipping. From the root of a clone, after
`python -m pip install -e '.[test]'`:

    python docs/screenshots/make.py
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def main() -> int:
    env = {**os.environ, "COMMUNIQUE_SCREENSHOTS": str(HERE)}
    return subprocess.call([sys.executable, "-m", "pytest", "-q", "tests/test_web_e2e.py"], cwd=ROOT, env=env)


if __name__ == "__main__":
    sys.exit(main())
