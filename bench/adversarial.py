"""Seconds per megabyte of `extract` on inputs built to be slow: is every stage linear in the length?

usage: python bench/adversarial.py [--mb 0.25 0.5 1 ...] [--timeout S] [--case NAME ...]

Each case makes a text of the given sizes in memory and times `read_bytes` + `extract_document` on
it in a child process (so one that never ends is stopped after `--timeout` seconds and reported as
such, and memory is the child's own). Printed: seconds and seconds per MB for each size, and the
ratio of the largest size's s/MB to the smallest's: near 1 is linear, about the size ratio is
quadratic. The cases (issue 13):

- one-line:    a readout's sentences with no line break, repeated (one paragraph of N MB);
- readouts:    ordinary readouts one after another, each its own paragraphs (a long transcript);
- names:       a lead followed by one capitalised word repeated ("W W W ...": name runs);
- cues:        a clause of one event cue repeated ("aid and aid and ...": the coder's cue lists);
- deep-html:   HTML nested thousands of levels deep around a readout;
- broken-html: a readout, then unclosed comments and tags without ">" (session 7's review);
- adverbs:     "Wang Yi also met briefly briefly ... with Bui Thanh Son" (session 18's review: a run of words that
               an adverb list and "[a-z]+ly" both read was tried every way);
- spaces:      a lead, then a line of no-break spaces ending in a colon above a quotation (session 19's review: a
               `\s*,?\s*` before "issued the following statement:" split every run of spaces every way).

Not a test: the figures depend on the machine. Record them in bench/RESULTS.md with the machine
and the date. The limits are lifted here to time the stages; in use, `Settings.max_text_chars`
(2,000,000) is set so the slowest case at it takes a few seconds, and `Settings.max_bytes` (20 MB)
bounds the raw file, whose markup costs far less a MB than text (deep-html).
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import platform
import time
from collections.abc import Callable

SENTENCE = ("On April 14, 2022, State Councilor and Foreign Minister Wang Yi had a phone conversation with "
            "Vietnamese Foreign Minister Bui Thanh Son. Wang Yi said, China is ready to work with Vietnam to "
            "deepen practical cooperation. Bui Thanh Son thanked China for its valuable assistance. ")
READOUT = SENTENCE + "\n\nThe two sides agreed to maintain close communication on regional issues.\n\n"


def one_line(size: int) -> tuple[bytes, str]:
    return (SENTENCE * (size // len(SENTENCE) + 1))[:size].encode(), "one-line.txt"


def readouts(size: int) -> tuple[bytes, str]:
    return (READOUT * (size // len(READOUT) + 1))[:size].encode(), "readouts.txt"


def names(size: int) -> tuple[bytes, str]:
    return (SENTENCE + "W " * (size // 2)).encode()[:size], "names.txt"


def cues(size: int) -> tuple[bytes, str]:
    return (SENTENCE + "China will provide " + "aid and " * (size // 8) + "vaccines.").encode()[:size], "cues.txt"


def deep_html(size: int) -> tuple[bytes, str]:
    depth = max(1, (size - len(SENTENCE)) // 11)
    return ("<html><body>" + "<div>" * depth + f"<p>{SENTENCE}</p>" + "</div>" * depth
            + "</body></html>").encode(), "deep.html"


def broken_html(size: int) -> tuple[bytes, str]:
    """Unclosed comments and tags without ">", each of which a backtracking regex scans past to the end."""
    junk = "<!-- x <a x <script "
    return (f"<html><body><p>{SENTENCE}</p>" + junk * (size // len(junk))).encode(), "broken.html"


def adverbs(size: int) -> tuple[bytes, str]:
    return (SENTENCE + "\n\nWang Yi also met " + "briefly " * (size // 8) + "with Bui Thanh Son.").encode()[:size], \
        "adverbs.txt"


def spaces(size: int) -> tuple[bytes, str]:
    return (SENTENCE + "\nNote" + "\u00a0" * (size // 4) + ":\n\"We had a good discussion.\"").encode()[:size], "spaces.txt"


CASES: dict[str, Callable[[int], tuple[bytes, str]]] = {
    "one-line": one_line, "readouts": readouts, "names": names, "cues": cues, "deep-html": deep_html,
    "broken-html": broken_html, "adverbs": adverbs, "spaces": spaces,
}


def _run(case: str, size: int, queue: mp.Queue) -> None:
    from communique.ingest import read_bytes
    from communique.pipeline import extract_document
    from communique.settings import Settings

    data, name = CASES[case](size)
    settings = Settings(max_bytes=len(data) + 1, max_text_chars=len(data) + 1)  # the stages' time, past the limits
    extract_document(next(iter(read_bytes(SENTENCE.encode(), name="warm.txt"))))  # lexicons loaded, not timed
    start = time.perf_counter()
    for item in read_bytes(data, name=name, settings=settings):
        if hasattr(item, "text"):
            extract_document(item)
    queue.put(time.perf_counter() - start)


def timed(case: str, size: int, timeout: float) -> float | None:
    """Seconds for one case at one size, or None when it ran past `timeout`."""
    queue: mp.Queue = mp.Queue()
    child = mp.Process(target=_run, args=(case, size, queue))
    child.start()
    child.join(timeout)
    if child.is_alive():
        child.terminate()
        child.join()
        return None
    return queue.get() if not queue.empty() else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, nargs="+", default=[0.25, 0.5, 1.0])
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds before a size is given up")
    parser.add_argument("--case", nargs="+", choices=sorted(CASES), default=list(CASES))
    args = parser.parse_args()
    print(f"machine: {platform.machine()}, {mp.cpu_count()} cores, Python {platform.python_version()}")
    print(f"{'case':10} {'MB':>6} {'seconds':>8} {'s/MB':>8}")
    for case in args.case:
        per_mb = []
        for mb in args.mb:
            seconds = timed(case, int(mb * 1_000_000), args.timeout)
            shown = f"{seconds:8.2f} {seconds / mb:8.2f}" if seconds is not None else f"{'> ' + str(args.timeout):>8} {'-':>8}"
            print(f"{case:10} {mb:6.2f} {shown}", flush=True)
            if seconds is not None:
                per_mb.append(seconds / mb)
        if len(per_mb) >= 2:
            print(f"{case:10} s/MB ratio largest/smallest: {per_mb[-1] / per_mb[0]:.1f} "
                  f"(sizes x{args.mb[len(per_mb) - 1] / args.mb[0]:.0f}; near 1 is linear)")


if __name__ == "__main__":
    main()
