"""Reading record files: CSL-JSON (an array, a document, or JSON Lines of documents) and BibTeX.

>>> records = read_records('[{"id": "a", "type": "book", "title": "Komety"}, {"type": 5}, {"title": "Stikhi"}]')
>>> [(r.type, r.title) for r in records.references], records.problems
([('book', 'Komety'), ('document', 'Stikhi')], ['item 2: the type of a CSL item must be a string'])
>>> records.warnings
['item 3: no type; read as a document']
"""

from __future__ import annotations

import json
from typing import NamedTuple

from .csl import CSL_TYPES, from_csl
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


class Records(NamedTuple):
    """What a record file holds: its records, a message for each entry that could not be read, and one for
    each that was read otherwise than it says (an item with no type, or with one CSL does not have)."""

    references: list[Reference]
    problems: list[str]
    warnings: list[str]


def _typed(item, n: int, warnings: list[str]):
    """An item whose type CSL knows as it is; else as a document, with a warning (a type that is no string is
    left to :func:`from_csl` to refuse)."""
    if not isinstance(item, dict) or not isinstance(item.get("type", ""), str) or item.get("type") in CSL_TYPES:
        return item
    named = f"item {n}" + (f" ({item['id']})" if item.get("id") else "")
    printed = item.get("type")
    warnings.append(f"{named}: " + (f"“{printed}” is no CSL type" if printed else "no type") + "; read as a document")
    return {**item, "type": "document"}


def read_records(text: str, path: str = "-") -> Records:
    """The records of a CSL-JSON or BibTeX text, a message for each entry that could not be read, and one
    for each read as a document for want of a type CSL knows."""
    stripped = text.lstrip("\ufeff \t\r\n")
    if not stripped:
        return Records([], [], [])
    if stripped[0] in "[{":
        try:
            items = _items(json.loads(stripped))
        except json.JSONDecodeError:
            try:
                items = [i for line in stripped.splitlines() if line.strip() for i in _items(json.loads(line))]
            except json.JSONDecodeError as error:
                raise RecordsError(f"{path}: not valid JSON ({error.msg} at line {error.lineno})") from None
        refs, problems, warnings = [], [], []
        for n, item in enumerate(items, 1):
            try:
                refs.append(from_csl(_typed(item, n, warnings)))
            except (ValueError, TypeError) as error:
                problems.append(f"item {n}: {error}")
        return Records(refs, problems, warnings)
    if "@" in stripped:
        from .export.bibtex import read_bibtex

        refs, bibtex_problems = read_bibtex(text, path)
        return Records(refs, [p.message for p in bibtex_problems], [])
    raise RecordsError(f"{path}: neither CSL-JSON nor BibTeX")
