"""BibTeX/biblatex through bibtexparser v2: writing records, and reading .bib files back.

Values are escaped here, not by bibtexparser (its writer leaves ``&`` and ``%``
raw, and its LaTeX middleware turns ``’`` into ``{\\textquoteright}``): the
ten LaTeX specials are escaped, braces included, so no title can unbalance the
file; capitalized words of non-English titles are braced so that BibTeX styles
keep their case. ``decode_latex`` undoes exactly this, so a record survives a
write and a read.

>>> from gsecite.model import Date, Name, Reference
>>> ref = Reference(id="x", type="book", title="Soiuz & SSSR", author=(Name("Lenin", "V. I."),),
...                 issued=Date((1970,), (1972,)), language="ru")
>>> print(write_bibtex([ref]))
@book{lenin1970soiuz,
  author = {Lenin, V. I.},
  title = {{Soiuz} \\& {SSSR}},
  date = {1970/1972},
  langid = {russian},
}
<BLANKLINE>
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

import bibtexparser
from bibtexparser.model import Entry, Field

from ..csl import date_to_csl, where_online
from ..keys import reference_key, unique_keys
from ..model import Date, Name, Problem, Reference, Span
from ..tables import alternation, load_tables, read_table

ENTRY_TYPES = {
    "book": "book",
    "chapter": "inbook",
    "article-journal": "article",
    "article-newspaper": "article",
    "article-magazine": "article",
    "thesis": "thesis",
    "entry-encyclopedia": "inreference",
    "document": "misc",
}
CSL_TYPES = {
    "book": "book", "mvbook": "book", "collection": "book", "mvcollection": "book", "incollection": "chapter",
    "inbook": "chapter", "bookinbook": "chapter", "article": "article-journal", "thesis": "thesis",
    "phdthesis": "thesis", "mastersthesis": "thesis", "inreference": "entry-encyclopedia", "misc": "document",
    "report": "report", "online": "webpage", "inproceedings": "paper-conference", "proceedings": "book",
}


@dataclass(frozen=True)
class _Latex:
    specials: MappingProxyType
    accents: MappingProxyType
    symbols: MappingProxyType
    langid: MappingProxyType
    special: re.Pattern
    command: re.Pattern


@lru_cache(maxsize=1)
def latex() -> _Latex:
    data = read_table("latex.json")
    return _Latex(
        specials=MappingProxyType(data["specials"]),
        accents=MappingProxyType(data["accents"]),
        symbols=MappingProxyType(data["symbols"]),
        langid=MappingProxyType(data["langid"]),
        special=re.compile("[" + re.escape("".join(data["specials"])) + "]"),
        command=re.compile(r"\\(textbackslash|textasciitilde|textasciicircum|ldots|textdegree|S|ss|i|j|ae|AE|o|O|oe|OE"
                           r"|l|L|dj|textperiodcentered|textquoteright|textquoteleft)\{\}|\\([{}%&#_$])"),
    )


def _ascii(text: str, table: _Latex) -> str:
    """Non-ASCII letters as LaTeX commands (``ü`` → ``{\\"u}``) for classic 8-bit BibTeX."""
    out = []
    for ch in text:
        if ch.isascii():
            out.append(ch)
        elif ch in table.symbols:
            out.append(table.symbols[ch])
        else:
            decomposed = unicodedata.normalize("NFD", ch)
            base, marks = decomposed[0], decomposed[1:]
            if base.isascii() and marks and all(m in table.accents for m in marks):
                for mark in marks:
                    base = f"\\{table.accents[mark]}{{{base}}}"
                out.append("{" + base + "}")
            else:
                out.append("?")
    return "".join(out)


def escape_latex(text: str, *, ascii_only: bool = False, protect: bool = False) -> str:
    """A value safe inside ``{…}``: specials escaped; capitalized words braced when ``protect``.

    >>> escape_latex("50% of {x} & y_1")
    '50\\\\% of \\\\{x\\\\} \\\\& y\\\\_1'
    >>> escape_latex("Istoriia SSSR", protect=True)
    '{Istoriia} {SSSR}'
    >>> escape_latex("Abdüqadïrov", ascii_only=True)
    'Abd{\\\\"{u}}qad{\\\\"{i}}rov'
    """
    table = latex()
    text = " ".join(text.split())
    escaped = table.special.sub(lambda m: table.specials[m.group(0)], text)
    # TeX ligatures: "--" would print as a dash, "``" and "''" as quotes; "-{}-" prints two hyphens.
    escaped = _LIGATURE.sub(r"\1{}", escaped)
    if protect:
        escaped = " ".join(
            "{" + word + "}" if any(ch.isupper() for ch in word) else word for word in escaped.split(" ")
        )
    return _ascii(escaped, table) if ascii_only else escaped


_LIGATURE = re.compile(r"([-`'])(?=\1)")
_ACCENT_COMMAND = re.compile(r"\{?\\([`'^~=u.\"rHvckdb])\s*\{?\s*(\\?[A-Za-z])\s*\}?\}?")
_SYMBOL_COMMANDS = {
    "textbackslash": "\\", "textasciitilde": "~", "textasciicircum": "^", "ldots": "…", "textdegree": "°",
    "S": "§", "ss": "ß", "i": "ı", "j": "ȷ", "ae": "æ", "AE": "Æ", "o": "ø", "O": "Ø", "oe": "œ", "OE": "Œ",
    "l": "ł", "L": "Ł", "dj": "đ", "textperiodcentered": "·", "textquoteright": "’", "textquoteleft": "‘",
}


def decode_latex(value: str) -> str:
    """A BibTeX value as plain Unicode: escapes undone, protecting braces dropped.

    >>> decode_latex("{Soiuz} \\\\& {SSSR} \\\\{x\\\\} 50\\\\%")
    'Soiuz & SSSR {x} 50%'
    >>> decode_latex('Abd{\\\\"u}qad{\\\\"\\\\i}rov')
    'Abdüqadïrov'
    """
    table = latex()
    accents = {v: k for k, v in table.accents.items()}

    def accent(m: re.Match) -> str:
        base = "i" if m.group(2) in ("\\i", "i") else m.group(2).lstrip("\\")
        return unicodedata.normalize("NFC", base + accents[m.group(1)])

    out = []
    i = 0
    # Undo escapes first, marking literal braces so that bare (protecting) braces can be dropped.
    value = _ACCENT_COMMAND.sub(accent, value)
    while i < len(value):
        m = table.command.match(value, i)
        if m:
            out.append(_SYMBOL_COMMANDS[m.group(1)] if m.group(1) else "\x00" + m.group(2))
            i = m.end()
            continue
        out.append(value[i])
        i += 1
    text = "".join(out)
    # Ligatures first, so that "-{}-" (two hyphens kept apart) is not read as a dash.
    for ascii_form, char in (("---", "—"), ("--", "–"), ("``", "“"), ("''", "”")):
        text = text.replace(ascii_form, char)
    text = re.sub(r"(?<!\x00)[{}]", "", text).replace("\x00", "")
    return " ".join(text.split())


def _names(names: tuple[Name, ...], ascii_only: bool) -> str:
    out = []
    for name in names:
        if name.literal:
            out.append("{" + escape_latex(name.literal, ascii_only=ascii_only) + "}")
            continue
        family = escape_latex(name.family, ascii_only=ascii_only)
        if " and " in family or "," in family or " " in family:
            family = "{" + family + "}"
        given = escape_latex(name.given, ascii_only=ascii_only)
        if suffix := _suffixes()[0].search(given):
            # BibTeX prints a generation's suffix between the family and the given names: "Smith, Jr., J."
            given = f"{suffix.group(1)}, {given[: suffix.start()]}"
        out.append(f"{family}, {given}" if given else family)
    return " and ".join(out)


@lru_cache(maxsize=1)
def _suffixes() -> tuple[re.Pattern, re.Pattern]:
    """A generation's suffix as the record keeps it, after the given names ("J., Jr."), and as BibTeX prints
    it, before them ("Jr., J.")."""
    suffixes = alternation(list(load_tables().generation_suffixes))
    return re.compile(rf",\s({suffixes})$"), re.compile(rf"^\s*({suffixes}),\s")


def _date(date: Date) -> str:
    def one(parts: tuple[int, ...]) -> str:
        return "-".join(f"{p:04d}" if i == 0 else f"{p:02d}" for i, p in enumerate(parts))

    if date.end:
        return f"{one(date.start)}/{one(date.end)}"
    return one(date.start) + ("/" if date.open_end else "")


def _fields(ref: Reference, ascii_only: bool) -> list[tuple[str, str]]:
    protect = ref.language not in ("en", "")
    english_or_unknown = {"protect": protect, "ascii_only": ascii_only}
    plain = {"ascii_only": ascii_only}
    container_key = "journaltitle" if ref.type.startswith("article") else "booktitle"
    fields: list[tuple[str, str]] = []

    def add(key: str, value: str) -> None:
        if value:
            fields.append((key, value))

    add("author", _names(ref.author, ascii_only))
    add("editor", _names(ref.editor, ascii_only))
    add("bookauthor", _names(ref.container_author, ascii_only))
    if ref.volume_title and not ref.container_title:
        # biblatex names a volume's own title "title" and the whole work's "maintitle"
        add("maintitle", escape_latex(ref.title, **english_or_unknown))
        add("title", escape_latex(ref.volume_title, **english_or_unknown))
    else:
        add("title", escape_latex(ref.title, **english_or_unknown))
    add("shorttitle", escape_latex(ref.title_short, **english_or_unknown))
    add(container_key, escape_latex(ref.container_title, **english_or_unknown))
    if ref.type.startswith("article"):
        add("shortjournal", escape_latex(ref.container_title_short, **english_or_unknown))
    elif ref.volume_title and ref.container_title:
        add("booksubtitle", escape_latex(ref.volume_title, **english_or_unknown))  # the volume the work is in
    add("series", escape_latex(ref.collection_title, **english_or_unknown))
    add("edition", escape_latex(ref.edition, **plain))
    # biblatex's volume is an integer: a range of volumes ("vols. 1–10") goes to the note,
    # where read_bibtex finds it again.
    volume_note = ""
    if ref.volume.isdigit():
        add("volume", ref.volume)
    elif ref.volume:
        volume_note = f"vols. {ref.volume}"
    add("volumes", escape_latex(ref.number_of_volumes, **plain))
    if ref.type.startswith("article"):
        add("issue", escape_latex(f"part {ref.part}" if ref.part else "", **plain))
    else:
        add("part", escape_latex(ref.part, **plain))
    add("chapter", escape_latex(ref.chapter_number, **plain))
    add("number", escape_latex(ref.issue, **plain))
    add("pages", escape_latex(ref.page, **plain).replace("–", "--"))  # (after escaping: "--" is the range here)
    add("pagetotal", escape_latex(ref.number_of_pages, **plain))
    add("location", escape_latex(ref.publisher_place, **plain))
    add("publisher", escape_latex(ref.publisher, **plain))
    if ref.issued:
        add("date", _date(ref.issued))
    add("type", escape_latex(ref.genre, **plain))
    if ref.type == "article-newspaper":
        add("entrysubtype", "newspaper")
    add("note", escape_latex("; ".join(x for x in (volume_note, ref.note) if x), **plain))
    add("langid", latex().langid.get(ref.language.split("-")[0], ""))
    doi, url, read = where_online(ref)
    add("doi", doi)  # (biblatex's doi and url are verbatim fields: no escaping)
    add("url", url)
    if read:
        add("urldate", _date(read))
    return fields


def write_bibtex(references: Sequence[Reference], *, ascii_only: bool = False) -> str:
    """A .bib file (biblatex conventions) of the references, keys unique within it."""
    keys = unique_keys(reference_key(r) for r in references)
    library = bibtexparser.Library()
    for ref, key in zip(references, keys, strict=True):
        entry = Entry(ENTRY_TYPES.get(ref.type, "misc"), key, [Field(k, v) for k, v in _fields(ref, ascii_only)])
        library.add(entry)
    layout = bibtexparser.BibtexFormat()
    layout.indent = "  "
    layout.block_separator = "\n"
    layout.trailing_comma = True
    return bibtexparser.write_string(library, bibtex_format=layout).lstrip("\n")


def _top_level_comma(text: str) -> int:
    """Where ``Family, Given`` splits: the first comma outside braces (and not escaped), or -1."""
    depth = 0
    previous = ""
    for i, ch in enumerate(text):
        if ch == "{" and previous != "\\":
            depth += 1
        elif ch == "}" and previous != "\\":
            depth -= 1
        elif ch == "," and depth == 0:
            return i
        previous = ch
    return -1


def _split_names(value: str) -> tuple[Name, ...]:
    names = []
    for part in re.split(r"\s+and\s+(?![^{}]*\})", value.strip()):
        part = part.strip()
        if not part:
            continue
        if part.startswith("{") and part.endswith("}") and "," not in part:
            names.append(Name(literal=decode_latex(part)))
        elif (comma := _top_level_comma(part)) >= 0:
            given = decode_latex(part[comma + 1 :])
            if suffix := _suffixes()[1].match(given):
                given = f"{given[suffix.end() :].strip()}, {suffix.group(1)}"  # "Smith, Jr., J."
            names.append(Name(family=decode_latex(part[:comma]), given=given))
        else:
            words = decode_latex(part).split()
            if len(words) > 1:
                names.append(Name(family=words[-1], given=" ".join(words[:-1])))
            else:
                names.append(Name(literal=words[0]))
    return tuple(names)


def _parse_date(value: str) -> Date | None:
    def one(text: str) -> tuple[int, ...]:
        return tuple(int(x) for x in text.split("-") if x.strip().isdigit())

    value = value.strip()
    if not value:
        return None
    start, slash, end = value.partition("/")
    first = one(start)
    if not first:
        return None
    last = one(end) if end else ()
    return Date(first, last or None, bool(slash) and not end)


def entry_to_reference(entry: Entry) -> Reference:
    """A record from a parsed BibTeX entry (biblatex or classic BibTeX field names)."""
    f = {field.key.lower(): str(field.value) for field in entry.fields}
    entry_type = entry.entry_type.lower()
    csl_type = CSL_TYPES.get(entry_type, "document")
    if entry_type == "article" and f.get("entrysubtype", "").lower() == "newspaper":
        csl_type = "article-newspaper"
    language = {v: k for k, v in latex().langid.items()}.get(f.get("langid", f.get("language", "")).lower(), "")
    issued = _parse_date(f["date"]) if "date" in f else None
    if issued is None and f.get("year", "").strip().isdigit():
        issued = Date((int(f["year"]),))
    text = {k: decode_latex(v) for k, v in f.items() if k not in ("author", "editor", "bookauthor")}
    note = text.get("note", "")
    volumes = re.match(r"vols\. ([^;]+)(?:;\s*|$)", note)
    if volumes and "volume" not in text:
        text["volume"], note = volumes.group(1), note[volumes.end() :]
    part = re.fullmatch(r"part (.+)", text.get("issue", ""))
    if part and "part" not in text:
        text["part"] = part.group(1)
    return Reference(
        id=entry.key,
        type=csl_type,
        author=_split_names(f.get("author", "")),
        editor=_split_names(f.get("editor", "")),
        container_author=_split_names(f.get("bookauthor", "")),
        title=text.get("maintitle") or text.get("title", ""),
        title_short=text.get("shorttitle", ""),
        volume_title=text.get("title", "") if "maintitle" in text else text.get("booksubtitle", ""),
        container_title=text.get("journaltitle") or text.get("journal") or text.get("booktitle", ""),
        container_title_short=text.get("shortjournal", ""),
        collection_title=text.get("series", ""),
        edition=text.get("edition", ""),
        volume=text.get("volume", ""),
        number_of_volumes=text.get("volumes", ""),
        part=text.get("part", ""),
        chapter_number=text.get("chapter", ""),
        issue=text.get("number", ""),
        page=text.get("pages", ""),
        number_of_pages=text.get("pagetotal", ""),
        publisher_place=text.get("location") or text.get("address", ""),
        publisher=text.get("publisher", ""),
        issued=issued,
        note=note,
        genre=text.get("type", ""),
        language=language,
        extra=_online(f),
    )


def _online(f: dict[str, str]) -> tuple[tuple[str, object], ...]:
    """Where a BibTeX entry's work is online, as CSL variables: its DOI, URL and the day its page was read."""
    found: list[tuple[str, object]] = [
        (csl, f[key].strip()) for key, csl in (("doi", "DOI"), ("url", "URL")) if f.get(key, "").strip()
    ]
    if (read := _parse_date(f.get("urldate", ""))) is not None:
        found.append(("accessed", date_to_csl(read)))
    return tuple(found)


@contextmanager
def _bibtexparser_quiet() -> Iterator[None]:
    """bibtexparser's own warnings held back while it parses: each failed block is reported as a problem."""
    logger = logging.getLogger("bibtexparser.splitter")  # (the part that reports a block it gave up on)
    disabled, logger.disabled = logger.disabled, True
    try:
        yield
    finally:
        logger.disabled = disabled


def read_bibtex(text: str, path: str = "-") -> tuple[list[Reference], list[Problem]]:
    """Records of a .bib file; each block bibtexparser could not parse is a problem, the rest are read.

    >>> refs, problems = read_bibtex("@book{a, title={A}}\\n@book{b, title={B}")
    >>> [r.title for r in refs], [p.message for p in problems]
    (['A'], ['line 2: a block that could not be read (Unexpectedly reached end of file.)'])
    """
    with _bibtexparser_quiet():
        library = bibtexparser.parse_string(text)
    problems = []
    for block in library.failed_blocks:
        start = block.start_line if block.start_line is not None else 0
        offset = sum(len(line) + 1 for line in text.split("\n")[:start])
        reason = getattr(block.error, "abort_reason", "") or str(block.error) or type(block.error).__name__
        problems.append(Problem(Span(offset, offset), f"line {start + 1}: a block that could not be read ({reason})"))
    refs = []
    for entry in library.entries:
        try:
            refs.append(entry_to_reference(entry))
        except (ValueError, KeyError) as error:
            problems.append(Problem(Span(0, 0), f"entry {entry.key}: {error}"))
    return refs, problems
