"""The record of an encyclopedia article itself, so that a reader can cite what they read.

>>> text = "Sobolev, Sergei\\n\\nBorn 1908. Soviet mathematician, he was born here.\\n\\nS. L. SOBOLEV [23–1820–]\\n"
>>> ref = article_reference(text)
>>> ref.type, ref.title, ref.author[0].display(), ref.container_title, ref.edition, ref.volume
('entry-encyclopedia', 'Sobolev, Sergei', 'Sobolev, S. L.', 'Great Soviet Encyclopedia', '3', '23')
"""

from __future__ import annotations

import re

from .keys import reference_key
from .model import Date, Name, Reference
from .segment import credits, segment

CONTAINER = "Great Soviet Encyclopedia"
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


def article_reference(text: str) -> Reference:
    """An ``entry-encyclopedia`` record: headword as title, signers as authors, volume from the code."""
    seg = segment(text)
    found = credits(text)
    names = []
    for signature in found.signatures:
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
        container_title=CONTAINER,
        edition="3",
        volume=volume,
        issued=issued,
        language="en",
        custom=(("signatures", list(found.signatures)), ("volume_code", found.volume_code)) if found.signatures
        or found.volume_code else (),
    )
    return ref.with_changes(id=reference_key(ref))
