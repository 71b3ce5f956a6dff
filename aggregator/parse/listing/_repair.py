"""Mending what lxml's HTML parser (libxml2) nests where a browser would not.

libxml2 ignores an end tag such as ``</a>``, ``</li>`` or ``</ul>`` while an element it ranks
higher (a ``<div>``) opened inside is still open, so one ``<div>`` left unclosed in a card's
link puts the rest of the page inside that link: the next card's ``<li>`` inside this one, and
every section after the list inside the last card. A browser (the WHATWG parser) closes the
open ``<li>`` when the next ``<li>`` starts, wherever inside it it starts, unless a list opened
in between, and closes the list at its end tag. The tree is mended to read the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

_LISTS = frozenset({"ul", "ol", "menu", "li"})


def close_runaway_items(doc: Any) -> None:
    """Move every ``<li>`` found inside another ``<li>`` with no list between them, and what
    follows it there in document order, out to just after that other ``<li>``; then what came
    out with them but is no item (the blocks after the list) out of the list."""
    lists: dict[Any, None] = dict.fromkeys(move_out_nested(doc, "li", _open_item))
    for list_ in lists:
        _lift_trailing_blocks(list_)


def _open_item(li: Any) -> Any:
    parent = li.getparent()
    while parent is not None and parent.tag not in _LISTS:
        parent = parent.getparent()
    return parent if parent is not None and parent.tag == "li" else None


def move_out_nested(doc: Any, tag: str, holder: Callable[[Any], Any]) -> list[Any]:
    """Each ``tag`` element that ``holder`` finds held by another (an element left open
    swallowed it) is moved out with what follows it (``split_after``), until none is; returns
    the holders' parents as they were when each let go (where the moved elements went)."""
    parents: list[Any] = []
    changed = True
    while changed:
        changed = False
        for element in doc.iter(tag):
            outer = holder(element)
            if outer is not None:
                split_after(outer, element)
                parents.append(outer.getparent())
                changed = True
                break
    return parents


def split_after(outer: Any, first: Any) -> None:
    """``first`` and everything after it inside ``outer`` become ``outer``'s next siblings:
    where a browser puts what an unclosed element swallowed."""
    moved: list[Any] = []
    node = first
    while node is not outer:
        parent = node.getparent()
        siblings = list(parent)
        moved.extend(siblings[siblings.index(node) + (0 if node is first else 1) :])
        node = parent
    anchor = outer
    for element in moved:
        anchor.addnext(element)  # keeps the element's tail with it
        anchor = element


def _lift_trailing_blocks(list_: Any) -> None:
    """The elements after a mended list's last item followed the list in the page: each goes
    after the list's nearest ancestor of its own kind (a section after the section that holds
    the list: the page's next section) unless one lifted before it went further up, else after
    the element lifted before it."""
    children = [c for c in list_ if isinstance(c.tag, str)]
    last = max((i for i, c in enumerate(children) if c.tag == "li"), default=len(children) - 1)
    anchor = list_
    for element in children[last + 1 :]:
        kind = _classes(element)
        home = next(
            (
                a
                for a in list_.iterancestors()
                if a.tag == element.tag and (kind & _classes(a) or not (kind or _classes(a)))
            ),
            None,
        )
        # Not above an element lifted before it: the page's order stays.
        target = home if home is not None and home in anchor.iterancestors() else anchor
        target.addnext(element)
        anchor = element


def _classes(el: Any) -> set[str]:
    return set((el.get("class") or "").split())
