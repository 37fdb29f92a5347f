"""Formatting throughput: 10,000 references in chicago-author-date, beside pandoc and citeproc-js.

    python benchmarks/format_speed.py [--count 10000] [--style chicago-author-date]

The references are the dev gold records repeated with distinct ids. All three
engines format the same CSL-JSON in the same run, so the figures compare.
pandoc needs the Debian package; citeproc-js needs `npm install --prefix tests/js`.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from gsecite.csl import from_csl, to_csl
from gsecite.export.formatted import format_entries, resolve_style

ROOT = Path(__file__).resolve().parents[1]


def records(dev: Path, count: int) -> list[dict]:
    base = []
    for path in sorted(dev.glob("*.gold.json")):
        for i, item in enumerate(json.loads(path.read_text(encoding="utf-8"))["references"]):
            base.append({k: v for k, v in item.items() if k != "custom"} | {"id": f"{path.name[:3]}-{i}"})
    out = []
    while len(out) < count:
        for item in base:
            out.append({**item, "id": f"{item['id']}-{len(out)}"})
    return out[:count]


def time_pandoc(items_path: Path, style: Path) -> float | None:
    if shutil.which("pandoc") is None:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        doc = Path(tmp) / "doc.md"
        doc.write_text("---\nnocite: '@*'\n---\n", encoding="utf-8")
        started = time.perf_counter()
        subprocess.run(["pandoc", str(doc), "--citeproc", "--bibliography", str(items_path), "--csl", str(style),
                        "-t", "plain", "-o", os.devnull], check=True)
        return time.perf_counter() - started


def time_citeproc_js(items_path: Path, style: Path) -> float | None:
    js = ROOT / "tests" / "js"
    if shutil.which("node") is None or not (js / "node_modules" / "citeproc").is_dir():
        return None
    import citeproc

    locales = Path(citeproc.__file__).parent / "data" / "locales"
    started = time.perf_counter()
    subprocess.run(["node", str(js / "format.js"), str(style), str(locales), str(items_path)], check=True,
                   stdout=subprocess.DEVNULL, env={**os.environ, "NODE_PATH": str(js / "node_modules")})
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dev", type=Path, default=ROOT.parent / "shared" / "benchmark" / "dev")
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--style", default="chicago-author-date")
    args = parser.parse_args(argv)
    items = records(args.dev, args.count)
    if not items:
        print(f"no gold records in {args.dev}", file=sys.stderr)
        return 2
    style = resolve_style(args.style)
    refs = [from_csl(item) for item in items]
    format_entries(refs[:50], style=args.style)  # warm-up: style parsed
    with tempfile.TemporaryDirectory() as tmp:
        items_path = Path(tmp) / "items.json"
        items_path.write_text(json.dumps([to_csl(r) for r in refs], ensure_ascii=False), encoding="utf-8")
        started = time.perf_counter()
        format_entries(refs, style=args.style)
        ours = time.perf_counter() - started
        figures = {"gsecite (citeproc-py + fixes)": ours, "pandoc --citeproc": time_pandoc(items_path, style),
                   "citeproc-js": time_citeproc_js(items_path, style)}
    print(f"{len(refs)} references, style {args.style}")
    for name, seconds in figures.items():
        rate = f"{len(refs) / seconds:8.0f} references/s ({seconds:.1f} s)" if seconds else "not installed"
        print(f"  {name:<30} {rate}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
