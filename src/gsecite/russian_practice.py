"""Entries as Russian bibliographies print them, rewritten into the encyclopedia's order before they are parsed.

A Russian list (GOST 7.1, and the romanized "References" that Russian journals add for the citation
indexes) sets the initials after the family name with no comma (``Ivanov I. I.``), parts its areas with
dashes (``Ocherki. — M.: Nauka, 1950. — 300 s.``), marks an article's journal or book with ``//``, labels its
numbers in capitals (``T. 5. — No. 2. — S. 3–15``), names its authors again after a slash (``/ I. I.
Ivanov``) and may mark a publisher ``Publ.`` (``Moscow, Nauka Publ., 1950``). The encyclopedia prints the same
work ``Ivanov, I. I. Ocherki. M.: Nauka, 1950.`` and ``Ivanov, I. I. “Stat’ia.” Voprosy istorii, 1950, vol.
5, no. 2, pp. 3–15.``; the entry parser reads that order, so the rewrite is all this stage does.

The titles the list translates into English in brackets are notes, and the publisher is returned apart:

>>> in_encyclopedia_order("Ivanov I. I. Ocherki istorii / I. I. Ivanov. — M.: Nauka, 1950. — 300 s.")
Rewritten(text='Ivanov, I. I. Ocherki istorii. M., 1950. 300 s.', notes=(), publisher='Nauka')
>>> in_encyclopedia_order("Petrov P. P., Sidorov S. S. Stat’ia // Voprosy istorii. — 1950. — T. 5, No. 2. — S. 3–15."
...                       ).text
'Petrov, P. P., Sidorov, S. S. “Stat’ia.” Voprosy istorii, 1950, vol. 5, no. 2, pp. 3–15.'
>>> in_encyclopedia_order("Petrov P. P. Stat’ia [An article]. Voprosy istorii [Problems of History], 2005.").notes
('An article', 'Problems of History')
>>> in_encyclopedia_order("Ivanov, I. I. Ocherki istorii. Moscow, 1950.")  # the encyclopedia's own order
Rewritten(text='Ivanov, I. I. Ocherki istorii. Moscow, 1950.', notes=(), publisher='')
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .patterns import FAMILY, INITIAL, YEAR_RANGE
from .tables import alternation, load_tables

# "Ivanov I. I." / "Ivanov I.I.": a family name and its initials after it, no comma between
_AUTHOR = rf"{FAMILY}\s(?:{INITIAL}\s?){{1,3}}"
# (others not named: "Ivanov I. I. [et al.]", "Ivanov I. I. i dr.")
# (joined by "i" too, "and", as the encyclopedia's Russian original prints them: "Marks K. i Engel’s F., Soch.")
_HEAD = re.compile(
    rf"({_AUTHOR}(?:(?:,\s|\s?i\s){_AUTHOR})*)(?:\s?(?:\[et al\.\]|et al\.|i dr\.))?\s?(?=[^\s.;:])"
)
# Names joined by "i" with a comma after them: no title begins so ("Marks K. i Engel’s F., Soch.")
_JOINED_BEFORE_A_COMMA = re.compile(rf"{_AUTHOR}\s?i\s{_AUTHOR}\s?,")
_ONE_AUTHOR = re.compile(rf"({FAMILY})\s((?:{INITIAL}\s?){{1,3}})")
# The authors of collected works, printed right before them with no "v kn.:" ("Anti-Diuring, Marks K. i Engel’s
# F., Soch."): at the end of what comes before the works
_AUTHORS_OF_THE_WORKS = re.compile(rf",\s({_AUTHOR}(?:\s?i\s{_AUTHOR})*)\s?$")
# GOST's areas: ". — " between them (a dash of any kind, the period lost at times)
_AREA = re.compile(r"\.?\s[—–-]\s")
_YEAR_ALONE = re.compile(rf"^{YEAR_RANGE}$")
_EDITION = re.compile(r"^(\d+)-?e\s(?:izd|ed)\.?(.*)$", re.S)
_ORDINAL_ENDINGS = {"1": "st", "2": "nd", "3": "rd"}


@lru_cache(maxsize=1)
def _labels() -> tuple[re.Pattern, dict[str, str]]:
    """The labels of a Russian list's numbers (``T.``, ``No.``, ``S.``) and what the encyclopedia prints."""
    labels = load_tables().russian_practice_labels
    return re.compile(rf"^({alternation(list(labels))})\s?(\S.*)$", re.S), dict(labels)


class Rewritten(NamedTuple):
    """An entry in the encyclopedia's order, the notes the rewrite took out of it (titles in English, where the
    work is online), and the publisher of its imprint: the text keeps the city and the year, which the parser
    reads whatever the city ("Novosibirsk: Nauka, 1985" names a city no table knows)."""

    text: str
    notes: tuple[str, ...] = ()
    publisher: str = ""


def in_encyclopedia_order(text: str) -> Rewritten:
    """The entry in the encyclopedia's order, if a Russian list printed it; else the entry unchanged.

    A title may begin as such a head does ("Pamiati A. S. Pushkina. Moscow, 1937."): the head is names only
    where the entry shows a Russian list's dashes or "//", or each family name has a Russian surname's ending.

    >>> in_encyclopedia_order("Pamiati A. S. Pushkina. Moscow, 1937.")[0]
    'Pamiati A. S. Pushkina. Moscow, 1937.'
    >>> in_encyclopedia_order("Ivanov I. I. Ocherki istorii. Moscow, 1950.")[0]
    'Ivanov, I. I. Ocherki istorii. Moscow, 1950.'
    """
    if "«" in text and (unsigned := _ORIGINALS_UNSIGNED_ARTICLE.match(text)):
        # "Krest’ianstvo, «Voprosy istorii», 1965, № 4": an article that names no author, its journal in «»
        return Rewritten(f"“{unsigned['title']}.” {unsigned['journal']}, {unsigned['rest'].replace('№', 'no.')}")
    if text.startswith(_SAME_AUTHORS_AGAIN):
        # "ego zhe, Imperializm, …, tam zhe, t. 27": by the authors of the entry before, as dashes say in English
        return Rewritten(f"——. {_originals_sentences(text.split(', ', 1)[1])}")
    # (most entries are spared the pattern: the word after the first space is no initial, "Ivanov, I. I." or
    # "Narody Sibiri. …")
    space = text.find(" ")
    after = text[space + 1 : space + 6]
    if space < 1 or text[space - 1] in ",." or not after[:1].isupper() or "." not in after:
        return Rewritten(text)
    head = _HEAD.match(text)
    if head is None:
        return Rewritten(text)
    names = [(m.group(1), m.group(2).strip()) for m in _ONE_AUTHOR.finditer(head.group(1))]
    areas = "//" in text or _AREA.search(text) is not None
    original = text.startswith(", ", head.end())  # the encyclopedia's Russian original: a comma after the names
    if original and (_JOINED_BEFORE_A_COMMA.match(text) or _ORIGINALS_SIGNS.search(text, head.end())):
        rest = text[head.end() + 2 :]
        translated = _TRANSLATED_FROM.search(rest)  # "per. s nem.": translated from German, a note
        if translated:
            rest = rest[: translated.start()] + rest[translated.end() :]
        return Rewritten(f"{', '.join(f'{family}, {given}' for family, given in names)} {_originals_sentences(rest)}",
                         (translated.group(1),) if translated else ())
    if not areas and not all(family.endswith(load_tables().russian_surname_endings) for family, _ in names):
        return Rewritten(text)
    authors = ", ".join(f"{family}, {given}" for family, given in names)
    rest = text[head.end() :].removeprefix(", ")
    # (notes: the titles in English, where the work is online, the language the list says it is in)
    notes = tuple(m.group(1) for pattern in (_TRANSLATION, _ONLINE, _LANGUAGE_NOTE) for m in pattern.finditer(rest))
    for pattern in (_TRANSLATION, _ONLINE, _LANGUAGE_NOTE):
        rest = pattern.sub("", rest)
    rest = _IN_VOLUMES.sub(r", in \1 vols.", rest).replace(" : ", ": ")
    if "//" in rest:
        rest, publisher = _article(rest)
    elif article := _JOURNAL_ARTICLE.match(rest):
        rest, publisher = f"“{article['title']}.” {article['journal']}, {article['numbers']}.", ""
    else:
        rest, publisher = _book(rest)
    return Rewritten(f"{authors} {rest}", notes, publisher)


# An article that names no author in the encyclopedia's Russian original, its journal in «»
_ORIGINALS_UNSIGNED_ARTICLE = re.compile(rf"(?P<title>[^«»]+?),\s«(?P<journal>[^«»]+)»,\s(?P<rest>{YEAR_RANGE}\b.*)")
# "per. s nem.", translated from German (and "per. s angl.", "per. so shved." …)
_TRANSLATED_FROM = re.compile(r",\s(per\.\s(?:s|so)\s[a-z’]+\.)(?=,|$)")
# "His", "her", "their": the encyclopedia's Russian original names so the authors of the entry before
_SAME_AUTHORS_AGAIN = ("ego zhe, ", "ee zhe, ", "ikh zhe, ", "Ego zhe, ", "Ee zhe, ", "Ikh zhe, ")
# What the encyclopedia's Russian original prints after a work's title and a comma: its numbers and its imprint
# ("7 izd., M., 1938", "t. 1—2"), its container ("v kn.:", "tam zhe", a journal in «»)
_ORIGINALS_SIGNS = re.compile(r",\s(?:\d+\sizd\.|t\.\s\d|[ML]\.,\s|v\skn\.:|tam\szhe\b|«)")
# Where its title ends and what holds it begins: collected works, "v kn.:" (in the book), "tam zhe" (ibid.), a
# journal in «»
_ORIGINALS_CONTAINER = re.compile(r",\s(?:(v\skn\.:\s)|(tam\szhe)(?=,)|«([^«»]+)»(?=,))")


def _originals_sentences(rest: str) -> str:
    """What follows the names in the encyclopedia's Russian original, in its English order, the title a
    sentence of its own: "Razvitie kapitalizma v Rossii, Poln. sobr. soch., 5 izd., t. 3" →
    "Razvitie kapitalizma v Rossii. Poln. sobr. soch., 5 izd., t. 3."

    >>> _originals_sentences("Kapital, t. 1, v kn.: Marks K. i Engel’s F., Soch., 2 izd., t. 23")
    'Kapital, t. 1. In K. Marks and F. Engel’s, Soch., 2 izd., t. 23.'
    >>> _originals_sentences("O krest’ianstve, «Voprosy istorii», 1965, № 4")
    '“O krest’ianstve.” Voprosy istorii, 1965, no. 4.'
    >>> _originals_sentences("Imperializm, kak vysshaia stadiia kapitalizma, tam zhe, t. 27")
    'Imperializm, kak vysshaia stadiia kapitalizma. Ibid., t. 27.'

    The authors of collected works right before them, with no "v kn.:", are the container's too:

    >>> _originals_sentences("Anti-Diuring, Marks K. i Engel’s F., Soch., 2 izd., t. 20")
    'Anti-Diuring. In K. Marks and F. Engel’s, Soch., 2 izd., t. 20.'
    """
    rest = rest.strip().rstrip(".").replace("№", "no.")
    works = _collected_works_after_a_title().search(rest)
    container = _ORIGINALS_CONTAINER.search(rest)
    if container and (works is None or container.start() < works.start()):
        title, after = rest[: container.start()], rest[container.end() :]
        if container.group(1):
            return f"{title}. In {_names_as_called(after)}."
        if container.group(2):
            return f"{title}. Ibid.{after}."
        return f"“{title}.” {container.group(3)}{after}."
    if works:
        before = rest[: works.start()]
        if (authors := _AUTHORS_OF_THE_WORKS.search(before)) and authors.start() > 0:
            return f"{before[: authors.start()]}. In {_names_as_called(authors.group(1) + rest[works.start() :])}."
        return f"{before}. {rest[works.start() + 2 :]}."
    return rest + "."


def _names_as_called(text: str) -> str:
    """A container's authors, printed family name first, as the encyclopedia's translation calls them:
    "Marks K. i Engel’s F., Soch." → "K. Marks and F. Engel’s, Soch.".

    >>> _names_as_called("Marks K. i Engel’s F., Soch., 2 izd., t. 23")
    'K. Marks and F. Engel’s, Soch., 2 izd., t. 23'
    """
    head = _HEAD.match(text)
    if head is None or not text.startswith(", ", head.end()):
        return text
    names = [f"{m.group(2).strip()} {m.group(1)}" for m in _ONE_AUTHOR.finditer(head.group(1))]
    return f"{' and '.join(names)}{text[head.end() :]}"


@lru_cache(maxsize=1)
def _collected_works_after_a_title() -> re.Pattern:
    """A comma before collected works: where the title of a work in them ends ("…, Poln. sobr. soch., …")."""
    return re.compile(rf",\s(?=(?:{alternation(list(load_tables().collected_works))})[\s,])")


def _areas(text: str) -> list[str]:
    """The areas a Russian list's dashes part, not a dash inside parentheses ("(XVII — nachalo XIX v.)").

    >>> _areas("Obshchina (XVII — XIX v.). — M., 1976. — 323 s.")
    ['Obshchina (XVII — XIX v.)', 'M., 1976', '323 s.']
    """
    areas, start, depth, counted_to = [], 0, 0, 0
    for dash in _AREA.finditer(text):
        # (the parentheses open before the dash, each counted once: linear in a long entry's dashes)
        depth += text.count("(", counted_to, dash.start()) - text.count(")", counted_to, dash.start())
        counted_to = dash.start()
        if depth <= 0:
            areas.append(text[start : dash.start()])
            start = dash.end()
    return [*areas, text[start:]]


def _without_responsibility(title: str) -> str:
    """The title without the names after its slash: "Ocherki / I. I. Ivanov" → "Ocherki"."""
    return title.split(" / ", 1)[0].rstrip(" .")


def _book(rest: str) -> tuple[str, str]:
    """A book's areas, each a sentence: "Ocherki / I. I. Ivanov. — 2-e izd. — M.: Nauka, 1950. — 300 s."."""
    areas = _areas(rest)
    title = _without_responsibility(areas[0])
    sentences, series, publisher = [], [], ""
    for area in areas[1:]:
        area = area.strip().rstrip(".")
        if imprint := _IMPRINT.match(area):
            sentences.append(f"{imprint['place']}, {imprint['year']}.")
            publisher = imprint["publisher"]
        elif edition := _EDITION.match(area):
            # (and what it says of the edition: "2-e izd., ispr. i dop.", revised and enlarged)
            title += f", {_ordinal(edition.group(1))} ed.{edition.group(2)}"
        elif area.startswith("(") and area.endswith(")"):
            series.append(f"({_series(area[1:-1])}.)")  # "(Trudy Instituta istorii; vyp. 5)", last
        elif area:
            sentences.append(area + ".")
    return " ".join([title + ("" if title.endswith(".") else "."), *sentences, *series]), publisher


def _series(series: str) -> str:
    """A series and its number as the encyclopedia prints them: "Trudy; vyp. 5" → "Trudy, issue 5"."""
    pattern, labels = _labels()
    name, _, number = series.partition("; ")
    labeled = pattern.match(number) if number else None
    return f"{name}, {labels[labeled.group(1)]} {labeled.group(2)}" if labeled else series


def _article(rest: str) -> tuple[str, str]:
    """An article's title, then its journal (or book) and its numbers after "//" (their areas parted by dashes, or
    by periods alone: "// Voprosy istorii. 2010. No 5. S. 3–15.").

    >>> _article("Obshchina // Voprosy istorii. 2010. No 5. S. 3–15.")
    ('“Obshchina.” Voprosy istorii, 2010, no. 5, pp. 3–15.', '')
    >>> _article("Obshchina // Istoriia krest’ianstva. M.: Nauka, 2010. S. 3–15.")
    ('“Obshchina.” In Istoriia krest’ianstva. M., 2010. Pages 3–15.', 'Nauka')
    """
    title, _, source = rest.partition("//")
    title = _without_responsibility(title.strip())
    source = source.strip()
    if not _AREA.search(source):
        source = _numbers_after_periods().sub(" — ", source)
    areas = [area.strip().rstrip(".") for area in _areas(source)]
    name, numbers = _without_responsibility(areas[0]), []
    imprint = []
    pattern, labels = _labels()
    for area in areas[1:]:
        for piece in area.split(", ") if not _an_imprint(area) else [area]:
            labeled = pattern.match(piece)
            if labeled:
                numbers.append(f"{labels[labeled.group(1)]} {labeled.group(2)}")
            elif _YEAR_ALONE.match(piece):
                numbers.insert(0, piece)
            else:
                imprint.append(piece)
    quoted = f"“{title}.”"
    if imprint:
        # a chapter: the book, its imprint, then its pages
        publisher = ""
        if len(imprint) == 1 and (parted := _IMPRINT.match(imprint[0])):
            imprint, publisher = [f"{parted['place']}, {parted['year']}"], parted["publisher"]
        chapter = f"{quoted} In {name}. {'. '.join(imprint)}. {', '.join(numbers)}.".replace(" .", "")
        return chapter.replace("pp. ", "Pages ", 1), publisher
    return f"{quoted} {', '.join([name, *numbers])}.", ""


@lru_cache(maxsize=1)
def _numbers_after_periods() -> re.Pattern:
    """A period after which a journal's year, a labeled number or a book's imprint begins ("M.: Nauka, 2010"): an
    area's end, where no dash marks it."""
    labels = alternation(list(load_tables().russian_practice_labels))
    return re.compile(rf"\.\s(?={YEAR_RANGE}\.|(?:{labels})\s?\d|[A-Z][\w’-]*\.?(?:\s[A-Z][\w’-]*\.?)?:\s)")


# "Ocherki : v 3 t.": a work in three volumes
_IN_VOLUMES = re.compile(r"\s?:\s[vV]\s(\d+)\s(?:t|tt|kn|vol)\.?(?=[\s.]|$)")
# Where the work is online, after a dash or a period: "— URL: http://… (data obrashcheniia: 01.01.2020)", "DOI: 10.…"
_ONLINE = re.compile(r"\.?\s(?:[—–-]\s)?((?:URL|DOI|doi):\s?\S+?(?:\s\([^()]*\))?)(?=\.?(?:\s|$))\.?")
# The language the list says the work is in, after it: "(In Russ.)", "(In Russian)"
_LANGUAGE_NOTE = re.compile(r"\s\((In\s[A-Z][a-z]+\.?)\)\.?$")
# A title or a journal's name in English, in brackets after the romanized one: "Stat’ia [An article]. Voprosy
# istorii [Problems of History], 2005"
_TRANSLATION = re.compile(r"\s\[([^\[\]]+)\](?=[.,:]|\s*$)")
# A journal article as a Russian journal's romanized References print it: its title, then the journal, the year
# and the numbers: "Stat’ia. Voprosy istorii, 2005, vol. 3, no. 5, pp. 3–15."
_JOURNAL_ARTICLE = re.compile(
    r"(?P<title>[^\[\]]+?)\.\s(?P<journal>[^\[\].]+?)"
    rf",\s(?P<numbers>{YEAR_RANGE}(?:,\s(?:vol|no|nos|iss|issue|pp|p)\.?\s?[^,\s]*[^,\s.])+)\.?$"
)


# An imprint area: the city, the publisher after a colon, the year ("Moskva: Nauka, 1950", "M.: Nauka, 1950")
_IMPRINT = re.compile(rf"^(?P<place>[^:;,()]+?):\s?(?P<publisher>[^:;()]+?),\s(?P<year>{YEAR_RANGE})$")


def _an_imprint(area: str) -> bool:
    """Whether an area is a place, a publisher and a year: "M.: Nauka, 1970"."""
    return ":" in area or bool(re.search(rf",\s{YEAR_RANGE}$", area) and not _YEAR_ALONE.match(area))


def _ordinal(number: str) -> str:
    """ "2" → "2nd": the encyclopedia's edition."""
    ending = "th" if number[-2:-1] == "1" else _ORDINAL_ENDINGS.get(number[-1:], "th")
    return number + ending
