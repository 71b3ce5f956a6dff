"""Boxes set among a list's teasers, known by their shape, not their names: a list whose
members are nearly all one <article> each (HTML's element for a self-contained teaser) also
holds a few members that hold none (a box of news headlines, a promotion of vacancies, an ad
slot). Members holding several <article>s are sections, not teasers: a group of them is a
front page's layout, where a section without <article>s is as much content as the others.
Those are no teasers of the list, and a list inside one of them is a box, not the page's
list, however many links it has.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

#: Share of a group's members holding an <article> from which the others are boxes.
ARTICLE_SHARE = 2 / 3
#: ... in a group of at least this many members (in two or three, one odd member is no rule).
MIN_MEMBERS = 4


def boxes_among_articles(groups: Iterable[list[Any]]) -> set[Any]:
    """The members of ``groups`` that hold no <article> in a group whose members nearly all
    are or hold one <article> (``ARTICLE_SHARE``)."""
    boxes: set[Any] = set()
    for members in groups:
        if len(members) < MIN_MEMBERS:
            continue
        counts = [_articles(m) for m in members]
        if counts.count(1) >= ARTICLE_SHARE * len(members):
            boxes.update(m for m, n in zip(members, counts, strict=True) if n == 0)
    return boxes


def in_box(el: Any, boxes: set[Any]) -> bool:
    """True when ``el`` is one of ``boxes`` or sits inside one."""
    return bool(boxes) and (el in boxes or any(a in boxes for a in el.iterancestors()))


def _articles(member: Any) -> int:
    """The <article>s ``member`` is or holds, counted up to two."""
    return sum(1 for _, _ in zip(range(2), member.iter("article"), strict=False))
