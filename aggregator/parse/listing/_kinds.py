"""What makes elements of a page the same kind: the classes that say what they are (not how
they are laid out), their markup, their tag and classes as sections of one page."""

from __future__ import annotations

import re
from typing import Any

from aggregator.parse.listing._placement import classes_of

#: Classes of a CSS framework's layout, not of a kind of element: Bootstrap's media object (a
#: picture beside a body) and grid write a forum's topics and its node navigation's groups
#: alike ("topic media", "node media").
_LAYOUT_CLASSES = frozenset({"media", "media-body", "media-left", "media-right", "row", "clearfix"})


def kind_classes(el: Any) -> set[str]:
    """The classes that say what kind of element ``el`` is: ``classes_of`` without layout."""
    return classes_of(el) - _LAYOUT_CLASSES


def same_shape(a: Any, b: Any) -> bool:
    """Same tag and classes, and no id naming a region of its own (#content, #deckad) unless
    it only numbers the parts."""
    return (
        a.tag == b.tag
        and classes_of(a) == classes_of(b)
        and re.sub(r"\d", "", a.get("id") or "") == re.sub(r"\d", "", b.get("id") or "")
    )


#: What ``same_section`` compares of an element: its tag, class names and id without digits.
SectionKey = tuple[str, frozenset[str], str]


def same_section(a: Any, b: Any) -> bool:
    """Sections of one page: the same tag and a class in common ("department regional",
    "department kombi", "homepage-section-v2 lede" and "homepage-section-v2 audio": a class
    with digits counts when both have it), or both without classes; ids as in ``same_shape``."""
    return same_section_key(section_key(a), section_key(b))


def section_key(el: Any) -> SectionKey:
    return (el.tag, frozenset((el.get("class") or "").split()), re.sub(r"\d", "", el.get("id") or ""))


def same_section_key(a: SectionKey, b: SectionKey) -> bool:
    """``same_section`` of the elements of keys ``a`` and ``b``."""
    return a[0] == b[0] and (not a[1].isdisjoint(b[1]) or not (a[1] or b[1])) and a[2] == b[2]


#: Inline and heading elements, left out of a card's shape: a caption set in an <h3> on one
#: block and bare on the next is the same card.
_TRANSPARENT = frozenset(
    {"span", "strong", "b", "em", "i", "small", "br", "h1", "h2", "h3", "h4", "h5", "h6"}
)


def card_shape(el: Any, depth: int = 4) -> frozenset[tuple[str, ...]]:
    """The markup of a card, without its classes, text and inline elements: the paths of tags
    from ``el`` down (a > figure > img, a > figure > figcaption)."""
    paths: set[tuple[str, ...]] = set()

    def walk(node: Any, path: tuple[str, ...]) -> None:
        for child in node:
            if not isinstance(child.tag, str):
                continue
            if child.tag in _TRANSPARENT:
                walk(child, path)
            elif len(path) < depth:
                paths.add((*path, child.tag))
                walk(child, (*path, child.tag))

    walk(el, (el.tag,))
    return frozenset(paths)
