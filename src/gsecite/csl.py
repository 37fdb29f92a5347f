"""Conversion between the record model and CSL-JSON, in one place.

>>> from gsecite.model import Date, Name, Reference
>>> item = to_csl(Reference(id="kalinin1960izbrannye", type="book", title="Izbrannye proizvedeniia",
...                         author=(Name("Kalinin", "M. I."),), issued=Date((1960,))))
>>> item["author"], item["issued"]
([{'family': 'Kalinin', 'given': 'M. I.'}], {'date-parts': [[1960]]})
>>> from_csl(item) == from_csl(to_csl(from_csl(item)))
True
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .model import (
    ORIGIN_BIBLIOGRAPHY,
    REFERENCE_FIELDS,
    Citation,
    CrossReference,
    Date,
    Document,
    Name,
    Reference,
    Span,
)

NAME_FIELDS = frozenset({"author", "editor", "container_author"})
# The item types CSL-JSON 1.0.2 allows (its schema's enumeration): any other is no valid item.
CSL_TYPES = frozenset({
    "article", "article-journal", "article-magazine", "article-newspaper", "bill", "book", "broadcast", "chapter",
    "classic", "collection", "dataset", "document", "entry", "entry-dictionary", "entry-encyclopedia", "event",
    "figure", "graphic", "hearing", "interview", "legal_case", "legislation", "manuscript", "map", "motion_picture",
    "musical_score", "pamphlet", "paper-conference", "patent", "performance", "periodical",
    "personal_communication", "post", "post-weblog", "regulation", "report", "review", "review-book", "software",
    "song", "speech", "standard", "thesis", "treaty", "webpage",
})


def csl_key(field_name: str) -> str:
    """``container_title`` → ``container-title``."""
    return field_name.replace("_", "-")


def name_to_csl(name: Name) -> dict[str, str]:
    if name.literal:
        return {"literal": name.literal}
    out = {"family": name.family}
    if name.given:
        out["given"] = name.given
    return out


def name_from_csl(value: Any) -> Name:
    if isinstance(value, str):
        return Name(literal=value)
    if not isinstance(value, Mapping):
        raise ValueError(f"a name must be an object, not {type(value).__name__}")
    if value.get("literal"):
        return Name(literal=str(value["literal"]))
    return Name(family=str(value.get("family", "")), given=str(value.get("given", "")))


def date_to_csl(date: Date) -> dict[str, Any]:
    parts: list[list[int | str]] = [list(date.start)]
    if date.end:
        parts.append(list(date.end))
    out: dict[str, Any] = {"date-parts": parts}
    if date.open_end:
        # CSL has no open range; the printed form keeps what date-parts cannot say.
        out["literal"] = f"{date.start[0]}–"
    return out


def date_from_csl(value: Any) -> Date | None:
    if not isinstance(value, Mapping):
        raise ValueError("a date must be an object with date-parts")
    parts = value.get("date-parts") or []
    clean = [tuple(int(p) for p in part if str(p).strip().lstrip("-").isdigit()) for part in parts]
    clean = [part for part in clean if part]
    literal = str(value.get("literal", ""))
    if not clean:
        digits = [int(tok) for tok in literal.replace("–", " ").replace("-", " ").split() if tok.isdigit()]
        if not digits:
            return None
        clean = [(digits[0],)]
    open_end = literal.endswith(("–", "-")) and len(clean) == 1
    return Date(clean[0], clean[1] if len(clean) > 1 and clean[1] != clean[0] else None, open_end)


def where_online(ref: Reference) -> tuple[str, str, Date | None]:
    """A record's DOI, URL and the day its page was read (CSL variables the model keeps in ``extra``).

    >>> where_online(Reference(id="x", type="book", extra=(("DOI", "10.1/x"), ("accessed", {"date-parts": [[2015]]}))))
    ('10.1/x', '', Date(start=(2015,), end=None, open_end=False))
    """
    online = dict(ref.extra)
    accessed = online.get("accessed")
    return (str(online.get("DOI", "")), str(online.get("URL", "")),
            date_from_csl(accessed) if isinstance(accessed, dict) else None)


def to_csl(ref: Reference) -> dict[str, Any]:
    """A CSL-JSON item (CSL 1.0.2) for a reference, with ``custom`` bookkeeping."""
    item: dict[str, Any] = {"id": ref.id, "type": ref.type}
    for name in REFERENCE_FIELDS:
        if name == "type":
            continue
        value = getattr(ref, name)
        if not value:
            continue
        if name in NAME_FIELDS:
            item[csl_key(name)] = [name_to_csl(n) for n in value]
        elif name == "issued":
            item["issued"] = date_to_csl(value)
        else:
            item[csl_key(name)] = value
    for key, value in ref.extra:
        item.setdefault(key, value)
    custom: dict[str, Any] = {"origin": ref.origin}
    if ref.raw:
        custom["raw"] = ref.raw
    if ref.span is not None:
        custom["start"], custom["end"] = ref.span.start, ref.span.end
    custom.update(dict(ref.custom))
    item["custom"] = custom
    return item


_CUSTOM_MODEL_KEYS = frozenset({"origin", "raw", "start", "end"})


def from_csl(item: Mapping[str, Any]) -> Reference:
    """A reference from a CSL-JSON item; unknown variables are kept in ``extra``.

    Raises ValueError when the item is not an object with a string ``type``.
    """
    if not isinstance(item, Mapping):
        raise ValueError("a CSL item must be a JSON object")
    if not isinstance(item.get("type", ""), str):
        raise ValueError("the type of a CSL item must be a string")
    values: dict[str, Any] = {}
    extra: list[tuple[str, object]] = []
    known = {csl_key(n): n for n in REFERENCE_FIELDS}
    for key, value in item.items():
        if key in ("id", "custom"):
            continue
        name = known.get(key)
        if name is None:
            extra.append((key, value))
        elif name in NAME_FIELDS:
            if not isinstance(value, list):
                raise ValueError(f"{key} must be a list of names")
            values[name] = tuple(name_from_csl(v) for v in value)
        elif name == "issued":
            values[name] = date_from_csl(value)
        else:
            values[name] = str(value)
    custom = item.get("custom") if isinstance(item.get("custom"), Mapping) else {}
    span = None
    if isinstance(custom.get("start"), int) and isinstance(custom.get("end"), int):
        span = Span(custom["start"], custom["end"])
    return Reference(
        id=str(item.get("id", "")),
        raw=str(custom.get("raw", "")),
        span=span,
        origin=str(custom.get("origin", ORIGIN_BIBLIOGRAPHY)),
        extra=tuple(extra),
        custom=tuple((k, v) for k, v in custom.items() if k not in _CUSTOM_MODEL_KEYS),
        **{"type": "document", **values},
    )


def citation_to_json(citation: Citation) -> dict[str, Any]:
    return {
        "reference": citation.reference,
        "locator": citation.locator,
        "label": citation.label,
        "text": citation.text,
        "start": citation.span.start,
        "end": citation.span.end,
    }


def cross_reference_to_json(xref: CrossReference) -> dict[str, Any]:
    return {"target": xref.target, "start": xref.span.start, "end": xref.span.end}


def document_to_json(doc: Document) -> dict[str, Any]:
    """The document JSON of CONVENTIONS.md: source, references, citations, cross_references."""
    return {
        "source": {"path": doc.path, "title": doc.title},
        "references": [to_csl(ref) for ref in doc.references],
        "citations": [citation_to_json(c) for c in doc.citations],
        "cross_references": [cross_reference_to_json(x) for x in doc.cross_references],
    }
