"""Cyrillic: restoring the Russian that the encyclopedia romanized away."""

from .restore import Restorer

__all__ = ["Restorer"]
