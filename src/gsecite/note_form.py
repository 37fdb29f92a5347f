"""A note's citation (Chicago's notes, the footnotes of a Western book on Soviet history), rewritten into the
encyclopedia's order before the entry parser reads it.

A note names the authors as they are called (``I. I. Ivanov``), puts a comma after them and after an article's
title (``“Obshchina,”``), and the imprint in parentheses after the title (``(Moscow: Nauka, 1950)``), then the
page it cites. The encyclopedia prints the same work ``Ivanov, I. I. Ocherki istorii. Moscow: Nauka, 1950.``

>>> in_encyclopedia_order("I. I. Ivanov, Ocherki istorii (Moscow: Nauka, 1950), 45.")
'Ivanov, I. I. Ocherki istorii. Moscow: Nauka, 1950. Pages 45.'
>>> in_encyclopedia_order("P. P. Petrov, “Obshchina,” Voprosy istorii, 1968, no. 5: 3–15.")
'Petrov, P. P. “Obshchina.” Voprosy istorii, 1968, no. 5, pp. 3–15.'
>>> in_encyclopedia_order("Ivanov, I. I. Ocherki istorii. Moscow, 1950.")  # the encyclopedia's own order
'Ivanov, I. I. Ocherki istorii. Moscow, 1950.'
"""

from __future__ import annotations

import re

from .patterns import FAMILY, INITIALS, YEAR_RANGE

# One name as a note prints it: initials or a given name, then the family name ("I. I. Ivanov", "Marc Raeff")
_NAME = rf"(?:{INITIALS}\s?|[A-Z][a-z]+\s(?:[A-Z]\.\s)?){FAMILY}"
# The names, and "ed."/"eds." after them, then the comma before the title
_HEAD = re.compile(rf"(?P<names>{_NAME}(?:(?:,\s(?:and\s)?|\sand\s){_NAME})*)(?:,\s(?P<editors>eds?\.))?,\s(?=\S)")
_SENT = re.compile(r"(?:(?:See(?:\salso)?|Cf\.|Compare)\s)?")
_ONE_NAME = re.compile(rf"(?P<given>{INITIALS}|[A-Z][a-z]+(?:\s[A-Z]\.)?)\s?(?P<family>{FAMILY})")
# A book's title, what it prints after it (edition, volumes), its imprint in parentheses, the page cited
_BOOK = re.compile(
    rf"(?P<title>[^()“”]+?)\s\((?P<imprint>[^()]*?{YEAR_RANGE})\)"
    r"(?:,\s(?:(?P<volume>\d+):|pp?\.\s)?(?P<pages>\d+(?:[–-]\d+)?))?\.?$"
)
# "Ocherki istorii, 3 vols.": how many volumes the work is in, after its title
_VOLUMES_COUNTED = re.compile(r",\s(\d+)\svols\.?$")
# An article: its title in quotes with a comma inside, then its journal and numbers
_ARTICLE = re.compile(r"[“\"](?P<title>[^”\"]+?),[”\"]\s(?P<source>.+)$")
# A journal's year, issue and pages as a note prints them: "Voprosy istorii, 1968, no. 5: 3–15"
_JOURNAL_PAGES = re.compile(r":\s?(\d+(?:[–-]\d+)?)\.?$")
# A chapter's book: "in Krest’ianstvo i vlast’, ed. V. P. Danilov (Moscow, 1988), 40–62"
_CHAPTER = re.compile(
    rf"^in\s(?P<book>[^()]+?)(?:,\s(?:ed\.|edited\sby)\s(?P<editors>[^()]+?))?\s\((?P<imprint>[^()]*?{YEAR_RANGE})\)"
    r"(?:,\s(?P<pages>\d+(?:[–-]\d+)?))?\.?$"
)


def in_encyclopedia_order(text: str) -> str:
    """The entry in the encyclopedia's order if a note printed it; else the entry unchanged."""
    # (what sends the reader to the work is no part of it: "See also I. I. Ivanov, …", "Cf. …")
    head = _HEAD.match(text, _SENT.match(text).end())
    if head is None:
        return text
    names = [f"{m['family']}, {m['given']}" for m in _ONE_NAME.finditer(head["names"])]
    # (a given name in full ends with the name's period, as a bibliography prints it: "Raeff, Marc.")
    authors = ", ".join(names) + (", eds." if head["editors"] else "" if names[-1].endswith(".") else ".")
    rest = text[head.end() :]
    if article := _ARTICLE.match(rest):
        return f"{authors} “{article['title']}.” {_source(article['source'])}"
    if book := _BOOK.match(rest):
        title = book["title"].rstrip(" ,")
        volume = f", vol. {book['volume']}" if book["volume"] else ""
        if counted := _VOLUMES_COUNTED.search(title):
            title, volume = title[: counted.start()], f"{volume}, in {counted.group(1)} vols."
        pages = f" Pages {book['pages']}." if book["pages"] else ""
        return f"{authors} {title}{volume}{'' if volume.endswith('.') else '.'} {book['imprint']}.{pages}"
    return text


def _source(source: str) -> str:
    """An article's journal (or a chapter's book) and numbers in the encyclopedia's order.

    >>> _source("in Krest’ianstvo i vlast’, ed. V. P. Danilov (Moscow, 1988), 40–62.")
    'In Krest’ianstvo i vlast’. Edited by V. P. Danilov. Moscow, 1988. Pages 40–62.'
    >>> _source("Slavic Review 26, no. 2 (1967): 5–20.")
    'Slavic Review 26, no. 2 (1967): 5–20.'
    """
    if chapter := _CHAPTER.match(source):
        editors = f" Edited by {chapter['editors']}." if chapter["editors"] else ""
        pages = f" Pages {chapter['pages']}." if chapter["pages"] else ""
        return f"In {chapter['book']}.{editors} {chapter['imprint']}.{pages}"
    if "(" not in source and (pages := _JOURNAL_PAGES.search(source)):
        return f"{source[: pages.start()]}, pp. {pages.group(1)}."  # "…, 1968, no. 5: 3–15"
    return source if source.endswith(".") else source + "."
