"""Extraction throughput: references per second over the dev articles, repeated.

    python benchmarks/extract_speed.py [--min-references 10000] [--jobs 1 [2 ...]] [--from-files]
                                       [--cold-words] [--dev ../shared/benchmark/dev]

A warm-up, then extraction of the dev articles over and over until at least
--min-references references were made, in one process (--jobs 1) or in several
(--jobs 2: this process and one worker). The articles are given as texts in
memory; with --from-files as file paths, which each process reads, as
`gsecite extract DIR --jobs N` does. Prints the throughput beside a baseline run
in the same process (segmentation alone), so that a change can be told apart
from machine noise, and the ratio to refextract's rate on this machine (about
25 references/s). Several --jobs values run one after the other, and each is
compared with the first: `--jobs 1 2` measures the speedup of a second job. With --cold-words, a
last run in this process empties the memory of dictionary lookups (misprints, languages) before
each round of the articles, so that every word costs its first lookup.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from gsecite.batch import extract_many
from gsecite.dictionary import is_russian_word
from gsecite.misprints import repaired_word
from gsecite.read import Source
from gsecite.segment import segment

ROOT = Path(__file__).resolve().parents[1]
REFEXTRACT_RATE = 25.0  # references/s, measured here (see the issue)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dev", type=Path, default=ROOT.parent / "shared" / "benchmark" / "dev")
    parser.add_argument("--min-references", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1])
    parser.add_argument("--from-files", action="store_true", help="give file paths to read, not texts")
    parser.add_argument("--cold-words", action="store_true",
                        help="also run with the dictionary's memory of words emptied before each round")
    args = parser.parse_args(argv)
    paths = sorted(args.dev.glob("*.txt"))
    if not paths:
        print(f"no articles in {args.dev}", file=sys.stderr)
        return 2
    texts = [p.read_text(encoding="utf-8") for p in paths]
    per_round = sum(o.references for o in extract_many([Source(str(i), t) for i, t in enumerate(texts)]))
    rounds = -(-args.min_references // per_round)
    if args.from_files:
        tasks = [str(path) for _ in range(rounds) for path in paths]
    else:
        tasks = [Source(f"{r}-{i}", t) for r in range(rounds) for i, t in enumerate(texts)]
    started = time.perf_counter()
    for text in texts * 20:
        segment(text)
    baseline = len(texts) * 20 / (time.perf_counter() - started)
    given = "files read by each process" if args.from_files else "texts in memory"
    print(f"baseline: segmentation alone   {baseline:10.0f} articles/s (one process)")
    first_rate = 0.0
    for jobs in args.jobs:
        started = time.perf_counter()
        references = sum(o.references for o in extract_many(tasks, jobs=jobs))
        seconds = time.perf_counter() - started
        rate = references / seconds
        first_rate = first_rate or rate
        print(f"extract:  {len(tasks)} articles ({given}), {references} references in {seconds:.2f} s "
              f"with {jobs} job(s)")
        print(f"extract:  {rate:10.0f} references/s ({len(tasks) / seconds:.0f} articles/s), "
              f"{rate / REFEXTRACT_RATE:.0f}x refextract, {rate / first_rate:.2f}x --jobs {args.jobs[0]}")
    if args.cold_words:
        # The same rounds in this process, with the dictionary's memory of words emptied before each:
        # every word a first sight, as in a corpus whose words were never met.
        started, references = time.perf_counter(), 0
        for start in range(0, len(tasks), len(paths)):
            is_russian_word.cache_clear()
            repaired_word.cache_clear()
            references += sum(o.references for o in extract_many(tasks[start : start + len(paths)]))
        rate = references / (time.perf_counter() - started)
        print(f"extract:  {rate:10.0f} references/s with no word remembered from one round to the next, "
              f"{rate / first_rate:.2f}x the first run")
    return 0


if __name__ == "__main__":
    sys.exit(main())
