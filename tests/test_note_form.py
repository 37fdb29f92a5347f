"""A note's citation (Chicago's notes, a Western book's footnotes) → the fields the encyclopedia's order of the
same work gives."""

from __future__ import annotations

import pytest

from gsecite.note_form import in_encyclopedia_order

from .test_entries import fields_but_language

IVANOV = {"family": "Ivanov", "given": "I. I."}

CASES = [
    pytest.param(
        "I. I. Ivanov, Ocherki istorii (Moscow: Nauka, 1950), p. 45.",
        {"type": "book", "author": [IVANOV], "title": "Ocherki istorii", "page": "45", "publisher-place": "Moscow",
         "publisher": "Nauka", "issued": {"date-parts": [[1950]]}},
        id="a-book-its-imprint-in-parentheses-and-the-page-cited",
    ),
    pytest.param(
        "P. A. Zaionchkovskii, Otmena krepostnogo prava v Rossii, 3rd ed. (Moscow, 1968), 45.",
        {"type": "book", "author": [{"family": "Zaionchkovskii", "given": "P. A."}],
         "title": "Otmena krepostnogo prava v Rossii", "edition": "3", "page": "45", "publisher-place": "Moscow",
         "issued": {"date-parts": [[1968]]}},
        id="an-edition-before-the-imprint",
    ),
    pytest.param(
        "I. I. Ivanov, Ocherki istorii, 3 vols. (Moscow, 1950–52), 2:45.",
        {"type": "book", "author": [IVANOV], "title": "Ocherki istorii", "volume": "2", "number-of-volumes": "3",
         "page": "45", "publisher-place": "Moscow", "issued": {"date-parts": [[1950], [1952]]}},
        id="volumes-counted-and-a-volume-and-page-cited",
    ),
    pytest.param(
        "Marc Raeff, “The Decembrists,” Slavic Review 26, no. 2 (1967): 5–20.",
        {"type": "article-journal", "author": [{"family": "Raeff", "given": "Marc"}], "title": "The Decembrists",
         "container-title": "Slavic Review", "volume": "26", "issue": "2", "page": "5–20",
         "issued": {"date-parts": [[1967]]}},
        id="an-article-a-given-name-in-full",
    ),
    pytest.param(
        "P. P. Petrov, “Obshchina,” Voprosy istorii, 1968, no. 5: 3–15.",
        {"type": "article-journal", "author": [{"family": "Petrov", "given": "P. P."}], "title": "Obshchina",
         "container-title": "Voprosy istorii", "issue": "5", "page": "3–15", "issued": {"date-parts": [[1968]]}},
        id="an-article-in-a-soviet-journal-its-year-and-issue",
    ),
    pytest.param(
        "V. V. Kabanov, “Krest’ianskaia obshchina,” in Krest’ianstvo i vlast’, ed. V. P. Danilov (Moscow: Nauka, "
        "1988), 40–62.",
        {"type": "chapter", "author": [{"family": "Kabanov", "given": "V. V."}],
         "editor": [{"family": "Danilov", "given": "V. P."}], "title": "Krest’ianskaia obshchina",
         "container-title": "Krest’ianstvo i vlast’", "page": "40–62", "publisher-place": "Moscow",
         "publisher": "Nauka", "issued": {"date-parts": [[1988]]}},
        id="a-chapter-its-book-and-editor",
    ),
    pytest.param(
        "M. G. Levin and L. P. Potapov, eds., Narody Sibiri (Moscow-Leningrad, 1956), 785.",
        {"type": "book", "editor": [{"family": "Levin", "given": "M. G."}, {"family": "Potapov", "given": "L. P."}],
         "title": "Narody Sibiri", "page": "785", "publisher-place": "Moscow-Leningrad",
         "issued": {"date-parts": [[1956]]}},
        id="a-book-by-its-editors",
    ),
    pytest.param(
        "See also I. I. Ivanov, Ocherki istorii (Moscow, 1950).",
        {"type": "book", "author": [IVANOV], "title": "Ocherki istorii", "publisher-place": "Moscow",
         "issued": {"date-parts": [[1950]]}},
        id="what-sends-the-reader-to-the-work-is-no-part-of-it",
    ),
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_notes(raw, expected):
    assert fields_but_language(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param("Ivanov, I. I. Ocherki istorii. Moscow, 1950.", id="the-encyclopedias-own-order"),
        pytest.param("A. S. Pushkin, ego zhizn’ i tvorchestvo. Moscow, 1950.", id="a-title-begun-by-a-name"),
        pytest.param("Ivanov, I. I. “Ocherk.” Kommunist, 1974, no. 12.", id="an-article-in-the-encyclopedias-order"),
    ],
)
def test_entries_in_the_encyclopedias_order_are_left_as_printed(raw):
    assert in_encyclopedia_order(raw) == raw
