"""Boxes and side columns told from the list by their shape, not their names.

A list whose members are nearly all one <article> each (HTML's element for a self-contained
teaser) also holds a few members that hold none and a list of their own (a box of news
headlines, a promotion of vacancies); a member without an <article> linking one page is a
teaser all the same (a video's, a link post's). Members holding several <article>s are
sections, not teasers. A list inside a box is not the page's list, however many links it has.

Side columns: going up from the list, the first ancestor with siblings holding links is the
list's column; when it is the page's main column, one or two smaller siblings of another
markup after it are columns of boxes beside it, unless they go on with the list (dated
teasers of its kind leading to articles).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from aggregator.parse.listing import _weights as W
from aggregator.parse.listing._kinds import kind_classes, same_shape
from aggregator.parse.listing._placement import article_like
from aggregator.parse.listing._text import is_hidden, visible_text
from aggregator.parse.listing._vocabulary import HEADINGS, PAGE_NUMBER


def boxes_among_articles(groups: Iterable[list[Any]]) -> set[Any]:
    """The members of ``groups`` that hold no <article> in a group whose members nearly all
    are or hold one <article> (``W.ARTICLE_SHARE``)."""
    boxes: set[Any] = set()
    for members in groups:
        if len(members) < W.MIN_MEMBERS:
            continue
        counts = [_articles(m) for m in members]
        if counts.count(1) >= W.ARTICLE_SHARE * len(members):
            boxes.update(m for m, n in zip(members, counts, strict=True) if n == 0 and _holds_a_list(m))
    return boxes


def _holds_a_list(member: Any) -> bool:
    """True when ``member`` holds a list of its own: headlines (``W.MIN_TITLE_WORDS`` words
    or more) linking ``W.BOX_MIN_HEADLINES`` distinct pages. A teaser written without an
    <article> (a video's, a link post's) links one page under its headline, however many
    times, and stays a teaser."""
    hrefs = {
        a.get("href")
        for a in member.iter("a")
        if a.get("href") and len(" ".join(a.itertext()).split()) >= W.MIN_TITLE_WORDS
    }
    return len(hrefs) >= W.BOX_MIN_HEADLINES


def in_box(el: Any, boxes: set[Any]) -> bool:
    """True when ``el`` is one of ``boxes`` or sits inside one."""
    return bool(boxes) and (el in boxes or any(a in boxes for a in el.iterancestors()))


def _articles(member: Any) -> int:
    """The <article>s ``member`` is or holds, counted up to two."""
    return sum(1 for _, _ in zip(range(2), member.iter("article"), strict=False))


def side_columns(container: Any) -> list[Any]:
    """The columns of the page's layout beside the list's, smaller than it: going up from the
    list's ``container``, the first ancestor with siblings holding links (``W.MIN_COLUMN_LINKS``)
    is the list's column (hidden siblings, a tab panel's other tabs, are not shown beside
    it; siblings only before it are a showcase stacked above the list in its column, which
    is then looked for a level up, and so is a pager after it, "1 2 3 4 5", the list's column
    going on); when it holds a good share of the page's links (``W.MAIN_COLUMN_SHARE``: the
    page's main column) or more than its siblings together (the main column of its row, under
    a site's menu of many links not marked as one), one or two such siblings after it, of
    another markup, each holding fewer links than it, are side columns (a column of boxes
    beside the main one), whatever they are named. Siblings of the same markup are the list's
    parts or sections, not columns."""
    node = container
    for parent in container.iterancestors():
        if parent.tag in ("body", "html"):
            break
        others = [
            c
            for c in parent
            if isinstance(c.tag, str)
            and c is not node
            and not is_hidden(c)
            and _links(c) >= W.MIN_COLUMN_LINKS
            and not _pager(c)
        ]
        if others:
            mine = _links(node)
            if mine < W.MAIN_COLUMN_SHARE * _content_links(container.getroottree().getroot()) and mine <= sum(
                _links(o) for o in others
            ):
                return []  # a small block of a front beside its others, not the main column
            # Only those after the list's column: a block before it may be the lead stories
            # stacked above the list (a carousel), which a page writes first; with only such
            # blocks, the list and its showcase are one column, and its side columns are
            # looked for a level up.
            others = [o for o in others if o in set(node.itersiblings())]
            if not others:
                node = parent
                continue
            if (
                others
                and len(others) <= W.MAX_SIDE_COLUMNS
                and all(not same_shape(o, node) and _links(o) < mine for o in others)
            ):
                return others
            return []
        node = parent
    return []


def _pager(block: Any) -> bool:
    """True when most of ``block``'s links show a page's number: the list's pager."""
    texts = [visible_text(a) or "" for a in block.iter("a") if a.get("href")]
    return 2 * sum(bool(PAGE_NUMBER.match(t)) for t in texts) > len(texts)


def continues_the_list(
    column: Any, best: list[Any], scored: Iterable[tuple[Any, list[Any], list[Any]]], base: str
) -> bool:
    """True when ``column`` holds a group of the list's kind (a class of the list's members
    shared) whose teasers are all dated and lead to the site's articles: the list going on in
    a second column ("Earlier" stories), not a column of boxes beside it."""
    kinds = kind_classes(best[0])
    return bool(kinds) and any(
        column in members[0].iterancestors()
        and kinds & kind_classes(members[0])
        and all(item.published and article_like(item.link, base) for item in items)
        for _, members, items in scored
    )


def _links(block: Any) -> int:
    return sum(1 for a in block.iter("a") if a.get("href"))


_CHROME = ("nav", "header", "footer")
_CHROME_ROLES = ("navigation", "banner", "contentinfo")


def _content_links(root: Any) -> int:
    """The page's links outside its chrome (<nav>, <header>, <footer> and their roles): a
    site's menu and footer hold as many links as its content, and say nothing of its columns."""
    return sum(
        1
        for a in root.iter("a")
        if a.get("href")
        and not any(e.tag in _CHROME or e.get("role") in _CHROME_ROLES for e in a.iterancestors())
    )


#: Attributes of the <style> elements that CSS-in-JS libraries write beside a component's
#: first use (emotion's "data-emotion", styled-components' "data-styled", styled-jsx's
#: "__jsx-" ids): a list's first card may carry one, and is a card all the same.
_COMPONENT_STYLE = ("data-emotion", "data-styled")


def embedded_boxes(groups: Iterable[list[Any]]) -> set[Any]:
    """The members of ``groups`` that are embeds, not teasers: a block that carries its own
    stylesheet (a <style> inside it, none a CSS-in-JS library's) and shows no heading nor
    <time> (a front's "tip us off" box, a documentary's or a poll's promotion, a
    subscription or newsletter box pasted into a slot of the front's grid). A CMS's teaser
    is styled by the page's stylesheet; a block that brings its own was pasted in whole. A
    pasted block is a slot or two among the teasers (it may stand alone as a block of the
    front): when half the members of all ``groups`` or more bring a stylesheet, that is
    how the site writes its cards (a web component's), and none is an embed."""
    members = list(dict.fromkeys(member for group in groups for member in group))
    pasted = [
        member
        for member in members
        if any(_own_stylesheet(s) for s in member.iter("style"))
        and not any(True for _ in member.iter(*HEADINGS, "time"))
    ]
    return set(pasted) if 2 * len(pasted) < len(members) else set()


#: Elements whose <style> styles themselves, not the block around them: an inline icon's
#: (Illustrator's "<svg><defs><style>.cls-1{…}") and a web component's shadow root.
_SELF_STYLED = ("svg", "template")


def _own_stylesheet(style: Any) -> bool:
    """True for a <style> a block brought with it: one no CSS-in-JS library wrote, nor an
    icon or a component for itself."""
    return (
        not any(name in style.attrib for name in _COMPONENT_STYLE)
        and not (style.get("id") or "").startswith("__jsx-")
        and not any(a.tag in _SELF_STYLED for a in style.iterancestors())
    )
