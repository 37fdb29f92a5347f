"""Shared fixtures: where the evaluation articles live (read in place, never copied)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEV = SHARED / "benchmark" / "dev"
SEED = ROOT / "seeds" / "000_764cae084d0f7384.txt"


def dev_articles() -> list[Path]:
    return sorted(DEV.glob("*.txt")) if DEV.is_dir() else []


@pytest.fixture
def dev_dir() -> Path:
    if not DEV.is_dir():
        pytest.skip("../shared/benchmark/dev is not present")
    return DEV


@pytest.fixture
def extract_fails_on(monkeypatch):
    """Make extraction raise (a stand-in for a parser bug) on files whose path ends with a suffix.

    The patch is made before any worker process forks, so the workers have it too.
    """
    import gsecite.batch

    real_extract = gsecite.batch.extract

    def fail_on(suffix: str) -> None:
        def extract_or_fail(text: str, path: str = "-"):
            if path.endswith(suffix):
                raise ValueError("a bug")
            return real_extract(text, path)

        monkeypatch.setattr(gsecite.batch, "extract", extract_or_fail)

    return fail_on
