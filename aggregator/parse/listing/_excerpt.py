"""A teaser's excerpt as safe HTML, without its title, date line, byline and card chrome."""

from __future__ import annotations

import copy
import html
import re
from typing import Any

from aggregator.parse.listing._document import (
    CHROME,
    DROP,
    HEADINGS,
    HIDDEN,
    META_CLASS,
    READ_MORE,
    follow,
    inline_in_text,
    path_to,
    remove_keeping_tail,
    visible_text,
)
from aggregator.tag import fold


def excerpt_html(el: Any, title_el: Any, title: str | None, date_el: Any = None,
                 author_el: Any = None) -> str | None:
    """The teaser text of an item, as HTML paragraphs: without its title, its date line,
    byline, images, "read more" links, reading times and counts, and the hidden text screen
    readers get."""
    clone = copy.deepcopy(el)
    removals = []
    for original in (title_el, date_el, author_el):
        path = path_to(el, original) if original is not None else None
        target = follow(clone, path) if path else None
        if target is None:
            continue
        heading = next((h for h in [target, *target.iterancestors()] if h.tag in HEADINGS), None)
        removals.append(heading if heading is not None and heading is not clone else target)
    for node in clone.iter():
        if not isinstance(node.tag, str) or node is clone:
            continue
        if _is_excerpt_noise(node):
            removals.append(node)
    for node in removals:
        remove_keeping_tail(node)
    if clone.tag == "a":
        return None
    return paragraphs_html(clone, exclude=title)


def _is_excerpt_noise(node: Any) -> bool:
    """Parts of a teaser that are not its excerpt."""
    classes = node.get("class") or ""
    if node.tag in DROP or node.tag in HEADINGS or node.tag == "time":
        return True
    if HIDDEN.search(classes) or node.get("aria-hidden") == "true" or node.get("hidden") is not None:
        return True
    if node.tag == "a":
        text = visible_text(node) or ""
        if READ_MORE.match(fold(text)) or re.search(r"more|suite", classes, re.I):
            return True
        # A short link standing alone (a section "kicker", a category) is not excerpt text.
        if len(text.split()) <= 3 and not inline_in_text(node):
            return True
    text = visible_text(node) or ""
    if CHROME.search(text) and len(text.split()) <= 6:
        return True
    # Metadata blocks (date lines, bylines, badges); a paragraph only when it is a label.
    words = len(text.split())
    return bool(META_CLASS.search(classes)) and words <= (4 if node.tag == "p" else 20)




def paragraphs_html(el: Any, exclude: str | None) -> str | None:
    if el is None:
        return None
    paragraphs = [t for t in (_clean_excerpt(visible_text(p)) for p in el.iter("p")) if t]
    if not paragraphs:
        text = _clean_excerpt(visible_text(el))
        paragraphs = [text] if text else []
    paragraphs = [p for p in paragraphs if p != exclude and len(p) >= 2]
    if not paragraphs or sum(len(p) for p in paragraphs) < 15:
        return None
    return "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs)


_TRAILING_MORE = re.compile(
    r"\s*(?:\[\s*(?:…|\.\.\.)\s*\]|(?:lire la suite|read more|continuer la lecture|continue "
    r"reading|weiterlesen|mehr lesen|leer más|seguir leyendo|leggi tutto|continua a leggere|"
    r"lees verder|ler mais)\b.*)$", re.I)


def _clean_excerpt(text: str | None) -> str | None:
    if not text:
        return None
    text = _TRAILING_MORE.sub("", text).strip()
    return text or None


