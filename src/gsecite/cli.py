"""The ``gsecite`` command line: a thin click layer over the library."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any

import click

from . import __version__
from .annotate import annotate_html, annotate_text
from .csl import document_to_json, to_csl
from .extract import extract
from .model import Document
from .read import InputError, expand_inputs, read_source

EXIT_BAD_INPUT = 2


def fail(message: str) -> None:
    """Print a one-line error and exit with code 2 (bad input), never a traceback."""
    click.echo(f"gsecite: error: {message}", err=True)
    sys.exit(EXIT_BAD_INPUT)


def output_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "-o",
        "--output",
        type=click.Path(dir_okay=False, writable=True, allow_dash=True),
        default="-",
        show_default=True,
        help="Write to this file instead of standard output.",
    )(func)


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def report_problems(doc: Document, text: str) -> None:
    for problem in doc.problems:
        click.echo(
            f"{doc.path}:{line_of(text, problem.span.start)}: {problem.severity}: {problem.message}", err=True
        )


def render(docs: list[Document], fmt: str) -> str:
    if fmt == "jsonl":
        return "".join(json.dumps(document_to_json(d), ensure_ascii=False) + "\n" for d in docs)
    if fmt == "csl-json":
        items = [to_csl(r) for d in docs for r in d.references]
        return json.dumps(items, ensure_ascii=False, indent=2) + "\n"
    payload: Any = document_to_json(docs[0]) if len(docs) == 1 else [document_to_json(d) for d in docs]
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


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
    """


@main.command("extract")
@click.argument("files", nargs=-1, required=True)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["json", "jsonl", "csl-json"]),
    default="json",
    show_default=True,
    help="json: one document (an array for several files); jsonl: one document per line; "
    "csl-json: the CSL items alone.",
)
@output_option
def extract_command(files: tuple[str, ...], fmt: str, output: str) -> None:
    """Extract the title and the bibliography of each article FILE (``-`` reads standard input).

    FILE may be a folder: its .txt and .html articles are read, recursively, in name order.
    Entries the parser cannot understand are still printed (type "document", the raw text as
    title) and reported on standard error with their file and line.

    \b
    Examples:
      gsecite extract seeds/000_764cae084d0f7384.txt
      gsecite extract a.txt b.txt --format jsonl
      cat a.txt | gsecite extract - --format csl-json -o refs.json
    """
    try:
        paths = expand_inputs(files)
        sources = [read_source(path) for path in paths]
    except InputError as error:
        fail(str(error))
        return
    docs = []
    for source in sources:
        doc = extract(source.text, source.path)
        report_problems(doc, source.text)
        docs.append(doc)
    text = render(docs, fmt)
    with click.open_file(output, "w", encoding="utf-8") as out:
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
    doc = extract(source.text, source.path)
    report_problems(doc, source.text)
    page = annotate_html(source.text, doc) if fmt == "html" else annotate_text(source.text, doc)
    with click.open_file(output, "w", encoding="utf-8") as out:
        out.write(page)
