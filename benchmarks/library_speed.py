"""Library throughput: 1,000,000 references added, then searched.

    python benchmarks/library_speed.py [--count 1000000] [--searches 500] [--library /tmp/bench.sqlite]

The references are the dev gold records with varied fields (titles with added
words, volumes, years, authors), so that nearly every one is a distinct work.
They are added in batches of 10,000, one transaction each, as `gsecite import`
adds a file. Then searches for titles, authors and words, timed one by one.
Prints adds per second and the median and 99th-percentile search latency,
beside a baseline in the same run: the same records serialized to JSON alone.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from gsecite.csl import from_csl, to_csl
from gsecite.library import Library

ROOT = Path(__file__).resolve().parents[1]
WORDS = ["istoriia", "ocherki", "materialy", "voprosy", "teoriia", "razvitie", "literatury", "SSSR", "nauki",
         "kul’tury", "ekonomiki", "narodov", "sotsializma", "iskusstva", "filosofii", "tekhniki"]


def varied(base: list[dict], count: int, rng: random.Random):
    for i in range(count):
        item = dict(rng.choice(base))
        item["id"] = f"r{i}"
        item["title"] = f"{item.get('title') or item.get('container-title', 'Sbornik')} {rng.choice(WORDS)} {i}"
        item["volume"] = str(rng.randint(1, 60))
        item["issued"] = {"date-parts": [[rng.randint(1900, 1980)]]}
        if item.get("author"):
            first = dict(item["author"][0])
            first["family"] = first.get("family", "Ivanov") + rng.choice(["", "a", "ov", "skii"])
            item["author"] = [first, *item["author"][1:]]
        yield from_csl(item)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dev", type=Path, default=ROOT.parent / "shared" / "benchmark" / "dev")
    parser.add_argument("--count", type=int, default=1_000_000)
    parser.add_argument("--searches", type=int, default=500)
    parser.add_argument("--batch", type=int, default=10_000)
    parser.add_argument("--library", type=Path, default=None)
    args = parser.parse_args(argv)
    base = [item for path in sorted(args.dev.glob("*.gold.json"))
            for item in json.loads(path.read_text(encoding="utf-8"))["references"]]
    if not base:
        print(f"no gold records in {args.dev}", file=sys.stderr)
        return 2
    rng = random.Random(7)
    refs = list(varied(base, args.count, rng))
    started = time.perf_counter()
    for ref in refs:
        json.dumps(to_csl(ref), ensure_ascii=False)
    baseline_seconds = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as tmp:
        path = args.library or Path(tmp) / "bench.sqlite"
        if path.exists():
            path.unlink()
        library = Library.open(path)
        started = time.perf_counter()
        for start in range(0, len(refs), args.batch):
            library.import_references(refs[start : start + args.batch])
        add_seconds = time.perf_counter() - started
        queries = [rng.choice(WORDS) + " " + str(rng.randint(0, args.count)) for _ in range(args.searches // 2)]
        sample = rng.sample(refs, args.searches // 4)
        queries += [(r.author[0].family if r.author else r.title.split()[0]) for r in sample]
        queries += [r.title for r in rng.sample(refs, args.searches - len(queries))]
        latencies = []
        for query in queries:
            t0 = time.perf_counter()
            library.search(query, limit=20)
            latencies.append((time.perf_counter() - t0) * 1000)
        latencies.sort()
        counts = library.counts()
        library.close()
    print(f"added {counts['refs']} references ({len(refs)} given) in {add_seconds:.1f} s: "
          f"{len(refs) / add_seconds:,.0f} adds/s")
    print(f"baseline, the same records serialized to CSL-JSON alone: {len(refs) / baseline_seconds:,.0f} records/s "
          f"(adding costs {add_seconds / baseline_seconds:.1f}x that)")
    print(f"search over {counts['refs']} references, {len(latencies)} queries: median "
          f"{statistics.median(latencies):.1f} ms, p99 {latencies[int(len(latencies) * 0.99) - 1]:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
