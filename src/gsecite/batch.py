"""Extracting many articles: in order, in worker processes, with a progress bar and a summary.

>>> outcomes = list(extract_many([Source("a.txt", "Komety\\n\\nA comet, it was seen.\\n\\nKomety. Moscow, 1935.\\n")]))
>>> outcomes[0].doc.references[0].title, outcomes[0].error
('Komety', '')
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .extract import extract
from .model import Document
from .read import InputError, Source, read_source


@dataclass(frozen=True)
class Outcome:
    """One file's result: its document and warnings, or the one-line error that stopped it."""

    path: str
    doc: Document | None = None
    warnings: tuple[str, ...] = ()
    error: str = ""


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def extract_one(task: Source | str) -> Outcome:
    """Read (unless given a source already) and extract one article; errors become data."""
    try:
        source = task if isinstance(task, Source) else read_source(task)
    except InputError as error:
        return Outcome(task if isinstance(task, str) else task.path, error=str(error))
    doc = extract(source.text, source.path)
    warnings = tuple(
        f"{doc.path}:{line_of(source.text, p.span.start)}: {p.severity}: {p.message}" for p in doc.problems
    )
    return Outcome(source.path, doc, warnings)


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def extract_many(tasks: Iterable[Source | str], jobs: int = 1) -> Iterator[Outcome]:
    """Outcomes in the order of the tasks, whatever the number of worker processes."""
    tasks = list(tasks)
    if jobs <= 1 or len(tasks) < 4:
        yield from map(extract_one, tasks)
        return
    import multiprocessing

    chunk = max(1, min(256, len(tasks) // (jobs * 8)))
    context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    with context.Pool(jobs) as pool:
        yield from pool.imap(extract_one, tasks, chunksize=chunk)


@dataclass
class Summary:
    """Counts for the one-line summary of a batch (mutable: it is filled as outcomes arrive)."""

    articles: int = 0
    references: int = 0
    citations: int = 0
    warnings: int = 0
    failed: int = 0
    started: float = 0.0

    def add(self, outcome: Outcome) -> None:
        self.articles += 1
        if outcome.error:
            self.failed += 1
            return
        self.references += len(outcome.doc.references)
        self.citations += len(outcome.doc.citations)
        self.warnings += len(outcome.warnings)

    def line(self) -> str:
        seconds = time.perf_counter() - self.started
        return (f"gsecite: {self.articles} articles, {self.references} references, {self.citations} citations, "
                f"{self.warnings} warnings, {self.failed} failed in {seconds:.1f} s")
