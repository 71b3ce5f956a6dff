"""A front page's section blocks: the blocks of one component (the same markup at the same depth
of the same wrappers), each opened by a heading naming a section ("Politik", "Sport", "Culture")
and holding a few teasers, that make up a news or portal front beside the block chosen as its
list. They join the list.

What tells them from a blog stream's or an archive's repeated small blocks (each post's tag
row, a post's parts, a day's posts), which broke the list when such families were weighed
against it (branch front25: dev precision 0.972 -> 0.942): each section's block is headed by a
short line of its own, not a date, and the headings differ, one section each (a post's parts
follow its long headline or one another, a day's block follows its date); no block lies inside
the list's teasers (a post's parts) or around the list (a day's posts); none sits in a side
part of the page the list is not in (a blog's <aside> of posts by category). A later page of
a listing (one with a pager) is an archive, no front.
"""

from __future__ import annotations

import collections
from typing import Any

from aggregator.parse.listing import _weights as W
from aggregator.parse.listing._beside import without_bare_boxes
from aggregator.parse.listing._document import Context, Item
from aggregator.parse.listing._families import chain, kin_blocks
from aggregator.parse.listing._story_blocks import in_side_part, story_blocks
from aggregator.parse.listing._text import visible_text
from aggregator.parse.listing._vocabulary import HEADINGS

Group = tuple[float, list[Any], list[Item]]


def front_blocks(
    scored: list[Group], best: Group, taken: list[tuple[list[Any], list[Item]]], paged: bool, ctx: Context
) -> list[tuple[list[Any], list[Item]]]:
    """A front's blocks beside the chosen list: the list's component in other columns
    (``kin_blocks``), then, on a page that is no later page of a listing (``paged``), the
    section blocks of another component (``section_blocks``) but boxes of bare headlines
    beside a dated list, and the story blocks of other markups when the list is one block of
    a front among them (``_story_blocks``)."""
    kin = kin_blocks(scored, best, taken)
    if paged:
        return kin
    sections = without_bare_boxes(best[2], section_blocks(scored, best, taken + kin, ctx))
    return kin + sections + story_blocks(scored, best, taken + kin + sections, ctx)


def section_blocks(
    scored: list[Group], best: Group, taken: list[tuple[list[Any], list[Item]]], ctx: Context
) -> list[tuple[list[Any], list[Item]]]:
    """The blocks of each family of a front's sections (``_families``' component: the same
    member tag and chain of wrappers, named by a class somewhere) other than the chosen list's
    own, each of ``_weights.MIN_FAMILY_ITEMS`` scored teasers or more, none inside another,
    when ``_weights.MIN_FAMILY_SECTIONS`` blocks or more, and more than half of them, open
    with a section heading (``section_heading``) of their own, each a different one, and none
    is a part of the list (inside its teasers, around it) nor in a side part it is not in; the
    blocks holding no member of ``best`` nor of the groups already ``taken``."""
    mine = set(best[1])
    best_key = (best[1][0].tag, chain(best[1][0].getparent()))
    families: dict[Any, list[Group]] = collections.defaultdict(list)
    for group in scored:
        key = (group[1][0].tag, chain(group[1][0].getparent()))
        has_class = any(classes for _, classes in key[1])
        if group[0] > 0 and len(group[2]) >= W.MIN_FAMILY_ITEMS and key != best_key and has_class:
            families[key].append(group)
    held = mine.union(el for members, _ in taken for el in members)
    found: list[tuple[list[Any], list[Item]]] = []
    for blocks in families.values():
        containers = {g[1][0].getparent() for g in blocks}
        apart = [g for g in blocks if not any(a in containers for a in g[1][0].getparent().iterancestors())]
        if len(apart) < W.MIN_FAMILY_SECTIONS or any(
            _of_the_list(g[1][0].getparent(), best[1]) or in_side_part(g[1][0], best[1][0]) for g in apart
        ):
            continue
        headings = [section_heading(g[1][0], containers, ctx) for g in apart]
        named = [h for h in headings if h]
        if len(set(named)) < max(W.MIN_FAMILY_SECTIONS, len(apart) // 2 + 1) or len(set(named)) < len(named):
            continue
        found += [(members, items) for _, members, items in apart if not held.intersection(members)]
    return found


def _of_the_list(container: Any, members: list[Any]) -> bool:
    """True when a block lies inside the list's container (a post's tag row or meta line,
    inside its teaser or beside its headline among the list's members) or holds the list (a
    day's block of posts): a part of the list, no section beside it."""
    return members[0].getparent() in container.iterancestors() or any(
        a is container for a in members[0].iterancestors()
    )


def section_heading(first: Any, family: set[Any], ctx: Context) -> str | None:
    """The heading opening a block (the container of its ``first`` teaser): the last heading
    element (h1-h6) before that teaser inside its section, the widest of the block's wrappers, up to
    ``_weights.FAMILY_LEVELS`` levels, that holds no other block of the ``family``, when that
    heading is a short line naming a section (``_weights.MAX_SECTION_HEADING_WORDS`` words at
    most, not a date); None otherwise (a post's long headline, a day's date, no heading)."""
    container = section = first.getparent()
    others = [c for c in family if c is not container]
    for _ in range(W.FAMILY_LEVELS + 1):
        parent = section.getparent()
        if (
            parent is None
            or parent.tag in ("body", "html")
            or any(parent in c.iterancestors() for c in others)
        ):
            break
        section = parent
    heading = None
    for el in section.iter():
        if el is first:
            break
        if el.tag in HEADINGS:
            heading = el
    return None if heading is None else _section_name(heading, ctx)


def _section_name(el: Any, ctx: Context) -> str | None:
    """The text of ``el`` when it is a section's name: a short line, not a date."""
    text = " ".join((visible_text(el) or "").split())
    if not text or len(text.split()) > W.MAX_SECTION_HEADING_WORDS or ctx.date(text) is not None:
        return None
    return text.casefold()
