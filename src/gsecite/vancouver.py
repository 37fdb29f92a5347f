"""Entries as the Vancouver style prints them (medical and natural-science journals citing Soviet work),
rewritten into the encyclopedia's order before the entry parser reads it.

Vancouver sets each author's initials after the family name as capitals with no periods (``Ivanov II``),
parts the authors with commas, ends them with a period, prints a journal's numbers as
``Year;Volume(Issue):Pages`` and a book's imprint as ``Place: Publisher; Year``. The encyclopedia prints the
same works ``Ivanov, I. I. “Obshchina.” Vopr Istor, 1965, vol. 5, no. 2, pp. 3–15.`` and ``Ivanov, I. I.
Ocherki istorii. Moscow: Nauka, 1965.``

>>> in_encyclopedia_order("Ivanov II, Petrov PP. Obshchina. Vopr Istor. 1965;5(2):3–15.")
'Ivanov, I. I., Petrov, P. P. “Obshchina.” Vopr Istor, 1965, vol. 5, no. 2, pp. 3–15.'
>>> in_encyclopedia_order("Ivanov II. Ocherki istorii. Moscow: Nauka; 1965.")
'Ivanov, I. I. Ocherki istorii. Moscow: Nauka, 1965.'
>>> in_encyclopedia_order("Ivanov, I. I. Ocherki istorii. Moscow, 1965.")  # the encyclopedia's own order
'Ivanov, I. I. Ocherki istorii. Moscow, 1965.'
"""

from __future__ import annotations

import re

from .patterns import FAMILY, YEAR

# One author: the family name, a space, the initials as capitals with no periods ("Ivanov II", "Smith J")
_AUTHOR = rf"{FAMILY}\s[A-Z]{{1,3}}"
# The authors, parted by commas (and "et al." for the rest), and the period that ends them
_HEAD = re.compile(rf"(?P<names>{_AUTHOR}(?:,\s{_AUTHOR})*)(?:,\set\sal)?\.\s(?=\S)")
_ONE_AUTHOR = re.compile(rf"(?P<family>{FAMILY})\s(?P<initials>[A-Z]{{1,3}})")
# An article's title, its journal's abbreviated name, then "Year;Volume(Issue):Pages" (any of the numbers may go)
_ARTICLE = re.compile(
    rf"(?P<title>.+?[.?!])\s(?P<journal>[^.;:]+?)\.?\s(?P<year>{YEAR})(?:\s[A-Z][a-z]{{2}}(?:\s\d{{1,2}})?)?"
    r";(?P<volume>[\dA-Z-]+)?(?:\((?P<issue>[^()]+)\))?(?::(?P<pages>[\d–-]+))?\.?$"
)
# A book's imprint: "Place: Publisher; Year."
_BOOK_IMPRINT = re.compile(rf"(?P<before>.+?:\s[^;]+);\s(?P<year>{YEAR})\.?$")


def in_encyclopedia_order(text: str) -> str:
    """The entry in the encyclopedia's order, if Vancouver printed it; else the entry unchanged."""
    if ";" not in text:
        return text  # (every Vancouver entry prints one: before a journal's numbers, or a book's year)
    head = _HEAD.match(text)
    if head is None:
        return text
    authors = ", ".join(f"{m['family']}, {' '.join(f'{letter}.' for letter in m['initials'])}"
                        for m in _ONE_AUTHOR.finditer(head["names"]))
    rest = text[head.end() :]
    if article := _ARTICLE.match(rest):
        numbers = [f"vol. {article['volume']}" if article["volume"] else "",
                   f"no. {article['issue']}" if article["issue"] else "",
                   f"pp. {article['pages'].replace('-', '–')}" if article["pages"] else ""]
        title = article["title"].rstrip(".")
        return f"{authors} “{title}.” {', '.join([article['journal'], article['year'], *filter(None, numbers)])}."
    if book := _BOOK_IMPRINT.match(rest):
        return f"{authors} {book['before']}, {book['year']}."
    return text
