"""Milliseconds per page of the web UI on a store of every bulk corpus, served on loopback.

usage: python bench/web.py [--db STORE] [--rounds 9] [--clients 4] [--requests 400]

Without --db it first ingests `../shared/corpus/bulk/*.jsonl` (about 5,600 releases; a few minutes)
into a store under /tmp and keeps it for the next run. The app runs in uvicorn on 127.0.0.1, as
`communique serve` runs it, and each page is fetched `--rounds` times over HTTP (urllib): printed
are the median and the slowest, per page. Then a bounded load check: `--clients` threads fetch
`--requests` pages between them (the list, events, search and readout pages in turn) and the
throughput and 95th percentile are printed. Not a test: the figures depend on the machine; record
them in bench/RESULTS.md with the machine and the date (issue 14 asks under 100 ms median a page).
"""
from __future__ import annotations

import argparse
import json
import platform
import socket
import statistics
import threading
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BULK = REPO.parent / "shared" / "corpus" / "bulk"
DEFAULT_DB = Path("/tmp/communique-bench-web.db")


def build(db: Path) -> None:
    from communique.cli import main

    started = time.perf_counter()
    status = main(["ingest", *map(str, sorted(BULK.glob("*.jsonl"))), "--db", str(db), "--jobs", "0"])
    print(f"ingested the bulk corpora into {db} in {time.perf_counter() - started:.0f} s (exit {status})")


def serve(db: Path) -> tuple[str, object]:
    import uvicorn

    from communique.web import create_app

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    site = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            urllib.request.urlopen(site + "/api/readouts?limit=1", timeout=2).read()
            return site, server
        except OSError:
            time.sleep(0.05)
    raise SystemExit("the server did not answer")


def fetch(url: str) -> float:
    started = time.perf_counter()
    with urllib.request.urlopen(url, timeout=60) as answer:
        answer.read()
    return 1000 * (time.perf_counter() - started)


def pages(site: str) -> dict[str, str]:
    """The pages an analyst opens, with real ids and a busy dyad taken from the store."""
    listed = json.loads(urllib.request.urlopen(site + "/api/readouts?limit=1000").read())
    total = int(urllib.request.urlopen(site + "/api/readouts?limit=1").headers["X-Total-Count"])
    longest = max(listed, key=lambda r: len(r.get("participants", [])))["doc_id"]
    return {
        "list": "/", "list, last page": f"/?page={max(1, -(-total // 50))}", "list, filtered": "/?country=CHN",
        "readout": f"/readouts/{urllib.parse.quote(longest, safe='')}",
        "events, a dyad": "/events?dyad=USA-CHN", "events, words": "/events?q=sanctions",
        "events, last page": "/events?dyad=USA-UKR&page=9",
        "dyad": "/dyads/USA-CHN?by=quarter", "search": "/search?q=ceasefire", "search, page 3": "/search?q=the&page=3",
        "api events": "/api/events?limit=1000", "api search": "/api/search?q=trade&limit=1000",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=None, help=f"a store to serve (default: {DEFAULT_DB}, built once)")
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--requests", type=int, default=400)
    args = parser.parse_args()
    db = args.db or DEFAULT_DB
    if args.db is None and not db.exists():
        build(db)
    site, server = serve(db)
    print(f"machine: {platform.machine()}, Python {platform.python_version()}; store {db}")
    targets = pages(site)
    print(f"{'page':20} {'median ms':>10} {'max ms':>8}")
    medians = []
    for name, path in targets.items():
        fetch(site + path)  # warm: the first hit reads the pages off the disk
        times = [fetch(site + path) for _ in range(args.rounds)]
        medians.append(statistics.median(times))
        print(f"{name:20} {statistics.median(times):10.1f} {max(times):8.1f}", flush=True)
    print(f"{'all pages':20} {statistics.median(medians):10.1f} (median of the medians)")
    mix = [site + targets[k] for k in ("list", "readout", "events, a dyad", "search", "dyad")]
    urls = [mix[i % len(mix)] for i in range(args.requests)]
    started = time.perf_counter()
    with ThreadPoolExecutor(args.clients) as pool:
        times = sorted(pool.map(fetch, urls))
    elapsed = time.perf_counter() - started
    print(f"load: {args.requests} pages by {args.clients} clients in {elapsed:.1f} s = "
          f"{args.requests / elapsed:.0f} pages/s; p50 {times[len(times) // 2]:.0f} ms, "
          f"p95 {times[int(0.95 * len(times))]:.0f} ms")
    server.should_exit = True


if __name__ == "__main__":
    main()
