"""Fuzz campaign: real articles mutated at random, extracted under a time limit.

    python benchmarks/fuzz.py [--seconds 60] [--seed 1] [--dev ../shared/benchmark/dev]

Each input is a dev article (or the seed) with random mutations: characters
deleted, duplicated, swapped or replaced by ones that matter to the parser
(parentheses, brackets, quotes, periods, digits, line breaks, Cyrillic,
combining marks), lines duplicated, deleted or glued. For each input:
no exception, no run longer than --limit seconds, every reference's span
points at its raw text, and every non-blank character of a detected
bibliography line is in some reference. Prints the number of inputs tried and
every failure (with the seed that reproduces it); exits 1 on a failure.
"""

from __future__ import annotations

import argparse
import random
import signal
import sys
import time
from pathlib import Path

from gsecite.extract import extract, lost_characters

ROOT = Path(__file__).resolve().parents[1]
SPECIAL = list("()[]“”\"’”.,;:-–—/\\0123456789\n\n ") + ["Moscow, 1969.", "vol. 2", "ibid.", "see ", "REFERENCES",
                                                          "In Russian translation:", "ж", "\u0301", "\t", "\r",
                                                          "\nNotes\n", "Ibid., 7.", " — ", " // ", "I. I. Ivanov, "]


class Hang(Exception):
    pass


def mutate(text: str, rng: random.Random) -> str:
    chars = list(text)
    for _ in range(rng.randint(1, 40)):
        if not chars:
            chars = list(rng.choice(SPECIAL))
        i = rng.randrange(len(chars))
        op = rng.random()
        if op < 0.25:
            del chars[i : i + rng.randint(1, 20)]
        elif op < 0.5:
            chars[i:i] = list(rng.choice(SPECIAL))
        elif op < 0.65:
            chars[i:i] = chars[i : i + rng.randint(1, 200)]
        elif op < 0.8:
            j = rng.randrange(len(chars))
            chars[i], chars[j] = chars[j], chars[i]
        else:
            chars[i] = chr(rng.randint(32, 0x4FF))
    lines = "".join(chars).split("\n")
    for _ in range(rng.randint(0, 4)):
        if len(lines) > 1:
            i = rng.randrange(len(lines) - 1)
            op = rng.random()
            if op < 0.4:
                lines[i] = lines[i] + lines.pop(i + 1)  # glue two lines
            elif op < 0.7:
                lines.insert(i, lines[i])
            else:
                del lines[i]
    return "\n".join(lines)


def check(text: str) -> str:
    """An empty string when the input passes, else what went wrong."""
    doc = extract(text, "fuzz.txt")
    for ref in doc.references:
        if ref.origin == "bibliography" and text[ref.span.start : ref.span.end] != ref.raw:
            return f"span of {ref.raw[:40]!r} does not point at it"
    lost = lost_characters(text, doc.references, doc.citations)
    return f"entry text lost: {text[max(0, lost[0] - 30) : lost[0] + 30]!r}" if lost else ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dev", type=Path, default=ROOT.parent / "shared" / "benchmark" / "dev")
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--limit", type=int, default=5, help="seconds one input may take")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    corpus = [p.read_text(encoding="utf-8") for p in sorted(args.dev.glob("*.txt"))]
    corpus.append((ROOT / "seeds" / "000_764cae084d0f7384.txt").read_text(encoding="utf-8"))

    def on_alarm(signum, frame):
        raise Hang

    signal.signal(signal.SIGALRM, on_alarm)
    tried = 0
    failures = []
    deadline = time.monotonic() + args.seconds
    while time.monotonic() < deadline:
        seed = args.seed * 1_000_003 + tried
        rng = random.Random(seed)
        text = mutate(rng.choice(corpus), rng)
        signal.alarm(args.limit)
        try:
            problem = check(text)
        except Hang:
            problem = f"took more than {args.limit} s"
        except Exception as error:  # the campaign reports every crash, whatever its type
            problem = f"{type(error).__name__}: {error}"
        finally:
            signal.alarm(0)
        tried += 1
        if problem:
            failures.append((seed, problem))
    for seed, problem in failures:
        print(f"FAIL seed={seed}: {problem}")
    print(f"fuzz: {tried} inputs tried, {len(failures)} failures in {args.seconds:.0f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
