"""The knowledge tables under ``gsecite/data/``, loaded once on first use.

Nothing is read at import time: :func:`load_tables` reads the JSON files the
first time a stage asks for them and keeps the (immutable) result.

>>> tables = load_tables()
>>> tables.collected_works["Soch."]
'Sochineniia'
>>> tables.nationalities["Kazakh"]
'kk'
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Any


def read_table(name: str) -> dict[str, Any]:
    text = resources.files("gsecite.data").joinpath(name).read_text(encoding="utf-8")
    data = json.loads(text)
    data.pop("_doc", None)
    return data


def _languages_by_word(words_by_language: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
    """Each word of a table listed by language, with every language it is listed under.

    >>> _languages_by_word({"en": ["J.", "Soc."], "fr": ["Soc."]})
    {'J.': ('en',), 'Soc.': ('en', 'fr')}
    """
    languages: dict[str, tuple[str, ...]] = {}
    for language, words in words_by_language.items():
        for word in words:
            languages[word] = (*languages.get(word, ()), language)
    return languages


def alternation(words: list[str] | tuple[str, ...]) -> str:
    """A regex alternation of literal words that prefers the longest that matches ("Moscow-Leningrad"
    over "Moscow"), written as a trie: the regex engine tries each branch of an alternation in turn, at
    every position, so a list of 180 cities costs 180 tries where the trie costs a few.

    >>> alternation(["Riga", "Rigas", "Rostov"])
    'R(?:igas?|ostov)'
    >>> bool(re.fullmatch(alternation(["ab", "abc", "b"]), "abc"))
    True
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    return _trie_pattern(trie)


def _trie_pattern(node: dict) -> str:
    branches = [re.escape(ch) + _trie_pattern(child) for ch, child in node.items() if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a word may end here: the longer words are tried first (greedy), then this one
        return body + "?" if len(branches) == 1 and len(body) == 1 else f"(?:{body})?"
    return body


@dataclass(frozen=True)
class Tables:
    collected_works: MappingProxyType  # printed phrase → expansion (titles and containers)
    abridged_titles: MappingProxyType  # "KPSS v rezoliutsiiakh" → the whole title it abridges with "…"
    title_acronyms: MappingProxyType  # "KPSS" → "Kommunisticheskoi partii Sovetskogo Soiuza", as titles spell it
    collected_works_titles: frozenset[str]  # the expansions: "Polnoe sobranie sochinenii" (… "i pisem")
    container_words: MappingProxyType  # printed word → expansion (container titles only)
    journal_abbreviations: MappingProxyType  # "J." → ("en",), "Soc." → ("en", "fr"): a Western journal's words
    periodical_words: frozenset[str]  # the abbreviated words of a journal's name, Soviet or Western (Izv., J.)
    collected_works_owners: MappingProxyType  # "container|edition" → (family, given) by convention
    ibid: tuple[str, ...]
    citation_remarks: tuple[str, ...]  # "emphasis added" after a citation's page
    citation_remark_openings: tuple[str, ...]  # "letter to": "p. 146, letter to P. A. Viazemskii"
    no_date: tuple[str, ...]  # "n.d.": an imprint without a year
    no_place: tuple[str, ...]  # "N.p.", "[No place]": an imprint without a place
    places: frozenset[str]
    place_languages: MappingProxyType  # "Paris" → "fr": the language of most books printed there
    regions: MappingProxyType  # "N.Y." → "en": a state printed after its city (Ithaca, N.Y.)
    publishers: MappingProxyType  # "Harvard UP" → "en": a publisher printed with no city before it (MLA 9)
    national_languages: MappingProxyType  # "Tallinn" → "et": a Soviet capital's people's language
    ordinals: MappingProxyType
    edition_qualifiers: tuple[str, ...]  # "revised", "enlarged": printed with an edition's number
    named_editions: tuple[str, ...]  # "new ed.": a word for the edition's number
    months: MappingProxyType
    nationalities: MappingProxyType
    person_nouns: tuple[str, ...]
    turkic_endings: tuple[str, ...]  # "lar", "ynyn": Turkic endings no Russian word has
    taxon_endings: tuple[str, ...]  # "idae", "inae": the Latin names of families of animals and plants
    russian_genre_titles: frozenset[str]  # "stikhi", "skazki": a title of one is Russian in any writer's works
    title_words: MappingProxyType  # language → words of its titles that a Russian dictionary knows too ("vybrani")
    writing_headwords: frozenset[str]  # "Literature": "Kirghiz Literature" is about the Kirghiz people's writing
    stopwords: MappingProxyType  # language → frozenset of words
    elisions: tuple[str, ...]  # "l", "dell": an article or preposition elided before a vowel (l’arte)
    russian_abbreviations: tuple[str, ...]  # "im." (imeni): no German im
    russian_words: frozenset[str]
    russian_endings: tuple[str, ...]
    characters: MappingProxyType  # character → candidate languages
    lettered_languages: frozenset[str]  # the languages that write one of those characters at least
    alalc_marks: tuple[str, ...]  # marks of ALA-LC romanized Russian (ĭ, ʹ, the tie)
    alalc_letters: frozenset[str]  # letters that are Russian beside those marks (ë)
    spellings: MappingProxyType  # language → spellings that mark it ("sch", "ung$")
    adjective_spellings: tuple[str, ...]  # "s’koi$": a capitalized adjective's spelling that marks its language
    journals: MappingProxyType  # "Nature" → "en": a Western journal cited by one word or an acronym
    headings: MappingProxyType  # HEADING → block kind
    section_name_headings: frozenset[str]  # LITERATURE: a heading that may also name a section
    translation_labels: tuple[str, ...]
    drop_line_prefixes: tuple[str, ...]
    drop_line_suffixes: tuple[str, ...]
    stop_prefixes: tuple[str, ...]
    article_end_prefixes: tuple[str, ...]
    article_start_prefixes: tuple[str, ...]
    site_lines: tuple[str, ...]  # the site's notice and copyright line, whole
    newspapers: frozenset[str]
    note_words: frozenset[str]
    remarks: frozenset[str]  # "obituary": a bracketed remark before a title, not the title
    literature_marks: tuple[tuple[str, ...], ...]  # ("istori", "literatur"): a history of a literature
    own_works_phrases: tuple[str, ...]  # "collected papers of": a title naming its author's own works
    table_captions: tuple[str, ...]  # "Table": a table's caption begins so ("Table 2. Population")
    table_notes: tuple[str, ...]  # "Source: ": a table's note of its source begins so, body text
    unfinished_line_ends: frozenset[str]  # "of", "the": no sentence ends with them
    homoglyphs: MappingProxyType  # "о" → "o": a Cyrillic letter read as the Latin one it looks like
    suspended_hyphen_words: frozenset[str]  # "und" of "Sinter- und Verbundwerkstoffe": after an open hyphen
    sentence_verbs: frozenset[str]  # "wrote", "became", "writes": after a name, a sentence about its bearer
    quoting_verbs: frozenset[str]  # "states", "wrote": "… states: “…”" introduces a quotation
    judging_verbs: frozenset[str]  # "called", "defined" and the quoting verbs: "Belinskii called him “…”"
    continuation_starts: tuple[str, ...]  # "In ", "Ibid.", "vol.": no entry begins so
    container_kinds: tuple[str, ...]  # "collection", "book": In the collection …
    words_before_a_name: frozenset[str]  # "in", "journal", "epic": in Kommunist (1975, no. 4), the epic Manas (…)
    periodical_kinds: frozenset[str]  # "journal": the journal Kommunist (1975, p. 20) is a periodical
    book_kinds: frozenset[str]  # "novel", "epic": the novel Abai (1942, p. 5) is a book, not a periodical
    title_abbreviations: frozenset[str]  # "gg.", "v.": no entry ends so
    apparatus_words: frozenset[str]  # "collection": the translation's English words, joined again when a wrap cuts them
    credits: tuple[str, ...]  # "Compiled", "Introduction": a credit sentence ("Introduction by …") is a note
    list_markers: tuple[str, ...]  # "•", "-": a bullet before an entry of a list copied from elsewhere
    section_names: frozenset[str]  # "literature", "architecture": how a long article's sections are named
    hard_sign_stems: tuple[str, ...]
    suffix_fragments: frozenset[str]
    ordinal_suffixes: tuple[str, ...]
    abbreviation_slips: tuple[tuple[str, str], ...]  # (printed, meant): "Cos." for "Gos."
    name_particles: tuple[str, ...]  # "de", "van der": parts of a Western name
    editor_marks: tuple[str, ...]  # "(editor)" after the names: they edited the work
    editor_phrases: tuple[str, ...]  # "Under the editorship of": the editors after the title
    single_names: tuple[str, ...]  # "Aristotle": authors known by one name
    generation_suffixes: tuple[str, ...]  # "Jr.": after a name's initials (Smith, J., Jr.)
    family_first: tuple[str, ...]  # "Nguyen": East Asian family names, printed first without a comma
    family_first_languages: frozenset[str]  # "ja": the languages whose names are printed family first
    more_authors_marks: tuple[str, ...]  # "et al."
    russian_surname_endings: tuple[str, ...]  # "ov", "skaia": Liapunov, Asenkova
    title_prefixes: tuple[str, ...]  # "Anti": Anti-Dühring, a title, not a family name
    russian_practice_labels: MappingProxyType  # "T." → "vol.", "S." → "pp.": a Russian list's labels of numbers
    publisher_marks: tuple[str, ...]  # "Publ." of "Nauka Publ.": no part of the publisher's name
    patronymic_endings: tuple[str, ...]  # "vich", "vna": a Russian's given names (Nikolai Alekseevich)
    foreign_initials: frozenset[str]  # "Dzh.", "Ch.": initials of foreigners' names only
    pen_names_with_one_initial: MappingProxyType  # "Gor’kii" → "M.": titles print M. Gor’kii
    genitive_surname_endings: tuple[tuple[str, str], ...]  # ("ina", "in"): pod red. N. M. Druzhinina
    honorifics: tuple[str, ...]  # "Academician": Edited by Academician B. A. Rybakov
    given_name_abbreviations: frozenset[str]  # "Geor.", "Wm.": a given name abbreviated, its period its own
    romanized_spellings: tuple[tuple[str, str], ...]  # ("c", "k"): Grigorescu as Russian spells it, Grigoresku


def _joint_imprints(places: dict) -> frozenset[str]:
    """Every two cities a Russian imprint abbreviates, joined as it joins them: "M.—L.", "L.— M.", "M.; L.".

    >>> joint = _joint_imprints({"abbreviated_cities": ["M.", "L."], "joint_imprint_separators": ["—", "— "]})
    >>> sorted(joint)
    ['L.— M.', 'L.—M.', 'M.— L.', 'M.—L.']
    """
    cities, separators = places["abbreviated_cities"], places["joint_imprint_separators"]
    return frozenset(
        f"{first}{separator}{second}" for first in cities for second in cities if first != second
        for separator in separators
    )


@lru_cache(maxsize=1)
def load_tables() -> Tables:
    abbreviations = read_table("abbreviations.json")
    languages = read_table("languages.json")
    layout = read_table("layout.json")
    repairs = read_table("repairs.json")
    names = read_table("names.json")
    ordinals = read_table("ordinals.json")
    places = read_table("places.json")
    return Tables(
        collected_works=MappingProxyType(abbreviations["phrases"]),
        abridged_titles=MappingProxyType(abbreviations["abridged_titles"]),
        title_acronyms=MappingProxyType(abbreviations["title_acronyms"]),
        collected_works_titles=frozenset(
            title
            for expanded in abbreviations["phrases"].values()
            for title in (expanded, *(f"{expanded} {more}" for more in abbreviations["collected_works_additions"]))
        ),
        container_words=MappingProxyType(abbreviations["words"]),
        journal_abbreviations=MappingProxyType(_languages_by_word(abbreviations["journal_abbreviations"])),
        periodical_words=frozenset(abbreviations["words"]).union(
            *abbreviations["journal_abbreviations"].values()
        ),
        collected_works_owners=MappingProxyType(
            {k: (v["family"], v["given"]) for k, v in abbreviations["collected_works_owners"].items() if k != "_doc"}
        ),
        ibid=tuple(abbreviations["ibid"]),
        citation_remarks=tuple(abbreviations["citation_remarks"]),
        citation_remark_openings=tuple(abbreviations["citation_remark_openings"]),
        no_date=tuple(abbreviations["no_date"]),
        no_place=tuple(abbreviations["no_place"]),
        # (a city whose language the table knows is a city it knows: "Kraków", "Edinburgh")
        places=frozenset(places["places"]).union(
            *places["languages"].values(), *places["national_languages"].values(), _joint_imprints(places)
        ),
        publishers=MappingProxyType(
            {name: language for language, names in places["publishers"].items() for name in names}
        ),
        regions=MappingProxyType(
            {region: language for language, names in places["regions"].items() for region in names}
        ),
        place_languages=MappingProxyType(
            {place: language for language, names in places["languages"].items() for place in names}
        ),
        national_languages=MappingProxyType(
            {place: language for language, names in places["national_languages"].items() for place in names}
        ),
        ordinals=MappingProxyType(ordinals["ordinals"]),
        edition_qualifiers=tuple(ordinals["edition_qualifiers"]),
        named_editions=tuple(ordinals["named_editions"]),
        months=MappingProxyType(read_table("months.json")),
        nationalities=MappingProxyType(languages["nationalities"]),
        person_nouns=tuple(languages["person_nouns"]),
        writing_headwords=frozenset(languages["writing_headwords"]),
        turkic_endings=tuple(languages["turkic_endings"]),
        taxon_endings=tuple(languages["taxon_endings"]),
        russian_genre_titles=frozenset(languages["russian_genre_titles"]["words"]),
        title_words=MappingProxyType(
            {k: frozenset(v) for k, v in languages["title_words"].items() if k != "_doc"}
        ),
        stopwords=MappingProxyType({k: frozenset(v) for k, v in languages["stopwords"].items()}),
        elisions=tuple(languages["elisions"]),
        russian_abbreviations=tuple(languages["russian_abbreviations"]),
        russian_words=frozenset(languages["russian_words"]),
        russian_endings=tuple(sorted(languages["russian_endings"], key=len, reverse=True)),
        characters=MappingProxyType({k: tuple(v) for k, v in languages["characters"].items()}),
        lettered_languages=frozenset(code for codes in languages["characters"].values() for code in codes),
        alalc_marks=tuple(languages["alalc_russian"]["marks"]),
        alalc_letters=frozenset(languages["alalc_russian"]["letters"]),
        spellings=MappingProxyType({k: tuple(v) for k, v in languages["spellings"].items() if k != "_doc"}),
        adjective_spellings=tuple(
            mark for k, marks in languages["adjective_spellings"].items() if k != "_doc" for mark in marks
        ),
        journals=MappingProxyType(
            {name: language for language, names in languages["journals"].items() for name in names}
        ),
        headings=MappingProxyType(layout["headings"]),
        section_name_headings=frozenset(layout["section_name_headings"]),
        translation_labels=tuple(layout["translation_labels"]),
        drop_line_prefixes=tuple(layout["drop_line_prefixes"]),
        drop_line_suffixes=tuple(layout["drop_line_suffixes"]),
        stop_prefixes=tuple(layout["stop_prefixes"]),
        article_end_prefixes=tuple(layout["article_end_prefixes"]),
        article_start_prefixes=tuple(layout["article_start_prefixes"]),
        site_lines=tuple(layout["site_lines"]),
        newspapers=frozenset(layout["newspapers"]),
        note_words=frozenset(layout["note_words"]),
        remarks=frozenset(layout["remarks"]),
        literature_marks=tuple(tuple(group) for group in layout["literature_marks"]),
        own_works_phrases=tuple(layout["own_works_phrases"]),
        table_captions=tuple(layout["table_captions"]),
        table_notes=tuple(layout["table_notes"]),
        unfinished_line_ends=frozenset(layout["unfinished_line_ends"]),
        homoglyphs=MappingProxyType(layout["homoglyphs"]),
        suspended_hyphen_words=frozenset(layout["suspended_hyphen_words"]),
        sentence_verbs=frozenset(layout["irregular_past_verbs"] + layout["present_verbs"]),
        quoting_verbs=frozenset(layout["quoting_verbs"]),
        judging_verbs=frozenset(layout["quoting_verbs"] + layout["judging_verbs"]),
        continuation_starts=tuple(layout["continuation_starts"]),
        container_kinds=tuple(layout["container_kinds"]),
        words_before_a_name=frozenset(
            layout["words_before_a_name"] + layout["periodical_kinds"] + layout["book_kinds"]
        ),
        periodical_kinds=frozenset(layout["periodical_kinds"]),
        book_kinds=frozenset(layout["book_kinds"]),
        title_abbreviations=frozenset(layout["title_abbreviations"]),
        credits=tuple(layout["credits"]),
        apparatus_words=frozenset(layout["apparatus_words"]),
        list_markers=tuple(layout["list_markers"]),
        section_names=frozenset(layout["section_names"]),
        hard_sign_stems=tuple(repairs["hard_sign_stems"]),
        suffix_fragments=frozenset(repairs["suffix_fragments"]),
        ordinal_suffixes=tuple(repairs["ordinal_suffixes"]),
        abbreviation_slips=tuple((slip["printed"], slip["meant"]) for slip in repairs["abbreviation_slips"]),
        name_particles=tuple(names["particles"]),
        editor_marks=tuple(names["editor_marks"]),
        editor_phrases=tuple(names["editor_phrases"]),
        single_names=tuple(names["single_names"]),
        generation_suffixes=tuple(names["generation_suffixes"]),
        family_first=tuple(names["family_first"]),
        family_first_languages=frozenset(names["family_first_languages"]),
        more_authors_marks=tuple(names["more_authors"]),
        russian_surname_endings=tuple(names["russian_surname_endings"]),
        title_prefixes=tuple(f"{prefix}-" for prefix in names["title_prefixes"]),
        russian_practice_labels=MappingProxyType(abbreviations["russian_practice_labels"]),
        publisher_marks=tuple(f" {mark}" for mark in abbreviations["publisher_marks"]),
        patronymic_endings=tuple(names["patronymic_endings"]),
        foreign_initials=frozenset(names["foreign_initials"]),
        pen_names_with_one_initial=MappingProxyType(names["pen_names_with_one_initial"]),
        genitive_surname_endings=tuple(tuple(pair) for pair in names["genitive_surname_endings"]),
        honorifics=tuple(names["honorifics"]),
        given_name_abbreviations=frozenset(names["given_name_abbreviations"]),
        romanized_spellings=tuple((western, russian) for western, russian in names["romanized_spellings"]),
    )
