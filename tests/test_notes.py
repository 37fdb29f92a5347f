"""A text's notes: a note citing a work in full is a reference; ibid. and a short note cite a note's work before
them."""

from __future__ import annotations

import textwrap

import pytest

from gsecite.extract import extract, lost_characters
from gsecite.notes import cited_note, short_note

PAGE = """The Peasant Commune after 1861

The emancipation left the commune in place.1 Historians have long disagreed about its effects.2

Notes

1. P. A. Zaionchkovskii, Otmena krepostnogo prava v Rossii, 3rd ed. (Moscow, 1968), 45.
2. Marc Raeff, “The Decembrists,” Slavic Review 26, no. 2 (1967): 5–20.
3. Ibid., 7.
4. V. V. Kabanov, “Krest’ianskaia obshchina,” in Krest’ianstvo i vlast’, ed. V. P. Danilov (Moscow: Nauka, 1988),
40–62.
5. Zaionchkovskii, Otmena krepostnogo prava, 50.
6. Ibid., 52.
7. Ivanov, Ocherki, 5.
"""


def test_notes_citing_a_note_before_them_are_citations_of_its_work():
    doc = extract(PAGE)
    families = [r.author[0].family for r in doc.references]
    assert families == ["Zaionchkovskii", "Raeff", "Kabanov", "Ivanov"]  # (the last: a note no note before names)
    by_id = {r.id: r for r in doc.references}
    cited = [(by_id[c.reference].author[0].family, c.locator, c.text) for c in doc.citations]
    lines = PAGE.splitlines()
    assert cited == [
        # (a note citing a book in full cites its page: the book's record has none; one citing a work whole, none)
        ("Zaionchkovskii", "45", lines[6][3:]),
        ("Raeff", "", lines[7][3:]),
        ("Raeff", "7", "Ibid., 7."),
        ("Kabanov", "", lines[9][3:] + "\n" + lines[10]),
        ("Zaionchkovskii", "50", "Zaionchkovskii, Otmena krepostnogo prava, 50."),
        ("Zaionchkovskii", "52", "Ibid., 52."),  # (ibid. after a short note: the same work)
    ]
    assert all(PAGE[c.span.start : c.span.end] == c.text for c in doc.citations)
    assert not doc.references[0].page and doc.references[1].page == "5–20"
    assert not lost_characters(PAGE, doc.references, doc.citations)


@pytest.mark.parametrize("width", [40, 70])
def test_wrapped_notes_give_the_same_citations(width):
    wrapped = "\n".join(
        "\n".join(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)) if line else ""
        for line in PAGE.split("\n")
    )
    def cited(text):
        doc = extract(text)
        by_id = {r.id: r for r in doc.references}
        return [(by_id[c.reference].title, c.locator) for c in doc.citations]
    assert cited(wrapped) == cited(PAGE)


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        pytest.param("Ibid., 7.", ("", "", "7"), id="ibid-and-a-page"),
        pytest.param("Ibid.", ("", "", ""), id="ibid-alone"),
        pytest.param("Ibid., 2:45.", ("", "", "45"), id="ibid-a-volume-and-a-page"),
        pytest.param("Raeff, “Decembrists,” 9.", ("Raeff", "Decembrists", "9"), id="a-short-article-title-in-quotes"),
        pytest.param('Raeff, "Decembrists," 9.', ("Raeff", "Decembrists", "9"), id="in-straight-quotes"),
        pytest.param("Ibid., vol. 2, p. 45.", ("", "", "45"), id="ibid-a-volume-labeled-and-a-page"),
        pytest.param("Zaionchkovskii, Otmena, pp. 5–7.", ("Zaionchkovskii", "Otmena", "5–7"), id="short-with-pages"),
        pytest.param("Zaionchkovskii, P. A. Otmena. Moscow, 1968.", None, id="a-work-in-full"),
    ],
)
def test_short_notes(note, expected):
    found = short_note(note)
    assert (found.family, found.title, found.locator) == expected if expected else found is None


def test_a_short_note_cites_the_latest_work_of_its_author_with_that_title():
    from gsecite.model import Name

    notes = [(1, {"author": (Name("Lenin", "V. I."),), "title": "Razvitie kapitalizma v Rossii"}),
             (2, {"author": (Name("Lenin", "V. I."),), "title": "Chto delat’?"})]
    assert cited_note(short_note("Lenin, Razvitie kapitalizma, 5."), notes) == 1
    assert cited_note(short_note("Lenin, Chto delat’?, 5."), notes) == 2
    assert cited_note(short_note("Lenin, op. cit., 5."), notes) == 2  # (his work cited last)


@pytest.mark.parametrize("again", ["Ibid., 4:12.", "Ibid., vol. 4, p. 12.", "Lenin, Polnoe sobranie sochinenii, 4:12."])
def test_a_note_citing_another_volume_of_a_work_before_is_a_record_of_that_volume(again):
    page = ("Lenin and the Peasantry\n\nLenin wrote on the commune.1 He returned to it later.2\n\nNotes\n\n"
            "1. V. I. Lenin, Polnoe sobranie sochinenii, 5th ed. (Moscow, 1958–65), 3:245.\n"
            f"2. {again}\n3. Ibid., 13.\n")
    doc = extract(page)
    volumes = [(r.volume, r.edition, r.title) for r in doc.references]
    assert volumes == [("3", "5", "Polnoe sobranie sochinenii"), ("4", "5", "Polnoe sobranie sochinenii")]
    by_id = {r.id: r for r in doc.references}
    assert [(by_id[c.reference].volume, c.locator) for c in doc.citations] == [("3", "245"), ("4", "12"), ("4", "13")]
    assert not lost_characters(page, doc.references, doc.citations)


@pytest.mark.parametrize(
    ("marks", "body_end"),
    [
        pytest.param(["1. ", "2. ", "3. "], ".1", id="numbers-with-periods"),
        pytest.param(["1 ", "2 ", "3 "], ".1", id="numbers-and-a-space"),
        pytest.param(["¹ ", "² ", "³ "], ".¹", id="raised-numbers"),
        pytest.param(["¹", "²", "³"], ".¹", id="raised-numbers-glued-on"),
    ],
)
def test_the_numbers_of_notes_however_printed_are_no_part_of_them(marks, body_end):
    notes = ["V. P. Danilov, Sovetskaia dokolkhoznaia derevnia (Moscow: Nauka, 1977), 45.", "Ibid., 67.",
             "P. A. Zaionchkovskii, Otmena krepostnogo prava v Rossii (Moscow, 1968), 50."]
    page = ("The Peasant Commune\n\nThe commune survived the reform of 1861 and remained the basic unit of village "
            f"life{body_end}\n\nNotes\n\n")
    page += "".join(f"{mark}{note}\n" for mark, note in zip(marks, notes, strict=True))
    doc = extract(page)
    assert doc.title == "The Peasant Commune"
    assert [(r.author[0].family, r.title) for r in doc.references] == [
        ("Danilov", "Sovetskaia dokolkhoznaia derevnia"), ("Zaionchkovskii", "Otmena krepostnogo prava v Rossii")]
    assert [c.text for c in doc.citations] == notes
    assert not lost_characters(page, doc.references, doc.citations)
