"""Exports: BibTeX, RIS, formatted lists, real consumers (bibtexparser, biber, pandoc, citeproc-js)."""

from __future__ import annotations

import functools
import json
import os
import re
import shutil
import subprocess
import tempfile
import unicodedata
from pathlib import Path

import bibtexparser
import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from gsecite.cli import main
from gsecite.csl import from_csl, to_csl
from gsecite.export.bibtex import entry_to_reference, read_bibtex, write_bibtex
from gsecite.export.formatted import StyleError, format_bibliography, format_entries, resolve_style
from gsecite.export.ris import write_ris
from gsecite.extract import extract
from gsecite.keys import reference_key
from gsecite.model import Date, Name, Reference

from .conftest import DEV, ROOT, SEED

JS = Path(__file__).parent / "js"


def seed_references() -> list[Reference]:
    return list(extract(SEED.read_text(encoding="utf-8")).references)


def gold_references() -> list[Reference]:
    """The dev gold records, each with an id: what the comparison tests format."""
    if not DEV.is_dir():
        pytest.skip("../shared/benchmark/dev is not present")
    refs = []
    for path in sorted(DEV.glob("*.gold.json")):
        for i, item in enumerate(json.loads(path.read_text(encoding="utf-8"))["references"]):
            refs.append(from_csl({**item, "id": f"{path.name[:3]}-{i}"}))
    return refs


# --- BibTeX -------------------------------------------------------------------------------------

titles = st.text(
    alphabet=st.characters(whitelist_categories=("L", "M", "N", "P", "S", "Zs"), blacklist_characters="\x00"),
    min_size=1,
    max_size=40,
).map(lambda t: " ".join(unicodedata.normalize("NFC", t).split())).filter(bool)


@settings(max_examples=150, deadline=None, derandomize=True)
@given(title=titles, family=titles, place=titles, language=st.sampled_from(["ru", "en", "de", "kk", ""]))
def test_bibtex_round_trip_through_bibtexparser(title, family, place, language):
    ref = Reference(id="x", type="book", title=title, author=(Name(family, "V. I."),), publisher_place=place,
                    issued=Date((1970,), (1972,)), language=language)
    text = write_bibtex([ref])
    library = bibtexparser.parse_string(text)
    assert not library.failed_blocks and len(library.entries) == 1
    back = entry_to_reference(library.entries[0])
    assert (back.title, back.publisher_place, back.issued) == (title, place, ref.issued)
    assert back.author == ref.author


@pytest.mark.parametrize("title", ["50% & #1 $x_y$ {", "} \\ ^ ~ {{", "a\\b}c{", "Soiuz & SSSR", "a -- b --- c",
                                   "``q'' `x'"])
def test_no_title_breaks_the_file(title):
    refs = [Reference(id=str(i), type="book", title=title + str(i)) for i in range(3)]
    library = bibtexparser.parse_string(write_bibtex(refs))
    assert not library.failed_blocks and len(library.entries) == 3
    assert [entry_to_reference(e).title for e in library.entries] == [r.title for r in refs]


def test_bibtex_fields_follow_biblatex():
    text = write_bibtex(seed_references())
    entries = bibtexparser.parse_string(text).entries
    assert len({e.key for e in entries}) == len(entries)
    chapter = entries[0]
    assert chapter.entry_type == "inbook" and chapter.key == "marxklassovaia"
    assert chapter["bookauthor"] == "Marx, K. and Engels, F." and chapter["booktitle"] == "{Sochineniia}"
    kpss = next(e for e in entries if e.key.startswith("kpss"))
    assert kpss["date"] == "1970/1972" and kpss["langid"] == "russian" and kpss["edition"] == "8"
    article = next(e for e in entries if e.entry_type == "article")
    assert "journaltitle" in article.fields_dict and "language" not in article.fields_dict
    assert "{Soiuz}" in article["title"]  # capitalized words of non-English titles are protected


def test_a_generations_suffix_is_printed_as_bibtex_prints_it_and_read_back():
    ref = Reference(id="x", type="book", title="The Russian Revolution", author=(Name("Smith", "J., Jr."),))
    text = write_bibtex([ref])
    assert "author = {Smith, Jr., J.}" in text
    assert entry_to_reference(bibtexparser.parse_string(text).entries[0]).author == ref.author


def test_a_chapter_number_goes_to_bibtex_and_ris_and_comes_back():
    ref = Reference(id="x", type="chapter", title="Kapital", container_title="Sochineniia", volume="23",
                    chapter_number="11")
    text = write_bibtex([ref])
    assert "chapter = {11}" in text
    assert entry_to_reference(bibtexparser.parse_string(text).entries[0]).chapter_number == "11"
    assert "SE  - 11" in write_ris([ref]).splitlines()


def test_a_books_number_of_pages_goes_to_bibtex_and_ris_and_comes_back():
    ref = Reference(id="x", type="book", title="Ocherki istorii", number_of_pages="300", language="ru")
    text = write_bibtex([ref])
    assert "pagetotal = {300}" in text
    assert entry_to_reference(bibtexparser.parse_string(text).entries[0]).number_of_pages == "300"
    assert "SP  - 300" in write_ris([ref]).splitlines()
    assert "SP  - 5" in write_ris([ref.with_changes(page="5–20")]).splitlines()  # (the pages a chapter is on)


def test_where_a_work_is_online_goes_to_bibtex_and_ris_and_comes_back():
    online = (("DOI", "10.1234/vi.3"), ("URL", "http://hist.ru/1.html"), ("accessed", {"date-parts": [[2015, 5, 12]]}))
    ref = Reference(id="x", type="article-journal", title="Obshchina", container_title="Voprosy istorii",
                    language="ru", extra=online)
    text = write_bibtex([ref])
    assert {"doi = {10.1234/vi.3}", "url = {http://hist.ru/1.html}", "urldate = {2015-05-12}"} <= {
        line.strip().rstrip(",") for line in text.splitlines()}
    assert entry_to_reference(bibtexparser.parse_string(text).entries[0]).extra == online
    ris = set(write_ris([ref]).splitlines())
    assert {"DO  - 10.1234/vi.3", "UR  - http://hist.ru/1.html", "Y2  - 2015/05/12"} <= ris


@pytest.mark.parametrize(
    ("container", "fields"),
    [
        pytest.param("", ["maintitle = {{Rukovodstvo} po zoologii}", "title = {{Ptitsy}}"], id="a-volume-of-a-book"),
        pytest.param("Sochineniia", ["title = {{Rukovodstvo} po zoologii}", "booksubtitle = {{Ptitsy}}"],
                     id="a-work-in-a-volume-of-a-book"),
    ],
)
def test_a_volumes_title_goes_to_bibtex_and_ris_and_comes_back(container, fields):
    """biblatex: a volume's own title is "title", the whole work's "maintitle"; RIS has no tag for it."""
    ref = Reference(id="x", type="chapter" if container else "book", title="Rukovodstvo po zoologii", volume="6",
                    volume_title="Ptitsy", container_title=container, language="ru")
    text = write_bibtex([ref])
    assert all(field in text for field in fields), text
    back = entry_to_reference(bibtexparser.parse_string(text).entries[0])
    assert (back.title, back.volume, back.volume_title) == ("Rukovodstvo po zoologii", "6", "Ptitsy")
    assert "TI  - Rukovodstvo po zoologii: Ptitsy" in write_ris([ref]).splitlines()


def test_a_volumes_title_follows_its_number_in_the_encyclopedias_style():
    ref = Reference(id="x", type="book", title="Rukovodstvo po zoologii", volume="6", volume_title="Ptitsy",
                    author=(Name("Dement’ev", "G. P."),), publisher_place="Moscow-Leningrad", issued=Date((1940,)))
    assert format_entries([ref], style="gse")[0].text == (
        "Dement’ev, G. P. Rukovodstvo po zoologii, vol. 6: Ptitsy. Moscow-Leningrad, 1940.")


def test_bibtex_keys_are_unique_in_one_output():
    ref = Reference(id="x", type="book", title="Komety", author=(Name("Orlov", "S. V."),), issued=Date((1935,)))
    keys = [e.key for e in bibtexparser.parse_string(write_bibtex([ref, ref, ref])).entries]
    assert keys == ["orlov1935komety", "orlov1935kometya", "orlov1935kometyb"]


@pytest.mark.parametrize(
    ("title", "key"),
    [
        pytest.param("S. M. Liapunov", "orlov1935liapunov", id="initials-before-a-name"),
        pytest.param("J. Amer. Chem. Soc.", "orlov1935amer", id="a-journal-abbreviated"),
        pytest.param("U", "orlov1935u", id="a-title-of-one-letter"),
        pytest.param("O kometakh", "orlov1935kometakh", id="a-preposition-first"),
    ],
)
def test_a_bibtex_key_takes_the_first_word_of_the_title_that_is_no_initial(title, key):
    ref = Reference(id="x", type="book", title=title, author=(Name("Orlov", "S. V."),), issued=Date((1935,)))
    assert [e.key for e in bibtexparser.parse_string(write_bibtex([ref])).entries] == [key]


@pytest.mark.parametrize(
    ("literal", "language", "key"),
    [
        pytest.param("Komiya Toyotaka", "ja", "komiya1953natsume", id="a-japanese-name-family-first"),
        pytest.param("Komiya Toyotaka", "ru", "toyotaka1953natsume", id="a-name-in-a-russian-work-given-first"),
        pytest.param("Lu Hsün", "ru", "lu1953natsume", id="a-family-the-table-knows"),
    ],
)
def test_a_key_takes_the_family_of_a_name_printed_whole(literal, language, key):
    ref = Reference(id="x", type="book", author=(Name(literal=literal),), title="Natsume Soseki",
                    issued=Date((1953,)), language=language)
    assert reference_key(ref) == key


@pytest.mark.parametrize("ascii_only", [False, True], ids=["utf-8", "ascii"])
def test_bibtex_pages_are_a_range_biblatex_reads(ascii_only):
    ref = Reference(id="x", type="article-journal", title="Stat’ia", container_title="Voprosy istorii",
                    page="5–20", issued=Date((1967,)))
    (entry,) = bibtexparser.parse_string(write_bibtex([ref], ascii_only=ascii_only)).entries
    assert entry.fields_dict["pages"].value == "5--20"
    (back,), _ = read_bibtex(write_bibtex([ref], ascii_only=ascii_only))
    assert back.page == "5–20"


def test_bibtex_ascii():
    ref = Reference(id="x", type="book", title="Tangdamalï elengder – Abdüqadïrov’s", language="kk")
    text = write_bibtex([ref], ascii_only=True)
    assert text.isascii() and '\\"{u}' in text and "--" in text


def test_read_bibtex_reports_bad_blocks_and_reads_the_rest():
    text = "@book{a, title={Komety}, year={1935}}\n@book{b, title={Broken\n\n@book{c, title={Luna}}\n"
    refs, problems = read_bibtex(text)
    assert "Komety" in [r.title for r in refs] and problems


@pytest.mark.skipif(shutil.which("biber") is None, reason="biber is not installed")
def test_biber_validates_the_datamodel(tmp_path):
    bib = tmp_path / "refs.bib"
    refs = gold_references() + seed_references()
    bib.write_text(write_bibtex(refs), encoding="utf-8")
    result = subprocess.run(
        ["biber", "--tool", "--validate-datamodel", bib.name], capture_output=True, text=True, timeout=120,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout[-2000:]
    # Anonymous collective works and undated chapters lack what biblatex calls mandatory; the
    # records say so truthfully. Anything else (an invalid field, type or datatype) is our fault.
    problems = [line for line in result.stdout.splitlines()
                if line.startswith(("WARN", "ERROR")) and "Missing mandatory field" not in line]
    assert not problems, problems[:10]


# --- RIS ----------------------------------------------------------------------------------------


def test_ris_records():
    text = write_ris(seed_references())
    records = text.split("ER  - \n")
    assert len([r for r in records if r.strip()]) == len(seed_references())
    assert "TY  - CHAP" in text and "TY  - BOOK" in text and "TY  - JOUR" in text
    assert "A2  - Marx, K." in text and "T2  - Sochineniia" in text and "PY  - 1970" in text
    for line in text.splitlines():
        assert not line or re.fullmatch(r"[A-Z][A-Z0-9]  - .*", line)


@pytest.mark.parametrize(
    ("issued", "lines"),
    [
        pytest.param(Date((1970,), (1972,)), ["PY  - 1970", "DA  - 1970-1972"], id="years"),
        pytest.param(Date((1965, 3, 3), (1965, 3, 4)), ["PY  - 1965", "DA  - 1965/03/03-1965/03/04"], id="days"),
        pytest.param(Date((1917, 11, 7)), ["PY  - 1917", "DA  - 1917/11/07"], id="a-day"),
    ],
)
def test_ris_dates_keep_the_last_date_as_precise_as_the_first(issued, lines):
    text = write_ris([Reference(id="x", type="article-newspaper", container_title="Pravda", issued=issued)])
    assert [line for line in text.splitlines() if line[:2] in ("PY", "DA")] == lines


# --- formatted lists ----------------------------------------------------------------------------


def test_style_resolution(tmp_path):
    assert resolve_style("gse").name == "gse.csl"
    assert resolve_style("apa").name == "apa.csl"
    assert resolve_style("chicago-fullnote-bibliography").name == "chicago-notes-bibliography.csl"
    assert resolve_style(str(resolve_style("gse"))).name == "gse.csl"
    with pytest.raises(StyleError):
        resolve_style("no-such-style")
    # A name that is part of several styles' names: the message names them, ours first.
    with pytest.raises(StyleError, match=r"unknown style 'gost'; did you mean gost-r-7-0-5-2008, "):
        resolve_style("gost")
    bad = tmp_path / "bad.csl"
    bad.write_text("not xml", encoding="utf-8")
    with pytest.raises(StyleError):
        format_bibliography(seed_references(), style=str(bad))


def test_formatted_outputs_escape_and_keep_ids():
    refs = [
        Reference(id="MixedCase", type="book", title="Tom & Jerry <b>", author=(Name("Ivanov", "I."),),
                  issued=Date((1960,)), language="ru"),
        Reference(id="b", type="chapter", title="Klassovaia bor’ba s 1848 po 1850 g.", author=(Name("Marx", "K."),),
                  container_title="Sochineniia", container_author=(Name("Marx", "K."), Name("Engels", "F.")),
                  edition="2", volume="7", language="ru"),
    ]
    html = format_bibliography(refs, output="html")
    assert "&amp; Jerry &lt;b&gt;" in html and 'id="MixedCase"' in html and "<b>" not in html
    text = format_bibliography(refs)
    assert "g.”." not in text and "1850 g.”" in text
    assert "by K. Marx and F. Engels" in text  # citeproc-py drops container-author; we do not
    markdown = format_bibliography(refs, output="markdown")
    assert markdown.startswith("1. ") and "*Sochineniia*" in markdown


@functools.cache
def _citeproc_js(style: str) -> tuple[dict[str, str], dict[str, str]]:
    """citeproc-js's entries for the dev records, and for the title that quotes another, each a bibliography
    of its own, from one run of node per style (its start and the style's loading take most of a run)."""
    import citeproc

    locales = Path(citeproc.__file__).parent / "data" / "locales"
    gold = [{k: v for k, v in to_csl(r).items() if k != "custom"} for r in gold_references()]
    with tempfile.TemporaryDirectory() as folder:
        paths = [Path(folder) / "gold.json", Path(folder) / "quoting.json"]
        for path, items in zip(paths, (gold, [_QUOTING_TITLE]), strict=True):
            path.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
        result = subprocess.run(
            ["node", str(JS / "format.js"), str(resolve_style(style)), str(locales), *map(str, paths)],
            capture_output=True, text=True, timeout=300, env={**os.environ, "NODE_PATH": str(JS / "node_modules")},
        )
    assert result.returncode == 0, result.stderr[-1000:]
    gold_run, quoting_run = json.loads(result.stdout)["runs"]
    return gold_run["entries"], quoting_run["entries"]


def _plain(text: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", "", text).split())


needs_js = pytest.mark.skipif(
    shutil.which("node") is None or not (JS / "node_modules" / "citeproc").is_dir(),
    reason="node and tests/js/node_modules/citeproc are not installed (npm install --prefix tests/js)",
)

# citeproc-py (with our fixes) and citeproc-js on the dev records; see README. The issue asks for 0.95; all
# 166 agree in each, so that a change that loses an entry shows.
AGREEMENT = {"chicago-author-date": 1.0, "apa": 1.0, "modern-language-association": 1.0, "gost-r-7-0-5-2008": 1.0,
             "springer-basic-author-date": 1.0}


@needs_js
@pytest.mark.parametrize("style", sorted(AGREEMENT))
def test_formatted_output_agrees_with_citeproc_js(style):
    refs = gold_references()
    theirs, _ = _citeproc_js(style)
    ours = {e.id: e.text for e in format_entries(refs, style=style)}
    same = [i for i in ours if _plain(ours[i]) == _plain(theirs.get(i, ""))]
    assert len(same) / len(ours) >= AGREEMENT[style], [(ours[i], theirs.get(i)) for i in ours if i not in same][:5]


# A title that quotes another work, and a soft sign and a hard sign that are no quotes.
_QUOTING_TITLE = {"id": "a-title-quoting-a-title", "type": "chapter", "author": [{"family": "Engels", "given": "F."}],
                  "title": "Vvedenie k rabote K. Marksa “Grazhdanskaia voina vo Frantsii”",
                  "container-title": "Materialy XXV s”ezda", "publisher-place": "Kazan’",
                  "issued": {"date-parts": [[1960]]}, "language": "ru"}


@pytest.mark.parametrize(
    ("style", "expected"),
    [
        pytest.param("gse", "“Vvedenie k rabote K. Marksa ‘Grazhdanskaia voina vo Frantsii.’”", id="american"),
        pytest.param("gost-r-7-0-5-2008", "Vvedenie k rabote K. Marksa “Grazhdanskaia voina vo Frantsii”",
                     id="russian"),
    ],
)
def test_a_quotation_inside_a_quoted_title_takes_single_quotes(style, expected):
    [entry] = format_entries([from_csl(_QUOTING_TITLE)], style=style)
    assert expected in entry.text and "s”ezda" in entry.text and "Kazan’" in entry.text


@pytest.mark.parametrize(
    ("style", "expected"),
    [
        pytest.param("gost-r-7-0-5-2008", "1. Riquer M. de. Aproximación al Quijote.", id="gost"),
        pytest.param("apa", "Riquer, M. de. (1967).", id="apa"),
        pytest.param("chicago-author-date", "Riquer, M. de. 1967.", id="chicago"),
    ],
)
def test_a_particle_printed_after_the_given_names_follows_the_initials(style, expected):
    item = {"id": "riquer", "type": "book", "author": [{"family": "Riquer", "given": "M. de"}],
            "title": "Aproximación al Quijote", "publisher-place": "Barcelona", "issued": {"date-parts": [[1967]]}}
    [entry] = format_entries([from_csl(item)], style=style)
    assert entry.text.startswith(expected), entry.text


def test_a_quotation_printed_in_single_quotes_takes_the_period_inside_them():
    item = {**_QUOTING_TITLE, "title": "Agrarnyi vopros i ‘kritiki Marksa’"}
    [entry] = format_entries([from_csl(item)], style="gse")
    assert "“Agrarnyi vopros i ‘kritiki Marksa.’”" in entry.text and "Kazan’" in entry.text


@needs_js
@pytest.mark.parametrize("style", ["chicago-author-date", "modern-language-association"])
def test_a_quotation_inside_a_quoted_title_as_citeproc_js_prints_it(style):
    _, theirs = _citeproc_js(style)
    [ours] = format_entries([from_csl(_QUOTING_TITLE)], style=style)
    assert _plain(ours.text) == _plain(theirs[_QUOTING_TITLE["id"]])


def _letters(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", text).casefold() if ch.isalnum())


def test_every_style_of_ours_is_installed_with_the_package():
    """A non-editable install has no checkout: the styles go to share/gsecite/styles, where
    :func:`styles_dirs` looks for them."""
    tomllib = pytest.importorskip("tomllib")
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["data-files"]["share/gsecite/styles"]
    shipped = {path for pattern in patterns for path in ROOT.glob(pattern)}
    assert shipped and set((ROOT / "styles").glob("*.csl")) <= shipped


@pytest.mark.parametrize(
    ("reference", "gse", "not_in_chicago"),
    [
        pytest.param(Reference(id="a", type="book", title="KPSS v rezoliutsiiakh", publisher_place="Moscow",
                               issued=Date((1970,), (1972,))),
                     "KPSS v rezoliutsiiakh. Moscow, 1970–72.", "1970–72", id="range-within-a-century"),
        pytest.param(Reference(id="b", type="book", title="Ob inorodtsakh", publisher_place="St. Petersburg",
                               issued=Date((1883,), (1903,))),
                     "Ob inorodtsakh. St. Petersburg, 1883–1903.", "1883–903", id="range-across-centuries"),
        pytest.param(Reference(id="c", type="article-journal", title="Sergei Nikolaevich Blazhko",
                               container_title="Astronomicheskii zhurnal", issue="2", issued=Date((1956,)),
                               note="obituary"),
                     "“Sergei Nikolaevich Blazhko” (obituary). Astronomicheskii zhurnal, 1956, no. 2.",
                     "(obituary)", id="qualifier-after-title"),
        pytest.param(Reference(id="d", type="book", title="Astronomiia SSSR", publisher_place="Moscow",
                               issued=Date((1948,)), note="collection of articles; Contains a bibliography"),
                     "Astronomiia SSSR (collection of articles). Moscow, 1948. (Contains a bibliography).",
                     "(collection of articles)", id="qualifier-and-sentence"),
    ],
)
def test_gse_prints_year_ranges_and_qualifiers_as_the_encyclopedia(reference, gse, not_in_chicago):
    """Done in our layer for the styles of data/styles.json only: other styles keep CSL's output."""
    assert format_entries([reference], style="gse")[0].text == gse
    assert not_in_chicago not in format_entries([reference], style="chicago-author-date")[0].text


def test_gse_style_reproduces_printed_entries():
    """The encyclopedia's own style: formatted gold records against the printed entries.

    A works-block entry prints no author (it is the article's subject), so the
    record's author may stand before the printed text. Measured: 143 of 166
    (0.861); what remains are the gold's repairs of misprints (``D. 1.`` → ``D. I.``)
    and distinctions the records do not keep (``In the collection``, ``issue`` or
    ``no.``); see the README.
    """
    golds = {}
    for path in sorted(DEV.glob("*.gold.json")) if DEV.is_dir() else []:
        for i, item in enumerate(json.loads(path.read_text(encoding="utf-8"))["references"]):
            golds[f"{path.name[:3]}-{i}"] = item
    refs = gold_references()
    matched = 0
    for entry in format_entries(refs, style="gse"):
        item = golds[entry.id]
        printed = item["custom"]["raw"]
        authors = item.get("author") or []
        who = (authors[0].get("literal") or f"{authors[0]['family']}, {authors[0].get('given', '')}") if authors else ""
        matched += _letters(entry.text) in (_letters(printed), _letters(who + printed))
    assert matched / len(refs) >= 0.86  # 143 of 166: one fewer fails


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc is not installed")
def test_pandoc_renders_our_csl_json_without_warnings(tmp_path):
    refs = gold_references() + seed_references()
    data = tmp_path / "refs.json"
    data.write_text(json.dumps([to_csl(r) for r in refs], ensure_ascii=False), encoding="utf-8")
    doc = tmp_path / "doc.md"
    doc.write_text("---\nnocite: '@*'\n---\n\nText.\n", encoding="utf-8")
    result = subprocess.run(
        ["pandoc", str(doc), "--citeproc", "--bibliography", str(data), "-t", "plain", "--fail-if-warnings"],
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0 and not result.stderr.strip(), result.stderr[-2000:]
    assert "Klassovaia bor’ba" in result.stdout and "Letuchie myshi" in result.stdout


# --- CLI ----------------------------------------------------------------------------------------


def test_convert_csl_json_to_bibtex_and_back(tmp_path):
    runner = CliRunner()
    data = tmp_path / "refs.json"
    runner.invoke(main, ["extract", str(SEED), "--format", "csl-json", "-o", str(data)])
    bib = tmp_path / "refs.bib"
    result = runner.invoke(main, ["convert", str(data), "--to", "bibtex", "-o", str(bib)])
    assert result.exit_code == 0, result.output
    back = runner.invoke(main, ["convert", str(bib), "--to", "csl-json"])
    items = json.loads(back.stdout)
    assert len(items) == len(seed_references())
    assert items[0]["title"] == "Klassovaia bor’ba vo Frantsii s 1848 po 1850 g."


def test_convert_reports_bad_entries_and_converts_the_rest(tmp_path):
    data = tmp_path / "refs.json"
    data.write_text(json.dumps([{"id": "a", "type": "book", "title": "Komety"}, {"type": 3},
                                {"id": "b", "type": "book", "author": "not a list"}]), encoding="utf-8")
    result = CliRunner().invoke(main, ["convert", str(data), "--to", "text", "--style", "gse"])
    assert result.exit_code == 1
    assert result.stdout.strip() == "Komety."
    assert len(result.stderr.strip().splitlines()) == 2 and "item 2" in result.stderr


def test_convert_reports_a_broken_bibtex_block_in_one_line_and_converts_the_rest(tmp_path):
    data = tmp_path / "refs.bib"
    data.write_text("@book{a, title={Komety}, author={Orlov, S. V.}, year={1950}}\n@book{b, title={B}\n",
                    encoding="utf-8")
    result = CliRunner().invoke(main, ["convert", str(data), "--to", "text", "--style", "gse"])
    assert result.exit_code == 1 and "Komety" in result.stdout
    assert result.stderr.strip().splitlines() == [
        f"{data}: error: line 2: a block that could not be read (Unexpectedly reached end of file.)"
    ]


def test_convert_reads_an_item_with_no_type_or_an_unknown_one_as_a_document_and_says_so(tmp_path):
    """The output stays valid CSL-JSON: a type the schema does not have is not written out."""
    data = tmp_path / "refs.json"
    data.write_text(json.dumps([{"id": "a", "title": "Ocherki"}, {"id": "b", "type": "book", "title": "Komety"},
                                {"id": "c", "type": "bogus", "title": "Stikhi"}]), encoding="utf-8")
    result = CliRunner().invoke(main, ["convert", str(data), "--to", "csl-json"])
    assert result.exit_code == 0
    assert [item["type"] for item in json.loads(result.stdout)] == ["document", "book", "document"]
    assert result.stderr.strip().splitlines() == [
        f"{data}: warning: item 1 (a): no type; read as a document",
        f"{data}: warning: item 3 (c): “bogus” is no CSL type; read as a document",
    ]


@pytest.mark.parametrize("content", [b"\x00\x01binary", b"neither json nor bibtex", b"[1, 2"])
def test_convert_bad_file_exit_2(tmp_path, content):
    path = tmp_path / "x.json"
    path.write_bytes(content)
    result = CliRunner().invoke(main, ["convert", str(path), "--to", "bibtex"])
    assert result.exit_code == 2 and len(result.stderr.strip().splitlines()) == 1 and str(path) in result.stderr


@pytest.mark.parametrize("fmt", ["bibtex", "ris", "text", "html", "markdown", "csl-json"])
def test_extract_writes_every_format(fmt):
    result = CliRunner().invoke(main, ["extract", str(SEED), "--format", fmt])
    assert result.exit_code == 0 and "Klassovaia" in result.stdout


def test_styles_command():
    result = CliRunner().invoke(main, ["styles", "gost"])
    assert result.exit_code == 0 and "gost-r-7-0-5-2008\tgsecite" in result.stdout  # our corrected GOST
    assert "gost-r-7-0-5-2008-numeric\tofficial" in result.stdout
    assert CliRunner().invoke(main, ["styles", "gse"]).stdout.startswith("gse\tgsecite")


def test_styles_command_says_when_none_is_found():
    result = CliRunner().invoke(main, ["styles", "no-such-style"])
    assert result.exit_code == 1 and not result.stdout
    assert result.stderr.strip() == "gsecite: no style's name contains 'no-such-style'"


_NEWSPAPER = {"id": "n", "type": "article-newspaper", "author": [{"family": "Ivanov", "given": "I. I."}],
              "title": "O romane", "container-title": "Pravda", "language": "ru"}


@pytest.mark.parametrize(
    ("style", "issued", "expected"),
    [
        pytest.param("apa", [[1965, 3, 3], [1965, 3, 4]], "Ivanov, I. I. (1965, March 3). O romane. Pravda.",
                     id="apa-a-range-of-days-within-a-year-as-its-first-day"),
        pytest.param("chicago-author-date", [[1972, 12, 22]], "Ivanov, I. I. 1972. “O romane.” Pravda, December 22.",
                     id="chicago-no-edition-label-without-an-edition"),
        pytest.param("modern-language-association", [[1901, 5], [1901, 6]],
                     "Ivanov, I. I. “O romane.” Pravda, May 1901.", id="mla-a-range-of-months-within-a-year"),
    ],
)
def test_a_newspaper_articles_date_formats_as_citeproc_js_has_it(style, issued, expected):
    [entry] = format_entries([from_csl({**_NEWSPAPER, "issued": {"date-parts": issued}})], style=style)
    assert entry.text == expected


def test_chicago_editors_who_stand_in_for_the_author_are_inverted_with_eds_and_not_repeated():
    book = {"id": "b", "type": "book", "editor": [{"family": "Dement’ev", "given": "G. P."},
                                                  {"family": "Gladkov", "given": "N. A."}],
            "title": "Ptitsy Sovetskogo soiuza", "volume": "6", "publisher-place": "Moscow",
            "issued": {"date-parts": [[1954]]}}
    [entry] = format_entries([from_csl(book)], style="chicago-author-date")
    assert entry.text == "Dement’ev, G. P., and N. A. Gladkov, eds. 1954. Ptitsy Sovetskogo Soiuza. Vol. 6. Moscow."


def test_entries_sort_by_their_letters_without_accents():
    works = [{"id": f"w{i}", "type": "book", "author": [{"family": "Dzugaev", "given": "G."}], "title": title,
              "issued": {"date-parts": [[1961]]}} for i, title in enumerate(["Dobryi gost’", "Ävzärst uatsmïstä"])]
    entries = format_entries([from_csl(w) for w in works], style="modern-language-association")
    assert [e.id for e in entries] == ["w1", "w0"]


_MARX = [{"id": id_, "type": "chapter", "author": [{"family": "Marx", "given": "K."}], "title": title,
          "container-title": "Sochineniia"}
         for id_, title in (("c", "Klassovaia bor’ba"), ("d", "Vosemnadtsatoe briumera"))]


@pytest.mark.parametrize(
    ("style", "items", "expected"),
    [
        pytest.param(
            "ieee", [{"id": "a", "type": "chapter", "author": [{"family": "Marx", "given": "K."}],
                      "title": "Klassovaia bor’ba vo Frantsii s 1848 po 1850 g.", "container-title": "Sochineniia",
                      "edition": "2", "volume": "7"}],
            ["[1] K. Marx, “Klassovaia bor’ba vo Frantsii s 1848 po 1850 g.,” in Sochineniia, 2nd ed., vol. 7."],
            id="ieee-the-number-set-apart-and-a-comma-inside-the-quotes-after-a-period"),
        pytest.param(
            "vancouver", [{"id": "a", "type": "article-newspaper", "author": [{"family": "Semushkin", "given": "T."}],
                           "title": "Liudi sozdaiut novuiu zhizn’", "container-title": "Izvestiia",
                           "issued": {"date-parts": [[1958, 9, 26]]}},
                          {"id": "b", "type": "book", "author": [{"family": "Bondarev", "given": "Iu. F."}],
                           "title": "Krasnyi stepnoi skot", "publisher-place": "Moscow",
                           "issued": {"date-parts": [[1950]]}}],
            ["1. Semushkin T. Liudi sozdaiut novuiu zhizn’. Izvestiia. 1958 Sep 26.",
             "2. Bondarev IuF. Krasnyi stepnoi skot. Moscow; 1950."],
            id="vancouver-the-localized-dates-delimiter-and-printed-initials-run-together"),
        pytest.param(
            "harvard-cite-them-right",
            [{"id": "a", "type": "book", "title": "Drevnosti Gerodotovoi Skifii", "publisher-place": "St. Petersburg",
              "issued": {"date-parts": [[1872]]}},
             {"id": "b", "type": "article-journal", "title": "Sergei Nikolaevich Blazhko",
              "container-title": "Astronomicheskii zhurnal", "volume": "33", "issue": "2",
              "issued": {"date-parts": [[1956]]}}, *_MARX],
            ["Astronomicheskii Zhurnal (1956) “Sergei Nikolaevich Blazhko,” 33(2).",
             "Drevnosti Gerodotovoi Skifii (1872). St. Petersburg.",
             "Marx, K. (no date a) “Klassovaia bor’ba,” Sochineniia.",
             "Marx, K. (no date b) “Vosemnadtsatoe briumera,” Sochineniia."],
            id="harvard-what-stood-in-for-the-author-once-and-no-date-with-its-suffix"),
        pytest.param(
            "springer-basic-author-date",
            [{"id": "a", "type": "book", "title": "Rol’ rabochego klassa", "publisher-place": "Moscow",
              "issued": {"date-parts": [[1968]]}},
             {"id": "b", "type": "book", "title": "Leninskoe uchenie", "publisher-place": "Moscow",
              "issued": {"date-parts": [[1968]]}},
             {"id": "c", "type": "book", "author": [{"family": "Ivanov", "given": "I. I."}], "title": "Ocherki",
              "publisher-place": "Moscow", "issued": {"date-parts": [[1968]]}}],
            ["Ivanov II (1968) Ocherki. Moscow", "(1968a) Rol’ rabochego klassa. Moscow",
             "(1968b) Leninskoe uchenie. Moscow"],
            id="springer-works-with-no-author-cited-by-their-year-alone-take-suffixes"),
        pytest.param("elsevier-harvard", _MARX, ["Marx, K., n.d. Klassovaia bor’ba, in: Sochineniia.",
                                                 "Marx, K., n.d. Vosemnadtsatoe briumera, in: Sochineniia."],
                     id="elsevier-no-suffix-where-the-style-prints-none"),
    ],
)
def test_official_styles_format_as_citeproc_js_does(style, items, expected):
    """Each expected list is citeproc-js's output for the same items (tests/js/format.js)."""
    assert [e.text for e in format_entries([from_csl(i) for i in items], style=style)] == expected
