"""Restoring the Cyrillic of a list's entries, one line each: an entry of a work in another language stays as printed.

A Russian list prints a foreign work in its own script, names and city included; only the entries of Russian
works are romanized in the translation, and only they are restored. What language an entry is in, the parser
tells, as it tells it for an extracted record.

>>> from gsecite.cyrillic import Restorer
>>> restorer = Restorer()
>>> restore_entry_line("Bloch, M. Apologie pour l’histoire. Paris, 1949.", restorer)
'Bloch, M. Apologie pour l’histoire. Paris, 1949.'
>>> restore_entry_line("Ivanov, I. I. Ocherki istorii. M.: Nauka, 1957.", restorer)
'Иванов, И. И. Очерки истории. М.: Наука, 1957.'
"""

from __future__ import annotations

import re

from ..entries import parse_entry
from ..language import detect_language, language_named, names_only
from ..tables import load_tables
from .restore import Restorer


def entry_language(line: str) -> str:
    """The language of the work a line's entry names, as extraction would tell it ("" for a line with no title).

    >>> entry_language("Smith, J. History of Russia. London, 1990."), entry_language("Ivanov, I. I. Ocherki. M., 1960.")
    ('en', 'ru')
    >>> entry_language("Hartshorne R. Algebraic geometry. New York: Springer, 1977. 496 p.")
    'en'
    """
    reference, _ = parse_entry(line)
    title = reference.title or reference.container_title
    if not title:
        return ""
    if not reference.author and (authors := _AUTHORS_AHEAD.match(title)):
        # "Hartshorne R. Algebraic geometry": foreign authors as a Russian list prints them, which the parser
        # takes for Russian practice only when their surnames are Russian; the title after them tells
        title = title[authors.end() :]
    place = reference.publisher_place
    # (a title that is a name alone tells no language but its letters' and its city's: "Ibn Sina. Moscow, 1980.")
    return language_named(reference.note, place, title) or detect_language(
        title, place=place, publisher=reference.publisher,
        title_is_a_name=":" not in title and names_only(title.replace("(", "")),
    )


def restore_entry_line(line: str, restorer: Restorer) -> str:
    """One line of a list in Cyrillic: restored, unless its entry is of a work in another language. The
    translation's label before a list of Russian translations stays as printed, the entry after it restored.

    >>> restore_entry_line("In Russian translation: Stikhi. Moscow, 1961.", Restorer())
    'In Russian translation: Стихи. Moscow, 1961.'
    """
    label = next((label for label in load_tables().translation_labels if line.startswith(label)), "")
    if label and line[len(label) :].strip():
        rest = line[len(label) :]
        return label + rest[: len(rest) - len(rest.lstrip())] + restore_entry_line(rest.lstrip(), restorer)
    restored = restorer.restore(line)
    # (the parser is asked only when two words or more stayed Latin: most lines of a Russian list have none)
    if len(_LATIN_WORD.findall(restored, 0, _LOOKED_AT)) >= 2 and entry_language(line) not in ("ru", ""):
        return line
    return restored


_LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
# Surnames, each with one to three initials after it, as a Russian list prints its authors: "Smith J.", "Atiyah M.F.,
# Macdonald I.G."
_AUTHORS_AHEAD = re.compile(r"(?:[A-Z][a-z’'-]+,?\s(?:[A-Z][a-z]?\.\s?-?){1,3},?\s)+(?=[A-Z])")
_LOOKED_AT = 400  # characters: an entry's title is near its start
