"""Personal names as the encyclopedia prints them.

>>> normalize_given("D. 1.")
'D. I.'
>>> normalize_given("lu. F.")
'Iu. F.'
>>> parse_name_list("K. Marx and F. Engels")
(Name(family='Marx', given='K.', literal=''), Name(family='Engels', given='F.', literal=''))
"""

from __future__ import annotations

import re
from functools import lru_cache

from .model import Name
from .patterns import INITIAL, INITIALS, family_after_given
from .tables import alternation, load_tables

_OCR_INITIALS = (("1.", "I."), ("l.", "I."), ("lu.", "Iu."), ("la.", "Ia."), ("li.", "Ii."))


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    return {
        "initial": re.compile(INITIAL),
        "natural": re.compile(
            rf"\s*({INITIALS})\s?({family_after_given(alternation(list(load_tables().name_particles)))})\s*"
        ),
        # (and the Russian "i", as a page read from the Cyrillic prints it: "K. Marks i F. Engel’s")
        "separator": re.compile(r"\s*(?:,\s*and\s|,\s|\sand\s|\si\s|\s&\s)\s*"),
        "glued": re.compile(r"(?<=\.)(?=[A-Z])"),
    }


def normalize_given(given: str) -> str:
    """Initials with OCR damage repaired and one space between them.

    >>> normalize_given("V.I.")
    'V. I.'
    >>> normalize_given("Qalmaqan Abdüqadïrovich")
    'Qalmaqan Abdüqadïrovich'
    """
    given = _patterns()["glued"].sub(" ", given.strip())
    tokens = given.split()
    fixed = []
    for token in tokens:
        for damaged, repaired in _OCR_INITIALS:
            if token == damaged:
                token = repaired
                break
        fixed.append(token)
    return " ".join(fixed)


def count_initials(given: str) -> int:
    return len(_patterns()["initial"].findall(given))


def split_initials(initials: str, keep: int) -> tuple[str, str]:
    """Split a run of initials after ``keep`` of them: ``("M. S. M.", 1)`` → ``("M.", "S. M.")``."""
    found = _patterns()["initial"].findall(initials)
    return " ".join(found[:keep]), " ".join(found[keep:])


def parse_name_list(text: str) -> tuple[Name, ...]:
    """Names in reading order separated by commas and ``and``: ``G. P. Dement’ev and N. A. Gladkov``.

    Returns () when the text is not such a list.
    """
    parts = [p for p in _patterns()["separator"].split(text.strip().rstrip(".")) if p]
    names = []
    for part in parts:
        m = _patterns()["natural"].fullmatch(part)
        if not m:
            return ()
        names.append(Name(family=m.group(2), given=normalize_given(m.group(1))))
    return tuple(names)
