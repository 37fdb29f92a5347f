"""Saved web pages: the article text of a page from the online encyclopedia and its mirrors.

Pages saved from encyclopedia2.thefreedictionary.com (and ed.mdict.net,
ed.newdu.com) hold the article among navigation, ads, scripts and other site
blocks. The page is parsed with lxml; what is not content is dropped (scripts,
styles, navigation, forms, ads and blocks whose id or class says so); the rest
becomes text with a line per block element, so that the headword, paragraph
breaks and the WORKS / REFERENCES headings stay where the segmenter expects
them. Site blocks printed as text ("References in periodicals archive",
"Mentioned in") are the segmenter's to drop, as in a saved text file.

>>> page = ("<html><head><script>var x=1;</script><title>Udegei</title></head><body><nav>Menu</nav>"
...         "<div id='Definition'><h2>Udegei</h2><p>a people, living along the Amur; they hunt.</p>"
...         "<p>REFERENCES</p><p>Narody Sibiri. Moscow-Leningrad, 1956.</p></div></body></html>")
>>> print(html_to_text(page), end="")
Udegei
<BLANKLINE>
a people, living along the Amur; they hunt.
<BLANKLINE>
REFERENCES
<BLANKLINE>
Narody Sibiri. Moscow-Leningrad, 1956.
"""

from __future__ import annotations

import re

_HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html|<head|<body|<meta|<div|<p[\s>])", re.I | re.S)
_DROP_TAGS = ("script", "style", "noscript", "iframe", "nav", "header", "footer", "aside", "form", "button",
              "svg", "select", "input", "textarea", "object", "embed", "template", "link", "meta", "img")
_DROP_ID_OR_CLASS = re.compile(
    r"(?:^|[\s_-])(?:ad|ads|advert\w*|banner|nav\w*|menu\w*|share|social|sidebar|cookie\w*|footer|header|"
    r"toolbar|breadcrumb\w*|related|seealso|browser|thesaurus|translations?|Refs?|MentionedIn)(?:$|[\s_-])",
    re.I,
)
_BLOCK_TAGS = frozenset({"p", "div", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
                         "table", "blockquote", "dd", "dt", "dl", "center", "main", "body", "hr"})
# A table's caption and rows are lines of one block (the segmenter skips a table up to a blank line),
# its cells are set apart by tabs.
_LINE_TAGS = frozenset({"tr", "caption"})
_CELL_TAGS = frozenset({"td", "th"})
_CONTENT_IDS = ("Definition", "MainTxt", "content", "article")


def is_html(text: str) -> bool:
    """Whether a file's content is an HTML page (told from the content, not the file name).

    >>> is_html("<!DOCTYPE html><html>…"), is_html("Udegei\\n\\na people")
    (True, False)
    """
    return bool(_HTML_START.match(text[:4096]))


def _drop(tree) -> None:
    for element in list(tree.iter(*_DROP_TAGS)):
        if element.getparent() is not None:
            element.drop_tree()
    for element in list(tree.iter()):
        if not isinstance(element.tag, str) or element.getparent() is None:
            continue
        marks = f"{element.get('id', '')} {element.get('class', '')}"
        if marks.strip() and _DROP_ID_OR_CLASS.search(marks) and element.get("id") not in _CONTENT_IDS:
            element.drop_tree()


def _text(element, out: list[str]) -> None:
    """Text of an element: a blank line around each block element, a line per table row, a tab
    before each cell, inline text joined.

    >>> import lxml.html
    >>> out = []
    >>> _text(lxml.html.fromstring("<table><caption>Table 1. Output</caption><tr><td>Coal</td><td>7.0</td></tr>"
    ...                            "<tr><td>Oil</td><td>0.7</td></tr></table>"), out)
    >>> "".join(out).strip()
    'Table 1. Output\\n\\tCoal\\t7.0\\n\\tOil\\t0.7'
    """
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag.lower() == "br":
        out.append("\n")  # a line break inside a paragraph (entries of one block); the parent adds the tail
        return
    lowered = tag.lower()
    block = lowered in _BLOCK_TAGS
    if block:
        out.append("\n\n")
    elif lowered in _LINE_TAGS and not (out and out[-1].rstrip(" \t").endswith("\n")):
        out.append("\n")  # (not after a line break already there: the source's own, between two rows)
    elif lowered in _CELL_TAGS:
        out.append("\t")
    if element.text and tag:
        out.append(element.text)
    for child in element:
        _text(child, out)
        if child.tail:
            out.append(child.tail)
    if block:
        out.append("\n\n")


def html_to_text(page: str) -> str:
    """The article text of a saved page: headword, paragraphs, headings, bibliography."""
    import lxml.html
    from lxml import etree

    try:
        tree = lxml.html.document_fromstring(page)
    except (etree.ParserError, ValueError):
        return ""
    _drop(tree)
    root = None
    for content_id in _CONTENT_IDS:
        found = tree.get_element_by_id(content_id, None)
        if found is not None:
            root = found
            break
    heading = ""
    if root is not None:
        # The page's own title line (<h1>) stands before the content block, as in a saved text.
        h1 = tree.find(".//h1")
        if h1 is not None and root not in h1.iterancestors() and h1.text_content().strip():
            heading = h1.text_content().strip() + "\n\n"
    else:
        root = tree.find("body") if tree.find("body") is not None else tree
    parts: list[str] = []
    _text(root, parts)
    text = "".join(parts).replace("\xa0", " ").replace("\r", "")
    lines = [" ".join(line.split()) for line in text.split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return (heading + text).strip() + "\n" if text or heading else ""
