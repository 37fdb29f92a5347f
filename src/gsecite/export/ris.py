"""RIS for EndNote, Zotero and Mendeley import.

>>> from gsecite.model import Date, Name, Reference
>>> print(write_ris([Reference(id="x", type="article-journal", title="Soiuz", author=(Name("Okorokov", "V."),),
...                            container_title="Kommunist", issue="12", page="15–30", issued=Date((1974,)))]))
TY  - JOUR
ID  - okorokov1974soiuz
AU  - Okorokov, V.
TI  - Soiuz
T2  - Kommunist
IS  - 12
SP  - 15
EP  - 30
PY  - 1974
ER  - 
<BLANKLINE>
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..csl import where_online
from ..keys import reference_key, unique_keys
from ..model import Reference

RIS_TYPES = {
    "book": "BOOK",
    "chapter": "CHAP",
    "article-journal": "JOUR",
    "article-magazine": "MGZN",
    "article-newspaper": "NEWS",
    "thesis": "THES",
    "entry-encyclopedia": "ENCYC",
    "document": "GEN",
}


def _one_line(value: str) -> str:
    return " ".join(value.split())


def _ris_date(parts: tuple[int, ...]) -> str:
    """A date as RIS prints it: ``(1917, 11, 7)`` → ``1917/11/07``."""
    return "/".join(f"{part:02d}" if i else str(part) for i, part in enumerate(parts))


def write_ris(references: Sequence[Reference]) -> str:
    """RIS records, one per reference, in the given order."""
    keys = unique_keys(reference_key(r) for r in references)
    out: list[str] = []
    for ref, key in zip(references, keys, strict=True):
        lines = [("TY", RIS_TYPES.get(ref.type, "GEN")), ("ID", key)]
        lines += [("AU", n.display()) for n in ref.author]
        lines += [("A2", n.display()) for n in ref.container_author]
        lines += [("ED", n.display()) for n in ref.editor]
        # (RIS has no tag for one volume's title: it follows the title, as a subtitle would)
        title = f"{ref.title}: {ref.volume_title}" if ref.title and ref.volume_title else ref.title or ref.volume_title
        lines += [("TI", title), ("ST", ref.title_short), ("T2", ref.container_title)]
        lines += [("J2", ref.container_title_short), ("T3", ref.collection_title), ("ET", ref.edition)]
        lines += [("VL", ref.volume), ("NV", ref.number_of_volumes), ("IS", ref.issue or ref.part)]
        lines.append(("SE", ref.chapter_number))  # RIS's section: where Zotero and EndNote put a chapter
        if ref.page:
            pages = re.split(r"\s*[–—-]\s*", ref.page, maxsplit=1)
            lines.append(("SP", pages[0]))
            if len(pages) > 1:
                lines.append(("EP", pages[1]))
        elif ref.number_of_pages:
            lines.append(("SP", ref.number_of_pages))  # (a book's SP is its number of pages, as Zotero reads it)
        lines += [("CY", ref.publisher_place), ("PB", ref.publisher)]
        if ref.issued:
            lines.append(("PY", str(ref.issued.start[0])))
            if len(ref.issued.start) > 1 or ref.issued.end:
                # (the last date as precise as printed: "1970-1972", "1965/03/03-1965/03/04")
                end = "-" + _ris_date(ref.issued.end) if ref.issued.end else ""
                lines.append(("DA", _ris_date(ref.issued.start) + end))
        lines += [("M3", ref.genre), ("N1", ref.note), ("LA", ref.language)]
        doi, url, read = where_online(ref)
        lines += [("DO", doi), ("UR", url), ("Y2", _ris_date(read.start) if read else "")]  # (Y2: the day read)
        out.extend(f"{tag}  - {_one_line(value)}" for tag, value in lines if value)
        out.append("ER  - ")
        out.append("")
    return "\n".join(out)
