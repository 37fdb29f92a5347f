"""The ``gsecite`` command line: a thin click layer over the library."""

from __future__ import annotations

import contextlib
import functools
import json
import os
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import click

from . import __version__
from .annotate import annotate_html, annotate_text
from .batch import Summary, default_jobs, extract_many, extract_one
from .csl import document_to_json
from .export import FORMATS
from .export import render as render_references
from .export.formatted import StyleError, list_styles
from .model import Document
from .read import InputError, expand_inputs, read_source
from .records import RecordsError, read_records

EXIT_BAD_INPUT = 2


def fail(message: str) -> None:
    """Print a one-line error and exit with code 2 (bad input), never a traceback."""
    click.echo(f"gsecite: error: {message}", err=True)
    sys.exit(EXIT_BAD_INPUT)


def _writable_output(ctx: click.Context, param: click.Parameter, value: str) -> str:
    """Refuse an output file that cannot be written before any work is done (one line, exit 2)."""
    if value == "-":
        return value
    folder = Path(value).parent
    if Path(value).is_dir():
        fail(f"{value}: cannot write (is a directory)")
    if not folder.is_dir():
        fail(f"{value}: cannot write (no such directory: {folder})")
    if not os.access(folder, os.W_OK) or (Path(value).exists() and not os.access(value, os.W_OK)):
        fail(f"{value}: cannot write (permission denied)")
    return value


def output_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "-o",
        "--output",
        type=click.Path(allow_dash=True),
        default="-",
        show_default=True,
        callback=_writable_output,
        help="Write to this file instead of standard output.",
    )(func)


def open_output(output: str):
    """The output file (or standard output) for writing; an OS error is one line and exit code 2."""
    try:
        return click.open_file(output, "w", encoding="utf-8")
    except OSError as error:
        fail(f"{output}: cannot write ({error.strerror or error})")
        raise  # fail() exits; this keeps type checkers and readers sure nothing follows


def jobs_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "-j", "--jobs", type=click.IntRange(min=1), default=None,
        help="Processes that extract, this one included [default: the number of CPUs].",
    )(func)


def render(docs: list[Document], fmt: str, style: str | None = None, ascii_only: bool = False) -> str:
    if fmt == "jsonl":
        return "".join(json.dumps(document_to_json(d), ensure_ascii=False) + "\n" for d in docs)
    if fmt == "json":
        payload: Any = document_to_json(docs[0]) if len(docs) == 1 else [document_to_json(d) for d in docs]
        return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
    return export(
        [r for d in docs for r in d.references], fmt, style=style, ascii_only=ascii_only
    )


def export(references, fmt: str, style: str | None = None, ascii_only: bool = False) -> str:
    """Records in an export format; a bad style name is a one-line error."""
    try:
        return render_references(references, fmt, style=style, ascii_only=ascii_only)
    except StyleError as error:
        fail(str(error))
        return ""


def in_script(doc: Document, script: str, romanization: str | None) -> Document:
    """The document with its references in the script (and romanization) asked for."""
    if script == "latin" and not romanization:
        return doc
    return replace(doc, references=tuple(convert_script(doc.references, script, romanization)))


def jsonl_line(doc: Document, script: str = "latin", romanization: str | None = None) -> str:
    """One document as a line of JSON Lines (a worker process renders its own documents)."""
    return render([in_script(doc, script, romanization)], "jsonl")


def convert_script(references, script: str, romanization: str | None):
    """Records in Cyrillic (``--script cyrillic``) or romanized another way (``--romanization``)."""
    if script == "latin" and not romanization:
        return list(references)
    from .cyrillic import Restorer
    from .cyrillic.script import re_romanize, to_cyrillic

    restorer = Restorer()
    if script == "cyrillic":
        return [to_cyrillic(r, restorer) for r in references]
    return [re_romanize(r, romanization, restorer) for r in references]


def report_records(path: str, problems: list[str], warnings: list[str]) -> None:
    """One line of standard error for each entry of a record file that could not be read, or was read
    otherwise than it says."""
    for problem in problems:
        click.echo(f"{path}: error: {problem}", err=True)
    for warning in warnings:
        click.echo(f"{path}: warning: {warning}", err=True)


def script_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """--script and --romanization, shared by every command that writes records."""
    func = click.option(
        "--romanization",
        type=click.Choice(["lc", "lc-diacritics", "bgn", "iso9", "scholarly"]),
        default=None,
        help="Russian fields restored and romanized again: lc (the encyclopedia's), lc-diacritics (ALA-LC), "
        "bgn (BGN/PCGN), iso9 (GOST 7.79 / ISO 9), scholarly.",
    )(func)
    return click.option(
        "--script",
        type=click.Choice(["latin", "cyrillic"]),
        default="latin",
        show_default=True,
        help="cyrillic: Russian-language fields restored to Cyrillic (the romanized values kept in custom).",
    )(func)


def style_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """--style and --ascii, shared by every command that writes records."""
    func = click.option(
        "--ascii",
        "ascii_only",
        is_flag=True,
        help="BibTeX for classic 8-bit BibTeX: non-ASCII letters as LaTeX commands.",
    )(func)
    return click.option(
        "-s",
        "--style",
        default=None,
        metavar="NAME",
        help="CSL style for text/html/markdown: one of ours (styles/), an official one, or a .csl path "
        "[default: chicago-author-date]. `gsecite styles` lists them.",
    )(func)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="gsecite")
def main() -> None:
    """gsecite: citations from transliterated Russian sources (Great Soviet Encyclopedia).

    \b
    Examples:
      gsecite extract seeds/000_764cae084d0f7384.txt
      gsecite extract articles/ --format jsonl -o out.jsonl
      gsecite extract article.txt --format csl-json
      gsecite annotate seeds/000_764cae084d0f7384.txt --format html -o seed.html
      gsecite convert refs.bib --to text --style apa
      gsecite styles gost
    """


@main.command("extract")
@click.argument("files", nargs=-1, required=True)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["json", "jsonl", *FORMATS]),
    default="json",
    show_default=True,
    help="json: one document (an array for several files); jsonl: one document per line; "
    "csl-json: the CSL items alone; bibtex, ris; text, html, markdown: a formatted list.",
)
@style_options
@script_options
@jobs_option
@output_option
def extract_command(
    files: tuple[str, ...], fmt: str, style: str | None, ascii_only: bool, script: str,
    romanization: str | None, jobs: int | None, output: str,
) -> None:
    """Extract the title and the bibliography of each article FILE ("-" reads standard input).

    FILE may be a folder: its .txt and .html articles are read, recursively, in name order,
    by --jobs processes, with a progress bar on a terminal and a one-line summary on
    standard error; a file in it that fails is reported and the others go on (exit code 1).
    A saved web page is recognized by its content and its article text is read.
    Entries the parser cannot understand are still printed (type "document", the raw text as
    title) and reported on standard error with their file and line.

    \b
    Examples:
      gsecite extract seeds/000_764cae084d0f7384.txt
      gsecite extract a.txt b.txt --format jsonl
      gsecite extract articles/ --jobs 2 --format jsonl -o all.jsonl
      gsecite extract saved-page.html
      cat a.txt | gsecite extract - --format csl-json -o refs.json
      gsecite extract a.txt --format bibtex --ascii
      gsecite extract a.txt --format text --style gost-r-7-0-5-2008
      gsecite extract a.txt --script cyrillic --format text --style gost-r-7-0-5-2008
      gsecite extract a.txt --romanization bgn --format csl-json
    """
    # Files named on the command line must all be readable (exit 2 otherwise); files found in a
    # folder are a batch: one that fails is reported, the others go on, and the exit code is 1.
    tasks: list = []
    try:
        for name in files:
            if name != "-" and Path(name).is_dir():
                tasks.extend(expand_inputs([name]))
            else:
                tasks.append(read_source(name))
    except InputError as error:
        fail(str(error))
        return
    batch = len(tasks) > 1 or any(isinstance(t, str) for t in tasks)
    summary = Summary(started=time.perf_counter())
    show_progress = batch and sys.stderr.isatty()
    # JSON Lines are rendered (and converted to another script) where each document is extracted.
    line = functools.partial(jsonl_line, script=script, romanization=romanization) if fmt == "jsonl" else None
    outcomes = extract_many(tasks, jobs=jobs or default_jobs(), render=line)
    if show_progress:
        from tqdm import tqdm

        outcomes = tqdm(outcomes, total=len(tasks), unit="article", file=sys.stderr, leave=False)
    docs = []
    with contextlib.ExitStack() as stack:
        stream = None  # JSON Lines go out as each document arrives; other formats need them all
        for outcome in outcomes:
            summary.add(outcome)
            if outcome.error:
                click.echo(f"gsecite: error: {outcome.error}", err=True)
                continue
            for warning in outcome.warnings:
                click.echo(warning, err=True)
            if fmt == "jsonl":
                stream = stream or stack.enter_context(open_output(output))
                stream.write(outcome.output)
            else:
                docs.append(in_script(outcome.doc, script, romanization))
    if docs:
        write(render(docs, fmt, style, ascii_only), output)
    if batch:
        click.echo(summary.line(), err=True)
    if summary.failed:
        sys.exit(1)


def write(text: str, output: str) -> None:
    with open_output(output) as out:
        out.write(text)


@main.command("annotate")
@click.argument("file")
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["text", "html"]),
    default="text",
    show_default=True,
    help="text: marks in place and a legend; html: a page with linked citations.",
)
@output_option
def annotate_command(file: str, fmt: str, output: str) -> None:
    """Show FILE with every citation, cross-reference and bibliography entry marked and numbered.

    In text, marks read ⟨C1|…⟩ (citation), ⟨X1|…⟩ (cross-reference) and ⟨R1|…⟩
    (bibliography entry), and a legend says what each resolved to. In HTML, each
    citation links to its reference and shows the record when the pointer rests on it.

    \b
    Examples:
      gsecite annotate seeds/000_764cae084d0f7384.txt
      gsecite annotate article.txt --format html -o article.html
    """
    try:
        source = read_source(file)
    except InputError as error:
        fail(str(error))
        return
    outcome = extract_one(source)
    if outcome.error:
        click.echo(f"gsecite: error: {outcome.error}", err=True)
        sys.exit(1)
    for warning in outcome.warnings:
        click.echo(warning, err=True)
    doc = outcome.doc
    write(annotate_html(source.text, doc) if fmt == "html" else annotate_text(source.text, doc), output)


@main.command("styles")
@click.argument("pattern", default="")
def styles_command(pattern: str) -> None:
    """List the citation styles whose name contains PATTERN: ours first, then the official ones.

    \b
    Examples:
      gsecite styles
      gsecite styles gost
      gsecite styles chicago

    None found is said on standard error (exit code 1), as grep says it.
    """
    found = list_styles(pattern)
    for name, where in found:
        click.echo(f"{name}\t{where}")
    if not found:
        click.echo(f"gsecite: no style's name contains {pattern!r}", err=True)
        sys.exit(1)


@main.command("convert")
@click.argument("file")
@click.option("-t", "--to", "fmt", type=click.Choice(FORMATS), required=True, help="The format to write.")
@style_options
@script_options
@output_option
def convert_command(
    file: str, fmt: str, style: str | None, ascii_only: bool, script: str, romanization: str | None, output: str
) -> None:
    """Convert a CSL-JSON or BibTeX FILE ("-" reads standard input) to another format.

    The input kind is told from the content. An entry that cannot be read is
    reported on one line of standard error and the rest are converted (exit code 1).

    \b
    Examples:
      gsecite convert refs.json --to bibtex -o refs.bib
      gsecite convert refs.bib --to text --style apa
      gsecite convert refs.bib --to csl-json
    """
    try:
        source = read_source(file)
    except InputError as error:
        fail(str(error))
        return
    try:
        references, problems, warnings = read_records(source.text, source.path)
    except RecordsError as error:
        fail(str(error))
        return
    report_records(source.path, problems, warnings)
    references = convert_script(references, script, romanization)
    write(export(references, fmt, style=style, ascii_only=ascii_only), output)
    if problems:
        sys.exit(1)


@main.command("cyrillic")
@click.argument("text", required=False)
def cyrillic_command(text: str | None) -> None:
    """Restore the Cyrillic of romanized Russian TEXT, or of standard input line by line.

    One output line for each input line. Words that are not romanized Russian
    (English titles, Roman numerals, ISBN) stay as they are; so does a line
    whose entry is of a work in another language, names and city included, as
    a Russian list prints it.

    \b
    Examples:
      gsecite cyrillic "Soiuz rabochego klassa i krest’ianstva"
      gsecite cyrillic < latin.txt > cyrillic.txt
    """
    from .cyrillic import Restorer
    from .cyrillic.lines import restore_entry_line

    restorer = Restorer()
    if text is not None:
        click.echo("\n".join(restore_entry_line(line, restorer) for line in text.split("\n")))
        return
    for line in sys.stdin:
        sys.stdout.write(restore_entry_line(line.rstrip("\n"), restorer) + "\n")


@main.command("cite-article")
@click.argument("file")
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default="csl-json", show_default=True,
              help="Any export format.")
@style_options
@output_option
def cite_article_command(file: str, fmt: str, style: str | None, ascii_only: bool, output: str) -> None:
    """The record of the encyclopedia article in FILE itself, to cite what you read.

    Type entry-encyclopedia in the Great Soviet Encyclopedia, 3rd edition; the headword is the
    title, the signature line (S. L. SOBOLEV) gives the authors, the code [23–1820–] the volume.

    \b
    Examples:
      gsecite cite-article seeds/000_764cae084d0f7384.txt
      gsecite cite-article article.html --format bibtex
      gsecite cite-article article.txt --format text --style apa
    """
    from .article import article_reference

    try:
        source = read_source(file)
    except InputError as error:
        fail(str(error))
        return
    write(export([article_reference(source.text)], fmt, style=style, ascii_only=ascii_only), output)


# --- the library ------------------------------------------------------------------------------


def library_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """--library PATH (or $GSECITE_LIBRARY), shared by every library command."""
    return click.option(
        "-l",
        "--library",
        "library_path",
        envvar="GSECITE_LIBRARY",
        type=click.Path(dir_okay=False),
        default=None,
        help="The library file [default: $GSECITE_LIBRARY, else the per-user data folder].",
    )(func)


def json_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")(func)


def open_library(path: str | None):
    from .library import Library, LibraryError, default_library_path

    try:
        return Library.open(path or default_library_path())
    except LibraryError as error:
        fail(str(error))


def _summary_row(item: dict) -> tuple[str, str, str, str, str]:
    names = item.get("author") or item.get("editor") or []
    who = "; ".join(n.get("literal") or n.get("family", "") for n in names)
    parts = (item.get("issued") or {}).get("date-parts") or [[""]]
    year = str(parts[0][0]) if parts and parts[0] else ""
    title = item.get("title") or item.get("container-title", "")
    return str(item["custom"]["library_id"]), item["id"], who, year, title


def print_records(items: list[dict], as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(items, ensure_ascii=False, indent=2))
        return
    rows = [_summary_row(item) for item in items]
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(("id", "key", "authors", "year"))]
    widths = [min(w, 30) for w in widths]
    header = ("id", "key", "authors", "year", "title")
    for row in [header, *rows]:
        cells = [row[i][: widths[i]].ljust(widths[i]) for i in range(4)]
        click.echo("  ".join(cells) + "  " + row[4][:80])


def _record_or_fail(library, ref: str) -> dict:
    try:
        return library.get(ref)
    except LookupError as error:
        fail(str(error))
        return {}


@main.command("add")
@click.argument("files", nargs=-1, required=True)
@library_option
@jobs_option
def add_command(files: tuple[str, ...], library_path: str | None, jobs: int | None) -> None:
    """Extract articles (files or folders) and store their records in the library.

    Each work is stored once, however many articles list or cite it; adding an article
    again changes nothing. Each article is added in one transaction.

    \b
    Examples:
      gsecite add seeds/000_764cae084d0f7384.txt
      gsecite add articles/ --library my.sqlite
    """
    import hashlib

    library = open_library(library_path)
    try:
        paths = expand_inputs(files)
        sources = [read_source(p) for p in paths]
    except InputError as error:
        fail(str(error))
        return
    added = merged = skipped = failed = 0
    for outcome, source in zip(extract_many(sources, jobs=jobs or default_jobs()), sources, strict=True):
        if outcome.error:
            click.echo(f"gsecite: error: {outcome.error}", err=True)
            failed += 1
            continue
        for warning in outcome.warnings:
            click.echo(warning, err=True)
        digest = hashlib.sha256(source.text.encode("utf-8")).hexdigest()
        result = library.add_document(outcome.doc, source.path, digest)
        added, merged, skipped = added + result.added, merged + result.merged, skipped + result.skipped
    click.echo(f"gsecite: {len(sources)} articles ({skipped} already there, {failed} failed), {added} new "
               f"references, {merged} merged into stored ones", err=True)
    if failed:
        sys.exit(1)


@main.command("list")
@library_option
@click.option("-t", "--tag", default=None, help="Only records with this tag.")
@json_option
def list_command(library_path: str | None, tag: str | None, as_json: bool) -> None:
    """List the records of the library.

    \b
    Examples:
      gsecite list
      gsecite list --tag thesis --json
    """
    print_records(open_library(library_path).all(tag), as_json)


@main.command("search")
@click.argument("query")
@library_option
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True)
@json_option
def search_command(query: str, library_path: str | None, limit: int, as_json: bool) -> None:
    """Search authors, titles, containers, places and notes (romanized and Cyrillic forms).

    An exact title comes first, then the best matches.

    \b
    Examples:
      gsecite search "soiuz rabochego klassa"
      gsecite search Lenin --json
    """
    print_records(open_library(library_path).search(query, limit), as_json)


@main.command("show")
@click.argument("ref")
@library_option
@json_option
def show_command(ref: str, library_path: str | None, as_json: bool) -> None:
    """Show one record (by id or key) and every article that lists or cites it, with locators.

    \b
    Examples:
      gsecite show 12
      gsecite show marxklassovaia --json
    """
    library = open_library(library_path)
    item = _record_or_fail(library, ref)
    ref_id = item["custom"]["library_id"]
    sources = library.citing(ref_id)
    if as_json:
        click.echo(json.dumps({"record": item, "tags": library.tags_of(ref_id), "articles": sources},
                              ensure_ascii=False, indent=2))
        return
    from .annotate import describe
    from .csl import from_csl

    click.echo(f"[{ref_id}] {item['id']}: {describe(from_csl(item))}")
    if library.tags_of(ref_id):
        click.echo("tags: " + ", ".join(library.tags_of(ref_id)))
    for source in sources:
        click.echo(f"  {source['article']} ({source['title']})")
        for listed in source["listed"]:
            click.echo(f"    {listed['origin']}: {listed['raw']}")
        for cited in source["cited"]:
            click.echo(f"    cited: ({cited['text']}) {cited['label']} {cited['locator']}")


@main.command("export")
@click.argument("query", required=False)
@library_option
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default="csl-json", show_default=True)
@click.option("-t", "--tag", default=None, help="Only records with this tag.")
@style_options
@script_options
@output_option
def export_command(query: str | None, library_path: str | None, fmt: str, tag: str | None, style: str | None,
                   ascii_only: bool, script: str, romanization: str | None, output: str) -> None:
    """Export the library's records (all, or those matching QUERY) in any format.

    \b
    Examples:
      gsecite export --format bibtex -o library.bib
      gsecite export Lenin --format text --style gost-r-7-0-5-2008 --script cyrillic
    """
    library = open_library(library_path)
    items = library.search(query, limit=1_000_000) if query else library.all(tag)
    if query and tag:
        tagged = {i["id"] for i in library.all(tag)}
        items = [i for i in items if i["id"] in tagged]
    references = convert_script(library.references(items), script, romanization)
    write(export(references, fmt, style=style, ascii_only=ascii_only), output)


@main.command("import")
@click.argument("file")
@library_option
def import_command(file: str, library_path: str | None) -> None:
    """Import records from a CSL-JSON or BibTeX file; entries that cannot be read are reported.

    \b
    Examples:
      gsecite import references.bib
      gsecite import references.json --library my.sqlite
    """
    library = open_library(library_path)
    try:
        source = read_source(file)
        references, problems, warnings = read_records(source.text, source.path)
    except (InputError, RecordsError) as error:
        fail(str(error))
        return
    report_records(file, problems, warnings)
    result = library.import_references(references)
    click.echo(f"gsecite: {result.added} new references, {result.merged} merged into stored ones", err=True)
    if problems:
        sys.exit(1)


@main.command("tag")
@click.argument("ref")
@click.argument("tag")
@library_option
def tag_command(ref: str, tag: str, library_path: str | None) -> None:
    """Tag a record (by id or key).

    \b
    Examples:
      gsecite tag 12 thesis
    """
    library = open_library(library_path)
    _record_or_fail(library, ref)
    library.tag(ref, tag)


@main.command("remove")
@click.argument("ref")
@library_option
def remove_command(ref: str, library_path: str | None) -> None:
    """Remove a record (by id or key) and its listings and citations.

    \b
    Examples:
      gsecite remove 12
    """
    library = open_library(library_path)
    _record_or_fail(library, ref)
    library.remove(ref)


@main.command("duplicates")
@library_option
@json_option
def duplicates_command(library_path: str | None, as_json: bool) -> None:
    """List likely duplicates that were not merged automatically (merge them with `gsecite merge`).

    \b
    Examples:
      gsecite duplicates
    """
    pairs = open_library(library_path).duplicates()
    if as_json:
        click.echo(json.dumps([{"a": a, "b": b, "reason": r} for a, b, r in pairs], ensure_ascii=False, indent=2))
        return
    for a, b, reason in pairs:
        click.echo(f"{a['custom']['library_id']} {a['id']}  ~  {b['custom']['library_id']} {b['id']}: {reason}")


@main.command("merge")
@click.argument("keep")
@click.argument("other")
@library_option
def merge_command(keep: str, other: str, library_path: str | None) -> None:
    """Merge record OTHER into KEEP: no field value, listing, citation or tag is lost.

    \b
    Examples:
      gsecite merge 12 40
    """
    library = open_library(library_path)
    _record_or_fail(library, keep)
    _record_or_fail(library, other)
    try:
        merged = library.merge(keep, other)
    except ValueError as error:
        fail(str(error))
        return
    click.echo(f"merged into {merged['id']}", err=True)
