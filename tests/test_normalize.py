"""Input → expected tables for each normalizer."""

from __future__ import annotations

import pytest

from gsecite.language import detect_language, language_named
from gsecite.model import Date, Name
from gsecite.names import normalize_given, parse_name_list
from gsecite.normalize import (
    clean_note,
    edition_number,
    expand_abbreviations,
    is_english_note,
    parse_date,
    parse_year_range,
    repair_text,
    strip_final_period,
)


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        pytest.param("K.", "K.", id="one-initial"),
        pytest.param("V. I.", "V. I.", id="two-initials"),
        pytest.param("V.I.", "V. I.", id="glued-initials"),
        pytest.param("D. 1.", "D. I.", id="ocr-digit-one"),
        pytest.param("lu. F.", "Iu. F.", id="ocr-lowercase-l"),
        pytest.param("Qalmaqan Abdüqadïrovich", "Qalmaqan Abdüqadïrovich", id="full-names"),
    ],
)
def test_normalize_given(printed, expected):
    assert normalize_given(printed) == expected


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        pytest.param("K. Marx and F. Engels", (Name("Marx", "K."), Name("Engels", "F.")), id="two-authors"),
        pytest.param("G. P. Dement’ev and N. A. Gladkov", (Name("Dement’ev", "G. P."), Name("Gladkov", "N. A.")),
                     id="editors-with-soft-sign"),
        pytest.param("L. de Broglie and P. Teilhard de Chardin",
                     (Name("de Broglie", "L."), Name("Teilhard de Chardin", "P.")), id="particles"),
        pytest.param("S. M. Budennyi", (Name("Budennyi", "S. M."),), id="one-editor"),
        pytest.param("A. B. Ivanov, V. G. Petrov, and D. E. Sidorov",
                     (Name("Ivanov", "A. B."), Name("Petrov", "V. G."), Name("Sidorov", "D. E.")), id="serial-comma"),
        pytest.param("Iazyki narodov SSSR", (), id="not-names"),
    ],
)
def test_parse_name_list(printed, expected):
    assert parse_name_list(printed) == expected


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        pytest.param("2nd ed.", "2", id="2nd"),
        pytest.param("[2nd ed.]", "2", id="bracketed"),
        pytest.param("8th ed.", "8", id="8th"),
        pytest.param("3d ed.", "3", id="old-3d"),
        pytest.param("third edition", "3", id="spelled-out"),
        pytest.param("new ed.", "new", id="named-edition"),
        pytest.param("4. Aufl.", "4", id="german-auflage"),
        pytest.param("2e éd.", "2", id="french-edition"),
        pytest.param("Rev. ed.", "rev", id="named-edition-abbreviated"),
        pytest.param("2nd rev. ed.", "2", id="abbreviated-qualifier"),
    ],
)
def test_edition_number(printed, expected):
    assert edition_number(printed) == expected


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        pytest.param("1969", Date((1969,)), id="year"),
        pytest.param("1970–72", Date((1970,), (1972,)), id="short-range"),
        pytest.param("1883–1903", Date((1883,), (1903,)), id="century-range"),
        pytest.param("1962–68", Date((1962,), (1968,)), id="decade-range"),
        pytest.param("1966–", Date((1966,), None, True), id="open-range"),
        pytest.param("[1966]", Date((1966,)), id="bracketed"),
        pytest.param("1998–02", Date((1998,), (2002,)), id="across-century"),
        pytest.param("no year", None, id="none"),
    ],
)
def test_parse_year_range(printed, expected):
    assert parse_year_range(printed) == expected


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        pytest.param("Sept. 26, 1958", Date((1958, 9, 26)), id="day"),
        pytest.param("October, 1880", Date((1880, 10)), id="month"),
        pytest.param("Jan. 5, 1960", Date((1960, 1, 5)), id="january"),
        pytest.param("1974", Date((1974,)), id="year"),
    ],
)
def test_parse_date(printed, expected):
    assert parse_date(printed) == expected


@pytest.mark.parametrize(
    ("printed", "container", "expected"),
    [
        pytest.param("Soch.", True, ("Sochineniia", "Soch."), id="soch"),
        pytest.param("Poln. sobr. soch.", True, ("Polnoe sobranie sochinenii", "Poln. sobr. soch."), id="pss"),
        pytest.param("Poln. sobr. soch", True, ("Polnoe sobranie sochinenii", "Poln. sobr. soch"), id="pss-no-period"),
        pytest.param("Sock.", True, ("Sochineniia", "Sock."), id="misprint-sock"),
        pytest.param("Izbr. proizv.", False, ("Izbrannye proizvedeniia", "Izbr. proizv."), id="izbr-proizv"),
        pytest.param("Izbr. filos. soch.", False, ("Izbrannye filosofskie sochineniia", "Izbr. filos. soch."),
                     id="izbr-filos-soch"),
        pytest.param("Sobr. izbr. trudov", False, ("Sobranie izbrannykh trudov", "Sobr. izbr. trudov"),
                     id="sobr-izbr-trudov"),
        pytest.param("Izbr. stikhi", False, ("Izbrannye stikhi", "Izbr. stikhi"), id="izbr-word"),
        pytest.param("Tr. Glavnoi astronomicheskoi observatorii AN SSSR", True,
                     ("Trudy Glavnoi astronomicheskoi observatorii AN SSSR",
                      "Tr. Glavnoi astronomicheskoi observatorii AN SSSR"), id="journal-word"),
        pytest.param("Tr. Glavnoi observatorii", False, ("Tr. Glavnoi observatorii", ""),
                     id="words-only-in-containers"),
        pytest.param("Narody Sibiri", False, ("Narody Sibiri", ""), id="nothing"),
        pytest.param("Trudy Cos. astronomicheskogo instituta", True,
                     ("Trudy Gosudarstvennogo astronomicheskogo instituta", "Trudy Cos. astronomicheskogo instituta"),
                     id="ocr-c-for-g-in-an-abbreviation"),
    ],
)
def test_expand_abbreviations(printed, container, expected):
    assert expand_abbreviations(printed, container=container) == expected


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        pytest.param("(A collection of works.)", "A collection of works", id="parenthesized"),
        pytest.param("[Introduction by J. Niedres.]", "Introduction by J. Niedres", id="bracketed"),
        pytest.param("(Edited by A. B.)", "Edited by A. B.", id="keeps-final-initial"),
        pytest.param("(See index.)", "See index", id="see-index"),
        pytest.param("obituary", "obituary", id="bare"),
    ],
)
def test_clean_note(printed, expected):
    assert clean_note(printed) == expected


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        pytest.param("Ocherki istorii.", "Ocherki istorii", id="sentence-period"),
        pytest.param("Narodnoe khoziaistvo SSSR v 1975 g.", "Narodnoe khoziaistvo SSSR v 1975 g.", id="abbreviation"),
        pytest.param("Tri tochki...", "Tri tochki...", id="ellipsis"),
        pytest.param("K istorii sozdaniia “Kapitala.”", "K istorii sozdaniia “Kapitala”", id="period-in-closing-quote"),
        pytest.param('K istorii sozdaniia "Kapitala."', 'K istorii sozdaniia "Kapitala"', id="straight-quotes"),
        pytest.param("Bibliografia literatury polskiej “Nowy Korbut,”",
                     "Bibliografia literatury polskiej “Nowy Korbut”",
                     id="comma-before-the-volume-in-closing-quote"),
        pytest.param("O knige “Rossiia v 1839 g.”", "O knige “Rossiia v 1839 g.”", id="abbreviation-in-quote"),
        pytest.param("Stikhi 1940.”", "Stikhi 1940.”", id="closing-quote-never-opened"),
        pytest.param("Agrarnyi vopros i ‘kritiki Marksa.’", "Agrarnyi vopros i ‘kritiki Marksa’", id="single-quotes"),
        pytest.param("Izbrannoe v 2 t.’", "Izbrannoe v 2 t.’", id="a-soft-sign-after-no-opening-quote"),
        pytest.param("Zakonodatel’stvo Petra I.", "Zakonodatel’stvo Petra I", id="a-rulers-numeral-after-his-name"),
        pytest.param("Epokha Karla V.", "Epokha Karla V", id="a-rulers-numeral-v"),
        pytest.param("Pis’ma k A. I.", "Pis’ma k A. I.", id="initials-after-an-initial"),
        pytest.param("O V. I.", "O V. I.", id="initials-after-a-short-word"),
    ],
)
def test_strip_final_period(printed, expected):
    assert strip_final_period(printed) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("collection of articles", True, id="english"),
        pytest.param("Novellas and short stories.", True, id="genre-note"),
        pytest.param("With D. D. Polozhentsev.", True, id="co-author"),
        pytest.param("Jointly with E. M. Lifshits.", True, id="jointly-with"),
        pytest.param("Written with E. M. Lifshits.", True, id="written-with"),
        pytest.param("Co-author with E. M. Lifshits.", True, id="a-hyphenated-english-word"),
        pytest.param("Coauthor.", True, id="coauthor"),
        pytest.param("Verses for children.", True, id="for-whom"),
        pytest.param("Libretto.", True, id="a-genre-of-the-stage"),
        pytest.param("Lectures delivered at Moscow University.", True, id="where-lectures-were-given"),
        pytest.param("Biblioteka poeta.", False, id="a-russian-series"),
        pytest.param("Tr. In-ta etnografii AN SSSR", False, id="an-abbreviation-joined-by-a-hyphen"),
        pytest.param("Critical text.", True, id="what-kind-of-text"),
        pytest.param("Many later editions.", True, id="later-editions"),
        pytest.param("Reprinted many times.", True, id="reprints"),
        pytest.param("First separate edition.", True, id="which-edition"),
        pytest.param("weekly", True, id="how-often-a-periodical-comes-out"),
        pytest.param("periodical", True, id="what-kind-of-publication"),
        pytest.param("Povest’ i rasskazy", False, id="russian-subtitle"),
        pytest.param("Tenebrionidae", False, id="latin-taxon"),
        pytest.param("1918–1920 gody", False, id="years"),
    ],
)
def test_is_english_note(text, expected):
    assert is_english_note(text) is expected


@pytest.mark.parametrize(
    ("damaged", "repaired"),
    [
        pytest.param("Materialy XXVs’ezda KPSS", "Materialy XXV s”ezda KPSS", id="glued-roman-and-hard-sign"),
        pytest.param("Materialy XXVs'ezda KPSS", "Materialy XXV s”ezda KPSS", id="glued-roman-and-straight-hard-sign"),
        pytest.param("Materialy XXIIs”ezda KPSS", "Materialy XXII s”ezda KPSS", id="glued-roman-and-printed-hard-sign"),
        pytest.param("Uchenye trudy VIIuN, issue 3", "Uchenye trudy VIIuN, issue 3",
                     id="an-acronym-after-roman-letters"),
        pytest.param("(1918–1920gody)", "(1918–1920 gody)", id="glued-number"),
        pytest.param("0cherki istorii", "Ocherki istorii", id="zero-read-for-capital-o"),
        pytest.param("v 1920gody", "v 1920 gody", id="zero-ending-a-year-is-a-digit"),
        pytest.param("trudov D. 1. Mendeleeva", "trudov D. I. Mendeleeva", id="ocr-one-for-an-initial-in-a-title"),
        pytest.param("1. Ia. Franko i Pol’shcha", "I. Ia. Franko i Pol’shcha",
                     id="ocr-one-before-an-initial-of-two-letters"),
        pytest.param("Liaskovskaia, O. A. 1. E. Repin", "Liaskovskaia, O. A. I. E. Repin",
                     id="ocr-one-for-the-first-of-two-initials"),
        pytest.param("Sochineniia, T. 1. Moscow", "Sochineniia, T. 1. Moscow", id="a-russian-volume-is-no-initial"),
        pytest.param("vol. 1. Moscow", "vol. 1. Moscow", id="a-volume-is-no-initial"),
        pytest.param("Istoriia issle-dovanii", "Istoriia issledovanii", id="a-word-a-hyphen-split"),
        pytest.param("Voprosy muzyk-al’noi dramaturgii", "Voprosy muzykal’noi dramaturgii",
                     id="a-word-split-into-a-word-and-a-name"),
        pytest.param("sotsial’no-ekonomicheskie", "sotsial’no-ekonomicheskie", id="a-compound-keeps-its-hyphen"),
        pytest.param("Ocherki kto-to", "Ocherki kto-to", id="two-words-keep-their-hyphen"),
        pytest.param("Uch. zap. Leningradskogo gos. un-ta", "Uch. zap. Leningradskogo gos. un-ta",
                     id="an-abbreviation-keeps-its-hyphen-though-its-letters-make-a-word"),
        pytest.param("prikladnoi,vol. 2", "prikladnoi, vol. 2", id="glued-comma"),
        pytest.param("skota.Moscow, 1952.", "skota. Moscow, 1952.", id="glued-place"),
        pytest.param("Zaitsev, Z. Z.Trudy.", "Zaitsev, Z. Z. Trudy.", id="glued-initial"),
        pytest.param("Vasil’ev , V.  Stikhi.", "Vasil’ev, V. Stikhi.", id="space-before-a-comma-and-a-double-space"),
        pytest.param("Ithaca, N.Y., 1960.", "Ithaca, N.Y., 1960.", id="initials-of-a-state-kept"),
        pytest.param("Antich-nyi gorod", "Antichnyi gorod", id="line-break-hyphen"),
        pytest.param("udeisko-russkii slovar’", "udeisko-russkii slovar’", id="real-hyphen-kept"),
        pytest.param("l-i poloviny", "1-i poloviny", id="ocr-ordinal"),
        pytest.param("GüI desseleri", "Gül desseleri", id="ocr-capital-i"),
        pytest.param("Biobibliografiheskii spravochnik", "Biobibliograficheskii spravochnik", id="lost-c-of-cheskii"),
        pytest.param("psikhicheskii", "psikhicheskii", id="kh-before-esk-kept"),
        pytest.param("Νovyi mir", "Νovyi mir", id="capital-greek-kept"),
        pytest.param("νoprosy", "voprosy", id="greek-nu"),
        pytest.param("1941–44 gg.”Tr. Gos.", "1941–44 gg.” Tr. Gos.", id="glued-closing-quote"),
        pytest.param("IV v. do n.e.-IVv. n.e.", "IV v. do n.e.-IV v. n.e.", id="glued-century"),
        pytest.param("Ocherki. Moscow- Leningrad, 1950.", "Ocherki. Moscow-Leningrad, 1950.",
                     id="a-space-after-the-dash-between-cities"),
        pytest.param("Ocherki. Moscow -Leningrad, 1950.", "Ocherki. Moscow-Leningrad, 1950.",
                     id="a-space-before-the-dash-between-cities"),
        pytest.param("Proletarskii internatsionalizm – osnova", "Proletarskii internatsionalizm – osnova",
                     id="a-spaced-dash-between-words-is-no-imprint"),
        pytest.param("Ocherki. Moscow, l956.", "Ocherki. Moscow, 1956.", id="an-l-for-the-1-of-a-year"),
        pytest.param("Ocherki. Moscow, 196O.", "Ocherki. Moscow, 1960.", id="a-capital-o-for-the-0-of-a-year"),
        pytest.param("Ivanov, I. I. “Stikhi.” ln Poeziia", "Ivanov, I. I. “Stikhi.” In Poeziia",
                     id="an-l-for-the-i-of-in"),
        pytest.param("Ivanov, I. l. Stikhi", "Ivanov, I. I. Stikhi", id="an-l-for-a-second-initial"),
        pytest.param("Ivanov, l. I. Stikhi", "Ivanov, I. I. Stikhi", id="an-l-for-a-first-initial"),
        pytest.param("Ivanov, I, I. Stikhi", "Ivanov, I. I. Stikhi", id="a-comma-for-a-first-initials-period"),
        pytest.param("Ivanov, I. I, Stikhi", "Ivanov, I. I. Stikhi", id="a-comma-for-a-last-initials-period"),
        pytest.param("Ivanov, I. I. Stikhi. Moscow, 1960. Pages 5, 7, 9",
                     "Ivanov, I. I. Stikhi. Moscow, 1960. Pages 5, 7, 9", id="commas-elsewhere-stay"),
        pytest.param("Kuhn, I. Orlov i Sokol. Moscow, 1960.", "Kuhn, I. Orlov i Sokol. Moscow, 1960.",
                     id="a-single-initial-before-a-title-stays"),
        pytest.param("Ocherki. Kazan, 19O5.", "Ocherki. Kazan, 1905.", id="a-capital-o-inside-a-year"),
        pytest.param("Ocherki. Mos-cow, 1960.", "Ocherki. Moscow, 1960.", id="a-city-split-at-a-line-break"),
        pytest.param("Ocherki. Moscow-Len-ingrad, 1960.", "Ocherki. Moscow-Leningrad, 1960.",
                     id="the-second-city-of-a-joint-imprint-split-at-a-line-break"),
        pytest.param("Ocherki, vols. 1–3. St. Pe-tersburg, 1883.", "Ocherki, vols. 1–3. St. Petersburg, 1883.",
                     id="the-last-word-of-a-city-split-at-a-line-break"),
        pytest.param("Ocherki. Komsomol’sk-na-Amure, 1960.", "Ocherki. Komsomol’sk-na-Amure, 1960.",
                     id="a-city-named-with-hyphens-keeps-them"),
        pytest.param("Izbr. proizv. Gorno-Altaisk, 1960.", "Izbr. proizv. Gorno-Altaisk, 1960.",
                     id="a-hyphenated-city-keeps-its-hyphen"),
        pytest.param("Poln. sobr. soch., 5 th ed., vol. 38.", "Poln. sobr. soch., 5th ed., vol. 38.",
                     id="an-ordinals-ending-set-apart"),
    ],
)
def test_repair_text(damaged, repaired):
    assert repair_text(damaged) == repaired


@pytest.mark.parametrize(
    ("title", "context", "expected"),
    [
        pytest.param("Letuchie myshi", {}, "ru", id="russian"),
        pytest.param("Linguistic Survey of India", {}, "en", id="english"),
        pytest.param("The Complete Works", {}, "en", id="english-short"),
        pytest.param("Wissenschaft der Logik", {}, "de", id="german"),
        pytest.param("Zavod im. Likhacheva", {}, "ru", id="russian-im-abbreviated-is-no-german-im"),
        pytest.param("Leben im Dorf", {}, "de", id="german-im"),
        pytest.param("Ryska revolutionen och arbetarrörelsen", {}, "sv", id="swedish-not-turkmen"),
        pytest.param("Russland og Norge", {"place": "Oslo"}, "no", id="norwegian"),
        pytest.param("Historia e Shqipërisë", {"place": "Tirana"}, "sq", id="albanian-not-turkmen"),
        pytest.param("Statti i materialy", {"place": "Kiev", "subject_language": "uk"}, "uk",
                     id="ukrainian-statti"),
        pytest.param("Ukrains’kyi pravopys", {"place": "Kiev"}, "uk", id="ukrainian-adjective-in-kyi"),
        pytest.param("Ricerche stendhaliane", {"place": "Naples", "subject_language": "fr"}, "it",
                     id="literature-on-a-foreigner-printed-in-another-country"),
        pytest.param("Ricerche stendhaliane", {"place": "Naples", "subject_language": "fr", "in_works": True}, "fr",
                     id="the-subject-s-works-printed-abroad-are-theirs"),
        pytest.param("Dansk og russisk sprog", {"place": "Copenhagen"}, "da", id="danish"),
        pytest.param("Evgenij Baratynskij: Liv og diktning", {"place": "Oslo-Bergen-Tromsø", "subject_language": "ru"},
                     "no", id="a-russian-subject-makes-no-foreign-title-russian"),
        pytest.param("TsGIA SSSR, f. 1405, op. 5, d. 17", {}, "ru", id="an-archive-s-shelfmark-is-no-dutch-op"),
        pytest.param("Histoire de la littérature française", {}, "fr", id="french"),
        pytest.param("Tangdamalï elengder men poemalar", {"subject_language": "kk"}, "kk", id="kazakh-letters"),
        pytest.param("Saylanma äsärlär", {"subject_language": "tt"}, "tt", id="tatar-letters"),
        pytest.param("Andrejs Upīts: Kritiko-biograficheskii ocherk", {"subject_language": "lv", "place": "Moscow"},
                     "ru", id="foreign-letters-only-in-a-name-of-a-russian-title"),
        pytest.param("Andreja Upīša romāni", {"subject_language": "lv", "place": "Riga"}, "lv",
                     id="foreign-letters-in-a-lowercase-word"),
        pytest.param("Honoré de Balzac: Bibliograficheskii ukazatel’", {"place": "Moscow"}, "ru",
                     id="a-name-with-its-particle-in-a-russian-title"),
        pytest.param("Geschiedenis van België", {"place": "Brussels"}, "nl", id="van-a-preposition-between-capitals"),
        pytest.param("Gesammelte Werke", {"place": "London"}, "de", id="german-capitalized-nouns-are-no-title-case"),
        pytest.param("Azärbaijan ädäbiiaty tarikhi", {"place": "Baku"}, "az", id="azerbaijani-a-umlaut-in-baku"),
        pytest.param("Özbek ädabiëti tarikhi", {"place": "Tashkent"}, "uz", id="uzbek-o-umlaut-in-tashkent"),
        pytest.param("Bashqort ädäbiäte tarikhy", {"place": "Ufa"}, "ba", id="bashkir-a-umlaut-in-ufa"),
        pytest.param("Istoriia literaturii moldoveneshti", {"place": "Kishinev"}, "ro", id="moldavian-spellings"),
        pytest.param("Ocherki istorii Moldavskoi SSR", {"place": "Kishinev"}, "ru", id="russian-printed-in-kishinev"),
        pytest.param("Sämtliche Werke", {"place": "London"}, "de", id="german-a-umlaut-is-no-tatar-in-werke"),
        pytest.param("Chogaaldar chiindizi", {"in_works": True, "subject_language": "tyv"}, "tyv",
                     id="works-block-no-diacritics"),
        pytest.param("Pesnia khomusa", {"translated": "ru", "subject_language": "tyv"}, "ru", id="translated"),
        pytest.param("The Theory of Moral Sentiments", {"translated": "ru", "place": "London"}, "en",
                     id="an-original-after-the-translations-label"),
        pytest.param("Izbrannoe", {"translated": "ru", "place": "Berlin"}, "ru", id="a-translation-printed-abroad"),
        pytest.param("Izbrannye stikhi", {"in_works": True, "subject_language": "av"}, "ru", id="russian-in-works"),
        pytest.param("Dag”istanal”ul khalk”iiav poet", {"subject_language": "av"}, "av", id="hard-sign-before-vowel"),
        pytest.param("Peledmežap", {}, "chm", id="letter-table"),
        pytest.param("Soiuz rabochego klassa i krest”ianstva", {"subject_language": "kk"}, "ru",
                     id="misprinted-hard-sign-still-russian"),
        pytest.param("Indogermanische Sprachwissenschaft", {}, "de", id="german-by-spelling"),
        pytest.param("Indogermanisches etymologisches Wörterbuch", {}, "de", id="umlaut-german-not-turkmen"),
        pytest.param("Grundriss der vergleichenden Grammatik der semitischen Sprachen", {}, "de",
                     id="german-one-stopword-and-an-ending"),
        pytest.param("Teoriia ischisleniia i lichnost’", {}, "ru", id="russian-sch-and-lich-are-no-german"),
        pytest.param("Miting v Moskve", {}, "ru", id="russian-loanword-in-ing"),
        pytest.param("Pëtr Pervyĭ", {}, "ru", id="alalc-e-diaeresis-is-yo"),
        pytest.param("Saylanan ëserler", {}, "tk", id="e-diaeresis-without-alalc-marks"),
        pytest.param("Social and Cultural Dynamics", {}, "en", id="english-one-stopword-in-four"),
        pytest.param("Zibrannia tvoriv", {}, "uk", id="ukrainian-nnia"),
        pytest.param("Die Mechanik in ihrer Entwicklung", {}, "de", id="german-function-words"),
        pytest.param("A. S. Pushkin", {}, "ru", id="initial-a-is-no-english-article"),
        pytest.param("Cybernetics", {"place": "New York-London"}, "en", id="foreign-word-printed-in-new-york"),
        pytest.param("Norsk litteraturhistorie", {"place": "Oslo"}, "no", id="norwegian-printed-in-oslo"),
        pytest.param("Bălgarska literatura", {"place": "Sofia"}, "bg", id="a-breve-printed-in-sofia"),
        pytest.param("Liste der rezenten Giftschlangen: Elapidae, Hydropheidae, Viperidae und Crotalidae",
                     {"place": "Marburg"}, "de", id="latin-names-of-families-tell-no-language"),
        pytest.param("Marc Bloch i ‘Apologiia istorii’", {"subject_language": "fr"}, "ru",
                     id="a-quotation-in-single-quotes-closes-with-no-soft-sign"),
        pytest.param("Istoria literaturii române", {"place": "Bucharest"}, "ro", id="a-breve-printed-in-bucharest"),
        pytest.param("Anthropologie structurale", {"place": "Paris"}, "fr", id="foreign-words-printed-in-paris"),
        pytest.param("Istoriia Rossii", {"place": "Paris"}, "ru", id="russian-title-printed-in-paris"),
        pytest.param("Anti-Dühring", {"place": "Leipzig"}, "de", id="shared-letter-decided-by-the-city"),
        pytest.param("Kniga iz sobraniia", {}, "ru", id="russian-niia-is-no-ukrainian"),
        pytest.param("Kaisyn Kuliev", {"subject_language": "krc", "place": "Nal’chik"}, "ru",
                     id="a-name-alone-about-the-subject"),
        pytest.param("Kristijonas Donelaitis", {"subject_language": "lt", "place": "Vilnius", "title_is_a_name": True},
                     "lt", id="the-subjects-name-spelled-as-a-latin-script-language-spells-it"),
        pytest.param("Kristionas Donelaitis", {"subject_language": "lt", "place": "Moscow", "title_is_a_name": True},
                     "ru", id="the-subjects-name-romanized-from-russian"),
        pytest.param("Aaly Tokombaev", {"subject_language": "ky", "place": "Frunze", "title_is_a_name": True},
                     "ru", id="the-subjects-name-with-a-long-vowel-of-cyrillic-kyrgyz"),
        pytest.param("Ak Kaiyn", {"in_works": True, "subject_language": "ky"}, "ky", id="a-name-alone-in-the-works"),
        pytest.param("Chyngyz Aitmatov zhana adabiiattyk protsess", {"subject_language": "ky"}, "ky",
                     id="a-turkic-adjective-among-russian-loans"),
        pytest.param("Tvorchestvo Avetika Isaakiana", {"subject_language": "hy"}, "ru",
                     id="names-spelled-their-own-way-in-a-russian-title"),
        pytest.param("Krest’iane i rabochie v 1905 godu", {}, "ru", id="russian-v-is-no-stopword"),
        pytest.param("Hovhannes Tumanian: A Selection of Stories", {"subject_language": "hy"}, "en",
                     id="capital-a-without-a-period-is-the-english-article"),
        pytest.param("Abai Kunanbaev: Selected Works and Letters", {"subject_language": "kk"}, "en",
                     id="english-title-case"),
        pytest.param("Istoriia Armianskogo Naroda", {}, "ru", id="russian-in-title-case"),
        pytest.param("Vybranyia tvory", {"in_works": True, "subject_language": "be"}, "be",
                     id="russian-looking-words-no-russian-dictionary-knows"),
        pytest.param("Khalyk dastandary", {"subject_language": "kk"}, "kk", id="unknown-words-in-references"),
        pytest.param("Kirgiz sovet adabiiatynyn tarykhy", {"subject_language": "ky"}, "ky",
                     id="turkic-ending-among-russian-loans"),
        pytest.param("Sovetskaia literatura", {"subject_language": "ky"}, "ru", id="russian-in-a-turkic-article"),
        pytest.param("Stikhi i poemy", {"in_works": True, "subject_language": "kk"}, "ru",
                     id="every-word-a-russian-word-in-works"),
        pytest.param("Erker", {"in_works": True, "subject_language": "hy"}, "hy", id="one-word-that-is-both"),
        pytest.param("Stikhi", {"in_works": True, "subject_language": "kv", "place": "Syktyvkar"}, "ru",
                     id="a-genres-russian-name-alone-in-works"),
        pytest.param("Povesti", {"in_works": True, "subject_language": "bg", "place": "Sofia"}, "bg",
                     id="a-genres-name-bulgarian-spells-alike"),
        pytest.param("Systema naturae", {"place": "Stockholm"}, "la", id="latin-endings-outweigh-the-city"),
        pytest.param("Opera omnia", {"place": "Leipzig"}, "la", id="latin-collected-works"),
        pytest.param("Lịch sử Việt Nam", {}, "vi", id="vietnamese-tone-marks-alone"),
        pytest.param("Antonín Dvořák: Musician and Craftsman", {"place": "London"}, "en",
                     id="foreign-letters-only-in-the-name-a-title-opens-with"),
        pytest.param("Antonín Dvořák: Thematický katalog", {"place": "Prague"}, "cs",
                     id="foreign-letters-in-the-subtitle-too"),
        pytest.param("Lịch sử Việt Nam", {"place": "Hanoi"}, "vi", id="vietnamese-tone-marks-printed-in-hanoi"),
        pytest.param("Die fennoskandischen Carabidae", {"place": "Stockholm"}, "de",
                     id="one-stopword-and-its-languages-spelling-outweigh-the-city"),
        pytest.param("História da literatura brasileira", {"place": "Brasília"}, "pt", id="portuguese"),
        pytest.param("T’ai-p’ing t’ien-kuo ch’üan-shih", {"place": "Hong Kong"}, "zh",
                     id="chinese-printed-in-hong-kong"),
        pytest.param("Shakhmaty na Rusi", {"place": "Moscow"}, "ru", id="a-russian-word-no-portuguese-stopword"),
        pytest.param("Proshchai, Gul’sary!", {"in_works": True, "subject_language": "ky"}, "ru",
                     id="one-long-russian-word-and-a-name"),
        pytest.param("Izbrannoe", {"in_works": True, "subject_language": "kk"}, "ru", id="russian-in-works"),
        pytest.param("Novaia ziamlia", {"in_works": True, "subject_language": "be"}, "be",
                     id="half-the-words-no-russian-word-in-works"),
        pytest.param("Novaia ziamlia", {"subject_language": "be"}, "ru", id="half-the-words-in-references"),
        pytest.param("Vybrani poezii", {"in_works": True, "subject_language": "uk", "place": "Kiev"}, "uk",
                     id="ukrainian-title-words-a-russian-dictionary-knows"),
        pytest.param("Poezii", {"in_works": True, "subject_language": "ro", "place": "Kishinev"}, "ro",
                     id="moldavian-title-word-a-russian-dictionary-knows"),
        pytest.param("Poezii", {"subject_language": "ro", "place": "Moscow"}, "ru",
                     id="the-same-word-in-the-literature-about-the-subject"),
        pytest.param("Pis’ma o literature, 1930–1970", {}, "ru", id="literature-is-also-a-russian-word"),
        pytest.param("Systema naturae", {}, "la", id="latin-ending"),
        pytest.param("Korpus bosporskikh nadpisei", {}, "ru", id="russian-korpus-is-no-latin"),
        pytest.param("Ianka Kupala: Bibliiahrafichny davednik", {"subject_language": "be"}, "be",
                     id="subtitle-after-a-name-in-the-subjects-language"),
        pytest.param("Ianka Kupala: Sbornik statei", {"subject_language": "be"}, "ru",
                     id="russian-subtitle-after-a-name"),
        pytest.param("Tagor: 1861–1961. Sb. st", {"subject_language": "bn", "place": "Moscow"}, "ru",
                     id="a-name-and-the-years-of-a-jubilee"),
        pytest.param("Russian Literature", {"place": "London"}, "en", id="title-case-printed-abroad"),
        pytest.param("Nuclear systems", {"publisher": "Taylor & Francis"}, "en",
                     id="sentence-case-spelled-as-no-russian-word-is"),
        pytest.param("Ocherki istorii", {}, "ru", id="sentence-case-russian"),
        pytest.param("General topology", {"place": "Princeton"}, "en", id="an-english-ending-no-russian-word-has"),
        pytest.param("Differential geometry", {"place": "Englewood Cliffs"}, "en",
                     id="half-no-russian-word-printed-abroad"),
        pytest.param("Differential geometry", {"publisher": "Prentice-Hall"}, "en",
                     id="half-no-russian-word-by-a-western-publisher"),
        pytest.param("Byloe i dumy", {"place": "London"}, "ru", id="russian-words-printed-abroad"),
        pytest.param("Finnish Architecture", {"place": "Helsinki"}, "en", id="a-people-named-in-english-abroad"),
        pytest.param("Zhyttia Tarasa Shevchenka", {"place": "New York-Paris-Munich", "subject_language": "uk"}, "uk",
                     id="title-case-abroad-spelled-as-ukrainian-spells"),
        pytest.param("Podillia", {"place": "Kiev"}, "uk", id="a-doubled-consonant-before-a-final-ia"),
        pytest.param("Istoriia Ukrains’koi RSR", {"place": "Kiev"}, "uk",
                     id="a-capitalized-adjective-spelled-as-ukrainian-spells"),
        pytest.param("Istoriia Ukrains'koi RSR", {"place": "Kiev"}, "uk",
                     id="a-capitalized-ukrainian-adjective-with-a-straight-soft-sign"),
        pytest.param("Istoriia Ukrainskoi SSR", {"place": "Kiev"}, "ru",
                     id="a-capitalized-adjective-spelled-as-russian"),
        pytest.param("Vas’ka Trubachev i ego tovarishchi", {"place": "Moscow"}, "ru",
                     id="a-russian-name-with-a-soft-sign-before-k"),
        pytest.param("Materiale si cercetari arheologice", {"place": "Cluj"}, "ro", id="a-city-of-romania"),
        pytest.param("Istorija srpskog naroda", {"place": "Belgrade"}, "sr", id="a-city-of-serbia"),
        pytest.param("The Burushaski Language", {"place": "Oslo"}, "en",
                     id="a-scandinavian-city-prints-in-english-too"),
        pytest.param("The Burushaski Language", {"place": "Stockholm"}, "en",
                     id="a-title-in-capitals-that-begins-with-the-english-article"),
        pytest.param("Ŭzbek adabiëti tarikhi", {"place": "Tashkent"}, "uz", id="a-special-letter-in-capitals"),
        pytest.param("Äsärlär", {"place": "Kazan"}, "tt", id="a-title-that-begins-with-a-special-letter"),
        pytest.param("Suomen Kansa", {"place": "Helsinki"}, "fi", id="title-case-printed-abroad-names-no-people"),
        pytest.param("Tatar Tele", {"place": "Kazan"}, "ru", id="a-people-spelled-as-russian-spells-it"),
        pytest.param("Ordinary Differential Equations", {"place": "New York-London-Sydney"}, "en",
                     id="one-odd-spelling-printed-abroad"),
        pytest.param("Synthesis of Ammonia", {"place": "London"}, "en", id="english-stopword-printed-in-london"),
        pytest.param("The Nature of the Chemical Bond", {"place": "Ithaca, N.Y."}, "en", id="city-with-its-state"),
        pytest.param("Les Origines de l'alchimie", {"place": "Paris"}, "fr", id="french-printed-in-paris"),
        pytest.param("L’arte russa", {"place": "Rome"}, "it", id="an-elided-article-and-a-curly-apostrophe"),
        pytest.param("Nell’URSS", {"place": "Milan"}, "it", id="an-elided-preposition-before-an-acronym"),
        pytest.param("D’iakonov i ego vremia", {}, "ru", id="a-soft-sign-after-a-first-letter-is-no-elision"),
        pytest.param("L’vovskaia oblast’", {"place": "Moscow"}, "ru", id="a-soft-sign-before-a-consonant"),
        pytest.param("Russia", {"place": "London"}, "en", id="one-word-no-russian-word-printed-abroad"),
        pytest.param("Dzhuzeppe Garibal'di", {"place": "Moscow"}, "ru", id="a-soft-sign-as-a-straight-apostrophe"),
        pytest.param("Zemlia", {"place": "London"}, "ru", id="one-russian-word-printed-abroad"),
        pytest.param("Nikolai Grigoresku: Al’bom", {"place": "Bucharest"}, "ru",
                     id="a-name-and-a-word-with-a-soft-sign-printed-abroad"),
        pytest.param("Historia de la literatura", {"place": "Madrid"}, "es", id="spanish-de-la-in-madrid"),
        pytest.param("Storia della letteratura italiana", {}, "it", id="italian-function-words"),
        pytest.param("Storia della storiografia italiana", {"place": "Bari"}, "it",
                     id="italian-words-that-look-russian"),
        pytest.param("Kak on zhil", {}, "ru", id="russian-word-that-is-an-english-stopword"),
        pytest.param("Zhizn’ gospodina de Mol’era", {"place": "Moscow"}, "ru",
                     id="a-french-particle-of-a-name-among-russian-words"),
        pytest.param("Vie de Molière", {"place": "Paris"}, "fr", id="a-french-title-with-one-stopword"),
        pytest.param("Ocherki istorii russkoi emigratsii", {"place": "Paris"}, "ru", id="russian-printed-in-paris"),
        pytest.param("Mussorgsky", {"place": "London"}, "en", id="a-name-spelled-abroad-printed-abroad"),
        pytest.param("Musorgskii", {"place": "London"}, "ru", id="a-name-romanized-from-russian-printed-abroad"),
        pytest.param("Pushkin", {"place": "Paris"}, "ru", id="a-name-romanized-as-russian-not-as-french-spells-it"),
        pytest.param("Pushkin", {"place": "London"}, "en", id="a-russian-name-as-english-spells-it"),
        pytest.param("Rembrandt", {"place": "Berlin"}, "de", id="a-foreign-name-the-dictionary-knows"),
        pytest.param("Istoriia na Bŭlgariia", {"place": "Sofia"}, "bg", id="bulgarian-hard-sign-romanized-u-breve"),
        pytest.param("Mongol uran zokhiolyn tüükh", {"place": "Ulan Bator"}, "mn", id="mongolian-u-umlaut"),
        pytest.param("Istorija naroda Jugoslavije", {"place": "Belgrade"}, "sr", id="serbian-ij-is-no-dutch"),
        pytest.param("Povijest hrvatske književnosti", {"place": "Zagreb"}, "hr", id="croatian-z-caron"),
        pytest.param("Türk edebiyatı tarihi", {"place": "Istanbul"}, "tr", id="turkish-dotless-i-and-u-umlaut"),
        pytest.param("Zhongguo tongshi", {"place": "Peking"}, "zh", id="romanized-chinese-printed-in-china"),
        pytest.param("Chung-kuo ssu-hsiang t’ung-shih", {"place": "Peking"}, "zh",
                     id="wade-giles-chung-is-no-german-ung"),
        pytest.param("Mu’allafat Ibn Sina", {"place": "Cairo"}, "ar", id="an-apostrophe-after-a-vowel-is-no-soft-sign"),
        pytest.param("Philosophical Magazine", {}, "en", id="a-western-journal-of-two-words-one-spelled-as-russian"),
        pytest.param("Formação econômica do Brasil", {"place": "São Paulo"}, "pt", id="portuguese-c-cedilla"),
        pytest.param("Azärbaycan ädäbiyyatï tarikhi", {"place": "Baku"}, "az", id="azerbaijani-i-diaeresis-for-y"),
        pytest.param("Historia e letërsisë shqipe: Romantizmi", {"place": "Prishtina"}, "sq",
                     id="albanian-e-diaeresis-printed-in-prishtina"),
        pytest.param("Íslandsklukkan", {"place": "Reykjavík"}, "is", id="icelandic-accent-printed-in-reykjavik"),
        pytest.param("Saga Borgarættarinnar", {"place": "Reykjavík"}, "is", id="icelandic-ae-ligature"),
        pytest.param("Georgian Literature", {"place": "Tbilisi"}, "en", id="a-people-named-in-english-at-home"),
        pytest.param("Dejiny slovenskej literatúry", {"place": "Bratislava"}, "sk", id="slovak-u-acute"),
        pytest.param("Chung-kuo wen-hsüeh fa-chan shih", {"place": "Shanghai"}, "zh", id="wade-giles-u-umlaut"),
        pytest.param("Dějiny perské a tádžické literatury", {"place": "Prague", "subject_language": "tg"}, "cs",
                     id="letters-of-the-city-and-not-of-the-subjects-language"),
        pytest.param("Ḥamāsa-sarāyī dar Īrān", {"place": "Tehran", "subject_language": "tg"}, "fa",
                     id="persian-scholarly-romanization-printed-in-tehran"),
        pytest.param("Kogutud luuletused", {"place": "Stockholm", "subject_language": "et"}, "et",
                     id="an-emigre-book-in-the-subjects-language"),
        pytest.param("Ocherki po istorii", {"place": "Berlin"}, "ru", id="russian-words-printed-abroad"),
        pytest.param("Peter Paul Rubens", {"place": "Munich"}, "de", id="a-full-name-printed-abroad"),
        pytest.param("Mikhail Lermontov", {"place": "Carbondale, Ill."}, "en", id="a-russian-full-name-in-english"),
        pytest.param("Istoriia Rossii", {"place": "Paris"}, "ru", id="a-russian-word-among-names-abroad"),
        pytest.param("Lev Tolstoi", {"place": "Paris"}, "ru", id="a-name-romanized-as-russian-abroad"),
        pytest.param("KSIA AN SSSR", {}, "ru", id="acronym-an-is-no-english-article"),
        pytest.param("Krest’ianskoe dvizhenie v Rossii v 1857–mae 1861 gg.: Sb. dokumentov", {}, "ru",
                     id="russian-mae-is-no-latin-ending"),
        pytest.param("THE ORIGIN OF SPECIES", {}, "en", id="a-title-in-capitals"),
        pytest.param("Hydrologia", {"place": "Warsaw"}, "pl", id="printed-in-warsaw"),
        pytest.param("Hydrologia ogólna", {}, "es", id="o-acute-alone-is-spanish-first"),
        pytest.param("Hydrologia ogólna", {"place": "Warsaw"}, "pl", id="o-acute-printed-in-warsaw"),
        pytest.param("Dzieła wybrane", {}, "pl", id="polish-letters"),
        pytest.param("Dějiny české literatury", {}, "cs", id="czech-letters-together"),
        pytest.param("Hydrologie", {"place": "Prague"}, "cs", id="printed-in-prague"),
        pytest.param("Sokrovishcha skifskikh kurganov", {"place": "Prague-Leningrad"}, "ru",
                     id="joint-edition-with-a-soviet-city"),
        pytest.param("Chemie", {"place": "Prague-Leningrad"}, "ru", id="joint-edition-gives-no-language"),
        pytest.param("L’architettura barocca in Italia", {"place": "Milan"}, "it", id="italian-in-printed-in-milan"),
        pytest.param("Drvagner hay azatagrakan mtkʻi patmutʻyan", {}, "hy", id="armenian-romanization-mark"),
        pytest.param("Galactic Structure", {}, "en", id="title-case-spelled-as-no-russian-word"),
        pytest.param("Planetary Nebulae", {}, "en", id="title-case-latin-plural-is-english"),
        pytest.param("Galaktische Strukturen", {}, "de", id="title-case-with-german-spellings"),
        pytest.param("Lev Tolstoi", {}, "ru", id="a-russian-name-in-title-case"),
        pytest.param("Glaziologie", {"place": "Vienna-New York"}, "de", id="a-greek-ending-no-russian-word-has"),
        pytest.param("Biologiia", {"place": "Vienna"}, "ru", id="the-russian-greek-ending"),
        pytest.param("Kogutud teosed", {"place": "Tallinn"}, "et", id="no-russian-words-printed-in-tallinn"),
        pytest.param("Erkeri zhoghovatsu", {"place": "Yerevan"}, "hy", id="no-russian-words-printed-in-yerevan"),
        pytest.param("Kogutud teosed", {}, "ru", id="no-russian-words-and-no-city-to-tell"),
        pytest.param("Mongol uran zokhiolyn toim", {"place": "Ulan Bator"}, "mn",
                     id="mongolian-genitive-among-russian-words-printed-in-ulan-bator"),
        pytest.param("Stikhi i rasskazy", {"place": "Ulan Bator"}, "ru", id="russian-words-printed-in-ulan-bator"),
        pytest.param("Mongol bichgiin khelnii zui", {"place": "Ulan Bator"}, "mn",
                     id="mongolian-genitive-in-iin-printed-in-ulan-bator"),
        pytest.param("Akutagawa Ryūnosuke zenshū", {"place": "Tokyo"}, "ja", id="hepburn-macrons-printed-in-tokyo"),
        pytest.param("Sōseki zenshū", {}, "ja", id="o-with-a-macron-is-japanese-alone"),
        pytest.param("Latviešu literatūras vēsture", {"place": "Riga"}, "lv", id="latvian-macrons-printed-in-riga"),
        pytest.param("Vvedenie v kibernetiku", {"place": "Kiev"}, "ru", id="russian-words-printed-in-kiev"),
        pytest.param("Karabair", {"place": "Tashkent"}, "ru", id="one-word-may-be-a-name"),
        pytest.param("Asarlar", {"place": "Tashkent"}, "uz", id="one-word-with-a-turkic-ending"),
        pytest.param("Kyrgyz sovet adabiiatynyn tarykhy", {"place": "Frunze"}, "ky",
                     id="a-turkic-ending-among-as-many-russian-loans"),
        pytest.param("Lenin i Kazakhstan", {"place": "Alma-Ata"}, "ru", id="russian-words-and-names-in-alma-ata"),
        pytest.param("Istoriia ukrains’koi literatury", {}, "uk", id="ukrainian-soft-sign-before-k"),
        pytest.param("Zbor tvoraŭ", {}, "be", id="belorussian-short-u"),
        pytest.param("Seçilmiş əsərləri", {"place": "Baku"}, "az", id="azerbaijani-schwa"),
        pytest.param("Vogul népköltési gyűjtemény", {"place": "Budapest"}, "hu",
                     id="hungarian-letters-one-of-them-french-too"),
        pytest.param("Ruské dějiny", {}, "cs", id="czech-letters-the-first-french-too"),
        pytest.param("Tõde ja õigus", {}, "et", id="estonian-o-tilde"),
        pytest.param("Fi al-shi‘r al-jahili", {"place": "Cairo"}, "ar", id="arabic-article-is-no-spanish-al"),
        pytest.param("Al-Adab al-arabi", {}, "ar", id="arabic-article-with-no-city"),
        pytest.param("Al-Biruni i ego vremia", {}, "ru", id="arabic-name-in-a-russian-title"),
        pytest.param("Al-Farabi", {}, "ru", id="arabic-name-alone"),
        pytest.param("Opere", {"place": "Kishinev"}, "ru", id="one-western-stopword-against-a-soviet-capital"),
        pytest.param("Al-Muqaddima", {"place": "Cairo"}, "ar", id="one-western-stopword-against-the-city"),
        pytest.param("Casa-grande & senzala", {"place": "Rio de Janeiro"}, "pt", id="printed-in-rio-de-janeiro"),
        pytest.param("Chung-kuo ku-tai she-hui yen-chiu", {"place": "Shanghai"}, "zh",
                     id="one-western-spelling-against-the-city"),
        pytest.param("Der Ursprung der Gottesidee", {"place": "London"}, "de", id="two-stopwords-outweigh-the-city"),
        pytest.param("Schaakleerboek", {"place": "The Hague"}, "nl", id="printed-in-the-hague"),
        pytest.param("Anti-Dühring", {"place": "Moscow"}, "ru", id="a-name-joined-on-by-a-hyphen"),
        pytest.param("Planetary Nebulae: IAU Symposium No. 34", {}, "en", id="title-case-no-russian-word"),
        pytest.param("Notes on the Nūristānī and Dardic Languages", {}, "en", id="english-with-diacritics-in-names"),
        pytest.param("Beiträge zur Kenntnis der Pašai-Dialekte", {}, "de", id="german-with-diacritics"),
        pytest.param("Corpus inscriptionum regni Bosporani", {"place": "Moscow-Leningrad"}, "la",
                     id="latin-genitive-plural-printed-in-moscow"),
        pytest.param("Acta Universitatis Tartuensis", {"place": "Tartu"}, "la", id="latin-of-a-university"),
        pytest.param("Drevnosli Gerodotovoi Skifii", {}, "ru", id="title-case-with-russian-endings"),
        pytest.param("Aleksandr Sergeevich Pushkin", {}, "ru", id="a-russian-name-of-three-words"),
        pytest.param("Rectified Lunar Atlas", {"place": "Tucson"}, "en", id="title-case-one-word-russian-too"),
        pytest.param("Istoriia na bulgarskata literatura", {"place": "Sofia"}, "bg",
                     id="bulgarian-article-after-an-adjective"),
        pytest.param("Istoriia bolgarskoi literatury", {"place": "Sofia"}, "ru", id="russian-printed-in-sofia"),
        pytest.param("Äsärlär", {"place": "Kazan"}, "tt", id="a-special-letter-in-the-first-word"),
        pytest.param("Herfsttij der middeleeuwen", {"place": "Haarlem"}, "nl", id="printed-in-haarlem"),
        pytest.param("Wetenschap en vrijheid", {}, "nl", id="dutch-spellings"),
        pytest.param("Geschiedenis van België", {"place": "Brussels"}, "nl", id="dutch-stopwords-and-diaeresis"),
        pytest.param("Textes ossètes", {"place": "Copenhagen", "subject_language": "os"}, "fr",
                     id="a-letter-the-subjects-language-does-not-write"),
        pytest.param("Mamanbiy haqqinda ańız", {"place": "Nukus", "subject_language": "kaa"}, "kaa",
                     id="karakalpak-letters"),
        pytest.param("J. Amer. Chem. Soc.", {}, "en", id="an-english-journal-abbreviated"),
        pytest.param("Compt. Rend. Acad. Sci.", {}, "fr", id="a-french-journal-abbreviated"),
        pytest.param("Ber. Dtsch. Chem. Ges.", {}, "de", id="a-german-journal-abbreviated"),
        pytest.param("Izv. AN SSSR", {}, "ru", id="a-soviet-journal-abbreviated"),
        pytest.param("Z. Phys.", {}, "de", id="a-journal-abbreviated-in-words-of-two-languages-the-first-words"),
        pytest.param("Ann. Phys.", {}, "en", id="a-journal-abbreviated-in-words-of-several-languages-english"),
        pytest.param("Ivan Franko: Statti i materialy", {"subject_language": "uk", "place": "Lvov"}, "uk",
                     id="a-subtitles-first-word-spelled-as-the-subjects-language"),
        pytest.param("Andrejs Upīts: Kritiko-biograficheskii ocherk", {"subject_language": "lv", "place": "Moscow"},
                     "ru", id="a-russian-subtitle-after-a-name-in-its-own-letters"),
        pytest.param("Nature", {}, "en", id="an-english-journal-of-one-word"),
        pytest.param("Hermes", {}, "de", id="a-german-journal-of-one-word"),
        pytest.param("Germes", {}, "ru", id="a-russian-title-of-one-word"),
    ],
)
def test_detect_language(title, context, expected):
    assert detect_language(title, **context) == expected


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        pytest.param("In Armenian", "hy", id="armenian"),
        pytest.param("In Ukrainian", "uk", id="ukrainian"),
        pytest.param("In Russian translation", "ru", id="russian"),
        pytest.param("Contains a bibliography", "", id="no-language"),
        pytest.param("Introduction by J. Niedres", "", id="credit"),
    ],
)
def test_language_named_in_a_note(note, expected):
    assert language_named(note) == expected


@pytest.mark.parametrize(
    ("note", "place", "expected"),
    [
        pytest.param("Translated by V. Nabokov", "New York", "en", id="translated-abroad"),
        pytest.param("Translated from Russian", "Berlin", "de", id="translated-from-russian-abroad"),
        pytest.param("Translated from English", "Moscow", "ru", id="a-russian-translation"),
        pytest.param("Translated from Norwegian", "", "ru", id="a-russian-translation-in-collected-works"),
        pytest.param("Translated from Russian", "Moscow", "", id="a-translation-from-russian-at-home"),
        pytest.param("Translated by V. Nabokov", "", "", id="no-city-to-tell"),
        pytest.param("translated by L. Maude", "Oxford", "en", id="translated-after-a-comma-abroad"),
        pytest.param("Translated from the Russian by B. G. Guerney", "Moscow", "",
                     id="a-translation-from-the-russian-at-home"),
    ],
)
def test_a_translation_is_in_the_language_of_its_city(note, place, expected):
    assert language_named(note, place) == expected


def test_a_title_in_no_russian_word_in_a_foreign_journal_is_in_the_journal_s_language():
    from gsecite.extract import extract

    doc = extract("Topology\n\na branch of mathematics, it was written.\n\nREFERENCES\n"
                  "Poincaré, H. “Analysis situs.” Journal de l’École Polytechnique, 1895, ser. 2, vol. 1.\n"
                  "Petrov, P. “Ob odnoi zadache.” Journal de Mathématiques, 1930, vol. 9.\n")
    assert [r.language for r in doc.references] == ["fr", "ru"]


def test_a_title_whose_words_two_languages_share_is_in_its_journal_s_language():
    from gsecite.extract import extract

    doc = extract("Comets\n\na body of the solar system, it was written.\n\nREFERENCES\n"
                  "Rossi, G. “Le comete.” Rendiconti dell’Accademia nazionale dei Lincei, 1960, series 8, vol. 28.\n"
                  "Dupont, J. “Les comètes.” Comptes rendus de l’Académie des sciences, 1955, vol. 240.\n")
    assert [r.language for r in doc.references] == ["it", "fr"]


def test_a_translation_abroad_is_in_the_language_its_title_shows_before_its_city_s():
    """The Israel Program for Scientific Translations printed Soviet books in English in Jerusalem."""
    from gsecite.extract import extract

    doc = extract("Kamchatka\n\na peninsula in the northeastern USSR, it was written.\n\nREFERENCES\n"
                  "Markov, K. K., et al. Relief and Stratigraphy of Quaternary Deposits of Northwest Russian Plain. "
                  "Jerusalem, 1968. (Translated from Russian.)\n"
                  "Pushkin, A. S. Evgenii Onegin. Translated by V. Nabokov. Berlin, 1964.\n")
    assert [r.language for r in doc.references] == ["en", "de"]


def test_a_note_that_names_the_language_decides_it():
    from gsecite.extract import extract

    doc = extract("Armenian Literature\n\nThe literature of the Armenian people, it was written.\n\n"
                  "REFERENCES\nIstoriia armianskoi literatury. Erevan, 1951. (In Armenian.)\n")
    assert [(r.language, r.note) for r in doc.references] == [("hy", "In Armenian")]


def test_an_article_titled_by_a_name_takes_the_language_of_its_journal():
    from gsecite.extract import extract

    doc = extract("To Hoai\n\nA Vietnamese writer, and he was born in Hanoi.\n\n"
                  "REFERENCES\nNikulin, N. I. “To Hoai.” Inostrannaia literatura, 1960, no. 3.\n")
    assert [r.language for r in doc.references] == ["ru"]


@pytest.mark.parametrize(
    ("entry", "language"),
    [
        pytest.param("Dennis, L. M. “Germanium.” Chemical Reviews, 1929, vol. 5, no. 4, p. 495.", "en",
                     id="one-word-title-in-an-english-journal"),
        pytest.param("Petrov, A. A. “Germanii.” Uspekhi khimii, 1956, vol. 25, no. 4.", "ru",
                     id="one-word-title-in-a-russian-journal"),
        pytest.param("Winkler, C. “Germanium.” Gnomon, 1930, vol. 6.", "de", id="one-word-title-in-a-german-journal"),
        pytest.param("Sabin, A. B. “Oral Poliovirus Vaccine.” JAMA, 1965, vol. 194.", "en",
                     id="title-case-title-in-an-english-journal-by-its-acronym"),
        pytest.param("Crick, F. H. C. Nature, 1953, vol. 171.", "en", id="no-title-in-an-english-journal-of-one-word"),
        pytest.param("Sabin AB. Oral poliovirus vaccine. JAMA. 1965;194(8):872-6.", "en",
                     id="a-title-whose-spelling-makes-a-russian-word-in-a-journal-the-table-knows"),
    ],
)
def test_a_one_word_article_title_takes_the_language_of_its_journal(entry, language):
    from gsecite.extract import extract

    doc = extract(f"Germanium\n\nA chemical element, and it was discovered in 1886.\n\nREFERENCES\n{entry}\n")
    assert [r.language for r in doc.references] == [language]


@pytest.mark.parametrize(
    ("entry", "language"),
    [
        pytest.param("Pipes, Richard. Struve. Harvard UP, 1970.", "en", id="a-publisher-abroad"),
        pytest.param("Danilov, V. P. Sovetskaia derevnia. Nauka, 1977.", "ru", id="a-soviet-publisher"),
    ],
)
def test_a_publisher_printed_with_no_city_tells_the_language_a_city_would(entry, language):
    from gsecite.extract import extract

    doc = extract(f"Struve\n\nA Russian economist, and he was born in 1870.\n\nREFERENCES\n{entry}\n")
    assert [r.language for r in doc.references] == [language]
