"""A text's notes (a Western book's footnotes or endnotes, under a ``Notes`` heading): a note that cites a work
in full is a reference; ``Ibid., 7.`` and a short note (``Zaionchkovskii, Otmena krepostnogo prava, 50.``) cite
the work of a note before them, as citations.

>>> short_note("Ibid., 7.")
ShortNote(text='Ibid., 7.', family='', title='', locator='7', volume='')
>>> short_note("Ibid., 4:12.").volume
'4'
>>> note = short_note("Zaionchkovskii, Otmena krepostnogo prava, 50.")
>>> note.family, note.title, note.locator
('Zaionchkovskii', 'Otmena krepostnogo prava', '50')
>>> short_note("Zaionchkovskii, P. A. Otmena krepostnogo prava. Moscow, 1968.") is None  # a work in full
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .patterns import FAMILY, YEAR

NOTES = "notes"

# The page a note cites, after a comma: "50", "pp. 5–7", "2:45" (volume 2, page 45), "vol. 2, p. 45"
_LOCATOR = (
    r"(?:,?\s(?:vol\.\s?(?P<volume>\d+),\s)?(?:(?P<volume_before_colon>\d+):|pp?\.\s?)?"
    r"(?P<locator>\d+(?:[–-]\d+)?))?\.?$"
)
_IBID = re.compile(rf"^(?:Ibid|Ibidem)\.?{_LOCATOR}")
# A short note: the family name (or two), a short title (an article's in quotes), the page; no imprint, no year
_SHORT = re.compile(
    rf"^(?P<family>{FAMILY})(?:\s(?:and|&)\s{FAMILY})?,\s(?:(?P<title>[^,()“”\"]+?)|[“\"](?P<article>[^“”\"]+?),[”\"])"
    rf"{_LOCATOR}"
)
_A_YEAR = re.compile(rf"\b{YEAR}\b")
_WORD = re.compile(r"\w+")
# What a short note prints for a title it does not name: the author's work cited last ("op. cit.")
_UNNAMED_WORKS = (["op", "cit"], ["loc", "cit"])


def _words(text: str) -> list[str]:
    """The words of a name or title, casefolded: what a short note and its work's note are matched by."""
    return _WORD.findall(text.casefold())


@dataclass(frozen=True, slots=True)
class ShortNote:
    """A note that cites a work of a note before it: ibid. (no family, no title) or a short note."""

    text: str
    family: str = ""
    title: str = ""
    locator: str = ""
    volume: str = ""  # "Ibid., 4:12": the volume, where the note names one


def short_note(text: str) -> ShortNote | None:
    """The note as a citation of an earlier note's work, or None if it cites a work in full."""
    text = text.strip()
    if ibid := _IBID.match(text):
        return ShortNote(text, locator=ibid["locator"] or "", volume=_volume(ibid))
    if _A_YEAR.search(text) or not (short := _SHORT.match(text)):
        return None
    return ShortNote(
        text, short["family"], (short["title"] or short["article"]).strip(), short["locator"] or "", _volume(short)
    )


def _volume(m: re.Match) -> str:
    return m["volume"] or m["volume_before_colon"] or ""


def cited_note(note: ShortNote, earlier: list[tuple[str, dict]]) -> str | None:
    """The key of the earlier note's work a short note cites: for ibid., the work of the note just before (a
    reference or a work cited), else the latest work of that author whose title begins with the short title.
    ``earlier`` holds each earlier note's key and its fields, latest last.

    >>> from gsecite.model import Name
    >>> notes = [("a", {"author": (Name("Zaionchkovskii", "P. A."),), "title": "Otmena krepostnogo prava v Rossii"}),
    ...          ("b", {"author": (Name("Raeff", "Marc"),), "title": "The Decembrists"})]
    >>> cited_note(short_note("Ibid., 7."), notes), cited_note(short_note("Zaionchkovskii, Otmena, 5."), notes)
    ('b', 'a')
    >>> cited_note(short_note("Ivanov, Ocherki, 5."), notes) is None
    True
    >>> cited_note(short_note("Zaionchkovskii, op. cit., 5."), notes)
    'a'
    """
    if not note.family:
        return earlier[-1][0] if earlier else None
    family, words = _words(note.family), _words(note.title)
    if words in _UNNAMED_WORKS:
        words = []  # "Zaionchkovskii, op. cit., 50.": the latest work of his a note cites
    for key, fields in reversed(earlier):
        authors = fields.get("author") or fields.get("editor") or ()
        title = _words(fields.get("title") or fields.get("container_title") or "")
        if authors and _words(authors[0].family) == family and title[: len(words)] == words:
            return key
    return None
