"""Inline citations, ibid., cross-references and the annotated view."""

from __future__ import annotations

import json
from html.parser import HTMLParser

import pytest
from click.testing import CliRunner

from gsecite.annotate import annotate_html, annotate_text
from gsecite.cli import main
from gsecite.extract import extract
from gsecite.inline import find_inline

from .conftest import SEED, dev_articles

PAGE = "Topic\n\nThe text says so, and it was written {} in the book.\n"


def cited(parenthetical: str):
    text = PAGE.format(parenthetical)
    doc = extract(text)
    refs = {r.id: r for r in doc.references}
    return [(c, refs[c.reference]) for c in doc.citations], doc


CITATIONS = [
    pytest.param("(K. Marx, in K. Marx and F. Engels, Soch., 2nd ed., vol. 23, p. 646)",
                 [("646", "page", {"author": "Marx", "container_title": "Sochineniia", "edition": "2",
                                               "volume": "23", "container_author": "Marx Engels"})], id="marx-in"),
    pytest.param("(F. Engels in K. Marx and F. Engels, Soch., 2nd ed., vol. 21, p. 259)",
                 [("259", "page", {"author": "Engels", "container_author": "Marx Engels"})], id="in-without-comma"),
    pytest.param("(V. I. Lenin, Poln. sobr. soch., 5th ed., vol. 41, p. 33)",
                 [("33", "page", {"author": "Lenin", "container_title": "Polnoe sobranie sochinenii",
                                  "edition": "5", "volume": "41"})], id="lenin-pss"),
    pytest.param("(Poln. sobr. soch., 5th ed., vol. 15, p. 332)",
                 [("332", "page", {"author": "Lenin", "volume": "15"})], id="bare-pss-is-lenin"),
    pytest.param("(Soch., 4th ed., vol. 14, p. 343)",
                 [("343", "page", {"author": "Lenin", "container_title": "Sochineniia", "edition": "4",
                                   "volume": "14"})], id="bare-fourth-edition-of-sochineniia-is-lenin"),
    pytest.param("(Marx and Engels, Soch., 2nd ed., vol. 3, p. 4)",
                 [("4", "page", {"author": "Marx Engels", "edition": "2", "volume": "3"})],
                 id="second-edition-with-its-authors-is-theirs"),
    pytest.param("(R. Hilferding, Das Finanzkapital, Vienna, 1910)",
                 [("", "page", {"author": "Hilferding", "title": "Das Finanzkapital", "year": 1910})],
                 id="a-work-its-city-and-year-without-a-page"),
    pytest.param("(H. Kelsen, General Theory of Law and State, Cambridge, Mass., 1945, p. 181)",
                 [("181", "page", {"author": "Kelsen", "title": "General Theory of Law and State",
                                   "publisher_place": "Cambridge, Mass."})], id="a-city-and-its-state"),
    pytest.param("(S. S. Alekseev, Obshchaia teoriia sotsialisticheskogo prava, issue 1, Sverdlovsk, 1963, p. 12)",
                 [("12", "page", {"title": "Obshchaia teoriia sotsialisticheskogo prava", "issue": "1",
                                  "type": "book", "publisher_place": "Sverdlovsk"})],
                 id="a-books-issue-before-its-imprint"),
    pytest.param("(K. Marx, Kapital, vol. 3)",
                 [("", "page", {"author": "Marx", "title": "Kapital", "volume": "3"})],
                 id="an-author-a-title-and-its-volume-without-a-page"),
    pytest.param("(see, for example, R. Hilferding, Finansovyi kapital, Moscow, 1959, p. 300)",
                 [("300", "page", {"author": "Hilferding", "title": "Finansovyi kapital", "year": 1959})],
                 id="see-for-example"),
    pytest.param("(F. Engels, Anti-\nDühring, 1957, p. 111)",
                 [("111", "page", {"author": "Engels", "title": "Anti-Dühring"})], id="wrapped-at-a-hyphen"),
    pytest.param("(Lenin, vol. 27, p. 359; vol. 30, p. 164)",
                 [("359", "page", {"author": "Lenin", "container_title": "Polnoe sobranie sochinenii",
                                   "edition": "5", "volume": "27", "title": ""}),
                  ("164", "page", {"author": "Lenin", "volume": "30"})], id="owner-and-volume-alone"),
    pytest.param("(Lenin, Poln. sobr. soch, 5th ed., vol. 16, p. 96)",
                 [("96", "page", {"author": "Lenin", "volume": "16"})], id="family-only"),
    pytest.param("(V. I. Lenin, Poln. sobr. sock, 5th ed., vol. 42, p. 203)",
                 [("203", "page", {"container_title": "Polnoe sobranie sochinenii"})], id="misprint-sock"),
    pytest.param("(K. Marx and F. Engels, Soch., 2nd ed., vol. 19, p. 18)",
                 [("18", "page", {"author": "Marx Engels"})], id="two-authors-without-in"),
    pytest.param("(“Manifesto of the Communist Party,” 1848, in K. Marx and F. Engels, Soch., 2nd ed., vol. 4, p. 459)",
                 [("459", "page", {"title": "Manifesto of the Communist Party", "container_author": "Marx Engels",
                                   "volume": "4"})], id="title-first"),
    pytest.param("(KPSS v rezoliutsiiakh …, 8th ed., vol. 1, 1970, p. 283)",
                 [("283", "page", {"title": "KPSS v rezoliutsiiakh i resheniiakh s”ezdov, konferentsii i plenumov TsK",
                                   "title_short": "KPSS v rezoliutsiiakh …", "edition": "8", "volume": "1",
                                   "year": 1970})], id="party-document-abridged-as-the-table-knows"),
    pytest.param("(Istoriia KPSS, vol. 2, 1966, p. 270)",
                 [("270", "page", {"title": "Istoriia KPSS", "volume": "2", "year": 1966})], id="history"),
    pytest.param("(Lenin, V. I. Poln. sobr. soch., 5th ed., vol. 33, p. 7)",
                 [("7", "page", {"author": "Lenin", "container_title": "Polnoe sobranie sochinenii", "volume": "33"})],
                 id="inverted-name-ended-by-its-initials-period"),
    pytest.param("(Marx, K., and F. Engels. Soch., 2nd ed., vol. 3, p. 5)",
                 [("5", "page", {"author": "Marx Engels", "container_title": "Sochineniia", "volume": "3"})],
                 id="inverted-names-ended-by-a-period"),
    pytest.param("(Poln. sobr. soch., 5th ed., vol. 33, p. 7, note 2)",
                 [("7", "page", {"container_title": "Polnoe sobranie sochinenii", "volume": "33"})],
                 id="a-note-on-the-page-after-a-comma"),
    pytest.param("(Poln. sobr. soch., 5th ed., vol. 33, note 3)",
                 [("3", "note", {"container_title": "Polnoe sobranie sochinenii", "volume": "33"})],
                 id="a-note-alone"),
    pytest.param("(Poln. sobr. soch., 5th ed., vol. 33, p. 7; also vol. 34, p. 5)",
                 [("7", "page", {"volume": "33"}), ("5", "page", {"author": "Lenin", "volume": "34"})],
                 id="also-before-a-volume-that-continues-the-work"),
    pytest.param("(Programma KPSS, 1976, p. 77)",
                 [("77", "page", {"title": "Programma KPSS", "year": 1976})], id="programme"),
    pytest.param("(G. Hegel, Soch., vol. 6, Moscow, 1939, pp. 309–10)",
                 [("309–10", "page", {"author": "Hegel", "container_title": "Sochineniia", "volume": "6",
                                      "publisher_place": "Moscow", "year": 1939})], id="other-classic"),
    pytest.param("(Metaphysics, VII, 6, 1031c)",
                 [("VII, 6, 1031c", "section", {"title": "Metaphysics"})], id="ancient-text"),
    pytest.param("(Aristotle, Metaphysics, I, 2, 982b)",
                 [("I, 2, 982b", "section", {"title": "Metaphysics", "author_literal": "Aristotle"})],
                 id="ancient-text-and-author"),
    pytest.param("(Herodotus, IV, 17)",
                 [("IV, 17", "section", {"title": "", "author_literal": "Herodotus"})],
                 id="an-ancient-author-alone-by-book-and-chapter"),
    pytest.param("(Pliny, Natural History, IV, 26)",
                 [("IV, 26", "section", {"title": "Natural History", "author_literal": "Pliny"})],
                 id="an-ancient-author-and-work"),
    pytest.param("(Poetics, 1449b 24)",
                 [("1449b 24", "section", {"title": "Poetics"})], id="ancient-text-by-bekker-number"),
    pytest.param("(founded in 1847; see the Rules of the League in K. Marx and F. Engels, Soch., 2nd ed., vol. 4, "
                 "pp. 524–29)",
                 [("524–29", "page", {"title": "Rules of the League", "container_author": "Marx Engels"})],
                 id="source-inside-longer-parenthesis"),
    pytest.param("(see V. I. Lenin, Poln. sobr. soch., 5th ed., vol. 1, p. 5)",
                 [("5", "page", {"author": "Lenin", "volume": "1"})], id="see-a-source"),
    pytest.param("(Poln. sobr. soch., 5th ed., vol. 38, p. 237; ibid., pp. 112, 308)",
                 [("237", "page", {"volume": "38"}), ("112, 308", "page", {"volume": "38"})], id="ibid-same-work"),
    pytest.param("(Poln. sobr. soch., 5th ed., vol. 38, p. 1; ibid., vol. 13, p. 8 and vol. 20, p. 9)",
                 [("1", "page", {"volume": "38"}), ("8", "page", {"volume": "13"}), ("9", "page", {"volume": "20"})],
                 id="ibid-new-volumes"),
    pytest.param("(K. Marx, in K. Marx and F. Engels, Soch., 2nd ed., vol. 13, pp. 6–7; see also pp. 13–14)",
                 [("6–7", "page", {"author": "Marx", "volume": "13"}),
                  ("13–14", "page", {"author": "Marx", "volume": "13"})], id="see-also-and-a-page-alone"),
    pytest.param("(K. Marx, in K. Marx and F. Engels, Soch., 2nd ed., vol. 13, p. 6; F. Engels, ibid., vol. 20, p. 5)",
                 [("6", "page", {"author": "Marx", "volume": "13"}),
                  ("5", "page", {"author": "Engels", "author_given": "F.", "container_author": "Marx Engels",
                                 "container_title": "Sochineniia", "title": "", "volume": "20"})],
                 id="ibid-names-the-co-author-of-the-works"),
    pytest.param("(V. I. Lenin, “Tri istochnika,” Poln. sobr. soch., 5th ed., vol. 23, p. 43; ibid., vol. 17, p. 15)",
                 [("43", "page", {"title": "Tri istochnika", "volume": "23"}),
                  ("15", "page", {"author": "Lenin", "title": "", "container_title": "Polnoe sobranie sochinenii",
                                  "volume": "17"})],
                 id="ibid-another-volume-of-the-works-is-not-the-same-article"),
    pytest.param("(K. Marx, Kapital, vol. 1, p. 5; ibid., vol. 3, p. 7)",
                 [("5", "page", {"title": "Kapital", "volume": "1"}),
                  ("7", "page", {"title": "Kapital", "volume": "3"})],
                 id="ibid-another-volume-of-a-book"),
    pytest.param("(K. Marx, “Tezisy o Feierbakhe,” in K. Marx and F. Engels, Soch., 2nd ed., vol. 3, p. 4)",
                 [("4", "page", {"author": "Marx", "title": "Tezisy o Feierbakhe", "container_author": "Marx Engels"})],
                 id="author-quoted-title-in-the-works"),
    pytest.param("(“Kommunist,” 1977, no. 4, p. 9)",
                 [("9", "page", {"type": "article-journal", "container_title": "Kommunist", "title": "", "issue": "4",
                                 "year": 1977})], id="a-journals-name-in-quotes"),
    pytest.param("(Poln. sobr. soch., 5th ed., vol. 38, p. 364 [see also vol. 39, p. 424])",
                 [("364", "page", {"author": "Lenin", "volume": "38"})], id="a-remark-in-brackets-after-the-page"),
    pytest.param("(see also Konstitutsiia SSSR, 1977, arts. 34–36)",
                 [("34–36", "article-locator", {"title": "Konstitutsiia SSSR", "year": 1977})],
                 id="articles-of-a-constitution"),
    pytest.param("(“Programma Kommunisticheskoi partii Sovetskogo Soiuza,” 1976, p. 20)",
                 [("20", "page", {"type": "book", "title": "Programma Kommunisticheskoi partii Sovetskogo Soiuza",
                                  "container_title": "", "year": 1976})], id="a-quoted-title-and-its-year"),
    pytest.param("(“Pravda,” Dec. 22, 1971)",
                 [("", "page", {"type": "article-newspaper", "container_title": "Pravda", "title": ""})],
                 id="a-newspapers-name-in-quotes"),
    pytest.param("(L. I. Brezhnev, “Otchetnyi doklad TsK KPSS XXV s”ezdu,” Pravda, Feb. 25, 1976)",
                 [("", "page", {"type": "article-newspaper", "container_title": "Pravda", "author": "Brezhnev",
                                "title": "Otchetnyi doklad TsK KPSS XXV s”ezdu", "year": 1976})],
                 id="an-article-in-a-newspaper-with-no-page-its-title-holding-a-hard-sign"),
    pytest.param("(Kommunist, 1972, no. 5, p. 22; no. 6, p. 8)",
                 [("22", "page", {"container_title": "Kommunist", "issue": "5", "year": 1972}),
                  ("8", "page", {"container_title": "Kommunist", "issue": "6", "year": 1972, "title": ""})],
                 id="another-issue-of-the-same-journal"),
    pytest.param("(see the journal Voprosy filosofii, 1977, no. 1, p. 23)",
                 [("23", "page", {"type": "article-journal", "container_title": "Voprosy filosofii", "issue": "1"})],
                 id="the-journal-named-before-its-name"),
    pytest.param("(M. Gor’kii, Sobr. soch., vol. 27, 1953, p. 300; see also his O literature, 1953, p. 56)",
                 [("300", "page", {"author": "Gor’kii", "volume": "27"}),
                  ("56", "page", {"author": "Gor’kii", "author_given": "M.", "title": "O literature", "year": 1953})],
                 id="his-work-is-by-the-author-cited-before"),
    pytest.param("(Marx, K., Engels, F., Soch., 2nd ed., vol. 3, p. 24)",
                 [("24", "page", {"author": "Marx Engels", "title": "", "container_title": "Sochineniia",
                                  "volume": "3"})], id="two-names-inverted-with-a-comma-between"),
    pytest.param("(K. Marx and F. Engels, Soch., 2nd ed., vol. 19, p.18)",
                 [("18", "page", {"author": "Marx Engels", "volume": "19"})], id="page-without-a-space"),
    pytest.param("(K. Marx and F. Engels, Soch., 2nd ed., vol 19, p. 18)",
                 [("18", "page", {"author": "Marx Engels", "volume": "19"})], id="volume-without-its-period"),
    pytest.param("(K. Marx and F. Engels, Soch., 2nd ed. vol. 19, p. 18)",
                 [("18", "page", {"container_title": "Sochineniia", "edition": "2", "volume": "19"})],
                 id="edition-and-volume-without-a-comma"),
    pytest.param("(V. I. Lenin. Poln. sobr. soch., 5th ed., vol. 42, page 203)",
                 [("203", "page", {"author": "Lenin", "container_title": "Polnoe sobranie sochinenii"})],
                 id="a-period-after-the-name-and-page-spelled-out"),
    pytest.param("(V. I. Lenin, Poln. sobr, soch., 5th ed., vol. 42, pp. 203 ff.)",
                 [("203", "page", {"container_title": "Polnoe sobranie sochinenii", "volume": "42"})],
                 id="damaged-abbreviation-and-the-pages-after"),
    pytest.param("(V. I. Lenin, Poln. sobr. soch., 5th ed., vol, 41, p, 27)",
                 [("27", "page", {"author": "Lenin", "volume": "41"})], id="commas-for-the-labels-periods"),
    pytest.param("(V. I. Lenin, Poln. sobr. soch., 5th ed., vol. 41. p. 27)",
                 [("27", "page", {"author": "Lenin", "volume": "41"})], id="a-period-for-the-comma-after-the-volume"),
    pytest.param("(V. I. Lenin, Poln.sobr.soch., 5th ed., vol. 4l, p. 27)",
                 [("27", "page", {"container_title": "Polnoe sobranie sochinenii", "volume": "41"})],
                 id="the-abbreviations-spaces-lost-and-an-l-for-a-one"),
    pytest.param("(K. Marx. in K. Marx and F. Engels, Soch., 2nd ed., vol. 8, p. 211)",
                 [("211", "page", {"author": "Marx", "container_author": "Marx Engels", "volume": "8"})],
                 id="a-period-for-the-comma-before-in"),
    pytest.param("(K. Marx, In K. Marx and F. Engels, Soch., 2nd ed., vol. 8, p. 211)",
                 [("211", "page", {"author": "Marx", "title": "", "volume": "8"})], id="in-capitalized"),
    pytest.param("(K. Marx, in K. Marx and F. Engels, Soch., 2nd ed., vol. 23, p. 188, footnote)",
                 [("188", "page", {"author": "Marx", "volume": "23"})], id="a-footnote-on-the-page"),
    pytest.param("(Materialy XXIV s”ezda KPSS, 1971, p. 5, and L. I. Brezhnev, O konstitutsii SSSR, 1977, p. 10)",
                 [("5", "page", {"title": "Materialy XXIV s”ezda KPSS", "year": 1971}),
                  ("10", "page", {"author": "Brezhnev", "title": "O konstitutsii SSSR", "year": 1977})],
                 id="two-sources-joined-by-and-after-a-page"),
    pytest.param("(F. Engels, in K. Marx and F. Engels, Izbr. pis’ma, 1953, p. 423)",
                 [("423", "page", {"author": "Engels", "container_author": "Marx Engels",
                                   "container_title": "Izbrannye pis’ma", "title": "", "year": 1953})],
                 id="a-book-named-for-its-authors-after-in-holds-the-work"),
    pytest.param("(see Poln. sobr. soch., 5th ed., vol. 44, p. 151, and ibid., vol. 45, p. 372)",
                 [("151", "page", {"volume": "44"}), ("372", "page", {"volume": "45"})],
                 id="a-source-and-ibid-joined-by-and"),
    pytest.param("(Poln. sobr. soch., 5th ed., vol. 38, p. 386, emphasis added)", [("386", "page", {"volume": "38"})],
                 id="a-remark-on-the-quotation-after-the-page"),
    pytest.param("(Poln. sobr. soch., vol. 10, 1949, p. 146, letter to P. A. Viazemskii)",
                 [("146", "page", {"volume": "10", "year": 1949})], id="where-in-the-work-the-quotation-is"),
    pytest.param("(Poln. sobr. soch., vol. 13, 1937, p. 20, letter of Dec. 5, 1880)",
                 [("20", "page", {"volume": "13", "year": 1937})], id="a-dated-letter-after-the-page"),
    pytest.param("(Marx, Kapital, vol. 1, 1955, p. 182)",
                 [("182", "page", {"author": "Marx", "title": "Kapital", "volume": "1", "year": 1955})],
                 id="family-then-title"),
    pytest.param("(Pravda, Jan. 5, 1970, p. 2)",
                 [("2", "page", {"author": "", "type": "article-newspaper", "container_title": "Pravda",
                                 "title": "", "year": 1970})], id="newspaper-and-date-no-author"),
    pytest.param("(Pravda, Mar. 3, 1963)",
                 [("", "page", {"type": "article-newspaper", "container_title": "Pravda"})],
                 id="newspaper-day-without-page"),
    pytest.param("(Literaturnaia gazeta, 1959, Sept. 8)",
                 [("", "page", {"type": "article-newspaper", "container_title": "Literaturnaia gazeta", "year": 1959})],
                 id="newspaper-year-then-day"),
    pytest.param("(Leninskii sbornik, vol. 37, p. 23; see Pravda, Apr. 22, 1970)",
                 [("23", "page", {"title": "Leninskii sbornik", "volume": "37"}),
                  ("", "page", {"type": "article-newspaper", "container_title": "Pravda", "year": 1970})],
                 id="newspaper-day-after-see"),
    pytest.param("(Kommunist, no. 12, 1974, p. 5)",
                 [("5", "page", {"author": "", "type": "article-journal", "container_title": "Kommunist",
                                 "issue": "12", "year": 1974})], id="journal-and-issue-no-author"),
    pytest.param("(Voprosy filosofii, 1965, no. 3, p. 14; Voprosy filosofii, 1966, no. 3, p. 2)",
                 [("14", "page", {"type": "article-journal", "container_title": "Voprosy filosofii", "issue": "3",
                                  "year": 1965}),
                  ("2", "page", {"issue": "3", "year": 1966})], id="two-issues-two-works"),
    pytest.param("(Kapital, vol. 1, p. 5)",
                 [("5", "page", {"author": "", "title": "Kapital", "volume": "1"})], id="title-then-volume"),
    pytest.param("(quoted in Istoriia KPSS, vol. 2, 1966, p. 45)",
                 [("45", "page", {"title": "Istoriia KPSS", "volume": "2"})], id="quoted-in"),
    pytest.param("(V. I. Lenin, quoted in K. Zetkin, Vospominaniia o Lenine, 1955, p. 11)",
                 [("11", "page", {"author": "Zetkin", "title": "Vospominaniia o Lenine", "year": 1955})],
                 id="who-is-quoted-then-where"),
    pytest.param("(in the collection Leninskii sbornik, vol. 5, p. 10)",
                 [("10", "page", {"container_title": "Leninskii sbornik", "title": "", "volume": "5"})],
                 id="in-the-collection"),
    pytest.param("(see the collection Marksizm i voprosy iazykoznaniia, Moscow, 1950)",
                 [("", "page", {"title": "Marksizm i voprosy iazykoznaniia", "container_title": "", "year": 1950})],
                 id="see-the-collection-itself"),
    pytest.param("(V. I. Lenin, Poln. sobr. soch., 5th ed., vol. 27, p. 386; F. Engels, Anti-Dühring, 1966, p. 102; "
                 "V. I. Lenin, ibid., p. 395)",
                 [("386", "page", {"author": "Lenin", "volume": "27"}), ("102", "page", {"author": "Engels"}),
                  ("395", "page", {"author": "Lenin", "volume": "27"})],
                 id="named-ibid-is-the-latest-work-of-that-author"),
    pytest.param("(V. I. Lenin, Poln. sobr. soch., 5th ed., vol. 27, p. 386; F. Engels, Anti-Dühring, 1966, p. 102; "
                 "Lenin, V. I., ibid., p. 395)",
                 [("386", "page", {"author": "Lenin", "volume": "27"}), ("102", "page", {"author": "Engels"}),
                  ("395", "page", {"author": "Lenin", "volume": "27", "title": ""})],
                 id="named-ibid-inverted-as-a-bibliography-prints-it"),
    pytest.param("(Marx and Engels, Soch., 2nd ed., vol. 39, p. 174)",
                 [("174", "page", {"author": "Marx Engels", "container_title": "Sochineniia", "volume": "39"})],
                 id="family-names-alone-before-collected-works"),
    pytest.param("(Engels, in Marx and Engels, Soch., 2nd ed., vol. 20, p. 5)",
                 [("5", "page", {"author": "Engels", "container_author": "Marx Engels", "volume": "20"})],
                 id="family-names-alone-with-in"),
    pytest.param("(Engels, in K. Marx and F. Engels, Soch., 2nd ed., vol. 22, p. 201)",
                 [("201", "page", {"author": "Engels", "author_given": "F.", "volume": "22"})],
                 id="family-alone-takes-the-initials-printed-with-the-works"),
    pytest.param("(see K. Marx, Kritika Gotskoi programmy, in K. Marx and F. Engels, Soch., 2nd ed., vol. 19, p. 27)",
                 [("27", "page", {"author": "Marx", "author_given": "K.", "title": "Kritika Gotskoi programmy",
                                  "container_author": "Marx Engels", "volume": "19"})],
                 id="author-then-title-in-the-works"),
    pytest.param("(F. Engels, letter to J. Bloch, Sept. 21–22, 1890, in K. Marx and F. Engels, Soch., 2nd ed., "
                 "vol. 37, p. 394)",
                 [("394", "page", {"author": "Engels", "title": "letter to J. Bloch, Sept. 21–22, 1890",
                                   "volume": "37"})],
                 id="a-letter-in-the-works"),
    pytest.param("(Lenin, Soch., 4th ed., vol. 31, p. 8; V. I. Lenin, Soch., 4th ed., vol. 31, p. 9)",
                 [("8", "page", {"author": "Lenin", "author_given": "V. I.", "volume": "31"}),
                  ("9", "page", {"author": "Lenin", "author_given": "V. I.", "volume": "31"})],
                 id="a-work-cited-again-with-the-given-names"),
    pytest.param("(V. I. Lenin, “Gosudarstvo i revoliutsiia,” Poln. sobr. soch., 5th ed., vol. 33, p. 7)",
                 [("7", "page", {"author": "Lenin", "title": "Gosudarstvo i revoliutsiia",
                                 "container_title": "Polnoe sobranie sochinenii", "volume": "33"})],
                 id="quoted-title-after-the-author"),
    pytest.param("(see: V. I. Lenin, Poln. sobr. soch., 5th ed., vol. 1, p. 5)",
                 [("5", "page", {"author": "Lenin", "volume": "1"})], id="see-with-a-colon"),
    pytest.param("(V. I. Lenin, Poln. sobr. soch., 5th ed., vol. 1, p. 5, and vol. 2, p. 7)",
                 [("5", "page", {"volume": "1"}), ("7", "page", {"volume": "2"})], id="comma-and-another-volume"),
    pytest.param("(Leninskii sbornik, XXXV, p. 12)",
                 [("12", "page", {"title": "Leninskii sbornik", "volume": "XXXV"})], id="volume-in-roman-numerals"),
    pytest.param("(F. Engels, Anti-Dühring, ch. 3)",
                 [("3", "chapter", {"author": "Engels", "title": "Anti-Dühring"})], id="chapter-locator"),
    pytest.param("(Soch., vol. 5, Moscow, 1966, col. 249)",
                 [("249", "column", {"container_title": "Sochineniia"})], id="column"),
    pytest.param("(V. I. Lenin, Poln. sobr. soch., 5th ed., vol. 27, p. 386; Programma KPSS, 1976, p. 101; "
                 "Lenin, ibid., p. 395)",
                 [("386", "page", {"author": "Lenin", "volume": "27"}), ("101", "page", {"title": "Programma KPSS"}),
                  ("395", "page", {"author": "Lenin", "volume": "27"})],
                 id="ibid-after-a-family-name-alone"),
    pytest.param("(V. I. Lenin, Poln. sobr. soch., 5th ed., vol. 27, p. 386; Lenin, Gosudarstvo i revoliutsiia, "
                 "ch. 5; Lenin, ibid., vol. 39, p. 15)",
                 [("386", "page", {"volume": "27"}), ("5", "chapter", {"title": "Gosudarstvo i revoliutsiia"}),
                  ("15", "page", {"author": "Lenin", "container_title": "Polnoe sobranie sochinenii",
                                  "volume": "39"})],
                 id="named-ibid-with-a-volume-is-in-their-works-in-volumes"),
    pytest.param("(Lenin, V. I., Poln. sobr. soch., 5th ed., vol. 7, p. 5)",
                 [("5", "page", {"author": "Lenin", "title": "", "container_title": "Polnoe sobranie sochinenii",
                                 "volume": "7"})], id="name-inverted-as-a-bibliography-prints-it"),
    pytest.param("(K. Marx and F. Engels, Soch., 2nd ed., vol. 4, p. 459; V. I. Lenin, Poln. sobr. soch., 5th ed., "
                 "vol. 41, p. 27; Marx and Engels, ibid., vol. 20, p. 5)",
                 [("459", "page", {"volume": "4"}), ("27", "page", {"volume": "41"}),
                  ("5", "page", {"author": "Marx Engels", "container_title": "Sochineniia", "volume": "20"})],
                 id="ibid-after-two-family-names"),
    pytest.param("(Soch., 2nd ed., vol. 4, p. 424; see K. Marx and F. Engels, ibid., vol. 28, pp. 424–27; "
                 "Engels, Anti-Dühring, p. 5; K. Marx, ibid., vol. 28, p. 427)",
                 [("424", "page", {"author": "", "volume": "4"}),
                  ("424–27", "page", {"author": "Marx Engels", "container_title": "Sochineniia", "volume": "28"}),
                  ("5", "page", {"author": "Engels", "title": "Anti-Dühring"}),
                  ("427", "page", {"author": "Marx", "container_title": "Sochineniia", "volume": "28"})],
                 id="ibid-names-the-authors-the-works-before-did-not"),
    pytest.param("(see L. S. Berg, Ryby, Moscow, 1948, pp. 57–130; Zhizn’ zhivotnykh, vol. 4, part 1, 1971)",
                 [("57–130", "page", {"author": "Berg", "title": "Ryby"}),
                  ("", "page", {"title": "Zhizn’ zhivotnykh", "volume": "4", "part": "1", "year": 1971})],
                 id="a-title-with-its-volume-part-and-year"),
    pytest.param("(see the article by A. A. Petrov in Voprosy filosofii, 1970, no. 5)",
                 [("", "page", {"author": "Petrov", "container_title": "Voprosy filosofii", "issue": "5"})],
                 id="the-article-by-its-author-in-a-journal"),
    pytest.param("(see the article by A. A. Petrov in the collection Ocherki, Moscow, 1970, p. 7)",
                 [("7", "page", {"author": "Petrov", "container_title": "Ocherki", "title": ""})],
                 id="the-article-by-its-author-in-a-collection"),
    pytest.param("(see V. G. Heptner et al., Mlekopitaiushchie Sovetskogo Soiuza, vol. 2, Moscow, 1967, p. 5)",
                 [("5", "page", {"author": "Heptner", "title": "Mlekopitaiushchie Sovetskogo Soiuza", "volume": "2"})],
                 id="et-al-after-the-author"),
    pytest.param("(see J. von Neumann, Teoriia samovosproizvodiashchikhsia avtomatov, Moscow, 1971, p. 5)",
                 [("5", "page", {"author": "von Neumann", "title": "Teoriia samovosproizvodiashchikhsia avtomatov"})],
                 id="a-particle-before-the-family-name"),
    pytest.param("(Astronomicheskii zhurnal, 1956, vol. 33, p. 5)",
                 [("5", "page", {"type": "article-journal", "container_title": "Astronomicheskii zhurnal",
                                 "volume": "33", "title": ""})], id="journal-year-then-volume"),
    pytest.param("(see Haber, Zs. Elektrochem., 1908, vol. 14, p. 513)",
                 [("513", "page", {"type": "article-journal", "author": "Haber", "volume": "14"})],
                 id="journal-with-its-author"),
    pytest.param("(Istoriia estetiki, vol. 2, Moscow, 1964, p. 10)",
                 [("10", "page", {"type": "book", "title": "Istoriia estetiki", "publisher_place": "Moscow"})],
                 id="book-volume-then-imprint"),
    pytest.param("(in Poln. sobr. soch., 5th ed., vol. 35, pp. 195–205)",
                 [("195–205", "page", {"type": "chapter", "author": "Lenin",
                                       "container_title": "Polnoe sobranie sochinenii", "volume": "35"})],
                 id="in-before-the-works"),
    pytest.param("(Marx, K., and F. Engels, Soch., 2nd ed., vol. 23, pp. 5–6, 10)",
                 [("5–6, 10", "page", {"author": "Marx Engels", "container_title": "Sochineniia", "volume": "23"})],
                 id="inverted-name-and-its-co-author"),
    pytest.param("(Marx, K. and Engels, F., Soch., 2nd ed., vol. 3, p. 5)",
                 [("5", "page", {"author": "Marx Engels", "container_title": "Sochineniia", "volume": "3"})],
                 id="inverted-name-and-its-co-author-inverted"),
    pytest.param("(G. V. Plekhanov, Izbr. filosofskie proizv., vol. 1, 1956, p. 5)",
                 [("5", "page", {"type": "chapter", "container_title": "Izbrannye filosofskie proizvedeniia",
                                 "container_title_short": "Izbr. filosofskie proizv.", "volume": "1",
                                 "container_author": "Plekhanov"})],
                 id="the-selected-works-of-a-kind-as-collected-works"),
    pytest.param("(Programma KPSS, 1976, p. 77)",
                 [("77", "page", {"type": "book", "title": "Programma KPSS", "year": 1976})], id="book-year-no-volume"),
    pytest.param("(Dnevniki, Moscow-Petrograd, 1923, p. 215)",
                 [("215", "page", {"author": "", "title": "Dnevniki", "publisher_place": "Moscow-Petrograd",
                                   "year": 1923})], id="a-title-then-a-joint-imprint-is-no-author"),
    pytest.param("(Zhurnal eksperimental’noi i teoreticheskoi fiziki, 1949, vol. 19, issue 1, p. 36; Uspekhi "
                 "fizicheskikh nauk, 1962, vol. 77, issue 4)",
                 [("36", "page", {"container_title": "Zhurnal eksperimental’noi i teoreticheskoi fiziki"}),
                  ("", "page", {"type": "article-journal", "container_title": "Uspekhi fizicheskikh nauk",
                                "volume": "77", "issue": "4", "year": 1962})],
                 id="a-journals-volume-and-issue-with-no-page"),
    pytest.param("(Narodnoe khoziaistvo SSSR v 1975 g., Moscow, 1976, p. 56)",
                 [("56", "page", {"title": "Narodnoe khoziaistvo SSSR v 1975 g.", "year": 1976})],
                 id="a-title-ending-with-an-abbreviation-keeps-its-period"),
    pytest.param("(Lu Hsün, Sobr. soch., vol. 1, Moscow, 1954, p. 5)",
                 [("5", "page", {"author_literal": "Lu Hsün", "container_title": "Sobranie sochinenii",
                                 "volume": "1", "title": ""})], id="a-name-printed-whole-before-collected-works"),
    pytest.param("(Ibn Sina, Kanon vrachebnoi nauki, book 1, Tashkent, 1954, p. 3)",
                 [("3", "page", {"author_literal": "Ibn Sina", "title": "Kanon vrachebnoi nauki"})],
                 id="a-name-printed-whole-before-a-title"),
    pytest.param("(Istoriia SSSR, Kratkii kurs, Moscow, 1954, p. 3)",
                 [("3", "page", {"author": "", "title": "Istoriia SSSR, Kratkii kurs"})],
                 id="capitalized-words-of-a-title-are-no-name"),
    pytest.param("(see also Sovetskaia istoricheskaia entsiklopediia, vol. 5)",
                 [("", "page", {"title": "Sovetskaia istoricheskaia entsiklopediia", "volume": "5"})],
                 id="a-title-and-its-volume-with-no-page"),
    pytest.param("(Chto delat’? Leningrad, 1975, p. 5)",
                 [("5", "page", {"title": "Chto delat’?", "publisher_place": "Leningrad", "year": 1975})],
                 id="a-place-after-a-title-that-ends-with-a-question-mark"),
    pytest.param("(Poln. sobr. soch., 5th ed., vol. 5, pp. iv–vi)", [("iv–vi", "page", {"volume": "5"})],
                 id="a-prefaces-pages-in-roman-numerals"),
    pytest.param("(Poln. sobr. soch., 5th ed., vol. 5, fol. 12)", [("12", "folio", {"volume": "5"})], id="a-folio"),
    pytest.param("(H. Rickert, Die Grenzen der naturwissenschaftlichen Begriffsbildung, Tübingen, 1902, S. 25)",
                 [("25", "page", {"author": "Rickert", "year": 1902,
                                  "title": "Die Grenzen der naturwissenschaftlichen Begriffsbildung"})],
                 id="a-german-page"),
    pytest.param("(For a list of works, see Dmitrii Shostakovich: Notograficheskii spravochnik, Moscow, 1965.)",
                 [("", "page", {"title": "Dmitrii Shostakovich: Notograficheskii spravochnik",
                                "publisher_place": "Moscow", "year": 1965})],
                 id="what-the-reader-is-sent-for-and-the-sentences-period"),
    pytest.param("(see V. I. Lenin, “Uroki Kommuny,” Poln. sobr. soch., 5th ed., vol. 16, pp. 451–54; “Pamiati "
                 "Kommuny,” ibid., vol. 20, pp. 218–22)",
                 [("451–54", "page", {"title": "Uroki Kommuny", "volume": "16"}),
                  ("218–22", "page", {"author": "Lenin", "title": "Pamiati Kommuny", "edition": "5", "volume": "20",
                                      "container_title": "Polnoe sobranie sochinenii"})],
                 id="another-works-title-then-ibid"),
    pytest.param("(see K. Marx, Das Kapital, Bd. 1, S. 5)",
                 [("5", "page", {"author": "Marx", "title": "Das Kapital", "volume": "1"})],
                 id="a-german-volume-and-page"),
    pytest.param("(V. I. Lenin, Poln. sobr. soch., t. 33, s. 5)",
                 [("5", "page", {"author": "Lenin", "container_title": "Polnoe sobranie sochinenii", "volume": "33"})],
                 id="a-russian-volume-and-page"),
    pytest.param("(Iskra, no. 4, May 1901)",
                 [("", "page", {"container_title": "Iskra", "issue": "4", "type": "article-newspaper"})],
                 id="an-issue-and-its-month"),
    pytest.param("(Pis’ma i bumagi imperatora Petra Velikogo, vol. 9, issue 1, 1950, p. 227)",
                 [("227", "page", {"title": "Pis’ma i bumagi imperatora Petra Velikogo", "container_title": "",
                                   "volume": "9", "issue": "1", "type": "book"})],
                 id="an-issue-of-a-volume-before-the-year-is-a-books"),
    pytest.param("(Istoriia SSSR, Vol. 2, p. 5)",
                 [("5", "page", {"title": "Istoriia SSSR", "volume": "2"})],
                 id="a-volume-label-capitalized"),
    pytest.param("(quoted in Pravda, Jan. 5, 1970)",
                 [("", "page", {"container_title": "Pravda", "type": "article-newspaper"})],
                 id="quoted-in-a-newspaper-of-a-day"),
    pytest.param("(V. I. Lenin, quoted in K. Zetkin, Vospominaniia o Lenine, 1955)",
                 [("", "page", {"author": "Zetkin", "title": "Vospominaniia o Lenine", "year": 1955})],
                 id="quoted-in-a-book-of-a-year-with-no-page"),
    pytest.param("(Astronomicheskii zhurnal, 1956, vol. 33, issue 6, p. 5)",
                 [("5", "page", {"container_title": "Astronomicheskii zhurnal", "type": "article-journal"})],
                 id="a-periodical-prints-its-year-first"),
    pytest.param("(see M. G. Levin and L. P. Potapov, eds., Narody Sibiri, 1956, p. 701)",
                 [("701", "page", {"editor": "Levin Potapov", "author": "", "title": "Narody Sibiri", "year": 1956,
                                   "publisher_place": ""})],
                 id="the-editors-before-the-title"),
    pytest.param("(Levin, M. G., ed., Narody Sibiri, vol. 2, p. 5)",
                 [("5", "page", {"editor": "Levin", "author": "", "title": "Narody Sibiri", "volume": "2"})],
                 id="an-editor-inverted-before-the-title"),
    pytest.param("(see Narody Sibiri, edited by M. G. Levin and L. P. Potapov, Moscow, 1956, p. 5)",
                 [("5", "page", {"editor": "Levin Potapov", "title": "Narody Sibiri", "publisher_place": "Moscow"})],
                 id="the-editors-after-the-title"),
    pytest.param("(Landau, Zh. eksperimental’noi i teoreticheskoi fiziki, 1941, vol. 11, issue 6, p. 592)",
                 [("592", "page", {"author": "Landau", "author_given": "", "type": "article-journal",
                                   "container_title": "Zhurnal eksperimental’noi i teoreticheskoi fiziki"})],
                 id="a-journal-abbreviated-after-a-family-name-is-no-initial"),
    pytest.param("(Alferov, Zh. I., Fizika i tekhnika poluprovodnikov, 1970, vol. 4, p. 5)",
                 [("5", "page", {"author": "Alferov", "author_given": "Zh. I."})],
                 id="an-initial-a-journal-abbreviates-too"),
    pytest.param("(Gamow, Z. Phys., 1928, vol. 51, p. 204)",
                 [("204", "page", {"author": "Gamow", "author_given": "", "container_title": "Z. Phys.",
                                   "language": "de"})],
                 id="a-western-journal-abbreviated-after-a-family-name"),
]


def check(ref, expected: dict) -> None:
    for key, value in expected.items():
        if key in ("author", "container_author", "editor"):
            assert " ".join(n.family for n in getattr(ref, key)) == value, (key, ref)
        elif key == "author_literal":
            assert " ".join(n.literal for n in ref.author) == value, ref
        elif key == "author_given":
            assert " ".join(n.given for n in ref.author) == value, ref
        elif key == "year":
            assert ref.issued and ref.issued.start[0] == value, ref
        else:
            assert getattr(ref, key) == value, (key, ref)


@pytest.mark.parametrize(("parenthetical", "expected"), CITATIONS)
def test_citation_table(parenthetical, expected):
    found, _ = cited(parenthetical)
    assert len(found) == len(expected), [c.text for c, _ in found]
    for (citation, ref), (locator, label, fields) in zip(found, expected, strict=True):
        assert (citation.locator, citation.label) == (locator, label)
        check(ref, fields)


@pytest.mark.parametrize(
    "parenthetical",
    [
        pytest.param("(B)", id="letter"),
        pytest.param("(complete or incomplete)", id="gloss"),
        pytest.param("(1918–1920)", id="years"),
        pytest.param("(self-designation, Udee, Udekhe)", id="names"),
        pytest.param("(see Table 1)", id="table"),
        pytest.param("(1,500 persons, 1970 census)", id="population"),
        pytest.param("(Sept. 26, 1958)", id="date"),
        pytest.param("(born Mar. 3, 1903)", id="birth-date"),
        pytest.param("(Moscow, Mar. 3, 1963)", id="place-and-date"),
        pytest.param("(Kiev, Kharkov, 1950)", id="two-cities-and-a-year"),
        pytest.param("(born in Kazan, 1900)", id="a-birthplace-and-year"),
        pytest.param("(Schinz, 1821)", id="taxon-author"),
        pytest.param("(Mustela nivalis)", id="latin-name"),
        pytest.param("(Kazakhstan, vol. 1)", id="a-title-and-volume-with-no-author"),
        pytest.param("(the Urals, Siberia, vol. 2)", id="regions-and-a-volume"),
        pytest.param("(see table on p. 45)", id="a-table-on-a-page"),
        pytest.param("(see p. 45)", id="see-a-page"),
        pytest.param("(quoted in the press, 1970)", id="quoted-in-no-work"),
    ],
)
def test_not_citations(parenthetical):
    found, doc = cited(parenthetical)
    assert found == [] and doc.cross_references == ()


@pytest.mark.parametrize(
    ("parenthetical", "targets"),
    [
        pytest.param("(see HEGEMONY OF THE PROLETARIAT)", ["HEGEMONY OF THE PROLETARIAT"], id="see"),
        pytest.param("(see HEGEMONY OF THE\nPROLETARIAT)", ["HEGEMONY OF THE PROLETARIAT"],
                     id="wrapped-inside-the-target"),
        pytest.param("(seeHEGEMONY OF THE PROLETARIAT)", ["HEGEMONY OF THE PROLETARIAT"], id="space-lost"),
        pytest.param("(see also NON-CAPITALIST PATH)", ["NON-CAPITALIST PATH"], id="see-also"),
        pytest.param("(see also: DIALECTICS)", ["DIALECTICS"], id="see-also-with-a-colon"),
        pytest.param("(see SOVIET UNION, section on Literature)", ["SOVIET UNION"], id="article-and-its-section"),
        pytest.param("(see KAZAKH SSR: Literature)", ["KAZAKH SSR"], id="article-and-its-section-after-a-colon"),
        pytest.param("(for details, see ECONOMICS)", ["ECONOMICS"], id="for-details-see"),
        pytest.param("(for more detail, see SOCIALISM)", ["SOCIALISM"], id="for-more-detail-see"),
        pytest.param("(on this question, see also DIALECTICS)", ["DIALECTICS"], id="what-the-reader-is-sent-for"),
        pytest.param("(For more detail, see PHYSICS.)", ["PHYSICS"], id="a-sentence-of-its-own-in-parentheses"),
        pytest.param("(See also SOCIALIST REALISM and REALISM.)", ["SOCIALIST REALISM", "REALISM"],
                     id="see-capitalized-a-sentence-of-its-own"),
        pytest.param("(see the article GEOGRAPHY)", ["GEOGRAPHY"], id="see-the-article"),
        pytest.param("(see under NITRIC ACID)", ["NITRIC ACID"], id="see-under"),
        pytest.param("(see 1905–07 REVOLUTION)", ["1905–07 REVOLUTION"], id="a-headword-that-begins-with-years"),
        pytest.param("(see below)", [], id="see-below-is-no-article"),
        pytest.param("(see FEUDALISM and SERFDOM; MARXISM)", ["FEUDALISM", "SERFDOM", "MARXISM"], id="several"),
        pytest.param("(see DIALECTICS; LOGIC; and THEORY OF KNOWLEDGE)", ["DIALECTICS", "LOGIC", "THEORY OF KNOWLEDGE"],
                     id="and-after-a-semicolon"),
        pytest.param("(see DIALECTICS, LOGIC, and THEORY OF KNOWLEDGE)", ["DIALECTICS", "LOGIC", "THEORY OF KNOWLEDGE"],
                     id="a-series"),
        pytest.param("(see PUSHKIN, A. S., and LERMONTOV, M. IU.)", ["PUSHKIN, A. S.", "LERMONTOV, M. IU."],
                     id="headwords-with-initials"),
        pytest.param("(see V. I. LENIN)", ["V. I. LENIN"], id="a-name-with-its-initials-first"),
        pytest.param("(see LENIN; see also MATERIALISM and DIALECTICS)", ["LENIN", "MATERIALISM", "DIALECTICS"],
                     id="see-also-after-a-semicolon"),
    ],
)
def test_cross_references(parenthetical, targets):
    text = PAGE.format(parenthetical)
    _, xrefs = find_inline(text)
    assert [x.target for x in xrefs] == targets
    if xrefs:
        assert xrefs[0].span.slice(text).lower().startswith("see")
    for x in xrefs:
        assert x.target in " ".join(x.span.slice(text).split())


def test_a_citation_of_selected_works_of_a_kind_names_the_entry_in_them():
    """Cited by its container and volume, a work in an author's selected works of one kind is the entry."""
    text = ("Monism\n\nMonism\n\na philosophical doctrine (G. V. Plekhanov, Izbr. filosofskie proizv., vol. 1, "
            "1956, p. 60).\n\nPlekhanov, G. V. K voprosu o razvitii monisticheskogo vzgliada na istoriiu. "
            "Izbr. filosofskie proizv., vol. 1. Moscow, 1956.\n")
    doc = extract(text)
    (citation,) = doc.citations
    assert citation.reference == doc.references[0].id and len(doc.references) == 1


@pytest.mark.parametrize(
    ("sentence", "targets"),
    [
        pytest.param("It developed. See also MATERIALIST DIALECTICS.", ["MATERIALIST DIALECTICS"], id="see-also"),
        pytest.param("It developed. See LOMONOSOV, M. V. He was born.", ["LOMONOSOV, M. V."], id="with-initials"),
        pytest.param("It developed. See also DIALECTICS and LOGIC.", ["DIALECTICS", "LOGIC"], id="two"),
        pytest.param("It developed. See\nalso CAPITAL; EXPLOITATION.", ["CAPITAL", "EXPLOITATION"],
                     id="wrapped-after-see"),
        pytest.param("It developed. See also STATE OF THE\nWHOLE PEOPLE and\nLOGIC.",
                     ["STATE OF THE WHOLE PEOPLE", "LOGIC"], id="wrapped-inside-a-target"),
        pytest.param("See also the article SOVIET UNION, section on Literature.", ["SOVIET UNION"],
                     id="at-the-paragraph-start"),
        pytest.param("See also references under DIALECTICAL MATERIALISM.", ["DIALECTICAL MATERIALISM"],
                     id="to-another-articles-references"),
        pytest.param("See Table 2. It developed.", [], id="no-headword"),
        pytest.param("He said: See the USSR now.", [], id="no-sentence-of-its-own"),
    ],
)
def test_cross_references_in_a_sentence_of_their_own(sentence, targets):
    """Outside parentheses, a sentence that is only "See (also) X" names other articles, in capitals."""
    text = f"Topic\n\nTopic\n\na word of the body.\n{sentence}\n"
    _, xrefs = find_inline(text)
    assert [x.target for x in xrefs] == targets
    for x in xrefs:
        assert x.target in " ".join(x.span.slice(text).split())


def test_an_article_of_a_law_in_the_collected_laws_is_the_locator():
    text = ("Decree on Land\n\na decree adopted by the Second All-Russian Congress of Soviets. The law was later "
            "confirmed by the Soviet government (Sobranie uzakonenii RSFSR, 1918, no. 25, art. 346), and the land "
            "passed to the peasants.\n")
    (citation,) = extract(text).citations
    assert (citation.locator, citation.label) == ("346", "article-locator")


def test_a_citation_mended_before_it_is_read_keeps_its_printed_text_and_place():
    ((citation, ref),), _ = cited("(V. I. Lenin, Poln.sobr.soch., 5th ed., vol, 4l. p, 27)")
    assert citation.text == "V. I. Lenin, Poln.sobr.soch., 5th ed., vol, 4l. p, 27"
    assert PAGE.format("(V. I. Lenin, Poln.sobr.soch., 5th ed., vol, 4l. p, 27)")[
        citation.span.start : citation.span.end] == citation.text
    assert (ref.volume, citation.locator) == ("41", "27")


def test_a_bare_article_of_a_law_the_sentence_names_is_no_citation():
    text = ("Trade Unions\n\nThe right of the working people to associate in trade unions is guaranteed by the "
            "Constitution of the USSR (art. 51). At the beginning of 1975 the trade unions had many members.\n")
    document = extract(text)
    assert (document.citations, document.problems) == ((), ())


def test_ibid_chain_and_its_failure():
    text = PAGE.format("(ibid., p. 4)") + "\nMore text here, as was said (Poln. sobr. soch., 5th ed., vol. 1, p. 2) "
    text += "and then (Marx, ibid., p. 3) and (ibid., vol. 2, p. 5), which he said.\n"
    doc = extract(text)
    assert [c.locator for c in doc.citations] == ["2", "3", "5"]
    refs = {r.id: r for r in doc.references}
    assert refs[doc.citations[0].reference] is refs[doc.citations[1].reference]
    assert refs[doc.citations[2].reference].volume == "2"
    assert len(doc.problems) == 1 and "ibid., p. 4" in doc.problems[0].message
    assert doc.problems[0].span.slice(text) == "ibid., p. 4"


@pytest.mark.parametrize("ibid", ["ibid.", "Ibid.", "ibid", "Ibidem", "ibidem", "in the same place"])
def test_ibid_in_its_printed_forms_cites_the_work_before(ibid):
    doc = extract(f"Topic\n\nLenin wrote about it (Poln. sobr. soch., 5th ed., vol. 38, p. 237). Later he came back "
                  f"to it ({ibid}, p. 5).\n")
    assert [c.reference for c in doc.citations] == [doc.citations[0].reference] * 2
    assert [c.locator for c in doc.citations] == ["237", "5"] and len(doc.references) == 1


def test_loose_spaces_are_not_read_and_spans_stay_true():
    text = ("Topic\n\nAs Lenin wrote (Poln. sobr. soch. , 5th ed., vol. 38, p. 168), so it was.\n\n"
            "REFERENCES\nIvanov ,  I. I. Ocherki istorii. Moscow , 1961.\n")
    doc = extract(text)
    entry = next(r for r in doc.references if r.origin == "bibliography")
    assert (entry.author[0].family, entry.title, entry.publisher_place) == ("Ivanov", "Ocherki istorii", "Moscow")
    assert entry.raw == entry.span.slice(text) == "Ivanov ,  I. I. Ocherki istorii. Moscow , 1961."
    (citation,) = doc.citations
    assert citation.text == citation.span.slice(text) == "Poln. sobr. soch. , 5th ed., vol. 38, p. 168"
    assert {r.id: r for r in doc.references}[citation.reference].volume == "38"


def test_invisible_characters_of_a_web_page_are_not_read_and_spans_stay_true():
    text = ("Topic\n\nAs Lenin wrote (V. I. Le\u00adnin, Poln. sobr. soch., 5th ed., vol. 38, p. 168), so it was.\n\n"
            "REFERENCES\nIva\u00adnov, I. I. Ocherki is\u00adtorii. Mos\u200bcow, 1961.\n")
    doc = extract(text)
    entry = next(r for r in doc.references if r.origin == "bibliography")
    assert (entry.author[0].family, entry.title, entry.publisher_place) == ("Ivanov", "Ocherki istorii", "Moscow")
    assert entry.raw == entry.span.slice(text)
    assert entry.raw == "Iva\u00adnov, I. I. Ocherki is\u00adtorii. Mos\u200bcow, 1961."
    (citation,) = doc.citations
    assert citation.span.slice(text) == citation.text
    assert citation.text == "V. I. Le\u00adnin, Poln. sobr. soch., 5th ed., vol. 38, p. 168"
    assert {r.id: r for r in doc.references}[citation.reference].author[0].family == "Lenin"


@pytest.mark.parametrize(
    ("first", "then", "year"),
    [
        pytest.param("Poln. sobr. soch., vol. 46, 1937, p. 79", "ibid., vol. 60, 1949, pp. 100–02", (1949,),
                     id="the-year-printed-with-the-new-volume"),
        pytest.param("Marx, Kapital, vol. 1, 1955, p. 764", "ibid., vol. 3, p. 198", None,
                     id="no-year-printed-with-the-new-volume"),
        pytest.param("Marx, Kapital, vol. 1, 1955, p. 764", "ibid., p. 770", (1955,), id="the-same-volume-its-year"),
    ],
)
def test_ibid_with_a_new_volume_takes_the_year_printed_with_it_or_none(first, then, year):
    """The year of one volume is not another's: "(…, vol. 46, 1937, p. 79)" then "(ibid., vol. 60, 1949, …)"."""
    doc = extract(f"Topic\n\nAs he wrote it ({first}), and then again ({then}), so it was.\n")
    refs = {r.id: r for r in doc.references}
    second = refs[doc.citations[1].reference]
    assert (second.issued.start if second.issued else None) == year


@pytest.mark.parametrize(
    ("first", "then", "issue", "issued"),
    [
        pytest.param("Trudy TsNIIGAiK, 1945, issue 42", "ibid., 1948, issue 68", "68", (1948,),
                     id="another-year-and-issue-of-a-serial"),
        pytest.param("Pravda, Jan. 5, 1950", "ibid., Mar. 3, 1951", "", (1951, 3, 3), id="another-day-of-a-newspaper"),
        pytest.param("Iskra, no. 4, May 1901", "ibid., June 1901, p. 3", "4", (1901, 6),
                     id="another-month-of-a-newspaper"),
    ],
)
def test_ibid_that_prints_another_date_first_is_that_dates_issue_of_the_periodical(first, then, issue, issued):
    """"(Trudy TsNIIGAiK, 1945, issue 42; ibid., 1948, issue 68)": the year after "ibid." is the work's, not a title."""
    doc = extract(f"Topic\n\nIt was measured again and again, and the results were printed ({first}; {then}).\n")
    refs = {r.id: r for r in doc.references}
    before, again = (refs[c.reference] for c in doc.citations)
    assert (again.container_title, again.issue or "", again.issued.start) == (before.container_title, issue, issued)


def test_one_author_ibid_after_two_cites_that_authors_work():
    text = ("Topic\n\nEngels wrote so (K. Marx and F. Engels, Soch., 2nd ed., vol. 20, p. 513), and later again "
            "(Engels, ibid., vol. 21, p. 284), as is known.\n\nREFERENCES\n"
            "Engels, F. Liudvig Feierbakh. In K. Marx and F. Engels, Soch., 2nd ed., vol. 21.\n")
    doc = extract(text)
    refs = {r.id: r for r in doc.references}
    first, second = (refs[c.reference] for c in doc.citations)
    assert [n.family for n in first.author] == ["Marx", "Engels"] and first.origin == "inline"
    assert second.title == "Liudvig Feierbakh" and second.origin == "bibliography"


def test_a_co_authors_ibid_after_another_authors_works_goes_back_to_the_works_they_share():
    """"F. Engels, ibid., vol. 20" after Marx's chapter in their works and Lenin's works cited since: the works
    Engels shares with Marx, not Lenin's."""
    doc = extract("Topic\n\nMarx wrote (K. Marx, in K. Marx and F. Engels, Soch., 2nd ed., vol. 8, p. 211). Lenin "
                  "agreed (V. I. Lenin, Poln. sobr. soch., 5th ed., vol. 17, p. 5). Engels said (F. Engels, ibid., "
                  "vol. 20, p. 5).\n")
    cited = {r.id: r for r in doc.references}[doc.citations[-1].reference]
    assert ([n.family for n in cited.author], cited.container_title, cited.volume) == (["Engels"], "Sochineniia", "20")


def test_ibid_of_another_volume_after_an_issue_goes_back_to_the_works_cited_before_it():
    """An issue of a newspaper has no volumes: "ibid., vol. 5" after it is of the works cited before."""
    doc = extract("Topic\n\nHe wrote (Poln. sobr. soch., 5th ed., vol. 4, p. 371) in the first issue. In the "
                  "article (Iskra, no. 4, May 1901) he set forth a plan (see ibid., vol. 5, pp. 1–13).\n")
    refs = {r.id: r for r in doc.references}
    works, issue, volume = (refs[c.reference] for c in doc.citations)
    assert (issue.container_title, volume.container_title, volume.volume) == (
        "Iskra", "Polnoe sobranie sochinenii", "5")


@pytest.mark.parametrize(
    ("sentence", "cited"),
    [
        pytest.param("Lenin wrote", ("Lenin", "Polnoe sobranie sochinenii"), id="the-speaker-s-works"),
        pytest.param("It was written", ("Marx", "Sochineniia"), id="else-the-latest-works-in-volumes"),
    ],
)
def test_a_volume_alone_after_a_journal_is_of_works_in_volumes_cited_before_it(sentence, cited):
    """"(vol. 31, p. 167)" after a journal's issue and a one-volume book: works in volumes, the speaker's first."""
    doc = extract("Topic\n\nHe wrote (V. I. Lenin, Poln. sobr. soch., 5th ed., vol. 41, p. 166). Engels agreed "
                  "(K. Marx and F. Engels, Soch., 2nd ed., vol. 22, p. 5). It was resolved (Mezhdunarodnoe "
                  "soveshchanie, Moscow, 1969, p. 303; cited in Kommunist, 1970, no. 1, p. 5). "
                  f"“The question,” {sentence}, “is general” (vol. 31, p. 167).\n")
    work = {r.id: r for r in doc.references}[doc.citations[-1].reference]
    assert (work.author[0].family, work.container_title, work.volume) == (*cited, "31")


def test_failed_citation_makes_the_next_ibid_fail():
    """"op. cit." with no name cites a work of the author the sentence names, which the text may not cite."""
    text = PAGE.format("(Poln. sobr. soch., 5th ed., vol. 1, p. 2)")
    text += "\nAnd then (op. cit., p. 4) and later (ibid., p. 5) it was said.\n"
    doc = extract(text)
    assert [c.locator for c in doc.citations] == ["2"]
    assert len(doc.problems) == 2
    assert "could not tell" in doc.problems[0].message and "ibid., p. 5" in doc.problems[1].message


@pytest.mark.parametrize(
    ("second", "cited"),
    [
        pytest.param("(p. 4)", "the work just before", id="a-bare-page"),
        pytest.param("(Marx, op. cit., p. 4)", "Marx's latest work", id="op-cit-with-a-name"),
        pytest.param("(K. Marx, op. cit., p. 4)", "Marx's latest work", id="op-cit-with-initials-and-a-name"),
        pytest.param("(Marx, K., op. cit., p. 4)", "Marx's latest work", id="op-cit-with-a-name-inverted"),
        pytest.param("(Marx, op. cit., vol. 23, p. 4)", "Marx's latest work", id="op-cit-with-a-name-and-a-volume"),
        pytest.param("Marx returned to it (op. cit., p. 4)", "Marx's latest work",
                     id="op-cit-with-no-name-of-one-the-sentence-names"),
    ],
)
def test_a_bare_page_or_a_named_op_cit_cites_a_work_cited_before(second, cited):
    text = ("Topic\n\nMarx wrote so (K. Marx, in K. Marx and F. Engels, Soch., 2nd ed., vol. 23, p. 2), and Lenin "
            "too (V. I. Lenin, Poln. sobr. soch., 5th ed., vol. 1, p. 3).\nAnd then " + second + " it was said.\n")
    doc = extract(text)
    marx, lenin, then = (c.reference for c in doc.citations)
    assert then == (lenin if cited == "the work just before" else marx)
    assert doc.citations[2].locator == "4" and not doc.problems


def test_two_sources_joined_by_and_at_a_line_break_of_a_wrapped_page():
    paragraph = ("In 1961 the Congress concluded that the dictatorship of the proletariat had fulfilled its historic "
                 "mission (Programma KPSS, 1971, pp. 101–02; see also Materialy XXIV s”ezda KPSS, 1971, p. 5, and "
                 "L. I. Brezhnev, O konstitutsii SSSR, 1977, p. 10).")
    wrapped = paragraph.replace("p. 5, and ", "p. 5, and\n")  # (the line break where a page wrapped it)
    doc = extract(f"Topic\n\n{wrapped}\n")
    assert [c.locator for c in doc.citations] == ["101–02", "5", "10"]
    refs = {r.id: r for r in doc.references}
    assert [refs[c.reference].title for c in doc.citations] == [
        "Programma KPSS", "Materialy XXIV s”ezda KPSS", "O konstitutsii SSSR"]


def test_a_title_cited_again_with_no_author_is_the_work_cited_before_by_its_author():
    """"(K. Marx, Kapital, vol. 1, 1955, p. 621)" then "Marx noted … (Kapital, vol. 1, p. 659)": one work, Marx's of
    1955; not when the sentence names another author."""
    text = ("Topic\n\nHe wrote so (K. Marx, Kapital, vol. 1, 1955, p. 621). Marx noted it again (Kapital, vol. 1, "
            "p. 659). Engels read it (Kapital, vol. 2, p. 5).\n")
    doc = extract(text)
    first, second, third = doc.citations
    assert first.reference == second.reference != third.reference
    refs = {r.id: r for r in doc.references}
    assert [a.family for a in refs[second.reference].author] == ["Marx"]


def test_op_cit_after_two_names_cites_their_latest_work():
    text = ("Topic\n\nMarx wrote (K. Marx and F. Engels, Soch., 2nd ed., vol. 23, p. 2), Lenin too (V. I. Lenin, "
            "Poln. sobr. soch., 5th ed., vol. 1, p. 3).\nAnd then (Marx and Engels, op. cit., p. 4) it was said.\n")
    doc = extract(text)
    theirs, _, then = (c.reference for c in doc.citations)
    assert then == theirs and doc.citations[2].locator == "4" and not doc.problems


@pytest.mark.parametrize(
    ("listed", "linked"),
    [
        pytest.param(["Riazanov, D. B. “Dialektika prirody.” Arkhiv K. Marksa i F. Engel’sa, book 2. Moscow, 1925."],
                     True, id="their-one-entry"),
        pytest.param(["Riazanov, D. B. Ocherki. Moscow, 1923.", "Riazanov, D. B. Stat’i. Moscow, 1925."], False,
                     id="two-entries-tell-none"),
    ],
)
def test_op_cit_of_one_the_sentence_names_cites_their_one_entry_when_nothing_of_theirs_was_cited(listed, linked):
    text = ("Topic\n\nThe notes were studied by D. B. Riazanov (op. cit., p. 5).\n\nREFERENCES\n\n"
            + "\n".join(listed) + "\n")
    doc = extract(text)
    assert bool(doc.citations) is linked and bool(doc.problems) is not linked
    if linked:
        assert doc.citations[0].reference == doc.references[0].id and doc.citations[0].locator == "5"


@pytest.mark.parametrize(
    ("listed", "cites_his"),
    [
        pytest.param("Riazanov, D. B. Ocherki. Moscow, 1923.", True, id="his-one-entry"),
        pytest.param("Petrov, P. P. Ocherki. Moscow, 1923.", False, id="none-of-his"),
    ],
)
def test_a_named_op_cit_of_one_nothing_of_whose_was_cited_is_not_the_citation_before(listed, cites_his):
    """"(Riazanov, op. cit., p. 5)" after a citation of Lenin: Riazanov's one entry, else no work; never Lenin's."""
    text = ("Topic\n\nLenin wrote (V. I. Lenin, Poln. sobr. soch., 5th ed., vol. 1, p. 3). Riazanov disagreed "
            f"(Riazanov, op. cit., p. 5).\n\nREFERENCES\n\n{listed}\n")
    doc = extract(text)
    refs = {r.id: r for r in doc.references}
    cited = [[a.family for a in refs[c.reference].author] for c in doc.citations]
    assert cited == ([["Lenin"], ["Riazanov"]] if cites_his else [["Lenin"]])
    assert bool(doc.problems) is not cites_his


def test_journal_citation_resolves_to_the_article_of_that_issue():
    text = PAGE.format("(Kommunist, 1974, no. 12, p. 7)") + (
        "\n\nREFERENCES\n\nIvanov, I. I. “Ob odnom.” Kommunist, 1973, no. 12.\n"
        "Petrov, P. P. “O drugom.” Kommunist, 1974, no. 12.\n"
    )
    doc = extract(text)
    refs = {r.id: r for r in doc.references}
    assert refs[doc.citations[0].reference].author[0].family == "Petrov"


def test_citation_of_a_page_resolves_to_the_collected_works_entry_itself():
    """The bibliography lists the volume of the collected works as a book; a page cited in it is that entry."""
    text = PAGE.format("(K. Marx and F. Engels, Soch., 2nd ed., vol. 21, p. 282)") + (
        "\n\nREFERENCES\n\nMarx, K., and F. Engels. Soch., 2nd ed., vol. 20.\n"
        "Marx, K., and F. Engels. Soch., 2nd ed., vol. 21.\n"
    )
    doc = extract(text)
    assert doc.citations[0].reference == doc.references[1].id
    assert [r.origin for r in doc.references] == ["bibliography", "bibliography"]


@pytest.mark.parametrize(
    ("parenthetical", "entry"),
    [
        pytest.param("(Engels, Anti-Dühring, in K. Marx and F. Engels, Soch., 2nd ed., vol. 20, p. 145)",
                     "Engels, F. Anti-Dühring. In K. Marx and F. Engels, Soch., 2nd ed., vol. 20.",
                     id="family-then-title-in-names"),
        pytest.param("(V. I. Lenin, Materializm i empiriokrititsizm, Poln. sobr. soch., 5th ed., vol. 18, p. 5)",
                     "Lenin, V. I. Materializm i empiriokrititsizm. Poln. sobr. soch., 5th ed., vol. 18.",
                     id="title-then-collected-works"),
        pytest.param("(see Istoriia kolkhoznogo prava …, vol. 1, p. 5)",
                     "Istoriia kolkhoznogo prava: Sbornik zakonodatel’nykh materialov, vol. 1. Moscow, 1958.",
                     id="a-title-abridged-with-an-ellipsis"),
        pytest.param("(KPSS v rezoliutsiiakh …, 8th ed., vol. 4, 1970, pp. 40–59)",
                     "KPSS v rezoliutsiiakh i resheniiakh s”ezdov, konferentsii i plenumov TsK, 8th ed., vol. 4. "
                     "Moscow, 1970.", id="an-abridged-title-the-table-knows"),
        pytest.param("(Tiurin, 1965, p. 48)",
                     "Tiurin, I. V. Organicheskoe veshchestvo pochv. Moscow, 1965.", id="a-family-name-and-a-year"),
        pytest.param("(see Popper and Schaffner, 1957)",
                     "Popper, H., and F. Schaffner. Liver: Structure and Function. New York, 1957.",
                     id="two-family-names-and-a-year-and-no-page"),
        pytest.param("(see also Narodnoe khoziaistvo SSSR v 1975 g., Moscow, 1965, p. 7)",
                     "Narodnoe khoziaistvo SSSR v 1975 g.: Statisticheskii ezhegodnik. Moscow, 1965.",
                     id="a-title-without-its-subtitle-neither-naming-an-author-and-the-same-year"),
        pytest.param("(Tareev et al., 1957)",
                     "Tareev, E. M., A. B. Petrov, and I. I. Ivanov. Vnutrennie bolezni. Moscow, 1957.",
                     id="a-family-name-et-al-and-a-year"),
        pytest.param("(Leavitt, 1912)", "Leavitt, H. S. Harvard College Observatory Circular, 1912, no. 173.",
                     id="a-family-name-and-the-year-of-an-issue-cited-with-no-title"),
        pytest.param("(see M. G. Levin and L. P. Potapov, eds., Narody Sibiri, 1956, p. 701)",
                     "Narody Sibiri. Moscow-Leningrad, 1956.", id="its-editors-and-its-title"),
    ],
)
def test_citation_of_a_work_by_title_or_by_names_and_a_year_resolves_to_its_entry(parenthetical, entry):
    """(Tiurin's book of another year, listed too, is no match for a citation of his of 1965.)"""
    doc = extract(PAGE.format(parenthetical) + "\n\nREFERENCES\n\nOsnovy filosofii. Moscow, 1974.\n"
                  "Tiurin, I. V. Pochvovedenie. Moscow, 1937.\n" + entry + "\n")
    refs = {r.id: r for r in doc.references}
    assert len(doc.citations) == 1
    cited_work = refs[doc.citations[0].reference]
    assert cited_work.origin == "bibliography" and cited_work.raw == entry
    assert len(doc.references) == 3


def test_a_citation_names_an_entry_by_its_first_words_and_its_author():
    """Wiener's book, cited by its short title, is not Kolmogorov's article of that title."""
    wiener = "Wiener, N. Kibernetika, ili upravlenie i sviaz’ v zhivotnom i mashine, 2nd ed. Moscow, 1968."
    doc = extract(PAGE.format("(see N. Wiener, Kibernetika, 2nd ed., Moscow, 1968, p. 56)") + "\n\nREFERENCES\n\n"
                  "Kolmogorov, A. N. “Kibernetika.” In Bol’shaia sovetskaia entsiklopediia, 2nd ed., vol. 51.\n"
                  + wiener + "\n")
    refs = {r.id: r for r in doc.references}
    assert refs[doc.citations[0].reference].raw == wiener
    assert len(doc.references) == 2


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        pytest.param("The novel Abai (1942, p. 5) was a success.", "book", id="called-a-book"),
        pytest.param("His view is in Ekonomicheskie problemy (1952, pp. 17–20).", "book", id="a-year-alone"),
        pytest.param("According to Kommunist (1975, no. 4, p. 20), so.", "article-journal", id="an-issue-after-a-year"),
        pytest.param("According to the journal Kommunist (1975, p. 20), so.", "article-journal", id="called-a-journal"),
        pytest.param("According to Pravda (1975, p. 2), so.", "article-newspaper", id="a-known-newspaper"),
    ],
)
def test_a_work_named_before_the_parenthesis_by_its_year_is_a_periodical_when_so_printed_or_called(sentence, kind):
    doc = extract(PAGE.format("") + f"\n\n{sentence}\n")
    cited = {r.id: r for r in doc.references}[doc.citations[0].reference]
    assert cited.type == kind


@pytest.mark.parametrize(
    ("sentence", "container"),
    [
        pytest.param("According to Kommunist (1975, no. 4, p. 20), it remains central.", "Kommunist",
                     id="after-a-preposition"),
        pytest.param("He wrote in the journal Voprosy istorii (1956, no. 5, p. 7).", "Voprosy istorii",
                     id="after-the-word-journal"),
        pytest.param("See Vestnik Evropy (1890, book 3, pp. 10–15).", "Vestnik Evropy", id="a-book-of-a-periodical"),
        pytest.param("Compare Kommunist (1976, no. 4, p. 10).", "Kommunist", id="after-compare"),
        pytest.param("The journal Kommunist (no. 5, 1970, p. 30) printed it.", "Kommunist", id="its-issue-first"),
        pytest.param("The decrees of the Commune, which were reprinted many times, were published in Kommunist "
                     "(1971, nos. 8–9).", "Kommunist", id="two-issues"),
        pytest.param("The decrees of the Commune, which were reprinted many times, were published in the Journal "
                     "officiel de la République française (1871, nos. 80–147).",
                     "Journal officiel de la République française", id="a-name-the-word-journal-begins"),
    ],
)
def test_a_periodical_named_before_the_parenthesis_is_the_cited_work(sentence, container):
    doc = extract(PAGE.format("") + "\n\n" + sentence + "\n")
    refs = {r.id: r for r in doc.references}
    cited = refs[doc.citations[0].reference]
    assert (cited.container_title, cited.type) == (container, "article-journal")


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("It was founded in 1918 (1975, no. 4, p. 20).", id="a-year-and-issue-after-a-year"),
        pytest.param("The Program of the CPSU (1976, p. 16) says so.", id="a-year-and-page-after-an-acronym"),
        pytest.param("The Programma KPSS calls emulation a powerful means (1976, p. 85).",
                     id="a-year-and-page-after-a-verb-of-judging-and-its-object"),
    ],
)
def test_a_year_with_no_periodical_named_cites_no_work(sentence):
    doc = extract(PAGE.format("") + "\n\n" + sentence + "\n")
    assert doc.citations == () and "could not tell" in doc.problems[0].message
    assert all(r.title != "1976" for r in doc.references)


@pytest.mark.parametrize(
    ("sentence", "container"),
    [
        pytest.param("The decree was printed in Pravda (Feb. 2, 1925).", "Pravda", id="a-newspaper"),
        pytest.param("It appeared in Izvestiia (Sept. 12, 1937) and Pravda (Sept. 13, 1937).", "Izvestiia",
                     id="two-newspapers"),
        pytest.param("He was born in Moscow (Feb. 2, 1925).", "", id="a-city-is-no-newspaper"),
    ],
)
def test_a_day_after_a_newspapers_name_cites_its_issue_of_that_day(sentence, container):
    doc = extract(PAGE.format("") + "\n\n" + sentence + "\n")
    refs = {r.id: r for r in doc.references}
    cited = [refs[c.reference] for c in doc.citations]
    assert [(r.container_title, r.type) for r in cited[:1]] == ([(container, "article-newspaper")] if container else [])
    assert all(r.issued and len(r.issued.start) == 3 for r in cited)


@pytest.mark.parametrize(
    "parenthetical",
    [
        pytest.param("(Tiurin, 1966)", id="another-year"),
        pytest.param("(Schinz, 1821)", id="a-name-no-entry-has"),
        pytest.param("(Tiurin 1966)", id="no-comma-another-year"),  # ("(Tiurin 1965)" cites it: author-date)
    ],
)
def test_a_name_and_a_year_that_no_entry_lists_is_no_citation(parenthetical):
    doc = extract(PAGE.format(parenthetical) + "\n\nREFERENCES\n\nTiurin, I. V. Pochvovedenie. Moscow, 1965.\n")
    assert doc.citations == ()


def test_a_citation_of_another_volume_by_a_short_title_is_no_chapter_of_the_works():
    entry = "Marx, K. Kapital, vols. 1–3. In K. Marx and F. Engels, Soch., 2nd ed., vols. 23–25."
    doc = extract(PAGE.format("(K. Marx, Kapital, vol. 1, 1955, p. 775)") + "\n\nREFERENCES\n\n" + entry + "\n")
    refs = {r.id: r for r in doc.references}
    cited = refs[doc.citations[0].reference]
    assert (cited.origin, cited.title, cited.volume) == ("inline", "Kapital", "1")


def test_a_work_in_russian_collected_works_is_russian_however_spelled():
    doc = extract(PAGE.format("") + "\n\nREFERENCES\n\nMarx, K., and F. Engels. Nemetskaia ideologiia. Soch., "
                  "2nd ed., vol. 3.\nEngels, F. Anti-Dühring. Ibid., vol. 20.\n")
    assert [r.language for r in doc.references] == ["ru", "ru"]


def test_citation_resolves_to_the_bibliography_entry():
    doc = extract(SEED.read_text(encoding="utf-8"))
    refs = {r.id: r for r in doc.references}
    first = refs[doc.citations[0].reference]
    assert first.origin == "bibliography" and first.volume == "8" and first.author[0].family == "Marx"
    assert refs[doc.citations[1].reference] is first  # (Marx, ibid., p. 607 n)
    inline = [r for r in doc.references if r.origin == "inline"]
    assert {r.title or r.container_title for r in inline} == {"Polnoe sobranie sochinenii", "Programma KPSS"}


@pytest.mark.parametrize("path", [SEED, *dev_articles()], ids=lambda p: p.stem)
def test_offsets_point_at_the_printed_text(path):
    text = path.read_text(encoding="utf-8")
    doc = extract(text, str(path))
    for c in doc.citations:
        assert c.span.slice(text) == c.text
        assert text[c.span.start - 1] in "(; " and c.reference in {r.id for r in doc.references}
    for x in doc.cross_references:
        assert x.target in x.span.slice(text)


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.cites: list[dict] = []
        self.ids: set[str] = set()
        self._in_cite = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("class") == "cite":
            self.cites.append({**attrs, "text": ""})
            self._in_cite = True

    def handle_endtag(self, tag):
        if tag == "a":
            self._in_cite = False

    def handle_data(self, data):
        if self._in_cite:
            self.cites[-1]["text"] += data


def test_annotated_html_has_every_citation_linked():
    text = SEED.read_text(encoding="utf-8")
    doc = extract(text)
    parser = _Links()
    parser.feed(annotate_html(text, doc))
    assert len(parser.cites) == len(doc.citations) == 4
    for link, citation in zip(parser.cites, doc.citations, strict=True):
        assert link["href"] == f"#ref-{citation.reference}" and f"ref-{citation.reference}" in parser.ids
        assert citation.text in link["text"] and link["title"]
    assert {f"entry-{r.id}" for r in doc.references if r.origin == "bibliography"} <= parser.ids


def test_annotated_html_escapes_markup():
    text = "Topic <script>\n\nIt was said & done (Programma <b>KPSS</b>, 1976, p. 77) by the party.\n"
    page = annotate_html(text, extract(text))
    assert "<script>" not in page and "<b>KPSS" not in page and "&amp; done" in page


def test_annotated_text_marks_and_legend():
    text = SEED.read_text(encoding="utf-8")
    out = annotate_text(text, extract(text))
    assert "⟨C1|K. Marx, in K. Marx and F. Engels, Soch., 2nd ed., vol. 8, p. 211⟩" in out
    assert "⟨X1|seeHEGEMONY OF THE PROLETARIAT⟩" in out
    assert "C2 → R2" in out and "X3 → NON-CAPITALIST PATH OF DEVELOPMENT" in out


def test_annotate_cli(tmp_path):
    out = tmp_path / "a.html"
    result = CliRunner().invoke(main, ["annotate", str(SEED), "--format", "html", "-o", str(out)])
    assert result.exit_code == 0 and out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    result = CliRunner().invoke(main, ["annotate", str(tmp_path / "missing.txt")])
    assert result.exit_code == 2 and "no such file" in result.stderr


def test_annotate_reports_an_internal_error_in_one_line(extract_fails_on):
    extract_fails_on(SEED.name)
    result = CliRunner().invoke(main, ["annotate", str(SEED)])
    assert result.exit_code == 1 and result.stderr.splitlines() == [
        f"gsecite: error: {SEED}: internal error (ValueError: a bug); please report it with this file"
    ]


def test_document_json_citations_and_cross_references():
    result = CliRunner().invoke(main, ["extract", str(SEED)])
    doc = json.loads(result.stdout)
    text = SEED.read_text(encoding="utf-8")
    assert doc["citations"][0] == {
        "reference": doc["citations"][0]["reference"], "locator": "211", "label": "page",
        "text": "K. Marx, in K. Marx and F. Engels, Soch., 2nd ed., vol. 8, p. 211",
        "start": doc["citations"][0]["start"], "end": doc["citations"][0]["end"],
    }
    for c in doc["citations"]:
        assert text[c["start"] : c["end"]] == c["text"]
    assert [x["target"] for x in doc["cross_references"]] == [
        "HEGEMONY OF THE PROLETARIAT", "OPPOSITION BETWEEN CITY AND COUNTRYSIDE", "NON-CAPITALIST PATH OF DEVELOPMENT"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param("His studies are collected in Mysli raznykh let (Alma-Ata, 1961, pp. 120–95).",
                     ("bibliography", "Mysli raznykh let"), id="the-book-named-before-its-imprint"),
        pytest.param("His poem Mysli raznykh let (Alma-Ata, 1961, pp. 120–95) is known.",
                     ("bibliography", "Mysli raznykh let"), id="after-what-the-work-is"),
        pytest.param("He lived there for years (Alma-Ata, 1961, p. 5).", None, id="no-book-named-before-it"),
    ],
)
def test_a_parenthesis_that_begins_with_an_imprint_cites_the_book_named_before_it(sentence, expected):
    doc = extract(f"Topic\n\n{sentence}\n\nREFERENCES\n\nMysli raznykh let. Alma-Ata, 1961.\n")
    refs = {r.id: r for r in doc.references}
    if expected is None:
        assert all(c.reference is None for c in doc.citations)
        assert all(r.title != "Alma-Ata" for r in doc.references)
        return
    (citation,) = doc.citations
    work = refs[citation.reference]
    assert (work.origin, work.title, citation.locator) == (*expected, "120–95")


@pytest.mark.parametrize(
    ("parenthetical", "linked"),
    [
        pytest.param("(Bohr, N. Izbr. nauchnye trudy, vol. 2, Moscow, 1971, p. 399)", False,
                     id="one-volume-is-no-entry-of-them-all"),
        pytest.param("(Bohr, N. Izbr. nauchnye trudy, Moscow, 1971, p. 399)", True, id="no-volume-named"),
    ],
)
def test_a_citation_by_title_links_to_the_entry_of_the_same_volume(parenthetical, linked):
    doc = extract(PAGE.format(parenthetical) + "\n\nREFERENCES\n\nBohr, N. Izbr. nauchnye trudy, vols. 1–2. "
                  "Moscow, 1970–71.\n")
    refs = {r.id: r for r in doc.references}
    (citation,) = doc.citations
    assert (refs[citation.reference].origin == "bibliography") is linked


@pytest.mark.parametrize(
    ("entry", "linked"),
    [
        pytest.param("Programma Kommunisticheskoi partii Sovetskogo Soiuza. Moscow, 1976.", True,
                     id="the-acronym-spelled-out"),
        pytest.param("Programma KPSS. Moscow, 1976.", True, id="the-acronym-printed"),
        pytest.param("Programma Kommunisticheskoi partii Chekhoslovakii. Prague, 1976.", False,
                     id="another-party"),
    ],
)
def test_a_citation_with_an_acronym_links_to_the_entry_that_spells_it_out(entry, linked):
    doc = extract(PAGE.format("(Programma KPSS, 1976, p. 83)") + f"\n\nREFERENCES\n\n{entry}\n")
    refs = {r.id: r for r in doc.references}
    (citation,) = doc.citations
    assert (refs[citation.reference].origin == "bibliography") is linked


@pytest.mark.parametrize(
    ("cited", "entry", "linked"),
    [
        pytest.param("Konstitutsiia SSSR, 1977, art. 1",
                     "Konstitutsiia (Osnovnoi Zakon) Soiuza Sovetskikh Sotsialisticheskikh Respublik. Moscow, 1977.",
                     True, id="a-remark-the-citation-leaves-out"),
        pytest.param("Istoriia VKP(b), 1938, p. 5",
                     "Istoriia Vsesoiuznoi kommunisticheskoi partii (bol’shevikov). Moscow, 1938.", True,
                     id="one-word-in-parentheses-is-the-names"),
        pytest.param("Istoriia SSSR (1917–1937), 1940, p. 5", "Istoriia SSSR (1938–1960). Moscow, 1940.", False,
                     id="years-in-parentheses-are-the-titles"),
    ],
)
def test_a_citation_that_leaves_out_the_entrys_remark_in_parentheses_links_to_it(cited, entry, linked):
    doc = extract(PAGE.format(f"({cited})") + f"\n\nREFERENCES\n\n{entry}\n")
    refs = {r.id: r for r in doc.references}
    (citation,) = doc.citations
    assert (refs[citation.reference].origin == "bibliography") is linked


@pytest.mark.parametrize(
    ("cited", "authors", "title"),
    [
        pytest.param("Kolmogorov et al., 1956, p. 5", ["Kolmogorov"], "", id="one-name-and-et-al"),
        pytest.param("Popper and Schaffner, 1957, p. 7", ["Popper", "Schaffner"], "", id="two-names"),
        pytest.param("Kapital, 1955, p. 3", [], "Kapital", id="a-title-and-its-year"),
        pytest.param("Tiurin, 1965, p. 48", ["Tiurin"], "", id="one-name-no-word-of-the-language"),
        pytest.param("Darwin, 1859, p. 12", ["Darwin"], "", id="one-name-of-another-language"),
        pytest.param("Mysli, 1961, p. 12", [], "Mysli", id="a-title-of-one-word-of-the-language"),
        pytest.param("Ivanov, 1965, p. 30", ["Ivanov"], "", id="a-russian-surname-the-dictionary-knows-as-a-word"),
        pytest.param("Anti-Dühring, 1957, p. 36", [], "Anti-Dühring", id="a-title-a-prefix-joins-to-a-name"),
        pytest.param("Rimskii-Korsakov, 1955, p. 36", ["Rimskii-Korsakov"], "", id="a-hyphenated-family-name"),
    ],
)
def test_a_citation_by_authors_and_year_that_names_no_entry_is_a_record_of_its_authors(cited, authors, title):
    doc = extract(PAGE.format(f"({cited})"))
    (work,) = doc.references
    assert ([n.family for n in work.author], work.title) == (authors, title)


@pytest.mark.parametrize(
    ("cited", "linked"),
    [
        pytest.param("Pis’ma k P. M. Tret’iakovu, 1946, p. 35", True, id="the-titles-first-words-and-its-year"),
        pytest.param("Pis’ma k P. M. Tret’iakovu, 1950, p. 35", False, id="another-year"),
        pytest.param("Pis’ma, 1946, p. 35", False, id="one-word-only"),
    ],
)
def test_the_subjects_work_cited_by_its_first_words_and_year(cited, linked):
    doc = extract(f"Kramskoi, Ivan Nikolaevich\n\nBorn 1837; died 1887. Russian painter.\n\nHe wrote so ({cited}).\n\n"
                  "WORKS\nPis’ma k P. M. Tret’iakovu i V. V. Stasovu: 1873–1898. Moscow, 1946.\n")
    refs = {r.id: r for r in doc.references}
    (citation,) = doc.citations
    assert (refs[citation.reference].origin == "bibliography") is linked


def test_a_work_cited_inline_is_in_the_language_of_the_city_it_names():
    doc = extract(PAGE.format("(Shygharmalarynyng eki tomdyq tolyq zhinaghy, vol. 2, Alma-Ata, 1977, p. 140)"))
    (work,) = doc.references
    assert (work.publisher_place, work.language) == ("Alma-Ata", "kk")


@pytest.mark.parametrize(
    ("works", "author"),
    [
        pytest.param("Sobr. soch., vols. 1–10. Moscow, 1953–56.\n", "Korolenko", id="the-subjects-works-so-titled"),
        pytest.param("Dnevnik, vols. 1–4. Poltava, 1925–28.\n", "", id="no-works-so-titled"),
        pytest.param(
            "Sobr. soch., vols. 1–10. Moscow, 1953–56.\n\nREFERENCES\n\n"
            "Belinskii, V. G. “Stat’i.” Sobr. soch., vol. 2. Moscow, 1954.\n",
            "Belinskii", id="a-critics-entry-in-works-of-that-volume-and-year",
        ),
        pytest.param(
            "Sobr. soch., vols. 1–10. Moscow, 1953–56.\n\nREFERENCES\n\n"
            "Belinskii, V. G. “Stat’i.” Sobr. soch., vol. 2. Moscow, 1948.\n",
            "Korolenko", id="a-critics-entry-of-another-year",
        ),
    ],
)
def test_collected_works_cited_without_an_author_are_the_subjects_when_the_works_list_them(works, author):
    """"(Sobr. soch., vol. 2, Moscow, 1954, p. 210)" in the article on Korolenko, whose works list his Sobr. soch."""
    text = ("Korolenko, Vladimir Galaktionovich\n\nBorn 1853; died 1921. Russian writer.\n\nHe wrote: “Man is created "
            "for happiness” (Sobr. soch., vol. 2, Moscow, 1954, p. 210).\n\nWORKS\n\n" + works)
    doc = extract(text)
    (citation,) = doc.citations
    cited = next(r for r in doc.references if r.id == citation.reference)
    assert (cited.volume, [n.family for n in cited.author]) == ("2", [author] if author else [])


@pytest.mark.parametrize(
    ("sentence", "cited"),
    [
        pytest.param("It survived (Ivanov 1950: 45).", [("ivanov", "45")], id="a-colon-before-the-page"),
        pytest.param("It survived (Petrov and Sidorov 1968, 5; Danilov 1979).", [("petrov", "5"), ("danilov", "")],
                     id="two-authors-and-a-comma-then-one-with-no-page"),
        pytest.param("It survived (Ivanov 1950, pp. 45–47).", [("ivanov", "45–47")], id="a-page-range"),
        pytest.param("It survived (Ivanov 1951: 45).", [], id="a-year-no-entry-of-the-author-has"),
        pytest.param("It survived (Sidorov 1968: 5).", [], id="a-second-author-named-first"),
        # the names printed before the year, in the sentence
        pytest.param("As Ivanov (1950) showed, it did.", [("ivanov", "")], id="the-year-alone-after-the-name"),
        pytest.param("Danilov (1979: 45) agreed.", [("danilov", "45")], id="a-page-after-a-colon-after-the-name"),
        pytest.param("Ivanov (1950, p. 12) repeated it.", [("ivanov", "12")], id="a-page-after-a-comma"),
        pytest.param("So did Petrov and Sidorov (1968).", [("petrov", "")], id="two-authors-before-the-year"),
        pytest.param("It was founded in Moscow (1950).", [], id="a-city-and-a-year-no-entry-has"),
    ],
)
def test_author_date_citations_with_no_comma_before_the_year_cite_their_entries(sentence, cited):
    text = (f"Peasant Communes\n\n{sentence}\n\nReferences\n\n"
            "Ivanov, I. I. Ocherki istorii. Moscow, 1950.\n"
            "Petrov, P. P., and S. S. Sidorov. “Obshchina.” Voprosy istorii, 1968, no. 5.\n"
            "Danilov, V. P. Sovetskaia derevnia. Moscow, 1979.\n")
    doc = extract(text)
    assert [(c.reference.split("1")[0], c.locator) for c in doc.citations] == cited


@pytest.mark.parametrize(
    ("sentence", "author"),
    [
        pytest.param("V. G. Belinskii called him “our first writer” (Poln. sobr. soch., vol. 7, 1955, p. 135).",
                     "Belinskii, V. G.", id="a-sentence-begun-by-a-name-and-a-verb-of-judging"),
        pytest.param("In it, as V. V. Stasov wrote, “the people is the hero” (Izbr. soch., vol. 3, 1952, p. 56).",
                     "Stasov, V. V.", id="as-a-name-wrote"),
        pytest.param("According to N. G. Chernyshevskii, he was “the father of prose” (Poln. sobr. soch., vol. 3, "
                     "p. 20).", "Chernyshevskii, N. G.", id="according-to-a-name"),
        pytest.param("The poem was praised by A. Blok (see Sobr. soch., vol. 6, 1962, p. 118).", "Blok, A.",
                     id="praised-by-a-name-right-before-the-parenthesis"),
        pytest.param("K. A. Timiriazev studied it. Timiriazev showed that light is absorbed (Soch., vol. 1, p. 5).",
                     "Timiriazev, K. A.", id="a-family-name-the-page-prints-with-initials-too"),
        pytest.param("Korolenko wrote: “Man is created for happiness” (Sobr. soch., vol. 2, 1954, p. 210).",
                     "Korolenko, Vladimir Galaktionovich", id="the-subject-named-is-the-subject"),
        pytest.param("V. G. Belinskii praised it. He wrote: “…” (Sobr. soch., vol. 2, 1954, p. 210).",
                     "Korolenko, Vladimir Galaktionovich", id="a-name-in-the-sentence-before-is-not-the-speaker"),
        pytest.param("His works were edited by P. A. Lamm (see Sobr. soch., vol. 2, 1954, p. 210).",
                     "Korolenko, Vladimir Galaktionovich", id="an-editor-named-by-is-not-the-author"),
        pytest.param("Historians noted it (Sobr. soch., vol. 2, 1954, p. 210).", "Korolenko, Vladimir Galaktionovich",
                     id="a-capitalized-word-the-page-never-prints-with-initials-is-no-one"),
        pytest.param("V. G. Belinskii read it. “Man,” Belinskii wrote, “is free” (Poln. sobr. soch., vol. 7, p. 5).",
                     "Belinskii, V. G.", id="the-speaker-inserted-in-the-quotation"),
        pytest.param("Briusov called him “a poet” (Sobr. soch., vol. 6, 1975, p. 488).\n\nREFERENCES\n"
                     "Briusov, V. Ia. Poeziia Armenii. Moscow, 1916.", "Briusov, V. Ia.",
                     id="a-family-name-the-literature-lists-with-initials"),
        pytest.param("He was praised. Dobroliubov (Sobr. soch., vol. 3, 1962, p. 8) agreed.", "Dobroliubov, ",
                     id="the-sentences-subject-right-before-the-parenthesis"),
        pytest.param("He wrote a letter to Gogol’ (Sobr. soch., vol. 3, 1962, p. 8).",
                     "Korolenko, Vladimir Galaktionovich", id="a-name-right-before-the-parenthesis-inside-a-sentence"),
    ],
)
def test_collected_works_cited_without_an_author_are_the_speakers_of_the_sentence(sentence, author):
    """Who the sentence says is speaking wrote the collected works it cites with no name; the subject does
    when the sentence names no one else (the works list his own Sobr. soch.)."""
    text = (f"Korolenko, Vladimir Galaktionovich\n\nBorn 1853; died 1921. Russian writer.\n\n{sentence}\n\nWORKS\n\n"
            "Sobr. soch., vols. 1–10. Moscow, 1953–56.\n")
    doc = extract(text)
    cited = next(r for r in doc.references if r.id == doc.citations[-1].reference)
    assert "; ".join(f"{n.family}, {n.given}" for n in cited.author) == author
    assert cited.container_author == cited.author


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        pytest.param("In Istoriia SSSR (vol. 2, 1966, p. 34) the view is stated.", "Istoriia SSSR",
                     id="the-book-named-before-its-volume"),
        pytest.param("In his Mysli (2nd ed., vol. 2, 1961, p. 34) the view is stated.", "Mysli",
                     id="the-book-named-before-its-edition"),
        pytest.param("Later (vol. 2, p. 34) he said so.", "Kapital", id="another-volume-of-the-work-cited-before"),
    ],
)
def test_a_parenthesis_that_begins_with_a_volume_cites_the_book_named_before_it(sentence, title):
    doc = extract(f"Topic\n\nMarx wrote so (Kapital, vol. 1, 1955, p. 3). {sentence}\n")
    refs = {r.id: r for r in doc.references}
    work = refs[doc.citations[1].reference]
    assert (work.title, work.volume, doc.citations[1].locator) == (title, "2", "34")


@pytest.mark.parametrize(
    "cited",
    [
        pytest.param("see the book Lenin i Gor’kii, 1961, p. 7", id="a-title-printed-whole-before-one-it-begins"),
        pytest.param("in the collection Lenin i Gor’kii, Moscow, 1961, p. 5", id="a-page-of-the-collection-itself"),
    ],
)
def test_a_citation_names_the_entry_of_its_whole_title(cited):
    doc = extract(PAGE.format(f"({cited})") + "\n\nREFERENCES\n\nLenin i Gor’kii: Pis’ma, vospominaniia, "
                  "dokumenty. Moscow, 1961.\nLenin i Gor’kii. Moscow, 1961.\n")
    (citation,) = doc.citations
    assert {r.id: r for r in doc.references}[citation.reference].raw == "Lenin i Gor’kii. Moscow, 1961."


WRITER = ("Dzhansugurov, Il’ias\n\nBorn 1894. Soviet Kazakh poet. He wrote that poetry is life ({}) and so on.\n\n"
          "WORKS\nShygarmalar, vols. 1–4. Alma-Ata, 1958–60.\nIn Russian translation:\nIzbrannoe. Alma-Ata, 1956.\n"
          "Izbrannoe. Moscow, 1961.\n")


@pytest.mark.parametrize(
    ("cited", "place"),
    [
        pytest.param("Izbrannoe, 1956, p. 15", "Alma-Ata", id="the-first-edition"),
        pytest.param("Izbrannoe, 1961, p. 15", "Moscow", id="the-second-edition-by-its-year"),
    ],
)
def test_of_entries_of_one_title_a_citation_names_the_one_of_its_year(cited, place):
    doc = extract(WRITER.format(cited))
    (citation,) = doc.citations
    assert {r.id: r for r in doc.references}[citation.reference].publisher_place == place


def test_another_volume_of_the_subjects_work_cited_by_its_title_is_theirs_and_in_its_language():
    doc = extract(WRITER.format("Shygarmalar, vol. 2, 1958, p. 40"))
    (citation,) = doc.citations
    cited_work = {r.id: r for r in doc.references}[citation.reference]
    assert (cited_work.origin, cited_work.volume, cited_work.language) == ("inline", "2", "kk")
    assert [n.family for n in cited_work.author] == ["Dzhansugurov"]


def test_an_ancient_author_cited_alone_cites_the_work_of_his_the_page_lists():
    doc = extract("Scythia\n\nThe Scythians lived there (Herodotus, IV, 17).\n\nREFERENCES\n"
                  "Herodotus. Istoriia v deviati knigakh. Leningrad, 1972.\n")
    (citation,) = doc.citations
    cited = {r.id: r for r in doc.references}[citation.reference]
    assert (cited.title, citation.locator, len(doc.references)) == ("Istoriia v deviati knigakh", "IV, 17", 1)
