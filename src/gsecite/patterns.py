"""Regular-expression building blocks shared by the segmenter and the entry parser.

Python's ``re`` has no ``\\p{Lu}``; the letter classes here are built once from
``str.isupper``/``str.islower`` over the Latin blocks, where romanized titles
live (``Abdüqadïrov``, ``khalapěsem``, ``Peledmežap``).

>>> import re
>>> bool(re.fullmatch(f"[{UPPER}][{LOWER}]+", "Ävzärst"))
True
>>> bool(re.fullmatch(YEAR, "1970"))
True
"""

from __future__ import annotations

from types import MappingProxyType


def _letters(predicate) -> str:
    # (Latin Extended Additional too: Vietnamese "Nguyễn Đổng Chi", Arabic romanized with dots, "Ḥusayn")
    codes = (*range(0x41, 0x250), *range(0x1E00, 0x1F00))
    chars = [chr(c) for c in codes if predicate(chr(c))]
    # Greek small nu is an OCR stand-in for "v" in some copies.
    return "".join(chars)


UPPER = _letters(str.isupper)
LOWER = _letters(str.islower) + "ν"
LETTER = UPPER + LOWER
# Apostrophes that stand for the soft and hard signs inside romanized words, and the tie
# that ALA-LC prints over two letters of one (T͡Svetaeva).
SIGNS = "’'”ʹʺʼ\u0361"
WORD_CHARS = LETTER + SIGNS + "0-9"

DASH = "-–—"
YEAR = r"(?:1[4-9]\d\d|20[0-4]\d)"
# A year or a range as printed: 1970, 1970–72, 1883–1903, 1966–
YEAR_RANGE = rf"{YEAR}(?:\s?[{DASH}]\s?(?:\d{{2,4}})?)?"
# One initial: K. / Iu. / Kh. / Shch. ; two a hyphen joins, as French names print them: J.-P. / Ch.-R. ;
# set in capitals as a signature sets them: IU. / IA. / KH. ; OCR damage gives "1." and "lu."
_ONE_INITIAL = rf"[{UPPER}](?:h|u|a|o|e|s|l|hl|zh|hch)?\."
INITIAL = rf"(?:{_ONE_INITIAL}(?:-{_ONE_INITIAL})?|I[UA]\.|KH\.|1\.|l[uia]\.)"
INITIALS = rf"{INITIAL}(?:\s?{INITIAL}){{0,3}}"
# A word in lowercase, four letters at least, which no initial nor name is: after the abbreviated first word of a
# journal's name ("Zh. eksperimental’noi i teoreticheskoi fiziki")
LOWERCASE_WORD = rf"[{LOWER}]{{4}}"
# A family name: Marx, Lar’kin, Bonch-Osmolovskii, Semenov-Tian-Shanskii, Abdüqadïrov, Edel’man
FAMILY = rf"[{UPPER}][{LETTER}{SIGNS}]*(?:-[{UPPER}][{LETTER}{SIGNS}]*){{0,2}}"


# The family names a scientist cites a work by, with its year: one, two joined by "and", or one and "et al."
# ("Tiurin", "Popper and Schaffner", "Kovda et al."); the groups are the first and the second name.
CITED_FAMILIES = rf"({FAMILY})(?:\s(?:and|&)\s({FAMILY})|\set\sal\.?)?"


def family_after_given(particles: str) -> str:
    """A family name as printed after its initials, with a particle before it or inside it (``particles``:
    an alternation of the table's particles): "Engels", "de Broglie", "Teilhard de Chardin".

    >>> import re
    >>> bool(re.fullmatch(family_after_given("de|van der"), "Teilhard de Chardin"))
    True
    """
    return rf"(?:(?:{particles})\s|[{UPPER}][{LOWER}]+\s(?:{particles})\s)?{FAMILY}"


# The longest joint imprint looked at: "Moscow-Leningrad-Kiev-Minsk-Tashkent" is far shorter.
_JOINT_IMPRINT_MAX = 120


def is_known_place(text: str, places: frozenset[str]) -> bool:
    """Whether a text is a city of ``places``, or such cities joined by dashes (a joint imprint).

    >>> places = frozenset({"Moscow", "Leningrad", "Alma-Ata"})
    >>> [is_known_place(t, places) for t in ("Moscow-Leningrad", "Moscow–Alma-Ata", "Finno-ugry")]
    [True, True, False]
    """
    if text in places:
        return True
    if len(text) > _JOINT_IMPRINT_MAX or ("-" not in text and "–" not in text and "—" not in text):
        return False  # (the common case, told without a look at each character; and no long text is a place)
    # (the cities of a joint imprint are joined by a dash: "Moscow-Leningrad", "Moscow–Leningrad")
    return any(text[:i] in places and is_known_place(text[i + 1 :], places) for i, c in enumerate(text) if c in DASH)


# Each closing quote and the quote that opens it (a straight quote is its own): "”" → "“". (A "’" closes
# only after a "‘": elsewhere it is a soft sign or an apostrophe.)
QUOTE_PAIRS = MappingProxyType({"”": "“", '"': '"', "»": "«", "’": "‘"})

# A place of publication: Moscow, St. Petersburg, Ioshkar-Ola, the cities of a joint imprint (Moscow-Leningrad,
# Berlin-Moscow-St. Petersburg),
# and the particles of a Western city's name (Frankfurt am Main, Rio de Janeiro, Halle an der Saale,
# Reinbek bei Hamburg, Boulogne-sur-Mer, Aix-en-Provence); six words at most (New York-London-Sydney-Toronto).
PLACE = (
    rf"(?:St\.\s)?[{UPPER}][{LETTER}{SIGNS}]+"
    rf"(?:(?:[-–—](?:na-|on-|sur-|en-|St\.\s)?|\s(?:(?:am|an der|bei|de|do|im|upon)\s)?)"
    rf"[{UPPER}][{LETTER}{SIGNS}]+){{0,5}}"
)


def tail_search(pattern, text: str, window: int = 160):
    """``pattern.search`` over the last ``window`` characters only, for patterns anchored at ``$``.

    Python tries a ``$``-anchored search at every position of the string; the
    parts it looks for (``, vol. 8``, ``Moscow, 1969``) are short, so starting
    near the end gives the same match far faster. Lookbehinds still see the
    text before the window, and match offsets are those of the whole text.
    """
    return pattern.search(text, max(0, len(text) - window))

# Selected works of one kind, abbreviated: "Izbr. filosofskie proizv.", "Izbr. pedagogicheskie soch."
SELECTED_WORKS_OF_A_KIND = r"Izbr\.\s(?:[a-z’'-]+\s){1,4}(?:proizv|soch|trudy)\."

# A work's address on the web at an entry's end, as Western and Russian lists print it: "https://doi.org/10.…",
# "doi:10.…", "Available at: http://… (accessed 12 May 2015)", "URL: http://… (data obrashcheniia: 12.05.2015)"
WEB_ADDRESS_AT_THE_END = (
    r"(?:(?<=\s)|^)(?:(?:Available\s(?:at|from)|Retrieved\sfrom|URL|Rezhim\sdostupa|DOI|doi)\s?:?\s*)?"
    r"(?P<address>(?:https?://|www\.)\S+?|10\.\d{4,9}/\S+?)[.,]?"
    r"(?:\s*\((?:[Aa]ccessed|[Rr]etrieved|[Dd]ata\sobrashcheniia|[Dd]ate\sof\saccess)\s?:?\s*(?P<accessed>[^()]+?)\)"
    r")?\.?\s*$"
)
