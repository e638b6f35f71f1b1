"""Extraction speed of the working tree against an earlier commit, in one process, interleaved.

usage: python bench/versus.py --base COMMIT [--corpus PATH] [--docs N] [--batch B] [--rounds R]

Two runs of `bench/extract.py` minutes apart differ by more than a change is worth on a shared
machine (its speed drifts by 20% and more). So both versions run in this one process: the base
commit's `src/communique` is taken with `git archive` into a temporary folder and imported as the
package `communique_base` (its own name rewritten), and the two extract the same documents batch
by batch, base then tree, so that each pair of batches sees the same machine. Printed: docs/s of
each over all batches, and the median and range of the per-batch speed ratio tree/base (above 1:
the tree is faster). Documents are read before timing; only `extract_document` is timed.
"""
from __future__ import annotations

import argparse
import importlib
import re
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from itertools import islice
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT = REPO.parent / "shared" / "corpus" / "bulk" / "whitehouse-readouts.jsonl"
# the package's own name in imports and in the dotted names of resources ("communique.lexicons"),
# not every word "communique" of a docstring or a codec name
_NAME = re.compile(r"(?<=\bfrom )communique\b(?!_)|(?<=\bimport )communique\b(?!_)|(?<=[\"'])communique(?=[\"'.])")


def base_package(commit: str, into: Path) -> None:
    """`src/communique` of `commit` unpacked under `into` as the package `communique_base`."""
    archive = subprocess.run(["git", "-C", str(REPO), "archive", "--format=tar", commit, "src/communique"],
                             check=True, capture_output=True).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        try:
            tar.extractall(into, filter="data")  # our own repository's files; the filter from Python 3.11.4
        except TypeError:
            tar.extractall(into)
    package = into / "communique_base"
    (into / "src" / "communique").rename(package)
    for path in package.rglob("*.py"):
        path.write_text(_NAME.sub("communique_base", path.read_text(encoding="utf-8")), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", required=True, help="the commit to compare with (e.g. an issue's starting commit)")
    parser.add_argument("--corpus", default=str(DEFAULT))
    parser.add_argument("--docs", type=int, default=1800, help="documents a round (default 1800)")
    parser.add_argument("--batch", type=int, default=300, help="documents a timed batch (default 300)")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        base_package(args.base, Path(tmp))
        sys.path.insert(0, tmp)
        versions = []
        for name in ("communique_base", "communique"):
            pipeline, ingest = (importlib.import_module(f"{name}.{m}") for m in ("pipeline", "ingest"))
            for doc in islice(ingest.read_paths([args.corpus]), 50):  # warm-up: lexicons compiled, caches filled
                if hasattr(doc, "text"):
                    pipeline.extract_document(doc)
            versions.append((pipeline.extract_document, ingest.read_paths))
        ratios, times, done = [], [0.0, 0.0], 0
        for round_ in range(args.rounds):
            for n, offset in enumerate(range(0, args.docs, args.batch)):
                took = [0.0, 0.0]
                order = (0, 1) if (round_ + n) % 2 == 0 else (1, 0)  # each goes first half the time
                for k in order:
                    extract, read_paths = versions[k]
                    batch = [d for d in islice(read_paths([args.corpus]), offset, offset + args.batch)
                             if hasattr(d, "text")]  # fresh documents: the pipeline fills them in
                    start = time.perf_counter()
                    for doc in batch:
                        extract(doc)
                    took[k] = time.perf_counter() - start
                    times[k] += took[k]
                if not batch:
                    break  # the corpus has fewer documents than --docs
                ratios.append(took[0] / took[1])
                done += len(batch)
        print(f"corpus {args.corpus}, {len(ratios)} batches of {args.batch} documents, base {args.base}")
        print(f"base {done / times[0]:,.0f} docs/s, tree {done / times[1]:,.0f} docs/s")
        print(f"speed ratio tree/base: median {statistics.median(ratios):.3f} "
              f"(min {min(ratios):.3f}, max {max(ratios):.3f}); above 1 the tree is faster")
    return 0


if __name__ == "__main__":
    sys.exit(main())
