"""Segmentation of article pages: titles, blocks, labels, glued entries, signatures, boilerplate."""

from __future__ import annotations

import textwrap

import pytest

from gsecite.extract import extract
from gsecite.model import Name
from gsecite.segment import REFERENCES, WORKS, segment

BODY = "a people of the Far East who live along the rivers; the Udegei speak their own language and were hunters.\n"


def entries(text: str) -> list[str]:
    return [e.text for a in segment(text).articles for b in a.blocks for e in b.entries]


@pytest.mark.parametrize(
    ("first_paragraph", "language"),
    [
        pytest.param("Born 1910; died 1970. Soviet Uighur poet.", "ug", id="uighur"),
        pytest.param("Born 1890; died 1952. Soviet Jewish writer. He wrote in Yiddish.", "yi", id="jewish-writer"),
        pytest.param("Born 1920. Soviet Lezghin poet and playwright.", "lez", id="lezghin"),
        pytest.param("Born 1908. Soviet Tuvan writer.", "tyv", id="tuvan-as-well-as-tuvinian"),
        pytest.param("Born 1920. Even the critics praised this Soviet writer.", "", id="even-is-an-english-word"),
        pytest.param("Born 1920. Soviet Lezghian poet.", "lez", id="lezghian-as-well-as-lezghin"),
        pytest.param("Born 1930. Soviet Even writer.", "eve", id="even-the-people"),
        pytest.param("Born 1930. Soviet Adyg writer.", "ady", id="adyg-as-well-as-adygei"),
        pytest.param("Born 1917. Soviet Kabardian poet.", "kbd", id="kabardian"),
        pytest.param("Born 1900. Soviet Komi-Permiak writer.", "koi", id="a-people-of-two-names"),
        pytest.param("Born 1905. Soviet Gypsy writer.", "rom", id="gypsy"),
        pytest.param("Born 1900. Soviet Crimean Tatar writer.", "crh", id="a-people-named-in-two-words"),
        pytest.param("Born 1870; died 1938. Russian Soviet writer.", "ru", id="russian-soviet"),
        pytest.param("Born 1915. Soviet Koryak poet.", "kpy", id="koryak-as-well-as-koriak"),
        pytest.param("Born 1910. Soviet Mordvin poet.", "mdf", id="mordvin-as-well-as-mordovian"),
        pytest.param("Born 1880; died 1934. Soviet Bashkir and Tatar poet.", "ba", id="two-peoples-the-first-named"),
        pytest.param("Born 1906; died 1981. Soviet poet; wrote in Yakut.", "sah", id="wrote-in-a-language"),
        pytest.param("Born 1906. Soviet poet. He writes in the Mari language.", "chm", id="writes-in-the-language"),
        pytest.param("Born 1861; died 1941. Indian writer and public figure. Wrote in Bengali.", "bn",
                     id="wrote-in-a-language-a-sentence-of-its-own"),
    ],
)
def test_subject_language_from_the_nationality(first_paragraph, language):
    article = segment(f"Izgur, Ali\n\n{first_paragraph}\n\nTallanghan äsärlär. Alma-Ata, 1960.\n").articles[0]
    assert article.subject_language == language


@pytest.mark.parametrize(
    ("headword", "first_paragraph", "subject", "language"),
    [
        pytest.param("Rustaveli, Shota", "Georgian poet of the late 12th and early 13th centuries.",
                     Name("Rustaveli", "Shota"), "ka", id="a-person-of-an-age-that-kept-no-dates"),
        pytest.param("Georgian SSR", "Georgian Soviet Socialist Republic, a union republic of the USSR.",
                     None, "", id="a-people-then-no-person"),
        pytest.param("Rustaveli, Shota", "(c. 1172–1216). Georgian poet.", Name("Rustaveli", "Shota"), "ka",
                     id="years-about-in-parentheses"),
        pytest.param("Rustaveli, Shota", "(1172–1216). Georgian poet.", Name("Rustaveli", "Shota"), "ka",
                     id="years-in-parentheses"),
        pytest.param("Rustaveli, Shota", "(84–22 B.C.). Georgian poet.", Name("Rustaveli", "Shota"), "ka",
                     id="years-before-our-era"),
        pytest.param("Georgian SSR", "(1970) was the year the republic held a census of its population.",
                     None, "", id="a-year-in-parentheses-that-a-sentence-goes-on-after"),
        pytest.param("Rustaveli, Shota", "(b. 1929). Soviet Georgian poet.", Name("Rustaveli", "Shota"), "ka",
                     id="born-in-parentheses"),
        pytest.param("Rustaveli, Shota", "Years of birth and death unknown. Georgian poet.", Name("Rustaveli", "Shota"),
                     "ka", id="years-unknown"),
    ],
)
def test_an_article_that_opens_with_a_persons_years_or_people_is_a_biography(headword, first_paragraph, subject,
                                                                            language):
    article = segment(f"{headword}\n\n{first_paragraph}\n\nWORKS\nVepkhistkaosani. Tbilisi, 1966.\n").articles[0]
    assert (article.subject, article.subject_language) == (subject, language)


@pytest.mark.parametrize(
    ("headword", "language"),
    [
        pytest.param("Kirghiz Literature", "ky", id="a-peoples-literature"),
        pytest.param("Tatar Language", "tt", id="a-peoples-language"),
        pytest.param("Kazakh White-Faced Cattle", "", id="a-breed-named-after-a-people"),
        pytest.param("Literature", "", id="no-people"),
    ],
)
def test_subject_language_from_a_headword_about_a_peoples_writing(headword, language):
    article = segment(f"{headword}\n\nThe writing of a people, from its oral tradition on.\n\n"
                      "Keme bashynda. Frunze, 1975.\n").articles[0]
    assert article.subject_language == language


def test_headed_blocks_and_inline_label():
    text = (
        "Kunanbaev, Abai\n\nBorn 1845; died 1904. Kazakh poet who was the founder of the written literature.\n\n"
        "WORKS\n\nShïgharmalar. Alma-Ata, 1961. In Russian translation: Izbrannoe. Moscow, 1954.\n\n"
        "REFERENCES\n\nAuezov, M. Abai Kunanbaev. Alma-Ata, 1967.\n"
    )
    seg = segment(text)
    article = seg.articles[0]
    assert seg.title == "Kunanbaev, Abai"
    assert article.subject.family == "Kunanbaev" and article.subject_language == "kk"
    works, references = article.blocks
    assert works.kind == WORKS and references.kind == REFERENCES
    assert [(e.text, e.translated) for e in works.entries] == [
        ("Shïgharmalar. Alma-Ata, 1961.", ""),
        ("Izbrannoe. Moscow, 1954.", "ru"),
    ]


@pytest.mark.parametrize("label", ["In Russian translation:", "Works in Russian translation:",
                                   "Selected works in Russian translation:"])
@pytest.mark.parametrize("inline", [False, True], ids=["own-line", "inline"])
def test_a_russian_translations_label_is_no_entry(label, inline):
    text = ("Nezval, Vítězslav\n\nBorn May 26, 1900. Czech poet.\n\nWORKS\n\nDílo, vols. 1–38. Prague, 1950–70."
            + (" " if inline else "\n") + label + (" " if inline else "\n") + "Izbrannoe. Moscow, 1950.\n")
    assert entries(text) == ["Dílo, vols. 1–38. Prague, 1950–70.", "Izbrannoe. Moscow, 1950."]
    [work, translated] = extract(text).references
    assert (work.language, translated.language, translated.title) == ("cs", "ru", "Izbrannoe")


@pytest.mark.parametrize("line_end", ["", "  ", "\t"])
def test_unheaded_blocks_separated_by_blank_lines(line_end):
    """One blank line ends a block, also on a page that sets spaces or a tab after the text of each line."""
    text = (
        "Ivanov, Ivan\n\nBorn 1900. Soviet Tatar writer whose works were translated.\n\n"
        "Saylanma. Kazan, 1960.\nIn Russian translation:\nRasskazy. Moscow, 1962.\n\n"
        "Petrov, P. Ocherk. Kazan, 1970.\n"
    ).replace("\n", line_end + "\n").replace(line_end + "\n" + line_end + "\n", line_end + "\n\n")
    blocks = segment(text).articles[0].blocks
    assert [b.kind for b in blocks] == ["", ""]
    assert [len(b.entries) for b in blocks] == [2, 1]


def test_glued_entries_signature_and_code():
    text = "Udegei\n" + BODY + "REFERENCES\n" + (
        "Narody Sibiri. Moscow-Leningrad, 1956.Lar’kin, V. G. Udegeitsy. Vladivostok, 1958.M. I. MATIETS\n"
        "Ocherki. Moscow, 1967, no. 3. [11–674–3]\n"
    )
    assert entries(text) == [
        "Narody Sibiri. Moscow-Leningrad, 1956.",
        "Lar’kin, V. G. Udegeitsy. Vladivostok, 1958.",
        "Ocherki. Moscow, 1967, no. 3.",
    ]


def test_a_title_with_its_years_before_a_college_town_runs_on_to_it_where_a_page_wraps():
    """The city after a title's years is the imprint ("…, 1918–1932. Chapel Hill, N.C., 1971."), not an entry,
    however the entries are run together and wrapped (table of places)."""
    wrapped = ("Narodnoe khoziaistvo SSSR v 1922–1972 gg.: Iubileinyi statisticheskii ezhegodnik. Moscow,\n"
               "1972. Strumilin, S. G. Na planovom fronte, 1920–1930 gg. Moscow, 1958. Zaleski,\n"
               "E. Planning for Economic Growth in the Soviet Union, 1918–1932. Chapel Hill,\nN.C., 1971.\n\n"
               "V. N. KIRILLOV\n")
    body = ("the plans for the development of the national economy of the USSR for five-year\n"
            "periods. The first five-year plan (1928/29–1932/33) was adopted by the Fifth\n"
            "Congress of Soviets of the USSR in May 1929 (see INDUSTRIALIZATION, SOCIALIST).\n\n")
    found = entries("Five-Year Plans\n\n" + body + "REFERENCES\n" + wrapped)
    assert " ".join(found[-1].split()).endswith("Soviet Union, 1918–1932. Chapel Hill, N.C., 1971.")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param("Sidorov, S. S. Mineralogiia. Moscow, 1975. 420 pp.", "Obruchev, V. A. Istoriia. Leningrad, 1931.",
                     id="after-a-count-of-pages"),
        pytest.param("Popov, P. P. Ocherki istorii. M.: Nauka, 1970. 320 s.", "Smirnov, S. S. Ocherki. M., 1971.",
                     id="after-a-russian-count-of-pages"),
        pytest.param("Geologiia SSSR, vols. 1–48. Moscow, 1957–.", "Arkhangel’skii, A. D. Trudy. Moscow, 1952.",
                     id="after-a-set-still-coming-out"),
        pytest.param("Vremennik, 1962– . Moscow, 1963– .", "Pushkin: Issledovaniia. Moscow, 1956.",
                     id="after-a-set-still-coming-out-and-a-space"),
        pytest.param("Sokolov, S. S. Ocherki istorii. Moscow, 1968 .", "Mikhailov, M. M. Ocherki. Moscow, 1969.",
                     id="after-a-stray-space"),
        pytest.param("Engels, F. “Dialektika prirody.” Ibid.", "Lenin, V. I. “Filosofskie tetradi.” Ibid., vol. 29.",
                     id="after-ibid"),
        pytest.param("Garaudy, R. L’Itinéraire d’Aragon. [Paris, 1961.]", "Juin, H. Aragon. Paris, 1960.",
                     id="after-a-bracket"),
        pytest.param("Onnes, H. “Further Experiments.” Communications, 1911, no. 120b.",
                     "Meissner, W. “Ein neuer Effekt.” Die Naturwissenschaften, 1933, vol. 21.",
                     id="after-a-number-with-a-letter"),
        pytest.param("Tiutchev, F. I. Stikhotvoreniia. Moscow, n.d.", "Pigarev, K. V. Tiutchev. Moscow, 1962.",
                     id="after-no-date"),
        pytest.param("Kittel, C. Vvedenie v fiziku. Moscow, 1978. Chapter 12.", "Problemy fiziki. Moscow, 1977.",
                     id="a-chapter-after-the-year-goes-with-its-entry"),
        pytest.param("Frolova, N. A. Monetnoe delo. Moscow, 1979. Part 1, pp. 10–20.", "Ivanov, I. Bospor. Kiev, 1980.",
                     id="a-part-after-the-year-goes-with-its-entry"),
        pytest.param("Shakhmaty v SSSR (journal). Moscow, 1921–.", "64: Shakhmatnoe obozrenie (weekly). Moscow, 1968–.",
                     id="before-a-title-that-begins-with-a-number-and-a-colon"),
        pytest.param("Marx, K., and F. Engels. Soch., 2nd ed., vol. 21. (F. Engels, “Liudvig Feierbakh.”)",
                     "Lenin, V. I. “Konspekt.” Poln. sobr. soch., 5th ed., vol. 29.",
                     id="after-a-note-closed-after-a-quoted-title"),
        pytest.param("Smoliak, A. V. Traditsionnoe khoziaistvo. Moscow, 1984. Candidate’s dissertation.",
                     "Zolotarev, A. M. Rodovoi stroi i religiia ul’chei. Khabarovsk, 1939.",
                     id="after-a-thesiss-kind"),
    ],
)
def test_entries_glued_without_a_space(first, second):
    text = "Coins\n" + BODY + "REFERENCES\n" + first + second + "\n"
    assert entries(text) == [first, second]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param("Fanagoriia. Moscow, 1956. (Materialy i issledovaniia po arkheologii SSSR, no. 57.)",
                     "Blavatskii, V. D. Zemledelie. Moscow, 1953.", id="after-a-series"),
        pytest.param("Il’in, M. Borodin. Moscow, 1953. (Zhizn’ zamechatel’nykh liudei, issue 7 [165].)",
                     "Figurovskii, N. A. Borodin. Moscow-Leningrad, 1950.", id="after-a-series-with-a-bracket"),
        pytest.param("Bonch-Osmolovskii, G. A. Grot Kiik-Koba. Moscow, 1940. (Paleolit Kryma, fasc. 1).",
                     "Efimenko, P. P. Pervobytnoe obshchestvo, 3rd ed. Kiev, 1953.", id="after-a-series-then-a-period"),
        pytest.param("Heisenberg, W. “Über den Inhalt.” Zeitschrift für Physik, 1927, vol. 43, pp. 172–98.",
                     "“Zur Quantenmechanik.” Ibid., 1926, vol. 35.", id="after-an-articles-pages"),
        pytest.param("Vospominaniia ob A. F. Ioffe. Leningrad, 1973.",
                     '"Pamiati A. F. Ioffe." Uspekhi fizicheskikh nauk, 1961, vol. 73, issue 2.',
                     id="before-a-title-in-straight-quotes"),
        pytest.param("Marx, K. Kapital, vol. 1. Ibid., vol. 23.", "Marx, K., and F. Engels. “Ideologiia.” Ibid.",
                     id="before-two-authors"),
        pytest.param("Lenin, V. I. “Privet rabochim.” Ibid.", "Lenin, V. I. Gosudarstvo i revoliutsiia. Ibid.",
                     id="after-ibid"),
        pytest.param("Böttger, B. “Die Ausgrabungen in Tanais.” Klio, 1962, vol. 40.",
                     "Arkheologicheskie otkrytiia 1970 goda. Moscow, 1971.", id="after-a-journals-volume"),
        pytest.param("Likhachev, A. I. “Tagil’skaia poroda.” In Porody skota. Moscow, 1961. Pages 120–28.",
                     "Skotovodstvo, vol. 1. Edited by E. F. Liskun. Moscow, 1961.", id="after-pages-in-words"),
        pytest.param("Materialy gliatsiologicheskikh issledovanii, issue 1–. Moscow, 1961–.",
                     "Paterson, W. S. B. The Physics of Glaciers. Oxford-New York, 1969.",
                     id="after-a-set-still-coming-out"),
        pytest.param("Lenin, V. I. “Velikii pochin.” Ibid., vol. 39.",
                     "Sotsialisticheskoe sorevnovanie v SSSR, 1918–1964: Dokumenty i materialy. Moscow, 1965.",
                     id="after-a-volume-of-the-same-collected-works"),
        pytest.param("Lenin, V. I. Doklad o zemle 26 oktiabria (8 noiabria). Poln. sobr. soch., 5th ed., vol. 35.",
                     "Dekrety Sovetskoi vlasti, vol. 1. Moscow, 1957.", id="after-a-volume-of-collected-works"),
        pytest.param("Schumm, S. A. The Fluvial System. New York [1977].",
                     "Gidrometeorologicheskii rezhim ozer i vodokhranilishch SSSR, vol. 2. Leningrad, 1975.",
                     id="after-a-year-in-brackets"),
        pytest.param("Garaudy, R. L’Itinéraire d’Aragon. [Paris, 1961.]", "Juin, H. Aragon. Paris, 1960.",
                     id="after-an-imprint-in-brackets"),
        pytest.param("Ivanov, I. I. Ledniki Kavkaza. Moscow, 1950. 215 pp.",
                     "Grosval’d, M. G. Pokrovnye ledniki kontinental’nykh shel’fov. Moscow, 1983.",
                     id="after-a-count-of-pages"),
        pytest.param("Popov, P. P. Ocherki istorii, 2nd ed. M.: Nauka, 1970. 320 s.",
                     "Smirnov, S. S. Ocherki istorii. Leningrad, 1975.", id="after-a-count-of-pages-in-russian"),
        pytest.param("Sovetskaia istoricheskaia entsiklopediia, vol. 8. Moscow, 1965. Columns 150–56.",
                     "Pravda, Feb. 19, 1961.", id="after-columns"),
        pytest.param("Kittel, C. Vvedenie v fiziku tverdogo tela. Moscow, 1978. Chapter 12.",
                     "Problemy fiziki nizkikh temperatur. Moscow, 1959.", id="after-a-chapter"),
        pytest.param("Tiutchev, F. I. Stikhotvoreniia. Moscow, n.d.", "Pigarev, K. V. Zhizn’ i tvorchestvo Tiutcheva. "
                     "Moscow, 1962.", id="after-no-date"),
        pytest.param("Gabdulla Tukai: Bibliografiia. Kazan, [n.d.].", "Istoriia tatarskoi literatury. Moscow, 1965.",
                     id="after-no-date-in-brackets"),
        pytest.param("Sokolov, S. S. Ocherki istorii. Moscow, 1968 .", "Mikhailov, M. M. Ocherki. Moscow, 1970.",
                     id="after-a-stray-space"),
        pytest.param("Uchenye zapiski Kazanskogo gosudarstvennogo universiteta, 1954, vol. 114, book 1.",
                     "Izvestiia Kazanskogo filiala AN SSSR, 1955, no. 2.", id="after-a-journals-book"),
        pytest.param("Lenin, V. I. Velikii pochin. Ibid.",
                     "KPSS v rezoliutsiiakh i resheniiakh s”ezdov, 8th ed., vol. 2. Moscow, 1970.",
                     id="after-a-bare-ibid"),
        pytest.param("Bol’shevik, 1925, nos. 11–12.", "Pravda, Jan. 1, 1975.", id="after-a-journals-numbers"),
        pytest.param("Ginzburg, V. L. “Teoriia.” Uspekhi fizicheskikh nauk, 1949, vol. 38, issue 4.",
                     "Ibid., 1962, vol. 77, issue 4.", id="a-journals-ibid-after-its-numbers"),
        pytest.param("Trudy Glavnoi astronomicheskoi observatorii v Pulkove, series 2, 1893–1975, vols. 1–84.",
                     "Izvestiia Glavnoi astronomicheskoi observatorii v Pulkove, 1907–75, nos. 1–193.",
                     id="after-a-serials-run-of-volumes"),
        pytest.param("Current Anthropology. Chicago, 1959– .", "Sovetskaia etnografiia, 1926– . (Until 1931, "
                     "Etnografiia.)", id="before-a-serials-run-with-its-note"),
        pytest.param("Istoriia Velikoi Otechestvennoi voiny, vols. 1–6. Moscow, 1960–65.",
                     "50 let Vooruzhennykh Sil SSSR. Moscow, 1968.", id="before-a-title-that-counts-years"),
        pytest.param("Gra, M. A. “Neizvestnye risunki Bazhenova.” Arkhitekturnoe nasledstvo, 1971, no. 19.",
                     "Vasilii Ivanovich Bazhenov: 1737–1799. [Catalog of an exhibition.] Moscow, 1989.",
                     id="before-a-title-with-its-years-whose-note-and-imprint-follow"),
        pytest.param("Statisticheskaia fizika, 2nd ed. Moscow, 1964. (Teoreticheskaia fizika, vol. 5.) (With E. M. "
                     "Lifshits.)", "Kvantovaia mekhanika: Nereliativistskaia teoriia, 3rd ed. Moscow, 1974.",
                     id="after-two-notes"),
        pytest.param("Shakhmaty v SSSR (journal). Moscow, 1921–.", "64: Shakhmatnoe obozrenie (weekly). Moscow, 1968–.",
                     id="before-a-title-that-begins-with-a-number-and-a-colon"),
        pytest.param("Lenin, V. I. Razvitie kapitalizma v Rossii. Ibid., vol. 3, ch. 2.",
                     "Materialy XXV s”ezda KPSS. Moscow, 1976.", id="after-a-chapter-of-a-volume"),
        pytest.param("Fersman, A. E. Pegmatity. Moscow, 1940. (Izbr. trudy, vol. 6. Moscow, 1960.)",
                     "Zapiski Vsesoiuznogo mineralogicheskogo obshchestva, 1958, part 87, issue 3.",
                     id="before-a-journals-part"),
    ],
)
def test_entries_run_together_with_a_space(first, second):
    text = "Coins\n" + BODY + "REFERENCES\n" + first + " " + second + "\n"
    assert entries(text) == [first, second]


@pytest.mark.parametrize(
    "entry",
    [
        pytest.param("Engels, F. Pis’mo P. Ernstu 5 iiunia 1890. In K. Marx and F. Engels, Soch., 2nd ed., vol. 37.",
                     id="in-the-collected-works"),
        pytest.param("Engels, F. Pis’mo Ernstu 1890. Ibid., vol. 37.", id="ibid"),
        pytest.param("Lenin, V. I. Rech’ 1 maia 1919. In the collection Lenin o pechati. Moscow, 1974.",
                     id="in-the-collection"),
    ],
)
def test_a_title_that_ends_with_a_year_goes_on_with_the_work_that_holds_it(entry):
    text = "Coins\n" + BODY + "REFERENCES\n" + entry + "\n"
    assert entries(text) == [entry]


@pytest.mark.parametrize("heading", ["REFERENCES", "LITERATURE", "Literature"])
def test_english_entries_run_together_with_a_space_are_no_paragraph(heading):
    """A long line with "the" three times is a paragraph, unless it holds two imprints outside parentheses (under
    a heading that may also name a section, too)."""
    works = [("Behnke, R. J. “The Systematics of the Salmonid Fishes of Recently Glaciated Lakes.” Journal of the "
              "Fisheries Research Board of Canada, 1972, vol. 29, no. 6."),
             "Norden, C. R. Comparative Osteology of the Representative Salmonid Fishes. Ottawa, 1961.",
             ("Kendall, W. C. The Fishes of New England: The Salmon Family. Boston, 1935. (Memoirs of the Boston "
              "Society of Natural History, vol. 8, nos. 1–2.)")]
    text = "Salmon\n" + BODY + heading + "\n" + " ".join(works) + "\n"
    assert len(" ".join(works)) > 250 and entries(text) == works


def test_entries_run_together_with_a_space_where_a_page_wraps_inside_the_next_authors_initials():
    text = ("Orlov Trotter\n" + BODY + "REFERENCES\nBobylev, I. F. Orlovskii rysak. Moscow, 1953. Gurevich, D.\n"
            "Ia. Orlovskii rysak. Moscow, 1965.\n")
    assert entries(text) == [
        "Bobylev, I. F. Orlovskii rysak. Moscow, 1953.", "Gurevich, D. Ia. Orlovskii rysak. Moscow, 1965.",
    ]


def test_signature_on_its_own_line_is_not_an_entry():
    text = "Hogs\n" + BODY + "REFERENCE\nSvinovodstvo, 4th ed. Leningrad, 1968.\nM. KH. GAINULLIN\n"
    assert entries(text) == ["Svinovodstvo, 4th ed. Leningrad, 1968."]


@pytest.mark.parametrize(
    "signature",
    ["IU. V. KELDYSH (composer); N. A. FIGUROVSKII (chemist)", "A. A. ZVORYKIN (history), B. V. LEVSHIN (science)",
     "I. I. IVANOV (Kazakh SSR)"],
)
@pytest.mark.parametrize("glued", [False, True], ids=["own-line", "glued-on"])
def test_a_signature_that_names_what_each_author_wrote_is_not_an_entry(signature, glued):
    text = "Borodin\n" + BODY + "REFERENCES\nStasov, V. V. Borodin. St. Petersburg, 1889." + (
        "" if glued else "\n") + signature + "\n"
    assert entries(text) == ["Stasov, V. V. Borodin. St. Petersburg, 1889."]


@pytest.mark.parametrize(
    "signature",
    ["IU. V. KELDYSH (composer); N. A.\nFIGUROVSKII (chemist)", "B. B. VOLOGDIN (history), V. V.\nVOROB’EV (economy)",
     "S. V. NIKOL’SKII (Czech literature), IU.\nV. BOGDANOV (Slovak literature)"],
    ids=["semicolon", "comma", "cut-between-initials-capitalized-roles"],
)
def test_a_signature_that_names_what_each_author_wrote_cut_by_the_wrap_is_not_an_entry(signature):
    """A page wrapped at 35 cuts the signature after the second author's initials; both pieces are the signature."""
    text = "Borodin\n" + BODY + "REFERENCES\nStasov, V. V. Borodin. St. Petersburg, 1889.\n\n" + signature + "\n"
    assert entries(text) == ["Stasov, V. V. Borodin. St. Petersburg, 1889."]


def test_site_boilerplate_is_dropped():
    text = (
        "Page Title Line\n\nAlso found in: Dictionary, Thesaurus.\n"
        "The following article is from The Great Soviet Encyclopedia (1979). It might be outdated.\n\n"
        "Nyctalus\n\n" + BODY + "\nKuziakin, A. P. Letuchie myshi. Moscow, 1950.\n"
        "The Great Soviet Encyclopedia, 3rd Edition (1970-1979). © 2010 The Gale Group, Inc. All rights reserved.\n"
        "References in periodicals archive ?\nSmith, J. Bats of Europe. London, 2001.\n"
    )
    seg = segment(text)
    assert seg.title == "Nyctalus"
    assert entries(text) == ["Kuziakin, A. P. Letuchie myshi. Moscow, 1950."]


@pytest.mark.parametrize(
    "footer",
    ["Flashcards & Bookmarks ?", "Please log in or register to use Flashcards and Bookmarks.",
     "Copyright © 2003-2025 Farlex, Inc"],
)
def test_site_footer_ends_the_page(footer):
    text = "Nyctalus\n\n" + BODY + "\nKuziakin, A. P. Letuchie myshi. Moscow, 1950.\n\n" + footer + (
        "\nSmith, J. Bats of Europe. London, 2001.\n")
    assert entries(text) == ["Kuziakin, A. P. Letuchie myshi. Moscow, 1950."]


def test_no_headword_gives_empty_title():
    text = "(vertebrate zoology)\nA family of birds.\n\n" + BODY + "\nPtitsy, vol. 6. Moscow, 1954.\n"
    assert segment(text).title == ""


def test_a_heading_its_entries_go_on_after_on_its_line_is_no_headword():
    """A page that begins with its references ("References: Petrov, …") has no headword: the heading heads them."""
    text = "References: Petrov, P. P. Poet. Moscow, 1963.\nIvanov, I. I. Ocherki. Moscow, 1960.\n"
    assert segment(text).title == ""
    assert entries(text) == ["Petrov, P. P. Poet. Moscow, 1963.", "Ivanov, I. I. Ocherki. Moscow, 1960."]


def test_the_title_is_the_encyclopedias_article_after_another_dictionarys_entry():
    """A page that prints another dictionary's entry first: the notice tells where the encyclopedia's begins."""
    text = ("Mendeleev\nMendeleev\n(Biography) Dmitri Ivanovich. 1834–1907, Russian chemist: devised the periodic "
            "table.\nCollins English Dictionary – Complete and Unabridged, 12th Edition 2014\n\n"
            "The following article is from The Great Soviet Encyclopedia (1979). It might be outdated or "
            "ideologically biased.\n\nMendeleev, Dmitrii Ivanovich\n\nBorn Jan. 27 (Feb. 8), 1834, in Tobol’sk. "
            "Russian chemist.\n\nKedrov, B. M. Den’ odnogo velikogo otkrytiia. Moscow, 1958.\n")
    page = segment(text)
    assert page.title == "Mendeleev, Dmitrii Ivanovich"
    # (its line "(Biography) Dmitri Ivanovich. 1834–1907, Russian chemist …" is no entry)
    assert [e.text for a in page.articles for b in a.blocks for e in b.entries] == [
        "Kedrov, B. M. Den’ odnogo velikogo otkrytiia. Moscow, 1958."]


def test_pronunciation_prefix_is_not_part_of_the_title():
    text = "Mordellidae\nMordellidae\n[mȯr′del·ə‚dē]Mordellidae\n" + BODY
    assert segment(text).title == "Mordellidae"


@pytest.mark.parametrize("years", [" (1887–1974)", "\n(1887–1974)"], ids=["on-the-line", "on-the-next-line"])
def test_a_persons_years_after_the_headword_are_no_part_of_it(years):
    """A page copied elsewhere prints the years after the headword: the subject is still the headword's."""
    text = (f"Smirnov, Vladimir Ivanovich{years}\n\nBorn June 10, 1887, in St. Petersburg. Soviet mathematician.\n\n"
            "WORKS\nKurs vysshei matematiki, vols. 1–5. Moscow, 1974.\n")
    seg = segment(text)
    assert seg.title == "Smirnov, Vladimir Ivanovich"
    assert seg.articles[0].subject == Name(family="Smirnov", given="Vladimir Ivanovich")


def test_biography_whose_first_line_was_cut_off_is_body():
    text = ("Bashirov, Gumer\n\nBorn Jan. 7, 1901, in the village of Iana-Sala, Middle\n"
            "Volga; died 1999. Soviet Tatar writer. He wrote novels\nabout the Civil War.\n\n"
            "Izbrannoe. Kazan’, 1951.\n")
    seg = segment(text)
    assert seg.title == "Bashirov, Gumer" and len(seg.articles) == 1
    assert seg.articles[0].subject.family == "Bashirov" and seg.articles[0].subject_language == "tt"
    assert entries(text) == ["Izbrannoe. Kazan’, 1951."]


@pytest.mark.parametrize("opening", [
    pytest.param("(Ibragim Kunanbaev). Born Aug. 10, 1845; died July 6, 1904. Kazakh poet.", id="real-name-then-born"),
    pytest.param("(pseudonym of I. Kunanbaev). Kazakh poet.", id="pseudonym"),
])
def test_a_short_biography_that_opens_with_a_parenthesis_is_body(opening):
    """A biography of one short line before the works, opened by a parenthesis: no entry, though it ends with
    a year and a period as entries do."""
    text = (f"Kunanbaev, Abai\nAbai Kunanbaev\n{opening}\n"
            "Shygharmalarynyng tolyq zhinaghy, vols. 1–2. Alma-Ata, 1957.\nAuezov, M. Abai. Alma-Ata, 1950.\n")
    assert entries(text) == ["Shygharmalarynyng tolyq zhinaghy, vols. 1–2. Alma-Ata, 1957.",
                             "Auezov, M. Abai. Alma-Ata, 1950."]


@pytest.mark.parametrize("opening", [
    pytest.param("a city in Tambov Oblast, RSFSR. Population, 12,000 (1970).", id="in-lowercase-ending-with-a-year"),
    pytest.param("a settlement in Moscow Oblast. It was founded in 1956.", id="in-lowercase-a-year-at-the-end"),
    pytest.param("(1887–1974). Soviet mathematician.", id="a-persons-years"),
])
def test_a_short_articles_one_line_under_the_headword_is_body(opening):
    """The headword's sentence going on right under it, then the references with no heading: the line is body
    text, though it ends with a year and a period as entries do."""
    text = (f"Headword\nHeadword\n{opening}\n"
            "Ivanov, I. I. Ocherki istorii. Moscow, 1960.\nPetrov, P. P. Stat’i. Leningrad, 1965.\n")
    assert entries(text) == ["Ivanov, I. I. Ocherki istorii. Moscow, 1960.", "Petrov, P. P. Stat’i. Leningrad, 1965."]


def test_signature_cut_where_the_page_wraps_is_no_entry():
    text = "Phrynocephalus\n\n" + BODY + "\nREFERENCE\nZhizn’ zhivotnykh, vol. 4. Moscow, 1969.P. V.\nTERENT’EV\n"
    seg = segment(text)
    assert entries(text) == ["Zhizn’ zhivotnykh, vol. 4. Moscow, 1969."]
    (block,) = seg.articles[0].blocks
    assert [span.slice(text) for span in block.lines] == ["Zhizn’ zhivotnykh, vol. 4. Moscow, 1969."]


@pytest.mark.parametrize("width", [45, 50, 55])
def test_the_sites_lines_cut_into_pieces_by_a_narrow_page(width):
    """The notice and the copyright line, cut into three pieces or more: every piece is the site's."""
    notice = ("The following article is from The Great Soviet Encyclopedia (1979). It might be outdated or "
              "ideologically biased.")
    copyright = ("The Great Soviet Encyclopedia, 3rd Edition (1970-1979). © 2010 The Gale Group, Inc. All rights "
                 "reserved.")
    text = (f"Udegei\n\n{textwrap.fill(notice, width)}\n\nUdegei\n\n{BODY}\nREFERENCES\n"
            f"Narody Sibiri. Moscow, 1956.\n{textwrap.fill(copyright, width)}\n")
    seg = segment(text)
    assert seg.title == "Udegei"
    assert entries(text) == ["Narody Sibiri. Moscow, 1956."]


def test_a_paragraph_line_that_names_works_in_title_case_is_no_headword():
    """A page wrapped at 55 characters: "… scholarly works, including The Historical" / "Roots of the Geseriada
    (1957), On the Mongolian" reads as title case, but "including" is English running text."""
    text = ("Damdinsuren, Tsendein\n\nBorn 1908. Mongolian writer and scholar.\n\nHis chief works are the novella "
            "Rejected Girl (1929;\nRussian translation, 1958) and the poem My Gray Mother.\nIn 1966 he published "
            "the collection Strange Wedding.\nDamdinsuren’s scholarly works, including The Historical\nRoots of "
            "the Geseriada (1957), On the Mongolian\nLanguage (1957), and Survey of Mongolian Fiction\n(1957), are "
            "a major contribution to scholarship.\n\nIn Russian translation:\nIzbrannoe. Moscow, 1958.\n")
    (article,) = segment(text).articles
    assert article.title == "Damdinsuren, Tsendein" and article.subject is not None
    assert [e.text for b in article.blocks for e in b.entries] == ["Izbrannoe. Moscow, 1958."]


def test_entries_of_a_page_that_wraps_every_line():
    text = (
        "Olyk, Ipai\n\nBorn Mar. 24, 1912; died 1943. Soviet Mari poet. Olyk wrote the play Golden\n"
        "Dawn. He translated works by A. S.\nPushkin, N. A. Nekrasov, and V. V. Mayakovsky.\n\n"
        "WORKS\nZhuki-chernotelki (Tenebrionidae). Podsemeistvo Opatrinae. Leningrad,\n"
        "1968 (Fauna SSSR. Zhestkokrylye, vol. 19, no. 2.)\n"
        "REFERENCES\nBiull. In-ta teoreticheskoi astronomii, 1971, vol. 12, no.\n9(142).\n"
        "Mlekopitaiushchie Sovetskogo Soiuza, vol. 2. Edited by V. G. Geptner and\nN. P. Naumov. Moscow, 1967.\n"
    )
    seg = segment(text)
    assert seg.title == "Olyk, Ipai" and len(seg.articles) == 1
    assert entries(text) == [
        "Zhuki-chernotelki (Tenebrionidae). Podsemeistvo Opatrinae. Leningrad,\n1968 (Fauna SSSR. Zhestkokrylye, "
        "vol. 19, no. 2.)".replace("\n", " "),
        "Biull. In-ta teoreticheskoi astronomii, 1971, vol. 12, no. 9(142).",
        "Mlekopitaiushchie Sovetskogo Soiuza, vol. 2. Edited by V. G. Geptner and N. P. Naumov. Moscow, 1967.",
    ]


@pytest.mark.parametrize(
    "credit",
    [
        pytest.param(["Edited by E. A. Zhelubovskaia, A. Z.", "Manfred, A. I. Molok, and F. V.",
                      "Potemkin. Moscow, 1961."], id="after-a-name-in-the-list"),
        pytest.param(["Edited by E. A.", ("Zhelubovskaia, A. Z. Manfred, A. I. Molok, and F. V. Potemkin. "
                                           "Moscow, 1961.")], id="the-first-name"),
    ],
)
def test_a_credits_name_cut_after_its_initials_where_the_page_wraps_begins_no_entry(credit):
    lines = ["Parizhskaia Kommuna 1871, vols. 1–2.", *credit, "Molok, A. I. Germanskaia interventsiia.",
             "Moscow-Leningrad, 1939."]
    text = "Coins\n" + BODY + "REFERENCES\n" + "\n".join(lines) + "\n"
    assert entries(text) == [" ".join(lines[:-2]), " ".join(lines[-2:])]


@pytest.mark.parametrize(
    "entry",
    [
        pytest.param(["Sobr. soch., vols. 1–4.", "[Introductory article by B.", "Griban.] Moscow, 1968."],
                     id="the-bracket-cut-open"),
        pytest.param(["Sobr. soch., vols. 1–4.", "[Introductory article by B. Griban.]", "Moscow, 1968."],
                     id="the-bracket-whole-its-imprint-below"),
    ],
)
def test_a_bracketed_credit_at_a_lines_start_where_the_page_wraps_is_the_entrys_above(entry):
    lines = ["Izbr. proizv., vols. 1–2. Moscow, 1959.", *entry, "Po kom zvonit kolokol. Moscow, 1968."]
    text = "Coins\n" + BODY + "WORKS\n" + "\n".join(lines) + "\n"
    assert entries(text) == [lines[0], " ".join(entry), lines[-1]]


@pytest.mark.parametrize(
    "page",
    [
        pytest.param("Einstein, Albert\n\nBorn Mar. 14, 1879, in Ulm; died Apr. 18, 1955, in Princeton, N.J. "
                     "Physicist.\n\nIn 1905, Einstein published his special theory of relativity and his theory "
                     "of the photoelectric effect.\n\nWORKS\n\nMein Weltbild. Amsterdam, 1934.\n"
                     "Evoliutsiia fiziki. Moscow, 1965. (With L. Infeld.)\n",
                     id="a-paragraph-that-opens-with-a-year-is-no-headword"),
        pytest.param("Rimsky-Korsakov, Nikolai Andreevich\n\nBorn Mar. 6 (18), 1844, in Tikhvin. Russian composer."
                     "\n\nWORKS\n\nOsnovy orkestrovki, vols. 1–2. Berlin-Moscow-St. Petersburg, 1913.\n"
                     "Muzykal’nye stat’i i zametki (1869–1907). St. Petersburg, 1911.\n",
                     id="a-joint-imprints-cities-alone-on-a-line-their-year-below"),
        pytest.param("Vurgun, Samed\n\nBorn Mar. 21, 1906. Soviet Azerbaijani poet.\n\nREFERENCES\n"
                     "Gasanov, Kh. Samed Vurgun. Baku, 1964.\nIstoriia azerbaidzhanskoi literatury, vol. 3. Baku, "
                     "1960.\nMämmädov, Ä. Sämäd Vurgun. Baku, 1966.\n",
                     id="a-page-whose-longest-line-falls-short-of-thirty-is-wrapped-still"),
        pytest.param("Hegel, Georg Wilhelm Friedrich\n\nHegel, Georg Wilhelm Friedrich. Born Aug. 27, 1770, in "
                     "Stuttgart; died Nov. 14, 1831, in Berlin. German philosopher.\n\nWORKS\n\nWerke, vols. 1–20. "
                     "Frankfurt am Main, 1969–71.\nNauka logiki, vols. 1–3. Moscow, 1970–72.\n",
                     id="the-first-paragraph-repeats-the-headword-cut-inside-it"),
        pytest.param("Cervantes Saavedra, Miguel de\n\nCervantes Saavedra, Miguel de. Born Sept. 29, 1547. Spanish "
                     "writer.\n\nCervantes's Don Quixote (part 1, 1605; part 2, 1615) is a parody of the chivalric "
                     "romance.\n\nWORKS\n\nObras completas, vols. 1–18. Madrid, 1914–41.\n",
                     id="a-paragraph-opens-with-the-first-of-two-family-names-in-the-possessive"),
        pytest.param("Mustelidae\n\na family of carnivorous mammals.\n\nREFERENCES\n\nOgnev, S. I. Zveri SSSR, "
                     "vol. 2. Moscow-Leningrad, 1931.\nReferences in periodicals archive ?\nInspired by this "
                     "historical example recounted by the geographer Strabo, Pitford believes that ferrets are "
                     "the solution.\n", id="a-site-blocks-heading-cut-in-two"),
    ],
)
def test_a_page_wrapped_at_thirty_characters_gives_the_records_it_gives_unwrapped(page):
    wrapped = "\n".join("\n".join(textwrap.wrap(line, 30, break_on_hyphens=False)) for line in page.split("\n"))

    def records(text):
        return [(r.title, r.author) for r in extract(text).references]

    assert records(wrapped) == records(page) and records(page)


@pytest.mark.parametrize(
    "listed",
    [
        pytest.param([("Smoliak, A. V. Traditsionnoe khoziaistvo i material’naia kul’tura narodov Nizhnego Amura i "
                       "Sakhalina. Moscow, 1984. Candidate’s dissertation."),
                      "Zolotarev, A. M. Rodovoi stroi i religiia ul’chei. Khabarovsk, 1939."],
                     id="a-thesis-kind-cut-after-its-first-word"),
        pytest.param(["Gabdulla Tukai: Bibliografiia. Kazan, [n.d.].",
                      "Istoriia tatarskoi sovetskoi literatury. Moscow, 1965."], id="an-imprint-with-no-date-ends-one"),
        pytest.param([("Brockelmann, C. Geschichte der arabischen Litteratur, vols. 1–2. Leiden, 1943–49. Supplement, "
                       "vols. 1–3. Leiden, 1937–42."), "Taha Husayn. Al-Ayyam, vols. 1–3. Cairo, 1929–67."],
                     id="a-supplement-at-a-lines-start-is-the-entrys-above"),
    ],
)
def test_where_a_page_wraps_an_entrys_last_words_and_the_next_entry_are_told_apart(listed):
    """Wrapped at 45 characters, every line of the page (the body's too, which tells the width), the entries cut
    so: "… Moscow, 1984. Candidate’s" / "dissertation.", "… Kazan, [n.d.]." / "Istoriia …" / "Moscow, 1965.",
    "… Leiden, 1943–49." / "Supplement, vols. 1–3. Leiden, 1937–42."."""
    body = BODY.strip() + " They fished and hunted in the taiga, and their villages stood along the riverbanks."
    lines = ["Coins", "", *textwrap.wrap(body, 45), "", "REFERENCES", *(cut for e in listed for cut in textwrap.wrap(
        e, 45, break_on_hyphens=False))]
    assert entries("\n".join(lines) + "\n") == listed


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        pytest.param(["Engels, F. Revoliutsiia i kontr-", "revoliutsiia v Germanii. Moscow, 1952."],
                     "Engels, F. Revoliutsiia i kontrrevoliutsiia v Germanii. Moscow, 1952.",
                     id="a-word-cut-by-the-wrap"),
        pytest.param(["Varga, E. S. Ocherki po problemam polit-", "ekonomii kapitalizma. Moscow, 1964."],
                     "Varga, E. S. Ocherki po problemam politekonomii kapitalizma. Moscow, 1964.",
                     id="a-word-cut-into-two-words"),
        pytest.param(["Parkhomenko, M. “Rozhdenie novogo eposa.” In the colle-", "ction Edinstvo. Moscow, 1972."],
                     "Parkhomenko, M. “Rozhdenie novogo eposa.” In the collection Edinstvo. Moscow, 1972.",
                     id="an-english-word-of-the-apparatus"),
        pytest.param(["Ocherki sotsial’no-", "ekonomicheskoi istorii. Moscow, 1964."],
                     "Ocherki sotsial’no-ekonomicheskoi istorii. Moscow, 1964.", id="a-compound"),
        pytest.param(["Piatiletnii plan narodno-", "khoziaistvennogo stroitel’stva SSSR. Moscow, 1930."],
                     "Piatiletnii plan narodno-khoziaistvennogo stroitel’stva SSSR. Moscow, 1930.",
                     id="a-compound-adjective-that-is-one-word-too"),
        pytest.param(["Danilov, V. P. Sovetskaia dokol-", "khoznaia derevnia. Moscow, 1977."],
                     "Danilov, V. P. Sovetskaia dokolkhoznaia derevnia. Moscow, 1977.",
                     id="a-word-no-dictionary-knows-cut-into-pieces-that-are-none"),
        pytest.param(["Vasil’ev, V. I. Problemy severo-", "samodiiskikh narodnostei. Moscow, 1975."],
                     "Vasil’ev, V. I. Problemy severo-samodiiskikh narodnostei. Moscow, 1975.",
                     id="a-compound-of-words-no-dictionary-knows"),
        pytest.param(["Fischer, K. Gegel’, half-", "vols. 1–2. Moscow-Leningrad, 1933."],
                     "Fischer, K. Gegel’, half-vols. 1–2. Moscow-Leningrad, 1933.", id="an-english-compound"),
        pytest.param(["“Sergei Vladimirovich Orlov” (obit-", "uary.) Astronomicheskii Zhurnal, 1958."],
                     "“Sergei Vladimirovich Orlov” (obituary.) Astronomicheskii Zhurnal, 1958.",
                     id="an-english-word-of-a-remark"),
        pytest.param(["Gai-", "nullin, M. Kh. Tatarskaia literatura. Kazan, 1966."],
                     "Gainullin, M. Kh. Tatarskaia literatura. Kazan, 1966.", id="an-authors-surname"),
        pytest.param(["Ocherki istorii Tatar-", "skoi ASSR. Kazan, 1955."],
                     "Ocherki istorii Tatarskoi ASSR. Kazan, 1955.", id="a-capitalized-word"),
        pytest.param(["Rimskii-", "Korsakov, N. A. Letopis’. Moscow, 1955."],
                     "Rimskii-Korsakov, N. A. Letopis’. Moscow, 1955.", id="a-surname-of-two-capitalized-parts"),
    ],
)
def test_a_word_a_page_cut_with_a_hyphen_where_it_wraps_is_one_word_again(lines, joined):
    text = "Coins\n" + BODY + "REFERENCES\n" + "\n".join(lines) + "\nKurskaia bitva. Moscow, 1970.\n"
    assert entries(text) == [joined, "Kurskaia bitva. Moscow, 1970."]


@pytest.mark.parametrize(
    "address", ["https://doi.org/10.1234/vi.1977.3", "DOI: 10.31857/S0869-5687-1", "doi:10.1234/vi.3",
                "URL: http://hist.ru/1.html (accessed 12 May 2015)."],
)
def test_an_entry_that_ends_with_its_address_online_ends_there(address):
    lines = [f"Danilov, V. P. (1977). Sovetskaia dokolkhoznaia derevnia. Voprosy istorii, 52(3), 45–67. {address}",
             "Ivanov I.I. Ocherki istorii krest’ianstva. M.: Nauka, 1950."]
    text = "Coins\n" + BODY + "REFERENCES\n" + "\n".join(lines) + "\n"
    assert entries(text) == lines


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        pytest.param(["Danilov, V. P. Obshchina. Voprosy istorii, 5, 3–15. https://doi.org/10.1234/", "vi.1977.3"],
                     "Danilov, V. P. Obshchina. Voprosy istorii, 5, 3–15. https://doi.org/10.1234/vi.1977.3",
                     id="a-doi"),
        pytest.param(["Ivanov I.I. Ocherki. URL: https://elibrary.ru/item.asp?",
                      "id=123 (data obrashcheniia: 12.05.2015)."],
                     "Ivanov I.I. Ocherki. URL: https://elibrary.ru/item.asp?id=123 (data obrashcheniia: 12.05.2015).",
                     id="a-url-and-the-day-it-was-read"),
    ],
)
def test_an_address_online_cut_where_the_page_wraps_goes_on_with_no_space(lines, joined):
    text = "Coins\n" + BODY + "REFERENCES\n" + "\n".join(lines) + "\nKurskaia bitva. Moscow, 1970.\n"
    assert entries(text) == [joined, "Kurskaia bitva. Moscow, 1970."]


@pytest.mark.parametrize(
    "lines",
    [
        pytest.param(["Кабанов В. В. Община // Крестьянство и власть / под ред.", "В. П. Данилова. — М.: Наука, 1988."],
                     id="a-russian-lists-editors-after-pod-red"),
        pytest.param(["Marks K. i", "Engel’s F. Sochineniia. Moscow, 1955."], id="names-joined-by-i"),
        pytest.param(["Asaf’ev, B. V. (Igor’", "Glebov). Izbr. trudy, vol. 3. Moscow, 1954."],
                     id="a-pen-name-cut-after-its-first-word"),
    ],
)
def test_a_line_cut_where_no_entry_ends_goes_on_below(lines):
    text = "Coins\n" + BODY + "REFERENCES\n" + "\n".join(lines) + "\nKurskaia bitva. Moscow, 1970.\n"
    assert entries(text) == [" ".join(lines), "Kurskaia bitva. Moscow, 1970."]


APA_LIST = [
    "Atkinson, D. (1983). The end of the Russian land commune, 1905–1930. Stanford: Stanford University Press.",
    "Danilov, V. P. (1977). Sovetskaia dokolkhoznaia derevnia. Moscow: Nauka.",
    ("Kabanov, V. V. (1988). Krest’ianskaia obshchina. In V. P. Danilov (Ed.), Krest’ianstvo i vlast’ (pp. 40–62). "
     "Moscow: Nauka."),
]


@pytest.mark.parametrize("width", [35, 50])
def test_an_apa_list_wrapped_gives_the_same_entries(width):
    text = "Coins\n" + BODY + "References\n" + "\n".join(textwrap.fill(e, width) for e in APA_LIST) + "\n"
    assert entries(text) == APA_LIST


@pytest.mark.parametrize("glue", [" ", ""])
def test_an_apa_list_run_together_and_wrapped_gives_the_same_entries(glue):
    text = "Coins\n" + BODY + "References\n" + textwrap.fill(glue.join(APA_LIST), 40) + "\n"
    assert entries(text) == APA_LIST


@pytest.mark.parametrize("glue", [" ", ""], ids=["a-space", "none"])
def test_apa_authors_alone_at_a_lines_end_after_the_entry_before_begin_the_next_entry(glue):
    """"… Moscow: Nauka.Kabanov, V. V." / "(1988). …": the next authors, their year on the next line."""
    lines = [f"Danilov, V. P. (1977). Sovetskaia derevnia. Moscow: Nauka.{glue}Kabanov, V. V.",
             "(1988). Krest’ianskaia obshchina. Moscow: Nauka."]
    assert entries("Coins\n" + BODY + "References\n" + "\n".join(lines) + "\n") == [
        "Danilov, V. P. (1977). Sovetskaia derevnia. Moscow: Nauka.",
        "Kabanov, V. V. (1988). Krest’ianskaia obshchina. Moscow: Nauka.",
    ]


def test_the_label_of_a_sections_references_inside_a_block_is_no_entry():
    text = ("Czechoslovakia: Literature\n\nCzech literature. The earliest monuments date from the 13th century.\n\n"
            "REFERENCES\nDějiny české literatury, vols. 1–4. Prague, 1959–69.\nSlovak literature.\n"
            "Dejiny slovenskej literatúry, vols. 1–5. Bratislava, 1958–84.\n")
    blocks = segment(text).articles[0].blocks
    assert [(b.kind, b.heading, len(b.entries)) for b in blocks] == [
        ("references", "REFERENCES", 1), ("references", "Slovak literature.", 1)]


@pytest.mark.parametrize(
    "lines",
    [
        pytest.param(["Ocherki istorii russkoi sovetskoi zhurnalistiki, [vol. 1]", "1917–1932. Moscow, 1966."],
                     id="the-years-a-volume-covers"),
        pytest.param(["Voprosy magnitnoi gidrodinamiki i dinamiki plazmy, [vols.]", "1–2. Riga, 1959–62."],
                     id="the-numbers-of-a-supplied-label"),
    ],
)
def test_what_follows_a_bracketed_volume_where_the_page_wraps_goes_on_with_the_entry(lines):
    text = "Coins\n" + BODY + "REFERENCES\n" + "\n".join(lines) + "\nKurskaia bitva. Moscow, 1970.\n"
    assert entries(text) == [" ".join(lines), "Kurskaia bitva. Moscow, 1970."]


def test_works_listed_with_semicolons_cut_by_the_wrap_in_a_line_with_no_period():
    lines = ["In Russian translation: Tri stat’i o", "spektrakh i stroenii atomov. Moscow-",
             "Petrograd, 1923; Atomnaia fizika i", "chelovecheskoe poznanie. Moscow, 1961."]
    text = "Bohr, Niels\n\nBorn 1885. Danish physicist.\n\nWORKS\n" + "\n".join(lines) + "\n"
    assert entries(text) == ["Tri stat’i o spektrakh i stroenii atomov. Moscow-Petrograd, 1923",
                             "Atomnaia fizika i chelovecheskoe poznanie. Moscow, 1961."]


def test_a_paragraph_that_opens_with_a_quotation_in_straight_quotes_cut_at_the_wrap_is_no_headword():
    body = textwrap.fill('Gogol’ called Pushkin "an extraordinary phenomenon, and perhaps the unique manifestation of '
                         'the Russian spirit."', 45)
    text = f"Pushkin, Aleksandr Sergeevich\n\nBorn 1799. Russian poet.\n\n{body}\n\nWORKS\nPerepiska. Moscow, 1906.\n"
    assert body.split("\n")[0] == 'Gogol’ called Pushkin "an extraordinary'
    seg = segment(text)
    assert [a.title for a in seg.articles] == ["Pushkin, Aleksandr Sergeevich"]
    assert seg.articles[0].blocks[0].entries[0].text == "Perepiska. Moscow, 1906."


def test_works_listed_after_an_inline_label_with_semicolons_and_wrapped():
    lines = ["In Russian translation: Tri stat’i o spektrakh i stroenii atomov.",
             "Moscow-Petrograd, 1923; Atomnaia fizika i chelovecheskoe poznanie.",
             "Moscow, 1961; Izbr. nauchnye trudy, vols. 1–2. Moscow, 1970–71."]
    text = "Bohr, Niels\n\nBorn 1885. Danish physicist.\n\nWORKS\nCollected Works. Amsterdam, 1972.\n" + (
        "\n".join(lines) + "\n"
    )
    assert entries(text) == [
        "Collected Works. Amsterdam, 1972.", "Tri stat’i o spektrakh i stroenii atomov. Moscow-Petrograd, 1923",
        "Atomnaia fizika i chelovecheskoe poznanie. Moscow, 1961", "Izbr. nauchnye trudy, vols. 1–2. Moscow, 1970–71.",
    ]


@pytest.mark.parametrize("width", [45, 60])
def test_lines_of_a_paragraph_on_works_are_no_headwords(width):
    """A wrapped paragraph on the subject's works: neither a line that names works and their years
    ("Orchestral works: Kamarinskaia (1848),") nor one that opens with the subject's name in the
    possessive ("Glinka’s opera Ivan Susanin (A Life for the") begins another article."""
    paragraphs = [
        ("Born May 20 (June 1), 1804, in the village of Novospasskoe, Smolensk Province; died Feb. 3 (15), 1857, "
        "in Berlin. Russian composer, founder of the Russian classical school."),
        ("Glinka’s opera Ivan Susanin (A Life for the Tsar) was first staged in 1836. It was followed by Ruslan and "
        "Liudmila (1842). His works include:"),
        ("Operas: Ivan Susanin (1836), Ruslan and Liudmila (1842).\nOrchestral works: Kamarinskaia (1848), Spanish "
        "Overtures (1845, 1851)."),
    ]
    body = "\n\n".join("\n".join(textwrap.fill(line, width) for line in p.split("\n")) for p in paragraphs)
    text = f"Glinka, Mikhail Ivanovich\n\n{body}\n\nWORKS\n\nZapiski. Moscow, 1988.\n"
    page = segment(text)
    assert [a.title for a in page.articles] == ["Glinka, Mikhail Ivanovich"]
    assert entries(text) == ["Zapiski. Moscow, 1988."]


@pytest.mark.parametrize("width", [45, 72])
def test_a_wrapped_paragraph_that_opens_with_initials_and_a_name_is_no_entry(width):
    """"V. I. Lenin wrote that …" cut where the page wraps: initials and a name, not "Family, I."."""
    paragraph = ("V. I. Lenin wrote that socialism “not only does not extinguish competition but, on the contrary, "
                 "for the first time creates the opportunity for employing it on a really wide and on a really mass "
                 "scale” (Poln. sobr. soch., 5th ed., vol. 35, p. 195). Competition under socialism differs.")
    text = (f"Socialist Competition\n\na form of mass participation of the working people.\n\n"
            f"{textwrap.fill(paragraph, width)}\n\nREFERENCES\n\nMaterialy XXV s”ezda KPSS. Moscow, 1976.\n")
    assert entries(text) == ["Materialy XXV s”ezda KPSS. Moscow, 1976."]


def test_a_paragraph_with_a_prize_and_its_year_in_a_remark_the_sentence_goes_on_after_is_no_entry():
    """"Man (1961; Lenin Prize, 1962) brought him …": "Prize, 1962" reads as an imprint, but lowercase running
    text goes on after the parenthesis."""
    text = ("Mieželaitis, Eduardas\n\nBorn Oct. 3, 1919, in Kaunas. Soviet Lithuanian poet.\n\nMieželaitis’ "
            "collection Man (1961; Lenin Prize, 1962) brought him wide recognition. A. Tvardovskii praised the "
            "cycle (Literaturnaia gazeta, Apr. 24, 1962).\n\nWORKS\nRaštai, vols. 1–8. Vilnius, 1984–87.\n")
    assert entries(text) == ["Raštai, vols. 1–8. Vilnius, 1984–87."]


def test_a_wrapped_paragraphs_last_line_in_title_case_right_before_the_entries_is_body_text():
    """No blank line before the entries; the line above was cut where the page wraps, so the paragraph goes
    on, though "They are crossbred with Large White and Landrace hogs." shows few words in lowercase."""
    lines = ["the fattened carcass, and the bacon 37–41 percent. Mirgorod hogs are",
             "raised in the Ukrainian SSR and the southern oblasts of the RSFSR.",
             "They are crossbred with Large White and Landrace hogs."]
    assert textwrap.fill(" ".join(lines), 68) == "\n".join(lines)  # (the page wraps at 68 characters)
    text = "Mirgorod Hogs\n" + "\n".join(lines) + "\nVolkopialov, B. P. Svinovodstvo, 4th ed. Leningrad, 1968.\n"
    assert entries(text) == ["Volkopialov, B. P. Svinovodstvo, 4th ed. Leningrad, 1968."]


@pytest.mark.parametrize(
    ("heading", "lines", "expected"),
    [
        pytest.param(
            "Blazhko, Sergei Nikolaevich\nBorn 1870. Soviet astronomer.",
            ["method of photographing asteroids and constructed several original devices. A",
             "recipient of the State Prize of the USSR in 1952, Blazhko was awarded two Orders",
             "of Lenin, two other orders, and various medals.",
             "“Sergei Nikolaevich Blazhko” (obituary). Astronomicheskii zhurnal, 1956, vol.",
             "33, issue 2."],
            "“Sergei Nikolaevich Blazhko” (obituary). Astronomicheskii zhurnal, 1956, vol. 33, issue 2.",
            # "… and various medals." ends short of the width the page wraps at (80): the next line begins the
            # entries, though a sentence ends inside it as in running text
            id="a-paragraph-that-ended-short-of-the-width-then-an-entry-with-a-sentence-inside",
        ),
        pytest.param(
            "Miatadzhi, Annaklych\nBorn 1822. Turkmen poet.",
            ["Miatadzhi also wrote verses on social themes, glorifying his native land (for",
             "example, “Here Is”), showing indignation at the injustices of the powers that be",
             "(“When He Was Poor”), and describing the backbreaking labor of the plowman",
             "(“Wheat”).",
             "Saylanan ëserler. [Introduction by A. Ulugberdiev and A. Charïguliev.]",
             "Ashkhabad, 1962."],
            "Saylanan ëserler. [Introduction by A. Ulugberdiev and A. Charïguliev.] Ashkhabad, 1962.",
            # "Saylanan ëserler. […]" fills its line (the city would not fit on it), as a paragraph's line does,
            # but the next line is its imprint alone
            id="a-title-cut-at-the-wrap-whose-imprint-alone-makes-the-next-line",
        ),
    ],
)
def test_a_wrapped_pages_entry_right_after_body_text_with_no_blank_line(heading, lines, expected):
    text = heading + "\n" + "\n".join(lines) + "\n"
    assert [" ".join(e.split()) for e in entries(text)] == [expected]


def test_a_wrapped_paragraph_that_opens_with_a_name_and_a_regular_verb_in_the_past_is_no_headword():
    """"Ryl’s’kyi translated A. Mickiewicz’ Pan" has no English function word: its verb tells the sentence."""
    paragraph = ("Ryl’s’kyi translated A. Mickiewicz’ Pan Tadeusz and A. S. Pushkin’s Eugene Onegin into Ukrainian. "
                 "He was awarded the Lenin Prize in 1960.")
    opening = "Born Mar. 7 (19), 1895, in Kiev. Soviet Ukrainian poet."
    text = (f"Ryl’s’kyi, Maksym Tadeiovych\n\n{textwrap.fill(opening, 40)}\n\n"
            f"{textwrap.fill(paragraph, 40)}\n\nWORKS\nTvory, vols. 1–10. Kiev, 1960–62.\n")
    (article,) = segment(text).articles
    assert (article.subject.family, article.subject_language) == ("Ryl’s’kyi", "uk")


@pytest.mark.parametrize(
    ("headword", "opening", "subject", "widths"),
    [
        pytest.param("Cervantes Saavedra, Miguel de",
                     "Cervantes Saavedra, Miguel de. Born Sept. 29, 1547, in Alcalá de Henares; died Apr. 23, 1616, in "
                     "Madrid. Spanish writer.", ("Cervantes Saavedra", "Miguel de"), (35, 40, 60),
                     id="the-headword-again-then-born"),
        pytest.param("Kirov, Sergei Mironovich",
                     "Kirov (real surname, Kostrikov), Sergei Mironovich. Born Mar. 15 (27), 1886, in Urzhum, in what "
                     "is now Kirov Oblast; died Dec. 1, 1934, in Leningrad. Soviet state and party figure.",
                     ("Kirov", "Sergei Mironovich"), (40, 60, 80), id="the-subjects-real-name-noted"),
    ],
)
def test_a_first_paragraph_that_opens_with_the_subjects_name_cut_where_the_page_wraps_is_no_second_headword(
    headword, opening, subject, widths
):
    """"Cervantes Saavedra, Miguel de. Born", "Kirov (real surname, Kostrikov), Sergei": the paragraph's first line,
    the subject's name staying the headword's."""
    for width in widths:
        text = f"{headword}\n\n{textwrap.fill(opening, width)}\n\nWORKS\n\nObras completas. Madrid, 1960.\n"
        (article,) = segment(text).articles
        assert (article.subject.family, article.subject.given) == subject, width


@pytest.mark.parametrize("width", [40, 80])
def test_two_articles_with_no_blank_lines_wrapped_the_second_headword_repeated_in_its_first_line(width):
    second = ("Kuibyshev Hydroelectric Power Plant (V. I. Lenin Volga Hydroelectric Power Plant), a hydroelectric "
              "power plant on the Volga River. Built 1950–57.")
    text = ("Kuibyshev\nKuibyshev (until 1935, Samara), a city in the USSR.\nREFERENCES\n"
            "Alabin, P. V. Samara: Istoricheskii ocherk. Samara, 1877.\nKuibyshev Hydroelectric Power Plant\n"
            f"{textwrap.fill(second, width)}\nREFERENCES\nKuibyshevskaia GES. Moscow-Leningrad, 1963.\n")
    page = segment(text)
    assert [a.title for a in page.articles] == ["Kuibyshev", "Kuibyshev Hydroelectric Power Plant"]
    assert entries(text) == ["Alabin, P. V. Samara: Istoricheskii ocherk. Samara, 1877.",
                             "Kuibyshevskaia GES. Moscow-Leningrad, 1963."]


def test_a_city_the_editors_supplied_cut_from_its_year_where_entries_run_together_and_wrap():
    """"… book 1. [Moscow]" / "1950.Ovchinnikov, …": the year is the entry's above, the next entry glued on after it."""
    listed = [
        "Pugachevshchina, vols. 1–3. Moscow-Leningrad, 1926–31.",
        "Dokumenty stavki E. I. Pugacheva, povstancheskikh vlastei i uchrezhdenii, 1773–1774 gg. Moscow, 1975.",
        "Krest’ianskaia voina v Rossii v 1773–1775 godakh: Vosstanie Pugacheva, vols. 1–3. Leningrad, 1961–70.",
        "Dubrovin, N. F. Pugachev i ego soobshchniki, vols. 1–3. St. Petersburg, 1884.",
        "Pushkin, A. S. “Istoriia Pugacheva.” Poln. sobr. soch., vol. 9, book 1. [Moscow] 1950.",
        "Ovchinnikov, R. V. Manifesty i ukazy E. I. Pugacheva. Moscow, 1980.",
        "Mavrodin, V. V. “Krest’ianskaia voina 1773–1775 godov v Rossii.” Voprosy istorii, 1966, no. 3.",
        "Longworth, P. The Last Great Cossack-Peasant Rising. London, 1974.",
    ]
    page = "\n".join(textwrap.wrap("".join(listed), 40, break_long_words=False))
    assert "vol. 9, book 1. [Moscow]\n1950.Ovchinnikov" in page
    body = textwrap.fill(BODY * 3, 40)  # (the whole page wrapped, as its paragraphs show)
    assert entries("Topic\n\n" + body + "\n\nREFERENCES\n\n" + page + "\n") == listed


def test_an_english_title_glued_to_the_entry_before_and_cut_where_the_page_wraps_is_no_headword():
    """"… Zürich, 1968.Handbook" / "of the Birds of Europe, …": its imprint follows within three lines."""
    lines = ["Grzimeks Tierleben, vol. 7. Zürich, 1968.Handbook", "of the Birds of Europe, the Middle East",
             "and North Africa, vol. 2. Oxford,", "1980.Delacour, J. The Pheasants of the",
             "World, 2nd ed. London, 1977."]
    assert entries("Topic\n\n" + BODY + "\nREFERENCES\n" + "\n".join(lines) + "\n") == [
        "Grzimeks Tierleben, vol. 7. Zürich, 1968.",
        "Handbook of the Birds of Europe, the Middle East and North Africa, vol. 2. Oxford, 1980.",
        "Delacour, J. The Pheasants of the World, 2nd ed. London, 1977.",
    ]


def test_an_author_and_the_first_word_of_an_english_title_goes_on_with_the_line_below():
    lines = [("Infeld, L. “Moia zhizn’ s Einshteinom.” Uspekhi fizicheskikh nauk, 1963, vol. 80, issue 3.Pais, A. "
              "Subtle"),
             "Is the Lord … : The Science and the Life of Albert Einstein. Oxford-New York,", "1982."]
    assert entries("Topic\n\n" + BODY + "\nREFERENCES\n" + "\n".join(lines) + "\n")[-1] == (
        "Pais, A. Subtle Is the Lord … : The Science and the Life of Albert Einstein. Oxford-New York, 1982.")


def test_a_sovereigns_headword_names_no_family_and_an_authors_three_initials_stay_his():
    """"Ivan III Vasil’evich": a name, a number and a patronymic, no family name that a title could name; so
    "Fennell, J. L. I. Ivan the Great of Moscow." keeps its author's three initials."""
    text = ("Ivan III Vasil'evich\n\nIvan III Vasil'evich. Born Jan. 22, 1440; died Oct. 27, 1505. Grand Prince of "
            "Moscow from 1462.\n\nREFERENCES\n\nFennell, J. L. I. Ivan the Great of Moscow. London, 1961.\n")
    (article,) = segment(text).articles
    assert article.subject == Name(literal="Ivan III Vasil'evich")
    (reference,) = extract(text).references
    assert (reference.author[0].given, reference.title) == ("J. L. I.", "Ivan the Great of Moscow")


def test_a_citation_of_a_title_with_a_parenthesis_inside_is_running_text_no_entry():
    text = "Topic\n\nThe text says so, and it was written (Istoriia VKP(b), 1938, p. 5) in the book.\n"
    assert entries(text) == []


@pytest.mark.parametrize("width", [40, 60])
def test_a_chronology_of_productions_in_body_text_on_a_wrapped_page_is_no_block(width):
    """"1902. The Lower Depths, by M. Gorky.": a year, a work and its author after "by", no entry."""
    lines = ["The main productions of the theater’s early years were the following:",
             "1898. Tsar Fyodor Ioannovich, by A. K. Tolstoy; The Seagull, by A. P. Chekhov.",
             "1899. Uncle Vanya, by Chekhov.", "1902. The Lower Depths, by M. Gorky.",
             "1904. The Cherry Orchard, by Chekhov.",
             "In 1920 the theater received the title of academic theater, and in 1937 the Order of Lenin."]
    body = "\n".join(textwrap.fill(line, width) for line in lines)
    text = f"Moscow Art Theater\n{body}\nREFERENCES\nNemirovich-Danchenko, V. I. Iz proshlogo. Moscow, 1936.\n"
    assert entries(text) == ["Nemirovich-Danchenko, V. I. Iz proshlogo. Moscow, 1936."]


def test_a_title_that_begins_with_a_number_and_a_colon_at_a_lines_end_begins_an_entry():
    """Entries run together with a space on a page wrapped at 40: "… Moscow, 1921–. 64:" / "Shakhmatnoe …"."""
    lines = ["Murray, H. J. R. A History of Chess.", "Oxford, 1913. Shakhmaty v SSSR", "(journal). Moscow, 1921–. 64:",
             "Shakhmatnoe obozrenie (weekly). Moscow,", "1968–."]
    body = textwrap.fill(BODY, 40)  # (the whole page wrapped, as its paragraphs show)
    assert entries("Topic\n\n" + body + "\n\nREFERENCES\n" + "\n".join(lines) + "\n") == [
        "Murray, H. J. R. A History of Chess. Oxford, 1913.", "Shakhmaty v SSSR (journal). Moscow, 1921–.",
        "64: Shakhmatnoe obozrenie (weekly). Moscow, 1968–."]


@pytest.mark.parametrize("width", [35, 60, 100])
def test_the_russian_originals_first_paragraph_cut_where_the_page_wraps_is_no_headword(width):
    """The page's title, then the paragraph that opens with the headword in capitals and the days of birth and death
    in brackets: "МЕНДЕЛЕ́ЕВ Дмитрий Иванович [27.1(8.2).1834, Тобольск, — …"."""
    opening = ("МЕНДЕЛЕ́ЕВ Дмитрий Иванович [27.1(8.2).1834, Тобольск, — 20.1(2.2).1907, Петербург], русский "
               "учёный-энциклопедист. Открыл периодический закон химических элементов (1869).")
    text = (f"Менделеев Дмитрий Иванович\n\n{textwrap.fill(opening, width)}\n\n"
            "Соч.: Соч., т. 1—25, Л.— М., 1934—54.\n")
    (reference,) = extract(text).references
    assert (reference.author[0].family, reference.volume, reference.publisher_place) == ("Менделеев", "1—25", "Л.— М.")


@pytest.mark.parametrize("glue", [" ", ""], ids=["a-space", "none"])
def test_an_archives_shelfmark_run_together_with_the_entry_before_is_an_entry_of_its_own(glue):
    book = "Shuster, U. A. Peterburgskie rabochie. Leningrad, 1976."
    archive = "TsGAOR SSSR, fond 102, op. 5, d. 17, 1905."
    assert entries("Topic\n\n" + BODY + "\nREFERENCES\n" + book + glue + archive + "\n") == [book, archive]


def test_the_page_title_then_the_headword_in_full_is_no_paragraph():
    text = ("Mukhtarov\nMukhtarov\n\nMukhtarov, Mukhtar Khalilovich\n\nBorn 1920. Soviet Uzbek writer.\n\n"
            "WORKS\n\nKrasnye iabloki. Moscow, 1968.\n")
    (article,) = segment(text).articles
    assert (article.subject.family, article.subject.given) == ("Mukhtarov", "Mukhtar Khalilovich")


@pytest.mark.parametrize(
    "lines",
    [
        pytest.param(["Lit.: Lenin V. I., Gosudarstvo i revoliutsiia, Poln. sobr.",
                      "soch., 5 izd., t. 33; ego zhe, O gosudarstve, tam zhe, t. 39;",
                      "Teoriia gosudarstva i prava, M., 1970."], id="a-volume-before-a-semicolon-ends-a-line"),
        pytest.param(["Lit.: Lenin V. I., Gosudarstvo i", "revoliutsiia, Poln. sobr. soch., 5 izd., t.",
                      "33; ego zhe, O gosudarstve, tam zhe, t.", "39; Teoriia gosudarstva i prava, M.,", "1970."],
                     id="a-volumes-label-ends-a-line"),
    ],
)
def test_the_russian_originals_works_listed_with_semicolons_cut_where_the_page_wraps(lines):
    """(As the pipeline reads the Russian original printed in Cyrillic: romanized, its lists parted by semicolons.)"""
    text = "Gosudarstvo\n\nGOSUDARSTVO, osnovnoi institut politicheskoi sistemy.\n\n" + "\n".join(lines) + "\n"
    assert [e.text for a in segment(text, russian=True).articles for b in a.blocks for e in b.entries] == [
        "Lenin V. I., Gosudarstvo i revoliutsiia, Poln. sobr. soch., 5 izd., t. 33",
        "ego zhe, O gosudarstve, tam zhe, t. 39",
        "Teoriia gosudarstva i prava, M., 1970.",
    ]


def test_a_wrapped_paragraph_that_opens_with_a_name_an_adverb_and_a_verb_in_the_past_is_no_headword():
    """"Lenin highly valued Plekhanov's" / "philosophical works: …": no second article."""
    paragraph = ("Lenin highly valued Plekhanov's philosophical works: \"It is impossible to become a real, "
                 "intelligent communist without studying all of Plekhanov's philosophical writings\" (Poln. sobr. "
                 "soch., 5th ed., vol. 42, p. 290).")
    opening = ("Plekhanov, Georgii Valentinovich. Born Nov. 29 (Dec. 11), 1856, in the village of Gudalovka, Tambov "
               "Province. Russian Marxist theoretician.")
    text = (f"Plekhanov, Georgii Valentinovich\n\n{textwrap.fill(opening, 40)}\n\n{textwrap.fill(paragraph, 40)}\n\n"
            "WORKS\n\nSoch., vols. 1–24. Moscow-Leningrad,\n1923–27.\n")  # (every line wrapped at 40)
    assert [a.title for a in segment(text).articles] == ["Plekhanov, Georgii Valentinovich"]


def test_notes_one_after_another_cut_where_the_page_wraps_go_on_with_their_entry():
    lines = ["Statisticheskaia fizika, 2nd ed. Moscow, 1964.", "(Teoreticheskaia fizika, vol. 5.) (With E. M.",
             "Lifshits.)", "Mekhanika sploshnykh sred, 2nd ed. Moscow, 1954."]
    text = "Landau, Lev Davidovich\n\nBorn 1908. Soviet physicist.\n\nWORKS\n\n" + "\n".join(lines) + "\n"
    assert [" ".join(e.split()) for e in entries(text)] == [
        "Statisticheskaia fizika, 2nd ed. Moscow, 1964. (Teoreticheskaia fizika, vol. 5.) (With E. M. Lifshits.)",
        "Mekhanika sploshnykh sred, 2nd ed. Moscow, 1954.",
    ]


def test_a_first_paragraph_in_parentheses_wrapped_with_a_source_at_its_end_is_no_entry():
    """"(MKhAT; full name, …), founded in" / … / "… in My Life in Art (Sobr. soch., vol. 1, Moscow, 1954).": a
    paragraph the page wrapped at 80 characters, whose last line names a source."""
    paragraph = ("(MKhAT; full name, Gorky Moscow Art Academic Theater of the USSR), founded in 1898 by K. S. "
                 "Stanislavsky and V. I. Nemirovich-Danchenko. The theater opened on Oct. 14 (26), 1898, with A. K. "
                 "Tolstoy’s Tsar Fedor Ioannovich. Chekhov’s The Sea Gull (1898) became the theater’s emblem. "
                 "Stanislavsky set forth the principles of the theater in My Life in Art (Sobr. soch., vol. 1, "
                 "Moscow, 1954).")
    text = (f"Moscow Art Theater\n\n{textwrap.fill(paragraph, 80)}\n\nREFERENCES\n\n"
            "Markov, P. A. V Khudozhestvennom teatre. Moscow, 1976.\n")
    assert entries(text) == ["Markov, P. A. V Khudozhestvennom teatre. Moscow, 1976."]


def test_a_first_entry_cut_twice_where_the_page_wraps_after_body_text_is_whole():
    lines = ["Librorum in Bibliotheca Speculae Pulcovensis", "contentorum catalogus systematicus, vols.",
             "1–2. St. Petersburg, 1860–80.", "Tablitsy dlia opredeleniia vremeni. St.", "Petersburg, 1869."]
    body = textwrap.fill("Born May 7, 1819, in Dorpat; died Apr. 14, 1905, in Karlsruhe. Russian astronomer. "
                         "Academician of the St. Petersburg Academy of Sciences (1856).", 45)
    text = f"Struve, Otto Vasil’evich\n\n{body}\n\n\n" + "\n".join(lines) + "\n"
    assert [" ".join(e.split()) for e in entries(text)] == [
        ("Librorum in Bibliotheca Speculae Pulcovensis contentorum catalogus systematicus, vols. 1–2. St. Petersburg, "
         "1860–80."),
        "Tablitsy dlia opredeleniia vremeni. St. Petersburg, 1869.",
    ]


def test_a_first_entry_cut_after_its_volumes_label_where_the_page_wraps_is_whole():
    """"… contentorum catalogus systematicus, vols." reads as English (its "in"), but its label's number begins the
    next line."""
    lines = ["Librorum in Bibliotheca Speculae Pulcovensis contentorum catalogus systematicus, vols.",
             "1–2. St. Petersburg, 1860–80.", "Tablitsy dlia opredeleniia vremeni. St. Petersburg, 1869."]
    text = "Struve, Otto Vasil’evich\n\nBorn 1819. Russian astronomer.\n\n\n" + "\n".join(lines) + "\n"
    assert [" ".join(e.split()) for e in entries(text)] == [f"{lines[0]} {lines[1]}", lines[2]]


def test_a_paragraph_cut_after_a_months_abbreviation_goes_on_with_its_day():
    """"… on Nov." / "17, 1970 (Pravda, Nov. 18, 1970)." is one paragraph, not an entry and a block after it."""
    text = ("Lunokhod\n\na self-propelled vehicle for exploring the moon. Lunokhod 1 was\n"
            "delivered to the moon by the\nautomatic station Luna 17 on Nov.\n"
            "17, 1970 (Pravda, Nov. 18, 1970).\nIt operated for 10 months and\ntraveled 10,540 m.\n\n"
            "REFERENCES\n\nPlanetokhody. Moscow, 1982.\n")
    assert entries(text) == ["Planetokhody. Moscow, 1982."]


def test_a_newspaper_of_an_old_style_day_run_together_with_the_entry_before_is_an_entry():
    first, second = "Rabinowitch, A. The Bolsheviks Come to Power. New York, 1976.", "Pravda, Oct. 26 (Nov. 8), 1917."
    assert entries("Coins\n" + BODY + "REFERENCES\n" + first + " " + second + "\n") == [first, second]


@pytest.mark.parametrize("width", [35, 40])
def test_a_biography_wrapped_very_narrow_is_one_article(width):
    """On a page wrapped at 35 or 40 characters every line is as short as a headword: a full line that goes
    on in running text, or one cut at the wrap right after body text, is a paragraph's."""
    paragraphs = [
        ("Born Mar. 24, 1912, in the village of Toimetsola, Mari ASSR; died 1943. Soviet Mari poet. People’s Poet "
         "of the Mari ASSR (1940). Member of the CPSU from 1939."),
        ("In 1931, with Iyvan Kyrlia, Olyk published the poetry collection We Are Shock Workers. They later "
         "published several other poetry collections."),
    ]
    body = "\n\n".join(textwrap.fill(paragraph, width) for paragraph in paragraphs)
    text = f"Olyk, Ipai\n\n{body}\n\nPeledmežap. Ioshkar-Ola, 1957.\nStikhi. Moscow, 1960.\n"
    (article,) = segment(text).articles
    assert article.title == "Olyk, Ipai" and article.subject is not None
    assert entries(text) == ["Peledmežap. Ioshkar-Ola, 1957.", "Stikhi. Moscow, 1960."]


def test_a_paragraph_that_opens_with_a_name_in_s_in_the_possessive_on_a_wrapped_page():
    """"Donelaitis’ narrative poem The Seasons" / "(published 1818) depicts …", wrapped at 45: a paragraph's first
    line, not the headword of a second article (Donelaitis’ is no Russian word, as Rus’ is)."""
    paragraph = ("Donelaitis’ narrative poem The Seasons (published 1818) depicts the life of the serfs of Lithuania "
                 "Minor. He also wrote six fables.")
    text = (f"Donelaitis, Kristijonas\n\nBorn 1714. Lithuanian poet.\n\n{textwrap.fill(paragraph, 45)}\n\n"
            "WORKS\n\nRaštai. Vilnius, 1950.\n")
    assert textwrap.fill(paragraph, 45).split("\n")[0] == "Donelaitis’ narrative poem The Seasons"
    (article,) = segment(text).articles
    assert article.subject is not None and entries(text) == ["Raštai. Vilnius, 1950."]


def test_a_paragraph_that_opens_with_the_subjects_name_in_the_possessive_and_titles_on_a_wrapped_page():
    """"Aitmatov’s Tales of the Mountains and Steppes" / "(1963) received …", wrapped at 50: every word of the
    first line but the small ones is capitalized, as in a headword; it names the subject, as no other headword does."""
    paragraph = ("Aitmatov’s Tales of the Mountains and Steppes (1963) received the Lenin Prize. The novella "
                 "Farewell, Gul’sary! (1966) received the State Prize of the USSR in 1968.")
    text = (f"Aitmatov, Chingiz\n\nBorn Dec. 12, 1928. Soviet Kirghiz writer.\n\n{textwrap.fill(paragraph, 50)}\n\n"
            "WORKS\n\nBelyi parokhod. Moscow, 1970.\n")
    assert textwrap.fill(paragraph, 50).split("\n")[0] == "Aitmatov’s Tales of the Mountains and Steppes"
    (article,) = segment(text).articles
    assert article.subject is not None and entries(text) == ["Belyi parokhod. Moscow, 1970."]


def test_a_wrapped_paragraph_that_opens_with_a_preposition_and_a_citation_is_body():
    """"Under imperialism, monopolies appropriate monopoly profit" / "(V. I. Lenin, ibid., vol. 27, …": a sentence's
    first line, cut where the page wraps at 60, before a line that reads as a source; no headword nor entry."""
    paragraph = ("Under imperialism, monopolies appropriate monopoly profit (V. I. Lenin, ibid., vol. 27, pp. 320–21; "
                 "Marx and Engels, Soch., 2nd ed., vol. 25, part 1, p. 229). In the USSR, the surplus product belongs "
                 "to society.")
    text = (f"Surplus Value\n\nthe value created by the unpaid labor of the worker.\n\n{textwrap.fill(paragraph, 60)}"
            "\n\nREFERENCES\n\nSmith, A. Bogatstvo narodov. Moscow, 1962.\n")
    assert textwrap.fill(paragraph, 60).split("\n")[0] == "Under imperialism, monopolies appropriate monopoly profit"
    assert entries(text) == ["Smith, A. Bogatstvo narodov. Moscow, 1962."]


def test_a_wrapped_paragraph_whose_first_line_ends_in_a_quotation_is_body():
    """"V. G. Belinskii called Gogol’ “the head" / "of literature, …", wrapped at 40: the English word is inside the
    quotation marks; the line is no headword of a second article, and the works keep their author."""
    paragraph = ("V. G. Belinskii called Gogol’ “the head of literature, the head of poets” (Poln. sobr. soch., "
                 "vol. 1, 1953, p. 306).")
    opening = ("Born Mar. 20 (Apr. 1), 1809, in the city of Velikie Sorochintsy, Mirgorod District, Poltava "
               "Province; died Feb. 21 (Mar. 4), 1852, in Moscow. Russian writer.")
    text = (f"Gogol’, Nikolai Vasil’evich\n\n{textwrap.fill(opening, 40)}\n\n"
            f"{textwrap.fill(paragraph, 40)}\n\nWORKS\n\nSobr. soch., vols. 1–7. Moscow, 1976–79.\n")
    assert textwrap.fill(paragraph, 40).split("\n")[0] == "V. G. Belinskii called Gogol’ “the head"
    (article,) = segment(text).articles
    assert article.subject is not None and entries(text) == ["Sobr. soch., vols. 1–7. Moscow, 1976–79."]


def test_a_headword_that_ends_with_of_after_the_same_page_title_with_no_blank_line():
    text = ("Stalingrad, Battle of\nStalingrad, Battle of\n(July 17, 1942–Feb. 2, 1943), a battle of the Great "
            "Patriotic War.\nREFERENCES\nSamsonov, A. M. Stalingradskaia bitva. Moscow, 1968.\n")
    assert segment(text).articles[0].title == "Stalingrad, Battle of"


def test_an_entry_that_ends_with_ibid_on_a_full_line_of_a_wrapped_page_ends_there():
    """"Lenin, V. I. “Privet vengerskim rabochim.” Ibid." fills a line of a page wrapped at 50: the next line,
    which begins with its author, is the next entry, not the numbers of this one."""
    lines = ["Equality", "", "a concept expressing the same status of people in society.", "", "REFERENCES", "",
             "Lenin, V. I. “Privet vengerskim rabochim.” Ibid.",
             "Lenin, V. I. Gosudarstvo i revoliutsiia. Ibid., vol. 33.",
             "Kosolapov, R. I. Sotsializm: K voprosam teorii. Moscow, 1975."]
    text = "\n".join(textwrap.fill(line, 50) if line else line for line in lines) + "\n"
    assert "Ibid.\nLenin" in text
    assert entries(text) == lines[6:]


def test_a_sections_first_sentence_after_its_references_on_a_wrapped_page_is_body():
    paragraph = ("Literature. Mari written literature emerged in the late 18th century. Its founders were S. G. "
                 "Chavain, M. Shketan, and Olyk Ipai.")
    text = ("Mari ASSR\n\npart of the RSFSR. The capital is Ioshkar-Ola.\n\nREFERENCES\n\n"
            f"Istoriia Mariiskoi ASSR, vol. 1. Ioshkar-Ola, 1986.\n\n{textwrap.fill(paragraph, 72)}\n\nREFERENCES\n\n"
            "Asylbaev, A. A. Tvorcheskie portrety. Ioshkar-Ola, 1969.\n")
    assert textwrap.fill(paragraph, 72).split("\n")[0].endswith("century.")
    assert entries(text) == [
        "Istoriia Mariiskoi ASSR, vol. 1. Ioshkar-Ola, 1986.",
        "Asylbaev, A. A. Tvorcheskie portrety. Ioshkar-Ola, 1969.",
    ]


@pytest.mark.parametrize("width", [0, 40])
def test_a_biography_that_opens_with_the_subjects_real_name_in_parentheses(width):
    """"(Gabdulla Mukhamedgarifovich Tukaev). Born …": on a page wrapped at 40, the name is a line of its own and
    "Born" begins the next; the subject is still the headword's, and the works are theirs."""
    paragraph = ("(Gabdulla Mukhamedgarifovich Tukaev). Born Apr. 14 (26), 1886, in the village of Kushlauch; died "
                 "Apr. 2 (15), 1913, in Kazan. Tatar poet.")
    opening = textwrap.fill(paragraph, width) if width else paragraph
    text = f"Tukai, Gabdulla\n\n{opening}\n\nWORKS\n\nÄsärlär, vols. 1–4. Kazan, 1955–56.\n"
    (article,) = segment(text).articles
    assert article.subject is not None and article.subject.family == "Tukai"
    assert article.subject_language == "tt"


def test_a_works_block_with_no_heading_right_after_a_paragraph_its_first_year_cut_off():
    """"… Literature (1930)." / "Chävash khalapěsem. Simbirsk," / "1908.S’urkhi kěvěsem. Cheboksary, 1928.": a title
    and its city, the year on the next line, begin the works; they do not go on the paragraph."""
    text = ("Vasil’ev, Nikolai Vasil’evich\n\nBorn 1886. Soviet Chuvash writer. He wrote the Short Outline of the\n"
            "History of Chuvash Literature (1930).\nChävash khalapěsem. Simbirsk,\n"
            "1908.S’urkhi kěvěsem. Cheboksary, 1928.\n")
    assert entries(text) == ["Chävash khalapěsem. Simbirsk, 1908.", "S’urkhi kěvěsem. Cheboksary, 1928."]


@pytest.mark.parametrize(
    ("page_title", "headword", "title"),
    [
        pytest.param("Sergei Mikhailovich Liapunov", "Liapunov, Sergei Mikhailovich", "Liapunov, Sergei Mikhailovich",
                     id="the-person-in-direct-order"),
        pytest.param("Nikolai Vasilevich Vasilev", "Vasil’ev, Nikolai Vasil’evich", "Vasil’ev, Nikolai Vasil’evich",
                     id="spelled-without-soft-signs"),
        pytest.param("Mordellidae", "[mȯr′del·ə‚dē]Mordellidae", "Mordellidae", id="another-dictionarys-pronunciation"),
    ],
)
def test_a_page_title_line_that_fills_a_narrow_line_is_not_the_headwords_first_piece(page_title, headword, title):
    """On a page wrapped at 35, the line above the headword is full (the headword's first word would not fit on it),
    as a headword cut at the wrap is; but it is the page's title, not the headword's beginning."""
    paragraph = textwrap.fill("Born Nov. 18 (30), 1859, in Yaroslavl; died Nov. 8, 1924, in Paris. Russian composer, "
                              "pianist, and conductor.", 35)
    text = f"{page_title}\n{headword}\n{paragraph}\nREFERENCES\nShifman, M. Liapunov. Moscow, 1960.\n"
    assert len(page_title) + 1 + len(headword.split()[0]) > max(map(len, text.split("\n")))
    assert segment(text).articles[0].title == title


def test_works_right_after_a_paragraph_whose_first_entry_shows_its_year_four_lines_below():
    entry = ("“Issledovanie rezul’tatov astronomicheskikh nabliudenii Sluzhby vremeni GAISH v 1941–44 gg.” Tr. Gos. "
             "astronomicheskogo in-ta im. P. K. Shternberga, 1950, vol. 18, fasc. 2.")
    wrapped = textwrap.fill(entry, 40)
    assert "1950" in wrapped.split("\n")[4]
    paragraph = textwrap.fill("Born 1903. Soviet astronomer. He has been awarded the Order of Lenin.", 40)
    text = f"Zverev, Mitrofan Stepanovich\n\n{paragraph}\n{wrapped}\n"
    assert entries(text) == [entry]


def test_a_headword_cut_after_its_colon_on_a_narrow_page():
    headword = "Materialism and Empiriocriticism: Critical Comments on a Reactionary Philosophy"
    body = "one of V. I. Lenin’s basic philosophical works, written in 1908 and first published in 1909."
    text = f"{textwrap.fill(headword, 40)}\n\n{textwrap.fill(body, 40)}\n"
    assert textwrap.fill(headword, 40).split("\n")[0].endswith(":")
    assert segment(text).title == headword


def test_a_sections_first_line_cut_at_the_wrap_is_no_headword():
    body = textwrap.fill("Czech literature. The earliest monuments of Czech literature date from the 13th century.", 40)
    text = f"Czechoslovakia: Literature\n\n{body}\n\nREFERENCES\nDějiny české literatury. Prague, 1959.\n"
    assert body.split("\n")[0] == "Czech literature. The earliest monuments"
    assert segment(text).title == "Czechoslovakia: Literature"
    assert entries(text) == ["Dějiny české literatury. Prague, 1959."]


def test_a_headword_cut_after_its_colon_before_a_section_name_that_is_a_heading_word():
    headword = "Moldavian Soviet Socialist Republic: Literature"
    body = "Moldavian literature developed in close contact with Russian and Ukrainian literature."
    text = f"{textwrap.fill(headword, 40)}\n\n{textwrap.fill(body, 40)}\n\nREFERENCES\nOcherk. Kishinev, 1963.\n"
    assert textwrap.fill(headword, 40).split("\n")[1] == "Literature"
    assert segment(text).title == headword
    assert entries(text) == ["Ocherk. Kishinev, 1963."]


@pytest.mark.parametrize(
    "source",
    [
        pytest.param("(Vedomosti Verkhovnogo Soveta SSSR, 1961, no. 50, art. 525)", id="a-laws-article"),
        pytest.param("(Pravda, 1961, no. 50)", id="a-journals-issue-after-a-word"),
    ],
)
def test_a_short_paragraph_that_names_its_source_in_parentheses_is_body_text(source):
    text = (f"Civil Law\n\na branch of law. The Principles were adopted in 1961 {source}.\n\n"
            "REFERENCES\nIoffe, O. S. Sovetskoe grazhdanskoe pravo. Leningrad, 1958.\n")
    assert entries(text) == ["Ioffe, O. S. Sovetskoe grazhdanskoe pravo. Leningrad, 1958."]


@pytest.mark.parametrize("person", ["(K. Marx, 1818–83)", "(A. S. Pushkin, 1799–1837)"])
def test_a_persons_years_in_a_short_paragraph_are_no_imprint(person):
    text = f"Topic\n\nA theory set out first in a classical form {person} and still taught today.\n"
    assert entries(text) == [] and len(segment(text).body) == 1


def test_glued_site_line_cut_off_and_glued_next_headword():
    text = (
        "Udegei\n" + BODY + "REFERENCES\nNarody Sibiri. Moscow, 1956.Lar’kin, V. G. Udegeitsy. Vladivostok, "
        "1958.Udegei\n"
        "the language of the Udegei, who live along the Ussuri.\n\nREFERENCES\nSunik, O. P. Iazyk. Leningrad, "
        "1968.The Great Sov"
    )
    seg = segment(text)
    assert [a.title for a in seg.articles] == ["Udegei", "Udegei"]
    assert entries(text) == ["Narody Sibiri. Moscow, 1956.", "Lar’kin, V. G. Udegeitsy. Vladivostok, 1958.",
                             "Sunik, O. P. Iazyk. Leningrad, 1968."]


def test_a_sections_name_that_is_also_a_heading_before_wrapped_body_text_opens_no_block():
    """A republic's article in sections: "Literature", a section's name, before its body text on a page that
    wraps its lines at 60 (the heading of references in some copies, before their entries)."""
    page = [
        "Turkmen Soviet Socialist Republic", "", "Turkmen Soviet Socialist Republic", "",
        "a Union republic of the USSR in Middle Asia.", "",
        "REFERENCES", "", "Rosliakov, A. A. Pobeda Sovetskoi vlasti v Turkmenistane. Ashkhabad, 1957.", "",
        "O. O. OVEZOV", "", "Literature", "",
        ("Turkmen literature developed from the folk poetry of the Turkmens. The classical poet Makhtumkuli "
         "(18th century) is regarded as its founder."),
    ]
    wrapped = [cut for line in page for cut in (textwrap.wrap(line, 60) or [""])]
    assert [" ".join(e.split()) for e in entries("\n".join(wrapped) + "\n")] == [
        "Rosliakov, A. A. Pobeda Sovetskoi vlasti v Turkmenistane. Ashkhabad, 1957."]


@pytest.mark.parametrize("width", [40, 60])
def test_a_sections_name_in_capitals_before_wrapped_body_text_opens_no_block(width):
    page = ["Turkmen SSR", "", "Turkmen SSR", "", "a Union republic of the USSR in Middle Asia.", "", "REFERENCES", "",
            "Rosliakov, A. A. Pobeda. Ashkhabad, 1957.", "", "LITERATURE", "",
            ("Turkmen literature developed from the folk poetry of the Turkmens. The classical poet Makhtumkuli "
             "(18th century) is regarded as its founder."), "",
            "REFERENCES", "", "Korogly, Kh. G. Turkmeny. Moscow, 1972."]
    wrapped = [cut for line in page for cut in (textwrap.wrap(line, width) or [""])]
    assert entries("\n".join(wrapped) + "\n") == [
        "Rosliakov, A. A. Pobeda. Ashkhabad, 1957.", "Korogly, Kh. G. Turkmeny. Moscow, 1972."]


def test_the_heading_literature_before_its_entries_opens_a_block():
    text = ("Topic\n\n" + BODY + "Literature\n\nKiselev, S. V. Ocherki. Moscow, 1951.\n"
            "Korogly, Kh. G. Turkmeny. Moscow, 1972.\n")
    assert entries(text) == ["Kiselev, S. V. Ocherki. Moscow, 1951.", "Korogly, Kh. G. Turkmeny. Moscow, 1972."]


def test_the_pages_glued_to_an_imprint_are_no_entry_of_their_own():
    text = ("Topic\n\n" + BODY + "REFERENCES\nNarody Sibiri. Moscow, 1956.Pages 15–20.Lar’kin, V. G. Udegeitsy. "
            "Vladivostok, 1958.\n")
    assert entries(text) == ["Narody Sibiri. Moscow, 1956.Pages 15–20.", "Lar’kin, V. G. Udegeitsy. Vladivostok, 1958."]



@pytest.mark.parametrize("gap", ["", " ", "\n"], ids=["glued", "spaced", "on-the-next-line"])
def test_an_author_named_page_begins_an_entry(gap):
    text = ("Topic\n\n" + BODY + "REFERENCES\nChazov, E. I. “Problemy.” Klinicheskaia meditsina, 1975, no. 9, pp. 3–9."
            f"{gap}Page, I. H. Renal Hypertension. Chicago, 1968.\n")
    assert entries(text) == ["Chazov, E. I. “Problemy.” Klinicheskaia meditsina, 1975, no. 9, pp. 3–9.",
                             "Page, I. H. Renal Hypertension. Chicago, 1968."]


@pytest.mark.parametrize("marker", ["• ", "- ", "* ", "1. ", "12) ", "[3] "])
def test_list_markers_are_no_part_of_an_entry(marker):
    text = (f"Topic\n\n{BODY}\nREFERENCES\n{marker}Ivanov, I. I. Ocherki istorii. Moscow, 1961.\n"
            f"{marker}Petrov, P. P. Lesa SSSR, vol.\n1. Leningrad, 1962.\n")
    assert entries(text) == [
        "Ivanov, I. I. Ocherki istorii. Moscow, 1961.", "Petrov, P. P. Lesa SSSR, vol. 1. Leningrad, 1962."
    ]


@pytest.mark.parametrize(
    "heading",
    ["References:", "Bibliography", "Literature:", "Selected works:", "WORKS", "Further reading", "Main works",
     "REFERENCES (selected)", "References (Selected):"],
)
def test_headings_as_a_page_copied_elsewhere_sets_them(heading):
    text = f"Topic\n\n{BODY}\nIzbrannoe. Alma-Ata, 1960.\n{heading}\nPetrov, P. P. Lesa SSSR. Leningrad, 1962.\n"
    (article,) = segment(text).articles
    assert [block.heading for block in article.blocks][-1] == heading
    assert [entry.text for entry in article.blocks[-1].entries] == ["Petrov, P. P. Lesa SSSR. Leningrad, 1962."]


@pytest.mark.parametrize("heading", ["WORKS:", "References:", "Literature:"])
def test_heading_with_its_first_entry_on_one_line(heading):
    text = (f"Topic\n\n{BODY}\nIzbrannoe. Alma-Ata, 1960.\n\n{heading} Petrov, P. P. Lesa SSSR. Leningrad, 1962. "
            "Ivanov, I. I. Stepi. Moscow, 1961.\n")
    (article,) = segment(text).articles
    assert article.blocks[-1].heading == heading
    assert [entry.text for entry in article.blocks[-1].entries] == [
        "Petrov, P. P. Lesa SSSR. Leningrad, 1962.", "Ivanov, I. I. Stepi. Moscow, 1961."
    ]


def test_heading_word_before_any_body_text_is_a_headword():
    text = "Literature\n\n" + BODY + "\nReferences:\nPetrov, P. P. Teoriia literatury. Leningrad, 1962.\n"
    assert segment(text).title == "Literature"


def test_two_articles_on_one_page():
    text = (
        "Udegei\n" + BODY + "REFERENCES\nNarody Sibiri. Moscow, 1956.\n"
        "Udegei\n" + BODY + "REFERENCES\nSunik, O. P. “Iazyk.” In Iazyki, vol. 5. Leningrad, 1968.\n"
    )
    seg = segment(text)
    assert [a.title for a in seg.articles] == ["Udegei", "Udegei"]
    assert len(entries(text)) == 2


def test_entry_like_line_followed_by_prose_is_body():
    text = "Topic\n\n" + BODY + "\nMoscow, 1905.\n\n" + BODY
    assert entries(text) == []


@pytest.mark.parametrize(
    "paragraph",
    [
        pytest.param("His collection Man (1961; Lenin Prize, 1962) is a lyrical epic.", id="prize-year"),
        pytest.param("His novel, Moscow, 1961, is an epic (see LITHUANIAN LITERATURE).", id="cross-reference"),
    ],
)
def test_short_body_paragraph_before_a_works_block_is_body(paragraph):
    text = "Topic\n\n" + BODY + "\n" + paragraph + "\n\nWORKS\n\nRaštai, vols. 1–8. Vilnius, 1969–75.\n"
    assert entries(text) == ["Raštai, vols. 1–8. Vilnius, 1969–75."]


def test_headed_block_goes_on_over_blank_lines():
    text = ("Topic\n\n" + BODY + "\nWORKS\n\nStikhi. Moscow, 1936.\n\nPoemy. Moscow, 1940.\n\n"
            "REFERENCES\n\nIvanov, I. I. Poet. Moscow, 1963.\n")
    blocks = segment(text).articles[0].blocks
    assert [(b.kind, len(b.entries)) for b in blocks] == [("works", 2), ("references", 1)]


@pytest.mark.parametrize("label", ["In Russian translation", "Russian translations:"])
def test_translation_label_without_a_colon_or_its_in(label):
    text = ("Topic\n\n" + BODY + f"\nWORKS\nShygharmalar. Alma-Ata, 1955.\n{label}\n"
            "Sobr. soch. Moscow, 1973.\n\nREFERENCES\nIvanov, I. I. Poet. Moscow, 1963.\n")
    works, references = segment(text).articles[0].blocks
    assert [(e.text, e.translated) for e in works.entries] == [
        ("Shygharmalar. Alma-Ata, 1955.", ""), ("Sobr. soch. Moscow, 1973.", "ru")]
    assert len(references.entries) == 1


def test_a_label_of_translations_into_another_language_begins_a_list_in_that_language():
    text = ("Smith, John\n\nBorn 1900. American writer.\n\nStories. New York, 1950.\nIn Ukrainian translation:\n"
            "Opovidannia. Kiev, 1962.\nIn Russian translation:\nRasskazy. Moscow, 1960.\n")
    (works,) = segment(text).articles[0].blocks
    assert [(e.text, e.translated) for e in works.entries] == [
        ("Stories. New York, 1950.", ""), ("Opovidannia. Kiev, 1962.", "uk"), ("Rasskazy. Moscow, 1960.", "ru")]
    assert [r.language for r in extract(text).references] == ["en", "uk", "ru"]


@pytest.mark.parametrize(
    ("label", "language"),
    [
        pytest.param("In Russian Translation:", "ru", id="title-case"),
        pytest.param("IN RUSSIAN TRANSLATION:", "ru", id="capitals"),
        pytest.param("In Russian translation.", "ru", id="a-period"),
        pytest.param("In Russian translation—", "ru", id="a-dash"),
        pytest.param("IN UKRAINIAN TRANSLATION", "uk", id="another-language-in-capitals-and-no-colon"),
    ],
)
def test_a_label_on_its_own_line_however_a_copy_sets_it(label, language):
    text = (f"Chiladze, Otar\n\nBorn 1933. Soviet Georgian poet, he wrote much.\n\nLeksebi. Tbilisi, 1960.\n"
            f"{label}\nPoemy. Moscow, 1970.\n")
    (works,) = segment(text).articles[0].blocks
    assert [(e.text, e.translated) for e in works.entries] == [
        ("Leksebi. Tbilisi, 1960.", ""), ("Poemy. Moscow, 1970.", language)]


@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["single-spaced", "double-spaced"])
def test_the_label_after_an_open_run_begins_its_list(gap):
    """"Raksti, vols. 1–22. Riga, 1969–" (a run still coming out) / "In Russian translation:" / "Sobr. soch., …":
    the entry after the label is no part of the one before it."""
    text = ("Topic\n\n" + BODY + "\nWORKS\nRaksti, vols. 1–22. Riga, 1969–" + gap + "In Russian translation:" + gap
            + "Sobr. soch., vols. 1–12. Riga, 1958–60.\n")
    (works,) = segment(text).articles[0].blocks
    assert [(e.text, e.translated) for e in works.entries] == [
        ("Raksti, vols. 1–22. Riga, 1969–", ""), ("Sobr. soch., vols. 1–12. Riga, 1958–60.", "ru")]


@pytest.mark.parametrize(
    "first_entry", ["Stikhotvoreniia. Moscow, n.d.", "Stikhotvoreniia. Moscow."], ids=["no-date", "city-alone"]
)
def test_block_that_starts_with_an_entry_without_a_year(first_entry):
    """An entry with no year shows no sign of one; before another entry it still starts a block,
    and the unheaded block before it is not taken for body text."""
    text = ("Topic\n\n" + BODY + "\nLirika, vols. 1–2. Moscow, 1965.\n\n" + first_entry
            + "\nPigarev, K. V. Zhizn’. Moscow, 1962.\n")
    blocks = segment(text).articles[0].blocks
    assert [[e.text for e in b.entries] for b in blocks] == [
        ["Lirika, vols. 1–2. Moscow, 1965."], [first_entry, "Pigarev, K. V. Zhizn’. Moscow, 1962."]]


def test_wrapped_lines_with_entries_glued_on_and_a_block_that_starts_wrapped():
    text = ("Topic\n\n" + BODY + "\nOcherki po istorii altaiskoi literatury. Gorno-Altaisk,\n1969.\n"
            "Sunik, O. P. “Udegeiskii iazyk.” In Iazyki narodov SSSR, vol. 5.\n"
            "Leningrad, 1968.Shneider, E. R. Kratkii slovar’. Moscow, 1937.\n")
    (block,) = segment(text).articles[0].blocks
    assert [e.text for e in block.entries] == [
        "Ocherki po istorii altaiskoi literatury. Gorno-Altaisk, 1969.",
        "Sunik, O. P. “Udegeiskii iazyk.” In Iazyki narodov SSSR, vol. 5. Leningrad, 1968.",
        "Shneider, E. R. Kratkii slovar’. Moscow, 1937.",
    ]


def test_a_line_read_as_an_entry_that_body_text_follows_is_body_text_whose_sources_are_cited():
    """No blank line between "Ivanov, I. I. … (Poln. sobr. soch., …)" and the sentence after it: the line was body
    text after all, and its parenthesis cites a source as a paragraph's does."""
    text = ("Topic\n\n" + BODY + "\n\nIvanov, I. I. Stikhi i poemy (Poln. sobr. soch., 5th ed., vol. 38, p. 5)\n"
            "This was said by him in the year of the great change, and it was heard by all of them.\n")
    page = segment(text)
    assert entries(text) == []
    assert any(text[span.start : span.end].startswith("Ivanov, I. I.") for span in page.body)


def test_a_note_at_a_lines_start_with_the_next_entry_glued_on_is_the_entrys_above():
    """Entries glued with no space on a wrapped page: "… Moscow, 1973." / "(Translated from English.)Shevchenko, …"."""
    lines = ["Luna. Moscow, 1960.Fizika i", "astronomiia Luny. Edited by Z. Kopal. Moscow, 1973.",
             "(Translated from English.)Shevchenko, V. V. Sovremennaia", "selenografiia. Moscow, 1980."]
    text = "Moon\n\n" + BODY + "\n\n" + "\n".join(lines) + "\n"
    assert [" ".join(e.split()) for e in entries(text)] == [
        "Luna. Moscow, 1960.",
        "Fizika i astronomiia Luny. Edited by Z. Kopal. Moscow, 1973. (Translated from English.)",
        "Shevchenko, V. V. Sovremennaia selenografiia. Moscow, 1980.",
    ]


@pytest.mark.parametrize("indent", ["", "   "])
def test_a_tables_rows_are_neither_body_nor_entries(indent):
    """Rows of a table hold years and numbers; up to the next blank line after its caption they are skipped,
    however the page indents its lines."""
    text = ("Kazakh SSR\n\n" + BODY + "\nTable 1. Output\n\t\t1940\t1960\nCoal (million tons)\t7.0\t26.0\n\n"
            + BODY + "\nTable 2. Population (in thousands), 1939–1970\nKazakhs, 1959, 2,787; 1970, 4,161\n\n"
            "REFERENCES\nKazakhstan. Moscow, 1969.\n")
    text = "\n".join(indent + line if line.strip() else line for line in text.split("\n"))
    seg = segment(text)
    assert seg.title == "Kazakh SSR" and len(seg.articles) == 1
    assert [[e.text for e in b.entries] for b in seg.articles[0].blocks] == [["Kazakhstan. Moscow, 1969."]]
    assert len(seg.body) == 2


@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["single-spaced", "double-spaced"])
def test_the_source_under_a_table_is_no_entry(gap):
    """"Source: … Moscow, 1976." under a table's rows, which a double-spaced page sets apart from them."""
    table = ["Table 1. Cotton production in the USSR (thousand tons)", "1913 ............ 744",
             "1975 ............ 7,856", "Source: Narodnoe khoziaistvo SSSR v 1975 g. Moscow, 1976."]
    text = "Cotton Growing\n\n" + BODY + "\n\n" + gap.join(table) + "\n\nREFERENCES\nKhlopchatnik. Tashkent, 1957.\n"
    assert entries(text) == ["Khlopchatnik. Tashkent, 1957."]


def test_a_title_line_that_began_an_entry_and_the_next_entry_run_on_after_it_on_a_wrapped_page():
    """The first line, a title cut after its city's dash, reads as a headword; the next completes it and begins
    the next entry, whose rest the line below holds: the look below is taken there too."""
    lines = ["Astronomiia SSSR za tridtsat’ let, 1917–1947 (collection of articles). Moscow-",
             "Leningrad, 1948. (Contains a bibliography.) “Sergei Vladimirovich Orlov”",
             "(obituary). Astronomicheskii Zhurnal, 1958, vol. 35, issue 3."]
    text = ("Orlov, Sergei\n\nBorn 1880. Soviet astronomer.\n\nIvanov, I. Komety. Moscow, 1950.\n\n"
            + "\n".join(lines) + "\n")
    assert [" ".join(e.split()) for e in entries(text)][1:] == [
        ("Astronomiia SSSR za tridtsat’ let, 1917–1947 (collection of articles). Moscow-Leningrad, 1948. (Contains "
         "a bibliography.)"),
        "“Sergei Vladimirovich Orlov” (obituary). Astronomicheskii Zhurnal, 1958, vol. 35, issue 3.",
    ]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        pytest.param(["“Issledovanie nabliudenii.”Tr.", "Glavnoi astronomicheskoi observatorii, 1958, vol. 72."],
                     "“Issledovanie nabliudenii.”Tr. Glavnoi astronomicheskoi observatorii, 1958, vol. 72.",
                     id="a-containers-abbreviated-first-word-at-the-lines-end"),
        pytest.param(["Indo-Iranian Frontier Languages, part 2, Oslo.", "1944; part 3, Oslo, 1956."],
                     "Indo-Iranian Frontier Languages, part 2, Oslo. 1944; part 3, Oslo, 1956.",
                     id="a-city-a-period-for-its-comma-then-its-year-below"),
        pytest.param(["Handbook of the Birds of Europe, the Middle East and North Africa,", "vol. 2. Oxford, 1980."],
                     "Handbook of the Birds of Europe, the Middle East and North Africa, vol. 2. Oxford, 1980.",
                     id="an-english-title-that-reads-as-prose-its-volume-below"),
        pytest.param(["Handbook of the Birds of Europe, the Middle East and North Africa, vol. 2. Oxford,", "1980."],
                     "Handbook of the Birds of Europe, the Middle East and North Africa, vol. 2. Oxford, 1980.",
                     id="an-english-title-that-reads-as-prose-its-year-below"),
    ],
)
def test_an_entry_wrapped_where_its_second_line_could_begin_another(lines, expected):
    text = ("Topic\n\n" + BODY + "\n\nREFERENCES\nGrzimeks Tierleben, vol. 7. Zürich, 1968.\n" + "\n".join(lines)
            + "\nDelacour, J. The Pheasants of the World, 2nd ed. London, 1977.\n")
    assert [" ".join(e.split()) for e in entries(text)] == [
        "Grzimeks Tierleben, vol. 7. Zürich, 1968.", expected,
        "Delacour, J. The Pheasants of the World, 2nd ed. London, 1977.",
    ]


def test_entries_wrapped_onto_several_lines():
    """A hard-wrapped page: a line that goes on with an entry cut off (no final period) joins it,
    a dash at the end of the line joined without a space; the span covers every line."""
    text = ("Topic\n\n" + BODY + "\nBerg, L. S. Ryby presnykh vod. Moscow-\nLeningrad, 1948.\n"
            "Nikol’skii, G. V. Chastnaia ikhtiologiia. Moscow,\n1971.\nZhizn’ zhivotnykh, vol. 4. Moscow, 1971."
            " Pages 23–\n45.\nIvanov, I. I. Poet, vol. 2\nPetrov, P. P. Poet. Moscow, 1964.\n"
            "Schatt, W. Pulvermetallurgie, Sinter-\nund Verbundwerkstoffe. Leipzig, 1979.\n")
    (block,) = segment(text).articles[0].blocks
    assert [e.text for e in block.entries] == [
        "Berg, L. S. Ryby presnykh vod. Moscow-Leningrad, 1948.",
        "Nikol’skii, G. V. Chastnaia ikhtiologiia. Moscow, 1971.",
        "Zhizn’ zhivotnykh, vol. 4. Moscow, 1971. Pages 23–45.",
        "Ivanov, I. I. Poet, vol. 2",  # the next line starts with an author: a new entry
        "Petrov, P. P. Poet. Moscow, 1964.",
        # (a hyphen that leaves its word open for the ending after "und" keeps the space the page printed)
        "Schatt, W. Pulvermetallurgie, Sinter- und Verbundwerkstoffe. Leipzig, 1979.",
    ]
    assert block.entries[0].span.slice(text) == "Berg, L. S. Ryby presnykh vod. Moscow-\nLeningrad, 1948."


@pytest.mark.parametrize(
    ("first_line", "second_line"),
    [
        pytest.param("Berg, A. I., Iu. I. Cherniak, and V. I. Siforov.", "Informatsiia. Moscow, 1966.",
                     id="authors-alone"),
        pytest.param("Berg, A. I. “Kibernetika v 1961.", "Ocherki.” Priroda, 1962, no. 5.", id="quote-left-open"),
        pytest.param("Berg, A. I. “Kibernetika.” Izvestiia, 1961, Oct.", "14.", id="date-cut-after-its-month"),
        pytest.param("Berg, A. I. Voprosy kibernetiki 1917–1937 gg.", "Sovetskie raboty. Moscow, 1961.",
                     id="years-of-a-title-are-no-imprint"),
        pytest.param("Ocherki po kibernetike, 2nd ed.", "Edited by A. I. Berg. Moscow, 1961.", id="editor-credit"),
        pytest.param("Kibernetika v SSSR 1917–1937 gg.", "Sovetskie raboty. Moscow, 1961.",
                     id="title-cut-after-its-years"),
        pytest.param("“Sergei Nikolaevich Blazhko” (obituary).", "Astronomicheskii zhurnal, 1956, vol. 33, issue 2.",
                     id="quoted-title-and-note-before-the-journal"),
        pytest.param("Berg, A. I. Problemy, vols. 1–2.", "[Introduction by A. N. Kolmogorov.] Moscow, 1960.",
                     id="bracketed-credit-before-the-imprint"),
        pytest.param("Berg, A. I., and Iu. I. Cherniak. Studies", "in the Economy of the Soviet Union. Oxford, 1935.",
                     id="english-title-that-reads-as-prose-cut-before-it"),
        pytest.param("Eikhenbaum, E. Ia. Studies in the Economy of the Soviet Union. New York,", "1929.",
                     id="english-title-that-reads-as-prose-cut-after-it"),
    ],
)
def test_an_entry_wrapped_onto_the_next_line(first_line, second_line):
    text = f"Topic\n\n{BODY}\nREFERENCES\n{first_line}\n{second_line}\nPetrov, P. P. Lesa. Leningrad, 1962.\n"
    (block,) = segment(text).articles[0].blocks
    assert [e.text for e in block.entries] == [f"{first_line} {second_line}", "Petrov, P. P. Lesa. Leningrad, 1962."]


@pytest.mark.parametrize(
    "glued",
    ["A. N. PETROVA", "The Great Soviet Encyclopedia, 3rd Edition (1970-1979). © 2010 The Gale Group, Inc."],
    ids=["signature", "copyright-line"],
)
def test_an_english_title_that_reads_as_prose_with_a_site_line_or_signature_glued_on(glued):
    text = f"Topic\n\n{BODY}\nREFERENCES\nStudies in the Economy of the Soviet Union. London, 1962.{glued}\n"
    assert entries(text) == ["Studies in the Economy of the Soviet Union. London, 1962."]


def test_a_title_like_piece_before_a_glued_site_line_begins_no_entry():
    """A line cut in two by a glued site line: the piece before it, read as a title, is no first line of
    the entry below (found by the fuzz campaign: the headword list was already emptied)."""
    text = (f"Topic\n\n{BODY}\nREFERENCES\nRytkheu: Bibliograficheskii ukazatel’. Magadan, 196The Great Soviet "
            "Encyclopedia, 3rd Edition (1970-1979). © 2010 The Gale Group, Inc. All rights reserved.w, 1972.\n"
            "Rytkheu: Bibliograficheskii ukazatel’. Magadan, 1960.\n")
    assert entries(text)[-1] == "Rytkheu: Bibliograficheskii ukazatel’. Magadan, 1960."


def test_an_english_title_in_a_block_is_an_entry_though_it_reads_as_prose():
    """"Studies in the Economy of the Soviet Union" holds two of running text's words, and no author."""
    text = (f"Topic\n\n{BODY}\nREFERENCES\nStudies in the Economy of the Soviet Union. London, 1962.\n"
            "Ivanov, I. I. Ocherki. Moscow, 1961.\nThe Peoples of the Soviet Union. New York, 1960.\n")
    (block,) = segment(text).articles[0].blocks
    assert [e.text for e in block.entries] == [
        "Studies in the Economy of the Soviet Union. London, 1962.", "Ivanov, I. I. Ocherki. Moscow, 1961.",
        "The Peoples of the Soviet Union. New York, 1960.",
    ]


@pytest.mark.parametrize(
    "finished",
    ["Lenin, V. I. “Tri istochnika.” Poln. sobr. soch., 5th ed., vol. 23.",
     "Ivanov, I. I. “Ocherki.” Voprosy istorii, 1960, no. 9 (34).",
     "Ivanov, I. I. “Ocherki.” Voprosy istorii, 1960, nos. 1–2."],
    ids=["volume", "double-number", "numbers"],
)
def test_an_entry_without_a_year_that_ends_with_its_number_is_finished(finished):
    """An author's entry that shows no imprint yet may go on ("Medvedev, G. S. Zhuki." / "Podsemeistvo …"),
    but not one that ended with its number: Lenin's works and journal articles print none."""
    text = f"Topic\n\n{BODY}\n{finished}\nOcherki istorii. Tbilisi, 1945.\n"
    (block,) = segment(text).articles[0].blocks
    assert [e.text for e in block.entries] == [finished, "Ocherki istorii. Tbilisi, 1945."]


def test_a_journals_numbers_are_a_sign_of_an_entry():
    text = f"Topic\n\n{BODY}\n\n“Ocherki istorii.” Voprosy istorii, 1960, nos. 1–2.\n"
    assert entries(text) == ["“Ocherki istorii.” Voprosy istorii, 1960, nos. 1–2."]


def test_a_page_count_at_the_end_of_a_line_is_no_label_awaiting_its_number():
    """"… vol." at the end of a line waits for its number on the next; "… 215 pp." has counted the pages."""
    text = ("Topic\n\n" + BODY + "\nIvanov, I. I. Ledniki. Moscow, 1950. 215 pp.\n"
            "Grosval’d, M. G. Pokrovnye ledniki. Moscow, 1983. (Itogi nauki, vol. 2.)\n"
            "Petrov, P. P. Ocherki. Moscow, 1958, vol.\n2.\n")
    (block,) = segment(text).articles[0].blocks
    assert [e.text for e in block.entries] == [
        "Ivanov, I. I. Ledniki. Moscow, 1950. 215 pp.",
        "Grosval’d, M. G. Pokrovnye ledniki. Moscow, 1983. (Itogi nauki, vol. 2.)",
        "Petrov, P. P. Ocherki. Moscow, 1958, vol. 2.",
    ]


def test_an_entry_whose_first_word_alone_fills_a_narrow_line():
    """Wrapped at 35, "Proletarskii" fills its line (the next word is too long to fit) and the title goes on in
    lowercase: one entry (the word was lost)."""
    entry = "Proletarskii internatsionalizm—vysshii printsip vneshnei politiki SSSR. Moscow, 1977."
    text = ("Topic\n\n" + textwrap.fill(BODY.strip(), 35) + "\n\nREFERENCES\n\nNarody Sibiri. Moscow, 1956.\n"
            + textwrap.fill(entry, 35) + "\n")
    assert textwrap.fill(entry, 35).split("\n")[0] == "Proletarskii"
    assert entries(text) == ["Narody Sibiri. Moscow, 1956.", entry]


def test_wrapped_entry_whose_first_line_reads_as_a_title():
    """The first line of a block, cut off, reads as a title (no period); the next goes on with it.
    An imprint alone on its line ends the entry before it; an author alone begins the next."""
    text = ("Topic\n\n" + BODY + "\nProgrammnye dokumenty bor’by za mir, demokratiiu i\nsotsializm. Moscow, 1961.\n"
            "Selunskaia, V. M. Rabochii klass i Oktiabr’ v derevne.\nMoscow, 1968.\nLar’kin, V. G.\n"
            "Udegeitsy. Vladivostok, 1958.\n")
    seg = segment(text)
    assert seg.title == "Topic"
    (block,) = seg.articles[0].blocks
    assert [e.text for e in block.entries] == [
        "Programmnye dokumenty bor’by za mir, demokratiiu i sotsializm. Moscow, 1961.",
        "Selunskaia, V. M. Rabochii klass i Oktiabr’ v derevne. Moscow, 1968.",
        "Lar’kin, V. G. Udegeitsy. Vladivostok, 1958.",
    ]


def test_journal_ibid_after_a_finished_entry_is_an_entry_of_its_own():
    """A line that opens with "Ibid." goes on with an entry cut off, but after one that ended with its
    numbers it is the next issue of the same journal."""
    text = ("Topic\n\n" + BODY + "\nKyzlasov, L. R. “Etapy.” Vestnik MGU, 1958, no. 4.\nIbid., 1959, no. 1.\n"
            "Engels, F. “Anti-Diuring.”\nIbid., vol. 20.\n")
    (block,) = segment(text).articles[0].blocks
    assert [e.text for e in block.entries] == [
        "Kyzlasov, L. R. “Etapy.” Vestnik MGU, 1958, no. 4.",
        "Ibid., 1959, no. 1.",
        "Engels, F. “Anti-Diuring.” Ibid., vol. 20.",
    ]


def test_ibid_after_an_entry_with_a_container_of_its_own_is_an_entry_of_its_own():
    """After an entry that ended with the numbers of the book it is in, "Ibid." opens another volume of it."""
    text = ("Topic\n\n" + BODY + "\nLenin, V. I. “O kooperatsii.” Ibid., vol. 45.\nIbid., vol. 44, pp. 151–52.\n"
            "Marx, K. “Tezisy.” In K. Marx and F. Engels, Soch., 2nd ed., vol. 3.\nIbid., vol. 4.\n")
    (block,) = segment(text).articles[0].blocks
    assert [e.text for e in block.entries] == [
        "Lenin, V. I. “O kooperatsii.” Ibid., vol. 45.",
        "Ibid., vol. 44, pp. 151–52.",
        "Marx, K. “Tezisy.” In K. Marx and F. Engels, Soch., 2nd ed., vol. 3.",
        "Ibid., vol. 4.",
    ]


def test_an_entry_whose_title_a_narrow_page_cut_twice():
    """Two title-like lines in a block, then the rest of the entry: one entry, none of them a headword."""
    text = ("Kuprin\n\n" + BODY + "\nKuleshov, F. I. Tvorcheskii put’ A. I.\nKuprina. Minsk, 1963.\n"
            "Istoriia russkoi literatury kontsa\nXIX–nachala XX veka: Bibliograficheskii\n"
            "ukazatel’. Edited by K. D. Muratova. Moscow-\nLeningrad, 1963.\n")
    assert entries(text) == [
        "Kuleshov, F. I. Tvorcheskii put’ A. I. Kuprina. Minsk, 1963.",
        ("Istoriia russkoi literatury kontsa XIX–nachala XX veka: Bibliograficheskii ukazatel’. Edited by "
        "K. D. Muratova. Moscow-Leningrad, 1963."),
    ]


def test_a_note_after_a_title_that_names_its_years_is_no_entry():
    """A title that ends with years, then a bracketed note and the imprint: one entry."""
    text = "Topic\n\n" + BODY + "\nV. I. Bazhenov: 1737–1799. [Catalog of an exhibition.] Moscow, 1989.\n"
    assert entries(text) == ["V. I. Bazhenov: 1737–1799. [Catalog of an exhibition.] Moscow, 1989."]


@pytest.mark.parametrize(
    "entry",
    [
        pytest.param("Tagor: 1861–1961. Sb. st. Moscow, 1961.", id="a-jubilees-collection"),
        pytest.param("Pushkin: 1799–1949. Materialy iubileinykh torzhestv. Moscow-Leningrad, 1951.",
                     id="a-jubilees-materials"),
    ],
)
def test_a_title_whose_subtitle_is_its_years_is_no_entry_of_its_own(entry):
    """A title and the years a jubilee marks, then a sentence and the imprint: one entry."""
    assert entries("Topic\n\n" + BODY + "\n" + entry + "\n") == [entry]


def test_entry_ending_with_ibid_is_whole():
    """A work "Ibid." puts in the container of the entry before is whole: the collective work on the
    next line, which names no author, begins an entry of its own."""
    whole = ["Lenin, V. I. Velikii pochin. Ibid.",
             "KPSS v rezoliutsiiakh i resheniiakh s”ezdov, 8th ed., vols. 1–2. Moscow, 1970."]
    assert entries("Topic\n\n" + BODY + "\n" + "\n".join(whole) + "\n") == whole


def test_page_that_sets_every_line_apart():
    """Each line its own paragraph: one blank line between entries, two between blocks."""
    text = ("Topic\n\n" + BODY.replace("\n", "\n\n") + "\n\nStikhi. Moscow, 1936.\n\nPoemy. Moscow, 1940.\n\n\n"
            "Ivanov, I. I. Poet. Moscow, 1963.\n\nPetrov, P. P. Poet. Moscow, 1964.\n")
    blocks = segment(text).articles[0].blocks
    assert [len(b.entries) for b in blocks] == [2, 2]


@pytest.mark.parametrize(
    ("bibliography", "expected"),
    [
        pytest.param("Narody Sibiri. Moscow, 1956.REFERENCESLar’kin, V. G. Udegeitsy. Vladivostok, 1958.\n",
                     [("", ["Narody Sibiri. Moscow, 1956."]),
                      (REFERENCES, ["Lar’kin, V. G. Udegeitsy. Vladivostok, 1958."])], id="glued-heading"),
        pytest.param("Narody Sibiri. Moscow, 1956.The Great Soviet Encyclopedia, 3rd Edition (1970-1979). © 2010 "
                     "The Gale Group, Inc.\n", [("", ["Narody Sibiri. Moscow, 1956."])], id="glued-site-line"),
        pytest.param("Narody Sibiri. Moscow, 1956.\nA. N. PETROVAThe Great Soviet Encyclopedia, 3rd Edition "
                     "(1970-1979). © 2010 The Gale Group, Inc.\n", [("", ["Narody Sibiri. Moscow, 1956."])],
                     id="site-line-glued-to-the-signature"),
        pytest.param("Narody Sibiri. Moscow, 1956. Lar’kin, V. G. Udegeitsy. Vladivostok, 1958. Pages 5–7. "
                     "Marx, K. “Klassovaia bor’ba.” In K. Marx and F. Engels, Soch., 2nd ed., vol. 7. "
                     "Engels, F. Anti-Dühring. Moscow, 1966.\n",
                     [("", ["Narody Sibiri. Moscow, 1956.", "Lar’kin, V. G. Udegeitsy. Vladivostok, 1958. Pages 5–7.",
                            "Marx, K. “Klassovaia bor’ba.” In K. Marx and F. Engels, Soch., 2nd ed., vol. 7.",
                            "Engels, F. Anti-Dühring. Moscow, 1966."])], id="entries-on-one-line"),
        pytest.param("KPSS v rezoliutsiiakh, 8th ed., vols. 1–10. Moscow, 1970–72. (See index.)\n",
                     [("", ["KPSS v rezoliutsiiakh, 8th ed., vols. 1–10. Moscow, 1970–72. (See index.)"])],
                     id="imprint-after-a-volume-range-is-no-new-entry"),
        pytest.param("Khadakhane, M. “Syn zemli.” Sibirskie ogni, 1968, no. 11. Pisateli Tuvy: Spravochnik. Kyzyl, "
                     "1970. “Luchi komety.” Astronomicheskii zhurnal, 1956, vol. 33, issue 6. “Khvosty komet.” Ibid., "
                     "1957, vol. 34, issue 2.\n",
                     [("", ["Khadakhane, M. “Syn zemli.” Sibirskie ogni, 1968, no. 11.",
                            "Pisateli Tuvy: Spravochnik. Kyzyl, 1970.",
                            "“Luchi komety.” Astronomicheskii zhurnal, 1956, vol. 33, issue 6.",
                            "“Khvosty komet.” Ibid., 1957, vol. 34, issue 2."])],
                     id="entries-on-one-line-after-a-journal-issue"),
    ],
)
def test_entries_run_together(bibliography, expected):
    text = "Topic\n\n" + BODY + "\n" + bibliography
    blocks = segment(text).articles[0].blocks
    assert [(b.kind, [e.text for e in b.entries]) for b in blocks] == expected


def test_spans_point_into_the_text():
    text = "Udegei\n" + BODY + "REFERENCES\nNarody Sibiri. Moscow, 1956.Lar’kin, V. G. Udegeitsy. Vladivostok, 1958.\n"
    for article in segment(text).articles:
        for block in article.blocks:
            for entry in block.entries:
                assert text[entry.span.start : entry.span.end] == entry.text


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("", id="empty"),
        pytest.param("\n\n \n", id="blank"),
        pytest.param("Title only", id="title-only"),
        pytest.param(BODY, id="body-only"),
    ],
)
def test_pages_without_bibliography(text):
    assert entries(text) == []


def test_an_entry_ends_with_a_bracketed_year():
    text = (
        "Hydrology\n" + BODY + "Schumm, S. A. The Fluvial System. New York [1977].\n"
        "Gidrometeorologicheskii rezhim ozer. Leningrad, 1970.\n"
    )
    assert entries(text) == ["Schumm, S. A. The Fluvial System. New York [1977].",
                             "Gidrometeorologicheskii rezhim ozer. Leningrad, 1970."]


def test_a_paragraph_that_cites_a_source_across_a_line_break_is_body_text():
    text = (
        "Tolstoi, Lev Nikolaevich\n\nBorn Aug. 28 (Sept. 9), 1828; died Nov. 7 (20), 1910. Russian writer.\n\n"
        "Lenin called Tolstoi “the mirror of the Russian revolution” (Poln. sobr. soch.,\n"
        "5th ed., vol. 17, p. 206). Tolstoi himself wrote of his method (Poln. sobr.\n"
        "soch. [Jubilee edition], vol. 62, 1953, p. 269).\n\n"
        "WORKS\n\nSobr. soch., vols. 1–22. Moscow, 1978–85.\n"
    )
    assert entries(text) == ["Sobr. soch., vols. 1–22. Moscow, 1978–85."]


def test_a_paragraph_line_that_opens_a_parenthesis_goes_on_with_the_paragraph():
    text = (
        "Dialectics\n\nThe resolution said so (KPSS v rezoliutsiiakh, 8th ed., vol. 2, 1970, p. 45).\n"
        "Hegel also (G. W. F. Hegel, Nauka logiki, vol. 1, Moscow,\n"
        "1970, p. 140). The journal noted (Kommunist, 1975, no. 3, p.\n"
        "17). The newspaper wrote (Pravda, Jan. 5, 1970).\n\n"
        "Il’enkov, E. V. Dialekticheskaia logika. Moscow, 1974.\n"
    )
    assert entries(text) == ["Il’enkov, E. V. Dialekticheskaia logika. Moscow, 1974."]


def test_an_english_journal_title_that_reads_as_prose_goes_on_an_unfinished_entry():
    text = (
        "Helium\n" + BODY + "\nKapitsa, P. L. Nauchnye trudy. Moscow, 1989.\n"
        "Smith, J. “Further Experiments with Liquid Helium.”\n"
        "Communications from the Physical Laboratory of the University of Leiden,\n1911, no. 120b.\n"
        "Ivanov, I. I. Gelii. Moscow, 1970.\n"
    )
    assert entries(text) == [
        "Kapitsa, P. L. Nauchnye trudy. Moscow, 1989.",
        ("Smith, J. “Further Experiments with Liquid Helium.” Communications from the Physical Laboratory of the "
         "University of Leiden, 1911, no. 120b."),
        "Ivanov, I. I. Gelii. Moscow, 1970.",
    ]


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        pytest.param(["Arakelian, B. N. Goroda i remesla, vol. 1.", "Yerevan, 1958; 2nd ed., vol. 1, 1964."],
                     "Arakelian, B. N. Goroda i remesla, vol. 1. Yerevan, 1958; 2nd ed., vol. 1, 1964.",
                     id="imprint-then-a-later-edition"),
        pytest.param(["Berg, L. S. Ryby presnykh vod SSSR, 4th ed., part 1.", "Moscow-", "Leningrad, 1948."],
                     "Berg, L. S. Ryby presnykh vod SSSR, 4th ed., part 1. Moscow-Leningrad, 1948.",
                     id="a-city-cut-at-its-dash"),
        pytest.param(["Kittel, C. Vvedenie v fiziku tverdogo tela. Moscow, 1978.", "Chapter 12."],
                     "Kittel, C. Vvedenie v fiziku tverdogo tela. Moscow, 1978. Chapter 12.", id="a-chapter-alone"),
        pytest.param(["Sharlo, G. Metody analiticheskoi khimii. Moscow, 1965.", "Part 1, pp. 58–63."],
                     "Sharlo, G. Metody analiticheskoi khimii. Moscow, 1965. Part 1, pp. 58–63.", id="a-part-alone"),
        pytest.param(["Trapeznikov, S. P. Leninizm i agrarno-krest’ianskii vopros, vols. 1–2.", "Moscow,1967."],
                     "Trapeznikov, S. P. Leninizm i agrarno-krest’ianskii vopros, vols. 1–2. Moscow,1967.",
                     id="an-imprint-alone-that-lost-the-space-after-its-comma"),
        pytest.param(["Koi-Krylgan-kala. Moscow, 1967.", "(Tr. Khorezmskoi arkheologoetnograficheskoi",
                      "ekspeditsii, vol. 5)."],
                     "Koi-Krylgan-kala. Moscow, 1967. (Tr. Khorezmskoi arkheologoetnograficheskoi "
                     "ekspeditsii, vol. 5).",
                     id="a-note-cut-where-the-page-wraps"),
        pytest.param(["Platonov, S. F. Lektsii po russkoi istorii, 10th ed. Petrograd, 1917.", "215 pp."],
                     "Platonov, S. F. Lektsii po russkoi istorii, 10th ed. Petrograd, 1917. 215 pp.",
                     id="a-page-count-alone"),
        pytest.param(["Shumskii, P. A. “Ice and Its Changes.” In Research in Geophysics, vol. 2.",
                      "Cambridge (Mass.), 1964."],
                     "Shumskii, P. A. “Ice and Its Changes.” In Research in Geophysics, vol. 2. "
                     "Cambridge (Mass.), 1964.",
                     id="a-city-and-its-state-alone"),
    ],
)
def test_a_line_that_goes_on_the_entry_before(lines, joined):
    text = "Topic\n" + BODY + "\n" + "\n".join(lines) + "\nIvanov, I. I. Gelii. Moscow, 1970.\n"
    assert entries(text) == [joined, "Ivanov, I. I. Gelii. Moscow, 1970."]


def test_a_paragraph_line_with_a_sentence_inside_is_no_second_headword():
    text = (
        "Brecht, Bertolt\n\nBorn Feb. 10, 1898; died Aug. 14, 1956. German writer and director.\n\n"
        "Brecht founded the Berliner Ensemble theater in 1949. His plays include Mother\n"
        "Courage and Her Children (1939).\n\nWORKS\nArbeitsjournal, vols. 1–2. Frankfurt am Main, 1973.\n"
    )
    seg = segment(text)
    assert [a.title for a in seg.articles] == ["Brecht, Bertolt"]
    assert seg.articles[0].subject is not None and len(seg.articles[0].blocks) == 1


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("In Russian translation: Narspi. Moscow, 1960; Stikhotvoreniia i poemy. Cheboksary, 1975.",
                     ["Narspi. Moscow, 1960", "Stikhotvoreniia i poemy. Cheboksary, 1975."],
                     id="two-works-a-semicolon-parts"),
        pytest.param("Narspi. Moscow, 1960; Leningrad, 1965.", ["Narspi. Moscow, 1960; Leningrad, 1965."],
                     id="a-second-imprint-is-no-entry"),
        pytest.param("Narspi. Moscow, 1960; 2nd ed., 1965.", ["Narspi. Moscow, 1960; 2nd ed., 1965."],
                     id="a-later-edition-is-no-entry"),
    ],
)
def test_entries_a_semicolon_parts(line, expected):
    assert entries("Topic\n" + BODY + "\nWORKS\n" + line + "\n") == expected


@pytest.mark.parametrize(
    "entry",
    [
        pytest.param("Ocherki istorii, vol. 1, book 1. Introduction by I. I. Ivanov. Moscow, 1900.", id="after-a-book"),
        pytest.param("Trudy, issue 2. Foreword and notes by P. P. Petrov. Moscow, 1900.", id="after-an-issue"),
        pytest.param("Zhizn’ zhivotnykh, vol. 2. Moscow, 1969. Afterword by A. Ivanov.", id="after-the-year"),
        pytest.param("Ocherki istorii, vol. 1, book 1. [Introduction by I. I. Ivanov.] Moscow, 1900.",
                     id="in-brackets-after-a-book"),
    ],
)
def test_a_credit_after_an_entrys_numbers_is_no_entry(entry):
    """Found by the grammar's exploration: "book 1." then "Introduction by …" is the same entry."""
    assert entries("Topic\n" + BODY + "\nREFERENCES\nOcherki. Moscow, 1900. " + entry + "\n") == [
        "Ocherki. Moscow, 1900.", entry]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("Chaikovskii, P. I. Muzykal’no-kriticheskie stat’i. Moscow, 1953. Dnevniki, 1873–1891. "
                     "Moscow-Petrograd, 1923.",
                     ["Chaikovskii, P. I. Muzykal’no-kriticheskie stat’i. Moscow, 1953.",
                      "Dnevniki, 1873–1891. Moscow-Petrograd, 1923."], id="a-title-with-its-years-is-an-entry"),
        pytest.param("Vasil’ev, N. A. Ovtsevodstvo. Moscow, 1979. Ovtsevodstvo, 1975, no. 4, pp. 16–19.",
                     ["Vasil’ev, N. A. Ovtsevodstvo. Moscow, 1979.", "Ovtsevodstvo, 1975, no. 4, pp. 16–19."],
                     id="a-journals-issue-is-an-entry"),
        pytest.param("Kowalski, J. Hydrologia ogólna. Warsaw, 1970. Gor’kii, M. Detstvo. Moscow, 1950.",
                     ["Kowalski, J. Hydrologia ogólna. Warsaw, 1970.", "Gor’kii, M. Detstvo. Moscow, 1950."],
                     id="an-author-named-as-a-city-is-an-entry"),
        pytest.param("Narspi. Moscow, 1956. Leningrad, 1960.", ["Narspi. Moscow, 1956. Leningrad, 1960."],
                     id="a-second-imprint-is-no-entry"),
        pytest.param("Pan Tadeusz. Warsaw, 1956. Kraków, 1960.", ["Pan Tadeusz. Warsaw, 1956. Kraków, 1960."],
                     id="a-second-imprint-in-a-city-the-table-knows-the-language-of"),
        pytest.param("Istoriia Armianskoi SSR. Yerevan, 1967. (In Armenian.) Sovetakan Hayastan, 1970, no. 11.",
                     ["Istoriia Armianskoi SSR. Yerevan, 1967. (In Armenian.)", "Sovetakan Hayastan, 1970, no. 11."],
                     id="a-journal-named-in-two-words-after-a-note"),
        pytest.param("Narspi. Moscow, 1956. (Reprint.) Leningrad, 1960.",
                     ["Narspi. Moscow, 1956. (Reprint.) Leningrad, 1960."], id="a-second-imprint-after-a-note"),
        pytest.param("Problemy vulkanizma. Petropavlovsk-Kamchatskii, 1964. Byulleten’ vulkanologicheskoi stantsii, "
                     "1937– . Vulkany Kamchatki, vols. 1–2. Moscow, 1991.",
                     ["Problemy vulkanizma. Petropavlovsk-Kamchatskii, 1964.",
                      "Byulleten’ vulkanologicheskoi stantsii, 1937– .", "Vulkany Kamchatki, vols. 1–2. Moscow, 1991."],
                     id="a-serials-title-and-run-alone-is-an-entry"),
        pytest.param("Tabellen, vols. 1–2. Berlin, 1935. Kristallografiia, 1956– . (Journal.) Niggli, P. Lehrbuch. "
                     "Berlin, 1941.",
                     ["Tabellen, vols. 1–2. Berlin, 1935.", "Kristallografiia, 1956– . (Journal.)",
                      "Niggli, P. Lehrbuch. Berlin, 1941."], id="a-note-after-a-run-still-going-ends-the-entry"),
        pytest.param("Narspi. Moscow, 1936. Reprinted Moscow, 1960.", ["Narspi. Moscow, 1936. Reprinted Moscow, 1960."],
                     id="a-reprint-is-no-serial"),
        pytest.param("Ivanov, I. I., et al. Ocherki istorii, vol. 1, book 1. St. Petersburg, 1900. Pages 5–7.",
                     ["Ivanov, I. I., et al. Ocherki istorii, vol. 1, book 1. St. Petersburg, 1900. Pages 5–7."],
                     id="an-imprint-whose-city-has-a-period-is-no-entry"),
        pytest.param("Smoliak, A. V. Khoziaistvo. Moscow, 1984. Candidate’s dissertation. Zolotarev, A. M. Rodovoi "
                     "stroi. Khabarovsk, 1939.",
                     ["Smoliak, A. V. Khoziaistvo. Moscow, 1984. Candidate’s dissertation.",
                      "Zolotarev, A. M. Rodovoi stroi. Khabarovsk, 1939."],
                     id="a-thesis-kind-after-the-year-then-an-author"),
        pytest.param("Davies, R. W. The Socialist Offensive, 1929–1930. Cambridge, MA: Harvard University Press, 1980.",
                     [("Davies, R. W. The Socialist Offensive, 1929–1930. Cambridge, MA: Harvard University Press, "
                       "1980.")], id="a-title-with-its-years-then-a-city-its-postal-state-and-a-publisher"),
    ],
)
def test_entries_run_together_after_a_year_with_a_title_and_its_years(line, expected):
    """After "City, Year." a capitalized word and a year is a second imprint only when the word is a city."""
    assert entries("Topic\n" + BODY + "\nREFERENCES\n" + line + "\n") == expected


@pytest.mark.parametrize(
    "work",
    [
        pytest.param("Saylanan ëserler. [Introduction by A. Ulugberdiev and\nA. Charïguliev.] Ashkhabad, 1962.",
                     id="cut-inside-the-bracket"),
        pytest.param("Saylanan ëserler. [Introduction by\nA. Ulugberdiev and A. Charïguliev.]\nAshkhabad, 1962.",
                     id="cut-after-its-opening-and-after-its-end"),
    ],
)
def test_a_work_with_a_bracketed_credit_cut_off_after_body_text_is_an_entry(work):
    """The second, as a page wrapped at 35 cuts it: the first line is title-like, but leaves its bracket open."""
    text = (
        "Miatadzhi, Annaklych\n\nBorn 1900; died 1962. Soviet Turkmen poet.\n\n"
        "He also described the labor of the plowman (“Wheat”).\n\n\n" + work + "\n"
    )
    assert entries(text) == [
        "Saylanan ëserler. [Introduction by A. Ulugberdiev and A. Charïguliev.] Ashkhabad, 1962."
    ]


def test_a_biographys_nationality_after_a_line_that_ends_in_a_soft_sign_is_read():
    """"Kakhabroso, present-day Untsukul’" / "Raion; …": the soft sign ends no sentence; "Avar poet" three lines
    later is in the same paragraph, and tells the language of the works."""
    text = ("Makhmud\n\n(pen name of Makhmud Magomedov).\nBorn circa 1870, in the village of\n"
            "Kakhabroso, present-day Untsukul’\nRaion; died in 1919, in the village\n"
            "of Igali, present-day Gumbetovskii\nRaion, Dagestan ASSR. Avar poet.\n\nWORKS\n\n"
            "Roqul asaral. Makhachkala, 1948.\n")
    (article,) = segment(text).articles
    assert article.subject_language == "av"


@pytest.mark.parametrize(
    "paragraph",
    [
        pytest.param("The son of a peasant, Chunizhekov was first\npublished in 1925.", id="a-verb-then-lowercase"),
        pytest.param("Gadzhiev’s first collections of poetry were\nHighland Songs (1931) and Selected Works (1936).",
                     id="a-verb-at-the-line-end"),
        pytest.param("Bashirov was born into a peasant family. He\ngraduated from the Institute in Kazan.",
                     id="a-short-line-with-a-sentence-inside"),
        pytest.param("Orlov graduated from Moscow University in\n1929. He taught there.",
                     id="a-word-no-sentence-ends-with"),
    ],
)
def test_a_short_paragraph_line_of_a_narrow_page_is_no_second_headword(paragraph):
    text = ("Gadzhiev, Zaid\n\nBorn Feb. 20, 1898, in the village of Khunzakh.\nSoviet Avar poet.\n\n"
            + paragraph + "\n\nWORKS\nMoi rodnoi aul. Moscow, 1959.\n")
    seg = segment(text)
    assert [a.title for a in seg.articles] == ["Gadzhiev, Zaid"] and seg.articles[0].subject is not None


def test_an_entry_glued_on_and_cut_where_the_page_wraps_is_no_headword():
    text = ("Vasil’ev, Nikolai\n\nBorn 1886. Soviet Chuvash poet.\n\nWORKS\n"
            "Chävash khalapěsem. Simbirsk, 1908.S’urkhi\nkěvěsem. Cheboksary, 1928.\n")
    seg = segment(text)
    assert [a.title for a in seg.articles] == ["Vasil’ev, Nikolai"]
    assert entries(text) == ["Chävash khalapěsem. Simbirsk, 1908.", "S’urkhi kěvěsem. Cheboksary, 1928."]


def test_a_signature_in_capitals_cut_where_the_page_wraps_is_no_entry():
    text = "Topic\n" + BODY + "\nSirotkin, M. Ocherki, 2nd ed. Cheboksary, 1967.M. IA.\nSIROTKIN\n"
    assert entries(text) == ["Sirotkin, M. Ocherki, 2nd ed. Cheboksary, 1967."]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param("Ocherki istorii istorii istorii: Ocherki istorii, in 2 vols. Moscow-", "Leningrad, 1900.",
                     id="volumes-counted"),
        pytest.param("Ocherki istorii istorii istorii: Ocherki istorii, in 2 vols. Edited by",
                     "I. I. Ivanov. Moscow, 1900.", id="an-editor"),
        pytest.param("Ocherki istorii istorii istorii istorii istorii: Ocherki istorii, in 2", "vols. Moscow, 1900.",
                     id="volumes-counted-cut-before-vols"),
        pytest.param("Ocherki istorii istorii istorii literatury nauki: Ocherki literatury, in",
                     "2 vols. Moscow, 1900.", id="volumes-counted-cut-after-in"),
        pytest.param("Ocherki istorii istorii nauki Sibiri ekonomiki: Problemy literatury, in",
                     "2 vols. Moscow, 1900.", id="volumes-counted-cut-after-in-few-russian-endings"),
    ],
)
def test_an_entry_whose_apparatus_is_in_english_is_no_paragraph(first, second):
    text = ("Kholmogory Cattle\n\nA breed of dairy cattle developed in the 18th century in Arkhangel’sk\n"
            f"Province by crossing local cattle with imported breeds.\n\n{first}\n{second}\n")
    assert entries(text) == [f"{first}{'' if first.endswith('-') else ' '}{second}"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param("Materialism and Empiriocriticism: Critical", "Comments on a Reactionary Philosophy",
                     id="second-line-capitalized"),
        pytest.param("Materialism and Empiriocriticism: Critical Comments", "on a Reactionary Philosophy",
                     id="second-line-in-lowercase"),
    ],
)
def test_a_headword_cut_where_a_narrow_page_wraps_is_whole(first, second):
    body = ("one of V. I. Lenin’s basic philosophical works,\nwritten in 1908 and first published in 1909. The\n"
            "book was written during the period of reaction.\n")
    seg = segment(f"{first}\n{second}\n\n\n{body}")
    assert seg.title == "Materialism and Empiriocriticism: Critical Comments on a Reactionary Philosophy"


def test_a_headwords_qualifier_cut_onto_the_next_line_goes_with_it():
    text = ("Ukrainian Soviet Socialist Republic\n(Literature)\n\n\nUkrainian literature developed from the "
            "literature of Kievan Rus’.\n")
    assert segment(text).title == "Ukrainian Soviet Socialist Republic (Literature)"


def test_works_after_a_heading_wrapped_with_a_year_cut_off():
    """"WORKS: Stikhi. Moscow, 1936. Poemy. Moscow," / "1940.": the second work is an entry of its own."""
    text = ("Ivanov, Ivan Ivanovich\n\nBorn 1900; died 1970. Soviet Russian poet.\n\n"
            "WORKS: Stikhi. Moscow, 1936. Poemy. Moscow,\n1940.\n")
    assert entries(text) == ["Stikhi. Moscow, 1936.", "Poemy. Moscow, 1940."]


def test_glued_entries_whose_english_titles_read_as_prose_are_entries():
    printed = ["Ocherki istorii. Moscow, 1900.", "Lenin, V. I. “Ocherki istorii.” Poln. sobr. soch., 5th ed., vol. 1.",
               "Studies in the Economy of the Soviet Union. London, 1900.",
               "Studies in the Economy of the Soviet Union. London, 1900.",
               "“Ocherki istorii.” Voprosy istorii, 1900, nos. 1–2."]
    assert entries("Topic\n" + BODY + "\n" + "".join(printed) + "\n") == printed


@pytest.mark.parametrize(
    "lines",
    [
        pytest.param(["In Russian translation: Narspi. Moscow, 1960; Stikhotvoreniia i poemy.", "Cheboksary, 1975."],
                     id="title-before-the-break"),
        pytest.param(["In Russian translation: Narspi. Moscow, 1960;", "Stikhotvoreniia i poemy. Cheboksary, 1975."],
                     id="break-after-the-semicolon"),
        pytest.param(["In Russian translation: Narspi. Moscow, 1958–60;", "Stikhotvoreniia i poemy. Cheboksary, 1975."],
                     id="break-after-the-semicolon-after-years"),
    ],
)
def test_works_a_semicolon_parts_on_a_wrapped_page(lines):
    text = "Topic\n" + BODY + "\nWORKS\n" + "\n".join(lines) + "\n"
    first = "Narspi. Moscow, 1958–60" if "1958" in lines[0] else "Narspi. Moscow, 1960"
    assert [" ".join(e.split()) for e in entries(text)] == [first, "Stikhotvoreniia i poemy. Cheboksary, 1975."]


def test_a_semicolon_alone_between_entries_is_kept_with_one_of_them():
    text = "Topic\n" + BODY + "\nWORKS\nStikhi. Moscow, 1960.\n;\nLirika. Kazan, 1961.\n"
    found = entries(text)
    assert all(e.strip() for e in found) and "".join(found).count(";") == 1


def test_a_paragraph_cut_before_table_names_no_table():
    text = ("Kazakh Literature\n\nThe literature of the Kazakh people was rich. Its alphabet (see\n"
            "Table 1) changed in 1940. Lenin praised it (see V. I. Lenin, "
            "Poln. sobr.\nsoch., 5th ed., vol. 24, p. 120). The article on Abai.\n\n"
            "Istoriia kazakhskoi literatury, vols. 1–3. Alma-Ata, 1968–71.\n")
    seg = segment(text)
    assert len(seg.body) == 1 and text[seg.body[0].start : seg.body[0].end].endswith("The article on Abai.")


def test_a_full_line_of_a_page_wrapped_narrow_is_a_paragraphs():
    text = ("Zverev, Mitrofan Stepanovich\n\nBorn 1850; died 1925. Soviet astronomer,\n"
            "corresponding member of the Academy.\n\nZverev graduated from Moscow University\n"
            "in 1875 and taught there for many years.\n\nWORKS\nIzbrannye trudy. Moscow, 1960.\n")
    seg = segment(text)
    assert [a.title for a in seg.articles] == ["Zverev, Mitrofan Stepanovich"]
    assert [text[span.start : span.end].split()[0] for span in seg.body] == ["Born", "Zverev"]


def test_a_line_of_spaces_after_a_title_like_line_of_a_wrapped_page_is_blank():
    """Found by the fuzz campaign: the next line's first word was read from a line of spaces."""
    text = ("Topic\n\nA people of the Far East, who live along the rivers.\n\n"
            "Their chief occupations: hunting and fishing\n \nIvanov, I. I. Udegeitsy. Moscow, 1958.\n")
    assert entries(text) == ["Ivanov, I. I. Udegeitsy. Moscow, 1958."]


@pytest.mark.parametrize(
    "block",
    [
        # "In" alone above " Russian translation:", dropped from the entries but left among the block's lines
        pytest.param("[Khiazhiev, a rishcharal kuchidul. Makhachkala, 1936.\nMagiarda tsivabi. Makhachkala, 1962.\n"
                     "In\n Russian translation:\nIzbrannye stikhi. Makhachkala, 1959.\n",
                     id="a-labels-first-word-alone-on-a-line"),
        # "In Russian " before an inline label, its line's piece holding the blank after it
        pytest.param("WORKS\nNam Cao. Truyen ngan. Hanoi, 1960.\nIn Russian In Russian translation:\n"
                     "translation:\nOzhidanie. Moscow, 1963.\n", id="a-labels-first-words-before-an-inline-label"),
        # "Russian" at the line's end, glued to "In", read as a label's first word
        pytest.param("REFERENCES\nNarody Sibiri. Moscow-Leningrad, 1956. (BibliographyIn Russian\ntranslation:.)\n",
                     id="a-labels-words-glued-to-a-word-at-a-lines-end"),
    ],
)
def test_a_labels_words_cut_where_the_page_wraps_lose_no_text(block):
    """Found by the fuzz campaign: a label's first words cut off an entry, but not off the block's line, read as
    lost."""
    from gsecite.extract import lost_characters

    text = "Topic\n" + BODY + block
    doc = extract(text)
    assert lost_characters(text, doc.references, doc.citations) == []


@pytest.mark.parametrize("author", ["De Gennes, P.", "Van der Waerden, B. L."])
def test_an_author_with_a_particle_starts_an_entry(author):
    text = ("Topic\n" + BODY + "\nGinzburg, V. L. O sverkhprovodimosti. Moscow, 1960\n"
            f"{author} Sverkhprovodimost’ metallov i splavov. Moscow, 1968.\n")
    assert len(entries(text)) == 2


@pytest.mark.parametrize("headword", ["Phanagoria (ancient city)", "Kama (river)", "Ukrainian SSR (Literature)"])
def test_a_headword_with_its_qualifier(headword):
    text = (f"{headword}\n\nAn ancient Greek city on the Taman’ Peninsula, founded in the sixth century.\n\n"
            "Kobylina, M. M. Fanagoriia. Moscow, 1956.\n")
    assert segment(text).title == headword
    assert entries(text) == ["Kobylina, M. M. Fanagoriia. Moscow, 1956."]


def test_a_work_with_a_qualifier_in_a_block_is_an_entry():
    text = "Olyk, Ipai\n\nBorn 1912; died 1943. Soviet Mari poet.\n\nWORKS\nStikhi (poems)\nPoemy. Ioshkar-Ola, 1960.\n"
    assert entries(text) == ["Stikhi (poems)", "Poemy. Ioshkar-Ola, 1960."]


def test_an_entry_cut_after_a_sentence_of_its_title_where_a_narrow_page_wraps():
    text = ("Ob’\n\nThe Ob’ is a river in Western Siberia and one of the largest\nrivers in the USSR.\n\n"
            "Sovetskii Soiuz: Geograficheskoe opisanie v 22 tomakh.\nZapadnaia Sibir’. Moscow, 1971.\n"
            "Resursy poverkhnostnykh vod SSSR, vol. 15, issue 2.\nLeningrad, 1972.\n")
    assert entries(text) == [
        "Sovetskii Soiuz: Geograficheskoe opisanie v 22 tomakh. Zapadnaia Sibir’. Moscow, 1971.",
        "Resursy poverkhnostnykh vod SSSR, vol. 15, issue 2. Leningrad, 1972.",
    ]


def test_a_volume_code_cut_where_the_page_wraps_is_no_part_of_the_entry():
    text = ("Kalos Limen\n" + BODY + "\nShcheglov, A. N. “Issledovaniia okrugi Kalos-\nLimena.” Sovetskaia "
            "arkheologiia, 1967, no. 3. [1\n1–674–3]\n")
    seg = segment(text)
    entry = seg.articles[0].blocks[0].entries[0]
    assert entry.text == "Shcheglov, A. N. “Issledovaniia okrugi Kalos-Limena.” Sovetskaia arkheologiia, 1967, no. 3."
    assert text[entry.span.start : entry.span.end].endswith("no. 3.")
    assert text[seg.articles[0].blocks[0].lines[-1].start : seg.articles[0].blocks[0].lines[-1].end].endswith("no. 3.")


@pytest.mark.parametrize(
    "second",
    [
        pytest.param("Dnevniki, 1873–1891. Moscow-Petrograd, 1923.", id="a-title-naming-a-year-range"),
        pytest.param("Pis’ma, 1900. Moscow, 1930.", id="a-title-naming-a-year"),
    ],
)
def test_a_title_that_names_its_years_before_the_imprint_starts_an_entry(second):
    text = "Topic\n" + BODY + "\nMuzykal’no-kriticheskie stat’i. Moscow, 1953.\n" + second + "\n"
    assert entries(text) == ["Muzykal’no-kriticheskie stat’i. Moscow, 1953.", second]


@pytest.mark.parametrize(
    "lines",
    [
        pytest.param(["Kristallografiia, 1956– . (Journal.)"], id="with-its-note"),
        pytest.param(["Kristallografiia, 1956– .", "(Journal.)"], id="its-note-on-the-next-line"),
        pytest.param(["Byulleten’ vulkanologicheskoi stantsii, 1937–."], id="in-words"),
    ],
)
def test_a_serials_run_on_its_own_line_after_an_imprint_starts_an_entry(lines):
    """After "Berlin, 1935.", a word no table knows as a city and a year is no second imprint."""
    text = "Topic\n" + BODY + "\nBragg, W. L. The Crystalline State. London, 1933.\n" + "\n".join(lines) + "\n"
    assert entries(text) == ["Bragg, W. L. The Crystalline State. London, 1933.", " ".join(lines)]


@pytest.mark.parametrize(
    "lines",
    [
        pytest.param(["Wittkower, R. Art and Architecture in Italy, 1600 to 1750.", "Harmondsworth, 1958."],
                     id="after-a-title-with-its-years"),
        pytest.param(["Narspi. Leningrad, 1956.", "Kazan, 1960."], id="a-second-imprint-in-a-known-city"),
    ],
)
def test_an_imprint_on_its_own_line_goes_on_its_entry(lines):
    text = "Topic\n" + BODY + "\nOcherki. Moscow, 1900.\n" + "\n".join(lines) + "\n"
    assert entries(text) == ["Ocherki. Moscow, 1900.", " ".join(lines)]


def test_a_title_naming_its_years_cut_where_the_page_wraps_goes_on_its_entry():
    text = ("Topic\n" + BODY + "\nRukopisnyi otdel Pushkinskogo doma: Obzor fondov.\nMoscow-Leningrad, 1959.\n"
            "Institut russkoi literatury (Pushkinskii Dom) AN\nSSSR, 1905–1955. Moscow-Leningrad, 1955.\n")
    assert entries(text)[1] == (
        "Institut russkoi literatury (Pushkinskii Dom) AN SSSR, 1905–1955. Moscow-Leningrad, 1955."
    )


@pytest.mark.parametrize(
    "lines",
    [
        pytest.param(["Wiener, N. Cybernetics, or Control and", "Communication in the Animal and the Machine,",
                      "2nd ed. New York-London, 1961."], id="after-a-word-no-sentence-ends-with"),
        pytest.param(["Wiener, N. Cybernetics, or Control and Communication in", "the Animal and the Machine, 2nd ed.",
                      "New York-London, 1961."], id="going-on-in-lowercase"),
    ],
)
def test_an_english_title_cut_mid_sentence_where_the_page_wraps_goes_on_its_entry(lines):
    text = "Cybernetics\n" + BODY + "\nGlushkov, V. M. Vvedenie v kibernetiku. Kiev, 1964.\n" + "\n".join(lines) + "\n"
    assert entries(text) == ["Glushkov, V. M. Vvedenie v kibernetiku. Kiev, 1964.", " ".join(lines)]


def test_a_paragraph_opening_a_parenthesis_before_a_line_that_reads_as_an_entry_is_body_text():
    text = ("Superconductivity\n\na property of many conductors.\n\n"
            "The microscopic theory was created in 1957 (J. Bardeen, L.\n"
            "Cooper, and J. Schrieffer, Physical Review, 1957, vol. 108,\n"
            "p. 1175) and by N. N. Bogoliubov (Zhurnal eksperimental’noi\n"
            "i teoreticheskoi fiziki, 1958, vol. 34, issue 1, p. 58).\n\n"
            "Shmidt, V. V. Vvedenie v fiziku sverkhprovodnikov. Moscow, 1982.\n")
    assert entries(text) == ["Shmidt, V. V. Vvedenie v fiziku sverkhprovodnikov. Moscow, 1982."]


def test_a_two_word_line_cut_where_the_page_wraps_begins_an_entry_of_the_block():
    text = ("Superconductivity\n\na property of many conductors that consists\nin the fact that their "
            "electrical resistance\nvanishes when they are cooled.\n\n"
            "Shmidt, V. V. Vvedenie v fiziku\nsverkhprovodnikov. Moscow, 1982.\nProblemy vysokotemperaturnoi\n"
            "sverkhprovodimosti. Edited by V. L. Ginzburg\nand D. A. Kirzhnits. Moscow, 1977.\n")
    assert entries(text) == [
        "Shmidt, V. V. Vvedenie v fiziku sverkhprovodnikov. Moscow, 1982.",
        "Problemy vysokotemperaturnoi sverkhprovodimosti. Edited by V. L. Ginzburg and D. A. Kirzhnits. Moscow, 1977.",
    ]


def test_the_references_of_each_section_of_a_long_article_are_kept():
    """A country's article prints references after each section, and the next section's text follows."""
    text = ("Armenian Soviet Socialist Republic\n\nSoviet Armenia, in the southern Transcaucasus.\n\n"
            "Natural features. The republic is a mountainous country.\n\n"
            "Gabrielian, G. K. Armianskaia SSR. Yerevan, 1962.\nArmeniia. Moscow, 1966. (Sovetskii Soiuz series.)\n\n"
            "History. The earliest traces of human habitation date to the Lower Paleolithic.\n\n"
            "Istoriia armianskogo naroda, vols. 1–2. Yerevan, 1951.\n\n"
            "Literature. Armenian literature is one of the oldest in the world.\n\n"
            "Sarinian, S. Ocherki istorii armianskoi literatury. Yerevan, 1955.\n")
    assert entries(text) == [
        "Gabrielian, G. K. Armianskaia SSR. Yerevan, 1962.", "Armeniia. Moscow, 1966. (Sovetskii Soiuz series.)",
        "Istoriia armianskogo naroda, vols. 1–2. Yerevan, 1951.",
        "Sarinian, S. Ocherki istorii armianskoi literatury. Yerevan, 1955.",
    ]


def test_a_sections_first_sentence_right_after_the_references_before_with_no_blank_line_is_body():
    """A copy that lost its blank lines: "REFERENCES", the entries, then the next section's name and sentence."""
    text = ("Estonian Soviet Socialist Republic\nSoviet Estonia, on the Baltic Sea.\nREFERENCES\n"
            "Eesti kirjanduse ajalugu, vols. 1–5. Tallinn, 1965–91.\n"
            "Architecture and art. The oldest monuments of architecture are fortified settlements.\nREFERENCES\n"
            "Vaga, V. Eesti kunsti ajalugu, vols. 1–2. Tartu, 1932–40.\n"
            "Theater. The first Estonian theater troupe was organized in 1865.\nREFERENCES\n"
            "Saar, A. Estonskii teatr. Moscow, 1958.\n")
    assert entries(text) == [
        "Eesti kirjanduse ajalugu, vols. 1–5. Tallinn, 1965–91.",
        "Vaga, V. Eesti kunsti ajalugu, vols. 1–2. Tartu, 1932–40.", "Saar, A. Estonskii teatr. Moscow, 1958.",
    ]


def test_a_sections_first_line_cut_at_the_wrap_after_the_references_before_is_body():
    """Found by wrapping a page at 40: the next section's name and the first words of its sentence."""
    text = ("Mari ASSR\nThe Mari ASSR lies on the Volga.\n\nREFERENCES\nRossiiskaia Federatsiia. Moscow, 1968.\n\n"
            "History. The territory of the Mari ASSR\nhas been inhabited since the Mesolithic.\n\nREFERENCES\n"
            "Istoriia Mariiskoi ASSR. Ioshkar-Ola, 1986.\n")
    assert entries(text) == ["Rossiiskaia Federatsiia. Moscow, 1968.", "Istoriia Mariiskoi ASSR. Ioshkar-Ola, 1986."]


@pytest.mark.parametrize(
    "opening",
    [
        pytest.param("Literature. Turkmen literature has its roots in ancient folk poetry. The works\nof Magtymguly "
                     "marked its flowering.", id="in-title-case-cut-at-the-wrap"),
        pytest.param("Literature. Tajik Soviet literature\ndeveloped from the classical Persian-Tajik tradition.",
                     id="no-function-word-but-the-sections-own"),
        pytest.param("Architecture and art. Monuments of\nancient architecture include Penjikent.",
                     id="a-function-word-after-the-first"),
    ],
)
def test_a_sections_first_line_with_no_blank_line_after_the_references_before_is_body(opening):
    text = ("Turkmen SSR\nThe Turkmen SSR lies in Central Asia.\nREFERENCES\nIstoriia Turkmenskoi SSR. Ashkhabad, "
            "1957.\n" + opening + "\nREFERENCES\nKorogly, Kh. Turkmenskaia literatura. Moscow, 1972.\n")
    assert entries(text) == ["Istoriia Turkmenskoi SSR. Ashkhabad, 1957.",
                             "Korogly, Kh. Turkmenskaia literatura. Moscow, 1972."]


def test_the_russian_originals_signature_as_the_last_line_with_no_blank_line_before_it_is_no_entry():
    text = ("Gosudarstvo\n\nGOSUDARSTVO, osnovnoi institut.\nLit.: Teoriia gosudarstva i prava, M., 1970.\n"
            "A. I. Denisov.\n")
    assert [e.text for a in segment(text, russian=True).articles for b in a.blocks for e in b.entries] == [
        "Teoriia gosudarstva i prava, M., 1970."]


def test_a_title_and_a_credit_in_english_after_an_entry_is_no_section_opening():
    """Found by wrapping a page at 60: "Sbornik statei." is no section's name, though a sentence follows it."""
    text = ("Topic\n" + BODY + "\nREFERENCES\nOcherki. Moscow, 1960.\n"
            "Sbornik statei. Edited and with an introduction by A. A.\nAlekseev. Moscow, 1964.\n")
    assert entries(text) == [
        "Ocherki. Moscow, 1960.", "Sbornik statei. Edited and with an introduction by A. A. Alekseev. Moscow, 1964.",
    ]


def test_a_paragraph_line_that_begins_with_see_is_no_entry():
    text = ("Tolstoi, Lev Nikolaevich\n\nBorn 1828; died 1910. Russian writer.\n\n"
            "Gor’kii recalled him (M. Gor’kii, Sobr. soch., vol. 14, Moscow, 1951, p. 300). In his\n"
            "diary (Dnevnik, Jan. 1, 1900) Tolstoi wrote otherwise.\n"
            "See Russkaia mysl’ (1883, no. 5) and Vestnik Evropy\n(1890, book 3, pp. 10–15).\n\n"
            "WORKS\nSobr. soch., vols. 1–22. Moscow, 1978–85.\n")
    assert entries(text) == ["Sobr. soch., vols. 1–22. Moscow, 1978–85."]


def test_an_author_with_a_family_name_of_two_words_starts_a_wrapped_entry():
    text = ("Superconductivity\n" + BODY + "\nKapitsa, P. L. Nauchnye trudy. Moscow, 1989.\n"
            "Kamerlingh Onnes, H. “Further Experiments with Liquid Helium.”\n"
            "Communications from the Physical Laboratory of the University of Leiden,\n1911, no. 120b.\n")
    assert entries(text)[1] == (
        "Kamerlingh Onnes, H. “Further Experiments with Liquid Helium.” Communications from the Physical "
        "Laboratory of the University of Leiden, 1911, no. 120b."
    )


def test_a_full_line_of_a_narrow_page_with_a_word_no_headword_has_is_a_paragraphs():
    paragraph = ("Chainikov studied at the V. Ia. Briusov Higher Literary Institute from 1922 to 1925. His works "
                 "were first published in 1914.")
    text = ("Chainikov, Kuz’ma Pavlovich\n\n" + textwrap.fill("Born 1898; died 1941. Soviet Udmurt poet and "
            "folklorist, the author of the first Udmurt narrative poem.", 45) + "\n\n" + textwrap.fill(paragraph, 45)
            + "\n\nWORKS\n\n[Chainikov, Kuz’ma Pavlovich.]\nPichiosly salam. Izhevsk, 1965.\n")
    assert text.splitlines()[6] == "Chainikov studied at the V. Ia. Briusov"
    seg = segment(text)
    assert [a.title for a in seg.articles] == ["Chainikov, Kuz’ma Pavlovich"]
    assert entries(text) == ["[Chainikov, Kuz’ma Pavlovich.] Pichiosly salam. Izhevsk, 1965."]


def test_a_line_of_a_narrow_page_that_begins_with_a_pronoun_is_a_paragraphs():
    paragraph = ("In 1931, with Iyvan Kyrlia, Olyk published the poetry collection We Are Shock Workers. They later "
                 "published several other poetry collections. Olyk developed a precise syllabic-accentual "
                 "versification in Mari poetry.")
    text = ("Olyk, Ipai\n\nBorn Mar. 24, 1912; died 1943.\nSoviet Mari poet.\n\n" + textwrap.fill(paragraph, 45)
            + "\n\nPeledmežap. Ioshkar-Ola, 1957.\n")
    assert "They later published several other poetry" in text.splitlines()
    assert [a.title for a in segment(text).articles] == ["Olyk, Ipai"]


@pytest.mark.parametrize("width", [0, 45])
def test_the_menus_of_a_whole_page_saved_as_text_are_dropped(width):
    """Also when a narrow page cut them, and its address inside a word."""
    text = ("Nivkhi | Article about Nivkhi by The Free Dictionary\n"
            "https://encyclopedia2.thefreedictionary.com/Nivkhi\nPrinter Friendly\n"
            "Dictionary, Encyclopedia and Thesaurus - The Free Dictionary\n13,724,709,105 visitors served.\n"
            "Search / Page tools\nTheFreeDictionary Google Bing ?\nWord / Article Starts with Ends with Text\n\n"
            "Nivkhi\nAlso found in: Dictionary, Thesaurus, Wikipedia.\nNivkhi\n\n"
            "(formerly Giliaks), a people living in the lower reaches of the Amur River.\n\n"
            "REFERENCES\n\nNarody Sibiri. Moscow-Leningrad, 1956.\n")
    if width:
        text = "\n".join(textwrap.fill(line, width) if line.strip() else line for line in text.split("\n"))
        assert "ivkhi" in text.splitlines()
    assert segment(text).title == "Nivkhi"
    assert entries(text) == ["Narody Sibiri. Moscow-Leningrad, 1956."]


def test_the_pages_address_saved_with_its_text_is_dropped():
    text = ("Kholmogory Cattle | Article about Kholmogory Cattle by The Free Dictionary\n"
            "https://encyclopedia2.thefreedictionary.com/Kholmogory+Cattle\n\nKholmogory Cattle\n\n"
            "a breed of dairy cattle developed in the 18th and 19th centuries.\n\n"
            "Shaposhnikov, A. N. Kholmogorskii skot. Moscow, 1951.\n")
    assert segment(text).title == "Kholmogory Cattle"
    assert entries(text) == ["Shaposhnikov, A. N. Kholmogorskii skot. Moscow, 1951."]


@pytest.mark.parametrize(
    ("paragraph", "first_entry"),
    [
        pytest.param("a breed of dairy cattle developed in the 18th and 19th centuries in Kholmogory District.",
                     "Shaposhnikov, A. N. Kholmogorskii skot. Moscow, 1951.", id="a-definition-in-lowercase"),
        pytest.param("The university publishes Uchenye zapiski (since 1834).",
                     "Kazanskii universitet, 1804–1904: Istoricheskii ocherk. Kazan, 1904.",
                     id="a-sentence-that-begins-with-the"),
        pytest.param("the science of control and communication.\nThe term was introduced by N. Wiener in 1948 "
                     "(see N. Wiener, Kibernetika, 2nd ed., Moscow, 1968).",
                     "Glushkov, V. M. Vvedenie v kibernetiku. Kiev, 1964.", id="a-sentence-citing-a-source"),
        pytest.param("a test page of entries by authors with names of many kinds.",
                     "d’Alembert, J. Traité de dynamique. Paris, 1743.", id="an-entry-that-begins-in-lowercase"),
        pytest.param("the branch of mathematics concerned with topological properties of figures.",
                     "Aleksandrov, P. S., and A. N. Kolmogorov. Vvedenie v teoriiu mnozhestv. Moscow-Leningrad, 1948.",
                     id="an-entry-whose-authors-and-joins"),
        pytest.param("Born 1917. Soviet Balkar poet.\nKuliev served in the Great Patriotic War.",
                     "Tauda ushkok. Nal’chik, 1957.", id="a-name-then-what-its-bearer-did"),
        pytest.param("Born circa 1733. Turkmen poet.\nMakhtumkuli wrote lyric poetry.",
                     "Saylanan eserler. Ashkhabad, 1960.", id="a-name-then-a-verb-not-in-ed"),
        pytest.param("Born 1923. Soviet Avar poet.\nGamzatov’s first collection, Ardent Love and Burning Hatred, "
                     "appeared in 1943.", "Asaral, vols. 1–5. Makhachkala, 1979–81.", id="a-name-in-the-possessive"),
    ],
)
def test_a_paragraph_right_before_a_block_with_no_blank_line_between(paragraph, first_entry):
    text = f"Topic\n{paragraph}\n{first_entry}\nIvanov, I. I. Ocherki. Moscow, 1960.\n"
    assert entries(text) == [first_entry, "Ivanov, I. I. Ocherki. Moscow, 1960."]


def test_a_heading_ends_a_table_with_no_blank_line_before_it():
    text = ("Kazakh SSR\nA Union republic of the USSR, located in the central part of Asia.\n"
            "Table 1. Population (in thousands), 1939–1970\nKazakhs, 1959, 2,787; 1970, 4,161\n"
            "REFERENCES\nIstoriia Kazakhskoi SSR, vols. 1–2. Alma-Ata, 1957–59.\n")
    assert entries(text) == ["Istoriia Kazakhskoi SSR, vols. 1–2. Alma-Ata, 1957–59."]


@pytest.mark.parametrize(
    "lines",
    [
        pytest.param(["“Ocherki istorii.” In the collection Ocherki literatury. Moscow,", "1900–01."],
                     id="cut-after-the-container"),
        pytest.param(["“Problemy istorii istorii literatury iazyka ekonomiki.” In the",
                      "collection Ocherki istorii. Moscow, 1900."], id="cut-before-the-kind-of-container"),
    ],
)
def test_an_entry_in_a_collection_wrapped_right_after_body_text_is_no_english_sentence(lines):
    """Found by the grammar exploration: "In the collection" read as English, and the entry as body text."""
    text = ("Kholmogory Cattle\n\nA breed of dairy cattle developed in the 18th century in Arkhangel’sk\n"
            "Province by crossing local cattle with imported breeds.\n\n" + "\n".join(lines) + "\n")
    assert entries(text) == [" ".join(lines)]


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        pytest.param("REFERENCES Sunik, O. P. Iazyk. Leningrad, 1968.\nNarody Sibiri. Moscow, 1956.\n",
                     [(REFERENCES, ["Sunik, O. P. Iazyk. Leningrad, 1968.", "Narody Sibiri. Moscow, 1956."])],
                     id="references"),
        pytest.param("WORKS Sobr. soch., vols. 1–5. Moscow, 1966–71.\n",
                     [(WORKS, ["Sobr. soch., vols. 1–5. Moscow, 1966–71."])], id="works"),
        pytest.param("REFERENCES KPSS v rezoliutsiiakh, vol. 2. Moscow, 1970.\n",
                     [(REFERENCES, ["KPSS v rezoliutsiiakh, vol. 2. Moscow, 1970."])], id="an-entry-in-capitals-first"),
    ],
)
def test_a_heading_in_capitals_with_the_first_entry_after_a_space(block, expected):
    """A page that set the heading in bold and lost its line break: "REFERENCES Sunik, O. P. …"."""
    article = segment("Udegei\n\n" + BODY + "\n" + block).articles[0]
    assert [(b.kind, [e.text for e in b.entries]) for b in article.blocks] == expected


def test_ibid_after_a_title_with_its_chapter_and_no_year_is_its_container():
    """Wrapped: "Engels, F. Anti-Dühring, part 2, ch. 7." / "Ibid., vol. 20." is one entry (but a journal's
    "Ibid., 1959, no. 1." after "… 1958, no. 4." is an entry of its own)."""
    text = ("Topic\n" + BODY + "\nREFERENCES\nEngels, F. Anti-Dühring, part 2, ch. 7.\nIbid., vol. 20.\n"
            "Kyzlasov, L. R. “Etapy.” Vestnik MGU, 1958, no. 4.\nIbid., 1959, no. 1.\n")
    assert entries(text) == ["Engels, F. Anti-Dühring, part 2, ch. 7. Ibid., vol. 20.",
                             "Kyzlasov, L. R. “Etapy.” Vestnik MGU, 1958, no. 4.", "Ibid., 1959, no. 1."]


@pytest.mark.parametrize(
    ("cut", "joined"),
    [
        pytest.param("Handbook of the Birds of Europe, the Middle East and North Africa, vol.\n2. Oxford, 1980.",
                     "Handbook of the Birds of Europe, the Middle East and North Africa, vol. 2. Oxford, 1980.",
                     id="after-the-label"),
        pytest.param("Handbook of the Birds of Europe, the Middle East and North Africa, vol. 2.\nOxford, 1980.",
                     "Handbook of the Birds of Europe, the Middle East and North Africa, vol. 2. Oxford, 1980.",
                     id="before-the-imprint"),
        pytest.param("Townes, H. The Genera of Ichneumonidae, parts 1–4.\nAnn Arbor, Mich., 1969–71. (Memoirs.)",
                     "Townes, H. The Genera of Ichneumonidae, parts 1–4. Ann Arbor, Mich., 1969–71. (Memoirs.)",
                     id="a-city-with-its-state"),
    ],
)
def test_an_english_title_cut_before_its_numbers_or_imprint_in_a_block_is_an_entry(cut, joined):
    """An English title that reads as prose, with its volume's number or its imprint on the next line."""
    text = ("Topic\n" + BODY + "\nREFERENCES\nGrzimeks Tierleben, vol. 7. Zürich, 1968.\n" + cut + "\n"
            "Delacour, J. The Pheasants of the World. London, 1977.\n")
    assert entries(text) == ["Grzimeks Tierleben, vol. 7. Zürich, 1968.", joined,
                             "Delacour, J. The Pheasants of the World. London, 1977."]


@pytest.mark.parametrize(
    "paragraph",
    [
        pytest.param("The Constitution of the USSR (1977) states:\n“The Union of Soviet Socialist Republics is a\n"
                     "socialist state of the whole people”\n(Konstitutsiia SSSR, 1977, art. 1). L. I.\n"
                     "Brezhnev noted that the state of the whole\npeople continues the work of the dictatorship.\n",
                     id="colon-at-the-line-end"),
        pytest.param("The Constitution of the USSR (1977) states: “The\nUnion of Soviet Socialist Republics is a "
                     "socialist\nstate of the whole people” (Konstitutsiia SSSR,\n1977, art. 1). L. I. Brezhnev "
                     "noted that the state\nof the whole people continues the work of the\ndictatorship.\n",
                     id="quotation-on-the-same-line"),
    ],
)
def test_a_paragraph_that_introduces_a_quotation_is_no_block(paragraph):
    """A narrow page: "The Constitution of the USSR (1977) states:" / "“The Union of Soviet …" / … (a citation
    in parentheses among its lines) is body text, not a block of entries."""
    text = "Topic\n" + BODY + "\n" + paragraph + "\nREFERENCES\nProgramma KPSS. Moscow, 1976.\n"
    assert entries(text) == ["Programma KPSS. Moscow, 1976."]


def test_a_paragraph_that_sends_the_reader_to_a_source_with_its_imprint_is_no_entry():
    """"… edited by P. A. Lamm (see Poln. sobr. soch., vols. 1–8, Moscow, 1928–39)." before the works: a
    paragraph whose parenthesis cites a source, however many signs of an entry that holds."""
    paragraph = ("Mussorgsky’s innovative harmony influenced C. Debussy and M. Ravel. His works were edited by P. A. "
                 "Lamm (see Poln. sobr. soch., vols. 1–8, Moscow, 1928–39).\n")
    text = ("Mussorgsky, Modest Petrovich\n\nBorn 1839; died 1881. Russian composer.\n\n" + paragraph
            + "\nWORKS\n\nLiteraturnoe nasledie, books 1–2. Moscow, 1971–72.\n")
    assert entries(text) == ["Literaturnoe nasledie, books 1–2. Moscow, 1971–72."]


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        pytest.param("See references under DIALECTICAL MATERIALISM and HISTORICAL MATERIALISM.\n", [],
                     id="alone"),
        pytest.param("Konstantinov, F. V. Osnovy marksistskoi filosofii. Moscow, 1971.\n"
                     "See also references under DIALECTICAL MATERIALISM.\n",
                     ["Konstantinov, F. V. Osnovy marksistskoi filosofii. Moscow, 1971."], id="after-an-entry"),
    ],
)
def test_a_line_that_sends_the_reader_to_another_articles_references_is_no_entry(block, expected):
    text = "Topic\n\n" + BODY + "\nREFERENCES\n\n" + block + "\nT. I. OIZERMAN\n"
    assert entries(text) == expected


def test_a_see_also_sentence_cut_where_the_page_wraps_is_no_headword():
    """"See also ALGEBRAIC TOPOLOGY and" / "DIFFERENTIAL TOPOLOGY." reads as a short title-like line."""
    text = ("Topology\n\n" + BODY + "\nSee also ALGEBRAIC TOPOLOGY and\nDIFFERENTIAL TOPOLOGY.\n\nREFERENCES\n"
            "Aleksandrov, P. S. Kombinatornaia topologiia. Moscow-Leningrad, 1947.\n")
    doc = extract(text)
    assert doc.title == "Topology"
    assert [x.target for x in doc.cross_references] == ["ALGEBRAIC TOPOLOGY", "DIFFERENTIAL TOPOLOGY"]
    assert [r.title for r in doc.references] == ["Kombinatornaia topologiia"]


@pytest.mark.parametrize(
    "entry",
    [
        pytest.param("Sobr. soch., vols. 1–4. Moscow, 1964–65. Vol. 5, Moscow, 1970.", id="a-later-volume"),
        pytest.param("Stikhi. Moscow, 1960. P. 5.", id="a-page-abbreviated"),
        pytest.param("Ivanov, I. I. Stikhi. Moscow, 1900. Reprinted in Leningrad, 1914.", id="a-reprint"),
        pytest.param("Ivanov, I. I. Stikhi. Moscow, 1960. Second edition, Moscow, 1965.",
                     id="an-english-note-on-the-book"),
        pytest.param("Ivanov, I. I. Stikhi. Moscow, 1960. Russian translation: Moscow, 1965.", id="a-translation"),
        pytest.param("Marx, K. Kapital, vol. 3, chs. 38–44. In K. Marx and F. Engels, Soch., 2nd ed., vol. 25.",
                     id="chapters-then-in-their-container"),
        pytest.param("Engels, F. Anti-Dühring, part 2, ch. 7. Ibid., vol. 20.", id="a-chapter-then-ibid"),
    ],
)
def test_what_an_entry_prints_after_a_sentence_of_it_is_no_entry_of_its_own(entry):
    """A label that begins a sentence after the year (Vol., P., Pp., Cols.), a note on the book, or the container
    of a work numbered by its chapters goes on with the entry."""
    assert entries("Coins\n" + BODY + "REFERENCES\n" + entry + "\n") == [entry]


def test_a_title_like_line_inside_a_block_that_ends_with_a_word_cut_by_a_hyphen_goes_on_below():
    """A line that ends in a word cut by a hyphen is no headword, however short: the entry goes on below it."""
    text = ("Coins\n" + BODY + "REFERENCES\nTkhzulebani. Tbilisi, 1957.\nRcheuli nats-\n"
            "’armoebebi. Tbilisi, 1960.\nNatvris khe. Tbilisi, 1962.\n")
    assert entries(text) == [
        "Tkhzulebani. Tbilisi, 1957.", "Rcheuli nats-’armoebebi. Tbilisi, 1960.", "Natvris khe. Tbilisi, 1962."]
    text = ("Coins\n" + BODY + "REFERENCES\nIzbr. stikhi. Tbilisi, 1950.\nDar’ial’-\n"
            "skaia ballada. Moscow, 1962.\nOrlinaia pochta. Tbilisi, 1962.\n")
    assert len(entries(text)) == 3  # (a word cut after its soft sign)


def test_a_title_like_line_that_ends_with_a_word_cut_by_a_hyphen_begins_the_entry_below():
    text = ("Coins\n" + BODY + "REFERENCES\nIstoriia dages-\n"
            "tanskoi sovetskoi literatury, vols. 1–2. Makhachkala, 1967.\n")
    (reference,) = extract(text).references
    assert reference.title == "Istoriia dagestanskoi sovetskoi literatury"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        pytest.param(["“Ocherki istorii literatury.” In Ocherki istorii: Ocherki. Rostov-", "on-Don, 1900."],
                     ["“Ocherki istorii literatury.” In Ocherki istorii: Ocherki. Rostov-on-Don, 1900."],
                     id="a-first-entry-cut-at-a-hyphen-of-its-city"),
        pytest.param(["Khomich, L. V. Nentsy. Moscow-", "Leningrad, 1966.Vasil’ev, V. I.",
                      "“Problemy.” In Etnogenez. Moscow, 1975.Zapiski Imperatorskogo",
                      "russkogo geograficheskogo obshchestva po", "otdeleniiu etnografii, vol. 22. St.",
                      "Petersburg, 1890."],
                     ["Khomich, L. V. Nentsy. Moscow-Leningrad, 1966.",
                      "Vasil’ev, V. I. “Problemy.” In Etnogenez. Moscow, 1975.",
                      ("Zapiski Imperatorskogo russkogo geograficheskogo obshchestva po otdeleniiu etnografii, "
                       "vol. 22. St. Petersburg, 1890.")],
                     id="a-title-glued-on-that-the-wrap-cut"),
    ],
)
def test_entries_of_a_narrow_page_without_a_heading(lines, expected):
    """A page that wraps its lines (at 40 characters here) may cut a title right after the entry glued before it."""
    text = ("Nentsy\n\na people of the North; they herd reindeer and fish along the rivers of\nthe tundra and the "
            "coast.\n\n" + "\n".join(lines) + "\n")
    assert entries(text) == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        pytest.param(
            ["astronomicheskikh nauk. Moscow-Leningrad, 1941. Golova komety i novaia",
             "klassifikatsiia kometnykh form. Moscow, 1945. “Luchevoe davlenie i gazovye",
             "khvosty komet.” Astronomicheskii Zhurnal, 1956, vol. 33, issue 6."],
            ["Orlov, S. V. Komety. In Uspekhi astronomicheskikh nauk. Moscow-Leningrad, 1941.",
             "Golova komety i novaia klassifikatsiia kometnykh form. Moscow, 1945.",
             "“Luchevoe davlenie i gazovye khvosty komet.” Astronomicheskii Zhurnal, 1956, vol. 33, issue 6."],
            id="entries-that-begin-at-a-lines-end",
        ),
        pytest.param(
            ["astronomicheskikh nauk. Moscow-Leningrad, 1959. (Materialy i issledovaniia",
             "po arkheologii SSSR, no. 63.) Kadeev, V. I. Ocherki istorii. Kharkov, 1970."],
            [("Orlov, S. V. Komety. In Uspekhi astronomicheskikh nauk. Moscow-Leningrad, 1959. (Materialy i "
              "issledovaniia po arkheologii SSSR, no. 63.)"), "Kadeev, V. I. Ocherki istorii. Kharkov, 1970."],
            id="after-a-note-opened-on-the-line-before",
        ),
        pytest.param(
            ["astronomicheskikh nauk, vol. 2. Moscow, 1941. Grzimeks Tierleben, vol. 7.",
             "Zürich, 1968. Handbook of the Birds of Europe, the Middle East and North Africa,",
             "vol. 2. Oxford, 1980."],
            ["Orlov, S. V. Komety. In Uspekhi astronomicheskikh nauk, vol. 2. Moscow, 1941.",
             "Grzimeks Tierleben, vol. 7. Zürich, 1968.",
             "Handbook of the Birds of Europe, the Middle East and North Africa, vol. 2. Oxford, 1980."],
            id="an-imprint-that-begins-a-line-of-english-titles",
        ),
        pytest.param(
            ["astronomicheskikh nauk, vol. 2. Tashkent, 1968. Atlas",
             "Uzbekskoi SSR, parts 1–2. Tashkent-Moscow, 1982–85."],
            ["Orlov, S. V. Komety. In Uspekhi astronomicheskikh nauk, vol. 2. Tashkent, 1968.",
             "Atlas Uzbekskoi SSR, parts 1–2. Tashkent-Moscow, 1982–85."],
            id="a-number-before-the-year-below-is-no-end-of-the-entry",
        ),
        pytest.param(
            ["astronomicheskikh nauk. Moscow, 1941. Lenin, V. I. Velikii pochin. Poln. sobr. soch., 5th ed., vol.",
             "39. Materialy XXV s”ezda KPSS. Moscow, 1976."],
            ["Orlov, S. V. Komety. In Uspekhi astronomicheskikh nauk. Moscow, 1941.",
             "Lenin, V. I. Velikii pochin. Poln. sobr. soch., 5th ed., vol. 39.",
             "Materialy XXV s”ezda KPSS. Moscow, 1976."],
            id="after-a-volume-whose-label-ends-the-line-above",
        ),
        pytest.param(
            ["astronomicheskikh nauk. Moscow, 1970–72. (See",
             "index.) Materialy XXV s”ezda KPSS. Moscow, 1976."],
            ["Orlov, S. V. Komety. In Uspekhi astronomicheskikh nauk. Moscow, 1970–72. (See index.)",
             "Materialy XXV s”ezda KPSS. Moscow, 1976."],
            id="after-a-note-closed-at-a-lines-start",
        ),
        pytest.param(
            ["astronomicheskikh nauk, part 1. Ioshkar-Ola,",
             "1963. Mariiskie pisateli: Biobibliograficheskii spravochnik", "Ioshkar-Ola, 1958."],
            ["Orlov, S. V. Komety. In Uspekhi astronomicheskikh nauk, part 1. Ioshkar-Ola, 1963.",
             "Mariiskie pisateli: Biobibliograficheskii spravochnik Ioshkar-Ola, 1958."],
            id="after-a-year-that-begins-a-line-of-few-sentences",
        ),
        pytest.param(
            ["astronomicheskikh nauk, vol. 1, part 1. Introduction by",
             "I. I. Ivanov. Moscow, 1900."],
            [("Orlov, S. V. Komety. In Uspekhi astronomicheskikh nauk, vol. 1, part 1. Introduction by I. I. Ivanov. "
              "Moscow, 1900.")],
            id="a-credit-whose-name-the-wrap-put-on-the-next-line",
        ),
        pytest.param(
            ["astronomicheskikh nauk, vol. 1, part 1. Introduction", "by I. I. Ivanov. Moscow, 1900."],
            [("Orlov, S. V. Komety. In Uspekhi astronomicheskikh nauk, vol. 1, part 1. Introduction by I. I. Ivanov. "
              "Moscow, 1900.")],
            id="a-credit-the-wrap-cut-before-its-by",
        ),
        pytest.param(
            ["astronomicheskikh nauk, vols.", "1–2. Introduction by I. I. Ivanov. Moscow, 1900."],
            [("Orlov, S. V. Komety. In Uspekhi astronomicheskikh nauk, vols. 1–2. Introduction by I. I. Ivanov. "
              "Moscow, 1900.")],
            id="a-credit-after-the-volumes-a-label-at-the-line-above-numbers",
        ),
        pytest.param(
            ["astronomicheskikh nauk. Moscow, 1941.", "(Translated from German.) Kamke, E. Spravochnik. Moscow, 1971."],
            ["Orlov, S. V. Komety. In Uspekhi astronomicheskikh nauk. Moscow, 1941. (Translated from German.)",
             "Kamke, E. Spravochnik. Moscow, 1971."],
            id="an-english-note-at-a-lines-start-after-the-imprint-above",
        ),
        pytest.param(
            ["astronomicheskikh nauk, “Otto Struve”", "(obituary). Izvestiia, 1905, no. 4."],
            [("Orlov, S. V. Komety. In Uspekhi astronomicheskikh nauk, “Otto Struve” (obituary). Izvestiia, 1905, "
              "no. 4.")],
            id="a-note-at-a-lines-start-after-a-title-is-the-entrys",
        ),
        pytest.param(
            ["astronomicheskikh nauk. Moscow, 1962. Adam Mitskevich v russkoi pechati:",
             "1825–1955. Moscow-Leningrad, 1957. Kleiner, J. Mickiewicz. Lublin, 1948."],
            ["Orlov, S. V. Komety. In Uspekhi astronomicheskikh nauk. Moscow, 1962.",
             "Adam Mitskevich v russkoi pechati: 1825–1955. Moscow-Leningrad, 1957.",
             "Kleiner, J. Mickiewicz. Lublin, 1948."],
            id="an-entry-begun-at-a-lines-end-its-title-years-below",
        ),
        pytest.param(
            ["astronomicheskikh nauk, 1961, vol. 16, issue 2. Matematika",
             "v SSSR za tridtsat’ let: 1917–1947. Moscow-Leningrad, 1948."],
            ["Orlov, S. V. Komety. In Uspekhi astronomicheskikh nauk, 1961, vol. 16, issue 2.",
             "Matematika v SSSR za tridtsat’ let: 1917–1947. Moscow-Leningrad, 1948."],
            id="an-entry-begun-at-a-lines-end-its-title-years-after-a-colon-below",
        ),
        pytest.param(
            ["astronomicheskikh nauk, 2nd ed. Moscow, 1964. (Teoreticheskaia fizika, vol.",
             "5.) (With E. M. Lifshits.) Kvantovaia mekhanika. Moscow, 1974."],
            [("Orlov, S. V. Komety. In Uspekhi astronomicheskikh nauk, 2nd ed. Moscow, 1964. (Teoreticheskaia fizika, "
              "vol. 5.) (With E. M. Lifshits.)"), "Kvantovaia mekhanika. Moscow, 1974."],
            id="after-a-note-closed-at-a-lines-start-and-another-note",
        ),
        pytest.param(
            ["astronomicheskikh nauk. Poln. sobr. soch., 5th ed.,",
             "vol. 45. Materialy XXV s”ezda KPSS. Moscow, 1976."],
            ["Orlov, S. V. Komety. In Uspekhi astronomicheskikh nauk. Poln. sobr. soch., 5th ed., vol. 45.",
             "Materialy XXV s”ezda KPSS. Moscow, 1976."],
            id="after-a-volume-and-its-label-at-a-lines-start",
        ),

        pytest.param(
            ["astronomicheskikh nauk. Poln. sobr. soch., 5th",
             "ed., vol. 33. Materialy XXV s”ezda KPSS. Moscow, 1976."],
            ["Orlov, S. V. Komety. In Uspekhi astronomicheskikh nauk. Poln. sobr. soch., 5th ed., vol. 33.",
             "Materialy XXV s”ezda KPSS. Moscow, 1976."],
            id="after-a-volume-the-edition-and-its-label-at-a-lines-start",
        ),
        pytest.param(
            ["astronomicheskikh nauk. Moscow, 1972.", "(Trudy TsNIORKh, vol. 4.) Vlasenko, A. D. Osetr. Moscow, 1949."],
            ["Orlov, S. V. Komety. In Uspekhi astronomicheskikh nauk. Moscow, 1972. (Trudy TsNIORKh, vol. 4.)",
             "Vlasenko, A. D. Osetr. Moscow, 1949."],
            id="a-series-at-a-lines-start-after-the-imprint-above",
        ),
        pytest.param(
            ["astronomicheskikh nauk. Poln. sobr. soch.,",
             "5th ed., vol. 39. Materialy XXV s”ezda KPSS. Moscow, 1976."],
            ["Orlov, S. V. Komety. In Uspekhi astronomicheskikh nauk. Poln. sobr. soch., 5th ed., vol. 39.",
             "Materialy XXV s”ezda KPSS. Moscow, 1976."],
            id="after-a-volume-and-the-whole-edition-at-a-lines-start",
        ),
        pytest.param(
            ["astronomicheskikh nauk. Moscow, 1967.",
             "(Sovetskii Soiuz series.) Vlasenko, A. D. Osetr. Moscow, 1949."],
            ["Orlov, S. V. Komety. In Uspekhi astronomicheskikh nauk. Moscow, 1967. (Sovetskii Soiuz series.)",
             "Vlasenko, A. D. Osetr. Moscow, 1949."],
            id="a-series-so-called-at-a-lines-start-after-the-imprint-above",
        ),
        pytest.param(
            ["astronomicheskikh nauk. Moscow, 1983.",
             "(Zhizn’ zamechatel’nykh liudei.) Grib, V. R. Izbrannye raboty. Moscow, 1956."],
            ["Orlov, S. V. Komety. In Uspekhi astronomicheskikh nauk. Moscow, 1983. (Zhizn’ zamechatel’nykh liudei.)",
             "Grib, V. R. Izbrannye raboty. Moscow, 1956."],
            id="a-note-at-a-lines-start-after-the-imprint-above-then-an-author",
        ),
        pytest.param(
            ["astronomicheskikh nauk. Moscow, 1962.", "(Prirodnye usloviia SSSR.) Vendrov,",
             "S. L. Problemy preobrazovaniia rechnykh sistem. Leningrad, 1970."],
            ["Orlov, S. V. Komety. In Uspekhi astronomicheskikh nauk. Moscow, 1962. (Prirodnye usloviia SSSR.)",
             "Vendrov, S. L. Problemy preobrazovaniia rechnykh sistem. Leningrad, 1970."],
            id="a-note-at-a-lines-start-then-an-author-cut-after-the-family-name",
        ),
        pytest.param(
            ["astronomicheskikh nauk, 1966, vol. 91, issue 2. Eve, A.",
             "S. Rutherford: Being the Life and Letters of the Rt. Hon.", "Lord Rutherford. New York, 1939."],
            ["Orlov, S. V. Komety. In Uspekhi astronomicheskikh nauk, 1966, vol. 91, issue 2.",
             "Eve, A. S. Rutherford: Being the Life and Letters of the Rt. Hon. Lord Rutherford. New York, 1939."],
            id="an-author-cut-in-the-initials-then-an-english-title",
        ),
        pytest.param(
            ["astronomicheskikh nauk. Moscow, 1965. Studi gramsciani: Atti del",
             "convegno tenuto a Roma nei giorni 11–13 gennaio 1958. Rome, 1958."],
            ["Orlov, S. V. Komety. In Uspekhi astronomicheskikh nauk. Moscow, 1965.",
             "Studi gramsciani: Atti del convegno tenuto a Roma nei giorni 11–13 gennaio 1958. Rome, 1958."],
            id="a-title-with-a-date-in-words-cut-at-the-lines-end",
        ),
        pytest.param(
            ["astronomicheskikh nauk, vol. 7. Moscow-Leningrad, 1955. Nikolai Vasil’evich Gogol’:",
             "Ukazatel’ literatury, 1960–1977. Moscow, 1979."],
            ["Orlov, S. V. Komety. In Uspekhi astronomicheskikh nauk, vol. 7. Moscow-Leningrad, 1955.",
             "Nikolai Vasil’evich Gogol’: Ukazatel’ literatury, 1960–1977. Moscow, 1979."],
            id="a-title-that-ends-with-years-cut-at-the-lines-end",
        ),
        pytest.param(
            ["astronomicheskikh nauk. Moscow, 1977.",
             "(Zhizn’ zamechatel’nykh liudei.) Kuno Fischer. Istoriia novoi filosofii, vols.",
             "4–5. St. Petersburg, 1901–10."],
            ["Orlov, S. V. Komety. In Uspekhi astronomicheskikh nauk. Moscow, 1977. (Zhizn’ zamechatel’nykh liudei.)",
             "Kuno Fischer. Istoriia novoi filosofii, vols. 4–5. St. Petersburg, 1901–10."],
            id="a-note-at-a-lines-start-then-a-title-that-names-a-person",
        ),
        pytest.param(
            ["astronomicheskikh nauk. Soch., 2nd ed., vol. 21. (F. Engels, “Liudvig Feierbakh",
             "i konets klassicheskoi nemetskoi filosofii.”) Lenin, V. I. “Konspekt.” Ibid., vol. 29."],
            [("Orlov, S. V. Komety. In Uspekhi astronomicheskikh nauk. Soch., 2nd ed., vol. 21. (F. Engels, “Liudvig "
              "Feierbakh i konets klassicheskoi nemetskoi filosofii.”)"),
             "Lenin, V. I. “Konspekt.” Ibid., vol. 29."],
            id="a-note-with-a-quoted-title-closed-at-a-lines-start",
        ),
        pytest.param(
            ["astronomicheskikh nauk. Tbilisi, 1957. Stikhotvoreniia i poemy. Leningrad, 1957.",
             "(Biblioteka poeta. Malaia seriia.) Izbrannoe. Moscow, 1987."],
            ["Orlov, S. V. Komety. In Uspekhi astronomicheskikh nauk. Tbilisi, 1957.",
             "Stikhotvoreniia i poemy. Leningrad, 1957. (Biblioteka poeta. Malaia seriia.)",
             "Izbrannoe. Moscow, 1987."],
            id="a-series-so-called-in-russian-at-a-lines-start-then-a-title",
        ),
    ],
)
def test_entries_run_together_with_a_space_on_a_page_that_wraps_its_lines(lines, expected):
    """A block printed as one paragraph, entries run together with a space, on a page wrapped at 80 characters."""
    text = ("Comets\n\na kind of small body of the solar system that moves in an elongated orbit around the sun, with\n"
            "a head and a tail that points away from the sun when it comes near it.\n\n"
            "Orlov, S. V. Komety. In Uspekhi\n" + "\n".join(lines) + "\n")
    assert entries(text) == expected


def test_a_short_sentence_in_the_present_tense_before_the_works_is_body_text():
    """"Sadvakasov writes in Uighur." on a page without blank lines is no entry of the works below it."""
    text = ("Sadvakasov, Ziia\nBorn 1929 in Alma-Ata. Soviet Uighur writer.\nSadvakasov writes in Uighur.\n"
            "Ailinaidighan dunya. Alma-Ata, 1963.\nMukhabbet dastani. Alma-Ata, 1970.\n")
    assert entries(text) == ["Ailinaidighan dunya. Alma-Ata, 1963.", "Mukhabbet dastani. Alma-Ata, 1970."]


def test_a_list_with_no_imprint_years_at_the_entries_ends_gives_each_author_an_entry():
    """An author-date list ends entries with their publishers: an author's given names in full at a line's start
    begin the next entry."""
    text = ("Decembrists\n\nA body of text on the Decembrists, which was about them.\n\nReferences\n"
            "Nechkina, M. V. 1955. Dvizhenie dekabristov. 2 vols. Moscow: Izd-vo AN SSSR.\n"
            "Pipes, Richard. 1970. Struve: Liberal on the Left. Cambridge, Mass.: Harvard University Press.\n")
    assert [e.split(".")[0] for e in entries(text)] == ["Nechkina, M", "Pipes, Richard"]


def test_an_entry_after_the_volume_number_of_the_one_before_is_no_numbered_list():
    """"… Soch., 2nd ed., vol." / "19. Engels, F. Anti-Diuring. Ibid., vol." / "20. Lenin, V. I. …": the numbers
    at the lines' starts are volumes of a page cut where it wraps, not a list's numbers."""
    text = ("State\n\nA body, it was said.\n\nREFERENCES\nMarx, K. “Kritika Gotskoi programmy.” K.\n"
            "Marx and F. Engels, Soch., 2nd ed., vol.\n19. Engels, F. Anti-Diuring. Ibid., vol.\n"
            "20. Lenin, V. I. Gosudarstvo i\nrevoliutsiia. Poln. sobr. soch., 5th\ned., vol. 33.\n")
    doc = extract(text)
    assert [(r.author[0].family, r.volume) for r in doc.references] == [
        ("Marx", "19"), ("Engels", "20"), ("Lenin", "33")
    ]


_NARROW_PAGE = (
    "Ferrocene\n\ndicyclopentadienyliron, (C5H5)2Fe, an\norganometallic compound; orange\ncrystals, which\n"
    "melt at 173°C and dissolve in organic\nsolvents.\n\nREFERENCES\n"
)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        pytest.param(
            ["Nesmeianov, A. N. Khimiia ferrotsena.", "Moscow, 1969.Metody", "elementoorganicheskoi khimii:",
             "Zhelezoorganicheskie soedineniia.", "Ferrotsen. Moscow, 1983."],
            ["Nesmeianov, A. N. Khimiia ferrotsena. Moscow, 1969.",
             "Metody elementoorganicheskoi khimii: Zhelezoorganicheskie soedineniia. Ferrotsen. Moscow, 1983."],
            id="a-title-run-on-after-an-imprint-is-no-headword",
        ),
        pytest.param(
            ["Alexander, J. T. Autocratic Politics in", "a National Crisis: Pugachev’s Revolt,", "1773–1775.",
             "London", "[1969].Longworth, P. The Cossacks.", "London [1969]."],
            ["Alexander, J. T. Autocratic Politics in a National Crisis: Pugachev’s Revolt, 1773–1775. London [1969].",
             "Longworth, P. The Cossacks. London [1969]."],
            id="a-city-alone-after-a-title-that-ends-with-years",
        ),
        pytest.param(
            ["Alexander, J. T. Autocratic Politics in", "a National Crisis: Pugachev’s Revolt,", "1773–1775.",
             "Bloomington, Ind.", "[1969].Longworth, P. The Cossacks.", "London [1969]."],
            [("Alexander, J. T. Autocratic Politics in a National Crisis: Pugachev’s Revolt, 1773–1775. "
              "Bloomington, Ind. [1969]."),
             "Longworth, P. The Cossacks. London [1969]."],
            id="a-city-and-its-state-alone-after-a-title-that-ends-with-years",
        ),
    ],
)
def test_entries_run_together_without_a_space_on_a_narrow_page(lines, expected):
    """A block whose entries run together with no space between, on a page wrapped at 40 characters."""
    assert entries(_NARROW_PAGE + "\n".join(lines) + "\n") == expected


def test_a_title_a_narrow_page_cut_three_times_is_an_entry():
    """An English title in title case cut over four lines of a page wrapped at 35 characters, each line like a
    headword, is the entry the fifth line's imprint ends."""
    lines = ["Zhdanov, V. M., and S. Ia.", "Gaidamovich. Virusologiia. Moscow,", "1966.", "Poliomyelitis: Papers and",
             "Discussions Presented at the Fifth", "International Poliomyelitis", "Conference. Philadelphia-Montreal,",
             "1961.", "Paul, J. R. A History of", "Poliomyelitis. New Haven-London,", "1971."]
    text = ("Poliomyelitis\n\nan acute infectious disease caused by\na virus that affects the gray\n"
            "matter of the spinal cord.\n\nREFERENCES\n" + "\n".join(lines) + "\n")
    assert entries(text) == [
        "Zhdanov, V. M., and S. Ia. Gaidamovich. Virusologiia. Moscow, 1966.",
        ("Poliomyelitis: Papers and Discussions Presented at the Fifth International Poliomyelitis Conference. "
         "Philadelphia-Montreal, 1961."),
        "Paul, J. R. A History of Poliomyelitis. New Haven-London, 1971.",
    ]


def test_a_wrapped_entrys_line_that_begins_with_years_in_parentheses_is_no_biography():
    """"(1921–1922). Moscow, 1954." under a title cut where the page wraps goes on with the entry, though a
    biography may open with the person's years so."""
    text = ("New Economic Policy\n\nthe economic policy of the Soviet state in the transition period, which replaced "
            "the\npolicy of War Communism. It was introduced by the Tenth Congress of the RCP(B) in\nMarch 1921.\n\n"
            "REFERENCES\nGenkina, E. B. Perekhod sovetskogo gosudarstva k novoi ekonomicheskoi politike\n"
            "(1921–1922). Moscow, 1954.\nDobb, M. Soviet Economic Development Since 1917. London, 1948.\n")
    assert entries(text) == [
        "Genkina, E. B. Perekhod sovetskogo gosudarstva k novoi ekonomicheskoi politike (1921–1922). Moscow, 1954.",
        "Dobb, M. Soviet Economic Development Since 1917. London, 1948.",
    ]


def test_a_volume_and_its_part_whose_label_ends_the_line_above_end_the_entry():
    """"… Soch., 2nd ed., vol." / "25, part 2. Engels, F. …": the entry ends with its part, the next begins."""
    text = ("Agrarian Question\n\nthe totality of problems connected with the peasantry and landownership.\n\n"
            "REFERENCES\nMarx, K. Kapital, vol. 3, part 6. In K. Marx and F. Engels, Soch., 2nd ed., vol.\n"
            "25, part 2. Engels, F. \"Krest’ianskii vopros vo Frantsii i Germanii.\" Ibid.,\n"
            "vol. 22. Lenin, V. I. Razvitie kapitalizma v Rossii. Poln. sobr. soch., 5th ed.,\nvol. 3.\n")
    assert entries(text) == [
        "Marx, K. Kapital, vol. 3, part 6. In K. Marx and F. Engels, Soch., 2nd ed., vol. 25, part 2.",
        "Engels, F. \"Krest’ianskii vopros vo Frantsii i Germanii.\" Ibid., vol. 22.",
        "Lenin, V. I. Razvitie kapitalizma v Rossii. Poln. sobr. soch., 5th ed., vol. 3.",
    ]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        pytest.param(
            ["Marx, K. Klassovaia bor’ba vo Frantsii.", "Marx, K., and F. Engels. Soch., 2nd ed., vol. 7."],
            ["Marx, K. Klassovaia bor’ba vo Frantsii. Marx, K., and F. Engels. Soch., 2nd ed., vol. 7."],
            id="collected-works-with-their-authors-inverted-after-a-title",
        ),
        pytest.param(
            ["Lenin, V. I. Velikii pochin. Ibid.", "Marx, K., and F. Engels. Soch., 2nd ed., vol. 7."],
            ["Lenin, V. I. Velikii pochin. Ibid.", "Marx, K., and F. Engels. Soch., 2nd ed., vol. 7."],
            id="the-collected-works-an-entry-of-their-own",
        ),
        pytest.param(
            ["Ivanov, I. I. “Ocherki istorii.” Voprosy istorii, 1900, no. 1 (34).",
             "Ivanov, I. I., and I. I. Ivanov. Soch., vol. 1. Moscow, 1900."],
            ["Ivanov, I. I. “Ocherki istorii.” Voprosy istorii, 1900, no. 1 (34).",
             "Ivanov, I. I., and I. I. Ivanov. Soch., vol. 1. Moscow, 1900."],
            id="collected-works-after-a-journals-issue-in-the-whole-run",
        ),
        pytest.param(
            ["Markov, P. A. V Khudozhestvennom teatre. Moscow, 1976.", "Ezhegodnik MKhT [1943–1960].",
             "Moscow, 1945–62."],
            ["Markov, P. A. V Khudozhestvennom teatre. Moscow, 1976.", "Ezhegodnik MKhT [1943–1960]. Moscow, 1945–62."],
            id="a-title-with-its-years-after-an-imprint-is-no-second-imprint",
        ),
        pytest.param(
            ["Baratynskii, E. A. Poln. sobr. soch., vols. 1–2.", "Edited and with notes by M. L. Gofman.",
             "St. Petersburg, 1914–15."],
            [("Baratynskii, E. A. Poln. sobr. soch., vols. 1–2. Edited and with notes by M. L. Gofman. St. "
              "Petersburg, 1914–15.")],
            id="an-editors-credit-with-more-than-editing",
        ),
        pytest.param(
            ["Smoliak, A. V. Traditsionnoe khoziaistvo. Moscow, 1984.", "Candidate’s dissertation."],
            ["Smoliak, A. V. Traditsionnoe khoziaistvo. Moscow, 1984. Candidate’s dissertation."],
            id="a-thesis-kind-at-a-lines-start",
        ),
    ],
)
def test_what_a_line_begins_with_goes_on_with_the_entry_above(lines, expected):
    assert entries("Topic\n" + BODY + "\nREFERENCES\n" + "\n".join(lines) + "\n") == expected


@pytest.mark.parametrize(
    "entry",
    [
        pytest.param("Shostakovich, D. D. Simfoniia no. 7. Score. Moscow, 1942.", id="a-titles-number-no-comma-before"),
        pytest.param("Berg, L. S. Atlas ryb. Moscow, 1950. Plates 1–20.", id="plates-after-the-imprint"),
    ],
)
def test_a_sentence_after_a_number_is_no_entry_of_its_own(entry):
    text = "Topic\n" + BODY + "REFERENCES\n" + entry + "\nIvanov, I. I. Ocherki. Moscow, 1950.\n"
    assert entries(text) == [entry, "Ivanov, I. I. Ocherki. Moscow, 1950."]


@pytest.mark.parametrize(
    "lines",
    [
        pytest.param(["Kogutud teosed, vols. 1–18.", "Tallinn, 1978–93. In Russian",
                      "translation: Izbr. proizv., vols.", "1–4. Tallinn, 1954–56."], id="cut-before-translation"),
        pytest.param(["Kogutud teosed, vols. 1–18. Tallinn, 1978–93. In", "Russian translation: Izbr. proizv., vols.",
                      "1–4. Tallinn, 1954–56."], id="cut-after-in"),
    ],
)
def test_an_inline_label_cut_where_the_page_wraps_ends_the_entry_above(lines):
    text = "Tammsaare, Anton Hansen\n\nBorn Jan. 30, 1878. Estonian writer.\n\nWORKS\n\n" + "\n".join(lines) + "\n"
    block = segment(text).articles[0].blocks[0]
    assert [(e.text, e.translated) for e in block.entries] == [
        ("Kogutud teosed, vols. 1–18. Tallinn, 1978–93.", ""), ("Izbr. proizv., vols. 1–4. Tallinn, 1954–56.", "ru")]
    assert " ".join(block.entries[0].span.slice(text).split()) == "Kogutud teosed, vols. 1–18. Tallinn, 1978–93."


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Marx, K. Kapital, vol. 1. Marx, K., and F. Engels. Soch., 2nd ed., vol. 23.",
                     id="the-works-authors-inverted-after-a-titles-volume"),
        pytest.param("Marx, K. Kapital, vol. 1, part 2. Soch., 2nd ed., vol. 23.", id="the-works-after-a-titles-part"),
        pytest.param("Marx, K. Kapital, vol. 1.\nMarx, K., and F. Engels. Soch., 2nd ed., vol. 23.",
                     id="the-works-on-the-next-line"),
    ],
)
def test_the_collected_works_after_a_title_with_no_imprint_are_its_container(line):
    assert entries("Topic\n" + BODY + "REFERENCES\n" + line + "\n") == [line.replace("\n", " ")]
    [ref] = extract("Topic\n" + BODY + "REFERENCES\n" + line + "\n").references
    assert (ref.type, ref.container_title, ref.volume) == ("chapter", "Sochineniia", "23")


@pytest.mark.parametrize(
    "first",
    [
        pytest.param("Lenin, V. I. Gosudarstvo i revoliutsiia. Poln. sobr. soch., 5th ed., vol. 33.", id="in-works"),
        pytest.param("Ivanov, I. I. “Ocherki istorii.” Pravda, Jan. 1, 1918.", id="a-newspapers-day"),
    ],
)
def test_an_entry_before_another_authors_works_is_an_entry_of_its_own(first):
    second = "Marx, K., and F. Engels. Soch., 2nd ed., vol. 4."
    assert entries("Topic\n" + BODY + "REFERENCES\n" + first + " " + second + "\n") == [first, second]


def test_trailing_spaces_change_no_headword():
    """A copy that keeps spaces at the ends of its lines reads as the one that does not: the page's title line,
    then the headword that repeats it in another case."""
    page = ("Dictatorship of the Proletariat\nDictatorship Of The Proletariat\n\nthe political power of the working "
            "class, which it wins in a socialist revolution.\n\nREFERENCES\n\nLenin, V. I. Gosudarstvo i revoliutsiia. "
            "Poln. sobr. soch., 5th ed., vol. 33.\n")
    assert segment(page.replace("\n", "  \n")).title == segment(page).title == "Dictatorship of the Proletariat"
