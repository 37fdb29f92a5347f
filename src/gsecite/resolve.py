"""Resolution: each inline citation to a work, ``ibid.`` to the citation just before it.

A citation names a work; that work is the bibliography entry with the same
author, container, edition and volume (or the same title) when the article
has one, else an ``inline`` reference shared by every citation of that work.
``ibid.`` (and a part that names only a new volume) takes the work of the
citation before it, with the new volume when printed; when there is none, or
that one failed, it fails too and a problem says so.

>>> from gsecite.inline import find_inline
>>> cites, _ = find_inline("(Poln. sobr. soch., 5th ed., vol. 38, p. 237) and (ibid., vol. 39, p. 5)")
>>> refs, citations, problems = resolve_citations(cites, [])
>>> [(r.author[0].family, r.volume) for r in refs], [c.reference for c in citations]
([('Lenin', '38'), ('Lenin', '39')], ['inline:0', 'inline:1'])
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .dictionary import is_common_russian_word
from .inline import CitedWork, InlineCitation, continues_previous, given_names_from
from .language import detect_language
from .model import ORIGIN_INLINE, Citation, Date, Name, Problem, Reference
from .normalize import abridged_words
from .patterns import CITED_FAMILIES
from .tables import load_tables

_NOT_ALNUM = re.compile(r"[\W_]+")


def _norm(text: str) -> str:
    return _NOT_ALNUM.sub("", text.casefold())


# (of two words at least: "(bol’shevikov)" of VKP(b) is the name's)
_REMARK_IN_PARENTHESES = re.compile(r"\s?\([^()\d\s]+\s[^()\d]+\)")


def _title_key(title: str) -> str:
    """A title as citations and entries are matched by: :func:`_norm`, with an acronym for the words it stands
    for, which an entry spells out and a citation need not.

    >>> _title_key("Programma Kommunisticheskoi partii Sovetskogo Soiuza") == _title_key("Programma KPSS")
    True

    A remark in parentheses that an entry's title holds and a citation leaves out ("Konstitutsiia (Osnovnoi
    Zakon) SSSR") is no part of it; years in parentheses are ("Istoriia SSSR (1917–1937)").

    >>> _title_key("Konstitutsiia (Osnovnoi Zakon) Soiuza Sovetskikh Sotsialisticheskikh Respublik")
    'konstitutsiiasssr'
    >>> _title_key("Istoriia Vsesoiuznoi kommunisticheskoi partii (bol’shevikov)") == _title_key("Istoriia VKP(b)")
    True
    """
    if "(" in title:
        title = _REMARK_IN_PARENTHESES.sub(" ", title)
    key = _norm(title)
    for spelled, acronym in _acronyms():
        if spelled in key:
            key = key.replace(spelled, acronym)
    return key


@lru_cache(maxsize=1)
def _acronyms() -> tuple[tuple[str, str], ...]:
    """The table's acronyms and the words they stand for, as :func:`_norm` leaves them."""
    return tuple((_norm(words), _norm(acronym)) for acronym, words in load_tables().title_acronyms.items())


def _families(names) -> frozenset[str]:
    return frozenset(_norm(n.family or n.literal) for n in names)


def _same_number(a: str, b: str) -> bool:
    return not a or not b or _norm(a) == _norm(b)


def _same_year(a: Date | None, b: Date | None) -> bool:
    return a is None or b is None or a.start[0] == b.start[0]


def matches(work: CitedWork, ref: Reference) -> bool:
    """Whether a bibliography entry is the work a citation names.

    >>> from gsecite.model import Name
    >>> ref = Reference(id="x", type="chapter", author=(Name("Marx", "K."),), container_title="Sochineniia",
    ...                 edition="2", volume="8")
    >>> matches(CitedWork(author=(Name("Marx", "K."),), container_title="Sochineniia", edition="2", volume="8"), ref)
    True
    >>> matches(CitedWork(author=(Name("Engels", "F."),), container_title="Sochineniia", volume="8"), ref)
    False

    The collected works themselves, an entry of their own (``Marx, K., and F. Engels. Soch., 2nd ed.,
    vol. 21.``), are what a citation of a page in them names:

    >>> works = Reference(id="y", type="book", author=(Name("Marx", "K."), Name("Engels", "F.")),
    ...                   title="Sochineniia", edition="2", volume="21")
    >>> matches(CitedWork(author=(Name("Marx", "K."),), container_title="Sochineniia", edition="2", volume="21"), works)
    True
    """
    if work.title and ref.title:
        if not _same_authors(work, ref):
            return False
        # (one volume of a work in volumes is no entry of them all: "Izbr. nauchnye trudy, vol. 2" is not
        # "Izbr. nauchnye trudy, vols. 1–2", the conventions' same volume)
        if (
            (_title_key(work.title) == _title_key(ref.title) and _same_number(work.volume, ref.volume))
            or _short_title_of(work, ref)
            or _abridged_title_of(work, ref)
        ):
            return True
    if work.title and _by_author_and_year(work, ref):
        return True  # (an entry with no title too: "Leavitt, 1912" cites "Leavitt, H. S. Harvard …, 1912, no. 173.")
    if not (work.title or work.container_title) and work.author and work.author[0].literal:
        # "Herodotus, IV, 17": the one work of an author known by one name that the page lists
        return bool(ref.author) and _norm(ref.author[0].literal) == _norm(work.author[0].literal)
    if not work.container_title or _norm(work.container_title) != _norm(_container_of(ref)):
        return False
    if work.issue:  # "Kommunist, 1974, no. 12": the article of that issue
        return _norm(work.issue) == _norm(ref.issue) and _same_year(work.issued, ref.issued)
    if not (work.title or work.author or work.volume or ref.container_title or work.periodical):
        # "(in the collection Lenin i Gor’kii, Moscow, 1961, p. 5)": a page of the collection itself
        return _same_year(work.issued, ref.issued) and _same_number(work.edition, ref.edition)
    if not (work.volume and _norm(work.volume) == _norm(ref.volume)) or not _same_number(work.edition, ref.edition):
        return False
    if work.author:
        return _families(work.author) <= _families(ref.author)
    return True


def _same_authors(work: CitedWork, ref: Reference) -> bool:
    """Whether a citation and an entry name the same authors, as far as both name any: a title two
    authors share (Wiener's and Kolmogorov's "Kibernetika") is no match."""
    return not work.author or not ref.author or bool(_families(work.author) & _families(ref.author))


def _short_title_of(work: CitedWork, ref: Reference) -> bool:
    """Whether a citation names an entry by its title's first words, as a citation shortens a long
    title ("Kibernetika" for "Kibernetika, ili upravlenie i sviaz’ …"): the author must be named (or neither
    names one, and both the year), and the edition, volume and year must not differ ("Kapital, vol. 1, 1955" is
    no chapter of the works).

    >>> from gsecite.model import Name
    >>> ref = Reference(id="x", type="book", author=(Name("Wiener", "N."),),
    ...                 title="Kibernetika, ili upravlenie i sviaz’ v zhivotnom i mashine", edition="2")
    >>> _short_title_of(CitedWork(author=(Name("Wiener", "N."),), title="Kibernetika", edition="2"), ref)
    True
    >>> _short_title_of(CitedWork(author=(Name("Wiener", "N."),), title="Kiber"), ref)
    False
    >>> yearbook = Reference(id="y", type="book", title="Narodnoe khoziaistvo SSSR v 1975 g.: Ezhegodnik",
    ...                      issued=Date((1976,)))
    >>> [_short_title_of(CitedWork(title="Narodnoe khoziaistvo SSSR v 1975 g.", issued=Date((year,))), yearbook)
    ...  for year in (1976, 1977)]
    [True, False]
    """
    title = work.title.strip()
    # (or neither names one, and both print the same year: "Narodnoe khoziaistvo SSSR v 1975 g., Moscow, 1976" for
    # "Narodnoe khoziaistvo SSSR v 1975 g.: Statisticheskii ezhegodnik. Moscow, 1976.")
    dated = work.issued is not None and ref.issued is not None
    named = bool(work.author and ref.author) or (not work.author and not ref.author and dated)
    after = ref.title[len(title) : len(title) + 1]
    # (or a title's first words that its next words go on, two words at least, a year both print, and an
    # entry by an author the citation does not name, as the subject's works are cited: "Pis’ma k P. M.
    # Tret’iakovu, 1946" for "Pis’ma k P. M. Tret’iakovu i V. V. Stasovu: 1873–1898. Moscow, 1946.")
    unnamed = not work.author and bool(ref.author) and dated and after == " " and " " in title
    return (
        (named and after in _TITLE_BREAKS or unnamed)
        and ref.title.startswith(title)
        and _same_number(work.edition, ref.edition)
        and _same_number(work.volume, ref.volume)
        and _same_year(work.issued, ref.issued)
    )


def _abridged_title_of(work: CitedWork, ref: Reference) -> bool:
    """Whether a citation names an entry by its title's first words and an ellipsis, as the encyclopedia
    abridges a long title ("Istoriia kolkhoznogo prava …" for "Istoriia kolkhoznogo prava: Sbornik
    zakonodatel’nykh materialov"): the ellipsis says the title goes on, so no author need be named; the words
    must end at a word's end, and the edition, volume and year must not differ.

    >>> ref = Reference(id="x", type="book", title="Istoriia kolkhoznogo prava: Sbornik materialov", volume="1")
    >>> _abridged_title_of(CitedWork(title="Istoriia kolkhoznogo prava …", volume="1"), ref)
    True
    >>> _abridged_title_of(CitedWork(title="Istoriia kolkhoz …", volume="1"), ref)
    False
    >>> _abridged_title_of(CitedWork(title="Istoriia kolkhoznogo prava …", volume="2"), ref)
    False
    """
    words = abridged_words(work.title)
    if not words or not ref.title.startswith(words):
        return False
    after = ref.title[len(words) : len(words) + 1]
    return (
        not after.isalnum()
        and _same_number(work.edition, ref.edition)
        and _same_number(work.volume, ref.volume)
        and _same_year(work.issued, ref.issued)
    )


def _cited_families(work: CitedWork) -> tuple[str, ...]:
    """The family names a citation prints in its title's place, with a year and nothing else, as a
    scientist cites ("Tiurin, 1965, p. 48"; "Popper and Schaffner, 1957"; "Kovda et al., 1973"), else ().

    >>> _cited_families(CitedWork(title="Popper and Schaffner", issued=Date((1957,))))
    ('popper', 'schaffner')
    >>> _cited_families(CitedWork(title="Kapital", volume="1", issued=Date((1955,))))
    ()
    """
    if work.author or work.container_title or work.volume or work.issue or not work.issued:
        return ()
    names = _FAMILIES_ALONE.fullmatch(work.title)
    return tuple(_norm(name) for name in names.group(1, 2) if name) if names else ()


_FAMILIES_ALONE = re.compile(CITED_FAMILIES)


def _by_author_and_year(work: CitedWork, ref: Reference) -> bool:
    """Whether a citation by family names and a year ("Tiurin, 1965") names an entry: its first author is
    the first named, the others are among its authors, and its year is the one cited.

    >>> from gsecite.model import Name
    >>> ref = Reference(id="x", type="book", author=(Name("Tiurin", "I. V."),), title="Organicheskoe veshchestvo",
    ...                 issued=Date((1965,)))
    >>> _by_author_and_year(CitedWork(title="Tiurin", issued=Date((1965,))), ref)
    True
    >>> _by_author_and_year(CitedWork(title="Tiurin", issued=Date((1966,))), ref)
    False
    """
    families = _cited_families(work)
    return (
        bool(families and ref.author and ref.issued)
        and _norm(ref.author[0].family or ref.author[0].literal) == families[0]
        and set(families) <= _families(ref.author)
        and ref.issued.start[0] == work.issued.start[0]
    )


# What ends a title's first words that a citation may name alone: a comma, a colon, a period.
_TITLE_BREAKS = frozenset(",:.;")
_TITLE_BREAK = re.compile("[,:.;]")


def _title_and_its_first_words(title: str, by_words: bool = False) -> list[str]:
    """A title, and its first words up to each break a citation may shorten it at; ``by_words``, also up
    to each space after the second word (see :func:`_short_title_of`).

    >>> _title_and_its_first_words("Kibernetika, ili upravlenie: Ocherk")
    ['Kibernetika, ili upravlenie: Ocherk', 'Kibernetika', 'Kibernetika, ili upravlenie']
    >>> _title_and_its_first_words("Pis’ma k drugu", by_words=True)
    ['Pis’ma k drugu', 'Pis’ma k']
    """
    if not title:
        return []
    breaks = [m.start() for m in _TITLE_BREAK.finditer(title, 1)]
    if by_words:
        spaces = [i for i, ch in enumerate(title) if ch == " "]
        breaks = sorted(set(breaks) | set(spaces[1:]))
    return [title, *(title[:at] for at in breaks)]


def _container_of(ref: Reference) -> str:
    """What a citation's container is matched against: the entry's container, or, for an entry that has
    none, its own title (the collected works themselves)."""
    return ref.container_title or ref.title


def _identity(work: CitedWork) -> tuple:
    return (
        _families(work.author), _norm(work.title), _norm(work.container_title),
        _norm(work.edition), _norm(work.volume), _norm(work.part), _norm(work.issue),
        work.issued.start if work.issued else None,
    )


def _latest_by(authors, works: list[CitedWork], volume: str = "") -> CitedWork | None:
    """The latest work cited by these authors: what "Lenin, ibid." means after a citation of Marx.
    With a new volume ("Lenin, ibid., vol. 39"), the latest of their works in volumes, if any.

    >>> from gsecite.model import Name
    >>> lenin, marx = CitedWork(author=(Name("Lenin", "V. I."),)), CitedWork(author=(Name("Marx", "K."),))
    >>> _latest_by((Name("Lenin"),), [lenin, marx]) is lenin
    True
    >>> works = CitedWork(author=(Name("Lenin"),), container_title="Polnoe sobranie sochinenii", volume="33")
    >>> _latest_by((Name("Lenin"),), [works, lenin, marx], volume="39") is works
    True
    >>> chapter = CitedWork(author=(Name("Marx", "K."),), container_author=(Name("Marx"), Name("Engels")), volume="8")
    >>> _latest_by((Name("Engels"),), [chapter, lenin]) is chapter
    True
    """
    wanted = _families(authors)
    theirs = [work for work in reversed(works) if wanted <= _families(work.author)] or [
        # (else the works they wrote with others: "F. Engels, ibid." after K. Marx's chapter in K. Marx and
        # F. Engels, Soch., and Lenin's works cited since)
        work for work in reversed(works) if wanted <= _families(work.container_author)
    ]
    if volume:
        return next((work for work in theirs if work.volume), None) or next(iter(theirs), None)
    return next(iter(theirs), None)


def _by_the_subject(work: CitedWork, same_titles, same_containers, speaker: tuple[Name, ...] = ()) -> CitedWork:
    """A citation of collected works that names no author, in an article whose works list the subject's
    collected works so titled: the subject's ("(Sobr. soch., vol. 2, Moscow, 1954, p. 210)" in the article on
    Korolenko, whose works list "Sobr. soch., vols. 1–10"). Other articles' collected works stay unnamed.
    But the one entry of the literature in those works with the volume and year the citation prints is
    another author's ("Belinskii called Gogol’ … (Poln. sobr. soch., vol. 1, 1953, p. 306)", with
    "Belinskii, V. G. “O russkoi povesti …” Poln. sobr. soch., vol. 1. Moscow, 1953." in the literature).

    >>> from gsecite.model import Name
    >>> works = Reference(id="k", type="book", author=(Name("Korolenko", "V. G."),), title="Sobranie sochinenii",
    ...                   custom=(("block", "works"),))
    >>> _by_the_subject(CitedWork(container_title="Sobranie sochinenii", volume="2"), [works], []).author[0].family
    'Korolenko'
    >>> critic = Reference(id="b", type="chapter", author=(Name("Belinskii", "V. G."),),
    ...                    container_title="Sobranie sochinenii", volume="2", issued=Date((1954,)))
    >>> cited = CitedWork(container_title="Sobranie sochinenii", volume="2", issued=Date((1954,)))
    >>> _by_the_subject(cited, [works], [critic]).author[0].family
    'Belinskii'

    Who the sentence says is speaking, when not the subject, is the author: "V. G. Belinskii called him “…”
    (Poln. sobr. soch., vol. 7, 1955, p. 135)" in the article on Lomonosov, whose works list his own.

    >>> _by_the_subject(CitedWork(container_title="Sobranie sochinenii"), [works], [], (Name("Belinskii", "V. G."),)
    ...                 ).author[0].family
    'Belinskii'
    >>> _by_the_subject(CitedWork(container_title="Sobranie sochinenii"), [works], [], (Name("Korolenko", "V."),)
    ...                 ).author[0].given
    'V. G.'
    """
    if work.volume and work.issued:
        printed = [
            ref for ref in same_containers
            if ref.author and ref.container_title and _norm(ref.volume) == _norm(work.volume)
            and ref.issued is not None and _same_year(work.issued, ref.issued)
        ]
        if len(printed) == 1:
            return replace(work, author=printed[0].author, container_author=printed[0].container_author)
    subjects = [ref.author for ref in same_titles if ref.author and ("block", "works") in ref.custom]
    if speaker and not (subjects and _families(speaker) <= _families(subjects[0])):
        return replace(work, author=speaker, container_author=speaker)
    if subjects:
        return replace(work, author=subjects[0], container_author=subjects[0])
    return work


def _the_subjects_work(work: CitedWork, same_titles) -> CitedWork:
    """A citation by a title alone of another volume of a work the subject's works list: the subject's
    ("(Shygarmalar, vol. 2, 1958, p. 40)" beside "Shygarmalar, vols. 1–4. Alma-Ata, 1958–60." in the works).

    >>> from gsecite.model import Name
    >>> works = Reference(id="s", type="book", author=(Name("Dzhansugurov", "Il’ias"),), title="Shygarmalar",
    ...                   volume="1–4", custom=(("block", "works"),))
    >>> _the_subjects_work(CitedWork(title="Shygarmalar", volume="2"), [works]).author[0].family
    'Dzhansugurov'
    >>> _the_subjects_work(CitedWork(title="Shygarmalar i", volume="2"), [works]).author
    ()
    """
    key = _title_key(work.title)
    for ref in same_titles:
        if ref.author and ("block", "works") in ref.custom and _title_key(ref.title) == key:
            return replace(work, author=ref.author)
    return work


def _their_one_entry(named: frozenset[str], by_first_author: dict[str, list[Reference]]) -> CitedWork | None:
    """The work of the one bibliography entry by the persons named, as a citation names it; None when they have
    none or several."""
    entries = {ref.id: ref for family in named for ref in by_first_author.get(family, ())}
    if len(entries) != 1:
        return None
    (ref,) = entries.values()
    return CitedWork(author=ref.author, title=ref.title, title_short=ref.title_short,
                     container_title=ref.container_title, container_title_short=ref.container_title_short,
                     container_author=ref.container_author, edition=ref.edition, volume=ref.volume, part=ref.part,
                     issue=ref.issue, issued=ref.issued, publisher_place=ref.publisher_place)


def _cited_before(work: CitedWork, earlier: CitedWork | None, speaker: tuple[Name, ...] = ()) -> CitedWork:
    """A work cited by its title alone, no author named, that was cited before with its author (``earlier``, the
    latest of that title and volume): the same work, its author and year as then, unless the sentence names another
    or the edition or year differ ("(K. Marx, Kapital, vol. 1, 1955, p. 621)" then "Marx noted … (Kapital, vol. 1,
    p. 659)").

    >>> from gsecite.model import Name
    >>> before = CitedWork(author=(Name("Marx", "K."),), title="Kapital", volume="1", issued=Date((1955,)))
    >>> again = _cited_before(CitedWork(title="Kapital", volume="1"), before)
    >>> again.author[0].family, again.issued.start
    ('Marx', (1955,))
    >>> _cited_before(CitedWork(title="Kapital", volume="1"), before, (Name("Engels"),)).author
    ()
    """
    if earlier is None or not (_same_number(work.edition, earlier.edition) and _same_year(work.issued, earlier.issued)):
        return work
    named = _families(speaker)
    if named and not named & _families(earlier.author):
        return work
    return replace(work, author=earlier.author, issued=work.issued or earlier.issued,
                   edition=work.edition or earlier.edition)


def _inline_type(work: CitedWork, newspapers: frozenset[str]) -> str:
    """``chapter`` in a container, ``article-journal`` in an issue, ``article-newspaper`` on a day.

    >>> _inline_type(CitedWork(container_title="Kommunist", issue="12", periodical=True), frozenset({"Pravda"}))
    'article-journal'
    """
    if not work.container_title:
        return "book"
    if work.container_title in newspapers or (work.issued and len(work.issued.start) == 3):
        return "article-newspaper"
    return "article-journal" if work.periodical else "chapter"


def _inline_reference(work: CitedWork, placeholder: str, citation: InlineCitation, language: str = "") -> Reference:
    tables = load_tables()
    if (named := _FAMILIES_ALONE.fullmatch(work.title)) and (
        named.group(2) or "et al" in work.title or not is_common_russian_word(named.group(1).lower())
        or named.group(1).endswith(tables.russian_surname_endings)
    ) and not work.title.startswith(tables.title_prefixes) and _cited_families(work):
        # "(Kolmogorov et al., 1956, p. 5)", "(Popper and Schaffner, 1957)", "(Tiurin, 1965, p. 48)" naming no
        # entry: their authors, no title (but a word of the language is a title: "Kapital, 1955, p. 5"; not one
        # with a Russian surname's ending, which the dictionary may know as another word: "Ivanov, 1965, p. 30";
        # and one a title's prefix begins: "Anti-Dühring, 1957, p. 36")
        work = replace(work, author=tuple(Name(family=name) for name in named.group(1, 2) if name), title="")
    return Reference(
        id=placeholder,
        type=_inline_type(work, tables.newspapers),
        span=citation.span,
        origin=ORIGIN_INLINE,
        author=work.author,
        container_author=work.container_author,
        editor=work.editor,
        title=work.title,
        title_short=work.title_short,
        container_title=work.container_title,
        container_title_short=work.container_title_short,
        edition=work.edition,
        volume=work.volume,
        part=work.part,
        issue=work.issue,
        issued=work.issued,
        publisher_place=work.publisher_place,
        language=language or detect_language(work.title or work.container_title, place=work.publisher_place),
        custom=(("cited_as", citation.text),),
    )


_UNTOLD = "could not tell which work “{}” cites"


def resolve_citations(
    inline: list[InlineCitation], bibliography: list[Reference]
) -> tuple[list[Reference], list[Citation], list[Problem]]:
    """Inline references (ids ``inline:N``), citations in text order, and problems."""
    refs: list[Reference] = []
    citations: list[Citation] = []
    problems: list[Problem] = []
    if not inline:
        return refs, citations, problems
    by_identity: dict[tuple, str] = {}
    # Candidates by title and by container, so that a page with many entries and many
    # citations is not matched all against all.
    by_title: dict[str, list[Reference]] = {}
    by_container: dict[str, list[Reference]] = {}
    by_first_author: dict[str, list[Reference]] = {}
    bibliography_order = {ref.id: i for i, ref in enumerate(bibliography)}
    for ref in bibliography:
        for title in _title_and_its_first_words(ref.title, by_words=bool(ref.author)):
            by_title.setdefault(_title_key(title), []).append(ref)
        if container := _container_of(ref):
            by_container.setdefault(_norm(container), []).append(ref)
        if ref.author:
            by_first_author.setdefault(_norm(ref.author[0].family or ref.author[0].literal), []).append(ref)
    previous: CitedWork | None = None
    resolved: list[CitedWork] = []  # the works cited so far, in text order
    authored: dict[tuple[str, str], CitedWork] = {}  # the latest of them with an author, by title and volume
    for cited in inline:
        if cited.ibid or continues_previous(cited.work):
            change = cited.work or CitedWork()
            base = _latest_by(change.author, resolved, change.volume) if cited.ibid and change.author else None
            # (an unnamed op. cit. names no author, but the sentence does: "Lenin returned to it (op. cit., vol. 38)")
            named = _families(change.author or cited.speaker) if cited.op_cit else frozenset()
            if not change.author and named:
                # "(op. cit., vol. 38)" with no name: the latest work cited of one the sentence names
                base = next((work for work in reversed(resolved) if named & _families(work.author)), None)
            if base is None and named:
                # Nothing of theirs cited yet: the one entry of theirs the bibliography lists ("studied by D. B.
                # Riazanov (op. cit., p. 5)", "(Riazanov, op. cit., p. 5)" under "Riazanov, D. B. “Dialektika
                # prirody.” …"), else no work: not the citation before, which is another's ("Marx, ibid." is the
                # work of the citation before, whoever's, as the conventions have it)
                base = _their_one_entry(named, by_first_author)
                if base is None:
                    problems.append(Problem(cited.span, _UNTOLD.format(cited.text)))
                    previous = None
                    continue
            base = base or previous
            if base is not None and change.volume and base.periodical and not base.volume:
                # "(Iskra, no. 4, May 1901)" then "(ibid., vol. 5, …)": an issue has no volumes, so the works cited
                # before it are meant, those in volumes first, and of them the speaker's ("Lenin wrote … (vol. 31)")
                books = [work for work in reversed(resolved) if not work.periodical]
                in_volumes = [work for work in books if work.volume]
                speakers = _families(cited.speaker)
                base = next(
                    (work for work in in_volumes if speakers and speakers <= _families(work.author)),
                    next(iter(in_volumes or books), base),
                )
            if base is None:
                problems.append(Problem(cited.span, f"“{cited.text}” refers to no earlier citation that resolved"))
                continue
            work = replace(base, issue=change.issue) if change.issue and not change.volume else base
            if change.volume:
                # (the year printed with the earlier volume is no other volume's: "Poln. sobr. soch., vol. 46,
                # 1937" then "ibid., vol. 60" is of no year the page gives)
                issued = base.issued if change.volume == base.volume else None
                work = replace(base, volume=change.volume, part=change.part, issued=issued)
                if base.container_title and change.volume != base.volume:
                    # "(V. I. Lenin, “Tri istochnika …,” Poln. sobr. soch., vol. 23, p. 43)" then "(ibid., vol. 17)":
                    # another volume of the works, not the same article (but "Kapital, vol. 2" is Kapital still)
                    work = replace(work, title="", title_short="")
            if change.title:
                work = replace(work, title=change.title, title_short="")  # "“Pamiati Kommuny,” ibid., vol. 20"
            if change.issued:
                work = replace(work, issued=change.issued)  # "ibid., vol. 60, 1949": the year printed
            named = _families(change.author)
            if cited.ibid and named and not base.author:
                # "(Soch., 2nd ed., vol. 4)" with the authors in the sentence, then "(K. Marx and F. Engels, ibid.,
                # vol. 28)": the authors the ibid. names
                work = replace(work, author=change.author)
            elif cited.ibid and named and named < _families(base.author):
                # "Engels, ibid." after "K. Marx and F. Engels, Soch.": Engels's work in their works.
                work = replace(work, author=tuple(n for n in base.author if _norm(n.family or n.literal) in named))
            elif cited.ibid and named and not named <= _families(base.author) and named <= _families(
                base.container_author
            ):
                # "F. Engels, ibid., vol. 20" after "K. Marx, in K. Marx and F. Engels, Soch.", no work of Engels's
                # cited yet: a work of his in the same works, which is not Marx's work.
                work = replace(work, author=given_names_from(change.author, base.container_author), title="",
                               title_short="")
        elif cited.work is None or cited.work.is_empty():
            problems.append(Problem(cited.span, _UNTOLD.format(cited.text)))
            previous = None
            continue
        else:
            work = cited.work
            if cited.by_previous_author and previous is not None and not work.author:
                work = replace(work, author=previous.author)  # "(M. Gor’kii, …; see also his O literature, …)"
            elif not work.author and not work.title and work.container_title:
                same_titles = by_title.get(_title_key(work.container_title), ())
                work = _by_the_subject(
                    work, same_titles, by_container.get(_norm(work.container_title), ()), cited.speaker
                )
            elif not work.author and work.title and not work.container_title:
                work = _the_subjects_work(work, by_title.get(_title_key(work.title), ()))
                if not work.author:
                    work = _cited_before(work, authored.get((_title_key(work.title), _norm(work.volume))),
                                         cited.speaker)
        candidates = by_title.get(_title_key(work.title), []) + by_container.get(_norm(work.container_title), [])
        if abridged_words(work.title):
            candidates = list(bibliography)  # (the entry's title goes on past the words cited)
        elif families := _cited_families(work):
            candidates += by_first_author.get(families[0], [])
        elif not (work.title or work.container_title) and work.author and work.author[0].literal:
            candidates += by_first_author.get(_norm(work.author[0].literal), [])  # "Herodotus, IV, 17"
        candidates.sort(key=lambda r: bibliography_order[r.id])
        matched = [r for r in candidates if matches(work, r)]
        if len(matched) > 1:
            # Of entries of one title, the one of the year printed ("(Izbrannoe, 1961, p. 5)" beside the editions of
            # 1956 and 1961), and the one of the title printed whole before one it begins ("Lenin i Gor’kii" before
            # "Lenin i Gor’kii: Pis’ma …")
            key = _title_key(work.title or work.container_title)
            matched.sort(key=lambda r: (
                not (work.issued and r.issued and _same_year(work.issued, r.issued)), _title_key(r.title) != key
            ))
        ref_id = matched[0].id if matched else None
        if ref_id is None:
            key = _identity(work)
            ref_id = by_identity.get(key)
            if ref_id is None:
                ref_id = f"inline:{len(refs)}"
                by_identity[key] = ref_id
                # (a title the bibliography lists too is in the language of its entry: "Shygarmalar" is Kazakh)
                key = _title_key(work.title)
                listed = next((r.language for r in by_title.get(key, ()) if _title_key(r.title) == key), "")
                refs.append(_inline_reference(work, ref_id, cited, listed if work.title else ""))
            else:
                index = int(ref_id.removeprefix("inline:"))
                known = refs[index]
                refs[index] = replace(
                    known,
                    author=given_names_from(known.author, work.author),
                    container_author=given_names_from(known.container_author, work.container_author),
                )
        citations.append(Citation(ref_id, cited.text, cited.span, cited.locator, cited.label))
        previous = work
        resolved.append(work)
        if work.author and work.title:
            authored[_title_key(work.title), _norm(work.volume)] = work
    return refs, citations, problems
