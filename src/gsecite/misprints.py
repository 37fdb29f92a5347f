"""Misprints that a dictionary repairs: a Russian word no dictionary knows, which one slip of the
typesetter or of OCR away is a word it knows.

The encyclopedia's pages carry such slips (``Drevnosli`` for Drevnosti, t read as l;
``luzhnoi`` for Iuzhnoi, I read as l; ``Issledovnaiia``, two letters swapped). A
word is repaired only when it is certain enough: the word as printed reads as no
dictionary word (pymorphy3, through :class:`~gsecite.cyrillic.restore.Restorer`),
and exactly one of its variants by the slips in ``data/repairs.json`` does. A
capitalized word is tried only where a sentence starts, since elsewhere it is a
name, which a dictionary does not list (``Slepov`` is no misprint of Stepov).

>>> repair_misprints("Drevniaia istoriia luzhnoi Sibiri")
('Drevniaia istoriia Iuzhnoi Sibiri', (('luzhnoi', 'Iuzhnoi'),))
>>> repair_misprints("Trudy instituta imeni Slepova")
('Trudy instituta imeni Slepova', ())
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .dictionary import is_russian_word, restorer
from .tables import read_table


@dataclass(frozen=True, slots=True)
class Slip:
    """One piece printed for another: ``l`` for ``t``; ``at_start``: only as a word's first letters."""

    printed: str
    meant: str
    at_start: bool = False


@dataclass(frozen=True, slots=True)
class _Rules:
    slips: tuple[Slip, ...]
    transposed_min_letters: int


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    data = read_table("repairs.json")["misprints"]
    slips = tuple(
        Slip(item["printed"], item["meant"], item.get("where") == "start") for item in data["confusions"]
    )
    return _Rules(slips, int(data["transposed_min_letters"]))


def variants(word: str, slips: tuple[Slip, ...], transposed_min_letters: int) -> list[str]:
    """Every word one slip away from ``word``, in a fixed order (no duplicates, not the word itself).

    >>> variants("skol", (Slip("l", "t"), Slip("l", "I", at_start=True)), 6)
    ['skot']
    >>> variants("abcdef", (), 6)[:2]
    ['bacdef', 'acbdef']
    """
    found: dict[str, None] = {}
    for slip in slips:
        at = word.find(slip.printed)
        while at >= 0:
            if not slip.at_start or at == 0:
                found[word[:at] + slip.meant + word[at + len(slip.printed) :]] = None
            if slip.at_start:
                break
            at = word.find(slip.printed, at + 1)
    if len(word) >= transposed_min_letters:
        for at in range(len(word) - 1):
            if word[at] != word[at + 1] and word[at].isalpha() and word[at + 1].isalpha():
                found[word[:at] + word[at + 1] + word[at] + word[at + 2 :]] = None
    found.pop(word, None)
    return list(found)


@lru_cache(maxsize=1 << 16)
def repaired_word(word: str) -> str:
    """The word meant, or ``word`` itself when it is known or no single slip makes a known word.

    Variants are read in lowercase (the capital of a sentence's first word stays first) and
    must be common words: a misprint of a word is no name.
    Memoized: a title's words recur across a corpus, and a lookup costs tens of microseconds.

    >>> repaired_word("Drevnosli"), repaired_word("Issledovnaiia"), repaired_word("skol")
    ('Drevnosti', 'Issledovaniia', 'skol')
    """
    if is_russian_word(word) or restorer().is_latin(word):
        return word
    rules = _rules()
    lower = word.lower()
    # A word meant by a misprint, a common one, is found among its two cheapest readings (97% of
    # them), which keeps the many variants of a long word cheap.
    known = [variant for variant in variants(lower, rules.slips, rules.transposed_min_letters)
             if restorer().knows(variant, common=True, readings=2)]
    if len(known) != 1:
        return word
    meant = known[0]
    return meant[:1].upper() + meant[1:] if word[:1].isupper() else meant


# The words tried: in lowercase after their first letter and of four letters or more; with a
# capital only where a sentence (or the text) starts, since elsewhere a capital starts a name.
# Letters with diacritics are no part of LC romanization: a word that has them is not tried.
_TRIED = re.compile(
    r"(?:^|(?<=[.:?!]\s))[A-Z][a-z’”']{3,}(?![\w’”'])"
    r"|(?<![\w’”'])[a-z][a-z’”']{3,}(?![\w’”'])"
)
# After an initial ("V. Slepov") a capital starts a name, not a sentence.
_INITIAL_BEFORE = re.compile(r"(?:^|\s)[A-Z][a-z]?\.\s$")


def repair_misprints(text: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """``text`` with its misprinted Russian words repaired, and each repair as (printed, meant).

    >>> repair_misprints("Russkaia arkhitektura: Issledovnaiia i materialy")[1]
    (('Issledovnaiia', 'Issledovaniia'),)
    """
    if all(repaired_word(word) == word for word in _TRIED.findall(text)):
        return text, ()  # the common case, found without building anything
    pieces: list[str] = []
    repairs: list[tuple[str, str]] = []
    cursor = 0
    for match in _TRIED.finditer(text):
        word = match.group(0)
        start = match.start()
        if word[0].isupper() and start and _INITIAL_BEFORE.search(text, max(0, start - 5), start):
            continue
        meant = repaired_word(word)
        if meant != word:
            pieces.append(text[cursor:start])
            pieces.append(meant)
            cursor = match.end()
            repairs.append((word, meant))
    if not repairs:
        return text, ()
    pieces.append(text[cursor:])
    return "".join(pieces), tuple(repairs)
