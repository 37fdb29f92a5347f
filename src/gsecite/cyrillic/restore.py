"""Restore Cyrillic from the encyclopedia's romanization (Library of Congress without diacritics).

Letter-by-letter reversal is ambiguous: ``i`` is и or й, ``e`` is е or э, ``ts``
is ц or тс, ``ia`` is я or иа, ``’`` is ь or ъ. Each word is read into its
possible Cyrillic spellings, cheapest first (a cost says how unusual a reading
is, from ``data/romanization.json``); the first spelling that Russian
morphology knows (pymorphy3 and its bundled dictionary, offline) wins. A word
the dictionary does not know (a name, a rare term) takes the reading the rules
prefer: й after a vowel and before a consonant (``Kemaikin`` → Кемайкин), э at
the start of an unknown capitalized word. Words that are not romanized Russian
(``Moscow``, ``XVIII``, ``ISBN``, a German title) stay as they are.

>>> restorer = Restorer()
>>> restorer.restore("Soiuz rabochego klassa i krest’ianstva v SSSR. Moscow: Nauka, 1971.")
'Союз рабочего класса и крестьянства в СССР. Moscow: Наука, 1971.'
>>> restorer.restore("Materialy XXV s”ezda KPSS i TsK")
'Материалы XXV съезда КПСС и ЦК'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from ..patterns import DASH, LETTER
from ..tables import load_tables, read_table

# A word: Latin letters (with diacritics: "über" is one foreign word) and the signs for ь and ъ.
# A sign before a capitalized syllable is an apostrophe between two words (O'Shi, d'Alembert):
# ь and ъ never stand before a capital inside a Russian word, nor before a digit (ezhegodnik'98,
# a year's apostrophe).
# ALA-LC as catalogs print it joins two letters with a tie (i͡a, t͡s) and writes ʹ and ʺ for ь and ъ.
TIE = "\u0361"
SIGNS = "’”'ʹʺʼ"
# Combining marks (U+0300–036F, the tie among them) belong to the word they follow.
WORD = re.compile(rf"(?:[{LETTER}\u0300-\u036f]+|[{SIGNS}](?![A-Z][a-z]|\d))+")
# What may stand between two words of one phrase.
_PHRASE_GAP = re.compile(r"\s+")
ROMAN = re.compile(r"M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
# Prepositions (romanized) after which a noun in -ии is singular: those of the prepositional case
# (в, во, о, об, обо, на, при) and of the dative (по, к, ко: "po istorii", "k teorii").
_LOCATIVE_PREPOSITIONS = frozenset({"v", "vo", "o", "ob", "obo", "na", "pri", "po", "k", "ko"})
# Romanized endings of an adjective or numeral in those cases ("v odnom deistvii", "po iadernoi energetike").
_LOCATIVE_ENDINGS = ("om", "em", "oi", "ei", "ykh", "ikh", "omu", "emu")
# Romanized endings of adjectives in the nominative plural: -ые, and -ие after к, г, х, ж, ш, ч, щ
# (ядерные, неорганические, большие); a noun in -ние, -тие is singular (собрание сочинений).
_NOMINATIVE_PLURAL_ENDINGS = ("ye", "kie", "gie", "khie", "zhie", "shie", "chie")
# Pronouns that are only nominative (or accusative) plural: наши, ваши, эти, все ("nashi idei", наши идеи).
# (Not мои, твои, свои: romanized "moi" is мой too.)
_NOMINATIVE_PLURAL_PRONOUNS = frozenset({"nashi", "vashi", "eti", "vse", "sami"})
# A genitive plural in -ов, -ев joined on by и, или: the word in -ii before is one too ("kategorii i funktorov").
_GENITIVE_PLURAL_JOINED = re.compile(r" (?:i|ili) [a-z’]{2,}[oe]v(?![\w’])")
# Hints after which a word in -ии keeps it: "v teorii", "iadernye energotekhnologii".
_KEEP_II_HINTS = frozenset({"prepositional", "nominative-plural", "feminine-singular"})
# What a word must be, by the hint from the words before it (see _case_hint), to end in и or й.
_WANTED_GRAMMEMES = {"nominative-plural": frozenset({"nomn", "plur"}), "title-start": frozenset({"nomn"})}
# Grammemes of a person's names, and of proper names (a surname is no evidence for a common word).
_PERSONAL = frozenset({"Name", "Surn", "Patr"})
_PROPER = _PERSONAL | {"Geox", "Orgn"}
# Conjunctions (romanized) that join words in one case: и, или.
_CONJUNCTIONS = frozenset({"i", "ili"})
# From this many letters on, a word in capitals is looked up as a word before it is read as an abbreviation.
_MIN_CAPITALS_WORD = 5
# A romanized letter of several Latin ones set all in capitals at the start of a capitalized word, as some
# transliterators print Ж, Х, Ц, Ш, Щ, Ч, Я, Ю: "ZHukov", "IUrii" (Жуков, Юрий).
_CAPITAL_DIGRAPH = re.compile(r"(?:SHCH|ZH|KH|TS|SH|CH|IA|IU)(?=[a-z’])")
_ROMAN_RANGE_AHEAD = re.compile(r"[-–][IVXLC]+\b")
_INITIALS_AFTER_SURNAME = re.compile(r"(?:^|\s)[A-Z][a-z’'-]{2,}, $")
_ORDINAL_BEHIND = re.compile(r"\d[-–]$")
_NUMBER_AHEAD = re.compile(r"\.?\s?\d")
_ENGLISH_ORDINAL_ENDINGS = frozenset({"st", "nd", "rd", "th"})
_NUMBER_BETWEEN = re.compile(r"\s\d+\s")
# Labels before a number that a Russian list prints in Latin for a foreign journal: "No 10", "PP. 269-283"
_LATIN_LABELS = frozenset({"No", "no", "PP", "pp", "Pp"})
_INITIAL_AHEAD = re.compile(r"\s?(?:[A-Z][a-z]?\.)")
# Words after which a lone I, V, X is a Roman numeral: tom, t., chast’, vyp., kn., glava, semestr …
_VOLUME_WORDS = frozenset({"tom", "t", "chast", "ch", "vyp", "kn", "kniga", "gl", "glava", "razdel", "razd",
                           "seriia", "ser", "vol", "part", "pt", "no", "semestr", "sem"})


# The shortest word of the translation's English apparatus that makes its phrase English ("pages", not "vol")
_SHORTEST_ENGLISH_APPARATUS_WORD = 5
# A word's end that no romanized Russian word has: ы after г, к, х, ж, ч, ш, щ (English -gy, -ky, -hy)
_NO_RUSSIAN_ENDING = re.compile(r"(?:[gk]|h)y$", re.I)


def alalc_normalized(word: str) -> str:
    """ALA-LC's diacritics in one form: composed letters (ĭ, ė, ë), and the tie as one mark (i͡a).

    >>> alalc_normalized("Istorii\ufe20a\ufe21") == "Istorii͡a", alalc_normalized("drevnei\u0306shikh") == "drevneĭshikh"
    (True, True)
    """
    return unicodedata.normalize("NFC", word.replace("\ufe20", TIE).replace("\ufe21", ""))


_HUSHING = frozenset("жчшщ")


@dataclass(frozen=True)
class _Rules:
    readings: Mapping[str, tuple[tuple[str, int], ...]]  # a unit ("shch", "ia", "e") → its Cyrillic readings
    unit: re.Pattern  # the longest unit at a place: "shch" before "sh"
    letter: re.Pattern  # a one-letter unit
    vowels: frozenset[str]
    after_vowel: frozenset[str]
    before_iotated: frozenset[str]
    keep_latin: frozenset[str]
    latin_names: re.Pattern  # "Ad Marginem": a name printed in Latin, whole
    spelled_names: Mapping[str, str]  # "TERRA" → "ТЕРРА": a publisher's name as it spells it in Cyrillic
    spelled_name: re.Pattern  # any of them, whole words
    addresses: re.Pattern  # "http://…", "www.…", "portal.tpu.ru": a web address, every word of it Latin
    chemical_symbols: frozenset[str]
    prefer_e_hard: frozenset[str]
    foreign_function_words: frozenset[str]
    hard_e_after_consonant: int
    ia_after_hushing: int
    hard_e_names: frozenset[str]
    slavic_surname_endings: tuple[str, ...]  # Russian ones (Orlova) and others (Chirka)
    hard_e_roots: tuple[str, ...]
    soft_e_roots: tuple[str, ...]
    vowel_initial_roots: tuple[str, ...]
    preferred_starts: tuple[tuple[str, str], ...]
    compound_heads: tuple[tuple[str, str], ...]  # longest first
    lc_word: re.Pattern  # a word made of romanization units only


@lru_cache(maxsize=1)
def rules() -> _Rules:
    data = read_table("romanization.json")
    readings = {latin: tuple((c, int(cost)) for c, cost in v) for latin, v in data["units"].items()}
    longest_first = sorted(readings, key=len, reverse=True)
    return _Rules(
        readings=MappingProxyType(readings),
        unit=re.compile("|".join(map(re.escape, longest_first))),
        letter=re.compile("|".join(re.escape(latin) for latin in longest_first if len(latin) == 1)),
        vowels=frozenset(data["vowels"]),
        after_vowel=frozenset(data["after_vowel"]),
        before_iotated=frozenset(data["before_iotated"]),
        keep_latin=frozenset(w.lower() for w in data["keep_latin"]),
        latin_names=re.compile(rf"\b(?:{'|'.join(map(re.escape, data['latin_names']))})\b"),
        # (and the foreign names the translation spells the English way: "K. Marx and F. Engels" are К. Маркс и
        # Ф. Энгельс)
        spelled_names=MappingProxyType(spelled := {**data["spelled_names"], **data["foreign_names"]}),
        spelled_name=re.compile(rf"\b(?:{'|'.join(map(re.escape, sorted(spelled, key=len, reverse=True)))})\b"),
        addresses=re.compile(
            r"(?:https?://|www\.)\S+"
            rf"|(?<![\w.])[A-Za-z0-9][\w-]*(?:\.[\w-]+)*\.(?:{'|'.join(data['top_level_domains'])})(?![\w-])(?:/\S*)?"
        ),
        chemical_symbols=frozenset(data["chemical_symbols"]),
        prefer_e_hard=frozenset(data["prefer_e_hard"]),
        foreign_function_words=frozenset(data["foreign_function_words"]),
        hard_e_after_consonant=int(data["hard_e_after_consonant"]),
        ia_after_hushing=int(data["ia_after_hushing"]),
        hard_e_names=frozenset(data["hard_e_names"]),
        slavic_surname_endings=load_tables().russian_surname_endings + tuple(data["slavic_surname_endings"]),
        hard_e_roots=tuple(data["hard_e_roots"]),
        soft_e_roots=tuple(data["soft_e_roots"]),
        vowel_initial_roots=tuple(data["vowel_initial_roots"]),
        preferred_starts=tuple(data["preferred_starts"].items()),
        compound_heads=tuple(sorted(data["compound_heads"].items(), key=lambda item: -len(item[0]))),
        # Groups first, then one class of the single letters: far faster than one alternation of all.
        lc_word=re.compile(
            rf"^(?:{'|'.join(re.escape(u) for u in longest_first if len(u) > 1)}"
            rf"|[{''.join(re.escape(u) for u in longest_first if len(u) == 1)}])+$",
            re.I,
        ),
    )


def _segments(word: str, r: _Rules) -> list[tuple[str, tuple[tuple[str, int], ...]]] | None:
    """The word cut into romanization units (longest first), with the case of each; None if it is not LC."""
    out = []
    i = 0
    lower = word.lower()
    while i < len(lower):
        unit = r.unit.match(lower, i)
        if unit is None:
            return None
        latin = unit.group()
        if len(latin) > 1 and word[i + 1 : i + len(latin)].isupper() and latin[1:].isalpha():
            # One Cyrillic capital is romanized with one capital ("Ts", "Ia"): "TS" and "IA"
            # are two letters (ТС, ИА), as in abbreviations.
            unit = r.letter.match(lower, i)
            if unit is None:
                return None
            latin = unit.group()
        out.append((word[i : i + len(latin)], r.readings[latin]))
        i += len(latin)
    return out


def is_abbreviation(segments) -> bool:
    """Every letter a capital (``KPSS``, ``TsK``, ``IaEU``): an abbreviation, not a word."""
    return 1 < len(segments) <= 7 and all(printed[:1].isupper() for printed, _ in segments)


def _cased(cyrillic: str, printed: str) -> str:
    """Cyrillic in the case the romanization was printed in: ``Ts`` → Ц, ``TS`` → Ц, ``ts`` → ц."""
    if printed[:1].isupper():
        return cyrillic[:1].upper() + (cyrillic[1:].upper() if printed.isupper() and len(printed) > 1 else cyrillic[1:])
    return cyrillic


def spellings(word: str, limit: int = 512) -> list[tuple[int, str]]:
    """Every Cyrillic spelling of a romanized word with its cost, cheapest first.

    >>> [s for _, s in spellings("Soiuz")][:3]
    ['Союз', 'Соиуз', 'Сойуз']
    """
    r = rules()
    segments = _segments(word, r)
    if segments is None:
        return []
    results: list[tuple[int, str]] = [(0, "")]
    abbreviation = is_abbreviation(segments)
    shouting = len(word) > 1 and word.isupper()  # ШЕЛЬФ: every letter a capital, the signs too
    for index, (printed, readings) in enumerate(segments):
        next_printed = segments[index + 1][0].lower() if index + 1 < len(segments) else ""
        grown = []
        for cost, prefix in results:
            previous = prefix[-1:].lower()
            if (
                printed == "i"
                and previous in r.vowels - {"и", "й", "ю", "я"}
                and next_printed in ("", "ia", "iu")
                and not abbreviation
            ):
                # After a vowel, at the end of a word or before я/ю, i is й far more often than и
                # (Николай, Сергей, Алетейя); the dictionary still decides between known words.
                readings = tuple(sorted(readings, key=lambda reading: reading[0] != "й"))
                readings = tuple((c, i) for i, (c, _) in enumerate(readings))
            if printed == "E" and abbreviation:
                # In abbreviations Э, the initial of энергетический, экспериментальный …, is the
                # commoner letter: ВВЭР, РОССПЭН, МАГАТЭ.
                readings = (("э", 0), ("е", 1))
            for cyrillic, extra in readings:
                if cyrillic in r.after_vowel and previous not in r.vowels:
                    continue
                # ъ stands before е, ё, ю, я (объем), or at the end of a word in the old orthography (Мусагетъ).
                if cyrillic in r.before_iotated and next_printed[:1] not in ("e", "i", ""):
                    continue
                if cyrillic == "я" and previous in _HUSHING:
                    extra += r.ia_after_hushing  # (no жя, чя, шя, щя in Russian: "Gvishiani" is Гвишиани)
                if cyrillic.startswith("э") and previous and previous not in r.vowels and not abbreviation:
                    # Э after a consonant is rare (твэл, мэр, тэта): only when no spelling with е is a word.
                    extra += r.hard_e_after_consonant
                grown.append((cost + extra, prefix + (cyrillic.upper() if shouting else _cased(cyrillic, printed))))
        grown.sort(key=lambda item: item[0])
        results = grown[:limit]
    return results


# The shortest acronym in capitals read as Latin for its Y (ANSYS; Russian acronyms seldom hold Ы: not "VY" alone)
_SHORTEST_LATIN_ACRONYM = 4
# The shortest word read as an abbreviation before its period ("soch.", not an initial "A.")
_SHORTEST_ABBREVIATION = 3


def _fallback(word: str, options: list[tuple[int, str]], hint: str = "") -> str:
    """A spelling for a word the dictionary does not know: the rules' choice.

    й after a vowel before a consonant, е, о or at the end (Кемайкин, Толстой, Байер); э at the
    start (Эдвард, энцикл.): Russian words in е- are in the dictionary, foreign ones often not.
    """
    r = rules()
    best = options[0][1]
    chars = list(best)
    lower = best.lower()
    for i, ch in enumerate(lower):
        # Not after у or ю: уи, юи are common in foreign names (Уильям, Иммануил, Дьюи); not in abbreviations.
        if ch == "и" and i > 0 and lower[i - 1] in r.vowels - {"й", "у", "ю", "и"} and not word.isupper():
            following = lower[i + 1 : i + 2]
            # Not where a root of a compound begins: Энергоиздат, Стройинформ. (Before е, о too: no Russian
            # word has a vowel, и, and е or о, where foreign names have й: Байер, Лойола, Рейес.)
            if (not following or following not in r.vowels or following in "ео") and not lower.startswith(
                r.vowel_initial_roots, i
            ):
                chars[i] = "Й" if chars[i].isupper() else "й"
        # и between и and a vowel is й (Гийемин, Бодрийяр): Russian has no "ии" before a vowel.
        if ch == "и" and i > 0 and lower[i - 1] == "и" and lower[i + 1 : i + 2] in tuple(r.vowels - {"й"}):
            chars[i] = "Й" if chars[i].isupper() else "й"
    for root in r.hard_e_roots:
        # A compound no dictionary lists keeps the э of its parts (Росэнергоатом, термоэмиссия),
        # a foreign name the э of its ending (Шопенгауэр).
        at = lower.find(root.replace("э", "е"), 1)
        if at > 0:
            for offset in (k for k, letter in enumerate(root) if letter == "э"):
                chars[at + offset] = "Э" if chars[at + offset].isupper() else "э"
    if word[:1].isupper() and not word.isupper():
        for i in range(1, len(lower) - 1):
            # е after а, о, у, ю and before a consonant, in a name no dictionary knows, is э as foreign names
            # are spelled (Куэтта, Слоэн, Брауэр, Сэмюэль); not before в (Кумаев, Загорюев: the Russian surnames)
            # nor in -енко (Гайдаенко) or -ение (Машиностроение), nor where a Russian root has it (Гидропроект)
            if lower[i] == "е" and lower[i - 1] in "аоую" and lower[i + 1] not in r.vowels and (
                lower[i + 1] != "в" and lower[i + 1 : i + 3] != "нк"
                and not (lower[i + 1] == "н" and lower[i + 2 : i + 3] in r.vowels)
            ) and not any(lower.startswith(root, i - root.index("е")) for root in r.soft_e_roots):
                chars[i] = "Э" if chars[i].isupper() else "э"
    if len(chars) > 3 and chars[0] in "Ее" and word[:1] in "Ee":
        chars[0] = "Э" if chars[0] == "Е" else "э"
    if len(lower) > 4 and lower.endswith("ии") and lower[-3] not in r.vowels and hint not in _KEEP_II_HINTS:
        # An unknown word in -ii is an adjective or a surname (Котляревский) far more often
        # than a noun in -ии, which the dictionary would know.
        chars[-1] = "Й" if chars[-1].isupper() else "й"
    return "".join(chars)


# A surname, hyphenated ones whole (Saltykov-Shchedrin); before an initial, with the initial
# that may stand before it in a list printed initials first (D. V. Alekseevskii, E. B. Vinberg).
_SURNAME = r"[A-Z][a-z’']{2,}(?:-[A-Z]?[a-z’']+)*"
_SURNAME_BEFORE = re.compile(rf"((?:[A-Z][a-z]?\.\s?)?)({_SURNAME}),?\s+(?:[A-Z][a-z]?\.\s?)*$")
_SURNAME_AFTER = re.compile(rf"\.\s?(?:[A-Z][a-z]?\.\s?)*({_SURNAME})")


def _foreign_surname(surname: str) -> bool:
    """A surname without a Russian ending: its bearer's initial E. is Э (Эрнест Винберг), not Е.

    >>> _foreign_surname("Vinberg"), _foreign_surname("Orlova"), _foreign_surname("Chirka"), _foreign_surname("")
    (True, False, False, False)
    """
    return bool(surname) and not surname.lower().endswith(rules().slavic_surname_endings)


def _surname_near(text: str, start: int, end: int) -> str:
    """The surname beside the initial at ``text[start:end]``: before it ("Spen’er E.", "Orlova, E. A.")
    or after it ("E. B. Vinberg"); "" when none stands there.

    >>> _surname_near("Spen’er E. Algebraicheskaia topologiia", 8, 9), _surname_near("E. B. Vinberg", 0, 1)
    ('Spen’er', 'Vinberg')
    >>> _surname_near("D. V. Alekseevskii, E. B. Vinberg", 20, 21), _surname_near("// M.E. Saltykov-Shchedrin", 5, 6)
    ('Vinberg', 'Saltykov-Shchedrin')
    """
    before = _SURNAME_BEFORE.search(text, max(0, start - 40), start)
    after = _SURNAME_AFTER.match(text, end)
    if before and not (before.group(1) and after):
        return before.group(2)
    # No surname before, or one that initials precede: the list prints initials first, and
    # the initial belongs to the surname after it.
    return after.group(1) if after else ""


def _digraph_recased(word: str) -> str:
    """A word whose first romanized letter is printed in capitals, as the title case prints it.

    >>> _digraph_recased("ZHukov"), _digraph_recased("IUrii"), _digraph_recased("SSSR"), _digraph_recased("ShEL’F")
    ('Zhukov', 'Iurii', 'SSSR', 'ShEL’F')
    """
    if len(word) < 3 or not word[1].isupper() or not (m := _CAPITAL_DIGRAPH.match(word)):
        return word  # (most words: their second letter is in lowercase)
    return word[0] + word[1 : m.end()].lower() + word[m.end() :]


def _case_hint(previous: str, before_previous: str) -> str:
    """What the two words before say of a word's case: "prepositional" after в, о, на, при
    (or such a preposition and an adjective: "v odnom deistvii"), "plural" after a plural
    adjective in -ykh ("atomnykh stantsii"), "nominative-plural" after one in -ye, -ie
    ("neorganicheskie klei"), "feminine-singular" after one in -oi, -ei ("novoi istorii"), else ""."""
    word = previous.lower()
    if word in _LOCATIVE_PREPOSITIONS or (before_previous.lower() in _LOCATIVE_PREPOSITIONS and word.endswith(
        _LOCATIVE_ENDINGS
    )):
        return "prepositional"
    if word.endswith(("ykh", "ikh")) and word not in ("ikh", "nikh"):
        return "plural"
    if (len(word) > 4 and word.endswith(_NOMINATIVE_PLURAL_ENDINGS)) or word in _NOMINATIVE_PLURAL_PRONOUNS:
        return "nominative-plural"
    if len(word) > 4 and word.endswith(("oi", "ei")):
        return "feminine-singular"  # after an adjective in -ой, -ей a noun in -ии is singular (Геродотовой Скифии)
    return ""


class Restorer:
    """Restores romanized Russian text; keeps a bounded memory of the words it has seen.

    >>> Restorer().restore_word("Kemaikin")
    'Кемайкин'
    """

    def __init__(self, cache_size: int = 200_000) -> None:
        import pymorphy3

        self._morph = pymorphy3.MorphAnalyzer()
        # Words seen, oldest first (a dict keeps insertion order): when full, the oldest go.
        self._cache: dict[tuple[str, str], str] = {}
        self._cache_size = cache_size

    def known(self, cyrillic: str) -> bool:
        """A word of the dictionary, not one of the misspellings it also lists (tagged Erro:
        Михаилович beside Михайлович)."""
        lower = cyrillic.lower()
        if not self._morph.word_is_known(lower):
            return False
        # The dictionary's own entries for the exact spelling (none when it lists the word with ё):
        # cheaper than a full parse, which this runs for nearly every word restored.
        dictionary = self._morph.dictionary
        entries = dictionary.words.get(lower) or ()
        return not entries or not all("Erro" in dictionary.build_tag_info(*entry).grammemes for entry in entries)

    def knows(self, word: str, *, common: bool = False, readings: int = 16) -> bool:
        """Whether one of the cheapest Cyrillic readings of a romanized word is a dictionary word;
        with ``common``, a word that is not only a name (Катран is a shark; Эсмира only a name).

        >>> restorer = Restorer()
        >>> restorer.knows("Drevnosti"), restorer.knows("Drevnosli"), restorer.knows("esmira", common=True)
        (True, False, False)
        """
        for _, cyrillic in spellings(word, readings)[:readings]:
            if self.known(cyrillic) and (
                not common or any(not _PROPER & p.tag.grammemes for p in self._morph.parse(cyrillic.lower()))
            ):
                return True
        return False

    def is_adjective(self, word: str, readings: int = 6) -> bool:
        """Whether one of the cheapest readings of a romanized word is an adjective of the dictionary.

        >>> Restorer().is_adjective("khoziaistvennogo"), Restorer().is_adjective("rozhdenii")
        (True, False)
        """
        return any(
            self.known(cyrillic) and any("ADJF" in parse.tag for parse in self._morph.parse(cyrillic.lower()))
            for _, cyrillic in spellings(word, readings)[:readings]
        )

    def is_latin(self, word: str) -> bool:
        """A word printed in Latin in the Russian original (not a romanization)."""
        if not rules().lc_word.match(word):
            return True
        if word.lower() in rules().keep_latin and not (word.isupper() and len(word) < 3):
            return True  # lib.ru, ISBN; but a two-capital abbreviation is Russian (РУ, ОФ)
        return len(word) > 1 and word.isupper() and bool(ROMAN.fullmatch(word))

    def restore_initial(self, initial: str, surname: str) -> str:
        """One initial of a person's name, told by their surname where that decides it.

        >>> restorer = Restorer()
        >>> restorer.restore_initial("E.", "Vinberg"), restorer.restore_initial("E.", "Orlova")
        ('Э.', 'Е.')
        """
        if initial == "E." and _foreign_surname(surname):
            return "Э."
        return self.restore(initial)

    def restore_word(self, word: str, hint: str = "") -> str:
        """One word; ``hint`` is what the words before it say of its case (see _case_hint)."""
        key = (word, hint)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        result = self._restore_word(word, hint)
        if len(self._cache) >= self._cache_size:
            del self._cache[next(iter(self._cache))]
        self._cache[key] = result
        return result

    def _restore_word(self, word: str, hint: str) -> str:
        word = _digraph_recased(word)
        if self.is_latin(word):
            return word
        options = spellings(word)
        if not options:
            return word
        segments = _segments(word, rules())
        if segments and len(segments) >= _MIN_CAPITALS_WORD and all(
            printed[:1].isupper() or not printed[:1].isalpha() for printed, _ in segments
        ):
            # A word set in capitals (ТЕАТР, ЭНЕРГИЯ, ШЕЛЬФ printed "ShEL’F") is spelled as the word.
            for _, candidate in spellings(word.lower())[:256]:
                if self.known(candidate):
                    return candidate.upper()
        if word.isupper() and "Y" in word and len(word) >= _SHORTEST_LATIN_ACRONYM:
            return word  # an acronym with a Y that spells no Russian word in capitals: Latin (ANSYS), as printed
        if segments and is_abbreviation(segments):
            return options[0][1]  # letters that make no word: an abbreviation (ВВЭР, КПСС)
        if len(word) > 1:
            lower = word.lower()
            for latin, cyrillic in rules().preferred_starts:
                # Two dictionary words, one far commoner: "voiny" is войны (war) before воины (warriors).
                if lower.startswith(latin):
                    for _, candidate in options[:256]:
                        if candidate.lower().startswith(cyrillic) and self.known(candidate) and any(
                            not _PROPER & p.tag.grammemes for p in self._morph.parse(candidate.lower())
                        ):
                            return candidate
            for _, candidate in options[:256]:
                if self.known(candidate):
                    return self._hard_e(word, self._agreement(self._genitive_plural(word, candidate, hint), hint))
        return self._compound(word, hint) or _fallback(word, options, hint)

    def _abbreviated(self, word: str) -> str:
        """The cheapest reading of an abbreviated word that begins a dictionary word; "" when none does.

        >>> Restorer()._abbreviated("proizv"), Restorer()._abbreviated("Kemaikin")
        ('произв', '')
        """
        if self.is_latin(word):
            return ""
        words = self._morph.dictionary.words
        for _, candidate in spellings(word)[:64]:
            if words.has_keys_with_prefix(candidate.lower()):
                return candidate
        return ""

    def _compound(self, word: str, hint: str) -> str:
        """A compound no dictionary lists, read as a known first part and a dictionary word.

        >>> Restorer()._compound("posleradiatsionnykh", "")
        'послерадиационных'
        """
        lower = word.lower()
        for latin, cyrillic in rules().compound_heads:
            rest = word[len(latin) :]
            if lower.startswith(latin) and len(rest) >= 4 and not rest[:1].isupper():
                restored = self.restore_word(rest, hint)
                if self.known(restored):
                    return _cased(cyrillic, word[: len(latin)]) + restored
        return ""

    def _hard_e(self, word: str, candidate: str) -> str:
        """Word-initial е or э when both spellings are words: э for the pronoun этот and its
        forms and foreign first names such as Эдуард (tables), е otherwise (его, not эго; Екатерина, not Экатерина)."""
        if candidate[:1] not in "еЕ" or word.isupper():
            return candidate
        hard = ("Э" if candidate[0] == "Е" else "э") + candidate[1:]
        if candidate.lower() in rules().prefer_e_hard or hard.lower() in rules().prefer_e_hard:
            return hard
        if word[:1].isupper() and any(p.normal_form in rules().hard_e_names for p in self._morph.parse(hard.lower())):
            return hard  # Эдуард, Эрнста: the dictionary also lists Едуард, Ернст
        return candidate

    def _agreement(self, candidate: str, hint: str) -> str:
        """A final и or й after a vowel, when both are words, as the context wants it: agreeing
        with a plural adjective before it (неорганические клеи, not клей), or in the nominative
        at the start of a title (Идеи к чистой феноменологии, not Идей)."""
        wanted = _WANTED_GRAMMEMES.get(hint)
        if not wanted or len(candidate) < 3 or candidate[-1] not in "ий" or candidate[-2] not in "еоа":
            return candidate
        other = candidate[:-1] + ("й" if candidate[-1] == "и" else "и")
        if not self.known(other):
            return candidate

        def fits(form: str) -> bool:
            return any(wanted <= p.tag.grammemes for p in self._morph.parse(form.lower()))

        return other if fits(other) and not fits(candidate) else candidate

    def _genitive_plural(self, word: str, candidate: str, hint: str) -> str:
        """``-ii``: ``сочинении`` is only prepositional, so with no preposition before it the
        word is the genitive plural ``сочинений`` (Собрание сочинений, теория уравнений); a
        capitalized first name is the singular (Дмитрий, not the plural Дмитрии)."""
        if not word.lower().endswith("ii") or not candidate.lower().endswith("ии") or word.isupper():
            return candidate
        other = candidate[:-1] + ("Й" if candidate[-1].isupper() else "й")
        if not self.known(other):
            return candidate
        if word[:1].isupper() and any(_PERSONAL & p.tag.grammemes for p in self._morph.parse(
            other.lower()
        )):
            return other
        if hint == "plural":
            return other  # agrees with the plural adjective before it: атомных станций
        if hint in _KEEP_II_HINTS:
            return candidate
        cases = {p.tag.case for p in self._morph.parse(candidate.lower()) if p.tag.case}
        return other if cases and cases <= {"loct", "loc2"} else candidate

    def restore_words(self, text: str) -> str:
        """The words of a text restored one by one, with no regard to their neighbours: quicker than
        :meth:`restore`, and good enough to index a record for search in Cyrillic.

        >>> Restorer().restore_words("Orlov, S. V. Komety")
        'Орлов С В Кометы'
        """
        return " ".join(self.restore_word(word.strip(SIGNS)) for word in WORD.findall(text) if word.strip(SIGNS))

    @staticmethod
    def _phrases(text: str, matches: list[re.Match]):
        """(first, end) word indices of each phrase: words with only spaces between them."""
        start = 0
        for i in range(1, len(matches) + 1):
            if i == len(matches) or not _PHRASE_GAP.fullmatch(text[matches[i - 1].end() : matches[i].start()]):
                yield start, i
                start = i

    def _latin_words(self, text: str, matches: list[re.Match], words: list[str]) -> list[bool]:
        """For each word: whether it stays as printed. In a phrase with a word that cannot be Russian
        ("Vorlesungen über Logik"), function words and words no dictionary knows stay; and when those
        are the most of the phrase, all of it does (Logik is no логик there). A Roman numeral (XVIII)
        is no sign: Russian titles have them too."""
        lc_word = rules().lc_word
        latin = [False] * len(words)
        for pattern in (rules().latin_names, rules().addresses):
            for name in pattern.finditer(text):
                for i, m in enumerate(matches):
                    latin[i] = latin[i] or (name.start() <= m.start() and m.end() <= name.end())
        for i, m in enumerate(matches):
            if words[i] == "In" and text[m.end() : m.end() + 1] == " ":
                latin[i] = True  # the translation's "In" before the book a work is in (not the Ин of "In-t", институт)

        keep_latin = rules().keep_latin

        def foreign(word: str) -> bool:
            # Not a romanization: letters the table has no unit for, or an ending Russian spelling never has
            # (ы after г, к, х, ж, ч, ш: "Energy", "Biology", "Philosophy"); or a word of the translation's
            # English apparatus ("Translated from English", "In Russian translation")
            return not lc_word.match(word) or bool(_NO_RUSSIAN_ENDING.search(word)) or (
                len(word) >= _SHORTEST_ENGLISH_APPARATUS_WORD and word.lower() in keep_latin
            )

        for start, end in self._phrases(text, matches):
            phrase = words[start:end]
            # (An acronym in Latin capitals, "PWR", is no sign: Russian titles print them so.)
            if not any(foreign(word.strip(SIGNS)) and any(ch.isalpha() for ch in word)
                       and not word.isupper() for word in phrase):
                continue
            stays = [self._stays_latin(word) for word in phrase]
            if 2 * sum(stays) > len(phrase):
                # (all of it, but an initial after it: "Edited by I. I. Ivanov" is by И. И. Иванов)
                stays = [stay or not (len(word) == 1 and word.isupper() and text[m.end() : m.end() + 1] == ".")
                         for word, stay, m in zip(phrase, stays, matches[start:end], strict=True)]
            latin[start:end] = stays
        # Words a dash joins to one that stays are one name with it: "Moscow-Leningrad" (not Moscow-Ленинград).
        # So are the parts of a code in capitals that a dash or a slash joins to one no romanization spells
        # ("IAEA–TECDOC–1434", "RELAP/SCDAPSIM/MOD3"), and capitals about a number, which only Latin codes and
        # formulas interleave ("G21C1/00", the patent class; "F01K13"; "H2O", but not the misprint "A6S").
        for order in (range(1, len(words)), range(len(words) - 2, -1, -1)):
            for i in order:
                j = i - 1 if order.step == 1 else i + 1
                if latin[i]:
                    continue
                gap = text[matches[min(i, j)].end() : matches[max(i, j)].start()]
                capitals = words[i].isupper() and words[j].isupper()
                if (latin[j] and len(gap) == 1 and gap in DASH and len(words[i]) > 1) or (capitals and (
                    (len(words[i]) > 1 and gap in (*DASH, "/") and (latin[j] or not lc_word.match(words[j])))
                    or (gap.isdigit() and text[matches[min(i, j)].start() - 1 : matches[min(i, j)].start()] != "-"
                        and (len(gap) > 1 or {words[i], words[j]} <= rules().chemical_symbols))
                )):
                    latin[i] = True  # (a letter alone may be either: "А-cad")
        return latin

    @staticmethod
    def _spelled_names(text: str, matches: list[re.Match]) -> dict[int, str]:
        """For the words of a publisher's name the table spells (``spelled_names``): each one's Cyrillic, by index.

        >>> text = "M.: Editorial URSS, 2004."
        >>> Restorer._spelled_names(text, list(WORD.finditer(text)))
        {1: 'Едиториал', 2: 'УРСС'}
        """
        r = rules()
        spelled: dict[int, str] = {}
        for name in r.spelled_name.finditer(text):
            inside = [i for i, m in enumerate(matches) if name.start() <= m.start() and m.end() <= name.end()]
            cyrillic = r.spelled_names[name.group(0)].split()
            if len(inside) == len(cyrillic):
                spelled.update(zip(inside, cyrillic, strict=True))
        return spelled

    def _stays_latin(self, word: str) -> bool:
        core = word.strip(SIGNS)
        if core.lower() in rules().foreign_function_words:
            return True
        if len(core) <= 1:
            return False
        forms = {core, word.lstrip(SIGNS)}
        return not any(self.known(candidate) for form in forms for _, candidate in spellings(form)[:256])

    def restore(self, text: str) -> str:
        """Restore every romanized word of a line; everything else passes through.

        A word whose marks come decomposed (i and a combining breve for ĭ) is read composed, and
        its Cyrillic goes out decomposed again (й as и and the breve), as it came.
        """
        text = text.replace("\ufe20", TIE).replace("\ufe21", "")  # ALA-LC's half ties: one tie
        out = []
        cursor = 0
        previous = before_previous = previous_hint = before_previous_hint = last_word = ""
        matches = list(WORD.finditer(text))
        words = [m.group(0) for m in matches]
        if not unicodedata.is_normalized("NFC", text):  # rare: only then is a word's form changed
            words = [alalc_normalized(word) for word in words]  # as printed, but marks composed
        read = [_digraph_recased(word) for word in words]
        stays_latin = self._latin_words(text, matches, read) if matches else []
        spelled = self._spelled_names(text, matches) if matches else {}
        for index, m in enumerate(matches):
            word = words[index]
            gap = text[cursor : m.start()]
            if stays_latin[index] or index in spelled:
                # (as the publisher spells it, or the name the translation spells the English way: Marx is
                # Маркс, though no romanization spells it; else as printed, as a French title prints "l’URSS")
                out.append(gap + (spelled[index] if index in spelled else m.group(0)))
                cursor = m.end()
                before_previous, previous = previous, word
                before_previous_hint, previous_hint = previous_hint, ""
                last_word = word
                continue
            if any(ch.isdigit() or ch == "." for ch in gap) and not (
                previous.lower() in _LOCATIVE_PREPOSITIONS and _NUMBER_BETWEEN.fullmatch(gap)
            ):
                # "Tom 12. M.", "O. Kotliarevskii": the word before is not next to this one
                # (an initial О. or В. is no preposition; but "v 1 deistvii" is в 1 действии, the number
                # between them agreeing with the noun).
                previous = before_previous = ""
            out.append(gap)
            # Words joined by и, или share their case: "o smysle i znachenii" (о смысле и значении).
            if previous.lower() in _CONJUNCTIONS:
                hint = before_previous_hint
            elif word.lower().endswith(("oi", "ei", "ai")) and self._plural_follows(text, matches, index):
                hint = "nominative-plural"  # свои собаки, мои мысли: agreeing with the noun after it
            elif word[:1].isupper() and (index == 0 or gap.rstrip().endswith((".", ":", "//"))):
                # after the author's name or a full stop, or the "//" before a container: a title's first word
                hint = "title-start"
            elif gap == ", " and previous.islower() and previous.endswith(("ov", "ev")) and len(previous) > 4:
                hint = "plural"  # listed after a genitive plural: "s”ezdov, konferentsii i plenumov"
            elif gap == "-" and previous_hint:
                hint = previous_hint  # the parts of a hyphenated word share its case: "O so-bytii" (О со-бытии)
            else:
                hint = _case_hint(previous, before_previous)
                if not hint and word.endswith("ii") and _GENITIVE_PLURAL_JOINED.match(text, m.end()):
                    hint = "plural"
            restored = self._restore_token(text, m.start(), m.end(), read[index], hint, last_word)
            out.append(restored if word == m.group(0) else unicodedata.normalize("NFD", restored))
            cursor = m.end()
            before_previous, previous, last_word = previous, word, word
            before_previous_hint, previous_hint = previous_hint, hint
        out.append(text[cursor:])
        return "".join(out)

    def _plural_follows(self, text: str, matches: list[re.Match], index: int) -> bool:
        """Whether the next word, right after this one, is a noun or adjective in the nominative plural only."""
        if index + 1 >= len(matches):
            return False
        if not _PHRASE_GAP.fullmatch(text[matches[index].end() : matches[index + 1].start()]):
            return False
        following = matches[index + 1].group(0).strip(SIGNS)
        if len(following) < 3 or self.is_latin(following):
            return False
        grammemes = [p.tag.grammemes for p in self._morph.parse(self.restore_word(following).lower())]
        plural = any({"nomn", "plur"} <= g for g in grammemes)
        return plural and not any({"nomn", "sing"} <= g for g in grammemes)

    @staticmethod
    def _roman_numeral(text: str, start: int, end: int, previous: str) -> bool:
        """Whether a lone capital I, V, X … is a Roman numeral (Latin) rather than a Russian
        letter: after a volume word ("Tom I"), after a common noun ("Kartiny mira I."), in a range
        ("glavy I-III"); not an initial ("V.I.", "A I,"), not before a colon ("M: Nauka") or
        before a word or number ("V 2 tomakh", "V poiskakh")."""
        following = text[end : end + 2]
        if text[end - 1] not in "IVX":
            return False  # a lone M, L, C, D is Moscow, Leningrad or an initial, not a numeral
        if text[start - 1 : start] == "." and text[start - 2 : start - 1].isupper():
            return False  # glued to an initial: "T.V." is Т.В., not volume V
        if following[:1] == "." and text[end + 1 : end + 2].isupper():
            return False  # an initial glued to its surname: "V.Bel’skogo"
        if previous.lower().rstrip(".’") in _VOLUME_WORDS:
            return True
        if _ROMAN_RANGE_AHEAD.match(text, end):
            return True
        if len(previous) == 1 and previous.isupper() and text[start - 1 : start] == " ":
            return False
        if following[:1] in (":", "-"):
            return False
        if following[:1] == ".":
            # "I.", "V.", "X." after a noun are numerals, unless another initial follows
            # ("… deistviiakh I. A. Krylov").
            another_initial = _INITIAL_AHEAD.match(text, end + 1)
            return (
                not another_initial and len(previous) >= 3 and previous.islower()
                and previous not in _LOCATIVE_PREPOSITIONS
            )
        return not (following[:1] == " " and following[1:2].isalnum())

    def _restore_token(
        self, text: str, start: int, end: int, word: str, hint: str = "", previous: str = ""
    ) -> str:
        if len(word) == 1 and word in "IVXLCDM" and self._roman_numeral(text, start, end, previous):
            return word
        if 1 < len(word) <= 3 and word.isupper() and _INITIALS_AFTER_SURNAME.search(text, max(0, start - 40), start):
            # "Samoilovich, MI, Kleshcheva, SM": initials without periods, not the Roman numeral MI
            return "".join(self.restore_word(letter) for letter in word)
        if word == "i" and _ORDINAL_BEHIND.search(text, 0, start):
            return "й"  # "1-i poloviny": the ordinal 1-й
        if word == "E" and text[end : end + 1] == "." and _foreign_surname(_surname_near(text, start, end)):
            return "Э"  # an initial beside a foreign surname: Spen’er E. → Спеньер Э. (Эмиль, Эдвард)
        if word in _LATIN_LABELS and _NUMBER_AHEAD.match(text, end):
            return word  # "No 10": the numero sign, printed in Latin in Russian texts too; "PP. 269-283"
        if word in _ENGLISH_ORDINAL_ENDINGS and text[start - 1 : start].isdigit():
            return word  # "2nd Intern. conf.": an English ordinal
        if word[:1].islower() and not word.islower() and word.isalpha():
            return word  # "eLIBRARY", "iPhone": a brand's capitals inside the word, which no Russian word has
        if word in rules().chemical_symbols and (
            (len(word) == 1 and text[max(start - 2, 0) : start].isdigit()) or (len(word) == 2 and not self.known(
                self.restore_word(word)))
        ):
            return word  # an element (Pu, Zr) or an isotope (235U), unless it spells a word (Не, На)
        # Part of an address or a file name ("lib.ru", "x.pdf", "books/"): Latin. Initials ("M.M.")
        # are not, nor a Russian word before a slash ("materialov//Zavodskaia laboratoriia").
        # One letter after a dot is an abbreviation's ("n.e.", нашей эры), not an address's.
        if word.islower() and (
            (text[start - 1 : start] == "." and start > 1 and text[start - 2].islower() and len(word) > 1)
            or ("/" in (text[end : end + 1], text[start - 1 : start]) and self._stays_latin(word))
        ):
            return word
        # Signs at the edges are quotes or apostrophes, not ь or ъ (but see below for a final one).
        lead = len(word) - len(word.lstrip(SIGNS))
        trail = len(word) - len(word.rstrip(SIGNS))
        core = word[lead : len(word) - trail] if trail else word[lead:]
        if not core:
            return word
        restored = self.restore_word(core, hint)
        if not trail and text[end : end + 1] == "." and len(core) >= _SHORTEST_ABBREVIATION and core.isalpha() and (
            not core[1:].isupper() and not self.known(restored)
        ):
            # "proizv." (произв., of произведения): an abbreviation, the start of a word, which no reading of
            # its own need be
            restored = self._abbreviated(core) or restored
        if trail and not self.is_latin(core) and core[-1:].isalpha():
            # A final ’ is ь in Russian ("zemel’", "Kazan’"), a closing quote otherwise.
            sign = word[len(word) - trail :]
            # A final ” is ъ in the old orthography ("Musaget”"), unless a “ before it opened a quotation.
            hard_sign = sign[0] == "”" and "“" not in text[:start]
            if sign[0] in "’'ʹʺ" or hard_sign:  # ALA-LC's ʹ and ʺ are never quotes
                with_sign = self.restore_word(core + sign[0], hint)
                return word[:lead] + with_sign + sign[1:]
        return word[:lead] + restored + (word[len(word) - trail :] if trail else "")
