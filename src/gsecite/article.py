"""The record of an encyclopedia article itself, so that a reader can cite what they read.

>>> text = "Sobolev, Sergei\\n\\nBorn 1908. Soviet mathematician, he was born here.\\n\\nS. L. SOBOLEV [23–1820–]\\n"
>>> ref = article_reference(text)
>>> ref.type, ref.title, ref.author[0].display(), ref.container_title, ref.edition, ref.volume
('entry-encyclopedia', 'Sobolev, Sergei', 'Sobolev, S. L.', 'Great Soviet Encyclopedia', '3', '23')
"""

from __future__ import annotations

import re

from .cyrillic.reading import has_cyrillic
from .keys import reference_key
from .model import Date, Name, Reference
from .segment import credits, segment

CONTAINER = "Great Soviet Encyclopedia"
ORIGINALS_CONTAINER = "Большая советская энциклопедия"
# The Russian original's signature, the article's last line: "Б. М. Кедров."
_PLAIN_CYRILLIC_SIGNATURE = re.compile(r"((?:[А-ЯЁ][а-яё]?\.\s?){1,3}[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)\.")
# What a signer wrote, after the name: "S. G. GLAZUNOV (metallurgy)"
_ROLE = re.compile(r"\s*\([^()]*\)")
# Between the signers: "S. G. GLAZUNOV (metallurgy) and V. A. GARMATA", "IU. V. KELDYSH (composer); N. A. …"
_SIGNERS_APART = re.compile(r",\s*|;\s*|\s+and\s+")
_EDITION_YEARS = re.compile(r"Great Soviet Encyclopedia, 3rd Edition \((\d{4})\s*[-–]\s*(\d{4})\)")


def _signature_name(signature: str) -> Name:
    """``S. L. SOBOLEV`` → Sobolev, S. L.; ``IU. F. BONDAREV`` → Bondarev, Iu. F.; what the signer wrote, in
    parentheses after the name, is no part of it: ``S. G. GLAZUNOV (metallurgy)`` → Glazunov, S. G.

    >>> _signature_name("S. G. GLAZUNOV (metallurgy)").display()
    'Glazunov, S. G.'
    """
    parts = _ROLE.sub("", signature).split()
    initials = [p for p in parts if p.endswith(".")]
    family = " ".join(p for p in parts if not p.endswith("."))
    family = "-".join(piece[:1] + piece[1:].lower() for piece in family.split("-"))
    given = " ".join(i[:1] + i[1:].lower() for i in initials)
    return Name(family=family, given=given)


def _plain_signature(text: str) -> tuple[str, ...]:
    """The signature the Russian original prints in plain case as the article's last line, if it is one.

    >>> _plain_signature("Менделеев\\n\\nМЕНДЕЛЕЕВ Дмитрий Иванович, учёный.\\n\\nБ. М. Кедров.\\n")
    ('Б. М. Кедров',)
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    m = _PLAIN_CYRILLIC_SIGNATURE.fullmatch(lines[-1]) if lines else None
    return (m.group(1),) if m else ()


def article_reference(text: str) -> Reference:
    """An ``entry-encyclopedia`` record: headword as title, signers as authors, volume from the code."""
    seg = segment(text)
    found = credits(text)
    # The Russian original (its headword in Cyrillic): its own title, and its signature in plain case at its end
    original = has_cyrillic(seg.title)
    signatures = found.signatures or (_plain_signature(text) if original else ())
    names = []
    for signature in signatures:
        for one in _SIGNERS_APART.split(signature):
            if one.strip():
                names.append(_signature_name(one.strip()))
    volume = ""
    code = re.match(r"\[\s*([\d\s]+?)\s*[–—-]", found.volume_code)
    if code:
        volume = code.group(1).replace(" ", "")
    years = _EDITION_YEARS.search(text)
    issued = Date((int(years.group(1)),), (int(years.group(2)),)) if years else None
    ref = Reference(
        id="",
        type="entry-encyclopedia",
        origin="article",
        author=tuple(names),
        title=seg.title,
        container_title=ORIGINALS_CONTAINER if original else CONTAINER,
        edition="3",
        volume=volume,
        issued=issued,
        language="ru" if original else "en",
        custom=(("signatures", list(signatures)), ("volume_code", found.volume_code)) if signatures
        or found.volume_code else (),
    )
    return ref.with_changes(id=reference_key(ref))
