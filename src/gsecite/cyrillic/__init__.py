"""Cyrillic: restoring the Russian that the encyclopedia romanized away, and reading entries printed in it."""

__all__ = ["Restorer"]


def __getattr__(name: str):
    # (the restorer and its tables load when first asked for: reading a page needs only .reading)
    if name == "Restorer":
        from .restore import Restorer

        return Restorer
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
