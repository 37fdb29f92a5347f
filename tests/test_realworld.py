"""Real-world input: saved web pages, folders, parallel runs, huge input, citing the article itself."""

from __future__ import annotations

import json
import time
import unicodedata

import pytest
from click.testing import CliRunner

from gsecite.article import article_reference
from gsecite.batch import extract_many
from gsecite.cli import main
from gsecite.entries import parse_entry
from gsecite.extract import extract
from gsecite.htmlpage import html_to_text, is_html
from gsecite.read import Source

from .conftest import SEED

ARTICLE = """Udegei

a people living in Primor’e and Khabarovsk krais, RSFSR; the Udegei speak the Udegei language and are hunters.

REFERENCES

Narody Sibiri. Moscow-Leningrad, 1956.
Lar’kin, V. G. Udegeitsy. Vladivostok, 1958.

S. L. SOBOLEV [23–1820–]
"""


def site_page(body: str, extra_head: str = "", extra_body: str = "") -> str:
    """A page in the structure of the online encyclopedia: navigation, ads, the article, site blocks."""
    paragraphs = "".join(f"<p>{line}</p>\n" for line in body.strip().split("\n\n")[1:])
    headword = body.strip().split("\n", 1)[0]
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{headword} | Article about {headword} by The Free Dictionary</title>
<script>window.dataLayer = [{{"a": "<p>not text</p>"}}];</script><style>p {{ color: red }}</style>{extra_head}</head>
<body><header><a href="/">Dictionary, Encyclopedia and Thesaurus</a></header>
<nav id="siteNav"><ul><li>Dictionary</li><li>Thesaurus</li><li>Encyclopedia</li></ul></nav>
<div class="ads-top">Advertisement: buy now</div>
<h1>{headword}</h1>
<div id="Definition"><section data-src="bse">
<div class="ds-single">The following article is from The Great Soviet Encyclopedia (1979). It might be outdated.</div>
<h2>{headword}</h2>
{paragraphs}
<div class="cprh">The Great Soviet Encyclopedia, 3rd Edition (1970-1979). © 2010 The Gale Group, Inc.</div>
</section></div>
<div id="Refs"><h3>References in periodicals archive ?</h3><p>Smith, J. Bats. London, 2001.</p></div>
<div id="MentionedIn"><h3>Mentioned in ?</h3><ul><li>Amur</li></ul></div>
<footer>Copyright © 2003-2025 Farlex, Inc</footer>{extra_body}
<script src="/js/site.js"></script></body></html>"""


def entries(doc) -> list[str]:
    return [r.raw for r in doc.references if r.origin == "bibliography"]


def test_html_page_gives_the_same_records_as_the_text():
    page = site_page(ARTICLE)
    assert is_html(page) and not is_html(ARTICLE)
    text = html_to_text(page)
    doc = extract(text, "udegei.html")
    assert doc.title == "Udegei"
    assert entries(doc) == ["Narody Sibiri. Moscow-Leningrad, 1956.", "Lar’kin, V. G. Udegeitsy. Vladivostok, 1958."]
    assert "Advertisement" not in text and "dataLayer" not in text and "Smith, J." not in text
    assert "REFERENCES" in text.splitlines()


def test_a_table_in_a_page_gives_no_entries():
    """A table's caption and rows become lines of one block, which the segmenter skips."""
    body = ("Kazakh SSR\n\nA Union republic of the USSR, it was formed in 1920.\n\n"
            "<table><caption>Table 2. Population (in thousands), 1939–1970</caption>\n"
            "<tr><td>Kazakhs, 1959</td><td>2,787; 1970, 4,161</td></tr>\n"
            "<tr><td>Russians, 1959</td><td>3,972; 1970, 5,522</td></tr></table>\n\n"
            "REFERENCES\n\nKazakhstan. Moscow, 1969.")
    text = html_to_text(site_page(body))
    assert "Table 2. Population (in thousands), 1939–1970\nKazakhs, 1959 2,787; 1970, 4,161\n" in text
    assert entries(extract(text, "kazakh.html")) == ["Kazakhstan. Moscow, 1969."]


def test_line_breaks_in_a_paragraph_keep_a_works_block_whole():
    """Entries joined by <br> are one block: each of them is by the subject."""
    body = ("Kolmogorov, Andrei Nikolaevich\n\nKolmogorov, Andrei Nikolaevich. Born 1903. Soviet mathematician."
            "\n\nWORKS\n\nOsnovnye poniatiia teorii veroiatnostei. Moscow-Leningrad, 1936.<br>"
            "Grundbegriffe der Wahrscheinlichkeitsrechnung. Berlin, 1933.\n\nREFERENCES\n\n"
            "Aleksandrov, P. S. Kolmogorov. Moscow, 1963.")
    doc = extract(html_to_text(site_page(body)), "kolmogorov.html")
    assert [r.author[0].family for r in doc.references] == ["Kolmogorov", "Kolmogorov", "Aleksandrov"]


@pytest.mark.parametrize(
    "first_work",
    ["[Khiazhiev, Z.] G”orl”a rishcharal kuchidul. Makhachkala, 1936.", "Dzugatï, X. Kadjïtä. Tskhinvali, 1957."],
    ids=["bracketed-name", "name-in-their-language"],
)
def test_works_that_print_the_subjects_own_name(first_work):
    """In one unheaded block, works lead; the first may print the subject's name in their language."""
    text = ("Dzugaev, Georgii Khasakoevich\n\nBorn 1911. Soviet Ossetian poet, he wrote much.\n\n"
            + first_work + "\nRekiel asaral. Makhachkala, 1957.\nDzutsuev, Kh. Ocherk. Tskhinvali, 1960.\n")
    doc = extract(text, "x.txt")
    assert [dict(r.custom)["block"] for r in doc.references] == ["works", "works", "references"]
    assert doc.references[1].author[0].family == "Dzugaev"


def test_works_that_print_a_one_name_subjects_name_before_the_title():
    """A poet known by one name, which no table knows: printed before a title it is the author, not the title's
    start; alone as the title of a book about them it is a name, which tells no language."""
    text = ("Makhtumkuli\n\nMakhtumkuli\n\n(pen name, Fragi). Born circa 1733. Turkmen poet, he wrote much.\n\n"
            "Makhtumkuli. Saylanan eserler. Ashkhabad, 1960.\nIn Russian translation:\n"
            "Makhtumkuli. Izbrannoe. Moscow, 1960.\n\n\nKor-Ogly, Kh. Makhtumkuli. Moscow, 1960.\n")
    doc = extract(text, "x.txt")
    assert [r.title for r in doc.references] == ["Saylanan eserler", "Izbrannoe", "Makhtumkuli"]
    assert [r.author[0].literal for r in doc.references[:2]] == ["Makhtumkuli", "Makhtumkuli"]
    assert [dict(r.custom)["block"] for r in doc.references] == ["works", "works", "references"]
    assert [r.language for r in doc.references] == ["tk", "ru", "ru"]


@pytest.mark.parametrize(
    ("book_about_them", "language"),
    [
        pytest.param("Kazakbaev, K. Aaly Tokombaev. Frunze, 1964.", "ru", id="romanized-as-russian-names-are"),
        pytest.param("Sokols, E. Aaly Tokombaev. New York, 1977.", "en", id="printed-abroad"),
        pytest.param("Sokols, E. Aalÿ Toqombaev. Frunze, 1977.", "ky", id="spelled-with-their-own-letters"),
    ],
)
def test_a_book_titled_with_the_subjects_name(book_about_them, language):
    """The subject's name as a title, however odd its spelling looks to Russian, tells only what its letters
    and its city tell."""
    text = ("Tokombaev, Aaly\n\nBorn 1904. Soviet Kirghiz poet, he wrote much.\n\n"
            "Chygarmalar, vols. 1–3. Frunze, 1959–61.\n\n" + book_about_them + "\n")
    doc = extract(text, "x.txt")
    assert [r.language for r in doc.references] == ["ky", language]


@pytest.mark.parametrize(
    "literature",
    [
        pytest.param("Ocherki istorii mariiskoi literatury, part 1. Ioshkar-Ola, 1963.", id="a-literatures-history"),
        pytest.param("Mariiskie pisateli: Biobibliograficheskii spravochnik. Ioshkar-Ola, 1958.", id="a-reference"),
        pytest.param("(Review.) Inostrannaia literatura, 1966, no. 6.", id="a-review"),
        pytest.param("Mariiskaia sovetskaia literatura. Ioshkar-Ola, 1973.", id="a-survey-of-a-peoples-literature"),
    ],
)
def test_works_end_where_the_literature_on_the_writer_begins(literature):
    """One unheaded block, no blank line between works and literature: a history of a literature, a
    reference book or a review ends the subject's works, even after "In Russian translation:"."""
    text = ("Olyk Ipai\n\nBorn 1912. Soviet Mari poet, he wrote much.\n\nPeledmežap. Ioshkar-Ola, 1957.\n"
            "In Russian translation:\nStikhi. Moscow, 1960.\n" + literature + "\n"
            "Ivanov, I. I. Olyk Ipai. Ioshkar-Ola, 1970.\n")
    doc = extract(text, "x.txt")
    assert [dict(r.custom)["block"] for r in doc.references] == ["works", "works", "references", "references"]
    assert [bool(r.author) for r in doc.references] == [True, True, False, True]


@pytest.mark.parametrize(
    ("headword", "book_about_them"),
    [
        pytest.param("Glière, Reinhold Moritsevich",
                     "R. M. Glier: Stat’i, vospominaniia, materialy, vols. 1–2. Moscow-Leningrad, 1965–67.",
                     id="declined-as-russian-declines-it"),
        pytest.param("Grigorescu, Nicolae Ion", "Nikolai Grigoresku: Al’bom. Bucharest, 1956.",
                     id="with-the-letters-russian-romanization-spells-it-with"),
        pytest.param("Goethe, Johann Wolfgang von", "Gete v russkoi kritike. Moscow, 1937.", id="a-short-name"),
        pytest.param("Ivan IV Vasil’evich", "Poslaniia Ivana Groznogo. Moscow-Leningrad, 1951.",
                     id="a-rulers-first-name-declined"),
    ],
)
def test_a_lone_block_that_opens_with_a_book_naming_the_subject_in_another_spelling_is_the_literature(
    headword, book_about_them
):
    """"R. M. Glier: Stat’i …" on Glière, with no heading: a book about him, not his work."""
    text = (f"{headword}\n\nBorn 1874. A composer and painter, he wrote much.\n\n{book_about_them}\n"
            "Gulinskaia, Z. Reingol’d Moritsevich Glier. Moscow, 1986.\n")
    doc = extract(text, "x.txt")
    assert [dict(r.custom)["block"] for r in doc.references] == ["references", "references"]
    assert doc.references[0].author == ()


def test_a_lone_block_that_opens_with_the_subjects_collected_papers_named_after_them_is_their_works():
    """"The Collected Papers of Lord Rutherford of Nelson" names him, but as their author; "The Life and Letters of
    Lord Rutherford" is about him."""
    text = ("Rutherford, Ernest\n\nBorn 1871. British physicist, he wrote much.\n\n"
            "The Collected Papers of Lord Rutherford of Nelson, vols. 1–3. London, 1962–65.\n"
            "Radio-activity, 2nd ed. Cambridge, 1905.\n"
            "The Life and Letters of Lord Rutherford. New York, 1939.\n")
    doc = extract(text, "x.txt")
    assert [dict(r.custom)["block"] for r in doc.references] == ["works", "works", "references"]


@pytest.mark.parametrize(
    "hostile",
    [
        pytest.param({"extra_head": "<script>" + "x" * 200_000 + "</script>"}, id="huge-script"),
        pytest.param({"extra_body": '<div title="' + "a" * 500_000 + '">x</div>'}, id="huge-attribute"),
        pytest.param({"extra_body": "<div><p><b>unclosed <i>tags<table><tr><td>cell"}, id="broken-markup"),
        pytest.param({"extra_body": "<!-- " + "<p>comment</p>" * 1000 + " -->"}, id="comments"),
        pytest.param({"extra_body": "<iframe src='ad'></iframe><noscript>enable js</noscript>"}, id="frames"),
    ],
)
def test_hostile_pages(hostile):
    doc = extract(html_to_text(site_page(ARTICLE, **hostile)), "x.html")
    assert len(entries(doc)) == 2


def test_html_detected_from_content_not_name(tmp_path):
    page = tmp_path / "udegei.txt"
    page.write_text(site_page(ARTICLE), encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(page)])
    assert result.exit_code == 0
    assert len(json.loads(result.stdout)["references"]) == 2


def test_garbage_html_gives_an_empty_document(tmp_path):
    page = tmp_path / "x.html"
    page.write_text("<html><body></body></html>", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(page)])
    assert result.exit_code == 0 and json.loads(result.stdout)["references"] == []


def make_folder(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "b").mkdir()
    (tmp_path / "a" / "01.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a" / "b" / "02.html").write_text(site_page(ARTICLE), encoding="utf-8")
    (tmp_path / "a" / "03.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "a" / "04.txt").write_bytes(b"\xff\xfe broken bytes \x00")
    (tmp_path / "a" / "notes.md").write_text("not an article", encoding="utf-8")
    return tmp_path / "a"


@pytest.mark.parametrize("jobs", ["1", "2", "3"])
def test_folder_batch_in_stable_order_and_failures_reported(tmp_path, jobs):
    folder = make_folder(tmp_path)
    result = CliRunner().invoke(main, ["extract", str(folder), "--format", "jsonl", "--jobs", jobs])
    assert result.exit_code == 1  # one file failed
    paths = [json.loads(line)["source"]["path"] for line in result.stdout.splitlines()]
    assert [p.rsplit("/", 1)[-1] for p in paths] == ["01.txt", "03.txt", "02.html"]
    stderr = result.stderr.strip().splitlines()
    assert any("04.txt" in line and "binary" in line for line in stderr)
    assert stderr[-1].startswith("gsecite: 4 articles, ") and "1 failed" in stderr[-1]
    assert "\r" not in result.stderr  # no progress bar when the output is not a terminal


@pytest.mark.parametrize("jobs", [2, 3])
@pytest.mark.parametrize("count", [5, 41])
def test_parallel_outcomes_equal_serial(jobs, count):
    """This process and its workers share the chunks; the outcomes come back in task order."""
    texts = [ARTICLE, SEED.read_text(encoding="utf-8"), "Komety\n\nA comet, it was seen.\n\nKomety. Moscow, 1935.\n"]
    tasks = [Source(f"{i}.txt", texts[i % 3]) for i in range(count)]
    serial = list(extract_many(tasks, jobs=1))
    parallel = list(extract_many(tasks, jobs=jobs))
    assert [o.path for o in parallel] == [t.path for t in tasks]
    assert parallel == serial


def test_jsonl_is_rendered_where_each_document_is_extracted(tmp_path):
    """Workers send back JSON Lines (in the script asked for), the same as one process writes."""
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(9):
        (folder / f"{i:02}.txt").write_text(ARTICLE if i % 2 else SEED.read_text(encoding="utf-8"), encoding="utf-8")
    runs = [
        CliRunner().invoke(main, ["extract", str(folder), "--format", "jsonl", "--script", "cyrillic", "--jobs", jobs])
        for jobs in ("1", "2")
    ]
    assert runs[0].exit_code == runs[1].exit_code == 0
    assert runs[0].stdout == runs[1].stdout
    lines = [json.loads(line) for line in runs[0].stdout.splitlines()]
    assert len(lines) == 9 and any("Маркс" in json.dumps(doc, ensure_ascii=False) for doc in lines)
    assert "9 articles" in runs[1].stderr


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_an_internal_error_in_one_article_is_reported_and_the_batch_goes_on(tmp_path, extract_fails_on, jobs):
    extract_fails_on("02.txt")
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(6):
        (folder / f"{i:02}.txt").write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(folder), "--format", "jsonl", "--jobs", jobs])
    assert result.exit_code == 1 and len(result.stdout.splitlines()) == 5
    assert any("02.txt: internal error (ValueError: a bug)" in line for line in result.stderr.splitlines())
    assert "1 failed" in result.stderr.splitlines()[-1]


BODY = (
    "The strength and significance of the alliance of the working class and peasantry made themselves felt "
    "during the war, in the reconstruction of the lands devastated by the invaders, and in the development of "
    "the virgin lands; the working class passes on to the kolkhoz workers its experience (see LABOR).\n\n"
)


def _timed_extract(size: int) -> tuple[float, int]:
    """Extraction time of an input of about ``size`` bytes: articles of long prose and a short bibliography."""
    article = ARTICLE.split("\n\n", 1)[0] + "\n\n" + BODY * 12 + ARTICLE.split("\n\n", 2)[2].replace(
        "S. L. SOBOLEV [23–1820–]\n", "") + "\n"
    text = article * (size // len(article.encode("utf-8")) + 1)
    started = time.perf_counter()
    doc = extract(text, "huge.txt")
    return time.perf_counter() - started, len(entries(doc))


def test_fifty_megabyte_input_finishes_in_linear_time():
    small, small_entries = _timed_extract(5_000_000)
    large, large_entries = _timed_extract(50_000_000)
    assert large_entries >= 9 * small_entries
    # Ten times the input: about ten times the time (quadratic work would take a hundred).
    assert large < 30 * small + 5, (small, large)


def test_a_page_of_cut_off_lines_is_read_in_linear_time():
    """Lines that never end an entry are joined, but an entry takes a bounded number of them."""
    def timed(lines: int) -> float:
        started = time.perf_counter()
        extract("Topic\n\nA body, it was said.\n\nIvanov, I. I. Ocherki, vol. 2,\n" + "Moscow,\n" * lines, "x.txt")
        return time.perf_counter() - started

    small, large = timed(5_000), timed(40_000)
    # Eight times the lines: about eight times the time (joining without a bound took sixty-four).
    assert large < 20 * small + 1, (small, large)


@pytest.mark.parametrize(
    ("head", "unit", "count", "tail"),
    [
        pytest.param("He said (", "(see p. 5 and ", 50_000, "", id="unclosed-parentheses"),
        pytest.param("", "[", 400_000, "Moscow, 1969.", id="brackets"),
        pytest.param("“", "a. ", 300_000, "", id="open-quote"),
        pytest.param("", "Marx, K. “T.” In Soch., vol. 2. Moscow, 1969.", 1_500, "", id="glued-entries"),
        pytest.param("", '1969."Ocherk." Kommunist, 1974, no. 2.', 1_500, "", id="glued-straight-quotes"),
        pytest.param("", "Moscow, 1969.REFERENCES", 3_000, "", id="glued-headings"),
        pytest.param("", "Narody Sibiri. Moscow, 1956. ", 2_500, "", id="entries-on-one-line"),
        pytest.param("M\u043escow ", "a", 20_000, "", id="a-long-latin-word-after-a-cyrillic-letter"),
        pytest.param("Ivanov I. I. Ocherki (", " — a", 20_000, ".", id="russian-list-areas-in-an-open-parenthesis"),
        pytest.param("Ivanov I. I. ", "Ocherki // ", 10_000, ".", id="russian-list-slashes"),
        pytest.param("", "Ivanov I. I., ", 10_000, "Ocherki.", id="russian-list-names"),
        pytest.param("", "Ivan Ivanov, ", 10_000, "“Ocherk,” (1950", id="a-notes-names"),
        pytest.param("Istoriia", "; vol. 1: Drevnost’. Moscow, 1960", 1_500, ".", id="volumes-with-own-imprints"),
        pytest.param("(", "Trudy, vol. 3; Ocherki, vol. 4; ", 2_000, ")", id="semicolons-inside-a-parenthesis"),
        pytest.param("", "Lenin V. I., Soch., t. 3; ", 2_000, "", id="the-russian-originals-semicolons"),
    ],
)
def test_pathological_lines_are_read_in_linear_time(head, unit, count, tail):
    def timed(units: int) -> float:
        started = time.perf_counter()
        extract("Topic\n\nA body, it was said.\n\nREFERENCES\n" + head + unit * units + tail + "\n", "x.txt")
        return time.perf_counter() - started

    small, large = timed(count), timed(4 * count)
    # Four times the line: about four times the time (quadratic work would take sixteen).
    assert large < 8 * small + 0.2, (small, large)


@pytest.mark.parametrize("unit", ["(Ivanov 1950: 45) ", "[Ivanov 1950: 45; Ivanov 1950, 46] ", "[Ivanov 1950 "])
def test_author_date_citations_are_read_in_linear_time(unit):
    def timed(units: int) -> float:
        started = time.perf_counter()
        extract("Topic\n\n" + unit * units + "\n\nREFERENCES\n\nIvanov, I. I. Ocherki. Moscow, 1950.\n", "x.txt")
        return time.perf_counter() - started

    small, large = timed(2_000), timed(8_000)
    assert large < 8 * small + 0.2, (small, large)


def test_pages_printed_in_cyrillic_are_read_in_linear_time():
    page = ("Толстой, Лев Николаевич\n\nРодился в 1828 году. Русский писатель.\n\nСочинения\n\n"
            "Полн. собр. соч., т. 1–90. М., 1928–58.\nВойна и мир. М., 1957.\n\nЛитература\n\n"
            "Бурсов Б. И. Лев Толстой. — М.: Наука, 1960. — 300 с.\n\n")

    def timed(copies: int) -> float:
        started = time.perf_counter()
        extract(page * copies, "x.txt")
        return time.perf_counter() - started

    timed(10)
    small, large = timed(100), timed(400)
    assert large < 8 * small + 0.2, (small, large)


def test_an_entry_with_a_long_dashed_name_before_its_numbers_is_read_in_linear_time():
    """A name of many dashed words is no joint imprint to look into city by city."""
    def timed(units: int) -> float:
        started = time.perf_counter()
        parse_entry("Ivanov, I. “T.” " + "Slavic-Review 26, no. 2 (1967): 5–20, " * units + "(1967): 5–20.")
        return time.perf_counter() - started

    timed(10)
    small, large = timed(3_000), timed(12_000)
    assert large < 8 * small + 0.2, (small, large)


def test_cite_article_record():
    ref = article_reference(ARTICLE)
    assert (ref.type, ref.title, ref.container_title, ref.edition, ref.volume) == (
        "entry-encyclopedia", "Udegei", "Great Soviet Encyclopedia", "3", "23")
    assert ref.author[0].display() == "Sobolev, S. L."


@pytest.mark.parametrize(
    ("signature", "authors"),
    [
        pytest.param("S. G. GLAZUNOV (metallurgy) and V. A. GARMATA", ["Glazunov, S. G.", "Garmata, V. A."],
                     id="what-one-wrote-and-and"),
        pytest.param("IU. V. KELDYSH (composer); N. A. FIGUROVSKII (chemist)",
                     ["Keldysh, Iu. V.", "Figurovskii, N. A."], id="what-each-wrote-and-a-semicolon"),
    ],
)
def test_cite_article_authors_without_what_each_wrote(signature, authors):
    text = (f"Titanium\n\nTitanium, a chemical element.\n\nREFERENCES\n\nZelikman, A. N. Titan. Moscow, 1964.\n\n"
            f"{signature}\n")
    assert [name.display() for name in article_reference(text).author] == authors


def test_cite_article_of_the_russian_original_names_its_own_encyclopedia_and_its_plain_signature():
    text = ("Менделеев Дмитрий Иванович\n\nМЕНДЕЛЕ́ЕВ Дмитрий Иванович [27.1(8.2).1834, Тобольск, — 20.1(2.2).1907, "
            "Петербург], русский учёный.\n\nЛит.: Кедров Б. М., Философский анализ, М., 1959.\n\nБ. М. Кедров.\n")
    ref = article_reference(text)
    assert (ref.container_title, ref.language, [n.display() for n in ref.author]) == (
        "Большая советская энциклопедия", "ru", ["Кедров, Б. М."])


@pytest.mark.parametrize("fmt", ["csl-json", "bibtex", "ris", "text", "html", "markdown"])
def test_cite_article_in_every_format(tmp_path, fmt):
    path = tmp_path / "udegei.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(main, ["cite-article", str(path), "--format", fmt])
    assert result.exit_code == 0 and "Udegei" in result.stdout and "Sobolev" in result.stdout


def test_cite_article_from_a_saved_page(tmp_path):
    path = tmp_path / "udegei.html"
    path.write_text(site_page(ARTICLE), encoding="utf-8")
    item = json.loads(CliRunner().invoke(main, ["cite-article", str(path)]).stdout)[0]
    assert item["title"] == "Udegei" and item["volume"] == "23" and item["issued"]["date-parts"] == [[1970], [1979]]


def test_accents_printed_after_their_letters_are_read_as_one_letter():
    """A page whose accents are characters of their own (NFD) reads as the same page composed; an entry's
    raw text is still the page's own, up to its last accent."""
    composed = ("Dzugaev, Georgii Khasakoevich\n\nBorn 1911. Soviet Ossetian poet, he wrote much.\n\n"
                "Dzugatï, X. Kadjïtä\n\nPetrov, P. Ocherk. Tskhinvali, 1960.\n")
    decomposed = unicodedata.normalize("NFD", composed)
    doc = extract(decomposed, "x.txt")
    assert [r.title for r in doc.references] == [r.title for r in extract(composed, "x.txt").references]
    first = doc.references[0]
    assert first.raw == first.span.slice(decomposed) == unicodedata.normalize("NFD", "Dzugatï, X. Kadjïtä")


def test_a_writer_whose_people_names_no_language_writes_in_the_language_the_article_names():
    text = ("Premchand\n\n(pen name of Dhanpat Rai Srivastava). Born 1880; died 1936. Indian writer who wrote in "
            "Hindi and Urdu.\n\nMansarovar, vols. 1–8. Allahabad, 1946–50.\nIn Russian translation:\n"
            "Izbrannoe, vols. 1–2. Moscow, 1955.\n")
    assert [r.language for r in extract(text, "x.txt").references] == ["hi", "ru"]


def test_a_western_bibliography_of_romanized_works_gives_every_record():
    text = ("Decembrists\n\nA body of text on the Decembrists, which was about them.\n\nReferences\n"
            "Figes, Orlando, and Boris Kolonitskii. Interpreting the Russian Revolution. New Haven: Yale UP, 1999.\n"
            "Pipes, Richard, ed. Revolutionary Russia. Cambridge, MA: Harvard UP, 1968.\n"
            "Raeff, Marc. 1966. Origins of the Russian Intelligentsia. New York: Harcourt.\n"
            "Lotman, Iu. M. 1967. “Ideia istorii.” Voprosy literatury 3: 5–20.\n"
            "Raeff, M. “The Decembrists.” Slavic Review 26, no. 2 (1967): 5–20.\n"
            "Ivanov, Ivan. “Stat’ia.” In Sbornik statei, edited by P. Petrov, 5–20. Moscow: Nauka, 1970.\n")
    refs = extract(text, "x.txt").references
    assert [(r.type, r.issued.start[0] if r.issued else None) for r in refs] == [
        ("book", 1999), ("book", 1968), ("book", 1966), ("article-journal", 1967), ("article-journal", 1967),
        ("chapter", 1970)]
    assert [r.publisher or r.container_title for r in refs] == [
        "Yale UP", "Harvard UP", "Harcourt", "Voprosy literatury", "Slavic Review", "Nauka"]


def test_cyrillic_letters_that_look_latin_inside_latin_words_are_read_as_latin():
    """A copy typed with a Cyrillic о in "Moscow" or е in "Petrov": the record reads them as Latin, the raw text
    keeps what was printed, and a word in Cyrillic stays as it is."""
    text = ("Topic\n\nREFERENCES\nIvanov, I. I. Ocherki istorii. M\u043escow, 1960.\n"
            "P\u0435trov, P. P. Stat’i. Leningrad, 1962.\n")
    first, second = extract(text, "x.txt").references
    assert (first.publisher_place, second.author[0].family) == ("Moscow", "Petrov")
    assert first.raw == "Ivanov, I. I. Ocherki istorii. M\u043escow, 1960."
