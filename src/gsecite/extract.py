"""The extraction pipeline: text → segments → parsed entries → resolved references → Document.

>>> doc = extract("Komety\\n\\nBorn 1880; died 1958. Soviet astronomer.\\n\\n"
...               "Kuziakin, A. P. Letuchie myshi. Moscow, 1950.\\n", path="a.txt")
>>> [(r.id, r.title, r.publisher_place) for r in doc.references]
[('kuziakin1950letuchie', 'Letuchie myshi', 'Moscow')]
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import replace
from functools import lru_cache

from .cyrillic.reading import has_cyrillic, printed_record, printed_value, romanized_for_reading
from .entries import EntryContext, IbidSource, ibid_source, parse_entry_fields
from .inline import find_inline
from .keys import ascii_fold, fields_key, reference_key, unique_keys
from .language import detect_language, language_named, names_only, no_russian_word
from .misprints import repair_misprints
from .model import ORIGIN_INLINE, Citation, Document, Name, Problem, Reference, Span
from .normalize import LOOSE_SPACES, names_collected_works
from .notes import NOTES, ShortNote, cited_note, short_note
from .patterns import LETTER
from .resolve import resolve_citations
from .segment import REFERENCES, WORKS, Article, RawEntry, segment
from .tables import load_tables


def _about_subject(fields: dict, subject: Name, marks: tuple[tuple[str, ...], ...]) -> bool:
    """An entry about the subject (an obituary, a review, a book named after them, pages of a survey) or the
    literature around them (a history of their literature, a reference book: ``marks``, from a table).
    A title that names the subject's own works is none ("The Collected Papers of Lord Rutherford of Nelson").
    """
    family = (subject.family or subject.literal).lower()
    title = fields.get("title", "").lower()
    note = fields.get("note", "").lower()
    if family and family in title and title.removeprefix("the ").startswith(load_tables().own_works_phrases):
        return False  # (but "The Life and Letters of Lord Rutherford" is about him)
    if fields.get("page") or "obituary" in note or "review" in note or (family and family in title):
        return True
    # (a ruler's or a writer's one name first: "Poslaniia Ivana Groznogo" in the article on Ivan IV Vasil’evich)
    named = subject.family or subject.literal.split()[0] if subject.family or subject.literal else ""
    if named and _names_in_another_spelling(named, title):
        return True
    described = f"{title} {note}"
    return any(all(mark in described for mark in group) for group in marks)


def _names_in_another_spelling(family: str, title: str) -> bool:
    """Whether a title names the subject in another spelling, or declined, as a Russian title does: a word
    that begins with all of the family name (accents aside, and Western letters as Russian romanization spells
    them) but its last letter.

    >>> _names_in_another_spelling("glière", "r. m. glier: stat’i, vospominaniia"), _names_in_another_spelling(
    ...     "glière", "istoriia muzyki")
    (True, False)
    >>> _names_in_another_spelling("grigorescu", "nikolai grigoresku: al’bom")
    True
    >>> _names_in_another_spelling("goethe", "goethe und seine zeit"), _names_in_another_spelling("goethe", "gete")
    (True, True)
    """
    spelled = _as_romanized(ascii_fold(family))
    # (a short name whole: "Goethe" is "Gete", and "Bach" "Bakh")
    stem = spelled[: max(_SAME_NAME_PREFIX, len(spelled) - 1)]
    title = _as_romanized(title)
    if len(stem) < _SHORT_NAME or stem[:3] not in title:
        return False  # (most titles hold no word so begun: one test spares them folding each word)
    return any(ascii_fold(word).startswith(stem) for word in title.split())


def _as_romanized(word: str) -> str:
    """A folded word with Western letters as Russian romanization spells them: ``goethe`` → ``gete``."""
    for western, russian in load_tables().romanized_spellings:
        if western in word:
            word = word.replace(western, russian)
    return word


# The fewest letters of a family name, spelled as Russian romanization spells it, that a title's word is
# looked at for (Bakh, Gete).
_SHORT_NAME = 4
# The letters a family name shares with the subject's to be theirs in another spelling (Dzugatï, Dzugaev).
_SAME_NAME_PREFIX = 5


def _by_subject(entry: RawEntry, fields: dict, subject: Name) -> bool:
    """An entry whose author is the subject under the name of their own language: printed in brackets
    (``[Khiazhiev, Z.] G”orl”a …``), or one family name that begins as the subject's (``Dzugatï, …``).

    >>> from gsecite.model import Span
    >>> subject = Name(family="Dzugaev", given="Georgii Khasakoevich")
    >>> entry = RawEntry("Dzugatï, X. Kadjïtä. 1957.", Span(0, 1), 1)
    >>> _by_subject(entry, {"author": (Name("Dzugatï", "X."),)}, subject)
    True
    >>> _by_subject(entry, {"author": (Name("Dzutsuev", "Kh."),)}, subject)
    False
    """
    authors = fields.get("author") or ()
    if len(authors) != 1:
        return False
    if entry.text.startswith("[") or authors[0] == subject:
        return True
    family, theirs = ascii_fold(authors[0].family).lower(), ascii_fold(subject.family or subject.literal).lower()
    return len(theirs) >= _SAME_NAME_PREFIX and family[:_SAME_NAME_PREFIX] == theirs[:_SAME_NAME_PREFIX]


def block_roles(article: Article, parsed: list[list[tuple[RawEntry, dict]]]) -> list[list[str]]:
    """For each entry of each block: "works" (by the article's subject) or "references".

    Headings decide where printed. A biography's unheaded blocks follow the
    encyclopedia's order: the subject's works first, then the literature. A lone
    unheaded block holds works only in its leading run of entries that print no
    author (or sit under ``In Russian translation:``) and are not about the subject.
    """
    blocks = article.blocks
    if article.subject is None:
        return [[b.kind or REFERENCES] * len(b.entries) for b in blocks]
    roles: list[list[str]] = []
    unheaded = [i for i, b in enumerate(blocks) if not b.kind]
    marks = load_tables().literature_marks
    for i, block in enumerate(blocks):
        n = len(block.entries)
        if block.kind:
            roles.append([block.kind] * n)
            continue
        works_before = any(b.kind == WORKS for b in blocks[:i])
        references_after = any(b.kind == REFERENCES for b in blocks[i + 1 :])
        if works_before:
            kind = REFERENCES
        elif references_after or (i == unheaded[0] and len(unheaded) > 1):
            kind = WORKS
        elif i != unheaded[0]:
            kind = REFERENCES
        else:
            run = 0
            for entry, fields in parsed[i]:
                theirs = not fields.get("author") or entry.translated or _by_subject(entry, fields, article.subject)
                if theirs and not _about_subject(fields, article.subject, marks):
                    run += 1
                else:
                    break
            roles.append([WORKS] * run + [REFERENCES] * (n - run))
            continue
        roles.append([kind] * n)
    return roles


def _finish(entry: RawEntry, fields: dict, role: str, article: Article) -> dict:
    """What finishes one parsed entry: implicit author, language, span, bookkeeping."""
    fields = {**fields, "span": entry.span, "custom": (("block", role),)}  # "raw" is set from the span
    in_works = role == WORKS
    kind = fields["type"]
    if in_works and not fields.get("author") and kind != "document" and article.subject is not None:
        fields["author"] = (article.subject,)
    if kind != "document":
        container = fields.get("container_title", "")
        title = fields.get("title") or container
        if container and (
            names_only(title) or " " not in title
            or names_collected_works(container, fields.get("container_title_short", ""))
        ):
            # "“To Hoai.” Inostrannaia literatura": a name tells no language, nor does one word, which may be
            # Latin or a name (“Germanium.” Chemical Reviews); "Anti-Dühring. Ibid." in Sochineniia: a work
            # in a Russian edition of collected works, however its title is spelled
            title = container
        place = fields.get("publisher_place", "")
        fields["language"] = language_named(fields.get("note", ""), place, title) or detect_language(
            # "In Russian translation:" speaks of the subject's works; a page that runs the literature on
            # after them (no blank line between) must not make the literature Russian.
            title, translated=entry.translated if in_works else "", in_works=in_works,
            subject_language=article.subject_language, place=place, publisher=fields.get("publisher", ""),
            # (the subject's name alone, in the literature about them, is no title in their language:
            # "Kor-Ogly, Kh. Makhtumkuli. Moscow, 1960.", "Kazakbaev, K. Aaly Tokombaev. Frunze, 1964.")
            title_is_a_name=not in_works and article.subject_language not in ("", "ru")
            and _names_the_subject(title, article.subject),
        )
        if fields["language"] == "ru" and container and title != container and no_russian_word(title) and (
            (in_container := detect_language(container, place=place)) != "ru"
        ):
            # "“Analysis situs.” Journal de l’École Polytechnique": a title in no Russian word, in a journal of
            # another language, is in the journal's
            fields["language"] = in_container
        elif fields["language"] not in ("ru", "") and container and title != container and not place and (
            (in_container := detect_language(container)) not in (fields["language"], "ru", "")
        ) and detect_language(title, container_language=in_container) == in_container:
            # "“Le comete.” Rendiconti dell’Accademia nazionale dei Lincei": a title whose words two languages
            # share (le: French and Italian) is in its journal's language
            fields["language"] = in_container
        elif fields["language"] == "ru" and (western := load_tables().journals.get(container)):
            # "Oral poliovirus vaccine. JAMA": an article in a Western journal the table knows is in its language,
            # whatever Russian words its title's spelling may make ("oral")
            fields["language"] = western
        if fields["language"] == "ru":
            fields = _without_misprints(fields)
    return fields


def _names_the_subject(title: str, subject: Name | None) -> bool:
    """Whether a title is the subject's name, or some of it, and nothing else.

    >>> _names_the_subject("Makhtumkuli", Name(literal="Makhtumkuli"))
    True
    >>> _names_the_subject("Kaisyn Kuliev", Name(family="Kuliev", given="Kaisyn Shuvaevich"))
    True
    >>> _names_the_subject("Asarlar", Name(literal="Makhtumkuli"))
    False
    """
    if subject is None or not title:
        return False
    name = {*subject.literal.split(), *subject.family.split(), *subject.given.split()}
    return all(word in name for word in title.split())


_REPAIRABLE = ("title", "container_title", "collection_title")


def _without_misprints(fields: dict) -> dict:
    """A Russian work's titles with their misprints repaired; each repair is kept in ``custom``
    (the printed entry is in ``raw``), so that a reader can check it."""
    repairs: list[str] = []
    expansions = load_tables().collected_works_titles
    for key in _REPAIRABLE:
        if fields.get(key) and fields[key] not in expansions:  # "Polnoe sobranie sochinenii" is spelled right
            fields[key], repaired = repair_misprints(fields[key])
            repairs.extend(f"{printed} → {meant}" for printed, meant in repaired)
    if repairs:
        fields["custom"] = (*fields["custom"], ("misprints", repairs))
    return fields


# Spaces a saved page may hold (no-break, thin, figure, tab), read as plain spaces, and a straight
# double quote between two letters, read as the hard sign it stands for (G"orl"a): one character for
# one, so that every span holds for the text as given.
_ODD_SPACES = "\u00a0\u2007\u2009\u202f\t"
_PLAIN_SPACES = str.maketrans(_ODD_SPACES, " " * len(_ODD_SPACES))
_LONE_CARRIAGE_RETURN = re.compile(r"\r(?!\n)")
_QUOTE_IN_WORD = re.compile(rf'(?<=[{LETTER}])"(?=[{LETTER}])')
_CYRILLIC = re.compile("[\u0400-\u04ff]")


def plain_text(text: str) -> str:
    """The text as the pipeline reads it, the same length as given.

    >>> plain_text('G"orl"a\u00a0rishcharal')
    'G”orl”a rishcharal'
    >>> plain_text("Udegei\\rUdegei\\r\\n")
    'Udegei\\nUdegei\\r\\n'
    >>> plain_text("M\u043escow, 1960. \u041c\u043e\u0441\u043a\u0432\u0430")  # (a Cyrillic о in Moscow)
    'Moscow, 1960. Москва'
    """
    if any(space in text for space in _ODD_SPACES):
        text = text.translate(_PLAIN_SPACES)
    if "\r" in text:
        # A line that ends with a carriage return alone (an old Mac file, or one that lost its line feeds)
        # ends there all the same; one before a line feed is left to the line feed.
        text = _LONE_CARRIAGE_RETURN.sub("\n", text)
    if '"' in text:
        text = _QUOTE_IN_WORD.sub("”", text)
    if _CYRILLIC.search(text):
        # A Cyrillic letter that looks like a Latin one, beside a Latin letter, is read as that letter (Mоscow,
        # typed with a Cyrillic о); words in Cyrillic stay as printed. (Twice: two such letters side by side.)
        beside_latin, homoglyphs = _homoglyphs()
        for _ in range(2):
            text = beside_latin.sub(lambda m: homoglyphs[m.group(0)], text)
    return text


@lru_cache(maxsize=1)
def _homoglyphs() -> tuple[re.Pattern, Mapping[str, str]]:
    """The Cyrillic letters that look like Latin ones, where a Latin letter stands beside one, and their Latin."""
    homoglyphs = load_tables().homoglyphs
    letters = "".join(homoglyphs)
    return re.compile(f"(?<=[A-Za-z])[{letters}]|[{letters}](?=[A-Za-z])"), homoglyphs


# Characters a web page may hold inside words that no reader sees: the soft hyphen, zero-width spaces
# and joiners, the byte-order mark. The pipeline reads the text without them.
INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"


_NOT_READ = re.compile(f"[{INVISIBLE}]+|{LOOSE_SPACES.pattern}")
_LOOSE_SPACE_HINT = re.compile(r" [ ,;]")


def visible_text(text: str) -> tuple[str, list[int] | None]:
    """The text without its invisible characters and loose spaces (doubled, or before a comma), and where
    each character kept stands in the text as given (with its length at the end); ``None`` when there
    were none.

    >>> visible_text("Iva\u00adnov")
    ('Ivanov', [0, 1, 2, 4, 5, 6, 7])
    >>> visible_text("Moscow ,  1961")[0]
    'Moscow, 1961'
    """
    # (Six substring scans and a simple pattern rule out most pages faster than the full pattern can.)
    if not any(ch in text for ch in INVISIBLE) and not _LOOSE_SPACE_HINT.search(text):
        return text, None
    positions: list[int] = []
    pieces: list[str] = []
    kept_from = 0
    for m in _NOT_READ.finditer(text):
        positions.extend(range(kept_from, m.start()))
        pieces.append(text[kept_from : m.start()])
        kept_from = m.end()
    positions.extend(range(kept_from, len(text) + 1))  # (and the length of the text at the end)
    pieces.append(text[kept_from:])
    return "".join(pieces), positions


def composed_text(text: str) -> tuple[str, list[int] | None]:
    """The text with each letter and the accents printed after it as one character (NFC), as a page
    copied from a PDF or saved on a Mac may not have them, and where each character stands in the text as
    given (with its length at the end); ``None`` when every letter was composed already.

    >>> composed_text("Kadjita\u0308")
    ('Kadjitä', [0, 1, 2, 3, 4, 5, 6, 8])
    """
    if unicodedata.is_normalized("NFC", text):
        return text, None
    positions: list[int] = []
    pieces: list[str] = []
    starts = [i for i, ch in enumerate(text) if not unicodedata.combining(ch)]
    if not starts or starts[0] != 0:
        starts.insert(0, 0)  # (a page that begins with an accent keeps it, on its own)
    for start, end in zip(starts, [*starts[1:], len(text)], strict=True):
        piece = unicodedata.normalize("NFC", text[start:end])  # a letter and its accents
        pieces.append(piece)
        positions.extend(min(start + k, end - 1) for k in range(len(piece)))
    positions.append(len(text))
    return "".join(pieces), positions


def read_text(text: str) -> tuple[str, list[int] | None]:
    """The text as the pipeline reads it (:func:`plain_text`, :func:`composed_text`, then
    :func:`visible_text`: odd spaces are spaces first, so that "1961,\u00a0 vol." holds two), and where each
    character read stands in the text as given.

    >>> read_text("Moscow\u00a0,  1961")
    ('Moscow, 1961', [0, 1, 2, 3, 4, 5, 7, 9, 10, 11, 12, 13, 14])
    """
    composed, composed_at = composed_text(plain_text(text))
    visible, visible_at = visible_text(composed)
    if composed_at is None or visible_at is None:
        return visible, composed_at or visible_at
    return visible, [composed_at[i] for i in visible_at]


def span_as_printed(span: Span, positions: list[int] | None, printed: str = "") -> Span:
    """A span of the visible text as a span of the text as given (invisible characters inside it kept,
    and the accents printed after its last letter)."""
    if positions is None:
        return span
    end = positions[span.end - 1] + 1 if span.end > span.start else positions[span.start]
    while end < len(printed) and unicodedata.combining(printed[end]):
        end += 1
    return Span(positions[span.start], end)


def _read_for_parsing(text: str) -> tuple[str, list[int] | None, bool]:
    """The text the pipeline parses, each of its characters' positions in the text as given (None: the same),
    and whether it was printed in Cyrillic ("Иванов И. И. Очерки. М., 1950." is read romanized; the records take
    back the letters printed)."""
    visible, positions = read_text(text)
    if not has_cyrillic(visible):
        return visible, positions, False
    visible, positions = romanized_for_reading(visible, positions)
    return visible, positions, True


def block_line_spans(text: str) -> list[Span]:
    """The span, in the text as given, of each line of each bibliography block, as the pipeline reads
    the page: what the records' raw texts must cover between them (nothing is lost).

    >>> page = "Komety\\n\\nBorn 1880. Soviet astronomer.\\n\\nKuziakin, A. P. Letuchie myshi. Moscow, 1950.\\n"
    >>> [span.slice(page) for span in block_line_spans(page)]
    ['Kuziakin, A. P. Letuchie myshi. Moscow, 1950.']
    """
    visible, positions, cyrillic = _read_for_parsing(text)
    return [
        span_as_printed(span, positions, text)
        for article in segment(visible, russian=cyrillic).articles
        for block in article.blocks
        for span in block.lines
    ]


def lost_characters(text: str, references, citations=()) -> list[int]:
    """The positions of the visible characters of bibliography lines that no bibliography record's raw text
    holds, nor a note's citation (``Ibid., 7.`` in a book's notes): none, when nothing was lost. (The semicolon
    between two works listed one after another is no part of either.)

    >>> page = "Komety\\n\\nBorn 1880. Soviet poet.\\n\\nStikhi. Moscow, 1950; Lirika. Kazan, 1955.\\n"
    >>> lost_characters(page, extract(page).references)
    []
    """
    covered: set[int] = set()
    ends: set[int] = set()
    for ref in references:
        if ref.origin != ORIGIN_INLINE:
            covered.update(range(ref.span.start, ref.span.end))
            ends.add(ref.span.end)
    for citation in citations:
        covered.update(range(citation.span.start, citation.span.end))
    lost = []
    for span in block_line_spans(text):
        for i in range(span.start, span.end):
            if i in covered or _blank(text[i]):
                continue
            # (read as the pipeline reads it: a Greek question mark is a semicolon)
            if unicodedata.normalize("NFKC", text[i]) == ";" and _after_a_record(text, i, ends):
                continue
            lost.append(i)
    return lost


def _blank(ch: str) -> bool:
    """A character that holds no text: a space, or one a page holds but no reader sees (a soft hyphen)."""
    return ch.isspace() or ch in INVISIBLE


def _after_a_record(text: str, at: int, ends: set[int]) -> bool:
    """Whether only blanks stand between a record's raw text and this position (a raw text may end with a blank
    itself: "Marx, K. " / ";In Russian translation: …").

    >>> _after_a_record("Marx, K. \\n;", 10, {9}), _after_a_record("Marx, K.\\n;", 9, {8})
    (True, True)
    >>> _after_a_record("a;", 1, set())
    False
    """
    while at not in ends:
        if at == 0 or not _blank(text[at - 1]):
            return False
        at -= 1
    return True


_UNRESOLVED_NOTE = "a short note, and no note before it cites the work in full"
# What one volume's note tells of that volume alone, and a note on another volume of the work must not copy
_NOT_OF_ANOTHER_VOLUME = frozenset({"span", "page", "volume_title", "custom"})


def _read_note(
    entry: RawEntry, fields: dict, earlier: list[tuple[int, dict]], citing: list[tuple[RawEntry, ShortNote, int]]
) -> tuple[dict, bool, bool]:
    """A note's fields, whether it cites the work of a note before it ("Ibid., 7.", "Zaionchkovskii, Otmena, 50."),
    and whether it is a short note whose work no note before names. A note citing another's work is added to
    ``citing`` with the start of the full note it cites; a note citing a work in full is added to ``earlier`` (and
    a book's page it cites to ``citing``, as the book's own citation). A short note no note explains is a record of
    its author and short title (nothing is lost)."""
    note = short_note(entry.text)
    cited = cited_note(note, earlier) if note is not None else None
    if cited is not None:
        work = next(f for start, f in reversed(earlier) if start == cited)
        if note.volume and work.get("volume", note.volume) != note.volume:
            # "Ibid., 4:12." after "Lenin, V. I. Polnoe sobranie sochinenii, …, 3:245.": another volume of that
            # work, a record of its own (as the encyclopedia's "ibid., vol. 4" is)
            fields = {**{k: v for k, v in work.items() if k not in _NOT_OF_ANOTHER_VOLUME}, "volume": note.volume}
            citing.append((entry, note, entry.span.start))
            earlier.append((entry.span.start, fields))
            return fields, False, False
        citing.append((entry, note, cited))
        # (an ibid. after it cites the same work)
        earlier.append((cited, work))
        return fields, True, False
    if note is not None and note.family:
        fields = {"type": "book", "author": (Name(family=note.family),), "title": note.title}
    elif fields.get("type") == "book" and fields.get("page") and note is None:
        # "I. I. Ivanov, Ocherki istorii (Moscow, 1950), 45.": the page the note cites, no part of the book
        citing.append((entry, ShortNote(entry.text, locator=fields["page"]), entry.span.start))
        fields = {key: value for key, value in fields.items() if key != "page"}
    elif note is None and fields.get("type") != "document":
        # a note citing a work whole ("… Slavic Review 32, no. 4 (1973): 773–87."): its citation too, of no page
        citing.append((entry, ShortNote(entry.text), entry.span.start))
    earlier.append((entry.span.start, fields))
    return fields, False, note is not None  # ("Ibid." with no note before it too)


def extract(text: str, path: str = "-") -> Document:
    """Extract the title and every bibliography entry of an article page."""
    printed = text
    text, positions, cyrillic = _read_for_parsing(text)
    seg = segment(text, russian=cyrillic)
    finished: list[dict] = []
    problems: list[Problem] = list(seg.problems)
    # Notes that cite a work of a note before them ("Ibid., 7."): the note, and the start of the full note cited
    note_citations: list[tuple[RawEntry, ShortNote, int]] = []
    finished_at: dict[int, int] = {}  # an entry's start → its index in ``finished``
    for article in seg.articles:
        parsed: list[list[tuple[RawEntry, dict]]] = []
        previous: IbidSource | None = None
        previous_authors: tuple[Name, ...] = ()
        earlier_notes: list[tuple[int, dict]] = []
        for block in article.blocks:
            parsed_block = []
            for entry in block.entries:
                fields, entry_problems = parse_entry_fields(
                    entry.text,
                    EntryContext(previous=previous, previous_authors=previous_authors, subject=article.subject),
                )
                previous, previous_authors = ibid_source(fields), fields.get("author", ())
                if block.kind == NOTES:
                    fields, cites_a_note, unresolved = _read_note(entry, fields, earlier_notes, note_citations)
                    if cites_a_note:
                        parsed_block.append((entry, fields))
                        continue
                    if unresolved:
                        entry_problems = (Problem(Span(0, len(entry.text)), _UNRESOLVED_NOTE),)
                parsed_block.append((entry, fields))
                problems.extend(replace(pr, span=pr.span.shifted(entry.span.start)) for pr in entry_problems)
            parsed.append(parsed_block)
        roles = block_roles(article, parsed)
        # (a note citing a book in full is its reference and a citation of its page too)
        citing_notes = {entry.span.start for entry, _, cited in note_citations if cited != entry.span.start}
        for parsed_block, block_role in zip(parsed, roles, strict=True):
            for (entry, fields), role in zip(parsed_block, block_role, strict=True):
                if entry.span.start not in citing_notes:
                    finished_at[entry.span.start] = len(finished)
                    finished.append(_finish(entry, fields, role, article))
    changed = text != printed
    read_spans = [fields["span"] for fields in finished]  # (the romanized text's, of a Cyrillic page)
    for fields in finished:  # the raw text exactly as printed: odd spaces, the line breaks of a wrapped entry
        fields["span"] = span_as_printed(fields["span"], positions, printed)
        fields["raw"] = fields["span"].slice(printed)
    ids = unique_keys(fields_key(f) for f in finished)
    # Each reference is built once, with everything the article told about it.
    references = [Reference(id=i, **f) for f, i in zip(finished, ids, strict=True)]
    listed = frozenset(
        ((r.author[0].family or r.author[0].literal).casefold(), r.issued.start[0])
        for r in references
        if r.author and r.issued
    )
    inline, cross_references = find_inline(text, seg.body, listed)
    inline_refs, citations, inline_problems = resolve_citations(inline, references)
    problems.extend(inline_problems)
    if note_citations:
        citations = sorted([*citations, *(
            # (the note as printed, its lines as the page breaks them: "… (Moscow: Nauka, 1988)," / "40–62.")
            Citation(ids[finished_at[cited]], entry.span.slice(text), entry.span, note.locator)
            for entry, note, cited in note_citations
        )], key=lambda c: c.span.start)
    if inline_refs:
        # Inline works get ids after the bibliography's, which therefore do not change.
        all_ids = unique_keys([*ids, *(reference_key(r) for r in inline_refs)])
        renamed = dict(zip((r.id for r in inline_refs), all_ids[len(ids) :], strict=True))
        references.extend(replace(r, id=renamed[r.id]) for r in inline_refs)
        citations = [replace(c, reference=renamed.get(c.reference, c.reference)) for c in citations]
    if cyrillic:
        # (matched romanized, as the text was read; then in the letters printed)
        spans = [*read_spans, *(r.span for r in references[len(read_spans) :])]
        references = [printed_record(r, span, text, positions, printed) for r, span in zip(references, spans,
                                                                                           strict=True)]
    if positions is not None:
        references = [
            r if r.origin != ORIGIN_INLINE else replace(r, span=span_as_printed(r.span, positions, printed))
            for r in references
        ]
        citations = [replace(c, span=span_as_printed(c.span, positions, printed)) for c in citations]
        cross_references = [
            replace(
                x, span=span_as_printed(x.span, positions, printed),
                # (the target in the letters printed: "(см. Капитализм)")
                target=printed_value(x.target, text, positions, printed, x.span.start, x.span.end) if cyrillic
                else x.target,
            )
            for x in cross_references
        ]
        problems = [replace(pr, span=span_as_printed(pr.span, positions, printed)) for pr in problems]
    if changed:
        citations = [replace(c, text=c.span.slice(printed)) for c in citations]
    return Document(
        path=path,
        title=printed_value(seg.title, text, positions, printed) if cyrillic else seg.title,
        references=tuple(references),
        citations=tuple(citations),
        cross_references=tuple(cross_references),
        problems=tuple(problems),
    )
