"""Extraction throughput: references per second over the dev articles, repeated.

    python benchmarks/extract_speed.py [--min-references 10000] [--dev ../shared/benchmark/dev]

Runs in one process on one core: a short warm-up, then extraction of the dev
articles over and over until at least --min-references references were made.
Prints the throughput beside a baseline run in the same process: the
segmentation stage alone, so a change can be told apart from machine noise.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from gsecite.extract import extract
from gsecite.segment import segment

ROOT = Path(__file__).resolve().parents[1]


def run(texts: list[str], min_references: int) -> tuple[int, int, float]:
    references = articles = 0
    started = time.perf_counter()
    while references < min_references:
        for text in texts:
            references += len(extract(text).references)
            articles += 1
    return references, articles, time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dev", type=Path, default=ROOT.parent / "shared" / "benchmark" / "dev")
    parser.add_argument("--min-references", type=int, default=10_000)
    args = parser.parse_args(argv)
    paths = sorted(args.dev.glob("*.txt"))
    if not paths:
        print(f"no articles in {args.dev}", file=sys.stderr)
        return 2
    texts = [p.read_text(encoding="utf-8") for p in paths]
    run(texts, 200)  # warm-up: tables loaded, regexes compiled
    started = time.perf_counter()
    for text in texts * 20:
        segment(text)
    baseline = len(texts) * 20 / (time.perf_counter() - started)
    references, articles, seconds = run(texts, args.min_references)
    print(f"baseline: segmentation alone   {baseline:10.0f} articles/s")
    print(f"extract:  {articles} articles, {references} references in {seconds:.2f} s")
    print(f"extract:  {references / seconds:10.0f} references/s ({articles / seconds:.0f} articles/s) on one core")
    return 0


if __name__ == "__main__":
    sys.exit(main())
