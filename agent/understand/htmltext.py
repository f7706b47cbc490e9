"""HTML mail → plain text the classifier can read.

ATS and newsletter mail is table soup with hidden preheaders, tracking pixels, style
blocks and footers. We keep what a person would see, mark quoted blocks (``blockquote``,
Gmail's ``gmail_quote``) with ``> `` so the quote splitter treats them like plain-text
quotes, and return the links separately (a Calendly or HackerRank link is evidence).
"""

from __future__ import annotations

import logging
import re

from lxml import etree

logger = logging.getLogger(__name__)

_BLOCK = frozenset(
    [
        "p",
        "div",
        "br",
        "tr",
        "table",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "section",
        "article",
        "header",
        "footer",
        "center",
        "hr",
        "pre",
        "address",
        "form",
        "fieldset",
        "tbody",
        "thead",
        "tfoot",
        "main",
        "aside",
        "nav",
        "figure",
    ]
)
_DROP = frozenset(
    [
        "head",
        "script",
        "style",
        "title",
        "noscript",
        "template",
        "svg",
        "object",
        "iframe",
        "button",
    ]
)
_HIDDEN_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|max-height\s*:\s*0(?:px)?\s*(?:[;!]|$)"
    r"|font-size\s*:\s*0(?:px)?\s*(?:[;!]|$)|opacity\s*:\s*0(?:\.0+)?\s*(?:[;!]|$)"
    r"|mso-hide\s*:\s*all|(?:^|;)\s*(?:max-)?width\s*:\s*0(?:px)?\s*(?:[;!]|$)",
    re.I,
)
# a zero size (what four of _HIDDEN_STYLE's branches need), read in the lower-cased style
_ZERO_SIZE = re.compile(r"(?:height|size|opacity|width)\s*:\s*0(?:px|\.0+)?\s*(?:[;!]|$)")
_QUOTE_CLASS = re.compile(r"gmail_quote|yahoo_quoted|moz-cite-prefix|OutlookMessageHeader", re.I)
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u034f\u00ad\u180e"), None)
_WS = re.compile(r"[ \t\r\f\v\u00a0\u2007\u202f\u2002\u2003\u2009]+")
_QSTART = "\x01"
_QEND = "\x02"

# lxml's own HTML parser with plain elements: lxml.html's parser builds its element
# classes through a Python lookup for every element, a third of the conversion's time
_PARSER = etree.HTMLParser(
    encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True, recover=True
)


def _hidden(el: etree._Element) -> bool:
    if el.get("hidden") is not None or (el.get("aria-hidden") == "true" and not len(el)):
        return True
    style = el.get("style")
    if style and _may_hide(style) and _HIDDEN_STYLE.search(style):
        return True
    cls = el.get("class")
    return bool(cls and "preheader" in cls.lower())


def _may_hide(style: str) -> bool:
    """Whether ``_HIDDEN_STYLE`` may find something in ``style``: each of its branches
    needs "none", "hidden", "all" or a zero size. Most elements of table-soup mail have a
    style and few hide anything; the case-insensitive alternation costs tens of
    microseconds a style, these tests one or two."""
    if not style.isascii():
        return True  # case-insensitive matching joins other letters ("ſ", "K") to ASCII
    low = style.lower()
    return "none" in low or "hidden" in low or "all" in low or bool(_ZERO_SIZE.search(low))


def _tag(el: etree._Element) -> str:
    """An element's tag in lower case; "" for comments and processing instructions."""
    return el.tag.lower() if isinstance(el.tag, str) else ""


def _is_quote(tag: str, el: etree._Element) -> bool:
    if tag == "blockquote":
        return True
    if tag != "div":
        return False
    cls = el.get("class")
    return cls is not None and _QUOTE_CLASS.search(cls) is not None


def _opening(tag: str, el: etree._Element, quote: bool) -> list[str]:
    """What an element adds before its text: a quote marker, a line or cell break, a
    list bullet, an image's alt text."""
    out: list[str] = []
    if quote:
        out.append("\n" + _QSTART + "\n")
    elif tag in _BLOCK:
        out.append("\n")
    elif tag in ("td", "th"):
        out.append(" ")
    if tag == "li":
        out.append("- ")
    if tag == "img":
        alt = el.get("alt")
        if alt and len(alt) > 1 and el.getparent() is not None:
            out.append(f" {alt} ")
    return out


def _closing(tag: str, quote: bool) -> str:
    """What an element adds after its content: the end of a quote or of a block."""
    if quote:
        return "\n" + _QEND + "\n"
    return "\n" if tag in _BLOCK else ""


def _close_link(
    el: etree._Element,
    out: list[str],
    link_stack: list[tuple[str, int]],
    links: list[tuple[str, str]],
) -> None:
    """At the end of an ``<a>`` that opened a link: the link with the text written since."""
    if link_stack and link_stack[-1][0] == el.get("href"):
        href, start = link_stack.pop()
        links.append((_WS.sub(" ", "".join(out[start:])).strip(), href.strip()))


def _strip_tags(markup: str) -> str:
    """The fallback for markup lxml cannot parse at all."""
    return _WS.sub(" ", re.sub(r"<[^>]*>", " ", markup)).strip()


def html_to_text(markup: str) -> tuple[str, list[tuple[str, str]]]:
    """Visible text of ``markup`` (quoted blocks prefixed ``> ``) and its ``(text, href)`` links.

    Never raises: unparseable markup gives ``("", [])`` after a tag-stripping fallback.
    """
    if not markup.strip():
        return "", []
    try:
        root = etree.fromstring(markup.encode("utf-8", "replace"), parser=_PARSER)
    except (etree.ParserError, ValueError, etree.XMLSyntaxError):
        root = None
    if root is None:  # nothing lxml can make a document of
        return _strip_tags(markup), []
    out: list[str] = []
    links: list[tuple[str, str]] = []
    link_stack: list[tuple[str, int]] = []
    walker = etree.iterwalk(root, events=("start", "end"))
    skipped: set[etree._Element] = set()
    quotes: set[etree._Element] = set()  # read once, at the start: the class is a regex search
    for event, el in walker:
        tag = _tag(el)
        if event == "start":
            if tag in _DROP or tag == "" or _hidden(el):
                skipped.add(el)
                walker.skip_subtree()
                continue
            quote = _is_quote(tag, el)
            if quote:
                quotes.add(el)
            out.extend(_opening(tag, el, quote))
            if tag == "a" and el.get("href"):
                link_stack.append((el.get("href", ""), len(out)))
            if el.text:
                out.append(el.text)
            continue
        if el in skipped:
            skipped.discard(el)
        else:
            if tag == "a":
                _close_link(el, out, link_stack, links)
            out.append(_closing(tag, el in quotes))
        if el.tail:
            out.append(el.tail)
    return _finish("".join(out)), links


def _finish(raw: str) -> str:
    """Collapse whitespace, drop invisible characters, apply quote markers as ``> ``."""
    # one substitution over the whole text, not one per line: no run spans a line end
    raw = _WS.sub(" ", raw.translate(_INVISIBLE))
    lines: list[str] = []
    depth = 0
    for line in raw.split("\n"):
        if line == _QSTART:
            depth += 1
            continue
        if line == _QEND:
            depth = max(0, depth - 1)
            continue
        line = line.strip()
        if not line:
            if lines and lines[-1] != "" and not lines[-1].endswith(">"):
                lines.append("")
            continue
        lines.append("> " * depth + line if depth else line)
    while lines and lines[-1] == "":
        lines.pop()
    # join the blank separators inside quotes so the quote block stays contiguous
    return "\n".join(lines)


__all__ = [
    "html_to_text",
]
