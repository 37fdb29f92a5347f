"""Entries generated from the encyclopedia's grammar parse to the parts they were built from.

Hypothesis builds entries the way the translated encyclopedia prints them (authors, a title, an
edition, volumes, an editor, an imprint, pages, a note, a series; journal and newspaper articles;
chapters in a collection; Lenin's and a writer's collected works; titles in English, German and
French), each with the record it must give. Whole bibliographies are then laid out as pages do:
one entry a line, glued together, or wrapped at 72 or 80 characters, and every record must come
back, in order, with every field. The examples are derandomized: a run tries the same ones, so
that CI never fails on an example no one has seen; the fuzz campaign (benchmarks/fuzz.py)
explores at random.
"""

from __future__ import annotations

import json
import re
import textwrap

from hypothesis import given, settings
from hypothesis import strategies as st

from gsecite.csl import document_to_json, to_csl
from gsecite.entries import parse_entry_fields
from gsecite.extract import extract
from gsecite.model import Reference

FAMILIES = ("Ivanov", "Petrova", "Kuz’min", "Bonch-Bruevich", "Vasil’ev", "Shchukin", "Iakovlev", "D’iakonov",
            "Tsvetaeva", "Mal’tsev", "Eikhenbaum", "Ter-Avanesian")
GIVEN = ("I. I.", "A. N.", "M.", "Iu. P.", "E. Ia.", "V.", "S. M.", "N. G.")
FIRST_WORDS = ("Ocherki", "Problemy", "Voprosy", "Stikhi", "Narody", "Issledovaniia", "Istoriia", "Materialy")
WORDS = ("istorii", "russkoi", "literatury", "razvitiia", "sovetskoi", "nauki", "teorii", "iazyka", "i", "poemy",
         "Sibiri", "Severa", "v", "XIX v.", "ekonomiki", "sel’skogo", "khoziaistva", "po", "arkheologii", "Kryma",
         "1917–1937 gg.", "Kazakhstana")
PLACES = ("Moscow", "Leningrad", "Moscow-Leningrad", "Kiev", "Tashkent", "Alma-Ata", "Riga", "Tbilisi",
          "Novosibirsk", "Kazan’", "Sverdlovsk", "Minsk", "Frunze", "Yerevan", "Baku", "St. Petersburg",
          "Rostov-on-Don")
JOURNALS = ("Voprosy istorii", "Sovetskaia etnografiia", "Novyi mir", "Kommunist", "Priroda", "Voprosy filosofii",
            "Sovetskaia arkheologiia", "Istoriia SSSR", "Uspekhi fizicheskikh nauk", "Zvezda", "Doklady AN SSSR")
NEWSPAPERS = ("Pravda", "Izvestiia", "Literaturnaia gazeta")
SERIES = ("Trudy Instituta etnografii AN SSSR", "Materialy i issledovaniia po arkheologii SSSR", "Fauna SSSR")
NOTES = ("Translated from English", "A collection of works", "Contains a bibliography", "Collection of articles")
MONTHS = ("Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
COLLECTED_WORKS = (("Soch.", "Sochineniia"), ("Sobr. soch.", "Sobranie sochinenii"),
                   ("Izbr. proizv.", "Izbrannye proizvedeniia"), ("Poln. sobr. soch.", "Polnoe sobranie sochinenii"))
FOREIGN = {
    "en": (("The History of Russian Literature", "A Survey of Soviet Science",
            "Studies in the Economy of the Soviet Union"), ("London", "New York", "Oxford")),
    "de": (("Geschichte der russischen Literatur", "Die Völker Sibiriens"), ("Berlin", "Leipzig", "Munich")),
    "fr": (("Histoire de la littérature russe", "Les peuples de la Sibérie"), ("Paris", "Lyon")),
}
ORDINAL = {2: "2nd", 3: "3rd", 4: "4th", 5: "5th"}
# The fields compared, as CSL names them.
FIELDS = ("type", "author", "editor", "title", "container-title", "collection-title", "edition", "volume", "part",
          "number-of-volumes", "issue", "page", "publisher-place", "issued", "note")


@st.composite
def titles(draw) -> str:
    words = [draw(st.sampled_from(FIRST_WORDS)), *draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=5))]
    title = " ".join(words)
    if draw(st.booleans()) and draw(st.booleans()):
        title += ": " + draw(st.sampled_from(FIRST_WORDS)) + " " + draw(st.sampled_from(WORDS))
    return title


@st.composite
def author_lists(draw) -> tuple[str, list[dict]]:
    """``Berg, A. I.``, ``Berg, A. I., and Iu. I. Cherniak``, … (printed, CSL names); none at times."""
    names = draw(st.lists(st.tuples(st.sampled_from(FAMILIES), st.sampled_from(GIVEN)), max_size=3))
    csl = [{"family": family, "given": given} for family, given in names]
    if not names:
        return "", csl
    (family, given), rest = names[0], [f"{g} {f}" for f, g in names[1:]]
    printed = f"{family}, {given}" + "".join(f", {name}" for name in rest[:-1]) + (f", and {rest[-1]}" if rest else "")
    return (printed if printed.endswith(".") else printed + ".") + " ", csl


@st.composite
def years(draw) -> tuple[str, dict]:
    year = draw(st.integers(1900, 1980))
    if draw(st.integers(0, 4)) == 0:
        end = year + draw(st.integers(1, 9))
        return f"{year}–{str(end)[2:]}", {"date-parts": [[year], [end]]}
    return str(year), {"date-parts": [[year]]}


@st.composite
def pages(draw) -> str:
    first = draw(st.integers(5, 300))
    return f"{first}–{first + draw(st.integers(2, 40))}"


@st.composite
def books(draw) -> tuple[str, dict]:
    authors, names = draw(author_lists())
    title = draw(titles())
    record = {"type": "book", "title": title, "language": "ru", **({"author": names} if names else {})}
    if len(names) == 1 and draw(st.integers(0, 5)) == 0:
        authors = authors.strip() + ", et al. "  # "et al." names nobody more
    printed = authors + title
    if draw(st.booleans()):
        edition = draw(st.integers(2, 5))
        printed += f", {ORDINAL[edition]} ed." + draw(st.sampled_from(["", "", ", revised and enlarged"]))
        record["edition"] = str(edition)
    volumes = draw(st.sampled_from(["", "vol", "vols", "in vols"]))
    if volumes == "vol":
        volume = draw(st.integers(1, 12))
        printed, record["volume"] = printed + f", vol. {volume}", str(volume)
        if draw(st.booleans()):
            part = draw(st.integers(1, 3))
            printed, record["part"] = printed + f", {draw(st.sampled_from(['part', 'book']))} {part}", str(part)
    elif volumes == "in vols":
        count = draw(st.integers(2, 5))
        printed, record["number-of-volumes"] = printed + f", in {count} vols", str(count)
    elif volumes == "vols":
        last = draw(st.integers(2, 8))
        printed, record["volume"] = printed + f", vols. 1–{last}", f"1–{last}"
    printed = printed.rstrip(".") + "."
    if not names and draw(st.booleans()):
        family, given = draw(st.sampled_from(FAMILIES)), draw(st.sampled_from(GIVEN))
        printed += f" Edited by {given} {family}."
        record["editor"] = [{"family": family, "given": given}]
    place, (year, issued) = draw(st.sampled_from(PLACES)), draw(years())
    printed += f" {place}, {year}."
    record.update({"publisher-place": place, "issued": issued})
    ending = draw(st.sampled_from(["", "", "pages", "note", "series", "credit"]))
    if ending == "credit":  # "[Introduction by A. N. Ivanov.]", "Translated from German by I. I. Petrov."
        credit = f"{draw(st.sampled_from(['Introduction', 'Foreword']))} by {draw(st.sampled_from(GIVEN))} Ivanov"
        bracketed = draw(st.booleans())
        printed = printed[: -len(f" {place}, {year}.")] + (f" [{credit}.]" if bracketed else f" {credit}.")
        printed += f" {place}, {year}."
        record["note"] = credit
    elif ending == "pages":
        record["page"] = draw(pages())
        printed += f" Pages {record['page']}."
    elif ending == "note":
        record["note"] = draw(st.sampled_from(NOTES))
        printed += f" ({record['note']}.)"
    elif ending == "series" and "volume" not in record:
        record["collection-title"], volume = draw(st.sampled_from(SERIES)), draw(st.integers(1, 90))
        printed += f" ({record['collection-title']}, vol. {volume}.)"
        record["volume"] = str(volume)
    return printed, record


@st.composite
def journal_articles(draw) -> tuple[str, dict]:
    authors, names = draw(author_lists())
    title, journal, year = draw(titles()), draw(st.sampled_from(JOURNALS)), draw(st.integers(1900, 1980))
    record = {"type": "article-journal", "title": title, "container-title": journal,
              "issued": {"date-parts": [[year]]}, "language": "ru", **({"author": names} if names else {})}
    printed = f"{authors}“{title}.” {journal}, {year}"
    if draw(st.booleans()):
        record["volume"] = str(draw(st.integers(1, 99)))
        printed += f", vol. {record['volume']}"
    number = draw(st.integers(1, 11))
    record["issue"], printed_number = draw(st.sampled_from([
        (str(number), str(number)), (f"{number}–{number + 1}", f"{number}–{number + 1}"),
        (f"{number}(34)", f"{number} (34)"),
    ]))
    label = "nos." if "–" in printed_number else draw(st.sampled_from(["no.", "issue"]))
    printed += f", {label} {printed_number}"
    if draw(st.booleans()):
        record["page"] = draw(pages())
        printed += f", pp. {record['page']}"
    return printed + ".", record


@st.composite
def newspaper_articles(draw) -> tuple[str, dict]:
    authors, names = draw(author_lists().filter(lambda printed_names: printed_names[1]))
    title, newspaper = draw(titles()), draw(st.sampled_from(NEWSPAPERS))
    year, month, day = draw(st.integers(1918, 1980)), draw(st.integers(1, 12)), draw(st.integers(1, 28))
    record = {"type": "article-newspaper", "author": names, "title": title, "container-title": newspaper,
              "issued": {"date-parts": [[year, month, day]]}, "language": "ru"}
    return f"{authors}“{title}.” {newspaper}, {MONTHS[month - 1]} {day}, {year}.", record


@st.composite
def chapters(draw) -> tuple[str, dict]:
    authors, names = draw(author_lists())
    title, book = draw(titles()), draw(titles())
    place, (year, issued) = draw(st.sampled_from(PLACES)), draw(years())
    record = {"type": "chapter", "title": title, "container-title": book, "publisher-place": place,
              "issued": issued, "language": "ru", **({"author": names} if names else {})}
    volume = ""
    if draw(st.booleans()):
        record["volume"] = str(draw(st.integers(1, 9)))
        volume = f", vol. {record['volume']}"
    collection = draw(st.sampled_from(["", "the collection "]))
    return f"{authors}“{title}.” In {collection}{book}{volume}. {place}, {year}.", record


@st.composite
def lenins_works(draw) -> tuple[str, dict]:
    title, volume = draw(titles()), str(draw(st.integers(1, 55)))
    record = {"type": "chapter", "author": [{"family": "Lenin", "given": "V. I."}], "title": title,
              "container-title": "Polnoe sobranie sochinenii", "edition": "5", "volume": volume, "language": "ru"}
    return f"Lenin, V. I. “{title}.” Poln. sobr. soch., 5th ed., vol. {volume}.", record


@st.composite
def collected_works(draw) -> tuple[str, dict]:
    authors, names = draw(author_lists().filter(lambda printed_names: printed_names[1]))
    printed_title, title = draw(st.sampled_from(COLLECTED_WORKS))
    place, (year, issued) = draw(st.sampled_from(PLACES)), draw(years())
    last = draw(st.integers(1, 12))
    volume = draw(st.sampled_from([str(last), f"1–{last + 1}"]))
    label = "vol." if "–" not in volume else "vols."
    record = {"type": "book", "author": names, "title": title, "volume": volume, "publisher-place": place,
              "issued": issued, "language": "ru"}
    return f"{authors}{printed_title}, {label} {volume}. {place}, {year}.", record


@st.composite
def foreign_books(draw) -> tuple[str, dict]:
    authors, names = draw(author_lists())
    language = draw(st.sampled_from(sorted(FOREIGN)))
    title, place = draw(st.sampled_from(FOREIGN[language][0])), draw(st.sampled_from(FOREIGN[language][1]))
    year, issued = draw(years())
    record = {"type": "book", "title": title, "publisher-place": place, "issued": issued, "language": language,
              **({"author": names} if names else {})}
    return f"{authors}{title}. {place}, {year}.", record


ENTRIES = st.one_of(books(), journal_articles(), newspaper_articles(), chapters(), lenins_works(),
                    collected_works(), foreign_books())


def _letters(value) -> str:
    """A field as the benchmark compares it: letters and digits, case-folded."""
    return re.sub(r"[\W_]+", "", json.dumps(value, ensure_ascii=False).casefold())


def _without_spaces(text: str) -> str:
    return "".join(text.split())


def _differences(record: dict, expected: dict, fields=FIELDS) -> dict:
    return {key: (expected.get(key), record.get(key)) for key in fields
            if _letters(expected.get(key)) != _letters(record.get(key))}


@settings(max_examples=300, deadline=None, derandomize=True)
@given(ENTRIES)
def test_a_generated_entry_parses_to_its_parts(entry):
    printed, expected = entry
    fields, _ = parse_entry_fields(printed)
    assert _differences(to_csl(Reference(id="x", **fields)), expected) == {}, printed


PAGE_TOP = ("Kholmogory Cattle\n\nA breed of dairy cattle developed in the 18th century in Arkhangel’sk Province by "
            "crossing local cattle with imported breeds. The cows are large and give much milk.\n\n")


@settings(max_examples=80, deadline=None, derandomize=True)
@given(
    st.lists(ENTRIES, min_size=1, max_size=7),
    st.booleans(),
    st.booleans(),
    st.sampled_from(["one a line", "glued", "loose spaces", 72, 80]),
)
def test_a_generated_bibliography_in_any_layout_gives_every_record(entries, headed, signed, layout):
    lines = [*([" REFERENCES"] if headed else [])]
    if layout == "glued":
        lines.append("".join(printed for printed, _ in entries))
    elif layout == "loose spaces":  # as some pages set them: "Vasil’ev ,  V. Stikhi. Moscow , 1961."
        lines.extend(printed.replace(", ", " , ").replace(" ", "  ", 1) for printed, _ in entries)
    else:
        lines.extend(printed for printed, _ in entries)
    text = PAGE_TOP + "\n".join(line.strip() for line in lines) + ("\n\nA. N. PETROVA\n" if signed else "\n")
    if isinstance(layout, int):
        text = "\n".join(textwrap.fill(line, layout) if line.strip() else line for line in text.split("\n"))
    references = [r for r in document_to_json(extract(text))["references"]
                  if r["custom"]["origin"] == "bibliography"]
    # (A page that wraps its lines may break them at a hyphen: "Rostov-on-" / "Don".)
    assert [_without_spaces(r["custom"]["raw"]) for r in references] == [_without_spaces(e) for e, _ in entries]
    for reference, (printed, expected) in zip(references, entries, strict=True):
        assert _differences(reference, expected, (*FIELDS, "language")) == {}, printed


# A biography's subjects, and works in their own language (by the spelling only that language has).
SUBJECTS = (("Ivanov, Ivan Ivanovich", "Ivanov", "Ivan Ivanovich", "Russian", "ru"),
            ("Auezov, Mukhtar Omarkhanovich", "Auezov", "Mukhtar Omarkhanovich", "Kazakh", "kk"),
            ("Upīts, Andrejs", "Upīts", "Andrejs", "Latvian", "lv"))
OWN_LANGUAGE_TITLES = {"ru": ("Izbrannoe", "Povesti i rasskazy"), "kk": ("Shygharmalar", "Tangdamalï shygharmalar"),
                       "lv": ("Kopoti raksti", "Izlase")}


@st.composite
def works(draw, family: str, given: str, language: str) -> tuple[str, dict]:
    """An entry of the subject's works: no author printed (the subject's), a title in their language or
    in Russian."""
    place, (year, issued) = draw(st.sampled_from(PLACES)), draw(years())
    if draw(st.booleans()):
        title, language = draw(st.sampled_from(OWN_LANGUAGE_TITLES[language])), language
    else:
        title, language = draw(st.sampled_from(("Izbrannoe", "Povesti i rasskazy", "Stikhi i poemy"))), "ru"
    record = {"type": "book", "author": [{"family": family, "given": given}], "title": title,
              "publisher-place": place, "issued": issued, "language": language}
    printed = title
    if draw(st.booleans()):
        last = draw(st.integers(2, 8))
        printed, record["volume"] = f"{title}, vols. 1–{last}", f"1–{last}"
    return f"{printed}. {place}, {year}.", record


@st.composite
def biographies(draw) -> tuple[str, list[tuple[str, dict]]]:
    headword, family, given, nationality, language = draw(st.sampled_from(SUBJECTS))
    own = draw(st.lists(works(family, given, language), min_size=1, max_size=4))
    # "In Russian translation:", on its own line or before the first of them, and the works translated
    translated = draw(st.lists(works(family, given, "ru"), max_size=3)) if language != "ru" else []
    label = draw(st.sampled_from(["In Russian translation:\n", "In Russian translation: "])) if translated else ""
    about = draw(st.lists(st.one_of(books(), journal_articles(), chapters()).filter(lambda e: "author" in e[1]),
                          min_size=1, max_size=4))
    headed = draw(st.booleans())
    text = (f"{headword}\n\nBorn 1897; died 1961. Soviet {nationality} writer.\n\nHe wrote novels and stories "
            "about the life of his people.\n\n" + ("WORKS\n" if headed else "") + "\n".join(e for e, _ in own)
            + "\n" + label + "\n".join(e for e, _ in translated)
            + "\n\n" + ("REFERENCES\n" if headed else "") + "\n".join(e for e, _ in about) + "\n")
    translated = [(printed, {**record, "language": "ru"}) for printed, record in translated]
    return text, [*own, *translated, *about]


@settings(max_examples=60, deadline=None, derandomize=True)
@given(biographies(), st.sampled_from([None, 72, 80]))
def test_a_generated_biography_gives_the_subject_their_works(biography, width):
    text, entries = biography
    if width:
        text = "\n".join(textwrap.fill(line, width) if line.strip() else line for line in text.split("\n"))
    references = [r for r in document_to_json(extract(text))["references"]
                  if r["custom"]["origin"] == "bibliography"]
    assert [_without_spaces(r["custom"]["raw"]) for r in references] == [_without_spaces(e) for e, _ in entries]
    for reference, (printed, expected) in zip(references, entries, strict=True):
        assert _differences(reference, expected, (*FIELDS, "language")) == {}, printed


# --- inline citations -----------------------------------------------------------------------------

SENTENCES = (
    "The working class is the leading force of the alliance, and it has led the peasantry in the struggle",
    "This principle was stressed again in the decisions of the party congresses, which were held after the war",
    "The party developed the idea further, and it became the basis of its policy in the countryside",
)


@st.composite
def locators(draw) -> tuple[str, str]:
    first = draw(st.integers(3, 900))
    return draw(st.sampled_from([
        (f"p. {first}", str(first)), (f"pp. {first}–{first + 12}", f"{first}–{first + 12}"),
        (f"pp. {first}, {first + 5}", f"{first}, {first + 5}"),
    ]))


@st.composite
def inline_citations(draw, previous: dict | None) -> tuple[str, str, dict]:
    """One source as the encyclopedia cites it in parentheses: (printed, locator, the work's fields)."""
    printed_locator, locator = draw(locators())
    volume = str(draw(st.integers(1, 55)))
    forms = ["marx-engels", "marx-in", "lenin", "bare-lenin", "journal", "program"]
    if previous:
        forms += ["ibid", "ibid-volume"] if previous.get("volume") else ["ibid"]
    form = draw(st.sampled_from(forms))
    works = {"container-title": "Sochineniia", "edition": "2", "volume": volume}
    lenins = {"author": ["Lenin"], "container-title": "Polnoe sobranie sochinenii", "edition": "5", "volume": volume}
    if form == "marx-engels":
        return f"K. Marx and F. Engels, Soch., 2nd ed., vol. {volume}, {printed_locator}", locator, {
            "author": ["Marx", "Engels"], **works}
    if form == "marx-in":
        return f"K. Marx, in K. Marx and F. Engels, Soch., 2nd ed., vol. {volume}, {printed_locator}", locator, {
            "author": ["Marx"], **works}
    if form in ("lenin", "bare-lenin"):
        named = "V. I. Lenin, " if form == "lenin" else ""
        return f"{named}Poln. sobr. soch., 5th ed., vol. {volume}, {printed_locator}", locator, lenins
    if form == "journal":
        journal, year, number = draw(st.sampled_from(JOURNALS[:4])), draw(st.integers(1950, 1980)), draw(
            st.integers(1, 12))
        return f"{journal}, {year}, no. {number}, {printed_locator}", locator, {
            "container-title": journal, "issue": str(number)}
    if form == "program":
        return f"Programma KPSS, 1976, {printed_locator}", locator, {"title": "Programma KPSS"}
    if form == "ibid":
        return f"ibid., {printed_locator}", locator, previous
    return f"ibid., vol. {volume}, {printed_locator}", locator, {**previous, "volume": volume}


@st.composite
def paragraphs(draw) -> tuple[str, list[tuple[str, str, dict]]]:
    """A body paragraph of sentences, each with a parenthesis of one source or two (``; ``)."""
    cited: list[tuple[str, str, dict]] = []
    sentences = []
    for _ in range(draw(st.integers(1, 5))):
        parts = []
        for _ in range(draw(st.integers(1, 2))):
            part = draw(inline_citations(cited[-1][2] if cited else None))
            cited.append(part)
            parts.append(part[0])
        lead = draw(st.sampled_from(["", "", "see ", "see also "]))
        sentences.append(f"{draw(st.sampled_from(SENTENCES))} ({lead}{'; '.join(parts)}).")
        if lead:
            cited[-len(parts)] = (lead + cited[-len(parts)][0], *cited[-len(parts)][1:])
    return " ".join(sentences), cited


@settings(max_examples=80, deadline=None, derandomize=True)
@given(paragraphs(), st.sampled_from([None, 72, 80]))
def test_generated_citations_give_their_locators_and_works(paragraph, width):
    text, cited = paragraph
    page = f"Alliance of the Working Class and Peasantry\n\n{text}\n"
    if width:
        page = "\n".join(textwrap.fill(line, width) if line.strip() else line for line in page.split("\n"))
    doc = document_to_json(extract(page))
    works = {reference["id"]: reference for reference in doc["references"]}
    assert [" ".join(c["text"].split()) for c in doc["citations"]] == [printed for printed, _, _ in cited]
    for citation, (printed, locator, fields) in zip(doc["citations"], cited, strict=True):
        assert citation["locator"] == locator, printed
        work = works[citation["reference"]]
        for key, value in fields.items():
            got = [name.get("family") for name in work.get("author", [])] if key == "author" else work.get(key)
            assert got == value, (printed, key)


# --- a page as the site prints it ----------------------------------------------------------------

SITE_LINE = ("The following article is from The Great Soviet Encyclopedia (1979). It might be outdated or "
             "ideologically biased.")
COPYRIGHT = "The Great Soviet Encyclopedia, 3rd Edition (1970-1979). © 2010 The Gale Group, Inc. All rights reserved."


@settings(max_examples=60, deadline=None, derandomize=True)
@given(
    st.lists(ENTRIES, min_size=1, max_size=6),
    st.sampled_from(["REFERENCES\n", ""]),
    st.sampled_from(["\n", ""]),  # entries on lines of their own, or glued together
    st.sampled_from(["", "\nA. N. PETROVA", "A. N. PETROVA", "\nA. N. PETROVA [23–1820–]"]),
    st.sampled_from(["\n", ""]),  # the copyright line on a line of its own, or glued on
    st.sampled_from(["", "References in periodicals archive ?\nSome sentence from elsewhere. Moscow, 1990.\n"]),
)
def test_a_generated_page_as_the_site_prints_it(entries, heading, between, signature, before_copyright, footer):
    """The site's notice, the headword printed twice, a signature and the copyright line glued on or not,
    and the site's blocks after the article (whose sentences are no entries)."""
    body = PAGE_TOP.split("\n")[2]
    text = (f"Kholmogory Cattle\n\n{SITE_LINE}\n\nKholmogory Cattle\n\n\n{body}\n\n\n{heading}"
            + between.join(printed for printed, _ in entries) + signature + before_copyright + COPYRIGHT + "\n"
            + footer)
    doc = document_to_json(extract(text))
    assert doc["source"]["title"] == "Kholmogory Cattle"
    references = [r for r in doc["references"] if r["custom"]["origin"] == "bibliography"]
    assert [_without_spaces(r["custom"]["raw"]) for r in references] == [_without_spaces(e) for e, _ in entries]
    for reference, (printed, expected) in zip(references, entries, strict=True):
        assert _differences(reference, expected, (*FIELDS, "language")) == {}, printed
