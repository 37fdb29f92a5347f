"""The library: many articles' records in one SQLite file (see :mod:`.store`)."""

from .store import Library, LibraryError, default_library_path

__all__ = ["Library", "LibraryError", "default_library_path"]
