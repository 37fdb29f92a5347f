"""Export: records to reference-manager formats and formatted bibliographies.

Each format is a module with a pure ``write_*`` function from references to
text; :func:`render` picks one by name.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Reference

FORMATS = ("csl-json", "bibtex", "ris", "text", "html", "markdown")
FORMATTED = ("text", "html", "markdown")


def render(references: Sequence[Reference], fmt: str, *, style: str | None = None, ascii_only: bool = False) -> str:
    """The references written in one format (see :data:`FORMATS`)."""
    if fmt == "csl-json":
        import json

        from ..csl import to_csl

        return json.dumps([to_csl(r) for r in references], ensure_ascii=False, indent=2) + "\n"
    if fmt == "bibtex":
        from .bibtex import write_bibtex

        return write_bibtex(references, ascii_only=ascii_only)
    if fmt == "ris":
        from .ris import write_ris

        return write_ris(references)
    if fmt in FORMATTED:
        from .formatted import format_bibliography

        return format_bibliography(references, style=style, output=fmt)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
