"""The language of a work, from its romanized title and where it is printed.

The encyclopedia romanizes Russian by the Library of Congress system without
diacritics, so a title with letters that system never writes (``ä``, ``ï``,
``q``, ``w``, an ``h`` outside ``kh``/``zh``/``ch``/``sh``, a hard sign ``”``
before anything but ``e``/``ia``/``iu``) is not Russian; it is in the
subject's language (the article says "Soviet Kazakh poet") or, failing that,
in the language its letters and words point to.

>>> detect_language("Tangdamalï elengder men poemalar", subject_language="kk")
'kk'
>>> detect_language("Linguistic Survey of India")
'en'
>>> detect_language("Letuchie myshi")
'ru'
>>> detect_language("Chogaaldar chiindizi", in_works=True, subject_language="tyv")
'tyv'
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from .dictionary import is_russian_word, names_alone
from .dictionary import russian_share as dictionary_share
from .patterns import DASH, LETTER, UPPER
from .tables import Tables, alternation, load_tables

# Between the cities of one imprint: "New York-London", "Moscow–Leningrad".
_CITIES = re.compile(r"\s*[-–—]\s*")
# The fewest words of a title in title case that, none of them a Russian word, make it Western however spelled.
_NO_RUSSIAN_WORD_TITLE = 3
# A capitalized name joined on to a word by a hyphen: "Anti-Dühring".
_JOINED_NAME = re.compile(rf"-(?<=[{LETTER}]-)[{UPPER}][{LETTER}]*")  # (the dash first: a fast scan)
_INITIAL = re.compile(rf"(?<![{LETTER}])([{UPPER}])\.")
_TWO_CAPITALS = re.compile(f"[{UPPER}]{{2}}")
# The longest acronym a title holds (SSSR, KSIA, VNIIZh); a longer word in capitals is a title set so.
_ACRONYM_MAX = 6


# Letters that no romanization from a Cyrillic alphabet writes, but a language written in Latin letters
# does: "Kristijonas Donelaitis" is spelled as Lithuanian spells it ("Kristionas" in Russian). (The
# vowel pairs that a romanized Kyrgyz name has, "Aaly", are no such sign.)
_LATIN_SCRIPT_SPELLING = r"[qwxj]|(?<![kzcs])h|c(?!h)"


@dataclass(frozen=True)
class _Patterns:
    tables: Tables
    word: re.Pattern
    russian_abbreviation: re.Pattern  # "im." of "Zavod im. Likhacheva": no word of another language
    signed_word: re.Pattern  # a word with its signs, straight or curly (ukazatel’, ukazatel')
    foreign_letters: re.Pattern
    latin_script_spelling: re.Pattern
    joined_article: re.Pattern
    named: re.Pattern
    spellings: tuple[tuple[str, re.Pattern], ...]  # language → its marks, in one pattern
    odd_spelling: re.Pattern  # non_russian, or any language's marks
    marked_adjective: re.Pattern  # a capitalized word that is no name: Ukrains’koi
    any_stopword: frozenset[str]  # the stopwords of every language: most titles hold none
    english_peoples: frozenset[str]  # "finnish", "japanese": English names of peoples no Russian word spells
    stopword_languages: MappingProxyType  # "de" → ("de", "fr", "es", "nl"): the languages a stopword is one of
    name_particles: frozenset[str]  # "de", "von": words of a Western name, between its capitalized words


def _marks(marks) -> str:
    """One pattern of spelling marks; a final ``$`` ends a word (in one word or in words joined by spaces)."""
    return "|".join(re.escape(mark[:-1]) + r"(?=\s|$)" if mark.endswith("$") else re.escape(mark) for mark in marks)


@lru_cache(maxsize=1)
def patterns() -> _Patterns:
    t = load_tables()
    # (in capitals too: "Ŭzbek adabiëti tarikhi", "Äsärlär")
    letters = "".join(sorted(ch for ch in t.characters if len(ch) == 1 and not ch.isascii()))
    # (not "I", the capital of Turkic dotless ı, nor any other ASCII letter)
    letters += "".join(ch.upper() for ch in letters if len(ch.upper()) == 1 and not ch.upper().isascii())
    # Spellings LC romanization of Russian never produces. Words are lowercased before
    # it is tried, so it needs no IGNORECASE (which makes it twice as slow).
    # (no soft sign follows a vowel: the apostrophe of "mu’allafat" is Arabic's hamza)
    non_russian = rf"{_LATIN_SCRIPT_SPELLING}|”(?!e|i[aeu])|[aeiou]y|y[aou]|aa|uu|[aeiou]’[a-z]"
    return _Patterns(
        tables=t,
        russian_abbreviation=re.compile(
            rf"(?<![{LETTER}’'])(?:{alternation([abbreviation[:-1] for abbreviation in t.russian_abbreviations])})\."
        ),
        # (an article or preposition elided before a vowel is a word of its own, "l’arte", "dell’Unione",
        # "d’Italia"; not the soft sign of a Russian word, which no vowel but i before another follows:
        # "D’iakonov", "L’vov")
        # (a straight apostrophe between letters is a sign of the word too, as a copy prints the soft sign:
        # "Il'ia", "Garibal'di")
        word=re.compile(
            rf"(?<![{LETTER}’'])(?:{alternation(list(t.elisions))})"
            rf"(?=['’](?:[aeouhàâéèêóúAEOUHÀÂÉÈÊÓÚ]|[iI](?![aeiou])))"
            rf"|[{LETTER}’”]+(?:'[{LETTER}’”]+)*"
        ),
        signed_word=re.compile(rf"[{LETTER}’”']+"),
        foreign_letters=re.compile(f"[{letters}]"),
        latin_script_spelling=re.compile(_LATIN_SCRIPT_SPELLING, re.IGNORECASE),
        # The Arabic article joined to its word by a hyphen, as it assimilates: "al-Ayyam", "ash-shi‘r"
        joined_article=re.compile(r"(?<![\w-])(?:[Aa]l|[Ee]l|ul|[Aa](?:sh|d|n|r|s|t|z))-(?=[A-Za-z‘’ʿʻ])"),
        # "(In Armenian.)" after an entry: the work is in that language.
        named=re.compile(rf"^In ({alternation(list(t.nationalities))})\b"),
        spellings=tuple((language, re.compile(_marks(marks))) for language, marks in t.spellings.items()),
        odd_spelling=re.compile(f"{non_russian}|{_marks([mark for marks in t.spellings.values() for mark in marks])}"),
        # (the soft sign printed straight too, as a copy prints it: "Ukrains'koi")
        marked_adjective=re.compile(
            _marks([*t.adjective_spellings, *(mark.replace("’", "'") for mark in t.adjective_spellings)])
        ),
        any_stopword=frozenset().union(*t.stopwords.values()),
        name_particles=frozenset(word for particle in t.name_particles for word in particle.split()),
        # (Uzbek and Tatar are spelled so in romanized Russian too: they tell nothing.)
        english_peoples=frozenset(
            name.lower() for name in t.nationalities if " " not in name and not is_russian_word(name.lower())
        ),
        stopword_languages=MappingProxyType({
            word: tuple(language for language, stopwords in t.stopwords.items() if word in stopwords)
            for word in frozenset().union(*t.stopwords.values())
        }),
    )


def _foreign_name(words: list[str], printed_in: str) -> bool:
    """Whether a title printed in a city abroad is a name alone spelled as that city's language spells it:
    no word a common Russian word, and no letters that only romanized Russian sets (kh, zh, ts, ii, ia, iu,
    ’), unless the city prints English, which spells Russian names so (Mikhail Lermontov. Carbondale, Ill.;
    Pushkin. London; but Pushkin. Paris, where French spells Pouchkine, is an émigré book).

    >>> _foreign_name(["rembrandt"], "de"), _foreign_name(["pushkin"], "fr"), _foreign_name(["pushkin"], "en")
    (True, False, True)
    >>> _foreign_name(["istoriia", "rossii"], "fr")
    False
    """
    if printed_in != "en" and _ROMANIZED_RUSSIAN.search(" ".join(words)):
        return False
    return names_alone(words)


# Letters that romanized Russian sets and the languages of Western Europe do not (English "sh" aside)
_ROMANIZED_RUSSIAN = re.compile(r"kh|zh|ts|ii|ia|iu|sh|’")


def _russian_beside_names(title: str, p: _Patterns) -> bool:
    """Whether a title's words in lowercase, after its first and a name's particles aside, are all Russian
    dictionary words (one of three letters or more at least): its capitalized words are then names, which
    keep their own spelling. A first word so spelled is a name when a capitalized word follows it ("Andrejs
    Upīts: …"), else a word of the title's own language ("Istorija naroda Jugoslavije").

    >>> p = patterns()
    >>> _russian_beside_names("Andrejs Upīts: Kritiko-biograficheskii ocherk", p)
    True
    >>> _russian_beside_names("Honoré de Balzac: Bibliograficheskii ukazatel’", p)
    True
    >>> _russian_beside_names("Andreja Upīša romāni", p), _russian_beside_names("Istorija naroda Jugoslavije", p)
    (False, False)
    >>> _russian_beside_names("Geschiedenis van België", p)
    False

    A subtitle's first word spelled as another language spells is no name ("Ivan Franko: Statti i materialy" is
    Ukrainian):

    >>> _russian_beside_names("Ivan Franko: Statti i materialy", p)
    False
    """
    if ": " in title and any(
        p.foreign_letters.search(word) or p.odd_spelling.search(word.lower()) for word in _subtitle_starts(title)
    ):
        return False
    words = p.signed_word.findall(title)
    rest = [w for w in words[1:] if w not in p.name_particles]
    lowercase = [w.lower() for w in rest if not w[:1].isupper()]
    if not any(len(w.strip("’”'")) >= 3 for w in lowercase) or dictionary_share(lowercase) < 1.0:
        return False
    odd_first = p.foreign_letters.search(words[0]) or p.odd_spelling.search(words[0].lower())
    return not odd_first or rest[0][:1].isupper()


_SUBTITLE_START = re.compile(r":\s+[“«\"]?([^\W\d_][\w’']*)")


def _subtitle_starts(title: str) -> frozenset[str]:
    """The first words of a title's subtitles, capitalized as a sentence's first word is.

    >>> sorted(_subtitle_starts("Ivan Franko: Statti i materialy"))
    ['Statti']
    """
    return frozenset(m.group(1) for m in _SUBTITLE_START.finditer(title))


def _russian_share(words: list[str], t: Tables) -> float:
    long_words = [w for w in words if len(w) >= 3]
    if not long_words:
        return 1.0 if all(w in t.russian_words for w in words) else 0.0
    russian = sum(1 for w in long_words if w.endswith(t.russian_endings) or w in t.russian_words)
    return russian / len(long_words)


_LATIN = "la"


def _spelling_language(words: list[str], p: _Patterns, printed_in: str = "") -> str:
    """The one Western language whose spellings the most words show; "" when none or a tie, or when
    one word alone shows them and the title was printed where another language is written (the
    syllable "chung" of romanized Chinese is no German word).

    >>> _spelling_language(["indogermanisches", "etymologisches", "wörterbuch"], patterns())
    'de'
    >>> _spelling_language(["chung", "kuo", "ku", "tai"], patterns(), printed_in="zh")
    ''
    >>> _spelling_language(["systema", "naturae"], patterns(), printed_in="sv")
    'la'
    """
    counts = sorted(((sum(1 for w in words if marks.search(w)), language) for language, marks in p.spellings),
                    reverse=True)
    (best, language), (second, _) = counts[0], counts[1]
    if best == 1 and printed_in and printed_in != language and language != _LATIN:
        return ""  # (but Latin's endings, -orum, -ae, are no word's of the city's language: Systema naturae)
    return language if best > second else ""


def _stopword_language(words: list[str], p: _Patterns, printed_in: str = "") -> str:
    """The language whose stopwords make the largest share of a title's words (a quarter at
    least); of two that share them ("de", "la"), the language of the city it was printed in.
    One stopword alone is weak evidence against that city's language: it names none then.

    >>> _stopword_language(["historia", "de", "la", "revolución"], patterns(), printed_in="es")
    'es'
    >>> _stopword_language(["les", "origines", "de", "l", "alchimie"], patterns())
    'fr'
    >>> _stopword_language(["al", "muqaddima"], patterns(), printed_in="ar")
    ''
    >>> _stopword_language(["wetenschap", "en", "vrijheid"], patterns())
    'nl'
    >>> _stopword_language(["die", "fennoskandischen", "laufkäfer"], patterns(), printed_in="sv")
    'de'
    """
    if p.any_stopword.isdisjoint(words):
        return ""
    hits = dict.fromkeys(p.tables.stopwords, 0)  # (in the table's order, which breaks a tie)
    for word in words:
        for language in p.stopword_languages.get(word, ()):
            hits[language] += 1
    best_hits = max(hits.values())
    tied = [language for language, count in hits.items() if count == best_hits]
    # Of languages that share the stopwords ("de", "en"), the city's, else the one the spellings show
    # (Wetenschap en vrijheid: Dutch), else the first.
    best = printed_in if printed_in in tied else tied[0]
    if len(tied) > 1 and printed_in not in tied and (spelled := _spelling_language(words, p)) in tied:
        best = spelled
    if best_hits < len(words) / 4:
        return ""
    if best_hits == 1 and printed_in and best != printed_in and _spelling_language(words, p) != best:
        # (unless the other words are spelled as that stopword's language spells them: Die fennoskandischen
        # Carabidae. Stockholm is German)
        return ""
    return best


def _title_case(printed: list[str], stopwords: frozenset[str]) -> bool:
    """Whether a title is set in title case: its stopwords in lowercase, most other words capitalized.

    >>> from gsecite.tables import load_tables
    >>> english = load_tables().stopwords["en"]
    >>> _title_case("Hovhannes Tumanian: A Selection of Stories".replace(":", "").split(), english)
    True
    >>> _title_case("Social and cultural dynamics".split(), english)
    False
    """
    rest = printed[1:]
    if stopwords.isdisjoint(rest):
        return False  # no lowercase stopword to tell it by
    content = [word for word in rest if word.lower() not in stopwords]
    return bool(content) and 2 * sum(1 for word in content if word[:1].isupper()) > len(content)


def place_language(place: str, t: Tables) -> str:
    """The language of the first city of an imprint that the table knows, or of its state.

    >>> place_language("New York-London", load_tables()), place_language("Moscow", load_tables())
    ('en', '')
    >>> place_language("Ithaca, N.Y.", load_tables()), place_language("Cambridge (Mass.)", load_tables())
    ('en', 'en')
    >>> place_language("Warsaw", load_tables()), place_language("Prague-Leningrad", load_tables())
    ('pl', '')
    """
    found = ""
    for city in _CITIES.split(place):
        city, _, region = city.removesuffix(")").replace(" (", ", ").partition(", ")  # Cambridge (Mass.)
        language = t.place_languages.get(city) or t.regions.get(region)
        if not language and city in t.places:
            return ""  # a city the table knows with no language of its own: a joint edition with a Soviet one
        found = found or language
    return found


def _foreign_publisher_language(publisher: str, t: Tables) -> str:
    """The language a publisher abroad prints in; "" for a Soviet one, which tells no language as a Soviet city
    does not (Nauka prints Russian and the peoples' languages).

    >>> _foreign_publisher_language("Harvard UP", load_tables()), _foreign_publisher_language("Nauka", load_tables())
    ('en', '')
    """
    language = t.publishers.get(publisher, "") if publisher else ""
    return "" if language == "ru" else language


def abbreviated_journal_language(name: str, t: Tables) -> str:
    """The language of a journal's name made of a Western journal's abbreviated words alone (table
    ``journal_abbreviations``): the one most of its words abbreviate; of those that tie, the first word's, else
    English, in which most journals are printed.

    >>> t = load_tables()
    >>> abbreviated_journal_language("J. Amer. Chem. Soc.", t), abbreviated_journal_language("Compt. Rend.", t)
    ('en', 'fr')
    >>> abbreviated_journal_language("Z. Phys.", t), abbreviated_journal_language("Ann. Phys.", t)
    ('de', 'en')
    >>> abbreviated_journal_language("Izv. AN SSSR", t)
    ''
    """
    words = name.split()
    if not all(word in t.journal_abbreviations for word in words):
        return ""
    counts = Counter(language for word in words for language in t.journal_abbreviations[word])
    most = max(counts.values())
    first = t.journal_abbreviations[words[0]]
    for language in (*first, "en", *counts):
        if counts.get(language) == most:
            return language
    return ""


def _turkic_word(words: tuple[str, ...], t: Tables) -> bool:
    """Whether a word ends as Turkic words do and is no Russian word (dastandary, asarlar).

    >>> _turkic_word(("asarlar",), load_tables()), _turkic_word(("stikhi",), load_tables())
    (True, False)
    """
    return any(w.endswith(t.turkic_endings) and not is_russian_word(w) for w in words)


def _national_language(place: str, t: Tables) -> str:
    """The language of the people whose capital the first city of an imprint is, if the table knows it.

    >>> _national_language("Tallinn", load_tables()), _national_language("Moscow-Leningrad", load_tables())
    ('et', '')
    """
    language = t.national_languages.get(place)  # (most imprints name one city)
    if language is None and any(dash in place for dash in DASH):
        language = t.national_languages.get(_CITIES.split(place, maxsplit=1)[0].strip())
    return language or ""


def names_only(title: str) -> bool:
    """Whether a title is only a name (two to four words, every one capitalized), which tells
    nothing of the language of the work it names. One capitalized word is a title as often.

    >>> names_only("To Hoai"), names_only("Sergei Nikolaevich Blazhko"), names_only("Theory of Superconductivity")
    (True, True, False)
    >>> names_only("Kadjïtä")
    False
    """
    words = title.split()
    return 2 <= len(words) <= 4 and all(word[:1].isupper() or not word[:1].isalpha() for word in words)


def language_named(note: str, place: str = "", title: str = "") -> str:
    """The language a note names: ``In Armenian`` → ``hy``; "" when it names none. A translation printed
    abroad is in the language its title's words show, else in the city's (Evgenii Onegin, translated by
    V. Nabokov, New York: English; Relief and Stratigraphy of Quaternary Deposits, translated from Russian,
    Jerusalem: English too, not Hebrew).

    >>> language_named("In Armenian"), language_named("Contains a bibliography")
    ('hy', '')

    A translation from another language printed at home is a Russian one (Kvintessentsiia ibsenizma, in an
    article on Ibsen, whose words no dictionary knows, is no Norwegian title):

    >>> language_named("Translated by V. Nabokov", "New York"), language_named("Translated from English", "Moscow")
    ('en', 'ru')
    >>> language_named("Translated from Russian", "Moscow"), language_named("Translated by the author")
    ('', '')
    >>> language_named("Translated from Russian", "Jerusalem", "Physics of the Earth's Core")
    'en'
    """
    if note.startswith(("Translated", "translated")):
        note = note[:1].upper() + note[1:]  # (lowercase after a comma: "Voina i mir, translated by …")
        abroad = place_language(place, load_tables()) if place else ""
        if abroad and title and (own := detect_language(title, place=place)) != "ru":
            return own
        into_russian = note.startswith("Translated from ") and not note.startswith(
            ("Translated from Russian", "Translated from the Russian")
        )
        return abroad or ("ru" if into_russian else "")
    if not note.startswith("In "):
        return ""  # most entries have no note: no pattern tried
    p = patterns()
    m = p.named.match(note)
    return p.tables.nationalities[m.group(1)] if m else ""


# A quotation in single quotes: the "’" that closes it is followed by no letter ("’" inside a word is a soft sign).
_INNER_QUOTATION = re.compile(r"‘((?:[^‘’]|’(?=\w))*)’(?!\w)")


# The most words a name at a title's head may have ("Pedro Antonio de Alarcón y Ariza")
_NAME_WORDS_MAX = 6


def _first_word_unless_a_name(title: str, printed: list[str]) -> list[str]:
    """The first word of a title, which is capitalized whatever it is, unless it begins a name the title
    opens with, its capitalized words before a colon ("Antonín Dvořák: Musician and Craftsman").

    >>> _first_word_unless_a_name("Antonín Dvořák: Musician", ["Antonín", "Dvořák", "Musician"])
    []
    >>> _first_word_unless_a_name("Études sur Musique", ["Études", "sur", "Musique"])
    ['Études']
    """
    head, colon, _ = title.partition(": ")
    words = head.split()
    if colon and 2 <= len(words) <= _NAME_WORDS_MAX and all(word[:1].isupper() for word in words):
        return []
    return printed[:1]


def detect_language(
    title: str,
    *,
    translated: str = "",
    in_works: bool = False,
    subject_language: str = "",
    place: str = "",
    title_is_a_name: bool = False,
    publisher: str = "",
    container_language: str = "",
) -> str:
    """ISO 639 code of a work from its title (or container), its place in the article, and, for a
    title that is not Russian but shows no language of its own, the city it was printed in (or, with no
    city, the language of the journal it is in: ``container_language``). A title
    that is only a person's name (the subject's, in the literature about them), romanized as Russian names
    are, tells nothing of the book's language but the city abroad it may have been printed in; one spelled
    with its own people's letters tells theirs.

    >>> detect_language("Cybernetics", place="New York-London")
    'en'
    >>> detect_language("Aaly Tokombaev", place="Frunze", subject_language="ky", title_is_a_name=True)
    'ru'
    >>> detect_language("Andrejs Upīts", place="Riga", subject_language="lv", title_is_a_name=True)
    'lv'
    >>> detect_language("Kristijonas Donelaitis", place="Vilnius", subject_language="lt", title_is_a_name=True)
    'lt'
    >>> detect_language("Al-Adab al-arabi", place="Cairo"), detect_language("Al-Biruni i ego vremia")
    ('ar', 'ru')
    >>> detect_language("Marc Bloch i ‘Apologiia istorii’", subject_language="fr")
    'ru'
    >>> detect_language("Le comete"), detect_language("Le comete", container_language="it")
    ('fr', 'it')
    """
    if translated:
        # The language a sub-list's label names ("In Russian translation:"), unless the title is in the language
        # of the city abroad it was printed in, as its function words show: an original after the label ("The
        # Theory of Moral Sentiments. London"), which no translation into Russian is
        p = patterns()
        printed_in = place_language(place, p.tables) if place and translated == "ru" else ""
        words = [w.lower() for w in p.word.findall(title)] if printed_in and printed_in != translated else []
        return printed_in if words and _stopword_language(words, p, printed_in) == printed_in else translated
    if "‘" in title:
        # a quotation inside the title: its closing quote is no soft sign of the word before it ("Marc Bloch i
        # ‘Apologiia istorii’" is Russian)
        title = _INNER_QUOTATION.sub(r"\1", title)
    p = patterns()
    if title.endswith(".") and " " in title and (journal := abbreviated_journal_language(title, p.tables)):
        return journal  # "J. Amer. Chem. Soc.", the name of a journal cited with no title of its article
    if journal := p.tables.journals.get(title):
        return journal  # "Nature", "JAMA": a Western journal's name, which tells no language by its spelling
    if title_is_a_name and not p.foreign_letters.search(title) and not p.latin_script_spelling.search(title):
        return (place_language(place, p.tables) if place else "") or "ru"
    if "-" in title and p.joined_article.search(title):
        # The Arabic article is no Spanish "al": the title is read without it, and is Arabic when nothing
        # else tells its language and its words are no Russian (Al-Biruni i ego vremia is Russian), nor is
        # it a name alone (Al-Farabi, a book about him).
        bare = p.joined_article.sub("", title)
        language = detect_language(bare, in_works=in_works, subject_language=subject_language, place=place)
        arabic = language == "ru" and title not in p.tables.single_names and _dictionary_share(bare, p)[0] < 0.5
        return "ar" if arabic else language
    t = p.tables
    in_words = p.russian_abbreviation.sub(" ", title) if any(a in title for a in t.russian_abbreviations) else title
    printed = [w for w in (found.strip("’”") for found in p.word.findall(in_words)) if w]
    if any(len(w) == 1 and w.isupper() for w in printed):
        # A lone capital with a period is an initial ("A. S. Pushkin"), not the English article ("A Selection").
        initials = set(_INITIAL.findall(title))
        printed = [w for w in printed if w not in initials] or printed
    # (every ending holds "ae", "ea" or "es": one test spares most titles a look at each word)
    taxa = [w[:1].isupper() and w.endswith(p.tables.taxon_endings) for w in printed] if (
        "ae" in title or "ea" in title or "es" in title
    ) else []
    if any(taxa[1:]):
        # The Latin names of families of animals and plants are no words of the title's language: "Liste der
        # rezenten Giftschlangen: Elapidae, Hydropheidae, Viperidae und Crotalidae" is German.
        printed = [printed[0], *(w for w, taxon in zip(printed[1:], taxa[1:], strict=True) if not taxon)]
    if len(printed) > 2 and not p.name_particles.isdisjoint(printed[1:-1]):
        # A particle inside a name is no word of a Russian title: "Honoré de Balzac: Bibliograficheskii ukazatel’"
        # is no French title (but "Geschiedenis van België", "Histoire de France" keep theirs)
        named = [w for i, w in enumerate(printed) if not (
            0 < i < len(printed) - 1 and w in p.name_particles
            and printed[i - 1][:1].isupper() and printed[i + 1][:1].isupper()
        )]
        if len(named) < len(printed) and _russian_beside_names(title, p):
            printed = named
    capitals = [w for w in printed if len(w) > 1 and w.isupper()] if _TWO_CAPITALS.search(title) else []
    if capitals and (len(capitals) < len(printed) or all(len(w) <= _ACRONYM_MAX for w in capitals)):
        # Words in capitals are acronyms (KSIA AN SSSR: AN is the Academy of Sciences, not the English
        # article): they tell no language, unless the whole title is set in capitals (THE ORIGIN OF SPECIES).
        printed = [w for w in printed if len(w) == 1 or not w.isupper()]
    if not printed:
        return subject_language if in_works and subject_language else "ru"
    if len(printed) >= 2 and printed[0].lower() in p.english_peoples and all(w[:1].isupper() for w in printed) and (
        not p.foreign_letters.search(title)
    ):
        # A people named as English names them, in title case, wherever printed: "Georgian Literature. Tbilisi"
        # (romanized Russian names them otherwise: Gruzinskaia literatura)
        return "en"
    words = [w.lower() for w in printed]
    # (with no city, a publisher known to print in one language tells it as a city would: "Struve. Harvard UP, 1970")
    printed_in = place_language(place, t) if place else (
        container_language or _foreign_publisher_language(publisher, t)
    )
    national = _national_language(place, t) if place else ""
    # (A Soviet people's capital weighs against one stopword too: Opere. Kishinev is Moldavian, not Italian.)
    by_words = _stopword_language(words, p, printed_in or national)
    # Capitalized words after the first are mostly names, spelled as their own language spells
    # them (Tvorchestvo Avetika Isaakiana): they tell nothing of the title's language. Not in a
    # title set in title case, as English sets one (Hovhannes Tumanian: A Selection of Stories),
    # nor in one printed abroad with every word capitalized (Ordinary Differential Equations).
    # (German capitalizes its nouns: Gesammelte Werke. London is no English title case)
    english_title_case = _title_case(printed, t.stopwords["en"]) and _spelling_language(words, p) in ("", "en")
    if english_title_case:
        common = words
        by_words = by_words or "en"
    elif printed_in and all(word[:1].isupper() for word in printed):
        if (
            len(printed) >= 2
            and (dictionary_share(words) < 1.0 or _foreign_name(words, printed_in))
            and _spelling_language(words, p) in ("", printed_in)
            # (a soft sign inside a word is romanized: "Nikolai Grigoresku: Al’bom. Bucharest" is Russian)
            and not any("’" in word.rstrip("’") or "'" in word.strip("'") for word in words)
        ):
            # Title case, which romanized Russian never sets, printed abroad: Russian Literature. London;
            # in English if a people is named as English names it, wherever printed: Finnish Architecture.
            # Helsinki (Finnish, Swedish, or Polish would not set title case). Not when the words are spelled
            # as another language spells them: Zhyttia Tarasa Shevchenka. New York, a name in Ukrainian.
            # A name alone is no Russian title either (Peter Paul Rubens. Munich; Mikhail Lermontov. Carbondale,
            # Ill.), but a title with a Russian word among names is (Istoriia Rossii. Paris).
            # (and one that begins with the English article, which no other language has: The Burushaski
            # Language. Oslo)
            return "en" if p.english_peoples.intersection(words) or words[0] == "the" else printed_in
        if len(printed) == 1 and _foreign_name(words, printed_in) and not (
            _russian_share(words, t) and dictionary_share(words)
        ):
            # a name spelled as that country spells it: Mussorgsky. London (not Musorgskii); Rembrandt. Berlin
            return printed_in
        common = words
    else:
        # (a subtitle's first word is capitalized as a sentence's is, no name: "Ivan Franko: Statti i materialy")
        subtitles = _subtitle_starts(title) if ": " in title else frozenset()
        # (nor is an adjective spelled as one language spells it: "Istoriia Ukrains’koi RSR" is Ukrainian)
        common = [words[0], *(w for w, shown in zip(words[1:], printed[1:], strict=True) if (
            not shown[0].isupper() or shown in subtitles or p.marked_adjective.search(w)
        ))]
    # (A name joined on by a hyphen is spelled as its own language spells it: "Anti-Dühring" is no Turkmen.)
    foreign = p.foreign_letters.findall(_JOINED_NAME.sub("", title) if "-" in title else title)
    if foreign and english_title_case and by_words == "en" and not any(
        p.foreign_letters.search(word) for word in _first_word_unless_a_name(title, printed)
        + [w for w in printed[1:] if not w[:1].isupper()]
    ):
        # only in names, which keep their own letters: Notes on the Nūristānī and Dardic Languages; Antonín
        # Dvořák: Musician and Craftsman
        foreign = []
    if foreign and any(mark in title for mark in t.alalc_marks):
        foreign = [ch for ch in foreign if ch.lower() not in t.alalc_letters]  # "Pëtr Pervyĭ": ё, not Turkmen
    # The share of Russian-looking words among the others: "die" looks like a Russian ending.
    stopwords = t.stopwords.get(by_words, ())
    content = [w for w in common if w not in stopwords] if stopwords else common
    russian_share = _russian_share(content, t) if content else 0.0
    # No match can span the space between two words, so one search of them all rules out most titles.
    odd = p.odd_spelling
    odd_words = sum(1 for w in common if odd.search(w)) if odd.search(" ".join(common)) else 0
    # One odd spelling in a Russian-looking title is more likely a misprint, unless it is a spelling
    # that marks a language (Wörterbuch, zibrannia), which no misprint makes and which is no Russian
    # word ("v 1857–mae 1861 gg.": in May, not Latin), or the title was printed in a city abroad
    # (Ordinary Differential Equations. New York).
    if (foreign or odd_words) and _russian_beside_names(title, p):
        # Letters and spellings of another language only in capitalized words, names that keep their own
        # spelling, and the words in lowercase Russian: Andrejs Upīts: Kritiko-biograficheskii ocherk. Moscow
        foreign, odd_words = [], 0
    non_russian = bool(foreign) or odd_words >= 2 or (
        odd_words == 1 and (russian_share < 0.5 or bool(printed_in) or bool(
            _spelling_language([w for w in common if not is_russian_word(w)], p)
        ))
    )
    # Stopwords settle a title whose other words do not look Russian; or that look Russian but are
    # in the language of the city it was printed in (Synthesis of Ammonia. London; Les Origines de
    # l'alchimie. Paris), or that no Russian dictionary knows (Storia della storiografia italiana).
    if by_words and not (foreign and by_words == "en") and (
        (russian_share < 0.5 and not _russian_but_one_stopword(title, words, stopwords, p))
        or by_words == printed_in or _dictionary_share(title, p)[0] < 0.5
    ):
        return by_words
    if non_russian:
        candidates = _letter_languages(foreign, t)
        if subject_language and subject_language != "ru" and not (
            printed_in in candidates and subject_language not in candidates
        ) and not (candidates and subject_language not in candidates and subject_language in t.lettered_languages):
            # (unless its letters are the city's and none of the subject's language: Rypka, J. Dějiny perské
            # a tádžické literatury. Prague, in the literature on a Tadzhik poet, is Czech; and the literature
            # printed abroad, with no letter nor spelling of the subject's to tell, is in the city's: Cordié, C.
            # Ricerche stendhaliane. Naples, on a French writer, is Italian; but Zhyttia Tarasa Shevchenka. New
            # York is Ukrainian, and a Soviet people's émigrés print in their own: Kogutud luuletused. Stockholm)
            # (nor when they are letters the subject's language, which the table knows letters of, does not write:
            # Textes ossètes. Copenhagen, on the Ossetic language, is French)
            abroad = printed_in and not candidates and not in_works
            if abroad and subject_language not in t.national_languages.values() and (
                _spelling_language(words, p) != subject_language
            ):
                return printed_in
            return subject_language
        by_spelling = _spelling_language(words, p, printed_in)
        if candidates:
            # ö may be Turkmen or German: the spelling of the words decides ("Wörterbuch"), else
            # the city it was printed in (Leipzig).
            for language in (by_spelling, printed_in, national):
                if language in candidates:
                    return language
            return candidates[0]
        # (a Russian subject is no reason to call a title Russian that reads as none: Evgenij Baratynskij: Liv og
        # diktning. Oslo, in the literature on a Russian poet, is Norwegian)
        return (
            by_words or by_spelling or printed_in or national
            or _title_case_language(printed, p) or subject_language
        )
    if subject_language and subject_language != "ru" and content and (in_works or not names_only(title)):
        # (A name alone, in the literature about the subject, tells no language: Kaisyn Kuliev. Nal’chik.)
        if in_works and not t.title_words.get(subject_language, frozenset()).isdisjoint(words):
            return subject_language  # a word of their titles that a Russian one looks like: Vybrani poezii
        known, counted = _dictionary_share(title, p)
        if known < 0.5 or _turkic_word(counted, t):
            # Words that look Russian but that no Russian dictionary knows (Vybranyia tvory, Khalyk
            # dastandary), or a Turkic ending among Russian loans (Kirgiz sovet adabiiatynyn tarykhy):
            # a title in the subject's own language.
            return subject_language
        if in_works and russian_share < 0.5 and not (
            known == 1.0 and (
                len(counted) >= 2 or sum(map(len, counted)) >= _LONG_RUSSIAN_WORD
                or (bool(counted) and t.russian_genre_titles.issuperset(counted))
            )
        ):
            # Endings that are not Russian, in the subject's works: theirs, unless every one of two
            # words or more is a Russian word (Stikhi i poemy), or one long word (Proshchai, Gul’sary!),
            # or a genre's Russian name (Stikhi). One short word may be both (Erker).
            return subject_language
        if in_works and known <= 0.5:
            # Half the words no Russian word, in the subject's works: their language spelled like Russian
            # (Novaia ziamlia, Belorussian).
            return subject_language
    if national and not names_only(title) and (russian_share < 0.5 or _turkic_word(tuple(content), t)):
        known, counted = _dictionary_share(title, p)
        if (known < 0.5 and len(counted) >= 2) or (known <= 0.5 and _turkic_word(counted, t)):
            # Printed in a people's capital, and half the words no Russian word (nor ending as one, a
            # cheaper test first), or one of them ending as Turkic words do among as many Russian loans
            # (Kyrgyz sovet adabiiatynyn tarykhy): the people's language
            # (Kogutud teosed. Tallinn). A Russian title printed there stays Russian (Vvedenie v kibernetiku.
            # Kiev), and so does one word, which may be a name (Karabair, a breed of horse. Tashkent),
            # unless it ends as Turkic words do (Asarlar. Tashkent).
            return national
    if printed_in and not names_only(title):
        known, counted = _dictionary_share(title, p)
        if known <= 0.5 and len(counted) >= 2 and not _spelling_language(words, p):
            # Printed abroad, and half of its words or more no Russian word, nor spelled as a Western language
            # is: a romanized title in the language of its city (Zhongguo tongshi. Peking; Hindi sahitya ka
            # itihas. Allahabad), as a people's capital tells theirs; or its own, which a letter may spell as a
            # Russian word (Differential geometry. Englewood Cliffs: геометры, geometers).
            return printed_in
    if not printed_in and not subject_language:
        # No city nor subject to tell it, and every word capitalized, which romanized Russian never sets
        # but in names: a Western title, if half its words are spelled as no Russian word is.
        return _title_case_language(printed, p)
    return "ru"


def _russian_but_one_stopword(title: str, words: list[str], stopwords, p: _Patterns) -> bool:
    """Whether a title's one stopword stands among words a Russian dictionary all knows: a particle of a
    name (Zhizn’ gospodina de Mol’era), not a French title.

    >>> p = patterns()
    >>> _russian_but_one_stopword("Zhizn’ gospodina de Mol’era", ["zhizn", "gospodina", "de", "mol’era"],
    ...                           p.tables.stopwords["fr"], p)
    True
    >>> _russian_but_one_stopword("Les Origines de l'alchimie", ["les", "origines", "de", "l", "alchimie"],
    ...                           p.tables.stopwords["fr"], p)
    False
    """
    if sum(1 for word in words if word in stopwords) != 1:
        return False
    known, counted = _dictionary_share(title, p)
    return known == 1.0 and len(counted) >= 2


def _title_case_language(printed: list[str], p: _Patterns) -> str:
    """The language of a title with half its words spelled as romanized Russian never is (Galactic Structure;
    Nuclear systems, none of them a Russian word), or of three words or more in title case most of which are no
    Russian word nor any ends as one (Rectified Lunar Atlas: "atlas" is a Russian word too): English, unless German
    or French spellings show; "ru" for any other title.

    >>> p = patterns()
    >>> _title_case_language(["Galactic", "Structure"], p), _title_case_language(["Lev", "Tolstoi"], p)
    ('en', 'ru')
    >>> _title_case_language(["Nuclear", "systems"], p), _title_case_language(["Ocherki", "istorii"], p)
    ('en', 'ru')
    """
    if len(printed) < 2:
        return "ru"
    title_case = all(word[:1].isupper() for word in printed)
    words = [word.lower() for word in printed]
    if not title_case and not p.odd_spelling.search(joined := " ".join(words)) and not p.foreign_letters.search(
        joined
    ):
        return "ru"  # (most titles in sentence case: one search of them all)
    odd = sum(1 for word in words if p.odd_spelling.search(word) or p.foreign_letters.search(word))
    if 2 * odd < len(words):
        # Spelled as Russian may be: Russian, unless three words or more in title case, most of them no Russian
        # word and none ending as Russian words do (Planetary Nebulae: IAU Symposium No. 34, not Drevnosli
        # Gerodotovoi Skifii, a misprint and names). (The dictionary last: it costs most.) A title in sentence
        # case, as a Russian list prints an English one, is no Russian either when half its words are spelled
        # as no Russian word is and none is a Russian word (Nuclear systems).
        if (
            not title_case
            or len(words) < _NO_RUSSIAN_WORD_TITLE
            or _russian_share(words, p.tables) >= 0.5
            or dictionary_share(words) >= 0.5
        ):
            return "ru"
    elif (share := dictionary_share(words)) >= 0.5 or (share and not title_case):
        # (in sentence case, one Russian word is enough: "Honoré de Balzac: Bibliograficheskii ukazatel’")
        return "ru"
    by_spelling = _spelling_language(words, p)
    return by_spelling if by_spelling in ("de", "fr") else "en"


def _letter_languages(letters: list[str], t: Tables) -> tuple[str, ...]:
    """The languages that write every one of a title's special letters that the table knows (most likely
    first); those of the first such letter when no language writes them all.

    >>> _letter_languages(["ó", "ł"], load_tables()), _letter_languages(["ě", "č"], load_tables())
    (('pl',), ('cs',))
    >>> _letter_languages(["ä", "ï"], load_tables())
    ('kk', 'os', 'az', 'kaa')
    """
    candidates: tuple[str, ...] = ()
    for letter in letters:
        theirs = t.characters.get(letter.lower())
        if not theirs:
            continue
        if not candidates:
            candidates = theirs
        else:  # (a letter that none of them writes leaves them as they were)
            candidates = tuple(c for c in candidates if c in theirs) or candidates
    return candidates


# The letters one dictionary word must have to tell a Russian title by itself: "Erker" is
# both a Russian word and a Kirghiz one, "Proshchai" only Russian.
_LONG_RUSSIAN_WORD = 8


def no_russian_word(title: str) -> bool:
    """Whether none of a title's common words is a Russian dictionary word (and it has some).

    >>> no_russian_word("Analysis situs"), no_russian_word("Ob odnoi zadache"), no_russian_word("Nikolai Gogol")
    (True, False, False)
    """
    share, counted = _dictionary_share(title, patterns())
    return bool(counted) and share == 0.0


def _dictionary_share(title: str, p: _Patterns) -> tuple[float, tuple[str, ...]]:
    """The share of a title's common words (signs kept: ukazatel’) that are Russian dictionary words,
    and the words counted (three letters or more). Its first word counts; capitalized words after it
    are names.

    >>> _dictionary_share("Khalyk dastandary", patterns()), _dictionary_share("Stikhi i poemy", patterns())
    ((0.0, ('khalyk', 'dastandary')), (1.0, ('stikhi', 'poemy')))
    >>> _dictionary_share("Ianka Kupala: Bibliiahrafichny davednik", patterns())
    (0.0, ('bibliiahrafichny', 'davednik'))
    >>> _dictionary_share("Tagor: 1861–1961. Sb. st", patterns())
    (1.0, ())
    """
    parts = title.split(": ")
    if len(parts) > 1 and (names_only(parts[0]) or parts[1][:4].isdigit()):
        # "Ianka Kupala: Bibliiahrafichny davednik": a name tells no language; nor does the one a jubilee's
        # collection names with the years it marks ("Tagor: 1861–1961. Sb. st.")
        parts = parts[1:]
    common = []
    for part in parts:  # a subtitle begins a sentence, in capitals
        found = [word.lstrip("'") for word in p.signed_word.findall(part)]  # a final ' is the soft sign
        common.extend(word.lower() for i, word in enumerate(found) if i == 0 or not word[:1].isupper())
    return dictionary_share(common), tuple(word for word in common if len(word) >= 3)
