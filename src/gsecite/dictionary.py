"""The Russian dictionary, as the parser consults it: is a romanized word a Russian word?

pymorphy3's dictionary, read through the restorer's readings of a romanized word
(``i`` is и or й, ``ts`` ц or тс …). Loaded on first use; answers are memoized, since
the words of titles recur across a corpus and a lookup costs tens of microseconds.

>>> is_russian_word("sochinenii"), is_russian_word("dastandary")
(True, False)
"""

from __future__ import annotations

from functools import lru_cache

from .cyrillic.restore import Restorer

# A known word is found among its six cheapest readings (measured on 2,462 words of romanized
# titles: always among the first five).
_READINGS = 6


@lru_cache(maxsize=1)
def restorer() -> Restorer:
    """The one restorer that the parser's lookups share (its dictionary loads once)."""
    return Restorer()


@lru_cache(maxsize=1 << 16)
def is_russian_word(word: str) -> bool:
    """Whether a romanized word reads as a word of the Russian dictionary (not a Latin-script word)."""
    r = restorer()
    return not r.is_latin(word) and r.knows(word, readings=_READINGS)


@lru_cache(maxsize=1 << 12)
def is_russian_adjective(word: str) -> bool:
    """Whether a romanized word reads as a Russian adjective (``khoziaistvennogo``, not ``rozhdenii``)."""
    r = restorer()
    return not r.is_latin(word) and r.is_adjective(word, readings=_READINGS)


def russian_share(words: list[str]) -> float:
    """The share of words of three letters or more that are Russian dictionary words (1.0 for none).

    >>> russian_share(["vybranyia", "tvory"]), russian_share(["izbrannye", "stikhi", "i"])
    (0.0, 1.0)
    """
    long_words = [word for word in words if len(word) >= 3]
    if not long_words:
        return 1.0
    return sum(1 for word in long_words if is_russian_word(word)) / len(long_words)


@lru_cache(maxsize=1 << 12)
def is_common_russian_word(word: str) -> bool:
    """Whether a romanized word reads as a Russian word that is not only a name (``Istoriia``, ``Tolstoi``:
    толстой is an adjective too), rather than a name alone (``Rembrandt``, ``Lermontov``).

    >>> is_common_russian_word("istoriia"), is_common_russian_word("rembrandt")
    (True, False)
    """
    r = restorer()
    return not r.is_latin(word) and r.knows(word, common=True, readings=_READINGS)


def names_alone(words: list[str]) -> bool:
    """Whether no word of three letters or more is a common Russian word: the words of a name
    (``Peter Paul Rubens``, ``Mikhail Lermontov``), which tell nothing of a title's language.

    >>> names_alone(["mikhail", "lermontov"]), names_alone(["istoriia", "rossii"])
    (True, False)
    """
    return not any(is_common_russian_word(word) for word in words if len(word) >= 3)
