"""The parts and sections of the list beside its best group: a list split in parts under
headings (days, topics), and a front page's block per section, each a list of the same shape
(``sections_of_list``), or of a markup of its own; without the blocks' promotions of the
site's topic pages. Called by ``_beside`` for the list's container and each of its kin, which
walk the same sections again: what one walk found of a block serves the next (``Parts``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from aggregator.parse.listing import _weights as W
from aggregator.parse.listing._document import Context, Item
from aggregator.parse.listing._fields import heuristic_item
from aggregator.parse.listing._kinds import SectionKey, same_section_key, same_shape, section_key
from aggregator.parse.listing._placement import classes_of, placement, site_listing_page

#: A path of (tag, classes) steps from a section down to the element holding its items.
Path = tuple[tuple[str, frozenset[str]], ...]
Scored = list[tuple[float, list[Any], list[Item]]]


@dataclass(slots=True)
class Parts:
    """What the walks over the list's parts and sections have found, for the next walk: the
    list's container and each of its kin walk the same sibling sections (a front of 500
    sections of eight teasers walked 250,000 pairs of sections, and read each section's
    teasers again at each walk)."""

    #: The blocks read as parts of the list: one reached again adds nothing.
    read: set[Any] = field(default_factory=set)
    #: Each block's tag, classes and id, as ``same_section`` compares them.
    keys: dict[Any, SectionKey] = field(default_factory=dict)
    #: Where a path leads from a block (``_follow``), by block and path.
    targets: dict[tuple[Any, Path], Any] = field(default_factory=dict)
    #: The scored groups with a score, by each ancestor of their container (``_own_list``);
    #: None until a walk asks.
    groups_under: dict[Any, Scored] | None = None

    def key(self, el: Any) -> SectionKey:
        found = self.keys.get(el)
        if found is None:
            found = self.keys[el] = section_key(el)
        return found

    def target(self, el: Any, path: Path) -> Any:
        try:
            return self.targets[el, path]
        except KeyError:
            found = self.targets[el, path] = _follow(el, path)
            return found

    def groups_in(self, section: Any, scored: Scored) -> Scored:
        """The groups of ``scored`` with a score whose container ``section`` is above (not
        the section itself), in the order of ``scored``."""
        if self.groups_under is None:
            self.groups_under = {}
            for group in scored:
                if group[0] > 0:
                    for ancestor in group[1][0].getparent().iterancestors():
                        self.groups_under.setdefault(ancestor, []).append(group)
        return self.groups_under.get(section, [])


def part_of_list(
    other: Any,
    container: Any,
    tag: str,
    inside: set[Any],
    parts: Parts,
    ctx: Context,
    *,
    dated: bool = False,
) -> list[tuple[list[Any], list[Item]]]:
    """One list split in parts under headings (days, topics): ``other``, a sibling of the
    list's container of the same tag and classes, holds more of its items. Read once: a
    block read before (its items are in) adds nothing. Beside a ``dated`` list (its items
    show a date), a block none of whose items shows one is a column of the layout (a
    sidebar's widgets, a footer's links, a pager), not a part of it: the parts of one list
    show what its items show."""
    if other in inside or other in parts.read or not same_shape(other, container):
        return []
    members = [m for m in other if m.tag == tag and any(a.get("href") for a in m.iter("a"))]
    if not members:
        return []
    parts.read.add(other)
    items = [heuristic_item(m, ctx) for m in members]
    if dated and not any(item.published for item in items):
        return []
    inside.update(el for member in members for el in member.iter())
    return [without_promotions(members, items, ctx)]


def without_promotions(members: list[Any], items: list[Item], ctx: Context) -> tuple[list[Any], list[Item]]:
    """A block's own promotions ("Send us your pictures", "More on the election") lead to the
    site's topic, tag or section pages, not to articles: left out of a block that is mostly
    articles. Links to other sites stay (a link blog's posts)."""
    kept = [(m, i) for m, i in zip(members, items, strict=True) if not site_listing_page(i.link, ctx.base)]
    if len(kept) == len(members) or len(kept) * 2 <= len(members):
        return members, items
    return [m for m, _ in kept], [i for _, i in kept]


def sections_of_list(
    container: Any,
    tag: str,
    inside: set[Any],
    parts: Parts,
    floor: float,
    ctx: Context,
    scored: Scored,
) -> list[tuple[list[Any], list[Item]]]:
    """The list's other sections: a front page's block per section (Politik, Wirtschaft…),
    each a heading, maybe a menu, and a list of the same shape. Above the list's container,
    an ancestor (up to ``_weights.SECTION_LEVELS`` levels) repeated as siblings of the same
    tag and classes is a section; in each sibling, the element at the same path of tags and
    classes holds that section's items. Sections placed worse than the list (a sidebar's
    boxes) stay out."""
    found: list[tuple[list[Any], list[Item]]] = []
    node = container
    path: Path = ()
    for level in range(W.SECTION_LEVELS + 1):
        if level:
            parent = node.getparent()
            if parent is None or parent.tag in ("body", "html"):
                break
            path = ((node.tag, frozenset(classes_of(node))), *path)
            node = parent
        key = parts.key(node)
        sections = [
            other
            for other in _siblings(node)
            if isinstance(other.tag, str) and other not in inside and same_section_key(parts.key(other), key)
        ]
        targets = [parts.target(other, path) for other in sections]
        if level and node.get("class") and sections and all(target is None for target in targets):
            # No other section holds the list's markup: each is written with a list of its
            # own (carousels of pictured teasers beside a column of headlines). Sections named
            # by a class they share: blocks without classes are a layout's columns.
            for other in sections:
                found += _own_list(other, inside, floor, parts.groups_in(other, scored))
            continue
        for target in targets:
            if target is None or target in parts.read or placement(target, featured=False) < floor:
                continue
            found += part_of_list(target, target, tag, inside, parts, ctx)
    return found


def _siblings(node: Any) -> Iterable[Any]:
    """``node``'s siblings, those before it nearest first, then those after it."""
    yield from node.itersiblings(preceding=True)
    yield from node.itersiblings()


def _own_list(
    section: Any, inside: set[Any], floor: float, groups: Scored
) -> list[tuple[list[Any], list[Item]]]:
    """A section written with a list of its own markup (a carousel where the list's section
    has a column of headlines): its best-scored group of teasers (of ``groups``, those
    inside it), placed as well as the list; not a group of blocks one of which holds another
    of the section's groups (the section's header beside the column holding its list:
    blocks of the layout, not teasers)."""
    containers = [members[0].getparent() for _, members, _ in groups]
    for _, members, items in sorted(groups, key=lambda group: -group[0]):
        if any(m in inside for m in members):
            continue
        if placement(members[0].getparent(), featured=False) < floor:
            continue
        held = set(members)
        if any(a in held for c in containers for a in c.iterancestors()):
            continue
        inside.update(el for member in members for el in member.iter())
        return [(members, items)]
    return []


def _follow(el: Any, path: Path) -> Any:
    """The descendant of ``el`` reached by ``path``, (tag, classes) child by child."""
    for tag, classes in path:
        el = next((c for c in el if c.tag == tag and classes_of(c) == classes), None)
        if el is None:
            return None
    return el
