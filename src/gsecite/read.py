"""Reading inputs: files, folders and standard input, with one-line errors for bad input.

>>> decode_article(b"Udegei\\n", "a.txt")
'Udegei\\n'
>>> decode_article("Udegei\\n".encode("utf-16"), "notepad.txt")  # (saved as "Unicode" by Windows Notepad)
'Udegei\\n'
>>> decode_article(b"\\x00\\x01", "a.bin")
Traceback (most recent call last):
...
gsecite.read.InputError: a.bin: binary file, not an article
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

ARTICLE_SUFFIXES = (".txt", ".text", ".htm", ".html")
_UTF16_MARKS = (b"\xff\xfe", b"\xfe\xff")


class InputError(Exception):
    """A bad input; ``str(error)`` is the one line shown to the user."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


@dataclass(frozen=True, slots=True)
class Source:
    path: str
    text: str


def decode_article(data: bytes, path: str) -> str:
    """Bytes of an article as text; binary or non-UTF-8 data raise :class:`InputError`. UTF-16 with its byte
    order mark is text too."""
    if data.startswith(_UTF16_MARKS):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            text = "\x00"  # (bytes that begin as a mark does but are no UTF-16: binary)
        if "\x00" not in text[:8192]:
            return text
    if b"\x00" in data[:8192]:
        raise InputError(path, "binary file, not an article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(path, f"not UTF-8 text (invalid byte at offset {error.start})") from None
    return text


def read_source(path: str) -> Source:
    """Read one article; ``-`` reads standard input."""
    if path == "-":
        return Source("-", article_text(decode_article(sys.stdin.buffer.read(), "<stdin>")))
    # Read first and name the failure after: two checks before each read cost as much as the read.
    try:
        with open(path, "rb") as file:  # not Path(path).read_bytes(): the Path object costs a third of a read
            data = file.read()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory") from None
    except OSError as error:
        raise InputError(path, f"cannot be read ({error.strerror or error})") from None
    return Source(path, article_text(decode_article(data, path)))


def article_text(text: str) -> str:
    """The text to extract from: a saved web page becomes its article's text; plain text stays."""
    from .htmlpage import html_to_text, is_html

    return html_to_text(text) if is_html(text) else text


def expand_inputs(paths: tuple[str, ...] | list[str]) -> list[str]:
    """Files named, and the article files inside named folders (recursively, sorted).

    Raises :class:`InputError` for a missing path or a folder without articles.
    """
    out: list[str] = []
    for path in paths:
        if path == "-":
            out.append(path)
            continue
        p = Path(path)
        if p.is_dir():
            found = sorted(str(f) for f in p.rglob("*") if f.is_file() and f.suffix.lower() in ARTICLE_SUFFIXES)
            if not found:
                raise InputError(path, "directory contains no articles (.txt or .html files)")
            out.extend(found)
        elif not p.exists():
            raise InputError(path, "no such file")
        else:
            out.append(path)
    return out
