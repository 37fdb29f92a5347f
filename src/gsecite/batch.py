"""Extracting many articles: in order, in worker processes, with a progress bar and a summary.

>>> outcomes = list(extract_many([Source("a.txt", "Komety\\n\\nA comet, it was seen.\\n\\nKomety. Moscow, 1935.\\n")]))
>>> outcomes[0].doc.references[0].title, outcomes[0].error
('Komety', '')
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from .extract import extract
from .model import Document
from .read import InputError, Source, read_source


@dataclass(frozen=True)
class Outcome:
    """One file's result: its document (or that document rendered) and warnings, or the error that stopped it."""

    path: str
    doc: Document | None = None
    warnings: tuple[str, ...] = ()
    error: str = ""
    output: str = ""  # the document rendered, when a renderer was given (the document itself is then dropped)
    references: int = 0
    citations: int = 0


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def extract_one(task: Source | str, render: Callable[[Document], str] | None = None) -> Outcome:
    """Read (unless given a source already) and extract one article; errors become data.

    With ``render``, the outcome carries the rendered document instead of the document: a
    worker process then sends back a string, which costs the parent nothing to unpickle.
    """
    try:
        source = task if isinstance(task, Source) else read_source(task)
    except InputError as error:
        return Outcome(task if isinstance(task, str) else task.path, error=str(error))
    try:
        doc = extract(source.text, source.path)
    except Exception as error:  # a bug met in one article must not stop a batch of thousands
        problem = f"internal error ({type(error).__name__}: {error}); please report it with this file"
        return Outcome(source.path, error=f"{source.path}: {problem}")
    warnings = tuple(
        f"{doc.path}:{line_of(source.text, p.span.start)}: {p.severity}: {p.message}" for p in doc.problems
    )
    counts = {"references": len(doc.references), "citations": len(doc.citations)}
    if render is None:
        return Outcome(source.path, doc, warnings, **counts)
    return Outcome(source.path, None, warnings, output=render(doc), **counts)


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


class _WorkerTasks:
    """The task list as a worker process sees it: set once, by the pool's initializer.

    With the fork start method the list reaches the workers with the fork itself, so no
    article text goes through a pipe; the parent sends only ranges of task numbers.
    """

    tasks: Sequence[Source | str] = ()

    @classmethod
    def set(cls, tasks: Sequence[Source | str]) -> None:
        cls.tasks = tasks
        # Ctrl-C is the parent's to handle (it stops the pool): no traceback from every worker.
        signal.signal(signal.SIGINT, signal.SIG_IGN)


def _extract_range(job: tuple[int, int, Callable[[Document], str] | None]) -> bytes:
    """A worker's chunk, pickled here: the parent unpickles it in its main thread, when it is
    next in order, rather than in the pool's result thread, which would contend for the GIL."""
    start, stop, render = job
    outcomes = [extract_one(task, render) for task in _WorkerTasks.tasks[start:stop]]
    return pickle.dumps(outcomes, pickle.HIGHEST_PROTOCOL)


# Articles per message between processes: a chunk's documents (about 750 bytes an article)
# then fit in a pipe's 64 KiB buffer, so a worker never waits on a parent busy extracting.
CHUNK = 32


def extract_many(
    tasks: Iterable[Source | str], jobs: int = 1, render: Callable[[Document], str] | None = None
) -> Iterator[Outcome]:
    """Outcomes in the order of the tasks, whatever the number of processes.

    With ``jobs`` N, this process and N - 1 worker processes extract: the tasks are cut
    into chunks, and this process takes every N-th chunk itself. A parent that only handed
    out texts and collected results would be a third process competing for two cores,
    and unpickling the workers' documents costs it a twentieth of extracting them. A
    ``render`` function (picklable: a module-level function or a partial of one) runs
    where each document was extracted; see :func:`extract_one`.
    """
    tasks = list(tasks)
    if jobs <= 1 or len(tasks) < 4:
        yield from (extract_one(task, render) for task in tasks)
        return
    import multiprocessing

    size = max(1, min(CHUNK, len(tasks) // (jobs * 8)))
    bounds = [(start, min(start + size, len(tasks))) for start in range(0, len(tasks), size)]
    context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    with context.Pool(jobs - 1, initializer=_WorkerTasks.set, initargs=(tasks,)) as pool:
        theirs = pool.imap(_extract_range, [(*b, render) for i, b in enumerate(bounds) if i % jobs])
        for i, (start, stop) in enumerate(bounds):
            if i % jobs:
                yield from pickle.loads(next(theirs))
            else:
                yield from (extract_one(task, render) for task in tasks[start:stop])


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
        self.references += outcome.references
        self.citations += outcome.citations
        self.warnings += len(outcome.warnings)

    def line(self) -> str:
        seconds = time.perf_counter() - self.started
        return (f"gsecite: {self.articles} articles, {self.references} references, {self.citations} citations, "
                f"{self.warnings} warnings, {self.failed} failed in {seconds:.1f} s")
