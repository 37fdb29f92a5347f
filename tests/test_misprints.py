"""Misprints repaired by the dictionary: input → expected, and what must never be touched."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gsecite.extract import extract
from gsecite.misprints import Slip, repair_misprints, variants


@pytest.mark.parametrize(
    ("printed", "expected", "repairs"),
    [
        pytest.param("Drevnosli Gerodotovoi Skifii", "Drevnosti Gerodotovoi Skifii", (("Drevnosli", "Drevnosti"),),
                     id="t-read-as-l-first-word"),
        pytest.param("Drevniaia istoriia luzhnoi Sibiri", "Drevniaia istoriia Iuzhnoi Sibiri",
                     (("luzhnoi", "Iuzhnoi"),), id="capital-i-read-as-l"),
        pytest.param("Russkaia arkhitektura: Issledovnaiia i materialy",
                     "Russkaia arkhitektura: Issledovaniia i materialy",
                     (("Issledovnaiia", "Issledovaniia"),), id="letters-swapped-after-colon"),
        pytest.param("Ocherki. Drevnosli", "Ocherki. Drevnosti", (("Drevnosli", "Drevnosti"),), id="sentence-start"),
        pytest.param("Kholmogorskii skol", "Kholmogorskii skol", (), id="misprint-that-is-a-word-stays"),
        pytest.param("Trudy instituta imeni Slepova", "Trudy instituta imeni Slepova", (), id="name-inside-title"),
        pytest.param("Pamiati V. Drevnosli", "Pamiati V. Drevnosli", (), id="capital-after-initial-is-a-name"),
        pytest.param("Semira: Tragediia", "Semira: Tragediia", (), id="no-name-made-of-a-title"),
        pytest.param("Istoriia SSSR", "Istoriia SSSR", (), id="abbreviation"),
        pytest.param("Wörterbuch der deutschen Sprache", "Wörterbuch der deutschen Sprache", (), id="german"),
        pytest.param("", "", (), id="empty"),
    ],
)
def test_repair_misprints(printed, expected, repairs):
    assert repair_misprints(printed) == (expected, repairs)


@pytest.mark.parametrize(
    ("word", "slips", "min_letters", "expected"),
    [
        pytest.param("skol", (Slip("l", "t"),), 8, ["skot"], id="each-place"),
        pytest.param("lala", (Slip("l", "t"),), 8, ["tala", "lata"], id="one-slip-at-a-time"),
        pytest.param("luna", (Slip("l", "I", at_start=True),), 8, ["Iuna"], id="only-at-start"),
        pytest.param("ulan", (Slip("l", "I", at_start=True),), 8, [], id="not-inside"),
        pytest.param("abc", (), 3, ["bac", "acb"], id="swapped-neighbours"),
        pytest.param("aab", (), 3, ["aba"], id="same-letters-not-swapped"),
        pytest.param("abc", (), 4, [], id="too-short-to-swap"),
    ],
)
def test_variants(word, slips, min_letters, expected):
    assert variants(word, slips, min_letters) == expected


def test_a_russian_entry_is_repaired_and_the_repair_is_kept():
    doc = extract("Skify\n\nThe Scythians, a people who lived here.\n\n"
                  "Drevnosli Gerodotovoi Skifii, fasc. 2. St. Petersburg, 1872.\n")
    (ref,) = doc.references
    assert ref.title == "Drevnosti Gerodotovoi Skifii"
    assert dict(ref.custom)["misprints"] == ["Drevnosli → Drevnosti"]
    assert ref.raw.startswith("Drevnosli")  # the entry as printed


def test_a_work_in_another_language_is_not_repaired():
    doc = extract("Ocean\n\nThe ocean, which covers the earth.\n\nSverdrup, H. U. The Oceans. New York, 1942.\n")
    (ref,) = doc.references
    assert ref.language == "en"
    assert ref.title == "The Oceans"
    assert "misprints" not in dict(ref.custom)


_PIECES = ["Drevnosli", "luzhnoi", "Issledovnaiia", "skol", "istoriia", "Slepova", "V.", "Ocherki:", "i", "Gül"]


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(st.one_of(st.sampled_from(_PIECES), st.text(alphabet="abdeiklnorstuvz’DIS", min_size=1,
                                                        max_size=12)), max_size=12))
def test_a_repair_changes_its_word_and_nothing_else(words):
    text = " ".join(words)
    repaired, repairs = repair_misprints(text)
    changed = [(old, new) for old, new in zip(text.split(" "), repaired.split(" "), strict=True) if old != new]
    assert [(old.rstrip(".:"), new.rstrip(".:")) for old, new in changed] == list(repairs)
