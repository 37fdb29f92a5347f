"""Normalizers: small pure functions from a printed form to a field value.

Each reads its knowledge from the data tables (:mod:`gsecite.tables`).

>>> edition_number("2nd ed.")
'2'
>>> parse_year_range("1970–72")
Date(start=(1970,), end=(1972,), open_end=False)
>>> expand_abbreviations("Soch.")
('Sochineniia', 'Soch.')
>>> repair_text("Materialy XXVs’ezda KPSS"), repair_text("Materialy XXVs'ezda KPSS")
('Materialy XXV s”ezda KPSS', 'Materialy XXV s”ezda KPSS')
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from .dictionary import is_common_russian_word, is_russian_word
from .model import Date
from .patterns import DASH, LETTER, LOWER, QUOTE_PAIRS, SELECTED_WORKS_OF_A_KIND, UPPER, YEAR
from .tables import Tables, alternation, load_tables

# A year, then a dash and nothing more: a range still open ("1966–").
_OPEN_END_YEAR = re.compile(rf"({YEAR})\s*[{DASH}]\s*\]?\s*$")
_INITIAL_AT_END = re.compile(r"\b[A-Z]\.$")
_SHORT_ABBREVIATION = re.compile(r"[a-z]{1,3}\.")
# A period (or a comma) inside a closing quote: "… “Kapitala.”", "“Nowy Korbut,” vols. 1–."
_STOP_IN_A_CLOSING_QUOTE = tuple(f"{stop}{quote}" for quote in QUOTE_PAIRS for stop in ".,")
# An abbreviation whose period ends a title: an initial, "v.", "gg.", "n. e.", "ed.", "vol.", "soch.", "etc."
# (but a ruler's numeral after his name is no initial: "Zakonodatel’stvo Petra I.", "Epokha Karla V.")
_FINAL_ABBREVIATION = re.compile(
    rf"(?:\b(?:[{UPPER}](?<![IVX])|(?<![{LOWER}]{{3}}\s)[IVX])|\b(?:v|vv|g|gg|n\.\s?e|ed|vol|soch|etc))\.$"
)


@dataclass(frozen=True)
class _Patterns:
    tables: Tables
    repairs: tuple[tuple[re.Pattern, str], ...]
    repair_hint: re.Pattern
    hard_sign: re.Pattern
    line_break_hyphen: re.Pattern
    hyphenated_word: re.Pattern  # two lowercase pieces joined by a hyphen: one word split, or a compound
    split_place: re.Pattern  # a capitalized piece and a lowercase one joined by a hyphen: "Mos-cow"
    edition: re.Pattern
    year_range: re.Pattern
    full_date: re.Pattern
    lost_c: re.Pattern
    spaced_city_dash: re.Pattern  # "Moscow- Leningrad": the cities of a joint imprint, a space by their dash
    year_first_date: re.Pattern
    phrase: re.Pattern
    word: re.Pattern
    container_words: Mapping[str, str]  # the table's, and their forms with an OCR slip (Cos. for Gos.)
    note_token: re.Pattern


@lru_cache(maxsize=1)
def patterns() -> _Patterns:
    t = load_tables()
    months = alternation(list(t.months))
    # (the apostrophe printed straight too, as a copy prints it: "s'ezd")
    hard_sign_stems = [*t.hard_sign_stems, *(stem.replace("’", "'") for stem in t.hard_sign_stems)]
    ordinal_suffix = alternation(list(t.ordinal_suffixes))
    places = alternation(sorted(place for place in t.places if "." not in place))  # (not "M.", "St. Petersburg")
    words = _with_slips(dict(t.container_words), t.abbreviation_slips)
    hyphenated_abbreviations = [word for word in t.container_words if "-" in word and word.islower()]
    return _Patterns(
        tables=t,
        repairs=(
            # Greek nu for v, a common OCR confusion.
            (re.compile("ν"), "v"),
            # A closing quote glued to what follows: “…1941–44 gg.”Tr. Cos.
            (re.compile(r"(?<=[.,?!…][”\"])(?=[^\s.,;:)\]])"), " "),
            # A comma glued to a word: "prikladnoi,vol. 2".
            (re.compile(rf",(?=[{LETTER}])"), ", "),
            # A period glued to a place and year: "skota.Moscow, 1952".
            (re.compile(rf"(?<=[{LOWER}’])\.(?=[{UPPER}][{LETTER}’-]+[,.]\s\[?{YEAR})"), ". "),
            # An initial glued to the word after it: "Zaitsev, Z. Z.Trudy."
            (re.compile(rf"(?<![{LETTER}])([{UPPER}]\.)(?=[{UPPER}][{LOWER}]{{2}})"), r"\1 "),
            # A zero read for a capital O at a word's start: "0cherki" (not "1920gody", below).
            (re.compile(rf"(?<![\d{LETTER}])0(?=[{LOWER}]{{2}})"), "O"),
            # A number glued to a word: "(1918–1920gody)".
            (re.compile(rf"(?<=\d)(?=[{LOWER}]{{3,}})"), " "),
            # A Roman numeral glued to a word: "XXVs’ezda", "IVv. n.e." (not an acronym's letters: "VIIuN")
            (re.compile(rf"\b(?=[IVXLC]{{2,}}[{LOWER}])([IVXLC]+)(?=[{LOWER}][{LOWER}’”'])"), r"\1 "),
            (re.compile(r"\b([IVX]+)(?=v\.)"), r"\1 "),
            # OCR "l-i" for the ordinal "1-i".
            (re.compile(rf"(?<![{LETTER}])l-(?=(?:{ordinal_suffix})\b)"), "1-"),
            # OCR capital I for l at the end of a lowercase word: "GüI desseleri".
            (re.compile(rf"(?<=[{LOWER}])I\b"), "l"),
            # OCR lowercase l for the 1 of a year: "Moscow, l956".
            (re.compile(rf"(?<![{LETTER}\d])l(?=[5-9]\d\d(?!\d))"), "1"),
            # OCR "ln" for the "In" before a container: "“Stikhi.” ln Mariiskaia poeziia".
            (re.compile(rf"(?<=[.”]\s)ln(?=\s[{UPPER}])"), "In"),
            # OCR lowercase l for the initial I: "Ivanov, I. l. Ocherki", "Ivanov, l. I."
            (re.compile(rf"(?:(?<=(?<![{LETTER}])[{UPPER}]\.\s)|(?<=[{LOWER}’],\s))l\.(?=\s)"), "I."),
            # A comma misprinted for an initial's period at an entry's start: "Ivanov, I, I. Ocherki", "Ivanov, I. I,
            # Ocherki"
            (re.compile(rf"^([{UPPER}][{LOWER}’-]+,\s[{UPPER}]),(?=\s[{UPPER}]\.\s)"
                        rf"|^([{UPPER}][{LOWER}’-]+,\s[{UPPER}]\.\s[{UPPER}]),(?=\s[{UPPER}][{LOWER}])"), r"\1\2."),
            # OCR capital O for a year's 0: "Moscow, 196O", "19O5".
            (re.compile(rf"(?<=(?<![{LETTER}\d])1[5-9]\d)O(?![{LETTER}\d])"
                        rf"|(?<=(?<![{LETTER}\d])1[5-9])O(?=\d(?![{LETTER}\d]))"), "0"),
            # An ordinal's ending set apart from its number: "5 th ed.".
            (re.compile(r"(?<=\d) (?=(?:st|nd|rd|th) ed\b)"), ""),
            # OCR "1." for the initial "I." in a name a title names: "trudov D. 1. Mendeleeva", "1. E. Repin" (not
            # a Russian volume, "T. 1. Moscow")
            (re.compile(rf"(?<=(?<![{LETTER}])[A-SU-Z]\.\s)1\.(?=\s[{UPPER}][{LOWER}’]{{2}})"
                        # (after a title's last word, not a label's: "Kapital, vol. 1. K. Marx and F. Engels, Soch.")
                        rf"|(?:^|(?<=[{LOWER}’]{{4}}\.\s)|(?<=(?<![{LETTER}])[{UPPER}]\.\s)|(?<=”\s))"
                        rf"1\.(?=\s[{UPPER}][{LOWER}]?\.\s[{UPPER}][{LOWER}’]{{2}})"), "I."),  # (or "1. Ia. Franko")
        ),
        # The c of the suffix -cheskii lost: "Biobibliografiheskii" (LC has h only in kh, zh, ch, sh).
        lost_c=re.compile(rf"(?<=[{LOWER}])(?<![kzcs])h(?=esk[{LOWER}])"),
        spaced_city_dash=re.compile(
            rf"(?<![{LETTER}])({places})(?:\s([{DASH}])\s?|([{DASH}])\s)(?=(?:{places})(?![{LETTER}]))"
        ),
        # One scan that says whether any repair above can apply (measured: a fifth faster than
        # a scan per repair, even with substring tests before them).
        repair_hint=re.compile(
            "|".join(
                (
                    "ν|l-",
                    r"[”\"](?<=[.,?!…][”\"])[^\s.,;:)\]]",
                    rf",[{LETTER}]",
                    rf"\.(?<=[{LETTER}’]\.)[{UPPER}]",  # (either of the two repairs of a glued period)
                    rf"\d[{LOWER}]{{3}}",
                    rf"[IVXLC][IVXLC][{LOWER}]|[IVX]v\.",
                    rf"I\b(?<=[{LOWER}]I)",
                    r"l[5-9]\d\d|1[5-9]\d?O|\d\s(?:st|nd|rd|th)\sed|(?<!\d)1\.\s",
                    rf"(?<![{LETTER}])l[n.]\s|^[{UPPER}][{LOWER}’-]+,\s[{UPPER}](?:,|\.\s[{UPPER}],)",
                )
            )
        ),
        hard_sign=re.compile(rf"(?i)(?<![{LETTER}])(?:{alternation(hard_sign_stems)})"),
        line_break_hyphen=re.compile(rf"(?<=[{LOWER}])-({alternation(sorted(t.suffix_fragments))})\b"),
        # (not an abbreviation printed with its hyphen: "un-ta" is universiteta, though unta is a word too)
        hyphenated_word=re.compile(
            rf"(?<![{LETTER}’-])(?!(?:{alternation(hyphenated_abbreviations)})(?![{LETTER}’-]))"
            rf"([{LOWER}’]{{2,}})-([{LOWER}’]{{2,}})(?![{LETTER}’-])"
        ),
        # (the second city of a joint imprint too: "Moscow-Len-ingrad")
        split_place=re.compile(rf"(?<![{LETTER}’])([{UPPER}][{LOWER}’]+)-([{LOWER}’]{{2,}})(?![{LETTER}’-])"),
        # "2nd ed.", "[3d ed.]", "3rd enlarged ed.", "2-e izd."
        edition=re.compile(
            r"\[?\s*(\d+)\s*(?:st|nd|rd|th|d|-?e)?\.?\s*(?:[a-z.,]+\s+){0,3}?(?:edition|ed\b\.?|izd\.|aufl\.|éd\.)\s*\]?"
            r"|izd\.\s?(\d+)-e",  # the Russian order too: "izd. 2-e"
            re.I,
        ),
        year_range=re.compile(rf"\[?\s*({YEAR})\s*(?:[{DASH}/]\s*(\d{{2,4}})?)?\s*\]?"),
        full_date=re.compile(rf"(?:({months})\.?\s*(\d{{1,2}})?,?\s*)?({YEAR})"),
        # (a newspaper's two days too: "1965, Mar. 3–4")
        year_first_date=re.compile(rf"({YEAR}),\s({months})\.?\s(\d{{1,2}})(?:[{DASH}](\d{{1,2}}))?(?!\d)"),
        phrase=re.compile(rf"(?<![{LETTER}])(?:{alternation(list(t.collected_works))})(?![{LETTER}])"),
        word=re.compile(rf"(?<![{LETTER}])(?:{alternation(list(words))})(?![{LETTER}])"),
        container_words=MappingProxyType(words),
        note_token=re.compile(rf"[{LETTER}’'.]+"),
    )


# Spaces a page doubled, or set before a comma or a semicolon ("Vasil’ev ,  V."), which the text is read
# without: each space that another space, a comma or a semicolon follows.
LOOSE_SPACES = re.compile(r" +(?=[ ,;])")


def _with_slips(words: dict[str, str], slips: tuple[tuple[str, str], ...]) -> dict[str, str]:
    """The abbreviated words, and each with its first letter misread ("Cos." for "Gos."), where that
    form is no abbreviation of its own.

    >>> _with_slips({"Gos.": "Gosudarstvennogo"}, (("C", "G"),))
    {'Gos.': 'Gosudarstvennogo', 'Cos.': 'Gosudarstvennogo'}
    """
    misread = {}
    for word, expansion in words.items():
        for printed, meant in slips:
            if word.startswith(meant):
                misread.setdefault(printed + word[len(meant) :], expansion)
    return {**words, **{k: v for k, v in misread.items() if k not in words}}


# Misprints in the numbered apparatus of an entry or a citation: a comma for a label's period ("vol, 41", "p, 27"),
# a period for the comma after a volume ("vol. 41. p. 27"), OCR's l for a number's 1 ("vol. 4l", "no. l2", "Pages
# l5–30"), an abbreviation's space lost ("Poln.sobr.soch.").
_APPARATUS_MISPRINTS = (
    (re.compile(r"(?<![A-Za-z])(vols?|pp?|nos?)\s?,\s?(?=\d)"), r"\1. "),
    (re.compile(r"(?<![A-Za-z])(vols?\.\s?\d+[a-z]?)\.\s(?=pp?\.\s?\d)"), r"\1, "),
    (re.compile(r"(?<=\.\s\d)l(?![A-Za-z])|(?<=[.s]\s)l(?=\d)"), "1"),
    (re.compile(r"(?<![A-Za-z])(Poln|[Ss]obr|Izbr)\.(?=[a-z])"), r"\1. "),
)
_APPARATUS_MISPRINT_HINT = re.compile(r"(?:vols?|pp?|nos?)\s?,\s?\d|\d\.\sp|\dl|\sl\d|(?:ln|br)\.[a-z]")


def mend_apparatus(text: str) -> str:
    """A text with the misprints of its volumes, issues, pages and abbreviations mended.

    >>> mend_apparatus("Poln.sobr.soch., 5th ed., vol, 4l. p, 27"), mend_apparatus("Voprosy istorii, 1960, no. l2")
    ('Poln. sobr. soch., 5th ed., vol. 41, p. 27', 'Voprosy istorii, 1960, no. 12')
    """
    if not _APPARATUS_MISPRINT_HINT.search(text):
        return text
    for misprint, mended in _APPARATUS_MISPRINTS:
        text = misprint.sub(mended, text)
    return text


def repair_text(text: str) -> str:
    """Repairs of damaged text that are certain (CONVENTIONS.md, "Damaged text").

    >>> repair_text("(1918–1920gody)"), repair_text("0cherki istorii")
    ('(1918–1920 gody)', 'Ocherki istorii')
    >>> repair_text("Sovet-skaia arkheologiia")
    'Sovetskaia arkheologiia'
    >>> repair_text("Vasil’ev ,  V.  Stikhi")
    'Vasil’ev, V. Stikhi'
    >>> repair_text("GüI desseleri")
    'Gül desseleri'
    >>> repair_text("Biobibliografiheskii spravochnik")
    'Biobibliograficheskii spravochnik'
    >>> repair_text("Ocherki. Moscow- Leningrad, l950."), repair_text("Soch., 5 th ed., vol. 3")
    ('Ocherki. Moscow-Leningrad, 1950.', 'Soch., 5th ed., vol. 3')
    >>> repair_text("Ivanov, I, I. “Stikhi.” ln Poeziia"), repair_text("Ivanov, I. l. Stikhi")
    ('Ivanov, I. I. “Stikhi.” In Poeziia', 'Ivanov, I. I. Stikhi')
    >>> repair_text("Ocherki. Mos-cow, 196O."), repair_text("Ocherki. Kazan, 19O5.")
    ('Ocherki. Moscow, 1960.', 'Ocherki. Kazan, 1905.')
    """
    p = patterns()
    if "  " in text or " ," in text or " ;" in text:
        text = LOOSE_SPACES.sub("", text)  # "Vasil’ev ,  V." → "Vasil’ev, V."
    if p.repair_hint.search(text):
        for pattern, replacement in p.repairs:
            text = pattern.sub(replacement, text)
    text = mend_apparatus(text)
    if "hesk" in text:  # a substring test: one more alternative in the hint made it a quarter slower
        text = p.lost_c.sub("ch", text)
    if "- " in text or " -" in text or "– " in text or " –" in text:
        text = p.spaced_city_dash.sub(r"\1\2\3", text)  # "Moscow- Leningrad" → "Moscow-Leningrad"
    if "-" in text:
        text = p.line_break_hyphen.sub(r"\1", text)
        if p.split_place.search(text):
            text = p.split_place.sub(_one_place_if_the_table_says, text)
        if p.hyphenated_word.search(text):
            text = p.hyphenated_word.sub(_one_word_if_the_dictionary_says, text)
    if ("’" in text or "'" in text) and p.hard_sign.search(text):
        text = _restore_hard_signs(text, p)
    return text


def _one_word_if_the_dictionary_says(m: re.Match) -> str:
    """A word a line-break hyphen split, joined again: ``issle-dovaniia`` → ``issledovaniia``, where the whole
    is a Russian word and a piece is none (a compound keeps its hyphen: ``sotsial’no-ekonomicheskii``, and so do
    two words: ``kto-to``, and two words that also make one, which may be either: ``pod-vodnyi``).

    >>> [_one_word_if_the_dictionary_says(m) for m in patterns().hyphenated_word.finditer(
    ...     "issle-dovaniia geo-grafii sotsial’no-ekonomicheskie kto-to pod-vodnyi muzyk-al’noi")]
    ['issledovaniia', 'geografii', 'sotsial’no-ekonomicheskie', 'kto-to', 'pod-vodnyi', 'muzykal’noi']
    """
    first, second = m.group(1), m.group(2)
    # (a piece that reads only as a name is no word: "muzyk-al’noi" is muzykal’noi)
    if is_russian_word(first + second) and not (is_common_russian_word(first) and is_common_russian_word(second)):
        return first + second
    return m.group(0)


_PLACE_WORDS_BEFORE = 12  # characters before a city's cut word that may hold the rest of its name ("St. ")


def _one_place_if_the_table_says(m: re.Match) -> str:
    """A city's name a line-break hyphen split, joined again where the whole is a place the table knows:
    ``Mos-cow`` → ``Moscow`` (``Komsomol’sk-na-Amure`` keeps its hyphens).

    >>> [_one_place_if_the_table_says(m) for m in patterns().split_place.finditer("Mos-cow Lenin-grad Anti-during")]
    ['Moscow', 'Leningrad', 'Anti-during']
    >>> patterns().split_place.sub(_one_place_if_the_table_says, "Moscow-Len-ingrad, 1948")
    'Moscow-Leningrad, 1948'
    >>> patterns().split_place.sub(_one_place_if_the_table_says, "vols. 1–3. St. Pe-tersburg, 1883")
    'vols. 1–3. St. Petersburg, 1883'
    """
    joined = m.group(1) + m.group(2)
    places = patterns().tables.places
    # (or the last word of one: "St. Pe-tersburg")
    before = m.string[max(0, m.start() - _PLACE_WORDS_BEFORE) : m.start()]
    word_before = before[before.rstrip().rfind(" ") + 1 :]
    return joined if joined in places or (word_before.endswith(" ") and word_before + joined in places) else m.group(0)


def _restore_hard_signs(text: str, p: _Patterns) -> str:
    """``s’ezd``, ``s'ezd`` → ``s”ezd``: in these stems the apostrophe can only be the hard sign."""
    return p.hard_sign.sub(lambda m: m.group(0).replace("’", "”").replace("'", "”"), text)


def edition_number(printed: str) -> str:
    """The number of an edition: ``2nd ed.`` → ``2``, ``[2nd ed.]`` → ``2``, ``second edition`` → ``2``.

    >>> edition_number("[2nd ed.]"), edition_number("2nd ed")
    ('2', '2')
    >>> edition_number("third edition"), edition_number("izd. 2-e")
    ('3', '2')
    >>> edition_number("new ed.")
    'new'
    """
    m = patterns().edition.search(printed)
    if m:
        return m.group(1) or m.group(2)
    word = printed.strip("[] .").split()[0].lower() if printed.strip("[] .") else ""
    tables = patterns().tables
    if word in tables.named_editions:
        return word.rstrip(".")  # "new ed.": no number, the word is the edition
    number = tables.ordinals.get(word)
    return str(number) if number else printed.strip("[] .")


def _full_year(start: int, end_digits: str) -> int:
    """``1970–72`` ends in 1972; ``1883–1903`` in 1903."""
    if len(end_digits) >= 4:
        return int(end_digits)
    century = start - start % (10 ** len(end_digits))
    end = century + int(end_digits)
    return end if end >= start else end + 10 ** len(end_digits)


def parse_year_range(printed: str) -> Date | None:
    """A year or a range as printed.

    >>> parse_year_range("1883–1903")
    Date(start=(1883,), end=(1903,), open_end=False)
    >>> parse_year_range("1966–")
    Date(start=(1966,), end=None, open_end=True)
    >>> parse_year_range("[1966]")
    Date(start=(1966,), end=None, open_end=False)
    """
    m = patterns().year_range.search(printed)
    if not m:
        return None
    start = int(m.group(1))
    if m.group(2):
        end = _full_year(start, m.group(2))
        return Date((start,), (end,) if end != start else None)
    open_end_year = _OPEN_END_YEAR.search(printed.strip().rstrip("."))
    open_end = bool(open_end_year) and open_end_year.group(1) == m.group(1)
    return Date((start,), None, open_end)


# The New Style day after an Old Style one: "Oct. 26 (Nov. 8), 1917", "Jan. 9 (22), 1905"
_NEW_STYLE_DAY = re.compile(rf"(?<=\d)\s\((?:[{UPPER}][{LOWER}]+\.?\s)?\d{{1,2}}\)")


def parse_date(printed: str) -> Date | None:
    """A date with month and day when printed: ``Sept. 26, 1958``, ``October, 1880``, ``1974``.

    >>> parse_date("Sept. 26, 1958")
    Date(start=(1958, 9, 26), end=None, open_end=False)
    >>> parse_date("October, 1880")
    Date(start=(1880, 10), end=None, open_end=False)
    >>> parse_date("1970, Apr. 22")
    Date(start=(1970, 4, 22), end=None, open_end=False)
    >>> parse_date("1965, Mar. 3–4")
    Date(start=(1965, 3, 3), end=(1965, 3, 4), open_end=False)

    A day of the Old Style calendar is printed with the New Style's after it, which is not read:

    >>> parse_date("Oct. 26 (Nov. 8), 1917").start, parse_date("Jan. 9 (22), 1905").start
    ((1917, 10, 26), (1905, 1, 9))
    """
    p = patterns()
    if "(" in printed:
        printed = _NEW_STYLE_DAY.sub("", printed)
    m = p.full_date.search(printed)
    if not m:
        return None
    if not m.group(1):
        later = p.year_first_date.search(printed)  # "1970, Apr. 22"
        if later:
            month = p.tables.months.get(later.group(2)) or p.tables.months.get(later.group(2) + ".")
            year = int(later.group(1))
            last_day = (year, month, int(later.group(4))) if later.group(4) else None
            return Date((year, month, int(later.group(3))), last_day)
        return parse_year_range(printed)
    month = p.tables.months.get(m.group(1)) or p.tables.months.get(m.group(1) + ".")
    year = int(m.group(3))
    if m.group(2):
        return Date((year, month, int(m.group(2))))
    return Date((year, month))


def expand_abbreviations(printed: str, container: bool = False) -> tuple[str, str]:
    """(expanded, printed) when a standard abbreviation was expanded, else (printed, "").

    Collected-works phrases expand everywhere; journal words (``Tr.``, ``Biull.``)
    only in container titles, and in a title that a collected-works phrase begins,
    whose abbreviations are all the compiler's.

    >>> expand_abbreviations("Izbr. proizv.")
    ('Izbrannye proizvedeniia', 'Izbr. proizv.')
    >>> expand_abbreviations("Izbr. filosofskie proizv.")
    ('Izbrannye filosofskie proizvedeniia', 'Izbr. filosofskie proizv.')
    >>> expand_abbreviations("Biull. In-ta teoreticheskoi astronomii", container=True)
    ('Biulleten’ Instituta teoreticheskoi astronomii', 'Biull. In-ta teoreticheskoi astronomii')
    >>> expand_abbreviations("Letuchie myshi")
    ('Letuchie myshi', '')

    A long title abridged with an ellipsis that the table knows is given whole:

    >>> expand_abbreviations("KPSS v rezoliutsiiakh …")[0]
    'KPSS v rezoliutsiiakh i resheniiakh s”ezdov, konferentsii i plenumov TsK'
    """
    p = patterns()
    if whole := p.tables.abridged_titles.get(abridged_words(printed)):
        return whole, printed
    expanded = p.phrase.sub(lambda m: p.tables.collected_works[m.group(0)], printed)
    if container or (expanded != printed and p.phrase.match(printed)):
        expanded = p.word.sub(lambda m: p.container_words[m.group(0)], expanded)
    if expanded == printed:
        return printed, ""
    return expanded, printed


_ABRIDGED = re.compile(r"(.*\w)\s*(?:…|\.\.\.)$")


def abridged_words(title: str) -> str:
    """The first words of a title that an ellipsis abridges, else "".

    >>> abridged_words("KPSS v rezoliutsiiakh …"), abridged_words("Istoriia..."), abridged_words("Istoriia")
    ('KPSS v rezoliutsiiakh', 'Istoriia', '')
    """
    if not title.endswith(("…", "...")):
        return ""  # (the common case, told without a regular expression)
    words = _ABRIDGED.match(title)
    return words.group(1) if words else ""


_SELECTED_WORKS = re.compile(SELECTED_WORKS_OF_A_KIND)
# "Sobr. soch. v 30 tomakh", "Poln. sobr. soch. v 10 tt.": the works' title, then how many volumes they have
IN_SO_MANY_VOLUMES = re.compile(r"\s+v\s+\S+\s+(?:tomakh|tt?\.?)$")


def names_collected_works(expanded: str, printed: str) -> bool:
    """Whether a title (expanded, and as printed when that was abbreviated) names an author's collected or
    selected works: one of the table's, or the selected works of one kind, abbreviated.

    >>> names_collected_works("Sochineniia", "Soch."), names_collected_works(
    ...     "Izbrannye filosofskie proizvedeniia", "Izbr. filosofskie proizv.")
    (True, True)
    >>> names_collected_works("Izbrannye proizvedeniia russkikh myslitelei", "Izbr. proizv. russkikh myslitelei")
    False
    >>> names_collected_works("Sobranie sochinenii v 30 tomakh", "Sobr. soch. v 30 tomakh")
    True
    """
    expanded = IN_SO_MANY_VOLUMES.sub("", expanded)
    return expanded in load_tables().collected_works_titles or (
        printed.startswith("Izbr. ") and bool(_SELECTED_WORKS.fullmatch(printed))
    )


def clean_note(printed: str) -> str:
    """A note without its parentheses or brackets and without the final period.

    >>> clean_note("(A collection of works.)")
    'A collection of works'
    """
    text = printed.strip()
    while len(text) >= 2 and text[0] + text[-1] in ("()", "[]"):
        text = text[1:-1].strip()
    if text.endswith(".") and not _INITIAL_AT_END.search(text):
        text = text[:-1]
    return text.strip()


def is_english_note(text: str) -> bool:
    """Whether a parenthetical is an editorial remark in English rather than part of a title.

    >>> is_english_note("collection of articles")
    True
    >>> is_english_note("Povest’ i rasskazy")
    False
    >>> is_english_note("With D. D. Polozhentsev."), is_english_note("Reprinted Moscow, 1914.")
    (True, True)
    """
    p = patterns()
    # (Words a hyphen joins are one word: the "In" of "Tr. In-ta etnografii AN SSSR" is no English word, but
    # "co-author" is.)
    words: list[str] = []
    joined_at = -1
    for m in p.note_token.finditer(text):
        if words and m.start() == joined_at:
            words[-1] += "-" + m.group().lower()
        else:
            words.append(m.group().lower())
        joined_at = m.end() + 1 if text[m.end() : m.end() + 1] == "-" else -1
    # (a period alone, after a year, is no word: "Reprinted Moscow, 1914.")
    content = [w for w in words if not _SHORT_ABBREVIATION.fullmatch(w) and w.strip(".-")]
    if not content:
        return False
    note_words = p.tables.note_words
    is_known = [w.strip(".") in note_words or w in note_words for w in content]
    # (an unknown word a hyphen joins weighs as its pieces: "Series Goroda-geroi." names a series)
    weight = sum(1 if known else w.count("-") + 1 for w, known in zip(content, is_known, strict=True))
    return sum(is_known) >= max(1, (weight + 1) // 2) and is_known[0]


_NOTE_PHRASE = re.compile(r"([A-Z][a-z]+(?:\s[a-z]+){0,2})[,:]\s")


def english_note_sentence(text: str) -> bool:
    """Whether a sentence after an entry's imprint is an English note on the book, a phrase in sentence case
    before a comma or a colon ("Second edition, Moscow, 1965.", "Russian translation: Moscow, 1970."), not the
    next entry's English title, which ends with a period ("Russian Literature. London, 1960.").

    >>> english_note_sentence("Second edition, Moscow, 1965."), english_note_sentence("Russian Literature. London.")
    (True, False)
    """
    m = _NOTE_PHRASE.match(text)
    return m is not None and is_english_note(m.group(1))


def strip_final_period(text: str) -> str:
    """A title without the period that ends its sentence, but with an abbreviation's.

    >>> strip_final_period("Ocherki istorii."), strip_final_period("Narodnoe khoziaistvo SSSR v 1975 g.")
    ('Ocherki istorii', 'Narodnoe khoziaistvo SSSR v 1975 g.')
    >>> strip_final_period("Zakonodatel’stvo Petra I."), strip_final_period("Pis’ma k A. I.")
    ('Zakonodatel’stvo Petra I', 'Pis’ma k A. I.')

    A title that ends with a quotation has the sentence's period inside the closing quote, or the comma before
    its volume:

    >>> strip_final_period("K istorii sozdaniia “Kapitala.”"), strip_final_period("O knige “Rossiia v 1839 g.”")
    ('K istorii sozdaniia “Kapitala”', 'O knige “Rossiia v 1839 g.”')
    >>> strip_final_period("Bibliografia literatury polskiej “Nowy Korbut,”")
    'Bibliografia literatury polskiej “Nowy Korbut”'
    """
    text = text.strip()
    if text.endswith(_STOP_IN_A_CLOSING_QUOTE) and QUOTE_PAIRS[text[-1]] in text[:-2]:
        quote, text = text[-1], text[:-1]
        return strip_final_period(text.removesuffix(",")) + quote
    if text.endswith(".") and not text.endswith(("..", "…")) and not _FINAL_ABBREVIATION.search(text[-8:]):
        text = text[:-1]
    return text.strip()


def journal_name_without_final_period(name: str) -> str:
    """A periodical's name without the period that ends its sentence, but with its last abbreviated word's
    (table ``journal_abbreviations``).

    >>> journal_name_without_final_period("Voprosy istorii."), journal_name_without_final_period("J. Amer. Chem. Soc.")
    ('Voprosy istorii', 'J. Amer. Chem. Soc.')
    """
    if name.endswith(".") and name.rsplit(" ", 1)[-1] in load_tables().journal_abbreviations:
        return name
    return name.rstrip(".")
