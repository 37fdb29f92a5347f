"""Reading record files: CSL-JSON (an array, a document, or JSON Lines of documents) and BibTeX.

>>> refs, problems = read_records('[{"id": "a", "type": "book", "title": "Komety"}, {"type": 5}]')
>>> [r.title for r in refs], problems
(['Komety'], ['item 2: the type of a CSL item must be a string'])
"""

from __future__ import annotations

import json

from .csl import from_csl
from .model import Reference


class RecordsError(ValueError):
    """A file that is neither CSL-JSON nor BibTeX."""


def _items(data) -> list:
    if isinstance(data, list):
        return data
    if isinstance(data, dict) and isinstance(data.get("references"), list):
        return data["references"]
    if isinstance(data, dict) and "type" in data:
        return [data]
    raise RecordsError("JSON that is neither a list of CSL items nor a gsecite document")


def read_records(text: str, path: str = "-") -> tuple[list[Reference], list[str]]:
    """The records of a CSL-JSON or BibTeX text, and a message for each entry that could not be read."""
    stripped = text.lstrip("\ufeff \t\r\n")
    if not stripped:
        return [], []
    if stripped[0] in "[{":
        try:
            items = _items(json.loads(stripped))
        except json.JSONDecodeError:
            try:
                items = [i for line in stripped.splitlines() if line.strip() for i in _items(json.loads(line))]
            except json.JSONDecodeError as error:
                raise RecordsError(f"{path}: not valid JSON ({error.msg} at line {error.lineno})") from None
        refs, problems = [], []
        for n, item in enumerate(items, 1):
            try:
                refs.append(from_csl(item))
            except (ValueError, TypeError) as error:
                problems.append(f"item {n}: {error}")
        return refs, problems
    if "@" in stripped:
        from .export.bibtex import read_bibtex

        refs, problems = read_bibtex(text, path)
        return refs, [p.message for p in problems]
    raise RecordsError(f"{path}: neither CSL-JSON nor BibTeX")
