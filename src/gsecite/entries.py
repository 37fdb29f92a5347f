"""Parse one bibliography entry into a :class:`~gsecite.model.Reference`.

The entry is read from both ends: the head gives the author(s) and a quoted
or bracketed title; the tail gives notes, series, pages and the imprint
(``Moscow, 1969``) or the journal part (``Kommunist, 1974, no. 12``); the
apparatus before the imprint (``2nd ed.``, ``vol. 8``, ``Edited by …``) is
peeled off from the right; what remains is the title, or the container after
``In``.

>>> ref, problems = parse_entry("Sunik, O. P. “Udegeiskii iazyk.” In Iazyki narodov SSSR, vol. 5. Leningrad, 1968.")
>>> ref.type, ref.author[0].display(), ref.title, ref.container_title, ref.volume, ref.publisher_place
('chapter', 'Sunik, O. P.', 'Udegeiskii iazyk', 'Iazyki narodov SSSR', '5', 'Leningrad')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .dictionary import is_common_russian_word
from .keys import ascii_fold
from .language import names_only, place_language
from .model import Date, Name, Problem, Reference, Span
from .names import count_initials, normalize_given, parse_name_list, split_initials
from .normalize import (
    IN_SO_MANY_VOLUMES,
    clean_note,
    edition_number,
    english_note_sentence,
    expand_abbreviations,
    is_english_note,
    journal_name_without_final_period,
    names_collected_works,
    parse_date,
    parse_year_range,
    repair_text,
    strip_final_period,
)
from .note_form import in_encyclopedia_order as note_in_encyclopedia_order
from .patterns import (
    DASH,
    FAMILY,
    INITIALS,
    LETTER,
    LOWER,
    LOWERCASE_WORD,
    PLACE,
    SELECTED_WORKS_OF_A_KIND,
    SIGNS,
    UPPER,
    WEB_ADDRESS_AT_THE_END,
    YEAR,
    YEAR_RANGE,
    family_after_given,
    is_known_place,
    tail_search,
)
from .russian_practice import in_encyclopedia_order
from .tables import Tables, alternation, load_tables
from .vancouver import in_encyclopedia_order as vancouver_in_encyclopedia_order

# A volume or part number: 5, 1–10, XXV, 3a (a letter after the digits: "vol. 3a", "vols. 2A, 2B"), a series'
# code (a letter before them: "fasc. E1–55")
NUMBER = rf"(?:[A-Z](?=\d))?[\dIVXLC]+(?:(?<=\d)[a-zA-Z](?![a-zA-Z]))?(?:\s?[{DASH}]\s?[\dIVXLC]+)?"
# Pages as printed: 15, 15–30, or several ranges ("5–7, 20–25")
PAGES = rf"\d+(?:\s?[{DASH}]\s?\d+)?(?:,\s?\d+(?:\s?[{DASH}]\s?\d+)?)*"
# Apparatus parts that may run long, so their tail search needs a wider window.
_LONG_APPARATUS = frozenset({"editor", "bracket", "paren", "genre", "credit"})
_YEAR_ONLY = re.compile(rf"\s*{YEAR_RANGE}\s*")
_TWO_LETTERS = re.compile(r"[^\W\d_][\W\d_]*[^\W\d_]")  # (any script's letters: Iҩымҭақәа)
# (a lettered part has no digit: "Proceedings, part B"; nor has a volume in Roman numerals)
_APPARATUS_HINT = re.compile(
    r"[\d\])]|\bby\b|\bfrom\b|\bTrans\.\s|\beds?\b|editor|\bred\b|issert|vtoref|\bdis\.|series|\bparts?\s[A-Z]\b|\bvon\b|\bpar\b|\bcura\b"
    r"|(?:vols?|t|bd|parts?|books?)\.?\s(?-i:[IVXLC]{1,6}\b)",  # (a volume in Roman numerals: "vol. XII", "Bd. III")
    re.I,
)
# A credit or a dissertation's genre that may begin further back than the hint's window: "Edited by E. A.
# Zhelubovskaia, A. Z. Manfred, …", "Avtoreferat dissertatsii na soiskanie uchenoi stepeni kandidata … nauk"
_LONG_CREDIT_HINT = re.compile(r"\b(?:by|from|red|von|par|cura)\b|\bTrans\.\s|editor|vtoref|issert", re.I)
_EDITION_WORDS = re.compile(r"\bed\.|\bedition\b")
# (an open run too: "Berlin, 1896– (periodical).")
_ENDS_LIKE_IMPRINT = re.compile(rf"(?:{YEAR}\]?\s*\.?|{YEAR}[{DASH}](?:\d{{2,4}})?\.?|\d\.?|[.)])$")
_SEPARATOR_AT_END = re.compile(r"[,.]\s?$")
# The year a book prints, right before the year in brackets it came out in: "Moscow, 1960 [1961]."
_PRINTED_YEAR_BEFORE = re.compile(rf",\s{YEAR}\s*$")
_VOLUMES_ONLY = re.compile(r"vols?\.\s?(\d+[a-z]?(?:\s?[–—-]\s?\d+[a-z]?)?)\.?")
# A parenthesis or bracket that ends with a place and a year: another printing of the work, not a series
# ("(Izbr. soch., vol. 2. Moscow-Leningrad, 1950.)", "[Reprint: Moscow, 1965.]").
_IMPRINT_AT_THE_END = re.compile(rf"[.,:]\s{PLACE},\s{YEAR_RANGE}\.?$")
# A series' numbers at the end of a parenthesis: ", nos. 11–13, 17.", ", vol. 5."
_SERIES_NUMBERS_AT_END = re.compile(rf",\s(?:vols?\.|nos?\.|fasc\.|vyp\.|issues?)\s?\d[{DASH}\d,\s]*\.?$")
_CIRCA = frozenset({"ca", "c", "circa"})  # before a year the printer gave only about
_A_SENTENCE_AFTER = re.compile(r"\.\s+[A-Z]")  # "vol. 3. Moscow, 1966": the imprint after a period
# "…, vol. 4, pp. 419–59", "…, vol. 4": a book's volume (and its pages) before a semicolon, not after its
# imprint's year ("Moscow, 1952, vol. 1; vol. 2, 1954.")
_A_VOLUME_AT_THE_END = re.compile(r"(?<!\d),\s[Vv]ols?\.\s?\d+(?:[–-]\d+)?(?:,\s(?:pp?\.|parts?)\s?\d+(?:[–-]\d+)?)?$")
_ISSUE_BEFORE = re.compile(r"(?:nos?\.|issues?|vyp\.|fasc\.|vol\.)\s?\d+(?:[–-]\d+)?\s*$")
# "(142)", "(11–12)": the numbers in the whole run after an issue's own
_RUN_NUMBERS = re.compile(r"\d+(?:[–-]\d+)?")
# What each alternative of the ``numbered`` pattern needs: a cheap test before the pattern.
# "(Series Goroda-geroi.)": the translation's word for a series, not part of its name.
# A year, then a journal's numbers: "1960, nos. 1–4."
_YEAR_THEN_NUMBERS = re.compile(rf"{YEAR},\s(?:nos?\.|vol\.|issues?)\s?\d")
# The article of a collection of laws that ends an entry: ", art. 903."
_ARTICLE_OF_A_LAW = re.compile(rf",\s(arts?\.\s?\d+(?:[{DASH}]\d+)?)\.?\s*$")
_SERIES_LABEL = re.compile(rf"^Series:?\s(?=[{UPPER}])")
# "(Sovetskii Soiuz series.)": the English word after the name (not a serial's "new series" after a comma, nor
# which of a series' sizes: "Biblioteka poeta, large series")
_SERIES_WORD_AFTER = re.compile(r"(?<![,\s])(?<!\bnew)(?<!\bold)(?<!\blarge)(?<!\bsmall)\sseries$")
# Labels a language capitalizes wherever they stand: German "Bd. 5", "Teil 2", "Heft 3", "Lfg. 6", "Abt. 1"; Russian
# "T. 3" (tom).
_CAPITAL_LABELS = ("Bd.", "Bde.", "T.", "Kn.", "Vyp.", "Izd.", "Teil", "Tl.", "Heft", "Lfg.", "Abt.")
# How a bracketed credit of the editors begins: "[Edited by …]", "[Editor in chief, …]", "[Under the …]"
_EDITOR_STARTS = ("Ed", "Under", "Pod", "Responsible", "Executive", "Compiled and")
# The first letters of the labels a bracket may hold alone: "[vols. 1–2]", "[issues 1–3]", "[part 2]".
_BRACKETED_LABELS = frozenset("vVpPiInNbBkf")
_NUMBERED_NEEDLES = ("ed", "vol", "Vol", "part", "Part", "pt.", "book", "Book", "kn.", "Kn.", "fasc", "Fasc", "vyp.",
                     "Vyp.", "issue", "Issue", "no", "No", "p.", "col", "Aufl", "éd", "izd", "Izd", "Bd", "t.", "T.",
                     "ch", "gl.", "Teil", "Tl.", "Heft", "Lfg.", "livr.", "sec.", "secs.", "Abt.", "collection")
# The field of each label in a journal part ("1956, vol. 33, issue 6"); other labels number the issue.
_JOURNAL_NUMBER_FIELDS = {
    "vol.": "volume", "vols.": "volume", "Bd.": "volume", "t.": "volume", "book": "part", "books": "part",
    "part": "part", "parts": "part", "Teil": "part",
    "p.": "page", "pp.": "page",
}
# A day of the month before the year ("March 3, 1974"): a newspaper.
# (" S.": German Seiten, "320 S."; " s.": Russian stranits, "300 s.")
_COUNT_ENDS = ("pp.", "pp", " p.", " p", "vols.", "vols", " s.", " S.", " str.")
# ("Jan. 21, 1924", "1970, Apr. 22", "Oct. 25 (Nov. 7), 1917")
# The parts of a book an entry points to after its imprint, a note: "Chapter 3", "Plates 10–12" (an atlas's)
_NOTED_PARTS = r"(?:Chapters?|Plates?|Maps?|Tables?|Sections?|Sheets?)"
_NOTED_PART = re.compile(rf"\b{_NOTED_PARTS}\s\d")
_ISSUE_NUMBER = re.compile(r",\s(?:nos?\.|No\.?|№|issues?)\s?\d")
_NEW_SERIES = r"(?:new\sseries|n\.\s?s\.)"
_NEW_SERIES_IN = re.compile(_NEW_SERIES)
_DAY_OF_MONTH = re.compile(r"\d{1,2}\)?,\s|[a-z.]\s\d{1,2}$")


@dataclass(frozen=True)
class _Patterns:
    tables: Tables
    lead_note: re.Pattern
    bracket_author: re.Pattern
    inverted_author: re.Pattern
    given_particle: re.Pattern
    name_suffix: re.Pattern
    more_authors_mark: re.Pattern
    trailing_more_authors: re.Pattern
    editor_mark: re.Pattern
    more_authors: re.Pattern
    more_inverted_authors: re.Pattern
    names_in_full: re.Pattern
    full_given_author: re.Pattern
    pen_name: re.Pattern
    uninverted_before_works: re.Pattern  # "V. I. Lenin. Poln. sobr. soch.": names as called, before collected works
    single_name: re.Pattern
    family_first_name: re.Pattern
    arabic_name: re.Pattern
    lone_family: re.Pattern
    genre: re.Pattern
    quoted_title: re.Pattern
    bracket_title: re.Pattern
    after_title_note: re.Pattern
    trailing_paren: re.Pattern
    trailing_pages: re.Pattern
    part_after_imprint: re.Pattern
    later_edition: re.Pattern
    later_imprint: re.Pattern
    bracketed_imprint: re.Pattern
    page_count: re.Pattern
    journal_continuation: re.Pattern
    trailing_bracket: re.Pattern
    note_after_imprint: re.Pattern
    multi_imprint_group: re.Pattern
    year_tail: re.Pattern
    place_tail: re.Pattern
    region: re.Pattern
    known_place_tail: re.Pattern
    publisher_tail: re.Pattern
    undated_tail: re.Pattern
    no_place_tail: re.Pattern
    journal_tail: re.Pattern
    journal_numbers: re.Pattern
    numbered: re.Pattern
    edited_by: re.Pattern
    apparatus: tuple[tuple[str, re.Pattern], ...]
    in_container: re.Pattern
    in_sentence: re.Pattern
    volume_with_title: re.Pattern  # "Rukovodstvo po zoologii, vol. 6: Ptitsy"
    collected_works_tail: re.Pattern
    works_ends: tuple[str, ...]
    ibid_forms: frozenset[str]
    place_names: tuple[str, ...]
    container_authors: re.Pattern
    series_number: re.Pattern
    thesis: re.Pattern
    sentence_end: re.Pattern


# The field of each label of a set of parts printed with their imprints ("vol. 1. Moscow, 1950; vol. 2. …")
_MULTI_IMPRINT_FIELDS = {"vol.": "volume", "part": "part", "book": "part", "fasc.": "issue"}
# How the selected works of one kind end ("Izbr. filosofskie proizv."): a cheap test before the pattern
_SELECTED_WORKS_ENDS = ("proizv", "soch", "trudy")


def _whole_titles(phrases) -> list[str]:
    """Phrases that name a whole work, not just begin longer ones (``Izbr.`` begins ``Izbr. soch.``).

    >>> _whole_titles(["Izbr.", "Izbr. soch.", "Soch.", "Soch"])
    ['Izbr. soch.', 'Soch.', 'Soch']
    """
    return [k for k in phrases if not any(other.startswith(k + " ") for other in phrases)]


@lru_cache(maxsize=1)
def patterns() -> _Patterns:
    t = load_tables()
    months = alternation(list(t.months))
    known_places = alternation(sorted(t.places))
    regions = alternation(list(t.regions))
    # "Mass.", and a state before the next city of a joint imprint: "Cambridge, Mass.-London"
    region = rf"(?:{regions})(?:[{DASH}]{PLACE})?"
    # (… and Russian copies' "No 5", the sign № romanized)
    number_label = r"(?:vols?\.|Bd\.|t\.|nos?\.|No\.?|№|issues?|books?|parts?|Teil|fascs?\.|vyp\.|Heft|livr\.|pp?\.)"
    works = _whole_titles(t.collected_works)
    # "Marx, K., and F. Engels", "Ivanov, I. I.; Petrov, P. P.": authors as a bibliography prints them
    inverted_names = (
        rf"{FAMILY},\s{INITIALS}(?:(?:,\s(?:and\s)?|\sand\s){INITIALS}\s?{FAMILY}|(?:;\s|,\sand\s){FAMILY},\s{INITIALS})*"
    )
    container_names = rf"(?:{INITIALS})\s?{FAMILY}(?:(?:,\sand\s|\sand\s|,\s)(?:{INITIALS})\s?{FAMILY})*"
    capitalized_ibid = [form for form in t.ibid if form[:1].isupper()]
    particles = alternation(list(t.name_particles))
    capitalized_particles = alternation([particle[0].upper() + particle[1:] for particle in t.name_particles])
    # "Edited by …", "Edited and with an introduction by …", and the table's phrases ("Under the editorship of …")
    # (a title before the names is none of them: "Edited by Academician B. A. Rybakov")
    edited_by = re.compile(
        rf"[.,]?\s*(?:Edited(?:\sand(?:\s[a-z]+){{1,4}}?)?\sby|{alternation(list(t.editor_phrases))})\s"
        rf"(?:(?:{alternation(list(t.honorifics))})\s)?(.+?)\.?\s*$"
    )
    # "2nd ed., revised and enlarged"; "3rd enlarged ed."
    qualifier = alternation(list(t.edition_qualifiers))
    qualifiers = rf"(?:{qualifier})(?:,?\s(?:and\s|i\s)?(?:{qualifier}))*"  # (Russian "i": "ispr. i dop.")
    # "new ed.", and after a period "New ed."
    named_editions = alternation([form for word in t.named_editions for form in (word, word.capitalize())])
    return _Patterns(
        tables=t,
        # "(Review.) Inostrannaia literatura, …", "[Obituary.] …": a remark before the title.
        lead_note=re.compile(r"^(?:\(([^()]{1,60})\)|\[([^\[\]]{1,60})\])\s*"),
        bracket_author=re.compile(rf"^\[({FAMILY}),\s([^\[\]]+?)\]\s*"),
        # (A family name has two letters at least: "N. I. Vavilov i …" is a title that names a person.)
        # A family name of two words: "Kamerlingh Onnes, H.", "Ortega y Gasset, J.", "Teilhard de Chardin, P.".
        inverted_author=re.compile(
            # (a particle glued on by an apostrophe too: "d’Alembert, J.")
            # (not an initial of two letters and its period, as an uninverted name begins: "Kh. Kh. Khodzhaev.")
            rf"^(?![{UPPER}][{LOWER}]?\.\s)((?:(?:{particles}|{capitalized_particles})\s|[dlDL][’']|[{UPPER}][{LOWER}{SIGNS}]+\s(?:(?:y|{particles})\s)?"
            rf"(?=[{UPPER}][{LOWER}]+,))?"
            rf"(?=[{UPPER}][{LETTER}{SIGNS}]){FAMILY})[,.]\s({INITIALS})(?=[\s,;]|$)"
        ),
        given_particle=re.compile(rf"^\s({particles})(?=[.,\s])"),
        name_suffix=re.compile(rf"^,\s({alternation(list(t.generation_suffixes))})(?=[.,\s])"),
        more_authors_mark=re.compile(rf"^,?\s(?:{alternation(list(t.more_authors_marks))})"),
        trailing_more_authors=re.compile(
            rf",?\s(?:{alternation([mark.rstrip('.') for mark in t.more_authors_marks])})\.?$"
        ),
        # "Ivanov, I. I. (editor)." or "Ivanov, I. I., ed."
        editor_mark=re.compile(
            rf"^(?:\s?\((?:{alternation(list(t.editor_marks))})\)|,\s(?:{alternation(list(t.editor_marks))})(?=[\s.]|$))"
        ),
        # (a particle before the family name, or inside a name of two words: "L. de Broglie",
        # "P. Teilhard de Chardin")
        more_authors=re.compile(
            rf"^(?:,\s(?:and\s)?|\sand\s)({INITIALS})\s?"
            rf"({family_after_given(particles)})(?=[.,\s])"
        ),
        # … and inverted too, as other bibliographies print them: "Ivanov, I. I.; Petrov, P. P.",
        # "Ivanov, I. I., and Petrov, P. P."
        more_inverted_authors=re.compile(rf"^(?:,\s(?:and\s)?|;\s|\sand\s)({FAMILY}),\s({INITIALS})(?=[.,;\s])"),
        full_given_author=re.compile(
            # (or the year after them, as an author-date list prints it: "Raeff, Marc. 1966. Origins …")
            rf"^({FAMILY}),\s([{UPPER}][{LETTER}’]+(?:\s[{LETTER}’]+){{0,2}}\.)\s(?=[{UPPER}“\"\[]|\(?1[5-9]\d\d\b)"
        ),
        # Names in full as Western bibliographies print them, with a co-author or as editors: "Figes, Orlando, and
        # Boris Kolonitskii. …", "Pipes, Richard, ed. …"
        names_in_full=re.compile(
            rf"^({FAMILY}),\s({_GIVEN_IN_FULL})(?:,?\s(?:and|&)\s({_GIVEN_IN_FULL})\s({FAMILY}))?"
            rf"(?:,\s(?P<editors>eds?\.|comp\.))?\.?\s(?=[{UPPER}“\"\[(]|1[5-9]\d\d)"
        ),
        # "Gafez. “Poetü zärdä.”", "Nam Cao. “Chi Pheo.”": a name of a word or a few before a quoted title
        # (only before collected works: "A. S. Pushkin. Biografiia" may be a title that names its subject)
        uninverted_before_works=re.compile(
            rf"^((?:{INITIALS}\s?{FAMILY})(?:(?:,\s|,?\s(?:and|i)\s)(?:{INITIALS}\s?{FAMILY}))*)\.\s"
            rf"(?=(?:{alternation(list(t.collected_works))})[\s,]|“)"
        ),
        pen_name=re.compile(rf"^([{UPPER}][{LETTER}’-]+(?:\s[{UPPER}][{LETTER}’-]+){{0,2}})\.\s(?=[“\"])"),
        # (the Arabic article in lowercase too, as a page may print it: "al-Biruni. Izbrannye proizvedeniia")
        single_name=re.compile(rf"^({alternation(_with_lowercase_articles(t.single_names))})\.\s(?=[{UPPER}“\[])"),
        # "Taha Husayn. Al-Ayyam.", "Shawqi Dayf. Al-Adab al-arabi …": an Arab's name printed whole, as Arabic
        # prints it, before a title that begins with the Arabic article
        arabic_name=re.compile(
            rf"^([{UPPER}][{LOWER}’‘ʿ]+(?:\s(?:(?:al|el|ibn|bin|abu)[\s-])?[{UPPER}][{LOWER}’‘ʿ]+){{1,3}})\.\s"
            rf"(?=(?:[Aa]l|[Ee]l|[Aa](?:sh|d|n|r|s|t|z))-[{UPPER}])"
        ),
        # "Nguyen Khac Vien. Vietnam: …", "Mao Tse-tung. Izbrannye …": a family name printed first
        family_first_name=re.compile(
            rf"^((?:{alternation(list(t.family_first))})(?:\s[{UPPER}][{LOWER}’-]*){{1,3}})\.\s(?=[{UPPER}“\[])"
        ),
        # (A title may go on in lowercase after the name: "G. V. Plekhanov i ego rol’ …".)
        # (a surname alone, or with the years of its bearer's life: "V. I. Vernadskii (1863–1945)")
        lone_family=re.compile(rf"^\s?({FAMILY})(?:[.:,](?:\s|$)|\s(?=[{LOWER}]|\(\d{{4}}))"),
        genre=re.compile(
            r"[.,]?\s*((?:Candidate’s|Candidate's|Doctoral|Doctor’s|Doctor's|Master’s) (?:dissertation|thesis)"
            r"|Author’s abstract of (?:a )?(?:candidate’s |doctoral )?dissertation"
            # (a period before a word in lowercase ends an abbreviation: "Avtoreferat kand. dis.", and so
            # does one before the ellipsis of a Russian copy: "Avtoref. dis. ... kand. ist. nauk")
            r"|(?:Avtoreferat|Avtoref\.|Dissertatsiia|Dis\.)(?:[^.]|\.\.\.|\.(?=\s(?:[a-z]|\.\.\.)))*)\.?\s*$"
        ),
        # A quoted title ends at a closing quote after its final period ("…g.”"); "”" alone
        # may be a hard sign inside a word ("Dag”istanal”ul").
        # A quotation that a title begins with ("“Russkaia zemlia” i obrazovanie …") goes on in lowercase.
        quoted_title=re.compile(
            # (German quotes open low, „…“; single quotes close after the title's period: ‘…’)
            r"^[“\"«„‘](.+?[.?!…])[”\"»“’](?=\s|\(|$|[,])|^[“\"«„](.+?)[”\"»“](?=\s(?![a-z])|\(|$|[.,]\s)"
        ),
        bracket_title=re.compile(r"^\[[“\"«]?(.+?)[”\"»]?\]\s*"),
        after_title_note=re.compile(r"^\(([^()]+)\)\.?\s*"),
        trailing_paren=re.compile(r"\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)\s*\.?\s*$"),
        # "Pages 5–7.", "pp. 5–7", and an encyclopedia's columns: "Columns 150–56.", "Cols. 150–56."
        # (… and as Russian copies print them: "s. 10–20", "S. 45")
        # (and the pages after the first: "Pages 45 ff.", read as the journal's "pp. 45 ff." is, from its first)
        trailing_pages=re.compile(
            rf"[.,]?\s*(?:Pages?|[Pp]p?\.|Columns?|[Cc]ols?\.|(?<![{LETTER}])[Ss]\.)\s?({PAGES})(?:\s?ff)?\.?\s*$"
        ),
        # "Moscow, 1979. Part 1": a part or volume printed after the imprint (its pages already taken).
        part_after_imprint=re.compile(
            r"(?<=\d)\.\s(?:(?P<part>Part|Book)\s(?P<part_value>\d+[a-z]?)|Vol\.\s(?P<volume>\d+[a-z]?))[,.]?\s*$"
        ),
        # After the imprint: "Leningrad, 1945. 432 pp.", "Moscow, 1964. Chapters 2–3.", "… Plates 10–12." (notes),
        # "Moscow, 1960–62. 2 vols." (the number of volumes)
        bracketed_imprint=re.compile(rf"{PLACE}[,.]?\s{YEAR_RANGE}\.?"),
        page_count=re.compile(
            rf"(?<=\d)[.,]\s(?:(?P<pages>(?P<count>\d+)\s(?:pp?|s|S|str)|{_NOTED_PARTS}\s{NUMBER})|(?P<volumes>\d+)\svols)"
            r"\.?\s*$"
        ),
        # "Istoricheskie zapiski, 1950, vol. 32, pp. 5–40; vol. 33, pp. 10–60.": an article printed in
        # parts; the first part is the record's, the others a note.
        journal_continuation=re.compile(rf";\s((?:{YEAR},\s)?(?:vols?\.|nos?\.|issues?|pp?\.|parts?|books?)\s?\d.*?)\.?\s*$"),
        # "Moscow, 1986; 2nd ed. Moscow, 1990.", "Moscow, 1956. 2nd ed., 1960.": a later edition after the
        # first imprint, kept as a note.
        later_edition=re.compile(
            # (after "Ibid.," too, the same book: "Moscow, 1960. Ibid., 2nd ed., 1965.")
            rf"(?:;|(?<=[12]\d{{3}})\.)\s(?:Ibid\.,\s)?((?:\d+(?:st|nd|rd|th|d)\s(?:{qualifiers}\s)?ed\.|[Rr]eprint(?:ed)?\.?)"
            # (its volumes too: "Yerevan, 1958; 2nd ed., vol. 1, 1964")
            rf"(?:,\svols?\.\s{NUMBER})?(?:,?\s\[?{PLACE}\]?)?[,.]?\s\[?{YEAR}(?:[{DASH}]\d{{2,4}})?\]?)\.?\s*$"
        ),
        trailing_bracket=re.compile(r"\s*\[([^\[\]]+)\]\s*\.?\s*$"),
        # A sentence after the year that begins with a phrase and a comma or colon: a note, if the phrase is English
        note_after_imprint=re.compile(r"(?<=\d)\.\s([A-Z][a-z]+(?:\s[a-z]+){0,2}[,:]\s.+?)\s*$"),
        # After a semicolon that follows a year, a later imprint of more volumes or parts, or a reprint elsewhere
        later_imprint=re.compile(
            # (or a sentence of its own: "Moscow, 1964–65. Vol. 5, Moscow, 1970.", "Moscow, 1956. Leningrad, 1960.")
            rf"(?:(?<=[12]\d{{3}})|(?<=[12]\d{{3}}[{DASH}]\d\d))(;|\.)\s"
            # (a reprint: "Moscow, 1900. Reprinted in Leningrad, 1914.")
            rf"((?:(?:Reprinted|Reissued|Republished)\s(?:in\s)?)?"
            rf"(?:(?:[Vv]ols?\.|[Pp]arts?|[Bb]ooks?)\s{NUMBER}(?:[,.]\s\[?{PLACE}\]?)?|\[?{PLACE}\]?)"
            rf"[,.]\s\[?{YEAR}(?:[{DASH}]\d{{2,4}})?\]?)\.?\s*$"
        ),
        # (each volume with its own title too: "vol. 1: Drevnost’. Moscow, 1960; vol. 2: Srednie veka. Moscow, 1965")
        multi_imprint_group=re.compile(
            rf"[,;]\s(part|vol\.|book|fasc\.)\s(\d+)(?::\s[^;:]{{1,80}}?)?[,.]\s({PLACE})[,.]\s({YEAR})(?=[;.]|$)"
        ),
        year_tail=re.compile(rf"(?:[,.]\s?|\s)\[?({YEAR_RANGE})\]?\s*\.?\s*$"),
        # "Ithaca, N.Y.", "Cambridge (Mass.)": a city with its state is one place.
        place_tail=re.compile(
            rf"(?=[\[{UPPER}])(?:^|(?<=[.?!”\"\]\)…]\s)|(?<=[.”]))\[?({PLACE}(?:,\s{region}|\s\((?:{regions})\))?)\]?\s*$"
        ),
        region=re.compile(region),
        known_place_tail=re.compile(rf"(?:^|(?<=\s)|(?<=[.,]))\[?({known_places})\]?\s*$"),
        # "Moscow, Nauka", "Moscow: Nauka", and after a colon a publisher with its branch ("Leningrad: Nauka,
        # Leningrad Branch"); after a comma one part only (a comma there could start anything).
        publisher_tail=re.compile(
            # (a city with its state before a colon: "Cambridge, Mass.: Harvard University Press")
            # (not a person's name after their initials, a city named for them: "S. M. Kirov: Biograficheskii
            # ocherk. Moscow, 1977.", "M. V. Frunze: …")
            # (joint too: "Moscow-Leningrad, Izd-vo AN SSSR"; a publisher's name in quotes may hold a comma before
            # the closing one: "Moscow, “Nauka,” 1950", "Moscow, Izd-vo “Mysl’,” 1970")
            rf"(?:^|(?<=[.?!”\"\]\)]\s))(?<!\b[{UPPER}]\.\s)(?<!\b[{UPPER}][a-z]\.\s)"
            rf"\[?({known_places}(?:-(?:{known_places}))*(?:,\s{region})?)\]?"
            rf"(?::\s([^,:]+?(?:,\s[^,:]+?)?)|,\s((?:[^,“]*“[^”]+”)|[^,]+?))\s*$"
        ),
        # An imprint without a year: "Moscow, n.d.", "[Leningrad, s.a.]", or a known city alone ("Moscow.").
        undated_tail=re.compile(
            rf"(?:^|(?<=[.?!”\"\]\)…]\s))\[?(?:({PLACE})\]?,?\s?\[?(?:{alternation(list(t.no_date))})"
            rf"|({known_places}))\]?\s*\.?\s*$"
        ),
        # "Stikhi. [No place] 1920.", "Stikhi. N.p., 1920.": an imprint that names no place
        no_place_tail=re.compile(
            rf"(?:^|(?<=[.?!”\"\]\)…]\s))\[?(?:{alternation(list(t.no_place))})\]?,?\s*$"
        ),
        journal_tail=re.compile(
            # "Pravda, Jan. 21, 1924"; "Pravda, 1970, Apr. 22"; "Kommunist, 1974"
            # (an Old Style day with the New Style's after it: "Pravda, Oct. 26 (Nov. 8), 1917")
            rf"^(.*?)[,.]?\s((?:(?:{months})\.?,?\s(?:\d{{1,2}}(?:\s\((?:(?:{months})\.?\s)?\d{{1,2}}\))?,\s)?)?"
            rf"{YEAR}(?:[{DASH}]\d{{2,4}})?"
            # (a newspaper's two days too: "Pravda, 1965, Mar. 3–4")
            rf"(?:,\s(?:{months})\.?\s\d{{1,2}}(?:[{DASH}]\d{{1,2}})?(?!\d))?)"
            # (the pages after the first too: "pp. 45 ff.")
            # (a serial's new series among them: "Trudy Instituta etnografii, 1959, new series, vol. 5")
            # (a period misprinted for a comma before them: "Voprosy istorii, 1960. no. 2")
            rf"((?:[,.]\s(?:{number_label}\s?[\w()–-]+(?:\s\(\d+(?:[–-]\d+)?\))?|{_NEW_SERIES}))*)(?:\sff\.?)?"
            # (the day after a newspaper's number: "Literaturnaia gazeta, 1965, no. 12, Mar. 20")
            rf"(?:,\s((?:{months})\.?\s\d{{1,2}}))?\s*\.?\s*$"
        ),
        journal_numbers=re.compile(rf"({number_label})\s?([\w()–-]+(?:\s\(\d+(?:[–-]\d+)?\))?)"),
        # The numbered parts of the apparatus, in one pattern (one search instead of five).
        numbered=re.compile(
            # (It begins at a comma, a space or a bracket: the lookahead spares the pattern every other position.)
            rf"(?=[,\s\[]),?\s*(?:\[?\s*(?P<edition>(?:\d+(?:st|nd|rd|th|d)|{named_editions})\s+(?:{qualifiers}\s)?ed\.?"
            rf"(?:,?\s{qualifiers})?"
            # A German, French or Russian entry keeps its own labels: "4. Aufl.", "2e éd.", "2-e izd.", "Bd. 10",
            # "t. 3" (and the encyclopedia's Russian original, "5 izd.")
            r"|\d+\.\s?Aufl\.|\d+e\s?[ée]d\.|\d+(?:-e)?\s?izd\.|[Ii]zd\.\s?\d+-e\.?)\s*\]?"
            r"|in\s(?P<number_of_volumes>\d+)\svols"
            # (or as a sentence of its own after the title: "Dvizhenie dekabristov. 2 vols. Moscow: …")
            r"|(?<=\.\s)(?P<volumes_counted>\d+)\svols\.?"
            # A label after a period is capitalized: "Istoriia SSSR. Vol. 2. Moscow, 1966."
            # (volumes listed: "vols. 35–38, 69"; a year after them is the imprint's)
            # (a serial still coming out: "vols. 1–. Moscow, 1966–.", also spaced "vol. 1– . Bonn"; half-volumes:
            # "half-vols. 1–2"; the numbered collections of a serial: "XVIII vek, collection 5"; a label the
            # editors supplied: "[vol.] 2"; the system number of Gmelin's handbook: "system no. 9")
            rf"|(?:(?:[Vv]ols?|Bde?|[tT]|half-vols?)\.|collection|\[vols?\.\]|[Ss]ystem\sno\.)\s?"
            # (with its number in the whole run, as a journal's issue has one: "vol. 1 (34)")
            rf"(?P<volume>{NUMBER}(?:,\s\d{{1,3}}(?:[{DASH}]\d{{1,3}}|[A-Z](?![a-zA-Z]))?(?!\d))*(?:[{DASH}](?=\s?\.?$))?"
            rf"(?:\s?\(\d{{1,4}}\))?)"
            # (a part lettered: "Silicium, part B", "parts A–B")
            rf"|(?:[Pp]arts?|pt\.|[Bb]ooks?|[Kk]n\.|Teile?|Tl\.|secs?\.|Abt\.)\s"
            rf"(?P<part>(?:{NUMBER}|[A-Z](?:[{DASH}][A-Z])?(?![a-zA-Z]))(?:[{DASH}](?=\s?\.?$))?)"
            # A chapter of a book ("Kapital, vol. 1, ch. 24"; Russian "gl. 5")
            rf"|(?:ch|chaps?|gl)\.\s?(?P<chapter_number>{NUMBER})"
            # (a serial's issues still coming out: "issue 1–. Moscow, 1961–.")
            # (issues listed as volumes are: "nos. 56, 103", "issues 2, 5–7")
            rf"|(?:[Ff]ascs?\.|[Vv]yp\.|[Ii]ssues?|[Nn]os?\.|Heft|Lfg\.|livr\.)\s?(?P<issue>{NUMBER}"
            rf"(?:,\s\d{{1,3}}(?:[{DASH}]\d{{1,3}})?(?!\d))*(?:[{DASH}](?=\s?\.?$))?)"
            # Pages (or an encyclopedia's columns) before the imprint: "vol. 5, pp. 100–110. Moscow, 1971."
            rf"|(?:pp?|cols?)\.\s?(?P<page>{PAGES}))\s*\.?\s*$"
        ),
        edited_by=edited_by,
        apparatus=(
            ("editor", edited_by),
            ("bracket", re.compile(r"\s*\[([^\[\]]+)\]\s*\.?\s*$")),
            ("paren", re.compile(r"\s*\(([^()]+)\)\s*\.?\s*$")),
            # An unbracketed credit sentence; the bracketed ones are notes too. (MLA's "Trans." names the
            # translators with no "by": "War and Peace. Trans. Louise and Aylmer Maude.")
            (
                "credit",
                re.compile(
                    rf"[.,]\s*((?:(?:{alternation(list(t.credits))})\s(?:[a-z]+\s){{0,6}}?(?:by|from)|Trans\.(?=\s[A-Z]))"
                    r"\s.+?)\.?\s*$"
                ),
            ),
            # Which run of a series ("Trudy Instituta etnografii, new series, vol. 35"; "Trudy …, series 2, vols.
            # 1–86"): a note.
            ("run", re.compile(r",\s((?:new|old|[1-9](?:st|nd|rd|th))\sseries|series\s[1-9]\d?)\.?\s*$")),
        ),
        in_container=re.compile(
            # ("In: Sbornik statei", as a page copied from elsewhere prints it)
            rf"^In:?\s(?:the\s(?:{alternation(list(t.container_kinds))})(?:\sof\sarticles)?:?\s"
            # ("In his Stat’i i zametki": his own book, the word "book" left out)
            r"|(?P<own>his|her)\s(?:(?:book|collection|article)s?:?\s)?)?"
        ),
        # (after a title's period, or the quote closed after it, curly or straight: "… “Voina i mir.” In …")
        in_sentence=re.compile(rf"(?<=[.”])\s(?=In:?\s(?:the\s)?[{UPPER}a-z])|(?<=\.\")\s(?=In:?\s)"),
        # (the volume's number as the editors supplied it, and the years it covers: "Ocherki istorii russkoi
        # sovetskoi zhurnalistiki, [vol. 1] 1917–1932")
        volume_with_title=re.compile(
            # (or a book or part alone with its title: "Entsiklopediia elementarnoi matematiki, book 1: Arifmetika")
            rf"(?P<title>.+?),\s(?:[Vv]ol\.\s?(?P<volume>{NUMBER})(?:,\s(?:[Pp]art|[Bb]ook)\s(?P<part>{NUMBER}))?"
            rf"[:.]\s|\[vol\.\s?(?P<supplied>{NUMBER})\]\s|(?:[Pp]art|[Bb]ook)\s(?P<part_alone>{NUMBER}):\s)"
            rf"(?P<volume_title>[{UPPER}«“\d].*)"
            # (the years a volume covers, in parentheses: "Pis’ma, vol. 1 (1904–1912)")
            rf"|(?P<title_before_years>.+?),\s[Vv]ol\.\s?(?P<volume_of_years>{NUMBER})\s\((?P<years>{YEAR_RANGE})\)\.?"
            # (Chicago's volume of a work in several volumes, its own title first: "Voina i mir. Vol. 2 of Sobranie
            # sochinenii v 22 tomakh")
            rf"|(?P<volume_title_first>.+?)\.\s[Vv]ol\.\s?(?P<volume_of>{NUMBER})\sof\s(?P<title_after>[{UPPER}«“].*)"
            # (and the whole work's title first, the volume's after a comma or colon: "A History of Soviet Russia.
            # Vol. 2, The Bolshevik Revolution", "Istoriia SSSR. Vol. 2: Period feodalizma")
            rf"|(?P<whole_title>.+?)\.\s[Vv]ol\.\s?(?P<volume_then_title>{NUMBER})[,:]\s(?P<its_title>[{UPPER}«“\d].*)"
        ),
        # What is left of "Razvitie kapitalizma v Rossii. Poln. sobr. soch., 5th ed., vol. 3" once
        # the apparatus is peeled: a title, then the author's collected works.
        # ("Chto delat’? Poln. sobr. soch."; "Polozhenie rabochego klassa v Anglii. Ibid.")
        # (… or their authors' collected works, the authors inverted: "Kritika Gotskoi programmy. Marx, K., and
        # F. Engels. Soch.")
        collected_works_tail=re.compile(
            # (or named as a container's authors are, uninverted: "Anti-Diuring. K. Marx and F. Engels, Soch.")
            rf"(?:(?<=[.”?!])|(?<=\.\"))\s((?:{inverted_names}\.?\s|(?=[{UPPER}]){container_names},\s)?"
            rf"(?:{alternation(works + capitalized_ibid)}|{SELECTED_WORKS_OF_A_KIND})"
            # (with the number of their volumes: "Byloe i dumy. Sobr. soch. v 30 tomakh")
            rf"(?:\sv\s\d+\s(?:tomakh|tt?\.?))?)\.?\s*$"
        ),
        works_ends=(*(phrase.rstrip(".") for phrase in works + capitalized_ibid), *_SELECTED_WORKS_ENDS),
        ibid_forms=frozenset(form.strip(" .").lower() for form in t.ibid),
        place_names=tuple(t.places),
        container_authors=re.compile(rf"^({container_names}),\s(?=\S)"),
        # "(Trudy …, vol. 16 [36].)": a series' volume, with its number in the whole run when printed
        # (a letter and a space before the number too: the "Svod arkheologicheskikh istochnikov, issue V 4–9")
        series_number=re.compile(
            rf"^(.*?)[,.]?\s*(vols?\.|nos?\.|fascs?\.|vyp\.|issues?)\s?((?:[A-Z]\s(?=\d))?{NUMBER}(?:\s?\[\d+\])?)\.?$"
        ),
        thesis=re.compile(r"\b(?:Avtoreferat|dissertation|Dissertatsiia|dis\.)", re.I),
        # (after a number of one digit too: "Sovetskaia istoriografiia, vol. 1. Voprosy istorii, 1958, no. 4")
        sentence_end=re.compile(rf"(?:(?<=[{LOWER}’\d\)]{{2}})|(?<=\s\d))\.\s(?=[{UPPER}])"),
    )


# A question mark glued to the imprint's year, the last thing an entry prints: "[Moscow, 1925?]", "Moscow, 1925?"
_DOUBTED_YEAR = re.compile(rf"({YEAR})\?(\]?)\.?$")
# The medium MLA prints after an imprint: "… 1966. Print."
_MEDIUM = re.compile(r"(?<=[\d\]]\.)\s(Print|Web|Online)\.?$")
_WEB_ADDRESS = re.compile(WEB_ADDRESS_AT_THE_END)
_DOI_RESOLVER = re.compile(r"^https?://(?:dx\.)?doi\.org/")
# The day a page was read: "12 May 2015", "May 12, 2015", "2015-05-12", "12.05.2015"
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})\s([A-Z][a-z]+\.?)\s(\d{4})$|^([A-Z][a-z]+\.?)\s(\d{1,2}),\s(\d{4})$")
_NUMERIC_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$|^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
# A given name in full, maybe with a middle initial: "Richard", "Marc", "John M."
_GIVEN_IN_FULL = r"[A-Z][a-z’]+(?:\s[A-Z]\.)?"


@dataclass(frozen=True, slots=True)
class IbidSource:
    """What "Ibid." takes from the entry printed before: the book or journal that held it.

    >>> ibid_source({"title": "Velikii pochin", "container_title": "Polnoe sobranie sochinenii", "edition": "5"})
    IbidSource(container_title='Polnoe sobranie sochinenii', container_title_short='', container_author=(), \
edition='5', volume='')
    >>> ibid_source({"title": "Sochineniia", "author": (), "edition": "2"}).container_title
    'Sochineniia'
    """

    container_title: str
    container_title_short: str = ""
    container_author: tuple[Name, ...] = ()
    edition: str = ""
    volume: str = ""  # taken only by an "Ibid." that prints no number nor year of its own


def ibid_source(fields: dict) -> IbidSource | None:
    """The container an entry offers to an "Ibid." after it: its own, or itself when it is collected works."""
    if fields.get("container_title"):
        return IbidSource(fields["container_title"], fields.get("container_title_short", ""),
                          fields.get("container_author", ()), fields.get("edition", ""), fields.get("volume", ""))
    if fields.get("title") in patterns().tables.collected_works_titles:
        # "Lenin, V. I. Poln. sobr. soch., 5th ed., vol. 1." then "“…” Ibid., vol. 2."
        return IbidSource(fields["title"], fields.get("title_short", ""), fields.get("author", ()),
                          fields.get("edition", ""), fields.get("volume", ""))
    return None


# A line of dashes that stands for the authors of the entry before, as Western bibliographies print it
_SAME_AUTHORS = re.compile(r"(?:[—―]{2,}|-{2,}|_{3,})\.?\s+")
_SAME_AUTHORS_DASHES = frozenset("—―-_")


@dataclass(frozen=True, slots=True)
class EntryContext:
    """What the entry parser may know from outside the entry itself."""

    previous: IbidSource | None = None
    # The authors of the entry before, whom a line of dashes stands for ("——. Stat’i. Moscow, 1965.")
    previous_authors: tuple[Name, ...] = ()
    # The article's subject, when the headword names them in one piece (Makhtumkuli): the name before a
    # title is theirs ("Makhtumkuli. Saylanan eserler. Ashkhabad, 1960.")
    subject: Name | None = None


def _title_text(text: str) -> str:
    """A title as printed, without enclosing quotes and final period."""
    text = text.strip()
    if len(text) >= 2 and text[0] in "“\"«" and text[-1] in "”\"»":
        text = text[1:-1]
    return strip_final_period(text).rstrip(",;").strip()


def _expanded_title(printed: str, container: bool = False) -> tuple[str, str]:
    """(title, printed abbreviation or ""): ``Izbr. proizv.`` → ``Izbrannye proizvedeniia``.

    Abbreviations are expanded before the final period is dropped, since that
    period may belong to the abbreviation (``Soch.``).
    """
    text = printed.strip()
    if len(text) >= 2 and text[0] in "“\"«" and text[-1] in "”\"»":
        text = text[1:-1].strip()
    text = text.rstrip(",;:").strip()  # (a colon before the genre peeled off: "Ocherki istorii: Avtoreferat …")
    expanded, short = expand_abbreviations(text, container=container)
    if not short:
        if container and text.endswith(".") and journal_name_without_final_period(text) == text:
            return text, ""  # "J. Amer. Chem. Soc.": the period is the abbreviation's, kept as printed
        return strip_final_period(text).rstrip(",;:").strip(), ""
    if expanded.endswith("."):
        # The period is the sentence's, not the abbreviation's.
        return strip_final_period(expanded), strip_final_period(short)
    return expanded, short


class _Fields(dict):
    """The fields found so far (a local working dict; frozen into a Reference at the end)."""

    def add_note(self, position: int, note: str) -> None:
        if note:
            self.setdefault("_notes", []).append((position, note))


# After the subject's name, a title of its own (not the end of the title the name is: "Makhtumkuli. Moscow")
_SUBJECT_BEFORE_A_TITLE = re.compile(rf"\.\s(?=[{UPPER}“«\[])(?![^.]*,\s\d{{4}})")


def _with_lowercase_articles(names: tuple[str, ...]) -> list[str]:
    """Names with the Arabic article, also as printed in lowercase.

    >>> _with_lowercase_articles(("Al-Biruni", "Aristotle"))
    ['Al-Biruni', 'Aristotle', 'al-Biruni']
    """
    return [*names, *(f"al-{name[3:]}" for name in names if name.startswith("Al-"))]


def _first_words(text: str) -> str:
    """A text's words up to its first comma or period: ``Moscow`` of `` Moscow, 1960.``."""
    return text.split(",")[0].split(".")[0].strip()


def _parse_head(text: str, fields: _Fields, p: _Patterns, subject: Name | None = None) -> str:
    """Leading note, authors, quoted or bracketed title; returns the rest of the entry."""
    text = _lead_note(text, fields, p)
    authors: list[Name] = []
    m = p.bracket_author.match(text)
    named = subject.literal if subject is not None and subject.literal else ""
    if named and text.startswith(named) and _SUBJECT_BEFORE_A_TITLE.match(text, len(named)):
        authors.append(subject)  # "Makhtumkuli. Saylanan eserler.": the subject, whom no table knows
        text = text[len(named) + 1 :].lstrip()
    elif m:
        authors.append(Name(family=m.group(1), given=normalize_given(_given_as_printed(m.group(2)))))
        text = text[m.end() :]
    else:
        m = p.inverted_author.match(text)
        if m and m.group(2).rstrip().endswith("1.") and _is_place(_first_words(text[m.end() :]), p):
            # "Sochineniia, T. 1. Moscow, 1960.": a Russian volume's label and number before the imprint, not an
            # author whose initial OCR read as 1 ("Ivanov, D. 1. Ocherki.")
            m = None
        if m:
            given = m.group(2)
            rest = text[m.end() :]
            n = count_initials(given)
            if n >= 2 and _a_journals_first_word(given, rest, p):
                given, spill = split_initials(given, n - 1)
                rest = " " + spill + rest
            elif n >= 2 and _names_a_pen_name(given, rest, p):
                given, spill = split_initials(given, n - 1)
                rest = " " + spill + rest
            elif n == 3 and _a_russian_before_a_foreigner(m.group(1), given, rest, p):
                given, spill = split_initials(given, 2)
                rest = " " + spill + rest
            elif n >= 3 and _names_a_person(n, rest, p, subject):
                given, spill = split_initials(given, n - 2)
                rest = " " + spill + rest
            elif n == 3 and _names_a_foreigner(rest, p):
                given, spill = split_initials(given, n - 1)
                rest = " " + spill + rest
            elif n == 2 and _a_foreigner_by_one_initial(given, rest, p):
                given, spill = split_initials(given, 1)
                rest = " " + spill + rest
            elif n == 2 and _the_subjects_initial_and_name(given, rest, p, subject):
                given, spill = split_initials(given, 1)
                rest = " " + spill + rest
            particle = p.given_particle.match(rest)
            if particle:  # "Saussure, F. de": the particle stays with the name, as printed
                given, rest = f"{given} {particle.group(1)}", rest[particle.end() :]
            elif suffix := p.name_suffix.match(rest):  # "Smith, J., Jr.": the suffix stays with the name too
                given, rest = f"{given}, {suffix.group(1)}", rest[suffix.end() :]
            authors.append(Name(family=m.group(1), given=normalize_given(given)))
            more, text = _more_authors(rest, p)
            authors.extend(more)
            # "et al." names nobody more (the printed text keeps it); "(editor)" makes editors of them.
            if mark := p.more_authors_mark.match(text):
                text = text[mark.end() :]
            if mark := p.editor_mark.match(text):
                fields["editor"] = tuple(authors)
                authors = []
                text = text[mark.end() :]
            text = text.lstrip(".,").lstrip()  # (a comma too: "Ivanov, I. I., Ocherki istorii.")
        elif (full := p.names_in_full.match(text)) and (full.group(4) or full.group("editors")) and not (
            _is_place(full.group(1), p)
        ):
            # "Figes, Orlando, and Boris Kolonitskii.", "Pipes, Richard, ed."
            authors.append(Name(family=full.group(1), given=full.group(2)))
            if full.group(4):
                authors.append(Name(family=full.group(4), given=full.group(3)))
            if full.group("editors"):
                fields["editor"], authors = tuple(authors), []
            text = text[full.end() :]
        else:
            m = (
                p.full_given_author.match(text) or p.pen_name.match(text) or p.single_name.match(text)
                or p.family_first_name.match(text) or _an_arabs_name(text, p)
            )
            called = p.uninverted_before_works.match(text) if not m and text[1:2] == "." else None
            if called and (names := parse_name_list(called.group(1))):
                authors.extend(names)  # "V. I. Lenin. Poln. sobr. soch., 5th ed., vol. 3.": named as called
                text = text[called.end() :]
            elif m and m.re is not p.full_given_author:
                # "Nam Cao. “…”" (a pen name before a quoted title); "Aristotle. Metafizika."
                if not _is_place(_first_words(text[m.end() :]), p):
                    authors.append(Name(literal=m.group(1)))
                    text = text[m.end() :]
            elif m and not _is_place(m.group(1), p) and not _is_place(m.group(2).rstrip("."), p):
                # (given as printed: its final period may be an abbreviation's, "Xasoeqoyï firt Geor.", but a
                # name's ends the name: "Ivanov, Ivan Ivanovich.", "Raeff, Marc.")
                given = m.group(2).strip()
                if given.rsplit(" ", 1)[-1] not in p.tables.given_name_abbreviations:
                    given = given.removesuffix(".")
                authors.append(Name(family=m.group(1), given=given))
                text = text[m.end() :]
    if authors:
        fields["author"] = tuple(authors)
        text = _lead_note(text.strip(), fields, p)  # "Ivanov, I. I. (Review.) Inostrannaia literatura, …"
        real_name = p.lead_note.match(text) if text[:1] == "(" else None
        if real_name and real_name.group(1) and (
            parse_name_list(real_name.group(1)) or names_only(real_name.group(1).strip())
        ):
            # "Gor’kii, M. (A. M. Peshkov). Detstvo.": the author's real name, a note; or their pen name in full,
            # "Asaf’ev, B. V. (Igor’ Glebov). Izbr. trudy"
            fields.add_note(0, real_name.group(1).strip())
            text = text[real_name.end() :].lstrip(". ")
        text = _year_put_last(text.strip())
    elif "editor" in fields:
        text = _year_put_last(text.strip())  # "Danilov, V. P. (Ed.). (1988). Krest’ianstvo i vlast’."
    text = text.strip()
    m = p.quoted_title.match(text) or (p.bracket_title.match(text) if text.startswith("[") else None)
    if m and m.re is p.quoted_title and m.group(2) and _a_quotation_begins_the_title(text[m.end() :], p):
        m = None  # "Balashov, N. I. “Don Kikhot” Servantesa. Moscow, 1977.": a book on a work it names
    if m and not (m.re is p.bracket_title and _looks_like_edition(m.group(1))):
        fields["title"] = _title_text(m.group(1) or m.group(2))
        fields["_quoted"] = True
        text = text[m.end() :].lstrip(" .,")
        note = p.after_title_note.match(text)
        if note and is_english_note(note.group(1)):
            fields.add_note(1, clean_note(note.group(1)))
            text = text[note.end() :].lstrip(" .,")
    return text.strip()


def _a_quotation_begins_the_title(rest: str, p: _Patterns) -> bool:
    """Whether what follows a quotation closed with no period of its own is the rest of a book's title, its imprint
    after it: a work named in quotes, then a word or a few ("“Don Kikhot” Servantesa"), not a journal nor a book
    that holds it.

    >>> p = patterns()
    >>> _a_quotation_begins_the_title(" Servantesa. Moscow, 1977.", p)
    True
    >>> _a_quotation_begins_the_title(" Voprosy istorii, 1970, no. 5.", p)
    False
    >>> _a_quotation_begins_the_title(" In Sb. Moscow, 1960.", p)
    False
    """
    m = _REST_OF_A_TITLE_THEN_AN_IMPRINT.match(rest)
    return m is not None and not rest.startswith((" In ", " Ibid")) and _is_place(m.group(1), p)


# " Servantesa. Moscow, 1977.": a capitalized word and up to four more, a period, a city and a year
_REST_OF_A_TITLE_THEN_AN_IMPRINT = re.compile(
    rf"\s[{UPPER}][{LETTER}{SIGNS}-]*(?:\s[{LETTER}{SIGNS}-]+){{0,4}}\.\s\[?([^,.\[\]]+?)\]?[,.]?\s\[?{YEAR}"
)


def _given_as_printed(given: str) -> str:
    """Given names in brackets as printed, without the period that ends the name's sentence, unless it
    is an initial's.

    >>> _given_as_printed("Qalmaqan Abdüqadïrovich."), _given_as_printed("Ivan I.")
    ('Qalmaqan Abdüqadïrovich', 'Ivan I.')
    """
    given = given.strip()
    if given.endswith(".") and count_initials(given.split()[-1]) == 0:
        return given[:-1]
    return given


def _more_authors(text: str, p: _Patterns) -> tuple[list[Name], str]:
    """The co-authors printed after a first, inverted, author (``, and F. Engels``, ``; Petrov, P. P.``),
    and the rest of the text.

    >>> _more_authors(", and F. Engels. Soch.", patterns())
    ([Name(family='Engels', given='F.', literal='')], '. Soch.')
    >>> _more_authors(", and G. A. Rebka, Jr. “Apparent Weight of Photons.”", patterns())[0]
    [Name(family='Rebka', given='G. A., Jr.', literal='')]
    >>> _more_authors(", Tishchenko, V. E. D. I. Mendeleev, ego zhizn’.", patterns())
    ([Name(family='Tishchenko', given='V. E.', literal='')], ' D. I. Mendeleev, ego zhizn’.')
    """
    authors = []
    while True:
        if more := p.more_authors.match(text):
            family, given = more.group(2), more.group(1)
        elif more := p.more_inverted_authors.match(text):
            family, given = more.group(1), more.group(2)
        else:
            return authors, text
        text = text[more.end() :]
        if more.re is p.more_inverted_authors and (n := count_initials(given)) >= 3 and _names_a_person(n, text, p):
            # "Mladentsev, M. N., Tishchenko, V. E. D. I. Mendeleev, ego zhizn’ …": the last author's two initials,
            # then a title that names a person by theirs
            given, spill = split_initials(given, n - 2)
            authors.append(Name(family=family, given=normalize_given(given)))
            return authors, f" {spill}{text}"
        if suffix := p.name_suffix.match(text):  # "and G. A. Rebka, Jr.": the suffix stays with the name
            given, text = f"{given}, {suffix.group(1)}", text[suffix.end() :]
        authors.append(Name(family=family, given=normalize_given(given)))


def _names_a_foreigner(rest: str, p: _Patterns) -> bool:
    """Whether the last of an author's three initials and the surname after it, a Western one, begin a Russian
    title that names that person: the surname is followed by a Russian word ("Ivanov, I. I. K. Marx i F. Engels
    ob iskusstve.", "Kedrov, B. M. F. Engels o khimii."), not an English title ("Paulhus, J. L. H. Hydrology.").

    >>> p = patterns()
    >>> _names_a_foreigner(" Marx i F. Engels ob iskusstve.", p), _names_a_foreigner(" Hydrology. New York.", p)
    (True, False)
    """
    m = p.lone_family.match(rest)
    if not m or m.group(0)[-1:] != " ":
        return False
    following = rest[m.end() :].split(" ", 1)[0]
    return following in p.tables.russian_words


def _names_a_pen_name(initials: str, rest: str, p: _Patterns) -> bool:
    """Whether the last of an author's initials and the surname after it are a writer's pen name, which titles
    print with one initial: "Ovcharenko, A. M. Gor’kii i literaturnye iskaniia." is A. Ovcharenko's book on
    M. Gor’kii (a Russian's two initials would otherwise take the M.).

    >>> p = patterns()
    >>> _names_a_pen_name("A. M.", " Gor’kii i literaturnye iskaniia XX stoletiia.", p)
    True
    >>> _names_a_pen_name("A. A. M.", " Gor'kii. Moscow, 1960.", p)
    True
    >>> _names_a_pen_name("I. A.", " Gor’kii. Moscow, 1960.", p)  # Gruzdev's Gor’kii: A. is not Gor’kii's M.
    False
    """
    m = p.lone_family.match(rest)
    return bool(m) and p.tables.pen_names_with_one_initial.get(m.group(1).replace("'", "’")) == initials.split()[-1]


def _a_russian_before_a_foreigner(family: str, initials: str, rest: str, p: _Patterns) -> bool:
    """Whether an author with a Russian surname, and so two initials, is followed by a third initial and a
    foreign surname: a title naming a foreigner by one initial ("Iakovlev, N. N. Dzh. Vashington.").

    >>> p = patterns()
    >>> _a_russian_before_a_foreigner("Iakovlev", "N. N. Dzh.", " Vashington. Moscow, 1973.", p)
    True
    >>> _a_russian_before_a_foreigner("Timiriazev", "K. A. Ch.", " Darvin i ego uchenie.", p)
    True
    >>> _a_russian_before_a_foreigner("Shveitser", "A. I. S.", " Bakh. Moscow, 1964.", p)
    False
    """
    m = p.lone_family.match(rest)
    endings = p.tables.russian_surname_endings
    # (a foreigner's initial that no Russian name has tells it even before a surname so ending: "Timiriazev,
    # K. A. Ch. Darvin")
    return bool(m) and family.lower().endswith(endings) and (
        not m.group(1).lower().endswith(endings) or initials.split()[-1] in p.tables.foreign_initials
    )


_A_LOWERCASE_WORD = re.compile(LOWERCASE_WORD)


def _a_journals_first_word(initials: str, rest: str, p: _Patterns) -> bool:
    """Whether an author's last initial is the first word of a journal's abbreviated name printed with no title
    before it: one a lowercase word follows ("Landau, L. D. Zh. eksperimental’noi i teoreticheskoi fiziki, 1941"),
    or one another abbreviation of a journal's follows ("Woodward, R. B. J. Amer. Chem. Soc.", "Gamow, G. Z. Phys.":
    far more journals' names begin with J. or Z. than authors' second initials are those).

    >>> p = patterns()
    >>> _a_journals_first_word("L. D. Zh.", " eksperimental’noi i teoreticheskoi fiziki, 1941", p)
    True
    >>> _a_journals_first_word("R. B. J.", " Amer. Chem. Soc., 1952", p)
    True
    >>> _a_journals_first_word("G. Z.", " Phys., 1928", p), _a_journals_first_word("A. J.", " Nature, 1950", p)
    (True, False)
    """
    last = initials.rsplit(" ", 1)[-1]
    if last not in p.tables.periodical_words:
        return False
    if _A_LOWERCASE_WORD.match(rest, 1):
        return True
    return rest[1:].split(" ", 1)[0].rstrip(",") in p.tables.journal_abbreviations


def _a_foreigner_by_one_initial(initials: str, rest: str, p: _Patterns) -> bool:
    """Whether an author's second initial is one only a foreigner's name has, and a name follows it that is no
    Russian word: a title on that foreigner ("Orlov, A. Dzh. Bruno.", not "Aliev, G. Dzh. Ocherki istorii."). The
    name is romanized from the Russian, as such a title is: a word with letters no romanization has is the title
    of a work in another language ("Sahli, M. Ch. Décoloniser l’histoire.").

    >>> p = patterns()
    >>> _a_foreigner_by_one_initial("A. Dzh.", " Bruno. Moscow, 1960.", p)
    True
    >>> _a_foreigner_by_one_initial("G. Dzh.", " Ocherki istorii. Baku, 1960.", p)
    False
    >>> _a_foreigner_by_one_initial("M. Ch.", " Décoloniser l’histoire. Paris, 1965.", p)
    False
    """
    if initials.split()[-1] not in p.tables.foreign_initials:
        return False
    m = p.lone_family.match(rest)
    return bool(m) and _romanized(m.group(1)) and not is_common_russian_word(m.group(1).lower())


def _an_arabs_name(text: str, p: _Patterns) -> re.Match | None:
    """An Arab's name printed whole before a title that begins with the Arabic article, its words no Russian
    words ("Taha Husayn. Al-Ayyam."; not "Istoriia Egipta. Al-Ahram.").

    >>> p = patterns()
    >>> _an_arabs_name("Taha Husayn. Al-Ayyam. Cairo, 1929.", p).group(1)
    'Taha Husayn'
    >>> _an_arabs_name("Istoriia Egipta. Al-Ahram. Cairo, 1960.", p) is None
    True
    """
    m = p.arabic_name.match(text) if "-" in text[:_ARABS_NAME_MAX] else None
    if m is None or any(is_common_russian_word(word.lower()) for word in m.group(1).split() if len(word) > 2):
        return None
    return m


_ARABS_NAME_MAX = 60  # characters: the name and the title's article


def _romanized(word: str) -> bool:
    """Whether a word has only the letters of a romanization from the Russian: ASCII letters and the signs.

    >>> _romanized("Lar’kin"), _romanized("Décoloniser")
    (True, False)
    """
    return all(char.isascii() or char in SIGNS for char in word)


def _names_a_person(initials: int, rest: str, p: _Patterns, subject: Name | None = None) -> bool:
    """Whether the last two of an author's three initials or more, and the surname after them, are a title
    that names a person: a Russian name has two initials at most.

    >>> p = patterns()
    >>> _names_a_person(3, " Liapunov. Moscow, 1956.", p), _names_a_person(3, " Hydrology. New York, 1958.", p)
    (True, False)
    >>> _names_a_person(4, " Kuprin: Kritiko-biograficheskii ocherk.", p)
    True
    >>> _names_a_person(4, " Plekhanov i ego rol’ v razvitii marksistskoi filosofii.", p)
    True
    >>> _names_a_person(3, " Glier. Moscow, 1962.", p, Name("Glière", "Reinhold Moritsevich"))
    True
    >>> _names_a_person(3, " Bakh. Moscow, 1964.", p), _names_a_person(3, " Bakh. Leipzig, 1964.", p)
    (True, False)
    """
    m = p.lone_family.match(rest)
    if not m:
        return False
    # Three initials may be one Western name (Paulhus, J. L. H. Hydrology.): then the surname must be Russian,
    # or the article's subject's, however romanized (Petrova-Gliere, N. R. M. Glier: the article on Glière), or
    # the book a Soviet one, whose authors print two initials at most (Shveitser, A. I. S. Bakh. Moscow, 1964.).
    family = m.group(1).lower()
    city = _first_words(rest[m.end() :])
    return initials >= 4 or family.endswith(p.tables.russian_surname_endings) or (
        subject is not None and len(family) >= 4 and ascii_fold(subject.family).startswith(ascii_fold(family))
    ) or (_is_place(city, p) and not place_language(city, p.tables))


# The year an author-date bibliography prints after the authors ("Raeff, Marc. 1966. Origins …", "(1960)"), and a
# year elsewhere in the entry, which keeps it where it is (a title may begin with a year).
_YEAR_AFTER_THE_AUTHORS = re.compile(r"^(?:\((1[5-9]\d\d)[a-z]?\)\.?|(1[5-9]\d\d)[a-z]?\.)\s+(?=[^\s,])")
_A_YEAR = re.compile(r"\b1[5-9]\d\d\b")
_A_YEAR_AT_THE_END = re.compile(r"\b1[5-9]\d\d\.?$")
# An article's journal, its volume and pages, as an author-date list prints them: "Voprosy literatury 3: 5–20."
_AUTHOR_DATE_JOURNAL = re.compile(r"(?<=[.”?!]\s)([^.”]+?\s\d+(?:,\sno\.\s\d+)?)(:\s?\d+(?:[–-]\d+)?\.?)$")
# …and as APA prints them, the issue in parentheses: "Voprosy istorii, 5(2), 3–15."
_APA_JOURNAL = re.compile(r"(?<=[.”?!]\s)([^.”]+?),\s(\d+)(?:\((\d+(?:[–-]\d+)?)\))?,\s(\d+(?:[–-]\d+)?)\.?$")
# A chapter's book as APA prints it: "In V. P. Danilov (Ed.), Krest’ianstvo i vlast’ (pp. 40–62). Moscow: Nauka."
_APA_CHAPTER = re.compile(
    r"(?<=[.”?!]\s)In\s(?P<editors>[^()]+?)\s\((?:Eds?|eds?)\.\),\s(?P<book>.+?)\s\((?:pp?\.\s)?"
    r"(?P<pages>\d+(?:[–-]\d+)?)\)\.\s(?P<rest>.+)$"
)


def _year_put_last(text: str) -> str:
    """An author-date entry's text with its year where the encyclopedia prints it, after the imprint, or in a
    journal's numbers: a year with a period or in parentheses, moved only when no other year is printed (a title
    may begin with one: "1905 god v Latvii. Riga, 1955.").

    >>> _year_put_last("1966. Origins of the Russian Intelligentsia. New York: Harcourt.")
    'Origins of the Russian Intelligentsia. New York: Harcourt, 1966.'
    >>> _year_put_last("1967. “Ideia istorii.” Voprosy literatury 3: 5–20.")
    '“Ideia istorii.” Voprosy literatury 3 (1967): 5–20.'
    >>> _year_put_last("1905 god v Latvii. Riga, 1955."), _year_put_last("1917. Sbornik. Moscow, 1957.")
    ('1905 god v Latvii. Riga, 1955.', '1917. Sbornik. Moscow, 1957.')
    >>> _year_put_last("(1983). The End of the Commune, 1905–1930. Stanford: Stanford University Press.")
    'The End of the Commune, 1905–1930. Stanford: Stanford University Press, 1983.'

    APA's journal numbers and chapters too, a title it prints without quotes put in them:

    >>> _year_put_last("(1968). Obshchina. Voprosy istorii, 5(2), 3–15.")
    '“Obshchina.” Voprosy istorii 5, no. 2 (1968): 3–15.'
    >>> _year_put_last("(1988). Obshchina. In V. P. Danilov (Ed.), Vlast’ (pp. 40–62). Moscow: Nauka.")
    'Obshchina. In Vlast’, pp. 40–62. Edited by V. P. Danilov. Moscow: Nauka, 1988.'
    """
    m = _YEAR_AFTER_THE_AUTHORS.match(text) if text[:1] in "(1" else None
    if m is None:
        return text
    rest, year = text[m.end() :], m.group(1) or m.group(2)
    # (APA's year in parentheses is the date whatever years the title holds: "(1983). The end of the Russian land
    # commune, 1905–1930. Stanford: …"; unless the imprint prints its own)
    if (_A_YEAR_AT_THE_END.search(rest) if m.group(1) else _A_YEAR.search(rest)):
        return text
    if apa := _APA_JOURNAL.search(rest):
        issue = f", no. {apa.group(3)}" if apa.group(3) else ""
        return f"{_in_quotes(rest[: apa.start()])}{apa.group(1)} {apa.group(2)}{issue} ({year}): {apa.group(4)}."
    if journal := _AUTHOR_DATE_JOURNAL.search(rest):
        return f"{_in_quotes(rest[: journal.start()])}{journal.group(1)} ({year}){journal.group(2)}"
    if chapter := _APA_CHAPTER.search(rest):
        rest = (f"{rest[: chapter.start()]}In {chapter['book']}, pp. {chapter['pages']}. Edited by "
                f"{chapter['editors']}. {chapter['rest']}")
    return f"{rest.rstrip('.')}, {year}."


def _in_quotes(title: str) -> str:
    """An article's title before its journal, in quotes as the encyclopedia prints them: "Obshchina. " →
    "“Obshchina.” "."""
    title = title.strip()
    return f"{title} " if title[:1] in "“\"«" else f"“{title}” "


def _the_subjects_initial_and_name(initials: str, rest: str, p: _Patterns, subject: Name | None) -> bool:
    """Whether the second of an author's two initials and the surname after them are a title that names the
    article's subject, a foreigner (no patronymic), by the initial of their first name: the article on
    Nicolae Grigorescu lists "Oprescu, G. N. Grigorescu, vols. 1–2." (a Russian is named by two initials,
    "N. A. Nekrasov", so "Skatov, N. N. Nekrasov." is Skatov's book "Nekrasov").

    >>> p, subject = patterns(), Name("Grigorescu", "Nicolae Ion")
    >>> _the_subjects_initial_and_name("G. N.", " Grigorescu, vols. 1–2.", p, subject)
    True
    >>> _the_subjects_initial_and_name("G. A.", " Grigorescu, vols. 1–2.", p, subject)
    False
    >>> _the_subjects_initial_and_name("N. N.", " Nekrasov.", p, Name("Nekrasov", "Nikolai Alekseevich"))
    False
    """
    if subject is None or not subject.family or not subject.given:
        return False
    if any(word.endswith(p.tables.patronymic_endings) for word in subject.given.split()):
        return False
    m = p.lone_family.match(rest)
    return bool(m) and ascii_fold(m.group(1)) == ascii_fold(subject.family) and (
        initials.split()[-1][:1] == subject.given[:1]
    )


def _lead_note(text: str, fields: _Fields, p: _Patterns) -> str:
    """A remark in English before the title, kept as a note; returns the rest.

    >>> fields = _Fields()
    >>> _lead_note("[Obituary.] Astronomicheskii tsirkuliar, 1960, no. 211.", fields, patterns()), fields["_notes"]
    ('Astronomicheskii tsirkuliar, 1960, no. 211.', [(0, 'Obituary')])
    >>> _lead_note("[Poems.] In Mariiskaia poeziia.", _Fields(), patterns())
    '[Poems.] In Mariiskaia poeziia.'
    """
    m = p.lead_note.match(text) if text[:1] in "([" else None
    if m is None:
        return text
    remark = m.group(1)
    if remark is None and m.group(2).strip(" .").lower() in p.tables.remarks:
        # In brackets, only a remark on the entry: "[Poems.] In Mariiskaia poeziia" is a title the translator gave.
        remark = m.group(2)
    if remark and is_english_note(remark):
        fields.add_note(0, clean_note(remark))
        return text[m.end() :]
    return text


def _looks_like_edition(text: str) -> bool:
    return bool(_EDITION_WORDS.search(text))


def _is_place(text: str, p: _Patterns) -> bool:
    """Whether a text is a city the table knows, or cities joined by dashes (a joint imprint).

    >>> _is_place("Moscow-Leningrad", patterns()), _is_place("Finno-ugry", patterns())
    (True, False)
    """
    return is_known_place(text, p.tables.places)


def _parse_tail_notes(text: str, fields: _Fields, p: _Patterns) -> str:
    """Trailing notes, series and pages after the imprint; returns the rest."""
    position = 1000
    while True:
        position -= 1
        # What could end the entry, told by its last characters before any regex is tried.
        end = text.rstrip(" .")[-1:]
        tail = text[-80:]
        m = tail_search(p.note_after_imprint, text, 80) if ". " in tail and (", " in tail or ": " in tail) else None
        while m and not english_note_sentence(m.group(1)):
            # (a later sentence may be the note: "… Leiden, 1943–49. Supplement, vols. 1–3. Leiden, 1937–42.")
            m = p.note_after_imprint.search(text, m.start() + 2)
        if m and m.start() > 0:
            # "Moscow, 1960. Second edition, Moscow, 1965.", "… Bibliography, pp. 300–10.": a note on the book
            fields.add_note(position, strip_final_period(m.group(1)))
            text = text[: m.start() + 1]
            continue
        m = tail_search(p.trailing_pages, text, 40) if (
            end.isdigit() or text.endswith(("ff.", "ff"))
        ) and _may_print_pages(text[-40:]) else None
        if m and m.start() > 0:
            fields["page"] = ", ".join(pages.replace(" ", "") for pages in m.group(1).split(","))
            text = text[: m.start()]
            continue
        law = end.isdigit() and text.find(", art", len(text) - 24) >= 0  # (a cheap test before the pattern)
        m = _ARTICLE_OF_A_LAW.search(text, max(0, len(text) - 24)) if law else None
        if m:
            # "Sobranie zakonov …, 1922, no. 70, art. 903.": the article of the collection of laws, as a page
            # is noted
            fields.add_note(position, m.group(1))
            text = text[: m.start()]
            continue
        m = tail_search(p.part_after_imprint, text, 20) if end.isdigit() and _may_name_a_part(text[-20:]) else None
        if m and p.year_tail.search(text, 0, m.start() + 1):
            if m.group("volume"):
                fields.setdefault("volume", m.group("volume"))
            else:
                fields.setdefault("part", m.group("part_value"))
            text = text[: m.start() + 1]
            continue
        counted = (end in "psS" and text.endswith(_COUNT_ENDS)) or (end.isdigit() and _NOTED_PART.search(text[-30:]))
        m = tail_search(p.page_count, text, 30) if counted else None
        if m and m.start() > 0:
            if m.group("volumes"):  # "Moscow, 1960–62. 2 vols."
                fields.setdefault("number_of_volumes", m.group("volumes"))
            elif m.group("count"):
                fields["number_of_pages"] = m.group("count")  # "432 pp.", "300 s.": how long the book is
            else:
                fields.add_note(position, m.group("pages"))  # "Chapter 5"
            text = text[: m.start()]
            continue
        m = tail_search(p.genre, text, 80) if end.isalpha() and _may_name_a_genre(text[-80:]) else None
        if m and m.start() > 0 and p.year_tail.search(text, 0, m.start()):
            fields["genre"] = m.group(1).strip()  # "Moscow, 1965. Doctoral dissertation.": after the imprint
            text = text[: m.start()]
            continue
        later = end.isdigit() and (" ed." in text[-60:] or "eprint" in text[-60:])
        m = tail_search(p.later_edition, text, 80) if later else None
        if m and m.start() > 0:
            fields.add_note(position, m.group(1))
            text = text[: m.start()]
            continue
        m = tail_search(p.trailing_paren, text, 400) if end == ")" else None
        if m and m.start() > 0 and p.bracketed_imprint.fullmatch(m.group(1).strip()) and _is_title_paren(text, m):
            # "Ocherki (Moscow, 1970).": the imprint in parentheses after the title, read as printed without them
            text = text[: m.start()].rstrip() + ". " + m.group(1).strip()
            continue
        # "no. 9(142)", "issue 1 (34)", "vol. 4 (17)", "no. 4–5 (11–12)": numbers in the whole run, not a note
        # (but "1925(?)" doubts the year: a remark)
        glued = m is not None and (
            (m.group(0)[0] == "(" and text[m.start() - 1].isalnum() and m.group(1).strip() != "?")
            or (
                _RUN_NUMBERS.fullmatch(m.group(1).strip()) is not None
                and _ISSUE_BEFORE.search(text, 0, m.start()) is not None
            )
        )
        if m and m.start() > 0 and not glued and not _is_title_paren(text, m):
            content = m.group(1).strip()
            volumes = _VOLUMES_ONLY.fullmatch(content)
            if volumes:
                fields.setdefault("volume", volumes.group(1).replace(" ", ""))  # "Moscow, 1952–53 (vols. 1–2)."
            elif _read_a_count(content, fields, position):
                pass  # "Moscow, 1960 (3 books)."
            elif p.genre.fullmatch(content):
                fields["genre"] = content.rstrip(".")  # "(Doctoral dissertation.)"
            elif names := _editors_named(content, p):
                fields.setdefault("editor", names)  # "Moscow, 1966. (Edited by B. A. Rybakov.)"
            elif content[:1].isdigit() and (later := p.later_edition.match("; " + content)):
                fields.add_note(position, later.group(1))  # "Moscow-Leningrad, 1948 (2nd ed., Moscow, 1958)."
            elif (is_english_note(content) and not _SERIES_NUMBERS_AT_END.search(content)) or not any(
                ch.isalpha() for ch in content
            ):
                # (not a series in English with its numbers: "(Memoirs of the American Entomological Institute,
                # nos. 11–13, 17.)")
                fields.add_note(position, clean_note(content) or content)  # "(?)" after a year is a remark too
            elif _IMPRINT_AT_THE_END.search(content) or p.bracketed_imprint.fullmatch(content):
                # "Moscow-Leningrad, 1933. (Izbr. soch., vol. 2. Moscow-Leningrad, 1950.)": where the work was
                # printed again, with its own imprint (no series prints one); "Moscow, 1948 (Leningrad, 1950)."
                fields.add_note(position, strip_final_period(content))
            else:
                _series(content, fields, p, position)
            text = text[: m.start()]
            continue
        m = tail_search(p.trailing_bracket, text, 400) if end == "]" else None
        if m and m.start() > 0 and not _YEAR_ONLY.fullmatch(m.group(1)) and (
            is_english_note(m.group(1)) or _IMPRINT_AT_THE_END.search(m.group(1).strip())
        ):
            fields.add_note(position, clean_note(m.group(1)))
            text = text[: m.start()]
            continue
        if m and m.start() > 0 and p.bracketed_imprint.fullmatch(m.group(1).strip()):
            # "[Moscow, 1961.]": an imprint the editors supplied, read as printed without the brackets
            text = text[: m.start()].rstrip() + " " + m.group(1).strip()
            continue
        return text.strip()


def _may_name_a_part(tail: str) -> bool:
    """Whether the end of an entry can print ``Part 1``, ``Book 2`` or ``Vol. 3``: a cheap test before the pattern."""
    return "Part " in tail or "Book " in tail or "Vol. " in tail


def _may_name_a_genre(tail: str) -> bool:
    """Whether the end of an entry can name a dissertation: a cheap test before the pattern."""
    return "issert" in tail or "vtoref" in tail or "thesis" in tail or "Dis." in tail


def _may_be_a_thesis(raw: str) -> bool:
    """Whether an entry can name a dissertation anywhere: a cheap test before the (case-blind) pattern."""
    lowered = raw.lower()
    return "dissert" in lowered or "avtoref" in lowered or "dis." in lowered


def _may_print_pages(tail: str) -> bool:
    """Whether the end of an entry can hold ``Pages 5–7``, ``pp. 5–7``, ``P. 45`` or ``Columns 150–56``: a cheap
    test before the pattern."""
    return "p." in tail or "Page" in tail or "P." in tail or "ol" in tail or " s." in tail or " S." in tail


# A publisher's name in quotes and nothing else: the name without them ("“Nauka”")
_QUOTED_PUBLISHER = re.compile(r"^“([^“”]+)”$")


def _may_name_a_publisher(tail: str, p: _Patterns) -> bool:
    """Whether ``Moscow: Nauka`` or ``Moscow, Nauka`` can end the text: a cheap test before the pattern.

    A publisher printed after a comma holds none, so that comma is the last one, right after a known place.
    """
    if ":" in tail:
        return True
    if tail.endswith("”"):
        tail = tail[: tail.rfind("“")]  # "Moscow, “Nauka,”": the comma before the publisher's quotes
    comma = tail.rfind(",")
    return comma >= 0 and tail[:comma].rstrip("]").endswith(p.place_names)


def _is_title_paren(text: str, m: re.Match) -> bool:
    """A parenthesis before the imprint belongs to the title (``U Saian (Povest’ i rasskazy). Moscow``)."""
    before = text[: m.start()].rstrip()
    return not _ENDS_LIKE_IMPRINT.search(before[-12:])


def _series(content: str, fields: _Fields, p: _Patterns, position: int = 0) -> None:
    """``(Fauna SSSR. Zhestkokrylye, vol. 19, no. 2.)`` → collection-title and its numbers. A second series
    after a semicolon (``(Memoirs of the American Museum of Natural History, vol. 10; The Jesup North Pacific
    Expedition, vol. 6.)``) is a note: a record has one collection."""
    printed = content.strip()
    if "; " in printed:
        printed, _, other = printed.partition("; ")
        fields.add_note(position, strip_final_period(other.strip()))
    rest = printed
    numbers: list[tuple[str, str]] = []
    while True:
        m = p.series_number.match(rest)
        if not m:
            break
        numbers.append((m.group(2), m.group(3)))
        rest = m.group(1).strip()
    fields["collection_title"] = _series_title(rest)
    for label, value in numbers:
        key = "volume" if label in ("vol.", "vols.") else "issue"
        fields.setdefault("_series_" + key, value)
    if numbers:
        # (as printed, for a book whose own volume or issue takes the field: "(Literaturnoe nasledstvo, vol. 59–60.)")
        fields["_series_printed"] = _series_title(printed)


def _series_title(printed: str) -> str:
    """A series' name as a record keeps it: without the label "Series:" (or "series" after it) and the
    final period.

    >>> _series_title("Series: Goroda-geroi."), _series_title("Sovetskii Soiuz series.")
    ('Goroda-geroi', 'Sovetskii Soiuz')
    >>> _series_title("Trudy Instituta etnografii, new series"), _series_title("Biblioteka poeta, large series.")
    ('Trudy Instituta etnografii, new series', 'Biblioteka poeta, large series')
    """
    return _SERIES_WORD_AFTER.sub("", strip_final_period(_SERIES_LABEL.sub("", printed)))


def _parse_imprint(text: str, fields: _Fields, p: _Patterns) -> str:
    """``Place, Year`` (or ``[Place] Year``, ``Place [Year]``) at the end; returns the rest."""
    groups = list(p.multi_imprint_group.finditer(text)) if ";" in text else []
    if len(groups) >= 2 and text[groups[-1].end() :].strip(" .") == "":
        first = groups[0]
        # "vol. 3, part 1, Oslo, 1967; part 2, Oslo. 1944; …": one set of parts (or volumes, each with its imprint).
        parts = [g.group(2) for g in groups]
        years = sorted(int(g.group(4)) for g in groups)
        fields[_MULTI_IMPRINT_FIELDS.get(first.group(1), "part")] = f"{parts[0]}–{parts[-1]}"
        fields["publisher_place"] = first.group(3)
        fields["issued"] = Date((years[0],), (years[-1],) if years[-1] != years[0] else None)
        return text[: first.start()].strip()
    tail = text[-60:]
    later = tail_search(p.later_imprint, text, 60) if ";" in tail or tail.count(", 1") >= 2 else None
    if later and later.start() > 0 and (later.group(1) == ";" or _ends_with_a_known_imprint(text[: later.start()], p)):
        # "Moscow, 1954–55; vol. 4, 1958.", "Alma-Ata, 1958; Moscow, 1960.": the record is the first imprint; the
        # later volumes or printing, a note (after a period, only after an imprint: "Dnevniki, 1873–1891. Moscow,
        # 1960." is a title with its years)
        fields.add_note(1000, later.group(2))
        text = text[: later.start()]
    m = tail_search(p.year_tail, text, 40)
    if not m:
        undated = tail_search(p.undated_tail, text, 60)
        if undated is None or undated.start() == 0:
            return text
        fields["publisher_place"] = undated.group(1) or undated.group(2)
        return text[: undated.start()].rstrip(" ,")
    before = text[: m.start()]
    if "[" in m.group(0) and (printed := _PRINTED_YEAR_BEFORE.search(before)) and (
        inner := tail_search(p.year_tail, before[: printed.end()], 40)
    ):
        # "Moscow, 1960 [1961].": the year the book prints, then the year it came out in, a note
        fields.add_note(1500, m.group(0).strip(" .[]"))
        text, m = before[: printed.end()], inner
        before = text[: m.start()]
    first_year = _EARLIER_YEAR.search(before) if before[-4:].isdigit() and m.group(1).isdigit() else None
    if first_year and int(first_year.group(1)) < int(m.group(1)) and _ends_with_a_known_place(
        before[: first_year.start()], p
    ):
        # "Moscow-Leningrad, 1930, 1933.": the years of the volumes, the first to the last
        before = before[: first_year.start()]
    else:
        first_year = None
    if m.group(0).lstrip().startswith(",") is False and not before.rstrip().endswith("]") and "[" not in m.group(0):
        # "Title 1970." without a separator is no imprint; "Title. Moscow 1961." (the comma lost) is one.
        if not _SEPARATOR_AT_END.search(text[: m.start() + 2]) and not _known_place_alone(before, p) and not (
            before.endswith(",”")  # (the comma inside a publisher's quotes: "Moscow, “Nauka,” 1950")
        ):
            return text
    place = tail_search(p.publisher_tail, before, 120) if _may_name_a_publisher(before[-120:], p) else None
    if place and (place.start() == 0 or p.region.fullmatch((place.group(2) or place.group(3)).strip())):
        # "Tbilisi: Istoricheskii ocherk. Tbilisi, 1958": a title that begins with a city; "Princeton, N. J.":
        # a city and its state
        place = None
    if place:
        publisher = (place.group(2) or place.group(3)).strip()
        if publisher.endswith("”"):
            publisher = _QUOTED_PUBLISHER.sub(r"\1", publisher.replace(",”", "”"))  # "“Nauka,”" is Nauka
        if publisher.endswith(p.tables.publisher_marks):
            publisher = publisher.rsplit(" ", 1)[0]  # "Nauka Publ.": the publisher is Nauka
        if publisher.rstrip(".") in _CIRCA:
            fields["publisher_place"] = place.group(1)  # "Moscow, ca. 1925": the year approximate, no publisher
            fields.add_note(1, "ca.")
        else:
            fields["publisher_place"], fields["publisher"] = place.group(1), publisher
    else:
        place = tail_search(p.place_tail, before, 60) or tail_search(p.known_place_tail, before, 40)
        if place and place.group(1) in p.tables.publishers:
            fields["publisher"] = place.group(1)  # "Sovetskaia derevnia. Nauka, 1977.": a publisher, no city (MLA 9)
        elif place:
            fields["publisher_place"] = place.group(1)
    date = parse_year_range(m.group(1))
    if date is None:
        return text
    if first_year:
        date = Date((int(first_year.group(1)),), date.start)
    if place is None:
        # A year with no place: accept only after a sentence or a comma ("Kommunist, 1974" is a journal).
        fields["issued"] = date
        no_place = tail_search(p.no_place_tail, before, 20) if "." in before[-14:] else None
        return before[: no_place.start()].rstrip(" ,") if no_place else before.rstrip(" ,")
    fields["issued"] = date
    return before[: place.start()].rstrip(" ,")


# The first of two years an imprint lists: "Moscow-Leningrad, 1930, 1933."
_EARLIER_YEAR = re.compile(rf",\s({YEAR})$")


def _ends_with_a_known_place(text: str, p: _Patterns) -> bool:
    """Whether a text ends with a city a table knows (not a title's word: "Dnevniki, 1873, 1891.").

    >>> _ends_with_a_known_place("Rasskazy. Moscow-Leningrad", patterns())
    True
    >>> _ends_with_a_known_place("Rasskazy. Dnevniki", patterns())
    False
    """
    place = tail_search(p.place_tail, text, 60)
    return place is not None and _is_place(place.group(1), p)


def _ends_with_a_known_imprint(text: str, p: _Patterns) -> bool:
    """Whether a text ends with a known place and a year: ``Stikhi. Moscow, 1956``, not ``Dnevniki, 1873–1891``
    (a title's first word may stand where a city would).

    >>> [_ends_with_a_known_imprint(text, patterns()) for text in ("Stikhi. Moscow, 1956", "Dnevniki, 1873–1891")]
    [True, False]
    """
    year = tail_search(p.year_tail, text, 40)
    if year is None or year.start() == 0:
        return False
    before = text[: year.start()]
    return tail_search(p.known_place_tail, before.rstrip(" ,."), 40) is not None


def _known_place_alone(text: str, p: _Patterns) -> bool:
    """Whether the text ends with a known city that begins a sentence: ``Ocherki. Moscow``.

    >>> _known_place_alone("Ocherki istorii. Moscow", patterns()), _known_place_alone("Kazan’ Moscow", patterns())
    (True, False)
    """
    m = tail_search(p.known_place_tail, text, 40)
    return bool(m) and m.start() > 0 and text[: m.start()].rstrip().endswith(".")


# A journal's series after the year and before (or after) the issue: ", Series 5: Geografiia", ": Seriia biologii"
_JOURNAL_SERIES = re.compile(
    # (its name may hold commas: "Seriia matematiki, mekhaniki i astronomii, issue 4")
    r"(?<=\d)[,:.]\s((?:[Ss]eries|[Ss]eriia|[Ss]er\.)\s[^;]+?)(?=,\s(?:nos?\.|issues?|vyp\.|vols?\.|pp?\.)|\.?\s*$)"
    # or the subject of a series after a colon, ending the entry: "Uch. zap. MGU, 1946, issue 102: Geografiia."
    r"|(?<=\d):\s([A-Z][^;,.]+?)\.?\s*$"
)


# How far from an entry's end a journal's series may begin: "1957, no. 19: Seriia matematiki, mekhaniki i …"
_JOURNAL_SERIES_WINDOW = 160


def _journal_series(text: str) -> re.Match | None:
    """A journal's series printed after its year, near the entry's end (looked for there only)."""
    if "Ser" in text or "ser" in text or ": " in text:
        return tail_search(_JOURNAL_SERIES, text, _JOURNAL_SERIES_WINDOW)
    return None


def _without_journal_series(text: str, series: re.Match | None = None) -> str:
    """The text without a journal's series printed after its year (``, Series 5: Geografiia``)."""
    series = series or _journal_series(text)
    return text[: series.start()] + text[series.end() :] if series else text


# A journal's numbers as Western bibliographies print them, Chicago's and MLA's: "Voprosy literatury, no. 3 (1967):
# 5–20", "Slavic Review 26, no. 2 (1967): 5–20", "Russian Review, vol. 30 (Jan. 1971), pp. 5–20".
_WESTERN_JOURNAL = re.compile(
    r"^(?P<name>.+?),?\s(?:(?:vol\.\s?)?(?P<volume>\d+),?\s)?(?:no\.\s?(?P<issue>\d+(?:[–-]\d+)?),?\s)?"
    r"\((?P<date>[^()]{0,20}?1[6-9]\d\d)\)(?:[:,]\s?(?:pp?\.\s?)?(?P<pages>\d+(?:[–-]\d+)?))?\.?$"
)

# …and as MLA's ninth edition prints them, the year after the numbers: "Voprosy istorii, vol. 52, no. 3, 1977, pp.
# 45–67."
_MLA_JOURNAL = re.compile(
    r"^(?P<name>[^,]+?),\s(?P<numbers>(?:vol\.\s?\d+(?:[–-]\d+)?,\s)?(?:no\.\s?\d+(?:[–-]\d+)?,\s)?)"
    r"(?P<date>(?:[A-Z][a-z]+\.?\s)?1[6-9]\d\d),\s(?P<pages>pp?\.\s?\d+(?:[–-]\d+)?)\.?$"
)


# A chapter's book as Chicago prints it: "In Sbornik statei, edited by P. Petrov, 5–20. Moscow: Nauka, 1970."
# (the volume before its pages in a work in volumes: "…, edited by A. P. Okladnikov, 2:45–67.")
_WESTERN_CHAPTER = re.compile(
    r"^(?P<book>In\s.+?),\s(?:edited\sby|ed\.)\s(?P<editors>[^,.]+(?:\.[^,.]+)*?(?:,\s(?:and\s)?[^,]+?)*),\s"
    r"(?:pp?\.\s|(?P<volume>\d+):)?(?P<pages>\d+(?:[–-]\d+)?)\.\s(?P<rest>.+)$"
)


def _as_printed_here(text: str) -> str:
    """A journal's numbers, or a chapter's book, in the encyclopedia's order when a Western bibliography's order
    prints them: a journal's name, date, volume, issue and pages; a book's title, the chapter's pages, its editors.

    >>> _as_printed_here("Slavic Review 26, no. 2 (1967): 5–20.")
    'Slavic Review, 1967, vol. 26, no. 2, pp. 5–20.'
    >>> _as_printed_here("In Sbornik statei, edited by P. Petrov, 5–20. Moscow: Nauka, 1970.")
    'In Sbornik statei, pp. 5–20. Edited by P. Petrov. Moscow: Nauka, 1970.'
    >>> _as_printed_here("In Istoriia Sibiri, edited by A. P. Okladnikov, 2:45–67. Leningrad: Nauka, 1968.")
    'In Istoriia Sibiri, vol. 2, pp. 45–67. Edited by A. P. Okladnikov. Leningrad: Nauka, 1968.'
    >>> _as_printed_here("Voprosy istorii, vol. 52, no. 3, 1977, pp. 45–67.")
    'Voprosy istorii, 1977, vol. 52, no. 3, pp. 45–67.'
    >>> _as_printed_here("Voprosy literatury, 1967, no. 3.")
    'Voprosy literatury, 1967, no. 3.'
    """
    if text.startswith("In ") and "ed" in text and (chapter := _WESTERN_CHAPTER.match(text)):
        volume = f", vol. {chapter['volume']}" if chapter["volume"] else ""
        return f"{chapter['book']}{volume}, pp. {chapter['pages']}. Edited by {chapter['editors']}. {chapter['rest']}"
    if (mla := _MLA_JOURNAL.match(text) if ", pp. " in text or ", p. " in text else None) and mla["numbers"]:
        return f"{mla['name']}, {mla['date']}, {mla['numbers']}{mla['pages']}."
    m = _WESTERN_JOURNAL.match(text) if text.endswith((")", ").")) or "):" in text or "), " in text else None
    if m is None or not (m.group("volume") or m.group("issue") or m.group("pages")):
        return text
    numbers = [f"vol. {m.group('volume')}" if m.group("volume") else "",
               f"no. {m.group('issue')}" if m.group("issue") else "",
               f"pp. {m.group('pages')}" if m.group("pages") else ""]
    return ", ".join([m.group("name"), m.group("date"), *(n for n in numbers if n)]) + "."


def _parse_journal(text: str, fields: _Fields, p: _Patterns, context: EntryContext) -> bool:
    """``Kommunist, 1974, no. 12`` after a quoted title: container, date, volume, issue."""
    series = _journal_series(text)
    if series:
        # "Vestnik MGU, 1968, Series 5: Geografiia, no. 3": the journal's series, printed after the year,
        # goes with its name, as it does printed before ("Vestnik MGU: Seriia geografiia, 1968, no. 3")
        text = _without_journal_series(text, series)
    m = p.journal_tail.match(text)
    if not m:
        return False
    container = m.group(1).strip().rstrip(",").strip()
    if not container or _is_place(container.rstrip("."), p):
        return False
    if not m.group(3) and any(
        (tail := tail_search(pattern, container, 60)) and tail.start() > 0
        for pattern in (p.place_tail, p.known_place_tail)
    ):
        # "Sobr. soch., vol. 27. Moscow, 1953": an imprint, not a journal (nor is "Uchenye zapiski LGU, no. 157:
        # Seriia vostokovedcheskikh nauk. Leningrad, 1954", a book of a serial's series)
        return False
    if series:
        container = f"{container}, {series.group(1)}" if series.group(1) else f"{container}: {series.group(2)}"
    date = f"{m.group(2)}, {m.group(4)}" if m.group(4) else m.group(2)
    fields["issued"] = parse_date(date)
    if _DAY_OF_MONTH.search(date) or container in p.tables.newspapers:
        fields["type"] = "article-newspaper"
    else:
        fields["type"] = "article-journal"
    if new_series := _NEW_SERIES_IN.search(m.group(3)):
        fields.add_note(m.start(3) + new_series.start(), new_series.group(0))  # "new series": which run of the serial
    previous_label = ""
    for label, value in p.journal_numbers.findall(m.group(3)):
        key = _JOURNAL_NUMBER_FIELDS.get(label, "issue")
        if label == "no." and previous_label in ("issue", "vyp.") and "volume" not in fields:
            # "1914, issue 20, no. 5": a number within an issue, which is then the serial's volume (but
            # "no. 9. Seriia geologii, issue 2" is the series' own issue: the journal's number stays)
            fields["volume"] = fields.pop("issue")
        fields.setdefault(key, value.replace(" (", "("))  # "1 (34)" → "1(34)"
        previous_label = label
    _set_container(container, fields, p, context)  # after the numbers: "Ibid." takes none it prints
    return True


def _peel_apparatus(text: str, fields: _Fields, p: _Patterns) -> str:
    """Edition, volumes, parts, editors and bracketed notes before the imprint, right to left."""
    position = 500
    progress = True
    printed_part = ""  # "part 1", as printed: a book's part inside a part ("book 2, part 1")
    listed_volumes = False  # a volume just read was listed after another's, a semicolon between them
    while progress and text:
        progress = False
        if not _APPARATUS_HINT.search(text, max(0, len(text) - 60)) and not (
            len(text) > 60 and _LONG_CREDIT_HINT.search(text, max(0, len(text) - 400))
        ):
            break  # nothing at the end that could be apparatus: the common case, kept cheap
        tail = text[-60:]
        m = tail_search(p.numbered, text, 60) if any(needle in tail for needle in _NUMBERED_NEEDLES) else None
        label = text[m.start() :].lstrip(", [") if m else ""
        if m and label[:1].isupper() and not label.startswith(_CAPITAL_LABELS) and not text[: m.start()].endswith("."):
            m = None  # a capitalized label starts a sentence ("SSSR. Vol. 2"), not a title ("Simfoniia No. 5")
        elif m and m.lastgroup == "issue" and text[m.start() : m.start() + 1] == " " and text[m.start() - 1].isalpha():
            m = None  # a number a title gives its work, no comma before it: "Simfoniia no. 7" is no series' issue
        if m and m.start() > 0:
            key = m.lastgroup
            value = m.group(key).strip()
            if key == "edition":
                fields.setdefault("edition", edition_number(value))
            elif key == "volumes_counted":
                fields.setdefault("number_of_volumes", value)
            elif key == "page" and key not in fields:
                fields["page"] = ", ".join(pages.replace(" ", "") for pages in value.split(","))
            elif key == "part" and printed_part:
                fields["part"] = f"{value.replace(' ', '')}, {printed_part}"  # "vol. 13, book 2, part 1"
                printed_part = ""
            elif key == "volume" and listed_volumes:
                fields["volume"] = f"{value.replace(' ', '')}; {fields['volume']}"  # "vol. 1, books 1–2; vol. 2"
            elif key in fields:
                break  # "vol. 1, books 1–2" reads the part, then the volume; a second of either ends it
            else:
                fields[key] = value.replace(" ", "")
                if key == "part":
                    printed_part = text[m.start() :].strip(" ,.[]")
            text = text[: m.start()].rstrip()
            # (the volumes of a set listed with semicolons: "Istoriia Turkmenskoi SSR, vol. 1, books 1–2; vol. 2")
            if key == "volume":
                listed_volumes = text.endswith(";") and bool(_VOLUME_BEFORE_A_SEMICOLON.search(text))
                if listed_volumes:
                    text = text[:-1]
            progress = True
            continue
        for key, pattern in (*p.apparatus, ("genre", p.genre)):
            m = tail_search(pattern, text, 400 if key in _LONG_APPARATUS else 60)
            if not m or m.start() == 0:
                continue
            value = m.group(1).strip()
            if key == "genre":
                fields["genre"] = value
            elif key == "editor":
                # "Edited by A. P. Okladnikov et al.": "et al." names nobody more.
                names = parse_name_list(p.trailing_more_authors.sub("", value))
                if not names:
                    continue
                fields["editor"] = _as_named(names, m.group(0), p)
            elif key in ("bracket", "paren") and (number := _numbers_alone(value, fields, p)):
                # "Letopis’ zhizni L. N. Tolstogo, [vols. 1–2]": numbers the editors supplied; "vol. 69 (books 1–2)"
                fields[number.lastgroup] = number.group(number.lastgroup).replace(" ", "")
            elif key in ("bracket", "paren") and (names := _editors_named(value, p)):
                fields["editor"] = names  # "[Edited by M. Auezov.]", "(edited by …)": the editor, as unbracketed
            elif key in ("bracket", "paren") and _read_a_count(value, fields, position - 1):
                position -= 1  # "vols. 1–2 (3 books)", "(in 3 vols.)", "[in 2 vols.]"
            elif key == "bracket":
                if _looks_like_edition(value):
                    fields.setdefault("edition", edition_number(value))
                elif is_english_note(value):
                    position -= 1
                    fields.add_note(position, clean_note(value))
                else:
                    continue
            elif key == "paren" and p.genre.fullmatch(value):
                fields["genre"] = value.rstrip(".")  # "Teoriia sverkhprovodimosti (Doctoral dissertation)."
            elif key == "paren" and not is_english_note(value):
                if not p.series_number.match(value):
                    continue  # "U Saian (Povest’ i rasskazy)", "Zveri SSSR. (Zveri Vostochnoi Evropy)": the title's
                # "Istoriia gidrologii v SSSR. (Trudy GGI, issue 155.) Leningrad": a numbered series, before the
                # imprint as after it
                _series(value, fields, p)
            else:  # a parenthetical remark, or a credit ("Compiled by V. I. Lebedev"): a note
                position -= 1
                fields.add_note(position, clean_note(value))
            text = _cut_before(text, m.start())
            progress = True
            break
    return text.strip()


# A volume, with its books or parts, before a semicolon that lists another: "…, vol. 1, books 1–2;"
_VOLUME_BEFORE_A_SEMICOLON = re.compile(rf",\svols?\.\s?{NUMBER}(?:,\s(?:books?|parts?)\s{NUMBER})?;$")
# "(3 books)", "(in 2 parts)", "(in 4 vols.)": how many books or volumes a set makes
_PARTS_COUNTED = re.compile(r"(?:in\s)?(\d+)\s(books|parts|vols?\.|volumes)")


def _read_a_count(value: str, fields: _Fields, position: int) -> bool:
    """Whether a parenthesis only counts the books or volumes of a set, read into the fields: the volumes'
    number, the books' a note.

    >>> fields = _Fields()
    >>> _read_a_count("3 books", fields, 0), _read_a_count("in 2 vols.", fields, 1), dict(fields)["number_of_volumes"]
    (True, True, '2')
    >>> _read_a_count("Povesti", fields, 2)
    False
    """
    counted = _PARTS_COUNTED.fullmatch(value)
    if counted is None:
        return False
    if counted.group(2).startswith("vol"):
        fields.setdefault("number_of_volumes", counted.group(1))
    else:
        fields.add_note(position, value.removeprefix("in "))
    return True


# "Pod red.", "pod redaktsiei": a Russian phrase that names the editors, in the genitive
_RUSSIAN_EDITORS_PHRASE = re.compile(r"\b[Pp]od\sred(?:\.|aktsiei)")


def _as_named(editors: tuple[Name, ...], phrase: str, p: _Patterns) -> tuple[Name, ...]:
    """The editors a phrase names, in the nominative when a Russian phrase put them in the genitive."""
    if not _RUSSIAN_EDITORS_PHRASE.search(phrase):
        return editors
    return tuple(_in_the_nominative(name, p) for name in editors)


def _in_the_nominative(name: Name, p: _Patterns) -> Name:
    """A Russian surname the genitive put an ending on, in the nominative: "Druzhinina" (pod red. N. M.
    Druzhinina) → "Druzhinin"; one no ending of the table fits stays as printed.

    >>> p = patterns()
    >>> [_in_the_nominative(Name(family, "N. M."), p).family for family in ("Druzhinina", "Nechkinoi")]
    ['Druzhinin', 'Nechkina']
    >>> _in_the_nominative(Name("Tolstogo", "L. N."), p).family
    'Tolstogo'
    """
    for genitive, nominative in p.tables.genitive_surname_endings:
        if name.family.endswith(genitive) and len(name.family) > len(genitive) + 1:
            return Name(family=name.family[: -len(genitive)] + nominative, given=name.given, literal=name.literal)
    return name


def _editors_named(remark: str, p: _Patterns) -> tuple[Name, ...]:
    """The editors a remark in brackets or parentheses names, as "Edited by …" names them; none for another remark.

    >>> _editors_named("edited by B. A. Rybakov", patterns())
    (Name(family='Rybakov', given='B. A.', literal=''),)
    >>> _editors_named("Edition of 1910", patterns())
    ()
    """
    remark = remark[:1].upper() + remark[1:]
    edited = p.edited_by.fullmatch(" " + remark) if remark.startswith(_EDITOR_STARTS) else None
    return _as_named(parse_name_list(p.trailing_more_authors.sub("", edited.group(1))), remark, p) if edited else ()


def _cut_before(text: str, start: int) -> str:
    """The text before the apparatus that begins at ``start``, with the period the apparatus's match took
    when it ends an abbreviation.

    >>> _cut_before("Istoriia XIX–XX vv. Candidate’s dissertation", 19), _cut_before("Ocherki. Edited by A.", 7)
    ('Istoriia XIX–XX vv.', 'Ocherki')
    """
    before = text[:start].rstrip()
    if text[start : start + 1] == "." and strip_final_period(before + ".") == before + ".":
        return before + "."
    return before


def _numbers_alone(value: str, fields: _Fields, p: _Patterns) -> re.Match | None:
    """A bracket or parenthesis that holds only a volume, part or issue not read yet (``vols. 1–2``).

    >>> _numbers_alone("books 1–2", _Fields(), patterns()).group("part")
    '1–2'
    >>> _numbers_alone("Povest’", _Fields(), patterns()) is None
    True
    """
    if value[:1] not in _BRACKETED_LABELS:
        return None
    m = p.numbered.fullmatch(" " + value)
    return m if m and m.lastgroup in ("volume", "part", "issue") and m.lastgroup not in fields else None


def _set_container(printed: str, fields: _Fields, p: _Patterns, context: EntryContext) -> None:
    """The container title, expanded, with its printed abbreviation; ``Ibid.`` is the previous entry's."""
    if printed.strip(" .,").lower() in p.ibid_forms:
        previous = context.previous
        if previous is not None:
            # The same book or journal: its title, and the authors and edition printed with it; and
            # its volume when the entry prints no number nor year ("Dialektika prirody. Ibid." after
            # "Anti-Diuring. Ibid., vol. 20."): "the same place".
            fields["container_title"] = previous.container_title
            inherited = ["container_title_short", "container_author", "edition"]
            if not any(key in fields for key in ("volume", "issue", "issued", "part")):
                inherited.append("volume")
            for key in inherited:
                if getattr(previous, key) and key not in fields:
                    fields[key] = getattr(previous, key)
        else:
            fields["container_title"] = printed.rstrip(".")
            fields["_problems"] = [*fields.get("_problems", []), "“Ibid.” with no earlier container"]
        return
    expanded, short = _expanded_title(printed, container=True)
    fields["container_title"] = expanded
    if short:
        fields["container_title_short"] = short


def _parse_container(text: str, fields: _Fields, p: _Patterns, context: EntryContext) -> None:
    """``In K. Marx and F. Engels, Soch.`` → container authors and (expanded) container title."""
    if _may_name_a_genre(text) and (genre := p.genre.fullmatch(text)):
        fields["genre"] = genre.group(1).rstrip(".")  # "“Kurgany.” Candidate’s dissertation. Moscow": no container
        return
    m = p.in_container.match(text)
    if m:
        text = text[m.end() :]
        if m.group("own") and "author" in fields:
            fields["container_author"] = fields["author"]  # "In his book …": the author's own
    m = p.container_authors.match(text)
    if m:
        names = parse_name_list(m.group(1))
        if names:
            fields["container_author"] = names
            text = text[m.end() :]
    elif (first := p.inverted_author.match(text)) and not text.startswith(p.works_ends):
        # "Marx, K., and F. Engels. Soch.": the authors of the collected works, inverted
        more, rest = _more_authors(text[first.end() :], p)
        rest = rest.lstrip(".").lstrip()
        if rest.startswith(p.works_ends):
            fields["container_author"] = (Name(family=first.group(1), given=normalize_given(first.group(2))), *more)
            text = rest
    _set_container(text, fields, p, context)


def _split_title_container(text: str, p: _Patterns) -> tuple[str, str]:
    """An unquoted title followed by ``In …`` or by the author's own collected works.

    >>> p = patterns()
    >>> _split_title_container("Stikhi. In Mariiskaia poeziia", p)
    ('Stikhi.', 'In Mariiskaia poeziia')
    >>> _split_title_container("Gosudarstvo i revoliutsiia. Poln. sobr. soch.", p)
    ('Gosudarstvo i revoliutsiia.', 'Poln. sobr. soch.')
    >>> _split_title_container("Kritika Gotskoi programmy. Marx, K., and F. Engels. Soch.", p)
    ('Kritika Gotskoi programmy.', 'Marx, K., and F. Engels. Soch.')
    >>> _split_title_container("Anti-Diuring. K. Marx and F. Engels, Soch.", p)
    ('Anti-Diuring.', 'K. Marx and F. Engels, Soch.')
    >>> _split_title_container("Byloe i dumy. Sobr. soch. v 30 tomakh", p)
    ('Byloe i dumy.', 'Sobr. soch. v 30 tomakh')
    """
    m = p.in_sentence.search(text)
    if m:
        return text[: m.start()], text[m.end() :]
    # The pattern is tried only on a text that ends with a collected-works phrase (a cheap test).
    ends = text.rstrip().rstrip(".")
    if ends.endswith(("tomakh", " tt", " t")):
        ends = IN_SO_MANY_VOLUMES.sub("", ends).rstrip(".")
    m = tail_search(p.collected_works_tail, text, 100) if ends.endswith(p.works_ends) else None
    if m and m.start() > 0:
        return text[: m.start()], text[m.start(1) :].strip()
    return text, ""


# "&" between inverted names, as APA and Harvard print them: "Petrov, P. P., & Sidorov, S. S. (1968)."
_AMPERSAND_BEFORE_A_NAME = re.compile(rf",?\s&\s(?={FAMILY},\s{INITIALS})")
_AMPERSANDS_MAX = 3


def parse_entry(raw: str, context: EntryContext | None = None) -> tuple[Reference, tuple[Problem, ...]]:
    """Parse the printed text of one entry; the reference has no id, span or language yet.

    The returned problems have spans relative to ``raw``.
    """
    fields, problems = parse_entry_fields(raw, context)
    return Reference(id="", **fields), problems


def _web_address(m: re.Match, months) -> tuple[tuple[str, object], ...]:
    """The CSL variables of a work's address on the web: its DOI, else its URL, and the day it was read.

    >>> _web_address(_WEB_ADDRESS.search("Voprosy istorii, 3, 45–67. https://doi.org/10.1234/vi.3"), {})
    (('DOI', '10.1234/vi.3'),)
    >>> _web_address(_WEB_ADDRESS.search("Istoriia. URL: http://hist.ru/1.html (accessed 12.05.2015)."), {})
    (('URL', 'http://hist.ru/1.html'), ('accessed', {'date-parts': [[2015, 5, 12]]}))
    """
    address = m["address"]
    if address.startswith("10.") or _DOI_RESOLVER.match(address):
        found: list[tuple[str, object]] = [("DOI", _DOI_RESOLVER.sub("", address))]
    else:
        found = [("URL", address)]
    if accessed := m["accessed"]:
        found.append(("accessed", _access_date(accessed.strip(), months)))
    return tuple(found)


def _access_date(printed: str, months) -> dict:
    """A CSL date of the day a page was read, as printed; ``raw`` when it reads as no day.

    >>> _access_date("12 May 2015", {"May": 5}), _access_date("2015-05-12", {}), _access_date("spring", {})
    ({'date-parts': [[2015, 5, 12]]}, {'date-parts': [[2015, 5, 12]]}, {'raw': 'spring'})
    """
    if m := _NUMERIC_DAY.match(printed):
        year, month, day = (m[1], m[2], m[3]) if m[1] else (m[6], m[5], m[4])
        return {"date-parts": [[int(year), int(month), int(day)]]}
    if (m := _DAY_MONTH_YEAR.match(printed)) and (month := months.get(m[2] or m[4])):
        return {"date-parts": [[int(m[3] or m[6]), month, int(m[1] or m[5])]]}
    return {"raw": printed}


def parse_entry_fields(raw: str, context: EntryContext | None = None) -> tuple[dict, tuple[Problem, ...]]:
    """What :func:`parse_entry` finds, as keyword arguments of :class:`Reference` (without ``id``).

    The extraction pipeline adds what only the whole article knows (the implicit author, the
    language, the id) before it builds each reference, once.
    """
    context = context or EntryContext()
    p = patterns()
    fields = _Fields()
    text = raw.strip().removesuffix(";")  # (entries a semicolon parts: "Moscow, 1960; Stikhi. …")
    if "/" in text and (online := _WEB_ADDRESS.search(text)) and online.start() > 0:
        fields["extra"] = _web_address(online, p.tables.months)  # "…, 45–67. https://doi.org/10.…"
        text = text[: online.start()].rstrip(" —–")  # (and a Russian list's dash before it: "… 300 s. — DOI: …")
    text = repair_text(text)
    text, translations, publisher = in_encyclopedia_order(text)  # "Ivanov I. I. Ocherki. — M.: Nauka, 1950.", as
    for position, translation in enumerate(translations):  # a Russian list prints it; its English titles, notes
        fields.add_note(position, translation)
    if publisher:
        fields["publisher"] = publisher
    if "(" in text or "”" in text:
        text = note_in_encyclopedia_order(text)  # "I. I. Ivanov, Ocherki istorii (Moscow, 1950), 45.", a note's
    if ";" in text:
        text = vancouver_in_encyclopedia_order(text)  # "Ivanov II. Obshchina. Vopr Istor. 1965;5(2):3–15."
    if " & " in text:
        text = _AMPERSAND_BEFORE_A_NAME.sub(", ", text, count=_AMPERSANDS_MAX)  # "Petrov, P. P., & Sidorov, S. S."
    if text[:1] in _SAME_AUTHORS_DASHES and (same := _SAME_AUTHORS.match(text)):
        text = text[same.end() :]  # "——. Stat’i.": by the authors of the entry before
        if context.previous_authors:
            fields["author"] = context.previous_authors
        else:
            fields["_problems"] = [*fields.get("_problems", []), "a line of dashes with no authors before it"]
    text = _parse_head(text, fields, p, context.subject)
    if fields.get("_quoted"):
        text = _as_printed_here(text)  # "Slavic Review 26, no. 2 (1967): 5–20." after an article's title
    if ";" in text:
        more = p.journal_continuation.search(text)
        if more and more.start() > 0 and (
            fields.get("_quoted") or _an_issue(text[: more.start()], p)
            # (and not the imprint after them: "Istoriia SSSR, vol. 2; vol. 3. Moscow, 1966." is the one set)
            or (
                _A_SENTENCE_AFTER.search(more.group(1)) is None
                and _A_VOLUME_AT_THE_END.search(text, 0, more.start()) is not None
            )
        ):
            # "…, no. 7, pp. 10–35; no. 8, pp. 5–20.": the first issue is the record, the others a note (and so
            # for the volumes of a book: "Soch., 2nd ed., vol. 4, pp. 419–59; vol. 7, pp. 5–110.")
            fields.add_note(2000, more.group(1))
            text = text[: more.start()]
    if (medium := _MEDIUM.search(text[-12:])) is not None:
        # "… New York: Harcourt, 1966. Print.": the medium MLA names after the imprint, a note
        fields.add_note(1001, medium.group(1))
        text = text[: len(text) - len(text[-12:]) + medium.start()]
    if "?" in text[-4:] and (doubted := _DOUBTED_YEAR.search(text)):
        # "[Moscow, 1925?]", "Moscow, 1925?": a year the imprint doubts, read as the doubt printed apart is
        # ("Moscow, 1925 (?)": the year, and a note)
        text = f"{text[: doubted.start()]}{doubted.group(1)}{doubted.group(2)} (?)"
    text = _parse_tail_notes(text, fields, p)

    quoted = fields.pop("_quoted", False)
    if quoted and "author" not in fields and _YEAR_THEN_NUMBERS.match(text):
        # "“Shakhmaty v SSSR,” 1960, nos. 1–4.": a journal's name in quotes, then its issues
        text, quoted = f"{fields.pop('title')}, {text}", False
    if quoted and text.startswith("In ") and _an_issue(text[3:], p):
        text = text[3:]  # "“I. A. Orbeli.” In Vestnik AN SSSR, 1961, no. 4.": an issue of a journal
    if quoted and not text.startswith("In ") and _parse_journal(text, fields, p, context):
        text = ""
    elif not quoted and "title" not in fields and _journal_without_quotes(text, fields, p, context):
        text = ""
    else:
        text = _parse_imprint(text, fields, p)
        text = _peel_apparatus(text, fields, p)
        place = fields.get("publisher_place", "")
        if not quoted and not text.strip() and "title" not in fields and place and not _is_place(place, p):
            text = fields.pop("publisher_place")  # "Zvezda, 1924–.": a periodical's run; its name is no city
        if quoted:
            if text:
                _parse_container(text, fields, p, context)
        else:
            title, container = _split_title_container(text, p)
            if title and not container and "volume" not in fields and (
                ", vol." in title
                or ", [vol." in title
                or ((", book " in title or ", part " in title) and ": " in title)
                or ". Vol. " in title
            ):
                title = _volume_with_its_title(title, fields, p)
            if title and not container and title.strip(" .,").lower() in p.ibid_forms and context.previous:
                _the_book_before(fields, context.previous)
            elif title:
                m = p.bracket_title.fullmatch(title.strip() + " ") if title.strip().startswith("[") else None
                expanded, short = _expanded_title(m.group(1) if m else title)
                fields["title"] = expanded
                if short:
                    fields["title_short"] = short
            if container:
                _parse_container(container, fields, p, context)
        if "type" not in fields:
            fields["type"] = "chapter" if fields.get("container_title") else "book"
    if _may_be_a_thesis(raw) and p.thesis.search(raw):
        fields["type"] = "thesis"
    if "author" not in fields and "editor" not in fields and ". " in fields.get("title", ""):
        _an_uninverted_name_before_the_title(fields, p)
    collected = "container_title" in fields and names_collected_works(
        fields["container_title"], fields.get("container_title_short", "")
    )
    if collected and "container_author" not in fields and "author" in fields:
        # Collected works with nobody else named are the author's own (CONVENTIONS.md).
        fields["container_author"] = fields["author"]
    return _freeze(raw, fields)


def _the_book_before(fields: _Fields, previous: IbidSource) -> None:
    """An entry that is "Ibid." and numbers alone: another volume of the book the entry before was in, or was
    ("Lenin, V. I. “O kooperatsii.” Poln. sobr. soch., 5th ed., vol. 45." / "Ibid., vol. 44, pp. 151–52."):
    that book, by its authors, in its edition.

    >>> fields = _Fields(volume="44")
    >>> _the_book_before(fields, IbidSource("Polnoe sobranie sochinenii", "Poln. sobr. soch.", (Name("Lenin",
    ...     "V. I."),), "5", "45"))
    >>> fields["title"], fields["title_short"], fields["author"][0].family, fields["edition"], fields["volume"]
    ('Polnoe sobranie sochinenii', 'Poln. sobr. soch.', 'Lenin', '5', '44')
    """
    fields["title"] = previous.container_title
    if previous.container_title_short:
        fields["title_short"] = previous.container_title_short
    if previous.container_author and "author" not in fields:
        fields["author"] = previous.container_author
    if previous.edition and "edition" not in fields:
        fields["edition"] = previous.edition


# "Eto Jun. Natsume Soseki": two or three capitalized words (no initials), then the title
_UNINVERTED_NAME = re.compile(rf"([{UPPER}][{LOWER}’-]+(?:\s[{UPPER}][{LOWER}’-]+){{1,2}})\.\s(?=[{UPPER}])")


def _an_uninverted_name_before_the_title(fields: _Fields, p: _Patterns) -> None:
    """The author of a title printed where names are printed family first, uninverted: "Eto Jun. Natsume
    Soseki. Tokyo, 1960." (table ``family_first_languages``).

    >>> fields = _Fields(title="Komiya Toyotaka. Natsume Soseki", publisher_place="Tokyo")
    >>> _an_uninverted_name_before_the_title(fields, patterns()); fields["author"], fields["title"]
    ((Name(family='', given='', literal='Komiya Toyotaka'),), 'Natsume Soseki')
    """
    place = fields.get("publisher_place", "")
    named = _UNINVERTED_NAME.match(fields["title"]) if place else None
    if named and place_language(place, p.tables) in p.tables.family_first_languages:
        fields["author"] = (Name(literal=named.group(1)),)
        fields["title"] = fields["title"][named.end() :]


def _volume_with_its_title(title: str, fields: _Fields, p: _Patterns) -> str:
    """The title of a work in several volumes, with the number and the title of the one volume read off.

    >>> fields = _Fields()
    >>> _volume_with_its_title("Rukovodstvo po zoologii, vol. 6: Ptitsy", fields, patterns()), dict(fields)
    ('Rukovodstvo po zoologii', {'volume': '6', 'volume_title': 'Ptitsy'})
    >>> _volume_with_its_title("Zhizn’ zhivotnykh, vol. 4, part 2. Ryby", _Fields(), patterns())
    'Zhizn’ zhivotnykh'
    >>> fields = _Fields()
    >>> _volume_with_its_title("Ocherki istorii zhurnalistiki, [vol. 1] 1917–1932", fields, patterns()), dict(fields)
    ('Ocherki istorii zhurnalistiki', {'volume': '1', 'volume_title': '1917–1932'})
    >>> fields = _Fields()
    >>> _volume_with_its_title("Pis’ma, vol. 1 (1904–1912)", fields, patterns()), dict(fields)
    ('Pis’ma', {'volume': '1', 'volume_title': '1904–1912'})
    >>> fields = _Fields()
    >>> _volume_with_its_title("Entsiklopediia matematiki, book 1: Arifmetika", fields, patterns()), dict(fields)
    ('Entsiklopediia matematiki', {'part': '1', 'volume_title': 'Arifmetika'})
    >>> fields = _Fields()
    >>> _volume_with_its_title("Voina i mir. Vol. 2 of Sobranie sochinenii", fields, patterns()), dict(fields)
    ('Sobranie sochinenii', {'volume': '2', 'volume_title': 'Voina i mir'})
    >>> fields = _Fields()
    >>> _volume_with_its_title("Istoriia SSSR. Vol. 2: Period feodalizma", fields, patterns()), dict(fields)
    ('Istoriia SSSR', {'volume': '2', 'volume_title': 'Period feodalizma'})
    """
    m = p.volume_with_title.fullmatch(title)
    if not m:
        return title
    if m.group("years"):
        fields["volume"] = m.group("volume_of_years").replace(" ", "")
        fields["volume_title"] = m.group("years")
        return m.group("title_before_years")
    if m.group("title_after"):
        fields["volume"] = m.group("volume_of").replace(" ", "")
        fields["volume_title"] = _title_text(m.group("volume_title_first"))
        return m.group("title_after")
    if m.group("its_title"):
        fields["volume"] = m.group("volume_then_title").replace(" ", "")
        fields["volume_title"] = _title_text(m.group("its_title"))
        return m.group("whole_title")
    if volume := m.group("volume") or m.group("supplied"):
        fields["volume"] = volume.replace(" ", "")
    part = m.group("part") or m.group("part_alone")
    if part and "part" not in fields:
        fields["part"] = part.replace(" ", "")
    fields["volume_title"] = _title_text(m.group("volume_title"))
    return m.group("title")


def _an_issue(text: str, p: _Patterns) -> bool:
    """Whether an unquoted text is a journal's issue (``Sovetskaia etnografiia, 1952, no. 1``).

    >>> _an_issue("Sovetskaia etnografiia, 1952, no. 1, pp. 3–25", patterns())
    True
    >>> _an_issue("Moscow, 1952", patterns()), _an_issue("Ocherki. Moscow, 1952, vol. 1", patterns())
    (False, False)
    >>> _an_issue("Master i Margarita. Priroda, 1966, no. 11", patterns())
    True
    """
    m = p.journal_tail.match(text)
    if not m or not m.group(3):
        return False
    head = m.group(1).strip().rstrip(",")
    place = tail_search(p.place_tail, head, 60)
    if place is None or place.start() == 0:
        return True
    # "Ocherki. Moscow, 1952, vol. 1" is a book's imprint; "Master i Margarita. Priroda, 1966, no. 11" a journal's
    # issue: a number no book's imprint prints after its year, and no city the tables know before it
    return _ISSUE_NUMBER.search(m.group(3)) is not None and tail_search(p.known_place_tail, head, 60) is None


def _a_periodicals_date(text: str, m: re.Match, p: _Patterns) -> bool:
    """Whether the date after a name and a comma names a month: an issue's date, which no book's imprint
    prints ("Survey of Current Business, July 1976", "Sovetskaia Bashkiriia, 1979, Oct. 20").

    >>> p = patterns()
    >>> text = "Survey of Current Business, July 1976."
    >>> _a_periodicals_date(text, p.journal_tail.match(text), p)
    True
    >>> text = "Sovetskaia Bashkiriia, 1979, Oct. 20."
    >>> _a_periodicals_date(text, p.journal_tail.match(text), p)
    True
    >>> text = "Istoriia Oktiabria, 1917."
    >>> _a_periodicals_date(text, p.journal_tail.match(text), p)
    False
    """
    return text[: m.start(2)].rstrip().endswith(",") and any(
        word.rstrip(",") in p.tables.months for word in m.group(2).split()
    )


def _journal_without_quotes(text: str, fields: _Fields, p: _Patterns, context: EntryContext) -> bool:
    """``(Review.) Inostrannaia literatura, 1966, no. 6.``, ``Pravda, Jan. 21, 1924.``: an issue with no title."""
    # (its series, after the year, read apart: "Vestnik LGU, 1957, no. 19: Seriia matematiki, …, issue 4";
    # it stands after the journal's name, so the name's place is the same in the text as printed)
    matched = _without_journal_series(text)
    m = p.journal_tail.match(matched)
    if not m or not (m.group(3) or m.group(1).strip() in p.tables.newspapers or _a_periodicals_date(matched, m, p)):
        # numbers ("1974, no. 12"), a known newspaper ("Pravda, Jan. 21, 1924") or a month ("Survey of Current
        # Business, July 1976") tell an issue
        return False
    head = m.group(1)
    # A sentence ends at a period, but not at a journal's abbreviation ("Izv. AN SSSR, 1970, no. 4", "J. Amer.
    # Chem. Soc., 1952, vol. 74").
    cut = [end for end in p.sentence_end.finditer(head)
           if head[: end.start() + 1].rsplit(" ", 1)[-1] not in p.tables.periodical_words]
    if cut:
        fields["title"] = _title_text(head[: cut[-1].start() + 1])
        text = head[cut[-1].end() :] + text[m.end(1) :]
        text = text.removeprefix("In ")  # "Pis’ma. In Sovetskaia muzyka, 1956, no. 1.": the journal
    return _parse_journal(text, fields, p, context)


def _freeze(raw: str, fields: _Fields) -> tuple[dict, tuple[Problem, ...]]:
    problems = tuple(Problem(Span(0, len(raw)), message) for message in fields.pop("_problems", []))
    notes = fields.pop("_notes", [])
    if notes:
        # Positions grow left to right across the entry, so sorting restores printed order.
        fields["note"] = "; ".join(note for _, note in sorted(notes))
    printed_series = fields.pop("_series_printed", "")
    for key in ("volume", "issue"):
        series_value = fields.pop("_series_" + key, None)
        if series_value and key not in fields:
            fields[key] = series_value
        elif series_value and fields[key] != series_value:
            # The book's own volume (or issue) takes the field; the series keeps its number as printed, which
            # nothing is lost of: "Dekabristy-literatory, vols. 1–2. … (Literaturnoe nasledstvo, vol. 59–60.)"
            fields["collection_title"] = printed_series
    if "issued" in fields and fields["issued"] is None:
        del fields["issued"]
    if not _TWO_LETTERS.search(fields.get("title", "") + " " + fields.get("container_title", "")):
        problems += (Problem(Span(0, len(raw)), "could not find the title of this entry; kept as printed"),)
        return {"type": "document", "title": raw.strip(), "raw": raw}, problems
    fields["raw"] = raw
    return dict(fields), problems
