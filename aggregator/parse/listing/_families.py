"""A front page's blocks of the chosen list's component: each section's block (a heading over
a list of headlines) written with the same markup, at the same depth of the same wrappers,
though not the list's siblings (another column's, classes told apart by a number only). They
are more of the front's list. (Letting such a family outweigh the list chosen, so that a front
of short blocks beats a box beside them, was tried on branch front25 and took the place of long
real lists on blog streams and news fronts: dev precision 0.972 -> 0.942.)
"""

from __future__ import annotations

from typing import Any

from aggregator.parse.listing import _weights as W
from aggregator.parse.listing._document import Item
from aggregator.parse.listing._placement import classes_of

Group = tuple[float, list[Any], list[Item]]


def chain(container: Any) -> tuple[tuple[str, frozenset[str]], ...]:
    """The tags and classes (without numbered ones) of a group's container and of its
    wrappers up to ``_weights.FAMILY_LEVELS`` levels: the block's component."""
    steps = []
    node = container
    for _ in range(W.FAMILY_LEVELS + 1):
        if node is None or node.tag in ("body", "html"):
            break
        steps.append((node.tag, frozenset(classes_of(node))))
        node = node.getparent()
    return tuple(steps)


def kin_blocks(
    scored: list[Group], best: Group, taken: list[tuple[list[Any], list[Item]]]
) -> list[tuple[list[Any], list[Item]]]:
    """The other blocks of the chosen list's component: groups of scored teasers (the same
    member tag) whose containers have the same chain of wrappers as ``best``'s, named by a
    class somewhere (a layout's bare <div>s are no component), each of
    ``_weights.MIN_FAMILY_ITEMS`` teasers or more, none inside another nor around ``best``
    nor holding a member of the groups already ``taken``, when ``_weights.MIN_FAMILY_SECTIONS``
    blocks or more share it, ``best`` counted."""
    key = (best[1][0].tag, chain(best[1][0].getparent()))
    if not any(classes for _, classes in key[1]):
        return []
    mine = set(best[1])
    others = [
        g
        for g in scored
        if g[0] > 0
        and len(g[2]) >= W.MIN_FAMILY_ITEMS
        and not mine.intersection(g[1])
        and (g[1][0].tag, chain(g[1][0].getparent())) == key
    ]
    containers = {g[1][0].getparent() for g in others} | {best[1][0].getparent()}
    apart = [g for g in others if not any(a in containers for a in g[1][0].getparent().iterancestors())]
    if len(apart) + 1 < W.MIN_FAMILY_SECTIONS:
        return []
    held = {el for members, _ in taken for el in members}
    return [(members, items) for _, members, items in apart if not held.intersection(members)]
