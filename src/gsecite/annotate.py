"""The annotated view: the article with every citation, cross-reference and entry marked and numbered.

Text: ``⟨C1|K. Marx, in …, p. 211⟩`` in place, then a legend of what each mark
resolved to. HTML: a page where each citation links to its reference and shows
the record when the pointer rests on it.

>>> from gsecite.extract import extract
>>> text = "Topic\\n\\nAs was said (Poln. sobr. soch., 5th ed., vol. 38, p. 237) by him.\\n"
>>> print(annotate_text(text, extract(text)).splitlines()[2])
As was said (⟨C1|Poln. sobr. soch., 5th ed., vol. 38, p. 237⟩) by him.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass

from .csl import to_csl
from .model import Document, Reference


@dataclass(frozen=True, slots=True)
class Mark:
    start: int
    end: int
    kind: str  # "C" citation, "X" cross-reference, "R" bibliography entry
    number: int
    reference: str = ""  # reference id, for citations and entries
    target: str = ""  # headword, for cross-references
    locator: str = ""
    label: str = ""


def describe(ref: Reference) -> str:
    """A one-line human summary of a record.

    >>> from gsecite.model import Date, Name
    >>> describe(Reference(id="x", type="book", title="Komety", author=(Name("Orlov", "S. V."),),
    ...                    publisher_place="Moscow", issued=Date((1935,))))
    'Orlov, S. V. Komety. Moscow, 1935.'
    """
    parts = []
    if ref.author:
        parts.append(_sentence("; ".join(n.display() for n in ref.author)))
    if ref.title:
        parts.append(f"“{_sentence(ref.title)}”" if ref.container_title else _sentence(ref.title))
    if ref.container_title:
        who = " and ".join(n.natural() for n in ref.container_author)
        parts.append(_sentence(f"In {who + ', ' if who else ''}{ref.container_title}"))
    details = []
    if ref.edition:
        details.append(f"ed. {ref.edition}")
    if ref.volume:
        details.append(f"vol. {ref.volume}")
    if ref.part:
        details.append(f"part {ref.part}")
    if ref.issue:
        details.append(f"no. {ref.issue}")
    if ref.page:
        details.append(f"pp. {ref.page}")
    if details:
        parts.append(", ".join(details) + ".")
    imprint = ", ".join(x for x in (ref.publisher_place, _years(ref)) if x)
    if imprint:
        parts.append(imprint + ".")
    if ref.note:
        parts.append(f"({ref.note}.)")
    return " ".join(parts) or ref.raw


def _sentence(text: str) -> str:
    return text if text.endswith((".", "?", "!", "…")) else text + "."


def _years(ref: Reference) -> str:
    if not ref.issued:
        return ""
    first, last = ref.issued.years()
    return f"{first}–{last}" if last != first else str(first)


def marks(doc: Document) -> list[Mark]:
    """Every mark of the document, numbered in text order within its kind."""
    numbered: dict[str, int] = {}
    out = []
    entries = [r for r in doc.references if r.span is not None and r.origin == "bibliography"]
    for i, ref in enumerate(entries, 1):
        numbered[ref.id] = i
        out.append(Mark(ref.span.start, ref.span.end, "R", i, reference=ref.id))
    for i, c in enumerate(doc.citations, 1):
        out.append(Mark(c.span.start, c.span.end, "C", i, reference=c.reference, locator=c.locator, label=c.label))
    for i, x in enumerate(doc.cross_references, 1):
        out.append(Mark(x.span.start, x.span.end, "X", i, target=x.target))
    return sorted(out, key=lambda m: (m.start, -m.end))


def reference_numbers(doc: Document) -> dict[str, str]:
    """R1, R2 … for every reference: bibliography entries first, then inline works."""
    return {ref.id: f"R{i}" for i, ref in enumerate(doc.references, 1)}


def annotate_text(text: str, doc: Document) -> str:
    """The article with marks in place, then a legend."""
    numbers = reference_numbers(doc)
    out = []
    cursor = 0
    for mark in marks(doc):
        if mark.start < cursor:
            continue  # marks never overlap; guard against a damaged span all the same
        out.append(text[cursor : mark.start])
        tag = numbers[mark.reference] if mark.kind == "R" else f"{mark.kind}{mark.number}"
        out.append(f"⟨{tag}|{text[mark.start : mark.end]}⟩")
        cursor = mark.end
    out.append(text[cursor:])
    legend = ["", "", "== references =="]
    legend += [f"{numbers[r.id]} [{r.id}] {r.type}, {r.origin}: {describe(r)}" for r in doc.references]
    legend.append("== citations ==")
    for i, c in enumerate(doc.citations, 1):
        legend.append(f"C{i} → {numbers.get(c.reference, '?')} [{c.reference}] {c.label} {c.locator}".rstrip())
    legend.append("== cross-references ==")
    legend += [f"X{i} → {x.target}" for i, x in enumerate(doc.cross_references, 1)]
    return "".join(out).rstrip("\n") + "\n".join(legend) + "\n"


_STYLE = """
body { font: 16px/1.55 Georgia, serif; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
header p { color: #666; font-size: .9rem; }
.article p { white-space: pre-wrap; }
a.cite { background: #fff3b0; color: inherit; text-decoration: none; border-bottom: 2px solid #e0b000; }
a.cite:hover, a.cite:focus { background: #ffe066; }
span.xref { background: #d8f0ff; border-bottom: 2px solid #3a9ad9; }
span.entry { background: #e6f6e6; border-left: 3px solid #4caf50; padding-left: .2rem; }
sup.n { font: bold 11px sans-serif; color: #555; margin-right: .15rem; }
li:target { background: #fff3b0; }
pre { font-size: .75rem; background: #f6f6f6; padding: .5rem; overflow-x: auto; }
"""


def annotate_html(text: str, doc: Document) -> str:
    """A standalone HTML page of the annotated article."""
    numbers = reference_numbers(doc)
    by_id = {r.id: r for r in doc.references}
    body = []
    cursor = 0
    for mark in marks(doc):
        if mark.start < cursor:
            continue
        body.append(html.escape(text[cursor : mark.start]))
        inner = html.escape(text[mark.start : mark.end])
        if mark.kind == "C":
            ref = by_id.get(mark.reference)
            hover = f"{numbers.get(mark.reference, '?')}: {describe(ref) if ref else mark.reference}"
            if mark.locator:
                hover += f" — {mark.label} {mark.locator}"
            body.append(
                f'<a class="cite" id="cite-{mark.number}" href="#ref-{html.escape(mark.reference, quote=True)}" '
                f'data-ref="{html.escape(mark.reference, quote=True)}" title="{html.escape(hover, quote=True)}">'
                f'<sup class="n">C{mark.number}</sup>{inner}</a>'
            )
        elif mark.kind == "X":
            body.append(
                f'<span class="xref" id="xref-{mark.number}" data-target="{html.escape(mark.target, quote=True)}" '
                f'title="see the article {html.escape(mark.target, quote=True)}"><sup class="n">X{mark.number}</sup>'
                f"{inner}</span>"
            )
        else:
            ref = by_id[mark.reference]
            body.append(
                f'<span class="entry" id="entry-{html.escape(ref.id, quote=True)}" '
                f'title="{html.escape(describe(ref), quote=True)}"><sup class="n">{numbers[ref.id]}</sup>{inner}</span>'
            )
        cursor = mark.end
    body.append(html.escape(text[cursor:]))
    paragraphs = "".join(f"<p>{p}</p>\n" for p in "".join(body).split("\n\n") if p.strip())
    items = []
    for ref in doc.references:
        record = html.escape(json.dumps(to_csl(ref), ensure_ascii=False, indent=1))
        items.append(
            f'<li id="ref-{html.escape(ref.id, quote=True)}"><b>{numbers[ref.id]}</b> '
            f"<code>{html.escape(ref.id)}</code> ({html.escape(ref.origin)}) {html.escape(describe(ref))}"
            f"<details><summary>record</summary><pre>{record}</pre></details></li>"
        )
    title = html.escape(doc.title or doc.path)
    summary = (
        f"{html.escape(doc.path)} · {len(doc.references)} references · {len(doc.citations)} citations · "
        f"{len(doc.cross_references)} cross-references"
    )
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title} — gsecite</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
        f"<header><h1>{title}</h1><p>{summary}</p></header>\n"
        f'<section class="article">\n{paragraphs}</section>\n'
        f'<section id="references"><h2>References</h2>\n<ol>\n' + "\n".join(items) + "\n</ol></section>\n"
        "</body>\n</html>\n"
    )
