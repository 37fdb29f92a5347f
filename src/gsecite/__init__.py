"""gsecite: a citation manager for transliterated Russian sources.

The pipeline: :mod:`read` → :mod:`segment` → :mod:`entries` → :mod:`extract`
(resolve) → :mod:`csl` (export). :func:`extract` is the entry point.
"""

__version__ = "0.1.0"

from .extract import extract  # noqa: E402

__all__ = ["extract", "__version__"]
