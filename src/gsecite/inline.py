"""Inline sources and cross-references in the running text of an article.

A parenthesis in a body paragraph is split into parts at ``;``; a part is a
cross-reference (``see HEGEMONY OF THE PROLETARIAT``), a citation (it names a
page, ``ibid.``, or a volume of collected works), or neither (``(1918–1920)``,
``(self-designation, Udee)``, ``(see Table 1)``). A citation part is parsed
into what it prints of its work (authors, title, container, edition, volume)
and its locator; :mod:`gsecite.resolve` then ties it to a reference.

>>> cites, xrefs = find_inline("The peasants (K. Marx, in K. Marx and F. Engels, Soch., 2nd ed., vol. 8, p. 211).")
>>> c = cites[0]
>>> (c.text, c.locator, c.label, c.work.author[0].family, c.work.container_title, c.work.volume)
('K. Marx, in K. Marx and F. Engels, Soch., 2nd ed., vol. 8, p. 211', '211', 'page', 'Marx', 'Sochineniia', '8')
>>> find_inline("Socialist ideology took hold (seeOPPOSITION BETWEEN CITY AND COUNTRYSIDE).")[1][0].target
'OPPOSITION BETWEEN CITY AND COUNTRYSIDE'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .dictionary import names_alone
from .model import CrossReference, Date, Name, Span
from .names import normalize_given, parse_name_list
from .normalize import (
    edition_number,
    expand_abbreviations,
    journal_name_without_final_period,
    mend_apparatus,
    names_collected_works,
    parse_date,
    parse_year_range,
    strip_final_period,
)
from .patterns import (
    CITED_FAMILIES,
    DASH,
    FAMILY,
    INITIALS,
    LETTER,
    LOWER,
    LOWERCASE_WORD,
    SIGNS,
    UPPER,
    YEAR,
    YEAR_RANGE,
    family_after_given,
    is_known_place,
    tail_search,
)
from .tables import Tables, alternation, load_tables

NUMBER = rf"[\dIVXLC]+(?:\s?[{DASH}]\s?[\dIVXLC]+)?"
# Between the targets of one cross-reference: "see A; B" or "see A and B".
_TARGET_SEPARATOR = re.compile(r"\s*;\s*(?:and\s+)?|,?\s+and\s+(?=[A-Z])")
_SERIES_SEPARATOR = re.compile(r"\s*;\s*(?:and\s+)?|,?\s+and\s+(?=[A-Z])|,\s+(?=[A-Z]{2})")
_LEADING_THE = re.compile(r"^the\s+")
_NAME_SEPARATOR = re.compile(r",\s(?:and\s)?|\sand\s")
_FAMILY_ONLY = re.compile(FAMILY)
_INVERTED_NAME = re.compile(rf"({FAMILY}),\s({INITIALS})")  # "Lenin, V. I.", as a bibliography prints it


@dataclass(frozen=True, slots=True)
class CitedWork:
    """What a citation prints (or the conventions imply) about the work it cites."""

    author: tuple[Name, ...] = ()
    container_author: tuple[Name, ...] = ()
    editor: tuple[Name, ...] = ()
    title: str = ""
    title_short: str = ""
    container_title: str = ""
    container_title_short: str = ""
    edition: str = ""
    volume: str = ""
    part: str = ""
    issue: str = ""
    issued: Date | None = None
    publisher_place: str = ""
    # The name is a periodical's: an issue or a day is printed, or a year right after the name and a
    # volume after it ("Astronomicheskii zhurnal, 1956, vol. 33"), where a book prints its place.
    periodical: bool = False

    def is_empty(self) -> bool:
        # (an author known by one name is a work too: "Herodotus, IV, 17" cites his one work by book and chapter)
        return not (self.title or self.container_title or any(name.literal for name in self.author))


@dataclass(frozen=True, slots=True)
class InlineCitation:
    """One source part of a parenthesis, before it is tied to a reference."""

    text: str
    span: Span
    locator: str = ""
    label: str = "page"
    ibid: bool = False
    work: CitedWork | None = None  # for ibid: only what it changes (a new volume)
    by_previous_author: bool = False  # "see also his O literature": by the author of the citation before
    # "V. G. Belinskii called him “…” (Poln. sobr. soch., vol. 7, p. 135)": who the sentence says is speaking
    speaker: tuple[Name, ...] = ()
    # "op. cit." (not "ibid."): a work cited before by the author it names, however many citations ago
    op_cit: bool = False


@dataclass(frozen=True)
class _Patterns:
    tables: Tables
    lowercase_places: frozenset[str]
    xref: re.Pattern
    xref_sentence: re.Pattern
    locator: re.Pattern
    lead: re.Pattern
    periodical_kind: re.Pattern
    work_by: re.Pattern
    issue_after_a_name: re.Pattern
    in_collection: re.Pattern
    ibid: re.Pattern
    names_in_names: re.Pattern
    title_in_names: re.Pattern
    year_in_names: re.Pattern
    classic: re.Pattern
    unknown_work: re.Pattern
    names_head: re.Pattern
    speaker: re.Pattern
    editor_mark: re.Pattern
    edited_by: re.Pattern
    inverted_head: re.Pattern
    family_head: re.Pattern
    family_before_title: re.Pattern
    quoted: re.Pattern
    edition: re.Pattern
    volume: re.Pattern
    roman_volume: re.Pattern
    part: re.Pattern
    issue: re.Pattern
    day: re.Pattern
    dated: re.Pattern
    month_and_year: re.Pattern
    year: re.Pattern
    signals: tuple[tuple[tuple[str, ...], re.Pattern], ...]
    continuation: re.Pattern


LABELS = {"p": "page", "pp": "page", "page": "page", "pages": "page",
          "col": "column", "cols": "column", "sec": "section", "§": "section",
          "n": "note", "note": "note", "notes": "note", "chap": "chapter", "ch": "chapter", "line": "line",
          "lines": "line", "art": "article-locator", "arts": "article-locator",  # (CSL 1.0.2's term: "art. 346")
          "fol": "folio", "fols": "folio",
          "S": "page", "s": "page"}  # (German Seite, Russian stranitsa: "Tübingen, 1902, S. 25")


# What a parenthesis sends the reader to a source or an article for, before "see": "for details, ",
# "for more detail, ", "for a list of works, ", "on this question, "
_LEAD_IN = r"(?:[Ff]or|[Oo]n|[Ii]n)\s+[^,;()\n]{1,40}?,?\s+(?=see\b)"


@lru_cache(maxsize=1)
def patterns() -> _Patterns:
    t = load_tables()
    # (a particle before the family name too: "J. von Neumann", "L. de Broglie")
    family = family_after_given(alternation(list(t.name_particles)))
    names = rf"{INITIALS}\s?{family}(?:(?:,\s(?:and\s)?|\sand\s){INITIALS}\s?{family})*"
    # "Marx and Engels": family names alone, taken as names only before "in" or collected works.
    families = rf"{FAMILY}(?:(?:,\s(?:and\s)?|\sand\s){FAMILY})*"
    collected = alternation(list(t.collected_works))
    ibid = alternation(list(t.ibid))
    # Whose work an ibid. or op. cit. names with the initials: "K. Marx", "Lenin, V. I." (inverted as in a
    # bibliography); or by family names alone ("Marx", "Marx and Engels, ibid.", "Marx and Engels, op. cit.")
    named = rf"{names}|{FAMILY},\s{INITIALS}"
    months = alternation([month.rstrip(".") for month in t.months])
    who, judging = rf"{names}|{families}", alternation(list(t.judging_verbs))  # (who says what a parenthesis cites)
    return _Patterns(
        tables=t,
        # "see X", "see also X", "for details, see X", "for more detail, see X", "see the article X", "see under X"
        # (a sentence of its own in the parenthesis: "(See also SOCIALIST REALISM.)")
        xref=re.compile(
            # (the headword the reader is sent to look under: "see under NITRIC ACID")
            rf"^(?:{_LEAD_IN})?[Ss]ee(?:\s+also)?:?\s*(?:the\s+articles?\s+|under\s+)?"
            # (a headword may begin with years: "see 1905–07 REVOLUTION"; a name with its initials: "see V. I. LENIN")
            rf"(?=[{UPPER}]{{2}}|[{UPPER}][’'-][{UPPER}]|\d(?:\d|[{DASH}])*\s[{UPPER}]{{2}}|(?:[{UPPER}]\.\s?)+[{UPPER}]{{2}})"
            r"(.+)$",
            re.S,
        ),
        # "… of nature. See also MATERIALIST DIALECTICS.": a sentence of its own, outside any parenthesis; the
        # targets in capitals, joined by "and" or a semicolon ("LOMONOSOV, M. V." keeps its initials)
        xref_sentence=re.compile(
            # (or to their references: "See also references under DIALECTICAL MATERIALISM.")
            rf"(?:^|(?<=\n)|(?<=[.!?]\s))See(?:\s+also)?:?\s+"
            r"(?:the\s+)?(?:(?:references|bibliography|literature)\s+(?:under|to|for|in|with)\s+(?:the\s+)?)?"
            r"(?:articles?\s+)?"
            # (a target wrapped onto the next line goes on there: "STATE OF THE" / "WHOLE PEOPLE")
            rf"((?:[{UPPER}](?:[{UPPER}0-9 ,’'-]|\n(?=[{UPPER}])|,?\s(?:and|AND)\s|;\s(?:and\s)?"
            rf"|(?<=[ ,][{UPPER}])\.)*)+)"
            r"(?=[.;]?(?:\s|$))"
        ),
        locator=re.compile(
            # (a label as a word of its own: the "art" of "part 1" is none)
            # (a preface's pages in lowercase Roman numerals: "pp. iv–vi"; an archive's folios: "fol. 12")
            r",?\s*(?<![A-Za-z])(pages?|pp?|cols?|sec|§|chap|ch|lines?|notes?|arts?|fols?|[Ss](?=\.))\.?\s?"
            r"((?:\d+[a-z]?|[ivxlc]+\b)(?:\s?[–—-]\s?(?:\d+|[ivxlc]+\b))?(?:(?:,\s?|\sand\s)\d+(?:\s?[–—-]\s?\d+)?)*)"
            # the pages after it, "p. 203 ff.", "pp. 20 et seq." (the locator is the first); a note on the page:
            # "p. 607 n", "p. 7, note 2"; a remark on the quotation: "p. 386, emphasis added"
            r"(?:\s?(?:ff?|et\sseq)\.?)?(?:,?\s?(?:n|note|footnote)\.?(?:\s?\d+)?)?"
            # (or where in the work the quotation is: "p. 146, letter to P. A. Viazemskii")
            rf"(?:,\s(?:{alternation(list(t.citation_remarks))}"
            rf"|(?:{alternation(list(t.citation_remark_openings))})\s[^()]{{1,60}}?))?\s*\.?\s*$"
        ),
        lead=re.compile(
            # (a part that is only "see also" before its page: "see also pp. 13–14")
            # ("for a list of works, see …": what the reader is sent for, then "see")
            rf"^(?:{_LEAD_IN}see(?:\s+also)?:?\s+"
            r"|see\s+also(?::?\s+|$)|see(?:,\s+(?:for\s+example|e\.g\.),?)?:?\s+|cf\.:?\s+|e\.g\.,?\s+|also\s+"
            # (a Russian text's "see", read romanized: "sm. Marks K. …", "sm. takzhe …")
            r"|sm\.\s+(?:takzhe\s+)?"
            # (who is quoted is not whose work: "V. I. Lenin, quoted in K. Zetkin, Vospominaniia o Lenine, 1955")
            r"|for\s+example,?\s+|(?:[^,;()]{1,60}?,\s+)?(?:quoted|cited)\s+(?:in|from):?\s+"
            # "(in Poln. sobr. soch., …)": the works themselves; "in the collection …" is read later.
            r"|in\s+(?!the\s))(?:the\s+)?",
            re.I,
        ),
        # After a periodical's name: its year and number ("1977, no. 4"), or a day ("Dec. 22, 1971")
        issue_after_a_name=re.compile(
            rf"1[6-9]\d\d,\s(?:nos?\.|issues?|vyp\.)\s?\d|(?:{months})\.?\s\d{{1,2}},\s1[6-9]\d\d"
            rf"|1[6-9]\d\d,\s(?:{months})\.?\s\d{{1,2}}\b"  # (the year first: "1959, Sept. 8")
        ),
        # "see the journal Voprosy filosofii, 1977, no. 1": what the periodical is, before its name
        periodical_kind=re.compile(rf"^(?:the\s+)?(?:journal|newspaper|magazine)\s+(?=[{UPPER}“«])"),
        # "see the article by A. A. Petrov in Voprosy filosofii, 1970, no. 5": its author, then where it is
        work_by=re.compile(
            rf"^(?:the\s+|an?\s+)?(?:article|book|work|paper|study|monograph|report|speech)s?\s+by\s+({names})"
            # (a periodical after "in", or "in the collection …", which names a container, left to be read so)
            rf"(?:\s+in\s+(?=[{UPPER}“«]|the\s+(?:journal|newspaper|magazine)\s)|\s+(?=in\s+the\s)|,\s*)"
        ),
        # ("see the collection …" reaches here without its "see the")
        in_collection=re.compile(
            rf"^(?i:(?:in\s+the\s+)?(?:{alternation(list(t.container_kinds))})(?:\s+of\s+articles)?:?\s+)(?=[{UPPER}“«])"
        ),
        # "ibid.", "Marx, ibid.", "Lenin, V. I., ibid."
        ibid=re.compile(rf"^(?:({named}|{families}),\s*)?(?:{ibid})\.?(?:,\s*|\s+|$)"),
        names_in_names=re.compile(rf"^({names}|{families}),?\s+in\s+({names}|{families}),\s*"),
        title_in_names=re.compile(rf"^(.+?),?\s+in\s+({names}),\s*"),
        year_in_names=re.compile(rf"^(?:{YEAR_RANGE},\s*)?in\s+({names}),\s*"),
        # An ancient text cited by book, chapter and page: "Metaphysics, VII, 6, 1031c".
        classic=re.compile(
            rf"^(?:({alternation(list(t.single_names))}),\s)?"  # "Aristotle, Metaphysics, I, 2, 982b"
            r"([A-Z][a-z]+(?:\s[A-Za-z]+){0,3}),\s((?:[IVXLC]+)(?:,\s\d+){1,2}[a-z]?"
            # or Bekker's page, column and line of Aristotle alone ("Poetics, 1449b 24"): below 1500, no year
            r"|(?:1[0-4]|[1-9])?\d{1,2}[ab](?:\s?\d{1,2})?)$"
        ),
        # "Marx, op. cit.", "Lenin, V. I., op. cit.", "Lenin, op. cit., vol. 33"
        unknown_work=re.compile(rf"^(?:({named}|{families}),\s*)?(?:op\.\s?cit|loc\.\s?cit)\.?(?:,\s*|\s+|$)"),
        # (a period after the name, as a bibliography sets it, before collected works: "V. I. Lenin. Poln. sobr. soch.")
        # (and others not named: "V. G. Heptner et al., Mlekopitaiushchie …")
        names_head=re.compile(rf"^({names})(?:\set\sal\.)?(?:,\s*|\.\s+(?=(?:{collected})))"),
        # Who says what the parenthesis after it cites: a sentence begun by a name and a verb of saying or judging
        # ("V. G. Belinskii called him “…” (", "Lenin defined matter as “…” ("), the name after "as" or "According
        # to" ("as V. V. Stasov wrote, “…” (", "According to Chernyshevskii, …"), or after such a verb and "by"
        # right before it ("was praised by A. Blok (")
        speaker=re.compile(
            rf"^(?P<first>{who})\s(?:[a-z]+ly\s|also\s|later\s)?(?:{judging})\b"
            rf"|\b(?:[Aa]ccording\sto\s(?P<according>{who}),|as\s(?P<as>{who})\s(?:{judging})\b)"
            # (not another part in the work: "His works were edited by P. A. Lamm (see Poln. sobr. soch., …)")
            rf"|\b(?:{judging})\sby\s(?P<by>{who})\s*\($"
            # (or inserted in the quotation: "“In the epoch of imperialism,” Lenin wrote, “…”")
            rf"|[,!?][”\"]\s(?P<quoting>{who})\s(?:[a-z]+ly\s|also\s|later\s)?(?:{judging})\b"
            # (or the sentence's subject, the parenthesis right after the name: "Dobroliubov (Sobr. soch., …) agreed")
            rf"|^(?P<subject>{who})\s\($"
        ),
        # "M. G. Levin and L. P. Potapov, eds., Narody Sibiri": the names before were its editors'
        editor_mark=re.compile(rf"^(?:{alternation(list(t.editor_marks))})(?:,\s*|\s+(?=[{UPPER}“«]))"),
        # "Narody Sibiri, ed. by M. G. Levin": its editors after the title
        edited_by=re.compile(rf"^(?:[Ee]dited\sby|{alternation(list(t.editor_phrases))})\s({names})$"),
        # "Lenin, V. I., Poln. sobr. soch.": the name as a bibliography prints it.
        # …and its co-author as printed after it: "Marx, K., and F. Engels, Soch.", or inverted too:
        # "Marx, K. and Engels, F., Soch."
        inverted_head=re.compile(
            # (the initials end with a period, which may end the names too: "Lenin, V. I. Poln. sobr. soch.")
            # (or with a comma alone between the two: "Marx, K., Engels, F., Soch.")
            rf"^({FAMILY}),\s({INITIALS})(?:,?\sand\s(?:({INITIALS})\s?({FAMILY})|({FAMILY}),\s({INITIALS}))"
            rf"|,\s({FAMILY}),\s({INITIALS}))?"
            r"(?:,\s*|(?<=\.)\s+|\.\s+)"
        ),
        family_head=re.compile(rf"^({families}),\s*(?=(?:{collected}))"),
        # "Marx, Kapital, vol. 1": one capitalized word, then a title (checked: not a number part).
        family_before_title=re.compile(rf"^({FAMILY}),\s*(?=[{UPPER}“«])"),
        # (a closing quote has no letter after it: the ” of "s”ezdu" is the hard sign)
        quoted=re.compile(rf"^[“\"«](.+?)[,.]?[”\"»](?![{LETTER}]),?\s*"),
        # (or as a Russian text prints it: "5 izd.", "5-e izd.")
        edition=re.compile(r"^(\d+)(?:\s?(?:st|nd|rd|th|d)\s+ed\.?|(?:-e)?\s?izd\.?)$"),
        # (its period lost too: "vol 19"; in German, "Bd. 1", and Russian, "t. 1")
        volume=re.compile(rf"^(?:vols?|Bde?|t)\.?\s?({NUMBER})$"),
        roman_volume=re.compile(r"^[IVXLC]{2,}$"),
        part=re.compile(rf"^(?:part|book|pt\.|kn\.)\s({NUMBER})$"),
        issue=re.compile(rf"^(?:nos?\.|issues?|vyp\.|fasc\.)\s?({NUMBER}(?:\(\d+\))?)$"),
        day=re.compile(rf"^(?:{months})\.?\s\d{{1,2}}$"),
        # "Pravda (Feb. 2, 1925)": a newspaper's issue of a day, the newspaper named before the parenthesis
        dated=re.compile(rf"^(?:{months})\.?\s\d{{1,2}},\s1[6-9]\d\d$"),
        # "May 1901": a periodical's issue of a month
        month_and_year=re.compile(rf"^(?:{months})\.?\s1[6-9]\d\d$"),
        year=re.compile(rf"^\[?({YEAR_RANGE})\]?$"),
        # Signs that a part cites a source, tried on the lowercased part, each only when the part
        # holds one of its needles, if it has any (IGNORECASE and one alternation of all are twice as slow).
        signals=(
            # (a German or Russian page after a comma too: "Das Kapital, Bd. 1, S. 5")
            (("p.", "col", "ch.", "chap.", "sec.", "page", "art", ", s."),
             re.compile(r"\b(?:(?:pp?|cols?|chap|ch|sec|arts?)\.\s?|pages?\s)\d|,\ss\.\s?\d")),
            (("ibid", "same place"), re.compile(rf"\b(?:{alternation([form.lower() for form in t.ibid])})")),
            (("vol",), re.compile(rf"(?:{alternation([c.lower() for c in t.collected_works])}).*\bvols?\.?\s?\d")),
            # An author, a title and its volume: "Marx, Kapital, vol. 1", "K. Marx, Kapital, vol. 3"; or a title
            # of two words or more and its volume: "see also Sovetskaia istoricheskaia entsiklopediia, vol. 5"; its
            # part, city and year after it: "Zhizn’ zhivotnykh, vol. 4, part 1, 1971".
            (("vol",), re.compile(
                r"^(?:(?:[a-z]{1,2}\.\s)*[a-z’'-]{2,},\s[^,()]+|(?:see\s(?:also\s)?)?[a-z’'-]{3,}(?:\s[^\s,()]+)+)"
                r",\svols?\.\s?\d+[a-z]?(?:,\s(?:part|book)\s\d+)?(?:,\s[a-z-]+)?(?:,\s1[6-9]\d\d(?:[–-]\d{2,4})?)?$"
            )),
            # A periodical's issue: "Voprosy filosofii, 1965, no. 3", "Uspekhi fizicheskikh nauk, 1962, vol. 77,
            # issue 4"; "Pravda, Mar. 3, 1963".
            (("no.", "nos.", "issue"), re.compile(r"\b1[6-9]\d\d,\s(?:vol\.\s?\d+,\s)?(?:nos?\.|issues?)\s?\d")),
            # (or the issue, then its month or day: "Iskra, no. 4, May 1901")
            (("no.",), re.compile(rf"\bno\.\s?\d+,\s(?:{months.lower()})\.?\s(?:\d{{1,2}},\s)?1[6-9]\d\d\b")),
            # Anchored: one try at the start beats a substring test for each newspaper's name.
            # (its name in quotes too: "“Pravda,” Dec. 22, 1971"; or after an article's quoted title:
            # "L. I. Brezhnev, “Rech’,” Pravda, Feb. 25, 1976"; or after "see": "see Pravda, Apr. 22, 1970")
            ((), re.compile(
                rf"^(?:see\s(?:also\s)?|(?:quoted|cited)\s(?:in|from)\s)?(?:[^()]{{0,300}}?[”\"»],?\s)?[“\"«]?"
                rf"(?:{alternation([n.lower() for n in t.newspapers])}),[”\"»]?\s"
                rf"(?:1[6-9]\d\d,\s)?(?:{months.lower()})\.?\s\d"  # (the year first: "Pravda, 1959, Sept. 8")
            )),
            # What the sentence quotes from, named with its year: "quoted in Istoriia KPSS, 1970", "V. I. Lenin,
            # cited from K. Zetkin, Vospominaniia o Lenine, 1955"
            (("quoted", "cited"), re.compile(
                r"^(?:[^,;()]{1,60}?,\s)?(?:quoted|cited)\s(?:in|from):?\s(?!(?:the|a|an)\s)[^()]+,\s1[6-9]\d\d"
                r"(?:[–-]\d{2,4})?$"
            )),
        ),
        lowercase_places=frozenset(place.lower() for place in t.places),
        # "ibid., vol. 13, p. 8 and vol. 20, p. 9"; "Materialy …, 1971, p. 5, and L. I. Brezhnev, …, p. 10";
        # "Poln. sobr. soch., 5th ed., vol. 44, p. 151, and ibid., vol. 45, p. 372"
        continuation=re.compile(
            rf",?\s+and\s+(?=vols?\.\s?{NUMBER},\s*(?:pp?|cols?)\.\s?\d)|(?<=\d),\s+and\s+(?=[{UPPER}]|ibid\.?,\s)"
        ),
    )


_BRACKETS = re.compile(r"\[([^\[\]]{1,300})\]")
# Bounded, so that a line with many unclosed parentheses costs linear time, not quadratic.
_PARENTHESIS = re.compile(r"\(((?:[^()]|\([^()]{0,2000}\)){0,2000})\)")
_DIGIT = re.compile(r"\d")
_VOLUME_IN_CAPITALS = re.compile(r"(?<![\w.])V(?:OL|ol)(?=s?\.\s?\d)")
# A line break after a hyphen: a page wrapping its lines breaks compound words there ("Anti-" / "Dühring").
_WRAPPED_AT_A_HYPHEN = re.compile(r"(?<=\w)-[^\S\n]*\n\s*(?=\w)")


def _parentheses(text: str, span: Span):
    """(start, end) of the contents of each top-level parenthesis in ``text[span]`` (one nested level)."""
    for m in _PARENTHESIS.finditer(text, span.start, span.end):
        yield m.start(1), m.end(1)


def _parts(text: str, start: int, end: int):
    """Split a parenthesis at top-level semicolons; yields stripped (start, end) pairs."""
    if text.find(";", start, end) < 0:
        # One part (most parentheses): strip it without walking it character by character.
        content = text[start:end]
        a = start + len(content) - len(content.lstrip())
        b = end - (len(content) - len(content.rstrip()))
        if b > a:
            yield a, b
        return
    depth = 0
    part_start = start
    for i in range(start, end + 1):
        ch = text[i] if i < end else ";"
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif ch == ";" and depth == 0:
            a, b = part_start, i
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if b > a:
                yield a, b
            part_start = i + 1


def _xref_targets(part: str, p: _Patterns) -> list[str]:
    if part.startswith("sm.") and (russian := _RUSSIAN_XREF.match(part)):
        # The Russian original's "see", its targets in plain case: "(sm. Kapitalizm)", "(sm. takzhe Proletariat,
        # Burzhuaziia)"; not a source, whose name, title or numbers hold a period or a digit ("sm. Marks K. …")
        return [target.strip() for target in _RUSSIAN_TARGET_SEPARATOR.split(russian.group(1))]
    m = p.xref.match(part)
    if not m:
        return []
    listed = m.group(1)
    # "DIALECTICS, LOGIC, and THEORY OF KNOWLEDGE": a series, its commas separate targets too (a comma alone
    # may be a headword's: "LOMONOSOV, M. V.", "TOLSTOI, LEV NIKOLAEVICH")
    pieces = _SERIES_SEPARATOR.split(listed) if ", and " in listed else _TARGET_SEPARATOR.split(listed)
    targets = []
    for target in pieces:
        target = target.strip().rstrip(",")
        if target.endswith(".") and not _INITIAL_AT_THE_END.search(target):
            target = target[:-1]  # a sentence's period, not an initial's: "LOMONOSOV, M. V." keeps it
        # "SOVIET UNION, section on Literature", "KAZAKH SSR: Literature": the article, then which part of it.
        target = _TARGET_SECTION.sub("", target)
        letters = [ch for ch in target if ch.isalpha()]
        if len(letters) >= 2 and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters):
            targets.append(target)
    return targets


# A headword's initials after its family name, which keep their periods: "MARX, K.", "LERMONTOV, M. IU."
_INITIAL_AT_THE_END = re.compile(rf",\s(?:[{UPPER}]{{1,2}}\.\s?)+$")
# "sm. Kapitalizm", "sm. takzhe Proletariat, Burzhuaziia": capitalized targets with no period nor digit
_RUSSIAN_XREF = re.compile(rf"sm\.\s+(?:takzhe\s+)?([{UPPER}][^\d.()\[\]]*?)\s*$")
_RUSSIAN_TARGET_SEPARATOR = re.compile(r",\s+|\s+i\s+(?=[A-Z])")
_TARGET_SECTION = re.compile(r",\s+(?:section|sections|part|the section)\b.*$|:\s+[A-Z][a-z].*$", re.S)


def _names(text: str) -> tuple[Name, ...]:
    return parse_name_list(text)


_A_LOWERCASE_WORD = re.compile(LOWERCASE_WORD)


def _a_journals_name_after(inverted: re.Match, text: str, t: Tables) -> bool:
    """Whether the one initial after a family name is the abbreviated first word of a journal's name, a
    lowercase word or another abbreviated word of a journal's after it: "Landau, Zh. eksperimental’noi i
    teoreticheskoi fiziki, 1941", "Gamow, Z. Phys., 1928".

    >>> p = patterns()
    >>> text = "Landau, Zh. eksperimental’noi i teoreticheskoi fiziki, 1941"
    >>> _a_journals_name_after(p.inverted_head.match(text), text, p.tables)
    True
    >>> text = "Gamow, Z. Phys., 1928, vol. 51, p. 204"
    >>> _a_journals_name_after(p.inverted_head.match(text), text, p.tables)
    True
    >>> text = "Alferov, Zh. I., Fizika, 1970"
    >>> _a_journals_name_after(p.inverted_head.match(text), text, p.tables)
    False
    """
    initials = inverted.group(2)
    if " " in initials or initials not in t.periodical_words or inverted.lastindex != 2:
        return False
    following = text[inverted.end() :].split(" ", 1)[0].rstrip(",")
    return following in t.journal_abbreviations or (
        _A_LOWERCASE_WORD.match(following) is not None and following.rstrip(".") not in t.ibid
    )


def _names_or_families(text: str) -> tuple[Name, ...]:
    """``K. Marx and F. Engels``, or family names alone: ``Marx and Engels`` → Marx, Engels; or one name
    inverted: ``Lenin, V. I.``.

    >>> [n.family for n in _names_or_families("Marx and Engels")]
    ['Marx', 'Engels']
    >>> _names_or_families("Lenin, V. I.")
    (Name(family='Lenin', given='V. I.', literal=''),)
    """
    names = parse_name_list(text)
    if names:
        return names
    if inverted := _INVERTED_NAME.fullmatch(text.strip()):
        return (Name(family=inverted.group(1), given=normalize_given(inverted.group(2))),)
    parts = _NAME_SEPARATOR.split(text.strip())
    if parts and all(_FAMILY_ONLY.fullmatch(part) for part in parts):
        return tuple(Name(family=part) for part in parts)
    return ()


def _tokens(text: str) -> list[str]:
    """Comma-separated tokens, commas inside quotes kept."""
    out, depth, current = [], 0, []
    for ch in text:
        if ch in "“«(":
            depth += 1
        elif ch in "”»)":
            depth = max(0, depth - 1)
        if ch == "," and depth == 0:
            out.append("".join(current).strip())
            current = []
        else:
            current.append(ch)
    out.append("".join(current).strip())
    return [t for t in out if t]


# The last words of a token after a question or exclamation mark: "Chto delat’? Leningrad"
_PLACE_AFTER_A_MARK = re.compile(r"[?!]\s(\S.*)$")


def _with_places_apart(tokens: list[str], p: _Patterns) -> list[str]:
    """Tokens with a place set apart from the title before it that ends with its own mark, as a
    bibliography prints them (``Chto delat’? Leningrad``): a comma never stands after ? or !.

    >>> _with_places_apart(["Chto delat’? Leningrad", "1975"], patterns())
    ['Chto delat’?', 'Leningrad', '1975']
    >>> _with_places_apart(["Kto vinovat? Gertsen"], patterns())
    ['Kto vinovat? Gertsen']
    """
    if not any("? " in token or "! " in token for token in tokens):
        return tokens  # (the common case, told without a pattern)
    apart = []
    for token in tokens:
        m = _PLACE_AFTER_A_MARK.search(token)
        if m and _is_place(m.group(1), p):
            apart.extend((token[: m.start() + 1], m.group(1)))
        else:
            apart.append(token)
    return apart


def _is_place(token: str, p: _Patterns) -> bool:
    return is_known_place(token, p.tables.places)  # "Moscow-Petrograd" too


def given_names_from(names: tuple[Name, ...], printed_in_full: tuple[Name, ...]) -> tuple[Name, ...]:
    """Family names printed alone, given the initials that the same family has where it is printed in full:
    in the works a citation names ("Engels, in K. Marx and F. Engels"), or in a later citation of the same
    work ("Lenin, Soch." then "V. I. Lenin, Soch.").

    >>> given_names_from((Name(family="Engels"),), (Name("Marx", "K."), Name("Engels", "F.")))
    (Name(family='Engels', given='F.', literal=''),)
    """
    given = {name.family: name.given for name in printed_in_full if name.given}
    return tuple(
        replace(name, given=given[name.family]) if not name.given and name.family in given else name
        for name in names
    )


def parse_work(text: str, periodical: bool = False, continuing: bool = False) -> CitedWork:
    """What a citation part (locator removed) prints of its work; ``periodical`` when the text
    around it tells that it is a periodical's; ``continuing`` when it goes on from a work named before
    it (``ibid., 1948, issue 68``), so that a year first is that work's year.

    >>> w = parse_work("V. I. Lenin, Poln. sobr. soch., 5th ed., vol. 41")
    >>> (w.author[0].family, w.container_title, w.edition, w.volume, w.container_author[0].family)
    ('Lenin', 'Polnoe sobranie sochinenii', '5', '41', 'Lenin')
    >>> parse_work("Istoriia estetiki, vol. 2, Moscow, 1964").title
    'Istoriia estetiki'
    """
    p = patterns()
    fields: dict[str, object] = {}
    s = _EDITION_THEN_VOLUME.sub(", ", p.lead.sub("", text.strip()))  # "2nd ed. vol. 19": its comma lost
    if (family_first := _FAMILY_FIRST.match(s)) is not None:
        s = _names_first_as_printed_here(family_first) + s[family_first.end() :]  # "Marks K. i Engel’s F., Soch."
    if (by := p.work_by.match(s)) and _names(by.group(1)):
        fields["author"] = _names(by.group(1))
        s = s[by.end() :]
    if kind := p.periodical_kind.match(s):
        s, periodical = s[kind.end() :], True  # "see the journal Voprosy filosofii, 1977, no. 1"
    m = p.quoted.match(s)
    if m and p.issue_after_a_name.match(s, m.end()):
        # "“Kommunist,” 1977, no. 4", "“Pravda,” Dec. 22, 1971": the periodical's name
        s, periodical = f"{m.group(1).strip()}, {s[m.end() :]}", True
        m = None
    if m:
        fields["title"] = m.group(1).strip()
        s = s[m.end() :]
        # “Manifesto of the Communist Party,” 1848, in K. Marx and F. Engels, Soch., …
        m = p.year_in_names.match(s)
        if m and _names(m.group(1)):
            fields["container_author"] = _names(m.group(1))
            s = s[m.end() :]
    m = p.names_in_names.match(s)
    if m and _names_or_families(m.group(1)) and _names_or_families(m.group(2)):
        fields["author"] = _names_or_families(m.group(1))
        fields["container_author"] = _names_or_families(m.group(2))
        family, _, title = m.group(1).partition(", ")
        if title and " and " not in m.group(1) and not parse_name_list(m.group(1)):
            # "Engels, Anti-Dühring, in K. Marx and F. Engels, Soch.": a family name, then the title
            fields["author"], fields["title"] = (Name(family=family),), title
        # "Engels, in K. Marx and F. Engels, Soch.": the author's initials are printed with the works'
        fields["author"] = given_names_from(fields["author"], fields["container_author"])
        s = s[m.end() :]
    else:
        m = p.title_in_names.match(s) if "title" not in fields else None
        if m and _names(m.group(2)):
            title = m.group(1).strip()
            if (author := p.names_head.match(title)) and _names(author.group(1)) and title[author.end() :]:
                # "K. Marx, Kritika Gotskoi programmy, in K. Marx and F. Engels, Soch.": its author, then its title
                fields["author"] = given_names_from(_names(author.group(1)), _names(m.group(2)))
                title = title[author.end() :]
            if (quoted := p.quoted.match(title)) and quoted.end() == len(title):
                title = quoted.group(1).strip()  # "K. Marx, “Tezisy o Feierbakhe,” in …"
            fields["title"] = _LEADING_THE.sub("", title)
            fields["container_author"] = _names(m.group(2))
            s = s[m.end() :]
        else:
            m = p.names_head.match(s)
            inverted = p.inverted_head.match(s) if not m else None
            if inverted and _a_journals_name_after(inverted, s, p.tables):
                inverted = None  # "Landau, Zh. eksperimental’noi i teoreticheskoi fiziki, 1941": no initial
            if m and _names(m.group(1)):
                fields["author"] = _names(m.group(1))
                s = s[m.end() :]
            elif inverted:
                fields["author"] = (Name(family=inverted.group(1), given=normalize_given(inverted.group(2))),)
                co_family = inverted.group(4) or inverted.group(5) or inverted.group(7)
                co_given = inverted.group(3) or inverted.group(6) or inverted.group(8)
                if co_family:
                    fields["author"] = (*fields["author"], Name(family=co_family, given=normalize_given(co_given)))
                s = s[inverted.end() :]
            else:
                m = p.family_head.match(s) or p.family_before_title.match(s)
                if m and (m.re is p.family_head or _starts_a_title(s[m.end() :], m.group(1), p)):
                    fields["author"] = _names_or_families(m.group(1))
                    s = s[m.end() :]
                elif (m := _NAME_IN_WORDS.match(s)) and _a_name_before_a_title(m.group(1), s[m.end() :], p):
                    # "Lu Hsün, Sobr. soch.", "Ibn Sina, Kanon vrachebnoi nauki": a name printed whole, as its
                    # people write it, before the works or title
                    fields["author"] = (Name(literal=m.group(1)),)
                    s = s[m.end() :]
            # "V. I. Lenin, “Gosudarstvo i revoliutsiia,” Poln. sobr. soch.": the title after the author.
            m = p.quoted.match(s) if "author" in fields and "title" not in fields else None
            if m:
                fields["title"] = m.group(1).strip()
                s = s[m.end() :]
    if "author" in fields and "container_author" not in fields and (mark := p.editor_mark.match(s)):
        fields["editor"] = fields.pop("author")  # "M. G. Levin and L. P. Potapov, eds., Narody Sibiri"
        s = s[mark.end() :]
    named: list[str] = []
    year_after_name = issue_of_a_book = False
    tokens = _with_places_apart(_tokens(s), p)
    day = ""  # "Mar. 3" of "Mar. 3, 1963": read with the year that follows
    for i, token in enumerate(tokens):
        following = tokens[i + 1] if i + 1 < len(tokens) else ""
        if named and "editor" not in fields and (edited := p.edited_by.match(token)):
            fields["editor"] = _names(edited.group(1))  # "Narody Sibiri, ed. by M. G. Levin, 1956"
        elif (named or continuing) and p.day.match(token) and p.year.match(following):
            day = token
        elif (named or continuing) and "issued" not in fields and p.month_and_year.match(token):
            fields["issued"] = parse_date(token)  # "Iskra, no. 4, May 1901"
        elif named and p.day.match(token) and (issued := fields.get("issued")) and len(issued.start) == 1:
            fields["issued"] = parse_date(f"{token}, {issued.start[0]}")  # the year first: "1959, Sept. 8"
        elif (e := p.edition.match(token)) and "edition" not in fields:
            fields["edition"] = edition_number(e.group(0))
        elif (v := p.volume.match(token)) and "volume" not in fields:
            fields["volume"] = v.group(1).replace(" ", "")
        elif named and "volume" not in fields and p.roman_volume.match(token):
            fields["volume"] = token  # "Leninskii sbornik, XXXV, p. 12": a volume in Roman numerals
        elif (pt := p.part.match(token)) and "part" not in fields:
            fields["part"] = pt.group(1)
        elif (n := p.issue.match(token)) and "issue" not in fields and (named or i == 0 or continuing):
            # ("no. 6, p. 8" alone, after "Kommunist, 1972, no. 5, p. 22;": another issue of that periodical)
            fields["issue"] = n.group(1).replace(" ", "")
            # (an issue of a volume before the year is a book's: "Pis’ma i bumagi …, vol. 9, issue 1, 1950"; a
            # periodical prints its year first: "Astronomicheskii zhurnal, 1956, vol. 33, issue 6")
            issue_of_a_book = "volume" in fields and "issued" not in fields
        elif (y := p.year.match(token)) and "issued" not in fields and (
            named or "title" in fields or "volume" in fields or continuing
        ):
            # (after a quoted title too: "“Programma Kommunisticheskoi partii Sovetskogo Soiuza,” 1976"; after
            # a volume alone, as "ibid." prints the year of another volume: "ibid., vol. 60, 1949")
            fields["issued"] = parse_date(f"{day}, {y.group(1)}") if day else parse_year_range(y.group(1))
            year_after_name = not any(k in fields for k in ("edition", "volume", "part", "publisher_place"))
        elif named and (_is_place(token, p) or (token[:1].isupper() and p.year.match(following))) and (
            "publisher_place" not in fields
        ):
            fields["publisher_place"] = token
        elif token in p.tables.regions and tokens[i - 1] == fields.get("publisher_place"):
            fields["publisher_place"] = f"{tokens[i - 1]}, {token}"  # "Cambridge, Mass., 1945": the city's state
        elif not any(k in fields for k in ("edition", "volume", "part", "issue", "issued")):
            named.append(token)
    fields["periodical"] = (
        periodical
        # (a book's issue before its imprint too: "Obshchaia teoriia …, issue 1, Sverdlovsk, 1963")
        or ("issue" in fields and not ((issue_of_a_book or "publisher_place" in fields) and "issued" in fields))
        or (fields.get("issued") is not None and len(fields["issued"].start) == 3)  # a day: a newspaper
        or (year_after_name and "volume" in fields and "publisher_place" not in fields)
    )
    if named and "author" not in fields and "volume" in fields and len(named) == 1:
        named = _owners_works(named[0], fields, p)
    _name_the_work(", ".join(named), fields, p)
    return CitedWork(**fields)


def _owners_works(printed: str, fields: dict, p: _Patterns) -> list[str]:
    """A volume cited after a bare surname whose owner the conventions know (``Lenin, vol. 27``) is of
    his collected works in their edition: the names left to read as a title (none then).

    >>> w = parse_work("Lenin, vol. 27")
    >>> (w.author[0].given, w.title, w.container_title, w.edition, w.volume)
    ('V. I.', '', 'Polnoe sobranie sochinenii', '5', '27')
    """
    for works, (family, given) in p.tables.collected_works_owners.items():
        if printed == family:
            container, _, edition = works.partition("|")
            fields["author"] = fields["container_author"] = (Name(family, given),)
            fields["container_title"] = container
            fields.setdefault("edition", edition)
            return []
    return [printed]


# Labels of an issue's number, which no title begins with.
_ISSUE_LABELS = frozenset({"no.", "nos.", "issue", "fasc.", "vyp.", "p.", "pp."})


def _a_name_before_a_title(words: str, rest: str, p: _Patterns) -> bool:
    """Whether capitalized words before a citation's title are a person's name printed whole (Lu Hsün,
    Kuo Mo-jo, Nizami Gandzhevi): one the names table knows, or words no Russian dictionary has as common
    words ("Istoriia SSSR" is a title).

    >>> p = patterns()
    >>> _a_name_before_a_title("Lu Hsün", "Sobr. soch., vol. 1", p)
    True
    >>> _a_name_before_a_title("Istoriia SSSR", "Ocherki", p)
    False
    """
    if not _starts_a_title(rest, words, p):
        return False
    return words in p.tables.single_names or names_alone([w.lower() for w in re.split(r"[\s-]", words)])


# Two to four capitalized words, and a comma: "Lu Hsün, ", "Kuo Mo-jo, ", "Nizami Gandzhevi, "
_NAME_WORD = rf"[{UPPER}][{LETTER}{SIGNS}]*(?:-[{LETTER}{SIGNS}]+)*"
_NAME_IN_WORDS = re.compile(rf"^({_NAME_WORD}(?:\s{_NAME_WORD}){{1,3}}),\s")


def _starts_a_title(rest: str, family: str, p: _Patterns) -> bool:
    """Whether what follows "Marx, " is a title (``Kapital, vol. 1``), so that "Marx" is its author.

    Not when either is a place (``Moscow, Nauka, 1960``), the word is a newspaper's name and a
    date follows (``Pravda, Jan. 5, 1970``), or what follows is a number part.
    """
    following = _tokens(rest)
    if not following or _is_place(family, p) or _is_place(following[0], p) or family in p.tables.newspapers:
        return False
    first_word = following[0].split()[0]
    if first_word in p.tables.months or first_word.lower() in _ISSUE_LABELS:
        return False  # "Pravda, Jan. 5", "Kommunist, no. 12": a date or an issue, not a title
    return not any(pattern.match(following[0]) for pattern in (p.edition, p.volume, p.part, p.year))


def _name_the_work(printed: str, fields: dict, p: _Patterns) -> None:
    """The title or the collected works a citation names, and the conventions about them."""
    if not printed:
        return
    collection = p.in_collection.match(printed)
    if collection:
        printed = printed[collection.end() :]  # "in the collection Leninskii sbornik": a container
        if not collection.group(0)[:2].lower() == "in":
            collection = None  # "see the collection Marksizm i voprosy iazykoznaniia": the collection itself
    title, _, works = printed.rpartition(", ")
    if title and "title" not in fields and expand_abbreviations(works, container=True)[0] in (
        p.tables.collected_works_titles
    ):
        # "V. I. Lenin, Materializm i empiriokrititsizm, Poln. sobr. soch.": the work, then the works it is in
        fields["title"], printed = title, works
    expanded, short = expand_abbreviations(printed, container=True)
    collected = names_collected_works(expanded, short)
    # A periodical ("Kommunist, 1974, no. 12") holds the work cited, and so does a book its authors are named
    # for after "in" ("F. Engels, in K. Marx and F. Engels, Izbr. pis’ma").
    if collected or collection or fields["periodical"] or ("title" in fields and printed) or (
        "container_author" in fields
    ):
        fields["container_title"] = journal_name_without_final_period(expanded)
        if short:
            fields["container_title_short"] = short
    else:
        # (an abbreviation keeps its period: "Narodnoe khoziaistvo SSSR v 1975 g.")
        fields["title"] = strip_final_period(expanded) if not short else expanded
        if short:
            fields["title_short"] = short
    if not collected:
        return
    owner = p.tables.collected_works_owners.get(f"{fields['container_title']}|{fields.get('edition', '')}")
    authors = fields.get("author", ())
    if owner and (not authors or (len(authors) == 1 and authors[0].family == owner[0])):
        fields["author"] = (Name(*owner),)
    if "container_author" not in fields and fields.get("author"):
        fields["container_author"] = fields["author"]


def _cites_a_source(lowered: str, p: _Patterns) -> bool:
    """A page or column, ``ibid.``, or a volume of collected works: ``soch., 2nd ed., vol. 8``; or a
    work, its city and year (``das finanzkapital, vienna, 1910``)."""
    return any(
        (not needles or any(n in lowered for n in needles)) and pattern.search(lowered)
        for needles, pattern in p.signals
    ) or (", 1" in lowered and _a_work_its_city_and_year(lowered, p))


def _a_work_its_city_and_year(lowered: str, p: _Patterns) -> bool:
    """Whether a lowercased citation part names a work, then the city it was printed in and its year,
    with no page: "das finanzkapital, vienna, 1910" (not two cities and a year: "kiev, kharkov, 1950").

    >>> p = patterns()
    >>> _a_work_its_city_and_year("r. hilferding, das finanzkapital, vienna, 1910", p)
    True
    >>> _a_work_its_city_and_year("kiev, kharkov, 1950", p), _a_work_its_city_and_year("born in kazan, 1900", p)
    (False, False)
    """
    fields = [field.strip() for field in lowered.split(",")]
    if fields[0] in p.lowercase_places:
        return False
    return any(
        fields[i] in p.lowercase_places and _YEAR_OF_PRINT.match(fields[i + 1])
        and any(ch.isalpha() for ch in "".join(fields[:i]))
        for i in range(1, len(fields) - 1)
    )


_YEAR_OF_PRINT = re.compile(r"1[5-9]\d\d\b")


def _citation(
    text: str, start: int, end: int, p: _Patterns, listed: frozenset[tuple[str, int]] = frozenset(),
    listed_years: frozenset[int] = frozenset(),
) -> InlineCitation | None:
    part = text[start:end]
    if "\n" in part:
        # a parenthesis run over two lines of a wrapped page: "Poln.\nsobr. soch.", "Anti-\nDühring"
        part = " ".join(_WRAPPED_AT_A_HYPHEN.sub("-", part).split())
    if not _DIGIT.search(part) and "bid" not in part and "same place" not in part:
        return None  # a gloss: "(Old World flycatchers)"
    if part.endswith(".") and part[-2:-1].isdigit():
        # a sentence's period after the year or the page: "(For a list of works, see …, Moscow, 1965.)"
        part, end = part[:-1], end - 1
    repaired = _repaired_citation(part)
    cited = _read_citation(repaired, text, start, end, p, listed, listed_years)
    return replace(cited, text=part) if cited is not None and repaired != part else cited


# Misprints of a citation's own, mended before it is read (its text stays as printed), beside those of any
# apparatus (normalize.mend_apparatus): a period for the comma before "in" ("K. Marx. in K. Marx and F. Engels"),
# and "In" capitalized there.
_CITATION_MISPRINTS = (
    (re.compile(rf"(?<=[{LOWER}])\.\s(?=in\s[{UPPER}]\.\s)"), ", "),
    (re.compile(rf"(?<=,\s)In(?=\s[{UPPER}]\.\s)"), "in"),
)


def _repaired_citation(part: str) -> str:
    """A citation's text with the misprints of its apparatus mended.

    >>> _repaired_citation("V. I. Lenin, Poln.sobr.soch., 5th ed., vol, 4l. p, 27")
    'V. I. Lenin, Poln. sobr. soch., 5th ed., vol. 41, p. 27'
    >>> _repaired_citation("K. Marx. in K. Marx and F. Engels, Soch.")
    'K. Marx, in K. Marx and F. Engels, Soch.'
    """
    part = mend_apparatus(part)
    if ". in " in part or ", In " in part:
        for misprint, mended in _CITATION_MISPRINTS:
            part = misprint.sub(mended, part)
    return part


def _read_citation(
    part: str, text: str, start: int, end: int, p: _Patterns, listed: frozenset[tuple[str, int]],
    listed_years: frozenset[int],
) -> InlineCitation | None:
    """The citation a parenthesis's part (``text[start:end]``, its misprints mended) makes, if any."""
    classic = p.classic.match(part)
    if classic:
        author, title = classic.group(1), classic.group(2)
        if not author and title in p.tables.single_names:
            author, title = title, ""  # "Herodotus, IV, 17": the author alone, by the book and chapter of his work
        work = CitedWork(author=(Name(literal=author),) if author else (), title=title)
        return InlineCitation(part, Span(start, end), classic.group(3), "section", False, work)
    if p.dated.match(part) and (newspaper := _name_before(text, start)) in p.tables.newspapers:
        # "published in Pravda (Feb. 2, 1925)": the newspaper's issue of that day
        return InlineCitation(part, Span(start, end), "", "page", False, parse_work(f"{newspaper}, {part}", True))
    # (an author-date citation prints a year the bibliography lists: most parts print none, and are spared)
    year = _A_YEAR.search(part) if listed_years else None
    if year and int(year.group(0)) in listed_years:
        if part[:1].isdigit():
            dated = _named_before_the_year(text, start, end, listed, p)  # "As Ivanov (1950, p. 12) showed"
        else:
            dated = _author_date(part, Span(start, end), listed, p)  # "(Ivanov 1950: 45)"
        if dated is not None:
            return dated
    if not _cites_a_source(part.lower(), p) and not _by_a_listed_author(part, listed, p):
        return None
    locator, label = "", "page"
    # (a remark in brackets after the locator is no part of it: "p. 364 [see also vol. 39, p. 424]")
    body = _TRAILING_REMARK.sub("", part) if part.endswith("]") else part
    m = tail_search(p.locator, body, _LOCATOR_WINDOW)  # (anchored at the end: a search from the end)
    if m:
        locator = m.group(2)
        label = LABELS.get(m.group(1), "page")
        body = body[: m.start()]
    if "V" in body:
        body = _VOLUME_IN_CAPITALS.sub("vol", body)  # "see Vol. 20, p. 45", "see VOL. 5": a volume, no title
    stripped = p.lead.sub("", body.strip())
    if not stripped:
        if label == "article-locator":
            return None  # "guaranteed by the Constitution of the USSR (art. 51)": the law the sentence names
        # A bare page ("(p. 7)" after a quotation): the work cited just before, as "ibid." is.
        return InlineCitation(part, Span(start, end), locator, label, True, CitedWork())
    # "“Pamiati Kommuny,” ibid., vol. 20": another work in the collected works cited just before
    title_then_ibid = p.quoted.match(stripped) if stripped[:1] in "“\"«" else None
    if title_then_ibid and p.ibid.match(stripped[title_then_ibid.end() :]):
        title, stripped = title_then_ibid.group(1).strip(), stripped[title_then_ibid.end() :]
    else:
        title = ""
    again = p.ibid.match(stripped) or p.unknown_work.match(stripped)
    if again:
        # "Marx, ibid.", "Marx, op. cit.": Marx's latest work (with the volume printed after it, if any).
        # "op. cit." with no name cites a work this text does not name (the author is the sentence's):
        # a citation of no work.
        named = _names_or_families(again.group(1)) if again.group(1) else ()  # "K. Marx", "Marx"
        after = stripped[again.end() :]
        rest = parse_work(after, continuing=True) if after.strip() else CitedWork()
        if again.re is p.unknown_work and not named:
            # "Lenin returned to it in 1919 (op. cit., vol. 38, p. 385)": the work cited before of one the sentence
            # names (resolved as an ibid. is, among those names' works)
            named_here = _named_in_sentence(text, text.rfind("(", 0, start + 1))
            if not named_here:
                return InlineCitation(part, Span(start, end), locator, label, False, None)
            return InlineCitation(part, Span(start, end), locator, label, True, rest, speaker=named_here, op_cit=True)
        if named and not rest.author:
            rest = replace(rest, author=named)
        if title:
            rest = replace(rest, title=title)
        return InlineCitation(part, Span(start, end), locator, label, True, rest, op_cit=again.re is p.unknown_work)
    if possessive := _POSSESSIVE.match(stripped):
        body = stripped[possessive.end() :]  # "see also his O literature": a work by the author cited before
    named_before, periodical = "", False
    year_first = bool(_YEAR_FIRST.match(stripped))
    if year_first or _imprint_first(stripped, p):
        # "According to Kommunist (1975, no. 4, p. 20)": the periodical is named before the parenthesis;
        # "collected in Mysli raznykh let (Alma-Ata, 1961, pp. 120–95)": the book is, and its imprint in it
        # (after a word that names it: "He lived there for years (Alma-Ata, 1961)" names no book)
        named_before = _name_before(text, start, after_a_function_word=not year_first)
        if not named_before:
            return InlineCitation(part, Span(start, end), locator, label, False, None)
        body = f"{named_before}, {stripped}"
        # A periodical prints its issue after the year ("Kommunist (1975, no. 4)", "Vestnik Evropy (1890, book 3)"),
        # or is called one ("the journal Kommunist (1975, p. 20)", "Pravda (1975, p. 2)"); a year alone is a
        # book's ("in Ekonomicheskie problemy sotsializma v SSSR (1952, pp. 17–20)"), and so is one called a book
        # ("the novel Abai (1942, p. 5)")
        called = _called(text, start, named_before)
        periodical = year_first and called not in p.tables.book_kinds and (
            called in p.tables.periodical_kinds
            or named_before in p.tables.newspapers
            or bool(stripped[4:].strip(" ,"))
        )
    elif (numbers_first := _VOLUME_FIRST.match(stripped)) and (
        named_before := _name_before(text, start, after_a_function_word=True)
    ):
        # "In Istoriia SSSR (vol. 2, 1966, p. 34)", "in his Mysli (2nd ed., 1961, p. 5)": the book named before
        # the parenthesis, not another volume of the work cited before; "The journal Kommunist (no. 5, 1970,
        # p. 30)": the periodical's issue
        body = f"{named_before}, {stripped}"
        periodical = bool(numbers_first.group("issue"))
    work = parse_work(body, periodical=periodical)
    if work.is_empty() and not (work.volume or work.issue):
        return None
    if work.title[:1].islower() and not (work.author or work.container_title or work.volume or work.issued):
        return None  # "(see table on p. 45)": a table or figure of this article, no work
    # (the speaker also tells whose works a volume alone is of, after a journal: "Lenin wrote … (vol. 31, p. 167)")
    unnamed = _unnamed_collected_works(work, p) or (continues_previous(work) and text[start - 1 : start] == "(")
    speaker = _speaker(text, text.rfind("(", 0, start + 1), p) if unnamed else ()
    return InlineCitation(
        part, Span(start, end), locator, label, False, work, by_previous_author=bool(possessive), speaker=speaker
    )


def _unnamed_collected_works(work: CitedWork, p: _Patterns) -> bool:
    """Whether a cited work is collected works that name no author: "Poln. sobr. soch., vol. 7"."""
    return not work.author and not work.title and (
        work.container_title.partition(":")[0] in p.tables.collected_works_titles
    )


# A sentence's end: its period (or mark) after a word, a number or a closing quote or parenthesis, not after an
# initial ("V. G. Belinskii"), then the next sentence's capital or opening quote.
_SENTENCE_END = re.compile(r"(?<=[a-z\d”’)\]])[.!?][”’\"]?\s+(?=[“\"A-Z])")
_SENTENCE_WINDOW = 400


def _speaker(text: str, opening: int, p: _Patterns) -> tuple[Name, ...]:
    """Who the sentence holding the parenthesis opened at ``opening`` says is speaking or judging: the author
    of the collected works it cites with no name. A family name alone counts when the page prints it with
    initials too (which the name takes); else it is no one's for sure ("He wrote", "Historians noted"), unless it
    is the sentence's subject with the parenthesis right after it ("Dobroliubov (Sobr. soch., …) agreed").

    >>> page = "Gogol’ died. V. G. Belinskii called him “our first writer” (Poln. sobr. soch., vol. 7, p. 13)."
    >>> _speaker(page, page.index("("), patterns())
    (Name(family='Belinskii', given='V. G.', literal=''),)
    >>> page = "V. I. Lenin lived there. In it, as Lenin wrote, “…” (Poln. sobr. soch., vol. 7, p. 13)."
    >>> _speaker(page, page.index("("), patterns())[0].given
    'V. I.'
    >>> page = "Briusov called him “a poet” (Sobr. soch., vol. 6, p. 488). Briusov, V. Ia. Poeziia Armenii."
    >>> _speaker(page, page.index("("), patterns())[0].given
    'V. Ia.'
    >>> page = "He agreed. Dobroliubov (Sobr. soch., vol. 3, 1962, p. 8) praised him."
    >>> _speaker(page, page.index("("), patterns())
    (Name(family='Dobroliubov', given='', literal=''),)
    >>> page = "Engels wrote of it. It was praised (Soch., vol. 7, p. 13)."
    >>> _speaker(page, page.index("("), patterns()), _speaker("Historians noted it (Soch., vol. 7)", 20, patterns())
    ((), ())
    """
    sentence_start = _sentence_start(text, opening)
    said = p.speaker.search(text[sentence_start : opening + 1])
    if said is None:
        return ()
    printed = said["first"] or said["according"] or said["as"] or said["by"] or said["quoting"] or said["subject"]
    names = []
    for name in _names_or_families(printed):
        if not name.given and not said["subject"]:
            # "Lenin wrote" on a page that names "V. I. Lenin", or lists "Briusov, V. Ia." in its literature
            family = re.escape(name.family)
            with_initials = re.search(
                rf"({INITIALS})\s?{family}(?![{LETTER}])|(?<![{LETTER}]){family},\s({INITIALS})", text
            )
            if with_initials is None:
                return ()
            initials = with_initials.group(1) or with_initials.group(2)
            name = Name(family=name.family, given=normalize_given(initials))
        names.append(name)
    return tuple(names)


# A capitalized word of a sentence, which may be a family name: "Lenin", "Chernyshevskii"
_CAPITALIZED_WORD = re.compile(rf"(?<![{LETTER}])[{UPPER}][{LOWER}{SIGNS}]{{2,}}(?:-[{UPPER}][{LOWER}{SIGNS}]+)?")


def _named_in_sentence(text: str, opening: int) -> tuple[Name, ...]:
    """The capitalized words of the sentence before a parenthesis, as family names that may be an author's.

    >>> _named_in_sentence("He agreed. Lenin returned to it in 1919 (op. cit., p. 5).", 40)
    (Name(family='Lenin', given='', literal=''),)
    """
    return tuple(Name(family=word) for word in _CAPITALIZED_WORD.findall(text, _sentence_start(text, opening), opening))


def _sentence_start(text: str, opening: int) -> int:
    """Where the sentence holding the parenthesis opened at ``opening`` begins (a few hundred characters back at
    most)."""
    start = max(0, opening - _SENTENCE_WINDOW)
    for end in _SENTENCE_END.finditer(text, start, opening):
        start = end.end()
    return start


def _by_a_listed_author(part: str, listed: frozenset[tuple[str, int]], p: _Patterns) -> bool:
    """Whether a citation part is a family name (or two, or one and "et al.") and a year that the
    bibliography lists: "see Tiurin and Kononova, 1965" when Tiurin's work of 1965 is listed.

    >>> _by_a_listed_author("see Tiurin and Kononova, 1965", frozenset({("tiurin", 1965)}), patterns())
    True
    >>> _by_a_listed_author("Schinz, 1821", frozenset({("tiurin", 1965)}), patterns())
    False
    """
    if not listed:
        return False
    cited = _FAMILIES_AND_YEAR.fullmatch(p.lead.sub("", part.strip()))
    return bool(cited) and (cited.group(1).casefold(), int(cited.group(3))) in listed


_FAMILIES_AND_YEAR = re.compile(rf"{CITED_FAMILIES},\s({YEAR})")
# A Russian text's names, the initials after the family name: "Marks K. i Engel’s F., Soch., 2 izd., t. 8"
_FAMILY_FIRST = re.compile(rf"^({FAMILY})\s({INITIALS})(?:(?:,\s|\si\s|\sand\s)({FAMILY})\s({INITIALS}))?,\s")


def _names_first_as_printed_here(names: re.Match) -> str:
    """The names as the encyclopedia prints them in a citation, the initials first.

    >>> _names_first_as_printed_here(_FAMILY_FIRST.match("Marks K. i Engel’s F., Soch."))
    'K. Marks and F. Engel’s, '
    """
    first = f"{names.group(2)} {names.group(1)}"
    return f"{first} and {names.group(4)} {names.group(3)}, " if names.group(3) else f"{first}, "
_A_YEAR = re.compile(rf"\b{YEAR}\b")
# An author-date citation as a Western or Russian text sets it: the names, the year with no comma before it, the
# page after a colon or a comma ("Ivanov 1950: 45", "Petrov and Sidorov 1968, 5", "Kovda et al. 1971"; a Russian
# text's "Petrov, Sidorov 1968: 5", "Kovda i dr. 1971")
_AUTHOR_DATE = re.compile(
    rf"({FAMILY})(?:(?:\s(?:and|&)\s|,\s)({FAMILY})|\s(?P<others>et\sal\.?|i\sdr\.))?\s({YEAR})"
    r"(?:(?::\s?|,\s(?:pp?\.\s?)?)(\d+(?:\s?[–-]\s?\d+)?))?"
)


# The names right before a parenthesis that holds their year: "As Ivanov (1950) showed", "Petrov and Sidorov (1968)"
_NAMES_BEFORE_THE_YEAR = re.compile(rf"(?<![^\s“(])({FAMILY}(?:\s(?:and|&)\s{FAMILY}|\set\sal\.)?)\s?\($")
_NAMES_BEFORE_WINDOW = 80


def _named_before_the_year(
    text: str, start: int, end: int, listed: frozenset[tuple[str, int]], p: _Patterns
) -> InlineCitation | None:
    """An author-date citation whose names the sentence prints before its year: "As Ivanov (1950, p. 12)
    showed" cites Ivanov's entry of 1950 when the bibliography lists it.

    >>> page = "As Ivanov (1950: 12) showed."
    >>> _named_before_the_year(page, 11, 19, frozenset({("ivanov", 1950)}), patterns()).locator
    '12'
    """
    named = _NAMES_BEFORE_THE_YEAR.search(text, max(0, start - _NAMES_BEFORE_WINDOW), start)
    if named is None:
        return None
    cited = _author_date(f"{named.group(1)} {text[start:end]}", Span(start, end), listed, p)
    return replace(cited, text=text[start:end]) if cited else None


def _author_date(part: str, span: Span, listed: frozenset[tuple[str, int]], p: _Patterns) -> InlineCitation | None:
    """An author-date citation of an entry the bibliography lists, in the encyclopedia's reading of "(Tiurin,
    1965, p. 48)": the names and the year, and the page.

    >>> cited = _author_date("Ivanov 1950: 45", Span(0, 15), frozenset({("ivanov", 1950)}), patterns())
    >>> cited.locator, cited.work.title, cited.work.issued.start
    ('45', 'Ivanov', (1950,))
    >>> _author_date("Ivanov 1951: 45", Span(0, 15), frozenset({("ivanov", 1950)}), patterns()) is None
    True
    """
    dated = _AUTHOR_DATE.fullmatch(p.lead.sub("", part.strip()))
    if dated is None or (dated.group(1).casefold(), int(dated.group(4))) not in listed:
        return None
    # (named as the encyclopedia names them: "Petrov and Sidorov", "Kovda et al.")
    names = f"{dated.group(1)} and {dated.group(2)}" if dated.group(2) else dated.group(1)
    names += " et al." if dated["others"] else ""
    return InlineCitation(part, span, dated.group(5) or "", "page", False, parse_work(f"{names}, {dated.group(4)}"))
# (an edition too: "In his Letopis’ moei muzykal’noi zhizni (7th ed., 1955, p. 123)")
_VOLUME_FIRST = re.compile(r"^(?:(?:vols?\.|(?P<issue>nos?\.|issues?))\s?\d|\d{1,2}(?:st|nd|rd|th|d)\sed\.,)")
_YEAR_FIRST = re.compile(r"^1[6-9]\d\d(?:,\s|$)")  # (a year alone too, its page cut off: "1976, p. 16")
_TRAILING_REMARK = re.compile(r"\s\[[^\[\]]*\]$")
# The longest locator looked for at a part's end: "pp. 112, 308, 410–12, note 3, emphasis added"
_LOCATOR_WINDOW = 120
_EDITION_THEN_VOLUME = re.compile(r"(?<=\bed\.)\s+(?=vols?\.?\s?\d)")
_POSSESSIVE = re.compile(r"^(?:his|her|their)\s+(?=[A-Z“«])")
_NAME_WORDS_MAX = 7


def _called(text: str, start: int, name: str) -> str:
    """The word (lowercased) before the name printed before a parenthesis: what the name is called there.

    >>> page = "The novel Abai (1942, p. 5) and Kommunist (1975, no. 4)"
    >>> _called(page, page.index("(") + 1, "Abai"), _called(page, page.rindex("(") + 1, "Kommunist")
    ('novel', 'and')
    """
    before = text[max(0, start - 120) : start].rstrip().removesuffix("(").rstrip().removesuffix(name).split()
    return before[-1].lower() if before else ""


def _imprint_first(part: str, p: _Patterns) -> bool:
    """Whether a citation part begins with an imprint, a city and a year: the book is named before it.

    >>> _imprint_first("Alma-Ata, 1961", patterns()), _imprint_first("Kapital, vol. 1", patterns())
    (True, False)
    """
    city, comma, rest = part.partition(", ")
    return bool(comma) and _YEAR_FIRST.match(rest) is not None and _is_place(city, p)


def _name_before(text: str, start: int, after_a_function_word: bool = False) -> str:
    """The name of the periodical or book right before the parenthesis a citation part opens: its words
    back to a function word or a sentence's end, the first capitalized ("" if none).

    >>> page = "According to Kommunist (1975, no. 4, p. 20), and the journal Voprosy istorii (1956, no. 5)"
    >>> _name_before(page, 24), _name_before(page, page.rindex("(") + 1)
    ('Kommunist', 'Voprosy istorii')
    >>> _name_before("It was founded in 1918 (1975, no. 4).", 24)
    ''
    >>> _name_before("The Program of the CPSU (1976, p. 16) says so.", 25)  # a body's acronym: no periodical
    ''
    >>> _name_before("So wrote Kommunist (1975, no. 4).", 20)
    'Kommunist'
    >>> _name_before("The Programma KPSS calls it a means (1976, p. 85).", 37)  # a verb of judging ends it too
    ''

    With ``after_a_function_word``, only a name that a word such as "in" or "see" leads to:

    >>> page = "It is collected in Mysli raznykh let (Alma-Ata, 1961). He lived there for years (Alma-Ata, 1961)."
    >>> _name_before(page, page.index("(") + 1, True), _name_before(page, page.rindex("(") + 1, True)
    ('Mysli raznykh let', '')
    """
    tables = load_tables()
    words_before_a_name = tables.words_before_a_name
    before = text[max(0, start - 120) : start].rstrip()
    if not before.endswith("("):
        return ""  # a later part of the parenthesis
    words = before[:-1].split()
    name: list[str] = []
    stop = ""
    for word in reversed(words):
        # (a verb of the sentence ends it too: "So wrote Kommunist (1975, no. 4)")
        lowered = word.lower()
        if lowered in words_before_a_name or lowered in tables.sentence_verbs or lowered in tables.judging_verbs or (
            word[-1:] in ".,;:!?)" or len(name) == _NAME_WORDS_MAX
        ):
            stop = lowered
            if name and name[-1][:1].islower() and word[:1].isupper() and lowered in tables.periodical_kinds:
                # "in the Journal officiel de la République française (1871, nos. 80–147)": the word that
                # calls it a periodical begins its name
                name.append(word)
                stop = words[-len(name) - 1].lower() if len(words) > len(name) else ""
            break
        name.append(word)
    name.reverse()
    if after_a_function_word and stop not in words_before_a_name:
        return ""
    named = name and name[0][:1].isupper() and not _DIGIT.search(name[0]) and not (len(name) == 1 and name[0].isupper())
    return " ".join(name) if named else ""


def find_inline(
    text: str, body: tuple[Span, ...] | None = None, listed: frozenset[tuple[str, int]] = frozenset()
) -> tuple[list[InlineCitation], list[CrossReference]]:
    """Every inline citation part and cross-reference in the body paragraphs, in text order.

    ``listed`` holds the first author's family name (casefolded) and the year of each bibliography entry:
    a parenthesis with a name and a year alone cites an entry only when one is so listed ("(Ukhtomskii,
    1967)" in a page whose references list Ukhtomskii's article of 1967), else it is a naturalist's name
    for a species ("Myotis nigricans (Schinz, 1821)").

    >>> [c.text for c in find_inline("Treated so (Ukhtomskii, 1967; Linnaeus, 1758).",
    ...                              listed=frozenset({("ukhtomskii", 1967)}))[0]]
    ['Ukhtomskii, 1967']
    """
    p = patterns()
    citations: list[InlineCitation] = []
    xrefs: list[CrossReference] = []
    listed_years = frozenset(year for _, year in listed)
    # (one scan of the page spares most pages a scan of each paragraph; "See" may end a wrapped line)
    seeing_sentences = "See" in text
    in_brackets = False
    for span in body if body is not None else (Span(0, len(text)),):
        paragraph = span.slice(text)
        if seeing_sentences and "See" in paragraph:
            xrefs.extend(_sentence_xrefs(text, span, p))
        if listed and "[" in paragraph:
            # "[Ivanov 1950: 45]": a Russian text's author-date citations are in square brackets
            bracketed = [
                cited for m in _BRACKETS.finditer(text, span.start, span.end) for a, b in _parts(text, *m.span(1))
                if (cited := _author_date(text[a:b], Span(a, b), listed, p)) is not None
            ]
            if bracketed:
                citations.extend(bracketed)
                in_brackets = True
        if "(" not in paragraph:
            continue
        for a, b in _parentheses(text, span):
            seeing = False  # after "see X;" a bare capitalized part is another target
            for start, end in _parts(text, a, b):
                part = text[start:end]
                # (after "see A;" the next part is another target: "and B" too; "see also B" is one of its own)
                targets = _xref_targets(part, p)
                continued = seeing and not targets
                if continued:
                    targets = _xref_targets("see " + part.lstrip().removeprefix("and "), p)
                if targets:
                    xrefs.extend(_target_spans(text, start, end, targets, first_whole=not continued))
                    seeing = True
                    continue
                seeing = False
                for sub_start, sub_end in _continuations(text, start, end, p):
                    citation = _citation(text, sub_start, sub_end, p, listed, listed_years)
                    if citation:
                        citations.append(citation)
    if seeing_sentences:
        xrefs.sort(key=lambda x: x.span.start)  # (a paragraph's sentences and its parentheses, in text order)
    if in_brackets:
        citations.sort(key=lambda c: c.span.start)  # (and its brackets: "ibid." cites the citation before it)
    return citations, xrefs


def _sentence_xrefs(text: str, span: Span, p: _Patterns) -> list[CrossReference]:
    """The cross-references of a sentence that is nothing else (``See also MATERIALIST DIALECTICS.``).

    >>> [x.target for x in _sentence_xrefs("Of nature. See also DIALECTICS and LOGIC.", Span(0, 41), patterns())]
    ['DIALECTICS', 'LOGIC']
    """
    found = []
    for m in p.xref_sentence.finditer(text, span.start, span.end):
        targets = _xref_targets("see " + m.group(1).rstrip(" ,"), p)
        found.extend(_target_spans(text, m.start(), m.end(), targets, first_whole=True))
    return found


def _target_spans(text: str, start: int, end: int, targets: list[str], first_whole: bool):
    """A span per target: the first covers its ``see`` too, as the document JSON shows it
    (from ``see`` on: "for details, see ECONOMICS" → "see ECONOMICS")."""
    see = text.find("see", start, end)
    start = see if see >= 0 else start
    cursor = start
    for i, target in enumerate(targets):
        at = text.find(target, cursor, end)
        at = cursor if at < 0 else at
        span_start = start if i == 0 and first_whole else at
        # (the target as a name, in one line: "HEGEMONY OF THE" / "PROLETARIAT" where the page wraps)
        yield CrossReference(" ".join(target.split()), Span(span_start, at + len(target)))
        cursor = at + len(target)


def _continuations(text: str, start: int, end: int, p: _Patterns):
    """``ibid., vol. 13, p. 8 and vol. 20, p. 9`` holds two sources."""
    if text.find("and", start, end) < 0:
        yield start, end  # (most parts join nothing: one test spares them the pattern)
        return
    cuts = [start]
    for m in p.continuation.finditer(text, start, end):
        cuts.append(m.start())
        cuts.append(m.end())
    cuts.append(end)
    yield from zip(cuts[::2], cuts[1::2], strict=True)


# A citation part that names only a new volume and page continues the work before it.
def continues_previous(work: CitedWork | None) -> bool:
    return work is not None and work.is_empty() and not work.author and bool(work.volume or work.issue)

