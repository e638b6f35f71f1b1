"""Query latency on a synthetic store of >= 1,000,000 events: a dyad's timeline and a full-text search.

usage: python bench/query.py [--docs N] [--events-per-doc K] [--db PATH] [--rebuild] [--queries Q]

Builds (once; `--rebuild` to redo) a SQLite store of N generated readouts (default 100,000) with K
events each (default 10: 1,000,000 events), two participants, five statements and up to three
issues each, then prints the median and 95th-percentile latency of `analysis.timeline` for Q
dyads (monthly and yearly) and of `Store.search` for Q queries, each over the whole store.

Nothing is copied: the statements are dev-corpus sentences recombined at random (so the search
meets the genre's vocabulary), participants are drawn from 40 states with a skewed frequency (a
few pairs meet often, as in real corpora), dates are uniform over 2010-2025, event types follow
the dev gold's mix, intensities come from the PLOVER table. Rows go in through SQLAlchemy Core's
executemany, bypassing extraction, which `bench/extract.py` measures.

Targets (issue 4): median timeline < 50 ms, median search < 100 ms.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa

from communique.analysis.timeline import timeline
from communique.lexicons.plover import intensity
from communique.stages.issues import issue_names
from communique.store import Store
from communique.store.schema import documents, events, issues, participants, statements

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "corpus" / "dev"
STATES = ("USA CHN RUS VNM JPN KOR IND GBR FRA DEU BRA AUS IDN PHL THA MYS SGP PAK TUR IRN SAU ARE EGY "
          "ZAF NGA KEN MEX CAN ITA ESP POL UKR ISR QAT LAO KHM MMR NZL ARG CHL").split()
TYPES = {"AGREE": 26, "SUPPORT": 20, "CONSULT": 15, "REQUEST": 13, "ACCUSE": 19, "COOPERATE": 2,
         "THREATEN": 1, "CONCEDE": 1, "SANCTION": 1, "AID": 1, "REJECT": 1}
TARGETS = {"timeline": 50.0, "search": 100.0}  # median ms
QUERIES = ["Indo-Pacific", "South China Sea", "climate change", "vaccines", "Ukraine", "trade and investment",
           "strategic partnership", "human rights", "Taiwan", "supply chains"]
BATCH = 20_000


def sentences() -> list[str]:
    """Every sentence of the dev corpus (the material the statements are recombined from)."""
    from communique.ingest import read_paths
    from communique.stages.segment import segment

    out = []
    for doc in read_paths([str(DEV)]):
        if not isinstance(doc, Exception):
            out += [s.text for s in segment(doc).sentences]
    if not out:
        sys.exit(f"bench/query.py: no sentences in {DEV}; the dev corpus must be beside the clone")
    return out


def generated(n_docs: int, per_doc: int, seed: int = 7) -> Iterator[dict[str, list[dict]]]:
    """Rows of `n_docs` readouts, in batches of `BATCH` documents' worth."""
    rng = random.Random(seed)
    pool, ids = sentences(), list(issue_names())
    weights = [1 / (i + 1) for i in range(len(STATES))]  # Zipf-like: USA and CHN meet most
    kinds, kind_weights = list(TYPES), list(TYPES.values())
    start, days = date(2010, 1, 1), (date(2025, 12, 31) - date(2010, 1, 1)).days
    now = datetime.now(UTC)
    batch: dict[str, list[dict]] = {"documents": [], "participants": [], "statements": [], "events": [], "issues": []}
    for n in range(n_docs):
        did = f"syn-{n:07d}"
        a, b = rng.choices(STATES, weights, k=1)[0], rng.choice(STATES)
        while b == a:
            b = rng.choice(STATES)
        texts = rng.sample(pool, 5)
        topics = rng.sample(ids, rng.randint(0, 3))
        batch["documents"].append({
            "doc_id": did, "content_hash": f"{n:064d}", "source": None, "url": None, "title": None, "published": None,
            "date": (start + timedelta(days=rng.randrange(days))).isoformat(), "encounter": "meeting",
            "location_name": None, "location_country": None, "location_start": None, "location_end": None,
            "text": "\n".join(texts), "from_markup": False, "extra_json": {}, "ingested_at": now})
        for i, code in enumerate((a, b)):
            batch["participants"].append({"doc_id": did, "ordinal": i, "name": f"Official {code} {n}", "title": None,
                                          "country": code, "span_start": 0, "span_end": 1, "title_start": None,
                                          "title_end": None, "aliases": [], "name_from": None})
        offset = 0
        for i, text in enumerate(texts):
            batch["statements"].append({"doc_id": did, "ordinal": i, "span_start": offset, "span_end": offset + len(text),
                                        "speaker": None, "country": (a, b)[i % 2], "text": text,
                                        "cue_start": None, "cue_end": None})
            offset += len(text) + 1
        for i, topic in enumerate(topics):
            batch["issues"].append({"doc_id": did, "ordinal": i, "issue": topic})
        for i in range(per_doc):
            kind = rng.choices(kinds, kind_weights, k=1)[0]
            actor, target = (a, b) if rng.random() < 0.5 else (b, a)
            if kind == "ACCUSE" and rng.random() < 0.5:
                target = "UNSPECIFIED"
            batch["events"].append({
                "doc_id": did, "ordinal": i, "type": kind, "actor": actor, "target": target, "mode": None,
                "polarity": "done", "negated": False, "intensity": intensity(kind, None), "span_start": 0,
                "span_end": len(texts[0]), "text": texts[0], "trigger_start": None, "trigger_end": None,
                "object_start": None, "object_end": None, "statement": 0, "cue": "synthetic",
                "issues": rng.sample(topics, min(len(topics), 1)), "quantities": []})
        if len(batch["documents"]) == BATCH:
            yield batch
            batch = {k: [] for k in batch}
    if batch["documents"]:
        yield batch


def build(path: Path, n_docs: int, per_doc: int) -> float:
    """Create the store at `path`; returns the seconds it took."""
    began = time.perf_counter()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    store = Store(path)  # the schema and its migrations, as a user's database has them
    tables = {"documents": documents, "participants": participants, "statements": statements,
              "events": events, "issues": issues}
    with store.engine.begin() as conn:
        for batch in generated(n_docs, per_doc):
            for name, table in tables.items():
                if batch[name]:
                    conn.execute(table.insert(), batch[name])
        _index_for_search(conn)
    store.close()
    return time.perf_counter() - began


def _index_for_search(conn: sa.Connection) -> None:
    """Rows inserted behind the store's back reach the full-text index through its own rebuild."""
    try:
        from communique.store.search import rebuild_index
    except ImportError:  # a store without full-text search: the search figure is skipped
        return
    rebuild_index(conn)


def timed(fn: Callable[[], object], repeat: int = 3) -> float:
    """Best of `repeat` wall-clock runs of `fn`, in ms (the first run also warms the page cache)."""
    best = float("inf")
    for _ in range(repeat):
        began = time.perf_counter()
        fn()
        best = min(best, (time.perf_counter() - began) * 1000)
    return best


def _scan(store: Store) -> None:
    with store.reading() as conn:
        conn.scalar(sa.select(sa.func.sum(sa.func.length(events.c.text))))


def report(name: str, latencies: list[float]) -> dict[str, float]:
    latencies = sorted(latencies)
    median = statistics.median(latencies)
    p95 = latencies[min(len(latencies) - 1, int(0.95 * len(latencies)))]
    target = TARGETS.get(name.split()[0])
    verdict = "" if target is None else f"  [target < {target:g} ms: {'met' if median < target else 'NOT met'}]"
    print(f"{name:<22} median {median:7.1f} ms   p95 {p95:7.1f} ms   over {len(latencies)} queries{verdict}")
    return {"median_ms": round(median, 2), "p95_ms": round(p95, 2), "n": len(latencies)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--events-per-doc", type=int, default=10)
    parser.add_argument("--db", type=Path, default=ROOT / "bench" / ".query.db")
    parser.add_argument("--rebuild", action="store_true", help="Build the store again even if it exists.")
    parser.add_argument("--queries", type=int, default=20, help="How many dyads and searches to time.")
    parser.add_argument("--json", action="store_true", help="Print the figures as one JSON object too.")
    args = parser.parse_args(argv)

    print(f"machine: {os.cpu_count()} CPUs ({platform.processor() or platform.machine()}), "
          f"Python {platform.python_version()}, {platform.system()}")
    if args.rebuild or not args.db.exists():
        seconds = build(args.db, args.docs, args.events_per_doc)
        print(f"built {args.db} in {seconds:.0f} s")
    store = Store(args.db, create=False)
    with store.reading() as conn:
        n_events = conn.scalar(sa.select(sa.func.count()).select_from(events))
        n_docs = conn.scalar(sa.select(sa.func.count()).select_from(documents))
        pairs = conn.execute(sa.select(events.c.actor, events.c.target, sa.func.count().label("n"))
                             .where(events.c.target != "UNSPECIFIED").group_by(events.c.actor, events.c.target)
                             .order_by(sa.desc("n")).limit(args.queries)).all()
    size = args.db.stat().st_size / 2**20
    print(f"store: {n_docs:,} readouts, {n_events:,} events, {size:,.0f} MB")
    dyads = [f"{a}-{b}" for a, b, _ in pairs]  # the busiest pairs: the slowest timelines
    figures = {"events": n_events, "documents": n_docs,
               "timeline month": report("timeline month", [timed(lambda d=d: timeline(store, d, by="month"))
                                                           for d in dyads]),
               "timeline year": report("timeline year", [timed(lambda d=d: timeline(store, d, by="year"))
                                                         for d in dyads])}
    # Baseline in the same run: one pass over the events table's rows (what a query without a
    # usable index costs), so the figures compare across machines as ratios.
    scan = timed(lambda: _scan(store))
    print(f"{'baseline: scan events':<22} {scan:12.1f} ms   (timeline month median is "
          f"{figures['timeline month']['median_ms'] / scan:.3f} of a scan)")
    figures["scan_ms"] = round(scan, 2)
    if hasattr(store, "search"):
        queries = (QUERIES * (args.queries // len(QUERIES) + 1))[:args.queries]
        figures["search"] = report("search", [timed(lambda q=q: store.search(q, limit=20)) for q in queries])
    else:
        print("search: this store has no full-text search yet; skipped")
    print(f"busiest dyad {dyads[0]}: {pairs[0][2]:,} events in one direction" if dyads else "no dyads")
    if args.json:
        print(json.dumps(figures))
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
