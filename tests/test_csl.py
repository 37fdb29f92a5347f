"""CSL-JSON: every emitted item validates against the official schema; record ↔ CSL round trips."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft7Validator

from gsecite.csl import document_to_json, from_csl, to_csl
from gsecite.extract import extract
from gsecite.model import ORIGIN_BIBLIOGRAPHY, ORIGIN_INLINE, Date, Name, Reference, Span

from .conftest import SEED, dev_articles

SCHEMA = json.loads((Path(__file__).parent / "csl-data-1.0.2.json").read_text(encoding="utf-8"))
VALIDATOR = Draft7Validator(SCHEMA)
ALLOWED = set(SCHEMA["items"]["properties"])


def assert_valid(items: list[dict]) -> None:
    errors = [f"{e.json_path}: {e.message}" for e in VALIDATOR.iter_errors(items)]
    assert not errors, errors[:5]
    for item in items:
        # The schema allows extra keys; the issue does not: only CSL variables, the rest in custom.
        assert set(item) <= ALLOWED, set(item) - ALLOWED


@pytest.mark.parametrize("path", [SEED, *dev_articles()], ids=lambda p: p.stem)
def test_every_emitted_item_is_valid_csl(path):
    doc = document_to_json(extract(path.read_text(encoding="utf-8"), str(path)))
    assert_valid(doc["references"])
    assert len({r["id"] for r in doc["references"]}) == len(doc["references"])


def test_seed_document_shape():
    doc = document_to_json(extract(SEED.read_text(encoding="utf-8"), "seeds/x.txt"))
    assert doc["source"] == {"path": "seeds/x.txt", "title": "Alliance of the Working Class and Peasantry"}
    assert len([r for r in doc["references"] if r["custom"]["origin"] == "bibliography"]) == 18
    text = SEED.read_text(encoding="utf-8")
    for ref in doc["references"]:
        custom = ref["custom"]
        if custom["origin"] == "bibliography":
            assert text[custom["start"] : custom["end"]] == custom["raw"]


text_values = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30)
names = st.one_of(
    st.builds(Name, family=text_values, given=st.one_of(st.just(""), text_values)),
    st.builds(Name, literal=text_values),
)
years = st.integers(min_value=1500, max_value=2030)
dates = st.one_of(
    st.builds(lambda y: Date((y,)), years),
    st.builds(lambda y, n: Date((y,), (y + n,)), years, st.integers(min_value=1, max_value=30)),
    st.builds(lambda y: Date((y,), None, True), years),
    st.builds(lambda y, m, d: Date((y, m, d)), years, st.integers(1, 12), st.integers(1, 28)),
)
references = st.builds(
    Reference,
    id=st.from_regex(r"[a-z][a-z0-9]{0,12}", fullmatch=True),
    type=st.sampled_from(["book", "chapter", "article-journal", "article-newspaper", "thesis", "document"]),
    raw=st.one_of(st.just(""), text_values),
    span=st.one_of(st.none(), st.builds(lambda a, n: Span(a, a + n), st.integers(0, 10**6), st.integers(0, 500))),
    origin=st.sampled_from([ORIGIN_BIBLIOGRAPHY, ORIGIN_INLINE]),
    author=st.lists(names, max_size=3).map(tuple),
    editor=st.lists(names, max_size=2).map(tuple),
    container_author=st.lists(names, max_size=2).map(tuple),
    title=st.one_of(st.just(""), text_values),
    container_title=st.one_of(st.just(""), text_values),
    edition=st.one_of(st.just(""), st.from_regex(r"[1-9][0-9]?", fullmatch=True)),
    volume=st.one_of(st.just(""), st.from_regex(r"[1-9][0-9]?(–[1-9][0-9]?)?", fullmatch=True)),
    chapter_number=st.one_of(st.just(""), st.from_regex(r"[1-9][0-9]?", fullmatch=True)),
    issue=st.one_of(st.just(""), text_values),
    page=st.one_of(st.just(""), text_values),
    number_of_pages=st.one_of(st.just(""), st.from_regex(r"[1-9][0-9]{0,3}", fullmatch=True)),
    publisher_place=st.one_of(st.just(""), text_values),
    issued=st.one_of(st.none(), dates),
    note=st.one_of(st.just(""), text_values),
    language=st.sampled_from(["", "ru", "de", "kk", "tyv"]),
    custom=st.just((("block", "works"),)),
)


@given(references)
def test_record_csl_record_round_trip(ref):
    item = to_csl(ref)
    assert from_csl(item) == ref
    assert_valid([json.loads(json.dumps(item))])


def test_from_csl_rejects_non_objects():
    with pytest.raises(ValueError):
        from_csl(["not", "an", "item"])
    with pytest.raises(ValueError):
        from_csl({"type": "book", "author": "Marx"})


def test_from_csl_keeps_unknown_variables():
    item = {"id": "x", "type": "book", "title": "T", "ISBN": "123", "custom": {"origin": "bibliography", "k": 1}}
    ref = from_csl(item)
    assert ("ISBN", "123") in ref.extra and ("k", 1) in ref.custom
    assert to_csl(ref)["ISBN"] == "123"
