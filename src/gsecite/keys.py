"""Readable identifiers for references: ``marx1969klassovaia``, unique within one output.

>>> from gsecite.model import Date, Name, Reference
>>> reference_key(Reference(id="", type="book", title="Klassovaia bor’ba", author=(Name("Marx", "K."),),
...                         issued=Date((1969,))))
'marx1969klassovaia'
>>> unique_keys(["a", "b", "a", "a"])
['a', 'b', 'aa', 'ab']
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Set

from .cyrillic.reading import has_cyrillic, lc_letter
from .model import Date, Name, Reference
from .tables import load_tables

# Words that make poor keys: short function words of Russian, English, German, French.
_SKIP = frozenset("o ob v vo i k s so na po za iz ot do the a an of in on and der die das le la les de".split())


_NOT_KEY_CHARACTER = re.compile(r"[^a-z0-9]")


def ascii_fold(text: str) -> str:
    """Lowercase ASCII letters and digits only: ``Lar’kin`` → ``larkin``, ``Abdüqadïrov`` → ``abduqadirov``, and
    a name in Cyrillic in the encyclopedia's romanization: ``Иванов`` → ``ivanov``."""
    if not text.isascii() and has_cyrillic(text):
        text = "".join(map(lc_letter, text))
    decomposed = unicodedata.normalize("NFKD", text)
    return _NOT_KEY_CHARACTER.sub("", decomposed.encode("ascii", "ignore").decode().lower())


_TOKENS = re.compile(r"[\s\-—–:,.;()\[\]“”\"]+")


def _literal_family(literal: str, language: str = "") -> str:
    """The word of a name printed uninverted that a key takes: the last (``Nam Cao``), or the first of
    an East Asian name that prints its family first: a family the table knows, or any in a work in a language
    whose names are so printed (``Komiya Toyotaka``, of a Japanese book).

    >>> _literal_family("Nam Cao"), _literal_family("Nguyen Khac Vien"), _literal_family("Komiya Toyotaka", "ja")
    ('Cao', 'Nguyen', 'Komiya')
    """
    words = literal.split() or [""]
    tables = load_tables()
    first = words[0] in tables.family_first or language in tables.family_first_languages
    return words[0] if first else words[-1]


def key_of(names: tuple[Name, ...], issued: Date | None, title: str, language: str = "") -> str:
    """The key from its parts: first name's family (or a literal's, see :func:`_literal_family`), year, first
    title word."""
    who = ""
    if names:
        first = names[0]
        who = ascii_fold(first.family or _literal_family(first.literal, language))
    year = str(issued.start[0]) if issued else ""
    # (an initial makes a poor key: "S. M. Liapunov" gives "liapunov", "J. Amer. Chem. Soc." "amer"; but a title of
    # one letter keeps it)
    word = ""
    for token in _TOKENS.split(title):
        folded = ascii_fold(token)
        if folded and folded not in _SKIP:
            word = word or folded
            if len(folded) > 1:
                word = folded
                break
    # A key should start with a letter: with no name, the title word leads (kpss1970).
    return (f"{who}{year}{word}" if who else f"{word}{year}") or "ref"


def reference_key(ref: Reference) -> str:
    return key_of(
        ref.author or ref.editor or ref.container_author, ref.issued, ref.title or ref.container_title, ref.language
    )


def fields_key(fields: Mapping[str, object]) -> str:
    """The key of a reference still in the making (keyword arguments of :class:`Reference`)."""
    names = fields.get("author") or fields.get("editor") or fields.get("container_author") or ()
    title = fields.get("title") or fields.get("container_title", "")
    return key_of(names, fields.get("issued"), title, fields.get("language", ""))


def key_suffix(n: int) -> str:
    """The suffix of the (n+1)-th extra use of a key: a, b, … z, aa, ab, …

    >>> [key_suffix(n) for n in (0, 1, 25, 26, 27)]
    ['a', 'b', 'z', 'aa', 'ab']
    """
    suffix = ""
    while True:
        suffix = chr(ord("a") + n % 26) + suffix
        n = n // 26 - 1
        if n < 0:
            return suffix


def free_key(key: str, taken: Set[str]) -> str:
    """``key`` itself, or with the first suffix that makes it unique among ``taken``.

    The suffixes in use usually run a, b, c … without a gap, so the next one is tried first.

    >>> free_key("orlov1956", {"orlov1956", "orlov1956a"})
    'orlov1956b'
    """
    if key not in taken:
        return key
    likely = key + key_suffix(max(len(taken) - 1, 0))
    if likely not in taken:
        return likely
    n = 0
    while key + key_suffix(n) in taken:
        n += 1
    return key + key_suffix(n)


def unique_keys(keys: Iterable[str]) -> list[str]:
    """Make keys unique by appending a, b, … to the second and later uses.

    >>> unique_keys(["orlov1956", "orlov1956", "kant1781", "orlov1956"])
    ['orlov1956', 'orlov1956a', 'kant1781', 'orlov1956b']
    """
    next_suffix: dict[str, int] = {}
    taken: set[str] = set()
    out = []
    for key in keys:
        candidate = key
        if key in taken:
            n = next_suffix.get(key, 0)
            while key + key_suffix(n) in taken:
                n += 1
            candidate = key + key_suffix(n)
            next_suffix[key] = n + 1
        taken.add(candidate)
        out.append(candidate)
    return out
