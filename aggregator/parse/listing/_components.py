"""Teasers written with the list's own components elsewhere on the page: a news front writes
every block with the same headline element (<h2 class=article-title>) and the same list of
one-line headlines (<ul class=article-list>), in its lead column and in each section's box,
whatever the boxes around them are called. An events calendar written with the same headline
component shows each event's days ("24 апреля — 27 апреля, 2012") where the list shows none:
its events are not the list's articles.
"""

from __future__ import annotations

import itertools
from collections import Counter
from typing import Any

from aggregator.parse.listing import _weights as W
from aggregator.parse.listing._document import Context, Item
from aggregator.parse.listing._fields import heuristic_item
from aggregator.parse.listing._periods import is_period
from aggregator.parse.listing._placement import article_like, classes_of, placement
from aggregator.parse.listing._text import shown_text, visible_text
from aggregator.parse.listing._title import first_heading, title_element
from aggregator.parse.listing._unfold import one_headline
from aggregator.parse.listing._vocabulary import HEADINGS


def component_teasers(
    best: list[Any], inside: set[Any], floor: float, ctx: Context
) -> list[tuple[list[Any], list[Item]]]:
    """The headlines written with the list's headline component (a heading of the same tag
    and classes as most of the list's), each read from the widest block around it holding no
    other headline, and the rows of lists of the list's related-headlines component, outside
    what is taken and placed at least as well as the list (``floor``). A few tens at most.
    Beside a list showing no period of days, a block showing one is an event's (a calendar's
    box), not an article's teaser."""
    root = best[0].getroottree().getroot()
    found: list[tuple[list[Any], list[Item]]] = []
    heading = _shared(title_element(m) for m in best)
    lang = ctx.lang or None
    events = any(is_period(visible_text(m) or "", lang) for m in best)
    if heading is not None:
        tag, classes = heading
        looked = 0
        for el in root.iter(tag):
            if classes_of(el) != classes or _taken(el, inside) or placement(el.getparent()) < floor:
                continue
            looked += 1
            if looked > W.MAX_LONE_ARTICLES:
                break
            block = _widest_block(el, ctx)
            item = heuristic_item(block, ctx)
            if item.link and item.title and article_like(item.link, ctx.base):
                if not events and _shows_days(block, item.title, lang):
                    continue
                found.append(([block], [item]))
                inside.update(block.iter())
    lists = _shared(
        next((c for c in m if isinstance(c.tag, str) and c.tag in ("ul", "ol")), None) for m in best
    )
    if lists is not None:
        tag, classes = lists
        for ul in root.iter(tag):
            if classes_of(ul) != classes or _taken(ul, inside) or placement(ul) < floor:
                continue
            rows = [li for li in ul if isinstance(li.tag, str)]
            if rows and all(one_headline(li, None, ctx) for li in rows):
                found += [([li], [heuristic_item(li, ctx)]) for li in rows]
                inside.update(ul.iter())
    return found


def _shows_days(block: Any, title: str, lang: str | None) -> bool:
    """True when ``block`` shows a period of days in an element of its own, outside its
    headline (a calendar's "13. bis 19. Oktober" under or over the event's name), and no
    <time> of a publication. A headline or a summary naming one ("The festival runs 3 March –
    5 April with forty concerts") is still news."""
    if any(True for _ in block.iter("time")):
        return False
    for el in block.iter():
        text = shown_text(el) if isinstance(el.tag, str) else ""
        if text and title not in text and len(text.split()) <= _DAYS_WORDS and is_period(text, lang):
            return True
    return False


#: The most words of an element showing an event's days alone ("24 апреля — 27 апреля, 2012").
_DAYS_WORDS = 8


def _shared(elements: Any) -> tuple[str, set[str]] | None:
    """The (tag, classes) most of ``elements`` share, when they have classes; else None."""
    shapes = [(el.tag, frozenset(classes_of(el))) for el in elements if el is not None and classes_of(el)]
    if len(shapes) < W.MIN_SHARING:
        return None
    (tag, classes), n = Counter(shapes).most_common(1)[0]
    return (tag, set(classes)) if n >= W.MIN_SHARING and n * 2 > len(shapes) else None


def _taken(el: Any, inside: set[Any]) -> bool:
    return el in inside or any(a in inside for a in el.iterancestors())


def _widest_block(title: Any, ctx: Context) -> Any:
    """The widest ancestor of ``title`` (a heading, or a title inside one) holding no other
    heading, no list of several links and no link to another article (but those on the
    teaser's own lines, "mehr... [ Forum ]"): the teaser it heads."""
    own = {title, *title.iterancestors()}
    link = next((a for a in [*title.iter("a"), *title.iterancestors("a")] if a.get("href")), None)
    target = ctx.url(link.get("href")) if link is not None else None
    block = title.getparent()
    if link is None and (card := _card_repeating(title, own)) is not None:
        block, target = card[0], ctx.url(card[1])
    for parent in block.iterancestors():
        if (
            parent.tag in ("body", "html", "main")
            or any(h not in own for h in parent.iter(*HEADINGS))
            or any(len(u.findall("li")) > 1 for u in parent.iter("ul", "ol"))
            or any(
                (url := ctx.url(a.get("href"))) != target
                and article_like(url, ctx.base)
                and not _beside_target(a, parent, target, ctx)
                for a in parent.iter("a")
                if a.get("href")
            )
        ):
            break
        block = parent
    return block


#: How far above an unlinked headline the link repeating it may sit (the card's overlay).
_REPEAT_LEVELS = 3


def _card_repeating(title: Any, own: set[Any]) -> tuple[Any, str | None] | None:
    """(card, link) for a headline that is no link, when the card around it links the article
    by a link whose text repeats the headline: an overlay link over the whole card, written
    after the card's text and its related items ("Fotostrecke zu diesem Artikel", a video).
    The card is the nearest ancestor holding that link and no other headline, so that the
    teaser is read from it, not from the block of its text whose first link is a related
    item's. Not a picture's link titled with the headline (a video box's thumbnails beside
    the list)."""
    text = visible_text(title)
    if not text:
        return None
    for level, parent in enumerate(title.iterancestors()):
        if level > _REPEAT_LEVELS or parent.tag in ("body", "html", "main"):
            return None
        if any(h not in own for h in parent.iter(*HEADINGS)):
            return None
        for a in parent.iter("a"):
            if a.get("href") and visible_text(a) == text:
                return parent, a.get("href")
    return None


def _beside_target(a: Any, stop: Any, target: str | None, ctx: Context) -> bool:
    """True when link ``a`` sits in a line with a link to ``target`` below ``stop`` (a
    teaser's "mehr... [ Forum ]": its own line), not in another block of its own."""
    for ancestor in a.iterancestors():
        if ancestor is stop:
            return False
        if any(ctx.url(x.get("href")) == target for x in ancestor.iter("a") if x.get("href")):
            return True
    return False


def section_grids(
    scored: list[tuple[float, list[Any], list[Item]]], inside: set[Any], floor: float, ctx: Context
) -> list[tuple[list[Any], list[Item]]]:
    """A grid of a front page's sections, each a block of the same markup holding a few
    headlines (a section's label, its lead and two more): groups of headed teasers of one
    shape, in sibling blocks of one shape, at least ``_weights.MIN_GRID_SECTIONS`` of them,
    placed as well as the list. Each block alone is too small to be the list, and the grid
    as a whole reads as a container of lists."""
    by_shape: dict[tuple[Any, ...], list[tuple[list[Any], list[Item]]]] = {}
    for score, members, items in scored:
        parent = members[0].getparent()
        grand = parent.getparent() if parent is not None else None
        if score <= 0 or grand is None or any(_taken(m, inside) for m in members):
            continue
        if not all(first_heading(m) is not None for m in members):
            continue
        key = (
            grand,
            parent.tag,
            frozenset(classes_of(parent)),
            members[0].tag,
            frozenset(classes_of(members[0])),
        )
        by_shape.setdefault(key, []).append((members, items))
    found: list[tuple[list[Any], list[Item]]] = []
    for (grand, *_), groups in by_shape.items():
        if len(groups) < W.MIN_GRID_SECTIONS or placement(grand) < floor:
            continue
        # A block per teaser (<li><article>), not a section of several: the blocks are one
        # list, read whole by the boxes' test of a dated list (``without_bare_boxes``).
        run = all(len(members) == 1 and len(_article_headlines(members[0], ctx)) < 2 for members, _ in groups)
        blocks = [members[0].getparent() for members, _ in groups]
        run = run and all(b.getprevious() is a for a, b in itertools.pairwise(blocks))  # side by side
        if run:
            groups = [
                ([m for members, _ in groups for m in members], [i for _, items in groups for i in items])
            ]
        for members, items in groups:
            grid = any(len(_article_headlines(m, ctx)) >= 2 for m in members)
            kept = [
                (m, i)
                for member, member_item in zip(members, items, strict=True)
                if not (grid and _label_only(member))
                for m, i in _section_teasers(member, member_item, ctx)
                if i.link and article_like(i.link, ctx.base)
            ]
            if kept:
                found.append(([m for m, _ in kept], [i for _, i in kept]))
                inside.update(el for m, _ in kept for el in m.iter())
    return found


def _section_teasers(member: Any, item: Item, ctx: Context) -> list[tuple[Any, Item]]:
    """What one block of a section holds: nothing when it is the section's header (its label
    and a menu of the section's topics, a <nav>: no teaser holds a menu); each teaser when it
    is the section's grid (headlines linking two articles or more: read whole, it would be
    one entry titled by its first headline, its other teasers lost in the excerpt), read
    from the widest block around each headline; else the block itself."""
    if next(member.iter("nav"), None) is not None:
        return []
    headlines = _article_headlines(member, ctx)
    if len(headlines) < 2:
        return [(member, item)]
    blocks = [_teaser_block(h, member, ctx) for h in headlines]
    return [(b, heuristic_item(b, ctx)) for b in blocks]


def _label_only(member: Any) -> bool:
    """True when the block shows nothing but a heading ("Politik Deutschland" linked to the
    section's page): beside a grid of teasers it is the section's label, not a teaser."""
    heading = next(member.iter(*HEADINGS), None)
    return heading is not None and visible_text(heading) == visible_text(member)


def _teaser_block(headline: Any, stop: Any, ctx: Context) -> Any:
    """The teaser around ``headline`` below ``stop``: the <article> it sits in (HTML's element
    for a self-contained teaser, its byline and badges in it), else the widest block holding
    no other headline."""
    for ancestor in headline.iterancestors():
        if ancestor is stop:
            break
        if ancestor.tag == "article":
            return ancestor
    return _widest_block(headline, ctx)


def _article_headlines(block: Any, ctx: Context) -> list[Any]:
    """The headings in ``block`` that link an article (a link inside the heading or around
    it), one per article, in page order."""
    found: dict[str, Any] = {}
    for heading in block.iter(*HEADINGS):
        link = next((a for a in [*heading.iter("a"), *heading.iterancestors("a")] if a.get("href")), None)
        if link is None:
            continue
        url = ctx.url(link.get("href"))
        if url and article_like(url, ctx.base):
            found.setdefault(url, heading)
    return list(found.values())
