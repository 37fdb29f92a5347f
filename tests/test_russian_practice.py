"""Entries as Russian lists print them (GOST 7.1, a Russian journal's romanized References): printed entry →
expected fields, the same the encyclopedia's order of the work gives."""

from __future__ import annotations

import textwrap

import pytest

from gsecite.csl import to_csl
from gsecite.extract import extract
from gsecite.russian_practice import in_encyclopedia_order

from .test_entries import fields_but_language

IVANOV = {"family": "Ivanov", "given": "I. I."}

CASES = [
    pytest.param(
        "Mladentsev M. N., Tishchenko V. E., D. I. Mendeleev, ego zhizn’ i deiatel’nost’, t. 1, M.—L., 1938",
        {"type": "book", "author": [{"family": "Mladentsev", "given": "M. N."},
                                    {"family": "Tishchenko", "given": "V. E."}],
         "title": "D. I. Mendeleev, ego zhizn’ i deiatel’nost’", "volume": "1", "publisher-place": "M.—L.",
         "issued": {"date-parts": [[1938]]}},
        id="originals-title-that-names-a-person-by-initials-after-two-authors",
    ),
    pytest.param(
        "Soch., t. 1—25, L.— M., 1934—54",
        {"type": "book", "title": "Sochineniia", "title-short": "Soch.", "volume": "1—25", "publisher-place": "L.— M.",
         "issued": {"date-parts": [[1934], [1954]]}},
        id="originals-joint-imprint-leningrad-first-a-space-after-the-dash",
    ),
    pytest.param(
        "Ivanov I. I. Ocherki istorii krest’ianstva / I. I. Ivanov. — M.: Nauka, 1950. — 300 s.",
        {"type": "book", "author": [IVANOV], "title": "Ocherki istorii krest’ianstva", "number-of-pages": "300",
         "publisher-place": "M.", "publisher": "Nauka", "issued": {"date-parts": [[1950]]}},
        id="gost-book-with-its-authors-again-and-its-pages",
    ),
    pytest.param(
        "Danilov V. P. Sovetskaia derevnia. — 2-e izd. — M.: Nauka, 1979.",
        {"type": "book", "author": [{"family": "Danilov", "given": "V. P."}], "title": "Sovetskaia derevnia",
         "edition": "2", "publisher-place": "M.", "publisher": "Nauka", "issued": {"date-parts": [[1979]]}},
        id="gost-edition-area",
    ),
    pytest.param(
        "Danilov V. P. Sovetskaia derevnia. — 2-e izd., ispr. i dop. — M.: Nauka, 1979.",
        {"type": "book", "author": [{"family": "Danilov", "given": "V. P."}], "title": "Sovetskaia derevnia",
         "edition": "2", "publisher-place": "M.", "publisher": "Nauka", "issued": {"date-parts": [[1979]]}},
        id="gost-edition-revised-and-enlarged",
    ),
    pytest.param(
        "Petrov P. P., Sidorov S. S. Obshchina v Povolzh’e // Voprosy istorii. — 1968. — T. 5, No. 2. — S. 3–15.",
        {"type": "article-journal", "author": [{"family": "Petrov", "given": "P. P."},
                                               {"family": "Sidorov", "given": "S. S."}],
         "title": "Obshchina v Povolzh’e", "container-title": "Voprosy istorii", "volume": "5", "issue": "2",
         "page": "3–15", "issued": {"date-parts": [[1968]]}},
        id="gost-journal-article-after-two-slashes",
    ),
    pytest.param(
        "Kabanov V. V. Krest’ianskaia obshchina // Krest’ianstvo i vlast’ / pod red. V. P. Danilova. — M.: Nauka, "
        "1988. — S. 40–62.",
        {"type": "chapter", "author": [{"family": "Kabanov", "given": "V. V."}], "title": "Krest’ianskaia obshchina",
         "container-title": "Krest’ianstvo i vlast’", "page": "40–62", "publisher-place": "M.", "publisher": "Nauka",
         "issued": {"date-parts": [[1988]]}},
        id="gost-chapter-in-a-book-with-its-imprint",
    ),
    pytest.param(
        "Aleksandrov V. A. Sel’skaia obshchina v Rossii (XVII — nachalo XIX v.) [The rural commune in Russia]. "
        "Moscow, Nauka Publ., 1976. 323 p.",
        {"type": "book", "author": [{"family": "Aleksandrov", "given": "V. A."}],
         "title": "Sel’skaia obshchina v Rossii (XVII — nachalo XIX v.)", "number-of-pages": "323",
         "publisher-place": "Moscow", "publisher": "Nauka", "issued": {"date-parts": [[1976]]},
         "note": "The rural commune in Russia"},
        id="references-book-its-title-in-english-a-note-and-a-dash-in-parentheses-no-area",
    ),
    pytest.param(
        "Mironov B.N. Peredel’naia obshchina [The repartitional commune]. Istoriia SSSR [History of the USSR], 1975, "
        "no. 4, pp. 28–40.",
        {"type": "article-journal", "author": [{"family": "Mironov", "given": "B. N."}],
         "title": "Peredel’naia obshchina", "container-title": "Istoriia SSSR", "issue": "4", "page": "28–40",
         "issued": {"date-parts": [[1975]]}, "note": "The repartitional commune; History of the USSR"},
        id="references-journal-article-initials-unspaced",
    ),
    pytest.param(
        "Ivanov I. I. Ocherki istorii : v 3 t. — M.: Nauka, 1950–1952. — 300 s. — (Trudy Instituta istorii; vyp. 5).",
        {"type": "book", "author": [IVANOV], "title": "Ocherki istorii", "number-of-volumes": "3",
         "collection-title": "Trudy Instituta istorii", "issue": "5", "number-of-pages": "300",
         "publisher-place": "M.", "publisher": "Nauka", "issued": {"date-parts": [[1950], [1952]]}},
        id="gost-volumes-pages-and-a-numbered-series",
    ),
    pytest.param(
        "Petrov P. P. Obshchina // Izvestiia AN SSSR. Seriia istorii. — 1968. — T. 25, vyp. 2. — S. 3–15.",
        {"type": "article-journal", "author": [{"family": "Petrov", "given": "P. P."}], "title": "Obshchina",
         "container-title": "Izvestiia AN SSSR. Seriia istorii", "volume": "25", "issue": "2", "page": "3–15",
         "issued": {"date-parts": [[1968]]}},
        id="gost-a-series-of-a-journal-and-its-issue-in-lowercase",
    ),
    pytest.param(
        "Ivanov I. I. Ocherki istorii [Elektronnyi resurs]. — URL: http://example.org/ocherki (data obrashcheniia: "
        "01.01.2020).",
        {"type": "book", "author": [IVANOV], "title": "Ocherki istorii", "note": "Elektronnyi resurs",
         "URL": "http://example.org/ocherki", "accessed": {"date-parts": [[2020, 1, 1]]}},
        id="gost-online-resource-its-address-and-the-day-it-was-read",
    ),
    pytest.param(
        "Petrov P.P. Obshchina // Voprosy istorii. 2010. No 5. S. 3–15. DOI: 10.31857/S0869-5687-1",
        {"type": "article-journal", "author": [{"family": "Petrov", "given": "P. P."}], "title": "Obshchina",
         "container-title": "Voprosy istorii", "issue": "5", "page": "3–15", "issued": {"date-parts": [[2010]]},
         "DOI": "10.31857/S0869-5687-1"},
        id="an-article-its-areas-parted-by-periods-alone-and-its-doi",
    ),
    pytest.param(
        "Petrov P.P. Obshchina // Istoriia krest’ianstva. M.: Nauka, 2010. S. 3–15.",
        {"type": "chapter", "author": [{"family": "Petrov", "given": "P. P."}], "title": "Obshchina",
         "container-title": "Istoriia krest’ianstva", "page": "3–15",
         "publisher-place": "M.", "publisher": "Nauka", "issued": {"date-parts": [[2010]]}},
        id="a-chapter-its-areas-parted-by-periods-alone",
    ),
    pytest.param(
        "Danilov V.P. Sovetskaia derevnia [The Soviet village]. Moscow, Nauka Publ., 1979. 360 p. (In Russian)",
        {"type": "book", "author": [{"family": "Danilov", "given": "V. P."}], "title": "Sovetskaia derevnia",
         "number-of-pages": "360", "publisher-place": "Moscow", "publisher": "Nauka",
         "issued": {"date-parts": [[1979]]}, "note": "The Soviet village; In Russian"},
        id="references-the-language-noted-after-the-entry",
    ),
    pytest.param(
        "Pamiati A. S. Pushkina. Moscow, 1937.",
        {"type": "book", "title": "Pamiati A. S. Pushkina", "publisher-place": "Moscow",
         "issued": {"date-parts": [[1937]]}},
        id="a-title-with-a-name-in-it-is-no-author",
    ),
    pytest.param(
        "Marks K. i Engel’s F., Soch., 2 izd., t. 20.",
        {"type": "book", "author": [{"family": "Marks", "given": "K."}, {"family": "Engel’s", "given": "F."}],
         "title": "Sochineniia", "title-short": "Soch.", "edition": "2", "volume": "20"},
        id="the-encyclopedias-russian-original-names-joined-by-i-and-a-comma",
    ),
    pytest.param(
        "Engel’s F., Anti-Diuring, Marks K. i Engel’s F., Soch., 2 izd., t. 20.",
        {"type": "chapter", "author": [{"family": "Engel’s", "given": "F."}], "title": "Anti-Diuring",
         "container-author": [{"family": "Marks", "given": "K."}, {"family": "Engel’s", "given": "F."}],
         "container-title": "Sochineniia", "container-title-short": "Soch.", "edition": "2", "volume": "20"},
        id="the-encyclopedias-russian-original-the-works-authors-before-them-with-no-v-kn",
    ),
    pytest.param(
        "Ocherki istorii SSSR, pod red. N. M. Druzhinina, M., 1955.",
        {"type": "book", "editor": [{"family": "Druzhinin", "given": "N. M."}], "title": "Ocherki istorii SSSR",
         "publisher-place": "M.", "issued": {"date-parts": [[1955]]}},
        id="the-encyclopedias-russian-original-an-editor-in-the-genitive",
    ),
    pytest.param(
        "Krest’ianstvo, «Voprosy istorii», 1965, № 4.",
        {"type": "article-journal", "title": "Krest’ianstvo", "container-title": "Voprosy istorii", "issue": "4",
         "issued": {"date-parts": [[1965]]}},
        id="the-encyclopedias-russian-original-an-unsigned-article-its-journal-in-guillemets",
    ),
    pytest.param(
        "Foigt V., Vozrozhdenie klassicheskoi drevnosti, per. s nem., t. 1, M., 1884.",
        {"type": "book", "author": [{"family": "Foigt", "given": "V."}],
         "title": "Vozrozhdenie klassicheskoi drevnosti", "volume": "1", "publisher-place": "M.",
         "issued": {"date-parts": [[1884]]}, "note": "per. s nem."},
        id="the-encyclopedias-russian-original-translated-from",
    ),
    pytest.param(
        "Tugan-Baranovskii M. I., Russkaia fabrika v proshlom i nastoiashchem, 7 izd., M., 1938.",
        {"type": "book", "author": [{"family": "Tugan-Baranovskii", "given": "M. I."}],
         "title": "Russkaia fabrika v proshlom i nastoiashchem", "edition": "7", "publisher-place": "M.",
         "issued": {"date-parts": [[1938]]}},
        id="the-encyclopedias-russian-original-an-edition-with-no-ending",
    ),
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_russian_list_entries(raw, expected):
    assert fields_but_language(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param("Ivanov, I. I. Ocherki istorii. Moscow, 1950.", id="the-encyclopedias-own-order"),
        pytest.param("Tvorchestvo A. Bloka. Moscow, 1970.", id="a-title-begun-by-a-word-and-initials"),
        pytest.param("Leningrad – Moscow: Ocherki. Moscow, 1970.", id="a-spaced-dash-in-a-title"),
    ],
)
def test_entries_in_the_encyclopedias_order_are_left_as_printed(raw):
    assert in_encyclopedia_order(raw) == (raw, (), "")


def test_the_russian_originals_list_parted_by_semicolons_gives_an_entry_each():
    """The encyclopedia's Russian original prints its literature as one paragraph, the entries parted by
    semicolons, each begun by its author's family name and initials."""
    page = ("Капитализм\n\nКапитализм, общественно-экономическая формация.\n\n"
            "Лит.: Маркс К. и Энгельс Ф., Соч., 2 изд., т. 20; Ленин В. И., Полн. собр. соч., 5 изд., т. 3; "
            "История СССР, т. 1—2, М., 1966.\n")
    records = [to_csl(reference) for reference in extract(page).references]
    assert [(r.get("title"), [a["family"] for a in r.get("author", [])], r.get("volume")) for r in records] == [
        ("Сочинения", ["Маркс", "Энгельс"], "20"),
        ("Полное собрание сочинений", ["Ленин"], "3"),
        ("История СССР", [], "1—2"),
    ]


def test_the_russian_originals_literature_reads_as_the_translations():
    """The Russian original's forms: a title parted from its container by a comma, "в кн.:" (in the book),
    "его же" (his) for the same author, "там же" (ibid.), "№", and a signature in plain case after the list."""
    page = ("Капитализм\n\nКапитализм, общественно-экономическая формация.\n\n"
            "Лит.: Маркс К., Капитал, т. 1, гл. 24, в кн.: Маркс К. и Энгельс Ф., Соч., 2 изд., т. 23; "
            "Ленин В. И., Развитие капитализма в России, Полн. собр. соч., 5 изд., т. 3; его же, Империализм, "
            "как высшая стадия капитализма, там же, т. 27; Вопросы истории, 1965, № 4.\n\nА. И. Иванов.\n")
    records = [to_csl(reference) for reference in extract(page).references]
    assert [(r["type"], [a["family"] for a in r.get("author", [])], r.get("title"), r.get("container-title"),
             r.get("volume"), r.get("issue")) for r in records] == [
        ("chapter", ["Маркс"], "Капитал, т. 1, гл. 24", "Сочинения", "23", None),
        ("chapter", ["Ленин"], "Развитие капитализма в России", "Полное собрание сочинений", "3", None),
        ("chapter", ["Ленин"], "Империализм, как высшая стадия капитализма", "Полное собрание сочинений", "27", None),
        ("article-journal", [], None, "Вопросы истории", None, "4"),
    ]
    assert [a["family"] for a in records[0]["container-author"]] == ["Маркс", "Энгельс"]
    assert records[2]["container-title-short"] == "Полн. собр. соч."  # (там же: the entry before's, in Cyrillic)


ORIGINALS_PAGE = (
    "Капитализм\n\nКапитализм, общественно-экономическая формация, основанная на частной собственности на средства "
    "производства.\n\nЛит.: Маркс К., Капитал, т. 1, гл. 24, в кн.: Маркс К. и Энгельс Ф., Соч., 2 изд., т. 23; "
    "Ленин В. И., Развитие капитализма в России, Полн. собр. соч., 5 изд., т. 3; его же, Империализм, как высшая "
    "стадия капитализма, там же, т. 27; Политическая экономия, 2 изд., М., 1962, с. 45—60; Вопросы истории, 1965, "
    "№ 4.\n\nА. И. Иванов.\n"
)


@pytest.mark.parametrize("width", [70, 90])
def test_the_russian_originals_page_wrapped_gives_the_same_records(width):
    """A copy that wraps the lines: the headword's definition is body text, "Лит.:" heads the list though the
    line it opens reads as a headword, and an entry ends at a line's semicolon after a volume's number."""
    wrapped = "\n".join("\n".join(textwrap.wrap(line, width)) if line else line for line in ORIGINALS_PAGE.split("\n"))

    def records(page: str) -> tuple[str, list]:
        doc = extract(page)
        return doc.title, [(r.title, tuple(n.display() for n in r.author), r.volume) for r in doc.references]

    assert records(wrapped) == records(ORIGINALS_PAGE)
    assert records(ORIGINALS_PAGE)[0] == "Капитализм" and len(records(ORIGINALS_PAGE)[1]) == 5


def test_his_cut_where_the_originals_page_wraps_begins_the_next_entry():
    page = ("Государство\n\nГОСУДА́РСТВО, основной институт политической системы классового общества.\n\n"
            "Лит.: Ленин В. И., Государство и революция, Полн. собр. соч., 5 изд., т. 33; его\n"
            "же, О государстве, там же, т. 39.\n")
    doc = extract(page)
    assert [(r.title, r.volume, r.author[0].family) for r in doc.references] == [
        ("Государство и революция", "33", "Ленин"), ("О государстве", "39", "Ленин")]


def test_an_article_with_a_russian_list_cites_its_entries_by_author_and_year():
    """"(Ivanov 1950: 45)" and "[Ivanov 1950: 46]" in the text cite the entry listed as "Ivanov I. I. … 1950"."""
    text = ("Peasant Communes\n\nThe commune survived (Ivanov 1950: 45; Petrov, Sidorov 1968, 5). It did [Ivanov 1950: "
            "46].\n\nReferences\n\n1. Ivanov I. I. Ocherki istorii. — M.: Nauka, 1950. — 300 s.\n2. Petrov P. P., "
            "Sidorov S. S. Obshchina // Voprosy istorii. — 1968. — No. 5. — S. 3–15.\n")
    doc = extract(text)
    assert [r.author[0].family for r in doc.references] == ["Ivanov", "Petrov"]
    assert [(c.reference, c.locator) for c in doc.citations] == [
        (doc.references[0].id, "45"), (doc.references[1].id, "5"), (doc.references[0].id, "46")
    ]


NUMBERED_LIST = """Peasant Communes

The commune remained the basic unit of peasant life.

References

1. Ivanov I. I. Ocherki istorii krest’ianstva / I. I. Ivanov. — M.: Nauka, 1950. — 300 s.
2. Petrov P. P., Sidorov S. S. Obshchina v Povolzh’e // Voprosy istorii. — 1968. — No. 5. — S. 3–15.
3. Danilov V. P. Sovetskaia dorevoliutsionnaia derevnia. — 2-e izd. — M.: Nauka, 1979. — 360 s.
4. Kabanov V. V. Krest’ianskaia obshchina i kooperatsiia Rossii XX veka // Krest’ianstvo i vlast’ / pod red. V. P.
Danilova. — M.: Nauka, 1988. — S. 40–62.
5. Aleksandrov V. A. Sel’skaia obshchina v Rossii (XVII — nachalo XIX v.) [The rural commune in Russia]. Moscow,
Nauka Publ., 1976. 323 p.
"""


@pytest.mark.parametrize("width", [40, 60, 90])
def test_a_numbered_russian_list_wrapped_at_any_width_gives_the_same_records(width):
    """A line with the next list number begins an entry; any other line goes on with the entry above, and a dash
    at a line's end parts areas, no word ("— 2-e izd. —" / "M.: Nauka")."""
    def records(text):
        return [{k: v for k, v in to_csl(r).items() if k not in ("custom", "id")} for r in extract(text).references]

    wrapped = "\n".join(
        "\n".join(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)) if line else ""
        for line in NUMBERED_LIST.split("\n")
    )
    given = records(NUMBERED_LIST)
    assert len(given) == 5 and not any(r["title"][:1].isdigit() for r in given)
    assert records(wrapped) == given
