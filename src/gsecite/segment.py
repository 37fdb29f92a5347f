"""Segmentation: from an article's text to its title, body paragraphs and bibliography entries.

The page is read line by line. Each line is classified (site boilerplate,
block heading, ``In Russian translation:`` label, signature, volume code,
bibliography entry, title-like line or prose); runs of entry lines form blocks,
and each block line is cut into entries (``…Moscow-Leningrad, 1956.Lar’kin,
V. G. …`` holds two). Every entry keeps its span in the input text.

>>> text = "Udegei\\n\\na people of the Far East, living along the Amur.\\n\\nREFERENCES\\n"
>>> text += "Narody Sibiri. Moscow-Leningrad, 1956.Lar’kin, V. G. Udegeitsy. Vladivostok, 1958.\\n"
>>> seg = segment(text)
>>> seg.title, [e.text for e in seg.articles[0].blocks[0].entries]
('Udegei', ['Narody Sibiri. Moscow-Leningrad, 1956.', 'Lar’kin, V. G. Udegeitsy. Vladivostok, 1958.'])
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .cyrillic.restore import ROMAN
from .dictionary import is_common_russian_word, is_russian_adjective, is_russian_word
from .model import Name, Problem, Span
from .normalize import english_note_sentence, is_english_note
from .notes import NOTES
from .patterns import (
    DASH,
    FAMILY,
    INITIALS,
    LETTER,
    LOWER,
    PLACE,
    QUOTE_PAIRS,
    SIGNS,
    UPPER,
    WEB_ADDRESS_AT_THE_END,
    YEAR,
    YEAR_RANGE,
    is_known_place,
    tail_search,
)
from .tables import Tables, alternation, load_tables

WORKS = "works"
REFERENCES = "references"


RUSSIAN = "ru"  # the language of the sub-list "In Russian translation:" labels


@dataclass(frozen=True, slots=True)
class RawEntry:
    """One bibliography entry as printed, before parsing."""

    text: str
    span: Span
    line: int
    # The language a sub-list's label names, when printed under one: "ru" under "In Russian translation:", "uk"
    # under "In Ukrainian translation:"; else "".
    translated: str = ""


@dataclass(frozen=True, slots=True)
class Block:
    """A run of entries: ``kind`` is "works", "references", or "" when no heading says."""

    kind: str
    entries: tuple[RawEntry, ...]
    heading: str = ""
    # The parts of the block's lines that hold entries (labels, signatures and
    # volume codes left out): every non-blank character in them is in some entry.
    lines: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Article:
    """One encyclopedia article on the page, with what later stages need to know of it."""

    title: str
    subject: Name | None  # the person a biography is about
    subject_language: str  # the language of the subject's works ("kk" for a Kazakh poet)
    blocks: tuple[Block, ...]


@dataclass(frozen=True, slots=True)
class Segmentation:
    title: str
    articles: tuple[Article, ...]
    body: tuple[Span, ...]  # prose paragraphs, where inline citations live
    problems: tuple[Problem, ...] = ()


# Footnote numbers raised: "¹", "²³"
_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
# Line kinds
BLANK, STOP, DROP, BOUNDARY, HEADING, LABEL, CODE, SIGNATURE, ENTRY, TITLE, PROSE, OTHER = range(12)


@dataclass(frozen=True)
class _Patterns:
    tables: Tables
    credit: re.Pattern  # "Introduction by …", "Translated from German by …": a credit, which goes on with its entry
    heading_words: frozenset[str]
    label_lines: frozenset[str]  # "In Russian translation" alone on its line, with no colon
    other_language_label: re.Pattern  # "In Ukrainian translation:": a sub-list in another language than Russian
    table_caption: re.Pattern
    label: re.Pattern
    code: re.Pattern
    signature_line: re.Pattern
    signature_tail: re.Pattern
    signature_cut: re.Pattern  # "B. B. VOLOGDIN (history), V. V.": a signature cut where the page wraps
    signature_rest: re.Pattern  # "VOROB’EV (economy)": the rest of it, on the next line
    code_tail: re.Pattern
    imprint_year: re.Pattern
    signals: tuple[tuple[str, re.Pattern], ...]
    undated_imprint: re.Pattern
    undated_hint: re.Pattern
    author_start: re.Pattern
    particle_start: re.Pattern  # "de Gaulle, C.", "d’Alembert, J.", "al-Biruni": a name that begins in lowercase
    author_only: re.Pattern
    prose: re.Pattern
    predicate: re.Pattern
    lowercase_start: re.Pattern  # a word in lowercase
    text_parenthesis: re.Pattern
    glued_split: re.Pattern
    spaced_split: re.Pattern
    glued_marker: re.Pattern
    glued_marker_hint: re.Pattern
    year_sentence_end: re.Pattern
    year_semicolon: re.Pattern
    semicolon_before_a_name: re.Pattern  # "…, 5 izd., t. 3; Lenin V. I., Poln. sobr. soch.": the Russian original
    issue_sentence_end: re.Pattern
    note_sentence_end: re.Pattern
    region: re.Pattern  # "Mass.", "Ind.-London": a state after its city, and the next city of a joint imprint
    bare_imprint: re.Pattern
    imprint_in_entry: re.Pattern
    imprint_at_end: re.Pattern  # "… Economy of the Soviet Union. London, 1962."
    imprint_glued: re.Pattern  # "… Soviet Union. London, 1962.Ivanov, I. I. …": the next entry glued on
    year_glued: re.Pattern  # "1962.I"
    apparatus_words: re.Pattern  # "in 2 vols.", "Edited by": English words of an entry
    container_start: re.Pattern  # "In K. Marx and F. Engels, Soch.", "Ibid.": what an entry goes on with
    authors_of_works: re.Pattern  # "Marx, K., and F. Engels. Soch.": collected works' authors, then the works
    collected_works_title: re.Pattern  # "Soch.", "Poln. sobr. soch.": a title in a work's collected works
    sentence_inside: re.Pattern  # "… astronomer. Corresponding …": a sentence ends inside a line
    initials_only: re.Pattern
    glued_headword: re.Pattern  # "… 1958.Udegei": a headword glued to the last entry
    number_alone: re.Pattern  # "9(142).", "8." alone or with the next entry glued on: a label's number
    label_ends: tuple[str, ...]  # " vol.", " no.": a label that ends a line, its number on the next
    english_words: frozenset[str]  # English stopwords that are no romanized Russian word ("on" is он)
    list_marker: re.Pattern  # "• ", "1. ", "2) ": a list's bullet or number before an entry
    list_marker_starts: frozenset[str]  # the characters a list marker begins with: a cheap test first
    pronunciation: re.Pattern
    life_dates: re.Pattern
    site_line_initials: frozenset[str]  # the first letters of the site's lines: a cheap test first
    biography: re.Pattern
    nationality: re.Pattern
    wrote_in: re.Pattern


# What a parenthesis of running text holds around its page: anything but parentheses, or a short one ("VKP(b)")
_IN_A_PARENTHESIS = r"(?:[^()]|\([^()]{1,12}\))*"


@lru_cache(maxsize=1)
def patterns() -> _Patterns:
    t = load_tables()
    # "Soch.", "Poln. sobr. soch.": the titles of collected works, as an entry prints them
    works = alternation([phrase for phrase in t.collected_works if phrase[:1].isupper()])
    # (nor a credit, bracketed or not: "Ocherki istorii, vol. 1, book 1. [Introduction by I. I. Ivanov.] Moscow, 1900.")
    credit = rf"\[?(?:{alternation(list(t.credits))})\s(?:[a-z]+\s){{0,6}}?(?:by|from)(?:\s|$)"
    # (the credit may end the line, its name on the next: "… part 1. Introduction by" / "I. I. Ivanov. …")
    not_a_continuation_word = rf"{_NOT_A_CONTINUATION_WORD}(?!{credit})"
    months = alternation([m.rstrip(".") for m in t.months])
    capitals = rf"[{UPPER}][{UPPER}’'\-]{{2,}}"
    # (an article in parts names what each wrote: "IU. V. KELDYSH (composer); N. A. FIGUROVSKII (chemist)")
    initials = rf"(?:[{UPPER}][{UPPER}{LOWER}]{{0,3}}\.\s?){{1,3}}"
    # the name and its role ("(composer)", "(Czech literature)"), or where the author worked ("(Kazakh SSR)")
    signature_rest = rf"{capitals}(?:\s{capitals})?(?:\s\([A-Za-z][A-Za-z ,’-]{{1,40}}\))?"
    signature_name = initials + signature_rest
    signature = rf"{signature_name}(?:(?:[,;]| and)\s{signature_name})*"
    person = alternation(list(t.person_nouns))
    regions = alternation(list(t.regions))
    # A family name's particle, as printed before it: "De Gennes, P.", "Van der Waerden, B. L."
    particle = alternation(sorted({f"{w[0].upper()}{w[1:]}" for w in t.name_particles} | set(t.name_particles)))
    return _Patterns(
        tables=t,
        heading_words=frozenset(t.headings),
        label=re.compile(alternation(list(t.translation_labels))),
        label_lines=frozenset(label.rstrip(":").lower() for label in t.translation_labels),
        # (as a copy may set it, in capitals or title case, and ending with a period or a dash)
        other_language_label=re.compile(
            rf"In\s(?!Russian\s)({alternation(list(t.nationalities))})\stranslations?{_LABEL_END}", re.I
        ),
        # "Table 2. Population (in thousands), 1939–1970": a table, whose rows hold years but are no entries.
        table_caption=re.compile(rf"^(?:{alternation(list(t.table_captions))})\s\d+[a-z]?\b"),
        code=re.compile(r"\[\s*\d[\d\s]*[–—-][\d\s–—-]*\]"),
        signature_line=re.compile(signature),
        signature_tail=re.compile(rf"(?<=[.)\]”])\s*({signature})\s*$"),
        signature_cut=re.compile(rf"{signature}(?:[,;]|\sand)\s{initials}"),
        # (the rest of the cut name's initials too: "… (Czech literature), IU." / "V. BOGDANOV (Slovak literature)")
        signature_rest=re.compile(rf"(?:{initials})?{signature_rest}(?:(?:[,;]|\sand)\s{signature_name})*"),
        code_tail=re.compile(r"\s*\[\s*\d[\d\s]*[–—-][\d\s–—-]*\]\s*$"),
        # Signs of an entry. Each pattern starts with a literal where it can, since
        # Python's re scans fast for a literal and slowly for \b or a large class.
        # Not before ")": "(Lenin Prize, 1962)" in a biography is no imprint.
        imprint_year=re.compile(rf"[,.\]] \[?{YEAR}\b(?!\))"),
        # Each with a piece of text that any match contains: a substring test rules most lines
        # out faster than the pattern can.
        credit=re.compile(credit),
        signals=(
            # Kommunist, 1974, no. 12; Voprosy istorii, 1960, nos. 1–2
            (", ", re.compile(rf", {YEAR}, (?:vol|nos?|issues?|book|part|fasc|pp?)\.?\s?\d")),
            # "Izvestiia, Sept. 26, 1958"; "Pravda, Oct. 26 (Nov. 8), 1917": an Old Style day and the New Style's
            (", ", re.compile(
                rf", (?:{months})\.?,? (?:\d{{1,2}}(?: \((?:(?:{months})\.? )?\d{{1,2}}\))?, )?{YEAR}\b"
            )),
            ("vol", re.compile(r"vols?\.\s?\d")),
            (" ed.", re.compile(r"\d(?:st|nd|rd|th|d) ed\.")),
            ("Soch", re.compile(r"Soch\b")),
            ("no", re.compile(r"nos?\. \d")),
            ("Ibid.,", re.compile(r"Ibid\.,")),
            # an archive's shelfmark: "TsGAOR SSSR, fond 102, op. 5, d. 17"
            ("op.", re.compile(r"\bf(?:ond)?\.?\s\d+,\sop\.\s?\d")),
        ),
        # An imprint without a year: "Moscow, n.d.", "Kazan’, b. g." (tried on short lines only: entries)
        undated_imprint=re.compile(rf"[{UPPER}][{LETTER}’]+,? \[?(?:{alternation(list(t.no_date))})"),
        undated_hint=re.compile(alternation(list(t.no_date))),  # literals first: a fast scan
        # "Ivanov, I. I. …", "Berg, A. I., and …", "De Gennes, P. …"
        # (a family name of two words too, as the entry parser reads it: "Kamerlingh Onnes, H.")
        particle_start=re.compile(rf"(?:{particle})\s|[dl][’']|(?:al|el|ibn|ben)[-\s]"),
        author_start=re.compile(
            rf"\[?(?:(?:{particle})\s|[dlDL][’']|[{UPPER}][{LOWER}{SIGNS}]+\s(?:y\s)?(?=[{UPPER}][{LOWER}]+,))?"
            # (not initials before a name, "V. I. Lenin wrote that …": no family name is one letter)
            rf"(?![{UPPER}]\.){FAMILY}[,.] {INITIALS},?\s"
        ),
        # "Lar’kin, V. G.", "Berg, A. I., and Iu. I. Cherniak.": the authors of an entry, alone on a line
        # (and an author's name in brackets, the given names in full: "[Abdüqadïrov, Qalmaqan Abdüqadïrovich.]")
        author_only=re.compile(
            rf"\[?{FAMILY},\s?{INITIALS}(?:,?\s(?:and\s)?{INITIALS}\s?{FAMILY})*\.?\]?"
            rf"|\[{FAMILY},\s[{UPPER}][{LETTER}{SIGNS}.\s-]+\]"
        ),
        prose=_prose(_PROSE_WORDS),
        lowercase_start=re.compile(rf"(?<!\S)[{LOWER}]"),
        predicate=_predicate(_PREDICATE_WORDS),
        # A parenthesis of running text: a source cited by page (column, chapter …), or a cross-reference.
        text_parenthesis=re.compile(
            # (a page printed with no space, "p.18", or spelled out, "page 18")
            # (or a preface's page in Roman numerals, "pp. iv–vi", an archive's folio, "fol. 12", a German page,
            # "S. 25", a law's article in the collected laws, "art. 525")
            # (a short parenthesis inside it, a name's: "(Istoriia VKP(b), 1938, p. 5)")
            rf"\({_IN_A_PARENTHESIS}\b(?:(?:pp?|cols?|chap|ch|sec|fols?|[Ss]|art)\.\s?|(?:notes?|pages?)\s)"
            rf"(?:\d|[ivxlc]+\b){_IN_A_PARENTHESIS}\)"
            # (a cross-reference, or a source the sentence sends the reader to: "(see Poln. sobr. soch., vols.
            # 1–8, Moscow, 1928–39)")
            rf"|\(see(?: also)? ?[{UPPER}]{{2}}[^()]*\)|\(see(?: also)?\s[^()]*\)"
            # a person's years after the name: "(K. Marx, 1818–83)"
            rf"|\((?:[{UPPER}][a-z]?\.\s)+{FAMILY},\s1\d{{3}}\s?[{DASH}]\s?\d{{2,4}}\)"
            # a journal's issue a sentence names its source after a word of it: "adopted in 1961 (Pravda, 1961,
            # no. 50)."
            rf"|(?<=[{LOWER}\d]\s)\([{UPPER}][^()]*,\s{YEAR},\s(?:no|vol|issue)\.?\s\d[^()]*\)"
            # a sentence's remark that its lowercase words go on after: "Man (1961; Lenin Prize, 1962) brought him"
            rf"|\([^()]*\)(?=\s[{LOWER}]{{2}})"
        ),
        # Where one entry ends and the next begins with no space ("1956.Lar’kin"); the cut is at match end.
        # (also after a count of pages, "340 pp.Armianskaia", "320 s.Smirnov"; a journal's number with a letter,
        # "no. 120b.Meissner"; no date, "Moscow, n.d.Lirika"; a set still coming out,
        # "1957–.Arkhangel’skii", "1963– .Pushkin"; a stray space, "1968 .Mikhailov"; "Ibid.Lenin"; a bracket,
        # "[Paris, 1961.]Juin")
        # (Every cut follows a period, and its first test, the character after it, fails at most periods: the
        # search scans for the literal.)
        glued_split=re.compile(  # see _glued_cuts
            # (a note's parenthesis closed after a quoted title: "… filosofii.”)Lenin, V. I. …")
            # (not before what goes on with the entry: "… Moscow, 1960.Pages 5–10.")
            rf"\.(?=[{UPPER}“«\"\[()\]”])(?:(?<=[0-9\])]\.)(?=[{UPPER}“«\"\[(]){_NOT_A_CONTINUATION_WORD}"
            rf"|”?[)\]](?=[{UPPER}“«\"\[])"
            rf"|(?:(?<=\d\spp\.)|(?<=\d\ss\.)|(?<=\d[{DASH}]\.)|(?<=\d[{DASH}]\s\.)|(?<=\d\s\.)|(?<=\d[a-z]\.)"
            rf"|(?<=Ibid\.)|(?<=n\.d\.)|(?<=n\.\sd\.)|(?<=dissertation\.))(?=[{UPPER}“«\"\[]))"
            # (or a title that begins with a number and a colon: "Moscow, 1921–.64: Shakhmatnoe obozrenie …")
            rf"|\.(?=\d{{1,4}}:\s[{UPPER}])(?<=[0-9{DASH}]\.)"
        ),
        # "…Moscow, 1956. Lar’kin, V. G. …", "…Soch., 2nd ed., vol. 8. Engels, F. “…": an entry that ends
        # in a number, then one that starts with an author.
        # (". " first: the search then jumps from one to the next.)
        # (after "Ibid." too; two authors: "…vol. 23. Marx, K., and F. Engels. “Nemetskaia ideologiia.” …"; initials at
        # the line's end, where a page wrapping its lines cut them: "… Moscow, 1953. Gurevich, D." / "Ia. Orlovskii
        # rysak. …")
        spaced_split=re.compile(
            # (or after a note whose parenthesis a page wrapping its lines opened on the line before: "po arkheologii
            # SSSR, no. 63.) Kadeev, V. I. …")
            # (or after a thesis's kind: "… Moscow, 1984. Candidate’s dissertation. Zolotarev, A. M. …")
            rf"[.)] (?:(?<=\d\. )|(?<=Ibid\. )|(?<=\.\) )|(?<=\)\. )|(?<=dissertation\. ))"
            rf"(?=[{UPPER}][{LETTER}’-]+, {INITIALS}(?: [{UPPER}“]|,? and {INITIALS} [{UPPER}]|\s*$))"
            # (or before APA's authors and year, after a sentence's end: "… Stanford University Press. Danilov,
            # V. P. (1977). …", whose imprint prints no year; and glued on: "… Press.Danilov, V. P. (1977).")
            rf"|(?<=[a-z]\.) ?(?={_APA_HEAD_TEXT})"
            # (or its authors alone at the line's end, their year on the next line: "… Moscow: Nauka.Kabanov, V. V." /
            # "(1988). …")
            rf"|(?<=[a-z]{{3}}\.) ?(?=[{UPPER}][{LOWER}’-]+, {INITIALS}\s*$)"
        ),
        # Where a year ends a sentence and a capital starts the next: a cut between two entries set on
        # one line ("Moscow, 1956. Narody Sibiri. Moscow, 1956."), unless what follows continues the
        # entry (Pages 5–7, Vol. 2, Reprint …, or the imprint after "vols. 1–10.").
        year_sentence_end=re.compile(
            # (a set still coming out too: "Moscow, 1961–. Paterson, W. S. B. …"; a year in brackets: "New York
            # [1977]. Gidrometeorologicheskii …", "[Paris, 1961.] Juin, H."; no year: "Moscow, n.d. Lirika", "Kazan,
            # [n.d.]. Istoriia"; a stray space: "Moscow, 1968 . Mikhailov", "1963– . Pushkin")
            # (one character class first, the lookbehinds after it: the search scans for the class)
            # (each lookbehind behind a cheap one of the character before the period: most periods follow a letter)
            rf"[.\]]\s(?:(?<=\d\.\s)(?:(?<={YEAR}\.\s)|(?<={YEAR}[{DASH}]\d\d\.\s))|(?<=[{DASH}]\.\s)(?<={YEAR}[{DASH}]\.\s)"
            rf"|(?<=\]\.\s)(?:(?<={YEAR}\]\.\s)|(?<=n\.d\.\]\.\s))|(?<=\s\.\s)(?:(?<={YEAR}\s\.\s)|(?<={YEAR}[{DASH}]\s\.\s))|(?<=d\.\s)(?<=n\.d\.\s)"
            rf"|(?<=\.\]\s)(?<={YEAR}\.\]\s))(?=[{UPPER}“«\"\[]|\d{{1,3}}\slet\s|\d{{1,4}}:(?:\s[{UPPER}]|$))"
            # (a title that counts years: "Moscow, 1960–65. 50 let Vooruzhennykh Sil SSSR. …"; or begins with a number
            # and a colon: "Moscow, 1921–. 64: Shakhmatnoe obozrenie …", its words on the next line where a page wraps)
            # (a second imprint is no entry, "Moscow, 1956. Leningrad, 1960.", but a title with its years is,
            # "Moscow, 1953. Dnevniki, 1873–1891. …": the table of places tells them apart, in _entries_after_years)
            rf"{not_a_continuation_word}"
        ),
        # The same at a semicolon: "In Russian translation: Narspi. Moscow, 1960; Stikhotvoreniia. Cheboksary, 1975.",
        # and after a volume's number, as the encyclopedia's Russian original parts its entries: "…, 5 izd., t. 3;
        # Istoriia SSSR, t. 1—2, M., 1966."
        year_semicolon=re.compile(rf";\s(?<=\d;\s)(?=[{UPPER}“«\"\[]){not_a_continuation_word}"),
        # The encyclopedia's Russian original parts its entries by semicolons, its authors' names first and their
        # initials after them: "Marks K. i Engel’s F., Soch., 2 izd., t. 20; Lenin V. I., Poln. sobr. soch., …"
        # (or before "ego zhe", his, for the same author's: "…, t. 3; ego zhe, Imperializm, …")
        # (and "his" cut where a page wraps: "…, t. 33; ego" / "zhe, O gosudarstve, …")
        semicolon_before_a_name=re.compile(rf";\s(?={FAMILY}\s{INITIALS}(?:,|\si\s)|(?:ego|ee|ikh)(?:\szhe,|$))"),
        # The same after a journal's issue: "Sibirskie ogni, 1968, no. 11. Pisateli Tuvy …".
        issue_sentence_end=re.compile(
            # (and a journal's volume after its year: "Klio, 1962, vol. 40. Arkheologicheskie otkrytiia …")
            # (each alternative begins with a literal, the lookbehind after it: the search scans for the literals)
            # (and a volume of collected works: "Ibid., vol. 39. Sotsialisticheskoe sorevnovanie …", "Poln. sobr.
            # soch., 5th ed., vol. 35. Dekrety …", where a volume's own title would follow a colon)
            # (a journal's number, not one right after a word: "Simfoniia no. 7. Score. Moscow, 1942." is a title's)
            rf"(?:no\.(?<![{LETTER}]\sno\.)|issue|book|fasc\.|vyp\.|Ibid\.|vol\.(?<={YEAR}, vol\.)"
            rf"|vol\.(?<=Ibid\., vol\.)"
            rf"|vol\.(?<=och\., vol\.)|vol\.(?<=och\., \d[a-z]{{2}} ed\., vol\.)|vol\.(?<=roizv\., vol\.)"
            # (and a serial's run, its numbers a range: "Bol’shevik, 1925, nos. 11–12.", "1893–1975, vols. 1–84.")
            rf"|nos\.|issues|vols\.(?<=\d, vols\.))"
            # (and a bare "Ibid.", the whole container: "Velikii pochin. Ibid. KPSS v rezoliutsiiakh …")
            rf"(?:\s?\d+(?:[{DASH}]\d+)?(?:\(\d+\))?\.\s|(?<=Ibid\.)\s)(?=[{UPPER}“«\"\[])"
            rf"{not_a_continuation_word}"
            # (and a chapter or part of what a volume holds, "Ibid., vol. 3, ch. 2. Materialy XXV s”ezda …", but not
            # before the container of a work so numbered: "Kapital, vol. 3, chs. 38–44. In K. Marx …", "Anti-Dühring,
            # part 2, ch. 7. Ibid., vol. 20.", "Kapital, vol. 1, part 2. Soch., 2nd ed., vol. 23.")
            rf"|(?:ch\.(?<=\d, ch\.)|chs\.(?<=\d, chs\.)|part(?<=\d, part)|parts(?<=\d, parts))"
            rf"\s?\d+(?:[{DASH}]\d+)?\.\s(?=[{UPPER}“«\"\[])(?!In:?(?:\s|$)|Ibid\b|{works}){not_a_continuation_word}"
        ),
        # The same after a remark that follows the numbers: "Moscow, 1956. (Materialy …, no. 57.) Blavatskii, V. D. …",
        # "1940. (Paleolit Kryma, fasc. 1). Efimenko, …"; and after pages: "pp. 879–93. “Über …",
        # "Pages 120–28. Skotovodstvo, vol. 1. …".
        # (Both alternatives begin with a character class, a word boundary after it: the search scans for the class.)
        # (… and after a count of pages, "Moscow, 1950. 215 pp. Grosval’d", "M.: Nauka, 1970. 320 s. Smirnov"; after
        # columns or chapters, "Moscow, 1965. Columns 150–56. Pravda", "Moscow, 1978. Chapter 12. Problemy")
        note_sentence_end=re.compile(
            # (a note or a few: "Moscow, 1964. (Teoreticheskaia fizika, vol. 5.) (With E. M. Lifshits.) Kvantovaia …")
            rf"(?:(?:\d|[{DASH}]\s?)(?:\.|\spp\.)?\s(?:(?:\([^()]{{1,200}}(?:\.\)|\)\.)|\[[^\[\]]{{1,200}}(?:\.\]|\]\.))\s){{1,3}}"
            rf"|[pP](?<![A-Za-z][pP])(?:p?\.|ages?)\s?\d+(?:[{DASH}]\d+)?\.\s|\d\s(?:pp|s)\.\s"
            rf"|C(?:olumns?|hapters?)\s\d+(?:[{DASH}]\d+)?\.\s)(?=[{UPPER}“«\"\[]){not_a_continuation_word}"
        ),
        # A heading, the site's copyright line or one of its blocks glued to the entry before it
        # ("1956.REFERENCESNarody Sibiri", "1950.The Great Soviet Encyclopedia, 3rd Edition …").
        glued_marker=re.compile(
            rf"(?:{alternation([h for h in t.headings if h.isupper()])})(?![{LOWER}])"
            rf"|(?:{alternation([*t.article_end_prefixes, *t.stop_prefixes])})"
        ),
        # What any glued marker holds, searched for before the pattern is tried (five times cheaper).
        glued_marker_hint=re.compile(alternation(_fewest_needles(
            [h for h in t.headings if h.isupper()]
            + [prefix[:10] for prefix in (*t.article_end_prefixes, *t.stop_prefixes)]
        ))),
        # (a city with its state too: "Cambridge (Mass.), 1964.", "Ithaca, N.Y., 1960.")
        # (… and the space after its comma lost: "Moscow,1967.")
        # (a state before the next city: "Cambridge, Mass.-London, 1969.")
        region=re.compile(rf"(?:{regions})(?:[{DASH}]{PLACE})?"),
        bare_imprint=re.compile(
            rf"\[?{PLACE}(?:,?\s\(?(?:{regions})\)?(?:[{DASH}]{PLACE})?)?\]?(?:[,.] ?| )\[?{YEAR_RANGE}\]?\.?"
        ),
        # An imprint that ends a line after a sentence: "… Economy of the Soviet Union. London, 1962."
        imprint_at_end=re.compile(rf"[.?!”] \[?{PLACE}\]? ?, \[?{YEAR_RANGE}\]?\.$"),
        imprint_glued=re.compile(rf"[.?!”] \[?{PLACE}\]? ?, \[?{YEAR_RANGE}\]?\.(?=[{UPPER}“\[])"),
        apparatus_words=re.compile(
            r"\bin \d+ vols?\b|\bin \d\d?$|"  # (or cut before "vols." where the page wraps)
            # "In the collection …", "In the book …": a container, named as an entry names it
            rf"\bIn the (?:{alternation(list(t.container_kinds))})\b|"
            + alternation([start.strip() for start in t.continuation_starts if start.endswith((" by ", " from "))])
        ),
        # After a title that ends with a year ("Pis’mo P. Ernstu 5 iiunia 1890."), the work that holds it:
        # "In K. Marx and F. Engels, Soch.", "In the collection …", "Ibid." (but an English title may begin
        # with "In the": "In the Land of the Soviets")
        authors_of_works=re.compile(rf"{FAMILY},\s{INITIALS}(?:,?\s(?:and\s)?{INITIALS}\s?{FAMILY})*\.\s(?:{works})"),
        collected_works_title=re.compile(works),
        container_start=re.compile(
            rf"\s*(?:In\s(?!the\s)|In\sthe\s(?:{alternation(list(t.container_kinds))})\b|Ibid[.,])"
        ),
        # (The period first: the search then jumps from one to the next.)
        year_glued=re.compile(rf"\.(?<=\d\.|\]\.)[{UPPER}“\[]"),
        # The year of an imprint in an entry: after a city and a comma or a period, not the years a title
        # names ("Voprosy 1917–1937 gg.", "Ocherki, 1917–1937 gg.")
        imprint_in_entry=re.compile(rf"{PLACE}\]?[,.] \[?{YEAR_RANGE}(?!\s?gg?\.)"),
        # (Two lowercase letters before the period: not an initial, nor "St. Petersburg".)
        sentence_inside=re.compile(rf"[{LOWER}\d)]{{2}}\.\s[{UPPER}]"),
        initials_only=re.compile(INITIALS),
        glued_headword=re.compile(rf"(?<=[\d)\]]\.)[{UPPER}][{LETTER}’-]+(?: [{UPPER}][{LETTER}’-]+){{0,2}}$"),
        english_words=t.stopwords["en"] - t.russian_words - {"a", "on", "to", "no"},
        # (a number with a period or a parenthesis, "1." or "1)", or in brackets, "[1]", is one too)
        # (a note's number raised: "¹ V. P. Danilov, …")
        list_marker=re.compile(
            rf"\s*(?:(?:{alternation(list(t.list_markers))}|\d{{1,3}}[.)]|\[\d{{1,3}}\])\s+|[{_SUPERSCRIPTS}]{{1,3}}\s*)"
        ),
        list_marker_starts=frozenset([*(marker[0] for marker in t.list_markers), *"0123456789 [", *_SUPERSCRIPTS]),
        label_ends=tuple(
            " " + start.strip() for start in t.continuation_starts if start.endswith(". ") or start.islower()
        ),
        # A number alone ("8.", the issue a line cut off) or a count of pages ("215 pp.")
        number_alone=re.compile(rf"\d[\d()–-]*(?:\spp)?\.(?:\s*$|(?=[{UPPER}]))"),
        pronunciation=re.compile(r"^\[[^\]]*\]\s*"),
        site_line_initials=frozenset(site[0] for site in t.site_lines),
        # A person's years that a page copied elsewhere prints after the headword: "Smirnov, V. I. (1887–1974)"
        life_dates=re.compile(rf"\s*\((?:b\.\s)?\d{{3,4}}(?:\s?[{DASH}]\s?\d{{2,4}})?\)$"),
        # (or a Russian text's, read romanized: "Rodilsia v 1828 g.", "Umer v 1910 g.")
        biography=re.compile(
            r"\b(?:[Bb]orn|[Dd]ied|[Rr]odil(?:sia|as’)|[Uu]mer(?:la)?)\b|^\((?:pen name|pseudonym|real name)"
            # (or dates no one knows: "Year of birth and death unknown.")
            r"|^Years?\sof\s(?:birth|death)\b"
            # (the Russian original's dates in brackets after the name: "[r. 3(15).1.1900, Moskva]", "[1828—1910]",
            # and the New Style's day and month in parentheses: "[25.5(6.6).1857, Iaroslavl’, — 3.11.1918, Odessa]")
            # ("r." or "rod.", born; "ok.", about: "[ok. 1750 — 1802]")
            r"|\[(?:r(?:od)?\.\s?)?(?:\d{1,2}(?:\s?\(\d{1,2}\))?\.){2}\d{4}|\[r(?:od)?\.\s?\d{4}"
            r"|\[(?:ok\.\s?)?\d{4}\s?[—–-]\s?(?:ok\.\s?)?\d{4}\]"
            r"|\[(?:r(?:od)?\.\s?)?\d{1,2}\.\d{1,2}\s?\(\d{1,2}\.\d{1,2}\)\.\d{4}"
        ),
        # A capitalized word, then the person noun: "Soviet Kazakh poet", "Chuvash Soviet writer".
        # ("Komi-Permiak writer", "Crimean Tatar writer": a people of two names)
        # (of two peoples, the first named: "Soviet Bashkir and Tatar poet")
        nationality=re.compile(
            rf"(?<![-\w])([{UPPER}][a-z]+(?:[-\s][{UPPER}][a-z]+)?)\s+(?:and\s+[{UPPER}][a-z]+\s+)?(?:Soviet\s+)?"
            rf"(?:[a-z-]+\s+){{0,2}}?(?:{person})\b"
        ),
        # "Indian writer who wrote in Hindi and Urdu": the language named where the people is none
        # (or "wrote in the Yakut language"; a sentence of its own: "Wrote in Bengali.")
        wrote_in=re.compile(
            rf"\b(?:[Ww]rote|[Ww]rites|[Ww]riting|[Ww]ritten)\s+(?:mainly\s+|chiefly\s+)?in\s+(?:the\s+)?([{UPPER}][a-z]+)"
        ),
    )


# What, after the end of a sentence, goes on with the entry (Pages 5–7, Vol. 2, Reprint …): no cut there;
# nor before its imprint ("vols. 1–10. Moscow, 1970."), a city the table knows and a year (_entries_after_years).
_NOT_A_CONTINUATION_WORD = (
    # (a word, then a word's end; an abbreviation, its period: no word's end follows it; "Reprinted in Leningrad, 1914."
    # is a note of the entry before)
    # (nor a thesis's kind after its imprint: "Moscow, 1984. Candidate’s dissertation.", cut at the line's end too:
    # "… Moscow, 1984. Candidate’s" / "dissertation.")
    # (a family name is no page: "… pp. 3–9.Page, I. H., and J. W. McCubbin. …")
    r"(?!Pages?\b(?!,)|(?:Parts?|Columns?|Chapters?|Plates?|Maps?|Tables?|Sheets?|Reprint(?:ed)?|Reissued|Republished|Published|Also|Edited|Translated"
    # (an abbreviation before its number: "P. 5", not a signature's initial: "1969.P. V. TERENT’EV")
    r"|Compiled|(?:Candidate[’']s|Doctoral)(?:\sdissertation|\s*$))\b|(?:Vols?|P|Pp|Cols?)\.\s?\d)"
)


def _fewest_needles(needles: list[str]) -> tuple[str, ...]:
    """The needles that hold no other one: a text that holds "WORKS" holds "WORK".

    >>> _fewest_needles(["WORKS", "WORK", "REFERENCES", "REFERENCE"])
    ('REFERENCE', 'WORK')
    """
    unique = set(needles)
    return tuple(sorted(n for n in unique if not any(other != n and other in n for other in unique)))


# The longest heading line: "SELECTED WORKS:"
_HEADING_MAX = 30


def _strip_heading(line: str) -> str:
    """A heading without its colon or period, and without a qualifier in parentheses after it.

    >>> _strip_heading("REFERENCES (selected):"), _strip_heading("Works.")
    ('REFERENCES', 'Works')
    """
    return _HEADING_QUALIFIER.sub("", line.strip().rstrip(":.").strip()).rstrip(":.").strip()


# "REFERENCES (selected)", "WORKS (in Russian translation)": what a heading says of its list
_HEADING_QUALIFIER = re.compile(r"\s*\([a-z][^()]{0,40}\)$", re.I)


# How a biography's first paragraph opens: running text, never an entry nor a title.
_BIOGRAPHY_OPENINGS = ("Born ", "born ")
# (or the bracket cut where a narrow page wraps: "[25.5(6.6).1857, Iaroslavl’, —" / "3.11.1918, Odessa], …")
_BRACKETED_DATES_THEN_A_COMMA = re.compile(r"\[[^\[\]]{4,80}(?:\],\s|$)")
# The longest line searched for an imprint without a year: an entry without one is short.
_UNDATED_ENTRY_MAX = 200


def _signal_count(s: str, p: _Patterns) -> int:
    """How many signs of a bibliography entry a line shows.

    An imprint (``Moscow, 1969``, ``Moscow. 1961``, ``[Tskhinvali] 1957``,
    ``Prague-Leningrad [1966]``) counts only after a capitalized word or a
    bracket, which tells it from "translation, 1958" in running text.
    """
    count = 0
    for m in p.imprint_year.finditer(s):
        if s[m.start()] == "]":
            count += 1
            continue
        end = m.start()
        while end and s[end - 1] == " ":
            end -= 1  # "Moscow , 1961": a space a page set before the comma
        word_start = s.rfind(" ", 0, end) + 1
        if s[word_start : word_start + 2].lstrip("[")[:1].isupper():
            count += 1
    for needle, pattern in p.signals:
        if needle in s:
            count += len(pattern.findall(s))
    if not count and len(s) <= _UNDATED_ENTRY_MAX and p.undated_hint.search(s) and p.undated_imprint.search(s):
        count = 1  # asked only when nothing else told: an entry with a year shows the year
    if p.author_start.match(s):
        count += 1
    return count


# A year, then a work and its author after "by": a line of a chronology ("1899. Uncle Vanya, by Chekhov."), which
# no entry is (an entry's credits name what was done: "Edited by", "Translated by")
_CHRONOLOGY_LINE = re.compile(rf"{YEAR}\.\s[^.]+?,\sby\s[{UPPER}]")


def classify(line: str, p: _Patterns, in_a_block: bool = False) -> int:
    """The kind of one line of the page (``in_a_block``: in the references, where a long line of English
    titles with their imprints is entries run together, not a paragraph)."""
    s = line.strip()
    if not s:
        return BLANK
    if "/" in s[-_WEB_ADDRESS_LONGEST:] and (web := _WEB_ADDRESS_AT_THE_END.search(s)) and web.start() > 0:
        # "… S. 3–15. DOI: 10.31857/…", "… — URL: http://…": what the entry is before its address online
        s = s[: web.start()].rstrip(_BEFORE_AN_ADDRESS)
    t = p.tables
    if len(s) < 60 and (s.startswith(t.stop_prefixes) or (
        len(s) >= _STOP_LINE_PIECE and any(stop.startswith(s) for stop in t.stop_prefixes)
    )):
        # a site block's heading: a short line, never a body paragraph (or its first piece, cut where a page wraps
        # its lines: "References in periodicals" / "archive ?")
        return STOP
    if s.startswith(t.article_end_prefixes) or s.startswith(t.article_start_prefixes) or (
        s[0] in p.site_line_initials and len(s) >= _SITE_LINE_PIECE and any(site.startswith(s) for site in t.site_lines)
    ):
        return BOUNDARY  # (or the first piece of one, cut where a page wraps its lines)
    if s.startswith(t.drop_line_prefixes) or s.endswith(t.drop_line_suffixes):
        return DROP
    if s.startswith(t.table_notes):
        return PROSE  # "Source: Narodnoe khoziaistvo SSSR v 1975 g. Moscow, 1976.": a table's, no entry
    if s[:1] == "1" and _CHRONOLOGY_LINE.match(s):
        return PROSE  # "1902. The Lower Depths, by M. Gorky.": a chronology of productions in body text, no entry
    if s.startswith("See ") and (_REFERENCES_ELSEWHERE.match(s) or _SEE_ARTICLES.match(s)):
        # "See also references under DIALECTICAL MATERIALISM.", "See also ALGEBRAIC TOPOLOGY and": a
        # cross-reference (cut where a page wraps it, too), no entry and no headword
        return PROSE
    if len(s) < _HEADING_MAX and s[0].isupper() and _strip_heading(s).upper() in p.heading_words:
        return HEADING  # "REFERENCES", also as a page copied elsewhere sets it: "References:", "Selected works"
    if s.startswith(p.tables.translation_labels) or (len(s) < 40 and (
        s.rstrip(_LABEL_END_SIGNS).lower() in p.label_lines
        or (s[:3].lower() == "in " and p.other_language_label.fullmatch(s))
    )):
        return LABEL
    last = s[-1]
    if last == "]":
        if p.code.fullmatch(s):
            return CODE
        code = p.code_tail.search(s)
        if code and p.signature_line.fullmatch(s[: code.start()].strip()):
            return SIGNATURE  # "S. L. SOBOLEV [23–1820–]"
    if (last.isupper() or (last == ")" and s[0].isupper())) and p.signature_line.fullmatch(s):
        return SIGNATURE
    if len(s) > _LONG_LINE and s.count(" the ") - s.count("In the ") >= 3 and not (
        _ends_with_an_imprint(s, p) or _glued_after_an_imprint(s, p)
        or (in_a_block and _imprints_outside_parentheses(s, p) >= 2)
    ):
        return PROSE  # a body paragraph (not English titles glued together): skip the costlier tests below
    signals, parentheses = _signals_outside_parentheses(s, p) if "(" in s or ")" in s else (_signal_count(s, p), 0)
    # (or a parenthesis before it, a real name or a pen name: "(Ibragim Kunanbaev). Born Aug. 10, 1845; …")
    # (or the Russian original's dates in brackets, a comma after them: "[25.5(6.6).1857, Iaroslavl’, — …], russkii
    # matematik", not a title's years, "[1943–1960]. Moscow, 1945–62.")
    born = s.startswith(_BIOGRAPHY_OPENINGS) or (
        (s[0] == "(" or (s[0] == "[" and _BRACKETED_DATES_THEN_A_COMMA.match(s)))
        and _opens_a_biography(s[:_BIOGRAPHY_OPENING], p)
    )
    if signals and not born:
        prose = len(p.prose.findall(" " + s)) - s.count("In the ") - s.count("in the collection") + 2 * parentheses
        if prose <= signals or (len(s) < _UNDATED_ENTRY_MAX and (
            p.author_start.match(s) or _ends_with_an_imprint(s, p)
        )) or _glued_after_an_imprint(s, p):
            # Running text never begins with an inverted name and its initials, and a sentence that ends
            # with a city and a year is an imprint: "Petrova, Iu. P. Studies in the Economy of the Soviet
            # Union. London, 1962." is an entry, though its English title reads as prose.
            return ENTRY
    if born:
        return PROSE  # a biography's first line, even cut off where a page wraps its lines
    if last == ")" and (dates := tail_search(p.life_dates, s, 16)):
        if dates.start() == 0:
            return TITLE  # a person's years alone, on the line after the headword: they go with it
        s = s[: dates.start()]  # "Smirnov, Vladimir Ivanovich (1887–1974)": a headword with the years
    elif last == ")" and len(s) <= _HEADWORD_MAX and (qualifier := _HEADWORD_QUALIFIER.search(s)):
        s = s[: qualifier.start()]  # "Phanagoria (ancient city)", "Kama (river)": a headword with what it names
    if len(s) <= 120 and not s.endswith((".", ":", ";", ",", ")")) and s[0] not in "(“\"" and not s[0].islower() and (
        not (s[-1].isdigit() and _FOOTNOTE_MARK_AT_THE_END.search(s))  # (superscripts are digits too)
    ) and (
        ")" not in s or not _YEAR_IN_PARENTHESES_INSIDE.search(s)
    ) and not (". " in s and _english_sentence_after(s, p)) and not (
        s[-1] == "-" and (s[-2:-1].islower() or s[-2:-1] == "’")
    ):
        # (A year in parentheses that more words follow is a work's, in running text, never a headword's:
        # "Orchestral works: Kamarinskaia (1848), Spanish Overtures"; nor is a sentence's end that English
        # goes on after: "Czech literature. The earliest monuments", a section's first line cut at the wrap; nor is a
        # sentence whose footnote's number follows its period: "Lenin wrote on the commune.1 He returned to it later.2";
        # nor is a line that ends in a word cut by a hyphen, which the next line goes on with: "Rcheuli nats-",
        # "Dar’ial’-")
        return TITLE
    if len(s) <= 200 and len(p.prose.findall(" " + s)) <= 1:
        return OTHER  # no sign of an entry nor of prose: an entry under a heading, else body text
    return PROSE


def _signals_outside_parentheses(s: str, p: _Patterns) -> tuple[int, int]:
    """The signs of an entry in a line outside its parentheses of running text, and how many of those it
    holds. A parenthesis that cites a page or another article belongs to running text; so does one left
    open at the line's end or closed at its start, cut where a page wraps a paragraph ("Lenin called
    Tolstoi “the mirror of the Russian revolution” (Poln. sobr. soch.," / "5th ed., vol. 17, p. 206).").

    >>> _signals_outside_parentheses("He said so (Poln. sobr. soch., 5th ed., vol. 17, p. 206).", patterns())
    (0, 1)
    >>> _signals_outside_parentheses("Lenin called it “the mirror” (Poln. sobr. soch.,", patterns())[0]
    0
    """
    if "(" not in s and ")" not in s:
        return _signal_count(s, p), 0  # (most lines hold none: classify does not call it for them)
    without_parentheses, parentheses = p.text_parenthesis.subn(" ", s)
    opened = without_parentheses.rfind("(")
    if opened > 0 and ")" not in without_parentheses[opened:]:
        without_parentheses = without_parentheses[:opened]
    closed = without_parentheses.find(")")
    if closed >= 0 and "(" not in without_parentheses[:closed]:
        without_parentheses = without_parentheses[closed + 1 :]
    return _signal_count(without_parentheses, p), parentheses


_WEB_ADDRESS_AT_THE_END = re.compile(WEB_ADDRESS_AT_THE_END)
_BEFORE_AN_ADDRESS = " —–"  # what parts an address from the entry: a space, a Russian list's dash
_WEB_ADDRESS_LONGEST = 120  # characters from the line's end that a "/" of an address is looked for in
# APA's authors and year in parentheses, which begin an entry ("Atkinson, D. (1983).", "Petrov, P. P., & Sidorov,
# S. S. (1968).", "Danilov, V. P. (Ed.). (1988).")
_APA_HEAD_TEXT = (
    rf"{FAMILY},\s{INITIALS}(?:,?\s(?:&\s|and\s)?{FAMILY},\s{INITIALS})*(?:\s\(Eds?\.\)\.?)?\s\({YEAR}[a-z]?\)\."
)
# A footnote's number after a sentence's end: "… later.2", "… “mir.”12", "… later.²"
_FOOTNOTE_MARK_AT_THE_END = re.compile(rf"[a-z][.!?][”’\"]?(?:\d{{1,3}}|[{_SUPERSCRIPTS}]{{1,3}})$")
_LONG_LINE = 250  # characters: a longer line with "the" three times is a paragraph, unless in references


def _imprints_outside_parentheses(s: str, p: _Patterns) -> int:
    """How many imprints a line holds outside parentheses (a paragraph's sources cite theirs inside them).

    >>> _imprints_outside_parentheses("Berg, L. S. Ryby. Moscow, 1948. Smith, J. The Fishes of the Sea. "
    ...                               "London, 1950.", patterns())
    2
    >>> _imprints_outside_parentheses("It was studied (L. S. Berg, Ryby, Moscow, 1948, p. 5).", patterns())
    0
    """
    return len(p.imprint_in_entry.findall(p.text_parenthesis.sub(" ", s) if "(" in s else s))


def _glued_after_an_imprint(s: str, p: _Patterns) -> bool:
    """Whether an entry is glued right after an imprint that ends a sentence: a line of entries printed
    without a separator, however many English titles in it read as prose.

    >>> _glued_after_an_imprint("Studies in the Economy of the Soviet Union. London, 1900.Lenin, V. I.", patterns())
    True
    """
    # (A year glued to a capital first, a cheap search: most lines have none.)
    return bool(p.year_glued.search(s)) and bool(p.imprint_glued.search(s))


# A volume code cut where the page wraps: its opening at the end of an entry ("… no. 3. [1"), its rest
# alone on the next line ("1–674–3]").
_CODE_OPENED = re.compile(r"\s*\[\s*\d[\d\s–—-]*$")
_CODE_REST = re.compile(r"\d[\d\s–—-]*\]")
# A headword's qualifier: a few words in parentheses, in lowercase after the first ("Phanagoria (ancient
# city)", "Ukrainian Soviet Socialist Republic (Literature)").
_HEADWORD_QUALIFIER = re.compile(r"(?<=\S)\s\([A-Za-z][a-z ’-]{1,40}\)$")
_HEADWORD_MAX = 80
_QUALIFIER_ALONE = re.compile(r"\([A-Za-z][a-z ’-]{1,40}\)")
_YEAR_IN_PARENTHESES_INSIDE = re.compile(r"\([12]\d{3}(?:[–—-]\d{2,4})?\),?\s\S")


def _ends_with_a_role(line: str) -> bool:
    """Whether a line ends with a signature's name in capitals and what its author wrote: "N. A. FIGUROVSKII
    (chemist)" (a cheap test before the signature's pattern, which a series in parentheses would cost).

    >>> _ends_with_a_role("Paris, 1893.IU. V. KELDYSH (composer)"), _ends_with_a_role("(Fauna SSSR, vol. 1.)")
    (True, False)
    """
    return bool(tail_search(_ROLE_AT_END, line, 60))


_ROLE_AT_END = re.compile(rf"[{UPPER}]{{2}}\s\([A-Za-z][A-Za-z ,’-]{{1,40}}\)$")


def _ends_with_an_imprint(s: str, p: _Patterns) -> bool:
    """Whether a line ends with a city and a year after a sentence, maybe with a signature glued on.

    >>> _ends_with_an_imprint("Studies in the Economy of the Soviet Union. London, 1962.A. N. PETROVA", patterns())
    True
    """
    if s[-2:-1].isdigit() or s[-3:] == "].":  # (an imprint ends with its year: a cheap test first)
        return bool(tail_search(p.imprint_at_end, s, 60))
    signature = tail_search(p.signature_tail, s, 120) if s[-1:].isupper() or (
        s[-1:] == ")" and _ends_with_a_role(s)
    ) else None
    return bool(signature and tail_search(p.imprint_at_end, s[: signature.start()].rstrip(), 60))


def _lines(text: str) -> list[tuple[int, int, str]]:
    """(start, end, line) for each line, without its line break.

    >>> _lines("a\\r\\nb\\n")
    [(0, 1, 'a'), (3, 4, 'b'), (5, 5, '')]
    """
    out = []
    start = 0
    for raw in text.split("\n"):  # one C-level split beats a find per line
        end = start + len(raw)
        if raw.endswith("\r"):
            out.append((start, end - 1, raw[:-1]))
        else:
            out.append((start, end, raw))
        start = end + 1
    return out


def _subject(title: str) -> Name | None:
    """The person named by a biography's headword: ``Efert-Klusais, Ernest`` or ``Nam Cao``.

    >>> _subject("Ivanov Ivan Ivanovich").family, _subject("Ivan III Vasil'evich").literal
    ('Ivanov', "Ivan III Vasil'evich")
    """
    if not title:
        return None
    if "," in title:
        family, _, given = title.partition(",")
        return Name(family=family.strip(), given=given.strip())
    words = title.split()
    if len(words) == 3 and words[2].endswith(load_tables().patronymic_endings) and not ROMAN.fullmatch(words[1]):
        # "Ivanov Ivan Ivanovich": the Russian original's headword, the family name first with no comma (not a
        # sovereign's, "Ivan III Vasil’evich", a name, a number and a patronymic)
        return Name(family=words[0], given=f"{words[1]} {words[2]}")
    return Name(literal=title.strip())


def _opens_with_a_nationality(line: str, p: _Patterns) -> bool:
    """Whether an article opens by naming a people and a person, as one on a person of an age that kept no
    dates opens: "Georgian poet of the late 12th and early 13th centuries" (no "Born …").

    >>> p = patterns()
    >>> _opens_with_a_nationality("Georgian poet of the late 12th century.", p)
    True
    >>> _opens_with_a_nationality("Georgian Soviet Socialist Republic, a union republic.", p)
    False
    """
    opening = p.nationality.match(line.lstrip())
    return opening is not None and any(
        people in p.tables.nationalities for people in (opening.group(1), *opening.group(1).split())
    )


def _subject_language(paragraph: str, p: _Patterns) -> str:
    """The language of a biography's subject: "Soviet Kazakh poet" → ``kk``; "Indian writer who wrote in
    Hindi and Urdu" → ``hi``.

    >>> _subject_language("Soviet Kazakh poet.", patterns())
    'kk'
    >>> _subject_language("Indian writer who wrote in Hindi.", patterns())
    'hi'
    >>> p = patterns()
    >>> _subject_language("Soviet poet; wrote in Yakut.", p), _subject_language("He wrote in the Mari language.", p)
    ('sah', 'chm')
    >>> _subject_language("Indian writer and public figure. Wrote in Bengali.", p)
    'bn'
    """
    for match in p.nationality.finditer(paragraph, 0, 600):
        named = match.group(1)
        # The two words as one people ("Crimean Tatar"), else either ("Soviet Kazakh", "Russian Soviet")
        for people in (named, *reversed(named.split())):
            if language := p.tables.nationalities.get(people):
                return language
    written = p.wrote_in.search(paragraph, 0, 600) if "rit" in paragraph or "rot" in paragraph else None  # (cheap)
    return p.tables.nationalities.get(written.group(1), "") if written else ""


def _headword_language(title: str, p: _Patterns) -> str:
    """The language of an article about a people's writing: "Kirghiz Literature" → ``ky``.

    >>> _headword_language("Kirghiz Literature", patterns()), _headword_language("Kazakh Cattle", patterns())
    ('ky', '')
    """
    words = title.split()
    if len(words) != 2 or words[1] not in p.tables.writing_headwords:
        return ""
    return p.tables.nationalities.get(words[0], "")


@dataclass
class _ArticleBuilder:
    """Mutable state of one article while its lines are read (local to :func:`segment`)."""

    title: str
    subject: Name | None = None
    subject_language: str = ""
    blocks: list[Block] = field(default_factory=list)
    settled: int = 0  # how many of the blocks body text already followed (and kept)

    def keep_references(self, p: _Patterns) -> tuple[Span, ...]:
        """Body text follows: an unheaded block read since the last body text was body text after all,
        unless each of its entries reads as a work and its imprint (a section's references, which a long
        article prints after each of its sections). Returns the lines of the blocks let go, body text now."""
        read = self.blocks[self.settled :]
        fresh = [b for b in read if b.kind or _references_of_a_section(b, p)]
        self.blocks[self.settled :] = fresh
        self.settled = len(self.blocks)
        return tuple(line for block in read if block not in fresh for line in block.lines)

    def freeze(self) -> Article:
        return Article(self.title, self.subject, self.subject_language, tuple(self.blocks))


def _without_a_final_semicolon(entry: RawEntry) -> RawEntry:
    """An entry without the semicolon that listed the next work after it ("Alma-Ata, 1957; Lirika …"): no part of
    either. (Kept while the block is read: a line that ends with one may go on with the same work.)

    >>> _without_a_final_semicolon(RawEntry("Izbrannoe. Moscow, 1945;", Span(10, 35), 1)).span
    Span(start=10, end=34)
    """
    text = entry.text[:-1].rstrip()
    if not entry.text.endswith(";") or not text:
        return entry  # (a semicolon alone is all there is of that entry: nothing is lost)
    # (from the span's end: a wrapped entry's text may be shorter than its span, its line-break hyphens read)
    return replace(entry, text=text, span=Span(entry.span.start, entry.span.end - (len(entry.text) - len(text))))


_LIST_NUMBER = re.compile(r"\s*(\d{1,3})[.)]\s")


def _next_in_a_numbered_list(entry: RawEntry, line: str, text: str) -> bool:
    r"""Whether a line begins with the number after the one the entry was listed under: "1. Ivanov I. I. … — M.:"
    / "Nauka, 1950." / "2. Petrov P. P. …" begins the next entry, however the page wrapped the one before.

    >>> page = "1. Ivanov I. I. Ocherki. — M.:\nNauka, 1950.\n2. Petrov P. P. Stat’ia."
    >>> entry = RawEntry("Ivanov I. I. Ocherki. — M.:\nNauka, 1950.", Span(3, 40), 1)
    >>> _next_in_a_numbered_list(entry, "2. Petrov P. P. Stat’ia.", page)
    True
    >>> _next_in_a_numbered_list(entry, "3. Moscow, 1961.", page)
    False
    """
    number = _LIST_NUMBER.match(line)
    listed = _list_number(entry, text) if number else 0
    return bool(listed) and int(number.group(1)) == listed + 1


def _numbered(entries: list[RawEntry], text: str) -> bool:
    """Whether a block's entries are a numbered list: its first and its latest entry begin their lines after a
    number (not "… Soch., 2nd ed., vol." / "19. Engels, F. …", an entry after the volume number of the one
    before, a page cut)."""
    return bool(_list_number(entries[0], text) and _list_number(entries[-1], text))


def _list_number(entry: RawEntry, text: str) -> int:
    """The number a numbered list prints before the entry on its line ("2. Petrov P. P. …"); 0 if none."""
    line_start = text.rfind("\n", 0, entry.span.start) + 1
    if line_start == entry.span.start:
        return 0
    listed = _LIST_NUMBER.fullmatch(text, line_start, entry.span.start)
    return int(listed.group(1)) if listed else 0


# A note's number with no period after it: "1 V. P. Danilov, …"
_NOTE_NUMBER = re.compile(r"\s*\d{1,3}\s+(?=[A-Z\[“\"])")


def _split_entries(
    text: str, start: int, end: int, line_no: int, translated: str, p: _Patterns, goes_on: bool = False,
    wrap_width: int = 0, after_an_imprint: bool = False, notes: bool = False,
):
    """Cut one block line into entries; returns (entries, translated-after-line). In a block of ``notes``, a
    number and a space begin a note ("1 V. P. Danilov, …"), as nowhere else (a title may: "100 let …"). A line
    that goes on with the entry before it (``goes_on``) begins with no list marker: "vol." / "1. Moscow, 1961.".
    On a page that wraps its lines (``wrap_width``), an entry begun at the line's end goes on below: its signs
    are looked for there too. After an entry that ended with its imprint (``after_an_imprint``), an English note
    that begins the line is that entry's, and an entry may follow it: "(Translated from German.) Kamke, E. …"."""
    line = text[start:end].rstrip()
    # A signature or a volume code glued to the last entry is not part of it.
    for tail in (p.signature_tail, p.code_tail, p.signature_tail):
        last = line[-1:]
        if last == "]" or last.isupper() or (last == ")" and _ends_with_a_role(line)):
            m = tail_search(tail, line, 120)
            if m and m.start() > 0:
                line = line[: m.start()].rstrip()
    pieces: list[tuple[int, int, str]] = []
    # A list's bullet or number before the entry ("• Ivanov, I. I. …", "1. Ivanov, I. I. …") is no part of it.
    marker = p.list_marker.match(line) if not goes_on and line[:1] in p.list_marker_starts else None
    if marker is None and notes and not goes_on:
        marker = _NOTE_NUMBER.match(line)
    cursor = marker.end() if marker else 0
    # Inline "In Russian translation:" labels.
    if "ranslation" in line:
        for m in p.label.finditer(line):
            if m.start() > 0 and p.bare_imprint.fullmatch(line[m.end() :].strip()):
                continue  # "Moscow, 1960. Russian translation: Moscow, 1965.": a translation of the same, a note
            if m.start() > cursor:
                pieces.append((cursor, m.start(), translated))
            translated = RUSSIAN
            cursor = m.end()
    pieces.append((cursor, len(line), translated))
    entries = []
    content = [Span(start + a, start + b) for a, b, _ in pieces if line[a:b].strip()]
    below = _rest_of_the_entry(text, end, p) if wrap_width else ""
    for a, b, trans in pieces:
        cuts = [a]
        cuts.extend(_glued_cuts(line, a, b, p))
        cuts.extend(m.end() for m in p.spaced_split.finditer(line, a, b))
        cuts.extend(_entries_after_years(
            line, a, b, p, below if b == len(line) else "", goes_on=goes_on and a == 0,
            after_an_imprint=after_an_imprint and a == 0,
        ))
        if len(cuts) > 1:
            # (not after an author and a year alone, as an author-date list begins an entry: "Nechkina, M. V. 1955.";
            # nor before the collected works that hold a title printed with no year, their authors inverted:
            # "Marx, K. Kapital, vol. 1. Marx, K., and F. Engels. Soch., 2nd ed., vol. 23.")
            cuts = sorted({cut for cut in cuts if cut == a or not (
                (cut - a <= _AUTHOR_AND_YEAR_MAX and _an_author_and_a_year(line[a:cut].rstrip(), p))
                or (p.authors_of_works.match(line, cut) and not _A_YEAR.search(line, a, cut)
                    and not p.collected_works_title.search(line, a, cut))
            )})
        cuts.append(b)
        merged: list[tuple[int, int]] = []
        for x, y in zip(cuts, cuts[1:], strict=False):
            # "…vol. 2.Moscow, 1929." is one entry: a bare imprint never stands alone.
            if merged and p.bare_imprint.fullmatch(line[x:y].strip()):
                merged[-1] = (merged[-1][0], y)
            else:
                merged.append((x, y))
        for x, y in merged:
            piece = line[x:y]
            lead = len(piece) - len(piece.lstrip())
            stripped = piece.strip()
            if stripped:
                s0 = start + x + lead
                entries.append(RawEntry(stripped, Span(s0, s0 + len(stripped)), line_no, trans))
    return entries, translated, content


def _rest_of_the_entry(text: str, end: int, p: _Patterns) -> str:
    """What the lines after a line hold of the entry its end begins, on a page that wraps its lines: up to the
    first number that ends a sentence after a year (an entry's year or issue), a blank line, or a few lines on.

    >>> page = "… vol. 72. “Piat’ let raboty\\nastronomicheskoi ekspeditsii.” Izv., 1970, no. 185. Ivanov, I.\\nI. …"
    >>> _rest_of_the_entry(page, page.index("\\n"), patterns())
    'astronomicheskoi ekspeditsii.” Izv., 1970, no. 185.'
    >>> page = "… Moscow, 1962. Adam Mitskevich v russkoi pechati:\\n1825–1955. Moscow-Leningrad, 1957. Kleiner, J."
    >>> _rest_of_the_entry(page, page.index("\\n"), patterns())
    '1825–1955. Moscow-Leningrad, 1957.'
    >>> page = "… Moscow, 1955. Gogol’:\\nUkazatel’ literatury, 1960–1977. Moscow, 1979. Mann, Iu."
    >>> _rest_of_the_entry(page, page.index("\\n"), patterns())
    'Ukazatel’ literatury, 1960–1977. Moscow, 1979.'
    >>> page = "… Moscow, 1965. Studi gramsciani: Atti del\\nconvegno a Roma 11–13 gennaio 1958. Rome, 1958. Fiori, G."
    >>> _rest_of_the_entry(page, page.index("\\n"), patterns())
    'convegno a Roma 11–13 gennaio 1958. Rome, 1958.'
    """
    below = text[end + 1 : end + 1 + _REST_OF_THE_ENTRY_MAX].split("\n\n", 1)[0]
    # (the first number that ends a sentence after a year: "parts 1–2. Tashkent-Moscow, 1982–85." ends at 85; not
    # a title's years, "… v russkoi pechati:" / "1825–1955. Moscow-Leningrad, 1957.", which end at 1957, nor "…
    # Matematika" / "v SSSR za tridtsat’ let: 1917–1947. Moscow-Leningrad, 1948.")
    m = next((m for m in _ENTRY_END.finditer(below) if _A_YEAR.search(below, 0, m.end()) and not (
        _TITLE_YEARS_AT_THE_END.search(below[below.rfind(". ", 0, m.start()) + 1 : m.end()].strip())
        or _A_YEAR_AFTER_A_WORD.search(below, max(0, m.end() - 12), m.end())
        # (nor a title's years that its imprint follows: "Gogol’:" / "Ukazatel’ literatury, 1960–1977. Moscow, 1979.")
        or (_PLACE_THEN_YEAR.match(below, m.end() + 1) and _starts_with_a_place(below[m.end() :], p))
    )), None)
    return " ".join((below[: m.end()] if m else below).split())


_REST_OF_THE_ENTRY_MAX = 300
# A year right after a word, a title's date: "… Atti del" / "convegno tenuto a Roma nei giorni 11–13 gennaio 1958.
# Rome, 1958." (an imprint prints a comma before its year, a label a period)
_A_YEAR_AFTER_A_WORD = re.compile(rf"[{LOWER}]\s{YEAR}\.$")
# A title's years at the end of a sentence: alone, or after a colon ("… v SSSR za tridtsat’ let: 1917–1947.")
_TITLE_YEARS_AT_THE_END = re.compile(rf"(?:^|:\s){YEAR}(?:[{DASH}]\d{{2,4}})?\.$")
# A note whose parenthesis the line above opened, closed at this line's start, and a sentence after it
# (and whole notes after it: "… (Teoreticheskaia fizika, vol." / "5.) (With E. M. Lifshits.) Kvantovaia …"; a title
# quoted in it: "… (F. Engels, “Liudvig Feierbakh" / "i konets … filosofii.”) Lenin, V. I. …"; not a name cut after its
# first word, a pen name after the author's: "Asaf’ev, B. V. (Igor’" / "Glebov). Izbr. trudy, vol. 3. …")
_NOTE_CLOSED_ABOVE = re.compile(
    rf"(?![{UPPER}][{LOWER}{SIGNS}]+\)\.)"
    rf"[^()]{{1,200}}?(?:\.”?\)|\)\.)(?:\s\([^()]{{1,200}}(?:\.”?\)|\)\.))*\s(?=[{UPPER}“«]){_NOT_A_CONTINUATION_WORD}"
)
# A whole note at the line's start, and an entry after it: "… Moscow, 1951." / "(Translated from German.) Kamke, …"
# (glued on too: "(Translated from English.)Shevchenko, V. V. …")
_WHOLE_NOTE = r"\(([^()]{1,200})\)\.?"
_NOTE_THEN_AN_ENTRY = re.compile(rf"{_WHOLE_NOTE}\s?(?=[{UPPER}“«\"\[]){_NOT_A_CONTINUATION_WORD}")
# A number that ends a sentence at a line's start, its label at the end of the line above ("vol." / "39. …"), or
# the label with it, the line above cut after the edition ("… Poln. sobr. soch., 5th ed.," / "vol. 45. KPSS …", "…
# 5th" / "ed., vol. 33. Konstitutsiia …", "… Poln. sobr. soch.," / "5th ed., vol. 39. Materialy …")
# (a volume's or an issue's, with its part or book: "… vol." / "25, part 2. Engels, F. …"; no year, which the
# year's own pattern finds; nor before "Pages", "Vol." …)
# (nor before the container of a work so numbered: "… part" / "2. Ibid., vol. 26.")
# (or before a semicolon, as the Russian original lists its works: "… tam zhe, t." / "39; Teoriia gosudarstva …")
_LEADING_NUMBER = re.compile(
    rf"(?:(?:(?:\d{{1,2}}(?:st|nd|rd|th|d)\s)?ed\.,\s)?(?:vols?\.|nos?\.|issues?|books?|parts?)\s)?"
    rf"\d{{1,3}}(?:[{DASH}]\d{{1,3}})?(?:,\s(?:parts?|books?)\s\d{{1,3}}(?:[{DASH}]\d{{1,3}})?)?"
    rf"[.;]\s(?=[{UPPER}“«\"\[])(?!Ibid\b|In:?\s){_NOT_A_CONTINUATION_WORD}"
)
_ENTRY_END = re.compile(r"\d\.(?=\s|$)")


def _entries_after_years(
    line: str, a: int, b: int, p: _Patterns, below: str = "", goes_on: bool = False, after_an_imprint: bool = False
) -> list[int]:
    """Cuts after a year (or a journal's issue) that ends a sentence, where what follows up to the
    next such cut is an entry of its own: it shows a sign of one (an imprint, a journal's issue, an author).

    >>> line = "Narody Sibiri. Moscow, 1956. Lar’kin, V. G. Udegeitsy. Vladivostok, 1958. Pages 5–7."
    >>> [line[cut:cut + 7] for cut in _entries_after_years(line, 0, len(line), patterns())]
    ['Lar’kin']
    >>> line = "V. I. Bazhenov: 1737–1799. [Catalog of an exhibition.] Moscow, 1989."
    >>> _entries_after_years(line, 0, len(line), patterns())
    []
    """
    if line.count(".", a, b) + below.count(".") < (2 if below else 3) and line.find(";", a, b) < 0:
        # One entry holds a sentence or two at most: the common case, kept cheap. (Works listed with semicolons
        # are cut wherever the page wraps them: "Petrograd, 1923; Atomnaia fizika i" / "chelovecheskoe …")
        return []
    # (not before the work that holds a title ending with a year: "Pis’mo P. Ernstu 5 iiunia 1890. In K. Marx
    # and F. Engels, Soch."; but a journal's "Ibid., 1962, vol. 77." after its numbers is an entry of its own)
    ends = [
        m.end() for m in p.year_sentence_end.finditer(line, a, b)
        if not (line[m.end() : m.end() + 2] in _CONTAINER_INITIALS and p.container_start.match(line, m.end()))
    ]
    if ";" in line:
        ends += [m.end() for m in p.year_semicolon.finditer(line, a, b)]
        ends += [m.end() for m in p.semicolon_before_a_name.finditer(line, a, b)]
    if goes_on and (number := _LEADING_NUMBER.match(line, a)) and not (
        _starts_with_a_place(line[number.end() : b], p) or p.credit.match(line, number.end())
    ):
        # "… Poln. sobr. soch., 5th ed., vol." / "39. Materialy XXV s”ezda KPSS. …" (but the entry's imprint or credit
        # after its parts: "… parts" / "1–4. Ann Arbor, Mich., 1969–71.", "… vols." / "1–2. Introduction by …")
        ends.append(number.end())
    if goes_on and (closed := _NOTE_CLOSED_ABOVE.match(line, a)):
        ends.append(closed.end())  # "… Moscow, 1970–72. (See" / "index.) Materialy XXV s”ezda KPSS. …"
    if after_an_imprint and line.startswith("(", a) and (note := _NOTE_THEN_AN_ENTRY.match(line, a)) and (
        _the_entrys_note_above(note.group(1), line[note.end() : b], p)
    ):
        # (after an entry that ended with its imprint: "(Tenebrionidae). Podsemeistvo Opatrinae." is the title's,
        # and "“Otto Vasil’evich Struve”" / "(obituary). Izvestiia …" one entry)
        ends.append(note.end())
    if "no. " in line or "issue" in line or "fasc. " in line or "vyp. " in line or ", vol" in line or (
        "book " in line or "Ibid. " in line or "nos. " in line
    ):
        ends += [m.end() for m in p.issue_sentence_end.finditer(line, a, b)]
    if ".) " in line or ".] " in line or "). " in line or "]. " in line or "p. " in line or "Page" in line or (
        " s. " in line or "Col" in line or "Chapter" in line
    ):
        ends += [m.end() for m in p.note_sentence_end.finditer(line, a, b)]
    # (a second imprint of the same is no entry: "Moscow, 1956. Leningrad, 1960."; a title with its years is,
    # "Dnevniki, 1873–1891.", and so is an author named as a city is, "Gor’kii, M. Detstvo.", and a journal
    # named as a city might be, "(In Armenian.) Sovetakan Hayastan, 1970, no. 11.")
    if not ends:
        return []
    ends = [end for end in ends if not (
        _PLACE_THEN_YEAR.match(line, end) and _starts_with_a_place(line[end:b].lstrip("["), p)
    )]
    if not ends:
        return []
    ends.sort()
    followings = [*ends[1:], b]
    notes_then_imprints = [
        _notes_then_imprint(line[cut:following], p) for cut, following in zip(ends, followings, strict=True)
    ]
    cuts = []
    opened, counted_to = 0, a  # the parentheses open before a cut, each character counted once (linear)
    for k, cut in enumerate(ends):
        opened += line.count("(", counted_to, cut) - line.count(")", counted_to, cut)
        counted_to = cut
        if notes_then_imprints[k] or _a_title_and_its_years(line[cuts[-1] if cuts else a : cut], p):
            # "Bazhenov: 1737–1799. [Catalog of an exhibition.] Moscow, 1989.": the entry's note and imprint; "Tagor:
            # 1861–1961. Sb. st. Moscow, 1961.": the years are the title's
            continue
        # (with them, when the next piece holds them: "… no. 19. Vasilii Ivanovich Bazhenov: 1737–1799. [Catalog …]
        # Moscow, 1989." is an entry)
        last = k + 1
        while last < len(ends) and notes_then_imprints[last]:
            last += 1
        following = followings[last - 1]
        after = line[cut:following]
        if after[:1].isupper() and english_note_sentence(after):
            continue  # "Moscow, 1960. Second edition, Moscow, 1965.": a note on the book, no entry
        # After a semicolon, a title is the next work even before its imprint, which a page wrapping its
        # lines may put on the next line ("Narspi. Moscow, 1960; Stikhotvoreniia i poemy." / "Cheboksary,
        # 1975."); a city is a second imprint of the same ("Moscow, 1960; Leningrad, 1965.").
        if following == b and below:
            # (the entry goes on below: "(With D. D. Polozhentsev.) “Piat’ let raboty"; but an imprint cut there is
            # the entry's own: "… fasc. 2. St." / "Petersburg, 1872.")
            after = joined_lines(after, below)
            if (_PLACE_THEN_YEAR.match(after) and _starts_with_a_place(after, p)) or p.credit.match(after) or (
                line.count("(", a, cut) > line.count(")", a, cut)
            ):
                continue  # (nor inside a parenthesis: "(Izbr. soch., vol. 2. Moscow-" / "Leningrad, 1950.)")
        if line[cut - 2] == ";" and (opened > 0 or after.count(")") > after.count("(")):
            # a series' parts inside its parenthesis, opened on this line or above, closed on it or below:
            # "(Memoirs …, vol. 11; The Jesup North Pacific Expedition, vol. 7.)"
            continue
        if _signal_count(after, p) or (line[cut - 2] == ";" and not _starts_with_a_place(after, p)) or (
            following == b and _imprint_cut_at_the_end(after, p)
        ) or _serial_run(after):
            cuts.append(cut)
    return cuts


def _serial_run(text: str) -> bool:
    """Whether a text is a serial's title and the years it ran, alone, as a list prints a yearbook or a
    bulletin: a title of two words or more, one in lowercase (no second imprint is: "Reprinted Moscow, 1960.").

    >>> _serial_run(" Byulleten’ vulkanologicheskoi stantsii, 1937– ."), _serial_run(" Reprinted Moscow, 1960.")
    (True, False)
    >>> _serial_run(" Sovetskaia etnografiia, 1926– . (Until 1931, Etnografiia.)")
    True
    """
    m = _SERIAL_RUN.fullmatch(text.strip())
    return m is not None and any(word[:1].islower() for word in m.group(1).split()[1:])


# (its note after it: "Sovetskaia etnografiia, 1926– . (Until 1931, Etnografiia.)")
_SERIAL_RUN = re.compile(
    rf"([{UPPER}][{LETTER}{SIGNS}-]*(?:\s[{LETTER}{SIGNS}-]+)+),\s{YEAR_RANGE}\s?\.(?:\s\([^()]+\)\.?)?"
)


def _a_title_and_its_years(piece: str, p: _Patterns) -> bool:
    """Whether a piece up to a cut is a title alone whose subtitle is the years it names, as a jubilee's collection
    has ("Tagor: 1861–1961."): no entry ends there; an imprint with a colon does ("… New York: 1965.").

    >>> _a_title_and_its_years(" Tagor: 1861–1961.", patterns()), _a_title_and_its_years(" Lenin: 1870.", patterns())
    (True, True)
    >>> _a_title_and_its_years("Stikhi. New York: 1965.", patterns())
    False
    """
    if len(piece) > _TITLE_AND_ITS_YEARS_MAX or ": " not in piece:
        return False  # (the common case, told cheaply; and a long line's many cuts each look at a short piece)
    m = _TITLE_AND_ITS_YEARS.fullmatch(piece.strip())
    return m is not None and not _starts_with_a_place(m.group(1).rpartition(". ")[2], p)


# A title, a colon and years: "Tagor: 1861–1961.", "V. I. Bazhenov: 1737–1799."
_TITLE_AND_ITS_YEARS_MAX = 200
_TITLE_AND_ITS_YEARS = re.compile(rf"([^:]*[^\s.:]):\s{YEAR_RANGE}\.")


def _notes_then_imprint(piece: str, p: _Patterns) -> bool:
    """Whether a piece between two cuts is an entry's note and imprint: no entry of its own."""
    return piece.lstrip()[:1] in "([" and _note_then_imprint(piece.strip(), p)


def _imprint_cut_at_the_end(text: str, p: _Patterns) -> bool:
    """Whether a title ends with the place of its imprint, its year cut off where the page wraps.

    >>> _imprint_cut_at_the_end(" Poemy. Moscow,", patterns()), _imprint_cut_at_the_end(" Poemy i stikhi,", patterns())
    (True, False)
    """
    text = text.rstrip()
    if text[-1:] not in _CITY_CUT_AT:
        return False
    title, period, place = text[:-1].rpartition(". ")
    return bool(period) and bool(title.strip()) and place in p.tables.places


# A year with a period after an author, as an author-date list prints it: "Nechkina, M. V. 1955."; the longest
# such a start of an entry is looked at
_YEAR_AT_THE_END = re.compile(r"\s\(?1[5-9]\d\d[a-z]?\)?\.$")
_AUTHOR_AND_YEAR_MAX = 80


def _an_author_and_a_year(piece: str, p: _Patterns) -> bool:
    """Whether a piece of a line is an author and a year alone, which no entry is: the year an author-date list
    prints before the title ("Nechkina, M. V. 1955. Dvizhenie dekabristov.").

    >>> _an_author_and_a_year("Nechkina, M. V. 1955.", patterns()), _an_author_and_a_year("Stikhi. 1955.", patterns())
    (True, False)
    """
    m = _YEAR_AT_THE_END.search(piece)
    return m is not None and p.author_only.fullmatch(piece[: m.start()].strip()) is not None


def _starts_with_a_place(text: str, p: _Patterns) -> bool:
    """Whether a text begins with a city the table knows, alone or first of a joint imprint: a second imprint
    ("Leningrad, 1965.", "Moscow-Petrograd, 1923.").

    >>> _starts_with_a_place("Leningrad, 1965.", patterns()), _starts_with_a_place("Stikhi. Kazan, 1961.", patterns())
    (True, False)
    >>> _starts_with_a_place("Moscow-Petrograd, 1923.", patterns())
    True
    >>> _starts_with_a_place("St. Petersburg, 1900.", patterns())
    True
    >>> _starts_with_a_place("[Moscow] 1950.", patterns())  # (the editors supplied the city)
    True
    """
    text = text.strip().lstrip("[")
    first = _FIRST_PHRASE.split(text, maxsplit=1)[0]
    if "]" in first:
        first = first.partition("]")[0]
    places = p.tables.places
    return first in places or _CITY_DASH.split(first, maxsplit=1)[0] in places or (
        first == "St" and text.split(",", 1)[0] in places  # "St. Petersburg": a period inside the name
    )


_CITY_DASH = re.compile(f"[{DASH}]")  # between the cities of a joint imprint: "Moscow-Petrograd"
# How the work that holds an entry begins after the space: "In …", "Ibid." (a cheap test before the pattern)
_CONTAINER_INITIALS = frozenset({"In", "Ib"})
# A place and a year: an imprint ("Moscow, 1956"), maybe with the city's state ("Cambridge, Mass.", "Cambridge,
# MA"), and its publisher after a colon or a comma ("Moscow: Nauka, 1970", "Cambridge, Mass.: Harvard University
# Press, 1970")
_PLACE_THEN_YEAR = re.compile(
    rf"\[?{PLACE}(?:,\s(?:[A-Z][a-z]{{0,4}}\.(?:\s?[A-Z]\.)?|[A-Z]{{2}}(?=:)))?\]?(?:(?::\s|,\s)[^,.:;()\[\]\d]{{2,60}}?)?"
    rf"[,.]?\s\[?{YEAR}"
)


_FIRST_PHRASE = re.compile(r"[,.;:]")


def _heading_lead(line: str, p: _Patterns) -> int:
    """Where the first entry begins on a line that a heading with a colon opens ("WORKS: Stikhi. …"), or
    a heading in capitals and a space, as a page whose heading was set in bold prints it ("REFERENCES
    Sunik, O. P. …"); 0 when no heading opens it.

    >>> _heading_lead("References: Petrov, P. P. Poet. Moscow, 1963.", patterns())
    12
    >>> _heading_lead("REFERENCES Petrov, P. P. Poet. Moscow, 1963.", patterns())
    11
    >>> _heading_lead("Works: the poet wrote many.", patterns()), _heading_lead("Stikhi. Moscow, 1936.", patterns())
    (0, 0)
    >>> _heading_lead("WORKS AND DAYS of the poet.", patterns())
    0
    >>> _heading_lead("Soch.: Izbr. trudy. Moscow.", patterns()), _heading_lead("soch.: Literaturnye i", patterns())
    (7, 0)
    """
    heading, colon, rest = line.partition(":")
    # (a heading is capitalized: "soch.: Literaturnye …" is a citation's words, cut where the page wraps)
    if not colon or not rest.startswith(" ") or not heading.lstrip()[:1].isupper() or (
        _strip_heading(heading).upper() not in p.heading_words
    ):
        return _capitals_heading_lead(line, p) if line[:2].isupper() else 0
    entry = rest.lstrip()
    if not entry[:1].isupper():
        return 0  # "Works: the poet wrote many.": running text
    return len(line) - len(entry)


def _capitals_heading_lead(line: str, p: _Patterns) -> int:
    """Where the entry begins after a heading in capitals and a space; the longest heading first
    ("SELECTED WORKS Stikhi. …"), and what follows must read as an entry ("REFERENCES KPSS v …")."""
    words = line[:_HEADING_MAX].split(" ")[:-1]  # (the last may be cut off by the window)
    for count in range(len(words), 0, -1):
        heading = " ".join(words[:count])
        if heading.isupper() and heading in p.heading_words:
            entry = line[len(heading) + 1 :]
            return len(heading) + 1 if entry[:1].isupper() and classify(entry, p) == ENTRY else 0
    return 0


def _classified_lines(text: str, p: _Patterns):
    """(line number, start, end, line, kind) for each line of the page; a heading or a site line
    glued to the end of an entry is cut off onto a line of its own (the number stays the printed
    line's). Only lines that read as entries are searched for one: body paragraphs are long.

    >>> page = "Narody Sibiri. 1956.REFERENCESLar’kin, V. Moscow, 1958."
    >>> [line for *_, line, _ in _classified_lines(page, patterns())]
    ['Narody Sibiri. 1956.', 'REFERENCES', 'Lar’kin, V. Moscow, 1958.']
    """
    lines = _lines(text)
    numbered = enumerate(lines, 1)
    for line_no, (start, end, line) in numbered:
        kind = classify(line, p)
        if line[-2:-1].isupper() and kind in (PROSE, OTHER, ENTRY) and line_no < len(lines) and (
            _signature_cut_at_the_wrap(line, lines[line_no][2], p)
        ):
            # "B. B. VOLOGDIN (history), V. V." / "VOROB’EV (economy)": two lines of one signature
            yield line_no, start, end, line, SIGNATURE
            line_no, (start, end, line) = next(numbered)
            yield line_no, start, end, line, SIGNATURE
            continue
        # (a line cut at the wrap may read as a headword: "Lit.: Marks K., Kapital, t. 1, v kn.: Marks K. i")
        lead = _heading_lead(line, p) if (kind in (ENTRY, OTHER, PROSE) and (
            ":" in line[:_HEADING_MAX] or line[:2].isupper()
        )) or (kind == TITLE and ": " in line[:_HEADING_MAX]) else 0
        if lead:
            # "WORKS: Stikhi. Moscow, 1936.", "References: Petrov, P. P. …", "REFERENCES Sunik, O. P. …": a
            # heading, its first entry after it
            heading = line[:lead].rstrip()
            yield line_no, start, start + len(heading), heading, HEADING
            start, line = start + lead, line[lead:]
            kind = classify(line, p)
        cuts = []
        # (In body text only the end is searched: a site line glued to it ends the page's text.)
        searched_from = 1 if kind != PROSE else max(1, len(line) - _GLUED_TO_PROSE)
        if kind in (ENTRY, OTHER, PROSE) and p.glued_marker_hint.search(line, searched_from):
            markers = p.glued_marker.finditer(line, searched_from)
            # A heading glued on follows an entry's end; the site's line is cut off wherever it is glued (after
            # a signature too: "A. N. PETROVAThe Great Soviet Encyclopedia, 3rd Edition …").
            cuts = [(m.start(), m.group(0)) for m in markers
                    if not m.group(0).isupper() or _ends_an_entry(line, m.start())]
        if kind in (ENTRY, OTHER) and not cuts and (cut := _truncated_site_line(line, p)):
            cuts = [(cut, "")]  # "… Kyzyl, 1970.The Great Sov": the copyright line, cut off by the page
        glued = kind == ENTRY and not cuts and line[-1:].isalpha()  # "… 1958.Udegei" ends in a letter
        headword = p.glued_headword.search(line, max(0, len(line) - 60)) if glued else None
        if headword and line_no < len(lines) and lines[line_no][2][:1].islower() and (
            classify(lines[line_no][2], p) != ENTRY
        ) and not _PLACE_THEN_YEAR.search(" ".join(following for *_, following in lines[line_no : line_no + 3])):
            # "… Vladivostok, 1958.Udegei" / "the language of the Udegei, …": the next article's headword (not
            # the next entry's first word, cut where the page wraps: "… 1908.S’urkhi" / "kěvěsem. Cheboksary, 1928.",
            # "… 1968.Handbook" / "of the Birds of Europe, the Middle East" / "and North Africa, vol. 2. Oxford,")
            yield line_no, start, start + headword.start(), line[: headword.start()], kind
            yield line_no, start + headword.start(), end, headword.group(0), TITLE
            continue
        if not cuts:
            yield line_no, start, end, line, kind
            continue
        at = 0
        for cut, marker in cuts:
            if cut > at:
                yield line_no, start + at, start + cut, line[at:cut], classify(line[at:cut], p)
            at = cut
            if marker.isupper():  # a heading: what follows it is the next entry
                yield line_no, start + at, start + cut + len(marker), marker, HEADING
                at = cut + len(marker)
        if at < len(line):
            site_line = at == cuts[-1][0] and not cuts[-1][1]
            yield line_no, start + at, end, line[at:], BOUNDARY if site_line else classify(line[at:], p)


def _signature_cut_at_the_wrap(line: str, following: str, p: _Patterns) -> bool:
    """Whether a line is the first piece of a signature of several names, cut after the initials of one,
    and the next line the rest.

    >>> _signature_cut_at_the_wrap("IU. V. KELDYSH (composer); N. A.", "FIGUROVSKII (chemist)", patterns())
    True
    >>> _signature_cut_at_the_wrap("Edited by N. A.", "NEKRASOV", patterns())
    False
    """
    return line.rstrip().endswith(".") and bool(
        p.signature_cut.fullmatch(line.strip()) and p.signature_rest.fullmatch(following.strip())
    )


_LINE_END_DASHES = ("-", "–", "—")
# How a sub-list's label on a line of its own may end: "In Russian translation:", "… translation.", "… translation—"
_LABEL_END_SIGNS = " .:—–-"
_LABEL_END = r"\s?[.:—–-]?"


def _nationality_language(printed: str, p: _Patterns) -> str:
    """The language of a nationality a label names, however capitalized: ``UKRAINIAN`` → ``uk``."""
    wanted = printed.lower()
    return next((code for name, code in p.tables.nationalities.items() if name.lower() == wanted), RUSSIAN)


# A word cut at a line's end by a hyphen, and the rest of it at the next line's start ("kontr-" / "revoliutsiia").
_CUT_WORD_START = re.compile(rf"(?<![{LETTER}’-])([{UPPER}]?[{LOWER}’]{{2,}})-$")
_CUT_WORD_REST = re.compile(rf"[{LOWER}’]{{2,}}(?![{LETTER}’-])")
# After the rest of a word cut at a line's end: an author's initials, which make the word their surname
_INITIALS_NEXT = re.compile(rf",\s[{UPPER}][{LOWER}]?\.")


def joined_lines(line: str, following: str) -> str:
    """A line of a wrapped page and the line that goes on with it, as one (see :func:`line_joiner`); a word
    cut at the line's end by a hyphen is one again where its pieces make a Russian word (a page hyphenates
    words where it wraps them: "kontr-" / "revoliutsiia"); a compound keeps its hyphen ("sotsial’no-" /
    "ekonomicheskii": no word without it), and so does an adjective joined on to a word in -o, -e, which a
    compound's hyphen joins as often ("narodno-" / "khoziaistvennogo", as the 1920s spelled it).

    >>> joined_lines("Revoliutsiia i kontr-", "revoliutsiia v Germanii.")
    'Revoliutsiia i kontrrevoliutsiia v Germanii.'
    >>> joined_lines("Ocherki sotsial’no-", "ekonomicheskoi istorii."), joined_lines("Moscow-", "Leningrad, 1948.")
    ('Ocherki sotsial’no-ekonomicheskoi istorii.', 'Moscow-Leningrad, 1948.')
    >>> joined_lines("Tr. Gos. astronomicheskogo in-", "ta im. P. K. Shternberga")
    'Tr. Gos. astronomicheskogo in-ta im. P. K. Shternberga'
    >>> joined_lines("Rozhdenie eposa.” In the colle-", "ction Edinstvo. Moscow, 1972.")
    'Rozhdenie eposa.” In the collection Edinstvo. Moscow, 1972.'
    >>> joined_lines("Sovetskaia dokol-", "khoznaia derevnia."), joined_lines("Ocherk istoriko-", "etnograficheskii.")
    ('Sovetskaia dokolkhoznaia derevnia.', 'Ocherk istoriko-etnograficheskii.')
    >>> joined_lines("Gai-", "nullin, M. Kh. Tatarskaia literatura."), joined_lines("Severo-", "zapadnyi Kavkaz.")
    ('Gainullin, M. Kh. Tatarskaia literatura.', 'Severo-zapadnyi Kavkaz.')
    """
    cut = _CUT_WORD_START.search(line) if line.endswith("-") else None
    rest = _CUT_WORD_REST.match(following) if cut else None
    if not rest:
        return f"{line}{line_joiner(line, following)}{following}"
    # (a capitalized word is looked up in lowercase: "Simmental’-" / "skii", a title's first word)
    start, end = cut.group(1).lower(), rest.group(0)
    if cut.group(1)[:1].isupper() and _INITIALS_NEXT.match(following, rest.end()):
        return line[:-1] + following  # a surname, its initials after it: "Gai-" / "nullin, M. Kh."
    tables, word = load_tables(), start + end
    if f"{start}-{end}" not in tables.container_words and (
        # (an abbreviation keeps its hyphen: "astronomicheskogo in-" / "ta", the institute's; the translation's
        # English is one word again too: "In the colle-" / "ction …", "(obit-" / "uary)")
        is_russian_word(word) or word in tables.apparatus_words or word in tables.note_words
        # (a word no dictionary knows, with a Russian ending, cut into two pieces that are no words either:
        # "dokol-" / "khoznaia"; a compound's pieces are words, or the first ends in its joining vowel:
        # "istoriko-" / "etnograficheskoe", "severo-" / "samodiiskikh" keep their hyphens, and so does English:
        # "half-" / "vols.")
        or _a_word_cut_in_two(start, end)
    ) and not (start.endswith(("o", "e")) and is_common_russian_word(start) and is_russian_adjective(end)):
        return line[:-1] + following
    return f"{line}{line_joiner(line, following)}{following}"


def _a_word_cut_in_two(start: str, rest: str) -> bool:
    """Whether two pieces a line-end hyphen parts are one word no dictionary knows (see :func:`joined_lines`).

    >>> _a_word_cut_in_two("dokol", "khoznaia"), _a_word_cut_in_two("severo", "samodiiskikh")
    (True, False)
    """
    return (
        not start.endswith(("o", "e"))
        and (start + rest).endswith(load_tables().russian_endings)
        and not (is_russian_word(start) or is_russian_word(rest))
    )


def line_joiner(line: str, following: str) -> str:
    """What joins a line of a wrapped page to the line that goes on with it: nothing after a line-end
    dash ("Moscow-" / "Leningrad"), but a space after a hyphen that leaves its word open for the next
    word's ending ("Sinter-" / "und Verbundwerkstoffe"), a space elsewhere.

    >>> [line_joiner(line, "und Verbundwerkstoffe") for line in ("Pulvermetallurgie, Sinter-", "Moscow,")]
    [' ', ' ']
    >>> line_joiner("Moscow-", "Leningrad, 1948.")
    ''

    A dash after a space parts a Russian list's areas, no word: "Ocherki. —" / "M.: Nauka, 1950."

    >>> line_joiner("Ocherki. —", "M.: Nauka, 1950.")
    ' '

    An address on the web cut where the page wraps goes on with no space: "https://doi.org/10.1234/" / "vi.3".

    >>> line_joiner("… 45–67. https://doi.org/10.1234/", "vi.1977.3")
    ''
    """
    if _goes_on_as_an_address(line, following):
        return ""
    if not line.endswith(_LINE_END_DASHES) or line[-2:-1] == " ":
        return " "
    word, _, _ = following.partition(" ")
    return " " if line.endswith("-") and word in load_tables().suspended_hyphen_words and word != following else ""
# An address on the web at a line's end, and the rest of it at the next line's start (no space, no capital)
_ADDRESS_AT_THE_LINE_END = re.compile(r"(?:https?://|www\.|(?<!\S)(?:doi:)?10\.\d{4,9}/)\S*$")
_ADDRESS_REST = re.compile(r"(?!\d{1,3}[.)]\s)[a-z0-9][\w./?=&%#~+-]*?\.?(?=\s|$)")


def _goes_on_as_an_address(line: str, following: str) -> bool:
    """Whether a line ends with an address on the web that the next line goes on with (a page wraps an address
    anywhere, with no hyphen): its rest is one piece with no space, no capital first, no list's number.

    >>> _goes_on_as_an_address("… https://doi.org/10.1234/", "vi.1977.3"), _goes_on_as_an_address("… 1950.", "vi")
    (True, False)
    >>> _goes_on_as_an_address("… https://doi.org/10.1/x", "2. Petrov P. P. Obshchina.")
    False
    >>> _goes_on_as_an_address("… https://doi.org/10.1234/", "vi.1977.3 (In Russian).")
    True
    """
    return "/" in line[-_WEB_ADDRESS_LONGEST:] and bool(_ADDRESS_REST.match(following)) and bool(
        _ADDRESS_AT_THE_LINE_END.search(line)
    )


# How a line ends that the next goes on with, whatever that begins with.
_GOES_ON_ENDS = frozenset((",", ";", ":", *_LINE_END_DASHES))
# How a city alone on a line is cut off from the rest of its imprint ("Moscow-" / "Leningrad, 1948.").
_CITY_CUT_AT = frozenset((",", *_LINE_END_DASHES))
_SHORT = 60
# How a printed entry ends (every entry of the dev articles ends so): anything else goes on on the next line.
_ENTRY_ENDS = (".", ")", "]", "”", "?", "!", "»", '"')
_IBID_STARTS = ("Ibid.", "Ibid,")
_IBID_ENDS = (" Ibid.", " Ibid")
# "Riga, 1958–60;", "… 2 izd., t. 23;": a year or a volume's number before a semicolon that ends a line
_NUMBER_BEFORE_A_SEMICOLON = re.compile(r"\d;$")
_POSSESSIVE = ("’s", "'s")  # an English possessive: no romanized word ends so
# A name ending in s takes the apostrophe alone (Donelaitis’); Russian words may end so too (Rus’, uchilis’).
_POSSESSIVE_IN_S = ("s’", "s'")
_SHORTEST_POSSESSIVE_IN_S = 5


def _possessive_in_s(word: str) -> bool:
    """Whether a capitalized word is a name in s in the possessive, which no Russian word is.

    >>> _possessive_in_s("Donelaitis’"), _possessive_in_s("Rus’"), _possessive_in_s("Srazhalis’")
    (True, False, False)
    """
    return (
        word.endswith(_POSSESSIVE_IN_S) and len(word) >= _SHORTEST_POSSESSIVE_IN_S and word[:1].isupper()
        and not is_russian_word(word.lower())
    )


def _opens_a_biography(opening: str, p: _Patterns) -> bool:
    """Whether an article's first words are a biography's: "Born …", "(1887–1974)", a pen name and "Born …".

    >>> _opens_a_biography("(Gabdulla Mukhamedgarifovich Tukaev). Born Apr. 14 (26), 1886, in the village", patterns())
    True
    """
    # (substring tests first: the pattern tries every word boundary)
    return ("orn" in opening or "ied" in opening or "odil" in opening or "mer" in opening or opening[:1] == "(" or (
        "[" in opening or opening[:4] == "Year"
    )) and (
        bool(p.biography.search(opening))
    )


# A signature in plain case, names only: "A. I. Ivanov.", "A. I. Ivanov, P. P. Petrov." (no entry is names alone)
_PLAIN_SIGNATURE = re.compile(rf"{INITIALS}\s?{FAMILY}(?:,\s{INITIALS}\s?{FAMILY})*\.?")
# A person's years in parentheses that open the line under the headword: "(1887–1974). Soviet mathematician."
# (born, died or about then: "(b. 1929).", "(c. 1172–1216).", "(died 1950).", "(384–322 B.C.).")
_ABOUT_OR_BORN = r"(?:(?:b|d|c|ca)\.\s|(?:born|died|circa)\s)?"
_LIFE_YEARS = rf"\({_ABOUT_OR_BORN}\d{{2,4}}(?:\s?[{DASH}]\s?{_ABOUT_OR_BORN}\d{{2,4}})?(?:\sB\.C\.)?\)"
_YEARS_OPENING = re.compile(rf"{_LIFE_YEARS}[.,]?\s")
# (a biography's: the years a sentence of their own, or the person's description after a comma)
_LIFE_YEARS_OPENING = re.compile(rf"{_LIFE_YEARS}[.,]\s")


def _goes_on_from_the_headword(line: str, p: _Patterns) -> bool:
    """Whether a line right under the headword goes on with its sentence: it begins in lowercase (not with a
    name's particle: "de Gaulle, C."), or with a person's years.

    >>> p = patterns()
    >>> _goes_on_from_the_headword("a city in Tambov Oblast, RSFSR. Population, 12,000 (1970).", p)
    True
    >>> _goes_on_from_the_headword("(1887–1974). Soviet mathematician.", p)
    True
    >>> _goes_on_from_the_headword("de Broglie, L. Selected Papers. Moscow, 1962.", p)
    False
    """
    first = line.lstrip()
    if first[:1] == "(":
        return bool(_YEARS_OPENING.match(first))
    return first[:1].islower() and not p.particle_start.match(first)


# A biography's sentence of birth inside a line, after the name that opens its first paragraph: "Kirov (real
# surname, Kostrikov), Sergei Mironovich. Born Mar. 15 (27), 1886, in" (no headword holds one)
# (or the Russian original's days of birth and death in brackets after the name: "MENDELÉEV Dmitrii Ivanovich
# [27.1(8.2).1834, Tobol’sk, — …")
_BIRTH_INSIDE = re.compile(
    r"\.\s(?:Born|Died)\s(?:[A-Z][a-z]{2,4}\.?\s\d|\d|c\.\s|circa\s|in\s)"
    r"|\s\[(?:r(?:od)?\.\s?)?\d{1,2}\.\d{1,2}(?:\s?\(\d{1,2}\.\d{1,2}\))?\.\d{4}"
)


def _repeats_the_headword(line: str, headword: str, following: str = "") -> bool:
    """Whether a line is the first of a paragraph that begins with the headword above it, as an article's first
    paragraph does, cut short where a narrow page wraps it: body text, no second headword. (Cut inside the
    headword, too, which the ``following`` line ends.)

    >>> _repeats_the_headword("Cervantes Saavedra, Miguel de. Born", "Cervantes Saavedra, Miguel de")
    True
    >>> _repeats_the_headword("Ibn Sina (Latinized name, Avicenna). Born", "Ibn Sina")
    True
    >>> _repeats_the_headword("Kirov (real surname, Kostrikov), Sergei", "Kirov, Sergei Mironovich")
    True
    >>> _repeats_the_headword("Hegel, Georg Wilhelm", "Hegel, Georg Wilhelm Friedrich", "Friedrich. Born Aug. 27,")
    True

    The Russian original opens its first paragraph with the headword, the family name in capitals and stressed:

    >>> _repeats_the_headword("MENDELÉEV Dmitrii Ivanovich", "Mendeleev Dmitrii Ivanovich")
    True

    Not the headword in full after a page's title, nor one with its qualifier:

    >>> _repeats_the_headword("Mukhtarov, Mukhtar Khalilovich", "Mukhtarov")
    False
    >>> _repeats_the_headword("Kuibyshev (city)", "Kuibyshev")
    False
    """
    line = line.strip()  # (a line's trailing spaces are no part of it: "Dictatorship Of The Proletariat  ")
    if line != headword and _folded(line) == _folded(headword):
        return True  # "MENDELÉEV Dmitrii Ivanovich" / "[27.1(8.2).1834, …" under "Mendeleev Dmitrii Ivanovich"
    family = headword.partition(",")[0]
    if line.startswith(family) and _A_NAME_NOTE.match(line, len(family)):
        return True  # "Kirov (real surname, Kostrikov), Sergei" under "Kirov, Sergei Mironovich"
    if following and headword.startswith(line + " "):
        # "Hegel, Georg Wilhelm" / "Friedrich. Born Aug. 27, 1770," under "Hegel, Georg Wilhelm Friedrich"
        line = f"{line} {following}"
    if not line.startswith(headword):
        return False
    rest = line[len(headword) :]
    return rest.startswith(". ") or (rest.startswith(" (") and not rest.rstrip().endswith(")"))


def _folded(text: str) -> str:
    """A text casefolded, without the marks that stress or accent its letters: how a headword is compared with its
    repetition in capitals ("MENDELÉEV", "МЕНДЕЛЕ́ЕВ").

    >>> _folded("MENDELÉEV"), _folded("МЕНДЕЛЕ́ЕВ")
    ('mendeleev', 'менделеев')
    """
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


# What a biography's first paragraph notes of the name right after the family name (no headword holds it)
_A_NAME_NOTE = re.compile(r" \((?:real (?:sur)?name|pen name|pseudonym|original name|née)\b")


def _names_the_subjects(line: str, subject: Name | None) -> bool:
    """Whether a line begins with the subject's family name in the possessive: a sentence of the article on
    them, however it is cased ("Aitmatov’s Tales of the Mountains and Steppes" / "(1963) received …"), which
    no headword of another article on the page begins with.

    >>> _names_the_subjects("Aitmatov’s Tales of the Mountains", Name("Aitmatov", "Chingiz"))
    True
    >>> _names_the_subjects("Aitmatov, Chingiz", Name("Aitmatov", "Chingiz")), _names_the_subjects("Aitmatov’s", None)
    (False, False)
    >>> _names_the_subjects("Cervantes's Don Quixote (part", Name("Cervantes Saavedra", "Miguel de"))
    True
    """
    if subject is None or not subject.family:
        return False
    # (a family name of two words, by its first too: "Cervantes's Don Quixote" on Cervantes Saavedra)
    family = subject.family if line.startswith(subject.family) else subject.family.split()[0]
    if not line.startswith(family):
        return False
    rest = line[len(family) :]
    return rest.startswith(_POSSESSIVE) or (family.endswith("s") and rest[:1] in ("’", "'"))


# Brackets, parentheses and quotes: an entry that leaves one open goes on on the next line.
_PAIRS = (("[", "]"), ("(", ")"), ("“", "”"))


# How a sentence of body text may begin that no entry does: "See Russkaia mysl’ (1883, no. 5) and …"
_PROSE_STARTS = ("See ", "Cf. ")
# A line that sends the reader to another article's references: "See also references under MARXISM."
_REFERENCES_ELSEWHERE = re.compile(
    r"See(?: also)? (?:the )?(?:references|bibliography|literature) (?:under|to|for|in|with) "
    r"(?:the articles? )?[A-Z]{2}"
)
# A line that sends the reader to other articles: "See also ALGEBRAIC TOPOLOGY and DIFFERENTIAL TOPOLOGY."
_SEE_ARTICLES = re.compile(rf"See(?: also)?:? (?:the articles? )?[{UPPER}][{UPPER}’'-]")
# English words that begin a sentence, capitalized, and no title in Russian (not "In", which begins a container).
# "In 1905, Einstein published": a sentence that opens with the year of what it tells (no title nor container
# does: "In 2 vols.", "In the collection …", "In K. Marx and F. Engels, Soch.")
_IN_A_YEAR = re.compile(rf"In\s(?:the\s)?{YEAR}(?:[’']?s)?\b")
_SENTENCE_OPENERS = frozenset((
    "The", "This", "These", "It", "He", "She", "They", "His", "Her", "Its", "Their", "There", "We",
    # (and the prepositions and conjunctions that open a sentence: "Under imperialism, monopolies appropriate")
    "Under", "During", "After", "Before", "Among", "Between", "Through", "Within", "Against", "Although", "When",
    "While", "Because", "Unlike", "Despite", "Thus", "However", "Moreover",
))
# How far into an article's first paragraph it tells that it is a biography ("Born …", after a pen name).
_BIOGRAPHY_OPENING = 300
# The most lines read ahead for the entry that a line without signs of one begins.
_LINES_TO_AN_ENTRY = 4
# The shortest line of a paragraph that a page wrapping its lines cut: a headword is shorter.
_WRAPPED_LINE = 45


def _begins_with_its_author(line: str, p: _Patterns) -> bool:
    """Whether a line begins with an author's family name, inverted (not with a person's initials, as a
    sentence may).

    >>> p = patterns()
    >>> _begins_with_its_author("Aleksandrov, P. S., and A. N. Kolmogorov. Vvedenie", p)
    True
    >>> _begins_with_its_author("V. I. Lenin noted that “the idea of the hegemony", p)
    False
    """
    m = p.author_start.match(line)
    return m is not None and len(_FIRST_PHRASE.split(line, maxsplit=1)[0].strip("[ ")) > 1


_INITIAL_WORD = re.compile(rf"[{UPPER}][a-z]?\.")


# A word in "-ed" this short may be romanized Russian that the dictionary does not know, a name's or a
# misprint's; longer, and no Russian word ("pered", before; "velosiped"), it is an English verb in the past.
_SHORT_PAST = 5


def _english_sentence(line: str, p: _Patterns) -> bool:
    """Whether a line reads as English running text: a function word of prose ("was", "the") and
    most of its longer words in lowercase.

    >>> _english_sentence("Saryg-ool was a deputy to the second and third convocations", patterns())
    True
    >>> _english_sentence("Revolutionary-Democratic Dictatorship of the Proletariat and Peasantry", patterns())
    False
    >>> _english_sentence("Chainikov studied at the V. Ia. Briusov Higher Literary Institute from", patterns())
    True
    >>> _english_sentence("Kuliev served in the Great Patriotic War.", patterns())
    True
    >>> _english_sentence("Makhtumkuli wrote lyric poetry.", patterns())
    True
    >>> _english_sentence("Sadvakasov writes in Uighur.", patterns())
    True
    >>> _english_sentence("Ryl’s’kyi translated A. Mickiewicz’ Pan", patterns())
    True
    >>> _english_sentence("Lenin highly valued Plekhanov's", patterns())
    True
    >>> _english_sentence("Otchet pered narodom", patterns())  # (a Russian word in "-ed": "pered", before)
    False
    >>> _english_sentence("V. I. Lenin wrote that socialism “not only does not extinguish", patterns())
    True
    >>> _english_sentence("Grzimek’s Animal Life Encyclopedia, vol. 12. New York, 1972.", patterns())
    False
    """
    words = line.split()
    # (The words of a source cited in parentheses are no words of the sentence: "The term was introduced
    # by N. Wiener in 1948 (see N. Wiener, Kibernetika, 2nd ed., Moscow, 1968, p. 56).")
    outside = _NOTE.sub(" ", line).split() if "(" in line else words
    longer = [word for word in outside if len(word) > 3]
    lowercase = [word for word in longer if word[:1].islower()]
    named = words
    while len(named) > 3 and _INITIAL_WORD.fullmatch(named[0]):
        named = named[1:]  # "V. I. Lenin wrote that …": the initials before the name
    if len(named) > 2 and named[0][:1].isupper() and (
        named[1] in p.tables.sentence_verbs or (named[0].endswith(_POSSESSIVE) and named[1][:1].islower())
    ):
        # A name, then what its bearer did or had (no romanized word ends with "’s"): "Makhtumkuli wrote lyric
        # poetry.", "Gamzatov’s first collection, Ardent Love and Burning Hatred, appeared in 1943." (Not a
        # title in title case: "Grzimek’s Animal Life Encyclopedia")
        return True
    # the same, the verb regular, in English: "Kuliev served in the Great Patriotic War." (an adverb before it:
    # "Lenin highly valued Plekhanov’s")
    verb = 2 if len(words) > 3 and words[1].endswith("ly") and words[1][:1].islower() else 1
    regular_past = len(words) > verb + 1 and words[0][:1].isupper() and words[verb][:1].islower() and (
        words[verb].endswith("ed")
    )
    if regular_past and len(words[verb]) > _SHORT_PAST and not is_russian_word(words[verb]):
        return True  # (with no English function word beside it: "Ryl’s’kyi translated A. Mickiewicz’ Pan")
    if not _in_english(line, p):
        return False  # no English: a title, or the start of an entry in Russian ("… (collection of")
    if regular_past:
        return True
    if 2 * len(lowercase) >= len(longer):
        return True
    # Cut off after a word no sentence ends with, with a word in lowercase that no title in title case
    # has ("Chainikov studied at the V. Ia. Briusov Higher Literary Institute from"), unlike a headword
    # cut off ("Revolutionary-Democratic Dictatorship of the Proletariat and").
    return words[-1] in p.tables.unfinished_line_ends and _common_lowercase_word(line, p)


_OPENING_QUOTES = tuple(QUOTE_PAIRS.values())
# A verb, a colon, and the quotation it introduces on the line or the next: "… (1977) states: “The"
_COLON_BEFORE_A_QUOTATION = re.compile(r"([a-z]+(?: out)?):\s*(?:[“«\"]|$)")


def _introduces_a_quotation(line: str, classified: list, index: int, p: _Patterns) -> bool:
    """Whether a line introduces a quotation with a verb and a colon, as running text quotes ("The
    Constitution of the USSR (1977) states: “The" or "… states:" / "“The Union of Soviet …"): no entry
    goes on so."""
    for m in _COLON_BEFORE_A_QUOTATION.finditer(line):
        if m.group(1) in p.tables.quoting_verbs and (
            m.group(0).endswith(_OPENING_QUOTES) or _next_line(classified, index).lstrip().startswith(_OPENING_QUOTES)
        ):
            return True
    return False


def _opens_a_section(line: str, p: _Patterns) -> bool:
    """Whether a line opens a section of a long article: its name in a word or a few, as the table knows
    sections to be named, then a sentence of running text in English.

    >>> _opens_a_section("Architecture and art. The oldest monuments of architecture are fortified settlements.",
    ...                  patterns())
    True
    >>> _opens_a_section("Stikhi i poemy. Ocherki.", patterns())
    False
    >>> _opens_a_section("Sbornik statei. Edited and with an introduction by A. A.", patterns())  # a Russian title
    False
    >>> _opens_a_section("Literature. Tajik Soviet literature", patterns())  # (cut where the page wraps)
    True
    >>> _opens_a_section("Architecture and art. Monuments of", patterns())
    True
    """
    m = _SECTION_NAME.match(line.strip())
    if m is None or m.group(1).lower() not in p.tables.section_names:
        return False
    # (or its first words, where the page wraps: "History. The territory of the Mari ASSR" / "has been …",
    # "Architecture and art. Monuments of" / "…", "Literature. Tajik Soviet literature" / "developed …")
    sentence = line.strip()[m.end() :]
    first_words = sentence.lower().split()[:_SECTION_SENTENCE_WORDS]
    return _english_sentence(sentence, p) or any(word in p.english_words for word in first_words) or (
        m.group(1).lower() in first_words
    )


_SECTION_SENTENCE_WORDS = 4  # the first words of a section's sentence looked at for English


def _english_sentence_after(s: str, p: _Patterns) -> bool:
    """Whether a sentence ends inside a line and the next begins with an English function word, as
    running text goes on ("Czech literature. The earliest monuments"), never a headword nor a title.

    >>> _english_sentence_after("Czech literature. The earliest monuments", patterns())
    True
    >>> _english_sentence_after("Izbrannoe. Stikhi i poemy", patterns())
    False
    """
    m = p.sentence_inside.search(s)
    return m is not None and s[m.end() - 1 :].split(maxsplit=1)[0].lower() in p.english_words


def _names_a_section(line: str, p: _Patterns) -> bool:
    """Whether a line of a block is the label of the references of one section of a long article: a people's
    name and the section's, alone ("Slovak literature.", "Czech architecture and art.").

    >>> _names_a_section("Slovak literature.", patterns()), _names_a_section("Slovak literature. Bratislava, 1960.",
    ...                                                                        patterns())
    (True, False)
    >>> _names_a_section("Slovatskaia literatura.", patterns())
    False
    """
    s = line.strip()
    if len(s) > _SECTION_LABEL_MAX or not s.endswith(".") or s.count(".") != 1:
        return False
    people, _, section = s[:-1].partition(" ")
    return people in p.tables.nationalities and bool(section) and all(
        word in p.tables.section_names or word in ("and", "of", "the") for word in section.replace(",", "").split()
    )


# The longest label of a section's references: "Czech architecture, sculpture, and painting."
_SECTION_LABEL_MAX = 60
# A section's name, as a long article prints it before its first sentence: "Literature.", "Architecture and art."
_SECTION_NAME = re.compile(rf"([{UPPER}][{LOWER}]+)(?:(?:,|\sand)?\s[{LOWER}]+){{0,3}}\.\s(?=[{UPPER}])")


def _opens_a_paragraph(line: str, classified: list, index: int, p: _Patterns, wrap_width: int = 0) -> bool:
    """Whether a title-like line is the first line of a body paragraph cut off where the page wraps:
    long (on a page that wraps its lines at ``wrap_width``, full: the next line's first word would not
    have fit), in English words with one in lowercase that no headword in title case has, and the next
    line goes on in lowercase or reads as running text.

    >>> page = [(1, 0, 0, "From 1905 to 1907, Vasil’ev studied in the Simbirsk Chuvash Teachers’", TITLE),
    ...         (2, 0, 0, "School and became a teacher. He served in World War I. In 1908 his", TITLE)]
    >>> _opens_a_paragraph(page[0][3], page, 0, patterns())
    True
    """
    if not p.lowercase_start.search(line):
        return False  # every word capitalized: a headword (most lines tried are), told by one search
    if _IN_A_YEAR.match(line):
        return True  # "In 1905, Einstein published" (however short, and the page wrapped or not): no headword
    common_word = _common_lowercase_word(line, p)
    # (A pronoun that begins the line begins a sentence: "They later published several other poetry".)
    lowered = line[:1].lower() + line[1:]
    if common_word and (
        p.sentence_inside.search(line) or p.predicate.search(" " + lowered) or _reads_as_running_text(line, p)
    ) and (_in_english(line, p) or _in_english(lowered, p)):
        # In English words, one of them in lowercase: a sentence ends inside it ("Brecht founded the Berliner
        # Ensemble theater in 1949. His plays include Mother"), or it holds a verb or a pronoun of running
        # text ("The son of a peasant, Chunizhekov was first" / "published in 1925.", "Gadzhiev’s first
        # collections of poetry were"), or it ends with a word no sentence ends with ("Orlov graduated from
        # Moscow University in"): however short, no headword does.
        return True
    following = _next_line(classified, index)
    if wrap_width:
        if not _cut_at_the_wrap(line, following, wrap_width):
            return False
        if common_word and _in_english(line, p):
            # A full line of a page that wraps its lines, in English with a word in lowercase that no
            # headword in title case has: "Chainikov studied at the V. Ia. Briusov" / "Higher Literary …"
            return True
        if following[:1].islower() and _next_kind(classified, index) in (PROSE, OTHER, ENTRY) and (
            _common_lowercase_word(following, p) and _in_english(line, p)
        ):
            # A full line in English that goes on in running text, where a headword cut at the wrap goes on
            # in title case ("Revolutionary-Democratic Dictatorship of" / "the Proletariat and Peasantry"):
            # "In 1931, with Iyvan Kyrlia, Olyk" / "published the poetry collection …" on a page wrapped at 40
            # (not a site line: "Kholmogory Cattle | Article about …" / "https://encyclopedia2.…")
            return True
    elif len(line.strip()) < _WRAPPED_LINE:
        return False
    # A headword is set in title case; a long line in English sentence case is a paragraph's first
    # line, cut off where the page wraps ("Saryg-ool was a deputy to the second and third convocations").
    if _english_sentence(line, p):
        return True
    # English running text ("… studied in the …"), where an entry's title cut off is in Russian.
    goes_on = bool(following) and (following[:1].islower() or _reads_as_running_text(following, p) or (
        _long_english_line(following, p) and _common_lowercase_word(following, p)
    ))
    return goes_on and common_word and _in_english(line, p)


def _drop_line_goes_on(line: str, following: str, wrap_width: int, p: _Patterns) -> bool:
    """Whether a site line that is dropped (an address, a menu, "Also found in: …") was cut where the page
    wraps its lines and goes on with the next: it stops mid-phrase, or the next line goes on in lowercase
    (an address cut inside a word). A full line that ends a phrase may be followed by the headword.

    >>> _drop_line_goes_on("Also found in: Dictionary, Thesaurus,", "Wikipedia.", 40, patterns())
    True
    >>> _drop_line_goes_on("https://encyclopedia2.thefreedictionary.com/N", "ivkhi", 45, patterns())
    True
    >>> _drop_line_goes_on("https://encyclopedia2.thefreedictionary.com/Kama", "Kama", 50, patterns())
    False
    """
    if not following or not _cut_at_the_wrap(line, following, wrap_width):
        return False
    last_word = line.rsplit(None, 1)[-1]
    return following[:1].islower() or line.rstrip()[-1:] in ",:-–" or (
        last_word.lower() in p.tables.unfinished_line_ends
    )


def _adjacent(classified: list, index: int) -> tuple | None:
    """The classified line right after the one at ``index``; None when a blank line or a cut comes between."""
    if index + 1 >= len(classified) or classified[index + 1][0] != classified[index][0] + 1:
        return None
    return classified[index + 1]


def _next_kind(classified: list, index: int) -> int:
    """The kind of the line right after the one at ``index`` (BLANK when a blank line or a cut comes between)."""
    following = _adjacent(classified, index)
    return following[4] if following else BLANK


# The year or years an entry ends with, and the words before them after the last sentence's start or comma
_WORDS_THEN_THE_LAST_YEAR = re.compile(rf"([^.,]*)[,.]?\s\[?{YEAR_RANGE}\]?\.?$")


def _place_alone_before_its_year(previous: str, line: str, following: str, p: _Patterns) -> bool:
    """Whether a line is a city alone (with its state), a year opening the next line, after an entry that
    ends with years no city prints: the imprint of a title that ends with its years, cut where the page wraps
    ("… Pugachev’s Revolt, 1773–1775." / "Bloomington, Ind.-London" / "[1969]. Longworth, P. …").

    >>> p = patterns()
    >>> _place_alone_before_its_year("Alexander, J. T. Revolt, 1773–1775.", "London", "[1969].", p)
    True
    >>> _place_alone_before_its_year("Alexander, J. T. Revolt, 1773–1775.", "Bloomington, Ind.", "1969.", p)
    True
    >>> _place_alone_before_its_year("Ivanov, I. Ocherki. Moscow, 1950.", "London", "1969.", p)
    False
    """
    city, _, region = line.strip().rstrip(",").partition(", ")
    if not is_known_place(city, p.tables.places) or (region and not p.region.fullmatch(region)):
        return False
    years = _WORDS_THEN_THE_LAST_YEAR.search(previous[-80:])
    return bool(years) and not is_known_place(years.group(1).strip(" []"), p.tables.places) and (
        _YEAR_FIRST_ON_A_LINE.match(following) is not None
    )


# The most lines of a paragraph read to tell whether it is body text
_PARAGRAPH_LINES_READ = 6


def _heads_a_section(classified: list, index: int, p: _Patterns) -> bool:
    """Whether a heading ("Literature", "SOURCES") names a section of the article: the paragraph after it, its
    lines read together, is body text, its first line no entry.

    >>> text = "Literature\\n\\nTurkmen literature developed from the folk poetry of the\\nTurkmens. It is old.\\n"
    >>> classified = list(_classified_lines(text, patterns()))
    >>> _heads_a_section(classified, 0, patterns())
    True
    """
    at = index + 1
    while at < len(classified) and classified[at][4] == BLANK:
        at += 1
    if at >= len(classified) or classified[at][4] == ENTRY:
        return False
    lines = [classified[at][3].strip()]
    while len(lines) < _PARAGRAPH_LINES_READ and (following := _adjacent(classified, at)) is not None and (
        following[4] != BLANK
    ):
        lines.append(following[3].strip())
        at += 1
    # (read as under a heading: English entries run together, however many "the" they hold, are no paragraph)
    return classify(" ".join(lines), p, in_a_block=True) == PROSE


def _next_line(classified: list, index: int) -> str:
    """The line right after the one at ``index`` (none when a blank line or a cut comes between)."""
    following = _adjacent(classified, index)
    return following[3] if following else ""


def _wrapped_title(previous: str, line: str, wrap_width: int = 0) -> bool:
    """Whether a title-like line goes on with the long one above it, cut where the page wraps, rather
    than repeating it (a page's title line, then the headword). On a page that wraps its lines at
    ``wrap_width``, the line above is cut when the next one's first word would not have fit on it.

    >>> _wrapped_title("Materialism and Empiriocriticism: Critical Comments on a Reactionary", "Philosophy")
    True
    >>> _wrapped_title("Materialism and Empiriocriticism: Critical Comments on a Reactionary Philosophy",
    ...                "Materialism and Empiriocriticism: Critical Comments on a Reactionary")
    False
    >>> _wrapped_title("Materialism and Empiriocriticism: Critical", "Comments on a Reactionary", wrap_width=50)
    True
    >>> _wrapped_title("Nikolai Vasilevich Vasilev", "Vasil’ev, Nikolai Vasil’evich", wrap_width=35)
    False
    """
    if line.split()[:1] == previous.split()[:1] or line.lstrip().startswith("["):
        return False  # (nor does another dictionary's headword, its pronunciation first: "[mȯr′del·ə‚dē]Mordellidae")
    family, comma, _ = line.strip().partition(", ")
    if comma and " " not in family and _unmarked(family) in {_unmarked(word) for word in previous.split()}:
        return False  # the page's title names the person the headword inverts: "Sergei Mikhailovich Liapunov"
    if wrap_width:
        return _cut_at_the_wrap(previous, line, wrap_width)
    return len(previous.strip()) >= _WRAPPED_LINE


def _unmarked(word: str) -> str:
    """A name as the site's title line spells it, without the soft signs of the encyclopedia's romanization.

    >>> _unmarked("Vasil’ev")
    'Vasilev'
    """
    return word.replace("’", "").replace("'", "")


def _cut_before_its_numbers(entry: str, classified: list, index: int, wrap_width: int) -> bool:
    """Whether an entry that prints no year yet, nor ends with a number, was cut where the page wraps
    its lines, after a sentence of its title: the line above is full ("Sovetskii Soiuz: Geograficheskoe
    opisanie v 22 tomakh." / "Zapadnaia Sibir’. Moscow, 1971.").
    """
    line = classified[index][3]
    if index == 0 or classified[index - 1][0] != classified[index][0] - 1 or line.strip().isupper():
        return False  # (a signature in capitals after initials cut off is no part of an entry)
    if _A_YEAR.search(entry) or entry.rstrip(".;)]")[-1:].isdigit() or entry.endswith(_IBID_ENDS) or (
        _ends_undated(entry, patterns())
    ):
        # an imprint, or the numbers an entry ends with ("… vol. 23.", a list's "… t. 39;"), or "Ibid." (the same
        # volume: "… “Privet vengerskim rabochim.” Ibid." / "Lenin, V. I. Gosudarstvo i revoliutsiia. …" is two
        # entries)
        return False
    return _cut_at_the_wrap(classified[index - 1][3], line, wrap_width)


def _ends_undated(entry: str, p: _Patterns) -> bool:
    """Whether an entry ends with an imprint that prints no year, which ends it as a year would.

    >>> _ends_undated("Gabdulla Tukai: Bibliografiia. Kazan, [n.d.].", patterns())
    True
    """
    tail = max(0, len(entry) - 16)
    return p.undated_hint.search(entry, tail) is not None and p.undated_imprint.search(entry, tail) is not None


_A_YEAR = re.compile(rf"\b{YEAR}\b")
_YEAR_FIRST_ON_A_LINE = re.compile(rf"\s*\[?{YEAR}\b")


def _cut_at_the_wrap(line: str, following: str, wrap_width: int) -> bool:
    """Whether a page that wraps its lines at ``wrap_width`` cut a line where it did because the next
    line's first word would not have fit on it.

    >>> _cut_at_the_wrap("Materialism and Empiriocriticism: Critical", "Comments on", 50)
    True
    >>> _cut_at_the_wrap("A", " ", 50)
    False
    """
    first_word = following.split(maxsplit=1)[:1]
    return bool(first_word) and len(line.strip()) + 1 + len(first_word[0]) > wrap_width


# The widths a page that wraps its lines sets them at: a page that does not has longer ones (its
# paragraphs), and none has shorter ones. (A page wrapped at 30 may have no line of more than 26 or so: its
# longest line is what the width is read from.)
_WRAP_WIDTHS = range(24, 101)


def _wrap_width(text: str) -> int:
    """The width a page wraps its lines at (its longest line), 0 when it does not wrap them.

    >>> _wrap_width("Topic\\n\\n" + "word " * 10 + "\\n"), _wrap_width("Topic\\n\\n" + "word " * 40 + "\\n")
    (50, 0)
    """
    if _LONGER_THAN_A_WRAP.search(text):
        return 0  # (a paragraph on one line: most pages, told without splitting them)
    width = max(map(len, text.splitlines()), default=0)
    return width if width in _WRAP_WIDTHS else 0


_LONGER_THAN_A_WRAP = re.compile(rf"[^\n]{{{_WRAP_WIDTHS.stop}}}")


def _cites_for_the_sentence(line: str, previous: str) -> bool:
    """Whether a line that looks like an entry opens with the source of the sentence on the line above,
    which has not ended: "… group goals”" / "(KPSS v rezoliutsiiakh …, 8th ed., vol. 1, 1970, p. 283). In".
    """
    return line.startswith("(") and not previous.rstrip().endswith(".")


def _long_english_line(line: str, p: _Patterns) -> bool:
    """Whether a line is as long as a page wrapping its lines makes them, and in English: right after
    body text, a line of its paragraph ("The narrative poems Khamat (1936-37) and Komsomol Member"),
    where a headword is short."""
    return len(line.strip()) >= _WRAPPED_LINE and _in_english(line, p)


def _goes_on_below(line: str, classified: list, index: int) -> bool:
    """Whether a long line, cut where the page wraps, goes on in lowercase on the next line."""
    return len(line.strip()) >= _WRAPPED_LINE and _next_line(classified, index)[:1].islower()


def _mostly_russian(words: list[str], p: _Patterns) -> bool:
    """Whether half the words or more (English function words aside) have a Russian ending. (Not the
    dictionary: romanized, many English words read as Russian ones, "narrative" as нарративе.)

    >>> _mostly_russian(["istorii", "literatury", "nauki:", "literatury,"], patterns())
    False
    >>> _mostly_russian(["istorii", "istorii", "literatury", "nauki:"], patterns())
    True
    >>> _mostly_russian(["studied", "literary", "from"], patterns())
    False
    """
    stripped = [word.strip(".,:;!?()[]“”").lower() for word in words]
    stripped = [word for word in stripped if word not in p.english_words]  # ("from" has a Russian ending)
    return bool(stripped) and 2 * sum(1 for word in stripped if word.endswith(p.tables.russian_endings)) >= len(
        stripped
    )


def _in_english(line: str, p: _Patterns) -> bool:
    """Whether a line has an English function word that no romanized Russian word is ("in", "the").

    >>> _in_english("Olyk developed a precise syllabic-accentual versification in Mari", patterns())
    True
    >>> _in_english("Programmnye dokumenty bor’by za mir, demokratiiu i", patterns())
    False
    >>> _in_english("Astronomiia SSSR za tridtsat’ let, 1917–1947 (collection of", patterns())
    False
    >>> _in_english("The university publishes Uchenye zapiski (since 1834).", patterns())
    True
    >>> _in_english("In 1905, Einstein published", patterns())
    True
    """
    if "(" in line or "[" in line:
        # not in a note: "Astronomiia SSSR za tridtsat’ let (collection of", "Saylanan ëserler. [Introduction by"
        line = _NOTE.sub(" ", line)
    if " vol" in line or " by" in line or " from" in line or "In the " in line or line[-1:].isdigit():
        # nor in an entry's apparatus: "Ocherki istorii, in 2 vols. Edited by"
        line = p.apparatus_words.sub(" ", line)
    words = line.split()
    cut = 2 if words[-2:] == ["In", "the"] else int(len(words) > 1 and words[-1] in ("in", "In"))
    if cut:
        # nor a last "in", which may begin an entry's count of volumes or its container: "Ocherki, in" / "2 vols.",
        # "“Problemy istorii.” In the" / "collection Ocherki istorii. Moscow, 1900."
        words = words[:-cut]
        line = " ".join(words)
    if not (p.prose.search(" " + line) or not p.english_words.isdisjoint(words) or (
        words and (words[0] in _SENTENCE_OPENERS or words[0].endswith(_POSSESSIVE) or _possessive_in_s(words[0]))
    ) or _IN_A_YEAR.match(line) or (
        ("“" in line or '"' in line) and not p.english_words.isdisjoint(word.lstrip('“"') for word in words)
    )):
        # (a name in the possessive, which no romanized word is, opens an English sentence: "Glinka’s opera",
        # "Donelaitis’ narrative poem"; a quotation opens with a function word: "called Gogol’ “the head", also in
        # straight quotes: 'called Pushkin "an extraordinary')
        return False
    # A Russian title with an English word of its apparatus is no English: "Ocherki literatury, in"
    return not _mostly_russian([word for word in line.split() if len(word) > 3 and word[:1].islower()], p)


def _common_lowercase_word(line: str, p: _Patterns) -> bool:
    """Whether a line has a word in lowercase that a title in title case would capitalize ("studied").

    >>> _common_lowercase_word("Dictatorship of the Proletariat and", patterns())
    False
    """
    ends, stopwords = p.tables.unfinished_line_ends, p.tables.stopwords["en"]
    return any(
        len(word) > 3 and word[:1].islower() and word not in ends and word not in stopwords for word in line.split()
    )


def _reads_as_running_text(line: str, p: _Patterns) -> bool:
    """Whether a line that could be a title reads as a piece of a paragraph: a sentence ends inside
    it, or it ends with a word no sentence ends with.

    >>> _reads_as_running_text("Soviet astronomer. Corresponding member of the Academy of", patterns())
    True
    >>> _reads_as_running_text("Orlov, Sergei Vladimirovich", patterns())
    False
    """
    last_word = line.rsplit(None, 1)[-1] if line.strip() else ""
    return last_word.lower() in p.tables.unfinished_line_ends or bool(p.sentence_inside.search(line))


def _cut_off(line: str, months: Container[str] = frozenset()) -> bool:
    """Whether a line of body text stops mid-sentence (a page that wraps its lines cut it), so that
    the next line goes on with its paragraph.

    >>> _cut_off("Born Jan. 7, 1901, in the village of Iana-Sala, Middle"), _cut_off("He wrote novels.")
    (True, False)
    >>> _cut_off("He has translated A. S."), _cut_off("the works of M. Iu."), _cut_off("He lived in the USSR.")
    (True, True, False)
    >>> _cut_off("Kakhabroso, present-day Untsukul’"), _cut_off("Gor’kii called it a “wonderful book”")
    (True, True)

    … or with a month's abbreviation (``months``: the months table), its day on the next line:

    >>> _cut_off("delivered by Luna 17 on Nov.", {"Nov.": 11})
    True
    """
    stripped = line.rstrip() if line[-1:].isspace() else line
    last = stripped[-1:]
    if last.isalnum() or last in ",;-–":
        return True
    if last in "’”" and stripped[-2:-1].isalpha():
        return True  # a soft sign ("Untsukul’") or a quotation closed mid-sentence ("a “wonderful book”")
    # … or with an initial: "He has translated A. S." / "Pushkin’s Poltava, …", "… M. Iu." / "Lermontov"
    space = stripped.rfind(" ")
    word = stripped[space + 1 :]  # (an initial is short and capitalized: a cheap test before the pattern)
    if last != "." or len(word) > 5 or not word[:1].isupper():
        return False
    return word in months or bool(_INITIAL_AT_END.search(stripped, max(0, space)))


# The shortest site line that a page wrapping its lines has cut off ("Related to Mustelids: Viverrids"
# is whole).
_WRAPPED_SITE_LINE = 50
# How far from its end a line of body text is searched for a site line glued to it: the longest one.
_GLUED_TO_PROSE = 160
# The shortest first piece of the site's notice or copyright line read as one ("The following article is
# from The Great Soviet"): shorter, it could be a headword.
_SITE_LINE_PIECE = 24
_STOP_LINE_PIECE = 18  # "References in classic" / "literature ?": a site block's heading cut at 30 characters


def _site_line_cut_off(line: str, p: _Patterns) -> bool:
    """Whether a site line (a copyright, a notice) stops mid-sentence, cut off where a page wraps: it is
    long and ends no sentence, or it is a piece of the site's notice or copyright line but its end.

    >>> _site_line_cut_off("The Great Soviet Encyclopedia, 3rd Edition (1970-1979). ©", patterns())
    True
    >>> _site_line_cut_off("Encyclopedia (1979). It might be outdated or", patterns())
    True
    >>> _site_line_cut_off("Related to Mustelids: Viverrids", patterns())
    False
    """
    stripped = line.strip()
    if len(stripped) >= _WRAPPED_SITE_LINE and not stripped.endswith((".", "?", "!", ")")):
        return True
    return any(stripped in site and not site.endswith(stripped) for site in p.tables.site_lines)


def _a_note_or_series(content: str) -> bool:
    """Whether what a parenthesis holds is an English note or a series with its numbers, as after an imprint.

    >>> _a_note_or_series("Translated from German."), _a_note_or_series("Trudy TsNIORKh, vol. 4.")
    (True, True)
    >>> _a_note_or_series("Sovetskii Soiuz series."), _a_note_or_series("Biblioteka poeta. Malaia seriia.")
    (True, True)
    >>> _a_note_or_series("Tenebrionidae")
    False
    """
    return bool(_SERIES_WITH_ITS_NUMBER.search(content)) or is_english_note(content)


def _the_entrys_note_above(content: str, rest: str, p: _Patterns) -> bool:
    """Whether a parenthesis at a line's start, after an entry that ended with its imprint, is that entry's note:
    an English note or a series, one before an entry with its author, or a sentence of its own (its period inside
    it), but not a remark on the entry after it.

    >>> p = patterns()
    >>> _the_entrys_note_above("Zhizn’ zamechatel’nykh liudei.", " Kuno Fischer. Istoriia novoi filosofii.", p)
    True
    >>> _the_entrys_note_above("Review.", " Inostrannaia literatura, 1966, no. 6.", p)
    False
    """
    if content.strip(" .").lower() in p.tables.remarks:
        return False
    return _a_note_or_series(content) or _an_author_after(rest, p) or content.rstrip().endswith(".")


def _an_author_after(rest: str, p: _Patterns) -> bool:
    """Whether what follows a note at a line's start begins an entry with its author, maybe cut after the family
    name where the page wraps ("Grib, V. R. …", "Vendrov," / "S. L. Problemy …").

    >>> _an_author_after(" Grib, V. R. Izbrannye raboty.", patterns()), _an_author_after(" Vendrov,", patterns())
    (True, True)
    >>> _an_author_after(" Podsemeistvo Opatrinae.", patterns())
    False
    """
    rest = rest.strip()
    return bool(p.author_start.match(rest) or _FAMILY_CUT_AT_THE_END.fullmatch(rest))


_FAMILY_CUT_AT_THE_END = re.compile(rf"{FAMILY},")
# A series with its number, or so called: "Sovetskii Soiuz series.", "Series: Goroda-geroi.", "Biblioteka poeta.
# Malaia seriia."
_SERIES_WITH_ITS_NUMBER = re.compile(
    r",\s(?:vols?\.|nos?\.|issues?|fasc\.|vyp\.)\s?\d[\d–-]*\.?$|\sseri(?:es|ia)\.?$|^Series\b"
)
# An entry's end after its year (or issue): the entry is whole
_ENDS_WITH_A_NUMBER = re.compile(r"\d\.$")
# A note in parentheses at a line's start, and what follows it
_NOTE_AT_THE_START = re.compile(rf"{_WHOLE_NOTE}(?=\s|$|[{UPPER}“«])")


# Initials after a comma at the end of a line: a name cut before its family name ("… Shibanov A. S., A. M.")
_INITIALS_AFTER_A_COMMA = re.compile(rf",\s{INITIALS}$")


def _an_imprint_alone(previous: str, line: str, p: _Patterns) -> bool:
    """Whether a line is an imprint alone, which ends the entry above: not a title with its years after an entry
    that ended with its own imprint, its first word no city ("… Moscow, 1976." / "Ezhegodnik MKhT [1943–1960].").

    >>> p = patterns()
    >>> _an_imprint_alone("Markov, P. A. Kniga zavlita.", "Moscow, 1976.", p)
    True
    >>> _an_imprint_alone("Markov, P. A. Kniga zavlita. Moscow, 1976.", "Ezhegodnik MKhT [1943–1960].", p)
    False
    >>> _an_imprint_alone("Narspi. Moscow, 1956.", "Leningrad, 1960.", p)
    True
    """
    return bool(p.bare_imprint.fullmatch(line)) and not (
        _ends_with_an_imprint(previous, p) and not _starts_with_a_place(line, p)
    )


def _names_a_container(text: str, p: _Patterns) -> bool:
    """Whether an entry names the book or the collected works it is in: "Ibid.", "In …", "Soch.".

    >>> _names_a_container("Lenin, V. I. “O kooperatsii.” Ibid., vol. 45.", patterns())
    True
    >>> _names_a_container("Marx, K. Kapital, vol. 1.", patterns())
    False
    """
    return "Ibid" in text or " In " in text or bool(p.collected_works_title.search(text))


def _continues(previous: str, line: str, p: _Patterns) -> bool:
    """Whether a block's line goes on with the entry before it: it starts in lowercase
    ("…i\nsopredel’nykh stran"), it is an imprint alone, the entry is an author alone, or the entry
    was cut off (``Moscow-`` ``Leningrad, 1948.``, ``Moscow,`` ``1971.``) and the line does not
    start a new one with an author.

    >>> _continues("Berg, L. S. Ryby. Moscow-", "Leningrad, 1948.", patterns())
    True
    >>> _continues("Berg, L. S. Ryby. Moscow, 1948.", "Narody Sibiri. Leningrad, 1956.", patterns())
    False
    >>> _continues("Berg, L. S. Ryby, vol. 2", "Nikol’skii, G. V. Ikhtiologiia. Moscow, 1971.", patterns())
    False
    >>> _continues("Lar’kin, V. G.", "Udegeitsy. Vladivostok, 1958.", patterns())
    True
    >>> _continues("Varlamova, I. “Obaianie.” Novyi mir, 1970, no.", "8.", patterns())
    True
    >>> _continues("Kyzlasov, L. R. “Etapy.” Vestnik MGU, 1958, no. 4.", "Ibid., 1959, no. 1.", patterns())
    False
    >>> _continues("Engels, F. Anti-Dühring, part 2, ch. 7.", "Ibid., vol. 20.", patterns())
    True
    >>> _continues("Lenin, V. I. “O kooperatsii.” Ibid., vol. 45.", "Ibid., vol. 44, pp. 151–52.", patterns())
    False
    >>> _continues("Medvedev, G. S. Zhuki-chernotelki.", "Podsemeistvo Opatrinae. Leningrad, 1968.", patterns())
    True
    >>> _continues("Lenin, V. I. “Kryma.” Poln. sobr. soch., 5th ed., vol. 22.", "Ocherki. Tbilisi, 1945.", patterns())
    False
    >>> _continues("Lenin, V. I. Velikii pochin. Ibid.", "KPSS v rezoliutsiiakh, vol. 2. Moscow, 1970.", patterns())
    False
    >>> _continues("Sobr. soch., vols. 1–12. Riga, 1958–60;", "Zelenaia zemlia. Moscow, 1948.", patterns())
    False
    >>> _continues("Marks K., Kapital. Soch., 2 izd., t. 23;", "Lenin V. I., Razvitie kapitalizma", patterns())
    False
    >>> _continues("Ivanov, I. I. Ocherki istorii 1917–1937 gg.", "Kazakhstana 1917–1937 gg. Moscow, 1961.", patterns())
    True
    >>> _continues("Kamke, E. Spravochnik. Moscow, 1971.", "(Translated from German.) Hartman, P. Ordinary", patterns())
    True
    >>> _continues("Ivanov, I. “Zvezdy.”Tr.", "Gos. astronomicheskogo in-ta, 1950, vol. 18.", patterns())
    True
    >>> _continues("Morgenstjerne, G. Languages, part 2, Oslo.", "1944; part 3, Oslo, 1956.", patterns())
    True
    >>> _continues("Marx, K. Klassovaia bor’ba.", "Marx, K., and F. Engels. Soch., 2nd ed., vol. 7.", patterns())
    True
    >>> _continues("Lenin, V. I. Velikii pochin. Ibid.", "Marx, K., and F. Engels. Soch., vol. 7.", patterns())
    False
    >>> _continues("Marx, K. Kapital, vol. 1.", "Marx, K., and F. Engels. Soch., 2nd ed., vol. 23.", patterns())
    True
    >>> _continues("Lenin, V. I. Gosudarstvo. Poln. sobr. soch., vol. 33.", "Marx, K., and F. Engels. Soch., vol. 4.",
    ...            patterns())
    False
    >>> _continues("Ivanov, I. I. “Ocherki.” Voprosy istorii, 1900, no. 1 (34).", "Ivanov, I. I. Soch., vol. 1.",
    ...            patterns())
    False
    >>> _continues("Smoliak, A. V. Khoziaistvo. Moscow, 1984.", "Candidate’s dissertation.", patterns())
    True
    >>> _continues("Sobr. soch., vols. 1–4.", "[Introductory article by B.", patterns())
    True
    >>> _continues("Gabdulla Tukai: Bibliografiia. Kazan, [n.d.].", "Istoriia tatarskoi literatury.", patterns())
    False
    >>> _continues("Markov, P. A. Kniga zavlita. Moscow, 1976.", "Ezhegodnik MKhT [1943–1960].", patterns())
    False
    >>> _continues("Shibanov A. S., A. M.", "Liapunov, M., 1985.", patterns())
    True
    >>> _continues("Danilov, V. P. Obshchina. Voprosy istorii, 5, 3–15. https://doi.org/10.1/vi",
    ...            "Ivanov I.I. Ocherki.", patterns())
    False
    """
    first, last = line[:1], previous[-1:]
    if "/" in previous[-_WEB_ADDRESS_LONGEST:] and _goes_on_as_an_address(previous, line):
        return True  # "… https://doi.org/10.1234/" / "vi.1977.3": the address cut where the page wraps
    if last.isalnum() and "/" in previous[-_WEB_ADDRESS_LONGEST:] and _WEB_ADDRESS_AT_THE_END.search(previous):
        return first.islower()  # "… 45–67. https://doi.org/10.1234/vi.3": the entry ends with its address online
    if last == ";" and _NUMBER_BEFORE_A_SEMICOLON.search(previous) and first.isupper() and not _starts_with_a_place(
        line, p
    ):
        return False  # "Narspi. Moscow, 1960;" / "Stikhotvoreniia i poemy. Cheboksary, 1975.": the next work
    if first.islower() or last in _GOES_ON_ENDS:
        return True  # "…i" / "sopredel’nykh stran"; "… Sovetskaia muzyka, 1950, no. 9.Shifman," / "M. S. M. …"
    if first.isupper() and line.isupper() and _initials_alone(previous, p):
        return False  # "…1969.P. V." / "TERENT’EV": a signature, cut off
    if first == "(" and last == "." and previous[-2:-1].isdigit() and (note := _NOTE_AT_THE_START.match(line)) and (
        _a_note_or_series(note.group(1)) or _an_author_after(line[note.end() :], p)
        or note.group(1).rstrip().endswith(".")
    ):
        # "… Moscow-Leningrad, 1951." / "(Translated from German.) Kamke, E. …", "(Trudy TsNIORKh, vol. 4.)
        # Vlasenko, A. …": the note or series of the entry above, which a page that wraps entries run together
        # put at a line's start; but a remark on the entry after it opens that ("(Review.) Inostrannaia …")
        return _the_entrys_note_above(note.group(1), line[note.end() :], p)
    if any(opening in previous and previous.count(opening) > previous.count(closing) for opening, closing in _PAIRS):
        # "…[Introduction by A. Ulugberdiev and A." / "Charïguliev.] Ashkhabad, 1962."; a quoted title cut off
        # ("Ter-Avanesian, S. M. “Khoziaistva v 1917–1937 gg." / "Issledovaniia.” Pravda, Oct. 9, 1938.")
        return True
    if line.startswith(p.tables.continuation_starts) or (first.isdigit() and p.number_alone.match(line)):
        # "“Klassovaia bor’ba.”" / "In K. Marx and F. Engels, Soch.", "… Novyi mir, 1970, no." / "8." (or
        # "9.Shifman, M. …", the next entry glued on). A journal's "Ibid., 1959, no. 1." after an entry
        # that ended with its numbers ("… 1958, no. 4.") is an entry of its own; after a title's chapter
        # and no year ("Engels, F. Anti-Dühring, part 2, ch. 7." / "Ibid., vol. 20."), the container of it.
        # Nor is it after an entry that ended with the numbers of a container of its own ("Lenin, V. I. “O
        # kooperatsii.” Ibid., vol. 45." / "Ibid., vol. 44, pp. 151–52.").
        return not (
            line.startswith(_IBID_STARTS) and last == "." and previous[-2:-1].isdigit() and (
                _A_YEAR.search(previous) or _names_a_container(previous, p)
            )
        )
    if last == "." and p.authors_of_works.match(line) and (
        p.author_start.match(previous) and not p.imprint_in_entry.search(previous)
        and not previous.endswith(_IBID_ENDS)
    ) and (
        # (a title's volume too, where no works, container, Ibid. nor year came before: "Marx, K. Kapital, vol. 1." / …)
        not previous[:-1].rstrip(")]")[-1:].isdigit()
        or not (_names_a_container(previous, p) or _A_YEAR.search(previous))
    ):
        # "Marx, K. Klassovaia bor’ba vo Frantsii s 1848 po 1850 g." / "Marx, K., and F. Engels. Soch., 2nd ed., …":
        # the collected works that hold a title printed with no imprint, their authors inverted
        return True
    if _serial_with_its_years(previous, line, p):
        return False  # "… Berlin, 1935." / "Kristallografiia, 1956– . (Journal.)": a serial, not a second imprint
    # (An author alone and an imprint alone are short: the length tests spare most lines the patterns.)
    if (len(previous) < 2 * _SHORT and p.author_only.fullmatch(previous)) or (
        len(line) < _SHORT and (
            _an_imprint_alone(previous, line, p)
            # (a joint imprint's cities too: "… vols. 1–2." / "Berlin-Moscow-St. Petersburg," / "1913.")
            or (line[-1:] in _CITY_CUT_AT and is_known_place(line[:-1], p.tables.places))
        )
    ):
        # "Lar’kin, V. G." / "Udegeitsy. …": an author alone begins an entry; "… v derevne." / "Moscow,
        # 1968.": an imprint alone ends one, and so does a city cut at its dash ("… part 1." / "Moscow-"); but
        # after an imprint, a title with its years is an entry ("… Moscow, 1976." / "Ezhegodnik MKhT [1943–1960].")
        return True
    last_word_at = previous.rfind(" ")
    last_word = previous[last_word_at + 1 :]
    if (previous.endswith(p.label_ends) and not previous[last_word_at - 1 : last_word_at].isdigit()) or (
        last_word in p.tables.unfinished_line_ends or last_word in p.tables.months
    ):
        # "… 1958, vol." / "72.": a label, its number on the next line ("… 1950. 215 pp." counts pages: no label);
        # "… Geptner and" / "N. P. Naumov."; a date cut after its month: "… Izvestiia, Oct." / "14, 1934."
        return True
    if last == "." and previous[-2:-1].isupper() and tail_search(_CREDIT_CUT_IN_A_NAME, previous, 200):
        # "… Edited by E. A. Zhelubovskaia, A. Z." / "Manfred, A. I. Molok, and F. V.", "… Edited by E. A." /
        # "Zhelubovskaia, A. Z. Manfred, …": the credit's name, cut after its initials, is no author of an entry
        return True
    if last == "]" and line[:1].isdigit() and (previous.endswith(_SUPPLIED_LABELS) or (
        (years := _YEARS_THEN_A_SENTENCE.match(line)) and p.bare_imprint.fullmatch(line[years.end() :].strip())
    ) or (
        _A_YEAR_FIRST.match(line) and previous.rpartition("[")[2][:-1] in p.tables.places
    )):
        # "Ocherki istorii russkoi sovetskoi zhurnalistiki, [vol. 1]" / "1917–1932. Moscow, 1966.": the years
        # the volume covers, and its imprint (years alone are no title of an entry); "…, [vols.]" / "1–2. Riga,
        # 1959–62.": the numbers of a label the editors supplied; "… book 1. [Moscow]" / "1950.": a city the editors
        # supplied, its year on the next line
        return True
    if last == "." and _INITIALS_AFTER_A_COMMA.search(previous, max(0, len(previous) - 16)):
        # "… Shibanov A. S., A. M." / "Liapunov, M., 1985.": a name cut after its initials, its family name on the
        # next line, whatever that looks like (no entry ends with initials after a comma)
        return True
    if last in ".)" and (apa := _APA_HEAD.match(previous)) and (
        apa.end() == len(previous) or (_APA_IMPRINT_START.match(line) and not _APA_IMPRINT_START.search(previous))
    ):
        # An author-date entry as APA prints it, cut where the page wraps: its authors and year alone ("Kabanov,
        # V. V. (1988)." / "Krest’ianskaia obshchina. …"), or its title, the imprint on the next line ("… commune,
        # 1905–1930." / "Stanford: Stanford University"), which a title's years do not end
        return True
    if p.author_start.match(line) or (last == "." and _author_in_full(line) and (
        p.author_start.match(previous) or _author_in_full(previous)
    )):
        # (an author's given names in full, after another author's entry: "… Moscow: Izd-vo AN SSSR." / "Pipes,
        # Richard. Struve: …", as a list with no imprint years at the entries' ends prints them)
        return False
    # An imprint with a note ends an entry ("Moscow, 1969. (A collection of works.)"); an author's
    # entry that shows no year yet goes on ("Medvedev, G. S. Zhuki-chernotelki." / "Podsemeistvo …").
    imprint = p.bare_imprint.match(line) if _may_open_with_a_year(line) else None
    if imprint and previous.endswith(_ENTRY_ENDS) and _title_with_its_years(line, imprint.end(), p) and not (
        # (not after an author's title cut after its years, with no imprint nor number yet: "Ivanov, I. I.
        # Ocherki istorii 1917–1937 gg." / "Kazakhstana 1917–1937 gg. Moscow, 1961.")
        p.author_start.match(previous) and not p.imprint_in_entry.search(previous)
        and not previous[:-1].rstrip(")]")[-1:].isdigit()
    ):
        return False  # after a finished entry (not "Institut … AN" / "SSSR, 1905–1955. Moscow-Leningrad, 1955.")
    if (imprint and (imprint.group(0).endswith(".") or line[imprint.end() :].lstrip()[:1] in ("(", "[", ";"))) or (
        first in "([" and _note_then_imprint(line, p)
    ):
        # "Moscow, 1954. Pages 182–208.", "Yerevan, 1958; 2nd ed., 1964.", "(Paleolit Kryma, fasc. 1.)",
        # "[Introduction by I. I. Ivanov.] Moscow, 1900.": the imprint and notes of an entry
        return True
    if first == "[" and p.credit.match(line):
        # "Sobr. soch., vols. 1–4." / "[Introductory article by B." / "Griban.] Moscow, 1968.": a bracketed credit,
        # its imprint after it on a later line, is the entry's above (no entry begins with one)
        return True
    if last == "." and (previous[:-1].rstrip(")]")[-1:].isdigit() or _ends_undated(previous, p)):
        # an entry ends so: "… Moscow, 1948.", "… Poln. sobr. soch., 5th ed., vol. 22.", "… 1900, no. 1 (34).",
        # "… Prague-Leningrad [1966]." (a year the book does not print), "… Kazan, [n.d.]." (no year at all)
        return False
    if last == "." and _cut_off(previous, p.tables.months):
        return True  # "… Edited by V. G." / "Geptner and N. P. Naumov. Moscow, 1967.": a name cut off
    if previous.endswith(_IBID_ENDS):
        return False  # "Lenin, V. I. Velikii pochin. Ibid.": in the container of the entry before, and whole
    if last == "”" or (last in ".)" and _quoted_title_alone(previous)):
        # a quoted title, whose book or journal follows: "“Sergei Nikolaevich Blazhko” (obituary)." /
        # "Astronomicheskii zhurnal, 1956, vol. 33, issue 2."
        return True
    if last == "." and (first.isdigit() or first == "[") and _YEAR_FIRST_ON_A_LINE.match(line) and (
        last_word[:-1] in p.tables.places or (previous.endswith(f", {last_word}") and last_word in p.tables.regions)
    ):
        # "… part 2, Oslo." / "1944; part 3, Oslo, 1956.": a city, a period for its comma, then its year; and a
        # city's state: "… Bloomington, Ind." / "[1969]."
        return True
    abbreviated = _QUOTE_MARKS.split(last_word)[-1]
    if last == "." and abbreviated[:1].isupper() and abbreviated in p.tables.periodical_words:
        # "… v 1941–44 gg.”Tr." / "Gos. astronomicheskogo in-ta …": a container's abbreviated first word (Trudy,
        # Izvestiia) ends no entry
        return True
    if (p.author_start.match(previous) or (last == "." and last_word in p.tables.title_abbreviations)) and not (
        p.imprint_in_entry.search(previous)
    ):
        # An author's entry without its imprint yet, or a title cut after its years: "Narody Kryma 1917–1937
        # gg." / "Issledovaniia. Moscow, 1961." (the years a title names are no imprint)
        return True
    return not previous.endswith(_ENTRY_ENDS)


_QUOTE_MARKS = re.compile(r"[“”«»\"]")
_APA_HEAD = re.compile(_APA_HEAD_TEXT)
# APA's imprint: a city and a publisher after a colon, with no year
_APA_IMPRINT_START = re.compile(
    rf"(?:^|(?<=\.\s))[{UPPER}][{LOWER}]+(?:[\s-][{UPPER}][{LOWER}]+)?(?:,\s[A-Z]{{2}})?:\s[{UPPER}]"
)
# An author's family name and given names in full, a name's period after them: "Pipes, Richard. "
_AUTHOR_IN_FULL = re.compile(rf"({FAMILY}),\s([{UPPER}][{LOWER}’]+(?:\s[{UPPER}][{LOWER}’]+)?)\.\s")


def _author_in_full(line: str) -> bool:
    """Whether a line begins with an author's family name and given names in full, which no common word is
    (a title's "Stat’i, Pis’ma." is none).

    >>> _author_in_full("Pipes, Richard. Struve: Liberal on the Left."), _author_in_full("Stat’i, Pis’ma. Moscow.")
    (True, False)
    """
    m = _AUTHOR_IN_FULL.match(line)
    return m is not None and not any(is_common_russian_word(word.lower()) for word in m.group(2).split())


def _serial_with_its_years(previous: str, line: str, p: _Patterns) -> bool:
    """Whether a line that opens with a word and a year is a serial's run (``Kristallografiia, 1956–.``), not
    the imprint of the entry before, which ended with its own, in a city the table knows: the word is none.

    >>> _serial_with_its_years("Bragg, W. L. The Crystalline State. London, 1933.", "Kristallografiia, 1956–.",
    ...                        patterns())
    True
    >>> _serial_with_its_years("Pesni. Leningrad, 1965.", "Kazan, 1966.", patterns())
    False
    >>> _serial_with_its_years("Wittkower, R. Art in Italy, 1600 to 1750.", "Harmondsworth, 1958.", patterns())
    False
    """
    if not (previous.endswith(".") and previous[-2:-1].isdigit() and _may_open_with_a_year(line)):
        return False
    # (a title that ends with its years is no imprint: "Art in Italy, 1600 to 1750." / "Harmondsworth, 1958.")
    imprint = tail_search(p.imprint_at_end, previous, 60)
    return bool(
        imprint and _starts_with_a_place(imprint.group(0)[1:].lstrip("[ "), p) and p.bare_imprint.match(line)
        and not _starts_with_a_place(line, p)
    )


def _title_with_its_years(line: str, imprint_end: int, p: _Patterns) -> bool:
    """Whether what reads as an imprint at a line's start is a title naming its years, since the
    line's own imprint follows: a word no table knows as a city, then a place and a year.

    >>> _title_with_its_years("Dnevniki, 1873–1891. Moscow-Petrograd, 1923.", 20, patterns())
    True
    >>> _title_with_its_years("Moscow, 1954. Pages 182–208.", 13, patterns())
    False
    >>> _title_with_its_years("Leningrad, 1965. Kazan, 1966.", 16, patterns())
    False
    """
    return not _starts_with_a_place(line, p) and bool(p.imprint_in_entry.search(line, imprint_end))


def _references_of_a_section(block: Block, p: _Patterns) -> bool:
    """Whether an unheaded block that body text follows is a section's references (a long article
    prints them after each of its sections), not body text that read as entries: each entry names a
    work before its imprint, and is no longer than an entry runs.

    >>> entry = RawEntry("Istoriia armianskogo naroda, vols. 1–2. Yerevan, 1951.", Span(0, 1), 1)
    >>> _references_of_a_section(Block("", (entry,)), patterns())
    True
    >>> _references_of_a_section(Block("", (RawEntry("Moscow, 1905.", Span(0, 1), 1),)), patterns())
    False
    """
    for entry in block.entries:
        imprint = p.imprint_in_entry.search(entry.text) if len(entry.text) < _SECTION_ENTRY_MAX else None
        if imprint is None or not entry.text[: imprint.start()].rstrip().endswith(_TITLE_ENDS):
            return False
    return True


# The longest entry of a section's references: longer text that read as entries is a paragraph.
_SECTION_ENTRY_MAX = 300
# How the title sentence before an imprint ends: "Armeniia.", "“Kibernetika.”", "Sochineniia, vol. 2,".
_TITLE_ENDS = (".", "”", ",", "?", "!", ")", "]")


def _quoted_title_alone(entry: str) -> bool:
    """Whether an entry so far is a quoted title with nothing after it but a note: its book or journal
    is still to come.

    >>> _quoted_title_alone("“Sergei Nikolaevich Blazhko” (obituary)."), _quoted_title_alone("“Komety.” Priroda, 1961.")
    (True, False)
    """
    closing = entry.rfind("”")
    if closing < 0 or "“" not in entry[:closing]:
        return False
    after = entry[closing + 1 :].strip()
    if after.startswith("("):
        after = after[after.find(")") + 1 :] if ")" in after else after
    return after.strip(" .,") == ""


def _note_then_imprint(line: str, p: _Patterns) -> bool:
    """Whether a line is a note in parentheses or brackets, alone or before the imprint.

    >>> _note_then_imprint("[Introduction by I. I. Ivanov.] Moscow, 1900.", patterns())
    True
    >>> _note_then_imprint("(Paleolit Kryma, fasc. 1.)", patterns())
    True
    >>> _note_then_imprint("[Khiazhiev, Z.] G”orl”a. Ordzhonikidze, 1960.", patterns())
    False
    >>> _note_then_imprint("(Tr. Khorezmskoi arkheologoetnograficheskoi", patterns())
    True
    >>> _note_then_imprint("(Teoreticheskaia fizika, vol. 5.) (With E. M.", patterns())
    True
    """
    if line[:1] == "(" and (line.rstrip(".").endswith(")") or ")" not in line):
        return True  # (or a note that the page cut where it wraps: "(Tr. Khorezmskoi" / "ekspeditsii, vol. 5).")
    end = line.find(")" if line[:1] == "(" else "]")
    rest = line[end + 1 :].strip() if end > 0 else "-"
    if rest[:1] in ("(", "[") and rest[:1] == line[:1]:
        # notes one after another, the last maybe cut where the page wraps: "(Teoreticheskaia fizika, vol. 5.)
        # (With E. M." / "Lifshits.)"
        return _note_then_imprint(rest, p)
    return not rest.strip(".") or bool(p.bare_imprint.fullmatch(rest))


def _may_open_with_a_year(line: str) -> bool:
    """A cheap test before the imprint pattern: a year follows the first comma, period or bracket, near
    the start ("Moscow, 1954.", "[Tskhinvali] 1961.", "St. Petersburg, 1894."), or a city's state.

    >>> _may_open_with_a_year("Ann Arbor, Mich., 1969–71. (Memoirs …)"), _may_open_with_a_year("Ann Arbor is a city.")
    (True, False)
    """
    return bool(_YEAR_NEAR_THE_START.match(line))


# The most lines one entry is read from: a longer run of cut-off lines is no entry, and the bound
# keeps joining linear on a page of them.
_MAX_ENTRY_LINES = 12


def _initials_alone(text: str, p: _Patterns) -> bool:
    """Whether a piece of a line is initials alone, as a signature sets them too: in capitals ("M. IA.").

    >>> p = patterns()
    >>> _initials_alone("M. IA.", p), _initials_alone("P. V.", p), _initials_alone("Ryby.", p)
    (True, True, False)
    """
    return bool(p.initials_only.fullmatch(text) or p.initials_only.fullmatch(_CAPITAL_INITIAL.sub(_lowered, text)))


# An initial of two or three letters set in capitals, as in a signature: "IA.", "KH.", "SHCH."
_CAPITAL_INITIAL = re.compile(r"\b([A-Z])([A-Z]{1,3})\.")


def _lowered(m: re.Match) -> str:
    return f"{m.group(1)}{m.group(2).lower()}."


def _left_unfinished(entry: str) -> bool:
    """Whether an entry stops where nothing but more of it can follow: after a comma, a colon or a dash,
    inside a quote, bracket or parenthesis, or right after its quoted title (its book or journal to come).

    >>> _left_unfinished("Smith, J. “Further Experiments with Liquid Helium.”"), _left_unfinished("Ryby. Moscow, 1948.")
    (True, False)
    """
    return entry[-1:] in _UNFINISHED_ENDS or any(
        opening in entry and entry.count(opening) > entry.count(closing) for opening, closing in _PAIRS
    )


_UNFINISHED_ENDS = frozenset(",:”-–—")


def _label_alone(classified: list, index: int, p: _Patterns) -> bool:
    """Whether the line before the one at ``index`` (blank lines aside) is a sub-list's label with nothing
    after it ("In Russian translation:")."""
    before = index - 1
    while before > 0 and classified[before][4] == BLANK:
        before -= 1
    if before < 0 or classified[before][4] != LABEL:
        return False
    label = classified[before][3].strip()
    m = p.label.match(label)
    return m is None or not label[m.end() :].strip()


def _imprint_on_the_next_line(line: str, following: str, p: _Patterns) -> bool:
    """Whether the next line completes a line with its number and imprint, or its imprint alone, as an
    entry whose title reads as prose goes on.

    >>> p = patterns()
    >>> _imprint_on_the_next_line("Handbook of the Birds of Europe, vol.", "2. Oxford, 1980.", p)
    True
    >>> _imprint_on_the_next_line("Handbook of the Birds of Europe, vol. 2.", "Oxford, 1980.", p)
    True
    >>> _imprint_on_the_next_line("Handbook of the Birds of Europe, the Middle East and", "vol. 2. Oxford, 1980.", p)
    False
    >>> _imprint_on_the_next_line("Handbook of the Birds of Europe, the Middle East,", "vol. 2. Oxford, 1980.", p)
    True
    >>> _imprint_on_the_next_line("Handbook of the Birds of Europe, the Middle East, vol. 2. Oxford,", "1980.", p)
    True
    >>> _imprint_on_the_next_line("The birds of Europe were described by him.", "He lived in Oxford.", p)
    False
    """
    if line.rstrip().endswith(p.label_ends):
        return following[:1].isdigit()
    if _YEAR_FIRST_ON_A_LINE.match(following) and _imprint_cut_at_the_end(line, p):
        return True  # "… North Africa, vol. 2. Oxford," / "1980.": the year cut off
    if line.rstrip().endswith(",") and (numbers := _NUMBERS_BEFORE_AN_IMPRINT.match(following.strip())):
        following = following.strip()[numbers.end() :]  # "… North Africa," / "vol. 2. Oxford, 1980."
    return len(following) < _SHORT and bool(p.bare_imprint.fullmatch(following.strip()))


# A work's edition or numbers that begin a line, its imprint after them: "vol. 2. Oxford, 1980.", "2nd ed.
# London, 1977."
_NUMBERS_BEFORE_AN_IMPRINT = re.compile(
    rf"(?:\d{{1,2}}(?:st|nd|rd|th|d)\sed\.|(?:vols?\.|parts?|books?|nos?\.|issues?)\s\d+(?:[{DASH}]\d+)?)\.?\s"
)


def _prose_goes_on(entry: str, line: str, p: _Patterns) -> bool:
    """Whether a line that reads as prose goes on with the block's last entry: the entry was left
    unfinished, or it stops mid-sentence (no period; a last word no sentence ends with, or the line
    goes on in lowercase), as an English title cut where the page wraps does.

    >>> p = patterns()
    >>> _prose_goes_on("Wiener, N. Cybernetics, or Control and", "Communication in the Animal and the Machine,", p)
    True
    >>> _prose_goes_on("Wiener, N. Cybernetics, or Control and Communication in", "the Animal and the Machine,", p)
    True
    >>> _prose_goes_on("Wiener, N. Cybernetics. New York, 1961.", "The theory of control was founded by him.", p)
    False
    >>> _prose_goes_on("Eve, A.", "S. Rutherford: Being the Life and Letters of the Rt. Hon.", p)
    True
    >>> _prose_goes_on("Pais, A. Subtle", "Is the Lord … : The Science and the Life of Albert Einstein.", p)
    True
    """
    if _left_unfinished(entry) or (len(entry) < 2 * _SHORT and p.author_only.fullmatch(entry)):
        return True  # (or it is an author alone, cut where the page wraps: "… Eve, A." / "S. Rutherford: Being the …")
    if entry.endswith(_ENTRY_ENDS):
        return False
    if len(entry) < 2 * _SHORT and (author := p.author_start.match(entry)) and ". " not in entry[author.end() :]:
        return True  # an author and the first words of their title: "… Pais, A. Subtle" / "Is the Lord … : The …"
    return line.lstrip()[:1].islower() or entry.rsplit(None, 1)[-1].lower() in p.tables.unfinished_line_ends


def _may_grow(entry: RawEntry, text: str) -> bool:
    """Whether another line may be joined to an entry (it spans fewer than the most lines an entry may)."""
    return text.count("\n", entry.span.start, entry.span.end) < _MAX_ENTRY_LINES - 1


def _label_cut_at_the_wrap(previous: str, line: str, p: _Patterns) -> tuple[str, int] | None:
    """A sub-list's label that a page wrapping its lines cut, its first words at the end of the entry above and
    the rest at this line's start: those first words, and where the label ends on this line.

    >>> _label_cut_at_the_wrap("Kogutud teosed. Tallinn, 1978–93. In Russian", "translation: Izbr. proizv.", patterns())
    ('In Russian', 12)
    >>> _label_cut_at_the_wrap("Ocherki. Moscow, 1950.", "translation: Izbr. proizv.", patterns()) is None
    True
    >>> _label_cut_at_the_wrap("Ocherki. Moscow, 1950. (BibliographyIn Russian", "translation:.)", patterns()) is None
    True
    """
    stripped = line.strip()
    if "ranslation" not in stripped[:40]:
        return None  # (the common case, told by one search)
    for label in p.tables.translation_labels:
        for cut in (i for i, ch in enumerate(label) if ch == " "):
            head, tail = label[:cut], label[cut + 1 :]
            # (after the entry's end, a sentence's: not "… (BibliographyIn Russian" / "translation:.)")
            if previous.endswith(head) and stripped.startswith(tail) and (
                (before := previous[: -len(head)].rstrip()) == "" or before[-1] in ".)]"
            ):
                return head, len(tail)
    return None


def _drop_a_labels_head(entries: list[RawEntry], lines: list[Span], head: str) -> None:
    """Cut a label's first words off the block's last entry and off the line they end (its text, as the block
    reads it, holds them no more: nothing of it is lost), in the lists the segmenter builds the block in.

    >>> entries, lines = [RawEntry("Dzeja. Riga, 1965.", Span(0, 18), 1), RawEntry("In", Span(19, 21), 2)], [
    ...     Span(0, 18), Span(19, 21)]
    >>> _drop_a_labels_head(entries, lines, "In")
    >>> [e.text for e in entries], lines
    (['Dzeja. Riga, 1965.'], [Span(start=0, end=18)])
    """
    end = entries[-1].span.end
    entries[-1:] = _before_a_labels_head(entries[-1], head)
    for i in range(len(lines) - 1, -1, -1):
        # (the line's piece may hold the blanks after the entry: "In Russian " before an inline label)
        if lines[i].start < end <= lines[i].end:
            cut = end - len(head)
            lines[i : i + 1] = [Span(lines[i].start, cut)] if cut > lines[i].start else []
            break


def _before_a_labels_head(entry: RawEntry, head: str) -> list[RawEntry]:
    """The entry without the first words of a label that end it (none left when they are all it holds).

    >>> [e.text for e in _before_a_labels_head(RawEntry("Dzeja. Riga, 1965. In Russian", Span(0, 29), 1), "In Russian")]
    ['Dzeja. Riga, 1965.']
    >>> _before_a_labels_head(RawEntry("In", Span(0, 2), 1), "In")
    []
    """
    if entry.text == head:
        return []
    return [replace(entry, text=entry.text[: -len(head)].rstrip(), span=Span(entry.span.start,
                                                                             entry.span.end - len(head) - 1))]


def _join_wrapped(previous: RawEntry, pieces: list[RawEntry]) -> list[RawEntry]:
    """The entry before, with the first piece of the line that goes on with it joined on (a line-end
    dash kept with what follows: "Moscow-" "Leningrad"), then the line's other pieces (entries glued
    on after it: "Leningrad, 1968.Shneider, E. R. …"). The span of the joined entry covers both lines.

    >>> wrapped = _join_wrapped(RawEntry("Berg, L. S. Ryby. Moscow-", Span(0, 25), 1),
    ...                         [RawEntry("Leningrad, 1948.", Span(26, 42), 2), RawEntry("Zhizn’.", Span(42, 49), 2)])
    >>> [(entry.text, entry.span.end) for entry in wrapped]
    [('Berg, L. S. Ryby. Moscow-Leningrad, 1948.', 42), ('Zhizn’.', 49)]
    """
    if not pieces:
        return [previous]
    first, *rest = pieces
    joined = RawEntry(joined_lines(previous.text, first.text),
                      Span(previous.span.start, first.span.end), previous.line, previous.translated)
    return [joined, *rest]


def _starts_a_block(line: str, classified: list, index: int, p: _Patterns) -> bool:
    """Whether a line with no sign of an entry nor of prose, where no block is open, starts one: the
    next line is an entry ("Stikhi. Moscow." / "Lirika. Moscow, 1965."), or goes on with this one and
    the lines make an entry ("Ocherki istorii literatury. Gorno-Altaisk," / "1969."; four at most, as a
    page that wraps its lines cuts a long one).

    >>> page = [(1, 0, 0, "“Issledovanie rezul’tatov astronomicheskikh nabliudenii Sluzhby vremeni", OTHER),
    ...         (2, 0, 0, "GAISH v 1941–44 gg.”Tr. Cos. astronomicheskogo in-ta im. P. K.", OTHER),
    ...         (3, 0, 0, "Shternberga, 1950, vol. 18, fasc. 2.", ENTRY)]
    >>> _starts_a_block(page[0][3], page, 0, patterns())
    True
    """
    joined, line_no = line.strip(), classified[index][0]
    for following_no, _, _, following, kind in classified[index + 1 : index + 1 + _LINES_TO_AN_ENTRY]:
        if following_no != line_no + 1 or kind not in (ENTRY, OTHER, TITLE):
            return False
        if kind == ENTRY and line_no == classified[index][0] and not following.lstrip()[:1].islower() and (
            joined.count("(") <= joined.count(")")
        ):
            # The next line is an entry, unless this one leaves a parenthesis open, which the next goes on
            # with ("The theory was created in 1957 (J. Bardeen, L." / "Cooper, …, Physical Review, 1957,")
            return True
        if not _continues(joined, following.strip(), p):
            return False
        # (a line-end dash goes on with what follows, as the entry joins it: "Rostov-" / "on-Don, 1900.")
        joined, line_no = joined_lines(joined, following.strip()), following_no
        # (Signs only inside a parenthesis are a citation in running text: "Lenin called Tolstoi “the mirror
        # of the Russian revolution” (Poln. sobr." / "soch., 5th ed., vol. 17, p. 206). Tolstoi wrote …")
        if _signals_outside_parentheses(joined, p)[0] > 0:
            # (not English running text that names a source at its end: "(MKhAT; full name, …), founded in" /
            # "1898 by …" / "… in My Life in Art (Sobr. soch., vol. 1, Moscow, 1954).", a paragraph the page wrapped)
            return classify(joined, p) == ENTRY
    return False


_WORD_CUT_BY_A_HYPHEN = re.compile(rf"[{LOWER}]-$")


def _began_an_entry(
    title: tuple[int, int, int, str] | None, line_no: int, line: str, p: _Patterns, wrap_width: int = 0
) -> bool:
    """Whether a title-like line right before an entry's line was the start of that entry, wrapped:
    three words or more (a heading or a headword has fewer, or a comma), or two that a page wrapping
    its lines cut where the next word would not have fit (a headword is shorter), cut off, and the
    entry's line goes on with it.

    >>> _began_an_entry((4, 0, 0, "Programmnye dokumenty bor’by za mir, demokratiiu i"), 5, "sotsializm. Moscow, 1961.",
    ...                 patterns())
    True
    >>> _began_an_entry((4, 0, 0, "Literature"), 5, "Zhizn’ zhivotnykh, vol. 4. Moscow, 1971.", patterns())
    False
    >>> _began_an_entry((4, 0, 0, "Istoriia dages-"), 5, "tanskoi literatury. Makhachkala, 1967.", patterns())
    True
    >>> _began_an_entry((4, 0, 0, "Problemy vysokotemperaturnoi"), 5, "sverkhprovodimosti. Edited by V. L.",
    ...                 patterns(), wrap_width=45)
    True
    >>> _began_an_entry((4, 0, 0, "Proletarskii"), 5, "internatsionalizm—vysshii printsip", patterns(), wrap_width=35)
    True
    """
    if title is None or title[0] != line_no - 1:
        return False
    previous = title[3].strip()
    if _WORD_CUT_BY_A_HYPHEN.search(previous) and line.lstrip()[:1].islower():
        return True  # a word the line's end cut with a hyphen, which the line goes on with: "Istoriia dages-"
    words = len(previous.split())
    cut = words < 3 and bool(wrap_width) and _cut_at_the_wrap(previous, line, wrap_width)
    # (one word, when the next line goes on in lowercase: "Proletarskii" / "internatsionalizm—vysshii printsip")
    return (words >= 3 or (cut and (words == 2 or line.lstrip()[:1].islower()))) and (
        _continues(previous, line.strip(), p)
    )


# The most title-like lines a narrow page cuts an entry's title into before the line that shows it an entry
_TITLE_LINES_MAX = 4


def _begins_an_entry_over_several_lines(classified: list, index: int, p: _Patterns, wrap_width: int) -> bool:
    """Whether a title-like line in a block and the title-like lines after it begin the entry that the line
    after them goes on with: a title a narrow page cut more than once ("Poliomyelitis: Papers and" /
    "Discussions Presented at the Fifth" / "International Poliomyelitis" / "Conference. Philadelphia-Montreal,").
    """
    joined = classified[index][3].strip()
    for offset in range(1, min(_TITLE_LINES_MAX + 1, len(classified) - index)):
        previous, following = classified[index + offset - 1], classified[index + offset]
        if following[0] != previous[0] + 1 or following[4] not in (TITLE, ENTRY, OTHER) or not _began_an_entry(
            (previous[0], 0, 0, joined), following[0], following[3], p, wrap_width
        ):
            return False
        if following[4] != TITLE:
            return offset >= 2  # (one line before an entry's is the caller's to tell)
        joined = f"{joined} {following[3].strip()}"
    return False


# The first letters of a site line that show it, cut off by the page: "The Great Sov".
_SITE_LINE_HEAD = 9


def _truncated_site_line(line: str, p: _Patterns) -> int:
    """Where the copyright line glued to the last entry and cut off by the page begins; 0 if none.

    >>> _truncated_site_line("Pisateli Tuvy. Kyzyl, 1970.The Great Sov", patterns())
    27
    >>> _truncated_site_line("Pisateli Tuvy. Kyzyl, 1970.", patterns())
    0
    """
    if not line[-1:].isalnum():
        return 0  # an entry ends so: only a line cut off ends in a letter
    for site_line in p.tables.article_end_prefixes:
        at = line.rfind(site_line[:_SITE_LINE_HEAD])
        if at > 0 and site_line.startswith(line[at:].rstrip()) and _ends_an_entry(line, at):
            return at
    return 0


def _ends_an_entry(line: str, at: int) -> bool:
    """Whether ``line[:at]`` ends as an entry does, right before a glued heading or site line."""
    before = line[max(0, at - 2) : at]  # at most one space between (only these characters: linear time)
    if before[-1:].isspace():
        before = before[:-1]
    return before[-1:] in (".", ")", "]", "”")


# A parenthesis or a bracket, closed or left open at the line's end.
_NOTE = re.compile(r"\([^()]*(?:\)|$)|\[[^\[\]]*(?:\]|$)")
# (a city with its state: "Ann Arbor, Mich., 1969–71.", "Ithaca, N.Y., 1960.")
_YEAR_NEAR_THE_START = re.compile(
    r"(?:St\. )?[^,.\]]{2,30}(?:, (?:[A-Z][a-z]{0,5}\.|[A-Z]\.[A-Z]\.))?[,.\]] \[?[12]\d{3}"
)
# A label the editors supplied, its number on the next line where the page wraps: "[vol.]" / "2."
_SUPPLIED_LABELS = ("[vol.]", "[vols.]")
_A_YEAR_FIRST = re.compile(rf"{YEAR}\b")
# Years alone, as a sentence: "1917–1932. "
_YEARS_THEN_A_SENTENCE = re.compile(rf"{YEAR_RANGE}\.\s")
# A credit's list of names cut after the initials of one: "Edited by E. A.", "Edited by E. A. Zhelubovskaia,
# A. Z.", "… by A. Ulugberdiev and A."
_CREDIT_CUT_IN_A_NAME = re.compile(rf"\sby\s(?:{INITIALS}\s?{FAMILY}(?:,\s(?:and\s)?|\sand\s))*{INITIALS}$")
# An initial that ends a line: "A. S.", "M. Iu." (not OCR's "1." for "I.", which ends every year).
_INITIAL_AT_END = re.compile(rf"(?:^|\s)[{UPPER}](?:h|u|a|o|e|s|hch|zh)?\.$")
# Two lines with text one after the other. The line break comes first in the pattern, so that the
# search jumps from one to the next. (After a space or a tab the line above may be blank: see below.)
_CONSECUTIVE_LINES = re.compile(r"\n(?:(?<=\S\n)|(?<=\S\r\n)|(?<=[ \t]\n)|(?<=[ \t]\r\n))(?=[^\S\n]*\S)")


def _has_consecutive_lines(text: str) -> bool:
    """Whether two lines with text follow one another anywhere on the page, trailing spaces or not.

    >>> _has_consecutive_lines("Title\\n\\nA. Moscow, 1960.  \\nB. Moscow, 1961.\\n")
    True
    >>> _has_consecutive_lines("Title\\n \\nBody.\\n\\nA. Moscow, 1960.\\n")
    False
    """
    for m in _CONSECUTIVE_LINES.finditer(text):
        if text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip():
            return True  # (not a line of spaces alone: a blank line)
    return False


def _glued_cuts(line: str, a: int, b: int, p: _Patterns) -> list[int]:
    """Where entries glued without a space meet ("1956.Lar’kin"). A straight quote after the cut
    must open a title, which it does after an even number of them (``gg."Tr. Cos.`` closes one,
    ``2."Predvaritel'nyi`` opens one); they are counted as the line is read, once.

    >>> line = '"Issledovanie 1941-44 gg."Tr., 1950, vol. 18, fasc. 2."Predvaritel'
    >>> [line[cut:cut + 5] for cut in _glued_cuts(line, 0, len(line), patterns())]
    ['"Pred']
    """
    cuts = []
    quotes, counted_to = 0, 0
    for m in p.glued_split.finditer(line, a, b):
        at = m.end()
        if line[at] == '"':
            quotes += line.count('"', counted_to, at)
            counted_to = at
            if quotes % 2:
                continue
        cuts.append(at)
    return cuts


def _encyclopedia_notice(line: str, p: _Patterns) -> bool:
    """Whether a site line is the notice that the encyclopedia's article follows, or its first piece (a page
    that wraps its lines cuts it).

    >>> p = patterns()
    >>> _encyclopedia_notice("The following article is from The Great Soviet", p)
    True
    >>> _encyclopedia_notice("The Great Soviet Encyclopedia, 3rd Edition (1970-1979).", p)
    False
    """
    return any(
        line.startswith(notice) or (len(line) >= _SITE_LINE_PIECE and notice.startswith(line))
        for notice in p.tables.article_start_prefixes
    )


# Words of running text, which an entry's title seldom holds (English, the translation's)
_PROSE_WORDS = ("the", "was", "were", "is", "are", "his", "her", "he", "she", "which", "that", "has", "had", "its",
                "they", "their", "been", "also")
# Of those, the words no headword holds: a verb or a pronoun of running text
_PREDICATE_WORDS = ("was", "were", "is", "are", "has", "have", "had", "been", "he", "she", "his", "her", "they",
                    "would", "could")
# The same of a page read from the Cyrillic, romanized: its running text is Russian
_RUSSIAN_PROSE_WORDS = ("byl", "byla", "bylo", "byli", "iavliaetsia", "iavliaiutsia", "kotoryi", "kotoraia",
                        "kotoroe", "kotorye", "kotorogo", "kotoroi", "kotorykh", "takzhe", "odnako", "ona", "oni",
                        "eto", "chto", "gde", "kogda", "bolee")
# (not "on", он, which English titles hold too: "Essays on …")
_RUSSIAN_PREDICATE_WORDS = ("byl", "byla", "bylo", "byli", "iavliaetsia", "iavliaiutsia", "ona", "oni")


def _prose(words: tuple[str, ...]) -> re.Pattern:
    return re.compile(rf" (?:{'|'.join(words)})(?=[\s,.;:])")


def _predicate(words: tuple[str, ...]) -> re.Pattern:
    return re.compile(rf" (?:{'|'.join(words)})(?=[\s,.;:]|$)")


@lru_cache(maxsize=1)
def russian_patterns() -> _Patterns:
    """The patterns for a page read from the Cyrillic: its running text is told by Russian words too (the verbs
    and pronouns of running text, which a title seldom holds)."""
    return replace(
        patterns(),
        prose=_prose(_PROSE_WORDS + _RUSSIAN_PROSE_WORDS),
        predicate=_predicate(_PREDICATE_WORDS + _RUSSIAN_PREDICATE_WORDS),
    )


def segment(text: str, russian: bool = False) -> Segmentation:
    """Find the title, the body paragraphs and the bibliography entries of an article page (``russian``: read
    from the Cyrillic, its running text in Russian)."""
    p = russian_patterns() if russian else patterns()
    articles: list[_ArticleBuilder] = []
    body: list[Span] = []
    head: list[str] = []  # title-like lines waiting for a body paragraph
    current: _ArticleBuilder | None = None
    block_kind: str | None = None  # open block: None = none open
    block_heading = ""
    block_entries: list[RawEntry] = []
    block_lines: list[Span] = []
    translated = ""
    # A page that sets every line apart with a blank line (each entry its own paragraph) can only
    # mark the end of a block with more than one.
    block_gap = 0 if _has_consecutive_lines(text) else 1
    wrap_width = _wrap_width(text)
    blanks_in_block = 0
    last_title: tuple[int, int, int, str] | None = None  # the title-like line just read, if the last one
    in_table = False  # reading a table's caption and rows
    after_prose = prose_cut_off = False  # the line before was body text; it stopped mid-sentence
    last_prose_line = ""
    open_parentheses = 0  # in the body paragraph being read: one may run over its lines
    paragraph_start = paragraphs = 0  # where the body paragraph being read began; how many were read
    opening_start = 0  # where the body text of the article being read began
    site_line_open = False  # the line before was a site line cut off
    # The encyclopedia's notice that its article follows: the page's title is that article's, not that of
    # another dictionary's entry printed above it. (The index the next article takes.)
    encyclopedia_article: int | None = None

    def close_block() -> None:
        nonlocal block_kind, block_entries, translated, block_heading, block_lines
        if block_kind is not None and current is not None and block_entries:
            # (the last keeps its semicolon: no work follows it)
            entries = (*map(_without_a_final_semicolon, block_entries[:-1]), block_entries[-1])
            current.blocks.append(Block(block_kind, entries, block_heading, tuple(block_lines)))
        block_kind, block_entries, translated, block_heading, block_lines = None, [], "", "", []

    def ensure_article() -> _ArticleBuilder:
        nonlocal current
        if current is None:
            current = _ArticleBuilder(title="")
            articles.append(current)
        return current

    classified = []  # read up to the site's footer only: what follows it is never classified
    for item in _classified_lines(text, p):
        classified.append(item)
        if item[4] == STOP:
            break
    for index, (line_no, start, end, line, kind) in enumerate(classified):
        if kind == STOP:
            break
        if kind == PROSE and block_kind is not None and len(line) > _LONG_LINE:
            # ("Behnke, R. J. “The Systematics of …” Journal of the … Norden, C. R. …": entries run together, under
            # a heading or after entries, read again as the block's)
            kind = classify(line, p, in_a_block=True)
        elif kind == PROSE and block_entries and wrap_width and _may_open_with_a_year(line) and (
            p.bare_imprint.match(line.strip()) and not _A_YEAR.search(block_entries[-1].text)
        ):
            # "… Grzimeks Tierleben, vol. 7." / "Zürich, 1968. Handbook of the Birds of Europe, the Middle East …":
            # a line that begins with the imprint of the entry above, whatever English follows, is the block's
            kind = ENTRY
        elif kind == TITLE and block_kind is not None and index > 0 and classified[index - 1][0] == line_no and not (
            _in_english(_next_line(classified, index), p)
        ):
            # "Moscow, 1969.Metody" / "elementoorganicheskoi khimii: …": the next entry, run on after the one
            # before on the same line (but the site glues the next article's headword on so, its English
            # definition below it: "… Vladivostok, 1958.Udegei" / "the language of the Udegei, …")
            kind = ENTRY
        if in_table:
            in_table = kind not in (BLANK, HEADING, BOUNDARY)  # a table's rows run to a blank line or a heading
            if in_table:
                continue
        if kind == BLANK:
            blanks_in_block += bool(block_entries)
            after_prose = site_line_open = False
            continue
        if site_line_open:
            # The rest of a site line that a page wrapping its lines cut off ("The following article is
            # from The Great Soviet Encyclopedia" / "(1979). It might be outdated or ideologically biased.")
            site_line_open = False
            if kind not in (BOUNDARY, HEADING):
                site_line_open = _site_line_cut_off(line, p)
                continue
        if kind == DROP:
            site_line_open = _site_line_cut_off(line, p) or bool(
                wrap_width and _drop_line_goes_on(line, _next_line(classified, index), wrap_width, p)
            )
            continue
        # A line right after body text goes on with its paragraph when that stopped mid-sentence, or
        # when it reads as running text itself: pages that wrap their lines cut paragraphs anywhere.
        # (A line in lowercase, or inside a parenthesis left open, goes on whatever it looks like.)
        follows_prose = after_prose
        after_prose_cut_off = after_prose and (prose_cut_off or open_parentheses > 0 or (
            line.lstrip()[:1].islower() and not _begins_with_its_author(line, p)  # (not "d’Alembert, J. Traité …")
        ))
        # On a page that wraps its lines, a line of body text that ends a sentence short of the width, the next
        # line's first word fitting on it, ended its paragraph: "… and various medals." / "“Sergei Nikolaevich
        # Blazhko” (obituary). Astronomicheskii zhurnal, 1956, vol." begins the entries, no blank line between.
        ended_paragraph = bool(wrap_width) and after_prose and last_prose_line.rstrip().endswith(".") and not (
            _cut_at_the_wrap(last_prose_line, line, wrap_width)
        )
        continues_paragraph = after_prose_cut_off or (not ended_paragraph and (
            # (or it opens a parenthesis it does not close: "Hegel also (G. W. F. Hegel, Nauka logiki, vol. 1,")
            # (or the line above was cut where the page wraps, and this one is English: "… southern oblasts of the
            # RSFSR." / "They are crossbred with Large White and Landrace hogs.", no blank line before the entries)
            after_prose and kind in (TITLE, OTHER) and (
                _reads_as_running_text(line, p) or line.count("(") > line.count(")") or (
                    wrap_width and _cut_at_the_wrap(last_prose_line, line, wrap_width) and _in_english(line, p)
                )
            ) and not (
                # (not a title and its city, the year cut off: "Chävash khalapěsem. Simbirsk," / "1908. …")
                _imprint_cut_at_the_end(line, p) and _YEAR_FIRST_ON_A_LINE.match(_next_line(classified, index))
            )
        ))
        after_prose = False
        if kind != PROSE and not after_prose_cut_off and line.lstrip().startswith(p.tables.table_captions) and (
            p.table_caption.match(line.lstrip())  # (not "(see" / "Table 1) changed in 1940": a paragraph cut off)
        ):
            close_block()
            in_table = True
            continue
        if blanks_in_block:
            # Blank lines end a block (unless it is only a heading so far). A headed block (WORKS)
            # goes on over them while entries follow, and so does any block on a page that sets
            # every line apart, over as many as it puts between lines.
            gap, blanks_in_block = blanks_in_block, 0
            goes_on = block_heading or gap <= block_gap
            if not goes_on or kind not in (ENTRY, OTHER, LABEL) or line.lstrip()[:1].islower() or (
                kind == OTHER and _english_sentence(line, p)
            ):
                # (a section's first sentence after its references, cut where the page wraps: "Literature. Mari
                # written literature emerged in the late 18th century." / "Its founders were …")
                close_block()
        if kind == BOUNDARY:
            close_block()
            if encyclopedia_article is None and _encyclopedia_notice(line.strip(), p):
                encyclopedia_article = len(articles)
            head, last_title = [], None  # (a title-like piece before a site line on one line begins nothing)
            site_line_open = _site_line_cut_off(line, p)
            continue
        after_title = last_title is not None and last_title[0] == line_no - 1  # not after the block's entry
        if kind == OTHER and not head and current is None and wrap_width and line.rstrip().endswith(":") and (
            _next_kind(classified, index) in (TITLE, HEADING)
            and not _next_line(classified, index).isupper()
            and _cut_at_the_wrap(line, _next_line(classified, index), wrap_width)
        ):
            # "Materialism and Empiriocriticism:" / "Critical Comments on a Reactionary" / "Philosophy": the
            # page's first line, a headword cut at the wrap after its colon (and "Moldavian Soviet Socialist
            # Republic:" / "Literature", a section's name as a heading may set it)
            kind = TITLE
        if kind == HEADING and after_title and head and head[-1].endswith(":") and not line.strip().isupper():
            head[-1] = f"{head[-1]} {line.strip()}"  # "… Republic:" / "Literature": the headword's end
            last_title = (line_no, start, end, line)
            continue
        if after_title and head and kind == OTHER and _QUALIFIER_ALONE.fullmatch(line.strip()):
            # "Ukrainian Soviet Socialist Republic" / "(Literature)": a headword's qualifier, cut where the page wraps
            head[-1] = f"{head[-1]} {line.strip()}"
            last_title = (line_no, start, end, line)
            continue
        # (what follows a label alone begins the label's list: "… Riga, 1969–" / "In Russian translation:" /
        # "Sobr. …"; a label's first entry cut where the page wraps goes on: "In Russian translation: Tri" / …)
        wrapped = bool(block_entries) and not after_title and not _label_alone(classified, index, p) and (
            kind in (ENTRY, TITLE, OTHER) or (kind == PROSE and _prose_goes_on(block_entries[-1].text, line, p))
        ) and (
            _continues(block_entries[-1].text, line.strip(), p)
            or (wrap_width and _cut_before_its_numbers(block_entries[-1].text, classified, index, wrap_width))
            # (in a numbered list, a line without the next number goes on with the entry above: "… Voprosy
            # istorii. — 1968." / "No. 5. — S. 3–15.")
            or (wrap_width and _numbered(block_entries, text) and not _LIST_NUMBER.match(line))
            or (wrap_width and _place_alone_before_its_year(
                block_entries[-1].text, line, _next_line(classified, index), p
            ))
        ) and _may_grow(block_entries[-1], text) and not (
            _numbered(block_entries, text) and _next_in_a_numbered_list(block_entries[-1], line, text)
        )
        if kind == PROSE and not wrapped and block_entries and not after_title and _imprint_on_the_next_line(
            line, _next_line(classified, index), p
        ):
            # "Handbook of the Birds of Europe, the Middle East and North Africa, vol." / "2. Oxford, 1980." (or
            # "…, vol. 2." / "Oxford, 1980."): an English title that reads as prose, in a block: the next entry
            kind = ENTRY
        if kind == PROSE and wrapped:
            # "Smith, J. “Further Experiments with Liquid Helium.”" / "Communications from the Physical
            # Laboratory of the University of Leiden,": an English title reads as prose, but goes on an entry
            # (and so does one cut mid-sentence: "Wiener, N. Cybernetics, or Control and Communication in" /
            # "the Animal and the Machine, 2nd ed. New York-London,")
            kind = ENTRY
        if kind == TITLE and wrapped:
            kind = ENTRY  # an entry that wrapped onto the next line
        if kind == OTHER and after_title and head and wrap_width and line.lstrip()[:1].islower() and (
            _wrapped_title(last_title[3], line, wrap_width) and not _next_line(classified, index)
        ):
            # "Materialism and Empiriocriticism: Critical Comments" / "on a Reactionary Philosophy", then a
            # blank line: the end of a headword cut where the page wraps
            kind = TITLE
        if kind == TITLE and block_kind is not None and line.rstrip().endswith(")"):
            kind = OTHER  # in a block, "Stikhi (poems)" is an entry, not a headword with its qualifier
        elif kind == TITLE and block_entries and wrap_width and _next_line(classified, index)[:1].islower() and (
            _starts_a_block(line, classified, index, p)
        ):
            # "… Moscow, 1975.Zapiski Imperatorskogo" / "russkogo geograficheskogo obshchestva po" / "… St." /
            # "Petersburg, 1890.": in a block, a title a narrow page cut, which its lines complete, is an entry
            kind = ENTRY
        if kind == TITLE and block_kind is None and (
            line.count("[") > line.count("]")
            or (current is not None and wrap_width and _next_line(classified, index)[:1].islower())
        ) and _starts_a_block(line, classified, index, p):
            # "Saylanan ëserler. [Introduction by" / "A. Ulugberdiev and A. Charïguliev.]" / "Ashkhabad, 1962.": a
            # work whose bracketed credit a narrow page cut, after body text (no headword leaves a bracket open);
            # on a page that wraps its lines, a title cut twice, its lines read together an entry: "Librorum in
            # Bibliotheca Speculae Pulcovensis" / "contentorum catalogus systematicus, vols." / "1–2. St. …"
            kind = ENTRY
        if kind in (OTHER, TITLE) and block_kind is not None and not wrapped and _opens_a_section(line, p):
            # "Architecture and art. The oldest monuments of architecture are …" right after the references of
            # the section before, no blank line between: the next section's first sentence (in title case too,
            # cut where the page wraps: "Literature. Turkmen literature has its roots in … The works" / "of …")
            kind = PROSE
        if kind == OTHER:
            # A line with no sign of an entry nor of prose: in a block, an entry; before one, an entry if
            # an entry follows on the next line ("Stikhi. Moscow." / "Lirika. Moscow, 1965."), else body text.
            # (Not an English sentence, right before a block with no blank line between them: "a breed of
            # dairy cattle developed in the 18th century." / "Shaposhnikov, A. N. Kholmogorskii skot. …")
            kind = ENTRY if block_kind is not None or (
                not continues_paragraph and _starts_a_block(line, classified, index, p)
                # (however English its words look, a line that the next completes with its number and imprint: "…
                # contentorum catalogus systematicus, vols." / "1–2. St. Petersburg, 1860–80.")
                and (
                    not _english_sentence(line, p) or _imprint_on_the_next_line(line, _next_line(classified, index), p)
                )
                and not _introduces_a_quotation(line, classified, index, p)
            ) else PROSE
        if kind == HEADING and current is None and not line.strip().isupper() and not (
            index + 1 < len(classified) and classified[index + 1][0] == line_no
        ):
            # before any body text, "Literature" or "Sources" is the headword of an article so named (not a heading
            # its entries go on after on its line: "Lit.: Marks K., Kapital, …")
            kind = TITLE
        if kind == TITLE and block_entries and line.strip().isupper() and _initials_alone(block_entries[-1].text, p):
            kind = SIGNATURE  # "…1969.P. V." / "TERENT’EV"
        elif kind in (ENTRY, OTHER, TITLE) and block_entries and (
            classified[index - 1][4] == BLANK or index + 1 == len(classified) or classified[index + 1][4] == BLANK
        ) and _PLAIN_SIGNATURE.fullmatch(line.strip()):
            # "А. И. Иванов." apart after the literature: the Russian original's, in plain case (or its last line,
            # on a page that sets no blank line before it)
            kind = SIGNATURE
        if kind in (TITLE, OTHER, ENTRY) and current is None and head and block_kind is None and line.startswith(
            f"{head[-1]}, "
        ) and line[len(head[-1]) + 2 :][:1].islower():
            # "Kapitalizm, obshchestvenno-ekonomicheskaia formatsiia, …": the Russian original's opening, the headword
            # and its definition in lowercase (not the headword again, inverted: "Mukhtarov, Mukhtar Khalilovich")
            kind = PROSE
        if kind == ENTRY and after_title and head and block_kind is None and _goes_on_from_the_headword(line, p) and (
            not _began_an_entry(last_title, line_no, line, p, wrap_width)
        ):
            # "a city in Tambov Oblast, RSFSR. Population, 12,000 (1970).", "(1887–1974). Soviet mathematician.":
            # right under the headword, its sentence going on, however much the line looks like an entry (not
            # an entry's second line, on a page that wraps its lines)
            kind = PROSE
        # After body text, a line that looks like an entry may be the source of the sentence above, or
        # English running text ("In this group there is only an insignificant proletarian upper layer,").
        entry_in_the_paragraph = follows_prose and kind == ENTRY and (
            line.startswith(_PROSE_STARTS) or _cites_for_the_sentence(line, last_prose_line)
            # (an entry that begins with its inverted author is none, though "and" joins its authors)
            or (_english_sentence(line, p) and not _begins_with_its_author(line, p))
        )
        if (continues_paragraph and kind in (TITLE, OTHER)) or (
            kind == ENTRY and (after_prose_cut_off or entry_in_the_paragraph)
        ):
            # "Born Jan. 7, 1901, in the village of Iana-Sala, Middle" / "Volga; died …"; "… by M. Iu." /
            # "Lermontov, N. A. Nekrasov, A. P. Chekhov, and others.": what looks like an entry goes on too
            kind = PROSE
        elif kind == TITLE and block_kind is None and (
            _opens_a_paragraph(line, classified, index, p, wrap_width)
            or (current is not None and _names_the_subjects(line, current.subject))
            or (bool(head) and (
                _repeats_the_headword(line, head[-1], _next_line(classified, index))
                or _BIRTH_INSIDE.search(line) is not None
            ))
            or (follows_prose and (
                _goes_on_below(line, classified, index) or _long_english_line(line, p)
                # (on a narrow page every line is short: one cut at the wrap is a paragraph's, unless its imprint
                # alone makes the next line: "Saylanan ëserler. [Introduction by …]" / "Ashkhabad, 1962.")
                or (wrap_width and _cut_at_the_wrap(line, _next_line(classified, index), wrap_width) and not (
                    _imprint_on_the_next_line(line, _next_line(classified, index), p) and not _english_sentence(line, p)
                ))
            ))
        ):
            # (In a block, a line cut off is an entry's.) "… Soviet Tuva writer." / "People’s Writer of the Tuva
            # ASSR (1973) and Honored Worker in Literature" / "and Art of …": within a paragraph, however cased.
            kind = PROSE
        if kind == TITLE and head and last_title is not None and last_title[0] == line_no - 1 and (
            _reads_as_running_text(last_title[3], p) or _wrapped_title(last_title[3], line, wrap_width)
            or p.life_dates.fullmatch(line.strip())
        ) and line.strip() != last_title[3].strip():  # (not the page's title line, then the headword: "Battle of")
            # "Revolutionary-Democratic Dictatorship of the Proletariat and" / "Peasantry": one headword (and
            # "Smirnov, Vladimir Ivanovich" / "(1887–1974)": a person's years after it).
            head[-1] = f"{head[-1]} {line.strip()}"
            last_title = (line_no, start, end, line)
            continue
        if kind == TITLE:
            last_title = (line_no, start, end, line)
            following = classified[index + 1] if index + 1 < len(classified) else None
            # (a headword whose article's first line, cut where the page wraps, repeats it begins no entry:
            # "Kuibyshev Hydroelectric Power Plant" / "Kuibyshev Hydroelectric Power Plant (V. I. Lenin Volga …")
            headword = following is not None and _repeats_the_headword(following[3], line.strip())
            if block_kind is None or headword or not (
                following and following[4] in (ENTRY, OTHER)
                and _began_an_entry(last_title, following[0], following[3], p, wrap_width)
            ):
                if block_kind is not None and not headword and _begins_an_entry_over_several_lines(
                    classified, index, p, wrap_width
                ):
                    # "Istoriia russkoi literatury kontsa" / "XIX–nachala XX veka: Bibliograficheskii" /
                    # "ukazatel’. Edited by …": an entry whose title a narrow page cut twice
                    kind, last_title = ENTRY, None
                else:
                    close_block()  # unless the line begins an entry of the open block, wrapped onto the next
            if kind == TITLE:
                head.append(line.strip())
                continue
        if kind == PROSE:
            close_block()
            if head or current is None:
                title = p.life_dates.sub("", p.pronunciation.sub("", head[-1])) if head else ""
                current = _ArticleBuilder(title=title)
                articles.append(current)
                opening_start = start
                if _opens_a_biography(line[:_BIOGRAPHY_OPENING], p) or _LIFE_YEARS_OPENING.match(line) or (
                    _opens_with_a_nationality(line, p)
                ):
                    # (the person's years alone, too, or their people: "(c. 1172–1216). Georgian poet.", "Georgian
                    # poet of the late 12th century"; read here only, where body text begins: a line of an entry may
                    # begin so too, "(1921–1922). Moscow, 1954.")
                    current.subject = _subject(title)
                    current.subject_language = _subject_language(line, p)
                else:
                    current.subject_language = _headword_language(title, p)
                head = []
            elif current.subject is not None and not current.subject_language and paragraphs < 3:
                # With the lines before in the paragraph, when it was cut off: "Soviet Kazakh" / "writer."
                paragraph = " ".join(text[paragraph_start:end].split()) if continues_paragraph else line
                current.subject_language = _subject_language(paragraph, p)
            elif current.subject is None and start - opening_start < _BIOGRAPHY_OPENING and _opens_a_biography(
                line[: _BIOGRAPHY_OPENING - (start - opening_start)], p
            ):
                # A biography's opening cut where the page wraps: "(Gabdulla Mukhamedgarifovich Tukaev)." /
                # "Born Apr. 14 (26), 1886, in the village" (what the first line of a page that does not shows; "Born"
                # and "died" are words, which no line cuts)
                current.subject = _subject(current.title)
                current.subject_language = _subject_language(" ".join(text[opening_start:end].split()), p)
            if not continues_paragraph:
                paragraph_start, paragraphs = start, paragraphs + 1
            if len(current.blocks) > current.settled:
                body.extend(current.keep_references(p))  # (its parentheses may cite sources too)
            # (a bracket too: the Russian original's dates, "[25.5(6.6).1857, Iaroslavl’, —" / "3.11.1918, Odessa], …")
            parentheses = line.count("(") - line.count(")") if "(" in line or ")" in line else 0
            if "[" in line or "]" in line:
                parentheses += line.count("[") - line.count("]")
            if body and continues_paragraph:
                body[-1] = Span(body[-1].start, end)  # one paragraph: a parenthesis may run over its lines
                open_parentheses += parentheses
            else:
                body.append(Span(start, end))
                open_parentheses = parentheses
            after_prose, prose_cut_off, last_prose_line = True, _cut_off(line, p.tables.months), line
            continue
        if head and last_title is not None and kind == ENTRY and not wrapped and _began_an_entry(
            last_title, line_no, line, p, wrap_width
        ):
            # "Programmnye dokumenty bor’by za mir, demokratiiu i" / "sotsializm. Moscow, 1961.": the line
            # taken for a title began this entry, which wrapped.
            _, title_start, _, title_line = last_title
            head.pop()
            if block_kind is None:
                block_kind = ""
            # (after its list number: "2. Petrov P. P. Obshchina // Voprosy" / "istorii. — 1968.")
            marker = p.list_marker.match(title_line) if title_line[:1] in p.list_marker_starts else None
            lead = marker.end() if marker else len(title_line) - len(title_line.lstrip())
            begun = Span(title_start + lead, title_start + len(title_line.rstrip()))
            pieces, translated, content = _split_entries(
                text, start, end, line_no, translated, p, goes_on=True, wrap_width=wrap_width
            )
            block_entries.extend(_join_wrapped(RawEntry(begun.slice(text), begun, line_no - 1, translated), pieces))
            block_lines.extend((begun, *content))
            last_title = None
            continue
        last_title = None
        article = ensure_article()
        if head and not article.blocks and not article.title:
            article.title = p.pronunciation.sub("", head[-1])
        head = []
        if kind == HEADING and _strip_heading(line).upper() in p.tables.section_name_headings and _heads_a_section(
            classified, index, p
        ):
            # "Literature" / "Turkmen literature developed from the folk poetry of the" / …: a section's name, its
            # body text cut where the page wraps its lines, no heading of references
            close_block()
            continue
        if kind == HEADING:
            close_block()
            block_kind = p.tables.headings[_strip_heading(line).upper()]
            block_heading = line.strip()
            continue
        if block_kind is not None and kind in (ENTRY, OTHER, TITLE) and _names_a_section(line, p):
            # "Slovak literature.": the references of the article's next section, under their own label
            kind_of_block = block_kind
            close_block()
            block_kind, block_heading = kind_of_block, line.strip()
            continue
        if block_entries and _CODE_REST.fullmatch(line.strip()) and (
            opened := _CODE_OPENED.search(block_entries[-1].text)
        ):
            # "… Sovetskaia arkheologiia, 1967, no. 3. [1" / "1–674–3]": a volume code cut where the page wraps;
            # the entry ends before it
            entry = block_entries[-1]
            cut = len(entry.text) - opened.start()
            block_entries[-1] = replace(entry, text=entry.text[: opened.start()], span=Span(entry.span.start,
                                                                                         entry.span.end - cut))
            if block_lines and block_lines[-1].end == entry.span.end:
                block_lines[-1] = Span(block_lines[-1].start, entry.span.end - cut)
            kind = CODE
        if kind in (SIGNATURE, CODE):
            if kind == SIGNATURE and block_entries and _initials_alone(block_entries[-1].text, p):
                # "…1968.M." / "I. MATIETS": a signature cut where the page wraps; the block's text ends before it
                initials = block_entries.pop().span
                if block_lines and block_lines[-1].end == initials.end:
                    block_lines[-1] = Span(block_lines[-1].start, initials.start)
            close_block()
            continue
        if block_kind is None:
            block_kind = ""
        if kind == LABEL and block_entries and (label := _label_cut_at_the_wrap(block_entries[-1].text, line, p)):
            # "… Tallinn, 1978–93. In" / "Russian translation: …": the label's first word, cut where the page wraps,
            # is no entry nor part of one
            _drop_a_labels_head(block_entries, block_lines, label[0])
        if kind == LABEL:
            # (the works after "In Ukrainian translation:" are in Ukrainian)
            other = p.other_language_label.fullmatch(line.strip())
            translated = _nationality_language(other.group(1), p) if other else RUSSIAN
            rest = p.label.match(line.strip())
            if rest and line.strip()[rest.end() :].strip():
                lead = line.index(line.strip()) + rest.end()
                entries, translated, content = _split_entries(text, start + lead, end, line_no, RUSSIAN, p)
                block_entries.extend(entries)
                block_lines.extend(content)
            continue
        if kind == ENTRY and wrapped and (label := _label_cut_at_the_wrap(block_entries[-1].text, line, p)):
            # "… Tallinn, 1978–93. In Russian" / "translation: Izbr. proizv., vols." …: the label, cut where the page
            # wraps, ends the entry above, and the works after it are in Russian
            head, tail_end = label
            _drop_a_labels_head(block_entries, block_lines, head)
            lead = line.index(line.strip()) + tail_end
            entries, translated, content = _split_entries(text, start + lead, end, line_no, RUSSIAN, p)
            block_entries.extend(entries)
            block_lines.extend(content)
            continue
        if kind == ENTRY and wrapped:
            pieces, translated, content = _split_entries(
                text, start, end, line_no, translated, p, goes_on=True, wrap_width=wrap_width,
                after_an_imprint=_ENDS_WITH_A_NUMBER.search(block_entries[-1].text) is not None,
            )
            block_entries[-1:] = _join_wrapped(block_entries[-1], pieces)
            block_lines.extend(content)
            continue
        entries, translated, content = _split_entries(
            text, start, end, line_no, translated, p, wrap_width=wrap_width, notes=block_kind == NOTES
        )
        if (
            entries and block_entries and len(entries[0].text) < _SHORT
            and _an_imprint_alone(block_entries[-1].text, entries[0].text, p)
            and _may_grow(block_entries[-1], text) and not _serial_with_its_years(block_entries[-1].text,
                                                                                   entries[0].text, p)
        ):
            # "Leningrad, 1968.Shneider, E. R. …": an imprint alone ends the entry of the line before (not a
            # serial's run after an entry with its own imprint: "Kristallografiia, 1956– ." / "(Journal.)").
            block_entries[-1:] = _join_wrapped(block_entries[-1], entries)
        else:
            block_entries.extend(entries)
        block_lines.extend(content)
    close_block()
    if current is None and head:
        articles.append(_ArticleBuilder(title=p.pronunciation.sub("", head[-1])))
    if encyclopedia_article and encyclopedia_article < len(articles):
        # (only when an article began after the notice: else the article before it goes on after it, a page
        # that cut a site line having begun it with the piece: "Also found in: Dictionary," / "Medical.")
        for other in articles[:encyclopedia_article]:
            # Another dictionary's entry above the encyclopedia's: a line of it that reads as an entry
            # ("(Biography) Dmitri Ivanovich. 1834–1907, Russian chemist …") is none; only a headed block is kept.
            other.blocks = [block for block in other.blocks if block.kind]
    frozen = tuple(a.freeze() for a in articles)
    if encyclopedia_article is not None and encyclopedia_article < len(frozen):
        title = frozen[encyclopedia_article].title
    else:
        title = frozen[0].title if frozen else ""
    return Segmentation(title=title, articles=frozen, body=tuple(body))


@dataclass(frozen=True, slots=True)
class Credits:
    """What a page prints about the article itself: its signature and its volume code."""

    signatures: tuple[str, ...] = ()  # "S. L. SOBOLEV", as printed
    volume_code: str = ""  # "[23–1820–]"


def credits(text: str) -> Credits:
    """The signatures and the volume code printed after the article.

    >>> credits("Cattle\\n\\nA breed of cattle, it was bred here.\\n\\nSvinovodstvo. Leningrad, 1968.M. I. MATIETS\\n")
    Credits(signatures=('M. I. MATIETS',), volume_code='')
    >>> credits("Topic\\n\\nText of the article, it was said.\\n\\nS. L. SOBOLEV [23–1820–]\\n").volume_code
    '[23–1820–]'
    """
    p = patterns()
    signatures: list[str] = []
    code = ""
    for _, _, line in _lines(text):
        kind = classify(line, p)
        if kind == STOP:
            break
        s = line.strip()
        if kind in (BLANK, DROP, BOUNDARY, PROSE):
            continue
        code_match = p.code_tail.search(s)
        if code_match:
            code = code_match.group(0).strip()
            s = s[: code_match.start()].rstrip()
        if kind == SIGNATURE or p.signature_line.fullmatch(s):
            signatures.append(s)
            continue
        tail = p.signature_tail.search(s)
        if tail and tail.start() > 0:
            signatures.append(tail.group(1).strip())
    return Credits(tuple(signatures), code)
