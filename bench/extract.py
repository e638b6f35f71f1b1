"""Extraction throughput: documents per second, single process, and peak memory.

usage: python bench/extract.py [--corpus PATH] [--docs N]

Reads the corpus once (ingest is not timed), repeats it to N documents, and times
`extract_document` + JSON serialisation, the work of `communique extract --format jsonl`.
The baseline in the same run is segmentation alone, so the ratio is comparable across machines.
"""
from __future__ import annotations

import argparse
import copy
import json
import resource
import time
from pathlib import Path

from communique.ingest import read_paths
from communique.model import Document
from communique.pipeline import extract_document
from communique.stages.segment import segment

HERE = Path(__file__).resolve().parent
DEFAULT = HERE.parent.parent / "shared" / "corpus" / "dev"


def load(corpus: str, n: int) -> list[Document]:
    docs = [d for d in read_paths([corpus]) if isinstance(d, Document)]
    return [copy.deepcopy(docs[i % len(docs)]) for i in range(n)]


def timed(func, docs: list[Document]) -> float:
    start = time.perf_counter()
    for doc in docs:
        func(doc)
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(DEFAULT))
    ap.add_argument("--docs", type=int, default=2000)
    args = ap.parse_args()
    extract_document(load(args.corpus, 1)[0])  # warm caches: lexicons, gazetteer
    base = timed(segment, load(args.corpus, args.docs))
    full = timed(lambda d: json.dumps(extract_document(d).to_dict(), ensure_ascii=False), load(args.corpus, args.docs))
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"corpus={args.corpus} docs={args.docs}")
    print(f"segment only: {args.docs / base:,.0f} docs/s")
    print(f"extract+json: {args.docs / full:,.0f} docs/s ({full / base:.1f}x segmentation time)")
    print(f"peak RSS: {rss:,.0f} MB")


if __name__ == "__main__":
    main()
