"""Scale-out in one run: docs/s serial and with 2 local workers, store rows/s, peak memory 10k vs 100k.

usage: python bench/scale.py [--docs N] [--small N] [--large N] [--pg URL] [--skip-memory]

1. **Throughput**: N generated readouts (default 4,000) through `extract_many` in one process, each
   made into its JSONL line as `communique extract` does (the baseline), then through
   `scale.extract_parallel(jobs=2, convert=json_line)` (a process pool, what `--jobs 2` runs) and
   `scale.extract_to_parquet(..., scheduler="local", jobs=2)` (a Dask LocalCluster of 2 workers
   writing partitioned Parquet); each printed as docs/s and as a ratio to the baseline.
2. **Storing**: the extracted readouts written with `Store.put_many` into SQLite (and PostgreSQL
   with `--pg URL` or `COMMUNIQUE_TEST_PG_URL`), as statement rows/s.
3. **Memory**: `communique extract FILE.jsonl` streaming `--small` (10,000) and then `--large`
   (100,000) generated readouts to /dev/null, each in a fresh process; peak RSS of each and their
   ratio (flat streaming keeps it near 1).

The readouts are generated, not copied: each is a lead sentence of a dev readout with its
participants, date and encounter, followed by 8-16 statements drawn at random from all the dev
readouts' sentences (so every stage meets the genre's words, attribution cues and event cues).

Targets (issue 6): 2 workers >= 1.7x serial; peak RSS at 100k within 1.2x of 10k; SQLite storing
>= 20,000 statement rows/s.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "corpus" / "dev"
TARGETS = {"workers": 1.7, "rss": 1.2, "sqlite_rows": 20_000}


def material() -> tuple[list[str], list[str]]:
    """(lead sentences, body sentences) of the dev corpus."""
    from communique.ingest import read_paths
    from communique.pipeline import run

    leads, body = [], []
    for doc in read_paths([str(DEV)]):
        if isinstance(doc, Exception):
            continue
        done = run(doc)
        for index, sentence in enumerate(done.sentences):
            (leads if index == done.lead else body).append(sentence.text)
    if not leads:
        sys.exit(f"bench/scale.py: no readouts in {DEV}; the dev corpus must be beside the clone")
    return leads, body


def generated(n: int, seed: int = 11) -> Iterator[dict[str, str]]:
    """`n` JSONL records {"id", "text"}: a dev lead, then paragraphs of dev sentences at random."""
    rng = random.Random(seed)
    leads, body = material()
    for i in range(n):
        sentences = rng.sample(body, rng.randint(8, 16))
        paragraphs = [" ".join(sentences[k:k + 3]) for k in range(0, len(sentences), 3)]
        yield {"id": f"gen-{i:06d}", "text": "\n".join([rng.choice(leads), *paragraphs])}


def write_corpus(path: Path, n: int) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for record in generated(n):
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def rate(n: int, seconds: float) -> float:
    return n / seconds if seconds else float("inf")


def throughput(corpus: Path, n: int, tmp: Path, repeat: int = 2) -> dict[str, float]:
    """docs/s of each engine, the best of `repeat` rounds (each round runs all three in turn, so a
    slow spell of a shared machine costs one figure of one round, not one engine's every figure)."""
    from communique.ingest import read_paths
    from communique.pipeline import extract_many
    from communique import scale

    def serial() -> None:  # what `communique extract FILE -o OUT` does, but the writing
        for readout in extract_many(d for d in read_paths([str(corpus)]) if not isinstance(d, Exception)):
            scale.json_line(readout)

    def pool() -> None:  # ... with --jobs 2: the JSONL lines are made in the workers
        for _ in scale.extract_parallel([str(corpus)], jobs=2, on_error=lambda e: None, convert=scale.json_line):
            pass

    def dask() -> None:
        scale.extract_to_parquet([str(corpus)], tempfile.mkdtemp(dir=tmp), scheduler="local", jobs=2)

    best = {name: 0.0 for name in ("serial", "pool", "dask")}
    for _ in range(repeat):
        for name, run in (("serial", serial), ("pool", pool), ("dask", dask)):
            began = time.perf_counter()
            run()
            best[name] = max(best[name], rate(n, time.perf_counter() - began))
    serial_, pool_, dask_ = best["serial"], best["pool"], best["dask"]
    print(f"extraction      serial {serial_:7.0f} docs/s   process pool x2 {pool_:7.0f} docs/s ({pool_ / serial_:.2f}x)"
          f"   dask LocalCluster x2 {dask_:7.0f} docs/s ({dask_ / serial_:.2f}x)   best of {repeat}"
          f"  [target >= {TARGETS['workers']}x: {'met' if max(pool_, dask_) / serial_ >= TARGETS['workers'] else 'NOT met'}]")
    return {"serial_docs_s": round(serial_, 1), "pool2_docs_s": round(pool_, 1), "dask2_docs_s": round(dask_, 1),
            "pool2_ratio": round(pool_ / serial_, 3), "dask2_ratio": round(dask_ / serial_, 3)}


def storing(corpus: Path, tmp: Path, pg_url: str | None, repeat: int = 3) -> dict[str, float]:
    from communique.ingest import read_paths
    from communique.pipeline import extract_many
    from communique.store import Store

    readouts = list(extract_many(d for d in read_paths([str(corpus)]) if not isinstance(d, Exception)))
    rows = sum(len(r.statements) for r in readouts)
    # The readouts are this benchmark's input, held all at once as no real ingest holds them: out of
    # the collector's sight, or its full passes over them would be timed as storing.
    gc.collect()
    gc.freeze()
    out = {}
    targets = [("sqlite", str(tmp / "store.db"))] + ([("postgresql", pg_url)] if pg_url else [])
    for name, url in targets:
        seconds = float("inf")
        for _ in range(repeat):  # best of `repeat`, each into an empty store (a new SQLite file)
            if name == "sqlite":
                Path(url).unlink(missing_ok=True)
            with Store(url) as store:
                _empty(store)
                began = time.perf_counter()
                for _ in store.put_many(readouts):
                    pass
                seconds = min(seconds, time.perf_counter() - began)
        verdict = (f"  [target >= {TARGETS['sqlite_rows']:,}: "
                   f"{'met' if rate(rows, seconds) >= TARGETS['sqlite_rows'] else 'NOT met'}]" if name == "sqlite" else "")
        print(f"storing         {name:<10} {rate(rows, seconds):9,.0f} statement rows/s "
              f"({len(readouts):,} readouts, {rows:,} statements, best of {repeat}: {seconds:.1f} s){verdict}")
        out[f"{name}_statement_rows_s"] = round(rate(rows, seconds))
    if not pg_url:
        print("storing         postgresql skipped: give --pg URL or set COMMUNIQUE_TEST_PG_URL")
    return out


def _empty(store) -> None:
    """A benchmark store starts empty (a PostgreSQL database may hold an earlier run)."""
    from communique.store.schema import CHILD_TABLES, documents

    with store.engine.begin() as conn:
        for table in (*CHILD_TABLES, documents):
            conn.execute(table.delete())


def peak_rss(corpus: Path) -> float:
    """Peak RSS in MB of `communique extract corpus` streaming to /dev/null, in a fresh process."""
    probe = ("import resource, subprocess, sys; "
             "subprocess.run([sys.executable, '-m', 'communique', 'extract', sys.argv[1], '-o', '/dev/null'], check=True); "
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    done = subprocess.run([sys.executable, "-c", probe, str(corpus)], capture_output=True, text=True, check=True)
    return int(done.stdout.split()[-1]) / 1024


def memory(small: int, large: int, tmp: Path) -> dict[str, float]:
    a = peak_rss(write_corpus(tmp / "small.jsonl", small))
    b = peak_rss(write_corpus(tmp / "large.jsonl", large))
    print(f"memory          {small:,} docs {a:6.0f} MB   {large:,} docs {b:6.0f} MB   ratio {b / a:.2f}"
          f"  [target <= {TARGETS['rss']}: {'met' if b / a <= TARGETS['rss'] else 'NOT met'}]")
    return {"rss_small_mb": round(a, 1), "rss_large_mb": round(b, 1), "rss_ratio": round(b / a, 3)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=4_000, help="Readouts for the throughput and storing figures.")
    parser.add_argument("--small", type=int, default=10_000)
    parser.add_argument("--large", type=int, default=100_000)
    parser.add_argument("--pg", default=os.environ.get("COMMUNIQUE_TEST_PG_URL"), help="A PostgreSQL URL to store into.")
    parser.add_argument("--skip-memory", action="store_true", help="Leave out the (long) 10k vs 100k memory runs.")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    print(f"machine: {os.cpu_count()} CPUs ({platform.machine()}), Python {platform.python_version()}, "
          f"{platform.system()}")
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="communique-scale-") as name:
        tmp = Path(name)
        corpus = write_corpus(tmp / "corpus.jsonl", args.docs)
        figures |= throughput(corpus, args.docs, tmp)
        figures |= storing(corpus, tmp, args.pg)
        if not args.skip_memory:
            figures |= memory(args.small, args.large, tmp)
    if args.json:
        print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
