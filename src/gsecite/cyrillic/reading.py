"""Entries printed in Cyrillic (a Russian text's ``Литература``): read in the encyclopedia's romanization, their
records given back in the letters printed.

The parser knows romanized entries; a Cyrillic page is read romanized (Library of Congress, as the
encyclopedia spells), each romanized letter knowing the printed letter it stands for. A record's values are then
taken from the printed text where the romanized entry holds them as they are (``Иванов``, ``Очерки истории``,
``М.``); a value the parser changed (an abbreviation spelled out) stays romanized, as the raw text keeps the
printed one.

>>> text, positions = romanized_for_reading("Иванов И. И. Очерки. М., 1950.")
>>> text
'Ivanov I. I. Ocherki. M., 1950.'
>>> printed_value("Ocherki", text, positions, "Иванов И. И. Очерки. М., 1950.")
'Очерки'
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..dictionary import restorer
from ..model import Reference, Span

_LC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i", "й": "i",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
    "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "”", "ы": "y", "ь": "’", "э": "e", "ю": "iu",
    "я": "ia", "і": "i", "ї": "i", "є": "ie", "ґ": "g", "ў": "u",
}


def lc_letter(ch: str) -> str:
    """A Cyrillic letter in the encyclopedia's romanization, capitalized as printed; any other character itself.

    >>> lc_letter("Щ"), lc_letter("ь"), lc_letter("7")
    ('Shch', '’', '7')
    """
    latin = _LC.get(ch.lower())
    if latin is None:
        return ch
    return latin[:1].upper() + latin[1:] if ch.isupper() else latin


# The letters of the Russian alphabet (a romanized page's letters of other Cyrillic alphabets, Kalmyk ѳ or Bashkir
# ҫ, are read as printed)
_CYRILLIC = re.compile(r"[а-яА-ЯёЁ]")
_CYRILLIC_LETTERS = re.compile(r"[\u0400-\u04ff]")
_LATIN_LETTERS = re.compile(r"[A-Za-z\u00c0-\u024f]")
# The languages whose letters a Cyrillic entry shows; Russian where it shows none of them
_LANGUAGE_LETTERS = (("ўЎ", "be"), ("їЇєЄґҐ", "uk"), ("іІ", "uk"))
TEXT_FIELDS = (
    "title", "title_short", "volume_title", "container_title", "container_title_short", "collection_title",
    "publisher", "publisher_place", "note", "genre",
)
NAME_FIELDS = ("author", "editor", "container_author")
# The fields whose words the parser may spell out, which the printed text does not hold as they are then
# (and the short forms an "Ibid." takes from the entry before it, "там же": "Полн. собр. соч.")
_SPELLED_OUT_FIELDS = ("title", "container_title", "collection_title", "volume_title", "title_short",
                       "container_title_short")
_LATIN = re.compile(r"[A-Za-z]")
# How far above an entry its article's headword is looked for (bounded: a page of many articles stays linear)
_HEADWORD_WINDOW = 20_000


def has_cyrillic(text: str) -> bool:
    return _CYRILLIC.search(text) is not None


def romanized_for_reading(text: str, positions: list[int] | None = None) -> tuple[str, list[int]]:
    """The text with its Cyrillic letters romanized, and for each character of it the position in the text as
    printed (through ``positions``, the text's own, if it was read from another)."""
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        latin = lc_letter(ch)
        out.append(latin)
        where.extend([i if positions is None else positions[i]] * len(latin))
    return "".join(out), where


def printed_value(value: str, text: str, positions: list[int], printed: str, start: int = 0, end: int = -1) -> str:
    """The printed text of a value the romanized ``text[start:end]`` holds as it is; else the value."""
    end = len(text) if end < 0 else end
    at = text.find(value, start, end) if value else -1
    if at < 0:
        return value
    return printed[positions[at] : positions[at + len(value) - 1] + 1]


def printed_record(ref: Reference, span: Span, text: str, positions: list[int], printed: str) -> Reference:
    """A record read from the romanized ``text[span]`` in the letters printed, with the language its letters tell,
    if the text is printed in Cyrillic there; else the record as it is.

    >>> from gsecite.model import Name
    >>> printed = "Иванов И. И. Очерки. М., 1950."
    >>> text, positions = romanized_for_reading(printed)
    >>> ref = Reference(id="x", type="book", author=(Name("Ivanov", "I. I."),), title="Ocherki",
    ...                 publisher_place="M.", language="pl")
    >>> restored = printed_record(ref, Span(0, len(text)), text, positions, printed)
    >>> restored.author[0].display(), restored.title, restored.publisher_place, restored.language
    ('Иванов, И. И.', 'Очерки', 'М.', 'ru')
    """
    entry = printed[positions[span.start] : positions[span.end - 1] + 1] if span.end > span.start else ""
    if not has_cyrillic(entry):
        return ref

    def back(value: str) -> str:
        return printed_value(value, text, positions, printed, span.start, span.end)

    def name_back(value: str) -> str:
        # (a name the entry does not print, the article's subject, as the headword above prints it)
        found = back(value)
        if found != value:
            return found
        found = printed_value(value, text, positions, printed, max(0, span.start - _HEADWORD_WINDOW), span.start)
        # (or one a convention names, Lenin's "V. I." of a bare "Полн. собр. соч., 5 изд.": restored)
        return restorer().restore(found) if found == value and _LATIN.search(value) else found

    changes: dict[str, object] = {field: back(value) for field in TEXT_FIELDS if (value := getattr(ref, field))}
    for field in _SPELLED_OUT_FIELDS:
        if (value := changes.get(field)) and value == getattr(ref, field) and _LATIN.search(value):
            # an abbreviation the parser spelled out ("Полн. собр. соч." → "Polnoe sobranie sochinenii"): in Cyrillic
            changes[field] = restorer().restore(value)
    for field in NAME_FIELDS:
        if names := getattr(ref, field):
            changes[field] = tuple(
                replace(n, family=name_back(n.family), given=name_back(n.given), literal=name_back(n.literal))
                for n in names
            )
    if len(_CYRILLIC_LETTERS.findall(entry)) >= len(_LATIN_LETTERS.findall(entry)):
        # (printed in Cyrillic, not a romanized entry with a stray Cyrillic letter: "Moscow, с. 1950")
        changes["language"] = next(
            (lang for letters, lang in _LANGUAGE_LETTERS if any(c in entry for c in letters)), "ru"
        )
    return replace(ref, **changes)
