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
