"""The record model: frozen dataclasses shared by every stage of the pipeline.

Every record keeps where it came from (a :class:`Span` of character offsets in
the input text) and, for bibliography entries, its raw printed text. Fields of
:class:`Reference` follow CSL-JSON variable names with ``_`` for ``-``
(``container_title`` is CSL ``container-title``); the conversion to and from
CSL-JSON lives in :mod:`gsecite.csl` alone.

>>> ref = Reference(id="lenin1969o", type="book", title="O soiuze",
...                 author=(Name(family="Lenin", given="V. I."),), issued=Date((1969,)))
>>> ref.author[0].display()
'Lenin, V. I.'
>>> ref.issued.years()
(1969, 1969)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from functools import cache
from operator import attrgetter

ORIGIN_BIBLIOGRAPHY = "bibliography"
ORIGIN_INLINE = "inline"


@dataclass(frozen=True, slots=True)
class Span:
    """Character offsets ``[start, end)`` of a piece of the input text."""

    start: int
    end: int

    def slice(self, text: str) -> str:
        return text[self.start : self.end]

    def shifted(self, offset: int) -> Span:
        return Span(self.start + offset, self.end + offset)


@dataclass(frozen=True, slots=True)
class Name:
    """A personal name: ``family`` + ``given`` (initials keep their periods), or a ``literal``.

    >>> Name(family="Marx", given="K.").display()
    'Marx, K.'
    >>> Name(literal="Nam Cao").display()
    'Nam Cao'
    """

    family: str = ""
    given: str = ""
    literal: str = ""

    def display(self) -> str:
        if self.literal:
            return self.literal
        return f"{self.family}, {self.given}" if self.given else self.family

    def natural(self) -> str:
        """The name in reading order: ``K. Marx``."""
        if self.literal:
            return self.literal
        return f"{self.given} {self.family}" if self.given else self.family


@dataclass(frozen=True, slots=True)
class Date:
    """A date or a date range; parts are ``(year,)``, ``(year, month)`` or ``(year, month, day)``.

    ``1970–72`` is ``Date((1970,), (1972,))``; ``1966–`` (still appearing) is
    ``Date((1966,), open_end=True)``.
    """

    start: tuple[int, ...]
    end: tuple[int, ...] | None = None
    open_end: bool = False

    def years(self) -> tuple[int, int]:
        last = self.end[0] if self.end else self.start[0]
        return self.start[0], last


@dataclass(frozen=True, slots=True)
class Problem:
    """Something a stage could not do, with the span of text it concerns."""

    span: Span
    message: str
    severity: str = "warning"


@dataclass(frozen=True, slots=True)
class Reference:
    """One work: a bibliography entry, or a work only cited inline."""

    id: str
    type: str
    raw: str = ""
    span: Span | None = None
    origin: str = ORIGIN_BIBLIOGRAPHY
    author: tuple[Name, ...] = ()
    editor: tuple[Name, ...] = ()
    container_author: tuple[Name, ...] = ()
    title: str = ""
    title_short: str = ""
    container_title: str = ""
    container_title_short: str = ""
    collection_title: str = ""
    edition: str = ""
    volume: str = ""
    volume_title: str = ""  # the title of one volume of a work in several: "Rukovodstvo po zoologii, vol. 6: Ptitsy"
    number_of_volumes: str = ""
    part: str = ""
    chapter_number: str = ""
    issue: str = ""
    page: str = ""
    number_of_pages: str = ""  # a book's length, as a Russian list prints it: "300 s."
    publisher_place: str = ""
    publisher: str = ""
    issued: Date | None = None
    note: str = ""
    language: str = ""
    genre: str = ""
    # CSL variables and custom keys that this model has no field for, kept as
    # (key, JSON value) pairs so that nothing read from a file is lost.
    extra: tuple[tuple[str, object], ...] = ()
    custom: tuple[tuple[str, object], ...] = field(default=())

    def with_changes(self, **changes: object) -> Reference:
        return replace(self, **changes)


# Fields of Reference that carry CSL variables, in CSL output order.
REFERENCE_FIELDS = tuple(
    f.name for f in fields(Reference) if f.name not in {"id", "raw", "span", "origin", "extra", "custom"}
)


@dataclass(frozen=True, slots=True)
class Citation:
    """A parenthetical source in the running text, resolved to a reference id."""

    reference: str
    text: str
    span: Span
    locator: str = ""
    label: str = "page"


@dataclass(frozen=True, slots=True)
class CrossReference:
    """``(see HEGEMONY OF THE PROLETARIAT)``: a pointer to another article."""

    target: str
    span: Span


@dataclass(frozen=True, slots=True)
class Document:
    """Everything extracted from one input article."""

    path: str
    title: str
    references: tuple[Reference, ...] = ()
    citations: tuple[Citation, ...] = ()
    cross_references: tuple[CrossReference, ...] = ()
    problems: tuple[Problem, ...] = ()


@cache
def _field_values(cls: type) -> Callable[[object], tuple]:
    """A C-level getter of all the fields of ``cls`` at once, in order (a tuple, even of one)."""
    names = [f.name for f in fields(cls)]
    return attrgetter(*names) if len(names) > 1 else lambda obj: (getattr(obj, names[0]),)


def _reduce_by_fields(self):
    """Pickle as a call of the class with its field values, in order.

    A third cheaper than the slot-by-slot state dataclasses pickle by default, which counts
    when worker processes send their documents back (``gsecite extract DIR --jobs N``).
    """
    return type(self), _field_values(type(self))(self)


for _model_class in (Span, Name, Date, Problem, Reference, Citation, CrossReference, Document):
    _model_class.__reduce__ = _reduce_by_fields
