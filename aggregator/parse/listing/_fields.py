"""The fields of one teaser: its title and link, date, author and picture."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from aggregator.parse.listing._document import (
    HEADINGS,
    META_CLASS,
    READ_MORE,
    Context,
    Item,
    inline_in_text,
    is_hidden,
    visible_text,
)
from aggregator.parse.listing._excerpt import excerpt_html
from aggregator.tag import fold


def title_link(el: Any) -> Any:
    """The link that carries an item's title: in (or around) its first heading, else its
    longest-texted link that is not a "read more"."""
    if el.tag == "a" and el.get("href"):
        return el
    heading = first_heading(el)
    if heading is not None:
        for a in heading.iter("a"):
            if a.get("href"):
                return a
        for a in heading.iterancestors("a"):
            if a.get("href"):
                return a
    return main_link(el)


def main_link(el: Any) -> Any:
    best, best_len = None, 0
    for a in el.iter("a"):
        text = visible_text(a) or ""
        if not a.get("href") or READ_MORE.match(fold(text)) or is_hidden(a):
            continue
        if len(text) > best_len:
            best, best_len = a, len(text)
    return best


def first_heading(el: Any) -> Any:
    for child in el.iter(*HEADINGS):
        if (visible_text(child) or "").strip():
            return child
    return None


# -- inside one item --------------------------------------------------------------------------

#: A block of at most this many words may be a date line ("Par Anna Reyes · 5 janv. 2026");
#: longer text is prose, whose dates are those of events, not of the article.
DATE_LINE_WORDS = 10


def item_date(el: Any, ctx: Context, title_el: Any = None) -> tuple[datetime | None, Any]:
    """The item's date and the element it was read from: <time datetime>, then date
    metadata, then date-like classes, then a short line of text outside the excerpt.

    Never from the title: "Ce que Poutine a dit le 15 décembre" is not a publication date.
    Text inside headings and inside ``title_el`` is left out of every text pass.
    """
    # A set of the elements themselves, not of id()s: lxml keeps one proxy per node only while
    # it is referenced, and a freed proxy's id() is reused by the next.
    skip = {n for h in [title_el, *el.iter(*HEADINGS)] if h is not None for n in h.iter()}
    for t in el.iter("time"):
        if t in skip:
            continue
        found = ctx.date(t.get("datetime")) or ctx.date(visible_text(t))
        if found:
            return found, t
    for node in el.iter():
        if not isinstance(node.tag, str) or node in skip:
            continue
        if node.get("itemprop") in ("datePublished", "dateCreated") or node.get("property") in (
                "article:published_time", "datePublished"):
            found = ctx.date(node.get("content") or node.get("datetime") or visible_text(node))
            if found:
                return found, node
    for node in el.iter():
        if isinstance(node.tag, str) and node.tag not in ("a", *HEADINGS) and node not in skip \
                and META_CLASS.search(node.get("class") or ""):
            text = text_outside(node, skip)
            if text and len(text.split()) <= 3 * DATE_LINE_WORDS:
                found = ctx.date(text)
                if found:
                    return found, node
    for node in el.iter():  # short text blocks: "Publié le 21 janvier 2026"
        if not isinstance(node.tag, str) or node.tag in ("a", *HEADINGS) or node in skip:
            continue
        text = text_outside(node, skip)
        if text and len(text.split()) <= DATE_LINE_WORDS:
            found = ctx.date(text)
            if found:
                return found, _narrowest(node, found, ctx, skip)
    return None, None


def _narrowest(node: Any, found: datetime, ctx: Context, skip: set[Any]) -> Any:
    """The date line under ``node``: the block around it holds the title too (left out when
    reading the date, not when removing the date line from the excerpt), so go down to the
    innermost element that still reads as ``found`` while the title is inside."""
    for _ in range(50):  # bounded by the depth of a teaser
        if not any(n in skip for n in node.iter()):
            return node
        inner = next((child for child in node if isinstance(child.tag, str) and child not in skip
                      and ctx.date(text_outside(child, skip)) == found), None)
        if inner is None:
            return node
        node = inner
    return node


def text_outside(node: Any, skip: set[Any]) -> str | None:
    """The visible text of ``node`` without the text of the elements in ``skip``."""
    parts: list[str] = []

    def walk(n: Any) -> None:
        if n.text:
            parts.append(n.text)
        for child in n:
            if isinstance(child.tag, str) and child not in skip and not is_hidden(child) \
                    and child.tag not in ("script", "style", "template"):
                parts.append(" ")
                walk(child)
                parts.append(" ")
            if child.tail:
                parts.append(child.tail)

    walk(node)
    text = " ".join("".join(parts).split())
    return text or None


def heuristic_item(el: Any, ctx: Context) -> Item:
    link_el = title_link(el)
    if link_el is None:
        return Item(title=None, link=None)
    heading = first_heading(el)
    in_heading = heading is not None and (link_el in heading.iter() or heading in link_el.iter())
    title_el = heading if in_heading else link_el
    title = visible_text(title_el)
    # A title outside any heading must not sit inside a sentence: a paragraph with a link in
    # it is prose, not a teaser. A lone <article> (one post's page) needs a linked heading.
    if not in_heading and (el.tag == "article" or inline_in_text(link_el)):
        return Item(title=None, link=None)
    published, date_el = item_date(el, ctx, title_el)
    return Item(title=title, link=ctx.url(link_el.get("href")),
                 summary=excerpt_html(el, title_el, title, date_el), published=published,
                 image=teaser_image(el, ctx))




def teaser_image(el: Any, ctx: Context) -> str | None:
    """The teaser's picture: its first image that is not an avatar, an icon or a spacer."""
    for img in el.iter("img"):
        names = " ".join(f"{n.get('class') or ''} {n.get('alt') or ''}"
                         for n in [img, *img.iterancestors()][:4])
        if _SMALL_IMAGE.search(names) or any(
                (img.get(dim) or "").isdigit() and int(img.get(dim)) < 100
                for dim in ("width", "height")):
            continue
        for attr in ("src", "data-src", "data-lazy-src", "data-original"):
            value = img.get(attr)
            if value and not value.startswith("data:"):
                return ctx.url(value)
        srcset = img.get("srcset") or img.get("data-srcset")
        if srcset:
            return ctx.url(srcset.split(",")[0].split()[0])
    return None


_SMALL_IMAGE = re.compile(r"avatar|author|byline|icon|logo|emoji|gravatar|spacer|pixel", re.I)

