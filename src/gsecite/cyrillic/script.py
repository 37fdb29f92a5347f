"""Records in Cyrillic, and restored text in another romanization.

``to_cyrillic`` restores the Russian-language fields of a record (titles, names,
containers, places, publishers) and keeps every romanized value it replaced in
``custom.romanized`` (and the title in CSL ``original-title``), so nothing is
lost. Places take the abbreviations a Russian bibliography uses (Moscow → М.,
Moscow-Leningrad → М.; Л.); the apparatus (``2-е изд.``, ``Т.``, ``№``, ``//``)
is the style's to print, in its Russian locale (``--style gost-r-7-0-5-2008``).

>>> from gsecite.model import Name, Reference
>>> ref = Reference(id="x", type="book", title="Narody Sibiri", publisher_place="Moscow-Leningrad",
...                 author=(Name("Levin", "M. G."),), language="ru")
>>> restored = to_cyrillic(ref, Restorer())
>>> restored.title, restored.publisher_place, restored.author[0].display()
('Народы Сибири', 'М.; Л.', 'Левин, М. Г.')
>>> romanize("Народы Сибири", "bgn")
'Narody Sibiri'
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ..model import Name, Reference
from ..tables import read_table
from .reading import has_cyrillic, lc_letter
from .restore import Restorer

TEXT_FIELDS = ("title", "title_short", "volume_title", "container_title", "container_title_short", "collection_title",
               "publisher")
NAME_FIELDS = ("author", "editor", "container_author")
ROMANIZATIONS = {
    "lc": None,  # the encyclopedia's own: Library of Congress without diacritics
    "lc-diacritics": "ALA_LC",
    "bgn": "BGN_PCGN",
    "iso9": "GOST_779",
    "scholarly": "SCIENTIFIC",
}
@lru_cache(maxsize=1)
def _places() -> dict[str, str]:
    return read_table("romanization.json")["places"]


@lru_cache(maxsize=1)
def _foreign_names() -> dict[str, str]:
    return read_table("romanization.json")["foreign_names"]


def _name(name: Name, restorer: Restorer) -> Name:
    """A name in Cyrillic: each initial on its own (so "T. I." is never read as "tom I"),
    English spellings of foreign names in their Russian form (Marx → Маркс). A family name spelled as
    no romanization spells one stays as printed, and so do its given names: one name, one script.

    >>> restorer = Restorer()
    >>> _name(Name("Derzhavin", "K. N."), restorer), _name(Name("Menéndez Pidal", "R."), restorer)
    (Name(family='Державин', given='К. Н.', literal=''), Name(family='Menéndez Pidal', given='R.', literal=''))
    """
    if name.literal:
        return Name(literal=restorer.restore(name.literal))
    family = _foreign_names().get(name.family) or restorer.restore(name.family)
    if family == name.family:
        return name  # ("Menéndez Pidal, R.", "Cervantes Saavedra, Miguel de": not "Menéndez Pidal Р.")
    given = " ".join(restorer.restore_initial(token, name.family) for token in name.given.split())
    return Name(family=family, given=given)


def to_cyrillic(ref: Reference, restorer: Restorer) -> Reference:
    """The record with its Russian-language fields in Cyrillic (other languages as they are)."""
    if ref.language not in ("ru", ""):
        return ref
    changes: dict[str, object] = {}
    romanized: dict[str, object] = {}
    for field in TEXT_FIELDS:
        value = getattr(ref, field)
        if value:
            restored = restorer.restore(value)
            if restored != value:
                changes[field], romanized[field] = restored, value
    for field in NAME_FIELDS:
        names = getattr(ref, field)
        if names:
            restored_names = tuple(_name(n, restorer) for n in names)
            if restored_names != names:
                changes[field] = restored_names
                romanized[field] = [n.display() for n in names]
    if ref.publisher_place:
        place = _places().get(ref.publisher_place) or restorer.restore(ref.publisher_place)
        if place != ref.publisher_place:
            changes["publisher_place"], romanized["publisher-place"] = place, ref.publisher_place
    if not changes:
        return ref
    extra = dict(ref.extra)
    if "title" in romanized:
        extra["original-title"] = romanized["title"]
    custom = dict(ref.custom)
    custom["romanized"] = {k.replace("_", "-"): v for k, v in romanized.items()}
    return replace(ref, **changes, extra=tuple(extra.items()), custom=tuple(custom.items()))


def romanize(text: str, scheme: str) -> str:
    """Cyrillic text in a romanization: lc (the encyclopedia's), lc-diacritics, bgn, iso9, scholarly."""
    if scheme not in ROMANIZATIONS:
        raise ValueError(f"unknown romanization {scheme!r}; choose one of {', '.join(ROMANIZATIONS)}")
    if ROMANIZATIONS[scheme] is None:
        return "".join(lc_letter(ch) for ch in text)
    import iuliia

    return getattr(iuliia, ROMANIZATIONS[scheme]).translate(text)


def re_romanize(ref: Reference, scheme: str, restorer: Restorer) -> Reference:
    """A Russian record's romanized fields restored and romanized again by another scheme; the fields of a record
    printed in Cyrillic romanized by it.

    >>> printed = Reference(id="x", type="book", title="Очерки", publisher_place="М.", language="ru")
    >>> again = re_romanize(printed, "bgn", Restorer())
    >>> again.title, again.publisher_place
    ('Ocherki', 'M.')
    """
    cyrillic = to_cyrillic(ref, restorer)
    changes: dict[str, object] = {}
    for field in (*TEXT_FIELDS, "publisher_place"):
        printed = getattr(ref, field)
        if has_cyrillic(printed) or (field != "publisher_place" and getattr(cyrillic, field) != printed):
            changes[field] = romanize(getattr(cyrillic, field), scheme)
    for field in NAME_FIELDS:
        names = getattr(cyrillic, field)
        if names != getattr(ref, field) or any(has_cyrillic(n.family + n.given + n.literal) for n in names):
            changes[field] = tuple(
                Name(literal=romanize(n.literal, scheme)) if n.literal
                else Name(family=romanize(n.family, scheme), given=romanize(n.given, scheme))
                for n in names
            )
    return replace(ref, **changes) if changes else ref
